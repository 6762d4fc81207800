"""Batch r52a: 14 pages held out from round 52, in languages and regions the corpus has few
pages of: a Chinese joint declaration signed by `四川省成都市　市长　Name` lines under a venue;
a Japanese members directory of `札幌市・旭川市` runs under regional headings with observers; a
Korean news item of new members in running text with particles glued to the names
(`창원시와`); an Egyptian declaration numbered in Arabic-Indic digits, `مدينة X – محافظة Y`,
with a governorate that signed as a body; a Hebrew tab table of `עיריית X` with mayors, one of
them named Eilat; a Turkish joint statement copied from a PDF (hyphenated titles, running
headers, a mayor named Aydın); Greek `Δήμος Πατρέων` bullets with Cypriot towns `(Κύπρος)`
and the Region of Crete; a Bulgarian news item of three towns joining, the host Sofia;
Macedonian `За Општина X` signature blocks; a Ukrainian A–Z index with the oblast after each
town; a Russian directory of Central Asian members as flattened cards, country and year under
each city; a Hindi declaration of `X नगर निगम – महापौर Name` lines under state headings; a
Malay numbered tab table of `Majlis Bandaraya X` with states; Swahili `Mhe. Name, Meya wa Jiji
la X` lines with Kenyan towns and a county. Written without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "zh-r52a-lianhe-xuanyan-sheng-shi-shizhang",
        "zh",
        "one_a_line;region_before;person_after;not_signatory;no_country",
        "西南城市低碳发展联合宣言在重庆签署",
        (2025, 6, 18),
        "6月17日，西南城市低碳联盟第三届年会在重庆召开。来自四川、贵州、云南三省的十一个城市"
        "共同签署《西南城市低碳发展联合宣言》，承诺在2030年前完成城市建筑节能改造，扩大公共交通"
        "和非机动车出行比例，并建立城市间碳排放数据共享机制。\n\n"
        "宣言提出，各城市将每年向联盟秘书处报送温室气体排放清单，联合开展夏季高温和城市内涝风险"
        "评估，并在2027年前各自建成至少一个近零碳示范社区。重庆市作为年会东道主出席签约仪式，"
        "但未作为签署方。\n\n"
        "签署城市（按签署顺序）：",
        "四川省成都市　市长　林嘉禾\n"
        "四川省绵阳市　市长　周一鸣\n"
        "四川省德阳市　代市长　何静怡\n"
        "四川省乐山市　市长　唐思远\n"
        "四川省宜宾市　副市长　罗晓丹（受市长委托）\n"
        "四川省泸州市　市长　邓文博\n"
        "四川省自贡市　市长　蒋卫平\n"
        "贵州省贵阳市　市长　杨春晖\n"
        "贵州省遵义市　市长　许立恒\n"
        "云南省昆明市　市长　段云舒\n"
        "云南省曲靖市　市长　孔德谦",
        "联盟秘书处表示，宣言向西南地区其他城市开放，后续签署情况将在联盟网站公布。"
        "下一届年会将于2026年在贵阳举行。",
        "Chengdu/CN; Mianyang/CN; Deyang/CN; Leshan/CN; Yibin/CN; Luzhou/CN; Zigong/CN; "
        "Guiyang/CN; Zunyi/CN; Kunming/CN; Qujing/CN",
    ),
    Page(
        "ja-r52a-kaiin-jichitai-ichiran-chiho-betsu",
        "ja",
        "region_heading;several_a_line;no_country;not_signatory",
        "会員自治体一覧（地方別）",
        (2025, 4, 1),
        "気候変動適応都市ネットワークには、2025年4月1日現在、全国35の市が加盟しています。"
        "加盟自治体は地方別に掲載しています。各市の取組事例は「事例集」のページをご覧ください。",
        "■ 北海道・東北（12市）\n"
        "札幌市・旭川市・函館市・帯広市・釧路市・青森市\n"
        "盛岡市・仙台市・秋田市・山形市・福島市・郡山市\n\n"
        "■ 北陸・甲信越（6市）\n"
        "新潟市・富山市・金沢市・福井市・長野市・松本市\n\n"
        "■ 東海（5市）\n"
        "静岡市・浜松市・岐阜市・豊田市・岡崎市\n\n"
        "■ 中国・四国（6市）\n"
        "岡山市・倉敷市・広島市・松山市・高知市・高松市\n\n"
        "■ 九州・沖縄（6市）\n"
        "北九州市・熊本市・鹿児島市・宮崎市・大分市・那覇市",
        "※ 東京都および横浜市はオブザーバーとして総会に参加しています（会員ではありません）。\n"
        "※ 事務局は名古屋市環境局内に置かれています。加盟に関するお問い合わせは事務局まで。",
        "Sapporo/JP; Asahikawa/JP; Hakodate/JP; Obihiro/JP; Kushiro/JP; Aomori/JP; "
        "Morioka/JP; Sendai/JP; Akita/JP; Yamagata/JP; Fukushima/JP; Kōriyama/JP; "
        "Niigata/JP; Toyama/JP; Kanazawa/JP; Fukui-shi|Fukui/JP; Nagano/JP; Matsumoto/JP; "
        "Shizuoka/JP; Hamamatsu/JP; Gifu/JP; Toyota/JP; Okazaki/JP; "
        "Okayama/JP; Kurashiki/JP; Hiroshima/JP; Matsuyama/JP; Kochi/JP; Takamatsu/JP; "
        "Kitakyushu/JP; Kumamoto/JP; Kagoshima/JP; Miyazaki/JP; Ōita|Oita/JP; Naha/JP",
    ),
    Page(
        "ko-r52a-sinkyu-gaip-dosi-josa",
        "ko",
        "running_text;inflected;region_before;not_signatory;no_country",
        "창원·전주·춘천 등 7개 도시, 탄소중립도시연합 신규 가입",
        (2025, 9, 24),
        "탄소중립도시연합은 지난 23일 인천 송도컨벤시아에서 열린 정기총회에서 7개 도시의 신규 "
        "가입을 승인했다고 밝혔다.",
        "이번에 새로 가입한 도시는 경상남도 창원시와 김해시, 전북특별자치도 전주시, 강원특별자치도 "
        "춘천시와 강릉시, 그리고 전라남도 순천시와 여수시다. 이로써 연합의 회원 도시는 모두 "
        "42곳으로 늘었다.",
        '연합 회장을 맡고 있는 권도윤 대전광역시장은 "지역 거점 도시들이 함께하면서 탄소중립 '
        '정책의 폭이 넓어졌다"며 "신규 회원 도시와 함께 건물 에너지 효율화 사업을 공동으로 '
        '추진하겠다"고 말했다.\n\n'
        "신규 회원 도시들은 내년 상반기까지 온실가스 감축 목표와 이행 계획을 연합 사무국에 "
        "제출해야 한다. 다음 정기총회는 2026년 가을 광주광역시에서 열린다.",
        "Changwon/KR; Gimhae|Kimhae/KR; Jeonju/KR; Chuncheon/KR; Gangneung/KR; "
        "Suncheon/KR; Yeosu/KR",
    ),
    Page(
        "ar-r52a-misr-ielan-mudun-muraqqam-muhafaza",
        "ar",
        "numbered;region_after;body_not_city;not_signatory;no_country",
        "إعلان مدن الدلتا والصعيد للتكيف مع تغير المناخ",
        (2025, 11, 12),
        "اجتمع ممثلو اثنتي عشرة مدينة ومحافظة مصرية في القاهرة يوم الثلاثاء لتوقيع إعلان مشترك "
        "يهدف إلى حماية السواحل والأراضي الزراعية من آثار ارتفاع منسوب البحر وموجات الحر.\n\n"
        "ويلتزم الموقعون بإعداد خطط محلية للتكيف خلال عامين، وبتوسيع المساحات الخضراء وتحسين "
        "إدارة مياه الأمطار، وبتبادل البيانات المناخية عبر شبكة مدن النيل الخضراء.\n\n"
        "الجهات الموقعة على الإعلان:",
        "١. مدينة الإسكندرية – محافظة الإسكندرية\n"
        "٢. مدينة المنصورة – محافظة الدقهلية\n"
        "٣. مدينة طنطا – محافظة الغربية\n"
        "٤. مدينة الزقازيق – محافظة الشرقية\n"
        "٥. مدينة دمياط – محافظة دمياط\n"
        "٦. مدينة الإسماعيلية – محافظة الإسماعيلية\n"
        "٧. مدينة السويس – محافظة السويس\n"
        "٨. مدينة أسيوط – محافظة أسيوط\n"
        "٩. مدينة الأقصر – محافظة الأقصر\n"
        "١٠. مدينة أسوان – محافظة أسوان\n"
        "١١. مدينة الغردقة – محافظة البحر الأحمر\n"
        "١٢. محافظة مطروح (على مستوى المحافظة)",
        "واستضافت محافظة القاهرة مراسم التوقيع دون أن تكون طرفًا في الإعلان. وقالت منسقة الشبكة "
        "د. هالة عبد المنعم إن الباب مفتوح أمام بقية المدن المصرية للانضمام قبل نهاية العام.",
        "Alexandria/EG; Al Mansurah|Mansoura/EG; Tanta/EG; Zagazig/EG; Damietta/EG; "
        "Ismailia/EG; Suez/EG; Assiut|Asyut/EG; Luxor/EG; Aswān|Aswan/EG; Hurghada/EG; "
        "Matrouh Governorate|Matruh Governorate|محافظة مطروح/EG/province",
    ),
    Page(
        "he-r52a-tavla-iriyot-rashei-arim-tabs",
        "he",
        "table_tabs;person_after;columns_after;person_named_like_place;not_signatory;no_country",
        "הרשויות החתומות על אמנת הצל העירונית",
        (2025, 7, 8),
        "אמנת הצל העירונית נחתמה עד כה על ידי שתים-עשרה רשויות מקומיות. הרשויות החתומות "
        "מתחייבות להגדיל את כיסוי הצל ברחובות, בתחנות האוטובוס ובחצרות בתי הספר עד שנת 2030, "
        "ולדווח מדי שנה על ההתקדמות לפורום הערים הירוקות.\n\n"
        "להלן רשימת הרשויות החתומות:",
        "רשות\tראש/ת הרשות\tמחוז\tמועד החתימה\n"
        "עיריית חיפה\tנועה ברקוביץ\tחיפה\t03.2024\n"
        "עיריית באר שבע\tאבנר דהן\tהדרום\t03.2024\n"
        "עיריית אשדוד\tיוסי אלמוג\tהדרום\t05.2024\n"
        "עיריית נתניה\tמיכל שטרן\tהמרכז\t05.2024\n"
        "עיריית רעננה\tעמית גולדפרב\tהמרכז\t06.2024\n"
        "עיריית כפר סבא\tרונית אזולאי\tהמרכז\t09.2024\n"
        "עיריית מודיעין-מכבים-רעות\tאורי נחמיאס\tהמרכז\t11.2024\n"
        "עיריית רחובות\tדנה פרידמן\tהמרכז\t01.2025\n"
        "עיריית הרצליה\tגיל ששון\tתל אביב\t02.2025\n"
        "עיריית כרמיאל\tאילת מזרחי\tהצפון\t03.2025\n"
        "עיריית נצרת\tסאמר ח'ורי\tהצפון\t04.2025\n"
        "עיריית עפולה\tשחר בן עמי\tהצפון\t06.2025",
        "רשויות נוספות המעוניינות להצטרף לאמנה מוזמנות לפנות למטה הפורום. הכנס השנתי של "
        "הפורום יתקיים השנה בירושלים.",
        "Haifa/IL; Beersheba/IL; Ashdod/IL; Netanya/IL; Ra'anana/IL; Kfar Saba/IL; "
        "Modi‘in Makkabbim Re‘ut|Modi'in-Maccabim-Re'ut/IL; Reẖovot|Rehovot/IL; Herzliya/IL; "
        "Karmi’el|Karmiel/IL; Nazareth/IL; Afula/IL",
    ),
    Page(
        "tr-r52a-ortak-bildirge-pdf-kopya-heceleme",
        "tr",
        "broken_lines;person_before;person_named_like_place;not_signatory;no_country",
        "Ege ve Marmara Kentlerinden Ortak Su Bildirgesi",
        (2025, 10, 3),
        "Ege ve Marmara bölgelerindeki dokuz belediye, kuraklık ve su kayıplarıyla mücadelede "
        "ortak hareket etme kararı aldı. İzmir'de düzenlenen Kentler Su Forumu'nda imzalanan "
        "bildirgenin tam metni aşağıdadır.\n\n"
        "EGE VE MARMARA KENTLERİNDEN ORTAK SU BİLDİRGESİ\n\n"
        "Biz, aşağıda imzası bulunan belediye başkanları, iklim krizinin bölgemizdeki su kay-\n"
        "naklarını giderek daha fazla zorladığının farkındayız. Bu nedenle şebekelerdeki su ka-\n"
        "yıplarını 2030 yılına kadar yarı yarıya azaltmayı, arıtılmış atık suyun yeşil alan sula-\n"
        "masında kullanımını yaygınlaştırmayı ve kuraklık eylem planlarımızı birbirimizle pay-\n"
        "laşmayı taahhüt ediyoruz.\n\n"
        "İMZACILAR",
        "Selin Özdemir\n"
        "Eskişehir Büyükşehir Belediye Baş-\n"
        "kanı\n\n"
        "Aydın Karaca\n"
        "Denizli Büyükşehir Belediye Başkanı\n\n"
        "Merve Toprak\n"
        "Muğla Büyükşehir Belediye Başkanı\n\n"
        "Kenan Ertürk\n"
        "Balıkesir Büyükşehir Belediye Başka-\n"
        "nı\n\n"
        "Ortak Su Bildirgesi — Kentler Su Forumu 2025\n"
        "– 3 –\n\n"
        "Elif Arslan\n"
        "Manisa Büyükşehir Belediye Başkanı\n\n"
        "Burak Şahin\n"
        "Çanak-\n"
        "kale Belediye Başkanı\n\n"
        "Deniz Yalçın\n"
        "Tekirdağ Büyükşehir Belediye Başkanı\n\n"
        "Özge Demirtaş\n"
        "Nilüfer Belediye Başkanı\n\n"
        "Tolga Aksoy\n"
        "Çankaya Belediye Başkanı",
        "Ortak Su Bildirgesi — Kentler Su Forumu 2025\n"
        "– 4 –\n\n"
        "Forumun ev sahibi İzmir Büyükşehir Belediyesi, bildirgeye gözlemci olarak destek verdi. "
        "Bildirgenin izleme raporu her yıl Haziran ayında yayımlanacak.",
        "Eskişehir/TR; Denizli/TR; Muğla/TR; Balıkesir/TR; Manisa/TR; Çanakkale/TR; "
        "Tekirdağ/TR; Nilüfer/TR; Çankaya/TR",
    ),
    Page(
        "el-r52a-diakirixi-dimon-kypros-perifereia",
        "el",
        "bulleted;inflected;country_in_language;body_not_city;majority_other_country;not_signatory",
        "Διακήρυξη των νησιωτικών και παράκτιων δήμων για τη λειψυδρία",
        (2025, 5, 29),
        "Δεκατέσσερις δήμοι και περιφέρειες από την Ελλάδα και την Κύπρο υπέγραψαν στη "
        "Θεσσαλονίκη κοινή διακήρυξη για την αντιμετώπιση της λειψυδρίας, στο περιθώριο του "
        "ετήσιου συνεδρίου του Δικτύου Πόλεων για το Νερό.\n\n"
        "Οι υπογράφοντες δεσμεύονται να μειώσουν τις απώλειες στα δίκτυα ύδρευσης κατά 30% έως "
        "το 2030, να επεκτείνουν την επαναχρησιμοποίηση επεξεργασμένων λυμάτων και να "
        "ενημερώνουν τους πολίτες για την εξοικονόμηση νερού.\n\n"
        "Τη διακήρυξη υπογράφουν:",
        "• Δήμος Πατρέων\n"
        "• Δήμος Ηρακλείου Κρήτης\n"
        "• Δήμος Λαρισαίων\n"
        "• Δήμος Βόλου\n"
        "• Δήμος Ιωαννιτών\n"
        "• Δήμος Καβάλας\n"
        "• Δήμος Χανίων\n"
        "• Δήμος Καλαμάτας\n"
        "• Δήμος Τρικκαίων\n"
        "• Δήμος Ρόδου\n"
        "• Περιφέρεια Κρήτης\n"
        "• Δήμος Λεμεσού (Κύπρος)\n"
        "• Δήμος Λάρνακας (Κύπρος)\n"
        "• Δήμος Πάφου (Κύπρος)",
        "Ο Δήμος Θεσσαλονίκης, που φιλοξένησε το συνέδριο, θα παρακολουθεί την εφαρμογή της "
        "διακήρυξης ως συντονιστής του δικτύου.",
        "Pátra|Patras/GR; Irákleion|Heraklion/GR; Lárisa|Larissa/GR; Volos/GR; "
        "Ioánnina|Ioannina/GR; Kavála|Kavala/GR; Chaniá|Chania/GR; Kalamata/GR; "
        "Tríkala|Trikala/GR; Ródos|Rhodes/GR; Περιφέρεια Κρήτης|Region of Crete|Crete/GR/region; "
        "Limassol/CY; Larnaca/CY; Paphos/CY",
    ),
    Page(
        "bg-r52a-novina-tri-obshtini-i",
        "bg",
        "few;running_text;not_signatory;no_country",
        "Пловдив, Русе и Габрово се присъединиха към Мрежата за чист въздух",
        (2025, 3, 14),
        "Три нови общини станаха членове на Мрежата за чист въздух след решение на общото "
        "събрание, проведено в София в четвъртък.",
        "Общинските съвети на Пловдив, Русе и Габрово одобриха присъединяването в началото на "
        "годината, а кметовете им подписаха споразумението за членство по време на събранието.",
        "„Качеството на въздуха не спира на границите на общините“, заяви председателят на мрежата "
        "Стефан Вълчанов, заместник-кмет на Бургас. Новите членове ще участват в общата програма "
        "за мониторинг на фините прахови частици от есента.\n\n"
        "Столична община бе домакин на събранието.",
        "Plovdiv/BG; Ruse/BG; Gabrovo/BG",
    ),
    Page(
        "mk-r52a-izjava-za-opshtina-potpisi",
        "mk",
        "person_after;not_signatory;no_country",
        "Заедничка изјава на општините за енергетска ефикасност во јавните згради",
        (2025, 2, 20),
        "Десет општини ја потпишаа заедничката изјава за енергетска ефикасност во јавните "
        "згради на средбата одржана во Скопје. Со изјавата општините се обврзуваат до 2030 година "
        "да ги реконструираат училиштата и градинките во своја сопственост и да воведат "
        "енергетско управување во сите општински објекти.\n\n"
        "Потписници:",
        "За Општина Битола\nГрадоначалник\nАна Стојановска\n\n"
        "За Општина Куманово\nГрадоначалник\nМарко Петрушевски\n\n"
        "За Општина Прилеп\nГрадоначалник\nДраган Илиевски\n\n"
        "За Општина Охрид\nГрадоначалничка\nЕлена Талевска\n\n"
        "За Општина Велес\nГрадоначалник\nГоран Митревски\n\n"
        "За Општина Штип\nГрадоначалник\nНикола Ристов\n\n"
        "За Општина Струмица\nГрадоначалничка\nМарија Ѓорѓиева\n\n"
        "За Општина Кавадарци\nГрадоначалник\nБорис Тасевски\n\n"
        "За Општина Кочани\nГрадоначалник\nЗоран Давков\n\n"
        "За Општина Струга\nГрадоначалник\nБлерим Аземи",
        "Градот Скопје беше домаќин на средбата и не е потписник на изјавата. Мрежата на зелени "
        "општини ќе ги објавува годишните извештаи на своите веб-страници.",
        "Bitola/MK; Kumanovo/MK; Prilep/MK; Ohrid/MK; Veles/MK; Štip|Shtip/MK; Strumica/MK; "
        "Kavadarci/MK; Kočani|Kochani/MK; Struga/MK",
    ),
    Page(
        "uk-r52a-abetkovyi-pokazhchyk-hromad-oblast",
        "uk",
        "one_a_line;region_after;no_country",
        "Громади-учасниці мережі: абетковий покажчик",
        (2025, 8, 15),
        "Мережа енергоефективних громад об’єднує міські громади з усіх регіонів України. Нижче "
        "наведено абетковий покажчик громад-учасниць із зазначенням області.",
        "Б\n"
        "Біла Церква (Київська область)\n"
        "Бровари (Київська область)\n"
        "В\n"
        "Вінниця (Вінницька область)\n"
        "Д\n"
        "Дрогобич (Львівська область)\n"
        "Ж\n"
        "Житомир (Житомирська область)\n"
        "І\n"
        "Івано-Франківськ (Івано-Франківська область)\n"
        "Ірпінь (Київська область)\n"
        "К\n"
        "Кам’янець-Подільський (Хмельницька область)\n"
        "Ковель (Волинська область)\n"
        "Коломия (Івано-Франківська область)\n"
        "Кременчук (Полтавська область)\n"
        "Кропивницький (Кіровоградська область)\n"
        "Л\n"
        "Луцьк (Волинська область)\n"
        "П\n"
        "Полтава (Полтавська область)\n"
        "С\n"
        "Суми (Сумська область)\n"
        "Т\n"
        "Тернопіль (Тернопільська область)\n"
        "У\n"
        "Ужгород (Закарпатська область)\n"
        "Х\n"
        "Хмельницький (Хмельницька область)\n"
        "Ч\n"
        "Черкаси (Черкаська область)\n"
        "Чернівці (Чернівецька область)\n"
        "Чернігів (Чернігівська область)",
        "Усього: 21 громада. Щоб приєднатися до мережі, громада подає рішення міської ради до "
        "секретаріату мережі у Києві.",
        "Bila Tserkva/UA; Brovary/UA; Vinnytsya|Vinnytsia/UA; Drohobych/UA; Zhytomyr/UA; "
        "Ivano-Frankivsk/UA; Irpin/UA; Kamyanets-Podilskyi|Kamianets-Podilskyi/UA; Kovel/UA; "
        "Kolomyia/UA; Kremenchuk/UA; Kropyvnytskyi/UA; Lutsk/UA; Poltava/UA; Sumy/UA; "
        "Ternopil/UA; Uzhhorod/UA; Khmelnytskyi/UA; Cherkasy/UA; Chernivtsi/UA; Chernihiv/UA",
    ),
    Page(
        "ru-r52a-tsentralnaya-aziya-kartochki-chlenov",
        "ru",
        "one_a_line;country_in_language;columns_after",
        "Города-участники Сети чистого воздуха Центральной Азии",
        (2025, 12, 2),
        "В Сеть чистого воздуха Центральной Азии входят 29 городов Казахстана, Кыргызстана, "
        "Таджикистана и Узбекистана. Выберите город, чтобы узнать о его программе мониторинга "
        "качества воздуха.\n\n"
        "Фильтр: Все страны ▾   Сортировка: по алфавиту",
        "Актобе\nКазахстан · участник с 2021 года\nПодробнее\n\n"
        "Алматы\nКазахстан · участник с 2019 года\nПодробнее\n\n"
        "Андижан\nУзбекистан · участник с 2023 года\nПодробнее\n\n"
        "Атырау\nКазахстан · участник с 2022 года\nПодробнее\n\n"
        "Бишкек\nКыргызстан · участник с 2019 года\nПодробнее\n\n"
        "Бухара\nУзбекистан · участник с 2021 года\nПодробнее\n\n"
        "Душанбе\nТаджикистан · участник с 2020 года\nПодробнее\n\n"
        "Караганда\nКазахстан · участник с 2020 года\nПодробнее\n\n"
        "Каракол\nКыргызстан · участник с 2024 года\nПодробнее\n\n"
        "Карши\nУзбекистан · участник с 2024 года\nПодробнее\n\n"
        "Костанай\nКазахстан · участник с 2022 года\nПодробнее\n\n"
        "Куляб\nТаджикистан · участник с 2023 года\nПодробнее\n\n"
        "Кызылорда\nКазахстан · участник с 2023 года\nПодробнее\n\n"
        "Наманган\nУзбекистан · участник с 2022 года\nПодробнее\n\n"
        "Нукус\nУзбекистан · участник с 2021 года\nПодробнее\n\n"
        "Ош\nКыргызстан · участник с 2020 года\nПодробнее\n\n"
        "Павлодар\nКазахстан · участник с 2021 года\nПодробнее\n\n"
        "Петропавловск\nКазахстан · участник с 2024 года\nПодробнее\n\n"
        "Самарканд\nУзбекистан · участник с 2019 года\nПодробнее\n\n"
        "Семей\nКазахстан · участник с 2022 года\nПодробнее\n\n"
        "Тараз\nКазахстан · участник с 2020 года\nПодробнее\n\n"
        "Токмок\nКыргызстан · участник с 2023 года\nПодробнее\n\n"
        "Туркестан\nКазахстан · участник с 2024 года\nПодробнее\n\n"
        "Уральск\nКазахстан · участник с 2022 года\nПодробнее\n\n"
        "Ургенч\nУзбекистан · участник с 2023 года\nПодробнее\n\n"
        "Фергана\nУзбекистан · участник с 2020 года\nПодробнее\n\n"
        "Хива\nУзбекистан · участник с 2024 года\nПодробнее\n\n"
        "Худжанд\nТаджикистан · участник с 2021 года\nПодробнее\n\n"
        "Шымкент\nКазахстан · участник с 2019 года\nПодробнее",
        "Показаны 29 из 29 городов.\n\n"
        "Хотите, чтобы ваш город присоединился к сети? Напишите в секретариат.",
        "Aktobe/KZ; Almaty/KZ; Andijon|Andijan/UZ; Atyrau/KZ; Bishkek/KG; Bukhara/UZ; "
        "Dushanbe/TJ; Karagandy|Karaganda/KZ; Karakol/KG; Qarshi/UZ; Kostanay/KZ; Kŭlob|Kulob/TJ; "
        "Kyzylorda/KZ; Namangan/UZ; Nukus/UZ; Osh/KG; Pavlodar/KZ; Petropavl/KZ; Samarkand/UZ; "
        "Semey/KZ; Taraz/KZ; Tokmok/KG; Turkistan|Turkestan/KZ; Oral|Uralsk/KZ; "
        "Urganch|Urgench/UZ; Fergana/UZ; Xiva|Khiva/UZ; Khujand/TJ; Shymkent/KZ",
    ),
    Page(
        "hi-r52a-mahapaur-ghoshna-rajya-shirshak",
        "hi",
        "one_a_line;region_heading;person_after;not_signatory;no_country",
        "स्वच्छ वायु के लिए महापौरों की संयुक्त घोषणा",
        (2025, 1, 27),
        "नई दिल्ली में आयोजित राष्ट्रीय शहरी जलवायु सम्मेलन में बीस नगर निगमों के महापौरों ने "
        "स्वच्छ वायु के लिए संयुक्त घोषणा पर हस्ताक्षर किए। घोषणा के अंतर्गत सभी शहर 2030 तक "
        "पीएम 2.5 के स्तर में 40 प्रतिशत की कमी लाने, सार्वजनिक परिवहन का विस्तार करने और "
        "कचरा जलाने पर पूर्ण रोक लगाने का संकल्प लेते हैं।\n\n"
        "हस्ताक्षरकर्ता नगर निगम (राज्यवार):",
        "मध्य प्रदेश\n"
        "इंदौर नगर निगम – महापौर सुधीर जोशी\n"
        "भोपाल नगर निगम – महापौर कविता श्रीवास्तव\n"
        "जबलपुर नगर निगम – महापौर राकेश तिवारी\n"
        "उज्जैन नगर निगम – महापौर मीना चौहान\n\n"
        "महाराष्ट्र\n"
        "नागपुर महानगरपालिका – महापौर प्रशांत देशमुख\n"
        "पुणे महानगरपालिका – महापौर स्नेहा कुलकर्णी\n"
        "नासिक महानगरपालिका – महापौर अजय पाटिल\n\n"
        "राजस्थान\n"
        "जयपुर नगर निगम – महापौर अनीता राठौड़\n"
        "अजमेर नगर निगम – महापौर विनोद शर्मा\n"
        "उदयपुर नगर निगम – महापौर दीपिका मेहता\n\n"
        "उत्तर प्रदेश\n"
        "लखनऊ नगर निगम – महापौर आलोक सक्सेना\n"
        "कानपुर नगर निगम – महापौर रश्मि अवस्थी\n"
        "आगरा नगर निगम – महापौर नरेंद्र बघेल\n"
        "वाराणसी नगर निगम – महापौर पूजा पांडेय\n"
        "मेरठ नगर निगम – महापौर संजीव त्यागी\n\n"
        "बिहार\n"
        "पटना नगर निगम – महापौर रेखा सिन्हा\n\n"
        "झारखंड\n"
        "रांची नगर निगम – महापौर अमित महतो\n\n"
        "उत्तराखंड\n"
        "देहरादून नगर निगम – महापौर गीता नेगी\n\n"
        "हिमाचल प्रदेश\n"
        "शिमला नगर निगम – महापौर राजेश ठाकुर\n\n"
        "चंडीगढ़\n"
        "नगर निगम चंडीगढ़ – महापौर हरप्रीत कौर",
        "सम्मेलन के मेज़बान नई दिल्ली नगर परिषद ने घोषणा का स्वागत किया, किंतु वह इसका "
        "हस्ताक्षरकर्ता नहीं है। अगली समीक्षा बैठक ग्वालियर में होगी।",
        "Indore/IN; Bhopal/IN; Jabalpur/IN; Ujjain/IN; Nagpur/IN; Pune/IN; Nashik/IN; "
        "Jaipur/IN; Ajmer/IN; Udaipur/IN; Lucknow/IN; Kanpur/IN; Agra/IN; Varanasi/IN; "
        "Meerut/IN; Patna/IN; Ranchi/IN; Dehradun/IN; Shimla/IN; Chandigarh/IN",
    ),
    Page(
        "ms-r52a-jadual-pbt-majlis-bandaraya-negeri",
        "ms",
        "table_tabs;columns_after;region_after;not_signatory;no_country",
        "Senarai Pihak Berkuasa Tempatan yang Menandatangani Piagam Bandar Rendah Karbon",
        (2025, 10, 21),
        "Sebanyak 13 pihak berkuasa tempatan (PBT) telah menandatangani Piagam Bandar Rendah "
        "Karbon dalam majlis yang diadakan di Putrajaya. Melalui piagam ini, setiap PBT komited "
        "untuk menyediakan pelan tindakan karbon rendah tempatan dan melaporkan kemajuannya "
        "setiap tahun kepada Rangkaian Bandar Hijau.\n\n"
        "Senarai PBT yang menandatangani piagam:",
        "Bil.\tPihak Berkuasa Tempatan\tNegeri\tTarikh Tandatangan\n"
        "1\tMajlis Bandaraya Ipoh\tPerak\t14/10/2025\n"
        "2\tDewan Bandaraya Kuching Utara\tSarawak\t14/10/2025\n"
        "3\tDewan Bandaraya Kota Kinabalu\tSabah\t14/10/2025\n"
        "4\tMajlis Bandaraya Shah Alam\tSelangor\t14/10/2025\n"
        "5\tMajlis Bandaraya Petaling Jaya\tSelangor\t14/10/2025\n"
        "6\tMajlis Bandaraya Subang Jaya\tSelangor\t15/10/2025\n"
        "7\tMajlis Bandaraya Johor Bahru\tJohor\t15/10/2025\n"
        "8\tMajlis Bandaraya Melaka Bersejarah\tMelaka\t15/10/2025\n"
        "9\tMajlis Bandaraya Seremban\tNegeri Sembilan\t15/10/2025\n"
        "10\tMajlis Bandaraya Alor Setar\tKedah\t16/10/2025\n"
        "11\tMajlis Bandaraya Kuala Terengganu\tTerengganu\t16/10/2025\n"
        "12\tMajlis Bandaraya Kuantan\tPahang\t16/10/2025\n"
        "13\tMajlis Bandaraya Miri\tSarawak\t17/10/2025",
        "Perbadanan Putrajaya selaku tuan rumah majlis tidak termasuk dalam senarai penandatangan. "
        "PBT lain yang berminat boleh menghubungi sekretariat rangkaian.",
        "Ipoh/MY; Kuching/MY; Kota Kinabalu/MY; Shah Alam/MY; Petaling Jaya/MY; "
        "Subang Jaya/MY; Johor Bahru/MY; Malacca|Melaka/MY; Seremban/MY; Alor Setar/MY; "
        "Kuala Terengganu/MY; Kuantan/MY; Miri/MY",
    ),
    Page(
        "sw-r52a-tamko-mameya-jiji-la-kaunti",
        "sw",
        "one_a_line;person_before;body_not_city;majority_other_country;not_signatory",
        "Tamko la Mameya wa Afrika Mashariki kuhusu Usafiri Endelevu",
        (2025, 8, 6),
        "Mameya na viongozi wa serikali za mitaa kutoka Tanzania na Kenya wametia saini tamko la "
        "pamoja kuhusu usafiri endelevu katika mkutano uliofanyika jijini Dar es Salaam. Tamko "
        "hilo linawataka viongozi kupanua mabasi yaendayo haraka, kujenga njia salama za watembea "
        "kwa miguu na baiskeli, na kupunguza uchafuzi wa hewa mijini ifikapo mwaka 2030.\n\n"
        "Waliotia saini tamko hili ni:",
        "Mhe. Neema Mollel, Meya wa Jiji la Arusha\n"
        "Mhe. Juma Salum Kibwana, Meya wa Manispaa ya Moshi\n"
        "Mhe. Rehema Mtatiro, Meya wa Jiji la Mwanza\n"
        "Mhe. Baraka Lyimo, Meya wa Jiji la Dodoma\n"
        "Mhe. Halima Said, Meya wa Jiji la Tanga\n"
        "Mhe. Amani Mwakyusa, Meya wa Jiji la Mbeya\n"
        "Mhe. Zawadi Nyirenda, Meya wa Manispaa ya Iringa\n"
        "Mhe. Omari Kassim, Meya wa Manispaa ya Musoma\n"
        "Mhe. Achieng' Odhiambo, Gavana wa Kaunti ya Kisumu (Kenya)\n"
        "Mhe. David Kiprotich, Meya wa Jiji la Nakuru (Kenya)",
        "Mwenyekiti wa mtandao, Mhe. Fatma Hamisi wa Zanzibar, alisema tamko hilo liko wazi kwa "
        "miji mingine ya ukanda huu. Mkutano ujao utafanyika Kigoma mwaka 2026.",
        "Arusha/TZ; Moshi/TZ; Mwanza/TZ; Dodoma/TZ; Tanga/TZ; Mbeya/TZ; Iringa/TZ; "
        "Musoma/TZ; Kaunti ya Kisumu|Kisumu County/KE/county; Nakuru/KE",
    ),
]

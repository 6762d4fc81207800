"""Batch r54a: 14 pages held out from round 53, in the scripts and languages of the Middle
East, the former Soviet Union and East and South-East Asia, written without reading the reader
or running it: ar MA (a tab table of `جماعة X` with the region, whose names hold other cities,
in a column), ar SA/AE (news of seven cities joining in running text with `و` glued, the host
and the next host named), fa (Persian-numbered `شهرداری X – Name، شهردار` lines under a venue),
he (42 members under district headings with counts, no country), tr (a PDF copy of signature
blocks, `Name` over `X Büyükşehir Belediye Başkanı` broken over lines, mayors named Sivas,
Tokat, Bolu, page headers, an observer), el (genitives of `Δήμος` names in running text with
`και`, the Region of Crete, the host Kalamata), ru (member cards flattened to lines: city,
region and country, year, `Подробнее`), uk (a table aligned with spaces of city, oblast and
date, the venue in the locative), ja (a tab table of prefecture, city, mayor and date, the
venue city), ko (nine cities in running text, the last with `와` glued, a venue `전주에서`),
zh-tw (regional headings over `、`-separated cities and two counties), th (a numbered tab
table of `เทศบาลนคร X`, Bangkok, Pattaya and a provincial administrative organisation),
vi (upper-case `TM. ỦY BAN NHÂN DÂN / THÀNH PHỐ X / CHỦ TỊCH` blocks, a signer named Vinh),
ka (three Georgian cities joining, bullets with their regions, two applications pending)."""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "ar-r54a-ma-table-jamaa-regions",
        "ar",
        "table_tabs;columns_after;region_after;not_signatory;no_country",
        "الشبكة المغربية للمدن المستدامة تحيّن لائحة الجماعات الأعضاء",
        (2024, 3, 18),
        "صادق المكتب التنفيذي للشبكة المغربية للمدن المستدامة، خلال اجتماعه المنعقد بمدينة"
        " إفران يومي 12 و13 مارس، على اللائحة المحيّنة للجماعات الأعضاء، وهي الجماعات التي"
        " وقّعت على ميثاق الشبكة وأدّت واجب الانخراط إلى غاية متم شهر فبراير.\n\n"
        "لائحة الجماعات الأعضاء:",
        "الجماعة\tالجهة\tسنة الانضمام\n"
        "جماعة الرباط\tالرباط - سلا - القنيطرة\t2018\n"
        "جماعة الدار البيضاء\tالدار البيضاء - سطات\t2018\n"
        "جماعة فاس\tفاس - مكناس\t2019\n"
        "جماعة مراكش\tمراكش - آسفي\t2019\n"
        "جماعة أكادير\tسوس - ماسة\t2019\n"
        "جماعة طنجة\tطنجة - تطوان - الحسيمة\t2020\n"
        "جماعة وجدة\tالشرق\t2020\n"
        "جماعة تطوان\tطنجة - تطوان - الحسيمة\t2021\n"
        "جماعة شفشاون\tطنجة - تطوان - الحسيمة\t2021\n"
        "جماعة الصويرة\tمراكش - آسفي\t2022\n"
        "جماعة الجديدة\tالدار البيضاء - سطات\t2022\n"
        "جماعة بني ملال\tبني ملال - خنيفرة\t2023\n"
        "جماعة ورزازات\tدرعة - تافيلالت\t2024",
        "وقرر المكتب التنفيذي دراسة طلبات الانخراط الواردة من جماعتي الناظور والعرائش خلال"
        " دورته المقبلة.\n\n"
        "للتواصل: الكتابة الدائمة للشبكة، شارع الأطلس، إفران.",
        "Rabat/MA; Casablanca/MA; Fes|Fès/MA; Marrakesh|Marrakech/MA; Agadir/MA;"
        " Tangier|Tanger/MA; Oujda/MA; Tétouan|Tetouan/MA; Chefchaouen/MA; Essaouira/MA;"
        " El Jadida/MA; Beni Mellal/MA; Ouarzazate/MA",
    ),
    Page(
        "ar-r54a-gulf-running-joined",
        "ar",
        "running_text;inflected;not_signatory;country_in_language",
        "سبع مدن سعودية وإماراتية تنضم إلى تحالف المدن العربية الذكية",
        (2024, 11, 6),
        "أعلن تحالف المدن العربية الذكية، في ختام منتداه السنوي الذي استضافته أبوظبي على مدى"
        " ثلاثة أيام، انضمام سبع مدن جديدة من المملكة العربية السعودية ودولة الإمارات العربية"
        " المتحدة إلى عضويته، ليرتفع عدد المدن الأعضاء إلى اثنتين وأربعين مدينة في إحدى عشرة"
        " دولة عربية.",
        "والمدن المنضمة هي: الرياض وجدة والمدينة المنورة وأبها والخبر من المملكة العربية"
        " السعودية، والشارقة ورأس الخيمة من دولة الإمارات العربية المتحدة.",
        "وقال الأمين العام للتحالف، المهندس سامي بن راشد الفهيدي: «يمثل انضمام هذه المدن خطوة"
        " مهمة نحو تبادل الخبرات في مجالات النقل الذكي وإدارة الطاقة والخدمات الرقمية»."
        " وأضاف أن التحالف سيطلق خلال العام المقبل منصة مشتركة للبيانات المفتوحة.\n\n"
        "ومن المقرر أن تستضيف مسقط الدورة المقبلة للمنتدى في خريف العام القادم.",
        "Riyadh/SA; Jeddah/SA; Medina|Madinah/SA; Abha/SA; Khobar|Al Khobar/SA; Sharjah/AE;"
        " Ras Al Khaimah/AE",
    ),
    Page(
        "fa-r54a-numbered-shahrdari-mayor",
        "fa",
        "numbered;person_after;not_signatory;no_country",
        "بیانیه شهرداران درباره کاهش و بازیافت پسماند شهری",
        (2024, 5, 22),
        "ما شهرداران امضاکننده این بیانیه که در نخستین همایش ملی مدیریت پسماند شهری در کاشان"
        " گرد هم آمده‌ایم، متعهد می‌شویم تا پایان سال ۱۴۰۵ سهم پسماند دفن‌شده را دست‌کم به نصف"
        " برسانیم، تفکیک از مبدأ را در همه محله‌ها اجرا کنیم و گزارش سالانه پیشرفت را منتشر"
        " کنیم.\n\nامضاکنندگان:",
        "۱. شهرداری اصفهان – سارا کاظمی‌نژاد، شهردار\n"
        "۲. شهرداری شیراز – محمدرضا فرهمند، شهردار\n"
        "۳. شهرداری تبریز – علی اکبرزاده، شهردار\n"
        "۴. شهرداری مشهد – حسین نوروزیان، شهردار\n"
        "۵. شهرداری یزد – مریم دهقانی‌پور، شهردار\n"
        "۶. شهرداری کرمان – رضا ایزدپناه، شهردار\n"
        "۷. شهرداری رشت – پیمان خوش‌رفتار، شهردار\n"
        "۸. شهرداری همدان – مهدی سلیمانی‌فر، سرپرست شهرداری\n"
        "۹. شهرداری قزوین – نرگس امیری‌راد، شهردار\n"
        "۱۰. شهرداری اهواز – جواد عبیداوی‌نیا، شهردار\n"
        "۱۱. شهرداری کرمانشاه – کاوه رستمیان، شهردار\n"
        "۱۲. شهرداری ارومیه – سعید قربانزاده، شهردار\n"
        "۱۳. شهرداری زنجان – فاطمه یگانه، شهردار\n"
        "۱۴. شهرداری اردبیل – بهروز صمدی‌فر، شهردار\n"
        "۱۵. شهرداری ساری – امید نیک‌اندیش، شهردار\n"
        "۱۶. شهرداری گرگان – هادی سپهرآرا، شهردار\n"
        "۱۷. شهرداری بوشهر – عباس دریانورد، شهردار\n"
        "۱۸. شهرداری بندرعباس – لیلا ساحلی، معاون شهردار",
        "متن کامل این بیانیه در دبیرخانه انجمن شهرهای پاک، تهران، خیابان ولیعصر، نگهداری"
        " می‌شود و شهرهای دیگر می‌توانند با ارسال نامه رسمی به آن بپیوندند.",
        "Isfahan/IR; Shiraz/IR; Tabriz/IR; Mashhad/IR; Yazd/IR; Kerman/IR; Rasht/IR;"
        " Hamadan|Hamadān/IR; Qazvin/IR; Ahvaz/IR; Kermanshah/IR; Urmia|Orūmīyeh/IR; Zanjan/IR;"
        " Ardabil|Ardabīl/IR; Sari/IR; Gorgan|Gorgān/IR; Bushehr/IR; Bandar Abbas/IR",
    ),
    Page(
        "he-r54a-district-headings-42",
        "he",
        "one_a_line;region_heading;no_country",
        "פורום הערים להתחדשות עירונית: רשימת הרשויות החברות",
        (2024, 9, 3),
        "פורום הערים להתחדשות עירונית מאגד רשויות מקומיות הפועלות לקידום התחדשות עירונית"
        " בת קיימא, שיתוף ציבור ודיור בר השגה. הרשויות חתומות על אמנת הפורום ומשתתפות"
        " במפגשים הרבעוניים של צוותי ההנדסה והתכנון.\n\n"
        "להלן הרשויות החברות בפורום, לפי מחוזות (מעודכן לספטמבר):",
        "מחוז הצפון (10)\n"
        "נצרת\nטבריה\nצפת\nכרמיאל\nעפולה\nנהריה\nסח'נין\nטמרה\nשפרעם\nמעלות-תרשיחא\n\n"
        "מחוז חיפה (4)\n"
        "חיפה\nחדרה\nקריית אתא\nקריית מוצקין\n\n"
        "מחוז תל אביב (4)\n"
        "רמת גן\nחולון\nהרצליה\nבת ים\n\n"
        "מחוז המרכז (13)\n"
        "פתח תקווה\nראשון לציון\nרחובות\nכפר סבא\nרעננה\nנתניה\nמודיעין-מכבים-רעות\nלוד\n"
        "רמלה\nהוד השרון\nראש העין\nיבנה\nנס ציונה\n\n"
        "מחוז הדרום (11)\n"
        "באר שבע\nאשדוד\nאשקלון\nאילת\nדימונה\nשדרות\nערד\nקריית גת\nנתיבות\nאופקים\nרהט",
        "רשות מקומית המעוניינת להצטרף לפורום מוזמנת לפנות למזכירות: רחוב הנביאים 20,"
        ' ירושלים, או בדוא"ל דרך טופס יצירת הקשר באתר.',
        "Nazareth/IL; Tiberias/IL; Safed/IL; Karmiel|Karmi’el/IL; Afula/IL;"
        " Nahariya|Nahariyya/IL; Sakhnin|Sakhnīn/IL; Tamra/IL; Shefa-'Amr|Shefar‘am/IL;"
        " Ma'alot-Tarshiha|maalot Tarshīhā/IL; Haifa/IL; Hadera/IL; Kiryat Ata|Qiryat Ata/IL;"
        " Kiryat Motzkin|Qiryat Motsqin/IL; Ramat Gan/IL; Holon|H̱olon/IL; Herzliya/IL;"
        " Bat Yam/IL; Petah Tikva|Petaẖ Tiqva/IL; Rishon LeZion|Rishon LeTsiyyon/IL;"
        " Rehovot|Reẖovot/IL; Kfar Saba/IL; Ra'anana/IL; Netanya/IL;"
        " Modiin|Modi‘in Makkabbim Re‘ut/IL; Lod/IL; Ramla/IL; Hod HaSharon/IL;"
        " Rosh HaAyin|Rosh Ha‘Ayin/IL; Yavne|Yavné/IL; Nes Ziona|Ness Ziona/IL; Beersheba/IL;"
        " Ashdod/IL; Ashkelon/IL; Eilat/IL; Dimona/IL; Sderot/IL; Arad/IL; Kiryat Gat/IL;"
        " Netivot/IL; Ofakim|Ofaqim/IL; Rahat/IL",
    ),
    Page(
        "tr-r54a-pdf-signature-blocks",
        "tr",
        "person_before;broken_lines;person_named_like_place;not_signatory;no_country",
        "Kentlerin İklim Uyum Bildirgesi",
        (2024, 5, 20),
        "Biz, aşağıda imzası bulunan belediye başkanları, 14 Mayıs'ta Çanakkale'de düzen-\n"
        "lenen Kentler İklim Zirvesi'nde bir araya gelerek, kentlerimizi sıcak hava\n"
        "dalgalarına, kuraklığa ve taşkınlara karşı daha dirençli kılmak için aşağı-\n"
        "daki taahhütleri kamuoyuyla paylaşıyoruz:\n\n"
        "1. Her belediye iki yıl içinde bir iklim uyum eylem planı hazırlayacaktır.\n"
        "2. Kentsel yeşil alanlar ve gölgelik koridorlar kişi başına artırılacaktır.\n"
        "3. Yağmur suyu hasadı yeni kamu binalarında zorunlu hâle getirilecektir.\n\n"
        "Kentlerin İklim Uyum Bildirgesi – Sayfa 1 / 3\n\n"
        "İMZACILAR",
        "Deniz Sivas\n"
        "Eskişehir Büyükşehir Belediye Baş-\nkanı\n\n"
        "Murat Ekinci\n"
        "Bursa Büyükşehir Belediye Başkanı\n\n"
        "Zeynep Arıkan\n"
        "İzmir Büyükşehir Belediye Başkanı\n\n"
        "Hakan Bolu\n"
        "Antalya Büyükşehir Belediye Başka-\nnı\n\n"
        "Selin Karaca\n"
        "Mersin Büyükşehir Belediye Başkanı\n\n"
        "Kentlerin İklim Uyum Bildirgesi – Sayfa 2 / 3\n\n"
        "Oğuz Tekin\n"
        "Edirne Belediye Başkanı\n\n"
        "Elif Tokat\n"
        "Trabzon Büyükşehir Belediye Başkan Vekili\n\n"
        "Burak Yalçınkaya\n"
        "Samsun Büyükşehir Belediye Başkanı\n\n"
        "Ayşe Gündoğdu\n"
        "Kayseri Büyükşehir Belediye Baş-\nkanı\n\n"
        "Cem Özkaraman\n"
        "Konya Büyükşehir Belediye Başkanı\n\n"
        "Kentlerin İklim Uyum Bildirgesi – Sayfa 3 / 3\n\n"
        "Nilüfer Aksoy\n"
        "Denizli Büyükşehir Belediye Başkanı\n\n"
        "Tolga Erdem\n"
        "Muğla Büyükşehir Belediye Başkanı",
        "Gözlemci olarak katılan:\n"
        "Kerem Aydın, Türkiye Belediyeler Birliği Çevre Koordinatörü (Ankara)\n\n"
        "Bildirge metni, zirveye ev sahipliği yapan Çanakkale Belediyesi tarafından"
        " arşivlenmiştir.",
        "Eskişehir/TR; Bursa/TR; İzmir|Izmir/TR; Antalya/TR; Mersin/TR; Edirne/TR; Trabzon/TR;"
        " Samsun/TR; Kayseri/TR; Konya/TR; Denizli/TR; Muğla|Mugla/TR",
    ),
    Page(
        "el-r54a-running-genitives-crete",
        "el",
        "running_text;inflected;not_signatory;body_not_city;no_country",
        "Κοινή δήλωση δημάρχων για την προστασία των υδάτινων πόρων",
        (2024, 10, 11),
        "Στην Καλαμάτα πραγματοποιήθηκε την Παρασκευή η ετήσια συνάντηση του Δικτύου Πόλεων"
        " για το Νερό, με θέμα τη λειψυδρία και τις απώλειες στα δίκτυα ύδρευσης. Οι"
        " συμμετέχοντες συμφώνησαν σε κοινή δήλωση με πέντε δεσμεύσεις, ανάμεσά τους τη μείωση"
        " των απωλειών κατά 20% έως το 2030 και την επαναχρησιμοποίηση επεξεργασμένων λυμάτων"
        " για άρδευση αστικού πρασίνου.",
        "Τη δήλωση υπέγραψαν οι δήμαρχοι Αθηναίων, Θεσσαλονίκης, Πατρέων, Ηρακλείου, Βόλου,"
        " Ιωαννιτών, Λαρισαίων και Χανίων, καθώς και η Περιφέρεια Κρήτης, που συμμετέχει στο"
        " Δίκτυο ως συνεργαζόμενος φορέας.",
        "«Το νερό είναι το πιο πολύτιμο κοινό αγαθό των πόλεών μας», δήλωσε ο οικοδεσπότης"
        " δήμαρχος Καλαμάτας, Ανδρέας Σταματελόπουλος, ενώ η πρόεδρος του Δικτύου, Ελένη"
        " Μαυρογιάννη, ανακοίνωσε ότι η επόμενη συνάντηση θα γίνει στα Τρίκαλα.",
        "Athens/GR; Thessaloniki/GR; Patras/GR; Heraklion/GR; Volos/GR; Ioannina/GR;"
        " Larissa/GR; Chania/GR; Region of Crete|Περιφέρεια Κρήτης|Crete/GR/region",
    ),
    Page(
        "ru-r54a-member-cards-eurasia",
        "ru",
        "one_a_line;region_after;country_in_language;columns_after",
        "Участники ассоциации «Зелёные города Евразии»",
        (2024, 7, 15),
        "Ассоциация «Зелёные города Евразии» объединяет города, которые подписали Хартию"
        " устойчивого городского развития и ежегодно отчитываются о её выполнении. Ниже"
        " приведён список участников по состоянию на июль.\n\n"
        "Фильтр: Все страны ▾   Сортировка: по дате вступления ▾",
        "Казань\nРеспублика Татарстан, Россия\nВ ассоциации с 2016 года\nПодробнее →\n\n"
        "Екатеринбург\nСвердловская область, Россия\nВ ассоциации с 2016 года\nПодробнее →\n\n"
        "Алматы\nКазахстан\nВ ассоциации с 2016 года\nПодробнее →\n\n"
        "Бишкек\nКыргызстан\nВ ассоциации с 2017 года\nПодробнее →\n\n"
        "Новосибирск\nНовосибирская область, Россия\nВ ассоциации с 2017 года\nПодробнее →\n\n"
        "Гродно\nГродненская область, Беларусь\nВ ассоциации с 2017 года\nПодробнее →\n\n"
        "Томск\nТомская область, Россия\nВ ассоциации с 2018 года\nПодробнее →\n\n"
        "Караганда\nКарагандинская область, Казахстан\nВ ассоциации с 2018 года\n"
        "Подробнее →\n\n"
        "Пермь\nПермский край, Россия\nВ ассоциации с 2019 года\nПодробнее →\n\n"
        "Витебск\nВитебская область, Беларусь\nВ ассоциации с 2019 года\nПодробнее →\n\n"
        "Шымкент\nКазахстан\nВ ассоциации с 2020 года\nПодробнее →\n\n"
        "Самара\nСамарская область, Россия\nВ ассоциации с 2020 года\nПодробнее →\n\n"
        "Ош\nКыргызстан\nВ ассоциации с 2021 года\nПодробнее →\n\n"
        "Тюмень\nТюменская область, Россия\nВ ассоциации с 2021 года\nПодробнее →\n\n"
        "Павлодар\nПавлодарская область, Казахстан\nВ ассоциации с 2022 года\nПодробнее →\n\n"
        "Брест\nБрестская область, Беларусь\nВ ассоциации с 2022 года\nПодробнее →\n\n"
        "Иркутск\nИркутская область, Россия\nВ ассоциации с 2023 года\nПодробнее →\n\n"
        "Усть-Каменогорск\nВосточно-Казахстанская область, Казахстан\n"
        "В ассоциации с 2024 года\nПодробнее →",
        "Показано 18 из 18 участников\n\n"
        "Секретариат ассоциации: г. Астана, проспект Мангилик Ел, 8, офис 412.",
        "Kazan/RU; Yekaterinburg/RU; Almaty/KZ; Bishkek/KG; Novosibirsk/RU; Grodno|Hrodna/BY;"
        " Tomsk/RU; Karaganda|Karagandy/KZ; Perm/RU; Vitebsk/BY; Shymkent/KZ; Samara/RU;"
        " Osh/KG; Tyumen/RU; Pavlodar/KZ; Brest/BY; Irkutsk/RU; Ust-Kamenogorsk|Oskemen/KZ",
    ),
    Page(
        "uk-r54a-spaces-table-oblast",
        "uk",
        "numbered;columns_after;region_after;not_signatory;no_country",
        "Меморандум енергоефективних громад підписали ще 18 міст",
        (2024, 4, 25),
        "Під час Форуму енергетичної стійкості, який відбувся у Львові 23–24 квітня,"
        " Меморандум енергоефективних громад підписали представники ще 18 міст. Підписанти"
        " зобов'язуються до 2027 року провести енергоаудит усіх комунальних будівель і"
        " встановити резервні джерела живлення в закладах освіти та охорони здоров'я.\n\n"
        "Перелік міст, що підписали Меморандум:",
        "№   Місто                     Область               Дата підписання\n"
        "1   Вінниця                   Вінницька             23.04.2024\n"
        "2   Луцьк                     Волинська             23.04.2024\n"
        "3   Рівне                     Рівненська            23.04.2024\n"
        "4   Тернопіль                 Тернопільська         23.04.2024\n"
        "5   Івано-Франківськ          Івано-Франківська     23.04.2024\n"
        "6   Ужгород                   Закарпатська          23.04.2024\n"
        "7   Чернівці                  Чернівецька           23.04.2024\n"
        "8   Хмельницький              Хмельницька           23.04.2024\n"
        "9   Житомир                   Житомирська           23.04.2024\n"
        "10  Полтава                   Полтавська            24.04.2024\n"
        "11  Чернігів                  Чернігівська          24.04.2024\n"
        "12  Суми                      Сумська               24.04.2024\n"
        "13  Дніпро                    Дніпропетровська      24.04.2024\n"
        "14  Одеса                     Одеська               24.04.2024\n"
        "15  Миколаїв                  Миколаївська          24.04.2024\n"
        "16  Кропивницький             Кіровоградська        24.04.2024\n"
        "17  Кам'янець-Подільський     Хмельницька           24.04.2024\n"
        "18  Біла Церква               Київська              24.04.2024",
        "Загалом Меморандум уже об'єднує 64 громади. Наступна зустріч підписантів"
        " запланована на осінь у Києві.\n\n"
        "Контакти: Асоціація енергоефективних міст, вул. Саксаганського, 41, Київ.",
        "Vinnytsia|Vinnytsya/UA; Lutsk/UA; Rivne/UA; Ternopil/UA; Ivano-Frankivsk/UA;"
        " Uzhhorod/UA; Chernivtsi/UA; Khmelnytskyi/UA; Zhytomyr/UA; Poltava/UA; Chernihiv/UA;"
        " Sumy/UA; Dnipro/UA; Odesa/UA; Mykolaiv|Mykolayiv/UA; Kropyvnytskyi/UA;"
        " Kamianets-Podilskyi|Kamyanets-Podilskyi/UA; Bila Tserkva/UA",
    ),
    Page(
        "ja-r54a-tab-table-prefecture-mayor",
        "ja",
        "table_tabs;region_before;person_after;columns_after;not_signatory",
        "気候変動適応に関する地方中枢都市共同宣言",
        (2024, 10, 21),
        "2024年10月18日、松江市で開催された第5回地方中枢都市サミットにおいて、参加都市の"
        "首長は「気候変動適応に関する地方中枢都市共同宣言」を採択しました。宣言では、"
        "暑熱対策、流域治水、避難情報の多言語化など六つの取組を掲げ、毎年の進捗を相互に"
        "確認することとしています。\n\n"
        "開催市の松江市は事務局として宣言の取りまとめに当たりました。\n\n"
        "■ 署名自治体一覧（署名順）",
        "都道府県\t自治体\t首長\t署名日\n"
        "北海道\t札幌市\t市長　田村　美咲\t10月18日\n"
        "岩手県\t盛岡市\t市長　小野寺　健一\t10月18日\n"
        "秋田県\t秋田市\t市長　佐々木　亮\t10月18日\n"
        "宮城県\t仙台市\t市長　阿部　由紀子\t10月18日\n"
        "新潟県\t新潟市\t市長　五十嵐　誠\t10月18日\n"
        "富山県\t富山市\t市長　水野　孝之\t10月18日\n"
        "石川県\t金沢市\t市長　北村　千尋\t10月18日\n"
        "長野県\t長野市\t市長　宮坂　浩二\t10月18日\n"
        "静岡県\t静岡市\t市長　杉山　紀子\t10月18日\n"
        "静岡県\t浜松市\t副市長　鈴村　大輔\t10月18日\n"
        "岡山県\t岡山市\t市長　藤原　智也\t10月18日\n"
        "広島県\t広島市\t市長　三宅　恵理\t10月18日\n"
        "香川県\t高松市\t市長　大西　隆\t10月18日\n"
        "愛媛県\t松山市\t市長　越智　真由美\t10月18日\n"
        "高知県\t高知市\t市長　山崎　俊介\t10月18日\n"
        "大分県\t大分市\t市長　首藤　和彦\t10月18日\n"
        "熊本県\t熊本市\t市長　緒方　遥\t10月18日\n"
        "鹿児島県\t鹿児島市\t市長　有村　康平\t10月18日\n"
        "沖縄県\t那覇市\t市長　比嘉　美奈子\t10月18日",
        "次回サミットは2025年秋に開催予定です。\n\n"
        "お問い合わせ：地方中枢都市サミット事務局（松江市政策企画課）",
        "Sapporo/JP; Morioka/JP; Akita/JP; Sendai/JP; Niigata/JP; Toyama/JP; Kanazawa/JP;"
        " Nagano/JP; Shizuoka/JP; Hamamatsu/JP; Okayama/JP; Hiroshima/JP; Takamatsu/JP;"
        " Matsuyama/JP; Kochi|Kōchi/JP; Oita|Ōita/JP; Kumamoto/JP; Kagoshima/JP; Naha/JP",
    ),
    Page(
        "ko-r54a-running-particle-joined",
        "ko",
        "running_text;inflected;not_signatory;no_country",
        "9개 도시, 보행친화도시협의회 신규 회원으로 가입",
        (2024, 11, 22),
        "보행친화도시협의회는 11월 20일 전주에서 열린 하반기 정기총회에서 신규 회원 도시의"
        " 가입을 승인했다고 밝혔다. 협의회는 보행자 우선 도로, 어린이 보호구역 개선, 대중교통"
        " 연계 등 걷기 좋은 도시를 만들기 위한 정책을 공동으로 연구하고 있다.",
        "이번에 새로 가입한 도시는 대전광역시, 광주광역시, 울산광역시, 창원특례시, 청주시,"
        " 춘천시, 강릉시, 포항시와 김해시로, 이로써 협의회 회원 도시는 모두 38곳이 됐다.",
        '협의회 회장인 한지훈 수원시장은 "새로 합류한 도시들과 함께 보행 안전 기준을'
        ' 마련하겠다"고 말했다. 총회를 개최한 전주시는 보행친화 거리 조성 사례를 소개했다.'
        "\n\n다음 정기총회는 내년 5월 순천에서 열린다.",
        "Daejeon/KR; Gwangju/KR; Ulsan/KR; Changwon/KR; Cheongju|Cheongju-si/KR; Chuncheon/KR;"
        " Gangneung/KR; Pohang/KR; Gimhae|Kimhae/KR",
    ),
    Page(
        "zh-tw-r54a-region-headings-counties",
        "zh-tw",
        "several_a_line;region_heading;body_not_city;not_signatory;no_country",
        "臺灣永續城市聯盟公布第三屆會員名單",
        (2024, 8, 12),
        "臺灣永續城市聯盟於8月10日在南投縣日月潭舉行第三屆會員大會，通過新一屆會員名單。"
        "聯盟會員均已簽署《城市永續發展憲章》，承諾每兩年提交自願檢視報告，並在公共運輸、"
        "綠色建築與韌性防災等領域交流經驗。\n\n第三屆會員名單如下（依區域排列）：",
        "北部區域（6）：臺北市、新北市、桃園市、新竹市、基隆市、宜蘭縣\n"
        "中部區域（2）：臺中市、彰化市\n"
        "南部區域（4）：嘉義市、臺南市、高雄市、屏東縣\n"
        "東部區域（2）：花蓮市、臺東市",
        "聯盟秘書處表示，苗栗縣與澎湖縣已提出入會申請，將於下次理事會審議。\n\n"
        "秘書處地址：南投縣南投市中興路 100 號",
        "Taipei/TW; New Taipei City|New Taipei/TW; Taoyuan/TW; Hsinchu/TW; Keelung/TW;"
        " Yilan County|宜蘭縣/TW/county; Taichung/TW; Changhua/TW; Chiayi|Chiayi City/TW;"
        " Tainan/TW; Kaohsiung/TW; Pingtung County|屏東縣/TW/county; Hualien City|Hualien/TW;"
        " Taitung/TW",
    ),
    Page(
        "th-r54a-numbered-tab-table-pao",
        "th",
        "table_tabs;numbered;columns_after;region_after;body_not_city;not_signatory;no_country",
        "ประกาศรายชื่อองค์กรปกครองส่วนท้องถิ่นที่ร่วมลงนามปฏิญญาเมืองน่าอยู่และปลอดภัย",
        (2024, 6, 14),
        "ตามที่เครือข่ายเมืองน่าอยู่และปลอดภัยได้จัดการประชุมสมัชชาประจำปี ณ จังหวัดนครสวรรค์"
        " เมื่อวันที่ 10-11 มิถุนายน 2567 ที่ผ่านมา ผู้บริหารท้องถิ่นได้ร่วมลงนามในปฏิญญา"
        "เมืองน่าอยู่และปลอดภัย เพื่อยกระดับความปลอดภัยทางถนน การจัดการขยะ และพื้นที่สีเขียว"
        "ในเขตเมือง\n\nเครือข่ายฯ จึงขอประกาศรายชื่อองค์กรปกครองส่วนท้องถิ่นที่ร่วมลงนาม ดังนี้",
        "ลำดับ\tองค์กรปกครองส่วนท้องถิ่น\tจังหวัด\tวันที่ลงนาม\n"
        "1\tกรุงเทพมหานคร\tกรุงเทพมหานคร\t10 มิ.ย. 2567\n"
        "2\tเทศบาลนครเชียงใหม่\tเชียงใหม่\t10 มิ.ย. 2567\n"
        "3\tเทศบาลนครขอนแก่น\tขอนแก่น\t10 มิ.ย. 2567\n"
        "4\tเทศบาลนครนครราชสีมา\tนครราชสีมา\t10 มิ.ย. 2567\n"
        "5\tเทศบาลนครหาดใหญ่\tสงขลา\t10 มิ.ย. 2567\n"
        "6\tเทศบาลนครอุดรธานี\tอุดรธานี\t10 มิ.ย. 2567\n"
        "7\tเทศบาลนครพิษณุโลก\tพิษณุโลก\t10 มิ.ย. 2567\n"
        "8\tเทศบาลนครระยอง\tระยอง\t11 มิ.ย. 2567\n"
        "9\tเทศบาลเมืองน่าน\tน่าน\t11 มิ.ย. 2567\n"
        "10\tองค์การบริหารส่วนจังหวัดภูเก็ต\tภูเก็ต\t11 มิ.ย. 2567\n"
        "11\tเทศบาลนครลำปาง\tลำปาง\t11 มิ.ย. 2567\n"
        "12\tเมืองพัทยา\tชลบุรี\t11 มิ.ย. 2567",
        "ทั้งนี้ เทศบาลนครนครสวรรค์ในฐานะเจ้าภาพการประชุม ทำหน้าที่เป็นสักขีพยานในการลงนาม\n\n"
        "ประกาศ ณ วันที่ 14 มิถุนายน พ.ศ. 2567\n"
        "นางสาวพิมพ์ชนก ศรีวงศ์ไทย\n"
        "ผู้ประสานงานเครือข่ายเมืองน่าอยู่และปลอดภัย",
        "Bangkok/TH; Chiang Mai/TH; Khon Kaen/TH; Nakhon Ratchasima/TH; Hat Yai/TH;"
        " Udon Thani/TH; Phitsanulok/TH; Rayong/TH; Nan/TH;"
        " Phuket Provincial Administrative Organization|Phuket Province|องค์การบริหารส่วน"
        "จังหวัดภูเก็ต/TH/province; Lampang/TH; Pattaya/TH",
    ),
    Page(
        "vi-r54a-upper-signature-blocks",
        "vi",
        "person_after;person_named_like_place;not_signatory;no_country",
        "Tuyên bố chung của các thành phố ven biển về thích ứng với nước biển dâng",
        (2024, 12, 5),
        "Ngày 3 tháng 12 năm 2024, tại Hội nghị các đô thị ven biển tổ chức ở Hà Nội, lãnh đạo"
        " các thành phố đã thông qua Tuyên bố chung về thích ứng với nước biển dâng. Các thành"
        " phố cam kết rà soát quy hoạch đô thị vùng ven biển, đầu tư hệ thống thoát nước chống"
        " ngập và chia sẻ dữ liệu quan trắc thủy văn.\n\n"
        "Tuyên bố được ký bởi:",
        "TM. ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nCHỦ TỊCH\n(đã ký)\nNguyễn Đức Thịnh\n\n"
        "TM. ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẠ LONG\nCHỦ TỊCH\n(đã ký)\nPhạm Thị Thu Hà\n\n"
        "TM. ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(đã ký)\n"
        "Trần Quang Vinh\n\n"
        "TM. ỦY BAN NHÂN DÂN\nTHÀNH PHỐ QUY NHƠN\nCHỦ TỊCH\n(đã ký)\nLê Văn Bình\n\n"
        "TM. ỦY BAN NHÂN DÂN\nTHÀNH PHỐ NHA TRANG\nCHỦ TỊCH\n(đã ký)\nHoàng Minh Tuấn\n\n"
        "TM. ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nCHỦ TỊCH\n(đã ký)\nVõ Thị Ngọc Lan",
        "Hội nghị lần sau dự kiến được tổ chức tại thành phố Đà Nẵng vào năm 2025.",
        "Haiphong|Hải Phòng/VN; Ha Long|Hạ Long/VN; Hue|Huế/VN; Quy Nhon|Qui Nhon/VN;"
        " Nha Trang/VN; Can Tho|Cần Thơ/VN",
    ),
    Page(
        "ka-r54a-bullets-few-joined",
        "ka",
        "bulleted;region_after;few;not_signatory;no_country",
        "მწვანე ქალაქების ქსელს სამი ქართული ქალაქი შეუერთდა",
        (2024, 9, 27),
        "თბილისში გამართულ მწვანე ქალაქების ქსელის გამგეობის სხდომაზე ქსელის წევრებად სამი"
        " ახალი ქალაქი მიიღეს. ახალმა წევრებმა ხელი მოაწერეს ქსელის ქარტიას, რომლითაც ისინი"
        " იღებენ ვალდებულებას, 2030 წლამდე გაზარდონ გამწვანებული ტერიტორიები და განავითარონ"
        " ველოსიპედის ინფრასტრუქტურა.\n\nქსელის ახალი წევრები:",
        "• ბათუმი (აჭარის ავტონომიური რესპუბლიკა)\n"
        "• ქუთაისი (იმერეთის მხარე)\n"
        "• თელავი (კახეთის მხარე)",
        "„ჩვენ მოხარულები ვართ, რომ ქსელი საქართველოს რეგიონებშიც ფართოვდება“, — განაცხადა"
        " ქსელის პრეზიდენტმა ნინო ბერიძე-ხარაძემ. ზუგდიდისა და გორის განაცხადები ჯერ"
        " განხილვის პროცესშია და გამგეობა მათ მომდევნო სხდომაზე განიხილავს.",
        "Batumi/GE; Kutaisi/GE; Telavi/GE",
    ),
]

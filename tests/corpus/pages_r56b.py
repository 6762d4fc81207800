"""Batch r56b: 14 pages in 14 languages around the world (cs, hu, ro, uk, sv, lt, ar, fa, ja,
ko, zh, th, id, sw), half joint statements signed by mayors, half member directories and news
of cities joining, 4 to 30 entries: Czech genitives after `primátor statutárního města` with a
region and a host city; a Hungarian directory under county headings; Romanian running text of
`municipiile X, Y și Z` beside a host; a Ukrainian tab table of hromadas with oblast and mayor
columns; Swedish signature blocks over `X kommun` with people named Mora and Sala and a region;
Lithuanian `X miesto savivaldybė` bullets; Arabic running text with `و` and countries in
brackets; a Persian directory under province headings with counts; Japanese `X市長 Name` lines
with a prefecture and a mayor named Matsumoto; Korean news of cities joining with `와`, `및`;
a Chinese PDF copy with page headers and `、`; a Thai tab table of `เทศบาลนคร X`; Indonesian
`Wali Kota X` signature blocks with a regency; Swahili running text of `Jiji la X` with
`na` and a Kenyan county. Written without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="cs-r56b-prohlaseni-primatoru-genitiv",
        language="cs",
        kinds="one_a_line;inflected;person_before;person_named_like_place;not_signatory;body_not_city",
        title="Společné prohlášení měst k dostupnému bydlení",
        date=(2025, 10, 14),
        before=(
            "Zástupci českých měst se 13. října 2025 sešli v Olomouci na výročním setkání "
            "sítě Města pro domov. Hostitelem setkání bylo statutární město Olomouc, které "
            "prohlášení jako pořadatel nepodepsalo.\n\n"
            "My, níže podepsaní představitelé měst a krajů, se zavazujeme do roku 2030 "
            "zdvojnásobit počet obecních bytů, podporovat družstevní výstavbu a sdílet data "
            "o cenách nájmů. Vyzýváme vládu, aby městům umožnila čerpat prostředky z "
            "Národního plánu obnovy přímo.\n\n"
            "Prohlášení podepsali:"
        ),
        listing=(
            "Mgr. Tereza Vaňková, primátorka statutárního města Brna\n"
            "Ing. Pavel Kolář, primátor statutárního města Ostravy\n"
            "Bc. Lucie Horáková, primátorka statutárního města Plzně\n"
            "Mgr. Jiří Tábor, primátor statutárního města Liberce\n"
            "Ing. Alena Dvořáková, primátorka statutárního města Hradce Králové\n"
            "Ing. Martin Beneš, primátor statutárního města Českých Budějovic\n"
            "PhDr. Radek Novotný, primátor statutárního města Pardubic\n"
            "Mgr. Eva Kolínová, primátorka statutárního města Zlína\n"
            "Ing. Tomáš Pokorný, primátor statutárního města Jihlavy\n"
            "MUDr. Hana Svobodová, starostka města Písku\n"
            "Ing. Petr Marek, hejtman Jihomoravského kraje"
        ),
        after=(
            "Další města mohou k prohlášení přistoupit písemně prostřednictvím sekretariátu "
            "sítě. Příští setkání se uskuteční na jaře 2026 v Třebíči."
        ),
        expected=(
            "Brno/CZ; Ostrava/CZ; Plzeň|Pilsen/CZ; Liberec/CZ; Hradec Králové/CZ; "
            "České Budějovice/CZ; Pardubice/CZ; Zlín/CZ; Jihlava/CZ; Písek/CZ; "
            "Jihomoravský kraj|South Moravian Region/CZ/region"
        ),
    ),
    Page(
        name="hu-r56b-tagvarosok-megyek-szerint",
        language="hu",
        kinds="one_a_line;region_heading;columns_after;not_signatory;teasers",
        title="Tagvárosaink vármegyék szerint",
        date=(2025, 6, 2),
        before=(
            "Az Egészséges Kisvárosok Szövetségének jelenleg 14 tagtelepülése van. Az "
            "alábbi listában vármegyénként, a csatlakozás évével együtt soroljuk fel "
            "tagjainkat. A szövetség titkársága Kecskeméten működik."
        ),
        listing=(
            "Baranya vármegye\n"
            "Pécs – 2012\n"
            "Mohács – 2019\n\n"
            "Csongrád-Csanád vármegye\n"
            "Szeged – 2012\n"
            "Hódmezővásárhely – 2016\n\n"
            "Hajdú-Bihar vármegye\n"
            "Debrecen – 2013\n"
            "Hajdúszoboszló – 2021\n\n"
            "Győr-Moson-Sopron vármegye\n"
            "Győr – 2012\n"
            "Mosonmagyaróvár – 2018\n"
            "Sopron – 2014\n\n"
            "Heves vármegye\n"
            "Eger – 2015\n"
            "Gyöngyös – 2022\n\n"
            "Veszprém vármegye\n"
            "Veszprém – 2013\n"
            "Balatonfüred – 2020\n\n"
            "Somogy vármegye\n"
            "Siófok – 2024"
        ),
        after=(
            "Csatlakozni szeretne? Írjon nekünk, és munkatársunk felveszi Önnel a "
            "kapcsolatot.\n\nTovábbi hírek: Kaposvár is érdeklődik a program iránt"
        ),
        expected=(
            "Pécs/HU; Mohács/HU; Szeged/HU; Hódmezővásárhely/HU; Debrecen/HU; "
            "Hajdúszoboszló/HU; Győr/HU; Mosonmagyaróvár/HU; Sopron/HU; Eger/HU; "
            "Gyöngyös/HU; Veszprém/HU; Balatonfüred/HU; Siófok/HU"
        ),
    ),
    Page(
        name="ro-r56b-aderare-municipii-text",
        language="ro",
        kinds="running_text;not_signatory;teasers",
        title="Patru orașe noi s-au alăturat Rețelei Orașelor Verzi din România",
        date=(2025, 3, 27),
        before=(
            "Adunarea generală a Rețelei Orașelor Verzi, găzduită săptămâna trecută de "
            "Primăria Municipiului Timișoara, a aprobat cererile de aderare a patru noi "
            "membri."
        ),
        listing=(
            "Începând cu 1 aprilie, rețeaua îi primește oficial pe reprezentanții "
            "municipiilor Cluj-Napoca, Sibiu și Alba Iulia, precum și ai orașului "
            "Sighișoara, care au semnat carta de aderare în prezența primarului gazdă."
        ),
        after=(
            "„Ne bucurăm că tot mai multe orașe din Transilvania aleg mobilitatea curată”, "
            "a declarat Ioana Drăgulescu, președinta rețelei.\n\n"
            "Citiți și:\n"
            "Oradea și Suceava au lansat primele autobuze electrice\n"
            "Conferința anuală va avea loc la Iași"
        ),
        expected="Cluj-Napoca/RO; Sibiu/RO; Alba Iulia/RO; Sighișoara/RO",
    ),
    Page(
        name="uk-r56b-tablytsia-hromad",
        language="uk",
        kinds="table_tabs;numbered;inflected;columns_after;region_after;person_after",
        title="Громади – учасниці Хартії відновлення",
        date=(2025, 9, 8),
        before=(
            "Хартію відновлення міст підписали дванадцять територіальних громад. Нижче "
            "наведено перелік громад, що підписали документ, із зазначенням області та "
            "міського голови."
        ),
        listing=(
            "№\tГромада\tОбласть\tМіський голова\n"
            "1\tЛьвівська міська територіальна громада\tЛьвівська\tОлег Мазур\n"
            "2\tВінницька міська територіальна громада\tВінницька\tІрина Коваль\n"
            "3\tЖитомирська міська територіальна громада\tЖитомирська\tАндрій Ткачук\n"
            "4\tЧернігівська міська територіальна громада\tЧернігівська\tНаталія Бондар\n"
            "5\tПолтавська міська територіальна громада\tПолтавська\tСергій Литвин\n"
            "6\tСумська міська територіальна громада\tСумська\tОксана Гребенюк\n"
            "7\tЧеркаська міська територіальна громада\tЧеркаська\tВасиль Остапенко\n"
            "8\tІвано-Франківська міська територіальна громада\tІвано-Франківська\t"
            "Марія Федорів\n"
            "9\tТернопільська міська територіальна громада\tТернопільська\tЮрій Гнатюк\n"
            "10\tУжгородська міська територіальна громада\tЗакарпатська\tТарас Сабо\n"
            "11\tЛуцька міська територіальна громада\tВолинська\tЛюдмила Кравчук\n"
            "12\tРівненська міська територіальна громада\tРівненська\tДмитро Савчук"
        ),
        after=(
            "Координатор Хартії – Асоціація відновлюваних міст (м. Київ). Приєднатися до "
            "Хартії можуть громади з усіх областей України."
        ),
        expected=(
            "Lviv/UA; Vinnytsia|Vinnytsya/UA; Zhytomyr/UA; Chernihiv/UA; Poltava/UA; Sumy/UA; "
            "Cherkasy/UA; Ivano-Frankivsk/UA; Ternopil/UA; Uzhhorod/UA; Lutsk/UA; Rivne/UA"
        ),
    ),
    Page(
        name="sv-r56b-upprop-namnblock-kommun",
        language="sv",
        kinds="one_a_line;inflected;person_before;person_named_like_place;body_not_city;not_signatory",
        title="Norrlandskommunernas upprop för en robust elförsörjning",
        date=(2025, 11, 20),
        before=(
            "Vid Nätverket Hållbar Norrs höstmöte i Sundsvall den 19 november antogs ett "
            "gemensamt upprop till regeringen. Sundsvalls kommun stod värd för mötet men "
            "undertecknar inte uppropet, eftersom kommunen leder nätverkets kansli.\n\n"
            "Vi kräver snabbare utbyggnad av stamnätet, lokalt inflytande över "
            "vindkraftsetableringar och att en del av intäkterna stannar i de kommuner som "
            "producerar elen.\n\n"
            "Undertecknat av"
        ),
        listing=(
            "Johanna Mora\nkommunstyrelsens ordförande\nUmeå kommun\n\n"
            "Per-Erik Lindqvist\nkommunstyrelsens ordförande\nLuleå kommun\n\n"
            "Anders Sala\nkommunalråd\nSkellefteå kommun\n\n"
            "Lena Hedlund\nkommunstyrelsens ordförande\nÖstersunds kommun\n\n"
            "Mikael Nordin\nkommunstyrelsens ordförande\nGävle kommun\n\n"
            "Sara Berglund\nkommunstyrelsens ordförande\nFalu kommun\n\n"
            "Karin Öberg\nregionstyrelsens ordförande\nRegion Västerbotten\n\n"
            "Jonas Eklund\nkommunstyrelsens ordförande\nÖrnsköldsviks kommun"
        ),
        after=(
            "Uppropet är öppet för fler kommuner och regioner. Kontakta nätverkets kansli "
            "på Storgatan 12 i Sundsvall."
        ),
        expected=(
            "Umeå/SE; Luleå/SE; Skellefteå/SE; Östersund/SE; Gävle/SE; Falun/SE; "
            "Region Västerbotten|Västerbotten/SE/region; Örnsköldsvik/SE"
        ),
    ),
    Page(
        name="lt-r56b-nariai-savivaldybes",
        language="lt",
        kinds="bulleted;inflected",
        title="Asociacijos „Sveikos bendruomenės“ nariai",
        date=(2025, 5, 16),
        before=(
            "Asociaciją „Sveikos bendruomenės“ 2018 m. įkūrė penkios savivaldybės, o šiandien "
            "ją sudaro devynios. Nariai keičiasi patirtimi visuomenės sveikatos srityje ir "
            "kartu rengia projektus.\n\nAsociacijos narės:"
        ),
        listing=(
            "• Vilniaus miesto savivaldybė\n"
            "• Kauno miesto savivaldybė\n"
            "• Klaipėdos miesto savivaldybė\n"
            "• Šiaulių miesto savivaldybė\n"
            "• Panevėžio miesto savivaldybė\n"
            "• Alytaus miesto savivaldybė\n"
            "• Palangos miesto savivaldybė\n"
            "• Druskininkų savivaldybė\n"
            "• Birštono savivaldybė"
        ),
        after=(
            "Asociacijos buveinė – Laisvės al. 40, Kaunas. Norinčios įstoti savivaldybės "
            "kviečiamos kreiptis el. paštu."
        ),
        expected=(
            "Vilnius/LT; Kaunas/LT; Klaipėda/LT; Šiauliai/LT; Panevėžys/LT; Alytus/LT; "
            "Palanga/LT; Druskininkai/LT; Birštonas/LT"
        ),
    ),
    Page(
        name="ar-r56b-bayan-rusaa-baladiyat-nass",
        language="ar",
        kinds="running_text;country_in_language;region_after;not_signatory",
        title="رؤساء بلديات المغرب العربي يوقعون بيان المدن الساحلية",
        date=(2025, 4, 22),
        before=(
            "اختُتمت في مدينة الرباط أشغال الملتقى الثالث لشبكة المدن الساحلية المتوسطية، "
            "الذي احتضنته جماعة الرباط بحضور ممثلين عن وزارات الداخلية والبيئة. وتبنى "
            "المشاركون بيانًا مشتركًا يدعو إلى حماية الشريط الساحلي وتمويل مشاريع التكيف "
            "مع ارتفاع منسوب مياه البحر."
        ),
        listing=(
            "ووقّع على البيان رؤساء بلديات صفاقس وسوسة وبنزرت والمنستير (تونس)، ووهران "
            "وعنابة (الجزائر)، ورؤساء مجالس جماعات طنجة وأكادير وتطوان (المغرب)."
        ),
        after=(
            "وأكد رئيس الشبكة، السيد كريم بنعلي، أن البيان سيُرفع إلى الاتحاد من أجل "
            "المتوسط في برشلونة قبل نهاية السنة."
        ),
        expected=(
            "Sfax/TN; Sousse/TN; Bizerte/TN; Monastir/TN; Oran/DZ; Annaba/DZ; "
            "Tangier/MA; Agadir/MA; Tetouan|Tétouan/MA"
        ),
    ),
    Page(
        name="fa-r56b-azaa-shahrdariha-ostan",
        language="fa",
        kinds="one_a_line;region_heading;not_signatory",
        title="فهرست شهرداری‌های عضو شبکه شهرهای تاریخی ایران",
        date=(2025, 1, 18),
        before=(
            "شبکه شهرهای تاریخی ایران در سال ۱۳۹۸ با هدف حفاظت از بافت‌های تاریخی و "
            "تبادل تجربه میان شهرداری‌ها تأسیس شد. دبیرخانه شبکه در تهران مستقر است. "
            "فهرست اعضا به تفکیک استان:"
        ),
        listing=(
            "استان اصفهان (۳ عضو)\n"
            "شهرداری اصفهان\n"
            "شهرداری کاشان\n"
            "شهرداری نجف‌آباد\n\n"
            "استان فارس (۲ عضو)\n"
            "شهرداری شیراز\n"
            "شهرداری مرودشت\n\n"
            "استان آذربایجان شرقی (۲ عضو)\n"
            "شهرداری تبریز\n"
            "شهرداری مراغه\n\n"
            "استان خراسان رضوی (۲ عضو)\n"
            "شهرداری مشهد\n"
            "شهرداری نیشابور\n\n"
            "استان یزد (۱ عضو)\n"
            "شهرداری یزد\n\n"
            "استان کرمان (۱ عضو)\n"
            "شهرداری کرمان\n\n"
            "استان گیلان (۱ عضو)\n"
            "شهرداری رشت"
        ),
        after="برای عضویت در شبکه، درخواست خود را به دبیرخانه ارسال کنید.",
        expected=(
            "Isfahan/IR; Kashan/IR; Najafabad|Najafābād/IR; Shiraz/IR; Marvdasht/IR; "
            "Tabriz/IR; Maragheh|Marāgheh/IR; Mashhad/IR; Neyshabur|Neyshābūr/IR; "
            "Yazd/IR; Kerman/IR; Rasht/IR"
        ),
    ),
    Page(
        name="ja-r56b-kyodo-seimei-shicho",
        language="ja",
        kinds="one_a_line;person_after;person_named_like_place;body_not_city;not_signatory",
        title="脱炭素先行都市共同声明",
        date=(2025, 7, 30),
        before=(
            "2025年7月29日、金沢市において「脱炭素都市ネットワーク」の首長会議が開催され、"
            "参加自治体の首長が共同声明に署名しました。開催市である金沢市は事務局として"
            "会議を運営しました。\n\n"
            "私たちは、2050年までに温室効果ガス排出量を実質ゼロとすることを目指し、"
            "再生可能エネルギーの地産地消と公共交通の充実に共同で取り組みます。\n\n"
            "署名者一覧"
        ),
        listing=(
            "札幌市長　佐藤 真理子\n"
            "旭川市長　高橋 健一\n"
            "仙台市長　伊藤 美紀\n"
            "新潟市長　渡辺 誠\n"
            "長野県知事　中村 浩二\n"
            "富山市長　小林 由美\n"
            "豊田市長　松本 美咲\n"
            "浜松市長　加藤 大輔\n"
            "岡山市長　山本 直樹\n"
            "熊本市長　井上 彩"
        ),
        after="（署名順）\n\n問い合わせ先：脱炭素都市ネットワーク事務局（金沢市環境局内）",
        expected=(
            "Sapporo/JP; Asahikawa/JP; Sendai/JP; Niigata/JP; "
            "Nagano Prefecture|長野県/JP/region; Toyama/JP; Toyota/JP; Hamamatsu/JP; "
            "Okayama/JP; Kumamoto/JP"
        ),
    ),
    Page(
        name="ko-r56b-sinkyu-gaip-dosi",
        language="ko",
        kinds="running_text;not_signatory;body_not_city;teasers",
        title="수원시·전주시 등 4개 지자체, 걷기 좋은 도시 네트워크 신규 가입",
        date=(2025, 8, 12),
        before=(
            "걷기 좋은 도시 네트워크는 11일 서울시청에서 정기총회를 열고 신규 회원 가입을 "
            "승인했다. 이날 총회는 서울특별시가 개최했다."
        ),
        listing=(
            "이번에 새로 가입한 지방자치단체는 수원시와 전주시, 춘천시 및 "
            "제주특별자치도로, 이로써 네트워크 회원은 모두 27곳으로 늘었다."
        ),
        after=(
            '네트워크 사무국 관계자는 "보행 친화 정책을 함께 만들어 갈 도시가 늘어 '
            '기쁘다"고 말했다.\n\n관련 기사\n창원시, 보행자 우선도로 10곳 추가 지정\n'
            "원주시 도심 보행환경 개선 사업 착수"
        ),
        expected=(
            "Suwon/KR; Jeonju/KR; Chuncheon/KR; "
            "Jeju Special Self-Governing Province|제주특별자치도/KR/province"
        ),
    ),
    Page(
        name="zh-r56b-changyi-pdf-qianshu-chengshi",
        language="zh",
        kinds="several_a_line;broken_lines;not_signatory",
        title="城市可持续交通倡议书",
        date=(2025, 9, 26),
        before=(
            "2025年9月25日，“城市绿色出行联盟”年会在杭州举行。会议由杭州市人民政府承办，"
            "与会城市共同发布《城市可持续交通倡议书》。以下为倡议书PDF文本。\n\n"
            "一、优先发展公共交通，到2030年绿色出行比例达到75%以上。\n"
            "二、完善步行和自行车网络，保障行人安全。\n"
            "三、推动公交车辆全面电动化。\n\n"
            "城市绿色出行联盟　　　　　　　　　　　第 1 页 共 3 页\n\n"
            "签署城市（按签署顺序）："
        ),
        listing=(
            "成都市、武汉市、青岛市、厦门市、深圳市、苏州市、\n"
            "西安市、昆明市、大连市、宁波市、长沙市、南京市、\n"
            "重庆市、哈尔滨市、合肥市、福州市、贵阳市、南宁市、\n"
            "\n城市绿色出行联盟　　　　　　　　　　　第 2 页 共 3 页\n\n"
            "兰州市、济南市、郑州市、太原市、沈阳市、长春市、\n"
            "南昌市、海口市、呼和浩特市、乌鲁木\n齐市、拉萨市、"
            "西宁市"
        ),
        after="\n联盟秘书处（北京市朝阳区）\n2025年9月",
        expected=(
            "Chengdu/CN; Wuhan/CN; Qingdao/CN; Xiamen/CN; Shenzhen/CN; Suzhou/CN; Xi'an/CN; "
            "Kunming/CN; Dalian/CN; Ningbo/CN; Changsha/CN; Nanjing/CN; Chongqing/CN; "
            "Harbin/CN; Hefei/CN; Fuzhou/CN; Guiyang/CN; Nanning/CN; Lanzhou/CN; Jinan/CN; "
            "Zhengzhou/CN; Taiyuan/CN; Shenyang/CN; Changchun/CN; Nanchang/CN; Haikou/CN; "
            "Hohhot/CN; Urumqi/CN; Lhasa/CN; Xining/CN"
        ),
    ),
    Page(
        name="th-r56b-tarang-thetsaban-nakhon",
        language="th",
        kinds="table_tabs;numbered;region_after;columns_after",
        title="รายชื่อเทศบาลสมาชิกเครือข่ายเมืองน่าอยู่",
        date=(2025, 2, 10),
        before=(
            "เครือข่ายเมืองน่าอยู่ประเทศไทยมีสมาชิกเป็นเทศบาลนครและเทศบาลเมืองจากทุกภาค "
            "สำนักงานเลขาธิการตั้งอยู่ที่กรุงเทพมหานคร รายชื่อสมาชิกปัจจุบันมีดังนี้"
        ),
        listing=(
            "ลำดับ\tชื่อเทศบาล\tจังหวัด\tปีที่เข้าร่วม\n"
            "1\tเทศบาลนครเชียงใหม่\tเชียงใหม่\t2560\n"
            "2\tเทศบาลนครขอนแก่น\tขอนแก่น\t2560\n"
            "3\tเทศบาลนครนครราชสีมา\tนครราชสีมา\t2561\n"
            "4\tเทศบาลนครอุดรธานี\tอุดรธานี\t2561\n"
            "5\tเทศบาลนครภูเก็ต\tภูเก็ต\t2562\n"
            "6\tเทศบาลนครหาดใหญ่\tสงขลา\t2562\n"
            "7\tเทศบาลนครนครศรีธรรมราช\tนครศรีธรรมราช\t2563\n"
            "8\tเทศบาลนครพิษณุโลก\tพิษณุโลก\t2563\n"
            "9\tเทศบาลนครเชียงราย\tเชียงราย\t2564\n"
            "10\tเทศบาลนครยะลา\tยะลา\t2565\n"
            "11\tเทศบาลนครระยอง\tระยอง\t2566"
        ),
        after="เทศบาลที่สนใจสมัครเป็นสมาชิก สามารถติดต่อสำนักงานเลขาธิการได้ในวันและเวลาราชการ",
        expected=(
            "Chiang Mai/TH; Khon Kaen/TH; Nakhon Ratchasima/TH; Udon Thani/TH; Phuket/TH; "
            "Hat Yai/TH; Nakhon Si Thammarat/TH; Phitsanulok/TH; Chiang Rai/TH; Yala/TH; "
            "Rayong/TH"
        ),
    ),
    Page(
        name="id-r56b-deklarasi-wali-kota-ttd",
        language="id",
        kinds="one_a_line;person_after;body_not_city;not_signatory",
        title="Deklarasi Makassar tentang Kota Tangguh Bencana",
        date=(2025, 11, 5),
        before=(
            "Pada Rapat Kerja Jaringan Kota Tangguh Indonesia yang diselenggarakan oleh "
            "Pemerintah Kota Makassar pada 4 November 2025, para kepala daerah menyepakati "
            "deklarasi berikut. Kota Makassar selaku tuan rumah dan sekretariat jaringan "
            "tidak turut menandatangani.\n\n"
            "Kami berkomitmen untuk memperkuat sistem peringatan dini, menyusun rencana "
            "kontinjensi di setiap kelurahan, dan melibatkan masyarakat dalam pengurangan "
            "risiko bencana.\n\n"
            "Ditandatangani di Makassar, 4 November 2025"
        ),
        listing=(
            "Wali Kota Surabaya,\nttd.\nDewi Anggraini\n\n"
            "Wali Kota Semarang,\nttd.\nBudi Hartono\n\n"
            "Wali Kota Balikpapan,\nttd.\nRina Marlina\n\n"
            "Wali Kota Denpasar,\nttd.\nI Made Suardana\n\n"
            "Wali Kota Padang,\nttd.\nAndi Saputra\n\n"
            "Wali Kota Manado,\nttd.\nYohana Lumenta\n\n"
            "Bupati Banyuwangi,\nttd.\nSiti Rahmawati\n\n"
            "Wali Kota Pontianak,\nttd.\nHendra Gunawan"
        ),
        after=(
            "Deklarasi ini terbuka bagi pemerintah kota dan kabupaten lain yang ingin bergabung."
        ),
        expected=(
            "Surabaya/ID; Semarang/ID; Balikpapan/ID; Denpasar/ID; Padang/ID; Manado/ID; "
            "Kabupaten Banyuwangi|Banyuwangi Regency/ID/county; Pontianak/ID"
        ),
    ),
    Page(
        name="sw-r56b-habari-majiji-kujiunga",
        language="sw",
        kinds="running_text;country_in_language;body_not_city;not_signatory",
        title="Miji mitano yajiunga na Mtandao wa Miji Safi Afrika Mashariki",
        date=(2025, 6, 19),
        before=(
            "Mkutano wa mwaka wa Mtandao wa Miji Safi Afrika Mashariki uliofanyika jijini "
            "Mwanza wiki iliyopita umeidhinisha wanachama wapya watano. Mkutano huo "
            "uliandaliwa na Halmashauri ya Jiji la Mwanza."
        ),
        listing=(
            "Wanachama wapya ni Jiji la Arusha, Manispaa ya Moshi, Manispaa ya Iringa na "
            "Jiji la Tanga kutoka Tanzania, pamoja na Kaunti ya Kisumu kutoka Kenya."
        ),
        after=(
            "Mwenyekiti wa mtandao, Bi. Neema Mushi, alisema miji hiyo itashiriki katika "
            "mradi wa kudhibiti taka ngumu unaoanza mwezi Septemba.\n\n"
            "Ofisi ya sekretarieti: Barabara ya Jamhuri, Dodoma."
        ),
        expected=(
            "Arusha/TZ; Moshi/TZ; Iringa/TZ; Tanga/TZ; Kisumu County|Kaunti ya Kisumu/KE/county"
        ),
    ),
]

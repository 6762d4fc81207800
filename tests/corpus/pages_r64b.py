"""Batch r64b: 14 pages written during round 64 (branch wr64b), one language each, outside
the importer's main languages: fi (`Name, X:n kaupunginjohtaja` lines with genitives and a
regional council), et (news of joining in running text with `ja`, a venue `Tartus`, a union of
municipalities), lv (a tab table of `X valstspilsētas pašvaldība` / `X novada pašvaldība` with
planning regions and a planning region as a member), lt (a PDF copy of a memorandum, hyphenated
genitives, page headers, district municipalities), el (`Για τον Δήμο` signature blocks in the
genitive, a region, a venue), bg (a members' directory of 26 `Община X` under `Област`
headings), uk (running text of genitives with `та` and `і`, a venue `у Києві`), tr (a table
aligned with spaces, district and metropolitan municipalities, a union of municipalities), ar
Maghreb (news of five cities joining, `و` glued to names, countries in Arabic, a host), he
(`Name, ראש עיריית X` lines, a mayor named Ariel, a union of towns), fa (a tab table with
Persian digits, provinces named like their capitals), hi (41 `नगर निगम` under state headings),
bn (a PDF copy of city corporations and pourashavas with page headers and a broken line), vi
(news of three cities and a province joining, a host city and a president from another).
Written without reading the reader or running it."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

PAGES.append(
    Page(
        name="fi-r64b-julkilausuma-nimi-kaupunginjohtaja-genetiivi-maakuntaliitto",
        language="fi",
        kinds="one_a_line;inflected;person_before;body_not_city;not_signatory;no_country",
        title="Kaupunkien yhteinen julkilausuma kestävästä liikkumisesta",
        date=(2026, 10, 14),
        before=(
            "Pohjoisten kestävien kaupunkien verkosto kokoontui syyskuussa Tampereella "
            "pidettyyn vuosikokoukseen. Kokouksessa hyväksyttiin julkilausuma, jossa "
            "kaupungit sitoutuvat puolittamaan henkilöautoliikenteen päästöt vuoteen 2035 "
            "mennessä ja lisäämään joukkoliikenteen ja pyöräilyn osuutta matkoista.\n\n"
            "Allekirjoittajat sitoutuvat raportoimaan edistymisestään verkostolle kerran "
            "vuodessa ja jakamaan hyviä käytäntöjä toisilleen.\n\n"
            "Julkilausuman ovat allekirjoittaneet:"
        ),
        listing=(
            "Aino Lindqvist, Porvoon kaupunginjohtaja\n"
            "Matti Keränen, Hämeenlinnan kaupunginjohtaja\n"
            "Sari Hyvönen, Lappeenrannan kaupunginjohtaja\n"
            "Jussi Pelkonen, Joensuun kaupunginjohtaja\n"
            "Hanna Mäkelä, Seinäjoen kaupunginjohtaja\n"
            "Timo Rautio, Rovaniemen kaupunginjohtaja\n"
            "Kirsi Haapala, Kokkolan kaupunginjohtaja\n"
            "Petri Lyytikäinen, Mikkelin kaupunginjohtaja\n"
            "Elina Korhonen, Pirkanmaan liiton maakuntajohtaja"
        ),
        after=(
            "Verkoston seuraava vuosikokous järjestetään Oulussa keväällä 2027. "
            "Lisätietoja antaa verkoston koordinaattori Laura Niskanen."
        ),
        expected=(
            "Porvoo/FI; Hämeenlinna/FI; Lappeenranta/FI; Joensuu/FI; Seinäjoki/FI; "
            "Rovaniemi/FI; Kokkola/FI; Mikkeli/FI; "
            "Pirkanmaan liitto|Council of Tampere Region|Pirkanmaa/FI/region"
        ),
    )
)

PAGES.append(
    Page(
        name="et-r64b-uudis-liitusid-linnad-ja-omavalitsuste-liit-tartus",
        language="et",
        kinds="running_text;not_signatory;body_not_city;few;no_country",
        title="Võrgustikuga liitusid kolm linna ja üks omavalitsuste liit",
        date=(2026, 5, 22),
        before=(
            "Rohelise Linna Koostöövõrgustiku üldkoosolek toimus sel nädalal Tartus, "
            "Tartu Ülikooli aulas."
        ),
        listing=(
            "Üldkoosolek kiitis heaks uute liikmete avaldused: võrgustikuga liitusid "
            "Haapsalu linn, Võru linn, Paide linn ja Harjumaa Omavalitsuste Liit."
        ),
        after=(
            "„Meil on hea meel, et võrgustik kasvab ka väiksemate linnade arvel,“ ütles "
            "võrgustiku juhatuse esimees Kristjan Aavik Pärnust. Uued liikmed osalevad "
            "esimest korda ühisprojektides juba sügisel.\n\n"
            "Võrgustikus on nüüd 27 liiget üle Eesti."
        ),
        expected=(
            "Haapsalu/EE; Võru/EE; Paide/EE; "
            "Harjumaa Omavalitsuste Liit|Association of Municipalities of Harju County"
            "/EE/union of municipalities"
        ),
    )
)

PAGES.append(
    Page(
        name="lv-r64b-tabula-tab-pasvaldiba-planosanas-regions-gads",
        language="lv",
        kinds="table_tabs;numbered;inflected;columns_after;body_not_city;no_country",
        title="Tīkla dalībpašvaldības",
        date=(2026, 3, 9),
        before=(
            "Latvijas Ilgtspējīgo pašvaldību tīklā darbojas pašvaldības un plānošanas "
            "reģioni, kas apņēmušies kopīgi samazināt siltumnīcefekta gāzu emisijas. "
            "Zemāk – dalībnieku saraksts un pievienošanās gads."
        ),
        listing=(
            "Nr.\tPašvaldība\tPlānošanas reģions\tPievienojās\n"
            "1.\tJelgavas valstspilsētas pašvaldība\tZemgale\t2017\n"
            "2.\tLiepājas valstspilsētas pašvaldība\tKurzeme\t2017\n"
            "3.\tVentspils valstspilsētas pašvaldība\tKurzeme\t2018\n"
            "4.\tValmieras novada pašvaldība\tVidzeme\t2019\n"
            "5.\tCēsu novada pašvaldība\tVidzeme\t2019\n"
            "6.\tDaugavpils valstspilsētas pašvaldība\tLatgale\t2020\n"
            "7.\tSiguldas novada pašvaldība\tVidzeme\t2021\n"
            "8.\tTalsu novada pašvaldība\tKurzeme\t2022\n"
            "9.\tKuldīgas novada pašvaldība\tKurzeme\t2022\n"
            "10.\tRēzeknes valstspilsētas pašvaldība\tLatgale\t2023\n"
            "11.\tKurzemes plānošanas reģions\t–\t2024"
        ),
        after=("Vēlaties pievienoties? Sazinieties ar tīkla sekretariātu Rīgā, Elizabetes ielā 2."),
        expected=(
            "Jelgava/LV; Liepāja/LV; Ventspils/LV; Valmiera/LV; Cēsis/LV; Daugavpils/LV; "
            "Sigulda/LV; Talsi/LV; Kuldīga/LV; Rēzekne/LV; "
            "Kurzemes plānošanas reģions|Kurzeme Planning Region/LV/region"
        ),
    )
)

PAGES.append(
    Page(
        name="lt-r64b-pdf-memorandumas-savivaldybes-kelties-puslapiai-rajono",
        language="lt",
        kinds="one_a_line;broken_lines;inflected;person_after;body_not_city;no_country",
        title="Memorandumas dėl švaraus oro miestuose",
        date=(2026, 6, 30),
        before=(
            "Skelbiame memorandumo tekstą, nukopijuotą iš pasirašyto PDF dokumento.\n\n"
            "Savivaldybės, pasirašiusios šį memorandumą, įsipareigoja iki 2030 metų "
            "įrengti oro kokybės jutiklių tinklą, mažinti taršą iš transporto ir "
            "kasmet skelbti matavimų rezultatus gyventojams.\n\n"
            "MEMORANDUMĄ PASIRAŠĖ:"
        ),
        listing=(
            "Kauno miesto savivaldybė – meras Tomas Jankauskas\n"
            "Šiaulių miesto savivaldybė – merė Rasa Petrulienė\n"
            "Panevė-\n"
            "žio miesto savivaldybė – meras Darius Kairys\n"
            "Alytaus miesto savivaldybė – meras Andrius Vaitkus\n"
            "\n"
            "Švaraus oro miestų aljansas · Memorandumas · 2 psl. iš 3\n"
            "\n"
            "Marijampolės savivaldybė – merė Jolanta Stankevičienė\n"
            "Druskininkų savivaldybė – meras Vytautas Grigas\n"
            "Klaipėdos miesto savivaldybė – mero pavaduotoja Eglė Budrienė\n"
            "Kėdainių rajono savivaldybė – meras Mindaugas Zakaras\n"
            "Telšių rajono savi-\n"
            "valdybė – merė Lina Mockienė"
        ),
        after=(
            "Švaraus oro miestų aljansas · Memorandumas · 3 psl. iš 3\n\n"
            "Memorandumas pasirašytas 2026 m. birželio 18 d. Vilniuje, Savivaldybių "
            "asociacijos būstinėje."
        ),
        expected=(
            "Kaunas/LT; Šiauliai/LT; Panevėžys/LT; Alytus/LT; Marijampolė/LT; "
            "Druskininkai/LT; Klaipėda/LT; "
            "Kėdainių rajono savivaldybė|Kėdainiai District Municipality/LT/county; "
            "Telšių rajono savivaldybė|Telšiai District Municipality/LT/county"
        ),
    )
)

PAGES.append(
    Page(
        name="el-r64b-ypografes-gia-ton-dimo-genikh-perifereia-thessalias",
        language="el",
        kinds="inflected;person_after;body_not_city;not_signatory;no_country",
        title="Κοινή διακήρυξη δήμων για το νερό",
        date=(2026, 4, 3),
        before=(
            "Στη Θεσσαλονίκη, στις 28 Μαρτίου 2026, οι δήμοι-μέλη του Δικτύου Πόλεων "
            "για το Νερό υπέγραψαν κοινή διακήρυξη για τη μείωση των απωλειών στα δίκτυα "
            "ύδρευσης και την επαναχρησιμοποίηση του νερού.\n\n"
            "Οι υπογράφοντες δεσμεύονται να υλοποιήσουν σχέδιο δράσης έως το 2030.\n\n"
            "Υπογραφές"
        ),
        listing=(
            "Για τον Δήμο Ηρακλείου\n"
            "Ο Δήμαρχος\n"
            "Νικόλαος Παπαδάκης\n"
            "\n"
            "Για τον Δήμο Χανίων\n"
            "Η Δήμαρχος\n"
            "Ελένη Μαυράκη\n"
            "\n"
            "Για τον Δήμο Ρεθύμνης\n"
            "Ο Δήμαρχος\n"
            "Γεώργιος Σταυρουλάκης\n"
            "\n"
            "Για τον Δήμο Καβάλας\n"
            "Ο Αντιδήμαρχος\n"
            "Παναγιώτης Κυριαζής\n"
            "\n"
            "Για τον Δήμο Τρικκαίων\n"
            "Ο Δήμαρχος\n"
            "Αθανάσιος Ζιώγας\n"
            "\n"
            "Για τον Δήμο Λαμιέων\n"
            "Η Δήμαρχος\n"
            "Μαρία Τσιρώνη\n"
            "\n"
            "Για την Περιφέρεια Θεσσαλίας\n"
            "Ο Περιφερειάρχης\n"
            "Κωνσταντίνος Μπαλτάς"
        ),
        after=("Η επόμενη συνάντηση του δικτύου θα πραγματοποιηθεί στην Πάτρα τον Οκτώβριο."),
        expected=(
            "Heraklion/GR; Chania/GR; Rethymno/GR; Kavala/GR; Trikala/GR; Lamia/GR; "
            "Περιφέρεια Θεσσαλίας|Region of Thessaly|Thessaly/GR/region"
        ),
    )
)

_BG = [
    ("Пловдив", ["Пловдив", "Асеновград", "Карлово"]),
    ("Варна", ["Варна", "Балчик"]),
    ("Бургас", ["Бургас", "Несебър", "Поморие", "Созопол"]),
    ("Русе", ["Русе"]),
    ("Стара Загора", ["Стара Загора", "Казанлък"]),
    ("Плевен", ["Плевен"]),
    ("Велико Търново", ["Велико Търново"]),
    ("Габрово", ["Габрово"]),
    ("Благоевград", ["Благоевград", "Сандански"]),
    ("София", ["Самоков", "Ботевград"]),
    ("Шумен", ["Шумен"]),
    ("Смолян", ["Смолян"]),
    ("Кюстендил", ["Кюстендил"]),
    ("Видин", ["Видин"]),
    ("Силистра", ["Силистра"]),
    ("Ловеч", ["Ловеч"]),
]

PAGES.append(
    Page(
        name="bg-r64b-spisak-chlenove-oblast-zaglavia-obshtina-25",
        language="bg",
        kinds="one_a_line;region_heading;no_country",
        title="Общини – членове на мрежата",
        date=(2026, 2, 11),
        before=(
            "Национална мрежа „Зелени общини“ обединява общини от цялата страна. "
            "Списъкът е подреден по области."
        ),
        listing="\n\n".join(
            f"Област {region}\n" + "\n".join(f"Община {town}" for town in towns)
            for region, towns in _BG
        ),
        after=(
            "Секретариат на мрежата: гр. София, бул. „Витоша“ 18.\n"
            "Последна актуализация на списъка: февруари 2026 г."
        ),
        expected=(
            "Plovdiv/BG; Asenovgrad/BG; Karlovo/BG; Varna/BG; Balchik/BG; Burgas/BG; "
            "Nesebar/BG; Pomorie/BG; Sozopol/BG; Ruse/BG; Stara Zagora/BG; Kazanlak/BG; "
            "Pleven/BG; Veliko Tarnovo/BG; Gabrovo/BG; Blagoevgrad/BG; Sandanski/BG; "
            "Samokov/BG; Botevgrad/BG; Shumen/BG; Smolyan/BG; Kyustendil/BG; Vidin/BG; "
            "Silistra/BG; Lovech/BG"
        ),
    )
)

PAGES.append(
    Page(
        name="uk-r64b-zvernennia-miski-holovy-henityv-ta-i-u-kyievi",
        language="uk",
        kinds="running_text;inflected;not_signatory;no_country",
        title="Міста звернулися до уряду щодо енергонезалежності громад",
        date=(2026, 11, 5),
        before=(
            "Учасники форуму «Енергія громад», що відбувся у Києві, ухвалили спільне "
            "звернення до Кабінету Міністрів щодо підтримки місцевої генерації та "
            "енергоефективних модернізацій."
        ),
        listing=(
            "Звернення підписали міські голови Львова, Луцька, Тернополя, Вінниці, "
            "Полтави та Житомира. Згодом до звернення приєдналися Івано-Франківськ "
            "і Чернігів."
        ),
        after=(
            "«Громади готові інвестувати, але потрібні зрозумілі правила», – зазначила "
            "модераторка форуму Оксана Мельничук.\n\n"
            "Повний текст звернення доступний у розділі «Документи»."
        ),
        expected=(
            "Lviv/UA; Lutsk/UA; Ternopil/UA; Vinnytsia/UA; Poltava/UA; Zhytomyr/UA; "
            "Ivano-Frankivsk/UA; Chernihiv/UA"
        ),
    )
)

_TR = [
    ("Eskişehir Büyükşehir Belediyesi", "Eskişehir", "2012"),
    ("Nilüfer Belediyesi", "Bursa", "2013"),
    ("Çankaya Belediyesi", "Ankara", "2013"),
    ("Karşıyaka Belediyesi", "İzmir", "2014"),
    ("Antalya Büyükşehir Belediyesi", "Antalya", "2015"),
    ("Mersin Büyükşehir Belediyesi", "Mersin", "2015"),
    ("Kayseri Büyükşehir Belediyesi", "Kayseri", "2016"),
    ("Samsun Büyükşehir Belediyesi", "Samsun", "2016"),
    ("Trabzon Büyükşehir Belediyesi", "Trabzon", "2017"),
    ("Denizli Büyükşehir Belediyesi", "Denizli", "2017"),
    ("Bodrum Belediyesi", "Muğla", "2018"),
    ("Çanakkale Belediyesi", "Çanakkale", "2018"),
    ("Edirne Belediyesi", "Edirne", "2019"),
    ("Rize Belediyesi", "Rize", "2020"),
    ("Sinop Belediyesi", "Sinop", "2021"),
    ("Nevşehir Belediyesi", "Nevşehir", "2022"),
    ("Karadeniz Belediyeler Birliği", "Trabzon", "2023"),
]

PAGES.append(
    Page(
        name="tr-r64b-tablo-bosluk-belediye-il-uyelik-yili-birlik",
        language="tr",
        kinds="columns_after;region_after;body_not_city;no_country",
        title="Ağımızın üye belediyeleri",
        date=(2026, 1, 20),
        before=(
            "Sağlıklı ve Dirençli Kentler Ağı, 2012 yılından bu yana yerel yönetimleri "
            "bir araya getiriyor. Aşağıdaki tabloda üye belediyeler, bağlı oldukları il "
            "ve üyelik yılları yer almaktadır."
        ),
        listing="Belediye                              İl            Üyelik yılı\n"
        + "\n".join(f"{body:<38}{province:<14}{year}" for body, province, year in _TR),
        after=("Ağın genel sekreterliği Ankara'da, Kızılay'daki hizmet binasında bulunmaktadır."),
        expected=(
            "Eskişehir/TR; Nilüfer/TR; Çankaya/TR; Karşıyaka/TR; Antalya/TR; Mersin/TR; "
            "Kayseri/TR; Samsun/TR; Trabzon/TR; Denizli/TR; Bodrum/TR; Çanakkale/TR; "
            "Edirne/TR; Rize/TR; Sinop/TR; Nevşehir/TR; "
            "Karadeniz Belediyeler Birliği|Union of Black Sea Municipalities"
            "/TR/union of municipalities"
        ),
    )
)

PAGES.append(
    Page(
        name="ar-r64b-khabar-indimam-mudun-maghrebiya-wa-multasiq-rabat",
        language="ar",
        kinds="running_text;country_in_language;not_signatory;no_country",
        title="خمس مدن مغاربية تنضم إلى شبكة المدن الساحلية المستدامة",
        date=(2026, 9, 17),
        before=(
            "احتضنت مدينة الرباط يومي 10 و11 سبتمبر الجمعية العامة لشبكة المدن "
            "الساحلية المستدامة، بحضور ممثلين عن أكثر من ثلاثين جماعة وبلدية."
        ),
        listing=(
            "وصادقت الجمعية العامة على انضمام خمس مدن جديدة إلى الشبكة، هي أكادير "
            "ووجدة وتطوان من المغرب، وسوسة وصفاقس من تونس."
        ),
        after=(
            "وقال رئيس الشبكة، السيد كريم بنعلي، إن انضمام هذه المدن «يعزز تبادل "
            "الخبرات في مجال حماية السواحل». ومن المنتظر أن تنعقد الدورة المقبلة في "
            "نواكشوط.\n\n"
            "اقرأ أيضا: الجزائر العاصمة تستضيف ورشة حول تدبير النفايات"
        ),
        expected="Agadir/MA; Oujda/MA; Tétouan/MA; Sousse/TN; Sfax/TN",
    )
)

PAGES.append(
    Page(
        name="he-r64b-hatumim-shem-rosh-iriya-ariel-igud-arim",
        language="he",
        kinds="one_a_line;person_before;person_named_like_place;body_not_city;no_country",
        title="אמנת הערים להתמודדות עם גלי חום",
        date=(2026, 7, 8),
        before=(
            "ראשי הערים החברות בפורום הערים לאקלים בריא חתמו על אמנה משותפת להתמודדות "
            "עם גלי חום: הצללת רחובות, הרחבת שטחים ירוקים ומערך התרעה לתושבים "
            "מבוגרים.\n\n"
            "על האמנה חתמו:"
        ),
        listing=(
            "יעל ברגר, ראשת עיריית חיפה\n"
            "אריאל כהן, ראש עיריית נתניה\n"
            "דורון אלמוג, ראש עיריית רחובות\n"
            "מיכל שטרן, ראשת עיריית כפר סבא\n"
            "עמית לוי, ראש עיריית הרצליה\n"
            "רונית אזולאי, ראשת עיריית אילת\n"
            "גיל פרידמן, ראש עיריית כרמיאל\n"
            'נועה רוזן, יו"ר איגוד ערים אזור דן לאיכות הסביבה'
        ),
        after="האמנה נחתמה במעמד שר הפנים בכנס השנתי של הפורום בתל אביב.",
        expected=(
            "Haifa/IL; Netanya/IL; Rehovot/IL; Kfar Saba/IL; Herzliya/IL; Eilat/IL; "
            "Karmiel/IL; "
            "איגוד ערים אזור דן לאיכות הסביבה|Dan Region Association of Towns"
            "/IL/union of municipalities"
        ),
    )
)

PAGES.append(
    Page(
        name="fa-r64b-jadval-tab-shahrdari-ostan-sal-argham-farsi",
        language="fa",
        kinds="table_tabs;numbered;region_after;columns_after;no_country",
        title="شهرهای عضو شبکه شهرهای دوستدار دوچرخه",
        date=(2026, 8, 24),
        before=(
            "شبکه شهرهای دوستدار دوچرخه از سال ۱۳۹۶ فعالیت خود را آغاز کرده است. "
            "فهرست شهرداری‌های عضو و سال پیوستن آن‌ها در جدول زیر آمده است."
        ),
        listing=(
            "ردیف\tشهرداری\tاستان\tسال عضویت\n"
            "۱\tشهرداری اصفهان\tاصفهان\t۱۳۹۶\n"
            "۲\tشهرداری شیراز\tفارس\t۱۳۹۶\n"
            "۳\tشهرداری تبریز\tآذربایجان شرقی\t۱۳۹۷\n"
            "۴\tشهرداری رشت\tگیلان\t۱۳۹۷\n"
            "۵\tشهرداری کرمان\tکرمان\t۱۳۹۸\n"
            "۶\tشهرداری یزد\tیزد\t۱۳۹۸\n"
            "۷\tشهرداری همدان\tهمدان\t۱۳۹۹\n"
            "۸\tشهرداری قزوین\tقزوین\t۱۳۹۹\n"
            "۹\tشهرداری کاشان\tاصفهان\t۱۴۰۰\n"
            "۱۰\tشهرداری اردبیل\tاردبیل\t۱۴۰۰\n"
            "۱۱\tشهرداری زنجان\tزنجان\t۱۴۰۱\n"
            "۱۲\tشهرداری ارومیه\tآذربایجان غربی\t۱۴۰۲\n"
            "۱۳\tشهرداری گرگان\tگلستان\t۱۴۰۲\n"
            "۱۴\tشهرداری بوشهر\tبوشهر\t۱۴۰۳"
        ),
        after=("دبیرخانه شبکه: تهران، خیابان انقلاب. برای عضویت با دبیرخانه تماس بگیرید."),
        expected=(
            "Isfahan/IR; Shiraz/IR; Tabriz/IR; Rasht/IR; Kerman/IR; Yazd/IR; Hamadan/IR; "
            "Qazvin/IR; Kashan/IR; Ardabil/IR; Zanjan/IR; Urmia/IR; Gorgan/IR; Bushehr/IR"
        ),
    )
)

_HI = [
    (
        "उत्तर प्रदेश",
        ["लखनऊ", "कानपुर", "वाराणसी", "आगरा", "प्रयागराज", "गोरखपुर"],
        ["Lucknow", "Kanpur", "Varanasi", "Agra", "Prayagraj", "Gorakhpur"],
    ),
    (
        "मध्य प्रदेश",
        ["इंदौर", "भोपाल", "ग्वालियर", "जबलपुर", "उज्जैन"],
        ["Indore", "Bhopal", "Gwalior", "Jabalpur", "Ujjain"],
    ),
    (
        "राजस्थान",
        ["जयपुर", "जोधपुर", "उदयपुर", "कोटा", "अजमेर", "बीकानेर"],
        ["Jaipur", "Jodhpur", "Udaipur", "Kota", "Ajmer", "Bikaner"],
    ),
    (
        "गुजरात",
        ["अहमदाबाद", "सूरत", "वडोदरा", "राजकोट"],
        ["Ahmedabad", "Surat", "Vadodara", "Rajkot"],
    ),
    (
        "महाराष्ट्र",
        ["पुणे", "नागपुर", "नाशिक", "ठाणे", "औरंगाबाद"],
        ["Pune", "Nagpur", "Nashik", "Thane", "Aurangabad"],
    ),
    ("पंजाब", ["लुधियाना", "अमृतसर", "जालंधर"], ["Ludhiana", "Amritsar", "Jalandhar"]),
    (
        "हरियाणा",
        ["फरीदाबाद", "गुरुग्राम", "पानीपत", "करनाल"],
        ["Faridabad", "Gurugram", "Panipat", "Karnal"],
    ),
    ("बिहार", ["पटना", "गया"], ["Patna", "Gaya"]),
    ("झारखंड", ["रांची", "धनबाद"], ["Ranchi", "Dhanbad"]),
    ("उत्तराखंड", ["देहरादून", "हरिद्वार"], ["Dehradun", "Haridwar"]),
    ("हिमाचल प्रदेश", ["शिमला"], ["Shimla"]),
    ("केंद्र शासित प्रदेश", ["चंडीगढ़"], ["Chandigarh"]),
]

PAGES.append(
    Page(
        name="hi-r64b-nirdeshika-rajya-shirshak-nagar-nigam-41",
        language="hi",
        kinds="one_a_line;region_heading;country_in_language;teasers",
        title="सदस्य नगर निगमों की निर्देशिका",
        date=(2026, 12, 1),
        before=(
            "स्वच्छ वायु शहर नेटवर्क (भारत) से जुड़े नगर निगमों की सूची नीचे राज्यवार दी "
            "गई है। सभी सदस्य शहर भारत के हैं।"
        ),
        listing="\n\n".join(
            f"{state}\n" + "\n".join(f"{town} नगर निगम" for town in towns)
            for state, towns, _ in _HI
        ),
        after=(
            "नेटवर्क सचिवालय: नई दिल्ली। सूची अंतिम बार दिसंबर 2026 में अद्यतन की गई।\n\n"
            "संबंधित समाचार\n"
            "चेन्नई में शहरी बाढ़ प्रबंधन पर कार्यशाला संपन्न\n"
            "कोलकाता ने इलेक्ट्रिक बसों का नया बेड़ा शुरू किया"
        ),
        expected="; ".join(f"{name}/IN" for _, _, names in _HI for name in names),
    )
)

PAGES.append(
    Page(
        name="bn-r64b-pdf-kopi-city-corporation-pourashava-prishtha-shirsha",
        language="bn",
        kinds="numbered;broken_lines;person_after;no_country;not_signatory",
        title="নগর জলবায়ু অভিযোজন ঘোষণাপত্র ২০২৬",
        date=(2026, 10, 2),
        before=(
            "ঢাকায় অনুষ্ঠিত জাতীয় নগর সম্মেলনে গৃহীত ঘোষণাপত্রটি নিচে পিডিএফ থেকে "
            "হুবহু তুলে দেওয়া হলো।\n\n"
            "স্বাক্ষরকারী স্থানীয় সরকার প্রতিষ্ঠানসমূহ জলাবদ্ধতা নিরসন, সবুজ এলাকা "
            "সম্প্রসারণ এবং উপকূলীয় জনগোষ্ঠীর সুরক্ষায় যৌথভাবে কাজ করার অঙ্গীকার করছে।\n\n"
            "স্বাক্ষরকারীগণ:"
        ),
        listing=(
            "১. চট্টগ্রাম সিটি কর্পোরেশন — মেয়র জনাব রফিকুল ইসলাম\n"
            "২. খুলনা সিটি কর্পোরেশন — মেয়র জনাব আনোয়ার হোসেন\n"
            "৩. রাজশাহী সিটি কর্পোরেশন — মেয়র জনাব মাহবুব আলম\n"
            "৪. সিলেট সিটি কর্পোরেশন — প্যানেল মেয়র বেগম নাসরিন আক্তার\n"
            "৫. বরিশাল সিটি কর্পোরেশন — মেয়র জনাব সাইফুল করিম\n"
            "\n"
            "নগর জলবায়ু অভিযোজন ঘোষণাপত্র ২০২৬            পৃষ্ঠা ২/৩\n"
            "\n"
            "৬. রংপুর সিটি কর্পোরেশন — মেয়র জনাব তানভীর আহমেদ\n"
            "৭. নারায়ণগঞ্জ সিটি কর্পো-\n"
            "রেশন — মেয়র বেগম ফারহানা চৌধুরী\n"
            "৮. কুমিল্লা সিটি কর্পোরেশন — মেয়র জনাব শফিকুর রহমান\n"
            "৯. টাঙ্গাইল পৌরসভা — মেয়র জনাব কামরুল হাসান\n"
            "১০. কুষ্টিয়া পৌরসভা — মেয়র জনাব মিজানুর রহমান\n"
            "১১. কক্সবাজার পৌরসভা — মেয়র জনাব জাহিদুল ইসলাম"
        ),
        after=(
            "নগর জলবায়ু অভিযোজন ঘোষণাপত্র ২০২৬            পৃষ্ঠা ৩/৩\n\n"
            "সমন্বয়ক: নগর স্থানীয় সরকার নেটওয়ার্ক, আগারগাঁও, ঢাকা।"
        ),
        expected=(
            "Chittagong/BD; Khulna/BD; Rajshahi/BD; Sylhet/BD; Barisal/BD; Rangpur/BD; "
            "Narayanganj/BD; Comilla/BD; Tangail/BD; Kushtia/BD; Cox's Bazar/BD"
        ),
    )
)

PAGES.append(
    Page(
        name="vi-r64b-tin-gia-nhap-thanh-pho-va-tinh-chu-nha-da-nang",
        language="vi",
        kinds="running_text;body_not_city;not_signatory;no_country",
        title="Bốn địa phương gia nhập Mạng lưới Đô thị Xanh Việt Nam",
        date=(2026, 6, 12),
        before=(
            "Ngày 10/6, tại Đà Nẵng, Mạng lưới Đô thị Xanh Việt Nam tổ chức hội nghị "
            "thường niên với sự tham gia của đại diện hơn 30 địa phương."
        ),
        listing=(
            "Tại hội nghị, mạng lưới đã chính thức kết nạp thành phố Nha Trang, thành phố "
            "Quy Nhơn, thành phố Buôn Ma Thuột và tỉnh Lâm Đồng."
        ),
        after=(
            "Phát biểu tại hội nghị, ông Trần Minh Khoa, Chủ tịch mạng lưới, nhấn mạnh "
            "rằng việc mở rộng mạng lưới sẽ giúp các đô thị miền Trung và Tây Nguyên "
            "chia sẻ kinh nghiệm về quy hoạch xanh.\n\n"
            "Tin liên quan: Cần Thơ khởi công công viên ven sông"
        ),
        expected=(
            "Nha Trang/VN; Quy Nhon/VN; Buon Ma Thuot/VN; "
            "Tỉnh Lâm Đồng|Lâm Đồng Province|Lam Dong/VN/province"
        ),
    )
)

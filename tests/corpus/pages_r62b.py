"""Batch r62b: 14 held-out pages in 14 languages, written during round 61 (branch wr62b).

Written without reading the reader or running it, as networks' staff paste their pages: sv
(`Namn, titel, X kommun` lines with a chair named Lund and Region Västerbotten, a venue in
Härnösand), fi (running text of genitives with `ja` and `sekä`, Pirkanmaan liitto, a venue
`Lahdessa`), et (news of two towns and a union of municipalities joining, the host `Pärnus`),
lt (a PDF copy with page headers, hyphenated bodies and two district municipalities), bg (a
tab table with province, population and year columns, a mayor named София, a coordinator
in Смолян), uk (running text of genitives with `та` and `і`, an oblast council, a venue
`в Ужгороді`), tr (signature blocks of `Büyükşehir Belediye Başkanı` with mayors named
Ceyhan and Aydın, a host Antalya), el (directory cards of `Δήμος` genitives with a region
line, a `Περιφέρεια`), ar MA (`جماعة X — رئيس المجلس: ...` lines, a region, a host Marrakesh),
he (signature blocks `בשם עיריית X` with a mayor named אילת, a witness in Tel Aviv), fa
(numbered `شهرداری X (استان Y)` in Persian digits, a venue Tehran), hi (a table aligned with
spaces: body, state, population, year), zh (57 cities under province headings with `、`),
vi (`Ông/Bà Name – Chủ tịch UBND thành phố X` lines, a province, a deputy named Vinh).
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="sv-r62b-namn-titel-kommun-ordforande-lund-region",
        language="sv",
        kinds="one_a_line;person_before;inflected;person_named_like_place;body_not_city;"
        "not_signatory;no_country",
        title="Norrlandsdeklarationen om cirkulär upphandling",
        date=(2025, 3, 18),
        before=(
            "Den 12 mars samlades politiker och inköpschefer från hela landet på "
            "Nätverket Hållbara Inköps vårkonferens i Härnösand. Där antogs en gemensam "
            "deklaration om cirkulär upphandling: kommunerna och regionen som skrivit under "
            "förbinder sig att senast 2030 ställa krav på återbrukade material i minst en "
            "fjärdedel av sina byggupphandlingar, att dela underlag och mallar med varandra "
            "och att redovisa sina resultat öppet varje år.\n\n"
            "– Vi köper för miljarder varje år. Om vi ställer samma krav blir det lättare för "
            "leverantörerna att ställa om, sade nätverkets ordförande Jonas Eklind vid "
            "konferensens avslutning.\n\n"
            "Deklarationen har undertecknats av:"
        ),
        listing=(
            "Ebba Strandqvist, kommunstyrelsens ordförande, Skellefteå kommun\n"
            "Nils-Olof Rehn, kommunalråd, Luleå kommun\n"
            "Hanna Vikström, kommunstyrelsens ordförande, Umeå kommun\n"
            "Karin Lund, kommunstyrelsens ordförande, Växjö kommun\n"
            "Arvid Pålsson, kommunalråd, Örebro kommun\n"
            "Sofie Malmgren, kommunstyrelsens ordförande, Jönköpings kommun\n"
            "Mats Edholm, kommunalråd, Karlstads kommun\n"
            "Lina Ahlberg, kommunstyrelsens ordförande, Gävle kommun\n"
            "Petter Sandell, kommunstyrelsens ordförande, Borås Stad\n"
            "Ingrid Tollman, kommunalråd, Halmstads kommun\n"
            "Fredrik Ask, kommunstyrelsens ordförande, Kalmar kommun\n"
            "Elin Brattström, kommunstyrelsens ordförande, Östersunds kommun\n"
            "Maria Holmlund, regionstyrelsens ordförande, Region Västerbotten"
        ),
        after=(
            "Fler kommuner och regioner är välkomna att ansluta sig. Kontakta kansliet via "
            "formuläret nedan, så skickar vi deklarationen och en blankett för underskrift.\n\n"
            "Nästa konferens hålls i Sundsvall i mars nästa år."
        ),
        expected="Skellefteå/SE; Luleå/SE; Umeå/SE; Växjö/SE; Örebro/SE; Jönköping/SE; "
        "Karlstad/SE; Gävle/SE; Borås/SE; Halmstad/SE; Kalmar/SE; Östersund/SE; "
        "Region Västerbotten|Västerbotten/SE/region",
        note="Swedish `Namn, titel, X kommun` lines, genitive `Jönköpings kommun`, `Borås Stad`, "
        "a chair named Karin Lund (Växjö), Region Västerbotten; Härnösand the venue and "
        "Sundsvall the next host did not sign",
    ),
    Page(
        name="fi-r62b-julistus-genetiivit-ja-seka-maakuntaliitto-lahdessa",
        language="fi",
        kinds="running_text;inflected;body_not_city;not_signatory;no_country",
        title="Kaupungit sitoutuvat kävely- ja pyöräilyjulistukseen",
        date=(2024, 9, 26),
        before=(
            "Kestävän liikkumisen kaupunkiverkosto Liike julkaisi kävely- ja "
            "pyöräilyjulistuksensa syyskuun kaupunkipäivillä Lahdessa. Julistuksessa "
            "kaupungit lupaavat kaksinkertaistaa kävelyn ja pyöräilyn osuuden matkoista "
            "vuoteen 2035 mennessä, rakentaa turvalliset koulureitit jokaiselle "
            "alakoululle ja seurata tavoitteiden toteutumista yhteisillä mittareilla."
        ),
        listing=(
            "Julistuksen allekirjoittivat Tampereen, Turun, Oulun, Jyväskylän, Kuopion ja "
            "Joensuun kaupungit sekä Pirkanmaan liitto, joka vastaa maakunnan "
            "liikennejärjestelmäsuunnittelusta. Kesän jälkeen julistukseen ovat yhtyneet "
            "myös Vaasan ja Hämeenlinnan kaupungit."
        ),
        after=(
            "”Pyöräily kasvaa, kun reitit ovat yhtenäisiä kuntarajasta riippumatta”, "
            "totesi tapahtumaa isännöineen Lahden kaupungin liikenneinsinööri Aino "
            "Kettunen. Lahti ei ole vielä allekirjoittanut julistusta, mutta kaupunki "
            "valmistelee liittymistä vuoden loppuun mennessä.\n\n"
            "Julistus on luettavissa kokonaisuudessaan verkoston sivuilla."
        ),
        expected="Tampere/FI; Turku/FI; Oulu/FI; Jyväskylä/FI; Kuopio/FI; Joensuu/FI; "
        "Pirkanmaan liitto|Pirkanmaa|Council of Tampere Region/FI/region; Vaasa/FI; "
        "Hämeenlinna/FI",
        note="Finnish genitives in running text with `ja` and `sekä`, a regional council "
        "(Pirkanmaan liitto); Lahti the venue (`Lahdessa`) and host did not sign",
    ),
    Page(
        name="et-r62b-uudis-uued-liikmed-liit-parnus",
        language="et",
        kinds="running_text;inflected;body_not_city;not_signatory;few;no_country",
        title="Tervislike linnade võrgustikuga liitus kolm uut liiget",
        date=(2025, 5, 20),
        before=(
            "Eesti tervislike linnade võrgustiku üldkoosolek toimus 15. mail Pärnus "
            "Rannahotellis, kus võõrustajaks oli Pärnu linn. Koosolekul kinnitati "
            "võrgustiku uus tegevuskava aastateks 2025–2028 ning valiti juhatus."
        ),
        listing=(
            "Üldkoosolek kiitis heaks kolme uue liikme avaldused: võrgustikuga liitusid "
            "Haapsalu linn ja Saaremaa valla keskus Kuressaare ning Ida-Virumaa "
            "Omavalitsuste Liit, mis esindab maakonna kaheksat omavalitsust."
        ),
        after=(
            "„Meie liikmete arv on kahe aastaga kasvanud poole võrra,“ ütles võrgustiku "
            "juhatuse esimees Kadri Sepp. Järgmine üldkoosolek toimub sügisel Tartus.\n\n"
            "Võrgustiku liikmeks saamise kohta saab lisateavet sekretariaadist."
        ),
        expected="Haapsalu/EE; Kuressaare/EE; "
        "Ida-Virumaa Omavalitsuste Liit|Ida-Viru County Association of Local Authorities"
        "/EE/union of municipalities",
        note="Estonian news of three new members in running text with `ja` and `ning`, a "
        "union of municipalities; Pärnu the host (`Pärnus`) and Tartu the next venue did not join",
    ),
    Page(
        name="lt-r62b-pdf-antrastes-savivaldybes-kelinties-rajonai",
        language="lt",
        kinds="numbered;broken_lines;inflected;person_after;body_not_city;no_country",
        title="Memorandumas dėl tvaraus miesto apšvietimo",
        date=(2024, 11, 7),
        before=(
            "Žemiau pateikiame pasirašyto memorandumo tekstą, nukopijuotą iš PDF "
            "dokumento. Originalą su parašais galite atsisiųsti puslapio apačioje.\n\n"
            "MEMORANDUMAS DĖL TVARAUS MIESTO APŠVIETIMO\n"
            "Savivaldybės, pasirašiusios šį memorandumą, įsipareigoja iki 2030 m. "
            "modernizuoti gatvių apšvietimą, mažinti šviesos taršą ir kasmet skelbti "
            "sunaudotos elektros energijos duomenis. Memorandumas pasirašytas Lie-\n"
            "tuvos savivaldybių energetikos forume Vilniuje.\n\n"
            "PASIRAŠIUSIOS SAVIVALDYBĖS"
        ),
        listing=(
            "1. Kauno miesto savivaldybė, meras Dainius Kriščiūnas\n"
            "2. Klaipėdos miesto savivaldybė, mero pavaduotoja Rasa Gedmin-\n"
            "tienė\n"
            "3. Šiaulių miesto savivaldybė, meras Laurynas Paškevičius\n"
            "4. Panevėžio miesto savi-\n"
            "valdybė, meras Andrius Žiogelis\n"
            "5. Alytaus miesto savivaldybė, merė Jurgita Kavoliūnė\n"
            "Memorandumas dėl tvaraus miesto apšvietimo                    2 psl. iš 3\n"
            "Lietuvos miestų apšvietimo tinklas | Gedimino pr. 9, LT-01103 Vilnius\n"
            "6. Marijampolės savivaldybė, meras Tadas Vilkauskas\n"
            "7. Palangos miesto savivaldybė, merė Indrė Baltušytė\n"
            "8. Druskininkų savivaldybė, meras Mantas Ulevičius\n"
            "9. Birštono savivaldybė, mero pavaduotojas Kęstutis Jaskel-\n"
            "evičius\n"
            "10. Utenos rajono savivaldybė, meras Giedrius Stonkus\n"
            "11. Kėdainių rajono savivaldybė, merė Vilma Rutkauskienė\n"
            "12. Jonavos rajono savivaldybė, meras Algirdas Paulauskas"
        ),
        after=(
            "Memorandumas dėl tvaraus miesto apšvietimo                    3 psl. iš 3\n"
            "Memorandumas sudarytas lietuvių kalba, vienu egzemplioriumi, kuris saugomas "
            "tinklo sekretoriate Vilniuje. Prie memorandumo gali prisijungti ir kitos "
            "savivaldybės, pateikusios tarybos sprendimą."
        ),
        expected="Kaunas/LT; Klaipėda/LT; Šiauliai/LT; Panevėžys/LT; Alytus/LT; "
        "Marijampolė/LT; Palanga/LT; Druskininkai/LT; Birštonas/LT; "
        "Utenos rajono savivaldybė|Utena District Municipality/LT/county; "
        "Kėdainių rajono savivaldybė|Kėdainiai District Municipality/LT/county; "
        "Jonavos rajono savivaldybė|Jonava District Municipality/LT/county",
        note="Lithuanian PDF copy: genitive `X miesto savivaldybė` lines with the mayor after, "
        "hyphenated names and `Panevėžio miesto savi-/valdybė`, a page header and the "
        "network's address in Vilnius between entries; three district municipalities; "
        "Vilnius the venue and seat did not sign",
    ),
    Page(
        name="bg-r62b-tablica-tabulacii-oblast-naselenie-kmet-sofia",
        language="bg",
        kinds="table_tabs;region_after;columns_after;person_after;person_named_like_place;"
        "not_signatory;no_country",
        title="Общини – членове на Мрежата за чист въздух",
        date=(2025, 2, 11),
        before=(
            "Мрежата за чист въздух обединява общини, които измерват качеството на въздуха "
            "в реално време и публикуват данните си открито. Към февруари 2025 г. членове "
            "на мрежата са следните общини:"
        ),
        listing=(
            "Община\tОбласт\tНаселение\tЧлен от\tКмет\n"
            "Пловдив\tПловдив\t338 153\t2019\tГеорги Митев\n"
            "Варна\tВарна\t312 770\t2019\tДесислава Колева\n"
            "Бургас\tБургас\t188 242\t2020\tПламен Стоянов\n"
            "Русе\tРусе\t127 000\t2020\tИвайло Драганов\n"
            "Стара Загора\tСтара Загора\t121 582\t2021\tМилена Тончева\n"
            "Плевен\tПлевен\t89 404\t2021\tНиколай Братанов\n"
            "Габрово\tГаброво\t48 133\t2022\tСофия Маринова\n"
            "Шумен\tШумен\t72 342\t2022\tВасил Гърков\n"
            "Добрич\tДобрич\t69 434\t2023\tЕлена Сърбинова\n"
            "Благоевград\tБлагоевград\t67 810\t2023\tКрасимир Пейчев\n"
            "Велико Търново\tВелико Търново\t59 166\t2024\tТеодора Ралева\n"
            "Кърджали\tКърджали\t44 071\t2024\tЕмин Хасанов"
        ),
        after=(
            "Координатор на мрежата е Община Смолян, където се намира и секретариатът. "
            "Общини, които желаят да се присъединят, могат да подадат заявление до 30 юни."
        ),
        expected="Plovdiv/BG; Varna/BG; Burgas/BG; Ruse/BG; Stara Zagora/BG; Pleven/BG; "
        "Gabrovo/BG; Shumen/BG; Dobrich/BG; Blagoevgrad/BG; Veliko Tarnovo|Veliko Tŭrnovo/BG; "
        "Kardzhali/BG",
        note="Bulgarian tab table: municipality, province (named like the town), population, "
        "year and mayor; Gabrovo's mayor is named София; Smolyan the coordinator did not join",
    ),
    Page(
        name="uk-r62b-deklaratsiia-rodovyi-ta-i-oblasna-rada-uzhhorod",
        language="uk",
        kinds="running_text;inflected;body_not_city;not_signatory;no_country",
        title="Міста підписали декларацію про безбар'єрний громадський транспорт",
        date=(2024, 10, 3),
        before=(
            "Під час форуму «Місто для всіх», що відбувся 1–2 жовтня в Ужгороді, "
            "представники громад підписали декларацію про безбар'єрний громадський "
            "транспорт. Підписанти зобов'язуються до 2030 року оновити зупинки, закупити "
            "низькопідлогові автобуси й тролейбуси та залучати людей з інвалідністю до "
            "планування маршрутів."
        ),
        listing=(
            "Декларацію підписали міські голови Вінниці, Полтави, Чернігова та Житомира, "
            "секретарі міських рад Луцька і Тернополя, а також заступники міських голів "
            "Івано-Франківська, Хмельницького та Чернівців. Від імені регіону документ "
            "підписала Закарпатська обласна рада."
        ),
        after=(
            "«Ми раді, що саме в Ужгороді міста домовилися діяти разом», — сказала "
            "модераторка форуму Оксана Литвиненко. Ужгородська міська рада планує "
            "приєднатися до декларації після ухвалення рішення сесією.\n\n"
            "Наступний форум відбудеться навесні в Києві."
        ),
        expected="Vinnytsia|Vinnytsya/UA; Poltava/UA; Chernihiv/UA; Zhytomyr/UA; Lutsk/UA; "
        "Ternopil/UA; Ivano-Frankivsk/UA; Khmelnytskyi/UA; Chernivtsi/UA; "
        "Закарпатська обласна рада|Zakarpattia Oblast Council|Zakarpattia Oblast/UA/region",
        note="Ukrainian genitives in running text with `та` and `і`, an oblast council; "
        "Uzhhorod the venue (`в Ужгороді`) and Kyiv the next venue did not sign",
    ),
    Page(
        name="tr-r62b-imza-bloklari-buyuksehir-ceyhan-aydin-antalya",
        language="tr",
        kinds="person_before;person_named_like_place;not_signatory;no_country",
        title="Akdeniz ve Karadeniz Kentleri İklim Uyum Bildirgesi",
        date=(2025, 4, 9),
        before=(
            "Antalya Büyükşehir Belediyesi'nin ev sahipliğinde 8 Nisan'da Antalya'da "
            "düzenlenen Kıyı Kentleri Zirvesi'nde kabul edilen bildirge ile belediyeler, "
            "sıcak hava dalgalarına ve taşkınlara karşı ortak bir eylem planı hazırlamayı, "
            "kent içi yeşil alanları artırmayı ve erken uyarı sistemlerini paylaşmayı "
            "taahhüt etmiştir.\n\n"
            "İşbu bildirge aşağıdaki belediye başkanları tarafından imzalanmıştır."
        ),
        listing=(
            "Ceyhan Aksoy\n"
            "Eskişehir Büyükşehir Belediye Başkanı\n"
            "(imza)\n\n"
            "Burcu Tezcan\n"
            "Mersin Büyükşehir Belediye Başkanı\n"
            "(imza)\n\n"
            "Aydın Kara\n"
            "Samsun Büyükşehir Belediye Başkanı\n"
            "(imza)\n\n"
            "Selim Oğuzhan\n"
            "Kayseri Büyükşehir Belediye Başkanvekili\n"
            "(imza)\n\n"
            "Nurcan Ilgaz\n"
            "Denizli Büyükşehir Belediye Başkanı\n"
            "(imza)\n\n"
            "Emre Kalaycı\n"
            "Trabzon Büyükşehir Belediye Başkanı\n"
            "(imza)\n\n"
            "Zehra Duman\n"
            "Malatya Büyükşehir Belediye Başkanı\n"
            "(imza)\n\n"
            "Levent Özbay\n"
            "Gaziantep Büyükşehir Belediye Başkan Yardımcısı\n"
            "(imza)"
        ),
        after=(
            "Bildirgenin izlenmesinden Türkiye Kıyı Kentleri Ağı sekreteryası sorumlu "
            "olacaktır. Ev sahibi Antalya Büyükşehir Belediyesi bildirgeye gözlemci olarak "
            "katılmıştır."
        ),
        expected="Eskişehir/TR; Mersin/TR; Samsun/TR; Kayseri/TR; Denizli/TR; Trabzon/TR; "
        "Malatya/TR; Gaziantep/TR",
        note="Turkish signature blocks: the signer's name over `X Büyükşehir Belediye "
        "Başkanı` and `(imza)`; mayors named Ceyhan and Aydın (both towns); Antalya the host "
        "and an observer did not sign",
    ),
    Page(
        name="el-r62b-kartes-dimos-geniki-perifereia-meli",
        language="el",
        kinds="one_a_line;inflected;region_after;columns_after;body_not_city",
        title="Τα μέλη του Δικτύου Πόλεων για την Κυκλική Οικονομία",
        date=(2024, 6, 14),
        before=(
            "Το Δίκτυο Πόλεων για την Κυκλική Οικονομία ιδρύθηκε το 2016 και σήμερα "
            "αριθμεί δώδεκα μέλη: δήμους και μία περιφέρεια που έχουν υιοθετήσει "
            "σχέδιο δράσης για τη μείωση των αποβλήτων. Επιλέξτε ένα μέλος για να δείτε "
            "τις δράσεις του."
        ),
        listing=(
            "Δήμος Ηρακλείου\n"
            "Περιφέρεια Κρήτης\n"
            "Μέλος από: 2016\n"
            "Δείτε περισσότερα\n"
            "Δήμος Πατρέων\n"
            "Περιφέρεια Δυτικής Ελλάδας\n"
            "Μέλος από: 2016\n"
            "Δείτε περισσότερα\n"
            "Δήμος Λαρισαίων\n"
            "Περιφέρεια Θεσσαλίας\n"
            "Μέλος από: 2017\n"
            "Δείτε περισσότερα\n"
            "Δήμος Βόλου\n"
            "Περιφέρεια Θεσσαλίας\n"
            "Μέλος από: 2017\n"
            "Δείτε περισσότερα\n"
            "Δήμος Ιωαννιτών\n"
            "Περιφέρεια Ηπείρου\n"
            "Μέλος από: 2018\n"
            "Δείτε περισσότερα\n"
            "Δήμος Καλαμάτας\n"
            "Περιφέρεια Πελοποννήσου\n"
            "Μέλος από: 2018\n"
            "Δείτε περισσότερα\n"
            "Δήμος Χανίων\n"
            "Περιφέρεια Κρήτης\n"
            "Μέλος από: 2019\n"
            "Δείτε περισσότερα\n"
            "Δήμος Τρικκαίων\n"
            "Περιφέρεια Θεσσαλίας\n"
            "Μέλος από: 2020\n"
            "Δείτε περισσότερα\n"
            "Δήμος Καβάλας\n"
            "Περιφέρεια Ανατολικής Μακεδονίας και Θράκης\n"
            "Μέλος από: 2021\n"
            "Δείτε περισσότερα\n"
            "Δήμος Σερρών\n"
            "Περιφέρεια Κεντρικής Μακεδονίας\n"
            "Μέλος από: 2022\n"
            "Δείτε περισσότερα\n"
            "Περιφέρεια Δυτικής Μακεδονίας\n"
            "Έδρα: Κοζάνη\n"
            "Μέλος από: 2023\n"
            "Δείτε περισσότερα\n"
            "Δήμος Ρόδου\n"
            "Περιφέρεια Νοτίου Αιγαίου\n"
            "Μέλος από: 2024\n"
            "Δείτε περισσότερα"
        ),
        after="Εμφανίζονται 12 από 12 μέλη.",
        expected="Heraklion/GR; Patras/GR; Larissa/GR; Volos/GR; Ioannina/GR; Kalamata/GR; "
        "Chania/GR; Trikala/GR; Kavala/GR; Serres/GR; "
        "Περιφέρεια Δυτικής Μακεδονίας|Region of Western Macedonia|Western Macedonia/GR/region; "
        "Rhodes/GR",
        note="Greek member cards flattened four lines a member: `Δήμος` with the city in the "
        "genitive, the region, `Μέλος από`, `Δείτε περισσότερα`; a region as a member whose "
        "card names its seat Kozani (not a member)",
    ),
    Page(
        name="ar-r62b-ma-jamaa-qabla-al-ism-jiha-marrakech",
        language="ar",
        kinds="one_a_line;person_after;body_not_city;not_signatory;no_country",
        title="ميثاق الجماعات المغربية من أجل التنقل المستدام",
        date=(2025, 1, 23),
        before=(
            "على هامش المناظرة الوطنية للتنقل الحضري التي احتضنتها مدينة مراكش يومي 21 "
            "و22 يناير، وقّعت جماعات ترابية مغربية ميثاقاً تلتزم فيه بتطوير النقل العمومي "
            "وتهيئة مسارات آمنة للدراجات والراجلين، وبنشر مؤشرات سنوية حول جودة الهواء.\n\n"
            "وقد وقّع على الميثاق كل من:"
        ),
        listing=(
            "جماعة فاس — رئيس المجلس الجماعي: السيد عبد الكريم الوزاني\n"
            "جماعة مكناس — رئيسة المجلس الجماعي: السيدة نادية بنشقرون\n"
            "جماعة طنجة — النائب الأول للرئيس: السيد يوسف العمراني\n"
            "جماعة تطوان — رئيس المجلس الجماعي: السيد رشيد الخمليشي\n"
            "جماعة وجدة — رئيس المجلس الجماعي: السيد محمد الزروالي\n"
            "جماعة أكادير — رئيسة المجلس الجماعي: السيدة سعاد أيت باها\n"
            "جماعة القنيطرة — رئيس المجلس الجماعي: السيد حسن الحمري\n"
            "جماعة آسفي — رئيس المجلس الجماعي: السيد إدريس الكوشي\n"
            "جماعة شفشاون — رئيسة المجلس الجماعي: السيدة ليلى العلمي\n"
            "جماعة الصويرة — رئيس المجلس الجماعي: السيد عمر بلقاضي\n"
            "جهة الشرق — رئيس مجلس الجهة: السيد عبد الحق الريفي"
        ),
        after=(
            "وأكد رئيس شبكة المدن المغربية للتنقل، السيد مراد التازي، أن باب الانضمام إلى "
            "الميثاق يظل مفتوحاً أمام باقي الجماعات، وأن الاجتماع المقبل سينعقد بمدينة "
            "الرباط في الخريف."
        ),
        expected="Fes/MA; Meknes/MA; Tangier/MA; Tetouan|Tétouan/MA; Oujda/MA; Agadir/MA; "
        "Kenitra/MA; Safi/MA; Chefchaouen/MA; Essaouira/MA; "
        "جهة الشرق|Oriental|L'Oriental|Oriental Region/MA/region",
        note="Moroccan Arabic `جماعة X — رئيس المجلس الجماعي: السيد ...` lines, the place before "
        "the signer; the Oriental region; Marrakesh the venue and Rabat the next venue did not "
        "sign, the network's president is named التازي (of Taza)",
    ),
    Page(
        name="he-r62b-blokei-hatima-iriyat-eilat-shem-tel-aviv",
        language="he",
        kinds="person_after;person_named_like_place;not_signatory;no_country",
        title="אמנת הערים לצל ולהצללה במרחב הציבורי",
        date=(2024, 7, 30),
        before=(
            "הערים החתומות על אמנה זו מתחייבות להגדיל את כיסוי הצל ברחובות, בתחנות "
            "האוטובוס ובחצרות בתי הספר עד שנת 2030, לנטוע עצים בוגרים לאורך צירי הליכה "
            "ולפרסם מדי שנה מפת הצללה עירונית.\n\n"
            "ולראיה באו על החתום:"
        ),
        listing=(
            "בשם עיריית חיפה\n"
            "_______________\n"
            "ראש העירייה, גדעון שטרן\n\n"
            "בשם עיריית נתניה\n"
            "_______________\n"
            "ראשת העירייה, מיכל בן־עמי\n\n"
            "בשם עיריית אשדוד\n"
            "_______________\n"
            "ראש העירייה, רפאל אזולאי\n\n"
            "בשם עיריית באר שבע\n"
            "_______________\n"
            "סגן ראש העירייה, אבנר דהן\n\n"
            "בשם עיריית חולון\n"
            "_______________\n"
            "ראשת העירייה, נורית גלעדי\n\n"
            "בשם עיריית כפר סבא\n"
            "_______________\n"
            "ראש העירייה, עומר ליבנה\n\n"
            "בשם עיריית הרצליה\n"
            "_______________\n"
            "ראשת העירייה, אילת שגיא\n\n"
            "בשם עיריית רעננה\n"
            "_______________\n"
            "ראש העירייה, יואב קורן"
        ),
        after=(
            'עדה לחתימה: ד"ר תמר אלון, מנהלת פורום ערים מקיימות, רחוב הארבעה 12, תל אביב.\n\n'
            "נחתם ביום 28 ביולי 2024."
        ),
        expected="Haifa/IL; Netanya/IL; Ashdod/IL; Beersheba|Be'er Sheva/IL; Holon/IL; "
        "Kfar Saba/IL; Herzliya/IL; Ra'anana/IL",
        note="Hebrew signature blocks `בשם עיריית X` over a line and the signer's title and "
        "name; Herzliya's mayor is named אילת (Eilat); the witness's forum in Tel Aviv did "
        "not sign",
    ),
    Page(
        name="fa-r62b-shomaredar-shahrdari-ostan-tehran",
        language="fa",
        kinds="numbered;region_after;not_signatory;no_country",
        title="تفاهم‌نامه شهرهای ایران برای مدیریت پسماند",
        date=(2024, 12, 16),
        before=(
            "در حاشیه همایش ملی مدیریت پسماند شهری که در تهران برگزار شد، شهرداری‌های "
            "زیر تفاهم‌نامه‌ای را امضا کردند که بر اساس آن تا سال ۱۴۱۰ سهم بازیافت و "
            "کمپوست را دو برابر کنند، تفکیک از مبدأ را در همه محله‌ها اجرا کنند و "
            "آمار پسماند خود را هر سال منتشر کنند.\n\n"
            "امضاکنندگان تفاهم‌نامه:"
        ),
        listing=(
            "۱. شهرداری تبریز (استان آذربایجان شرقی)\n"
            "۲. شهرداری اصفهان (استان اصفهان)\n"
            "۳. شهرداری شیراز (استان فارس)\n"
            "۴. شهرداری مشهد (استان خراسان رضوی)\n"
            "۵. شهرداری یزد (استان یزد)\n"
            "۶. شهرداری کرمان (استان کرمان)\n"
            "۷. شهرداری رشت (استان گیلان)\n"
            "۸. شهرداری همدان (استان همدان)\n"
            "۹. شهرداری کرمانشاه (استان کرمانشاه)\n"
            "۱۰. شهرداری قزوین (استان قزوین)\n"
            "۱۱. شهرداری اردبیل (استان اردبیل)\n"
            "۱۲. شهرداری زنجان (استان زنجان)\n"
            "۱۳. شهرداری سنندج (استان کردستان)"
        ),
        after=(
            "دبیرخانه این تفاهم‌نامه در سازمان مدیریت پسماند شهرداری تهران مستقر خواهد بود. "
            "شهرداری تهران به عنوان میزبان همایش، امضاکننده تفاهم‌نامه نیست."
        ),
        expected="Tabriz/IR; Isfahan/IR; Shiraz/IR; Mashhad/IR; Yazd/IR; Kerman/IR; Rasht/IR; "
        "Hamadan|Hamadān/IR; Kermanshah/IR; Qazvin/IR; Ardabil|Ardabīl/IR; Zanjan/IR; "
        "Sanandaj/IR",
        note="Persian numbered lines in Persian digits, `شهرداری X (استان Y)` with provinces "
        "named like their capitals; Tehran the venue, host and secretariat did not sign",
    ),
    Page(
        name="hi-r62b-talika-spaces-nagar-nigam-rajya-jansankhya",
        language="hi",
        kinds="table_tabs;region_after;columns_after;no_country",
        title="स्वच्छ वायु शहर गठबंधन के सदस्य नगर निकाय",
        date=(2025, 2, 27),
        before=(
            "स्वच्छ वायु शहर गठबंधन उन नगर निकायों का मंच है जो वायु गुणवत्ता की निगरानी "
            "करते हैं और अपनी कार्य योजना सार्वजनिक रूप से प्रकाशित करते हैं। नीचे दी गई "
            "तालिका में सभी सदस्य नगर निकाय, उनके राज्य, जनसंख्या (जनगणना 2011) और "
            "गठबंधन में शामिल होने का वर्ष दिया गया है।"
        ),
        listing=(
            "नगर निकाय                     राज्य            जनसंख्या      वर्ष\n"
            "इंदौर नगर निगम                 मध्य प्रदेश       19,94,397     2019\n"
            "भोपाल नगर निगम                 मध्य प्रदेश       17,98,218     2019\n"
            "सूरत नगर निगम                  गुजरात           44,67,797     2019\n"
            "अहमदाबाद नगर निगम              गुजरात           55,77,940     2020\n"
            "वडोदरा नगर निगम                गुजरात           16,70,806     2020\n"
            "पुणे नगर निगम                  महाराष्ट्र         31,24,458     2020\n"
            "नागपुर नगर निगम                महाराष्ट्र         24,05,665     2021\n"
            "ठाणे नगर निगम                  महाराष्ट्र         18,41,488     2021\n"
            "लखनऊ नगर निगम                 उत्तर प्रदेश       28,17,105     2021\n"
            "वाराणसी नगर निगम               उत्तर प्रदेश       11,98,491     2022\n"
            "जयपुर नगर निगम                 राजस्थान          30,46,163     2022\n"
            "ग्वालियर नगर निगम               मध्य प्रदेश       10,69,276     2023\n"
            "जबलपुर नगर निगम                मध्य प्रदेश       10,55,525     2023\n"
            "ग्रेटर विशाखापत्तनम नगर निगम      आंध्र प्रदेश       17,28,128     2024\n"
            "कोयंबटूर नगर निगम               तमिलनाडु          10,50,721     2024"
        ),
        after=(
            "गठबंधन का सचिवालय नई दिल्ली में है। सदस्यता के लिए आवेदन वर्ष भर खुले रहते हैं; "
            "अधिक जानकारी के लिए सचिवालय से संपर्क करें।"
        ),
        expected="Indore/IN; Bhopal/IN; Surat/IN; Ahmedabad/IN; Vadodara/IN; Pune/IN; "
        "Nagpur/IN; Thane|Thāne/IN; Lucknow/IN; Varanasi/IN; Jaipur/IN; Gwalior/IN; "
        "Jabalpur/IN; Visakhapatnam/IN; Coimbatore/IN",
        note="Hindi table aligned with spaces: `X नगर निगम`, state, population in Indian "
        "digit grouping, year; `ग्रेटर विशाखापत्तनम`; the secretariat in New Delhi did not join",
    ),
    Page(
        name="zh-r62b-chengyuan-sheng-biaoti-dunhao-57",
        language="zh",
        kinds="several_a_line;region_heading;no_country",
        title="中国海绵城市建设联盟成员城市名单",
        date=(2024, 8, 5),
        before=(
            "中国海绵城市建设联盟由致力于城市雨水管理和内涝防治的城市自愿组成。截至2024年"
            "7月底，联盟共有成员城市57个，按省份排列如下："
        ),
        listing=(
            "广东省（7个）\n"
            "广州市、深圳市、佛山市、珠海市、汕头市、惠州市、江门市\n\n"
            "浙江省（8个）\n"
            "杭州市、宁波市、温州市、绍兴市、嘉兴市、湖州市、金华市、台州市\n\n"
            "江苏省（8个）\n"
            "南京市、苏州市、无锡市、常州市、南通市、扬州市、徐州市、盐城市\n\n"
            "山东省（7个）\n"
            "济南市、青岛市、烟台市、潍坊市、淄博市、威海市、临沂市\n\n"
            "四川省（5个）\n"
            "成都市、绵阳市、宜宾市、乐山市、德阳市\n\n"
            "湖北省（4个）\n"
            "武汉市、宜昌市、襄阳市、荆州市\n\n"
            "湖南省（5个）\n"
            "长沙市、株洲市、湘潭市、岳阳市、衡阳市\n\n"
            "福建省（5个）\n"
            "福州市、厦门市、泉州市、漳州市、莆田市\n\n"
            "云南省（4个）\n"
            "昆明市、大理市、丽江市、曲靖市\n\n"
            "安徽省（4个）\n"
            "合肥市、芜湖市、蚌埠市、安庆市"
        ),
        after=("联盟秘书处设在北京。新成员申请每年集中受理一次，详情请见“加入联盟”页面。"),
        expected="Guangzhou/CN; Shenzhen/CN; Foshan/CN; Zhuhai/CN; Shantou/CN; Huizhou/CN; "
        "Jiangmen/CN; Hangzhou/CN; Ningbo/CN; Wenzhou/CN; Shaoxing/CN; Jiaxing/CN; Huzhou/CN; "
        "Jinhua/CN; Taizhou/CN; Nanjing/CN; Suzhou/CN; Wuxi/CN; Changzhou/CN; Nantong/CN; "
        "Yangzhou/CN; Xuzhou/CN; Yancheng/CN; Jinan/CN; Qingdao/CN; Yantai/CN; Weifang/CN; "
        "Zibo/CN; Weihai/CN; Linyi/CN; Chengdu/CN; Mianyang/CN; Yibin/CN; Leshan/CN; "
        "Deyang/CN; Wuhan/CN; Yichang/CN; Xiangyang/CN; Jingzhou/CN; Changsha/CN; Zhuzhou/CN; "
        "Xiangtan/CN; Yueyang/CN; Hengyang/CN; Fuzhou/CN; Xiamen/CN; Quanzhou/CN; "
        "Zhangzhou/CN; Putian/CN; Kunming/CN; Dali/CN; Lijiang/CN; Qujing/CN; Hefei/CN; "
        "Wuhu/CN; Bengbu/CN; Anqing/CN",
        note="Chinese members under province headings with counts, several cities a line "
        "parted by `、`; Beijing the secretariat is not a member",
    ),
    Page(
        name="vi-r62b-chu-tich-ubnd-thanh-pho-tinh-quang-ninh-vinh",
        language="vi",
        kinds="one_a_line;bulleted;person_before;person_named_like_place;body_not_city;"
        "not_signatory;no_country",
        title="Tuyên bố chung về phát triển đô thị thông minh",
        date=(2024, 11, 22),
        before=(
            "Tại Diễn đàn Đô thị thông minh Việt Nam tổ chức ngày 20/11 tại thành phố "
            "Hạ Long, lãnh đạo các địa phương đã ký Tuyên bố chung về phát triển đô thị "
            "thông minh, cam kết chia sẻ dữ liệu mở, xây dựng trung tâm điều hành thông "
            "minh và đào tạo cán bộ chuyển đổi số đến năm 2030.\n\n"
            "Danh sách lãnh đạo ký Tuyên bố chung:"
        ),
        listing=(
            "- Ông Nguyễn Văn Hưng – Chủ tịch UBND thành phố Đà Nẵng\n"
            "- Bà Lê Thị Thu Hằng – Chủ tịch UBND thành phố Huế\n"
            "- Ông Phạm Minh Đức – Phó Chủ tịch UBND thành phố Hải Phòng\n"
            "- Ông Trần Quốc Khánh – Chủ tịch UBND thành phố Cần Thơ\n"
            "- Bà Võ Ngọc Lan – Chủ tịch UBND thành phố Nha Trang\n"
            "- Ông Trần Quang Vinh – Phó Chủ tịch UBND thành phố Quy Nhơn\n"
            "- Ông Huỳnh Tấn Phát – Chủ tịch UBND thành phố Hội An\n"
            "- Bà Đặng Thị Mai – Chủ tịch UBND thành phố Đà Lạt\n"
            "- Ông Y Krông Niê – Chủ tịch UBND thành phố Buôn Ma Thuột\n"
            "- Ông Hoàng Văn Sơn – Chủ tịch UBND thành phố Thái Nguyên\n"
            "- Ông Đỗ Mạnh Cường – Phó Chủ tịch UBND tỉnh Quảng Ninh"
        ),
        after=(
            "Diễn đàn do Hiệp hội Đô thị thông minh (trụ sở tại Hà Nội) phối hợp với tỉnh "
            "Quảng Ninh tổ chức. Các địa phương khác có thể tham gia Tuyên bố chung bằng "
            "văn bản gửi Ban thư ký."
        ),
        expected="Da Nang/VN; Huế/VN; Haiphong|Hải Phòng/VN; Cần Thơ/VN; Nha Trang/VN; "
        "Qui Nhon|Quy Nhơn/VN; Hoi An|Hội An/VN; Da Lat|Đà Lạt/VN; Buôn Ma Thuột/VN; "
        "Thái Nguyên/VN; Quảng Ninh|Quang Ninh Province|UBND tỉnh Quảng Ninh/VN/province",
        note="Vietnamese `Ông/Bà Name – Chủ tịch UBND thành phố X` bullets, a province's "
        "people's committee (Quảng Ninh); Quy Nhơn's deputy is named Vinh (a city); Hạ Long "
        "the venue and the association in Hà Nội did not sign",
    ),
]

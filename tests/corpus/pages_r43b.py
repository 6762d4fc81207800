"""Batch r43b: 14 held-out pages of networks beyond Western Europe, one language each.

Written during round 43 (branch accr43b) without reading the reader or running it, in the
languages the corpus had fewer pages of: a Hungarian member directory under `vármegye`
headings, a tab table with rank, population and year columns; Ukrainian official names of
hromadas as adjectives (`Житомирська міська територіальна громада`) numbered, with the
oblast and the mayor after; Finnish news of three new member towns in genitives
(`Kuopion, Jyväskylän ja Porin kaupungit`) beside a venue `Seinäjoella` and a chair named
Salo; an Indonesian tab table of `Kota X` and a `Kabupaten` with provinces and years;
a Greek statement copied from a PDF with page headers, `Δήμαρχος Ιωαννιτών` under each
name and one entry broken over two lines; Croatian `Grad X – Name, gradonačelnik` lines
with an `Općina` and a county, hosted `u Rijeci`; a Slovak table aligned with spaces with
`kraj` columns and a self-governing region; Lithuanian running text of genitive plurals
(`Vilniaus, Kauno ... miestų savivaldybių merai`) with a district municipality, a venue
`Palangoje` and towns that only mean to join; Norwegian `For X kommune` signature blocks
with Sámi official names (`Guovdageainnu suohkan / Kautokeino kommune`), a county council
and a signer named Moss; Danish running text `Kolding, Fredericia ... og Haderslev
Kommuner` and genitives `Aabenraa Kommunes borgmester`; Indian urban local bodies in a
table flattened with spaces, states after, a commissioner named Ajmer Singh and a summit
in New Delhi; Latin American official names (`Intendencia de Montevideo`, `Gobierno
Autónomo Municipal de La Paz`, `GAD Municipal del Cantón Cuenca`) with countries in
Spanish and a signer named Concepción; Arabic `جماعة فاس`, `بلدية صفاقس` under country
headings with a venue in Marrakesh; Vietnamese `Thành phố X (tỉnh Y)` bullets under
headings of centrally-run and provincial cities, met `tại Huế`.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="hu-r43b-megye-headings-table",
        language="hu",
        kinds="region_heading;table_tabs;columns_after;no_country;not_signatory",
        title="Tagtelepüléseink",
        date=(2024, 3, 18),
        before=(
            "A Virágzó Kisvárosok Egyesülete 2016 óta segíti a magyar városokat abban, hogy "
            "zöldfelületeiket, tereiket és közösségi kertjeiket a lakókkal közösen újítsák meg. "
            "Tagjaink listáját vármegyék szerint közöljük; a táblázat a település rangját, "
            "lakosságszámát és a csatlakozás évét mutatja.\n\n"
            "Legutóbb a Szegeden tartott őszi közgyűlésen három új tagot vettünk fel."
        ),
        listing=(
            "Bács-Kiskun vármegye\n"
            "Település\tRang\tLakosság\tCsatlakozás\n"
            "Kecskemét\tmegyei jogú város\t109 847\t2016\n"
            "Baja\tváros\t34 900\t2017\n"
            "Kiskunfélegyháza\tváros\t29 700\t2019\n"
            "Kalocsa\tváros\t16 100\t2023\n"
            "\n"
            "Baranya vármegye\n"
            "Település\tRang\tLakosság\tCsatlakozás\n"
            "Pécs\tmegyei jogú város\t139 000\t2016\n"
            "Mohács\tváros\t17 000\t2018\n"
            "Komló\tváros\t22 500\t2021\n"
            "\n"
            "Békés vármegye\n"
            "Település\tRang\tLakosság\tCsatlakozás\n"
            "Gyula\tváros\t30 000\t2017\n"
            "Orosháza\tváros\t27 600\t2020\n"
            "Szarvas\tváros\t16 000\t2023\n"
            "\n"
            "Győr-Moson-Sopron vármegye\n"
            "Település\tRang\tLakosság\tCsatlakozás\n"
            "Sopron\tmegyei jogú város\t62 000\t2016\n"
            "Mosonmagyaróvár\tváros\t33 000\t2019\n"
            "\n"
            "Hajdú-Bihar vármegye\n"
            "Település\tRang\tLakosság\tCsatlakozás\n"
            "Hajdúböszörmény\tváros\t29 500\t2018\n"
            "Hajdúszoboszló\tváros\t23 000\t2022\n"
            "Berettyóújfalu\tváros\t14 200\t2023\n"
            "\n"
            "Pest vármegye\n"
            "Település\tRang\tLakosság\tCsatlakozás\n"
            "Érd\tmegyei jogú város\t63 000\t2017\n"
            "Gödöllő\tváros\t33 000\t2016\n"
            "Vác\tváros\t33 000\t2020\n"
            "Cegléd\tváros\t35 000\t2021\n"
            "\n"
            "Vas vármegye\n"
            "Település\tRang\tLakosság\tCsatlakozás\n"
            "Kőszeg\tváros\t11 300\t2016\n"
            "Sárvár\tváros\t14 800\t2019\n"
            "Celldömölk\tváros\t10 400\t2024\n"
            "\n"
            "Veszprém vármegye\n"
            "Település\tRang\tLakosság\tCsatlakozás\n"
            "Tapolca\tváros\t15 200\t2018\n"
            "Balatonfüred\tváros\t13 500\t2022\n"
            "\n"
            "Zala vármegye\n"
            "Település\tRang\tLakosság\tCsatlakozás\n"
            "Zalaegerszeg\tmegyei jogú város\t56 000\t2017\n"
            "Keszthely\tváros\t19 000\t2024\n"
            "Nagykanizsa\tmegyei jogú város\t46 000\t2024"
        ),
        after=(
            "Csatlakozni szeretne? Írjon titkárságunknak!\n"
            "Virágzó Kisvárosok Egyesülete\n"
            "2000 Szentendre, Fő tér 9.\n"
            "titkarsag@viragzokisvarosok.hu"
        ),
        expected=(
            "Kecskemét/HU; Baja/HU; Kiskunfélegyháza/HU; Kalocsa/HU; Pécs/HU; Mohács/HU; "
            "Komló/HU; Gyula/HU; Orosháza/HU; Szarvas/HU; Sopron/HU; Mosonmagyaróvár/HU; "
            "Hajdúböszörmény/HU; Hajdúszoboszló/HU; Berettyóújfalu/HU; Érd/HU; Gödöllő/HU; "
            "Vác/HU; Cegléd/HU; Kőszeg/HU; Sárvár/HU; Celldömölk/HU; Tapolca/HU; "
            "Balatonfüred/HU; Zalaegerszeg/HU; Keszthely/HU; Nagykanizsa/HU"
        ),
    ),
    Page(
        name="uk-r43b-hromady-numbered-oblast",
        language="uk",
        kinds="numbered;inflected;region_after;person_after;not_signatory",
        title="Спільна заява громад про відбудову шкіл і лікарень за принципом «краще, ніж було»",
        date=(2024, 5, 22),
        before=(
            "Ми, представники територіальних громад, що зібралися у Львові на форумі "
            "«Громади відбудови», заявляємо про спільні принципи відновлення соціальної "
            "інфраструктури.\n\n"
            "1) Кожен відновлений заклад має бути енергоефективним і доступним для людей з "
            "інвалідністю.\n"
            "2) Рішення про відбудову ухвалюються відкрито, з участю мешканців.\n"
            "3) Громади обмінюються проєктною документацією безоплатно.\n\n"
            "Заяву підписали:"
        ),
        listing=(
            "1. Житомирська міська територіальна громада (Житомирська область) — міська "
            "голова Марта Ярошевська\n"
            "2. Полтавська міська територіальна громада (Полтавська область) — секретар міської "
            "ради Тарас Кулинич\n"
            "3. Чернігівська міська територіальна громада (Чернігівська область) — міський "
            "голова Віталій Демчишин\n"
            "4. Сумська міська територіальна громада (Сумська область) — міська голова "
            "Наталія Бойчук\n"
            "5. Луцька міська територіальна громада (Волинська область) — міський голова "
            "Олег Савчин\n"
            "6. Ковельська міська територіальна громада (Волинська область) — міська голова "
            "Галина Пилипчук\n"
            "7. Тернопільська міська територіальна громада (Тернопільська область) — міський "
            "голова Роман Костюк\n"
            "8. Івано-Франківська міська територіальна громада (Івано-Франківська область) — "
            "перший заступник міського голови Ольга Дмитрук\n"
            "9. Ужгородська міська територіальна громада (Закарпатська область) — міський "
            "голова Богдан Лозинський\n"
            "10. Мукачівська міська територіальна громада (Закарпатська область) — міська "
            "голова Світлана Ткачук\n"
            "11. Хмельницька міська територіальна громада (Хмельницька область) — міський "
            "голова Юрій Гаврилюк\n"
            "12. Кам'янець-Подільська міська територіальна громада (Хмельницька область) — "
            "міська голова Лариса Стельмах\n"
            "13. Білоцерківська міська територіальна громада (Київська область) — міський "
            "голова Дмитро Верхола"
        ),
        after=(
            "Форум організовано за підтримки Львівської міської ради. Наступна зустріч "
            "відбудеться восени."
        ),
        expected=(
            "Zhytomyr/UA; Poltava/UA; Chernihiv/UA; Sumy/UA; Lutsk/UA; Kovel/UA; Ternopil/UA; "
            "Ivano-Frankivsk/UA; Uzhhorod/UA; Mukachevo/UA; Khmelnytskyi/UA; "
            "Kamianets-Podilskyi|Kamyanets-Podilskyi/UA; Bila Tserkva/UA"
        ),
    ),
    Page(
        name="fi-r43b-news-three-joined-genitive",
        language="fi",
        kinds="running_text;inflected;few;not_signatory;person_named_like_place",
        title="Kuopio, Jyväskylä ja Pori liittyivät Viisaan liikkumisen kaupunkiverkostoon",
        date=(2024, 9, 12),
        before=(
            "Viisaan liikkumisen kaupunkiverkosto kasvoi syyskuussa kolmella jäsenellä. "
            "Verkoston vuosikokous pidettiin tällä kertaa Seinäjoella, jossa kokousväki tutustui "
            "myös kaupungin uuteen pyöräilykatuun."
        ),
        listing=(
            "Vuosikokous hyväksyi verkoston uusiksi jäseniksi Kuopion, Jyväskylän ja Porin "
            "kaupungit. Uudet jäsenet sitoutuvat verkoston tavoitteeseen kaksinkertaistaa "
            "kävelyn ja pyöräilyn osuus matkoista vuoteen 2035 mennessä."
        ),
        after=(
            "– On hienoa, että kolme maakuntakeskusta tuo mukaan omat kokemuksensa, sanoo "
            "verkoston puheenjohtaja Mikko Salo.\n\n"
            "Verkoston sihteeristö toimii Lempäälän kunnan yhteydessä. Seuraava vuosikokous "
            "järjestetään keväällä 2025.\n\n"
            "Lisätietoja: Aino Lahtinen, verkostokoordinaattori, puh. 040 123 4567"
        ),
        expected="Kuopio/FI; Jyväskylä/FI; Pori/FI",
        note="Seinäjoki hosts the meeting, Lempäälä hosts the secretariat; the chair is named Salo",
    ),
    Page(
        name="id-r43b-kota-kabupaten-table",
        language="id",
        kinds="table_tabs;region_after;columns_after;body_not_city;numbered",
        title="Daftar Anggota Jaringan Kota Pesisir Tangguh",
        date=(2023, 11, 7),
        before=(
            "Jaringan Kota Pesisir Tangguh adalah forum pemerintah daerah yang berbagi "
            "pengalaman dalam menghadapi banjir rob, abrasi dan kenaikan muka air laut. "
            "Hingga November 2023, jaringan beranggotakan 15 pemerintah daerah berikut."
        ),
        listing=(
            "No\tPemerintah Daerah\tProvinsi\tTahun Bergabung\n"
            "1\tKota Surabaya\tJawa Timur\t2019\n"
            "2\tKota Semarang\tJawa Tengah\t2019\n"
            "3\tKota Makassar\tSulawesi Selatan\t2019\n"
            "4\tKota Balikpapan\tKalimantan Timur\t2020\n"
            "5\tKota Denpasar\tBali\t2020\n"
            "6\tKota Pontianak\tKalimantan Barat\t2020\n"
            "7\tKota Manado\tSulawesi Utara\t2021\n"
            "8\tKota Padang\tSumatera Barat\t2021\n"
            "9\tKabupaten Banyuwangi\tJawa Timur\t2021\n"
            "10\tKota Banjarmasin\tKalimantan Selatan\t2022\n"
            "11\tKota Kupang\tNusa Tenggara Timur\t2022\n"
            "12\tKota Ambon\tMaluku\t2022\n"
            "13\tKota Mataram\tNusa Tenggara Barat\t2023\n"
            "14\tKota Cirebon\tJawa Barat\t2023\n"
            "15\tKota Kendari\tSulawesi Tenggara\t2023"
        ),
        after=(
            "Sekretariat jaringan berada di Jakarta. Pemerintah daerah yang ingin bergabung "
            "dapat mengirimkan surat minat kepada sekretariat."
        ),
        expected=(
            "Surabaya/ID; Semarang/ID; Makassar/ID; Balikpapan/ID; Denpasar/ID; Pontianak/ID; "
            "Manado/ID; Padang/ID; Kabupaten Banyuwangi|Banyuwangi Regency/ID/county; "
            "Banjarmasin/ID; Kupang/ID; Ambon/ID; Mataram/ID; Cirebon/ID; Kendari/ID"
        ),
    ),
    Page(
        name="el-r43b-pdf-dimarchos-genitive",
        language="el",
        kinds="person_before;inflected;broken_lines;not_signatory;one_a_line",
        title="Διακήρυξη των Δήμων για το Νερό",
        date=(2024, 6, 5),
        before=(
            "ΔΙΑΚΗΡΥΞΗ ΤΩΝ ΔΗΜΩΝ ΓΙΑ ΤΟ ΝΕΡΟ\n"
            "Θεσσαλονίκη, 5 Ιουνίου 2024\n\n"
            "Οι δήμαρχοι που συναντηθήκαμε στη Θεσσαλονίκη, στο πλαίσιο της ετήσιας συνάντη-\n"
            "σης του Δικτύου Δήμων για την Ύδρευση, δηλώνουμε ότι η λειψυδρία δεν είναι πλέον\n"
            "εποχικό φαινόμενο αλλά μόνιμη πρόκληση για τις πόλεις μας.\n\n"
            "Δεσμευόμαστε:\n"
            "• να μειώσουμε τις απώλειες των δικτύων ύδρευσης κάτω από 20% έως το 2030·\n"
            "• να επαναχρησιμοποιούμε επεξεργασμένα λύματα για την άρδευση του αστικού πρα-\n"
            "σίνου·\n"
            "• να ενημερώνουμε τους δημότες για την κατανάλωση με διαφάνεια.\n\n"
            "Διακήρυξη Δήμων για το Νερό 2024                                   σελ. 1/2\n\n"
            "Οι υπογράφοντες:"
        ),
        listing=(
            "Νικόλαος Βλαχογιάννης\n"
            "Δήμαρχος Ιωαννιτών\n"
            "Ελένη Σταθοπούλου\n"
            "Δήμαρχος Πατρέων\n"
            "Παναγιώτης Ρεντζής\n"
            "Δήμαρχος Καλαμάτας\n"
            "Μαρία Τζανακάκη\n"
            "Δήμαρχος Χανίων\n"
            "Εμμανουήλ Φραγκιαδάκης\n"
            "Αντιδήμαρχος, εκ μέρους του Δημάρχου Ηρακλείου\n"
            "Αθανάσιος Κουτσούρης\n"
            "Δήμαρχος Βόλου\n"
            "Σοφία Μαυρίδου\n"
            "Δήμαρχος Σερρών\n"
            "\n"
            "Διακήρυξη Δήμων για το Νερό 2024                                   σελ. 2/2\n"
            "\n"
            "Χρήστος Παπαϊωάννου\n"
            "Δήμαρχος Κομοτηνής\n"
            "Δημήτρης Λιάκος\n"
            "Δήμαρχος Τρικκαίων\n"
            "Βασιλική Ζαχαρίου\n"
            "Δήμαρχος Λαρισαίων\n"
            "Γεώργιος Καραμπέτσος\n"
            "Δήμαρχος Καβάλας\n"
            "Ιωάννης Χατζηπέτρου\n"
            "Δήμαρχος Αλεξαν-\n"
            "δρούπολης\n"
            "Ευαγγελία Σαρρή\n"
            "Δήμαρχος Ρόδου\n"
            "Σπυρίδων Βλάσσης\n"
            "Δήμαρχος Κέρκυρας"
        ),
        after=(
            "Η διακήρυξη παραμένει ανοιχτή για υπογραφή από κάθε δήμο της χώρας. "
            "Γραμματεία του Δικτύου: Λάρνακος 12, Αθήνα."
        ),
        expected=(
            "Ioannina/GR; Patras/GR; Kalamata/GR; Chania/GR; Heraklion/GR; Volos/GR; "
            "Serres/GR; Komotini/GR; Trikala/GR; Larissa/GR; Kavala/GR; Alexandroupoli/GR; "
            "Rhodes/GR; Corfu/GR"
        ),
    ),
    Page(
        name="hr-r43b-grad-opcina-zupanija",
        language="hr",
        kinds="one_a_line;person_after;body_not_city;not_signatory;named_twice",
        title="Sporazum o suradnji gradova i općina na zaštiti obale",
        date=(2023, 10, 16),
        before=(
            "Na sastanku održanom u Rijeci 13. listopada 2023. predstavnici jedinica lokalne i "
            "područne samouprave potpisali su Sporazum o suradnji na zaštiti obale i mora. "
            "Domaćin sastanka bio je Grad Rijeka, koji koordinira zajedničke projekte.\n\n"
            "Potpisnici sporazuma:"
        ),
        listing=(
            "Grad Pula – Pola – Dario Vlahović, gradonačelnik\n"
            "Grad Rovinj – Rovigno – Ivana Šestan, gradonačelnica\n"
            "Grad Poreč – Parenzo – Luka Bartolić, zamjenik gradonačelnika\n"
            "Grad Labin – Albona – Sanja Juričić, gradonačelnica\n"
            "Grad Opatija – Marin Ružić, gradonačelnik\n"
            "Grad Kastav – Petra Mavrinac, gradonačelnica\n"
            "Općina Viškovo – Tomislav Jelušić, općinski načelnik\n"
            "Grad Zadar – Ante Bilić, gradonačelnik\n"
            "Grad Šibenik – Marija Grubišić, gradonačelnica\n"
            "Grad Split – Josip Kalajžić, zamjenik gradonačelnika\n"
            "Grad Dubrovnik – Nikolina Obradović, gradonačelnica\n"
            "Istarska županija – Regione Istriana – Mauro Benčić, župan"
        ),
        after=(
            "Sporazum je otvoren za pristupanje ostalim primorskim gradovima i općinama. "
            "Sljedeći sastanak bit će održan u proljeće 2024. u Splitu."
        ),
        expected=(
            "Pula/HR; Rovinj/HR; Poreč/HR; Labin/HR; Opatija/HR; Kastav/HR; Viškovo/HR; "
            "Zadar/HR; Šibenik/HR; Split/HR; Dubrovnik/HR; "
            "Istarska županija|Istria County|Istria/HR/county"
        ),
    ),
    Page(
        name="sk-r43b-table-spaces-kraj",
        language="sk",
        kinds="table_tabs;region_after;columns_after;body_not_city;no_country",
        title="Členovia Združenia miest pre čistú mobilitu",
        date=(2024, 2, 27),
        before=(
            "Združenie miest pre čistú mobilitu spája slovenské mestá, ktoré budujú "
            "cyklotrasy, zavádzajú elektrobusy a upokojujú dopravu v centrách. Nasledujúci "
            "prehľad sme prevzali z výročnej správy za rok 2023 (tabuľka 2)."
        ),
        listing=(
            "Tabuľka 2: Členovia združenia k 31. 12. 2023\n"
            "Člen                          Kraj                  Obyvatelia   Členom od\n"
            "Mesto Banská Bystrica         Banskobystrický       74 500       2018\n"
            "Mesto Zvolen                  Banskobystrický       40 100       2019\n"
            "Mesto Lučenec                 Banskobystrický       25 000       2022\n"
            "Mesto Žilina                  Žilinský              80 800       2018\n"
            "Mesto Martin                  Žilinský              52 000       2018\n"
            "Mesto Ružomberok              Žilinský              26 500       2020\n"
            "Mesto Liptovský Mikuláš       Žilinský              30 000       2021\n"
            "Mesto Trnava                  Trnavský              63 000       2018\n"
            "Mesto Piešťany                Trnavský              27 000       2019\n"
            "Mesto Hlohovec                Trnavský              20 800       2023\n"
            "Mesto Trenčín                 Trenčiansky           54 700       2018\n"
            "Mesto Prievidza               Trenčiansky           44 000       2020\n"
            "Mesto Nitra                   Nitriansky            76 500       2019\n"
            "Mesto Levice                  Nitriansky            32 000       2022\n"
            "Mesto Komárno                 Nitriansky            32 600       2023\n"
            "Mesto Poprad                  Prešovský             49 500       2019\n"
            "Mesto Bardejov                Prešovský             30 500       2021\n"
            "Mesto Humenné                 Prešovský             31 000       2023\n"
            "Mesto Michalovce              Košický               38 000       2020\n"
            "Mesto Spišská Nová Ves        Košický               35 500       2022\n"
            "Mesto Pezinok                 Bratislavský          24 000       2019\n"
            "Trnavský samosprávny kraj     Trnavský              564 000      2021"
        ),
        after=("Sídlo združenia: Hlavná 7, Košice. Prihlášku za člena nájdete v časti Dokumenty."),
        expected=(
            "Banská Bystrica/SK; Zvolen/SK; Lučenec/SK; Žilina/SK; Martin/SK; Ružomberok/SK; "
            "Liptovský Mikuláš/SK; Trnava/SK; Piešťany/SK; Hlohovec/SK; Trenčín/SK; "
            "Prievidza/SK; Nitra/SK; Levice/SK; Komárno/SK; Poprad/SK; Bardejov/SK; "
            "Humenné/SK; Michalovce/SK; Spišská Nová Ves/SK; Pezinok/SK; "
            "Trnavský samosprávny kraj|Trnava Region/SK/region"
        ),
    ),
    Page(
        name="lt-r43b-genitive-plural-running",
        language="lt",
        kinds="running_text;inflected;body_not_city;not_signatory",
        title="Savivaldybės pasirašė memorandumą dėl darnaus judumo",
        date=(2024, 4, 10),
        before=(
            "Palangoje vykusiame Savivaldybių darnaus judumo forume buvo pasirašytas "
            "memorandumas, kuriuo savivaldybės įsipareigoja iki 2030 metų dvigubai padidinti "
            "dviračių takų tinklą ir atnaujinti viešojo transporto parką."
        ),
        listing=(
            "Memorandumą pasirašė Vilniaus, Kauno, Klaipėdos, Šiaulių ir Panevėžio miestų "
            "savivaldybių merai. Prie jų prisijungė Alytaus miesto, Birštono ir Druskininkų "
            "savivaldybės, taip pat Kauno rajono savivaldybė, kurios vardu dokumentą pasirašė "
            "mero pavaduotoja Rūta Jankauskienė."
        ),
        after=(
            "Forumo šeimininkė – Palangos miesto savivaldybė – memorandumo nepasirašė, tačiau "
            "žadėjo prisidėti prie jo įgyvendinimo. Ketinimą prisijungti artimiausiu metu "
            "išreiškė ir Telšių bei Tauragės rajonų savivaldybės.\n\n"
            "Daugiau informacijos: Lietuvos darnaus judumo asociacija, tel. +370 5 212 3456"
        ),
        expected=(
            "Vilnius/LT; Kaunas/LT; Klaipėda/LT; Šiauliai/LT; Panevėžys/LT; Alytus/LT; "
            "Birštonas/LT; Druskininkai/LT; "
            "Kauno rajono savivaldybė|Kaunas District Municipality/LT/county"
        ),
    ),
    Page(
        name="no-r43b-signature-blocks-sami",
        language="no",
        kinds="person_after;named_twice;body_not_city;not_signatory;person_named_like_place",
        title="Nordområdeoppropet om klimatilpasning",
        date=(2024, 3, 14),
        before=(
            "Vi, ordførere og fylkesordførere i Nord-Norge, samlet i Longyearbyen 14. mars "
            "2024, ber regjeringen om en egen ordning for klimatilpasning i nord. Flom, "
            "skred og tining av permafrost rammer allerede veier, vannforsyning og boliger i "
            "våre kommuner.\n\n"
            "Vi forplikter oss til å dele kartlegginger og beredskapsplaner, og til å "
            "involvere samiske miljøer og reindriften i alle planer som berører deres "
            "områder.\n\n"
            "Undertegnet i Longyearbyen, 14. mars 2024"
        ),
        listing=(
            "For Bodø kommune\n"
            "Sigrid Johansen\n"
            "ordfører\n"
            "\n"
            "For Tromsø kommune / Romssa suohkan\n"
            "Eirik Pedersen Bakke\n"
            "ordfører\n"
            "\n"
            "For Guovdageainnu suohkan / Kautokeino kommune\n"
            "Máret Inga Sara\n"
            "sátnejođiheaddji / ordfører\n"
            "\n"
            "For Kárášjoga gielda / Karasjok kommune\n"
            "Nils Ánde Guttorm\n"
            "sátnejođiheaddji / ordfører\n"
            "\n"
            "For Alta kommune\n"
            "Kristin Moss\n"
            "varaordfører\n"
            "\n"
            "For Hammerfest kommune / Hámmárfeasta suohkan\n"
            "Trond Isaksen\n"
            "ordfører\n"
            "\n"
            "For Vadsø kommune / Čáhcesullo gielda / Vesisaaren komuuni\n"
            "Hilde Karlsen Ruong\n"
            "ordfører\n"
            "\n"
            "For Harstad kommune / Hárštták suohkan\n"
            "Ole Martin Strand\n"
            "ordfører\n"
            "\n"
            "For Narvik kommune\n"
            "Linn Elvebakk\n"
            "ordfører\n"
            "\n"
            "For Sortland kommune\n"
            "Geir Arne Hanssen\n"
            "ordfører\n"
            "\n"
            "For Troms fylkeskommune / Romssa fylkkasuohkan\n"
            "Anne Grethe Solheim\n"
            "fylkesordfører"
        ),
        after=(
            "Sametinget og KS Nord-Norge har gitt sin støtte til oppropet.\n"
            "Kontaktperson: Sigrid Johansen, tlf. 755 55 000"
        ),
        expected=(
            "Bodø/NO; Tromsø/NO; Kautokeino/NO; Karasjok|Kárášjohka/NO; Alta/NO; "
            "Hammerfest/NO; Vadsø/NO; Harstad/NO; Narvik/NO; Sortland/NO; "
            "Troms fylkeskommune|Troms County Council|Troms/NO/region"
        ),
    ),
    Page(
        name="da-r43b-kommuner-running-genitive",
        language="da",
        kinds="running_text;paragraphs;inflected;not_signatory",
        title="Syv sønderjyske og trekantskommuner går sammen om grundvandet",
        date=(2024, 1, 25),
        before=(
            "Grundvandet under Syd- og Østjylland skal beskyttes bedre. Derfor har syv "
            "kommuner torsdag underskrevet en fælles aftale om at stoppe brugen af sprøjtemidler "
            "i de mest sårbare områder. Aftalen blev underskrevet på et møde i Odense, hvor "
            "Region Syddanmark var vært."
        ),
        listing=(
            "Borgmestrene i Kolding, Fredericia, Middelfart, Vejle og Haderslev Kommuner "
            "skrev under på aftalen på mødet.\n\n"
            "Aabenraa Kommunes borgmester, Jens Højgaard, kunne ikke deltage, men "
            "underskrev aftalen dagen efter.\n\n"
            "Også Sønderborgs viceborgmester, Mette Lauridsen, har sat sit navn på aftalen "
            "på vegne af Sønderborg Kommune."
        ),
        after=(
            "Region Syddanmark bakker op om aftalen, men er ikke selv part i den. Esbjerg og "
            "Varde Kommuner følger arbejdet som observatører.\n\n"
            "– Vi drikker alle af det samme vand, siger Kolding Kommunes vandplanlægger, "
            "Anders Bøgh."
        ),
        expected=(
            "Kolding/DK; Fredericia/DK; Middelfart/DK; Vejle/DK; Haderslev/DK; Aabenraa/DK; "
            "Sønderborg/DK"
        ),
    ),
    Page(
        name="en-r43b-india-ulb-table-states",
        language="en",
        kinds="table_tabs;region_after;columns_after;person_after;person_named_like_place;not_signatory",
        title="Heat Action Compact: Signatory Urban Local Bodies",
        date=(2024, 4, 30),
        before=(
            "The Heat Action Compact was opened for signature at the National Urban Heat "
            "Summit in New Delhi on 29 April 2024. By signing, an urban local body commits "
            "to notify a heat action plan before the next summer, to map its most vulnerable "
            "wards, and to keep public drinking-water points and cooling shelters open "
            "between March and June.\n\n"
            "The following urban local bodies signed the Compact at the Summit (as on "
            "30.04.2024):"
        ),
        listing=(
            "S. No.  Urban Local Body                          State            Signed by\n"
            "1       Pune Municipal Corporation                Maharashtra      "
            "Mr. Ajmer Singh Dhillon, Municipal Commissioner\n"
            "2       Nagpur Municipal Corporation              Maharashtra      "
            "Ms. Rekha Deshpande, Additional Commissioner\n"
            "3       Greater Chennai Corporation               Tamil Nadu       "
            "Mr. K. Senthilnathan, Commissioner\n"
            "4       Coimbatore City Municipal Corporation     Tamil Nadu       "
            "Ms. S. Kalaiselvi, Deputy Commissioner\n"
            "5       Madurai Corporation                       Tamil Nadu       "
            "Mr. R. Arulmozhi, Commissioner\n"
            "6       Bruhat Bengaluru Mahanagara Palike        Karnataka        "
            "Mr. Prakash Hegde, Special Commissioner\n"
            "7       Mysuru City Corporation                   Karnataka        "
            "Ms. Shwetha Gowda, Commissioner\n"
            "8       Surat Municipal Corporation               Gujarat          "
            "Mr. Hitesh Parmar, Deputy Municipal Commissioner\n"
            "9       Vadodara Municipal Corporation            Gujarat          "
            "Ms. Nirali Trivedi, Municipal Commissioner\n"
            "10      Indore Municipal Corporation              Madhya Pradesh   "
            "Mr. Anil Chouhan, Commissioner\n"
            "11      Bhopal Municipal Corporation              Madhya Pradesh   "
            "Ms. Pooja Raghuvanshi, Commissioner\n"
            "12      Kochi Municipal Corporation               Kerala           "
            "Ms. Anitha Varghese, Secretary\n"
            "13      Thiruvananthapuram Corporation            Kerala           "
            "Mr. Sreejith Nair, Secretary\n"
            "14      Bhubaneswar Municipal Corporation         Odisha           "
            "Ms. Sasmita Mohanty, Commissioner\n"
            "15      Guwahati Municipal Corporation            Assam            "
            "Mr. Pranjal Baruah, Commissioner\n"
            "16      Jaipur Municipal Corporation Heritage     Rajasthan        "
            "Mr. Vikram Rathore, Commissioner"
        ),
        after=(
            "Further cities may sign the Compact through their State urban development "
            "departments. The Compact secretariat is hosted by the Institute for Urban "
            "Resilience, Lodhi Road, New Delhi 110003.\n\n"
            "Note: Signatories are listed in the order in which they signed."
        ),
        expected=(
            "Pune/IN; Nagpur/IN; Chennai/IN; Coimbatore/IN; Madurai/IN; Bengaluru/IN; "
            "Mysuru|Mysore/IN; Surat/IN; Vadodara/IN; Indore/IN; Bhopal/IN; Kochi/IN; "
            "Thiruvananthapuram/IN; Bhubaneswar/IN; Guwahati/IN; Jaipur/IN"
        ),
        note="a commissioner named Ajmer Singh; the summit in New Delhi did not sign",
    ),
    Page(
        name="es-r43b-latam-official-names",
        language="es",
        kinds="one_a_line;country_in_language;person_after;person_named_like_place;not_signatory;body_not_city",
        title="Carta de Mendoza: Ciudades latinoamericanas por el agua",
        date=(2023, 8, 24),
        before=(
            "Reunidos en la ciudad de Mendoza, las y los representantes de gobiernos locales de "
            "América Latina suscribimos la presente Carta, convencidos de que la seguridad "
            "hídrica se juega en los territorios.\n\n"
            "Nos comprometemos a proteger las cuencas que abastecen a nuestras ciudades, a "
            "reducir el agua no contabilizada y a garantizar el acceso al agua potable en los "
            "barrios populares.\n\n"
            "Agradecemos a la Municipalidad de Mendoza su hospitalidad.\n\n"
            "Firman:"
        ),
        listing=(
            "Intendencia de Montevideo (Uruguay) – Intendenta Lucía Ferreira Olivera\n"
            "Municipalidad de Rosario (Argentina) – Intendente Martín Gorostiaga\n"
            "Municipalidad de Córdoba (Argentina) – Secretaria de Ambiente Concepción Arévalo\n"
            "Gobierno Autónomo Municipal de La Paz (Bolivia) – Alcalde Rodrigo Mamani Quispe\n"
            "Gobierno Autónomo Municipal de Cochabamba (Bolivia) – Alcaldesa Wilma Rocha\n"
            "Municipalidad Provincial de Trujillo (Perú) – Alcalde Jorge Alvarado Ruiz\n"
            "Municipalidad Provincial de Arequipa (Perú) – Teniente Alcalde Rosa Zegarra\n"
            "GAD Municipal del Cantón Cuenca (Ecuador) – Alcaldesa Paola Ordóñez\n"
            "Alcaldía de Manizales (Colombia) – Alcalde Felipe Londoño Arango\n"
            "Alcaldía de Pasto (Colombia) – Alcaldesa Diana Bastidas\n"
            "Municipalidad de San José (Costa Rica) – Vicealcalde Esteban Quirós\n"
            "Alcaldía Municipal de San Salvador (El Salvador) – Alcalde Mauricio Henríquez\n"
            "Municipalidad de Asunción (Paraguay) – Intendente Gustavo Benítez\n"
            "Ilustre Municipalidad de Valdivia (Chile) – Alcaldesa Javiera Contreras"
        ),
        after=(
            "La Carta queda abierta a la adhesión de otros gobiernos locales de la región. "
            "Secretaría técnica: Red Latinoamericana de Ciudades y Agua, Av. 18 de Julio 1360, "
            "Montevideo."
        ),
        expected=(
            "Intendencia de Montevideo|Montevideo Department|Montevideo/UY/region; Rosario/AR; "
            "Córdoba/AR; La Paz/BO; Cochabamba/BO; Trujillo/PE; "
            "Arequipa/PE; Cuenca/EC; Manizales/CO; Pasto/CO; San José/CR; San Salvador/SV; "
            "Asunción/PY; Valdivia/CL"
        ),
        note="Mendoza hosts; a signer named Concepción; the Intendencia governs a department",
    ),
    Page(
        name="ar-r43b-country-headings-baladiya",
        language="ar",
        kinds="region_heading;country_in_language;person_after;not_signatory",
        title="المدن الموقعة على ميثاق المدن المتوسطية للتراث الحي",
        date=(2024, 10, 3),
        before=(
            "اعتُمد ميثاق المدن المتوسطية للتراث الحي خلال المنتدى السنوي للشبكة الذي احتضنته "
            "مدينة مراكش يومي 1 و2 أكتوبر 2024. ويلتزم الموقعون بحماية المدن العتيقة وأسواقها "
            "وحرفها التقليدية، وبإشراك السكان في مشاريع الترميم.\n\n"
            "وفي ما يلي قائمة الجماعات والبلديات الموقعة حسب البلد:"
        ),
        listing=(
            "المغرب\n"
            "جماعة فاس – رئيس المجلس الجماعي: السيد يوسف العلوي\n"
            "جماعة تطوان – نائبة الرئيس: السيدة سلمى بنعيسى\n"
            "جماعة شفشاون – رئيس المجلس الجماعي: السيد حمزة الريسوني\n"
            "جماعة وجدة – رئيس المجلس الجماعي: السيد كريم الزياني\n"
            "\n"
            "تونس\n"
            "بلدية صفاقس – رئيس البلدية: السيد منير الشعري\n"
            "بلدية سوسة – رئيسة البلدية: السيدة ريم بن عمار\n"
            "بلدية القيروان – رئيس البلدية: السيد نبيل الغربي\n"
            "بلدية بنزرت – رئيس البلدية: السيد هشام الدريدي\n"
            "\n"
            "لبنان\n"
            "بلدية طرابلس – رئيس البلدية: السيد سامر عويضة\n"
            "بلدية صيدا – رئيس البلدية: السيد وليد الحجار\n"
            "بلدية جبيل – رئيسة البلدية: السيدة نادين خوري\n"
            "\n"
            "الأردن\n"
            "بلدية إربد الكبرى – رئيس البلدية: السيد عمر الزعبي\n"
            "بلدية السلط الكبرى – رئيس البلدية: السيد فراس العربيات"
        ),
        after=(
            "وقد شاركت جماعة مراكش، بصفتها المدينة المضيفة، في صياغة الميثاق دون أن توقع "
            "عليه في هذه المرحلة.\n\n"
            "الأمانة العامة للشبكة: شارع الحبيب بورقيبة 45، تونس العاصمة."
        ),
        expected=(
            "Fes/MA; Tétouan|Tetouan/MA; Chefchaouen/MA; Oujda/MA; Sfax/TN; Sousse/TN; "
            "Kairouan/TN; Bizerte/TN; Tripoli/LB; Sidon/LB; Byblos/LB; Irbid/JO; "
            "As Salt|Salt/JO"
        ),
        note="Marrakesh hosts and did not sign; the secretariat in Tunis",
    ),
    Page(
        name="vi-r43b-thanh-pho-tinh-bullets",
        language="vi",
        kinds="bulleted;region_after;region_heading;not_signatory;no_country",
        title="Danh sách thành viên Mạng lưới các đô thị ứng phó biến đổi khí hậu",
        date=(2024, 11, 20),
        before=(
            "Tại hội nghị thường niên tổ chức tại Huế ngày 19/11/2024, Mạng lưới các đô thị "
            "ứng phó biến đổi khí hậu đã kết nạp thêm ba thành viên mới là thành phố Cà Mau, "
            "thành phố Tuy Hòa và thành phố Pleiku, nâng tổng số thành viên lên 14 đô thị.\n\n"
            "Danh sách thành viên hiện nay:"
        ),
        listing=(
            "Thành phố trực thuộc Trung ương\n"
            "• Thành phố Đà Nẵng\n"
            "• Thành phố Hải Phòng\n"
            "• Thành phố Cần Thơ\n"
            "\n"
            "Thành phố thuộc tỉnh\n"
            "• Thành phố Hạ Long (tỉnh Quảng Ninh)\n"
            "• Thành phố Vinh (tỉnh Nghệ An)\n"
            "• Thành phố Quy Nhơn (tỉnh Bình Định)\n"
            "• Thành phố Tuy Hòa (tỉnh Phú Yên)\n"
            "• Thành phố Nha Trang (tỉnh Khánh Hòa)\n"
            "• Thành phố Đà Lạt (tỉnh Lâm Đồng)\n"
            "• Thành phố Buôn Ma Thuột (tỉnh Đắk Lắk)\n"
            "• Thành phố Pleiku (tỉnh Gia Lai)\n"
            "• Thành phố Thái Nguyên (tỉnh Thái Nguyên)\n"
            "• Thành phố Rạch Giá (tỉnh Kiên Giang)\n"
            "• Thành phố Cà Mau (tỉnh Cà Mau)"
        ),
        after=(
            "Văn phòng điều phối Mạng lưới đặt tại Hà Nội. Các đô thị quan tâm có thể liên hệ "
            "qua thư điện tử: vanphong@dothikhihau.vn."
        ),
        expected=(
            "Da Nang/VN; Haiphong|Hai Phong/VN; Cần Thơ|Can Tho/VN; Hạ Long|Ha Long/VN; "
            "Vinh/VN; Qui Nhon|Quy Nhon/VN; Tuy Hòa|Tuy Hoa/VN; Nha Trang/VN; Da Lat/VN; "
            "Buôn Ma Thuột|Buon Ma Thuot/VN; Pleiku/VN; Thái Nguyên|Thai Nguyen/VN; "
            "Rạch Giá|Rach Gia/VN; Cà Mau|Ca Mau/VN"
        ),
        note="Huế hosts the meeting; the office in Hanoi",
    ),
]

"""Hand-written pages, batch zx: written at the start of round 23 (branch fix23x) by the fixer of
one class of shape, before reading the reader or running it on them: places in another form than
the gazetteer's. Czech genitives of two-word names after `primátor statutárního města` and
`starosta města`; Polish genitives of two-word names in running text beside a host in the
locative; Latvian `X valstspilsētas dome` with the year joined; Danish exonyms of German towns
(`Flensborg`, `Slesvig`, `Rendsborg`, `Egernførde`) beside `X Kommune` under side headings;
a Finnish tab table of `Iin kunta`, `Oulun kaupunki` with regions in the genitive column;
Ukrainian adjectival `X міська територіальна громада` with the oblast after it, one oblast
named like its city; Greek member cards `Δήμος Αθηναίων` with a region among the members;
German official names with a descriptive word before or inside (`Hansestadt Rostock`, `Stadt
Halle (Saale)`, `Lutherstadt Wittenberg`, `Brandenburg an der Havel`). Invented texts and
people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "cs-vyzva-primatoru-genitivy-dvouslovnych-mest-olomouc",
        "cs",
        "one_a_line;inflected;person_before;not_signatory;no_country",
        "Výzva primátorů a starostů Zdravých měst k financování veřejného zdraví",
        (2025, 3, 14),
        "Úvod > Aktuality > Výzvy a stanoviska\n\n"
        "Na jarním zasedání Národní sítě Zdravých měst, které se konalo 12. března v Olomouci, "
        "přijali představitelé členských měst společnou výzvu vládě a Poslanecké sněmovně. "
        "Hostitelem zasedání byl primátor statutárního města Olomouce, který výzvu podpořil "
        "jako předsedající.\n\n"
        "Města žádají, aby byl program podpory místních plánů zdraví zachován i v příštím "
        "rozpočtovém období a aby obce dostaly přístup k datům o zdraví obyvatel ve svém "
        "správním území.\n\n"
        "Výzvu podepsali:",
        "Mgr. Jana Dvořáková, primátorka statutárního města Hradce Králové\n"
        "Ing. Petr Kalous, primátor statutárního města Českých Budějovic\n"
        "Mgr. Tomáš Beneš, primátor statutárního města Ústí nad Labem\n"
        "Bc. Lenka Šustrová, primátorka statutárního města Frýdku-Místku\n"
        "JUDr. Martin Vodička, primátor statutárního města Karlových Varů\n"
        "Ing. Radek Holub, primátor statutárního města Mladé Boleslavi\n"
        "PhDr. Eva Kratochvílová, starostka města Jindřichova Hradce\n"
        "Mgr. Ondřej Málek, starosta města Havlíčkova Brodu\n"
        "Ing. Jitka Poláková, starostka města Nového Jičína",
        "Celé znění výzvy ke stažení (PDF, 182 kB)\n\n"
        "Další zasedání sítě se uskuteční v listopadu v Táboře.\n\n"
        "Související články\nDen zdraví v Kroměříži přilákal tisíce návštěvníků\n"
        "Chrudim a Litomyšl otevřely nové cyklostezky",
        "Hradec Králové/CZ; České Budějovice/CZ; Ústí nad Labem/CZ; Frýdek-Místek/CZ; "
        "Karlovy Vary/CZ; Mladá Boleslav/CZ; Jindřichův Hradec/CZ; Havlíčkův Brod/CZ; "
        "Nový Jičín/CZ",
        "`Name, primátor statutárního města X` / `starosta města X` with genitives of two-word "
        "names (`Hradce Králové`, `Českých Budějovic`, `Karlových Varů`, `Nového Jičína`); "
        "Olomouc the host, Tábor the next venue, Kroměříž, Chrudim, Litomyšl in teasers",
    ),
    Page(
        "pl-stanowisko-prezydenci-dopelniacz-dwuczlonowe-kielce",
        "pl",
        "running_text;inflected;person_before;not_signatory;no_country",
        "Prezydenci miast średnich apelują o zmiany w ustawie o dochodach samorządów",
        (2025, 5, 20),
        "Strona główna > Aktualności\n\n"
        "Podczas posiedzenia Komisji Miast na Prawach Powiatu, które odbyło się w Kielcach, "
        "samorządowcy przyjęli wspólne stanowisko w sprawie finansowania usług publicznych. "
        "Gospodarzem spotkania była prezydent Kielc, która przedstawiła dane z budżetu miasta.",
        "Pod stanowiskiem podpisali się prezydenci Gorzowa Wielkopolskiego, Zielonej Góry, "
        "Jeleniej Góry, Bielska-Białej i Piotrkowa Trybunalskiego, a także prezydent Ostrowa "
        "Wielkopolskiego, prezydent Nowego Sącza, prezydent Stalowej Woli oraz prezydent "
        "Tomaszowa Mazowieckiego. Samorządowcy podkreślają, że bez zmian w ustawie miasta "
        "średniej wielkości nie będą w stanie utrzymać komunikacji publicznej na obecnym "
        "poziomie.",
        "Stanowisko zostanie przekazane Ministrowi Finansów oraz przewodniczącym klubów "
        "parlamentarnych. Kolejne posiedzenie Komisji zaplanowano na wrzesień w Lublinie.\n\n"
        "Zobacz także\nRzeszów i Przemyśl wspólnie o transporcie kolejowym\n"
        "Forum Rozwoju Miast w Gdyni – relacja",
        "Gorzów Wielkopolski/PL; Zielona Góra/PL; Jelenia Góra/PL; Bielsko-Biała/PL; "
        "Piotrków Trybunalski/PL; Ostrów Wielkopolski/PL; Nowy Sącz/PL; Stalowa Wola/PL; "
        "Tomaszów Mazowiecki/PL",
        "one paragraph of genitives of two-word names after `prezydenci` and `prezydent` "
        "(`Gorzowa Wielkopolskiego`, `Zielonej Góry`, `Stalowej Woli`); Kielce the host "
        "(`w Kielcach`, `prezydent Kielc`), Lublin the next venue, Rzeszów, Przemyśl, Gdynia in "
        "teasers",
    ),
    Page(
        "lv-paktam-pievienojusas-valstspilsetas-dome-gads",
        "lv",
        "one_a_line;inflected;columns_after;not_signatory;no_country",
        "Pilsētu mēru paktam Latvijā pievienojušās pašvaldības",
        (2024, 11, 7),
        "Sākums > Par mums > Dalībnieki\n\n"
        "Pilsētu mēru pakts par klimatu un enerģētiku apvieno pašvaldības, kas brīvprātīgi "
        "apņēmušās samazināt siltumnīcefekta gāzu emisijas vismaz par 55 % līdz 2030. gadam. "
        "Latvijā pakta darbu koordinē Rīgas enerģētikas aģentūra, kas sniedz atbalstu "
        "pašvaldībām rīcības plānu sagatavošanā.\n\n"
        "Paktam pievienojušās šādas Latvijas pašvaldības (iekavās – pievienošanās gads):",
        "Liepājas valstspilsētas dome (2009)\n"
        "Jelgavas valstspilsētas dome (2010)\n"
        "Jūrmalas valstspilsētas dome (2011)\n"
        "Ventspils valstspilsētas dome (2014)\n"
        "Rēzeknes valstspilsētas dome (2016)\n"
        "Daugavpils valstspilsētas dome (2021)",
        'Rīcības plānu paraugi un vadlīnijas pieejamas sadaļā "Resursi".\n\n'
        "Jaunumi\nCēsīs notiks enerģētikas dienas\nValmierā atklāta jauna saules elektrostacija",
        "Liepāja/LV; Jelgava/LV; Jūrmala/LV; Ventspils/LV; Rēzekne/LV; Daugavpils/LV",
        "`X valstspilsētas dome (year)` one a line, the city in the genitive; Riga only as the "
        "coordinating agency's seat, Cēsis and Valmiera (locatives) in teasers",
    ),
    Page(
        "da-graenseaftale-tyske-byer-danske-navne-kommuner",
        "da",
        "one_a_line;inflected;region_heading;person_after;not_signatory;country_in_language",
        "Byer på begge sider af grænsen underskriver aftale om klimatilpasning",
        (2025, 2, 26),
        "Forside > Nyheder\n\n"
        "Ved et møde i Padborg tirsdag underskrev ni byer og kommuner fra Sønderjylland og "
        "Sydslesvig en fælles aftale om klimatilpasning langs Flensborg Fjord og Vestkysten. "
        "Mødet blev ledet af Region Syddanmarks regionsrådsformand. Aftalen skal blandt andet "
        "sikre fælles data om stormflod og en koordineret indsats mod oversvømmelser.\n\n"
        "Aftalen er underskrevet af:",
        "Tysk side\n"
        "Flensborg by – overborgmester Karin Vogt\n"
        "Slesvig by – borgmester Henning Stöver\n"
        "Husum by – borgmester Ute Clausen\n"
        "Rendsborg by – borgmester Jens Mahler\n"
        "Egernførde by – borgmester Frauke Tiedemann\n"
        "\n"
        "Dansk side\n"
        "Sønderborg Kommune – borgmester Lars Winther\n"
        "Aabenraa Kommune – borgmester Mette Kjær\n"
        "Tønder Kommune – borgmester Poul Nissen\n"
        "Haderslev Kommune – borgmester Birgit Højgaard",
        "Aftalen følges op af en arbejdsgruppe med sekretariat i Aabenraa. Næste møde holdes "
        "i Kiel i efteråret.\n\n"
        "Læs også\nHamborg og København styrker samarbejdet om grøn skibsfart\n"
        "Ny færgerute mellem Rømø og Sild",
        "Flensburg/DE; Schleswig/DE; Husum/DE; Rendsburg/DE; Eckernförde/DE; Sønderborg/DK; "
        "Aabenraa/DK; Tønder/DK; Haderslev/DK",
        "German towns by their Danish names (`Flensborg by`, `Slesvig by`, `Rendsborg`, "
        "`Egernførde`) and `X Kommune` under `Tysk side` / `Dansk side` with `– borgmester "
        "Name`; Padborg the venue, Aabenraa also the secretariat's seat (a signatory), Kiel the "
        "next venue, Hamborg, København, Rømø, Sild in teasers",
    ),
    Page(
        "fi-hinku-kunnat-taulukko-iin-kunta-maakunta",
        "fi",
        "table_tabs;inflected;columns_after;region_after;not_signatory;no_country",
        "Hiilineutraalien kuntien verkostoon liittyneet kunnat",
        (2025, 1, 30),
        "Etusivu > Verkosto > Jäsenet\n\n"
        "Hiilineutraalien kuntien verkosto kokoaa yhteen kunnat, jotka tavoittelevat 80 "
        "prosentin päästövähennystä vuoden 2007 tasosta vuoteen 2030 mennessä. Verkoston "
        "koordinaattorina toimii Suomen ympäristökeskus Helsingissä.\n\n"
        "Verkostoon kuuluvat kunnat:",
        "Kunta\tMaakunta\tLiittynyt\n"
        "Iin kunta\tPohjois-Pohjanmaa\t2008\n"
        "Limingan kunta\tPohjois-Pohjanmaa\t2017\n"
        "Muhoksen kunta\tPohjois-Pohjanmaa\t2019\n"
        "Oulun kaupunki\tPohjois-Pohjanmaa\t2019\n"
        "Raahen kaupunki\tPohjois-Pohjanmaa\t2021\n"
        "Kemin kaupunki\tLappi\t2020\n"
        "Porin kaupunki\tSatakunta\t2016\n"
        "Hämeenlinnan kaupunki\tKanta-Häme\t2018\n"
        "Lappeenrannan kaupunki\tEtelä-Karjala\t2015",
        "Taulukko päivitetty 15.1.2025.\n\n"
        "Ajankohtaista\nTampereella ja Jyväskylässä kokeillaan aurinkolämpöä\n"
        "Kuopion energiapäivät 10.–11.3.",
        "Ii/FI; Liminka/FI; Muhos/FI; Oulu/FI; Raahe/FI; Kemi/FI; Pori/FI; Hämeenlinna/FI; "
        "Lappeenranta/FI",
        "a tab table of official names `Iin kunta`, `Oulun kaupunki` (genitives, Ii two "
        "letters) with a region and a year column; Helsinki the coordinator's seat, Tampere, "
        "Jyväskylä, Kuopio in teasers",
    ),
    Page(
        "uk-hromady-numerovani-prykmetnyky-oblast-pislia",
        "uk",
        "numbered;inflected;region_after;not_signatory;country_in_language",
        "Нові учасниці мережі: десять громад підписали Меморандум про відновлення",
        (2025, 4, 3),
        "Головна > Новини\n\n"
        "Під час форуму «Відновлення громад», що відбувся в Києві, до Меморандуму про "
        "стале відновлення приєдналися десять територіальних громад. Форум відкрив "
        "міський голова Києва, а модерувала дискусію координаторка мережі з Львова.\n\n"
        "Меморандум підписали:",
        "1. Бучанська міська територіальна громада (Київська область)\n"
        "2. Ірпінська міська територіальна громада (Київська область)\n"
        "3. Славутицька міська територіальна громада (Київська область)\n"
        "4. Білоцерківська міська територіальна громада (Київська область)\n"
        "5. Житомирська міська територіальна громада (Житомирська область)\n"
        "6. Хмельницька міська територіальна громада (Хмельницька область)\n"
        "7. Кам'янець-Подільська міська територіальна громада (Хмельницька область)\n"
        "8. Вінницька міська територіальна громада (Вінницька область)\n"
        "9. Луцька міська територіальна громада (Волинська область)\n"
        "10. Миргородська міська територіальна громада (Полтавська область)",
        "Громади-учасниці отримають методичну підтримку та доступ до грантової програми.\n\n"
        "Читайте також\nОдеса та Миколаїв обмінялися досвідом енергоефективності\n"
        "У Харкові відкрили новий центр надання послуг",
        "Bucha/UA; Irpin/UA; Slavutych/UA; Bila Tserkva/UA; Zhytomyr/UA; Khmelnytskyi/UA; "
        "Kamianets-Podilskyi/UA; Vinnytsia/UA; Lutsk/UA; Myrhorod/UA",
        "numbered adjectival community names `Бучанська міська територіальна громада` with "
        "the oblast after it, three oblasts named like their cities; Kyiv the venue, Lviv the "
        "coordinator's, Odesa, Mykolaiv, Kharkiv in teasers",
    ),
    Page(
        "el-kartes-melon-dimos-genikh-perifereia-kentrikis-makedonias",
        "el",
        "one_a_line;inflected;region_after;body_not_city;not_signatory;no_country",
        "Μέλη του Εθνικού Δικτύου Υγιών Πόλεων",
        (2024, 10, 15),
        "Αρχική > Το Δίκτυο > Μέλη\n\n"
        "Το Εθνικό Δίκτυο Υγιών Πόλεων – Πόλεων Προαγωγής Υγείας ιδρύθηκε το 1995 και "
        "συνεργάζεται με το Γραφείο Περιφερειακής Ευρώπης του Παγκόσμιου Οργανισμού Υγείας. "
        "Η έδρα της Γραμματείας βρίσκεται στο Μαρούσι.\n\n"
        "Τα μέλη του Δικτύου",
        "Δήμος Αθηναίων\nΠεριφέρεια Αττικής\nΜέλος από το 1995\nΠερισσότερα\n\n"
        "Δήμος Θεσσαλονίκης\nΠεριφέρεια Κεντρικής Μακεδονίας\nΜέλος από το 1997\nΠερισσότερα\n\n"
        "Δήμος Ηρακλείου\nΠεριφέρεια Κρήτης\nΜέλος από το 1998\nΠερισσότερα\n\n"
        "Δήμος Πατρέων\nΠεριφέρεια Δυτικής Ελλάδας\nΜέλος από το 2001\nΠερισσότερα\n\n"
        "Δήμος Ιωαννιτών\nΠεριφέρεια Ηπείρου\nΜέλος από το 2003\nΠερισσότερα\n\n"
        "Δήμος Λαρισαίων\nΠεριφέρεια Θεσσαλίας\nΜέλος από το 2005\nΠερισσότερα\n\n"
        "Δήμος Τρικκαίων\nΠεριφέρεια Θεσσαλίας\nΜέλος από το 2006\nΠερισσότερα\n\n"
        "Δήμος Χανίων\nΠεριφέρεια Κρήτης\nΜέλος από το 2010\nΠερισσότερα\n\n"
        "Δήμος Καλαμάτας\nΠεριφέρεια Πελοποννήσου\nΜέλος από το 2012\nΠερισσότερα\n\n"
        "Περιφέρεια Κεντρικής Μακεδονίας\nΠεριφερειακό μέλος\nΜέλος από το 2018\nΠερισσότερα",
        "Η ενημέρωση του καταλόγου γίνεται κάθε έτος μετά τη Γενική Συνέλευση.\n\n"
        "Νέα\nΕβδομάδα άθλησης στη Βέροια και στην Κομοτηνή\n"
        "Ημερίδα για την υγιή γήρανση στον Βόλο",
        "Athens/GR; Thessaloniki/GR; Heraklion/GR; Patras/GR; Ioannina/GR; Larissa/GR; "
        "Trikala/GR; Chania/GR; Kalamata/GR; "
        "Περιφέρεια Κεντρικής Μακεδονίας|Central Macedonia/GR/region",
        "member cards `Δήμος X` in the genitive (`Αθηναίων`, `Πατρέων`, `Λαρισαίων`, "
        "`Τρικκαίων` demonym genitives) over each member's region, and a region as a member; "
        "Marousi the secretariat's seat, Veroia, Komotini, Volos in teasers",
    ),
    Page(
        "de-erklaerung-amtliche-namen-hansestadt-an-der",
        "de",
        "one_a_line;inflected;region_after;not_signatory;no_country",
        "Potsdamer Erklärung: Kommunen für eine verlässliche Wärmewende",
        (2025, 6, 11),
        "Startseite > Aktuelles > Erklärungen\n\n"
        "Auf Einladung der Landeshauptstadt Potsdam haben Vertreterinnen und Vertreter von elf "
        "Städten am 10. Juni die Potsdamer Erklärung zur kommunalen Wärmeplanung verabschiedet. "
        "Die Städte fordern von Bund und Ländern eine dauerhafte Finanzierung der Wärmenetze "
        "und eine Vereinfachung der Förderverfahren.\n\n"
        "Unterzeichnende Kommunen (Stand: 11. Juni 2025):",
        "Hansestadt Rostock, Mecklenburg-Vorpommern\n"
        "Universitäts- und Hansestadt Greifswald, Mecklenburg-Vorpommern\n"
        "Hansestadt Stralsund, Mecklenburg-Vorpommern\n"
        "Stadt Halle (Saale), Sachsen-Anhalt\n"
        "Lutherstadt Wittenberg, Sachsen-Anhalt\n"
        "Stadt Brandenburg an der Havel, Brandenburg\n"
        "Stadt Frankfurt (Oder), Brandenburg\n"
        "Stadt Frankfurt am Main, Hessen\n"
        "Stadt Mülheim an der Ruhr, Nordrhein-Westfalen\n"
        "Universitätsstadt Tübingen, Baden-Württemberg\n"
        "Stadt Weil am Rhein, Baden-Württemberg",
        "Die Erklärung steht weiteren Kommunen zur Unterzeichnung offen. Ansprechpartnerin ist "
        "die Geschäftsstelle in Berlin.\n\n"
        "Weitere Meldungen\nLeipzig und Dresden starten gemeinsames Wärmenetz-Monitoring\n"
        "Fachtagung Kommunale Wärmeplanung in Kassel",
        "Rostock/DE; Greifswald/DE; Stralsund/DE; Halle (Saale)/DE; Lutherstadt Wittenberg/DE; "
        "Brandenburg an der Havel/DE; Frankfurt (Oder)/DE; Frankfurt am Main/DE; "
        "Mülheim an der Ruhr/DE; Tübingen/DE; Weil am Rhein/DE",
        "official names with a descriptive word (`Hansestadt`, `Universitäts- und Hansestadt`, "
        "`Lutherstadt`, `Universitätsstadt`, `Stadt`) and compounds (`an der Havel`, `(Oder)`, "
        "`am Main`) with the Land after them, Brandenburg the Land after Brandenburg an der "
        "Havel; Potsdam the host, Berlin the office, Leipzig, Dresden, Kassel in teasers",
    ),
]

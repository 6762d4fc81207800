"""Batch r55a: 14 pages in 14 languages of Europe the corpus has few pages of, written without
reading the reader or running it: a Basque news item whose case ending sits only on the last
town of `Durango, Eibar, Zarautz eta Tolosako udalek` beside a provincial council and a venue
`Donostian`; Icelandic `Fyrir hönd Akureyrarbæjar` signature blocks in the genitive; a Catalan
directory of member cards under territory headings with `Catalunya del Nord (França)` and a
`Consell Comarcal`; an Estonian numbered tab table of `Tartu linn` / `Valga vald` with its
maakond and a union of municipalities; a Slovenian PDF copy of `Za Mestno občino X` blocks with
hyphenated names and running headers; Serbian Cyrillic genitives `градоначелници Новог Сада,
Ниша ... и Ужица`; Bulgarian `Община X` under `Област X` headings; Slovak news of towns joining
with `Trenčianskeho samosprávneho kraja` and a mayor named Martin; a Croatian table aligned with
spaces with `županija` columns and counties as members; Hungarian signature lines `Pécs Megyei
Jogú Város polgármestere` with a host `Debrecen városa`; Czech `kraj (n): X, Y, Z` lines;
Finnish `Tampereen kaupunki` over mayors named Lahti and Salo; Swedish `Karlstads kommun och
Jönköpings kommun` with a region; Danish member cards of 31 `Kommune` and a region."""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "eu-r55a-udalak-batu-dira-eta",
        "eu",
        "running_text;inflected;not_signatory;body_not_city;no_country",
        "Lau udal eta Bizkaiko Foru Aldundia sarera batu dira",
        (2025, 5, 22),
        "Klima Trantsiziorako Udalen Sareak bost kide berri ditu. Atzo Donostian egindako "
        "batzar orokorrean, Miren Etxeberria Zubiaur sareko lehendakariak ongietorria eman "
        "zien kide berriei eta gogorarazi zuen sareak 2030erako helburu partekatuak dituela: "
        "energia-kontsumoa murriztea, eraikin publikoak birgaitzea eta herritarrei "
        "laguntzea.",
        "Durango, Eibar, Zarautz eta Tolosako udalek, baita Bizkaiko Foru Aldundiak ere, "
        "sareko adierazpena sinatu dute eta datozen bi urteetarako ekintza-planak aurkeztuko "
        "dituzte.",
        '"Herri txikiek eta ertainek elkarrekin lan egin behar dute", esan zuen Ander '
        "Goikoetxea Larrañagak, sareko idazkari teknikoak. Sareak orain 46 kide ditu "
        "Araban, Bizkaian, Gipuzkoan eta Nafarroan. Hurrengo batzarra Baionan izango da "
        "udazkenean.",
        "Durango/ES; Eibar/ES; Zarautz/ES; Tolosa/ES; Bizkaiko Foru Aldundia|Bizkaia/ES/province",
    ),
    Page(
        "is-r55a-fyrir-hond-sveitarfelaga",
        "is",
        "person_after;inflected;not_signatory;no_country",
        "Sameiginleg yfirlýsing sveitarfélaga um orkuskipti í samgöngum",
        (2025, 3, 14),
        "Við undirrituð, fyrir hönd sveitarfélaganna, lýsum því yfir að við munum vinna saman "
        "að orkuskiptum í almenningssamgöngum og í bílaflota sveitarfélaganna. Við munum "
        "fjölga hleðslustöðvum, styðja við virka ferðamáta og birta árlega stöðu "
        "verkefnanna.\n\nUndirritað á Selfossi 14. mars 2025.",
        "Fyrir hönd Reykjavíkurborgar\nHelga Sigurðardóttir, borgarstjóri\n\n"
        "Fyrir hönd Akureyrarbæjar\nJón Örn Hauksson, bæjarstjóri\n\n"
        "Fyrir hönd Hafnarfjarðarkaupstaðar\nSigrún Eva Ólafsdóttir, bæjarstjóri\n\n"
        "Fyrir hönd Kópavogsbæjar\nGunnar Þór Einarsson, bæjarstjóri\n\n"
        "Fyrir hönd Garðabæjar\nKristín Björk Jónsdóttir, bæjarstjóri\n\n"
        "Fyrir hönd Mosfellsbæjar\nArnar Freyr Pálsson, bæjarstjóri\n\n"
        "Fyrir hönd Reykjanesbæjar\nElín Rós Guðmundsdóttir, bæjarstjóri\n\n"
        "Fyrir hönd Ísafjarðarbæjar\nHalldór Snær Kristjánsson, bæjarstjóri",
        "Yfirlýsingin verður kynnt á landsþingi sveitarfélaga í haust.",
        "Reykjavík/IS; Akureyri/IS; Hafnarfjörður/IS; Kópavogur/IS; Garðabær/IS; "
        "Mosfellsbær/IS; Reykjanesbær/IS; Ísafjörður/IS",
    ),
    Page(
        "ca-r55a-fitxes-membres-per-territori",
        "ca",
        "region_heading;country_in_language;columns_after;majority_other_country;body_not_city",
        "Municipis membres de la Xarxa de Ciutats pel Comerç de Proximitat",
        (2024, 11, 5),
        "La Xarxa agrupa ajuntaments i ens locals que impulsen el comerç de proximitat, els "
        "mercats municipals i els eixos comercials. Consulteu la fitxa de cada membre per "
        "conèixer-ne els projectes.",
        "Catalunya (9)\n"
        "Ajuntament de Girona\nGironès · membre des de 2012\nVeure fitxa\n"
        "Ajuntament de Lleida\nSegrià · membre des de 2012\nVeure fitxa\n"
        "Ajuntament de Vic\nOsona · membre des de 2014\nVeure fitxa\n"
        "Ajuntament d'Igualada\nAnoia · membre des de 2015\nVeure fitxa\n"
        "Ajuntament de Manresa\nBages · membre des de 2015\nVeure fitxa\n"
        "Consell Comarcal del Bages\nBages · membre des de 2018\nVeure fitxa\n"
        "Ajuntament de Reus\nBaix Camp · membre des de 2016\nVeure fitxa\n"
        "Ajuntament d'Olot\nGarrotxa · membre des de 2019\nVeure fitxa\n"
        "Ajuntament de Tortosa\nBaix Ebre · membre des de 2021\nVeure fitxa\n\n"
        "País Valencià (4)\n"
        "Ajuntament de Gandia\nSafor · membre des de 2013\nVeure fitxa\n"
        "Ajuntament d'Alcoi\nAlcoià · membre des de 2016\nVeure fitxa\n"
        "Ajuntament d'Ontinyent\nVall d'Albaida · membre des de 2020\nVeure fitxa\n"
        "Ajuntament de Xàtiva\nCostera · membre des de 2022\nVeure fitxa\n\n"
        "Illes Balears (2)\n"
        "Ajuntament de Palma\nMallorca · membre des de 2014\nVeure fitxa\n"
        "Ajuntament de Maó\nMenorca · membre des de 2023\nVeure fitxa\n\n"
        "Andorra (1)\n"
        "Comú d'Andorra la Vella\nAndorra · membre des de 2017\nVeure fitxa\n\n"
        "Catalunya del Nord (França) (1)\n"
        "Ajuntament de Perpinyà\nRosselló · membre des de 2024\nVeure fitxa",
        "Voleu que el vostre municipi s'hi sumi? Escriviu a la secretaria tècnica.",
        "Girona/ES; Lleida/ES; Vic/ES; Igualada/ES; Manresa/ES; "
        "Consell Comarcal del Bages|Bages/ES/county; Reus/ES; Olot/ES; Tortosa/ES; "
        "Gandia/ES; Alcoy|Alcoi/ES; Ontinyent/ES; Xàtiva/ES; Palma/ES; Maó/ES; "
        "Andorra la Vella/AD; Perpignan|Perpinyà/FR",
    ),
    Page(
        "et-r55a-tabel-linn-vald-maakond",
        "et",
        "table_tabs;numbered;columns_after;region_after;body_not_city;no_country",
        "Rattasõbralike omavalitsuste võrgustiku liikmed",
        (2025, 2, 3),
        "Võrgustikku kuuluvad omavalitsused on kokku leppinud, et arendavad jalgratta- ja "
        "kergliiklusteid ning jagavad kogemusi. Allolevas tabelis on liikmed "
        "liitumise järjekorras.",
        "Nr\tOmavalitsus\tMaakond\tLiitunud\n"
        "1.\tTartu linn\tTartumaa\t2016\n"
        "2.\tPärnu linn\tPärnumaa\t2016\n"
        "3.\tViljandi linn\tViljandimaa\t2017\n"
        "4.\tHaapsalu linn\tLäänemaa\t2017\n"
        "5.\tRakvere linn\tLääne-Virumaa\t2018\n"
        "6.\tVõru linn\tVõrumaa\t2018\n"
        "7.\tNarva linn\tIda-Virumaa\t2019\n"
        "8.\tKeila linn\tHarjumaa\t2020\n"
        "9.\tPaide linn\tJärvamaa\t2020\n"
        "10.\tValga vald\tValgamaa\t2021\n"
        "11.\tPõlva vald\tPõlvamaa\t2022\n"
        "12.\tRapla vald\tRaplamaa\t2023\n"
        "13.\tIda-Viru Omavalitsuste Liit\tIda-Virumaa\t2024",
        "Võrgustiku koordinaator on Kadri Tamm (kadri.tamm@rattavorgustik.ee).",
        "Tartu/EE; Pärnu/EE; Viljandi/EE; Haapsalu/EE; Rakvere/EE; Võru/EE; Narva/EE; "
        "Keila/EE; Paide/EE; Valga/EE; Põlva/EE; Rapla/EE; "
        "Ida-Viru Omavalitsuste Liit/EE/union of municipalities",
    ),
    Page(
        "sl-r55a-pdf-za-mestno-obcino",
        "sl",
        "broken_lines;inflected;person_after;not_signatory;no_country",
        "Skupna izjava slovenskih občin o trajnostni mobilnosti",
        (2025, 9, 18),
        "Skupna izjava slovenskih občin o trajnostni mobilnosti (PDF, 212 kB)\n\n"
        "Podpisnice se zavezujemo, da bomo do leta 2030 povečale delež poti, opravlje-\n"
        "nih peš, s kolesom in z javnim prevozom, ter uskladile načrte trajnostne\n"
        "mobilnosti s sosednjimi občinami. Vsako leto bomo objavile poročilo o napred-\n"
        "ku in ga predstavile na skupnem posvetu.\n\n"
        "Podpisano v Ptuju, 18. septembra 2025",
        "Za Mestno občino Ljubljana\nmag. Tomaž Lesjak, župan\n\n"
        "Za Mestno občino Maribor\nPetra Kovačič Žnidar, podžupanja\n\n"
        "Za Mestno občino Kranj\nMatej Zupan, župan\n\n"
        "Za Mestno občino Celje\ndr. Irena Vidmar, županja\n\n"
        "Skupna izjava o trajnostni mobilnosti                                   2/3\n\n"
        "Za Mestno občino Koper\nAleš Bratina, župan\n\n"
        "Za Mestno občino No-\nvo mesto\nGregor Kastelic, župan\n\n"
        "Za Mestno občino Nova Go-\nrica\nNina Leban, županja\n\n"
        "Za Mestno občino Velenje\nRok Hriberšek, župan\n\n"
        "Za Občino Piran\nLuka Mrak, župan\n\n"
        "Skupna izjava o trajnostni mobilnosti                                   3/3\n\n"
        "Za Občino Izola\nMojca Pečar, županja\n\n"
        "Za Občino Idrija\nJure Kosmač, župan",
        "Izjava je bila podpisana v enajstih izvodih. Posvet je organiziralo Združenje za "
        "mobilnost občin, Prešernova cesta 12, Ljubljana.",
        "Ljubljana/SI; Maribor/SI; Kranj/SI; Celje/SI; Koper/SI; Novo Mesto/SI; "
        "Nova Gorica/SI; Velenje/SI; Piran/SI; Izola/SI; Idrija/SI",
    ),
    Page(
        "sr-r55a-gradonacelnici-genitiv-i",
        "sr",
        "running_text;inflected;not_signatory;no_country",
        "Градоначелници осам градова потписали Повељу о чистом ваздуху",
        (2025, 4, 10),
        "Мрежа градова за чист ваздух добила је нове потписнике Повеље, којом се градови "
        "обавезују да до 2028. године смање загађење ваздуха из грејања и саобраћаја.",
        "Повељу су у четвртак у Београду потписали градоначелници Новог Сада, Ниша, "
        "Крагујевца, Суботице, Чачка, Краљева и Ужица, као и председница Скупштине града "
        "Панчева.",
        "„Ово је тек почетак заједничког рада“, рекла је Драгана Милошевић, координаторка "
        "мреже из Сомбора. Следећи састанак потписника биће одржан на јесен у Зрењанину.",
        "Novi Sad/RS; Niš/RS; Kragujevac/RS; Subotica/RS; Čačak/RS; Kraljevo/RS; "
        "Užice/RS; Pančevo/RS",
    ),
    Page(
        "bg-r55a-oblast-obshtina-chlenove",
        "bg",
        "region_heading;one_a_line;body_not_city;no_country",
        "Общини – членове на Мрежата за културен туризъм",
        (2024, 10, 21),
        "Мрежата обединява общини, които развиват културния туризъм и опазват местното "
        "наследство. Членовете са подредени по области.",
        "Област Пловдив\nОбщина Пловдив\nОбщина Асеновград\nОбщина Карлово\n\n"
        "Област Варна\nОбщина Варна\nОбщина Девня\n\n"
        "Област Бургас\nОбщина Бургас\nОбщина Созопол\nОбщина Несебър\nОбщина Поморие\n\n"
        "Област Стара Загора\nОбщина Стара Загора\nОбщина Казанлък\n\n"
        "Област Габрово\nОбщина Габрово\nОбщина Севлиево\n\n"
        "Област Велико Търново\nОбщина Велико Търново\n\n"
        "Област Смолян\nОбщина Смолян\n\n"
        "Област Благоевград\nОбщина Благоевград\nОбщина Банско\n\n"
        "Област Шумен\nОбщина Шумен\n\n"
        "Асоциирани членове\nСдружение на родопските общини",
        "Секретариат на Мрежата: ул. „Цар Симеон“ 14, София.",
        "Plovdiv/BG; Asenovgrad/BG; Karlovo/BG; Varna/BG; Devnya/BG; Burgas/BG; "
        "Sozopol/BG; Nesebar/BG; Pomorie/BG; Stara Zagora/BG; Kazanlak/BG; Gabrovo/BG; "
        "Sevlievo/BG; Veliko Tŭrnovo/BG; Smolyan/BG; Blagoevgrad/BG; Bansko/BG; Shumen/BG; "
        "Сдружение на родопските общини|Association of Rhodope Municipalities"
        "/BG/union of municipalities",
    ),
    Page(
        "sk-r55a-pristupili-mesta-a-kraj",
        "sk",
        "running_text;inflected;not_signatory;body_not_city;person_named_like_place;no_country",
        "Sieť miest pre čistý vzduch rozšírili tri mestá a jeden samosprávny kraj",
        (2024, 11, 28),
        "Sieť miest pre čistý vzduch má nových členov. Predsedníčka siete a primátorka Banskej "
        "Bystrice Ivana Hrušovská privítala na jesennom sneme zástupcov miest, ktoré sa "
        "zaviazali merať kvalitu ovzdušia a obmedziť spaľovanie tuhých palív.",
        "Na sneme v Nitre členovia jednomyseľne schválili prihlášky mesta Prešov, mesta Poprad "
        "a mesta Zvolen, ako aj Trenčianskeho samosprávneho kraja.",
        "„Čisté ovzdušie je téma, ktorú žiadne mesto nevyrieši samo,“ povedal primátor "
        "Popradu Martin Gavenda. Sieť tak združuje 38 miest a obcí a dva kraje. Ďalší snem sa "
        "uskutoční na jar v Martine.",
        "Prešov/SK; Poprad/SK; Zvolen/SK; Trenčiansky samosprávny kraj|Trenčín Region/SK/region",
    ),
    Page(
        "hr-r55a-tablica-razmaci-zupanija",
        "hr",
        "table_tabs;region_after;columns_after;body_not_city;no_country",
        "Potpisnici Povelje gradova za zelenu obnovu",
        (2025, 6, 30),
        "Povelju gradova za zelenu obnovu do sada su potpisali sljedeći gradovi i županije:",
        "Potpisnik                     Županija                      Datum pristupanja\n"
        "Grad Rijeka                   Primorsko-goranska            12. 3. 2021.\n"
        "Grad Pula – Pola              Istarska                      12. 3. 2021.\n"
        "Istarska županija             Istarska                      30. 4. 2021.\n"
        "Grad Osijek                   Osječko-baranjska             7. 6. 2021.\n"
        "Grad Zadar                    Zadarska                      7. 6. 2021.\n"
        "Grad Varaždin                 Varaždinska                   15. 9. 2021.\n"
        "Grad Šibenik                  Šibensko-kninska              15. 9. 2021.\n"
        "Grad Karlovac                 Karlovačka                    2. 2. 2022.\n"
        "Grad Koprivnica               Koprivničko-križevačka        2. 2. 2022.\n"
        "Grad Čakovec                  Međimurska                    19. 5. 2022.\n"
        "Međimurska županija           Međimurska                    19. 5. 2022.\n"
        "Grad Dubrovnik                Dubrovačko-neretvanska        11. 1. 2023.\n"
        "Grad Sisak                    Sisačko-moslavačka            11. 1. 2023.\n"
        "Grad Vinkovci                 Vukovarsko-srijemska          8. 11. 2023.\n"
        "Grad Bjelovar                 Bjelovarsko-bilogorska        8. 11. 2023.\n"
        "Grad Slavonski Brod           Brodsko-posavska              20. 3. 2024.",
        "Tajništvo Povelje nalazi se u Zagrebu, Ilica 45.",
        "Rijeka/HR; Pula/HR; Istarska županija|Istria County/HR/county; Osijek/HR; "
        "Zadar/HR; Varaždin/HR; Šibenik/HR; Karlovac/HR; Koprivnica/HR; Čakovec/HR; "
        "Međimurska županija|Međimurje County/HR/county; Dubrovnik/HR; Sisak/HR; "
        "Vinkovci/HR; Bjelovar/HR; Slavonski Brod/HR",
    ),
    Page(
        "hu-r55a-megyei-jogu-varos-polgarmestere",
        "hu",
        "person_before;person_named_like_place;not_signatory;body_not_city;no_country",
        "Közös nyilatkozat a városi hőségriadó-tervekről",
        (2025, 10, 9),
        "A nyilatkozatot a Városok a Klímáért Szövetség miskolci ülésén fogadták el. A "
        "tavalyi ülésnek Debrecen városa adott otthont. Az aláírók vállalják, hogy 2026 "
        "nyaráig elkészítik városuk hőségriadó-tervét, hűsölő pontokat jelölnek ki, és "
        "fákat ültetnek a legforróbb városrészekben.\n\nKelt: Miskolc, 2025. október 9.\n\n"
        "Aláírók:",
        "Dr. Fehér Ildikó s.k.\nPécs Megyei Jogú Város polgármestere\n\n"
        "Győri Balázs s.k.\nSopron Megyei Jogú Város polgármestere\n\n"
        "Szalai Gergely s.k.\nVeszprém Megyei Jogú Város polgármestere\n\n"
        "Tóth-Vámos Eszter s.k.\nSzékesfehérvár Megyei Jogú Város alpolgármestere, "
        "a polgármester megbízásából\n\n"
        "Kelemen Zsolt s.k.\nEger Megyei Jogú Város polgármestere\n\n"
        "Bakó Judit s.k.\nSzombathely Megyei Jogú Város polgármestere\n\n"
        "Nagy-Pál Krisztián s.k.\nZalaegerszeg Megyei Jogú Város polgármestere\n\n"
        "Vörös Hanna s.k.\nBudapest Főváros főpolgármester-helyettese\n\n"
        "Horváth Ákos s.k.\nBaranya Vármegyei Önkormányzat, a közgyűlés elnöke",
        "A nyilatkozathoz csatlakozni a szövetség titkárságán lehet (1052 Budapest, "
        "Városház utca 9.).",
        "Pécs/HU; Sopron/HU; Veszprém/HU; Székesfehérvár/HU; Eger/HU; Szombathely/HU; "
        "Zalaegerszeg/HU; Budapest/HU; "
        "Baranya Vármegyei Önkormányzat|Baranya Vármegye|Baranya County/HU/county",
    ),
    Page(
        "cs-r55a-kraj-pocet-mesta-na-radku",
        "cs",
        "several_a_line;region_before;body_not_city;not_signatory;no_country",
        "Členská města Sítě měst pro veřejný prostor",
        (2025, 1, 16),
        "Síť měst pro veřejný prostor sdružuje města, která pečují o náměstí, parky a ulice "
        "jako o místa setkávání. Letošní valná hromada se konala v Litomyšli, kde starostka "
        "města přivítala zástupce členských měst. Přehled členů podle krajů:",
        "Jihomoravský kraj (4): Statutární město Brno, Znojmo, Břeclav, Hodonín\n"
        "Kraj Vysočina (3): Jihlava, Třebíč, Žďár nad Sázavou\n"
        "Liberecký kraj (2): Liberec, Jablonec nad Nisou\n"
        "Olomoucký kraj (3): Olomouc, Prostějov, Přerov\n"
        "Zlínský kraj (3): Zlín, Kroměříž, Vsetín\n"
        "Jihočeský kraj (3): České Budějovice, Písek, Tábor\n"
        "Moravskoslezský kraj (4): Ostrava, Opava, Havířov, Frýdek-Místek\n"
        "Pardubický kraj (2): Pardubice, Chrudim\n"
        "Královéhradecký kraj (2): Hradec Králové, Trutnov\n"
        "Plzeňský kraj (2): Plzeň, Klatovy\n"
        "Ústecký kraj (2): Ústí nad Labem, Děčín\n"
        "Karlovarský kraj (2): Karlovy Vary, Cheb\n"
        "Středočeský kraj (3): Kladno, Kolín, Mladá Boleslav\n\n"
        "Přidružený člen: Liberecký kraj",
        "Chcete-li se stát členem, napište nám na adresu sekretariátu v Pardubicích.",
        "Brno/CZ; Znojmo/CZ; Břeclav/CZ; Hodonín/CZ; Jihlava/CZ; Třebíč/CZ; "
        "Žďár nad Sázavou/CZ; Liberec/CZ; Jablonec nad Nisou/CZ; Olomouc/CZ; Prostějov/CZ; "
        "Přerov/CZ; Zlín/CZ; Kroměříž/CZ; Vsetín/CZ; České Budějovice/CZ; Písek/CZ; "
        "Tábor/CZ; Ostrava/CZ; Opava/CZ; Havířov/CZ; Frýdek-Místek/CZ; Pardubice/CZ; "
        "Chrudim/CZ; Hradec Králové/CZ; Trutnov/CZ; Pilsen|Plzeň/CZ; Klatovy/CZ; "
        "Ústí nad Labem/CZ; Děčín/CZ; Karlovy Vary/CZ; Cheb/CZ; Kladno/CZ; Kolín/CZ; "
        "Mladá Boleslav/CZ; Liberecký kraj|Liberec Region/CZ/region",
        note="Pardubice is also the secretariat's seat after the list; expected once, as a member",
    ),
    Page(
        "fi-r55a-kaupunki-genetiivi-allekirjoitus",
        "fi",
        "person_after;person_named_like_place;inflected;not_signatory;body_not_city;no_country",
        "Kaupunkien yhteinen sitoumus kiertotalouden edistämiseksi",
        (2024, 9, 12),
        "Allekirjoittaneet kaupungit sitoutuvat puolittamaan yhdyskuntajätteen määrän "
        "asukasta kohden vuoteen 2035 mennessä, lisäämään uudelleenkäyttöä julkisissa "
        "hankinnoissa ja raportoimaan edistymisestä vuosittain. Sitoumus allekirjoitettiin "
        "Turussa kaupunkien kiertotalousfoorumissa 12.9.2024.",
        "Tampereen kaupunki\nPaula Ylönen, pormestari\n\n"
        "Oulun kaupunki\nJari Lahti, kaupunginjohtaja\n\n"
        "Jyväskylän kaupunki\nAnne Mäkelä, kaupunginjohtaja\n\n"
        "Lahden kaupunki\nHeidi Salo, kaupunginjohtaja\n\n"
        "Kuopion kaupunki\nTimo Hyvönen, kaupunginjohtaja\n\n"
        "Porin kaupunki\nMarjo Lehtinen, kaupunginjohtaja\n\n"
        "Joensuun kaupunki\nEero Karvinen, kaupunginjohtaja\n\n"
        "Vaasan kaupunki\nMaria Sundqvist, kaupunginjohtaja\n\n"
        "Seinäjoen kaupunki\nPekka Hautala, kaupunginjohtaja\n\n"
        "Hämeenlinnan kaupunki\nLiisa Rantanen, kaupunginjohtaja\n\n"
        "Porvoon kaupunki\nJohan Lindberg, kaupunginjohtaja\n\n"
        "Helsingin seudun ympäristöpalvelut -kuntayhtymä (HSY)\nTuula Aaltonen, "
        "toimitusjohtaja",
        "Sitoumukseen voi liittyä milloin tahansa. Lisätietoja antaa verkoston koordinaattori.",
        "Tampere/FI; Oulu/FI; Jyväskylä/FI; Lahti/FI; Kuopio/FI; Pori/FI; Joensuu/FI; "
        "Vaasa/FI; Seinäjoki/FI; Hämeenlinna/FI; Porvoo/FI; "
        "Helsingin seudun ympäristöpalvelut -kuntayhtymä|HSY/FI/union of municipalities",
    ),
    Page(
        "sv-r55a-ansluter-kommuner-och-region",
        "sv",
        "running_text;inflected;not_signatory;body_not_city;no_country",
        "Tre kommuner och en region ansluter till Nätverket för hållbara måltider",
        (2025, 10, 2),
        "Nätverket för hållbara måltider växer. Nätverket samlar kommuner och regioner som "
        "vill minska matsvinnet och öka andelen närproducerade råvaror i skolor och på "
        "äldreboenden.",
        "Vid höstens nätverksträff i Örebro välkomnades Växjö kommun, Karlstads kommun och "
        "Jönköpings kommun som nya medlemmar, liksom Region Jämtland Härjedalen.",
        "– Vi har länge samarbetat med kockar i Umeå och Luleå, och nu får vi ännu fler att "
        "lära av, säger nätverkets ordförande Karin Lundgren. Nästa nätverksträff hålls i "
        "Östersund i mars.",
        "Växjö/SE; Karlstad/SE; Jönköping/SE; Region Jämtland Härjedalen/SE/region",
    ),
    Page(
        "da-r55a-medlemskort-kommune-region",
        "da",
        "one_a_line;columns_after;region_after;inflected;body_not_city;no_country",
        "Medlemmer af Netværket for Klimatilpasning",
        (2024, 8, 26),
        "Netværket samler kommuner og regioner, der arbejder med skybrudssikring, "
        "kystbeskyttelse og grønne byrum. Se alle medlemmer herunder.",
        "\n".join(
            f"{body}\n{region}\nMedlem siden {year}\nLæs mere"
            for body, region, year in (
                ("Københavns Kommune", "Region Hovedstaden", 2012),
                ("Frederiksberg Kommune", "Region Hovedstaden", 2012),
                ("Helsingør Kommune", "Region Hovedstaden", 2014),
                ("Hillerød Kommune", "Region Hovedstaden", 2016),
                ("Ballerup Kommune", "Region Hovedstaden", 2019),
                ("Roskilde Kommune", "Region Sjælland", 2013),
                ("Køge Kommune", "Region Sjælland", 2013),
                ("Holbæk Kommune", "Region Sjælland", 2017),
                ("Næstved Kommune", "Region Sjælland", 2018),
                ("Slagelse Kommune", "Region Sjælland", 2021),
                ("Odense Kommune", "Region Syddanmark", 2012),
                ("Svendborg Kommune", "Region Syddanmark", 2015),
                ("Middelfart Kommune", "Region Syddanmark", 2015),
                ("Nyborg Kommune", "Region Syddanmark", 2020),
                ("Kolding Kommune", "Region Syddanmark", 2014),
                ("Vejle Kommune", "Region Syddanmark", 2013),
                ("Esbjerg Kommune", "Region Syddanmark", 2016),
                ("Sønderborg Kommune", "Region Syddanmark", 2018),
                ("Fredericia Kommune", "Region Syddanmark", 2022),
                ("Region Syddanmark", "Regionalt medlem", 2019),
                ("Aarhus Kommune", "Region Midtjylland", 2012),
                ("Randers Kommune", "Region Midtjylland", 2014),
                ("Viborg Kommune", "Region Midtjylland", 2017),
                ("Horsens Kommune", "Region Midtjylland", 2017),
                ("Silkeborg Kommune", "Region Midtjylland", 2019),
                ("Herning Kommune", "Region Midtjylland", 2020),
                ("Skive Kommune", "Region Midtjylland", 2023),
                ("Aalborg Kommune", "Region Nordjylland", 2013),
                ("Hjørring Kommune", "Region Nordjylland", 2016),
                ("Frederikshavn Kommune", "Region Nordjylland", 2018),
                ("Thisted Kommune", "Region Nordjylland", 2021),
            )
        ),
        "Netværkets sekretariat: Vestergade 8, 8000 Aarhus C.",
        "Copenhagen|København/DK; Frederiksberg/DK; Helsingør/DK; Hillerød/DK; Ballerup/DK; "
        "Roskilde/DK; Køge/DK; Holbæk/DK; Næstved/DK; Slagelse/DK; Odense/DK; Svendborg/DK; "
        "Middelfart/DK; Nyborg/DK; Kolding/DK; Vejle/DK; Esbjerg/DK; Sønderborg/DK; "
        "Fredericia/DK; Region Syddanmark|Region of Southern Denmark/DK/region; "
        "Aarhus|Århus/DK; Randers/DK; Viborg/DK; Horsens/DK; Silkeborg/DK; Herning/DK; "
        "Skive/DK; Aalborg/DK; Hjørring/DK; Frederikshavn/DK; Thisted/DK",
        note="Aarhus is also the secretariat's seat after the list; expected once, as a member",
    ),
]

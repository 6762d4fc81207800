"""Hand-written pages, batch zd: written for issue #20 (branch acczd) during round 13 and held
out from its changes to the reader and from the next round's, by an engineer who had read
neither the reader nor its tests, modelled on how European city networks, their national
sections and town alliances publish statements and member pages (none copied): 7 statements (a
declaration, an open letter, a resolution copied from a PDF, a joint appeal, a river towns'
declaration, a joint statement of councils, a mountain towns' declaration) and 7 member pages
(new members, a directory, an annual report's member grid, a twinning network's table, a
national network's members, a national section's new members, a regional network's
municipalities), in 14 languages (ca, eu, sl, lv, et, bg, el, is, hr, sk, lt, de AT, it South
Tyrol, en IE; 5 to 50 entries). Shapes: Catalan signatories under comarca names before a colon,
several a line joined by `i`, with the venue Manresa and a supporting Diputació; Basque new
members as genitives sharing one noun (`Azpeitiko, Zarauzko ... eta Amurrioko udalek`) with
`Arrasateko` for Mondragón, a venue `Vitoria-Gasteizen` and the next host `Donostian`; a
Slovenian tab table of Alpine towns with Slovenian exonyms (`Beljak (Villach)`, `Trident`),
countries in Slovenian and Gap, with the Alpine Convention signed in Salzburg; a Latvian
annual report's member grid copied from a PDF, three a line between tabs, each Latvianised name
after its ISO code (`PL Gdaņska`, `SE Norčēpinga`, `LT Viļņa`), a running header and the
secretariat `Gdaņskā`; Estonian `Name, Tartu linnapea` lines with a mayor named Elva, the venue
`Paides` and the Copenhagen Consensus; a Bulgarian Douzelage table `Държава / Град / Член от`
with the country first and every town in Cyrillic, the Maastricht Treaty and Granville as the
founding place; Greek bullets `Name, Δήμαρχος X` in the genitive with a mayor named Athena, the
venue Mytilene and the Dublin Regulation; Icelandic official names (`Kópavogsbær`,
`Sveitarfélagið Árborg`, `Múlaþing`) under landshluti headings with years, the Ottawa Charter and
a meeting `í Stykkishólmi`; Croatian `Grad Poreč – Parenzo` bullets and four županije, one named
after Split, the seat Zagreb and the Zagreb Declaration; a Slovak resolution copied from a PDF,
`Mesto X (ZA)` with district codes that are countries' (ZA, BB, KE, TN, MT, LV, SN), names
hyphenated over lines and a venue `v Banskej Štiavnici`; Lithuanian numbered new members `Town
– X apskritis` whose apskritys are named after cities, with the coordinator Birštonas and
Orvieto; an Austrian Danube declaration named after its host Tulln, signatories by river
kilometre in German exonyms (`Pressburg (Bratislava)`, `Neusatz`, `Widin`, `Galatz`) with Ulm
named; 46 South Tyrolean municipalities `Italian / German` (and Ladin) with a star for the
certified ones (Varna, Tirolo, Egna / Neumarkt); Irish councillors in every order of title and
place (`Lord Mayor of Cork, Cllr Dónal Ennis`), two county councils, the Mansion House and the
Aarhus Convention. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "ca-declaracio-manresa-comarques-dos-punts-i",
        "ca",
        "several_a_line;region_before;running_text;no_country;not_signatory",
        "Declaració de Manresa per a l'adaptació climàtica dels municipis",
        (2025, 5, 22),
        "Inici > Actualitat > Declaracions\n\n"
        "Els municipis catalans de l'Aliança pel Clima han aprovat aquest dijous la Declaració "
        "de Manresa, en el marc de la trobada anual de la xarxa celebrada a la capital del "
        "Bages. L'alcalde amfitrió, Jordi Puigdomènech, va obrir la jornada recordant que "
        "l'estiu passat Manresa va superar per primera vegada els 42 graus.\n\n"
        "La declaració, que s'inspira en l'Acord de París i en el Pacte de Milà sobre política "
        "alimentària urbana, compromet els signants a:\n"
        "a) elaborar abans del 2027 un pla d'adaptació amb refugis climàtics a menys de deu "
        "minuts a peu de cada veí;\n"
        "b) reduir un 40 % el consum d'aigua dels equipaments municipals;\n"
        "c) compartir dades i experiències amb la resta de membres europeus de la xarxa, "
        "coordinada des de la secretaria de Frankfurt del Main.\n\n"
        "Municipis signants, per comarques:",
        "Vallès Occidental: Sabadell, Terrassa, Sant Cugat del Vallès i Rubí.\n"
        "Baix Llobregat: Sant Boi de Llobregat, Cornellà de Llobregat i el Prat de Llobregat.\n"
        "Osona: Vic i Manlleu.\n"
        "Gironès: Girona i Salt.\n"
        "Segrià: Lleida.\n"
        "Baix Camp: Reus i Cambrils.\n"
        "Maresme: Mataró, Vilassar de Mar i Premià de Mar.",
        "Amb el suport de la Diputació de Barcelona i de l'Agència Catalana de l'Aigua.\n\n"
        "La propera trobada tindrà lloc a Tortosa la primavera del 2026.\n\n"
        "Descarrega la declaració (PDF, 1,2 MB)",
        "Sabadell/ES; Terrassa/ES; Sant Cugat del Vallès/ES; Rubí/ES; "
        "Sant Boi de Llobregat/ES; Cornellà de Llobregat/ES; El Prat de Llobregat/ES; Vic/ES; "
        "Manlleu/ES; Girona/ES; Salt/ES; Lleida/ES; Reus/ES; Cambrils/ES; Mataró/ES; "
        "Vilassar de Mar/ES; Premià de Mar/ES",
        "comarca names before a colon, towns joined by `, ` and `i` (`el Prat de Llobregat`); the "
        "venue Manresa (capital del Bages), the Pacte de Milà, a secretariat in Frankfurt, the "
        "supporting Diputació de Barcelona and the next venue Tortosa do not sign",
    ),
    Page(
        "eu-udal-berriak-genitibo-partekatua-udalek",
        "eu",
        "running_text;inflected;no_country;not_signatory",
        "Zazpi udal berri batu dira Klima Aliantzara",
        (2025, 3, 14),
        "Albisteak · Sarea\n\n"
        "Klima Aliantzaren Euskal Herriko sareak Vitoria-Gasteizen egin du urteko batzarra, "
        "Europa Jauregian. Bilboko zinegotzi eta sareko lehendakari Miren Etxeberriak "
        "ongietorria eman die aurten sartu diren kideei.\n\n",
        "Batzarrean onartu dira aurtengo eskaerak: Azpeitiko, Zarauzko, Tolosako, Durangoko, "
        "Bermeoko, Arrasateko eta Amurrioko udalek eman dute izena sarean, eta, horiekin, 46 "
        "udalerrik osatzen dute Euskal Herriko sarea.",
        "\n\nKide berriek konpromisoa hartu dute CO2 isuriak bost urtetik behin % 10 murrizteko "
        "eta Amazoniako herri indigenen elkarteekin lankidetzan aritzeko, Frankfurten dagoen "
        "idazkaritza europarrak koordinatzen dituen proiektuen bidez.\n\n"
        "«Herri txikiek ere badute zer esana klima-larrialdian», adierazi du Aitor Lasa "
        "Amurrioko alkateak.\n\n"
        "Datorren urteko batzarra Donostian egingo da, 2026ko martxoan.",
        "Azpeitia/ES; Zarautz/ES; Tolosa/ES; Durango/ES; Bermeo/ES; "
        "Arrasate|Mondragón/ES; Amurrio/ES",
        "seven town halls as genitives sharing `udalek` (`Zarauzko`, `Arrasateko` for "
        "Mondragón); the venue `Vitoria-Gasteizen`, Bilbao's councillor, the Amazon, the "
        "secretariat `Frankfurten` and the next host `Donostian` do not sign",
    ),
    Page(
        "sl-izjava-alpskih-mest-tabela-eksonimi",
        "sl",
        "table_tabs;country_in_language;named_twice;columns_after;not_signatory",
        "Izjava alpskih mest o trajnostnem turizmu",
        (2025, 9, 26),
        "Domov / Novice / Izjave\n\n"
        "Župani in županje mest, združenih v Združenju Alpsko mesto leta, so na letni skupščini "
        "na Bledu sprejeli skupno izjavo o trajnostnem turizmu. Gostiteljica, blejska županja "
        "Mojca Zupan, je opozorila, da se v poletnih mesecih število obiskovalcev v "
        "alpskih krajih podvoji.\n\n"
        "Mesta se sklicujejo na Alpsko konvencijo, podpisano v Salzburgu leta 1991, in njen "
        "protokol o turizmu ter se zavezujejo, da bodo do leta 2030:\n"
        "– omejila dostop z osebnimi avtomobili v zgodovinska središča,\n"
        "– uvedla enotno vozovnico za javni promet med sosednjimi mesti,\n"
        "– vsako leto objavila poročilo o obremenjenosti z obiskovalci.\n\n"
        "Izjavo so podpisali:\n\n",
        "Mesto\tDržava\tPodpisnik/podpisnica\n"
        "Idrija\tSlovenija\tŠpela Kavčič, županja\n"
        "Tolmin\tSlovenija\tMatej Rutar, župan\n"
        "Kranj\tSlovenija\tAna Kranjc, podžupanja\n"
        "Beljak (Villach)\tAvstrija\tGünther Wieser, župan\n"
        "Bad Reichenhall\tNemčija\tChristine Wallner, županja\n"
        "Sonthofen\tNemčija\tMarkus Hägele, župan\n"
        "Chamonix-Mont-Blanc\tFrancija\tÉric Charlet-Balmat, župan\n"
        "Annecy\tFrancija\tClaire Deschamps, podžupanja\n"
        "Gap\tFrancija\tRoger Didier-Eyraud, župan\n"
        "Brig\tŠvica\tLouis Zenklusen, predsednik občine\n"
        "Herisau\tŠvica\tKurt Frischknecht, predsednik občine\n"
        "Belluno\tItalija\tLucia De Bon, županja\n"
        "Trident (Trento)\tItalija\tAndrea Tomasi, župan",
        "\n\nNaslednja skupščina bo leta 2026 v Sonthofnu.\n\n"
        "Izjava v PDF | Deutsch | Français | Italiano",
        "Idrija/SI; Tolmin/SI; Kranj/SI; Villach/AT; Bad Reichenhall/DE; Sonthofen/DE; "
        "Chamonix-Mont-Blanc/FR; Annecy/FR; Gap/FR; Brig/CH; Herisau/CH; Belluno/IT; Trento/IT",
        "tab table Mesto / Država / Podpisnik with Slovenian exonyms `Beljak (Villach)`, "
        "`Trident (Trento)`, a deputy mayor named Kranjc; the venue Bled and its mayor, Salzburg "
        "of the Alpine Convention do not sign; the next venue `v Sonthofnu` is a signatory",
    ),
    Page(
        "lv-bps-gada-parskats-kodi-pirms-rezgis",
        "lv",
        "several_a_line;table_tabs;region_before;not_signatory",
        "Baltijas pilsētu savienības dalībpilsētas 2025. gadā",
        (2025, 12, 10),
        "Sākums › Par mums › Dalībpilsētas\n\n"
        "Baltijas pilsētu savienība (BPS) apvieno pilsētas no visām desmit Baltijas jūras "
        "valstīm. Savienības sekretariāts kopš 1991. gada atrodas Gdaņskā, bet valdes "
        "priekšsēdētāja pilnvaras šobrīd pilda Kalmāras pilsētas pārstāve Anna Lindberga.\n\n"
        "Zemāk publicējam dalībpilsētu sarakstu no BPS 2025. gada pārskata (4. pielikums). "
        "Pārskats tika apstiprināts ģenerālkonferencē Visbijā oktobrī. Savienība sadarbojas ar "
        "Helsinku komisiju (HELCOM) un Eiropas Savienības Baltijas jūras reģiona stratēģiju.\n\n"
        "4. pielikums. BPS dalībpilsētas (valsts kods, pilsēta)\n\n",
        "DE Kīle\tDE Rostoka\tDE Lībeka\n"
        "DE Vismāra\tDE Greifsvalde\tDK Orhūsa\n"
        "DK Kēge\tEE Tallina\tEE Tartu\n"
        "EE Pērnava\tEE Narva\tEE Hāpsalu\n"
        "EE Kuresāre\tEE Viljandi\tEE Rakvere\n"
        "FI Helsinki\tFI Turku\tFI Kotka\n"
        "FI Pori\tFI Vāsa\tFI Oulu\n"
        "LT Kauņa\tLT Klaipēda\tLT Panevēža\n"
        "\n"
        "BPS gada pārskats 2025\t\t\t23\n"
        "\n"
        "LT Šauļi\tLT Palanga\tLT Viļņa\n"
        "LV Rīga\tLV Jūrmala\tLV Liepāja\n"
        "LV Ventspils\tLV Jelgava\tLV Cēsis\n"
        "LV Valmiera\tNO Kristiansanna\tNO Arendāle\n"
        "PL Gdaņska\tPL Gdiņa\tPL Sopota\n"
        "PL Ščecina\tPL Elblonga\tPL Košalina\n"
        "SE Kalmāra\tSE Karlskruna\tSE Visbija\n"
        "SE Norčēpinga\tSE Ūmeo\tSE Luleo\n"
        "SE Vēstervīka\tSE Trelleborga",
        "\n\nKopā: 50 dalībpilsētas deviņās valstīs.\n\n"
        "Vēlaties pievienoties? Rakstiet sekretariātam: Wały Jagiellońskie 1, Gdaņska.",
        "Kiel/DE; Rostock/DE; Lübeck/DE; Wismar/DE; Greifswald/DE; Aarhus/DK; Køge/DK; "
        "Tallinn/EE; Tartu/EE; Pärnu/EE; Narva/EE; Haapsalu/EE; Kuressaare/EE; Viljandi/EE; "
        "Rakvere/EE; Helsinki/FI; Turku/FI; Kotka/FI; Pori/FI; Vaasa/FI; Oulu/FI; Kaunas/LT; "
        "Klaipėda/LT; Panevėžys/LT; Šiauliai/LT; Palanga/LT; Vilnius/LT; Riga/LV; Jūrmala/LV; "
        "Liepāja/LV; Ventspils/LV; Jelgava/LV; Cēsis/LV; Valmiera/LV; Kristiansand/NO; "
        "Arendal/NO; Gdańsk/PL; Gdynia/PL; Sopot/PL; Szczecin/PL; Elbląg/PL; Koszalin/PL; "
        "Kalmar/SE; Karlskrona/SE; Visby/SE; Norrköping/SE; Umeå/SE; Luleå/SE; Västervik/SE; "
        "Trelleborg/SE",
        "an annual report's grid from a PDF, three a line between tabs, ISO code before each "
        "Latvianised name (`SE Norčēpinga`, `LT Viļņa`, `PL Elblonga`), a running header with a "
        "page number; the secretariat `Gdaņskā`, the chair's `Kalmāras`, the conference "
        "`Visbijā` and `Helsinku komisija` are in the text (all three cities are also members)",
    ),
    Page(
        "et-poordumine-linnapea-genitiiv-elva",
        "et",
        "one_a_line;person_before;inflected;person_named_like_place;no_country;not_signatory",
        "Eesti tervislike linnade pöördumine: liikumine on linlase põhiõigus",
        (2025, 4, 7),
        "Avaleht » Uudised\n\n"
        "Eesti Tervislike Linnade Võrgustiku liikmed kogunesid 3. aprillil Paides, kus võeti "
        "vastu ühine pöördumine Riigikogu ja Vabariigi Valitsuse poole. Paide linnapea Rein "
        "Kuusk tänas kohaletulnuid ja tutvustas linna uut kergliiklusteede võrku.\n\n"
        "Pöördumine tugineb Maailma Terviseorganisatsiooni Kopenhaageni konsensusele, mille "
        "Euroopa linnapead võtsid vastu 2018. aastal, ning Tallinna Ülikooli uuringule laste "
        "liikumisharjumustest. Linnad ootavad riigilt:\n"
        "1) kohalike teede rahastamise taastamist vähemalt 2019. aasta tasemel;\n"
        "2) koolide ümbruse kiiruspiirangu langetamist 30 km/h-ni;\n"
        "3) ühtset riiklikku andmekogu linnade terviseprofiilide jaoks.\n\n"
        "Pöördumisele kirjutasid alla:\n",
        "Kristi Mets, Tartu linnapea\n"
        "Margus Elva, Võru linnapea\n"
        "Anneli Ots, Haapsalu linnapea\n"
        "Priit Saar, Rakvere linnapea\n"
        "Jaan Kask, Pärnu abilinnapea\n"
        "Liis Tamm, Viljandi linnapea",
        "\n\nVõrgustiku järgmine koosolek toimub sügisel Kuressaares.\n\n"
        "Lisainfo: Kadri Lepp, võrgustiku koordinaator",
        "Tartu/EE; Võru/EE; Haapsalu/EE; Rakvere/EE; Pärnu/EE; Viljandi/EE",
        "six `Name, X linnapea` lines (genitive city before the title), a mayor named Elva; the "
        "venue `Paides` and its mayor, the Copenhagen Consensus, `Tallinna Ülikool` and the next "
        "venue `Kuressaares` do not sign",
    ),
    Page(
        "bg-duzelazh-tablitsa-darzhava-parvo-kirilitsa",
        "bg",
        "table_tabs;region_before;country_in_language;columns_after;not_signatory",
        "Градовете – членове на Дузелаж",
        (2025, 6, 2),
        "Начало / Община / Международно сътрудничество\n\n"
        "Община Трявна е член на асоциацията за побратимяване Дузелаж от 2002 г. Дузелаж "
        "обединява по един малък град от всяка държава – членка на Европейския съюз. "
        "Асоциацията е основана през 1991 г. в нормандския град Гранвил, месеци преди "
        "подписването на Договора от Маастрихт.\n\n"
        "Годишната среща на кметовете през 2025 г. се проведе в Трявна, а следващата ще бъде "
        "домакинствана от Юденбург, Австрия.\n\n"
        "Градове – членове на Дузелаж:\n\n",
        "Държава\tГрад\tЧлен от\n"
        "Австрия\tЮденбург\t1991\n"
        "Белгия\tУфализ\t1991\n"
        "България\tТрявна\t2002\n"
        "Германия\tБад Кьоцтинг\t1991\n"
        "Гърция\tПревеза\t1991\n"
        "Дания\tХолстебро\t1991\n"
        "Естония\tТюри\t2004\n"
        "Ирландия\tБъндорън\t1991\n"
        "Испания\tАлтеа\t1991\n"
        "Италия\tБеладжо\t1991\n"
        "Кипър\tАгрос\t2004\n"
        "Латвия\tСигулда\t2004\n"
        "Литва\tРокишкис\t2004\n"
        "Люксембург\tНидеранвен\t1991\n"
        "Малта\tМарсаскала\t2004\n"
        "Нидерландия\tМеерсен\t1991\n"
        "Полша\tХойна\t2004\n"
        "Португалия\tСезимбра\t1991\n"
        "Румъния\tСигишоара\t2010\n"
        "Словакия\tЗволен\t2007\n"
        "Словения\tШкофя Лока\t2004\n"
        "Унгария\tКьосег\t2004\n"
        "Финландия\tКарккила\t1997\n"
        "Франция\tГранвил\t1991\n"
        "Хърватия\tЯстребарско\t2016\n"
        "Чехия\tСушице\t2004\n"
        "Швеция\tОксельосунд\t1997",
        "\n\nЗа контакти: отдел „Европейски програми“, Община Трявна, тел. 0677 6 62 13",
        "Judenburg/AT; Houffalize/BE; Tryavna/BG; Kötzting/DE; Preveza/GR; Holstebro/DK; "
        "Türi/EE; Bundoran/IE; Altea/ES; Bellagio/IT; Agros/CY; Sigulda/LV; Rokiškis/LT; "
        "Niederanven/LU; Marsaskala/MT; Meerssen/NL; Chojna/PL; Sesimbra/PT; Sighișoara/RO; "
        "Zvolen/SK; Škofja Loka/SI; Kőszeg/HU; Karkkila/FI; Granville/FR; Jastrebarsko/HR; "
        "Sušice/CZ; Oxelösund/SE",
        "tab table Държава / Град / Член от, country first, every town in Cyrillic; Tryavna "
        "(the publisher and host) and Granville (the founding place) are members; the "
        "Maastricht Treaty does not sign; Judenburg the next host is a member",
    ),
    Page(
        "el-anoixti-epistoli-dimarxos-genikis-athina",
        "el",
        "bulleted;person_before;inflected;person_named_like_place;no_country;not_signatory",
        "Ανοιχτή επιστολή δημάρχων για την υποδοχή και την ένταξη προσφύγων",
        (2025, 6, 20),
        "Αρχική > Δράσεις > Ανακοινώσεις\n\n"
        "Με αφορμή την Παγκόσμια Ημέρα Προσφύγων, δήμαρχοι μελών του Δικτύου Πόλεων για την "
        "Ένταξη απευθύνουν ανοιχτή επιστολή προς την Ευρωπαϊκή Επιτροπή στις Βρυξέλλες. Η "
        "επιστολή παρουσιάστηκε σε εκδήλωση στη Μυτιλήνη, όπου ο δήμαρχος Λέσβου Στρατής "
        "Βαλασέλλης καλωσόρισε τους συμμετέχοντες.\n\n"
        "«Οι πόλεις μας δεν μπορούν να σηκώνουν μόνες τους το βάρος ενός συστήματος που "
        "στηρίζεται ακόμη στον Κανονισμό του Δουβλίνου», σημειώνεται στην επιστολή. Οι "
        "υπογράφοντες ζητούν:\n"
        "• άμεση χρηματοδότηση των δήμων για στέγαση και διερμηνεία,\n"
        "• σεβασμό της Σύμβασης της Γενεύης σε κάθε διαδικασία ασύλου,\n"
        "• θέση για τις πόλεις στη διαμόρφωση του νέου Συμφώνου για τη Μετανάστευση.\n\n"
        "Υπογράφουν:\n",
        "• Σοφία Καραγιάννη, Δήμαρχος Χαλανδρίου\n"
        "• Νίκος Αλεξίου, Δήμαρχος Ιωαννιτών\n"
        "• Δημήτρης Παππάς, Δήμαρχος Τρικκαίων\n"
        "• Ελένη Σταύρου, Αντιδήμαρχος Αθηναίων\n"
        "• Γιώργος Λαμπράκης, Δήμαρχος Ηρακλείου Κρήτης\n"
        "• Μαρία Χατζή, Δήμαρχος Χίου\n"
        "• Αντώνης Κορδάς, Δήμαρχος Λαρισαίων\n"
        "• Αθηνά Ρήγα, Δήμαρχος Πατρέων\n"
        "• Στέλιος Μαυρίδης, Δήμαρχος Καρδίτσας\n"
        "• Θανάσης Ζαφειρίου, Δήμαρχος Λεβαδέων",
        "\n\nΗ επιστολή είναι ανοιχτή για υπογραφή και από άλλους δήμους.",
        "Chalandri/GR; Ioannina/GR; Trikala/GR; Athens/GR; Heraklion/GR; Chios/GR; "
        "Larissa/GR; Patras/GR; Karditsa/GR; Livadeia/GR",
        "bullets `Name, Δήμαρχος X` with the municipality in the genitive (`Τρικκαίων`, "
        "`Λεβαδέων`, `Ηρακλείου Κρήτης`), a mayor named Αθηνά and one named Σοφία; the "
        "venue Mytilene and the mayor of Lesvos, Brussels, the Dublin Regulation and the "
        "Geneva Convention do not sign",
    ),
    Page(
        "is-heilsueflandi-samfelag-landshlutar-opinber-heiti",
        "is",
        "bulleted;region_heading;columns_after;no_country;not_signatory",
        "Heilsueflandi samfélög: sveitarfélög í netinu",
        (2025, 10, 1),
        "Forsíða / Heilsuefling / Heilsueflandi samfélag\n\n"
        "Heilsueflandi samfélag er samstarfsverkefni Embættis landlæknis og sveitarfélaga um "
        "allt land. Það byggir á Ottawa-sáttmálanum um heilsueflingu og er hluti af evrópsku "
        "neti heilbrigðra borga. Á haustfundi netsins í Stykkishólmi í september var farið "
        "yfir nýja lýðheilsuvísa.\n\n"
        "Eftirtalin sveitarfélög hafa undirritað samning um að verða heilsueflandi samfélag "
        "(ártal undirritunar í sviga):\n\n",
        "Höfuðborgarsvæðið\n"
        "– Reykjavíkurborg (2019)\n"
        "– Kópavogsbær (2016)\n"
        "– Hafnarfjarðarkaupstaður (2017)\n"
        "– Garðabær (2018)\n"
        "– Mosfellsbær (2015)\n"
        "– Seltjarnarnesbær (2021)\n\n"
        "Suðurnes\n"
        "– Reykjanesbær (2017)\n"
        "– Grindavíkurbær (2019)\n\n"
        "Vesturland\n"
        "– Akraneskaupstaður (2016)\n"
        "– Borgarbyggð (2020)\n\n"
        "Vestfirðir\n"
        "– Ísafjarðarbær (2018)\n\n"
        "Norðurland\n"
        "– Akureyrarbær (2017)\n"
        "– Dalvíkurbyggð (2022)\n"
        "– Norðurþing (2019)\n\n"
        "Austurland\n"
        "– Múlaþing (2021)\n\n"
        "Suðurland\n"
        "– Sveitarfélagið Árborg (2018)\n"
        "– Hveragerðisbær (2016)\n"
        "– Vestmannaeyjabær (2020)",
        "\n\nSveitarfélög sem vilja taka þátt geta haft samband við verkefnastjóra hjá Embætti "
        "landlæknis, Katrínartúni 2, Reykjavík.",
        "Reykjavík/IS; Kópavogur/IS; Hafnarfjörður/IS; Garðabær/IS; Mosfellsbær/IS; "
        "Seltjarnarnes/IS; Reykjanesbær/IS; Grindavík/IS; Akranes/IS; Borgarnes/IS; "
        "Ísafjörður/IS; Akureyri/IS; Dalvík/IS; Húsavík|Norðurþing/IS; Egilsstaðir|Múlaþing/IS; "
        "Selfoss/IS; Hveragerði/IS; Vestmannaeyjar/IS",
        "Icelandic official names (`Hafnarfjarðarkaupstaður`, `Borgarbyggð` for Borgarnes, "
        "`Múlaþing` for Egilsstaðir, `Sveitarfélagið Árborg` for Selfoss) under landshluti "
        "headings with years in brackets; the Ottawa Charter and the meeting `í Stykkishólmi` "
        "do not sign; Reykjavík is also the Directorate of Health's address",
    ),
    Page(
        "hr-mreza-zdravih-gradova-grad-dvojezicni-zupanije",
        "hr",
        "bulleted;region_heading;named_twice;body_not_city;no_country;not_signatory",
        "Članovi Hrvatske mreže zdravih gradova",
        (2025, 2, 11),
        "Naslovnica › O mreži › Članovi\n\n"
        "Hrvatska mreža zdravih gradova osnovana je 1992. godine u Zagrebu kao nacionalna mreža "
        "projekta Zdravi grad Svjetske zdravstvene organizacije. Tajništvo mreže djeluje pri "
        "Školi narodnog zdravlja „Andrija Štampar” u Zagrebu. Mreža je 2008. bila domaćin "
        "konferencije na kojoj je usvojena Zagrebačka deklaracija za zdrave gradove.\n\n"
        "Godišnja konferencija mreže održava se svakog lipnja u Motovunu.\n\n"
        "Članice mreže\n\n",
        "Gradovi\n"
        "▪ Grad Rijeka\n"
        "▪ Grad Pula – Pola\n"
        "▪ Grad Poreč – Parenzo\n"
        "▪ Grad Rovinj – Rovigno\n"
        "▪ Grad Labin\n"
        "▪ Grad Opatija\n"
        "▪ Grad Varaždin\n"
        "▪ Grad Čakovec\n"
        "▪ Grad Koprivnica\n"
        "▪ Grad Križevci\n"
        "▪ Grad Bjelovar\n"
        "▪ Grad Osijek\n"
        "▪ Grad Vinkovci\n"
        "▪ Grad Zadar\n"
        "▪ Grad Šibenik\n"
        "▪ Grad Split\n"
        "▪ Grad Makarska\n\n"
        "Županije\n"
        "▪ Istarska županija – Regione Istriana\n"
        "▪ Primorsko-goranska županija\n"
        "▪ Međimurska županija\n"
        "▪ Splitsko-dalmatinska županija",
        "\n\nŽelite li da se vaš grad ili županija uključi u mrežu, javite se tajništvu.",
        "Rijeka/HR; Pula/HR; Poreč/HR; Rovinj/HR; Labin/HR; Opatija/HR; Varaždin/HR; "
        "Čakovec/HR; Koprivnica/HR; Križevci/HR; Bjelovar/HR; Osijek/HR; Vinkovci/HR; "
        "Zadar/HR; Šibenik/HR; Split/HR; Makarska/HR; "
        "Istarska županija|Istria County/HR/county; "
        "Primorsko-goranska županija|Primorje-Gorski Kotar County/HR/county; "
        "Međimurska županija|Međimurje County/HR/county; "
        "Splitsko-dalmatinska županija|Split-Dalmatia County/HR/county",
        "`Grad X` bullets, Istrian towns with their Italian names (`Grad Pula – Pola`), then four "
        "županije under their own heading, one named after Split (also a member); Zagreb (seat, "
        "secretariat, Zagreb Declaration) and the venue Motovun are not members",
    ),
    Page(
        "sk-uznesenie-pdf-mesto-kody-okresov-delenie",
        "sk",
        "one_a_line;state_codes;broken_lines;no_country;not_signatory",
        "Uznesenie členských miest Klimatickej aliancie na Slovensku k adaptácii na zmenu klímy",
        (2025, 11, 5),
        "Domov › Dokumenty › Uznesenia\n\n"
        "Členské mestá slovenskej siete Klimatickej aliancie prijali na stretnutí v Banskej "
        "Štiavnici uznesenie, ktorým vyzývajú vládu SR na vytvorenie fondu pre adaptačné "
        "opatrenia miest. Text uznesenia zverejňujeme tak, ako bol podpísaný (kópia z PDF).\n\n"
        "UZNESENIE č. 2/2025\n"
        "členských miest Klimatickej aliancie na Slovensku\n\n"
        "Členské mestá, odvolávajúc sa na Parížsku dohodu a na Európsky klimatický zákon,\n"
        "1. žiadajú vládu SR, aby do rozpočtu na rok 2026 zaradila samostatnú kapitolu na "
        "adaptáciu miest na zmenu klímy;\n"
        "2. zaväzujú sa do roku 2028 vypracovať a schváliť akčné plány pre udržateľnú energiu a "
        "klímu;\n"
        "3. poverujú koordinátorku siete predložiť uznesenie ministerstvu životného prostredia "
        "v Bratislave.\n\n"
        "Za členské mestá podpísali (v poradí podpisov):\n\n",
        "Mesto Žilina (ZA)\n"
        "Mesto Banská Bystrica (BB)\n"
        "Mesto Košice (KE)\n"
        "Mesto Trenčín (TN)\n"
        "Mesto Martin (MT)\n"
        "Mesto Levice (LV)\n"
        "Mesto Spišská Nová\n"
        "Ves (SN)\n"
        "Mesto Liptovský Mi-\n"
        "kuláš (LM)\n\n"
        "Uznesenie č. 2/2025 – členské mestá Klimatickej aliancie na Slovensku\t\tstrana 2 z 2\n\n"
        "Mesto Kysucké No-\n"
        "vé Mesto (KM)\n"
        "Mesto Poprad (PP)\n"
        "Mesto Michalovce (MI)\n"
        "Mesto Humenné (HE)\n"
        "Mesto Bardejov (BJ)\n"
        "Mesto Hlohovec (HC)\n"
        "Mesto Pezinok (PK)\n"
        "Mesto Senec (SC)\n"
        "Mesto Nitra (NR)\n"
        "Mesto Trnava (TT)",
        "\n\nV Banskej Štiavnici 24. októbra 2025\n\nStiahnuť uznesenie (PDF, 480 kB)",
        "Žilina/SK; Banská Bystrica/SK; Košice/SK; Trenčín/SK; Martin/SK; Levice/SK; "
        "Spišská Nová Ves/SK; Liptovský Mikuláš/SK; Kysucké Nové Mesto/SK; Poprad/SK; "
        "Michalovce/SK; Humenné/SK; Bardejov/SK; Hlohovec/SK; Pezinok/SK; Senec/SK; Nitra/SK; "
        "Trnava/SK",
        "`Mesto X (okres code)` lines copied from a PDF, codes that are countries' (ZA, BB, KE, "
        "TN, MT, LV, SN, BJ, TT), names broken and hyphenated over lines, a running footer "
        "between entries; the venue `v Banskej Štiavnici`, Bratislava's ministry and the Paris "
        "Agreement do not sign",
    ),
    Page(
        "lt-cittaslow-nauji-nariai-apskritis-miestu-vardai",
        "lt",
        "numbered;region_after;inflected;no_country;not_signatory",
        "Lietuvos Cittaslow tinklas išsiplėtė: penki nauji miestai",
        (2025, 9, 12),
        "Pradžia › Naujienos\n\n"
        "Rugsėjo 10 d. Birštone vykusiame Lietuvos Cittaslow tinklo susirinkime į tinklą "
        "priimti penki nauji miestai. Tinklą koordinuojanti Birštono savivaldybė sveikino "
        "naujus narius ir priminė, kad tarptautinio judėjimo būstinė yra Italijos mieste "
        "Orviete.\n\n"
        "Naujieji nariai:\n\n",
        "1. Anykščiai – Utenos apskritis\n"
        "2. Zarasai – Utenos apskritis\n"
        "3. Kretinga – Klaipėdos apskritis\n"
        "4. Trakai – Vilniaus apskritis\n"
        "5. Druskininkai – Alytaus apskritis",
        "\n\nVisi penki miestai per dvejus metus turės įgyvendinti bent pusę iš 72 Cittaslow "
        "kriterijų.\n\n"
        "Taip pat skaitykite:\n"
        "Panevėžio ir Kauno atstovai dalijosi patirtimi apie lėtąjį turizmą\n"
        "Šiaulių krašto amatininkai kviečia į rudens mugę",
        "Anykščiai/LT; Zarasai/LT; Kretinga/LT; Trakai/LT; Druskininkai/LT",
        "five numbered `Town – X apskritis` lines, each county named after a city (Utena, "
        "Klaipėda, Vilnius, Alytus); the coordinator and venue Birštonas, Orvieto and the "
        "teasers' Panevėžys, Kaunas and Šiauliai do not join",
    ),
    Page(
        "de-at-tullner-erklaerung-stromkilometer-exonyme",
        "de",
        "one_a_line;columns_after;person_after;named_twice;no_country;not_signatory",
        "Tullner Erklärung der Donaustädte für einen lebendigen Strom",
        (2025, 6, 27),
        "Startseite | Aktuelles | Erklärungen\n\n"
        "Beim Treffen der Arbeitsgemeinschaft Donaustädte in Tulln an der Donau haben "
        "Bürgermeisterinnen und Bürgermeister von der Quelle bis zum Delta die Tullner "
        "Erklärung unterzeichnet. Gastgeber Bürgermeister Herbert Wallner betonte, die Donau "
        "sei „kein Kanal, sondern ein Lebensraum“. Die Geschäftsstelle der Arbeitsgemeinschaft "
        "befindet sich in Krems an der Donau.\n\n"
        "Die Unterzeichnenden verpflichten sich,\n"
        "– Uferzonen in ihren Stadtgebieten zu renaturieren,\n"
        "– bis 2030 keine neuen Bauten in Überschwemmungsgebieten zu genehmigen,\n"
        "– das Donaufest in Ulm im kommenden Jahr als Plattform für einen Austausch zu nutzen.\n\n"
        "Unterzeichnet haben, flussabwärts nach Stromkilometer:\n\n",
        "km 2225 · Passau · Oberbürgermeister Florian Aigner\n"
        "km 2135 · Linz · Vizebürgermeisterin Sabine Hofbauer\n"
        "km 2036 · Melk · Bürgermeister Thomas Reisinger\n"
        "km 2002 · Krems an der Donau · Bürgermeister Andreas Pichler\n"
        "km 1930 · Wien · Stadträtin Martina Novotny\n"
        "km 1869 · Pressburg (Bratislava) · Primator Juraj Kováčik\n"
        "km 1767 · Komorn (Komárno) · Primatorin Ildikó Szabó\n"
        "km 1647 · Budapest · Vizebürgermeister Bence Tóth\n"
        "km 1333 · Vukovar · Bürgermeister Tomislav Jurić\n"
        "km 1255 · Neusatz (Novi Sad) · Stadtrat Nemanja Petrović\n"
        "km 1170 · Belgrad · Bürgermeister Dragan Lukić\n"
        "km 795 · Widin · Bürgermeister Plamen Georgiev\n"
        "km 495 · Russe · Bürgermeisterin Desislava Ivanova\n"
        "km 150 · Galatz (Galați) · Bürgermeister Radu Constantinescu",
        "\n\nDie Erklärung liegt bis Jahresende in den Rathäusern weiterer Donaustädte zur "
        "Unterzeichnung auf.",
        "Passau/DE; Linz/AT; Melk/AT; Krems an der Donau/AT; Vienna/AT; Bratislava/SK; "
        "Komárno/SK; Budapest/HU; Vukovar/HR; Novi Sad/RS; Belgrade/RS; Vidin/BG; Ruse/BG; "
        "Galați/RO",
        "lines `km N · City · title Name` from Passau to Galați, German exonyms (`Pressburg "
        "(Bratislava)`, `Komorn (Komárno)`, `Neusatz (Novi Sad)`, `Widin`, `Russe`, `Galatz`), "
        "no countries; the host Tulln (in the declaration's name) and Ulm do not sign; "
        "Krems, the secretariat's seat, also signs",
    ),
    Page(
        "it-altoadige-comuni-bilingui-ladini-stella",
        "it",
        "one_a_line;named_twice;columns_after;no_country;not_signatory",
        "Alleanza per il Clima Alto Adige – Klimabündnis Südtirol: i Comuni membri",
        (2025, 8, 18),
        "Home / Chi siamo / Comuni membri\n\n"
        "In Alto Adige l'Alleanza per il Clima conta oggi 46 Comuni membri. L'ufficio di "
        "coordinamento ha sede presso l'Agenzia provinciale per l'ambiente a Bolzano, città "
        "che è anche membro dell'Alleanza dal 1995. I Comuni aderenti si impegnano a ridurre "
        "le emissioni di CO₂ del 10 % ogni cinque anni, nello spirito della Convenzione delle "
        "Alpi e del Protocollo di Kyoto.\n\n"
        "I Comuni contrassegnati con ★ hanno ottenuto la certificazione ComuneClima / "
        "KlimaGemeinde.\n\n"
        "Comune / Gemeinde\n",
        "Appiano sulla Strada del Vino / Eppan an der Weinstraße ★\n"
        "Avelengo / Hafling\n"
        "Badia / Abtei\n"
        "Bolzano / Bozen ★\n"
        "Bressanone / Brixen ★\n"
        "Brunico / Bruneck ★\n"
        "Caldaro sulla Strada del Vino / Kaltern an der Weinstraße\n"
        "Campo Tures / Sand in Taufers\n"
        "Castelrotto / Kastelruth\n"
        "Chiusa / Klausen\n"
        "Cornedo all'Isarco / Karneid\n"
        "Corvara in Badia / Corvara\n"
        "Dobbiaco / Toblach ★\n"
        "Egna / Neumarkt\n"
        "Laces / Latsch\n"
        "Lagundo / Algund\n"
        "Laives / Leifers ★\n"
        "Lana / Lana\n"
        "Luson / Lüsen\n"
        "Malles Venosta / Mals ★\n"
        "Marlengo / Marling\n"
        "Merano / Meran ★\n"
        "Nalles / Nals\n"
        "Naturno / Naturns\n"
        "Nova Ponente / Deutschnofen\n"
        "Ortisei / St. Ulrich in Gröden / Urtijëi\n"
        "Parcines / Partschins\n"
        "Postal / Burgstall\n"
        "Renon / Ritten\n"
        "Rio di Pusteria / Mühlbach\n"
        "Salorno / Salurn\n"
        "San Candido / Innichen ★\n"
        "San Lorenzo di Sebato / St. Lorenzen\n"
        "Sarentino / Sarntal\n"
        "Scena / Schenna\n"
        "Selva di Val Gardena / Wolkenstein in Gröden / Sëlva\n"
        "Sesto / Sexten\n"
        "Silandro / Schlanders ★\n"
        "Terlano / Terlan\n"
        "Termeno sulla Strada del Vino / Tramin an der Weinstraße\n"
        "Tirolo / Dorf Tirol\n"
        "Valdaora / Olang\n"
        "Varna / Vahrn\n"
        "Velturno / Feldthurns\n"
        "Villabassa / Niederdorf\n"
        "Vipiteno / Sterzing ★",
        "\n\nIl tuo Comune vuole aderire? Scrivi a klima@example.bz.it",
        "Appiano sulla Strada del Vino/IT; Avelengo/IT; Badia/IT; Bolzano/IT; Bressanone/IT; "
        "Brunico/IT; Caldaro sulla Strada del Vino/IT; Campo Tures/IT; Castelrotto/IT; "
        "Chiusa/IT; Cornedo all'Isarco/IT; Corvara in Badia/IT; Dobbiaco/IT; Egna/IT; "
        "Laces/IT; Lagundo/IT; Laives/IT; Lana/IT; Luson/IT; Malles Venosta/IT; Marlengo/IT; "
        "Merano/IT; Nalles/IT; Naturno/IT; Nova Ponente/IT; Ortisei/IT; Parcines/IT; "
        "Postal/IT; Renon/IT; Rio di Pusteria/IT; Salorno/IT; San Candido/IT; "
        "San Lorenzo di Sebato/IT; Sarentino/IT; Scena/IT; Selva di Val Gardena|Selva/IT; "
        "Sesto|Sexten/IT; Silandro/IT; Terlano/IT; Termeno|Tramin/IT; Tirolo/IT; Valdaora/IT; "
        "Varna/IT; Velturno/IT; Villabassa/IT; Vipiteno/IT",
        "46 South Tyrolean Comuni `Italian / German` (three with a Ladin name), a ★ after the "
        "certified ones, names that are elsewhere (Varna, Tirolo, Egna / Neumarkt, Lana, Sesto, "
        "Badia); Bolzano is the coordinator's seat and a member; Kyoto does not sign",
    ),
    Page(
        "en-ie-joint-statement-cllr-cathaoirleach-orders",
        "en",
        "one_a_line;person_before;person_after;person_named_like_place;body_not_city;"
        "no_country;not_signatory",
        "Joint statement of Irish Healthy Cities and Counties on clean air",
        (2025, 11, 19),
        "Home > News > Statements\n\n"
        "Elected members from cities and counties in the Healthy Cities and Counties of "
        "Ireland network met at the Mansion House in Dublin on 18 November, at the invitation "
        "of the Lord Mayor of Dublin, to agree a joint statement on clean air. The statement "
        "will be sent to the Minister for the Environment and to the Oireachtas Joint "
        "Committee.\n\n"
        "Recalling the Aarhus Convention on access to environmental information and the "
        "WHO's 2021 air quality guidelines, the signatories commit to:\n"
        "• publishing real-time air quality data for every town over 10,000 people;\n"
        "• phasing out the sale of smoky coal and wet wood within their functional areas;\n"
        "• creating school streets at every primary school on a regional or local road by 2028."
        "\n\nSigned:\n",
        "Cllr Kerry Galvin, Mayor of Galway City\n"
        "Lord Mayor of Cork, Cllr Dónal Ennis\n"
        "Cathaoirleach, Limerick City and County Council — Cllr Bríd Tuohy\n"
        "Mayor of Waterford City and County, Cllr Pat Moran\n"
        "Cllr Eoin Kelly, Cathaoirleach, Kilkenny County Council\n"
        "Cllr Aisling Moore, Cathaoirleach of Sligo County Council\n"
        "Mayor of Drogheda, Cllr Michael Walsh\n"
        "Cllr Sorcha Nic Giolla Phádraig, Mayor of the Municipal District of Ennis\n"
        "Dundalk: Cllr Ciara Byrne, Cathaoirleach, Dundalk Municipal District\n"
        "Cllr Paddy Hughes, Cathaoirleach, Athlone-Moate Municipal District",
        "\n\nThe network's secretariat is hosted by Healthy Ireland, Department of Health.",
        "Galway/IE; Cork/IE; Limerick/IE; Waterford/IE; "
        "Kilkenny County Council|County Kilkenny/IE/county; "
        "Sligo County Council|County Sligo/IE/county; Drogheda/IE; Ennis/IE; Dundalk/IE; "
        "Athlone/IE",
        "councillors with `Cllr`, `Mayor of`, `Cathaoirleach` in every order around the place, "
        "two county councils (counties named like their towns), the Lord Mayor of Cork named "
        "Ennis above the Ennis line; the Mansion House in Dublin, the Lord Mayor of Dublin and "
        "the Aarhus Convention do not sign",
    ),
]

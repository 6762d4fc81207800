"""Hand-written pages, batch r35b: written during round 35 (branch accr35b) by a writer who had
read neither the reader nor the other batches of rounds r to z, held out from the round:
member pages and news of city networks and national associations of municipalities in
Central and Eastern European, Baltic and Balkan languages (cs, sk, hu, ro, hr, sl, sr, bg,
el, uk, lt, lv, pl, de AT), 3 to 46 entries: new members under `kraj` headings with
`Statutární město`, `Město`, `Obec`; a Slovak directory table with kraj and mayor columns;
Hungarian award winners with counties named after towns; Romanian genitives `orașelor X, Y
și Z` with a venue; Croatian `Grad X` under county headings; Slovenian member cards with
regions; Serbian Cyrillic award winners with `Град`, `Општина`; a Bulgarian annex table whose
oblast column names other towns; Greek `Δήμος` genitives in a sentence; Ukrainian `м. X
(обл.)` lines; a Lithuanian annex of Baltic members by country with Lithuanian exonyms;
Latvian genitives sharing `novada pašvaldības`; Polish `Gmina Miejska` / `Miasto` with
voivodeships; Austrian `Marktgemeinde`, `Stadtgemeinde` after Bundesland labels, one of
them `Salzburg`. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "cs-zdrava-mesta-novi-clenove-kraj-nadpisy",
        "cs",
        "one_a_line;region_heading;body_not_city;not_signatory;teasers",
        "Národní síť Zdravých měst přivítala deset nových členů",
        (2025, 4, 9),
        "Úvod > Aktuality > Zprávy z Asociace\n\n"
        "Valné shromáždění Národní sítě Zdravých měst ČR, které se konalo 3. dubna v "
        "Kroměříži, schválilo přijetí deseti nových členů. Síť tak nyní sdružuje 138 měst, "
        "obcí, mikroregionů a krajů, ve kterých žije více než 5 milionů obyvatel.\n\n"
        "„Zdravé město není nálepka, ale způsob práce s lidmi,“ uvedl předseda asociace a "
        "starosta hostitelského města Petr Kolář. Nové členy přivítala také ředitelka "
        "kanceláře asociace Ing. Markéta Šindelářová.\n\n"
        "Noví členové podle krajů:",
        "Jihomoravský kraj\n"
        "Město Hustopeče\n"
        "Město Kyjov\n\n"
        "Kraj Vysočina\n"
        "Statutární město Jihlava\n"
        "Město Velké Meziříčí\n"
        "Mikroregion Telčsko\n\n"
        "Olomoucký kraj\n"
        "Město Šternberk\n"
        "Obec Velká Bystřice\n\n"
        "Středočeský kraj\n"
        "Město Říčany\n"
        "Obec Dolní Břežany\n\n"
        "Ústecký kraj\n"
        "Statutární město Most",
        "Všem novým členům gratulujeme a těšíme se na spolupráci. Nováčci se mohou přihlásit "
        "na podzimní Školu Zdravých měst, která se uskuteční v Třeboni.\n\n"
        "Kontakt pro média: Mgr. Lucie Vávrová, tel. 602 111 483",
        "Hustopeče/CZ; Kyjov/CZ; Jihlava/CZ; Velké Meziříčí/CZ; "
        "Mikroregion Telčsko|Telčsko/CZ/union of municipalities; Šternberk/CZ; "
        "Velká Bystřice/CZ; Říčany/CZ; Dolní Břežany/CZ; Most/CZ",
        "new members one a line under `kraj` headings: `Statutární město`, `Město`, `Obec`, a "
        "microregion; the venue Kroměříž and the summer school's Třeboň are not signatories",
    ),
    Page(
        "sk-unia-miest-clenovia-tabulka-kraj-primator",
        "sk",
        "table_tabs;columns_after;person_after;not_signatory",
        "Členské mestá Únie miest Slovenska",
        (2025, 1, 20),
        "Domov / O nás / Členovia\n\n"
        "Únia miest Slovenska združuje mestá, ktoré chcú presadzovať spoločné záujmy "
        "samospráv voči vláde a parlamentu. Sídlo únie je v Bratislave, predsedníčkou je "
        "primátorka mesta Nitra.\n\n"
        "Vyhľadať mesto\nKraj: všetky\n\nZobrazených 20 z 20",
        "Mesto\tKraj\tPrimátor/ka\tČlenom od\n"
        "Bratislava\tBratislavský\tMatúš Vallo-Holý\t2001\n"
        "Košice\tKošický\tJaroslav Polák\t2001\n"
        "Prešov\tPrešovský\tAndrea Turčanová\t2001\n"
        "Žilina\tŽilinský\tPeter Fiačan\t2001\n"
        "Banská Bystrica\tBanskobystrický\tIvana Krupová\t2001\n"
        "Nitra\tNitriansky\tZuzana Hudecová\t2001\n"
        "Trnava\tTrnavský\tMilan Bôrik\t2003\n"
        "Trenčín\tTrenčiansky\tRichard Fiala\t2001\n"
        "Martin\tŽilinský\tJán Matejka\t2005\n"
        "Poprad\tPrešovský\tAnton Šoltýs\t2001\n"
        "Prievidza\tTrenčiansky\tKatarína Dobrovská\t2007\n"
        "Zvolen\tBanskobystrický\tVladimír Lupták\t2001\n"
        "Považská Bystrica\tTrenčiansky\tMária Kováčová\t2010\n"
        "Michalovce\tKošický\tViliam Zahorčák\t2004\n"
        "Nové Zámky\tNitriansky\tOtto Kiss\t2012\n"
        "Spišská Nová Ves\tKošický\tPavol Bečarik\t2001\n"
        "Komárno\tNitriansky\tBéla Keszegh\t2015\n"
        "Levice\tNitriansky\tJana Rudášová\t2018\n"
        "Humenné\tPrešovský\tMiloš Meričko\t2019\n"
        "Bardejov\tPrešovský\tBoris Hanuščák\t2022",
        "Chcete, aby sa vaše mesto stalo členom? Napíšte nám na clenstvo@example.sk.\n\n"
        "Súvisiace: Snem Únie miest Slovenska v Piešťanoch (máj 2025)",
        "Bratislava/SK; Košice/SK; Prešov/SK; Žilina/SK; Banská Bystrica/SK; Nitra/SK; "
        "Trnava/SK; Trenčín/SK; Martin/SK; Poprad/SK; Prievidza/SK; Zvolen/SK; "
        "Považská Bystrica/SK; Michalovce/SK; Nové Zámky/SK; Spišská Nová Ves/SK; "
        "Komárno/SK; Levice/SK; Humenné/SK; Bardejov/SK",
        "a directory tab table of mesto, kraj (adjectives), mayor and year; the seat "
        "Bratislava is also a member; Piešťany the venue of a congress in a related link",
    ),
    Page(
        "hu-viragos-varosok-dijazottak-varmegye-zarojelben",
        "hu",
        "one_a_line;region_after;columns_after;not_signatory",
        "Átadták az Év Virágos Települése díjakat",
        (2024, 9, 27),
        "Kezdőlap » Hírek » Díjak\n\n"
        "A Magyar Települések Zöld Szövetsége idén is díjazta azokat a tagönkormányzatokat, "
        "amelyek a legtöbbet tettek közterületeik megújításáért. A díjátadó gálának "
        "Kecskemét adott otthont, a díjakat Varga Dénes, a szövetség elnöke és Kovács "
        "Ildikó, Kecskemét alpolgármestere adta át.\n\n"
        "A zsűri döntése alapján a díjazottak:",
        "Nagyvárosok kategória\n"
        "Arany fokozat – Szombathely Megyei Jogú Város (Vas vármegye)\n"
        "Ezüst fokozat – Eger Megyei Jogú Város (Heves vármegye)\n"
        "Bronz fokozat – Nyíregyháza Megyei Jogú Város (Szabolcs-Szatmár-Bereg vármegye)\n\n"
        "Városok kategória\n"
        "Arany fokozat – Hévíz Város (Zala vármegye)\n"
        "Ezüst fokozat – Gyula Város (Békés vármegye)\n"
        "Bronz fokozat – Keszthely Város (Zala vármegye)\n"
        "Különdíj – Balatonfüred Város (Veszprém vármegye)\n\n"
        "Községek kategória\n"
        "Arany fokozat – Tihany Község (Veszprém vármegye)\n"
        "Ezüst fokozat – Zebegény Község (Pest vármegye)\n"
        "Bronz fokozat – Mórahalom Város (Csongrád-Csanád vármegye)\n"
        "Különdíj – Kőszeg Város (Vas vármegye)",
        "A díjazott települések jövőre képviselik Magyarországot az európai versenyben, "
        "amelynek döntőjét Ljubljanában rendezik.\n\n"
        "Gratulálunk minden díjazottnak!",
        "Szombathely/HU; Eger/HU; Nyíregyháza/HU; Hévíz/HU; Gyula/HU; Keszthely/HU; "
        "Balatonfüred/HU; Tihany/HU; Zebegény/HU; Mórahalom/HU; Kőszeg/HU",
        "award winners `fokozat – X Város (Y vármegye)` under category headings; counties "
        "named like towns (Veszprém, Békés, Heves); the host Kecskemét and Ljubljana "
        "named in the text",
    ),
    Page(
        "ro-aor-noi-membri-genitiv-orasele",
        "ro",
        "running_text;inflected;region_after;not_signatory;person_named_like_place",
        "Cinci orașe noi în Asociația Orașelor din România",
        (2025, 3, 14),
        "Acasă / Noutăți / Comunicate\n\n"
        "Adunarea Generală a Asociației Orașelor din România, reunită vineri la Sinaia, a "
        "aprobat aderarea a cinci noi membri. Ședința a fost deschisă de primarul "
        "orașului-gazdă, și a fost condusă de președintele asociației, Florin Vaslui-Mocanu.",
        "Au devenit membri ai asociației orașele Buftea (județul Ilfov), Sânnicolau Mare "
        "(județul Timiș), Câmpulung Moldovenesc (județul Suceava) și Mioveni (județul Argeș), "
        "precum și municipiul Vulcan din județul Hunedoara.",
        "„Problemele orașelor mici sunt altele decât cele ale marilor municipii, iar vocea "
        "lor trebuie auzită la București”, a declarat Florin Vaslui-Mocanu.\n\n"
        "Asociația numără acum 197 de membri. Următoarea reuniune va avea loc la Alba Iulia.",
        "Buftea/RO; Sânnicolau Mare/RO; Câmpulung Moldovenesc/RO; Mioveni/RO; Vulcan/RO",
        "new members in one sentence with `(județul X)` and `municipiul X din județul Y`; the "
        "venue Sinaia, Bucharest, Alba Iulia and a president named Vaslui are not signatories",
    ),
    Page(
        "hr-udruga-gradova-clanice-zupanije-grad",
        "hr",
        "one_a_line;region_heading;country_in_language;not_signatory",
        "Gradovi članice Udruge gradova",
        (2025, 2, 3),
        "Naslovnica | O Udruzi | Članice\n\n"
        "Udruga gradova u Republici Hrvatskoj okuplja gradove radi zajedničkog zastupanja "
        "interesa lokalne samouprave prema Vladi i Hrvatskom saboru. Stručna služba Udruge "
        "nalazi se u Zagrebu, a Skupština se ove godine sastaje u Opatiji.\n\n"
        "Popis članica po županijama (stanje 31. siječnja 2025.)",
        "Grad Zagreb\n"
        "Grad Zagreb\n\n"
        "Zagrebačka županija\n"
        "Grad Velika Gorica\n"
        "Grad Samobor\n"
        "Grad Zaprešić\n"
        "Grad Dugo Selo\n"
        "Grad Ivanić-Grad\n\n"
        "Krapinsko-zagorska županija\n"
        "Grad Krapina\n"
        "Grad Zabok\n"
        "Grad Oroslavje\n\n"
        "Varaždinska županija\n"
        "Grad Varaždin\n"
        "Grad Ivanec\n"
        "Grad Ludbreg\n\n"
        "Međimurska županija\n"
        "Grad Čakovec\n"
        "Grad Prelog\n\n"
        "Osječko-baranjska županija\n"
        "Grad Osijek\n"
        "Grad Đakovo\n"
        "Grad Našice\n"
        "Grad Beli Manastir\n"
        "Grad Valpovo\n\n"
        "Vukovarsko-srijemska županija\n"
        "Grad Vukovar\n"
        "Grad Vinkovci\n"
        "Grad Županja\n\n"
        "Primorsko-goranska županija\n"
        "Grad Rijeka\n"
        "Grad Crikvenica\n"
        "Grad Krk\n"
        "Grad Kastav\n\n"
        "Istarska županija\n"
        "Grad Pula – Pola\n"
        "Grad Rovinj – Rovigno\n"
        "Grad Poreč – Parenzo\n"
        "Grad Labin\n"
        "Grad Pazin\n\n"
        "Zadarska županija\n"
        "Grad Zadar\n"
        "Grad Biograd na Moru\n\n"
        "Šibensko-kninska županija\n"
        "Grad Šibenik\n"
        "Grad Knin\n"
        "Grad Vodice\n\n"
        "Splitsko-dalmatinska županija\n"
        "Grad Split\n"
        "Grad Omiš\n"
        "Grad Solin\n"
        "Grad Sinj\n"
        "Grad Trogir\n"
        "Grad Makarska\n"
        "Grad Imotski\n\n"
        "Dubrovačko-neretvanska županija\n"
        "Grad Dubrovnik\n"
        "Grad Metković\n"
        "Grad Korčula",
        "Ukupno: 46 gradova\n\n"
        "Gradovi koji nisu članice, a žele pristupiti Udruzi, mogu poslati odluku gradskog "
        "vijeća na adresu Stručne službe.\n\n"
        "Preuzmite popis (XLSX, 18 kB)",
        "Zagreb/HR; Velika Gorica/HR; Samobor/HR; Zaprešić/HR; Dugo Selo/HR; Ivanić-Grad/HR; "
        "Krapina/HR; Zabok/HR; Oroslavje/HR; Varaždin/HR; Ivanec/HR; Ludbreg/HR; Čakovec/HR; "
        "Prelog/HR; Osijek/HR; Đakovo/HR; Našice/HR; Beli Manastir/HR; Valpovo/HR; "
        "Vukovar/HR; Vinkovci/HR; Županja/HR; Rijeka/HR; Crikvenica/HR; Krk/HR; Kastav/HR; "
        "Pula/HR; Rovinj/HR; Poreč/HR; Labin/HR; Pazin/HR; Zadar/HR; Biograd na Moru/HR; "
        "Šibenik/HR; Knin/HR; Vodice/HR; Split/HR; Omiš/HR; Solin/HR; Sinj/HR; "
        "Trogir/HR; Makarska/HR; Imotski/HR; Dubrovnik/HR; Metković/HR; Korčula/HR",
        "46 `Grad X` lines under county headings (`Grad Zagreb` also its own heading), "
        "bilingual Istrian names `Pula – Pola`; Opatija the venue; Zagreb the seat and a member",
    ),
    Page(
        "sl-zdruzenje-obcin-nove-clanice-kartice-regija",
        "sl",
        "one_a_line;person_after;region_after;not_signatory",
        "Nove članice Skupnosti občin Slovenije",
        (2024, 12, 5),
        "Domov / Novice\n\n"
        "Predsedstvo Skupnosti občin Slovenije je na seji v Mariboru potrdilo pristop šestih "
        "občin. Skupnost ima tako 186 članic. Županom in županjam novih članic je čestital "
        "predsednik skupnosti, župan Mestne občine Celje.\n\n"
        "Predstavljamo nove članice:",
        "Mestna občina Kranj\n"
        "Gorenjska regija\n"
        "Župan: Matjaž Rakovec\n"
        "Članica od 1. 12. 2024\n"
        "Več o občini\n\n"
        "Občina Bled\n"
        "Gorenjska regija\n"
        "Županja: Tina Kobal\n"
        "Članica od 1. 12. 2024\n"
        "Več o občini\n\n"
        "Občina Izola\n"
        "Obalno-kraška regija\n"
        "Župan: Danilo Markočič\n"
        "Članica od 1. 12. 2024\n"
        "Več o občini\n\n"
        "Občina Ajdovščina\n"
        "Goriška regija\n"
        "Župan: Tadej Beočanin\n"
        "Članica od 1. 12. 2024\n"
        "Več o občini\n\n"
        "Občina Ribnica\n"
        "Jugovzhodna Slovenija\n"
        "Župan: Samo Pogorelc\n"
        "Članica od 1. 12. 2024\n"
        "Več o občini\n\n"
        "Občina Lendava – Lendva Község\n"
        "Pomurska regija\n"
        "Županja: Erika Horváth\n"
        "Članica od 1. 12. 2024\n"
        "Več o občini",
        "Naslednja seja predsedstva bo januarja v Novem mestu.",
        "Kranj/SI; Bled/SI; Izola/SI; Ajdovščina/SI; Ribnica/SI; Lendava/SI",
        "member cards five lines each (body, region, mayor, date, link), a bilingual "
        "`Občina Lendava – Lendva Község`; Maribor the venue, Celje the president's town, "
        "Novo mesto the next venue",
    ),
    Page(
        "sr-skgo-nagrade-dobitnici-cirilica",
        "sr",
        "one_a_line;numbered;person_after;not_signatory",
        "Додељене награде за најбољу праксу локалне самоуправе",
        (2024, 11, 22),
        "Почетна > Вести > Награде\n\n"
        "Стална конференција градова и општина доделила је на свечаности у Београду "
        "годишње награде за примере добре праксе. Пристигле су 64 пријаве из 51 локалне "
        "самоуправе, а жири је одлучио да награди следеће:",
        "1. Град Чачак – дигитални сервис за грађане (градоначелник Милан Бојовић)\n"
        "2. Општина Ариље – зелене јавне набавке (председница општине Јелена Ђоковић)\n"
        "3. Град Сомбор – енергетска обнова школа (градоначелник Антал Ковач)\n"
        "4. Општина Вршац – инклузивно запошљавање (председник општине Дејан Павлов)\n"
        "5. Град Пожаревац – отворени буџет (градоначелница Сандра Милосављевић)\n"
        "6. Општина Бачка Паланка – сарадња са месним заједницама (председник општине "
        "Ненад Лукић)",
        "Награде је уручио генерални секретар СКГО уз подршку Швајцарске агенције за развој "
        "и сарадњу. Наредни конкурс биће расписан у марту, а свечаност ће се одржати у "
        "Новом Саду.",
        "Čačak/RS; Arilje/RS; Sombor/RS; Vršac/RS; Požarevac/RS; Bačka Palanka/RS",
        "numbered Cyrillic `Град X` / `Општина X – project (mayor)` lines; Belgrade the "
        "venue and Novi Sad (locative `Новом Саду`) the next",
    ),
    Page(
        "bg-ekoenergia-prilozhenie-obshtini-oblast-tablica",
        "bg",
        "table_tabs;numbered;columns_after;region_after;not_signatory",
        "Годишен доклад 2024 – Приложение 2: Общини – членове на мрежата",
        (2025, 2, 28),
        "Начало / Документи / Годишни доклади\n\n"
        "Мрежата на общините за енергийна ефективност „ЕкоЕнергия“ обединява общини, които "
        "планират и изпълняват мерки за енергийна ефективност и местна възобновяема "
        "енергия. Секретариатът на мрежата е в София. Общото събрание за 2024 г. се проведе "
        "в Бургас.\n\n"
        "Приложение 2. Списък на общините – членове към 31.12.2024 г.",
        "№\tОбщина\tОбласт\tЧленува от\n"
        "1\tАсеновград\tПловдив\t2002\n"
        "2\tКарлово\tПловдив\t2004\n"
        "3\tКазанлък\tСтара Загора\t1997\n"
        "4\tДимитровград\tХасково\t1999\n"
        "5\tСвиленград\tХасково\t2011\n"
        "6\tСандански\tБлагоевград\t2003\n"
        "7\tПетрич\tБлагоевград\t2008\n"
        "8\tГоце Делчев\tБлагоевград\t2005\n"
        "9\tСамоков\tСофийска\t2001\n"
        "10\tБотевград\tСофийска\t2006\n"
        "11\tКарнобат\tБургас\t2010\n"
        "12\tНесебър\tБургас\t2014\n"
        "13\tПоморие\tБургас\t2014\n"
        "14\tАйтос\tБургас\t2019\n"
        "15\tБалчик\tДобрич\t2012\n"
        "16\tГорна Оряховица\tВелико Търново\t1998\n"
        "17\tСвищов\tВелико Търново\t2007\n"
        "18\tСевлиево\tГаброво\t2000\n"
        "19\tТроян\tЛовеч\t2002\n"
        "20\tПанагюрище\tПазарджик\t2009\n"
        "21\tВелинград\tПазарджик\t2016\n"
        "22\tНова Загора\tСливен\t2013\n"
        "23\tДупница\tКюстендил\t2004\n"
        "24\tСмолян\tСмолян\t1997\n"
        "25\tЛом\tМонтана\t2018\n"
        "26\tЧервен бряг\tПлевен\t2021",
        "Източник: регистър на членовете, Секретариат на „ЕкоЕнергия“.\n\n"
        "Приложение 3. Проекти на членовете, финансирани през 2024 г. (стр. 41)",
        "Asenovgrad/BG; Karlovo/BG; Kazanlak/BG; Dimitrovgrad/BG; Svilengrad/BG; "
        "Sandanski/BG; Petrich/BG; Gotse Delchev/BG; Samokov/BG; Botevgrad/BG; Karnobat/BG; "
        "Nesebar/BG; Pomorie/BG; Aytos/BG; Balchik/BG; Gorna Oryahovitsa/BG; Svishtov/BG; "
        "Sevlievo/BG; Troyan/BG; Panagyurishte/BG; Velingrad/BG; Nova Zagora/BG; "
        "Dupnitsa/BG; Smolyan/BG; Lom/BG; Cherven Bryag/BG",
        "an annual report's annex as a numbered tab table of община, област, year: the "
        "oblast column names other towns (Пловдив, Бургас, Хасково, Благоевград...), one "
        "its own (Смолян); the secretariat Sofia and the venue Burgas are not members",
    ),
    Page(
        "el-diktyo-ygeion-poleon-nea-meli-dimoi-genikh",
        "el",
        "running_text;inflected;not_signatory",
        "Έξι νέοι δήμοι στο Εθνικό Δίκτυο Υγιών Πόλεων",
        (2024, 10, 16),
        "Αρχική › Νέα › Δελτία Τύπου\n\n"
        "Με ομόφωνη απόφαση της Γενικής Συνέλευσης, που πραγματοποιήθηκε στο Μαρούσι, "
        "το Εθνικό Δίκτυο Υγιών Πόλεων – Προαγωγής Υγείας διευρύνεται με έξι νέα μέλη.",
        "Ειδικότερα, εντάχθηκαν στο Δίκτυο οι Δήμοι Κοζάνης, Σερρών, Τρικκαίων, Ναυπλιέων "
        "και Χανίων, καθώς και ο Δήμος Αλεξανδρούπολης, ο οποίος επανέρχεται στο Δίκτυο "
        "μετά από δέκα χρόνια.",
        "«Η υγεία των πολιτών ξεκινά από τη γειτονιά», δήλωσε η πρόεδρος του Δικτύου, "
        "Ελένη Παπαδοπούλου, αντιδήμαρχος του Δήμου Αμαρουσίου. Τα νέα μέλη θα "
        "συμμετάσχουν ήδη στο θερινό σχολείο του Δικτύου στην Καλαμάτα.\n\n"
        "Ετικέτες: Νέα μέλη, Γενική Συνέλευση",
        "Kozani/GR; Serres/GR; Trikala/GR; Nafplio/GR; Chania/GR; Alexandroupoli/GR",
        "new members in one sentence of `Δήμος` genitives (`Τρικκαίων`, `Ναυπλιέων`) "
        "and `καθώς και ο Δήμος Αλεξανδρούπολης`; the venue Marousi (`Αμαρουσίου`) and "
        "Kalamata are not members",
    ),
    Page(
        "uk-enerhoefektyvni-mista-chleny-m-oblast",
        "uk",
        "one_a_line;bulleted;region_after;not_signatory",
        "Міста – члени асоціації «Енергоефективні міста України»",
        (2025, 1, 28),
        "Головна / Про асоціацію / Члени\n\n"
        "Асоціація «Енергоефективні міста України» об'єднує громади, які впроваджують "
        "енергоменеджмент, термомодернізацію та місцеву відновлювану енергетику. "
        "Виконавча дирекція асоціації працює у Києві; торік до нас приєдналися громади "
        "Ніжина, Умані та Славутича.\n\n"
        "Наші члени:",
        "• м. Житомир (Житомирська обл.)\n"
        "• м. Луцьк (Волинська обл.)\n"
        "• м. Тернопіль (Тернопільська обл.)\n"
        "• м. Івано-Франківськ (Івано-Франківська обл.)\n"
        "• м. Хмельницький (Хмельницька обл.)\n"
        "• м. Кам'янець-Подільський (Хмельницька обл.)\n"
        "• м. Вінниця (Вінницька обл.)\n"
        "• м. Біла Церква (Київська обл.)\n"
        "• м. Бровари (Київська обл.)\n"
        "• м. Славутич (Київська обл.)\n"
        "• м. Ніжин (Чернігівська обл.)\n"
        "• м. Кременчук (Полтавська обл.)\n"
        "• м. Умань (Черкаська обл.)\n"
        "• м. Мукачево (Закарпатська обл.)\n"
        "• м. Дрогобич (Львівська обл.)",
        "Щоб стати членом асоціації, громада ухвалює рішення сесії міської ради та "
        "надсилає його до виконавчої дирекції.\n\n"
        "Документи: Статут асоціації (PDF) · Порядок сплати внесків (PDF)",
        "Zhytomyr/UA; Lutsk/UA; Ternopil/UA; Ivano-Frankivsk/UA; Khmelnytskyi/UA; "
        "Kamianets-Podilskyi/UA; Vinnytsia/UA; Bila Tserkva/UA; Brovary/UA; Slavutych/UA; "
        "Nizhyn/UA; Kremenchuk/UA; Uman/UA; Mukachevo/UA; Drohobych/UA",
        "bullets `м. X (Y обл.)` with oblasts named after cities (Київська, Львівська); "
        "Kyiv the seat; three members also named in the text in the genitive",
    ),
    Page(
        "lt-ubc-ataskaita-priedas-nariai-pagal-salis",
        "lt",
        "several_a_line;region_before;country_in_language;not_signatory",
        "Baltijos miestų sąjungos 2024 m. veiklos ataskaita. 2 priedas: narės",
        (2025, 3, 31),
        "Pradžia > Tarptautinis bendradarbiavimas > Tinklai\n\n"
        "Baltijos miestų sąjunga (UBC) – didžiausias Baltijos jūros regiono miestų tinklas, "
        "įkurtas 1991 m. Gdanske, kur iki šiol veikia jos sekretoriatas. Lietuvos "
        "savivaldybės sąjungoje aktyviai dalyvauja nuo pat jos įkūrimo. Toliau pateikiame "
        "ataskaitos priedą su narių sąrašu pagal šalis (lietuviški pavadinimai).\n\n"
        "2 priedas. UBC narės 2024 m. gruodžio 31 d.",
        "Danija (1): Orhusas\n"
        "Estija (6): Talinas, Tartu, Pärnu, Narva, Kuresarė, Viljandis\n"
        "Latvija (6): Ryga, Liepoja, Jelgava, Ventspilis, Cėsys, Valmiera\n"
        "Lenkija (6): Gdanskas, Gdynė, Sopotas, Ščecinas, Elblongas, Koszalinas\n"
        "Lietuva (8): Vilnius, Kaunas, Klaipėda, Šiauliai, Panevėžys, Palanga, Alytus, Jonava\n"
        "Norvegija (2): Bergenas, Kristiansandas\n"
        "Suomija (4): Turku, Oulu, Lahtis, Kotka\n"
        "Švedija (4): Kalmaras, Karlskruna, Umeo, Visbis\n"
        "Vokietija (4): Kylis, Rostokas, Liubekas, Greifsvaldas",
        "Iš viso: 41 narė.\n\n"
        "Kita UBC generalinė konferencija vyks 2025 m. spalį. Daugiau informacijos – "
        "Savivaldybių asociacijos tarptautinių ryšių skyriuje.",
        "Aarhus/DK; Tallinn/EE; Tartu/EE; Pärnu/EE; Narva/EE; Kuressaare/EE; Viljandi/EE; "
        "Riga/LV; Liepāja/LV; Jelgava/LV; Ventspils/LV; Cēsis/LV; Valmiera/LV; Gdańsk/PL; "
        "Gdynia/PL; Sopot/PL; Szczecin/PL; Elbląg/PL; Koszalin/PL; Vilnius/LT; Kaunas/LT; "
        "Klaipėda/LT; Šiauliai/LT; Panevėžys/LT; Palanga/LT; Alytus/LT; Jonava/LT; "
        "Bergen/NO; Kristiansand/NO; Turku/FI; Oulu/FI; Lahti/FI; Kotka/FI; Kalmar/SE; "
        "Karlskrona/SE; Umeå/SE; Visby/SE; Kiel/DE; Rostock/DE; Lübeck/DE; Greifswald/DE",
        "`Šalis (n): A, B, C` lines with Lithuanian exonyms (Talinas, Ryga, Gdanskas, Kylis, "
        "Liubekas, Umeo); Gdańsk, the secretariat's seat (locative `Gdanske`), is also a member",
    ),
    Page(
        "lv-veselibu-veicinosas-pasvaldibas-novada-genitivi",
        "lv",
        "running_text;inflected;few;not_signatory",
        "Nacionālajam veselību veicinošo pašvaldību tīklam pievienojas trīs novadi",
        (2024, 8, 19),
        "Sākums / Jaunumi\n\n"
        "Slimību profilakses un kontroles centrs informē, ka Nacionālais veselību "
        "veicinošo pašvaldību tīkls turpina paplašināties. Tīkla koordinatoru sanāksmē "
        "Jelgavā tika sveikti jaunie dalībnieki.",
        "Šovasar tīklam pievienojušās Ludzas, Preiļu un Kuldīgas novada pašvaldības, un "
        "tagad tīklā darbojas 42 pašvaldības.",
        "„Ar mazām, bet regulārām aktivitātēm var panākt lielas pārmaiņas iedzīvotāju "
        "veselībā,” uzsvēra centra pārstāve Ilze Bērziņa. Jaunās dalībnieces iesaistīsies "
        "arī projektā, kas tiek īstenots kopā ar Rīgas Stradiņa universitāti.\n\n"
        "Pievienoties tīklam var jebkura Latvijas pašvaldība.",
        "Ludza/LV; Preiļi/LV; Kuldīga/LV",
        "three municipalities as genitives sharing `novada pašvaldības`; the venue Jelgava "
        "(`Jelgavā`) and Rīga Stradiņš University are not members",
    ),
    Page(
        "pl-zmp-nowi-czlonkowie-gmina-miejska-wojewodztwo",
        "pl",
        "bulleted;region_after;not_signatory;person_named_like_place",
        "Siedem miast dołączyło do Związku Miast Polskich",
        (2025, 5, 12),
        "Strona główna » Aktualności » Z życia Związku\n\n"
        "Zarząd Związku Miast Polskich na posiedzeniu w Rzeszowie przyjął uchwały o "
        "przystąpieniu do Związku siedmiu nowych członków. Nowe miasta powitał prezes "
        "Związku, prezydent Rzeszowa, a o korzyściach z członkostwa opowiedział dyrektor "
        "biura w Poznaniu, Tomasz Kalisz.\n\n"
        "Do Związku przystąpiły:",
        "• Gmina Miejska Iława (woj. warmińsko-mazurskie)\n"
        "• Gmina Miasto Szczytno (woj. warmińsko-mazurskie)\n"
        "• Miasto Sandomierz (woj. świętokrzyskie)\n"
        "• Miasto Kutno (woj. łódzkie)\n"
        "• Gmina Miejska Kraśnik (woj. lubelskie)\n"
        "• Gmina Miasto Świnoujście (woj. zachodniopomorskie)\n"
        "• Gmina Miasta Dębica (woj. podkarpackie)",
        "„Liczymy, że razem łatwiej będzie nam przekonać rząd do zmian w finansowaniu "
        "samorządów” – powiedziała burmistrz Sandomierza, Agnieszka Lewandowska.\n\n"
        "Związek liczy obecnie 352 członków. Zgromadzenie Ogólne odbędzie się we wrześniu "
        "w Lublinie.",
        "Iława/PL; Szczytno/PL; Sandomierz/PL; Kutno/PL; Kraśnik/PL; Świnoujście/PL; Dębica/PL",
        "bullets of official names `Gmina Miejska X`, `Gmina Miasto X`, `Gmina Miasta Dębica` "
        "with voivodeships; Rzeszów the venue and president's city, Poznań the office, "
        "Lublin the next venue, a director named Kalisz",
    ),
    Page(
        "de-at-klimabuendnis-neue-mitgliedsgemeinden-bundesland",
        "de",
        "several_a_line;region_before;not_signatory",
        "Klimabündnis Österreich: 22 neue Mitgliedsgemeinden im Jahr 2024",
        (2025, 1, 15),
        "Startseite › Gemeinden › Aktuelles\n\n"
        "Das Klimabündnis Österreich wächst weiter: Im vergangenen Jahr haben 22 Städte und "
        "Gemeinden einen Beitrittsbeschluss gefasst. Bei der Jahreskonferenz in Villach "
        "wurden die neuen Mitglieder von Geschäftsführerin Mag.a Sabine Hofer und "
        "Bürgermeister Gerhard Lindner aus der Gastgeberstadt begrüßt.\n\n"
        "Die neuen Mitglieder nach Bundesländern:",
        "Burgenland: Stadtgemeinde Neusiedl am See, Stadtgemeinde Pinkafeld\n"
        "Kärnten: Stadtgemeinde Feldkirchen in Kärnten, Marktgemeinde Velden am Wörther See\n"
        "Niederösterreich: Stadtgemeinde Tulln an der Donau, Marktgemeinde Gablitz, "
        "Stadtgemeinde Mödling, Marktgemeinde Perchtoldsdorf\n"
        "Oberösterreich: Stadtgemeinde Gmunden, Stadtgemeinde Bad Ischl, "
        "Marktgemeinde Mauthausen\n"
        "Salzburg: Stadtgemeinde Hallein, Gemeinde Anif, "
        "Stadtgemeinde Saalfelden am Steinernen Meer\n"
        "Steiermark: Stadtgemeinde Leoben, Stadtgemeinde Gleisdorf, Stadtgemeinde Weiz\n"
        "Tirol: Stadtgemeinde Lienz, Marktgemeinde Telfs\n"
        "Vorarlberg: Marktgemeinde Lustenau, Stadt Hohenems, Marktgemeinde Wolfurt",
        "Damit gehören dem Klimabündnis Österreich mehr als 1.100 Gemeinden an, dazu alle "
        "neun Bundesländer. Die Regionalstellen beraten neue Mitglieder beim Einstieg – in "
        "Salzburg etwa zur klimafreundlichen Beschaffung.\n\n"
        "Mitglied werden: Informationen zum Beitritt",
        "Neusiedl am See/AT; Pinkafeld/AT; Feldkirchen in Kärnten/AT; "
        "Velden am Wörther See/AT; Tulln an der Donau|Tulln/AT; Gablitz/AT; Mödling/AT; "
        "Perchtoldsdorf/AT; Gmunden/AT; Bad Ischl/AT; Mauthausen/AT; Hallein/AT; Anif/AT; "
        "Saalfelden am Steinernen Meer/AT; Leoben/AT; Gleisdorf/AT; Weiz/AT; Lienz/AT; "
        "Telfs/AT; Lustenau/AT; Hohenems/AT; Wolfurt/AT",
        "`Bundesland: Stadtgemeinde X, Marktgemeinde Y` lines, one label `Salzburg` (the Land, "
        "not the city) and Salzburg again after the list; Villach the venue",
    ),
]

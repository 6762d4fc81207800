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
        "Mikroregion Telčsko/CZ/union of municipalities; Šternberk/CZ; Velká Bystřice/CZ; "
        "Říčany/CZ; Dolní Břežany/CZ; Most/CZ",
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
        "named like towns (Veszprém, Békés, Heves, Pest); the host Kecskemét and Ljubljana "
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
]

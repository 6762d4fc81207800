"""Hand-written pages, batch s: the final held-out check of issue #20's round that changes the
reader for batches q and r, written without reading batches o to r and before any change to
the reader. Modelled as closely as we could on how real city networks publish statements and
member lists (the text select-all and copy gives), of networks the corpus had not used: a
statement's signatories as `Name, Mayor of X` and `Name, title, X` lines under a breadcrumb
with a PDF link and related news; a declaration's signatories table with country, world-region
and date columns; new signatories in running text `City (Country); ... and City (Country).`
beside a host and a regional office; a long members list of small towns under country
headings; German `Stadt`, `Gemeinde`, `Markt`, `Marktgemeinde`, `Stadtgemeinde X (Österreich)`,
`Gemeinde Brixen (Südtirol, Italien)` and a `Landkreis`; French `Name, maire de X`, `Ville de X
(Belgique)` and a `Métropole`; a Spanish table of `Ayuntamiento de X` whose province column is
a city's name; Italian `Name (Città)` in running text with surnames that are places and an
absent mayor; a Dutch table of `gemeente` and `provincie`; Portuguese regions before their
municipalities, one of them named `Lisboa e Vale do Tejo`; Swedish genitives `Falu kommun`,
`Östersunds kommun` in a sentence; Finnish `Porin kaupunki, Satakunta` lines; Polish numbered
`Miasto X`, `Gmina Miejska X`, `Gmina Miasta Sanoka (woj. ...)`; Hungarian `X Megyei Jogú
Város Önkormányzata` lines with a venue `Egerben`. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-mayors-statement-name-mayor-of-lines",
        "en",
        "one_a_line;person_before;no_country;not_signatory;person_named_like_place",
        "Mayors' statement: homes for people, not for speculation",
        (2025, 3, 18),
        "Home\n›\nNews\n›\nStatements\n\nStatement | Housing | Social affairs\n\n"
        "Europe's cities are living through the deepest housing crisis in a generation. Rents "
        "have risen faster than wages in almost every city we represent, and too many of our "
        "residents, from nurses to students, can no longer afford to live where they work.\n\n"
        "We, the undersigned mayors and city leaders, call on the European institutions to:\n"
        "1. make affordable and social housing a priority of the next budget;\n"
        "2. let cities regulate short-term rentals, building on the Porto Social Commitment;\n"
        "3. give cities direct access to funds for renovating public and social homes.\n\n"
        "The statement was presented at the network's Social Affairs Forum in Brussels. "
        '"Housing is where every life in a city begins," said the forum\'s host, Brussels '
        'alderman Youssef Haddad. "No city can fix this alone."\n\n'
        "Signatories",
        "Marta Soler i Puig, Deputy Mayor for Housing, Barcelona\n"
        "Lukas Hoffmann, Mayor of Leipzig\n"
        "Anna Lindqvist, Mayor of Gothenburg\n"
        "Matteo Rinaldi, Mayor of Bologna\n"
        "Sophie Vermeulen, Mayor of Ghent\n"
        "Pierre Lambert, Mayor of Lyon\n"
        "Katarzyna Nowicka, Mayor of Gdańsk\n"
        "Jan Dvořák, Mayor of Brno\n"
        "Helena Virtanen, Mayor of Espoo\n"
        "Tomás Ó Briain, Lord Mayor of Dublin\n"
        "Florence Martin, Deputy Mayor of Nantes\n"
        "Jorge Almeida, Councillor for Housing, City of Lisbon\n"
        "Elisabeth Gruber, Executive City Councillor for Housing, Vienna\n"
        "Dace Ozola, Mayor of Riga\n"
        "Ivana Horvat, Mayor of Zagreb\n"
        "Mikael Berg, Mayor of Malmö\n"
        "Ana Novak, Mayor of Ljubljana\n"
        "Ole Haugen, Governing Mayor of Oslo\n"
        "Kristina Schulz, Lord Mayor of Dortmund\n"
        "Chiara Bellini, Mayor of Milan\n"
        "Pieter de Graaf, Alderman for Housing, Utrecht\n"
        "Jacqueline Roux, Mayor of Bordeaux\n"
        "Mikko Laine, Mayor of Tampere\n"
        "Zsófia Kertész, Deputy Mayor of Budapest\n"
        "Georgia Papadaki, Deputy Mayor of Athens\n"
        "Piotr Zieliński, Deputy Mayor of Warsaw\n"
        "Rui Fonseca, Mayor of Braga",
        "Download the statement (PDF, 312 KB)\n\n"
        "Press contact\nHannah Keller\nhannah.keller@example.eu\n+32 2 552 08 88\n\n"
        "Related news\n"
        "Welcome to Mannheim and Košice, our newest members\n4 March 2025\n"
        "Seville and Tallinn share their plans for cooler streets\n27 February 2025\n\n"
        "Rue du Luxembourg 19, 1000 Brussels, Belgium",
        "Barcelona/ES; Leipzig/DE; Gothenburg/SE; Bologna/IT; Ghent/BE; Lyon/FR; Gdańsk/PL; "
        "Brno/CZ; Espoo/FI; Dublin/IE; Nantes/FR; Lisbon/PT; Vienna/AT; Riga/LV; Zagreb/HR; "
        "Malmö/SE; Ljubljana/SI; Oslo/NO; Dortmund/DE; Milan/IT; Utrecht/NL; Bordeaux/FR; "
        "Tampere/FI; Budapest/HU; Athens/GR; Warsaw/PL; Braga/PT",
        "`Name, Mayor of X` and `Name, title, X` lines under 'Signatories'; the host Brussels "
        "and Porto named in the text, Mannheim, Košice, Seville and Tallinn in related news",
    ),
    Page(
        "en-declaration-table-country-region-date",
        "en",
        "table_tabs;columns_after;not_signatory",
        "Clean Construction Declaration: signatory cities",
        (2024, 11, 12),
        "Cities\n»\nDeclarations\n»\nClean Construction\n\n"
        "By signing the declaration, mayors commit to halve the embodied emissions of all new "
        "buildings and major retrofits by 2030, and to use their purchasing power to buy "
        "low-carbon concrete, steel and asphalt.\n\n"
        "Filter\nRegion\nAll regions\nSearch a city\n\nShowing 18 signatories",
        "City\tCountry\tRegion\tDate signed\n"
        "Budapest\tHungary\tEurope\t15 Mar 2023\n"
        "Copenhagen\tDenmark\tEurope\t22 Sep 2022\n"
        "Oslo\tNorway\tEurope\t22 Sep 2022\n"
        "Los Angeles\tUnited States\tNorth America\t22 Sep 2022\n"
        "Montréal\tCanada\tNorth America\t4 Nov 2022\n"
        "Mexico City\tMexico\tLatin America\t4 Nov 2022\n"
        "Bogotá\tColombia\tLatin America\t19 Jan 2023\n"
        "Rio de Janeiro\tBrazil\tLatin America\t19 Jan 2023\n"
        "Quezon City\tPhilippines\tEast, Southeast Asia and Oceania\t2 Feb 2023\n"
        "Tokyo\tJapan\tEast, Southeast Asia and Oceania\t2 Feb 2023\n"
        "Sydney\tAustralia\tEast, Southeast Asia and Oceania\t15 Mar 2023\n"
        "Auckland\tNew Zealand\tEast, Southeast Asia and Oceania\t15 Mar 2023\n"
        "Durban\tSouth Africa\tAfrica\t6 Jun 2023\n"
        "Dar es Salaam\tTanzania\tAfrica\t6 Jun 2023\n"
        "Freetown\tSierra Leone\tAfrica\t6 Jun 2023\n"
        "Karachi\tPakistan\tSouth and West Asia\t11 Oct 2023\n"
        "Amman\tJordan\tMiddle East\t11 Oct 2023\n"
        "Lagos\tNigeria\tAfrica\t30 Jan 2024",
        "1–18 of 18\n\nDownload the full list (CSV)\n\n"
        "The declaration was launched at the World Mayors Summit in Buenos Aires. Cities that "
        "wish to sign can contact the Clean Construction team in London.",
        "Budapest/HU; Copenhagen/DK; Oslo/NO; Los Angeles/US; Montréal/CA; Mexico City/MX; "
        "Bogotá/CO; Rio de Janeiro/BR; Quezon City/PH; Tokyo/JP; Sydney/AU; Auckland/NZ; "
        "Durban/ZA; Dar es Salaam/TZ; Freetown/SL; Karachi/PK; Amman/JO; Lagos/NG",
        "a tab table with country, world-region and date columns; Buenos Aires the venue and "
        "London the secretariat",
    ),
    Page(
        "en-new-signatories-city-country-semicolons",
        "en",
        "running_text;several_a_line;not_signatory;person_named_like_place;country_in_language",
        "Fourteen African cities join the Covenant of Mayors",
        (2025, 5, 22),
        "Home / Newsroom / Press releases\n\n"
        "Accra, Ghana – Fourteen cities from nine countries have joined the Covenant of Mayors "
        "in Sub-Saharan Africa, committing to prepare a sustainable energy access and climate "
        "action plan within two years. The announcement was made at the regional forum in "
        "Accra, hosted by the city's mayor, Kwame Asante.",
        "The new signatories are Kisumu (Kenya); Nakuru (Kenya); Jinja (Uganda); Mbarara "
        "(Uganda); Kigali (Rwanda); Mzuzu (Malawi); Ndola (Zambia); Kitwe (Zambia); Tamale "
        "(Ghana); Kumasi (Ghana); Bouaké (Côte d'Ivoire); Saint-Louis (Senegal); Ziguinchor "
        "(Senegal) and Maputo (Mozambique).",
        '"Joining the Covenant gives our lake city a plan and partners to carry it out," said '
        'Mayor Grace Wanjiru, Kisumu. "We want every household on the grid by 2030," added '
        "Mayor Victoria Phiri, Ndola.\n\n"
        "The forum was supported by the Covenant's office in Brussels and its regional "
        "secretariat in Abidjan.\n\n"
        "Tags: Africa, Energy access, New signatories\n\n"
        "More news\nNairobi and Addis Ababa launch heat action plans\n"
        "Kampala hosts the first clean cooking academy",
        "Kisumu/KE; Nakuru/KE; Jinja/UG; Mbarara/UG; Kigali/RW; Mzuzu/MW; Ndola/ZM; Kitwe/ZM; "
        "Tamale/GH; Kumasi/GH; Bouaké/CI; Saint-Louis/SN; Ziguinchor/SN; Maputo/MZ",
        "`City (Country); ... and City (Country).` in one sentence; the host Accra, quotes "
        "`Mayor Name, City` of two signatories, offices in Brussels and Abidjan",
    ),
    Page(
        "en-member-towns-country-headings-long",
        "en",
        "one_a_line;region_heading;no_country;majority_other_country",
        "Our member towns",
        (2025, 1, 30),
        "Home\nAbout\nMembers\nNetwork list\n\n"
        "Our members are towns of under 50,000 inhabitants that have committed to improve "
        "the quality of life of their residents: local food, slow mobility, hospitality and "
        "the care of their landscape. The international network has its headquarters in "
        "Orvieto.\n\n"
        "Jump to: Italy | Germany | Poland | Portugal | Spain | United Kingdom | Norway | "
        "Netherlands | Belgium | Türkiye | South Korea",
        "Italy\nAbbiategrasso\nBra\nCastelnuovo Berardenga\nChiavenna\nCisternino\n"
        "Greve in Chianti\nOrvieto\nPositano\nTodi\nTrani\nSan Miniato\nLevanto\nPollica\n"
        "Francavilla al Mare\n"
        "Germany\nHersbruck\nÜberlingen\nWaldkirch\nDeidesheim\nLüdinghausen\nPenzlin\n"
        "Bad Schussenried\nWirsberg\n"
        "Poland\nReszel\nBiskupiec\nBisztynek\nLidzbark Warmiński\nBarczewo\nOlsztynek\n"
        "Gołdap\nNowe Miasto Lubawskie\nMurowana Goślina\nRejowiec Fabryczny\n"
        "Portugal\nSilves\nTavira\nLagos\nSão Brás de Alportel\nPonte de Lima\n"
        "Viana do Castelo\n"
        "Spain\nBegur\nPals\nLekeitio\nMungia\nBigastro\nRubielos de Mora\nMorella\n"
        "Balmaseda\n"
        "United Kingdom\nLudlow\nPerth\nMold\nAylsham\nDiss\nBerwick-upon-Tweed\n"
        "Norway\nLevanger\nUlvik\nTingvoll\n"
        "Netherlands\nVaals\nHeusden\nBorger\n"
        "Belgium\nChaudfontaine\nEnghien\nLens\n"
        "Türkiye\nSeferihisar\nGökçeada\nHalfeti\nTaraklı\nVize\n"
        "South Korea\nDamyang\nHadong\nCheongsong\nYesan",
        "Is your town interested in joining? Read the requirements\n\n"
        "Via del Duomo 7, 05018 Orvieto (TR), Italy",
        "Abbiategrasso/IT; Bra/IT; Castelnuovo Berardenga/IT; Chiavenna/IT; Cisternino/IT; "
        "Greve in Chianti/IT; Orvieto/IT; Positano/IT; Todi/IT; Trani/IT; San Miniato/IT; "
        "Levanto/IT; Pollica/IT; Francavilla al Mare/IT; Hersbruck/DE; Überlingen/DE; "
        "Waldkirch/DE; Deidesheim/DE; Lüdinghausen/DE; Penzlin/DE; Bad Schussenried/DE; "
        "Wirsberg/DE; Reszel/PL; Biskupiec/PL; Bisztynek/PL; Lidzbark Warmiński/PL; "
        "Barczewo/PL; Olsztynek/PL; Gołdap/PL; Nowe Miasto Lubawskie/PL; Murowana Goślina/PL; "
        "Rejowiec Fabryczny/PL; Silves/PT; Tavira/PT; Lagos/PT; São Brás de Alportel/PT; "
        "Ponte de Lima/PT; Viana do Castelo/PT; Begur/ES; Pals/ES; Lekeitio/ES; Mungia/ES; "
        "Bigastro/ES; Rubielos de Mora/ES; Morella/ES; Balmaseda/ES; Ludlow/GB; Perth/GB; "
        "Mold/GB; Aylsham/GB; Diss/GB; Berwick-upon-Tweed/GB; Levanger/NO; Ulvik/NO; "
        "Tingvoll/NO; Vaals/NL; Heusden/NL; Borger/NL; Chaudfontaine/BE; Enghien/BE; Lens/BE; "
        "Seferihisar/TR; Gökçeada/TR; Halfeti/TR; Taraklı/TR; Vize/TR; Damyang/KR; Hadong/KR; "
        "Cheongsong/KR; Yesan/KR",
        "70 small towns one a line under bare country headings, many with bigger namesakes "
        "elsewhere (Lagos, Perth, Lens, Bra, Borger); the headquarters Orvieto is a member too",
    ),
    Page(
        "de-neue-mitglieder-stadt-gemeinde-markt",
        "de",
        "one_a_line;country_in_language;region_after;body_not_city;not_signatory",
        "Klima-Bündnis begrüßt 14 neue Mitgliedskommunen",
        (2025, 3, 28),
        "Startseite\n›\nAktuelles\n›\nPressemitteilungen\n\nPressemitteilung\n\n"
        "Frankfurt am Main – Auf der Mitgliederversammlung im belgischen Leuven hat das "
        "Klima-Bündnis 14 neue Mitglieder aus Deutschland, Österreich, Italien und Luxemburg "
        "aufgenommen. „Jede Kommune, die dazukommt, macht unsere Stimme in Brüssel stärker“, "
        "sagte die Vorsitzende des Vorstands, Oberbürgermeisterin Renate Albers (Stadt "
        "Heidelberg).\n\nDie neuen Mitglieder im Überblick:",
        "Stadt Kempten (Allgäu)\n"
        "Stadt Lörrach\n"
        "Gemeinde Ottobrunn\n"
        "Markt Garmisch-Partenkirchen\n"
        "Stadt Bad Homburg vor der Höhe\n"
        "Landkreis Ebersberg\n"
        "Stadt Neumünster\n"
        "Gemeinde Wennigsen (Deister)\n"
        "Stadt Wels (Österreich)\n"
        "Marktgemeinde Wolfurt (Österreich)\n"
        "Stadtgemeinde Zell am See (Österreich)\n"
        "Gemeinde Brixen (Südtirol, Italien)\n"
        "Gemeinde Meran (Südtirol, Italien)\n"
        "Gemeinde Differdingen (Luxemburg)",
        "Das Klima-Bündnis ist mit über 2.000 Mitgliedern in 27 Ländern das größte "
        "europäische Städtenetzwerk für Klimaschutz.\n\n"
        "Pressemitteilung als PDF herunterladen\n\n"
        "Pressekontakt\nJonas Weber\nHanauer Landstraße 52\n60314 Frankfurt am Main\n\n"
        "Das könnte Sie auch interessieren\n"
        "München und Wien starten gemeinsames Radprojekt\n"
        "STADTRADELN 2025: Rekord in Bremen",
        "Kempten/DE; Lörrach/DE; Ottobrunn/DE; Garmisch-Partenkirchen/DE; "
        "Bad Homburg vor der Höhe/DE; Landkreis Ebersberg|Ebersberg District/DE/county; "
        "Neumünster/DE; Wennigsen/DE; Wels/AT; Wolfurt/AT; Zell am See/AT; Brixen|Bressanone/IT; "
        "Meran|Merano/IT; Differdingen|Differdange/LU",
        "`Stadt`, `Gemeinde`, `Markt`, `Marktgemeinde`, `Stadtgemeinde X (Land)` lines with a "
        "`Landkreis`; Leuven the venue, Heidelberg the chair's city, Frankfurt the seat",
    ),
    Page(
        "fr-tribune-maires-signataires-ville-de",
        "fr",
        "one_a_line;person_before;person_after;country_in_language;body_not_city;"
        "not_signatory;person_named_like_place;region_after",
        "Tribune des maires pour des écoles adaptées au climat : les signataires",
        (2025, 4, 9),
        "Accueil > Actualités > Tribunes\n\n"
        "Réunis à Dunkerque lors des Assises de la transition écologique, des maires de France "
        "et de pays francophones demandent un fonds national pour débitumer les cours "
        "d'école, isoler les bâtiments scolaires et végétaliser leurs abords.\n\n"
        "Télécharger la tribune (PDF)\n\nLes signataires :",
        "Mathilde Garnier, maire de Grenoble\n"
        "Paul Valence, maire de Besançon\n"
        "Ville de Villeurbanne, représentée par sa maire, Nadia Benali\n"
        "Sophie Roussel, maire de Lorient (Morbihan)\n"
        "Thomas Lefèvre, maire de Poitiers\n"
        "Claire Dumas, maire de Tours\n"
        "Marc Henry, maire d'Angers\n"
        "Hélène Moreau, adjointe à la maire de Strasbourg chargée de l'éducation\n"
        "Julien Roche, maire de Saint-Denis (Seine-Saint-Denis)\n"
        "Élodie Marchand, maire d'Annecy\n"
        "Yannick Le Goff, maire de Quimper\n"
        "François Arnaud, maire de Marseille\n"
        "Laure Bonnet, présidente de Rennes Métropole\n"
        "Ville de Bruxelles (Belgique) – Karim El Amrani, échevin de l'Instruction publique\n"
        "Ville de Genève (Suisse)\n"
        "Ville de Montréal (Québec, Canada)\n"
        "Ville de Luxembourg",
        "Les villes qui souhaitent s'associer à la tribune peuvent écrire à "
        "tribune-ecoles@example.fr.\n\n"
        "À lire aussi\nLyon et Lille lancent leurs « rues aux écoles »\n"
        "Nice accueillera le congrès des maires du littoral\n\n"
        "24 rue de Lisbonne, 75008 Paris",
        "Grenoble/FR; Besançon/FR; Villeurbanne/FR; Lorient/FR; Poitiers/FR; Tours/FR; "
        "Angers/FR; Strasbourg/FR; Saint-Denis/FR; Annecy/FR; Quimper/FR; Marseille/FR; "
        "Rennes Métropole|Rennes Metropolis/FR/metropolitan area; Brussels/BE; Geneva/CH; "
        "Montréal/CA; Luxembourg/LU",
        "`Name, maire de X`, `Ville de X (Pays)` and a `Métropole`; a mayor named Valence; "
        "Saint-Denis with its department; Dunkerque the venue",
    ),
    Page(
        "es-tabla-ayuntamiento-provincia-homonima",
        "es",
        "table_tabs;columns_after;body_not_city;not_signatory;majority_other_country",
        "Nuevas adhesiones a la Red Española de Ciudades por el Clima",
        (2025, 2, 19),
        "Inicio / Sala de prensa / Noticias\n\n"
        "La Junta de Gobierno de la FEMP, reunida ayer en Madrid, aprobó la incorporación de "
        "16 nuevas entidades locales a la Red Española de Ciudades por el Clima. Estas son las "
        "entidades que se incorporan:",
        "Entidad local\tProvincia\tComunidad Autónoma\tHabitantes\n"
        "Ayuntamiento de Getafe\tMadrid\tComunidad de Madrid\t185.180\n"
        "Ayuntamiento de Alcobendas\tMadrid\tComunidad de Madrid\t119.000\n"
        "Ayuntamiento de Dos Hermanas\tSevilla\tAndalucía\t137.561\n"
        "Ayuntamiento de Motril\tGranada\tAndalucía\t58.460\n"
        "Ayuntamiento de Linares\tJaén\tAndalucía\t56.030\n"
        "Ayuntamiento de Ponferrada\tLeón\tCastilla y León\t63.052\n"
        "Ayuntamiento de Talavera de la Reina\tToledo\tCastilla-La Mancha\t83.303\n"
        "Ayuntamiento de Gandia\tValencia\tComunitat Valenciana\t76.497\n"
        "Ayuntamiento de Elche\tAlicante\tComunitat Valenciana\t235.580\n"
        "Ayuntamiento de Reus\tTarragona\tCataluña\t106.168\n"
        "Ayuntamiento de Torrelavega\tCantabria\tCantabria\t51.494\n"
        "Ayuntamiento de Mieres\tAsturias\tPrincipado de Asturias\t36.217\n"
        "Ayuntamiento de Ferrol\tA Coruña\tGalicia\t64.785\n"
        "Ayuntamiento de Barakaldo\tBizkaia\tPaís Vasco\t101.486\n"
        "Ayuntamiento de Mérida\tBadajoz\tExtremadura\t60.119\n"
        "Diputación Provincial de Cáceres\tCáceres\tExtremadura\t389.558",
        "Con estas incorporaciones, la Red suma ya 322 gobiernos locales. «Cada nueva "
        "adhesión demuestra que el municipalismo lidera la acción climática», declaró el "
        "alcalde de Soria y presidente de la Red, Andrés Gil.\n\n"
        "Descargar nota de prensa (PDF)\n\n"
        "Calle de Bailén, 17 · 28005 Madrid",
        "Getafe/ES; Alcobendas/ES; Dos Hermanas/ES; Motril/ES; Linares/ES; Ponferrada/ES; "
        "Talavera de la Reina/ES; Gandia/ES; Elche/ES; Reus/ES; Torrelavega/ES; Mieres/ES; "
        "Ferrol/ES; Barakaldo/ES; Mérida/ES; "
        "Diputación Provincial de Cáceres|Province of Cáceres/ES/province",
        "a tab table whose province column names cities (Madrid, Sevilla, León, Toledo, "
        "Valencia) and whose towns have namesakes in the Americas (Linares, Mérida); Madrid "
        "the venue, Soria the president's city",
    ),
    Page(
        "it-firmatari-nome-citta-parentesi-unione",
        "it",
        "running_text;person_before;no_country;body_not_city;not_signatory;person_named_like_place",
        "Sicurezza urbana, quindici firme sotto il manifesto dei sindaci",
        (2025, 6, 11),
        "Home > Notizie > Sicurezza e legalità\n\n"
        "Roma – È stato firmato questa mattina, nella sede dell'Associazione a Roma, il "
        "Manifesto per la sicurezza urbana integrata. Ad aprire i lavori il presidente "
        "dell'Associazione e sindaco di Napoli, che ha ricordato l'impegno dei comuni per "
        "l'illuminazione pubblica, la mediazione sociale e la polizia di prossimità.",
        "Hanno sottoscritto il documento i sindaci Giorgio Ferri (Bergamo), Laura Conti "
        "(Brescia), Andrea Marino (Padova), Elena Fabbri (Ravenna), Paolo De Luca (Salerno), "
        "Francesca Russo (Bari), Marco Galli (Trento), Silvia Moretti (Ancona), Davide Leone "
        "(Reggio Calabria), Giulia Serra (Cagliari), Luca Ferraro (Lecce), Simona Villa "
        "(Novara), Alessio Fontana (Pesaro) e Roberta Greco (Catania). Ha aderito inoltre "
        "l'Unione della Romagna Faentina, rappresentata dal suo presidente.",
        "Assenti giustificati i sindaci di Firenze e Torino, che hanno annunciato la loro "
        "adesione nei prossimi giorni.\n\n"
        "Scarica il manifesto (PDF)\n\n"
        "Leggi anche\nMilano e Genova, al via i patti per le periferie\n"
        "Verona ospita la conferenza nazionale sulla polizia locale\n\n"
        "Via Nazionale, 89 – 00184 Roma",
        "Bergamo/IT; Brescia/IT; Padova/IT; Ravenna/IT; Salerno/IT; Bari/IT; Trento/IT; "
        "Ancona/IT; Reggio Calabria/IT; Cagliari/IT; Lecce/IT; Novara/IT; Pesaro/IT; "
        "Catania/IT; Unione della Romagna Faentina|Romagna Faentina/IT/union of municipalities",
        "`Name (Città)` in a sentence, surnames that are places (Marino, Serra, Villa, "
        "Fontana, Leone); Rome the venue, Naples the president's, Florence and Turin absent",
    ),
    Page(
        "nl-tabel-gemeente-provincie-wethouder",
        "nl",
        "table_tabs;columns_after;no_country;not_signatory;majority_other_country",
        "Ondertekenaars van het Lokaal Energieakkoord",
        (2025, 2, 14),
        "Home\n>\nNieuws\n>\nLokaal Energieakkoord\n\n"
        "Op 13 februari zetten negentien gemeenten in Den Haag hun handtekening onder het "
        "Lokaal Energieakkoord. Namens de vereniging tekende de voorzitter, burgemeester van "
        "Leeuwarden. In de tabel ziet u welke gemeenten meedoen en welke wethouder tekende.",
        "Gemeente\tProvincie\tInwoners\tWethouder\n"
        "Houten\tUtrecht\t50.210\tEllen Dijkstra\n"
        "Veenendaal\tUtrecht\t68.950\tMark van Dam\n"
        "Delft\tZuid-Holland\t105.130\tSaskia Bos\n"
        "Zoetermeer\tZuid-Holland\t127.050\tRuud Jansen\n"
        "Haarlemmermeer\tNoord-Holland\t162.990\tNadia el Idrissi\n"
        "Alkmaar\tNoord-Holland\t111.540\tKees Visser\n"
        "Groningen\tGroningen\t238.150\tFleur Kramer\n"
        "Assen\tDrenthe\t69.800\tHenk Mulder\n"
        "Emmen\tDrenthe\t108.400\tAnouk Smit\n"
        "Zwolle\tOverijssel\t132.410\tJeroen Meijer\n"
        "Deventer\tOverijssel\t102.290\tLotte de Boer\n"
        "Arnhem\tGelderland\t166.360\tBas Hendriks\n"
        "Ede\tGelderland\t121.980\tIris Vos\n"
        "Middelburg\tZeeland\t49.650\tWillem de Wit\n"
        "Venlo\tLimburg\t102.780\tMarieke Peeters\n"
        "Heerlen\tLimburg\t87.390\tTom Coenen\n"
        "Breda\tNoord-Brabant\t186.100\tFatima Ouali\n"
        "Tilburg\tNoord-Brabant\t227.500\tDaan van Leeuwen\n"
        "Lelystad\tFlevoland\t82.870\tSanne Bakker",
        "Bekijk alle deelnemende gemeenten op de kaart\n\n"
        "Download het akkoord (pdf, 1,2 MB)\n\n"
        "Gerelateerd nieuws\nAmsterdam en Rotterdam versnellen warmtenetten\n"
        "Eindhoven krijgt proeftuin voor netcongestie\n\n"
        "Lange Voorhout 20, 2514 EE Den Haag",
        "Houten/NL; Veenendaal/NL; Delft/NL; Zoetermeer/NL; Haarlemmermeer|Hoofddorp/NL; "
        "Alkmaar/NL; Groningen/NL; Assen/NL; Emmen/NL; Zwolle/NL; Deventer/NL; Arnhem/NL; "
        "Ede/NL; Middelburg/NL; Venlo/NL; Heerlen/NL; Breda/NL; Tilburg/NL; Lelystad/NL",
        "a tab table of gemeente, provincie (Utrecht, Groningen, Limburg), inwoners and "
        "wethouder; towns with namesakes (Ede, Emmen, Middelburg); Den Haag the venue",
    ),
    Page(
        "pt-regiao-antes-municipios-e",
        "pt",
        "several_a_line;running_text;region_before;no_country;not_signatory",
        "Municípios membros da Rede",
        (2024, 12, 3),
        "Início » A Rede » Membros\n\n"
        "A Rede Portuguesa de Municípios Saudáveis integra hoje 24 municípios, de norte a sul "
        "do país e das regiões autónomas. Conheça os membros, organizados por região:",
        "Norte: Braga, Guimarães, Vila Nova de Famalicão, Viana do Castelo e Bragança\n"
        "Centro: Coimbra, Aveiro, Leiria, Viseu e Figueira da Foz\n"
        "Lisboa e Vale do Tejo: Amadora, Loures, Odivelas, Seixal, Palmela e Santarém\n"
        "Alentejo: Évora, Beja e Portalegre\n"
        "Algarve: Loulé, Lagoa e Portimão\n"
        "Região Autónoma dos Açores: Ponta Delgada\n"
        "Região Autónoma da Madeira: Funchal",
        "Saiba mais sobre cada município\n\n"
        "A Rede é membro da Rede Europeia de Cidades Saudáveis da OMS, coordenada a partir de "
        "Copenhaga.",
        "Braga/PT; Guimarães/PT; Vila Nova de Famalicão/PT; Viana do Castelo/PT; Bragança/PT; "
        "Coimbra/PT; Aveiro/PT; Leiria/PT; Viseu/PT; Figueira da Foz/PT; Amadora/PT; "
        "Loures/PT; Odivelas/PT; Seixal/PT; Palmela/PT; Santarém/PT; Évora/PT; Beja/PT; "
        "Portalegre/PT; Loulé/PT; Lagoa/PT; Portimão/PT; Ponta Delgada/PT; Funchal/PT",
        "`Região: A, B e C` lines; the region `Lisboa e Vale do Tejo` names Lisbon, which is "
        "not a member; Copenhagen the WHO office",
    ),
    Page(
        "sv-nya-medlemmar-kommun-genitiv-mening",
        "sv",
        "running_text;inflected;no_country;not_signatory",
        "Tolv nya kommuner i nätverket",
        (2025, 6, 10),
        "Startsida / Aktuellt / Nyheter\n\n"
        "Nätverket växer. Vid årsmötet i Växjö den 5 juni hälsades tolv kommuner välkomna som "
        "nya medlemmar.\n\n"
        "– Det är glädjande att så många kommuner vill arbeta tillsammans med klimatanpassning, "
        "säger Karin Ek, kommunstyrelsens ordförande i Växjö och värd för mötet.",
        "De nya medlemmarna är Alingsås kommun, Falu kommun, Härnösands kommun, Kiruna kommun, "
        "Ludvika kommun, Piteå kommun, Sigtuna kommun, Skövde kommun, Trelleborgs kommun, "
        "Västerviks kommun, Östersunds kommun och Ystads kommun.",
        "Nätverket har nu 64 medlemmar, från Haparanda i norr till Malmö i söder.\n\n"
        "Fler nyheter\nUppsala och Lund delar erfarenheter av skyfallsplaner\n"
        "Ny vägledning för gröna skolgårdar",
        "Alingsås/SE; Falun/SE; Härnösand/SE; Kiruna/SE; Ludvika/SE; Piteå/SE; Sigtuna/SE; "
        "Skövde/SE; Trelleborg/SE; Västervik/SE; Östersund/SE; Ystad/SE",
        "`X kommun` with genitives (Falu, Härnösands, Östersunds) in one sentence; Växjö the "
        "host, Haparanda and Malmö older members",
    ),
    Page(
        "fi-kaupunki-kunta-maakunta-lines",
        "fi",
        "one_a_line;inflected;region_after;no_country;not_signatory",
        "Kolmetoista kuntaa liittyi hiilineutraalien kuntien verkostoon",
        (2025, 4, 24),
        "Etusivu › Ajankohtaista › Uutiset\n\n"
        "Verkosto toivottaa tervetulleiksi kolmetoista uutta jäsenkuntaa. Liittymisasiakirjat "
        "allekirjoitettiin Kuntatalolla Helsingissä verkoston kevätseminaarin yhteydessä.\n\n"
        "Uudet jäsenet:",
        "Iin kunta, Pohjois-Pohjanmaa\n"
        "Porin kaupunki, Satakunta\n"
        "Vaasan kaupunki, Pohjanmaa\n"
        "Joensuun kaupunki, Pohjois-Karjala\n"
        "Kuopion kaupunki, Pohjois-Savo\n"
        "Mikkelin kaupunki, Etelä-Savo\n"
        "Hämeenlinnan kaupunki, Kanta-Häme\n"
        "Lahden kaupunki, Päijät-Häme\n"
        "Raahen kaupunki, Pohjois-Pohjanmaa\n"
        "Sodankylän kunta, Lappi\n"
        "Kemin kaupunki, Lappi\n"
        "Kouvolan kaupunki, Kymenlaakso\n"
        "Seinäjoen kaupunki, Etelä-Pohjanmaa",
        "Verkostossa on nyt 103 kuntaa. Seuraava seminaari järjestetään syksyllä Oulussa.\n\n"
        "Jaa\n\nLue myös\nTampere ja Turku vauhdittavat aurinkosähköä\n\n"
        "Mannerheimintie 40, 00100 Helsinki",
        "Ii/FI; Pori/FI; Vaasa/FI; Joensuu/FI; Kuopio/FI; Mikkeli/FI; Hämeenlinna/FI; "
        "Lahti/FI; Raahe/FI; Sodankylä/FI; Kemi/FI; Kouvola/FI; Seinäjoki/FI",
        "`Porin kaupunki, Satakunta` lines: genitive bodies then the region; Helsinki the "
        "venue, Oulu the next venue",
    ),
    Page(
        "pl-numerowana-miasto-gmina-wojewodztwo",
        "pl",
        "numbered;region_after;inflected;no_country;body_not_city;not_signatory",
        "Sygnatariusze Porozumienia na rzecz czystego powietrza",
        (2025, 5, 15),
        "Strona główna » Aktualności » Porozumienie\n\n"
        "Podczas Zgromadzenia Ogólnego Związku w Lublinie porozumienie podpisali "
        "przedstawiciele 18 samorządów. Gospodarzem spotkania był prezydent Lublina, który "
        "zapowiedział przystąpienie miasta jesienią.\n\nLista sygnatariuszy:",
        "1. Miasto Bydgoszcz (woj. kujawsko-pomorskie)\n"
        "2. Gmina Miejska Tczew (woj. pomorskie)\n"
        "3. Miasto Rzeszów (woj. podkarpackie)\n"
        "4. Gmina-Miasto Płock (woj. mazowieckie)\n"
        "5. Miasto Opole (woj. opolskie)\n"
        "6. Gmina Miejska Kraków (woj. małopolskie)\n"
        "7. Miasto Zielona Góra (woj. lubuskie)\n"
        "8. Gmina Miasta Sanoka (woj. podkarpackie)\n"
        "9. Miasto Białystok (woj. podlaskie)\n"
        "10. Miasto Kalisz (woj. wielkopolskie)\n"
        "11. Miasto Gliwice (woj. śląskie)\n"
        "12. Miasto Bielsko-Biała (woj. śląskie)\n"
        "13. Miasto Ostrów Wielkopolski (woj. wielkopolskie)\n"
        "14. Gmina Miasto Świnoujście (woj. zachodniopomorskie)\n"
        "15. Miasto Olsztyn (woj. warmińsko-mazurskie)\n"
        "16. Gmina Wrocław (woj. dolnośląskie)\n"
        "17. Gmina Miasta Toruń (woj. kujawsko-pomorskie)\n"
        "18. Powiat Tatrzański (woj. małopolskie)",
        "Porozumienie pozostaje otwarte dla kolejnych samorządów.\n\n"
        "Pobierz treść porozumienia (PDF)\n\n"
        "Zobacz także\nKatowice i Gdańsk wspólnie o transporcie zeroemisyjnym\n\n"
        "ul. Grunwaldzka 25, 60-783 Poznań",
        "Bydgoszcz/PL; Tczew/PL; Rzeszów/PL; Płock/PL; Opole/PL; Kraków/PL; Zielona Góra/PL; "
        "Sanok/PL; Białystok/PL; Kalisz/PL; Gliwice/PL; Bielsko-Biała/PL; "
        "Ostrów Wielkopolski/PL; Świnoujście/PL; Olsztyn/PL; Wrocław/PL; Toruń/PL; "
        "Powiat Tatrzański|Tatra County/PL/county",
        "numbered `Miasto X`, `Gmina Miejska X`, `Gmina Miasta Sanoka` with `(woj. ...)`; a "
        "`powiat`; Lublin the host (in the genitive), Poznań the seat",
    ),
    Page(
        "hu-uj-tagok-megyei-jogu-varos-lines",
        "hu",
        "one_a_line;no_country;not_signatory;inflected",
        "Új tagok az Egészséges Városok Szövetségében",
        (2025, 5, 29),
        "Főoldal » Hírek\n\n"
        "A Szövetség közgyűlésén, amelyet idén Egerben tartottak, hét új tagot vettek fel. A "
        "résztvevőket Eger polgármestere, Tóth Gábor köszöntötte.\n\nAz új tagok:",
        "Békéscsaba Megyei Jogú Város Önkormányzata\n"
        "Gödöllő Város Önkormányzata\n"
        "Hódmezővásárhely Megyei Jogú Város\n"
        "Szentendre Város Önkormányzata\n"
        "Veszprém Megyei Jogú Város Önkormányzata\n"
        "Zalaegerszeg Megyei Jogú Város Önkormányzata\n"
        "Baja Város Önkormányzata",
        "A Szövetség tagjainak száma ezzel 31-re nőtt; tagjaink között van Pécs, Győr és "
        "Kaposvár is.\n\nMegosztás\n\n1062 Budapest, Andrássy út 30.",
        "Békéscsaba/HU; Gödöllő/HU; Hódmezővásárhely/HU; Szentendre/HU; Veszprém/HU; "
        "Zalaegerszeg/HU; Baja/HU",
        "`X Megyei Jogú Város Önkormányzata` and `X Város Önkormányzata` lines; Eger the "
        "venue (`Egerben`), Pécs, Győr and Kaposvár older members",
    ),
]

"""Batch r59a: 14 pages written during issue #20's later rounds (branch wr59a) as city networks
in Europe and the wider world publish statements, member directories and news, in the
importer's main languages: English (an Irish and British coastal statement's `Name, title,
Place` lines with councillors named Bolton, Preston and Lincoln and two county councils; a
global network's news of nine new members as a bulleted list inside an article with a host
city, a venue and a quoted secretary-general), French (`Ville (Pays)` lines with countries in
French), German (a two-column PDF copy of `Stadt X` over its mayor, with hyphenated lines, page
headers and mayors named Lindau and Homburg), Spanish (running text with `y`, a provincial
council, a metropolitan area and a mancomunidad, a quoted councillor named Soria and a host),
Italian (a members' table flattened with `|`, province codes, a metropolitan city and a union
of municipalities), Portuguese (region headings over blocks, with an intermunicipal
community), Dutch (a numbered list of `Gemeente X (wethouder ...)` with an alderman named
Breda, a province and a metropolitan region), Polish (genitives in running text with `i` and
`oraz`, a venue in the locative), Swedish (member cards flattened to lines: `Lunds kommun`,
`Falu kommun`, `Skåne län`, `Medlem sedan ...`, `Läs mer`, and Region Skåne), Finnish
(`Tampereen kaupungin puolesta` signature blocks with mayors named Lahti, Salo and Kotka and a
regional council), Czech (a tab table with kraj and population columns, a region and an
association of municipalities), Greek (bullets of `Δήμος` genitives, a region and Nicosia with
`(Κύπρος)`), Hungarian (country headings over Hungarian names of towns across the borders:
Kassa, Kolozsvár, Szabadka, and a county). Written without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r59a-ie-uk-shoreline-statement-name-title-place",
        language="en",
        kinds="one_a_line;person_before;person_named_like_place;body_not_city;not_signatory",
        title="The Shoreline Statement: coastal councils commit to a shared adaptation plan",
        date=(2026, 4, 17),
        before=(
            "Meeting in Westport for the network's spring assembly, the elected heads of "
            "fifteen coastal councils in Ireland, Northern Ireland, Scotland and Wales agreed the "
            "Shoreline Statement, which commits each council to publish a coastal adaptation "
            "plan within two years and to share its erosion and flooding data with the others.\n\n"
            "\u201cThe Atlantic does not stop at a county boundary, and neither should our "
            "planning,\u201d said the network's chair, Cllr Orla Gaffney, who welcomed the "
            "delegations to Westport. \u201cWhat Galway learns about storm surges this winter "
            "should be in Swansea's plan by spring.\u201d\n\n"
            "The Statement will be presented to both governments in June. It was signed by:"
        ),
        listing=(
            "Cllr Aoife Brennan, Lord Mayor, Cork\n"
            "Cllr Tom Bolton, Mayor, Galway\n"
            "Cllr Brídín Ní Fhloinn, Mayor, Limerick\n"
            "Cllr Ray Preston, Cathaoirleach, Kerry County Council\n"
            "Cllr Deirdre Lincoln, Mayor, Waterford\n"
            "Cllr Eamon Kealy, Cathaoirleach, Sligo\n"
            "Cllr Pádraig Hurley, Mayor, Tralee\n"
            "Cllr Sinéad Carr, Cathaoirleach, Clare County Council\n"
            "Cllr Fergal Moran, Mayor, Dundalk\n"
            "Alderman Ciara McAllister, Lord Mayor, Belfast\n"
            "Cllr Niall Quigley, Mayor, Derry\n"
            "Cllr Gordon Mackie, Provost, Inverness\n"
            "Cllr Isla Fraser, Lord Provost, Aberdeen\n"
            "Cllr Rhys Bowen, Lord Mayor, Swansea\n"
            "Cllr Huw Pritchard, Mayor, Wrexham"
        ),
        after=(
            "The network's secretariat is hosted by Mayo County Council. Councils that wish to "
            "add their name to the Statement can write to the secretariat before 30 June."
        ),
        expected=(
            "Cork/IE; Galway/IE; Limerick/IE; Kerry County Council|County Kerry|Kerry/IE/county; "
            "Waterford/IE; Sligo/IE; Tralee/IE; Clare County Council|County Clare|Clare/IE/county; "
            "Dundalk/IE; Belfast/GB; Derry|Londonderry/GB; Inverness/GB; Aberdeen/GB; "
            "Swansea/GB; Wrexham/GB"
        ),
        note="Westport hosts and Mayo County Council hosts the secretariat; neither signed",
    ),
    Page(
        name="en-r59a-global-new-members-bullets-in-article",
        language="en",
        kinds="bulleted;not_signatory;person_named_like_place;majority_other_country",
        title="Nine port cities join the Resilient Harbours Alliance",
        date=(2026, 2, 24),
        before=(
            "The Resilient Harbours Alliance opened its annual forum in Mombasa on Monday, with "
            "more than 300 delegates gathered at the Fort Jesus conference hall on the old "
            "town's waterfront. The host city's governor opened the first session, which was "
            "given over to the port expansions now under way along the East African coast.\n\n"
            "In the afternoon the Alliance's board confirmed the applications of nine cities, "
            "which become full members from 1 March:"
        ),
        listing=(
            "\u2022 Durban, South Africa\n"
            "\u2022 Dar es Salaam, Tanzania\n"
            "\u2022 Chittagong, Bangladesh\n"
            "\u2022 Da Nang, Vietnam\n"
            "\u2022 Valparaíso, Chile\n"
            "\u2022 Halifax, Canada\n"
            "\u2022 Fremantle, Australia\n"
            "\u2022 Tema, Ghana\n"
            "\u2022 Kochi, India"
        ),
        after=(
            "\u201cEvery one of these cities lives with its port, and every one of them has "
            "already had to rebuild after a storm,\u201d said the Alliance's secretary-general, "
            "Dr. Helena Sydney. \u201cThey bring exactly the experience our members "
            "ask us for.\u201d\n\n"
            "The new members will take part in the working groups on sea walls and on "
            "relocating port-side housing from April. The Alliance now counts 48 member "
            "cities on five continents; its next forum will be held in Valencia in 2027."
        ),
        expected=(
            "Durban/ZA; Dar es Salaam/TZ; Chittagong/BD; Da Nang/VN; Valparaíso/CL; "
            "Halifax/CA; Fremantle/AU; Tema/GH; Kochi|Cochin/IN"
        ),
        note="Mombasa hosts, Valencia hosts the next forum; Halifax and Kochi have namesakes",
    ),
    Page(
        name="fr-r59a-villes-pays-entre-parentheses",
        language="fr",
        kinds="one_a_line;country_in_language;not_signatory",
        title="Déclaration de Liège pour des villes cyclables",
        date=(2025, 11, 6),
        before=(
            "Réunies à Liège à l'occasion des Rencontres annuelles du Réseau des villes "
            "cyclables francophones, les villes membres ont adopté une déclaration commune. "
            "Elles s'engagent à doubler la part des déplacements à vélo d'ici 2032, à "
            "sécuriser les abords de toutes les écoles et à publier chaque année leurs "
            "comptages.\n\n"
            "La déclaration reste ouverte à la signature. À ce jour, elle a été signée par "
            "les villes suivantes :"
        ),
        listing=(
            "Liège (Belgique)\n"
            "Namur (Belgique)\n"
            "Lausanne (Suisse)\n"
            "Genève (Suisse)\n"
            "Sion (Suisse)\n"
            "Luxembourg (Luxembourg)\n"
            "Nantes (France)\n"
            "Grenoble (France)\n"
            "Strasbourg (France)\n"
            "Lille (France)\n"
            "Montréal (Canada)\n"
            "Québec (Canada)\n"
            "Sherbrooke (Canada)\n"
            "Moncton (Canada)\n"
            "Dakar (Sénégal)\n"
            "Abidjan (Côte d'Ivoire)\n"
            "Ouagadougou (Burkina Faso)\n"
            "Cotonou (Bénin)\n"
            "Rabat (Maroc)\n"
            "Fès (Maroc)\n"
            "Tunis (Tunisie)\n"
            "Sousse (Tunisie)"
        ),
        after=(
            "Le secrétariat du réseau, installé à Bruxelles, coordonne le suivi des "
            "engagements. Un premier bilan sera présenté aux Rencontres de 2027 à Sherbrooke."
        ),
        expected=(
            "Liège/BE; Namur/BE; Lausanne/CH; Genève|Geneva/CH; Sion/CH; Luxembourg/LU; "
            "Nantes/FR; Grenoble/FR; Strasbourg/FR; Lille/FR; Montréal|Montreal/CA; "
            "Québec|Quebec/CA; Sherbrooke/CA; Moncton/CA; Dakar/SN; Abidjan/CI; "
            "Ouagadougou/BF; Cotonou/BJ; Rabat/MA; Fès|Fez/MA; Tunis/TN; Sousse/TN"
        ),
        note=(
            "Liège hosts and signed; Brussels is the secretariat; Sherbrooke signed and hosts later"
        ),
    ),
    Page(
        name="de-r59a-pdf-zwei-spalten-stadt-ueber-oberbuergermeister",
        language="de",
        kinds="one_a_line;broken_lines;person_after;person_named_like_place;not_signatory",
        title="Konstanzer Erklärung der Bodensee- und Alpenstädte zur Wärmewende",
        date=(2026, 3, 12),
        before=(
            "Auf ihrer Frühjahrstagung im Konzil Konstanz haben die Mitgliedsstädte des "
            "Städtebunds Wärme Alpen-Bodensee die folgende Erklärung verabschiedet. Wir "
            "dokumentieren sie hier im Wortlaut der unterzeichneten PDF-Fassung.\n\n"
            "1. Die unterzeichnenden Städte legen bis Ende 2027 eine kommunale Wärmeplanung "
            "vor und stimmen sie mit ihren Nachbarn über die Landes- und Staatsgrenzen hinweg ab.\n"
            "2. Sie teilen ihre Daten zu Fernwärme, Abwärme und Seewasserwärme in einem "
            "gemeinsamen Atlas.\n"
            "3. Sie fordern von Bund, Ländern und Kantonen verlässliche Förderprogramme.\n\n"
            "Unterzeichnet in Konstanz, am 12. März 2026"
        ),
        listing=(
            "Konstanzer Erklärung – Unterzeichnende                 Seite 2 von 3\n"
            "\n"
            "Stadt Lindau (Bodensee)\n"
            "Oberbürgermeisterin Dr. Sabine\n"
            "Homburg\n"
            "\n"
            "Landeshauptstadt Stutt-\n"
            "gart\n"
            "Oberbürgermeister Martin Lindau\n"
            "\n"
            "Universitätsstadt Tübin-\n"
            "gen\n"
            "Oberbürgermeister Jonas Reiser\n"
            "\n"
            "Stadt Freiburg im Breis-\n"
            "gau\n"
            "Bürgermeisterin Carla Wendt\n"
            "\n"
            "Stadt Heidelberg\n"
            "Oberbürgermeisterin Nora Fiedler\n"
            "\n"
            "Stadt Erlangen\n"
            "Referent für Klima und Umwelt\n"
            "Tobias Kern\n"
            "\n"
            "Landeshauptstadt Pots-\n"
            "dam\n"
            "Oberbürgermeister Rainer Voss\n"
            "\n"
            "Konstanzer Erklärung – Unterzeichnende                 Seite 3 von 3\n"
            "\n"
            "Stadt Graz\n"
            "Bürgermeisterin Andrea Pichler\n"
            "\n"
            "Landeshauptstadt Klagen-\n"
            "furt am Wörthersee\n"
            "Bürgermeister Christian Moser\n"
            "\n"
            "Landeshauptstadt Salzburg\n"
            "Vizebürgermeisterin Eva Gruber\n"
            "\n"
            "Stadt Dornbirn\n"
            "Bürgermeister Lukas Fink\n"
            "\n"
            "Stadt Winterthur\n"
            "Stadtpräsidentin Regula Meier\n"
            "\n"
            "Stadt St. Gallen\n"
            "Stadtpräsident Beat Künzli\n"
            "\n"
            "Stadt Biel/Bienne\n"
            "Stadtpräsidentin Sandrine Favre"
        ),
        after=(
            "Die Erklärung wurde von der Stadt Konstanz als Gastgeberin vorbereitet; die "
            "Geschäftsstelle des Städtebunds in Bregenz nimmt weitere Unterschriften entgegen."
        ),
        expected=(
            "Lindau/DE; Stuttgart/DE; Tübingen/DE; Freiburg im Breisgau|Freiburg/DE; "
            "Heidelberg/DE; Erlangen/DE; Potsdam/DE; Graz/AT; "
            "Klagenfurt am Wörthersee|Klagenfurt/AT; Salzburg/AT; Dornbirn/AT; Winterthur/CH; "
            "St. Gallen|Sankt Gallen/CH; Biel|Bienne/CH"
        ),
        note=(
            "Konstanz hosts and Bregenz keeps the office; "
            "neither signed; mayors named Homburg and Lindau"
        ),
    ),
    Page(
        name="es-r59a-running-y-diputacion-area-mancomunidad",
        language="es",
        kinds="running_text;body_not_city;not_signatory;person_named_like_place",
        title="Catorce entidades locales firman en Salamanca el Pacto por la Sombra Urbana",
        date=(2025, 10, 21),
        before=(
            "El Pacto por la Sombra Urbana, impulsado por la Red de Ciudades Frescas, sumó "
            "ayer sus primeras firmas en el Palacio de Congresos de Salamanca, que acogió la "
            "asamblea anual de la red. El pacto compromete a las entidades firmantes a plantar "
            "arbolado en todas las calles escolares y a abrir refugios climáticos en los "
            "barrios con más población mayor."
        ),
        listing=(
            "Firmaron el documento los ayuntamientos de Zaragoza, Valladolid, Vitoria-Gasteiz, "
            "Pamplona, Logroño, Burgos, León, Santander, Oviedo, Gijón y Soria, así como la "
            "Diputación Provincial de Huesca, el Área Metropolitana de Barcelona y la "
            "Mancomunidad de la Comarca de Pamplona."
        ),
        after=(
            "\u201cLa sombra es un servicio público, igual que el agua o el alumbrado\u201d, "
            "afirmó la concejala de Medio Ambiente de Logroño, Lucía Soria, que presidirá el "
            "grupo de trabajo del pacto durante el próximo año. El Ayuntamiento de Salamanca, "
            "anfitrión del encuentro, ha anunciado que se adherirá tras el próximo pleno "
            "municipal."
        ),
        expected=(
            "Zaragoza/ES; Valladolid/ES; Vitoria-Gasteiz/ES; Pamplona/ES; Logroño/ES; "
            "Burgos/ES; León/ES; Santander/ES; Oviedo/ES; Gijón/ES; Soria/ES; "
            "Diputación Provincial de Huesca|Diputación de Huesca|Huesca Province/ES/province; "
            "Área Metropolitana de Barcelona|Barcelona Metropolitan Area/ES/metropolitan area; "
            "Mancomunidad de la Comarca de Pamplona/ES/union of municipalities"
        ),
        note="Salamanca hosts and has not signed yet; a councillor named Soria is quoted",
    ),
    Page(
        name="it-r59a-tabella-pipe-comuni-provincia-regione",
        language="it",
        kinds="table_tabs;state_codes;columns_after;body_not_city;no_country",
        title="I Comuni della Rete Città della Pianura Padana",
        date=(2026, 1, 15),
        before=(
            "La Rete Città della Pianura Padana riunisce Comuni ed enti locali della pianura "
            "che collaborano sulla qualità dell'aria, sulla mobilità sostenibile e "
            "sull'adattamento alle ondate di calore. Di seguito l'elenco aggiornato degli "
            "enti aderenti, con la provincia, la regione e l'anno di adesione.\n\n"
            "La segreteria tecnica ha sede presso il Comune di Mantova."
        ),
        listing=(
            "Ente | Prov. | Regione | Adesione\n"
            "--- | --- | --- | ---\n"
            "Comune di Bologna | BO | Emilia-Romagna | 2018\n"
            "Comune di Modena | MO | Emilia-Romagna | 2018\n"
            "Comune di Reggio Emilia | RE | Emilia-Romagna | 2018\n"
            "Comune di Parma | PR | Emilia-Romagna | 2019\n"
            "Comune di Piacenza | PC | Emilia-Romagna | 2019\n"
            "Comune di Ferrara | FE | Emilia-Romagna | 2018\n"
            "Comune di Ravenna | RA | Emilia-Romagna | 2020\n"
            "Comune di Forlì | FC | Emilia-Romagna | 2020\n"
            "Comune di Cesena | FC | Emilia-Romagna | 2021\n"
            "Comune di Rimini | RN | Emilia-Romagna | 2021\n"
            "Comune di Imola | BO | Emilia-Romagna | 2022\n"
            "Comune di Carpi | MO | Emilia-Romagna | 2022\n"
            "Unione della Romagna Faentina | RA | Emilia-Romagna | 2023\n"
            "Città metropolitana di Bologna | BO | Emilia-Romagna | 2023\n"
            "Comune di Cremona | CR | Lombardia | 2019\n"
            "Comune di Padova | PD | Veneto | 2018\n"
            "Comune di Vicenza | VI | Veneto | 2020\n"
            "Comune di Treviso | TV | Veneto | 2021\n"
            "Comune di Rovigo | RO | Veneto | 2022\n"
            "Comune di Udine | UD | Friuli Venezia Giulia | 2024"
        ),
        after=(
            "Il Comune di Mantova coordina la rete dal 2018 e ne ospita la segreteria. Gli enti "
            "interessati ad aderire possono scrivere a segreteria@cittapianura.example."
        ),
        expected=(
            "Bologna/IT; Modena/IT; Reggio Emilia|Reggio nell'Emilia/IT; Parma/IT; Piacenza/IT; "
            "Ferrara/IT; Ravenna/IT; Forlì/IT; Cesena/IT; Rimini/IT; Imola/IT; Carpi/IT; "
            "Unione della Romagna Faentina|Romagna Faentina/IT/union of municipalities; "
            "Città metropolitana di Bologna|Metropolitan City of Bologna/IT/metropolitan area; "
            "Cremona/IT; Padova|Padua/IT; Vicenza/IT; Treviso/IT; Rovigo/IT; Udine/IT"
        ),
        note=(
            "Mantova coordinates and hosts the office, not listed as a member; RO is Rovigo's code"
        ),
    ),
    Page(
        name="pt-r59a-cabecalhos-regioes-municipios-cim",
        language="pt",
        kinds="one_a_line;region_heading;body_not_city;no_country;majority_other_country",
        title="Municípios aderentes à Rede Portuguesa de Cidades Amigas das Árvores",
        date=(2025, 9, 30),
        before=(
            "A Rede Portuguesa de Cidades Amigas das Árvores reúne municípios e entidades "
            "intermunicipais que se comprometem a proteger o arvoredo urbano, a publicar o "
            "inventário das suas árvores e a plantar mais do que abatem. Consulte abaixo a "
            "lista dos aderentes, organizada por região."
        ),
        listing=(
            "Norte\n"
            "Braga\n"
            "Guimarães\n"
            "Viana do Castelo\n"
            "Porto\n"
            "Vila Real\n"
            "Bragança\n"
            "Comunidade Intermunicipal do Alto Minho\n"
            "\n"
            "Centro\n"
            "Coimbra\n"
            "Aveiro\n"
            "Leiria\n"
            "Viseu\n"
            "Castelo Branco\n"
            "Guarda\n"
            "\n"
            "Área Metropolitana de Lisboa\n"
            "Lisboa\n"
            "Cascais\n"
            "Almada\n"
            "Oeiras\n"
            "\n"
            "Alentejo\n"
            "Évora\n"
            "Beja\n"
            "Portalegre\n"
            "\n"
            "Algarve\n"
            "Faro\n"
            "Loulé\n"
            "Lagos\n"
            "\n"
            "Região Autónoma dos Açores\n"
            "Ponta Delgada\n"
            "Angra do Heroísmo"
        ),
        after=(
            "A adesão à rede é gratuita. Os municípios interessados devem enviar a deliberação "
            "da câmara municipal ao secretariado técnico, sediado em Santarém."
        ),
        expected=(
            "Braga/PT; Guimarães/PT; Viana do Castelo/PT; Porto/PT; Vila Real/PT; Bragança/PT; "
            "Comunidade Intermunicipal do Alto Minho|CIM Alto Minho|"
            "Alto Minho/PT/union of municipalities; "
            "Coimbra/PT; Aveiro/PT; Leiria/PT; Viseu/PT; Castelo Branco/PT; Guarda/PT; "
            "Lisboa|Lisbon/PT; Cascais/PT; Almada/PT; Oeiras/PT; Évora/PT; Beja/PT; "
            "Portalegre/PT; Faro/PT; Loulé/PT; Lagos/PT; Ponta Delgada/PT; Angra do Heroísmo/PT"
        ),
        note=(
            "region headings are not members; "
            "Santarém hosts the secretariat; Lagos is also in Nigeria"
        ),
    ),
    Page(
        name="nl-r59a-genummerd-gemeente-wethouder-provincie",
        language="nl",
        kinds="numbered;person_after;person_named_like_place;body_not_city;no_country",
        title="Vijftien overheden ondertekenen Green Deal Schoolpleinen",
        date=(2026, 5, 8),
        before=(
            "Tijdens het landelijk congres Groene Schoolpleinen in de Jaarbeurs in Utrecht "
            "hebben dertien gemeenten, een provincie en een metropoolregio de Green Deal "
            "Schoolpleinen ondertekend. Zij spreken af dat in 2030 elk schoolplein in hun "
            "gebied voor minstens de helft groen is. De ondertekenaars:"
        ),
        listing=(
            "1. Gemeente Zwolle (wethouder Anouk Breda)\n"
            "2. Gemeente Amersfoort (wethouder Sander de Wit)\n"
            "3. Gemeente 's-Hertogenbosch (wethouder Femke Verhoeven)\n"
            "4. Gemeente Leeuwarden (wethouder Sietse Hoekstra)\n"
            "5. Gemeente Deventer (burgemeester Marieke Jansen)\n"
            "6. Gemeente Nijmegen (wethouder Youssef El Amrani)\n"
            "7. Gemeente Arnhem (wethouder Lotte Bakker)\n"
            "8. Gemeente Tilburg (wethouder Koen van Dijk)\n"
            "9. Gemeente Eindhoven (wethouder Ilse Smits)\n"
            "10. Stad Gent (schepen Wout Claes)\n"
            "11. Stad Leuven (schepen Hanne Peeters)\n"
            "12. Stad Mechelen (schepen Jens Maes)\n"
            "13. Stad Hasselt (schepen Elke Janssens)\n"
            "14. Provincie Utrecht (gedeputeerde Ruud Visser)\n"
            "15. Metropoolregio Amsterdam (portefeuillehouder Saskia Mulder)"
        ),
        after=(
            "De Green Deal is opgesteld door het Netwerk Groene Schoolpleinen uit Den Haag. "
            "De gemeente Utrecht, die het congres ontving, heeft al een eigen programma en "
            "tekent daarom niet mee."
        ),
        expected=(
            "Zwolle/NL; Amersfoort/NL; 's-Hertogenbosch/NL; Leeuwarden/NL; Deventer/NL; "
            "Nijmegen/NL; Arnhem/NL; Tilburg/NL; Eindhoven/NL; Gent|Ghent/BE; Leuven/BE; "
            "Mechelen/BE; Hasselt/BE; Provincie Utrecht|Utrecht Province/NL/province; "
            "Metropoolregio Amsterdam|Amsterdam Metropolitan Area/NL/metropolitan area"
        ),
        note="Utrecht hosts and did not sign (its province did); Den Haag is the network's seat",
    ),
    Page(
        name="pl-r59a-running-dopelniacz-oraz-katowicach",
        language="pl",
        kinds="running_text;inflected;person_before;not_signatory",
        title="Prezydenci miast podpisali w Katowicach apel o czyste powietrze",
        date=(2025, 12, 3),
        before=(
            "W środę w Międzynarodowym Centrum Kongresowym w Katowicach odbyło się doroczne "
            "spotkanie Sieci Miast dla Czystego Powietrza. Samorządowcy rozmawiali o "
            "wymianie kopciuchów, strefach czystego transportu i finansowaniu termomodernizacji."
        ),
        listing=(
            "Apel do rządu podpisali prezydenci Krakowa, Wrocławia, Poznania, Gdańska, "
            "Lublina, Torunia, Rzeszowa i Białegostoku oraz burmistrzowie Zakopanego, Sopotu "
            "i Kołobrzegu."
        ),
        after=(
            "Sygnatariusze domagają się stałego programu dopłat dla gmin i zaostrzenia norm "
            "dla paliw stałych. Gospodarzem spotkania było miasto Katowice, które przyjęło "
            "własną uchwałę antysmogową już wcześniej. Kolejne spotkanie sieci odbędzie się "
            "wiosną w Bielsku-Białej."
        ),
        expected=(
            "Kraków/PL; Wrocław/PL; Poznań/PL; Gdańsk/PL; Lublin/PL; Toruń/PL; Rzeszów/PL; "
            "Białystok/PL; Zakopane/PL; Sopot/PL; Kołobrzeg/PL"
        ),
        note="Katowice hosts, Bielsko-Biała hosts next; neither signed; all names in the genitive",
    ),
    Page(
        name="sv-r59a-medlemskort-kommun-lan-las-mer",
        language="sv",
        kinds="one_a_line;inflected;region_after;columns_after;body_not_city;no_country",
        title="Våra medlemmar – Nätverket Hållbara Kommuner i Norr och Söder",
        date=(2026, 2, 9),
        before=(
            "Nätverket Hållbara Kommuner samlar kommuner och regioner som arbetar med "
            "klimatanpassning och cirkulär upphandling. Här hittar du alla medlemmar. Klicka "
            "på en medlem för att läsa om deras arbete och hitta rätt kontaktperson.\n\n"
            "Filtrera: Alla län \u25be   Sortera: A\u2013Ö \u25be"
        ),
        listing=(
            "Borås stad\nVästra Götalands län\nMedlem sedan 2017\nLäs mer\n\n"
            "Eskilstuna kommun\nSödermanlands län\nMedlem sedan 2016\nLäs mer\n\n"
            "Falu kommun\nDalarnas län\nMedlem sedan 2019\nLäs mer\n\n"
            "Gävle kommun\nGävleborgs län\nMedlem sedan 2015\nLäs mer\n\n"
            "Halmstads kommun\nHallands län\nMedlem sedan 2020\nLäs mer\n\n"
            "Helsingborgs stad\nSkåne län\nMedlem sedan 2015\nLäs mer\n\n"
            "Jönköpings kommun\nJönköpings län\nMedlem sedan 2018\nLäs mer\n\n"
            "Kalmar kommun\nKalmar län\nMedlem sedan 2021\nLäs mer\n\n"
            "Karlskrona kommun\nBlekinge län\nMedlem sedan 2019\nLäs mer\n\n"
            "Karlstads kommun\nVärmlands län\nMedlem sedan 2016\nLäs mer\n\n"
            "Kiruna kommun\nNorrbottens län\nMedlem sedan 2022\nLäs mer\n\n"
            "Kristianstads kommun\nSkåne län\nMedlem sedan 2020\nLäs mer\n\n"
            "Linköpings kommun\nÖstergötlands län\nMedlem sedan 2015\nLäs mer\n\n"
            "Luleå kommun\nNorrbottens län\nMedlem sedan 2017\nLäs mer\n\n"
            "Lunds kommun\nSkåne län\nMedlem sedan 2015\nLäs mer\n\n"
            "Malmö stad\nSkåne län\nMedlem sedan 2015\nLäs mer\n\n"
            "Norrköpings kommun\nÖstergötlands län\nMedlem sedan 2018\nLäs mer\n\n"
            "Region Skåne\nSkåne län\nMedlem sedan 2023\nLäs mer\n\n"
            "Skellefteå kommun\nVästerbottens län\nMedlem sedan 2021\nLäs mer\n\n"
            "Skövde kommun\nVästra Götalands län\nMedlem sedan 2022\nLäs mer\n\n"
            "Sundsvalls kommun\nVästernorrlands län\nMedlem sedan 2016\nLäs mer\n\n"
            "Södertälje kommun\nStockholms län\nMedlem sedan 2019\nLäs mer\n\n"
            "Trollhättans stad\nVästra Götalands län\nMedlem sedan 2020\nLäs mer\n\n"
            "Uddevalla kommun\nVästra Götalands län\nMedlem sedan 2023\nLäs mer\n\n"
            "Umeå kommun\nVästerbottens län\nMedlem sedan 2015\nLäs mer\n\n"
            "Uppsala kommun\nUppsala län\nMedlem sedan 2015\nLäs mer\n\n"
            "Varbergs kommun\nHallands län\nMedlem sedan 2021\nLäs mer\n\n"
            "Västerås stad\nVästmanlands län\nMedlem sedan 2017\nLäs mer\n\n"
            "Växjö kommun\nKronobergs län\nMedlem sedan 2015\nLäs mer\n\n"
            "Örebro kommun\nÖrebro län\nMedlem sedan 2016\nLäs mer\n\n"
            "Östersunds kommun\nJämtlands län\nMedlem sedan 2018\nLäs mer"
        ),
        after=(
            "Vill din kommun bli medlem? Kontakta kansliet på Sveriges Kommuner och Regioner, "
            "Hornsgatan 20, Stockholm."
        ),
        expected=(
            "Borås/SE; Eskilstuna/SE; Falun/SE; Gävle/SE; Halmstad/SE; Helsingborg/SE; "
            "Jönköping/SE; Kalmar/SE; Karlskrona/SE; Karlstad/SE; Kiruna/SE; Kristianstad/SE; "
            "Linköping/SE; Luleå/SE; Lund/SE; Malmö/SE; Norrköping/SE; "
            "Region Skåne|Skåne/SE/region; Skellefteå/SE; Skövde/SE; Sundsvall/SE; "
            "Södertälje/SE; Trollhättan/SE; Uddevalla/SE; Umeå/SE; Uppsala/SE; Varberg/SE; "
            "Västerås/SE; Växjö/SE; Örebro/SE; Östersund/SE"
        ),
        note=(
            "län lines are counties the members lie in, not members; "
            "Stockholm is the office's address"
        ),
    ),
    Page(
        name="fi-r59a-allekirjoitukset-kaupungin-puolesta-lahti-salo",
        language="fi",
        kinds="one_a_line;inflected;person_after;person_named_like_place;body_not_city;not_signatory",
        title="Kaupunkien yhteinen julkilausuma kestävästä liikkumisesta",
        date=(2025, 11, 20),
        before=(
            "Kestävän liikkumisen kaupunkiverkosto kokoontui Helsingissä Kaupunkien talossa "
            "19.–20. marraskuuta. Kokouksen päätteeksi jäsenkaupungit hyväksyivät yhteisen "
            "julkilausuman, jossa ne sitoutuvat puolittamaan liikenteen päästöt vuoteen 2035 "
            "mennessä ja laajentamaan kaupunkipyöräjärjestelmiä.\n\n"
            "Julkilausuman allekirjoittivat:"
        ),
        listing=(
            "Tampereen kaupungin puolesta\n"
            "Anna-Liisa Lahti\n"
            "pormestari\n"
            "\n"
            "Turun kaupungin puolesta\n"
            "Mikko Salo\n"
            "pormestari\n"
            "\n"
            "Oulun kaupungin puolesta\n"
            "Riikka Kotka\n"
            "kaupunginjohtaja\n"
            "\n"
            "Jyväskylän kaupungin puolesta\n"
            "Timo Rantanen\n"
            "kaupunginjohtaja\n"
            "\n"
            "Kuopion kaupungin puolesta\n"
            "Satu Heikkinen\n"
            "kaupunginjohtaja\n"
            "\n"
            "Lahden kaupungin puolesta\n"
            "Janne Rauma\n"
            "apulaispormestari\n"
            "\n"
            "Porin kaupungin puolesta\n"
            "Kaisa Nieminen\n"
            "kaupunginjohtaja\n"
            "\n"
            "Vaasan kaupungin puolesta\n"
            "Henrik Sjöberg\n"
            "kaupunginjohtaja\n"
            "\n"
            "Joensuun kaupungin puolesta\n"
            "Eeva Turunen\n"
            "kaupunginjohtaja\n"
            "\n"
            "Helsingin seudun liikenne -kuntayhtymän puolesta\n"
            "Ville Koskinen\n"
            "toimitusjohtaja"
        ),
        after=(
            "Helsingin kaupunki toimi kokouksen isäntänä. Verkoston seuraava kokous "
            "järjestetään keväällä Seinäjoella."
        ),
        expected=(
            "Tampere/FI; Turku/FI; Oulu/FI; Jyväskylä/FI; Kuopio/FI; Lahti/FI; Pori/FI; "
            "Vaasa/FI; Joensuu/FI; "
            "Helsingin seudun liikenne|HSL|Helsinki Regional Transport/FI/union of municipalities"
        ),
        note=(
            "Helsinki hosts, Seinäjoki hosts next; neither signed; "
            "mayors named Lahti, Salo, Kotka, Rauma"
        ),
    ),
    Page(
        name="cs-r59a-tabulka-taby-kraj-svazek-obci",
        language="cs",
        kinds="table_tabs;region_after;columns_after;body_not_city;no_country",
        title="Členové Sítě měst pro adaptaci na změnu klimatu",
        date=(2026, 3, 2),
        before=(
            "Síť měst pro adaptaci na změnu klimatu sdružuje města, kraje a svazky obcí, "
            "které společně připravují adaptační strategie a sdílejí zkušenosti s hospodařením "
            "se srážkovou vodou. V tabulce najdete všechny současné členy."
        ),
        listing=(
            "Člen\tKraj\tPočet obyvatel\tČlenem od\n"
            "Brno\tJihomoravský\t396 000\t2017\n"
            "Ostrava\tMoravskoslezský\t284 000\t2017\n"
            "Plzeň\tPlzeňský\t185 000\t2018\n"
            "Olomouc\tOlomoucký\t102 000\t2018\n"
            "Liberec\tLiberecký\t104 000\t2019\n"
            "České Budějovice\tJihočeský\t97 000\t2019\n"
            "Hradec Králové\tKrálovéhradecký\t93 000\t2020\n"
            "Pardubice\tPardubický\t92 000\t2020\n"
            "Zlín\tZlínský\t74 000\t2021\n"
            "Jihlava\tVysočina\t54 000\t2021\n"
            "Třebíč\tVysočina\t35 000\t2022\n"
            "Kroměříž\tZlínský\t28 000\t2022\n"
            "Písek\tJihočeský\t31 000\t2023\n"
            "Tábor\tJihočeský\t34 000\t2023\n"
            "Kolín\tStředočeský\t33 000\t2024\n"
            "Jihomoravský kraj\t\u2013\t1 200 000\t2020\n"
            "Sdružení obcí Orlicko\tPardubický\t52 000\t2024"
        ),
        after=(
            "Koordinátorem sítě je Centrum pro otázky životního prostředí v Praze. Zájemci o "
            "členství se mohou obrátit na sekretariát."
        ),
        expected=(
            "Brno/CZ; Ostrava/CZ; Plzeň|Pilsen/CZ; Olomouc/CZ; Liberec/CZ; České Budějovice/CZ; "
            "Hradec Králové/CZ; Pardubice/CZ; Zlín/CZ; Jihlava/CZ; Třebíč/CZ; Kroměříž/CZ; "
            "Písek/CZ; Tábor/CZ; Kolín/CZ; "
            "Jihomoravský kraj|South Moravian Region/CZ/region; "
            "Sdružení obcí Orlicko|Orlicko/CZ/union of municipalities"
        ),
        note="the kraj column is the member's region; Prague is the coordinator's seat",
    ),
    Page(
        name="el-r59a-koukkides-dimos-genike-perifereia-kypros",
        language="el",
        kinds="bulleted;inflected;body_not_city;country_in_language;not_signatory",
        title="Έντεκα δήμοι και μία περιφέρεια υπογράφουν τη Χάρτα για το Νερό",
        date=(2026, 6, 5),
        before=(
            "Στο πλαίσιο της ετήσιας συνάντησης του Δικτύου Πόλεων για το Νερό, που "
            "φιλοξενήθηκε φέτος στο Συνεδριακό Κέντρο της Ρόδου, υπογράφηκε η Χάρτα για την "
            "εξοικονόμηση νερού στις πόλεις. Οι υπογράφοντες δεσμεύονται να μειώσουν τις "
            "απώλειες των δικτύων ύδρευσης κατά 30% έως το 2030.\n\n"
            "Τη Χάρτα υπέγραψαν:"
        ),
        listing=(
            "\u2022 Δήμος Αθηναίων\n"
            "\u2022 Δήμος Θεσσαλονίκης\n"
            "\u2022 Δήμος Πατρέων\n"
            "\u2022 Δήμος Ηρακλείου\n"
            "\u2022 Δήμος Λαρισαίων\n"
            "\u2022 Δήμος Βόλου\n"
            "\u2022 Δήμος Ιωαννιτών\n"
            "\u2022 Δήμος Καλαμάτας\n"
            "\u2022 Δήμος Χανίων\n"
            "\u2022 Δήμος Τρικκαίων\n"
            "\u2022 Περιφέρεια Κρήτης\n"
            "\u2022 Δήμος Λευκωσίας (Κύπρος)"
        ),
        after=(
            "Ο Δήμος Ρόδου, ως οικοδεσπότης, θα υπογράψει τη Χάρτα μετά την έγκρισή της από "
            "το δημοτικό συμβούλιο. Η επόμενη συνάντηση του δικτύου θα γίνει στην Κοζάνη."
        ),
        expected=(
            "Athens/GR; Thessaloniki/GR; Patras|Pátra/GR; Heraklion|Irákleion/GR; "
            "Larissa|Lárisa/GR; Volos/GR; Ioannina/GR; Kalamata/GR; Chania/GR; Trikala/GR; "
            "Περιφέρεια Κρήτης|Region of Crete|Crete/GR/region; Nicosia/CY"
        ),
        note="Rhodes hosts and will sign later, Kozani hosts next; neither signed",
    ),
    Page(
        name="hu-r59a-orszag-cimsorok-hataron-tuli-magyar-nevek-varmegye",
        language="hu",
        kinds="one_a_line;region_heading;country_in_language;named_twice;body_not_city",
        title="A Kárpát-medencei Városok Szövetségének tagjai",
        date=(2025, 10, 14),
        before=(
            "A Kárpát-medencei Városok Szövetsége olyan településeket és önkormányzatokat fog "
            "össze, amelyek a kulturális örökség megőrzésén és a határon átnyúló "
            "együttműködésen dolgoznak. Tagjaink listája országok szerint:"
        ),
        listing=(
            "Magyarország\n"
            "Debrecen\n"
            "Szeged\n"
            "Pécs\n"
            "Győr\n"
            "Miskolc\n"
            "Nyíregyháza\n"
            "Eger\n"
            "Sopron\n"
            "Hajdú-Bihar vármegye\n"
            "\n"
            "Szlovákia\n"
            "Kassa (Košice)\n"
            "Révkomárom (Komárno)\n"
            "Dunaszerdahely (Dunajská Streda)\n"
            "\n"
            "Románia\n"
            "Kolozsvár (Cluj-Napoca)\n"
            "Nagyvárad (Oradea)\n"
            "Marosvásárhely (Târgu Mureș)\n"
            "Csíkszereda (Miercurea Ciuc)\n"
            "\n"
            "Szerbia\n"
            "Szabadka (Subotica)\n"
            "Zenta (Senta)\n"
            "\n"
            "Ausztria\n"
            "Kismarton (Eisenstadt)"
        ),
        after=(
            "A szövetség titkársága Kecskeméten működik. Új tagok felvételéről a közgyűlés "
            "évente egyszer dönt."
        ),
        expected=(
            "Debrecen/HU; Szeged/HU; Pécs/HU; Győr/HU; Miskolc/HU; Nyíregyháza/HU; Eger/HU; "
            "Sopron/HU; Hajdú-Bihar vármegye|Hajdú-Bihar County|Hajdú-Bihar/HU/county; "
            "Košice|Kassa/SK; Komárno|Révkomárom/SK; Dunajská Streda|Dunaszerdahely/SK; "
            "Cluj-Napoca|Kolozsvár/RO; Oradea|Nagyvárad/RO; "
            "Târgu Mureş|Târgu Mureș|Marosvásárhely/RO; Miercurea Ciuc|Miercurea-Ciuc|"
            "Csíkszereda/RO; "
            "Subotica|Szabadka/RS; Senta|Zenta/RS; Eisenstadt|Kismarton/AT"
        ),
        note="country headings are not members; Kecskemét (locative) is the secretariat's seat",
    ),
]

"""Hand-written pages, batch r38b: a held-out batch of issue #20's round 38, written without
reading the reader's code or other batches (except pages_s.py's format) and before any change
to the reader. A mix as a user would meet it: pages of 14 different networks (thematic,
national associations of municipalities, regional and global) in 14 languages, half joint
statements and declarations, half member lists and news items about new members: English
`City, Country` signatory lines under a venue and a secretariat; French `Ville de X (Pays)`
lines of a francophone mayors' declaration; German Klima-Bündnis-style new members under
Bundesland headings (`Markt`, `Große Kreisstadt`, a `Kreis`); a Spanish declaration named
after its host city with a city/country/signer tab table; Italian `Il Sindaco di X` over the
mayor's name; a Portuguese news item of three municipalities; Dutch member municipalities in
flattened columns; Polish `Prezydent Miasta` + genitive lines; Swedish country headings with
Nordic municipalities' official names and Finnish cities in Swedish; Finnish `X:n kaupunki`
signature lines; a Czech Healthy Cities table with kraj and year columns and two bodies; a
Japanese news item of municipalities with their prefectures; Turkish numbered mayors' lines
with metropolitan and district municipalities; a global network's 80 members under
world-region headings, several a line. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-cohesion-statement-city-country-lines",
        "en",
        "one_a_line;country_in_language;not_signatory",
        "Mayors' Statement on Social Cohesion and Countering Hate",
        (2025, 9, 24),
        "Home / Resources / Statements\n\n"
        "Issued at the Fifth Global Summit, New York, 24 September 2025\n\n"
        "We, mayors and governors of cities from every region of the world, gathered in New "
        "York on the margins of the United Nations General Assembly, affirm that local "
        "governments are the first line of prevention against hate, polarisation and violent "
        "extremism.\n\n"
        "Cities are where people of different faiths, origins and convictions meet every day. "
        "We have seen how quickly trust can break, and how patiently it must be rebuilt. "
        "Building on the Christchurch Call and on the lessons shared at our regional meetings "
        "in Nairobi and Dhaka, we commit to:\n\n"
        "- invest in prevention programmes led by youth, women and community leaders;\n"
        "- protect places of worship, schools and public spaces while preserving civil "
        "liberties;\n"
        "- share data and practice across our network, and with national governments;\n"
        "- speak out, as mayors, whenever a community in our city is targeted.\n\n"
        "The statement remains open for signature. The following cities signed it at the "
        "Summit:",
        "Amman, Jordan\n"
        "Zarqa, Jordan\n"
        "Beirut, Lebanon\n"
        "Erbil, Iraq\n"
        "Tunis, Tunisia\n"
        "Mombasa, Kenya\n"
        "Kisumu, Kenya\n"
        "Lahore, Pakistan\n"
        "Colombo, Sri Lanka\n"
        "Surabaya, Indonesia\n"
        "Sarajevo, Bosnia and Herzegovina\n"
        "Mechelen, Belgium\n"
        "Aarhus, Denmark\n"
        "Malmö, Sweden\n"
        "Montréal, Canada",
        "Cities wishing to add their name can write to the Management Unit in London.\n\n"
        "Download the statement in Arabic, English, French and Spanish (PDF)",
        "Amman/JO; Zarqa/JO; Beirut/LB; Erbil/IQ; Tunis/TN; Mombasa/KE; Kisumu/KE; "
        "Lahore/PK; Colombo/LK; Surabaya/ID; Sarajevo/BA; Mechelen/BE; Aarhus/DK; Malmö/SE; "
        "Montréal/CA",
        "`City, Country` lines of a global statement; the venue New York, Christchurch in a "
        "named call, regional meetings in Nairobi and Dhaka, a secretariat in London",
    ),
    Page(
        "fr-declaration-maires-francophones-ville-de-pays",
        "fr",
        "one_a_line;region_after;country_in_language;not_signatory",
        "Déclaration de Kigali des maires francophones sur l'eau et l'assainissement",
        (2024, 11, 7),
        "Accueil > Actualités > Déclarations\n\n"
        "Réunis à Kigali à l'invitation de la maire de la ville hôte, les maires et les "
        "responsables des villes membres ont adopté à l'unanimité une déclaration sur l'accès "
        "à l'eau potable et à l'assainissement dans les villes francophones.\n\n"
        "« L'eau est le premier service public que nos habitants attendent de nous », a "
        "rappelé la présidente du réseau, avant de saluer l'engagement des villes qui, de "
        "Dakar à Montréal, ont déjà ouvert des fontaines publiques gratuites.\n\n"
        "Les signataires s'engagent notamment à :\n"
        "1. faire de l'accès à l'eau une priorité de leurs budgets d'investissement ;\n"
        "2. associer les quartiers précaires à la planification des réseaux ;\n"
        "3. inscrire leur action dans le cadre de l'Accord de Paris et des Objectifs de "
        "développement durable ;\n"
        "4. échanger leurs savoir-faire par des coopérations de ville à ville.\n\n"
        "Villes signataires :",
        "Ville de Dakar (Sénégal)\n"
        "Ville de Saint-Louis (Sénégal)\n"
        "District autonome d'Abidjan (Côte d'Ivoire)\n"
        "Ville de Cotonou (Bénin)\n"
        "Commune de Ouagadougou (Burkina Faso)\n"
        "Ville de Niamey (Niger)\n"
        "District de Bamako (Mali)\n"
        "Communauté urbaine de Nouakchott (Mauritanie)\n"
        "Commune urbaine d'Antananarivo (Madagascar)\n"
        "Ville de Kinshasa (République démocratique du Congo)\n"
        "Commune de Tunis (Tunisie)\n"
        "Municipalité de Beyrouth (Liban)\n"
        "Ville de Port-au-Prince (Haïti)\n"
        "Ville de Montréal (Canada)\n"
        "Ville de Liège (Belgique)\n"
        "Ville de Genève (Suisse)",
        "La déclaration sera présentée au Forum mondial de l'eau. Le secrétariat permanent, "
        "à Paris, tient la liste des signataires à jour.\n\n"
        "Télécharger la déclaration (PDF)",
        "Dakar/SN; Saint-Louis/SN; Abidjan/CI; Cotonou/BJ; Ouagadougou/BF; Niamey/NE; "
        "Bamako/ML; Nouakchott/MR; Antananarivo/MG; Kinshasa/CD; Tunis/TN; Beirut/LB; "
        "Port-au-Prince/HT; Montréal/CA; Liège/BE; Geneva/CH",
        "`Ville de X (Pays)` lines with `District`, `Commune urbaine`, exonyms `Beyrouth`, "
        "`Genève`; the venue Kigali (in the title too), Dakar and Montréal also named in the "
        "text, the Paris Agreement and a secretariat in Paris",
    ),
    Page(
        "de-klimanetzwerk-neue-mitglieder-bundeslaender",
        "de",
        "one_a_line;region_heading;body_not_city;not_signatory",
        "Willkommen! 21 neue Mitglieder im Klima-Bündnis",
        (2024, 6, 14),
        "Startseite › Über uns › Mitglieder\n\n"
        "Auf der Internationalen Jahreskonferenz in Wien hat die Mitgliederversammlung die "
        "Kommunen begrüßt, die seit der letzten Konferenz beigetreten sind. Mit ihnen zählt "
        "das Netzwerk nun mehr als 2.000 Städte, Gemeinden und Landkreise in 27 Ländern.\n\n"
        "„Jede neue Kommune zeigt, dass Klimaschutz und Partnerschaft mit den indigenen "
        "Völkern Amazoniens zusammengehören“, sagte die Vorstandsvorsitzende bei der "
        "Begrüßung im Wiener Rathaus.\n\n"
        "Neue Mitglieder nach Bundesland bzw. Land:",
        "Bayern\n"
        "Stadt Erlangen\n"
        "Markt Holzkirchen\n"
        "Gemeinde Vaterstetten\n"
        "Stadt Landshut\n\n"
        "Baden-Württemberg\n"
        "Universitätsstadt Tübingen\n"
        "Stadt Ostfildern\n"
        "Stadt Schwäbisch Gmünd\n\n"
        "Nordrhein-Westfalen\n"
        "Stadt Bielefeld\n"
        "Gemeinde Hiddenhausen\n"
        "Kreis Steinfurt\n\n"
        "Hessen\n"
        "Universitätsstadt Marburg\n"
        "Wissenschaftsstadt Darmstadt\n\n"
        "Niedersachsen\n"
        "Hansestadt Lüneburg\n"
        "Stadt Oldenburg (Oldb)\n\n"
        "Sachsen\n"
        "Große Kreisstadt Radebeul\n\n"
        "Brandenburg\n"
        "Landeshauptstadt Potsdam\n\n"
        "Österreich\n"
        "Marktgemeinde Wolfurt (Vorarlberg)\n"
        "Stadtgemeinde Korneuburg (Niederösterreich)\n\n"
        "Luxemburg\n"
        "Gemeinde Differdingen",
        "Sie möchten auch Mitglied werden? Die Geschäftsstelle in Frankfurt am Main berät "
        "Ihre Kommune gern.\n\nMitglied werden »",
        "Erlangen/DE; Holzkirchen/DE; Vaterstetten/DE; Landshut/DE; Tübingen/DE; "
        "Ostfildern/DE; Schwäbisch Gmünd/DE; Bielefeld/DE; Hiddenhausen/DE; "
        "Kreis Steinfurt|Steinfurt District/DE/county; Marburg/DE; Darmstadt/DE; "
        "Lüneburg/DE; Oldenburg/DE; Radebeul/DE; Potsdam/DE; Wolfurt/AT; Korneuburg/AT; "
        "Differdange|Differdingen/LU",
        "new members under Bundesland and country headings, `Markt`, `Universitätsstadt`, "
        "`Große Kreisstadt`, `Marktgemeinde X (Vorarlberg)`, a `Kreis`; venue Vienna (also "
        "`Wiener`), the office in Frankfurt am Main",
    ),
    Page(
        "es-declaracion-de-montevideo-tabla-ciudad-pais",
        "es",
        "table_tabs;columns_after;country_in_language;not_signatory;person_after",
        "Declaración de Montevideo: ciudades por la integración y el empleo joven",
        (2025, 5, 29),
        "Inicio / Noticias / Declaraciones\n\n"
        "En el marco de la Cumbre de la red celebrada en Montevideo, intendentes, alcaldes y "
        "prefeitos de la región firmaron la Declaración de Montevideo, que propone una agenda "
        "común de empleo para las juventudes de nuestras ciudades.\n\n"
        "La Secretaría Ejecutiva, con sede en la Intendencia de Montevideo, agradeció a la "
        "ciudad anfitriona y recordó que la red reúne hoy a más de 380 gobiernos locales de "
        "Argentina, Brasil, Uruguay, Paraguay, Chile, Bolivia, Perú, Ecuador, Colombia y "
        "Venezuela.\n\n"
        "Firmantes de la Declaración",
        "Ciudad\tPaís\tFirmante\tCargo\n"
        "Rosario\tArgentina\tLucía Ferreyra\tIntendenta\n"
        "Córdoba\tArgentina\tMartín Aguirre\tIntendente\n"
        "Mendoza\tArgentina\tEmilia Sosa\tSecretaria de Desarrollo\n"
        "Canelones\tUruguay\tDiego Olivera\tIntendente\n"
        "Paysandú\tUruguay\tMaría José Rivero\tIntendenta\n"
        "Asunción\tParaguay\tCarlos Benítez\tIntendente\n"
        "Encarnación\tParaguay\tRocío Giménez\tIntendenta\n"
        "Porto Alegre\tBrasil\tRafael Becker\tPrefeito\n"
        "Curitiba\tBrasil\tAna Paula Moreira\tVice-prefeita\n"
        "Guarulhos\tBrasil\tJoão Batista Lima\tPrefeito\n"
        "Valparaíso\tChile\tCamila Fuentes\tAlcaldesa\n"
        "Concepción\tChile\tFelipe Araya\tAlcalde\n"
        "La Paz\tBolivia\tSergio Quispe\tAlcalde\n"
        "Cochabamba\tBolivia\tVerónica Rojas\tAlcaldesa\n"
        "Quito\tEcuador\tAndrés Paredes\tAlcalde\n"
        "Cuenca\tEcuador\tGabriela Vintimilla\tConcejala\n"
        "Lima\tPerú\tJorge Salazar\tTeniente alcalde",
        "Las ciudades que deseen adherir a la Declaración pueden hacerlo a través de la "
        "Secretaría Ejecutiva.\n\nDescargar la Declaración (PDF) | Versão em português",
        "Rosario/AR; Córdoba/AR; Mendoza/AR; Canelones/UY; Paysandú/UY; Asunción/PY; "
        "Encarnación/PY; Porto Alegre/BR; Curitiba/BR; Guarulhos/BR; Valparaíso/CL; "
        "Concepción/CL; La Paz/BO; Cochabamba/BO; Quito/EC; Cuenca/EC; Lima/PE",
        "a tab table City/Country/Signer/Title, Cuenca and Córdoba named like Spanish cities; "
        "the host Montevideo in the declaration's name and as secretariat, countries listed "
        "in the text",
    ),
    Page(
        "it-carta-sindaci-il-sindaco-di-sopra-nome",
        "it",
        "one_a_line;person_after;no_country;not_signatory",
        "Carta dei Sindaci per la sicurezza stradale: verso zero vittime",
        (2024, 10, 3),
        "Home » Comunicati stampa\n\n"
        "È stata presentata questa mattina a Roma, nella sede dell'Associazione, la Carta dei "
        "Sindaci per la sicurezza stradale, promossa dalla Commissione Mobilità. Ispirata alla "
        "Dichiarazione di Stoccolma sulla sicurezza stradale, la Carta impegna i Comuni "
        "firmatari a portare a 30 km/h il limite di velocità nelle zone residenziali, a "
        "mettere in sicurezza i percorsi casa-scuola e a pubblicare ogni anno i dati "
        "sull'incidentalità.\n\n"
        "«Ogni vittima della strada è una sconfitta per una comunità intera», ha dichiarato "
        "il delegato alla mobilità. «I Comuni possono fare molto, ma chiediamo al Governo "
        "risorse certe.»\n\n"
        "Hanno sottoscritto la Carta:",
        "Il Sindaco di Bergamo\nGiorgio Testa\n\n"
        "Il Sindaco di Brescia\nLaura Castelli\n\n"
        "Il Sindaco di Padova\nStefano Marin\n\n"
        "Il Sindaco di Ferrara\nAlessandro Guidi\n\n"
        "La Sindaca di Firenze\nElena Bartolini\n\n"
        "Il Sindaco di Pesaro\nMarco Ricci\n\n"
        "Il Vicesindaco di Bari\nNicola De Santis\n\n"
        "La Sindaca di Lecce\nGiulia Miglietta\n\n"
        "Il Sindaco di Palermo\nSalvatore Lo Bue\n\n"
        "Il Sindaco di Cagliari\nFrancesco Pinna\n\n"
        "Il Sindaco di Trento\nAndrea Dallapiccola",
        "Gli altri Comuni possono aderire inviando la delibera di Giunta all'indirizzo "
        "mobilita@example.it.\n\nScarica la Carta (PDF, 420 KB)",
        "Bergamo/IT; Brescia/IT; Padova/IT; Ferrara/IT; Florence/IT; Pesaro/IT; Bari/IT; "
        "Lecce/IT; Palermo/IT; Cagliari/IT; Trento/IT",
        "`Il Sindaco di X` over the mayor's name, two lines an entry; presented in Rome, the "
        "Stockholm Declaration named",
    ),
    Page(
        "pt-noticia-tres-municipios-aderem-rede",
        "pt",
        "running_text;few;not_signatory",
        "Três novos municípios aderem à Rede de Cidades Saudáveis",
        (2025, 2, 20),
        "Início › Notícias\n\n"
        "A Assembleia Geral da Rede, reunida em Coimbra no passado sábado, aprovou por "
        "unanimidade a adesão de três novos membros.",
        "Passam assim a integrar a Rede os Municípios de Évora, de Lagos e de Viseu, que se "
        "comprometem a elaborar um Perfil de Saúde do concelho e um Plano de Desenvolvimento "
        "de Saúde no prazo de dois anos.",
        "Na sessão, o presidente da Rede, vereador da Câmara Municipal do Seixal, sublinhou "
        'que "a saúde se decide nas ruas, nas escolas e nas casas" e lembrou que a Rede é '
        "membro da Rede Europeia de Cidades Saudáveis da Organização Mundial da Saúde, com "
        "sede em Copenhaga.\n\nCom estas adesões, a Rede passa a contar com 68 municípios.",
        "Évora/PT; Lagos/PT; Viseu/PT",
        "three municipalities in one sentence `os Municípios de X, de Y e de Z` (Lagos also in "
        "Nigeria); the venue Coimbra, the president's Seixal and the WHO office in Copenhagen",
    ),
    Page(
        "nl-gezonde-gemeenten-deelnemers-kolommen",
        "nl",
        "several_a_line;no_country;not_signatory",
        "Deelnemende gemeenten",
        (2025, 1, 8),
        "Home > Over het netwerk > Deelnemers\n\n"
        "In het netwerk Gezonde Gemeenten werken gemeenten samen aan een gezonde leefomgeving, "
        "van rookvrije speelplaatsen tot beweegvriendelijke wijken. Het netwerk wordt "
        "gecoördineerd vanuit Den Haag.\n\n"
        "Deze 32 gemeenten doen mee:",
        "Almere\tAmersfoort\tApeldoorn\tArnhem\n"
        "Assen\tBreda\tDelft\tDeventer\n"
        "Dordrecht\tEde\tEindhoven\tEmmen\n"
        "Enschede\tGroningen\tHaarlem\tHeerlen\n"
        "Helmond\tHengelo\tLeeuwarden\tLeiden\n"
        "Maastricht\tNijmegen\tOss\tRotterdam\n"
        "Schiedam\tTilburg\tUtrecht\tVenlo\n"
        "Zaanstad\tZoetermeer\tZwolle\t's-Hertogenbosch",
        "Staat uw gemeente er niet bij? Neem contact op met het programmabureau.\n\n"
        "Lees ook: Gezonde Gemeenten in Europees verband",
        "Almere/NL; Amersfoort/NL; Apeldoorn/NL; Arnhem/NL; Assen/NL; Breda/NL; Delft/NL; "
        "Deventer/NL; Dordrecht/NL; Ede/NL; Eindhoven/NL; Emmen/NL; Enschede/NL; "
        "Groningen/NL; Haarlem/NL; Heerlen/NL; Helmond/NL; Hengelo/NL; Leeuwarden/NL; "
        "Leiden/NL; Maastricht/NL; Nijmegen/NL; Oss/NL; Rotterdam/NL; Schiedam/NL; "
        "Tilburg/NL; Utrecht/NL; Venlo/NL; Zaanstad/NL; Zoetermeer/NL; Zwolle/NL; "
        "'s-Hertogenbosch|Den Bosch/NL",
        "a four-column alphabetical grid flattened with tabs, no country (Ede, Emmen, Breda "
        "have namesakes abroad); the coordinator in The Hague",
    ),
    Page(
        "pl-stanowisko-prezydentow-miast-dopelniacz",
        "pl",
        "one_a_line;person_before;person_after;inflected;no_country;not_signatory",
        "Wspólne stanowisko prezydentów miast w sprawie dochodów samorządów",
        (2024, 4, 11),
        "Strona główna / Aktualności / Stanowiska\n\n"
        "Prezydenci miast zrzeszonych w Związku, obradujący w Toruniu, przyjęli wspólne "
        "stanowisko w sprawie reformy dochodów jednostek samorządu terytorialnego.\n\n"
        "Sygnatariusze wskazują, że udział miast w podatku dochodowym od osób fizycznych nie "
        "rekompensuje utraconych dochodów, a rosnące koszty oświaty i komunikacji miejskiej "
        "zagrażają inwestycjom. Domagają się:\n"
        "• stabilnego i przewidywalnego systemu finansowania zadań oświatowych;\n"
        "• rekompensaty skutków zmian w podatkach ustalanych przez Sejm;\n"
        "• udziału przedstawicieli miast w pracach nad ustawą od pierwszego dnia.\n\n"
        "Stanowisko zostanie przekazane Prezesowi Rady Ministrów oraz Komisji Wspólnej Rządu "
        "i Samorządu Terytorialnego.\n\n"
        "Podpisali:",
        "Prezydent m.st. Warszawy – Tomasz Zieliński\n"
        "Prezydent Miasta Krakowa – Anna Dąbrowska\n"
        "Prezydent Miasta Łodzi – Joanna Pawlak\n"
        "Prezydent Wrocławia – Marek Kowalczyk\n"
        "Prezydent Miasta Poznania – Paweł Lewandowski\n"
        "Prezydent Miasta Bydgoszczy – Rafał Szymański\n"
        "Prezydent Miasta Rzeszowa – Katarzyna Wójcik\n"
        "Prezydent Miasta Słupska – Ewa Kamińska\n"
        "Prezydent Miasta Gniezna – Michał Grabowski\n"
        "Burmistrz Miasta i Gminy Wieliczka – Piotr Nowak",
        "Pełna treść stanowiska do pobrania (PDF).\n\n"
        "Zobacz także: Posiedzenie Zarządu Związku w Toruniu – relacja",
        "Warsaw/PL; Kraków/PL; Łódź/PL; Wrocław/PL; Poznań/PL; Bydgoszcz/PL; Rzeszów/PL; "
        "Słupsk/PL; Gniezno/PL; Wieliczka/PL",
        "`Prezydent Miasta` + genitive (`Krakowa`, `Łodzi`, `Rzeszowa`, `Gniezna`, "
        "`m.st. Warszawy`) then the mayor after a dash; the venue Toruń (`w Toruniu`)",
    ),
    Page(
        "sv-nordiskt-natverk-medlemmar-landsrubriker",
        "sv",
        "one_a_line;region_heading;country_in_language;inflected;not_signatory",
        "Våra medlemmar",
        (2025, 3, 4),
        "Start › Om nätverket › Medlemmar\n\n"
        "Nordiskt nätverk för trygga städer samlar kommuner i de fem nordiska länderna som "
        "vill förebygga våld och stärka tilliten i lokalsamhället. Nätverkets sekretariat "
        "finns i Köpenhamn och finansieras av Nordiska ministerrådet.\n\n"
        "Här hittar du alla medlemskommuner, ordnade efter land.",
        "Sverige (9)\n"
        "Göteborgs Stad\n"
        "Malmö stad\n"
        "Uppsala kommun\n"
        "Linköpings kommun\n"
        "Örebro kommun\n"
        "Västerås stad\n"
        "Helsingborgs stad\n"
        "Umeå kommun\n"
        "Luleå kommun\n\n"
        "Norge (6)\n"
        "Bergen kommune\n"
        "Trondheim kommune\n"
        "Stavanger kommune\n"
        "Kristiansand kommune\n"
        "Tromsø kommune\n"
        "Bodø kommune\n\n"
        "Danmark (5)\n"
        "Aarhus Kommune\n"
        "Odense Kommune\n"
        "Aalborg Kommune\n"
        "Vejle Kommune\n"
        "Esbjerg Kommune\n\n"
        "Finland (5)\n"
        "Helsingfors stad\n"
        "Åbo stad\n"
        "Tammerfors stad\n"
        "Vasa stad\n"
        "Uleåborgs stad\n\n"
        "Island (2)\n"
        "Reykjavíkurborg\n"
        "Akureyrarbær",
        "Vill din kommun bli medlem? Kontakta sekretariatet.\n\n"
        "Läs mer: Nätverkets årsmöte 2025 hålls i Tórshavn",
        "Gothenburg/SE; Malmö/SE; Uppsala/SE; Linköping/SE; Örebro/SE; Västerås/SE; "
        "Helsingborg/SE; Umeå/SE; Luleå/SE; Bergen/NO; Trondheim/NO; Stavanger/NO; "
        "Kristiansand/NO; Tromsø/NO; Bodø/NO; Aarhus/DK; Odense/DK; Aalborg/DK; Vejle/DK; "
        "Esbjerg/DK; Helsinki/FI; Turku/FI; Tampere/FI; Vaasa/FI; Oulu/FI; Reykjavík/IS; "
        "Akureyri/IS",
        "country headings in Swedish with counts over official municipality names in "
        "Swedish, Norwegian, Danish and Icelandic, Finnish cities by their Swedish names "
        "(`Åbo`, `Tammerfors`, `Uleåborgs stad`); the secretariat in Copenhagen, Tórshavn in "
        "a teaser line",
    ),
    Page(
        "fi-pormestarien-julkilausuma-allekirjoitusrivit",
        "fi",
        "one_a_line;person_before;inflected;person_named_like_place;not_signatory;no_country",
        "Suurten kaupunkien julkilausuma: kasvupalvelut tarvitsevat riittävän rahoituksen",
        (2025, 4, 23),
        "Etusivu > Ajankohtaista > Tiedotteet\n\n"
        "Suurten kaupunkien pormestarit ja kaupunginjohtajat kokoontuivat keskiviikkona "
        "Porissa ja antoivat yhteisen julkilausuman työllisyys- ja elinvoimapalveluiden "
        "rahoituksesta.\n\n"
        "Vuoden 2025 alusta kunnat vastaavat työllisyyspalveluista. Kaupungit ovat "
        "ottaneet tehtävän vastaan, mutta valtion rahoitusmalli ei ota huomioon suurten "
        "kaupunkien pitkäaikaistyöttömyyttä eikä maahanmuuttajien osuutta. Kaupungit "
        "esittävät, että hallitus korjaa rahoitusmallin jo kehysriihessä.\n\n"
        "– Porin kaupunki tarjosi kokoukselle hyvät puitteet, ja yhteinen viesti on "
        "selvä, kiitti kokouksen puheenjohtaja.\n\n"
        "Julkilausuman allekirjoittivat:",
        "Anni Kotka, pormestari, Helsingin kaupunki\n"
        "Jukka Heinonen, kaupunginjohtaja, Espoon kaupunki\n"
        "Sari Virtanen, kaupunginjohtaja, Vantaan kaupunki\n"
        "Mikko Lahtinen, pormestari, Tampereen kaupunki\n"
        "Laura Nieminen, pormestari, Turun kaupunki\n"
        "Ville Salo, kaupunginjohtaja, Oulun kaupunki\n"
        "Tiina Korhonen, kaupunginjohtaja, Jyväskylän kaupunki\n"
        "Antti Mäkelä, kaupunginjohtaja, Kuopion kaupunki\n"
        "Pekka Lahti, kaupunginjohtaja, Lahden kaupunki",
        "Lisätietoja: kehittämispäällikkö Maria Rantanen, puh. 040 123 4567\n\nJulkilausuma (PDF)",
        "Helsinki/FI; Espoo/FI; Vantaa/FI; Tampere/FI; Turku/FI; Oulu/FI; Jyväskylä/FI; "
        "Kuopio/FI; Lahti/FI",
        "`Name, title, X:n kaupunki` lines in the genitive, signers named Kotka, Salo, Lahti "
        "(the last signing for Lahti); the venue Pori (`Porissa`, `Porin kaupunki`)",
    ),
    Page(
        "cs-zdrava-mesta-clenove-tabulka-kraj-rok",
        "cs",
        "table_tabs;columns_after;no_country;body_not_city",
        "Členové Národní sítě Zdravých měst",
        (2025, 1, 15),
        "Úvod » O nás » Členové\n\n"
        "Národní síť Zdravých měst ČR sdružuje města, obce, mikroregiony a kraje, které "
        "realizují projekt Zdravé město a místní Agendu 21. Přehled členů:\n\n"
        "Hledat člena:\nKraj: všechny",
        "Člen\tKraj\tČlenem od\n"
        "Statutární město Ostrava\tMoravskoslezský\t2008\n"
        "Statutární město Plzeň\tPlzeňský\t2004\n"
        "Statutární město Olomouc\tOlomoucký\t2013\n"
        "Statutární město Liberec\tLiberecký\t2010\n"
        "Statutární město Pardubice\tPardubický\t2016\n"
        "Statutární město Zlín\tZlínský\t2003\n"
        "Statutární město Jihlava\tKraj Vysočina\t1996\n"
        "Statutární město Karviná\tMoravskoslezský\t2011\n"
        "Statutární město Prostějov\tOlomoucký\t2005\n"
        "Statutární město Opava\tMoravskoslezský\t2014\n"
        "Statutární město Hradec Králové\tKrálovéhradecký\t2017\n"
        "Statutární město České Budějovice\tJihočeský\t2019\n"
        "Město Vsetín\tZlínský\t1994\n"
        "Město Litoměřice\tÚstecký\t2004\n"
        "Město Chrudim\tPardubický\t1998\n"
        "Město Kroměříž\tZlínský\t2008\n"
        "Město Vyškov\tJihomoravský\t2001\n"
        "Město Třebíč\tKraj Vysočina\t2003\n"
        "Město Žďár nad Sázavou\tKraj Vysočina\t2002\n"
        "Město Hodonín\tJihomoravský\t2009\n"
        "Město Břeclav\tJihomoravský\t2012\n"
        "Město Kutná Hora\tStředočeský\t2010\n"
        "Město Krnov\tMoravskoslezský\t2006\n"
        "Město Šumperk\tOlomoucký\t1997\n"
        "Město Boskovice\tJihomoravský\t2007\n"
        "Město Kolín\tStředočeský\t2015\n"
        "Město Tábor\tJihočeský\t2006\n"
        "Město Strakonice\tJihočeský\t2011\n"
        "Město Nový Jičín\tMoravskoslezský\t2005\n"
        "Město Uherské Hradiště\tZlínský\t2002\n"
        "Město Valašské Meziříčí\tZlínský\t1995\n"
        "Město Kopřivnice\tMoravskoslezský\t2004\n"
        "Město Rýmařov\tMoravskoslezský\t2003\n"
        "Město Dobruška\tKrálovéhradecký\t2012\n"
        "Město Velké Meziříčí\tKraj Vysočina\t2018\n"
        "Město Bystřice pod Hostýnem\tZlínský\t2020\n"
        "Město Turnov\tLiberecký\t2021\n"
        "Město Blansko\tJihomoravský\t2022\n"
        "Mikroregion Telčsko\tKraj Vysočina\t2001\n"
        "Kraj Vysočina\tKraj Vysočina\t2004",
        "Zobrazeno 40 z 40 členů\n\nKancelář sítě: Národní síť Zdravých měst ČR, Praha",
        "Ostrava/CZ; Plzeň/CZ; Olomouc/CZ; Liberec/CZ; Pardubice/CZ; Zlín/CZ; Jihlava/CZ; "
        "Karviná/CZ; Prostějov/CZ; Opava/CZ; Hradec Králové/CZ; České Budějovice/CZ; "
        "Vsetín/CZ; Litoměřice/CZ; Chrudim/CZ; Kroměříž/CZ; Vyškov/CZ; Třebíč/CZ; "
        "Žďár nad Sázavou/CZ; Hodonín/CZ; Břeclav/CZ; Kutná Hora/CZ; Krnov/CZ; Šumperk/CZ; "
        "Boskovice/CZ; Kolín/CZ; Tábor/CZ; Strakonice/CZ; Nový Jičín/CZ; "
        "Uherské Hradiště/CZ; Valašské Meziříčí/CZ; Kopřivnice/CZ; Rýmařov/CZ; Dobruška/CZ; "
        "Velké Meziříčí/CZ; Bystřice pod Hostýnem/CZ; Turnov/CZ; Blansko/CZ; "
        "Mikroregion Telčsko|Telčsko/CZ/union of municipalities; "
        "Kraj Vysočina|Vysočina Region/CZ/region",
        "a tab table Member/Region/Since of `Statutární město X`, `Město X` with adjective "
        "kraj columns, a microregion and a region as members; the office in Prague",
    ),
    Page(
        "ja-hikaku-jichitai-shinki-kamei-ken-shi",
        "ja",
        "running_text;region_before;not_signatory",
        "新たに5自治体が協議会に加盟しました",
        (2024, 8, 2),
        "ホーム ＞ お知らせ ＞ 加盟自治体\n\n"
        "日本非核宣言自治体協議会では、7月の役員会において新規加盟が承認されました。",
        "このたび加盟したのは、北海道旭川市、長野県松本市、岡山県倉敷市、福岡県久留米市及び"
        "熊本県八代市の5自治体です。これにより、加盟自治体数は350となりました。",
        "協議会は、核兵器のない平和な世界の実現に向けて、毎年8月に広島市と長崎市で開催される"
        "平和記念式典・平和祈念式典に合わせて、原爆展や被爆体験の継承事業を行っています。"
        "事務局は長崎市平和推進課に置かれています。\n\n"
        "加盟自治体一覧（PDF）",
        "Asahikawa/JP; Matsumoto/JP; Kurashiki/JP; Kurume/JP; Yatsushiro/JP",
        "five municipalities in one sentence, each after its prefecture (`長野県松本市`), `、` "
        "and `及び`; Hiroshima and Nagasaki as ceremony venues and the secretariat",
    ),
    Page(
        "tr-afete-direncli-kentler-bildirgesi-numarali",
        "tr",
        "numbered;person_after;person_named_like_place;no_country;not_signatory",
        "Afete Dirençli Kentler Bildirgesi imzalandı",
        (2025, 2, 6),
        "Ana Sayfa / Haberler / Duyurular\n\n"
        "6 Şubat depremlerinin ikinci yıl dönümünde Ankara'da bir araya gelen belediye "
        "başkanları, Afete Dirençli Kentler Bildirgesi'ni imzaladı. Toplantıya Hatay, "
        "Kahramanmaraş, Adıyaman ve Malatya'dan gelen belediye temsilcileri de katılarak "
        "yeniden yapılanma sürecindeki deneyimlerini paylaştı.\n\n"
        "Bildirgeyle belediyeler; imar planlarında zemin etütlerini zorunlu kılmayı, eski "
        "yapı stokunun dönüşümünde kiracıları korumayı, toplanma alanlarını açık ve "
        "erişilebilir tutmayı ve afet sonrası hizmetlerde birbirlerine destek olmayı taahhüt "
        "etti.\n\n"
        "Bildirgeyi imzalayan belediye başkanları:",
        "1. Mersin Büyükşehir Belediye Başkanı Hasan Yıldız\n"
        "2. Adana Büyükşehir Belediye Başkanı Zeynep Kaya\n"
        "3. Eskişehir Büyükşehir Belediye Başkanı Murat Aydın\n"
        "4. Antalya Büyükşehir Belediye Başkanı Elif Şahin\n"
        "5. Bursa Büyükşehir Belediye Başkanı Kemal Doğan\n"
        "6. Tekirdağ Büyükşehir Belediye Başkanı Ayşe Çelik\n"
        "7. Muğla Büyükşehir Belediye Başkanı Ahmet Öztürk\n"
        "8. Denizli Büyükşehir Belediye Başkan Vekili Selin Arslan\n"
        "9. Çankaya Belediye Başkanı Deniz Kılıç\n"
        "10. Nilüfer Belediye Başkanı Burak Erdem\n"
        "11. Tepebaşı Belediye Başkanı Gül Karaca\n"
        "12. Bolu Belediye Başkanı Orhan Koç",
        "Bildirgenin tam metnine buradan ulaşabilirsiniz.\n\n"
        "Birliğimiz, bildirgeye katılmak isteyen tüm belediyelere açıktır.",
        "Mersin/TR; Adana/TR; Eskişehir/TR; Antalya/TR; Bursa/TR; Tekirdağ/TR; Muğla/TR; "
        "Denizli/TR; Çankaya/TR; Nilüfer/TR; Tepebaşı/TR; Bolu/TR",
        "numbered `X Büyükşehir Belediye Başkanı Name` lines, district municipalities "
        "`Çankaya`, `Nilüfer`, `Tepebaşı` and a mayor surnamed Aydın; the venue Ankara, the "
        "earthquake cities Hatay, Kahramanmaraş, Adıyaman and Malatya that did not sign",
    ),
    Page(
        "en-global-network-80-members-world-regions",
        "en",
        "several_a_line;region_heading;country_in_language;not_signatory",
        "Our members: local governments for sustainability",
        (2025, 6, 2),
        "Home > About us > Members\n\n"
        "More than 2,500 local and regional governments are part of our network. Below are "
        "the members that joined or renewed their membership in the last membership year, "
        "by region. Our World Secretariat is in Bonn, Germany, with regional offices in "
        "Mexico City, New Delhi, Tokyo and Brussels.\n\n"
        "Members by region",
        (
            "Africa (13)\n"
            "Accra, Ghana  ·  Addis Ababa, Ethiopia  ·  Cape Town, South Africa\n"
            "Johannesburg, South Africa  ·  Nairobi, Kenya  ·  Kampala, Uganda\n"
            "Kigali, Rwanda  ·  Lusaka, Zambia  ·  Harare, Zimbabwe\n"
            "Dakar, Senegal  ·  Abuja, Nigeria  ·  Maputo, Mozambique\n"
            "Windhoek, Namibia\n"
            "\n"
            "East Asia (7)\n"
            "Seoul, Republic of Korea  ·  Suwon, Republic of Korea  ·  Yokohama, Japan\n"
            "Kitakyushu, Japan  ·  Taipei, Chinese Taipei  ·  Kaohsiung, Chinese Taipei\n"
            "Ulaanbaatar, Mongolia\n"
            "\n"
            "South and Southeast Asia (11)\n"
            "Bangkok, Thailand  ·  Hanoi, Viet Nam  ·  Da Nang, Viet Nam\n"
            "Quezon City, Philippines  ·  Kuala Lumpur, Malaysia  ·  Semarang, Indonesia\n"
            "Bogor, Indonesia  ·  Pune, India  ·  Coimbatore, India\n"
            "Rajkot, India  ·  Kathmandu, Nepal\n"
            "\n"
            "Europe (20)\n"
            "Freiburg im Breisgau, Germany  ·  Heidelberg, Germany  ·  Hannover, Germany\n"
            "Copenhagen, Denmark  ·  Växjö, Sweden  ·  Turku, Finland\n"
            "Tartu, Estonia  ·  Vilnius, Lithuania  ·  Warsaw, Poland\n"
            "Ljubljana, Slovenia  ·  Barcelona, Spain  ·  Vitoria-Gasteiz, Spain\n"
            "Almada, Portugal  ·  Torres Vedras, Portugal  ·  Bologna, Italy\n"
            "Rotterdam, Netherlands  ·  Ghent, Belgium  ·  Basel, Switzerland\n"
            "Dublin, Ireland  ·  Leeds, United Kingdom\n"
            "\n"
            "Latin America and the Caribbean (13)\n"
            "Belo Horizonte, Brazil  ·  Recife, Brazil  ·  Fortaleza, Brazil\n"
            "Niterói, Brazil  ·  Campinas, Brazil  ·  Bogotá, Colombia\n"
            "Medellín, Colombia  ·  Guadalajara, Mexico  ·  Mérida, Mexico\n"
            "Santiago, Chile  ·  Buenos Aires, Argentina  ·  San José, Costa Rica\n"
            "Kingston, Jamaica\n"
            "\n"
            "North America (8)\n"
            "Vancouver, Canada  ·  Edmonton, Canada  ·  Toronto, Canada\n"
            "Halifax, Canada  ·  Denver, USA  ·  Austin, USA\n"
            "Minneapolis, USA  ·  Pittsburgh, USA\n"
            "\n"
            "Oceania (5)\n"
            "Melbourne, Australia  ·  Adelaide, Australia  ·  Hobart, Australia\n"
            "Wellington, New Zealand  ·  Christchurch, New Zealand\n"
            "\n"
            "Middle East and West Asia (3)\n"
            "Amman, Jordan  ·  Dubai, United Arab Emirates  ·  Gaziantep, Türkiye"
        ),
        "Is your city missing? Membership renewals are processed by the regional offices.\n\n"
        "Become a member | Download the members list (XLSX)",
        (
            "Accra/GH; Addis Ababa/ET; Cape Town/ZA; Johannesburg/ZA; Nairobi/KE; "
            "Kampala/UG; Kigali/RW; Lusaka/ZM; Harare/ZW; Dakar/SN; Abuja/NG; Maputo/MZ; "
            "Windhoek/NA; Seoul/KR; Suwon/KR; Yokohama/JP; Kitakyushu/JP; Taipei/TW; "
            "Kaohsiung/TW; Ulaanbaatar/MN; Bangkok/TH; Hanoi/VN; Da Nang/VN; Quezon City/PH; "
            "Kuala Lumpur/MY; Semarang/ID; Bogor/ID; Pune/IN; Coimbatore/IN; Rajkot/IN; "
            "Kathmandu/NP; Freiburg im Breisgau|Freiburg/DE; Heidelberg/DE; "
            "Hanover|Hannover/DE; Copenhagen/DK; Växjö/SE; Turku/FI; Tartu/EE; Vilnius/LT; "
            "Warsaw/PL; Ljubljana/SI; Barcelona/ES; Vitoria-Gasteiz/ES; Almada/PT; "
            "Torres Vedras/PT; Bologna/IT; Rotterdam/NL; Ghent/BE; Basel/CH; Dublin/IE; "
            "Leeds/GB; Belo Horizonte/BR; Recife/BR; Fortaleza/BR; Niterói/BR; Campinas/BR; "
            "Bogotá/CO; Medellín/CO; Guadalajara/MX; Mérida/MX; Santiago/CL; "
            "Buenos Aires/AR; San José/CR; Kingston/JM; Vancouver/CA; Edmonton/CA; "
            "Toronto/CA; Halifax/CA; Denver/US; Austin/US; Minneapolis/US; Pittsburgh/US; "
            "Melbourne/AU; Adelaide/AU; Hobart/AU; Wellington/NZ; Christchurch/NZ; Amman/JO; "
            "Dubai/AE; Gaziantep/TR"
        ),
        "80 members under world-region headings with counts, three `City, Country` a line "
        "between middle dots (Mérida and Santiago named like Spanish places, Chinese "
        "Taipei, Viet Nam, Türkiye); the World Secretariat in Bonn and offices in Mexico "
        "City, New Delhi, Tokyo and Brussels",
    ),
]

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
        "que \"a saúde se decide nas ruas, nas escolas e nas casas\" e lembrou que a Rede é "
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
]

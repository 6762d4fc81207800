"""Batch r61a: 14 pages as a city network's staff would paste them from the websites of
climate, health, culture, migration, peace, smart-city, creative-city and sister-city networks,
one page a language (en GB, en US, en IN, fr, de, es, it, pt BR, nl, pl, sv, cs, ro, tr), in the
shapes those networks publish: `Name, title, City` signatory lines (UK council leaders with a
combined authority and leaders named Lincoln and Whitby; Swedish `kommun` and `Region Skåne`
with signers named Lund and Mora), `Ville (Pays)` bullets with a communauté urbaine and
Turkish `Şehir, Ülke` lines with Turkish exonyms and a union of municipalities, running text
with `und` (German genitives `Wiens`, `Zürichs`, a Landkreis) and `a` (Czech genitives, a
kraj, a venue `v Ostravě`), a `|` table of US cities and states with a county and Athens,
Georgia, a Dutch tab table with province columns and a Regio, member cards flattened to
lines (`Prefeitura Municipal de X` over `X · UF`, a consórcio), numbered Italian and Romanian
lists with columns after the place (a città metropolitana, a consiliu judeţean, a zona
metropolitană), 50 members under Spanish country headings with namesakes across the
Atlantic (Guadalajara, Cartagena, Córdoba in two countries, Trujillo, Cuenca, Loja, Salto),
Portuguese cities in Spanish (Lisboa, Oporto, Coímbra) and a diputación, a Polish PDF
copy with running headers, hyphenation and genitives `Prezydent Miasta Krakowa`, and
Indian news of municipal corporations joining at a host's venue with a quoted chair named
Kota. Every person, network and statement is invented; the places are real. Written without
reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r61a-uk-council-leaders-name-title-city",
        language="en",
        kinds="one_a_line;person_before;person_named_like_place;body_not_city;not_signatory;no_country",
        title="Net Zero Councils Compact: the first signatories",
        date=(2025, 3, 14),
        before=(
            "The Net Zero Councils Compact commits local authorities across the four nations to "
            "halve their area's emissions by 2030 and to publish a heat and buildings plan within "
            "eighteen months of signing.\n\n"
            "The Compact was agreed at our spring assembly in Birmingham and is open to every "
            "council, combined authority and devolved body. The leaders below signed on the day; "
            "further signatures will be added as councils complete their own decision-making.\n\n"
            "Signatories"
        ),
        listing=(
            "Cllr Amina Rahman, Leader, Bristol City Council\n"
            "Cllr Helen Preston, Leader, Leeds City Council\n"
            "Cllr David Okafor, Leader, Sheffield City Council\n"
            "Cllr Gareth Lincoln, Leader, Nottingham City Council\n"
            "Cllr Rhiannon Evans, Leader, Cardiff Council\n"
            "Cllr Fiona Mackay, Leader, Glasgow City Council\n"
            "Cllr Ewan Stirling, Leader, City of Edinburgh Council\n"
            "Cllr Niamh Doherty, Chair of the Climate Committee, Belfast City Council\n"
            "Cllr Priya Shah, Leader, Leicester City Council\n"
            "Cllr James Kendal, Leader, Newcastle upon Tyne City Council\n"
            "Cllr Sarah Whitby, Deputy Leader, Oxford City Council\n"
            "Tracy Brennan, Mayor, West Yorkshire Combined Authority\n"
            "Cllr Owen Blake, Leader, Brighton & Hove City Council"
        ),
        after=(
            "Is your council ready to sign? Email the secretariat and we will send the Compact "
            "pack, including a template cabinet report.\n\n"
            "With thanks to Birmingham City Council for hosting the assembly at the ICC."
        ),
        expected=(
            "Bristol/GB; Leeds/GB; Sheffield/GB; Nottingham/GB; Cardiff/GB; Glasgow/GB; "
            "Edinburgh/GB; Belfast/GB; Leicester/GB; Newcastle upon Tyne/GB; Oxford/GB; "
            "West Yorkshire Combined Authority|West Yorkshire/GB/metropolitan area; "
            "Brighton/GB"
        ),
    ),
    Page(
        name="en-r61a-us-smart-cities-pipe-table-states",
        language="en",
        kinds="table_tabs;region_after;region_like_country;columns_after;body_not_city;no_country",
        title="Smart Communities Alliance — Member Directory",
        date=(2024, 10, 2),
        before=(
            "The Smart Communities Alliance brings together local governments that share data "
            "standards, procurement templates and lessons learned on connected infrastructure. "
            "Members commit to publishing an open data inventory and a privacy policy for "
            "public sensors.\n\n"
            "Current members (sortable table):"
        ),
        listing=(
            "| City | State | Population | Member since | Focus area |\n"
            "|---|---|---|---|---|\n"
            "| Columbus | Ohio | 905,700 | 2018 | Mobility |\n"
            "| Kansas City | Missouri | 508,100 | 2018 | Smart corridor |\n"
            "| Chattanooga | Tennessee | 181,100 | 2019 | Broadband |\n"
            "| Athens | Georgia | 127,300 | 2019 | Water metering |\n"
            "| Raleigh | North Carolina | 467,600 | 2020 | Open data |\n"
            "| Miami-Dade County | Florida | 2,701,800 | 2020 | Resilience |\n"
            "| Boise | Idaho | 235,700 | 2021 | Street lighting |\n"
            "| Fort Collins | Colorado | 169,800 | 2021 | Energy |\n"
            "| San Antonio | Texas | 1,434,600 | 2021 | Digital inclusion |\n"
            "| Syracuse | New York | 148,600 | 2022 | Asset management |\n"
            "| Lexington | Kentucky | 322,600 | 2022 | Public safety |\n"
            "| Madison | Wisconsin | 269,800 | 2023 | Transit |\n"
            "| Tucson | Arizona | 542,600 | 2023 | Heat mapping |\n"
            "| Columbia | South Carolina | 136,600 | 2024 | Mobility |"
        ),
        after=(
            "Membership is open to any US city, town or county. Annual dues are scaled to "
            "population. The Alliance's secretariat is based in Washington, DC."
        ),
        expected=(
            "Columbus/US; Kansas City/US; Chattanooga/US; Athens/US; Raleigh/US; "
            "Miami-Dade County|Miami-Dade/US/county; Boise/US; Fort Collins/US; San Antonio/US; "
            "Syracuse/US; Lexington|Lexington-Fayette/US; Madison/US; Tucson/US; Columbia/US"
        ),
    ),
    Page(
        name="en-r61a-in-healthy-cities-news-joining-host-venue",
        language="en",
        kinds="running_text;not_signatory;person_named_like_place;region_after;no_country",
        title="Four municipal corporations join the Healthy Cities Network of India",
        date=(2025, 1, 22),
        before=(
            "Hyderabad: The Healthy Cities Network of India welcomed four new members at its "
            "annual convention, hosted by the Greater Hyderabad Municipal Corporation at the "
            "HITEX Exhibition Centre from 18 to 20 January."
        ),
        listing=(
            "The Pune Municipal Corporation (Maharashtra), Indore Municipal Corporation "
            "(Madhya Pradesh), Kochi Municipal Corporation (Kerala) and Mysuru City Corporation "
            "(Karnataka) signed the network's charter on urban health on the second day of the "
            "convention, bringing the membership to 31 cities."
        ),
        after=(
            "\u201cEvery new member brings a programme the rest of us can learn from, whether "
            "it is ward-level clinics or clean-air action plans. We saw in Chennai how much a "
            "single heat action plan can save,\u201d said Dr Anand Kota, chair of the network's "
            "steering committee.\n\n"
            "The Commissioner of the host corporation thanked the delegates and announced that "
            "the network's next convention will be held in Ahmedabad.\n\n"
            "The new members will join the working groups on non-communicable diseases, "
            "sanitation and heat resilience."
        ),
        expected="Pune/IN; Indore/IN; Kochi/IN; Mysuru|Mysore/IN",
    ),
    Page(
        name="fr-r61a-villes-creatives-ville-pays-bullets",
        language="fr",
        kinds="bulleted;one_a_line;country_in_language;columns_after;body_not_city",
        title="Réseau francophone des villes créatives : les villes membres",
        date=(2024, 6, 5),
        before=(
            "Le Réseau francophone des villes créatives rassemble des villes qui font de la "
            "culture et de la création un levier de développement durable. Chaque membre "
            "s'inscrit dans l'un des sept domaines du réseau et présente tous les quatre ans un "
            "rapport d'activité.\n\n"
            "Villes membres (par ordre d'adhésion) :"
        ),
        listing=(
            "• Lyon (France) – arts numériques\n"
            "• Angoulême (France) – bande dessinée\n"
            "• Liège (Belgique) – design\n"
            "• Québec (Canada) – littérature\n"
            "• Dakar (Sénégal) – arts numériques\n"
            "• Limoges (France) – artisanat et arts populaires\n"
            "• Sfax (Tunisie) – artisanat\n"
            "• Mons (Belgique) – musique\n"
            "• Genève (Suisse) – design\n"
            "• Essaouira (Maroc) – musique\n"
            "• Ouagadougou (Burkina Faso) – cinéma\n"
            "• Communauté urbaine de Dunkerque (France) – musique\n"
            "• Saint-Louis (Sénégal) – musique\n"
            "• Abidjan (Côte d'Ivoire) – musique\n"
            "• Montréal (Canada) – design\n"
            "• Beyrouth (Liban) – littérature\n"
            "• Port-Louis (Maurice) – gastronomie\n"
            "• Jacmel (Haïti) – artisanat\n"
            "• Lubumbashi (République démocratique du Congo) – arts visuels\n"
            "• Luxembourg (Luxembourg) – cinéma"
        ),
        after=(
            "Le secrétariat du réseau est assuré par la Ville de Bordeaux. Les candidatures "
            "pour 2025 sont ouvertes jusqu'au 30 septembre."
        ),
        expected=(
            "Lyon/FR; Angoulême/FR; Liège/BE; Québec|Quebec/CA; Dakar/SN; Limoges/FR; Sfax/TN; "
            "Mons/BE; Geneva|Genève/CH; Essaouira/MA; Ouagadougou/BF; "
            "Communauté urbaine de Dunkerque|Dunkerque Grand Littoral/FR/union of municipalities; "
            "Saint-Louis/SN; Abidjan/CI; Montréal|Montreal/CA; Beirut|Beyrouth/LB; "
            "Port Louis|Port-Louis/MU; Jacmel/HT; Lubumbashi/CD; Luxembourg/LU"
        ),
    ),
    Page(
        name="de-r61a-migration-running-und-genitive-landkreis",
        language="de",
        kinds="running_text;inflected;body_not_city;not_signatory;person_named_like_place",
        title="Städtebündnis Ankommen: Erklärung für eine kommunale Aufnahme",
        date=(2024, 11, 8),
        before=(
            "Auf Einladung der Landeshauptstadt Erfurt trafen sich die Mitglieder des "
            "Städtebündnisses Ankommen am 7. November im Rathausfestsaal. In ihrer gemeinsamen "
            "Erklärung fordern sie eine verlässliche Finanzierung der Integrationsarbeit vor Ort "
            "und mehr Mitsprache bei der Verteilung von Geflüchteten."
        ),
        listing=(
            "Unterzeichnet haben die Erklärung die Oberbürgermeisterinnen und Oberbürgermeister "
            "der Städte Köln, Düsseldorf, Potsdam, Freiburg im Breisgau, Osnabrück und Rostock, "
            "der Landrat des Landkreises Marburg-Biedenkopf sowie als Gäste aus den "
            "Nachbarländern die Bürgermeister Wiens und Zürichs."
        ),
        after=(
            "\u201eKommunen können Integration, wenn man sie lässt\u201c, sagte die Sprecherin "
            "des Bündnisses, Sozialdezernentin Marie Brandenburg. Das nächste Treffen findet im "
            "Frühjahr in Mannheim statt.\n\n"
            "Die vollständige Erklärung steht als PDF zum Download bereit."
        ),
        expected=(
            "Köln|Cologne/DE; Düsseldorf/DE; Potsdam/DE; Freiburg im Breisgau|Freiburg/DE; "
            "Osnabrück/DE; Rostock/DE; "
            "Landkreis Marburg-Biedenkopf|Marburg-Biedenkopf/DE/county; Wien|Vienna/AT; "
            "Zürich|Zurich/CH"
        ),
    ),
    Page(
        name="es-r61a-paz-encabezados-pais-homonimos",
        language="es",
        kinds="region_heading;one_a_line;country_in_language;body_not_city",
        title="Red de Ciudades por la Convivencia y la Paz: ciudades adheridas",
        date=(2025, 2, 3),
        before=(
            "La Red de Ciudades por la Convivencia y la Paz agrupa a gobiernos locales de "
            "Iberoamérica comprometidos con la prevención de la violencia, la memoria y la "
            "resolución pacífica de conflictos. Estas son las ciudades e instituciones que han "
            "suscrito la Carta de la Red, ordenadas por país:"
        ),
        listing=(
            "España\n"
            "Barcelona\n"
            "Bilbao\n"
            "Gernika-Lumo\n"
            "Vitoria-Gasteiz\n"
            "Donostia-San Sebastián\n"
            "Córdoba\n"
            "Zaragoza\n"
            "Granollers\n"
            "Diputación de Barcelona\n\n"
            "Portugal\n"
            "Lisboa\n"
            "Oporto\n"
            "Coímbra\n\n"
            "México\n"
            "Ciudad Juárez\n"
            "Guadalajara\n"
            "Morelia\n"
            "Puebla\n"
            "Oaxaca de Juárez\n\n"
            "Guatemala\n"
            "Quetzaltenango\n"
            "Antigua Guatemala\n\n"
            "Costa Rica\n"
            "San José\n"
            "Heredia\n"
            "Cartago\n\n"
            "Colombia\n"
            "Medellín\n"
            "Bogotá\n"
            "Santiago de Cali\n"
            "Cartagena\n"
            "Manizales\n\n"
            "Argentina\n"
            "Rosario\n"
            "Córdoba\n"
            "Mendoza\n"
            "Mar del Plata\n"
            "Tandil\n\n"
            "Chile\n"
            "Valparaíso\n"
            "Concepción\n"
            "Temuco\n"
            "Valdivia\n\n"
            "Perú\n"
            "Arequipa\n"
            "Trujillo\n"
            "Cusco\n\n"
            "Ecuador\n"
            "Quito\n"
            "Cuenca\n"
            "Guayaquil\n"
            "Loja\n\n"
            "Bolivia\n"
            "La Paz\n"
            "Cochabamba\n"
            "Sucre\n"
            "Santa Cruz de la Sierra\n\n"
            "Uruguay\n"
            "Paysandú\n"
            "Salto\n"
            "Maldonado"
        ),
        after=(
            "La secretaría técnica de la Red tiene su sede en Montevideo. Si tu municipio desea "
            "adherirse, escríbenos y te enviaremos el formulario de adhesión."
        ),
        expected=(
            "Barcelona/ES; Bilbao/ES; Gernika-Lumo|Guernica/ES; Vitoria-Gasteiz/ES; "
            "San Sebastián|Donostia/ES; Córdoba/ES; Zaragoza/ES; Granollers/ES; "
            "Diputación de Barcelona|Barcelona Province/ES/province; "
            "Lisbon|Lisboa/PT; Porto/PT; Coimbra/PT; "
            "Ciudad Juárez/MX; Guadalajara/MX; Morelia/MX; Puebla/MX; Oaxaca de Juárez|Oaxaca/MX; "
            "Quetzaltenango/GT; Antigua Guatemala/GT; San José/CR; Heredia/CR; Cartago/CR; "
            "Medellín/CO; Bogotá/CO; Santiago de Cali|Cali/CO; Cartagena/CO; Manizales/CO; "
            "Rosario/AR; Córdoba/AR; Mendoza/AR; Mar del Plata/AR; Tandil/AR; Valparaíso/CL; "
            "Concepción/CL; Temuco/CL; Valdivia/CL; Arequipa/PE; Trujillo/PE; Cusco|Cuzco/PE; "
            "Quito/EC; Cuenca/EC; Guayaquil/EC; Loja/EC; La Paz/BO; "
            "Cochabamba/BO; Sucre/BO; Santa Cruz de la Sierra/BO; "
            "Paysandú/UY; Salto/UY; Maldonado/UY"
        ),
    ),
    Page(
        name="it-r61a-citta-creative-numerato-sigla-ambito",
        language="it",
        kinds="numbered;state_codes;columns_after;body_not_city;not_signatory;no_country",
        title="Rete italiana delle città creative e dei saperi: l'elenco dei membri",
        date=(2024, 9, 17),
        before=(
            "La Rete italiana delle città creative e dei saperi unisce comuni che investono "
            "nella creatività come motore di sviluppo urbano. Il coordinamento per il biennio "
            "2024-2025 è affidato al Comune di Mantova.\n\n"
            "Membri della Rete (ambito creativo e anno di adesione):"
        ),
        listing=(
            "1. Torino (TO) – Design – 2014\n"
            "2. Parma (PR) – Gastronomia – 2015\n"
            "3. Fabriano (AN) – Artigianato e arti popolari – 2015\n"
            "4. Pesaro (PU) – Musica – 2017\n"
            "5. Carrara (MS) – Artigianato e arti popolari – 2017\n"
            "6. Alba (CN) – Gastronomia – 2017\n"
            "7. Biella (BI) – Artigianato e arti popolari – 2019\n"
            "8. Como (CO) – Artigianato e arti popolari – 2021\n"
            "9. Bergamo (BG) – Gastronomia – 2019\n"
            "10. Città metropolitana di Bologna (BO) – Musica – 2022\n"
            "11. Lecce (LE) – Letteratura – 2023\n"
            "12. Trieste (TS) – Letteratura – 2023"
        ),
        after=(
            "Per aderire alla Rete è necessaria una delibera di Giunta. La segreteria organizza "
            "ogni anno un incontro nazionale: il prossimo si terrà a Matera."
        ),
        expected=(
            "Torino|Turin/IT; Parma/IT; Fabriano/IT; Pesaro/IT; Carrara/IT; Alba/IT; Biella/IT; "
            "Como/IT; Bergamo/IT; "
            "Città metropolitana di Bologna|Metropolitan City of Bologna/IT/metropolitan area; "
            "Lecce/IT; Trieste/IT"
        ),
    ),
    Page(
        name="pt-r61a-cidades-irmas-cards-prefeitura-uf",
        language="pt",
        kinds="one_a_line;state_codes;columns_after;body_not_city;person_named_like_place",
        title="Associação Brasileira de Cidades-Irmãs: municípios associados",
        date=(2024, 8, 12),
        before=(
            "A Associação Brasileira de Cidades-Irmãs apoia os municípios na criação e na "
            "gestão de acordos de cooperação internacional. A presidente da associação, "
            "Vitória Santos Andrade, apresentou em agosto o novo guia de geminação.\n\n"
            "Conheça os municípios associados"
        ),
        listing=(
            "Prefeitura Municipal de Curitiba\nCuritiba · PR\nAcordos ativos: 12\nVer perfil\n\n"
            "Prefeitura Municipal de Londrina\nLondrina · PR\nAcordos ativos: 5\nVer perfil\n\n"
            "Prefeitura Municipal de Maringá\nMaringá · PR\nAcordos ativos: 4\nVer perfil\n\n"
            "Prefeitura Municipal de Joinville\nJoinville · SC\nAcordos ativos: 6\nVer perfil\n\n"
            "Prefeitura Municipal de Blumenau\nBlumenau · SC\nAcordos ativos: 3\nVer perfil\n\n"
            "Prefeitura Municipal de Campinas\nCampinas · SP\nAcordos ativos: 9\nVer perfil\n\n"
            "Prefeitura Municipal de Santos\nSantos · SP\nAcordos ativos: 11\nVer perfil\n\n"
            "Prefeitura Municipal de Sorocaba\nSorocaba · SP\nAcordos ativos: 2\nVer perfil\n\n"
            "Consórcio Intermunicipal Grande ABC\nSanto André · SP\nAcordos ativos: 3\n"
            "Ver perfil\n\n"
            "Prefeitura Municipal de Porto Alegre\nPorto Alegre · RS\nAcordos ativos: 10\n"
            "Ver perfil\n\n"
            "Prefeitura Municipal de Caxias do Sul\nCaxias do Sul · RS\nAcordos ativos: 4\n"
            "Ver perfil\n\n"
            "Prefeitura Municipal de Belo Horizonte\nBelo Horizonte · MG\nAcordos ativos: 8\n"
            "Ver perfil\n\n"
            "Prefeitura Municipal de Juiz de Fora\nJuiz de Fora · MG\nAcordos ativos: 2\n"
            "Ver perfil\n\n"
            "Prefeitura da Cidade do Recife\nRecife · PE\nAcordos ativos: 7\nVer perfil"
        ),
        after=(
            "Seu município ainda não é associado? Preencha o formulário de adesão. A sede da "
            "associação fica em Brasília (DF)."
        ),
        expected=(
            "Curitiba/BR; Londrina/BR; Maringá/BR; Joinville/BR; Blumenau/BR; Campinas/BR; "
            "Santos/BR; Sorocaba/BR; "
            "Consórcio Intermunicipal Grande ABC|Grande ABC/BR/union of municipalities; "
            "Porto Alegre/BR; Caxias do Sul/BR; Belo Horizonte/BR; Juiz de Fora/BR; Recife/BR"
        ),
        note="the consórcio's card gives its seat, Santo André, on the line under it",
    ),
    Page(
        name="nl-r61a-klimaat-tabtabel-provincie-regio",
        language="nl",
        kinds="table_tabs;region_after;region_like_country;columns_after;body_not_city;no_country",
        title="Netwerk Klimaatneutrale Gemeenten: deelnemers",
        date=(2025, 4, 1),
        before=(
            "Het Netwerk Klimaatneutrale Gemeenten is een samenwerking van gemeenten en regio's "
            "die uiterlijk in 2040 klimaatneutraal willen zijn. Deelnemers delen hun "
            "warmteplannen en rapporteren jaarlijks over hun CO2-uitstoot.\n\n"
            "Overzicht deelnemers"
        ),
        listing=(
            "Gemeente\tProvincie\tInwoners\tLid sinds\n"
            "Utrecht\tUtrecht\t367.984\t2019\n"
            "Groningen\tGroningen\t238.147\t2019\n"
            "Nijmegen\tGelderland\t181.229\t2019\n"
            "Zwolle\tOverijssel\t132.411\t2020\n"
            "Leeuwarden\tFriesland\t125.778\t2020\n"
            "Delft\tZuid-Holland\t104.958\t2020\n"
            "Haarlem\tNoord-Holland\t162.902\t2021\n"
            "Tilburg\tNoord-Brabant\t224.459\t2021\n"
            "'s-Hertogenbosch\tNoord-Brabant\t158.729\t2021\n"
            "Maastricht\tLimburg\t122.378\t2022\n"
            "Middelburg\tZeeland\t49.388\t2022\n"
            "Almere\tFlevoland\t222.825\t2022\n"
            "Assen\tDrenthe\t69.433\t2023\n"
            "Regio Twente\tOverijssel\t633.000\t2023"
        ),
        after=(
            "Wilt u met uw gemeente aansluiten? Neem contact op met het netwerkbureau in "
            "Amersfoort."
        ),
        expected=(
            "Utrecht/NL; Groningen/NL; Nijmegen/NL; Zwolle/NL; Leeuwarden/NL; Delft/NL; "
            "Haarlem/NL; Tilburg/NL; 's-Hertogenbosch|Den Bosch/NL; Maastricht/NL; "
            "Middelburg/NL; Almere|Almere Stad/NL; Assen/NL; "
            "Regio Twente|Twente/NL/union of municipalities"
        ),
    ),
    Page(
        name="pl-r61a-zdrowe-miasta-pdf-naglowki-dopelniacz",
        language="pl",
        kinds="one_a_line;inflected;broken_lines;person_before;person_named_like_place;body_not_city;no_country",
        title="Deklaracja Zdrowych Miast Polskich 2024",
        date=(2024, 5, 20),
        before=(
            "Stowarzyszenie Zdrowe Miasta Polskie publikuje tekst deklaracji przyjętej podczas "
            "zgromadzenia w Płocku. Poniżej kopia dokumentu w formacie PDF.\n\n"
            "My, niżej podpisani przedstawiciele samorządów, zobowiązujemy się do uwzględ-\n"
            "niania zdrowia we wszystkich politykach miejskich, do wspierania aktywności fizycz-\n"
            "nej mieszkańców oraz do ograniczania zanieczyszczenia powietrza.\n\n"
            "Podpisy:"
        ),
        listing=(
            "Anna Wiśniewska\nPrezydent Miasta Krakowa\n\n"
            "Tomasz Zieliński\nPrezydent Miasta Gdańska\n\n"
            "Katarzyna Mazur\nPrezydent Miasta Łodzi\n\n"
            "Stowarzyszenie Zdrowe Miasta Polskie – Deklaracja 2024            str. 2\n\n"
            "Paweł Lis\nPrezydent Miasta Lubli-\nna\n\n"
            "Joanna Krawczyk\nPrezydent Miasta Białego-\nstoku\n\n"
            "Michał Dąbrowski\nPrezydent Mia-\nsta Bydgoszczy\n\n"
            "Marek Kalisz\nPrezydent Miasta Torunia\n\n"
            "Stowarzyszenie Zdrowe Miasta Polskie – Deklaracja 2024            str. 3\n\n"
            "Agnieszka Wójcik\nPrezydent Miasta Rzeszowa\n\n"
            "Krzysztof Pawlak\nPrezydent Miasta Opola\n\n"
            "Ewa Sikora\nPrezydent Miasta Kielc\n\n"
            "Barbara Nowak-Leszno\nBurmistrz Wieliczki\n\n"
            "Jan Kowalczyk\nMarszałek Województwa Pomor-\nskiego"
        ),
        after=(
            "Stowarzyszenie Zdrowe Miasta Polskie – Deklaracja 2024            str. 4\n\n"
            "Deklaracja pozostaje otwarta do podpisu dla wszystkich członków Stowarzyszenia. "
            "Gospodarzem zgromadzenia był Prezydent Miasta Płocka."
        ),
        expected=(
            "Kraków|Krakow/PL; Gdańsk/PL; Łódź/PL; Lublin/PL; Białystok/PL; Bydgoszcz/PL; "
            "Toruń/PL; Rzeszów/PL; Opole/PL; Kielce/PL; Wieliczka/PL; "
            "Województwo Pomorskie|Pomeranian Voivodeship|Pomorskie/PL/region"
        ),
    ),
    Page(
        name="sv-r61a-smarta-stader-namn-titel-kommun",
        language="sv",
        kinds="one_a_line;person_before;person_named_like_place;inflected;body_not_city;no_country",
        title="Smarta städer Sverige: avsiktsförklaring om öppna data",
        date=(2024, 12, 4),
        before=(
            "Nätverket Smarta städer Sverige har antagit en gemensam avsiktsförklaring om öppna "
            "data och digital infrastruktur. Kommunerna och regionen förbinder sig att "
            "publicera sina data enligt nätverkets gemensamma specifikationer senast 2026.\n\n"
            "Avsiktsförklaringen har undertecknats av:"
        ),
        listing=(
            "Anna Lund, kommunstyrelsens ordförande, Umeå kommun\n"
            "Johan Berg, kommunstyrelsens ordförande, Linköpings kommun\n"
            "Per Mora, kommunalråd, Västerås stad\n"
            "Sara Lindqvist, kommunstyrelsens ordförande, Örebro kommun\n"
            "Mikael Holm, kommunstyrelsens ordförande, Göteborgs Stad\n"
            "Elin Sandberg, kommunalråd, Helsingborgs stad\n"
            "Lars Nyström, kommunstyrelsens ordförande, Luleå kommun\n"
            "Maria Ek, kommunstyrelsens ordförande, Karlstads kommun\n"
            "Fredrik Åkesson, kommunstyrelsens ordförande, Borås Stad\n"
            "Karin Sjöberg, regionstyrelsens ordförande, Region Skåne"
        ),
        after=(
            "Nätverkets kansli finns hos Sveriges Kommuner och Regioner i Stockholm. Fler "
            "kommuner väntas skriva under under våren."
        ),
        expected=(
            "Umeå/SE; Linköping/SE; Västerås/SE; Örebro/SE; Göteborg|Gothenburg/SE; "
            "Helsingborg/SE; Luleå/SE; Karlstad/SE; Borås/SE; Region Skåne|Skåne/SE/region"
        ),
    ),
    Page(
        name="cs-r61a-mesta-miru-running-a-genitiv-kraj",
        language="cs",
        kinds="running_text;inflected;body_not_city;not_signatory;person_named_like_place;no_country",
        title="Města míru podepsala výzvu k nenásilnému řešení konfliktů",
        date=(2025, 3, 3),
        before=(
            "Česká síť Měst míru se sešla na svém výročním setkání v Ostravě, kde přijala "
            "společnou výzvu k podpoře mírového vzdělávání na školách a k dialogu mezi "
            "komunitami."
        ),
        listing=(
            "Výzvu podepsali primátoři a starostové Brna, Olomouce, Plzně, Liberce, Hradce "
            "Králové, Českých Budějovic, Zlína a Jihlavy a hejtman Jihomoravského kraje."
        ),
        after=(
            "\u201eMír začíná v našich ulicích a školách,\u201c řekl koordinátor sítě Pavel "
            "Tábor. Hostitelské město Ostrava připravilo pro účastníky doprovodný program v "
            "Dolní oblasti Vítkovice.\n\n"
            "Příští setkání se uskuteční v Pardubicích."
        ),
        expected=(
            "Brno/CZ; Olomouc/CZ; Plzeň|Pilsen/CZ; Liberec/CZ; Hradec Králové/CZ; "
            "České Budějovice/CZ; Zlín/CZ; Jihlava/CZ; "
            "Jihomoravský kraj|South Moravian Region/CZ/region"
        ),
    ),
    Page(
        name="ro-r61a-orase-incluzive-numerotat-judet-adi",
        language="ro",
        kinds="numbered;region_after;columns_after;body_not_city;no_country",
        title="Rețeaua Orașelor Incluzive: membrii rețelei",
        date=(2024, 7, 9),
        before=(
            "Rețeaua Orașelor Incluzive reunește autorități locale care dezvoltă servicii pentru "
            "integrarea migranților și a persoanelor returnate. Membrii schimbă bune practici "
            "și participă la programul anual de formare.\n\n"
            "Lista membrilor (cu anul aderării):"
        ),
        listing=(
            "1. Municipiul Cluj-Napoca, județul Cluj – 2018\n"
            "2. Municipiul Timișoara, județul Timiș – 2018\n"
            "3. Municipiul Iași, județul Iași – 2018\n"
            "4. Municipiul Brașov, județul Brașov – 2019\n"
            "5. Municipiul Sibiu, județul Sibiu – 2019\n"
            "6. Municipiul Oradea, județul Bihor – 2019\n"
            "7. Municipiul Constanța, județul Constanța – 2020\n"
            "8. Municipiul Craiova, județul Dolj – 2020\n"
            "9. Consiliul Județean Timiș – 2020\n"
            "10. Municipiul Alba Iulia, județul Alba – 2021\n"
            "11. Municipiul Bistrița, județul Bistrița-Năsăud – 2021\n"
            "12. Municipiul Târgu Mureș, județul Mureș – 2022\n"
            "13. Asociația de Dezvoltare Intercomunitară Zona Metropolitană Brașov – 2022\n"
            "14. Municipiul Suceava, județul Suceava – 2023\n"
            "15. Municipiul Baia Mare, județul Maramureș – 2023\n"
            "16. Municipiul Galați, județul Galați – 2024"
        ),
        after=(
            "Secretariatul rețelei funcționează la București. Autoritățile interesate pot "
            "trimite o scrisoare de intenție până la 31 octombrie."
        ),
        expected=(
            "Cluj-Napoca/RO; Timișoara/RO; Iași/RO; Brașov/RO; Sibiu/RO; Oradea/RO; "
            "Constanța/RO; Craiova/RO; Consiliul Județean Timiș|Timiș County|Timiș/RO/county; "
            "Alba Iulia/RO; Bistrița/RO; Târgu Mureș/RO; "
            "Zona Metropolitană Brașov|Brașov Metropolitan Area/RO/metropolitan area; "
            "Suceava/RO; Baia Mare/RO; Galați/RO"
        ),
    ),
    Page(
        name="tr-r61a-kardes-sehirler-sehir-ulke-exonym-birlik",
        language="tr",
        kinds="one_a_line;country_in_language;columns_after;body_not_city",
        title="Kardeş Şehirler Ağı ortak bildirisi: imzacı belediyeler",
        date=(2024, 10, 29),
        before=(
            "Kardeş Şehirler Ağı, üye belediyeler arasında kültür, eğitim ve kentsel hizmetler "
            "alanındaki iş birliğini güçlendirmek amacıyla ortak bir bildiri yayımladı. Bildiri "
            "aşağıdaki belediyeler ve kuruluşlar tarafından imzalanmıştır:"
        ),
        listing=(
            "Eskişehir, Türkiye – 2012'den beri üye\n"
            "Konya, Türkiye – 2012'den beri üye\n"
            "Kazan, Rusya – 2013'ten beri üye\n"
            "Bakü, Azerbaycan – 2013'ten beri üye\n"
            "Gence, Azerbaycan – 2015'ten beri üye\n"
            "Astana, Kazakistan – 2014'ten beri üye\n"
            "Türkistan, Kazakistan – 2016'dan beri üye\n"
            "Bişkek, Kırgızistan – 2014'ten beri üye\n"
            "Oş, Kırgızistan – 2017'den beri üye\n"
            "Semerkant, Özbekistan – 2018'den beri üye\n"
            "Buhara, Özbekistan – 2018'den beri üye\n"
            "Aşkabat, Türkmenistan – 2019'dan beri üye\n"
            "Prizren, Kosova – 2016'dan beri üye\n"
            "Üsküp, Kuzey Makedonya – 2015'ten beri üye\n"
            "Saraybosna, Bosna-Hersek – 2014'ten beri üye\n"
            "Marmara Belediyeler Birliği, Türkiye – 2019'dan beri üye"
        ),
        after=(
            "Bildiri, ağın İstanbul'da düzenlenen yıllık toplantısında kabul edildi. Ağın "
            "sekreteryası Ankara'dadır."
        ),
        expected=(
            "Eskişehir/TR; Konya/TR; Kazan/RU; Baku|Bakü/AZ; Ganja|Gence/AZ; Astana/KZ; "
            "Turkistan|Türkistan/KZ; Bishkek|Bişkek/KG; Osh|Oş/KG; Samarkand|Semerkant/UZ; "
            "Bukhara|Buhara/UZ; Ashgabat|Aşkabat/TM; Prizren/XK; Skopje|Üsküp/MK; "
            "Sarajevo|Saraybosna/BA; "
            "Marmara Belediyeler Birliği|Union of Marmara Municipalities/TR/union of municipalities"
        ),
    ),
]

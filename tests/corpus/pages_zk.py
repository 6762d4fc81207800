"""Hand-written pages, batch zk: held out before round 18 (branch acczk), written without
reading the reader or other batches (beyond pages_s.py's first pages). What staff of global
and regional city networks outside Europe would paste: 7 statements (an open letter of US
mayors, an East African summit communiqué, an Australian and New Zealand joint statement, a
Mexican declaration named after its host, a West African communiqué's signatory table, an
Arabic final statement in running text, a Japanese joint statement) and 7 member pages (a
Canadian programme's new participants in a tab table with province codes, a South Asian annual
report's annex copied from a PDF, an Andean programme's participating cities as cards, a
Brazilian award's winners by category, Russian new members in genitives, a Turkish member
directory of cards, Indonesian regional chapters with provinces before the cities). Invented
texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-us-open-letter-mayor-over-city-state",
        "en",
        "one_a_line;person_before;region_after;region_like_country;not_signatory;"
        "person_named_like_place",
        "Mayors urge Congress to protect transit operating funds",
        (2025, 9, 16),
        "Home / Advocacy / Letters to Congress\n\nLETTER | Transportation & Infrastructure\n\n"
        "Dear Chairman Whitcomb, Ranking Member Alvarez and Members of the Committee:\n\n"
        "As mayors of cities large and small, red and blue, we write to urge you to protect "
        "federal support for transit operations in the surface transportation reauthorization. "
        "The Infrastructure Investment and Jobs Act gave our cities the means to buy new buses "
        "and rebuild stations, but riders do not ride capital grants: they ride buses that run "
        "every ten minutes, driven by operators we can afford to hire.\n\n"
        "When mayors met at our Fall Leadership Meeting in Baltimore last month, transit "
        "agencies from Seattle to Miami told us the same story. Ridership is back above 80 "
        "percent of 2019 levels, but operating budgets face a cliff in 2026. Without action, "
        "service cuts will fall hardest on the nurses, students and shift workers who have no "
        "other way to get to work.\n\n"
        "We ask Congress to:\n"
        "• make operating costs an eligible expense under the Urbanized Area Formula Program "
        "for agencies of every size;\n"
        "• fund the Transit Workforce Center at its authorized level; and\n"
        "• keep the Federal Transit Administration's bus programs at no less than FY2025 "
        "levels.\n\n"
        "We stand ready to work with you.\n\nSincerely,",
        "Mayor Denise Carter\nColumbus, Ohio\n\n"
        "Mayor Austin Bell\nTucson, Arizona\n\n"
        "Mayor Rebecca Linwood\nPortland, Maine\n\n"
        "Mayor Tom Okafor\nEugene, Oregon\n\n"
        "Mayor Luis Navarro\nAurora, Colorado\n\n"
        "Mayor Patricia Greene\nSpringfield, Illinois\n\n"
        "Mayor Hannah Sorensen\nMadison, Wisconsin\n\n"
        "Mayor Marcus Hill\nLouisville, Kentucky\n\n"
        "Mayor Savannah Price\nAthens-Clarke County, Georgia\n\n"
        "Mayor Ahmed Warsame\nMinneapolis, Minnesota\n\n"
        "Mayor Kim Vang\nSaint Paul, Minnesota\n\n"
        "Mayor Darnell Brooks\nKansas City, Missouri\n\n"
        "Mayor Elena Baca\nAlbuquerque, New Mexico\n\n"
        "Mayor Jordan Wells\nDurham, North Carolina\n\n"
        "Mayor Kevin Thornton\nRichmond, Virginia\n\n"
        "Mayor Claire Dubois\nAnn Arbor, Michigan\n\n"
        "Mayor Megan Foster\nBoise, Idaho\n\n"
        "Mayor Ryan Christiansen\nSalt Lake City, Utah\n\n"
        "Mayor Brett Sullivan\nProvidence, Rhode Island\n\n"
        "Mayor Emma Rouleau\nBurlington, Vermont\n\n"
        "Mayor Victoria Lund\nTacoma, Washington\n\n"
        "Mayor Gregory Haines\nPittsburgh, Pennsylvania\n\n"
        "Mayor Renée Batiste\nNew Orleans, Louisiana\n\n"
        "Mayor Carlos Mendoza\nEl Paso, Texas",
        "cc: The Honorable Secretary of Transportation\n\n"
        "Download the letter (PDF)\n\n"
        "This letter was coordinated by the Conference's Washington, D.C. office. Mayors who "
        "wish to add their name can write to Federal Affairs.\n\n"
        "MORE FROM ADVOCACY\n"
        "Mayors of Phoenix and Dallas testify on extreme heat funding\n"
        "Sept. 4, 2025\n"
        "Housing task force visits Charlotte and Denver\n"
        "Aug. 28, 2025",
        "Columbus/US; Tucson/US; Portland/US; Eugene/US; Aurora/US; Springfield/US; "
        "Madison/US; Louisville/US; Athens/US; Minneapolis/US; Saint Paul/US; Kansas City/US; "
        "Albuquerque/US; Durham/US; Richmond/US; Ann Arbor/US; Boise/US; Salt Lake City/US; "
        "Providence/US; Burlington/US; Tacoma/US; Pittsburgh/US; New Orleans/US; El Paso/US",
        "a letter's signatures, `Mayor Name` over `City, State` in full (Portland, Maine, not "
        "Oregon; Athens-Clarke County, Georgia; Washington the state), mayors named "
        "Austin, Savannah, Jordan, Victoria; Baltimore the meeting, Seattle and Miami in the "
        "text, Washington, D.C. the office, Phoenix, Dallas, Charlotte, Denver in related news",
    ),
    Page(
        "en-ca-new-participants-tab-table-province-codes",
        "en",
        "table_tabs;columns_after;state_codes;no_country;body_not_city;not_signatory;"
        "person_named_like_place",
        "16 municipalities join the Municipal Climate Partners program",
        (2025, 6, 3),
        "News | Municipal Climate Partners\n\n"
        "OTTAWA — Sixteen municipalities and one regional district from coast to coast to coast "
        "joined the Municipal Climate Partners program this spring, bringing the program to 512 "
        "participating local governments that represent more than 70 per cent of people in "
        "Canada.\n\n"
        "New participants pass a council resolution committing to the program's five-milestone "
        "framework: creating a greenhouse gas inventory, setting targets, developing a local "
        "action plan, implementing it and monitoring results.\n\n"
        '"Joining was an easy decision for our council," said Councillor Regina Moss, who '
        "chairs Saskatoon's environment committee. \"We've already done our inventory; now we "
        'want the peer network to help us deliver."\n\n'
        "The program is delivered by the Federation's national office in Ottawa in partnership "
        "with the Canadian office of a global network of local governments based in Toronto.\n\n"
        "New participants, March–May 2025\n\n"
        "Search the table\nShow 25 entries",
        "Municipality\tProvince/Territory\tPopulation (2021)\tMilestone reached\n"
        "City of Saskatoon\tSK\t266,141\tMilestone 1\n"
        "Ville de Sherbrooke\tQC\t172,950\tMilestone 1\n"
        "Town of Canmore\tAB\t15,990\tJoined\n"
        "Halifax Regional Municipality\tNS\t439,819\tMilestone 2\n"
        "City of Whitehorse\tYT\t28,201\tJoined\n"
        "Town of Happy Valley-Goose Bay\tNL\t8,040\tJoined\n"
        "City of Iqaluit\tNU\t7,429\tJoined\n"
        "District of Squamish\tBC\t23,819\tMilestone 1\n"
        "City of Charlottetown\tPE\t38,809\tJoined\n"
        "City of Fredericton\tNB\t63,116\tMilestone 1\n"
        "Ville de Rimouski\tQC\t48,935\tJoined\n"
        "City of Brandon\tMB\t51,313\tJoined\n"
        "City of Kamloops\tBC\t97,902\tMilestone 2\n"
        "Town of Cobourg\tON\t20,519\tJoined\n"
        "City of Yellowknife\tNT\t20,340\tMilestone 1\n"
        "Metro Vancouver Regional District\tBC\t2,642,825\tMilestone 3\n"
        "City of Sault Ste. Marie\tON\t72,051\tJoined",
        "Showing 1 to 17 of 17 entries\nPrevious 1 Next\n\n"
        "Interested in joining? Read the program guide or contact the program team.\n\n"
        "Related\n"
        "Edmonton and Guelph reach Milestone 5\n"
        "Funding call: community energy plans for small and rural municipalities",
        "Saskatoon/CA; Sherbrooke/CA; Canmore/CA; Halifax/CA; Whitehorse/CA; "
        "Happy Valley-Goose Bay/CA; Iqaluit/CA; Squamish/CA; Charlottetown/CA; Fredericton/CA; "
        "Rimouski/CA; Brandon/CA; Kamloops/CA; Cobourg/CA; Yellowknife/CA; "
        "Metro Vancouver|Metro Vancouver Regional District/CA/metropolitan area; "
        "Sault Ste. Marie/CA",
        "a tab table of official names (`Town of`, `Ville de`, `District of`, `Regional "
        "Municipality`) with province codes that are countries' (SK, NL, PE) and a "
        "regional district; Ottawa the office, Toronto a partner, a councillor named Regina, "
        "Edmonton and Guelph in related news",
    ),
    Page(
        "en-ea-summit-communique-his-worship-blocks",
        "en",
        "person_before;region_heading;country_in_language;not_signatory",
        "Communiqué of the 6th East African Mayors' Summit",
        (2025, 11, 21),
        "Home > Resources > Declarations & Communiqués\n\n"
        "KAMPALA COMMUNIQUÉ ON CLIMATE-RESILIENT SECONDARY CITIES\n\n"
        "We, the Mayors and Leaders of Local Governments of the East African Community and the "
        "Horn of Africa, meeting at the Speke Resort, Munyonyo, Kampala, Republic of Uganda, "
        "from 18th to 20th November 2025 for the 6th East African Mayors' Summit under the "
        'theme "Secondary Cities, First Responders", hosted by the Lord Mayor of the Kampala '
        "Capital City Authority:\n\n"
        "RECALLING the Nairobi Declaration on Climate Change adopted at the Africa Climate "
        "Summit and the African Union Convention for the Protection and Assistance of "
        "Internally Displaced Persons in Africa (Kampala Convention);\n\n"
        "NOTING that the secondary cities of our region are growing at more than 4 per cent a "
        "year, and that floods in the Lake Victoria basin displaced more than 200,000 people "
        "in 2024;\n\n"
        "APPRECIATING the support of the East African Community Secretariat in Arusha and of "
        "our development partners;\n\n"
        "HEREBY COMMIT to:\n"
        "1. Prepare or update a climate risk and vulnerability assessment for each of our "
        "cities by December 2026;\n"
        "2. Reserve at least 5 per cent of our development budgets for drainage, green "
        "infrastructure and early warning;\n"
        "3. Share data on floods and droughts through the regional urban observatory;\n"
        "4. Meet again at the 7th Summit, which the Summit agreed to hold in Bujumbura, "
        "Republic of Burundi, in 2027.\n\n"
        "Signed at Kampala on this 20th day of November 2025.\n\n"
        "FOR THE REPUBLIC OF KENYA",
        "H.W. Grace Achieng Odhiambo\nMayor, Kisumu City\n\n"
        "H.W. David Kiprop Rotich\nMayor, Eldoret City\n\n"
        "H.W. Susan Wambui Njoroge\nDeputy Mayor, Nakuru City (on behalf of the Mayor)\n\n"
        "FOR THE REPUBLIC OF UGANDA\n\n"
        "H.W. Peter Okello\nMayor, Gulu City\n\n"
        "H.W. Fatuma Nabirye\nMayor, Jinja City\n\n"
        "H.W. Robert Tumwine\nMayor, Mbarara City\n\n"
        "FOR THE UNITED REPUBLIC OF TANZANIA\n\n"
        "Mstahiki Meya Joseph Massawe\nMayor, Moshi Municipal Council\n\n"
        "Mstahiki Meya Neema Mollel\nMayor, Mwanza City Council\n\n"
        "Mstahiki Meya Hassan Juma\nMayor, Dodoma City Council\n\n"
        "FOR THE REPUBLIC OF RWANDA\n\n"
        "Hon. Claudine Uwase\nMayor, Musanze District\n\n"
        "FOR THE REPUBLIC OF SOUTH SUDAN\n\n"
        "Hon. Mary Ayen Deng\nMayor, Juba City Council\n\n"
        "FOR THE FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA\n\n"
        "Ato Tesfaye Bekele\nMayor, Hawassa City Administration",
        "Download the signed communiqué (PDF, 1.4 MB)\n\n"
        "Share this\n\n"
        "Latest from the network\n"
        "Mombasa and Zanzibar launch a coastal cities learning exchange\n"
        "Kigali hosts the regional workshop on urban data",
        "Kisumu/KE; Eldoret/KE; Nakuru/KE; Gulu/UG; Jinja/UG; Mbarara/UG; Moshi/TZ; "
        "Mwanza/TZ; Dodoma/TZ; Musanze/RW; Juba/SS; Hawassa|Awasa/ET",
        "signature blocks `H.W. Name` / `Mayor, X City` under `FOR THE REPUBLIC OF ...` "
        "headings (a deputy on behalf of the mayor, a district, a city administration); "
        "Kampala the host and venue, Munyonyo the venue, the Nairobi Declaration, the Kampala "
        "Convention, Arusha the secretariat, Bujumbura the next host, Mombasa, Zanzibar and "
        "Kigali in related news",
    ),
    Page(
        "en-sa-annual-report-annex-members-pdf-country",
        "en",
        "one_a_line;region_heading;broken_lines;not_signatory",
        "Annual Report 2024–25: Annex 2, member local governments",
        (2025, 8, 12),
        "Publications / Annual reports\n\n"
        "The full annual report can be downloaded below. The list of members is reproduced "
        "here for convenience.\n\n"
        "ANNEX 2\n"
        "MEMBER LOCAL GOVERNMENTS IN SOUTH ASIA (AS OF 31 MARCH 2025)\n\n"
        "Full members are local governments that pay the annual membership fee and have "
        "voting rights at the Regional Executive Committee. The South Asia Secretariat is "
        "hosted in New Delhi; the country office for Bangladesh is in Dhaka.",
        "INDIA\n"
        "Municipal Corporation of Greater Mumbai, Maharashtra\n"
        "Greater Chennai Corporation, Tamil Nadu\n"
        "Bruhat Bengaluru Mahanagara Palike, Karnataka\n"
        "Pune Municipal Corporation, Maharashtra\n"
        "Surat Municipal Corporation, Gujarat\n"
        "Rajkot Municipal Corporation, Gujarat\n"
        "Indore Municipal Corporation, Madhya Pradesh\n"
        "Kochi Municipal Corporation, Kerala\n"
        "Thiruvananthapuram Municipal Corporation,\n"
        "Kerala\n"
        "Shimla Municipal Corporation, Himachal Pradesh\n"
        "Gangtok Municipal Corporation, Sikkim\n"
        "Udaipur Municipal Corporation, Rajasthan\n"
        "Bhubaneswar Municipal Corporation, Odisha\n"
        "Guwahati Municipal Corporation, Assam\n\n"
        "ANNUAL REPORT 2024–25 | 57\n\n"
        "Siliguri Municipal Corporation, West Bengal\n"
        "Nagpur Municipal Corporation, Maharashtra\n\n"
        "BANGLADESH\n"
        "Dhaka South City Corporation\n"
        "Chattogram City Corporation\n"
        "Khulna City Corporation\n"
        "Rajshahi City Corporation\n"
        "Sylhet City Corporation\n\n"
        "NEPAL\n"
        "Kathmandu Metropolitan City\n"
        "Lalitpur Metropolitan City\n"
        "Pokhara Metropolitan City\n"
        "Dharan Sub-Metropolitan City\n\n"
        "SRI LANKA\n"
        "Colombo Municipal Council\n"
        "Kandy Municipal Council\n"
        "Galle Municipal Council\n"
        "Jaffna Municipal Council\n\n"
        "BHUTAN\n"
        "Thimphu Thromde\n\n"
        "MALDIVES\n"
        "Malé City Council\n\n"
        "ASSOCIATE MEMBERS (NON-VOTING)\n"
        "National Institute of Urban Affairs, New Delhi\n"
        "Centre for Environment Planning and Technology University, Ahmedabad\n"
        "Bangladesh Institute of Planners, Dhaka",
        "58 | ANNUAL REPORT 2024–25\n\n"
        "Download the Annual Report 2024–25 (PDF, 9.8 MB)\n"
        "Download Annex 2 only (PDF, 210 KB)",
        "Mumbai/IN; Chennai/IN; Bengaluru|Bangalore/IN; Pune/IN; Surat/IN; Rajkot/IN; "
        "Indore/IN; Kochi/IN; Thiruvananthapuram/IN; Shimla/IN; Gangtok/IN; Udaipur/IN; "
        "Bhubaneswar/IN; Guwahati/IN; Siliguri/IN; Nagpur/IN; Dhaka/BD; Chattogram/BD; "
        "Khulna/BD; Rajshahi/BD; Sylhet/BD; Kathmandu/NP; Lalitpur|Pātan/NP; Pokhara/NP; "
        "Dharan/NP; Colombo/LK; Kandy/LK; Galle/LK; Jaffna/LK; Thimphu/BT; Malé|Male/MV",
        "an annual report's annex copied from a PDF: official names (`Municipal Corporation "
        "of Greater Mumbai`, `Bruhat Bengaluru Mahanagara Palike`, `Thimphu Thromde`) with the "
        "state after a comma, one broken over two lines, country headings in capitals, a "
        "running header between entries, associate institutes in New Delhi, Ahmedabad and "
        "Dhaka that are not members; New Delhi the secretariat",
    ),
    Page(
        "en-au-nz-joint-statement-cr-mayor-council-maori",
        "en",
        "one_a_line;person_before;no_country;not_signatory;named_twice",
        "Joint statement: coastal councils call for a national adaptation fund",
        (2025, 10, 8),
        "Home › Media › Statements\n\n"
        "Australian and New Zealand coastal councils have issued a joint statement ahead of the "
        "COP31 negotiations, calling on both national governments to establish a dedicated, "
        "long-term fund for coastal adaptation.\n\n"
        "The statement was agreed at the Coastal Councils Forum held on Kaurna Country in "
        "Adelaide, hosted by the Lord Mayor of Adelaide, and is coordinated by the network's "
        "Oceania secretariat in Melbourne.\n\n"
        "JOINT STATEMENT\n\n"
        "Our communities are on the front line. Storm surges, king tides and erosion are "
        "already damaging roads, seawalls, surf clubs and homes, and councils are paying for "
        "repairs from rates that cannot keep up. We ask the Australian and New Zealand "
        "Governments to:\n"
        "– establish a national coastal adaptation fund of at least A$500 million / "
        "NZ$300 million a year;\n"
        "– give councils clear legal protection when they act on the best available science;\n"
        "– share hazard mapping and sea-level data with every council at no cost.\n\n"
        "Signatories",
        "Lord Mayor Cr Helen Brasher, City of Hobart (TAS)\n"
        "Lord Mayor Cr Damien Pryce, City of Newcastle (NSW)\n"
        "Mayor Cr Leanne Corbett, Townsville City Council (QLD)\n"
        "Mayor Cr Tamsin Reilly, Cairns Regional Council (QLD)\n"
        "Mayor Gemma Aldous, City of Fremantle (WA)\n"
        "Mayor Cr Owen Tilley, Bega Valley Shire Council (NSW)\n"
        "Mayor Cr Peter Darwin, City of Port Lincoln (SA)\n"
        "Mayor Cr Sally Geelong-Hart, Warrnambool City Council (VIC)\n"
        "Mayor Aroha Pene, Wellington City Council | Te Kaunihera o Pōneke\n"
        "Mayor Graham Tulloch, Christchurch City Council | Te Kaunihera o Ōtautahi\n"
        "Mayor Fiona McCrae, Dunedin City Council | Kaunihera-a-rohe o Ōtepoti\n"
        "Mayor Rawiri Hemara, Nelson City Council | Te Kaunihera o Whakatū\n"
        "Mayor Joanne Whitlow, Napier City Council | Te Kaunihera o Ahuriri\n"
        "Mayor Stuart Kettle, Tauranga City Council | Te Kaunihera o Tauranga Moana",
        "Supported by\n"
        "Local Government Association of South Australia\n"
        "Coastal Councils Network Aotearoa (observer)\n\n"
        "Media contact: media@example.org.au\n\n"
        "Read next\n"
        "Gold Coast and Sunshine Coast share beach nourishment data\n"
        "Auckland Council's climate plan: one year on",
        "Hobart/AU; Newcastle/AU; Townsville/AU; Cairns/AU; Fremantle/AU; Bega/AU; "
        "Port Lincoln/AU; Warrnambool/AU; Wellington/NZ; Christchurch/NZ; Dunedin/NZ; "
        "Nelson/NZ; Napier/NZ; Tauranga/NZ",
        "`Mayor Cr Name, City of X (STATE)` and `Mayor Name, X City Council | Te Kaunihera o "
        "<Māori name>` lines, no country; a Shire named after its valley (Bega); mayors "
        "surnamed Darwin and Geelong-Hart; Adelaide the host, Melbourne the secretariat, "
        "Gold Coast, Sunshine Coast and Auckland in related news",
    ),
    Page(
        "es-mx-declaracion-merida-tabla-celda-por-linea-estado",
        "es",
        "one_a_line;person_after;region_after;not_signatory;no_country",
        "Declaración de Mérida: alcaldesas y alcaldes por el agua",
        (2025, 3, 22),
        "Inicio / Comunicados / Declaraciones\n\n"
        "En el marco del Día Mundial del Agua, presidentas y presidentes municipales de 16 "
        "municipios de la República Mexicana firmaron en Mérida, Yucatán, la Declaración de "
        "Mérida por la Gestión Municipal del Agua, durante el Encuentro Nacional de Gobiernos "
        "Locales organizado por la red con el apoyo del Ayuntamiento de Mérida como anfitrión.\n\n"
        "La Declaración retoma los principios del Acuerdo de Escazú sobre acceso a la "
        "información y participación pública en asuntos ambientales, y los compromisos de la "
        "Agenda 2030.\n\n"
        "Las y los firmantes se comprometen a:\n"
        "I. Publicar cada año los datos de calidad, cobertura y pérdidas de agua de su "
        "municipio;\n"
        "II. Reducir las pérdidas físicas en la red al menos 20 % al cierre de su "
        "administración;\n"
        "III. Proteger las zonas de recarga del acuífero en sus programas de desarrollo "
        "urbano;\n"
        "IV. Garantizar el acceso al agua en escuelas, mercados y espacios públicos.\n\n"
        "Municipios firmantes",
        "Municipio\nEstado\nPresidente(a) municipal\n"
        "Aguascalientes\nAguascalientes\nRodrigo Esparza Lugo\n"
        "San Pedro Garza García\nNuevo León\nAdriana Garza Villarreal\n"
        "Querétaro\nQuerétaro\nJorge Luis Arteaga Pérez\n"
        "Puebla\nPuebla\nMaría de Lourdes Guzmán Ríos\n"
        "Oaxaca de Juárez\nOaxaca\nRaúl Benítez Santiago\n"
        "San Pedro Tlaquepaque\nJalisco\nLaura Imelda Cervantes Íñiguez\n"
        "Durango\nDurango\nJosé Antonio Quiñones Rivas\n"
        "Chihuahua\nChihuahua\nAlicia Bustillos Terrazas\n"
        "Hermosillo\nSonora\nErnesto Valenzuela Mazón\n"
        "Tijuana\nBaja California\nHéctor Salgado Beltrán\n"
        "San Francisco de Campeche\nCampeche\nGuadalupe Sarmiento Zavala\n"
        "Morelia\nMichoacán\nOctavio Zamudio Soto\n"
        "Toluca\nEstado de México\nVerónica Albarrán Colín\n"
        "Xalapa\nVeracruz\nDaniela Hernández Cano\n"
        "Zacatecas\nZacatecas\nSamuel Ortega Pinedo\n"
        "La Paz\nBaja California Sur\nClaudia Amador Romero",
        "Descarga la Declaración de Mérida (PDF)\n\n"
        "La próxima reunión de la red se realizará en Monterrey en septiembre.\n\n"
        "Notas relacionadas\n"
        "Culiacán y Saltillo se suman a la red de ciudades resilientes\n"
        "Taller de movilidad activa en León, Guanajuato",
        "Aguascalientes/MX; San Pedro Garza García/MX; Querétaro|Santiago de Querétaro/MX; "
        "Puebla/MX; Oaxaca de Juárez|Oaxaca/MX; San Pedro Tlaquepaque|Tlaquepaque/MX; "
        "Durango|Victoria de Durango/MX; Chihuahua/MX; Hermosillo/MX; Tijuana/MX; "
        "San Francisco de Campeche|Campeche/MX; Morelia/MX; Toluca/MX; Xalapa/MX; "
        "Zacatecas/MX; La Paz/MX",
        "a table copied one cell a line (municipality, state, mayor), cities named like their "
        "states (Aguascalientes, Durango, Zacatecas), La Paz of Baja California Sur, no "
        "country; the declaration named after its host Mérida, the Escazú Agreement, "
        "Monterrey the next meeting, Culiacán, Saltillo and León in related news",
    ),
    Page(
        "es-andino-ciudades-participantes-tarjetas-municipalidad",
        "es",
        "one_a_line;country_in_language;not_signatory",
        "Ciudades Resilientes Andinas: ciudades participantes",
        (2025, 7, 14),
        "Programa Ciudades Resilientes Andinas\n\n"
        "Inicio  |  El programa  |  Ciudades participantes  |  Recursos  |  Noticias\n\n"
        "El programa acompaña a gobiernos locales de Colombia, Perú y Chile en la elaboración "
        "de su estrategia de resiliencia urbana, con asistencia técnica de la oficina regional "
        "en Quito y financiamiento de un banco de desarrollo con sede en Caracas. En esta "
        "segunda fase participan 15 municipios.\n\n"
        "Filtrar por país:  Todos  Colombia  Perú  Chile\n\n"
        "15 resultados",
        "Manizales\nAlcaldía de Manizales\nColombia\nVer ficha\n\n"
        "Pereira\nAlcaldía de Pereira\nColombia\nVer ficha\n\n"
        "Bucaramanga\nAlcaldía de Bucaramanga\nColombia\nVer ficha\n\n"
        "Santa Marta\nAlcaldía Distrital de Santa Marta\nColombia\nVer ficha\n\n"
        "Pasto\nAlcaldía de San Juan de Pasto\nColombia\nVer ficha\n\n"
        "Arequipa\nMunicipalidad Provincial de Arequipa\nPerú\nVer ficha\n\n"
        "Trujillo\nMunicipalidad Provincial de Trujillo\nPerú\nVer ficha\n\n"
        "Cusco\nMunicipalidad Provincial del Cusco\nPerú\nVer ficha\n\n"
        "Piura\nMunicipalidad Provincial de Piura\nPerú\nVer ficha\n\n"
        "Chiclayo\nMunicipalidad Provincial de Chiclayo\nPerú\nVer ficha\n\n"
        "Valparaíso\nIlustre Municipalidad de Valparaíso\nChile\nVer ficha\n\n"
        "Concepción\nIlustre Municipalidad de Concepción\nChile\nVer ficha\n\n"
        "Temuco\nMunicipalidad de Temuco\nChile\nVer ficha\n\n"
        "Antofagasta\nIlustre Municipalidad de Antofagasta\nChile\nVer ficha\n\n"
        "Valdivia\nIlustre Municipalidad de Valdivia\nChile\nVer ficha",
        "¿Tu municipio quiere participar en la tercera fase? La convocatoria abre en marzo.\n\n"
        "Con el apoyo de la Universidad de Concepción y de la Pontificia Universidad Javeriana "
        "de Bogotá.",
        "Manizales/CO; Pereira/CO; Bucaramanga/CO; Santa Marta/CO; Pasto/CO; Arequipa/PE; "
        "Trujillo/PE; Cusco|Cuzco/PE; Piura/PE; Chiclayo/PE; Valparaíso/CL; Concepción/CL; "
        "Temuco/CL; Antofagasta/CL; Valdivia/CL",
        "member cards flattened four lines a city (name, official body `Alcaldía`, "
        "`Municipalidad Provincial`, `Ilustre Municipalidad`, country, `Ver ficha`), "
        "Trujillo and Concepción with namesakes elsewhere, a country filter above; Quito the "
        "regional office, Caracas the bank's seat, Bogotá a partner university's city",
    ),
    Page(
        "pt-br-premio-vencedoras-categoria-prefeitura-uf",
        "pt",
        "paragraphs;state_codes;person_named_like_place;not_signatory;no_country",
        "Prêmio Cidades que Inspiram 2025: conheça as vencedoras",
        (2025, 11, 27),
        "Início > Notícias > Prêmio\n\n"
        "Nove municípios brasileiros foram premiados na quinta edição do Prêmio Cidades que "
        "Inspiram, em cerimônia realizada na noite de quarta-feira (26) no auditório do Senado "
        "Federal, em Brasília. O prêmio reconhece políticas públicas municipais que reduziram "
        "desigualdades e emissões, avaliadas por um júri presidido pela urbanista Maria "
        "Helena Franca, professora da Universidade Federal de Pernambuco, no Recife.\n\n"
        "Foram 312 inscrições de todas as regiões do país. As vencedoras recebem assistência "
        "técnica por um ano e participam da missão de intercâmbio que a rede leva a Belém "
        "durante a COP30.\n\n"
        "Confira as vencedoras em cada categoria:",
        "MOBILIDADE ATIVA\n"
        "Municípios com mais de 500 mil habitantes: Prefeitura de Fortaleza (CE), com o "
        "programa Caminhos da Escola, que criou 84 km de rotas seguras para estudantes.\n"
        "Municípios com até 500 mil habitantes: Prefeitura de Jundiaí (SP), pela rede de "
        "ciclovias que liga os bairros às estações de trem.\n\n"
        "HABITAÇÃO E REGULARIZAÇÃO FUNDIÁRIA\n"
        "Municípios com mais de 500 mil habitantes: Prefeitura de Niterói (RJ), com o "
        "programa Morar no Centro.\n"
        "Municípios com até 500 mil habitantes: Prefeitura Municipal de Petrolina (PE), pela "
        "titulação de 6 mil lotes em áreas ribeirinhas.\n\n"
        "CLIMA E RESILIÊNCIA\n"
        "Municípios com mais de 500 mil habitantes: Prefeitura de Londrina (PR), pelo sistema "
        "de alerta de chuvas por SMS.\n"
        "Municípios com até 500 mil habitantes: Prefeitura de Chapecó (SC), pela recuperação "
        "de nascentes urbanas.\n"
        "Municípios com até 50 mil habitantes: Prefeitura de Paraty (RJ), com o plano de "
        "adaptação costeira elaborado com comunidades caiçaras e quilombolas.\n\n"
        "GESTÃO E TRANSPARÊNCIA\n"
        "Municípios com mais de 500 mil habitantes: Prefeitura de Maceió (AL), pelo portal de "
        "orçamento participativo.\n"
        "Municípios com até 500 mil habitantes: Prefeitura de Toledo (PR), pelo painel "
        "público de indicadores de saúde e educação.",
        '"Cada uma dessas cidades mostra que dá para fazer muito com orçamento apertado", '
        "disse a presidente do júri, Maria Helena Franca. O secretário-executivo da rede, "
        "Paulo Vitória, lembrou que as práticas premiadas entram no banco de boas práticas.\n\n"
        "As inscrições para a edição 2026 abrem em março.",
        "Fortaleza/BR; Jundiaí/BR; Niterói/BR; Petrolina/BR; Londrina/BR; Chapecó/BR; "
        "Paraty/BR; Maceió/BR; Toledo/BR",
        "award winners in sentences under category headings, `Prefeitura (Municipal) de X "
        "(UF)`, Toledo (PR) with a bigger namesake in Spain; Brasília the ceremony, Recife a "
        "juror's university, Belém the COP30; people surnamed Franca and Vitória",
    ),
    Page(
        "fr-ao-communique-tableau-collectivite-pays-represente",
        "fr",
        "table_tabs;numbered;columns_after;country_in_language;person_after;not_signatory",
        "Communiqué final de la 3e Rencontre des maires du Sahel et de l'Afrique de l'Ouest",
        (2025, 4, 30),
        "Accueil > Actualités > Communiqués\n\n"
        "Réunis à Lomé (Togo) du 28 au 30 avril 2025 à l'invitation du Maire de la Commune de "
        "Golfe 1, les maires et représentants des collectivités territoriales du Sahel et de "
        "l'Afrique de l'Ouest ont adopté le présent communiqué final.\n\n"
        "Les participants :\n"
        "– rappellent la Déclaration de Niamey sur la décentralisation et l'Agenda 2063 de "
        "l'Union africaine ;\n"
        "– saluent l'appui du Secrétariat permanent, basé à Ouagadougou, et des partenaires "
        "techniques et financiers ;\n"
        "– s'engagent à consacrer au moins 15 % de leur budget d'investissement à l'accès à "
        "l'eau potable et à l'assainissement d'ici 2030 ;\n"
        "– demandent aux États de transférer aux communes les ressources correspondant aux "
        "compétences transférées ;\n"
        "– conviennent de tenir la 4e Rencontre à Nouakchott en 2026.\n\n"
        "Ont signé le communiqué :",
        "N°\tCollectivité\tPays\tReprésentée par\n"
        "1\tCommune de Cotonou\tBénin\tM. le Maire\n"
        "2\tVille de Porto-Novo\tBénin\tM. le 1er Adjoint au Maire\n"
        "3\tCommune de Parakou\tBénin\tM. le Maire\n"
        "4\tCommune de Bobo-Dioulasso\tBurkina Faso\tM. le Président de la Délégation spéciale\n"
        "5\tCommune de Koudougou\tBurkina Faso\tMme la Présidente de la Délégation spéciale\n"
        "6\tCommune du District de Bamako\tMali\tM. le Président de la Délégation spéciale\n"
        "7\tCommune urbaine de Ségou\tMali\tM. le Maire\n"
        "8\tVille de Niamey\tNiger\tM. l'Administrateur délégué\n"
        "9\tCommune urbaine de Zinder\tNiger\tM. le Maire\n"
        "10\tVille de Dakar\tSénégal\tMme la Maire\n"
        "11\tVille de Thiès\tSénégal\tM. le Maire\n"
        "12\tCommune de Ziguinchor\tSénégal\tM. le 2e Adjoint au Maire\n"
        "13\tCommune de Kara\tTogo\tM. le Maire\n"
        "14\tCommune de Sokodé\tTogo\tM. le Maire\n"
        "15\tVille de Conakry\tGuinée\tM. le Président de la Délégation spéciale\n"
        "16\tCommune de Kankan\tGuinée\tM. le Maire\n"
        "17\tDistrict autonome d'Abidjan\tCôte d'Ivoire\tM. le Ministre-Gouverneur\n"
        "18\tCommune de Bouaké\tCôte d'Ivoire\tM. le Maire",
        "Observateurs : Ville de Montréal (Canada), Métropole de Lyon (France), Association "
        "Internationale des Maires Francophones.\n\n"
        "Fait à Lomé, le 30 avril 2025.\n\n"
        "Télécharger le communiqué signé (PDF)",
        "Cotonou/BJ; Porto-Novo/BJ; Parakou/BJ; Bobo-Dioulasso/BF; Koudougou/BF; Bamako/ML; "
        "Ségou/ML; Niamey/NE; Zinder/NE; Dakar/SN; Thiès/SN; Ziguinchor/SN; Kara/TG; "
        "Sokodé/TG; Conakry/GN; Kankan/GN; Abidjan|District autonome d'Abidjan/CI; Bouaké/CI",
        "a numbered tab table of `Commune de`, `Commune urbaine de`, `Ville de`, `Commune du "
        "District de Bamako`, `District autonome d'Abidjan` with the country and who signed "
        "(a mayor, a deputy, a special delegation); Lomé the venue and host commune Golfe 1, "
        "the Niamey Declaration, Ouagadougou the secretariat, Nouakchott the next meeting, "
        "Montréal and Lyon observers",
    ),
    Page(
        "ar-bayan-khitami-running-text-min-country-wa",
        "ar",
        "running_text;country_in_language;region_before;not_signatory;inflected",
        "البيان الختامي لملتقى المدن العربية للتراث والسياحة",
        (2025, 12, 10),
        "الرئيسية › المركز الإعلامي › البيانات\n\n"
        "اختتمت في مدينة الكويت أعمال الملتقى الثامن للمدن العربية للتراث والسياحة، الذي عُقد "
        "على مدى ثلاثة أيام بضيافة بلدية الكويت وبمشاركة رؤساء بلديات ومجالس محلية وخبراء من "
        "اثنتي عشرة دولة عربية.\n\n"
        "وأكد المشاركون في بيانهم الختامي أهمية حماية المدن التاريخية من التوسع العمراني غير "
        "المخطط، ودعوا إلى الاستفادة من تجربة إعلان القاهرة بشأن التراث العمراني ومن اتفاقية "
        "اليونسكو لعام 1972، كما أوصوا بإنشاء صندوق عربي لترميم الأسواق القديمة تتولى الأمانة "
        "العامة للمنظمة إدارته من مقرها.\n\n"
        "وتقرر عقد الملتقى القادم في مدينة مسقط عام 2026.",
        "ووقّع على البيان الختامي رؤساء بلديات كل من: من الأردن إربد والزرقاء والسلط، ومن لبنان "
        "صيدا وطرابلس وجبيل، ومن فلسطين نابلس والخليل وبيت لحم، ومن تونس صفاقس وسوسة والقيروان، "
        "ومن المغرب فاس وشفشاون، ومن مصر الإسكندرية وأسوان، ومن سلطنة عُمان صلالة ونزوى.",
        "وقال رئيس المجلس البلدي لمدينة الكويت في كلمته الختامية إن المدن العربية تملك إرثاً "
        "يستحق أن يُصان للأجيال القادمة، مشيداً بدور الأمانة العامة للمنظمة.\n\n"
        "شارك الخبر",
        "Irbid/JO; Zarqa/JO; Salt/JO; Sidon/LB; Tripoli/LB; Byblos/LB; Nablus/PS; Hebron/PS; "
        "Bethlehem/PS; Sfax/TN; Sousse/TN; Kairouan/TN; Fes|Fez/MA; Chefchaouen/MA; "
        "Alexandria/EG; Aswan/EG; Salalah/OM; Nizwa/OM",
        "Arabic running text `من الأردن إربد والزرقاء والسلط، ومن لبنان ...` with countries "
        "before their cities and `و` glued to every name after the first (`وطرابلس`, Tripoli "
        "of Lebanon, Salt of Jordan); Kuwait the host, the Cairo Declaration, Muscat the next "
        "meeting",
    ),
    Page(
        "ja-kyodo-seimei-shichou-shimei-matsumoto-nagano",
        "ja",
        "one_a_line;person_after;person_named_like_place;not_signatory;no_country",
        "気候変動適応に関する市長共同声明",
        (2025, 10, 24),
        "ホーム ＞ お知らせ ＞ 声明・提言\n\n"
        "2025年10月23日、横浜市で開催された「都市と気候変動フォーラム2025」において、会員都市の"
        "市長12名が「気候変動適応に関する市長共同声明」に署名しました。開催都市である横浜市の"
        "市長は、歓迎のあいさつの中で「京都議定書から四半世紀が経ち、適応はもはや将来の課題では"
        "ない」と述べました。\n\n"
        "共同声明（要旨）\n"
        "私たちは、パリ協定の目標の達成に向けて、温室効果ガスの削減とともに、激甚化する豪雨や"
        "猛暑から市民の命と暮らしを守る適応策を、都市の最優先課題として位置付けます。\n"
        "一　2027年度までに全ての署名都市で熱中症対策の行動計画を策定します。\n"
        "二　流域の自治体と連携し、雨水の貯留・浸透を進めます。\n"
        "三　取組の成果を毎年公表し、国内外の都市と共有します。\n\n"
        "署名者一覧（署名順）",
        "札幌市長　秋山 浩二\n"
        "仙台市長　郡山 由美子\n"
        "松本市長　長野 和彦\n"
        "金沢市長　村井 誠\n"
        "浜松市長　宮崎 健太郎\n"
        "堺市長　堀川 美咲\n"
        "岡山市長　福井 雅之\n"
        "松山市長　宇田 直人\n"
        "北九州市長　小野寺 和久\n"
        "熊本市長　西岡 一平\n"
        "鹿児島市長　桜井 隆\n"
        "那覇市長　比嘉 さとみ",
        "※ 共同声明の全文は下記からダウンロードできます。\n"
        "共同声明全文（PDF：320KB）\n\n"
        "お問い合わせ\n事務局（東京都千代田区）",
        "Sapporo/JP; Sendai/JP; Matsumoto/JP; Kanazawa/JP; Hamamatsu/JP; Sakai/JP; "
        "Okayama/JP; Matsuyama/JP; Kitakyushu/JP; Kumamoto/JP; Kagoshima/JP; Naha/JP",
        "`札幌市長　氏名` lines, mayors surnamed 郡山 (Kōriyama), 長野 (Nagano), 宮崎 "
        "(Miyazaki) and 福井 (Fukui); Yokohama the host, the Kyoto Protocol and the Paris "
        "Agreement, the secretariat in Tokyo's Chiyoda",
    ),
    Page(
        "ru-novye-chleny-genitiv-merii-akimaty-khokimiyaty",
        "ru",
        "running_text;inflected;country_in_language;not_signatory;person_named_like_place",
        "Евразийское отделение пополнилось девятью новыми членами",
        (2025, 9, 30),
        "Главная / Новости\n\n"
        "В Казани, где располагается секретариат Евразийского регионального отделения, прошло "
        "заседание Совета отделения под председательством мэра Казани. Члены Совета подвели "
        "итоги работы за полугодие и утвердили план мероприятий к Всемирному урбанистическому "
        "форуму в Баку.",
        "Совет единогласно принял в члены отделения девять муниципалитетов из пяти стран. "
        "Новыми членами стали мэрии городов Оша и Каракола (Кыргызстан), акиматы городов "
        "Шымкента, Актобе и Павлодара (Казахстан), хокимияты Самарканда и Бухары (Узбекистан), "
        "мэрия Гюмри (Армения), а также администрация муниципального образования город "
        "Северодвинск (Россия).",
        "«Мы видим, что к отделению присоединяются не только столицы, но и крупные региональные "
        "центры, — отметил генеральный секретарь отделения Тимур Уральский. — Это говорит о "
        "том, что повестка устойчивого развития важна для всех городов». Он также напомнил, "
        "что заявки на вступление подали ещё Туркестан и Наманган; их рассмотрят на следующем "
        "заседании в декабре в Ташкенте.\n\n"
        "Сейчас в отделение входят 134 члена из 11 стран.",
        "Osh/KG; Karakol/KG; Shymkent/KZ; Aktobe/KZ; Pavlodar/KZ; Samarkand/UZ; Bukhara/UZ; "
        "Gyumri/AM; Severodvinsk/RU",
        "Russian running text of new members in genitives (`мэрии городов Оша и Каракола`, "
        "`хокимияты Самарканда и Бухары`) with countries in brackets after groups; Kazan the "
        "secretariat, Baku the forum, candidates Turkestan and Namangan not yet admitted, "
        "Tashkent the next meeting, a secretary general surnamed Uralsky",
    ),
    Page(
        "tr-uye-belediyeler-kartlar-ulke-uyelik-yili",
        "tr",
        "one_a_line;country_in_language;columns_after;wrong_country;not_signatory",
        "Üye Belediyeler",
        (2025, 5, 19),
        "Anasayfa / Kurumsal / Üye Belediyeler\n\n"
        "Birliğimizin Türkiye'den ve Türk dünyasından 1.300'ü aşkın üyesi bulunmaktadır. "
        "Aşağıda 2024 ve 2025 yıllarında Birliğe katılan belediyeler ve yerel yönetimler "
        "listelenmektedir. Genel Sekreterlik İstanbul'da, Orta Asya temsilciliği Bişkek'te "
        "bulunmaktadır.\n\n"
        "Ülke seçiniz: Tümü ▾    Belediye ara…\n\n"
        "20 kayıt gösteriliyor",
        "Şanlıurfa Büyükşehir Belediyesi\nTürkiye\nÜyelik: 2024\nDetay\n\n"
        "Malatya Büyükşehir Belediyesi\nTürkiye\nÜyelik: 2024\nDetay\n\n"
        "Kahramanmaraş Büyükşehir Belediyesi\nTürkiye\nÜyelik: 2024\nDetay\n\n"
        "Erzurum Büyükşehir Belediyesi\nTürkiye\nÜyelik: 2024\nDetay\n\n"
        "Nevşehir Belediyesi\nTürkiye\nÜyelik: 2024\nDetay\n\n"
        "Kars Belediyesi\nTürkiye\nÜyelik: 2024\nDetay\n\n"
        "Şuşa Şehri İcra Hakimiyeti\nAzerbaycan\nÜyelik: 2024\nDetay\n\n"
        "Gence Belediyesi\nAzerbaycan\nÜyelik: 2024\nDetay\n\n"
        "Türkistan Şehri Akimliği\nKazakistan\nÜyelik: 2024\nDetay\n\n"
        "Oş Şehri Belediyesi\nKırgızistan\nÜyelik: 2024\nDetay\n\n"
        "Semerkant Şehri Hakimliği\nÖzbekistan\nÜyelik: 2025\nDetay\n\n"
        "Hive Şehri Hakimliği\nÖzbekistan\nÜyelik: 2025\nDetay\n\n"
        "Mardin Büyükşehir Belediyesi\nTürkiye\nÜyelik: 2025\nDetay\n\n"
        "Rize Belediyesi\nTürkiye\nÜyelik: 2025\nDetay\n\n"
        "Girne Belediyesi\nKuzey Kıbrıs Türk Cumhuriyeti\nÜyelik: 2025\nDetay\n\n"
        "Kazan Şehri\nTataristan Cumhuriyeti / Rusya Federasyonu\nÜyelik: 2025\nDetay\n\n"
        "Prizren Belediyesi\nKosova\nÜyelik: 2025\nDetay\n\n"
        "Üsküp Büyükşehir Belediyesi (Skopje)\nKuzey Makedonya\nÜyelik: 2025\nDetay\n\n"
        "Kırcaali Belediyesi\nBulgaristan\nÜyelik: 2025\nDetay\n\n"
        "Ahıska (Ahaltsihe) Belediyesi\nGürcistan\nÜyelik: 2025\nDetay",
        "‹ Önceki  1  Sonraki ›\n\n"
        "Üyelik başvurusu için Genel Sekreterliğimizle iletişime geçebilirsiniz.",
        "Şanlıurfa/TR; Malatya/TR; Kahramanmaraş/TR; Erzurum/TR; Nevşehir/TR; Kars/TR; "
        "Shusha/AZ; Ganja/AZ; Turkistan|Turkestan/KZ; Osh/KG; Samarkand/UZ; Khiva/UZ; "
        "Mardin/TR; Rize/TR; Kyrenia|Girne/CY; Kazan/RU; Prizren/XK; Skopje/MK; "
        "Kardzhali/BG; Akhaltsikhe/GE",
        "member cards flattened four lines a body (`X Büyükşehir Belediyesi`, `Şehri "
        "Hakimliği`, `İcra Hakimiyeti`, `Akimliği`), Turkish exonyms `Gence`, `Semerkant`, "
        "`Hive`, `Üsküp`, `Kırcaali`, `Ahıska`, Girne under Northern Cyprus (CY), Kazan under "
        "Tatarstan, the country on the line after; İstanbul the secretariat, Bişkek the "
        "office",
    ),
    Page(
        "id-apeksi-komwil-provinsi-kota-koma",
        "id",
        "several_a_line;region_before;region_heading;not_signatory;no_country",
        "Daftar Anggota Komisariat Wilayah",
        (2025, 2, 11),
        "Beranda  >  Tentang Kami  >  Anggota\n\n"
        "Asosiasi beranggotakan seluruh pemerintah kota di Indonesia yang terbagi dalam enam "
        "Komisariat Wilayah (Komwil). Berikut daftar anggota Komwil I, II dan III hasil "
        "Rapat Kerja Nasional di Balikpapan, Kalimantan Timur. Komwil IV, V dan VI dapat "
        "dilihat pada halaman berikutnya.\n\n"
        "Sekretariat: Jl. Ahmad Yani, Jakarta Pusat",
        "KOMWIL I (SUMATERA)\n"
        "Koordinator: Wali Kota Padang\n"
        "Aceh: Kota Banda Aceh, Kota Sabang, Kota Lhokseumawe, Kota Langsa, Kota Subulussalam\n"
        "Sumatera Utara: Kota Medan, Kota Binjai, Kota Pematangsiantar, Kota Tebing Tinggi, "
        "Kota Sibolga\n"
        "Sumatera Barat: Kota Padang, Kota Bukittinggi, Kota Payakumbuh, Kota Solok\n"
        "Riau: Kota Pekanbaru, Kota Dumai\n"
        "Jambi: Kota Jambi, Kota Sungai Penuh\n"
        "Bengkulu: Kota Bengkulu\n"
        "Lampung: Kota Bandar Lampung, Kota Metro\n\n"
        "KOMWIL II (SUMATERA BAGIAN SELATAN DAN KEPULAUAN)\n"
        "Koordinator: Wali Kota Palembang\n"
        "Sumatera Selatan: Kota Palembang, Kota Prabumulih, Kota Lubuklinggau, "
        "Kota Pagar Alam\n"
        "Kepulauan Bangka Belitung: Kota Pangkalpinang\n"
        "Kepulauan Riau: Kota Batam, Kota Tanjungpinang\n\n"
        "KOMWIL III (JAWA BAGIAN BARAT)\n"
        "Koordinator: Wali Kota Bogor\n"
        "Banten: Kota Serang, Kota Cilegon, Kota Tangerang, Kota Tangerang Selatan\n"
        "Jawa Barat: Kota Bogor, Kota Depok, Kota Bekasi, Kota Sukabumi, Kota Bandung, "
        "Kota Cimahi, Kota Cirebon, Kota Tasikmalaya, Kota Banjar",
        "Catatan: DKI Jakarta tidak termasuk anggota karena wilayah kota administrasi di "
        "Jakarta bukan daerah otonom.\n\n"
        "Halaman 1 dari 2   Selanjutnya »",
        "Banda Aceh/ID; Sabang/ID; Lhokseumawe/ID; Langsa/ID; Subulussalam/ID; Medan/ID; "
        "Binjai/ID; Pematangsiantar/ID; Tebing Tinggi/ID; Sibolga/ID; Padang/ID; "
        "Bukittinggi/ID; Payakumbuh/ID; Solok/ID; Pekanbaru/ID; Dumai/ID; Jambi/ID; "
        "Sungai Penuh/ID; Bengkulu/ID; Bandar Lampung/ID; Metro/ID; Palembang/ID; "
        "Prabumulih/ID; Lubuklinggau/ID; Pagar Alam/ID; Pangkalpinang/ID; Batam/ID; "
        "Tanjungpinang/ID; Serang/ID; Cilegon/ID; Tangerang/ID; Tangerang Selatan|"
        "South Tangerang/ID; Bogor/ID; Depok/ID; Bekasi/ID; Sukabumi/ID; Bandung/ID; "
        "Cimahi/ID; Cirebon/ID; Tasikmalaya/ID; Banjar/ID",
        "regional chapters' headings, `Koordinator: Wali Kota X` (a member too), provinces "
        "before `Kota X, Kota Y` lines, provinces named like their capitals (Jambi, "
        "Bengkulu), `Kota Metro`, `Kota Solok`, `Kota Banjar`; Balikpapan the meeting, "
        "Jakarta the secretariat and an exception",
    ),
]

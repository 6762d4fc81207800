"""Hand-written pages, batch x: a held-out check of issue #20 written before any change to the
reader for them, without reading the reader, its tests or batches t to w. Seven joint
statements, declarations and open letters and seven member directories, news of new members and
event pages, modelled on how city networks and municipal associations beyond Western Europe
publish them, in 11 languages: an Indian Smart Cities declaration whose signatories are a PDF
annexure table `1 Indore Madhya Pradesh Shri ... CEO, ...` with a running header between rows
and a state broken over two lines; a US mayors' letter to Congress signed in blocks `Name` /
`Mayor of Savannah, Georgia` / `Chair, ...` with official names `Lexington-Fayette Urban County
Government`, `City and County of Honolulu`, mayors named Jackson and Washington, and Flint and
Jackson named in the text; an Asia-Pacific network's directory of member cards (`Dhaka North
City Corporation` / `Bangladesh` / `Full Member`) above associate members that are institutes
in other cities; Australian councils `Shire of Esperance (WA)`, `Mount Barker District Council
(SA)` welcomed beside partners named in the text; a Spanish declaration of Latin American
municipalities under country headings in capitals (`Gobierno Autónomo Municipal de La Paz`,
`Prefeitura Municipal de Canoas`) beside the Escazú Agreement and COP30 in Belém; Brazilian
mayors `Londrina/PR – Marília Souza, prefeita` under region headings at a meeting in Brasília;
French `Commune urbaine de Toamasina — M. ..., maire` under country headings of a francophone
mayors' network; a German table of Lake Constance towns with car codes `D`, `A`, `CH`, `FL`
signed on a boat off Meersburg; Flemish municipalities between commas under province headings
(Boom, Mol, As, Essen, Halle); Norwegian `Name (Ap), ordfører, Tromsø kommune – Romssa suohkan`
with Sami official names and a mayor named Harstad; a Danish directory of Nordic members in
their official names (`Göteborgs Stad`, `Turun kaupunki – Åbo stad`, `Reykjavíkurborg`,
`Tórshavnar kommuna`); Greek island mayors `Ο Δήμαρχος Νάξου και Μικρών Κυκλάδων` over their
names with the ports Piraeus, Rafina and Lavrio in the letter; Romanian towns with county codes
that are countries' (`Ianca (BR)`, `Pecica (AR)`, `Băile Tușnad (HR)`) in one sentence with a
venue, the board's town and an exception; a Croatian statement of three mayors `Za Grad Pula –
Pola` naming Dubrovnik and Venice. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-smart-cities-ceos-declaration-pdf-annexure",
        "en",
        "one_a_line;numbered;region_after;columns_after;broken_lines;not_signatory;no_country",
        "Smart City CEOs adopt declaration on climate-resilient urban infrastructure",
        (2025, 2, 16),
        "Home » Media » Press Releases\n\n"
        "Twenty-four Smart City Special Purpose Vehicles (SPVs) have adopted a joint "
        "declaration committing to integrate climate risk into every project they take up "
        "under the Smart Cities Mission. The declaration was adopted on the second day of the "
        "National Conclave of Smart City CEOs, held at the Brilliant Convention Centre, Indore, "
        "on 14-15 February 2025 and organised by the Ministry of Housing and Urban Affairs "
        "(MoHUA), Government of India, New Delhi.\n\n"
        "Building on the commitments India announced at COP26 in Glasgow and on the Sendai "
        "Framework for Disaster Risk Reduction, the signatories commit to:\n"
        "(a) carry out a climate risk and vulnerability assessment for all ongoing and new "
        "projects;\n"
        "(b) report on the ClimateSmart Cities Assessment Framework (CSCAF) indicators through "
        "their Integrated Command and Control Centres;\n"
        "(c) earmark at least 10% of remaining Mission funds for nature-based solutions, flood "
        "management and heat action plans;\n"
        "(d) share data and good practices through the National Urban Digital Mission.\n\n"
        "Speaking at the closing session, the Joint Secretary and Mission Director said that "
        "cities such as Chennai and Bengaluru, which faced severe urban floods in recent years, "
        "had shown why resilience can no longer be an afterthought.\n\n"
        "The list of signatories, as annexed to the signed declaration, is reproduced below.\n\n"
        "Annexure - List of Signatories",
        "S. No. Smart City State / UT Name of Officer Designation\n"
        "1 Indore Madhya Pradesh Shri Divyank Sharma CEO, Indore Smart City Development Ltd.\n"
        "2 Pune Maharashtra Smt. Meera Deshpande CEO, Pune Smart City Development "
        "Corporation Ltd.\n"
        "3 Surat Gujarat Shri Hitesh Parmar Addl. City Engineer & CEO, Surat Smart City "
        "Development Ltd.\n"
        "4 Bhubaneswar Odisha Smt. Sasmita Mohanty CEO, Bhubaneswar Smart City Ltd.\n"
        "5 Greater Warangal Telangana Shri K. Srinivas Reddy Commissioner & CEO, Greater "
        "Warangal Smart City Corporation Ltd.\n"
        "6 Agartala Tripura Shri Biplab Debnath CEO, Agartala Smart City Ltd.\n"
        "7 Coimbatore Tamil Nadu Thiru R. Senthil Kumar Commissioner & CEO, Coimbatore Smart "
        "City Ltd.\n"
        "8 Tiruchirappalli Tamil Nadu Tmt. S. Kavitha CEO, Tiruchirappalli Smart City Ltd.\n"
        "9 Belagavi Karnataka Shri Prakash Kulkarni MD, Belagavi Smart City Ltd.\n"
        "10 Tumakuru Karnataka Smt. Rekha Gowda MD, Tumakuru Smart City Ltd.\n"
        "11 Kochi Kerala Shri Thomas Varghese CEO, Cochin Smart Mission Ltd.\n"
        "12 Varanasi Uttar Pradesh Shri Alok Tiwari CEO, Varanasi Smart City Ltd.\n"
        "Declaration of Smart City CEOs - Indore, 15 February 2025 Page 2 of 3\n"
        "13 Moradabad Uttar Pradesh Shri Vikas Chaudhary Municipal Commissioner & CEO\n"
        "14 Guwahati Assam Shri Pranjal Bora CEO, Guwahati Smart City Ltd.\n"
        "15 Udaipur Rajasthan Shri Mahendra Singh Rathore CEO, Udaipur Smart City Ltd.\n"
        "16 Ludhiana Punjab Smt. Harpreet Kaur Commissioner & CEO, Ludhiana Smart City Ltd.\n"
        "17 Dharamshala Himachal Pradesh Shri Anil Katoch CEO, Dharamshala Smart City Ltd.\n"
        "18 Port Blair Andaman & Nicobar\n"
        "Islands Shri R. Murugan CEO, Port Blair Smart City Corporation Ltd.\n"
        "19 Namchi Sikkim Shri Pemba Tshering Bhutia CEO, Namchi Smart City Ltd.\n"
        "20 Dehradun Uttarakhand Smt. Neha Rawat CEO, Dehradun Smart City Ltd.\n"
        "21 Srinagar Jammu & Kashmir Shri Tariq Ahmad Mir CEO, Srinagar Smart City Ltd.\n"
        "22 Bilaspur Chhattisgarh Shri Amit Sahu Commissioner & CEO, Bilaspur Smart City Ltd.\n"
        "23 Bihar Sharif Bihar Shri Ravi Ranjan CEO, Biharsharif Smart City Ltd.\n"
        "24 Pimpri Chinchwad Maharashtra Shri Sachin Jagtap CEO, Pimpri Chinchwad Smart "
        "City Ltd.",
        "Download the declaration (PDF, 1.2 MB)\n\n"
        "The next conclave will be hosted by Visakhapatnam in August 2025.\n\n"
        "Smart Cities Mission, Ministry of Housing and Urban Affairs, Nirman Bhawan, "
        "New Delhi - 110011",
        "Indore/IN; Pune/IN; Surat/IN; Bhubaneswar/IN; Warangal/IN; Agartala/IN; "
        "Coimbatore/IN; Tiruchirappalli/IN; Belagavi/IN; Tumakuru|Tumkur/IN; Kochi/IN; "
        "Varanasi/IN; Moradabad/IN; Guwahati/IN; Udaipur/IN; Ludhiana/IN; "
        "Dharamshala|Dharamsala/IN; Port Blair/IN; Namchi/IN; Dehradun/IN; Srinagar/IN; "
        "Bilaspur/IN; Bihar Sharif/IN; Pimpri-Chinchwad/IN",
        "a PDF annexure table copied as spaced text `1 Indore Madhya Pradesh Shri ... CEO, "
        "Indore Smart City ...` with a running header between rows, `Greater Warangal` and a "
        "state broken over two lines; the venue Indore signs; New Delhi, Glasgow, Sendai, "
        "Chennai, Bengaluru and the next host Visakhapatnam do not",
    ),
    Page(
        "en-us-mayors-letter-congress-signature-blocks",
        "en",
        "one_a_line;person_before;region_after;region_like_country;person_named_like_place;"
        "not_signatory",
        "Mayors urge Congress to fully fund the water State Revolving Funds",
        (2024, 6, 11),
        "Home / Press Room / Letters\n\nLetter | Water | Infrastructure\n\n"
        "WASHINGTON, D.C. - Twenty mayors from across the country sent the following letter "
        "to congressional appropriators today, urging them to restore funding for the Clean "
        "Water and Drinking Water State Revolving Funds in the Fiscal Year 2025 bill.\n\n"
        "The Honorable Thomas Whitfield\nChairman, Committee on Appropriations\n"
        "U.S. House of Representatives\nWashington, DC 20515\n\n"
        "Dear Chairman Whitfield and Ranking Member Okafor:\n\n"
        "On behalf of the cities we lead, we write to urge you to fund the Clean Water and "
        "Drinking Water State Revolving Funds at their fully authorized levels. Local "
        "governments invest more than $130 billion a year in water and sewer systems, and we "
        "pay for most of it through the rates our residents pay.\n\n"
        "The crises in Flint and Jackson showed the country what happens when aging pipes and "
        "treatment plants are left to fail. Our cities are replacing lead service lines, "
        "separating combined sewers and preparing for heavier storms, but we cannot do this "
        "alone. Cuts to the State Revolving Funds, or diverting them to earmarks, will raise "
        "water bills in every community we serve.\n\n"
        "We stand ready to work with you.\n\n"
        "Sincerely,",
        "Karen Mitchell\nMayor of Dayton, Ohio\nPresident\n\n"
        "Denise Jackson\nMayor of Savannah, Georgia\nChair, Water Council\n\n"
        "Luis Ortega\nMayor of Tucson, Arizona\n\n"
        "Austin Price\nMayor of Boise, Idaho\n\n"
        "Teresa Montoya\nMayor of Albuquerque, New Mexico\n\n"
        "Raymond Thibodeaux\nMayor-President, City of Baton Rouge and Parish of East Baton "
        "Rouge, Louisiana\n\n"
        "Keoni Kahale\nMayor, City and County of Honolulu, Hawaii\n\n"
        "Rachel Lindgren\nMayor of Tacoma, Washington\n\n"
        "Marcus Bell\nMayor, Louisville Metro Government, Kentucky\n\n"
        "Linda Hargrove\nMayor, Lexington-Fayette Urban County Government, Kentucky\n\n"
        "James Whitaker\nMayor of Chattanooga, Tennessee\nVice Chair, Water Council\n\n"
        "Carla Benton\nMayor of Little Rock, Arkansas\n\n"
        "Miguel Santos\nMayor of Providence, Rhode Island\n\n"
        "Sarah Vandermolen\nMayor of Grand Rapids, Michigan\n\n"
        "Eric Lindholm\nMayor of Des Moines, Iowa\n\n"
        "Tyrone Washington\nMayor of Columbia, South Carolina\n\n"
        "Florence Adeyemi\nMayor of South Bend, Indiana\n\n"
        "Paul Moreau\nMayor of Portland, Maine\n\n"
        "Anne Cassidy\nMayor of Burlington, Vermont\n\n"
        "Yolanda Harris\nMayor/CEO, Unified Government of Wyandotte County and Kansas City, "
        "Kansas",
        "cc: Members of the House and Senate Committees on Appropriations\n\n###\n\n"
        "The United States Conference of Mayors is the official nonpartisan organization of "
        "cities with populations of 30,000 or more. Each city is represented by its chief "
        "elected official, the mayor.\n\n"
        "Media contact: Jordan Ellis, press office",
        "Dayton/US; Savannah/US; Tucson/US; Boise/US; Albuquerque/US; Baton Rouge/US; "
        "Honolulu/US; Tacoma/US; Louisville/US; Lexington|Lexington-Fayette/US; "
        "Chattanooga/US; Little Rock/US; Providence/US; Grand Rapids/US; Des Moines/US; "
        "Columbia/US; South Bend/US; Portland/US; Burlington/US; Kansas City/US",
        "signature blocks `Name` / `Mayor of X, State` / a role, with official names "
        "(Mayor-President of Baton Rouge and East Baton Rouge Parish, City and County of "
        "Honolulu, Unified Government of Wyandotte County and Kansas City); Georgia, New "
        "Mexico and Washington as states; mayors named Jackson, Washington, Austin, Florence; "
        "Washington DC the addressee, Flint and Jackson named in the text",
    ),
    Page(
        "en-asia-pacific-network-member-cards-associates",
        "en",
        "one_a_line;columns_after;not_signatory;body_not_city",
        "Our Members",
        (2025, 4, 3),
        "About\n/\nMembers\n\n"
        "CityNet is the largest association of urban stakeholders in the Asia-Pacific region. "
        "Our members are municipalities, national associations of local governments, "
        "academic institutions, NGOs and companies that share knowledge on sustainable urban "
        "development. The Secretariat is hosted by the Seoul Metropolitan Government.\n\n"
        "Filter by: All | Full Members | Associate Members | Affiliate Members\n"
        "Country: All countries\n\n"
        "Full Members (28)",
        "Seoul Metropolitan Government\nRepublic of Korea\nFull Member\n"
        "Suwon Special City\nRepublic of Korea\nFull Member\n"
        "City of Yokohama\nJapan\nFull Member\n"
        "Ulaanbaatar City\nMongolia\nFull Member\n"
        "Almaty City Akimat\nKazakhstan\nFull Member\n"
        "Bishkek City Hall\nKyrgyz Republic\nFull Member\n"
        "Tehran Municipality\nIran (Islamic Republic of)\nFull Member\n"
        "Mashhad Municipality\nIran (Islamic Republic of)\nFull Member\n"
        "Karachi Metropolitan Corporation\nPakistan\nFull Member\n"
        "Kathmandu Metropolitan City\nNepal\nFull Member\n"
        "Lalitpur Metropolitan City\nNepal\nFull Member\n"
        "Dhaka North City Corporation\nBangladesh\nFull Member\n"
        "Chattogram City Corporation\nBangladesh\nFull Member\n"
        "Colombo Municipal Council\nSri Lanka\nFull Member\n"
        "Negombo Municipal Council\nSri Lanka\nFull Member\n"
        "Malé City Council\nMaldives\nFull Member\n"
        "Thimphu Thromde\nBhutan\nFull Member\n"
        "Phnom Penh Capital Administration\nCambodia\nFull Member\n"
        "Vientiane Capital\nLao PDR\nFull Member\n"
        "Ho Chi Minh City People's Committee\nViet Nam\nFull Member\n"
        "Da Nang City People's Committee\nViet Nam\nFull Member\n"
        "Kuala Lumpur City Hall (DBKL)\nMalaysia\nFull Member\n"
        "DKI Jakarta Provincial Government\nIndonesia\nFull Member\n"
        "Surabaya City Government\nIndonesia\nFull Member\n"
        "Makati City\nPhilippines\nFull Member\n"
        "Iloilo City Government\nPhilippines\nFull Member\n"
        "Marikina City\nPhilippines\nFull Member\n"
        "Metro Manila Development Authority\nPhilippines\nFull Member\n\n"
        "Associate Members (5)\n"
        "All India Institute of Local Self-Government\nMumbai, India\nAssociate Member\n"
        "Municipal Association of Nepal (MuAN)\nKathmandu, Nepal\nAssociate Member\n"
        "League of Cities of the Philippines\nQuezon City, Philippines\nAssociate Member\n"
        "Korea Research Institute for Human Settlements\nSejong, Republic of Korea\n"
        "Associate Member\n"
        "Institute of Urban Governance\nIslamabad, Pakistan\nAssociate Member\n\n"
        "Affiliate Members (2)\n"
        "Hanbit Urban Solutions Co., Ltd.\nSeoul, Republic of Korea\nAffiliate Member\n"
        "GreenGrid Engineering Pte. Ltd.\nSingapore\nAffiliate Member",
        "Become a member\nMembership of CityNet is open to local governments and to "
        "organisations working on urban issues in the Asia-Pacific. Contact the Secretariat "
        "or our project office in Yokohama.",
        "Seoul/KR; Suwon/KR; Yokohama/JP; Ulaanbaatar/MN; Almaty/KZ; Bishkek/KG; Tehran/IR; "
        "Mashhad/IR; Karachi/PK; Kathmandu/NP; Lalitpur/NP; Dhaka/BD; Chattogram|Chittagong/BD; "
        "Colombo/LK; Negombo/LK; Malé|Male/MV; Thimphu/BT; Phnom Penh/KH; Vientiane/LA; "
        "Ho Chi Minh City/VN; Da Nang/VN; Kuala Lumpur/MY; Jakarta/ID; Surabaya/ID; "
        "Makati City|Makati/PH; Iloilo/PH; Marikina/PH; "
        "Metro Manila|Metro Manila Development Authority/PH/metropolitan area",
        "member cards flattened three lines a member (official name, UN-style country, "
        "`Full Member`), a metropolitan authority among them; then associate and affiliate "
        "members that are institutes and companies in Mumbai, Quezon City, Sejong, Islamabad "
        "and Singapore, which are not members",
    ),
    Page(
        "en-au-councils-join-partnership-state-codes",
        "en",
        "bulleted;state_codes;no_country;not_signatory",
        "Thirteen councils join the Cities Power Partnership",
        (2024, 9, 24),
        "News\n>\nCouncils\n\n"
        "Thirteen councils from every state and territory but the ACT have joined the Cities "
        "Power Partnership this quarter, bringing Australia's largest local government climate "
        "network to more than 190 councils - from Cairns to Hobart.\n\n"
        "Each new partner will pick five pledges across renewable energy, efficient buildings, "
        "transport and working together, and report on its progress every year.\n\n"
        "Please welcome:",
        "• City of Wodonga (VIC)\n"
        "• Burnie City Council (TAS)\n"
        "• Shire of Esperance (WA)\n"
        "• Alice Springs Town Council (NT)\n"
        "• Mount Barker District Council (SA)\n"
        "• Bega Valley Shire Council (NSW)\n"
        "• City of Kalgoorlie-Boulder (WA)\n"
        "• Mildura Rural City Council (VIC)\n"
        "• Tamworth Regional Council (NSW)\n"
        "• City of Launceston (TAS)\n"
        "• Rockhampton Regional Council (QLD)\n"
        "• Whyalla City Council (SA)\n"
        "• Dubbo Regional Council (NSW)",
        '"Burnie has been running its depot and pools on solar for years, so joining was a '
        'natural next step," said Mayor Sarah Bell. "We want to learn from long-standing '
        'partners like Fremantle and Newcastle, who have shown what a council can do."\n\n'
        "The new partners will be invited to the Cities Power Partnership Summit, hosted this "
        "year by the City of Parramatta in November.\n\n"
        "Is your council ready to join? Find out how",
        "Wodonga/AU; Burnie/AU; Esperance/AU; Alice Springs/AU; Mount Barker/AU; Bega/AU; "
        "Kalgoorlie|Kalgoorlie-Boulder/AU; Mildura/AU; Tamworth/AU; Launceston/AU; "
        "Rockhampton/AU; Whyalla/AU; Dubbo/AU",
        "bullets of Australian council names (`Shire of X`, `X Regional Council`, `Bega Valley "
        "Shire Council`) with state codes, `SA` also Saudi Arabia's; 'from Cairns to Hobart', "
        "partners Fremantle and Newcastle quoted, the summit's host Parramatta: none new",
    ),
    Page(
        "es-declaracion-ciudades-sur-paises-mayusculas",
        "es",
        "one_a_line;region_heading;country_in_language;not_signatory",
        "Declaración de Montevideo: las ciudades del Sur frente a la emergencia climática",
        (2024, 12, 6),
        "Inicio > Noticias > Declaraciones\n\n"
        "Reunidos en la Cumbre anual de la Red, en la sede de la Intendencia de Montevideo, "
        "intendentes, intendentas, alcaldes, alcaldesas y prefeitos de ciudades de América del "
        "Sur aprobaron la siguiente declaración.\n\n"
        "Las ciudades de la región, que concentran más del 80 % de la población, sufren cada "
        "año inundaciones, sequías y olas de calor más intensas. Reconocemos los compromisos "
        "del Acuerdo de París y del Acuerdo de Escazú sobre el acceso a la información y la "
        "participación pública en asuntos ambientales, y pedimos que los gobiernos locales "
        "tengan voz propia en la COP30 que se celebrará en Belém.\n\n"
        "Las ciudades firmantes se comprometen a:\n"
        "1. Elaborar o actualizar su plan local de acción climática antes de 2026.\n"
        "2. Compartir datos y experiencias, como la cooperación de las ciudades de la triple "
        "frontera, Foz do Iguaçu, Ciudad del Este y Puerto Iguazú, en la gestión del riesgo.\n"
        "3. Reclamar a los bancos de desarrollo un acceso directo de las ciudades al "
        "financiamiento climático.\n\n"
        "Montevideo, 5 de diciembre de 2024\n\n"
        "Firman:",
        "ARGENTINA\n"
        "Municipalidad de Rosario\n"
        "Municipalidad de Córdoba\n"
        "Municipio de Morón\n"
        "Municipalidad de Rafaela\n"
        "Municipio de Tandil\n"
        "Municipalidad de San Carlos de Bariloche\n"
        "BOLIVIA\n"
        "Gobierno Autónomo Municipal de La Paz\n"
        "Gobierno Autónomo Municipal de Cochabamba\n"
        "BRASIL\n"
        "Prefeitura de Porto Alegre\n"
        "Prefeitura Municipal de Canoas\n"
        "Prefeitura de Guarulhos\n"
        "Prefeitura Municipal de Santos\n"
        "CHILE\n"
        "Ilustre Municipalidad de Valparaíso\n"
        "Municipalidad de Peñalolén\n"
        "Municipalidad de Concepción\n"
        "PARAGUAY\n"
        "Municipalidad de Asunción\n"
        "Municipalidad de Encarnación\n"
        "PERÚ\n"
        "Municipalidad Metropolitana de Lima\n"
        "Municipalidad Provincial de Arequipa\n"
        "URUGUAY\n"
        "Intendencia de Montevideo",
        "La declaración queda abierta a la adhesión de las demás ciudades de la Red. La "
        "Secretaría Técnica Permanente recibirá las adhesiones hasta el 31 de marzo.\n\n"
        "Descargar la declaración (PDF)",
        "Rosario/AR; Córdoba/AR; Morón/AR; Rafaela/AR; Tandil/AR; San Carlos de Bariloche/AR; "
        "La Paz/BO; Cochabamba/BO; Porto Alegre/BR; Canoas/BR; Guarulhos/BR; Santos/BR; "
        "Valparaíso/CL; Peñalolén/CL; Concepción/CL; Asunción/PY; Encarnación/PY; Lima/PE; "
        "Arequipa/PE; Montevideo/UY",
        "official names of municipalities (`Gobierno Autónomo Municipal de`, `Ilustre "
        "Municipalidad de`, `Prefeitura Municipal de`, `Intendencia de`) under country headings "
        "in capitals; the venue Montevideo signs; Escazú, Belém, Foz do Iguaçu, Ciudad del Este "
        "and Puerto Iguazú are named in the text only",
    ),
    Page(
        "pt-reuniao-geral-prefeitos-presentes-cidade-uf",
        "pt",
        "bulleted;region_heading;state_codes;person_after;person_named_like_place;"
        "not_signatory;no_country",
        "Reunião Geral reúne 33 municípios em Brasília",
        (2025, 5, 20),
        "Início / Notícias / Eventos\n\n"
        "Prefeitas e prefeitos de 33 municípios participaram nesta terça-feira da 88ª Reunião "
        "Geral da Frente Nacional de Prefeitos (FNP), realizada em Brasília (DF). Na pauta, a "
        "regulamentação da reforma tributária, o financiamento do transporte público coletivo "
        "e a preparação das cidades para a COP30.\n\n"
        "A reunião foi conduzida pelo presidente da FNP, o prefeito de Aracaju, Rui Menezes, e "
        "contou com a presença do ministro das Cidades e de representantes do Congresso "
        "Nacional.\n\n"
        "Confira os municípios presentes:",
        "Região Norte\n"
        "• Manaus/AM – Carlos Tavares, prefeito\n"
        "• Porto Velho/RO – Léo Moura, prefeito\n"
        "• Palmas/TO – Cíntia Barros, prefeita\n"
        "• Macapá/AP – Antônio Furtado, vice-prefeito\n"
        "Região Nordeste\n"
        "• Aracaju/SE – Rui Menezes, prefeito\n"
        "• Teresina/PI – Francisco Leal, prefeito\n"
        "• João Pessoa/PB – Renata Cavalcanti, prefeita\n"
        "• Campina Grande/PB – Bruno Lira, prefeito\n"
        "• Caruaru/PE – Aline Freitas, prefeita\n"
        "• Feira de Santana/BA – José Carlos Matos, prefeito\n"
        "• Maceió/AL – Eduardo Pacheco, secretário de Governo, representando o prefeito\n"
        "• São Luís/MA – Fernanda Coelho, prefeita\n"
        "• Mossoró/RN – Ítalo Duarte, prefeito\n"
        "Região Centro-Oeste\n"
        "• Goiânia/GO – Sandra Rezende, prefeita\n"
        "• Anápolis/GO – Márcio Teles, prefeito\n"
        "• Campo Grande/MS – Luciana Arruda, prefeita\n"
        "• Cuiabá/MT – Otávio Campos, prefeito\n"
        "Região Sudeste\n"
        "• Juiz de Fora/MG – Helena Bastos, prefeita\n"
        "• Contagem/MG – Rodrigo Vilela, prefeito\n"
        "• Uberlândia/MG – Gustavo Prado, prefeito\n"
        "• Campinas/SP – Daniel Ramos, prefeito\n"
        "• São José dos Campos/SP – Patrícia Nogueira, prefeita\n"
        "• Guarulhos/SP – Wagner Assis, prefeito\n"
        "• Niterói/RJ – Felipe Guimarães, prefeito\n"
        "• Vitória/ES – Marcelo Quintão, prefeito\n"
        "• Serra/ES – Cláudia Lima, secretária de Meio Ambiente, representando o prefeito\n"
        "Região Sul\n"
        "• Londrina/PR – Marília Souza, prefeita\n"
        "• Maringá/PR – Roberto Fontana, prefeito\n"
        "• Joinville/SC – Adriana Kühn, prefeita\n"
        "• Blumenau/SC – Jonas Schmitt, prefeito\n"
        "• Caxias do Sul/RS – Vitória Pezzi, vice-prefeita\n"
        "• Pelotas/RS – Luís Otávio Brum, prefeito\n"
        "• Canoas/RS – Sérgio Dutra, prefeito",
        "A próxima Reunião Geral será realizada em agosto, durante o Encontro de Municípios "
        "com o Desenvolvimento Sustentável (EMDS).\n\n"
        "Leia também: Prefeitos do Recife e de Fortaleza defendem fundo nacional para o "
        "transporte coletivo",
        "Manaus/BR; Porto Velho/BR; Palmas/BR; Macapá/BR; Aracaju/BR; Teresina/BR; "
        "João Pessoa/BR; Campina Grande/BR; Caruaru/BR; Feira de Santana/BR; Maceió/BR; "
        "São Luís/BR; Mossoró/BR; Goiânia/BR; Anápolis/BR; Campo Grande/BR; Cuiabá/BR; "
        "Juiz de Fora/BR; Contagem/BR; Uberlândia/BR; Campinas/BR; São José dos Campos/BR; "
        "Guarulhos/BR; Niterói/BR; Vitória/BR; Serra/BR; Londrina/BR; Maringá/BR; "
        "Joinville/BR; Blumenau/BR; Caxias do Sul/BR; Pelotas/BR; Canoas/BR",
        "bullets `Cidade/UF – Name, prefeito` under region headings, UF codes that are "
        "countries' (PR, PE, SE, AL, MA, ES, SC, RS, MT, TO, AM, RO); mayors named Marília "
        "and Vitória; the venue Brasília, Recife and Fortaleza in a teaser; the president's "
        "Aracaju signs",
    ),
    Page(
        "fr-reseau-maires-francophones-nouveaux-membres-pays",
        "fr",
        "one_a_line;region_heading;country_in_language;person_after;not_signatory",
        "Seize nouvelles villes rejoignent le réseau des maires francophones",
        (2024, 11, 28),
        "Accueil › Actualités › Vie du réseau\n\n"
        "Réunie à Dakar du 25 au 27 novembre, l'Assemblée générale de l'Association "
        "internationale des maires francophones (AIMF) a approuvé l'adhésion de seize "
        "nouvelles villes, ce qui porte à plus de 300 le nombre de collectivités membres dans "
        "54 pays.\n\n"
        "« Chaque nouvelle ville apporte au réseau son expérience et ses projets, de l'état "
        "civil à la gestion des déchets », a souligné le secrétaire permanent, dont les "
        "services sont installés à l'Hôtel de Ville de Paris.\n\n"
        "Les nouveaux membres :",
        "Bénin\n"
        "Commune de Parakou — M. Inoussa Sanni, maire\n"
        "Commune de Djougou — M. Abdou Karim Yaya, maire\n"
        "Burkina Faso\n"
        "Commune de Koudougou — M. Issa Kaboré, président de la délégation spéciale\n"
        "Cameroun\n"
        "Communauté urbaine de Garoua — M. Hamadou Bello, maire de la ville\n"
        "Commune de Dschang — Mme Solange Tchoua, maire\n"
        "Côte d'Ivoire\n"
        "Commune de San-Pédro — M. Yao Kouassi, maire\n"
        "Madagascar\n"
        "Commune urbaine de Toamasina — M. Jean-Claude Rakoto, maire\n"
        "Commune urbaine de Fianarantsoa — Mme Voahangy Randria, maire\n"
        "Haïti\n"
        "Mairie de Cap-Haïtien — M. Jean-Robert Pierre, maire principal\n"
        "Mairie de Jacmel — Mme Marie-Ange Joseph, mairesse\n"
        "Liban\n"
        "Municipalité de Byblos (Jbeil) — M. Georges Khoury, président du conseil municipal\n"
        "Cambodge\n"
        "Ville de Siem Reap — M. Sok Vannak, gouverneur\n"
        "Maroc\n"
        "Commune de Tétouan — M. Youssef El Amrani, président du conseil communal\n"
        "Tunisie\n"
        "Commune de Sousse — Mme Leïla Ben Salah, présidente du conseil municipal\n"
        "Roumanie\n"
        "Municipalité de Iași — M. Andrei Popescu, maire\n"
        "Canada\n"
        "Ville de Trois-Rivières (Québec) — M. Luc Gagnon, maire",
        "Les maires des nouvelles villes membres seront invités à la prochaine réunion du "
        "Bureau, à Kinshasa, au printemps.\n\n"
        "Contact presse : communication@aimf.example",
        "Parakou/BJ; Djougou/BJ; Koudougou/BF; Garoua/CM; Dschang/CM; San-Pédro/CI; "
        "Toamasina/MG; Fianarantsoa/MG; Cap-Haïtien/HT; Jacmel/HT; Byblos|Jbeil/LB; "
        "Siem Reap/KH; Tétouan/MA; Sousse/TN; Iași/RO; Trois-Rivières/CA",
        "country headings in French over `Commune de X — M. Name, maire` lines (`Commune "
        "urbaine de`, `Communauté urbaine de`, `Mairie de`, `Municipalité de Byblos (Jbeil)`, "
        "`Ville de X (Québec)`); the venue Dakar, the secretariat in Paris and the next "
        "meeting in Kinshasa are not new members",
    ),
    Page(
        "de-bodensee-erklaerung-tabelle-laenderkennzeichen",
        "de",
        "table_tabs;columns_after;person_after;not_signatory",
        "Bodensee-Städte unterzeichnen gemeinsame Erklärung zum Schutz des Trinkwassers",
        (2024, 7, 9),
        "Startseite > Aktuelles > Pressemitteilungen\n\n"
        "An Bord der MS Graf Zeppelin haben am Montag vor Meersburg 16 Städte und Gemeinden aus "
        "Deutschland, Österreich, der Schweiz und Liechtenstein eine gemeinsame Erklärung zum "
        "Schutz des Bodensees als Trinkwasserspeicher unterzeichnet. Aus dem See beziehen rund "
        "vier Millionen Menschen ihr Trinkwasser, ein großer Teil davon über die Entnahme der "
        "Bodensee-Wasserversorgung bei Sipplingen.\n\n"
        "Die Unterzeichnenden verpflichten sich, Einleitungen aus Kläranlagen und "
        "Regenüberläufen bis 2035 deutlich zu verringern, Spurenstoffe gemeinsam zu messen "
        "und die Ufer als Lebensraum zu erhalten. Die Erklärung wurde auf Einladung der "
        "Internationalen Bodensee-Konferenz erarbeitet und soll der Regierungskonferenz im "
        "Herbst vorgelegt werden.\n\n"
        "Unterzeichnet haben:",
        "Stadt / Gemeinde\tLand\tvertreten durch\n"
        "Stadt Konstanz\tD\tOberbürgermeister Ulrich Brandt\n"
        "Stadt Friedrichshafen\tD\tOberbürgermeisterin Sabine Keller\n"
        "Stadt Lindau (Bodensee)\tD\tOberbürgermeister Florian Maier\n"
        "Stadt Überlingen\tD\tOberbürgermeisterin Johanna Reiter\n"
        "Stadt Radolfzell am Bodensee\tD\tOberbürgermeister Tobias Wehrle\n"
        "Stadt Singen (Hohentwiel)\tD\tBürgermeister Martin Fritz in Vertretung des "
        "Oberbürgermeisters\n"
        "Landeshauptstadt Bregenz\tA\tBürgermeister Manfred Stadler\n"
        "Stadt Dornbirn\tA\tBürgermeisterin Claudia Rhomberg\n"
        "Marktgemeinde Lustenau\tA\tBürgermeister Kurt Hämmerle\n"
        "Marktgemeinde Hard\tA\tBürgermeister Stefan Böhler\n"
        "Stadt Kreuzlingen\tCH\tStadtpräsident Reto Oberholzer\n"
        "Stadt Arbon\tCH\tStadtpräsidentin Doris Zürcher\n"
        "Stadt Romanshorn\tCH\tStadtpräsident Peter Brunner\n"
        "Stadt Rorschach\tCH\tStadtpräsident Lukas Baumgartner\n"
        "Stadt St.Gallen\tCH\tStadtpräsidentin Monika Eberle\n"
        "Gemeinde Vaduz\tFL\tBürgermeisterin Petra Frick",
        "Weitere Städte und Gemeinden rund um den See können sich der Erklärung anschließen.\n\n"
        "Die Erklärung im Wortlaut (PDF, 240 KB)\n\n"
        "Pressekontakt: Geschäftsstelle der Bodensee-Städte, Konstanz",
        "Konstanz/DE; Friedrichshafen/DE; Lindau/DE; Überlingen/DE; Radolfzell/DE; Singen/DE; "
        "Bregenz/AT; Dornbirn/AT; Lustenau/AT; Hard/AT; Kreuzlingen/CH; Arbon/CH; "
        "Romanshorn/CH; Rorschach/CH; St. Gallen|Sankt Gallen/CH; Vaduz/LI",
        "a tab table of official names (`Stadt Lindau (Bodensee)`, `Stadt Singen "
        "(Hohentwiel)`, `Landeshauptstadt Bregenz`, `Marktgemeinde Hard`, `Stadt St.Gallen`) "
        "with car codes D, A, CH, FL and the signer; signed off Meersburg, Sipplingen named "
        "for its water intake: neither signs",
    ),
    Page(
        "nl-autoloze-zondag-gemeenten-per-provincie",
        "nl",
        "several_a_line;region_heading;no_country;not_signatory",
        "Autoloze zondag: 59 Vlaamse steden en gemeenten doen mee",
        (2023, 9, 12),
        "Home > Nieuws > Mobiliteit\n\n"
        "Op zondag 17 september maken 59 Vlaamse steden en gemeenten hun centrum of een deel "
        "van hun wijken autovrij. Ze sluiten zo de Week van de Mobiliteit af met "
        "straatfeesten, fietstochten en speelstraten. De VVSG en Mobiel 21 coördineren de "
        "campagne met de steun van de Vlaamse overheid.\n\n"
        "Brussel houdt zijn eigen autoloze zondag een week later, op 24 september, in het hele "
        "gewest.\n\n"
        "Deze gemeenten doen mee:",
        "Provincie Antwerpen (14)\n"
        "Antwerpen, Mechelen, Lier, Mol, Geel, Boom, Essen, Herentals, Turnhout, Mortsel, "
        "Brasschaat, Edegem, Hoogstraten, Westerlo\n\n"
        "Provincie Limburg (10)\n"
        "Hasselt, Genk, Bree, Peer, As, Tongeren, Lommel, Beringen, Bilzen, Maaseik\n\n"
        "Provincie Oost-Vlaanderen (13)\n"
        "Gent, Aalst, Ninove, Zele, Hamme, Ronse, Eeklo, Wetteren, Sint-Niklaas, Dendermonde, "
        "Oudenaarde, Zottegem, Lokeren\n\n"
        "Provincie Vlaams-Brabant (10)\n"
        "Leuven, Halle, Tienen, Diest, Vilvoorde, Aarschot, Grimbergen, Asse, Overijse, "
        "Tervuren\n\n"
        "Provincie West-Vlaanderen (12)\n"
        "Brugge, Kortrijk, Ieper, Menen, Tielt, Poperinge, Oostende, Diksmuide, Roeselare, "
        "Waregem, Knokke-Heist, Koksijde",
        "Staat uw gemeente er niet bij? Lokale besturen kunnen hun activiteiten nog tot 15 "
        "september doorgeven via het e-loket.\n\n"
        "Meer weten? Download de draaiboeken en het affichemateriaal op de campagnesite.",
        "Antwerpen|Antwerp/BE; Mechelen/BE; Lier/BE; Mol/BE; Geel/BE; Boom/BE; Essen/BE; "
        "Herentals/BE; Turnhout/BE; Mortsel/BE; Brasschaat/BE; Edegem/BE; Hoogstraten/BE; "
        "Westerlo/BE; Hasselt/BE; Genk/BE; Bree/BE; Peer/BE; As/BE; Tongeren/BE; Lommel/BE; "
        "Beringen/BE; Bilzen/BE; Maaseik/BE; Gent|Ghent/BE; Aalst/BE; Ninove/BE; Zele/BE; "
        "Hamme/BE; Ronse/BE; Eeklo/BE; Wetteren/BE; Sint-Niklaas/BE; Dendermonde/BE; "
        "Oudenaarde/BE; Zottegem/BE; Lokeren/BE; Leuven/BE; Halle/BE; Tienen/BE; Diest/BE; "
        "Vilvoorde/BE; Aarschot/BE; Grimbergen/BE; Asse/BE; Overijse/BE; Tervuren/BE; "
        "Brugge|Bruges/BE; Kortrijk/BE; Ieper/BE; Menen/BE; Tielt/BE; Poperinge/BE; "
        "Oostende|Ostend/BE; Diksmuide/BE; Roeselare/BE; Waregem/BE; Knokke-Heist/BE; "
        "Koksijde/BE",
        "59 Flemish municipalities between commas under `Provincie X (n)` headings, no "
        "country; short names that are words or bigger places elsewhere (Boom, Mol, As, Peer, "
        "Bree, Essen, Halle, Lier); Brussels holds its own car-free day",
    ),
    Page(
        "no-opprop-ordforere-parti-samiske-navn",
        "no",
        "one_a_line;person_before;named_twice;person_named_like_place;not_signatory;no_country",
        "Opprop fra ordførerne: Behold fødetilbudet der folk bor",
        (2025, 1, 22),
        "Aktuelt / Helse og omsorg\n\n"
        "Tolv ordførere i Nord-Norge og Trøndelag har skrevet under på et opprop til helse- "
        "og omsorgsministeren om fødetilbudet i distriktene. Oppropet ble overlevert i Oslo "
        "onsdag.\n\n"
        "Bakgrunnen er forslaget fra Helse Nord om å samle flere fødeavdelinger ved de store "
        "sykehusene, blant annet Nordlandssykehuset i Bodø. For mange kvinner vil det bety "
        "flere timers reise, ofte over fjelloverganger som stenges om vinteren.\n\n"
        "«Trygghet rundt fødsel handler ikke om antall sykehussenger, men om avstand og "
        "beredskap,» sier ordfører Ronja Eriksen i Tromsø. Oppropet har fått støtte fra "
        "Sametinget i Karasjok, som peker på at samiske kvinner må kunne føde på sitt eget "
        "språk.\n\n"
        "Oppropet er undertegnet av:",
        "Ronja Eriksen (Ap), ordfører, Tromsø kommune – Romssa suohkan\n"
        "Geir-Arne Olsen (H), varaordfører, Alta kommune – Álttá suohkan\n"
        "Áslat Mikkel Sara (Sp), ordfører, Guovdageainnu suohkan – Kautokeino kommune\n"
        "Hilde Johansen (Ap), ordfører, Hammerfest kommune – Hámmerfeastta suohkan\n"
        "Terje Pedersen (Ap), ordfører, Vadsø kommune – Čáhcesullo gielda\n"
        "Linda Kristiansen (SV), ordfører, Vardø kommune\n"
        "Odd-Bjørn Hansen (H), ordfører, Narvik kommune\n"
        "Marit Nordheim (Sp), ordfører, Harstad kommune – Hárstták suohkan\n"
        "Per Harstad (FrP), ordfører, Sortland kommune\n"
        "Elin Nilsen (Sp), ordfører, Aarborten tjïelte – Hattfjelldal kommune\n"
        "Toril Bakken (Sp), ordfører, Snåasen tjïelte – Snåsa kommune\n"
        "Hans Petter Rye (Ap), ordfører, Rossen tjïelte – Røros kommune",
        "Helse- og omsorgsdepartementet har bedt Helse Nord om en ny vurdering før saken "
        "behandles i foretaksmøtet i mars.\n\n"
        "Kontakt: kommunikasjonsrådgiver, tlf. 24 13 26 00",
        "Tromsø/NO; Alta/NO; Kautokeino/NO; Hammerfest/NO; Vadsø/NO; Vardø/NO; Narvik/NO; "
        "Harstad/NO; Sortland/NO; Hattfjelldal/NO; Snåsa|Snåase/NO; Røros/NO",
        "`Name (party), ordfører, X kommune – Sami name` lines, some with the Sami name first; "
        "a mayor named Harstad signs for Sortland; Oslo, Bodø's hospital and the Sámi "
        "Parliament in Karasjok are not signatories",
    ),
    Page(
        "da-nordisk-netvaerk-medlemmer-officielle-navne",
        "da",
        "one_a_line;region_heading;country_in_language;inflected;columns_after;not_signatory",
        "Medlemmer af Nordic Safe Cities",
        (2025, 3, 4),
        "Forside / Om os / Medlemmer\n\n"
        "Nordic Safe Cities er et netværk af nordiske byer, der arbejder for at forebygge "
        "polarisering, had og voldelig ekstremisme og styrke tilliden i lokalsamfundet. "
        "Netværket har sekretariat i København og støttes af Nordisk Ministerråd.\n\n"
        "Vi samarbejder også med Strong Cities Network i London og det europæiske forum for "
        "urban sikkerhed, Efus, i Paris.\n\n"
        "Næste Nordic Safe Cities Summit holdes i Helsingør den 10.-11. juni.\n\n"
        "Netværket har i dag 33 medlemsbyer:",
        "Danmark (10)\n"
        "Københavns Kommune · medlem siden 2016\n"
        "Aarhus Kommune · medlem siden 2016\n"
        "Odense Kommune · medlem siden 2017\n"
        "Aalborg Kommune · medlem siden 2017\n"
        "Esbjerg Kommune · medlem siden 2018\n"
        "Vejle Kommune · medlem siden 2019\n"
        "Frederiksberg Kommune · medlem siden 2019\n"
        "Albertslund Kommune · medlem siden 2020\n"
        "Ishøj Kommune · medlem siden 2021\n"
        "Holbæk Kommune · medlem siden 2023\n"
        "Sverige (7)\n"
        "Stockholms stad · medlem siden 2016\n"
        "Göteborgs Stad · medlem siden 2016\n"
        "Malmö stad · medlem siden 2016\n"
        "Uppsala kommun · medlem siden 2018\n"
        "Helsingborgs stad · medlem siden 2019\n"
        "Örebro kommun · medlem siden 2020\n"
        "Södertälje kommun · medlem siden 2022\n"
        "Norge (7)\n"
        "Oslo kommune · medlem siden 2016\n"
        "Bergen kommune · medlem siden 2017\n"
        "Stavanger kommune · medlem siden 2017\n"
        "Kristiansand kommune · medlem siden 2018\n"
        "Trondheim kommune – Tråante tjïelte · medlem siden 2019\n"
        "Drammen kommune · medlem siden 2021\n"
        "Bodø kommune · medlem siden 2024\n"
        "Finland (5)\n"
        "Helsingin kaupunki – Helsingfors stad · medlem siden 2016\n"
        "Tampereen kaupunki · medlem siden 2018\n"
        "Turun kaupunki – Åbo stad · medlem siden 2018\n"
        "Espoon kaupunki – Esbo stad · medlem siden 2021\n"
        "Vantaan kaupunki – Vanda stad · medlem siden 2024\n"
        "Island (3)\n"
        "Reykjavíkurborg · medlem siden 2017\n"
        "Hafnarfjarðarkaupstaður · medlem siden 2022\n"
        "Kópavogsbær · medlem siden 2023\n"
        "Færøerne (1)\n"
        "Tórshavnar kommuna · medlem siden 2023",
        "Vil din by være med? Medlemskab er åbent for alle kommuner i Norden. Kontakt "
        "sekretariatet for at høre mere.",
        "Copenhagen/DK; Aarhus/DK; Odense/DK; Aalborg/DK; Esbjerg/DK; Vejle/DK; "
        "Frederiksberg/DK; Albertslund/DK; Ishøj/DK; Holbæk/DK; Stockholm/SE; "
        "Gothenburg|Göteborg/SE; Malmö/SE; Uppsala/SE; Helsingborg/SE; Örebro/SE; "
        "Södertälje/SE; Oslo/NO; Bergen/NO; Stavanger/NO; Kristiansand/NO; Trondheim/NO; "
        "Drammen/NO; Bodø/NO; Helsinki/FI; Tampere/FI; Turku/FI; Espoo/FI; Vantaa/FI; "
        "Reykjavík/IS; Hafnarfjörður/IS; Kópavogur/IS; Tórshavn/FO",
        "members in their own official names and languages (`Københavns Kommune`, "
        "`Göteborgs Stad`, `Turun kaupunki – Åbo stad`, `Reykjavíkurborg`, "
        "`Hafnarfjarðarkaupstaður`, `Tórshavnar kommuna`) with `· medlem siden` under Danish "
        "country headings with counts; the summit's venue Helsingør, London and Paris are not "
        "members",
    ),
    Page(
        "el-anoichti-epistoli-nisiotikon-dimarchon",
        "el",
        "one_a_line;inflected;person_after;not_signatory;no_country",
        "Ανοιχτή επιστολή 16 νησιωτικών δημάρχων για την ακτοπλοΐα",
        (2025, 2, 27),
        "Αρχική > Ανακοινώσεις\n\n"
        "Με ανοιχτή επιστολή προς τον Υπουργό Ναυτιλίας και Νησιωτικής Πολιτικής, δεκαέξι "
        "δήμαρχοι νησιών του Αιγαίου ζητούν να εξασφαλιστεί η ακτοπλοϊκή σύνδεση των νησιών "
        "όλο τον χρόνο και όχι μόνο την τουριστική περίοδο.\n\n"
        "«Κύριε Υπουργέ,\n\n"
        "Κάθε χειμώνα οι κάτοικοι των νησιών μας μένουν για μέρες χωρίς πλοίο. Οι ασθενείς "
        "ταξιδεύουν με δυσκολία στα νοσοκομεία, τα σχολεία μένουν χωρίς εκπαιδευτικούς και οι "
        "επιχειρήσεις χωρίς εμπορεύματα. Ζητούμε:\n"
        "- άγονες γραμμές με συμβάσεις τουλάχιστον πέντε ετών,\n"
        "- σύνδεση κάθε νησιού τουλάχιστον τέσσερις φορές την εβδομάδα από τον Πειραιά, τη "
        "Ραφήνα ή το Λαύριο,\n"
        "- συμμετοχή των δήμων στις επιτροπές που σχεδιάζουν το ακτοπλοϊκό δίκτυο.\n\n"
        "Με εκτίμηση,",
        "Ο Δήμαρχος Νάξου και Μικρών Κυκλάδων\nΔημήτρης Λιανός\n"
        "Ο Δήμαρχος Θήρας\nΑντώνης Σιγάλας\n"
        "Ο Δήμαρχος Πάρου\nΓιώργος Κρητικός\n"
        "Η Δήμαρχος Σύρου-Ερμούπολης\nΜαρία Βαφειάδου\n"
        "Ο Δήμαρχος Τήνου\nΝίκος Φώσκολος\n"
        "Ο Δήμαρχος Άνδρου\nΠέτρος Γουλανδρής\n"
        "Ο Δήμαρχος Μήλου\nΣταύρος Βενετσάνος\n"
        "Ο Δήμαρχος Μυκόνου\nΚωνσταντίνος Ξυδάκης\n"
        "Ο Αντιδήμαρχος Ρόδου, για τον Δήμαρχο\nΣάββας Χατζηλαζάρου\n"
        "Ο Δήμαρχος Κω\nΙπποκράτης Νικηφόρου\n"
        "Ο Δήμαρχος Καλυμνίων\nΜιχάλης Μαγκλής\n"
        "Ο Δήμαρχος Πάτμου\nΙωάννης Γρύλλης\n"
        "Η Δήμαρχος Σύμης\nΕλευθερία Καραγιάννη\n"
        "Ο Δήμαρχος Καρπάθου\nΜανώλης Χατζηπαπάς\n"
        "Ο Δήμαρχος Χίου\nΑλέξανδρος Μαυρογιώργης\n"
        "Ο Δήμαρχος Σκιάθου\nΘοδωρής Ραπτάκης»",
        "Κοινοποίηση: Περιφέρεια Νοτίου Αιγαίου, Περιφέρεια Βορείου Αιγαίου, Κεντρική Ένωση "
        "Δήμων Ελλάδας\n\n"
        "Η επιστολή κατατέθηκε στο Υπουργείο, στον Πειραιά, την Πέμπτη.",
        "Naxos|Náxos/GR; Thira|Fira/GR; Paros|Páros/GR; Ermoupoli|Ermoúpolis/GR; "
        "Tinos|Tínos/GR; Andros/GR; Milos|Mílos/GR; Mykonos/GR; Rhodes|Ródos/GR; Kos/GR; "
        "Kalymnos|Kálymnos/GR; Patmos|Pátmos/GR; Symi|Sými/GR; Karpathos/GR; Chios/GR; "
        "Skiathos|Skiáthos/GR",
        "`Ο Δήμαρχος X` (genitive, `Νάξου και Μικρών Κυκλάδων`, `Καλυμνίων`, `Κω`) over the "
        "mayor's name, one deputy for his mayor; the ports Piraeus, Rafina, Lavrio and two "
        "regions named in the text, not signatories",
    ),
    Page(
        "ro-asociatia-oraselor-noi-membri-cod-judet",
        "ro",
        "running_text;state_codes;no_country;not_signatory",
        "Asociația Orașelor din România are 23 de membri noi",
        (2024, 10, 18),
        "Acasă / Comunicate de presă\n\n"
        "Adunarea Generală a Asociației Orașelor din România (AOR), desfășurată în perioada "
        "16-18 octombrie la Sovata (MS), a aprobat aderarea a 23 de orașe noi, la propunerea "
        "Consiliului Director.",
        "Devin astfel membri ai asociației orașele Azuga (PH), Slănic (PH), Nehoiu (BZ), "
        "Pătârlagele (BZ), Techirghiol (CT), Eforie (CT), Însurăței (BR), Ianca (BR), "
        "Făurei (BR), Lehliu Gară (CL), Budești (CL), Bolintin-Vale (GR), Mihăilești (GR), "
        "Pecica (AR), Lipova (AR), Ineu (AR), Siret (SV), Solca (SV), Tășnad (SM), "
        "Negrești-Oaș (SM), Băile Tușnad (HR), Covasna (CV) și Sângeorz-Băi (BN).",
        "Cererea de aderare a orașului Borșa (MM) va fi analizată în următoarea ședință, după "
        "completarea documentației.\n\n"
        "„Orașele mici au aceleași probleme ca municipiile, dar cu mult mai puțini oameni și "
        "bani. Împreună putem fi auziți la București”, a declarat președintele AOR, primarul "
        "orașului Predeal.\n\n"
        "Noii membri vor participa, începând cu anul viitor, la programele de formare pentru "
        "funcționarii publici și la grupurile de lucru privind fondurile europene.",
        "Azuga/RO; Slănic/RO; Nehoiu/RO; Pătârlagele/RO; Techirghiol/RO; Eforie/RO; "
        "Însurăței/RO; Ianca/RO; Făurei/RO; Lehliu Gară|Lehliu-Gară/RO; Budești/RO; "
        "Bolintin-Vale|Bolintin Vale/RO; Mihăilești/RO; Pecica/RO; Lipova/RO; Ineu/RO; "
        "Siret/RO; Solca/RO; Tășnad/RO; Negrești-Oaș/RO; Băile Tușnad/RO; Covasna/RO; "
        "Sângeorz-Băi/RO",
        "23 small towns in one sentence `X (CJ), ... și Y (BN)` with county codes that are "
        "countries' (BR, CL, GR, AR, SV, SM, HR, CV); the venue Sovata (MS), the exception "
        "Borșa (MM), Bucharest and the president's Predeal are not new members",
    ),
    Page(
        "hr-zajednicka-izjava-tri-gradonacelnika-za-grad",
        "hr",
        "few;one_a_line;person_after;inflected;named_twice;not_signatory",
        "Pula, Rijeka i Zadar potpisali zajedničku izjavu o kruzing turizmu",
        (2024, 4, 15),
        "Naslovnica / Vijesti\n\n"
        "Gradonačelnici Pule, Rijeke i Zadra potpisali su u petak zajedničku izjavu o "
        "održivom kruzing turizmu, kojom traže od Ministarstva mora, prometa i infrastrukture "
        "da gradovima omogući ograničavanje broja putnika s brodova koji istodobno borave u "
        "gradu.\n\n"
        "Po uzoru na Dubrovnik, koji je broj brodova na dan ograničio još 2019., i na "
        "Veneciju, koja je velikim brodovima zabranila uplovljavanje u središte grada, tri "
        "grada predlažu zajednički sustav najave dolazaka i naknadu za održavanje gradske "
        "infrastrukture.\n\n"
        "Izjava je potpisana na sjednici Predsjedništva Udruge gradova, a upućena je Vladi "
        "Republike Hrvatske i Hrvatskom saboru.",
        "Za Grad Pula – Pola\nMarko Ivančić, gradonačelnik\n\n"
        "Za Grad Rijeku\nIvana Kovačić Rubeša, gradonačelnica\n\n"
        "Za Grad Zadar\nTomislav Šarić, gradonačelnik",
        "Udruga gradova poziva i ostale obalne gradove, od Umaga do Splita, da se priključe "
        "inicijativi.",
        "Pula/HR; Rijeka/HR; Zadar/HR",
        "three signature blocks `Za Grad Pula – Pola` (bilingual), `Za Grad Rijeku` "
        "(accusative) over the mayor; genitives `Pule, Rijeke i Zadra` in the text; Dubrovnik, "
        "Venice, Umag and Split named but not signatories",
    ),
]

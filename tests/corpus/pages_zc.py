"""Hand-written pages, batch zc: written for issue #20 (branch acczc) during round 13 as a
held-out check, before any change to the reader for them and held out from all of round 13's
changes, by an engineer who had read neither the reader nor its tests, modelled on how global
and continental city networks publish statements and member pages (none copied): 7
statements (a summit declaration, a joint call before a COP, a charter, a forum declaration, an
appeal) with their signatories, and 7 member pages (a members table, members under world-region
headings, new members approved by a council or a board, members by province) in 14 languages
(en x4, fr, es, pt, ar, ru, tr, id, ko, de, sv; 5 to 50 entries). Shapes: African mayors'
summit declaration signed `Hon. Name, Title` / `Body (Country)` two-line blocks at a summit in
Kisumu, with the Sendai Framework and an Accra office; a South and Southeast Asian members tab
table of official bodies (`Chattogram City Corporation`, `Thimphu Thromde`, `Bangkok
Metropolitan Administration`) with associate members that are institutes and a secretariat in
Seoul; a Latin American call before COP30 in English running text grouped `Rosario and Córdoba
(Argentina)` with Belém the venue and Quito in the New Urban Agenda; a global members list
under world-region headings in capitals with `City — Country` lines and a co-president's mark;
a francophone declaration whose signatory table was copied one cell a line (`N°`,
`Collectivité`, `Pays`, `Signataire`) at a meeting in Dakar; Spanish new members approved by a
council, `Municipalidad de X (Provincia, País)` bullets, with the secretariat Montevideo;
Portuguese `Pela Câmara Municipal de X (País)` lines with a venue Mindelo and a treaty of
Lisbon; Arabic numbered new members `مدينة X (الدولة)` with the secretariat Kuwait; a Russian
tab table of `Город / Страна / Подписант` with a venue Kazan; Turkish new members in running
text with ablative country names (`İran'dan Tebriz ve Şiraz`) and a council in Bursa; an
Indonesian ASEAN mayors' declaration signed `Name, Wali Kota X (Country)` in every order; Korean
members under 시·도 headings several a line between middle dots; a German appeal of the
Mayors for Peace section in running text with `sowie` and Hiroshima, Nagasaki and the lead
city Hannover not signing; a Swedish members table copied one cell a line (`Kommun`, `Län`,
`Medlem sedan`) whose län are named after cities. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-africities-summit-declaration-hon-two-line-blocks-kisumu",
        "en",
        "one_a_line;person_before;region_after;not_signatory;person_named_like_place",
        "Kisumu Declaration of African Mayors on Resilient Intermediary Cities",
        (2024, 5, 21),
        "Home / Summit / Outcomes\n\nDeclaration | Resilience | Intermediary cities\n\n"
        "We, mayors and leaders of African local and regional governments, gathered at the "
        "Africities Summit in Kisumu, Kenya, from 17 to 21 May 2024,\n\n"
        "Recalling the Sendai Framework for Disaster Risk Reduction, the Paris Agreement and "
        "Agenda 2063 of the African Union;\n\n"
        "Noting that intermediary cities will absorb two thirds of the urban growth of the "
        "continent by 2050, and that most of them lack the fiscal means to plan for it;\n\n"
        "Commit to:\n"
        "1. prepare a local resilience strategy within two years, with the support of the "
        "network's Climate Task Force based in Rabat;\n"
        "2. dedicate a share of our own revenues to early-warning systems and drainage;\n"
        "3. report our progress at the next Summit.\n\n"
        "We thank the Governor of Kisumu County and the people of Kisumu for their hospitality, "
        "and the Accra office of the network for preparing this declaration.\n\n"
        "Signed by:",
        "Hon. Fatoumata Sylla, Mayor\nCommune of Kayes (Mali)\n\n"
        "Hon. Joseph Kariuki, Mayor\nNakuru City (Kenya)\n\n"
        "Her Worship Esther Nabwire, Lord Mayor\nJinja City (Uganda)\n\n"
        "Mr. Paul Kagame Mugisha, Mayor\nHuye District (Rwanda)\n\n"
        "Hon. Adwoa Mensah, Metropolitan Chief Executive\nKumasi Metropolitan Assembly "
        "(Ghana)\n\n"
        "Hon. Chinedu Okafor, Executive Chairman\nPort Harcourt City Local Government Area "
        "(Nigeria)\n\n"
        "Mrs. Aminata Diop, Mayor\nCity of Ziguinchor (Senegal)\n\n"
        "Hon. Ibrahim Juma, Mayor\nDodoma City Council (Tanzania)\n\n"
        "Cllr. Victoria Banda, Mayor\nLilongwe City Council (Malawi)\n\n"
        "Hon. Chanda Mwale, Mayor\nKitwe City Council (Zambia)\n\n"
        "Mr. Mohamed Ould Cheikh, Mayor\nCommune of Rosso (Mauritania)\n\n"
        "Cllr. Thandiwe Ndlovu, Executive Mayor\nCity of Mbombela (South Africa)\n\n"
        "Mr. Armando Chissano Nhaca, Municipal President\nMunicipality of Beira "
        "(Mozambique)\n\n"
        "Hon. Grace Kigali Uwase, Deputy Mayor\nMusanze District (Rwanda)\n\n"
        "Mr. Youssef Benali, President of the Communal Council\nCommune of Agadir (Morocco)\n\n"
        "Hon. Lerato Molefe, Mayor\nMaseru City Council (Lesotho)",
        "Read the declaration in French (PDF)\nRead the declaration in Arabic (PDF)\n\n"
        "Related\nAfricities 2027: call for host cities\nDurban and Abidjan share lessons on "
        "informal settlements",
        "Kayes/ML; Nakuru/KE; Jinja/UG; Butare|Huye/RW; Kumasi/GH; Port Harcourt/NG; "
        "Ziguinchor/SN; "
        "Dodoma/TZ; Lilongwe/MW; Kitwe/ZM; Rosso/MR; Mbombela|Nelspruit/ZA; "
        "Beira/MZ; Musanze|Ruhengeri/RW; Agadir/MA; Maseru/LS",
        "two-line blocks `Hon. Name, title` / `Body (Country)`; the venue Kisumu, the Sendai "
        "Framework, an office in Rabat and Accra; people named Kagame and Kigali; Durban and "
        "Abidjan in related news",
    ),
    Page(
        "en-asia-members-table-official-bodies-associates-secretariat-seoul",
        "en",
        "table_tabs;columns_after;not_signatory",
        "Our members: South and Southeast Asia",
        (2025, 2, 3),
        "About us\n›\nMembers\n›\nSouth and Southeast Asia\n\n"
        "The network brings together local governments, national associations and "
        "institutions working on sustainable urban development across the Asia-Pacific. Full "
        "members are cities and local governments; associate members are academic "
        "institutions, NGOs and development agencies. The list below is updated after each "
        "Executive Committee meeting. The Secretariat is hosted by the Seoul Metropolitan "
        "Government.\n\nFilter by country\nAll\nSearch\n\nShowing 52 members",
        "Member\tCountry\tCategory\tSince\n"
        "Kabul Municipality\tAfghanistan\tFull\t2005\n"
        "Chattogram City Corporation\tBangladesh\tFull\t1992\n"
        "Khulna City Corporation\tBangladesh\tFull\t2009\n"
        "Sylhet City Corporation\tBangladesh\tFull\t2016\n"
        "Local Government Engineering Department (LGED)\tBangladesh\tAssociate\t2011\n"
        "Thimphu Thromde\tBhutan\tFull\t2014\n"
        "Phnom Penh Capital Administration\tCambodia\tFull\t1996\n"
        "Siem Reap Provincial Town\tCambodia\tFull\t2012\n"
        "Battambang Municipality\tCambodia\tFull\t2018\n"
        "Greater Chennai Corporation\tIndia\tFull\t2001\n"
        "Pune Municipal Corporation\tIndia\tFull\t2010\n"
        "Surat Municipal Corporation\tIndia\tFull\t2015\n"
        "Bhubaneswar Municipal Corporation\tIndia\tFull\t2017\n"
        "Kochi Municipal Corporation\tIndia\tFull\t2019\n"
        "All India Institute of Local Self-Government, Mumbai\tIndia\tAssociate\t1998\n"
        "Jakarta Capital City Government\tIndonesia\tFull\t1987\n"
        "Surabaya City Government\tIndonesia\tFull\t2003\n"
        "Makassar City Government\tIndonesia\tFull\t2013\n"
        "Bandung City Government\tIndonesia\tFull\t2016\n"
        "Banda Aceh City Government\tIndonesia\tFull\t2008\n"
        "Vientiane Capital\tLao PDR\tFull\t2004\n"
        "Luang Prabang Town\tLao PDR\tFull\t2015\n"
        "Kuala Lumpur City Hall (DBKL)\tMalaysia\tFull\t1990\n"
        "Melaka Historic City Council (MBMB)\tMalaysia\tFull\t2011\n"
        "Kuching South City Council\tMalaysia\tFull\t2007\n"
        "Male' City Council\tMaldives\tFull\t2012\n"
        "Ulaanbaatar City\tMongolia\tFull\t1999\n"
        "Yangon City Development Committee\tMyanmar\tFull\t1997\n"
        "Mandalay City Development Committee\tMyanmar\tFull\t2002\n"
        "Kathmandu Metropolitan City\tNepal\tFull\t1994\n"
        "Lalitpur Metropolitan City\tNepal\tFull\t2006\n"
        "Pokhara Metropolitan City\tNepal\tFull\t2018\n"
        "Karachi Metropolitan Corporation\tPakistan\tFull\t1989\n"
        "Metropolitan Corporation Lahore\tPakistan\tFull\t2014\n"
        "City Government of Manila\tPhilippines\tFull\t1987\n"
        "Quezon City Government\tPhilippines\tFull\t2000\n"
        "City Government of Iloilo\tPhilippines\tFull\t2013\n"
        "Davao City Government\tPhilippines\tFull\t2009\n"
        "City Government of Puerto Princesa\tPhilippines\tFull\t2016\n"
        "Local Government Academy\tPhilippines\tAssociate\t2010\n"
        "Colombo Municipal Council\tSri Lanka\tFull\t1988\n"
        "Kandy Municipal Council\tSri Lanka\tFull\t2008\n"
        "Negombo Municipal Council\tSri Lanka\tFull\t2019\n"
        "Bangkok Metropolitan Administration\tThailand\tFull\t1987\n"
        "Chiang Mai Municipality\tThailand\tFull\t2006\n"
        "Hat Yai City Municipality\tThailand\tFull\t2012\n"
        "Dili Municipality\tTimor-Leste\tFull\t2017\n"
        "Ho Chi Minh City People's Committee\tViet Nam\tFull\t1992\n"
        "Hanoi People's Committee\tViet Nam\tFull\t1995\n"
        "Da Nang City People's Committee\tViet Nam\tFull\t2005\n"
        "Hue City People's Committee\tViet Nam\tFull\t2014\n"
        "Asian Institute of Technology, Pathum Thani\tThailand\tAssociate\t2003",
        "1–52 of 52\n\nBecome a member\nMembership fees and benefits (PDF)\n\n"
        "Members in East Asia and the Pacific are listed on a separate page. For membership "
        "questions, write to the Secretariat in Seoul.",
        "Kabul/AF; Chittagong|Chattogram/BD; Khulna/BD; Sylhet/BD; Thimphu/BT; Phnom Penh/KH; "
        "Siem Reap/KH; Battambang/KH; Chennai/IN; Pune/IN; Surat/IN; Bhubaneswar/IN; Kochi/IN; "
        "Jakarta/ID; Surabaya/ID; Makassar/ID; Bandung/ID; Banda Aceh/ID; Vientiane/LA; "
        "Luang Prabang/LA; Kuala Lumpur/MY; Malacca|Melaka/MY; Kuching/MY; Male/MV; "
        "Ulaanbaatar/MN; Yangon/MM; Mandalay/MM; Kathmandu/NP; Lalitpur|Patan/NP; Pokhara/NP; "
        "Karachi/PK; Lahore/PK; Manila/PH; Quezon City/PH; Iloilo/PH; Davao/PH; "
        "Puerto Princesa/PH; Colombo/LK; Kandy/LK; Negombo/LK; Bangkok/TH; Chiang Mai/TH; "
        "Hat Yai/TH; Dili/TL; Ho Chi Minh City/VN; Hanoi/VN; Da Nang/VN; Huế|Hue/VN",
        "a members tab table of official bodies with country, category and year columns; "
        "associate members that are institutes in Dhaka, Mumbai, Manila and Pathum Thani; the "
        "secretariat Seoul",
    ),
    Page(
        "en-latam-call-before-cop30-running-grouped-by-country-belem",
        "en",
        "running_text;region_after;not_signatory",
        "Latin American cities call for direct access to climate finance ahead of COP30",
        (2025, 10, 28),
        "News\n/\nClimate\n\n"
        "Six mayors from the region's network have signed a joint call to the Presidency of "
        "COP30, which opens in Belém next month, asking that a fixed share of the new climate "
        "finance goal flow directly to cities.\n\n"
        "Ten years after the Paris Agreement and nine after the New Urban Agenda was adopted in "
        "Quito, the call argues, local governments still receive less than a tenth of the "
        "climate finance that reaches the region, although they carry out most of the work on "
        "transport, waste and flood protection.",
        "The call was signed by the mayors of Rosario and Córdoba (Argentina), Niterói "
        "(Brazil), Valparaíso (Chile), Cuenca (Ecuador) and Canelones (Uruguay).",
        '"We are not asking for charity, we are asking for a seat at the table," said '
        "Valparaíso's mayor, Camila Robles. The signatories will present the call at the "
        "Local Leaders Forum in Rio de Janeiro on 3 November, before the network's delegation "
        "travels to Belém.\n\n"
        "Related news\nMontevideo hosts the network's urban mobility week\nLima and La Paz "
        "sign a water-sharing agreement",
        "Rosario/AR; Córdoba/AR; Niterói/BR; Valparaíso/CL; Cuenca/EC; Canelones/UY",
        "running text grouped `Rosario and Córdoba (Argentina)`; Belém the venue of COP30, Quito "
        "in the New Urban Agenda, the forum's venue Rio de Janeiro; Montevideo, Lima and La Paz "
        "in related news",
    ),
    Page(
        "en-global-members-world-region-headings-caps-dash-country",
        "en",
        "one_a_line;region_heading;not_signatory;teasers",
        "Member cities by region",
        (2025, 6, 30),
        "Who we are\nMembers\nBoard of Directors\nSecretariat General\n\n"
        "The association of major metropolises has 50 full members on five continents. "
        "Members marked * hold a co-presidency or a regional vice-presidency for the term "
        "2024–2026. The General Assembly of June 2025, held in Brasília, admitted three new "
        "members: Tunis, Douala and Gaziantep.\n\nDownload the list (XLSX)",
        "AFRICA\n"
        "Abidjan — Côte d'Ivoire\n"
        "Addis Ababa — Ethiopia\n"
        "Antananarivo — Madagascar\n"
        "Bamako — Mali\n"
        "Brazzaville — Congo\n"
        "Dakar — Senegal\n"
        "Douala — Cameroon\n"
        "Johannesburg* — South Africa\n"
        "Kinshasa — DR Congo\n"
        "Lagos — Nigeria\n"
        "Rabat — Morocco\n"
        "Tunis — Tunisia\n\n"
        "ASIA-PACIFIC\n"
        "Bangkok — Thailand\n"
        "Chengdu — China\n"
        "Colombo — Sri Lanka\n"
        "Guangzhou* — China\n"
        "Kathmandu — Nepal\n"
        "Kolkata — India\n"
        "Melbourne — Australia\n"
        "Seoul — Republic of Korea\n"
        "Taipei — Chinese Taipei\n"
        "Ulaanbaatar — Mongolia\n"
        "Wuhan — China\n\n"
        "EUROPE\n"
        "Barcelona* — Spain\n"
        "Berlin — Germany\n"
        "Brussels — Belgium\n"
        "Bucharest — Romania\n"
        "Gothenburg — Sweden\n"
        "Lisbon — Portugal\n"
        "Tirana — Albania\n\n"
        "LATIN AMERICA AND THE CARIBBEAN\n"
        "Belo Horizonte — Brazil\n"
        "Bogotá — Colombia\n"
        "Buenos Aires — Argentina\n"
        "Guatemala City — Guatemala\n"
        "La Paz — Bolivia\n"
        "Mexico City* — Mexico\n"
        "Montevideo — Uruguay\n"
        "Quito — Ecuador\n"
        "Santiago — Chile\n"
        "São Paulo — Brazil\n\n"
        "MIDDLE EAST AND WEST ASIA\n"
        "Amman — Jordan\n"
        "Dubai — United Arab Emirates\n"
        "Erbil — Iraq\n"
        "Gaziantep — Türkiye\n"
        "Istanbul* — Türkiye\n"
        "Mashhad — Iran\n"
        "Tehran — Iran\n\n"
        "NORTH AMERICA\n"
        "Guadalajara — Mexico\n"
        "Montréal* — Canada\n"
        "Toronto — Canada",
        "* Co-presidency or regional vice-presidency\n\n"
        "Secretariat General\nAvinguda Diagonal 220, Barcelona\n\n"
        "Latest\nSydney and Auckland join the Women in Metropolises programme\n"
        "Hanoi hosts the Asia-Pacific regional meeting",
        "Abidjan/CI; Addis Ababa/ET; Antananarivo/MG; Bamako/ML; Brazzaville/CG; Dakar/SN; "
        "Douala/CM; Johannesburg/ZA; Kinshasa/CD; Lagos/NG; Rabat/MA; Tunis/TN; Bangkok/TH; "
        "Chengdu/CN; Colombo/LK; Guangzhou/CN; Kathmandu/NP; Kolkata/IN; Melbourne/AU; "
        "Seoul/KR; Taipei/TW; Ulaanbaatar/MN; Wuhan/CN; Barcelona/ES; Berlin/DE; "
        "Brussels/BE; Bucharest/RO; Gothenburg/SE; Lisbon/PT; "
        "Tirana/AL; Belo Horizonte/BR; Bogotá/CO; Buenos Aires/AR; Guatemala City/GT; "
        "La Paz/BO; Mexico City/MX; Montevideo/UY; Quito/EC; Santiago/CL; São Paulo/BR; "
        "Amman/JO; Dubai/AE; Erbil/IQ; Gaziantep/TR; Istanbul/TR; Mashhad/IR; Tehran/IR; "
        "Guadalajara/MX; Montréal/CA; Toronto/CA",
        "50 `City — Country` lines under world-region headings in capitals, co-presidents "
        "marked `*`; Brasília the assembly's venue; three new members named in the intro that "
        "are also in the list; the secretariat's address in Barcelona, a member; Sydney, "
        "Auckland and Hanoi in latest news",
    ),
    Page(
        "fr-declaration-dakar-tableau-cellule-par-ligne-collectivite-pays-signataire",
        "fr",
        "one_a_line;numbered;country_in_language;person_after;not_signatory;"
        "person_named_like_place",
        "Déclaration de Dakar des maires d'Afrique de l'Ouest et du Centre sur l'eau et "
        "l'assainissement",
        (2025, 3, 22),
        "Accueil > Actualités > Déclarations\n\n"
        "Réunis à Dakar à l'occasion de la Journée mondiale de l'eau, à l'invitation de la "
        "Ville de Dakar et du réseau des élus locaux francophones, les maires et présidents "
        "de collectivités soussignés :\n\n"
        "– rappelant l'Accord de Paris et l'Agenda 2030 ;\n"
        "– constatant que moins d'un habitant sur deux de nos villes secondaires a accès à un "
        "assainissement géré en toute sécurité ;\n"
        "– saluant l'appui du Secrétariat permanent, à Paris, et du bureau régional de "
        "Ouagadougou ;\n\n"
        "s'engagent à consacrer au moins 10 % de leur budget d'investissement à l'eau et à "
        "l'assainissement d'ici 2030, et demandent aux États et aux bailleurs d'ouvrir aux "
        "communes un accès direct aux financements.\n\n"
        "Liste des signataires",
        "N°\nCollectivité\nPays\nSignataire\n"
        "1\nVille de Niamey\nNiger\nM. Oumarou Sani, Administrateur délégué\n"
        "2\nCommune de Bobo-Dioulasso\nBurkina Faso\nM. Issouf Traoré, Président de la "
        "Délégation spéciale\n"
        "3\nCommune de Parakou\nBénin\nM. Chabi Gounou, Maire\n"
        "4\nCommune de Kara\nTogo\nMme Essowè Padabo, Maire\n"
        "5\nVille de Thiès\nSénégal\nM. Babacar Ndiaye, Maire\n"
        "6\nCommune urbaine de Ségou\nMali\nM. Bakary Coulibaly, Président de la Délégation "
        "spéciale\n"
        "7\nCommune urbaine de Kankan\nGuinée\nMme Aïssata Kindia Camara, Présidente de la "
        "Délégation spéciale\n"
        "8\nCommune de Bouaké\nCôte d'Ivoire\nM. Konan Yao, Maire\n"
        "9\nCommunauté urbaine de Garoua\nCameroun\nM. Hamadou Bello, Maire de la Ville\n"
        "10\nVille de N'Djaména\nTchad\nMme Achta Mahamat, Maire\n"
        "11\nCommune de Libreville\nGabon\nMme Nadège Ondo, Maire\n"
        "12\nVille de Pointe-Noire\nCongo\nM. Jean-Claude Loemba, Maire\n"
        "13\nCommune de Nouadhibou\nMauritanie\nM. Sidi Ould Ahmed, Maire",
        "Fait à Dakar, le 22 mars 2025.\n\n"
        "Télécharger la déclaration (PDF, 420 Ko)\n\n"
        "À lire aussi\nLes maires de Cotonou et de Lomé au Forum mondial de l'eau\n"
        "Saint-Louis accueillera la prochaine rencontre régionale",
        "Niamey/NE; Bobo-Dioulasso/BF; Parakou/BJ; Kara/TG; Thiès/SN; Ségou/ML; Kankan/GN; "
        "Bouaké/CI; Garoua/CM; N'Djamena/TD; Libreville/GA; Pointe-Noire/CG; Nouadhibou/MR",
        "a signatories table copied one cell a line (`N°`, `Collectivité`, `Pays`, "
        "`Signataire`); the venue and host Dakar, the Paris Agreement, a secretariat in Paris "
        "and an office in Ouagadougou; a mayor named Kindia; Cotonou, Lomé and Saint-Louis in "
        "related news",
    ),
    Page(
        "es-consejo-aprueba-nuevos-miembros-municipalidad-provincia-pais-tandil",
        "es",
        "bulleted;region_after;country_in_language;not_signatory",
        "El Consejo aprobó el ingreso de siete nuevas ciudades a la Red",
        (2025, 4, 11),
        "Inicio » Noticias » Institucional\n\n"
        "Reunido en Tandil los días 9 y 10 de abril, el Consejo de la Red aprobó por "
        "unanimidad las solicitudes de ingreso de siete gobiernos locales de cinco países. "
        "Con ellos, la Red suma 395 ciudades asociadas en Argentina, Bolivia, Brasil, Chile, "
        "Colombia, Paraguay, Perú, Uruguay y Venezuela.\n\n"
        "La reunión fue abierta por el intendente anfitrión, Ramiro Olivera, y por la "
        "presidenta de la Red, Lucía Ferraz, de Niterói. La Secretaría Ejecutiva, con sede en "
        "Montevideo, presentó el informe de gestión del primer trimestre.\n\n"
        "Las nuevas asociadas son:",
        "• Municipalidad de Villa María (Córdoba, Argentina)\n"
        "• Municipalidad de Rafaela (Santa Fe, Argentina)\n"
        "• Prefeitura Municipal de Pelotas (Rio Grande do Sul, Brasil)\n"
        "• Intendencia de Paysandú (Uruguay)\n"
        "• Municipalidad de Encarnación (Itapúa, Paraguay)\n"
        "• Municipalidad de Talca (Región del Maule, Chile)\n"
        "• Gobierno Autónomo Municipal de Tarija (Bolivia)",
        "Las nuevas ciudades participarán desde ya en las Unidades Temáticas y podrán votar "
        "en la próxima Cumbre, que se celebrará en diciembre en Asunción.\n\n"
        "Noticias relacionadas\nRosario y Canelones comparten experiencias de presupuesto "
        "participativo\nSe lanzó el programa de pasantías con sede en Porto Alegre",
        "Villa María/AR; Rafaela/AR; Pelotas/BR; "
        "Intendencia de Paysandú|Paysandú Department/UY/region; Encarnación/PY; Talca/CL; "
        "Tarija/BO",
        "bullets `Municipalidad de X (Provincia, País)` with provinces named like cities "
        "(Córdoba, Santa Fe); the council's venue Tandil, a president from Niterói, the "
        "secretariat Montevideo and the next summit in Asunción; Rosario, Canelones and Porto "
        "Alegre in related news",
    ),
    Page(
        "pt-carta-mindelo-pela-camara-municipal-pais-capitais-lusofonas",
        "pt",
        "one_a_line;country_in_language;not_signatory",
        "Carta do Mindelo sobre as cidades e o oceano",
        (2024, 11, 8),
        "Início | Notícias | Assembleia Geral\n\n"
        "Reunidos no Mindelo, ilha de São Vicente, por ocasião da 40.ª Assembleia Geral da "
        "União, os representantes das cidades de língua portuguesa aprovaram a Carta do "
        "Mindelo, que compromete as cidades costeiras com a proteção do oceano.\n\n"
        "A Carta retoma os compromissos da Conferência dos Oceanos realizada em Lisboa em "
        "2022 e do Acordo de Paris, e propõe uma rede de observatórios costeiros coordenada a "
        "partir da sede da União, em Lisboa.\n\n"
        "A Câmara Municipal de São Vicente, anfitriã, agradeceu a presença das delegações.\n\n"
        "Assinaram a Carta:",
        "Pela Câmara Municipal da Praia (Cabo Verde)\n"
        "Pela Administração Municipal de Luanda (Angola)\n"
        "Pelo Conselho Municipal de Maputo (Moçambique)\n"
        "Pelo Conselho Municipal da Beira (Moçambique)\n"
        "Pela Câmara Municipal de Bissau (Guiné-Bissau)\n"
        "Pela Câmara Distrital de Água Grande – São Tomé (São Tomé e Príncipe)\n"
        "Pela Autoridade Municipal de Díli (Timor-Leste)\n"
        "Pelo Instituto para os Assuntos Municipais de Macau (RAE de Macau, China)\n"
        "Pela Prefeitura de Salvador (Brasil)\n"
        "Pela Câmara Municipal de Cascais (Portugal)",
        "Mindelo, 8 de novembro de 2024\n\n"
        "Descarregar a Carta (PDF)\n\n"
        "Notícias relacionadas\nInhambane e Ribeira Grande reforçam cooperação no turismo\n"
        "Formação de quadros municipais arranca em Coimbra",
        "Praia/CV; Luanda/AO; Maputo/MZ; Beira/MZ; Bissau/GW; São Tomé/ST; Dili/TL; "
        "Macau/MO; Salvador/BR; Cascais/PT",
        "`Pela Câmara Municipal de X (País)` lines with countries in Portuguese; "
        "the venue Mindelo and host São Vicente, the ocean "
        "conference of Lisbon and the seat in Lisbon; Inhambane, Ribeira Grande and Coimbra in "
        "related news",
    ),
    Page(
        "ar-majlis-qabul-audwiya-mudun-murqqama-dawla-bayn-qawsayn-doha",
        "ar",
        "numbered;country_in_language;not_signatory",
        "المجلس الدائم يوافق على انضمام خمس مدن جديدة إلى المنظمة",
        (2025, 1, 27),
        "الرئيسية / الأخبار / أخبار المنظمة\n\n"
        "عقد المجلس الدائم للمنظمة دورته الخامسة والأربعين في مدينة الدوحة بدولة قطر، "
        "برئاسة رئيس المجلس السيد خالد العتيبي، وبمشاركة ممثلي المدن الأعضاء من ثماني عشرة "
        "دولة عربية.\n\n"
        "واستعرض المجلس تقرير الأمانة العامة في الكويت حول برامج المنظمة لعام 2024، ومنها "
        "جائزة المدن العربية وبرنامج تدريب العاملين في البلديات، كما ناقش مشاركة المنظمة في "
        "المنتدى الحضري العالمي الثاني عشر في القاهرة.\n\n"
        "ووافق المجلس بالإجماع على قبول عضوية المدن التالية:",
        "1. مدينة الزرقاء (المملكة الأردنية الهاشمية)\n"
        "2. بلدية صلالة (سلطنة عُمان)\n"
        "3. بلدية سوسة (الجمهورية التونسية)\n"
        "4. جماعة طنجة (المملكة المغربية)\n"
        "5. أمانة محافظة جدة (المملكة العربية السعودية)",
        "وبذلك يرتفع عدد المدن الأعضاء في المنظمة إلى 418 مدينة. وقرر المجلس عقد دورته "
        "المقبلة في مدينة مسقط في شهر أكتوبر.\n\n"
        "أخبار ذات صلة\nتكريم بلدية إربد بجائزة المدن العربية للنظافة\n"
        "ورشة عمل حول التخطيط العمراني في مدينة وهران",
        "Zarqa/JO; Salalah/OM; Sousse/TN; Tangier/MA; Jeddah/SA",
        "five numbered `مدينة/بلدية/جماعة/أمانة X (الدولة)` lines with countries' full "
        "official names; the council's venue Doha, the secretariat Kuwait, the World Urban "
        "Forum in Cairo and the next session in Muscat; Irbid and Oran in related news",
    ),
    Page(
        "ru-deklaratsiya-foruma-kazan-tablitsa-gorod-strana-podpisant",
        "ru",
        "table_tabs;numbered;country_in_language;columns_after;not_signatory;"
        "person_named_like_place",
        "Казанская декларация мэров городов Евразии о климатической устойчивости",
        (2025, 9, 12),
        "Главная / Пресс-центр / Документы\n\n"
        "11–12 сентября 2025 года в Казани прошёл Евразийский форум мэров, организованный "
        "Евразийской секцией Всемирной организации «Объединённые города и местные власти» при "
        "поддержке мэрии Казани. В работе форума приняли участие делегации 27 городов.\n\n"
        "По итогам форума главы городов приняли декларацию, в которой обязались разработать "
        "городские планы адаптации к изменению климата с учётом Сендайской рамочной "
        "программы по снижению риска бедствий и Парижского соглашения, а также обмениваться "
        "опытом через секретариат секции в Москве.\n\n"
        "Декларацию подписали:",
        "№\tГород\tСтрана\tПодписант\n"
        "1\tБишкек\tКыргызская Республика\tМэр города Бишкек Т. А. Сыдыков\n"
        "2\tАлматы\tРеспублика Казахстан\tАким города Алматы Е. С. Нурланов\n"
        "3\tТашкент\tРеспублика Узбекистан\tХоким города Ташкента Ш. Б. Юсупов\n"
        "4\tДушанбе\tРеспублика Таджикистан\tПредседатель города Душанбе Р. Н. Саидов\n"
        "5\tЕреван\tРеспублика Армения\tМэр Еревана А. Г. Петросян\n"
        "6\tМинск\tРеспублика Беларусь\tЗаместитель председателя Мингорисполкома "
        "В. И. Гомельский\n"
        "7\tБаку\tАзербайджанская Республика\tГлава Исполнительной власти города Баку "
        "Э. Р. Мамедов\n"
        "8\tАшхабад\tТуркменистан\tХяким города Ашхабада М. Д. Аннаев\n"
        "9\tСамарканд\tРеспублика Узбекистан\tХоким города Самарканда Б. Х. Рахимов\n"
        "10\tГюмри\tРеспублика Армения\tМэр общины Гюмри С. А. Карапетян\n"
        "11\tКараганда\tРеспублика Казахстан\tЗаместитель акима города Д. К. Астанова\n"
        "12\tОш\tКыргызская Республика\tМэр города Ош Н. Ж. Ташиев",
        "Следующий форум пройдёт в 2026 году в Астане.\n\n"
        "Читайте также\nВ Нижнем Новгороде обсудили цифровизацию городского транспорта\n"
        "Мэры Тбилиси и Кишинёва подписали меморандум о сотрудничестве",
        "Bishkek/KG; Almaty/KZ; Tashkent/UZ; Dushanbe/TJ; Yerevan/AM; Minsk/BY; Baku/AZ; "
        "Ashgabat/TM; Samarkand/UZ; Gyumri/AM; Karaganda|Qaraghandy/KZ; Osh/KG",
        "a numbered tab table `№ / Город / Страна / Подписант` with countries' full official "
        "names and signers in genitive (`Хоким города Ташкента`); the venue Kazan, the Sendai "
        "Framework, the secretariat Moscow and the next forum in Astana; signers named "
        "Gomelsky and Astanova; Nizhny Novgorod, Tbilisi and Chișinău in related news",
    ),
    Page(
        "tr-konsey-yeni-uyeler-running-ulkeden-ablative-bursa",
        "tr",
        "running_text;inflected;country_in_language;not_signatory",
        "Bölgesel Konsey 11 yeni üyeyi onayladı",
        (2025, 11, 20),
        "Ana Sayfa > Haberler > Kurumsal\n\n"
        "Birleşmiş Kentler ve Yerel Yönetimler Orta Doğu ve Batı Asya Bölge Teşkilatı'nın "
        "Konsey toplantısı 18-19 Kasım tarihlerinde Bursa Büyükşehir Belediyesi'nin ev "
        "sahipliğinde gerçekleştirildi. Toplantıya 14 ülkeden belediye başkanları ve yerel "
        "yönetim birlikleri katıldı.\n\n"
        "Genel Sekreterliğin İstanbul'daki merkezinden sunulan faaliyet raporunun ardından "
        "Konsey, Sendai Çerçevesi doğrultusunda hazırlanan afet dirençliliği programını kabul "
        "etti.",
        "Toplantıda 11 yeni üyenin başvurusu oy birliğiyle onaylandı: İran'dan Tebriz ve "
        "Şiraz belediyeleri, Ürdün'den Irbid Belediyesi, Lübnan'dan Sayda ve Zahle "
        "belediyeleri, Filistin'den Nablus Belediyesi, Azerbaycan'dan Gence Belediyesi, "
        "Gürcistan'dan Batum Belediyesi ile Türkiye'den Malatya, Sivas ve Tekirdağ büyükşehir "
        "ve il belediyeleri Teşkilat'a katıldı.",
        "Bursa Büyükşehir Belediye Başkanı toplantının açılışında yaptığı konuşmada, "
        "depremden etkilenen Hatay ve Kahramanmaraş'taki yeniden yapılanma sürecinde "
        "kentler arası dayanışmanın önemine dikkat çekti. Bir sonraki Konsey toplantısı "
        "Mayıs 2026'da Tahran'da yapılacak.\n\n"
        "İlgili haberler\nKonya'da kadın belediye başkanları buluştu\n"
        "Gaziantep ve Erbil arasında kardeş şehir protokolü imzalandı",
        "Tabriz/IR; Shiraz/IR; Irbid/JO; Sidon|Saida/LB; Zahlé/LB; Nablus/PS; Ganja/AZ; "
        "Batumi/GE; Malatya/TR; Sivas/TR; Tekirdağ/TR",
        "new members in one sentence grouped by country in the ablative (`İran'dan Tebriz ve "
        "Şiraz belediyeleri`) with Turkish exonyms (Sayda, Gence, Batum); the host Bursa, "
        "the secretariat Istanbul, Hatay and Kahramanmaraş, the next council in Tehran; Konya, "
        "Gaziantep and Erbil in related news",
    ),
    Page(
        "id-deklarasi-forum-wali-kota-asean-nama-jabatan-segala-urutan-semarang",
        "id",
        "one_a_line;person_before;person_after;country_in_language;not_signatory;"
        "person_named_like_place",
        "Deklarasi Semarang: Kota-Kota ASEAN untuk Pengelolaan Sampah Plastik",
        (2025, 8, 14),
        "Beranda › Berita › Siaran Pers\n\n"
        "Semarang – Sebelas kepala daerah dari tujuh negara Asia Tenggara menandatangani "
        "Deklarasi Semarang pada penutupan Forum Wali Kota ASEAN ke-9, Kamis (14/8). Forum "
        "yang diselenggarakan oleh Pemerintah Kota Semarang bersama jaringan kota-kota "
        "Asia-Pasifik ini membahas pengurangan sampah plastik yang bermuara ke laut.\n\n"
        "Dalam deklarasi tersebut, para penandatangan berkomitmen mengurangi kebocoran sampah "
        "plastik ke sungai dan laut sebesar 50 persen pada 2030, sejalan dengan Persetujuan "
        "Paris dan Rencana Aksi Regional ASEAN yang dikoordinasikan Sekretariat ASEAN di "
        "Jakarta.\n\n"
        "Penandatangan Deklarasi Semarang:",
        "Wali Kota Bogor, Bima Prasetyo (Indonesia)\n"
        "Dr. Ir. Medan Saputra, M.Si., Wali Kota Balikpapan (Indonesia)\n"
        "Hj. Siti Rahmawati, S.E. (Wali Kota Pontianak, Indonesia)\n"
        "Gubernur Bangkok, Somchai Wongsakul (Thailand)\n"
        "Maria Luisa Gaspar, Wali Kota Cebu (Filipina)\n"
        "Wali Kota Baguio, Roberto Dizon (Filipina)\n"
        "Dato' Ahmad Faizal, Datuk Bandar Ipoh (Malaysia)\n"
        "Nguyễn Văn Hùng, Ketua Komite Rakyat Kota Cần Thơ (Vietnam)\n"
        "Sok Vanna, Gubernur Provinsi Preah Sihanouk mewakili Kota Sihanoukville (Kamboja)\n"
        "U Kyaw Zin, Wakil Ketua Komite Pembangunan Kota Yangon (Myanmar)\n"
        "Awang Haji Rosli, Ketua Dewan Kota Bandar Seri Begawan (Brunei Darussalam)",
        "Wali Kota Semarang selaku tuan rumah menyatakan forum berikutnya akan digelar di "
        "Da Nang, Vietnam, pada 2026.\n\n"
        "Bagikan\n\nBerita Terkait\nSurabaya raih penghargaan kota bersih ASEAN\n"
        "Makassar dan Davao jajaki kerja sama pengelolaan pelabuhan",
        "Bogor/ID; Balikpapan/ID; Pontianak/ID; Bangkok/TH; Cebu City|Cebu/PH; Baguio/PH; "
        "Ipoh/MY; Cần Thơ|Can Tho/VN; Sihanoukville/KH; Yangon/MM; Bandar Seri Begawan/BN",
        "`Name, Wali Kota X (Negara)` lines in every order of name, title and country, a "
        "provincial governor signing for a city; the host Semarang, the Paris Agreement, the "
        "ASEAN Secretariat in Jakarta and the next forum in Da Nang; a mayor named Medan; "
        "Surabaya, Makassar and Davao in related news",
    ),
    Page(
        "ko-geongangdosi-hoewon-sido-jemok-gaundetjeom-yeoreo-doshi",
        "ko",
        "several_a_line;region_heading;no_country;not_signatory",
        "회원도시 현황",
        (2025, 3, 5),
        "협의회 소개 > 회원도시 > 회원도시 현황\n\n"
        "대한민국건강도시협의회는 세계보건기구(WHO) 서태평양지역 건강도시연맹(AFHC)의 "
        "한국 지부로서, 시민의 건강을 도시 정책의 중심에 두는 지방정부들이 모여 2006년에 "
        "창립하였습니다. 협의회 사무국은 세종특별자치시에 있으며, 회원도시는 매년 "
        "총회에서 승인됩니다.\n\n"
        "2024년 10월 일본 이치카와시에서 열린 AFHC 총회에서 우리 협의회 회원도시 5곳이 "
        "건강도시상을 수상하였습니다.\n\n"
        "시·도별 회원도시 (2025년 3월 기준, 32개 시)",
        "경기도\n"
        "수원시 · 성남시 · 고양시 · 부천시 · 안산시 · 안양시 · 광명시 · 군포시\n\n"
        "강원특별자치도\n"
        "원주시 · 춘천시 · 강릉시 · 속초시\n\n"
        "충청북도\n"
        "청주시 · 충주시\n\n"
        "충청남도\n"
        "천안시 · 아산시 · 서산시\n\n"
        "전북특별자치도\n"
        "전주시 · 익산시\n\n"
        "전라남도\n"
        "목포시 · 순천시 · 여수시\n\n"
        "경상북도\n"
        "포항시 · 경주시 · 안동시 · 구미시\n\n"
        "경상남도\n"
        "창원시 · 김해시 · 진주시 · 양산시\n\n"
        "제주특별자치도\n"
        "제주시 · 서귀포시",
        "※ 광역시·특별시의 자치구 회원은 별도 페이지에서 확인하실 수 있습니다.\n\n"
        "가입 안내\n가입신청서 내려받기 (HWP)\n\n"
        "최근 소식\n대구 수성구, 걷기 좋은 도시 사례 발표\n광주 동구 건강도시 포럼 개최",
        "Suwon/KR; Seongnam/KR; Goyang/KR; Bucheon/KR; Ansan/KR; Anyang/KR; Gwangmyeong/KR; "
        "Gunpo/KR; Wonju/KR; Chuncheon/KR; Gangneung/KR; Sokcho/KR; Cheongju/KR; Chungju/KR; "
        "Cheonan/KR; Asan/KR; Seosan/KR; Jeonju/KR; Iksan/KR; Mokpo/KR; "
        "Suncheon/KR; Yeosu/KR; Pohang/KR; Gyeongju/KR; Andong/KR; Gumi/KR; Changwon/KR; "
        "Gimhae/KR; Jinju/KR; Yangsan/KR; Jeju City|Jeju/KR; Seogwipo/KR",
        "32 cities in Korean, several a line between middle dots under province headings "
        "(`강원특별자치도`, `경상남도`); the secretariat Sejong, an assembly in Ichikawa (Japan); "
        "districts of Daegu and Gwangju in latest news",
    ),
    Page(
        "de-appell-deutsche-sektion-running-sowie-hiroshima-hannover",
        "de",
        "running_text;person_before;not_signatory;person_named_like_place",
        "Appell zum 80. Jahrestag: Atomwaffen ächten, Städte schützen",
        (2025, 8, 6),
        "Startseite > Aktuelles > Erklärungen\n\n"
        "Zum 80. Jahrestag der Atombombenabwürfe auf Hiroshima und Nagasaki haben "
        "Stadtoberhäupter aus ganz Deutschland einen gemeinsamen Appell an die "
        "Bundesregierung in Berlin gerichtet. Sie fordern, dass Deutschland dem "
        "Atomwaffenverbotsvertrag als Beobachter beitritt und sich für die Ziele des "
        "Nichtverbreitungsvertrags einsetzt.\n\n"
        "Die Landeshauptstadt Hannover, die als Lead City die deutsche Sektion der "
        "Bürgermeister für den Frieden koordiniert, hatte den Appell im Frühjahr vorbereitet. "
        "„Städte sind keine Ziele“, heißt es darin.",
        "Unterzeichnet haben die Oberbürgermeisterinnen und Oberbürgermeister von Bonn, "
        "Freiburg im Breisgau, Heidelberg, Jena, Osnabrück, Potsdam und der Hansestadt "
        "Rostock, die Bürgermeisterinnen und Bürgermeister der Lutherstadt Wittenberg, von "
        "Biberach an der Riß, Bad Homburg vor der Höhe, Friedrichshafen, Lindau (Bodensee) "
        "und Wedel sowie die Erste Bürgermeisterin des Marktes Garmisch-Partenkirchen und der "
        "Bürgermeister der Gemeinde Mutlangen.",
        "„Gerade Mutlangen weiß, was es heißt, wenn Atomwaffen vor der Haustür stehen“, sagte "
        "Bürgermeister Stefan Gmünd. Der Appell wird am 6. August bei der Gedenkfeier am "
        "Maschsee in Hannover übergeben; Vertreterinnen der Partnerstadt Hiroshima werden "
        "per Video zugeschaltet.\n\n"
        "Weitere Städte können sich dem Appell bis zum 21. September, dem Internationalen "
        "Tag des Friedens, anschließen.\n\n"
        "Das könnte Sie auch interessieren\nFlaggentag 2025: Rekordbeteiligung in "
        "Nordrhein-Westfalen\nAusstellung „Hibakusha“ in Münster und Kassel",
        "Bonn/DE; Freiburg im Breisgau|Freiburg/DE; Heidelberg/DE; Jena/DE; Osnabrück/DE; "
        "Potsdam/DE; Rostock/DE; Wittenberg|Lutherstadt Wittenberg/DE; Biberach an der Riß/DE; "
        "Bad Homburg vor der Höhe/DE; Friedrichshafen/DE; Lindau/DE; Wedel/DE; "
        "Garmisch-Partenkirchen/DE; Mutlangen/DE",
        "running text of 15 towns in two groups by title with `von`, `der Hansestadt`, `der "
        "Lutherstadt`, `des Marktes`, `der Gemeinde` and `sowie`; Hiroshima, Nagasaki, the "
        "addressee Berlin and the lead city Hannover; a mayor named Gmünd; Münster and Kassel "
        "in related news",
    ),
    Page(
        "sv-medlemskommuner-tabell-en-cell-per-rad-kommun-lan-medlem-sedan",
        "sv",
        "one_a_line;inflected;region_after;columns_after;no_country;not_signatory",
        "Svenska medlemskommuner i Borgmästare för fred",
        (2025, 1, 15),
        "Start / Om nätverket / Medlemmar i Sverige\n\n"
        "Borgmästare för fred är ett globalt nätverk av över 8 000 städer i 166 länder som "
        "arbetar för en värld fri från kärnvapen. Nätverket leds av borgmästaren i Hiroshima "
        "och sekretariatet finns i Hiroshima Peace Culture Foundation.\n\n"
        "I Sverige samordnas arbetet av en kontaktgrupp av kommuner. Nedan listas de svenska "
        "medlemskommunerna i alfabetisk ordning efter län, med året för anslutningen. Saknas "
        "din kommun? Kontakta oss, så hjälper vi till med ansökan.",
        "Kommun\nLän\nMedlem sedan\n"
        "Falu kommun\nDalarnas län\n2009\n"
        "Sandvikens kommun\nGävleborgs län\n2014\n"
        "Halmstads kommun\nHallands län\n2012\n"
        "Östersunds kommun\nJämtlands län\n2010\n"
        "Gislaveds kommun\nJönköpings län\n2019\n"
        "Nybro kommun\nKalmar län\n2016\n"
        "Växjö kommun\nKronobergs län\n2008\n"
        "Kiruna kommun\nNorrbottens län\n2021\n"
        "Lunds kommun\nSkåne län\n2007\n"
        "Karlskrona kommun\nBlekinge län\n2015\n"
        "Enköpings kommun\nUppsala län\n2018\n"
        "Tierps kommun\nUppsala län\n2020\n"
        "Arvika kommun\nVärmlands län\n2011\n"
        "Umeå kommun\nVästerbottens län\n2009\n"
        "Härnösands kommun\nVästernorrlands län\n2017\n"
        "Sala kommun\nVästmanlands län\n2022\n"
        "Alingsås kommun\nVästra Götalands län\n2013\n"
        "Lindesbergs kommun\nÖrebro län\n2019\n"
        "Linköpings kommun\nÖstergötlands län\n2006",
        "Senast uppdaterad: 15 januari 2025\n\n"
        "Läs också\nFlaggdagen den 8 juli: så deltar Göteborg och Malmö\n"
        "Utställning om Nagasaki på Stadsbiblioteket i Uppsala",
        "Falun/SE; Sandviken/SE; Halmstad/SE; Östersund/SE; Gislaved/SE; Nybro/SE; Växjö/SE; "
        "Kiruna/SE; Lund/SE; Karlskrona/SE; Enköping/SE; Tierp/SE; Arvika/SE; Umeå/SE; "
        "Härnösand/SE; Sala/SE; Alingsås/SE; Lindesberg/SE; Linköping/SE",
        "a members table copied one cell a line (`Kommun`, `Län`, `Medlem sedan`) with "
        "genitives `Falu kommun`, `Lunds kommun` and län named after cities (Uppsala, Kalmar, "
        "Jönköping, Örebro) that are not members; Hiroshima the lead city; Göteborg, Malmö, "
        "Nagasaki and Uppsala in related news",
    ),
]

"""Hand-written pages, batch zq: held out from round 21 (branch acczq), written without reading the
reader, its tests or the other batches' pages beyond pages_s.py's format, and before any change to
the reader for them. 7 statements and 7 member pages in 14 languages, modelled on how real city
networks publish them (the text select-all and copy gives): a global mayors' open letter to a
COP presidency in `Name — Title, City (Country)` lines with the venue Belém, the New Urban Agenda
of Quito and a mayor named Adelaide; an African network's annual-report annex of official bodies
(`Accra Metropolitan Assembly`, `Kampala Capital City Authority`, `Communauté Urbaine de Douala`)
in a tab table under country rows in capitals; an Asia-Pacific declaration's numbered tab table of
signatories with a signer column and the venue Kuching; Spanish new members in running text with
`así como` and a `Mancomunidad`, a venue Logroño and a president from Pontevedra; Latin American
three-line signature blocks `Name` / `Intendenta de Montevideo` / `Uruguay`, with `Municipalidad de
Guatemala` and the World Urban Forum in Cairo; Brazilian award winners by category `1º lugar –
Prefeitura de X (UF)` with a `Consórcio` and the venue Brasília; a Belgian carte blanche whose
signatories are `Name (Commune)` between commas with a burgomaster named Dinant and the commune
Forest; German programme participants in a tab table with Land codes that are countries' (`BY`,
`SN`, `TH`, `NI`) and a `Landkreis`; Italian `Name, Sindaco di X` lines with mayors named Messina
and Ferrara, a `Città metropolitana` and an `Unione dei Comuni`; Swedish member cards four lines a
municipality with `län` lines and `Läs mer`; Norwegian `Name, ordfører i X` lines with a
`fylkeskommune` and a mayor named Halden; Czech award winners by category with districts named
like towns; Slovak `Za mesto X` signature blocks with a town named Martin and a mayor called Martin;
a Romanian annex `Municipiul X, județul Y` whose counties are named like cities (Sibiu, Iași,
Vaslui, Hunedoara). Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-open-letter-cop-presidency-name-title-city-country",
        "en",
        "one_a_line;person_before;not_signatory;person_named_like_place;country_in_language",
        "Open letter from city leaders to the COP30 Presidency",
        (2025, 10, 14),
        "Home / Media / Open letters\n\n"
        "Open letter\n\n"
        "To: H.E. the President of COP30\nCc: the UNFCCC Executive Secretary\n\n"
        "Excellency,\n\n"
        "Ten years after the Paris Agreement and nine after the New Urban Agenda was adopted in "
        "Quito, cities still stand outside the room where the decisions are taken. Yet our "
        "cities account for more than 70% of energy-related emissions, and it is our streets "
        "that flood, our clinics that fill up during heatwaves and our buses that must be "
        "electrified.\n\n"
        "As you gather the Parties in Belém, we ask you to:\n"
        "1. recognise the role of subnational governments in the decision text;\n"
        "2. open a standing seat for local and regional governments in the Global Stocktake;\n"
        "3. make at least 15% of adaptation finance directly accessible to cities.\n\n"
        "We stand ready to work with you.\n\n"
        "Signed,",
        "Aminata Kamara — Mayor, Freetown (Sierra Leone)\n"
        "Carlos Mendes Filho — Mayor, Recife (Brazil)\n"
        "Adelaide Nkosi — Executive Mayor, Johannesburg (South Africa)\n"
        "Lucía Restrepo — Mayor, Medellín (Colombia)\n"
        "Anne-Claire Dubreuil — Mayor, Paris (France)\n"
        "Jordi Vallès — Mayor, Barcelona (Spain)\n"
        "Rizal Pratama — Governor, Jakarta (Indonesia)\n"
        "Park Min-seo — Mayor, Seoul (Republic of Korea)\n"
        "Keiko Tanabe — Governor, Tokyo (Japan)\n"
        "Victoria Lindholm — Mayor, Stockholm (Sweden)\n"
        "Samuel Otieno — Governor, Nairobi City County (Kenya)\n"
        "Farhana Rahman — Mayor, Dhaka North (Bangladesh)\n"
        "Mariana Cordero — Head of Government, Mexico City (Mexico)\n"
        "Pablo Andrade — Mayor, Quito (Ecuador)\n"
        "Émilie Tremblay — Mayor, Montréal (Canada)\n"
        "Ricardo Paiva — Mayor, Lisbon (Portugal)\n"
        "Yusuf Demirci — Mayor, Istanbul (Türkiye)\n"
        "Hannah Clarke — Lord Mayor, Melbourne (Australia)\n"
        "Omar Haddad — Mayor, Greater Amman Municipality (Jordan)\n"
        "Giulia Ferri — Mayor, Milan (Italy)\n"
        "Danielle Brooks — Mayor, Houston (United States)",
        "The letter is coordinated by the network's secretariat in London and will be handed to "
        "the Presidency at the Local Leaders Forum in Rio de Janeiro on the eve of the "
        "conference.\n\n"
        "Download the letter (PDF)\n\n"
        "Share this page\n\n"
        "Related\n"
        "Lagos and Jakarta join the heat resilience accelerator\n"
        "What Copenhagen learned from ten years of cloudburst plans",
        "Freetown/SL; Recife/BR; Johannesburg/ZA; Medellín/CO; Paris/FR; Barcelona/ES; "
        "Jakarta/ID; Seoul/KR; Tokyo/JP; Stockholm/SE; Nairobi/KE; Dhaka/BD; Mexico City/MX; "
        "Quito/EC; Montréal/CA; Lisbon/PT; Istanbul/TR; Melbourne/AU; Amman/JO; Milan/IT; "
        "Houston/US",
        "`Name — Title, City (Country)` lines under 'Signed,'; the addressee COP30, the venue "
        "Belém, the Paris Agreement and Quito's New Urban Agenda in the body (Quito also signs), "
        "London and Rio de Janeiro after the list, a mayor named Adelaide and one Victoria",
    ),
    Page(
        "en-africa-annual-report-annex-member-bodies-country-rows",
        "en",
        "table_tabs;region_heading;columns_after;not_signatory;country_in_language",
        "Annex 2: Member local governments as at 31 December 2024",
        (2025, 4, 3),
        "Annual Report 2024\n\nContents\n1. Message from the President\n2. Our year in numbers\n"
        "3. Programmes\nAnnex 1: Financial statements\nAnnex 2: Member local governments\n\n"
        "Annex 2: Member local governments as at 31 December 2024\n\n"
        "At the end of 2024 the network counted 31 member local governments in 12 countries. "
        "Five joined during the year, after the General Assembly in Windhoek. Full members pay "
        "the annual subscription; associate members are cities in their first two years. The "
        "secretariat is hosted in Harare.\n",
        "Member\tCategory\tYear joined\n"
        "GHANA\n"
        "Accra Metropolitan Assembly\tFull\t2012\n"
        "Kumasi Metropolitan Assembly\tFull\t2012\n"
        "Sekondi-Takoradi Metropolitan Assembly\tFull\t2015\n"
        "Tamale Metropolitan Assembly\tAssociate\t2024\n"
        "KENYA\n"
        "Nairobi City County\tFull\t2012\n"
        "Kisumu City\tFull\t2016\n"
        "Nakuru City\tAssociate\t2024\n"
        "UGANDA\n"
        "Kampala Capital City Authority\tFull\t2013\n"
        "Entebbe Municipal Council\tFull\t2018\n"
        "Gulu City Council\tAssociate\t2023\n"
        "Mbale City Council\tAssociate\t2024\n"
        "TANZANIA\n"
        "Dar es Salaam City Council\tFull\t2012\n"
        "Arusha City Council\tFull\t2017\n"
        "Mwanza City Council\tFull\t2019\n"
        "Zanzibar City Council\tAssociate\t2024\n"
        "RWANDA\n"
        "City of Kigali\tFull\t2014\n"
        "ETHIOPIA\n"
        "Addis Ababa City Administration\tFull\t2013\n"
        "Bahir Dar City Administration\tFull\t2020\n"
        "Hawassa City Administration\tAssociate\t2023\n"
        "SOUTH AFRICA\n"
        "City of Cape Town\tFull\t2012\n"
        "City of Johannesburg Metropolitan Municipality\tFull\t2012\n"
        "eThekwini Metropolitan Municipality (Durban)\tFull\t2012\n"
        "Nelson Mandela Bay Metropolitan Municipality\tFull\t2016\n"
        "Stellenbosch Municipality\tFull\t2021\n"
        "ZAMBIA\n"
        "Lusaka City Council\tFull\t2014\n"
        "Kitwe City Council\tAssociate\t2024\n"
        "MOZAMBIQUE\n"
        "Conselho Municipal de Maputo\tFull\t2015\n"
        "Conselho Municipal da Beira\tFull\t2019\n"
        "SENEGAL\n"
        "Ville de Dakar\tFull\t2016\n"
        "Ville de Rufisque\tFull\t2022\n"
        "CAMEROON\n"
        "Communauté Urbaine de Douala\tFull\t2018",
        "Source: membership register of the secretariat, Harare. Figures may not add up "
        "because of rounding.\n\n"
        "Previous: Annex 1: Financial statements\nNext: Annex 3: Board and committees\n\n"
        "Download the full report (PDF, 6.4 MB)",
        "Accra/GH; Kumasi/GH; Sekondi-Takoradi/GH; Tamale/GH; Nairobi/KE; Kisumu/KE; Nakuru/KE; "
        "Kampala/UG; Entebbe/UG; Gulu/UG; Mbale/UG; Dar es Salaam/TZ; Arusha/TZ; Mwanza/TZ; "
        "Zanzibar/TZ; Kigali/RW; Addis Ababa/ET; Bahir Dar/ET; Hawassa|Awasa/ET; Cape Town/ZA; "
        "Johannesburg/ZA; Durban/ZA; Gqeberha|Port Elizabeth/ZA; Stellenbosch/ZA; Lusaka/ZM; "
        "Kitwe/ZM; Maputo/MZ; Beira/MZ; Dakar/SN; Rufisque/SN; Douala/CM",
        "a tab table of official bodies (`Metropolitan Assembly`, `Capital City Authority`, "
        "`City Administration`, `Nelson Mandela Bay`, `Conselho Municipal`, `Ville de`, "
        "`Communauté Urbaine de`) under country rows in capitals, with category and year "
        "columns; Windhoek the venue and Harare the secretariat",
    ),
    Page(
        "en-asia-pacific-declaration-numbered-table-signer-column-kuching",
        "en",
        "table_tabs;numbered;columns_after;person_after;not_signatory;country_in_language",
        "Kuching Declaration on Liveable and Low-Carbon Cities: signatories",
        (2024, 11, 27),
        "About | Programmes | Events | Resources | Members\n\n"
        "Events › Asia-Pacific Urban Forum 2024 › Outcomes\n\n"
        "The Kuching Declaration was adopted on 21 November 2024 by local governments meeting at "
        "the Asia-Pacific Urban Forum in Kuching, Sarawak, with the support of UN-ESCAP in "
        "Bangkok. Signatories commit to publish a city climate action plan aligned with 1.5°C "
        "by 2026, to pilot at least one nature-based solution for flood control, and to share "
        "their data through the regional platform hosted in Seoul.\n\n"
        "The declaration remains open for signature. Local governments that wish to sign should "
        "write to the regional secretariat.\n\n"
        "Signatories (as of 27 November 2024)\n",
        "No.\tLocal government\tCountry\tSigned by\n"
        "1\tMakati City\tPhilippines\tHon. Abigail Santos, Mayor\n"
        "2\tIloilo City Government\tPhilippines\tHon. Ramon Villanueva, Mayor\n"
        "3\tSurabaya City Government\tIndonesia\tMr. Budi Hartono, Mayor\n"
        "4\tSemarang City Government\tIndonesia\tMs. Sri Wahyuni, Mayor\n"
        "5\tDa Nang City People's Committee\tViet Nam\tMr. Nguyen Van Hai, Vice Chairman\n"
        "6\tPetaling Jaya City Council\tMalaysia\tDato' Lim Wei Ming, Mayor\n"
        "7\tChiang Mai Municipality\tThailand\tMr. Somchai Kittisak, Mayor\n"
        "8\tKhon Kaen Municipality\tThailand\tMr. Anan Wongsa, Deputy Mayor\n"
        "9\tPhnom Penh Capital Administration\tCambodia\tH.E. Chea Sovann, Deputy Governor\n"
        "10\tVientiane Capital\tLao PDR\tMr. Khamphet Sisouk, Vice Mayor\n"
        "11\tKathmandu Metropolitan City\tNepal\tMr. Prakash Shrestha, Mayor\n"
        "12\tColombo Municipal Council\tSri Lanka\tMs. Nirosha Perera, Municipal Commissioner\n"
        "13\tPune Municipal Corporation\tIndia\tShri Anil Kulkarni, Municipal Commissioner\n"
        "14\tSuwon Special City\tRepublic of Korea\tMr. Kim Seung-ho, Mayor\n"
        "15\tToyama City\tJapan\tMr. Takeshi Mori, Mayor\n"
        "16\tCity of Fremantle\tAustralia\tMayor Hannah Doyle\n"
        "17\tSuva City Council\tFiji\tMr. Josefa Tuilagi, Special Administrator",
        "Download the declaration (PDF)\nDownload the list of signatories (XLSX)\n\n"
        "Tags: Climate, Declarations, Southeast Asia\n\n"
        "Related events\n"
        "Urban Resilience Academy, Ho Chi Minh City, 3–5 March 2025\n"
        "Mayors' Roundtable on Clean Air, Ulaanbaatar, 12 May 2025",
        "Makati City/PH; Iloilo/PH; Surabaya/ID; Semarang/ID; Da Nang/VN; Petaling Jaya/MY; "
        "Chiang Mai/TH; Khon Kaen/TH; Phnom Penh/KH; Vientiane/LA; Kathmandu/NP; Colombo/LK; "
        "Pune/IN; Suwon/KR; Toyama/JP; Fremantle/AU; Suva/FJ",
        "a numbered tab table `No. / Local government / Country / Signed by` of official names; "
        "the venue Kuching (the declaration's name), UN-ESCAP in Bangkok, a platform in Seoul "
        "and related events in Ho Chi Minh City and Ulaanbaatar",
    ),
    Page(
        "es-nuevos-socios-running-text-asi-como-mancomunidad-logrono",
        "es",
        "running_text;region_after;body_not_city;not_signatory;inflected",
        "La Red de Ciudades por la Bicicleta suma once nuevos socios",
        (2025, 6, 12),
        "Inicio > Actualidad > Noticias\n\n"
        "La Asamblea General de la Red, celebrada el pasado jueves en Logroño, aprobó por "
        "unanimidad la incorporación de once nuevas entidades locales, con lo que la red "
        "alcanza los 163 socios en quince comunidades autónomas.\n\n"
        "«Cada ciudad que se suma demuestra que la bicicleta ya no es una moda, sino una política "
        "de movilidad», afirmó el presidente de la Red y alcalde de Pontevedra, Brais Otero "
        "Rivas, que agradeció al Ayuntamiento de Logroño su hospitalidad.\n",
        "Se incorporan los ayuntamientos de Alcalá de Henares, Getafe y Leganés (Madrid); Gijón "
        "y Avilés (Asturias); Castellón de la Plana; Elche; Cáceres; Huesca y Jaca; el "
        "Ajuntament de Sant Cugat del Vallès, así como la Mancomunidad de Municipios de la "
        "Costa del Sol Occidental, que agrupa a once municipios malagueños.",
        "Los nuevos socios se comprometen a aprobar un plan de movilidad ciclista en un plazo de "
        "dos años y a participar en el grupo de trabajo sobre aparcamiento seguro que coordina "
        "el Ayuntamiento de Vitoria-Gasteiz.\n\n"
        "La próxima Asamblea se celebrará en Córdoba en la primavera de 2026.\n\n"
        "Compartir: Facebook | X | LinkedIn | Correo\n\n"
        "Noticias relacionadas\n"
        "Sevilla y Valencia, premiadas por sus carriles bici protegidos\n"
        "Zaragoza acoge la jornada técnica sobre bicicleta y escuela",
        "Alcalá de Henares/ES; Getafe/ES; Leganés/ES; Gijón/ES; Avilés/ES; "
        "Castellón de la Plana|Castelló de la Plana/ES; Elche|Elx/ES; Cáceres/ES; Huesca/ES; "
        "Jaca/ES; Sant Cugat del Vallès/ES; "
        "Mancomunidad de Municipios de la Costa del Sol Occidental|Costa del Sol Occidental"
        "/ES/union of municipalities",
        "new members in one sentence with `y`, `;`, provinces in brackets after pairs and "
        "`así como` a mancomunidad; the venue Logroño, the president's Pontevedra, the "
        "coordinator Vitoria-Gasteiz and the next venue Córdoba; Sevilla, Valencia and "
        "Zaragoza in related news",
    ),
    Page(
        "es-declaracion-alcaldes-bloques-cargo-pais-foro-el-cairo",
        "es",
        "one_a_line;person_before;country_in_language;not_signatory",
        "Declaración de alcaldes y alcaldesas de América Latina por el agua",
        (2024, 11, 8),
        "Inicio / Prensa / Declaraciones\n\n"
        "En el marco del XII Foro Urbano Mundial, celebrado en El Cairo (Egipto), alcaldes y "
        "alcaldesas de América Latina suscribieron una declaración conjunta en la que se "
        "comprometen a reducir las pérdidas de agua potable de sus redes, proteger las cuencas "
        "que abastecen a sus ciudades y garantizar el acceso al agua a los barrios populares.\n\n"
        "La declaración retoma los compromisos de la Nueva Agenda Urbana y del Pacto de Milán "
        "sobre Política Alimentaria Urbana, y será presentada ante la Conferencia de las "
        "Naciones Unidas sobre el Agua.\n\n"
        "Firmantes\n",
        "María Fernanda Ruiz\nIntendenta de Montevideo\nUruguay\n\n"
        "Gustavo Ledesma\nIntendente de Rosario\nArgentina\n\n"
        "Daniel Quiroga\nIntendente de Córdoba\nArgentina\n\n"
        "Valentina Soto\nAlcaldesa de Valparaíso\nChile\n\n"
        "Ignacio Fuentes\nAlcalde de Santiago\nChile\n\n"
        "Felipe Arango\nAlcalde de Medellín\nColombia\n\n"
        "Andrés Moreno\nAlcalde de Santiago de Cali\nColombia\n\n"
        "Rosa Quispe\nAlcaldesa de La Paz\nBolivia\n\n"
        "Javier Rojas\nAlcalde de Cochabamba\nBolivia\n\n"
        "Patricia Salinas\nAlcaldesa Metropolitana de Lima\nPerú\n\n"
        "Luis Chávez\nAlcalde Provincial de Arequipa\nPerú\n\n"
        "Andrea Villalba\nAlcaldesa del Distrito Metropolitano de Quito\nEcuador\n\n"
        "Marcelo Brenes\nAlcalde de San José\nCosta Rica\n\n"
        "Ernesto Pineda\nAlcalde de la Municipalidad de Guatemala\nGuatemala\n\n"
        "Claudia Ortega\nAlcaldesa de San Salvador Centro\nEl Salvador\n\n"
        "Hugo Benítez\nIntendente de Asunción\nParaguay\n\n"
        "Ana Lucía Herrera\nPresidenta Municipal de Guadalajara\nMéxico",
        "La declaración queda abierta a la adhesión de otros gobiernos locales de la región. "
        "La Secretaría Técnica de la red, con sede en Quito, recibirá las adhesiones hasta el 31 "
        "de marzo de 2025.\n\n"
        "Descargar la declaración (PDF)\n\n"
        "Otras noticias\n"
        "Bogotá presenta su plan de cosecha de agua lluvia\n"
        "Ciudad de Panamá será sede del próximo encuentro regional",
        "Montevideo/UY; Rosario/AR; Córdoba/AR; Valparaíso/CL; Santiago/CL; Medellín/CO; "
        "Cali/CO; La Paz/BO; Cochabamba/BO; Lima/PE; Arequipa/PE; Quito/EC; San José/CR; "
        "Guatemala City/GT; San Salvador/SV; Asunción/PY; Guadalajara/MX",
        "three-line signature blocks `Name` / `Alcaldesa de X` / `Country` with Rosario, Córdoba "
        "and San José that are also Spanish places, Guadalajara Mexican; the venue El Cairo, "
        "the Milan pact, the secretariat in Quito after the list (Quito also signs), Bogotá and "
        "Ciudad de Panamá in related news",
    ),
    Page(
        "pt-premio-vencedoras-categorias-prefeitura-uf-consorcio",
        "pt",
        "one_a_line;state_codes;body_not_city;not_signatory;person_named_like_place",
        "Prêmio Cidades Inovadoras 2024: conheça as vencedoras",
        (2024, 12, 5),
        "Início › Notícias › Prêmio\n\n"
        "Em cerimônia realizada nesta terça-feira em Brasília, a rede anunciou as vencedoras da "
        "6ª edição do Prêmio Cidades Inovadoras, que reconhece políticas públicas municipais "
        "com resultados comprovados. Foram 412 inscrições de 298 municípios de todas as "
        "regiões do país, avaliadas por um júri coordenado por pesquisadoras da Universidade "
        "de São Paulo e da Universidade Federal de Minas Gerais.\n\n"
        "“O prêmio mostra que a inovação não é exclusividade das capitais”, disse a presidente "
        "do júri, a professora Vitória Campos.\n\n"
        "Confira as premiadas:\n",
        "Categoria Saúde\n"
        "1º lugar – Prefeitura de Sobral (CE)\n"
        "2º lugar – Prefeitura de Londrina (PR)\n"
        "3º lugar – Prefeitura de Campina Grande (PB)\n\n"
        "Categoria Educação\n"
        "1º lugar – Prefeitura de Teresina (PI)\n"
        "2º lugar – Prefeitura de Jundiaí (SP)\n"
        "3º lugar – Prefeitura de Chapecó (SC)\n\n"
        "Categoria Mobilidade\n"
        "1º lugar – Prefeitura de Niterói (RJ)\n"
        "2º lugar – Prefeitura de Vitória (ES)\n"
        "3º lugar – Prefeitura de Caruaru (PE)\n\n"
        "Categoria Meio Ambiente e Clima\n"
        "1º lugar – Prefeitura de Palmas (TO)\n"
        "2º lugar – Consórcio Intermunicipal Grande ABC (SP)\n"
        "3º lugar – Prefeitura de Natal (RN)\n\n"
        "Categoria Governo Digital\n"
        "1º lugar – Prefeitura de Maringá (PR)\n"
        "2º lugar – Prefeitura de Santarém (PA)\n\n"
        "Menção honrosa\n"
        "Prefeitura de Paragominas (PA)\n"
        "Prefeitura de Toledo (PR)",
        "As vencedoras recebem apoio técnico para replicar suas iniciativas em outros municípios "
        "e participam de uma missão de intercâmbio a Lisboa em 2025.\n\n"
        "Veja as fotos da cerimônia\n\n"
        "Compartilhe: WhatsApp | Facebook | LinkedIn\n\n"
        "Leia também\n"
        "Recife e Belo Horizonte lançam laboratórios de inovação urbana\n"
        "Inscrições abertas para a 7ª edição do prêmio",
        "Sobral/BR; Londrina/BR; Campina Grande/BR; Teresina/BR; Jundiaí/BR; Chapecó/BR; "
        "Niterói/BR; Vitória/BR; Caruaru/BR; Palmas/BR; "
        "Consórcio Intermunicipal Grande ABC|Grande ABC/BR/union of municipalities; Natal/BR; "
        "Maringá/BR; Santarém/BR; Paragominas/BR; Toledo/BR",
        "award winners `1º lugar – Prefeitura de X (UF)` under category headings, a consórcio, "
        "codes ES, PA, PE, SC, TO that are countries', Toledo and Santarém with Iberian "
        "namesakes; the venue Brasília, São Paulo and Minas Gerais universities, a juror named "
        "Vitória, Lisboa after the list, Recife and Belo Horizonte in related news",
    ),
    Page(
        "fr-carte-blanche-bourgmestres-nom-commune-parentheses-virgules",
        "fr",
        "several_a_line;person_before;no_country;not_signatory;person_named_like_place",
        "Carte blanche : « Les communes ne peuvent plus payer seules la facture énergétique »",
        (2025, 2, 19),
        "Accueil > Opinions > Cartes blanches\n\n"
        "Carte blanche\n\n"
        "Depuis trois hivers, les communes wallonnes et bruxelloises encaissent la hausse des "
        "prix de l'énergie pour leurs écoles, leurs piscines et leur éclairage public. Les "
        "pensions de leurs agents pèsent de plus en plus lourd, et les missions que l'État "
        "fédéral et les Régions leur confient ne cessent de s'étendre.\n\n"
        "Nous demandons au gouvernement fédéral, rue de la Loi, et aux gouvernements wallon et "
        "bruxellois, réunis à Namur et à Bruxelles, un plan d'investissement pluriannuel pour "
        "rénover les bâtiments communaux, une réforme du financement des pensions locales et la "
        "garantie que toute nouvelle mission soit accompagnée de ses moyens.\n\n"
        "Les communes sont le premier niveau de pouvoir que rencontrent les citoyens. Elles ne "
        "pourront pas tenir encore longtemps.\n\n"
        "Les signataires, bourgmestres :",
        "Christophe Lemaire (Liège), Pierre Dinant (Mons), Nathalie Jacquet (Charleroi), "
        "Frédéric Hoste (Tournai), Isabelle Collard (Verviers), Marc Wauthier (Seraing), "
        "Sabrina Ouali (Schaerbeek), Antoine Leroy (Ixelles), Hélène Delvaux (Forest), "
        "Karim Benali (Saint-Gilles), Geneviève Maes (Wavre), Olivier Gilson (Arlon), "
        "Laurence Piron (La Louvière), Benoît Lambert (Mouscron), Julie Gobert (Ath), "
        "Thierry Noël (Marche-en-Famenne), Anne-Sophie Dupuis (Huy) et Vincent Mathieu "
        "(Nivelles).",
        "Cette carte blanche a été initiée par l'Union des Villes et Communes de Wallonie et "
        "Brulocalis.\n\n"
        "Partager : Facebook | X | LinkedIn | E-mail\n\n"
        "Lire aussi\n"
        "À Namur, le budget 2025 adopté de justesse\n"
        "Gand et Anvers réclament elles aussi plus de moyens",
        "Liège/BE; Mons/BE; Charleroi/BE; Tournai/BE; Verviers/BE; Seraing/BE; Schaerbeek/BE; "
        "Ixelles/BE; Forest/BE; Saint-Gilles/BE; Wavre/BE; Arlon/BE; La Louvière/BE; "
        "Mouscron/BE; Ath/BE; Marche-en-Famenne/BE; Huy/BE; Nivelles/BE",
        "`Name (Commune)` between commas and `et` in one paragraph, no country; a burgomaster "
        "named Dinant, communes named like words (Forest, Ath, Huy, Mons) and like bigger "
        "namesakes (Saint-Gilles, Mons); Namur and Bruxelles as seats of governments, Gand and "
        "Anvers in related news",
    ),
    Page(
        "de-modellkommunen-tabelle-laenderkuerzel-landkreis",
        "de",
        "table_tabs;columns_after;state_codes;body_not_city;not_signatory",
        "Förderprogramm „Hitzeresiliente Stadt“: Das sind die 16 Modellkommunen",
        (2025, 3, 6),
        "Startseite › Programme › Hitzeresiliente Stadt › Modellkommunen\n\n"
        "Aus 214 Bewerbungen hat die Jury 16 Modellkommunen ausgewählt, die in den kommenden "
        "drei Jahren mit Mitteln des Bundes Hitzeaktionspläne umsetzen, Trinkbrunnen "
        "aufstellen und Schulhöfe entsiegeln. Die Auftaktveranstaltung fand am 4. März im "
        "Umweltbundesamt in Dessau-Roßlau statt; die wissenschaftliche Begleitung übernimmt "
        "ein Konsortium unter Leitung der Universität Kassel.\n\n"
        "Die Modellkommunen im Überblick\n",
        "Kommune\tLand\tEinwohner\tSchwerpunkt\n"
        "Hansestadt Lübeck\tSH\t218.000\tKühle Orte im Quartier\n"
        "Stadt Oldenburg (Oldb)\tNI\t172.000\tHitzewarnsystem\n"
        "Stadt Hameln\tNI\t57.000\tGrüne Schulhöfe\n"
        "Stadt Gelsenkirchen\tNW\t263.000\tTrinkbrunnen\n"
        "Stadt Bocholt\tNW\t71.000\tEntsiegelung\n"
        "Wissenschaftsstadt Darmstadt\tHE\t162.000\tHitzeaktionsplan\n"
        "Landkreis Marburg-Biedenkopf\tHE\t247.000\tPflege und Hitze\n"
        "Universitätsstadt Tübingen\tBW\t92.000\tKlimaanpassung im Bestand\n"
        "Stadt Offenburg\tBW\t61.000\tBeschattung\n"
        "Stadt Regensburg\tBY\t153.000\tKühle Orte im Quartier\n"
        "Stadt Kaufbeuren\tBY\t46.000\tGrüne Schulhöfe\n"
        "Stadt Chemnitz\tSN\t249.000\tHitzewarnsystem\n"
        "Stadt Görlitz\tSN\t56.000\tHitzeaktionsplan\n"
        "Stadt Jena\tTH\t111.000\tEntsiegelung\n"
        "Lutherstadt Wittenberg\tST\t45.000\tTrinkbrunnen\n"
        "Landeshauptstadt Potsdam\tBB\t186.000\tPflege und Hitze",
        "Stand: März 2025\n\n"
        "Die nächste Förderrunde startet im Herbst 2025. Informationen zur Bewerbung finden "
        "Sie auf der Seite des Programms.\n\n"
        "Teilen\n\n"
        "Weitere Meldungen\n"
        "Karlsruhe und Mannheim tauschen Erfahrungen zu Hitzeschutz aus\n"
        "Fachtagung in Leipzig: Schwammstadt in der Praxis",
        "Lübeck/DE; Oldenburg/DE; Hameln/DE; Gelsenkirchen/DE; Bocholt/DE; Darmstadt/DE; "
        "Landkreis Marburg-Biedenkopf|Marburg-Biedenkopf/DE/county; Tübingen/DE; "
        "Offenburg/DE; Regensburg/DE; Kaufbeuren/DE; Chemnitz/DE; Görlitz/DE; Jena/DE; "
        "Wittenberg|Lutherstadt Wittenberg/DE; Potsdam/DE",
        "a tab table `Kommune / Land / Einwohner / Schwerpunkt` with honorific names "
        "(`Hansestadt`, `Wissenschaftsstadt`, `Universitätsstadt`, `Lutherstadt`, "
        "`Landeshauptstadt`), `Oldenburg (Oldb)`, a Landkreis and Land codes that are "
        "countries' (NI, BY, SN, TH, ST, BB, HE); Dessau-Roßlau the venue, Kassel the "
        "university, Karlsruhe, Mannheim and Leipzig in related news",
    ),
    Page(
        "it-manifesto-sindaci-nome-sindaco-di-citta-metropolitana-unione",
        "it",
        "one_a_line;person_before;person_named_like_place;body_not_city;not_signatory;no_country",
        "Manifesto dei sindaci per le città dei 30 km/h: i primi firmatari",
        (2025, 1, 22),
        "Home » Notizie » Manifesto 30 km/h\n\n"
        "Il Manifesto è stato presentato a Roma, nella sede dell'ANCI, alla presenza del "
        "ministro delle Infrastrutture. I firmatari si impegnano a estendere il limite di 30 "
        "km/h alla maggior parte delle strade urbane entro il 2030, a ridisegnare gli spazi "
        "davanti alle scuole e a pubblicare ogni anno i dati sugli incidenti.\n\n"
        "«Una città più lenta è una città più sicura, e lo dicono i numeri», ha ricordato il "
        "coordinatore della rete, l'assessore alla mobilità di Bologna, Andrea Ferri.\n\n"
        "Hanno sottoscritto il Manifesto:",
        "Tommaso Carretti, Sindaco metropolitano – Città metropolitana di Bologna\n"
        "Chiara Messina, Sindaca di Pesaro\n"
        "Paolo Ferrara, Sindaco di Ravenna\n"
        "Giovanni Tosi, Sindaco di Reggio Emilia\n"
        "Elena Fabbri, Vicesindaca di Parma\n"
        "Stefano Marchi, Sindaco di Padova\n"
        "Laura Bertolini, Sindaca di Trento\n"
        "Francesco Galli, Sindaco di Bergamo\n"
        "Silvia Romano, Sindaca di Brescia\n"
        "Luca Benedetti, Sindaco di Lecco\n"
        "Marco Rinaldi, Assessore alla Mobilità, Comune di Firenze\n"
        "Anna Colombo, Sindaca di Cesena\n"
        "Davide Greco, Sindaco di Lecce\n"
        "Roberta Sanna, Sindaca di Cagliari\n"
        "Giorgio Valli, Presidente dell'Unione dei Comuni Valli del Reno, Lavino e Samoggia\n"
        "Maria Grazia Conti, Sindaca di Olbia",
        "Il Manifesto resta aperto all'adesione di tutti i Comuni italiani. Per aderire è "
        "sufficiente una delibera di Giunta da inviare alla segreteria della rete.\n\n"
        "Scarica il Manifesto (PDF)\n\n"
        "Condividi: Facebook · X · WhatsApp · Email\n\n"
        "Potrebbe interessarti anche\n"
        "Milano e Torino: un anno di zone 30 intorno alle scuole\n"
        "A Napoli la prima strada scolastica del Sud",
        "Città metropolitana di Bologna|Metropolitan City of Bologna/IT/metropolitan area; "
        "Pesaro/IT; Ravenna/IT; Reggio Emilia|Reggio nell'Emilia/IT; Parma/IT; Padova|Padua/IT; "
        "Trento/IT; Bergamo/IT; Brescia/IT; Lecco/IT; Firenze|Florence/IT; Cesena/IT; Lecce/IT; "
        "Cagliari/IT; "
        "Unione dei Comuni Valli del Reno, Lavino e Samoggia|Valli del Reno, Lavino e Samoggia"
        "/IT/union of municipalities; Olbia/IT",
        "`Name, Sindaco di X` lines with mayors named Messina and Ferrara, an assessore `Comune "
        "di Firenze`, a Città metropolitana and an Unione dei Comuni whose name has commas; Roma "
        "the venue, Bologna the coordinator's city (and a metropolitan signatory), Milano, "
        "Torino, Napoli in related news",
    ),
    Page(
        "sv-medlemskort-kommun-lan-medlem-sedan-las-mer",
        "sv",
        "one_a_line;region_after;columns_after;inflected;body_not_city;not_signatory",
        "Våra medlemmar",
        (2025, 2, 11),
        "Start\nOm nätverket\nMedlemmar\nAktuellt\nKontakt\n\n"
        "Våra medlemmar\n\n"
        "Nätverket samlar kommuner och regioner som vill arbeta tillsammans för fossilfria "
        "transporter och hållbar mobilitet. Kansliet finns hos Stockholms stad. Sök bland "
        "medlemmarna eller filtrera på län.\n\n"
        "Sök medlem\nAlla län\nVisar 14 medlemmar\n",
        "Alingsås kommun\nVästra Götalands län\nMedlem sedan 2012\nLäs mer\n\n"
        "Borås Stad\nVästra Götalands län\nMedlem sedan 2015\nLäs mer\n\n"
        "Region Västra Götaland\nVästra Götalands län\nMedlem sedan 2016\nLäs mer\n\n"
        "Helsingborgs stad\nSkåne län\nMedlem sedan 2011\nLäs mer\n\n"
        "Lunds kommun\nSkåne län\nMedlem sedan 2011\nLäs mer\n\n"
        "Kristianstads kommun\nSkåne län\nMedlem sedan 2019\nLäs mer\n\n"
        "Växjö kommun\nKronobergs län\nMedlem sedan 2013\nLäs mer\n\n"
        "Linköpings kommun\nÖstergötlands län\nMedlem sedan 2014\nLäs mer\n\n"
        "Örebro kommun\nÖrebro län\nMedlem sedan 2012\nLäs mer\n\n"
        "Karlstads kommun\nVärmlands län\nMedlem sedan 2018\nLäs mer\n\n"
        "Uppsala kommun\nUppsala län\nMedlem sedan 2011\nLäs mer\n\n"
        "Sundsvalls kommun\nVästernorrlands län\nMedlem sedan 2020\nLäs mer\n\n"
        "Umeå kommun\nVästerbottens län\nMedlem sedan 2012\nLäs mer\n\n"
        "Luleå kommun\nNorrbottens län\nMedlem sedan 2022\nLäs mer",
        "Vill din kommun bli medlem? Läs om medlemskapet och avgifterna.\n\n"
        "Senaste nytt\n"
        "Jönköping och Gävle inför gratis cykelparkering vid stationen\n"
        "Malmö värd för vårens nätverksträff",
        "Alingsås/SE; Borås/SE; Region Västra Götaland|Västra Götaland/SE/region; "
        "Helsingborg/SE; Lund/SE; Kristianstad/SE; Växjö/SE; Linköping/SE; Örebro/SE; "
        "Karlstad/SE; Uppsala/SE; Sundsvall/SE; Umeå/SE; Luleå/SE",
        "member cards four lines each `X kommun` / `Y län` / `Medlem sedan` / `Läs mer` with "
        "genitives (`Helsingborgs stad`, `Lunds kommun`), län named like their seats (Örebro, "
        "Uppsala) and a region; Stockholm the secretariat, Jönköping, Gävle, Malmö in news",
    ),
    Page(
        "no-felles-uttalelse-ordforer-i-x-fylkeskommune-halden",
        "no",
        "one_a_line;person_before;person_named_like_place;body_not_city;not_signatory;inflected",
        "Felles uttalelse: Storbyene krever et løft for kollektivtrafikken",
        (2025, 5, 8),
        "Forsiden › Nyheter › Uttalelser\n\n"
        "Uttalelse\n\n"
        "Ordførerne og byrådslederne i de største byene samlet seg onsdag på "
        "storbykonferansen i Lillestrøm. De ber regjeringen og Stortinget om å øke de statlige "
        "bidragene til byvekstavtalene, slik at billettprisene kan holdes nede og nye "
        "bybaneprosjekter kan realiseres.\n\n"
        "– Vi har nådd nullvekstmålet i flere byer, men uten forutsigbar finansiering kan vi "
        "ikke holde tempoet, sa konferansens vertskap, ordfører Ingrid Moe fra Lillestrøm "
        "kommune.\n\n"
        "Uttalelsen er undertegnet av:",
        "Eirik Haugland, byrådsleder i Oslo\n"
        "Marit Solberg, ordfører i Bergen\n"
        "Torstein Aune, ordfører i Trondheim kommune\n"
        "Siri Tjelta, ordfører i Stavanger\n"
        "Anders Lie, ordfører i Kristiansand\n"
        "Kari Halden, ordfører i Sarpsborg\n"
        "Henrik Nordby, ordfører i Fredrikstad\n"
        "Lise Aasen, ordfører i Drammen\n"
        "Jonas Brekke, ordfører i Tromsø\n"
        "Ragnhild Lund, ordfører i Bodø\n"
        "Ola Skarstein, ordfører i Sandnes\n"
        "Maria Vik, ordfører i Ålesund\n"
        "Per Arne Holm, fylkesordfører i Vestland fylkeskommune",
        "Uttalelsen er overlevert samferdselsministeren.\n\n"
        "Del saken\n\n"
        "Les også\n"
        "Tønsberg og Moss går sammen om ny bussanbudsmodell\n"
        "Byvekstavtale for Grenland signert i Skien",
        "Oslo/NO; Bergen/NO; Trondheim/NO; Stavanger/NO; Kristiansand/NO; Sarpsborg/NO; "
        "Fredrikstad/NO; Drammen/NO; Tromsø/NO; Bodø/NO; Sandnes/NO; Ålesund/NO; "
        "Vestland fylkeskommune|Vestland/NO/county",
        "`Name, ordfører i X` lines with a byrådsleder, a `fylkeskommune` and a mayor named "
        "Halden (a town) and one named Lund; the venue and host Lillestrøm, Tønsberg, Moss, "
        "Skien in related news",
    ),
    Page(
        "cs-vysledky-souteze-kategorie-mista-okres-kraj-genitivy",
        "cs",
        "numbered;region_after;inflected;not_signatory",
        "Známe vítěze soutěže Obec přátelská seniorům 2024",
        (2024, 10, 17),
        "Úvod › Aktuality › Soutěže\n\n"
        "Slavnostní vyhlášení výsledků 7. ročníku soutěže proběhlo ve čtvrtek v Senátu v Praze. "
        "Do soutěže se přihlásilo 96 měst a obcí ze všech krajů. Ocenění převzali starostové "
        "a primátoři z rukou ministryně práce a sociálních věcí; za vítězné město v kategorii "
        "největších měst převzal cenu primátor Olomouce. Hodnoticí komise tentokrát zasedala "
        "v Jihlavě.\n\n"
        "Výsledky podle kategorií\n",
        "Kategorie I – města nad 50 000 obyvatel\n"
        "1. Olomouc (Olomoucký kraj)\n"
        "2. Zlín (Zlínský kraj)\n"
        "3. Hradec Králové (Královéhradecký kraj)\n\n"
        "Kategorie II – města od 10 000 do 50 000 obyvatel\n"
        "1. Vsetín (okres Vsetín, Zlínský kraj)\n"
        "2. Písek (okres Písek, Jihočeský kraj)\n"
        "3. Litomyšl (okres Svitavy, Pardubický kraj)\n\n"
        "Kategorie III – obce do 10 000 obyvatel\n"
        "1. Dolní Břežany (okres Praha-západ, Středočeský kraj)\n"
        "2. Kunštát (okres Blansko, Jihomoravský kraj)\n"
        "3. Telč (okres Jihlava, Kraj Vysočina)\n\n"
        "Zvláštní cena poroty\n"
        "Kopřivnice (okres Nový Jičín, Moravskoslezský kraj)",
        "Vítězná města získávají finanční odměnu na realizaci projektů pro seniory a právo "
        "užívat logo soutěže po dobu dvou let.\n\n"
        "Fotogalerie z vyhlášení\n\n"
        "Sdílet: Facebook | X | E-mail\n\n"
        "Další aktuality\n"
        "Brno a Ostrava otevírají seniorská centra v nových čtvrtích\n"
        "Plzeň hostí konferenci o stárnutí ve městech",
        "Olomouc/CZ; Zlín/CZ; Hradec Králové/CZ; Vsetín/CZ; Písek/CZ; Litomyšl/CZ; "
        "Dolní Břežany/CZ; Kunštát/CZ; Telč/CZ; Kopřivnice/CZ",
        "award winners numbered under category headings with `(okres X, Y kraj)` after each, "
        "districts named like towns (Svitavy, Blansko, Jihlava, Nový Jičín, Praha-západ); "
        "the venue `v Senátu v Praze`, `primátor Olomouce` (a winner), the jury `v Jihlavě`, "
        "Brno, Ostrava, Plzeň in related news",
    ),
    Page(
        "sk-memorandum-za-mesto-podpisove-bloky-martin-piestany",
        "sk",
        "one_a_line;person_after;person_named_like_place;not_signatory;inflected",
        "Memorandum o spolupráci krajských miest v oblasti bývania",
        (2025, 4, 24),
        "Domov › Aktuality › Memorandá\n\n"
        "Primátori krajských miest a mesta Martin podpísali v stredu v Piešťanoch memorandum, "
        "ktorým sa zaväzujú spoločne presadzovať zákon o nájomnom bývaní, zdieľať skúsenosti "
        "s výstavbou mestských bytov a koordinovať žiadosti o prostriedky z Plánu obnovy. "
        "Podpis zorganizovala Únia miest Slovenska v spolupráci s mestom Piešťany.\n\n"
        "„Bez dostupného nájomného bývania odídu mladí ľudia z našich miest,“ povedal pri "
        "podpise primátor Žiliny.\n\n"
        "Memorandum podpísali:\n",
        "Za hlavné mesto Slovenskej republiky Bratislavu\nMgr. Tomáš Kováč, primátor\n\n"
        "Za mesto Košice\nIng. Ján Horváth, primátor\n\n"
        "Za mesto Prešov\nMgr. Zuzana Baláž, primátorka\n\n"
        "Za mesto Žilina\nIng. Peter Šimko, primátor\n\n"
        "Za mesto Banská Bystrica\nIng. arch. Lucia Novotná, primátorka\n\n"
        "Za mesto Nitra\nMartin Hraško, primátor\n\n"
        "Za mesto Trnava\nJUDr. Michal Tóth, primátor\n\n"
        "Za mesto Trenčín\nMgr. Ivana Hudecová, primátorka\n\n"
        "Za mesto Martin\nIng. Roman Ďurica, primátor",
        "Memorandum je otvorené aj pre ďalšie mestá. Jeho plné znenie nájdete v prílohe.\n\n"
        "Príloha: Memorandum (PDF, 210 kB)\n\n"
        "Zdieľať\n\n"
        "Súvisiace články\n"
        "Poprad a Zvolen spúšťajú program mestských nájomných bytov\n"
        "Komárno hostilo jarné stretnutie starostov",
        "Bratislava/SK; Košice/SK; Prešov/SK; Žilina/SK; Banská Bystrica/SK; Nitra/SK; "
        "Trnava/SK; Trenčín/SK; Martin/SK",
        "two-line signature blocks `Za mesto X` / `Name, primátor` with the capital in the "
        "accusative `Bratislavu`, a town named Martin and a mayor called Martin Hraško of "
        "Nitra; the venue `v Piešťanoch` and `s mestom Piešťany`, `primátor Žiliny`, Poprad, "
        "Zvolen, Komárno in related news",
    ),
    Page(
        "ro-anexa-membri-municipiul-judetul-nume-de-orase",
        "ro",
        "numbered;region_after;not_signatory",
        "Anexa 1. Lista membrilor asociației la 31 decembrie 2024",
        (2025, 3, 20),
        "Acasă › Despre noi › Raport anual 2024\n\n"
        "Raport anual de activitate 2024\n\n"
        "Anexa 1. Lista membrilor asociației la 31 decembrie 2024\n\n"
        "Asociația reunește municipiile care nu sunt reședință de județ. În anul 2024, "
        "Adunarea Generală, întrunită la Alba Iulia, a aprobat aderarea a trei noi membri: "
        "Motru, Fetești și Rădăuți. Secretariatul permanent funcționează la București.\n",
        "1. Municipiul Turda, județul Cluj\n"
        "2. Municipiul Dej, județul Cluj\n"
        "3. Municipiul Mediaș, județul Sibiu\n"
        "4. Municipiul Câmpina, județul Prahova\n"
        "5. Municipiul Reghin, județul Mureș\n"
        "6. Municipiul Sighișoara, județul Mureș\n"
        "7. Municipiul Lugoj, județul Timiș\n"
        "8. Municipiul Caracal, județul Olt\n"
        "9. Municipiul Roman, județul Neamț\n"
        "10. Municipiul Pașcani, județul Iași\n"
        "11. Municipiul Bârlad, județul Vaslui\n"
        "12. Municipiul Făgăraș, județul Brașov\n"
        "13. Municipiul Hunedoara, județul Hunedoara\n"
        "14. Municipiul Orăștie, județul Hunedoara\n"
        "15. Municipiul Onești, județul Bacău\n"
        "16. Municipiul Tecuci, județul Galați\n"
        "17. Municipiul Motru, județul Gorj\n"
        "18. Municipiul Fetești, județul Ialomița\n"
        "19. Municipiul Rădăuți, județul Suceava",
        "Sursa: evidența membrilor, Secretariatul permanent.\n\n"
        "Anexa 2. Componența Consiliului Director\n\n"
        "Descarcă raportul complet (PDF)\n\n"
        "Articole recente\n"
        "Întâlnire de lucru la Târgu Jiu privind fondurile europene\n"
        "Oradea și Arad, exemple de bune practici în mobilitate",
        "Turda/RO; Dej/RO; Mediaș/RO; Câmpina/RO; Reghin/RO; Sighișoara/RO; Lugoj/RO; "
        "Caracal/RO; Roman/RO; Pașcani/RO; Bârlad/RO; Făgăraș/RO; Hunedoara/RO; Orăștie/RO; "
        "Onești/RO; Tecuci/RO; Motru/RO; Fetești/RO; Rădăuți/RO",
        "a numbered annex `Municipiul X, județul Y` whose counties are named like cities (Cluj, "
        "Sibiu, Iași, Vaslui, Brașov, Bacău, Galați, Suceava; Hunedoara a member too), Roman "
        "and Caracal with namesakes abroad; the venue Alba Iulia, the new members named in the "
        "text too, the secretariat București, Târgu Jiu, Oradea, Arad in related news",
    ),
]

"""Hand-written pages, batch r35c: written before round 35 (branch accr35c) for its fixers,
without reading the reader or other batches beyond pages_s.py. Statements and member pages
(half each) of global and regional networks outside Europe, in the places they publish from:
a US mayors' letter of `Mayor Name — City, ST` lines with Portland, Augusta and Rochester;
Canadian new members under province headings (`Town of Truro`, `City of Kingston`); African
city councils and metropolitan assemblies under counted country headings with membership
categories; a South Asian heat statement of numbered municipal corporations with their state
and country; Mercociudades members under country headings as `City – Province` lines whose
provinces are named like cities; a Brazilian mayors' letter to the COP as a tab table with UF
and mayors named like towns; Lusophone capitals' `Câmara Municipal`, `Conselho Municipal`,
`Administração Municipal` under Portuguese country names; francophone African mayors'
`M. Name, Maire de X (Pays)` lines beside observers; a Québec declaration of three mayors with
a long body; Arabic running text of new members by country with `و` glued; a Turkish member
directory of `Büyükşehir Belediyesi` and exonyms (`Tahran`, `El Halil`) with a union; an
Indonesian declaration of numbered `Pemerintah Kota X – Provinsi`; a Japanese news item of new
members as `県 市` pairs and overseas cities in katakana; a Korean statement as a tab table of
country, city and signer. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-us-mayors-letter-congress-mayor-dash-city-state-code",
        "en",
        "one_a_line;person_before;state_codes;no_country;not_signatory;person_named_like_place",
        "Bipartisan mayors urge Congress to protect direct funding for local water systems",
        (2025, 4, 9),
        "Press Releases\n\nFOR IMMEDIATE RELEASE\nContact: Dana Whitcomb, (202) 555-0148\n\n"
        "WASHINGTON, D.C. — Twenty-five mayors from both parties today sent a letter to the "
        "leaders of the House and Senate Appropriations Committees asking Congress to keep the "
        "direct funding that lets cities replace lead service lines and repair aging water "
        "mains. The letter follows the Conference's winter meeting, hosted last January by "
        "Mayor Luis Carranza of San Antonio.\n\n"
        '"Clean water is not a partisan issue," said Conference President and Mayor of '
        'Louisville Teresa Hall. "Every mayor in America knows what a main break on a cold '
        'morning costs a family and a small business."\n\n'
        "The full text of the letter is below.\n\n"
        "Dear Chairs and Ranking Members of the Appropriations Committees:\n\n"
        "As mayors of cities large and small, we write to urge you to preserve the State "
        "Revolving Funds and the direct grants that reach our water utilities. Since 2021 "
        "these programs have helped our cities remove more than 140,000 lead service lines. "
        "Cuts now would halt projects already under contract and shift the cost to "
        "ratepayers who can least afford it.\n\n"
        "We stand ready to work with you.\n\nSincerely,\n",
        "Mayor Regina Ortiz — Tucson, AZ\n"
        "Mayor Darnell Whitaker — Savannah, GA\n"
        "Mayor Karen Albrecht — Dayton, OH\n"
        "Mayor Austin Reed — Boise, ID\n"
        "Mayor Thomas Greer — Providence, RI\n"
        "Mayor Victoria Lindahl — Tacoma, WA\n"
        "Mayor Megan Oberg — Madison, WI\n"
        "Mayor Paul Hendricks — Des Moines, IA\n"
        "Mayor Carla Benavidez — Albuquerque, NM\n"
        "Mayor Sharon Whitley — Lexington, KY\n"
        "Mayor Marcus Dillard — Chattanooga, TN\n"
        "Mayor Cedric Hollins — Birmingham, AL\n"
        "Mayor Anthony Royster — Durham, NC\n"
        "Mayor Ellen Marsh — Eugene, OR\n"
        "Mayor Frank Morelli — Springfield, MA\n"
        "Mayor William Tate — Columbia, SC\n"
        "Mayor Reginald Booker — Augusta, GA\n"
        "Mayor Peter Laliberte — Portland, ME\n"
        "Mayor Georgia Pruitt — Jackson, MS\n"
        "Mayor Jamal Whitfield — Rochester, NY\n"
        "Mayor Gregory Stahl — Aurora, CO\n"
        "Mayor Omar Haddad — Paterson, NJ\n"
        "Mayor Rachel Sorensen — Salt Lake City, UT\n"
        "Mayor Karin Olafson — Anchorage, AK\n"
        "Mayor Kenji Nakamura — Honolulu, HI",
        "###\n\nThe Conference of Mayors is the official nonpartisan organization of cities "
        "with populations of 30,000 or more. There are 1,400 such cities in the country "
        "today, each represented in the Conference by its chief elected official.\n\n"
        "Related\n"
        "Mayors gather in Tulsa for summit on homelessness\n"
        "Statement on the passing of former Mayor of Cleveland\n\n"
        "1620 Eye Street NW, Washington, DC 20006",
        "Tucson/US; Savannah/US; Dayton/US; Boise/US; Providence/US; Tacoma/US; Madison/US; "
        "Des Moines/US; Albuquerque/US; Lexington/US; Chattanooga/US; Birmingham/US; Durham/US; "
        "Eugene/US; Springfield/US; Columbia/US; Augusta/US; Portland/US; Jackson/US; "
        "Rochester/US; Aurora/US; Paterson/US; Salt Lake City/US; Anchorage/US; Honolulu/US",
        "A US mayors' letter: `Mayor Name — City, ST` lines under 'Sincerely,'; names shared "
        "with bigger places (Birmingham, Portland, Augusta, Rochester); mayors named Austin, "
        "Victoria, Georgia; Washington, San Antonio (winter host), Louisville (the president), "
        "Tulsa and Cleveland (related) did not sign",
    ),
    Page(
        "en-ca-federation-new-members-province-headings-town-of",
        "en",
        "bulleted;region_heading;no_country;not_signatory",
        "FCM welcomes 14 new member municipalities",
        (2024, 11, 21),
        "News release\n\nOTTAWA — The Federation of Canadian Municipalities (FCM) today "
        "welcomed fourteen municipalities that joined in the second half of the year, "
        "bringing its membership to more than 2,100 communities, from the largest cities to "
        "rural and northern towns, representing over 92% of Canadians.\n\n"
        '"Every one of these communities brings a voice that Ottawa needs to hear, on housing, '
        'on infrastructure and on climate," said FCM President Marie-Claude Tremblay, '
        'councillor in Whitehorse. "Welcome to the table."\n\n'
        "The new members will be invited to FCM's Annual Conference and Trade Show in "
        "Halifax next June, and their staff can already use the Green Municipal Fund's "
        "advisory services.\n\nOur new members\n",
        "British Columbia\n"
        "• District of Squamish\n"
        "• City of Nelson\n"
        "Alberta\n"
        "• Town of Canmore\n"
        "• City of Lethbridge\n"
        "Saskatchewan\n"
        "• City of Moose Jaw\n"
        "Manitoba\n"
        "• City of Brandon\n"
        "Ontario\n"
        "• Town of Cobourg\n"
        "• City of Kingston\n"
        "• City of Stratford\n"
        "Quebec\n"
        "• Ville de Rimouski\n"
        "• Ville de Victoriaville\n"
        "New Brunswick\n"
        "• City of Fredericton\n"
        "Nova Scotia\n"
        "• Town of Truro\n"
        "Newfoundland and Labrador\n"
        "• Town of Gander",
        "Is your municipality a member? Check the member directory or contact our membership "
        "team at members@example.ca.\n\n"
        "About FCM\nThe Federation of Canadian Municipalities has been the national voice of "
        "municipal governments since 1901.\n\n"
        "More news\n"
        "Mayors of Winnipeg and Regina call for a national transit strategy\n"
        "Green Municipal Fund supports a net-zero arena in Kamloops\n\n"
        "24 Clarence Street, Ottawa, Ontario K1N 5P3",
        "Squamish/CA; Nelson/CA; Canmore/CA; Lethbridge/CA; Moose Jaw/CA; Brandon/CA; "
        "Cobourg/CA; Kingston/CA; Stratford/CA; Rimouski/CA; Victoriaville/CA; Fredericton/CA; "
        "Truro/CA; Gander/CA",
        "New members as `Town of X`, `City of X`, `Ville de X` bullets under province headings, "
        "no country; names with bigger namesakes elsewhere (Kingston, Stratford, Truro, Nelson, "
        "Brandon); Ottawa, Whitehorse (the president), Halifax (next venue), Winnipeg, Regina, "
        "Kamloops (more news) are not members here",
    ),
    Page(
        "en-africa-network-members-counted-country-headings-councils-category",
        "en",
        "one_a_line;region_heading;columns_after;not_signatory",
        "Our members: Southern and East Africa",
        (2025, 2, 3),
        "About us › Members\n\nThe network brings together local governments of Southern and "
        "East Africa committed to resilient, inclusive and well-governed cities. Members take "
        "part in the annual Mayors' Forum, peer-learning exchanges and the regional programme "
        "on municipal finance, coordinated from our regional office in Johannesburg.\n\n"
        "Membership categories: Full members are city and municipal councils; Associate "
        "members are local government associations and partner institutions.\n\n"
        "Filter by country: All | Botswana | Malawi | Namibia | South Africa | Tanzania | "
        "Uganda | Zambia | Zimbabwe\n\n",
        "Botswana (2)\n"
        "Gaborone City Council – Full member\n"
        "Francistown City Council – Full member\n"
        "Malawi (3)\n"
        "Lilongwe City Council – Full member\n"
        "Blantyre City Council – Full member\n"
        "Zomba City Council – Full member\n"
        "Namibia (2)\n"
        "City of Windhoek – Full member\n"
        "Walvis Bay Municipality – Full member\n"
        "South Africa (3)\n"
        "City of Cape Town – Full member\n"
        "eThekwini Municipality (Durban) – Full member\n"
        "City of Tshwane (Pretoria) – Full member\n"
        "Polokwane Municipality – Full member\n"
        "South African Local Government Association (SALGA) – Associate member\n"
        "Tanzania (4)\n"
        "Dar es Salaam City Council – Full member\n"
        "Arusha City Council – Full member\n"
        "Mwanza City Council – Full member\n"
        "Dodoma City Council – Full member\n"
        "Uganda (4)\n"
        "Kampala Capital City Authority – Full member\n"
        "Jinja City Council – Full member\n"
        "Gulu City Council – Full member\n"
        "Mbarara City Council – Full member\n"
        "Zambia (3)\n"
        "Lusaka City Council – Full member\n"
        "Ndola City Council – Full member\n"
        "Kitwe City Council – Full member\n"
        "Local Government Association of Zambia – Associate member\n"
        "Zimbabwe (3)\n"
        "City of Harare – Full member\n"
        "City of Bulawayo – Full member\n"
        "Mutare City Council – Full member",
        "Want to join? Local governments of the region can apply through the membership form; "
        "applications are approved by the Executive Committee, which meets next in Kigali.\n\n"
        "Latest news\n"
        "Mombasa hosts the first regional forum on coastal cities\n"
        "Peer exchange: Kisumu and Maputo on solid waste\n\n"
        "Regional office: 2nd floor, Braamfontein Centre, Johannesburg, South Africa",
        "Gaborone/BW; Francistown/BW; Lilongwe/MW; Blantyre/MW; Zomba/MW; Windhoek/NA; "
        "Walvis Bay/NA; Cape Town/ZA; Durban/ZA; Pretoria/ZA; Polokwane/ZA; Dar es Salaam/TZ; "
        "Arusha/TZ; Mwanza/TZ; Dodoma/TZ; Kampala/UG; Jinja/UG; Gulu/UG; Mbarara/UG; "
        "Lusaka/ZM; Ndola/ZM; Kitwe/ZM; Harare/ZW; Bulawayo/ZW; Mutare/ZW",
        "African members under `Country (n)` headings as `X City Council – Full member`, "
        "`City of X`, `eThekwini Municipality (Durban)`, `City of Tshwane (Pretoria)`; two "
        "associations (associate members) are not cities; South Africa's count says 3 but "
        "lists 4; the regional office Johannesburg, Kigali (next meeting), Mombasa, Kisumu, "
        "Maputo (news) are not members here",
    ),
    Page(
        "en-south-asia-heat-call-numbered-municipal-corporations-state-country",
        "en",
        "numbered;region_after;not_signatory;majority_other_country",
        "South Asian Cities' Call to Action on Extreme Heat",
        (2025, 5, 14),
        "Resources / Declarations\n\nAdopted at the South Asia Urban Heat Summit, Colombo, "
        "13–14 May 2025\n\n"
        "Heat waves are now the deadliest climate hazard in our region. In the summer of 2024 "
        "temperatures above 45°C were recorded for weeks in cities of the Indo-Gangetic plain, "
        "and night-time temperatures no longer fall low enough for bodies to recover. Those who "
        "suffer most are outdoor workers, street vendors, the elderly and families in informal "
        "settlements with tin roofs.\n\n"
        "Building on the heat action plan first adopted by Ahmedabad in 2013 and on the Sendai "
        "Framework for Disaster Risk Reduction, we, the undersigned local governments, commit "
        "to:\n"
        "(a) adopt or update a city heat action plan with early warnings by 2026;\n"
        "(b) appoint a Chief Heat Officer or a heat focal point in the municipal administration;\n"
        "(c) cool roofs of public buildings and open cooling centres in every ward;\n"
        "(d) protect outdoor workers through shaded rest areas and changed working hours;\n"
        "(e) report each year on heat deaths and hospital admissions.\n\n"
        "We thank the Colombo Municipal Council for hosting the summit and the network's "
        "regional secretariat in New Delhi for coordinating this call.\n\n"
        "Signatory local governments\n",
        "1. Ahmedabad Municipal Corporation, Gujarat, India\n"
        "2. Greater Chennai Corporation, Tamil Nadu, India\n"
        "3. Bhubaneswar Municipal Corporation, Odisha, India\n"
        "4. Pune Municipal Corporation, Maharashtra, India\n"
        "5. Surat Municipal Corporation, Gujarat, India\n"
        "6. Thane Municipal Corporation, Maharashtra, India\n"
        "7. Nagpur Municipal Corporation, Maharashtra, India\n"
        "8. Bruhat Bengaluru Mahanagara Palike, Karnataka, India\n"
        "9. Greater Hyderabad Municipal Corporation, Telangana, India\n"
        "10. Kathmandu Metropolitan City, Bagmati Province, Nepal\n"
        "11. Lalitpur Metropolitan City, Bagmati Province, Nepal\n"
        "12. Pokhara Metropolitan City, Gandaki Province, Nepal\n"
        "13. Dhaka North City Corporation, Bangladesh\n"
        "14. Chattogram City Corporation, Bangladesh\n"
        "15. Rajshahi City Corporation, Bangladesh\n"
        "16. Khulna City Corporation, Bangladesh\n"
        "17. Kandy Municipal Council, Central Province, Sri Lanka\n"
        "18. Galle Municipal Council, Southern Province, Sri Lanka\n"
        "19. Malé City Council, Maldives\n"
        "20. Karachi Metropolitan Corporation, Sindh, Pakistan\n"
        "21. Metropolitan Corporation Lahore, Punjab, Pakistan\n"
        "22. Peshawar Municipal Corporation, Khyber Pakhtunkhwa, Pakistan",
        "Local governments that wish to endorse the Call can write to the regional "
        "secretariat. Endorsements will be presented at the Asia-Pacific Urban Forum.\n\n"
        "Download: Call to Action (PDF, 1.1 MB) | Summit report\n\n"
        "See also\n"
        "Jaipur and Indore pilot cool roofs in 5,000 homes\n"
        "Heat officers' network meets in Dhaka South\n\n"
        "South Asia Secretariat, Lodhi Estate, New Delhi 110003, India",
        "Ahmedabad/IN; Chennai/IN; Bhubaneswar/IN; Pune/IN; Surat/IN; Thane/IN; Nagpur/IN; "
        "Bengaluru|Bangalore/IN; Hyderabad/IN; Kathmandu/NP; Lalitpur/NP; Pokhara/NP; Dhaka/BD; "
        "Chittagong|Chattogram/BD; Rajshahi/BD; Khulna/BD; Kandy/LK; Galle/LK; Malé|Male/MV; "
        "Karachi/PK; Lahore/PK; Peshawar/PK",
        "A heat call's numbered `X Municipal Corporation, State, Country` lines (`Bruhat "
        "Bengaluru Mahanagara Palike`, `Dhaka North City Corporation`, `Metropolitan "
        "Corporation Lahore`); Hyderabad in India among Pakistani cities, Lalitpur in Nepal not "
        "India; Colombo (host), New Delhi (secretariat), Ahmedabad also in the body, Jaipur, "
        "Indore, Dhaka South (see also) are not extra signatories",
    ),
    Page(
        "es-mercociudades-miembros-pais-ciudad-guion-provincia",
        "es",
        "one_a_line;region_heading;region_after;country_in_language;state_codes;not_signatory",
        "Ciudades miembro de la Red",
        (2025, 3, 10),
        "Inicio > La Red > Ciudades miembro\n\n"
        "La Red reúne a gobiernos locales de Argentina, Bolivia, Brasil, Chile, Colombia, "
        "Ecuador, Paraguay, Perú, Uruguay y Venezuela que trabajan por la integración regional "
        "desde lo local. Fundada en 1995 por once ciudades, hoy cuenta con más de 380 "
        "miembros. La Secretaría Técnica Permanente funciona en Montevideo y la Presidencia "
        "rota cada año; en el período 2024–2025 la ejerce Paraná.\n\n"
        "A continuación, las ciudades que integran las unidades temáticas de Ambiente y "
        "Desarrollo Sostenible y de Desarrollo Urbano, por país.\n\n",
        "ARGENTINA\n"
        "Rosario – Santa Fe\n"
        "Rafaela – Santa Fe\n"
        "Santa Fe – Santa Fe\n"
        "Córdoba – Córdoba\n"
        "Villa María – Córdoba\n"
        "Río Cuarto – Córdoba\n"
        "Mendoza – Mendoza\n"
        "San Juan – San Juan\n"
        "Corrientes – Corrientes\n"
        "San Miguel de Tucumán – Tucumán\n"
        "La Plata – Buenos Aires\n"
        "Mar del Plata – Buenos Aires\n"
        "Bahía Blanca – Buenos Aires\n"
        "Tandil – Buenos Aires\n"
        "Morón – Buenos Aires\n"
        "Quilmes – Buenos Aires\n"
        "Avellaneda – Buenos Aires\n"
        "Neuquén – Neuquén\n"
        "Salta – Salta\n"
        "Posadas – Misiones\n"
        "Resistencia – Chaco\n"
        "Santiago del Estero – Santiago del Estero\n"
        "Ushuaia – Tierra del Fuego\n"
        "BOLIVIA\n"
        "La Paz – La Paz\n"
        "Cochabamba – Cochabamba\n"
        "Santa Cruz de la Sierra – Santa Cruz\n"
        "Sucre – Chuquisaca\n"
        "Tarija – Tarija\n"
        "Oruro – Oruro\n"
        "BRASIL\n"
        "Porto Alegre – RS\n"
        "Canoas – RS\n"
        "Pelotas – RS\n"
        "Santa Maria – RS\n"
        "Belo Horizonte – MG\n"
        "Contagem – MG\n"
        "Guarulhos – SP\n"
        "Osasco – SP\n"
        "Niterói – RJ\n"
        "Foz do Iguaçu – PR\n"
        "Maringá – PR\n"
        "Joinville – SC\n"
        "CHILE\n"
        "Valparaíso – Región de Valparaíso\n"
        "Peñalolén – Región Metropolitana\n"
        "Concepción – Región del Biobío\n"
        "La Serena – Región de Coquimbo\n"
        "Valdivia – Región de Los Ríos\n"
        "Temuco – Región de La Araucanía\n"
        "Arica – Región de Arica y Parinacota\n"
        "COLOMBIA\n"
        "Medellín – Antioquia\n"
        "ECUADOR\n"
        "Quito – Pichincha\n"
        "Cuenca – Azuay\n"
        "Guayaquil – Guayas\n"
        "PARAGUAY\n"
        "Asunción – Capital\n"
        "Encarnación – Itapúa\n"
        "Ciudad del Este – Alto Paraná\n"
        "Villarrica – Guairá\n"
        "PERÚ\n"
        "Miraflores – Lima\n"
        "Arequipa – Arequipa\n"
        "Trujillo – La Libertad\n"
        "Cusco – Cusco\n"
        "URUGUAY\n"
        "Salto – Salto\n"
        "Rivera – Rivera\n"
        "Maldonado – Maldonado\n"
        "Colonia del Sacramento – Colonia",
        "¿Tu ciudad quiere sumarse? Las solicitudes de ingreso se aprueban en la Asamblea "
        "General, que este año se reúne en Asunción.\n\n"
        "Noticias relacionadas\n"
        "Canelones y San Pablo intercambian experiencias de agricultura urbana\n"
        "Lima y Bogotá en el foro de movilidad sostenible\n\n"
        "Secretaría Técnica Permanente – Luis Piera 1994, Montevideo, Uruguay",
        "Rosario/AR; Rafaela/AR; Santa Fe/AR; Córdoba/AR; Villa María/AR; Río Cuarto/AR; "
        "Mendoza/AR; San Juan/AR; Corrientes/AR; San Miguel de Tucumán/AR; La Plata/AR; "
        "Mar del Plata/AR; Bahía Blanca/AR; Tandil/AR; Morón/AR; Quilmes/AR; Avellaneda/AR; "
        "Neuquén/AR; Salta/AR; Posadas/AR; Resistencia/AR; Santiago del Estero/AR; "
        "Ushuaia/AR; La Paz/BO; Cochabamba/BO; Santa Cruz de la Sierra/BO; Sucre/BO; "
        "Tarija/BO; Oruro/BO; Porto Alegre/BR; Canoas/BR; Pelotas/BR; Santa Maria/BR; "
        "Belo Horizonte/BR; Contagem/BR; Guarulhos/BR; Osasco/BR; Niterói/BR; Foz do Iguaçu/BR; "
        "Maringá/BR; Joinville/BR; Valparaíso/CL; Peñalolén/CL; Concepción/CL; La Serena/CL; "
        "Valdivia/CL; Temuco/CL; Arica/CL; Medellín/CO; Quito/EC; Cuenca/EC; Guayaquil/EC; "
        "Asunción/PY; Encarnación/PY; Ciudad del Este/PY; Villarrica/PY; Miraflores/PE; "
        "Arequipa/PE; Trujillo/PE; Cusco/PE; Salto/UY; Rivera/UY; Maldonado/UY; "
        "Colonia del Sacramento/UY",
        "64 members under upper-case country headings in Spanish as `City – Province` lines, "
        "provinces named like cities (`Santa Fe`, `Córdoba`, `Buenos Aires`, `Lima`, `La "
        "Paz`), Brazilian UF codes, Chilean `Región de X`; Asunción both a member and next "
        "venue; Montevideo (secretariat), Paraná (presidency), Canelones, San Pablo, Lima, "
        "Bogotá (related news) are not on the list",
    ),
    Page(
        "pt-br-carta-prefeitos-cop-tabela-municipio-uf-prefeito",
        "pt",
        "table_tabs;columns_after;state_codes;no_country;person_named_like_place;not_signatory",
        "Prefeitas e prefeitos entregam carta à presidência da COP com compromissos das cidades",
        (2025, 11, 12),
        "Notícias | Clima\n\nPor Redação · 12/11/2025 · Atualizado às 18h40\n\n"
        "Dezoito prefeitas e prefeitos brasileiros entregaram nesta quarta-feira, em Belém, "
        "uma carta à presidência da COP30 em que pedem acesso direto das cidades ao "
        "financiamento climático. O documento foi lido na Casa das Cidades, espaço montado "
        "pela prefeitura anfitriã junto ao Parque da Cidade, e reúne municípios de todas as "
        "regiões do país.\n\n"
        '"Quem enfrenta a enchente e a seca é o município. Não dá mais para o recurso chegar '
        'só aos governos nacionais", disse o prefeito de Belém, que recebeu a delegação mas '
        "não assina a carta por presidir o comitê organizador local.\n\n"
        "Entre os compromissos estão planos de adaptação aprovados até 2027, metas de "
        "arborização urbana e a transição das frotas de ônibus para veículos elétricos. A "
        "carta cita como referência o Acordo de Paris e a experiência do Rio Grande do Sul "
        "após as enchentes de 2024.\n\n"
        "Confira quem assina:\n\n",
        "Município\tUF\tPrefeito(a)\tAdesão\n"
        "Recife\tPE\tMarília Cavalcanti\t05/11/2025\n"
        "Salvador\tBA\tJoana Reis Andrade\t05/11/2025\n"
        "Niterói\tRJ\tRodrigo Menezes Filho\t05/11/2025\n"
        "Campinas\tSP\tCélia Moura\t06/11/2025\n"
        "Curitiba\tPR\tEduardo Kowalski\t06/11/2025\n"
        "Florianópolis\tSC\tRenata Silveira\t06/11/2025\n"
        "Teresina\tPI\tSílvio Araújo\t07/11/2025\n"
        "Natal\tRN\tPaulo Cortez\t07/11/2025\n"
        "Vitória\tES\tLorenzo Bertolini\t07/11/2025\n"
        "Palmas\tTO\tGilberto Siqueira\t07/11/2025\n"
        "Manaus\tAM\tRaimundo Tavares\t08/11/2025\n"
        "Macapá\tAP\tDr. Aníbal Costa\t08/11/2025\n"
        "Londrina\tPR\tTiago Rezende\t08/11/2025\n"
        "Juiz de Fora\tMG\tHelena Vasconcelos\t10/11/2025\n"
        "Santos\tSP\tMarcelo Santos Lima\t10/11/2025\n"
        "Sobral\tCE\tIvan Lopes Franca\t10/11/2025\n"
        "Rio Branco\tAC\tSebastião Frota\t11/11/2025\n"
        "Boa Vista\tRR\tArtur Henriques Neto\t11/11/2025",
        "A carta continua aberta a novas adesões até o fim da conferência pelo site da frente "
        "de prefeitos.\n\n"
        "Leia também\n"
        "Porto Alegre apresenta plano de diques na Casa das Cidades\n"
        "Fortaleza e São Luís lançam consórcio de energia solar\n\n"
        "Frente de Prefeitos · SCS Quadra 2, Brasília – DF",
        "Recife/BR; Salvador/BR; Niterói/BR; Campinas/BR; Curitiba/BR; Florianópolis/BR; "
        "Teresina/BR; Natal/BR; Vitória/BR; Palmas/BR; Manaus/BR; Macapá/BR; Londrina/BR; "
        "Juiz de Fora/BR; Santos/BR; Sobral/BR; Rio Branco/BR; Boa Vista/BR",
        "A Brazilian mayors' letter as a tab table `Município\\tUF\\tPrefeito(a)\\tAdesão`; "
        "mayors named Marília, Franca, Santos (beside the city Santos); "
        "Belém (host, its mayor did not sign), Rio Grande do Sul, Porto Alegre, Fortaleza, "
        "São Luís (related), Brasília (address) are not signatories",
    ),
    Page(
        "pt-capitais-lusofonas-membros-camara-conselho-administracao-pais",
        "pt",
        "one_a_line;region_heading;country_in_language;not_signatory",
        "Cidades membro",
        (2024, 9, 30),
        "Início › Quem somos › Cidades membro\n\n"
        "A União reúne, desde 1985, cidades capitais e cidades de língua portuguesa de quatro "
        "continentes. A sede fica em Lisboa, no Bairro Alto, e a Assembleia Geral reúne-se de "
        "dois em dois anos, alternadamente numa cidade de cada continente; a última decorreu "
        "na Cidade da Praia e a próxima realizar-se-á em Maputo.\n\n"
        "São membros efetivos as cidades; são membros associados as empresas, fundações e "
        "universidades que apoiam os nossos projetos.\n\n"
        "Membros efetivos\n\n",
        "ANGOLA\n"
        "Administração Municipal de Luanda\n"
        "Administração Municipal de Benguela\n"
        "Administração Municipal do Huambo\n"
        "Administração Municipal do Lubango\n"
        "BRASIL\n"
        "Prefeitura da Cidade do Rio de Janeiro\n"
        "Prefeitura Municipal de Salvador\n"
        "Prefeitura de São Paulo\n"
        "CABO VERDE\n"
        "Câmara Municipal da Praia\n"
        "Câmara Municipal do Tarrafal\n"
        "GUINÉ-BISSAU\n"
        "Câmara Municipal de Bissau\n"
        "ÍNDIA\n"
        "Corporation of the City of Panaji (Goa)\n"
        "MACAU (CHINA)\n"
        "Instituto para os Assuntos Municipais\n"
        "MOÇAMBIQUE\n"
        "Conselho Municipal da Cidade de Maputo\n"
        "Conselho Municipal da Cidade da Matola\n"
        "Conselho Municipal da Beira\n"
        "Conselho Municipal de Nampula\n"
        "Conselho Municipal de Quelimane\n"
        "PORTUGAL\n"
        "Câmara Municipal de Lisboa\n"
        "Câmara Municipal do Porto\n"
        "Câmara Municipal de Coimbra\n"
        "Câmara Municipal de Óbidos\n"
        "SÃO TOMÉ E PRÍNCIPE\n"
        "Câmara Distrital de Água Grande (São Tomé)\n"
        "TIMOR-LESTE\n"
        "Autoridade Municipal de Díli",
        "Membros associados\n"
        "Fundação Oriente\n"
        "Universidade Lusófona\n"
        "Banco de Fomento Angola\n\n"
        "Notícias\n"
        "Ilha de Moçambique recebe oficina de património\n"
        "Assembleia Geral em Maputo: inscrições abertas\n\n"
        "Avenida da Índia, 110 – 1300-300 Lisboa · Portugal",
        "Luanda/AO; Benguela/AO; Huambo/AO; Lubango/AO; Rio de Janeiro/BR; Salvador/BR; "
        "São Paulo/BR; Praia/CV; Tarrafal/CV; Bissau/GW; Panaji/IN; Macau|Macao/MO; Maputo/MZ; "
        "Matola/MZ; Beira/MZ; Nampula/MZ; Quelimane/MZ; Lisbon/PT; Porto/PT; Coimbra/PT; "
        "Óbidos/PT; São Tomé/ST; Dili/TL",
        "Lusophone members under upper-case Portuguese country headings as `Administração "
        "Municipal de X`, `Câmara Municipal da/do/de X`, `Conselho Municipal da Cidade de X`, "
        "an English `Corporation of the City of Panaji (Goa)`, Macau's institute with no city "
        "in its name, `Câmara Distrital de Água Grande (São Tomé)`; Lisbon both seat and "
        "member, Praia (last venue) and Maputo (next venue) also members; associate members "
        "(a foundation, a university, a bank) and Ilha de Moçambique (news) are not cities here",
    ),
    Page(
        "fr-afrique-declaration-maires-m-mme-maire-de-pays-observateurs",
        "fr",
        "one_a_line;person_before;not_signatory",
        "Déclaration des maires d'Afrique francophone sur l'accès des villes à la finance",
        (2024, 10, 24),
        "Actualités › Déclarations\n\n"
        "Réunis en Assemblée générale à Kigali du 21 au 23 octobre 2024, à l'invitation de la "
        "Ville de Kigali, les maires et présidents de conseils municipaux soussignés adoptent "
        "la présente déclaration.\n\n"
        "Considérant que plus de la moitié des Africains vivront en ville d'ici 2035 ;\n"
        "Considérant que les collectivités locales ne reçoivent qu'une faible part des "
        "ressources publiques alors qu'elles assument l'essentiel des services de base ;\n"
        "Rappelant la Charte africaine des valeurs et principes de la décentralisation, "
        "adoptée à Malabo en 2014, et l'Agenda 2063 de l'Union africaine ;\n\n"
        "Nous, maires, nous engageons à :\n"
        "– publier chaque année nos budgets et nos comptes ;\n"
        "– créer ou renforcer une cellule chargée des financements extérieurs ;\n"
        "– mutualiser nos expériences, notamment en matière de fiscalité foncière locale.\n\n"
        "Nous demandons aux États et aux partenaires au développement d'ouvrir aux villes "
        "l'accès direct aux fonds climat et de reconnaître leur capacité d'emprunt.\n\n"
        "Fait à Kigali, le 23 octobre 2024.\n\n"
        "Ont signé :\n",
        "M. Abdoulaye Sow, Maire de Dakar (Sénégal)\n"
        "Mme Aminata Ba, Maire de Saint-Louis (Sénégal)\n"
        "M. Moussa Diatta, Maire de Ziguinchor (Sénégal)\n"
        "M. Koffi Yao Brou, Gouverneur du District autonome d'Abidjan (Côte d'Ivoire)\n"
        "M. Amadou Konan, Maire de Bouaké (Côte d'Ivoire)\n"
        "M. Maurice Kaboré, Président de la Délégation spéciale de Ouagadougou (Burkina Faso)\n"
        "Mme Salamata Traoré, Maire de Bobo-Dioulasso (Burkina Faso)\n"
        "M. Oumarou Issa, Président de la Délégation spéciale de Niamey (Niger)\n"
        "M. Yawo Agbéko, Maire de Lomé (Togo)\n"
        "M. Sylvain Hounkpè, Maire de Cotonou (Bénin)\n"
        "M. Florent Adjovi, Maire de Porto-Novo (Bénin)\n"
        "M. Jean-Paul Ngono, Maire de la Ville de Yaoundé (Cameroun)\n"
        "M. Étienne Ekwalla, Maire de la Ville de Douala (Cameroun)\n"
        "Mme Christine Mba, Maire de Libreville (Gabon)\n"
        "M. Justin Mabiala, Maire de Brazzaville (Congo)\n"
        "M. Pascal Lukusa, Gouverneur de la Ville-Province de Kinshasa (RD Congo)\n"
        "M. Ali Haroun, Maire de N'Djaména (Tchad)\n"
        "Mme Élisabeth Yakité, Maire de Bangui (Centrafrique)\n"
        "M. Harilala Rakoto, Maire d'Antananarivo (Madagascar)\n"
        "Mme Fatoumata Camara, Maire de Conakry (Guinée)",
        "Observateurs (n'ont pas signé) : Ville de Montréal (Canada), Ville de Bruxelles "
        "(Belgique), Ville de Lausanne (Suisse).\n\n"
        "La déclaration est ouverte à la signature des autres villes membres jusqu'à la "
        "prochaine Assemblée générale, à Tunis.\n\n"
        "Télécharger la déclaration (PDF)\n\n"
        "À lire aussi\n"
        "Bamako accueille l'atelier régional sur l'état civil\n"
        "Nouakchott et Dakar signent un accord de coopération\n\n"
        "Secrétariat permanent – 9, rue des Halles, 75001 Paris, France",
        "Dakar/SN; Saint-Louis/SN; Ziguinchor/SN; Abidjan/CI; Bouaké/CI; Ouagadougou/BF; "
        "Bobo-Dioulasso/BF; Niamey/NE; Lomé/TG; Cotonou/BJ; Porto-Novo/BJ; Yaoundé/CM; "
        "Douala/CM; Libreville/GA; Brazzaville/CG; Kinshasa/CD; N'Djamena/TD; Bangui/CF; "
        "Antananarivo/MG; Conakry/GN",
        "Francophone African mayors' `M./Mme Name, Maire de X (Pays)` lines after 'Ont signé :', "
        "with `Gouverneur du District autonome d'Abidjan`, `Président de la Délégation spéciale "
        "de X`, `Ville-Province de Kinshasa`, `d'Antananarivo`, `N'Djaména`; Kigali (host and "
        "place of signing), Malabo (a charter), observers Montréal, Bruxelles, Lausanne, Tunis "
        "(next venue), Bamako, Nouakchott (news), Paris (secretariat) did not sign",
    ),
    Page(
        "fr-qc-declaration-trois-maires-logement-signature-mairesse-de",
        "fr",
        "few;person_before;not_signatory;person_named_like_place",
        "Crise du logement : les maires de Gatineau, Sherbrooke et Saguenay lancent un appel "
        "commun",
        (2025, 5, 16),
        "Communiqués\n\nMONTRÉAL, le 16 mai 2025 – En marge des Assises annuelles de l'Union "
        "des municipalités, tenues cette semaine à Montréal, trois maires de grandes villes "
        "régionales ont rendu publique une déclaration commune sur la crise du logement.\n\n"
        "Ils demandent au gouvernement du Québec et au gouvernement fédéral de doubler d'ici "
        "2027 les sommes consacrées au logement social et abordable, et de permettre aux "
        "municipalités de percevoir une part de la taxe de vente sur les nouvelles "
        "constructions. À Québec comme à Ottawa, les programmes actuels, rappellent-ils, sont "
        "conçus pour les grands centres et tardent à rejoindre les villes de taille moyenne.\n\n"
        "« Nos familles et nos aînés n'ont pas le luxe d'attendre le prochain budget », "
        "a déclaré la mairesse de Sherbrooke. Le maire de Saguenay a rappelé que le taux "
        "d'inoccupation y est tombé sous 1 %, un seuil jamais vu depuis les années 1980.\n\n"
        "La déclaration fait suite à la rencontre des maires de Trois-Rivières, de Lévis et "
        "de Rouyn-Noranda en février, qui avaient porté des demandes semblables sans signer "
        "de texte commun.\n\n"
        "Signé à Montréal, le 15 mai 2025,\n\n",
        "Josée Lapointe-Morin\nMairesse de Gatineau\n\n"
        "France Bélanger\nMairesse de Sherbrooke\n\n"
        "Réjean Tremblay\nMaire de Saguenay",
        "– 30 –\n\n"
        "Source : Cabinet de la mairesse de Gatineau\nRenseignements : Julie Paradis, "
        "819 555-0123\n\n"
        "Sur le même sujet\n"
        "Laval et Longueuil dévoilent un registre des loyers\n"
        "Rimouski accueillera le congrès de l'an prochain\n\n"
        "Union des municipalités · 2020, boul. Robert-Bourassa, Montréal (Québec)",
        "Gatineau/CA; Sherbrooke/CA; Saguenay/CA",
        "Three Québec mayors' signature blocks `Name` over `Mairesse de X`, a mayor named "
        "France; long body naming Montréal (venue, place of signing), Québec and Ottawa "
        "(governments), Trois-Rivières, Lévis, Rouyn-Noranda (an earlier meeting, did not "
        "sign), Laval, Longueuil, Rimouski (related)",
    ),
    Page(
        "ar-munazzama-mudun-arabiya-aadaa-judud-running-text-duwal-wa",
        "ar",
        "running_text;inflected;country_in_language;not_signatory",
        "المؤتمر العام يوافق على انضمام ست عشرة مدينة عربية جديدة إلى المنظمة",
        (2024, 12, 5),
        "الرئيسية ‹ الأخبار ‹ أخبار المنظمة\n\n"
        "الدوحة – وافق المؤتمر العام للمنظمة في دورته المنعقدة في العاصمة القطرية الدوحة "
        "يومي 3 و4 ديسمبر على طلبات انضمام ست عشرة مدينة جديدة، ليرتفع عدد المدن الأعضاء إلى "
        "أكثر من 450 مدينة في 22 دولة عربية.\n\n"
        "وأكد الأمين العام للمنظمة في كلمته الافتتاحية أن توسيع العضوية يعزز تبادل الخبرات "
        "بين المدن العربية في مجالات التخطيط العمراني وإدارة المياه وحماية التراث، شاكراً "
        "دولة قطر وبلدية الدوحة على حسن الاستضافة.\n\n",
        "ومن المملكة المغربية انضمت مدن فاس ومكناس وتطوان، ومن الجمهورية التونسية بلديات "
        "صفاقس وسوسة والقيروان، فيما انضمت من جمهورية مصر العربية مدينتا الإسكندرية "
        "وأسوان. ومن المملكة الأردنية الهاشمية انضمت بلديتا إربد "
        "الكبرى والزرقاء، ومن المملكة العربية السعودية أمانتا المدينة المنورة والطائف، ومن "
        "سلطنة عُمان مدينتا صلالة ونزوى، ومن الجمهورية الجزائرية بلديتا وهران وقسنطينة.",
        "كما قرر المؤتمر عقد دورته المقبلة في مدينة الرباط عام 2026، وتكليف المكتب الدائم "
        "في الكويت بإعداد برنامج الجائزة العربية للمدن المستدامة.\n\n"
        "أخبار ذات صلة\n"
        "ورشة عمل في مسقط حول إدارة النفايات الصلبة\n"
        "بيروت وبغداد تتسلمان جائزة التراث العمراني\n\n"
        "المقر الدائم: الشويخ، دولة الكويت",
        "Fès|Fez/MA; Meknès/MA; Tétouan|Tetouan/MA; Sfax/TN; Sousse/TN; Kairouan/TN; "
        "Alexandria/EG; Aswan/EG; Irbid/JO; Zarqa/JO; Medina/SA; Taif/SA; Salalah/OM; "
        "Nizwa/OM; Oran/DZ; Constantine/DZ",
        "Arabic running text of new members by country, `ومن المملكة المغربية انضمت مدن فاس "
        "ومكناس وتطوان`, `و` glued to names, dual forms `بلديتا`, `أمانتا`, `مدينتا` and "
        "`إربد الكبرى`; Doha (venue and host), Qatar, Rabat (next venue), Kuwait (seat), Muscat, "
        "Beirut, Baghdad (related news) are not new members",
    ),
    Page(
        "tr-bolgesel-teskilat-uyeler-tablo-buyuksehir-ulke-birlik",
        "tr",
        "table_tabs;numbered;country_in_language;columns_after;body_not_city;not_signatory",
        "Üyelerimiz",
        (2025, 1, 20),
        "Ana Sayfa > Hakkımızda > Üyelerimiz\n\n"
        "Teşkilatımız, Orta Doğu ve Batı Asya bölgesinde yerel yönetimlerin sesini dünya "
        "yerel yönetimler hareketine taşıyan bölgesel yapıdır. Genel Sekreterlik İstanbul'da, "
        "Sultanahmet'teki tarihi binada hizmet vermektedir. Bu dönem Eş Başkanlığı "
        "Konya Büyükşehir Belediye Başkanı yürütmektedir.\n\n"
        "Aşağıdaki tabloda tam üyelerimiz ve üye birliklerimiz yer almaktadır. Tablo, ülke "
        "adına göre sıralanmıştır.\n\n",
        "No\tÜye\tÜlke\tÜyelik Yılı\n"
        "1\tHerat Belediyesi\tAfganistan\t2019\n"
        "2\tRamallah Belediyesi\tFilistin\t2011\n"
        "3\tEl Halil Belediyesi\tFilistin\t2013\n"
        "4\tNablus Belediyesi\tFilistin\t2013\n"
        "5\tBeytüllahim Belediyesi\tFilistin\t2016\n"
        "6\tBağdat Emaneti\tIrak\t2018\n"
        "7\tErbil Belediyesi\tIrak\t2021\n"
        "8\tTahran Belediyesi\tİran\t2005\n"
        "9\tMeşhed Belediyesi\tİran\t2008\n"
        "10\tİsfahan Belediyesi\tİran\t2008\n"
        "11\tTebriz Belediyesi\tİran\t2010\n"
        "12\tŞiraz Belediyesi\tİran\t2014\n"
        "13\tBeyrut Belediyesi\tLübnan\t2006\n"
        "14\tSayda Belediyesi\tLübnan\t2012\n"
        "15\tSur Belediyesi\tLübnan\t2012\n"
        "16\tBüyük Amman Belediyesi\tÜrdün\t2005\n"
        "17\tİrbid Büyükşehir Belediyesi\tÜrdün\t2015\n"
        "18\tZerka Belediyesi\tÜrdün\t2017\n"
        "19\tBursa Büyükşehir Belediyesi\tTürkiye\t2005\n"
        "20\tEskişehir Büyükşehir Belediyesi\tTürkiye\t2005\n"
        "21\tGaziantep Büyükşehir Belediyesi\tTürkiye\t2005\n"
        "22\tKayseri Büyükşehir Belediyesi\tTürkiye\t2006\n"
        "23\tKocaeli Büyükşehir Belediyesi\tTürkiye\t2006\n"
        "24\tKonya Büyükşehir Belediyesi\tTürkiye\t2005\n"
        "25\tMalatya Büyükşehir Belediyesi\tTürkiye\t2009\n"
        "26\tMersin Büyükşehir Belediyesi\tTürkiye\t2014\n"
        "27\tŞanlıurfa Büyükşehir Belediyesi\tTürkiye\t2015\n"
        "28\tNevşehir Belediyesi\tTürkiye\t2011\n"
        "29\tKadıköy Belediyesi\tTürkiye\t2007\n"
        "30\tÜsküdar Belediyesi\tTürkiye\t2010\n"
        "31\tZeytinburnu Belediyesi\tTürkiye\t2012\n"
        "32\tSultanbeyli Belediyesi\tTürkiye\t2016\n"
        "33\tÇankaya Belediyesi\tTürkiye\t2009\n"
        "34\tNilüfer Belediyesi\tTürkiye\t2013\n"
        "35\tMarmara Belediyeler Birliği\tTürkiye\t2005",
        "Üyelik başvuruları için Genel Sekreterliğe e-posta ile ulaşabilirsiniz. Başvurular "
        "Yürütme Kurulu tarafından değerlendirilir.\n\n"
        "Haberler\n"
        "Hatay'da deprem sonrası kentsel dönüşüm çalıştayı yapıldı\n"
        "Kahire ve Tunus'tan heyetler Genel Sekreterliği ziyaret etti\n\n"
        "Yerebatan Caddesi No: 2, Sultanahmet, Fatih / İstanbul",
        "Herat/AF; Ramallah/PS; Hebron/PS; Nablus/PS; Bethlehem/PS; Baghdad/IQ; Erbil/IQ; "
        "Tehran/IR; Mashhad/IR; Isfahan/IR; Tabriz/IR; Shiraz/IR; Beirut/LB; Sidon/LB; "
        "Tyre/LB; Amman/JO; Irbid/JO; Zarqa/JO; Bursa/TR; Eskişehir/TR; Gaziantep/TR; "
        "Kayseri/TR; Kocaeli|İzmit/TR; Konya/TR; Malatya/TR; Mersin/TR; Şanlıurfa/TR; "
        "Nevşehir/TR; Kadıköy/TR; Üsküdar/TR; Zeytinburnu/TR; Sultanbeyli/TR; Çankaya/TR; "
        "Nilüfer/TR; Marmara Belediyeler Birliği|Union of Marmara Municipalities/TR/"
        "union of municipalities",
        "A regional section's numbered tab table `No\\tÜye\\tÜlke\\tÜyelik Yılı` of `X "
        "Belediyesi`, `Büyükşehir Belediyesi`, `Bağdat Emaneti` with Turkish exonyms (`Tahran`, "
        "`Meşhed`, `El Halil`, `Beytüllahim`, `Sayda`, `Sur` of Lebanon not Oman, `Zerka`) and "
        "district municipalities of Istanbul, Ankara and Bursa; a union of municipalities; "
        "Istanbul (secretariat), Hatay, Kahire, Tunus (news) are not members",
    ),
    Page(
        "id-deklarasi-kota-numbered-pemerintah-kota-provinsi-tuan-rumah",
        "id",
        "numbered;region_after;no_country;not_signatory;person_after",
        "Deklarasi Makassar: Kota-Kota Indonesia untuk Air Bersih dan Sanitasi Layak",
        (2025, 8, 7),
        "Beranda / Berita / Siaran Pers\n\n"
        "MAKASSAR – Sembilan belas pemerintah kota menandatangani Deklarasi Makassar pada "
        "penutupan Rapat Kerja Nasional asosiasi di Hotel Pantai Losari, Kamis (7/8). "
        "Deklarasi ini memuat komitmen kota-kota untuk memperluas layanan air minum perpipaan "
        "dan sanitasi aman bagi seluruh warga paling lambat tahun 2030.\n\n"
        "Wali Kota Makassar selaku tuan rumah menyampaikan terima kasih kepada para peserta. "
        '"Kota kami siap berbagi pengalaman mengelola instalasi pengolahan air limbah '
        'komunal," ujarnya. Pemerintah Provinsi DKI Jakarta dan Kementerian Pekerjaan Umum '
        "hadir sebagai pendukung dan tidak ikut menandatangani.\n\n"
        "Isi deklarasi:\n"
        "1. Menetapkan target akses air minum aman 100 persen dalam RPJMD;\n"
        "2. Membentuk unit pengelola air limbah domestik;\n"
        "3. Mengalokasikan anggaran sanitasi sekurang-kurangnya 5 persen APBD.\n\n"
        "Para penandatangan:\n",
        "1. Pemerintah Kota Bogor – Jawa Barat (Wali Kota Arif Kurniawan)\n"
        "2. Pemerintah Kota Bandung – Jawa Barat (Wali Kota Yusuf Permana)\n"
        "3. Pemerintah Kota Cimahi – Jawa Barat (Wali Kota Dimas Saputra)\n"
        "4. Pemerintah Kota Semarang – Jawa Tengah (Wali Kota Ratna Kusumawati)\n"
        "5. Pemerintah Kota Surakarta – Jawa Tengah (Wali Kota Bambang Setiadi)\n"
        "6. Pemerintah Kota Pekalongan – Jawa Tengah (Wakil Wali Kota Siti Maryam)\n"
        "7. Pemerintah Kota Yogyakarta – DI Yogyakarta (Wali Kota Budi Santosa)\n"
        "8. Pemerintah Kota Malang – Jawa Timur (Wali Kota Hendra Gunawan)\n"
        "9. Pemerintah Kota Denpasar – Bali (Wali Kota I Made Suarta)\n"
        "10. Pemerintah Kota Mataram – Nusa Tenggara Barat (Wali Kota Lalu Ahmad Zaini)\n"
        "11. Pemerintah Kota Kupang – Nusa Tenggara Timur (Wali Kota Yohanes Mboeik)\n"
        "12. Pemerintah Kota Balikpapan – Kalimantan Timur (Wali Kota Rudi Hartono)\n"
        "13. Pemerintah Kota Samarinda – Kalimantan Timur (Wali Kota Syahrul Ramadhan)\n"
        "14. Pemerintah Kota Pontianak – Kalimantan Barat (Wali Kota Agus Firmansyah)\n"
        "15. Pemerintah Kota Manado – Sulawesi Utara (Wali Kota Stevanus Lumenta)\n"
        "16. Pemerintah Kota Ambon – Maluku (Wali Kota Johan Pattiasina)\n"
        "17. Pemerintah Kota Padang – Sumatera Barat (Wali Kota Rizal Efendi)\n"
        "18. Pemerintah Kota Palembang – Sumatera Selatan (Wali Kota Fikri Alamsyah)\n"
        "19. Pemerintah Kota Banda Aceh – Aceh (Wali Kota Nurul Hayati)",
        "Deklarasi akan disampaikan kepada Presiden melalui Menteri Dalam Negeri dan menjadi "
        "bahan Musyawarah Nasional berikutnya di Balikpapan.\n\n"
        "Berita Terkait\n"
        "Surabaya raih penghargaan kota sanitasi terbaik\n"
        "Wali Kota Medan kunjungi IPAL komunal di Tangerang\n\n"
        "Sekretariat: Jl. Kramat Raya No. 11, Jakarta Pusat",
        "Bogor/ID; Bandung/ID; Cimahi/ID; Semarang/ID; Surakarta/ID; Pekalongan/ID; "
        "Yogyakarta/ID; Malang/ID; Denpasar/ID; Mataram/ID; Kupang/ID; Balikpapan/ID; "
        "Samarinda/ID; Pontianak/ID; Manado/ID; Ambon/ID; Padang/ID; Palembang/ID; "
        "Banda Aceh/ID",
        "An Indonesian declaration's numbered `Pemerintah Kota X – Provinsi (Wali Kota Name)` "
        "lines with no country; `DI Yogyakarta` after Yogyakarta; Makassar (host, venue, "
        "named in the title), DKI Jakarta (a supporter), Balikpapan also the next venue, "
        "Surabaya, Medan, Tangerang (related), Jakarta (secretariat) are not extra signatories",
    ),
    Page(
        "ja-heiwa-shuchou-shinki-kamei-ken-shi-kaigai-katakana",
        "ja",
        "one_a_line;region_before;country_in_language;region_heading;not_signatory",
        "新規加盟都市のお知らせ（2025年6月）",
        (2025, 7, 1),
        "ホーム ＞ お知らせ ＞ 加盟都市\n\n"
        "2025年6月1日から30日までの間に、国内8都市、海外7都市が新たに加盟しました。"
        "これにより、加盟都市数は166か国・地域の8,450都市となりました。\n\n"
        "会長である広島市長、副会長である長崎市長は、新規加盟都市に歓迎の書簡を送るとともに、"
        "8月に広島市で開催される総会への参加を呼びかけています。\n\n"
        "新規加盟都市は次のとおりです（敬称略）。\n\n",
        "【国内】\n"
        "北海道　北見市\n"
        "岩手県　花巻市\n"
        "山形県　鶴岡市\n"
        "群馬県　桐生市\n"
        "埼玉県　所沢市\n"
        "長野県　松本市\n"
        "静岡県　掛川市\n"
        "愛知県　豊川市\n"
        "【海外】\n"
        "メキシコ　グアダラハラ市\n"
        "バングラデシュ　チッタゴン市\n"
        "フィリピン　カガヤン・デ・オロ市\n"
        "ニュージーランド　ダニーデン市\n"
        "オーストラリア　フリーマントル市\n"
        "ドイツ　マンハイム市\n"
        "ベルギー　イーペル市",
        "加盟都市の一覧は「加盟都市検索」からご覧いただけます。"
        "加盟を検討されている自治体は事務局までお問い合わせください。\n\n"
        "関連記事\n"
        "長崎市で「平和首長青年会議」を開催しました\n"
        "ウィーン市でNPT再検討会議の関連行事に参加\n\n"
        "事務局　〒730-0811 広島市中区中島町1-2",
        "Kitami/JP; Hanamaki/JP; Tsuruoka/JP; Kiryu/JP; Tokorozawa/JP; Matsumoto/JP; "
        "Kakegawa/JP; Toyokawa/JP; Guadalajara/MX; Chittagong|Chattogram/BD; "
        "Cagayan de Oro/PH; Dunedin/NZ; Fremantle/AU; Mannheim/DE; Ypres|Ieper/BE",
        "A Japanese news item of new members: `県　市` lines with a full-width space under "
        "【国内】, `国名　都市名市` in katakana under 【海外】; Hiroshima (president, venue, "
        "secretariat), Nagasaki (vice-president, related), Vienna (related) are not new members",
    ),
    Page(
        "ko-gongdong-seongmyeong-tablo-gukga-dosi-seomyeongja-samuguk",
        "ko",
        "table_tabs;country_in_language;columns_after;not_signatory",
        "아시아태평양 도시 기후적응 공동성명 채택",
        (2025, 10, 22),
        "홈 > 알림마당 > 보도자료\n\n"
        "아시아태평양 지역 15개 도시가 22일 인천 송도에서 열린 도시 기후적응 포럼 폐막식에서 "
        "'기후적응 공동성명'을 채택했다. 성명에 참여한 도시들은 폭염과 집중호우에 대비한 "
        "조기경보 체계를 2027년까지 구축하고, 취약계층을 위한 무더위 쉼터와 침수 방지 "
        "시설을 확충하기로 약속했다.\n\n"
        '포럼을 공동 주최한 서울특별시에 사무국을 둔 네트워크의 사무총장은 "이번 성명은 '
        '아시아 도시들이 서로의 경험을 나누는 출발점"이라고 말했다. 개최 도시인 인천광역시는 '
        "참관 자격으로 참여했다.\n\n"
        "공동성명 참여 도시는 다음과 같다.\n\n",
        "국가\t도시\t서명자\t직위\n"
        "태국\t방콕\t솜차이 분마\t부시장\n"
        "말레이시아\t쿠알라룸푸르\t아흐마드 자이니\t시장\n"
        "몽골\t울란바토르\t바트바야르 도르지\t시장\n"
        "베트남\t다낭\t응우옌 반 홍\t인민위원회 부위원장\n"
        "필리핀\t마카티\t마리아 산토스\t시장\n"
        "필리핀\t일로일로\t호세 레예스\t시장\n"
        "인도네시아\t수라바야\t에르완 사푸트라\t시장\n"
        "스리랑카\t콜롬보\t니말 페레라\t시장\n"
        "네팔\t카트만두\t수닐 슈레스타\t시장\n"
        "캄보디아\t프놈펜\t속 찬나\t부지사\n"
        "라오스\t비엔티안\t분몬 시파싯\t부시장\n"
        "부탄\t팀푸\t카르마 왕디\t시장\n"
        "대한민국\t창원특례시\t박성호\t시장\n"
        "대한민국\t전주시\t이정민\t시장\n"
        "대한민국\t광주광역시\t김하늘\t부시장",
        "네트워크는 성명의 이행 상황을 매년 점검해 2026년 총회에서 보고할 예정이다.\n\n"
        "관련 기사\n"
        "요코하마·페낭, 도시 물관리 협력 양해각서 체결\n"
        "후에에서 역사도시 보존 워크숍 개최\n\n"
        "사무국: 서울특별시 중구 세종대로 110",
        "Bangkok/TH; Kuala Lumpur/MY; Ulaanbaatar/MN; Da Nang/VN; Makati/PH; Iloilo/PH; "
        "Surabaya/ID; Colombo/LK; Kathmandu/NP; Phnom Penh/KH; Vientiane/LA; Thimphu/BT; "
        "Changwon/KR; Jeonju/KR; Gwangju/KR",
        "A Korean press release whose signatories are a tab table `국가\\t도시\\t서명자\\t직위` "
        "with countries and foreign cities in Hangul, `창원특례시`, `광주광역시`; Incheon (venue, "
        "an observer), Seoul (co-host, secretariat), Yokohama, Penang, Hue (related) did not "
        "sign",
    ),
]

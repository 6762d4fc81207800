"""Hand-written pages, batch zs: held out from round 23 (branch acczs), written without reading the
reader or running it, before any change to it for them. Fourteen joint statements, declarations,
open letters, communiqués, pledges and resolutions signed by cities and mayors of regional,
national and global networks, in thirteen languages, most of them ones the corpus has few pages
of: an English open letter of Asia-Pacific mayors to a climate conference, `Name, Mayor of X,
Country` lines with mayors named Victoria and Adelaide, a forum's venue and a secretariat; an
English communiqué of African local governments as a tab table of bodies (`Accra Metropolitan
Assembly`, `Lusaka City Council`, a state and a county) with a host city and the Abuja
Declaration; Spanish `Por la Intendencia de Montevideo` signature blocks over names and titles
with an intendente named Durazno and a department; a Brazilian open letter of `Name – Prefeita
de X (UF)` bullets to Congress with Belém as the conference's venue; a French resolution's annex
under country headings in capitals with a mairesse named Laval; Galician running text of
`concellos` and a `Deputación` with a host; Icelandic `F.h. Reykjavíkurborgar` signature blocks
with genitives over `bæjarstjóri` lines under the place of signing; a Hebrew open letter of
`Name, ראש עיריית X` lines with a mayor named Arad; a Serbian numbered list of `Grad X` and
`Opština Y` with `gradonačelnik` after a dash and the host Vrnjačka Banja; a Korean table of
`특례시`, `시` and provinces with a host city; Japanese `札幌市長　氏名` lines with a mayor named
Matsumoto and the Kyoto Protocol; Indonesian running text of `Kota X` and `Kabupaten Y` with the
host Makassar and the Bandung conference; Estonian `Name, Tartu linnapea` lines and `vallavanem`;
an Arabic tab table of country, city and mayor with Tripoli of Lebanon. Invented texts and
people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-open-letter-asia-pacific-name-mayor-of-country",
        "en",
        "one_a_line;person_before;person_named_like_place;not_signatory;country_in_language",
        "Open letter from Asia-Pacific mayors on extreme heat to the COP30 Presidency",
        (2025, 10, 14),
        "News > Statements\n\n"
        "Ahead of the UN Climate Change Conference in Belém, fifteen mayors from across Asia and "
        "the Pacific have written to the COP30 Presidency asking national governments to put "
        "extreme heat at the centre of their adaptation plans. The letter was finalised at the "
        "Asia-Pacific Urban Forum in Penang last month.\n\n"
        "Dear President of COP30,\n\n"
        "Our cities are where the heat is felt first and hardest. Last summer, night-time "
        "temperatures in many of our neighbourhoods did not drop below 30°C for weeks. Outdoor "
        "workers, older people living alone and children in informal settlements carry the "
        "heaviest burden.\n\n"
        "We ask the Parties to:\n"
        "1. recognise heat as a hazard in the Global Goal on Adaptation and its indicators;\n"
        "2. open adaptation finance directly to cities and local governments;\n"
        "3. fund heat-health early warning systems in every city of more than 100,000 people;\n"
        "4. support cool roofs, shade and trees in the neighbourhoods that need them most.\n\n"
        "For our part, we will appoint heat officers, map our hottest streets and report on our "
        "progress every year, as we pledged in the Paris Agreement's spirit and in the Sendai "
        "Framework.\n\n"
        "Yours sincerely,",
        "Hon. Victoria Santos-Reyes, Mayor of Quezon City, Philippines\n"
        "Marivic Lacson, Mayor of Iloilo City, Philippines\n"
        "Bambang Santoso, Mayor of Surabaya, Indonesia\n"
        "Dewi Kartikasari, Mayor of Semarang, Indonesia\n"
        "Trần Minh Đức, Chairman of the People's Committee of Da Nang, Viet Nam\n"
        "Sushil Gurung, Mayor of Kathmandu Metropolitan City, Nepal\n"
        "Rosy Perera, Mayor of Colombo, Sri Lanka\n"
        "Md. Rafiqul Islam, Mayor of Rajshahi City Corporation, Bangladesh\n"
        "Dolgorsuren Batbayar, Governor of the Capital City and Mayor of Ulaanbaatar, Mongolia\n"
        "Adelaide Brennan, Mayor of Fremantle, Australia\n"
        "Hannah Whitaker, Mayor of Christchurch, New Zealand\n"
        "Tevita Naulu, Lord Mayor of Suva, Fiji\n"
        "Shri Rahul Deshmukh, Mayor of Pune, India\n"
        "Park Jun-ho, Mayor of Suwon Special City, Republic of Korea\n"
        "Tanaka Hiroko, Mayor of Kitakyushu, Japan",
        "The letter was coordinated by the network's regional secretariat in Bangkok. Cities "
        "that wish to add their name can write to the secretariat before 1 November.\n\n"
        "Related\nHeat officers meet in Ahmedabad\n2 September 2025\n"
        "Cool corridors: what Medellín taught us\n18 August 2025",
        "Quezon City/PH; Iloilo City|Iloilo/PH; Surabaya/ID; Semarang/ID; Da Nang/VN; "
        "Kathmandu/NP; Colombo/LK; Rajshahi/BD; Ulaanbaatar/MN; Fremantle/AU; "
        "Christchurch/NZ; Suva/FJ; Pune/IN; Suwon/KR; Kitakyushu/JP",
        "`Name, Mayor of X, Country` lines with `Metropolitan City`, `City Corporation`, "
        "`Special City` and a governor; mayors named Victoria and Adelaide; Belém the COP's "
        "venue and addressee, Penang the forum's venue, Bangkok the secretariat, Ahmedabad and "
        "Medellín in teasers",
    ),
    Page(
        "en-communique-africa-tab-table-bodies-state-county",
        "en",
        "table_tabs;columns_after;person_after;body_not_city;not_signatory;country_in_language",
        "Kisumu Communiqué of African Local Governments on Urban Water Security",
        (2025, 5, 22),
        "Home / Media / Communiqués\n\n"
        "We, the mayors, governors and leaders of local and subnational governments of Africa, "
        "gathered in Kisumu, Kenya, from 19 to 21 May 2025 at the invitation of the County "
        "Government of Kisumu, on the shores of Lake Victoria,\n\n"
        "Recalling the Abuja Declaration on water and sanitation, the Ngor Declaration on "
        "Sanitation and Hygiene, and Aspiration 1 of Agenda 2063,\n\n"
        "Concerned that one in three urban Africans still lacks safely managed drinking water "
        "and that our cities will add nearly 900 million residents by 2050,\n\n"
        "Hereby commit to:\n"
        "(a) halve non-revenue water in our utilities by 2035;\n"
        "(b) protect the wetlands and catchments on which our cities depend;\n"
        "(c) include informal settlements in every water and sanitation master plan;\n"
        "(d) report each year to the Network's Water Commission.\n\n"
        "We call on the African Union, the African Development Bank and our national "
        "governments to channel climate and water finance to the local level.\n\n"
        "Adopted in Kisumu on 21 May 2025.\n\n"
        "Signatories",
        "No.\tLocal / subnational government\tCountry\tSignatory\tTitle\n"
        "1\tAccra Metropolitan Assembly\tGhana\tNana Ama Owusu\tMetropolitan Chief Executive\n"
        "2\tVille de Dakar\tSenegal\tIbrahima Ndiaye\tMaire\n"
        "3\tCity of Kigali\tRwanda\tClaudine Uwase\tMayor\n"
        "4\tKampala Capital City Authority\tUganda\tRose Nakato\tLord Mayor\n"
        "5\tLusaka City Council\tZambia\tMwila Chanda\tMayor\n"
        "6\tCity of Cape Town\tSouth Africa\tPieter van Wyk\tExecutive Mayor\n"
        "7\tLagos State Government\tNigeria\tAdebayo Ogunleye\tCommissioner for the Environment\n"
        "8\tMombasa County\tKenya\tHalima Said\tGovernor\n"
        "9\tFreetown City Council\tSierra Leone\tAminata Kamara\tMayor\n"
        "10\tMonrovia City Corporation\tLiberia\tJosephine Doe\tMayor\n"
        "11\tCommune urbaine de Toamasina\tMadagascar\tHery Rakotomalala\tMaire\n"
        "12\tZanzibar City Council\tTanzania\tSalim Juma Hamad\tMayor",
        "Witnessed by the Secretary General of the Network, Addis Ababa.\n\n"
        "The next Commission meeting will take place in Windhoek in 2026.\n\n"
        "Download the communiqué (PDF) | Version française",
        "Accra/GH; Dakar/SN; Kigali/RW; Kampala/UG; Lusaka/ZM; Cape Town/ZA; "
        "Lagos State/NG/region; Mombasa County/KE/county; Freetown/SL; Monrovia/LR; "
        "Toamasina/MG; Zanzibar/TZ",
        "a tab table of official bodies with country, signatory and title columns; Lagos State a "
        "region, Mombasa County a county; Kisumu the host (`County Government of Kisumu`), Lake "
        "Victoria, the Abuja and Ngor declarations, Addis Ababa the secretariat, Windhoek the "
        "next venue",
    ),
    Page(
        "es-declaracion-por-la-intendencia-bloques-firma-durazno",
        "es",
        "one_a_line;person_after;person_named_like_place;body_not_city;not_signatory",
        "Declaración de Santa Fe: las ciudades del Sur frente a la crisis de los cuidados",
        (2024, 11, 29),
        "Inicio › Noticias › Declaraciones\n\n"
        "Las ciudades de la red, reunidas en la XXIX Cumbre celebrada en la ciudad de Santa Fe "
        "(Argentina) los días 27 y 28 de noviembre de 2024, aprobaron por unanimidad la "
        "siguiente declaración.\n\n"
        "DECLARACIÓN DE SANTA FE\n\n"
        "Considerando que las mujeres de nuestra región dedican en promedio el triple de horas "
        "que los hombres al trabajo de cuidados no remunerado;\n\n"
        "Recordando el Compromiso de Buenos Aires adoptado en la XV Conferencia Regional sobre "
        "la Mujer de América Latina y el Caribe, y la Agenda 2030;\n\n"
        "Las ciudades firmantes se comprometen a:\n"
        "• crear o fortalecer sistemas locales de cuidados con presupuesto propio;\n"
        "• ampliar la red de centros de primera infancia y de día para personas mayores;\n"
        "• medir el uso del tiempo en sus encuestas de hogares;\n"
        "• intercambiar experiencias en la Unidad Temática de Género y Municipio.\n\n"
        "Firmado en Santa Fe, el 28 de noviembre de 2024.",
        "Por la Intendencia de Montevideo\nCarolina Durazno\nIntendenta\n\n"
        "Por la Intendencia de Canelones\nMartín Olivera\nIntendente\n\n"
        "Por la Municipalidad de Rosario\nLucía Ferraro\nSecretaria de Género y Derechos "
        "Humanos, en representación del Intendente\n\n"
        "Por la Municipalidad de Córdoba\nJavier Quiroga\nIntendente\n\n"
        "Por la Prefeitura de Porto Alegre\nBeatriz Schneider\nSecretária Municipal de "
        "Desenvolvimento Social\n\n"
        "Por la Prefeitura de Guarulhos\nRenato Alves Pereira\nPrefeito\n\n"
        "Por la Municipalidad de Asunción\nMirta Benítez\nIntendenta\n\n"
        "Por la Municipalidad de Encarnación\nHugo Villalba\nIntendente\n\n"
        "Por la Municipalidad de Concepción (Chile)\nPaula Rivas Muñoz\nAlcaldesa\n\n"
        "Por la Municipalidad de Valparaíso\nTomás Aravena\nAlcalde\n\n"
        "Por el Gobierno Autónomo Municipal de Cochabamba\nRoxana Mamani\nAlcaldesa",
        "Como es costumbre, la ciudad de Santa Fe, anfitriona de la Cumbre y Secretaría "
        "Ejecutiva de la red, no suscribe las declaraciones que coordina. La próxima Cumbre se "
        "realizará en Quilmes.\n\n"
        "Noticias relacionadas\nMontevideo presenta su Plan de Cuidados\n"
        "Taller de presupuesto participativo en Lima",
        "Montevideo/UY; Intendencia de Canelones|Canelones Department/UY/region; Rosario/AR; "
        "Córdoba/AR; Porto Alegre/BR; Guarulhos/BR; Asunción/PY; Encarnación/PY; "
        "Concepción/CL; Valparaíso/CL; Cochabamba/BO",
        "`Por la Intendencia/Municipalidad/Prefeitura de X` over name and title lines, no "
        "countries but `Concepción (Chile)`; an intendenta named Durazno; Canelones a "
        "department; Santa Fe the venue, host and coordinator that does not sign, the "
        "Buenos Aires Commitment, Quilmes the next venue, Montevideo again and Lima in teasers",
    ),
    Page(
        "pt-carta-aberta-prefeitos-nome-prefeita-de-cidade-uf",
        "pt",
        "bulleted;person_before;state_codes;person_named_like_place;not_signatory",
        "Carta aberta dos prefeitos e prefeitas ao Congresso Nacional sobre o financiamento da "
        "adaptação climática",
        (2025, 8, 6),
        "Início > Comunicação > Notícias\n\n"
        "Prefeitos de todas as regiões do país entregaram nesta quarta-feira, em Brasília, uma "
        "carta aberta aos presidentes da Câmara dos Deputados e do Senado Federal. A três meses "
        "da COP30, em Belém, os gestores pedem a criação de um fundo nacional de adaptação "
        "com repasses diretos aos municípios.\n\n"
        "Leia a íntegra:\n\n"
        "Senhores Presidentes,\n\n"
        "As enchentes no Rio Grande do Sul em 2024, as secas na Amazônia e as ondas de calor "
        "no Sudeste mostraram que a emergência climática já chegou às nossas cidades. São os "
        "municípios que acolhem os desabrigados, reconstroem escolas e postos de saúde e "
        "respondem primeiro a cada desastre.\n\n"
        "Por isso, pedimos ao Congresso Nacional que:\n"
        "1) aprove a criação do Fundo Nacional de Adaptação Climática, com repasse fundo a "
        "fundo aos municípios;\n"
        "2) garanta que ao menos metade dos recursos chegue às cidades médias e pequenas;\n"
        "3) simplifique o acesso dos municípios às linhas do Fundo Clima.\n\n"
        "Assinam esta carta:",
        "• Maria Betim – Prefeita de Contagem (MG)\n"
        "• Ricardo Nogueira – Prefeito de Canoas (RS)\n"
        "• Ana Paula Lisboa – Prefeita de Novo Hamburgo (RS)\n"
        "• Jorge Almeida – Prefeito de Recife (PE)\n"
        "• Cláudia Marques – Prefeita de Juiz de Fora (MG)\n"
        "• Fernando Teixeira – Prefeito de Niterói (RJ)\n"
        "• Luciana Prado – Prefeita de Campinas (SP)\n"
        "• Edson Ramos – Prefeito de Santarém (PA)\n"
        "• Vitória Cordeiro – Prefeita de Petrópolis (RJ)\n"
        "• Paulo Henrique Lima – Prefeito de Rio Branco (AC)\n"
        "• Sandra Oliveira – Prefeita de Maceió (AL)\n"
        "• Marcos Antônio Freitas – Prefeito de Blumenau (SC)\n"
        "• Jussara Pinheiro – Prefeita de Teresina (PI)\n"
        "• Rodrigo Campos – Prefeito de Londrina (PR)\n"
        "• Helena Souza – Prefeita de Feira de Santana (BA)\n"
        "• Gilberto Nunes – Prefeito de Cuiabá (MT)\n"
        "• Tatiana Moura – Prefeita de Mossoró (RN)\n"
        "• Everaldo Cruz – Prefeito de Parintins (AM)",
        "A carta segue aberta a novas adesões pelo formulário no site da entidade.\n\n"
        "Compartilhe: Facebook | X | WhatsApp\n\n"
        "Veja também\nPrefeitos de Porto Alegre e Manaus debatem resiliência\n"
        "Marcha dos prefeitos reúne 3 mil gestores em Brasília",
        "Contagem/BR; Canoas/BR; Novo Hamburgo/BR; Recife/BR; Juiz de Fora/BR; Niterói/BR; "
        "Campinas/BR; Santarém/BR; Petrópolis/BR; Rio Branco/BR; Maceió/BR; Blumenau/BR; "
        "Teresina/BR; Londrina/BR; Feira de Santana/BR; Cuiabá/BR; Mossoró/BR; Parintins/BR",
        "`• Name – Prefeita de Cidade (UF)` bullets; mayors named Betim, Lisboa and Vitória; "
        "Brasília the addressee's seat, Belém the COP's venue, Rio Grande do Sul and the "
        "Amazon in the text, Porto Alegre and Manaus in teasers",
    ),
    Page(
        "fr-resolution-maires-francophones-annexe-pays-majuscules",
        "fr",
        "one_a_line;region_heading;country_in_language;person_after;person_named_like_place;"
        "majority_other_country;not_signatory",
        "Résolution sur la protection des archives d'état civil – Assemblée générale de Cotonou",
        (2024, 12, 6),
        "Accueil > Nos actions > Résolutions\n\n"
        "RÉSOLUTION N° 2024-03\n\n"
        "L'Assemblée générale des maires, réunie à Cotonou (Bénin) les 4 et 5 décembre 2024 "
        "sous la présidence de la maire de Cotonou,\n\n"
        "Vu la Charte de la Francophonie adoptée à Antananarivo en 2005,\n"
        "Vu la déclaration finale du Sommet de Villers-Cotterêts,\n\n"
        "Considérant qu'un enfant sur quatre en Afrique subsaharienne n'est pas enregistré à "
        "la naissance et que les registres de nombreuses communes ont été détruits par des "
        "inondations, des incendies ou des conflits,\n\n"
        "1. Demande aux États de reconnaître la compétence des communes en matière d'état civil "
        "et de leur transférer les moyens correspondants ;\n"
        "2. Engage les villes membres à numériser leurs registres d'ici 2030 avec l'appui du "
        "Fonds de coopération ;\n"
        "3. Charge le Secrétariat permanent, à Paris, d'en rendre compte à la prochaine "
        "Assemblée générale.\n\n"
        "Annexe – Villes signataires de la résolution",
        "BÉNIN\n"
        "Porto-Novo – M. Lionel Adjovi, maire\n"
        "Parakou – M. Issa Bio Sanni, maire\n\n"
        "BURKINA FASO\n"
        "Bobo-Dioulasso – M. Adama Sanou, président de la délégation spéciale\n\n"
        "CAMEROUN\n"
        "Douala – M. Jean-Claude Ekwalla, maire de la ville\n"
        "Bafoussam – Mme Odette Kamga, maire de la ville\n\n"
        "CÔTE D'IVOIRE\n"
        "Bouaké – M. Yao Kouassi, maire\n"
        "Yamoussoukro – Mme Aya N'Guessan, maire\n\n"
        "HAÏTI\n"
        "Cap-Haïtien – M. Ronald Pierre-Louis, maire principal\n\n"
        "MADAGASCAR\n"
        "Fianarantsoa – M. Haja Razafindrabe, maire\n\n"
        "MAROC\n"
        "Tétouan – M. Karim El Amrani, président du conseil communal\n"
        "Oujda – Mme Naïma Berrada, présidente du conseil communal\n\n"
        "QUÉBEC (CANADA)\n"
        "Sherbrooke – Mme Isabelle Laval, mairesse\n"
        "Trois-Rivières – M. Mathieu Gagnon, maire\n\n"
        "SÉNÉGAL\n"
        "Ziguinchor – M. Ousmane Diatta, maire\n"
        "Saint-Louis – Mme Khady Sall, maire\n\n"
        "SUISSE\n"
        "Neuchâtel – Mme Sophie Matthey, conseillère communale\n\n"
        "TOGO\n"
        "Sokodé – M. Tchédré Ouro-Agouda, maire\n\n"
        "TUNISIE\n"
        "Sfax – M. Mohamed Ali Trabelsi, président de la délégation spéciale",
        "Adoptée à l'unanimité des membres présents. Cotonou, le 5 décembre 2024.\n\n"
        "Secrétariat permanent : 9, place de l'Hôtel-de-Ville, Paris\n\n"
        "À lire aussi\nLa ville de Kinshasa rejoint le réseau\n"
        "Formation des élus à Niamey et Nouakchott",
        "Porto-Novo/BJ; Parakou/BJ; Bobo-Dioulasso/BF; Douala/CM; Bafoussam/CM; Bouaké/CI; "
        "Yamoussoukro/CI; Cap-Haïtien/HT; Fianarantsoa/MG; Tétouan/MA; Oujda/MA; "
        "Sherbrooke/CA; Trois-Rivières/CA; Ziguinchor/SN; Saint-Louis/SN; Neuchâtel/CH; "
        "Sokodé/TG; Sfax/TN",
        "an annex under country headings in capitals (`QUÉBEC (CANADA)`) over `Ville – M. Name, "
        "maire` lines; a mairesse named Laval; Saint-Louis of Senegal; Cotonou the venue and "
        "host (its mayor presiding), Antananarivo's charter, Villers-Cotterêts, Paris the "
        "secretariat, Kinshasa, Niamey, Nouakchott in teasers",
    ),
    Page(
        "gl-declaracion-concellos-running-text-deputacion-anfitrion",
        "gl",
        "running_text;body_not_city;not_signatory;person_before;inflected",
        "Os concellos asinan a Declaración do Carballiño polo dereito á vivenda",
        (2025, 3, 17),
        "Inicio » Actualidade » Novas\n\n"
        "O Auditorio Municipal do Carballiño acolleu este sábado a xuntanza anual da rede de "
        "concellos polo dereito á vivenda, que pechou coa sinatura dunha declaración conxunta. "
        "O alcalde anfitrión, Xosé Manuel Pereiro, deu a benvida ás delegacións e lembrou que "
        "a vila, como moitas outras do interior, perdeu un terzo da súa mocidade na última "
        "década.\n\n"
        "A declaración pide á Xunta de Galicia e ao Goberno central que destinen polo menos o "
        "30 % dos fondos de vivenda ao alugueiro social, que os concellos poidan recadar un "
        "recargo sobre as vivendas baleiras e que se regulen os pisos turísticos en toda a "
        "comunidade, tomando como exemplo as medidas aprobadas en Lisboa e no Porto.",
        "O texto foi asinado polos concellos de Lugo, Ourense, Pontevedra, Ferrol, Narón, "
        "Vilagarcía de Arousa, Monforte de Lemos, O Porriño, Ribadeo e Cangas, así como pola "
        "Deputación de Lugo, que se sumou como primeira administración provincial. A alcaldesa "
        "de Santiago de Compostela, Iria Castro, asinou en nome da capital galega, e o concelleiro "
        "de Vivenda da Coruña, Brais Lema, fíxoo en representación do alcalde.",
        "O Carballiño non asinou a declaración por ser o concello anfitrión e ter a "
        "presidencia rotatoria da rede. A próxima xuntanza será en Viveiro.\n\n"
        "Compartir: Facebook · X · Correo\n\n"
        "Novas relacionadas\nVigo e Ourense presentan o seu plan de rehabilitación\n"
        "Xornada sobre vivenda en Betanzos",
        "Lugo/ES; Ourense/ES; Pontevedra/ES; Ferrol/ES; Narón/ES; Vilagarcía de Arousa/ES; "
        "Monforte de Lemos/ES; O Porriño|Porriño/ES; Ribadeo/ES; Cangas do Morrazo|Cangas/ES; "
        "Deputación de Lugo|Province of Lugo/ES/province; Santiago de Compostela/ES; "
        "A Coruña/ES",
        "Galician running text `os concellos de X, Y e Z, así como pola Deputación de Lugo`, "
        "then `alcaldesa de Santiago de Compostela` and a councillor `da Coruña` in the next "
        "sentences; O Carballiño the venue and host that did not sign, the Xunta, Lisboa and "
        "Porto as examples, Viveiro the next venue, Vigo, Ourense again and Betanzos in teasers",
    ),
    Page(
        "is-yfirlysing-fh-sveitarfelags-eignarfall-egilsstodum",
        "is",
        "one_a_line;inflected;person_after;not_signatory;no_country",
        "Sameiginleg yfirlýsing sveitarfélaga um barnvæn samfélög",
        (2024, 9, 13),
        "Forsíða > Fréttir og tilkynningar\n\n"
        "Átta sveitarfélög undirrituðu í gær sameiginlega yfirlýsingu um að vinna markvisst að "
        "innleiðingu Barnasáttmála Sameinuðu þjóðanna í allri starfsemi sinni. Undirritunin fór "
        "fram á Egilsstöðum á haustfundi netsins, í boði Múlaþings.\n\n"
        "Yfirlýsingin\n\n"
        "Sveitarfélögin sem undirrita yfirlýsingu þessa skuldbinda sig til að:\n"
        "– hafa réttindi barna að leiðarljósi við allar ákvarðanir sem varða börn;\n"
        "– stofna ungmennaráð og tryggja að börn hafi raunveruleg áhrif;\n"
        "– meta áhrif fjárhagsáætlunar á börn ár hvert;\n"
        "– deila reynslu sinni með öðrum sveitarfélögum.\n\n"
        "Egilsstöðum, 12. september 2024",
        "F.h. Reykjavíkurborgar\nHelga Björnsdóttir, borgarstjóri\n\n"
        "F.h. Akureyrarbæjar\nJón Ingi Sigurðsson, bæjarstjóri\n\n"
        "F.h. Kópavogsbæjar\nSigrún Hauksdóttir, bæjarstjóri\n\n"
        "F.h. Hafnarfjarðarkaupstaðar\nGunnar Már Ólafsson, bæjarstjóri\n\n"
        "F.h. Garðabæjar\nAnna Kristín Jónsdóttir, bæjarstjóri\n\n"
        "F.h. Mosfellsbæjar\nÞórður Einarsson, bæjarstjóri\n\n"
        "F.h. Reykjanesbæjar\nElín Guðmundsdóttir, bæjarstjóri\n\n"
        "F.h. Ísafjarðarbæjar\nArnar Pálsson, bæjarstjóri",
        "Vottur: Kristín Halldórsdóttir, framkvæmdastjóri Sambands íslenskra "
        "sveitarfélaga.\n\n"
        "Múlaþing, sem hélt fundinn, undirritaði yfirlýsinguna þegar árið 2022.\n\n"
        "Tengdar fréttir\nUngmennaráð Árborgar fundar með ráðherra\n"
        "Hveragerði hlýtur viðurkenningu sem barnvænt sveitarfélag",
        "Reykjavík/IS; Akureyri/IS; Kópavogur/IS; Hafnarfjörður/IS; Garðabær/IS; "
        "Mosfellsbær/IS; Reykjanesbær/IS; Ísafjörður/IS",
        "`F.h. X` signature blocks with the municipality's official name in the genitive "
        "(`Reykjavíkurborgar`, `Hafnarfjarðarkaupstaðar`, `Ísafjarðarbæjar`) over `Name, "
        "bæjarstjóri`; Egilsstaðir the venue in the dative, Múlaþing the host that signed "
        "earlier, the association of municipalities as witness, Árborg and Hveragerði in teasers",
    ),
    Page(
        "he-michtav-patuach-name-rosh-iriyat-arad",
        "he",
        "one_a_line;person_before;person_named_like_place;not_signatory;no_country",
        "מכתב פתוח של ראשי הערים לראש הממשלה: הקימו קרן למיגון מוסדות חינוך",
        (2025, 2, 11),
        "דף הבית > חדשות > הודעות לעיתונות\n\n"
        "שלושה עשר ראשי ערים ורשויות מקומיות פנו היום במכתב פתוח לראש הממשלה ולשר האוצר "
        "בדרישה להקים קרן ייעודית למיגון מבני ציבור ברשויות המקומיות. המכתב נחתם בכנס השנתי "
        "של הפורום שנערך השבוע בטבריה.\n\n"
        "לכבוד\nראש הממשלה\nשר האוצר\nירושלים\n\n"
        "שלום רב,\n\n"
        "הנדון: מכתב פתוח – מיגון מוסדות חינוך ומבני ציבור ברשויות המקומיות\n\n"
        "בחודשים האחרונים נדרשו תושבי הצפון והדרום לשהות ימים ארוכים במרחבים מוגנים. ברבות "
        "מן הרשויות שלנו עדיין אין מקלט תקני בכל בית ספר ובכל גן ילדים, ואת הפער הזה אי אפשר "
        "לממן מתקציב הרשות.\n\n"
        "אנו קוראים לממשלה:\n"
        "1. להקים קרן ממשלתית ייעודית למיגון מוסדות חינוך;\n"
        "2. לתעדף את הרשויות בקו העימות ובעוטף עזה;\n"
        "3. להעביר את התקציבים ישירות לרשויות המקומיות, בלי מכרזים כפולים.\n\n"
        "בכבוד רב,",
        "יונה כהן, ראש עיריית חיפה\n"
        "רותם לוי, ראש עיריית באר שבע\n"
        "אבי מזרחי, ראש עיריית אשדוד\n"
        "מיכל פרץ, ראשת עיריית נתניה\n"
        "רון ערד, ראש עיריית כפר סבא\n"
        "דורית שגיא, ראשת עיריית הרצליה\n"
        "ח'אלד עודה, ראש עיריית נצרת\n"
        "עמית בן דוד, ראש עיריית אילת\n"
        "שרון גולן, ראש עיריית חולון\n"
        "אלון חדד, ראש עיריית שדרות\n"
        "נועה פרידמן, ראשת עיריית כרמיאל\n"
        "משה אזולאי, ראש עיריית קריית שמונה\n"
        "ליאת רוזן, ראשת המועצה המקומית מיתר",
        'העתק: מנכ"ל משרד הפנים; יו"ר מרכז השלטון המקומי, תל אביב\n\n'
        "כתבות נוספות\n"
        'ראש עיריית טבריה: "הכנס הוכיח שיש כוח לשלטון המקומי"\n'
        "תוכנית חירום משותפת לעכו ולנהריה",
        "Haifa/IL; Beersheba/IL; Ashdod/IL; Netanya/IL; Kfar Saba/IL; Herzliya/IL; "
        "Nazareth/IL; Eilat/IL; Holon/IL; Sderot/IL; Karmiel/IL; Kiryat Shmona/IL; Meitar/IL",
        "Hebrew `Name, ראש/ראשת עיריית X` lines and a local council `המועצה המקומית מיתר`; a "
        "mayor named Arad (ערד) and one named Golan; Jerusalem the addressee's seat, Tiberias "
        "the venue, Gaza's envelope, Tel Aviv in the copy line, Tiberias, Acre and Nahariya in "
        "teasers",
    ),
    Page(
        "sr-deklaracija-numbered-grad-opstina-gradonacelnik-vrnjacka-banja",
        "sr",
        "numbered;person_after;body_not_city;not_signatory;no_country;inflected",
        "Deklaracija iz Vrnjačke Banje o zelenoj obnovi gradova i opština",
        (2024, 10, 28),
        "Početna / Vesti / Saopštenja\n\n"
        "Na Skupštini mreže održanoj 24. i 25. oktobra u Vrnjačkoj Banji, predstavnici gradova "
        "i opština iz cele Srbije usvojili su Deklaraciju o zelenoj obnovi. Domaćin skupa bila "
        "je Opština Vrnjačka Banja, koja je deklaraciju potpisala još prošle godine kao članica "
        "Predsedništva.\n\n"
        "Potpisnice se obavezuju da će:\n"
        "– do 2030. godine obnoviti najmanje trećinu javnih zgrada u svom vlasništvu;\n"
        "– uvesti energetski menadžment u sve javne ustanove;\n"
        "– planirati zelenu infrastrukturu u skladu sa Zelenom agendom za Zapadni Balkan, "
        "usvojenom u Sofiji 2020. godine;\n"
        "– jednom godišnje izveštavati mrežu o ostvarenom napretku.\n\n"
        "Deklaraciju su potpisali:",
        "1. Grad Novi Sad – gradonačelnica Jelena Petrović\n"
        "2. Grad Niš – gradonačelnik Dragan Stojanović\n"
        "3. Grad Kragujevac – zamenik gradonačelnika Milan Jovanović\n"
        "4. Grad Subotica – gradonačelnik Zoltan Kovač\n"
        "5. Grad Čačak – gradonačelnik Nenad Ilić\n"
        "6. Grad Vranje – gradonačelnica Ivana Stanković\n"
        "7. Grad Šabac – gradonačelnik Vladimir Lazarević\n"
        "8. Grad Sombor – gradonačelnica Tijana Milić\n"
        "9. Opština Bečej – predsednik opštine Atila Nađ\n"
        "10. Opština Ivanjica – predsednica opštine Marija Radosavljević\n"
        "11. Opština Knjaževac – predsednik opštine Bojan Marković\n"
        "12. Autonomna Pokrajina Vojvodina – pokrajinski sekretar za energetiku Dušan Kovačević",
        "Deklaracija ostaje otvorena za potpisivanje svim članicama mreže.\n\n"
        "Sekretarijat mreže, Makedonska 22, Beograd\n\n"
        "Povezane vesti\nKruševac i Leskovac dobili nove električne autobuse\n"
        "Obuka za energetske menadžere u Zrenjaninu",
        "Novi Sad/RS; Niš/RS; Kragujevac/RS; Subotica/RS; Čačak/RS; Vranje/RS; Šabac/RS; "
        "Sombor/RS; Bečej/RS; Ivanjica/RS; Knjaževac/RS; "
        "Autonomna Pokrajina Vojvodina|Vojvodina/RS/region",
        "Serbian Latin numbered `Grad X – gradonačelnik Name` and `Opština X – predsednik "
        "opštine` lines and a province; Vrnjačka Banja the venue and host (in the locative and "
        "genitive) that signed earlier, the Sofia declaration, Belgrade the secretariat, "
        "Kruševac, Leskovac, Zrenjanin in teasers",
    ),
    Page(
        "ko-gongdong-seoneon-tab-table-teukryesi-do-gwangju-host",
        "ko",
        "table_tabs;columns_after;body_not_city;not_signatory;no_country",
        "13개 지방정부, 기후위기 대응 공동선언 서명",
        (2024, 11, 8),
        "홈 > 알림마당 > 보도자료\n\n"
        "전국 13개 지방정부가 11월 7일 광주광역시 김대중컨벤션센터에서 열린 '2024 지방정부 "
        "기후주간' 개막식에서 '기후위기 대응을 위한 지방정부 공동선언'에 서명했다. 이번 "
        "행사는 광주광역시가 주최했으며, 광역·기초 지방정부 관계자와 시민 등 800여 명이 "
        "참석했다.\n\n"
        "선언문 주요 내용\n"
        "1. 2050 탄소중립 목표를 지방정부 기본계획에 반영한다.\n"
        "2. 공공건물의 에너지 효율을 높이고 재생에너지 사용을 확대한다.\n"
        "3. 폭염·홍수 등 기후위기 취약계층을 위한 적응 대책을 마련한다.\n"
        "4. 파리협정 이행을 위해 중앙정부 및 다른 지방정부와 긴밀히 협력한다.\n\n"
        "서명 지방정부 명단",
        "연번\t지방정부\t단체장\t비고\n"
        "1\t경기도\t도지사 박민수\t광역\n"
        "2\t제주특별자치도\t도지사 고은정\t광역\n"
        "3\t수원특례시\t시장 이재훈\t\n"
        "4\t고양특례시\t시장 정하늘\t\n"
        "5\t창원특례시\t시장 최동욱\t\n"
        "6\t청주시\t시장 한지민\t\n"
        "7\t전주시\t시장 윤성호\t신규\n"
        "8\t순천시\t시장 오미경\t\n"
        "9\t목포시\t부시장 김태원(시장 대리)\t신규\n"
        "10\t강릉시\t시장 장현우\t\n"
        "11\t원주시\t시장 서유진\t신규\n"
        "12\t안동시\t시장 권영철\t\n"
        "13\t서귀포시\t시장 양순자\t행정시",
        "※ 개최지인 광주광역시는 2021년 선언에 이미 참여하여 이번 서명 명단에서 "
        "제외되었습니다.\n\n"
        "문의: 지방정부 기후협의회 사무국 (서울특별시 중구 세종대로 110)\n\n"
        "관련 기사\n부산·울산, 수소도시 협약 체결\n대전에서 기후적응 포럼 개최",
        "Gyeonggi-do|Gyeonggi Province|경기도/KR/region; "
        "Jeju-do|Jeju Province|제주특별자치도/KR/region; "
        "Suwon/KR; Goyang/KR; Changwon/KR; Cheongju/KR; Jeonju/KR; Suncheon/KR; Mokpo/KR; "
        "Gangneung/KR; Wonju/KR; Andong/KR; Seogwipo/KR",
        "Korean tab table of `X특례시`, `X시` and two provinces (`경기도`, `제주특별자치도`) "
        "with head and remark columns; Gwangju the host and venue that signed in 2021, the "
        "Paris Agreement, Seoul the secretariat's address, Busan, Ulsan, Daejeon in teasers",
    ),
    Page(
        "ja-kyodo-seimei-shicho-zenkaku-space-matsumoto",
        "ja",
        "one_a_line;person_after;person_named_like_place;not_signatory;no_country",
        "脱炭素社会の実現に向けた指定都市市長共同声明を提出しました",
        (2024, 11, 15),
        "ホーム ＞ 報道発表 ＞ 2024年度\n\n"
        "令和6年11月14日、名古屋市で開催された市長会議において、下記の11市長が「脱炭素社会の"
        "実現に向けた共同声明」を取りまとめ、本日、内閣総理大臣及び環境大臣あてに提出しました。\n\n"
        "共同声明\n\n"
        "京都議定書の採択から四半世紀余り、気候変動はもはや将来の脅威ではなく、豪雨や猛暑として"
        "私たちの暮らしを直撃している。大都市は温室効果ガスの大きな排出源であると同時に、削減の"
        "最前線でもある。\n\n"
        "われわれ指定都市の市長は、国に対し次の事項を強く求める。\n"
        "一　地域脱炭素に取り組む自治体への財政支援を拡充すること。\n"
        "二　再生可能エネルギーの導入に関する権限を大都市に移譲すること。\n"
        "三　建築物の省エネルギー基準を早期に引き上げること。\n\n"
        "令和6年11月15日",
        "札幌市長　佐藤 和彦\n"
        "仙台市長　高橋 美穂\n"
        "新潟市長　渡辺 隆\n"
        "静岡市長　松本 健一\n"
        "浜松市長　中村 直子\n"
        "京都市長　山本 誠\n"
        "神戸市長　小林 裕子\n"
        "岡山市長　加藤 浩\n"
        "北九州市長　山田 昭\n"
        "福岡市長　井上 大輔\n"
        "熊本市長　吉田 真理",
        "【問い合わせ先】環境局 脱炭素推進課　電話 03-0000-0000\n\n"
        "関連リンク\n横浜市・川崎市と水素利用で連携協定を締結\n"
        "大阪市長が万博の成果を報告",
        "Sapporo/JP; Sendai/JP; Niigata/JP; Shizuoka/JP; Hamamatsu/JP; Kyoto/JP; Kobe/JP; "
        "Okayama/JP; Kitakyushu/JP; Fukuoka/JP; Kumamoto/JP",
        "Japanese `札幌市長　氏名` lines with a full-width space, the city glued to `市長`; "
        "a mayor named Matsumoto (松本); Nagoya the venue, the Kyoto Protocol, Yokohama, "
        "Kawasaki and Osaka in teasers",
    ),
    Page(
        "id-deklarasi-kota-pesisir-running-text-kabupaten-makassar",
        "id",
        "running_text;body_not_city;not_signatory;no_country",
        "Sembilan Pemerintah Daerah Tandatangani Deklarasi Makassar untuk Kota Pesisir Tangguh",
        (2025, 7, 24),
        "Beranda / Berita / Siaran Pers\n\n"
        "MAKASSAR – Pemerintah Kota Makassar menjadi tuan rumah Rapat Kerja Teknis jaringan "
        "kota pesisir pada 22–23 Juli 2025. Pada penutupan acara di Anjungan Pantai Losari, "
        "para kepala daerah dan wakilnya menandatangani Deklarasi Makassar tentang ketahanan "
        "kota pesisir terhadap banjir rob dan kenaikan muka air laut.\n\n"
        "Dalam sambutannya, Wali Kota Makassar menyampaikan bahwa semangat kerja sama antarkota "
        "di Asia dan Afrika sudah lahir sejak Konferensi Asia-Afrika di Bandung tahun 1955. "
        "Menurutnya, kota-kota pesisir harus saling berbagi data dan pengalaman agar tidak "
        "berjalan sendiri-sendiri.\n\n"
        "Deklarasi tersebut memuat lima komitmen, antara lain memulihkan kawasan mangrove, "
        "memasukkan risiko kenaikan muka air laut ke dalam rencana tata ruang, dan membangun "
        "sistem peringatan dini banjir rob berbasis masyarakat.",
        "Deklarasi ditandatangani oleh Pemerintah Kota Semarang, Kota Padang, Kota Manado, "
        "Kota Balikpapan, Kota Pekalongan, Kota Bitung, dan Kota Ambon, serta Pemerintah "
        "Kabupaten Banyuwangi dan Kabupaten Lombok Timur. Kota Makassar selaku tuan rumah "
        "bertindak sebagai saksi bersama Sekretaris Jenderal jaringan.",
        "Rapat kerja berikutnya dijadwalkan berlangsung di Kota Tarakan pada tahun 2026.\n\n"
        "Bagikan: Facebook | X | WhatsApp\n\n"
        "Berita Terkait\nPalembang dan Pontianak berbagi pengalaman tata kelola sungai\n"
        "Sekretariat jaringan pindah ke Jakarta Pusat",
        "Semarang/ID; Padang/ID; Manado/ID; Balikpapan/ID; Pekalongan/ID; Bitung/ID; Ambon/ID; "
        "Kabupaten Banyuwangi|Banyuwangi Regency/ID/county; "
        "Kabupaten Lombok Timur|East Lombok Regency/ID/county",
        "Indonesian running text `Pemerintah Kota X, Kota Y, dan Kota Z, serta Pemerintah "
        "Kabupaten A dan Kabupaten B`; regencies as counties; Makassar the host and witness, "
        "Losari, the Bandung conference, Tarakan the next venue, Palembang, Pontianak and "
        "Jakarta in teasers",
    ),
    Page(
        "et-avalik-poordumine-name-linnapea-vallavanem",
        "et",
        "one_a_line;person_before;inflected;not_signatory;no_country",
        "Avalik pöördumine Riigikogule omavalitsuste tulubaasi taastamiseks",
        (2025, 9, 9),
        "Avaleht › Uudised\n\n"
        "Kaksteist linna- ja vallajuhti saatsid täna Riigikogule avaliku pöördumise, milles "
        "nõuavad kohalike omavalitsuste tulubaasi taastamist. Pöördumine anti Toompeal üle "
        "Riigikogu rahanduskomisjoni esimehele.\n\n"
        "Avalik pöördumine Riigikogule\n\n"
        "Lugupeetud Riigikogu liikmed!\n\n"
        "Viimase kümne aasta jooksul on riik pannud omavalitsustele üha uusi ülesandeid, kuid "
        "nende täitmiseks vajalik raha ei ole sellega kaasas käinud. Strasbourgis 1985. aastal "
        "vastu võetud Euroopa kohaliku omavalitsuse harta, mille Eesti on ratifitseerinud, "
        "nõuab, et omavalitsuste rahalised vahendid oleksid vastavuses nende ülesannetega.\n\n"
        "Palume Riigikogul:\n"
        "1) taastada omavalitsuste osa üksikisiku tulumaksust vähemalt 2019. aasta tasemel;\n"
        "2) mitte panna omavalitsustele uusi ülesandeid ilma rahastuseta;\n"
        "3) kaasata omavalitsused varakult riigieelarve koostamisse.\n\n"
        "Lugupidamisega",
        "Kadri Lepp, Tartu linnapea\n"
        "Margus Tamm, Pärnu linnapea\n"
        "Jelena Ivanova, Narva linnapea\n"
        "Priit Kask, Viljandi linnapea\n"
        "Triin Saar, Rakvere linnapea\n"
        "Andres Mägi, Kuressaare linnapea\n"
        "Liisa Rebane, Haapsalu linnapea\n"
        "Toomas Kukk, Võru linnapea\n"
        "Mart Sepp, Valga vallavanem\n"
        "Kristiina Ilves, Saue vallavanem\n"
        "Urmas Pärn, Jõhvi vallavanem\n"
        "Helen Org, Põlva vallavanem",
        "Pöördumisega saavad liituda kõik omavalitsused kuni 30. septembrini.\n\n"
        "Jaga: Facebook | X | LinkedIn\n\n"
        "Seotud uudised\nTallinnas arutati ühistranspordi rahastamist\n"
        "Saarte omavalitsusjuhid kohtusid Kärdlas",
        "Tartu/EE; Pärnu/EE; Narva/EE; Viljandi/EE; Rakvere/EE; Kuressaare/EE; Haapsalu/EE; "
        "Võru/EE; Valga/EE; Saue/EE; Jõhvi/EE; Põlva/EE",
        "Estonian `Name, X linnapea` and `Name, X vallavanem` lines, the place in the genitive "
        "before the title; Toompea and the Riigikogu the addressee, the charter adopted in "
        "Strasbourg (`Strasbourgis`), Tallinn and Kärdla in teasers",
    ),
    Page(
        "ar-bayan-amman-jadwal-dawla-madina-trabelsi-muhafaza",
        "ar",
        "table_tabs;region_before;country_in_language;columns_after;person_named_like_place;"
        "body_not_city;not_signatory",
        "بيان عمّان المشترك للمدن العربية بشأن الأمن المائي",
        (2025, 5, 16),
        "الرئيسية > الأخبار > البيانات\n\n"
        "اختتمت في عمّان أعمال المنتدى الإقليمي للمدن العربية حول الأمن المائي، الذي "
        "استضافته أمانة عمّان الكبرى يومي 14 و15 أيار/مايو 2025، بمشاركة ممثلين عن أكثر من "
        "عشرين مدينة.\n\n"
        "وفي ختام المنتدى، أصدرت المدن المشاركة البيان المشترك التالي:\n\n"
        "نحن، رؤساء البلديات وممثلي المدن العربية الموقعين أدناه،\n"
        "إذ نستذكر إعلان القاهرة بشأن المياه وأهداف التنمية المستدامة، ولا سيما الهدف السادس،\n"
        "وإذ ندرك أن منطقتنا هي الأكثر ندرة في المياه في العالم،\n"
        "نلتزم بما يلي:\n"
        "1. خفض الفاقد من شبكات المياه إلى النصف بحلول عام 2035؛\n"
        "2. إعادة استخدام المياه المعالجة في ري الحدائق والمساحات العامة؛\n"
        "3. تبادل الخبرات والبيانات بين مدننا عبر منصة الشبكة.\n\n"
        "الموقعون:",
        "الدولة\tالمدينة\tالممثل\tالصفة\n"
        "الأردن\tإربد\tد. سامر العمري\tرئيس لجنة بلدية إربد الكبرى\n"
        "الأردن\tالزرقاء\tم. خالد الحوراني\tرئيس البلدية\n"
        "لبنان\tطرابلس\tنادر كبارة\tرئيس المجلس البلدي\n"
        "لبنان\tصيدا\tهالة البزري\tنائبة رئيس البلدية\n"
        "فلسطين\tنابلس\tم. عادل الشكعة\tرئيس البلدية\n"
        "فلسطين\tرام الله\tرامي الخليلي\tرئيس البلدية\n"
        "تونس\tصفاقس\tمحمد الطرابلسي\tرئيس البلدية\n"
        "تونس\tسوسة\tليلى بن عمر\tرئيسة البلدية\n"
        "المغرب\tأكادير\tيوسف أمزيان\tرئيس المجلس الجماعي\n"
        "المغرب\tشفشاون\tسعاد الريسوني\tرئيسة المجلس الجماعي\n"
        "مصر\tالإسماعيلية\tاللواء أحمد فوزي\tرئيس مجلس المدينة\n"
        "العراق\tمحافظة البصرة\tعلي الموسوي\tمعاون المحافظ\n"
        "عُمان\tصحار\tسالم البلوشي\tرئيس المجلس البلدي",
        "وقد شاركت أمانة عمّان الكبرى بصفتها الجهة المضيفة، ولم تكن ضمن الموقعين على البيان.\n\n"
        "الأمانة العامة للشبكة: الدوحة، قطر\n\n"
        "أخبار ذات صلة\nالكويت تستضيف ورشة حول تحلية المياه\nبلدية دبي تطلق مبادرة للتشجير",
        "Irbid/JO; Zarqa/JO; Tripoli/LB; Sidon/LB; Nablus/PS; Ramallah/PS; Sfax/TN; Sousse/TN; "
        "Agadir/MA; Chefchaouen/MA; Ismailia/EG; "
        "Basra Governorate|Muhafazat al Basrah|محافظة البصرة/IQ/region; Sohar/OM",
        "Arabic tab table of country, city, representative and title; Tripoli of Lebanon, a "
        "governorate (`محافظة البصرة`), representatives named Trabelsi (`الطرابلسي`) and "
        "al-Khalili; Amman the venue and host that did not sign, the Cairo declaration, Doha the "
        "secretariat, Kuwait and Dubai in teasers",
    ),
]

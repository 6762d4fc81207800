"""Batch r45b: 14 pages of city networks outside Western Europe, one language each, written
during round 45 (branch accr45b) without reading the reader or running it, held out from it.

Statements with signatories and member directories as networks in South Asia, West Africa,
South-East Asia, the Maghreb, Latin America, the Arab world, Central Asia, Central and Eastern
Europe and East Asia publish them, with their local bodies' official names as those countries
write them: Indian municipal corporations (`Greater Chennai Corporation`, `Bruhat Bengaluru
Mahanagara Palike`) with the state after them, Ghanaian metropolitan and municipal assemblies
under region headings, Philippine cities with their province and a provincial government,
Moroccan `Pour la Commune de X` signature blocks and a regional council, Argentine
`Municipalidad de X` under province headings that share the city's name, Brazilian
`Prefeitura de X (UF)` and an intermunicipal consortium, Arabic `رئيس بلدية X – الدولة`,
Russian `Акимат города Шымкента`, `Мэрия города Оша`, `Хокимият города Бухары` under country
headings with a regional akimat, Ukrainian `Х міська територіальна громада` and genitives
`міський голова Житомира`, Romanian `Municipiul`, `Orașul`, `Comuna` and a county council,
Czech `Statutární město X` under kraj headings with a kraj as a member, Hungarian `X Megyei
Jogú Város Önkormányzata`, Japanese 市, 区 and 町 under prefecture headings, a Korean tab
table of 시 and 군 under their provinces. People are named like places (Anand, Sagar,
Legazpi, Mendoza, Córdoba, Vitória Santos, الطرابلسي, Галич beside the town of Halych, Brad,
Tábor beside the town of Tábor, Szegedi, Győri); hosts, venues, observers and secretariats
that did not sign. The networks, statements and people are invented; the places are real.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r45b-india-municipal-corporations-state-after",
        "en",
        "one_a_line;person_before;region_after;person_named_like_place;not_signatory",
        "Indian Mayors' Declaration on Urban Heat Resilience",
        (2024, 4, 18),
        "Adopted at the Mayors' Dialogue on Heat Action Planning hosted by the Amdavad "
        "Municipal Corporation, Ahmedabad, on 17 April 2024, under the Cool Streets Alliance "
        "of Indian Cities.\n\n"
        "We, the Mayors and Municipal Commissioners of the cities named below, recognise that "
        "extreme heat is now the deadliest climate hazard faced by our citizens, and that "
        "street vendors, construction workers and residents of informal settlements bear the "
        "greatest share of it.\n\n"
        "We commit to:\n"
        "1. notify a city Heat Action Plan before the pre-monsoon season and review it each year;\n"
        "2. map heat-vulnerable wards and open cooling shelters within walking distance of them;\n"
        "3. shift working hours for outdoor municipal staff during heat alerts;\n"
        "4. plant and maintain shade trees along bus corridors and school routes;\n"
        "5. report our progress to the Alliance secretariat every October.\n\n"
        "Signed on behalf of their cities by:",
        "Smt. Kavita Anand, Mayor, Pune Municipal Corporation (Maharashtra)\n"
        "Shri Rakesh Sagar, Mayor, Indore Municipal Corporation (Madhya Pradesh)\n"
        "Dr. Meenal Deshpande IAS, Municipal Commissioner, Surat Municipal Corporation (Gujarat)\n"
        "Shri Arvind Nair, Mayor, Greater Chennai Corporation (Tamil Nadu)\n"
        "Smt. Lata Bhosale, Mayor, Nagpur Municipal Corporation (Maharashtra)\n"
        "Shri Joseph Varghese, Mayor, Kochi Municipal Corporation (Kerala)\n"
        "Shri Harish Gowda, Administrator, Bruhat Bengaluru Mahanagara Palike (Karnataka)\n"
        "Shri Debashis Mohanty, Mayor, Bhubaneswar Municipal Corporation (Odisha)\n"
        "Smt. Priya Kumari, Mayor, Greater Visakhapatnam Municipal Corporation (Andhra Pradesh)\n"
        "Shri Imran Qureshi IAS, Commissioner, Bhopal Municipal Corporation (Madhya Pradesh)\n"
        "Smt. Radhika Iyer, Mayor, Coimbatore City Municipal Corporation (Tamil Nadu)\n"
        "Shri Bhupen Das, Mayor, Guwahati Municipal Corporation (Assam)\n"
        "Ms. Sunita Negi, Commissioner, Municipal Corporation Shimla (Himachal Pradesh)",
        "Witnessed by Dr. Farah Siddiqui, Director, Cool Streets Alliance of Indian Cities.\n\n"
        "The Amdavad Municipal Corporation, which hosted the dialogue, adopted its own "
        "revised Heat Action Plan in March and will share its early-warning protocol with "
        "the signatory cities.\n\n"
        "Alliance secretariat: 4th Floor, Sardar Patel Bhavan, Ahmedabad 380009, Gujarat.",
        "Pune/IN; Indore/IN; Surat/IN; Chennai/IN; Nagpur/IN; Kochi/IN; Bengaluru|Bangalore/IN; "
        "Bhubaneswar/IN; Visakhapatnam/IN; Bhopal/IN; Coimbatore/IN; Guwahati/IN; Shimla/IN",
        note="Ahmedabad hosts and holds the secretariat, not a signatory; mayors named Anand "
        "and Sagar (both Indian cities)",
    ),
    Page(
        "en-r45b-ghana-assemblies-directory-region-headings",
        "en",
        "one_a_line;region_heading;person_after;columns_after",
        "Member Assemblies",
        (2023, 11, 6),
        "The Ghana Clean Cities Network brings together metropolitan, municipal and district "
        "assemblies working on solid waste, sanitation and drainage. Members are listed by "
        "region. Click an assembly to see its projects and focal person.",
        "GREATER ACCRA REGION\n"
        "Accra Metropolitan Assembly\n"
        "Metropolitan Chief Executive: Hon. Naa Adjeley Quaye\n"
        "Member since 2016\n"
        "View profile\n"
        "Tema Metropolitan Assembly\n"
        "Metropolitan Chief Executive: Hon. Kwabena Ofori\n"
        "Member since 2016\n"
        "View profile\n"
        "Ashaiman Municipal Assembly\n"
        "Municipal Chief Executive: Hon. Rashid Alhassan\n"
        "Member since 2021\n"
        "View profile\n"
        "ASHANTI REGION\n"
        "Kumasi Metropolitan Assembly\n"
        "Metropolitan Chief Executive: Hon. Yaw Asante-Boakye\n"
        "Member since 2016\n"
        "View profile\n"
        "Obuasi Municipal Assembly\n"
        "Municipal Chief Executive: Hon. Akosua Frimpong\n"
        "Member since 2019\n"
        "View profile\n"
        "CENTRAL REGION\n"
        "Cape Coast Metropolitan Assembly\n"
        "Metropolitan Chief Executive: Hon. Ekow Mensah-Bonsu\n"
        "Member since 2017\n"
        "View profile\n"
        "WESTERN REGION\n"
        "Sekondi-Takoradi Metropolitan Assembly\n"
        "Metropolitan Chief Executive: Hon. Kojo Essien\n"
        "Member since 2017\n"
        "View profile\n"
        "EASTERN REGION\n"
        "New Juaben South Municipal Assembly (Koforidua)\n"
        "Municipal Chief Executive: Hon. Comfort Owusu\n"
        "Member since 2020\n"
        "View profile\n"
        "VOLTA REGION\n"
        "Ho Municipal Assembly\n"
        "Municipal Chief Executive: Hon. Selasi Agbeko\n"
        "Member since 2018\n"
        "View profile\n"
        "Hohoe Municipal Assembly\n"
        "Municipal Chief Executive: Hon. Delali Kumordzi\n"
        "Member since 2022\n"
        "View profile\n"
        "NORTHERN REGION\n"
        "Tamale Metropolitan Assembly\n"
        "Metropolitan Chief Executive: Hon. Abdul-Rahman Iddrisu\n"
        "Member since 2016\n"
        "View profile\n"
        "BONO REGION\n"
        "Sunyani Municipal Assembly\n"
        "Municipal Chief Executive: Hon. Kwadwo Boateng\n"
        "Member since 2019\n"
        "View profile\n"
        "BONO EAST REGION\n"
        "Techiman Municipal Assembly\n"
        "Municipal Chief Executive: Hon. Ama Serwaa Donkor\n"
        "Member since 2021\n"
        "View profile\n"
        "UPPER EAST REGION\n"
        "Bolgatanga Municipal Assembly\n"
        "Municipal Chief Executive: Hon. Atule Ayamga\n"
        "Member since 2018\n"
        "View profile\n"
        "Bawku Municipal Assembly\n"
        "Municipal Chief Executive: Hon. Issah Abugri\n"
        "Member since 2023\n"
        "View profile\n"
        "UPPER WEST REGION\n"
        "Wa Municipal Assembly\n"
        "Municipal Chief Executive: Hon. Fuseini Dery\n"
        "Member since 2018\n"
        "View profile",
        "Is your assembly interested in joining? Write to the secretariat, Ghana Clean Cities "
        "Network, Plot 14 Liberation Link, Airport Residential Area, Accra.",
        "Accra/GH; Tema/GH; Ashaiman/GH; Kumasi/GH; Obuasi|Obuase/GH; Cape Coast/GH; "
        "Sekondi-Takoradi/GH; Koforidua/GH; Ho/GH; Hohoe/GH; Tamale/GH; Sunyani/GH; "
        "Techiman/GH; Bolgatanga/GH; Bawku/GH; Wa/GH",
    ),
    Page(
        "en-r45b-philippines-lgus-join-province-after",
        "en",
        "running_text;region_after;not_signatory;person_named_like_place;body_not_city",
        "Six local governments join the Philippine Resilient Coasts Compact",
        (2024, 2, 27),
        "ILOILO CITY — Six local government units formally signed on to the Philippine "
        "Resilient Coasts Compact on Tuesday, during the compact's annual assembly held at "
        "the Iloilo Convention Center.",
        "The new members are the cities of Baguio (Benguet), Naga (Camarines Sur), Dumaguete "
        "(Negros Oriental), Tagbilaran (Bohol) and Puerto Princesa (Palawan), and the "
        "Provincial Government of Albay.",
        '"Typhoons do not stop at city limits, and neither should our plans," said '
        "Councilor Ramon Legazpi, who chairs the compact's technical working group. Iloilo "
        "City, the host and one of the compact's founding members, shared its experience "
        "with river-easement clearing and early warning along the Iloilo River.\n\n"
        "Governor Teresa Marasigan of Albay said the province would bring its 15 towns and "
        "3 cities into the compact's hazard-mapping work over the next two years.\n\n"
        "The compact now counts 41 local government units. Its secretariat is based in "
        "Quezon City.",
        "Baguio/PH; Naga/PH; Dumaguete/PH; Tagbilaran|Tagbilaran City/PH; Puerto Princesa/PH; "
        "Province of Albay|Albay/PH/province",
        note="Iloilo hosts; Quezon City holds the secretariat; a councilor named Legazpi",
    ),
    Page(
        "fr-r45b-maroc-pour-la-commune-region-blocks",
        "fr",
        "one_a_line;person_after;region_after;body_not_city;not_signatory",
        "Déclaration d'Essaouira des villes côtières du Maroc",
        (2023, 10, 12),
        "Réunies à Essaouira les 11 et 12 octobre 2023 à l'initiative du Réseau marocain des "
        "villes littorales durables, les collectivités territoriales signataires s'engagent "
        "à protéger le trait de côte, à réduire les rejets d'eaux usées non traitées en mer "
        "et à associer les pêcheurs artisanaux à la gestion des plages.\n\n"
        "Elles demandent à l'État et à ses partenaires un guichet unique de financement pour "
        "les projets d'adaptation des communes côtières.\n\n"
        "Fait à Essaouira, le 12 octobre 2023.\n\n"
        "Les signataires :",
        "Pour la Commune de Tanger (Région Tanger-Tétouan-Al Hoceïma)\n"
        "M. Karim Bennani, Président du Conseil communal\n\n"
        "Pour la Commune de Tétouan (Région Tanger-Tétouan-Al Hoceïma)\n"
        "Mme Samira El Idrissi, Présidente du Conseil communal\n\n"
        "Pour la Commune de Larache (Région Tanger-Tétouan-Al Hoceïma)\n"
        "M. Hicham Tazi, Vice-président délégué\n\n"
        "Pour la Commune de Kénitra (Région Rabat-Salé-Kénitra)\n"
        "M. Omar Berrada, Président du Conseil communal\n\n"
        "Pour la Commune de Rabat (Région Rabat-Salé-Kénitra)\n"
        "Mme Fatima Zahra Fassi, Maire de Rabat\n\n"
        "Pour la Commune de Salé (Région Rabat-Salé-Kénitra)\n"
        "M. Abdellatif Chraïbi, Président du Conseil communal\n\n"
        "Pour la Commune d'El Jadida (Région Casablanca-Settat)\n"
        "M. Driss Lahlou, Président du Conseil communal\n\n"
        "Pour la Commune de Safi (Région Marrakech-Safi)\n"
        "Mme Nadia Benjelloun, Présidente du Conseil communal\n\n"
        "Pour la Commune d'Agadir (Région Souss-Massa)\n"
        "M. Youssef Amrani, Président du Conseil communal\n\n"
        "Pour le Conseil de la Région Souss-Massa\n"
        "M. Rachid Ouchen, Vice-président chargé de l'environnement",
        "En présence de M. Mehdi Alaoui, Président du Conseil communal d'Essaouira, ville "
        "hôte, et de représentants de la Direction générale des collectivités territoriales.\n\n"
        "Secrétariat du réseau : Avenue Mohammed V, Immeuble Al Manar, Casablanca.",
        "Tangier|Tanger/MA; Tétouan/MA; Larache/MA; Kenitra|Kénitra/MA; Rabat/MA; Salé/MA; "
        "El Jadida/MA; Safi/MA; Agadir/MA; Souss-Massa|Région Souss-Massa/MA/region",
        note="Essaouira hosts and is present, not a signatory; Casablanca holds the secretariat",
    ),
    Page(
        "es-r45b-argentina-municipalidades-provincias-homonimas",
        "es",
        "one_a_line;region_heading;person_after;person_named_like_place",
        "Municipios miembros",
        (2024, 3, 4),
        "La Red Argentina de Ciudades por la Movilidad Activa reúne a municipios de todo el "
        "país que impulsan la bicicleta, la caminata y el transporte público. Estos son sus "
        "miembros, ordenados por provincia.",
        "Ciudad Autónoma de Buenos Aires\n"
        "Gobierno de la Ciudad de Buenos Aires — Jefa de Gobierno: Valeria Lombardi\n"
        "Provincia de Buenos Aires\n"
        "Municipalidad de La Plata — Intendente: Joaquín Arregui\n"
        "Municipalidad de Bahía Blanca — Intendente: Marcos Mendoza\n"
        "Municipalidad de General Pueyrredon (Mar del Plata) — Intendenta: Silvina Ferraro\n"
        "Municipio de Tandil — Intendente: Ignacio Larralde\n"
        "Municipio de Morón — Intendenta: Carolina Benítez\n"
        "Municipio de Quilmes — Intendente: Gustavo Ledesma\n"
        "Municipalidad de San Isidro — Intendente: Tomás Aguirre\n"
        "Córdoba\n"
        "Municipalidad de Córdoba — Intendente: Esteban Bustos\n"
        "Municipalidad de Río Cuarto — Intendenta: Lucía Córdoba\n"
        "Municipalidad de Villa María — Intendente: Pablo Ceballos\n"
        "Santa Fe\n"
        "Municipalidad de Rosario — Intendente: Martín Ocampo\n"
        "Municipalidad de la Ciudad de Santa Fe — Intendenta: Andrea Gauna\n"
        "Municipalidad de Rafaela — Intendente: Hernán Bertolotti\n"
        "Municipalidad de Venado Tuerto — Intendente: Diego Peralta\n"
        "Mendoza\n"
        "Municipalidad de la Ciudad de Mendoza — Intendente: Facundo Lucero\n"
        "Municipalidad de Godoy Cruz — Intendenta: Rocío Giménez\n"
        "Municipalidad de San Rafael — Intendente: Emiliano Quiroga\n"
        "Salta\n"
        "Municipalidad de la Ciudad de Salta — Intendenta: Mercedes Arias\n"
        "Jujuy\n"
        "Municipalidad de San Salvador de Jujuy — Intendente: Raúl Tolaba\n"
        "Neuquén\n"
        "Municipalidad de Neuquén — Intendente: Sergio Villalba\n"
        "Río Negro\n"
        "Municipalidad de San Carlos de Bariloche — Intendente: Nahuel Painemil\n"
        "Chubut\n"
        "Municipalidad de Puerto Madryn — Intendenta: Gabriela Ibáñez\n"
        "Municipalidad de Trelew — Intendente: Ricardo Aguilar\n"
        "Tierra del Fuego\n"
        "Municipalidad de Ushuaia — Intendente: Matías Ferreyra",
        "¿Tu municipio quiere sumarse? Escribinos a la secretaría técnica de la Red, "
        "Av. Pellegrini 1250, Rosario, Santa Fe.",
        "Buenos Aires/AR; La Plata/AR; Bahía Blanca/AR; Mar del Plata/AR; Tandil/AR; Morón/AR; "
        "Quilmes/AR; San Isidro/AR; Córdoba/AR; Río Cuarto/AR; Villa María/AR; Rosario/AR; "
        "Santa Fe/AR; Rafaela/AR; Venado Tuerto/AR; Mendoza/AR; Godoy Cruz/AR; San Rafael/AR; "
        "Salta/AR; San Salvador de Jujuy/AR; Neuquén/AR; San Carlos de Bariloche/AR; "
        "Puerto Madryn/AR; Trelew/AR; Ushuaia/AR",
        note="province headings share their capital's name (Córdoba, Santa Fe, Mendoza, Salta, "
        "Neuquén); mayors named Mendoza, Córdoba and Mercedes; Rosario's address is also a member",
    ),
    Page(
        "pt-r45b-brasil-prefeituras-uf-consorcio-carta",
        "pt",
        "bulleted;state_codes;person_after;person_named_like_place;body_not_city;not_signatory",
        "Carta das Cidades Brasileiras pela Água",
        (2023, 8, 9),
        "Nós, prefeitas e prefeitos reunidos em Belém (PA) no Encontro Nacional de Saneamento "
        "e Clima, reconhecemos que a universalização do saneamento até 2033 depende da ação "
        "dos municípios e de financiamento estável.\n\n"
        "Comprometemo-nos a:\n"
        "– reduzir as perdas na distribuição de água para menos de 25% até 2030;\n"
        "– proteger nascentes e áreas de recarga dentro dos nossos territórios;\n"
        "– publicar anualmente os indicadores de cobertura de esgoto por bairro;\n"
        "– priorizar as comunidades periféricas e as áreas de ocupação irregular.\n\n"
        "Assinam esta Carta:",
        "• Prefeitura Municipal de Curitiba (PR) – prefeito Eduardo Kloss\n"
        "• Prefeitura de Niterói (RJ) – prefeito Rodrigo Bastos\n"
        "• Prefeitura do Recife (PE) – prefeita Mariana Cavalcanti\n"
        "• Prefeitura de Fortaleza (CE) – prefeito Antônio Sampaio\n"
        "• Prefeitura de Belo Horizonte (MG) – prefeita Cláudia Drummond\n"
        "• Prefeitura Municipal de Salvador (BA) – prefeito Jorge Barreto\n"
        "• Prefeitura de Porto Alegre (RS) – prefeito Henrique Bastian\n"
        "• Prefeitura de Florianópolis (SC) – prefeita Luana Vieira\n"
        "• Prefeitura do Município de Londrina (PR) – prefeita Vitória Santos Almeida\n"
        "• Prefeitura de Joinville (SC) – prefeito Otávio Schmitt\n"
        "• Prefeitura Municipal de Santos (SP) – prefeito Rogério Natal\n"
        "• Prefeitura de Campinas (SP) – prefeita Helena Moraes\n"
        "• Prefeitura de Teresina (PI) – prefeito Francisco Nunes\n"
        "• Prefeitura de Juiz de Fora (MG) – prefeita Raquel Andrade\n"
        "• Prefeitura de Caruaru (PE) – prefeito Severino Lins\n"
        "• Prefeitura Municipal de Macapá (AP) – prefeito Ítalo Góes\n"
        "• Consórcio Intermunicipal Grande ABC (SP) – presidente Márcio Tadeu Ramos",
        "A Carta segue aberta à adesão de outros municípios. O Encontro foi sediado pela "
        "Prefeitura de Belém, que apresentou seu plano de macrodrenagem das bacias urbanas.\n\n"
        "Secretaria-executiva da Rede Cidades pela Água: SCS Quadra 2, Bloco C, Brasília (DF).",
        "Curitiba/BR; Niterói/BR; Recife/BR; Fortaleza/BR; Belo Horizonte/BR; Salvador/BR; "
        "Porto Alegre/BR; Florianópolis/BR; Londrina/BR; Joinville/BR; Santos/BR; Campinas/BR; "
        "Teresina/BR; Juiz de Fora/BR; Caruaru/BR; Macapá/BR; "
        "Consórcio Intermunicipal Grande ABC|Grande ABC/BR/union of municipalities",
        note="Belém hosts, Brasília holds the secretariat: not signatories; mayors named "
        "Vitória Santos and Natal",
    ),
    Page(
        "ar-r45b-bayan-miyah-raees-baladiya-dawla-aqaba",
        "ar",
        "one_a_line;person_before;country_in_language;person_named_like_place;not_signatory",
        "بيان العقبة لرؤساء البلديات العربية حول الأمن المائي",
        (2024, 1, 23),
        "اجتمع رؤساء بلديات من الأردن ولبنان والمغرب وتونس في مدينة العقبة يومي 22 و23 كانون "
        "الثاني/يناير 2024، بدعوة من شبكة المدن العربية للمياه، وناقشوا آثار شحّ المياه وارتفاع "
        "درجات الحرارة على الخدمات البلدية.\n\n"
        "ويلتزم الموقّعون بما يلي:\n"
        "أولاً: خفض الفاقد في شبكات المياه البلدية وإعادة استخدام المياه الرمادية "
        "في ري الحدائق العامة.\n"
        "ثانياً: إشراك السكان والتجار في حملات ترشيد الاستهلاك خلال أشهر الصيف.\n"
        "ثالثاً: تبادل الخبرات بين البلديات الأعضاء مرة كل عام على الأقل.\n\n"
        "الموقّعون:",
        "م. سامر الطرابلسي، رئيس بلدية صيدا – لبنان\n"
        "السيدة ريما حداد، رئيسة بلدية صور – لبنان\n"
        "السيد جورج معلوف، رئيس بلدية زحلة – لبنان\n"
        "د. ليلى الحمصي، رئيسة بلدية جبيل – لبنان\n"
        "د. خالد العبادي، رئيس بلدية إربد الكبرى – الأردن\n"
        "م. عمر الخلايلة، رئيس بلدية الزرقاء – الأردن\n"
        "السيد محمد الحيصة، رئيس بلدية السلط الكبرى – الأردن\n"
        "السيد عبد الحق الوزاني، رئيس جماعة فاس – المغرب\n"
        "السيدة نزهة العلوي، رئيسة جماعة مكناس – المغرب\n"
        "السيد منير بن سالم، رئيس بلدية سوسة – تونس\n"
        "السيدة سلوى الفقي، رئيسة بلدية صفاقس – تونس",
        "وقد شكر المشاركون سلطة منطقة العقبة الاقتصادية الخاصة على استضافة الاجتماع.\n\n"
        "الأمانة العامة للشبكة: شارع الملكة رانيا، عمّان، المملكة الأردنية الهاشمية.",
        "Sidon|Saida/LB; Tyre/LB; Zahle|Zahlé/LB; Byblos|Jbeil/LB; Irbid/JO; Zarqa/JO; "
        "As Salt|Salt/JO; Fes|Fès/MA; Meknes|Meknès/MA; Sousse/TN; Sfax/TN",
        note="Aqaba hosts, Amman holds the secretariat; signers named al-Trabulsi (of Tripoli), "
        "al-Homsi (of Homs) and al-Ouazzani (of Ouazzane)",
    ),
    Page(
        "ru-r45b-akimaty-meriya-hokimiyat-strany-zagolovki",
        "ru",
        "one_a_line;region_heading;country_in_language;inflected;body_not_city;not_signatory",
        "Члены Ассоциации городов Центральной Азии за чистый воздух",
        (2023, 12, 14),
        "Ассоциация объединяет органы местного управления стран Центральной Азии, которые "
        "ведут мониторинг качества воздуха и переводят городской транспорт и отопление на "
        "более чистые источники энергии. Ниже приведён список членов по странам на 1 декабря "
        "2023 года.",
        "Казахстан\n"
        "Акимат города Алматы\n"
        "Акимат города Шымкента\n"
        "Акимат города Караганды\n"
        "Акимат города Павлодара\n"
        "Акимат города Усть-Каменогорска\n"
        "Акимат Туркестанской области\n"
        "Кыргызстан\n"
        "Мэрия города Бишкек\n"
        "Мэрия города Оша\n"
        "Мэрия города Каракола\n"
        "Узбекистан\n"
        "Хокимият города Самарканда\n"
        "Хокимият города Бухары\n"
        "Хокимият города Нукуса\n"
        "Таджикистан\n"
        "Исполнительный орган государственной власти города Душанбе\n"
        "Исполнительный орган государственной власти города Худжанда",
        "Наблюдатель: Хокимият города Ташкента (Узбекистан).\n\n"
        "Председатель Ассоциации на 2023–2025 годы — аким города Алматы; заместитель "
        "председателя — мэр города Бишкек.\n\n"
        "Секретариат Ассоциации: г. Астана, проспект Мангилик Ел, 55/20.",
        "Almaty/KZ; Shymkent/KZ; Karaganda|Karagandy/KZ; Pavlodar/KZ; "
        "Ust-Kamenogorsk|Oskemen/KZ; Акимат Туркестанской области|Turkistan Region|"
        "Туркестанская область/KZ/region; Bishkek/KG; Osh/KG; Karakol/KG; Samarkand/UZ; "
        "Bukhara/UZ; Nukus/UZ; Dushanbe/TJ; Khujand/TJ",
        note="Tashkent is an observer, Astana holds the secretariat: neither expected",
    ),
    Page(
        "uk-r45b-hromady-miskyi-holova-rodovyi-halych",
        "uk",
        "one_a_line;inflected;person_before;region_after;person_named_like_place;not_signatory",
        "Звернення громад до партнерів з відновлення щодо енергетичної стійкості",
        (2024, 5, 16),
        "Ми, очільники територіальних громад України, зібрані у Вінниці на Форумі "
        "енергетично стійких громад, звертаємося до міжнародних партнерів з проханням "
        "спрямовувати кошти на відновлення безпосередньо громадам, а не лише через "
        "центральні органи влади.\n\n"
        "Ми просимо:\n"
        "– підтримати встановлення когенераційних установок у лікарнях і школах;\n"
        "– фінансувати сонячні станції з накопичувачами для водоканалів;\n"
        "– спростити процедури для малих громад, які не мають власних проєктних офісів.\n\n"
        "Звернення підписали:",
        "Оксана Галич, міська голова Житомира\n"
        "Тарас Мельник, міський голова Луцька\n"
        "Бучанська міська територіальна громада, Київська область\n"
        "Ірпінська міська рада (Київська область)\n"
        "Ірина Шевчук, секретар Чернівецької міської ради, в. о. міського голови Чернівців\n"
        "Полтавська міська територіальна громада\n"
        "Богдан Кравець, міський голова Тернополя\n"
        "Ужгородська міська рада, Закарпатська область\n"
        "Наталія Ковальчук, міська голова Хмельницького\n"
        "Сумська міська територіальна громада\n"
        "Галицька міська територіальна громада (Івано-Франківська область)",
        "Вінницька міська рада, яка приймала Форум, підтримала звернення і передасть його "
        "учасникам конференції з питань відновлення.\n\n"
        "Контакти: Асоціація енергоефективних громад, вул. Хрещатик, 36, Київ.",
        "Zhytomyr/UA; Lutsk/UA; Bucha/UA; Irpin/UA; Chernivtsi/UA; Poltava/UA; Ternopil/UA; "
        "Uzhhorod/UA; Khmelnytskyi/UA; Sumy/UA; Halych/UA",
        note="Vinnytsia hosts and supports, Kyiv is the address: not signatories; Zhytomyr's "
        "mayor is named Halych, and the town of Halych signs too",
    ),
    Page(
        "ro-r45b-municipiul-orasul-comuna-judet-consiliu",
        "ro",
        "numbered;region_after;person_after;person_named_like_place;body_not_city",
        "Declarația autorităților locale din România pentru renovarea clădirilor publice",
        (2023, 6, 21),
        "Autoritățile administrației publice locale semnatare se angajează să renoveze "
        "energetic, până în 2030, cel puțin jumătate din clădirile publice pe care le "
        "administrează, începând cu școlile, grădinițele și dispensarele.\n\n"
        "Declarația a fost deschisă spre semnare la Conferința Rețelei Orașelor Eficiente "
        "din 20–21 iunie 2023. Semnatarii sunt:",
        "1. Municipiul Cluj-Napoca, județul Cluj – Dan Mureșan, primar\n"
        "2. Primăria Municipiului Iași – primar Radu Munteanu\n"
        "3. Sorin Brad, primarul municipiului Bistrița (jud. Bistrița-Năsăud)\n"
        "4. Municipiul Sibiu, județul Sibiu – Ana-Maria Roth, primar\n"
        "5. Municipiul Brașov, județul Brașov – Cătălin Dobre, viceprimar\n"
        "6. Municipiul Oradea, județul Bihor – Florin Pașca, primar\n"
        "7. Municipiul Alba Iulia, județul Alba – Ioana Bârsan, primar\n"
        "8. Municipiul Suceava, județul Suceava – Vasile Ursache, primar\n"
        "9. Orașul Sinaia, județul Prahova – Mihai Stanciu, primar\n"
        "10. Orașul Ghimbav, județul Brașov – Daniela Cojocaru, primar\n"
        "11. Comuna Apahida, județul Cluj – Ioan Pușcaș, primar\n"
        "12. Consiliul Județean Cluj – Adrian Moldovan, președinte",
        "Secretariatul Rețelei Orașelor Eficiente: Str. Memorandumului nr. 21, Cluj-Napoca.\n\n"
        "Alte autorități locale pot adera la Declarație printr-o hotărâre a consiliului local.",
        "Cluj-Napoca/RO; Iași|Iasi/RO; Bistrița|Bistrita/RO; Sibiu/RO; Brașov|Brasov/RO; "
        "Oradea/RO; Alba Iulia/RO; Suceava/RO; Sinaia/RO; Ghimbav/RO; Apahida/RO; "
        "Consiliul Județean Cluj|Cluj County|Județul Cluj/RO/county",
        note="Bistrița's mayor is named Brad (a town in Hunedoara)",
    ),
    Page(
        "cs-r45b-zdrava-mesta-kraje-statutarni-mesto-tabor",
        "cs",
        "one_a_line;region_heading;person_after;person_named_like_place;body_not_city;"
        "columns_after",
        "Členové sítě podle krajů",
        (2024, 1, 30),
        "Síť Zdravých a aktivních měst sdružuje města, obce a kraje, které systematicky "
        "pracují se zdravím obyvatel, udržitelným rozvojem a zapojováním veřejnosti. "
        "U každého člena uvádíme rok vstupu a politika odpovědného za projekt.",
        "Jihomoravský kraj\n"
        "Statutární město Brno\n"
        "členem od 1994 · politik: Mgr. Klára Dvořáková\n"
        "Město Kuřim\n"
        "členem od 2008 · politik: Ing. Pavel Hruška\n"
        "Město Vyškov\n"
        "členem od 2005 · politik: Bc. Lenka Šimková\n"
        "Město Hodonín\n"
        "členem od 2011 · politik: Jiří Vacula\n"
        "Město Blansko\n"
        "členem od 2013 · politik: Mgr. Eva Komárková\n"
        "Jihočeský kraj\n"
        "Statutární město České Budějovice\n"
        "členem od 2002 · politik: Ing. Tomáš Kubíček\n"
        "Město Tábor\n"
        "členem od 2003 · politik: PhDr. Hana Veselá\n"
        "Město Písek\n"
        "členem od 2009 · politik: Ing. Ondřej Krejčí\n"
        "Město Strakonice\n"
        "členem od 2006 · politik: Mgr. Alena Pokorná\n"
        "Kraj Vysočina\n"
        "Statutární město Jihlava\n"
        "členem od 1996 · politik: Ing. Jan Tábor\n"
        "Statutární město Třebíč\n"
        "členem od 2004 · politik: Mgr. Petr Kučera\n"
        "Město Žďár nad Sázavou\n"
        "členem od 2000 · politik: Ing. Martina Kratochvílová\n"
        "Město Pelhřimov\n"
        "členem od 2012 · politik: Josef Dušek\n"
        "Olomoucký kraj\n"
        "Olomoucký kraj\n"
        "členem od 2015 · politik: MUDr. Radek Sýkora, radní pro zdravotnictví\n"
        "Statutární město Olomouc\n"
        "členem od 1995 · politik: Mgr. Lucie Horáková\n"
        "Statutární město Prostějov\n"
        "členem od 2007 · politik: Ing. Milan Zatloukal\n"
        "Statutární město Přerov\n"
        "členem od 2010 · politik: Bc. Marek Hradil\n"
        "Město Šumperk\n"
        "členem od 1997 · politik: Mgr. Jana Němcová\n"
        "Zlínský kraj\n"
        "Statutární město Zlín\n"
        "členem od 2001 · politik: Ing. Vladimír Bartoš\n"
        "Město Kroměříž\n"
        "členem od 2003 · politik: Mgr. Dana Hanáková\n"
        "Město Vsetín\n"
        "členem od 1999 · politik: Ing. Tomáš Zubek\n"
        "Moravskoslezský kraj\n"
        "Statutární město Ostrava\n"
        "členem od 2012 · politik: Ing. Zuzana Bednářová\n"
        "Statutární město Opava\n"
        "členem od 2014 · politik: Mgr. Radim Štěpán\n"
        "Statutární město Havířov\n"
        "členem od 2016 · politik: Ing. Karla Mrkvová\n"
        "Město Krnov\n"
        "členem od 2002 · politik: Libor Pospíšil\n"
        "Pardubický kraj\n"
        "Město Chrudim\n"
        "členem od 1996 · politik: Mgr. Věra Chalupová\n"
        "Město Litomyšl\n"
        "členem od 2004 · politik: Ing. Aleš Stejskal",
        "Kancelář sítě: Palackého 12, 779 00 Olomouc. Chcete se stát členem? Napište nám.",
        "Brno/CZ; Kuřim/CZ; Vyškov/CZ; Hodonín/CZ; Blansko/CZ; České Budějovice/CZ; "
        "Tábor/CZ; Písek/CZ; Strakonice/CZ; Jihlava/CZ; Třebíč/CZ; Žďár nad Sázavou/CZ; "
        "Pelhřimov/CZ; Olomoucký kraj|Olomouc Region/CZ/region; Olomouc/CZ; Prostějov/CZ; "
        "Přerov/CZ; Šumperk/CZ; Zlín/CZ; Kroměříž/CZ; Vsetín/CZ; Ostrava/CZ; Opava/CZ; "
        "Havířov/CZ; Krnov/CZ; Chrudim/CZ; Litomyšl/CZ",
        note="the Olomouc region is a member under its own heading; Jihlava's politician is "
        "named Tábor, and the town of Tábor is a member too",
    ),
    Page(
        "hu-r45b-uj-tagok-megyei-jogu-varos-varmegye-few",
        "hu",
        "running_text;few;region_after;not_signatory;person_named_like_place;inflected",
        "Három új önkormányzat csatlakozott a Zöld Települések Szövetségéhez",
        (2023, 9, 28),
        "A Zöld Települések Szövetsége közgyűlésén, amelyet szeptember 27-én Veszprémben "
        "tartottak, a tagság egyhangúlag szavazott három új tag felvételéről.",
        "A szövetséghez csatlakozott Kecskemét Megyei Jogú Város Önkormányzata (Bács-Kiskun "
        "vármegye), Gödöllő Város Önkormányzata (Pest vármegye) és Tata Város Önkormányzata "
        "(Komárom-Esztergom vármegye).",
        "„Tatán a tavak és a vizes élőhelyek védelme régóta közös ügy, ezért természetes "
        'volt, hogy csatlakozzunk" – mondta Győri Anna, Tata polgármestere.\n\n'
        "Szegedi Péter, a szövetség elnöke, Pécs alpolgármestere köszöntötte az új tagokat, "
        "és megköszönte Veszprém Megyei Jogú Város vendéglátását.\n\n"
        "A szövetségnek ezzel 38 tagja van. Titkárság: 1052 Budapest, Városház utca 9–11.",
        "Kecskemét/HU; Gödöllő/HU; Tata/HU",
        note="Veszprém hosts, Pécs is the president's city, Budapest the secretariat; people "
        "named Győri and Szegedi (of Győr, of Szeged)",
    ),
    Page(
        "ja-r45b-todofuken-midashi-shi-ku-machi",
        "ja",
        "several_a_line;region_heading;no_country;not_signatory",
        "会員自治体一覧",
        (2024, 4, 1),
        "ゼロカーボン地域づくり自治体ネットワークの会員自治体（2024年4月1日現在、29自治体）を"
        "都道府県別に掲載しています。",
        "■北海道\n"
        "札幌市、帯広市、富良野市、ニセコ町、上士幌町\n"
        "■岩手県\n"
        "盛岡市、雫石町\n"
        "■東京都\n"
        "世田谷区、渋谷区、足立区、八王子市、武蔵野市\n"
        "■神奈川県\n"
        "横浜市、鎌倉市、小田原市、葉山町\n"
        "■長野県\n"
        "長野市、松本市、飯田市、安曇野市、軽井沢町、小布施町\n"
        "■岡山県\n"
        "岡山市、真庭市\n"
        "■島根県\n"
        "海士町\n"
        "■熊本県\n"
        "熊本市、水俣市、阿蘇市\n"
        "■沖縄県\n"
        "那覇市",
        "※オブザーバー：京都市、北九州市\n\n"
        "入会をご希望の自治体は、事務局までお問い合わせください。\n"
        "事務局：〒100-0005 東京都千代田区丸の内1-6-5",
        "Sapporo/JP; Obihiro/JP; Furano/JP; Niseko/JP; Kamishihoro/JP; Morioka/JP; "
        "Shizukuishi/JP; Setagaya/JP; Shibuya/JP; Adachi/JP; Hachiōji|Hachioji/JP; "
        "Musashino/JP; Yokohama/JP; Kamakura/JP; Odawara/JP; Hayama/JP; Nagano/JP; "
        "Matsumoto/JP; Iida/JP; Azumino/JP; Karuizawa/JP; Obuse/JP; Okayama/JP; Maniwa/JP; "
        "Ama/JP; Kumamoto/JP; Minamata/JP; Aso/JP; Naha/JP",
        note="Kyoto and Kitakyushu are observers; the secretariat is in Tokyo's Chiyoda ward",
    ),
    Page(
        "ko-r45b-hyeopyak-seomyeong-gwangyeok-si-gun-table",
        "ko",
        "table_tabs;region_before;columns_after;person_after;not_signatory",
        "탄소중립 기초지방정부 협약 서명 현황",
        (2023, 11, 22),
        "전국 기초지방정부 17곳이 11월 21일 서울특별시 노원구청 대강당에서 열린 "
        "'탄소중립 실천 기초지방정부 협약식'에서 협약에 서명했습니다. 이번 협약식은 "
        "노원구가 주최하고 기후정책 지방정부 협의회가 주관했습니다.\n\n"
        "서명 지방정부는 2030년까지 공공건물의 에너지 사용량을 40% 줄이고, 지역 에너지 "
        "계획을 매년 공개하기로 약속했습니다.\n\n"
        "<서명 지방정부 현황>",
        "연번\t광역자치단체\t기초자치단체\t단체장\t서명일\n"
        "1\t경기도\t수원시\t시장 김민준\t2023.11.21\n"
        "2\t경기도\t광명시\t시장 박서윤\t2023.11.21\n"
        "3\t경기도\t화성시\t시장 이도현\t2023.11.21\n"
        "4\t경기도\t군포시\t시장 정하은\t2023.11.21\n"
        "5\t경기도\t오산시\t시장 최우진\t2023.11.21\n"
        "6\t경기도\t가평군\t군수 한지호\t2023.11.21\n"
        "7\t경기도\t양평군\t군수 윤서진\t2023.11.21\n"
        "8\t강원특별자치도\t춘천시\t시장 강민석\t2023.11.21\n"
        "9\t강원특별자치도\t강릉시\t시장 조예린\t2023.11.21\n"
        "10\t강원특별자치도\t홍천군\t군수 임태윤\t2023.11.21\n"
        "11\t충청남도\t천안시\t시장 오승민\t2023.11.21\n"
        "12\t충청남도\t아산시\t시장 신유나\t2023.11.21\n"
        "13\t충청남도\t홍성군\t군수 권재혁\t2023.11.21\n"
        "14\t전북특별자치도\t전주시\t시장 황보라\t2023.11.21\n"
        "15\t전북특별자치도\t완주군\t군수 송민재\t2023.11.21\n"
        "16\t전라남도\t순천시\t시장 배수아\t2023.11.21\n"
        "17\t전라남도\t담양군\t군수 문성호\t2023.11.21",
        "※ 노원구는 협약식 주최 기관으로 2021년에 이미 협약에 가입했습니다.\n\n"
        "문의: 기후정책 지방정부 협의회 사무국(세종특별자치시 한누리대로 2130)",
        "Suwon/KR; Gwangmyeong/KR; Hwaseong/KR; Gunpo/KR; Osan/KR; Gapyeong/KR; "
        "Yangpyeong/KR; Chuncheon/KR; Gangneung/KR; Hongcheon/KR; Cheonan/KR; Asan/KR; "
        "Hongseong/KR; Jeonju/KR; Wanju/KR; Suncheon/KR; Damyang/KR",
        note="Seoul's Nowon-gu hosts (a member since 2021, not a signatory here); the "
        "secretariat is in Sejong",
    ),
]

"""Hand-written pages, batch r36a: held out from issue #20's round 36, written blind (without
reading the reader or other batches beyond pages_s.py). A mix as a user meets it on the web of
city networks, in 13 languages and from every region: 7 statements and declarations (an
Asia-Pacific heat pledge whose signatories are a tab table of official bodies `Kuala Lumpur City
Hall (DBKL)`, `Greater Chennai Corporation` with a representative and a country column under a
venue and a secretariat; French `Pour la Commune de X (Pays)` signature blocks of West and
Central African towns with a host district and treaties named after cities; Spanish Latin
American country headings over `Municipalidad de X · Intendente Name` lines beside a venue;
a Portuguese paragraph of Amazonian cities with their states written out and an addressee in
Brasília; an Arabic tab table of cities and countries with Tripoli in Lebanon; Turkish signers
over their `X Belediye Başkanı` lines, a mayor named Aydın, a venue `Kahramanmaraş'ta`;
German Lake Constance towns with vehicle country codes `(D)`, `(A)`, `(CH)`, `(FL)` and
supporting Länder and cantons) and 7 member pages and news items (English new members in
running text by country; Japanese prefecture headings over members with a prefecture among
them; Korean news of five new member cities `경기 시흥시`; an Indonesian members table of
`Kota X` with provinces under regional commissariat headings; a Vietnamese news item of three
creative cities and a candidate; a Polish members table of `Gmina Miejska X`, `Miasto X`,
`Gmina Miasta X` with voivodeship and year columns; Russian capitals and big cities with their
countries after a dash, then observers and partners that are not members). Invented texts
and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-heat-pledge-asia-pacific-tab-table-local-government-represented-by",
        "en",
        "table_tabs;columns_after;not_signatory;body_not_city",
        "Asia-Pacific Cool Cities Pledge: the first signatories",
        (2025, 7, 9),
        "Home > Our work > Climate adaptation > Cool Cities Pledge\n\n"
        "Heatwaves are now the deadliest climate hazard in Asia and the Pacific. Night-time "
        "temperatures in dense neighbourhoods stay above 30°C for weeks, and the people hit "
        "hardest are outdoor workers, older residents and children in informal settlements.\n\n"
        "The Cool Cities Pledge was launched on the second day of the World Cities Summit in "
        "Singapore. Local governments that sign it commit to:\n"
        "• appoint a heat officer or a heat focal point within twelve months;\n"
        "• publish a heat action plan with early-warning protocols by 2027;\n"
        "• double shade and tree canopy along walking routes to schools, markets and clinics;\n"
        "• report every year on heat-related hospital admissions and deaths.\n\n"
        '"A city that cannot keep its people cool cannot keep them safe," said Dr. Priya '
        "Raman, the network's Regional Director, at the launch. The pledge builds on the heat "
        "work of the Global Covenant and on the Sendai Framework for Disaster Risk Reduction.\n\n"
        "Signatories (as of 1 July 2025)",
        "Local government\tRepresented by\tCountry\tSigned\n"
        "Pasig City Government\tMayor Teodoro Villanueva\tPhilippines\t28 May 2025\n"
        "Iloilo City Government\tMayor Ramon Acosta\tPhilippines\t28 May 2025\n"
        "Da Nang City People's Committee\tVice Chairman Nguyen Van Thanh\tViet Nam\t28 May 2025\n"
        "Surabaya City Government\tMayor Dewi Kartika\tIndonesia\t28 May 2025\n"
        "Makassar City Government\tMayor Andi Rahman\tIndonesia\t29 May 2025\n"
        "Kuala Lumpur City Hall (DBKL)\tDatuk Bandar Azlan Ismail\tMalaysia\t29 May 2025\n"
        "Bangkok Metropolitan Administration\tDeputy Governor Somchai Wong\tThailand\t"
        "29 May 2025\n"
        "Phnom Penh Capital Administration\tDeputy Governor Sok Dara\tCambodia\t3 Jun 2025\n"
        "Colombo Municipal Council\tMunicipal Commissioner Nimal Perera\tSri Lanka\t"
        "3 Jun 2025\n"
        "Kathmandu Metropolitan City\tMayor Suman Shrestha\tNepal\t3 Jun 2025\n"
        "Dhaka North City Corporation\tAdministrator Farhana Karim\tBangladesh\t10 Jun 2025\n"
        "Greater Chennai Corporation\tCommissioner R. Lakshmi\tIndia\t10 Jun 2025\n"
        "Pune Municipal Corporation\tMunicipal Commissioner Vikram Joshi\tIndia\t10 Jun 2025\n"
        "City of Yokohama\tMayor Kenji Sato\tJapan\t17 Jun 2025\n"
        "Ulaanbaatar City Governor's Office\tDeputy Mayor Bat-Erdene Tseren\tMongolia\t"
        "17 Jun 2025\n"
        "Suva City Council\tSpecial Administrator Litia Vuki\tFiji\t24 Jun 2025",
        "Is your city ready to sign? Write to the pledge team at our Regional Secretariat in "
        "Seoul.\n\n"
        "Download the pledge (PDF, 1.2 MB) | Heat action planning guide\n\n"
        "Related\nBengaluru maps its hottest streets with citizen sensors\n"
        "Hanoi and Jakarta trial cool roofs on public schools",
        "Pasig/PH; Iloilo|Iloilo City/PH; Da Nang/VN; Surabaya/ID; Makassar/ID; "
        "Kuala Lumpur/MY; Bangkok/TH; Phnom Penh/KH; Colombo/LK; Kathmandu/NP; Dhaka/BD; "
        "Chennai/IN; Pune/IN; Yokohama/JP; Ulaanbaatar/MN; Suva/FJ",
        "a tab table of official bodies (`City Hall (DBKL)`, `Greater Chennai Corporation`, "
        "`Dhaka North City Corporation`) with representative, country and date columns; the "
        "venue Singapore, Sendai in a framework's name, Seoul the secretariat, Bengaluru, "
        "Hanoi and Jakarta in related news",
    ),
    Page(
        "fr-declaration-maires-afrique-pour-la-commune-pays-blocs-abidjan-hote",
        "fr",
        "one_a_line;person_after;country_in_language;not_signatory",
        "Déclaration d'Abidjan des maires d'Afrique de l'Ouest et du Centre sur l'eau et "
        "l'assainissement",
        (2025, 3, 22),
        "Accueil / Actualités / Déclarations\n\n"
        "Réunis à Abidjan du 20 au 22 mars 2025, à l'invitation du District autonome "
        "d'Abidjan, à l'occasion de la Journée mondiale de l'eau, nous, maires et présidents "
        "de collectivités territoriales d'Afrique de l'Ouest et du Centre,\n\n"
        "Considérant que plus de la moitié des habitants de nos villes n'ont pas accès à un "
        "assainissement géré en toute sécurité ;\n"
        "Rappelant l'Accord de Paris, l'Agenda 2063 de l'Union africaine et la Déclaration "
        "de Ngor sur l'assainissement ;\n"
        "Saluant le travail du Secrétariat général de CGLU Afrique à Rabat ;\n\n"
        "Nous engageons à :\n"
        "1. inscrire l'eau et l'assainissement parmi les trois premières priorités de nos "
        "budgets d'investissement ;\n"
        "2. reconnaître et accompagner les opérateurs de vidange et les travailleurs de "
        "l'assainissement ;\n"
        "3. protéger les zones humides et les nappes qui alimentent nos villes ;\n"
        "4. rendre compte chaque année de nos progrès devant nos conseils municipaux.\n\n"
        "Fait à Abidjan, le 22 mars 2025.\n\n"
        "Ont signé :",
        "Pour la Commune de Ziguinchor (Sénégal)\nMme Awa Diatta, Maire\n\n"
        "Pour la Ville de Thiès (Sénégal)\nM. Ibrahima Faye, Maire\n\n"
        "Pour la Commune de Saint-Louis (Sénégal)\nM. Cheikh Sow, Premier adjoint au Maire\n\n"
        "Pour le District de Bamako (Mali)\nM. Moussa Traoré, Président de la Délégation "
        "spéciale\n\n"
        "Pour la Commune urbaine de Ségou (Mali)\nMme Kadiatou Coulibaly, Maire\n\n"
        "Pour la Ville de Niamey (Niger)\nM. Abdou Moussa, Administrateur délégué\n\n"
        "Pour la Commune de Ouagadougou (Burkina Faso)\nM. Issouf Ouédraogo, Président de la "
        "Délégation spéciale\n\n"
        "Pour la Commune de Bobo-Dioulasso (Burkina Faso)\nMme Salimata Sanou, Maire\n\n"
        "Pour la Commune de Kara (Togo)\nM. Essodina Pali, Maire\n\n"
        "Pour la Ville de Cotonou (Bénin)\nM. Luc Houngbédji, Maire\n\n"
        "Pour la Commune de Porto-Novo (Bénin)\nMme Adjoa Hounsa, Deuxième adjointe au Maire\n\n"
        "Pour la Communauté urbaine de Douala (Cameroun)\nM. Jean-Paul Ekwalla, Maire de la "
        "Ville\n\n"
        "Pour la Commune de Dschang (Cameroun)\nM. Serge Fotso, Maire\n\n"
        "Pour la Commune de Libreville (Gabon)\nMme Carine Nzé, Maire\n\n"
        "Pour la Commune urbaine de Kindia (Guinée)\nM. Mamadou Camara, Président de la "
        "Délégation spéciale\n\n"
        "Pour la Ville de Bouaké (Côte d'Ivoire)\nM. Yao Konan, Maire\n\n"
        "Pour la Commune de Nouadhibou (Mauritanie)\nM. Sidi Ould Ahmed, Maire",
        "La déclaration reste ouverte à la signature des collectivités membres. Elle sera "
        "présentée au Forum mondial de l'eau et transmise aux ministres chargés de l'eau de "
        "la CEDEAO et de la CEEAC.\n\n"
        "Télécharger la déclaration (PDF)\n\n"
        "À lire aussi\nKigali accueillera le prochain Sommet Africités\n"
        "Dakar et Conakry lancent un réseau de marchés sans plastique",
        "Ziguinchor/SN; Thiès/SN; Saint-Louis/SN; Bamako/ML; Ségou/ML; Niamey/NE; "
        "Ouagadougou/BF; Bobo-Dioulasso/BF; Kara/TG; Cotonou/BJ; Porto-Novo/BJ; Douala/CM; "
        "Dschang/CM; Libreville/GA; Kindia/GN; Bouaké/CI; Nouadhibou/MR",
        "`Pour la Commune de X (Pays)` blocks over the signer's name and title; the host "
        "Abidjan (also `Fait à`), Paris and Ngor in texts' names, Rabat the secretariat, "
        "Kigali, Dakar, Conakry in related news",
    ),
    Page(
        "es-declaracion-movilidad-encabezados-pais-municipalidad-intendente-panama-sede",
        "es",
        "one_a_line;region_heading;country_in_language;person_after;not_signatory",
        "Declaración de Panamá: ciudades por una movilidad limpia y segura",
        (2024, 10, 17),
        "Inicio » Noticias » Declaraciones\n\n"
        "Las alcaldesas y los alcaldes reunidos en la Ciudad de Panamá con ocasión del "
        "Encuentro Latinoamericano de Movilidad Urbana, convocado por nuestra red y acogido "
        "por la Alcaldía de Panamá, adoptaron la siguiente declaración.\n\n"
        "En América Latina, siete de cada diez viajes urbanos se hacen a pie, en bicicleta o "
        "en transporte público. Sin embargo, la mayor parte de la inversión sigue destinada "
        "al automóvil. Nos comprometemos a:\n\n"
        "— destinar al menos la mitad del presupuesto de movilidad a peatones, ciclistas y "
        "transporte público;\n"
        "— electrificar las flotas de buses urbanos antes de 2035;\n"
        "— reducir a la mitad las muertes en siniestros viales en esta década, en línea con "
        "la Declaración de Estocolmo;\n"
        "— garantizar tarifas accesibles para estudiantes, personas mayores y cuidadoras.\n\n"
        "Firmantes",
        "Argentina\n"
        "Municipalidad de Córdoba · Intendente Diego Ferreyra\n"
        "Municipalidad de Mendoza · Intendenta Laura Giménez\n"
        "Municipalidad de Rosario · Secretario de Movilidad Tomás Benítez\n"
        "Bolivia\n"
        "Gobierno Autónomo Municipal de La Paz · Alcaldesa Rosa Mamani\n"
        "Chile\n"
        "Municipalidad de Valparaíso · Alcalde Felipe Araya\n"
        "Municipalidad de Concepción · Alcaldesa Javiera Muñoz\n"
        "Colombia\n"
        "Alcaldía de Barranquilla · Alcalde Andrés Pineda\n"
        "Alcaldía de Bucaramanga · Alcaldesa Natalia Rueda\n"
        "Costa Rica\n"
        "Municipalidad de San José · Vicealcalde Esteban Solís\n"
        "Ecuador\n"
        "Municipio del Distrito Metropolitano de Quito · Alcalde Santiago Andrade\n"
        "GAD Municipal de Cuenca · Alcaldesa María José Cordero\n"
        "México\n"
        "Gobierno Municipal de Guadalajara · Presidenta Municipal Verónica Zúñiga\n"
        "Ayuntamiento de Mérida · Presidente Municipal Raúl Canul\n"
        "Perú\n"
        "Municipalidad Metropolitana de Lima · Teniente Alcalde Jorge Quispe\n"
        "Uruguay\n"
        "Municipio de Maldonado · Alcaldesa Silvia Olivera",
        "La declaración fue entregada al Banco Interamericano de Desarrollo en Washington y "
        "será presentada en la próxima COP. Las ciudades que deseen adherirse pueden "
        "escribir a la secretaría regional en Quito.\n\n"
        "Compartir: Facebook · X · LinkedIn · WhatsApp\n\n"
        "Noticias relacionadas\nMontevideo estrena su primera línea de buses eléctricos\n"
        "Santiago y Medellín comparten lecciones sobre teleféricos urbanos",
        "Córdoba/AR; Mendoza/AR; Rosario/AR; La Paz/BO; Valparaíso/CL; Concepción/CL; "
        "Barranquilla/CO; Bucaramanga/CO; San José/CR; Quito/EC; Cuenca/EC; Guadalajara/MX; "
        "Mérida/MX; Lima/PE; Maldonado/UY",
        "country headings in Spanish over `Municipalidad de X · title Name` lines (Córdoba, "
        "Mérida, Cuenca, Concepción, San José with namesakes elsewhere); the venue Panamá, "
        "Stockholm in a declaration's name, Washington the addressee, Quito also the "
        "secretariat though a signatory, Montevideo, Santiago, Medellín in related news",
    ),
    Page(
        "pt-carta-prefeitos-amazonia-paragrafo-cidade-estado-por-extenso-brasilia",
        "pt",
        "running_text;region_after;not_signatory;majority_other_country",
        "Carta dos Prefeitos e Prefeitas da Amazônia ao Governo Federal",
        (2025, 8, 28),
        "Início › Notícias › Carta dos Prefeitos da Amazônia\n\n"
        "Reunidos no Encontro de Cidades Amazônicas, prefeitos e prefeitas de nove estados "
        "da Amazônia Legal aprovaram uma carta dirigida à Presidência da República e aos "
        "ministérios, em Brasília, com propostas para a COP30.\n\n"
        "A carta lembra que mais de 75% da população da Amazônia vive em cidades, muitas "
        "delas sem saneamento básico, sujeitas a cheias e secas extremas e à fumaça das "
        "queimadas. Entre as propostas estão um fundo climático de acesso direto para os "
        "municípios, a inclusão das cidades amazônicas nos planos nacionais de adaptação e a "
        "cooperação com as cidades vizinhas do Peru e da Colômbia, como prevê o Tratado de "
        "Cooperação Amazônica e o Pacto de Letícia.",
        "Assinam a carta os prefeitos e as prefeitas de Santarém (Pará), Marabá (Pará), "
        "Altamira (Pará), Manaus (Amazonas), Parintins (Amazonas), Tefé (Amazonas), Rio Branco "
        "(Acre), Cruzeiro do Sul (Acre), Porto Velho (Rondônia), Ji-Paraná (Rondônia), Macapá "
        "(Amapá), Boa Vista (Roraima), Palmas (Tocantins), São Luís (Maranhão), Imperatriz "
        "(Maranhão), Cuiabá (Mato Grosso) e Sinop (Mato Grosso).",
        '"A Amazônia não é só floresta: é também a periferia de Manaus que alaga todo ano", '
        "disse a prefeita anfitriã de Belém, Cláudia Ribeiro, ao abrir o encontro.\n\n"
        "A carta será entregue ao Ministério das Cidades na próxima semana. A Frente Nacional "
        "de Prefeitos, com sede em Brasília, apoia a iniciativa.\n\n"
        "Compartilhe\n\n"
        "Leia também\nRecife e Salvador lançam planos de adaptação ao calor\n"
        "Curitiba recebe encontro de cidades do Sul",
        "Santarém/BR; Marabá/BR; Altamira/BR; Manaus/BR; Parintins/BR; Tefé/BR; Rio Branco/BR; "
        "Cruzeiro do Sul/BR; Porto Velho/BR; Ji-Paraná/BR; Macapá/BR; Boa Vista/BR; Palmas/BR; "
        "São Luís/BR; Imperatriz/BR; Cuiabá/BR; Sinop/BR",
        "17 cities `X (Estado)` with their states written out (Amazonas, Acre, Pará) in one "
        "sentence; Brasília the addressee, Leticia in a pact's name, the host Belém named "
        "after the list, Recife, Salvador, Curitiba in related news; Palmas, Sinop, Boa Vista "
        "with namesakes elsewhere",
    ),
    Page(
        "ar-ielan-madina-dawla-tab-table-trablus-lubnan-marrakech",
        "ar",
        "table_tabs;columns_after;country_in_language;not_signatory",
        "إعلان مراكش لرؤساء البلديات العربية حول التكيّف مع تغيّر المناخ",
        (2024, 11, 14),
        "الرئيسية / الأخبار / البيانات والإعلانات\n\n"
        "اعتمد رؤساء البلديات والمدن العربية المشاركون في المنتدى الإقليمي للمدن والمناخ، "
        "الذي انعقد في مراكش، إعلاناً مشتركاً يدعو إلى توجيه جزء أكبر من التمويل المناخي "
        "إلى السلطات المحلية مباشرة.\n\n"
        "ويؤكد الإعلان أن المدن العربية من أكثر مدن العالم تعرّضاً لموجات الحر وشحّ المياه "
        "والفيضانات المفاجئة، ويذكّر باتفاق باريس وبنتائج مؤتمر الأطراف في شرم الشيخ. "
        "ويلتزم الموقّعون بما يلي:\n"
        "أولاً: إعداد خطة محلية للتكيّف خلال سنتين.\n"
        "ثانياً: زيادة المساحات الخضراء والظل في الأحياء الأكثر كثافة.\n"
        "ثالثاً: إعادة استخدام المياه المعالجة في ري الحدائق العامة.\n\n"
        "المدن الموقّعة على الإعلان:",
        "المدينة\tالدولة\tممثّل المدينة\n"
        "دبي\tالإمارات العربية المتحدة\tمدير عام البلدية\n"
        "الشارقة\tالإمارات العربية المتحدة\tرئيس المجلس البلدي\n"
        "إربد\tالأردن\tرئيس البلدية\n"
        "الزرقاء\tالأردن\tرئيس لجنة البلدية\n"
        "بيروت\tلبنان\tمحافظ مدينة بيروت\n"
        "صيدا\tلبنان\tرئيس البلدية\n"
        "طرابلس\tلبنان\tرئيس البلدية\n"
        "رام الله\tفلسطين\tرئيس البلدية\n"
        "الخليل\tفلسطين\tرئيس البلدية\n"
        "الدوحة\tقطر\tمدير البلدية\n"
        "مسقط\tسلطنة عُمان\tرئيس بلدية مسقط\n"
        "المنامة\tالبحرين\tرئيس مجلس أمانة العاصمة\n"
        "الرباط\tالمغرب\tرئيسة المجلس الجماعي\n"
        "أكادير\tالمغرب\tرئيس المجلس الجماعي\n"
        "سوسة\tتونس\tرئيس البلدية\n"
        "صفاقس\tتونس\tرئيس البلدية\n"
        "الإسكندرية\tمصر\tنائب المحافظ",
        "وأعلنت مدينة مراكش المضيفة أنها ستنضم إلى الإعلان بعد مصادقة مجلسها الجماعي. "
        "وتتولّى الأمانة الإقليمية للشبكة في بيروت متابعة تنفيذ الالتزامات.\n\n"
        "شارك الخبر\n\n"
        "أخبار ذات صلة\nعمّان تطلق أول خطة للمناخ على مستوى الأحياء\n"
        "القاهرة وتونس تتبادلان الخبرات في النقل العام",
        "Dubai/AE; Sharjah/AE; Irbid/JO; Zarqa/JO; Beirut/LB; Sidon|Saida/LB; Tripoli/LB; "
        "Ramallah/PS; Hebron/PS; Doha/QA; Muscat/OM; Manama/BH; Rabat/MA; Agadir/MA; "
        "Sousse/TN; Sfax/TN; Alexandria/EG",
        "a tab table of Arabic city names with their countries and a representative column, "
        "Tripoli in Lebanon; the venue Marrakech (not yet signed), Paris and Sharm el-Sheikh "
        "in the text, Beirut also the secretariat though a signatory, Amman, Cairo, Tunis in "
        "related news",
    ),
    Page(
        "tr-deprem-bildirgesi-ad-alt-satir-belediye-baskani-aydin-kahramanmaras",
        "tr",
        "one_a_line;person_before;person_named_like_place;no_country;not_signatory",
        "Afetlere Dirençli Kentler Bildirgesi imzaya açıldı",
        (2025, 2, 6),
        "Ana Sayfa / Haberler / Bildirgeler\n\n"
        "6 Şubat depremlerinin ikinci yıl dönümünde Kahramanmaraş'ta bir araya gelen belediye "
        "başkanları, Afetlere Dirençli Kentler Bildirgesi'ni imzaladı. Toplantıya ev "
        "sahipliği yapan Kahramanmaraş Büyükşehir Belediyesi adına konuşan Genel Sekreter "
        "Mehmet Doğan, yeniden yapılanmanın yalnızca binalarla değil mahallelerin sosyal "
        "dokusuyla birlikte ele alınması gerektiğini vurguladı.\n\n"
        "Bildirgeyi imzalayan belediyeler şu ilkeleri benimsiyor:\n"
        "• Riskli yapı stokunun envanterini üç yıl içinde çıkarmak ve kamuoyuyla paylaşmak,\n"
        "• Her mahallede toplanma alanlarını yeşil alan olarak korumak,\n"
        "• Afet sonrası geçici barınmada kadınların, çocukların ve engellilerin ihtiyaçlarını "
        "önceliklendirmek,\n"
        "• Sendai Çerçevesi ve Yeni Kentsel Gündem doğrultusunda yerel risk azaltma planı "
        "hazırlamak.\n\n"
        "Birliğimizin Ankara'daki genel merkezi, bildirgenin uygulanmasını izleyecek.\n\n"
        "İmzacılar",
        "Aydın Yıldırım\nAntakya Belediye Başkanı\n\n"
        "Zeynep Kaya\nİskenderun Belediye Başkanı\n\n"
        "Hüseyin Arslan\nAdıyaman Belediye Başkanı\n\n"
        "Elif Demir\nMalatya Büyükşehir Belediye Başkan Vekili\n\n"
        "Mustafa Çelik\nDüzce Belediye Başkanı\n\n"
        "Selin Aydın\nKadıköy Belediye Başkanı\n\n"
        "Murat Öztürk\nNilüfer Belediye Başkanı\n\n"
        "Ayşe Korkmaz\nTepebaşı Belediye Başkanı\n\n"
        "Kemal Şahin\nKarşıyaka Belediye Başkanı\n\n"
        "Gülsüm Yalçın\nÇankaya Belediye Başkan Yardımcısı\n\n"
        "Ali Rıza Erdem\nOsmaniye Belediye Başkanı\n\n"
        "Hatice Polat\nElbistan Belediye Başkanı",
        "Bildirge, 81 ildeki belediyelerin imzasına açık. İmzalamak isteyen belediyeler "
        "Birliğin Afet Koordinasyon Birimi ile iletişime geçebilir.\n\n"
        "Paylaş: Facebook | X | LinkedIn\n\n"
        "İlgili Haberler\nGaziantep ve Şanlıurfa'da konteyner kentlerden kalıcı konutlara\n"
        "İzmir'de deprem haftası etkinlikleri başladı",
        "Antakya/TR; İskenderun/TR; Adıyaman/TR; Malatya/TR; Düzce/TR; Kadıköy/TR; "
        "Nilüfer/TR; Tepebaşı/TR; Karşıyaka/TR; Çankaya/TR; Osmaniye/TR; Elbistan/TR",
        "signers' names over `X Belediye Başkanı` lines (district municipalities of "
        "İstanbul, Bursa, Eskişehir, İzmir, Ankara), signers named Aydın; the venue and host "
        "Kahramanmaraş, Ankara the headquarters, Sendai in a framework, Gaziantep, Şanlıurfa "
        "and İzmir in related news",
    ),
    Page(
        "de-bodensee-erklaerung-stadt-gemeinde-kfz-laendercodes-bregenz-tagungsort",
        "de",
        "one_a_line;region_after;person_after;not_signatory;majority_other_country",
        "Bodensee-Erklärung der Städte und Gemeinden zum Schutz des Trinkwassers",
        (2025, 6, 5),
        "Startseite > Aktuelles > Pressemitteilungen\n\n"
        "Bregenz. Am Weltumwelttag haben Bürgermeisterinnen und Bürgermeister aus "
        "Deutschland, Österreich, der Schweiz und Liechtenstein im Festspielhaus Bregenz die "
        "Bodensee-Erklärung unterzeichnet. Der See versorgt rund vier Millionen Menschen mit "
        "Trinkwasser – von Stuttgart bis in den Thurgau.\n\n"
        "Die unterzeichnenden Städte und Gemeinden verpflichten sich,\n"
        "– Mikroplastik und Spurenstoffe in ihren Kläranlagen bis 2032 mit einer vierten "
        "Reinigungsstufe zu entfernen,\n"
        "– Ufer und Flachwasserzonen auf ihrem Gebiet zu renaturieren,\n"
        "– bei Starkregen gemeinsame Frühwarnungen abzustimmen.\n\n"
        "„Der See kennt keine Grenzen, also darf unser Schutz auch keine kennen“, sagte der "
        "Bregenzer Bürgermeister als Gastgeber. Die Erklärung ergänzt die Arbeit der "
        "Internationalen Gewässerschutzkommission für den Bodensee.\n\n"
        "Unterzeichnet haben:",
        "Stadt Konstanz (D) – Oberbürgermeister Uli Burkhardt\n"
        "Stadt Friedrichshafen (D) – Oberbürgermeisterin Andrea Stehle\n"
        "Große Kreisstadt Lindau (Bodensee) (D) – Oberbürgermeisterin Sabine Roth\n"
        "Stadt Überlingen (D) – Bürgermeister Jan Zeller\n"
        "Stadt Radolfzell am Bodensee (D) – Oberbürgermeister Martin Kessler\n"
        "Stadt Meersburg (D) – Bürgermeisterin Petra Wald\n"
        "Stadt Singen (Hohentwiel) (D) – Erster Bürgermeister Thomas Brugger\n"
        "Stadt Dornbirn (A) – Bürgermeisterin Eva Fessler\n"
        "Marktgemeinde Hard (A) – Bürgermeister Lukas Hämmerle\n"
        "Marktgemeinde Lustenau (A) – Bürgermeister Florian Bösch\n"
        "Stadt Kreuzlingen (CH) – Stadtpräsident Reto Keller\n"
        "Stadt Romanshorn (CH) – Stadtpräsidentin Nadine Graf\n"
        "Stadt Arbon (CH) – Stadtpräsident Daniel Frei\n"
        "Stadt Rorschach (CH) – Stadtpräsident Beat Hugentobler\n"
        "Stadt St. Gallen (CH) – Stadträtin Claudia Meier\n"
        "Gemeinde Vaduz (FL) – Bürgermeisterin Laura Ospelt",
        "Unterstützt wird die Erklärung vom Land Vorarlberg, vom Kanton Thurgau und vom "
        "Landkreis Konstanz. Weitere Gemeinden können sich über die Geschäftsstelle in "
        "Friedrichshafen anschließen.\n\n"
        "Erklärung als PDF herunterladen (240 KB)\n\n"
        "Teilen\n\n"
        "Das könnte Sie auch interessieren\nUlm und Neu-Ulm starten gemeinsamen Hitzeschutzplan\n"
        "Zürich lädt zur Fachtagung Schwammstadt",
        "Konstanz/DE; Friedrichshafen/DE; Lindau/DE; Überlingen/DE; "
        "Radolfzell am Bodensee|Radolfzell/DE; Meersburg/DE; Singen/DE; Dornbirn/AT; Hard/AT; "
        "Lustenau/AT; Kreuzlingen/CH; Romanshorn/CH; Arbon/CH; Rorschach/CH; St. Gallen/CH; "
        "Vaduz/LI",
        "`Stadt X (D) – Oberbürgermeister Name` lines with vehicle country codes (D, A, CH, "
        "FL) and `Lindau (Bodensee)`, `Singen (Hohentwiel)`; the venue and host Bregenz, "
        "Stuttgart and Thurgau in the text, Vorarlberg, Thurgau and the Landkreis Konstanz "
        "supporters that did not sign, Friedrichshafen also the office, Ulm, Neu-Ulm, Zürich "
        "in related news; Hard a word",
    ),
    Page(
        "en-news-new-members-east-africa-south-asia-running-text-country-groups-mombasa",
        "en",
        "running_text;several_a_line;not_signatory;teasers",
        "Twelve cities from East Africa and South Asia join the network",
        (2025, 9, 18),
        "News | Membership | East Africa | South Asia\n\n"
        "Mombasa, Kenya – Twelve cities were welcomed into the network at its East Africa "
        "and South Asia Regional Summit this week, bringing our membership to more than 230 "
        "cities in 60 countries. The summit was hosted by the County Government of Mombasa "
        "at the Swahili Cultural Centre in the Old Town.",
        "The new members are Eldoret and Garissa (Kenya), Gulu and Mbale (Uganda), Mwanza "
        "and Dodoma (Tanzania), Hawassa and Bahir Dar (Ethiopia), Sylhet and Rajshahi "
        "(Bangladesh), Pokhara (Nepal) and Jaffna (Sri Lanka).",
        "Each of them has named a focal point in the mayor's office and will take part in "
        "the network's peer-learning programme on preventing hate and violent extremism at "
        "the local level.\n\n"
        '"Our youth are not a security problem, they are the solution," said Governor '
        'Hassan Mwinyi of Mombasa, opening the summit. "Cities like ours have learned that '
        "trust between the police, the mosque, the church and the market is built street by "
        'street."\n\n'
        "Mayor Achieng Odhiambo of Garissa said her city would start with a youth council: "
        '"We share a border and a history of displacement. Joining gives us partners who '
        'have lived the same."\n\n'
        "The network's Management Unit, based in London, will support the new members with "
        "a needs assessment in the coming months. The next global summit takes place in "
        "New York in September 2026.\n\n"
        "Share this story\n\n"
        "Related stories\n"
        "Mayors from Nairobi, Kampala and Colombo meet on online hate speech\n"
        "Mosul and Beirut share lessons on social cohesion after conflict\n"
        "How Durban trains community mediators",
        "Eldoret/KE; Garissa/KE; Gulu/UG; Mbale/UG; Mwanza/TZ; Dodoma/TZ; Hawassa/ET; "
        "Bahir Dar/ET; Sylhet/BD; Rajshahi/BD; Pokhara/NP; Jaffna/LK",
        "new members in one sentence, pairs joined by 'and' before their country in "
        "brackets; the host Mombasa, quotes from its governor and a new member's mayor, London "
        "the management unit, New York the next summit, Nairobi, Kampala, Colombo, Mosul, "
        "Beirut, Durban in related stories",
    ),
    Page(
        "ja-kamei-jichitai-todofuken-midashi-kensu-nagano-ken-kamei",
        "ja",
        "several_a_line;region_heading;no_country;body_not_city;not_signatory",
        "会員自治体一覧",
        (2025, 4, 1),
        "ホーム ＞ ネットワークについて ＞ 会員自治体一覧\n\n"
        "本ネットワークは、2050年までに二酸化炭素排出量実質ゼロを目指す自治体が、"
        "政策や事例を共有するための全国ネットワークです。事務局は東京都千代田区に置いています。\n\n"
        "2025年4月1日現在、25の自治体が加盟しています（都道府県別、加盟順）。",
        "北海道（2）\n札幌市、ニセコ町\n\n"
        "宮城県（1）\n仙台市\n\n"
        "東京都（2）\n八王子市、世田谷区\n\n"
        "神奈川県（3）\n横浜市、川崎市、小田原市\n\n"
        "富山県（1）\n富山市\n\n"
        "長野県（3）\n長野県、松本市、上田市\n\n"
        "愛知県（2）\n名古屋市、豊田市\n\n"
        "京都府（2）\n京都市、亀岡市\n\n"
        "大阪府（1）\n堺市\n\n"
        "兵庫県（2）\n神戸市、明石市\n\n"
        "岡山県（1）\n真庭市\n\n"
        "広島県（1）\n広島市\n\n"
        "福岡県（2）\n北九州市、福岡市\n\n"
        "熊本県（1）\n熊本市\n\n"
        "沖縄県（1）\n那覇市",
        "※長野県は県として加盟しています。\n"
        "※加盟を希望される自治体は、事務局までお問い合わせください。\n\n"
        "入会案内（PDF）　会則（PDF）\n\n"
        "関連記事\n静岡市と浜松市がゼロカーボン共同宣言\n"
        "さいたま市で脱炭素先行地域フォーラムを開催",
        "Sapporo/JP; Niseko/JP; Sendai/JP; Hachiōji|Hachioji/JP; Setagaya/JP; Yokohama/JP; "
        "Kawasaki/JP; Odawara/JP; Toyama/JP; Nagano Prefecture|長野県/JP/province; "
        "Matsumoto/JP; Ueda/JP; Nagoya/JP; Toyota/JP; Kyoto/JP; Kameoka/JP; Sakai/JP; Kobe/JP; "
        "Akashi/JP; Maniwa/JP; Hiroshima/JP; Kitakyushu/JP; Fukuoka/JP; Kumamoto/JP; Naha/JP",
        "prefecture headings with counts over members separated by `、`; Nagano Prefecture "
        "a member under its own heading beside its cities, 東京都 and 京都府 headings only; "
        "Tokyo's Chiyoda the secretariat, Shizuoka, Hamamatsu, Saitama in related articles",
    ),
    Page(
        "ko-sinkyu-hoewon-dosi-gaip-nyuseu-do-yakching-si-sejong-chonghoe",
        "ko",
        "running_text;region_before;no_country;not_signatory",
        "건강도시협의회, 신규 회원도시 5곳 가입 승인",
        (2025, 5, 23),
        "홈 > 알림마당 > 보도자료\n\n"
        "대한민국건강도시협의회는 22일 세종특별자치시에서 열린 2025년 정기총회에서 "
        "신규 회원도시 가입 안건을 의결했다고 밝혔다.",
        "이번에 새로 가입한 도시는 경기 화성시, 충남 당진시, 전남 순천시, 경북 포항시, "
        "강원 원주시 등 5곳이다.",
        "이로써 협의회 회원도시는 모두 109곳으로 늘었다. 신규 회원도시들은 세계보건기구"
        "(WHO) 서태평양지역 건강도시연맹 가입도 추진할 계획이다.\n\n"
        '협의회 회장인 김정훈 서울특별시 성동구청장은 "지역 간 건강 격차를 줄이는 데 '
        '회원도시들이 힘을 모으겠다"고 말했다. 내년 정기총회는 전북 전주시에서 열린다.\n\n'
        "공유하기\n\n"
        "관련 기사\n원주시, 걷기 좋은 도시 인증 획득\n부산 해운대구, 고령친화 건강도시 포럼 개최",
        "Hwaseong/KR; Dangjin/KR; Suncheon/KR; Pohang/KR; Wonju/KR",
        "five new member cities `경기 화성시` with shortened province names before them in "
        "one sentence; the venue Sejong, the president's Seongdong-gu in Seoul, the next "
        "venue Jeonju, Haeundae in Busan and Wonju again in related news",
    ),
    Page(
        "id-anggota-apeksi-tabel-no-kota-provinsi-komisariat-wilayah",
        "id",
        "table_tabs;region_heading;region_after;no_country;majority_other_country",
        "Daftar Anggota per Komisariat Wilayah",
        (2025, 1, 15),
        "Beranda / Tentang Kami / Anggota\n\n"
        "Asosiasi beranggotakan seluruh pemerintah kota di Indonesia, yang dikelompokkan ke "
        "dalam komisariat wilayah. Sekretariat Nasional berkedudukan di Jakarta. Halaman ini "
        "menampilkan anggota yang telah memperbarui data profilnya.\n\n"
        "Cari kota ...\nTampilkan: Semua wilayah",
        "Komisariat Wilayah I (Sumatera)\n"
        "No\tKota\tProvinsi\n"
        "1\tKota Banda Aceh\tAceh\n"
        "2\tKota Sabang\tAceh\n"
        "3\tKota Langsa\tAceh\n"
        "4\tKota Lhokseumawe\tAceh\n"
        "5\tKota Medan\tSumatera Utara\n"
        "6\tKota Binjai\tSumatera Utara\n"
        "7\tKota Pematangsiantar\tSumatera Utara\n"
        "8\tKota Tebing Tinggi\tSumatera Utara\n"
        "9\tKota Sibolga\tSumatera Utara\n"
        "10\tKota Padang\tSumatera Barat\n"
        "11\tKota Bukittinggi\tSumatera Barat\n"
        "12\tKota Payakumbuh\tSumatera Barat\n"
        "13\tKota Pekanbaru\tRiau\n"
        "14\tKota Dumai\tRiau\n"
        "15\tKota Batam\tKepulauan Riau\n"
        "16\tKota Tanjungpinang\tKepulauan Riau\n"
        "17\tKota Jambi\tJambi\n"
        "18\tKota Palembang\tSumatera Selatan\n"
        "19\tKota Lubuklinggau\tSumatera Selatan\n"
        "20\tKota Bengkulu\tBengkulu\n"
        "21\tKota Bandar Lampung\tLampung\n"
        "22\tKota Metro\tLampung\n"
        "23\tKota Pangkalpinang\tKepulauan Bangka Belitung\n\n"
        "Komisariat Wilayah III (Jawa bagian barat)\n"
        "No\tKota\tProvinsi\n"
        "24\tKota Bogor\tJawa Barat\n"
        "25\tKota Depok\tJawa Barat\n"
        "26\tKota Bekasi\tJawa Barat\n"
        "27\tKota Bandung\tJawa Barat\n"
        "28\tKota Sukabumi\tJawa Barat\n"
        "29\tKota Cirebon\tJawa Barat\n"
        "30\tKota Tasikmalaya\tJawa Barat\n"
        "31\tKota Serang\tBanten\n"
        "32\tKota Cilegon\tBanten\n"
        "33\tKota Tangerang\tBanten\n"
        "34\tKota Tangerang Selatan\tBanten\n\n"
        "Komisariat Wilayah IV (Jawa bagian tengah dan timur)\n"
        "No\tKota\tProvinsi\n"
        "35\tKota Semarang\tJawa Tengah\n"
        "36\tKota Surakarta\tJawa Tengah\n"
        "37\tKota Salatiga\tJawa Tengah\n"
        "38\tKota Magelang\tJawa Tengah\n"
        "39\tKota Yogyakarta\tDI Yogyakarta\n"
        "40\tKota Surabaya\tJawa Timur\n"
        "41\tKota Malang\tJawa Timur\n"
        "42\tKota Batu\tJawa Timur\n"
        "43\tKota Blitar\tJawa Timur\n"
        "44\tKota Madiun\tJawa Timur\n"
        "45\tKota Probolinggo\tJawa Timur\n\n"
        "Komisariat Wilayah V (Kalimantan)\n"
        "No\tKota\tProvinsi\n"
        "46\tKota Pontianak\tKalimantan Barat\n"
        "47\tKota Singkawang\tKalimantan Barat\n"
        "48\tKota Banjarmasin\tKalimantan Selatan\n"
        "49\tKota Banjarbaru\tKalimantan Selatan\n"
        "50\tKota Balikpapan\tKalimantan Timur\n"
        "51\tKota Samarinda\tKalimantan Timur\n"
        "52\tKota Bontang\tKalimantan Timur\n"
        "53\tKota Tarakan\tKalimantan Utara\n"
        "54\tKota Palangka Raya\tKalimantan Tengah\n\n"
        "Komisariat Wilayah VI (Kawasan Timur Indonesia)\n"
        "No\tKota\tProvinsi\n"
        "55\tKota Makassar\tSulawesi Selatan\n"
        "56\tKota Parepare\tSulawesi Selatan\n"
        "57\tKota Palopo\tSulawesi Selatan\n"
        "58\tKota Manado\tSulawesi Utara\n"
        "59\tKota Bitung\tSulawesi Utara\n"
        "60\tKota Tomohon\tSulawesi Utara\n"
        "61\tKota Kendari\tSulawesi Tenggara\n"
        "62\tKota Baubau\tSulawesi Tenggara\n"
        "63\tKota Palu\tSulawesi Tengah\n"
        "64\tKota Gorontalo\tGorontalo\n"
        "65\tKota Ambon\tMaluku\n"
        "66\tKota Ternate\tMaluku Utara\n"
        "67\tKota Sorong\tPapua Barat Daya\n"
        "68\tKota Jayapura\tPapua\n"
        "69\tKota Mataram\tNusa Tenggara Barat\n"
        "70\tKota Bima\tNusa Tenggara Barat\n"
        "71\tKota Kupang\tNusa Tenggara Timur\n"
        "72\tKota Denpasar\tBali",
        "Menampilkan 72 dari 98 anggota. Data Komisariat Wilayah II sedang diperbarui.\n\n"
        "Unduh daftar lengkap (XLSX)\n\n"
        "Berita terkait\nRakernas ke-18 digelar di Balikpapan\n"
        "Wali kota se-Sumatera bahas sampah plastik di Padang",
        "Banda Aceh/ID; Sabang/ID; Langsa/ID; Lhokseumawe/ID; Medan/ID; Binjai/ID; "
        "Pematangsiantar/ID; Tebing Tinggi/ID; Sibolga/ID; Padang/ID; Bukittinggi/ID; "
        "Payakumbuh/ID; Pekanbaru/ID; Dumai/ID; Batam/ID; Tanjungpinang/ID; Jambi/ID; "
        "Palembang/ID; Lubuklinggau/ID; Bengkulu/ID; Bandar Lampung/ID; Metro/ID; "
        "Pangkalpinang/ID; Bogor/ID; Depok/ID; Bekasi/ID; Bandung/ID; Sukabumi/ID; "
        "Cirebon/ID; Tasikmalaya/ID; Serang/ID; Cilegon/ID; Tangerang/ID; "
        "Tangerang Selatan|South Tangerang/ID; Semarang/ID; Surakarta/ID; Salatiga/ID; "
        "Magelang/ID; Yogyakarta/ID; Surabaya/ID; Malang/ID; Batu/ID; Blitar/ID; Madiun/ID; "
        "Probolinggo/ID; Pontianak/ID; Singkawang/ID; Banjarmasin/ID; Banjarbaru/ID; "
        "Balikpapan/ID; Samarinda/ID; Bontang/ID; Tarakan/ID; Palangka Raya/ID; Makassar/ID; "
        "Parepare/ID; Palopo/ID; Manado/ID; Bitung/ID; Tomohon/ID; Kendari/ID; Baubau/ID; "
        "Palu/ID; Gorontalo/ID; Ambon/ID; Ternate/ID; Sorong/ID; Jayapura/ID; Mataram/ID; "
        "Bima/ID; Kupang/ID; Denpasar/ID",
        "72 `Kota X` rows of a numbered tab table with a province column (Jambi, Bengkulu, "
        "Gorontalo provinces named like their capitals), under regional commissariat "
        "headings with their header row repeated; towns named like words or bigger places "
        "elsewhere (Metro, Batu, Bima, Padang, Serang, Palu); Jakarta the secretariat, "
        "Balikpapan and Padang again in related news",
    ),
    Page(
        "vi-tin-thanh-pho-sang-tao-unesco-ba-thanh-vien-ung-vien-tphcm",
        "vi",
        "running_text;few;no_country;not_signatory",
        "Việt Nam có thêm hai thành phố sáng tạo của UNESCO",
        (2023, 11, 1),
        "Trang chủ / Tin tức / Hợp tác quốc tế\n\n"
        "Ngày 31/10, tại Paris, Tổng Giám đốc UNESCO đã công bố danh sách 55 thành phố mới "
        "gia nhập Mạng lưới các Thành phố Sáng tạo, trong đó có hai thành phố của Việt Nam: "
        "Đà Lạt (lĩnh vực Âm nhạc) và Hội An (lĩnh vực Thủ công và Nghệ thuật dân gian).\n\n"
        "Mạng lưới được thành lập năm 2004, hiện có 350 thành phố ở hơn 100 quốc gia, hoạt "
        "động trong bảy lĩnh vực: thủ công và nghệ thuật dân gian, thiết kế, điện ảnh, ẩm "
        "thực, văn học, nghệ thuật truyền thông và âm nhạc.",
        "Như vậy, Việt Nam hiện có ba thành viên của mạng lưới là Thủ đô Hà Nội (Thiết kế, "
        "2019), thành phố Hội An (2023) và thành phố Đà Lạt (2023).",
        "Phát biểu tại buổi lễ đón nhận, Phó Chủ tịch UBND tỉnh Lâm Đồng cho biết Đà Lạt sẽ "
        "xây dựng quảng trường âm nhạc và hỗ trợ các nghệ sĩ trẻ. Trong khi đó, TP. Hồ Chí "
        "Minh đang hoàn thiện hồ sơ ứng cử trong lĩnh vực Điện ảnh, dự kiến nộp vào năm "
        "2025; Huế cũng đang nghiên cứu khả năng ứng cử.\n\n"
        "Chia sẻ bài viết\n\n"
        "Tin liên quan\nĐà Nẵng đăng cai diễn đàn thành phố thông minh ASEAN\n"
        "Hải Phòng ký kết hợp tác với thành phố kết nghĩa",
        "Hà Nội|Hanoi/VN; Hội An/VN; Đà Lạt/VN",
        "three members in one sentence, `Thủ đô Hà Nội` with its field and year, Đà Lạt and "
        "Hội An also named in the intro; Paris the venue, Lâm Đồng a province, TP. Hồ Chí "
        "Minh and Huế candidates that are not members, Đà Nẵng and Hải Phòng in related news",
    ),
    Page(
        "pl-czlonkowie-stowarzyszenia-tabela-lp-gmina-miejska-wojewodztwo-rok-byli",
        "pl",
        "table_tabs;columns_after;body_not_city;no_country;not_signatory",
        "Członkowie Stowarzyszenia",
        (2025, 2, 12),
        "Strona główna » O nas » Członkowie\n\n"
        "Stowarzyszenie zrzesza gminy, miasta i związki gmin, które realizują lokalną "
        "politykę energetyczną i klimatyczną. Biuro Stowarzyszenia mieści się w Krakowie. "
        "Członkiem może zostać każda jednostka samorządu terytorialnego, która przyjmie "
        "uchwałę o przystąpieniu.\n\n"
        "Aktualna lista członków (stan na 31 stycznia 2025 r.):",
        "Lp.\tCzłonek\tWojewództwo\tRok przystąpienia\n"
        "1.\tGmina Miejska Kraków\tmałopolskie\t1994\n"
        "2.\tMiasto Bielsko-Biała\tśląskie\t1996\n"
        "3.\tGmina Miejska Dzierżoniów\tdolnośląskie\t1996\n"
        "4.\tMiasto Częstochowa\tśląskie\t2002\n"
        "5.\tGmina Miasto Rzeszów\tpodkarpackie\t2003\n"
        "6.\tMiasto Lublin\tlubelskie\t2003\n"
        "7.\tGmina Miasta Toruń\tkujawsko-pomorskie\t2005\n"
        "8.\tGmina Bogatynia\tdolnośląskie\t2007\n"
        "9.\tGmina Niepołomice\tmałopolskie\t2008\n"
        "10.\tGmina Miasto Włocławek\tkujawsko-pomorskie\t2009\n"
        "11.\tGmina Miasto Szczecin\tzachodniopomorskie\t2011\n"
        "12.\tMiasto i Gmina Serock\tmazowieckie\t2012\n"
        "13.\tMiasto Słupsk\tpomorskie\t2013\n"
        "14.\tGmina Miejska Ustka\tpomorskie\t2014\n"
        "15.\tMiasto Gorzów Wielkopolski\tlubuskie\t2016\n"
        "16.\tStowarzyszenie Aglomeracja Opolska\topolskie\t2017\n"
        "17.\tGmina Miejska Kętrzyn\twarmińsko-mazurskie\t2019\n"
        "18.\tMiasto Ełk\twarmińsko-mazurskie\t2020\n"
        "19.\tMiasto Żywiec\tśląskie\t2023",
        "Byli członkowie: Gmina Miasto Elbląg (do 2018 r.), Miasto Zielona Góra (do 2021 r.).\n\n"
        "Jak zostać członkiem? Pobierz wzór uchwały (DOCX)\n\n"
        "Udostępnij\n\n"
        "Aktualności\nGdynia i Sopot wspólnie o efektywności energetycznej budynków\n"
        "Warsztaty dla energetyków gminnych w Katowicach",
        "Kraków/PL; Bielsko-Biała/PL; Dzierżoniów/PL; Częstochowa/PL; Rzeszów/PL; Lublin/PL; "
        "Toruń/PL; Bogatynia/PL; Niepołomice/PL; Włocławek/PL; Szczecin/PL; Serock/PL; "
        "Słupsk/PL; Ustka/PL; Gorzów Wielkopolski/PL; "
        "Stowarzyszenie Aglomeracja Opolska|Aglomeracja Opolska|Opole Agglomeration/PL/"
        "union of municipalities; Kętrzyn/PL; Ełk/PL; Żywiec/PL",
        "a numbered tab table of official names (`Gmina Miejska X`, `Gmina Miasta Toruń`, "
        "`Miasto i Gmina Serock`) with voivodeship and year columns, an association of "
        "municipalities among them; Kraków also the office (a member), former members Elbląg "
        "and Zielona Góra after the table, Gdynia, Sopot, Katowice in news",
    ),
    Page(
        "ru-chleny-assamblei-gorod-tire-strana-nablyudateli-partnery",
        "ru",
        "one_a_line;country_in_language;not_signatory",
        "Члены Ассамблеи",
        (2025, 3, 3),
        "Главная / Об Ассамблее / Члены Ассамблеи\n\n"
        "Ассамблея объединяет столицы и крупные города, которые сотрудничают в области "
        "городского хозяйства, транспорта, культуры и образования. Высший орган Ассамблеи — "
        "Генеральная ассамблея, которая собирается раз в год; очередная сессия прошла в "
        "октябре в Казани.\n\n"
        "Города — члены Ассамблеи:",
        "Москва — Российская Федерация\n"
        "Санкт-Петербург — Российская Федерация\n"
        "Минск — Республика Беларусь\n"
        "Гомель — Республика Беларусь\n"
        "Астана — Республика Казахстан\n"
        "Алматы — Республика Казахстан\n"
        "Шымкент — Республика Казахстан\n"
        "Бишкек — Кыргызская Республика\n"
        "Ош — Кыргызская Республика\n"
        "Ереван — Республика Армения\n"
        "Гюмри — Республика Армения\n"
        "Баку — Азербайджанская Республика\n"
        "Гянджа — Азербайджанская Республика\n"
        "Душанбе — Республика Таджикистан\n"
        "Худжанд — Республика Таджикистан\n"
        "Ташкент — Республика Узбекистан\n"
        "Самарканд — Республика Узбекистан\n"
        "Бухара — Республика Узбекистан\n"
        "Кишинёв — Республика Молдова\n"
        "Бельцы — Республика Молдова\n"
        "Улан-Батор — Монголия\n"
        "Ханой — Социалистическая Республика Вьетнам\n"
        "Белград — Республика Сербия",
        "Наблюдатели:\n"
        "Пекин — Китайская Народная Республика\n"
        "Ашхабад — Туркменистан\n\n"
        "Партнёры Ассамблеи:\n"
        "Международная ассоциация «Породнённые города» (Москва)\n"
        "Союз городов Центральной и Северо-Западной России (Санкт-Петербург)\n\n"
        "Поделиться\n\n"
        "Новости\nВ Казани прошла XXXI сессия Генеральной ассамблеи\n"
        "Новосибирск и Екатеринбург обменялись опытом в сфере общественного транспорта",
        "Moscow/RU; Saint Petersburg/RU; Minsk/BY; Gomel/BY; Astana/KZ; Almaty/KZ; "
        "Shymkent/KZ; Bishkek/KG; Osh/KG; Yerevan/AM; Gyumri/AM; Baku/AZ; Ganja/AZ; "
        "Dushanbe/TJ; Khujand/TJ; Tashkent/UZ; Samarkand/UZ; Bukhara/UZ; Chisinau/MD; "
        "Bălți|Balti/MD; Ulaanbaatar/MN; Hanoi/VN; Belgrade/RS",
        "`Город — official country name in Russian` lines; observers Beijing and Ashgabat "
        "and partners seated in Moscow and St Petersburg after the list are not members, "
        "Kazan the venue, Novosibirsk and Yekaterinburg in news",
    ),
]

"""Hand-written pages, batch r25b: held out from round 25 (branch accr25b), written without reading
the reader or running it, before any change to it for them. Seven statements and seven member
pages in thirteen languages, of networks outside Europe's big languages: a Spanish directory of
70 Latin American members under country headings with counts, each city with its state,
department or province (Córdoba a department in Colombia, Santa Fe both a city and a province, a
metropolitan area of the Aburrá valley); a Portuguese final communiqué of a Lusophone network
admitting new members in running text beside the venue Praia and the outgoing host Maputo;
French signature lines `Mme Name, Maire de la Commune de X (Pays)` of Sahel mayors with people
named Kaya and Dori; an Arabic tab table of member towns with countries and years; Indonesian
province headings over `Kota X, Kota Y, Kabupaten Z`; Japanese new members under prefecture
headings with a secretary-general named 豊田; a Korean tab table of signatories of a declaration
made in Sejong with `제주특별자치도`; an Australian open letter copied from a PDF with page
headers, hyphenation and councillors named Darwin and Nelson; a South Asian members table with
`Municipal Corporation`, `City Corporation`, `Metropolitan City` and `Thromde`; a Swedish appeal
of Barents cities under country headings with Swedish exonyms and suspended Russian partners;
Lithuanian mayors in the genitive `Šiaulių miesto meras` with a district municipality of
Vilnius; Serbian country headings over `Grad`, `Opština`, `Glavni grad`, `Prijestonica X`; a
Slovak memorandum's annex copied from a PDF with a self-governing region; a Russian news item of
three new members. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "es-directorio-latinoamerica-paises-conteo-departamento",
        "es",
        "one_a_line;region_heading;region_after;country_in_language;body_not_city;"
        "not_signatory;columns_after",
        "Directorio de ciudades miembro",
        (2025, 3, 18),
        "Inicio › La Red › Ciudades miembro\n\n"
        "La Red Latinoamericana de Ciudades Sostenibles reúne a 70 gobiernos locales de 12 "
        "países. La Secretaría Técnica tiene su sede en Quito, en el edificio del Centro "
        "Cultural Metropolitano, y la presidencia la ejerce durante 2025 la ciudad de "
        "Medellín.\n\n"
        "Filtrar por país: Todos | México | Colombia | Perú | Chile | Argentina | Ecuador | "
        "Bolivia | Uruguay | Paraguay | Costa Rica | Guatemala | Panamá\n\n"
        "Ordenar: A–Z | Año de ingreso",
        "México (12)\n"
        "Guadalajara, Jalisco · 2012\nZapopan, Jalisco · 2019\nMonterrey, Nuevo León · 2012\n"
        "Puebla, Puebla · 2014\nMérida, Yucatán · 2015\nLeón, Guanajuato · 2016\n"
        "Querétaro, Querétaro · 2016\nOaxaca de Juárez, Oaxaca · 2018\n"
        "Morelia, Michoacán · 2018\nHermosillo, Sonora · 2020\nTijuana, Baja California · 2021\n"
        "Xalapa, Veracruz · 2023\n\n"
        "Colombia (10)\n"
        "Medellín, Antioquia · 2012\nBogotá, D.C. · 2012\nCali, Valle del Cauca · 2013\n"
        "Barranquilla, Atlántico · 2014\nBucaramanga, Santander · 2016\n"
        "Manizales, Caldas · 2017\nPereira, Risaralda · 2017\nPasto, Nariño · 2019\n"
        "Montería, Córdoba · 2021\n"
        "Área Metropolitana del Valle de Aburrá, Antioquia · 2022\n\n"
        "Perú (7)\n"
        "Lima, Lima · 2012\nArequipa, Arequipa · 2013\nTrujillo, La Libertad · 2015\n"
        "Cusco, Cusco · 2016\nPiura, Piura · 2019\nChiclayo, Lambayeque · 2020\n"
        "Huancayo, Junín · 2024\n\n"
        "Chile (8)\n"
        "Providencia, Región Metropolitana · 2013\nValparaíso, Valparaíso · 2013\n"
        "Concepción, Biobío · 2014\nTemuco, La Araucanía · 2017\n"
        "Antofagasta, Antofagasta · 2018\nLa Serena, Coquimbo · 2019\n"
        "Puerto Montt, Los Lagos · 2022\nValdivia, Los Ríos · 2023\n\n"
        "Argentina (10)\n"
        "Rosario, Santa Fe · 2012\nSanta Fe, Santa Fe · 2012\nCórdoba, Córdoba · 2013\n"
        "Mendoza, Mendoza · 2014\nMar del Plata, Buenos Aires · 2015\n"
        "Bahía Blanca, Buenos Aires · 2016\nSan Miguel de Tucumán, Tucumán · 2018\n"
        "Salta, Salta · 2019\nNeuquén, Neuquén · 2021\nResistencia, Chaco · 2024\n\n"
        "Ecuador (6)\n"
        "Cuenca, Azuay · 2012\nGuayaquil, Guayas · 2014\nLoja, Loja · 2017\n"
        "Ambato, Tungurahua · 2019\nManta, Manabí · 2020\nIbarra, Imbabura · 2023\n\n"
        "Bolivia (4)\n"
        "La Paz, La Paz · 2013\nSanta Cruz de la Sierra, Santa Cruz · 2015\n"
        "Sucre, Chuquisaca · 2018\nCochabamba, Cochabamba · 2022\n\n"
        "Uruguay (3)\n"
        "Montevideo, Montevideo · 2012\nSalto, Salto · 2020\nMaldonado, Maldonado · 2021\n\n"
        "Paraguay (3)\n"
        "Asunción, Capital · 2013\nEncarnación, Itapúa · 2019\nVillarrica, Guairá · 2024\n\n"
        "Costa Rica (3)\n"
        "San José, San José · 2014\nHeredia, Heredia · 2018\nCartago, Cartago · 2022\n\n"
        "Guatemala (2)\n"
        "Quetzaltenango, Quetzaltenango · 2016\nAntigua Guatemala, Sacatepéquez · 2021\n\n"
        "Panamá (2)\n"
        "Ciudad de Panamá, Panamá · 2015\nDavid, Chiriquí · 2023",
        "¿Su municipio quiere sumarse a la Red? Escriba a la Secretaría Técnica en Quito.\n\n"
        "Última actualización: marzo de 2025",
        "Guadalajara/MX; Zapopan/MX; Monterrey/MX; Puebla/MX; Mérida/MX; León/MX; "
        "Querétaro/MX; Oaxaca de Juárez/MX; Morelia/MX; Hermosillo/MX; Tijuana/MX; Xalapa/MX; "
        "Medellín/CO; Bogotá/CO; Cali/CO; Barranquilla/CO; Bucaramanga/CO; Manizales/CO; "
        "Pereira/CO; Pasto/CO; Montería/CO; "
        "Área Metropolitana del Valle de Aburrá|Aburrá Valley Metropolitan Area/CO/"
        "metropolitan area; "
        "Lima/PE; Arequipa/PE; Trujillo/PE; Cusco/PE; Piura/PE; Chiclayo/PE; Huancayo/PE; "
        "Providencia/CL; Valparaíso/CL; Concepción/CL; Temuco/CL; Antofagasta/CL; "
        "La Serena/CL; Puerto Montt/CL; Valdivia/CL; "
        "Rosario/AR; Santa Fe/AR; Córdoba/AR; Mendoza/AR; Mar del Plata/AR; Bahía Blanca/AR; "
        "San Miguel de Tucumán/AR; Salta/AR; Neuquén/AR; Resistencia/AR; "
        "Cuenca/EC; Guayaquil/EC; Loja/EC; Ambato/EC; Manta/EC; Ibarra/EC; "
        "La Paz/BO; Santa Cruz de la Sierra/BO; Sucre/BO; Cochabamba/BO; "
        "Montevideo/UY; Salto/UY; Maldonado/UY; Asunción/PY; Encarnación/PY; Villarrica/PY; "
        "San José/CR; Heredia/CR; Cartago/CR; Quetzaltenango/GT; Antigua Guatemala/GT; "
        "Panama City/PA; David/PA",
        "70 members under country headings with counts, `City, State · year` (cities named "
        "like their state; Montería in the Colombian department of Córdoba, Cartago and "
        "Villarrica with namesakes elsewhere), a metropolitan area; Quito the secretariat, a "
        "country filter bar above the list",
    ),
    Page(
        "pt-comunicado-final-lusofonia-novos-membros-praia",
        "pt",
        "running_text;several_a_line;country_in_language;not_signatory",
        "Comunicado Final da XXXIX Assembleia Geral",
        (2024, 11, 22),
        "Início > Atualidade > Comunicados\n\n"
        "Reunida na Cidade da Praia, a convite da Câmara Municipal da Praia, nos dias 20 e 21 "
        "de novembro, a Assembleia Geral da União das Cidades de Língua Portuguesa aprovou "
        "o relatório de atividades e o plano para 2025, e agradeceu ao Conselho Municipal de "
        "Maputo a organização da Assembleia anterior.\n\n"
        "1. A Assembleia reafirmou o compromisso das cidades lusófonas com a Agenda 2030 e "
        "com a Nova Agenda Urbana aprovada em Quito.\n"
        "2. Foi eleita a nova Comissão Executiva, presidida pela Câmara Municipal de Lisboa.\n"
        "3. A Assembleia aprovou a adesão de novos membros efetivos:",
        "os Conselhos Municipais de Quelimane, Nampula e Pemba, em Moçambique; as "
        "Administrações Municipais de Benguela, do Lubango e do Huambo, em Angola; a Câmara "
        "Municipal de Santa Catarina, com sede em Assomada, em Cabo Verde; o Setor Autónomo "
        "de Bafatá, na Guiné-Bissau; e o Município de Baucau, em Timor-Leste.",
        "4. A próxima Assembleia Geral realizar-se-á em Macau, em 2025.\n\n"
        "Cidade da Praia, 21 de novembro de 2024\n\n"
        "Notícias relacionadas\n"
        "Bolsas de formação em Coimbra e Porto: candidaturas abertas\n"
        "Dili acolhe seminário sobre saneamento",
        "Quelimane/MZ; Nampula/MZ; Pemba/MZ; Benguela/AO; Lubango/AO; Huambo/AO; "
        "Assomada/CV; Bafatá/GW; Baucau/TL",
        "new members in one running sentence, groups before `em País` between semicolons, "
        "`do Lubango`, a municipality named after its seat (Santa Catarina, seat Assomada); "
        "Praia the venue, Maputo the previous host, Lisbon the presidency, Quito's agenda, "
        "Macau the next venue, Coimbra, Porto, Dili in teasers",
    ),
    Page(
        "fr-declaration-maires-sahel-commune-de-pays-kaya-dori",
        "fr",
        "one_a_line;person_before;person_named_like_place;country_in_language;not_signatory",
        "Déclaration de Niamey des maires du Sahel et d'Afrique de l'Ouest sur l'eau",
        (2025, 3, 22),
        "Accueil > Actualités > Déclarations\n\n"
        "Réunis à Niamey le 22 mars 2025, Journée mondiale de l'eau, à l'invitation de la "
        "Ville de Niamey, nous, maires des communes signataires, déclarons :\n\n"
        "– que l'accès à l'eau potable et à l'assainissement est la première attente de nos "
        "populations, dans des villes dont la population double tous les quinze ans ;\n"
        "– que les communes doivent disposer des ressources transférées par les lois de "
        "décentralisation ;\n"
        "– que nous demandons à la Conférence des chefs d'État et de gouvernement de la "
        "CEDEAO, réunie à Abuja, de créer un guichet destiné aux collectivités locales.\n\n"
        "Nous saluons l'appui technique de l'Office international de l'eau et du bureau "
        "régional de Dakar.\n\n"
        "Ont signé :",
        "Mme Aminata Kaya, Maire de la Commune de Ziguinchor (Sénégal)\n"
        "M. Alioune Diagne, Maire de la Commune de Saint-Louis (Sénégal)\n"
        "M. Koffi Yao N'Guessan, Maire de la Commune de Bouaké (Côte d'Ivoire)\n"
        "Mme Mariam Soro, Maire de la Commune de Korhogo (Côte d'Ivoire)\n"
        "M. Issa Dori, Maire de la Commune de Bobo-Dioulasso (Burkina Faso)\n"
        "M. Boukary Ouédraogo, Président de la Délégation spéciale de la Commune de "
        "Koudougou (Burkina Faso)\n"
        "M. Seydou Traoré, Maire de la Commune urbaine de Ségou (Mali)\n"
        "Mme Fatoumata Cissé, Maire de la Commune urbaine de Mopti (Mali)\n"
        "M. Abdou Maman Sani, Maire de la Ville de Zinder (Niger)\n"
        "M. Ibrahim Issoufou, Maire de la Ville de Maradi (Niger)\n"
        "M. Rodrigue Agossou, Maire de la Commune de Parakou (Bénin)\n"
        "M. Kossi Tchalla, Maire de la Commune de Tchaoudjo, Sokodé (Togo)\n"
        "M. Sidi Ould Ahmed, Maire de la Commune d'Atar (Mauritanie)",
        "Fait à Niamey, le 22 mars 2025, en un exemplaire original déposé auprès du "
        "secrétariat du réseau à Ouagadougou.\n\n"
        "À lire aussi\n"
        "Lomé et Cotonou lancent un programme commun de gestion des déchets\n"
        "Atelier régional à Bamako sur la finance climat",
        "Ziguinchor/SN; Saint-Louis/SN; Bouaké/CI; Korhogo/CI; Bobo-Dioulasso/BF; "
        "Koudougou/BF; Ségou/ML; Mopti/ML; Zinder/NE; Maradi/NE; Parakou/BJ; Sokodé/TG; "
        "Atar/MR",
        "`Mme Name, Maire de la Commune de X (Pays)` lines, mayors named Kaya and Dori (towns "
        "of Burkina Faso), `Commune de Tchaoudjo, Sokodé`, Saint-Louis in Senegal; Niamey the "
        "venue and host, Abuja the addressee, Dakar and Ouagadougou offices, Lomé, Cotonou, "
        "Bamako in teasers",
    ),
    Page(
        "ar-jadwal-mudun-aadaa-dawla-sana-kuwait",
        "ar",
        "table_tabs;columns_after;country_in_language;not_signatory",
        "المدن الأعضاء في الشبكة",
        (2024, 9, 30),
        "الرئيسية ‹ عن الشبكة ‹ المدن الأعضاء\n\n"
        "تضم شبكة المدن العربية للتراث والسياحة عشرين مدينة من اثني عشر بلداً، وتتخذ "
        "الأمانة العامة من مدينة الكويت مقراً لها. وقد استضافت مدينة الرياض اجتماع المكتب "
        "التنفيذي الأخير.\n\n"
        "جدول المدن الأعضاء حسب تاريخ الانضمام:",
        "المدينة\tالدولة\tسنة الانضمام\n"
        "إربد\tالأردن\t2009\n"
        "الزرقاء\tالأردن\t2011\n"
        "صفاقس\tتونس\t2009\n"
        "سوسة\tتونس\t2010\n"
        "وهران\tالجزائر\t2010\n"
        "قسنطينة\tالجزائر\t2012\n"
        "فاس\tالمغرب\t2009\n"
        "مراكش\tالمغرب\t2011\n"
        "طنجة\tالمغرب\t2015\n"
        "الإسكندرية\tمصر\t2010\n"
        "أسوان\tمصر\t2016\n"
        "صلالة\tسلطنة عُمان\t2013\n"
        "نزوى\tسلطنة عُمان\t2017\n"
        "الشارقة\tالإمارات العربية المتحدة\t2012\n"
        "العين\tالإمارات العربية المتحدة\t2018\n"
        "زحلة\tلبنان\t2014\n"
        "صيدا\tلبنان\t2019\n"
        "نابلس\tفلسطين\t2013\n"
        "الخليل\tفلسطين\t2020\n"
        "أربيل\tالعراق\t2022",
        "للاستفسار عن العضوية يرجى مراسلة الأمانة العامة في الكويت.\n\n"
        "أخبار ذات صلة\n"
        "الدوحة تستضيف ورشة عمل حول إدارة المواقع التاريخية\n"
        "إطلاق دليل السياحة الحضرية في مسقط وبيروت",
        "Irbid/JO; Zarqa/JO; Sfax/TN; Sousse/TN; Oran/DZ; Constantine/DZ; Fes/MA; "
        "Marrakesh/MA; Tangier/MA; Alexandria/EG; Aswan/EG; Salalah/OM; Nizwa/OM; "
        "Sharjah/AE; Al Ain/AE; Zahlé/LB; Sidon/LB; Nablus/PS; Hebron/PS; Erbil/IQ",
        "an Arabic tab table city / country / year, twenty towns with their articles "
        "(`الزرقاء`, `العين`, `الخليل`); Kuwait City the secretariat, Riyadh the last host, "
        "Doha, Muscat, Beirut in teasers",
    ),
    Page(
        "id-jaringan-kota-pusaka-provinsi-kota-kabupaten",
        "id",
        "several_a_line;region_heading;body_not_city;not_signatory;no_country",
        "Daftar Anggota Jaringan Kota Pusaka Indonesia",
        (2025, 1, 15),
        "Beranda / Tentang Kami / Anggota\n\n"
        "Jaringan Kota Pusaka Indonesia adalah wadah kerja sama pemerintah kota dan kabupaten "
        "yang berkomitmen melestarikan warisan budaya. Sekretariat jaringan berada di "
        "Balai Kota Surakarta, yang juga menjadi anggota pendiri. Rapat Kerja Nasional 2024 "
        "diselenggarakan di Yogyakarta.\n\n"
        "Anggota per provinsi (per Desember 2024):",
        "Aceh: Kota Banda Aceh\n"
        "Sumatera Barat: Kota Bukittinggi, Kota Padang\n"
        "Sumatera Selatan: Kota Palembang\n"
        "Jawa Barat: Kota Bogor, Kota Cirebon\n"
        "Jawa Tengah: Kota Surakarta, Kota Semarang, Kota Pekalongan\n"
        "Jawa Timur: Kabupaten Banyuwangi\n"
        "Daerah Istimewa Yogyakarta: Kabupaten Sleman\n"
        "Bali: Kota Denpasar\n"
        "Kalimantan Barat: Kota Pontianak\n"
        "Sulawesi Selatan: Kota Makassar\n"
        "Maluku: Kota Ambon\n"
        "Maluku Utara: Kota Ternate",
        "Pemerintah daerah yang ingin bergabung dapat menghubungi sekretariat di Surakarta.\n\n"
        "Berita Terkait\n"
        "Festival Kota Lama Semarang kembali digelar\n"
        "Kunjungan studi ke Melaka dan George Town",
        "Banda Aceh/ID; Bukittinggi/ID; Padang/ID; Palembang/ID; Bogor/ID; Cirebon/ID; "
        "Surakarta/ID; Semarang/ID; Pekalongan/ID; "
        "Kabupaten Banyuwangi|Banyuwangi Regency/ID/county; "
        "Kabupaten Sleman|Sleman Regency/ID/county; Denpasar/ID; Pontianak/ID; "
        "Makassar/ID; Ambon/ID; Ternate/ID",
        "province headings before a colon over `Kota X, Kota Y` and two regencies `Kabupaten "
        "X`; Surakarta both the secretariat and a member, Yogyakarta the venue (and a "
        "province heading), Melaka and George Town in teasers",
    ),
    Page(
        "ja-shinki-kamei-todofuken-midashi-toyoda",
        "ja",
        "one_a_line;region_heading;person_named_like_place;not_signatory;no_country",
        "新たに8自治体が加盟しました",
        (2025, 4, 10),
        "ホーム ＞ お知らせ ＞ 加盟自治体\n\n"
        "2025年4月1日付で、新たに次の8自治体が本協議会に加盟しました。これにより、加盟"
        "自治体数は国内412となりました。\n\n"
        "会長都市である広島市の市長は「平和の輪が全国に広がることを心強く思う」と歓迎の"
        "言葉を述べました。",
        "【北海道】\n北見市\n帯広市\n\n"
        "【岩手県】\n遠野市\n\n"
        "【長野県】\n松本市\n安曇野市\n\n"
        "【愛知県】\n豊田市\n\n"
        "【福岡県】\n久留米市\n\n"
        "【沖縄県】\n浦添市",
        "加盟自治体の皆様には、8月の総会（長崎市）のご案内を別途お送りします。\n\n"
        "お問い合わせ：事務局長 豊田 健一（広島市国際平和推進部内）\n\n"
        "関連記事\n"
        "那覇市で原爆展を開催しました\n"
        "青森市・秋田市の中学生が平和記念式典に参加",
        "Kitami/JP; Obihiro/JP; Tōno/JP; Matsumoto/JP; Azumino/JP; Toyota/JP; Kurume/JP; Urasoe/JP",
        "new members under `【都道府県】` headings, one `X市` a line; Hiroshima the president "
        "city, Nagasaki the venue, a secretary-general named 豊田 (Toyota, also a member), "
        "Naha, Aomori, Akita in teasers",
    ),
    Page(
        "ko-gongdong-seoneon-pyo-seomyeong-sejong-jeju",
        "ko",
        "table_tabs;numbered;person_after;columns_after;body_not_city;not_signatory;no_country",
        "건강도시 공동선언문 서명 지방정부",
        (2024, 11, 7),
        "홈 > 알림마당 > 보도자료\n\n"
        "대한민국건강도시협의회는 11월 6일 세종특별자치시 정부세종컨벤션센터에서 열린 "
        "정기총회에서 「기후위기 시대 건강도시 공동선언문」을 채택했다. 이날 총회에는 "
        "보건복지부 관계자와 세계보건기구 서태평양지역사무소(마닐라) 전문가가 참석했다.\n\n"
        "선언문은 폭염 취약계층 보호, 걷기 좋은 도시 조성, 지역 보건소 기능 강화 등 "
        "다섯 가지 실천 과제를 담고 있다.\n\n"
        "서명 지방정부 명단",
        "연번\t지방정부\t단체장\t서명일\n"
        "1\t강릉시\t시장 김도윤\t2024.11.6.\n"
        "2\t원주시\t시장 박세진\t2024.11.6.\n"
        "3\t춘천시\t시장 이한결\t2024.11.6.\n"
        "4\t청주시\t시장 정민호\t2024.11.6.\n"
        "5\t천안시\t시장 한지우\t2024.11.6.\n"
        "6\t전주시\t시장 오승연\t2024.11.6.\n"
        "7\t순천시\t시장 윤재혁\t2024.11.6.\n"
        "8\t여수시\t시장 서하린\t2024.11.7.\n"
        "9\t포항시\t시장 최동훈\t2024.11.7.\n"
        "10\t김해시\t시장 강예은\t2024.11.7.\n"
        "11\t제주특별자치도\t도지사 문태오\t2024.11.7.",
        "협의회 사무국(원주시 소재)은 내년 상반기 중 이행 점검 결과를 발표할 예정이다.\n\n"
        "관련 기사\n"
        "수원시, 건강도시 우수사례 공모전 대상 수상\n"
        "부산·대구 보건소 걷기 프로그램 확대",
        "Gangneung/KR; Wonju/KR; Chuncheon/KR; Cheongju/KR; Cheonan/KR; Jeonju/KR; "
        "Suncheon/KR; Yeosu/KR; Pohang/KR; Gimhae/KR; "
        "제주특별자치도|Jeju Province|Jeju-do/KR/region",
        "a numbered tab table body / head / date, a province `제주특별자치도` among cities; "
        "Sejong the venue, Manila the WHO office, Wonju also the secretariat's seat, Suwon, "
        "Busan, Daegu in teasers",
    ),
    Page(
        "en-open-letter-councils-pdf-cr-darwin-nelson",
        "en",
        "one_a_line;person_before;person_named_like_place;broken_lines;not_signatory;state_codes",
        "Open letter to the Prime Minister: fund local climate adaptation now",
        (2025, 2, 3),
        "Home / Media / Open letters\n\n"
        "The letter below was delivered to Parliament House, Canberra, on 3 February 2025. "
        "Download the signed PDF (312 KB).\n\n"
        "OPEN LETTER – LOCAL GOVERNMENTS FOR ADAPTATION\n\n"
        "Dear Prime Minister,\n\n"
        "Councils across Australia and Aotearoa New Zealand are on the front line of floods, "
        "bushfires and heatwaves. Since the 2022 floods that devastated Lismore, we have seen "
        "the cost of recovery fall on ratepayers who can least afford it.\n\n"
        "We call on the Commonwealth to establish a dedicated, long-term adaptation fund for "
        "local government, to be administered in partnership with councils rather than through "
        "competitive grants.\n\n"
        "Local Governments for Adaptation – Open Letter                      Page 1 of 2\n\n"
        "Yours sincerely,",
        "Cr Hannah Darwin, Mayor, City of Fremantle (WA)\n"
        "Cr Louise Hartnett, Lord Mayor, Hobart City Council (TAS)\n"
        "Cr Gemma Atherton, Lord Mayor, City of Newcastle (NSW)\n"
        "Cr Peter Ashdown, Lord Mayor, Wollongong City Coun-\ncil (NSW)\n"
        "Cr Fiona Kettle, Mayor, City of Ballarat (VIC)\n"
        "Cr Simon Larkin, Mayor, City of Greater Bendigo (VIC)\n\n"
        "Local Governments for Adaptation – Open Letter                      Page 2 of 2\n\n"
        "Cr Liam Costigan, Mayor, City of Townsville (QLD)\n"
        "Cr Rachel Moffat, Mayor, Cairns Regional Council (QLD)\n"
        "Cr Owen Tillotson, Mayor, City of Launceston (TAS)\n"
        "Mayor Paul Nelson, Alice Springs Town Council (NT)\n"
        "Mayor Kirsty Halloran, Palmerston North City Council (NZ)\n"
        "Mayor Callum Rutherford, Dunedin City Council (NZ)",
        "Coordinated by the Local Governments for Adaptation secretariat, Level 4, 120 "
        "Spencer Street, Melbourne VIC 3000.\n\n"
        "Related news\n"
        "Albany and Geraldton councils share heat-mapping tools\n"
        "Brisbane to host national adaptation forum in June",
        "Fremantle/AU; Hobart/AU; Newcastle/AU; Wollongong/AU; Ballarat/AU; Bendigo/AU; "
        "Townsville/AU; Cairns/AU; Launceston/AU; Alice Springs/AU; Palmerston North/NZ; "
        "Dunedin/NZ",
        "signatures copied from a PDF: `Cr Name, Mayor, City of X (STATE)`, running page "
        "footers between them, `Coun-/cil` hyphenated; councillors named Darwin and Nelson; "
        "Canberra the addressee, Lismore in the body, Melbourne the secretariat, Albany, "
        "Geraldton, Brisbane in teasers",
    ),
    Page(
        "en-south-asia-members-table-corporation-thromde",
        "en",
        "table_tabs;columns_after;body_not_city;not_signatory",
        "Member cities – South Asia",
        (2024, 8, 12),
        "Home › Regions › South Asia › Members\n\n"
        "The South Asia Secretariat, hosted in New Delhi, supports 22 member local governments "
        "in six countries on climate resilience, sanitation and urban health. Members marked "
        "Lead are part of the Resilient Coasts cohort coordinated from Colombo.\n\n"
        "Download the member list (XLSX)",
        "Member\tCountry\tPopulation\tMember since\tProgramme\n"
        "Greater Chennai Corporation\tIndia\t7,088,000\t2011\tResilient Coasts (Lead)\n"
        "Pune Municipal Corporation\tIndia\t3,124,458\t2012\tUrban Health\n"
        "Rajkot Municipal Corporation\tIndia\t1,390,640\t2014\tLow Carbon\n"
        "Kochi Municipal Corporation\tIndia\t677,381\t2015\tResilient Coasts\n"
        "Bhubaneswar Municipal Corporation\tIndia\t837,737\t2016\tUrban Health\n"
        "Coimbatore City Municipal Corporation\tIndia\t1,601,438\t2017\tLow Carbon\n"
        "Thiruvananthapuram Municipal Corporation\tIndia\t957,730\t2018\tResilient Coasts\n"
        "Shimla Municipal Corporation\tIndia\t169,578\t2018\tMountain Cities\n"
        "Gangtok Municipal Corporation\tIndia\t100,286\t2020\tMountain Cities\n"
        "Guwahati Municipal Corporation\tIndia\t962,334\t2021\tUrban Health\n"
        "Indore Municipal Corporation\tIndia\t1,994,397\t2022\tLow Carbon\n"
        "Rajshahi City Corporation\tBangladesh\t763,952\t2013\tUrban Health\n"
        "Khulna City Corporation\tBangladesh\t718,735\t2015\tResilient Coasts (Lead)\n"
        "Sylhet City Corporation\tBangladesh\t532,426\t2019\tLow Carbon\n"
        "Narayanganj City Corporation\tBangladesh\t967,951\t2023\tUrban Health\n"
        "Kathmandu Metropolitan City\tNepal\t845,767\t2012\tUrban Health\n"
        "Pokhara Metropolitan City\tNepal\t518,452\t2016\tMountain Cities\n"
        "Lalitpur Metropolitan City\tNepal\t294,098\t2019\tMountain Cities\n"
        "Dhulikhel Municipality\tNepal\t33,322\t2024\tMountain Cities\n"
        "Galle Municipal Council\tSri Lanka\t93,118\t2017\tResilient Coasts\n"
        "Thimphu Thromde\tBhutan\t114,551\t2020\tMountain Cities\n"
        "Malé City Council\tMaldives\t211,908\t2021\tResilient Coasts (Lead)",
        "Population: latest census figure reported by the member.\n\n"
        "Related\n"
        "Jaffna and Kandy join the sanitation peer-learning exchange\n"
        "Workshop in Dhaka on early warning for cyclones",
        "Chennai/IN; Pune/IN; Rajkot/IN; Kochi/IN; Bhubaneswar/IN; Coimbatore/IN; "
        "Thiruvananthapuram/IN; Shimla/IN; Gangtok/IN; Guwahati/IN; Indore/IN; "
        "Rajshahi/BD; Khulna/BD; Sylhet/BD; Narayanganj/BD; Kathmandu/NP; Pokhara/NP; "
        "Lalitpur/NP; Dhulikhel/NP; Galle/LK; Thimphu/BT; Malé/MV",
        "a tab table member / country / population / year / programme: `Municipal "
        "Corporation`, `City Corporation`, `Metropolitan City`, `Thromde`, `City Council`; "
        "New Delhi the secretariat, Colombo the coordinator, Jaffna, Kandy, Dhaka in teasers",
    ),
    Page(
        "sv-upprop-barentsstader-landrubriker-exonymer-ryska",
        "sv",
        "one_a_line;region_heading;country_in_language;body_not_city;not_signatory;inflected",
        "Upprop från Barentsregionens städer: säkra tågförbindelserna i norr",
        (2025, 5, 20),
        "Start > Nyheter > Upprop\n\n"
        "Vid Barentsforumet i Kiruna den 19–20 maj antog medlemsstäderna ett gemensamt upprop "
        "till regeringarna i Stockholm, Oslo och Helsingfors om att bygga ut järnvägen "
        "mellan Nordkalotten och kusten. Värd för forumet var Kiruna kommun, som just nu "
        "flyttar sin stadskärna.\n\n"
        "Samarbetet med de ryska medlemsstäderna Murmansk och Archangelsk är sedan 2022 "
        "avbrutet, och de har inte undertecknat uppropet.\n\n"
        "Uppropet har undertecknats av:",
        "Sverige\nUmeå kommun\nLuleå kommun\nSkellefteå kommun\nRegion Västerbotten\n\n"
        "Norge\nTromsø kommune\nBodø kommune\nAlta kommune\n\n"
        "Finland\nUleåborgs stad\nVasa stad\nRovaniemi stad\n\n"
        "Island\nAkureyrarbær",
        "Kontakt: sekretariatet, Storgatan 12, Luleå.\n\n"
        "Läs också\n"
        "Narvik och Kiruna planerar gemensam godsterminal\n"
        "Nattåget till Trondheim läggs ner i höst",
        "Umeå/SE; Luleå/SE; Skellefteå/SE; Region Västerbotten|Västerbotten/SE/region; "
        "Tromsø/NO; Bodø/NO; Alta/NO; Oulu/FI; Vaasa/FI; Rovaniemi/FI; Akureyri/IS",
        "country headings in Swedish over `X kommun`, `X kommune`, Swedish exonyms "
        "`Uleåborgs stad`, `Vasa stad`, Icelandic `Akureyrarbær`, a region; Kiruna the venue "
        "and host, Stockholm, Oslo, Helsinki the addressees, Murmansk and Arkhangelsk the "
        "suspended partners who did not sign, Luleå (a signatory) the secretariat, Narvik, "
        "Trondheim in teasers",
    ),
    Page(
        "lt-kreipimasis-merai-kilmininkas-rajono-savivaldybe",
        "lt",
        "one_a_line;inflected;person_before;body_not_city;not_signatory;country_in_language",
        "Baltijos jūros miestų merų kreipimasis dėl Baltijos jūros apsaugos",
        (2024, 10, 3),
        "Pradžia > Naujienos > Pareiškimai\n\n"
        "Palangoje vykusioje Baltijos miestų sąjungos komisijų sesijoje merai priėmė "
        "kreipimąsi į Europos Komisiją Briuselyje. Jame raginama skirti daugiau lėšų "
        "nuotekų valymui ir jūros dugne likusių šaudmenų šalinimui, kaip numatyta Helsinkio "
        "konvencijoje.\n\n"
        "„Baltijos jūra yra mūsų bendri namai“, – sakė sesijos šeimininkė, Palangos miesto "
        "savivaldybės merė.\n\n"
        "Kreipimąsi pasirašė:",
        "Rokas Grybauskas, Vilniaus miesto meras\n"
        "Dalia Šimkutė, Kauno miesto merė\n"
        "Arvydas Petrauskas, Klaipėdos miesto meras\n"
        "Tomas Žukauskas, Šiaulių miesto meras\n"
        "Ingrida Vaitkienė, Panevėžio miesto merė\n"
        "Jonas Kairys, Vilniaus rajono savivaldybės meras\n"
        "Mārtiņš Ozols, Rygos miesto meras (Latvija)\n"
        "Ilze Bērziņa, Liepojos miesto merė (Latvija)\n"
        "Kadri Tamm, Talino miesto merė (Estija)\n"
        "Urmas Lepik, Tartu miesto meras (Estija)\n"
        "Magdalena Nowicka, Gdansko miesto prezidentė (Lenkija)\n"
        "Erik Lindqvist, Kalmaro savivaldybės tarybos pirmininkas (Švedija)",
        "Kreipimasis bus įteiktas Europos Komisijos narei per Baltijos jūros dieną "
        "Stokholme.\n\n"
        "Susiję straipsniai\n"
        "Turku ir Tartu keičiasi patirtimi dėl dviračių takų\n"
        "Jaunimo forumas Rostoke",
        "Vilnius/LT; Kaunas/LT; Klaipėda/LT; Šiauliai/LT; Panevėžys/LT; "
        "Vilniaus rajono savivaldybė|Vilnius District Municipality/LT/county; Riga/LV; "
        "Liepāja/LV; Tallinn/EE; Tartu/EE; Gdańsk/PL; Kalmar/SE",
        "`Name, X miesto meras` lines with cities in the genitive (`Šiaulių`, `Rygos`, "
        "`Talino`, `Gdansko`, `Kalmaro`) and countries in Lithuanian, the district "
        "municipality of Vilnius beside the city; Palanga the venue and host (`Palangoje`), "
        "Brussels the addressee (`Briuselyje`), the Helsinki convention, Stockholm, Turku, "
        "Rostock in teasers",
    ),
    Page(
        "sr-novi-clanovi-drzave-grad-opstina-prijestonica",
        "sr",
        "one_a_line;region_heading;country_in_language;not_signatory;person_before",
        "Mreža pozdravlja 14 novih članica iz regiona",
        (2024, 6, 27),
        "Početna / Vesti / Mreža\n\n"
        "Na sednici Skupštine održanoj u Sarajevu, delegati su jednoglasno usvojili odluku o "
        "prijemu četrnaest novih članica. Mreža time okuplja 96 lokalnih samouprava iz "
        "šest zemalja Zapadnog Balkana. Sekretarijat mreže nalazi se u Skoplju, a "
        "predsedavanje je preuzeo gradonačelnik Sombora.\n\n"
        "Nove članice mreže su:",
        "Srbija\nGrad Novi Sad\nGrad Kragujevac\nGrad Subotica\nGrad Čačak\n\n"
        "Bosna i Hercegovina\nGrad Banja Luka\nGrad Tuzla\nGrad Mostar\nOpćina Tešanj\n\n"
        "Crna Gora\nGlavni grad Podgorica\nOpština Nikšić\nPrijestonica Cetinje\n\n"
        "Severna Makedonija\nOpština Bitola\nOpština Ohrid\n\n"
        "Albanija\nOpština Skadar (Bashkia Shkodër)",
        "Sledeća sednica Skupštine biće održana u Tirani u proleće 2025. godine.\n\n"
        "Povezane vesti\n"
        "Niš i Zenica potpisali sporazum o saradnji\n"
        "Radionica o energetskoj efikasnosti u Budvi",
        "Novi Sad/RS; Kragujevac/RS; Subotica/RS; Čačak/RS; Banja Luka/BA; Tuzla/BA; "
        "Mostar/BA; Tešanj/BA; Podgorica/ME; Nikšić/ME; Cetinje/ME; Bitola/MK; Ohrid/MK; "
        "Shkodër/AL",
        "country headings in Serbian over `Grad X`, `Opština X`, `Općina X`, `Glavni grad "
        "Podgorica`, `Prijestonica Cetinje`, the Serbian exonym `Skadar` with the Albanian "
        "name; Sarajevo the venue, Skopje the secretariat (`u Skoplju`), Sombor the chair "
        "(genitive), Tirana the next venue, Niš, Zenica, Budva in teasers",
    ),
    Page(
        "sk-memorandum-priloha-pdf-signatari-kraj",
        "sk",
        "one_a_line;region_after;country_in_language;body_not_city;broken_lines;not_signatory",
        "Memorandum o spolupráci stredoeurópskych miest v oblasti zelenej mobility",
        (2024, 9, 16),
        "Domov > Aktuality > Dokumenty\n\n"
        "Memorandum podpísali zástupcovia miest a jedného samosprávneho kraja na konferencii "
        "v Bratislave, ktorú zorganizovalo hlavné mesto SR Bratislava v rámci Európskeho "
        "týždňa mobility. Plné znenie memoranda nájdete v prílohe (PDF).\n\n"
        "Memorandum_zelena_mobilita_2024.pdf\n\n"
        "– 4 –\n\n"
        "Príloha č. 1\n"
        "Zoznam signatárov memoranda",
        "Mesto Banská Bystrica (Slovenská republika)\n"
        "Mesto Žilina (Slovenská republika)\n"
        "Mesto Nitra (Slovenská republika)\n"
        "Mesto Trenčín (Slovenská republika)\n"
        "Trnavský samosprávny kraj (Slovenská re-\npublika)\n"
        "Statutárne mesto Olomouc (Česká republika)\n"
        "Statutárne mesto Zlín (Česká republika)\n"
        "\n– 5 –\n\n"
        "Győr Megyei Jogú Város (Maďarsko)\n"
        "Miskolc Megyei Jogú Város (Maďarsko)\n"
        "Mesto Bielsko-Biała (Poľská republika)\n"
        "Mesto Rzeszów (Poľská republika)",
        "Memorandum nadobúda platnosť dňom podpisu. Koordinátorom spolupráce je Mesto Košice.\n\n"
        "Súvisiace články\n"
        "Brno a Viedeň predstavili nové električky\n"
        "Prešov spúšťa zdieľané bicykle",
        "Banská Bystrica/SK; Žilina/SK; Nitra/SK; Trenčín/SK; "
        "Trnavský samosprávny kraj|Trnava Region/SK/region; Olomouc/CZ; Zlín/CZ; Győr/HU; "
        "Miskolc/HU; Bielsko-Biała/PL; Rzeszów/PL",
        "an annex copied from a PDF: page numbers `– 5 –` between entries, `re-/publika` "
        "hyphenated, `Mesto X (Štát)`, Hungarian `Megyei Jogú Város`, a self-governing region "
        "named after Trnava; Bratislava the venue and host, Košice the coordinator, Brno, "
        "Vienna, Prešov in teasers",
    ),
    Page(
        "ru-tri-novyh-chlena-centralnaya-aziya-tashkent",
        "ru",
        "running_text;few;country_in_language;not_signatory",
        "В сеть приняты три новых города Центральной Азии",
        (2025, 4, 24),
        "Главная / Новости / Сеть\n\n"
        "На заседании Совета сети, прошедшем 23 апреля в Ташкенте, были рассмотрены заявки "
        "городов на вступление. Принимающей стороной выступил хокимият города Ташкента.",
        "Членами сети стали Туркестан (Казахстан), Ош (Кыргызстан) и Худжанд (Таджикистан).",
        "Секретариат сети, расположенный в Алматы, направит новым членам план работы на "
        "2025–2026 годы. «Мы рады, что сеть растёт», – отметила председатель Совета, "
        "представитель города Самарканда.\n\n"
        "Читайте также\n"
        "Бишкек и Душанбе обсудили общественный транспорт\n"
        "Семинар по водосбережению в Бухаре",
        "Turkistan/KZ; Osh/KG; Khujand/TJ",
        "three new members in one sentence with the country in brackets after each; "
        "Tashkent the venue and host (`в Ташкенте`, `города Ташкента`), Almaty the "
        "secretariat, Samarkand the chair, Bishkek, Dushanbe, Bukhara in teasers",
    ),
]

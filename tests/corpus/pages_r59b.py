"""Batch r59b: 14 pages as city networks outside Western Europe publish them, one language
each: an English compact's `Name, Mayor, City, ST` lines across the US and Canada with mayors
named Madison, Austin, Dallas and Helena and Savannah, GA; a Spanish members' directory
flattened to tabs (`Alcaldía de`, `Municipio de`, `Intendencia de`, `Municipalidad de` with
department or state and country columns, a metropolitan area); Brazilian Portuguese news of
five municipalities joining with state codes, a host city, a venue named like a town and a
spokeswoman named Mariana Lages; French `Pour la Commune de X (Pays)` signature blocks from
West Africa with a region; Arabic members under country headings with a governorate and a
union of municipalities; a Russian PDF copy with hyphenation, running headers naming the venue
and genitives `Акимат города Караганды`; Turkish signatory lines with `Büyükşehir Belediye
Başkanı`, unions of municipalities and a special provincial administration, a mayor named
Aydın; Indonesian running text with `dan`, a regency and a host; Vietnamese member cards with
countries and exonyms in Vietnamese; Persian news of five cities joining with `و`; a Japanese
list of 70 cities under prefecture headings with `、`; a Korean PDF table with page headers and
provinces; Traditional Chinese signature blocks of city and county governments; Swahili running
text with `na`, `Jiji la`, `Manispaa ya` and a county. Networks, statements and people are
invented, the places real; written without reading the reader or running it."""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r59b-heat-compact-mayors-state-codes",
        "en",
        "one_a_line;state_codes;no_country;person_before;person_named_like_place;"
        "region_like_country;not_signatory",
        "North American Mayors' Compact on Extreme Heat: Signatories",
        (2025, 7, 14),
        "The North American Mayors' Compact on Extreme Heat was opened for signature at the "
        "Summer Resilience Forum in Tucson, AZ, hosted by the Desert Cities Alliance. By signing, "
        "mayors commit to appoint a heat officer, map cooling centers within a ten-minute walk of "
        "every resident and publish a heat action plan before the 2027 season.\n\n"
        '"Heat is now the deadliest weather hazard on this continent," said '
        "Lorraine Vasquez-Hale, the Alliance's executive director, who moderated the "
        'signing session. "These mayors are '
        'not waiting for the next record summer."\n\n'
        "Signatories (in order of signature):",
        "Renata Okafor, Mayor, Albuquerque, NM\n"
        "Madison Greer, Mayor, Boise, ID\n"
        "Denise Halvorsen, Mayor, Spokane, WA\n"
        "Austin Pellerin, Mayor, Halifax, NS\n"
        "Carla Montoya-Reyes, Mayor, El Paso, TX\n"
        "Trevor Lindqvist, Mayor, Saskatoon, SK\n"
        "Helena Marchetti, Mayor, Providence, RI\n"
        "Gideon Ashby, Mayor, Savannah, GA\n"
        "Priya Raman-Holt, Mayor, Ann Arbor, MI\n"
        "Louis Beaulieu, Maire, Gatineau, QC\n"
        "Marcus Delacroix, Mayor-President, Baton Rouge, LA\n"
        "Kendra Voss, Mayor, Fort Collins, CO\n"
        "Dallas Kimura, Mayor, Honolulu, HI\n"
        "Shirin Haddad, Mayor, Dearborn, MI\n"
        "Owen McAllister, Mayor, Kelowna, BC\n"
        "Beatriz Salcedo, Mayor, Las Cruces, NM\n"
        "Nathaniel Brooks, Mayor, Durham, NC\n"
        "Francine Tremblay-Ouellet, Mairesse, Sherbrooke, QC",
        "The compact remains open to any mayor in the United States, Canada or Mexico. To add "
        "your city, write to the Alliance secretariat in Denver, CO. A Spanish version for "
        "municipalities in Mexico will follow in the autumn.",
        "Albuquerque/US; Boise/US; Spokane/US; Halifax/CA; El Paso/US; Saskatoon/CA; "
        "Providence/US; Savannah/US; Ann Arbor/US; Gatineau/CA; Baton Rouge/US; "
        "Fort Collins/US; Honolulu/US; Dearborn/US; Kelowna/CA; Las Cruces/US; Durham/US; "
        "Sherbrooke/CA",
        note="`Name, Mayor, City, ST` lines of US and Canadian mayors; mayors named Madison, "
        "Austin, Helena, Dallas; Savannah, GA; Tucson (host), Denver (secretariat) not signatories",
    ),
    Page(
        "es-r59b-directorio-gobiernos-locales-tabla-tabs",
        "es",
        "table_tabs;columns_after;region_after;country_in_language;body_not_city",
        "Directorio de miembros de la Red Latinoamericana de Ciudades por el Agua",
        (2025, 3, 22),
        "La Red Latinoamericana de Ciudades por el Agua reúne a gobiernos locales que se "
        "comprometen a proteger sus cuencas, reducir las pérdidas en sus redes de distribución "
        "y compartir datos abiertos sobre la calidad del agua. La secretaría técnica tiene su "
        "sede en Ciudad de Panamá.\n\n"
        "Consulte a continuación el directorio actualizado de gobiernos locales miembros:",
        "Gobierno local\tDepartamento / Estado / Provincia\tPaís\tAño de adhesión\n"
        "Alcaldía de Medellín\tAntioquia\tColombia\t2018\n"
        "Área Metropolitana del Valle de Aburrá\tAntioquia\tColombia\t2019\n"
        "Alcaldía de Bucaramanga\tSantander\tColombia\t2020\n"
        "Alcaldía de Santiago de Cali\tValle del Cauca\tColombia\t2021\n"
        "Alcaldía de Pereira\tRisaralda\tColombia\t2023\n"
        "Municipio de Zapopan\tJalisco\tMéxico\t2018\n"
        "Municipio de Mérida\tYucatán\tMéxico\t2019\n"
        "Alcaldía Iztapalapa\tCiudad de México\tMéxico\t2020\n"
        "Municipio de León\tGuanajuato\tMéxico\t2022\n"
        "Municipio de Hermosillo\tSonora\tMéxico\t2024\n"
        "Intendencia de Montevideo\tMontevideo\tUruguay\t2018\n"
        "Intendencia de Rivera\tRivera\tUruguay\t2022\n"
        "Municipalidad de Rosario\tSanta Fe\tArgentina\t2018\n"
        "Municipalidad de Córdoba\tCórdoba\tArgentina\t2019\n"
        "Municipalidad de la Ciudad de Mendoza\tMendoza\tArgentina\t2021\n"
        "Municipalidad Provincial de Trujillo\tLa Libertad\tPerú\t2020\n"
        "Municipalidad Provincial de Arequipa\tArequipa\tPerú\t2023\n"
        "Municipalidad de Valparaíso\tValparaíso\tChile\t2019\n"
        "Municipalidad de Temuco\tAraucanía\tChile\t2024\n"
        "GAD Municipal de Cuenca\tAzuay\tEcuador\t2018\n"
        "Municipio del Distrito Metropolitano de Quito\tPichincha\tEcuador\t2021\n"
        "Municipalidad de San José\tSan José\tCosta Rica\t2022\n"
        "Gobierno Autónomo Municipal de Santa Cruz de la Sierra\tSanta Cruz\tBolivia\t2024",
        "¿Su municipio quiere sumarse a la Red? Escríbanos a la secretaría técnica. Las "
        "solicitudes se revisan en la asamblea anual, que en 2025 se celebrará en Asunción.",
        "Medellín/CO; Área Metropolitana del Valle de Aburrá|Aburrá Valley Metropolitan Area/CO/"
        "metropolitan area; Bucaramanga/CO; Cali|Santiago de Cali/CO; Pereira/CO; Zapopan/MX; "
        "Mérida/MX; Iztapalapa/MX; León|León de los Aldama/MX; Hermosillo/MX; Montevideo/UY; "
        "Rivera/UY; Rosario/AR; Córdoba/AR; Mendoza/AR; Trujillo/PE; Arequipa/PE; "
        "Valparaíso/CL; Temuco/CL; Cuenca/EC; Quito/EC; San José/CR; "
        "Santa Cruz de la Sierra/BO",
        note="a tab table of local governments with department, country and year columns; "
        "a metropolitan area; Panama City (secretariat) and Asunción (assembly) not members",
    ),
    Page(
        "pt-r59b-noticia-novos-municipios-guaira-uf",
        "pt",
        "running_text;state_codes;no_country;not_signatory;person_named_like_place",
        "Rede Cidades Caminháveis recebe cinco novos municípios em Curitiba",
        (2025, 9, 18),
        "A Rede Brasileira de Cidades Caminháveis ganhou cinco novos integrantes nesta "
        "quinta-feira, durante o 4º Encontro Nacional de Mobilidade a Pé, realizado no Teatro "
        "Guaíra, em Curitiba (PR). A capital paranaense, anfitriã do encontro, integra a rede "
        "desde a sua fundação.",
        "Assinaram o termo de adesão as prefeituras de Londrina (PR), Juiz de Fora (MG), "
        "Caruaru (PE), Palmas (TO) e Petrolina (PE), que passam a compartilhar indicadores de "
        "calçadas, travessias e segurança de pedestres com os demais membros.",
        '"Cidade caminhável não é luxo, é política de saúde pública", afirmou a coordenadora '
        "nacional da rede, Mariana Lages, que lembrou as experiências de Fortaleza e Recife na "
        "redução de atropelamentos. Com as novas adesões, a rede passa a reunir 47 municípios. "
        "O próximo encontro será em Belo Horizonte, em 2026.",
        "Londrina/BR; Juiz de Fora/BR; Caruaru/BR; Palmas/BR; Petrolina/BR",
        note="five new members in one sentence with `(UF)` and `e`; Curitiba (host), the venue "
        "Teatro Guaíra (Guaíra is a town), a coordinator named Mariana Lages, Fortaleza, Recife, "
        "Belo Horizonte not new members",
    ),
    Page(
        "fr-r59b-afrique-blocs-pour-la-commune",
        "fr",
        "one_a_line;country_in_language;person_after;not_signatory;body_not_city",
        "Déclaration des maires d'Afrique de l'Ouest sur l'eau et l'assainissement",
        (2025, 11, 6),
        "Réunis à Abidjan à l'occasion du Forum ouest-africain des villes durables, les élus "
        "locaux soussignés s'engagent à garantir l'accès de tous les habitants à l'eau potable, "
        "à réhabiliter les réseaux d'assainissement des quartiers précaires et à associer les "
        "comités de quartier à la gestion des bornes-fontaines.\n\n"
        "Fait à Abidjan, le 6 novembre 2025, en douze exemplaires originaux.",
        "Pour la Ville de Saint-Louis (Sénégal)\nLa Maire\nAminata Ndiaye-Sow\n\n"
        "Pour la Commune de Ziguinchor (Sénégal)\nLe Maire\nOusmane Badji-Mendy\n\n"
        "Pour la Région de Thiès (Sénégal)\nLe Président du Conseil régional\n"
        "Abdoulaye Faye-Diouf\n\n"
        "Pour la Commune urbaine de Mopti (Mali)\nLe Maire\nBakary Sidibé-Coulibaly\n\n"
        "Pour la Commune de Bobo-Dioulasso (Burkina Faso)\nLe Maire\nIssouf Ouédraogo-Sanou\n\n"
        "Pour la Commune de Bouaké (Côte d'Ivoire)\nLe Maire\nKouassi Yao-N'Guessan\n\n"
        "Pour la Ville de Porto-Novo (Bénin)\nLe Maire\nRomaric Houngbédji-Adjovi\n\n"
        "Pour la Commune urbaine de Maradi (Niger)\nLe Maire\nHabibou Issoufou-Garba\n\n"
        "Pour la Communauté urbaine de Garoua (Cameroun)\nLe Maire de la Ville\n"
        "Hamadou Bello-Aboubakar\n\n"
        "Pour la Commune urbaine de Kindia (Guinée)\nLe Maire\nFatoumata Camara-Soumah",
        "En présence de M. Jean-Marc Kouadio-Lath, directeur du Forum, et de la représentante "
        "du ministère de l'Hydraulique. Le secrétariat de la Déclaration est assuré par "
        "l'Association des villes sahéliennes, dont le siège est à Ouagadougou.",
        "Saint-Louis/SN; Ziguinchor/SN; Région de Thiès|Thiès Region/SN/region; Mopti/ML; "
        "Bobo-Dioulasso/BF; Bouaké/CI; Porto-Novo/BJ; Maradi/NE; Garoua/CM; Kindia/GN",
        note="`Pour la Commune de X (Pays)` blocks over title and name; the Région de Thiès; "
        "Abidjan (venue) and Ouagadougou (secretariat) not signatories",
    ),
    Page(
        "ar-r59b-members-country-headings-arabic-script",
        "ar",
        "one_a_line;region_heading;country_in_language;body_not_city;not_signatory",
        "الأعضاء: شبكة المدن العربية للتراث الحي",
        (2025, 4, 9),
        "تضم شبكة المدن العربية للتراث الحي بلديات وجماعات محلية تعمل على صون المدن العتيقة "
        "وإحياء الحرف التقليدية وتشجيع السياحة المسؤولة. يقع مقر الأمانة العامة للشبكة في "
        "مدينة الرباط، وتعقد الشبكة جمعيتها العامة مرة كل سنتين.\n\n"
        "قائمة الأعضاء حسب البلد:",
        "المغرب\n"
        "جماعة طنجة\n"
        "جماعة أكادير\n"
        "جماعة شفشاون\n"
        "جماعة وجدة\n\n"
        "تونس\n"
        "بلدية صفاقس\n"
        "بلدية سوسة\n"
        "بلدية بنزرت\n\n"
        "مصر\n"
        "محافظة الإسكندرية\n"
        "مدينة الأقصر\n\n"
        "الأردن\n"
        "بلدية إربد الكبرى\n"
        "بلدية الزرقاء\n\n"
        "لبنان\n"
        "بلدية صيدا\n"
        "بلدية جبيل\n"
        "اتحاد بلديات الفيحاء\n\n"
        "فلسطين\n"
        "بلدية نابلس\n"
        "بلدية الخليل",
        "للانضمام إلى الشبكة، يرجى مراسلة الأمانة العامة في الرباط. تنعقد الجمعية العامة "
        "القادمة في مدينة القيروان في ربيع 2026.",
        "Tangier/MA; Agadir/MA; Chefchaouen/MA; Oujda/MA; Sfax/TN; Sousse/TN; Bizerte/TN; "
        "محافظة الإسكندرية|Alexandria Governorate/EG/province; Luxor/EG; Irbid/JO; Zarqa/JO; "
        "Sidon/LB; Byblos|Jbeil/LB; اتحاد بلديات الفيحاء|Al-Fayhaa Union of Municipalities/LB/"
        "union of municipalities; Nablus/PS; Hebron/PS",
        note="Arabic-script members under Arabic country headings; a governorate and a union "
        "of municipalities; Rabat (secretariat) and Kairouan (next assembly) not members",
    ),
    Page(
        "ru-r59b-pdf-kolontituly-akimat-goroda",
        "ru",
        "numbered;inflected;broken_lines;country_in_language;not_signatory",
        "Душанбинская декларация мэров о чистом воздухе",
        (2025, 10, 2),
        "Мы, руководители городов Центральной Азии и Южного Кавказа, собравшиеся в Душанбе на "
        "Форуме городов за чистый воздух, признаём, что загрязнение воздуха является главной "
        "экологической угрозой здоровью наших жителей, и берём на себя обязательство до 2030 "
        "года перевести общественный транспорт на чистые виды топлива, расширить сеть станций "
        "мониторинга и публиковать их данные в открытом доступе.\n\n"
        "Декларацию подписали:",
        "1. Акимат города Алматы (Казахстан) — аким Ерлан Жаксыбеков-\n"
        "Нурланов\n"
        "2. Акимат города Шымкента (Казахстан) — заместитель акима Айгерим Сат-\n"
        "паева\n"
        "3. Акимат города Караганды (Казахстан) — аким Марат Ибраев\n"
        "4. Акимат города Усть-Ка-\n"
        "меногорска (Казахстан) — аким Дмитрий Ковальчук\n"
        "5. Акимат города Павлодара (Казахстан) — аким Асхат Бекенов\n"
        "6. Акимат города Актобе (Казахстан) — аким Гульнара Утепова\n\n"
        "Душанбинская декларация мэров о чистом воздухе                    стр. 2 из 3\n\n"
        "7. Мэрия города Бишкек (Кыргызстан) — мэр Нурбек Асанов\n"
        "8. Мэрия города Оша (Кыргызстан) — мэр Бакыт Жумабаев\n"
        "9. Хокимият города Самарканда (Узбекистан) — хоким Шухрат Рах-\n"
        "матуллаев\n"
        "10. Хокимият города Бухары (Узбекистан) — хоким Фарход Назаров\n"
        "11. Хокимият города Намангана (Узбекистан) — заместитель хокима Дилноза Юсупова\n"
        "12. Председатель города Худжанда (Таджикистан) — Саидбек Рахимзода\n"
        "13. Мэрия общины Гюмри (Армения) — мэр Арман Саргсян-Петросян",
        "Форум городов за чистый воздух, Душанбе, 1–2 октября 2025 г.            стр. 3 из 3\n\n"
        "Секретариат декларации: Центральноазиатский центр городской экологии, г. Ташкент. "
        "Города, желающие присоединиться, могут направить письмо о присоединении в секретариат.",
        "Almaty/KZ; Shymkent/KZ; Karagandy|Karaganda/KZ; Ust-Kamenogorsk|Oskemen/KZ; "
        "Pavlodar/KZ; Aktobe/KZ; Bishkek/KG; Osh/KG; Samarkand/UZ; Bukhara/UZ; Namangan/UZ; "
        "Khujand/TJ; Gyumri/AM",
        note="a PDF copy: numbered `Акимат города X` in the genitive, words hyphenated at line "
        "ends, running headers naming Dushanbe (the venue); Tashkent (secretariat) not a signatory",
    ),
    Page(
        "tr-r59b-imza-satirlari-belediyeler-birligi",
        "tr",
        "one_a_line;person_before;body_not_city;person_named_like_place;not_signatory;inflected",
        "Sıfır Atık Kentler Bildirgesi'ni 12 yerel yönetim imzaladı",
        (2025, 5, 27),
        "Türkiye Sürdürülebilir Kentler Ağı'nın İzmir'de düzenlenen yıllık toplantısında kabul "
        "edilen Sıfır Atık Kentler Bildirgesi, evsel atıkların 2030 yılına kadar yarıya "
        "indirilmesini, kompost tesislerinin yaygınlaştırılmasını ve belediye binalarında tek "
        "kullanımlık plastiklerin kaldırılmasını öngörüyor. Toplantıya ev sahipliği yapan "
        "İzmir'in bildirgeyi önümüzdeki ay meclis kararıyla imzalaması bekleniyor.\n\n"
        "Bildirgeyi imzalayanlar:",
        "Aydın Korkmaz, Eskişehir Büyükşehir Belediye Başkanı\n"
        "Gülşen Bolu, Nilüfer Belediye Başkanı\n"
        "Tuncay Erdem, İzmit Belediye Başkanı\n"
        "Sevgi Karaca, Marmara Belediyeler Birliği Genel Sekreteri\n"
        "Halil İbrahim Aksoy, Antalya Büyükşehir Belediye Başkan Vekili\n"
        "Zeynep Ergin, Çanakkale Belediye Başkanı\n"
        "Murat Şahin, Gaziantep Büyükşehir Belediyesi Genel Sekreteri\n"
        "Elif Demirtaş, Muğla Büyükşehir Belediye Başkanı\n"
        "Orhan Yılmazer, Trabzon Büyükşehir Belediye Başkanı\n"
        "Nermin Çakır, Tarihi Kentler Birliği Başkanı\n"
        "Kemal Sezgin, Bilecik İl Özel İdaresi Genel Sekreteri\n"
        "Ayşe Nur Tekin, Karşıyaka Belediye Başkanı",
        "Ağın sözcüsü Deniz Manisalı, \"Aydın'dan Kars'a kadar her ölçekten belediyeyi bu "
        'bildirgenin etrafında toplamak istiyoruz" dedi. Bir sonraki toplantı 2026 baharında '
        "Konya'da yapılacak.",
        "Eskişehir/TR; Nilüfer/TR; İzmit|Izmit/TR; "
        "Marmara Belediyeler Birliği|Union of Marmara Municipalities/TR/union of municipalities; "
        "Antalya/TR; Çanakkale/TR; Gaziantep/TR; Muğla/TR; Trabzon/TR; "
        "Tarihi Kentler Birliği|Union of Historical Towns/TR/union of municipalities; "
        "Bilecik İl Özel İdaresi|Bilecik Province/TR/province; Karşıyaka/TR",
        note="`Name, X Büyükşehir Belediye Başkanı` lines; two unions of municipalities and a "
        "special provincial administration; a mayor named Aydın; İzmir (host, not yet signed), "
        "Aydın and Kars in a quote, Konya (next meeting) not signatories",
    ),
    Page(
        "id-r59b-paragraf-wali-kota-bupati-dan",
        "id",
        "running_text;person_before;no_country;not_signatory;body_not_city",
        "Delapan Daerah Tandatangani Piagam Kota Ramah Pesepeda",
        (2025, 8, 20),
        "Jaringan Kota Hijau Nusantara menggelar Pertemuan Tahunan 2025 di Gedung Sate, Bandung, "
        "pada Selasa (19/8). Dalam pertemuan tersebut, delapan kepala daerah menandatangani "
        "Piagam Kota Ramah Pesepeda yang berisi komitmen membangun jalur sepeda terproteksi "
        "sepanjang minimal 50 kilometer dan menyediakan parkir sepeda di setiap stasiun dan "
        "terminal.",
        "Piagam tersebut ditandatangani oleh Wali Kota Surabaya, Wali Kota Semarang, Wali Kota "
        "Makassar, Wali Kota Balikpapan, Bupati Banyuwangi, Wali Kota Pekanbaru, Wakil Wali "
        "Kota Ambon, dan Wali Kota Denpasar.",
        '"Bandung sebagai tuan rumah bangga dapat memfasilitasi komitmen ini," ujar Sekretaris '
        "Daerah Kota Bandung, Rina Kusumawardani, dalam sambutannya. Sementara itu, Koordinator "
        "Jaringan, Agus Prasetyo, menyebut Yogyakarta dan Malang tengah menyiapkan "
        "penandatanganan pada akhir tahun.",
        "Surabaya/ID; Semarang/ID; Makassar/ID; Balikpapan/ID; "
        "Kabupaten Banyuwangi|Banyuwangi Regency/ID/county; Pekanbaru/ID; Ambon/ID; Denpasar/ID",
        note="`Wali Kota X, ..., dan Wali Kota Y` in one sentence; a regency "
        "(`Bupati Banyuwangi`); Bandung (host and venue), Yogyakarta and Malang "
        "(preparing) not signatories",
    ),
    Page(
        "vi-r59b-the-thanh-vien-dong-nam-a",
        "vi",
        "one_a_line;country_in_language;columns_after",
        "Thành viên Mạng lưới Đô thị Xanh Mê Kông – Đông Nam Á",
        (2025, 2, 12),
        "Mạng lưới Đô thị Xanh Mê Kông – Đông Nam Á kết nối chính quyền các thành phố trong khu "
        "vực nhằm trao đổi kinh nghiệm về quy hoạch xanh, quản lý nước và giao thông công cộng. "
        "Dưới đây là danh sách các thành viên hiện tại.\n\n"
        "Lọc theo quốc gia: Tất cả",
        "Thành phố Hải Phòng\nViệt Nam\nThành viên từ 2017\nXem hồ sơ\n\n"
        "Thành phố Cần Thơ\nViệt Nam\nThành viên từ 2017\nXem hồ sơ\n\n"
        "Thành phố Huế\nViệt Nam\nThành viên từ 2019\nXem hồ sơ\n\n"
        "Thành phố Đà Lạt\nViệt Nam\nThành viên từ 2021\nXem hồ sơ\n\n"
        "Thành phố Quy Nhơn\nViệt Nam\nThành viên từ 2023\nXem hồ sơ\n\n"
        "Thủ đô Viêng Chăn\nLào\nThành viên từ 2018\nXem hồ sơ\n\n"
        "Thành phố Luông Pha Băng\nLào\nThành viên từ 2020\nXem hồ sơ\n\n"
        "Thủ đô Phnôm Pênh\nCampuchia\nThành viên từ 2017\nXem hồ sơ\n\n"
        "Thành phố Xiêm Riệp\nCampuchia\nThành viên từ 2022\nXem hồ sơ\n\n"
        "Thành phố Chiềng Mai\nThái Lan\nThành viên từ 2018\nXem hồ sơ\n\n"
        "Thành phố Pattaya\nThái Lan\nThành viên từ 2024\nXem hồ sơ\n\n"
        "Thành phố Yangon\nMyanmar\nThành viên từ 2019\nXem hồ sơ\n\n"
        "Thành phố Cebu\nPhilippines\nThành viên từ 2021\nXem hồ sơ\n\n"
        "Thành phố George Town\nMalaysia\nThành viên từ 2020\nXem hồ sơ",
        "Hiển thị 14 trên 14 thành viên.\n\nVăn phòng điều phối: Thành phố Hồ Chí Minh, Việt Nam.",
        "Haiphong|Hải Phòng/VN; Cần Thơ/VN; Huế/VN; Ðà Lạt|Da Lat/VN; Qui Nhon|Quy Nhơn/VN; "
        "Vientiane/LA; Luang Prabang/LA; Phnom Penh/KH; Siem Reap/KH; Chiang Mai/TH; "
        "Pattaya/TH; Yangon/MM; Cebu City|Cebu/PH; George Town/MY",
        note="member cards flattened four lines each: city, country in Vietnamese, year, "
        "`Xem hồ sơ`; Vietnamese exonyms Viêng Chăn, Phnôm Pênh, Chiềng Mai; Ho Chi Minh City "
        "(coordination office) not a member",
    ),
    Page(
        "fa-r59b-khabar-payvastan-panj-shahr",
        "fa",
        "running_text;no_country;not_signatory",
        "پنج شهر به شبکه شهرهای دوستدار کودک پیوستند",
        (2025, 6, 11),
        "در نشست سالانه شبکه شهرهای دوستدار کودک که روز گذشته به میزبانی شهرداری اصفهان در "
        "عمارت چهلستون برگزار شد، تفاهم‌نامه عضویت پنج شهر جدید به امضا رسید. بر اساس این "
        "تفاهم‌نامه، شهرهای عضو متعهد می‌شوند فضاهای بازی ایمن در همه محله‌ها ایجاد کنند و "
        "نظر کودکان را در طرح‌های شهری بپرسند.",
        "با این امضا، شهرداری‌های رشت، یزد، کرمانشاه، بندرعباس و زنجان به جمع اعضای شبکه پیوستند.",
        "دبیر شبکه، نسرین افشارپور، در این نشست گفت: «تجربه تبریز و شیراز نشان داد که "
        "شهرداری‌ها می‌توانند با هزینه‌ای اندک محله‌هایی امن‌تر برای کودکان بسازند.» با "
        "عضویت این پنج شهر، شمار اعضای شبکه به ۲۳ شهر رسید. نشست بعدی شبکه سال آینده در مشهد "
        "برگزار خواهد شد.",
        "Rasht/IR; Yazd/IR; Kermanshah/IR; Bandar Abbas/IR; Zanjan/IR",
        note="five new members in one Persian sentence with `،` and `و`; Isfahan (host), "
        "Tabriz and Shiraz (in a quote), Mashhad (next meeting) not new members",
    ),
    Page(
        "ja-r59b-todofuken-midashi-70-shi",
        "ja",
        "several_a_line;region_heading;no_country;not_signatory",
        "「歩いて楽しいまちづくり宣言」賛同自治体一覧",
        (2025, 12, 1),
        "「歩いて楽しいまちづくり宣言」は、まちなかを車中心から人中心の空間へと転換し、"
        "誰もが安心して歩ける都市をめざす自治体の宣言です。2023年に長岡市で開催された全国"
        "まちなか再生フォーラムで採択され、現在、全国70の市が賛同しています。\n\n"
        "賛同自治体（都道府県別、2025年12月1日現在）",
        "【北海道】\n札幌市、旭川市、函館市\n\n"
        "【青森県】\n青森市、八戸市\n\n"
        "【岩手県】\n盛岡市\n\n"
        "【宮城県】\n仙台市\n\n"
        "【秋田県】\n秋田市\n\n"
        "【山形県】\n山形市\n\n"
        "【福島県】\n福島市、郡山市、いわき市\n\n"
        "【茨城県】\n水戸市、つくば市\n\n"
        "【栃木県】\n宇都宮市\n\n"
        "【群馬県】\n前橋市、高崎市\n\n"
        "【埼玉県】\nさいたま市、川越市\n\n"
        "【千葉県】\n千葉市、船橋市、柏市\n\n"
        "【東京都】\n八王子市、町田市\n\n"
        "【神奈川県】\n横浜市、川崎市、相模原市\n\n"
        "【新潟県】\n新潟市\n\n"
        "【富山県】\n富山市\n\n"
        "【石川県】\n金沢市\n\n"
        "【福井県】\n福井市\n\n"
        "【山梨県】\n甲府市\n\n"
        "【長野県】\n長野市、松本市\n\n"
        "【岐阜県】\n岐阜市\n\n"
        "【静岡県】\n静岡市、浜松市\n\n"
        "【愛知県】\n名古屋市、豊田市、岡崎市\n\n"
        "【三重県】\n津市、四日市市\n\n"
        "【滋賀県】\n大津市\n\n"
        "【京都府】\n京都市\n\n"
        "【大阪府】\n大阪市\n\n"
        "【兵庫県】\n神戸市、姫路市\n\n"
        "【奈良県】\n奈良市\n\n"
        "【和歌山県】\n和歌山市\n\n"
        "【鳥取県】\n鳥取市\n\n"
        "【島根県】\n松江市\n\n"
        "【岡山県】\n岡山市、倉敷市\n\n"
        "【広島県】\n広島市、福山市\n\n"
        "【山口県】\n山口市\n\n"
        "【徳島県】\n徳島市\n\n"
        "【香川県】\n高松市\n\n"
        "【愛媛県】\n松山市\n\n"
        "【高知県】\n高知市\n\n"
        "【福岡県】\n北九州市、福岡市、久留米市\n\n"
        "【佐賀県】\n佐賀市\n\n"
        "【長崎県】\n長崎市\n\n"
        "【熊本県】\n熊本市\n\n"
        "【大分県】\n大分市\n\n"
        "【宮崎県】\n宮崎市\n\n"
        "【鹿児島県】\n鹿児島市\n\n"
        "【沖縄県】\n那覇市",
        "※東京都特別区については、特別区長会として別途協力協定を締結しています。\n\n"
        "事務局：まちなか再生ネットワーク（東京都千代田区）\n"
        "次回フォーラムは2026年秋に弘前市で開催予定です。",
        "Sapporo/JP; Asahikawa/JP; Hakodate/JP; Aomori/JP; Hachinohe/JP; Morioka/JP; "
        "Sendai/JP; Akita/JP; Yamagata/JP; Fukushima/JP; Kōriyama|Koriyama/JP; Iwaki/JP; "
        "Mito/JP; Tsukuba/JP; Utsunomiya/JP; Maebashi/JP; Takasaki/JP; Saitama/JP; "
        "Kawagoe/JP; Chiba/JP; Funabashi/JP; Kashiwa/JP; Hachiōji|Hachioji/JP; "
        "Machida/JP; Yokohama/JP; Kawasaki/JP; Sagamihara/JP; Niigata/JP; Toyama/JP; "
        "Kanazawa/JP; Fukui|Fukui-shi/JP; Kofu|Kōfu/JP; Nagano/JP; Matsumoto/JP; "
        "Gifu/JP; Shizuoka/JP; Hamamatsu/JP; Nagoya/JP; Toyota/JP; Okazaki/JP; Tsu/JP; "
        "Yokkaichi/JP; Ōtsu|Otsu/JP; Kyoto/JP; Osaka/JP; Kobe/JP; Himeji/JP; "
        "Nara|Nara-shi/JP; Wakayama/JP; Tottori|Tottori-shi/JP; Matsue/JP; Okayama/JP; "
        "Kurashiki/JP; Hiroshima/JP; Fukuyama/JP; Yamaguchi/JP; Tokushima/JP; "
        "Takamatsu/JP; Matsuyama/JP; Kochi|Kōchi/JP; Kitakyushu/JP; Fukuoka/JP; "
        "Kurume/JP; Saga/JP; Nagasaki/JP; Kumamoto/JP; Ōita|Oita/JP; Miyazaki/JP; "
        "Kagoshima/JP; Naha/JP",
        note="70 cities under prefecture headings `【北海道】`, several a line with `、`; "
        "Nagaoka (where it was adopted), Hirosaki (next forum), Tokyo's Chiyoda (secretariat) "
        "and the special wards (a separate agreement) not signatories",
    ),
    Page(
        "ko-r59b-pdf-seomyeong-hyeonhwang-page-headers",
        "ko",
        "numbered;columns_after;person_after;body_not_city;not_signatory;no_country",
        "탄소중립 도시 공동선언 서명 현황",
        (2025, 4, 18),
        "탄소중립 도시 공동선언은 2025년 4월 3일 광주 김대중컨벤션센터에서 열린 '기후위기 대응 "
        "지방정부 정상회의'에서 발표되었습니다. 서명 지방정부는 2040년까지 공공건물 에너지 "
        "자립률 50% 달성, 대중교통 전면 전기화, 도시숲 확대를 함께 추진합니다.\n\n"
        "아래는 선언문 부속서(PDF)의 서명 현황을 옮긴 것입니다.",
        "[부속서] 탄소중립 도시 공동선언 서명 현황                                - 1 -\n\n"
        "연번   지방정부            단체장               서명일\n"
        "1      대전광역시          시장 최민준          2025. 4. 3.\n"
        "2      울산광역시          시장 정하은          2025. 4. 3.\n"
        "3      세종특별자치시      시장 한도윤          2025. 4. 3.\n"
        "4      경기도              도지사 오세린        2025. 4. 3.\n"
        "5      청주시              시장 배준서          2025. 4. 3.\n"
        "6      천안시              시장 문지아          2025. 4. 4.\n"
        "7      전주시              시장 송태윤          2025. 4. 4.\n"
        "8      포항시              부시장 임하준        2025. 4. 4.\n"
        "9      김해시              시장 노예린          2025. 4. 7.\n"
        "10     창원특례시          시장 권도현          2025. 4. 7.\n\n"
        "[부속서] 탄소중립 도시 공동선언 서명 현황                                - 2 -\n\n"
        "연번   지방정부            단체장               서명일\n"
        "11     춘천시              시장 유시온          2025. 4. 8.\n"
        "12     원주시              시장 황보민재        2025. 4. 8.\n"
        "13     강릉시              시장 남궁서아        2025. 4. 9.\n"
        "14     제주특별자치도      도지사 고은결        2025. 4. 10.\n"
        "15     여수시              시장 조하람          2025. 4. 11.\n"
        "16     순천시              시장 서윤호          2025. 4. 11.",
        "※ 개최 도시인 광주광역시는 시의회 동의 절차를 거쳐 추후 서명할 예정입니다.\n\n"
        "문의: 기후위기 대응 지방정부 협의회 사무국(서울특별시 중구)",
        "Daejeon/KR; Ulsan/KR; Sejong/KR; 경기도|Gyeonggi Province|Gyeonggi-do/KR/province; "
        "Cheongju|Cheongju-si/KR; Cheonan/KR; Jeonju/KR; Pohang/KR; Gimhae|Kimhae/KR; "
        "Changwon/KR; Chuncheon/KR; Wonju|Wŏnju/KR; Gangneung/KR; "
        "제주특별자치도|Jeju Special Self-Governing Province|Jeju-do/KR/province; Yeosu/KR; "
        "Suncheon/KR",
        note="a PDF annex table aligned with spaces: number, local government, head with title, "
        "date; repeated page headers with page numbers; two provinces; Gwangju (host, not yet "
        "signed) and Seoul (secretariat) not signatories",
    ),
    Page(
        "zh-tw-r59b-qianshu-fangkuai-shi-xian-zhengfu",
        "zh-tw",
        "one_a_line;person_after;body_not_city;not_signatory;no_country",
        "臺灣城市淨零轉型共同宣言",
        (2025, 10, 24),
        "我們，以下簽署之直轄市及縣市政府首長，齊聚嘉義市舉行之「2025臺灣城市氣候論壇」，"
        "體認氣候變遷對城市居民生命財產之威脅，承諾於2030年前完成轄內公有建築太陽光電設置、"
        "推動公共運輸電動化，並每年公開溫室氣體盤查結果。\n\n"
        "特此宣言。\n\n"
        "簽署機關及代表人：",
        "臺北市政府\n市長　林佳蓉\n\n"
        "新北市政府\n市長　陳建宏\n\n"
        "桃園市政府\n副市長　張雅婷\n\n"
        "臺中市政府\n市長　黃志偉\n\n"
        "臺南市政府\n市長　吳淑芬\n\n"
        "高雄市政府\n市長　蔡明哲\n\n"
        "新竹市政府\n市長　許庭瑜\n\n"
        "基隆市政府\n市長　鄭凱文\n\n"
        "宜蘭縣政府\n縣長　游美玲\n\n"
        "花蓮縣政府\n縣長　賴俊傑\n\n"
        "屏東縣政府\n縣長　周雅雯",
        "見證人：論壇主辦單位 社團法人臺灣城市永續發展協會 理事長 謝文彬\n\n秘書處：嘉義市東區",
        "Taipei/TW; New Taipei City|New Taipei/TW; Taoyuan/TW; Taichung/TW; Tainan/TW; "
        "Kaohsiung/TW; Hsinchu/TW; Keelung/TW; 宜蘭縣|Yilan County/TW/county; "
        "花蓮縣|Hualien County/TW/county; 屏東縣|Pingtung County/TW/county",
        note="signature blocks `X市政府` / `市長　Name` with three county governments "
        "`X縣政府` / `縣長`; Chiayi (venue and secretariat) not a signatory; a witness",
    ),
    Page(
        "sw-r59b-tamko-halmashauri-jiji-na",
        "sw",
        "running_text;country_in_language;body_not_city;not_signatory",
        "Miji tisa yasaini Azimio la Usafiri Endelevu wa Afrika Mashariki",
        (2025, 3, 5),
        "Viongozi wa serikali za mitaa kutoka nchi nne za Afrika Mashariki wamesaini Azimio la "
        "Usafiri Endelevu katika mkutano wa siku mbili uliofanyika jijini Arusha, katika ukumbi "
        "wa Kituo cha Mikutano cha Kimataifa. Azimio linazitaka halmashauri kujenga njia salama "
        "za waenda kwa miguu na baiskeli, na kuboresha usafiri wa umma kwa mabasi yaendayo haraka.",
        "Azimio hilo limesainiwa na Halmashauri ya Jiji la Dar es Salaam, Halmashauri ya Jiji "
        "la Mwanza, Manispaa ya Moshi, Manispaa ya Iringa na Baraza la Manispaa ya Zanzibar "
        "(Tanzania); Serikali ya Kaunti ya Kisumu na Jiji la Nakuru (Kenya); Mamlaka ya Jiji la "
        "Kampala (Uganda); pamoja na Jiji la Kigali (Rwanda).",
        "Akizungumza katika ufunguzi wa mkutano, Meya wa Jiji la Arusha, Bi. Neema Lyimo, "
        'alisema: "Miji yetu inakua kwa kasi kuliko barabara zetu. Tunahitaji kuwapa wananchi '
        'njia mbadala." Mkutano ujao utafanyika mjini Dodoma mwaka 2026.',
        "Dar es Salaam/TZ; Mwanza/TZ; Moshi/TZ; Iringa/TZ; Zanzibar/TZ; "
        "Kaunti ya Kisumu|Kisumu County/KE/county; Nakuru/KE; Kampala/UG; Kigali/RW",
        note="one sentence of `Halmashauri ya Jiji la X`, `Manispaa ya X` with `na` and countries "
        "in Swahili after each group; Kisumu County; Arusha (venue, its mayor quoted) and Dodoma "
        "(next meeting) not signatories",
    ),
]

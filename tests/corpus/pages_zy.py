"""Hand-written pages, batch zy: held out from rounds 23 and 24 (branch acczy), written without
reading the reader or running it, before any change to it for them. Seven statements and seven
member pages in fourteen languages, most of them ones the corpus has few pages of, from networks
of Europe, Latin America, Africa, Asia, North America and the Middle East: a Basque declaration
signed at a venue with `Name, Azkoitiko alkatea` lines, a mayor named Bilbao and towns that will
only vote on joining; Galician new members in running text beside the president's city and a
pending request; a Hebrew open letter of `Name, ראש עיריית X` lines with a mayor named אילת and a
copy to Tel Aviv; an Arabic members table by country where عمّان (Amman) and عُمان (Oman) differ
by their vowels; a Vietnamese numbered list of `UBND thành phố X (tỉnh Y) – Name` with a
province, a signer named Vinh and an observer; Korean members under province headings between
middle dots; Spanish three-line signature blocks with official country names and signers named
Mendoza and Concepción; Mozambican `Conselho Municipal da Cidade de X` under province headings
named like their towns; a French numbered tab table of Sahel communes and a regional council;
a North American directory table of cities, counties and a regional district with states and
provinces (Georgia, Kansas City in Kansas, Portland in Maine); Russian new members in running
text with countries after pairs and an observer in the dative; a Bulgarian open letter naming
resorts that are parts of signing municipalities; a Slovenian table of `Mestna občina X` with a
bilingual Koper and a mayor named Kranjc; Latvian plural genitives `Liepājas, Ventspils un
Jūrmalas valstspilsētu` with the venue `Salacgrīvā`. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "eu-adierazpena-alkateak-durangon",
        "eu",
        "one_a_line;person_before;inflected;person_named_like_place;not_signatory;no_country",
        "Udalerri euskaldunen Durangoko adierazpena: euskara, herrigintzaren ardatz",
        (2024, 12, 9),
        "Hasiera > Albisteak > Adierazpenak\n\n"
        "Udalerri euskaldunetako hautetsiek adierazpen bateratua sinatu dute larunbatean "
        "Durangon, Liburu eta Disko Azokaren atarian. Durangoko Udalak eman zien harrera "
        "udaletxeko pleno aretoan. Testua Eusko Legebiltzarrari eta Nafarroako Parlamentuari "
        "helaraziko zaie datorren astean, Gasteizen eta Iruñean.\n\n"
        "Adierazpenak dioenez, «euskara ez da gure herrietan hizkuntza bat gehiago: bizitza "
        "osoa euskaraz egiteko aukera da, eta aukera hori zaintzea udalon ardura da». "
        "Sinatzaileek hiru konpromiso hartu dituzte:\n\n"
        "1. Udal zerbitzu guztiak euskaraz bermatzea, ahoz zein idatziz.\n"
        "2. Etxebizitza eta hirigintza planen hizkuntza eragina aztertzea onartu aurretik.\n"
        "3. Haur eta gazteen aisialdia euskaraz antolatzen duten elkarteei babes iraunkorra "
        "ematea.\n\n"
        "Sinatzaileak:",
        "Iñaki Zubizarreta Etxeberria, Azkoitiko alkatea\n"
        "Maialen Goikoetxea Urkiola, Lekeitioko alkatea\n"
        "Jon Arrizabalaga Uriarte, Ondarroako alkatea\n"
        "Nerea Iturbe Lasa, Hernaniko alkatea\n"
        "Xabier Mendizabal Aranburu, Tolosako alkatea\n"
        "Amaia Bilbao Zabala, Bermeoko alkatea\n"
        "Joseba Lasarte Goñi, Leitzako alkatea\n"
        "Idoia Azpiazu Elorza, Oñatiko alkateordea, alkatearen izenean",
        "Arrasateko eta Azpeitiko udalek datorren hileko osoko bilkuran eztabaidatuko dute "
        "adierazpenari atxikitzea.\n\n"
        "Adierazpen osoa (PDF, 180 KB)",
        "Azkoitia/ES; Lekeitio/ES; Ondarroa/ES; Hernani/ES; Tolosa/ES; Bermeo/ES; Leitza/ES; "
        "Oñati/ES",
        "`Name, Xko alkatea` lines (Basque genitives), a mayor named Bilbao; Durango the venue "
        "and host, Gasteiz and Iruñea the addressees' seats, Arrasate and Azpeitia only to vote "
        "on joining",
    ),
    Page(
        "gl-novos-concellos-rede-saudable",
        "gl",
        "running_text;not_signatory;no_country;teasers",
        "A Rede Galega de Concellos Saudables incorpora catro novos municipios",
        (2025, 3, 14),
        "Inicio > Actualidade > Novas\n\n"
        "A asemblea xeral da rede, reunida o venres no Pazo de Raxoi, en Santiago de "
        "Compostela, aprobou por unanimidade as solicitudes de adhesión presentadas durante o "
        "segundo semestre do ano pasado.",
        "Os concellos de Ribadeo, Monforte de Lemos, O Porriño e Verín pasan así a formar parte "
        "da rede, que chega ás 43 entidades locais adheridas. A presidenta da rede e alcaldesa "
        "de Lugo, Marta Seoane Vázquez, deulles a benvida e lembrou que os novos membros "
        "deberán presentar no prazo dun ano o seu primeiro plan local de saúde.",
        "A solicitude do Concello de Vilagarcía de Arousa quedou pendente dun informe técnico e "
        "será estudada na próxima xuntanza, prevista para o outono.\n\n"
        "«Cada concello que se suma demostra que a saúde tamén se fai desde as rúas, os "
        "mercados e os parques», sinalou Seoane.\n\n"
        "Tamén che pode interesar\n"
        "Ferrol e Narón comparten unha rede de camiños escolares seguros\n"
        "Xornada sobre envellecemento activo en Ourense",
        "Ribadeo/ES; Monforte de Lemos/ES; O Porriño|Porriño/ES; Verín/ES",
        "four new member towns in one sentence with `e`; Santiago de Compostela the venue, "
        "Lugo the president's city, Vilagarcía de Arousa pending; Ferrol, Narón, Ourense in "
        "teasers",
    ),
    Page(
        "he-open-letter-forum-mayors-lines",
        "he",
        "one_a_line;person_before;person_named_like_place;not_signatory;no_country",
        "מכתב פתוח של ראשי הערים לשר האוצר: אל תפגעו בתחבורה הציבורית",
        (2025, 1, 20),
        "דף הבית > חדשות > הודעות לעיתונות\n\n"
        "לכבוד\nשר האוצר\nמשרד האוצר, ירושלים\n\n"
        "אדוני השר,\n\n"
        "אנו, ראשי הערים החברות בפורום, פונים אליך בדחיפות לנוכח הכוונה לקצץ את תקציבי "
        "התחבורה הציבורית ברשויות המקומיות. הקיצוץ המוצע יפגע בראש ובראשונה בתלמידים, "
        "בקשישים ובעובדים שאין להם רכב פרטי.\n\n"
        "אנו מבקשים להקפיא את הקיצוץ עד לסיום הדיונים בוועדת הכספים, ולקיים פגישה דחופה עם "
        "נציגי הפורום עוד החודש.\n\n"
        "בכבוד רב,",
        "יוסי אברמוב, ראש עיריית חיפה\n"
        "רונית שטרן, ראשת עיריית ראשון לציון\n"
        "משה בן דוד, ראש עיריית פתח תקווה\n"
        "מיכל אלמוג, ראשת עיריית נתניה\n"
        "אבי גולדברג, ראש עיריית חולון\n"
        "דני כהנוב, ראש עיריית רמת גן\n"
        "אילת ברק, ראשת עיריית כפר סבא\n"
        "שרון פרידמן, ראש עיריית הרצליה\n"
        "עמית נחמיאס, ממלא מקום ראש עיריית רעננה\n"
        "רות אזולאי, ראשת עיריית באר שבע\n"
        "אליהו מזרחי, ראש עיריית אשדוד",
        'העתק:\nראש הממשלה\nיו"ר מרכז השלטון המקומי, תל אביב\n\nלמכתב המלא (PDF)',
        "Haifa/IL; Rishon LeZion/IL; Petah Tikva/IL; Netanya/IL; Holon/IL; Ramat Gan/IL; "
        "Kfar Saba/IL; Herzliya/IL; Ra'anana/IL; Beersheba/IL; Ashdod/IL",
        "`Name, ראש(ת) עיריית X` lines, a mayor named אילת (Eilat) and one named שרון; "
        "Jerusalem the addressee's seat, Tel Aviv in the copy line",
    ),
    Page(
        "ar-member-cities-table-by-country",
        "ar",
        "table_tabs;country_in_language;columns_after;not_signatory",
        "المدن الأعضاء في المنظمة",
        (2024, 11, 3),
        "الرئيسية > عن المنظمة > الأعضاء\n\n"
        "تأسست المنظمة عام 1967 وتتخذ من مدينة الكويت مقرا لأمانتها العامة. تضم المنظمة "
        "اليوم مدنا من مختلف الدول العربية، وتعمل على تبادل الخبرات في التخطيط العمراني "
        "وصون التراث والخدمات البلدية. ويعقد المؤتمر العام كل ثلاث سنوات، وقد استضافته "
        "القاهرة في دورته الأخيرة.\n\n"
        "جدول المدن الأعضاء (مرتبة حسب الدولة):",
        "المدينة\tالدولة\tسنة الانضمام\n"
        "عمّان\tالأردن\t1967\n"
        "إربد\tالأردن\t1979\n"
        "الزرقاء\tالأردن\t1981\n"
        "العقبة\tالأردن\t1990\n"
        "بيروت\tلبنان\t1967\n"
        "طرابلس\tلبنان\t1975\n"
        "صيدا\tلبنان\t1983\n"
        "الدوحة\tقطر\t1972\n"
        "مسقط\tسلطنة عُمان\t1974\n"
        "صلالة\tسلطنة عُمان\t1996\n"
        "المنامة\tمملكة البحرين\t1972\n"
        "الشارقة\tالإمارات العربية المتحدة\t1978\n"
        "الرباط\tالمغرب\t1967\n"
        "فاس\tالمغرب\t1980\n"
        "طنجة\tالمغرب\t1986\n"
        "تونس\tتونس\t1967\n"
        "صفاقس\tتونس\t1979\n"
        "سوسة\tتونس\t1988\n"
        "وهران\tالجزائر\t1984\n"
        "قسنطينة\tالجزائر\t1989\n"
        "الإسكندرية\tمصر\t1970\n"
        "أسوان\tمصر\t1993\n"
        "الخرطوم\tالسودان\t1968\n"
        "نواكشوط\tموريتانيا\t1977\n"
        "رام الله\tفلسطين\t1997\n"
        "الخليل\tفلسطين\t1999\n"
        "نابلس\tفلسطين\t2001",
        "للاستفسار عن شروط العضوية يرجى التواصل مع الأمانة العامة في الكويت.",
        "Amman/JO; Irbid/JO; Zarqa/JO; Aqaba/JO; Beirut/LB; Tripoli/LB; Sidon/LB; Doha/QA; "
        "Muscat/OM; Salalah/OM; Manama/BH; Sharjah/AE; Rabat/MA; Fes/MA; Tangier/MA; "
        "Tunis/TN; Sfax/TN; Sousse/TN; Oran/DZ; Constantine/DZ; Alexandria/EG; Aswan/EG; "
        "Khartoum/SD; Nouakchott/MR; Ramallah/PS; Hebron/PS; Nablus/PS",
        "a tab table of city, country in Arabic and year; عمّان (Amman) and سلطنة عُمان "
        "(Oman), Tunis in تونس, Tripoli in Lebanon; Kuwait City the secretariat, Cairo the "
        "last host",
    ),
    Page(
        "vi-tuyen-bo-ubnd-thanh-pho-ven-bien",
        "vi",
        "numbered;person_after;region_after;person_named_like_place;body_not_city;not_signatory;no_country",
        "Tuyên bố chung của các địa phương ven biển về thích ứng với biến đổi khí hậu",
        (2024, 10, 18),
        "Trang chủ > Tin tức > Sự kiện\n\n"
        "Ngày 17/10, tại Diễn đàn Đô thị ứng phó với biến đổi khí hậu tổ chức ở Hà Nội, đại "
        "diện lãnh đạo tám địa phương ven biển đã ký Tuyên bố chung về thích ứng với biến đổi "
        "khí hậu và nước biển dâng.\n\n"
        "Theo Tuyên bố, các địa phương cam kết lồng ghép các kịch bản nước biển dâng vào quy "
        "hoạch đô thị, đầu tư hệ thống cảnh báo sớm, bảo vệ rừng ngập mặn và chia sẻ dữ liệu "
        "quan trắc với nhau. Tuyên bố được xây dựng trên cơ sở Thỏa thuận Paris và Chiến lược "
        "quốc gia về biến đổi khí hậu đến năm 2050.\n\n"
        "Danh sách các địa phương ký Tuyên bố:",
        "1. UBND thành phố Hải Phòng – ông Phạm Văn Long, Phó Chủ tịch UBND thành phố\n"
        "2. UBND thành phố Đà Nẵng – bà Lê Thị Huế, Phó Chủ tịch UBND thành phố\n"
        "3. UBND thành phố Cần Thơ – ông Trần Quốc Bảo, Chủ tịch UBND thành phố\n"
        "4. UBND thành phố Huế (tỉnh Thừa Thiên Huế) – ông Nguyễn Đình Khang, Chủ tịch\n"
        "5. UBND thành phố Hạ Long (tỉnh Quảng Ninh) – bà Vũ Thị Minh Thư, Chủ tịch\n"
        "6. UBND thành phố Quy Nhơn (tỉnh Bình Định) – ông Đặng Hữu Tín, Phó Chủ tịch\n"
        "7. UBND thành phố Nha Trang (tỉnh Khánh Hòa) – ông Hồ Sĩ Vinh, Chủ tịch\n"
        "8. UBND tỉnh Bến Tre – ông Lâm Quang Hải, Phó Chủ tịch UBND tỉnh",
        "Chứng kiến lễ ký có đại diện Bộ Tài nguyên và Môi trường, Đại sứ quán Hà Lan và UBND "
        "Thành phố Hồ Chí Minh với tư cách quan sát viên.\n\n"
        "Diễn đàn lần tiếp theo dự kiến tổ chức tại Cà Mau vào năm 2026.",
        "Hai Phong/VN; Da Nang/VN; Can Tho/VN; Hue/VN; Ha Long/VN; Quy Nhon/VN; Nha Trang/VN; "
        "Tỉnh Bến Tre|Ben Tre Province/VN/province",
        "numbered `UBND thành phố X (tỉnh Y) – Name, title` lines ending with a province's "
        "people's committee; signers named Huế and Vinh; Hà Nội the venue, Ho Chi Minh City "
        "an observer, Cà Mau the next venue",
    ),
    Page(
        "ko-healthy-cities-members-by-province",
        "ko",
        "several_a_line;region_heading;no_country",
        "회원도시 현황",
        (2025, 2, 5),
        "홈 > 협의회 소개 > 회원도시\n\n"
        "협의회는 세계보건기구(WHO) 건강도시 사업의 취지에 따라 지역 주민의 건강 증진을 "
        "위해 노력하는 지방자치단체의 협의체입니다. 사무국은 강원특별자치도 원주시 "
        "건강도시과에 있습니다.\n\n"
        "2025년 2월 현재 회원도시 (시·도별)\n"
        "※ (신규)는 2024년 정기총회에서 가입이 승인된 도시입니다.",
        "강원특별자치도\n"
        "춘천시 · 원주시 · 강릉시 · 속초시 · 홍천군(신규)\n\n"
        "충청북도\n"
        "청주시 · 충주시\n\n"
        "충청남도\n"
        "천안시 · 아산시 · 공주시(신규)\n\n"
        "전북특별자치도\n"
        "전주시 · 익산시 · 군산시 · 완주군\n\n"
        "전라남도\n"
        "순천시 · 여수시 · 목포시 · 화순군 · 담양군(신규)\n\n"
        "경상북도\n"
        "포항시 · 경주시 · 안동시 · 구미시\n\n"
        "경상남도\n"
        "창원시 · 김해시 · 진주시 · 통영시",
        "서울특별시 및 광역시 자치구는 별도의 자치구 분과에서 활동하며 이 목록에 포함되지 "
        "않습니다.\n\n"
        "가입 문의: 사무국 033-000-0000",
        "Chuncheon/KR; Wonju/KR; Gangneung/KR; Sokcho/KR; Hongcheon/KR; Cheongju/KR; "
        "Chungju/KR; Cheonan/KR; Asan/KR; Gongju/KR; Jeonju/KR; Iksan/KR; Gunsan/KR; "
        "Wanju/KR; Suncheon/KR; Yeosu/KR; Mokpo/KR; Hwasun/KR; Damyang/KR; Pohang/KR; "
        "Gyeongju/KR; Andong/KR; Gumi/KR; Changwon/KR; Gimhae/KR; Jinju/KR; Tongyeong/KR",
        "cities and counties (`시`, `군`) between middle dots under province headings, "
        "`(신규)` glued to new ones; Wonju (a member) also the secretariat's seat",
    ),
    Page(
        "es-declaracion-cumbre-firmas-tres-lineas",
        "es",
        "one_a_line;person_before;country_in_language;person_named_like_place;not_signatory",
        "Declaración de Quilmes: ciudades del Sur por el derecho al agua",
        (2024, 12, 6),
        "Inicio / Noticias / Declaraciones\n\n"
        "Reunidas en la Cumbre anual de la red, celebrada en Quilmes, provincia de Buenos "
        "Aires, los días 4 y 5 de diciembre, las autoridades locales abajo firmantes "
        "declaran:\n\n"
        "Primero. Que el acceso al agua potable y al saneamiento es un derecho humano cuya "
        "garantía empieza en el territorio.\n"
        "Segundo. Que los gobiernos locales deben participar en la gestión de las cuencas "
        "compartidas, como la del Río de la Plata y la del río Paraná.\n"
        "Tercero. Que solicitan al Consejo del Mercado Común la creación de un fondo regional "
        "para obras de agua en barrios populares.\n\n"
        "Agradecemos a la Municipalidad de Quilmes su hospitalidad.\n\n"
        "Firman:",
        "Tomás Aguirre Villalba\nIntendente de Rosario\nRepública Argentina\n\n"
        "Lucía Ferreyra\nIntendenta de Córdoba\nRepública Argentina\n\n"
        "Victoria Mendoza Ruiz\nIntendenta de Tandil\nRepública Argentina\n\n"
        "Ana Laura Techera\nIntendenta de Montevideo\nRepública Oriental del Uruguay\n\n"
        "Gonzalo Píriz\nIntendente de Paysandú\nRepública Oriental del Uruguay\n\n"
        "Martín Olivera Sosa\nIntendente de Salto\nRepública Oriental del Uruguay\n\n"
        "Rodrigo Benítez Cáceres\nIntendente Municipal de Asunción\nRepública del Paraguay\n\n"
        "María Concepción Ibarra\nIntendenta Municipal de Encarnación\nRepública del Paraguay\n\n"
        "Eduardo Kessler\nPrefeito de Porto Alegre\nRepública Federativa do Brasil\n\n"
        "Renata Albuquerque\nVice-Prefeita de Niterói, em representação do Prefeito\n"
        "República Federativa do Brasil\n\n"
        "Carlos Henrique Matos\nPrefeito de Guarulhos\nRepública Federativa do Brasil\n\n"
        "Wara Mamani Quispe\nAlcaldesa del Gobierno Autónomo Municipal de La Paz\n"
        "Estado Plurinacional de Bolivia\n\n"
        "Fernando Claure\nAlcalde de Cochabamba\nEstado Plurinacional de Bolivia\n\n"
        "Javiera Rojas Henríquez\nAlcaldesa de Valparaíso\nRepública de Chile\n\n"
        "Andrés Villacís\nAlcalde del Distrito Metropolitano de Quito\nRepública del Ecuador",
        "Adhiere a la presente declaración la Unidad Temática de Ambiente y Desarrollo "
        "Sostenible, coordinada por Santo André (Brasil).\n\n"
        "Descargar la declaración en portugués",
        "Rosario/AR; Córdoba/AR; Tandil/AR; Montevideo/UY; Paysandú/UY; Salto/UY; "
        "Asunción/PY; Encarnación/PY; Porto Alegre/BR; Niterói/BR; Guarulhos/BR; La Paz/BO; "
        "Cochabamba/BO; Valparaíso/CL; Quito/EC",
        "three-line signature blocks (name, title of X, official country name), Portuguese "
        "titles among Spanish ones; signers named Mendoza, Concepción, Albuquerque; Quilmes "
        "the host, Buenos Aires its province, Santo André a coordinator",
    ),
    Page(
        "pt-mz-municipios-membros-provincias",
        "pt",
        "one_a_line;region_heading;person_after;no_country",
        "Municípios membros",
        (2024, 9, 12),
        "Início > A Associação > Membros\n\n"
        "A Associação Nacional dos Municípios de Moçambique representa as autarquias locais "
        "junto do Governo e dos parceiros de cooperação. São membros de pleno direito os "
        "conselhos municipais de cidade e de vila. A lista abaixo é apresentada por "
        "província.",
        "Província de Cabo Delgado\n"
        "Conselho Municipal da Cidade de Pemba\nPresidente: Faruk Abdala Momade\n"
        "Conselho Municipal da Cidade de Montepuez\nPresidente: Lúcia Maulana\n\n"
        "Província do Niassa\n"
        "Conselho Municipal da Cidade de Lichinga\nPresidente: Saide Amisse\n"
        "Conselho Municipal da Cidade de Cuamba\nPresidente: Joaquim Namashulua\n\n"
        "Província de Nampula\n"
        "Conselho Municipal da Cidade de Nampula\nPresidente: Ernesto Muhate\n"
        "Conselho Municipal da Cidade de Nacala\nPresidente: Rui Chong Saw\n"
        "Conselho Municipal da Cidade da Ilha de Moçambique\nPresidente: Gulamo Issufo\n"
        "Conselho Municipal da Cidade de Angoche\nPresidente: Amina Sualehe\n\n"
        "Província da Zambézia\n"
        "Conselho Municipal da Cidade de Quelimane\nPresidente: Manuel de Araújo Neto\n"
        "Conselho Municipal da Cidade de Mocuba\nPresidente: Elsa Jeremias\n"
        "Conselho Municipal da Cidade do Gurúè\nPresidente: Orlando Nhamuave\n\n"
        "Província de Tete\n"
        "Conselho Municipal da Cidade de Tete\nPresidente: César de Carvalho\n"
        "Conselho Municipal da Vila de Moatize\nPresidente: Sérgio Chaúque\n\n"
        "Província de Manica\n"
        "Conselho Municipal da Cidade de Chimoio\nPresidente: João Ferreira Sitoe\n"
        "Conselho Municipal da Cidade de Manica\nPresidente: Moisés Tomo\n\n"
        "Província de Sofala\n"
        "Conselho Municipal da Cidade da Beira\nPresidente: Albano Carige Mussa\n"
        "Conselho Municipal da Cidade do Dondo\nPresidente: Manuel Chaparica\n\n"
        "Província de Inhambane\n"
        "Conselho Municipal da Cidade de Inhambane\nPresidente: Benedito Guimino\n"
        "Conselho Municipal da Cidade da Maxixe\nPresidente: Célia Macuácua\n"
        "Conselho Municipal da Vila de Vilankulo\nPresidente: Zacarias Mucavel\n\n"
        "Província de Gaza\n"
        "Conselho Municipal da Cidade de Xai-Xai\nPresidente: Florência Chilaúle\n"
        "Conselho Municipal da Cidade de Chókwè\nPresidente: Simião Chongo\n\n"
        "Província de Maputo\n"
        "Conselho Municipal da Cidade da Matola\nPresidente: Júlio Parruque Mabunda\n"
        "Conselho Municipal da Vila da Manhiça\nPresidente: Rosa Nhantumbo\n\n"
        "Cidade de Maputo\n"
        "Conselho Municipal da Cidade de Maputo\nPresidente: Rafael Mondlane Cossa",
        "Sede: Avenida Vladimir Lenine, Maputo\n\nRelatório anual 2023 (PDF)",
        "Pemba/MZ; Montepuez/MZ; Lichinga/MZ; Cuamba/MZ; Nampula/MZ; Nacala/MZ; "
        "Ilha de Moçambique|Mozambique/MZ; Angoche/MZ; Quelimane/MZ; Mocuba/MZ; Gurúè/MZ; "
        "Tete/MZ; Moatize/MZ; Chimoio/MZ; Manica/MZ; Beira/MZ; Dondo/MZ; Inhambane/MZ; "
        "Maxixe/MZ; Vilankulo/MZ; Xai-Xai/MZ; Chókwè/MZ; Matola/MZ; Manhiça/MZ; Maputo/MZ",
        "`Conselho Municipal da Cidade/Vila de X` over `Presidente: Name` under province "
        "headings, provinces named like their towns (Tete, Manica, Inhambane, Maputo), the "
        "Ilha de Moçambique named like the country, a president named Florência",
    ),
    Page(
        "fr-appel-sahel-tableau-communes",
        "fr",
        "table_tabs;numbered;country_in_language;person_after;columns_after;body_not_city;not_signatory",
        "Appel de Niamey des élus locaux du Sahel pour la sécurité alimentaire",
        (2025, 5, 22),
        "Accueil › Actualités › Déclarations\n\n"
        "Réunis à Niamey du 19 au 21 mai à l'invitation de la Ville de Niamey, les maires et "
        "présidents de collectivités du Sahel ont adopté l'appel suivant, transmis à la "
        "Commission de la CEDEAO à Abuja et au secrétariat permanent du réseau à Paris.\n\n"
        "« Nos communes accueillent des populations déplacées, nos marchés subissent la "
        "hausse des prix et nos greniers se vident. Nous appelons les États et les "
        "partenaires à confier aux collectivités territoriales la gestion des stocks de "
        "proximité, à financer les banques de céréales communales et à associer les élus "
        "locaux aux plans de réponse. »\n\n"
        "Liste des collectivités signataires :",
        "N°\tCollectivité\tPays\tReprésentée par\n"
        "1\tCommune de Kaolack\tSénégal\tM. Ibrahima Ndiaye, maire\n"
        "2\tCommune de Ziguinchor\tSénégal\tMme Awa Diatta, adjointe au maire\n"
        "3\tVille de Saint-Louis\tSénégal\tM. Mamadou Sow, maire\n"
        "4\tCommune de Podor\tSénégal\tM. Abdoulaye Ba, maire\n"
        "5\tCommune urbaine de Mopti\tMali\tM. Boubacar Cissé, président de la délégation "
        "spéciale\n"
        "6\tCommune urbaine de Ségou\tMali\tMme Kadiatou Traoré, maire\n"
        "7\tCommune urbaine de Tombouctou\tMali\tM. Mohamed Ag Ahmed, maire\n"
        "8\tCommune de Kayes\tMali\tM. Sékou Diakité, 1er adjoint\n"
        "9\tCommune de Kaya\tBurkina Faso\tM. Issouf Ouédraogo, président de la délégation "
        "spéciale\n"
        "10\tCommune de Dori\tBurkina Faso\tM. Hamidou Dicko, président de la délégation "
        "spéciale\n"
        "11\tCommune de Ouahigouya\tBurkina Faso\tMme Salamata Sawadogo, secrétaire "
        "générale\n"
        "12\tVille de Zinder\tNiger\tM. Abdou Moussa, administrateur délégué\n"
        "13\tVille de Maradi\tNiger\tM. Chaibou Garba, administrateur délégué\n"
        "14\tCommune urbaine d'Agadez\tNiger\tM. Rhissa Alhassane, maire\n"
        "15\tConseil régional de Tillabéri\tNiger\tM. Hama Boureima, président\n"
        "16\tCommune de Rosso\tMauritanie\tM. Sidi Mohamed Ould Cheikh, maire\n"
        "17\tCommune de Kiffa\tMauritanie\tMme Mariem Mint Ahmed, maire\n"
        "18\tCommune d'Abéché\tTchad\tM. Mahamat Abakar, maire",
        "L'appel reste ouvert à la signature des collectivités membres jusqu'au 30 juin.\n\n"
        "Contact presse : secrétariat permanent, Paris",
        "Kaolack/SN; Ziguinchor/SN; Saint-Louis/SN; Podor/SN; Mopti/ML; Ségou/ML; "
        "Tombouctou|Timbuktu/ML; Kayes/ML; Kaya/BF; Dori/BF; Ouahigouya/BF; Zinder/NE; "
        "Maradi/NE; Agadez/NE; Conseil régional de Tillabéri|Tillabéri Region/NE/region; "
        "Rosso/MR; Kiffa/MR; Abéché/TD",
        "a numbered tab table `N° / Commune de X / pays / représentant`, a regional council "
        "among communes; Niamey the venue and host, Abuja the addressee, Paris the "
        "secretariat",
    ),
    Page(
        "en-na-member-directory-table-states",
        "en",
        "table_tabs;region_after;region_like_country;columns_after;body_not_city;no_country",
        "Member Directory",
        (2025, 4, 1),
        "Home › Our Network › Member Directory\n\n"
        "Our members are local governments across the United States and Canada committed to "
        "making their communities welcoming places for immigrants and refugees. Members "
        "adopt a welcoming resolution, name a staff lead and report on their progress every "
        "two years. Join us at our annual convening in Tulsa this October.\n\n"
        "Showing 58 members · Sort: A–Z",
        "Member\tState / Province\tType\tMember since\n"
        "Akron\tOhio\tCity\t2016\n"
        "Albuquerque\tNew Mexico\tCity\t2015\n"
        "Anchorage\tAlaska\tMunicipality\t2019\n"
        "City of Atlanta\tGeorgia\tCity\t2014\n"
        "Augusta\tGeorgia\tCity\t2021\n"
        "Aurora\tColorado\tCity\t2017\n"
        "Austin\tTexas\tCity\t2016\n"
        "Baltimore\tMaryland\tCity\t2014\n"
        "Birmingham\tAlabama\tCity\t2020\n"
        "Boise\tIdaho\tCity\t2015\n"
        "Boulder\tColorado\tCity\t2018\n"
        "Buffalo\tNew York\tCity\t2017\n"
        "Burlington\tVermont\tCity\t2016\n"
        "Charlotte\tNorth Carolina\tCity\t2016\n"
        "Chicago\tIllinois\tCity\t2013\n"
        "Cincinnati\tOhio\tCity\t2016\n"
        "Cleveland\tOhio\tCity\t2018\n"
        "Columbus\tOhio\tCity\t2015\n"
        "Dane County\tWisconsin\tCounty\t2019\n"
        "Dayton\tOhio\tCity\t2013\n"
        "Denver\tColorado\tCity\t2017\n"
        "Des Moines\tIowa\tCity\t2022\n"
        "Detroit\tMichigan\tCity\t2014\n"
        "Durham\tNorth Carolina\tCity\t2019\n"
        "El Paso\tTexas\tCity\t2018\n"
        "Erie\tPennsylvania\tCity\t2020\n"
        "Gatineau\tQuébec\tCity\t2023\n"
        "Grand Rapids\tMichigan\tCity\t2018\n"
        "Guelph\tOntario\tCity\t2021\n"
        "Halifax Regional Municipality\tNova Scotia\tMunicipality\t2020\n"
        "Hamilton\tOntario\tCity\t2019\n"
        "Hartford\tConnecticut\tCity\t2017\n"
        "City and County of Honolulu\tHawaii\tCity\t2022\n"
        "Houston\tTexas\tCity\t2016\n"
        "Indianapolis\tIndiana\tCity\t2017\n"
        "Kansas City\tKansas\tCity\t2021\n"
        "King County\tWashington\tCounty\t2015\n"
        "Lancaster\tPennsylvania\tCity\t2018\n"
        "Ville de Laval\tQuébec\tCity\t2022\n"
        "London\tOntario\tCity\t2020\n"
        "Louisville Metro\tKentucky\tCity\t2014\n"
        "Lowell\tMassachusetts\tCity\t2019\n"
        "Macon-Bibb County\tGeorgia\tCity\t2023\n"
        "Memphis\tTennessee\tCity\t2018\n"
        "Metro Vancouver\tBritish Columbia\tRegional district\t2021\n"
        "Minneapolis\tMinnesota\tCity\t2015\n"
        "Nashville\tTennessee\tCity\t2013\n"
        "Omaha\tNebraska\tCity\t2019\n"
        "Philadelphia\tPennsylvania\tCity\t2014\n"
        "Pittsburgh\tPennsylvania\tCity\t2015\n"
        "Portland\tMaine\tCity\t2017\n"
        "Providence\tRhode Island\tCity\t2018\n"
        "Salt Lake County\tUtah\tCounty\t2016\n"
        "Saskatoon\tSaskatchewan\tCity\t2022\n"
        "Savannah\tGeorgia\tCity\t2020\n"
        "Springfield\tIllinois\tCity\t2021\n"
        "Tucson\tArizona\tCity\t2017\n"
        "Winnipeg\tManitoba\tCity\t2019",
        "Don't see your community? Learn how to join.\n\n"
        "National office: 1200 G Street NW, Washington, DC",
        "Akron/US; Albuquerque/US; Anchorage/US; Atlanta/US; Augusta/US; Aurora/US; Austin/US; "
        "Baltimore/US; Birmingham/US; Boise/US; Boulder/US; Buffalo/US; Burlington/US; "
        "Charlotte/US; Chicago/US; Cincinnati/US; Cleveland/US; Columbus/US; "
        "Dane County/US/county; Dayton/US; Denver/US; Des Moines/US; Detroit/US; Durham/US; "
        "El Paso/US; Erie/US; Gatineau/CA; Grand Rapids/US; Guelph/CA; Halifax/CA; "
        "Hamilton/CA; Hartford/US; Honolulu/US; Houston/US; Indianapolis/US; Kansas City/US; "
        "King County/US/county; Lancaster/US; Laval/CA; London/CA; Louisville/US; Lowell/US; "
        "Macon/US; Memphis/US; Metro Vancouver|Greater Vancouver/CA/metropolitan area; "
        "Minneapolis/US; Nashville/US; Omaha/US; Philadelphia/US; Pittsburgh/US; "
        "Portland/US; Providence/US; Salt Lake County/US/county; Saskatoon/CA; Savannah/US; "
        "Springfield/US; Tucson/US; Winnipeg/CA",
        "a directory tab table of member, state or province, type and year, US and Canada "
        "mixed without countries; Georgia four times, London and Hamilton in Ontario, "
        "Portland in Maine, three counties and a regional district; Tulsa the venue, "
        "Washington the office",
    ),
    Page(
        "ru-mag-new-members-running-text",
        "ru",
        "running_text;region_after;country_in_language;inflected;not_signatory",
        "Ассамблея приняла шесть новых городов",
        (2024, 10, 30),
        "Главная / Новости\n\n"
        "В Минске завершилась очередная Генеральная ассамблея столиц и крупных городов. "
        "Заседание открыл председатель Ассамблеи, мэр Москвы, который подвёл итоги работы "
        "за прошедший год и поблагодарил Минский горисполком за организацию встречи.",
        "Делегаты единогласно приняли в члены Ассамблеи города Ош и Каракол (Киргизия), "
        "Туркестан и Костанай (Казахстан), Наманган (Узбекистан) и Худжанд (Таджикистан). "
        "Статус наблюдателя предоставлен Еревану.",
        "Новые члены смогут участвовать в программах обмена опытом в сфере городского "
        "транспорта, жилищно-коммунального хозяйства и сохранения исторического наследия.\n\n"
        "Следующая Генеральная ассамблея пройдёт в Баку.",
        "Osh/KG; Karakol/KG; Turkistan/KZ; Kostanay/KZ; Namangan/UZ; Khujand/TJ",
        "new members in one sentence, countries in Russian after pairs joined by `и`; Minsk "
        "the venue, Moscow the president's city, Yerevan an observer in the dative, Baku the "
        "next venue",
    ),
    Page(
        "bg-otvoreno-pismo-chernomorski-obshtini",
        "bg",
        "one_a_line;person_before;not_signatory;no_country",
        "Отворено писмо на черноморските общини до Министерския съвет",
        (2024, 9, 27),
        "Начало » Новини » Позиции\n\n"
        "До министър-председателя на Република България\nгр. София\n\n"
        "Уважаеми господин министър-председател,\n\n"
        "Наводненията от началото на септември нанесоха тежки щети на крайбрежните населени "
        "места. В Царево, Китен и Ахтопол бяха разрушени мостове и улици, а в Обзор водата "
        "заля десетки къщи. Пристанищата на Варна и Бургас работиха с ограничения в "
        "продължение на седмица.\n\n"
        "Настояваме за:\n"
        "– целево финансиране за възстановяване на общинската инфраструктура;\n"
        "– промяна в правилата за бреговата защита, така че общините да могат да "
        "кандидатстват пряко;\n"
        "– създаване на постоянен фонд за бедствия към бюджета.\n\n"
        "С уважение,",
        "Благомир Коцев – кмет на община Варна\n"
        "Димитър Николов – кмет на община Бургас\n"
        "Николай Димитров – кмет на община Несебър\n"
        "Иван Алексиев – кмет на община Поморие\n"
        "инж. Тихомир Янакиев – кмет на община Созопол\n"
        "Марин Киров – кмет на община Царево\n"
        "Димитрина Гьорева – заместник-кмет на община Приморско, упълномощена от кмета\n"
        "Николай Ангелов – кмет на община Балчик\n"
        "д-р Милена Петрова – кмет на община Каварна\n"
        "Мария Кирякова – кмет на община Шабла",
        "Писмото е изпратено и до председателя на Народното събрание и до Националното "
        "сдружение на общините.",
        "Varna/BG; Burgas/BG; Nesebar/BG; Pomorie/BG; Sozopol/BG; Tsarevo/BG; Primorsko/BG; "
        "Balchik/BG; Kavarna/BG; Shabla/BG",
        "`Name – кмет на община X` lines with titles and a deputy; the body names towns hit "
        "by floods (Китен, Ахтопол, Обзор) that are parts of signing municipalities and the "
        "ports of Varna and Burgas; Sofia the addressee's seat",
    ),
    Page(
        "sl-clanice-zdruzenja-mestnih-obcin-tabela",
        "sl",
        "table_tabs;person_after;columns_after;named_twice;person_named_like_place;no_country",
        "Članice združenja",
        (2025, 1, 15),
        "Domov > O združenju > Članice\n\n"
        "Združenje povezuje vse mestne občine v Sloveniji. Članice se srečujejo na sejah "
        "predsedstva, ki se izmenično odvijajo v posameznih mestih, in skupaj zastopajo "
        "interese mest v zakonodajnih postopkih.\n\n"
        "Seznam članic:",
        "Mestna občina\tŽupan/županja\tŠt. prebivalcev\tSpletna stran\n"
        "Mestna občina Celje\tmag. Bojan Šrot\t49.300\twww.celje.si\n"
        "Mestna občina Koper – Comune città di Capodistria\tAleš Bržan\t53.600\twww.koper.si\n"
        "Mestna občina Kranj\tMatjaž Rakovec\t57.100\twww.kranj.si\n"
        "Mestna občina Krško\tJanez Kerin\t26.200\twww.krsko.si\n"
        "Mestna občina Ljubljana\tZoran Janković\t295.500\twww.ljubljana.si\n"
        "Mestna občina Maribor\tSaša Arsenovič\t113.000\twww.maribor.si\n"
        "Mestna občina Murska Sobota\tDamjan Anželj\t18.500\twww.murska-sobota.si\n"
        "Mestna občina Nova Gorica\tSamo Turel\t31.800\twww.nova-gorica.si\n"
        "Mestna občina Novo mesto\tGregor Macedoni\t38.000\twww.novomesto.si\n"
        "Mestna občina Ptuj\tNuška Gajšek\t23.800\twww.ptuj.si\n"
        "Mestna občina Slovenj Gradec\tTilen Klugler\t16.900\twww.slovenjgradec.si\n"
        "Mestna občina Velenje\tPeter Kranjc\t33.500\twww.velenje.si",
        "Sedež združenja: Kersnikova ulica 4, Ljubljana\n\nStatut združenja (PDF)",
        "Celje/SI; Koper/SI; Kranj/SI; Krško/SI; Ljubljana/SI; Maribor/SI; Murska Sobota/SI; "
        "Nova Gorica/SI; Novo Mesto/SI; Ptuj/SI; Slovenj Gradec/SI; Velenje/SI",
        "a tab table of `Mestna občina X`, mayor, population and website; Koper also as "
        "Capodistria on its line, a mayor named Kranjc, websites with the towns' names; "
        "Ljubljana (a member) also the seat",
    ),
    Page(
        "lv-deklaracija-piekrastes-pasvaldibas",
        "lv",
        "running_text;inflected;not_signatory;no_country",
        "Piekrastes pašvaldību deklarācija par Baltijas jūras aizsardzību",
        (2025, 6, 10),
        "Sākums / Jaunumi\n\n"
        "Piektdien Salacgrīvā notika piekrastes pašvaldību forums, kurā vietējo pašvaldību "
        "vadītāji pārrunāja krasta erozijas, ostu attīstības un jūras piesārņojuma "
        "jautājumus. Forumu atklāja vides aizsardzības un reģionālās attīstības ministrs.",
        "Foruma noslēgumā deklarāciju parakstīja Liepājas, Ventspils un Jūrmalas "
        "valstspilsētu domju priekšsēdētāji, kā arī Talsu, Limbažu un Saulkrastu novadu "
        "pašvaldību vadītāji. Rīgas pašvaldības pārstāvji forumā piedalījās kā novērotāji.",
        "Deklarācija tiks iesniegta Saeimai un Ministru kabinetam Rīgā, un nākamais forums "
        "notiks Pāvilostā 2026. gada vasarā.",
        "Liepāja/LV; Ventspils/LV; Jūrmala/LV; Talsi/LV; Limbaži/LV; Saulkrasti/LV",
        "six municipalities as plural genitives in one sentence (`Liepājas, Ventspils un "
        "Jūrmalas valstspilsētu`, `Talsu, Limbažu un Saulkrastu novadu`); Salacgrīva the "
        "venue, Rīga an observer and the addressees' seat, Pāvilosta the next venue",
    ),
]

"""Hand-written pages, batch r27a: held out from round 27 (branch accr27a), written without reading
the reader or running it, before any change to it for them. Seven statements and seven member
pages in twelve languages, in proportion to the languages city networks publish in, modelled on
what network staff, researchers and journalists paste: a Spanish open letter to a COP presidency
from Latin American mayors as `Name, Alcaldesa de X, País` lines mixed with `Municipalidad de X`
bodies and a councillor named Mercedes; a French final communiqué of West and Central African
mayors `M. Name, Maire de la Commune de X (Pays)` beside the host Kigali and the president's
city; an Italian declaration named after its venue whose signatories are a tab table of `Comune
di X`, a `Città metropolitana` and an `Unione dei Comuni` with a signer named Modena; an Arabic
statement on water in running text with `و` glued to the names and the host Amman; a German open
letter whose signature blocks sit side by side in two columns flattened by the copy; a Korean
carbon-neutrality declaration as a numbered table with a province and a venue Sejong; an
Indonesian pledge of three cities in one sentence at a Jakarta forum; a Spanish directory of
member cards `Ayuntamiento de X / Provincia: Y` with a `Diputación` and provinces named like
cities; Brazilian signatory municipalities by state headings with counts, several a line; a
French annual report's annex of members copied from a PDF under regional headings with
`Métropole`, `Communauté urbaine` and a page break; a Japanese member directory under prefecture
headings with `、`; a Turkish new-member news item of district municipalities `Nilüfer
Belediyesi (Bursa)` beside the host; a Russian tab table of `городской округ` members with their
federal subjects, the headquarters among them; English award winners by category with finalists
that did not win. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "es-carta-abierta-cop-alcaldesa-de-x-pais-municipalidad",
        "es",
        "one_a_line;person_before;columns_after;country_in_language;not_signatory;"
        "person_named_like_place",
        "Carta abierta de alcaldes y alcaldesas de América Latina a la Presidencia de la COP30",
        (2025, 10, 14),
        "Inicio / Incidencia / Cartas y declaraciones\n\n"
        "Señor Presidente de la COP30, señoras y señores delegados:\n\n"
        "Desde las ciudades de América Latina y el Caribe vemos cada año cómo las lluvias "
        "extremas, las sequías y las olas de calor golpean primero a los barrios más pobres. "
        "Diez años después del Acuerdo de París y casi nueve después de la Nueva Agenda Urbana "
        "adoptada en Quito, los gobiernos locales seguimos sin acceso directo a la "
        "financiación climática.\n\n"
        "Por eso, en vísperas de la conferencia de Belém, les pedimos:\n"
        "• reconocer a los gobiernos locales en las nuevas contribuciones nacionales (NDC);\n"
        "• abrir una ventanilla de financiamiento directo para ciudades intermedias;\n"
        "• incluir a las alcaldías en las delegaciones oficiales de cada país.\n\n"
        "Nos comprometemos, a cambio, a publicar cada año el avance de nuestros planes de "
        "acción climática y a compartir lo aprendido con otras ciudades de la región.\n\n"
        "Atentamente,\n\nFirman:",
        "Claudia Patricia Rincón, Alcaldesa Mayor de Bogotá, Colombia\n"
        "Jorge Iván Restrepo, Alcalde de Medellín, Colombia\n"
        "Municipalidad Provincial de Arequipa, Perú\n"
        "Santiago Benítez Roldán, Alcalde Metropolitano de Quito, Ecuador\n"
        "Municipalidad de Rosario, Santa Fe, Argentina\n"
        "Mercedes Santa Cruz, Concejala de Córdoba, Argentina\n"
        "Lucía Ferrari, Intendenta de la Ciudad de Mendoza, Argentina\n"
        "Gobierno Autónomo Municipal de La Paz, Bolivia\n"
        "Andrés Solís Vargas, Alcalde de San José, Costa Rica\n"
        "Alcaldía Municipal de San Salvador, El Salvador\n"
        "Verónica Hernández Ibarra, Presidenta Municipal de Guadalajara, Jalisco, México\n"
        "Rodrigo Fuentes, Alcalde de Santiago, Chile\n"
        "Camila Araya Soto, Alcaldesa de Valparaíso, Chile\n"
        "Prefeitura do Recife, Brasil\n"
        "Óscar Giménez, Intendente de Asunción, Paraguay\n"
        "Mariela Castro Peña, Alcaldesa de Barranquilla, Colombia\n"
        "Municipalidad de Trujillo, Perú",
        "La carta queda abierta a nuevas adhesiones hasta el inicio de la conferencia. Las "
        "ciudades interesadas pueden escribir a la oficina regional en Ciudad de Panamá.\n\n"
        "Descargar la carta (PDF, 420 KB) | English version",
        "Bogotá/CO; Medellín/CO; Arequipa/PE; Quito/EC; Rosario/AR; Córdoba/AR; Mendoza/AR; "
        "La Paz/BO; San José/CR; San Salvador/SV; Guadalajara/MX; Santiago/CL; "
        "Valparaíso/CL; Recife/BR; Asunción/PY; Barranquilla/CO; Trujillo/PE",
        "17 lines mixing `Name, Alcaldesa de X, País` and `Municipalidad de X, País`, a "
        "province between city and country (Santa Fe, Jalisco), a councillor named Mercedes "
        "Santa Cruz; Quito named for the New Urban Agenda, Belém the venue, Panama the office",
    ),
    Page(
        "fr-communique-final-maire-commune-pays-hote-kigali",
        "fr",
        "one_a_line;person_before;region_after;country_in_language;not_signatory",
        "Communiqué final du Forum des maires des villes intermédiaires d'Afrique",
        (2025, 6, 27),
        "Accueil > Actualités > Communiqués\n\n"
        "Réunis à Kigali du 24 au 26 juin 2025, à l'invitation de la Ville de Kigali, les "
        "maires et élus locaux des villes intermédiaires d'Afrique de l'Ouest et du Centre "
        "ont adopté le présent communiqué.\n\n"
        "Les participants :\n"
        "- saluent l'accueil chaleureux des autorités rwandaises et de la Mairie de Kigali ;\n"
        "- rappellent les engagements de la Charte africaine des valeurs et principes de la "
        "décentralisation et de l'Agenda 2063 ;\n"
        "- demandent aux États de transférer aux communes les ressources qui accompagnent "
        "les compétences déjà transférées, notamment pour l'assainissement et la gestion des "
        "déchets ;\n"
        "- s'engagent à créer, d'ici au prochain forum prévu à Cotonou en 2027, un guichet "
        "commun d'assistance technique.\n\n"
        "Les travaux ont été présidés par M. Théodore Mensah, Maire de Lomé et président en "
        "exercice du réseau, qui n'a pas pris part au vote.\n\n"
        "Ont signé le communiqué :",
        "M. Abdoulaye Ndiaye, Maire de la Commune de Ziguinchor (Sénégal)\n"
        "Mme Aïssatou Diallo, Maire de la Ville de Thiès (Sénégal)\n"
        "M. Ousmane Sarr, Maire de Kaolack (Sénégal)\n"
        "M. Issouf Ouédraogo, Maire de la Commune de Bobo-Dioulasso (Burkina Faso)\n"
        "Mme Salimata Kaboré, Maire de Koudougou (Burkina Faso)\n"
        "M. Yao Kouassi Gérard, Maire de Bouaké (Côte d'Ivoire)\n"
        "M. Lassina Coulibaly, Maire de Korhogo (Côte d'Ivoire)\n"
        "M. Charles Ahouansou, Maire de la Commune de Parakou (Bénin)\n"
        "M. Kossi Agbéko, Maire de la Commune de Sokodé (Togo)\n"
        "Mme Hadiza Issoufou, Présidente du Conseil de Ville de Maradi (Niger)\n"
        "M. Bakary Traoré, Maire de la Commune urbaine de Ségou (Mali)\n"
        "M. Jean-Paul Mbarga, Maire de la Ville de Garoua (Cameroun)\n"
        "M. Roger Ekwalla, Maire de la Ville de Douala (Cameroun)",
        "Fait à Kigali, le 26 juin 2025.\n\n"
        "Contact presse : secretariat@example.org – Secrétariat permanent, Abidjan",
        "Ziguinchor/SN; Thiès/SN; Kaolack/SN; Bobo-Dioulasso/BF; Koudougou/BF; Bouaké/CI; "
        "Korhogo/CI; Parakou/BJ; Sokodé/TG; Maradi/NE; Ségou/ML; Garoua/CM; Douala/CM",
        "13 `M. Name, Maire de la Commune de X (Pays)` lines; the host Kigali, the next "
        "venue Cotonou, the chair from Lomé who did not sign, the secretariat in Abidjan",
    ),
    Page(
        "it-dichiarazione-tabella-comune-firmatario-regione-unione",
        "it",
        "table_tabs;columns_after;body_not_city;not_signatory;person_named_like_place",
        "Dichiarazione di Bergamo sulle città che si prendono cura",
        (2025, 5, 9),
        "Home › Documenti › Dichiarazioni\n\n"
        "I sindaci e le sindache riuniti a Bergamo per l'assemblea annuale della rete "
        "hanno sottoscritto la Dichiarazione di Bergamo, che impegna le amministrazioni a "
        "mettere la cura delle persone al centro delle politiche urbane: servizi di "
        "prossimità, case di comunità, spazi pubblici accessibili e un patto con il terzo "
        "settore.\n\n"
        "«Abbiamo scelto Bergamo perché qui, nel 2020, la cura è diventata una questione di "
        "sopravvivenza», ha detto la presidente della rete, Francesca Ardigò. Il sindaco di "
        "Bergamo ha aperto i lavori e ha consegnato il testo alle delegazioni.\n\n"
        "Gli enti firmatari",
        "Ente\tFirmatario\tRegione\n"
        "Comune di Torino\tAssessora Giulia Modena\tPiemonte\n"
        "Comune di Genova\tSindaco Paolo Ricci\tLiguria\n"
        "Comune di Padova\tSindaco Stefano Zanon\tVeneto\n"
        "Comune di Trento\tVicesindaca Anna Dallapiccola\tTrentino-Alto Adige\n"
        "Comune di Reggio nell'Emilia\tSindaco Luca Bertolini\tEmilia-Romagna\n"
        "Unione dei Comuni della Bassa Romagna\tPresidente Marco Tampieri\tEmilia-Romagna\n"
        "Comune di Prato\tSindaca Sara Becheri\tToscana\n"
        "Comune di Perugia\tSindaca Chiara Baldelli\tUmbria\n"
        "Comune di Pesaro\tSindaco Andrea Gennari\tMarche\n"
        "Comune di L'Aquila\tAssessore Fabio Di Marco\tAbruzzo\n"
        "Città metropolitana di Bari\tConsigliera delegata Rosa Lorusso\tPuglia\n"
        "Comune di Lecce\tSindaca Maria Pia Greco\tPuglia\n"
        "Comune di Cosenza\tSindaco Giuseppe Pupo\tCalabria\n"
        "Comune di Catania\tSindaco Salvatore Longo\tSicilia\n"
        "Comune di Cagliari\tSindaco Alberto Melis\tSardegna\n"
        "Comune di Sassari\tVicesindaco Antonio Sechi\tSardegna",
        "Il testo integrale della Dichiarazione è disponibile in italiano e in inglese. Altri "
        "Comuni potranno aderire entro il 30 settembre scrivendo alla segreteria della rete.\n\n"
        "Scarica la Dichiarazione (PDF)",
        "Torino|Turin/IT; Genova|Genoa/IT; Padova|Padua/IT; Trento/IT; "
        "Reggio nell'Emilia|Reggio Emilia/IT; "
        "Unione dei Comuni della Bassa Romagna|Bassa Romagna/IT/union of municipalities; "
        "Prato/IT; Perugia/IT; Pesaro/IT; L'Aquila/IT; "
        "Città metropolitana di Bari|Metropolitan City of Bari/IT/metropolitan area; "
        "Lecce/IT; Cosenza/IT; Catania/IT; Cagliari/IT; Sassari/IT",
        "a tab table `Ente / Firmatario / Regione` of 16 bodies with a union of municipalities "
        "and a metropolitan city; the venue and host Bergamo named in the title and the text; "
        "a signer named Modena",
    ),
    Page(
        "ar-bayan-miyah-running-text-wa-dawla-qawsayn-amman",
        "ar",
        "running_text;region_after;country_in_language;not_signatory",
        "بيان رؤساء البلديات العربية حول الأمن المائي في المدن",
        (2025, 3, 22),
        "الرئيسية > الأخبار > بيانات\n\n"
        "بمناسبة اليوم العالمي للمياه، اجتمع رؤساء بلديات من خمس دول عربية في العاصمة "
        "الأردنية عمّان، بدعوة من أمانة عمّان الكبرى، لمناقشة أثر الجفاف وتراجع المياه "
        "الجوفية على المدن المتوسطة.\n\n"
        "وأكد المشاركون في بيانهم الختامي أن المدن تستهلك أكثر من نصف المياه المتاحة في "
        "المنطقة، وأن خفض الفاقد في الشبكات وإعادة استخدام المياه المعالجة أولوية لا تحتمل "
        "التأجيل. ودعا البيان الحكومات والجهات المانحة إلى تمويل مشاريع الحصاد المائي في "
        "البلديات مباشرة، مستذكراً التزامات إعلان دبلن بشأن المياه والتنمية المستدامة.",
        "ووقّع على البيان رؤساء بلديات إربد والزرقاء والسلط (الأردن)، وصيدا وصور (لبنان)، "
        "وصفاقس وسوسة (تونس)، وأكادير وشفشاون (المغرب)، ونابلس ورام الله (فلسطين).",
        "وقال رئيس لجنة المياه في الشبكة، المهندس خالد العبادي، إن البلديات الموقعة "
        "ستعرض تقدمها في الاجتماع المقبل الذي تستضيفه مدينة الإسكندرية في الخريف.\n\n"
        "للتواصل: المكتب الإقليمي – بيروت",
        "Irbid/JO; Zarqa/JO; Salt|As-Salt/JO; Sidon|Saida/LB; Tyre|Sour/LB; Sfax/TN; "
        "Sousse/TN; Agadir/MA; Chefchaouen/MA; Nablus/PS; Ramallah/PS",
        "11 cities in one Arabic sentence with `و` glued to each name and countries in "
        "brackets after groups; the host Amman, Dublin's declaration, the next host "
        "Alexandria and the office in Beirut",
    ),
    Page(
        "de-offener-brief-unterschriften-zwei-spalten",
        "de",
        "several_a_line;person_before;no_country;not_signatory",
        "Offener Brief: Altschulden jetzt lösen – Kommunen brauchen Luft zum Atmen",
        (2025, 2, 3),
        "Startseite / Presse / Offene Briefe\n\n"
        "An den Bundeskanzler, die Bundesministerin der Finanzen und die Regierungschefinnen "
        "und Regierungschefs der Länder\n\n"
        "Sehr geehrte Damen und Herren,\n\n"
        "seit mehr als zwanzig Jahren tragen unsere Städte Kassenkredite, die sie nicht "
        "selbst verursacht haben. Jeder Euro, den wir für Zinsen ausgeben, fehlt in Schulen, "
        "Kitas und Schwimmbädern. Der Koalitionsvertrag hat eine Lösung versprochen; "
        "geschehen ist nichts.\n\n"
        "Wir fordern Sie auf, noch in diesem Jahr eine gemeinsame Altschuldenregelung von "
        "Bund und Ländern zu beschließen, wie sie in Hessen und Nordrhein-Westfalen bereits "
        "vorbereitet wurde, und die Sozialausgaben künftig nach dem Grundsatz „Wer bestellt, "
        "bezahlt“ zu finanzieren.\n\n"
        "Mit freundlichen Grüßen",
        "Sabine Kortmann\tThomas Brinkhoff\n"
        "Oberbürgermeisterin\tOberbürgermeister\n"
        "Stadt Gelsenkirchen\tStadt Herne\n\n"
        "Dirk Wellmann\tRalf Özdemir\n"
        "Oberbürgermeister\tOberbürgermeister\n"
        "Stadt Oberhausen\tStadt Duisburg\n\n"
        "Jens Hartwig\tClaudia Niehaus\n"
        "Oberbürgermeister\tOberbürgermeister\n"
        "Stadt Hagen\tStadt Mülheim an der Ruhr\n\n"
        "Bernd Wolters\tPetra Lauer\n"
        "Oberbürgermeister\tOberbürgermeisterin\n"
        "Stadt Pirmasens\tStadt Kaiserslautern\n\n"
        "Anja Reinhold\tStefan Kuhnert\n"
        "Oberbürgermeisterin\tOberbürgermeister\n"
        "Stadt Ludwigshafen am Rhein\tLandeshauptstadt Saarbrücken\n\n"
        "Michael Brandt\tGerd Ackermann\n"
        "Oberbürgermeister\tOberbürgermeister\n"
        "Stadt Offenbach am Main\tStadt Remscheid",
        "Der Brief wurde am 3. Februar 2025 in Berlin an das Bundeskanzleramt übergeben.\n\n"
        "Pressekontakt: Geschäftsstelle des Aktionsbündnisses, Mülheimer Straße 12, 45127 Essen",
        "Gelsenkirchen/DE; Herne/DE; Oberhausen/DE; Duisburg/DE; Hagen/DE; "
        "Mülheim an der Ruhr|Mülheim/DE; Pirmasens/DE; Kaiserslautern/DE; "
        "Ludwigshafen am Rhein|Ludwigshafen/DE; Saarbrücken/DE; Offenbach am Main|Offenbach/DE; "
        "Remscheid/DE",
        "signature blocks two side by side, flattened by the copy to tab-separated name, "
        "title and `Stadt X` lines; the addressees in Berlin, Hessen and Nordrhein-Westfalen "
        "named in the text, the alliance's office in Essen",
    ),
    Page(
        "ko-tanso-jungnip-seoneon-beonho-pyo-do-sejong",
        "ko",
        "table_tabs;numbered;columns_after;person_after;body_not_city;not_signatory",
        "기초지방정부 2040 탄소중립 공동선언문",
        (2024, 11, 21),
        "홈 > 알림마당 > 보도자료\n\n"
        "전국 기초지방정부 단체장들이 21일 세종시 정부세종컨벤션센터에서 열린 "
        "'지방정부 탄소중립 포럼'에서 2040년까지 탄소중립을 달성하겠다는 공동선언문을 "
        "발표했다. 선언에 참여한 지방정부는 온실가스 감축 목표를 예산에 반영하는 "
        "기후예산제를 도입하고, 공공건물의 에너지 자립률을 높이기로 했다.\n\n"
        "이날 포럼을 개최한 세종특별자치시는 참관 기관으로 참석했으며, 선언문에는 "
        "서명하지 않았다.\n\n"
        "〈공동선언 참여 지방정부〉",
        "연번\t지방정부\t단체장\t소속 광역\n"
        "1\t전주시\t시장 김민호\t전북특별자치도\n"
        "2\t청주시\t시장 박서진\t충청북도\n"
        "3\t천안시\t시장 이동훈\t충청남도\n"
        "4\t창원특례시\t시장 정하윤\t경상남도\n"
        "5\t김해시\t시장 최예준\t경상남도\n"
        "6\t포항시\t시장 한지우\t경상북도\n"
        "7\t순천시\t시장 윤서아\t전라남도\n"
        "8\t여수시\t시장 강도윤\t전라남도\n"
        "9\t춘천시\t시장 조하은\t강원특별자치도\n"
        "10\t강릉시\t시장 임시우\t강원특별자치도\n"
        "11\t광명시\t시장 오지호\t경기도\n"
        "12\t제주특별자치도\t도지사 문태오\t-",
        "※ 참여 지방정부는 가나다순이 아닌 서명 순서입니다.\n\n"
        "문의: 사무국 기후정책팀 (서울특별시 중구)",
        "Jeonju/KR; Cheongju/KR; Cheonan/KR; Changwon/KR; Gimhae/KR; Pohang/KR; "
        "Suncheon/KR; Yeosu/KR; Chuncheon/KR; Gangneung/KR; Gwangmyeong/KR; "
        "Jeju Province|Jeju-do|제주특별자치도/KR/region",
        "a numbered tab table of 12 bodies with the mayor and the province in columns, the "
        "last a province (Jeju); the venue and host Sejong an observer that did not sign, the "
        "secretariat in Seoul",
    ),
    Page(
        "id-ikrar-tiga-kota-forum-jakarta",
        "id",
        "running_text;few;person_before;not_signatory",
        "Tiga Kota Tandatangani Ikrar Kota Bebas Sampah Plastik 2030",
        (2025, 7, 16),
        "Beranda / Berita / Siaran Pers\n\n"
        "JAKARTA – Di sela-sela Forum Perkotaan Indonesia yang digelar di Jakarta, Rabu "
        "(16/7), tiga pemerintah kota menandatangani Ikrar Kota Bebas Sampah Plastik 2030. "
        "Ikrar ini mewajibkan kota penanda tangan untuk menghentikan penggunaan plastik "
        "sekali pakai di seluruh kantor pemerintahan dan pasar tradisional dalam tiga tahun.",
        "Penandatanganan dilakukan oleh Wali Kota Balikpapan Rahmat Hidayat, Wali Kota "
        "Makassar Andi Nurul Fitri, dan Wakil Wali Kota Pekanbaru Suryadi Lubis, disaksikan "
        "oleh perwakilan Kementerian Lingkungan Hidup.",
        '"Balikpapan sudah melarang kantong plastik sejak 2018. Kini kami ingin melangkah '
        'lebih jauh," ujar Rahmat.\n\n'
        "Sebelumnya, Kota Surabaya dan Kabupaten Banyuwangi telah menyepakati komitmen "
        "pengurangan sampah laut pada forum tahun lalu di Denpasar.\n\n"
        "Berita terkait:\nBogor dan Malang uji coba bank sampah digital",
        "Balikpapan/ID; Makassar/ID; Pekanbaru/ID",
        "three mayors in one sentence `Wali Kota X Name` with `dan`; the venue Jakarta, "
        "Surabaya and Banyuwangi named for another commitment made last year at "
        "Denpasar",
    ),
    Page(
        "es-directorio-fichas-ayuntamiento-provincia-diputacion",
        "es",
        "one_a_line;columns_after;region_after;no_country;body_not_city;majority_other_country",
        "Directorio de miembros",
        (2025, 4, 2),
        "Inicio\nLa Red\nMiembros\nDirectorio\n\n"
        "La Red reúne a ayuntamientos y diputaciones comprometidos con la movilidad "
        "sostenible y la calidad del aire. Consulta la ficha de cada miembro para conocer "
        "sus proyectos y su persona de contacto técnica.\n\n"
        "Filtrar por comunidad autónoma\nTodas\nBuscar\n\nMostrando 22 miembros",
        "Ajuntament de Lleida\nLleida · 140.000 hab.\nMiembro desde 2012\nVer ficha\n"
        "Ayuntamiento de Logroño\nLa Rioja · 152.000 hab.\nMiembro desde 2009\nVer ficha\n"
        "Ayuntamiento de Soria\nSoria · 40.000 hab.\nMiembro desde 2015\nVer ficha\n"
        "Ayuntamiento de Huesca\nHuesca · 53.000 hab.\nMiembro desde 2011\nVer ficha\n"
        "Diputación Provincial de Huesca\nHuesca · 224.000 hab.\nMiembro desde 2021\nVer ficha\n"
        "Ayuntamiento de Vitoria-Gasteiz\nÁlava · 257.000 hab.\nMiembro desde 2005\nVer ficha\n"
        "Concello de Lugo\nLugo · 98.000 hab.\nMiembro desde 2010\nVer ficha\n"
        "Concello de Pontevedra\nPontevedra · 83.000 hab.\nMiembro desde 2005\nVer ficha\n"
        "Ayuntamiento de Segovia\nSegovia · 51.000 hab.\nMiembro desde 2018\nVer ficha\n"
        "Ayuntamiento de Cáceres\nCáceres · 96.000 hab.\nMiembro desde 2014\nVer ficha\n"
        "Ayuntamiento de Mérida\nBadajoz · 60.000 hab.\nMiembro desde 2019\nVer ficha\n"
        "Ayuntamiento de Albacete\nAlbacete · 174.000 hab.\nMiembro desde 2008\nVer ficha\n"
        "Ayuntamiento de Murcia\nMurcia · 470.000 hab.\nMiembro desde 2007\nVer ficha\n"
        "Ayuntamiento de Jaén\nJaén · 111.000 hab.\nMiembro desde 2016\nVer ficha\n"
        "Ayuntamiento de Motril\nGranada · 58.000 hab.\nMiembro desde 2020\nVer ficha\n"
        "Ayuntamiento de Ponferrada\nLeón · 63.000 hab.\nMiembro desde 2017\nVer ficha\n"
        "Ayuntamiento de Gijón\nAsturias · 268.000 hab.\nMiembro desde 2006\nVer ficha\n"
        "Ayuntamiento de Torrelavega\nCantabria · 51.000 hab.\nMiembro desde 2022\nVer ficha\n"
        "Ajuntament d'Elx\nAlicante · 235.000 hab.\nMiembro desde 2013\nVer ficha\n"
        "Ajuntament de Sagunt\nValencia · 67.000 hab.\nMiembro desde 2023\nVer ficha\n"
        "Ajuntament de Manacor\nIlles Balears · 45.000 hab.\nMiembro desde 2024\nVer ficha\n"
        "Ayuntamiento de Arona\nSanta Cruz de Tenerife · 82.000 hab.\nMiembro desde 2024\n"
        "Ver ficha",
        "¿Tu municipio quiere unirse a la Red? Consulta los requisitos de adhesión.\n\n"
        "Secretaría técnica: Paseo de la Castellana 84, 28046 Madrid",
        "Lleida|Lérida/ES; Logroño/ES; Soria/ES; Huesca/ES; "
        "Diputación Provincial de Huesca|Province of Huesca/ES/province; "
        "Vitoria-Gasteiz/ES; Lugo/ES; Pontevedra/ES; Segovia/ES; Cáceres/ES; Mérida/ES; "
        "Albacete/ES; Murcia/ES; Jaén/ES; Motril/ES; Ponferrada/ES; Gijón/ES; "
        "Torrelavega/ES; Elche|Elx/ES; Sagunto|Sagunt/ES; Manacor/ES; Arona/ES",
        "22 member cards flattened to four lines (`Ayuntamiento/Ajuntament/Concello de X`, "
        "`Province · population`, `Miembro desde`, `Ver ficha`), a provincial council, "
        "provinces named like cities (Granada, León, Valencia, Alicante), Mérida and Arona "
        "with namesakes abroad, Valencian names `Elx`, `Sagunt`; the secretariat in Madrid",
    ),
    Page(
        "pt-municipios-signatarios-por-estado-contagem-virgulas",
        "pt",
        "several_a_line;region_heading;no_country;country_in_language;majority_other_country;"
        "person_named_like_place",
        "Pacto pela Primeira Infância nas Cidades: 60 municípios signatários",
        (2025, 8, 19),
        "Início › Programas › Primeira Infância\n\n"
        "Lançado em 2023 durante a Marcha dos Prefeitos, o Pacto pela Primeira Infância nas "
        "Cidades reúne municípios que se comprometem a medir o acesso de crianças de 0 a 6 "
        "anos a creches, praças e serviços de saúde a até 15 minutos de casa, e a publicar "
        "um plano municipal com metas até 2030.\n\n"
        "Confira abaixo a lista de municípios signatários, organizada por estado "
        "(atualizada em agosto de 2025):",
        "Minas Gerais (8)\n"
        "Belo Horizonte, Contagem, Betim, Juiz de Fora, Uberlândia, Montes Claros, Ipatinga, "
        "Itabira\n\n"
        "São Paulo (10)\n"
        "São Paulo, Campinas, Santos, Sorocaba, Ribeirão Preto, São José dos Campos, "
        "Guarulhos, Osasco, Piracicaba, Bauru\n\n"
        "Rio de Janeiro (5)\n"
        "Niterói, Maricá, Petrópolis, Volta Redonda, Campos dos Goytacazes\n\n"
        "Paraná (5)\n"
        "Curitiba, Londrina, Maringá, Ponta Grossa, Foz do Iguaçu\n\n"
        "Santa Catarina (4)\n"
        "Florianópolis, Joinville, Blumenau, Chapecó\n\n"
        "Rio Grande do Sul (5)\n"
        "Porto Alegre, Caxias do Sul, Pelotas, Santa Maria, Canoas\n\n"
        "Bahia (4)\n"
        "Salvador, Feira de Santana, Vitória da Conquista, Ilhéus\n\n"
        "Pernambuco (4)\n"
        "Recife, Olinda, Caruaru, Petrolina\n\n"
        "Ceará (3)\n"
        "Fortaleza, Sobral, Juazeiro do Norte\n\n"
        "Pará (3)\n"
        "Belém, Santarém, Marabá\n\n"
        "Amazonas (1)\n"
        "Manaus\n\n"
        "Goiás (2)\n"
        "Goiânia, Anápolis\n\n"
        "Distrito Federal (1)\n"
        "Brasília\n\n"
        "Mato Grosso do Sul (2)\n"
        "Campo Grande, Dourados\n\n"
        "Espírito Santo (3)\n"
        "Vitória, Vila Velha, Serra",
        "Seu município também quer aderir? A adesão é feita pelo(a) prefeito(a) por meio do "
        'formulário on-line. "Cada praça a 15 minutos de uma criança é uma política de '
        'saúde", afirma a coordenadora do programa, Maria Vitória Lisboa.\n\n'
        "Escritório nacional: SCS Quadra 2, Brasília – DF",
        "Belo Horizonte/BR; Contagem/BR; Betim/BR; Juiz de Fora/BR; Uberlândia/BR; "
        "Montes Claros/BR; Ipatinga/BR; Itabira/BR; São Paulo/BR; Campinas/BR; Santos/BR; "
        "Sorocaba/BR; Ribeirão Preto/BR; São José dos Campos/BR; Guarulhos/BR; Osasco/BR; "
        "Piracicaba/BR; Bauru/BR; Niterói/BR; Maricá/BR; Petrópolis/BR; Volta Redonda/BR; "
        "Campos dos Goytacazes/BR; Curitiba/BR; Londrina/BR; Maringá/BR; Ponta Grossa/BR; "
        "Foz do Iguaçu/BR; Florianópolis/BR; Joinville/BR; Blumenau/BR; Chapecó/BR; "
        "Porto Alegre/BR; Caxias do Sul/BR; Pelotas/BR; Santa Maria/BR; Canoas/BR; "
        "Salvador/BR; Feira de Santana/BR; Vitória da Conquista/BR; Ilhéus/BR; Recife/BR; "
        "Olinda/BR; Caruaru/BR; Petrolina/BR; Fortaleza/BR; Sobral/BR; "
        "Juazeiro do Norte/BR; Belém/BR; Santarém/BR; Marabá/BR; Manaus/BR; Goiânia/BR; "
        "Anápolis/BR; Brasília/BR; Campo Grande/BR; Dourados/BR; Vitória/BR; Vila Velha/BR; "
        "Serra/BR",
        "60 municipalities by state headings with counts `Minas Gerais (8)`, comma-separated "
        "lines, states named like cities (São Paulo, Rio de Janeiro), cities with namesakes "
        "in Portugal and elsewhere (Santarém, Belém, Salvador, Serra, Santa Maria, Santos); a "
        "coordinator named Maria Vitória Lisboa; the national office in Brasília, a member too",
    ),
    Page(
        "fr-rapport-annuel-annexe-adherents-regions-pdf-saut-de-page",
        "fr",
        "one_a_line;region_heading;no_country;body_not_city;majority_other_country;inflected",
        "Rapport d'activité 2024 – Annexe 3 : les collectivités adhérentes",
        (2025, 3, 31),
        "Accueil > Ressources > Rapports d'activité\n\n"
        "Le réseau comptait 37 collectivités adhérentes au 31 décembre 2024, contre 33 un an "
        "plus tôt. Quatre nouvelles villes nous ont rejoints en 2024 (Cherbourg-en-Cotentin, "
        "Albi, Digne-les-Bains et Fort-de-France) et aucune n'a quitté le réseau. "
        "L'assemblée générale s'est tenue à Tours, qui envisage son adhésion en 2025.\n\n"
        "ANNEXE 3 – LISTE DES ADHÉRENTS (au 31/12/2024)",
        "Auvergne-Rhône-Alpes\nVille de Grenoble\nVille de Chambéry\nVille de Valence\n"
        "Ville d'Annecy\nVille de Villeurbanne\n"
        "Bourgogne-Franche-Comté\nVille de Besançon\nVille de Dijon\n"
        "Bretagne\nVille de Rennes\nVille de Lorient\nVille de Brest\nVille de Saint-Brieuc\n"
        "Grand Est\nVille de Metz\nVille de Nancy\nVille de Mulhouse\nVille de Colmar\n"
        "Hauts-de-France\nMétropole Européenne de Lille\nCommunauté urbaine de Dunkerque\n"
        "Ville d'Amiens\nVille d'Arras\n\n"
        "Rapport d'activité 2024 | 37\n\n"
        "Normandie\nVille de Rouen\nVille de Caen\nVille de Cherbourg-en-Cotentin\n"
        "Nouvelle-Aquitaine\nVille de Poitiers\nVille de La Rochelle\nVille de Limoges\n"
        "Ville de Bayonne\n"
        "Occitanie\nVille de Montpellier\nVille de Perpignan\nVille d'Albi\n"
        "Pays de la Loire\nVille d'Angers\nVille du Mans\nVille de Saint-Nazaire\n"
        "Provence-Alpes-Côte d'Azur\nVille de Marseille\nVille d'Avignon\n"
        "Ville de Digne-les-Bains\n"
        "Outre-mer\nVille de Saint-Denis (La Réunion)\nVille de Fort-de-France (Martinique)",
        "Annexe 4 – Composition du conseil d'administration ......... p. 38\n\n"
        "Télécharger le rapport complet (PDF, 2,4 Mo)",
        "Grenoble/FR; Chambéry/FR; Valence/FR; Annecy/FR; Villeurbanne/FR; Besançon/FR; "
        "Dijon/FR; Rennes/FR; Lorient/FR; Brest/FR; Saint-Brieuc/FR; Metz/FR; Nancy/FR; "
        "Mulhouse/FR; Colmar/FR; "
        "Métropole Européenne de Lille|European Metropolis of Lille/FR/metropolitan area; "
        "Communauté urbaine de Dunkerque/FR/union of municipalities; Amiens/FR; Arras/FR; "
        "Rouen/FR; Caen/FR; Cherbourg-en-Cotentin/FR; Poitiers/FR; La Rochelle/FR; "
        "Limoges/FR; Bayonne/FR; Montpellier/FR; Perpignan/FR; Albi/FR; Angers/FR; "
        "Le Mans/FR; Saint-Nazaire/FR; Marseille/FR; Avignon/FR; Digne-les-Bains/FR; "
        "Saint-Denis/RE; Fort-de-France/MQ",
        "37 members one a line under region headings copied from a PDF annex with a running "
        "footer `Rapport d'activité 2024 | 37` between blocks, a metropolis and an urban "
        "community, `Ville du Mans`, Valence and Brest with namesakes abroad, overseas "
        "Saint-Denis and Fort-de-France; new members named in the text again, the venue Tours "
        "not a member",
    ),
    Page(
        "ja-kaiin-toshi-ichiran-todofuken-midashi-obuzaba",
        "ja",
        "several_a_line;region_heading;no_country;not_signatory;body_not_city",
        "会員都市一覧",
        (2025, 4, 1),
        "ホーム ＞ ネットワークについて ＞ 会員都市\n\n"
        "本ネットワークは、歩いて楽しいまちづくりに取り組む全国の自治体で構成されています。"
        "2025年4月1日現在の会員は30市です（都道府県順）。\n\n"
        "事務局：京都市都市計画局内",
        "北海道：札幌市、旭川市、帯広市\n"
        "青森県：弘前市\n"
        "岩手県：盛岡市\n"
        "宮城県：仙台市、石巻市\n"
        "福島県：郡山市\n"
        "栃木県：宇都宮市\n"
        "埼玉県：さいたま市、川越市\n"
        "東京都：八王子市、武蔵野市\n"
        "神奈川県：横浜市、小田原市\n"
        "長野県：松本市、飯田市\n"
        "富山県：富山市\n"
        "石川県：金沢市\n"
        "静岡県：浜松市\n"
        "愛知県：豊田市、岡崎市\n"
        "京都府：京都市\n"
        "兵庫県：神戸市、姫路市\n"
        "岡山県：倉敷市\n"
        "広島県：広島市\n"
        "愛媛県：松山市\n"
        "福岡県：北九州市、福岡市\n"
        "熊本県：熊本市\n"
        "沖縄県：那覇市\n\n"
        "オブザーバー：国土交通省都市局、東京都",
        "入会をご希望の自治体は、事務局までお問い合わせください。",
        "Sapporo/JP; Asahikawa/JP; Obihiro/JP; Hirosaki/JP; Morioka/JP; Sendai/JP; "
        "Ishinomaki/JP; Koriyama/JP; Utsunomiya/JP; Saitama/JP; Kawagoe/JP; Hachioji/JP; "
        "Musashino/JP; Yokohama/JP; Odawara/JP; Matsumoto/JP; Iida/JP; Toyama/JP; "
        "Kanazawa/JP; Hamamatsu/JP; Toyota/JP; Okazaki/JP; Kyoto/JP; Kobe/JP; Himeji/JP; "
        "Kurashiki/JP; Hiroshima/JP; Matsuyama/JP; Kitakyushu/JP; Fukuoka/JP",
        "30 cities after prefecture labels `北海道：札幌市、旭川市`, prefectures named like their "
        "capitals (富山県：富山市, 広島県：広島市), observers (a ministry and Tokyo Metropolis) "
        "after the list; the secretariat in Kyoto, a member too",
    ),
    Page(
        "tr-yeni-uyeler-ilce-belediyesi-il-parantez-ev-sahibi",
        "tr",
        "bulleted;region_after;no_country;not_signatory;majority_other_country",
        "Birliğimize 7 yeni belediye katıldı",
        (2025, 5, 16),
        "Anasayfa / Haberler\n\n"
        "Birliğimizin Meclis toplantısı, 15 Mayıs'ta Eskişehir Büyükşehir Belediyesi'nin ev "
        "sahipliğinde Eskişehir'de yapıldı. Toplantıda yedi belediyenin üyelik başvurusu oy "
        "birliğiyle kabul edildi ve üye sayımız 142'ye yükseldi.\n\n"
        "Birlik Başkanı ve Gaziantep Büyükşehir Belediye Başkanı Ayşe Karaca, yeni üyelere "
        "hoş geldiniz diyerek iklim uyum planlarının hazırlanmasında teknik destek "
        "sağlanacağını söyledi.\n\n"
        "Birliğimize katılan yeni üyeler şunlardır:",
        "• Nilüfer Belediyesi (Bursa)\n"
        "• Çankaya Belediyesi (Ankara)\n"
        "• Karşıyaka Belediyesi (İzmir)\n"
        "• Tepebaşı Belediyesi (Eskişehir)\n"
        "• Mezitli Belediyesi (Mersin)\n"
        "• Kadıköy Belediyesi (İstanbul)\n"
        "• Muğla Büyükşehir Belediyesi",
        "Toplantıda ayrıca Birliğin 2025 çalışma programı ve bütçesi onaylandı. Bir sonraki "
        "Meclis toplantısının Ekim ayında Trabzon'da yapılması kararlaştırıldı.\n\n"
        "Etiketler: Meclis, Yeni Üyeler",
        "Nilüfer/TR; Çankaya/TR; Karşıyaka/TR; Tepebaşı/TR; Mezitli/TR; Kadıköy/TR; Muğla/TR",
        "7 bullets of district municipalities `Nilüfer Belediyesi (Bursa)` with their "
        "province in brackets, the last a metropolitan municipality; the host Eskişehir "
        "(whose district Tepebaşı joined), the president's Gaziantep, the next venue Trabzon",
    ),
    Page(
        "ru-tablitsa-chleny-gorodskoy-okrug-subekt-shtab-kvartira",
        "ru",
        "table_tabs;numbered;columns_after;region_after;no_country;inflected;not_signatory",
        "Члены ассоциации",
        (2025, 1, 20),
        "Главная / Об ассоциации / Члены ассоциации\n\n"
        "Ассоциация сибирских и дальневосточных городов объединяет муниципальные образования "
        "Сибири и Дальнего Востока. Исполнительная дирекция ассоциации находится в "
        "Новосибирске.\n\n"
        "Список членов ассоциации (по состоянию на 1 января 2025 г.)",
        "№\tМуниципальное образование\tСубъект Российской Федерации\n"
        "1\tгород Новосибирск\tНовосибирская область\n"
        "2\tгородской округ — город Барнаул Алтайского края\tАлтайский край\n"
        "3\tгородской округ город Омск Омской области\tОмская область\n"
        "4\tГородской округ «Город Томск»\tТомская область\n"
        "5\tКемеровский городской округ\tКемеровская область — Кузбасс\n"
        "6\tНовокузнецкий городской округ\tКемеровская область — Кузбасс\n"
        "7\tгород Красноярск\tКрасноярский край\n"
        "8\tгород Иркутск\tИркутская область\n"
        "9\tгородской округ «город Улан-Удэ»\tРеспублика Бурятия\n"
        "10\tгородской округ «Город Чита»\tЗабайкальский край\n"
        "11\tгородской округ «город Якутск»\tРеспублика Саха (Якутия)\n"
        "12\tгородской округ «Город Хабаровск»\tХабаровский край\n"
        "13\tВладивостокский городской округ\tПриморский край\n"
        "14\tгородской округ город Благовещенск\tАмурская область\n"
        "15\tгородской округ город Абакан\tРеспублика Хакасия\n"
        "16\tгородской округ город Кызыл Республики Тыва\tРеспублика Тыва",
        "Партнёры ассоциации: Ассоциация городов Монголии (Улан-Батор), акимат города "
        "Павлодара (Республика Казахстан).\n\n"
        "Как вступить в ассоциацию",
        "Novosibirsk/RU; Barnaul/RU; Omsk/RU; Tomsk/RU; Kemerovo/RU; Novokuznetsk/RU; "
        "Krasnoyarsk/RU; Irkutsk/RU; Ulan-Ude/RU; Chita/RU; Yakutsk/RU; Khabarovsk/RU; "
        "Vladivostok/RU; Blagoveshchensk/RU; Abakan/RU; Kyzyl/RU",
        "a numbered tab table of 16 official names (`городской округ «Город Томск»`, "
        "adjectives `Кемеровский`, `Новокузнецкий`, `Владивостокский городской округ`, "
        "genitive subjects after the city) with federal subjects in a column; the "
        "headquarters Novosibirsk a member too; partners Ulaanbaatar and Pavlodar did not join",
    ),
    Page(
        "en-resilience-awards-winners-categories-shortlisted",
        "en",
        "one_a_line;region_after;not_signatory;person_named_like_place;named_twice",
        "Urban Resilience Awards 2025: meet the winners",
        (2025, 11, 6),
        "Home | Programmes | Awards | 2025 winners\n\n"
        "Six cities were honoured last night at the Urban Resilience Awards ceremony in "
        "Rotterdam, chosen by an international jury from 212 entries from 74 countries. This "
        "year's winners show that resilience is built street by street, with residents.\n\n"
        "The winners",
        "Heat and Health\nAhmedabad, India – for its heat action plan and cool-roofs "
        "programme in informal settlements\n\n"
        "Water and Flooding\neThekwini Municipality (Durban), South Africa – for the "
        "restoration of 40 km of river corridors by local cooperatives\n\n"
        "Nature-based Solutions\nFreetown, Sierra Leone – for planting one million trees "
        "and tracking each one online\n\n"
        "Community-led Resilience\nQuezon City, Philippines – for its barangay-based early "
        "warning network\n\n"
        "Youth Prize\nKochi, India – for the student-designed mangrove monitoring app\n\n"
        "Mayor of the Year\nMayor Carolina Lima, Montevideo, Uruguay – for putting the "
        "city's drought plan to a public vote",
        "The jury, chaired by former Mayor Henrik Aalborg, also commended the shortlisted "
        "entries from Athens, Phoenix, Dhaka and Lima. Entries for 2026 open in March; next "
        "year's ceremony will be held in Singapore.\n\n"
        "Watch the ceremony | Read the jury report",
        "Ahmedabad/IN; Durban/ZA; Freetown/SL; Quezon City/PH; Kochi/IN; Montevideo/UY",
        "six winners under category headings, `City, Country – for ...`, Durban named with "
        "its municipality eThekwini, Kochi with a namesake in Japan, a mayor named Lima and a "
        "jury chair named Aalborg; the venue Rotterdam, shortlisted Athens, Phoenix, Dhaka "
        "and Lima, next venue Singapore",
    ),
]

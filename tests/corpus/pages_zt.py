"""Hand-written pages, batch zt: held out from round 23 (branch acczt), written without reading the
reader or running it, before any change to it for them. Fourteen member pages in fourteen
languages, most of them ones the corpus has few pages of, modelled on how city networks and
national associations publish their members: a Basque sustainability network's members under
historical-territory headings as tab tables with population and year columns, a union of
municipalities among them and partners apart; a Galician news item welcoming `concellos` and
Portuguese `câmaras` beside the host and the president's city; an Icelandic table of official
municipal names (`Kópavogsbær`, `Hafnarfjarðarkaupstaður`) with regions and populations; Hebrew
member cards with the mayor, population and `לפרופיל העיר`; Serbian award winners by category
`1. mesto: Grad Šabac` with a jury from other cities; a Catalan A–Z index of `Ajuntament
d'X (comarca)` with letter headings and a `Consell Comarcal`; Vietnamese members under
region headings `Thành phố X (tỉnh Y)`; a Korean annual report's annex table of certified
cities with population and year columns; a Japanese map's list view under regional blocks with
prefectures as observers; Estonian members, then observers and former members apart; Bulgarian
`Община X` members, then observers and partners; an Arabic news item welcoming three cities;
Indonesian award winners by category, 64 `Kota X, Provinsi` entries with regencies among them;
an English directory of 47 cities under world-region headings with counts, observers, partners
and former members apart. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "eu-udalsarea-kideak-lurraldeka-taula-biztanleak-bazkideak",
        "eu",
        "table_tabs;region_heading;columns_after;body_not_city;not_signatory;no_country",
        "Sareko kideak: udalerriak lurraldeka",
        (2025, 3, 18),
        "Hasiera > Sarea > Kideak\n\n"
        "Jasangarritasunerako Udal Sarea 2002an sortu zen, eta gaur egun Euskal Autonomia "
        "Erkidegoko udalerri eta eskualde-erakunde gehienak biltzen ditu. Beheko zerrendan "
        "agertzen dira 2030 Agendaren tokiko ekintza-plana onartuta duten kideak. Datu "
        "osoak ikusteko, hautatu udalerria mapan.\n\n"
        "Iragazi: Lurraldea ▾   Kide noiztik ▾   Bilatu udalerria…",
        "ARABA / ÁLAVA (3)\n"
        "Udalerria\tBiztanleak\tKide noiztik\n"
        "Vitoria-Gasteiz\t257.423\t2002\n"
        "Amurrio\t10.385\t2004\n"
        "Laudio / Llodio\t18.163\t2003\n\n"
        "BIZKAIA (6)\n"
        "Udalerria\tBiztanleak\tKide noiztik\n"
        "Bilbo\t346.405\t2002\n"
        "Getxo\t77.946\t2002\n"
        "Barakaldo\t101.486\t2005\n"
        "Durango\t30.763\t2006\n"
        "Gernika-Lumo\t17.023\t2008\n"
        "Basauri\t40.522\t2011\n\n"
        "GIPUZKOA (7)\n"
        "Udalerria\tBiztanleak\tKide noiztik\n"
        "Donostia / San Sebastián\t188.743\t2002\n"
        "Irun\t62.933\t2003\n"
        "Errenteria\t39.495\t2004\n"
        "Zarautz\t23.551\t2007\n"
        "Arrasate / Mondragón\t22.087\t2009\n"
        "Eibar\t27.458\t2010\n"
        "Debagoieneko Mankomunitatea\t62.140\t2012",
        "Bazkide laguntzaileak (ez dira kide): Eusko Jaurlaritza – Ingurumen Saila; Arabako "
        "Foru Aldundia; Bizkaiko Foru Aldundia; Gipuzkoako Foru Aldundia; EUDEL – Euskadiko "
        "Udalen Elkartea.\n\n"
        "Idazkaritza teknikoa: Alameda Urquijo 36, 6. solairua, 48011 Bilbo. "
        "Tel. 94 423 07 43\n\n"
        "Albiste gehiago\n"
        "Tolosako eta Azpeitiko ikastetxeek klima-foroa antolatu dute\n"
        "Hondarribian egin da sareko udako jardunaldia",
        "Vitoria-Gasteiz/ES; Amurrio/ES; Llodio|Laudio/ES; Bilbao/ES; Getxo/ES; "
        "Barakaldo/ES; Durango/ES; Gernika-Lumo/ES; Basauri/ES; San Sebastián|Donostia/ES; "
        "Irun/ES; Errenteria/ES; Zarautz/ES; Mondragón|Arrasate/ES; Eibar/ES; "
        "Debagoieneko Mankomunitatea|Mancomunidad del Alto Deba/ES/union of municipalities",
        "tab tables under historical-territory headings in capitals with counts, population "
        "and year columns, bilingual names with a slash, a mankomunitatea; partner bodies "
        "apart, the secretariat in Bilbo (a member), Tolosa, Azpeitia, Hondarribia in teasers",
    ),
    Page(
        "gl-eixo-benvida-novos-socios-concellos-camaras-anfitrion",
        "gl",
        "running_text;not_signatory;few;country_in_language;teasers",
        "O Eixo dá a benvida a cinco novos socios de Galicia e do Norte de Portugal",
        (2024, 11, 22),
        "Inicio > Actualidade > Novas\n\n"
        "A Asemblea Xeral, reunida este venres no Auditorio Mar de Vigo, aprobou por "
        "unanimidade a incorporación de cinco novos municipios á asociación, que chega así aos "
        "41 socios a ambos os dous lados do Miño. A alcaldesa anfitriona, Rosa Outeiral, "
        "lembrou que a cooperación transfronteiriza «non é un luxo, senón a forma de vida de "
        "moita xente que traballa nun país e vive no outro».",
        "Os novos socios son os concellos galegos de Lalín, A Estrada e Carballo, e as "
        "câmaras municipais portuguesas de Esposende e Valença, que participarán xa no "
        "próximo plan de acción en mobilidade e emprego xuvenil.",
        "O presidente da asociación e alcalde de Braga, Nuno Macedo Sá, destacou que con "
        "Valença a rede completa a presenza en todos os concellos da raia do Baixo Miño. O "
        "secretario xeral, Xoán Piñeiro, presentou o orzamento para 2025, que a Comisión "
        "Executiva debaterá en Ourense en febreiro.\n\n"
        "Compartir: Facebook · X · LinkedIn · Correo\n\n"
        "Tamén che pode interesar\n"
        "Lugo e Viana do Castelo asinan un convenio de intercambio cultural\n"
        "Aberta a convocatoria das bolsas de mobilidade para o Porto e Santiago",
        "Lalín/ES; A Estrada/ES; Carballo/ES; Esposende/PT; Valença/PT",
        "running text `os concellos galegos de X, Y e Z, e as câmaras municipais portuguesas de "
        "A e B`; Vigo the venue, Braga the president's city, Ourense the next meeting, Lugo, "
        "Viana do Castelo, Porto, Santiago in teasers",
    ),
    Page(
        "is-barnvaen-sveitarfelog-tafla-opinber-heiti-landshluti-ibuar",
        "is",
        "table_tabs;inflected;columns_after;region_after;no_country",
        "Barnvæn sveitarfélög – sveitarfélög í verkefninu",
        (2025, 1, 9),
        "Forsíða > Verkefni > Barnvæn sveitarfélög\n\n"
        "Sveitarfélög sem taka þátt í verkefninu innleiða Barnasáttmála Sameinuðu þjóðanna "
        "með markvissum hætti í alla sína starfsemi. Verkefnið er unnið í samstarfi við "
        "félags- og vinnumarkaðsráðuneytið. Viðurkenning er veitt til þriggja ára í senn.\n\n"
        "Eftirfarandi sveitarfélög hafa undirritað samstarfssamning:",
        "Sveitarfélag\tLandshluti\tÍbúafjöldi\tUndirritað\tStaða\n"
        "Reykjavíkurborg\tHöfuðborgarsvæðið\t139.875\t2020\tViðurkennt\n"
        "Kópavogsbær\tHöfuðborgarsvæðið\t39.810\t2016\tViðurkennt\n"
        "Hafnarfjarðarkaupstaður\tHöfuðborgarsvæðið\t30.950\t2019\tÍ innleiðingu\n"
        "Garðabær\tHöfuðborgarsvæðið\t19.250\t2021\tÍ innleiðingu\n"
        "Mosfellsbær\tHöfuðborgarsvæðið\t13.620\t2020\tViðurkennt\n"
        "Seltjarnarnesbær\tHöfuðborgarsvæðið\t4.700\t2022\tÍ innleiðingu\n"
        "Akraneskaupstaður\tVesturland\t8.200\t2019\tViðurkennt\n"
        "Ísafjarðarbær\tVestfirðir\t3.950\t2021\tÍ innleiðingu\n"
        "Akureyrarbær\tNorðurland eystra\t19.900\t2016\tViðurkennt\n"
        "Reykjanesbær\tSuðurnes\t22.800\t2018\tViðurkennt\n"
        "Vestmannaeyjabær\tSuðurland\t4.450\t2022\tÍ innleiðingu\n"
        "Hveragerðisbær\tSuðurland\t3.300\t2023\tÍ innleiðingu",
        "Viltu vita meira? Hafðu samband við verkefnastjóra, Hildi Guðmundsdóttur, í síma "
        "552 2120 eða á netfanginu barnvaen@unicef.is. Skrifstofan er á Laugavegi 176, "
        "105 Reykjavík.\n\n"
        "Fréttir\n"
        "Ungmennaráð Árborgar heimsótti Alþingi\n"
        "Fjarðabyggð hefur undirbúning að þátttöku",
        "Reykjavík/IS; Kópavogur/IS; Hafnarfjörður/IS; Garðabær/IS; Mosfellsbær/IS; "
        "Seltjarnarnes/IS; Akranes/IS; Ísafjörður/IS; Akureyri/IS; Reykjanesbær/IS; "
        "Vestmannaeyjar/IS; Hveragerði/IS",
        "a tab table of official municipal names (`-borg`, `-bær`, `-kaupstaður`) with region, "
        "population, year and status columns; the office in Reykjavík (a member), Árborg and "
        "Fjarðabyggð in news",
    ),
    Page(
        "he-forum-arim-kartisei-havrim-rosh-iriya-toshavim",
        "he",
        "one_a_line;columns_after;person_after;no_country",
        "הערים החברות בפורום",
        (2024, 9, 3),
        "דף הבית > אודות > הערים החברות\n\n"
        "הפורום מאגד ערים עצמאיות כלכלית, שאינן מקבלות מענק איזון ממשרד הפנים. הערים "
        "החברות פועלות יחד לקידום מדיניות עירונית בתחומי החינוך, התחבורה, הדיור והקיימות. "
        "לחצו על כרטיס העיר לפרטים נוספים.\n\n"
        "סינון לפי מחוז ▾",
        "תל אביב-יפו\nראש העירייה: אבנר גלעדי\nתושבים: 475,000\nלפרופיל העיר\n\n"
        "חיפה\nראשת העירייה: מיכל ברק-זיו\nתושבים: 290,000\nלפרופיל העיר\n\n"
        "ראשון לציון\nראש העירייה: דורון שפירא\nתושבים: 260,000\nלפרופיל העיר\n\n"
        "פתח תקווה\nראש העירייה: יואב רוזנטל\nתושבים: 255,000\nלפרופיל העיר\n\n"
        "נתניה\nראשת העירייה: אורית לנדאו\nתושבים: 230,000\nלפרופיל העיר\n\n"
        "באר שבע\nראש העירייה: אליהו בן-חמו\nתושבים: 215,000\nלפרופיל העיר\n\n"
        "חולון\nראש העירייה: גיל אשכנזי\nתושבים: 200,000\nלפרופיל העיר\n\n"
        "רמת גן\nראש העירייה: עמרי קדמי\nתושבים: 170,000\nלפרופיל העיר\n\n"
        "רחובות\nראשת העירייה: נעמה שטרן\nתושבים: 150,000\nלפרופיל העיר\n\n"
        "הרצליה\nראש העירייה: איתן פרלמן\nתושבים: 110,000\nלפרופיל העיר\n\n"
        "כפר סבא\nראשת העירייה: הדס יוגב\nתושבים: 105,000\nלפרופיל העיר\n\n"
        "רעננה\nראש העירייה: אלון טל\nתושבים: 80,000\nלפרופיל העיר\n\n"
        "מודיעין-מכבים-רעות\nראש העירייה: שי בן-ארי\nתושבים: 98,000\nלפרופיל העיר\n\n"
        "אילת\nראש העירייה: רפי אזולאי\nתושבים: 53,000\nלפרופיל העיר",
        "מטה הפורום: רחוב אבן גבירול 69, תל אביב-יפו. טלפון: 03-5218800\n\n"
        "עדכונים אחרונים\n"
        "סיור מקצועי בירושלים ובאשדוד בנושא התחדשות עירונית\n"
        "כנס הפורום השנתי יתקיים בנצרת",
        "Tel Aviv/IL; Haifa/IL; Rishon LeZion/IL; Petah Tikva/IL; Netanya/IL; Beersheba/IL; "
        "Holon/IL; Ramat Gan/IL; Rehovot/IL; Herzliya/IL; Kfar Saba/IL; Ra'anana/IL; "
        "Modiin/IL; Eilat/IL",
        "member cards four lines each: city, mayor, population, `לפרופיל העיר`; the full name "
        "`מודיעין-מכבים-רעות`; the seat in Tel Aviv (a member), Jerusalem, Ashdod, Nazareth "
        "in news",
    ),
    Page(
        "sr-nagrade-kategorije-mesto-grad-opstina-zirija",
        "sr",
        "one_a_line;region_heading;not_signatory;body_not_city;no_country",
        "Dobitnici nagrade „Zeleni grad“ za 2024. godinu",
        (2024, 12, 12),
        "Početna / Vesti / Nagrade\n\n"
        "Na svečanosti održanoj u Skupštini grada Beograda uručene su godišnje nagrade "
        "mreže lokalnih samouprava za doprinos zaštiti životne sredine. Žiri, kojim je "
        "predsedavala prof. dr Jelena Marković sa Univerziteta u Novom Sadu, razmotrio je "
        "47 prijava iz 38 gradova i opština. Članovi žirija bili su i predstavnici Niša i "
        "Subotice, koji nisu učestvovali u ocenjivanju prijava svojih gradova.",
        "KATEGORIJA: ENERGETSKA EFIKASNOST\n"
        "1. mesto: Grad Šabac – obnova javnih zgrada i toplana na biomasu\n"
        "2. mesto: Opština Inđija – solarni paneli na školama\n"
        "3. mesto: Grad Vršac\n\n"
        "KATEGORIJA: UPRAVLJANJE OTPADOM\n"
        "1. mesto: Grad Pirot – regionalni reciklažni centar\n"
        "2. mesto: Grad Kikinda\n"
        "3. mesto: Opština Bajina Bašta\n\n"
        "KATEGORIJA: ZELENE POVRŠINE I BIODIVERZITET\n"
        "1. mesto: Grad Sombor – „Zeleni prsten“\n"
        "2. mesto: Grad Čačak\n"
        "Posebno priznanje: Opština Ivanjica",
        "Nagrade su uručili predsednik mreže i gradonačelnik Kragujevca Dragan Ilić i "
        "ambasadorka Kraljevine Švedske. Dobitnici prvih mesta dobijaju studijsko putovanje "
        "u Ljubljanu i Beč.\n\n"
        "Podeli: Facebook | X | LinkedIn\n\n"
        "Povezane vesti\n"
        "Valjevo i Kraljevo potpisali sporazum o saradnji\n"
        "Javni poziv za nagradu 2025. otvoren do 1. marta",
        "Šabac/RS; Inđija/RS; Vršac/RS; Pirot/RS; Kikinda/RS; Bajina Bašta/RS; Sombor/RS; "
        "Čačak/RS; Ivanjica/RS",
        "award winners `1. mesto: Grad X – project` under category headings in capitals, a "
        "special mention; Belgrade the venue (genitive), Novi Sad, Niš, Subotica the jury's, "
        "Kragujevac the president's, Ljubljana, Beč the prize, Valjevo, Kraljevo in teasers",
    ),
    Page(
        "ca-index-az-ajuntaments-comarca-consell-comarcal-lletres",
        "ca",
        "one_a_line;region_after;body_not_city;no_country;person_named_like_place",
        "Directori de membres de la Xarxa de Ciutats per la Bicicleta",
        (2025, 2, 26),
        "Inici › La Xarxa › Directori de membres\n\n"
        "La Xarxa agrupa 28 ens locals de Catalunya que treballen per fer de la bicicleta un "
        "mitjà de transport quotidià. Cerca un membre per ordre alfabètic o consulta el mapa.\n\n"
        "A B C D E F G I L M O P R S T V",
        "A\n"
        "Ajuntament d'Amposta (Montsià)\n\n"
        "B\n"
        "Ajuntament de Balaguer (Noguera)\n"
        "Ajuntament de Banyoles (Pla de l'Estany)\n"
        "Ajuntament de Berga (Berguedà)\n\n"
        "C\n"
        "Ajuntament de Cardedeu (Vallès Oriental)\n"
        "Ajuntament de Castellar del Vallès (Vallès Occidental)\n"
        "Consell Comarcal del Pallars Jussà\n\n"
        "F\n"
        "Ajuntament de Figueres (Alt Empordà)\n\n"
        "G\n"
        "Ajuntament de Girona (Gironès)\n"
        "Ajuntament de Granollers (Vallès Oriental)\n\n"
        "I\n"
        "Ajuntament d'Igualada (Anoia)\n\n"
        "L\n"
        "Ajuntament de Lleida (Segrià)\n\n"
        "M\n"
        "Ajuntament de Manresa (Bages)\n"
        "Ajuntament de Mataró (Maresme)\n\n"
        "O\n"
        "Ajuntament d'Olot (Garrotxa)\n\n"
        "P\n"
        "Ajuntament de Palafrugell (Baix Empordà)\n"
        "Ajuntament de Puigcerdà (Cerdanya)\n\n"
        "R\n"
        "Ajuntament de Reus (Baix Camp)\n"
        "Ajuntament de Ripoll (Ripollès)\n\n"
        "S\n"
        "Ajuntament de Sabadell (Vallès Occidental)\n"
        "Ajuntament de Sant Cugat del Vallès (Vallès Occidental)\n"
        "Ajuntament de la Seu d'Urgell (Alt Urgell)\n"
        "Ajuntament de Solsona (Solsonès)\n\n"
        "T\n"
        "Ajuntament de Tàrrega (Urgell)\n"
        "Ajuntament de Terrassa (Vallès Occidental)\n"
        "Ajuntament de Tortosa (Baix Ebre)\n\n"
        "V\n"
        "Ajuntament de Valls (Alt Camp)\n"
        "Ajuntament de Vic (Osona)",
        "Coordinació tècnica: Jordi Badalona i Mireia Vic, Oficina de la Xarxa, Diputació de "
        "Barcelona, Rambla de Catalunya 126, 08008 Barcelona.\n\n"
        "Vols adherir-te? Descarrega el model d'acord de ple (DOCX).\n\n"
        "Notícies\n"
        "Tremp i Sort estrenen carril bici entre nuclis\n"
        "Jornada de la Xarxa a Vilafranca del Penedès",
        "Amposta/ES; Balaguer/ES; Banyoles/ES; Berga/ES; Cardedeu/ES; "
        "Castellar del Vallès/ES; Consell Comarcal del Pallars Jussà|Pallars Jussà/ES/county; "
        "Figueres/ES; Girona/ES; Granollers/ES; Igualada/ES; Lleida/ES; Manresa/ES; Mataró/ES; "
        "Olot/ES; Palafrugell/ES; Puigcerdà/ES; Reus/ES; Ripoll/ES; Sabadell/ES; "
        "Sant Cugat del Vallès/ES; La Seu d'Urgell/ES; Solsona/ES; Tàrrega/ES; Terrassa/ES; "
        "Tortosa/ES; Valls/ES; Vic/ES",
        "an A–Z index with letter headings and a letter bar, `Ajuntament de/d'X (comarca)` with "
        "comarques named like their towns, a `Consell Comarcal`; coordinators named Badalona "
        "and Vic, the office in Barcelona, Tremp, Sort, Vilafranca in news",
    ),
    Page(
        "vi-danh-sach-hoi-vien-mien-thanh-pho-tinh-ngoac",
        "vi",
        "one_a_line;region_heading;region_after;no_country",
        "Danh sách hội viên Hiệp hội các đô thị",
        (2024, 8, 15),
        "Trang chủ » Giới thiệu » Hội viên\n\n"
        "Tính đến tháng 6/2024, Hiệp hội có 96 hội viên là các thành phố, thị xã trên cả "
        "nước. Dưới đây là danh sách các hội viên đã tham gia Chương trình đô thị xanh giai "
        "đoạn 2021–2025, xếp theo vùng.",
        "MIỀN BẮC\n"
        "Thành phố Hạ Long (tỉnh Quảng Ninh)\n"
        "Thành phố Lào Cai (tỉnh Lào Cai)\n"
        "Thị xã Sa Pa (tỉnh Lào Cai)\n"
        "Thành phố Thái Nguyên (tỉnh Thái Nguyên)\n"
        "Thành phố Bắc Ninh (tỉnh Bắc Ninh)\n"
        "Thành phố Nam Định (tỉnh Nam Định)\n\n"
        "MIỀN TRUNG – TÂY NGUYÊN\n"
        "Thành phố Thanh Hóa (tỉnh Thanh Hóa)\n"
        "Thành phố Vinh (tỉnh Nghệ An)\n"
        "Thành phố Hội An (tỉnh Quảng Nam)\n"
        "Thành phố Tam Kỳ (tỉnh Quảng Nam)\n"
        "Thành phố Quy Nhơn (tỉnh Bình Định)\n"
        "Thành phố Nha Trang (tỉnh Khánh Hòa)\n"
        "Thành phố Buôn Ma Thuột (tỉnh Đắk Lắk)\n"
        "Thành phố Đà Lạt (tỉnh Lâm Đồng)\n\n"
        "MIỀN NAM\n"
        "Thành phố Biên Hòa (tỉnh Đồng Nai)\n"
        "Thành phố Vũng Tàu (tỉnh Bà Rịa – Vũng Tàu)\n"
        "Thành phố Mỹ Tho (tỉnh Tiền Giang)\n"
        "Thành phố Long Xuyên (tỉnh An Giang)\n"
        "Thành phố Rạch Giá (tỉnh Kiên Giang)\n"
        "Thành phố Cà Mau (tỉnh Cà Mau)",
        "Văn phòng Hiệp hội: Số 10 Hoa Lư, quận Hai Bà Trưng, Hà Nội. "
        "Điện thoại: 024 3974 5632\n\n"
        "Tin liên quan\n"
        "Hội thảo quy hoạch đô thị ven biển tổ chức tại Đà Nẵng\n"
        "Cần Thơ và Huế chia sẻ kinh nghiệm chống ngập",
        "Hạ Long/VN; Lào Cai/VN; Sa Pa/VN; Thái Nguyên/VN; Bắc Ninh/VN; Nam Định/VN; "
        "Thanh Hóa/VN; Vinh/VN; Hội An/VN; Tam Kỳ/VN; Quy Nhơn/VN; Nha Trang/VN; "
        "Buôn Ma Thuột/VN; Đà Lạt/VN; Biên Hòa/VN; Vũng Tàu/VN; Mỹ Tho/VN; Long Xuyên/VN; "
        "Rạch Giá/VN; Cà Mau/VN",
        "`Thành phố X (tỉnh Y)` and one `Thị xã` under region headings in capitals, provinces "
        "named like their capitals and `Bà Rịa – Vũng Tàu`; the office in Hà Nội, Đà Nẵng, "
        "Cần Thơ, Huế in teasers",
    ),
    Page(
        "ko-adong-chinhwa-yeonbo-bupyo-pyo-sido-ingu-injeung",
        "ko",
        "table_tabs;numbered;columns_after;region_after;no_country",
        "2024 연차보고서 부록 2. 아동친화도시 인증 현황",
        (2025, 4, 7),
        "홈 > 자료실 > 연차보고서\n\n"
        "2024 연차보고서\n\n"
        "부록 2. 아동친화도시 인증 지방정부 현황 (2024년 12월 31일 기준)\n\n"
        "아래 표는 상위 단계 인증을 받은 시 단위 지방정부입니다. 인구는 주민등록인구 "
        "기준이며, 군·구 단위 지방정부는 부록 3에 수록하였습니다.",
        "연번\t지방정부\t시도\t최초 인증\t인증 단계\t인구(명)\n"
        "1\t수원시\t경기도\t2015\t상위\t1,193,000\n"
        "2\t광명시\t경기도\t2016\t최우수\t279,000\n"
        "3\t군포시\t경기도\t2018\t상위\t261,000\n"
        "4\t오산시\t경기도\t2019\t상위\t232,000\n"
        "5\t남양주시\t경기도\t2020\t상위\t735,000\n"
        "6\t원주시\t강원특별자치도\t2017\t상위\t361,000\n"
        "7\t강릉시\t강원특별자치도\t2021\t상위\t210,000\n"
        "8\t청주시\t충청북도\t2019\t최우수\t850,000\n"
        "9\t아산시\t충청남도\t2020\t상위\t339,000\n"
        "10\t전주시\t전북특별자치도\t2016\t최우수\t640,000\n"
        "11\t익산시\t전북특별자치도\t2022\t상위\t271,000\n"
        "12\t순천시\t전라남도\t2018\t상위\t275,000\n"
        "13\t김해시\t경상남도\t2019\t상위\t532,000\n"
        "14\t창원특례시\t경상남도\t2021\t상위\t1,009,000\n"
        "15\t포항시\t경상북도\t2023\t상위\t496,000",
        "※ 인증 단계: 상위(유지 3년), 최우수(유지 4년)\n"
        "※ 문의: 아동친화도시 사업팀 (서울특별시 마포구 월드컵북로 400, 02-723-8215)\n\n"
        "관련 소식\n"
        "세종시, 아동의회 출범식 개최\n"
        "부산·대구 아동권리 포럼 공동 개최",
        "Suwon/KR; Gwangmyeong/KR; Gunpo/KR; Osan/KR; Namyangju/KR; Wonju/KR; Gangneung/KR; "
        "Cheongju/KR; Asan/KR; Jeonju/KR; Iksan/KR; Suncheon/KR; Gimhae/KR; Changwon/KR; "
        "Pohang/KR",
        "an annual report's annex as a numbered tab table: `X시`, `창원특례시`, province, year, "
        "level and population columns; the team's address in Seoul, Sejong, Busan, Daegu in "
        "news",
    ),
    Page(
        "ja-kamei-jichitai-chizu-list-chiho-block-oburzaba-ken",
        "ja",
        "one_a_line;region_heading;region_after;body_not_city;not_signatory;no_country",
        "加盟自治体一覧（地図・リスト表示）",
        (2024, 10, 1),
        "ホーム ＞ ネットワークについて ＞ 加盟自治体\n\n"
        "環境モデル都市ネットワークには、2024年10月1日現在、全国22の市が加盟しています。"
        "地図のピンをクリックすると各自治体の取組を確認できます。\n\n"
        "表示切替：［地図］［リスト］\n"
        "並び替え：地方別 ▾",
        "北海道・東北（5）\n"
        "札幌市（北海道）\n"
        "旭川市（北海道）\n"
        "青森市（青森県）\n"
        "盛岡市（岩手県）\n"
        "秋田市（秋田県）\n\n"
        "関東（2）\n"
        "宇都宮市（栃木県）\n"
        "前橋市（群馬県）\n\n"
        "中部（5）\n"
        "富山市（富山県）\n"
        "金沢市（石川県）\n"
        "松本市（長野県）\n"
        "浜松市（静岡県）\n"
        "豊田市（愛知県）\n\n"
        "近畿（2）\n"
        "京都市（京都府）\n"
        "姫路市（兵庫県）\n\n"
        "中国・四国（4）\n"
        "倉敷市（岡山県）\n"
        "松江市（島根県）\n"
        "高松市（香川県）\n"
        "松山市（愛媛県）\n\n"
        "九州・沖縄（4）\n"
        "北九州市（福岡県）\n"
        "熊本市（熊本県）\n"
        "鹿児島市（鹿児島県）\n"
        "那覇市（沖縄県）",
        "オブザーバー：長野県、鳥取県、環境省地方環境事務所\n\n"
        "事務局：〒100-8975 東京都千代田区霞が関1-2-2　ネットワーク事務局\n\n"
        "新着情報\n"
        "2024.09.12　横浜市で全体会議を開催しました\n"
        "2024.08.30　仙台市・神戸市の取組事例を掲載しました",
        "Sapporo/JP; Asahikawa/JP; Aomori/JP; Morioka/JP; Akita/JP; Utsunomiya/JP; "
        "Maebashi/JP; Toyama/JP; Kanazawa/JP; Matsumoto/JP; Hamamatsu/JP; Toyota/JP; "
        "Kyoto/JP; Himeji/JP; Kurashiki/JP; Matsue/JP; Takamatsu/JP; Matsuyama/JP; "
        "Kitakyushu/JP; Kumamoto/JP; Kagoshima/JP; Naha/JP",
        "a map's list view: `X市（Y県）` under regional-block headings with counts, "
        "prefectures named like their capitals, prefectures as observers; the secretariat in "
        "Tokyo, Yokohama the venue, Sendai and Kobe in news",
    ),
    Page(
        "et-liikmed-maakond-vaatlejad-endised-liikmed-eraldi",
        "et",
        "table_tabs;columns_after;region_after;not_signatory;no_country",
        "Võrgustiku liikmed",
        (2025, 5, 12),
        "Avaleht » Meist » Liikmed\n\n"
        "Tervislike linnade võrgustikku kuulub 14 omavalitsust. Liikmeks saab astuda "
        "volikogu otsusega; liikmemaks sõltub elanike arvust. Vaatlejad osalevad "
        "üldkoosolekul sõnaõiguseta.",
        "Omavalitsus\tMaakond\tLiitunud\tKontaktisik\n"
        "Tallinna linn\tHarju maakond\t1998\tKadri Tamm\n"
        "Tartu linn\tTartu maakond\t1998\tMärt Kask\n"
        "Pärnu linn\tPärnu maakond\t2001\tEve Saar\n"
        "Narva linn\tIda-Viru maakond\t2003\tJelena Ivanova\n"
        "Viljandi linn\tViljandi maakond\t2004\tTõnu Lepik\n"
        "Rakvere linn\tLääne-Viru maakond\t2006\tPille Rand\n"
        "Kuressaare\tSaare maakond\t2007\tAnneli Väli\n"
        "Haapsalu linn\tLääne maakond\t2009\tPeeter Mänd\n"
        "Võru linn\tVõru maakond\t2011\tKaja Org\n"
        "Valga vald\tValga maakond\t2012\tRein Kuusk\n"
        "Paide linn\tJärva maakond\t2014\tLiis Sepp\n"
        "Keila linn\tHarju maakond\t2016\tHelen Pärn\n"
        "Elva vald\tTartu maakond\t2019\tAndres Kivi\n"
        "Maardu linn\tHarju maakond\t2021\tSvetlana Orlova",
        "Vaatlejad\n"
        "Jõhvi vald (Ida-Viru maakond)\n"
        "Põlva vald (Põlva maakond)\n\n"
        "Endised liikmed\n"
        "Kohtla-Järve linn (1999–2015)\n"
        "Sillamäe linn (2005–2018)\n\n"
        "Koordinaator: Tervise Arengu Instituut, Hiiu 42, 11619 Tallinn\n\n"
        "Uudised\n"
        "Rapla noortevolikogu külastas Tartut",
        "Tallinn/EE; Tartu/EE; Pärnu/EE; Narva/EE; Viljandi/EE; Rakvere/EE; Kuressaare/EE; "
        "Haapsalu/EE; Võru/EE; Valga/EE; Paide/EE; Keila/EE; Elva/EE; Maardu/EE",
        "a tab table of `X linn` / `X vald` with county, year and contact-person columns, "
        "counties named like their towns; observers and former members apart; the "
        "coordinator in Tallinn (a member), Rapla in news",
    ),
    Page(
        "bg-zdravi-gradove-chlenove-nablyudateli-partnyori-obshtina",
        "bg",
        "numbered;not_signatory;no_country;person_after",
        "Членове на Националната мрежа на здравите градове",
        (2024, 6, 20),
        "Начало » За мрежата » Членове\n\n"
        "Националната мрежа на здравите градове е създадена през 1995 г. в Габрово и "
        "обединява общини, които прилагат подхода „Здраве във всички политики“. Мрежата е "
        "акредитирана от Регионалния офис на СЗО за Европа в Копенхаген.\n\n"
        "Общини – пълноправни членове",
        "1. Община Габрово – кмет Стефан Николов\n"
        "2. Община Стара Загора – кмет Милена Тодорова\n"
        "3. Община Бургас – кмет Георги Павлов\n"
        "4. Община Русе – кмет Ивайло Стоянов\n"
        "5. Община Сливен – кмет Надежда Петкова\n"
        "6. Община Добрич – кмет Кирил Маринов\n"
        "7. Община Шумен – кмет Антон Кръстев\n"
        "8. Община Хасково – кмет Десислава Иванова\n"
        "9. Община Благоевград – кмет Петър Ангелов\n"
        "10. Община Ловеч – кмет Росица Димова",
        "Наблюдатели\n"
        "Община Враца\n"
        "Община Смолян\n\n"
        "Партньори\n"
        "Медицински университет – Плевен\n"
        "Регионална здравна инспекция – Варна\n"
        "Национален център по обществено здраве и анализи, София\n\n"
        "Секретариат: ул. „Райчо Каролев“ 4, 5300 Габрово, тел. 066 818 400\n\n"
        "Новини\n"
        "Пловдив домакин на лятната школа за здравно промотиране",
        "Gabrovo/BG; Stara Zagora/BG; Burgas/BG; Ruse/BG; Sliven/BG; Dobrich/BG; Shumen/BG; "
        "Haskovo/BG; Blagoevgrad/BG; Lovech/BG",
        "numbered `Община X – кмет Name`; observers and partner bodies named after cities "
        "(Плевен, Варна, София) apart; Gabrovo the founding place and secretariat (a member), "
        "Copenhagen the WHO office, Plovdiv in news",
    ),
    Page(
        "ar-tarhib-thalath-mudun-judud-baladiya-dawla-qawsayn",
        "ar",
        "running_text;few;not_signatory;country_in_language;teasers",
        "الشبكة ترحب بثلاث مدن جديدة",
        (2025, 2, 3),
        "الرئيسية / الأخبار / أخبار الشبكة\n\n"
        "وافق المكتب التنفيذي للشبكة العربية للمدن المستدامة، في اجتماعه الذي عقد في مدينة "
        "إربد بدعوة من رئيس بلديتها، على طلبات الانضمام المقدمة من ثلاث مدن، ليرتفع عدد "
        "الأعضاء إلى 64 مدينة في 14 دولة.",
        "وتضم المدن الجديدة بلدية صيدا (لبنان) وبلدية سوسة (تونس) وجماعة شفشاون (المغرب)، "
        "وستشارك المدن الثلاث في برنامج تبادل الخبرات في مجال إدارة المياه والطاقة المتجددة.",
        "وقالت الأمينة العامة للشبكة، د. ريم الخطيب، إن انضمام هذه المدن «يعزز حضور الشبكة "
        "في منطقة البحر الأبيض المتوسط». وسيعقد المؤتمر العام القادم في مسقط في شهر أكتوبر.\n\n"
        "المقر: عمّان، الأردن – شارع الملكة رانيا، مبنى 112\n\n"
        "شارك: فيسبوك | إكس | واتساب\n\n"
        "أخبار ذات صلة\n"
        "الزرقاء وطرابلس توقعان اتفاقية توأمة\n"
        "ورشة عمل حول التكيف المناخي في أغادير",
        "Sidon|Saida/LB; Sousse/TN; Chefchaouen/MA",
        "three new members in one sentence `بلدية X (country)` joined with و; Irbid the "
        "meeting's host, Muscat the next venue, the seat in Amman, Zarqa, Tripoli, Agadir in "
        "teasers",
    ),
    Page(
        "id-penghargaan-kota-sehat-kategori-kota-provinsi-kabupaten",
        "id",
        "numbered;region_after;body_not_city;not_signatory;no_country",
        "Daftar Penerima Penghargaan Kabupaten/Kota Sehat Tahun 2023",
        (2023, 11, 28),
        "Beranda › Berita › Penghargaan\n\n"
        "Jakarta – Kementerian Kesehatan bersama Kementerian Dalam Negeri menyerahkan "
        "penghargaan Kabupaten/Kota Sehat (KKS) Tahun 2023 kepada pemerintah daerah yang "
        "dinilai berhasil menyelenggarakan tatanan kawasan sehat. Penyerahan dilakukan di "
        "Jakarta oleh Wakil Menteri Kesehatan dan dihadiri oleh Forum Kota Sehat dari seluruh "
        "Indonesia.\n\n"
        "Berikut daftar anggota jaringan yang menerima penghargaan:",
        "KATEGORI SWASTI SABA WISTARA\n"
        "1. Kota Bandung, Jawa Barat\n"
        "2. Kota Surabaya, Jawa Timur\n"
        "3. Kota Semarang, Jawa Tengah\n"
        "4. Kota Yogyakarta, DI Yogyakarta\n"
        "5. Kota Denpasar, Bali\n"
        "6. Kota Balikpapan, Kalimantan Timur\n"
        "7. Kota Makassar, Sulawesi Selatan\n"
        "8. Kota Padang, Sumatera Barat\n"
        "9. Kota Bogor, Jawa Barat\n"
        "10. Kota Malang, Jawa Timur\n"
        "11. Kota Surakarta, Jawa Tengah\n"
        "12. Kota Pekanbaru, Riau\n"
        "13. Kabupaten Sleman, DI Yogyakarta\n"
        "14. Kota Manado, Sulawesi Utara\n"
        "15. Kota Bukittinggi, Sumatera Barat\n"
        "16. Kota Tangerang, Banten\n"
        "17. Kota Salatiga, Jawa Tengah\n"
        "18. Kota Madiun, Jawa Timur\n\n"
        "KATEGORI SWASTI SABA WIWERDA\n"
        "1. Kota Depok, Jawa Barat\n"
        "2. Kota Bekasi, Jawa Barat\n"
        "3. Kota Cimahi, Jawa Barat\n"
        "4. Kota Cirebon, Jawa Barat\n"
        "5. Kota Magelang, Jawa Tengah\n"
        "6. Kota Pekalongan, Jawa Tengah\n"
        "7. Kota Blitar, Jawa Timur\n"
        "8. Kota Probolinggo, Jawa Timur\n"
        "9. Kota Batu, Jawa Timur\n"
        "10. Kabupaten Banyuwangi, Jawa Timur\n"
        "11. Kota Mataram, Nusa Tenggara Barat\n"
        "12. Kota Medan, Sumatera Utara\n"
        "13. Kota Binjai, Sumatera Utara\n"
        "14. Kota Payakumbuh, Sumatera Barat\n"
        "15. Kota Palembang, Sumatera Selatan\n"
        "16. Kota Bandar Lampung, Lampung\n"
        "17. Kota Metro, Lampung\n"
        "18. Kota Pontianak, Kalimantan Barat\n"
        "19. Kota Banjarmasin, Kalimantan Selatan\n"
        "20. Kota Samarinda, Kalimantan Timur\n"
        "21. Kota Bontang, Kalimantan Timur\n"
        "22. Kota Gorontalo, Gorontalo\n"
        "23. Kota Bengkulu, Bengkulu\n"
        "24. Kota Jambi, Jambi\n\n"
        "KATEGORI SWASTI SABA PADAPA\n"
        "1. Kota Tasikmalaya, Jawa Barat\n"
        "2. Kota Tegal, Jawa Tengah\n"
        "3. Kota Kediri, Jawa Timur\n"
        "4. Kota Pasuruan, Jawa Timur\n"
        "5. Kota Kupang, Nusa Tenggara Timur\n"
        "6. Kota Bima, Nusa Tenggara Barat\n"
        "7. Kota Dumai, Riau\n"
        "8. Kota Pematangsiantar, Sumatera Utara\n"
        "9. Kota Lhokseumawe, Aceh\n"
        "10. Kota Banda Aceh, Aceh\n"
        "11. Kota Batam, Kepulauan Riau\n"
        "12. Kota Tanjungpinang, Kepulauan Riau\n"
        "13. Kota Pangkalpinang, Kepulauan Bangka Belitung\n"
        "14. Kota Singkawang, Kalimantan Barat\n"
        "15. Kota Palangkaraya, Kalimantan Tengah\n"
        "16. Kota Tarakan, Kalimantan Utara\n"
        "17. Kota Bitung, Sulawesi Utara\n"
        "18. Kota Palu, Sulawesi Tengah\n"
        "19. Kota Kendari, Sulawesi Tenggara\n"
        "20. Kota Ambon, Maluku\n"
        "21. Kabupaten Gianyar, Bali\n"
        "22. Kota Jayapura, Papua",
        "Penghargaan diberikan setiap dua tahun. Penilaian dilakukan oleh Tim Pembina KKS "
        "Pusat yang diketuai oleh Direktur Penyehatan Lingkungan, dengan verifikasi lapangan "
        "di Serang, Cilegon dan Sorong yang belum memenuhi syarat tahun ini.\n\n"
        "Sekretariat Forum: Jl. H.R. Rasuna Said Blok X-5 Kav. 4-9, Jakarta Selatan\n\n"
        "Bagikan: Facebook · X · WhatsApp\n\n"
        "Berita Terkait\n"
        "Kota Ternate dan Kota Sabang ikuti pelatihan kader kesehatan\n"
        "Workshop kota sehat digelar di Palopo",
        "Bandung/ID; Surabaya/ID; Semarang/ID; Yogyakarta/ID; Denpasar/ID; Balikpapan/ID; "
        "Makassar/ID; Padang/ID; Bogor/ID; Malang/ID; Surakarta/ID; Pekanbaru/ID; "
        "Kabupaten Sleman|Sleman Regency/ID/county; Manado/ID; Bukittinggi/ID; Tangerang/ID; "
        "Salatiga/ID; Madiun/ID; Depok/ID; Bekasi/ID; Cimahi/ID; Cirebon/ID; Magelang/ID; "
        "Pekalongan/ID; Blitar/ID; Probolinggo/ID; Batu/ID; "
        "Kabupaten Banyuwangi|Banyuwangi Regency/ID/county; Mataram/ID; Medan/ID; Binjai/ID; "
        "Payakumbuh/ID; Palembang/ID; Bandar Lampung/ID; Metro/ID; Pontianak/ID; "
        "Banjarmasin/ID; Samarinda/ID; Bontang/ID; Gorontalo/ID; Bengkulu/ID; Jambi/ID; "
        "Tasikmalaya/ID; Tegal/ID; Kediri/ID; Pasuruan/ID; Kupang/ID; Bima/ID; Dumai/ID; "
        "Pematangsiantar/ID; Lhokseumawe/ID; Banda Aceh/ID; Batam/ID; Tanjungpinang/ID; "
        "Pangkalpinang/ID; Singkawang/ID; Palangkaraya/ID; Tarakan/ID; Bitung/ID; Palu/ID; "
        "Kendari/ID; Ambon/ID; Kabupaten Gianyar|Gianyar Regency/ID/county; Jayapura/ID",
        "64 award winners numbered anew under three category headings in capitals, `Kota X, "
        "Provinsi` with provinces named like cities (Gorontalo, Bengkulu, Jambi, Bali), three "
        "`Kabupaten`; Jakarta the venue, Serang, Cilegon, Sorong not qualified, Ternate, "
        "Sabang, Palopo in teasers",
    ),
    Page(
        "en-members-by-region-counts-observers-partners-former",
        "en",
        "one_a_line;region_heading;not_signatory;body_not_city;teasers",
        "Our member cities",
        (2025, 1, 20),
        "Home > Network > Members\n\n"
        "Our members\n\n"
        "The network brings together 47 cities on six continents that have committed to "
        "halving their transport emissions by 2030. Click a region to expand it, or switch "
        "to the map view.\n\n"
        "Map view | List view",
        "AFRICA (7)\n"
        "Accra, Ghana\nAddis Ababa, Ethiopia\nDakar, Senegal\nKigali, Rwanda\n"
        "Kisumu, Kenya\nDurban (eThekwini), South Africa\nTshwane, South Africa\n\n"
        "ASIA-PACIFIC (10)\n"
        "Bangkok, Thailand\nDhaka North, Bangladesh\nPune, India\nChennai, India\n"
        "Quezon City, Philippines\nSurabaya, Indonesia\nKaohsiung, Taiwan\n"
        "Yokohama, Japan\nAuckland, New Zealand\nAdelaide, Australia\n\n"
        "EUROPE (14)\n"
        "Amsterdam, Netherlands\nBarcelona, Spain\nBologna, Italy\nBrussels Capital Region, "
        "Belgium\nCopenhagen, Denmark\nGhent, Belgium\nHelsinki, Finland\nKrakow, Poland\n"
        "Lisbon, Portugal\nLjubljana, Slovenia\nManchester, United Kingdom\n"
        "Oslo, Norway\nTallinn, Estonia\nVienna, Austria\n\n"
        "LATIN AMERICA (8)\n"
        "Bogotá, Colombia\nCuritiba, Brazil\nGuadalajara, Mexico\nLima, Peru\n"
        "Medellín, Colombia\nMontevideo, Uruguay\nQuito, Ecuador\nSantiago, Chile\n\n"
        "MIDDLE EAST (3)\n"
        "Amman, Jordan\nDubai, United Arab Emirates\nTel Aviv-Yafo, Israel\n\n"
        "NORTH AMERICA (5)\n"
        "Montreal, Canada\nVancouver, Canada\nPortland, United States\n"
        "Minneapolis, United States\nPhiladelphia, United States",
        "Observer cities\n"
        "Tbilisi, Georgia · Almaty, Kazakhstan · Lagos, Nigeria\n\n"
        "Partners\n"
        "Rotterdam School of Urban Mobility · Nairobi Transport Lab · Institute for Streets, "
        "Washington DC\n\n"
        "Former members\n"
        "Houston, United States (2017–2021) · Warsaw, Poland (2016–2023)\n\n"
        "Network office: Nørre Voldgade 24, 1358 Copenhagen K, Denmark\n\n"
        "Latest news\n"
        "Paris and Milan open the Car-Free Sunday season\n"
        "Mexico City hosts the 2025 Mobility Forum",
        "Accra/GH; Addis Ababa/ET; Dakar/SN; Kigali/RW; Kisumu/KE; Durban/ZA; "
        "Pretoria|Tshwane/ZA; Bangkok/TH; Dhaka/BD; Pune/IN; Chennai/IN; Quezon City/PH; "
        "Surabaya/ID; Kaohsiung/TW; Yokohama/JP; Auckland/NZ; Adelaide/AU; Amsterdam/NL; "
        "Barcelona/ES; Bologna/IT; Brussels Capital Region|Brussels-Capital Region/BE/region; "
        "Copenhagen/DK; Ghent/BE; Helsinki/FI; Krakow/PL; Lisbon/PT; Ljubljana/SI; "
        "Manchester/GB; Oslo/NO; Tallinn/EE; Vienna/AT; Bogotá/CO; Curitiba/BR; "
        "Guadalajara/MX; Lima/PE; Medellín/CO; Montevideo/UY; Quito/EC; Santiago/CL; "
        "Amman/JO; Dubai/AE; Tel Aviv/IL; Montreal/CA; Vancouver/CA; Portland/US; "
        "Minneapolis/US; Philadelphia/US",
        "a directory's list view `City, Country` under world-region headings in capitals with "
        "counts, `Durban (eThekwini)`, `Dhaka North`, a capital region; observers (Tbilisi, "
        "Georgia), partners named after cities, former members apart; the office in "
        "Copenhagen (a member), Paris, Milan, Mexico City in news",
    ),
]

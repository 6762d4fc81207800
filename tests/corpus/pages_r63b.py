"""Batch r63b: 14 pages in 14 languages, written during round 62 (branch wr63b) and held out
from it, as a city network's staff paste them: no (a tab table of `X kommune` with fylke,
population, year and contact columns, two county councils, contacts named Moss and Voss), is
(running text with `og`, genitives and `í Reykjavík`, `á Akureyri`, a venue in Hveragerði),
ca (`Nom Cognoms, alcaldessa de X` lines, a mayor named Manresa, the Àrea Metropolitana de
Barcelona), sr Latin (a PDF copy of `U ime Grada Kragujevca` lines with page headers,
hyphenation and the Province of Vojvodina), ka (signature blocks `ბათუმის მერი` / name, a
venue `ბორჯომში`), ja (member cards flattened to lines), ko (59 members under province
headings), zh-tw (`臺北市　市長　Name` lines, three counties, a host that did not sign), th (a
table aligned with spaces, `เทศบาลนคร X`), id (news of three new members and a regency, the
host and venue that did not sign), ms (`Name, Datuk Bandar X` lines), sw (running text with
`na`, a county and a quoted mayor named Moshi), tl (a directory under region headings with two
provinces), ur (signature blocks `برائے میٹروپولیٹن کارپوریشن X`); written without reading
the reader or running it."""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "no-r63b-tabell-kommune-fylke-kontaktperson-fylkeskommune",
        "no",
        "table_tabs;columns_after;body_not_city;person_named_like_place;no_country",
        "Disse kommunene har sluttet seg til Klimaløftet for grønne byer",
        (2026, 10, 14),
        "Klimaløftet for grønne byer er et frivillig samarbeid mellom kommuner og "
        "fylkeskommuner som vil halvere utslippene fra egen virksomhet innen 2030. "
        "Nettverkets sekretariat følger opp medlemmene og samler årlige klimaregnskap.\n\n"
        "Tabellen under viser alle som har signert per oktober 2026. Spørsmål om "
        "oppfølgingen i den enkelte kommune kan rettes til kontaktpersonen.",
        "Medlem\tFylke\tInnbyggere\tSignert\tKontaktperson\n"
        "Oslo kommune\tOslo\t717 710\t2021\tKari Voss\n"
        "Bergen kommune\tVestland\t291 940\t2021\tIngrid Moss\n"
        "Trondheim kommune\tTrøndelag\t214 565\t2021\tTorbjørn Nilsen Aune\n"
        "Stavanger kommune\tRogaland\t146 011\t2022\tSiv Haugland\n"
        "Kristiansand kommune\tAgder\t116 986\t2022\tEspen Lie\n"
        "Drammen kommune\tBuskerud\t103 291\t2022\tMarte Solberg\n"
        "Fredrikstad kommune\tØstfold\t85 261\t2022\tHenrik Dahl\n"
        "Sandnes kommune\tRogaland\t83 850\t2023\tLinn Øvrebø\n"
        "Tromsø kommune\tTroms\t78 745\t2023\tAnders Hamar\n"
        "Sarpsborg kommune\tØstfold\t58 118\t2023\tSolveig Berg\n"
        "Skien kommune\tTelemark\t55 997\t2023\tOle Kristian Voss\n"
        "Ålesund kommune\tMøre og Romsdal\t67 114\t2023\tGuro Valde\n"
        "Bodø kommune\tNordland\t53 712\t2024\tJon Erik Moss\n"
        "Lillehammer kommune\tInnlandet\t28 911\t2024\tHilde Brekke\n"
        "Tønsberg kommune\tVestfold\t58 182\t2024\tPetter Strand\n"
        "Arendal kommune\tAgder\t45 509\t2024\tAnne Marit Lund\n"
        "Haugesund kommune\tRogaland\t37 951\t2025\tTerje Vik\n"
        "Larvik kommune\tVestfold\t48 117\t2025\tIda Holm\n"
        "Molde kommune\tMøre og Romsdal\t32 599\t2025\tKnut Rønning\n"
        "Vestland fylkeskommune\tVestland\t651 300\t2025\tBirgit Hamar\n"
        "Trøndelag fylkeskommune\tTrøndelag\t483 000\t2026\tStian Oppdal",
        "Vil din kommune bli med? Ta kontakt med sekretariatet, så sender vi "
        "avtaleteksten og en oversikt over hva medlemskapet innebærer. Neste "
        "nettverkssamling holdes i Hamar i februar.",
        "Oslo/NO; Bergen/NO; Trondheim/NO; Stavanger/NO; Kristiansand/NO; Drammen/NO; "
        "Fredrikstad/NO; Sandnes/NO; Tromsø/NO; Sarpsborg/NO; Skien/NO; Ålesund/NO; Bodø/NO; "
        "Lillehammer/NO; Tønsberg/NO; Arendal/NO; Haugesund/NO; Larvik/NO; Molde/NO; "
        "Vestland fylkeskommune|Vestland County Council|Vestland/NO/region; "
        "Trøndelag fylkeskommune|Trøndelag County Council|Trøndelag/NO/region",
    ),
    Page(
        "is-r63b-samfelldur-texti-og-eignarfall-stadur",
        "is",
        "running_text;inflected;person_before;not_signatory;no_country",
        "Níu sveitarfélög undirrita yfirlýsingu um hringrásarhagkerfi",
        (2026, 9, 3),
        "Á fundi Samstarfsnets grænna sveitarfélaga í Hveragerði í gær var undirrituð "
        "sameiginleg yfirlýsing um hringrásarhagkerfi. Sveitarfélögin skuldbinda sig til að "
        "draga úr urðun úrgangs um helming fyrir árið 2030, auka endurnotkun byggingarefna og "
        "birta árlega stöðu markmiðanna.",
        "Undir yfirlýsinguna rituðu borgarstjórinn í Reykjavík, bæjarstjórar Kópavogs, "
        "Hafnarfjarðar, Garðabæjar, Mosfellsbæjar og Akraness og bæjarstjórinn á Akureyri. "
        "Þá hafa bæjarstjórn Ísafjarðarbæjar og bæjarstjórn Vestmannaeyja samþykkt aðild að "
        "yfirlýsingunni og verður hún undirrituð fyrir þeirra hönd á næstu vikum.",
        "„Sveitarfélögin geta ekki beðið eftir öðrum,“ sagði Hrafnhildur Sigurðardóttir, "
        "formaður samstarfsnetsins, að lokinni undirritun. Bæjarstjóri Hveragerðis, Einar "
        "Þór Magnússon, tók á móti fundargestum og kynnti nýja jarðgerðarstöð bæjarins.",
        "Reykjavík/IS; Kópavogur/IS; Hafnarfjörður/IS; Garðabær/IS; Mosfellsbær/IS; "
        "Akranes/IS; Akureyri/IS; Ísafjörður|Ísafjarðarbær/IS; Vestmannaeyjar/IS",
    ),
    Page(
        "ca-r63b-nom-alcaldessa-de-persona-manresa-amb",
        "ca",
        "one_a_line;person_before;person_named_like_place;body_not_city;no_country",
        "Declaració de Girona per l'aigua: alcaldes i alcaldesses signants",
        (2026, 6, 18),
        "Els municipis de la Xarxa Catalana de Ciutats per l'Aigua, reunits a la ciutat de "
        "Girona, ens comprometem a reduir les pèrdues a la xarxa de distribució, a "
        "reaprofitar les aigües regenerades per al reg de parcs i jardins i a informar "
        "cada any la ciutadania del consum municipal.\n\n"
        "Signen la declaració:",
        "Marta Soler i Vidal, alcaldessa de Girona\n"
        "Jaume Pujol i Roca, alcalde de Lleida\n"
        "Elisenda Ferrer i Camps, alcaldessa de Tarragona\n"
        "Oriol Batlle i Serra, alcalde de Reus\n"
        "Núria Manresa i Puig, alcaldessa de Vic\n"
        "Pere Casals i Font, alcalde de Sabadell\n"
        "Montserrat Riera i Mas, alcaldessa de Terrassa\n"
        "Xavier Bosch i Mir, alcalde de Mataró\n"
        "Laia Comas i Vila, alcaldessa de Granollers\n"
        "Albert Prat i Sala, alcalde de Blanes\n"
        "Carme Pagès i Noguera, alcaldessa d'Olot\n"
        "Jordi Vilalta i Bonet, alcalde d'Igualada\n"
        "Rosa Ventura i Ferré, alcaldessa de Tortosa\n"
        "Marc Fontanet i Rius, alcalde de Vilanova i la Geltrú\n"
        "Anna Puigdomènech i Sole, alcaldessa de Sant Cugat del Vallès\n"
        "Ramon Oller i Grau, vicepresident de Medi Ambient de l'Àrea Metropolitana de "
        "Barcelona",
        "La declaració resta oberta a l'adhesió de qualsevol ajuntament de Catalunya. "
        "La propera trobada de la xarxa tindrà lloc a Manresa a la tardor.",
        "Girona/ES; Lleida/ES; Tarragona/ES; Reus/ES; Vic/ES; Sabadell/ES; Terrassa/ES; "
        "Mataró/ES; Granollers/ES; Blanes/ES; Olot/ES; Igualada/ES; Tortosa/ES; "
        "Vilanova i la Geltrú/ES; Sant Cugat del Vallès/ES; "
        "Àrea Metropolitana de Barcelona|Barcelona Metropolitan Area/ES/metropolitan area",
    ),
    Page(
        "sr-r63b-pdf-u-ime-grada-genitiv-pokrajina-vojvodina",
        "sr",
        "one_a_line;broken_lines;inflected;person_after;body_not_city;no_country",
        "Deklaracija o čistom vazduhu u gradovima Srbije – potpisnici",
        (2026, 5, 22),
        "Mreža gradova za čist vazduh objavljuje tekst Deklaracije sa spiskom potpisnika, "
        "kopiran iz PDF dokumenta usvojenog na skupštini Mreže. Potpisnici se obavezuju da do "
        "2030. godine obnove gradski prevoz, prošire toplovodnu mrežu i uvedu merne stanice "
        "kvaliteta vazduha u svim naseljima sa više od deset hiljada stanovnika.",
        "POTPISNICI DEKLARACIJE\n"
        "U ime Grada Beograda – Dragan Milić, gra-\n"
        "donačelnik\n"
        "U ime Grada Novog Sada – Jelena Marković, gradonačelnica\n"
        "U ime Grada Niša – Stefan Đorđević, gradonačelnik\n"
        "U ime Grada Kragujevca – Nikola Stević, gradonačelnik\n"
        "U ime Grada Subotice – Ana Horvat Pašić, gradonačelnica\n"
        "U ime Grada Čačka – Miloš Radovanović, zamenik gradonačel-\n"
        "nika\n"
        "Deklaracija o čistom vazduhu                                   strana 2 od 3\n"
        "U ime Grada Kraljeva – Vesna Jakovljević, gradonačelnica\n"
        "U ime Grada Zrenjanina – Bojan Kovačev, gradonačelnik\n"
        "U ime Grada Pančeva – Ivana Stojković, gradonačelnica\n"
        "U ime Grada Kruševca – Dejan Tomić, gradonačelnik\n"
        "U ime Grada Užica – Marija Lazić, gradonačelnica\n"
        "U ime Grada Valjeva – Goran Pavlović, gradonačelnik\n"
        "U ime Grada Šapca – Milica Ristić, gradona-\n"
        "čelnica\n"
        "U ime Autonomne Pokrajine Vojvodine – Zoran Bjelić, potpredsednik Pokrajinske vlade\n"
        "Deklaracija o čistom vazduhu                                   strana 3 od 3",
        "Sekretarijat Mreže nalazi se u Beogradu i koordinira praćenje obaveza. Sledeći "
        "sastanak potpisnika biće održan u Somboru.",
        "Belgrade|Beograd/RS; Novi Sad/RS; Niš/RS; Kragujevac/RS; Subotica/RS; Čačak/RS; "
        "Kraljevo/RS; Zrenjanin/RS; Pančevo/RS; Kruševac/RS; Užice/RS; Valjevo/RS; Šabac/RS; "
        "Autonomna Pokrajina Vojvodina|Vojvodina|Autonomous Province of Vojvodina/RS/province",
    ),
    Page(
        "ka-r63b-khelmoceris-blokebi-meri-natesaobiti-borjomi",
        "ka",
        "one_a_line;inflected;person_after;not_signatory;no_country",
        "ქალაქების მემორანდუმი მდგრადი ტრანსპორტის შესახებ",
        (2026, 4, 9),
        "საქართველოს მწვანე ქალაქების ქსელის შეხვედრაზე, რომელიც ბორჯომში გაიმართა, "
        "ქალაქების მერებმა ხელი მოაწერეს მემორანდუმს მდგრადი ტრანსპორტის შესახებ. "
        "მხარეები იღებენ ვალდებულებას, 2030 წლამდე განაახლონ საზოგადოებრივი ტრანსპორტის "
        "პარკი, გააფართოონ ველობილიკების ქსელი და ყოველწლიურად გამოაქვეყნონ ანგარიში.\n\n"
        "ხელმომწერი მხარეები:",
        "თბილისის მერი\n"
        "ლევან კაპანაძე\n"
        "ხელმოწერა: ____________\n\n"
        "ბათუმის მერი\n"
        "გიორგი ბერიძე\n"
        "ხელმოწერა: ____________\n\n"
        "ქუთაისის მერი\n"
        "ნინო ჩიქოვანი\n"
        "ხელმოწერა: ____________\n\n"
        "რუსთავის მერი\n"
        "დავით ლომიძე\n"
        "ხელმოწერა: ____________\n\n"
        "ზუგდიდის მუნიციპალიტეტის მერი\n"
        "თამარ ჯანაშია\n"
        "ხელმოწერა: ____________\n\n"
        "ფოთის მერი\n"
        "ირაკლი გოგუა\n"
        "ხელმოწერა: ____________\n\n"
        "თელავის მუნიციპალიტეტის მერი\n"
        "ეკა ხარაიშვილი\n"
        "ხელმოწერა: ____________",
        "ბორჯომის მუნიციპალიტეტის მერმა, ზურაბ მაისურაძემ, შეხვედრის მონაწილეებს "
        "მიესალმა. ქსელის შემდეგი შეხვედრა გორში გაიმართება.",
        "Tbilisi/GE; Batumi/GE; Kutaisi/GE; Rustavi/GE; Zugdidi/GE; Poti/GE; Telavi/GE",
    ),
    Page(
        "ja-r63b-kaiin-card-todofuken-kamei-nen",
        "ja",
        "one_a_line;region_after;columns_after;no_country",
        "加盟自治体一覧｜自然共生都市ネットワーク",
        (2026, 7, 1),
        "自然共生都市ネットワークには、全国の市が加盟しています。各自治体の取組は"
        "「詳しく見る」からご覧いただけます。（2026年7月1日現在、13市）",
        "札幌市\n北海道\n加盟年：2016年\n詳しく見る\n"
        "盛岡市\n岩手県\n加盟年：2019年\n詳しく見る\n"
        "仙台市\n宮城県\n加盟年：2016年\n詳しく見る\n"
        "新潟市\n新潟県\n加盟年：2017年\n詳しく見る\n"
        "金沢市\n石川県\n加盟年：2018年\n詳しく見る\n"
        "松本市\n長野県\n加盟年：2021年\n詳しく見る\n"
        "静岡市\n静岡県\n加盟年：2017年\n詳しく見る\n"
        "浜松市\n静岡県\n加盟年：2020年\n詳しく見る\n"
        "京都市\n京都府\n加盟年：2016年\n詳しく見る\n"
        "神戸市\n兵庫県\n加盟年：2018年\n詳しく見る\n"
        "岡山市\n岡山県\n加盟年：2022年\n詳しく見る\n"
        "松山市\n愛媛県\n加盟年：2023年\n詳しく見る\n"
        "熊本市\n熊本県\n加盟年：2024年\n詳しく見る",
        "加盟をご検討の自治体は、事務局（東京都千代田区）までお問い合わせください。",
        "Sapporo/JP; Morioka/JP; Sendai/JP; Niigata/JP; Kanazawa/JP; Matsumoto/JP; "
        "Shizuoka/JP; Hamamatsu/JP; Kyoto/JP; Kobe/JP; Okayama/JP; Matsuyama/JP; Kumamoto/JP",
    ),
    Page(
        "ko-r63b-hoewon-doshi-do-byeol-jemok-59",
        "ko",
        "one_a_line;region_heading;no_country",
        "탄소중립 도시 협의회 회원 도시",
        (2026, 3, 20),
        "탄소중립 도시 협의회는 2050 탄소중립을 선언한 지방자치단체의 협의체입니다. "
        "2026년 3월 현재 회원 도시는 다음과 같습니다(시·도별, 가나다순이 아닌 가입순).",
        "특별시·광역시·특별자치시\n"
        "서울특별시\n부산광역시\n인천광역시\n대구광역시\n대전광역시\n광주광역시\n울산광역시\n"
        "세종특별자치시\n\n"
        "경기도\n"
        "수원시\n고양시\n성남시\n부천시\n화성시\n안산시\n안양시\n의정부시\n평택시\n광명시\n"
        "군포시\n하남시\n오산시\n김포시\n이천시\n구리시\n양주시\n남양주시\n여주시\n\n"
        "강원특별자치도\n"
        "춘천시\n원주시\n강릉시\n동해시\n\n"
        "충청북도\n"
        "청주시\n충주시\n\n"
        "충청남도\n"
        "천안시\n아산시\n보령시\n\n"
        "전북특별자치도\n"
        "전주시\n익산시\n군산시\n정읍시\n\n"
        "전라남도\n"
        "순천시\n여수시\n목포시\n광양시\n\n"
        "경상북도\n"
        "포항시\n구미시\n경산시\n경주시\n안동시\n김천시\n상주시\n영주시\n\n"
        "경상남도\n"
        "창원시\n김해시\n양산시\n진주시\n거제시\n\n"
        "제주특별자치도\n"
        "제주시\n서귀포시",
        "회원 가입 문의: 협의회 사무국(세종특별자치시 소재) 044-000-0000",
        "Seoul/KR; Busan/KR; Incheon/KR; Daegu/KR; Daejeon/KR; Gwangju/KR; Ulsan/KR; "
        "Sejong/KR; Suwon/KR; Goyang-si/KR; Seongnam-si/KR; Bucheon-si/KR; Hwaseong-si/KR; "
        "Ansan-si/KR; Anyang-si/KR; Uijeongbu-si/KR; Pyeongtaek/KR; Gwangmyeong/KR; Gunpo/KR; "
        "Hanam/KR; Osan/KR; Gimpo-si/KR; Icheon-si/KR; Guri-si/KR; Yangju/KR; Namyangju/KR; "
        "Yeoju/KR; Chuncheon/KR; Wŏnju/KR; Gangneung/KR; Donghae City/KR; Cheongju-si/KR; "
        "Chungju/KR; Cheonan/KR; Asan/KR; Boryeong/KR; Jeonju/KR; Iksan/KR; Gunsan/KR; "
        "Jeongeup/KR; Suncheon/KR; Yeosu/KR; Mokpo/KR; Gwangyang/KR; Pohang/KR; Gumi/KR; "
        "Gyeongsan-si/KR; Gyeongju/KR; Andong/KR; Gimcheon/KR; Sangju/KR; Yeongju/KR; "
        "Changwon/KR; Kimhae/KR; Yangsan/KR; Chinju/KR; Geoje/KR; Jeju City/KR; Seogwipo/KR",
    ),
    Page(
        "zh-tw-r63b-xian-shi-zhang-xing-ming-hang-xian",
        "zh-tw",
        "one_a_line;person_after;body_not_city;not_signatory;no_country",
        "淨零城市共同宣言　簽署縣市首長名單",
        (2026, 8, 26),
        "由臺灣永續城市聯盟主辦之年度論壇，今日於高雄市政府四維行政中心舉行。與會縣市首長"
        "共同簽署「淨零城市共同宣言」，承諾於2030年前將市府機關用電全面轉換為再生能源，"
        "並推動公共運輸電動化。主辦城市高雄市將於明年加入宣言。\n\n"
        "簽署縣市及首長如下：",
        "臺北市　市長　林志明\n"
        "新北市　市長　陳怡君\n"
        "桃園市　市長　張家豪\n"
        "臺中市　市長　黃淑芬\n"
        "臺南市　市長　李建宏\n"
        "基隆市　市長　吳佩珊\n"
        "新竹市　市長　劉俊傑\n"
        "嘉義市　市長　蔡雅婷\n"
        "宜蘭縣　縣長　楊宗翰\n"
        "花蓮縣　縣長　許美玲\n"
        "屏東縣　縣長　鄭文彬",
        "聯盟秘書處表示，宣言將持續開放其他縣市加入，並於每年論壇公布執行進度。",
        "Taipei/TW; New Taipei City/TW; Taoyuan/TW; Taichung/TW; Tainan/TW; Keelung/TW; "
        "Hsinchu/TW; Chiayi City/TW; 宜蘭縣|Yilan County/TW/county; "
        "花蓮縣|Hualien County/TW/county; 屏東縣|Pingtung County/TW/county",
    ),
    Page(
        "th-r63b-tarang-chong-wang-thetsaban-nakhon-changwat",
        "th",
        "table_tabs;numbered;columns_after;region_after;no_country",
        "รายชื่อองค์กรปกครองส่วนท้องถิ่นที่ลงนามปฏิญญาเมืองสีเขียว",
        (2026, 11, 5),
        "เครือข่ายเมืองสีเขียวแห่งประเทศไทยขอประกาศรายชื่อองค์กรปกครองส่วนท้องถิ่นที่ได้"
        "ลงนามในปฏิญญาเมืองสีเขียว ว่าด้วยการเพิ่มพื้นที่สีเขียวในเขตเมืองและการลดขยะ"
        "อาหาร ดังตารางต่อไปนี้",
        "ลำดับ   องค์กรปกครองส่วนท้องถิ่น          จังหวัด              ประชากร    วันที่ลงนาม\n"
        "1       กรุงเทพมหานคร                    กรุงเทพมหานคร        5,471,588  12 ม.ค. 2569\n"
        "2       เทศบาลนครเชียงใหม่                เชียงใหม่            123,996    12 ม.ค. 2569\n"
        "3       เทศบาลนครขอนแก่น                  ขอนแก่น              108,764    12 ม.ค. 2569\n"
        "4       เทศบาลนครนครราชสีมา               นครราชสีมา           120,628    20 ก.พ. 2569\n"
        "5       เทศบาลนครหาดใหญ่                  สงขลา                148,558    20 ก.พ. 2569\n"
        "6       เทศบาลนครอุดรธานี                 อุดรธานี             128,484    20 ก.พ. 2569\n"
        "7       เทศบาลนครภูเก็ต                   ภูเก็ต               77,778     3 มี.ค. 2569\n"
        "8       เทศบาลนครนนทบุรี                  นนทบุรี              250,384    3 มี.ค. 2569\n"
        "9       เทศบาลนครปากเกร็ด                 นนทบุรี              189,458    3 มี.ค. 2569\n"
        "10      เทศบาลนครสุราษฎร์ธานี              สุราษฎร์ธานี          130,386    15 เม.ย. 2569\n"
        "11      เทศบาลนครอุบลราชธานี              อุบลราชธานี          79,574     15 เม.ย. 2569\n"
        "12      เทศบาลนครนครศรีธรรมราช            นครศรีธรรมราช        101,002    15 เม.ย. 2569\n"
        "13      เทศบาลนครระยอง                    ระยอง                64,212     8 พ.ค. 2569\n"
        "14      เทศบาลนครลำปาง                    ลำปาง                53,734     8 พ.ค. 2569\n"
        "15      เทศบาลนครพิษณุโลก                 พิษณุโลก             64,364     8 พ.ค. 2569\n"
        "16      เทศบาลนครเชียงราย                 เชียงราย             69,888     1 ก.ค. 2569\n"
        "17      เทศบาลเมืองน่าน                   น่าน                 19,520     1 ก.ค. 2569",
        "องค์กรปกครองส่วนท้องถิ่นที่สนใจร่วมลงนาม สามารถติดต่อสำนักงานเลขาธิการเครือข่าย ได้ในวันและเวลาราชการ",
        "Bangkok/TH; Chiang Mai/TH; Khon Kaen/TH; Nakhon Ratchasima/TH; Hat Yai/TH; "
        "Udon Thani/TH; Phuket/TH; Nonthaburi|Mueang Nonthaburi/TH; Pak Kret/TH; "
        "Surat Thani/TH; Ubon Ratchathani/TH; Nakhon Si Thammarat/TH; Rayong/TH; Lampang/TH; "
        "Phitsanulok/TH; Chiang Rai/TH; Nan/TH",
    ),
    Page(
        "id-r63b-berita-anggota-baru-kabupaten-tuan-rumah-gedung",
        "id",
        "running_text;body_not_city;not_signatory;few;no_country",
        "Tiga kota dan satu kabupaten resmi bergabung dengan Jaringan Kota Rendah Karbon",
        (2026, 10, 29),
        "SURABAYA – Rapat Umum Anggota Jaringan Kota Rendah Karbon tahun ini digelar di "
        "Gedung Grahadi, Surabaya, Rabu (28/10). Kota Surabaya bertindak sebagai tuan rumah "
        "dan menyambut sekitar dua ratus peserta dari seluruh Indonesia.",
        "Dalam rapat tersebut, Kota Semarang, Kabupaten Banyuwangi, Kota Makassar dan Kota "
        "Pontianak resmi diterima sebagai anggota baru setelah menandatangani piagam "
        "keanggotaan. Dengan tambahan ini, jaringan kini beranggotakan 41 pemerintah daerah.",
        '"Kami menyambut anggota baru dengan gembira. Pengalaman mereka akan memperkaya '
        'jaringan," kata Ketua Jaringan yang juga Wali Kota Bogor, Rahmat Hidayat. Rapat '
        "berikutnya direncanakan berlangsung di Balikpapan pada 2027.",
        "Semarang/ID; Kabupaten Banyuwangi|Banyuwangi Regency/ID/county; Makassar/ID; Pontianak/ID",
    ),
    Page(
        "ms-r63b-nama-datuk-bandar-yang-dipertua-majlis",
        "ms",
        "one_a_line;person_before;no_country",
        "Deklarasi Bandar Rendah Karbon Malaysia 2026: Senarai Penandatangan",
        (2026, 2, 12),
        "Kami, ketua-ketua pihak berkuasa tempatan yang bertandatangan di bawah, berikrar "
        "untuk mengurangkan pelepasan karbon di bandar masing-masing sebanyak 45 peratus "
        "menjelang tahun 2030 berbanding tahun 2017, dan melaporkan kemajuan setiap tahun "
        "kepada Rangkaian Bandar Hijau Malaysia.\n\n"
        "Ditandatangani oleh:",
        "Datuk Ahmad Faizal bin Rahman, Datuk Bandar Kuala Lumpur\n"
        "Puan Siti Hajar binti Osman, Datuk Bandar Shah Alam\n"
        "Encik Lim Wei Keat, Datuk Bandar Petaling Jaya\n"
        "Dato' Kamarul Ariffin bin Yusof, Datuk Bandar Ipoh\n"
        "Datuk Noraini binti Ismail, Datuk Bandar Johor Bahru\n"
        "Encik Hafiz bin Zainal, Datuk Bandar Iskandar Puteri\n"
        "Datuk Tan Mei Ling, Datuk Bandar Melaka\n"
        "Datuk Abang Rosli bin Abang Ali, Datuk Bandar Kuching Selatan\n"
        "Puan Juliana Lajim, Datuk Bandar Kota Kinabalu\n"
        "Encik Mohd Azlan bin Hashim, Datuk Bandar Seremban\n"
        "Puan Nurul Huda binti Said, Yang Dipertua Majlis Bandaraya Kuantan\n"
        "Encik Zulkifli bin Abdullah, Datuk Bandar Alor Setar\n"
        "Puan Wan Aisyah binti Wan Ahmad, Datuk Bandar Kuala Terengganu",
        "Deklarasi ini ditandatangani di Putrajaya, Malaysia, sempena Persidangan Bandar "
        "Hijau Kebangsaan.",
        "Kuala Lumpur/MY; Shah Alam/MY; Petaling Jaya/MY; Ipoh/MY; Johor Bahru/MY; "
        "Iskandar Puteri/MY; Malacca|Melaka/MY; Kuching/MY; Kota Kinabalu/MY; Seremban/MY; "
        "Kuantan/MY; Alor Setar/MY; Kuala Terengganu/MY",
    ),
    Page(
        "sw-r63b-maandishi-na-kaunti-meya-moshi-zanzibar",
        "sw",
        "running_text;country_in_language;body_not_city;person_named_like_place;not_signatory",
        "Miji kumi na mbili ya Afrika Mashariki yasaini Azimio la Maji Safi",
        (2026, 7, 16),
        "ZANZIBAR – Viongozi wa miji ya Afrika Mashariki waliokutana katika mkutano wa "
        "Mtandao wa Miji ya Kijani jijini Zanzibar wametia saini Azimio la Maji Safi, "
        "wakiahidi kupunguza upotevu wa maji katika mifumo ya usambazaji kwa nusu ifikapo "
        "mwaka 2030.",
        "Azimio hilo limesainiwa na mameya wa Nairobi, Mombasa, Kisumu, Nakuru na Eldoret "
        "nchini Kenya, pamoja na Serikali ya Kaunti ya Kiambu; mameya wa Dar es Salaam, "
        "Arusha, Mwanza na Dodoma nchini Tanzania; na mameya wa Kampala na Jinja nchini "
        "Uganda pamoja na Jiji la Kigali, Rwanda.",
        '"Maji ni uhai, na miji yetu haiwezi kusubiri," alisema Meya wa Mwanza, Bi. Neema '
        "Moshi, akizungumza kwa niaba ya mameya waliosaini. Mkuu wa Mkoa wa Kusini Unguja, "
        "mwenyeji wa mkutano, aliwakaribisha wajumbe. Mkutano ujao utafanyika mjini Malindi.",
        "Nairobi/KE; Mombasa/KE; Kisumu/KE; Nakuru/KE; Eldoret/KE; "
        "Kaunti ya Kiambu|Kiambu County/KE/county; Dar es Salaam/TZ; Arusha/TZ; Mwanza/TZ; "
        "Dodoma/TZ; Kampala/UG; Jinja/UG; Kigali/RW",
    ),
    Page(
        "tl-r63b-direktoryo-rehiyon-lungsod-ng-lalawigan",
        "tl",
        "one_a_line;region_heading;body_not_city;no_country",
        "Mga Kasaping Lokal na Pamahalaan ng Samahan ng mga Lungsod para sa Klima",
        (2026, 6, 5),
        "Narito ang talaan ng mga kasaping lokal na pamahalaan ng Samahan ng mga Lungsod "
        "para sa Klima, ayon sa rehiyon. Ang bawat kasapi ay naglalabas ng taunang ulat ng "
        "kanilang plano sa pag-angkop sa pagbabago ng klima.",
        "Pambansang Punong Rehiyon (NCR)\n"
        "Lungsod Quezon\n"
        "Lungsod ng Maynila\n"
        "Lungsod ng Pasig\n"
        "Lungsod ng Makati\n"
        "Lungsod ng Marikina\n"
        "Lungsod ng Taguig\n"
        "Lungsod ng Muntinlupa\n\n"
        "Cordillera Administrative Region (CAR)\n"
        "Lungsod ng Baguio\n\n"
        "Gitnang Luzon (Rehiyon III)\n"
        "Lalawigan ng Bulacan\n"
        "Lungsod ng Angeles\n"
        "Lungsod ng Olongapo\n"
        "Lungsod ng Malolos\n\n"
        "CALABARZON (Rehiyon IV-A)\n"
        "Lungsod ng Batangas\n"
        "Lungsod ng Calamba\n"
        "Lungsod ng Antipolo\n"
        "Lungsod ng Lipa\n"
        "Lungsod ng San Pablo\n\n"
        "Bicol (Rehiyon V)\n"
        "Lalawigan ng Albay\n"
        "Lungsod ng Legazpi\n"
        "Lungsod ng Naga\n\n"
        "Kanlurang Kabisayaan (Rehiyon VI)\n"
        "Lungsod ng Iloilo\n"
        "Lungsod ng Bacolod\n\n"
        "Gitnang Kabisayaan (Rehiyon VII)\n"
        "Lungsod ng Cebu\n"
        "Lungsod ng Mandaue\n"
        "Lungsod ng Tagbilaran\n\n"
        "Hilagang Mindanao (Rehiyon X)\n"
        "Lungsod ng Cagayan de Oro\n"
        "Lungsod ng Iligan\n\n"
        "Rehiyon ng Davao (Rehiyon XI)\n"
        "Lungsod ng Davao",
        "Para sa mga katanungan tungkol sa pagsali, makipag-ugnayan sa kalihiman ng Samahan.",
        "Quezon City/PH; Manila/PH; Pasig City/PH; Makati City/PH; Marikina City/PH; "
        "Taguig/PH; Muntinlupa/PH; Baguio/PH; Lalawigan ng Bulacan|Bulacan/PH/province; "
        "Angeles City/PH; Olongapo/PH; Malolos/PH; Batangas/PH; Calamba/PH; Antipolo/PH; "
        "Lipa City/PH; San Pablo/PH; Lalawigan ng Albay|Albay/PH/province; Legazpi/PH; "
        "Naga/PH; Iloilo/PH; Bacolod City/PH; Cebu City/PH; Mandaue City/PH; Tagbilaran/PH; "
        "Cagayan de Oro/PH; Iligan/PH; Davao/PH",
    ),
    Page(
        "ur-r63b-dastakhati-block-baraye-metropolitan-karporeshan",
        "ur",
        "one_a_line;person_after;not_signatory;no_country",
        "صاف فضا کے لیے شہروں کا مشترکہ اعلامیہ",
        (2026, 12, 1),
        "پاکستان کے بڑے شہروں کی بلدیاتی حکومتوں نے اسلام آباد میں منعقدہ اجلاس میں فضائی "
        "آلودگی کم کرنے کے مشترکہ اعلامیے پر دستخط کیے۔ دستخط کنندگان نے 2030 تک پبلک "
        "ٹرانسپورٹ کو برقی بنانے، شجرکاری بڑھانے اور ہوا کے معیار کی نگرانی کے اسٹیشن قائم "
        "کرنے کا عہد کیا۔\n\n"
        "دستخط کنندگان:",
        "برائے میٹروپولیٹن کارپوریشن لاہور\n"
        "دستخط: ____________\n"
        "نام: محمد عمران بٹ، میئر\n\n"
        "برائے بلدیہ عظمیٰ کراچی\n"
        "دستخط: ____________\n"
        "نام: سلمان احمد صدیقی، میئر\n\n"
        "برائے میونسپل کارپوریشن فیصل آباد\n"
        "دستخط: ____________\n"
        "نام: عائشہ رحمان، میئر\n\n"
        "برائے میونسپل کارپوریشن راولپنڈی\n"
        "دستخط: ____________\n"
        "نام: طارق محمود چوہدری، ڈپٹی میئر\n\n"
        "برائے میونسپل کارپوریشن ملتان\n"
        "دستخط: ____________\n"
        "نام: نادیہ قریشی، میئر\n\n"
        "برائے میونسپل کارپوریشن پشاور\n"
        "دستخط: ____________\n"
        "نام: گل زمان خان، میئر\n\n"
        "برائے میٹروپولیٹن کارپوریشن کوئٹہ\n"
        "دستخط: ____________\n"
        "نام: عبدالوحید کاکڑ، میئر\n\n"
        "برائے میونسپل کارپوریشن سیالکوٹ\n"
        "دستخط: ____________\n"
        "نام: فرحان اعجاز، میئر",
        "اجلاس کی میزبانی میٹروپولیٹن کارپوریشن اسلام آباد نے کی۔ اعلامیے کی نگرانی "
        "کے لیے ایک مشترکہ سیکرٹریٹ حیدرآباد میں قائم کیا جائے گا۔",
        "Lahore/PK; Karachi/PK; Faisalabad/PK; Rawalpindi/PK; Multan/PK; Peshawar/PK; "
        "Quetta/PK; Sialkot/PK",
    ),
]

"""Hand-written pages, part sixteen (batch q): a held-out batch written for issue #20 (branch
accq) as the generalisation check of the round that fixes batches o and p, before any change
to the reader and without reading those batches' pages: 7 joint statements and declarations
and 7 member pages and news items, modelled on how city networks publish them (none copied),
in 14 languages, 13 of them ones the corpus had few pages of: a Catalan declaration whose
signatories are a tab table with Catalan exonyms and countries (`Londres\tRegne Unit`,
`Brussel·les`, `Ginebra`) above supporters and an observer; Ukrainian mayors' titles as
adjectives of the city (`Львівський міський голова`, `Вінницька міська голова`, genitive
`Рівненської міської ради`); Korean mayors' titles glued to the city
(`부산광역시장 이서연`, `수원특례시장`) under a venue; Hebrew `עיריית X` lines over the
mayor's name; Serbian genitives `gradonačelnik Grada Kragujevca`, `Novog Sada`; Arabic
`جماعة الرباط` and `بلدية تونس` under country headings where the heading `الجمهورية التونسية`
and the city share a name; Indonesian `Wali Kota X – Name` numbered, then witnesses that did
not sign; a Russian directory of `Акимат города Караганды`, `Хокимият города Ташкента` under
country headings, with a board and partners; Vietnamese news with `TP. Huế (Thừa Thiên Huế)`
in running text; a Latvian table of `Cēsu novads`, `Jelgavas valstspilsēta`; Slovenian
accusatives `Občino Radovljica, Mestno občino Ptuj`; Estonian `Rakvere linn` with a venue
`Tartus` and a board chair from Pärnu; Bulgarian `гр. Габрово` lines under a board; English
member cards of a global network flattened four lines a city (`Tbilisi` / `Georgia · Europe`).
Measured before any change (benchmarks/README.md reports them apart as batch q).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "ca-declaracio-taula-exonims-suports",
        "ca",
        "table_tabs;columns_after;country_in_language;not_signatory",
        "Declaració de Barcelona pel dret a l'habitatge: ciutats signants",
        (2025, 3, 18),
        "Reunides a Barcelona el 17 de març de 2025, en la trobada anual de la xarxa Ciutats "
        "per l'Habitatge Digne, les alcaldesses i els alcaldes sotasignats declarem:\n\n"
        "1. Que l'habitatge és un dret i no una mercaderia, tal com recull la Nova Agenda "
        "Urbana aprovada a Quito el 2016.\n"
        "2. Que els governs locals necessiten eines per regular els lloguers de temporada i "
        "els pisos turístics, com ja fan algunes ciutats com Palma o Praga.\n"
        "3. Que els estats i la Unió Europea han de multiplicar el finançament de l'habitatge "
        "públic i cooperatiu, i que el Banc Europeu d'Inversions, amb seu a Luxemburg, hi "
        "ha de destinar una línia específica.\n"
        "4. Que ens comprometem a intercanviar dades i bones pràctiques i a retre comptes "
        "cada any dels nostres avenços.\n\n"
        "«L'habitatge assequible és la primera infraestructura d'una ciutat», va recordar "
        "l'alcaldessa amfitriona, Núria Casals i Ferrer.\n\n"
        "Signants (per ordre de signatura)",
        "Ciutat\tPaís\tAlcalde/ssa\tData\n"
        "Barcelona\tEspanya\tNúria Casals i Ferrer\t17/03/2025\n"
        "Londres\tRegne Unit\tDaniel Okafor\t17/03/2025\n"
        "Nova York\tEstats Units\tRachel Silverstein\t17/03/2025\n"
        "Brussel·les\tBèlgica\tNadia El Amrani\t17/03/2025\n"
        "Viena\tÀustria\tGerhard Pichler\t17/03/2025\n"
        "Lisboa\tPortugal\tMarta Sequeira\t17/03/2025\n"
        "Montevideo\tUruguai\tLucía Ferreira\t17/03/2025\n"
        "Ciutat de Mèxic\tMèxic\tAlejandra Robles\t17/03/2025\n"
        "Berlín\tAlemanya\tKatrin Vogt\t18/03/2025\n"
        "Amsterdam\tPaïsos Baixos\tFemke de Wit\t18/03/2025\n"
        "Seül\tCorea del Sud\tPark Ji-hoon\t18/03/2025\n"
        "Bolonya\tItàlia\tStefano Marchetti\t18/03/2025\n"
        "Valparaíso\tXile\tCamila Araya\t18/03/2025\n"
        "Ginebra\tSuïssa\tPascal Rochat\t19/03/2025\n"
        "Estrasburg\tFrança\tClaire Muller\t19/03/2025\n"
        "Nàpols\tItàlia\tGennaro Esposito\t20/03/2025\n"
        "Florianópolis\tBrasil\tRenata Schmitt\t21/03/2025\n"
        "Rosario\tArgentina\tMartín Galíndez\t24/03/2025\n"
        "Terrassa\tEspanya\tJordi Puigvert\t25/03/2025\n"
        "L'Hospitalet de Llobregat\tEspanya\tMontserrat Pujol\t25/03/2025\n"
        "Vílnius\tLituània\tRūta Kazlauskienė\t02/04/2025\n"
        "Atenes\tGrècia\tNikos Papadakis\t07/04/2025",
        "Amb el suport de:\n"
        "ONU-Hàbitat\n"
        "Relatoria Especial de l'ONU sobre el dret a l'habitatge\n"
        "Federació de Municipis de Catalunya\n"
        "Ajuntament de Girona (com a observador)\n\n"
        "Descarrega la declaració (PDF, 320 kB)\n"
        "Llegeix-la en castellà · English · Français",
        "Barcelona/ES; London/GB; New York City|New York/US; Brussels/BE; Vienna/AT; "
        "Lisbon/PT; Montevideo/UY; Mexico City/MX; Berlin/DE; Amsterdam/NL; Seoul/KR; "
        "Bologna/IT; Valparaíso/CL; Geneva/CH; Strasbourg/FR; Naples/IT; Florianópolis/BR; "
        "Rosario/AR; Terrassa/ES; L'Hospitalet de Llobregat/ES; Vilnius/LT; Athens/GR",
        "signatories in a table with Catalan exonyms and countries; Quito, Palma, Prague and "
        "Luxembourg in the body and Girona, an observer, under the supporters did not sign",
    ),
    Page(
        "uk-zvernennia-miskyi-holova-prykmetnyk",
        "uk",
        "one_a_line;inflected;person_before;not_signatory",
        "Спільне звернення міських голів щодо енергетичної стійкості громад",
        (2025, 2, 12),
        "Ми, міські голови громад — членів асоціації «Енергоефективні міста», зібравшись у "
        "Києві 11 лютого 2025 року, звертаємося до Верховної Ради України, Кабінету Міністрів "
        "та міжнародних партнерів із такими пропозиціями:\n\n"
        "1. Підтримати розподілену генерацію та когенераційні установки в громадах, як це "
        "вже зробили кілька міст на заході країни.\n"
        "2. Спростити доступ громад до кредитних ліній Європейського інвестиційного банку в "
        "Люксембурзі та Північної екологічної фінансової корпорації в Гельсінкі.\n"
        "3. Зберегти частку податку на доходи фізичних осіб у місцевих бюджетах.\n\n"
        "Звернення підписали:",
        "Олег Мельник, Львівський міський голова\n"
        "Ірина Бондар, Вінницька міська голова\n"
        "Сергій Ткаченко, Житомирський міський голова\n"
        "Наталія Кравець, Полтавська міська голова\n"
        "Віктор Гнатюк, Черкаський міський голова\n"
        "Олександр Лисенко, Хмельницький міський голова\n"
        "Тетяна Савчук, Тернопільська міська голова\n"
        "Руслан Марченко, Івано-Франківський міський голова\n"
        "Микола Поліщук, Луцький міський голова\n"
        "Богдан Андрусяк, Ужгородський міський голова\n"
        "Андрій Кушнір, секретар Рівненської міської ради\n"
        "Павло Гордієнко, Чернівецький міський голова\n"
        "Людмила Шевчук, Сумська міська голова\n"
        "Дмитро Коваленко, Миколаївський міський голова",
        "Звернення відкрите для приєднання інших громад. Щоб приєднатися, надішліть лист "
        "на адресу секретаріату асоціації.",
        "Lviv/UA; Vinnytsia/UA; Zhytomyr/UA; Poltava/UA; Cherkasy/UA; Khmelnytskyi/UA; "
        "Ternopil/UA; Ivano-Frankivsk/UA; Lutsk/UA; Uzhhorod/UA; Rivne/UA; Chernivtsi/UA; "
        "Sumy/UA; Mykolaiv/UA",
        "each city named only by the adjective of the mayor's title (Львівський, Вінницька), "
        "once in the genitive (Рівненської міської ради); Kyiv is the venue, Luxembourg and "
        "Helsinki are seats of banks",
    ),
    Page(
        "ko-seoneonmun-sijang-seomyeong",
        "ko",
        "one_a_line;person_after;not_signatory;no_country",
        "기후위기 대응 지방정부 공동선언문",
        (2025, 6, 5),
        "우리 지방정부 대표들은 2025년 6월 5일 세계 환경의 날을 맞아 대전에서 열린 "
        "기후위기 대응 지방정부 총회에 모여 다음과 같이 선언한다.\n\n"
        "하나. 우리는 파리협정의 목표에 따라 2050년까지 탄소중립을 달성하기 위해 "
        "지역 여건에 맞는 감축 경로를 마련한다.\n"
        "둘. 우리는 폭염과 집중호우로부터 주민을 보호하기 위한 적응 대책을 강화한다.\n"
        "셋. 우리는 정부에 지방정부의 재정과 권한 확대를 요구한다.\n\n"
        "2025년 6월 5일\n대전컨벤션센터\n\n서명 지방정부",
        "서울특별시장 김민준\n"
        "부산광역시장 이서연\n"
        "인천광역시장 박도윤\n"
        "광주광역시장 최지우\n"
        "울산광역시장 정하준\n"
        "세종특별자치시장 강서윤\n"
        "수원특례시장 조민재\n"
        "창원특례시장 윤지호\n"
        "전주시장 장예은\n"
        "춘천시장 임현우\n"
        "순천시장 한소율\n"
        "제주특별자치도 제주시장 오태민",
        "(서명 순서: 광역 지방정부, 기초 지방정부)\n\n문의: 총회 사무국 기후환경팀",
        "Seoul/KR; Busan/KR; Incheon/KR; Gwangju/KR; Ulsan/KR; Sejong/KR; Suwon/KR; "
        "Changwon/KR; Jeonju/KR; Chuncheon/KR; Suncheon/KR; Jeju City/KR",
        "the mayor's title glued to the city (부산광역시장, 수원특례시장) then the name; "
        "Daejeon is the venue",
    ),
    Page(
        "he-amana-iriyat-rosh-hair",
        "he",
        "one_a_line;person_after;not_signatory;no_country",
        "אמנת הערים לשוויון מגדרי – הרשויות החתומות",
        (2024, 11, 25),
        "ביום הבינלאומי למאבק באלימות נגד נשים התכנסו ראשי רשויות מכל רחבי הארץ בכנסת "
        "בירושלים וחתמו על אמנת הערים לשוויון מגדרי. האמנה נכתבה ברוח אמנת איסטנבול "
        "ומחייבת את הרשויות החתומות לתקצוב מגדרי, לייצוג שווה בהנהלות ולהקמת מרכזי סיוע.\n\n"
        "״זהו צעד ראשון, והמבחן יהיה בביצוע״, אמרה יו״ר הפורום, עו״ד רונית אלון.\n\n"
        "על האמנה חתמו:",
        "עיריית חיפה – ראש העירייה מיכל לוי\n"
        "עיריית תל אביב-יפו – ראש העירייה אבי שמעוני\n"
        "עיריית באר שבע – ראש העירייה יוסי דהן\n"
        "עיריית נתניה – ראש העירייה שרית גולן\n"
        "עיריית כפר סבא – ראש העירייה עמית ברק\n"
        "עיריית הרצליה – ראש העירייה נועה פרידמן\n"
        "עיריית רמת גן – ראש העירייה דני אזולאי\n"
        "עיריית אילת – ראש העירייה אלי ביטון\n"
        "עיריית נצרת – ראש העירייה ח׳אלד סלאמה\n"
        "עיריית עכו – ראש העירייה מאיר אוחיון\n"
        "עיריית רחובות – ראש העירייה ענת שגיא\n"
        "עיריית חולון – ראש העירייה רפי מזרחי",
        "כמו כן הצטרפו לאמנה כתומכים: מרכז השלטון המקומי, שדולת הנשים בישראל ואיגוד "
        "מרכזי הסיוע לנפגעות ולנפגעי תקיפה מינית.",
        "Haifa/IL; Tel Aviv|Tel Aviv-Yafo/IL; Beersheba/IL; Netanya/IL; Kfar Saba/IL; "
        "Herzliya/IL; Ramat Gan/IL; Eilat/IL; Nazareth/IL; Acre/IL; Rehovot/IL; Holon/IL",
        "`עיריית X – ראש העירייה Name` lines; Jerusalem is the venue and the Istanbul "
        "Convention is named in the body",
    ),
    Page(
        "sr-deklaracija-gradonacelnik-grada-genitiv",
        "sr",
        "one_a_line;inflected;person_before;not_signatory;no_country",
        "Deklaracija gradova Srbije o zdravom starenju",
        (2024, 10, 1),
        "Povodom Međunarodnog dana starijih osoba, na godišnjoj skupštini Mreže zdravih "
        "gradova održanoj u Vrnjačkoj Banji, predstavnici lokalnih samouprava usvojili su "
        "Deklaraciju o zdravom starenju, u skladu sa Dekadom zdravog starenja Ujedinjenih "
        "nacija i preporukama Regionalne kancelarije Svetske zdravstvene organizacije u "
        "Kopenhagenu.\n\n"
        "Potpisnici se obavezuju da će do kraja 2026. godine izraditi lokalne akcione planove "
        "i otvoriti savetovališta za starije u svakoj mesnoj zajednici.\n\n"
        "Deklaraciju su potpisali:",
        "Dragan Jovanović, gradonačelnik Grada Niša\n"
        "Milica Stojanović, gradonačelnica Grada Kragujevca\n"
        "Nenad Pavlović, gradonačelnik Grada Čačka\n"
        "Jelena Marković, gradonačelnica Grada Šapca\n"
        "Zoran Ilić, gradonačelnik Grada Valjeva\n"
        "Ivana Kovač, gradonačelnica Grada Subotice\n"
        "Bojan Nikolić, gradonačelnik Grada Pančeva\n"
        "Saša Đorđević, gradonačelnik Grada Zrenjanina\n"
        "Ana Petrović, zamenica gradonačelnika Grada Novog Sada\n"
        "Miloš Popović, gradonačelnik Grada Kraljeva\n"
        "Vesna Radović, gradonačelnica Grada Užica\n"
        "Goran Stanković, gradonačelnik Grada Leskovca\n"
        "Marija Simić, predsednica opštine Inđija",
        "Skupštini su kao posmatrači prisustvovali predstavnici Stalne konferencije gradova "
        "i opština iz Beograda i Crvenog krsta Srbije.",
        "Niš/RS; Kragujevac/RS; Čačak/RS; Šabac/RS; Valjevo/RS; Subotica/RS; Pančevo/RS; "
        "Zrenjanin/RS; Novi Sad/RS; Kraljevo/RS; Užice/RS; Leskovac/RS; Inđija/RS",
        "Serbian genitives after `Grada` (Čačka, Šapca, Novog Sada, Leskovca); Vrnjačka Banja "
        "is the venue, Copenhagen a seat, Belgrade the observers' seat",
    ),
    Page(
        "ar-ialan-jamaa-baladiya-tunis",
        "ar",
        "one_a_line;region_heading;country_in_language;not_signatory",
        "إعلان المدن المغاربية من أجل الأمن المائي",
        (2025, 3, 22),
        "بمناسبة اليوم العالمي للمياه، اجتمع رؤساء المجالس الجماعية والبلدية لعدد من مدن "
        "المغرب العربي في مدينة الصويرة يومي 20 و21 مارس 2025، وتبنوا هذا الإعلان انسجاما "
        "مع مخرجات مؤتمر الأمم المتحدة للمياه المنعقد في نيويورك.\n\n"
        "ويلتزم الموقعون بما يلي:\n"
        "أولا: تقليص الفاقد في شبكات توزيع الماء الصالح للشرب إلى أقل من 20 في المائة.\n"
        "ثانيا: إعادة استعمال المياه العادمة المعالجة في سقي المساحات الخضراء.\n"
        "ثالثا: تبادل الخبرات بين المدن وإشراك الشباب في حملات التوعية.\n\n"
        "الموقعون:",
        "المملكة المغربية\n"
        "جماعة الرباط\n"
        "جماعة الدار البيضاء\n"
        "جماعة فاس\n"
        "جماعة طنجة\n"
        "جماعة أكادير\n"
        "جماعة وجدة\n"
        "جماعة تطوان\n"
        "الجمهورية التونسية\n"
        "بلدية تونس\n"
        "بلدية صفاقس\n"
        "بلدية سوسة\n"
        "بلدية بنزرت\n"
        "بلدية القيروان\n"
        "الجمهورية الإسلامية الموريتانية\n"
        "بلدية نواذيبو",
        "وحضر اللقاء بصفة ملاحظ ممثلون عن الاتحاد من أجل المتوسط (برشلونة) والبنك "
        "الإفريقي للتنمية (أبيدجان).",
        "Rabat/MA; Casablanca/MA; Fes/MA; Tangier/MA; Agadir/MA; Oujda/MA; Tetouan/MA; "
        "Tunis/TN; Sfax/TN; Sousse/TN; Bizerte/TN; Kairouan/TN; Nouadhibou/MR",
        "`جماعة X` and `بلدية X` under country headings; Tunisia's heading and its capital "
        "share a name; Essaouira is the venue, New York, Barcelona and Abidjan seats",
    ),
    Page(
        "id-deklarasi-wali-kota-saksi",
        "id",
        "numbered;person_before;person_after;not_signatory;no_country",
        "Deklarasi Wali Kota untuk Kota Layak Anak",
        (2024, 7, 23),
        "Dalam rangka peringatan Hari Anak Nasional 2024, para wali kota dari berbagai "
        "provinsi berkumpul di Jakarta dan menandatangani Deklarasi Wali Kota untuk Kota "
        "Layak Anak. Deklarasi ini mengacu pada Konvensi Hak Anak dan menegaskan komitmen "
        "untuk menyediakan ruang bermain yang aman, layanan kesehatan, dan partisipasi anak "
        "dalam Musrenbang.\n\n"
        '"Anak-anak bukan hanya warga masa depan, mereka warga hari ini," ujar Ketua '
        "Jaringan, Dr. Ratna Kusumawati.\n\n"
        "Deklarasi ini ditandatangani oleh:",
        "1. Wali Kota Surabaya – Budi Santoso\n"
        "2. Pj. Wali Kota Bandung – Sri Wahyuni\n"
        "3. Wali Kota Semarang – Agus Prasetyo\n"
        "4. Wali Kota Makassar – Andi Rahman\n"
        "5. Wali Kota Medan – Rizky Siregar\n"
        "6. Wali Kota Surakarta – Dewi Lestari\n"
        "7. Wali Kota Denpasar – I Made Suarjana\n"
        "8. Wali Kota Balikpapan – Hendra Gunawan\n"
        "9. Wali Kota Padang – Fajar Maulana\n"
        "10. Wali Kota Yogyakarta – Endah Purwaningsih\n"
        "11. Wali Kota Pekanbaru – Taufik Hidayat\n"
        "12. Wali Kota Kupang – Yohanes Ndun\n"
        "13. Wali Kota Jayapura – Markus Wanggai\n"
        "14. Wali Kota Ambon – Maria Latuconsina\n"
        "15. Wali Kota Pontianak – Hasan Alkadrie\n"
        "16. Wali Kota Manado – Stevanus Lumentut",
        "Turut menyaksikan:\nGubernur Jawa Tengah\nBupati Sleman\nPerwakilan UNICEF Indonesia",
        "Surabaya/ID; Bandung/ID; Semarang/ID; Makassar/ID; Medan/ID; Surakarta/ID; "
        "Denpasar/ID; Balikpapan/ID; Padang/ID; Yogyakarta/ID; Pekanbaru/ID; Kupang/ID; "
        "Jayapura/ID; Ambon/ID; Pontianak/ID; Manado/ID",
        "`Wali Kota X – Name` numbered; Jakarta is the venue; the governor of Central Java "
        "and the regent of Sleman witnessed and did not sign",
    ),
    Page(
        "ru-chleny-akimat-khokimiyat-genitiv",
        "ru",
        "one_a_line;region_heading;country_in_language;inflected;not_signatory",
        "Члены сети «Здоровые города Центральной Азии»",
        (2025, 1, 20),
        "Сеть объединяет города Казахстана, Кыргызстана, Таджикистана и Узбекистана, "
        "которые развивают городскую политику в интересах здоровья. Секретариат сети "
        "находится в Астане.\n\n"
        "Правление сети\n"
        "Председатель — аким города Алматы\n"
        "Заместитель председателя — мэр города Бишкек\n"
        "Казначей — хоким города Самарканда\n\n"
        "Города-члены",
        "Казахстан\n"
        "Акимат города Алматы\n"
        "Акимат города Шымкент\n"
        "Акимат города Караганды\n"
        "Акимат города Актобе\n"
        "Акимат города Павлодара\n"
        "Акимат города Усть-Каменогорска\n"
        "Кыргызстан\n"
        "Мэрия города Бишкек\n"
        "Мэрия города Ош\n"
        "Мэрия города Каракол\n"
        "Таджикистан\n"
        "Хукумат города Душанбе\n"
        "Хукумат города Худжанда\n"
        "Узбекистан\n"
        "Хокимият города Ташкента\n"
        "Хокимият города Самарканда\n"
        "Хокимият города Бухары\n"
        "Хокимият города Нукуса",
        "Партнёры сети\n"
        "Европейское региональное бюро ВОЗ (Копенгаген)\n"
        "Детский фонд ООН (ЮНИСЕФ)\n"
        "Ассоциация городов Казахстана\n\n"
        "Хотите присоединиться к сети? Напишите в секретариат.",
        "Almaty/KZ; Shymkent/KZ; Karaganda/KZ; Aktobe/KZ; Pavlodar/KZ; "
        "Oskemen|Ust-Kamenogorsk/KZ; Bishkek/KG; Osh/KG; Karakol/KG; Dushanbe/TJ; "
        "Khujand/TJ; Tashkent/UZ; Samarkand/UZ; Bukhara/UZ; Nukus/UZ",
        "city administrations `Акимат города X` with the city now in the nominative, now in "
        "the genitive (Караганды, Ташкента); a board above the list names members again; "
        "Astana is the secretariat's seat, Copenhagen a partner's",
    ),
    Page(
        "vi-tin-thanh-vien-moi-tp-tinh",
        "vi",
        "running_text;region_after;not_signatory;no_country",
        "Năm thành phố Việt Nam gia nhập Mạng lưới Thành phố học tập toàn cầu",
        (2024, 9, 12),
        "Ngày 10/9/2024, Viện Học tập suốt đời của UNESCO có trụ sở tại Hamburg (Đức) đã "
        "công bố danh sách thành viên mới của Mạng lưới Thành phố học tập toàn cầu. Việt Nam "
        "có thêm năm thành phố được kết nạp trong đợt này.",
        "Năm thành phố mới gồm: TP. Huế (Thừa Thiên Huế), TP. Đà Lạt (Lâm Đồng), TP. Vinh "
        "(Nghệ An), TP. Cao Lãnh (Đồng Tháp) và TP. Sa Đéc (Đồng Tháp).",
        "Lễ trao chứng nhận dự kiến được tổ chức tại Hà Nội vào tháng 11.\n\n"
        '"Đây là động lực để thành phố tiếp tục xây dựng xã hội học tập, mở rộng thư viện '
        'và không gian đọc cho người dân", ông Nguyễn Văn Minh, Phó Chủ tịch UBND TP. Đà '
        "Lạt chia sẻ.",
        "Huế/VN; Da Lat|Đà Lạt/VN; Vinh/VN; Cao Lãnh/VN; Sa Đéc/VN",
        "`TP. X (province)` in running text with `và`; Hamburg is the institute's seat and "
        "Hanoi the ceremony's venue; Đà Lạt named again in a quote",
    ),
    Page(
        "lv-tabula-novads-valstspilseta",
        "lv",
        "table_tabs;inflected;columns_after;not_signatory;no_country",
        "Nacionālā Veselību veicinošo pašvaldību tīkla dalībnieces",
        (2024, 4, 15),
        "Tīklā darbojas pašvaldības, kas apņēmušās veselības jautājumus iekļaut visās "
        "nozaru politikās. Tīkla darbu koordinē Slimību profilakses un kontroles centrs "
        "Rīgā.\n\n"
        "Tīkla padome\n"
        "Priekšsēdētāja: Ilze Ozola (Valmieras novads)\n"
        "Vietnieks: Andris Bērziņš (Liepājas valstspilsēta)\n\n"
        "Pašvaldības, kas pievienojušās tīklam",
        "Nr.\tPašvaldība\tIestāšanās gads\tKontaktpersona\n"
        "1.\tCēsu novads\t2012\tLīga Kalniņa\n"
        "2.\tValmieras novads\t2012\tIlze Ozola\n"
        "3.\tKuldīgas novads\t2013\tMāris Liepiņš\n"
        "4.\tJelgavas valstspilsēta\t2013\tSandra Krūmiņa\n"
        "5.\tVentspils valstspilsēta\t2014\tEdgars Zariņš\n"
        "6.\tLiepājas valstspilsēta\t2014\tAndris Bērziņš\n"
        "7.\tDaugavpils valstspilsēta\t2015\tJeļena Ivanova\n"
        "8.\tJēkabpils novads\t2016\tAiga Vītola\n"
        "9.\tTukuma novads\t2016\tRaimonds Eglītis\n"
        "10.\tSiguldas novads\t2017\tKristīne Lāce\n"
        "11.\tTalsu novads\t2018\tGuntis Freimanis\n"
        "12.\tRēzeknes valstspilsēta\t2018\tInga Šmite\n"
        "13.\tSaldus novads\t2019\tDace Kalēja\n"
        "14.\tBauskas novads\t2019\tValdis Pētersons\n"
        "15.\tLimbažu novads\t2020\tZane Grīnberga\n"
        "16.\tOgres novads\t2021\tArtis Siliņš\n"
        "17.\tMadonas novads\t2021\tLaura Avotiņa\n"
        "18.\tJūrmalas valstspilsēta\t2022\tRoberts Kārkliņš",
        "Lai pievienotos tīklam, pašvaldības dome pieņem lēmumu un iesniedz pieteikumu "
        "koordinatoram.",
        "Cēsis/LV; Valmiera/LV; Kuldīga/LV; Jelgava/LV; Ventspils/LV; Liepāja/LV; "
        "Daugavpils/LV; Jēkabpils/LV; Tukums/LV; Sigulda/LV; Talsi/LV; Rēzekne/LV; "
        "Saldus/LV; Bauska/LV; Limbaži/LV; Ogre/LV; Madona/LV; Jūrmala/LV",
        "Latvian municipalities in the genitive before `novads` or `valstspilsēta`, with a "
        "year and a contact person; Riga is the coordinator's seat; the board names two "
        "members again",
    ),
    Page(
        "sl-novica-nove-clanice-tozilnik",
        "sl",
        "running_text;inflected;few;not_signatory;no_country",
        "Mreža sprejela tri nove članice",
        (2025, 4, 9),
        "Na letni skupščini, ki je v torek potekala v Novem mestu, so predstavniki občin "
        "članic pregledali lanske dejavnosti mreže in sprejeli program dela za leto 2025.",
        "Skupščina je soglasno sprejela Občino Radovljica, Občino Izola in Mestno občino "
        "Ptuj, s čimer ima mreža zdaj 27 članic.",
        "»Veseli nas, da se bomo lahko učili od občin, ki imajo s trajnostnim turizmom že "
        "več let izkušenj,« je povedal podžupan Izole Matej Kranjc.\n\n"
        "Predsednica mreže, županja Občine Idrija Tanja Vidmar, je novim članicam zaželela "
        "dobrodošlico. Jesenska skupščina bo v Piranu.",
        "Radovljica/SI; Izola/SI; Ptuj/SI",
        "new members in the accusative (Občino Radovljica, Mestno občino Ptuj); Novo mesto "
        "and Piran are venues, the president's Idrija is an older member",
    ),
    Page(
        "et-uudis-liitusid-linn-tartus",
        "et",
        "running_text;not_signatory;no_country",
        "Kliimavõrgustikuga liitus neli uut linna",
        (2024, 12, 3),
        "Omavalitsuste kliimavõrgustiku üldkoosolek toimus seekord Tartus, kus arutati "
        "kohalike energia- ja kliimakavade elluviimist.",
        "Uute liikmetena võeti vastu Rakvere linn, Haapsalu linn, Võru linn ja Viljandi linn.",
        "„Väikelinnadel on palju õppida nii suurematelt kui ka üksteiselt,“ ütles Rakvere "
        "linnapea Mari Tamm.\n\n"
        "Võrgustiku juhatuse esimees, Pärnu abilinnapea Kaido Sepp lisas, et järgmine "
        "üldkoosolek toimub kevadel Narvas.",
        "Rakvere/EE; Haapsalu/EE; Võru/EE; Viljandi/EE",
        "`X linn` in running text with `ja`; Tartu and Narva are venues (inessive), the "
        "board's chair comes from Pärnu",
    ),
    Page(
        "bg-chlenove-gr-savet-partnori",
        "bg",
        "one_a_line;not_signatory;no_country",
        "Членове на Националната мрежа на здравите градове",
        (2024, 5, 28),
        "Националната мрежа на здравите градове е сдружение на общини, които работят за "
        "подобряване на здравето и качеството на живот на своите граждани.\n\n"
        "Управителен съвет\n"
        "Председател: Иван Петров, кмет на Община Габрово\n"
        "Заместник-председател: Мария Георгиева, заместник-кмет на Община Бургас\n"
        "Секретар: Елена Димитрова, секретариат на мрежата, София\n\n"
        "Градове членове (по азбучен ред)",
        "гр. Благоевград\n"
        "гр. Бургас\n"
        "гр. Велико Търново\n"
        "гр. Видин\n"
        "гр. Габрово\n"
        "гр. Добрич\n"
        "гр. Казанлък\n"
        "гр. Кърджали\n"
        "гр. Ловеч\n"
        "гр. Пазарджик\n"
        "гр. Перник\n"
        "гр. Плевен\n"
        "гр. Русе\n"
        "гр. Силистра\n"
        "гр. Смолян\n"
        "гр. Стара Загора\n"
        "гр. Търговище\n"
        "гр. Хасково\n"
        "гр. Шумен\n"
        "гр. Ямбол",
        "Партньори\n"
        "Министерство на здравеопазването\n"
        "Световна здравна организация – Европейско регионално бюро (Копенхаген)\n"
        "Национално сдружение на общините в Република България",
        "Blagoevgrad/BG; Burgas/BG; Veliko Tarnovo/BG; Vidin/BG; Gabrovo/BG; Dobrich/BG; "
        "Kazanlak/BG; Kardzhali/BG; Lovech/BG; Pazardzhik/BG; Pernik/BG; Pleven/BG; Ruse/BG; "
        "Silistra/BG; Smolyan/BG; Stara Zagora/BG; Targovishte/BG; Haskovo/BG; Shumen/BG; "
        "Yambol/BG",
        "`гр. X` lines under a board naming two members again; Sofia is the secretariat's "
        "seat, Copenhagen a partner's",
    ),
    Page(
        "en-member-cards-four-lines-region",
        "en",
        "one_a_line;columns_after;country_in_language;not_signatory",
        "Member cities",
        (2025, 5, 2),
        "Cities in the network commit to ending new infections by 2030 and to putting "
        "communities at the centre of their response.\n\n"
        "Filter\nRegion: All regions\nJoined: Any year\nSort by: Name (A–Z)\n\n36 cities",
        "\n".join(
            f"{city}\n{country} · {region}\nJoined {year} · Population {pop}\nView city"
            for city, country, region, year, pop in (
                ("Accra", "Ghana", "Africa", 2019, "2.5 million"),
                ("Baltimore", "United States", "North America", 2015, "585,000"),
                ("Belo Horizonte", "Brazil", "Latin America", 2016, "2.7 million"),
                ("Birmingham", "United Kingdom", "Europe", 2018, "1.1 million"),
                ("Bulawayo", "Zimbabwe", "Africa", 2017, "665,000"),
                ("Cali", "Colombia", "Latin America", 2018, "2.2 million"),
                ("Chiang Mai", "Thailand", "Asia-Pacific", 2019, "127,000"),
                ("Chisinau", "Moldova", "Europe", 2018, "640,000"),
                ("Córdoba", "Argentina", "Latin America", 2017, "1.4 million"),
                ("Dar es Salaam", "Tanzania", "Africa", 2015, "5.4 million"),
                ("Durban", "South Africa", "Africa", 2016, "3.9 million"),
                ("Georgetown", "Guyana", "Latin America", 2020, "118,000"),
                ("Hamilton", "Canada", "North America", 2021, "570,000"),
                ("Ho Chi Minh City", "Vietnam", "Asia-Pacific", 2016, "9 million"),
                ("Kampala", "Uganda", "Africa", 2015, "1.7 million"),
                ("Kathmandu", "Nepal", "Asia-Pacific", 2017, "1 million"),
                ("Kigali", "Rwanda", "Africa", 2016, "1.1 million"),
                ("Kingston", "Jamaica", "Latin America", 2018, "590,000"),
                ("Kisumu", "Kenya", "Africa", 2016, "610,000"),
                ("Lagos", "Nigeria", "Africa", 2017, "15 million"),
                ("León", "Mexico", "Latin America", 2019, "1.6 million"),
                ("Lilongwe", "Malawi", "Africa", 2018, "1.1 million"),
                ("Lusaka", "Zambia", "Africa", 2016, "2.7 million"),
                ("Maputo", "Mozambique", "Africa", 2016, "1.1 million"),
                ("Mérida", "Mexico", "Latin America", 2020, "1 million"),
                ("Odesa", "Ukraine", "Europe", 2017, "1 million"),
                ("Port of Spain", "Trinidad and Tobago", "Latin America", 2019, "37,000"),
                ("Porto", "Portugal", "Europe", 2017, "230,000"),
                ("Quezon City", "Philippines", "Asia-Pacific", 2018, "2.9 million"),
                ("San José", "Costa Rica", "Latin America", 2019, "350,000"),
                ("Santa Cruz de la Sierra", "Bolivia", "Latin America", 2020, "1.6 million"),
                ("Santiago", "Chile", "Latin America", 2018, "6.2 million"),
                ("Tbilisi", "Georgia", "Europe", 2017, "1.2 million"),
                ("Trujillo", "Peru", "Latin America", 2021, "920,000"),
                ("Valencia", "Venezuela", "Latin America", 2021, "1.5 million"),
                ("Windhoek", "Namibia", "Africa", 2019, "430,000"),
            )
        ),
        "Showing 1–36 of 36\n\n"
        "Steering committee\n"
        "Chair: Mayor of Kigali\n"
        "Vice-chair: Deputy Mayor of Porto\n\n"
        "Core partners\n"
        "Joint United Nations Programme (Geneva)\n"
        "International Association of Providers of Care (Washington, D.C.)\n"
        "City of Paris, founding partner",
        "Accra/GH; Baltimore/US; Belo Horizonte/BR; Birmingham/GB; Bulawayo/ZW; Cali/CO; "
        "Chiang Mai/TH; Chisinau/MD; Córdoba/AR; Dar es Salaam/TZ; Durban/ZA; Georgetown/GY; "
        "Hamilton/CA; Ho Chi Minh City/VN; Kampala/UG; Kathmandu/NP; Kigali/RW; Kingston/JM; "
        "Kisumu/KE; Lagos/NG; León/MX; Lilongwe/MW; Lusaka/ZM; Maputo/MZ; Mérida/MX; "
        "Odesa/UA; Port of Spain/TT; Porto/PT; Quezon City/PH; San José/CR; "
        "Santa Cruz de la Sierra/BO; Santiago/CL; Tbilisi/GE; Trujillo/PE; Valencia/VE; "
        "Windhoek/NA",
        "member cards flattened four lines a city (city; country · world region; joined and "
        "population; View city), cities named like bigger places elsewhere (Córdoba, León, "
        "Valencia, Hamilton, Kingston, Santiago, Georgetown); Geneva, Washington and Paris "
        "are partners, not members",
    ),
]

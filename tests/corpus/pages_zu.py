"""Hand-written pages, batch zu: held out from round 23 (branch acczu), written without reading the
reader or running it, before any change to it for them. Pages as messy as real copies are, in
fourteen languages, most of them ones the corpus has few pages of: an English declaration copied
out of a PDF, its signatories' table with the columns run together, running headers, page
numbers and city names broken over lines (`Cluj-` / `Napoca`); a Russian member page of a
Eurasian network in Cyrillic with Latin names for some, members, observers and partners under
their own headings; a Hebrew press release about a signing with the cities in `עיריית X` lines
and a venue in Tel Aviv; an Arabic members table flattened by the browser one cell a line, with
observers' rows; a Japanese member page of `X市（国）` with and without Latin names, observers
and partner bodies; a Korean press release about an agreement, then its English summary with
the same cities in Latin letters; a Serbian member list in Cyrillic and Latin side by side; a
Greek annual report copied from a PDF with two columns of `Δήμος X` run together on one line; a
Basque statement then its Spanish version over `X Udala / Ayuntamiento de X` lines; a Galician
tab table of concellos with members and observers; an Icelandic press release about three
towns signing, in genitives; a Vietnamese member page with members, observers and partners and
Lao and Cambodian cities by their Vietnamese names; a Bulgarian declaration copied from a PDF
whose signatories run over a page break and a hyphenated name; a Latvian/English tab table with
Latvian exonyms of Baltic cities and a status column. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-pdf-clean-air-schools-columns-run-together-page-break",
        "en",
        "one_a_line;columns_after;person_after;broken_lines;country_in_language;not_signatory",
        "Clean Air for Schools: the declaration and its signatories (PDF)",
        (2025, 3, 14),
        "Home > Library > Declarations\n\n"
        "Download: Clean_Air_Schools_Declaration_2025.pdf (1.8 MB)\n\n"
        "CLEAN AIR FOR SCHOOLS\n"
        "A declaration of European cities\n"
        "Adopted at the Annual Forum hosted by the City of Porto, 12 March 2025\n\n"
        "1\n\n"
        "Clean Air for Schools – Declaration                                        2\n\n"
        "Every child has the right to breathe clean air on the way to school and in the class-\n"
        "room. Yet in many of our cities, nitrogen dioxide levels near school gates still ex-\n"
        "ceed the guideline values of the World Health Organization, whose European office in\n"
        "Copenhagen has documented the harm to children's lungs.\n\n"
        "We, the undersigned, commit to:\n"
        "1. introduce school streets, closed to motor traffic at the start and end of the\n"
        "school day, around at least one in four primary schools by 2028;\n"
        "2. monitor air quality at school gates and publish the results;\n"
        "3. work with parents, teachers and pupils on safe walking and cycling routes, build-\n"
        "ing on the experience gathered since the Leipzig Charter on sustainable cities.\n\n"
        "clean-air-schools.eu                                               Page 2 of 4\n\n"
        "Clean Air for Schools – Declaration                                        3\n\n"
        "Signatories\n\n"
        "City Country Signed by",
        "Antwerp Belgium Els Verhaegen, Alderman for Environment\n"
        "Bologna Italy Marco Tedeschi, Deputy Mayor\n"
        "Brno Czech Republic Pavla Dvořáková, Mayor\n"
        "Cluj-\n"
        "Napoca Romania Andrei Mureșan, Mayor\n"
        "Ghent Belgium Tine De Smet, Alderwoman for Mobility\n"
        "Graz Austria Sabine Hofer, Mayor\n"
        "Ljubljana Slovenia Matej Kovač, Deputy Mayor\n"
        "Lyon France Claire Dumont, Deputy Mayor for Education\n"
        "Malmö Sweden Johanna Lindqvist, Chair of the City\n"
        "Executive Board\n\n"
        "clean-air-schools.eu                                               Page 3 of 4\n\n"
        "Clean Air for Schools – Declaration                                        4\n\n"
        "City Country Signed by\n"
        "Newcastle upon\n"
        "Tyne United Kingdom Cllr Peter Ashworth, Cabinet Member\n"
        "Sevilla Spain Rocío Jiménez Lara, Councillor for Education\n"
        "Tampere Finland Mikko Salminen, Deputy Mayor\n"
        "Utrecht Netherlands Femke Bosman, Alderwoman\n"
        "Wrocław Poland Tomasz Zieliński, Deputy Mayor\n"
        "Cork Ireland Cllr Siobhán Daly, Lord Mayor\n"
        "Aarhus Denmark Rasmus Holm, Alderman for Children and Young People",
        "Further cities may join the declaration at any time by writing to the secretariat.\n\n"
        "Secretariat: Clean Air for Schools, Rue du Trône 98, 1050 Brussels\n\n"
        "clean-air-schools.eu                                               Page 4 of 4",
        "Antwerp/BE; Bologna/IT; Brno/CZ; Cluj-Napoca/RO; Ghent/BE; Graz/AT; Ljubljana/SI; "
        "Lyon/FR; Malmö/SE; Newcastle upon Tyne/GB; Sevilla/ES; Tampere/FI; Utrecht/NL; "
        "Wrocław/PL; Cork/IE; Aarhus/DK",
        "a PDF copy: table of city, country and signer with the columns run together on one "
        "line, running headers, page numbers and footers between the rows, `Cluj-` / `Napoca` "
        "and `Newcastle upon` / `Tyne` broken over lines, a title broken over two lines; Porto "
        "the host, Copenhagen the WHO office, Leipzig a charter, Brussels the secretariat",
    ),
    Page(
        "ru-assambleya-chleny-nablyudateli-partnery-latinitsa-inogda",
        "ru",
        "one_a_line;region_heading;country_in_language;not_signatory",
        "Члены Ассамблеи городов Евразии",
        (2024, 11, 5),
        "Главная / Об ассамблее / Члены\n\n"
        "Ассамблея объединяет города-члены, города-наблюдатели и организации-партнёры. "
        "Решение о приёме принимает Совет Ассамблеи на ежегодной сессии. Последняя сессия "
        "прошла в Казани, где в состав Ассамблеи были приняты пять новых городов.\n\n"
        "Города-члены (по странам)",
        "Азербайджан\n"
        "Баку (Baku)\n"
        "Гянджа (Ganja)\n\n"
        "Армения\n"
        "Ереван (Yerevan)\n"
        "Гюмри\n\n"
        "Беларусь\n"
        "Минск (Minsk)\n"
        "Гродно\n"
        "Гомель\n"
        "Витебск\n\n"
        "Грузия\n"
        "Тбилиси (Tbilisi)\n"
        "Батуми (Batumi)\n"
        "Кутаиси\n\n"
        "Казахстан\n"
        "Астана (Astana)\n"
        "Алматы (Almaty)\n"
        "Шымкент (Shymkent)\n"
        "Караганда\n"
        "Актобе\n\n"
        "Кыргызстан\n"
        "Бишкек (Bishkek)\n"
        "Ош (Osh)\n\n"
        "Молдова\n"
        "Кишинёв (Chișinău)\n\n"
        "Россия\n"
        "Екатеринбург\n"
        "Новосибирск\n"
        "Самара\n"
        "Уфа\n"
        "Красноярск\n"
        "Иркутск\n"
        "Ярославль\n"
        "Астрахань\n"
        "Махачкала\n\n"
        "Таджикистан\n"
        "Душанбе (Dushanbe)\n"
        "Худжанд\n\n"
        "Узбекистан\n"
        "Ташкент (Toshkent)\n"
        "Самарканд (Samarqand)\n"
        "Бухара\n"
        "Наманган",
        "Города-наблюдатели\n"
        "Улан-Батор (Ulaanbaatar), Монголия\n"
        "Владивосток, Россия\n\n"
        "Организации-партнёры\n"
        "Центр городских исследований (Москва)\n"
        "Фонд «Устойчивый город» (Алматы)\n"
        "Высшая школа урбанистики (Санкт-Петербург)\n\n"
        "Как вступить в Ассамблею: заявку подписывает глава города и направляет в "
        "Секретариат.",
        "Baku/AZ; Ganja/AZ; Yerevan/AM; Gyumri/AM; Minsk/BY; Grodno|Hrodna/BY; Gomel|Homyel'/BY; "
        "Vitebsk/BY; Tbilisi/GE; Batumi/GE; Kutaisi/GE; Astana/KZ; Almaty/KZ; Shymkent/KZ; "
        "Karaganda|Karagandy/KZ; Aktobe/KZ; Bishkek/KG; Osh/KG; Chisinau/MD; Yekaterinburg/RU; "
        "Novosibirsk/RU; Samara/RU; Ufa/RU; Krasnoyarsk/RU; Irkutsk/RU; Yaroslavl/RU; "
        "Astrakhan/RU; Makhachkala/RU; Dushanbe/TJ; Khujand/TJ; Tashkent/UZ; Samarkand/UZ; "
        "Bukhara/UZ; Namangan/UZ",
        "Cyrillic city lines under Russian country headings, some with the Latin name in "
        "brackets (`Ташкент (Toshkent)`), then observers (Ulaanbaatar, Vladivostok) and "
        "partner bodies with seats (Moscow, Almaty again, Saint Petersburg) that are not "
        "members; Kazan the venue",
    ),
    Page(
        "he-hodaa-hatima-amanat-tahbura-iriyot-sharon",
        "he",
        "one_a_line;person_after;not_signatory;no_country",
        "שבע ערים חתמו על אמנת התחבורה הציבורית של השרון",
        (2025, 1, 22),
        "דף הבית > חדשות > הודעות לעיתונות\n\n"
        "הודעה לעיתונות\n\n"
        "ראשי שבע ערים באזור השרון חתמו אתמול על אמנה משותפת לקידום התחבורה הציבורית, "
        "השבילים לאופניים והליכה בטוחה לבתי הספר. טקס החתימה נערך במוזיאון תל אביב "
        "לאמנות, במעמד נציגי משרד התחבורה מירושלים ונציגי רשות התחבורה הארצית.\n\n"
        '"אנחנו לא יכולים לחכות שהפקקים ייעלמו מעצמם", אמרה יו"ר הפורום, עו"ד מיכל '
        'ברגר. "החתימה היום היא התחייבות של כל עירייה לתקציב ולוח זמנים."\n\n'
        "על האמנה חתמו:",
        "עיריית כפר סבא – ראש העירייה, אבי לוי\n"
        "עיריית רעננה – ראש העירייה, נורית שושן\n"
        "עיריית הרצליה – ראש העירייה, עמית גולן\n"
        "עיריית נתניה – ממלא מקום ראש העירייה, יוסי מזרחי\n"
        "עיריית חדרה – ראש העירייה, דנה אלון\n"
        "עיריית הוד השרון – ראש העירייה, גיל רוזן\n"
        "עיריית רמת השרון – סגנית ראש העירייה, שירה כהן",
        "האמנה פתוחה להצטרפות רשויות נוספות. עיריית ראש העין ועיריית פתח תקווה הודיעו "
        "כי ישקלו להצטרף במהלך השנה.\n\n"
        "לפרטים נוספים: דוברות הפורום, 03-5551234",
        "Kfar Saba/IL; Ra'anana/IL; Herzliya/IL; Netanya/IL; Hadera/IL; Hod HaSharon/IL; "
        "Ramat HaSharon/IL",
        "Hebrew press release about a signing, `עיריית X – ראש העירייה, Name` lines; Tel Aviv "
        "the venue (a museum), Jerusalem the ministry's seat, Rosh HaAyin and Petah Tikva "
        "may join later: not signatories",
    ),
    Page(
        "ar-jadwal-khaliya-fi-satr-aadaa-muraqibun",
        "ar",
        "one_a_line;columns_after;country_in_language;not_signatory",
        "المدن الأعضاء في شبكة المدن المتوسطية والعربية للتراث",
        (2024, 9, 30),
        "الرئيسية › الشبكة › الأعضاء\n\n"
        "تضم الشبكة مدناً من ضفتي المتوسط ومن العالم العربي تعمل على صون التراث العمراني "
        "وإحياء المدن العتيقة. يقع مقر الأمانة العامة في مدينة فاس.\n\n"
        "جدول الأعضاء (محدث في أيلول/سبتمبر 2024)",
        "المدينة\n"
        "البلد\n"
        "سنة الانضمام\n"
        "الصفة\n"
        "أكادير\n"
        "المغرب\n"
        "2016\n"
        "عضو\n"
        "تطوان\n"
        "المغرب\n"
        "2012\n"
        "عضو\n"
        "سوسة\n"
        "تونس\n"
        "2014\n"
        "عضو\n"
        "صفاقس\n"
        "تونس\n"
        "2019\n"
        "عضو\n"
        "إربد\n"
        "الأردن\n"
        "2017\n"
        "عضو\n"
        "الزرقاء\n"
        "الأردن\n"
        "2021\n"
        "عضو\n"
        "طرابلس\n"
        "لبنان\n"
        "2013\n"
        "عضو\n"
        "صيدا\n"
        "لبنان\n"
        "2013\n"
        "عضو\n"
        "نواكشوط\n"
        "موريتانيا\n"
        "2022\n"
        "عضو\n"
        "صلالة\n"
        "عُمان\n"
        "2023\n"
        "عضو مراقب\n"
        "الإسماعيلية\n"
        "مصر\n"
        "2023\n"
        "عضو مراقب",
        "يتمتع الأعضاء المراقبون بحق حضور الجمعية العامة دون حق التصويت.\n\n"
        "للانضمام إلى الشبكة يرجى مراسلة الأمانة العامة في فاس.",
        "Agadir/MA; Tetouan/MA; Sousse/TN; Sfax/TN; Irbid/JO; Zarqa/JO; Tripoli/LB; "
        "Sidon/LB; Nouakchott/MR",
        "an Arabic members table flattened one cell a line (city, country, year, status); "
        "the last two rows are observers (Salalah, Ismailia), not members; Fez the "
        "secretariat; Tripoli in Lebanon",
    ),
    Page(
        "ja-kamei-toshi-kuni-kakko-obuzaba-patona",
        "ja",
        "one_a_line;country_in_language;not_signatory",
        "加盟都市・オブザーバー・パートナー一覧",
        (2025, 2, 10),
        "ホーム ＞ ネットワークについて ＞ 加盟都市\n\n"
        "アジア環境都市ネットワークは、環境にやさしい都市づくりの経験を共有するため、"
        "アジア各地の自治体が参加するネットワークです。事務局は北九州市環境局内に置かれています。\n\n"
        "■加盟都市（12都市）",
        "北九州市（日本）Kitakyushu\n"
        "富山市（日本）\n"
        "仁川広域市（韓国）Incheon\n"
        "釜山広域市（韓国）\n"
        "蔚山広域市（韓国）Ulsan\n"
        "大連市（中国）\n"
        "青島市（中国）Qingdao\n"
        "高雄市（台湾）\n"
        "ダナン市（ベトナム）Da Nang\n"
        "セブ市（フィリピン）Cebu City\n"
        "スラバヤ市（インドネシア）\n"
        "プノンペン都（カンボジア）Phnom Penh",
        "■オブザーバー\n"
        "ビエンチャン都（ラオス）\n"
        "ウランバートル市（モンゴル）\n\n"
        "■パートナー機関\n"
        "国連ハビタット福岡本部（福岡市）\n"
        "地球環境戦略研究機関（葉山町）\n\n"
        "※加盟を希望する自治体は、事務局までお問い合わせください。",
        "Kitakyushu/JP; Toyama/JP; Incheon/KR; Busan/KR; Ulsan/KR; Dalian/CN; Qingdao/CN; "
        "Kaohsiung/TW; Da Nang/VN; Cebu City/PH; Surabaya/ID; Phnom Penh/KH",
        "Japanese member lines `X市（国）` with a Latin name after some; Kitakyushu also the "
        "secretariat (but a member); observers Vientiane and Ulaanbaatar and partner bodies "
        "in Fukuoka and Hayama are not members",
    ),
    Page(
        "ko-hyeobyak-chegyeol-bodojaryo-yeongmun-yoyak",
        "ko",
        "running_text;named_twice;not_signatory;no_country",
        "전북 서부권 4개 시, 탄소중립 도시 협약 체결",
        (2024, 10, 11),
        "홈 > 알림마당 > 보도자료\n\n보도자료 | 배포일시 2024. 10. 11.(금) | 담당: 기후정책팀",
        "전북 서부권 4개 시, 탄소중립 도시 협약 체결\n"
        "- 군산시·익산시·정읍시·남원시 시장 참석 … 2030년까지 온실가스 40% 감축 목표\n\n"
        "군산시, 익산시, 정읍시, 남원시는 10일 전주 한국전통문화전당에서 '탄소중립 도시 "
        "공동협약'을 체결했다고 11일 밝혔다. 이날 협약식에는 4개 시 시장과 전북특별자치도 "
        "기후환경국장이 참석했으며, 김제시는 일정 관계로 협약식에 참석하지 못해 추후 서면으로 "
        "협약에 참여하기로 했다.\n\n"
        "4개 시는 이번 협약에 따라 공공건물 태양광 설치, 전기버스 도입, 도시숲 조성 등에 "
        "공동으로 노력하기로 했다.\n\n"
        "[English summary]\n"
        "The cities of Gunsan, Iksan, Jeongeup and Namwon signed a joint carbon-neutral city "
        "agreement on 10 October at the Korea Traditional Culture Center in Jeonju. Gimje will "
        "join in writing at a later date.",
        "문의: 기후정책팀 063-123-4567",
        "Gunsan/KR; Iksan/KR; Jeongeup/KR; Namwon/KR",
        "Korean press release about a signing, then its English summary naming the same four "
        "cities again in Latin letters; Jeonju the venue, the province an attendee, Gimje "
        "absent (joins later): not signatories",
    ),
    Page(
        "sr-clanice-cirilica-latinica-uporedo-kolone",
        "sr",
        "one_a_line;named_twice;no_country",
        "Чланице Мреже здравих градова Србије / Članice Mreže zdravih gradova Srbije",
        (2024, 6, 18),
        "Почетна / Početna  »  О мрежи / O mreži  »  Чланице / Članice\n\n"
        "Мрежа окупља градове и општине који су усвојили Декларацију о здрављу у свим "
        "политикама. / Mreža okuplja gradove i opštine koji su usvojili Deklaraciju o "
        "zdravlju u svim politikama.\n\n"
        "ЋИРИЛИЦА                              LATINICA",
        "Град Нови Сад                         Grad Novi Sad\n"
        "Град Ниш                              Grad Niš\n"
        "Град Крагујевац                       Grad Kragujevac\n"
        "Град Суботица                         Grad Subotica\n"
        "Град Зрењанин                         Grad Zrenjanin\n"
        "Град Панчево                          Grad Pančevo\n"
        "Град Чачак                            Grad Čačak\n"
        "Град Краљево                          Grad Kraljevo\n"
        "Град Ваљево                           Grad Valjevo\n"
        "Град Шабац                            Grad Šabac\n"
        "Град Ужице                            Grad Užice\n"
        "Град Лесковац                         Grad Leskovac\n"
        "Град Врање                            Grad Vranje\n"
        "Град Сомбор                           Grad Sombor\n"
        "Општина Кикинда                       Opština Kikinda",
        "Партнер Мреже: Институт за јавно здравље Србије „Др Милан Јовановић Батут“, Београд\n"
        "Partner Mreže: Institut za javno zdravlje Srbije „Dr Milan Jovanović Batut“, Beograd",
        "Novi Sad/RS; Niš/RS; Kragujevac/RS; Subotica/RS; Zrenjanin/RS; Pančevo/RS; Čačak/RS; "
        "Kraljevo/RS; Valjevo/RS; Šabac/RS; Užice/RS; Leskovac/RS; Vranje/RS; Sombor/RS; "
        "Kikinda/RS",
        "Serbian members in Cyrillic and Latin side by side on one line, aligned with spaces, "
        "each named twice; Belgrade the partner institute's seat",
    ),
    Page(
        "el-pdf-ekthesi-dyo-stiles-mazi-dimos",
        "el",
        "several_a_line;inflected;no_country;not_signatory",
        "Ετήσια Έκθεση 2024 – Τα μέλη του Δικτύου",
        (2025, 5, 6),
        "Αρχική > Δημοσιεύσεις > Ετήσιες εκθέσεις\n\n"
        "Ετήσια_Εκθεση_2024.pdf\n\n"
        "ΕΘΝΙΚΟ ΔΙΚΤΥΟ ΠΟΛΕΩΝ ΓΙΑ ΤΗΝ ΥΓΕΙΑ                         Ετήσια Έκθεση 2024\n\n"
        "Το Δίκτυο ιδρύθηκε με έδρα την Αθήνα και σήμερα αριθμεί 30 δήμους-μέλη σε όλη τη "
        "χώρα. Το 2024 η Γενική Συνέλευση πραγματοποιήθηκε στη Θεσσαλονίκη, όπου εγκρίθηκε η "
        "ένταξη τεσσάρων νέων μελών. Οι δράσεις του Δικτύου αφορούν την πρόληψη, την ψυχική "
        "υγεία και την ενεργό γή-\n"
        "ρανση, σε συνεργασία με το Περιφερειακό Γραφείο του ΠΟΥ στην Κοπεγχάγη.\n\n"
        "— 7 —\n\n"
        "ΕΘΝΙΚΟ ΔΙΚΤΥΟ ΠΟΛΕΩΝ ΓΙΑ ΤΗΝ ΥΓΕΙΑ                         Ετήσια Έκθεση 2024\n\n"
        "3. Δήμοι-μέλη",
        "Δήμος Λαρισαίων Δήμος Καλαμάτας\n"
        "Δήμος Τρικκαίων Δήμος Ιωαννιτών\n"
        "Δήμος Κοζάνης Δήμος Βόλου\n"
        "Δήμος Χανίων Δήμος Ηρακλείου\n"
        "Δήμος Πατρέων Δήμος Σερρών\n"
        "Δήμος Δράμας Δήμος Καβάλας\n"
        "Δήμος Ρόδου Δήμος Κέρκυρας\n"
        "Δήμος Αγρινίου Δήμος Ξάνθης\n\n"
        "— 8 —\n\n"
        "ΕΘΝΙΚΟ ΔΙΚΤΥΟ ΠΟΛΕΩΝ ΓΙΑ ΤΗΝ ΥΓΕΙΑ                         Ετήσια Έκθεση 2024\n\n"
        "Νέα μέλη 2024 (*)\n"
        "Δήμος Κομοτηνής* Δήμος Κατερίνης*\n"
        "Δήμος Χαλκιδέων* Δήμος Λαμιέων*",
        "Οι υπόλοιποι 10 δήμοι-μέλη με πληθυσμό κάτω των 20.000 κατοίκων παρατίθενται στο "
        "Παράρτημα Β.\n\n"
        "— 9 —",
        "Larisa/GR; Kalamata/GR; Trikala/GR; Ioannina/GR; Kozani/GR; Volos/GR; Chania/GR; "
        "Heraklion/GR; Patra/GR; Serres/GR; Drama/GR; Kavala/GR; Rhodes/GR; Kerkyra|Corfu/GR; "
        "Agrinio/GR; Xanthi/GR; Komotini/GR; Katerini/GR; Chalkida/GR; Lamia/GR",
        "a Greek annual report copied from a PDF: two columns of `Δήμος X` (genitives and "
        "demonyms: Λαρισαίων, Τρικκαίων, Πατρέων, Χαλκιδέων) run together on one line, running "
        "headers, page numbers `— 8 —`, a hyphenated word, asterisks; Athens the seat, "
        "Thessaloniki the venue, Copenhagen the WHO office",
    ),
    Page(
        "eu-adierazpena-euskaraz-gero-gazteleraz-udala-ayuntamiento",
        "eu",
        "one_a_line;not_signatory;no_country",
        "Klima Larrialdiaren Aurrean Udalen Adierazpena / Declaración de los Ayuntamientos "
        "ante la Emergencia Climática",
        (2024, 11, 27),
        "Hasiera > Albisteak / Inicio > Noticias\n\n"
        "EUSKARAZ\n\n"
        "Euskal udalerri hauek klima larrialdiaren aurreko adierazpena sinatu dute gaur, "
        "Bilboko Euskalduna Jauregian egindako ekitaldian. Udalek konpromisoa hartu dute "
        "2030erako berotegi-efektuko gasen isurketak % 55 murrizteko eta energia "
        "berriztagarrien erabilera bultzatzeko. Eusko Jaurlaritzako sailburuak ekitaldia "
        "itxi zuen Vitoria-Gasteizko Legebiltzarrean hurrengo urratsak aurkeztuko direla "
        "iragarriz.\n\n"
        "EN CASTELLANO\n\n"
        "Los siguientes municipios vascos han firmado hoy la declaración ante la emergencia "
        "climática en un acto celebrado en el Palacio Euskalduna de Bilbao. Los ayuntamientos "
        "se comprometen a reducir un 55 % las emisiones de gases de efecto invernadero para "
        "2030 y a impulsar las energías renovables.\n\n"
        "Sinatzaileak / Firmantes:",
        "Donostiako Udala / Ayuntamiento de Donostia / San Sebastián\n"
        "Getxoko Udala / Ayuntamiento de Getxo\n"
        "Irungo Udala / Ayuntamiento de Irun\n"
        "Barakaldoko Udala / Ayuntamiento de Barakaldo\n"
        "Errenteriako Udala / Ayuntamiento de Errenteria\n"
        "Eibarko Udala / Ayuntamiento de Eibar\n"
        "Durangoko Udala / Ayuntamiento de Durango\n"
        "Tolosako Udala / Ayuntamiento de Tolosa\n"
        "Zarauzko Udala / Ayuntamiento de Zarautz\n"
        "Arrasateko Udala / Ayuntamiento de Arrasate-Mondragón\n"
        "Hernaniko Udala / Ayuntamiento de Hernani\n"
        "Azpeitiko Udala / Ayuntamiento de Azpeitia\n"
        "Gernika-Lumoko Udala / Ayuntamiento de Gernika-Lumo",
        "Adierazpena zabalik dago beste udalen atxikimendurako. / La declaración queda "
        "abierta a la adhesión de otros ayuntamientos.",
        "Donostia|San Sebastián/ES; Getxo/ES; Irun/ES; Barakaldo/ES; Errenteria/ES; Eibar/ES; "
        "Durango/ES; Tolosa/ES; Zarautz/ES; Arrasate|Mondragón/ES; Hernani/ES; Azpeitia/ES; "
        "Gernika-Lumo/ES",
        "a Basque text then its Spanish version, over `X-ko Udala / Ayuntamiento de X` lines "
        "(Basque suffixes `Zarauzko`, `Donostiako`, a slash inside `Donostia / San Sebastián`); "
        "Bilbao the venue, Vitoria-Gasteiz the parliament's seat: not signatories",
    ),
    Page(
        "gl-taboa-concellos-provincia-membros-observadores",
        "gl",
        "table_tabs;columns_after;region_after;not_signatory;no_country",
        "Concellos membros da Rede Galega de Cidades Sostibles",
        (2024, 7, 3),
        "Inicio | A Rede | Membros | Actividades | Contacto\n\n"
        "A Rede Galega de Cidades Sostibles agrupa concellos que traballan pola mobilidade "
        "sostible, a eficiencia enerxética e a economía circular. A sede técnica está na "
        "Cidade da Cultura, en Santiago de Compostela, e a presidencia rotatoria corresponde "
        "este ano ao Concello de Lugo.\n\n"
        "Listaxe de concellos (táboa)",
        "Concello\tProvincia\tPoboación\tAdhesión\tCondición\n"
        "Lugo\tLugo\t98.025\t2015\tMembro\n"
        "Ourense\tOurense\t105.233\t2015\tMembro\n"
        "Pontevedra\tPontevedra\t82.802\t2015\tMembro\n"
        "Ferrol\tA Coruña\t64.785\t2016\tMembro\n"
        "Narón\tA Coruña\t39.080\t2017\tMembro\n"
        "Carballo\tA Coruña\t31.413\t2018\tMembro\n"
        "Lalín\tPontevedra\t20.231\t2018\tMembro\n"
        "Monforte de Lemos\tLugo\t18.650\t2019\tMembro\n"
        "Ribeira\tA Coruña\t27.011\t2019\tMembro\n"
        "Vilagarcía de Arousa\tPontevedra\t37.400\t2020\tMembro\n"
        "Redondela\tPontevedra\t29.162\t2021\tMembro\n"
        "Cangas\tPontevedra\t26.900\t2023\tObservador\n"
        "Verín\tOurense\t13.600\t2024\tObservador",
        "Os concellos observadores participan nos grupos de traballo pero non asinaron aínda "
        "a Carta da Rede.\n\n"
        "Descargar a táboa en formato CSV",
        "Lugo/ES; Ourense/ES; Pontevedra/ES; Ferrol/ES; Narón/ES; Carballo/ES; Lalín/ES; "
        "Monforte de Lemos/ES; Ribeira/ES; Vilagarcía de Arousa/ES; Redondela/ES",
        "a Galician tab table of concellos with province (named like the city: Lugo, Ourense, "
        "Pontevedra), population, year and status; the last two rows are observers (Cangas, "
        "Verín); Santiago de Compostela the seat; Lugo also the presidency (but a member)",
    ),
    Page(
        "is-frettatilkynning-undirritun-thriggja-baeja-eignarfall",
        "is",
        "running_text;inflected;few;not_signatory;no_country",
        "Þrjú sveitarfélög undirrita samkomulag um orkuskipti í höfnum",
        (2025, 4, 9),
        "Forsíða > Fréttir\n\nFréttatilkynning",
        "Bæjarstjórar Akureyrarbæjar, Ísafjarðarbæjar og Hafnarfjarðarbæjar undirrituðu í "
        "gær samkomulag um orkuskipti í höfnum bæjanna. Undirritunin fór fram í Hörpu í "
        "Reykjavík að viðstöddum ráðherra loftslagsmála. Samkvæmt samkomulaginu verður "
        "landtenging fyrir skip komið upp í öllum þremur höfnunum fyrir árslok 2027.\n\n"
        "„Hafnirnar eru lífæð bæjanna og við viljum að þær verði fyrirmynd,“ sagði "
        "Guðrún Helgadóttir, bæjarstjóri á Ísafirði. Samtök sveitarfélaga á Norðurlandi "
        "fagna samkomulaginu og hvetja fleiri sveitarfélög, t.d. Fjarðabyggð og "
        "Vestmannaeyjabæ, til að taka þátt.",
        "Nánari upplýsingar veitir upplýsingafulltrúi í síma 555 1234.",
        "Akureyri/IS; Ísafjörður/IS; Hafnarfjörður/IS",
        "Icelandic press release about a signing: three towns in genitives `Akureyrarbæjar, "
        "Ísafjarðarbæjar og Hafnarfjarðarbæjar`, a dative `á Ísafirði`; Reykjavík the venue, "
        "Fjarðabyggð and Vestmannaeyjar invited to join: not signatories",
    ),
    Page(
        "vi-thanh-vien-quan-sat-vien-doi-tac-ten-viet-hoa",
        "vi",
        "bulleted;region_after;country_in_language;not_signatory",
        "Danh sách thành viên Mạng lưới các thành phố ven biển Mê Kông – Biển Đông",
        (2024, 12, 16),
        "Trang chủ » Giới thiệu » Thành viên\n\n"
        "Mạng lưới được thành lập năm 2018 nhằm chia sẻ kinh nghiệm thích ứng với biến đổi "
        "khí hậu giữa các đô thị ven biển và ven sông. Văn phòng điều phối đặt tại Thành phố "
        "Hồ Chí Minh. Hội nghị thường niên 2024 được tổ chức tại Cần Thơ.\n\n"
        "THÀNH VIÊN CHÍNH THỨC",
        "• Thành phố Hải Phòng (Việt Nam)\n"
        "• Thành phố Cần Thơ (Việt Nam)\n"
        "• Thành phố Huế (Việt Nam)\n"
        "• Thành phố Nha Trang, tỉnh Khánh Hòa (Việt Nam)\n"
        "• Thành phố Quy Nhơn, tỉnh Bình Định (Việt Nam)\n"
        "• Thành phố Vũng Tàu (Việt Nam)\n"
        "• Thành phố Hạ Long, tỉnh Quảng Ninh (Việt Nam)\n"
        "• Thủ đô Viêng Chăn (Lào)\n"
        "• Thành phố Luông Pha Băng (Lào)\n"
        "• Thủ đô Phnôm Pênh (Campuchia)\n"
        "• Thành phố Xiêm Riệp (Campuchia)",
        "QUAN SÁT VIÊN\n"
        "• Thành phố Đà Lạt, tỉnh Lâm Đồng (Việt Nam)\n"
        "• Thành phố Băng Cốc (Thái Lan)\n\n"
        "ĐỐI TÁC\n"
        "• Ngân hàng Phát triển Châu Á (Manila)\n"
        "• Viện Nghiên cứu Đô thị Đà Nẵng\n\n"
        "Xem bản đồ thành viên",
        "Haiphong/VN; Can Tho/VN; Huế/VN; Nha Trang/VN; Quy Nhon/VN; Vung Tau/VN; Ha Long/VN; "
        "Vientiane/LA; Luang Prabang/LA; Phnom Penh/KH; Siem Reap/KH",
        "Vietnamese member bullets `Thành phố X, tỉnh Y (Nước)` with Lao and Cambodian cities "
        "by their Vietnamese names (Viêng Chăn, Luông Pha Băng, Phnôm Pênh, Xiêm Riệp); "
        "observers Da Lat and Bangkok and partners in Manila and Da Nang not members; Ho Chi "
        "Minh City the office, Can Tho also the venue (but a member)",
    ),
    Page(
        "bg-pdf-deklaratsiya-podpisali-prenos-stranitsa-srichka",
        "bg",
        "running_text;broken_lines;not_signatory;no_country",
        "Декларация на кметовете за чист въздух – пълен текст",
        (2024, 10, 2),
        "Начало » Документи » Декларации\n\n"
        "Декларацията като PDF: Deklaratsiya_chist_vazduh.pdf\n\n"
        "ДЕКЛАРАЦИЯ ЗА ЧИСТ ВЪЗДУХ В БЪЛГАРСКИТЕ ГРАДОВЕ                          стр. 1\n\n"
        "Ние, кметовете на български общини, събрани на Националната среща на местните "
        "власти в Пловдив на 1 октомври 2024 г., като отчитаме, че замърсяването на възду-\n"
        "ха с фини прахови частици остава най-сериозният екологичен риск за здравето на "
        "нашите граждани, заявяваме, че ще подменим отоплението на твърдо гориво в "
        "общинските сгради, ще обновим градския транспорт и ще увеличим зелените площи.\n\n"
        "Призоваваме Министерството на околната среда и водите в София да осигури "
        "финансиране по Програма „Околна среда“.",
        "Декларацията подписаха кметовете на общините Бургас, Варна, Русе, Плевен, Ста-\n"
        "ра Загора, Велико Търново, Шумен, Добрич, Сливен,\n\n"
        "Национално сдружение на общините                                  www.example-ns.bg\n\n"
        "ДЕКЛАРАЦИЯ ЗА ЧИСТ ВЪЗДУХ В БЪЛГАРСКИТЕ ГРАДОВЕ                          стр. 2\n\n"
        "Хасково, Благоевград, Габрово и Враца.",
        "Общините Монтана и Кърджали изразиха подкрепа и ще се присъединят след решение на "
        "общинските си съвети.\n\n"
        "Национално сдружение на общините                                  www.example-ns.bg",
        "Burgas/BG; Varna/BG; Ruse/BG; Pleven/BG; Stara Zagora/BG; Veliko Tarnovo/BG; "
        "Shumen/BG; Dobrich/BG; Sliven/BG; Haskovo/BG; Blagoevgrad/BG; Gabrovo/BG; Vratsa/BG",
        "Bulgarian declaration copied from a PDF: the signatories in one sentence broken by a "
        "page footer and header, `Ста-` / `ра Загора` hyphenated over the line; Plovdiv the "
        "venue, Sofia the ministry, Montana and Kardzhali to join later: not signatories",
    ),
    Page(
        "lv-en-tabula-divvalodu-eksonimi-statuss",
        "lv",
        "table_tabs;columns_after;country_in_language;named_twice;not_signatory",
        "Komisijas dalībnieki / Members of the Commission",
        (2025, 1, 15),
        "Sākums / Home › Komisijas / Commissions › Dalībnieki / Members\n\n"
        "Baltijas jūras pilsētu Ilgtspējīgas mobilitātes komisija apvieno pilsētas, kas "
        "strādā pie tīrāka sabiedriskā transporta. Komisijas sekretariāts atrodas Rīgā.\n"
        "The Sustainable Mobility Commission brings together Baltic Sea cities working on "
        "cleaner public transport. The secretariat is based in Riga.\n\n"
        "Dalībnieku saraksts / List of members",
        "Pilsēta / City\tValsts / Country\tStatuss / Status\tKopš / Since\n"
        "Liepāja\tLatvija / Latvia\tbiedrs / member\t2016\n"
        "Jelgava\tLatvija / Latvia\tbiedrs / member\t2018\n"
        "Ventspils\tLatvija / Latvia\tbiedrs / member\t2016\n"
        "Tallina / Tallinn\tIgaunija / Estonia\tbiedrs / member\t2016\n"
        "Tartu\tIgaunija / Estonia\tbiedrs / member\t2017\n"
        "Pērnava / Pärnu\tIgaunija / Estonia\tbiedrs / member\t2020\n"
        "Kauņa / Kaunas\tLietuva / Lithuania\tbiedrs / member\t2016\n"
        "Klaipēda\tLietuva / Lithuania\tbiedrs / member\t2019\n"
        "Šauļi / Šiauliai\tLietuva / Lithuania\tbiedrs / member\t2021\n"
        "Gdaņska / Gdańsk\tPolija / Poland\tbiedrs / member\t2017\n"
        "Turku\tSomija / Finland\tbiedrs / member\t2018\n"
        "Narva\tIgaunija / Estonia\tnovērotājs / observer\t2023\n"
        "Viļņa / Vilnius\tLietuva / Lithuania\tpartneris / partner\t2022",
        "Novērotāji un partneri nepiedalās balsošanā. / Observers and partners do not vote.",
        "Liepāja/LV; Jelgava/LV; Ventspils/LV; Tallinn/EE; Tartu/EE; Pärnu/EE; Kaunas/LT; "
        "Klaipėda/LT; Šiauliai/LT; Gdańsk/PL; Turku/FI",
        "a Latvian/English tab table, each header and cell in both languages, Latvian "
        "exonyms beside the local names (`Tallina / Tallinn`, `Šauļi / Šiauliai`); the last "
        "two rows an observer (Narva) and a partner (Vilnius), not members; Riga the "
        "secretariat",
    ),
]

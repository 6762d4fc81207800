"""Batch r53a: 14 pages of invented networks in scripts and languages east of the Adriatic.

Arabic from Iraq (a tab table of municipalities with their governorates and representatives,
signed in Baghdad) and Lebanon (running text with `و` glued to each name and a union of
municipalities, signed in Beirut), Persian (province headings with counts in Persian digits over
`شهرداری X` lines), Urdu (numbered signatories `Name، میئر X`, signed in Islamabad), Hebrew
(three new members as `עיריית X` bullets, the board meeting in Tel Aviv), Greek (a PDF copy of
`Δήμος X` genitives with hyphenation and page headers), Russian (a table aligned with spaces:
city, federal subject, date), Ukrainian (genitives in running text with `та`, venue Kyiv),
Bulgarian (an A–Я index of `Община X (обл. Y)`), Serbian in Latin script (numbered
`Grad X – gradonačelnik Name`, Montenegrin and Bosnian members with their countries in Serbian),
Japanese (prefecture headings over cities joined by `・`), Korean (a signing table with mayors and
dates), Chinese (province-prefixed cities in running text with `、` and `和`) and Thai (numbered
mayors before `นายกเทศมนตรีนครX`). Written without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "ar-r53a-iraq-jadwal-baladiya-muhafaza-mumaththil",
        "ar",
        "table_tabs;region_after;person_after;columns_after;not_signatory",
        "إعلان البلديات العراقية بشأن ترشيد استهلاك المياه",
        (2026, 3, 22),
        "بمناسبة اليوم العالمي للمياه، اجتمع ممثلو البلديات الأعضاء في شبكة مدن الرافدين "
        "للمياه في بغداد، بضيافة أمانة بغداد، ووقّعوا إعلاناً مشتركاً يلتزمون فيه بخفض الفاقد "
        "في شبكات الإسالة بنسبة ٢٠٪ قبل عام ٢٠٣٠، وإعادة استخدام المياه الرمادية في ري "
        "الحدائق العامة، وتوعية المواطنين بترشيد الاستهلاك خلال أشهر الصيف.\n\n"
        "وأكد منسق الشبكة أن الإعلان مفتوح لانضمام بلديات أخرى من جميع المحافظات.\n\n"
        "البلديات الموقّعة على الإعلان:",
        "ت\tالبلدية\tالمحافظة\tالممثل\n"
        "1\tبلدية البصرة\tالبصرة\tم. سلام عبد الواحد الحلفي\n"
        "2\tبلدية الموصل\tنينوى\tد. رغد يونس الطائي\n"
        "3\tبلدية أربيل\tأربيل\tم. هوشيار كريم عزيز\n"
        "4\tبلدية النجف\tالنجف\tم. حيدر جواد الكعبي\n"
        "5\tبلدية كربلاء\tكربلاء\tم. زينب علي المسعودي\n"
        "6\tبلدية الحلة\tبابل\tم. قاسم عباس الجبوري\n"
        "7\tبلدية الناصرية\tذي قار\tم. علاء ناصر الركابي\n"
        "8\tبلدية الكوت\tواسط\tم. نور الهدى فاضل\n"
        "9\tبلدية الديوانية\tالقادسية\tم. مرتضى كاظم الخزاعي\n"
        "10\tبلدية السماوة\tالمثنى\tم. سعدون حميد الزيادي\n"
        "11\tبلدية العمارة\tميسان\tم. أمل رحيم الساعدي\n"
        "12\tبلدية دهوك\tدهوك\tم. دلشاد صبري أحمد\n"
        "13\tبلدية السليمانية\tالسليمانية\tم. شيلان عمر رشيد\n"
        "14\tبلدية كركوك\tكركوك\tم. يشار توفيق البياتي",
        "يعقد الاجتماع القادم للشبكة في الخريف المقبل، وتنشر الأمانة العامة تقريراً سنوياً "
        "عن تقدم البلديات في تنفيذ الالتزامات.",
        "Basrah/IQ; Mosul/IQ; Erbil/IQ; Najaf/IQ; Karbala/IQ; Al Hillah/IQ; Nasiriyah/IQ; "
        "Al-Kut/IQ; Al Diwaniyah/IQ; As Samawah/IQ; Amarah/IQ; Duhok|Dihok/IQ; "
        "Sulaymaniyah/IQ; Kirkuk/IQ",
        note="Baghdad hosts the meeting (Amanat Baghdad) and did not sign; the governorate column "
        "repeats the city's name for most rows",
    ),
    Page(
        "ar-r53a-lubnan-running-text-wa-ittihad-baladiyat",
        "ar",
        "running_text;body_not_city;not_signatory",
        "بلديات لبنانية توقّع ميثاق النقل العام المستدام",
        (2026, 5, 14),
        "بيروت – في حفل أقيم في بيروت بدعوة من شبكة المدن المتوسطية للتنقل، وقّع رؤساء "
        "بلديات لبنانية ميثاقاً يهدف إلى تحسين خدمات النقل العام وتشجيع المشي وركوب "
        "الدراجات في المدن.",
        "وقّع الميثاق كلٌّ من رؤساء بلديات طرابلس وصيدا وصور وزحلة وجونية وجبيل وبعلبك "
        "والنبطية، إضافةً إلى رئيس اتحاد بلديات كسروان الفتوح الذي وقّع باسم البلديات "
        "الأعضاء في الاتحاد.",
        "وقالت رئيسة الشبكة، المهندسة ريما الخوري، إن «المدن اللبنانية أثبتت أن العمل البلدي "
        "المشترك ممكن رغم الظروف الصعبة»، مشيرةً إلى أن الشبكة ستموّل دراسات لخطوط حافلات "
        "تربط الساحل بالبقاع.\n\n"
        "ويتضمن الميثاق عشرة التزامات، أبرزها تخصيص ممرات للحافلات وتأهيل الأرصفة في "
        "الأحياء القديمة.",
        "Tripoli/LB; Sidon/LB; Tyre/LB; Zahlé/LB; Jounieh/LB; Byblos/LB; Baalbek/LB; "
        "Nabatieh/LB; Union of Municipalities of Keserwan-Ftouh|"
        "اتحاد بلديات كسروان الفتوح/LB/union of municipalities",
        note="Beirut is the venue; the network's chair is quoted and did not sign",
    ),
    Page(
        "fa-r53a-ostan-heading-tedad-shahrdari",
        "fa",
        "region_heading;one_a_line",
        "شهرهای عضو شبکه شهرهای دوستدار دوچرخه",
        (2026, 4, 2),
        "شبکه شهرهای دوستدار دوچرخه در سال ۱۴۰۰ با هدف گسترش مسیرهای ایمن دوچرخه‌سواری و "
        "تبادل تجربه میان شهرداری‌ها تشکیل شد. فهرست زیر شهرداری‌های عضو را به تفکیک استان "
        "نشان می‌دهد.",
        "استان اصفهان (۳ شهر)\n"
        "شهرداری اصفهان\n"
        "شهرداری کاشان\n"
        "شهرداری نجف‌آباد\n"
        "\n"
        "استان فارس (۲ شهر)\n"
        "شهرداری شیراز\n"
        "شهرداری مرودشت\n"
        "\n"
        "استان آذربایجان شرقی (۲ شهر)\n"
        "شهرداری تبریز\n"
        "شهرداری مراغه\n"
        "\n"
        "استان خراسان رضوی (۲ شهر)\n"
        "شهرداری مشهد\n"
        "شهرداری نیشابور\n"
        "\n"
        "استان گیلان (۲ شهر)\n"
        "شهرداری رشت\n"
        "شهرداری بندر انزلی\n"
        "\n"
        "استان یزد (۱ شهر)\n"
        "شهرداری یزد\n"
        "\n"
        "استان کرمان (۱ شهر)\n"
        "شهرداری کرمان\n"
        "\n"
        "استان همدان (۱ شهر)\n"
        "شهرداری همدان",
        "شهرداری‌هایی که مایل به عضویت هستند می‌توانند درخواست خود را به دبیرخانه شبکه ارسال کنند.",
        "Isfahan/IR; Kashan/IR; Najafabad/IR; Shiraz/IR; Marvdasht/IR; Tabriz/IR; Maragheh/IR; "
        "Mashhad/IR; Neyshabur/IR; Rasht/IR; Bandar-e Anzalī/IR; Yazd/IR; Kerman/IR; Hamadan/IR",
        note="the provinces head the blocks and share their names with their capitals",
    ),
    Page(
        "ur-r53a-pakistan-mayor-numbered-islamabad",
        "ur",
        "numbered;person_before;not_signatory",
        "صاف ہوا کے لیے پاکستانی شہروں کا مشترکہ اعلامیہ",
        (2026, 11, 18),
        "اسلام آباد: سموگ کے موسم کے آغاز پر ملک کے دس بڑے شہروں کے میئروں نے اسلام آباد میں "
        "منعقدہ اجلاس میں صاف ہوا کے لیے مشترکہ اعلامیے پر دستخط کیے۔ اعلامیے کے تحت شہر "
        "کوڑا جلانے پر پابندی، پبلک ٹرانسپورٹ میں برقی بسوں کے اضافے اور ہوا کے معیار کی "
        "نگرانی کے مراکز قائم کرنے کے پابند ہوں گے۔\n\n"
        "اعلامیے پر دستخط کرنے والے:",
        "1. محمد عارف بٹ، میئر لاہور\n"
        "2. سیدہ نازیہ حسن، میئر کراچی\n"
        "3. چوہدری فرحان ملک، میئر فیصل آباد\n"
        "4. گل زمان آفریدی، میئر پشاور\n"
        "5. عبدالرحیم کاکڑ، میئر کوئٹہ\n"
        "6. راجہ سلمان اختر، میئر راولپنڈی\n"
        "7. عائشہ میمن، میئر حیدرآباد\n"
        "8. خواجہ عمران رشید، میئر سیالکوٹ\n"
        "9. رانا طارق محمود، میئر گوجرانوالہ\n"
        "10. سید اسد شاہ، میئر سکھر",
        "نیٹ ورک کی سیکریٹری جنرل ڈاکٹر ثمینہ ظفر نے کہا کہ اگلے سال مزید شہروں کو اعلامیے میں "
        "شامل کیا جائے گا۔",
        "Lahore/PK; Karachi/PK; Faisalabad/PK; Peshawar/PK; Quetta/PK; Rawalpindi/PK; "
        "Hyderabad/PK; Sialkot/PK; Gujranwala/PK; Sukkur/PK",
        note="Islamabad is the venue and did not sign",
    ),
    Page(
        "he-r53a-shalosh-iriyot-hitztarfut-bullets",
        "he",
        "bulleted;few;not_signatory;teasers",
        "שלוש ערים חדשות מצטרפות לרשת הערים לתחבורה שקטה",
        (2026, 6, 9),
        "בישיבת הנהלת רשת הערים לתחבורה שקטה, שהתקיימה השבוע בתל אביב-יפו, אושרה "
        "הצטרפותן של שלוש רשויות מקומיות חדשות לרשת:",
        "• עיריית חולון\n• עיריית כפר סבא\n• עיריית אילת",
        'יו"ר הרשת, ראש עיריית רחובות יעל אורן, בירכה את המצטרפות ואמרה: "כמו בתל אביב '
        'ובירושלים, גם בערים בינוניות אפשר להפחית רעש תחבורה באופן משמעותי".\n\n'
        "עם הצטרפותן מונה הרשת 27 רשויות חברות.",
        "Holon/IL; Kfar Saba/IL; Eilat/IL",
        note="Tel Aviv hosts the board meeting; Rehovot is the chair's city; Tel Aviv and "
        "Jerusalem are named in her quote",
    ),
    Page(
        "el-r53a-pdf-dimos-genikh-syllavismos-selida",
        "el",
        "one_a_line;inflected;broken_lines;person_after",
        "Διακήρυξη των Δήμων για την Κυκλική Οικονομία",
        (2026, 5, 20),
        "Διακήρυξη των Δήμων για την Κυκλική Οικονομία\n\n"
        "Οι υπογράφοντες Δήμοι, μέλη του Δικτύου Πόλεων για την Ανακύκλωση, συναντηθήκαμε "
        "στη Λαμία και δεσμευόμαστε να μειώσουμε κατά 30% τα απορρίμματα που καταλήγουν σε "
        "χώρους ταφής έως το 2030, να επεκτείνουμε τη χωριστή συλλογή βιοαποβλήτων σε όλες "
        "τις δημοτικές κοινότητες και να ενισχύσουμε τα κέντρα επαναχρησιμοποίησης.\n\n"
        "Λαμία, 20 Μαΐου 2026\n\n"
        "ΟΙ ΥΠΟΓΡΑΦΟΝΤΕΣ",
        "Δήμος Αθηναίων – ο Δήμαρχος Νικόλαος Σταθόπουλος\n"
        "Δήμος Θεσσαλονί-\n"
        "κης – η Δήμαρχος Ελένη Καραγιάννη\n"
        "Δήμος Πατρέων – ο Δήμαρχος Γεώργιος Μαυρίδης\n"
        "Δήμος Ηρακλείου – ο Δήμαρχος Μανώλης Τζανάκης\n"
        "Δήμος Λαρισαίων – η Δήμαρχος Βασιλική Ζαχαρίου\n"
        "Δήμος Βόλου – ο Δήμαρχος Αθανάσιος Λιάπης\n"
        "Διακήρυξη για την Κυκλική Οικονομία                                   σελ. 2 από 3\n"
        "Δήμος Ιωαννιτών – ο Δήμαρχος Χρήστος Γκούμας\n"
        "Δήμος Τρικκαίων – η Δήμαρχος Σοφία Ντάλλα\n"
        "Δήμος Καλαμάτας – ο Δήμαρχος Παναγιώτης Κουτσομήτρος\n"
        "Δήμος Χανίων – ο Δήμαρχος Ιωάννης Βαρδάκης\n"
        "Δήμος Σερρών – η Δήμαρχος Αικατερίνη Παπαδο-\n"
        "πούλου\n"
        "Δήμος Κομοτηνής – ο Δήμαρχος Δημήτριος Χατζηαντωνίου\n"
        "Δήμος Ξάνθης – ο Δήμαρχος Κωνσταντίνος Ρίζος\n"
        "Δήμος Καβάλας – η Δήμαρχος Μαρία Αλεξίου\n"
        "Δήμος Ρόδου – ο Δήμαρχος Εμμανουήλ Καραμανλάκης\n"
        "Δήμος Κοζάνης – ο Δήμαρχος Στέφανος Ευθυμιάδης",
        "Διακήρυξη για την Κυκλική Οικονομία                                   σελ. 3 από 3\n"
        "Η Διακήρυξη παραμένει ανοιχτή για υπογραφή από κάθε Δήμο μέλος του Δικτύου.",
        "Athens/GR; Thessaloníki/GR; Patras/GR; Heraklion/GR; Larissa/GR; Volos/GR; "
        "Ioannina/GR; Trikala/GR; Kalamata/GR; Chania/GR; Serres/GR; Komotini/GR; Xanthi/GR; "
        "Kavala/GR; Rhodes/GR; Kozani/GR",
        note="copied from the PDF: a page header between entries, two words hyphenated at the "
        "line's end; Lamia is the venue",
    ),
    Page(
        "ru-r53a-tablitsa-probely-subekt-data",
        "ru",
        "table_tabs;region_after;columns_after",
        "Города – участники Ассоциации умного уличного освещения",
        (2026, 2, 10),
        "Ассоциация объединяет города, которые переводят уличное освещение на светодиоды и "
        "внедряют системы адаптивного управления. Ниже приведён список участников на "
        "1 февраля 2026 года.",
        "№   Город               Субъект РФ                      Дата вступления\n"
        "1   Казань              Республика Татарстан            12.03.2021\n"
        "2   Екатеринбург        Свердловская область            12.03.2021\n"
        "3   Нижний Новгород     Нижегородская область           05.07.2021\n"
        "4   Самара              Самарская область               05.07.2021\n"
        "5   Пермь               Пермский край                   18.11.2021\n"
        "6   Томск               Томская область                 18.11.2021\n"
        "7   Калуга              Калужская область               24.02.2022\n"
        "8   Ярославль           Ярославская область             24.02.2022\n"
        "9   Тюмень              Тюменская область               14.06.2022\n"
        "10  Иркутск             Иркутская область               14.06.2022\n"
        "11  Новосибирск         Новосибирская область           30.09.2022\n"
        "12  Владимир            Владимирская область            30.09.2022\n"
        "13  Чебоксары           Чувашская Республика            16.03.2023\n"
        "14  Вологда             Вологодская область             16.03.2023\n"
        "15  Петрозаводск        Республика Карелия              08.08.2023\n"
        "16  Уфа                 Республика Башкортостан         08.08.2023\n"
        "17  Краснодар           Краснодарский край              21.12.2023\n"
        "18  Курск               Курская область                 21.12.2023\n"
        "19  Тула                Тульская область                11.04.2024\n"
        "20  Омск                Омская область                  11.04.2024",
        "Чтобы вступить в Ассоциацию, администрация города направляет заявку в "
        "исполнительную дирекцию.",
        "Kazan/RU; Yekaterinburg/RU; Nizhniy Novgorod/RU; Samara/RU; Perm/RU; Tomsk/RU; "
        "Kaluga/RU; Yaroslavl/RU; Tyumen/RU; Irkutsk/RU; Novosibirsk/RU; Vladimir/RU; "
        "Cheboksary/RU; Vologda/RU; Petrozavodsk/RU; Ufa/RU; Krasnodar/RU; Kursk/RU; Tula/RU; "
        "Omsk/RU",
        note="a table aligned with spaces, not tabs",
    ),
    Page(
        "uk-r53a-memorandum-rodovyi-ta-kyiv",
        "uk",
        "running_text;inflected;not_signatory",
        "Сім міст підписали меморандум про модернізацію теплопостачання",
        (2026, 10, 1),
        "У Києві під час форуму «Тепло громад» міські голови семи міст підписали меморандум "
        "про спільну модернізацію систем теплопостачання.",
        "Документ підписали міські голови Львова, Вінниці, Полтави, Житомира, Черкас, "
        "Тернополя та Ужгорода.",
        "Міста зобов'язуються до 2030 року встановити когенераційні установки на котельнях, "
        "утеплити школи й лікарні та обмінюватися досвідом. «Ми бачимо, що децентралізоване "
        "тепло витримує навантаження краще», – зазначила координаторка мережі Оксана Грищенко.",
        "Lviv/UA; Vinnytsia/UA; Poltava/UA; Zhytomyr/UA; Cherkasy/UA; Ternopil/UA; Uzhhorod/UA",
        note="the cities in the genitive; Kyiv is the venue",
    ),
    Page(
        "bg-r53a-azbuchen-indeks-obshtina-oblast",
        "bg",
        "one_a_line;region_after",
        "Общини – членове на мрежата „Чист въздух“",
        (2026, 3, 3),
        "Мрежата „Чист въздух“ обединява общини, които прилагат мерки за намаляване на "
        "фините прахови частици. Членовете са подредени по азбучен ред.",
        "А\n"
        "Община Айтос (обл. Бургас)\n"
        "Община Асеновград (обл. Пловдив)\n"
        "Б\n"
        "Община Благоевград (обл. Благоевград)\n"
        "Община Ботевград (обл. София)\n"
        "Община Бургас (обл. Бургас)\n"
        "В\n"
        "Община Варна (обл. Варна)\n"
        "Община Велико Търново (обл. Велико Търново)\n"
        "Община Видин (обл. Видин)\n"
        "Община Враца (обл. Враца)\n"
        "Г\n"
        "Община Габрово (обл. Габрово)\n"
        "Д\n"
        "Община Добрич (обл. Добрич)\n"
        "Община Дупница (обл. Кюстендил)\n"
        "К\n"
        "Община Казанлък (обл. Стара Загора)\n"
        "Община Карлово (обл. Пловдив)\n"
        "Община Кърджали (обл. Кърджали)\n"
        "Л\n"
        "Община Ловеч (обл. Ловеч)\n"
        "М\n"
        "Община Монтана (обл. Монтана)\n"
        "П\n"
        "Община Перник (обл. Перник)\n"
        "Община Плевен (обл. Плевен)\n"
        "Община Пловдив (обл. Пловдив)\n"
        "Р\n"
        "Община Разград (обл. Разград)\n"
        "Община Русе (обл. Русе)\n"
        "С\n"
        "Община Самоков (обл. София)\n"
        "Община Свищов (обл. Велико Търново)\n"
        "Община Силистра (обл. Силистра)\n"
        "Община Сливен (обл. Сливен)\n"
        "Община Смолян (обл. Смолян)\n"
        "Ш\n"
        "Община Шумен (обл. Шумен)\n"
        "Я\n"
        "Община Ямбол (обл. Ямбол)",
        "Общо: 29 общини. Заявления за членство се подават до секретариата на мрежата.",
        "Aytos/BG; Asenovgrad/BG; Blagoevgrad/BG; Botevgrad/BG; Burgas/BG; Varna/BG; "
        "Veliko Tarnovo/BG; Vidin/BG; Vratsa/BG; Gabrovo/BG; Dobrich/BG; Dupnitsa/BG; "
        "Kazanlak/BG; Karlovo/BG; Kardzhali/BG; Lovech/BG; Montana/BG; Pernik/BG; Pleven/BG; "
        "Plovdiv/BG; Razgrad/BG; Ruse/BG; Samokov/BG; Svishtov/BG; Silistra/BG; Sliven/BG; "
        "Smolyan/BG; Shumen/BG; Yambol/BG",
        note="letters of the alphabet head the blocks; the province after each municipality "
        "mostly repeats its name (обл. София is Sofia Province)",
    ),
    Page(
        "sr-r53a-latinica-numerisano-grad-gradonacelnik-crna-gora",
        "sr",
        "numbered;person_after;country_in_language;not_signatory",
        "Zajednička izjava gradova Zapadnog Balkana o zaštiti reka",
        (2026, 9, 24),
        "Na konferenciji „Reke bez otpada“ održanoj u Beogradu, gradonačelnici i predsednici "
        "opština iz Srbije, Crne Gore i Bosne i Hercegovine potpisali su zajedničku izjavu o "
        "čišćenju rečnih obala i sprečavanju divljih deponija.\n\n"
        "Izjavu su potpisali:",
        "1. Grad Novi Sad – gradonačelnica Jelena Marković\n"
        "2. Grad Niš – gradonačelnik Dragan Stevanović\n"
        "3. Grad Kragujevac – gradonačelnik Miloš Radenković\n"
        "4. Grad Subotica – gradonačelnica Ana Horvat\n"
        "5. Grad Čačak – gradonačelnik Nenad Lazić\n"
        "6. Grad Kraljevo – gradonačelnik Vladimir Obradović\n"
        "7. Grad Zrenjanin – gradonačelnica Milica Jovanov\n"
        "8. Grad Valjevo – gradonačelnik Stefan Pavlović\n"
        "9. Grad Šabac – gradonačelnica Tamara Ilić\n"
        "10. Grad Pančevo – gradonačelnik Ivan Kostić\n"
        "11. Glavni grad Podgorica (Crna Gora) – gradonačelnik Marko Vujović\n"
        "12. Opština Nikšić (Crna Gora) – predsednica opštine Sanja Perović\n"
        "13. Grad Banja Luka (Bosna i Hercegovina) – gradonačelnik Dejan Kovačević",
        "Domaćin konferencije, Grad Beograd, pridružiće se izjavi nakon usvajanja na sednici "
        "Skupštine grada.",
        "Novi Sad/RS; Niš/RS; Kragujevac/RS; Subotica/RS; Čačak/RS; Kraljevo/RS; Zrenjanin/RS; "
        "Valjevo/RS; Šabac/RS; Pančevo/RS; Podgorica/ME; Nikšić/ME; Banja Luka/BA",
        note="Belgrade hosts the conference and has not signed yet",
    ),
    Page(
        "ja-r53a-todofuken-midashi-nakaguro",
        "ja",
        "region_heading;several_a_line",
        "「子育てにやさしいまち連絡会」加盟自治体一覧",
        (2026, 4, 1),
        "子育てにやさしいまち連絡会は、子育て支援の先進事例を共有する基礎自治体の"
        "ネットワークです。2026年4月1日現在の加盟自治体は次のとおりです（都道府県別）。",
        "■北海道（3）\n"
        "札幌市・旭川市・帯広市\n"
        "■岩手県（2）\n"
        "盛岡市・花巻市\n"
        "■宮城県（2）\n"
        "仙台市・石巻市\n"
        "■新潟県（3）\n"
        "新潟市・長岡市・上越市\n"
        "■長野県（2）\n"
        "長野市・松本市\n"
        "■静岡県（3）\n"
        "静岡市・浜松市・沼津市\n"
        "■愛知県（3）\n"
        "豊橋市・岡崎市・豊田市\n"
        "■兵庫県（2）\n"
        "姫路市・明石市\n"
        "■岡山県（2）\n"
        "岡山市・倉敷市\n"
        "■広島県（2）\n"
        "福山市・尾道市\n"
        "■愛媛県（2）\n"
        "松山市・今治市\n"
        "■熊本県（2）\n"
        "熊本市・天草市\n"
        "■鹿児島県（2）\n"
        "鹿児島市・霧島市",
        "合計 30市\n加盟に関するお問い合わせは事務局までお願いします。",
        "Sapporo/JP; Asahikawa/JP; Obihiro/JP; Morioka/JP; Hanamaki/JP; Sendai/JP; "
        "Ishinomaki/JP; Niigata/JP; Nagaoka/JP; Jōetsu/JP; Nagano/JP; Matsumoto/JP; "
        "Shizuoka/JP; Hamamatsu/JP; Numazu/JP; Toyohashi/JP; Okazaki/JP; Toyota/JP; Himeji/JP; "
        "Akashi/JP; Okayama/JP; Kurashiki/JP; Fukuyama/JP; Onomichi/JP; Matsuyama/JP; "
        "Imabari/JP; Kumamoto/JP; Amakusa/JP; Kagoshima/JP; Kirishima/JP",
        note="prefecture headings with counts; several prefectures share their names with their "
        "capitals",
    ),
    Page(
        "ko-r53a-seomyeong-hyeonhwang-tab-sijang-nalja",
        "ko",
        "table_tabs;columns_after;person_after;not_signatory",
        "12개 도시, 탄소중립 실천 공동선언 서명",
        (2026, 3, 27),
        "탄소중립도시협의회는 세종시에서 열린 정기총회에서 회원 도시 12곳이 '탄소중립 실천 "
        "공동선언'에 서명했다고 밝혔다. 선언에 참여한 도시들은 2030년까지 공공건물의 "
        "에너지 사용량을 30% 줄이고 시내버스를 단계적으로 전기·수소버스로 바꾸기로 했다.\n\n"
        "서명 현황",
        "연번\t지방자치단체\t단체장\t서명일\n"
        "1\t춘천시\t시장 박지훈\t2026. 3. 12.\n"
        "2\t원주시\t시장 이정민\t2026. 3. 12.\n"
        "3\t강릉시\t시장 최영수\t2026. 3. 13.\n"
        "4\t청주시\t시장 한승우\t2026. 3. 13.\n"
        "5\t천안시\t시장 정유진\t2026. 3. 16.\n"
        "6\t전주시\t시장 윤태호\t2026. 3. 16.\n"
        "7\t순천시\t시장 강미경\t2026. 3. 17.\n"
        "8\t포항시\t시장 조성민\t2026. 3. 18.\n"
        "9\t창원시\t시장 임동혁\t2026. 3. 18.\n"
        "10\t김해시\t시장 서지원\t2026. 3. 19.\n"
        "11\t제주시\t시장 고은비\t2026. 3. 20.\n"
        "12\t안동시\t시장 권혁진\t2026. 3. 20.",
        "협의회 사무국은 선언 이행 상황을 매년 점검해 발표할 예정이다.",
        "Chuncheon/KR; Wonju/KR; Gangneung/KR; Cheongju-si/KR; Cheonan/KR; Jeonju/KR; "
        "Suncheon/KR; Pohang/KR; Changwon/KR; Gimhae/KR; Jeju City/KR; Andong/KR",
        note="Sejong hosts the general assembly and did not sign",
    ),
    Page(
        "zh-r53a-sheng-shi-dunhao-he-wuhan",
        "zh",
        "running_text;region_before;not_signatory",
        "九座城市加入海绵城市建设联盟",
        (2026, 7, 16),
        "7月15日，海绵城市建设联盟年会在湖北省武汉市召开。会上，联盟理事会审议通过了九座"
        "城市的入盟申请。",
        "新加入的成员包括浙江省嘉兴市、江苏省常州市、安徽省芜湖市、江西省九江市、湖南省株洲市、"
        "四川省绵阳市、广东省佛山市、福建省泉州市和山东省潍坊市。",
        "联盟秘书长陈晓岚表示，新成员将参与雨水收集、透水铺装和城市内涝防治等方面的经验交流。"
        "截至目前，联盟共有成员城市46个。",
        "Jiaxing/CN; Changzhou/CN; Wuhu/CN; Jiujiang/CN; Zhuzhou/CN; Mianyang/CN; Foshan/CN; "
        "Quanzhou/CN; Weifang/CN",
        note="Wuhan hosts the annual meeting; each city follows its province",
    ),
    Page(
        "th-r53a-naiyok-thetsamontri-nakhon-lamdab",
        "th",
        "numbered;person_before;not_signatory",
        "นายกเทศมนตรี 7 เมืองลงนามปฏิญญาเมืองปลอดภัยทางถนน",
        (2026, 8, 5),
        "เมื่อวันที่ 4 สิงหาคม 2569 ณ กรุงเทพมหานคร เครือข่ายเมืองปลอดภัยทางถนนจัดพิธีลงนาม"
        "ปฏิญญาว่าด้วยการลดอุบัติเหตุทางถนนในเขตเมือง โดยมีนายกเทศมนตรีเข้าร่วมลงนาม ดังนี้",
        "1. นายสมศักดิ์ วงศ์ใหญ่ นายกเทศมนตรีนครขอนแก่น\n"
        "2. นางสาวพิมพ์ชนก แสงทอง นายกเทศมนตรีนครเชียงราย\n"
        "3. นายอนุชา หมัดหลี นายกเทศมนตรีนครหาดใหญ่\n"
        "4. นายธีรวัฒน์ ศรีสุข นายกเทศมนตรีนครอุดรธานี\n"
        "5. นางวิไลวรรณ จันทร์เพ็ญ นายกเทศมนตรีนครพิษณุโลก\n"
        "6. นายประเสริฐ บุญมา นายกเทศมนตรีนครนครราชสีมา\n"
        "7. นายกิตติพงษ์ ทองคำ นายกเทศมนตรีนครภูเก็ต",
        "ปฏิญญาดังกล่าวกำหนดให้เทศบาลที่ลงนามจัดทำแผนลดความเร็วในเขตชุมชนและปรับปรุงทางข้าม"
        "หน้าโรงเรียนภายในปี 2570",
        "Khon Kaen/TH; Chiang Rai/TH; Hat Yai/TH; Udon Thani/TH; Phitsanulok/TH; "
        "Nakhon Ratchasima/TH; Phuket/TH",
        note="Bangkok is the venue; each mayor's title is glued to the city (นายกเทศมนตรีนครX)",
    ),
]

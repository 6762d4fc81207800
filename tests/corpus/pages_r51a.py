"""Batch r51a: 14 pages held out from round 51, written without reading the reader or running it.

Invented networks of Asia, the Middle East, North Africa and Eastern Europe publish statements,
member directories and news in their own scripts: Chinese `成都市、绵阳市……和贵阳市` running
text beside a host and the next host, Taiwanese titles glued to the city `臺北市長 林志遠`,
a Japanese directory under kana-row headings with the prefecture in brackets `金沢市（石川県）`,
Korean cities between `·` in a news item, Jordanian signature blocks `عن بلدية إربد الكبرى`
over the mayor, Moroccan `جماعة فاس` and Tunisian `بلدية صفاقس` bullets under their countries
in Arabic, a Hebrew news item of three new members a paragraph each beside the conference's
venue, Persian numbered `شهرداری اصفهان` lines with Persian digits, a Thai directory of
`เทศบาลนครหาดใหญ่ จังหวัดสงขลา` under regions (a province named like another member),
Vietnamese `Ông/Bà Name, Chủ tịch UBND thành phố X` lines, Indonesian `Kota X, Province`
bullets under islands with a regency, a Ukrainian appeal copied from a PDF with genitives
`міський голова Тернополя` broken over lines and page headers, a Russian tab table with the
federal subject and the head, and Georgian genitives `ქუთაისის მერი` with the venue `თბილისში`.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="zh-r51a-running-comma-host",
        language="zh",
        kinds="running_text;not_signatory;no_country",
        title="成都、绵阳等八市加入西部公园城市低碳联盟",
        date=(2025, 11, 19),
        before=(
            "11月18日，西部公园城市低碳联盟2025年年会在重庆市召开。来自联盟成员城市、"
            "高校和企业的200余名代表参加会议。会上，联盟理事会审议了今年提交的入盟申请，"
            "并发布了《西部城市低碳发展年度报告（2025）》。"
        ),
        listing=(
            "经理事会审议通过，成都市、绵阳市、德阳市、乐山市、宜宾市、自贡市、泸州市和"
            "贵阳市正式成为联盟成员城市。至此，联盟成员城市总数达到27个，覆盖西部8个省区市。"
        ),
        after=(
            "联盟秘书长周文涛表示，新成员城市将在公园城市建设、绿色交通和建筑节能等领域"
            "与其他成员开展务实合作，共同推进试点项目落地。\n\n"
            "会议还确定，联盟2026年年会将在昆明市举行。"
        ),
        expected=(
            "Chengdu/CN; Mianyang/CN; Deyang/CN; Leshan/CN; Yibin/CN; Zigong/CN; Luzhou/CN; "
            "Guiyang/CN"
        ),
    ),
    Page(
        name="zh-tw-r51a-mayor-title-glued",
        language="zh-tw",
        kinds="one_a_line;person_after;not_signatory;no_country",
        title="七縣市首長共同簽署《城市淨零轉型宣言》",
        date=(2024, 10, 8),
        before=(
            "永續城市聯盟今（8）日於臺南市舉辦「2024城市淨零論壇」，七位縣市首長出席並共同"
            "簽署《城市淨零轉型宣言》，承諾於2030年前將轄內公有建築全面導入再生能源，"
            "並逐年提高電動公車比例。\n\n"
            "宣言內容包括：一、建立城市溫室氣體盤查機制；二、推動既有建築節能改善；"
            "三、擴大公共運輸與自行車路網；四、每年公開執行成果。\n\n"
            "簽署首長如下："
        ),
        listing=(
            "臺北市長 林志遠\n"
            "新北市長 黃淑芬\n"
            "桃園市長 張家豪\n"
            "臺中市長 吳佩珊\n"
            "高雄市長 陳俊宏\n"
            "新竹市長 劉怡君\n"
            "基隆市長 許明哲"
        ),
        after=(
            "主辦單位表示，論壇地點臺南市將於明年接續舉辦成果發表會，並邀請更多縣市加入。"
            "\n\n新聞聯絡人：永續城市聯盟 公關組 蔡雅雯"
        ),
        expected=(
            "Taipei/TW; New Taipei City/TW; Taoyuan/TW; Taichung/TW; Kaohsiung/TW; "
            "Hsinchu/TW; Keelung/TW"
        ),
    ),
    Page(
        name="ja-r51a-kana-rows-prefecture",
        language="ja",
        kinds="one_a_line;region_after",
        title="加盟自治体一覧",
        date=(2025, 4, 1),
        before=(
            "サイクルシティ推進都市ネットワークには、2025年4月1日現在、次の20市が加盟して"
            "います（五十音順）。加盟のお申し込みは事務局までお問い合わせください。"
        ),
        listing=(
            "あ行\n"
            "秋田市（秋田県）\n"
            "旭川市（北海道）\n"
            "宇都宮市（栃木県）\n"
            "岡山市（岡山県）\n"
            "か行\n"
            "鹿児島市（鹿児島県）\n"
            "金沢市（石川県）\n"
            "北九州市（福岡県）\n"
            "熊本市（熊本県）\n"
            "さ行\n"
            "札幌市（北海道）\n"
            "静岡市（静岡県）\n"
            "仙台市（宮城県）\n"
            "た行\n"
            "高松市（香川県）\n"
            "富山市（富山県）\n"
            "な行\n"
            "長野市（長野県）\n"
            "新潟市（新潟県）\n"
            "は行\n"
            "函館市（北海道）\n"
            "浜松市（静岡県）\n"
            "ま行\n"
            "松本市（長野県）\n"
            "松山市（愛媛県）\n"
            "盛岡市（岩手県）"
        ),
        after=(
            "※ 各市の取り組みは「加盟自治体の紹介」ページをご覧ください。\n"
            "※ 2024年度に加盟した自治体には新着マークを表示しています。"
        ),
        expected=(
            "Akita/JP; Asahikawa/JP; Utsunomiya/JP; Okayama/JP; Kagoshima/JP; Kanazawa/JP; "
            "Kitakyushu/JP; Kumamoto/JP; Sapporo/JP; Shizuoka/JP; Sendai/JP; Takamatsu/JP; "
            "Toyama/JP; Nagano/JP; Niigata/JP; Hakodate/JP; Hamamatsu/JP; Matsumoto/JP; "
            "Matsuyama/JP; Morioka/JP"
        ),
    ),
    Page(
        name="ko-r51a-middot-news-venue",
        language="ko",
        kinds="several_a_line;not_signatory;no_country",
        title="전주·청주 등 6개 시, 탄소중립도시연대 신규 가입",
        date=(2025, 5, 15),
        before=(
            "탄소중립도시연대는 14일 서울 중구 시민청에서 열린 2025년 정기총회에서 6개 시의 "
            "신규 가입 안건을 의결했다고 15일 밝혔다."
        ),
        listing=(
            "이번에 가입한 도시는 전주시·청주시·천안시·원주시·춘천시·강릉시로, 이로써 연대의 "
            "회원 도시는 모두 32곳으로 늘었다."
        ),
        after=(
            "신규 회원 도시들은 앞으로 온실가스 감축 목표를 공동으로 설정하고, 건물 에너지 "
            "효율화와 대중교통 전환 사업의 성과를 매년 공개하게 된다.\n\n"
            '연대 사무총장 한지수는 "중소도시의 참여가 늘어난 것이 올해의 가장 큰 성과"라고 '
            "말했다. 다음 정기총회는 내년 10월 여수시에서 열린다."
        ),
        expected=(
            "Jeonju/KR; Cheongju-si/KR; Cheonan/KR; Wŏnju|Wonju/KR; Chuncheon/KR; Gangneung/KR"
        ),
    ),
    Page(
        name="ar-r51a-jordan-signature-blocks",
        language="ar",
        kinds="one_a_line;person_after;not_signatory;no_country",
        title="بلديات أردنية توقّع إعلان العقبة لإدارة المياه الحضرية",
        date=(2024, 3, 12),
        before=(
            "وقّع رؤساء سبع بلديات أردنية يوم الاثنين في مدينة العقبة إعلاناً مشتركاً لإدارة "
            "المياه في المدن، بحضور أمين عمّان ممثلاً عن أمانة عمّان الكبرى بصفة مراقب، "
            "وممثلين عن وزارة الإدارة المحلية.\n\n"
            "وتلتزم البلديات الموقّعة بخفض الفاقد في شبكات المياه، وإعادة استخدام المياه "
            "الرمادية في ري الحدائق العامة، وتبادل البيانات والخبرات عبر منصة مشتركة.\n\n"
            "الموقّعون:"
        ),
        listing=(
            "عن بلدية إربد الكبرى\n"
            "المهندس سامر الخطيب – رئيس البلدية\n\n"
            "عن بلدية الزرقاء\n"
            "الدكتورة ريم العبادي – رئيسة اللجنة البلدية\n\n"
            "عن بلدية مادبا الكبرى\n"
            "السيد خالد الحياري – رئيس البلدية\n\n"
            "عن بلدية السلط الكبرى\n"
            "المهندس عمر القطارنة – رئيس البلدية\n\n"
            "عن بلدية جرش الكبرى\n"
            "السيد باسل الزعبي – رئيس البلدية\n\n"
            "عن بلدية معان الكبرى\n"
            "السيدة هبة الشرع – رئيسة البلدية\n\n"
            "عن بلدية المفرق الكبرى\n"
            "السيد ليث المومني – رئيس البلدية"
        ),
        after=(
            "وأكد المشاركون أن الإعلان مفتوح لانضمام بلديات أخرى، على أن يُعقد الاجتماع "
            "التنسيقي الأول في مقر الشبكة خلال ثلاثة أشهر."
        ),
        expected=(
            "Irbid/JO; Zarqa/JO; Mādabā|Madaba/JO; As Salţ|Salt/JO; Jarash|Jerash/JO; "
            "Ma'an/JO; Mafraq/JO"
        ),
    ),
    Page(
        name="ar-r51a-maghreb-country-bullets",
        language="ar",
        kinds="bulleted;region_heading;country_in_language;not_signatory",
        title="أربع عشرة جماعة وبلدية مغاربية تنضم إلى شبكة مدن المتوسط الخضراء",
        date=(2025, 6, 27),
        before=(
            "صادقت الجمعية العامة لشبكة مدن المتوسط الخضراء، خلال دورتها المنعقدة بمدينة "
            "الرباط يومي 25 و26 يونيو، على انضمام أربع عشرة جماعة وبلدية من المغرب وتونس، "
            "ليرتفع عدد أعضاء الشبكة إلى 61 عضواً.\n\n"
            "وفيما يلي قائمة الأعضاء الجدد:"
        ),
        listing=(
            "المملكة المغربية (9 جماعات)\n"
            "- جماعة فاس\n"
            "- جماعة مراكش\n"
            "- جماعة طنجة\n"
            "- جماعة أكادير\n"
            "- جماعة مكناس\n"
            "- جماعة وجدة\n"
            "- جماعة تطوان\n"
            "- جماعة شفشاون\n"
            "- جماعة الصويرة\n\n"
            "الجمهورية التونسية (5 بلديات)\n"
            "- بلدية صفاقس\n"
            "- بلدية سوسة\n"
            "- بلدية القيروان\n"
            "- بلدية بنزرت\n"
            "- بلدية نابل"
        ),
        after=(
            "وأوضحت رئيسة الشبكة، السيدة نادية بنعلي، أن الأعضاء الجدد سيستفيدون من برنامج "
            "التكوين في مجال التخطيط الحضري المستدام ومن صندوق المشاريع الصغرى.\n\n"
            "وستحتضن مدينة الجزائر الدورة المقبلة للجمعية العامة سنة 2026."
        ),
        expected=(
            "Fes/MA; Marrakesh/MA; Tangier/MA; Agadir/MA; Meknes/MA; Oujda/MA; Tétouan/MA; "
            "Chefchaouen/MA; Essaouira/MA; Sfax/TN; Sousse/TN; Kairouan/TN; Bizerte/TN; "
            "Nabeul/TN"
        ),
    ),
    Page(
        name="he-r51a-paragraphs-three-venue",
        language="he",
        kinds="paragraphs;few;not_signatory;no_country",
        title="שלוש רשויות חדשות הצטרפו לפורום הערים המתחדשות",
        date=(2024, 12, 4),
        before=(
            "פורום הערים המתחדשות אישר השבוע את הצטרפותן של שלוש רשויות מקומיות חדשות. "
            "ההודעה נמסרה בכנס השנתי של הפורום, שנערך השבוע בבאר שבע בהשתתפות נציגי "
            "הרשויות החברות."
        ),
        listing=(
            "רעננה – העירייה תוביל בפורום את תחום ההתחדשות העירונית במרכזי השכונות הוותיקות. "
            '"אנחנו רוצים ללמוד מערים שכבר עשו את הדרך", אמרה ראש העירייה, אורית שטרנברג.\n\n'
            "כרמיאל – העיר מצטרפת עם תוכנית להצללת רחובות ולהרחבת שבילי האופניים לאזור "
            'התעשייה. מנכ"ל העירייה, דוד אלמוג, יכהן כנציג העיר בהנהלת הפורום.\n\n'
            "עפולה – העירייה תציג בכנס הבא את פרויקט הגינות הקהילתיות שהחל השנה בשכונות "
            "הצפוניות."
        ),
        after=(
            "עם הצטרפותן של שלוש הרשויות מונה הפורום 24 חברות. מזכירות הפורום תפרסם בקרוב "
            "את לוח המפגשים לשנת 2025."
        ),
        expected="Ra'anana/IL; Karmi’el|Karmiel/IL; Afula/IL",
    ),
    Page(
        name="fa-r51a-numbered-persian-digits",
        language="fa",
        kinds="numbered;person_after;not_signatory;no_country",
        title="بیانیه مشترک شهرداری‌ها درباره کاهش آلودگی هوا",
        date=(2024, 11, 20),
        before=(
            "شهرداری‌های ده کلان‌شهر و شهر بزرگ کشور در نشستی که به میزبانی دبیرخانه شبکه "
            "شهرهای پایدار در تهران برگزار شد، بیانیه‌ای مشترک درباره کاهش آلودگی هوا امضا "
            "کردند.\n\n"
            "امضاکنندگان متعهد شدند تا پایان سال ۱۴۰۵ سهم حمل‌ونقل عمومی را افزایش دهند، "
            "ناوگان اتوبوسرانی را نوسازی کنند و داده‌های پایش کیفیت هوا را به‌صورت برخط "
            "منتشر کنند.\n\n"
            "شهرداری‌های امضاکننده:"
        ),
        listing=(
            "۱. شهرداری اصفهان – مهندس علیرضا کاظمی‌نیا، شهردار\n"
            "۲. شهرداری شیراز – دکتر مریم فرهمند، شهردار\n"
            "۳. شهرداری تبریز – مهندس بهروز اسدزاده، شهردار\n"
            "۴. شهرداری مشهد – دکتر حمید رضوانی‌پور، شهردار\n"
            "۵. شهرداری یزد – مهندس سعید دهقانی‌زاده، شهردار\n"
            "۶. شهرداری کرمان – مهندس نرگس افشارپور، شهردار\n"
            "۷. شهرداری رشت – دکتر کاوه گیلانی‌فر، شهردار\n"
            "۸. شهرداری همدان – مهندس رضا الوندی، شهردار\n"
            "۹. شهرداری قزوین – مهندس پویا میرزایی، شهردار\n"
            "۱۰. شهرداری ارومیه – دکتر آرش رستم‌زاده، شهردار"
        ),
        after=(
            "دبیرخانه شبکه اعلام کرد نخستین گزارش پیشرفت تعهدات این بیانیه شش ماه دیگر "
            "منتشر خواهد شد."
        ),
        expected=(
            "Isfahan/IR; Shiraz/IR; Tabriz/IR; Mashhad/IR; Yazd/IR; Kerman/IR; Rasht/IR; "
            "Hamadān|Hamadan/IR; Qazvin/IR; Orūmīyeh|Urmia/IR"
        ),
    ),
    Page(
        name="th-r51a-thesaban-region-headings",
        language="th",
        kinds="one_a_line;region_heading;region_after",
        title="รายชื่อเทศบาลสมาชิกเครือข่ายเมืองยั่งยืน",
        date=(2025, 2, 10),
        before=("ปัจจุบันเครือข่ายเมืองยั่งยืนมีเทศบาลนครเป็นสมาชิกทั้งสิ้น 13 แห่ง แบ่งตามภูมิภาคดังนี้"),
        listing=(
            "ภาคเหนือ\n"
            "เทศบาลนครเชียงใหม่ จังหวัดเชียงใหม่\n"
            "เทศบาลนครเชียงราย จังหวัดเชียงราย\n"
            "เทศบาลนครลำปาง จังหวัดลำปาง\n"
            "เทศบาลนครพิษณุโลก จังหวัดพิษณุโลก\n"
            "เทศบาลนครนครสวรรค์ จังหวัดนครสวรรค์\n"
            "ภาคตะวันออกเฉียงเหนือ\n"
            "เทศบาลนครขอนแก่น จังหวัดขอนแก่น\n"
            "เทศบาลนครอุดรธานี จังหวัดอุดรธานี\n"
            "เทศบาลนครนครราชสีมา จังหวัดนครราชสีมา\n"
            "เทศบาลนครอุบลราชธานี จังหวัดอุบลราชธานี\n"
            "ภาคตะวันออก\n"
            "เทศบาลนครระยอง จังหวัดระยอง\n"
            "ภาคใต้\n"
            "เทศบาลนครภูเก็ต จังหวัดภูเก็ต\n"
            "เทศบาลนครหาดใหญ่ จังหวัดสงขลา\n"
            "เทศบาลนครสงขลา จังหวัดสงขลา"
        ),
        after=("เทศบาลที่สนใจสมัครเป็นสมาชิก สามารถติดต่อสำนักงานเครือข่ายได้ในวันและเวลาราชการ"),
        expected=(
            "Chiang Mai/TH; Chiang Rai/TH; Lampang/TH; Phitsanulok/TH; Nakhon Sawan/TH; "
            "Khon Kaen/TH; Udon Thani/TH; Nakhon Ratchasima/TH; Ubon Ratchathani/TH; "
            "Rayong/TH; Phuket/TH; Hat Yai/TH; Songkhla/TH"
        ),
    ),
    Page(
        name="vi-r51a-chu-tich-ubnd-lines",
        language="vi",
        kinds="one_a_line;person_before;not_signatory;no_country",
        title="Tuyên bố chung của các đô thị ven biển về thích ứng với biến đổi khí hậu",
        date=(2024, 9, 26),
        before=(
            "Ngày 25/9, tại thành phố Đà Nẵng, lãnh đạo sáu đô thị ven biển đã ký Tuyên bố "
            "chung về thích ứng với biến đổi khí hậu trong khuôn khổ Diễn đàn Đô thị Xanh "
            "2024.\n\n"
            "Theo Tuyên bố, các thành phố cam kết xây dựng bản đồ rủi ro ngập lụt, bảo vệ "
            "rừng ngập mặn ven biển và chia sẻ dữ liệu quan trắc với nhau.\n\n"
            "Các đại diện ký Tuyên bố:"
        ),
        listing=(
            "Ông Nguyễn Văn Khoa, Chủ tịch UBND thành phố Hải Phòng\n"
            "Bà Trần Thị Thu Hà, Chủ tịch UBND thành phố Cần Thơ\n"
            "Ông Lê Minh Tuấn, Chủ tịch UBND thành phố Quy Nhơn\n"
            "Bà Phạm Ngọc Lan, Phó Chủ tịch UBND thành phố Nha Trang\n"
            "Ông Đỗ Quang Vinh, Chủ tịch UBND thành phố Hạ Long\n"
            "Ông Hoàng Đức Thắng, Chủ tịch UBND thành phố Vinh"
        ),
        after=(
            "Diễn đàn năm sau dự kiến được tổ chức tại thành phố Huế. Ban tổ chức cho biết "
            "các đô thị khác có thể tham gia Tuyên bố bất cứ lúc nào."
        ),
        expected=(
            "Haiphong|Hải Phòng/VN; Cần Thơ/VN; Qui Nhon|Quy Nhơn/VN; Nha Trang/VN; "
            "Hạ Long/VN; Vinh/VN"
        ),
    ),
    Page(
        name="id-r51a-kota-island-headings",
        language="id",
        kinds="bulleted;region_heading;region_after;body_not_city",
        title="Daftar Anggota Jaringan Kota Tangguh",
        date=(2025, 1, 15),
        before=(
            "Hingga Januari 2025, Jaringan Kota Tangguh beranggotakan 21 pemerintah daerah "
            "dari seluruh Indonesia. Daftar di bawah ini disusun menurut wilayah."
        ),
        listing=(
            "Sumatra\n"
            "• Kota Medan, Sumatera Utara\n"
            "• Kota Padang, Sumatera Barat\n"
            "• Kota Palembang, Sumatera Selatan\n"
            "Jawa\n"
            "• Kota Bogor, Jawa Barat\n"
            "• Kota Bandung, Jawa Barat\n"
            "• Kota Semarang, Jawa Tengah\n"
            "• Kota Yogyakarta, DI Yogyakarta\n"
            "• Kota Surabaya, Jawa Timur\n"
            "• Kota Malang, Jawa Timur\n"
            "• Kabupaten Banyuwangi, Jawa Timur\n"
            "Kalimantan\n"
            "• Kota Pontianak, Kalimantan Barat\n"
            "• Kota Banjarmasin, Kalimantan Selatan\n"
            "• Kota Balikpapan, Kalimantan Timur\n"
            "• Kota Samarinda, Kalimantan Timur\n"
            "Sulawesi\n"
            "• Kota Makassar, Sulawesi Selatan\n"
            "• Kota Manado, Sulawesi Utara\n"
            "Bali dan Nusa Tenggara\n"
            "• Kota Denpasar, Bali\n"
            "• Kota Mataram, Nusa Tenggara Barat\n"
            "• Kota Kupang, Nusa Tenggara Timur\n"
            "Maluku dan Papua\n"
            "• Kota Ambon, Maluku\n"
            "• Kota Jayapura, Papua"
        ),
        after=(
            "Pemerintah kota atau kabupaten yang ingin bergabung dapat mengunduh formulir "
            "pendaftaran dan mengirimkannya ke sekretariat."
        ),
        expected=(
            "Medan/ID; Padang/ID; Palembang/ID; Bogor/ID; Bandung/ID; Semarang/ID; "
            "Yogyakarta/ID; Surabaya/ID; Malang/ID; "
            "Kabupaten Banyuwangi|Banyuwangi Regency/ID/county; Pontianak/ID; "
            "Banjarmasin/ID; Balikpapan/ID; Samarinda/ID; Makassar/ID; Manado/ID; "
            "Denpasar/ID; Mataram/ID; Kupang/ID; Ambon/ID; Jayapura/ID"
        ),
    ),
    Page(
        name="uk-r51a-pdf-genitive-mayors",
        language="uk",
        kinds="one_a_line;broken_lines;inflected;person_before;not_signatory;no_country",
        title="Звернення міських голів до міжнародних партнерів щодо відновлення енергетики",
        date=(2024, 3, 14),
        before=(
            "Міські голови десяти українських міст звернулися до міжнародних партнерів із "
            "закликом підтримати відновлення комунальної енергетики. Звернення передали "
            "учасникам конференції у Києві. Публікуємо текст підписів так, як він наведений "
            "у PDF-версії документа.\n\n"
            "Ми, міські голови, просимо партнерів спрямувати допомогу на когенераційні "
            "установки, сонячні станції на дахах лікарень і шкіл та ремонт теплових мереж."
        ),
        listing=(
            "Підписали:\n"
            "Олег Марченко, міський голова Львова\n"
            "Наталія Гуменюк, міська голова Вінниці\n"
            "Віктор Савчук, міський голова Пол-\n"
            "тави\n"
            "Ірина Кравець, міська голова Житомира\n"
            "— 3 —\n"
            "Звернення міських голів до міжнародних партнерів · 14.03.2024\n"
            "Андрій Литвиненко, міський голова Чер-\n"
            "нігова\n"
            "Сергій Бондар, секретар Сумської міської ради, виконувач обов'язків міського "
            "голови Сум\n"
            "Оксана Мельник, міська голова Тернополя\n"
            "Богдан Шевчук, міський голова Луцька\n"
            "Юрій Попович, міський голова Ужгорода\n"
            "Людмила Тимошенко, міська голова Черкас"
        ),
        after=(
            "До звернення можуть приєднатися інші громади: підписи приймає секретаріат "
            "асоціації до кінця місяця."
        ),
        expected=(
            "Lviv/UA; Vinnytsya|Vinnytsia/UA; Poltava/UA; Zhytomyr/UA; Chernihiv/UA; Sumy/UA; "
            "Ternopil/UA; Lutsk/UA; Uzhhorod/UA; Cherkasy/UA"
        ),
    ),
    Page(
        name="ru-r51a-tab-table-subjects",
        language="ru",
        kinds="table_tabs;numbered;region_after;columns_after;no_country",
        title="Пятнадцать городов подписали хартию «Зелёные улицы»",
        date=(2023, 9, 21),
        before=(
            "Хартия «Зелёные улицы» открыта для подписания с весны этого года. Города, "
            "присоединившиеся к ней, обязуются высаживать не менее тысячи деревьев в год, "
            "сохранять существующие скверы и публиковать отчёт о состоянии зелёного фонда.\n\n"
            "Список городов, подписавших хартию на 20 сентября:"
        ),
        listing=(
            "№\tГород\tСубъект РФ\tГлава города\tДата подписания\n"
            "1\tКазань\tРеспублика Татарстан\tЭ. Р. Идельбаева\t14.04.2023\n"
            "2\tЕкатеринбург\tСвердловская область\tА. В. Тихонравов\t14.04.2023\n"
            "3\tНовосибирск\tНовосибирская область\tП. С. Лебедянцев\t20.04.2023\n"
            "4\tСамара\tСамарская область\tЕ. И. Волжанина\t27.04.2023\n"
            "5\tТомск\tТомская область\tИ. А. Кедров\t05.05.2023\n"
            "6\tПермь\tПермский край\tД. Н. Камский\t05.05.2023\n"
            "7\tУфа\tРеспублика Башкортостан\tТ. Р. Агиделев\t16.05.2023\n"
            "8\tИркутск\tИркутская область\tО. В. Ангарская\t01.06.2023\n"
            "9\tТюмень\tТюменская область\tВ. С. Туринцев\t01.06.2023\n"
            "10\tКалуга\tКалужская область\tМ. Ю. Окская\t15.06.2023\n"
            "11\tЯрославль\tЯрославская область\tК. П. Которосльский\t03.07.2023\n"
            "12\tВологда\tВологодская область\tН. А. Сухонина\t03.07.2023\n"
            "13\tПетрозаводск\tРеспублика Карелия\tА. И. Онежский\t17.08.2023\n"
            "14\tКострома\tКостромская область\tЛ. Г. Волгина\t17.08.2023\n"
            "15\tТверь\tТверская область\tС. В. Тьмаков\t19.09.2023"
        ),
        after=(
            "Следующая встреча подписантов пройдёт в октябре. Методические рекомендации по "
            "инвентаризации зелёных насаждений размещены в разделе «Документы»."
        ),
        expected=(
            "Kazan/RU; Yekaterinburg/RU; Novosibirsk/RU; Samara/RU; Tomsk/RU; Perm/RU; Ufa/RU; "
            "Irkutsk/RU; Tyumen/RU; Kaluga/RU; Yaroslavl/RU; Vologda/RU; Petrozavodsk/RU; "
            "Kostroma/RU; Tver/RU"
        ),
    ),
    Page(
        name="ka-r51a-genitive-mayors-venue",
        language="ka",
        kinds="one_a_line;inflected;person_after;not_signatory;no_country",
        title="ქალაქების მერებმა სუფთა ჰაერის შესახებ ერთობლივ განცხადებას მოაწერეს ხელი",
        date=(2024, 6, 5),
        before=(
            "გარემოს დაცვის მსოფლიო დღეს, თბილისში გამართულ ფორუმზე, საქართველოს რვა "
            "ქალაქისა და მუნიციპალიტეტის მერებმა ხელი მოაწერეს ერთობლივ განცხადებას "
            "სუფთა ჰაერის შესახებ.\n\n"
            "ხელმომწერები იღებენ ვალდებულებას, 2027 წლისთვის განაახლონ საზოგადოებრივი "
            "ტრანსპორტის ავტოპარკი, გააფართოვონ მწვანე ზონები და საჯაროდ გამოაქვეყნონ "
            "ჰაერის ხარისხის მონაცემები.\n\n"
            "განცხადებას ხელს აწერენ:"
        ),
        listing=(
            "ქ. ქუთაისის მერი – ნიკა ლომსაძე\n"
            "ქ. ბათუმის მერი – თამარ ჯაყელი-ხიმშიაშვილი\n"
            "ქ. რუსთავის მერი – ლევან ქავთარაძე\n"
            "ქ. ფოთის მერი – ანა ჩიქოვანი\n"
            "ზუგდიდის მუნიციპალიტეტის მერი – დავით გულუა\n"
            "გორის მუნიციპალიტეტის მერი – ირაკლი ამილახვარიძე\n"
            "თელავის მუნიციპალიტეტის მერი – ეკა ჭავჭანიძე\n"
            "ოზურგეთის მუნიციპალიტეტის მერი – გიორგი თავდგირიძე"
        ),
        after=(
            "ფორუმის ორგანიზატორის, მწვანე ქალაქების ქსელის ინფორმაციით, განცხადებას "
            "მომავალ თვეებში სხვა მუნიციპალიტეტებიც შეუერთდებიან."
        ),
        expected=(
            "Kutaisi/GE; Batumi/GE; Rustavi/GE; Poti/GE; Zugdidi/GE; Gori/GE; Telavi/GE; "
            "Ozurgeti/GE"
        ),
    ),
]

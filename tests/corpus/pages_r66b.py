"""Batch r66b: 14 pages written during round 66 (branch wr66b), held out from it, in Asian and
Caucasian languages, one each: a Japanese PDF copy of mayors' lines with page headers and a
mayor named like a city; a Chinese news item of cities joining with `、`, `和` and provinces
before the cities; a Korean tab table with a province among the cities; Thai member cards
under region headings with a provincial administrative organisation; a Vietnamese news item
of three cities with `và` beside a host; Tamil `Name, மேயர், X மாநகராட்சி` lines; Telugu
running text with `మరియు` and case endings beside a venue; 40 Marathi corporations and
councils under division headings named like their cities; Nepali signature blocks with a
province's government; a Sinhala table aligned with spaces with a provincial council; Khmer
news of towns and a province with `និង`; Georgian municipalities' and regions' genitives;
Armenian numbered communities with their marz after and a marz administration; Azerbaijani
running text with `və`, genitive endings and district administrations. The networks,
statements and people are invented, the places real; written without reading the reader or
running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "ja-r66b-pdf-kyodo-sengen-shicho-page-headers",
        "ja",
        "one_a_line;person_after;person_named_like_place;no_country;not_signatory",
        "気候非常事態に関する地方都市市長共同宣言",
        (2025, 11, 14),
        "地方都市ゼロカーボン連絡会は、名古屋市で開催した第5回総会において、"
        "「気候非常事態に関する地方都市市長共同宣言」を採択しました。宣言文と署名者の一覧"
        "（PDF、412KB）を以下に掲載します。\n\n"
        "私たちは、2050年までに温室効果ガス排出量の実質ゼロを目指し、再生可能エネルギーの"
        "導入、公共交通の充実、森林の保全に連携して取り組むことをここに宣言します。\n\n"
        "署名者一覧（署名順・敬称略）",
        "気候非常事態に関する地方都市市長共同宣言　署名者一覧\n"
        "札幌市長　　大森　和也\n"
        "盛岡市長　　千田　恵美子\n"
        "秋田市長　　佐々木　亮\n"
        "山形市長　　菅野　直人\n"
        "新潟市長　　小林　真理\n"
        "富山市長　　中川　聡\n"
        "金沢市長　　北村　浩二\n"
        "福井市長　　前田　智子\n"
        "長野市長　　松本　由美\n"
        "松本市長　　岡山　直樹\n"
        "静岡市長　　望月　拓也\n"
        "浜松市長　　鈴木　博之\n"
        "－ 1 －\n"
        "\n"
        "気候非常事態に関する地方都市市長共同宣言　署名者一覧\n"
        "岡崎市長　　杉浦　恵\n"
        "岐阜市長　　堀　俊介\n"
        "津市長　　　伊藤　みどり\n"
        "大津市長　　西川　健太\n"
        "奈良市長　　森田　康弘\n"
        "和歌山市長　　　谷口　真由美\n"
        "姫路市長　　藤原　誠\n"
        "岡山市長　　三宅　雅之\n"
        "倉敷市長　　小野　美香\n"
        "松江市長　　石倉　孝\n"
        "鳥取市長　　山根　一郎\n"
        "徳島市長　　吉岡　さやか\n"
        "高松市長　　大西　隆\n"
        "松山市長　　越智　裕子\n"
        "－ 2 －\n"
        "\n"
        "気候非常事態に関する地方都市市長共同宣言　署名者一覧\n"
        "北九州市長　　　末松　大輔\n"
        "熊本市長　　坂本　理恵\n"
        "大分市長　　後藤　信也\n"
        "宮崎市長　　黒木　千尋\n"
        "鹿児島市長　　　有村　健\n"
        "那覇市長　　比嘉　朋美\n"
        "（事務局：名古屋市環境局　地方都市ゼロカーボン連絡会事務局）\n"
        "－ 3 －",
        "宣言は、今後加盟を希望する市町村にも開かれています。署名を希望される自治体は事務局"
        "までお問い合わせください。\n\n"
        "関連資料：共同宣言（PDF）　総会の議事要旨（PDF）",
        "Sapporo/JP; Morioka/JP; Akita/JP; Yamagata/JP; Niigata/JP; Toyama/JP; Kanazawa/JP; "
        "Fukui/JP; Nagano/JP; Matsumoto/JP; Shizuoka/JP; Hamamatsu/JP; Okazaki/JP; Gifu/JP; "
        "Tsu/JP; Ōtsu/JP; Nara/JP; Wakayama/JP; Himeji/JP; Okayama/JP; Kurashiki/JP; "
        "Matsue/JP; Tottori/JP; Tokushima/JP; Takamatsu/JP; Matsuyama/JP; Kitakyushu/JP; "
        "Kumamoto/JP; Oita/JP; Miyazaki/JP; Kagoshima/JP; Naha/JP",
        note="the PDF's running header and page numbers between the lines; the mayor of Nagano "
        "is named 松本 (Matsumoto) and Matsumoto's 岡山 (Okayama); the host Nagoya did not sign",
    ),
    Page(
        "zh-r66b-news-jiaru-dunhao-he-sheng-qianzhui",
        "zh",
        "running_text;region_before;not_signatory;no_country",
        "13座城市加入长三角低碳城市合作网络",
        (2025, 9, 22),
        "9月20日，长三角低碳城市合作网络2025年年会在上海举行。会上，网络秘书处宣布接纳一批"
        "新成员城市，并为新成员代表颁发了入网证书。",
        "本次新加入的城市包括浙江省杭州市、宁波市、温州市、绍兴市、嘉兴市、湖州市、金华市、"
        "舟山市，江苏省苏州市、无锡市、常州市和南通市，以及安徽省合肥市。至此，网络成员城市"
        "已达41个。",
        "网络轮值主席、上海市生态环境局副局长周文涛表示，新成员的加入将进一步推动区域内"
        "碳排放数据共享和绿色交通合作。南京市作为下一届年会的承办城市，在会上作了交流发言。\n\n"
        "（来源：网络秘书处）",
        "Hangzhou/CN; Ningbo/CN; Wenzhou/CN; Shaoxing/CN; Jiaxing/CN; Huzhou/CN; Jinhua/CN; "
        "Zhoushan/CN; Suzhou/CN; Wuxi/CN; Changzhou/CN; Nantong/CN; Hefei/CN",
        note="Shanghai hosts and Nanjing hosts next year: neither joined",
    ),
    Page(
        "ko-r66b-tab-table-gwangyeok-gaip-yeondo-jeju-do",
        "ko",
        "table_tabs;columns_after;region_after;body_not_city;no_country",
        "탄소중립 지방정부 협의회 회원 현황",
        (2025, 6, 30),
        "탄소중립 지방정부 협의회는 2030 온실가스 감축 목표 달성을 위해 뜻을 모은 기초·광역 "
        "지방정부의 협의체입니다. 2025년 6월 30일 기준 회원 지방정부는 다음과 같습니다.",
        "연번\t지방정부\t광역\t가입연도\t비고\n"
        "1\t수원시\t경기도\t2019\t회장 도시\n"
        "2\t고양시\t경기도\t2019\t\n"
        "3\t성남시\t경기도\t2020\t\n"
        "4\t창원시\t경상남도\t2019\t부회장 도시\n"
        "5\t청주시\t충청북도\t2020\t\n"
        "6\t전주시\t전북특별자치도\t2021\t\n"
        "7\t천안시\t충청남도\t2021\t\n"
        "8\t김해시\t경상남도\t2022\t\n"
        "9\t포항시\t경상북도\t2022\t\n"
        "10\t춘천시\t강원특별자치도\t2022\t\n"
        "11\t원주시\t강원특별자치도\t2023\t\n"
        "12\t강릉시\t강원특별자치도\t2023\t\n"
        "13\t순천시\t전라남도\t2024\t\n"
        "14\t여수시\t전라남도\t2024\t\n"
        "15\t제주특별자치도\t-\t2024\t광역",
        "※ 협의회 사무국: 세종특별자치시 소재. 가입 문의는 사무국으로 연락 바랍니다.",
        "Suwon/KR; Goyang/KR; Seongnam/KR; Changwon/KR; Cheongju/KR; Jeonju/KR; Cheonan/KR; "
        "Gimhae/KR; Pohang/KR; Chuncheon/KR; Wonju/KR; Gangneung/KR; Suncheon/KR; Yeosu/KR; "
        "Jeju Province|Jeju-do|제주특별자치도/KR/province",
        note="the secretariat's seat Sejong is not a member",
    ),
    Page(
        "th-r66b-cards-region-headings-thesaban-nakhon-obj",
        "th",
        "one_a_line;region_heading;region_after;columns_after;body_not_city;no_country",
        "สมาชิกเครือข่ายเมืองน่าอยู่ยั่งยืน",
        (2025, 8, 5),
        "เครือข่ายเมืองน่าอยู่ยั่งยืนเป็นความร่วมมือขององค์กรปกครองส่วนท้องถิ่นที่มุ่งพัฒนาเมือง"
        "ให้เป็นมิตรกับสิ่งแวดล้อม ปัจจุบันมีสมาชิก 25 แห่ง แบ่งตามภูมิภาคดังนี้",
        "ภาคเหนือ\n\n"
        "เทศบาลนครเชียงใหม่\nจังหวัดเชียงใหม่\nสมาชิกตั้งแต่ 2561\nดูรายละเอียด\n\n"
        "เทศบาลนครเชียงราย\nจังหวัดเชียงราย\nสมาชิกตั้งแต่ 2562\nดูรายละเอียด\n\n"
        "เทศบาลนครลำปาง\nจังหวัดลำปาง\nสมาชิกตั้งแต่ 2562\nดูรายละเอียด\n\n"
        "เทศบาลนครพิษณุโลก\nจังหวัดพิษณุโลก\nสมาชิกตั้งแต่ 2563\nดูรายละเอียด\n\n"
        "เทศบาลนครนครสวรรค์\nจังหวัดนครสวรรค์\nสมาชิกตั้งแต่ 2564\nดูรายละเอียด\n\n"
        "เทศบาลนครแม่สอด\nจังหวัดตาก\nสมาชิกตั้งแต่ 2565\nดูรายละเอียด\n\n"
        "ภาคตะวันออกเฉียงเหนือ\n\n"
        "เทศบาลนครขอนแก่น\nจังหวัดขอนแก่น\nสมาชิกตั้งแต่ 2561\nดูรายละเอียด\n\n"
        "องค์การบริหารส่วนจังหวัดขอนแก่น\nจังหวัดขอนแก่น\nสมาชิกตั้งแต่ 2563\nดูรายละเอียด\n\n"
        "เทศบาลนครอุดรธานี\nจังหวัดอุดรธานี\nสมาชิกตั้งแต่ 2562\nดูรายละเอียด\n\n"
        "เทศบาลนครนครราชสีมา\nจังหวัดนครราชสีมา\nสมาชิกตั้งแต่ 2561\nดูรายละเอียด\n\n"
        "เทศบาลนครอุบลราชธานี\nจังหวัดอุบลราชธานี\nสมาชิกตั้งแต่ 2564\nดูรายละเอียด\n\n"
        "เทศบาลนครสกลนคร\nจังหวัดสกลนคร\nสมาชิกตั้งแต่ 2566\nดูรายละเอียด\n\n"
        "ภาคกลาง\n\n"
        "เทศบาลนครนนทบุรี\nจังหวัดนนทบุรี\nสมาชิกตั้งแต่ 2562\nดูรายละเอียด\n\n"
        "เทศบาลนครปากเกร็ด\nจังหวัดนนทบุรี\nสมาชิกตั้งแต่ 2563\nดูรายละเอียด\n\n"
        "เทศบาลนครนครปฐม\nจังหวัดนครปฐม\nสมาชิกตั้งแต่ 2563\nดูรายละเอียด\n\n"
        "เทศบาลนครสมุทรสาคร\nจังหวัดสมุทรสาคร\nสมาชิกตั้งแต่ 2565\nดูรายละเอียด\n\n"
        "เทศบาลนครพระนครศรีอยุธยา\nจังหวัดพระนครศรีอยุธยา\nสมาชิกตั้งแต่ 2566\nดูรายละเอียด\n\n"
        "ภาคตะวันออก\n\n"
        "เทศบาลนครระยอง\nจังหวัดระยอง\nสมาชิกตั้งแต่ 2562\nดูรายละเอียด\n\n"
        "ภาคใต้\n\n"
        "เทศบาลนครหาดใหญ่\nจังหวัดสงขลา\nสมาชิกตั้งแต่ 2561\nดูรายละเอียด\n\n"
        "เทศบาลนครสงขลา\nจังหวัดสงขลา\nสมาชิกตั้งแต่ 2562\nดูรายละเอียด\n\n"
        "เทศบาลนครนครศรีธรรมราช\nจังหวัดนครศรีธรรมราช\nสมาชิกตั้งแต่ 2563\nดูรายละเอียด\n\n"
        "เทศบาลนครสุราษฎร์ธานี\nจังหวัดสุราษฎร์ธานี\nสมาชิกตั้งแต่ 2564\nดูรายละเอียด\n\n"
        "เทศบาลนครตรัง\nจังหวัดตรัง\nสมาชิกตั้งแต่ 2564\nดูรายละเอียด\n\n"
        "เทศบาลนครยะลา\nจังหวัดยะลา\nสมาชิกตั้งแต่ 2565\nดูรายละเอียด\n\n"
        "เทศบาลนครภูเก็ต\nจังหวัดภูเก็ต\nสมาชิกตั้งแต่ 2566\nดูรายละเอียด",
        "หากองค์กรปกครองส่วนท้องถิ่นใดสนใจสมัครเป็นสมาชิก กรุณาติดต่อสำนักงานเลขาธิการเครือข่าย",
        "Chiang Mai/TH; Chiang Rai/TH; Lampang/TH; Phitsanulok/TH; Nakhon Sawan/TH; "
        "Mae Sot/TH; Khon Kaen/TH; "
        "Khon Kaen Provincial Administrative Organization|Khon Kaen Province|"
        "องค์การบริหารส่วนจังหวัดขอนแก่น/TH/province; "
        "Udon Thani/TH; Nakhon Ratchasima/TH; Ubon Ratchathani/TH; Sakon Nakhon/TH; "
        "Nonthaburi/TH; Pak Kret/TH; Nakhon Pathom/TH; Samut Sakhon/TH; "
        "Phra Nakhon Si Ayutthaya/TH; Rayong/TH; Hat Yai/TH; Songkhla/TH; "
        "Nakhon Si Thammarat/TH; Surat Thani/TH; Trang/TH; Yala/TH; Phuket/TH",
        note="cards flattened to lines: the body's name, its province, the year, a link; Khon "
        "Kaen's city and its provincial administrative organisation are both members",
    ),
    Page(
        "vi-r66b-tin-ba-thanh-pho-va-chu-nha-da-nang",
        "vi",
        "running_text;few;not_signatory;no_country",
        "Ba thành phố miền Trung gia nhập Mạng lưới Đô thị Chống chịu Khí hậu",
        (2025, 10, 8),
        "Ngày 7/10, tại Hội nghị thường niên của Mạng lưới Đô thị Chống chịu Khí hậu Việt Nam tổ "
        "chức ở Đà Nẵng, Ban điều hành mạng lưới đã trao quyết định kết nạp thành viên mới.",
        "Theo đó, thành phố Huế, thành phố Quy Nhơn và thành phố Nha Trang chính thức trở thành "
        "thành viên thứ 18, 19 và 20 của mạng lưới.",
        "Phát biểu tại hội nghị, ông Trần Minh Khoa, Phó Chủ tịch UBND thành phố Đà Nẵng, đơn vị "
        "chủ nhà, cho biết mạng lưới sẽ hỗ trợ các thành viên mới xây dựng kế hoạch ứng phó với "
        "ngập lụt đô thị. Bà Lê Thị Thu Hà, đại diện thành phố Nha Trang, chia sẻ kinh nghiệm "
        "của Hội An trong việc bảo tồn khu phố cổ trước triều cường.",
        "Huế|Hue/VN; Quy Nhơn|Qui Nhon/VN; Nha Trang/VN",
        note="Da Nang is the host and Hoi An is named in a speech: neither joined",
    ),
    Page(
        "ta-r66b-peyar-meyar-maanagaraatchi-lines-chennai-host",
        "ta",
        "one_a_line;person_before;not_signatory;no_country",
        "நீர் பாதுகாப்புக்கான தமிழ்நாடு மேயர்கள் கூட்டறிக்கை",
        (2025, 3, 22),
        "உலக நீர் நாளை முன்னிட்டு சென்னையில் நடைபெற்ற மாநாட்டில், நீர்நிலைகளைப் பாதுகாக்கவும் "
        "மழைநீர் சேகரிப்பை விரிவுபடுத்தவும் பின்வரும் மாநகராட்சிகளின் மேயர்கள் கூட்டறிக்கையில் "
        "கையெழுத்திட்டனர்.\n\n"
        "கையொப்பமிட்டவர்கள்:",
        "திருமதி கலைச்செல்வி ராஜன், மேயர், மதுரை மாநகராட்சி\n"
        "திரு. அருண்குமார் வேலு, மேயர், கோயம்புத்தூர் மாநகராட்சி\n"
        "திருமதி சுமதி பாலசுப்பிரமணியன், மேயர், திருச்சிராப்பள்ளி மாநகராட்சி\n"
        "திரு. செந்தில் நாதன், மேயர், சேலம் மாநகராட்சி\n"
        "திருமதி மீனாட்சி சுந்தரம், மேயர், திருநெல்வேலி மாநகராட்சி\n"
        "திரு. கார்த்திகேயன் முருகன், துணை மேயர் (மேயர் சார்பாக), ஈரோடு மாநகராட்சி\n"
        "திருமதி பிரியா தேவராஜ், மேயர், வேலூர் மாநகராட்சி\n"
        "திரு. ஜோசப் அந்தோணி, மேயர், தூத்துக்குடி மாநகராட்சி",
        "மாநாட்டை ஏற்பாடு செய்த பெருநகர சென்னை மாநகராட்சிக்கு கையொப்பமிட்ட மேயர்கள் நன்றி "
        "தெரிவித்தனர். அடுத்த ஆண்டு மாநாடு தஞ்சாவூரில் நடைபெறும்.",
        "Madurai/IN; Coimbatore/IN; Tiruchirappalli/IN; Salem/IN; Tirunelveli/IN; Erode/IN; "
        "Vellore/IN; Thoothukudi/IN",
        note="Chennai hosted and Thanjavur hosts next year: neither signed",
    ),
    Page(
        "te-r66b-running-mariyu-nagarapalaka-case-endings-hyderabad-venue",
        "te",
        "running_text;inflected;not_signatory;no_country",
        "వేడిగాలుల నుంచి రక్షణకు నగరాల ఉమ్మడి ప్రకటన",
        (2025, 4, 18),
        "హైదరాబాద్‌లో గురువారం జరిగిన హరిత నగరాల వేదిక ప్రాంతీయ సదస్సులో వేసవి వేడిగాలుల "
        "నుంచి ప్రజలను కాపాడేందుకు ఉమ్మడి కార్యాచరణ ప్రణాళికను ఆమోదించారు.",
        "విశాఖపట్నం, విజయవాడ, గుంటూరు, నెల్లూరు మరియు తిరుపతి నగరపాలక సంస్థలతో పాటు "
        "తెలంగాణ నుంచి వరంగల్ మరియు కరీంనగర్ నగరపాలక సంస్థల మేయర్లు ఈ ప్రకటనపై సంతకం "
        "చేశారు. విశాఖపట్నంలో ఇప్పటికే ప్రారంభించిన చల్లని పైకప్పుల పథకాన్ని మిగతా నగరాలకు "
        "విస్తరించాలని నిర్ణయించారు.",
        "సదస్సుకు ఆతిథ్యమిచ్చిన హైదరాబాద్ తరఫున కమిషనర్ శ్రీమతి లక్ష్మీ ప్రసన్న మాట్లాడుతూ, "
        "వచ్చే ఏడాది నుంచి ఈ ప్రణాళిక అమలును సమీక్షిస్తామని తెలిపారు.",
        "Visakhapatnam/IN; Vijayawada/IN; Guntur/IN; Nellore/IN; Tirupati/IN; Warangal/IN; "
        "Karimnagar/IN",
        note="Hyderabad is the venue and host, named in the locative హైదరాబాద్‌లో; Visakhapatnam is "
        "named again in the locative",
    ),
    Page(
        "mr-r66b-vibhag-headings-mahanagarpalika-nagar-parishad-40",
        "mr",
        "bulleted;region_heading;columns_after;named_twice;no_country",
        "स्वच्छ शहरे संघटन: सदस्य नागरी स्थानिक स्वराज्य संस्था",
        (2025, 7, 1),
        "स्वच्छ शहरे संघटनाचे सदस्य असलेल्या महाराष्ट्रातील महानगरपालिका व नगर परिषदांची "
        "महसूल विभागनिहाय यादी खाली दिली आहे. कंसात सदस्यत्वाचे वर्ष दिले आहे.",
        "कोकण विभाग\n"
        "• ठाणे महानगरपालिका (२०१८)\n"
        "• नवी मुंबई महानगरपालिका (२०१८)\n"
        "• कल्याण-डोंबिवली महानगरपालिका (२०१९)\n"
        "• भिवंडी-निजामपूर शहर महानगरपालिका (२०२१)\n"
        "• उल्हासनगर महानगरपालिका (२०२०)\n"
        "• पनवेल महानगरपालिका (२०२२)\n"
        "• रत्नागिरी नगर परिषद (२०२३)\n"
        "\n"
        "पुणे विभाग\n"
        "• पुणे महानगरपालिका (२०१८)\n"
        "• पिंपरी-चिंचवड महानगरपालिका (२०१८)\n"
        "• सोलापूर महानगरपालिका (२०१९)\n"
        "• कोल्हापूर महानगरपालिका (२०१९)\n"
        "• सांगली-मिरज-कुपवाड महानगरपालिका (२०२०)\n"
        "• इचलकरंजी महानगरपालिका (२०२२)\n"
        "• सातारा नगर परिषद (२०२१)\n"
        "• कराड नगर परिषद (२०२१)\n"
        "• बारामती नगर परिषद (२०२०)\n"
        "• पंढरपूर नगर परिषद (२०२३)\n"
        "\n"
        "नाशिक विभाग\n"
        "• नाशिक महानगरपालिका (२०१८)\n"
        "• मालेगाव महानगरपालिका (२०२०)\n"
        "• अहिल्यानगर महानगरपालिका (२०२१)\n"
        "• जळगाव शहर महानगरपालिका (२०२१)\n"
        "• धुळे महानगरपालिका (२०२२)\n"
        "• नंदुरबार नगर परिषद (२०२३)\n"
        "\n"
        "छत्रपती संभाजीनगर विभाग\n"
        "• छत्रपती संभाजीनगर (औरंगाबाद) महानगरपालिका (२०१९)\n"
        "• नांदेड-वाघाळा शहर महानगरपालिका (२०१९)\n"
        "• लातूर महानगरपालिका (२०२०)\n"
        "• परभणी शहर महानगरपालिका (२०२१)\n"
        "• जालना महानगरपालिका (२०२३)\n"
        "• बीड नगर परिषद (२०२२)\n"
        "• धाराशिव नगर परिषद (२०२३)\n"
        "\n"
        "अमरावती विभाग\n"
        "• अमरावती महानगरपालिका (२०१९)\n"
        "• अकोला महानगरपालिका (२०२०)\n"
        "• यवतमाळ नगर परिषद (२०२२)\n"
        "• वाशीम नगर परिषद (२०२३)\n"
        "• खामगाव नगर परिषद (२०२३)\n"
        "\n"
        "नागपूर विभाग\n"
        "• नागपूर महानगरपालिका (२०१८)\n"
        "• चंद्रपूर शहर महानगरपालिका (२०२०)\n"
        "• गोंदिया नगर परिषद (२०२१)\n"
        "• भंडारा नगर परिषद (२०२२)\n"
        "• गडचिरोली नगर परिषद (२०२३)",
        "एकूण सदस्य संस्था: ४०. सदस्यत्वासाठी अर्ज करण्यासाठी संघटनाच्या मुंबई येथील कार्यालयाशी संपर्क साधावा.",
        "Thane/IN; Navi Mumbai/IN; Kalyan/IN; Bhiwandi/IN; Ulhasnagar/IN; Panvel/IN; "
        "Ratnagiri/IN; Pune/IN; Pimpri-Chinchwad/IN; Solapur/IN; Kolhapur/IN; Sangli/IN; "
        "Ichalkaranji/IN; Satara/IN; Karad/IN; Baramati/IN; Pandharpur/IN; Nashik/IN; "
        "Malegaon/IN; Ahilyanagar/IN; Jalgaon/IN; Dhule/IN; Nandurbar/IN; Aurangabad/IN; "
        "Nanded/IN; Latur/IN; Parbhani/IN; Jalna/IN; Beed/IN; Dharashiv/IN; Amravati/IN; "
        "Akola/IN; Yavatmal/IN; Washim/IN; Khamgaon/IN; Nagpur/IN; Chandrapur/IN; "
        "Gondiya/IN; Bhandara/IN; Gadchiroli/IN",
        note="the division headings (पुणे, नाशिक, अमरावती, नागपूर विभाग) are named after member "
        "cities but are not members; Chhatrapati Sambhajinagar is named with its old name "
        "Aurangabad; the network's office in Mumbai is not a member",
    ),
    Page(
        "ne-r66b-hastakshar-blocks-mahanagarpalika-gandaki-pradesh",
        "ne",
        "person_after;body_not_city;not_signatory;no_country",
        "जलवायु अनुकूल सहर निर्माणसम्बन्धी काठमाडौं घोषणापत्र",
        (2025, 2, 16),
        "काठमाडौंमा सम्पन्न हरित नगर सञ्जालको राष्ट्रिय सम्मेलनले जलवायु अनुकूल सहर "
        "निर्माणसम्बन्धी घोषणापत्र पारित गरेको छ। घोषणापत्रमा सहभागी स्थानीय तहहरूले २०३० "
        "सम्ममा सबै वडामा हरित क्षेत्र विस्तार गर्ने प्रतिबद्धता जनाएका छन्।\n\n"
        "हस्ताक्षरकर्ताहरू:",
        "पोखरा महानगरपालिका\nनगर प्रमुख\nरमेश प्रसाद अधिकारी\n\n"
        "ललितपुर महानगरपालिका\nनगर प्रमुख\nसुनिता महर्जन\n\n"
        "भरतपुर महानगरपालिका\nनगर प्रमुख\nदीपक श्रेष्ठ\n\n"
        "विराटनगर महानगरपालिका\nनगर प्रमुख\nकमला कोइराला\n\n"
        "वीरगन्ज महानगरपालिका\nनगर प्रमुख\nमनोज कुमार साह\n\n"
        "धरान उपमहानगरपालिका\nउपप्रमुख (प्रमुखको तर्फबाट)\nअनिता राई\n\n"
        "बुटवल उपमहानगरपालिका\nनगर प्रमुख\nहरि बहादुर थापा\n\n"
        "हेटौंडा उपमहानगरपालिका\nनगर प्रमुख\nसरिता लामा\n\n"
        "जनकपुरधाम उपमहानगरपालिका\nनगर प्रमुख\nराजेश कुमार यादव\n\n"
        "गण्डकी प्रदेश सरकार\nवन तथा वातावरण मन्त्री\nबिष्णु प्रसाद गुरुङ",
        "सम्मेलनको आयोजक काठमाडौं महानगरपालिकाले घोषणापत्रको कार्यान्वयनमा सचिवालयको भूमिका निर्वाह गर्नेछ।",
        "Pokhara/NP; Lalitpur|Patan/NP; Bharatpur/NP; Biratnagar/NP; Birgunj/NP; Dharan/NP; "
        "Butwal/NP; Hetauda/NP; Janakpur/NP; "
        "Gandaki Province|गण्डकी प्रदेश/NP/province",
        note="the host Kathmandu, the declaration's namesake, acts as secretariat and did not sign",
    ),
    Page(
        "si-r66b-space-table-maha-nagara-sabha-palath-sabha",
        "si",
        "table_tabs;columns_after;region_after;body_not_city;no_country",
        "හරිත නගර ප්‍රඥප්තියට අත්සන් කළ පළාත් පාලන ආයතන",
        (2025, 5, 5),
        "හරිත නගර ජාලය විසින් සකස් කළ හරිත නගර ප්‍රඥප්තියට මේ දක්වා පහත ආයතන අත්සන් තබා ඇත. "
        "(ප්‍රඥප්තියේ PDF පිටපතෙන් උපුටා ගන්නා ලදී.)",
        "අංකය  ආයතනය                              පළාත                 අත්සන් කළ වර්ෂය\n"
        "1     මහනුවර මහ නගර සභාව                  මධ්‍යම පළාත          2022\n"
        "2     ගාල්ල මහ නගර සභාව                    දකුණු පළාත            2022\n"
        "3     යාපනය මහ නගර සභාව                   උතුරු පළාත             2023\n"
        "4     මීගමුව මහ නගර සභාව                   බස්නාහිර පළාත        2022\n"
        "5     අනුරාධපුර මහ නගර සභාව               උතුරු මැද පළාත        2023\n"
        "6     රත්නපුර මහ නගර සභාව                 සබරගමුව පළාත         2023\n"
        "7     බදුල්ල මහ නගර සභාව                    ඌව පළාත               2024\n"
        "8     මඩකලපුව මහ නගර සභාව                 නැගෙනහිර පළාත        2024\n"
        "9     නුවරඑළිය මහ නගර සභාව                මධ්‍යම පළාත          2024\n"
        "10    මොරටුව මහ නගර සභාව                  බස්නාහිර පළාත        2024\n"
        "11    දෙහිවල-ගල්කිස්ස මහ නගර සභාව          බස්නාහිර පළාත        2025\n"
        "12    බස්නාහිර පළාත් සභාව                  බස්නාහිර පළාත        2025",
        "ප්‍රඥප්තියට අත්සන් තැබීමට කැමති පළාත් පාලන ආයතන කොළඹ පිහිටි ජාලයේ ලේකම් කාර්යාලය අමතන්න.",
        "Kandy/LK; Galle/LK; Jaffna/LK; Negombo/LK; Anuradhapura/LK; Ratnapura/LK; Badulla/LK; "
        "Batticaloa/LK; Nuwara Eliya/LK; Moratuwa/LK; Dehiwala-Mount Lavinia/LK; "
        "Western Provincial Council|Western Province|බස්නාහිර පළාත් සභාව/LK/province",
        note="a table aligned with spaces; the province column names provinces that did not "
        "sign, save the Western Provincial Council in the last row",
    ),
    Page(
        "km-r66b-news-krong-nig-khaet-preah-sihanouk",
        "km",
        "running_text;body_not_city;not_signatory;no_country",
        "ក្រុងចំនួនបី និងខេត្តមួយ ចូលជាសមាជិកបណ្តាញទីក្រុងបៃតង",
        (2025, 12, 3),
        "នៅថ្ងៃទី២ ខែធ្នូ ឆ្នាំ២០២៥ កិច្ចប្រជុំប្រចាំឆ្នាំរបស់បណ្តាញទីក្រុងបៃតង ដែលប្រព្រឹត្តទៅនៅ"
        "រាជធានីភ្នំពេញ បានអនុម័តទទួលសមាជិកថ្មី។",
        "សមាជិកថ្មីរួមមាន ក្រុងសៀមរាប ក្រុងកំពត ក្រុងកែប និងរដ្ឋបាលខេត្តព្រះសីហនុ "
        "ដែលនឹងចូលរួមក្នុងគម្រោងគ្រប់គ្រងសំណល់រឹង និងការដាំដើមឈើតាមដងផ្លូវ។",
        "លោក សុខ វិបុល ប្រធានបណ្តាញ បានថ្លែងថា ការចូលរួមរបស់សមាជិកថ្មីទាំងនេះ "
        "នឹងពង្រឹងកិច្ចសហការរវាងតំបន់ឆ្នេរ និងតំបន់ទេសចរណ៍។",
        "Siem Reap/KH; Kampot/KH; Kep/KH; Preah Sihanouk Province|ខេត្តព្រះសីហនុ/KH/province",
        note="the meeting's venue Phnom Penh did not join",
    ),
    Page(
        "ka-r66b-municipaliteti-mkhare-genitive-dash-lines",
        "ka",
        "bulleted;inflected;body_not_city;not_signatory;no_country",
        "ადგილობრივი თვითმმართველობების მემორანდუმი ენერგოეფექტურობის შესახებ",
        (2025, 10, 21),
        "თბილისში გამართულ ფორუმზე ადგილობრივმა და რეგიონულმა ხელისუფლებებმა ხელი მოაწერეს "
        "მემორანდუმს, რომლითაც ისინი საჯარო შენობების ენერგოეფექტურობის გაუმჯობესებას "
        "კისრულობენ.\n\n"
        "მემორანდუმს ხელი მოაწერეს:",
        "— ქუთაისის მუნიციპალიტეტის მერია\n"
        "— ბათუმის მუნიციპალიტეტის მერია\n"
        "— რუსთავის მუნიციპალიტეტის მერია\n"
        "— ზუგდიდის მუნიციპალიტეტის მერია\n"
        "— გორის მუნიციპალიტეტის მერია\n"
        "— თელავის მუნიციპალიტეტის მერია\n"
        "— ოზურგეთის მუნიციპალიტეტის მერია\n"
        "— აჭარის ავტონომიური რესპუბლიკის მთავრობა\n"
        "— იმერეთის მხარეში სახელმწიფო რწმუნებულის ადმინისტრაცია",
        "ფორუმის მასპინძელმა, თბილისის მერიამ, მემორანდუმის ხელმომწერებს ტექნიკური "
        "დახმარება შესთავაზა.",
        "Kutaisi/GE; Batumi/GE; Rustavi/GE; Zugdidi/GE; Gori/GE; Telavi/GE; Ozurgeti/GE; "
        "Adjara|Autonomous Republic of Adjara|აჭარის ავტონომიური რესპუბლიკა/GE/region; "
        "Imereti|Imereti Region|იმერეთის მხარე/GE/region",
        note="municipalities and two regions in the genitive; the host Tbilisi did not sign",
    ),
    Page(
        "hy-r66b-numbered-hamaynk-marz-pakagtsum-tavush-marzpetaran",
        "hy",
        "numbered;region_after;inflected;body_not_city;not_signatory;no_country",
        "Կանաչ համայնքների ցանցի նոր անդամները",
        (2025, 9, 12),
        "Երևանում կայացած Կանաչ համայնքների ցանցի տարեկան ժողովը միաձայն ընդունեց ցանցի նոր "
        "անդամներին։ Ստորև ներկայացնում ենք 2025 թվականին անդամակցած համայնքների ցանկը։",
        "1. Գյումրի համայնք (Շիրակի մարզ)\n"
        "2. Վանաձոր համայնք (Լոռու մարզ)\n"
        "3. Վաղարշապատ համայնք (Արմավիրի մարզ)\n"
        "4. Աբովյան համայնք (Կոտայքի մարզ)\n"
        "5. Հրազդան համայնք (Կոտայքի մարզ)\n"
        "6. Կապան համայնք (Սյունիքի մարզ)\n"
        "7. Գորիս համայնք (Սյունիքի մարզ)\n"
        "8. Դիլիջան համայնք (Տավուշի մարզ)\n"
        "9. Սևան համայնք (Գեղարքունիքի մարզ)\n"
        "10. Արտաշատ համայնք (Արարատի մարզ)\n"
        "11. Աշտարակ համայնք (Արագածոտնի մարզ)\n"
        "12. Տավուշի մարզպետարան",
        "Ժողովին մասնակցում էին նաև Երևանի քաղաքապետարանի ներկայացուցիչները, որոնք "
        "ներկայացրին մայրաքաղաքի կանաչապատման ծրագիրը։",
        "Gyumri/AM; Vanadzor/AM; Vagharshapat/AM; Abovyan/AM; Hrazdan/AM; Kapan/AM; Goris/AM; "
        "Dilijan/AM; Sevan/AM; Artashat/AM; Ashtarak/AM; "
        "Tavush Province|Tavush|Տավուշի մարզ/AM/province",
        note="marzes in the genitive after the communities; Ararat and Armavir marzes share "
        "their names with towns that did not join; the venue Yerevan is not a member",
    ),
    Page(
        "az-r66b-running-ve-genitive-rayon-icra-hakimiyyeti-samaxi-venue",
        "az",
        "running_text;inflected;body_not_city;not_signatory;no_country",
        "Regionlarda təmiz hava üçün birgə bəyannamə imzalanıb",
        (2025, 5, 28),
        'Şamaxıda keçirilən "Yaşıl regionlar" forumunda şəhər və rayon rəhbərləri atmosfer '
        "havasının keyfiyyətinin yaxşılaşdırılmasına dair birgə bəyannamə qəbul ediblər.",
        "Bəyannaməni Gəncə, Sumqayıt, Mingəçevir, Şirvan, Yevlax və Xaçmaz şəhər icra "
        "hakimiyyətlərinin başçıları imzalayıb. Sənədə həmçinin Şəkinin və Lənkəranın "
        "bələdiyyələri, Quba, Qəbələ və Zaqatala rayon icra hakimiyyətləri, eləcə də Naxçıvan "
        "Muxtar Respublikasının Ekologiya və Təbii Sərvətlər Nazirliyi qoşulub.",
        "Forumun ev sahibi olan Şamaxı rayon icra hakimiyyətinin başçısının müavini Elnur "
        "Həsənov bildirib ki, növbəti görüş payızda Bakıda keçiriləcək.",
        "Ganja/AZ; Sumgayit/AZ; Mingachevir/AZ; Şirvan/AZ; Yevlakh/AZ; Xaçmaz/AZ; Sheki/AZ; "
        "Lankaran/AZ; Quba District|Quba rayonu/AZ/county; "
        "Qabala District|Qəbələ rayonu/AZ/county; Zaqatala District|Zaqatala rayonu/AZ/county; "
        "Nakhchivan Autonomous Republic|Naxçıvan Muxtar Respublikası/AZ/region",
        note="Şəki and Lənkəran in the genitive; three district administrations and an "
        "autonomous republic's ministry; the host Şamaxı and the next venue Baku did not sign",
    ),
]

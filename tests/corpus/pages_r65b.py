"""Batch r65b: 14 held-out pages in languages of Asia, the Caucasus and East Africa.

Written without reading the reader or running it, as networks' staff publish statements and
member pages: Russian `Name, глава города X` lines in the genitive with an oblast's government
and a mayor named Владимир; Georgian running text of genitives with `და` beside a host;
an Armenian tab table with marz columns (Արմավիր, Արարատ named like towns); a Kazakh
directory of cards under oblys headings with an oblys akimat; a Japanese PDF copy of 41
signatories with page headers and numbers, a prefecture and a union of governments; Korean
news of joining with particles `와`, `가` and a province; Chinese signature blocks of
`X市人民政府` with a province's government and a venue; Thai news with `และ` glued on and a
provincial administrative organisation; an Indonesian table aligned with spaces of `Kota X`
and `Kabupaten X` with province columns; Malay bullets of `Majlis Bandaraya X` under state
headings; Tagalog `Para sa Lungsod ng X` signature blocks with a province and a mayor named
like towns; a Swahili numbered list with countries, counties and a district; Urdu running
text with `اور` and `کے` beside a host and a district council; a Tamil news item of three
corporations with `-உம்` and `மற்றும்`.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="ru-r65b-podpisi-glava-goroda-genitiv-oblast",
        language="ru",
        kinds="one_a_line;person_before;inflected;body_not_city;person_named_like_place;"
        "not_signatory;no_country",
        title="Обращение городов Урала и Сибири о чистом воздухе",
        date=(2026, 3, 12),
        before=(
            "Главы городов Урала и Сибири на встрече в Тюмени приняли совместное обращение "
            "о снижении выбросов от транспорта и котельных. Города обязуются до 2030 года "
            "перевести не менее половины муниципального автобусного парка на газ или "
            "электричество, публиковать данные постов мониторинга воздуха в открытом доступе "
            "и ежегодно отчитываться перед жителями.\n\n"
            "«Воздух не знает административных границ, поэтому мы договариваемся вместе», — "
            "сказал на встрече председатель правления сети Григорий Лаврентьев.\n\n"
            "Обращение подписали:"
        ),
        listing=(
            "Марина Алексеевна Глебова, глава города Екатеринбурга\n"
            "Олег Викторович Рябцев, мэр Новосибирска\n"
            "Ильдар Ринатович Сафиуллин, мэр Казани\n"
            "Павел Андреевич Кречетов, глава городского округа Самара\n"
            "Светлана Игоревна Лаптева, глава города Перми\n"
            "Тимур Рашидович Ахметзянов, глава городского округа город Уфа\n"
            "Наталья Сергеевна Воронцова, мэр города Томска\n"
            "Денис Олегович Шабалин, глава города Красноярска\n"
            "Ирина Павловна Мельникова, мэр Иркутска\n"
            "Константин Юрьевич Дробышев, мэр города Омска\n"
            "Владимир Андреевич Курганов, городской голова Калуги\n"
            "Андрей Николаевич Зимин, заместитель губернатора Свердловской области "
            "(от имени Правительства Свердловской области)"
        ),
        after=(
            "Обращение открыто для присоединения других муниципалитетов. Заявки принимает "
            "секретариат сети в Тюмени до 1 июня 2026 года."
        ),
        expected=(
            "Yekaterinburg/RU; Novosibirsk/RU; Kazan/RU; Samara/RU; Perm/RU; Ufa/RU; Tomsk/RU; "
            "Krasnoyarsk/RU; Irkutsk/RU; Omsk/RU; Kaluga/RU; "
            "Sverdlovsk Oblast|Свердловская область/RU/region"
        ),
        note="Tyumen is the venue and the secretariat's seat, not a signatory",
    ),
    Page(
        name="ka-r65b-running-da-genitive-meria-batumi-host",
        language="ka",
        kinds="running_text;inflected;not_signatory;no_country",
        title="საქართველოს ქალაქებმა ენერგოეფექტურობის დეკლარაციას მოაწერეს ხელი",
        date=(2025, 10, 3),
        before=(
            "ბათუმში გამართულ რეგიონულ ფორუმზე ქალაქების წარმომადგენლებმა განიხილეს "
            "საჯარო შენობების ენერგოეფექტურობის გაუმჯობესებისა და ქუჩის განათების "
            "მოდერნიზაციის გეგმები. ფორუმს ბათუმის მერია უმასპინძლებდა."
        ),
        listing=(
            "დეკლარაციას ხელი მოაწერეს ქუთაისის, რუსთავის, ზუგდიდის, გორის, ფოთის, "
            "ახალციხის, თელავისა და ოზურგეთის მერებმა. ხელმომწერები იღებენ ვალდებულებას, "
            "რომ 2030 წლამდე საჯარო შენობებში ენერგიის მოხმარებას 30 პროცენტით "
            "შეამცირებენ."
        ),
        after=(
            "„ეს დეკლარაცია მცირე და დიდ ქალაქებს ერთნაირ შესაძლებლობას აძლევს“, — "
            "განაცხადა ქსელის აღმასრულებელმა დირექტორმა ნინო ბერიძემ. დეკლარაციასთან "
            "მიერთება სხვა მუნიციპალიტეტებსაც შეუძლიათ."
        ),
        expected=(
            "Kutaisi/GE; Rustavi/GE; Zugdidi/GE; Gori/GE; Poti/GE; Akhaltsikhe/GE; Telavi/GE; "
            "Ozurgeti/GE"
        ),
        note="Batumi hosted the forum and did not sign",
    ),
    Page(
        name="hy-r65b-table-tabs-marz-population-year",
        language="hy",
        kinds="table_tabs;columns_after;region_after;region_like_country;no_country",
        title="Ցանցի անդամ համայնքները",
        date=(2026, 1, 20),
        before=(
            "Կանաչ համայնքների ցանցն այսօր միավորում է Հայաստանի 20 համայնք։ Ստորև "
            "ներկայացված են անդամ համայնքները, դրանց մարզը, բնակչությունը և ցանցին "
            "միանալու տարին։"
        ),
        listing=(
            "Համայնք\tՄարզ\tԲնակչություն\tԱնդամ է\n"
            "Գյումրի\tՇիրակ\t112 000\t2018\n"
            "Վանաձոր\tԼոռի\t76 000\t2018\n"
            "Ստեփանավան\tԼոռի\t12 000\t2021\n"
            "Սպիտակ\tԼոռի\t13 000\t2022\n"
            "Իջևան\tՏավուշ\t19 000\t2019\n"
            "Դիլիջան\tՏավուշ\t16 000\t2018\n"
            "Սևան\tԳեղարքունիք\t19 000\t2020\n"
            "Հրազդան\tԿոտայք\t40 000\t2019\n"
            "Աբովյան\tԿոտայք\t44 000\t2020\n"
            "Չարենցավան\tԿոտայք\t20 000\t2023\n"
            "Աշտարակ\tԱրագածոտն\t18 000\t2021\n"
            "Վաղարշապատ\tԱրմավիր\t46 000\t2019\n"
            "Արմավիր\tԱրմավիր\t29 000\t2022\n"
            "Արտաշատ\tԱրարատ\t20 000\t2020\n"
            "Մասիս\tԱրարատ\t20 000\t2024\n"
            "Եղեգնաձոր\tՎայոց ձոր\t7 000\t2021\n"
            "Ջերմուկ\tՎայոց ձոր\t4 000\t2019\n"
            "Սիսիան\tՍյունիք\t14 000\t2020\n"
            "Գորիս\tՍյունիք\t17 000\t2018\n"
            "Կապան\tՍյունիք\t33 000\t2023"
        ),
        after=(
            "Բնակչության տվյալները կլորացված են։ Ցանցին միանալու դիմումները կարելի է "
            "ուղարկել քարտուղարություն։"
        ),
        expected=(
            "Gyumri/AM; Vanadzor/AM; Stepanavan/AM; Spitak/AM; Ijevan/AM; Dilijan/AM; Sevan/AM; "
            "Hrazdan/AM; Abovyan/AM; Charentsavan/AM; Ashtarak/AM; Vagharshapat/AM; "
            "Armavir/AM; Artashat/AM; Masis/AM; Yeghegnadzor/AM; Jermuk/AM; Sisian/AM; "
            "Goris/AM; Kapan/AM"
        ),
        note="the marz column names Armavir (a town too) and Ararat (a town too)",
    ),
    Page(
        name="kk-r65b-oblys-headings-cards-akim-akimdik",
        language="kk",
        kinds="region_heading;one_a_line;person_after;columns_after;body_not_city;inflected",
        title="Желіге мүше қалалар",
        date=(2026, 2, 9),
        before=(
            "Жасыл қалалар желісіне Қазақстанның 20 қаласы мен бір облыс әкімдігі мүше. "
            "Мүшелер облыстар бойынша берілген."
        ),
        listing=(
            "Республикалық маңызы бар қалалар\n\n"
            "Шымкент қаласы\nӘкім: Бауыржан Тұрсынұлы Әлімов\nМүше болған жылы: 2019\n"
            "Толығырақ\n\n"
            "Ақмола облысы\n\n"
            "Көкшетау қаласы\nӘкім: Ерлан Сәкенұлы Жақыпов\nМүше болған жылы: 2020\n"
            "Толығырақ\n"
            "Степногорск қаласы\nӘкім: Айгүл Маратқызы Бекова\nМүше болған жылы: 2022\n"
            "Толығырақ\n\n"
            "Қарағанды облысы\n\n"
            "Қарағанды қаласы\nӘкім: Нұрлан Асқарұлы Қасымов\nМүше болған жылы: 2018\n"
            "Толығырақ\n"
            "Теміртау қаласы\nӘкім: Дәурен Болатұлы Омаров\nМүше болған жылы: 2019\n"
            "Толығырақ\n"
            "Балқаш қаласы\nӘкім: Сәуле Ерланқызы Жүсіпова\nМүше болған жылы: 2023\n"
            "Толығырақ\n\n"
            "Ұлытау облысы\n\n"
            "Жезқазған қаласы\nӘкім: Марат Әбілұлы Сыздықов\nМүше болған жылы: 2023\n"
            "Толығырақ\n\n"
            "Павлодар облысы\n\n"
            "Павлодар қаласы\nӘкім: Арман Серікұлы Төлеуов\nМүше болған жылы: 2018\n"
            "Толығырақ\n"
            "Екібастұз қаласы\nӘкім: Гүлнар Бейсенқызы Ахметова\nМүше болған жылы: 2021\n"
            "Толығырақ\n\n"
            "Шығыс Қазақстан облысы\n\n"
            "Өскемен қаласы\nӘкім: Ержан Қанатұлы Мұқанов\nМүше болған жылы: 2019\n"
            "Толығырақ\n"
            "Риддер қаласы\nӘкім: Виктор Петрович Зайцев\nМүше болған жылы: 2024\n"
            "Толығырақ\n\n"
            "Абай облысы\n\n"
            "Семей қаласы\nӘкім: Қайрат Нұрланұлы Исин\nМүше болған жылы: 2020\n"
            "Толығырақ\n\n"
            "Ақтөбе облысы\n\n"
            "Ақтөбе қаласы\nӘкім: Азамат Талғатұлы Жұмабаев\nМүше болған жылы: 2018\n"
            "Толығырақ\n\n"
            "Қостанай облысы\n\n"
            "Қостанай қаласы\nӘкім: Динара Серікқызы Әбенова\nМүше болған жылы: 2019\n"
            "Толығырақ\n"
            "Рудный қаласы\nӘкім: Сергей Иванович Гордеев\nМүше болған жылы: 2022\n"
            "Толығырақ\n"
            "Арқалық қаласы\nӘкім: Ғалым Жанатұлы Оспанов\nМүше болған жылы: 2024\n"
            "Толығырақ\n\n"
            "Солтүстік Қазақстан облысы\n\n"
            "Петропавл қаласы\nӘкім: Тимур Маратұлы Байжанов\nМүше болған жылы: 2021\n"
            "Толығырақ\n\n"
            "Маңғыстау облысы\n\n"
            "Маңғыстау облысының әкімдігі\nӘкім: Жанболат Ерікұлы Сатыбалдин\n"
            "Мүше болған жылы: 2022\nТолығырақ\n"
            "Ақтау қаласы\nӘкім: Әсел Бақытқызы Нұрғалиева\nМүше болған жылы: 2020\n"
            "Толығырақ\n"
            "Жаңаөзен қаласы\nӘкім: Бекзат Мұратұлы Есенов\nМүше болған жылы: 2023\n"
            "Толығырақ\n\n"
            "Түркістан облысы\n\n"
            "Түркістан қаласы\nӘкім: Нұржан Әлібекұлы Тоқтаров\nМүше болған жылы: 2021\n"
            "Толығырақ"
        ),
        after="Желіге қосылғыңыз келе ме? Өтінімді хатшылыққа жіберіңіз.",
        expected=(
            "Shymkent/KZ; Kokshetau/KZ; Stepnogorsk/KZ; Karagandy/KZ; Temirtau/KZ; "
            "Balqash/KZ; Zhezqazghan/KZ; Pavlodar/KZ; Ekibastuz/KZ; "
            "Ust-Kamenogorsk|Oskemen/KZ; Ridder/KZ; Semey/KZ; Aktobe/KZ; Kostanay/KZ; "
            "Rudnyy/KZ; Arkalyk/KZ; Petropavl/KZ; "
            "Mangystau Region|Маңғыстау облысы/KZ/region; Aktau/KZ; Zhanaozen/KZ; "
            "Turkistan/KZ"
        ),
        note="oblys headings (Pavlodar, Aktobe, Kostanay named like their cities) are not members; "
        "the Mangystau oblys akimat is",
    ),
    Page(
        name="ja-r65b-pdf-header-page-numbers-prefecture-kouiki-rengou",
        language="ja",
        kinds="numbered;region_before;person_after;body_not_city;not_signatory",
        title="ゼロカーボン都市ネットワーク共同宣言 賛同自治体一覧",
        date=(2026, 4, 1),
        before=(
            "本宣言は、2026年2月に東京都で開催されたゼロカーボン都市シンポジウムにおいて採"
            "択されたものです。賛同自治体の一覧（PDF）を以下に掲載します。\n\n"
            "賛同自治体一覧（令和8年3月31日現在）"
        ),
        listing=(
            "ゼロカーボン都市ネットワーク共同宣言　賛同自治体一覧\n"
            "番号 都道府県 自治体名 首長\n"
            "1 北海道 札幌市 市長 佐々木 真由美\n"
            "2 北海道 旭川市 市長 大野 修平\n"
            "3 北海道 函館市 市長 工藤 恵理\n"
            "4 青森県 青森市 市長 三上 浩之\n"
            "5 岩手県 盛岡市 市長 及川 智子\n"
            "6 宮城県 仙台市 市長 遠藤 雅人\n"
            "7 秋田県 秋田市 市長 佐藤 亜希子\n"
            "8 山形県 山形市 市長 結城 大輔\n"
            "9 福島県 郡山市 市長 渡部 隆\n"
            "10 茨城県 水戸市 市長 小沼 由紀\n"
            "11 栃木県 宇都宮市 市長 福田 健太郎\n"
            "12 群馬県 前橋市 市長 清水 直美\n"
            "13 埼玉県 さいたま市 市長 岡本 雄一\n"
            "14 埼玉県 川越市 市長 関根 美穂\n"
            "15 千葉県 千葉市 市長 石井 隆之\n"
            "16 神奈川県 横浜市 市長 村上 彩\n"
            "17 神奈川県 相模原市 市長 加藤 誠\n"
            "18 新潟県 新潟市 市長 本間 久美子\n"
            "19 富山県 富山市 市長 島田 昌弘\n"
            "20 石川県 金沢市 市長 北村 理恵\n"
            "－ 1 －\n"
            "ゼロカーボン都市ネットワーク共同宣言　賛同自治体一覧\n"
            "番号 都道府県 自治体名 首長\n"
            "21 長野県 長野県 知事 小松 晴彦\n"
            "22 長野県 松本市 市長 丸山 千尋\n"
            "23 岐阜県 岐阜市 市長 棚橋 和夫\n"
            "24 静岡県 浜松市 市長 鈴木 紗希\n"
            "25 愛知県 名古屋市 市長 水野 幸司\n"
            "26 愛知県 豊田市 市長 杉浦 真一\n"
            "27 滋賀県 大津市 市長 西川 奈緒\n"
            "28 京都府 京都市 市長 中村 圭介\n"
            "29 兵庫県 神戸市 市長 藤原 祥子\n"
            "30 兵庫県 姫路市 市長 三木 康弘\n"
            "31 奈良県 奈良市 市長 森田 絵美\n"
            "32 岡山県 岡山市 市長 難波 亮\n"
            "33 広島県 福山市 市長 藤井 美紀\n"
            "34 香川県 高松市 市長 大西 俊介\n"
            "35 愛媛県 松山市 市長 越智 香織\n"
            "36 福岡県 北九州市 市長 中島 拓也\n"
            "37 熊本県 熊本市 市長 坂本 由香\n"
            "38 大分県 大分市 市長 首藤 英明\n"
            "39 鹿児島県 鹿児島市 市長 有村 麻衣\n"
            "40 沖縄県 那覇市 市長 比嘉 健\n"
            "41 － 関西広域連合 広域連合長 山口 敏\n"
            "－ 2 －"
        ),
        after=(
            "※ 賛同の申込みは随時受け付けています。お問い合わせは事務局（東京都千代田区）まで"
            "お願いします。"
        ),
        expected=(
            "Sapporo/JP; Asahikawa/JP; Hakodate/JP; Aomori/JP; Morioka/JP; Sendai/JP; "
            "Akita/JP; Yamagata/JP; Kōriyama|Koriyama/JP; Mito/JP; Utsunomiya/JP; "
            "Maebashi/JP; Saitama/JP; Kawagoe/JP; Chiba/JP; Yokohama/JP; Sagamihara/JP; "
            "Niigata/JP; Toyama/JP; Kanazawa/JP; "
            "Nagano Prefecture|長野県/JP/province; Matsumoto/JP; Gifu/JP; Hamamatsu/JP; "
            "Nagoya/JP; Toyota/JP; Ōtsu|Otsu/JP; Kyoto/JP; Kobe/JP; Himeji/JP; Nara/JP; "
            "Okayama/JP; Fukuyama/JP; Takamatsu/JP; Matsuyama/JP; Kitakyushu/JP; "
            "Kumamoto/JP; Oita/JP; Kagoshima/JP; Naha/JP; "
            "Union of Kansai Governments|関西広域連合/JP/union of municipalities"
        ),
        note="Tokyo is the venue and the secretariat's address; prefectures before the cities "
        "are columns, except Nagano Prefecture (21), which signed itself",
    ),
    Page(
        name="ko-r65b-news-joining-wa-ga-jeju-province",
        language="ko",
        kinds="running_text;inflected;not_signatory;body_not_city",
        title="창원시·전주시 등 5개 지자체, 탄소중립도시 네트워크 신규 가입",
        date=(2025, 11, 18),
        before=(
            "탄소중립도시 네트워크는 지난 17일 서울시청 다목적홀에서 열린 정기총회에서 "
            "신규 회원 가입안을 의결했다고 18일 밝혔다."
        ),
        listing=(
            "이번 총회에서 창원시와 전주시, 김해시, 순천시 그리고 제주특별자치도가 새로 "
            "가입해 네트워크 회원 지자체는 모두 47곳으로 늘었다. 신규 회원들은 2030년까지 "
            "공공건물 온실가스 배출량을 40% 줄이는 공동 목표에 참여한다."
        ),
        after=(
            '네트워크 공동대표인 한지수 사무총장은 "지역 규모와 상관없이 함께 배우고 '
            '실천하는 것이 중요하다"고 말했다. 다음 총회는 내년 봄 강릉에서 열린다.'
        ),
        expected=(
            "Changwon/KR; Jeonju/KR; Kimhae|Gimhae/KR; Suncheon/KR; "
            "Jeju Province|제주특별자치도/KR/province"
        ),
        note="Seoul (the venue) and Gangneung (the next venue) are not members",
    ),
    Page(
        name="zh-r65b-signature-blocks-renmin-zhengfu-province-venue",
        language="zh",
        kinds="one_a_line;person_after;body_not_city;not_signatory;no_country",
        title="城市绿色低碳发展合作倡议书",
        date=(2025, 9, 26),
        before=(
            "2025年9月25日，城市绿色低碳发展合作论坛在浙江丽水举行。与会城市共同发布"
            "《城市绿色低碳发展合作倡议书》，承诺在建筑节能、公共交通电动化和生态修复等领域"
            "加强合作，定期交流经验。\n\n"
            "倡议单位（签字）："
        ),
        listing=(
            "成都市人民政府\n代表：市长 陈晓宁\n\n"
            "杭州市人民政府\n代表：副市长 周文博\n\n"
            "宁波市人民政府\n代表：市长 林佳慧\n\n"
            "厦门市人民政府\n代表：副市长 黄志强\n\n"
            "昆明市人民政府\n代表：市长 杨丽萍\n\n"
            "贵阳市人民政府\n代表：副市长 吴建国\n\n"
            "青岛市人民政府\n代表：市长 刘海涛\n\n"
            "武汉市人民政府\n代表：副市长 张晓燕\n\n"
            "长沙市人民政府\n代表：市长 彭志远\n\n"
            "合肥市人民政府\n代表：副市长 许静怡\n\n"
            "浙江省人民政府\n代表：副省长 沈国平"
        ),
        after=("论坛由丽水市人民政府承办。倡议书向全国城市开放，欢迎更多城市加入。"),
        expected=(
            "Chengdu/CN; Hangzhou/CN; Ningbo/CN; Xiamen/CN; Kunming/CN; Guiyang/CN; "
            "Qingdao/CN; Wuhan/CN; Changsha/CN; Hefei/CN; "
            "Zhejiang Province|浙江省/CN/province"
        ),
        note="Lishui hosted the forum (浙江丽水) and did not sign",
    ),
    Page(
        name="th-r65b-news-lae-glued-thesaban-nakhon-obj",
        language="th",
        kinds="running_text;inflected;not_signatory;body_not_city",
        title="สี่เทศบาลนครและ อบจ.พิษณุโลก ร่วมลงนามปฏิญญาเมืองสะอาด",
        date=(2026, 1, 28),
        before=(
            "เมื่อวันที่ 27 มกราคม 2569 ณ ศูนย์ประชุมจังหวัดนครราชสีมา "
            "เครือข่ายเมืองยั่งยืนจัดพิธีลงนามปฏิญญาเมืองสะอาดว่าด้วยการจัดการขยะและ"
            "น้ำเสียอย่างยั่งยืน"
        ),
        listing=(
            "โดยมีผู้บริหารจากเทศบาลนครเชียงใหม่ เทศบาลนครขอนแก่น เทศบาลนครอุดรธานี "
            "และเทศบาลนครหาดใหญ่ ร่วมกับองค์การบริหารส่วนจังหวัดพิษณุโลก ร่วมลงนาม "
            "ทั้งนี้ หน่วยงานที่ลงนามจะลดปริมาณขยะที่ส่งไปฝังกลบลงร้อยละ 30 ภายในปี 2573"
        ),
        after=(
            "นายกเทศมนตรีนครนครราชสีมาในฐานะเจ้าภาพกล่าวต้อนรับผู้เข้าร่วมพิธี "
            "และเชิญชวนท้องถิ่นอื่นเข้าร่วมปฏิญญาในปีหน้า"
        ),
        expected=(
            "Chiang Mai/TH; Khon Kaen/TH; Udon Thani/TH; Hat Yai/TH; "
            "Phitsanulok Province|องค์การบริหารส่วนจังหวัดพิษณุโลก/TH/province"
        ),
        note="Nakhon Ratchasima is the venue and host, not a signatory",
    ),
    Page(
        name="id-r65b-table-spaces-kota-kabupaten-provinsi-tahun",
        language="id",
        kinds="table_tabs;numbered;columns_after;region_after;region_like_country;"
        "body_not_city;no_country",
        title="Daftar Anggota Jaringan Kota Hijau Indonesia",
        date=(2026, 2, 2),
        before=(
            "Hingga Januari 2026, Jaringan Kota Hijau Indonesia beranggotakan 34 pemerintah "
            "daerah. Berikut daftar anggota beserta provinsi dan tahun bergabung."
        ),
        listing=(
            "No   Pemerintah Daerah          Provinsi               Tahun Bergabung\n"
            "1    Kota Surabaya              Jawa Timur             2017\n"
            "2    Kota Bandung               Jawa Barat             2017\n"
            "3    Kota Semarang              Jawa Tengah            2017\n"
            "4    Kota Yogyakarta            DI Yogyakarta          2018\n"
            "5    Kota Malang                Jawa Timur             2018\n"
            "6    Kota Makassar              Sulawesi Selatan       2018\n"
            "7    Kota Balikpapan            Kalimantan Timur       2018\n"
            "8    Kota Samarinda             Kalimantan Timur       2019\n"
            "9    Kota Pontianak             Kalimantan Barat       2019\n"
            "10   Kota Padang                Sumatera Barat         2019\n"
            "11   Kota Medan                 Sumatera Utara         2019\n"
            "12   Kota Palembang             Sumatera Selatan       2019\n"
            "13   Kota Denpasar              Bali                   2020\n"
            "14   Kota Manado                Sulawesi Utara         2020\n"
            "15   Kota Kupang                Nusa Tenggara Timur    2020\n"
            "16   Kota Ambon                 Maluku                 2020\n"
            "17   Kota Jayapura              Papua                  2020\n"
            "18   Kota Bogor                 Jawa Barat             2021\n"
            "19   Kota Banjarmasin           Kalimantan Selatan     2021\n"
            "20   Kota Pekanbaru             Riau                   2021\n"
            "21   Kota Mataram               Nusa Tenggara Barat    2021\n"
            "22   Kota Cimahi                Jawa Barat             2022\n"
            "23   Kota Magelang              Jawa Tengah            2022\n"
            "24   Kota Salatiga              Jawa Tengah            2022\n"
            "25   Kota Probolinggo           Jawa Timur             2022\n"
            "26   Kota Kendari               Sulawesi Tenggara      2023\n"
            "27   Kota Palu                  Sulawesi Tengah        2023\n"
            "28   Kota Gorontalo             Gorontalo              2023\n"
            "29   Kota Ternate               Maluku Utara           2023\n"
            "30   Kota Jambi                 Jambi                  2024\n"
            "31   Kota Bengkulu              Bengkulu               2024\n"
            "32   Kabupaten Banyuwangi       Jawa Timur             2024\n"
            "33   Kabupaten Bojonegoro       Jawa Timur             2025\n"
            "34   Kabupaten Siak             Riau                   2025"
        ),
        after=(
            "Pemerintah daerah yang ingin bergabung dapat menghubungi sekretariat jaringan "
            "di Jakarta."
        ),
        expected=(
            "Surabaya/ID; Bandung/ID; Semarang/ID; Yogyakarta/ID; Malang/ID; Makassar/ID; "
            "Balikpapan/ID; Samarinda/ID; Pontianak/ID; Padang/ID; Medan/ID; Palembang/ID; "
            "Denpasar/ID; Manado/ID; Kupang/ID; Ambon/ID; Jayapura/ID; Bogor/ID; "
            "Banjarmasin/ID; Pekanbaru/ID; Mataram/ID; Cimahi/ID; Magelang/ID; Salatiga/ID; "
            "Probolinggo/ID; Kendari/ID; Palu/ID; Gorontalo/ID; Ternate/ID; "
            "Jambi City|Jambi/ID; Bengkulu/ID; "
            "Kabupaten Banyuwangi|Banyuwangi Regency/ID/county; "
            "Kabupaten Bojonegoro|Bojonegoro Regency/ID/county; "
            "Kabupaten Siak|Siak Regency/ID/county"
        ),
        note="a table aligned with spaces; provinces named like their capitals (Gorontalo, "
        "Jambi, Bengkulu) are columns; Jakarta is the secretariat's seat",
    ),
    Page(
        name="ms-r65b-negeri-headings-bullets-majlis-bandaraya",
        language="ms",
        kinds="region_heading;bulleted;no_country;region_like_country",
        title="Senarai Pihak Berkuasa Tempatan Ahli",
        date=(2025, 12, 8),
        before=(
            "Rangkaian Bandar Hijau kini dianggotai oleh 17 pihak berkuasa tempatan dari "
            "seluruh Malaysia. Senarai ahli mengikut negeri adalah seperti berikut:"
        ),
        listing=(
            "Johor\n"
            "• Majlis Bandaraya Johor Bahru\n"
            "• Majlis Bandaraya Iskandar Puteri\n"
            "• Majlis Perbandaran Muar\n"
            "• Majlis Perbandaran Batu Pahat\n\n"
            "Melaka\n"
            "• Majlis Bandaraya Melaka Bersejarah\n\n"
            "Negeri Sembilan\n"
            "• Majlis Bandaraya Seremban\n\n"
            "Perak\n"
            "• Majlis Bandaraya Ipoh\n"
            "• Majlis Perbandaran Taiping\n\n"
            "Selangor\n"
            "• Majlis Bandaraya Shah Alam\n"
            "• Majlis Bandaraya Petaling Jaya\n"
            "• Majlis Perbandaran Kajang\n\n"
            "Pahang\n"
            "• Majlis Bandaraya Kuantan\n\n"
            "Terengganu\n"
            "• Majlis Bandaraya Kuala Terengganu\n\n"
            "Sarawak\n"
            "• Dewan Bandaraya Kuching Utara\n"
            "• Majlis Bandaraya Miri\n"
            "• Majlis Perbandaran Sibu\n\n"
            "Sabah\n"
            "• Dewan Bandaraya Kota Kinabalu"
        ),
        after=(
            "Pihak berkuasa tempatan yang berminat untuk menyertai rangkaian boleh "
            "menghubungi urus setia di Kuala Lumpur."
        ),
        expected=(
            "Johor Bahru/MY; Iskandar Puteri/MY; Muar/MY; Batu Pahat/MY; Malacca|Melaka/MY; "
            "Seremban/MY; Ipoh/MY; Taiping/MY; Shah Alam/MY; Petaling Jaya/MY; Kajang/MY; "
            "Kuantan/MY; Kuala Terengganu/MY; Kuching/MY; Miri/MY; Sibu/MY; Kota Kinabalu/MY"
        ),
        note="state headings (Melaka, Johor named like cities) are not members; Kuala Lumpur "
        "is the secretariat's seat",
    ),
    Page(
        name="tl-r65b-para-sa-lungsod-blocks-lalawigan-victoria",
        language="tl",
        kinds="person_after;body_not_city;person_named_like_place;not_signatory;no_country",
        title="Pinagsamang Pahayag ng mga Lungsod para sa Katatagan laban sa Baha",
        date=(2025, 8, 14),
        before=(
            "Kami, ang mga punong lokal na nagtipon sa Lungsod ng Legazpi, ay nangangakong "
            "palakasin ang mga sistema ng maagang babala, ilipat ang mga pamilyang nakatira "
            "sa mapanganib na lugar, at magtanim ng bakawan sa aming mga baybayin bago "
            "matapos ang 2030.\n\n"
            "Nilagdaan ngayong ika-13 ng Agosto 2025 sa Lungsod ng Legazpi."
        ),
        listing=(
            "Para sa Lungsod Quezon:\n\nHON. MARIBEL D. SANTOS\nPunong Lungsod\n\n"
            "Para sa Lungsod ng Pasig:\n\nHON. RAMON C. VILLANUEVA\nPunong Lungsod\n\n"
            "Para sa Lungsod ng Marikina:\n\nHON. VICTORIA L. SAN PEDRO\nPunong Lungsod\n\n"
            "Para sa Lungsod ng Iloilo:\n\nHON. JOSE MIGUEL T. ARANETA\nPunong Lungsod\n\n"
            "Para sa Lungsod ng Baguio:\n\nHON. GRACE P. BAUTISTA\nPangalawang Punong Lungsod"
            "\n(sa ngalan ng Punong Lungsod)\n\n"
            "Para sa Lungsod ng Naga:\n\nHON. ERNESTO M. DEL ROSARIO\nPunong Lungsod\n\n"
            "Para sa Lungsod ng Puerto Princesa:\n\nHON. LIZA R. MANALO\nPunong Lungsod\n\n"
            "Para sa Lungsod ng Dumaguete:\n\nHON. CARLO A. TEVES\nPunong Lungsod\n\n"
            "Para sa Lalawigan ng Bulacan:\n\nHON. ANTONIO S. DE GUZMAN\nGobernador"
        ),
        after=("Sinaksihan ni:\n\nATTY. ROWENA F. CRUZ\nPangulo, Liga ng mga Luntiang Lungsod"),
        expected=(
            "Quezon City/PH; Pasig City|Pasig/PH; Marikina City|Marikina/PH; Iloilo/PH; "
            "Baguio/PH; Naga/PH; Puerto Princesa/PH; Dumaguete/PH; "
            "Bulacan|Lalawigan ng Bulacan|Province of Bulacan/PH/province"
        ),
        note="Legazpi is the venue; the Marikina mayor is named Victoria San Pedro",
    ),
    Page(
        name="sw-r65b-numbered-manispaa-jiji-kaunti-nchi",
        language="sw",
        kinds="numbered;country_in_language;body_not_city;not_signatory",
        title="Azimio la Dodoma kuhusu Maji Safi Mijini: Orodha ya Waliotia Saini",
        date=(2026, 3, 22),
        before=(
            "Azimio la Dodoma lilipitishwa katika mkutano wa kikanda uliofanyika mjini "
            "Dodoma tarehe 20 Machi 2026. Miji na serikali za mitaa zilizotia saini "
            "zinaahidi kupunguza upotevu wa maji kwa asilimia 25 ifikapo mwaka 2030 na "
            "kuchapisha takwimu za huduma za maji kila mwaka.\n\n"
            "Waliotia saini:"
        ),
        listing=(
            "1. Manispaa ya Moshi, Tanzania\n"
            "2. Jiji la Arusha, Tanzania\n"
            "3. Jiji la Mwanza, Tanzania\n"
            "4. Manispaa ya Iringa, Tanzania\n"
            "5. Halmashauri ya Mji wa Njombe, Tanzania\n"
            "6. Manispaa ya Songea, Tanzania\n"
            "7. Kaunti ya Kisumu, Kenya\n"
            "8. Kaunti ya Nakuru, Kenya\n"
            "9. Jiji la Jinja, Uganda\n"
            "10. Jiji la Mbarara, Uganda\n"
            "11. Jiji la Gulu, Uganda\n"
            "12. Wilaya ya Musanze, Rwanda\n"
            "13. Jiji la Goma, Jamhuri ya Kidemokrasia ya Kongo"
        ),
        after=(
            "Sekretarieti ya mtandao iliyoko Dar es Salaam itaratibu utekelezaji wa azimio "
            "hili. Miji mingine inakaribishwa kujiunga."
        ),
        expected=(
            "Moshi/TZ; Arusha/TZ; Mwanza/TZ; Iringa/TZ; Njombe/TZ; Songea/TZ; "
            "Kisumu County|Kaunti ya Kisumu/KE/county; Nakuru County|Kaunti ya Nakuru/KE/county; "
            "Jinja/UG; Mbarara/UG; Gulu/UG; Musanze District|Wilaya ya Musanze/RW/county; "
            "Goma/CD"
        ),
        note="Dodoma is the venue and Dar es Salaam the secretariat's seat; two Kenyan counties "
        "and a Rwandan district are bodies, not cities",
    ),
    Page(
        name="ur-r65b-running-aur-ke-karachi-host-zila-council",
        language="ur",
        kinds="running_text;inflected;not_signatory;body_not_city;no_country",
        title="شہری صفائی کے اعلامیے پر آٹھ شہروں کے میئرز کے دستخط",
        date=(2025, 12, 15),
        before=(
            "کراچی میں منعقدہ سالانہ اجلاس میں سرسبز شہروں کے نیٹ ورک نے شہری صفائی اور "
            "کچرے کی ری سائیکلنگ سے متعلق ایک مشترکہ اعلامیہ منظور کیا۔ اجلاس کی میزبانی "
            "کراچی میٹروپولیٹن کارپوریشن نے کی۔"
        ),
        listing=(
            "اس اعلامیے پر لاہور، فیصل آباد، ملتان، سیالکوٹ، گوجرانوالہ، راولپنڈی، پشاور "
            "اور کوئٹہ کے میئرز نے دستخط کیے۔ بعد ازاں ضلع کونسل ایبٹ آباد نے بھی اعلامیے "
            "کی توثیق کر دی۔"
        ),
        after=(
            "نیٹ ورک کی سیکرٹری جنرل صائمہ رشید نے کہا کہ دستخط کرنے والے شہر 2030 تک "
            "کچرے کی ری سائیکلنگ کی شرح دگنی کرنے کا ہدف رکھتے ہیں۔"
        ),
        expected=(
            "Lahore/PK; Faisalabad/PK; Multan/PK; Sialkot/PK; Gujranwala/PK; Rawalpindi/PK; "
            "Peshawar/PK; Quetta/PK; Abbottabad District|ضلع ایبٹ آباد/PK/county"
        ),
        note="Karachi hosted the meeting and did not sign",
    ),
    Page(
        name="ta-r65b-few-maanagaraatchi-um-chennai-venue",
        language="ta",
        kinds="running_text;few;inflected;not_signatory;no_country",
        title="மூன்று மாநகராட்சிகள் நீர் பாதுகாப்பு உறுதிமொழியில் கையெழுத்து",
        date=(2026, 2, 24),
        before=(
            "சென்னையில் நேற்று நடைபெற்ற பசுமை நகரங்கள் வலையமைப்பின் மாநில மாநாட்டில் "
            "நீர்நிலைகளைப் பாதுகாப்பதற்கான உறுதிமொழி வெளியிடப்பட்டது."
        ),
        listing=(
            "கோயம்புத்தூர் மாநகராட்சியும் மதுரை மாநகராட்சியும் திருநெல்வேலி மாநகராட்சியும் "
            "இந்த உறுதிமொழியில் கையெழுத்திட்டன. மூன்று மாநகராட்சிகளும் 2028-க்குள் "
            "நகர ஏரிகளைத் தூர்வாரி, மழைநீர் சேகரிப்பை இரட்டிப்பாக்க உறுதியளித்துள்ளன."
        ),
        after=(
            '"சிறிய நகரங்களும் விரைவில் இணையும் என நம்புகிறோம்" என்று வலையமைப்பின் '
            "ஒருங்கிணைப்பாளர் கலைச்செல்வி ராமநாதன் தெரிவித்தார்."
        ),
        expected="Coimbatore/IN; Madurai/IN; Tirunelveli/IN",
        note="Chennai is the venue, not a signatory",
    ),
]

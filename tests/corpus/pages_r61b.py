"""Batch r61b: 14 held-out pages from city networks around the world, one language each
(Argentine Spanish, European Portuguese, Belgian French, Swiss German, Norwegian, Finnish,
Greek, Hungarian, Serbian Cyrillic, Russian, Levantine Arabic, Japanese, Korean, Indonesian),
in eight shapes, none more than twice: `Nombre, Intendenta de X (Provincia)` signatory lines
with a mayor named Mercedes Olavarría and Serbian `Град X – градоначелник` lines with
genitives `Града Крагујевца`; Portuguese `Pela Câmara Municipal de X` and Korean
`수원시 (경기도)` signature blocks with the Área Metropolitana do Porto and Gyeonggi-do;
French running text with `et` and the Province de Liège, Finnish running text of genitives
`Tampereen, Oulun, Lahden, Kuopion ja Jyväskylän`; a Swiss tab table with canton codes and
a Russian directory of cards with `Республика Татарстан`; Norwegian `fylke` headings with
Vestland fylkeskommune, Japanese prefecture headings over 66 cities; a Greek PDF copy with
page headers, hyphenation and the Περιφέρεια Κρήτης; Hungarian entries between `·` on a
line; Arabic and Indonesian news of cities joining beside a host, a venue and a quoted
person who did not sign, with a Lebanese union of municipalities and Provinsi Jawa Tengah.
Written without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "es-r61b-firmantes-intendenta-provincia-mercedes",
        "es",
        "one_a_line;person_before;person_named_like_place;region_after;no_country",
        "Compromiso de Ciudades por el Agua Segura: firmantes",
        (2025, 3, 22),
        "En el Día Mundial del Agua, los intendentes y las intendentas de la Red Argentina de "
        "Municipios por el Agua Segura firmaron el Compromiso, que fija metas de reducción de "
        "pérdidas en las redes y de acceso al agua potable para los barrios populares antes de "
        "2030. El acto se realizó en forma virtual.\n\nFirmantes:",
        "Mercedes Olavarría, Intendenta de Rafaela (Santa Fe)\n"
        "Julián Ferreyra, Intendente de Río Cuarto (Córdoba)\n"
        "Lucía Benítez, Intendenta de Mar del Plata – General Pueyrredon (Buenos Aires)\n"
        "Tomás Aguirre Salta, Intendente de Neuquén (Neuquén)\n"
        "Valeria Quiroga, Intendenta de Bahía Blanca (Buenos Aires)\n"
        "Martín Sosa, Intendente de San Miguel de Tucumán (Tucumán)\n"
        "Rocío Gauna, Intendenta de Ushuaia (Tierra del Fuego)\n"
        "Diego Carrizo, Intendente de Mendoza (Mendoza)",
        "La coordinación técnica del Compromiso está a cargo de la secretaría de la Red. Los "
        "municipios que deseen adherir pueden escribir a la secretaría.",
        "Rafaela/AR; Río Cuarto/AR; Mar del Plata/AR; Neuquén/AR; Bahía Blanca/AR; "
        "San Miguel de Tucumán/AR; Ushuaia/AR; Mendoza/AR",
    ),
    Page(
        "pt-r61b-assinaturas-camara-municipal-area-metropolitana",
        "pt",
        "one_a_line;person_after;person_named_like_place;body_not_city",
        "Carta das Cidades pela Mobilidade Ativa – assinaturas",
        (2024, 9, 20),
        "Reunidos na Semana Europeia da Mobilidade, os municípios da Rede Portuguesa de "
        "Cidades Cicláveis assumem o compromisso de duplicar a rede de ciclovias até 2030 e de "
        "criar zonas de coexistência junto de todas as escolas básicas.\n\n"
        "Assinado em 20 de setembro de 2024.",
        "Pela Câmara Municipal de Braga\n"
        "João Leiria\n"
        "Presidente da Câmara Municipal\n\n"
        "Pela Câmara Municipal de Guimarães\n"
        "Ana Sofia Matos\n"
        "Vereadora da Mobilidade, em representação do Presidente\n\n"
        "Pela Câmara Municipal de Viana do Castelo\n"
        "Rui Carvalho\n"
        "Presidente da Câmara Municipal\n\n"
        "Pela Câmara Municipal de Matosinhos\n"
        "Inês Braga Pires\n"
        "Presidente da Câmara Municipal\n\n"
        "Pela Área Metropolitana do Porto\n"
        "Carlos Évora Nunes\n"
        "Presidente do Conselho Metropolitano\n\n"
        "Pela Câmara Municipal de Coimbra\n"
        "Marta Fontes\n"
        "Presidente da Câmara Municipal\n\n"
        "Pela Câmara Municipal de Setúbal\n"
        "Paulo Sequeira\n"
        "Vice-Presidente da Câmara Municipal",
        "A Carta continua aberta à adesão de outros municípios e entidades intermunicipais.",
        "Braga/PT; Guimarães/PT; Viana do Castelo/PT; Matosinhos/PT; "
        "Área Metropolitana do Porto|Porto Metropolitan Area/PT/metropolitan area; "
        "Coimbra/PT; Setúbal/PT",
    ),
    Page(
        "fr-r61b-texte-villes-et-province-de-liege",
        "fr",
        "running_text;body_not_city;not_signatory;no_country",
        "Déclaration wallonne pour des cantines durables",
        (2024, 11, 14),
        "Réunis à Namur, au Palais des Congrès, à l'invitation du Réseau wallon des Villes "
        "nourricières, les élus locaux ont adopté une déclaration commune pour une "
        "alimentation locale et de saison dans les écoles communales.",
        "La déclaration a été signée par les villes de Liège, Charleroi, Mons, Tournai, "
        "Verviers, Seraing, La Louvière, Arlon et Wavre, ainsi que par la Province de Liège, "
        "qui coordonne l'achat groupé des cantines de ses écoles provinciales.",
        "« Nous voulons que chaque enfant mange un repas préparé avec des produits d'ici », a "
        "déclaré Hélène Dumont, échevine de l'Enseignement de la Ville de Namur, qui accueillait "
        "la rencontre. Les communes bruxelloises d'Ixelles et de Schaerbeek ont assisté aux "
        "travaux en tant qu'observatrices.",
        "Liège/BE; Charleroi/BE; Mons/BE; Tournai/BE; Verviers/BE; Seraing/BE; La Louvière/BE; "
        "Arlon/BE; Wavre/BE; Province de Liège|Liège Province/BE/province",
    ),
    Page(
        "de-r61b-tabelle-kanton-kuerzel-einwohner",
        "de",
        "table_tabs;state_codes;columns_after;no_country",
        "Mitgliedgemeinden des Netzwerks Klimaneutrale Schweizer Städte",
        (2025, 1, 15),
        "Die folgenden Städte und Gemeinden sind Mitglied des Netzwerks (Stand: Januar 2025). "
        "Die Tabelle nennt den Kanton, die Einwohnerzahl und das Beitrittsjahr.",
        "Gemeinde\tKanton\tEinwohner\tMitglied seit\n"
        "Stadt Zürich\tZH\t427 000\t2019\n"
        "Winterthur\tZH\t117 000\t2019\n"
        "Uster\tZH\t35 800\t2022\n"
        "Stadt Bern\tBE\t134 000\t2019\n"
        "Köniz\tBE\t42 800\t2021\n"
        "Biel/Bienne\tBE\t55 900\t2020\n"
        "Thun\tBE\t44 000\t2023\n"
        "Basel\tBS\t173 000\t2019\n"
        "Luzern\tLU\t82 900\t2020\n"
        "St. Gallen\tSG\t76 200\t2020\n"
        "Chur\tGR\t37 700\t2021\n"
        "Aarau\tAG\t22 100\t2022\n"
        "Baden\tAG\t19 900\t2022\n"
        "Zug\tZG\t31 000\t2021\n"
        "Schaffhausen\tSH\t37 000\t2023\n"
        "Frauenfeld\tTG\t26 300\t2024\n"
        "Solothurn\tSO\t16 900\t2024\n"
        "Olten\tSO\t18 700\t2024",
        "Die Geschäftsstelle des Netzwerks befindet sich in Bern. Neue Mitglieder werden "
        "jeweils an der Generalversammlung im Juni aufgenommen.",
        "Zürich/CH; Winterthur/CH; Uster/CH; Bern/CH; Köniz/CH; Biel|Bienne/CH; Thun/CH; "
        "Basel/CH; Luzern/CH; St. Gallen|Sankt Gallen/CH; Chur/CH; Aarau/CH; Baden/CH; "
        "Zug/CH; Schaffhausen/CH; Frauenfeld/CH; Solothurn/CH; Olten/CH",
    ),
    Page(
        "no-r61b-fylke-overskrifter-kommune-fylkeskommune",
        "no",
        "one_a_line;region_heading;body_not_city;person_after;person_named_like_place",
        "Medlemmer i Nettverket for grønne havnebyer",
        (2024, 5, 6),
        "Nettverket samler kommuner og fylkeskommuner som arbeider for utslippsfrie havner og "
        "landstrøm til skip. Her er medlemmene, ordnet etter fylke, med kontaktperson.",
        "Rogaland\n"
        "Stavanger kommune – kontakt: Ingrid Molde\n"
        "Sandnes kommune – kontakt: Per Aasen\n"
        "Haugesund kommune – kontakt: Silje Haugland\n\n"
        "Vestland\n"
        "Bergen kommune – kontakt: Knut Steinkjer\n"
        "Vestland fylkeskommune – kontakt: Marte Rød\n\n"
        "Møre og Romsdal\n"
        "Ålesund kommune – kontakt: Eirik Vik\n"
        "Molde kommune – kontakt: Hanne Bjørdal\n\n"
        "Trøndelag\n"
        "Trondheim kommune – kontakt: Ola Narvik\n\n"
        "Nordland\n"
        "Bodø kommune – kontakt: Tone Hansen\n"
        "Narvik kommune – kontakt: Jørgen Strand\n\n"
        "Troms\n"
        "Tromsø kommune – kontakt: Anniken Berg\n\n"
        "Agder\n"
        "Kristiansand kommune – kontakt: Lars Hamar\n"
        "Arendal kommune – kontakt: Mona Eide",
        "Sekretariatet ligger i Stavanger. Ta kontakt dersom din kommune vil bli medlem.",
        "Stavanger/NO; Sandnes/NO; Haugesund/NO; Bergen/NO; "
        "Vestland fylkeskommune|Vestland/NO/county; Ålesund/NO; Molde/NO; Trondheim/NO; "
        "Bodø/NO; Narvik/NO; Tromsø/NO; Kristiansand/NO; Arendal/NO",
    ),
    Page(
        "fi-r61b-teksti-genetiivit-ja-turku-isanta",
        "fi",
        "running_text;inflected;not_signatory;no_country",
        "Kuusi kaupunkia allekirjoitti kiertotalouden sitoumuksen",
        (2024, 10, 3),
        "Kiertotalouden kaupunkiverkoston syyskokous pidettiin torstaina Turussa, Logomon "
        "konferenssikeskuksessa. Kokouksessa hyväksyttiin sitoumus, jonka mukaan jäsenkaupungit "
        "puolittavat yhdyskuntajätteen määrän vuoteen 2035 mennessä.",
        "Sitoumuksen allekirjoittivat Tampereen, Oulun, Lahden, Kuopion ja Jyväskylän "
        "kaupunginjohtajat sekä Porvoon kaupungin ympäristöjohtaja.",
        "– Pienemmätkin kaupungit voivat näyttää suuntaa, sanoi verkoston puheenjohtaja Aino "
        "Kotka kokouksen avauksessa. Turun kaupunki isännöi kokousta, mutta se on allekirjoittanut "
        "vastaavan sitoumuksen jo aiemmin.",
        "Tampere/FI; Oulu/FI; Lahti/FI; Kuopio/FI; Jyväskylä/FI; Porvoo/FI",
    ),
    Page(
        "el-r61b-pdf-kefalides-selidon-dimos-perifereia",
        "el",
        "numbered;broken_lines;inflected;body_not_city;no_country",
        "Διακήρυξη των Δήμων για τη Λειψυδρία",
        (2024, 7, 1),
        "Οι δήμοι και οι περιφέρειες του Ελληνικού Δικτύου Πόλεων για το Νερό δεσμεύονται να "
        "μειώσουν τις απώλειες στα δίκτυα ύδρευσης και να επαναχρησιμοποιούν τα επεξεργασμένα "
        "λύματα.\n\nΥπογράφοντες φορείς:",
        "1. Δήμος Θεσσαλονίκης\n"
        "2. Δήμος Λαρισαίων\n"
        "3. Δήμος Πατρέων\n"
        "4. Δήμος Ηρακλείου\n"
        "5. Περιφέρεια Κρήτης\n"
        "6. Δήμος Χανίων\n"
        "7. Δήμος Ιωαννιτών\n"
        "Διακήρυξη για τη Λειψυδρία — Σελίδα 3 από 4\n"
        "Ελληνικό Δίκτυο Πόλεων για το Νερό\n"
        "8. Δήμος Καλαμά-\n"
        "τας\n"
        "9. Δήμος Βόλου\n"
        "10. Δήμος Τρικκαίων\n"
        "11. Δήμος Καβάλας\n"
        "12. Δήμος Σερρών\n"
        "13. Δήμος Κομοτη-\n"
        "νής\n"
        "14. Δήμος Ρεθύμνης\n"
        "Διακήρυξη για τη Λειψυδρία — Σελίδα 4 από 4\n"
        "Ελληνικό Δίκτυο Πόλεων για το Νερό\n"
        "15. Δήμος Χαλκιδέων\n"
        "16. Δήμος Λαμιέων\n"
        "17. Δήμος Κοζάνης",
        "Η Διακήρυξη παραμένει ανοιχτή για υπογραφή από κάθε δήμο της χώρας.",
        "Thessaloníki|Thessaloniki/GR; Lárisa|Larisa/GR; Pátra|Patra/GR; Irákleion/GR; "
        "Περιφέρεια Κρήτης|Region of Crete|Crete/GR/region; Chaniá|Chania/GR; "
        "Ioánnina|Ioannina/GR; Kalamata/GR; Volos/GR; Tríkala|Trikala/GR; Kavála|Kavala/GR; "
        "Sérres|Serres/GR; Komotiní|Komotini/GR; Rethymno/GR; Chalkída|Chalkida/GR; "
        "Lamía|Lamia/GR; Kozáni|Kozani/GR",
    ),
    Page(
        "hu-r61b-tobb-egy-sorban-pontok",
        "hu",
        "several_a_line;no_country",
        "Az Energiatudatos Városok Szövetségének tagjai",
        (2025, 2, 10),
        "A Szövetséghez eddig huszonkét magyar város csatlakozott. A tagvárosok vállalják, hogy "
        "2030-ig felújítják közintézményeik felét, és napelemeket telepítenek az iskolák "
        "tetejére.\n\nTagvárosaink:",
        "Debrecen · Szeged · Pécs · Győr · Miskolc · Nyíregyháza\n"
        "Kecskemét · Székesfehérvár · Szombathely · Szolnok · Tatabánya\n"
        "Kaposvár · Érd · Veszprém · Békéscsaba · Zalaegerszeg · Sopron\n"
        "Eger · Nagykanizsa · Hódmezővásárhely · Gödöllő · Szentendre",
        "Csatlakozni a titkárságon keresztül lehet; a következő közgyűlést ősszel tartjuk.",
        "Debrecen/HU; Szeged/HU; Pécs/HU; Győr/HU; Miskolc/HU; Nyíregyháza/HU; Kecskemét/HU; "
        "Székesfehérvár/HU; Szombathely/HU; Szolnok/HU; Tatabánya/HU; Kaposvár/HU; Érd/HU; "
        "Veszprém/HU; Békéscsaba/HU; Zalaegerszeg/HU; Sopron/HU; Eger/HU; Nagykanizsa/HU; "
        "Hódmezővásárhely/HU; Gödöllő/HU; Szentendre/HU",
    ),
    Page(
        "sr-r61b-potpisnici-grad-gradonacelnik-genitiv",
        "sr",
        "one_a_line;person_before;person_after;inflected;no_country",
        "Повеља градова о безбедном саобраћају: потписници",
        (2024, 4, 18),
        "Повељу о безбедном саобраћају у школским зонама потписали су представници градова "
        "чланица Мреже градова за безбедне улице, на састанку одржаном у Београду.\n\n"
        "Потписници:",
        "Град Нови Сад – градоначелница Јелена Марковић\n"
        "Град Ниш – градоначелник Милош Петровић\n"
        "Заменик градоначелника Града Крагујевца – Немања Илић\n"
        "Град Суботица – градоначелник Стефан Ковач\n"
        "Град Чачак – градоначелница Ана Јовановић\n"
        "Градоначелник Града Краљева – Душан Лазић\n"
        "Град Зрењанин – градоначелник Никола Тодоровић\n"
        "Град Панчево – градоначелница Марија Стојановић\n"
        "Град Ваљево – градоначелник Марко Ристић",
        "Секретаријат Мреже налази се у Београду, који није потписник Повеље.",
        "Novi Sad/RS; Niš/RS; Kragujevac/RS; Subotica/RS; Čačak/RS; Kraljevo/RS; "
        "Zrenjanin/RS; Pančevo/RS; Valjevo/RS",
    ),
    Page(
        "ru-r61b-katalog-kartochki-region-podrobnee",
        "ru",
        "one_a_line;region_after;columns_after;no_country",
        "Города-участники Ассоциации «Умный город»",
        (2024, 12, 2),
        "В Ассоциацию входят города, которые внедряют цифровые сервисы для жителей. Нажмите на "
        "карточку, чтобы узнать о проектах города.",
        "Казань\nРеспублика Татарстан\nУчастник с 2018 года\nПодробнее\n\n"
        "Екатеринбург\nСвердловская область\nУчастник с 2018 года\nПодробнее\n\n"
        "Новосибирск\nНовосибирская область\nУчастник с 2019 года\nПодробнее\n\n"
        "Самара\nСамарская область\nУчастник с 2019 года\nПодробнее\n\n"
        "Пермь\nПермский край\nУчастник с 2020 года\nПодробнее\n\n"
        "Тюмень\nТюменская область\nУчастник с 2020 года\nПодробнее\n\n"
        "Красноярск\nКрасноярский край\nУчастник с 2021 года\nПодробнее\n\n"
        "Иркутск\nИркутская область\nУчастник с 2021 года\nПодробнее\n\n"
        "Владивосток\nПриморский край\nУчастник с 2022 года\nПодробнее\n\n"
        "Калининград\nКалининградская область\nУчастник с 2022 года\nПодробнее\n\n"
        "Томск\nТомская область\nУчастник с 2023 года\nПодробнее\n\n"
        "Уфа\nРеспублика Башкортостан\nУчастник с 2023 года\nПодробнее",
        "Показано 12 из 12 городов.",
        "Kazan/RU; Yekaterinburg/RU; Novosibirsk/RU; Samara/RU; Perm/RU; Tyumen/RU; "
        "Krasnoyarsk/RU; Irkutsk/RU; Vladivostok/RU; Kaliningrad/RU; Tomsk/RU; Ufa/RU",
    ),
    Page(
        "ar-r61b-akhbar-indimam-baladiyat-ittihad-amman",
        "ar",
        "running_text;not_signatory;body_not_city;country_in_language",
        "انضمام ست بلديات جديدة إلى شبكة المدن العربية للطاقة النظيفة",
        (2024, 6, 12),
        "استضافت أمانة عمان الكبرى في فندق لاندمارك في عمّان الاجتماع السنوي لشبكة المدن "
        "العربية للطاقة النظيفة، بحضور ممثلين عن أكثر من عشرين بلدية من لبنان والأردن.",
        "وأعلنت الشبكة خلال الاجتماع انضمام بلديات صيدا وجبيل وزحلة في لبنان، واتحاد بلديات "
        "الفيحاء، إضافة إلى بلديتي إربد الكبرى ومادبا في الأردن.",
        "وقالت منسقة الشبكة، السيدة ريم الخطيب: «نرحب بالأعضاء الجدد، ونأمل أن نرى قريبًا "
        "مشاريع مشتركة للطاقة الشمسية في المدارس والمباني البلدية». وستعقد الشبكة اجتماعها "
        "المقبل في العقبة في ربيع العام القادم.",
        "Sidon|Saida/LB; Byblos|Jbeil/LB; Zahlé/LB; "
        "Union of Al-Fayhaa Municipalities|اتحاد بلديات الفيحاء|Al-Fayhaa/LB/"
        "union of municipalities; Irbid/JO; Madaba|Mādabā/JO",
    ),
    Page(
        "ja-r61b-todofuken-midashi-shi-66",
        "ja",
        "one_a_line;region_heading;no_country",
        "「ゼロカーボン都市ネットワーク」参加自治体一覧",
        (2025, 4, 1),
        "2025年4月1日現在、全国66の市が本ネットワークに参加しています。都道府県別に掲載して"
        "います。",
        "北海道\n札幌市\n旭川市\n函館市\n\n"
        "青森県\n青森市\n\n"
        "岩手県\n盛岡市\n\n"
        "宮城県\n仙台市\n\n"
        "秋田県\n秋田市\n\n"
        "山形県\n山形市\n\n"
        "福島県\n福島市\n郡山市\nいわき市\n\n"
        "茨城県\n水戸市\n\n"
        "栃木県\n宇都宮市\n\n"
        "群馬県\n前橋市\n高崎市\n\n"
        "埼玉県\nさいたま市\n川越市\n越谷市\n所沢市\n\n"
        "千葉県\n千葉市\n柏市\n松戸市\n\n"
        "神奈川県\n横浜市\n川崎市\n相模原市\n藤沢市\n横須賀市\n\n"
        "新潟県\n新潟市\n長岡市\n\n"
        "富山県\n富山市\n\n"
        "石川県\n金沢市\n\n"
        "長野県\n長野市\n\n"
        "岐阜県\n岐阜市\n\n"
        "静岡県\n静岡市\n浜松市\n\n"
        "愛知県\n名古屋市\n豊田市\n岡崎市\n豊橋市\n\n"
        "三重県\n四日市市\n\n"
        "滋賀県\n大津市\n\n"
        "京都府\n京都市\n\n"
        "大阪府\n堺市\n豊中市\n吹田市\n\n"
        "兵庫県\n神戸市\n姫路市\n明石市\n\n"
        "和歌山県\n和歌山市\n\n"
        "岡山県\n岡山市\n倉敷市\n\n"
        "広島県\n広島市\n福山市\n\n"
        "山口県\n下関市\n\n"
        "香川県\n高松市\n\n"
        "愛媛県\n松山市\n\n"
        "高知県\n高知市\n\n"
        "福岡県\n福岡市\n北九州市\n久留米市\n\n"
        "長崎県\n長崎市\n\n"
        "熊本県\n熊本市\n\n"
        "大分県\n大分市\n\n"
        "宮崎県\n宮崎市\n\n"
        "鹿児島県\n鹿児島市\n\n"
        "沖縄県\n那覇市",
        "参加を希望される自治体は、事務局（東京都千代田区）までお問い合わせください。",
        "Sapporo/JP; Asahikawa/JP; Hakodate/JP; Aomori/JP; Morioka/JP; Sendai/JP; Akita/JP; "
        "Yamagata/JP; Fukushima/JP; Kōriyama|Koriyama/JP; Iwaki/JP; Mito/JP; Utsunomiya/JP; "
        "Maebashi/JP; Takasaki/JP; Saitama/JP; Kawagoe/JP; Koshigaya/JP; Tokorozawa/JP; "
        "Chiba/JP; Kashiwa/JP; Matsudo/JP; Yokohama/JP; Kawasaki/JP; Sagamihara/JP; "
        "Fujisawa/JP; Yokosuka/JP; Niigata/JP; Nagaoka/JP; Toyama/JP; Kanazawa/JP; "
        "Nagano/JP; Gifu/JP; Shizuoka/JP; Hamamatsu/JP; Nagoya/JP; Toyota/JP; Okazaki/JP; "
        "Toyohashi/JP; Yokkaichi/JP; Ōtsu|Otsu/JP; Kyoto/JP; Sakai/JP; Toyonaka/JP; "
        "Suita/JP; Kobe/JP; Himeji/JP; Akashi/JP; Wakayama/JP; Okayama/JP; Kurashiki/JP; "
        "Hiroshima/JP; Fukuyama/JP; Shimonoseki/JP; Takamatsu/JP; Matsuyama/JP; Kochi/JP; "
        "Fukuoka/JP; Kitakyushu/JP; Kurume/JP; Nagasaki/JP; Kumamoto/JP; Ōita|Oita/JP; "
        "Miyazaki/JP; Kagoshima/JP; Naha/JP",
    ),
    Page(
        "ko-r61b-seomyeong-beulog-si-do-gyeonggido",
        "ko",
        "one_a_line;region_after;person_after;body_not_city;no_country",
        "탄소중립 도시 협약 서명",
        (2024, 11, 28),
        "우리 지방정부들은 2040년까지 공공건물의 온실가스 배출을 절반으로 줄이고, 시민과 함께 "
        "기후위기에 대응할 것을 약속한다.\n\n2024년 11월 28일",
        "수원시 (경기도)\n시장 김도윤 (서명)\n\n"
        "경기도\n도지사 박서연 (서명)\n\n"
        "청주시 (충청북도)\n시장 이준혁 (서명)\n\n"
        "전주시 (전북특별자치도)\n시장 최하은 (서명)\n\n"
        "김해시 (경상남도)\n시장 정우진 (서명)\n\n"
        "춘천시 (강원특별자치도)\n시장 한지민 (서명)\n\n"
        "원주시 (강원특별자치도)\n부시장 오세영 (시장 권한대행) (서명)\n\n"
        "포항시 (경상북도)\n시장 윤태호 (서명)",
        "협약 사무국: 탄소중립 지방정부 협의회",
        "Suwon/KR; Gyeonggi-do|Gyeonggi Province|경기도/KR/province; Cheongju|Cheongju-si/KR; "
        "Jeonju/KR; Gimhae|Kimhae/KR; Chuncheon/KR; Wonju|Wŏnju/KR; Pohang/KR",
    ),
    Page(
        "id-r61b-berita-bergabung-kota-provinsi-surabaya-tuan-rumah",
        "id",
        "running_text;region_after;body_not_city;not_signatory;no_country",
        "Tujuh Pemerintah Daerah Bergabung dengan Jaringan Kota Tangguh Bencana",
        (2024, 8, 21),
        "Pemerintah Kota Surabaya menjadi tuan rumah Pertemuan Tahunan Jaringan Kota Tangguh "
        "Bencana di Gedung Balai Pemuda, Surabaya, Rabu (21/8). Pertemuan dihadiri oleh wakil "
        "dari 30 pemerintah daerah.",
        "Dalam pertemuan tersebut, jaringan menyambut tujuh anggota baru, yaitu Kota Semarang "
        "(Jawa Tengah), Kota Makassar (Sulawesi Selatan), Kota Balikpapan (Kalimantan Timur), "
        "Kota Malang (Jawa Timur), Kota Denpasar (Bali), Kota Manado (Sulawesi Utara), dan "
        "Pemerintah Provinsi Jawa Tengah.",
        '"Kami senang semakin banyak daerah bergabung. Pengalaman kota-kota pesisir sangat '
        'penting bagi kita semua," kata Koordinator Jaringan, Dewi Lestari Kusuma. Pertemuan '
        "berikutnya akan diadakan di Padang pada tahun 2025.",
        "Semarang/ID; Makassar/ID; Balikpapan/ID; Malang/ID; Denpasar/ID; Manado/ID; "
        "Provinsi Jawa Tengah|Jawa Tengah|Central Java/ID/province",
    ),
]

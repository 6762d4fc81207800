"""Batch r68a: 14 pages written during round 68 (branch wr68a), held out from it, one each in
languages the corpus has few pages of, for 14 invented networks, 7 joint statements and 7
member pages: Hindi signature blocks of name, title and `X नगर निगम` beside a host city and a
secretariat; an Urdu members directory under province headings with `میونسپل کارپوریشن X`
and the seat of the secretariat; a Persian joint statement's tab table of `شهرداری X` with a
province and a mayor column in Persian digits beside a venue; Tamil member cards one field a
line over India and Sri Lanka; a Swahili declaration in running text with `na`, `Halmashauri
ya Jiji la X`, a county and a host; Malaysian news of new members beside the host council and
the secretariat's seat; a Filipino PDF copy of a members list with page headers and names
broken by hyphens; a Macedonian statement's numbered `Општина X` lines with mayors and a host
city; an Uzbek (Latin) statement's bulleted `X shahar hokimligi` with a venue; a Kazakh
directory of `X қаласының әкімдігі` under oblys headings; Armenian member cards of
communities with marz and year lines; Georgian running text of genitives with `და` and a
venue in the locative; Thai news of new members glued with `และ` beside a host, with a
provincial administrative organisation; Vietnamese signature blocks of two columns flattened
with spaces beside a host. The networks, statements and people are invented, the places real;
written without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "hi-r68a-signature-blocks-naam-padnaam-nagar-nigam-nagpur-host",
        "hi",
        "one_a_line;person_before;not_signatory;no_country",
        "स्वच्छ वायु हेतु नगर निगमों का संयुक्त घोषणा-पत्र",
        (2025, 11, 3),
        "स्वच्छ वायु शहरी मंच के तीसरे राष्ट्रीय सम्मेलन में, जो 1 और 2 नवंबर 2025 को नागपुर "
        "नगर निगम की मेज़बानी में सुरेश भट सभागृह, नागपुर में आयोजित हुआ, सदस्य नगर निगमों ने "
        "निम्नलिखित संयुक्त घोषणा-पत्र पर हस्ताक्षर किए।\n\n"
        "हम, नीचे हस्ताक्षर करने वाले नगर निगम, यह संकल्प लेते हैं कि:\n"
        "1. वर्ष 2030 तक अपने शहरों में पीएम 2.5 के वार्षिक औसत स्तर में 40 प्रतिशत की कमी "
        "लाएँगे;\n"
        "2. सड़कों की धूल और कचरा जलाने पर नियंत्रण के लिए वार्ड स्तर पर निगरानी दल बनाएँगे;\n"
        "3. सार्वजनिक परिवहन और पैदल यात्रियों के लिए बजट का कम से कम 20 प्रतिशत निर्धारित "
        "करेंगे;\n"
        "4. वायु गुणवत्ता के आँकड़े हर दिन नागरिकों के लिए सार्वजनिक करेंगे।\n\n"
        "हस्ताक्षरकर्ता",
        "श्रीमती अनुराधा शर्मा\nमहापौर\nइंदौर नगर निगम\n\n"
        "श्री विवेक चौरसिया\nमहापौर\nभोपाल नगर निगम\n\n"
        "श्रीमती कल्पना त्रिपाठी\nमहापौर\nलखनऊ नगर निगम\n\n"
        "श्री मनोज गहलोत\nआयुक्त\nनगर निगम जयपुर ग्रेटर\n\n"
        "श्रीमती रेखा सिन्हा\nमहापौर\nपटना नगर निगम\n\n"
        "श्री अमित साहू\nमहापौर\nरायपुर नगर निगम\n\n"
        "श्री प्रदीप मिश्र\nमहापौर\nवाराणसी नगर निगम\n\n"
        "श्रीमती नेहा रावत\nनगर आयुक्त\nनगर निगम देहरादून",
        "घोषणा-पत्र की प्रति मंच के सचिवालय, नई दिल्ली, द्वारा केंद्रीय पर्यावरण मंत्रालय को "
        "भेजी गई है। मेज़बान नगर निगम नागपुर ने अगला सम्मेलन गुवाहाटी में आयोजित करने का "
        "प्रस्ताव रखा।",
        "Indore/IN; Bhopal/IN; Lucknow/IN; Jaipur/IN; Patna/IN; Raipur/IN; Varanasi/IN; "
        "Dehradun/IN",
        note="the host Nagpur, the secretariat's New Delhi and next year's Guwahati did not sign",
    ),
    Page(
        "ur-r68a-directory-suba-headings-municipal-corporation-islamabad-seat",
        "ur",
        "one_a_line;region_heading;columns_after;not_signatory;no_country",
        "رکن بلدیاتی ادارے",
        (2025, 8, 19),
        "پاکستان شہری آب و ہوا اتحاد ان بلدیاتی اداروں کا نیٹ ورک ہے جو شہروں میں سیلاب، "
        "گرمی کی لہروں اور پانی کی قلت سے نمٹنے کے لیے مل کر کام کرتے ہیں۔ اتحاد کے رکن "
        "ادارے صوبوں کے لحاظ سے درج ذیل ہیں۔",
        "پنجاب\n"
        "میٹروپولیٹن کارپوریشن لاہور — رکن از 2019\n"
        "میونسپل کارپوریشن فیصل آباد — رکن از 2019\n"
        "میونسپل کارپوریشن ملتان — رکن از 2020\n"
        "میونسپل کارپوریشن گوجرانوالہ — رکن از 2021\n"
        "میونسپل کارپوریشن سیالکوٹ — رکن از 2022\n"
        "میونسپل کارپوریشن بہاولپور — رکن از 2023\n\n"
        "سندھ\n"
        "بلدیہ عظمیٰ کراچی — رکن از 2019\n"
        "میونسپل کارپوریشن حیدرآباد — رکن از 2020\n"
        "میونسپل کارپوریشن سکھر — رکن از 2022\n"
        "میونسپل کارپوریشن لاڑکانہ — رکن از 2024\n\n"
        "خیبر پختونخوا\n"
        "کیپیٹل میٹروپولیٹن گورنمنٹ پشاور — رکن از 2020\n"
        "تحصیل میونسپل ایڈمنسٹریشن ایبٹ آباد — رکن از 2021\n"
        "تحصیل میونسپل ایڈمنسٹریشن مردان — رکن از 2023\n\n"
        "بلوچستان\n"
        "میٹروپولیٹن کارپوریشن کوئٹہ — رکن از 2021\n"
        "گوادر ڈویلپمنٹ اتھارٹی (مبصر)",
        "اتحاد کا سیکرٹریٹ اسلام آباد میں ہے۔ رکنیت کے لیے درخواست سیکرٹریٹ کو ای میل کے "
        "ذریعے بھیجی جا سکتی ہے۔\n\n"
        "مزید پڑھیں: سالانہ رپورٹ 2024",
        "Lahore/PK; Faisalabad/PK; Multan/PK; Gujranwala/PK; Sialkot/PK; Bahawalpur/PK; "
        "Karachi/PK; Hyderabad/PK; Sukkur/PK; Larkana/PK; Peshawar/PK; Abbottabad/PK; "
        "Mardan/PK; Quetta/PK",
        note="the Gwadar Development Authority is an observer, not a member body of the city; "
        "the secretariat's seat Islamabad is not a member",
    ),
    Page(
        "fa-r68a-tab-table-shahrdari-ostan-shahrdar-kish-venue",
        "fa",
        "table_tabs;columns_after;region_after;person_after;not_signatory;no_country",
        "بیانیه مشترک شهرداری‌ها درباره سازگاری با کم‌آبی",
        (2025, 10, 28),
        "در پایان هفتمین همایش شبکه شهرهای تاب‌آور در برابر کم‌آبی که به میزبانی سازمان "
        "منطقه آزاد کیش در جزیره کیش برگزار شد، شهرداران شهرهای عضو بیانیه‌ای مشترک را امضا "
        "کردند. در این بیانیه آمده است:\n\n"
        "«ما شهرداران امضاکننده متعهد می‌شویم که تا سال ۱۴۱۰ مصرف آب در فضای سبز شهری را "
        "۳۰ درصد کاهش دهیم، پساب تصفیه‌شده را برای آبیاری به کار ببریم و گزارش سالانه مصرف "
        "آب را منتشر کنیم.»\n\n"
        "فهرست امضاکنندگان:",
        "ردیف\tشهرداری\tاستان\tشهردار\n"
        "۱\tشهرداری تبریز\tآذربایجان شرقی\tحمید رضایی\n"
        "۲\tشهرداری اصفهان\tاصفهان\tمهدی کاظمی\n"
        "۳\tشهرداری شیراز\tفارس\tعلیرضا نوروزی\n"
        "۴\tشهرداری مشهد\tخراسان رضوی\tمحسن یزدانی\n"
        "۵\tشهرداری کرمان\tکرمان\tسعید افشار\n"
        "۶\tشهرداری یزد\tیزد\tزهرا میرجلیلی\n"
        "۷\tشهرداری رشت\tگیلان\tپیمان قربانی\n"
        "۸\tشهرداری ارومیه\tآذربایجان غربی\tناصر قاسمی\n"
        "۹\tشهرداری همدان\tهمدان\tفرهاد صالحی\n"
        "۱۰\tشهرداری کرمانشاه\tکرمانشاه\tامید کریمی\n"
        "۱۱\tشهرداری اهواز\tخوزستان\tرضا موسوی\n"
        "۱۲\tشهرداری قزوین\tقزوین\tمریم طاهری",
        "دبیرخانه شبکه در تهران مستقر است و همایش بعدی سال آینده در ساری برگزار خواهد شد.",
        "Tabriz/IR; Isfahan/IR; Shiraz/IR; Mashhad/IR; Kerman/IR; Yazd/IR; Rasht/IR; Urmia/IR; "
        "Hamadan/IR; Kermanshah/IR; Ahvaz/IR; Qazvin/IR",
        note="the venue Kish, the secretariat's Tehran and next year's Sari did not sign; the "
        "province column repeats the city's name for Isfahan, Kerman, Yazd, Hamadan, "
        "Kermanshah and Qazvin",
    ),
    Page(
        "ta-r68a-cards-field-a-line-managaratchi-maanagara-sabai-india-lanka",
        "ta",
        "one_a_line;columns_after;country_in_language;region_after",
        "உறுப்பினர் நகரங்கள்",
        (2025, 7, 14),
        "தென்னாசியக் கடலோர நகரங்கள் கூட்டமைப்பு வெப்ப அலை, வெள்ளம், கடல்மட்ட உயர்வு "
        "ஆகியவற்றை எதிர்கொள்ள இணைந்து செயல்படும் உள்ளாட்சி அமைப்புகளின் வலையமைப்பு ஆகும். "
        "எங்கள் உறுப்பினர்கள்:",
        "பெருநகர சென்னை மாநகராட்சி\n"
        "நாடு: இந்தியா\n"
        "மாநிலம்: தமிழ்நாடு\n"
        "இணைந்த ஆண்டு: 2018\n"
        "மேலும் அறிய\n\n"
        "மதுரை மாநகராட்சி\n"
        "நாடு: இந்தியா\n"
        "மாநிலம்: தமிழ்நாடு\n"
        "இணைந்த ஆண்டு: 2019\n"
        "மேலும் அறிய\n\n"
        "கோயம்புத்தூர் மாநகராட்சி\n"
        "நாடு: இந்தியா\n"
        "மாநிலம்: தமிழ்நாடு\n"
        "இணைந்த ஆண்டு: 2019\n"
        "மேலும் அறிய\n\n"
        "திருச்சிராப்பள்ளி மாநகராட்சி\n"
        "நாடு: இந்தியா\n"
        "மாநிலம்: தமிழ்நாடு\n"
        "இணைந்த ஆண்டு: 2021\n"
        "மேலும் அறிய\n\n"
        "திருநெல்வேலி மாநகராட்சி\n"
        "நாடு: இந்தியா\n"
        "மாநிலம்: தமிழ்நாடு\n"
        "இணைந்த ஆண்டு: 2022\n"
        "மேலும் அறிய\n\n"
        "யாழ்ப்பாணம் மாநகர சபை\n"
        "நாடு: இலங்கை\n"
        "மாகாணம்: வட மாகாணம்\n"
        "இணைந்த ஆண்டு: 2020\n"
        "மேலும் அறிய\n\n"
        "மட்டக்களப்பு மாநகர சபை\n"
        "நாடு: இலங்கை\n"
        "மாகாணம்: கிழக்கு மாகாணம்\n"
        "இணைந்த ஆண்டு: 2022\n"
        "மேலும் அறிய\n\n"
        "திருகோணமலை நகர சபை\n"
        "நாடு: இலங்கை\n"
        "மாகாணம்: கிழக்கு மாகாணம்\n"
        "இணைந்த ஆண்டு: 2024\n"
        "மேலும் அறிய",
        "உறுப்பினராக இணைய விரும்பும் உள்ளாட்சி அமைப்புகள் கொழும்பில் உள்ள எங்கள் செயலகத்தைத் தொடர்பு கொள்ளலாம்.",
        "Chennai/IN; Madurai/IN; Coimbatore/IN; Tiruchirappalli/IN; Tirunelveli/IN; Jaffna/LK; "
        "Batticaloa/LK; Trincomalee/LK",
        note="the secretariat in Colombo is not a member",
    ),
    Page(
        "sw-r68a-running-na-halmashauri-jiji-kaunti-dodoma-host",
        "sw",
        "running_text;person_before;body_not_city;not_signatory",
        "Azimio la Dodoma kuhusu Usimamizi wa Taka Mijini",
        (2025, 9, 26),
        "Viongozi wa miji ya Afrika Mashariki wamekutana jijini Dodoma tarehe 24 na 25 Septemba "
        "2025 katika kongamano la tatu la Mtandao wa Miji Safi ya Afrika Mashariki, "
        "lililoandaliwa na Halmashauri ya Jiji la Dodoma. Mwishoni mwa kongamano, viongozi "
        "walitia saini Azimio la Dodoma kuhusu usimamizi wa taka mijini.",
        "Azimio hilo limetiwa saini na Meya wa Halmashauri ya Jiji la Dar es Salaam, Mstahiki "
        "Meya wa Jiji la Arusha, Meya wa Jiji la Mwanza, Meya wa Manispaa ya Moshi na Meya wa "
        "Manispaa ya Iringa kwa upande wa Tanzania, pamoja na Meneja wa Jiji la Kisumu, "
        "Meneja wa Jiji la Nakuru, Meneja wa Jiji la Eldoret na Gavana wa Kaunti ya Kilifi "
        "kwa upande wa Kenya.",
        "Katika azimio hilo, miji imeahidi kupunguza kwa nusu kiasi cha taka kinachopelekwa "
        "kwenye madampo ifikapo mwaka 2030, kuanzisha vituo vya kuchambua taka katika kila kata "
        "na kushirikiana na vikundi vya vijana vinavyokusanya taka. Mwenyekiti wa mtandao, "
        "ambaye ofisi yake iko Kampala, amesema kongamano lijalo litafanyika Mombasa.",
        "Dar es Salaam/TZ; Arusha/TZ; Mwanza/TZ; Moshi/TZ; Iringa/TZ; Kisumu/KE; Nakuru/KE; "
        "Eldoret/KE; Kilifi County|Kaunti ya Kilifi/KE/county",
        note="the host Dodoma, the chair's office in Kampala and next year's Mombasa did not sign",
    ),
    Page(
        "ms-r68a-news-ahli-baharu-majlis-bandaraya-perbandaran-melaka-host",
        "ms",
        "running_text;not_signatory;no_country;teasers",
        "Tujuh pihak berkuasa tempatan sertai Rangkaian Bandar Rendah Karbon Malaysia",
        (2025, 10, 9),
        "MELAKA, 8 Okt – Rangkaian Bandar Rendah Karbon Malaysia hari ini menerima tujuh ahli "
        "baharu pada Mesyuarat Agung Tahunan yang dihoskan oleh Majlis Bandaraya Melaka "
        "Bersejarah (MBMB) di Dewan Seri Negeri, Ayer Keroh.",
        "Ahli baharu tersebut ialah Majlis Bandaraya Ipoh, Majlis Bandaraya Alor Setar, Majlis "
        "Perbandaran Kuantan, Majlis Bandaraya Seremban, Majlis Perbandaran Kluang, Majlis "
        "Bandaraya Kuala Terengganu dan Dewan Bandaraya Kota Kinabalu. Dengan penyertaan ini, "
        "rangkaian kini mempunyai 26 ahli di seluruh negara.",
        "Datuk Bandar Melaka, Datuk Hasnah binti Omar, berkata MBMB berbangga menjadi tuan rumah "
        "dan menyeru lebih banyak majlis di Sabah dan Sarawak untuk menyertai rangkaian itu. "
        "Sekretariat rangkaian yang beribu pejabat di Putrajaya akan mengadakan bengkel "
        "inventori karbon untuk ahli baharu pada bulan Disember.\n\n"
        "Baca juga: Majlis Bandaraya Miri lancar pelan tindakan iklim",
        "Ipoh/MY; Alor Setar/MY; Kuantan/MY; Seremban/MY; Kluang/MY; Kuala Terengganu/MY; "
        "Kota Kinabalu/MY",
        note="the host Melaka (and the venue Ayer Keroh), the secretariat's Putrajaya and Miri "
        "in the teaser did not join",
    ),
    Page(
        "tl-r68a-pdf-talaan-kasapi-page-headers-hyphenated-lungsod-ng",
        "tl",
        "numbered;broken_lines;region_after;no_country",
        "Talaan ng mga Kasaping Lungsod 2025",
        (2025, 6, 2),
        "Narito ang talaan ng mga kasaping lungsod ng Samahan ng mga Lungsod para sa Malinis na "
        "Hangin, ayon sa ulat na inaprubahan ng Lupon noong Mayo 2025 (PDF, 2 pahina).",
        "Samahan ng mga Lungsod para sa Malinis na Hangin\n"
        "Talaan ng mga Kasapi – 2025                                    Pahina 1 ng 2\n"
        "\n"
        "1.  Pamahalaang Lungsod ng Quezon (Kalakhang Maynila)\n"
        "2.  Pamahalaang Lungsod ng Marikina (Kalakhang Maynila)\n"
        "3.  Pamahalaang Lungsod ng Pasig (Kalakhang Maynila)\n"
        "4.  Pamahalaang Lungsod ng Baguio (Benguet)\n"
        "5.  Pamahalaang Lungsod ng San Fernando (Pam-\n"
        "    panga)\n"
        "6.  Pamahalaang Lungsod ng Naga (Camarines\n"
        "    Sur)\n"
        "7.  Pamahalaang Lungsod ng Legazpi (Albay)\n"
        "8.  Pamahalaang Lungsod ng Iloilo (Iloilo)\n"
        "\n"
        "Samahan ng mga Lungsod para sa Malinis na Hangin\n"
        "Talaan ng mga Kasapi – 2025                                    Pahina 2 ng 2\n"
        "\n"
        "9.  Pamahalaang Lungsod ng Bacolod (Negros Occi-\n"
        "    dental)\n"
        "10. Pamahalaang Lungsod ng Cebu (Cebu)\n"
        "11. Pamahalaang Lungsod ng Tacloban (Leyte)\n"
        "12. Pamahalaang Lungsod ng Puerto Prin-\n"
        "    cesa (Palawan)\n"
        "13. Pamahalaang Lungsod ng Cagayan de Oro\n"
        "    (Misamis Oriental)\n"
        "14. Pamahalaang Lungsod ng Davao (Davao del Sur)\n"
        "15. Pamahalaang Lungsod ng General Santos (South\n"
        "    Cotabato)\n"
        "\n"
        "Kalihiman: Lungsod ng Makati",
        "Para sa mga katanungan tungkol sa pagiging kasapi, makipag-ugnayan sa kalihiman ng "
        "Samahan.",
        "Quezon City/PH; Marikina/PH; Pasig/PH; Baguio/PH; San Fernando/PH; Naga/PH; "
        "Legazpi/PH; Iloilo/PH; Bacolod/PH; Cebu City|Cebu/PH; Tacloban/PH; Puerto Princesa/PH; "
        "Cagayan de Oro/PH; Davao/PH; General Santos/PH",
        note="the secretariat's Makati is not a member; Pampanga, Negros Occidental and Puerto "
        "Princesa are broken by hyphens at the PDF's line ends; the provinces in brackets are "
        "where the city lies, not members",
    ),
    Page(
        "mk-r68a-numbered-opstina-gradonacalnik-skopje-host",
        "mk",
        "numbered;person_after;not_signatory;no_country",
        "Заедничка изјава на општините за енергетска ефикасност во училиштата",
        (2025, 5, 21),
        "На годишната средба на Мрежата на општини за чиста енергија, одржана на 20 мај 2025 "
        "година во Скопје, во организација на Град Скопје, градоначалниците на општините членки "
        "ја потпишаа следната заедничка изјава.\n\n"
        "Општините потписнички се обврзуваат до 2030 година да ги реконструираат сите основни "
        "училишта во своја надлежност, да воведат мерење на потрошувачката на енергија во "
        "реално време и да ги објавуваат податоците на своите веб-страници.\n\n"
        "Потписници:",
        "1. Општина Битола – Марија Стојановска, градоначалничка\n"
        "2. Општина Куманово – Горан Јованов, градоначалник\n"
        "3. Општина Охрид – Александар Талевски, градоначалник\n"
        "4. Општина Прилеп – Елена Ристевска, градоначалничка\n"
        "5. Општина Штип – Игор Давитков, градоначалник\n"
        "6. Општина Велес – Никола Трајков, градоначалник\n"
        "7. Општина Струмица – Ивана Костова, градоначалничка\n"
        "8. Општина Кавадарци – Зоран Пецев, градоначалник\n"
        "9. Општина Гостивар – Арбен Рамадани, градоначалник\n"
        "10. Општина Кочани – Дејан Митевски, градоначалник",
        "Изјавата ја поддржа и Заедницата на единиците на локалната самоуправа (ЗЕЛС). "
        "Следната средба ќе се одржи во Струга.",
        "Bitola/MK; Kumanovo/MK; Ohrid/MK; Prilep/MK; Štip|Shtip/MK; Veles/MK; Strumica/MK; "
        "Kavadarci/MK; Gostivar/MK; Kočani|Kochani/MK",
        note="the host City of Skopje, ZELS (a supporter) and next meeting's Struga did not sign",
    ),
    Page(
        "uz-r68a-bulleted-shahar-hokimligi-toshkent-venue",
        "uz",
        "bulleted;not_signatory;no_country",
        "Shaharlarning yashil transport bo‘yicha qo‘shma bayonoti",
        (2025, 4, 17),
        "2025-yil 16-aprel kuni Toshkent shahrida bo‘lib o‘tgan «Yashil shaharlar» tarmog‘ining "
        "forumida O‘zbekiston shaharlari hokimliklari yashil transportni rivojlantirish "
        "bo‘yicha qo‘shma bayonotni imzoladi.\n\n"
        "Bayonotni imzolagan tashkilotlar shahar jamoat transportini 2030-yilgacha to‘liq "
        "elektr avtobuslarga o‘tkazish, velosiped yo‘laklarini kengaytirish va piyodalar "
        "uchun qulay ko‘chalar yaratish majburiyatini oldi.\n\n"
        "Bayonotni imzolaganlar:",
        "• Samarqand shahar hokimligi\n"
        "• Buxoro shahar hokimligi\n"
        "• Namangan shahar hokimligi\n"
        "• Andijon shahar hokimligi\n"
        "• Farg‘ona shahar hokimligi\n"
        "• Qarshi shahar hokimligi\n"
        "• Nukus shahar hokimligi\n"
        "• Urganch shahar hokimligi\n"
        "• Termiz shahar hokimligi\n"
        "• Jizzax shahar hokimligi",
        "Forum Toshkent shahar hokimligi ko‘magida o‘tkazildi. Tarmoqning navbatdagi yig‘ilishi "
        "kuzda Navoiy shahrida bo‘lib o‘tadi.",
        "Samarkand|Samarqand/UZ; Bukhara|Buxoro/UZ; Namangan/UZ; Andijan|Andijon/UZ; "
        "Fergana|Farg‘ona/UZ; Qarshi/UZ; Nukus/UZ; Urgench|Urganch/UZ; Termez|Termiz/UZ; "
        "Jizzakh|Jizzax/UZ",
        note="the venue Tashkent (whose hokimiyat supported the forum) and next meeting's Navoiy "
        "did not sign",
    ),
    Page(
        "kk-r68a-directory-oblys-headings-kalasynyn-akimdigi-astana-seat",
        "kk",
        "one_a_line;region_heading;inflected;not_signatory;no_country;teasers",
        "Желі мүшелері",
        (2025, 9, 1),
        "«Таза қалалар» желісі – қалалық ауа сапасын жақсартуға және жылу желілерін жаңғыртуға "
        "бағытталған әкімдіктер бірлестігі. Төменде желі мүшелері облыстар бойынша берілген.",
        "Республикалық маңызы бар қалалар\n"
        "Алматы қаласының әкімдігі\n"
        "Шымкент қаласының әкімдігі\n\n"
        "Қарағанды облысы\n"
        "Қарағанды қаласының әкімдігі\n"
        "Теміртау қаласының әкімдігі\n\n"
        "Павлодар облысы\n"
        "Павлодар қаласының әкімдігі\n"
        "Екібастұз қаласының әкімдігі\n\n"
        "Шығыс Қазақстан облысы\n"
        "Өскемен қаласының әкімдігі\n\n"
        "Ақтөбе облысы\n"
        "Ақтөбе қаласының әкімдігі\n\n"
        "Маңғыстау облысы\n"
        "Ақтау қаласының әкімдігі\n\n"
        "Түркістан облысы\n"
        "Түркістан қаласының әкімдігі\n"
        "Кентау қаласының әкімдігі",
        "Желінің хатшылығы Астана қаласында орналасқан. Мүше болғысы келетін әкімдіктер "
        "хатшылыққа өтінім жібере алады.\n\n"
        "Жаңалықтар: Қостанай қаласында ауа сапасы бойынша семинар өтті",
        "Almaty/KZ; Shymkent/KZ; Karaganda|Qaraghandy/KZ; Temirtau/KZ; Pavlodar/KZ; "
        "Ekibastuz/KZ; Oskemen|Ust-Kamenogorsk/KZ; Aktobe/KZ; Aktau/KZ; Turkestan/KZ; Kentau/KZ",
        note="the headings Karaganda, Pavlodar, Aktobe and Turkestan oblys are regions, not "
        "members; the secretariat's Astana and Kostanay in the news teaser are not members",
    ),
    Page(
        "hy-r68a-cards-hamaynk-marz-andam-tarevits-yerevan-secretariat",
        "hy",
        "one_a_line;columns_after;region_after;not_signatory;no_country",
        "Ցանցի անդամ համայնքները",
        (2025, 3, 11),
        "«Կանաչ համայնքներ» ցանցը միավորում է Հայաստանի այն համայնքները, որոնք պարտավորվել են "
        "բարելավել էներգաարդյունավետությունը և զարգացնել վերականգնվող էներգիան։ Ներկայումս "
        "ցանցն ունի 10 անդամ։",
        "Գյումրի համայնք\n"
        "Մարզ՝ Շիրակ\n"
        "Անդամ է՝ 2017 թվականից\n\n"
        "Վանաձոր համայնք\n"
        "Մարզ՝ Լոռի\n"
        "Անդամ է՝ 2017 թվականից\n\n"
        "Վաղարշապատ համայնք\n"
        "Մարզ՝ Արմավիր\n"
        "Անդամ է՝ 2018 թվականից\n\n"
        "Հրազդան համայնք\n"
        "Մարզ՝ Կոտայք\n"
        "Անդամ է՝ 2019 թվականից\n\n"
        "Աբովյան համայնք\n"
        "Մարզ՝ Կոտայք\n"
        "Անդամ է՝ 2019 թվականից\n\n"
        "Կապան համայնք\n"
        "Մարզ՝ Սյունիք\n"
        "Անդամ է՝ 2020 թվականից\n\n"
        "Գորիս համայնք\n"
        "Մարզ՝ Սյունիք\n"
        "Անդամ է՝ 2021 թվականից\n\n"
        "Դիլիջան համայնք\n"
        "Մարզ՝ Տավուշ\n"
        "Անդամ է՝ 2022 թվականից\n\n"
        "Սևան համայնք\n"
        "Մարզ՝ Գեղարքունիք\n"
        "Անդամ է՝ 2023 թվականից\n\n"
        "Արտաշատ համայնք\n"
        "Մարզ՝ Արարատ\n"
        "Անդամ է՝ 2024 թվականից",
        "Ցանցի քարտուղարությունը գտնվում է Երևանում։ Անդամակցության հայտերն ընդունվում են "
        "ամբողջ տարվա ընթացքում։",
        "Gyumri/AM; Vanadzor/AM; Vagharshapat/AM; Hrazdan/AM; Abovyan/AM; Kapan/AM; Goris/AM; "
        "Dilijan/AM; Sevan/AM; Artashat/AM",
        note="the marz lines are regions, not members (Armavir is a marz here, and a town); the "
        "secretariat in Yerevan is not a member",
    ),
    Page(
        "ka-r68a-running-da-genitive-merebi-borjomi-venue-tbilisi-coordinator",
        "ka",
        "running_text;inflected;not_signatory;no_country",
        "საქართველოს ქალაქების მერებმა მდგრადი ტურიზმის მემორანდუმს მოაწერეს ხელი",
        (2025, 6, 23),
        "21 ივნისს ბორჯომში გამართულ „მდგრადი ქალაქების ქსელის“ ყოველწლიურ შეხვედრაზე, "
        "რომელსაც თბილისის მერია კოორდინატორის სტატუსით უძღვებოდა, მიღებულ იქნა მემორანდუმი "
        "მდგრადი ტურიზმის შესახებ.",
        "მემორანდუმს ხელი მოაწერეს ქუთაისის, ბათუმის, რუსთავის, ზუგდიდის, გორის, ფოთის, "
        "თელავისა და ახალციხის მუნიციპალიტეტების მერებმა.",
        "ხელმომწერი ქალაქები ვალდებულებას იღებენ, 2030 წლისთვის შეამცირონ ტურისტული "
        "ტრანსპორტით გამოწვეული ემისიები, განავითარონ საფეხმავლო მარშრუტები და დაიცვან "
        "ისტორიული უბნები. ქსელის მომდევნო შეხვედრა მესტიაში გაიმართება.",
        "Kutaisi/GE; Batumi/GE; Rustavi/GE; Zugdidi/GE; Gori/GE; Poti/GE; Telavi/GE; "
        "Akhaltsikhe/GE",
        note="the venue Borjomi, the coordinator Tbilisi and next meeting's Mestia did not sign; "
        "every name is in the genitive, Telavi's with -სა before და",
    ),
    Page(
        "th-r68a-news-samachik-mai-lae-glued-khon-kaen-host-obj",
        "th",
        "running_text;body_not_city;not_signatory;no_country;teasers",
        "เครือข่ายเมืองอัจฉริยะภาคอีสานต้อนรับสมาชิกใหม่ 6 แห่ง",
        (2025, 11, 20),
        "เมื่อวันที่ 19 พฤศจิกายน 2568 เทศบาลนครขอนแก่นในฐานะเจ้าภาพ จัดการประชุมใหญ่สามัญ"
        "ประจำปีของเครือข่ายเมืองอัจฉริยะภาคอีสาน ณ ศูนย์ประชุมอเนกประสงค์ ขอนแก่น",
        "ในการประชุมครั้งนี้ เครือข่ายได้รับรองสมาชิกใหม่ 6 แห่ง ได้แก่ เทศบาลนครอุดรธานี "
        "เทศบาลเมืองหนองคาย เทศบาลนครนครราชสีมา เทศบาลนครอุบลราชธานี เทศบาลเมืองมุกดาหาร"
        "และองค์การบริหารส่วนจังหวัดเลย ทำให้ปัจจุบันเครือข่ายมีสมาชิกทั้งสิ้น 18 แห่ง",
        "นายกเทศมนตรีนครขอนแก่นกล่าวว่า การขยายเครือข่ายจะช่วยให้เมืองในภาคอีสานแลกเปลี่ยน"
        "ข้อมูลด้านการจราจรและการจัดการขยะได้มากขึ้น การประชุมครั้งต่อไปจะจัดขึ้นที่"
        "จังหวัดสกลนคร\n\n"
        "ข่าวที่เกี่ยวข้อง: เทศบาลนครขอนแก่นเปิดตัวรถโดยสารไฟฟ้าสายใหม่",
        "Udon Thani/TH; Nong Khai/TH; Nakhon Ratchasima/TH; Ubon Ratchathani/TH; Mukdahan/TH; "
        "Loei Province|Loei Provincial Administrative Organization|องค์การบริหารส่วนจังหวัดเลย"
        "/TH/province",
        note="the host Khon Kaen and next meeting's Sakon Nakhon did not join; Mukdahan's "
        "council is glued to และ",
    ),
    Page(
        "vi-r68a-signature-blocks-two-columns-tm-ubnd-da-nang-host",
        "vi",
        "several_a_line;person_after;not_signatory;no_country",
        "Tuyên bố chung của các thành phố về phát triển đô thị ven biển thích ứng với "
        "biến đổi khí hậu",
        (2024, 12, 2),
        "Ngày 1/12/2024, tại Hội nghị thường niên Mạng lưới Đô thị Ven biển Việt Nam do Ủy ban "
        "nhân dân thành phố Đà Nẵng đăng cai tổ chức, lãnh đạo các thành phố thành viên đã ký "
        "Tuyên bố chung về phát triển đô thị ven biển thích ứng với biến đổi khí hậu.\n\n"
        "Các thành phố ký kết cam kết xây dựng bản đồ ngập lụt chi tiết đến cấp phường, "
        "bảo vệ rừng ngập mặn và ưu tiên giao thông công cộng trong quy hoạch đô thị.",
        "TM. ỦY BAN NHÂN DÂN                          TM. ỦY BAN NHÂN DÂN\n"
        "THÀNH PHỐ HẢI PHÒNG                          THÀNH PHỐ CẦN THƠ\n"
        "CHỦ TỊCH                                     CHỦ TỊCH\n"
        "(đã ký)                                      (đã ký)\n"
        "Nguyễn Văn Thành                             Trần Thị Mai\n"
        "\n"
        "TM. ỦY BAN NHÂN DÂN                          TM. ỦY BAN NHÂN DÂN\n"
        "THÀNH PHỐ HUẾ                                THÀNH PHỐ NHA TRANG\n"
        "PHÓ CHỦ TỊCH                                 CHỦ TỊCH\n"
        "(đã ký)                                      (đã ký)\n"
        "Lê Quang Huy                                 Phạm Minh Tuấn\n"
        "\n"
        "TM. ỦY BAN NHÂN DÂN                          TM. ỦY BAN NHÂN DÂN\n"
        "THÀNH PHỐ QUY NHƠN                           THÀNH PHỐ VINH\n"
        "CHỦ TỊCH                                     CHỦ TỊCH\n"
        "(đã ký)                                      (đã ký)\n"
        "Võ Thị Hồng                                  Hoàng Đức Anh\n"
        "\n"
        "TM. ỦY BAN NHÂN DÂN\n"
        "THÀNH PHỐ HẠ LONG\n"
        "CHỦ TỊCH\n"
        "(đã ký)\n"
        "Đỗ Văn Long",
        "Tuyên bố chung được gửi tới Bộ Xây dựng và Bộ Tài nguyên và Môi trường. Hội nghị lần "
        "tiếp theo sẽ được tổ chức tại thành phố Vũng Tàu.",
        "Haiphong|Hải Phòng/VN; Can Tho|Cần Thơ/VN; Hue|Huế/VN; Nha Trang/VN; "
        "Quy Nhon|Quy Nhơn/VN; Vinh/VN; Ha Long|Hạ Long/VN",
        note="the host Da Nang and next year's Vung Tau did not sign; two blocks a line, the "
        "last alone",
    ),
]

"""Batch r67b: 14 pages written during round 67 (branch wr67b), held out from it, in languages
and scripts the corpus had few or none of, one each: Burmese signature blocks of city and
township development committees under a host capital; Lao news of new members with `ແລະ`
beside a host city; a Punjabi tab table of `ਨਗਰ ਨਿਗਮ` and `ਨਗਰ ਕੌਂਸਲ` with district columns;
a Gujarati directory of `મહાનગરપાલિકા` and `નગરપાલિકા` under region headings; Kannada
running text with `ಮತ್ತು` and genitive endings beside a venue; Malayalam member cards one
field a line; Bangladeshi Bengali `মেয়র, X সিটি কর্পোরেশন` lines with a host and a
coordinator; an Amharic table aligned with spaces of `ከተማ አስተዳደር` with regional columns;
Mongolian running text of genitives with `болон`, `ба` and aimag governors; Kyrgyz news of
new members in the genitive beside a host; Albanian `Bashkia X` and `Komuna e X` under
Albania and Kosovo headings; Belarusian `Старшыня X гарвыканкама` lines in the genitive;
Somali bullets of `Dowladda Hoose ee X` with `iyo`; a Pashto numbered PDF copy of
`د X ښاروالي` with page headers. The networks, statements and people are invented, the places
real; written without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "my-r67b-signature-blocks-cdc-township-naypyitaw-host",
        "my",
        "one_a_line;person_before;not_signatory;no_country",
        "ရာသီဥတုပြောင်းလဲမှုဆိုင်ရာ မြို့တော်များ ပူးတွဲကြေညာချက်",
        (2025, 10, 18),
        "စိမ်းလန်းမြို့ပြကွန်ရက်၏ နှစ်ပတ်လည်အစည်းအဝေးကို နေပြည်တော်ရှိ မြို့တော်ခန်းမတွင် "
        "ကျင်းပခဲ့ပြီး ပါဝင်သည့် မြို့ကော်မတီများက ရာသီဥတုပြောင်းလဲမှုဆိုင်ရာ ပူးတွဲကြေညာချက်ကို "
        "လက်မှတ်ရေးထိုးခဲ့ကြသည်။ အစည်းအဝေးကို နေပြည်တော်ကောင်စီက အိမ်ရှင်အဖြစ် လက်ခံကျင်းပပေးခဲ့သည်။\n\n"
        "ကျွန်ုပ်တို့သည် ၂၀၃၀ ခုနှစ်မတိုင်မီ မြို့ပြစွန့်ပစ်ပစ္စည်းကို ထက်ဝက်လျှော့ချရန်နှင့် "
        "ရေကြီးမှုကြိုတင်သတိပေးစနစ်များ တည်ဆောက်ရန် ကတိပြုပါသည်။\n\n"
        "လက်မှတ်ရေးထိုးသူများ",
        "ဦးကျော်ဇင်ထွန်း\n"
        "မြို့တော်ဝန်\n"
        "ရန်ကုန်မြို့တော်စည်ပင်သာယာရေးကော်မတီ\n"
        "\n"
        "ဒေါ်ခင်မာလာ\n"
        "မြို့တော်ဝန်\n"
        "မန္တလေးမြို့တော်စည်ပင်သာယာရေးကော်မတီ\n"
        "\n"
        "ဦးအောင်မျိုးသန့်\n"
        "ဥက္ကဋ္ဌ\n"
        "ပဲခူးမြို့ စည်ပင်သာယာရေးအဖွဲ့\n"
        "\n"
        "ဒေါ်နွယ်နွယ်ဝင်း\n"
        "ဥက္ကဋ္ဌ\n"
        "မော်လမြိုင်မြို့ စည်ပင်သာယာရေးအဖွဲ့\n"
        "\n"
        "ဦးစိုင်းလှမောင်\n"
        "ဥက္ကဋ္ဌ\n"
        "တောင်ကြီးမြို့ စည်ပင်သာယာရေးအဖွဲ့\n"
        "\n"
        "ဦးသန်းထိုက်\n"
        "ဥက္ကဋ္ဌ\n"
        "ပုသိမ်မြို့ စည်ပင်သာယာရေးအဖွဲ့\n"
        "\n"
        "ဒေါ်စန္ဒာအေး\n"
        "ဥက္ကဋ္ဌ\n"
        "မုံရွာမြို့ စည်ပင်သာယာရေးအဖွဲ့\n"
        "\n"
        "ဦးဇော်ဝင်းနိုင်\n"
        "ဥက္ကဋ္ဌ\n"
        "ထားဝယ်မြို့ စည်ပင်သာယာရေးအဖွဲ့",
        "ကြေညာချက် မူရင်းကို ကွန်ရက်၏ ရန်ကုန်ရုံးတွင် ကြည့်ရှုနိုင်ပါသည်။ လာမည့်နှစ် အစည်းအဝေးကို မကွေးမြို့တွင် ကျင်းပမည်ဖြစ်သည်။",
        "Yangon/MM; Mandalay/MM; Bago/MM; Mawlamyine/MM; Taunggyi/MM; Pathein/MM; Monywa/MM; "
        "Dawei/MM",
        note="the host council of Nay Pyi Taw and next year's host Magway did not sign; the "
        "network's Yangon office is not a signature",
    ),
    Page(
        "lo-r67b-news-new-members-lae-vientiane-host",
        "lo",
        "running_text;not_signatory;no_country",
        "ເທດສະບານ 6 ແຫ່ງ ເຂົ້າເປັນສະມາຊິກໃໝ່ຂອງເຄືອຂ່າຍເມືອງສີຂຽວ",
        (2025, 11, 6),
        "ໃນວັນທີ 4 ພະຈິກ 2025, ກອງປະຊຸມປະຈຳປີຂອງເຄືອຂ່າຍເມືອງສີຂຽວ ໄດ້ຈັດຂຶ້ນຢູ່ນະຄອນຫຼວງວຽງຈັນ "
        "ໂດຍມີຫ້ອງການພັດທະນາ ແລະ ບໍລິການຕົວເມືອງນະຄອນຫຼວງວຽງຈັນ ເປັນເຈົ້າພາບ.",
        "ກອງປະຊຸມໄດ້ຮັບຮອງເອົາສະມາຊິກໃໝ່ 6 ແຫ່ງ ຄື: ຫ້ອງການພັດທະນາ ແລະ ບໍລິການຕົວເມືອງຫຼວງພະບາງ, "
        "ນະຄອນໄກສອນ ພົມວິຫານ, ນະຄອນປາກເຊ, ເມືອງທ່າແຂກ, ເມືອງໂພນສະຫວັນ ແລະ ເມືອງຫຼວງນ້ຳທາ. "
        "ມາຮອດປັດຈຸບັນ ເຄືອຂ່າຍມີສະມາຊິກທັງໝົດ 14 ເມືອງ.",
        "ທ່ານ ສົມພອນ ແກ້ວມະນີ, ຜູ້ປະສານງານເຄືອຂ່າຍ, ກ່າວວ່າ ສະມາຊິກໃໝ່ຈະຮ່ວມກັນແລກປ່ຽນປະສົບການ "
        "ດ້ານການຄຸ້ມຄອງຂີ້ເຫຍື້ອ ແລະ ການຂົນສົ່ງສາທາລະນະ. ກອງປະຊຸມຄັ້ງຕໍ່ໄປ ຈະຈັດຂຶ້ນຢູ່ເມືອງອັດຕະປື.",
        "Luang Prabang/LA; Kaysone Phomvihane|Savannakhet/LA; Pakse/LA; Thakhek/LA; "
        "Phonsavan/LA; Luang Namtha/LA",
        note="Vientiane hosts and Attapeu hosts next time: neither joined; ແລະ inside the host "
        "body's name (development and services office) is not the list's and",
    ),
    Page(
        "pa-r67b-tab-table-nagar-nigam-nagar-council-zila",
        "pa",
        "table_tabs;columns_after;region_after;no_country",
        "ਸਾਫ਼ ਹਵਾ ਲਈ ਸ਼ਹਿਰਾਂ ਦਾ ਸਾਂਝਾ ਐਲਾਨਨਾਮਾ: ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੀਆਂ ਸੰਸਥਾਵਾਂ",
        (2025, 3, 12),
        "ਪੰਜਾਬ ਸਾਫ਼ ਹਵਾ ਸ਼ਹਿਰ ਮੰਚ ਵੱਲੋਂ ਤਿਆਰ ਕੀਤੇ ਸਾਂਝੇ ਐਲਾਨਨਾਮੇ ਉੱਤੇ ਹੇਠ ਲਿਖੀਆਂ ਨਗਰ ਨਿਗਮਾਂ "
        "ਅਤੇ ਨਗਰ ਕੌਂਸਲਾਂ ਨੇ ਦਸਤਖ਼ਤ ਕੀਤੇ ਹਨ। ਐਲਾਨਨਾਮੇ ਵਿੱਚ ਪਰਾਲੀ ਸਾੜਨ ਤੋਂ ਰੋਕ, ਸੜਕਾਂ ਦੀ ਧੂੜ ਘਟਾਉਣ "
        "ਅਤੇ ਜਨਤਕ ਆਵਾਜਾਈ ਵਧਾਉਣ ਦੇ ਟੀਚੇ ਹਨ।",
        "ਲੜੀ ਨੰ.\tਸੰਸਥਾ\tਜ਼ਿਲ੍ਹਾ\tਦਸਤਖ਼ਤ ਦੀ ਮਿਤੀ\n"
        "1\tਨਗਰ ਨਿਗਮ ਲੁਧਿਆਣਾ\tਲੁਧਿਆਣਾ\t14.01.2025\n"
        "2\tਨਗਰ ਨਿਗਮ ਅੰਮ੍ਰਿਤਸਰ\tਅੰਮ੍ਰਿਤਸਰ\t14.01.2025\n"
        "3\tਨਗਰ ਨਿਗਮ ਜਲੰਧਰ\tਜਲੰਧਰ\t20.01.2025\n"
        "4\tਨਗਰ ਨਿਗਮ ਪਟਿਆਲਾ\tਪਟਿਆਲਾ\t22.01.2025\n"
        "5\tਨਗਰ ਨਿਗਮ ਬਠਿੰਡਾ\tਬਠਿੰਡਾ\t03.02.2025\n"
        "6\tਨਗਰ ਨਿਗਮ ਪਠਾਨਕੋਟ\tਪਠਾਨਕੋਟ\t03.02.2025\n"
        "7\tਨਗਰ ਨਿਗਮ ਫਗਵਾੜਾ\tਕਪੂਰਥਲਾ\t11.02.2025\n"
        "8\tਨਗਰ ਨਿਗਮ ਹੁਸ਼ਿਆਰਪੁਰ\tਹੁਸ਼ਿਆਰਪੁਰ\t11.02.2025\n"
        "9\tਨਗਰ ਨਿਗਮ ਮੋਗਾ\tਮੋਗਾ\t18.02.2025\n"
        "10\tਨਗਰ ਨਿਗਮ ਬਟਾਲਾ\tਗੁਰਦਾਸਪੁਰ\t25.02.2025\n"
        "11\tਨਗਰ ਨਿਗਮ ਅਬੋਹਰ\tਫ਼ਾਜ਼ਿਲਕਾ\t25.02.2025\n"
        "12\tਨਗਰ ਨਿਗਮ ਮੋਹਾਲੀ\tਸਾਹਿਬਜ਼ਾਦਾ ਅਜੀਤ ਸਿੰਘ ਨਗਰ\t04.03.2025\n"
        "13\tਨਗਰ ਕੌਂਸਲ ਖਰੜ\tਸਾਹਿਬਜ਼ਾਦਾ ਅਜੀਤ ਸਿੰਘ ਨਗਰ\t04.03.2025",
        "ਮੰਚ ਦਾ ਸਕੱਤਰੇਤ ਚੰਡੀਗੜ੍ਹ ਵਿੱਚ ਹੈ। ਹੋਰ ਸ਼ਹਿਰ ਵੀ ਐਲਾਨਨਾਮੇ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕਰ ਸਕਦੇ ਹਨ।",
        "Ludhiana/IN; Amritsar/IN; Jalandhar/IN; Patiala/IN; Bathinda/IN; Pathankot/IN; "
        "Phagwara/IN; Hoshiarpur/IN; Moga/IN; Batala/IN; Abohar/IN; Mohali/IN; "
        "Kharar/IN",
        note="the district column names Kapurthala, Gurdaspur, Fazilka and SAS Nagar beside their "
        "towns, and repeats the town where the district shares its name; the secretariat's "
        "Chandigarh did not sign",
    ),
    Page(
        "gu-r67b-directory-mahanagarpalika-region-headings",
        "gu",
        "one_a_line;region_heading;no_country;body_not_city;not_signatory",
        "સભ્ય શહેરો",
        (2025, 7, 1),
        "ગુજરાત શહેરી જળ સંરક્ષણ નેટવર્કમાં જોડાયેલી મહાનગરપાલિકાઓ અને નગરપાલિકાઓની યાદી "
        "પ્રદેશ પ્રમાણે નીચે આપેલી છે. નેટવર્કનું સંકલન ગાંધીનગર સ્થિત સચિવાલય કરે છે.",
        "મધ્ય ગુજરાત\n"
        "અમદાવાદ મહાનગરપાલિકા\n"
        "વડોદરા મહાનગરપાલિકા\n"
        "આણંદ મહાનગરપાલિકા\n"
        "નડિયાદ મહાનગરપાલિકા\n"
        "\n"
        "દક્ષિણ ગુજરાત\n"
        "સુરત મહાનગરપાલિકા\n"
        "નવસારી મહાનગરપાલિકા\n"
        "ભરૂચ નગરપાલિકા\n"
        "\n"
        "સૌરાષ્ટ્ર\n"
        "રાજકોટ મહાનગરપાલિકા\n"
        "ભાવનગર મહાનગરપાલિકા\n"
        "જામનગર મહાનગરપાલિકા\n"
        "જૂનાગઢ મહાનગરપાલિકા\n"
        "મોરબી મહાનગરપાલિકા\n"
        "પોરબંદર-છાયા મહાનગરપાલિકા\n"
        "\n"
        "કચ્છ\n"
        "ભુજ નગરપાલિકા\n"
        "કચ્છ જિલ્લા પંચાયત\n"
        "\n"
        "ઉત્તર ગુજરાત\n"
        "મહેસાણા મહાનગરપાલિકા\n"
        "પાલનપુર નગરપાલિકા",
        "નવા સભ્ય બનવા માટે સચિવાલયનો સંપર્ક કરો.",
        "Ahmedabad/IN; Vadodara/IN; Anand/IN; Nadiad/IN; Surat/IN; Navsari/IN; Bharuch/IN; "
        "Rajkot/IN; Bhavnagar/IN; Jamnagar/IN; Junagadh/IN; Morbi/IN; Porbandar/IN; Bhuj/IN; "
        "Kutch District|Kachchh|Kachchh District/IN/county; Mehsana/IN; Palanpur/IN",
        note="region headings (central, south Gujarat, Saurashtra, Kutch, north); the Kutch "
        "district panchayat is a district body; Gandhinagar coordinates and is not a member",
    ),
    Page(
        "kn-r67b-running-mattu-genitive-palike-venue",
        "kn",
        "running_text;inflected;not_signatory;no_country",
        "ನಗರ ಶಾಖ ಕ್ರಿಯಾ ಯೋಜನೆ: ಏಳು ಮಹಾನಗರ ಪಾಲಿಕೆಗಳ ಜಂಟಿ ಘೋಷಣೆ",
        (2025, 4, 9),
        "ಕರ್ನಾಟಕ ನಗರ ಹವಾಮಾನ ವೇದಿಕೆಯ ವಾರ್ಷಿಕ ಸಮಾವೇಶವು ಬೆಂಗಳೂರಿನ ವಿಧಾನ ಸೌಧದ ಬ್ಯಾಂಕ್ವೆಟ್ ಸಭಾಂಗಣದಲ್ಲಿ "
        "ಏಪ್ರಿಲ್ 8ರಂದು ನಡೆಯಿತು. ಬೇಸಿಗೆಯ ಬಿಸಿಗಾಳಿಯಿಂದ ನಾಗರಿಕರನ್ನು ರಕ್ಷಿಸಲು ನೀರಿನ ಅರವಟ್ಟಿಗೆಗಳು, "
        "ನೆರಳಿನ ತಾಣಗಳು ಮತ್ತು ಮುನ್ನೆಚ್ಚರಿಕೆ ವ್ಯವಸ್ಥೆಯನ್ನು ಒಳಗೊಂಡ ಜಂಟಿ ಘೋಷಣೆಗೆ ಸಮಾವೇಶದಲ್ಲಿ ಸಹಿ ಹಾಕಲಾಯಿತು.",
        "ಮೈಸೂರು ಮಹಾನಗರ ಪಾಲಿಕೆಯ ಮಹಾಪೌರರಾದ ಶ್ರೀಮತಿ ಲಕ್ಷ್ಮೀ ರಾಜಣ್ಣ, ಮಂಗಳೂರು ಮಹಾನಗರ ಪಾಲಿಕೆಯ "
        "ಮಹಾಪೌರರಾದ ಶ್ರೀ ಪ್ರಕಾಶ್ ಶೆಟ್ಟಿ, ಬೆಳಗಾವಿ, ಕಲಬುರಗಿ ಮತ್ತು ಬಳ್ಳಾರಿ ಮಹಾನಗರ ಪಾಲಿಕೆಗಳ ಆಯುಕ್ತರು, "
        "ಹಾಗೆಯೇ ವಿಜಯಪುರದ ಮಹಾಪೌರರು ಮತ್ತು ಶಿವಮೊಗ್ಗದ ಉಪಮಹಾಪೌರರು ಘೋಷಣೆಗೆ ಸಹಿ ಹಾಕಿದರು.",
        "ಆತಿಥೇಯ ಬೆಂಗಳೂರು ನಗರದ ಪರವಾಗಿ ಸ್ವಾಗತ ಭಾಷಣ ಮಾಡಿದ ವೇದಿಕೆಯ ಸಂಯೋಜಕ ಶ್ರೀ ಮಂಜುನಾಥ್ ಗೌಡ ಅವರು, "
        "ತುಮಕೂರು ಮತ್ತು ಉಡುಪಿ ನಗರಗಳು ಮುಂದಿನ ತಿಂಗಳು ಘೋಷಣೆಗೆ ಸೇರುವ ನಿರೀಕ್ಷೆಯಿದೆ ಎಂದು ತಿಳಿಸಿದರು.",
        "Mysore/IN; Mangalore/IN; Belgaum|Belagavi/IN; Kalaburagi|Gulbarga/IN; "
        "Bellary|Ballari/IN; Bijapur|Vijayapura/IN; Shimoga|Shivamogga/IN",
        note="genitives ವಿಜಯಪುರದ, ಶಿವಮೊಗ್ಗದ; the venue and host Bengaluru (ಬೆಂಗಳೂರಿನ) did not sign; "
        "Tumakuru and Udupi are expected to join next month, not signatories",
    ),
    Page(
        "ml-r67b-member-cards-corporation-municipality",
        "ml",
        "one_a_line;columns_after;no_country",
        "അംഗ നഗരസഭകൾ",
        (2025, 8, 20),
        "കേരള തീരദേശ നഗര പ്രതിരോധ ശൃംഖലയിലെ അംഗങ്ങളായ നഗരസഭകളുടെ വിവരങ്ങൾ ചുവടെ. "
        "ഓരോ കാർഡിലും അംഗത്വ വർഷവും പ്രധാന പദ്ധതിയും നൽകിയിരിക്കുന്നു.",
        "തിരുവനന്തപുരം കോർപ്പറേഷൻ\n"
        "അംഗമായത്: 2019\n"
        "പ്രധാന പദ്ധതി: തീരശോഷണ നിരീക്ഷണം\n"
        "കൂടുതൽ വായിക്കുക\n"
        "\n"
        "കൊച്ചി കോർപ്പറേഷൻ\n"
        "അംഗമായത്: 2019\n"
        "പ്രധാന പദ്ധതി: കനാൽ പുനരുജ്ജീവനം\n"
        "കൂടുതൽ വായിക്കുക\n"
        "\n"
        "കോഴിക്കോട് കോർപ്പറേഷൻ\n"
        "അംഗമായത്: 2020\n"
        "പ്രധാന പദ്ധതി: മഴവെള്ള സംഭരണം\n"
        "കൂടുതൽ വായിക്കുക\n"
        "\n"
        "കൊല്ലം കോർപ്പറേഷൻ\n"
        "അംഗമായത്: 2021\n"
        "പ്രധാന പദ്ധതി: അഷ്ടമുടി കായൽ സംരക്ഷണം\n"
        "കൂടുതൽ വായിക്കുക\n"
        "\n"
        "കണ്ണൂർ കോർപ്പറേഷൻ\n"
        "അംഗമായത്: 2022\n"
        "പ്രധാന പദ്ധതി: കണ്ടൽക്കാട് പുനഃസ്ഥാപനം\n"
        "കൂടുതൽ വായിക്കുക\n"
        "\n"
        "ആലപ്പുഴ നഗരസഭ\n"
        "അംഗമായത്: 2022\n"
        "പ്രധാന പദ്ധതി: വെള്ളപ്പൊക്ക മുന്നറിയിപ്പ്\n"
        "കൂടുതൽ വായിക്കുക\n"
        "\n"
        "ഗുരുവായൂർ നഗരസഭ\n"
        "അംഗമായത്: 2024\n"
        "പ്രധാന പദ്ധതി: തീർത്ഥാടന മാലിന്യ സംസ്കരണം\n"
        "കൂടുതൽ വായിക്കുക",
        "ശൃംഖലയുടെ ഏകോപനം തൃശൂർ ആസ്ഥാനമായ സെക്രട്ടേറിയറ്റ് നിർവഹിക്കുന്നു.",
        "Thiruvananthapuram/IN; Kochi/IN; Kozhikode/IN; Kollam/IN; Kannur/IN; Alappuzha/IN; "
        "Guruvayur/IN",
        note="cards one field a line, Ashtamudi lake in a project line; the secretariat's Thrissur "
        "is not a member",
    ),
    Page(
        "bn-r67b-mayor-lines-city-corporation-pourashava-bd",
        "bn",
        "one_a_line;person_before;not_signatory;no_country",
        "জলবায়ু সহনশীল নগর ঘোষণাপত্র ২০২৫: স্বাক্ষরকারী মেয়রগণ",
        (2025, 12, 2),
        "বাংলাদেশ নগর জলবায়ু জোটের উদ্যোগে রাজশাহী সিটি কর্পোরেশনের আয়োজনে রাজশাহীর পদ্মা "
        "সম্মেলন কেন্দ্রে অনুষ্ঠিত জাতীয় নগর সম্মেলনে নিম্নোক্ত মেয়রগণ জলবায়ু সহনশীল নগর "
        "ঘোষণাপত্রে স্বাক্ষর করেন। অনুষ্ঠানটি সমন্বয় করে খুলনাভিত্তিক বেসরকারি সংস্থা "
        "'সবুজ নগর উদ্যোগ'।\n\n"
        "স্বাক্ষরকারী:",
        "মোঃ রফিকুল ইসলাম, মেয়র, চট্টগ্রাম সিটি কর্পোরেশন\n"
        "সেলিনা আক্তার, মেয়র, সিলেট সিটি কর্পোরেশন\n"
        "আবুল কাশেম, মেয়র, বরিশাল সিটি কর্পোরেশন\n"
        "নাসরিন সুলতানা, মেয়র, রংপুর সিটি কর্পোরেশন\n"
        "মোঃ জাহাঙ্গীর আলম খান, মেয়র, ময়মনসিংহ সিটি কর্পোরেশন\n"
        "শামীমা হক, মেয়র, কুমিল্লা সিটি কর্পোরেশন\n"
        "মোঃ কামরুল হাসান, প্যানেল মেয়র, নারায়ণগঞ্জ সিটি কর্পোরেশন\n"
        "তানভীর আহমেদ, মেয়র, বগুড়া পৌরসভা\n"
        "ফারহানা ইয়াসমিন, মেয়র, যশোর পৌরসভা\n"
        "মোঃ সাইফুল্লাহ, মেয়র, কক্সবাজার পৌরসভা",
        "আয়োজক রাজশাহী সিটি কর্পোরেশন ঘোষণাপত্রের খসড়া প্রণয়ন করেছে; আগামী বছরের সম্মেলন গাজীপুরে অনুষ্ঠিত হবে।",
        "Chittagong|Chattogram/BD; Sylhet/BD; Barishal|Barisal/BD; Rangpur/BD; Mymensingh/BD; "
        "Comilla|Cumilla/BD; Narayanganj/BD; Bogra|Bogura/BD; Jessore|Jashore/BD; "
        "Cox's Bazar/BD",
        note="the host Rajshahi City Corporation drafted but did not sign; the coordinator from "
        "Khulna and next year's venue Gazipur are not signatories",
    ),
    Page(
        "am-r67b-space-table-ketema-astedader-kilil",
        "am",
        "table_tabs;columns_after;region_after;person_after;not_signatory;no_country",
        "የከተሞች የአረንጓዴ ልማት የጋራ መግለጫ ፈራሚዎች",
        (2025, 5, 28),
        "የኢትዮጵያ ከተሞች የአረንጓዴ ልማት መድረክ በአዲስ አበባ ከተማ አስተዳደር አስተናጋጅነት ባካሄደው "
        "ዓመታዊ ጉባኤ ላይ የሚከተሉት ከተማ አስተዳደሮች የጋራ መግለጫውን ፈርመዋል። መግለጫው የከተማ "
        "ደን ልማትን፣ የደረቅ ቆሻሻ አያያዝን እና የሕዝብ ትራንስፖርትን ያካትታል።",
        "ተ.ቁ   ከተማ አስተዳደር                ክልል                    ከንቲባ\n"
        "1     ድሬዳዋ ከተማ አስተዳደር          ድሬዳዋ                  አቶ ሀብታሙ ደሳለኝ\n"
        "2     አዳማ ከተማ አስተዳደር            ኦሮሚያ                  ወ/ሮ ፋጡማ ሁሴን\n"
        "3     ባሕር ዳር ከተማ አስተዳደር         አማራ                    አቶ ዳንኤል መኮንን\n"
        "4     ሐዋሳ ከተማ አስተዳደር            ሲዳማ                    አቶ ታደሰ ቦጋለ\n"
        "5     ጎንደር ከተማ አስተዳደር           አማራ                    ወ/ሮ ትዕግስት አለሙ\n"
        "6     ጅማ ከተማ አስተዳደር             ኦሮሚያ                  አቶ አብዱልቃድር ጀማል\n"
        "7     ደሴ ከተማ አስተዳደር             አማራ                    አቶ ሰለሞን ይመር\n"
        "8     ሐረር ከተማ                    ሐረሪ                    ወ/ሮ ሰሚራ አህመድ\n"
        "9     አርባ ምንጭ ከተማ አስተዳደር        ደቡብ ኢትዮጵያ             አቶ ማቴዎስ ዳና\n"
        "10    ቢሾፍቱ ከተማ አስተዳደር           ኦሮሚያ                  ወ/ሮ መሰረት ቱሉ\n"
        "11    ደብረ ብርሃን ከተማ አስተዳደር       አማራ                    አቶ በረከት ወልዴ",
        "የመድረኩ ጽሕፈት ቤት በአዲስ አበባ ይገኛል። ቀጣዩ ጉባኤ በመቀሌ ከተማ ይካሄዳል።",
        "Dire Dawa/ET; Adama/ET; Bahir Dar/ET; Hawassa/ET; Gondar/ET; Jimma/ET; Dessie/ET; "
        "Harar/ET; Arba Minch/ET; Bishoftu/ET; Debre Birhan/ET",
        note="a table aligned with spaces; its region column names Dire Dawa and Harari beside "
        "their cities; the host Addis Ababa and next year's host Mekelle did not sign",
    ),
    Page(
        "mn-r67b-running-bolon-ba-genitive-aimag-zasag-darga",
        "mn",
        "running_text;inflected;region_before;person_after;not_signatory;no_country;body_not_city",
        "Орон нутгийн удирдлагууд агаарын бохирдлын эсрэг хамтарсан мэдэгдэл гаргалаа",
        (2025, 2, 14),
        "Монголын ногоон хотуудын сүлжээний ээлжит чуулган 2-р сарын 12-нд Улаанбаатар хотод, "
        "Чингисийн талбайн ойролцоох Хотын захиргааны их танхимд боллоо. Чуулганыг Улаанбаатар "
        "хотын Захирагчийн ажлын алба зохион байгуулав.",
        "Чуулганы үеэр Дархан-Уул аймгийн Дархан сумын Засаг дарга Б.Батбаяр, Хөвсгөл аймгийн "
        "Мөрөн сумын Засаг дарга Д.Оюунчимэг, Улаангом, Сүхбаатар болон Баруун-Урт сумдын Засаг "
        "дарга нар, мөн Завхан аймгийн "
        "Засаг дарга Г.Ганзориг ба Дорноговь аймгийн Засаг даргын орлогч Т.Сарантуяа нар "
        "түлшний хэрэглээг бууруулах, гэр хорооллын дулаалгыг сайжруулах тухай хамтарсан "
        "мэдэгдэлд гарын үсэг зурлаа.",
        "Сүлжээний зохицуулагч, Төв аймгийн Зуунмод сумын иргэн Н.Эрдэнэбат хэлэхдээ, ирэх "
        "чуулганыг Сайншанд хотод зохион байгуулахаар тогтсон гэв.\n\n"
        "Эх сурвалж: Сүлжээний хэвлэлийн алба",
        "Darkhan/MN; Mörön/MN; Ulaangom/MN; Sükhbaatar/MN; Baruun-Urt/MN; "
        "Zavkhan Province|Zavkhan|Завхан аймаг/MN/province; "
        "Dornogovi Province|Dornogovi|Дорноговь аймаг/MN/province",
        note="genitives сумын, сумдын, аймгийн, the aimag before two sums; two aimag "
        "governments by their governor and a deputy; the host Ulaanbaatar, the coordinator's "
        "Zuunmod and next year's Sainshand did not sign",
    ),
    Page(
        "ky-r67b-news-new-members-genitive-zhana-osh-host",
        "ky",
        "running_text;inflected;not_signatory;no_country",
        "Таза шаарлар тармагына беш жаңы мүчө кошулду",
        (2025, 9, 30),
        "Кыргызстандын таза шаарлар тармагынын жылдык жыйыны 27-сентябрда Ош шаарында өттү. "
        "Жыйынды Ош шаарынын мэриясы уюштуруп, катышуучуларды Ош шаарынын вице-мэри "
        "Айгүл Токтосунова тосуп алды.",
        "Жыйында тармакка Каракол, Токмок жана Нарын шаарларынын мэриялары, ошондой эле "
        "Талас шаарынын мэриясы жана Балыкчы шаардык кеңеши мүчө болуп кабыл алынды.",
        "Тармактын президенти, Бишкек шаарынын мэриясынын өкүлү Нурлан Абдыкадыров жаңы "
        "мүчөлөрдү куттуктап, кийинки жыйын Жалал-Абад шаарында өтөрүн билдирди.\n\n"
        "Тармак жөнүндө: 2018-жылы түзүлгөн тармакка азыр 14 шаар кирет.",
        "Karakol/KG; Tokmok/KG; Naryn/KG; Talas/KG; Balykchy/KG",
        note="plural and singular genitives шаарларынын, шаарынын; the host Osh, the president's "
        "Bishkek and next year's Jalal-Abad are not new members",
    ),
    Page(
        "sq-r67b-directory-bashkia-komuna-e-country-headings",
        "sq",
        "one_a_line;region_heading;country_in_language;inflected;not_signatory",
        "Anëtarët e rrjetit",
        (2025, 6, 16),
        "Rrjeti Ballkanik i Qyteteve të Gjelbra bashkon bashki dhe komuna nga Shqipëria, Kosova "
        "dhe Maqedonia e Veriut që punojnë për ajër më të pastër dhe transport publik. Më poshtë "
        "gjeni listën e anëtarëve sipas shtetit.",
        "Shqipëri\n"
        "Bashkia Tiranë\n"
        "Bashkia Durrës\n"
        "Bashkia Shkodër\n"
        "Bashkia Korçë\n"
        "Bashkia Vlorë\n"
        "Bashkia Gjirokastër\n"
        "Bashkia Sarandë\n"
        "\n"
        "Kosovë\n"
        "Komuna e Prishtinës\n"
        "Komuna e Prizrenit\n"
        "Komuna e Pejës\n"
        "Komuna e Gjakovës\n"
        "Komuna e Ferizajt\n"
        "Komuna e Gjilanit\n"
        "\n"
        "Maqedoni e Veriut\n"
        "Komuna e Tetovës\n"
        "Komuna e Strugës",
        "Sekretariati i rrjetit ndodhet në Elbasan. Për t'u anëtarësuar, na shkruani.",
        "Tirana/AL; Durrës/AL; Shkodër/AL; Korçë/AL; Vlorë/AL; Gjirokastër/AL; Sarandë/AL; "
        "Pristina/XK; Prizren/XK; Pejë|Peja/XK; Gjakovë|Gjakova/XK; Ferizaj/XK; "
        "Gjilan|Gjilani/XK; Tetovo/MK; Struga/MK",
        note="Kosovo's and North Macedonia's municipalities in the genitive (e Prishtinës, e "
        "Tetovës); the secretariat's Elbasan is not a member",
    ),
    Page(
        "be-r67b-starshynia-harvykankama-genitive-lines",
        "be",
        "one_a_line;person_before;inflected;not_signatory;no_country;body_not_city",
        "Сумесная заява гарадоў аб энергаэфектыўнасці жылога фонду",
        (2025, 10, 3),
        "Удзельнікі VII форуму «Энергаэфектыўны горад», які прайшоў у Мінску ў Нацыянальнай "
        "бібліятэцы, падпісалі сумесную заяву аб тэрмамадэрнізацыі шматкватэрных дамоў. "
        "Гаспадаром форуму выступіў Мінскі гарвыканкам.\n\n"
        "Заяву падпісалі:",
        "А. М. Каваленка — старшыня Брэсцкага гарвыканкама\n"
        "В. І. Шаўчук — старшыня Гродзенскага гарвыканкама\n"
        "С. П. Ткачэнка — старшыня Гомельскага гарвыканкама\n"
        "Н. А. Лявонава — старшыня Магілёўскага гарвыканкама\n"
        "Д. У. Мароз — старшыня Віцебскага гарвыканкама\n"
        "І. Г. Сідарэнка — старшыня Бабруйскага гарвыканкама\n"
        "Т. С. Дубовік — старшыня Баранавіцкага гарвыканкама\n"
        "М. К. Жук — намеснік старшыні Пінскага гарвыканкама\n"
        "Ю. А. Кузьміч — старшыня Полацкага гарвыканкама\n"
        "Л. В. Бондар — старшыня Лідскага райвыканкама",
        "Наступны форум адбудзецца ў Маладзечне.",
        "Brest/BY; Grodno|Hrodna/BY; Gomel|Homyel'/BY; Mogilev|Mahilyow/BY; "
        "Vitebsk|Vitsyebsk/BY; Babruysk/BY; Baranovichi/BY; Pinsk/BY; Polotsk/BY; "
        "Lida District|Lidski Rayon|Лідскі раён/BY/county",
        note="the city executive committees as genitive adjectives (Брэсцкага, Гродзенскага); "
        "Lida's is a district's committee; the host Minsk and next year's Maladzyechna did not "
        "sign",
    ),
    Page(
        "so-r67b-bullets-dowladda-hoose-ee-iyo",
        "so",
        "bulleted;several_a_line;not_signatory;no_country",
        "Bayaanka wadajirka ah ee magaalooyinka ku saabsan biyaha iyo abaaraha",
        (2025, 8, 7),
        "Shirka sanadlaha ah ee Shabakadda Magaalooyinka Soomaalida ee u Adkaysiga Cimilada "
        "ayaa lagu qabtay Muqdisho, waxaana martigeliyay Gobolka Banaadir. Dowladaha hoose ee "
        "hoos ku qoran ayaa saxiixay bayaan wadajir ah oo ku saabsan kaydinta biyaha, "
        "ka hortagga fatahaadaha iyo maareynta abaaraha.\n\n"
        "Dowladaha hoose ee saxiixay:",
        "• Dowladda Hoose ee Hargeysa\n"
        "• Dowladda Hoose ee Berbera\n"
        "• Dowladda Hoose ee Burco\n"
        "• Dowladda Hoose ee Boorama\n"
        "• Dowladaha Hoose ee Boosaaso iyo Garoowe\n"
        "• Dowladda Hoose ee Gaalkacyo\n"
        "• Dowladda Hoose ee Kismaayo\n"
        "• Dowladda Hoose ee Baydhabo iyo Dowladda Hoose ee Beledweyne",
        "Isuduwaha shabakadda, Maxamed Cabdi Faarax oo ka socda Jowhar, ayaa sheegay in shirka "
        "xiga lagu qaban doono Dhuusamarreeb.",
        "Hargeisa|Hargeysa/SO; Berbera/SO; Burao|Burco/SO; Borama|Boorama/SO; "
        "Bosaso|Boosaaso/SO; Garoowe|Garowe/SO; Galkayo|Gaalkacyo/SO; Kismayo|Kismaayo/SO; "
        "Baidoa|Baydhabo/SO; Beledweyne/SO",
        note="two bullets of two with iyo; the host Mogadishu (Banaadir), the coordinator's "
        "Jowhar and next year's Dhuusamarreeb did not sign",
    ),
    Page(
        "ps-r67b-pdf-numbered-da-x-sharwali-page-headers",
        "ps",
        "numbered;one_a_line;inflected;not_signatory;no_country",
        "د ښارونو د پاکو اوبو ګډه اعلامیه",
        (2025, 11, 25),
        "د افغانستان د ښارونو د پاکو اوبو شبکې کلنۍ غونډه د کابل ښاروالۍ په کوربه توب د کابل "
        "په انټرکانټیننټل هوټل کې جوړه شوه. لاندې ښاروالیو د څښاک د پاکو اوبو د رسولو او د "
        "فاضلابو د سمې مدیریت ګډه اعلامیه لاسلیک کړه.\n\n"
        "د اعلامیې بشپړ متن او د لاسلیک کوونکو لړلیک (PDF):",
        "د ښارونو د پاکو اوبو ګډه اعلامیه – لاسلیک کوونکي\n"
        "۱. د کندهار ښاروالي\n"
        "۲. د هرات ښاروالي\n"
        "۳. د مزارشریف ښاروالي\n"
        "۴. د جلال اباد ښاروالي\n"
        "۵. د کندز ښاروالي\n"
        "۶. د غزني ښاروالي\n"
        "مخ ۱ له ۲\n"
        "\n"
        "د ښارونو د پاکو اوبو ګډه اعلامیه – لاسلیک کوونکي\n"
        "۷. د خوست ښاروالي\n"
        "۸. د لښکرګاه ښاروالي\n"
        "۹. د پلخمرۍ ښاروالي\n"
        "۱۰. د ګردېز ښاروالي\n"
        "۱۱. د چاریکار ښاروالي\n"
        "مخ ۲ له ۲",
        "د شبکې دارالانشاء په کابل کې ده. راتلونکې غونډه به په اسعدآباد کې جوړه شي.",
        "Kandahar/AF; Herat/AF; Mazar-e Sharif/AF; Jalalabad/AF; Kunduz/AF; Ghazni/AF; "
        "Khost/AF; Lashkar Gah/AF; Pul-e Khumri/AF; Gardez/AF; Charikar/AF",
        note="a PDF copy with a running header and page numbers; the host Kabul and next year's "
        "Asadabad did not sign",
    ),
]

"""Page furniture and statement texts for the corpus, per language: all invented.

Each language has header menus, cookie banners, share lines, related-article teasers (naming
cities that did not sign), footers with a network's address (in a city that did not sign,
unless a page says so), opening and closing paragraphs, and how it writes a date. make.py
picks among them by the page's number, so pages of one language differ in their furniture.
"""

from __future__ import annotations

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
    "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
    "noiembrie decembrie",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra "
    "decembra",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada "
    "studenoga prosinca",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
    "lapkričio gruodžio",
    "hu": "január február március április május június július augusztus szeptember október "
    "november december",
    "sl": "januar februar marec april maj junij julij avgust september oktober november december",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "lv": "janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris "
    "novembris decembris",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november "
    "detsember",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ja": "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月",
    "gl": "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "sr": "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    "ko": "1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월",
    "vi": "1 2 3 4 5 6 7 8 9 10 11 12",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "eu": "urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa "
    "abendua",
    "zh": "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月",
    "zh-tw": "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月",
    "fa": "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი "
    "ნოემბერი დეკემბერი",
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr",
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "hy": "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի "
    "հոկտեմբերի նոյեմբերի դեկտեմբերի",
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "te": "జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్",
    "mr": "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
    "ne": "जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर",
    "si": "ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්",
    "km": "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ",
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
    "my": "ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ",
    "lo": "ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ",
    "pa": "ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ",
    "gu": "જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ સપ્ટેમ્બર ઑક્ટોબર નવેમ્બર ડિસેમ્બર",
    "kn": "ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್",
    "ml": "ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ",
    "am": "ጃንዩወሪ ፌብሩወሪ ማርች ኤፕሪል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር ኦክቶበር ኖቬምበር ዲሴምበር",
    "mn": "1-р 2-р 3-р 4-р 5-р 6-р 7-р 8-р 9-р 10-р 11-р 12-р",
    "ky": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "be": "студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка "
    "лістапада снежня",
    "so": "Janaayo Febraayo Maarso Abriil Maajo Juun Luulyo Agoosto Sebtembar Oktoobar Nofembar "
    "Desembar",
    "ps": "جنوري فبروري مارچ اپرېل مۍ جون جولای اګست سپتمبر اکتوبر نومبر دسمبر",
    "tg": "январ феврал март апрел май июн июл август сентябр октябр ноябр декабр",
    "or": "ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଅପ୍ରେଲ ମଇ ଜୁନ ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର",
    "as": "জানুৱাৰী ফেব্ৰুৱাৰী মাৰ্চ এপ্ৰিল মে জুন জুলাই আগষ্ট ছেপ্তেম্বৰ অক্টোবৰ নৱেম্বৰ ডিচেম্বৰ",
    "ti": "ጥሪ ለካቲት መጋቢት ሚያዝያ ግንቦት ሰነ ሓምለ ነሓሰ መስከረም ጥቅምቲ ሕዳር ታሕሳስ",
    "ckb": "کانوونی‌دووەم شوبات ئازار نیسان ئایار حوزەیران تەممووز ئاب ئەیلوول "
    "تشرینی‌یەکەم تشرینی‌دووەم کانوونی‌یەکەم",
    "dv": "ޖަނަވަރީ ފެބުރުވަރީ މާރިޗު އެޕްރީލް މެއި ޖޫން ޖުލައި އޮގަސްޓު ސެޕްޓެމްބަރު އޮކްޓޫބަރު ނޮވެމްބަރު ޑިސެމްބަރު",
    "ha": "Janairu Fabrairu Maris Afrilu Mayu Yuni Yuli Agusta Satumba Oktoba Nuwamba Disamba",
    "yo": "Ṣẹ́rẹ́ Èrèlè Ẹrẹ̀nà Ìgbé Ẹ̀bibi Òkúdu Agẹmọ Ògún Owewe Ọ̀wàrà Bélú Ọ̀pẹ̀",
    "zu": "Januwari Februwari Mashi Ephreli Meyi Juni Julayi Agasti Septhemba Okthoba Novemba "
    "Disemba",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November "
    "Desember",
    "tk": "ýanwar fewral mart aprel maý iýun iýul awgust sentýabr oktýabr noýabr dekabr",
    "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru",
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr",
    "ga": "Eanáir Feabhra Márta Aibreán Bealtaine Meitheamh Iúil Lúnasa Meán‌Fómhair "
    "Deireadh‌Fómhair Samhain Nollaig",
}

# How a date line reads: {d} day, {m} month name, {n} month number, {y} year.
DATE_FORMS = {
    "en": ["{d} {m} {y}", "Published {m} {d}, {y}", "Posted on {y}-{n:02d}-{d:02d}"],
    "de": ["{d}. {m} {y}", "Veröffentlicht am {d:02d}.{n:02d}.{y}", "{y}-{n:02d}-{d:02d}"],
    "fr": ["Publié le {d} {m} {y}", "{d:02d}/{n:02d}/{y}", "Mis à jour le {y}-{n:02d}-{d:02d}"],
    "es": ["{d} de {m} de {y}", "Publicado el {d:02d}/{n:02d}/{y}", "{y}-{n:02d}-{d:02d}"],
    "it": ["{d} {m} {y}", "Pubblicato il {d:02d}/{n:02d}/{y}", "{y}-{n:02d}-{d:02d}"],
    "pt": ["{d} de {m} de {y}", "Publicado em {d:02d}/{n:02d}/{y}", "{y}-{n:02d}-{d:02d}"],
    "nl": ["{d} {m} {y}", "Gepubliceerd op {d:02d}-{n:02d}-{y}", "{y}-{n:02d}-{d:02d}"],
    "pl": ["{d} {m} {y} r.", "Opublikowano: {d:02d}.{n:02d}.{y}", "{y}-{n:02d}-{d:02d}"],
    "sv": ["{d} {m} {y}", "Publicerad {y}-{n:02d}-{d:02d}"],
    "da": ["{d}. {m} {y}", "Offentliggjort {d:02d}.{n:02d}.{y}"],
    "no": ["{d}. {m} {y}", "Publisert {d:02d}.{n:02d}.{y}"],
    "cs": ["{d}. {m} {y}", "Publikováno {d}. {n}. {y}"],
    "fi": ["{d}.{n}.{y}", "Julkaistu {d}. {m} {y}"],
    "el": ["{d} {m} {y}", "Δημοσιεύθηκε {d:02d}/{n:02d}/{y}"],
    "ro": ["{d} {m} {y}", "Publicat pe {d:02d}.{n:02d}.{y}"],
    "sk": ["{d}. {m} {y}", "Zverejnené {d}. {n}. {y}"],
    "hr": ["{d}. {m} {y}.", "Objavljeno {d:02d}.{n:02d}.{y}."],
    "lt": ["{y}-{n:02d}-{d:02d}", "Paskelbta {y}-{n:02d}-{d:02d}"],
    "hu": ["{y}. {m} {d}.", "Közzétéve: {y}.{n:02d}.{d:02d}."],
    "sl": ["{d}. {m} {y}", "Objavljeno {d}. {n}. {y}"],
    "ca": ["{d:02d}/{n:02d}/{y}", "Publicat el {d:02d}/{n:02d}/{y}"],
    "tr": ["{d} {m} {y}", "Yayınlanma: {d:02d}.{n:02d}.{y}"],
    "bg": ["{d} {m} {y} г.", "Публикувано на {d:02d}.{n:02d}.{y}"],
    "uk": ["{d} {m} {y} р.", "Опубліковано {d:02d}.{n:02d}.{y}"],
    "lv": ["{d:02d}.{n:02d}.{y}.", "Publicēts {y}-{n:02d}-{d:02d}"],
    "et": ["{d}. {m} {y}", "Avaldatud {d:02d}.{n:02d}.{y}"],
    "id": ["{d} {m} {y}", "Diterbitkan {d:02d}/{n:02d}/{y}"],
    "ja": ["{y}年{n}月{d}日", "公開日：{y}年{n}月{d}日"],
    "gl": ["{d} de {m} de {y}", "Publicado o {d:02d}/{n:02d}/{y}"],
    "is": ["{d}. {m} {y}", "Birt {d:02d}.{n:02d}.{y}"],
    "sr": ["{d}. {m} {y}.", "Објављено {d:02d}.{n:02d}.{y}."],
    "ko": ["{y}년 {n}월 {d}일", "게시일: {y}.{n:02d}.{d:02d}"],
    "vi": ["Ngày {d:02d}/{n:02d}/{y}", "Đăng ngày {d} tháng {n} năm {y}"],
    "ru": ["{d} {m} {y} г.", "Опубликовано {d:02d}.{n:02d}.{y}"],
    "ar": ["{d} {m} {y}", "نُشر في {d:02d}/{n:02d}/{y}"],
    "he": ["{d} {m} {y}", "פורסם {d:02d}.{n:02d}.{y}"],
    "eu": ["{y}/{n:02d}/{d:02d}", "Argitaratua: {y}-{n:02d}-{d:02d}"],
    "zh": ["{y}年{n}月{d}日", "发布时间：{y}-{n:02d}-{d:02d}"],
    "zh-tw": ["{y}年{n}月{d}日", "發布日期：{y}/{n:02d}/{d:02d}"],
    "fa": ["{d} {m} {y}", "تاریخ انتشار: {y}/{n:02d}/{d:02d}"],
    "th": ["{d} {m} {y}", "เผยแพร่เมื่อ {d:02d}/{n:02d}/{y}"],
    "ka": ["{d} {m}, {y}", "გამოქვეყნდა: {d:02d}.{n:02d}.{y}"],
    "mk": ["{d} {m} {y}", "Објавено: {d:02d}.{n:02d}.{y}"],
    "hi": ["{d} {m} {y}", "प्रकाशित: {d:02d}/{n:02d}/{y}"],
    "ms": ["{d} {m} {y}", "Diterbitkan pada {d:02d}/{n:02d}/{y}"],
    "sw": ["{d} {m} {y}", "Imechapishwa: {d:02d}/{n:02d}/{y}"],
    "ur": ["{d} {m} {y}", "شائع شدہ: {d:02d}/{n:02d}/{y}"],
    "uz": ["{y}-yil {d}-{m}", "Eʼlon qilingan: {d:02d}.{n:02d}.{y}"],
    "bn": ["{d} {m} {y}", "প্রকাশিত: {d:02d}/{n:02d}/{y}"],
    "tl": ["{m} {d}, {y}", "Inilathala noong {n:02d}/{d:02d}/{y}"],
    "hy": ["{d} {m} {y} թ.", "Հրապարակված է՝ {d:02d}.{n:02d}.{y}"],
    "kk": ["{y} жылғы {d} {m}", "Жарияланды: {d:02d}.{n:02d}.{y}"],
    "ta": ["{d} {m} {y}", "வெளியிடப்பட்டது: {d:02d}/{n:02d}/{y}"],
    "te": ["{d} {m} {y}", "ప్రచురణ: {d:02d}-{n:02d}-{y}"],
    "mr": ["{d} {m} {y}", "प्रकाशित: {d:02d}/{n:02d}/{y}"],
    "ne": ["{d} {m} {y}", "प्रकाशित मिति: {y}-{n:02d}-{d:02d}"],
    "si": ["{y} {m} {d}", "පළ කළේ: {y}.{n:02d}.{d:02d}"],
    "km": ["ថ្ងៃទី{d} ខែ{m} ឆ្នាំ{y}", "ផ្សាយ៖ {d:02d}/{n:02d}/{y}"],
    "az": ["{d} {m} {y}", "Dərc olunub: {d:02d}.{n:02d}.{y}"],
    "my": ["{y} ခုနှစ် {m} {d} ရက်", "ထုတ်ပြန်သည့်ရက်: {d:02d}/{n:02d}/{y}"],
    "lo": ["{d} {m} {y}", "ເຜີຍແຜ່: {d:02d}/{n:02d}/{y}"],
    "pa": ["{d} {m} {y}", "ਪ੍ਰਕਾਸ਼ਿਤ: {d:02d}-{n:02d}-{y}"],
    "gu": ["{d} {m}, {y}", "પ્રકાશિત: {d:02d}/{n:02d}/{y}"],
    "kn": ["{d} {m} {y}", "ಪ್ರಕಟಿಸಲಾಗಿದೆ: {d:02d}-{n:02d}-{y}"],
    "ml": ["{y} {m} {d}", "പ്രസിദ്ധീകരിച്ചത്: {d:02d}/{n:02d}/{y}"],
    "am": ["{m} {d}, {y}", "የተለጠፈው: {d:02d}/{n:02d}/{y}"],
    "mn": ["{y} оны {m} сарын {d}", "Нийтэлсэн: {y}.{n:02d}.{d:02d}"],
    "ky": ["{y}-жылдын {d}-{m}", "Жарыяланды: {d:02d}.{n:02d}.{y}"],
    "sq": ["{d} {m} {y}", "Publikuar më {d:02d}.{n:02d}.{y}"],
    "be": ["{d} {m} {y} г.", "Апублікавана: {d:02d}.{n:02d}.{y}"],
    "so": ["{d} {m} {y}", "La daabacay: {d:02d}/{n:02d}/{y}"],
    "ps": ["{d} {m} {y}", "خپور شوی: {y}/{n:02d}/{d:02d}"],
    "tg": ["{d} {m}и {y}", "Нашр шуд: {d:02d}.{n:02d}.{y}"],
    "or": ["{d} {m} {y}", "ପ୍ରକାଶିତ: {d:02d}/{n:02d}/{y}"],
    "as": ["{d} {m}, {y}", "প্ৰকাশিত: {d:02d}/{n:02d}/{y}"],
    "ti": ["{d} {m} {y}", "ዝተሓትመሉ ዕለት፦ {d:02d}/{n:02d}/{y}"],
    "ckb": ["{d} {m} {y}", "بڵاوکراوەتەوە: {y}/{n:02d}/{d:02d}"],
    "dv": ["{d} {m} {y}", "ޝާއިޢުކުރި: {d:02d}/{n:02d}/{y}"],
    "ha": ["{d} ga {m}, {y}", "An wallafa: {d:02d}/{n:02d}/{y}"],
    "yo": ["{d} {m} {y}", "Ọjọ́ ìtẹ̀jáde: {d:02d}/{n:02d}/{y}"],
    "zu": ["{d} {m} {y}", "Kushicilelwe: {d:02d}/{n:02d}/{y}"],
    "af": ["{d} {m} {y}", "Gepubliseer op {y}-{n:02d}-{d:02d}"],
    "tk": ["{d:02d}.{n:02d}.{y}", "Neşir edilen senesi: {d} {m} {y} ý."],
    "mt": ["{d} ta' {m} {y}", "Ippubblikat: {d:02d}/{n:02d}/{y}"],
    "cy": ["{d} {m} {y}", "Cyhoeddwyd {d:02d}/{n:02d}/{y}"],
    "ga": ["{d} {m} {y}", "Foilsithe: {d:02d}/{n:02d}/{y}"],
}

MENUS = {
    "en": [
        "Home | About us | Our cities | News | Events | Contact",
        "Skip to content\nCities for Clean Air\nMenu\nNews & Statements",
        "Urban Futures Network\nWho we are   What we do   Members   Press   Join",
    ],
    "de": [
        "Startseite | Über uns | Mitgliedsstädte | Presse | Kontakt",
        "Zum Inhalt springen\nStädtebündnis Klima\nMenü\nAktuelles",
        "Netzwerk Lebenswerte Städte\nThemen   Projekte   Mitglieder   Termine   Suche",
    ],
    "fr": [
        "Accueil | Le réseau | Nos villes | Actualités | Contact",
        "Aller au contenu\nVilles en Transition\nMenu\nCommuniqués",
        "Réseau des Villes Solidaires\nQui sommes-nous   Adhérents   Agenda   Presse",
    ],
    "es": [
        "Inicio | Quiénes somos | Ciudades | Noticias | Contacto",
        "Saltar al contenido\nRed de Ciudades por el Clima\nMenú\nActualidad",
        "Alianza de Ciudades Educadoras\nLa red   Miembros   Proyectos   Prensa",
    ],
    "it": [
        "Home | Chi siamo | Comuni aderenti | Notizie | Contatti",
        "Vai al contenuto\nRete dei Comuni Sostenibili\nMenu\nComunicati",
        "Coordinamento Città per la Pace\nLa rete   Soci   Documenti   Eventi",
    ],
    "pt": [
        "Início | Sobre | Municípios | Notícias | Contactos",
        "Saltar para o conteúdo\nRede de Cidades Saudáveis\nMenu\nDestaques",
        "Associação de Cidades pelo Clima\nA rede   Membros   Agenda   Imprensa",
    ],
    "nl": [
        "Home | Over ons | Gemeenten | Nieuws | Contact",
        "Naar de inhoud\nNetwerk Groene Steden\nMenu\nActueel",
        "Stedenplatform Wonen\nOver   Leden   Dossiers   Agenda   Zoeken",
    ],
    "pl": [
        "Strona główna | O nas | Miasta | Aktualności | Kontakt",
        "Przejdź do treści\nSieć Miast dla Klimatu\nMenu\nWiadomości",
        "Związek Miast Otwartych\nO związku   Członkowie   Projekty   Prasa",
    ],
    "sv": [
        "Hem | Om oss | Kommuner | Nyheter | Kontakt",
        "Hoppa till innehållet\nKlimatkommunerna\nMeny\nAktuellt",
    ],
    "da": [
        "Forside | Om os | Kommuner | Nyheder | Kontakt",
        "Gå til indhold\nKlimaalliancen af byer\nMenu\nPresse",
    ],
    "no": [
        "Hjem | Om oss | Kommuner | Nyheter | Kontakt",
        "Hopp til innhold\nByer for klima\nMeny\nAktuelt",
    ],
    "cs": [
        "Úvod | O nás | Města | Aktuality | Kontakt",
        "Přejít na obsah\nSíť zdravých měst\nMenu\nTiskové zprávy",
    ],
    "fi": [
        "Etusivu | Tietoa meistä | Kunnat | Ajankohtaista | Yhteystiedot",
        "Siirry sisältöön\nIlmastokaupungit\nValikko\nUutiset",
    ],
    "el": [
        "Αρχική | Ποιοι είμαστε | Δήμοι | Νέα | Επικοινωνία",
        "Μετάβαση στο περιεχόμενο\nΔίκτυο Πόλεων για το Κλίμα\nΜενού",
    ],
    "ro": [
        "Acasă | Despre noi | Orașe membre | Știri | Contact",
        "Sari la conținut\nRețeaua Orașelor Verzi\nMeniu\nComunicate",
    ],
    "sk": [
        "Domov | O nás | Mestá | Aktuality | Kontakt",
        "Preskočiť na obsah\nSieť zelených miest\nMenu\nTlačové správy",
    ],
    "hr": [
        "Početna | O nama | Gradovi | Vijesti | Kontakt",
        "Preskoči na sadržaj\nMreža zelenih gradova\nIzbornik\nPriopćenja",
    ],
    "lt": [
        "Pradžia | Apie mus | Miestai | Naujienos | Kontaktai",
        "Pereiti prie turinio\nŽaliųjų miestų tinklas\nMeniu\nPranešimai",
    ],
    "hu": [
        "Kezdőlap | Rólunk | Tagvárosok | Hírek | Kapcsolat",
        "Ugrás a tartalomra\nZöld Városok Szövetsége\nMenü\nSajtó",
    ],
    "sl": [
        "Domov | O nas | Občine | Novice | Kontakt",
        "Skoči na vsebino\nMreža zelenih občin\nMeni\nSporočila za javnost",
    ],
    "ca": [
        "Inici | Qui som | Municipis | Actualitat | Contacte",
        "Salta al contingut\nXarxa de Ciutats pel Clima\nMenú\nPremsa",
    ],
    "tr": [
        "Ana Sayfa | Hakkımızda | Üye Belediyeler | Haberler | İletişim",
        "İçeriğe geç\nSağlıklı Kentler Birliği\nMenü\nDuyurular",
    ],
    "bg": [
        "Начало | За нас | Общини | Новини | Контакти",
        "Към съдържанието\nМрежа на зелените градове\nМеню\nПрессъобщения",
    ],
    "uk": [
        "Головна | Про нас | Громади | Новини | Контакти",
        "Перейти до змісту\nМережа зелених міст\nМеню\nПрес-релізи",
    ],
    "lv": [
        "Sākums | Par mums | Pašvaldības | Jaunumi | Kontakti",
        "Pāriet uz saturu\nZaļo pilsētu tīkls\nIzvēlne\nPreses relīzes",
    ],
    "et": [
        "Avaleht | Meist | Omavalitsused | Uudised | Kontakt",
        "Liigu sisu juurde\nRohelinnade võrgustik\nMenüü\nPressiteated",
    ],
    "id": [
        "Beranda | Tentang Kami | Anggota | Berita | Kontak",
        "Langsung ke konten\nJaringan Kota Tangguh\nMenu\nSiaran Pers",
    ],
    "ja": [
        "ホーム | 私たちについて | 加盟都市 | ニュース | お問い合わせ",
        "本文へスキップ\n平和都市ネットワーク\nメニュー\nプレスリリース",
    ],
    "gl": [
        "Inicio | Quen somos | Concellos | Novas | Contacto",
        "Ir ao contido\nRede de Cidades Sustentables\nMenú\nSala de prensa",
    ],
    "is": [
        "Forsíða | Um okkur | Sveitarfélög | Fréttir | Hafa samband",
        "Fara í efni\nGræna borganetið\nValmynd\nFréttatilkynningar",
    ],
    "sr": [
        "Почетна | О нама | Градови | Вести | Контакт",
        "Пређи на садржај\nМрежа зелених градова\nМени\nСаопштења",
    ],
    "ko": [
        "홈 | 소개 | 회원 도시 | 소식 | 문의",
        "본문 바로가기\n기후도시네트워크\n메뉴\n보도자료",
    ],
    "vi": [
        "Trang chủ | Giới thiệu | Thành viên | Tin tức | Liên hệ",
        "Chuyển đến nội dung\nMạng lưới Đô thị Xanh\nDanh mục\nThông cáo báo chí",
    ],
    "ru": [
        "Главная | О нас | Города | Новости | Контакты",
        "Перейти к содержанию\nСеть зелёных городов\nМеню\nПресс-релизы",
    ],
    "ar": [
        "الرئيسية | من نحن | المدن الأعضاء | الأخبار | اتصل بنا",
        "انتقل إلى المحتوى\nشبكة المدن الخضراء\nالقائمة\nالبيانات الصحفية",
    ],
    "he": [
        "דף הבית | אודות | ערים חברות | חדשות | צור קשר",
        "דלג לתוכן\nרשת הערים הירוקות\nתפריט\nהודעות לעיתונות",
    ],
    "eu": [
        "Hasiera | Guri buruz | Udalerriak | Albisteak | Harremanetarako",
        "Edukira joan\nKlima Udalen Sarea\nMenua\nPrentsa",
    ],
    "zh": [
        "首页 | 关于我们 | 成员城市 | 新闻动态 | 联系我们",
        "跳转到主要内容\n低碳城市合作网络\n导航\n新闻中心",
    ],
    "zh-tw": [
        "首頁 | 關於我們 | 會員城市 | 最新消息 | 聯絡我們",
        "跳到主要內容\n永續城市聯盟\n選單\n新聞稿",
    ],
    "fa": [
        "خانه | درباره ما | شهرهای عضو | اخبار | تماس با ما",
        "پرش به محتوا\nشبکه شهرهای پایدار\nفهرست\nاطلاعیه‌ها",
    ],
    "th": [
        "หน้าแรก | เกี่ยวกับเรา | สมาชิก | ข่าวสาร | ติดต่อเรา",
        "ข้ามไปยังเนื้อหา\nเครือข่ายเมืองยั่งยืน\nเมนู\nข่าวประชาสัมพันธ์",
    ],
    "ka": [
        "მთავარი | ჩვენ შესახებ | წევრი ქალაქები | სიახლეები | კონტაქტი",
        "გადასვლა შინაარსზე\nმწვანე ქალაქების ქსელი\nმენიუ\nპრესრელიზები",
    ],
    "mk": [
        "Почетна | За нас | Општини | Вести | Контакт",
        "Прескокни до содржината\nМрежа на зелени општини\nМени\nСоопштенија",
    ],
    "hi": [
        "मुखपृष्ठ | हमारे बारे में | सदस्य शहर | समाचार | संपर्क",
        "मुख्य सामग्री पर जाएँ\nहरित शहर नेटवर्क\nमेनू\nप्रेस विज्ञप्ति",
    ],
    "ms": [
        "Utama | Tentang Kami | Ahli | Berita | Hubungi Kami",
        "Langkau ke kandungan\nRangkaian Bandar Hijau\nMenu\nKenyataan Media",
    ],
    "sw": [
        "Mwanzo | Kuhusu Sisi | Wanachama | Habari | Wasiliana Nasi",
        "Ruka hadi maudhui\nMtandao wa Miji ya Kijani\nMenyu\nTaarifa kwa Vyombo vya Habari",
    ],
    "ur": [
        "صفحۂ اول | ہمارے بارے میں | رکن شہر | خبریں | رابطہ",
        "مواد پر جائیں\nسرسبز شہروں کا نیٹ ورک\nمینو\nپریس ریلیز",
    ],
    "uz": [
        "Bosh sahifa | Biz haqimizda | Aʼzo shaharlar | Yangiliklar | Aloqa",
        "Asosiy mazmunga oʻtish\nYashil shaharlar tarmogʻi\nMenyu\nMatbuot xabarlari",
    ],
    "bn": [
        "প্রথম পাতা | আমাদের সম্পর্কে | সদস্য | সংবাদ | যোগাযোগ",
        "মূল বিষয়বস্তুতে যান\nসবুজ নগর নেটওয়ার্ক\nমেনু\nসংবাদ বিজ্ঞপ্তি",
    ],
    "tl": [
        "Home | Tungkol sa Amin | Mga Kasapi | Balita | Makipag-ugnayan",
        "Lumaktaw sa nilalaman\nNetwork ng mga Luntiang Lungsod\nMenu\nMga Pahayag sa Media",
    ],
    "hy": [
        "Գլխավոր | Մեր մասին | Անդամ համայնքներ | Նորություններ | Կապ",
        "Անցնել բովանդակությանը\nԿանաչ համայնքների ցանց\nՄենյու\nՄամուլի հաղորդագրություններ",
    ],
    "kk": [
        "Басты бет | Біз туралы | Мүше қалалар | Жаңалықтар | Байланыс",
        "Мазмұнға өту\nЖасыл қалалар желісі\nМәзір\nБаспасөз хабарламалары",
    ],
    "ta": [
        "முகப்பு | எங்களைப் பற்றி | உறுப்பினர்கள் | செய்திகள் | தொடர்புக்கு",
        "உள்ளடக்கத்திற்குச் செல்க\nபசுமை நகரங்கள் வலையமைப்பு\nபட்டியல்\nசெய்திக் குறிப்புகள்",
    ],
    "te": [
        "హోమ్ | మా గురించి | సభ్య నగరాలు | వార్తలు | సంప్రదించండి",
        "కంటెంట్‌కు వెళ్ళండి\nహరిత నగరాల వేదిక\nమెనూ\nపత్రికా ప్రకటనలు",
    ],
    "mr": [
        "मुख्यपृष्ठ | आमच्याविषयी | सदस्य शहरे | बातम्या | संपर्क",
        "मुख्य मजकुराकडे जा\nस्वच्छ शहरे संघटन\nमेनू\nप्रसिद्धी पत्रके",
    ],
    "ne": [
        "गृहपृष्ठ | हाम्रो बारेमा | सदस्य पालिकाहरू | समाचार | सम्पर्क",
        "सामग्रीमा जानुहोस्\nहरित नगर सञ्जाल\nमेनु\nप्रेस विज्ञप्ति",
    ],
    "si": [
        "මුල් පිටුව | අප ගැන | සාමාජික නගර | පුවත් | සම්බන්ධ වන්න",
        "අන්තර්ගතයට යන්න\nහරිත නගර ජාලය\nමෙනුව\nමාධ්‍ය නිවේදන",
    ],
    "km": [
        "ទំព័រដើម | អំពីយើង | សមាជិក | ព័ត៌មាន | ទំនាក់ទំនង",
        "រំលងទៅខ្លឹមសារ\nបណ្តាញទីក្រុងបៃតង\nម៉ឺនុយ\nសេចក្តីប្រកាសព័ត៌មាន",
    ],
    "az": [
        "Ana səhifə | Haqqımızda | Üzv şəhərlər | Xəbərlər | Əlaqə",
        "Məzmuna keç\nYaşıl Şəhərlər Şəbəkəsi\nMenyu\nMətbuat xidməti",
    ],
    "my": [
        "ပင်မစာမျက်နှာ | ကျွန်ုပ်တို့အကြောင်း | အဖွဲ့ဝင်မြို့များ | သတင်း | ဆက်သွယ်ရန်",
        "အကြောင်းအရာသို့ သွားရန်\nစိမ်းလန်းမြို့ပြကွန်ရက်\nမီနူး\nသတင်းထုတ်ပြန်ချက်များ",
    ],
    "lo": [
        "ໜ້າຫຼັກ | ກ່ຽວກັບພວກເຮົາ | ສະມາຊິກ | ຂ່າວສານ | ຕິດຕໍ່",
        "ໄປຫາເນື້ອໃນ\nເຄືອຂ່າຍເມືອງສີຂຽວ\nເມນູ\nຖະແຫຼງຂ່າວ",
    ],
    "pa": [
        "ਮੁੱਖ ਪੰਨਾ | ਸਾਡੇ ਬਾਰੇ | ਮੈਂਬਰ ਸ਼ਹਿਰ | ਖ਼ਬਰਾਂ | ਸੰਪਰਕ",
        "ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ\nਸਾਫ਼ ਹਵਾ ਸ਼ਹਿਰ ਮੰਚ\nਮੀਨੂ\nਪ੍ਰੈੱਸ ਰਿਲੀਜ਼",
    ],
    "gu": [
        "મુખ્ય પૃષ્ઠ | અમારા વિશે | સભ્ય શહેરો | સમાચાર | સંપર્ક",
        "સામગ્રી પર જાઓ\nશહેરી જળ નેટવર્ક\nમેનુ\nપ્રેસ યાદી",
    ],
    "kn": [
        "ಮುಖಪುಟ | ನಮ್ಮ ಬಗ್ಗೆ | ಸದಸ್ಯ ನಗರಗಳು | ಸುದ್ದಿ | ಸಂಪರ್ಕಿಸಿ",
        "ವಿಷಯಕ್ಕೆ ತೆರಳಿ\nನಗರ ಹವಾಮಾನ ವೇದಿಕೆ\nಮೆನು\nಪತ್ರಿಕಾ ಪ್ರಕಟಣೆಗಳು",
    ],
    "ml": [
        "ഹോം | ഞങ്ങളെക്കുറിച്ച് | അംഗങ്ങൾ | വാർത്തകൾ | ബന്ധപ്പെടുക",
        "ഉള്ളടക്കത്തിലേക്ക് പോകുക\nനഗര പ്രതിരോധ ശൃംഖല\nമെനു\nപത്രക്കുറിപ്പുകൾ",
    ],
    "am": [
        "መነሻ | ስለ እኛ | አባል ከተሞች | ዜና | ያግኙን",
        "ወደ ይዘቱ ይሂዱ\nየአረንጓዴ ከተሞች መድረክ\nምናሌ\nጋዜጣዊ መግለጫዎች",
    ],
    "mn": [
        "Нүүр | Бидний тухай | Гишүүн хотууд | Мэдээ | Холбоо барих",
        "Агуулга руу шилжих\nНогоон хотуудын сүлжээ\nЦэс\nХэвлэлийн мэдээ",
    ],
    "ky": [
        "Башкы бет | Биз жөнүндө | Мүчө шаарлар | Жаңылыктар | Байланыш",
        "Мазмунга өтүү\nТаза шаарлар тармагы\nМеню\nПресс-релиздер",
    ],
    "sq": [
        "Ballina | Rreth nesh | Anëtarët | Lajme | Kontakt",
        "Kalo te përmbajtja\nRrjeti i Qyteteve të Gjelbra\nMenu\nNjoftime për shtyp",
    ],
    "be": [
        "Галоўная | Пра нас | Гарады-ўдзельнікі | Навіны | Кантакты",
        "Перайсці да зместу\nСетка энергаэфектыўных гарадоў\nМеню\nПрэс-рэлізы",
    ],
    "so": [
        "Bogga hore | Nagu saabsan | Xubnaha | Wararka | Nala soo xiriir",
        "U gudub nuxurka\nShabakadda Magaalooyinka\nLiiska\nWarsaxaafadeedyo",
    ],
    "ps": [
        "کور پاڼه | زموږ په اړه | غړي ښارونه | خبرونه | اړیکه",
        "منځپانګې ته لاړ شئ\nد ښارونو شبکه\nمینو\nخبرپاڼې",
    ],
    "tg": [
        "Саҳифаи асосӣ | Дар бораи мо | Шаҳрҳои аъзо | Хабарҳо | Тамос",
        "Гузариш ба мундариҷа\nШабакаи шаҳрҳои сабз\nМенюи асосӣ\nИттилооти матбуотӣ",
    ],
    "or": [
        "ମୂଳ ପୃଷ୍ଠା | ଆମ ବିଷୟରେ | ସଦସ୍ୟ ସହର | ସମ୍ବାଦ | ଯୋଗାଯୋଗ",
        "ବିଷୟବସ୍ତୁକୁ ଯାଆନ୍ତୁ\nସବୁଜ ସହର ନେଟୱାର୍କ\nମେନୁ\nପ୍ରେସ ବିଜ୍ଞପ୍ତି",
    ],
    "as": [
        "মূল পৃষ্ঠা | আমাৰ বিষয়ে | সদস্য নগৰ | বাতৰি | যোগাযোগ",
        "বিষয়বস্তুলৈ যাওক\nসেউজ নগৰ সংঘ\nমেনু\nসংবাদ বিজ্ঞপ্তি",
    ],
    "ti": [
        "መበገሲ ገጽ | ብዛዕባና | ኣባላት ከተማታት | ዜና | ርኸቡና",
        "ናብ ትሕዝቶ ሕለፍ\nርክብ ከተማታት\nመምረጺ\nመግለጺታት",
    ],
    "ckb": [
        "سەرەکی | دەربارەی ئێمە | شارە ئەندامەکان | هەواڵەکان | پەیوەندی",
        "بڕۆ بۆ ناوەڕۆک\nتۆڕی شارە سەوزەکان\nلیست\nڕاگەیەندراوەکان",
    ],
    "dv": [
        "މައި ޞަފްޙާ | އަހަރެމެންގެ ބާރަށް | މެމްބަރު ކައުންސިލްތައް | ޚަބަރު | ގުޅުއްވާ",
        "ތަފްޞީލަށް ދާށެވެ\nކައުންސިލްތަކުގެ ނެޓްވޯކް\nމެނޫ\nނޫސް ބަޔާން",
    ],
    "ha": [
        "Gida | Game da mu | Biranen mambobi | Labarai | Tuntuɓe mu",
        "Tsallaka zuwa abun ciki\nƘungiyar Biranen Sahel\nMenu\nSanarwar manema labarai",
    ],
    "yo": [
        "Ojú-ìwé àkọ́kọ́ | Nípa wa | Àwọn ìlú ọmọ ẹgbẹ́ | Ìròyìn | Kàn sí wa",
        "Fo lọ sí àkóónú\nÌkànnì Àwọn Ìlú Aláwọ̀ Ewé\nÀtòjọ\nÀtẹ̀jáde fún oníròyìn",
    ],
    "zu": [
        "Ikhasi lokuqala | Mayelana nathi | Amalungu | Izindaba | Xhumana nathi",
        "Yeqela kokuqukethwe\niNethiwekhi Yamadolobha Aluhlaza\nImenyu\nIzitatimende",
    ],
    "af": [
        "Tuis | Oor ons | Lidmunisipaliteite | Nuus | Kontak",
        "Gaan na inhoud\nGroen Dorpe Netwerk\nKieslys\nMediaverklarings",
    ],
    "tk": [
        "Baş sahypa | Biz barada | Agza şäherler | Habarlar | Habarlaşmak",
        "Mazmuna geçmek\nArassa şäherler ulgamy\nMenýu\nMetbugat beýanatlary",
    ],
    "mt": [
        "Paġna ewlenija | Dwarna | Il-Membri | Aħbarijiet | Ikkuntattjana",
        "Aqbeż għall-kontenut\nNetwerk tal-Lokalitajiet Nodfa\nMenu\nStqarrijiet għall-Istampa",
    ],
    "cy": [
        "Hafan | Amdanom ni | Aelodau | Newyddion | Cysylltu",
        "Neidio i'r cynnwys\nCynghrair Trefi Cymru\nDewislen\nDatganiadau i'r wasg",
    ],
    "ga": [
        "Baile | Fúinn | Comhaltaí | Nuacht | Teagmháil",
        "Léim go dtí an t-ábhar\nBailte Glasa na hÉireann\nRoghchlár\nPreasráitis",
    ],
}

COOKIES = {
    "en": "We use cookies to improve your experience. Accept all  Reject  Settings",
    "de": "Diese Website verwendet Cookies. Alle akzeptieren  Nur notwendige  Einstellungen",
    "fr": "Ce site utilise des cookies. Tout accepter  Tout refuser  Personnaliser",
    "es": "Utilizamos cookies propias y de terceros. Aceptar  Rechazar  Configurar",
    "it": "Questo sito utilizza cookie tecnici e di terze parti. Accetta  Rifiuta  Personalizza",
    "pt": "Este sítio utiliza cookies. Aceitar todos  Rejeitar  Definições",
    "nl": "Wij gebruiken cookies. Alles accepteren  Weigeren  Instellingen",
    "pl": "Ta strona używa plików cookies. Akceptuję  Odrzucam  Ustawienia",
    "sv": "Vi använder kakor. Godkänn alla  Neka  Inställningar",
    "da": "Vi bruger cookies. Accepter alle  Afvis  Indstillinger",
    "no": "Vi bruker informasjonskapsler. Godta alle  Avvis  Innstillinger",
    "cs": "Tento web používá soubory cookies. Přijmout vše  Odmítnout  Nastavení",
    "fi": "Käytämme evästeitä. Hyväksy kaikki  Hylkää  Asetukset",
    "el": "Χρησιμοποιούμε cookies. Αποδοχή όλων  Απόρριψη  Ρυθμίσεις",
    "ro": "Acest site folosește cookie-uri. Accept toate  Refuz  Setări",
    "sk": "Táto stránka používa súbory cookies. Prijať všetky  Odmietnuť  Nastavenia",
    "hr": "Ova stranica koristi kolačiće. Prihvati sve  Odbij  Postavke",
    "lt": "Ši svetainė naudoja slapukus. Sutinku  Atsisakyti  Nustatymai",
    "hu": "Ez a weboldal sütiket használ. Összes elfogadása  Elutasítás  Beállítások",
    "sl": "Ta spletna stran uporablja piškotke. Sprejmi vse  Zavrni  Nastavitve",
    "ca": "Aquest web utilitza galetes. Accepta-les totes  Rebutja  Configura",
    "tr": "Bu sitede çerezler kullanılmaktadır. Tümünü kabul et  Reddet  Ayarlar",
    "bg": "Този сайт използва бисквитки. Приемам всички  Отказвам  Настройки",
    "uk": "Цей сайт використовує файли cookie. Прийняти всі  Відхилити  Налаштування",
    "lv": "Šī vietne izmanto sīkdatnes. Piekrist visām  Noraidīt  Iestatījumi",
    "et": "See veebileht kasutab küpsiseid. Nõustu kõigiga  Keeldu  Seaded",
    "id": "Situs web ini menggunakan cookie. Terima semua  Tolak  Pengaturan",
    "ja": "このウェブサイトはクッキーを使用しています。すべて同意  拒否  設定",
    "gl": "Este sitio usa cookies. Aceptar todas  Rexeitar  Configurar",
    "is": "Þessi vefur notar vafrakökur. Samþykkja allar  Hafna  Stillingar",
    "sr": "Овај сајт користи колачиће. Прихвати све  Одбиј  Подешавања",
    "ko": "이 웹사이트는 쿠키를 사용합니다. 모두 동의  거부  설정",
    "vi": "Trang web này sử dụng cookie. Chấp nhận tất cả  Từ chối  Cài đặt",
    "ru": "Этот сайт использует файлы cookie. Принять все  Отклонить  Настройки",
    "ar": "يستخدم هذا الموقع ملفات تعريف الارتباط. قبول الكل  رفض  الإعدادات",
    "he": "אתר זה משתמש בעוגיות. אישור הכול  דחייה  הגדרות",
    "eu": "Webgune honek cookieak erabiltzen ditu. Onartu guztiak  Ukatu  Ezarpenak",
    "zh": "本网站使用Cookie以改善您的浏览体验。全部接受  拒绝  设置",
    "zh-tw": "本網站使用Cookie以提升您的瀏覽體驗。全部接受  拒絕  設定",
    "fa": "این وب‌سایت از کوکی استفاده می‌کند. پذیرش همه  رد کردن  تنظیمات",
    "th": "เว็บไซต์นี้ใช้คุกกี้ ยอมรับทั้งหมด  ปฏิเสธ  ตั้งค่า",
    "ka": "ეს ვებგვერდი იყენებს ქუქი-ფაილებს. ყველას მიღება  უარყოფა  პარამეტრები",
    "mk": "Оваа веб-страница користи колачиња. Прифати ги сите  Одбиј  Поставки",
    "hi": "यह वेबसाइट कुकीज़ का उपयोग करती है। सभी स्वीकार करें  अस्वीकार करें  सेटिंग्स",
    "ms": "Laman web ini menggunakan kuki. Terima semua  Tolak  Tetapan",
    "sw": "Tovuti hii inatumia vidakuzi. Kubali vyote  Kataa  Mipangilio",
    "ur": "یہ ویب سائٹ کوکیز استعمال کرتی ہے۔ سب قبول کریں  مسترد کریں  ترتیبات",
    "uz": "Bu sayt cookie-fayllardan foydalanadi. Hammasini qabul qilish  Rad etish  Sozlamalar",
    "bn": "এই ওয়েবসাইট কুকি ব্যবহার করে। সব গ্রহণ করুন  প্রত্যাখ্যান করুন  সেটিংস",
    "tl": "Gumagamit ng cookies ang website na ito. Tanggapin lahat  Tanggihan  Mga Setting",
    "hy": "Այս կայքը օգտագործում է քուքիներ։ Ընդունել բոլորը  Մերժել  Կարգավորումներ",
    "kk": "Бұл сайт cookie файлдарын пайдаланады. Барлығын қабылдау  Бас тарту  Баптаулар",
    "ta": "இந்த இணையதளம் குக்கீகளைப் பயன்படுத்துகிறது. அனைத்தையும் ஏற்கவும்  நிராகரி  அமைப்புகள்",
    "te": "ఈ వెబ్‌సైట్ కుకీలను ఉపయోగిస్తుంది. అన్నీ అంగీకరించండి  తిరస్కరించండి  సెట్టింగ్‌లు",
    "mr": "हे संकेतस्थळ कुकीज वापरते. सर्व स्वीकारा  नाकारा  सेटिंग्ज",
    "ne": "यो वेबसाइटले कुकीज प्रयोग गर्छ। सबै स्वीकार्नुहोस्  अस्वीकार  सेटिङ",
    "si": "මෙම වෙබ් අඩවිය කුකීස් භාවිත කරයි. සියල්ල පිළිගන්න  ප්‍රතික්ෂේප කරන්න  සැකසුම්",
    "km": "គេហទំព័រនេះប្រើខុកឃី។ ទទួលយកទាំងអស់  បដិសេធ  ការកំណត់",
    "az": "Bu sayt kukilərdən istifadə edir. Hamısını qəbul et  İmtina  Parametrlər",
    "my": "ဤဝက်ဘ်ဆိုက်သည် ကွတ်ကီးများကို အသုံးပြုသည်။ အားလုံးလက်ခံမည်  ငြင်းပယ်မည်  ဆက်တင်များ",
    "lo": "ເວັບໄຊນີ້ໃຊ້ຄຸກກີ້. ຍອມຮັບທັງໝົດ  ປະຕິເສດ  ການຕັ້ງຄ່າ",
    "pa": "ਇਹ ਵੈੱਬਸਾਈਟ ਕੂਕੀਜ਼ ਵਰਤਦੀ ਹੈ। ਸਭ ਸਵੀਕਾਰ ਕਰੋ  ਰੱਦ ਕਰੋ  ਸੈਟਿੰਗਾਂ",
    "gu": "આ વેબસાઇટ કૂકીઝનો ઉપયોગ કરે છે. બધી સ્વીકારો  નકારો  સેટિંગ્સ",
    "kn": "ಈ ಜಾಲತಾಣವು ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತದೆ. ಎಲ್ಲವನ್ನೂ ಸ್ವೀಕರಿಸಿ  ತಿರಸ್ಕರಿಸಿ  ಸೆಟ್ಟಿಂಗ್‌ಗಳು",
    "ml": "ഈ വെബ്സൈറ്റ് കുക്കികൾ ഉപയോഗിക്കുന്നു. എല്ലാം സ്വീകരിക്കുക  നിരസിക്കുക  ക്രമീകരണങ്ങൾ",
    "am": "ይህ ድረ-ገጽ ኩኪዎችን ይጠቀማል። ሁሉንም ተቀበል  አትቀበል  ቅንብሮች",
    "mn": "Энэ вэбсайт күүки ашигладаг. Бүгдийг зөвшөөрөх  Татгалзах  Тохиргоо",
    "ky": "Бул сайт cookie файлдарын колдонот. Баарын кабыл алуу  Баш тартуу  Жөндөөлөр",
    "sq": "Ky faqe përdor cookies. Prano të gjitha  Refuzo  Cilësimet",
    "be": "Гэты сайт выкарыстоўвае файлы cookie. Прыняць усе  Адхіліць  Налады",
    "so": "Boggan wuxuu isticmaalaa cookies. Aqbal dhammaan  Diid  Dejinta",
    "ps": "دا وېبپاڼه کوکيز کاروي. ټول ومنئ  رد یې کړئ  ترتیبات",
    "tg": "Ин сомона кукиҳоро истифода мебарад. Ҳамаро қабул кардан  Рад кардан  Танзимот",
    "or": "ଏହି ୱେବସାଇଟ କୁକିଜ ବ୍ୟବହାର କରେ। ସବୁ ଗ୍ରହଣ କରନ୍ତୁ  ପ୍ରତ୍ୟାଖ୍ୟାନ  ସେଟିଂସ",
    "as": "এই ৱেবছাইটে কুকি ব্যৱহাৰ কৰে। সকলো গ্ৰহণ কৰক  প্ৰত্যাখ্যান কৰক  ছেটিংছ",
    "ti": "እዚ መርበብ ሓበሬታ ኩኪታት ይጥቀም። ኩሉ ተቐበል  ኣብይ  ምድላዋት",
    "ckb": "ئەم ماڵپەڕە کووکی بەکاردەهێنێت. وەرگرتنی هەموو  ڕەتکردنەوە  ڕێکخستنەکان",
    "dv": "މި ވެބްސައިޓުގައި ކުކީޒް ބޭނުންކުރޭ. ހުރިހާ ކަމެއް ގަބޫލުކުރޭ  ދެކޮޅުހަދާ  ސެޓިންގްސް",
    "ha": "Wannan shafin yana amfani da kukis. Karɓi duka  Ƙi  Saituna",
    "yo": "Ojú-òpó yìí ń lo kúkì. Gba gbogbo rẹ̀  Kọ̀  Ètò",
    "zu": "Le webhusayithi isebenzisa amakhukhi. Yamukela konke  Yenqaba  Izilungiselelo",
    "af": "Hierdie webwerf gebruik koekies. Aanvaar alles  Weier  Instellings",
    "tk": "Bu saýt kukilerden peýdalanýar. Hemmesini kabul et  Ret et  Sazlamalar",
    "mt": "Dan is-sit juża l-cookies. Aċċetta kollox  Irrifjuta  Settings",
    "cy": "Mae'r wefan hon yn defnyddio cwcis. Derbyn y cyfan  Gwrthod  Gosodiadau",
    "ga": "Úsáideann an suíomh seo fianáin. Glac le gach ceann  Diúltaigh  Socruithe",
}

SHARES = {
    "en": ["Share\nFacebook\nTwitter\nLinkedIn\nEmail", "Share this article:  X  Facebook  Print"],
    "de": ["Teilen\nFacebook\nX\nE-Mail", "Artikel teilen:  Facebook  X  Drucken"],
    "fr": ["Partager\nFacebook\nX\nCourriel", "Partager cet article :  Facebook  X  Imprimer"],
    "es": ["Compartir\nFacebook\nX\nWhatsApp", "Compartir en:  Facebook  X  Imprimir"],
    "it": ["Condividi\nFacebook\nX\nWhatsApp", "Condividi su:  Facebook  X  Stampa"],
    "pt": ["Partilhar\nFacebook\nX\nE-mail", "Partilhe:  Facebook  X  Imprimir"],
    "nl": ["Delen\nFacebook\nX\nE-mail", "Deel dit bericht:  Facebook  X  Print"],
    "pl": ["Udostępnij\nFacebook\nX\nE-mail", "Podziel się:  Facebook  X  Drukuj"],
    "sv": ["Dela\nFacebook\nX\nE-post"],
    "da": ["Del\nFacebook\nX\nE-mail"],
    "no": ["Del\nFacebook\nX\nE-post"],
    "cs": ["Sdílet\nFacebook\nX\nE-mail"],
    "fi": ["Jaa\nFacebook\nX\nSähköposti"],
    "el": ["Κοινοποίηση\nFacebook\nX\nEmail"],
    "ro": ["Distribuie\nFacebook\nX\nE-mail"],
    "sk": ["Zdieľať\nFacebook\nX\nE-mail"],
    "hr": ["Podijeli\nFacebook\nX\nE-pošta"],
    "lt": ["Dalintis\nFacebook\nX\nEl. paštas"],
    "hu": ["Megosztás\nFacebook\nX\nE-mail"],
    "sl": ["Deli\nFacebook\nX\nE-pošta"],
    "ca": ["Comparteix\nFacebook\nX\nWhatsApp"],
    "tr": ["Paylaş\nFacebook\nX\nE-posta"],
    "bg": ["Сподели\nFacebook\nX\nИмейл"],
    "uk": ["Поділитися\nFacebook\nX\nEmail"],
    "lv": ["Dalīties\nFacebook\nX\nE-pasts"],
    "et": ["Jaga\nFacebook\nX\nE-post"],
    "id": ["Bagikan\nFacebook\nX\nEmail"],
    "ja": ["シェア\nFacebook\nX\nメール"],
    "gl": ["Compartir\nFacebook\nX\nCorreo"],
    "is": ["Deila\nFacebook\nX\nTölvupóstur"],
    "sr": ["Подели\nFacebook\nX\nЕ-пошта"],
    "ko": ["공유하기\nFacebook\nX\n이메일"],
    "vi": ["Chia sẻ\nFacebook\nX\nEmail"],
    "ru": ["Поделиться\nVK\nTelegram\nE-mail"],
    "ar": ["مشاركة\nFacebook\nX\nWhatsApp"],
    "he": ["שיתוף\nFacebook\nX\nWhatsApp"],
    "eu": ["Partekatu\nFacebook\nX\nPosta elektronikoa"],
    "zh": ["分享到\n微信\n微博\nQQ空间"],
    "zh-tw": ["分享\nFacebook\nLINE\nX"],
    "fa": ["اشتراک‌گذاری\nTelegram\nWhatsApp\nX"],
    "th": ["แชร์\nFacebook\nLINE\nX"],
    "ka": ["გაზიარება\nFacebook\nX\nელფოსტა"],
    "mk": ["Сподели\nFacebook\nX\nЕ-пошта"],
    "hi": ["साझा करें\nFacebook\nX\nWhatsApp"],
    "ms": ["Kongsi\nFacebook\nX\nWhatsApp"],
    "sw": ["Shiriki\nFacebook\nX\nWhatsApp"],
    "ur": ["شیئر کریں\nFacebook\nX\nWhatsApp"],
    "uz": ["Ulashish\nFacebook\nTelegram\nX"],
    "bn": ["শেয়ার করুন\nFacebook\nX\nWhatsApp"],
    "tl": ["Ibahagi\nFacebook\nX\nMessenger"],
    "hy": ["Կիսվել\nFacebook\nX\nՏելեգրամ"],
    "kk": ["Бөлісу\nFacebook\nTelegram\nX"],
    "ta": ["பகிர்க\nFacebook\nX\nWhatsApp"],
    "te": ["షేర్ చేయండి\nFacebook\nX\nWhatsApp"],
    "mr": ["शेअर करा\nFacebook\nX\nWhatsApp"],
    "ne": ["सेयर गर्नुहोस्\nFacebook\nX\nViber"],
    "si": ["බෙදාගන්න\nFacebook\nX\nWhatsApp"],
    "km": ["ចែករំលែក\nFacebook\nTelegram\nX"],
    "az": ["Paylaş\nFacebook\nX\nWhatsApp", "Xəbəri paylaş:  Facebook  X  Çap et"],
    "my": ["မျှဝေရန်\nFacebook\nViber\nX"],
    "lo": ["ແບ່ງປັນ\nFacebook\nWhatsApp\nX"],
    "pa": ["ਸਾਂਝਾ ਕਰੋ\nFacebook\nX\nWhatsApp"],
    "gu": ["શેર કરો\nFacebook\nX\nWhatsApp"],
    "kn": ["ಹಂಚಿಕೊಳ್ಳಿ\nFacebook\nX\nWhatsApp"],
    "ml": ["പങ്കിടുക\nFacebook\nX\nWhatsApp"],
    "am": ["ያጋሩ\nFacebook\nTelegram\nX"],
    "mn": ["Хуваалцах\nFacebook\nX\nTelegram"],
    "ky": ["Бөлүшүү\nFacebook\nTelegram\nWhatsApp"],
    "sq": ["Shpërndaje\nFacebook\nX\nWhatsApp"],
    "be": ["Падзяліцца\nFacebook\nTelegram\nX"],
    "so": ["La wadaag\nFacebook\nX\nWhatsApp"],
    "ps": ["شریکول\nFacebook\nX\nWhatsApp"],
    "tg": ["Мубодила\nFacebook\nTelegram\nX"],
    "or": ["ସେୟାର କରନ୍ତୁ\nFacebook\nX\nWhatsApp"],
    "as": ["শ্বেয়াৰ কৰক\nFacebook\nX\nWhatsApp"],
    "ti": ["ኣካፍል\nFacebook\nX\nTelegram"],
    "ckb": ["هاوبەشکردن\nFacebook\nTelegram\nX"],
    "dv": ["ޙިއްސާކުރައްވާ\nFacebook\nX\nViber"],
    "ha": ["Raba\nFacebook\nX\nWhatsApp"],
    "yo": ["Pín in\nFacebook\nX\nWhatsApp"],
    "zu": ["Yabelana\nFacebook\nX\nWhatsApp"],
    "af": ["Deel\nFacebook\nX\nWhatsApp", "Deel hierdie artikel:  Facebook  X  Druk"],
    "tk": ["Paýlaş\nFacebook\nTelegram\nX"],
    "mt": ["Aqsam\nFacebook\nX\nEmail"],
    "cy": ["Rhannu\nFacebook\nX\nE-bost"],
    "ga": ["Comhroinn\nFacebook\nX\nRíomhphost"],
}

# Related-article teasers: other news, naming cities that did not sign this statement.
RELATED = {
    "en": [
        "Related articles",
        "Bristol opens its first low-traffic neighbourhood",
        "Read more: How Vancouver cut heat deaths",
        "Ghent, Belgium: a car-free centre ten years on",
        "Podcast: the mayor of Bogotá on bike lanes",
    ],
    "de": [
        "Das könnte Sie auch interessieren",
        "Wien: Hitzeschutzplan vorgestellt",
        "Mehr lesen: Wie Freiburg seine Straßenbahn ausbaute",
        "Zürich, Schweiz – neue Radwege eröffnet",
    ],
    "fr": [
        "À lire aussi",
        "Nantes inaugure son premier îlot de fraîcheur",
        "Lire la suite : Montréal et la forêt urbaine",
        "Genève (Suisse) : la rue aux enfants",
    ],
    "es": [
        "Noticias relacionadas",
        "Pontevedra, diez años sin coches en el centro",
        "Leer más: Medellín y sus corredores verdes",
        "Vitoria-Gasteiz renueva su anillo verde",
    ],
    "it": [
        "Articoli correlati",
        "Bolzano presenta il piano del verde",
        "Leggi anche: Lugano e la mobilità dolce",
        "Trento, Italia: nuove piste ciclabili",
    ],
    "pt": [
        "Artigos relacionados",
        "Cascais aposta em autocarros gratuitos",
        "Leia também: Curitiba e o transporte rápido",
        "Évora, Portugal: o centro histórico sem carros",
    ],
    "nl": [
        "Gerelateerde berichten",
        "Zwolle opent fietsparkeergarage",
        "Lees ook: Kopenhagen en de fietsbrug",
        "Leuven (België) zet in op deelauto's",
    ],
    "pl": [
        "Zobacz także",
        "Jaworzno: rok bez ofiar na drogach",
        "Czytaj więcej: Lublin stawia na trolejbusy",
        "Opole, Polska – nowe parki kieszonkowe",
    ],
    "sv": [
        "Relaterat",
        "Växjö sänker utsläppen igen",
        "Läs mer: Umeå och de nya cykelvägarna",
    ],
    "da": [
        "Læs også",
        "Sønderborg når sit klimamål",
        "Læs mere: Vejle og stormfloden",
    ],
    "no": [
        "Les også",
        "Bodø åpner ny byhavn",
        "Les mer: Drammen og elva",
    ],
    "cs": [
        "Související články",
        "Jihlava otevírá nové cyklostezky",
        "Čtěte také: Zlín a městská zeleň",
    ],
    "fi": [
        "Lue myös",
        "Lahti kieltää kivihiilen",
        "Lisää: Kuopio ja uudet pyörätiet",
    ],
    "el": [
        "Σχετικά άρθρα",
        "Τρίκαλα: η πρώτη έξυπνη πόλη",
        "Διαβάστε επίσης: Καλαμάτα και ποδήλατο",
    ],
    "ro": [
        "Articole similare",
        "Alba Iulia deschide primul parc solar urban",
        "Citește și: Suceava și transportul electric",
    ],
    "sk": [
        "Súvisiace články",
        "Banská Bystrica otvára novú cyklotrasu",
        "Prečítajte si aj: Martin a mestská zeleň",
    ],
    "hr": [
        "Povezani članci",
        "Pula otvara prvi solarni park",
        "Pročitajte i: Karlovac i biciklističke staze",
    ],
    "lt": [
        "Susiję straipsniai",
        "Alytus atidaro naują dviračių taką",
        "Skaitykite: Marijampolė ir žalioji energija",
    ],
    "hu": [
        "Kapcsolódó cikkek",
        "Veszprém új kerékpárutakat adott át",
        "Olvassa el: Szolnok és a napelemes iskolák",
    ],
    "sl": [
        "Sorodni članki",
        "Velenje odpira novo kolesarsko pot",
        "Preberite tudi: Ptuj in zelene strehe",
    ],
    "ca": [
        "Notícies relacionades",
        "Manresa estrena el seu primer carril bici",
        "Llegeix també: Vic i els horts urbans",
    ],
    "tr": [
        "İlgili haberler",
        "Konya bisiklet yollarını genişletiyor",
        "Devamını oku: Kayseri ve yeşil alanlar",
    ],
    "bg": [
        "Свързани статии",
        "Шумен открива нов парк",
        "Прочетете още: Плевен и велоалеите",
    ],
    "uk": [
        "Схожі новини",
        "Полтава відкриває новий сквер",
        "Читайте також: Київ і велодоріжки",
    ],
    "lv": [
        "Saistītie raksti",
        "Daugavpils atklāj jaunu parku",
        "Lasiet arī: Rēzekne un velosipēdu ceļi",
    ],
    "et": [
        "Seotud uudised",
        "Rakvere avab uue pargi",
        "Loe ka: Haapsalu ja rattateed",
    ],
    "id": [
        "Berita terkait",
        "Palembang membuka taman kota baru",
        "Baca juga: Manado dan jalur sepeda",
    ],
    "ja": [
        "関連記事",
        "福岡市が新しい公園を開設",
        "あわせて読みたい：名古屋市と自転車道",
    ],
    "gl": [
        "Novas relacionadas",
        "Ferrol abre un novo parque fluvial",
        "Le tamén: Monforte de Lemos e os carrís bici",
    ],
    "is": [
        "Tengdar fréttir",
        "Selfoss opnar nýjan almenningsgarð",
        "Lestu líka: Egilsstaðir og hjólastígar",
    ],
    "sr": [
        "Повезане вести",
        "Ваљево отвара нови парк",
        "Прочитајте и: Сомбор и бициклистичке стазе",
    ],
    "ko": [
        "관련 기사",
        "대전광역시, 새 공원 개장",
        "함께 읽기: 청주시의 자전거 도로",
    ],
    "vi": [
        "Bài viết liên quan",
        "Nha Trang mở công viên ven biển mới",
        "Đọc thêm: Vinh và làn đường xe đạp",
    ],
    "ru": [
        "Читайте также",
        "Караганда открывает новый парк",
        "Подробнее: Павлодар и велодорожки",
    ],
    "ar": [
        "مقالات ذات صلة",
        "الزرقاء تفتتح حديقة جديدة",
        "اقرأ أيضًا: مسارات الدراجات في المنستير",
    ],
    "he": [
        "כתבות נוספות",
        "חולון פותחת פארק חדש",
        "עוד בנושא: שבילי אופניים ברחובות",
    ],
    "eu": [
        "Lotutako albisteak",
        "Arrasatek bidegorri berria inauguratu du",
        "Irakurri ere: Zarautz eta hiri-baratzeak",
    ],
    "zh": [
        "相关新闻",
        "哈尔滨市启动冬季清洁取暖行动",
        "延伸阅读：厦门市滨海步道全线贯通",
    ],
    "zh-tw": [
        "相關新聞",
        "花蓮縣推動海岸步道串聯計畫",
        "延伸閱讀：金門縣的低碳島嶼經驗",
    ],
    "fa": [
        "اخبار مرتبط",
        "اردبیل پارک جنگلی تازه‌ای افتتاح کرد",
        "بیشتر بخوانید: بوشهر و مسیرهای دوچرخه",
    ],
    "th": [
        "ข่าวที่เกี่ยวข้อง",
        "ตรังเปิดสวนสาธารณะริมแม่น้ำแห่งใหม่",
        "อ่านเพิ่มเติม: น่านกับเส้นทางจักรยาน",
    ],
    "ka": [
        "მსგავსი სიახლეები",
        "მცხეთაში ახალი პარკი გაიხსნა",
        "ასევე წაიკითხეთ: სიღნაღი და ველობილიკები",
    ],
    "mk": [
        "Поврзани вести",
        "Тетово отвора нов градски парк",
        "Прочитајте и: Гостивар и велосипедските патеки",
    ],
    "hi": [
        "संबंधित समाचार",
        "ग्वालियर में नए शहरी उद्यान का उद्घाटन",
        "यह भी पढ़ें: चंडीगढ़ की साइकिल लेन",
    ],
    "ms": [
        "Berita berkaitan",
        "Sandakan buka taman bandar baharu",
        "Baca juga: Laluan basikal di Kota Bharu",
    ],
    "sw": [
        "Habari zinazohusiana",
        "Shinyanga yazindua bustani mpya ya umma",
        "Soma pia: Njia za baiskeli mjini Kigoma",
    ],
    "ur": [
        "متعلقہ خبریں",
        "ملتان میں نئے شہری پارک کا افتتاح",
        "یہ بھی پڑھیں: بہاولپور میں سائیکل کے راستے",
    ],
    "uz": [
        "Tegishli yangiliklar",
        "Guliston shahrida yangi bogʻ ochildi",
        "Shuningdek oʻqing: Margʻilonda velosiped yoʻlaklari",
    ],
    "bn": [
        "সম্পর্কিত সংবাদ",
        "দিনাজপুরে নতুন নগর উদ্যান উদ্বোধন",
        "আরও পড়ুন: পাবনায় সাইকেল লেন",
    ],
    "tl": [
        "Kaugnay na balita",
        "Bagong parke, binuksan sa Lungsod ng Tagbilaran",
        "Basahin din: Mga bike lane sa Lungsod ng Vigan",
    ],
    "hy": [
        "Առնչվող նորություններ",
        "Ալավերդիում բացվեց նոր քաղաքային այգի",
        "Կարդացեք նաև՝ Եղվարդի հեծանվային արահետները",
    ],
    "kk": [
        "Ұқсас жаңалықтар",
        "Сәтбаевта жаңа саябақ ашылды",
        "Сондай-ақ оқыңыз: Щучинскідегі велосипед жолдары",
    ],
    "ta": [
        "தொடர்புடைய செய்திகள்",
        "காஞ்சிபுரத்தில் புதிய நகரப் பூங்கா திறப்பு",
        "இதையும் படிக்க: கும்பகோணத்தில் மிதிவண்டிப் பாதைகள்",
    ],
    "te": [
        "సంబంధిత వార్తలు",
        "ఒంగోలులో కొత్త నగర ఉద్యానవనం ప్రారంభం",
        "ఇది కూడా చదవండి: ఏలూరులో సైకిల్ దారులు",
    ],
    "mr": [
        "संबंधित बातम्या",
        "सोलापुरात नवीन सौर उद्यान सुरू",
        "हेही वाचा: लातूरमधील पाणी बचत मोहीम",
    ],
    "ne": [
        "सम्बन्धित समाचार",
        "धनगढीमा नयाँ सार्वजनिक उद्यान",
        "यो पनि पढ्नुहोस्: बुटवलमा साइकल लेन",
    ],
    "si": [
        "අදාළ පුවත්",
        "මාතර නව නාගරික උද්‍යානයක් විවෘත කෙරේ",
        "මෙයත් කියවන්න: කුරුණෑගල බයිසිකල් මංතීරු",
    ],
    "km": [
        "ព័ត៌មានពាក់ព័ន្ធ",
        "ក្រុងបាត់ដំបងបើកសួនច្បារសាធារណៈថ្មី",
        "អានបន្ថែម៖ ផ្លូវកង់នៅក្រុងកំពង់ចាម",
    ],
    "az": [
        "Oxşar xəbərlər",
        "Şəkidə yeni şəhər parkı açıldı",
        "Həmçinin oxuyun: Lənkəranda velosiped yolları",
    ],
    "my": [
        "ဆက်စပ်သတင်းများ",
        "စစ်ကိုင်းမြို့တွင် အများပြည်သူဥယျာဉ်သစ် ဖွင့်လှစ်",
        "ဆက်ဖတ်ရန်: မြစ်ကြီးနားမြို့၏ ရေပေးဝေရေးစီမံကိန်း",
    ],
    "lo": [
        "ຂ່າວທີ່ກ່ຽວຂ້ອງ",
        "ວັງວຽງເປີດສວນສາທາລະນະແຫ່ງໃໝ່",
        "ອ່ານຕື່ມ: ເສັ້ນທາງລົດຖີບຢູ່ເມືອງໄຊ",
    ],
    "pa": [
        "ਸੰਬੰਧਿਤ ਖ਼ਬਰਾਂ",
        "ਸੰਗਰੂਰ ਵਿੱਚ ਨਵਾਂ ਸ਼ਹਿਰੀ ਜੰਗਲ ਲਗਾਇਆ ਗਿਆ",
        "ਹੋਰ ਪੜ੍ਹੋ: ਫ਼ਿਰੋਜ਼ਪੁਰ ਦੀ ਕੂੜਾ ਪ੍ਰਬੰਧਨ ਯੋਜਨਾ",
    ],
    "gu": [
        "સંબંધિત સમાચાર",
        "વલસાડમાં નવું તળાવ પુનર્જીવિત",
        "વધુ વાંચો: અમરેલીમાં વરસાદી પાણીનો સંગ્રહ",
    ],
    "kn": [
        "ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು",
        "ಹಾಸನದಲ್ಲಿ ಹೊಸ ಕೆರೆ ಪುನಶ್ಚೇತನ",
        "ಇನ್ನಷ್ಟು ಓದಿ: ಚಿತ್ರದುರ್ಗದ ಸೌರ ಬೀದಿದೀಪಗಳು",
    ],
    "ml": [
        "ബന്ധപ്പെട്ട വാർത്തകൾ",
        "കാസർകോട് പുതിയ പൊതു ഉദ്യാനം തുറന്നു",
        "കൂടുതൽ വായിക്കാൻ: പത്തനംതിട്ടയിലെ പ്രളയ മുന്നൊരുക്കം",
    ],
    "am": [
        "ተዛማጅ ዜናዎች",
        "ወልቂጤ አዲስ የሕዝብ መናፈሻ ከፈተች",
        "ተጨማሪ ያንብቡ: የነቀምቴ የብስክሌት መንገዶች",
    ],
    "mn": [
        "Холбоотой мэдээ",
        "Улиастай хотод шинэ цэцэрлэгт хүрээлэн нээгдлээ",
        "Дэлгэрэнгүй: Өлгий хотын дугуйн зам",
    ],
    "ky": [
        "Тектеш жаңылыктар",
        "Кара-Балтада жаңы сейил бак ачылды",
        "Дагы окуңуз: Өзгөндөгү велосипед жолдору",
    ],
    "sq": [
        "Lajme të ngjashme",
        "Berati hap parkun e ri publik",
        "Lexo më shumë: korsitë e biçikletave në Mitrovicë",
    ],
    "be": [
        "Падобныя навіны",
        "У Оршы адкрылі новы гарадскі парк",
        "Чытайце таксама: веладарожкі Мазыра",
    ],
    "so": [
        "Wararka la xiriira",
        "Laascaanood oo furtay beer dadweyne oo cusub",
        "Akhri wax dheeraad ah: biyaha Ceerigaabo",
    ],
    "ps": [
        "اړوند خبرونه",
        "په طالقان کې نوی عامه پارک پرانیستل شو",
        "نور ولولئ: د فیض اباد د اوبو پروژه",
    ],
    "tg": [
        "Хабарҳои марбут",
        "Дар Данғара боғи нави шаҳрӣ кушода шуд",
        "Инчунин хонед: роҳҳои велосипедронӣ дар Қайроққум",
    ],
    "or": [
        "ସମ୍ବନ୍ଧିତ ଖବର",
        "ଅନୁଗୁଳରେ ନୂଆ ସହରୀ ଉଦ୍ୟାନ ଖୋଲିଲା",
        "ଆହୁରି ପଢ଼ନ୍ତୁ: କେନ୍ଦୁଝରରେ ସାଇକେଲ ପଥ",
    ],
    "as": [
        "সম্পৰ্কীয় বাতৰি",
        "হাফলঙত নতুন নগৰ উদ্যান মুকলি",
        "লগতে পঢ়ক: কৰিমগঞ্জৰ চাইকেল পথ",
    ],
    "ti": [
        "ተዛማዲ ዜናታት",
        "ኣብ ሰንዓፈ ሓድሽ ናይ ከተማ ጀርዲን ተኸፊቱ",
        "ከምኡ'ውን ኣንብቡ፦ ኣብ ኣፍዓበት ናይ ብሽክለታ መገዲ",
    ],
    "ckb": [
        "هەواڵی پەیوەندیدار",
        "پارکێکی نوێ لە کۆیە کرایەوە",
        "هەروەها بخوێنەوە: ڕێگای پاسکیل لە خانەقین",
    ],
    "dv": [
        "ގުޅޭ ޚަބަރު",
        "ވިލިނގިލީގައި އާ ޕާކެއް ހުޅުވައިފި",
        "މިއާއެކު ކިޔުއްވާ: ގަމުގައި ބައިސްކަލު މަގުތައް",
    ],
    "ha": [
        "Labarai masu alaƙa",
        "An buɗe sabon lambun jama'a a Jos",
        "Karanta kuma: Hanyoyin keke a Birnin Kebbi",
    ],
    "yo": [
        "Àwọn ìròyìn tó jọ mọ́ ọn",
        "Ọgbà ìlú tuntun ṣí sílẹ̀ ní Ìwó",
        "Ka èyí náà: ọ̀nà kẹ̀kẹ́ ní Ìkirè",
    ],
    "zu": [
        "Izindaba ezihlobene",
        "Kuvulwe ipaki entsha eMpangeni",
        "Funda futhi: imizila yamabhayisikili eMkhondo",
    ],
    "af": [
        "Verwante artikels",
        "Nuwe stadspark in Upington geopen",
        "Lees ook: Fietspaaie in Potchefstroom",
    ],
    "tk": [
        "Meňzeş habarlar",
        "Saýatda täze şäher seýilgähi açyldy",
        "Şeýle hem okaň: Hazarda welosiped ýollary",
    ],
    "mt": [
        "Artikli relatati",
        "Park ġdid jinfetaħ f'Ħaż-Żebbuġ",
        "Aqra wkoll: mogħdijiet għar-roti fil-Fgura",
    ],
    "cy": [
        "Erthyglau perthnasol",
        "Parc newydd yn agor yn y Drenewydd",
        "Darllenwch hefyd: llwybrau beicio ym Mhorthmadog",
    ],
    "ga": [
        "Ailt ghaolmhara",
        "Páirc nua á hoscailt sa Chabhán",
        "Léigh freisin: lánaí rothar i dTulach Mhór",
    ],
}

# Footers: (the city of the address, the footer). make.py takes the first whose city the
# page's list does not name.
FOOTERS = {
    "en": [
        (
            "Brussels",
            "Urban Futures Network · Rue Belliard 40 · 1040 Brussels, Belgium\n"
            "Privacy policy | Terms | © 2024 All rights reserved",
        ),
        (
            "Manchester",
            "Cities for Clean Air CIC\n18 Portland Street\nManchester M1 3BE\n"
            "United Kingdom\nNewsletter sign-up",
        ),
    ],
    "de": [
        (
            "Bonn",
            "Städtebündnis Klima e. V.\nKaiserstraße 201\n53113 Bonn\nImpressum | Datenschutz",
        ),
        (
            "Kassel",
            "Netzwerk Lebenswerte Städte · Königsplatz 5 · 34117 Kassel · Deutschland\n© 2024",
        ),
    ],
    "fr": [
        (
            "Lyon",
            "Villes en Transition – 12 rue de la République – 69002 Lyon, France\n"
            "Mentions légales | Plan du site",
        ),
        (
            "Rennes",
            "Réseau des Villes Solidaires\n3 place de la Mairie\n35000 Rennes\n"
            "© 2024 Tous droits réservés",
        ),
    ],
    "es": [
        (
            "Zaragoza",
            "Red de Ciudades por el Clima · Plaza del Pilar 18 · 50003 Zaragoza, "
            "España\nAviso legal | Privacidad",
        ),
        (
            "Valladolid",
            "Alianza de Ciudades Educadoras\nCalle Santiago 3\n47001 Valladolid\n© 2024",
        ),
    ],
    "it": [
        (
            "Bologna",
            "Rete dei Comuni Sostenibili – Via dell'Indipendenza 8 – 40121 Bologna (BO)\n"
            "Privacy | Note legali",
        ),
        (
            "Perugia",
            "Coordinamento Città per la Pace\nPiazza IV Novembre 1\n06123 Perugia, Italia\n© 2024",
        ),
    ],
    "pt": [
        (
            "Coimbra",
            "Rede de Cidades Saudáveis · Praça 8 de Maio · 3000-300 Coimbra, Portugal\n"
            "Política de privacidade",
        ),
        ("Aveiro", "Associação de Cidades pelo Clima\nRua Direita 20\n3810-000 Aveiro\n© 2024"),
    ],
    "nl": [
        (
            "Utrecht",
            "Netwerk Groene Steden · Stadsplateau 1 · 3521 AZ Utrecht\n"
            "Privacyverklaring | Disclaimer",
        ),
        ("Amersfoort", "Stedenplatform Wonen\nStadhuisplein 1\n3811 LM Amersfoort\nNederland"),
    ],
    "pl": [
        (
            "Poznań",
            "Sieć Miast dla Klimatu\nplac Kolegiacki 17\n61-841 Poznań\nPolityka prywatności",
        ),
        (
            "Lublin",
            "Związek Miast Otwartych · ul. Krakowskie Przedmieście 78 · 20-076 Lublin, "
            "Polska\n© 2024",
        ),
    ],
    "sv": [
        ("Örebro", "Klimatkommunerna · Box 300 · 701 35 Örebro, Sverige\nIntegritetspolicy"),
        ("Lund", "Klimatkommunerna\nStortorget 7\n222 23 Lund\n© 2024"),
    ],
    "da": [
        ("Odense", "Klimaalliancen af byer · Flakhaven 2 · 5000 Odense C · Danmark\nPrivatliv"),
        ("Vejle", "Klimaalliancen af byer\nSkolegade 1\n7100 Vejle\n© 2024"),
    ],
    "no": [
        ("Trondheim", "Byer for klima · Munkegata 1 · 7004 Trondheim, Norge\nPersonvern"),
        ("Drammen", "Byer for klima\nEngene 1\n3015 Drammen\n© 2024"),
    ],
    "cs": [
        (
            "Olomouc",
            "Síť zdravých měst · Horní náměstí 1 · 779 00 Olomouc, Česko\nOchrana osobních údajů",
        ),
    ],
    "fi": [
        (
            "Jyväskylä",
            "Ilmastokaupungit ry · Kauppakatu 1 · 40100 Jyväskylä, Suomi\nTietosuojaseloste",
        ),
    ],
    "el": [
        (
            "Λάρισα",
            "Δίκτυο Πόλεων για το Κλίμα · Πλατεία Ταχυδρομείου 2 · 412 22 Λάρισα\n"
            "Πολιτική απορρήτου",
        ),
    ],
    "ro": [
        (
            "Craiova",
            "Rețeaua Orașelor Verzi · Str. Unirii 14 · 200585 Craiova, România\n"
            "Politica de confidențialitate",
        ),
    ],
    "sk": [
        (
            "Košice",
            "Sieť zelených miest · Hlavná 12 · 040 01 Košice, Slovensko\nOchrana osobných údajov",
        ),
    ],
    "hr": [
        (
            "Dubrovnik",
            "Mreža zelenih gradova · Stradun 3 · 20000 Dubrovnik, Hrvatska\nZaštita privatnosti",
        ),
    ],
    "lt": [
        (
            "Utena",
            "Žaliųjų miestų tinklas · Aušros g. 5 · LT-28242 Utena, Lietuva\nPrivatumo politika",
        ),
    ],
    "hu": [
        (
            "Budapest",
            "Zöld Városok Szövetsége · Váci utca 12 · 1052 Budapest, Magyarország\n"
            "Adatvédelmi tájékoztató",
        ),
    ],
    "sl": [
        (
            "Novo mesto",
            "Mreža zelenih občin · Glavni trg 7 · 8000 Novo mesto, Slovenija\nVarstvo podatkov",
        ),
    ],
    "ca": [
        (
            "Mataró",
            "Xarxa de Ciutats pel Clima · La Riera 48 · 08301 Mataró\nAvís legal | Privacitat",
        ),
    ],
    "tr": [
        (
            "Ankara",
            "Sağlıklı Kentler Birliği · Atatürk Bulvarı 80 · 06420 Ankara, Türkiye\n"
            "Gizlilik politikası",
        ),
    ],
    "bg": [
        (
            "София",
            "Мрежа на зелените градове · ул. Московска 33 · 1000 София, България\n"
            "Политика за поверителност",
        ),
    ],
    "uk": [
        (
            "Київ",
            "Мережа зелених міст · вул. Хрещатик 36 · 01044 Київ, Україна\n"
            "Політика конфіденційності",
        ),
    ],
    "lv": [
        (
            "Jūrmala",
            "Zaļo pilsētu tīkls · Jomas iela 1 · LV-2015 Jūrmala, Latvija\nPrivātuma politika",
        ),
    ],
    "et": [
        (
            "Kuressaare",
            "Rohelinnade võrgustik · Tallinna 10 · 93819 Kuressaare, Eesti\nPrivaatsuspoliitika",
        ),
    ],
    "id": [
        (
            "Jakarta",
            "Jaringan Kota Tangguh · Jl. Medan Merdeka Selatan 8 · 10110 Jakarta, Indonesia\n"
            "Kebijakan privasi",
        ),
    ],
    "ja": [
        (
            "東京",
            "平和都市ネットワーク事務局 · 〒100-0005 東京都千代田区丸の内1-1 · 日本\n"
            "プライバシーポリシー",
        ),
    ],
    "gl": [
        (
            "Santiago de Compostela",
            "Rede de Cidades Sustentables · Rúa do Vilar 12, 15705 Santiago de Compostela\n"
            "Política de privacidade",
        ),
        ("Lugo", "Rede de Cidades Sustentables · Praza Maior 3, 27001 Lugo\nAviso legal"),
    ],
    "is": [
        (
            "Reykjavík",
            "Græna borganetið · Borgartúni 12, 105 Reykjavík · Ísland\nPersónuvernd",
        ),
        ("Selfoss", "Græna borganetið · Austurvegi 2, 800 Selfoss · Ísland\nPersónuvernd"),
    ],
    "sr": [
        (
            "Београд",
            "Мрежа зелених градова · Кнеза Милоша 10, 11000 Београд · Србија\nПолитика приватности",
        ),
        ("Ваљево", "Мрежа зелених градова · Карађорђева 5, 14000 Ваљево · Србија"),
    ],
    "ko": [
        (
            "서울",
            "기후도시네트워크 사무국 · 서울특별시 중구 세종대로 110 · 대한민국\n개인정보처리방침",
        ),
        ("대전", "기후도시네트워크 사무국 · 대전광역시 서구 둔산로 100 · 대한민국"),
    ],
    "vi": [
        (
            "Hà Nội",
            "Mạng lưới Đô thị Xanh · 12 Tràng Tiền, Hoàn Kiếm, Hà Nội · Việt Nam\n"
            "Chính sách bảo mật",
        ),
        ("Nha Trang", "Mạng lưới Đô thị Xanh · 5 Trần Phú, Nha Trang · Việt Nam"),
    ],
    "ru": [
        (
            "Астана",
            "Сеть зелёных городов · пр. Мангилик Ел 8, Астана · Казахстан\n"
            "Политика конфиденциальности",
        ),
        ("Караганда", "Сеть зелёных городов · ул. Ерубаева 5, Караганда · Казахстан"),
    ],
    "ar": [
        ("بيروت", "شبكة المدن الخضراء · شارع الحمرا 10، بيروت · لبنان\nسياسة الخصوصية"),
        ("الزرقاء", "شبكة المدن الخضراء · شارع الملك عبد الله 5، الزرقاء · الأردن"),
    ],
    "he": [
        ("תל אביב", "רשת הערים הירוקות · רחוב הרצל 10, תל אביב-יפו · ישראל\nמדיניות פרטיות"),
        ("חולון", "רשת הערים הירוקות · רחוב סוקולוב 5, חולון · ישראל"),
    ],
    "eu": [
        (
            "Azpeitia",
            "Klima Udalen Sarea · Kale Nagusia 12 · 20730 Azpeitia\nLege-oharra | Pribatutasuna",
        ),
    ],
    "zh": [
        (
            "Beijing",
            "低碳城市合作网络秘书处 · 北京市东城区东长安街1号 · 100005\n"
            "京ICP备00000000号 | 隐私政策",
        ),
    ],
    "zh-tw": [
        (
            "Taipei",
            "永續城市聯盟秘書處 · 10048 臺北市中正區重慶南路一段122號\n隱私權政策",
        ),
        ("Tainan", "永續城市聯盟南部辦公室 · 70801 臺南市安平區永華路二段6號\n隱私權政策"),
    ],
    "fa": [
        (
            "Tehran",
            "دبیرخانه شبکه شهرهای پایدار · تهران، خیابان بهشت، پلاک ۱۲\nحریم خصوصی",
        ),
    ],
    "th": [
        (
            "Bangkok",
            "สำนักงานเครือข่ายเมืองยั่งยืน · 173 ถนนดินสอ แขวงเสาชิงช้า เขตพระนคร กรุงเทพฯ 10200\n"
            "นโยบายความเป็นส่วนตัว",
        ),
    ],
    "ka": [
        (
            "Tbilisi",
            "მწვანე ქალაქების ქსელი · შარტავას ქ. 7, 0160 თბილისი, საქართველო\n"
            "კონფიდენციალურობის პოლიტიკა",
        ),
    ],
    "mk": [
        ("Тетово", "Мрежа на зелени општини · ул. Илинденска 10, 1200 Тетово · Северна Македонија"),
        ("Гостивар", "Мрежа на зелени општини · ул. Браќа Гиноски 5, 1230 Гостивар"),
    ],
    "hi": [
        ("नई दिल्ली", "हरित शहर नेटवर्क · 12, संसद मार्ग, नई दिल्ली · भारत\nगोपनीयता नीति"),
        ("ग्वालियर", "हरित शहर नेटवर्क · 5, महाराज बाड़ा, ग्वालियर · भारत"),
    ],
    "ms": [
        (
            "Kuala Lumpur",
            "Rangkaian Bandar Hijau · Jalan Raja Laut 10, 50350 Kuala Lumpur · Malaysia\n"
            "Dasar Privasi",
        ),
        ("Sandakan", "Rangkaian Bandar Hijau · Jalan Leila 5, 90000 Sandakan · Sabah"),
    ],
    "sw": [
        (
            "Dar es Salaam",
            "Mtandao wa Miji ya Kijani · Mtaa wa Samora 10, Dar es Salaam · Tanzania\n"
            "Sera ya Faragha",
        ),
        ("Kigoma", "Mtandao wa Miji ya Kijani · Barabara ya Lumumba 5, Kigoma · Tanzania"),
    ],
    "ur": [
        (
            "Islamabad",
            "سرسبز شہروں کا نیٹ ورک · مکان 14، گلی 7، ایف سیون ٹو، اسلام آباد · پاکستان\n"
            "رازداری کی پالیسی",
        ),
        ("Bahawalpur", "سرسبز شہروں کا نیٹ ورک · سرکلر روڈ 5، بہاولپور · پاکستان"),
    ],
    "uz": [
        (
            "Guliston",
            "Yashil shaharlar tarmogʻi · Mustaqillik koʻchasi 12, Guliston · Oʻzbekiston\n"
            "Maxfiylik siyosati",
        ),
        ("Margʻilon", "Yashil shaharlar tarmogʻi · Burhoniddin Margʻinoniy koʻchasi 5, Margʻilon"),
    ],
    "bn": [
        (
            "Dinajpur",
            "সবুজ নগর নেটওয়ার্ক · বাড়ি ১২, সড়ক ৪, দিনাজপুর · বাংলাদেশ\nগোপনীয়তা নীতি",
        ),
        ("Pabna", "সবুজ নগর নেটওয়ার্ক · আব্দুল হামিদ সড়ক ৫, পাবনা · বাংলাদেশ"),
    ],
    "tl": [
        (
            "Tagbilaran",
            "Network ng mga Luntiang Lungsod · 12 CPG Avenue, Lungsod ng Tagbilaran · Pilipinas\n"
            "Patakaran sa Privacy",
        ),
        (
            "Vigan",
            "Network ng mga Luntiang Lungsod · 5 Calle Crisologo, Lungsod ng Vigan · Pilipinas",
        ),
    ],
    "hy": [
        (
            "Yerevan",
            "Կանաչ համայնքների ցանց · Աբովյան փ. 12, 0001 Երևան · Հայաստան\n"
            "Գաղտնիության քաղաքականություն",
        ),
        ("Alaverdi", "Կանաչ համայնքների ցանց · Սայաթ-Նովայի փ. 5, Ալավերդի · Հայաստան"),
    ],
    "kk": [
        (
            "Astana",
            "Жасыл қалалар желісі · Бейбітшілік көшесі 12, Астана · Қазақстан\nҚұпиялылық саясаты",
        ),
        ("Satbayev", "Жасыл қалалар желісі · Қаныш Сәтбаев көшесі 5, Сәтбаев · Қазақстан"),
    ],
    "ta": [
        (
            "Chennai",
            "பசுமை நகரங்கள் வலையமைப்பு · 12, அண்ணா சாலை, சென்னை 600002 · இந்தியா\nதனியுரிமைக் கொள்கை",
        ),
        ("Kanchipuram", "பசுமை நகரங்கள் வலையமைப்பு · 5, காந்தி சாலை, காஞ்சிபுரம் · இந்தியா"),
    ],
    "te": [
        (
            "Hyderabad",
            "హరిత నగరాల వేదిక · 8-2-12, బంజారా హిల్స్, హైదరాబాద్ 500034 · భారతదేశం\nగోప్యతా విధానం",
        ),
        ("Ongole", "హరిత నగరాల వేదిక · 5, ట్రంక్ రోడ్, ఒంగోలు · భారతదేశం"),
    ],
    "mr": [
        (
            "Mumbai",
            "स्वच्छ शहरे संघटन · १२, दादाभाई नौरोजी मार्ग, मुंबई ४००००१ · भारत\nगोपनीयता धोरण",
        ),
        ("Wardha", "स्वच्छ शहरे संघटन · ५, स्टेशन रोड, वर्धा · भारत"),
    ],
    "ne": [
        (
            "Kathmandu",
            "हरित नगर सञ्जाल · पुतलीसडक १२, काठमाडौं · नेपाल\nगोपनीयता नीति",
        ),
        ("Dhulikhel", "हरित नगर सञ्जाल · बजार मार्ग ५, धुलिखेल · नेपाल"),
    ],
    "si": [
        (
            "Colombo",
            "හරිත නගර ජාලය · 12, ගාලු පාර, කොළඹ 03 · ශ්‍රී ලංකාව\nරහස්‍යතා ප්‍රතිපත්තිය",
        ),
        ("Kegalle", "හරිත නගර ජාලය · 5, මහනුවර පාර, කෑගල්ල · ශ්‍රී ලංකාව"),
    ],
    "km": [
        (
            "Phnom Penh",
            "បណ្តាញទីក្រុងបៃតង · ផ្ទះលេខ១២ មហាវិថីព្រះនរោត្តម រាជធានីភ្នំពេញ · កម្ពុជា\nគោលការណ៍ឯកជនភាព",
        ),
        ("Kampong Thom", "បណ្តាញទីក្រុងបៃតង · ផ្លូវជាតិលេខ៦ ក្រុងស្ទឹងសែន · កម្ពុជា"),
    ],
    "az": [
        (
            "Baku",
            "Yaşıl Şəhərlər Şəbəkəsi · Nizami küç. 12, Bakı AZ1000 · Azərbaycan\nMəxfilik siyasəti",
        ),
        ("Ismayilli", "Yaşıl Şəhərlər Şəbəkəsi · Heydər Əliyev pr. 5, İsmayıllı · Azərbaycan"),
    ],
    "my": [
        (
            "Naypyidaw",
            "စိမ်းလန်းမြို့ပြကွန်ရက် · ဥတ္တရသီရိမြို့နယ် · နေပြည်တော် · မြန်မာ\nကိုယ်ရေးအချက်အလက်မူဝါဒ",
        ),
        ("Magway", "စိမ်းလန်းမြို့ပြကွန်ရက် · အမှတ် ၁၂ ဗိုလ်ချုပ်လမ်း · မကွေးမြို့"),
    ],
    "lo": [
        (
            "Vientiane",
            "ເຄືອຂ່າຍເມືອງສີຂຽວ · ຖະໜົນລ້ານຊ້າງ · ນະຄອນຫຼວງວຽງຈັນ · ສປປ ລາວ\nນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ",
        ),
        ("Attapeu", "ເຄືອຂ່າຍເມືອງສີຂຽວ · ເມືອງສາມັກຄີໄຊ · ແຂວງອັດຕະປື"),
    ],
    "pa": [
        (
            "Chandigarh",
            "ਸਾਫ਼ ਹਵਾ ਸ਼ਹਿਰ ਮੰਚ · ਸੈਕਟਰ 17, ਚੰਡੀਗੜ੍ਹ 160017 · ਭਾਰਤ\nਪਰਦੇਦਾਰੀ ਨੀਤੀ",
        ),
        ("Sangrur", "ਸਾਫ਼ ਹਵਾ ਸ਼ਹਿਰ ਮੰਚ · ਮਾਲ ਰੋਡ, ਸੰਗਰੂਰ · ਪੰਜਾਬ"),
    ],
    "gu": [
        (
            "Gandhinagar",
            "શહેરી જળ નેટવર્ક · સેક્ટર 11, ગાંધીનગર 382011 · ભારત\nગોપનીયતા નીતિ",
        ),
        ("Valsad", "શહેરી જળ નેટવર્ક · સ્ટેશન રોડ, વલસાડ · ગુજરાત"),
    ],
    "kn": [
        (
            "Bengaluru",
            "ನಗರ ಹವಾಮಾನ ವೇದಿಕೆ · ಕಬ್ಬನ್ ರಸ್ತೆ, ಬೆಂಗಳೂರು 560001 · ಭಾರತ\nಗೌಪ್ಯತಾ ನೀತಿ",
        ),
        ("Hassan", "ನಗರ ಹವಾಮಾನ ವೇದಿಕೆ · ಬಿ.ಎಂ. ರಸ್ತೆ, ಹಾಸನ · ಕರ್ನಾಟಕ"),
    ],
    "ml": [
        (
            "Thrissur",
            "നഗര പ്രതിരോധ ശൃംഖല · സ്വരാജ് റൗണ്ട്, തൃശൂർ 680001 · ഇന്ത്യ\nസ്വകാര്യതാ നയം",
        ),
        ("Kasaragod", "നഗര പ്രതിരോധ ശൃംഖല · എം.ജി. റോഡ്, കാസർകോട് · കേരളം"),
    ],
    "am": [
        (
            "Addis Ababa",
            "የአረንጓዴ ከተሞች መድረክ · ቦሌ ክፍለ ከተማ፣ አዲስ አበባ · ኢትዮጵያ\nየግላዊነት ፖሊሲ",
        ),
        ("Nekemte", "የአረንጓዴ ከተሞች መድረክ · ነቀምቴ · ኦሮሚያ"),
    ],
    "mn": [
        (
            "Ulaanbaatar",
            "Ногоон хотуудын сүлжээ · Сүхбаатар дүүрэг, Улаанбаатар 14200 · Монгол Улс\n"
            "Нууцлалын бодлого",
        ),
        ("Zuunmod", "Ногоон хотуудын сүлжээ · Зуунмод сум, Төв аймаг"),
    ],
    "ky": [
        (
            "Bishkek",
            "Таза шаарлар тармагы · Чүй проспекти 120, Бишкек 720040 · Кыргызстан\n"
            "Купуялык саясаты",
        ),
        ("Kant", "Таза шаарлар тармагы · Ленин көчөсү 5, Кант · Чүй облусу"),
    ],
    "sq": [
        (
            "Elbasan",
            "Rrjeti i Qyteteve të Gjelbra · Rruga Qemal Stafa 12, Elbasan 3001 · Shqipëri\n"
            "Politika e privatësisë",
        ),
        ("Lezhë", "Rrjeti i Qyteteve të Gjelbra · Sheshi Gjergj Kastrioti, Lezhë · Shqipëri"),
    ],
    "be": [
        (
            "Minsk",
            "Сетка энергаэфектыўных гарадоў · вул. Кірава, 12, 220030 Мінск · Беларусь\n"
            "Палітыка прыватнасці",
        ),
        ("Slutsk", "Сетка энергаэфектыўных гарадоў · вул. Леніна, 5, Слуцк · Беларусь"),
    ],
    "so": [
        (
            "Mogadishu",
            "Shabakadda Magaalooyinka · Degmada Xamar Jajab, Muqdisho · Soomaaliya\n"
            "Siyaasadda asturnaanta",
        ),
        ("Jowhar", "Shabakadda Magaalooyinka · Jowhar · Hirshabeelle"),
    ],
    "ps": [
        (
            "Kabul",
            "د ښارونو شبکه · شهر نو، کابل · افغانستان\nد محرمیت تګلاره",
        ),
        ("Asadabad", "د ښارونو شبکه · اسعدآباد · کونړ"),
    ],
    "tg": [
        (
            "Dushanbe",
            "Шабакаи шаҳрҳои сабз · хиёбони Рӯдакӣ 12, Душанбе 734025 · Тоҷикистон\n"
            "Сиёсати махфият",
        ),
        ("Kulob", "Шабакаи шаҳрҳои сабз · кӯчаи Сомонӣ 5, Кӯлоб · Тоҷикистон"),
    ],
    "or": [
        (
            "Bhubaneswar",
            "ଓଡ଼ିଶା ସବୁଜ ସହର ନେଟୱାର୍କ · ୧୨, ଜନପଥ, ଭୁବନେଶ୍ୱର ୭୫୧୦୦୧ · ଭାରତ\nଗୋପନୀୟତା ନୀତି",
        ),
        ("Angul", "ଓଡ଼ିଶା ସବୁଜ ସହର ନେଟୱାର୍କ · ୫, ଷ୍ଟେସନ ରୋଡ, ଅନୁଗୁଳ · ଭାରତ"),
    ],
    "as": [
        (
            "Guwahati",
            "অসম সেউজ নগৰ সংঘ · ১২, জি. এছ. ৰোড, গুৱাহাটী ৭৮১০০৫ · ভাৰত\nগোপনীয়তা নীতি",
        ),
        ("Nalbari", "অসম সেউজ নগৰ সংঘ · ৫, ষ্টেচন ৰোড, নলবাৰী · ভাৰত"),
    ],
    "ti": [
        ("Asmara", "ርክብ ከተማታት ኤርትራ · ጎደና ሓርነት 12፡ ኣስመራ · ኤርትራ\nፖሊሲ ምስጢራውነት"),
        ("Keren", "ርክብ ከተማታት ኤርትራ · ቁ. 5፡ ከረን · ኤርትራ"),
    ],
    "ckb": [
        (
            "Erbil",
            "تۆڕی شارە سەوزەکان · شەقامی ٦٠ مەتری، هەولێر · هەرێمی کوردستان، عێراق\n"
            "سیاسەتی تایبەتمەندی",
        ),
        ("Koya", "تۆڕی شارە سەوزەکان · شەقامی سەرەکی ٥، کۆیە · عێراق"),
    ],
    "dv": [
        (
            "Male",
            "ކައުންސިލްތަކުގެ ނެޓްވޯކް · މަޖީދީމަގު 12، މާލެ · ދިވެހިރާއްޖެ\nޕްރައިވެސީ ސިޔާސަތު",
        ),
        ("Hulhumale", "ކައުންސިލްތަކުގެ ނެޓްވޯކް · ނިރުދަހުރު 5، ހުޅުމާލެ · ދިވެހިރާއްޖެ"),
    ],
    "ha": [
        (
            "Abuja",
            "Ƙungiyar Biranen Sahel · Titin Herbert Macaulay 12, Abuja · Najeriya\nManufar sirri",
        ),
        ("Kano", "Ƙungiyar Biranen Sahel · Titin Murtala Muhammed 5, Kano · Najeriya"),
    ],
    "yo": [
        (
            "Lagos",
            "Ìkànnì Àwọn Ìlú Aláwọ̀ Ewé · 12 Òpópónà Broad, Èkó · Nàìjíríà\nÌlànà àṣírí",
        ),
        ("Ibadan", "Ìkànnì Àwọn Ìlú Aláwọ̀ Ewé · 5 Òpópónà Ring, Ìbàdàn · Nàìjíríà"),
    ],
    "zu": [
        (
            "Durban",
            "iNethiwekhi Yamadolobha Aluhlaza · 12 Anton Lembede Street, eThekwini 4001 · "
            "iNingizimu Afrika\nInqubomgomo yobumfihlo",
        ),
        (
            "Pietermaritzburg",
            "iNethiwekhi Yamadolobha Aluhlaza · 5 Church Street, eMgungundlovu · iNingizimu Afrika",
        ),
    ],
    "af": [
        (
            "Cape Town",
            "Groen Dorpe Netwerk · Langstraat 12, Kaapstad 8001 · Suid-Afrika\nPrivaatheidsbeleid",
        ),
        ("Worcester", "Groen Dorpe Netwerk · Kerkstraat 5, Worcester 6850 · Suid-Afrika"),
    ],
    "tk": [
        (
            "Ashgabat",
            "Arassa şäherler ulgamy · Magtymguly şaýoly 12, Aşgabat · Türkmenistan\n"
            "Gizlinlik syýasaty",
        ),
        ("Mary", "Arassa şäherler ulgamy · Gurbansoltan eje köçesi 5, Mary · Türkmenistan"),
    ],
    "mt": [
        (
            "Valletta",
            "Netwerk tal-Lokalitajiet Nodfa · 12, Triq il-Merkanti, il-Belt Valletta VLT 1170 · "
            "Malta\nPolitika tal-Privatezza",
        ),
        ("Mosta", "Netwerk tal-Lokalitajiet Nodfa · 5, Triq il-Kbira, il-Mosta · Malta"),
    ],
    "cy": [
        (
            "Cardiff",
            "Cynghrair Trefi Cymru · 12 Heol y Frenhines, Caerdydd CF10 2BH · Cymru\n"
            "Polisi preifatrwydd",
        ),
        ("Aberystwyth", "Cynghrair Trefi Cymru · 5 Stryd y Bont, Aberystwyth SY23 1PZ · Cymru"),
    ],
    "ga": [
        (
            "Athlone",
            "Bailte Glasa na hÉireann · 12 Sráid an Droichid, Baile Átha Luain · Éire\n"
            "Polasaí príobháideachais",
        ),
        ("Galway", "Bailte Glasa na hÉireann · 5 Sráid na Siopaí, Gaillimh · Éire"),
    ],
}

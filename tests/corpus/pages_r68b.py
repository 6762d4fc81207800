"""Batch r68b: 14 pages written during round 68 (branch wr68b), held out from it, in languages
the corpus had none of, one each: Tajik signature blocks of city executive bodies beside the
venue Dushanbe; an Odia news item of corporations and municipalities joining with `ଓ` and
`ଏବଂ` beside the host Bhubaneswar; Assamese member cards of `পৌৰ নিগম` and `পৌৰসভা` with
their district; a Tigrinya numbered list of `ምምሕዳር ከተማ X` with the zoba after, the venue
Asmara; a Sorani Kurdish tab table of `شارەوانی X` with a governorate column and an observer;
Dhivehi lines of city and island councils with atoll codes and the mayor's title; Hausa
running text with `da` and Hausa names of Nigerian and Nigerien cities (`Zariya`, `Yamai`,
`Damagaram`) beside the venue Abuja; a Yoruba directory under state headings named like
their capitals; Zulu news of municipalities joining in locative forms with `na-` beside the
host eThekwini; an Afrikaans PDF copy with page headers, a hyphenated word and a councillor
named Hermanus; a Turkmen table aligned with spaces of `şäheriniň häkimligi` with the
welaýat; Maltese `Sindku, Kunsill Lokali X` lines with people named Attard and the venue
Valletta; Welsh running text with mutated names (`a Phwllheli`, `a Thyddewi`) beside
`yng Nghaerdydd`; an Irish directory under province headings with county genitives and a
county council. The networks, statements and people are invented, the places real; written
without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "tg-r68b-imzo-bloklar-raisi-shahr-dushanbe-venue",
        "tg",
        "one_a_line;person_after;not_signatory;no_country",
        "Эъломияи муштараки шаҳрҳо оид ба сарфаи об ва мутобиқшавӣ ба тағйирёбии иқлим",
        (2025, 10, 16),
        "Дар ҷаласаи солонаи Шабакаи шаҳрҳои сабзи Тоҷикистон, ки 14 октябри соли 2025 дар "
        "шаҳри Душанбе баргузор гардид, роҳбарони шаҳрҳо эъломияи муштаракро оид ба сарфаи "
        "оби нӯшокӣ, кам кардани партовҳо ва мутобиқшавӣ ба тағйирёбии иқлим имзо карданд.\n\n"
        "Тарафҳо ӯҳдадор мешаванд, ки то соли 2030 талафоти обро дар шабакаҳои шаҳрӣ ду "
        "баробар кам кунанд ва нақшаҳои маҳаллии мутобиқшавиро қабул намоянд.\n\n"
        "Эъломияро имзо карданд:",
        "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Хуҷанд\n"
        "Раиси шаҳр\n"
        "Раҳимзода Фаридун\n\n"
        "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Кӯлоб\n"
        "Раиси шаҳр\n"
        "Сафаров Ҷамшед\n\n"
        "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Бохтар\n"
        "Муовини раиси шаҳр, аз номи раис\n"
        "Назарова Мавҷуда\n\n"
        "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Истаравшан\n"
        "Раиси шаҳр\n"
        "Каримов Бахтиёр\n\n"
        "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Панҷакент\n"
        "Раиси шаҳр\n"
        "Ашурзода Рустам\n\n"
        "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Исфара\n"
        "Раиси шаҳр\n"
        "Ғафурова Нигина\n\n"
        "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Конибодом\n"
        "Раиси шаҳр\n"
        "Мирзоев Илҳом\n\n"
        "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Ваҳдат\n"
        "Раиси шаҳр\n"
        "Давлатов Суҳроб\n\n"
        "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Турсунзода\n"
        "Раиси шаҳр\n"
        "Холов Шерзод\n\n"
        "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Ҳисор\n"
        "Раиси шаҳр\n"
        "Қурбонова Зарина\n\n"
        "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Хоруғ\n"
        "Раиси шаҳр\n"
        "Шозода Алишер\n\n"
        "Мақомоти иҷроияи маҳаллии ҳокимияти давлатии шаҳри Норак\n"
        "Раиси шаҳр\n"
        "Одинаев Парвиз",
        "Мақомоти иҷроияи ҳокимияти давлатии шаҳри Душанбе ҳамчун мизбони ҷаласа ва "
        "Котиботи шабака ҳамчун ҳамоҳангсоз дар имзо ширкат варзиданд, вале ҷонибҳои эъломия "
        "нестанд. Ҷаласаи навбатӣ соли 2026 дар шаҳри Гулистон баргузор мегардад.",
        "Khujand/TJ; Kulob|Kŭlob/TJ; Bokhtar/TJ; Istaravshan/TJ; Panjakent/TJ; Isfara/TJ; "
        "Konibodom/TJ; Vahdat/TJ; Tursunzoda/TJ; Hisor/TJ; Khorugh/TJ; Norak/TJ",
        note="signature blocks of three lines: the city's executive body in its official form, "
        "the title, the name; Bokhtar signed by a deputy; the host Dushanbe, the secretariat "
        "and next year's venue Guliston did not sign",
    ),
    Page(
        "or-r68b-news-mahanagar-nigam-paurapalika-o-ebang-bhubaneswar-host",
        "or",
        "running_text;inflected;not_signatory;no_country",
        "ସବୁଜ ସହର ନେଟୱାର୍କରେ ଛଅଟି ନୂଆ ସହରର ଯୋଗଦାନ",
        (2025, 11, 3),
        "ଭୁବନେଶ୍ୱରରେ ଅନୁଷ୍ଠିତ ଓଡ଼ିଶା ସବୁଜ ସହର ନେଟୱାର୍କର ବାର୍ଷିକ ସମ୍ମିଳନୀରେ ଶନିବାର ଦିନ "
        "ଛଅଟି ନୂଆ ସଦସ୍ୟଙ୍କୁ ସ୍ୱାଗତ କରାଯାଇଛି। ସହରୀ ଜଳବାୟୁ କାର୍ଯ୍ୟଯୋଜନା ପ୍ରସ୍ତୁତ କରିବା ଓ "
        "ସୌରଶକ୍ତି ବ୍ୟବହାର ବଢ଼ାଇବା ପାଇଁ ଏହି ନେଟୱାର୍କ ୨୦୧୯ରୁ କାମ କରୁଛି।",
        "କଟକ ମହାନଗର ନିଗମ, ବ୍ରହ୍ମପୁର ମହାନଗର ନିଗମ, ସମ୍ବଲପୁର ମହାନଗର ନିଗମ ଓ ରାଉରକେଲା "
        "ମହାନଗର ନିଗମ ସହିତ ପୁରୀ ପୌରପାଳିକା ଏବଂ ବାଲେଶ୍ୱର ପୌରପାଳିକା ଏବେ ନେଟୱାର୍କର ସଦସ୍ୟ "
        "ହୋଇଛନ୍ତି। କଟକର ମେୟର ଓ ପୁରୀର ନିର୍ବାହୀ ଅଧିକାରୀ ସଦସ୍ୟତା ପ୍ରମାଣପତ୍ର ଗ୍ରହଣ କରିଥିଲେ।",
        "ଆୟୋଜକ ଭୁବନେଶ୍ୱର ମହାନଗର ନିଗମର ମେୟର ଶ୍ରୀମତୀ ସୁପ୍ରିୟା ମହାନ୍ତି କହିଲେ ଯେ ନୂଆ "
        "ସଦସ୍ୟମାନଙ୍କ ଯୋଗଦାନରେ ରାଜ୍ୟର ସମସ୍ତ ମହାନଗର ନିଗମ ଏବେ ନେଟୱାର୍କରେ ସାମିଲ। ଆସନ୍ତା "
        "ବର୍ଷର ସମ୍ମିଳନୀ ବାରିପଦାରେ ଅନୁଷ୍ଠିତ ହେବ।",
        "Cuttack/IN; Brahmapur|Berhampur/IN; Sambalpur/IN; Rourkela/IN; Puri/IN; "
        "Balasore|Baleshwar/IN",
        note="the host Bhubaneswar and next year's venue Baripada did not join; Cuttack and "
        "Puri named again in the genitive (କଟକର, ପୁରୀର)",
    ),
    Page(
        "as-r68b-cards-pour-nigam-pourasabha-jila",
        "as",
        "one_a_line;region_after;columns_after;no_country",
        "সদস্য নগৰসমূহ — অসম সেউজ নগৰ সংঘ",
        (2025, 7, 21),
        "অসম সেউজ নগৰ সংঘ হৈছে নগৰৰ জলবায়ু পৰিকল্পনা, বানপানী নিয়ন্ত্ৰণ আৰু পৰিষ্কাৰ "
        "পৰিবহণৰ বাবে পৌৰ প্ৰতিষ্ঠানসমূহৰ এক মঞ্চ। বৰ্তমান সংঘৰ সদস্য ১২টা পৌৰ প্ৰতিষ্ঠান।",
        "গুৱাহাটী পৌৰ নিগম\nকামৰূপ মহানগৰ জিলা\nসদস্য: ২০১৮ চনৰ পৰা\nবিস্তাৰিত চাওক\n\n"
        "ডিব্ৰুগড় পৌৰ নিগম\nডিব্ৰুগড় জিলা\nসদস্য: ২০১৯ চনৰ পৰা\nবিস্তাৰিত চাওক\n\n"
        "যোৰহাট পৌৰসভা\nযোৰহাট জিলা\nসদস্য: ২০১৯ চনৰ পৰা\nবিস্তাৰিত চাওক\n\n"
        "শিলচৰ পৌৰসভা\nকাছাৰ জিলা\nসদস্য: ২০২০ চনৰ পৰা\nবিস্তাৰিত চাওক\n\n"
        "তেজপুৰ পৌৰসভা\nশোণিতপুৰ জিলা\nসদস্য: ২০২০ চনৰ পৰা\nবিস্তাৰিত চাওক\n\n"
        "নগাঁও পৌৰসভা\nনগাঁও জিলা\nসদস্য: ২০২১ চনৰ পৰা\nবিস্তাৰিত চাওক\n\n"
        "তিনিচুকীয়া পৌৰসভা\nতিনিচুকীয়া জিলা\nসদস্য: ২০২১ চনৰ পৰা\nবিস্তাৰিত চাওক\n\n"
        "বঙাইগাঁও পৌৰসভা\nবঙাইগাঁও জিলা\nসদস্য: ২০২২ চনৰ পৰা\nবিস্তাৰিত চাওক\n\n"
        "ধুবুৰী পৌৰসভা\nধুবুৰী জিলা\nসদস্য: ২০২২ চনৰ পৰা\nবিস্তাৰিত চাওক\n\n"
        "উত্তৰ লখিমপুৰ পৌৰসভা\nলখিমপুৰ জিলা\nসদস্য: ২০২৩ চনৰ পৰা\nবিস্তাৰিত চাওক\n\n"
        "গোৱালপাৰা পৌৰসভা\nগোৱালপাৰা জিলা\nসদস্য: ২০২৪ চনৰ পৰা\nবিস্তাৰিত চাওক\n\n"
        "ডিফু পৌৰসভা\nকাৰ্বি আংলং জিলা\nসদস্য: ২০২৪ চনৰ পৰা\nবিস্তাৰিত চাওক",
        "সদস্য হ'বলৈ ইচ্ছুক পৌৰ প্ৰতিষ্ঠানে সংঘৰ সচিবালয়ৰ সৈতে যোগাযোগ কৰিব পাৰে।",
        "Guwahati/IN; Dibrugarh/IN; Jorhat/IN; Silchar/IN; Tezpur/IN; Nagaon/IN; Tinsukia/IN; "
        "Bongaigaon/IN; Dhubri/IN; North Lakhimpur/IN; Goalpara|Goālpāra/IN; Diphu/IN",
        note="cards flattened to four lines: the body, its district (several named like the "
        "town), the year, a link",
    ),
    Page(
        "ti-r68b-numbered-mmhdar-ketema-zoba-asmara-venue",
        "ti",
        "numbered;region_after;not_signatory;no_country",
        "ሓባራዊ መግለጺ ምምሕዳራት ከተማታት ብዛዕባ ምዕቃብ ማይ",
        (2025, 9, 9),
        "ኣብ ኣስመራ ኣብ ዝተኻየደ ዓመታዊ ኣኼባ ርክብ ከተማታት ኤርትራ፡ ምምሕዳራት ከተማታት ብዛዕባ "
        "ምዕቃብ ማይ፡ ምትካል ኦም ከምኡ'ውን ምጽራይ ከባቢ ሓባራዊ መግለጺ ኣጽዲቖም። ነዚ መግለጺ "
        "ዝፈረሙ ምምሕዳራት ከተማታት እዞም ዝስዕቡ እዮም፦",
        "1. ምምሕዳር ከተማ ከረን (ዞባ ዓንሰባ)\n"
        "2. ምምሕዳር ከተማ ምጽዋዕ (ዞባ ሰሜናዊ ቀይሕ ባሕሪ)\n"
        "3. ምምሕዳር ከተማ መንደፈራ (ዞባ ደቡብ)\n"
        "4. ምምሕዳር ከተማ ባረንቱ (ዞባ ጋሽ ባርካ)\n"
        "5. ምምሕዳር ከተማ ዓዲ ቐይሕ (ዞባ ደቡብ)\n"
        "6. ምምሕዳር ከተማ ዓሰብ (ዞባ ደቡባዊ ቀይሕ ባሕሪ)\n"
        "7. ምምሕዳር ከተማ ኣቁርደት (ዞባ ጋሽ ባርካ)\n"
        "8. ምምሕዳር ከተማ ተሰነይ (ዞባ ጋሽ ባርካ)",
        "ምምሕዳር ዞባ ማእከል ከም ኣጋይሽ ነቲ ኣኼባ ኣተኣናጊዱ፤ ኣስመራ ኣብቲ መግለጺ ኣይፈረመትን። ዝቕጽል ኣኼባ ኣብ ደቀምሓረ ክካየድ እዩ።",
        "Keren/ER; Massawa/ER; Mendefera/ER; Barentu/ER; Adi Keyh/ER; Assab/ER; "
        "Akordat|Ak’ordat/ER; Teseney/ER",
        note="each city's administration with its zoba in brackets; Asmara hosted and did not "
        "sign; next year's venue Dekemhare is named",
    ),
    Page(
        "ckb-r68b-table-tabs-sharawani-parezga-kirkuk-observer",
        "ckb",
        "table_tabs;region_after;columns_after;not_signatory;no_country",
        "ئەندامانی تۆڕی شارە سەوزەکانی هەرێمی کوردستان",
        (2025, 6, 12),
        "تۆڕی شارە سەوزەکان کۆمەڵەیەکی شارەوانییەکانی هەرێمی کوردستانە بۆ چاندنی دار، "
        "پاککردنەوەی ئاو و کەمکردنەوەی پیسبوونی هەوا. ئەمە لیستی ئەندامانی تۆڕەکەیە تا "
        "کۆتایی مانگی ئایاری ٢٠٢٥:",
        "ژ\tشارەوانی\tپارێزگا\tساڵی بەشداربوون\n"
        "١\tشارەوانی هەولێر\tهەولێر\t٢٠١٨\n"
        "٢\tشارەوانی سلێمانی\tسلێمانی\t٢٠١٨\n"
        "٣\tشارەوانی دهۆک\tدهۆک\t٢٠١٩\n"
        "٤\tشارەوانی هەڵەبجە\tهەڵەبجە\t٢٠١٩\n"
        "٥\tشارەوانی ڕانیە\tسلێمانی\t٢٠٢٠\n"
        "٦\tشارەوانی زاخۆ\tدهۆک\t٢٠٢٠\n"
        "٧\tشارەوانی سۆران\tهەولێر\t٢٠٢١\n"
        "٨\tشارەوانی چەمچەماڵ\tسلێمانی\t٢٠٢١\n"
        "٩\tشارەوانی کەلار\tسلێمانی\t٢٠٢٢\n"
        "١٠\tشارەوانی ئاکرێ\tدهۆک\t٢٠٢٢\n"
        "١١\tشارەوانی شەقڵاوە\tهەولێر\t٢٠٢٣\n"
        "١٢\tشارەوانی دەربەندیخان\tسلێمانی\t٢٠٢٤",
        "شارەوانی کەرکووک وەک چاودێر بەشداری کۆبوونەوەکانی تۆڕەکە دەکات و ئەندام نییە. "
        "بۆ زانیاری زیاتر پەیوەندی بە سکرتاریەتی تۆڕەکەوە بکەن.",
        "Erbil/IQ; Sulaymaniyah/IQ; Duhok|Dihok/IQ; Halabja/IQ; Ranya|Rānyah/IQ; "
        "Zakho|Zaxo/IQ; Soran/IQ; Chamchamal|Jamjamāl/IQ; Kalar|Kelar/IQ; Akre|‘Aqrah/IQ; "
        "Shaqlawa|Shaqlāwah/IQ; Darbandikhan|Derbendîxan/IQ",
        note="Eastern Arabic digits; the governorate column repeats city names (Erbil, "
        "Sulaymaniyah, Duhok, Halabja); Kirkuk is an observer, not a member",
    ),
    Page(
        "dv-r68b-soi-lines-city-island-council-atoll-codes-hulhumale-venue",
        "dv",
        "one_a_line;person_before;not_signatory;no_country",
        "ކަނޑުގެ ފެންމަތި އުފުލިގެންދިއުމާ ބެހޭގޮތުން ކައުންސިލްތަކުގެ ގުޅިގެންވާ ބަޔާން",
        (2025, 12, 2),
        "ހުޅުމާލޭގައި ބޭއްވުނު ރަށްތަކާއި ސިޓީތަކުގެ ކައުންސިލްތަކުގެ ނެޓްވޯކުގެ އަހަރީ "
        "ބައްދަލުވުމުގައި، ކަނޑުގެ ފެންމަތި އުފުލިގެންދިއުމާއި ގޮނޑުދޮށް ކެނޑުމުގެ "
        "ކުރިމަތީގައި ގުޅިގެން މަސައްކަތްކުރުމަށް ކައުންސިލްތަކުން މި ބަޔާނުގައި ސޮއިކުރެއްވި.\n\n"
        "ސޮއިކުރެއްވި ކައުންސިލްތައް:",
        "އަޙްމަދު ނަސީމް، މޭޔަރު، މާލޭ ސިޓީ ކައުންސިލް\n"
        "ޢާއިޝަތު ރަޝާ، މޭޔަރު، ފުވައްމުލައް ސިޓީ ކައުންސިލް\n"
        "މުޙައްމަދު ޝިހާބް، މޭޔަރު، ކުޅުދުއްފުށި ސިޓީ ކައުންސިލް\n"
        "އިބްރާހީމް ފައިސަލް، މޭޔަރު، ތިނަދޫ ސިޓީ ކައުންސިލް\n"
        "ފާޠިމަތު ނާޒިމާ، ރައީސް، ޅ. ނައިފަރު ކައުންސިލް\n"
        "ޙަސަން ރިޟާ، ރައީސް، ބ. އޭދަފުށި ކައުންސިލް\n"
        "އާމިނަތު ޖާދުލާ، ނައިބު ރައީސް، ށ. ފުނަދޫ ކައުންސިލް\n"
        "ޢަލީ ވަޙީދު، ރައީސް، ހއ. ދިއްދޫ ކައުންސިލް\n"
        "ޔޫސުފް ޝަރީފް، ރައީސް، އދ. މަހިބަދޫ ކައުންސިލް",
        "ލޯކަލް ގަވަރމަންޓް އޮތޯރިޓީން ބައްދަލުވުމުގައި ބައިވެރިވީ ނިގާހުބާނެއްގެ "
        "ގޮތުގައެވެ. ހުޅުމާލޭ ކައުންސިލަކީ ބައްދަލުވުމުގެ މެހެމާން ކައުންސިލް ނަމަވެސް، "
        "މި ބަޔާނުގައި ސޮއިކޮށްފައެއް ނުވެއެވެ.",
        "Male|Malé/MV; Fuvahmulah/MV; Kulhudhuffushi/MV; Thinadhoo/MV; Naifaru/MV; "
        "Eydhafushi/MV; Funadhoo/MV; Dhidhdhoo|Dhihdhoo/MV; Mahibadhoo/MV",
        note="name, title, council on one line; city councils with a mayor, island councils "
        "with a president and their atoll's letter code (ޅ. ބ. ށ. ހއ. އދ.); the venue "
        "Hulhumalé did not sign and the Local Government Authority observed",
    ),
    Page(
        "ha-r68b-running-da-majalisar-birni-najeriya-nijar-abuja-venue",
        "ha",
        "running_text;country_in_language;not_signatory",
        "Sanarwar Haɗin Gwiwa ta Biranen Sahel kan Yaƙi da Kwararowar Hamada",
        (2025, 9, 15),
        "A taron shekara-shekara na Ƙungiyar Biranen Sahel da aka gudanar a Abuja ranar 12 ga "
        "Satumba, shugabannin majalisun birane sun rattaba hannu kan sanarwar haɗin gwiwa kan "
        "dasa itatuwa, kiyaye ruwa da yaƙi da kwararowar hamada.\n\n"
        "Biranen sun yi alƙawarin dasa itatuwa miliyan ɗaya kafin shekarar 2030 tare da "
        "samar da tsarin gargaɗi kan ambaliyar ruwa.",
        "Waɗanda suka sa hannu su ne Majalisar Birnin Kano, Majalisar Birnin Kaduna, "
        "Katsina, Sakkwato, Zariya, Bauci, Gwambe da Maiduguri daga Najeriya, tare da "
        "biranen Yamai, Maraɗi, Damagaram da Tawa daga Jamhuriyar Nijar.",
        "Hukumar Babban Birnin Tarayya ta karɓi baƙuncin taron amma ba ta sa hannu a "
        "sanarwar ba. Sakatariyar ƙungiyar ta bayyana cewa za a gudanar da taro na gaba a "
        "Agadas a shekarar 2026.",
        "Kano/NG; Kaduna/NG; Katsina/NG; Sokoto/NG; Zaria/NG; Bauchi/NG; Gombe/NG; "
        "Maiduguri/NG; Niamey/NE; Maradi/NE; Zinder/NE; Tahoua/NE",
        note="Hausa names: Sakkwato (Sokoto), Zariya (Zaria), Bauci (Bauchi), Gwambe (Gombe), "
        "Yamai (Niamey), Damagaram (Zinder), Tawa (Tahoua); the countries after `daga`; the "
        "host Abuja and next year's venue Agadas (Agadez) did not sign",
    ),
    Page(
        "yo-r68b-directory-ipinle-headings-named-like-capitals",
        "yo",
        "one_a_line;region_heading;columns_after;no_country",
        "Àwọn Ìlú Ọmọ Ẹgbẹ́ — Ìkànnì Àwọn Ìlú Aláwọ̀ Ewé Gúúsù Ìwọ̀-Oòrùn",
        (2025, 8, 18),
        "Ìkànnì Àwọn Ìlú Aláwọ̀ Ewé ń ṣe àkójọpọ̀ àwọn ìlú tí wọ́n ń gbin igi, tí wọ́n ń "
        "dáàbò bo omi, tí wọ́n sì ń mú afẹ́fẹ́ mọ́. Àwọn ìlú ọmọ ẹgbẹ́ wa nìyí, ní ìpínlẹ̀ "
        "kọ̀ọ̀kan:",
        "Ìpínlẹ̀ Èkó\n"
        "Ìkòròdú — láti ọdún 2020\n"
        "Ẹ̀pẹ́ — láti ọdún 2022\n"
        "Àgbádárìgì — láti ọdún 2023\n\n"
        "Ìpínlẹ̀ Ọ̀yọ́\n"
        "Ìbàdàn — láti ọdún 2018\n"
        "Ògbómọ̀ṣọ́ — láti ọdún 2019\n"
        "Ọ̀yọ́ — láti ọdún 2019\n"
        "Ìsẹ́yìn — láti ọdún 2021\n"
        "Ṣakí — láti ọdún 2023\n\n"
        "Ìpínlẹ̀ Ògùn\n"
        "Abẹ́òkúta — láti ọdún 2018\n"
        "Ìjẹ̀bú-Òde — láti ọdún 2020\n"
        "Ṣàgámù — láti ọdún 2022\n\n"
        "Ìpínlẹ̀ Ọ̀ṣun\n"
        "Òṣogbo — láti ọdún 2018\n"
        "Ilé-Ifẹ̀ — láti ọdún 2019\n"
        "Iléṣà — láti ọdún 2020\n"
        "Ẹdẹ — láti ọdún 2024\n\n"
        "Ìpínlẹ̀ Oǹdó\n"
        "Àkúrẹ́ — láti ọdún 2019\n"
        "Oǹdó — láti ọdún 2021\n"
        "Ọ̀wọ̀ — láti ọdún 2022\n\n"
        "Ìpínlẹ̀ Èkìtì\n"
        "Adó-Èkìtì — láti ọdún 2020\n\n"
        "Ìpínlẹ̀ Kwara\n"
        "Ìlọrin — láti ọdún 2019\n"
        "Ọ̀fà — láti ọdún 2024",
        "Ọ́fíìsì akọ̀wé ẹgbẹ́ wà ní ìlú Èkó. Ìlú tí ó bá fẹ́ darapọ̀ lè kọ̀wé sí wa.",
        "Ikorodu/NG; Epe/NG; Badagry/NG; Ibadan/NG; Ogbomoso|Ogbomosho/NG; Oyo/NG; "
        "Iseyin/NG; Saki/NG; Abeokuta/NG; Ijebu Ode|Ijebu-Ode/NG; Shagamu|Sagamu/NG; "
        "Osogbo/NG; Ile-Ife/NG; Ilesa/NG; Ede/NG; Akure/NG; Ondo/NG; Owo/NG; Ado-Ekiti/NG; "
        "Ilorin/NG; Offa/NG",
        note="Yoruba names with tone marks (Àgbádárìgì is Badagry); the state headings Ọ̀yọ́ "
        "and Oǹdó are named like member towns listed under them, Èkó (Lagos) is a heading "
        "and the secretariat's seat, not a member",
    ),
    Page(
        "zu-r68b-news-omasipala-locative-na-ethekwini-host",
        "zu",
        "running_text;inflected;few;not_signatory;no_country",
        "Omasipala abahlanu bajoyina iNethiwekhi Yamadolobha Aluhlaza",
        (2025, 10, 24),
        "Emhlanganweni wonyaka weNethiwekhi Yamadolobha Aluhlaza obuseThekwini ngoLwesine, "
        "amalungu amasha amukelwe ngokusemthethweni. INethiwekhi isebenzela ukutshala izihlahla, "
        "ukonga amanzi nokunciphisa ukungcoliswa komoya emadolobheni aKwaZulu-Natali.",
        "Omasipala abasanda kujoyina ngabaseMgungundlovu, abaseNewcastle, abaseMnambithi, "
        "abaseShowe kanye nabaseKokstad. Ngalokhu inethiwekhi manje isinamalungu angama-23.",
        'IMeya yaseThekwini, enguyena mphathi womhlangano, ithe: "Siyawamukela amalungu '
        'amasha." Umhlangano olandelayo uzoba seRichards Bay ngonyaka ozayo.',
        "Pietermaritzburg/ZA; Newcastle/ZA; Ladysmith/ZA; Eshowe/ZA; Kokstad/ZA",
        note="locative and relative forms: abaseMgungundlovu (Pietermaritzburg), abaseMnambithi "
        "(Ladysmith), abaseShowe (Eshowe), nabaseKokstad with `na-`; the host eThekwini "
        "(Durban) and next year's venue Richards Bay did not join",
    ),
    Page(
        "af-r68b-pdf-verklaring-munisipaliteit-bladsyopskrifte-hermanus",
        "af",
        "one_a_line;person_after;person_named_like_place;broken_lines;country_in_language;"
        "not_signatory",
        "Gesamentlike Verklaring oor Waterveiligheid in die Karoo, die Suid-Kaap en Namibië",
        (2025, 11, 19),
        "Die volgende munisipaliteite het die verklaring tydens die jaarlikse beraad in "
        "Kaapstad onderteken. Die volledige dokument (PDF, 380 KB) word hieronder weergegee.",
        "Gesamentlike Verklaring oor Waterveiligheid                              Bladsy 2 van 3\n"
        "Ondertekenaars\n"
        "Stellenbosch Munisipaliteit – Uitvoerende Burgemeester Karin Fourie\n"
        "George Munisipaliteit – Uitvoerende Burgemeester Sipho Mbeki\n"
        "Oudtshoorn Munisipaliteit – Burgemeester Johan Botha\n"
        "Mosselbaai Munisipaliteit – Uitvoerende Burgemeester Elsa van Wyk\n"
        "Knysna Munisipaliteit – Raadslid Hermanus de Wet, namens die Burgemeester\n"
        "Beaufort-Wes Munisipaliteit – Burgemeester Andries Jacobs\n"
        "Swellendam Munisipaliteit – Burgemeester Thandi Ndlovu\n"
        "\n"
        "Gesamentlike Verklaring oor Waterveiligheid                              Bladsy 3 van 3\n"
        "Stad Windhoek (Namibië) – Burgemeester Maria Shikongo\n"
        "Munisipaliteit van Swakopmund (Namibië) – Burgemeester Frans Kaura\n"
        "Munisipaliteit van Walvisbaai (Namibië) – Burgemeester Ilse Garoes\n"
        "Munisipaliteit van Keetmanshoop (Namibië) – Burgemeester Petrus Witbooi\n"
        "Munisipaliteit van Mariental (Namibië) – Waarnemende Burgemeester Johanna Kooper, na-\n"
        "mens die Raad",
        "Die Wes-Kaapse Departement van Plaaslike Regering en die Stad Kaapstad, as gasheer "
        "van die beraad, het as waarnemers deelgeneem en die verklaring nie onderteken nie.",
        "Stellenbosch/ZA; George/ZA; Oudtshoorn/ZA; Mossel Bay|Mosselbaai/ZA; Knysna/ZA; "
        "Beaufort West|Beaufort-Wes/ZA; Swellendam/ZA; Windhoek/NA; Swakopmund/NA; "
        "Walvis Bay|Walvisbaai/NA; Keetmanshoop/NA; Mariental/NA",
        note="a PDF copy: page headers with page numbers between the lines, `na-` / `mens` "
        "hyphenated; Knysna signed by a councillor named Hermanus; the host Cape Town "
        "(Kaapstad) observed and did not sign",
    ),
    Page(
        "tk-r68b-table-spaces-shaherinin-hakimligi-welayat",
        "tk",
        "table_tabs;region_after;columns_after;inflected;not_signatory;no_country",
        "Arassa şäherler ulgamynyň agzalary",
        (2025, 5, 27),
        "Arassa şäherler ulgamy şäherlerde agaç ekmek, suwy tygşytly peýdalanmak we howanyň "
        "arassalygyny goramak boýunça tejribe alyşmak üçin döredildi. Ulgamyň agzalary:",
        "№   Häkimlik                              Welaýat            Agza bolan ýyly\n"
        "1   Türkmenabat şäheriniň häkimligi       Lebap welaýaty     2019\n"
        "2   Daşoguz şäheriniň häkimligi           Daşoguz welaýaty   2019\n"
        "3   Mary şäheriniň häkimligi              Mary welaýaty      2019\n"
        "4   Balkanabat şäheriniň häkimligi        Balkan welaýaty    2020\n"
        "5   Türkmenbaşy şäheriniň häkimligi       Balkan welaýaty    2020\n"
        "6   Tejen şäher häkimligi                 Ahal welaýaty      2021\n"
        "7   Baýramaly şäher häkimligi             Mary welaýaty      2021\n"
        "8   Serdar şäher häkimligi                Balkan welaýaty    2022\n"
        "9   Gökdepe şäher häkimligi               Ahal welaýaty      2022\n"
        "10  Magdanly şäher häkimligi              Lebap welaýaty     2023\n"
        "11  Köneürgenç şäher häkimligi            Daşoguz welaýaty   2023\n"
        "12  Änew şäher häkimligi                  Ahal welaýaty      2024\n"
        "13  Gazojak şäher häkimligi               Lebap welaýaty     2024",
        "Ulgamyň sekretariaty Aşgabat şäherinde ýerleşýär; Aşgabat şäheriniň häkimligi "
        "ulgamyň agzasy däl, ýöne hyzmatdaş hökmünde gatnaşýar.",
        "Türkmenabat|Turkmenabat/TM; Daşoguz|Dasoguz/TM; Mary/TM; Balkanabat/TM; "
        "Türkmenbaşy|Turkmenbasy/TM; Tejen/TM; Baýramaly|Bayramaly/TM; Serdar|Gyzylarbat/TM; "
        "Gökdepe|Gokdepe/TM; Magdanly/TM; Köneürgenç|Koneurgench/TM; Änew|Anew/TM; Gazojak/TM",
        note="a table aligned with spaces; the genitive `X şäheriniň häkimligi` and the plain "
        "`X şäher häkimligi`; welaýats named like member cities (Daşoguz, Mary); the "
        "secretariat's seat Ashgabat is a partner, not a member",
    ),
    Page(
        "mt-r68b-dikjarazzjoni-sindku-kunsill-lokali-attard-valletta-venue",
        "mt",
        "one_a_line;person_before;person_named_like_place;not_signatory;no_country",
        "Dikjarazzjoni Konġunta tal-Kunsilli Lokali dwar il-Kwalità tal-Arja",
        (2025, 10, 17),
        "Il-Kunsilli Lokali elenkati hawn taħt iffirmaw din id-dikjarazzjoni waqt il-konferenza "
        "annwali tan-Netwerk tal-Lokalitajiet Nodfa, li saret fil-Belt Valletta nhar il-15 ta' "
        "Ottubru.\n\n"
        "Il-firmatarji jimpenjaw ruħhom li jnaqqsu t-traffiku fiċ-ċentri tal-lokalitajiet, "
        "iħawlu aktar siġar u jkejlu l-kwalità tal-arja f'kull skola primarja sal-2028.\n\n"
        "Iffirmaw:",
        "Dr Maria Attard, Sindku, Kunsill Lokali tal-Mosta\n"
        "Joseph Borg, Sindku, Kunsill Lokali Birkirkara\n"
        "Rita Camilleri, Sindku, Kunsill Lokali Ħal Qormi\n"
        "Mark Attard, Viċi Sindku, Kunsill Lokali Ħaż-Żabbar\n"
        "Claire Vella, Sindku, Kunsill Lokali San Pawl il-Baħar\n"
        "Kevin Farrugia, Sindku, Kunsill Lokali Tas-Sliema\n"
        "Doris Zammit, Sindku, Kunsill Lokali taż-Żejtun\n"
        "Anthony Grech, Sindku, Kunsill Lokali tal-Ħamrun\n"
        "Sarah Micallef, Sindku, Kunsill Lokali tal-Imsida\n"
        "Paul Cassar, Sindku, Kunsill Lokali ta' Marsaskala\n"
        "Josephine Mercieca, Sindku, Kunsill Lokali tax-Xagħra\n"
        "Ivan Bugeja, Sindku, Kunsill Lokali Victoria (Għawdex)",
        "Il-Kunsill Lokali Valletta, bħala ospitanti tal-konferenza, u l-Assoċjazzjoni "
        "tal-Kunsilli Lokali, bħala osservatur, ma ffirmawx id-dikjarazzjoni. Il-Kunsill "
        "Lokali Ħ'Attard ħabbar li se jiddeċiedi fil-laqgħa li jmiss tiegħu.",
        "Mosta/MT; Birkirkara/MT; Qormi/MT; Żabbar|Zabbar/MT; San Pawl il-Baħar/MT; "
        "Sliema/MT; Żejtun|Zejtun/MT; Ħamrun|Hamrun/MT; Imsida|Msida/MT; Marsaskala/MT; "
        "Xagħra|Xaghra/MT; Victoria/MT",
        note="Maltese official names with the article (`Ħal Qormi`, `Ħaż-Żabbar`, `Tas-Sliema`, "
        "`taż-Żejtun`); two signatories named Attard, and Ħ'Attard's council named after the "
        "list as undecided; the host Valletta did not sign",
    ),
    Page(
        "cy-r68b-running-a-ac-treigladau-yng-nghaerdydd",
        "cy",
        "running_text;inflected;not_signatory;no_country",
        "Cynghorau tref a dinas yn llofnodi Siarter Trefi Gwyrdd Cymru",
        (2025, 11, 7),
        "Mewn digwyddiad yng Nghaerdydd ddydd Iau, llofnododd cynrychiolwyr un ar ddeg o "
        "gynghorau tref a dinas Siarter Trefi Gwyrdd Cymru, sy'n ymrwymo'r cynghorau i blannu "
        "coed, i leihau gwastraff ac i gefnogi siopau lleol.",
        "Y cynghorau a lofnododd y Siarter yw cynghorau tref Aberystwyth, Machynlleth, "
        "Llanidloes, Dinbych, Rhuthun, Aberteifi, Llandeilo, Llanbedr Pont Steffan a "
        "Phwllheli, ynghyd â chynghorau dinas Bangor a Thyddewi.",
        'Dywedodd Maer Aberystwyth, y Cynghorydd Elin Puw: "Mae trefi bach yn gallu arwain y '
        'ffordd." Trefnwyd y digwyddiad gan Gynghrair Trefi Cymru, a bydd y digwyddiad nesaf '
        "yn cael ei gynnal yng Nghaerfyrddin ym mis Mai.",
        "Aberystwyth/GB; Machynlleth/GB; Llanidloes/GB; Denbigh|Dinbych/GB; Ruthin|Rhuthun/GB; "
        "Cardigan|Aberteifi/GB; Llandeilo/GB; Lampeter|Llanbedr Pont Steffan/GB; Pwllheli/GB; "
        "Bangor/GB; St Davids|Saint Davids|Tyddewi/GB",
        note="Welsh names, mutated after `a` (a Phwllheli, a Thyddewi: St Davids); the venue "
        "Cardiff (yng Nghaerdydd) and next venue Carmarthen (yng Nghaerfyrddin) did not sign",
    ),
    Page(
        "ga-r68b-eolaire-cuige-headings-contae-genitive-comhairle-contae",
        "ga",
        "one_a_line;region_heading;region_after;inflected;body_not_city;no_country",
        "Comhaltaí an Líonra — Bailte agus Cathracha Glasa na hÉireann",
        (2025, 11, 28),
        "Is líonra é Bailte Glasa na hÉireann d'údaráis áitiúla agus do bhailte atá ag obair "
        "ar ghníomhú ar son na haeráide, ar iompar poiblí agus ar spásanna glasa. Seo iad na "
        "comhaltaí de réir cúige:",
        "Cúige Laighean\n"
        "Baile Átha Cliath (Co. Bhaile Átha Cliath)\n"
        "Cill Chainnigh (Co. Chill Chainnigh)\n"
        "Dún Dealgan (Co. Lú)\n"
        "Droichead Átha (Co. Lú)\n"
        "Loch Garman (Co. Loch Garman)\n"
        "Ceatharlach (Co. Cheatharlach)\n\n"
        "Cúige Mumhan\n"
        "Corcaigh (Co. Chorcaí)\n"
        "Luimneach (Co. Luimnigh)\n"
        "Port Láirge (Co. Phort Láirge)\n"
        "Trá Lí (Co. Chiarraí)\n"
        "Cill Airne (Co. Chiarraí)\n"
        "An Daingean (Co. Chiarraí)\n"
        "Comhairle Contae Chiarraí (comhalta comhlachais)\n"
        "Inis (Co. an Chláir)\n\n"
        "Cúige Chonnacht\n"
        "Gaillimh (Co. na Gaillimhe)\n"
        "Caisleán an Bharraigh (Co. Mhaigh Eo)\n"
        "Cathair na Mart (Co. Mhaigh Eo)\n"
        "Sligeach (Co. Shligigh)\n\n"
        "Cúige Uladh\n"
        "Leitir Ceanainn (Co. Dhún na nGall)",
        "Tá oifig an líonra i mBaile Átha Luain. Is féidir le húdaráis áitiúla eile iarratas "
        "a dhéanamh ar bhallraíocht tráth ar bith.",
        "Dublin/IE; Kilkenny/IE; Dundalk/IE; Drogheda/IE; Wexford/IE; Carlow/IE; Cork/IE; "
        "Limerick/IE; Waterford/IE; Tralee/IE; Killarney/IE; Dingle/IE; "
        "Kerry County Council|County Kerry|Comhairle Contae Chiarraí/IE/county; Ennis/IE; "
        "Galway/IE; Castlebar/IE; Westport/IE; Sligo/IE; Letterkenny/IE",
        note="Irish names of towns with their county in the genitive (`Co. Chorcaí`, `Co. na "
        "Gaillimhe`), counties named like their towns (Loch Garman, Ceatharlach, Sligeach); "
        "Kerry County Council an associate member; the office's seat Athlone (i mBaile Átha "
        "Luain) is not a member",
    ),
]

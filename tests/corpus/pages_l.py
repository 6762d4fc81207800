"""Hand-written pages, part twelve: a held-out batch written for issue #20's ninth round before
the reader was changed for it, in languages the corpus had none of (Galician running text with
`da Coruña`, Icelandic `Akureyrarbær`, `Reykjavíkurborg`, Serbian Cyrillic with the Latin
name in brackets, Korean `수원시 (경기도)`, Vietnamese `Thành phố Đà Nẵng` with `và`) and in
shapes real networks publish that it lacked (Australian and New Zealand `City of Greater
Geelong`, `Shire of Broome, WA`, `Wellington City Council`; East African city councils in a
directory with website, email and phone columns; Swiss cantons as codes that are countries'
(`BE`, `FR`, `GR`, `LU`, `SG`); Mexican `H. Ayuntamiento de Zapopan, Jal.`; a Markdown table
with pipes; a French A–Z directory under letter headings; 48 cities with ISO-2 country codes;
Arabic-script names beside the Latin ones with `(joined 2019)`; a press release whose
signatories follow a colon in one sentence beside a partner organisation's seat and the
venue). Measured before any change (benchmarks/README.md reports them apart as batch l).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

ISO2_CITIES = [
    ("Accra", "GH"), ("Addis Ababa", "ET"), ("Alexandria", "EG"), ("Almaty", "KZ"),
    ("Amman", "JO"), ("Baku", "AZ"), ("Busan", "KR"), ("Casablanca", "MA"),
    ("Cebu City", "PH"), ("Chiang Mai", "TH"), ("Colombo", "LK"), ("Córdoba", "AR"),
    ("Dakar", "SN"), ("Da Nang", "VN"), ("Durban", "ZA"), ("Frankfurt am Main", "DE"),
    ("Gaborone", "BW"), ("Georgetown", "GY"), ("Haifa", "IL"), ("Hamilton", "NZ"),
    ("Harare", "ZW"), ("Izmir", "TR"), ("Kampala", "UG"), ("Karachi", "PK"),
    ("Kathmandu", "NP"), ("Kingston", "JM"), ("Lagos", "NG"), ("León", "NI"),
    ("Lusaka", "ZM"), ("Maputo", "MZ"), ("Medan", "ID"), ("Mumbai", "IN"),
    ("Muscat", "OM"), ("Nairobi", "KE"), ("Newcastle", "AU"), ("Osaka", "JP"),
    ("Perth", "AU"), ("Portland", "US"), ("San José", "CR"), ("Santa Cruz de la Sierra", "BO"),
    ("Santiago", "CL"), ("Tbilisi", "GE"), ("Trujillo", "PE"), ("Tunis", "TN"),
    ("Valencia", "VE"), ("Vancouver", "CA"), ("Windhoek", "NA"), ("Yerevan", "AM"),
]  # fmt: skip

PAGES = [
    Page(
        "en-au-nz-council-shire",
        "en",
        "one_a_line;state_codes;no_country",
        "Ten councils in Australia and New Zealand sign the urban canopy pledge",
        (2024, 9, 10),
        "The following councils have signed the pledge to grow their tree canopy by a third "
        "by 2035:",
        "City of Greater Geelong, VIC\n"
        "Wellington City Council\n"
        "City of Ballarat, VIC\n"
        "Christchurch City Council\n"
        "Shire of Broome, WA\n"
        "Hobart City Council, TAS\n"
        "Townsville City Council, QLD\n"
        "Dunedin City Council\n"
        "Wollongong City Council, NSW\n"
        "City of Fremantle, WA",
        "Councils will report their canopy cover each year from 2025.",
        "Geelong/AU; Wellington/NZ; Ballarat/AU; Christchurch/NZ; Broome/AU; Hobart/AU; "
        "Townsville/AU; Dunedin/NZ; Wollongong/AU; Fremantle/AU",
    ),
    Page(
        "en-east-africa-directory-contacts",
        "en",
        "table_tabs;columns_after;country_in_language",
        "Member directory: East Africa",
        (2024, 2, 6),
        "Our members in East Africa and how to reach their focal points:",
        "Member\tCountry\tWebsite\tEmail\tPhone\n"
        "Kampala Capital City Authority\tUganda\twww.kcca-example.ug\tclimate@kcca-example.ug"
        "\t+256 41 700 0001\n"
        "Arusha City Council\tTanzania\twww.arushacc-example.tz\tinfo@arushacc-example.tz"
        "\t+255 27 250 0002\n"
        "Mwanza City Council\tTanzania\twww.mwanzacc-example.tz\tmazingira@mwanzacc-example.tz"
        "\t+255 28 250 0003\n"
        "City of Kigali\tRwanda\twww.kigalicity-example.rw\tinfo@kigalicity-example.rw"
        "\t+250 788 000 004\n"
        "Dodoma City Council\tTanzania\twww.dodomacc-example.tz\tinfo@dodomacc-example.tz"
        "\t+255 26 232 0005\n"
        "Gulu City Council\tUganda\twww.gulucity-example.ug\tclerk@gulucity-example.ug"
        "\t+256 471 000 006\n"
        "Jinja City Council\tUganda\twww.jinjacity-example.ug\tinfo@jinjacity-example.ug"
        "\t+256 434 000 007\n"
        "Zanzibar City Council\tTanzania\twww.zanzibarcc-example.tz\tinfo@zanzibarcc-example.tz"
        "\t+255 24 223 0008",
        "To update a contact, write to the secretariat.",
        "Kampala/UG; Arusha/TZ; Mwanza/TZ; Kigali/RW; Dodoma/TZ; Gulu/UG; Jinja/UG; Zanzibar/TZ",
    ),
    Page(
        "de-schweiz-kantonskuerzel",
        "de",
        "one_a_line;state_codes;region_like_country;no_country",
        "Acht Schweizer Städte unterzeichnen die Charta für kühle Schulhöfe",
        (2024, 6, 18),
        "Die Charta haben unterzeichnet:",
        "Winterthur (ZH)\n"
        "Biel/Bienne (BE)\n"
        "St. Gallen (SG)\n"
        "Lugano (TI)\n"
        "Lausanne (VD)\n"
        "Luzern (LU)\n"
        "Chur (GR)\n"
        "Fribourg (FR)",
        "Die Städte berichten im Herbst 2025 über ihre ersten Massnahmen.",
        "Winterthur/CH; Biel|Bienne/CH; St. Gallen/CH; Lugano/CH; Lausanne/CH; Luzern/CH; "
        "Chur/CH; Fribourg/CH",
    ),
    Page(
        "es-mx-h-ayuntamiento",
        "es",
        "one_a_line;state_codes;person_after;no_country",
        "Seis ayuntamientos mexicanos firman el compromiso por el agua",
        (2024, 3, 22),
        "Suscribieron el compromiso:",
        "H. Ayuntamiento de Zapopan, Jal. – Presidente Municipal Ricardo Flores Díaz\n"
        "H. Ayuntamiento de Querétaro, Qro. – Presidenta Municipal Laura Medina Ruiz\n"
        "H. Ayuntamiento de Monterrey, N.L. – Presidente Municipal Óscar Garza Treviño\n"
        "H. Ayuntamiento de Oaxaca de Juárez, Oax. – Presidente Municipal Tomás López Cruz\n"
        "H. Ayuntamiento de Morelia, Mich. – Presidenta Municipal Gabriela Ortiz Reyes\n"
        "H. Ayuntamiento de Hermosillo, Son. – Presidente Municipal Arturo Valdez Soto",
        "Los ayuntamientos presentarán sus avances en el próximo foro nacional.",
        "Zapopan/MX; Santiago de Querétaro/MX; Monterrey/MX; Oaxaca de Juárez/MX; Morelia/MX; "
        "Hermosillo/MX",
    ),
    Page(
        "gl-concellos-running-e",
        "gl",
        "running_text;inflected;not_signatory;no_country",
        "Cinco concellos galegos asinan a declaración polo transporte limpo",
        (2024, 10, 8),
        "A declaración pide autobuses sen emisións en todas as cidades galegas antes de 2030.",
        "Na xuntanza celebrada en Pontevedra, os alcaldes da Coruña, Vigo, Santiago de "
        "Compostela, Lugo e Ourense asinaron a declaración.",
        "A próxima xuntanza terá lugar en Ferrol.",
        "A Coruña/ES; Vigo/ES; Santiago de Compostela/ES; Lugo/ES; Ourense/ES",
    ),
    Page(
        "is-sveitarfelog-baer-borg",
        "is",
        "one_a_line;inflected;no_country",
        "Sex sveitarfélög undirrita yfirlýsingu um hreinar hafnir",
        (2024, 5, 28),
        "Yfirlýsinguna undirrituðu:",
        "Reykjavíkurborg\nAkureyrarbær\nHafnarfjarðarbær\nKópavogsbær\nGarðabær\nÍsafjarðarbær",
        "Sveitarfélögin kynna fyrstu aðgerðir sínar í haust.",
        "Reykjavík/IS; Akureyri/IS; Hafnarfjörður/IS; Kópavogur/IS; Garðabær/IS; Ísafjörður/IS",
    ),
    Page(
        "sr-cyrillic-latin-brackets",
        "sr",
        "bulleted;named_twice;not_signatory;no_country",
        "Шест градова потписало је повељу о чистом ваздуху",
        (2023, 11, 14),
        "На састанку у Београду повељу су потписали градоначелници следећих градова:",
        "– Нови Сад (Novi Sad)\n"
        "– Ниш (Niš)\n"
        "– Крагујевац (Kragujevac)\n"
        "– Суботица (Subotica)\n"
        "– Чачак (Čačak)\n"
        "– Зрењанин (Zrenjanin)",
        "Градови ће прве резултате представити следеће године.",
        "Novi Sad/RS; Niš/RS; Kragujevac/RS; Subotica/RS; Čačak/RS; Zrenjanin/RS",
    ),
    Page(
        "ko-numbered-si-do",
        "ko",
        "numbered;region_after;no_country",
        "6개 도시, 폭염 대응 협약 서명",
        (2024, 7, 16),
        "다음 도시들이 협약에 서명했습니다:",
        "1. 수원시 (경기도)\n"
        "2. 창원시 (경상남도)\n"
        "3. 전주시 (전북특별자치도)\n"
        "4. 부산광역시\n"
        "5. 광주광역시\n"
        "6. 춘천시 (강원특별자치도)",
        "각 도시는 내년 상반기에 첫 이행 보고서를 제출합니다.",
        "Suwon/KR; Changwon/KR; Jeonju/KR; Busan/KR; Gwangju/KR; Chuncheon/KR",
    ),
    Page(
        "vi-thanh-pho-running-va",
        "vi",
        "running_text;not_signatory;no_country",
        "Năm thành phố ký cam kết về không khí sạch",
        (2024, 4, 9),
        "Cam kết đặt mục tiêu giảm một nửa bụi mịn PM2.5 vào năm 2030.",
        "Tại hội nghị ở Đà Lạt, Thành phố Hà Nội, Thành phố Hồ Chí Minh, Thành phố Đà Nẵng, "
        "Thành phố Hải Phòng và Thành phố Cần Thơ đã ký cam kết.",
        "Hội nghị tiếp theo sẽ được tổ chức tại Huế.",
        "Hanoi/VN; Ho Chi Minh City/VN; Da Nang/VN; Haiphong/VN; Can Tho/VN",
    ),
    Page(
        "en-markdown-pipe-table",
        "en",
        "table_tabs;columns_after;country_in_language;majority_other_country",
        "Six South American cities join the river cities alliance",
        (2023, 9, 5),
        "The alliance's new members:",
        "| City | Country | Joined |\n"
        "|---|---|---|\n"
        "| Porto Alegre | Brazil | 2021 |\n"
        "| Rosario | Argentina | 2020 |\n"
        "| Montevideo | Uruguay | 2022 |\n"
        "| Valparaíso | Chile | 2019 |\n"
        "| Cusco | Peru | 2023 |\n"
        "| La Paz | Bolivia | 2021 |",
        "The alliance will meet in Asunción next year.",
        "Porto Alegre/BR; Rosario/AR; Montevideo/UY; Valparaíso/CL; Cusco/PE; La Paz/BO",
        "a Markdown table: cells between pipes, a |---| rule under the header",
    ),
    Page(
        "fr-annuaire-lettres-a-z",
        "fr",
        "one_a_line;country_in_language",
        "Annuaire des villes membres",
        (2024, 1, 30),
        "Retrouvez ci-dessous les villes membres du réseau, par ordre alphabétique.",
        "A\n"
        "Abidjan — Côte d'Ivoire\n"
        "Agadir — Maroc\n"
        "B\n"
        "Bamako — Mali\n"
        "Bouaké — Côte d'Ivoire\n"
        "D\n"
        "Dakar — Sénégal\n"
        "Douala — Cameroun\n"
        "K\n"
        "Kinshasa — République démocratique du Congo\n"
        "L\n"
        "Lomé — Togo\n"
        "N\n"
        "Niamey — Niger",
        "Votre ville souhaite adhérer ? Écrivez au secrétariat.",
        "Abidjan/CI; Agadir/MA; Bamako/ML; Bouaké/CI; Dakar/SN; Douala/CM; Kinshasa/CD; "
        "Lomé/TG; Niamey/NE",
        "a directory under A-Z letter headings",
    ),
    Page(
        "en-iso2-codes-long",
        "en",
        "one_a_line;state_codes;majority_other_country",
        "48 cities sign the global declaration on safe streets for children",
        (2024, 11, 5),
        "The declaration has been signed by the following cities:",
        "\n".join(f"{city}, {code}" for city, code in ISO2_CITIES),
        "More cities are expected to sign before the World Urban Forum.",
        "; ".join(f"{city}/{code}" for city, code in ISO2_CITIES),
        "ISO 3166-1 country codes after each city (NA for Namibia, GE for Georgia)",
    ),
    Page(
        "en-arabic-script-joined",
        "en",
        "one_a_line;named_twice;columns_after",
        "Mediterranean members of the coastal resilience network",
        (2023, 12, 12),
        "Cities from the southern and eastern Mediterranean that have joined the network:",
        "Casablanca (الدار البيضاء), Morocco (joined 2019)\n"
        "Tunis (تونس), Tunisia (joined 2020)\n"
        "Sfax (صفاقس), Tunisia (joined 2021)\n"
        "Irbid (إربد), Jordan (joined 2018)\n"
        "Saida (صيدا), Lebanon (joined 2022)\n"
        "Oran (وهران), Algeria (joined 2019)",
        "Membership is open to any coastal city of the region.",
        "Casablanca/MA; Tunis/TN; Sfax/TN; Irbid/JO; Saida|Sidon/LB; Oran/DZ",
    ),
    Page(
        "en-press-colon-partner-seat",
        "en",
        "running_text;not_signatory;no_country",
        "Baltic port cities sign the clean harbours declaration",
        (2024, 8, 27),
        "The network and its partner, the Union of Baltic Cities, whose secretariat is in "
        "Gdańsk, presented the clean harbours declaration at a ceremony in Turku on Tuesday.",
        "The declaration was signed by the mayors of six cities: Tampere, Aarhus, Tartu, "
        "Kaunas, Bergen and Uppsala, who committed to halving emissions from their ports by "
        "2030.",
        "The partner organisation will publish a first progress report next summer.",
        "Tampere/FI; Aarhus/DK; Tartu/EE; Kaunas/LT; Bergen/NO; Uppsala/SE",
    ),
]

"""Hand-written pages, part thirteen: a held-out batch written for issue #20's tenth round before
the reader was changed for it, in languages the corpus had none of (Russian with countries in
Russian, Arabic-only `بلدية X – country`, Hebrew running text with `ו` glued to the last name
and `ב` to the venue, Turkish running text with `ve` and `Gaziantep'te`) and in shapes real
networks publish that it lacked (text copied from a PDF: words hyphenated at line ends, running
headers, footers and page numbers between entries; a page with a list of signatories, then
observers and supporting organisations that did not sign; footnote markers `Leipzig¹`, `Gent*`
and their footnotes; `Ghent and Leuven (both Belgium)`; `(pop. 390,000)`; mayors with their
city in brackets, some named like places; a wall of logo alt-texts; Brazilian mayors with
party codes that are countries' (`PT`, `PL`); 62 cities in their own languages and no
countries). Measured before any change (benchmarks/README.md reports them apart as batch m).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

# A long list in the cities' own languages: (as written, expected name, country code).
OWN_NAMES = [
    ("München", "Munich", "DE"), ("Milano", "Milan", "IT"), ("Wien", "Vienna", "AT"),
    ("Praha", "Prague", "CZ"), ("Kraków", "Kraków", "PL"), ("Lisboa", "Lisbon", "PT"),
    ("Bruxelles", "Brussels", "BE"), ("København", "Copenhagen", "DK"),
    ("Göteborg", "Gothenburg", "SE"), ("Den Haag", "The Hague", "NL"),
    ("Firenze", "Florence", "IT"), ("Sevilla", "Sevilla", "ES"), ("Zaragoza", "Zaragoza", "ES"),
    ("Köln", "Köln", "DE"), ("Genève", "Geneva", "CH"), ("Antwerpen", "Antwerpen", "BE"),
    ("Łódź", "Łódź", "PL"), ("Wrocław", "Wrocław", "PL"), ("Brno", "Brno", "CZ"),
    ("Bratislava", "Bratislava", "SK"), ("Ljubljana", "Ljubljana", "SI"),
    ("Zagreb", "Zagreb", "HR"), ("Beograd", "Belgrade", "RS"), ("București", "Bucharest", "RO"),
    ("Cluj-Napoca", "Cluj-Napoca", "RO"), ("Sofia", "Sofia", "BG"), ("Athína", "Athens", "GR"),
    ("Thessaloníki", "Thessaloníki", "GR"), ("Napoli", "Naples", "IT"), ("Torino", "Turin", "IT"),
    ("Genova", "Genoa", "IT"), ("Marseille", "Marseille", "FR"), ("Lille", "Lille", "FR"),
    ("Bordeaux", "Bordeaux", "FR"), ("Nantes", "Nantes", "FR"), ("Donostia", "San Sebastián", "ES"),
    ("Bilbao", "Bilbao", "ES"), ("Málaga", "Málaga", "ES"), ("Porto", "Porto", "PT"),
    ("Braga", "Braga", "PT"), ("Dublin", "Dublin", "IE"), ("Cork", "Cork", "IE"),
    ("Glasgow", "Glasgow", "GB"), ("Bristol", "Bristol", "GB"), ("Hamburg", "Hamburg", "DE"),
    ("Leipzig", "Leipzig", "DE"), ("Nürnberg", "Nuremberg", "DE"), ("Graz", "Graz", "AT"),
    ("Linz", "Linz", "AT"), ("Zürich", "Zurich", "CH"), ("Basel", "Basel", "CH"),
    ("Gent", "Gent", "BE"), ("Utrecht", "Utrecht", "NL"), ("Groningen", "Groningen", "NL"),
    ("Aarhus", "Aarhus", "DK"), ("Malmö", "Malmö", "SE"), ("Tampere", "Tampere", "FI"),
    ("Turku", "Turku", "FI"), ("Tallinn", "Tallinn", "EE"), ("Rīga", "Riga", "LV"),
    ("Vilnius", "Vilnius", "LT"), ("Gdańsk", "Gdańsk", "PL"),
]  # fmt: skip

PAGES = [
    Page(
        "en-pdf-hyphens-running-headers",
        "en",
        "running_text;broken_lines;no_country",
        "Joint declaration of Rhine and Danube river cities",
        (2024, 3, 12),
        "The text below is taken from the signed declaration (PDF, 4 pages).",
        "The river cities that have signed this declaration, namely Düssel-\n"
        "dorf, Mannheim, Strasbourg, Basel, Regens-\n"
        "burg, Linz, Bratislava, Novi Sad and\n"
        "Joint Declaration of River Cities 2024                              Page 2 of 4\n"
        "2\n"
        "Ruse, commit to restoring the flood plains along their banks and to reporting\n"
        "their progress each year.",
        "Download the declaration (PDF, 1.2 MB)",
        "Düsseldorf/DE; Mannheim/DE; Strasbourg/FR; Basel/CH; Regensburg/DE; Linz/AT; "
        "Bratislava/SK; Novi Sad/RS; Ruse/BG",
        "copied from a PDF: words hyphenated at line ends, a running header and page number",
    ),
    Page(
        "en-pdf-list-page-footers",
        "en",
        "numbered;country_in_language;broken_lines",
        "Signatories of the charter for quiet cities",
        (2023, 10, 3),
        "Annex I – Signatories (as of 30 September 2023)",
        "1. Aarhus, Denmark\n"
        "2. Bilbao, Spain\n"
        "3. Tartu, Estonia\n"
        "4. Ghent, Belgium\n"
        "Charter for Quiet Cities – Annex I\n"
        "Page 7\n"
        "Quiet Cities Network · Rue Belliard 20 · Brussels\n"
        "5. Bergamo, Italy\n"
        "6. Lublin, Poland\n"
        "7. Maribor, Slovenia\n"
        "Charter for Quiet Cities – Annex I\n"
        "Page 8\n"
        "Quiet Cities Network · Rue Belliard 20 · Brussels\n"
        "8. Nijmegen, Netherlands\n"
        "9. Plovdiv, Bulgaria",
        "",
        "Aarhus/DK; Bilbao/ES; Tartu/EE; Gent/BE; Bergamo/IT; Lublin/PL; Maribor/SI; "
        "Nijmegen/NL; Plovdiv/BG",
        "a PDF annex: a running header, page number and the network's address between entries",
    ),
    Page(
        "en-signatories-then-observers",
        "en",
        "one_a_line;not_signatory;no_country",
        "Core cities sign the compact on affordable homes",
        (2024, 5, 21),
        "The compact was signed at the summit on Monday.",
        "Signatory cities\n"
        "Glasgow\n"
        "Cardiff\n"
        "Belfast\n"
        "Leeds\n"
        "Nottingham\n"
        "\n"
        "Observers\n"
        "Edinburgh\n"
        "Swansea\n"
        "\n"
        "Supporting organisations\n"
        "Housing Futures Trust (Manchester)\n"
        "Homes for Cities Institute (Birmingham)",
        "Observers take part in the compact's meetings but have not signed it.",
        "Glasgow/GB; Cardiff/GB; Belfast/GB; Leeds/GB; Nottingham/GB",
        "observers and supporting organisations after the signatories did not sign",
    ),
    Page(
        "de-fussnoten-zeichen",
        "de",
        "one_a_line;no_country;majority_other_country",
        "Sieben Städte unterzeichnen die Erklärung zur Hitzevorsorge",
        (2024, 6, 4),
        "Die Erklärung haben unterzeichnet:",
        "Leipzig¹\n"
        "Gent*\n"
        "Dresden¹\n"
        "Malmö\n"
        "Bologna²\n"
        "Nantes*\n"
        "Kassel\n"
        "\n"
        "¹ Vorbehaltlich des Beschlusses des Stadtrats.\n"
        "² Unterzeichnet durch die Erste Stellvertreterin des Bürgermeisters.\n"
        "* Unterzeichnet beim Netzwerktreffen im Mai.",
        "Die Städte berichten im Frühjahr 2025 über ihre Hitzeaktionspläne.",
        "Leipzig/DE; Gent/BE; Dresden/DE; Malmö/SE; Bologna/IT; Nantes/FR; Kassel/DE",
        "footnote markers after the names and a footnote block",
    ),
    Page(
        "en-both-country-groups",
        "en",
        "several_a_line;country_in_language",
        "Eleven university cities join the student housing pledge",
        (2024, 2, 13),
        "The pledge has been signed by:",
        "Ghent and Leuven (both Belgium)\n"
        "Lyon, Grenoble and Nantes (all France)\n"
        "Utrecht (Netherlands)\n"
        "Freiburg im Breisgau and Tübingen (both Germany)\n"
        "Aarhus and Odense (both Denmark)\n"
        "Coimbra (Portugal)",
        "The cities will publish their student housing figures each autumn.",
        "Gent/BE; Leuven/BE; Lyon/FR; Grenoble/FR; Nantes/FR; Utrecht/NL; Freiburg/DE; "
        "Tübingen/DE; Aarhus/DK; Odense/DK; Coimbra/PT",
    ),
    Page(
        "en-population-brackets",
        "en",
        "bulleted;columns_after;no_country",
        "Seven mid-sized cities sign the compact on public space",
        (2023, 11, 28),
        "These cities signed the compact this year:",
        "• Bologna (pop. 390,000)\n"
        "• Malmö (pop. 351,000; member since 2019)\n"
        "• Tampere (pop. 244,000)\n"
        "• Graz (pop. 291,000)\n"
        "• Lyon (pop. 522,000)\n"
        "• Porto (pop. 232,000)\n"
        "• Gdańsk (pop. 486,000; member since 2021)",
        "Cities of 100,000 to 600,000 inhabitants may join.",
        "Bologna/IT; Malmö/SE; Tampere/FI; Graz/AT; Lyon/FR; Porto/PT; Gdańsk/PL",
    ),
    Page(
        "en-mayor-city-in-brackets",
        "en",
        "one_a_line;person_before;person_named_like_place;no_country",
        "Six mayors sign the open letter on bus funding",
        (2024, 1, 16),
        "The open letter to the Secretary of State was signed by:",
        "Mayor Anne Whitfield (Bristol)\n"
        "Lord Mayor Daniel Okafor (Sheffield)\n"
        "Mayor Rhiannon Price (Newport)\n"
        "Councillor Fiona MacLeod, Council Leader (Aberdeen)\n"
        "Mayor Chester Brown (Norwich)\n"
        "Mayor Sarah Preston (Derby)",
        "The letter asks for five-year funding settlements for local buses.",
        "Bristol/GB; Sheffield/GB; Newport/GB; Aberdeen/GB; Norwich/GB; Derby/GB",
        "mayors named Chester and Preston, their cities in brackets",
    ),
    Page(
        "en-logo-wall-alt-texts",
        "en",
        "one_a_line;body_not_city;no_country",
        "Our signatories",
        (2024, 4, 2),
        "The cities below have signed the circular procurement declaration.",
        "Logo City of Ghent\n"
        "Logo Stadt Wien\n"
        "Gemeente Utrecht logo\n"
        "Logo Ville de Strasbourg\n"
        "Comune di Torino – logo\n"
        "Logo Miasto Poznań\n"
        "Logo Ajuntament de Girona",
        "Would your city like to sign? Contact us.",
        "Gent/BE; Vienna/AT; Utrecht/NL; Strasbourg/FR; Turin/IT; Poznań/PL; Girona/ES",
        "a wall of logos pasted as their alt-texts",
    ),
    Page(
        "tr-running-ve-suffixes",
        "tr",
        "running_text;inflected;not_signatory;no_country",
        "Beş büyükşehir temiz hava bildirgesini imzaladı",
        (2024, 10, 15),
        "Bildirge, 2030 yılına kadar ince partikül kirliliğinin yarıya indirilmesini öngörüyor.",
        "Gaziantep'te düzenlenen zirvede bildirgeyi İzmir, Bursa, Antalya, Eskişehir ve "
        "Mersin büyükşehir belediye başkanları imzaladı.",
        "Bir sonraki zirve Trabzon'da yapılacak.",
        "İzmir/TR; Bursa/TR; Antalya/TR; Eskişehir/TR; Mersin/TR",
    ),
    Page(
        "ru-central-asia-country-russian",
        "ru",
        "bulleted;country_in_language;not_signatory",
        "Семь городов Центральной Азии подписали хартию о чистом воздухе",
        (2024, 9, 24),
        "На форуме в Астане хартию подписали следующие города:",
        "• Алматы (Казахстан)\n"
        "• Бишкек (Кыргызстан)\n"
        "• Ташкент (Узбекистан)\n"
        "• Душанбе (Таджикистан)\n"
        "• Шымкент (Казахстан)\n"
        "• Ош (Кыргызстан)\n"
        "• Самарканд (Узбекистан)",
        "Города представят первые отчёты в следующем году.",
        "Almaty/KZ; Bishkek/KG; Tashkent/UZ; Dushanbe/TJ; Shymkent/KZ; Osh/KG; Samarkand/UZ",
    ),
    Page(
        "ar-baladiya-country-arabic",
        "ar",
        "one_a_line;country_in_language;body_not_city",
        "ست بلديات توقع إعلان المدن الساحلية",
        (2024, 4, 23),
        "وقّعت البلديات التالية على الإعلان:",
        "بلدية إربد الكبرى – الأردن\n"
        "أمانة عمّان الكبرى – الأردن\n"
        "بلدية صيدا – لبنان\n"
        "بلدية طرابلس – لبنان\n"
        "بلدية صفاقس – تونس\n"
        "بلدية سوسة – تونس",
        "ستقدم البلديات تقاريرها الأولى العام المقبل.",
        "Irbid/JO; Amman/JO; Sidon|Saida/LB; Tripoli/LB; Sfax/TN; Sousse/TN",
    ),
    Page(
        "he-running-vav-bet",
        "he",
        "running_text;inflected;not_signatory;no_country",
        "חמש ערים חתמו על אמנת הצל העירוני",
        (2024, 7, 9),
        "האמנה קובעת יעד של הכפלת כיסוי העצים ברחובות עד 2035.",
        "בכנס שנערך בירושלים חתמו על האמנה ראשי הערים חיפה, באר שבע, נתניה, אשדוד ורמת גן.",
        "הכנס הבא ייערך באילת.",
        "Haifa/IL; Beersheba/IL; Netanya/IL; Ashdod/IL; Ramat Gan/IL",
    ),
    Page(
        "en-long-own-language-names",
        "en",
        "several_a_line;no_country",
        "62 European cities sign the declaration on heat and health",
        (2024, 8, 6),
        "The declaration has been signed by the following cities (in their own languages):",
        "\n".join(
            ", ".join(written for written, _, _ in OWN_NAMES[i : i + 8])
            for i in range(0, len(OWN_NAMES), 8)
        ),
        "The list is updated as cities sign.",
        "; ".join(f"{name}/{code}" for _, name, code in OWN_NAMES),
        "62 cities in their own languages over lines of eight, no countries",
    ),
    Page(
        "pt-br-prefeitos-partido",
        "pt",
        "one_a_line;person_before;no_country",
        "Seis prefeitos assinam a carta pela mobilidade ativa",
        (2024, 5, 7),
        "Assinaram a carta:",
        "Prefeita Marina Duarte (PSB), de Niterói\n"
        "Prefeito Paulo Rezende (PT), de Contagem\n"
        "Prefeito André Lima (PL), de Joinville\n"
        "Prefeita Helena Costa (MDB), de Londrina\n"
        "Prefeito Rafael Nunes (PSD), de Sobral\n"
        "Prefeita Cláudia Ramos (PDT), de Maricá",
        "Os municípios apresentarão seus planos de ciclovias até dezembro.",
        "Niterói/BR; Contagem/BR; Joinville/BR; Londrina/BR; Sobral/BR; Maricá/BR",
        "party codes in brackets, two of them countries' (PT, PL)",
    ),
]

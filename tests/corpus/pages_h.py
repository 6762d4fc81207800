"""Hand-written pages, part eight: a held-out batch written for issue #20's fifth round before
the reader was changed for it, in the shapes and languages the corpus had fewest of
(paragraph pages, Dutch `burgemeester van X`, glued tables, country headings, bodies that
are not cities, genitives and locatives whose form is a small namesake elsewhere: Czech
`Brna` is an alternate name of Pirna, `Tábora` of Tabora, `Kolína` of Colina, Polish
`Tarnowa` a village, `Pile` a name of Pýla; people named like places; host, venue and
exception), measured before any change (benchmarks/README.md reports them apart as batch h).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "cs-running-genitive-namesakes",
        "cs",
        "running_text;inflected;person_before;no_country",
        "Primátoři a starostové podepsali výzvu k obnově nádraží",
        (2024, 4, 9),
        "Výzva žádá vládu o peníze na opravy nádražních budov do roku 2030.",
        "Výzvu podepsali primátoři Brna, Olomouce a Ostravy a starostové Tábora, Kolína a Teplic.",
        "Ministerstvo dopravy slíbilo odpovědět do konce měsíce.",
        "Brno/CZ; Olomouc/CZ; Ostrava/CZ; Tábor/CZ; Kolín/CZ; Teplice/CZ",
    ),
    Page(
        "pl-paragraphs-locative-namesakes",
        "pl",
        "paragraphs;inflected;person_before;no_country",
        "Cztery miasta stawiają na zieleń przy szkołach",
        (2023, 9, 12),
        "Porozumienie zakłada posadzenie drzew przy każdej szkole podstawowej. Miasta opisują "
        "swoje plany:",
        "W Toruniu prezydent miasta Marek Wiśniewski zapowiada sto nowych drzew przy szkołach "
        "na Bydgoskim Przedmieściu.\n\n"
        "Prezydent Tarnowa Anna Kowalczyk chce, by każda szkoła miała własny ogród.\n\n"
        "W Pile burmistrz Tomasz Zieliński przekaże szkołom tereny dawnych ogródków.\n\n"
        "Władze Łodzi zobowiązały się do odszczelnienia czterdziestu boisk szkolnych.",
        "Pierwsze nasadzenia odbędą się jesienią.",
        "Toruń/PL; Tarnów/PL; Piła/PL; Łódź/PL",
    ),
    Page(
        "nl-burgemeester-van-headings",
        "nl",
        "one_a_line;person_before;region_heading;country_in_language",
        "Burgemeesters uit twee landen tekenen verklaring over grensoverschrijdend fietsen",
        (2024, 6, 4),
        "De verklaring is ondertekend door:",
        "Nederland\n"
        "Anne de Groot, burgemeester van Zwolle\n"
        "Ruud Vermeulen, burgemeester van Deventer\n"
        "Burgemeester van Apeldoorn: Sandra Kok\n"
        "Pieter Hoekstra, burgemeester van Leeuwarden\n"
        "België\n"
        "Els Peeters, burgemeester van Gent\n"
        "Koen Maes, burgemeester van Leuven\n"
        "Burgemeester van Hasselt: Lies Janssens",
        "De volgende bijeenkomst is in het najaar.",
        "Zwolle/NL; Deventer/NL; Apeldoorn/NL; Leeuwarden/NL; Gent/BE; Leuven/BE; Hasselt/BE",
    ),
    Page(
        "nl-paragraphs-people-like-places",
        "nl",
        "paragraphs;person_before;person_named_like_place;no_country",
        "Vier steden delen hun aanpak van hittestress",
        (2024, 7, 16),
        "De steden hebben afgesproken hun hitteplannen te delen. Zo werken zij eraan:",
        "In Amersfoort laat burgemeester Jan Hoorn op twintig pleinen bomen planten.\n\n"
        "Haarlem opent volgens wethouder Sophie Breda koele plekken in bibliotheken.\n\n"
        "In Dordrecht belt wethouder Kees Weert met vrijwilligers ouderen op tijdens "
        "hittegolven.\n\n"
        "Almere legt, zegt burgemeester Marieke Tiel, waterpleinen aan in nieuwe wijken.",
        "De steden komen in september opnieuw bijeen.",
        "Amersfoort/NL; Haarlem/NL; Dordrecht/NL; Almere|Almere Stad/NL",
    ),
    Page(
        "es-bodies-diputacion-mancomunidad",
        "es",
        "one_a_line;body_not_city;no_country",
        "Ayuntamientos y diputaciones firman el pacto por el agua",
        (2024, 3, 22),
        "Se han adherido al pacto las siguientes instituciones:",
        "Diputación Provincial de Valencia\n"
        "Área Metropolitana de Barcelona\n"
        "Mancomunidad de la Comarca de Pamplona\n"
        "Ayuntamiento de Zaragoza\n"
        "Ayuntamiento de Málaga",
        "La secretaría técnica del pacto tiene su sede en Madrid.",
        "Diputación Provincial de Valencia|Valencia Province/ES/province; "
        "Área Metropolitana de Barcelona|Barcelona Metropolitan Area/ES/metropolitan area; "
        "Mancomunidad de la Comarca de Pamplona|Comarca de Pamplona/ES/union of municipalities; "
        "Zaragoza/ES; Málaga/ES",
    ),
    Page(
        "it-bulleted-citta-metropolitana-unione",
        "it",
        "bulleted;body_not_city;region_after",
        "Comuni, province e unioni aderiscono alla rete per la scuola all'aperto",
        (2023, 5, 30),
        "Hanno aderito alla rete:",
        "- Città metropolitana di Torino\n"
        "- Provincia di Bergamo\n"
        "- Unione dei Comuni della Bassa Romagna\n"
        "- Comune di Padova (PD)\n"
        "- Comune di Trento (TN)",
        "La rete si riunirà a Bologna in autunno.",
        "Città metropolitana di Torino|Metropolitan City of Turin/IT/metropolitan area; "
        "Provincia di Bergamo|Province of Bergamo/IT/province; "
        "Unione dei Comuni della Bassa Romagna|Bassa Romagna/IT/union of municipalities; "
        "Padua|Padova/IT; Trento/IT",
    ),
    Page(
        "hr-country-headings-blocks",
        "hr",
        "one_a_line;region_heading;country_in_language",
        "Gradovi regije potpisali sporazum o zajedničkoj nabavi autobusa",
        (2024, 10, 1),
        "Sporazum su potpisali gradovi iz tri države:",
        "Hrvatska\nZagreb\nSplit\nRijeka\nOsijek\n\n"
        "Slovenija\nLjubljana\nMaribor\n\n"
        "Bosna i Hercegovina\nSarajevo\nMostar",
        "Prva zajednička nabava planirana je za 2025. godinu.",
        "Zagreb/HR; Split/HR; Rijeka/HR; Osijek/HR; Ljubljana/SI; Maribor/SI; Sarajevo/BA; "
        "Mostar/BA",
    ),
    Page(
        "sk-table-glued-columns",
        "sk",
        "table_glued;columns_after;no_country",
        "Mestá sa pripojili k programu čistej mestskej dopravy",
        (2024, 2, 6),
        "K programu sa pripojili tieto mestá:",
        "MestoObyvateliaRok pristúpeniaOblasť\n"
        "Košice2250442022Doprava\n"
        "Prešov829272023Elektromobilita\n"
        "Žilina812192022Doprava\n"
        "Nitra863292023Cyklistika\n"
        "Banská Bystrica745902024Doprava",
        "Program potrvá do roku 2030.",
        "Košice/SK; Prešov/SK; Žilina/SK; Nitra/SK; Banská Bystrica/SK",
    ),
    Page(
        "ro-running-gazda-exceptie",
        "ro",
        "running_text;not_signatory;no_country",
        "Orașele rețelei adoptă planul comun pentru calitatea aerului",
        (2023, 12, 5),
        "Planul stabilește ținte comune pentru reducerea poluării până în 2030.",
        "Planul a fost semnat de primarii din Cluj-Napoca, Iași, Timișoara și Oradea, la "
        "reuniunea găzduită de Brașov. Toți membrii rețelei au semnat, cu excepția "
        "municipiului Constanța, care va decide în ianuarie.",
        "Următoarea reuniune va avea loc la Sibiu.",
        "Cluj-Napoca/RO; Iași/RO; Timișoara/RO; Oradea/RO",
    ),
    Page(
        "es-intendentas-people-like-places",
        "es",
        "one_a_line;person_before;person_named_like_place;no_country",
        "Intendentes firman el compromiso por el transporte público",
        (2024, 5, 14),
        "El compromiso fue firmado por:",
        "Rosario Fernández, intendenta de Mendoza\n"
        "Mercedes Ibarra, intendenta de Salta\n"
        "Dolores Paz, intendenta de Neuquén\n"
        "Victoria Luna, intendenta de Bahía Blanca",
        "Las ciudades presentarán sus planes en la próxima asamblea.",
        "Mendoza/AR; Salta/AR; Neuquén/AR; Bahía Blanca/AR",
    ),
    Page(
        "fi-paragraphs-inessive",
        "fi",
        "paragraphs;inflected;person_before;no_country",
        "Neljä kaupunkia parantaa talvipyöräilyä",
        (2024, 1, 23),
        "Kaupungit ovat sopineet yhteisistä tavoitteista. Näin ne etenevät:",
        "Oulussa pormestari Sari Niemi lupaa aurata pyörätiet ennen autoteitä.\n\n"
        "Jyväskylän kaupunginjohtaja Mikko Laine kertoo uusista pyöräparkeista asemalla.\n\n"
        "Kuopiossa rakennetaan apulaispormestari Anu Heikkisen mukaan kaksi uutta baanaa.\n\n"
        "Porissa pyöräteiden valaistus uusitaan kokonaan ensi talveksi.",
        "Kaupungit raportoivat tuloksista keväällä.",
        "Oulu/FI; Jyväskylä/FI; Kuopio/FI; Pori/FI",
    ),
]

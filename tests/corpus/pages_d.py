"""Hand-written pages, part four: the held-out set of issue #20, written before the reader was
changed for them (benchmarks/README.md reports them apart from pages a to c).

Municipal press releases, a person's title in a Nordic language, bodies named by their kind
("Comune di", "Stadt", "gemeente", "Primăria"), genitives, tables with population and party
columns whose province column names cities, departments as headings, places named as venue,
host, coordinator or exception, entries broken over two lines, postal addresses in the text.
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "sv-pressmeddelande-kommun",
        "sv",
        "running_text;not_signatory;no_country",
        "Fyra norrlandskommuner enas om fossilfria transporter",
        (2024, 3, 12),
        "Pressmeddelande\n\nKommunerna längs Norrlandskusten tar ett gemensamt grepp om "
        "godstransporterna. Undertecknandet skedde på länsmuseet i Sundsvall, som stod värd "
        "för mötet.",
        "Avsiktsförklaringen undertecknades i dag av Umeå kommun, Luleå kommun, "
        "Skellefteå kommun och Piteå kommun.",
        "För mer information, kontakta kommunikationsavdelningen på 090-16 10 00.",
        "Umeå/SE; Luleå/SE; Skellefteå/SE; Piteå/SE",
    ),
    Page(
        "no-ordforer-i-lines",
        "no",
        "one_a_line;person_before;person_named_like_place;region_after;country_in_language",
        "Ordførere samlet om klimatilpasning i nord",
        (2023, 10, 4),
        "Erklæringen er signert av følgende ordførere:",
        "Kari Vik, ordfører i Stavanger\nOla Berg, ordfører i Tromsø\nLiv Dahl, ordfører i Bodø\n"
        "Hans Moss, ordfører i Kristiansand\nEmma Lund, kommunstyrelsens ordförande i Luleå "
        "(Sverige)",
        "Neste møte holdes i Harstad i mars.",
        "Stavanger/NO; Tromsø/NO; Bodø/NO; Kristiansand/NO; Luleå/SE",
    ),
    Page(
        "da-pressemeddelelse-vaert",
        "da",
        "running_text;not_signatory;no_country",
        "Fire jyske kommuner skriver under på cykelaftalen",
        (2024, 5, 21),
        "Odense Kommune var vært for mødet, hvor aftalen blev præsenteret. Sekretariatet "
        "koordineres fra Kolding.",
        "Aftalen er underskrevet af Aarhus, Aalborg, Vejle og Horsens. Med undtagelse af "
        "Randers har alle medlemmer af netværket nu skrevet under.",
        "Aftalen evalueres efter to år.",
        "Aarhus/DK; Aalborg/DK; Vejle/DK; Horsens/DK",
    ),
    Page(
        "cs-mesta-kraj-lines",
        "cs",
        "one_a_line;body_not_city;inflected",
        "Města podepsala memorandum o sdílené mobilitě",
        (2023, 11, 8),
        "Memorandum podepsali zástupci těchto měst a krajů:",
        "Statutární město Ostrava\nMagistrát města Plzně\nMěsto Kolín\nMěsto Tábor\nOlomoucký kraj",
        "Sekretariát memoranda sídlí na adrese Husova 10, 110 00 Praha 1.",
        "Ostrava/CZ; Plzeň/CZ; Kolín/CZ; Tábor/CZ; Olomoucký kraj|Olomouc Region/CZ/region",
    ),
    Page(
        "ro-primaria-judet",
        "ro",
        "bulleted;person_after;body_not_city;inflected",
        "Primarii semnează Carta orașelor reziliente",
        (2024, 2, 27),
        "Carta a fost semnată la Sibiu, orașul gazdă al reuniunii, de următorii:",
        "• Primăria Municipiului Cluj-Napoca, prin primar Mihai Pop\n"
        "• Primăria Municipiului Timișoara, prin primar Ana Ionescu\n"
        "• Primăria Municipiului Iași, prin viceprimar Radu Stan\n"
        "• Orașul Sinaia, prin primar Elena Marin\n"
        "• Consiliul Județean Brașov",
        "Următoarea reuniune va avea loc în 2025.",
        "Cluj-Napoca/RO; Timișoara/RO; Iași/RO; Sinaia/RO; "
        "Consiliul Județean Brașov|Brașov County/RO/county",
    ),
    Page(
        "es-tabla-poblacion-partido",
        "es",
        "table_tabs;columns_after;region_after;no_country",
        "Seis ayuntamientos se adhieren al pacto por la vivienda asequible",
        (2024, 4, 9),
        "Estos son los municipios adheridos, con su provincia, su población y el partido de "
        "su alcalde o alcaldesa:",
        "Municipio\tProvincia\tHabitantes\tPartido\n"
        "Getafe\tMadrid\t183.374\tPSOE\n"
        "Alcorcón\tMadrid\t170.336\tPP\n"
        "Dos Hermanas\tSevilla\t136.250\tPSOE\n"
        "Elche\tAlicante\t234.765\tPP\n"
        "Gijón\tAsturias\t268.313\tForo\n"
        "Cartagena\tMurcia\t218.244\tPP",
        "La adhesión se firmó en la sede de la FEMP en Madrid.",
        "Getafe/ES; Alcorcón/ES; Dos Hermanas/ES; Elche/ES; Gijón/ES; Cartagena/ES",
    ),
    Page(
        "fr-departements-titres",
        "fr",
        "region_heading;one_a_line;no_country",
        "Les communes du Sud-Ouest signent la charte de l'eau",
        (2023, 9, 19),
        "La charte a été signée par les communes suivantes, classées par département :",
        "Gironde\nBordeaux\nMérignac\nPessac\n\nHaute-Garonne\nToulouse\nColomiers\n\n"
        "Hérault\nMontpellier\nSète",
        "La prochaine réunion du réseau aura lieu à Agen.",
        "Bordeaux/FR; Mérignac/FR; Pessac/FR; Toulouse/FR; Colomiers/FR; Montpellier/FR; Sète/FR",
    ),
    Page(
        "it-comune-di-regioni",
        "it",
        "one_a_line;region_after;body_not_city",
        "Comuni e regioni firmano il patto per il verde urbano",
        (2024, 6, 18),
        "Hanno aderito al patto:",
        "Comune di Bergamo (Lombardia)\nComune di Reggio Emilia (Emilia-Romagna)\n"
        "Comune di Rimini (Emilia-Romagna)\nComune di Lecce (Puglia)\nRegione Toscana\n"
        "Città metropolitana di Bari",
        "Il coordinamento del patto è affidato al Comune di Torino.",
        "Bergamo/IT; Reggio Emilia/IT; Rimini/IT; Lecce/IT; Regione Toscana|Tuscany/IT/region; "
        "Città metropolitana di Bari|Metropolitan City of Bari/IT/metropolitan area",
    ),
    Page(
        "de-stadt-landkreis",
        "de",
        "one_a_line;region_after;body_not_city",
        "Kommunen im Südwesten unterzeichnen die Charta für Schwammstädte",
        (2023, 7, 6),
        "Folgende Kommunen und Kreise haben die Charta unterzeichnet:",
        "Universitätsstadt Tübingen (Landkreis Tübingen)\nStadt Nürtingen (Landkreis Esslingen)\n"
        "Große Kreisstadt Ludwigsburg (Landkreis Ludwigsburg)\nStadt Weinheim (Rhein-Neckar-"
        "Kreis)\nStadt Ostfildern (Landkreis Esslingen)\nLandkreis Konstanz",
        "Die Geschäftsstelle der Charta ist beim Städtetag in Stuttgart angesiedelt.",
        "Tübingen/DE; Nürtingen/DE; Ludwigsburg/DE; Weinheim/DE; Ostfildern/DE; "
        "Landkreis Konstanz|Konstanz District/DE/county",
    ),
    Page(
        "nl-gemeente-provincie",
        "nl",
        "one_a_line;person_after;body_not_city",
        "Oostelijke gemeenten tekenen het warmteakkoord",
        (2024, 1, 30),
        "Het akkoord is ondertekend door:",
        "Gemeente Zwolle – burgemeester P. de Wit\nGemeente Deventer – wethouder S. Bos\n"
        "gemeente Amersfoort – wethouder K. Smit\nGemeente Hengelo – burgemeester J. Mulder\n"
        "Provincie Overijssel – gedeputeerde L. Peters",
        "Het akkoord werd getekend in het provinciehuis in Zwolle.",
        "Zwolle/NL; Deventer/NL; Amersfoort/NL; Hengelo/NL; "
        "Provincie Overijssel|Overijssel/NL/province",
    ),
    Page(
        "pl-prezydenci-dopelniacz",
        "pl",
        "one_a_line;person_before;inflected;no_country",
        "Prezydenci miast wschodniej Polski podpisali list w sprawie kolei",
        (2024, 9, 3),
        "List otwarty do Ministra Infrastruktury podpisali:",
        "Prezydent Miasta Lublina\nPrezydent Miasta Rzeszowa\nPrezydent Miasta Białegostoku\n"
        "Prezydent Miasta Kielc\nPrezydent Miasta Olsztyna",
        "Biuro porozumienia: ul. Żeromskiego 53, 26-600 Radom.",
        "Lublin/PL; Rzeszów/PL; Białystok/PL; Kielce/PL; Olsztyn/PL",
    ),
    Page(
        "en-press-venue-coordinator",
        "en",
        "running_text;not_signatory;no_country",
        "Northern mayors sign the clean buses declaration",
        (2024, 10, 15),
        "Press release\n\nThe declaration was signed at the summit hosted by Leeds this "
        "morning. Birmingham, the network's coordinator city, will report on progress in "
        "June.",
        "The mayors of Manchester, Liverpool, Sheffield, Nottingham and Bristol put their "
        "names to the declaration. With the exception of Bradford, every member of the "
        "network has now signed.",
        "Media enquiries: press office, 0113 222 4444.",
        "Manchester/GB; Liverpool/GB; Sheffield/GB; Nottingham/GB; Bristol/GB",
    ),
    Page(
        "en-us-broken-state-names",
        "en",
        "bulleted;broken_lines;region_after;region_like_country",
        "Small and mid-sized cities join the transit compact",
        (2023, 5, 2),
        "The following cities have joined the compact:",
        "• Portland,\n  Maine\n• Burlington, Vermont\n• Salt Lake\n  City, Utah\n"
        "• Santa\n  Fe, New Mexico\n• Ann Arbor,\n  Michigan\n• Athens, Georgia",
        "The compact's secretariat is based in Denver.",
        "Portland/US; Burlington/US; Salt Lake City/US; Santa Fe/US; Ann Arbor/US; Athens/US",
    ),
    Page(
        "pt-camaras-morada",
        "pt",
        "one_a_line;person_before;no_country",
        "Municípios do Minho assinam compromisso pela água",
        (2023, 3, 22),
        "O compromisso foi assinado pelas seguintes câmaras municipais:",
        "Câmara Municipal de Braga\nCâmara Municipal de Guimarães\n"
        "Câmara Municipal de Viana do Castelo\nCâmara Municipal de Barcelos\n"
        "Câmara Municipal de Vila Nova de Famalicão",
        "Secretariado técnico: Rua de Santa Catarina 120, 4000-447 Porto.",
        "Braga/PT; Guimarães/PT; Viana do Castelo/PT; Barcelos/PT; Vila Nova de Famalicão/PT",
    ),
]

"""Hand-written pages, part three: numbered lists, paragraphs, lines broken by the copy, a
region before the place, and countries the page gets wrong.

The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "fr-wrong-country-lines",
        "fr",
        "wrong_country;one_a_line;country_in_language",
        "Villes alpines pour le climat",
        (2023, 3, 16),
        "Les villes suivantes ont signé la déclaration (liste transmise par le secrétariat) :",
        "Genève, France\nLausanne, France\nAnnecy, France\nChambéry, France\nAoste, Italie",
        "Le secrétariat corrigera la liste lors de la prochaine mise à jour.",
        "Geneva/CH; Lausanne/CH; Annecy/FR; Chambéry/FR; Aosta/IT",
    ),
    Page(
        "pl-numbered-wrong-country",
        "pl",
        "numbered;wrong_country;country_in_language",
        "Miasta Unii Lubelskiej razem",
        (2024, 7, 1),
        "Porozumienie podpisały:",
        "1. Lublin, Polska\n2. Przemyśl, Polska\n3. Wilno, Polska\n4. Grodno, Polska\n"
        "5. Rzeszów, Polska",
        "Tekst porozumienia jest dostępny w trzech językach.",
        "Lublin/PL; Przemyśl/PL; Vilnius/LT; Hrodna/BY; Rzeszów/PL",
    ),
    Page(
        "en-numbered-broken",
        "en",
        "numbered;broken_lines;country_in_language",
        "Northern cities' pledge on skills",
        (2024, 1, 17),
        "The pledge has been signed by the following councils:",
        "1. Newcastle upon\nTyne, United Kingdom\n2. Stoke-on-\nTrent, United Kingdom\n"
        "3. Kingston upon\nHull, United Kingdom\n4. Southend-on-Sea, United Kingdom\n"
        "5. Milton\nKeynes, United Kingdom",
        "",
        "Newcastle upon Tyne/GB; Stoke-on-Trent/GB; Kingston upon Hull/GB; "
        "Southend-on-Sea/GB; Milton Keynes/GB",
    ),
    Page(
        "de-paragraphs-region-before",
        "de",
        "paragraphs;region_before;no_country",
        "Selbstverpflichtungen der Städte zum Hitzeschutz",
        (2023, 6, 27),
        "Jede unterzeichnende Stadt hat eine eigene Zusage formuliert.",
        "Hessen, Darmstadt: Die Stadt richtet bis 2025 zwanzig kühle Orte ein.\n\n"
        "Sachsen, Chemnitz: Alle Grundschulen erhalten Trinkbrunnen.\n\n"
        "Saarland, Saarbrücken: Der Stadtrat beschließt einen Hitzeaktionsplan.\n\n"
        "Hessen, Wiesbaden: Die Stadtbusse werden klimatisiert.",
        "Die Zusagen werden jährlich überprüft.",
        "Darmstadt/DE; Chemnitz/DE; Saarbrücken/DE; Wiesbaden/DE",
    ),
    Page(
        "nl-paragraphs-broken",
        "nl",
        "paragraphs;broken_lines;no_country",
        "Wat de gemeenten beloven",
        (2023, 12, 13),
        "Vier gemeenten ondertekenden het akkoord, elk met een eigen belofte.",
        "Gemeente 's-Hertogen-\nbosch: tweehonderd nieuwe bomen in de binnenstad.\n\n"
        "Gemeente Apel-\ndoorn: gratis busvervoer voor ouderen.\n\n"
        "Gemeente Enschede: een warmtenet voor drieduizend woningen.\n\n"
        "Gemeente Zaan-\nstad: groene schoolpleinen bij alle basisscholen.",
        "",
        "'s-Hertogenbosch/NL; Apeldoorn/NL; Enschede/NL; Zaanstad/NL",
    ),
    Page(
        "sv-numbered-lan-before",
        "sv",
        "numbered;region_before;no_country",
        "Kommuner för trygga cykelvägar",
        (2024, 4, 23),
        "Följande kommuner har skrivit under:",
        "1. Skåne län – Lund\n2. Västerbottens län – Umeå\n3. Uppsala län – Uppsala\n"
        "4. Norrbottens län – Luleå\n5. Dalarnas län – Falun",
        "",
        "Lund/SE; Umeå/SE; Uppsala/SE; Luleå/SE; Falun/SE",
    ),
]

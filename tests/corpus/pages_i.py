"""Hand-written pages, part nine: a held-out batch written for issue #20's sixth round before
the reader was changed for it, in the languages the corpus had fewest of (Lithuanian, Slovak,
Croatian, Norwegian, Swedish) and in shapes it lacked (German `Oberbürgermeisterin der Stadt
X`, Norwegian and Swedish `kommune`/`kommun` tables with population and date columns,
Portuguese `Câmara Municipal de X`, Italian `Comune di X (PR)` whose province code is a
country's, a bilingual English and French page, a list of semicolons over broken lines, press
releases naming the venue and the signatories with "as well as", "sowie", "ainsi que"),
measured before any change (benchmarks/README.md reports them apart as batch i).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "de-oberbuergermeisterin-der-stadt",
        "de",
        "one_a_line;person_before;person_after;no_country",
        "Fünf Städte unterzeichnen die Charta für schattige Schulhöfe",
        (2024, 4, 23),
        "Die Charta wurde unterzeichnet von:",
        "Dr. Claudia Berger, Oberbürgermeisterin der Stadt Heidelberg\n"
        "Thomas Krämer, Oberbürgermeister der Landeshauptstadt Hannover\n"
        "Oberbürgermeisterin der Stadt Erlangen, Julia Hahn\n"
        "Michael Vogt, Bürgermeister der Hansestadt Lübeck\n"
        "Sabine Roth, Oberbürgermeisterin der Universitätsstadt Tübingen",
        "Die Städte berichten im Herbst über ihre ersten Projekte.",
        "Heidelberg/DE; Hannover/DE; Erlangen/DE; Lübeck/DE; Tübingen/DE",
    ),
    Page(
        "no-kommune-table-population-date",
        "no",
        "table_tabs;columns_after;region_after;no_country",
        "Fem kommuner slutter seg til nettverket for fossilfrie byggeplasser",
        (2023, 11, 7),
        "Disse kommunene har sluttet seg til nettverket:",
        "Kommune\tFylke\tInnbyggere\tTiltrådt\n"
        "Bergen kommune\tVestland\t294029\t12.03.2021\n"
        "Trondheim kommune\tTrøndelag\t216518\t04.05.2022\n"
        "Stavanger kommune\tRogaland\t151669\t30.09.2021\n"
        "Bodø kommune\tNordland\t34073\t15.01.2023\n"
        "Tromsø kommune\tTroms\t41915\t22.06.2022",
        "Nettverket møtes neste gang i mars.",
        "Bergen/NO; Trondheim/NO; Stavanger/NO; Bodø/NO; Tromsø/NO",
    ),
    Page(
        "sv-kommun-columns-spaces",
        "sv",
        "columns_after;region_after;no_country",
        "Kommuner i norr ansluter till klimatlöftet för kollektivtrafik",
        (2024, 2, 13),
        "Följande kommuner har anslutit sig:",
        "Kommun            Län                  Invånare    Anslöt\n"
        "Umeå kommun       Västerbottens län    130 224     2022-03-01\n"
        "Luleå kommun      Norrbottens län      77 832      2022-09-15\n"
        "Östersunds kommun Jämtlands län        49 806      2023-01-10\n"
        "Växjö kommun      Kronobergs län       71 282      2023-05-22\n"
        "Karlstads kommun  Värmlands län        61 492      2023-11-30",
        "Kommunerna redovisar sina resultat varje år.",
        "Umeå/SE; Luleå/SE; Östersund/SE; Växjö/SE; Karlstad/SE",
    ),
    Page(
        "pt-camara-municipal",
        "pt",
        "bulleted;person_after;no_country",
        "Municípios assinam o compromisso pela água da torneira nas escolas",
        (2024, 3, 19),
        "Assinaram o compromisso:",
        "• Câmara Municipal de Braga, representada pelo presidente Rui Gomes\n"
        "• Câmara Municipal do Porto\n"
        "• Câmara Municipal de Viseu\n"
        "• Câmara Municipal da Covilhã, representada pela vereadora Ana Matos\n"
        "• Município de Aveiro",
        "Os municípios vão apresentar resultados no próximo ano letivo.",
        "Braga/PT; Porto/PT; Viseu/PT; Covilhã/PT; Aveiro/PT",
    ),
    Page(
        "it-comune-di-sigla-provincia",
        "it",
        "numbered;state_codes;no_country",
        "Cinque comuni aderiscono al patto per le mense scolastiche sostenibili",
        (2023, 10, 3),
        "Hanno sottoscritto il patto:",
        "1. Comune di Parma (PR);\n"
        "2. Comune di Modena (MO);\n"
        "3. Comune di Reggio Emilia (RE);\n"
        "4. Comune di Lecce (LE);\n"
        "5. Comune di Bergamo (BG).",
        "Il prossimo incontro si terrà a Roma.",
        "Parma/IT; Modena/IT; Reggio nell'Emilia|Reggio Emilia/IT; Lecce/IT; Bergamo/IT",
    ),
    Page(
        "fr-bilingual-english-french",
        "fr",
        "one_a_line;named_twice;no_country",
        "Déclaration des villes pour des hivers sûrs / Cities' declaration for safe winters",
        (2024, 1, 30),
        "Les villes suivantes ont signé la déclaration. / The following cities signed the "
        "declaration.",
        "Ville de Montréal / City of Montreal\n"
        "Ville de Québec / Quebec City\n"
        "Ville de Gatineau / City of Gatineau\n"
        "Ville de Sherbrooke / City of Sherbrooke",
        "La prochaine rencontre aura lieu en mai. / The next meeting will take place in May.",
        "Montréal/CA; Québec/CA; Gatineau/CA; Sherbrooke/CA",
    ),
    Page(
        "en-semicolons-broken-lines",
        "en",
        "several_a_line;broken_lines;no_country",
        "Eight cities commit to free drinking water in parks",
        (2023, 6, 27),
        "The cities commit to a working fountain in every large park by 2026.",
        "The commitment was signed by the cities of Leeds; Sheffield; Newcastle upon\n"
        "Tyne; Nottingham; Leicester;\n"
        "Coventry; Bradford; and Kingston upon\n"
        "Hull.",
        "The cities will publish a map of their fountains next spring.",
        "Leeds/GB; Sheffield/GB; Newcastle upon Tyne/GB; Nottingham/GB; Leicester/GB; "
        "Coventry/GB; Bradford/GB; Kingston upon Hull|Hull/GB",
    ),
    Page(
        "en-press-release-as-well-as",
        "en",
        "running_text;not_signatory;no_country",
        "Nordic mayors sign the charter on quiet harbours",
        (2024, 8, 20),
        "At a meeting hosted by the City of Stockholm on Tuesday, the mayors of Malmö, "
        "Helsingborg and Odense, as well as the Lord Mayor of Copenhagen, signed the charter.",
        "",
        "The charter asks ports to cut engine noise at night. The next meeting will be held in "
        "Oslo.",
        "Malmö/SE; Helsingborg/SE; Odense/DK; Copenhagen/DK",
    ),
    Page(
        "de-pressemitteilung-sowie",
        "de",
        "running_text;not_signatory;person_before;no_country",
        "Bayerische Städte unterzeichnen Erklärung zu Hitzeschutz",
        (2024, 7, 2),
        "Die Erklärung verpflichtet die Städte zu Trinkbrunnen und kühlen Räumen.",
        "Im Alten Rathaus von Regensburg unterzeichneten die Oberbürgermeister von Augsburg, "
        "Ingolstadt und Würzburg sowie die Oberbürgermeisterin von Passau die Erklärung.",
        "Die Städte treffen sich im Frühjahr wieder in München.",
        "Augsburg/DE; Ingolstadt/DE; Würzburg/DE; Passau/DE",
    ),
    Page(
        "fr-communique-ainsi-que",
        "fr",
        "running_text;not_signatory;person_before;no_country",
        "Quatre villes alpines signent la charte des sentiers partagés",
        (2023, 9, 26),
        "La charte fixe des règles communes pour les sentiers de randonnée autour des villes.",
        "Réunis à Lyon, les maires de Grenoble, Annecy et Chambéry, ainsi que la maire de "
        "Valence, ont signé la charte.",
        "Un bilan sera présenté à Genève au printemps.",
        "Grenoble/FR; Annecy/FR; Chambéry/FR; Valence/FR",
    ),
    Page(
        "lt-savivaldybe-table",
        "lt",
        "table_tabs;inflected;columns_after;no_country",
        "Savivaldybės prisijungė prie švaraus oro iniciatyvos",
        (2024, 5, 7),
        "Prie iniciatyvos prisijungė šios savivaldybės:",
        "Savivaldybė\tGyventojai\tPrisijungė\n"
        "Vilniaus miesto savivaldybė\t542366\t2022-02-01\n"
        "Kauno miesto savivaldybė\t289380\t2022-04-12\n"
        "Klaipėdos miesto savivaldybė\t172292\t2023-01-17\n"
        "Šiaulių miesto savivaldybė\t99462\t2023-06-05\n"
        "Alytaus miesto savivaldybė\t49195\t2024-03-20",
        "Savivaldybės ataskaitas pateiks kitais metais.",
        "Vilnius/LT; Kaunas/LT; Klaipėda/LT; Šiauliai/LT; Alytus/LT",
    ),
    Page(
        "sk-running-genitive-primatori",
        "sk",
        "running_text;inflected;person_before;no_country",
        "Primátori štyroch miest podpísali výzvu za bezpečné priechody",
        (2024, 9, 10),
        "Výzva žádá o peniaze na osvetlenie priechodov pri školách.",
        "Výzvu podpísali primátori Trnavy, Trenčína, Popradu a Zvolena.",
        "Ministerstvo sa k výzve vyjadrí do konca mesiaca.",
        "Trnava/SK; Trenčín/SK; Poprad/SK; Zvolen/SK",
    ),
    Page(
        "hr-grad-zupanija-bulleted",
        "hr",
        "bulleted;region_after;no_country",
        "Četiri grada pridružila su se mreži za čiste plaže",
        (2023, 7, 11),
        "Mreži su se pridružili:",
        "– Grad Zadar (Zadarska županija)\n"
        "– Grad Pula (Istarska županija)\n"
        "– Grad Varaždin (Varaždinska županija)\n"
        "– Grad Karlovac (Karlovačka županija)",
        "Mreža će se sastati u Zagrebu u listopadu.",
        "Zadar/HR; Pula/HR; Varaždin/HR; Karlovac/HR",
    ),
]

"""Hand-written pages, part seven: pages written for issue #20's fourth round before the
reader was changed for it, in shapes and languages the corpus had few of (a Swedish page of
paragraphs, Swedish genitives in running text, a Norwegian tab table of `kommune`, Brazilian
`Prefeitura de X – State` bullets, a Danish page of two signatories, a Portuguese page with
no list, English combined authorities beside cities), measured before any change
(benchmarks/README.md reports them apart as batch g).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "sv-paragraphs-ordforande",
        "sv",
        "paragraphs;person_before;no_country",
        "Fyra kommuner bygger ut laddinfrastrukturen",
        (2024, 3, 14),
        "Överenskommelsen gäller till och med 2027. Så här beskriver kommunerna sitt arbete:",
        "I Karlstad leder kommunstyrelsens ordförande Eva Holmqvist arbetet med nya "
        "laddplatser vid bostadsområden.\n\n"
        "Sundsvall satsar enligt kommunalrådet Per Lindgren på laddning vid pendlarparkeringar.\n\n"
        "I Östersund ska snabbladdare finnas vid alla infartsvägar, säger kommunstyrelsens "
        "ordförande Maria Åberg.\n\n"
        "Kalmar har redan byggt fyrtio laddplatser och planerar fler, enligt kommunalrådet "
        "Johan Ek.",
        "Kommunerna redovisar sina resultat varje höst.",
        "Karlstad/SE; Sundsvall/SE; Östersund/SE; Kalmar/SE",
    ),
    Page(
        "sv-running-genitive-s",
        "sv",
        "running_text;inflected;no_country",
        "Tre kommuner samarbetar om vattenförsörjningen",
        (2023, 10, 3),
        "Samarbetet ska säkra dricksvattnet i regionen under torra somrar.",
        "Avtalet har undertecknats av Linköpings, Norrköpings och Jönköpings kommuner.",
        "En gemensam arbetsgrupp tillsätts i januari.",
        "Linköping/SE; Norrköping/SE; Jönköping/SE",
    ),
    Page(
        "no-table-tabs-kommune-fylke",
        "no",
        "table_tabs;columns_after;inflected;no_country",
        "Kommuner går sammen om klimatvennlige byggeplasser",
        (2024, 5, 21),
        "Disse kommunene har sluttet seg til avtalen:",
        "Kommune\tFylke\tKontaktperson\n"
        "Molde kommune\tMøre og Romsdal\tIngrid Solberg\n"
        "Ålesund kommune\tMøre og Romsdal\tKnut Haugen\n"
        "Hamar kommune\tInnlandet\tSiri Bakke\n"
        "Gjøvik kommune\tInnlandet\tOla Dahl\n"
        "Lillehammer kommune\tInnlandet\tTone Lie",
        "Flere kommuner kan slutte seg til avtalen i løpet av året.",
        "Molde/NO; Ålesund/NO; Hamar/NO; Gjøvik/NO; Lillehammer/NO",
    ),
    Page(
        "pt-bulleted-prefeitura-estado",
        "pt",
        "bulleted;region_after;no_country",
        "Prefeituras assinam compromisso pela primeira infância",
        (2024, 8, 27),
        "O compromisso foi assinado pelas seguintes prefeituras:",
        "• Prefeitura de Joinville – Santa Catarina\n"
        "• Prefeitura de Londrina – Paraná\n"
        "• Prefeitura de Uberlândia – Minas Gerais\n"
        "• Prefeitura de Caxias do Sul – Rio Grande do Sul\n"
        "• Prefeitura de Feira de Santana – Bahia",
        "As prefeituras apresentarão um plano de ação até o fim do ano.",
        "Joinville/BR; Londrina/BR; Uberlândia/BR; Caxias do Sul/BR; Feira de Santana/BR",
    ),
    Page(
        "da-few-running-vaert",
        "da",
        "running_text;few;not_signatory;no_country",
        "To kommuner indgår aftale om fælles affaldssortering",
        (2023, 11, 8),
        "Aftalen betyder, at borgerne sorterer affald i ti fraktioner fra næste år.",
        "Aftalen er underskrevet af Esbjerg Kommune og Kolding Kommune på et møde, hvor "
        "Vejle Kommune var vært.",
        "Kommunerne evaluerer ordningen efter to år.",
        "Esbjerg/DK; Kolding/DK",
    ),
    Page(
        "pt-no-list-cidades",
        "pt",
        "no_list",
        "Rede celebra dez anos de cooperação entre cidades",
        (2024, 1, 30),
        "A rede nasceu em 2014 com um pequeno grupo de municípios.",
        "Desde então, cidades como Coimbra, Évora, Faro e Viseu partilharam experiências em "
        "mobilidade, habitação e cultura. O encontro anual decorreu este ano em Leiria.",
        "A secretaria-geral agradece a todos os participantes.",
        "",
        "a news item about the network's anniversary; the cities named are not signatories",
    ),
    Page(
        "en-bodies-combined-authority",
        "en",
        "one_a_line;body_not_city;no_country",
        "Northern leaders back a shared rail freight plan",
        (2024, 2, 19),
        "The plan is supported by:",
        "Tees Valley Combined Authority\n"
        "West Yorkshire Combined Authority\n"
        "South Yorkshire Mayoral Combined Authority\n"
        "Sunderland City Council\n"
        "Hull City Council",
        "The partners will publish a joint freight strategy in the spring.",
        "Tees Valley Combined Authority|Tees Valley/GB/metropolitan area; "
        "West Yorkshire Combined Authority|West Yorkshire/GB/metropolitan area; "
        "South Yorkshire Mayoral Combined Authority|South Yorkshire/GB/metropolitan area; "
        "Sunderland/GB; Kingston upon Hull|Hull/GB",
    ),
]

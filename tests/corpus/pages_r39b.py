"""Hand-written pages, batch r39b: 14 pages written during round 39 (branch accr39b), held out
from it, without reading or running the reader: signatory lists of joint statements, member
directories of networks and national associations, and press releases, in 11 languages (en,
de, fr, sv, no, nl, el, tr, uk, ko, pt). Shapes: English `Leeds City Council — Cllr Name,
Leader` lines with a combined authority and a venue; a Baltic network's country headings with
member counts over comma-separated towns; German press release naming new members in running
text with a `Landkreis`, the venue and the president's city; an Austrian tab table whose
Bundesland column holds Salzburg; French numbered `Ville de X – Name, maire` with a
`Eurométropole`; Swiss cantons as headings over communes; Swedish `län` headings with
`X kommun` several a line and a region; Norwegian `X kommune v/ordfører Name`; Dutch
`Name, burgemeester van X` lines under `Nederland` and `België`; Greek `Δήμος` in the
genitive; Turkish district `Belediyesi` several a line with provinces; Ukrainian
`міська рада` table with the mayor after; Korean province headings over `시` with `·`;
Portuguese `Câmara Municipal de X` with an intermunicipal community. Invented texts and
people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-active-travel-statement-council-dash-leader",
        "en",
        "one_a_line;person_after;no_country;not_signatory;body_not_city;person_named_like_place",
        "Joint statement: UK and Irish cities call for a ten-year active travel settlement",
        (2025, 9, 24),
        "Home > Our work > Transport > Joint statements\n\n"
        "Leaders of twenty councils and authorities across the UK and Ireland today called on "
        "both governments to replace short, competitive funding pots for walking, wheeling and "
        "cycling with a ten-year settlement that councils can plan against.\n\n"
        "The statement was agreed at the network's Active Cities Summit, held this year at the "
        "Millennium Gallery in Sheffield, and will be presented to ministers in London and "
        "Dublin next month.\n\n"
        '"Every pound we spend on a safe route to school pays back several times over," said '
        "Cllr Tom Hargreaves, who chairs the network's transport board. \"What we lack is not "
        'ideas but certainty."\n\n'
        "We, the undersigned, ask for:\n"
        "• a ten-year capital and revenue settlement for active travel;\n"
        "• powers for every council to enforce moving traffic offences;\n"
        "• a national target for children walking or cycling to school.\n\n"
        "Signed",
        "Leeds City Council — Cllr Joanne Mercer, Leader\n"
        "Bristol City Council — Cllr Sam Okonjo, Leader\n"
        "Nottingham City Council — Cllr Lincoln Adeyemi, Leader\n"
        "Cardiff Council — Cllr Huw Pritchard, Leader\n"
        "Glasgow City Council — Cllr Morag Dunlop, Leader\n"
        "City of Edinburgh Council — Cllr Fraser Lindsay, Leader\n"
        "Leicester City Council — Sir Peter Collingwood, City Mayor\n"
        "Brighton & Hove City Council — Cllr Bella Sandringham, Leader\n"
        "Oxford City Council — Cllr Susan Brightwell, Leader\n"
        "Swansea Council — Cllr Rhys Morgan, Leader\n"
        "Belfast City Council — Cllr Áine McCann, Lord Mayor\n"
        "Derry City & Strabane District Council — Cllr Declan O'Doherty, Mayor\n"
        "Aberdeen City Council — Cllr Ian Forbes, Co-Leader\n"
        "Cork City Council — Cllr Niamh Fitzgerald, Lord Mayor\n"
        "Galway City Council — Cllr Eoin Walsh, Mayor\n"
        "Limerick City and County Council — Cllr Mary Kennedy, Cathaoirleach\n"
        "Lancaster City Council — Cllr Preston Hale, Leader\n"
        "West Yorkshire Combined Authority — Tracy Brabin-Hurst, Mayor of West Yorkshire\n"
        "Cambridge City Council — Cllr Chester Adams, Executive Councillor for Transport",
        "Sheffield City Council hosted the summit and supports the statement's aims; as a "
        "member of the national working group it will respond separately.\n\n"
        "Media enquiries: press@activecities.example.org\n\n"
        "Related\nBradford's school streets reach 100 sites\nSeptember 2025",
        "Leeds/GB; Bristol/GB; Nottingham/GB; Cardiff/GB; Glasgow/GB; Edinburgh/GB; "
        "Leicester/GB; Brighton/GB; Oxford/GB; Swansea/GB; Belfast/GB; Derry|Londonderry/GB; "
        "Aberdeen/GB; Cork/IE; Galway/IE; Limerick/IE; Lancaster/GB; "
        "West Yorkshire Combined Authority|West Yorkshire/GB/metropolitan area; Cambridge/GB",
        "`X City Council — Cllr Name, Leader` lines, a combined authority, people named Lincoln, "
        "Preston, Chester, Sandringham; Sheffield the venue that did not sign, London and Dublin "
        "addressees, Bradford in a related link",
    ),
    Page(
        "en-baltic-network-members-country-counts",
        "en",
        "several_a_line;region_heading;not_signatory;teasers",
        "Member cities",
        (2025, 2, 3),
        "About us  |  Member cities  |  Commissions  |  Projects  |  Contact\n\n"
        "The network brings together coastal towns and cities around the Baltic Sea, from the "
        "largest ports to small harbour towns. Members work together in seven thematic "
        "commissions and meet every two years at the General Conference, last held in Gdańsk. "
        "The secretariat is hosted by the City of Gdańsk.\n\n"
        "Member cities by country (34)",
        "Denmark (5)\n"
        "Aarhus, Aalborg, Esbjerg, Kolding, Køge\n\n"
        "Estonia (3)\n"
        "Tartu, Pärnu, Haapsalu\n\n"
        "Finland (5)\n"
        "Turku, Vaasa, Oulu, Kotka, Porvoo\n\n"
        "Germany (5)\n"
        "Rostock, Kiel, Lübeck, Greifswald, Wismar\n\n"
        "Latvia (3)\n"
        "Liepāja, Ventspils, Jūrmala\n\n"
        "Lithuania (3)\n"
        "Klaipėda, Šiauliai, Palanga\n\n"
        "Poland (5)\n"
        "Gdynia, Sopot, Elbląg, Słupsk, Kołobrzeg\n\n"
        "Sweden (5)\n"
        "Kalmar, Karlskrona, Visby, Luleå, Västervik",
        "Is your city interested in joining? Contact the secretariat in Gdańsk.\n\n"
        "Observers: Kaliningrad Regional Office, Baltic Sea Commission of CPMR (Rennes)",
        "Aarhus/DK; Aalborg/DK; Esbjerg/DK; Kolding/DK; Køge/DK; Tartu/EE; Pärnu/EE; "
        "Haapsalu/EE; Turku/FI; Vaasa/FI; Oulu/FI; Kotka/FI; Porvoo/FI; Rostock/DE; Kiel/DE; "
        "Lübeck/DE; Greifswald/DE; Wismar/DE; Liepāja/LV; Ventspils/LV; Jūrmala/LV; "
        "Klaipėda/LT; Šiauliai/LT; Palanga/LT; Gdynia/PL; Sopot/PL; Elbląg/PL; Słupsk/PL; "
        "Kołobrzeg/PL; Kalmar/SE; Karlskrona/SE; Visby/SE; Luleå/SE; Västervik/SE",
        "country headings with member counts over comma-separated towns; Gdańsk the secretariat "
        "and conference venue, not in the list; observers after with Kaliningrad and Rennes",
    ),
    Page(
        "de-pressemitteilung-neue-mitglieder-landkreis",
        "de",
        "running_text;not_signatory;body_not_city;inflected",
        "Vier Kommunen treten dem Netzwerk fahrradfreundlicher Städte bei",
        (2025, 4, 10),
        "Startseite › Presse › Pressemitteilungen\n\n"
        "Pressemitteilung Nr. 14/2025\n\n"
        "Kassel. Bei seiner Frühjahrsversammlung im Kasseler Rathaus hat das Netzwerk am "
        "Mittwoch vier neue Mitglieder aufgenommen.",
        "Neu dabei sind die Städte Freiburg im Breisgau, Lüneburg und Jena sowie der Landkreis "
        "Tübingen. Damit zählt das Netzwerk nun 87 Städte, Gemeinden und Kreise in zwölf "
        "Bundesländern.",
        '„Wer Radverkehr ernst nimmt, braucht Partner, die die gleichen Fragen haben", sagte '
        "der Vorsitzende des Netzwerks, Oberbürgermeister Markus Lenzen aus Münster. Die "
        "Gastgeberstadt Kassel hatte die Versammlung mit einer Radtour über die neue "
        "Nordstadt-Route eröffnet.\n\n"
        "Lüneburgs Stadtbaurätin Jana Wrede kündigte an, die Erfahrungen der Hansestadt mit "
        "autoarmen Quartieren in die Arbeitsgruppe Stadtplanung einzubringen. Freiburg will "
        "sich vor allem beim Thema Lastenräder engagieren.\n\n"
        "Die nächste Mitgliederversammlung findet im Herbst in Karlsruhe statt.\n\n"
        "Pressekontakt\nSabine Urbach\nTelefon 0561 787 14 20",
        "Freiburg im Breisgau/DE; Lüneburg/DE; Jena/DE; "
        "Landkreis Tübingen|Tübingen District/DE/county",
        "new members in running text with `sowie der Landkreis`; host Kassel (also `Kasseler`), "
        "chair's city Münster and next venue Karlsruhe not expected; `Lüneburgs` genitive after",
    ),
    Page(
        "de-mitgliederverzeichnis-oesterreich-bundesland-spalte",
        "de",
        "table_tabs;columns_after;region_like_country;no_country",
        "Mitgliedsgemeinden",
        (2024, 12, 2),
        "Verein  Mitglieder  Projekte  Veranstaltungen  Kontakt\n\n"
        "Unsere Mitglieder sind Städte und Gemeinden aus ganz Österreich, die sich verpflichtet "
        "haben, den Energieverbrauch ihrer Gebäude bis 2030 zu halbieren. Die Liste wird "
        "laufend aktualisiert.\n\n"
        "Suche\nBundesland wählen\nAlle",
        "Gemeinde\tBundesland\tEinwohner\tMitglied seit\n"
        "Stadt Salzburg\tSalzburg\t157.245\t2012\n"
        "Hallein\tSalzburg\t21.700\t2015\n"
        "Innsbruck\tTirol\t132.493\t2012\n"
        "Wörgl\tTirol\t13.811\t2013\n"
        "Kufstein\tTirol\t19.800\t2019\n"
        "Lienz\tTirol\t11.572\t2021\n"
        "Graz\tSteiermark\t303.270\t2012\n"
        "Leoben\tSteiermark\t25.000\t2016\n"
        "Villach\tKärnten\t64.000\t2014\n"
        "Dornbirn\tVorarlberg\t50.000\t2013\n"
        "Feldkirch\tVorarlberg\t35.000\t2018\n"
        "Wels\tOberösterreich\t63.000\t2017\n"
        "Krems an der Donau\tNiederösterreich\t25.000\t2020",
        "13 Einträge\n\nMitglied werden\nGeschäftsstelle: Linzer Straße 4, 1140 Wien",
        "Salzburg/AT; Hallein/AT; Innsbruck/AT; Wörgl/AT; Kufstein/AT; Lienz/AT; Graz/AT; "
        "Leoben/AT; Villach/AT; Dornbirn/AT; Feldkirch/AT; Wels/AT; Krems an der Donau/AT",
        "tab table of Austrian members with a Bundesland column (Salzburg also a city, only "
        "once a signatory), population and year; the office in Vienna",
    ),
]

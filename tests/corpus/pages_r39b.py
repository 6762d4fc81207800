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
        "Leaders of nineteen councils and authorities across the UK and Ireland today called on "
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
    Page(
        "fr-appel-maires-numerote-ville-de-maire",
        "fr",
        "numbered;person_after;no_country;not_signatory;body_not_city",
        "Appel des maires pour une restauration scolaire 100 % durable",
        (2025, 6, 12),
        "Accueil > Actualités > Communiqués de presse\n\n"
        "Communiqué de presse\n\n"
        "Réunis à Paris à l'occasion des Assises de l'alimentation durable, seize maires et "
        "présidents de métropole lancent un appel au gouvernement : doubler l'aide à "
        "l'introduction de produits biologiques et locaux dans les cantines et permettre aux "
        "collectivités de réserver une part de leurs marchés aux producteurs du territoire.\n\n"
        "« Nos cantines servent chaque jour des centaines de milliers de repas : c'est le "
        "premier levier pour transformer l'agriculture », souligne la présidente du réseau, "
        "Claire Aubertin, adjointe au maire de Mouans-Sartoux, commune pionnière qui "
        "accompagne la démarche sans en être signataire.\n\n"
        "L'appel s'inscrit dans la continuité de la loi EGalim et du Pacte de Milan sur les "
        "politiques alimentaires urbaines.\n\n"
        "Les signataires :",
        "1. Ville de Grenoble – Élise Carrel, maire\n"
        "2. Ville de Rennes – Nathalie Le Goff, maire\n"
        "3. Ville de Nantes – Yann Bréhat, adjoint au maire\n"
        "4. Ville de Montpellier – Michaël Delteil, maire\n"
        "5. Ville de Lille – Aurélie Vasseur, maire\n"
        "6. Eurométropole de Strasbourg – Jean-Luc Hoffer, président\n"
        "7. Ville de Besançon – Anne Vuillemin, maire\n"
        "8. Ville de Poitiers – Léonore Martin, maire\n"
        "9. Ville de Lorient – Gwenaël Le Corre, maire\n"
        "10. Ville de Quimper – Isabelle Kerjean, maire\n"
        "11. Ville de Dunkerque – Patrice Vandewalle, maire\n"
        "12. Ville de Villeurbanne – Cédric Fontaine, maire\n"
        "13. Ville de Tours – Emmanuel Dupuy, maire\n"
        "14. Ville de Dijon – Sylvie Bourgeon, maire\n"
        "15. Ville de La Rochelle – Jean-François Nancy, maire\n"
        "16. Ville de Chambéry – Thierry Annecy-Dufour, maire",
        "Contact presse : Julie Marchand – 06 12 34 56 78\n\n"
        "À lire aussi\nLyon et Bordeaux renouvellent leurs marchés de restauration collective",
        "Grenoble/FR; Rennes/FR; Nantes/FR; Montpellier/FR; Lille/FR; "
        "Eurométropole de Strasbourg|Strasbourg Eurometropolis/FR/metropolitan area; "
        "Besançon/FR; Poitiers/FR; Lorient/FR; Quimper/FR; Dunkirk|Dunkerque/FR; "
        "Villeurbanne/FR; Tours/FR; Dijon/FR; La Rochelle/FR; Chambéry/FR",
        "numbered `Ville de X – Name, maire` lines with a `Eurométropole`; venue Paris, "
        "Mouans-Sartoux supporting but not signing, Milan in a pact's name, mayors named Nancy "
        "and Annecy-Dufour",
    ),
    Page(
        "fr-annuaire-suisse-romande-cantons-en-titres",
        "fr",
        "one_a_line;region_heading;region_like_country;no_country;not_signatory",
        "Nos communes membres",
        (2024, 10, 1),
        "L'association  ·  Communes membres  ·  Label  ·  Agenda  ·  Contact\n\n"
        "L'association réunit les communes de Suisse romande engagées pour une politique de la "
        "jeunesse participative. Chaque commune membre désigne un ou une délégué·e au comité. "
        "Le secrétariat est assuré par le Service de la jeunesse de la Ville de Neuchâtel.",
        "Canton de Vaud\n"
        "Lausanne\n"
        "Morges\n"
        "Nyon\n"
        "Yverdon-les-Bains\n"
        "Montreux\n\n"
        "Canton de Genève\n"
        "Ville de Genève\n"
        "Vernier\n"
        "Carouge\n"
        "Onex\n\n"
        "Canton de Fribourg\n"
        "Bulle\n"
        "Ville de Fribourg\n\n"
        "Canton du Valais\n"
        "Sion\n"
        "Martigny\n"
        "Monthey\n\n"
        "Canton du Jura\n"
        "Delémont\n"
        "Porrentruy\n\n"
        "Canton de Neuchâtel\n"
        "La Chaux-de-Fonds",
        "Votre commune souhaite adhérer ? Écrivez-nous.\n\n"
        "Secrétariat : Faubourg de l'Hôpital 2, 2000 Neuchâtel",
        "Lausanne/CH; Morges/CH; Nyon/CH; Yverdon-les-Bains/CH; Montreux/CH; Geneva/CH; "
        "Vernier/CH; Carouge/CH; Onex/CH; Bulle/CH; Fribourg/CH; Sion/CH; Martigny/CH; "
        "Monthey/CH; Delémont/CH; Porrentruy/CH; La Chaux-de-Fonds/CH",
        "Swiss cantons as headings (Genève, Fribourg, Neuchâtel, Jura also city or country-like "
        "names) over communes one a line; Neuchâtel the secretariat, not in the list",
    ),
    Page(
        "sv-medlemmar-lan-rubriker-kommun-flera-per-rad",
        "sv",
        "several_a_line;region_heading;inflected;body_not_city;no_country",
        "Medlemmar i nätverket Hållbara kommuner",
        (2025, 1, 20),
        "Start / Om oss / Medlemmar\n\n"
        "Nätverket samlar kommuner och regioner som arbetar för en fossilfri offentlig "
        "fordonsflotta till 2030. Under 2024 välkomnade vi fem nya medlemmar. Nätverket "
        "samordnas från Energikontoret i Örebro.\n\n"
        "Medlemmar per län",
        "Västerbottens län\n"
        "Umeå kommun, Skellefteå kommun, Lycksele kommun\n\n"
        "Jämtlands län\n"
        "Östersunds kommun, Åre kommun\n\n"
        "Västra Götalands län\n"
        "Borås Stad, Trollhättans stad, Alingsås kommun\n\n"
        "Kronobergs län\n"
        "Växjö kommun, Ljungby kommun\n\n"
        "Skåne län\n"
        "Lunds kommun, Helsingborgs stad, Kristianstads kommun, Region Skåne",
        "Vill din kommun bli medlem? Kontakta samordnaren på Energikontoret.\n\n"
        "Läs också\nMalmö och Linköping delar erfarenheter av elbussar",
        "Umeå/SE; Skellefteå/SE; Lycksele/SE; Östersund/SE; Åre/SE; Borås/SE; Trollhättan/SE; "
        "Alingsås/SE; Växjö/SE; Ljungby/SE; Lund/SE; Helsingborg/SE; Kristianstad/SE; "
        "Region Skåne|Skåne/SE/region",
        "`län` headings over `X kommun`, `Y stad` several a line with genitives (Östersunds, "
        "Trollhättans, Lunds, Helsingborgs, Kristianstads) and Region Skåne; Örebro the "
        "coordinator",
    ),
    Page(
        "no-erklaering-kommune-vo-ordforer",
        "no",
        "one_a_line;person_after;person_named_like_place;not_signatory;body_not_city",
        "Nordnorsk erklæring om klimatilpasning",
        (2025, 3, 6),
        "Forsiden › Aktuelt › Nyheter\n\n"
        "Under Arktisk klimakonferanse i Tromsø torsdag signerte ni kommuner og én "
        "fylkeskommune en felles erklæring om klimatilpasning. Erklæringen forplikter "
        "partene til å kartlegge flom- og skredfare innen 2027 og dele data på tvers av "
        "kommunegrensene.\n\n"
        "– Vi kan ikke vente på at staten løser dette for oss, sa konferansens vert, "
        "ordfører Eirik Strand i Tromsø kommune, som også har tatt initiativ til "
        "erklæringen.\n\n"
        "Erklæringen er undertegnet av:",
        "Bodø kommune v/ordfører Ingrid Solbakk\n"
        "Alta kommune v/ordfører Tor Hamar\n"
        "Harstad kommune v/ordfører Line Moss\n"
        "Narvik kommune v/varaordfører Ola Halden\n"
        "Hammerfest kommune v/ordfører Siri Nordahl\n"
        "Sortland kommune v/ordfører Per Arne Lien\n"
        "Vadsø kommune v/ordfører Anne Kirsti Mortensen\n"
        "Steinkjer kommune v/ordfører Hans Levang\n"
        "Levanger kommune v/ordfører Marit Fosen\n"
        "Nordland fylkeskommune v/fylkesordfører Bjørn Sandnes",
        "Tromsø kommune, som var vertskommune, slutter seg til erklæringen når bystyret har "
        "behandlet saken i april.\n\n"
        "Relaterte saker\nTrondheim åpner nytt overvannsanlegg",
        "Bodø/NO; Alta/NO; Harstad/NO; Narvik/NO; Hammerfest/NO; Sortland/NO; Vadsø/NO; "
        "Steinkjer/NO; Levanger/NO; Nordland fylkeskommune|Nordland/NO/region",
        "`X kommune v/ordfører Name` lines with mayors named Hamar, Moss, Halden, Fosen; the "
        "host Tromsø not yet a signatory; a `fylkeskommune`",
    ),
    Page(
        "nl-green-deal-provincies-lopende-tekst",
        "nl",
        "running_text;region_before;body_not_city;not_signatory;region_like_country",
        "Zestien gemeenten en twee provincies tekenen Green Deal Circulaire Bouw",
        (2025, 5, 15),
        "Home > Nieuws\n\n"
        "Op het Circulair Bouwcongres in Utrecht hebben zestien gemeenten en twee provincies "
        "de Green Deal Circulaire Bouw ondertekend. Zij spreken af dat vanaf 2027 bij elk "
        "nieuwbouwproject van de overheid minstens de helft van de materialen hergebruikt of "
        "biobased is.",
        "In Gelderland tekenden Arnhem, Nijmegen, Ede en Apeldoorn. Uit Overijssel deden "
        "Zwolle, Deventer en Enschede mee, uit Noord-Brabant 's-Hertogenbosch, Tilburg en "
        "Eindhoven. Verder ondertekenden Amersfoort, Leeuwarden en Heerenveen, en uit "
        "Limburg Maastricht, Venlo en Heerlen. Namens de provincies tekenden de gedeputeerden "
        "van Gelderland en Fryslân.",
        "De gemeente Utrecht, gastheer van het congres, tekende de deal al in 2023 en trad "
        "dit keer op als getuige. Minister Karin Oosterhout nam de handtekeningen in "
        "ontvangst.\n\n"
        '"Circulair bouwen lukt alleen als we samen dezelfde eisen stellen aan de markt," '
        "zei wethouder Floor Bosch van Tilburg.\n\n"
        "Lees ook\nRotterdam en Groningen starten materialenbank",
        "Arnhem/NL; Nijmegen/NL; Ede/NL; Apeldoorn/NL; Zwolle/NL; Deventer/NL; Enschede/NL; "
        "'s-Hertogenbosch/NL; Tilburg/NL; Eindhoven/NL; Amersfoort/NL; Leeuwarden/NL; "
        "Heerenveen/NL; Maastricht/NL; Venlo/NL; Heerlen/NL; "
        "Provincie Gelderland|Gelderland/NL/province; Provincie Fryslân|Friesland/NL/province",
        "running text grouped by province (`In Gelderland tekenden ...`), two provinces that "
        "signed; Utrecht the host and witness, Rotterdam and Groningen in a related link",
    ),
    Page(
        "el-dilosi-dimarchon-onoma-dimarchos-genikis",
        "el",
        "one_a_line;person_before;inflected;no_country;not_signatory;body_not_city",
        "Κοινή δήλωση δημάρχων για το νερό και την ξηρασία",
        (2025, 7, 8),
        "Αρχική / Δελτία Τύπου\n\n"
        "ΔΕΛΤΙΟ ΤΥΠΟΥ\n\n"
        "Δεκατρείς δήμαρχοι και ένας περιφερειάρχης υπέγραψαν χθες στην Αθήνα, στο περιθώριο "
        "του Συνεδρίου για την Ανθεκτικότητα των Πόλεων, κοινή δήλωση για τη διαχείριση του "
        "νερού σε συνθήκες λειψυδρίας. Οι υπογράφοντες δεσμεύονται να μειώσουν τις απώλειες "
        "των δικτύων ύδρευσης κάτω από 20% έως το 2030 και να επαναχρησιμοποιούν "
        "επεξεργασμένα λύματα για την άρδευση του αστικού πρασίνου.\n\n"
        "«Η λειψυδρία δεν είναι πια απειλή του μέλλοντος, είναι η καθημερινότητά μας», "
        "δήλωσε ο πρόεδρος του δικτύου.\n\n"
        "Τη δήλωση υπογράφουν:",
        "Ελένη Μαυρίδου, Δήμαρχος Θεσσαλονίκης\n"
        "Νίκος Σταυρακάκης, Δήμαρχος Ηρακλείου\n"
        "Κώστας Αναστασόπουλος, Δήμαρχος Πατρέων\n"
        "Μαρία Τσιούμα, Δήμαρχος Λαρισαίων\n"
        "Γιάννης Κυριαζής, Δήμαρχος Βόλου\n"
        "Θανάσης Ζήκος, Δήμαρχος Ιωαννιτών\n"
        "Άννα Βιρβιδάκη, Δήμαρχος Χανίων\n"
        "Παναγιώτης Μελάς, Δήμαρχος Καλαμάτας\n"
        "Δημήτρης Τσιαπάρας, Δήμαρχος Τρικκαίων\n"
        "Σοφία Κεσίδου, Δήμαρχος Καβάλας\n"
        "Αθανάσιος Καρυδάς, Δήμαρχος Σερρών\n"
        "Ευαγγελία Τζανίδου, Δήμαρχος Κομοτηνής\n"
        "Στέλιος Χατζηγεωργίου, Δήμαρχος Ρόδου\n"
        "Μιχάλης Αρβανιτάκης, Περιφερειάρχης Κρήτης",
        "Η δήλωση θα κατατεθεί στο Υπουργείο Περιβάλλοντος και Ενέργειας. Ο Δήμος Κοζάνης "
        "και ο Δήμος Αλεξανδρούπολης έχουν δηλώσει ότι θα την προσυπογράψουν μετά την "
        "έγκρισή της από τα δημοτικά τους συμβούλια.\n\n"
        "Γραφείο Τύπου",
        "Thessaloniki/GR; Heraklion/GR; Patras/GR; Larisa/GR; Volos/GR; Ioannina/GR; "
        "Chania/GR; Kalamata/GR; Trikala/GR; Kavala/GR; Serres/GR; Komotini/GR; Rhodes/GR; "
        "Περιφέρεια Κρήτης|Region of Crete|Crete/GR/region",
        "`Name, Δήμαρχος X` lines with the city in the genitive (Πατρέων, Λαρισαίων, Ιωαννιτών, "
        "Τρικκαίων) and a regional governor of Crete; Athens the venue; Kozani and "
        "Alexandroupoli only announce they will sign later",
    ),
    Page(
        "tr-saglikli-kentler-yeni-uyeler-il-basliklari",
        "tr",
        "several_a_line;region_heading;not_signatory;no_country;majority_other_country",
        "Birliğimize 14 yeni belediye katıldı",
        (2025, 2, 26),
        "Ana Sayfa > Haberler > Duyurular\n\n"
        "Birliğimizin Bursa'da düzenlenen Olağan Meclis Toplantısı'nda 14 belediyenin üyelik "
        "başvurusu oy birliğiyle kabul edildi. Birlik Başkanı, toplantıya ev sahipliği yapan "
        "Bursa Büyükşehir Belediyesi'ne teşekkür ederek yeni üyelere hoş geldiniz dedi.\n\n"
        "Yeni üye belediyeler (illere göre):",
        "İzmir\n"
        "Karşıyaka Belediyesi  |  Çiğli Belediyesi  |  Bornova Belediyesi\n\n"
        "Bursa\n"
        "Nilüfer Belediyesi  |  Osmangazi Belediyesi\n\n"
        "Ankara\n"
        "Çankaya Belediyesi\n\n"
        "Antalya\n"
        "Muratpaşa Belediyesi\n\n"
        "İstanbul\n"
        "Maltepe Belediyesi\n\n"
        "Eskişehir\n"
        "Eskişehir Büyükşehir Belediyesi  |  Odunpazarı Belediyesi\n\n"
        "Mersin\n"
        "Mezitli Belediyesi  |  Yenişehir Belediyesi\n\n"
        "Kuzey Kıbrıs\n"
        "Lefkoşa Türk Belediyesi  |  Girne Belediyesi",
        "Böylece Birliğimizin üye sayısı 96'ya ulaştı. Yeni üyelerimizin sağlıklı kent "
        "profillerini hazırlamak üzere ilk çalıştay Nisan ayında Kocaeli'de yapılacak.\n\n"
        "Son haberler\nGaziantep'te sağlıklı yaşam parkı açıldı",
        "Karşıyaka/TR; Çiğli/TR; Bornova/TR; Nilüfer/TR; Osmangazi/TR; Çankaya/TR; "
        "Muratpaşa/TR; Maltepe/TR; Eskişehir/TR; Odunpazarı/TR; Mezitli/TR; Yenişehir/TR; "
        "Nicosia|Lefkoşa/CY; Kyrenia|Girne/CY",
        "province headings (also city names) over district `Belediyesi` entries between bars; "
        "Bursa the host, Kocaeli the next venue; Yenişehir also a district of Bursa; "
        "Lefkoşa and Girne under `Kuzey Kıbrıs`, in Cyprus",
    ),
    Page(
        "uk-asociatsiia-tablytsia-misto-oblast-holova",
        "uk",
        "table_tabs;columns_after;person_after;no_country;not_signatory",
        "Учасники програми «Енергоефективні громади»",
        (2025, 4, 2),
        "Головна › Проєкти › Енергоефективні громади\n\n"
        "Програма підтримує громади, які відновлюють теплопостачання після атак на "
        "енергетичну інфраструктуру. Меморандум про участь підписали 12 міст. Координує "
        "програму виконавча дирекція асоціації у Києві.\n\n"
        "Список учасників",
        "Місто\tОбласть\tМіський голова\tДата підписання\n"
        "Вінниця\tВінницька\tОлександр Гриценко\t14.01.2025\n"
        "Житомир\tЖитомирська\tСергій Левчук\t14.01.2025\n"
        "Луцьк\tВолинська\tІгор Поліщук-Бойко\t14.01.2025\n"
        "Тернопіль\tТернопільська\tОксана Мельник\t21.01.2025\n"
        "Івано-Франківськ\tІвано-Франківська\tРуслан Марцінків-Дзюба\t21.01.2025\n"
        "Хмельницький\tХмельницька\tВіктор Ковальчук\t21.01.2025\n"
        "Чернівці\tЧернівецька\tРоман Клічук\t03.02.2025\n"
        "Ужгород\tЗакарпатська\tБогдан Андріїв\t03.02.2025\n"
        "Рівне\tРівненська\tНаталія Третяк\t03.02.2025\n"
        "Полтава\tПолтавська\tАндрій Карпов\t18.02.2025\n"
        "Суми\tСумська\tЛеся Лисенко\t18.02.2025\n"
        "Черкаси\tЧеркаська\tТарас Бондаренко\t18.02.2025",
        "Приєднатися до програми можуть усі громади — члени асоціації. Заявки приймаються до "
        "30 червня.\n\n"
        "Читайте також\nЛьвів та Одеса запускають спільний проєкт з теплових насосів",
        "Vinnytsia/UA; Zhytomyr/UA; Lutsk/UA; Ternopil/UA; Ivano-Frankivsk/UA; "
        "Khmelnytskyi/UA; Chernivtsi/UA; Uzhhorod/UA; Rivne/UA; Poltava/UA; Sumy/UA; "
        "Cherkasy/UA",
        "tab table of city, oblast adjective (Вінницька, Житомирська...), mayor and date; Kyiv "
        "the coordinator's seat, Lviv and Odesa in a related link",
    ),
    Page(
        "ko-geongang-dosi-hoewon-do-jemok-jeom",
        "ko",
        "several_a_line;region_heading;no_country;not_signatory",
        "회원도시 현황",
        (2025, 3, 14),
        "협의회 소개 > 회원도시 > 회원도시 현황\n\n"
        "건강도시협의회는 시민의 건강을 도시 정책의 중심에 두고자 하는 지방정부의 "
        "협의체입니다. 현재 17개 광역·기초 지방정부가 회원으로 활동하고 있으며, 사무국은 "
        "원주시 보건소에 있습니다.\n\n"
        "지역별 회원도시",
        "특별시·광역시\n"
        "서울특별시 · 부산광역시 · 광주광역시\n\n"
        "경기도\n"
        "수원시 · 고양시 · 성남시 · 부천시 · 안양시 · 화성시\n\n"
        "강원특별자치도\n"
        "춘천시 · 강릉시\n\n"
        "충청남도\n"
        "천안시 · 아산시\n\n"
        "전북특별자치도\n"
        "전주시 · 군산시\n\n"
        "경상남도\n"
        "창원시 · 김해시",
        "※ 가입 순서가 아닌 지역별로 정리하였습니다.\n\n회원 가입 문의: 사무국 033-000-1234",
        "Seoul/KR; Busan/KR; Gwangju/KR; Suwon/KR; Goyang/KR; Seongnam/KR; Bucheon/KR; "
        "Anyang/KR; Hwaseong/KR; Chuncheon/KR; Gangneung/KR; Cheonan/KR; Asan/KR; Jeonju/KR; "
        "Gunsan/KR; Changwon/KR; Gimhae/KR",
        "province headings over `시` separated by `·`; Wonju hosts the secretariat and is not "
        "listed; 광주광역시 the metropolitan Gwangju, not Gyeonggi's",
    ),
    Page(
        "pt-carta-camaras-municipais-ponto-e-virgula-cim",
        "pt",
        "several_a_line;broken_lines;no_country;not_signatory;body_not_city",
        "Catorze municípios e uma comunidade intermunicipal subscrevem Carta da Água",
        (2025, 10, 3),
        "Início » Notícias » Ambiente\n\n"
        "A Carta Municipal da Água foi assinada esta sexta-feira em Coimbra, no encerramento "
        "do Encontro Nacional de Autarcas para a Água. Os signatários comprometem-se a reduzir "
        "as perdas nas redes de abastecimento para menos de 15% até 2030 e a reutilizar água "
        "residual tratada na rega de espaços verdes.\n\n"
        "O presidente da Câmara Municipal de Coimbra, anfitrião do encontro, saudou “um "
        "compromisso que ultrapassa fronteiras partidárias”.\n\n"
        "Subscreveram a Carta:",
        "Câmara Municipal de Braga; Câmara Municipal de Guimarães; Câmara Municipal de Viana\n"
        "do Castelo; Câmara Municipal de Barcelos; Câmara Municipal de Vila Nova de\n"
        "Famalicão; Câmara Municipal de Aveiro; Câmara Municipal de Ílhavo; Câmara Municipal\n"
        "de Leiria; Câmara Municipal de Setúbal; Câmara Municipal de Almada; Câmara Municipal\n"
        "de Évora; Câmara Municipal de Faro; Câmara Municipal de Loulé; Câmara Municipal do\n"
        "Funchal; Comunidade Intermunicipal do Alto Minho.",
        "A Carta fica aberta à adesão de outros municípios até ao final do ano. A Associação "
        "Nacional de Municípios Portugueses, com sede em Coimbra, acompanhará a execução dos "
        "compromissos.\n\n"
        "Notícias relacionadas\nLisboa e Porto lançam plano conjunto para a seca",
        "Braga/PT; Guimarães/PT; Viana do Castelo/PT; Barcelos/PT; Vila Nova de Famalicão/PT; "
        "Aveiro/PT; Ílhavo/PT; Leiria/PT; Setúbal/PT; Almada/PT; Évora/PT; Faro/PT; Loulé/PT; "
        "Funchal/PT; Comunidade Intermunicipal do Alto Minho|Alto Minho/PT/union of "
        "municipalities",
        "`Câmara Municipal de X` between semicolons, broken over lines inside names (`Viana` / "
        "`do Castelo`, `Câmara Municipal` / `de Leiria`); an intermunicipal community; Coimbra "
        "the venue and the association's seat",
    ),
]

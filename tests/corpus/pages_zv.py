"""Hand-written pages, batch zv: written by round 23's fixer of signature blocks (branch fix23v)
before any change to the reader for them, measured before that change. Eight statements and open
letters whose signatories stand in signature blocks as a copy from a PDF, a Word file or a web
page flattens them: German `Unterschriften` in two columns parted by runs of spaces (name,
title, city) under the place of signing; Hungarian two columns of `Name s.k.` over `X Megyei
Jogú Város polgármestere`; East African `H.W.` and `His Worship` blocks with `(signed)` over
`Mayor, X City` and a venue; a Finnish `Allekirjoitukset` section of name / title / `Xn
kaupunki` blocks under `Helsingissä`; Czech three tab columns with `Mgr.`, `Ing.` over
`primátor` and `statutární město X`; Polish blocks where the place is only in the title
(`Prezydent Miasta Lublin`, `Burmistrz Miasta Sanoka`) over `(-) Name`; a Canadian open letter
in three columns of `Hon.` names over `Mayor` over `City, Province` with a mayor named Regina;
French `S.E. M.` blocks over `Maire de la Commune de X` and a country line. Invented texts and
people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "de-erklaerung-unterschriften-zwei-spalten",
        "de",
        "several_a_line;person_before;not_signatory;no_country",
        "Potsdamer Erklärung der Fahrradstädte",
        (2025, 3, 14),
        "Startseite > Positionen > Erklärungen\n\n"
        "Die unterzeichnenden Städte bekennen sich dazu, den Radverkehrsanteil bis 2035 zu "
        "verdoppeln. Wir fordern Bund und Länder auf, das Straßenverkehrsrecht so zu ändern, "
        "dass Kommunen Tempo 30 und geschützte Radwege ohne langwierige Einzelnachweise "
        "anordnen können.\n\n"
        "1. Sichere Schulwege in allen Stadtteilen bis 2028.\n"
        "2. Ein durchgängiges Radvorrangnetz, das die Ortsteile verbindet.\n"
        "3. Fahrradparken an jedem Bahnhof, nach dem Vorbild der Radstation in Münster.\n\n"
        "Die Erklärung wurde am Rande des Nationalen Radverkehrskongresses in Potsdam "
        "unterzeichnet.\n\n"
        "Potsdam, den 14. März 2025\n\n"
        "Unterschriften",
        "Dr. Henning Albrecht                          Sabine Rautenberg\n"
        "Oberbürgermeister                             Oberbürgermeisterin\n"
        "Freiburg im Breisgau                          Bonn\n"
        "\n"
        "Jörg-Peter Lindemann                          Dr. Miriam Özdemir\n"
        "Oberbürgermeister                             Bürgermeisterin für Umwelt und Verkehr\n"
        "Hannover                                      Heidelberg\n"
        "\n"
        "Prof. Dr. Ulrich Kessler                      Anja Wiechert-Braun\n"
        "Oberbürgermeister                             Erste Bürgermeisterin\n"
        "Tübingen                                      Konstanz\n"
        "\n"
        "Thomas Grabowski\n"
        "Oberbürgermeister\n"
        "Erlangen",
        "Kontakt: Geschäftsstelle, Friedrich-Ebert-Straße 79, Potsdam\n\n"
        "Das könnte Sie auch interessieren\nRadschnellweg zwischen Kassel und Göttingen "
        "eröffnet\n3. Februar 2025",
        "Freiburg im Breisgau/DE; Bonn/DE; Hannover/DE; Heidelberg/DE; Tübingen/DE; "
        "Konstanz/DE; Erlangen/DE",
        "signature blocks in two columns parted by spaces: name, title, city; an odd block "
        "last; Potsdam the place of signing and the office, Münster in the text, Kassel and "
        "Göttingen in a teaser",
    ),
    Page(
        "hu-nyilatkozat-alairas-ket-oszlop-sk",
        "hu",
        "several_a_line;person_before;inflected;not_signatory;no_country",
        "Közös nyilatkozat a települési hőségriasztási tervekről",
        (2025, 6, 23),
        "Kezdőlap > Hírek > Nyilatkozatok\n\n"
        "Az alulírott városok polgármesterei a kecskeméti szakmai napon elfogadták az "
        "alábbi közös nyilatkozatot.\n\n"
        "A nyári hőhullámok egyre hosszabbak és gyakoribbak. Vállaljuk, hogy 2026 nyaráig "
        "minden város hőségriasztási tervet fogad el, hűsölő helyeket nyit meg a "
        "lakosság számára, és kiemelten figyel az idősekre és az egyedül élőkre.\n\n"
        "Kérjük a Kormányt, hogy a települési klímaalapot a városok lakosságszámával arányosan "
        "ossza el.\n\n"
        "Kecskemét, 2025. június 23.",
        "Dr. Farkas Gábor s.k.\t\t\t\tBalogh Krisztina s.k.\n"
        "Pécs Megyei Jogú Város polgármestere\t\tSzeged Megyei Jogú Város polgármestere\n"
        "\n"
        "Horváth Zsolt s.k.\t\t\t\tNémeth Ildikó s.k.\n"
        "Győr Megyei Jogú Város polgármestere\t\tVeszprém Megyei Jogú Város polgármestere\n"
        "\n"
        "Kiss-Varga Attila s.k.\t\t\t\tDr. Soós Judit s.k.\n"
        "Debrecen Megyei Jogú Város polgármestere\tSzombathely Megyei Jogú Város "
        "polgármestere\n"
        "\n"
        "Tóth Bence s.k.\n"
        "Eger Megyei Jogú Város alpolgármestere",
        "A nyilatkozathoz csatlakozni a titkárság e-mail-címén lehet.\n\n"
        "Kapcsolódó hírek\nÁrnyékoló fasorok Miskolcon és Nyíregyházán\n2025. május 12.",
        "Pécs/HU; Szeged/HU; Győr/HU; Veszprém/HU; Debrecen/HU; Szombathely/HU; Eger/HU",
        "two columns parted by tabs of `Name s.k.` over `X Megyei Jogú Város polgármestere`, "
        "the last one a deputy alone; Kecskemét the venue (`kecskeméti`, place of signing), "
        "Miskolc and Nyíregyháza in a teaser",
    ),
    Page(
        "en-ke-communique-hw-blocks-signed",
        "en",
        "one_a_line;person_before;not_signatory;no_country",
        "Naivasha Communiqué of the Lake Region and Rift Valley Mayors",
        (2025, 8, 9),
        "Home / News / Communiqués\n\n"
        "We, the Mayors and Municipal leaders of East African cities, meeting in Naivasha "
        "from 7 to 9 August 2025 at the invitation of the Council of Governors and with the "
        "support of UN-Habitat, Nairobi,\n\n"
        "RECOGNISING that informal settlements host more than half of our urban residents;\n"
        "NOTING the commitments of the Kigali Declaration on urban resilience;\n"
        "RESOLVE to share data on flood risk across our borders, to set up a joint training "
        "programme for municipal engineers, and to report on progress at the next Africities "
        "summit.\n\n"
        "Signed at Naivasha on this 9th day of August 2025.",
        "(signed)\nH.W. Amb. Peter Onyango Achieng\nMayor, Kisumu City\n\n"
        "(signed)\nH.W. Cllr. Mercy Wanjiru Kamau\nMayor, Nakuru City\n\n"
        "(signed)\nHis Worship Dr. Daniel Kiprotich Rono\nMayor, Eldoret City\n\n"
        "(signed)\nH.W. Abdallah Salim Mwinyi\nMayor of Mwanza City Council\nUnited Republic "
        "of Tanzania\n\n"
        "(signed)\nH.W. Grace Lyimo\nMayor of Arusha\nUnited Republic of Tanzania\n\n"
        "(signed)\nH.W. Moses Waiswa Kato\nMayor, Jinja City\nRepublic of Uganda\n\n"
        "(signed)\nH.W. Fabrice Uwimana\nVice Mayor in charge of Urban Planning, City of "
        "Kigali\nRepublic of Rwanda",
        "Witnessed by:\nHon. Jane Atieno, Chair, Council of Governors\n\n"
        "Related\nMombasa hosts coastal resilience forum\nEntebbe airport road upgrade begins",
        "Kisumu/KE; Nakuru/KE; Eldoret/KE; Mwanza/TZ; Arusha/TZ; Jinja/UG; Kigali/RW",
        "`(signed)` / `H.W. Name` / `Mayor, X City` blocks, some with a country line; Naivasha "
        "the venue, Nairobi a partner's seat, a Kigali Declaration, a witness, Mombasa and "
        "Entebbe in teasers",
    ),
    Page(
        "fi-julkilausuma-allekirjoitukset-kaupunki",
        "fi",
        "one_a_line;person_before;inflected;not_signatory;no_country",
        "Suurten kaupunkien julkilausuma nuorisotyön rahoituksesta",
        (2025, 5, 14),
        "Etusivu > Ajankohtaista > Julkilausumat\n\n"
        "Kaupungit ovat nuorten arjen tärkein tuki. Nuorisotyön valtionosuuksien leikkaukset "
        "heikentävät kaupunkien mahdollisuuksia tarjota matalan kynnyksen palveluja. "
        "Vaadimme, että hallitus perääntyy leikkauksista ja että etsivän nuorisotyön "
        "rahoitus turvataan pysyvästi.\n\n"
        "Julkilausuma hyväksyttiin kaupunkien nuorisojohtajien kokouksessa Helsingissä.\n\n"
        "Helsingissä 14. päivänä toukokuuta 2025\n\n"
        "Allekirjoitukset",
        "Ville Koskimies\npormestari\nTampereen kaupunki\n\n"
        "Anna-Liisa Heikkilä\nkaupunginjohtaja\nOulun kaupunki\n\n"
        "Mikael Nordström\npormestari\nTurun kaupunki\n\n"
        "Satu Rantanen\nkaupunginjohtaja\nJyväskylän kaupunki\n\n"
        "Pekka Hyvönen\nkaupunginjohtaja\nLahden kaupunki\n\n"
        "Johanna Kärkkäinen\napulaiskaupunginjohtaja\nKuopion kaupunki\n\n"
        "Lauri Mattila\nkaupunginjohtaja\nPorin kaupunki",
        "Lisätietoja: verkoston sihteeristö, Toinen linja 14, Helsinki\n\n"
        "Lue myös\nVantaan ja Espoon nuorisotilat auki kesällä\n2.5.2025",
        "Tampere/FI; Oulu/FI; Turku/FI; Jyväskylä/FI; Lahti/FI; Kuopio/FI; Pori/FI",
        "name / title / `Xn kaupunki` blocks under `Allekirjoitukset`; Helsinki the place of "
        "signing (`Helsingissä`) and the secretariat, Vantaa and Espoo in a teaser",
    ),
    Page(
        "cs-memorandum-podpisy-tri-sloupce",
        "cs",
        "several_a_line;person_before;not_signatory;no_country;table_tabs",
        "Memorandum o spolupráci měst v oblasti sdílené mobility",
        (2025, 9, 30),
        "Úvod > Aktuality > Memoranda\n\n"
        "Města podepsala memorandum na konferenci Chytrá města v Brně. Zavazují se sdílet "
        "data o sdílených kolech a koloběžkách ve společném formátu, sjednotit pravidla pro "
        "parkování sdílených vozidel a společně vyjednávat s provozovateli.\n\n"
        "Koordinátorem memoranda je Svaz měst a obcí České republiky se sídlem v Praze.\n\n"
        "V Brně dne 30. září 2025\n\n"
        "Podpisy:",
        "Mgr. Tomáš Kratochvíl\tIng. Petra Dvořáková\tMUDr. Karel Šimek\n"
        "primátor\tprimátorka\tstarosta\n"
        "statutární město Olomouc\tstatutární město Zlín\tměsto Písek\n"
        "\n"
        "Ing. arch. Lenka Procházková\tBc. Martin Vaněk\tPhDr. Ondřej Hrubý, Ph.D.\n"
        "náměstkyně primátora\tprimátor\tprimátor\n"
        "statutární město Hradec Králové\tstatutární město Jihlava\tstatutární město Opava",
        "Sdílet: Facebook | X | LinkedIn\n\n"
        "Další zprávy\nOstrava a Plzeň spouštějí společný tarif\n12. září 2025",
        "Olomouc/CZ; Zlín/CZ; Písek/CZ; Hradec Králové/CZ; Jihlava/CZ; Opava/CZ",
        "three tab columns of names with academic titles over titles over `statutární město X`; "
        "Brno the venue and place of signing (`v Brně`), Prague the coordinator's seat, "
        "Ostrava and Plzeň in a teaser",
    ),
    Page(
        "pl-stanowisko-podpisy-tytul-miasta",
        "pl",
        "one_a_line;person_after;inflected;not_signatory;no_country",
        "Wspólne stanowisko prezydentów i burmistrzów w sprawie finansowania transportu "
        "publicznego",
        (2025, 10, 7),
        "Strona główna > Aktualności > Stanowiska\n\n"
        "My, niżej podpisani, wyrażamy sprzeciw wobec zmniejszenia dopłat do przewozów "
        "autobusowych. Samorządy nie są w stanie samodzielnie utrzymać połączeń z mniejszymi "
        "miejscowościami. Apelujemy do Ministra Infrastruktury w Warszawie o przywrócenie "
        "funduszu w dotychczasowej wysokości.\n\n"
        "Stanowisko przyjęto podczas posiedzenia zarządu w Krakowie.\n\n"
        "Kraków, 7 października 2025 r.",
        "Prezydent Miasta Lublin\n(-) Katarzyna Wróblewska\n\n"
        "Prezydent Miasta Gdańska\n(-) Piotr Zawadzki\n\n"
        "Prezydent Miasta Rzeszowa\n(-) dr Marek Sobczak\n\n"
        "Prezydent Miasta Torunia\n(-) Agnieszka Lis-Kowalczyk\n\n"
        "Prezydent Miasta Bielska-Białej\n(-) Tomasz Gajewski\n\n"
        "Burmistrz Miasta Sanoka\n(-) mgr inż. Jan Pawlik",
        "Udostępnij: Facebook | X | E-mail\n\n"
        "Zobacz także\nNowe tramwaje dla Olsztyna i Elbląga\n30 września 2025 r.",
        "Lublin/PL; Gdańsk/PL; Rzeszów/PL; Toruń/PL; Bielsko-Biała/PL; Sanok/PL",
        "the place only in the title, in the nominative or the genitive (`Prezydent Miasta "
        "Gdańska`), over `(-) Name`; Warsaw the addressee's seat, Kraków the venue, Olsztyn and "
        "Elbląg in a teaser",
    ),
    Page(
        "en-ca-open-letter-three-columns-hon",
        "en",
        "several_a_line;person_before;person_named_like_place;state_codes;not_signatory",
        "Open letter from Canadian mayors on the housing infrastructure fund",
        (2025, 2, 20),
        "Home > Newsroom > Letters\n\n"
        "To the Honourable Minister of Housing, Infrastructure and Communities, Ottawa\n\n"
        "Dear Minister,\n\n"
        "We write as mayors of growing cities. Our councils have approved zoning reforms that "
        "allow four units on every lot, but the water, wastewater and transit capacity to serve "
        "new homes is not there. We ask that the next intake of the fund be open to mid-sized "
        "municipalities and that its criteria recognise the cost of replacing aging pipes.\n\n"
        "We would welcome the chance to meet with you at the Big City Mayors' Caucus in "
        "Winnipeg.\n\n"
        "Sincerely,",
        "Hon. Regina Fairweather        Dr. Colin Abernathy        Mayor Amrit Sandhu\n"
        "Mayor                          Mayor                      Mayor\n"
        "Halifax, NS                    Saskatoon, SK              Kelowna, BC\n"
        "\n"
        "Hon. Louise Tremblay-Roy       Marcus Whitehorse          Dianne Kowalchuk\n"
        "Mayor                          Mayor                      Mayor\n"
        "Sherbrooke, QC                 Kingston, ON               Red Deer, AB\n"
        "\n"
        "Jacob Penner\n"
        "Mayor\n"
        "Moncton, NB",
        "cc: Federation of Canadian Municipalities\n\n"
        "Related stories\nCalgary and Edmonton sign transit pass deal\nFebruary 3, 2025",
        "Halifax/CA; Saskatoon/CA; Kelowna/CA; Sherbrooke/CA; Kingston/CA; Red Deer/CA; Moncton/CA",
        "three columns parted by spaces: name, `Mayor`, `City, PR`; a mayor named Regina, one "
        "named Whitehorse; Ottawa the addressee, Winnipeg a venue, Calgary and Edmonton in a "
        "teaser",
    ),
    Page(
        "fr-lettre-ouverte-se-maire-commune-pays",
        "fr",
        "one_a_line;person_before;country_in_language;not_signatory",
        "Lettre ouverte des maires d'Afrique de l'Ouest sur l'assainissement urbain",
        (2025, 11, 18),
        "Accueil > Actualités > Plaidoyer\n\n"
        "À l'attention de Son Excellence Monsieur le Président de la Commission de la CEDEAO, "
        "Abuja\n\n"
        "Excellence,\n\n"
        "Nos villes doublent de population tous les vingt ans. Moins d'un habitant sur cinq "
        "est raccordé à un réseau d'assainissement. Nous vous demandons d'inscrire "
        "l'assainissement urbain parmi les priorités du prochain programme régional et "
        "d'ouvrir aux collectivités locales un accès direct aux financements.\n\n"
        "Fait à Lomé, le 18 novembre 2025, en marge du Sommet Africités.\n\n"
        "Les signataires :",
        "S.E. M. Ousmane Ndiaye\nMaire de la Ville de Dakar\nSénégal\n\n"
        "Mme Aminata Ouédraogo\nMaire de la Commune de Ouagadougou\nBurkina Faso\n\n"
        "Hon. Seydou Traoré\nMaire du District de Bamako\nMali\n\n"
        "M. Hyacinthe Dossou-Yovo\nMaire de la Ville de Porto-Novo\nBénin\n\n"
        "Mme Mariama Issoufou\nPrésidente du Conseil de Ville de Niamey\nNiger\n\n"
        "M. Mamadou Camara\nMaire de la Commune urbaine de Kindia\nGuinée",
        "Partager : Facebook | X | WhatsApp\n\n"
        "À lire aussi\nAbidjan accueille l'atelier régional sur les déchets\n4 novembre 2025",
        "Dakar/SN; Ouagadougou/BF; Bamako/ML; Porto-Novo/BJ; Niamey/NE; Kindia/GN",
        "`S.E. M. Name` / `Maire de la Commune de X` / country blocks; Abuja the addressee, "
        "Lomé the place of signing and venue, Abidjan in a teaser",
    ),
]

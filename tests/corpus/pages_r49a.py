"""Batch r49a: 14 pages written at the start of round 49 (branch w49a), held out from it.

Half joint statements, half member directories and news, as city networks publish them today,
written without reading the reader or running it: a global network's member cards under
world-region headings; a European declaration closed by `For the City of X` signature blocks
over the signer's name and title, with a deputy named Florence; an Indian tab table of
municipal corporations with state and date columns; a Canadian press release of `Guelph, Ont.`
entries with a councillor named Regina; a French declaration copied from a PDF (hyphenated
words, running headers, department numbers, `représentée par`); French new members in running
text with `(Belgique)`, `(Suisse)`; German `Oberbürgermeisterin der Stadt X` lines with a mayor
named Hagen; German members under Land headings with a district; Spanish numbered
`Ayuntamiento de X (Provincia)` with a provincial council named like its capital; Latin
American members after `País:`; Italian `Comune di X (BG) – il Sindaco` lines with a union of
municipalities; a Portuguese table aligned with spaces; Flemish `Stad X` under province
headings with Limburg; Swedish `Göteborgs Stad, Uppsala kommun ... och Kiruna kommun` in
running text.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r49a-global-member-cards-region-headings",
        "en",
        "one_a_line;region_heading;columns_after",
        "Our member cities",
        (2025, 3, 4),
        "The Resilient Harbours Alliance brings together port and coastal cities that share "
        "what they learn about rising seas, storm surges and working waterfronts. Members take "
        "part in peer exchanges, send officers to our annual Harbour Lab and publish a "
        "resilience roadmap within two years of joining.\n\n"
        "Filter by region: All | Africa | Asia-Pacific | Europe | Latin America & Caribbean | "
        "Middle East | North America\n"
        "Sort: A–Z | Newest\n\n"
        "Showing 33 of 33 members",
        "Africa\n\n"
        "Durban\nSouth Africa · Member since 2016\nView profile\n\n"
        "Mombasa\nKenya · Member since 2019\nView profile\n\n"
        "Dar es Salaam\nTanzania · Member since 2019\nView profile\n\n"
        "Lagos\nNigeria · Member since 2017\nView profile\n\n"
        "Dakar\nSenegal · Member since 2021\nView profile\n\n"
        "Maputo\nMozambique · Member since 2018\nView profile\n\n"
        "Accra\nGhana · Member since 2022\nView profile\n\n"
        "Asia-Pacific\n\n"
        "Chennai\nIndia · Member since 2018\nView profile\n\n"
        "Da Nang\nViet Nam · Member since 2020\nView profile\n\n"
        "Semarang\nIndonesia · Member since 2016\nView profile\n\n"
        "Manila\nPhilippines · Member since 2023\nView profile\n\n"
        "Yokohama\nJapan · Member since 2016\nView profile\n\n"
        "Busan\nRepublic of Korea · Member since 2020\nView profile\n\n"
        "Wellington\nNew Zealand · Member since 2017\nView profile\n\n"
        "Fremantle\nAustralia · Member since 2024\nView profile\n\n"
        "Europe\n\n"
        "Rotterdam\nNetherlands · Founding member\nView profile\n\n"
        "Copenhagen\nDenmark · Founding member\nView profile\n\n"
        "Gdańsk\nPoland · Member since 2019\nView profile\n\n"
        "Thessaloniki\nGreece · Member since 2017\nView profile\n\n"
        "Lisbon\nPortugal · Member since 2018\nView profile\n\n"
        "Bergen\nNorway · Member since 2021\nView profile\n\n"
        "Glasgow\nUnited Kingdom · Member since 2016\nView profile\n\n"
        "Latin America & Caribbean\n\n"
        "Valparaíso\nChile · Member since 2018\nView profile\n\n"
        "Santos\nBrazil · Member since 2020\nView profile\n\n"
        "Cartagena\nColombia · Member since 2019\nView profile\n\n"
        "Panama City\nPanama · Member since 2022\nView profile\n\n"
        "Kingston\nJamaica · Member since 2023\nView profile\n\n"
        "Middle East\n\n"
        "Aqaba\nJordan · Member since 2021\nView profile\n\n"
        "Alexandria\nEgypt · Member since 2020\nView profile\n\n"
        "North America\n\n"
        "Halifax\nCanada · Member since 2018\nView profile\n\n"
        "Norfolk, Virginia\nUnited States · Member since 2016\nView profile\n\n"
        "Boston, Massachusetts\nUnited States · Founding member\nView profile\n\n"
        "Moncton\nCanada · Member since 2024\nView profile",
        "Is your city interested in joining? Membership is open to any local government with a "
        "port, an estuary or a coastline. Read our membership guide or write to the "
        "secretariat.\n\n"
        "Become a member →",
        "Durban/ZA; Mombasa/KE; Dar es Salaam/TZ; Lagos/NG; Dakar/SN; Maputo/MZ; Accra/GH; "
        "Chennai/IN; Da Nang/VN; Semarang/ID; Manila/PH; Yokohama/JP; Busan/KR; Wellington/NZ; "
        "Fremantle/AU; Rotterdam/NL; Copenhagen/DK; Gdańsk/PL; Thessaloniki/GR; Lisbon/PT; "
        "Bergen/NO; Glasgow/GB; Valparaíso/CL; Santos/BR; Cartagena/CO; Panama City/PA; "
        "Kingston/JM; Aqaba/JO; Alexandria/EG; Halifax/CA; Norfolk/US; Boston/US; Moncton/CA",
    ),
    Page(
        "en-r49a-european-declaration-for-the-city-of-signature-blocks",
        "en",
        "person_after;person_named_like_place;not_signatory;body_not_city;no_country",
        "Brussels Declaration of Mid-sized Cities on Affordable Homes",
        (2025, 2, 18),
        "We, the mayors and leaders of mid-sized European cities, meeting in Brussels at the "
        "annual forum of the Network of European Mid-sized Cities (NEMC), declare that a decent "
        "and affordable home is the foundation of a fair city.\n\n"
        "Across our cities, rents have risen faster than wages for a decade. Young people, key "
        "workers and older residents are being pushed to the edges of the places they keep "
        "running. We cannot solve this alone, and we will not wait.\n\n"
        "We therefore commit to:\n\n"
        "1. Keep at least one third of new homes on public land permanently affordable.\n"
        "2. Use our planning powers to limit short-term lets where they empty neighbourhoods.\n"
        "3. Renovate our own housing stock to the highest energy standard by 2035, without "
        "raising rents for sitting tenants.\n"
        "4. Report every two years, in the open, on the homes we have built and kept.\n\n"
        "We call on the European institutions to let cities borrow for social and affordable "
        "housing on the terms that the European Investment Bank gives to national governments, "
        "and on our national governments to hand us the tools that the big capitals already "
        "have.\n\n"
        "Signed in Brussels on 18 February 2025.",
        "For the City of Ghent\n\nLiesbeth Vandaele\nMayor\n\n"
        "For the City of Utrecht\n\nJoris Kamphuis\nMayor\n\n"
        "For the City of Bologna\n\nFlorence Marchetti\nDeputy Mayor for Housing, on behalf of "
        "the Mayor\n\n"
        "For the City of Tampere\n\nOuti Lehtiranta\nMayor\n\n"
        "For the City of Graz\n\nSabine Hollerer\nMayor\n\n"
        "For Lyon Metropolis\n\nNadia Berthelot\nVice-President for Housing\n\n"
        "For the City of Leipzig\n\nKatrin Wendisch\nMayor\n\n"
        "For the City of Malmö\n\nElin Sandberg\nChair of the Municipal Executive Board\n\n"
        "For the City of Bilbao\n\nIñaki Etxeberria\nMayor\n\n"
        "For the City of Brno\n\nPavla Hrubá\nMayor\n\n"
        "For the City of Cork\n\nNiamh Cashell\nLord Mayor\n\n"
        "For the City of Ljubljana\n\nMatej Kovačič\nDeputy Mayor",
        "The declaration remains open for signature by any member of the network. Cities "
        "wishing to sign should contact the NEMC secretariat.\n\n"
        "Download the declaration (PDF, 240 KB)",
        "Ghent/BE; Utrecht/NL; Bologna/IT; Tampere/FI; Graz/AT; "
        "Métropole de Lyon|Lyon Metropolis/FR/metropolitan area; Leipzig/DE; Malmö/SE; "
        "Bilbao/ES; Brno/CZ; Cork/IE; Ljubljana/SI",
        note="host Brussels not a signatory; a deputy named Florence signs for Bologna",
    ),
    Page(
        "en-r49a-india-clean-air-compact-ulb-tab-table",
        "en",
        "table_tabs;numbered;region_after;columns_after;not_signatory",
        "22 cities sign the Clean Air Compact at the National Urban Air Quality Conclave",
        (2024, 11, 27),
        "New Delhi, 27 November 2024: Commissioners and mayors of twenty-two Urban Local Bodies "
        "signed the Clean Air Compact of the Bharat Cities Clean Air Network (BCCAN) at the "
        "National Urban Air Quality Conclave held at Vigyan Bhawan, New Delhi, on Tuesday.\n\n"
        "The Compact commits each signatory to publish a ward-level emission inventory within "
        "twelve months, to move its municipal fleet to electric or CNG vehicles by 2030, and to "
        "put in place a Graded Response Plan for winter smog episodes. Signatories will report "
        "progress through the network's public dashboard every quarter.\n\n"
        '"Air does not stop at municipal boundaries, and neither should our work," said '
        'Ms. Meera Raghunathan, Convenor of BCCAN. "When twenty-two cities commit together, '
        'their suppliers, their state governments and their citizens take notice."\n\n'
        "List of signatory Urban Local Bodies",
        "S. No.\tUrban Local Body\tState / UT\tSigned by\tDate of signing\n"
        "1\tPune Municipal Corporation\tMaharashtra\tMunicipal Commissioner\t27.11.2024\n"
        "2\tNagpur Municipal Corporation\tMaharashtra\tMunicipal Commissioner\t27.11.2024\n"
        "3\tIndore Municipal Corporation\tMadhya Pradesh\tMayor\t27.11.2024\n"
        "4\tBhopal Municipal Corporation\tMadhya Pradesh\tMayor\t27.11.2024\n"
        "5\tSurat Municipal Corporation\tGujarat\tMunicipal Commissioner\t27.11.2024\n"
        "6\tAhmedabad Municipal Corporation\tGujarat\tDeputy Municipal Commissioner\t27.11.2024\n"
        "7\tJaipur Municipal Corporation Greater\tRajasthan\tCommissioner\t27.11.2024\n"
        "8\tLucknow Municipal Corporation\tUttar Pradesh\tMayor\t27.11.2024\n"
        "9\tKanpur Nagar Nigam\tUttar Pradesh\tMunicipal Commissioner\t27.11.2024\n"
        "10\tVaranasi Municipal Corporation\tUttar Pradesh\tMayor\t27.11.2024\n"
        "11\tPatna Municipal Corporation\tBihar\tMunicipal Commissioner\t27.11.2024\n"
        "12\tBhubaneswar Municipal Corporation\tOdisha\tMayor\t27.11.2024\n"
        "13\tGreater Visakhapatnam Municipal Corporation\tAndhra Pradesh\tCommissioner"
        "\t27.11.2024\n"
        "14\tCoimbatore City Municipal Corporation\tTamil Nadu\tCommissioner\t27.11.2024\n"
        "15\tKochi Municipal Corporation\tKerala\tMayor\t27.11.2024\n"
        "16\tGuwahati Municipal Corporation\tAssam\tCommissioner\t27.11.2024\n"
        "17\tRanchi Municipal Corporation\tJharkhand\tMayor\t27.11.2024\n"
        "18\tRaipur Municipal Corporation\tChhattisgarh\tCommissioner\t27.11.2024\n"
        "19\tMunicipal Corporation Chandigarh\tChandigarh (UT)\tMayor\t27.11.2024\n"
        "20\tLudhiana Municipal Corporation\tPunjab\tCommissioner\t27.11.2024\n"
        "21\tDehradun Municipal Corporation\tUttarakhand\tMayor\t27.11.2024\n"
        "22\tMysuru City Corporation\tKarnataka\tCommissioner\t27.11.2024",
        "The Compact remains open to all Urban Local Bodies under the National Clean Air "
        "Programme. ULBs wishing to join may write to the BCCAN secretariat.\n\n"
        "For media queries: BCCAN Secretariat, 3rd Floor, Core 4B, India Habitat Centre, "
        "Lodhi Road, New Delhi 110003",
        "Pune/IN; Nagpur/IN; Indore/IN; Bhopal/IN; Surat/IN; Ahmedabad/IN; Jaipur/IN; "
        "Lucknow/IN; Kanpur/IN; Varanasi/IN; Patna/IN; Bhubaneswar/IN; Visakhapatnam/IN; "
        "Coimbatore/IN; Kochi/IN; Guwahati/IN; Ranchi/IN; Raipur/IN; Chandigarh/IN; "
        "Ludhiana/IN; Dehradun/IN; Mysuru|Mysore/IN",
        note="venue New Delhi not a signatory",
    ),
    Page(
        "en-r49a-canada-press-release-province-abbreviations-running",
        "en",
        "running_text;state_codes;not_signatory;person_named_like_place",
        "Nine Canadian municipalities sign Urban Forest Pledge",
        (2025, 6, 2),
        "OTTAWA, June 2, 2025 – Nine municipalities from five provinces have signed the Urban "
        "Forest Pledge of the Canadian Green Municipalities Network, committing to grow their "
        "tree canopy to 30 per cent of their urban area by 2040.",
        "The pledge was signed on Friday at the network's annual conference in Ottawa by the "
        "mayors or council representatives of Halifax, N.S.; Moncton, N.B.; Sherbrooke, Que.; "
        "Trois-Rivières, Que.; Guelph, Ont.; Kingston, Ont.; Saskatoon, Sask.; Lethbridge, "
        "Alta.; and Kamloops, B.C.",
        "Each signatory will publish a canopy baseline within a year and plant at least one "
        "native tree for every resident of a neighbourhood below the city's average canopy.\n\n"
        '"Trees are infrastructure. They cool our streets, soak up stormwater and make '
        "neighbourhoods healthier,\" said Regina Thibodeau, the network's chair and a councillor "
        "in Ottawa. \"These nine communities are showing that you don't need to be a big city "
        'to lead."\n\n'
        "Mayor Victor Labelle of Sherbrooke said the city would start with its schoolyards. "
        '"Every child should be able to find shade at recess," he said.\n\n'
        "The network hopes to see cities from Manitoba and the Atlantic provinces join before "
        "next year's conference in Winnipeg.\n\n"
        "About the Canadian Green Municipalities Network\n"
        "The network connects more than 120 municipalities working on climate adaptation, "
        "nature and clean energy.\n\n"
        "Media contact: Julie Carrière, communications@cgmn-rmvc.ca",
        "Halifax/CA; Moncton/CA; Sherbrooke/CA; Trois-Rivières/CA; Guelph/CA; Kingston/CA; "
        "Saskatoon/CA; Lethbridge/CA; Kamloops/CA",
        note="conference venue Ottawa, next host Winnipeg and chair Regina are not signatories",
    ),
    Page(
        "fr-r49a-declaration-pdf-cesure-entetes-departements",
        "fr",
        "one_a_line;broken_lines;region_after;person_after;body_not_city",
        "Déclaration des maires pour la sobriété foncière",
        (2025, 4, 10),
        "Réseau des Villes pour la Sobriété Foncière (RVSF)\n\n"
        "Déclaration des maires pour la sobriété foncière\n"
        "adoptée lors des Rencontres nationales de Grenoble, le 9 avril 2025\n\n"
        "Préambule\n\n"
        "Chaque année, l'équivalent de plusieurs dizaines de milliers de terrains de football "
        "disparaît sous le béton et l'asphalte. Les communes et leurs groupements sont en pre-\n"
        "mière ligne : ce sont elles qui délivrent les permis, qui aménagent les zones d'activi-\n"
        "tés et qui, demain, devront atteindre l'objectif de zéro artificialisation nette.\n\n"
        "Nous, maires et présidents d'intercommunalités signataires, nous engageons à :\n\n"
        "– réhabiliter en priorité les friches et les logements vacants avant toute ouver-\n"
        "ture à l'urbanisation ;\n"
        "– réviser nos documents d'urbanisme pour protéger les terres agricoles et les es-\n"
        "paces naturels de nos territoires ;\n"
        "– associer les habitants à chaque grand projet d'aménagement ;\n"
        "– partager nos données et nos méthodes au sein du réseau.\n\n"
        "RVSF – Déclaration des maires pour la sobriété foncière                    2/3\n\n"
        "Les signataires",
        "Ville de Villeurbanne (69)\n"
        "représentée par Mme Claire Dumou-\n"
        "lin, maire\n\n"
        "Ville de Rennes (35)\n"
        "représentée par M. Yann Le Goff, maire\n\n"
        "Ville de Nantes (44)\n"
        "représentée par Mme Sophie Garnier, première adjointe\n\n"
        "Ville d'Angers (49)\n"
        "représentée par M. Olivier Ménard, maire\n\n"
        "Ville de Tours (37)\n"
        "représentée par Mme Hélène Rousseau-Ber-\n"
        "trand, maire\n\n"
        "Ville de Poitiers (86)\n"
        "représentée par Mme Laure Vidal, maire\n\n"
        "Ville de Limoges (87)\n"
        "représentée par M. Patrick Deschamps, maire\n\n"
        "Ville de Clermont-\n"
        "Ferrand (63)\n"
        "représentée par M. Antoine Fabre, adjoint à l'urbanisme\n\n"
        "RVSF – Déclaration des maires pour la sobriété foncière                    3/3\n\n"
        "Ville de Besançon (25)\n"
        "représentée par Mme Anne-Lise Morel, maire\n\n"
        "Ville de Dijon (21)\n"
        "représentée par M. Julien Perrot, maire\n\n"
        "Ville de Metz (57)\n"
        "représentée par M. François Kieffer, maire\n\n"
        "Eurométropole de Strasbourg (67)\n"
        "représentée par Mme Christine Hoff-\n"
        "mann, présidente\n\n"
        "Ville d'Amiens (80)\n"
        "représentée par Mme Nathalie Lefort, maire\n\n"
        "Ville de Rouen (76)\n"
        "représentée par M. Hugo Delamare, maire\n\n"
        "Ville de Caen (14)\n"
        "représentée par Mme Camille Leroux, maire\n\n"
        "Ville de Brest (29)\n"
        "représentée par M. Erwan Quéré, adjoint au maire",
        "Fait à Grenoble, le 9 avril 2025.\n\n"
        "Contact : Réseau des Villes pour la Sobriété Foncière, 12 rue des Arts, 59000 Lille",
        "Villeurbanne/FR; Rennes/FR; Nantes/FR; Angers/FR; Tours/FR; Poitiers/FR; Limoges/FR; "
        "Clermont-Ferrand/FR; Besançon/FR; Dijon/FR; Metz/FR; "
        "Eurométropole de Strasbourg|Strasbourg Eurometropolis/FR/metropolitan area; "
        "Amiens/FR; Rouen/FR; Caen/FR; Brest/FR",
        note="copied from a PDF; host Grenoble and the network's seat Lille are not signatories",
    ),
    Page(
        "fr-r49a-nouveaux-membres-running-belgique-suisse-quebec",
        "fr",
        "running_text;country_in_language;not_signatory;region_after",
        "Six nouvelles villes rejoignent l'Alliance francophone des villes apprenantes",
        (2024, 10, 15),
        "Réunie à Lyon les 10 et 11 octobre pour son assemblée générale, l'Alliance "
        "francophone des villes apprenantes (AFVA) a approuvé à l'unanimité l'adhésion de six "
        "nouvelles collectivités, portant à 58 le nombre de ses membres.",
        "Liège et Namur (Belgique), Lausanne et Neuchâtel (Suisse) ainsi que Sherbrooke et "
        "Trois-Rivières (Québec, Canada) rejoignent ainsi le réseau, qui s'étend désormais sur "
        "quatre continents.",
        "« Ces adhésions montrent que l'apprentissage tout au long de la vie est devenu une "
        "politique municipale à part entière », s'est félicitée Mme Isabelle Marchand, "
        "présidente de l'AFVA et adjointe au maire de Bordeaux.\n\n"
        "Les nouvelles villes membres présenteront leurs premiers projets lors du prochain "
        "séminaire d'échanges, prévu au printemps à Dakar. Namur accueillera par ailleurs un "
        "atelier consacré aux bibliothèques de quartier en juin.\n\n"
        "L'assemblée a également renouvelé son bureau pour trois ans et adopté une feuille de "
        "route centrée sur l'inclusion numérique des seniors.\n\n"
        "En savoir plus sur l'adhésion à l'Alliance",
        "Liège/BE; Namur/BE; Lausanne/CH; Neuchâtel/CH; Sherbrooke/CA; Trois-Rivières/CA",
        note="host Lyon, the president's Bordeaux and next venue Dakar are not new members",
    ),
    Page(
        "de-r49a-erklaerung-oberbuergermeisterin-der-stadt-zeilen",
        "de",
        "one_a_line;person_before;inflected;person_named_like_place;not_signatory",
        "Kasseler Erklärung zur kommunalen Wärmewende",
        (2025, 5, 22),
        "Auf Einladung des Netzwerks Kommunale Wärme e. V. haben sich Oberbürgermeisterinnen "
        "und Oberbürgermeister aus ganz Deutschland am 21. Mai 2025 in Kassel getroffen und die "
        "folgende Erklärung verabschiedet.\n\n"
        "Die Wärmewende entscheidet sich in den Städten. Mehr als die Hälfte des Energie"
        "verbrauchs in Deutschland entfällt auf Wärme, und der größte Teil davon wird noch "
        "immer mit Gas und Öl erzeugt. Die kommunale Wärmeplanung gibt uns ein Werkzeug an die "
        "Hand – aber ohne verlässliche Förderung, schnellere Genehmigungen und starke "
        "Stadtwerke bleibt sie Papier.\n\n"
        "Wir fordern Bund und Länder auf,\n"
        "• die Bundesförderung für effiziente Wärmenetze bis 2035 verlässlich auszustatten,\n"
        "• Genehmigungsverfahren für Großwärmepumpen und Geothermie zu beschleunigen,\n"
        "• die Kommunen bei der Umsetzung der Wärmeplanung personell zu unterstützen.\n\n"
        "Wir verpflichten uns, unsere Wärmepläne bis Ende 2026 öffentlich vorzulegen und "
        "jährlich über die Fortschritte zu berichten.\n\n"
        "Unterzeichnet haben:",
        "Dr. Anna Feldmann, Oberbürgermeisterin der Stadt Freiburg im Breisgau\n"
        "Michael Brenneis, Oberbürgermeister der Landeshauptstadt Hannover\n"
        "Susanne Kröger, Bürgermeisterin der Hansestadt Lübeck\n"
        "Thomas Wendler, Oberbürgermeister der Stadt Halle (Saale)\n"
        "Peter Hagen, Bürgermeister der Stadt Witten\n"
        "Claudia Reinholz, Oberbürgermeisterin der Stadt Heidelberg\n"
        "Jens Oldenburg, Oberbürgermeister der Stadt Göttingen\n"
        "Dr. Martina Seifert, Oberbürgermeisterin der Stadt Jena\n"
        "Frank Wiesner, Oberbürgermeister der Stadt Darmstadt\n"
        "Birgit Lohmann, Oberbürgermeisterin der Stadt Münster\n"
        "Stefan Aurich, Oberbürgermeister der Stadt Erlangen\n"
        "Katharina Pohl, Erste Bürgermeisterin der Stadt Konstanz\n"
        "Andreas Vogt, Oberbürgermeister der Stadt Osnabrück\n"
        "Julia Neumeister, Bürgermeisterin der Stadt Rostock (i. V.)\n"
        "Markus Engel, Oberbürgermeister der Stadt Ulm\n"
        "Dr. Ralf Zimmer, Oberbürgermeister der Bundesstadt Bonn",
        "Die Erklärung steht weiteren Städten zur Mitzeichnung offen. Ansprechpartnerin in der "
        "Geschäftsstelle ist Frau Lena Hartwig.\n\n"
        "Erklärung als PDF herunterladen",
        "Freiburg im Breisgau|Freiburg/DE; Hannover|Hanover/DE; Lübeck/DE; Halle (Saale)|Halle/DE; "
        "Witten/DE; Heidelberg/DE; Göttingen/DE; Jena/DE; Darmstadt/DE; Münster/DE; "
        "Erlangen/DE; Konstanz/DE; Osnabrück/DE; Rostock/DE; Ulm/DE; Bonn/DE",
        note="venue Kassel not a signatory; mayors named Hagen and Oldenburg",
    ),
    Page(
        "de-r49a-mitglieder-bundeslaender-ueberschriften-landkreis",
        "de",
        "one_a_line;region_heading;country_in_language;body_not_city",
        "Unsere Mitglieder",
        (2025, 1, 20),
        "Im Netzwerk Fahrradfreundliche Kommunen e. V. arbeiten Städte, Gemeinden und Kreise "
        "zusammen, die den Radverkehr systematisch fördern. Die Mitglieder tauschen sich in "
        "Arbeitsgruppen aus, nehmen an Fortbildungen teil und profitieren von gemeinsamen "
        "Kampagnen.\n\n"
        "Stand: Januar 2025 · 29 Mitglieder\n\n"
        "Mitglieder nach Bundesland",
        "Baden-Württemberg\n"
        "Karlsruhe\n"
        "Tübingen\n"
        "Offenburg\n"
        "Ludwigsburg\n\n"
        "Bayern\n"
        "Regensburg\n"
        "Würzburg\n"
        "Augsburg\n"
        "Bamberg\n\n"
        "Brandenburg\n"
        "Potsdam\n"
        "Cottbus\n\n"
        "Hessen\n"
        "Marburg\n"
        "Offenbach am Main\n"
        "Wiesbaden\n\n"
        "Niedersachsen\n"
        "Oldenburg\n"
        "Lüneburg\n"
        "Landkreis Osnabrück\n"
        "Braunschweig\n\n"
        "Nordrhein-Westfalen\n"
        "Bielefeld\n"
        "Aachen\n"
        "Krefeld\n"
        "Bocholt\n\n"
        "Sachsen\n"
        "Leipzig\n"
        "Dresden\n\n"
        "Schleswig-Holstein\n"
        "Kiel\n"
        "Flensburg\n\n"
        "Thüringen\n"
        "Erfurt\n"
        "Weimar\n\n"
        "Assoziierte Mitglieder aus dem Ausland\n\n"
        "Österreich\n"
        "Graz\n\n"
        "Schweiz\n"
        "Winterthur",
        "Ihre Kommune möchte Mitglied werden? Die Beitrittserklärung und die Beitragsordnung "
        "finden Sie im Downloadbereich.\n\n"
        "Geschäftsstelle: Netzwerk Fahrradfreundliche Kommunen e. V., Friedrichstraße 112, "
        "10117 Berlin",
        "Karlsruhe/DE; Tübingen/DE; Offenburg/DE; Ludwigsburg/DE; Regensburg/DE; Würzburg/DE; "
        "Augsburg/DE; Bamberg/DE; Potsdam/DE; Cottbus/DE; Marburg/DE; Offenbach am Main|"
        "Offenbach/DE; Wiesbaden/DE; Oldenburg/DE; Lüneburg/DE; "
        "Landkreis Osnabrück|Osnabrück District/DE/county; Braunschweig|Brunswick/DE; "
        "Bielefeld/DE; Aachen/DE; Krefeld/DE; Bocholt/DE; Leipzig/DE; Dresden/DE; Kiel/DE; "
        "Flensburg/DE; Erfurt/DE; Weimar/DE; Graz/AT; Winterthur/CH",
        note="the office's Berlin is not a member",
    ),
    Page(
        "es-r49a-declaracion-ayuntamientos-numerados-diputacion",
        "es",
        "numbered;region_after;body_not_city;not_signatory",
        "Declaración de Zaragoza por una movilidad urbana limpia y segura",
        (2025, 3, 27),
        "Los ayuntamientos y diputaciones integrados en la Red de Ciudades por la Movilidad "
        "Sostenible (RECIMOS), reunidos en Zaragoza con motivo de su XII Asamblea General, "
        "suscriben la siguiente declaración.\n\n"
        "Las ciudades españolas han avanzado en la implantación de las zonas de bajas "
        "emisiones, pero la movilidad sigue siendo la principal fuente de contaminación "
        "atmosférica y de ruido en nuestros barrios. Por ello, las entidades firmantes se "
        "comprometen a:\n\n"
        "a) Reducir la velocidad máxima a 30 km/h en todas las vías urbanas de un solo carril "
        "por sentido.\n"
        "b) Garantizar entornos escolares seguros y pacificados antes de 2027.\n"
        "c) Ampliar la red de carriles bici segregados y conectarla con los municipios del "
        "área metropolitana.\n"
        "d) Renovar las flotas de autobuses urbanos con vehículos de cero emisiones.\n\n"
        "Asimismo, solicitan al Gobierno de España un marco estable de financiación del "
        "transporte público que no dependa de convocatorias anuales.\n\n"
        "Entidades firmantes:",
        "1. Ayuntamiento de Vitoria-Gasteiz (Álava)\n"
        "2. Ayuntamiento de Pamplona (Navarra)\n"
        "3. Ayuntamiento de Valladolid (Valladolid)\n"
        "4. Ayuntamiento de Burgos (Burgos)\n"
        "5. Ayuntamiento de Logroño (La Rioja)\n"
        "6. Ayuntamiento de Gijón (Asturias)\n"
        "7. Ayuntamiento de Santander (Cantabria)\n"
        "8. Ajuntament de Castelló de la Plana (Castellón)\n"
        "9. Ayuntamiento de Murcia (Murcia)\n"
        "10. Ayuntamiento de Málaga (Málaga)\n"
        "11. Diputación Provincial de Córdoba (Córdoba)\n"
        "12. Ayuntamiento de Granada (Granada)\n"
        "13. Ayuntamiento de Cáceres (Cáceres)\n"
        "14. Ayuntamiento de Salamanca (Salamanca)",
        "Zaragoza, 27 de marzo de 2025.\n\n"
        "La declaración queda abierta a la adhesión de las demás entidades de la red a través "
        "de la secretaría técnica.",
        "Vitoria-Gasteiz/ES; Pamplona/ES; Valladolid/ES; Burgos/ES; Logroño/ES; Gijón/ES; "
        "Santander/ES; Castelló de la Plana|Castellón de la Plana/ES; Murcia/ES; Málaga/ES; "
        "Diputación Provincial de Córdoba|Province of Córdoba/ES/province; Granada/ES; "
        "Cáceres/ES; Salamanca/ES",
        note="host Zaragoza not a signatory; the provincial council of Córdoba, not the city",
    ),
    Page(
        "es-r49a-red-latinoamericana-pais-dos-puntos-ciudades",
        "es",
        "several_a_line;region_before;country_in_language",
        "Ciudades miembro",
        (2024, 9, 9),
        "La Red Latinoamericana de Ciudades Caminables reúne a gobiernos locales que trabajan "
        "por calles más seguras, accesibles y agradables para las personas que caminan. Desde "
        "su fundación, la red ha acompañado la transformación de más de 300 kilómetros de "
        "calles en la región.\n\n"
        "Actualmente forman parte de la red 26 ciudades de 9 países:",
        "Argentina: Rosario, Córdoba, Mendoza, Mar del Plata\n"
        "Brasil: Curitiba, Porto Alegre, Recife\n"
        "Chile: Valparaíso, Concepción, Temuco\n"
        "Colombia: Medellín, Bogotá, Cali, Manizales\n"
        "Ecuador: Quito, Cuenca\n"
        "México: Guadalajara, Monterrey, Mérida, Puebla\n"
        "Paraguay: Asunción\n"
        "Perú: Arequipa, Trujillo, Cusco\n"
        "Uruguay: Montevideo, Salto",
        "¿Tu ciudad quiere sumarse? Las solicitudes de membresía se reciben durante todo el "
        "año y se aprueban en la asamblea anual.\n\n"
        "Secretaría ejecutiva: Av. Providencia 1208, oficina 401, Santiago, Chile · "
        "contacto@ciudadescaminables.org",
        "Rosario/AR; Córdoba/AR; Mendoza/AR; Mar del Plata/AR; Curitiba/BR; Porto Alegre/BR; "
        "Recife/BR; Valparaíso/CL; Concepción/CL; Temuco/CL; Medellín/CO; Bogotá/CO; Cali/CO; "
        "Manizales/CO; Quito/EC; Cuenca/EC; Guadalajara/MX; Monterrey/MX; Mérida/MX; "
        "Puebla/MX; Asunción/PY; Arequipa/PE; Trujillo/PE; Cusco/PE; Montevideo/UY; Salto/UY",
        note="the secretariat's Santiago is not a member",
    ),
    Page(
        "it-r49a-carta-sindaci-comune-sigla-unione",
        "it",
        "one_a_line;state_codes;person_after;body_not_city;not_signatory",
        "Carta dei sindaci per le comunità energetiche",
        (2025, 2, 6),
        "Firmata a Trento il 5 febbraio 2025 nel corso degli Stati generali delle comunità "
        "energetiche, promossi dalla Rete dei Comuni Rinnovabili.\n\n"
        "I sindaci firmatari riconoscono nelle comunità energetiche rinnovabili uno strumento "
        "per ridurre le bollette delle famiglie, contrastare la povertà energetica e "
        "trattenere sul territorio il valore dell'energia prodotta. Si impegnano pertanto a:\n\n"
        "– mettere a disposizione i tetti degli edifici comunali per nuovi impianti "
        "fotovoltaici;\n"
        "– costituire o promuovere almeno una comunità energetica entro il 2026;\n"
        "– coinvolgere scuole, parrocchie, associazioni e imprese del territorio;\n"
        "– condividere con la Rete modelli di statuto e di regolamento.\n\n"
        "Hanno sottoscritto la Carta:",
        "Comune di Bergamo (BG) – il Sindaco Marco Ferrandi\n"
        "Comune di Brescia (BS) – la Sindaca Elena Zanardi\n"
        "Comune di Cremona (CR) – l'Assessore all'Ambiente Luca Bertoli, su delega del "
        "Sindaco\n"
        "Comune di Mantova (MN) – il Sindaco Giorgio Aldrovandi\n"
        "Comune di Rovereto (TN) – la Sindaca Chiara Dallapè\n"
        "Comune di Bolzano (BZ) – il Sindaco Thomas Oberrauch\n"
        "Comune di Padova (PD) – il Sindaco Stefano Benetton\n"
        "Comune di Vicenza (VI) – la Sindaca Paola Marangon\n"
        "Unione dei Comuni della Romagna Faentina (RA) – il Presidente Davide Casadio\n"
        "Comune di Ferrara (FE) – il Vicesindaco Andrea Guidetti\n"
        "Comune di Reggio Emilia (RE) – la Sindaca Francesca Iori\n"
        "Comune di Pesaro (PU) – il Sindaco Luca Pierini\n"
        "Comune di Ancona (AN) – la Sindaca Silvia Brunori\n"
        "Comune di Lecce (LE) – il Sindaco Antonio Greco",
        "La Carta resta aperta alla sottoscrizione di tutti i Comuni italiani. Per aderire è "
        "sufficiente inviare la delibera di Giunta alla segreteria della Rete.\n\n"
        "Segreteria: Rete dei Comuni Rinnovabili, via dei Mille 24, 00185 Roma",
        "Bergamo/IT; Brescia/IT; Cremona/IT; Mantova|Mantua/IT; Rovereto/IT; Bolzano/IT; "
        "Padova|Padua/IT; Vicenza/IT; "
        "Unione della Romagna Faentina|Unione dei Comuni della Romagna Faentina/IT/"
        "union of municipalities; Ferrara/IT; Reggio Emilia|Reggio nell'Emilia/IT; "
        "Pesaro/IT; Ancona/IT; Lecce/IT",
        note="venue Trento and the office's Roma are not signatories",
    ),
    Page(
        "pt-r49a-rede-municipios-tabela-espacos-distrito",
        "pt",
        "table_tabs;region_after;columns_after",
        "Municípios aderentes",
        (2025, 4, 29),
        "A Rede Portuguesa de Municípios pela Água (RPMA) é uma associação de municípios que "
        "partilham soluções para a gestão eficiente da água, a redução de perdas nas redes de "
        "abastecimento e a adaptação às secas.\n\n"
        "Os municípios aderentes comprometem-se a reduzir as perdas de água para valores "
        "inferiores a 20% até 2030 e a publicar anualmente os seus indicadores.\n\n"
        "Lista atualizada a 29 de abril de 2025 (26 municípios).",
        "Município              Distrito / Região Autónoma    NUTS II              Adesão\n"
        "Viana do Castelo       Viana do Castelo              Norte                2019\n"
        "Braga                  Braga                         Norte                2018\n"
        "Guimarães              Braga                         Norte                2018\n"
        "Bragança               Bragança                      Norte                2021\n"
        "Vila Real              Vila Real                     Norte                2020\n"
        "Matosinhos             Porto                         Norte                2018\n"
        "Porto                  Porto                         Norte                2019\n"
        "Aveiro                 Aveiro                        Centro               2018\n"
        "Viseu                  Viseu                         Centro               2020\n"
        "Guarda                 Guarda                        Centro               2022\n"
        "Coimbra                Coimbra                       Centro               2018\n"
        "Leiria                 Leiria                        Centro               2019\n"
        "Castelo Branco         Castelo Branco                Centro               2021\n"
        "Santarém               Santarém                      Centro               2020\n"
        "Torres Vedras          Lisboa                        Oeste e Vale do Tejo 2023\n"
        "Cascais                Lisboa                        Grande Lisboa        2018\n"
        "Sintra                 Lisboa                        Grande Lisboa        2019\n"
        "Almada                 Setúbal                       Península de Setúbal 2019\n"
        "Setúbal                Setúbal                       Península de Setúbal 2020\n"
        "Évora                  Évora                         Alentejo             2018\n"
        "Beja                   Beja                          Alentejo             2021\n"
        "Portalegre             Portalegre                    Alentejo             2022\n"
        "Faro                   Faro                          Algarve              2018\n"
        "Loulé                  Faro                          Algarve              2019\n"
        "Funchal                R. A. da Madeira              Madeira              2020\n"
        "Ponta Delgada          R. A. dos Açores              Açores               2021",
        "Pretende que o seu município adira à Rede? Consulte o regulamento de adesão e envie "
        "a deliberação da Câmara Municipal para o secretariado.\n\n"
        "Secretariado técnico: Rua da Sofia 95, 3000-389 Coimbra",
        "Viana do Castelo/PT; Braga/PT; Guimarães/PT; Bragança/PT; Vila Real/PT; Matosinhos/PT; "
        "Porto/PT; Aveiro/PT; Viseu/PT; Guarda/PT; Coimbra/PT; Leiria/PT; Castelo Branco/PT; "
        "Santarém/PT; Torres Vedras/PT; Cascais/PT; Sintra/PT; Almada/PT; Setúbal/PT; "
        "Évora/PT; Beja/PT; Portalegre/PT; Faro/PT; Loulé/PT; Funchal/PT; Ponta Delgada/PT",
        note="a table aligned with spaces; district names equal most cities' names",
    ),
    Page(
        "nl-r49a-vlaamse-steden-provincie-koppen-limburg",
        "nl",
        "region_heading;person_after;region_like_country;body_not_city;one_a_line",
        "Vlaamse steden en gemeenten ondertekenen Hitteplan-engagement",
        (2024, 6, 13),
        "Op het Vlaams Klimaatforum in Mechelen hebben veertien lokale besturen en één "
        "provincie het Hitteplan-engagement van het Netwerk Koele Gemeenten ondertekend. Zij "
        "beloven om tegen 2027 een lokaal hitteplan op te stellen, meer schaduw te voorzien op "
        "speelpleinen en schoolroutes, en kwetsbare inwoners tijdens hittegolven actief op te "
        "volgen.\n\n"
        '"Hittegolven zijn geen uitzondering meer. Wie nu investeert in bomen, water en '
        'schaduw, redt straks levens," zei netwerkvoorzitter Griet Vermeulen.\n\n'
        "De ondertekenaars per provincie:",
        "Provincie Antwerpen\n"
        "Stad Antwerpen – burgemeester Koen Verstraeten\n"
        "Stad Turnhout – schepen van Leefmilieu Ann Peeters\n"
        "Gemeente Schoten – burgemeester Dirk Van Loock\n\n"
        "Provincie Limburg\n"
        "Stad Hasselt – burgemeester Inge Claes\n"
        "Stad Genk – burgemeester Marc Jacobs\n"
        "Stad Tongeren – burgemeester Wim Vanhees\n"
        "Provincie Limburg – gedeputeerde Sofie Lemmens\n\n"
        "Provincie Oost-Vlaanderen\n"
        "Stad Gent – schepen van Klimaat Pieter De Smet\n"
        "Stad Aalst – burgemeester Luc Van de Velde\n"
        "Stad Sint-Niklaas – burgemeester Els Wauters\n\n"
        "Provincie Vlaams-Brabant\n"
        "Stad Leuven – burgemeester Bart Wouters\n"
        "Stad Vilvoorde – burgemeester Hilde Bosmans\n\n"
        "Provincie West-Vlaanderen\n"
        "Stad Brugge – burgemeester Tom Vandamme\n"
        "Stad Kortrijk – burgemeester Nele Desmet\n"
        "Stad Oostende – schepen Kris Lievens",
        "Gastheer Mechelen ondertekende het engagement al in 2023. Andere besturen kunnen "
        "zich nog aansluiten via het netwerksecretariaat.\n\n"
        "Netwerk Koele Gemeenten vzw · Koning Albert II-laan 20 · 1000 Brussel",
        "Antwerpen|Antwerp/BE; Turnhout/BE; Schoten/BE; Hasselt/BE; Genk/BE; Tongeren/BE; "
        "Provincie Limburg|Limburg/BE/province; Gent|Ghent/BE; Aalst/BE; Sint-Niklaas/BE; "
        "Leuven/BE; Vilvoorde/BE; Brugge|Bruges/BE; Kortrijk/BE; Oostende|Ostend/BE",
        note="host Mechelen signed earlier, not here; the province of Limburg signs too",
    ),
    Page(
        "sv-r49a-upprop-kommuner-lopande-text-genitiv",
        "sv",
        "running_text;inflected;not_signatory",
        "27 kommuner har skrivit under uppropet för giftfria förskolor",
        (2025, 5, 8),
        "Nätverket Giftfri Vardag samlar kommuner som vill minska barns exponering för "
        "farliga kemikalier i förskolor, skolor och offentliga miljöer. Under vårens "
        "nätverksträff i Örebro lanserades uppropet för giftfria förskolor, där kommunerna "
        "lovar att inventera och fasa ut gamla plastleksaker, madrasser och golvmaterial "
        "senast 2028.",
        "Uppropet har hittills undertecknats av Stockholms stad, Göteborgs Stad, Malmö stad, "
        "Uppsala kommun, Linköpings kommun, Västerås stad, Norrköpings kommun, Helsingborgs "
        "stad, Jönköpings kommun, Umeå kommun, Lunds kommun, Borås stad, Sundsvalls kommun, "
        "Gävle kommun, Eskilstuna kommun, Södertälje kommun, Karlstads kommun, Växjö kommun, "
        "Halmstads kommun, Luleå kommun, Östersunds kommun, Trollhättans stad, Kalmar kommun, "
        "Falu kommun, Skellefteå kommun, Nacka kommun och Kiruna kommun.",
        "– Barn är extra känsliga för kemikalier, och förskolan är en plats där vi som kommun "
        "har full rådighet. Därför är det här ett enkelt löfte att ge och ett viktigt löfte att "
        "hålla, säger nätverkets ordförande Karin Lindqvist.\n\n"
        "Nätverket erbjuder de anslutna kommunerna en gemensam checklista, mallar för "
        "upphandling och en digital utbildning för förskolepersonal. Nästa nätverksträff hålls "
        "i Sundsvall i oktober.\n\n"
        "Vill din kommun ansluta sig till uppropet? Kontakta nätverkets kansli.",
        "Stockholm/SE; Göteborg|Gothenburg/SE; Malmö/SE; Uppsala/SE; Linköping/SE; Västerås/SE; "
        "Norrköping/SE; Helsingborg/SE; Jönköping/SE; Umeå/SE; Lund/SE; Borås/SE; Sundsvall/SE; "
        "Gävle/SE; Eskilstuna/SE; Södertälje/SE; Karlstad/SE; Växjö/SE; Halmstad/SE; Luleå/SE; "
        "Östersund/SE; Trollhättan/SE; Kalmar/SE; Falun/SE; Skellefteå/SE; Nacka/SE; Kiruna/SE",
        note="meeting venue Örebro not a signatory; Sundsvall, a signatory, is also the next venue",
    ),
]

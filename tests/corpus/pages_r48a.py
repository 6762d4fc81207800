"""Batch r48a: 14 pages held out from round 48, written without reading the reader or running it.

Joint statements and member pages in seven languages, in the shapes networks publish them today:
an English statement of British and Irish councils signed in blocks of name, title and council
(`Leader of Norwich City Council`, `Derry City and Strabane District Council`, a combined
authority) under a host that did not sign; a US mayors' letter of 32 `Mayor Name, City, ST`
lines to Congress, with mayors named Madison, Austin and Charlotte; an East African directory
flattened from a table (city, country, sub-region, lead department, status); an Australian and
New Zealand news item naming six councils in running text (`the Shire of Augusta Margaret
River`, `Palmerston North City Council`) beside the forum's host; a French appeal of 32
`Prénom Nom, maire de X (38)` lines with a métropole and a mayor named Valence; a Sahelian
directory of `Commune de X — Région de X` under country headings with counts; a German tab
table of `Landeshauptstadt`, `documenta-Stadt`, `Universitäts- und Hansestadt X` and a
Landkreis with Land, signer and date columns; Austrian `Stadtgemeinde`/`Marktgemeinde X
(Bundesland)` bullets under a host; a Spanish numbered list `Ayuntamiento de X – D.ª Name,
alcaldesa` with a Diputación, a host that will sign later and a mayor named Toledo; an Andean
table aligned with spaces; an Italian list of 30 `Comune di X (PR)` lines whose province codes
are countries' (`PE`, `CO`, `BG`, `SI`, `LU`, `PT`, `AR`, `CH`, `NO`, `SA`) with a città
metropolitana; Italian running text of new members with province codes and an Unione dei
Comuni; Brazilian `Name – Prefeita de X (UF)` lines with a mayor named Vitória; a Dutch and
Flemish directory under country and province headings (`Utrecht`, `Antwerpen` and two
`Limburg`s as headings over other towns).
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r48a-uk-ie-statement-signature-blocks-councils",
        "en",
        "one_a_line;person_before;body_not_city;not_signatory;no_country",
        "Joint statement: a safe route to school for every child",
        (2025, 3, 14),
        """Streets Alliance of Britain and Ireland

Councils from across Britain and Ireland met in Belfast this week for the Alliance's spring
assembly, hosted by Belfast City Council at the Ulster Folk Hall. At the close of the assembly,
members adopted the following joint statement.

Every child should be able to walk, wheel, cycle or scoot to school safely. Today, fewer than
half of primary pupils in our cities do so, and the school run accounts for up to a quarter of
morning peak traffic in many of our communities.

We, the undersigned leaders of local government, commit to:

1. Introduce School Streets, with timed closures to motor traffic, outside at least half of the
   primary schools in our areas by 2028;
2. Bring 20 mph (30 km/h) limits to every residential street within 800 metres of a school;
3. Work with parents, pupils and teachers to map the routes children actually use, and fix the
   crossings, footways and junctions they tell us are unsafe;
4. Report each year on progress, using the Alliance's shared indicators.

We call on the UK Government, the Scottish and Welsh Governments, the Northern Ireland
Executive and the Government of Ireland to match this commitment with multi-year funding that
local authorities can plan around.

Signatories""",
        """Cllr Aoife Brennan
Lord Mayor of Cork
Cork City Council

Cllr Declan Mooney
Mayor of the City of Galway
Galway City Council

Cllr Siobhán Kearney
Cathaoirleach
Limerick City and County Council

Cllr Helen Marsh-Tate
Leader of the Council
Bristol City Council

Cllr Jonathan Pryce-Evans
Cabinet Member for Climate Change and Transport
Cardiff Council

Cllr Farah Iqbal
Executive Member for Highways and Transport
Leeds City Council

Cllr Moira Strachan
Convener, Climate, Environment and Biodiversity Committee
Dundee City Council

Cllr Ruth Ellingham
Leader of Norwich City Council

Cllr Kieran McLaughlin
Mayor of Derry City and Strabane District Council

Sarah Holroyd
Mayor of West Yorkshire
West Yorkshire Combined Authority""",
        """Supported by: Parents for Safer Streets Ireland; the School Travel Coalition (Scotland);
Walk Wheel Cymru.

The statement remains open to member councils. Officers wishing to add their council should
contact the secretariat with a copy of the relevant cabinet or committee decision.

Related documents
School Streets: a practical guide for councils (PDF, 2.1 MB)
Spring assembly 2025: programme and presentations""",
        "Cork/IE; Galway/IE; Limerick/IE; Bristol/GB; Cardiff/GB; Leeds/GB; Dundee/GB; "
        "Norwich/GB; Derry|Londonderry/GB; "
        "West Yorkshire Combined Authority|West Yorkshire/GB/metropolitan area",
    ),
    Page(
        "en-r48a-us-mayors-letter-congress-state-codes",
        "en",
        "one_a_line;person_before;state_codes;no_country;person_named_like_place;not_signatory",
        "32 mayors urge Congress to protect transit operating funds",
        (2024, 9, 18),
        """Mayors for Moving Cities | Press release

FOR IMMEDIATE RELEASE
Contact: press@mayorsformovingcities.org

A bipartisan group of 32 mayors sent a letter today to congressional leaders asking them to
keep flexible transit operating funds in the next surface transportation bill. The letter,
delivered to the Capitol in Washington, D.C., follows a year in which more than a dozen
regional transit agencies warned of service cuts.

"Buses that come every 40 minutes are not a transit system, they're a rumor," said Mayor
Lauren Whitcombe of Eugene, who chairs the coalition's transportation committee.

The full text of the letter follows.

---

The Honorable Chair and Ranking Member
Committee on Transportation and Infrastructure
U.S. House of Representatives
Washington, DC 20515

Dear Chair and Ranking Member:

As mayors of cities large and small, we write to ask that the next surface transportation
reauthorization allow transit agencies to use a share of their formula funds for operations.
Capital dollars have built new lines and bought new buses; too often we cannot afford to run
them. Flexible operating support would let our agencies restore frequency, retain drivers and
keep fares affordable for the workers who depend on them.

We stand ready to work with you.

Sincerely,""",
        """Mayor Lauren Whitcombe, Eugene, OR
Mayor Austin Delgado, Tucson, AZ
Mayor Rosa Benavides-Hart, Albuquerque, NM
Mayor Kent Ulrich, Boise, ID
Mayor Dana Whitfield, Spokane, WA
Mayor Priya Raman, Madison, WI
Mayor Thomas Kowalczyk, Ann Arbor, MI
Mayor Angela Freeman, Columbus, OH
Mayor Michael Serafini, Pittsburgh, PA
Mayor Luis Carrasquillo, Providence, RI
Mayor Hannah Lindqvist, Burlington, VT
Mayor Peter Ashby, Portland, ME
Mayor Charlotte Brennan, Richmond, VA
Mayor Madison Okafor, Durham, NC
Mayor Derrick Holloway, Savannah, GA
Mayor Corey Pettaway, Birmingham, AL
Mayor Simone Batiste, New Orleans, LA
Mayor Grant Ellison, Little Rock, AR
Mayor Nathan Greer, Tulsa, OK
Mayor Erica Landry, Kansas City, MO
Mayor Joel Haverkamp, Des Moines, IA
Mayor Kao Vang, Saint Paul, MN
Mayor Ben Sorensen, Lincoln, NE
Mayor Rachel Tanaka, Salt Lake City, UT
Mayor Marco Villanueva, Denver, CO
Mayor Jill Stroud, Fort Collins, CO
Mayor Darnell Price, Sacramento, CA
Mayor Teresa Alvarado, Oakland, CA
Mayor Kevin Tran, Long Beach, CA
Mayor Sofia Lindgren, Tacoma, WA
Mayor Wendy Carlisle, Anchorage, AK
Mayor Keoni Kahananui, Honolulu, HI""",
        """###

Mayors for Moving Cities is a nonpartisan coalition of mayors working for safe, frequent and
affordable public transportation. Mayors interested in joining can write to
members@mayorsformovingcities.org.""",
        "Eugene/US; Tucson/US; Albuquerque/US; Boise/US; Spokane/US; Madison/US; Ann Arbor/US; "
        "Columbus/US; Pittsburgh/US; Providence/US; Burlington/US; Portland/US; Richmond/US; "
        "Durham/US; Savannah/US; Birmingham/US; New Orleans/US; Little Rock/US; Tulsa/US; "
        "Kansas City/US; Des Moines/US; Saint Paul/US; Lincoln/US; Salt Lake City/US; "
        "Denver/US; Fort Collins/US; Sacramento/US; Oakland/US; Long Beach/US; Tacoma/US; "
        "Anchorage/US; Honolulu/US",
    ),
    Page(
        "en-r48a-east-africa-directory-table-tabs",
        "en",
        "table_tabs;columns_after;country_in_language;not_signatory",
        "Member cities",
        (2025, 1, 27),
        """Lakes and Rift Cities Water Network

About | Members | Programmes | Resources | News

The Lakes and Rift Cities Water Network brings together city and municipal governments in
East and Southern Africa that share lakes, rivers and aquifers. Members exchange staff, pool
data on water quality and non-revenue water, and prepare joint proposals to funders. The
secretariat is hosted in Nairobi.

Full members take part in all programmes and vote at the General Assembly; associate members
take part in peer exchanges and may apply for full membership after one year.

Download the member list (XLSX)

Showing 20 members""",
        """City\tCountry\tSub-region\tLead department\tStatus
Kisumu\tKenya\tLake Victoria Basin\tWater, Environment and Climate Change\tFull member
Nakuru\tKenya\tRift Valley\tWater and Sanitation\tFull member
Mombasa\tKenya\tCoast\tWater, Natural Resources and Climate Resilience\tFull member
Eldoret\tKenya\tRift Valley\tWater Services\tAssociate
Arusha\tTanzania\tNorthern Zone\tUrban Planning and Environment\tFull member
Mwanza\tTanzania\tLake Victoria Basin\tEnvironment and Sanitation\tFull member
Dodoma\tTanzania\tCentral Zone\tWater and Sanitation\tAssociate
Kampala\tUganda\tLake Victoria Basin\tDirectorate of Engineering and Technical Services\tFull member
Jinja\tUganda\tLake Victoria Basin\tPublic Health and Environment\tFull member
Gulu\tUganda\tNorthern Region\tNatural Resources\tAssociate
Kigali\tRwanda\tCentral\tUrban Planning and Infrastructure\tFull member
Musanze\tRwanda\tNorthern Province\tEnvironment and Natural Resources\tAssociate
Addis Ababa\tEthiopia\tCentral Highlands\tWater and Sewerage Authority\tFull member
Hawassa\tEthiopia\tRift Valley Lakes\tUrban Development and Environment\tFull member
Bahir Dar\tEthiopia\tLake Tana Basin\tEnvironment Protection\tAssociate
Lusaka\tZambia\tKafue Basin\tPublic Health\tFull member
Ndola\tZambia\tCopperbelt\tEngineering Services\tAssociate
Lilongwe\tMalawi\tCentral Region\tEngineering and Environment\tFull member
Blantyre\tMalawi\tSouthern Region\tEngineering Services\tFull member
Mzuzu\tMalawi\tNorthern Region\tEnvironment and Planning\tAssociate""",
        """Is your city interested in joining? Read the membership criteria and contact the
secretariat.

Member spotlight
Jinja pilots real-time monitoring of the Nile source
Hawassa and Kisumu compare notes on lake shoreline management""",
        "Kisumu/KE; Nakuru/KE; Mombasa/KE; Eldoret/KE; Arusha/TZ; Mwanza/TZ; Dodoma/TZ; "
        "Kampala/UG; Jinja/UG; Gulu/UG; Kigali/RW; Musanze/RW; Addis Ababa/ET; Hawassa/ET; "
        "Bahir Dar/ET; Lusaka/ZM; Ndola/ZM; Lilongwe/MW; Blantyre/MW; Mzuzu/MW",
    ),
    Page(
        "en-r48a-au-nz-six-councils-join-running-text-host",
        "en",
        "running_text;not_signatory;country_in_language",
        "Six councils from Australia and Aotearoa New Zealand join the Cool Suburbs Compact",
        (2024, 11, 6),
        """News

The Cool Suburbs Compact has welcomed six new member councils, announced on the second day
of its annual forum in Adelaide, where more than 200 council officers, researchers and
community groups gathered to share work on urban heat.""",
        """The City of Ballarat, Hobart City Council, Logan City Council and the Shire of Augusta
Margaret River in Australia, and Palmerston North City Council and Nelson City Council in
Aotearoa New Zealand, have each endorsed the Compact's five commitments: mapping heat
vulnerability at street level, setting a canopy target for every suburb, shading bus stops and
playgrounds, opening cool refuges on hot days, and reporting progress every two years.""",
        """"Our summers are getting longer and our older residents feel it first," said the
Mayor of Ballarat, Cr Belinda Hargreaves. "Joining the Compact means we don't have to work it
out alone."

Compact chair Cr Tim Okonkwo, Deputy Lord Mayor of Adelaide, thanked the forum's hosts and
said the network now counted 47 member councils across both countries.

The new members will present their first heat maps at next year's forum.

Read more
Heat refuges: what we learned from summer 2023–24
Canopy targets by suburb: a how-to for councils""",
        "Ballarat/AU; Hobart/AU; Logan City|Logan/AU; Margaret River/AU; Palmerston North/NZ; "
        "Nelson/NZ",
    ),
    Page(
        "fr-r48a-appel-maires-departement-numero-metropole",
        "fr",
        "one_a_line;person_before;region_after;body_not_city;person_named_like_place;"
        "not_signatory;no_country",
        "Appel des maires pour des cours d'école rafraîchies",
        (2025, 5, 20),
        """Villes fraîches pour nos enfants — Actualités

Présenté lors du Salon des maires à Paris, l'appel est porté par 32 villes et métropoles qui
s'engagent à transformer les cours d'école en îlots de fraîcheur d'ici 2030.

Les épisodes de forte chaleur se multiplient et surviennent désormais en juin comme en
septembre, en pleine période scolaire. Dans beaucoup de nos écoles, la température au sol des
cours bitumées dépasse 50 °C l'après-midi.

Nous, maires et présidents d'intercommunalités, nous engageons à :
– désimperméabiliser et végétaliser au moins une cour d'école sur deux d'ici 2030 ;
– associer les élèves, les enseignants et les parents à la conception de chaque cour ;
– ouvrir ces cours aux habitants du quartier en dehors du temps scolaire ;
– partager nos retours d'expérience, nos coûts et nos cahiers des charges.

Nous demandons à l'État de pérenniser le fonds dédié et d'en simplifier l'accès pour les
petites communes.

Premiers signataires :""",
        """Éric Perrin-Vial, maire de Grenoble (38)
Henri Valence, maire de Poitiers (86)
Nadia Bouzid, maire de Saint-Étienne (42)
Gaëlle Le Bris, présidente de Rennes Métropole (35)
Claire Morvan, adjointe au maire de Nantes, déléguée à l'éducation (44)
Olivier Chesnel, maire d'Angers (49)
Sophie Larrieu, maire de Tours (37)
Bertrand Moutot, maire de Dijon (21)
Anne-Laure Girod, maire de Besançon (25)
Julien Schaeffer, maire de Metz (57)
Mathilde Aubry, maire de Nancy (54)
Thomas Wendling, maire de Strasbourg (67)
Lucie Baumann, maire de Mulhouse (68)
Karim Haddad, premier adjoint à la maire de Lille (59)
Élodie Caron, maire d'Amiens (80)
Pierre-Yves Lemaire, maire de Rouen (76)
Hélène Marie, maire de Caen (14)
Yann Le Goff, maire de Brest (29)
Maïwenn Guillou, maire de Lorient (56)
Jean-Marc Dufresne, maire de La Rochelle (17)
Camille Darrigade, maire de Bordeaux (33)
Pantxika Etcheverry, maire de Pau (64)
Laurent Castex, maire de Toulouse (31)
Sandrine Bousquet, maire d'Albi (81)
Mehdi Ferrand, maire de Montpellier (34)
Isabelle Roumieux, maire de Nîmes (30)
Fabrice Aubanel, maire d'Avignon (84)
Agnès Bonnet, maire de Valence (26)
Florian Dumollard, maire de Chambéry (73)
Véronique Sauvat, maire de Clermont-Ferrand (63)
Guillaume Faure, maire de Limoges (87)
Nathalie Brun, maire de Villeurbanne (69)""",
        """Vous êtes maire ou président(e) d'une intercommunalité ? Rejoignez l'appel en
remplissant le formulaire d'adhésion.

Contact presse : presse@villesfraiches.fr""",
        "Grenoble/FR; Poitiers/FR; Saint-Étienne/FR; "
        "Rennes Métropole|Métropole de Rennes/FR/metropolitan area; Nantes/FR; Angers/FR; "
        "Tours/FR; Dijon/FR; Besançon/FR; Metz/FR; Nancy/FR; Strasbourg/FR; Mulhouse/FR; "
        "Lille/FR; Amiens/FR; Rouen/FR; Caen/FR; Brest/FR; Lorient/FR; La Rochelle/FR; "
        "Bordeaux/FR; Pau/FR; Toulouse/FR; Albi/FR; Montpellier/FR; Nîmes/FR; Avignon/FR; "
        "Valence/FR; Chambéry/FR; Clermont-Ferrand/FR; Limoges/FR; Villeurbanne/FR",
    ),
    Page(
        "fr-r48a-sahel-communes-membres-pays-region-apres",
        "fr",
        "one_a_line;region_heading;region_after;country_in_language;not_signatory",
        "Nos communes membres",
        (2024, 10, 2),
        """Réseau des communes sahéliennes pour l'eau et l'assainissement (RECOSEA)

Accueil › Le réseau › Nos communes membres

Créé par des élus locaux convaincus que l'accès à l'eau potable se joue d'abord à l'échelle
de la commune, le RECOSEA réunit aujourd'hui 19 communes de sept pays d'Afrique de l'Ouest.
Son secrétariat permanent est installé à Ouagadougou.

Les communes membres partagent leurs expériences de gestion des bornes-fontaines, de
tarification sociale et de vidange des latrines, et mènent ensemble des projets soutenus par
leurs partenaires de coopération décentralisée.""",
        """Burkina Faso (3)
Commune de Bobo-Dioulasso — Région des Hauts-Bassins
Commune de Koudougou — Région du Centre-Ouest
Commune de Ouahigouya — Région du Nord

Mali (3)
Commune urbaine de Ségou — Région de Ségou
Commune urbaine de Sikasso — Région de Sikasso
Commune urbaine de Mopti — Région de Mopti

Niger (3)
Ville de Zinder — Région de Zinder
Ville de Maradi — Région de Maradi
Ville de Tahoua — Région de Tahoua

Sénégal (3)
Commune de Ziguinchor — Région de Ziguinchor
Commune de Saint-Louis — Région de Saint-Louis
Commune de Thiès — Région de Thiès

Côte d'Ivoire (2)
Commune de Bouaké — Région du Gbêkê
Commune de Korhogo — Région du Poro

Bénin (3)
Commune de Parakou — Département du Borgou
Commune d'Abomey — Département du Zou
Commune de Porto-Novo — Département de l'Ouémé

Togo (2)
Commune de Kozah 1 (Kara) — Région de la Kara
Commune de Tchaoudjo 1 (Sokodé) — Région Centrale""",
        """Votre commune souhaite adhérer ? Consultez les statuts et la procédure d'adhésion,
puis adressez une délibération du conseil municipal au secrétariat permanent.

À lire aussi
Tarification sociale de l'eau : retour sur l'atelier de Ségou
Vidange des latrines : un guide pratique pour les communes""",
        "Bobo-Dioulasso/BF; Koudougou/BF; Ouahigouya/BF; Ségou/ML; Sikasso/ML; Mopti/ML; "
        "Zinder/NE; Maradi/NE; Tahoua/NE; Ziguinchor/SN; Saint-Louis/SN; Thiès/SN; "
        "Bouaké/CI; Korhogo/CI; Parakou/BJ; Abomey/BJ; Porto-Novo/BJ; Kara/TG; Sokodé/TG",
    ),
    Page(
        "de-r48a-erklaerung-waermewende-tab-tabelle-land-unterzeichner",
        "de",
        "table_tabs;columns_after;person_after;region_after;body_not_city;not_signatory;no_country",
        "Erklärung „Wärmewende vor Ort“: die Unterzeichnenden",
        (2024, 4, 23),
        """Kommunalnetzwerk Wärme & Quartier

Startseite > Erklärung > Unterzeichnende

Die Erklärung „Wärmewende vor Ort“ wurde auf dem Kommunalkongress Wärme in Berlin vorgestellt.
Mit ihr verpflichten sich Städte, Gemeinden und Landkreise, ihre kommunale Wärmeplanung als
Umsetzungsprogramm zu verstehen, Wärmenetze und Quartierslösungen mit ihren Stadtwerken
voranzutreiben und die Bürgerinnen und Bürger frühzeitig zu beteiligen.

Von Bund und Ländern fordern die Unterzeichnenden eine verlässliche Förderung über das Jahr
2030 hinaus sowie mehr Personal für die Planungs- und Genehmigungsbehörden.

Stand der Liste: 23. April 2024 (20 Unterzeichnende)""",
        """Kommune\tLand\tunterzeichnet durch\tDatum
Landeshauptstadt Hannover\tNiedersachsen\tOberbürgermeister Jens-Peter Albrecht\t12.03.2024
Stadt Freiburg im Breisgau\tBaden-Württemberg\tBürgermeisterin Dr. Sabine Kehl\t12.03.2024
Universitätsstadt Tübingen\tBaden-Württemberg\tOberbürgermeister Matthias Renz\t12.03.2024
Landkreis Tübingen\tBaden-Württemberg\tLandrätin Ulrike Straub\t14.03.2024
Stadt Konstanz\tBaden-Württemberg\tOberbürgermeister Florian Hägele\t14.03.2024
Stadt Heidelberg\tBaden-Württemberg\tBürgermeister Prof. Dr. Tobias Wendt\t18.03.2024
documenta-Stadt Kassel\tHessen\tOberbürgermeisterin Nicole Bergmann\t18.03.2024
Wissenschaftsstadt Darmstadt\tHessen\tOberbürgermeister Stefan Lauer\t19.03.2024
Stadt Münster\tNordrhein-Westfalen\tOberbürgermeister Christoph Brandl\t19.03.2024
Stadt Bielefeld\tNordrhein-Westfalen\tBeigeordnete Dr. Anja Köhler\t21.03.2024
Stadt Aachen\tNordrhein-Westfalen\tOberbürgermeisterin Petra Dreessen\t21.03.2024
Hansestadt Lübeck\tSchleswig-Holstein\tBürgermeister Henning Voss\t25.03.2024
Hanse- und Universitätsstadt Rostock\tMecklenburg-Vorpommern\tSenatorin Katrin Möller\t25.03.2024
Universitäts- und Hansestadt Greifswald\tMecklenburg-Vorpommern\tSenator Lars Petersen\t02.04.2024
Landeshauptstadt Potsdam\tBrandenburg\tBeigeordneter Bernd Rathke\t02.04.2024
Stadt Jena\tThüringen\tOberbürgermeister Daniel Thiele\t04.04.2024
Landeshauptstadt Erfurt\tThüringen\tOberbürgermeister Ronny Kaiser\t04.04.2024
Stadt Halle (Saale)\tSachsen-Anhalt\tBürgermeisterin Judith Wagner\t10.04.2024
Stadt Regensburg\tBayern\tOberbürgermeisterin Gertrud Hammerl\t15.04.2024
Landeshauptstadt Saarbrücken\tSaarland\tOberbürgermeister Uwe Becker-Klein\t22.04.2024""",
        """Ihre Kommune möchte die Erklärung mitzeichnen? Senden Sie uns den unterschriebenen
Beitrittsbogen oder einen Beschluss Ihres Rates bzw. Kreistages.

Das könnte Sie auch interessieren
Leitfaden: Von der Wärmeplanung zum Wärmenetz
Dokumentation des Kommunalkongresses Wärme 2024""",
        "Hannover|Hanover/DE; Freiburg im Breisgau|Freiburg/DE; Tübingen/DE; "
        "Landkreis Tübingen|Tübingen District/DE/county; Konstanz/DE; Heidelberg/DE; "
        "Kassel/DE; Darmstadt/DE; Münster/DE; Bielefeld/DE; Aachen/DE; Lübeck/DE; Rostock/DE; "
        "Greifswald/DE; Potsdam/DE; Jena/DE; Erfurt/DE; Halle (Saale)/DE; Regensburg/DE; "
        "Saarbrücken/DE",
    ),
    Page(
        "de-r48a-oesterreich-neue-mitglieder-stadtgemeinde-marktgemeinde-bundesland",
        "de",
        "bulleted;region_after;not_signatory",
        "Sieben Gemeinden treten dem Netzwerk „Klimafitte Ortskerne“ bei",
        (2025, 4, 9),
        """Klimafitte Ortskerne Österreich — Aktuelles

Bei der Generalversammlung in Villach hat das Netzwerk „Klimafitte Ortskerne“ sieben neue
Mitgliedsgemeinden aufgenommen. Damit arbeiten nun 58 Städte und Gemeinden aus allen
Bundesländern daran, ihre Zentren zu entsiegeln, zu begrünen und wieder zu beleben.

Neu im Netzwerk sind:""",
        """– Stadtgemeinde Leoben (Steiermark)
– Marktgemeinde Wolfurt (Vorarlberg)
– Statutarstadt Wels (Oberösterreich)
– Marktgemeinde Telfs (Tirol)
– Stadtgemeinde Baden (Niederösterreich)
– Stadtgemeinde Hallein (Salzburg)
– Stadtgemeinde Weiz (Steiermark)""",
        """„Ein Ortskern, in dem man im Juli nicht mehr sitzen kann, verliert seine Menschen“,
sagte die Gastgeberin, Villachs Vizebürgermeisterin Mag.a Theresa Krainer, in ihrer
Begrüßung. Netzwerk-Obmann Bürgermeister Andreas Pichler aus Gleisdorf verwies auf die
Erfahrungen der ersten Mitglieder: Wo Parkplätze zu Plätzen geworden seien, seien auch die
Geschäfte zurückgekehrt.

Die neuen Mitglieder starten im Herbst mit einem gemeinsamen Workshop zur Entsiegelung von
Straßenräumen. Die nächste Generalversammlung findet im Frühjahr 2026 in Dornbirn statt.

Weitere Meldungen
Förderaufruf Ortskernbelebung: Einreichfrist verlängert
Baumpflanzungen im Straßenraum: neuer Praxisleitfaden""",
        "Leoben/AT; Wolfurt/AT; Wels/AT; Telfs/AT; Baden/AT; Hallein/AT; Weiz/AT",
    ),
    Page(
        "es-r48a-declaracion-ayuntamientos-numerada-alcaldesa-diputacion",
        "es",
        "numbered;person_after;person_named_like_place;body_not_city;not_signatory;no_country",
        "Declaración por una movilidad urbana segura y sostenible",
        (2024, 10, 25),
        """Red de Ciudades por la Movilidad Activa

Inicio / Actualidad / Declaración por una movilidad urbana segura y sostenible

Las alcaldesas y los alcaldes reunidos en las XI Jornadas de Movilidad Activa, acogidas este
año por el Ayuntamiento de Valladolid, han firmado una declaración conjunta que fija objetivos
comunes de seguridad vial y reparto del espacio público.

Los firmantes se comprometen a:

a) Reducir a la mitad, antes de 2030, el número de personas fallecidas y heridas graves en
   sus calles;
b) Extender la velocidad máxima de 30 km/h a todas las vías de un carril por sentido;
c) Completar una red continua y segura de itinerarios peatonales y ciclistas que conecte
   centros educativos, sanitarios y de empleo;
d) Publicar cada año los datos de siniestralidad y de reparto modal de su municipio.

Entidades firmantes:""",
        """1. Ayuntamiento de Burgos – D.ª Cristina Arranz Pardo, alcaldesa
2. Ayuntamiento de Palencia – D. Óscar Merino Tejedor, alcalde
3. Ayuntamiento de León – D. Rubén Fidalgo Castro, alcalde
4. Ayuntamiento de Soria – D.ª Mercedes Toledo Ruiz, alcaldesa
5. Ayuntamiento de Segovia – D. Alberto Sanz Gilsanz, alcalde
6. Ayuntamiento de Zamora – D. Ignacio Prieto Ferrero, alcalde
7. Ayuntamiento de Ponferrada – D.ª Noelia Álvarez Cuadrado, teniente de alcalde
8. Ayuntamiento de Logroño – D. Javier Sáenz de Cabezón, alcalde
9. Ayuntamiento de Pamplona / Iruñeko Udala – D. Mikel Goñi Arraiza, alcalde
10. Ayuntamiento de Vitoria-Gasteiz – D.ª Ainhoa Ruiz de Arbulo, alcaldesa
11. Diputación Provincial de Huesca – D. Jorge Lacasa Buil, presidente
12. Ayuntamiento de Teruel – D.ª Pilar Lahoz Martín, alcaldesa
13. Ayuntamiento de Cáceres – D. Francisco Javier Bravo Rol, alcalde
14. Ayuntamiento de Badajoz – D.ª Lucía Gragera Méndez, concejala de Movilidad
15. Ayuntamiento de Jaén – D. Antonio Cobo Extremera, alcalde
16. Ayuntamiento de Murcia – D.ª Encarnación Pérez Lorca, alcaldesa
17. Ayuntamiento de Cartagena – D. José Ángel Meroño Sáez, alcalde""",
        """El Ayuntamiento de Valladolid, anfitrión de las Jornadas, se adherirá a la
declaración una vez sea aprobada por su Pleno municipal.

Las entidades locales que deseen sumarse pueden remitir el certificado del acuerdo de
adhesión a la secretaría técnica de la Red.

Noticias relacionadas
Balance de las XI Jornadas de Movilidad Activa
Guía de caminos escolares seguros: nueva edición""",
        "Burgos/ES; Palencia/ES; León/ES; Soria/ES; Segovia/ES; Zamora/ES; Ponferrada/ES; "
        "Logroño/ES; Pamplona/ES; Vitoria-Gasteiz/ES; "
        "Diputación Provincial de Huesca|Huesca Province/ES/province; Teruel/ES; Cáceres/ES; "
        "Badajoz/ES; Jaén/ES; Murcia/ES; Cartagena/ES",
    ),
    Page(
        "es-r48a-red-andina-ciudades-tabla-espacios-pais-poblacion",
        "es",
        "table_tabs;columns_after;country_in_language;not_signatory",
        "Ciudades miembro de la Red Andina de Ciudades Resilientes",
        (2025, 2, 11),
        """Red Andina de Ciudades Resilientes

Quiénes somos | Ciudades miembro | Proyectos | Publicaciones | Contacto

La Red Andina de Ciudades Resilientes reúne a gobiernos locales de la región andina y del
Cono Sur que trabajan en gestión del riesgo de desastres, adaptación al cambio climático y
planificación urbana. La secretaría ejecutiva funciona en Quito.

Las ciudades miembro participan en intercambios técnicos, en la escuela de verano de la Red y
en la elaboración conjunta de planes de resiliencia.""",
        """Ciudad                    País         Población    Año de adhesión
Cuenca                    Ecuador      636.000      2016
Loja                      Ecuador      274.000      2018
Riobamba                  Ecuador      264.000      2021
Ibarra                    Ecuador      221.000      2022
Arequipa                  Perú         1.195.000    2016
Trujillo                  Perú         1.067.000    2017
Cusco                     Perú         428.000      2019
Huancayo                  Perú         456.000      2023
Cochabamba                Bolivia      841.000      2016
Sucre                     Bolivia      224.000      2018
Tarija                    Bolivia      159.000      2020
Manizales                 Colombia     434.000      2016
Pasto                     Colombia     392.000      2017
Popayán                   Colombia     318.000      2019
Tunja                     Colombia     172.000      2022
Valparaíso                Chile        282.000      2017
Temuco                    Chile        238.000      2020
Antofagasta               Chile        401.000      2024
Mendoza                   Argentina    115.000      2018
Salta                     Argentina    520.000      2019
San Miguel de Tucumán     Argentina    548.000      2024""",
        """Población: estimación del municipio o cantón; fuente: institutos nacionales de
estadística.

¿Su ciudad quiere sumarse a la Red? Escríbanos a secretaria@redandinaresiliente.org.

Últimas noticias
Manizales acoge la escuela de verano sobre gestión de laderas
Nueva guía de alerta temprana ante inundaciones""",
        "Cuenca/EC; Loja/EC; Riobamba/EC; Ibarra/EC; Arequipa/PE; Trujillo/PE; Cusco/PE; "
        "Huancayo/PE; Cochabamba/BO; Sucre/BO; Tarija/BO; Manizales/CO; Pasto/CO; "
        "Popayán/CO; Tunja/CO; Valparaíso/CL; Temuco/CL; Antofagasta/CL; Mendoza/AR; "
        "Salta/AR; San Miguel de Tucumán/AR",
    ),
    Page(
        "it-r48a-carta-acqua-comuni-sigla-provincia-citta-metropolitana",
        "it",
        "one_a_line;state_codes;no_country;body_not_city;not_signatory",
        "Carta dei Comuni per l'acqua bene comune: gli enti firmatari",
        (2024, 3, 22),
        """Coordinamento Enti Locali per l'Acqua

Home › La Carta › Enti firmatari

In occasione della Giornata mondiale dell'acqua, il Coordinamento pubblica l'elenco
aggiornato degli enti locali che hanno sottoscritto la Carta dei Comuni per l'acqua bene
comune. Con la firma, ciascun ente si impegna a:

• garantire a ogni residente un quantitativo minimo vitale di acqua anche in caso di morosità
  incolpevole;
• ridurre le perdite di rete sotto il 25% entro il 2030, d'intesa con il gestore del
  servizio idrico;
• installare fontanelle pubbliche e case dell'acqua in ogni quartiere;
• promuovere nelle scuole e negli uffici comunali il consumo di acqua di rete.

La segreteria tecnica della Carta ha sede presso il Comune di Pisa.

Enti firmatari (aggiornato al 22 marzo 2024):""",
        """Comune di Parma (PR)
Comune di Reggio nell'Emilia (RE)
Comune di Modena (MO)
Città metropolitana di Bologna
Comune di Ferrara (FE)
Comune di Ravenna (RA)
Comune di Forlì (FC)
Comune di Rimini (RN)
Comune di Pesaro (PU)
Comune di Ancona (AN)
Comune di Macerata (MC)
Comune di Pescara (PE)
Comune di Chieti (CH)
Comune di Como (CO)
Comune di Bergamo (BG)
Comune di Brescia (BS)
Comune di Cremona (CR)
Comune di Mantova (MN)
Comune di Siena (SI)
Comune di Lucca (LU)
Comune di Pistoia (PT)
Comune di Arezzo (AR)
Comune di Matera (MT)
Comune di Novara (NO)
Comune di Savona (SV)
Comune di Salerno (SA)
Comune di Lecce (LE)
Comune di Trento (TN)
Comune di Vicenza (VI)
Comune di Udine (UD)""",
        """Per aderire alla Carta è sufficiente una delibera di Giunta o di Consiglio comunale,
da trasmettere alla segreteria tecnica insieme al modulo di adesione firmato dal Sindaco.

Potrebbe interessarti anche
Case dell'acqua: mappa delle installazioni nei Comuni firmatari
Perdite di rete: i dati 2023 dei gestori""",
        "Parma/IT; Reggio Emilia|Reggio nell'Emilia/IT; Modena/IT; "
        "Città metropolitana di Bologna|Metropolitan City of Bologna/IT/metropolitan area; "
        "Ferrara/IT; Ravenna/IT; Forlì/IT; Rimini/IT; Pesaro/IT; Ancona/IT; Macerata/IT; "
        "Pescara/IT; Chieti/IT; Como/IT; Bergamo/IT; Brescia/IT; Cremona/IT; "
        "Mantova|Mantua/IT; Siena/IT; Lucca/IT; Pistoia/IT; Arezzo/IT; Matera/IT; Novara/IT; "
        "Savona/IT; Salerno/IT; Lecce/IT; Trento/IT; Vicenza/IT; Udine/IT",
    ),
    Page(
        "it-r48a-borghi-nuove-adesioni-running-sigle-unione-comuni",
        "it",
        "running_text;state_codes;body_not_city;not_signatory;no_country",
        "Sei Comuni e un'Unione aderiscono alla Rete dei Borghi in Transizione",
        (2024, 6, 7),
        """Rete dei Borghi in Transizione — Notizie

Si è svolta a Perugia, nella Sala dei Notari, l'assemblea annuale della Rete dei Borghi in
Transizione, che ha approvato il programma di attività 2024–2025 e ratificato le nuove
adesioni.""",
        """Entrano a far parte della Rete i Comuni di Cortona (AR), Montepulciano e Pienza (SI),
Spello e Bevagna (PG) e Urbino (PU), insieme all'Unione dei Comuni del Trasimeno, che
aderisce a nome dei suoi otto Comuni.""",
        """«Sono borghi che hanno già fatto molto su energia, mobilità dolce e accoglienza
diffusa, e che porteranno nella Rete esperienze preziose», ha dichiarato la presidente della
Rete, la sindaca di Gubbio Lucia Ferretti, ringraziando il Comune di Perugia per
l'ospitalità.

Con le nuove adesioni la Rete conta 64 enti in nove regioni. Il prossimo appuntamento è il
seminario di settembre sulle comunità energetiche rinnovabili nei centri storici.

Leggi anche
Comunità energetiche nei borghi: il vademecum della Rete
Turismo lento: la mappa dei cammini tra i Comuni aderenti""",
        "Cortona/IT; Montepulciano/IT; Pienza/IT; Spello/IT; Bevagna/IT; Urbino/IT; "
        "Unione dei Comuni del Trasimeno|Trasimeno/IT/union of municipalities",
    ),
    Page(
        "pt-r48a-carta-prefeitas-primeira-infancia-uf-pessoa-vitoria",
        "pt",
        "one_a_line;person_before;state_codes;no_country;person_named_like_place;not_signatory",
        "Carta de Prefeitas e Prefeitos pela Primeira Infância",
        (2025, 4, 30),
        """Rede Cidades que Cuidam

Início > Notícias > Carta de Prefeitas e Prefeitos pela Primeira Infância

Vinte prefeitas e prefeitos de todas as regiões do país assinaram a Carta pela Primeira
Infância, entregue nesta quarta-feira ao Ministério do Desenvolvimento e Assistência Social,
em Brasília. O documento reúne compromissos para ampliar vagas em creches, qualificar o
atendimento em saúde nos primeiros mil dias e levar o olhar da criança ao planejamento
urbano, com praças, calçadas e travessias pensadas para quem tem até seis anos.

Entre os compromissos, os municípios signatários se comprometem a elaborar ou revisar seus
Planos Municipais pela Primeira Infância até o fim de 2026 e a publicar anualmente um painel
de indicadores.

Assinam a carta:""",
        """Joana Ferraz Cavalcanti – Prefeita do Recife (PE)
Vitória Andrade Lemos – Prefeita de Maringá (PR)
Ricardo Takeda – Prefeito de Londrina (PR)
Anderson Kühl – Prefeito de Joinville (SC)
Mariana Schmitt – Prefeita de Blumenau (SC)
Paulo Renato Bittencourt – Prefeito de Pelotas (RS)
Luciana Dal Molin – Prefeita de Caxias do Sul (RS)
Fernando Prado Leite – Prefeito de Sorocaba (SP)
Cláudia Mendes Rocha – Vice-prefeita de Santos (SP), representando o prefeito
Rafael Couto – Prefeito de Niterói (RJ)
Heloísa Duarte – Prefeita de Juiz de Fora (MG)
Marcos Vinícius Arantes – Prefeito de Uberlândia (MG)
Tatiane Borges – Prefeita de Goiânia (GO)
Francisco das Chagas Leal – Prefeito de Teresina (PI)
Ana Beatriz Medeiros – Prefeita de Natal (RN)
Eduardo Tenório – Prefeito de Maceió (AL)
Patrícia Dantas – Prefeita de Aracaju (SE)
Jorge Luís Cerqueira – Prefeito de Feira de Santana (BA)
Simone Arruda – Prefeita de Cuiabá (MT)
Gilberto Nogueira – Prefeito de Porto Velho (RO)""",
        """A carta segue aberta a novas adesões. Municípios interessados podem preencher o
formulário disponível na área de membros.

Leia também
Planos Municipais pela Primeira Infância: guia passo a passo
Praças para brincar: dez projetos de municípios da Rede""",
        "Recife/BR; Maringá/BR; Londrina/BR; Joinville/BR; Blumenau/BR; Pelotas/BR; "
        "Caxias do Sul/BR; Sorocaba/BR; Santos/BR; Niterói/BR; Juiz de Fora/BR; "
        "Uberlândia/BR; Goiânia/BR; Teresina/BR; Natal/BR; Maceió/BR; Aracaju/BR; "
        "Feira de Santana/BR; Cuiabá/BR; Porto Velho/BR",
    ),
    Page(
        "nl-r48a-leden-land-provincie-koppen-limburg-utrecht-antwerpen",
        "nl",
        "one_a_line;region_heading;region_like_country;country_in_language",
        "Onze leden",
        (2024, 12, 3),
        """Netwerk Groene Binnensteden

Home > Over ons > Leden

Het Netwerk Groene Binnensteden verbindt Nederlandse en Vlaamse gemeenten die hun
binnenstad vergroenen, verkoelen en autoluw maken. Leden delen kennis over ontharding,
bomen in versteend gebied, stadslogistiek en het betrekken van ondernemers. Het secretariaat
is ondergebracht in Den Haag.

Hieronder vindt u alle 22 leden, per land en provincie.""",
        """Nederland

Gelderland (3)
Gemeente Arnhem
Gemeente Nijmegen
Gemeente Zutphen

Noord-Brabant (4)
Gemeente Eindhoven
Gemeente Tilburg
Gemeente Breda
Gemeente 's-Hertogenbosch

Limburg (3)
Gemeente Maastricht
Gemeente Heerlen
Gemeente Venlo

Overijssel (2)
Gemeente Zwolle
Gemeente Deventer

Utrecht (1)
Gemeente Amersfoort

België (Vlaanderen)

Oost-Vlaanderen (2)
Stad Gent
Stad Aalst

Vlaams-Brabant (1)
Stad Leuven

Antwerpen (2)
Stad Mechelen
Stad Turnhout

Limburg (2)
Stad Hasselt
Stad Genk

West-Vlaanderen (2)
Stad Brugge
Stad Kortrijk""",
        """Wilt u lid worden? Bekijk de voorwaarden en het contributieoverzicht, of neem contact
op met het secretariaat.

Uitgelicht
Tegels eruit, groen erin: resultaten van de landelijke actieweek
Bomen in de binnenstad: ervaringen uit Gent en Zwolle""",
        "Arnhem/NL; Nijmegen/NL; Zutphen/NL; Eindhoven/NL; Tilburg/NL; Breda/NL; "
        "'s-Hertogenbosch|Den Bosch/NL; Maastricht/NL; Heerlen/NL; Venlo/NL; Zwolle/NL; "
        "Deventer/NL; Amersfoort/NL; Gent|Ghent/BE; Aalst/BE; Leuven/BE; Mechelen/BE; "
        "Turnhout/BE; Hasselt/BE; Genk/BE; Brugge|Bruges/BE; Kortrijk/BE",
    ),
]

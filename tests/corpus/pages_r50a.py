"""Batch r50a: 14 held-out pages written for issue #20, without reading the reader or running it.

Modelled on what city networks publish today, in English (a US mayors' coalition letter of
`Name, Mayor of City, ST` lines to Congress with mayors named Austin, Jordan and Washington;
a UK network's members page under England / Scotland / Wales / Northern Ireland headings
with `X City Council`, a combined authority and a county council, then partners that are
not members; an Asia-Pacific declaration copied from a PDF, hyphenated at line ends, with
page headers between its signatories and a venue that did not sign; a global network's
news of new members in running text, beside the board's venue and existing members),
French (signature blocks `Pour la Ville de X, / La Maire, / Name` under `Fait à Paris`
with an Eurométropole; a francophone members directory of 29 cities under countries in
French, `Genève`, `Fès`, `Québec`), German (a tab table of `Landeshauptstadt`,
`Wissenschaftsstadt`, `Bundesstadt X` with Land, population and date columns and a
Landkreis; news of Austrian and Swiss members in running text with `sowie`, a venue in
Linz), Spanish (a Latin American declaration of `Name, Alcaldesa de X (País)` lines with
mayors named Santiago and Florencia and a venue in Panamá; Spanish members under
autonomous community headings with `Ayuntamiento de X` and a Diputación), Italian
(`i Comuni di X, Y e Z` in running text with a metropolitan city and a union of
municipalities, presented in Rome), Portuguese (numbered `Município de X` /
`Câmara Municipal de X` with an intermunicipal community), Dutch (bulleted
`burgemeester Name (Gemeente X)` of Dutch and Belgian border towns, a mayor named Tiel)
and Danish (new `X Kommune` members and a region, announced at a meeting in Kolding).
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r50a-us-mayors-letter-state-codes-named-like-places",
        "en",
        "one_a_line;state_codes;no_country;person_before;person_named_like_place;not_signatory",
        "Mayors call on Congress to fund extreme heat resilience",
        (2025, 6, 18),
        """Coalition of Mayors for Heat-Safe Cities · Letters & Statements

As summer temperatures break records again, 14 mayors from across the Sun Belt and the
Midwest wrote to congressional leaders in Washington this week, asking for a dedicated
federal funding stream for cooling centers, tree canopy and heat-health alerts. The letter
was finalized at the coalition's spring working session in Denver.

Read the full letter below.

Dear Speaker and Leader,

Extreme heat is now the deadliest weather hazard our residents face. Our cities are
opening cooling centers earlier every year, retrofitting bus shelters, and checking on
older neighbors who live alone. We cannot keep doing this with one-off grants.

We ask Congress to:

1. Create a permanent Extreme Heat Resilience Block Grant, allocated by formula to
   cities and counties;
2. Fund the National Integrated Heat Health Information System at no less than last
   year's level;
3. Allow FEMA mitigation funds to be used for urban tree planting and cool roofs.

We stand ready to work with you.

Sincerely,""",
        """Denise Okafor, Mayor of Phoenix, AZ
Austin Reyes, Mayor of Tucson, AZ
Laura Whitley, Mayor of Sacramento, CA
Marcus Bell, Mayor of Houston, TX
Priya Raman, Mayor of San Antonio, TX
Samuel Ortega, Mayor of El Paso, TX
Helen Dubois, Mayor of Las Vegas, NV
Raymond Tso, Mayor of Albuquerque, NM
Jordan Whitfield, Mayor of Miami, FL
Carla Jimenez, Mayor of Tampa, FL
Tyrone Washington, Mayor of Memphis, TN
Ann Kowalski, Mayor of Milwaukee, WI
Beth Lindqvist, Mayor of Saint Paul, MN
Greg Halvorsen, Mayor of Boise, ID""",
        """Media contact: press@heatsafecities.org

The Coalition of Mayors for Heat-Safe Cities is a nonpartisan network of local leaders.
Cities interested in joining can write to the secretariat.""",
        "Phoenix/US; Tucson/US; Sacramento/US; Houston/US; San Antonio/US; El Paso/US;"
        " Las Vegas/US; Albuquerque/US; Miami/US; Tampa/US; Memphis/US; Milwaukee/US;"
        " Saint Paul/US; Boise/US",
    ),
    Page(
        "en-r50a-uk-network-members-nation-headings-councils",
        "en",
        "one_a_line;region_heading;body_not_city;no_country;not_signatory",
        "Our members",
        (2025, 3, 4),
        """Streets for Living UK is a network of local authorities working to make streets
safer, greener and healthier. Members share evidence, pilot schemes together and speak
with one voice to government.

Membership is open to any local authority in the UK. Associate status is available to
universities, charities and transport operators.

Member authorities (30)""",
        """England

Birmingham City Council
Bristol City Council
Cambridge City Council
Coventry City Council
Exeter City Council
Hull City Council
Leeds City Council
Leicester City Council
Liverpool City Council
Manchester City Council
Newcastle City Council
Norwich City Council
Nottingham City Council
Oxford City Council
Plymouth City Council
Sheffield City Council
City of York Council
Brighton & Hove City Council
West Yorkshire Combined Authority
Cornwall Council

Scotland

Glasgow City Council
The City of Edinburgh Council
Dundee City Council
Aberdeen City Council
Stirling Council

Wales

Cardiff Council
Swansea Council
Newport City Council

Northern Ireland

Belfast City Council
Derry City & Strabane District Council""",
        """Associate members

University of Leeds · Living Streets Cymru · Transport for Greater Manchester ·
Active Travel Northern Ireland Forum

Want to join? Download the membership pack (PDF, 1.2 MB) or email the network team.
Our secretariat is hosted at The Engine House, 14 Mill Lane, Derby DE1 2AB.""",
        "Birmingham/GB; Bristol/GB; Cambridge/GB; Coventry/GB; Exeter/GB;"
        " Kingston upon Hull|Hull/GB; Leeds/GB; Leicester/GB; Liverpool/GB; Manchester/GB;"
        " Newcastle upon Tyne/GB; Norwich/GB; Nottingham/GB; Oxford/GB; Plymouth/GB;"
        " Sheffield/GB; York/GB; Brighton|Brighton and Hove/GB;"
        " West Yorkshire Combined Authority|West Yorkshire/GB/metropolitan area;"
        " Cornwall Council|Cornwall/GB/county;"
        " Glasgow/GB; Edinburgh/GB; Dundee/GB; Aberdeen/GB; Stirling/GB; Cardiff/GB;"
        " Swansea/GB; Newport/GB; Belfast/GB; Derry|Londonderry/GB",
        note="Derby is the secretariat's address, Leeds reappears in a university's name",
    ),
    Page(
        "en-r50a-asia-pacific-declaration-pdf-hyphenated-headers",
        "en",
        "one_a_line;broken_lines;not_signatory",
        "Asia-Pacific Coastal Cities Declaration on Adaptation Finance",
        (2024, 11, 27),
        """Download the declaration (PDF)  |  Bahasa Indonesia  |  Tiếng Việt  |  日本語

The text below is copied from the signed declaration adopted on 26 November at the Asia-
Pacific Urban Resilience Forum, held at the United Nations Conference Centre in Bangkok.

ASIA-PACIFIC COASTAL CITIES DECLARATION ON ADAPTATION FINANCE                  2

We, the undersigned local governments of coastal cities of Asia and the Pacific,
recognise that rising seas, stronger storms and saltwater intrusion already affect
the daily lives of our residents, and that the cost of protecting them falls first on
cities with the least access to capital.

We commit to:
(a) publish a coastal risk and investment plan by the end of 2026;
(b) protect and restore mangroves, wetlands and reefs as first lines of de-
fence;
(c) share data on flooding, subsidence and damage with neighbouring munici-
palities and with national agencies.

We call on national governments and multilateral development banks to open direct
access windows for sub-national adaptation finance.

ASIA-PACIFIC COASTAL CITIES DECLARATION ON ADAPTATION FINANCE                  3

SIGNATORIES""",
        """City of Yokohama, Japan
Busan Metropolitan City, Republic of Korea
Surabaya City Government, Indonesia
Makassar City Government, Indo-
nesia
Quezon City Government, Philippines
Iloilo City Government, Philip-
pines
Da Nang City People's Committee, Viet Nam
Can Tho City People's Committee, Viet
Nam
Khulna City Corporation, Bangladesh
Chattogram City Corpo-
ration, Bangladesh

ASIA-PACIFIC COASTAL CITIES DECLARATION ON ADAPTATION FINANCE                  4

Colombo Municipal Council, Sri Lanka
Kuantan City Council, Malaysia
Suva City Council, Fiji
Honiara City Council, Solomon
Islands
Auckland Council, New Zealand
City of Fremantle, Western Australia""",
        """Observers: Asian Development Bank; UN-Habitat Regional Office for Asia and the
Pacific (Fukuoka); ICLEI Oceania.

The declaration remains open for signature by local governments of the region. Contact
the forum secretariat to add your city.""",
        "Yokohama/JP; Busan/KR; Surabaya/ID; Makassar/ID; Quezon City/PH; Iloilo|Iloilo City/PH;"
        " Da Nang|Đà Nẵng/VN; Can Tho|Cần Thơ/VN; Khulna/BD; Chattogram|Chittagong/BD;"
        " Colombo/LK; Kuantan/MY; Suva/FJ; Honiara/SB; Auckland/NZ; Fremantle/AU",
        note="Bangkok is the venue, Fukuoka an observer's seat",
    ),
    Page(
        "en-r50a-global-network-new-members-running-text",
        "en",
        "running_text;not_signatory",
        "Nine cities join the Urban Futures Alliance",
        (2025, 2, 12),
        """News  ›  Network

The Urban Futures Alliance grows to 118 member cities across 46 countries.

Meeting in Lisbon on 10 February, the Alliance's Executive Board approved nine new
membership applications, the largest intake since the network's founding. The new members
bring experience in informal settlement upgrading, flood management and public transport
reform, and more than half of them are in Africa.""",
        """The Board welcomed Kisumu and Nakuru in Kenya, Accra and Tema in Ghana, Kigali
(Rwanda), Mwanza (Tanzania), Lilongwe in Malawi, as well as Rosario and Mendoza in
Argentina.""",
        """“Each of these cities has already shown what local leadership can achieve,” said
the Alliance's president, Mayor Thandiwe Mkhize, speaking from Durban. “They join Nairobi,
Kampala and Addis Ababa in our African caucus, and Buenos Aires and Córdoba in our Latin
American one.”

New members take part in the Alliance's peer-learning programme from the spring, starting
with a study visit to Medellín in April.

Read more: How to become a member · Our regional caucuses · 2024 Annual Report""",
        "Kisumu/KE; Nakuru/KE; Accra/GH; Tema/GH; Kigali/RW; Mwanza/TZ; Lilongwe/MW;"
        " Rosario/AR; Mendoza/AR",
        note="Lisbon is the Board's venue; Durban, Nairobi, Kampala, Addis Ababa, Buenos Aires,"
        " Córdoba are existing members, Medellín a study visit",
    ),
    Page(
        "fr-r50a-appel-maires-blocs-de-signature-eurometropole",
        "fr",
        "one_a_line;person_after;body_not_city;not_signatory",
        "Appel des maires pour la rénovation thermique des écoles",
        (2024, 3, 14),
        """Accueil > Nos actions > Appels et tribunes

À l'initiative du réseau Villes & Écoles durables, onze exécutifs locaux ont signé
jeudi un appel commun adressé au Gouvernement. Ils demandent un fonds pluriannuel dédié à
la rénovation des bâtiments scolaires, dont les communes assument seules la charge.

« Nos écoles sont des passoires thermiques : on y a froid l'hiver et trop chaud en juin.
Nous ne pouvons plus attendre les appels à projets ponctuels. »

Les signataires demandent :
– un fonds de 2 milliards d'euros par an pendant dix ans ;
– une simplification des règles de la commande publique pour les petits travaux ;
– l'association des communes à la planification nationale.

Fait à Paris, le 14 mars 2024.""",
        """Pour la Ville de Rennes,
La Maire,
Claire Lemoigne

Pour la Ville de Nantes,
Le Premier adjoint, par délégation,
Yann Kerbrat

Pour la Ville de Grenoble,
Le Maire,
Étienne Faure-Blanc

Pour la Ville de Tours,
Le Maire,
Mathieu Rivière

Pour la Ville de Poitiers,
La Maire,
Inès Bellamy

Pour la Ville de Besançon,
La Maire,
Sophie Delorme

Pour la Ville de Dijon,
Le Maire,
Bernard Chaumont

Pour la Ville de Lorient,
Le Maire,
Erwan Le Bihan

Pour la Ville de Villeurbanne,
Le Maire,
Karim Benali

Pour la Ville de Montreuil,
La Maire,
Nadia Ferrand

Pour l'Eurométropole de Strasbourg,
La Présidente,
Anne-Laure Weiss""",
        """Contact presse : Villes & Écoles durables, 12 rue des Carmes, 45000 Orléans.

Votre commune souhaite s'associer à l'appel ? Remplissez le formulaire d'adhésion.""",
        "Rennes/FR; Nantes/FR; Grenoble/FR; Tours/FR; Poitiers/FR; Besançon/FR; Dijon/FR;"
        " Lorient/FR; Villeurbanne/FR; Montreuil/FR;"
        " Eurométropole de Strasbourg|Strasbourg Eurometropolis/FR/metropolitan area",
        note="Paris is where the appeal was signed, Orléans the network's address",
    ),
    Page(
        "fr-r50a-reseau-francophone-membres-pays-en-francais",
        "fr",
        "one_a_line;region_heading;country_in_language;columns_after",
        "Les villes membres du réseau",
        (2025, 1, 20),
        """Le Réseau des villes francophones pour la transition rassemble des collectivités de
quatre continents qui partagent une langue et une ambition : des villes sobres, justes et
résilientes. Retrouvez ci-dessous les villes membres, classées par pays.

Filtrer : Tous les pays ▾   |   Rechercher une ville…

29 villes membres""",
        """France
Lyon — Voir la fiche
Lille — Voir la fiche
Nantes — Voir la fiche
Strasbourg — Voir la fiche
Montpellier — Voir la fiche
Bordeaux — Voir la fiche
Toulouse — Voir la fiche
Rouen — Voir la fiche

Belgique
Liège — Voir la fiche
Namur — Voir la fiche
Mons — Voir la fiche
Charleroi — Voir la fiche
Bruxelles — Voir la fiche

Suisse
Genève — Voir la fiche
Lausanne — Voir la fiche
Neuchâtel — Voir la fiche
Fribourg — Voir la fiche

Canada
Montréal — Voir la fiche
Québec — Voir la fiche
Sherbrooke — Voir la fiche
Moncton — Voir la fiche

Maroc
Rabat — Voir la fiche
Fès — Voir la fiche
Agadir — Voir la fiche

Sénégal
Dakar — Voir la fiche
Saint-Louis — Voir la fiche

Tunisie
Sfax — Voir la fiche
Sousse — Voir la fiche

Côte d'Ivoire
Bouaké — Voir la fiche""",
        """Votre ville souhaite rejoindre le réseau ? Consultez les conditions d'adhésion.

Secrétariat permanent : Maison de la francophonie, 5 place du Marché, Trois-Rivières
(Québec).""",
        "Lyon/FR; Lille/FR; Nantes/FR; Strasbourg/FR; Montpellier/FR; Bordeaux/FR;"
        " Toulouse/FR; Rouen/FR; Liège/BE; Namur/BE; Mons/BE; Charleroi/BE;"
        " Bruxelles|Brussels/BE; Genève|Geneva/CH; Lausanne/CH; Neuchâtel/CH; Fribourg/CH;"
        " Montréal|Montreal/CA; Québec|Quebec/CA; Sherbrooke/CA; Moncton/CA; Rabat/MA;"
        " Fès|Fes/MA; Agadir/MA; Dakar/SN; Saint-Louis/SN; Sfax/TN; Sousse/TN; Bouaké/CI",
        note="Trois-Rivières is the secretariat's address",
    ),
    Page(
        "de-r50a-hitzeschutz-tabelle-tabs-landeshauptstadt-landkreis",
        "de",
        "table_tabs;columns_after;region_after;body_not_city;no_country",
        "Erklärung „Hitzeschutz jetzt“: die unterzeichnenden Kommunen",
        (2024, 7, 2),
        """Startseite › Themen › Klimaanpassung › Hitzeschutz

Mit der Erklärung „Hitzeschutz jetzt“ verpflichten sich Städte und Kreise, bis 2026
einen kommunalen Hitzeaktionsplan zu beschließen, öffentliche Trinkwasserbrunnen
auszubauen und kühle Orte für vulnerable Gruppen auszuweisen. Die Erklärung wurde im
Frühjahr vom Arbeitskreis Stadtklima des Kommunalnetzwerks Klimaanpassung erarbeitet.

Bisher haben folgende Kommunen unterzeichnet (Stand: 1. Juli 2024):""",
        """Kommune\tBundesland\tEinwohner\tunterzeichnet am
Stadt Mannheim\tBaden-Württemberg\t315.554\t12.03.2024
Landeshauptstadt Hannover\tNiedersachsen\t545.045\t12.03.2024
Stadt Jena\tThüringen\t110.731\t14.03.2024
Hanse- und Universitätsstadt Rostock\tMecklenburg-Vorpommern\t209.061\t20.03.2024
Wissenschaftsstadt Darmstadt\tHessen\t162.243\t02.04.2024
Stadt Offenbach am Main\tHessen\t131.295\t02.04.2024
Stadt Würzburg\tBayern\t128.246\t18.04.2024
Landkreis Marburg-Biedenkopf\tHessen\t246.648\t25.04.2024
Bundesstadt Bonn\tNordrhein-Westfalen\t335.789\t06.05.2024
Stadt Gelsenkirchen\tNordrhein-Westfalen\t263.000\t06.05.2024
Stadt Frankfurt (Oder)\tBrandenburg\t57.015\t15.05.2024
Landeshauptstadt Kiel\tSchleswig-Holstein\t247.717\t03.06.2024
Landeshauptstadt Saarbrücken\tSaarland\t181.959\t11.06.2024
Landeshauptstadt Erfurt\tThüringen\t214.969\t27.06.2024""",
        """Ihre Kommune möchte sich anschließen? Senden Sie den unterschriebenen
Beitrittsbogen an die Geschäftsstelle des Kommunalnetzwerks Klimaanpassung,
Am Hopfengarten 3, 34117 Kassel.

Weitere Informationen: Musterhitzeaktionsplan (PDF) · Webinar-Aufzeichnungen""",
        "Mannheim/DE; Hannover|Hanover/DE; Jena/DE; Rostock/DE; Darmstadt/DE;"
        " Offenbach am Main/DE; Würzburg/DE;"
        " Landkreis Marburg-Biedenkopf|Marburg-Biedenkopf/DE/county;"
        " Bonn/DE; Gelsenkirchen/DE; Frankfurt (Oder)/DE; Kiel/DE; Saarbrücken/DE; Erfurt/DE",
        note="Kassel is the network's address",
    ),
    Page(
        "de-r50a-neue-mitglieder-oesterreich-schweiz-running-sowie",
        "de",
        "running_text;country_in_language;not_signatory",
        "Sieben neue Mitgliedsstädte aus Österreich und der Schweiz",
        (2025, 5, 8),
        """Aktuelles | Netzwerk

Das Städtenetzwerk Lebendige Zentren wächst über die Grenzen hinaus: Bei der
Mitgliederversammlung in Linz haben die Delegierten am Dienstag einstimmig sieben neue
Mitglieder aufgenommen. Damit zählt das Netzwerk nun 64 Städte in Deutschland, Österreich,
der Schweiz und Südtirol.""",
        """Neu dabei sind aus Österreich die Städte Graz, Villach, Dornbirn und Wels sowie aus
der Schweiz Winterthur, St. Gallen und die zweisprachige Stadt Biel/Bienne.""",
        """„Die Innenstädte stehen überall vor denselben Fragen: Leerstand, Hitze,
Erreichbarkeit“, sagte die Vorsitzende des Netzwerks, Oberbürgermeisterin Dagmar
Hellwig aus Freiburg. „Von den Erfahrungen Winterthurs mit der Umnutzung von
Warenhäusern können wir alle lernen.“

Die neuen Mitglieder arbeiten ab Herbst in den Fachgruppen mit. Die nächste
Mitgliederversammlung findet im Mai 2026 in Erfurt statt.

Mehr zum Thema: Leerstandsmanagement in Mittelstädten · Fachtagung „Kühle Plätze“""",
        "Graz/AT; Villach/AT; Dornbirn/AT; Wels/AT; Winterthur/CH; St. Gallen/CH; Biel/CH",
        note="Linz is the venue, Freiburg the chair's city, Erfurt the next venue",
    ),
    Page(
        "es-r50a-declaracion-latam-alcaldesa-de-pais-santiago-florencia",
        "es",
        "one_a_line;person_before;person_named_like_place;country_in_language;not_signatory",
        "Declaración de Panamá: ciudades latinoamericanas por el agua",
        (2024, 10, 9),
        """Inicio / Noticias / Declaraciones

Reunidos en la Ciudad de Panamá con ocasión del Foro Regional de Gobiernos Locales
sobre Agua y Saneamiento, alcaldes, alcaldesas e intendentes de doce ciudades de América
Latina firmaron una declaración conjunta para garantizar el acceso al agua potable en los
barrios populares.

En la declaración, las ciudades se comprometen a:

1. Reducir a la mitad las pérdidas en las redes de distribución antes de 2030.
2. Proteger las cuencas y los páramos de los que dependen sus acueductos.
3. Incluir a las organizaciones comunitarias en la gestión del agua.

Firman la Declaración:""",
        """María Fernanda Ruiz, Alcaldesa de Bogotá (Colombia)
Andrés Palomino, Alcalde de Barranquilla (Colombia)
Santiago Ferreyra, Intendente de Rosario (Argentina)
Lucía Benítez, Intendenta de Montevideo (Uruguay)
Florencia Aguirre, Alcaldesa de Quito (Ecuador)
Diego Salvatierra, Alcalde de Cuenca (Ecuador)
Rosa Huamán, Alcaldesa de Arequipa (Perú)
Jorge Quispe, Alcalde de Lima (Perú)
Camila Rojas, Alcaldesa de Valparaíso (Chile)
Óscar Mamani, Alcalde de Cochabamba (Bolivia)
Ana Gabriela Solís, Alcaldesa de San José (Costa Rica)
Héctor Zubiría, Presidente Municipal de Guadalajara (México)""",
        """La Declaración de Panamá queda abierta a la adhesión de otros gobiernos locales de
la región. La Secretaría Técnica, con sede en Asunción, coordinará el seguimiento de los
compromisos.

Compartir:  Facebook  X  WhatsApp  LinkedIn""",
        "Bogotá/CO; Barranquilla/CO; Rosario/AR; Montevideo/UY; Quito/EC; Cuenca/EC;"
        " Arequipa/PE; Lima/PE; Valparaíso/CL; Cochabamba/BO; San José/CR; Guadalajara/MX",
        note="Panamá is the venue, Asunción the secretariat's seat",
    ),
    Page(
        "es-r50a-red-ciudades-miembros-comunidades-ayuntamiento-diputacion",
        "es",
        "bulleted;region_heading;body_not_city;no_country",
        "Ciudades miembro",
        (2025, 4, 22),
        """La Red de Ciudades por la Movilidad Sostenible agrupa a ayuntamientos y otras
entidades locales comprometidas con la reducción del tráfico motorizado, la calidad del
aire y la seguridad vial. A continuación puedes consultar las entidades miembro,
ordenadas por comunidad autónoma.""",
        """Andalucía
• Ayuntamiento de Sevilla
• Ayuntamiento de Córdoba
• Ayuntamiento de Granada
• Diputación Provincial de Málaga

Aragón
• Ayuntamiento de Zaragoza
• Ayuntamiento de Huesca

Castilla y León
• Ayuntamiento de Valladolid
• Ayuntamiento de Burgos
• Ayuntamiento de León
• Ayuntamiento de Salamanca

Cataluña
• Ajuntament de Girona
• Ajuntament de Lleida
• Ajuntament de Tarragona

Comunitat Valenciana
• Ajuntament de València
• Ajuntament de Castelló de la Plana
• Ayuntamiento de Alicante

Galicia
• Concello da Coruña
• Concello de Vigo
• Concello de Pontevedra

País Vasco
• Ayuntamiento de Vitoria-Gasteiz
• Ayuntamiento de Donostia / San Sebastián
• Ayuntamiento de Bilbao""",
        """¿Quieres que tu municipio forme parte de la Red? Consulta los requisitos de
adhesión y descarga la solicitud.

Secretaría técnica: calle Mayor 21, 28013 Madrid · info@redmovilidad.es""",
        "Sevilla|Seville/ES; Córdoba/ES; Granada/ES;"
        " Diputación Provincial de Málaga|Málaga Province/ES/province;"
        " Zaragoza/ES; Huesca/ES; Valladolid/ES; Burgos/ES; León/ES; Salamanca/ES;"
        " Girona/ES; Lleida/ES; Tarragona/ES; València|Valencia/ES; Castelló de la Plana/ES;"
        " Alicante/ES; A Coruña/ES; Vigo/ES; Pontevedra/ES; Vitoria-Gasteiz/ES;"
        " Donostia|San Sebastián/ES; Bilbao/ES",
        note="Madrid is the secretariat's address",
    ),
    Page(
        "it-r50a-comunicato-comuni-running-citta-metropolitana-unione",
        "it",
        "running_text;inflected;body_not_city;not_signatory;no_country",
        "Patto per l'aria pulita: aderiscono otto Comuni della pianura padana",
        (2024, 12, 3),
        """Comunicati stampa

Roma, 3 dicembre 2024 – È stato presentato questa mattina nella sede nazionale
dell'associazione, a Roma, il Patto dei Comuni per l'aria pulita, promosso dalla Rete
Città Sane Padane. Il Patto impegna le amministrazioni ad ampliare le zone a traffico
limitato, a elettrificare il trasporto pubblico locale entro il 2030 e a piantare
almeno un albero per ogni nuovo nato.""",
        """Hanno firmato il Patto i sindaci dei Comuni di Bergamo, Brescia, Cremona, Mantova,
Pavia, Lodi, Piacenza e Parma, insieme alla Città metropolitana di Bologna e
all'Unione dei Comuni della Bassa Romagna.""",
        """«La pianura padana è una delle aree con l'aria più inquinata d'Europa: nessun
Comune può farcela da solo», ha dichiarato la coordinatrice della Rete, l'assessora
Giulia Ferretti. Alla presentazione era presente anche una delegazione del Comune di
Torino, che valuterà l'adesione nei prossimi mesi.

Il testo integrale del Patto è disponibile nella sezione Documenti.""",
        "Bergamo/IT; Brescia/IT; Cremona/IT; Mantova|Mantua/IT; Pavia/IT; Lodi/IT;"
        " Piacenza/IT; Parma/IT;"
        " Città metropolitana di Bologna|Metropolitan City of Bologna/IT/metropolitan area;"
        " Unione dei Comuni della Bassa Romagna|Bassa Romagna/IT/union of municipalities",
        note="Roma is the venue, Torino only considers joining",
    ),
    Page(
        "pt-r50a-carta-municipios-numerada-camara-comunidade-intermunicipal",
        "pt",
        "numbered;one_a_line;body_not_city;no_country",
        "Carta dos Municípios pela Mobilidade Ativa: entidades subscritoras",
        (2024, 9, 20),
        """Início › Carta › Subscritores

A Carta dos Municípios pela Mobilidade Ativa foi apresentada na Semana Europeia da
Mobilidade e compromete as autarquias a duplicar a extensão da rede ciclável até 2030,
a criar zonas de coexistência junto às escolas e a publicar anualmente os dados de
sinistralidade.

Até à data, subscreveram a Carta as seguintes entidades:""",
        """1. Município de Braga
2. Câmara Municipal de Guimarães
3. Município de Viana do Castelo
4. Câmara Municipal de Aveiro
5. Município de Coimbra
6. Câmara Municipal de Leiria
7. Município de Torres Vedras
8. Câmara Municipal de Almada
9. Município de Setúbal
10. Câmara Municipal de Évora
11. Município de Beja
12. Município de Faro
13. Câmara Municipal de Loulé
14. Câmara Municipal do Funchal
15. Comunidade Intermunicipal do Cávado""",
        """A subscrição da Carta está aberta a todos os municípios e entidades
intermunicipais. Para aderir, envie a deliberação do órgão executivo para
carta@mobilidadeativa.pt.

Rede Portuguesa de Cidades Cicláveis · Rua Direita 45, 3500-116 Viseu""",
        "Braga/PT; Guimarães/PT; Viana do Castelo/PT; Aveiro/PT; Coimbra/PT; Leiria/PT;"
        " Torres Vedras/PT; Almada/PT; Setúbal/PT; Évora/PT; Beja/PT; Faro/PT; Loulé/PT;"
        " Funchal/PT;"
        " Comunidade Intermunicipal do Cávado|CIM Cávado/PT/union of municipalities",
        note="Viseu is the network's address",
    ),
    Page(
        "nl-r50a-grensregio-burgemeester-gemeente-belgie-tiel",
        "nl",
        "bulleted;person_before;person_named_like_place;country_in_language;not_signatory",
        "Burgemeesters uit de grensregio ondertekenen Maas-Rijn Klimaatakkoord",
        (2025, 1, 29),
        """Nieuws – 29 januari 2025

Twaalf burgemeesters uit Gelderland, Limburg, Overijssel en Belgisch-Limburg hebben
woensdag in het provinciehuis het Maas-Rijn Klimaatakkoord ondertekend. Met het akkoord
spreken de gemeenten af hun warmteplannen over de grens heen op elkaar af te stemmen en
samen te investeren in waterberging langs de Maas.

Het akkoord werd ondertekend door:""",
        """– burgemeester Anke Tiel (Gemeente Nijmegen)
– burgemeester Pieter Lansink (Gemeente Arnhem)
– burgemeester Ruud Hermans (Gemeente Venlo)
– burgemeester Sandra Coenen (Gemeente Roermond)
– burgemeester Marc Dijkstra (Gemeente Maastricht)
– burgemeester Yvonne Janssen (Gemeente Heerlen)
– burgemeester Bart Olde Rikkert (Gemeente Enschede)
– burgemeester Marleen Haverkamp (Gemeente Hengelo)
– burgemeester Wim Loyens (Stad Hasselt, België)
– burgemeester Els Vanderhoven (Stad Genk, België)
– burgemeester Koen Stevens (Stad Tongeren, België)
– burgemeester Lieve Claes (Stad Lommel, België)""",
        """Gedeputeerde Frank Brouwers van de provincie Limburg, die de ondertekening namens
de gastheer opende, noemde het akkoord „een voorbeeld van hoe grensgemeenten elkaar
kunnen versterken”.

Het secretariaat van het akkoord is ondergebracht bij de Euregio in Mönchengladbach.""",
        "Nijmegen/NL; Arnhem/NL; Venlo/NL; Roermond/NL; Maastricht/NL; Heerlen/NL;"
        " Enschede/NL; Hengelo/NL; Hasselt/BE; Genk/BE; Tongeren/BE; Lommel/BE",
        note="the province of Limburg is the host, not a signatory; Mönchengladbach the"
        " secretariat's seat; the Nijmegen mayor is named Tiel",
    ),
    Page(
        "da-r50a-nye-kommuner-netvaerk-region-kolding",
        "da",
        "bulleted;body_not_city;not_signatory;no_country",
        "Fem kommuner og en region træder ind i Netværk for Grønne Havne",
        (2024, 10, 1),
        """Nyheder · Netværk

På netværkets årsmøde i Kolding i sidste uge blev fem kommuner og en region optaget som
nye medlemmer af Netværk for Grønne Havne. Netværket samler nu 23 havnebyer og
regioner, der arbejder for landstrøm, renere færgedrift og grønne arbejdspladser på
havnene.

De nye medlemmer er:""",
        """• Aalborg Kommune
• Horsens Kommune
• Sønderborg Kommune
• Svendborg Kommune
• Roskilde Kommune
• Region Midtjylland""",
        """»Vi har længe samarbejdet med de andre havnebyer om landstrøm, og nu gør vi det
formelt,« siger rådmand Mette Kjærgaard fra Aalborg.

Netværkets formand, borgmester Jens Holmgaard fra Esbjerg, glæder sig over, at
netværket nu dækker alle fem regioner. Næste årsmøde holdes i Frederikshavn.

Læs også: Landstrøm i danske havne – status 2024 · Sådan bliver din kommune medlem""",
        "Aalborg/DK; Horsens/DK; Sønderborg/DK; Svendborg/DK; Roskilde/DK;"
        " Region Midtjylland|Central Denmark Region/DK/region",
        note="Kolding is the venue, Esbjerg the chair's city, Frederikshavn the next venue",
    ),
]

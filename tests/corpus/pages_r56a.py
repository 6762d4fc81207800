"""Batch r56a: 14 pages in the big languages of city networks' websites, as networks publish
them: a global network's heat declaration signed `Name, Mayor of X, Country` by mayors named
Sydney, Jordan, Florence and Victoria at a summit in a host city; a UK network's members
directory of 97 councils under English region and nation headings with its filters flattened
to text, `Read more` links, a county council and a combined authority; US news of new members
`Tucson, Arizona` with Savannah in Georgia and a county; a French charter's `Pour la Ville de X`
signature blocks with a mayor named Fontaine and a metropolitan body; a French members table
with its header cells and department columns; a German peace appeal in running text with
`sowie` and a host; German member cards with `Mehr erfahren`, Länder and a Landkreis; a
Spanish security declaration as a tab table with countries in Spanish; Spanish news of new
`Ayuntamiento` members and a Diputación; an Italian charter's annex of signatories copied from
a PDF, with province codes, hyphenation and a page footer inside the list; Portuguese member
cards under country headings with `Saiba mais`; a Dutch climate statement in two columns run
together with a province; Polish `Prezydent Miasta` genitives with a mayor named Kalisz; a
Turkish event's participating cities and delegations in a table with countries in Turkish.
Written without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r56a-heat-declaration-mayors",
        language="en",
        kinds="one_a_line;person_before;person_named_like_place;country_in_language;not_signatory",
        title="Mayors' Declaration on Extreme Heat and Healthy Cities",
        date=(2026, 6, 18),
        before="""The Cool Cities Alliance brought together mayors from five continents at its
Heat Resilience Summit in Durban this week. On the closing day, sixteen mayors signed the
declaration below, committing their cities to protect residents from the growing danger of
extreme heat.

"Heat is the silent killer of our century, and it hits the poorest neighbourhoods first,"
said the summit's host. "What we signed in Durban today is a promise to act before the next
summer, not after it."

THE DECLARATION

We, the mayors signing this declaration, recognise that extreme heat now claims more lives in
our cities than any other weather hazard. We commit to:

1. Appoint a lead official for heat within twelve months and publish a heat action plan.
2. Map the hottest neighbourhoods and bring shade, trees and water to them first.
3. Open cooling centres and warn residents early, in every language spoken in our city.
4. Protect outdoor workers, street vendors and people living without adequate housing.
5. Report our progress every year to the Alliance and share what works with other cities.

SIGNATORIES""",
        listing="""Sydney Okafor, Mayor of Freetown, Sierra Leone
Jordan Reyes, Mayor of Phoenix, United States
Florence Adjei, Mayor of Kumasi, Ghana
Victoria Salas, Mayor of Rosario, Argentina
Manuel Ortega Ruiz, Mayor of Seville, Spain
Eleni Markou, Mayor of Athens, Greece
Teresa Campos, Mayor of Lisbon, Portugal
Ravi Deshmukh, Mayor of Ahmedabad, India
Lakshmi Sundaram, Deputy Mayor, on behalf of the Mayor of Chennai, India
Aminata Ndoye, Mayor of Dakar, Senegal
Peter Otieno, Mayor of Kisumu, Kenya
Gabriela Treviño, Mayor of Monterrey, Mexico
Andrés Fuenzalida, Mayor of Santiago, Chile
Chloe Brennan, Lord Mayor of Melbourne, Australia
Farhana Rahman, Mayor of Dhaka North, Bangladesh
Maria Santos Dizon, Mayor of Quezon City, Philippines""",
        after="""The declaration remains open for signature. Mayors who wish to add their city can
contact the Alliance's secretariat; new signatories will be announced at next year's summit.

Media contact: press@coolcitiesalliance.org""",
        expected=(
            "Freetown/SL; Phoenix/US; Kumasi/GH; Rosario/AR; Seville|Sevilla/ES; Athens/GR; "
            "Lisbon/PT; Ahmedabad/IN; Chennai/IN; Dakar/SN; Kisumu/KE; Monterrey/MX; "
            "Santiago|Santiago de Chile/CL; Melbourne/AU; Dhaka/BD; Quezon City/PH"
        ),
    ),
    Page(
        name="en-r56a-uk-members-directory-regions",
        language="en",
        kinds="one_a_line;region_heading;body_not_city;no_country;columns_after",
        title="Our members",
        date=(2026, 3, 2),
        before="""Healthy Places Network UK brings together councils across England, Scotland,
Wales and Northern Ireland working to make their places healthier, fairer and greener.
Browse our member councils below.

Search members
Filter by region: All regions | North East | North West | Yorkshire and the Humber | East
Midlands | West Midlands | East of England | London | South East | South West | Wales |
Scotland | Northern Ireland
Type: All | City council | District or borough | County council | Combined authority
Showing 97 results""",
        listing="""North East
Newcastle City Council · City council
Sunderland City Council · City council
Gateshead Council · Metropolitan borough
Middlesbrough Council · Unitary authority
Hartlepool Borough Council · Unitary authority
Darlington Borough Council · Unitary authority
Stockton-on-Tees Borough Council · Unitary authority

North West
Manchester City Council · City council
Salford City Council · City council
Stockport Council · Metropolitan borough
Bolton Council · Metropolitan borough
Wigan Council · Metropolitan borough
Oldham Council · Metropolitan borough
Rochdale Borough Council · Metropolitan borough
Liverpool City Council · City council
Lancaster City Council · District
Preston City Council · District
Blackburn with Darwen Council · Unitary authority
Blackpool Council · Unitary authority
Carlisle City Council · District
Warrington Borough Council · Unitary authority
Burnley Borough Council · District

Yorkshire and the Humber
West Yorkshire Combined Authority · Combined authority
Leeds City Council · City council
Sheffield City Council · City council
Bradford Council · Metropolitan borough
City of York Council · Unitary authority
Hull City Council · City council
Wakefield Council · Metropolitan borough
Doncaster Council · Metropolitan borough
Barnsley Council · Metropolitan borough
Rotherham Council · Metropolitan borough
Harrogate Borough Council · District

East Midlands
Nottingham City Council · City council
Derby City Council · City council
Leicester City Council · City council
City of Lincoln Council · District
Northampton Town Council · Town council
Chesterfield Borough Council · District
Mansfield District Council · District

Read more members
Load more

West Midlands
Birmingham City Council · City council
Coventry City Council · City council
City of Wolverhampton Council · City council
Walsall Council · Metropolitan borough
Stoke-on-Trent City Council · City council
Worcester City Council · District
Hereford City Council · Town council
Solihull Council · Metropolitan borough
Telford & Wrekin Council · Unitary authority

East of England
Norwich City Council · District
Cambridge City Council · District
Peterborough City Council · Unitary authority
Ipswich Borough Council · District
Colchester City Council · District
Luton Council · Unitary authority
Bedford Borough Council · Unitary authority
Chelmsford City Council · District
Southend-on-Sea City Council · Unitary authority
Watford Borough Council · District
Stevenage Borough Council · District

London
Hackney Council · London borough
Islington Council · London borough
Camden Council · London borough

South East
Kent County Council · County council
Brighton & Hove City Council · Unitary authority
Oxford City Council · District
Reading Borough Council · Unitary authority
Southampton City Council · Unitary authority
Portsmouth City Council · Unitary authority
Canterbury City Council · District
Guildford Borough Council · District
Milton Keynes City Council · Unitary authority
Winchester City Council · District
Crawley Borough Council · District
Maidstone Borough Council · District
Hastings Borough Council · District

South West
Bristol City Council · City council
Plymouth City Council · Unitary authority
Exeter City Council · District
Gloucester City Council · District
Cheltenham Borough Council · District
Swindon Borough Council · Unitary authority

Wales
Cardiff Council · Principal council
Swansea Council · Principal council
Newport City Council · Principal council
Wrexham County Borough Council · Principal council
Merthyr Tydfil County Borough Council · Principal council

Scotland
Glasgow City Council · Council area
City of Edinburgh Council · Council area
Aberdeen City Council · Council area
Dundee City Council · Council area
Stirling Council · Council area
Fife Council · Council area
Falkirk Council · Council area

Northern Ireland
Belfast City Council · District council
Derry City and Strabane District Council · District council
Lisburn & Castlereagh City Council · District council""",
        after="""Can't find your council? Membership is open to every local authority in the UK.
Find out how to join, or contact our membership team at 0161 496 0732.

Healthy Places Network UK is a registered charity. Our office: 4 Dale Street, Manchester.""",
        expected=(
            "Newcastle upon Tyne|Newcastle/GB; Sunderland/GB; Gateshead/GB; Middlesbrough/GB; "
            "Hartlepool/GB; Darlington/GB; Stockton-on-Tees/GB; Manchester/GB; Salford/GB; "
            "Stockport/GB; Bolton/GB; Wigan/GB; Oldham/GB; Rochdale/GB; Liverpool/GB; "
            "Lancaster/GB; Preston/GB; Blackburn/GB; Blackpool/GB; Carlisle/GB; Warrington/GB; "
            "Burnley/GB; West Yorkshire Combined Authority|West Yorkshire/GB/metropolitan area; "
            "Leeds/GB; Sheffield/GB; Bradford/GB; York/GB; Kingston upon Hull|Hull/GB; "
            "Wakefield/GB; Doncaster/GB; Barnsley/GB; Rotherham/GB; Harrogate/GB; "
            "Nottingham/GB; Derby/GB; Leicester/GB; Lincoln/GB; Northampton/GB; "
            "Chesterfield/GB; Mansfield/GB; Birmingham/GB; Coventry/GB; Wolverhampton/GB; "
            "Walsall/GB; Stoke-on-Trent/GB; Worcester/GB; Hereford/GB; Solihull/GB; "
            "Telford/GB; Norwich/GB; Cambridge/GB; Peterborough/GB; Ipswich/GB; "
            "Colchester/GB; Luton/GB; Bedford/GB; Chelmsford/GB; Southend-on-Sea/GB; "
            "Watford/GB; Stevenage/GB; Hackney/GB; Islington/GB; Camden/GB; "
            "Kent County Council|Kent/GB/county; Brighton and Hove|Brighton/GB; Oxford/GB; "
            "Reading/GB; Southampton/GB; Portsmouth/GB; Canterbury/GB; Guildford/GB; "
            "Milton Keynes/GB; Winchester/GB; Crawley/GB; Maidstone/GB; Hastings/GB; "
            "Bristol/GB; Plymouth/GB; Exeter/GB; Gloucester/GB; Cheltenham/GB; Swindon/GB; "
            "Cardiff/GB; Swansea/GB; Newport/GB; Wrexham/GB; Merthyr Tydfil/GB; Glasgow/GB; "
            "Edinburgh/GB; Aberdeen/GB; Dundee/GB; Stirling/GB; Fife Council|Fife/GB/region; "
            "Falkirk/GB; Belfast/GB; Derry|Londonderry/GB; Lisburn/GB"
        ),
        note=(
            "Blackburn with Darwen, Telford & Wrekin, Brighton & Hove, Derry City and Strabane "
            "and Lisburn & Castlereagh are expected as their main towns"
        ),
    ),
    Page(
        name="en-r56a-us-news-new-members-states",
        language="en",
        kinds="running_text;region_after;region_like_country;body_not_city;not_signatory;person_named_like_place",
        title="Six communities join the Resilient Main Streets Network",
        date=(2026, 9, 24),
        before="""PITTSBURGH — The Resilient Main Streets Network welcomed six new members at its
fall convening in Pittsburgh on Tuesday, bringing the network to 84 cities and counties in 31
states.""",
        listing="""The new members are Tucson, Arizona; Dayton, Ohio; Savannah, Georgia; Boise,
Idaho; Burlington, Vermont; and King County, Washington. Each will send a team of staff and
community partners to the network's two-year learning program on flood-ready downtowns.""",
        after=""""Small businesses on our main streets were the last to reopen after the 2021
floods, and some never did," said Savannah's resilience officer, Austin Carter. "This network
gives us peers who have been through the same thing."

Network director Madison Clarke said the convening's host city had set the bar for the new
cohort. "Pittsburgh showed us what it looks like when a city treats its rivers as an asset and
a risk at the same time."

The network's next convening will take place in Tulsa, Oklahoma, in April.""",
        expected=(
            "Tucson/US; Dayton/US; Savannah/US; Boise/US; Burlington/US; "
            "King County|King County, Washington/US/county"
        ),
        note="Pittsburgh hosts and Tulsa will host; Austin and Madison are people",
    ),
    Page(
        name="fr-r56a-charte-accueil-signatures",
        language="fr",
        kinds="one_a_line;person_after;person_named_like_place;body_not_city;region_after;country_in_language;not_signatory",
        title="Charte des villes accueillantes : neuf collectivités s'engagent",
        date=(2026, 6, 20),
        before="""Réunies à Strasbourg à l'occasion de la Journée mondiale des réfugiés, neuf
villes et collectivités de France, de Belgique et de Suisse ont signé la Charte des villes
accueillantes portée par le réseau Territoires d'Hospitalité.

PRÉAMBULE

Nous, élues et élus locaux, affirmons que l'accueil digne des personnes exilées relève aussi
de la responsabilité des villes. Nous nous engageons à garantir l'accès à l'hébergement, à
l'eau, à la santé et à l'école pour toutes et tous, quel que soit leur statut administratif,
et à travailler avec les associations qui agissent au quotidien sur nos territoires.

Fait à Strasbourg, le 20 juin 2026.

LES SIGNATAIRES""",
        listing="""Pour la Ville de Grenoble
Mme Claire Fontaine, maire

Pour la Ville de Villeurbanne
M. Karim Benali, maire

Pour la Ville de Nantes
Mme Sophie Le Goff, adjointe à la maire chargée des solidarités

Pour la Métropole Européenne de Lille
M. Julien Vienne, vice-président

Pour la Ville de Bordeaux
Mme Hélène Marsan, maire

Pour la Ville de Montreuil (Seine-Saint-Denis)
M. Patrick Dumas, maire

Pour la Ville de Liège (Belgique)
Mme Anne-Françoise Lejeune, bourgmestre

Pour la Ville de Lausanne (Suisse)
M. Olivier Rochat, syndic

Pour la Ville de Namur (Belgique)
M. Thomas Dinant, échevin de la cohésion sociale""",
        after="""La charte reste ouverte à la signature de toute collectivité qui souhaite
s'engager. Le secrétariat du réseau, installé à Lyon, accompagne les nouvelles signataires.

Contact presse : presse@territoires-hospitalite.fr""",
        expected=(
            "Grenoble/FR; Villeurbanne/FR; Nantes/FR; "
            "Métropole Européenne de Lille|Lille Metropolis/FR/metropolitan area; Bordeaux/FR; "
            "Montreuil/FR; Liège/BE; Lausanne/CH; Namur/BE"
        ),
        note="Strasbourg is the venue, Lyon the secretariat; Fontaine, Vienne, Dinant are people",
    ),
    Page(
        name="fr-r56a-membres-tableau-departements",
        language="fr",
        kinds="table_tabs;columns_after;body_not_city;no_country",
        title="Les collectivités membres",
        date=(2026, 1, 15),
        before="""Le réseau Villes Cyclables Demain rassemble des communes, des intercommunalités
et des métropoles engagées pour le vélo au quotidien. Retrouvez ci-dessous la liste des
membres au 1er janvier 2026.

Rechercher une collectivité
Trier par : Nom | Département | Population""",
        listing="""Collectivité\tDépartement\tPopulation\tType
Nantes Métropole\tLoire-Atlantique (44)\t672 000\tMétropole
Ville de Rennes\tIlle-et-Vilaine (35)\t225 000\tCommune
Ville de Strasbourg\tBas-Rhin (67)\t291 000\tCommune
Ville de Grenoble\tIsère (38)\t157 000\tCommune
Ville de Tours\tIndre-et-Loire (37)\t137 000\tCommune
Ville d'Angers\tMaine-et-Loire (49)\t157 000\tCommune
Ville de La Rochelle\tCharente-Maritime (17)\t78 000\tCommune
Ville de Chambéry\tSavoie (73)\t60 000\tCommune
Ville de Valence\tDrôme (26)\t65 000\tCommune
Ville de Lorient\tMorbihan (56)\t57 000\tCommune
Ville de Colmar\tHaut-Rhin (68)\t68 000\tCommune
Ville de Besançon\tDoubs (25)\t119 000\tCommune
Ville de Niort\tDeux-Sèvres (79)\t59 000\tCommune
Ville d'Annecy\tHaute-Savoie (74)\t131 000\tCommune
Ville de Quimper\tFinistère (29)\t63 000\tCommune
Ville de Poitiers\tVienne (86)\t89 000\tCommune""",
        after="""Votre collectivité souhaite rejoindre le réseau ? L'adhésion est ouverte aux
communes, intercommunalités, départements et régions. Téléchargez le bulletin d'adhésion.""",
        expected=(
            "Nantes Métropole|Nantes/FR/metropolitan area; Rennes/FR; Strasbourg/FR; "
            "Grenoble/FR; Tours/FR; Angers/FR; La Rochelle/FR; Chambéry/FR; Valence/FR; "
            "Lorient/FR; Colmar/FR; Besançon/FR; Niort/FR; Annecy/FR; Quimper/FR; Poitiers/FR"
        ),
        note="the department column names Vienne, which is a department here, not a town",
    ),
    Page(
        name="de-r56a-friedensappell-fliesstext",
        language="de",
        kinds="running_text;person_before;person_named_like_place;not_signatory;country_in_language",
        title="Bürgermeisterinnen und Bürgermeister unterzeichnen Appell für Frieden und Abrüstung",
        date=(2026, 8, 6),
        before="""Zum Gedenktag am 6. August haben sich Städte aus Deutschland, Österreich und der
Schweiz dem Appell „Städte für den Frieden" angeschlossen. Gastgeberin der Gedenkveranstaltung
war die Stadt Münster, wo der Appell im historischen Rathaus vorgestellt wurde.

„Städte werden nie Kriege beginnen, aber sie sind immer die ersten, die unter ihnen leiden",
sagte Oberbürgermeister Jonas Wittenberg bei der Begrüßung.""",
        listing="""Unterzeichnet haben den Appell die Oberbürgermeisterinnen und Oberbürgermeister
der Städte Hannover, Osnabrück, Kassel, Würzburg und Erlangen, die Bürgermeisterin von
Potsdam, Frau Dr. Katrin Plauen, sowie der Bürgermeister der Stadt Linz und die
Bürgermeisterin von Innsbruck. Aus der Schweiz schlossen sich die Stadtpräsidentin von
Winterthur und der Stadtpräsident von Luzern an.""",
        after="""Der Appell ruft die Regierungen auf, Atomwaffen zu ächten und Mittel für die
Abrüstung in den Schutz der Zivilbevölkerung umzulenken. Er bleibt offen für weitere
Unterschriften; die Geschäftsstelle des Netzwerks in Bonn nimmt Beitrittserklärungen entgegen.""",
        expected=(
            "Hanover|Hannover/DE; Osnabrück/DE; Kassel/DE; Würzburg/DE; Erlangen/DE; "
            "Potsdam/DE; Linz/AT; Innsbruck/AT; Winterthur/CH; Lucerne|Luzern/CH"
        ),
        note="Münster hosts, Bonn is the network's office; Wittenberg and Plauen are people",
    ),
    Page(
        name="de-r56a-mitglieder-karten-laender",
        language="de",
        kinds="one_a_line;region_after;body_not_city;country_in_language",
        title="Unsere Mitglieder",
        date=(2026, 4, 10),
        before="""Im Netzwerk Klimafreundliche Kommunen arbeiten Städte, Gemeinden und Landkreise
gemeinsam an der Wärmewende. Hier finden Sie alle Mitglieder.

Filter: Alle Länder | Deutschland | Österreich | Schweiz
Sortierung: A–Z""",
        listing="""Stadt Bamberg
Bayern, Deutschland
Mehr erfahren

Landkreis Harburg
Niedersachsen, Deutschland
Mehr erfahren

Stadt Heidelberg
Baden-Württemberg, Deutschland
Mehr erfahren

Hansestadt Lüneburg
Niedersachsen, Deutschland
Mehr erfahren

Stadt Marburg
Hessen, Deutschland
Mehr erfahren

Stadt Rostock
Mecklenburg-Vorpommern, Deutschland
Mehr erfahren

Stadt Salzburg
Salzburg, Österreich
Mehr erfahren

Stadt St. Gallen
St. Gallen, Schweiz
Mehr erfahren

Stadt Tübingen
Baden-Württemberg, Deutschland
Mehr erfahren

Stadt Villach
Kärnten, Österreich
Mehr erfahren

Stadt Weimar
Thüringen, Deutschland
Mehr erfahren

Stadt Zug
Zug, Schweiz
Mehr erfahren""",
        after="""Seite 1 von 1 · 12 Mitglieder

Ihre Kommune möchte Mitglied werden? Schreiben Sie uns an mitglieder@klimakommunen.de.""",
        expected=(
            "Bamberg/DE; Landkreis Harburg|Harburg District/DE/county; Heidelberg/DE; "
            "Lüneburg/DE; Marburg/DE; Rostock/DE; Salzburg/AT; St. Gallen|Sankt Gallen/CH; "
            "Tübingen/DE; Villach/AT; Weimar/DE; Zug/CH"
        ),
    ),
    Page(
        name="es-r56a-declaracion-seguridad-tabla",
        language="es",
        kinds="table_tabs;columns_after;country_in_language;person_named_like_place;not_signatory",
        title="Declaración de Ciudades por la Convivencia y la Seguridad Ciudadana",
        date=(2026, 10, 8),
        before="""En el marco del Foro Latinoamericano de Seguridad Urbana, celebrado en Montevideo,
alcaldesas y alcaldes de la región firmaron una declaración conjunta que pone la prevención y
la convivencia en el centro de las políticas de seguridad local.

Las ciudades firmantes se comprometen a invertir en espacios públicos seguros e iluminados,
a prevenir la violencia contra las mujeres en el transporte y a coordinar con las policías
nacionales sin renunciar al enfoque de derechos humanos.

Ciudades firmantes""",
        listing="""Ciudad\tPaís\tAutoridad firmante
Guadalajara\tMéxico\tMercedes Villaseñor, presidenta municipal
Puebla\tMéxico\tRicardo Amador Solís, presidente municipal
Bogotá\tColombia\tCamila Restrepo, alcaldesa mayor
Cali\tColombia\tJuan Pablo Arboleda, alcalde
Barranquilla\tColombia\tLuis Fernando Pineda, secretario de Seguridad
Lima\tPerú\tRosa Huamán, teniente alcaldesa
Arequipa\tPerú\tJorge Cornejo Tapia, alcalde
Valparaíso\tChile\tFrancisca Osorno, alcaldesa
Córdoba\tArgentina\tMartín Aguirre, intendente
Mendoza\tArgentina\tSantiago Ferreyra, intendente
Asunción\tParaguay\tLourdes Benítez, intendenta
Quito\tEcuador\tDiego Paredes, alcalde metropolitano
San José\tCosta Rica\tAndrea Solano, alcaldesa""",
        after="""La ciudad anfitriona, Montevideo, actuó como testigo de honor de la firma. La
declaración quedará abierta a nuevas adhesiones hasta el próximo foro.""",
        expected=(
            "Guadalajara/MX; Puebla/MX; Bogotá/CO; Cali/CO; Barranquilla/CO; Lima/PE; "
            "Arequipa/PE; Valparaíso/CL; Córdoba/AR; Mendoza/AR; Asunción/PY; Quito/EC; "
            "San José/CR"
        ),
        note="Montevideo hosts and witnesses; Mercedes and Santiago are people",
    ),
    Page(
        name="es-r56a-nuevos-ayuntamientos-diputacion",
        language="es",
        kinds="running_text;body_not_city;not_signatory;few",
        title="La Red de Ciudades Saludables suma tres ayuntamientos y una diputación",
        date=(2026, 5, 12),
        before="""La asamblea anual de la Red de Ciudades Saludables, reunida en Valladolid,
aprobó la incorporación de cuatro nuevos miembros.""",
        listing="""Se trata de los ayuntamientos de Logroño, Cáceres y Lleida, así como de la
Diputación de Córdoba, que se suma en nombre de los municipios de su provincia.""",
        after="""Con estas adhesiones, la red agrupa ya a 112 entidades locales de toda España.
El alcalde de Valladolid, anfitrión de la asamblea, dio la bienvenida a los nuevos socios y
recordó que la próxima asamblea se celebrará en Santander.""",
        expected=(
            "Logroño/ES; Cáceres/ES; Lleida/ES; Diputación de Córdoba|Córdoba Province/ES/province"
        ),
        note="Valladolid hosts, Santander will host",
    ),
    Page(
        name="it-r56a-carta-diritti-allegato-pdf",
        language="it",
        kinds="one_a_line;state_codes;broken_lines;no_country;columns_after",
        title="Carta delle città per i diritti delle persone con disabilità",
        date=(2026, 12, 3),
        before="""In occasione della Giornata internazionale delle persone con disabilità la rete
Città Accessibili pubblica l'elenco aggiornato dei Comuni che hanno sottoscritto la Carta.
Riportiamo di seguito il testo dell'allegato 1 al documento approvato dall'assemblea.

Allegato 1 – Elenco dei Comuni firmatari (aggiornato al 30 novembre 2026)

N.  Ente  Data di sottoscrizione""",
        listing="""1   Comune di Bergamo (BG)  12/03/2025
2   Comune di Brescia (BS)  12/03/2025
3   Comune di Reggio nell'E-
    milia (RE)  20/03/2025
4   Comune di Ferrara (FE)  02/04/2025
5   Comune di Ravenna (RA)  02/04/2025
6   Comune di Pesaro (PU)  15/05/2025
7   Comune di Ancona (AN)  15/05/2025
8   Comune di Perugia (PG)  09/06/2025
9   Comune di Livorno (LI)  09/06/2025
10  Comune di Prato (PO)  30/06/2025
11  Comune di La Spezia (SP)  30/06/2025
12  Comune di Alessan-
    dria (AL)  14/07/2025

Carta delle città per i diritti – Allegato 1                          pag. 1 di 2

13  Comune di Novara (NO)  14/07/2025
14  Comune di Trento (TN)  22/09/2025
15  Comune di Udine (UD)  22/09/2025
16  Comune di Lecce (LE)  06/10/2025
17  Comune di Bari (BA)  06/10/2025
18  Comune di Catania (CT)  17/11/2025
19  Comune di Cagliari (CA)  17/11/2025
20  Comune di Sassari (SS)  19/01/2026
21  Comune di Campobasso (CB)  19/01/2026
22  Comune di Cosenza (CS)  03/03/2026

Carta delle città per i diritti – Allegato 1                          pag. 2 di 2""",
        after="""I Comuni interessati ad aderire possono scaricare il modulo di adesione dal sito
della rete e inviarlo alla segreteria tecnica con sede a Bologna.""",
        expected=(
            "Bergamo/IT; Brescia/IT; Reggio Emilia|Reggio nell'Emilia/IT; Ferrara/IT; "
            "Ravenna/IT; Pesaro/IT; Ancona/IT; Perugia/IT; Livorno/IT; Prato/IT; "
            "La Spezia/IT; Alessandria/IT; Novara/IT; Trento/IT; Udine/IT; Lecce/IT; Bari/IT; "
            "Catania/IT; Cagliari/IT; Sassari/IT; Campobasso/IT; Cosenza/IT"
        ),
        note="province codes NO, CA, CS, BA, LI, SS look like countries'; Bologna is the office",
    ),
    Page(
        name="pt-r56a-membros-cartoes-paises",
        language="pt",
        kinds="one_a_line;region_heading;country_in_language",
        title="Membros da Rede",
        date=(2026, 2, 25),
        before="""A Rede de Cidades Educadoras de Língua Portuguesa reúne municípios de Portugal,
do Brasil e dos países africanos de língua oficial portuguesa. Conheça os nossos membros.

Filtrar por país: Todos | Portugal | Brasil | Cabo Verde | Moçambique | Angola""",
        listing="""Portugal

Município de Braga
Saiba mais

Município de Guimarães
Saiba mais

Câmara Municipal de Évora
Saiba mais

Município de Setúbal
Saiba mais

Brasil

Prefeitura de Santos
Saiba mais

Prefeitura de Sorocaba
Saiba mais

Prefeitura de Caxias do Sul
Saiba mais

Cabo Verde

Câmara Municipal da Praia
Saiba mais

Câmara Municipal do Mindelo (São Vicente)
Saiba mais

Moçambique

Conselho Municipal de Maputo
Saiba mais

Conselho Municipal da Beira
Saiba mais

Angola

Administração Municipal do Lobito
Saiba mais""",
        after="""A sede da rede funciona em Lisboa. Para aderir, contacte o secretariado.""",
        expected=(
            "Braga/PT; Guimarães/PT; Évora/PT; Setúbal/PT; Santos/BR; Sorocaba/BR; "
            "Caxias do Sul/BR; Praia/CV; Mindelo/CV; Maputo/MZ; Beira/MZ; Lobito/AO"
        ),
        note="Lisboa is the network's seat; São Vicente is the island of Mindelo",
    ),
    Page(
        name="nl-r56a-klimaatverklaring-twee-kolommen",
        language="nl",
        kinds="several_a_line;body_not_city;country_in_language;not_signatory",
        title="Klimaatverklaring Lokale Warmte: 22 ondertekenaars",
        date=(2026, 11, 5),
        before="""Tijdens het congres Lokale Warmte in Zwolle hebben gemeenten, een provincie en
Vlaamse steden de Klimaatverklaring Lokale Warmte ondertekend. Zij beloven om vóór 2030 de
helft van hun wijken een plan voor aardgasvrije warmte te geven en bewoners daarbij actief te
betrekken.

Ondertekenaars

Nederland""",
        listing="""Gemeente Utrecht                    Gemeente Groningen
Gemeente Arnhem                     Gemeente Nijmegen
Gemeente Leiden                     Gemeente Delft
Gemeente Tilburg                    Gemeente Eindhoven
Gemeente Deventer                   Gemeente Amersfoort
Gemeente Leeuwarden                 Gemeente Haarlem
Gemeente Maastricht                 Gemeente Dordrecht
Gemeente Enschede                   Provincie Fryslân

België

Stad Gent                           Stad Leuven
Stad Mechelen                       Stad Kortrijk
Stad Hasselt                        Stad Brugge""",
        after="""De gemeente Zwolle, gastheer van het congres, ondertekende de verklaring al in
2024 en telt daarom niet mee in deze lijst.""",
        expected=(
            "Utrecht/NL; Groningen/NL; Arnhem/NL; Nijmegen/NL; Leiden/NL; Delft/NL; "
            "Tilburg/NL; Eindhoven/NL; Deventer/NL; Amersfoort/NL; Leeuwarden/NL; "
            "Haarlem/NL; Maastricht/NL; Dordrecht/NL; Enschede/NL; "
            "Provincie Fryslân|Friesland|Fryslân/NL/province; Gent|Ghent/BE; Leuven/BE; "
            "Mechelen/BE; Kortrijk/BE; Hasselt/BE; Brugge|Bruges/BE"
        ),
        note="Zwolle hosts and signed before; two columns read left then right",
    ),
    Page(
        name="pl-r56a-deklaracja-prezydenci-dopelniacz",
        language="pl",
        kinds="numbered;inflected;person_before;person_named_like_place;not_signatory",
        title="Deklaracja miast na rzecz czystego powietrza",
        date=(2026, 2, 9),
        before="""Podczas Forum Czystego Powietrza w Katowicach prezydenci i burmistrzowie
dziesięciu miast podpisali deklarację, w której zobowiązują się do wymiany wszystkich
pozaklasowych kotłów w budynkach komunalnych do 2028 roku oraz do wspólnego monitoringu
jakości powietrza.

Deklarację podpisali:""",
        listing="""1. Anna Kalisz – Prezydent Miasta Rzeszowa
2. Tomasz Wieczorek – Prezydent Miasta Lublina
3. Marek Zieliński – Prezydent Miasta Bydgoszczy
4. Ewa Nowakowska – Prezydent Miasta Torunia
5. Piotr Lis – Prezydent Miasta Gliwic
6. Katarzyna Sobczak – Prezydent Miasta Opola
7. Jan Malbork – Burmistrz Miasta Zakopanego
8. Agnieszka Wójcik – Prezydent Miasta Kielc
9. Paweł Kowalczyk – Zastępca Prezydenta Miasta Białegostoku
10. Monika Grabowska – Prezydent Miasta Oświęcimia""",
        after="""Gospodarzem forum było Miasto Katowice, którego prezydent nie podpisał
deklaracji, ponieważ miasto realizuje własny program. Sekretariat inicjatywy prowadzi
Stowarzyszenie z siedzibą w Krakowie.""",
        expected=(
            "Rzeszów/PL; Lublin/PL; Bydgoszcz/PL; Toruń/PL; Gliwice/PL; Opole/PL; "
            "Zakopane/PL; Kielce/PL; Białystok/PL; Oświęcim/PL"
        ),
        note="Katowice hosts, did not sign; Kraków is the secretariat; Kalisz, Malbork are people",
    ),
    Page(
        name="tr-r56a-katilimci-sehirler-heyetler",
        language="tr",
        kinds="table_tabs;columns_after;country_in_language;not_signatory",
        title="Akdeniz Belediyeler Forumu'na katılan şehirler ve heyetleri",
        date=(2026, 10, 21),
        before="""İzmir'in ev sahipliğinde düzenlenen Akdeniz Belediyeler Forumu, on bir ülkeden
belediye heyetlerini bir araya getirdi. Forumda kıyı kentlerinin iklim uyumu, su yönetimi ve
sürdürülebilir turizm konuları ele alındı. Foruma katılan şehirler ve heyet başkanları
aşağıda yer almaktadır.""",
        listing="""Şehir\tÜlke\tHeyet başkanı
Mersin\tTürkiye\tBüyükşehir Belediye Başkanı Zeynep Aydın
Antalya\tTürkiye\tGenel Sekreter Murat Kaya
Selanik\tYunanistan\tBelediye Başkan Yardımcısı Nikos Papadakis
Lefkoşa\tKıbrıs\tBelediye Meclis Üyesi Ayşe Demirel
Valensiya\tİspanya\tBelediye Meclis Üyesi Pablo Martí
Marsilya\tFransa\tBelediye Başkan Yardımcısı Claire Moreau
Cenova\tİtalya\tBelediye Meclis Üyesi Luca Ferri
Split\tHırvatistan\tBelediye Başkanı Ivan Horvat
Tiran\tArnavutluk\tBelediye Başkan Yardımcısı Elira Krasniqi
Sus\tTunus\tBelediye Başkanı Karim Ben Salah
İskenderiye\tMısır\tVali Yardımcısı Ahmed Halawa
Beyrut\tLübnan\tBelediye Meclis Üyesi Rana Haddad""",
        after="""Forumun kapanış oturumunda ev sahibi İzmir Büyükşehir Belediyesi, bir sonraki
forumun Barselona'da yapılacağını duyurdu.""",
        expected=(
            "Mersin/TR; Antalya/TR; Thessaloniki|Selanik/GR; Nicosia|Lefkoşa/CY; "
            "Valencia|Valensiya/ES; Marseille|Marsilya/FR; Genoa|Genova|Cenova/IT; Split/HR; "
            "Tirana|Tiran/AL; Sousse|Sus/TN; Alexandria|İskenderiye/EG; Beirut|Beyrut/LB"
        ),
        note="İzmir hosts, Barcelona will host; places in Turkish exonyms",
    ),
]

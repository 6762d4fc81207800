"""Hand-written pages, batch zh: held out from rounds 16 and 17, written by an engineer who had
read neither the reader nor its tests nor the other batches (but two pages of pages_s.py): joint
statements, declarations, open letters, pledges, communiqués and resolutions of city networks as
their own sites or partners' news sites publish them, in 14 languages (en UK, en Australia, fr
France, fr Québec, de Austria, es Spain, es Central America, pt Mozambique, it, nl, sv, fi, cs,
ro; 3 to 70 entries): UK council leaders `Cllr Name, Leader, X City Council` with a combined
authority and a host in the text; an Australian lord mayors' communiqué naming the capitals in
one sentence, a lord mayor named Hamilton and an addressee in Canberra; a French tribune signed
`Name, maire de X (département)` between semicolons with mayors named Valence and Lorient; a
Québec declaration with its signatory towns in a sidebar before the text; Austrian `Stadtgemeinde`
and `Marktgemeinde` under Bundesland headings; a Spanish table of `Ayuntamiento de X` with
population and date columns beside the `Declaración de Sevilla`; a Central American declaration
copied from a PDF annex, three lines a signer, with running headers and a mayor named Heredia; a
Mozambican communiqué table of `Conselho Municipal da Cidade de X` with provinces and the host
Quelimane; an Italian open letter signed `Name (Città)` several a line, with surnames Ferrara,
Messina and Brescia; a Dutch open letter of 70 mayors `Name, burgemeester van X` one a line with
surnames Van Breda, Gouda and Van Gent; Swedish `X kommun` / `Y stad` bullets before the text
with a venue in Visby; Finnish six-city statement with signature blocks `pormestari` over
`Helsingin kaupunki` and addressees in genitives; a Czech memorandum of three cities in
genitives, two of them abroad (`Katovic`, `Žiliny`), signed `v Ostravě`; a Romanian resolution
table `Nr.`, `Municipiul`, `Județul`, `Primar` adopted at Alba Iulia. Invented texts and people,
real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-uk-council-leaders-refugee-statement-cllr-lines",
        "en",
        "one_a_line;person_before;no_country;not_signatory;body_not_city",
        "Council leaders' joint statement on asylum accommodation and move-on support",
        (2025, 9, 23),
        "Home > News > Statements\n\n"
        "Published by the Cities of Welcome network secretariat\n\n"
        "Reading time: 4 minutes\n\n"
        "The leaders of councils across England, Scotland and Wales have today written to the "
        "Home Secretary setting out the pressures that the 28-day move-on period places on "
        "local homelessness services, and asking for it to be extended to 56 days.\n\n"
        "The statement was agreed at the network's autumn meeting, hosted by Glasgow City "
        "Council at the City Chambers. Opening the meeting, Glasgow's Convener for Equalities, "
        "Cllr Fiona MacLeod, said the city had supported more than 4,000 people through the "
        "asylum dispersal scheme since it began.\n\n"
        "Full text of the statement\n\n"
        "We are proud that our towns and cities have welcomed people fleeing war and "
        "persecution, from the Syrian resettlement scheme to Homes for Ukraine. But the current "
        "system leaves councils to pick up the cost when support ends abruptly. Newly recognised "
        "refugees are being given as little as seven days' notice to leave Home Office "
        "accommodation, and many present to us as homeless with no bank account, no National "
        "Insurance number and no universal credit in payment.\n\n"
        "We call on the Government to:\n"
        "• extend the move-on period to at least 56 days, in line with the Homelessness "
        "Reduction Act;\n"
        "• share data on decisions with local authorities before notices are issued;\n"
        "• fund councils fully for the casework and temporary accommodation that follow.\n\n"
        "Signed,",
        "Cllr Rebecca Ashworth, Leader, Manchester City Council\n"
        "Mayor Andy Crossley, Greater Manchester Combined Authority\n"
        "Cllr Imran Qureshi, Leader, Birmingham City Council\n"
        "Cllr Sian Pritchard, Leader, Cardiff Council\n"
        "Cllr Tom Preston, Leader, Leeds City Council\n"
        "Cllr Helen Mair, Leader, City of Edinburgh Council\n"
        "Cllr Daniel Okafor, Leader, Liverpool City Council\n"
        "Cllr Priya Desai, Leader, Leicester City Council\n"
        "Cllr Martin Holt, Leader, Sheffield City Council\n"
        "Cllr Jo Whitaker, Leader, Newcastle City Council\n"
        "Cllr Aled Jenkins, Leader, Swansea Council\n"
        "Cllr Karen Lindsay, Leader, Dundee City Council\n"
        "Cllr Samuel Ford, Leader, Bristol City Council\n"
        "Cllr Nadia Hussain, Leader, Bradford Council\n"
        "Cllr Paul Ripley, Leader, Coventry City Council",
        "Notes to editors\n"
        "1. Cities of Welcome is a network of 41 local authorities in Great Britain working to "
        "support refugees and people seeking asylum. Its secretariat is hosted by the Migration "
        "Policy Unit, 14 Friar Gate, Derby DE1 1BU.\n"
        "2. The Home Office accommodates around 100,000 people seeking asylum, a third of them "
        "in contingency hotels.\n\n"
        "Media enquiries: press@citiesofwelcome.org.uk",
        "Manchester/GB; Greater Manchester Combined Authority|Greater Manchester/GB/metropolitan "
        "area; Birmingham/GB; Cardiff/GB; Leeds/GB; Edinburgh/GB; Liverpool/GB; Leicester/GB; "
        "Sheffield/GB; Newcastle upon Tyne/GB; Swansea/GB; Dundee/GB; Bristol/GB; Bradford/GB; "
        "Coventry/GB",
        "`Cllr Name, Leader, X City Council` lines after 'Signed,', a combined authority among "
        "them; the host Glasgow, a leader named Preston, the secretariat's address in Derby",
    ),
    Page(
        "en-au-lord-mayors-communique-one-sentence-canberra",
        "en",
        "running_text;person_named_like_place;not_signatory;no_country",
        "Communiqué: Council of Capital City Lord Mayors, spring meeting",
        (2025, 10, 16),
        "Media release\n\nCouncil of Capital City Lord Mayors\n\n"
        "The Council of Capital City Lord Mayors met at Parliament House in Canberra today for "
        "its spring meeting with the Minister for Housing and the Minister for Infrastructure, "
        "Transport, Regional Development and Local Government.\n\n"
        "The meeting was chaired by the Lord Mayor of Hobart, Cr Sarah Hamilton, who said "
        "capital cities were home to two in every three Australians and generated the bulk of "
        "the nation's economic output, yet received a falling share of infrastructure funding.\n\n"
        "Lord Mayors agreed to:\n"
        "- seek a national compact on homelessness with a dedicated fund for city-led supportive "
        "housing, modelled on the Zero Project partnerships;\n"
        "- ask the Commonwealth to restore the Urban Precincts and Partnerships Program to its "
        "original scale;\n"
        "- coordinate their preparations for the heat season with the Bureau of Meteorology and "
        "state emergency services;\n"
        "- support the Brisbane 2032 Olympic and Paralympic Games as a legacy for all capital "
        "cities.",
        "The communiqué was signed by the Lord Mayors of Adelaide, Brisbane, Darwin, Hobart, "
        "Melbourne, Perth and Sydney. The Chief Minister of the Australian Capital Territory "
        "attended as an observer.",
        "The next meeting will be held in Darwin in March 2026.\n\n"
        "Media contact: CCCLM Secretariat, Level 3, 90 Collins Street, Melbourne VIC 3000 — "
        "secretariat@lordmayors.org.au",
        "Adelaide/AU; Brisbane/AU; Darwin/AU; Hobart/AU; Melbourne/AU; Perth/AU; Sydney/AU",
        "lord mayors of seven capitals in one sentence, the ACT's chief minister an observer; "
        "the venue Parliament House in Canberra, a chair named Hamilton, the Brisbane 2032 "
        "Games, the next meeting in Darwin, the secretariat in Melbourne",
    ),
    Page(
        "fr-tribune-maires-departement-points-virgules",
        "fr",
        "several_a_line;person_before;region_after;person_named_like_place;not_signatory",
        "Tribune. « Nous, maires, refusons que l'eau devienne un luxe »",
        (2025, 7, 4),
        "Idées › Tribunes\n\nAbonnés\n\n"
        "Sécheresses à répétition, nappes au plus bas, restrictions dès le mois de mai : "
        "plus de trente maires de villes de toutes tailles appellent l'État à faire de l'eau "
        "un bien commun, et à donner aux collectivités les moyens de la protéger.\n\n"
        "Depuis l'été 2022, plus de mille communes ont dû être ravitaillées par camion-citerne. "
        "Dans nos villes, nous avons vu les fontaines se tarir et les arbres plantés il y a "
        "vingt ans mourir en une saison. Nous avons pris nos responsabilités : tarification "
        "progressive, chasse aux fuites, désimperméabilisation des cours d'école, réutilisation "
        "des eaux usées traitées. À Montpellier comme à Perpignan, des régies publiques ont "
        "montré qu'on pouvait faire mieux et moins cher.\n\n"
        "Mais nous ne pourrons pas aller plus loin seuls. Nous demandons au gouvernement "
        "d'inscrire dans la loi un droit à une quantité d'eau gratuite par personne, de "
        "relever le plafond des agences de l'eau et d'engager enfin la sobriété des usages "
        "agricoles et industriels, comme le prévoyait le plan eau annoncé à Savines-le-Lac.\n\n"
        "L'eau ne connaît pas les frontières administratives. C'est ensemble, communes, "
        "intercommunalités, départements et régions, que nous réussirons.\n\n"
        "Les signataires :",
        "Claire Valence, maire de Grenoble (Isère) ; Mathieu Roussel, maire de Besançon (Doubs) ; "
        "Nadia Benali, maire de Poitiers (Vienne) ; Jean-Marc Lorient, maire de Rennes "
        "(Ille-et-Vilaine) ; Sophie Garnier, maire de Strasbourg (Bas-Rhin) ; Éric Morvan, maire "
        "de Brest (Finistère) ; Isabelle Faure, maire de Tours (Indre-et-Loire) ; Laurent "
        "Chabert, maire d'Angers (Maine-et-Loire) ; Hélène Daumas, maire d'Avignon (Vaucluse) ; "
        "Philippe Marchand, maire de Limoges (Haute-Vienne) ; Amélie Rigaud, maire de "
        "Clermont-Ferrand (Puy-de-Dôme) ; Olivier Texier, maire de Dijon (Côte-d'Or) ; Marion "
        "Lefort, maire de Lille (Nord) ; Karim Haddad, maire de Villeurbanne (Rhône) ; Anne-Laure "
        "Bouvier, maire d'Annecy (Haute-Savoie) ; Thierry Pasquier, maire de Chambéry (Savoie) ; "
        "Cécile Ménard, maire de Niort (Deux-Sèvres) ; Gilles Aubry, maire de La Rochelle "
        "(Charente-Maritime) ; Fabienne Roche, maire de Valence (Drôme) ; Julien Bréhat, maire "
        "de Lorient (Morbihan) ; Sandrine Vial, maire de Nîmes (Gard) ; Bruno Castagné, maire "
        "d'Albi (Tarn) ; Laure Estève, maire de Pau (Pyrénées-Atlantiques) ; Yann Le Goff, "
        "maire de Quimper (Finistère) ; Corinne Lambert, maire de Metz (Moselle) ; Stéphane "
        "Roy, maire de Nancy (Meurthe-et-Moselle) ; Agnès Perrin, maire de Saint-Denis "
        "(Seine-Saint-Denis) ; Vincent Morel, maire de Montreuil (Seine-Saint-Denis) ; Élodie "
        "Marty, maire de Bègles (Gironde) ; Patrice Gauthier, maire d'Arras (Pas-de-Calais) ; "
        "Marie-Pierre Caron, maire de Colombes (Hauts-de-Seine) ; Romain Guérin, maire "
        "d'Échirolles (Isère).",
        "Cette tribune est portée par le réseau Villes et Eau commun, dont le secrétariat est "
        "assuré depuis Lyon.\n\n"
        "Lire aussi\n"
        "Sécheresse : à Mayotte, les coupures d'eau se prolongent\n"
        "À Toulouse, la métropole reprend la gestion de l'eau en régie",
        "Grenoble/FR; Besançon/FR; Poitiers/FR; Rennes/FR; Strasbourg/FR; Brest/FR; Tours/FR; "
        "Angers/FR; Avignon/FR; Limoges/FR; Clermont-Ferrand/FR; Dijon/FR; Lille/FR; "
        "Villeurbanne/FR; Annecy/FR; Chambéry/FR; Niort/FR; La Rochelle/FR; Valence/FR; "
        "Lorient/FR; Nîmes/FR; Albi/FR; Pau/FR; Quimper/FR; Metz/FR; Nancy/FR; Saint-Denis/FR; "
        "Montreuil/FR; Bègles/FR; Arras/FR; Colombes/FR; Échirolles/FR",
        "a newspaper tribune signed `Name, maire de X (département)` between semicolons, "
        "mayors named Valence and Lorient (Rennes' mayor) besides the mayors of Valence and "
        "Lorient; Montpellier, Perpignan, Savines-le-Lac in the text, Lyon the secretariat, "
        "Mayotte and Toulouse in 'Lire aussi'",
    ),
    Page(
        "fr-qc-declaration-municipalites-encadre-avant-texte",
        "fr",
        "one_a_line;region_after;no_country;not_signatory",
        "Déclaration des municipalités pour la résilience face aux inondations",
        (2025, 4, 29),
        "Accueil > Dossiers > Sécurité civile\n\n"
        "MUNICIPALITÉS SIGNATAIRES (14)\n"
        "Mise à jour : 29 avril 2025",
        "Ville de Gatineau (Outaouais)\n"
        "Ville de Laval (Laval)\n"
        "Ville de Terrebonne (Lanaudière)\n"
        "Ville de Saint-Jean-sur-Richelieu (Montérégie)\n"
        "Ville de Sherbrooke (Estrie)\n"
        "Ville de Drummondville (Centre-du-Québec)\n"
        "Ville de Trois-Rivières (Mauricie)\n"
        "Ville de Lévis (Chaudière-Appalaches)\n"
        "Ville de Rimouski (Bas-Saint-Laurent)\n"
        "Ville de Saguenay (Saguenay–Lac-Saint-Jean)\n"
        "Ville de Baie-Saint-Paul (Capitale-Nationale)\n"
        "Municipalité de Sainte-Marthe-sur-le-Lac (Laurentides)\n"
        "Ville de Rigaud (Montérégie)\n"
        "Ville de Maniwaki (Outaouais)\n\n"
        "Votre municipalité souhaite signer ? Écrivez-nous.",
        "Les crues printanières de 2017 et de 2019 ont touché plus de 300 municipalités et "
        "forcé l'évacuation de milliers de familles, de la rivière des Outaouais à la "
        "Chaudière. Six ans plus tard, les changements climatiques rendent ces événements plus "
        "fréquents et plus coûteux.\n\n"
        "Par cette déclaration, les municipalités signataires s'engagent à :\n"
        "1. mettre à jour leur plan de sécurité civile d'ici 2026 ;\n"
        "2. intégrer la nouvelle cartographie des zones inondables à leur réglementation "
        "d'urbanisme ;\n"
        "3. informer chaque ménage situé en zone à risque ;\n"
        "4. partager leurs données et leurs bonnes pratiques avec les municipalités voisines.\n\n"
        "Elles demandent au gouvernement du Québec un financement stable et prévisible des "
        "travaux de protection, ainsi que l'accompagnement du ministère de la Sécurité "
        "publique.\n\n"
        "La déclaration a été présentée le 29 avril, à Québec, lors des assises annuelles de "
        "l'Union, en présence de la ministre. « À Sainte-Marthe-sur-le-Lac, la digue a cédé en "
        "2019 ; nous savons ce que coûte l'improvisation », a rappelé la mairesse, Mme Josée "
        "Beaulieu.\n\n"
        "Documents\nDéclaration (PDF, 220 Ko)\nFormulaire d'adhésion (Word)",
        "Gatineau/CA; Laval/CA; Terrebonne/CA; Saint-Jean-sur-Richelieu/CA; Sherbrooke/CA; "
        "Drummondville/CA; Trois-Rivières/CA; Lévis/CA; Rimouski/CA; Saguenay/CA; "
        "Baie-Saint-Paul/CA; Sainte-Marthe-sur-le-Lac/CA; Rigaud/CA; Maniwaki/CA",
        "an encadré of `Ville de X (région administrative)` lines before the declaration's "
        "text, Laval whose region is Laval; the venue Québec, a signatory quoted in the text",
    ),
    Page(
        "de-at-resolution-bodenschutz-bundesland-ueberschriften",
        "de",
        "one_a_line;region_heading;not_signatory",
        "Resolution der Bürgermeisterinnen und Bürgermeister: Bodenschutz jetzt!",
        (2025, 6, 12),
        "Startseite / Aktuelles / Presse\n\n"
        "Beim Gemeindeforum in St. Pölten haben Bürgermeisterinnen und Bürgermeister aus acht "
        "Bundesländern eine gemeinsame Resolution zum Bodenschutz verabschiedet. Österreich "
        "verbaut täglich rund zwölf Hektar Boden – fast fünfmal so viel wie das in der "
        "Nachhaltigkeitsstrategie vorgesehene Ziel von 2,5 Hektar.\n\n"
        "Die unterzeichnenden Gemeinden verpflichten sich,\n"
        "– Leerstand zu erheben und vor jeder Neuwidmung zu prüfen,\n"
        "– Ortskerne zu stärken und keine neuen Fachmarktzentren auf der grünen Wiese zu "
        "widmen,\n"
        "– versiegelte Flächen zu entsiegeln, wo immer es möglich ist.\n\n"
        "Von Bund und Ländern fordern sie verbindliche Obergrenzen für den Bodenverbrauch und "
        "eine Reform des Finanzausgleichs, die Gemeinden nicht länger für Neuwidmungen "
        "belohnt. Die Resolution wird am 20. Juni im Parlament in Wien übergeben.\n\n"
        "„Wir Bürgermeister sind die Raumplaner dieses Landes – also tragen wir auch die "
        "Verantwortung“, sagte Gastgeber Bürgermeister Thomas Windhager bei der Eröffnung im "
        "Rathaus St. Pölten.\n\n"
        "Unterzeichnet haben (Stand: 12. Juni 2025):",
        "Burgenland\n"
        "Stadtgemeinde Neusiedl am See\n"
        "Stadtgemeinde Mattersburg\n\n"
        "Kärnten\n"
        "Stadtgemeinde Spittal an der Drau\n"
        "Stadtgemeinde Wolfsberg\n"
        "Marktgemeinde Arnoldstein\n\n"
        "Niederösterreich\n"
        "Stadtgemeinde Korneuburg\n"
        "Stadtgemeinde Tulln an der Donau\n"
        "Marktgemeinde Perchtoldsdorf\n"
        "Stadtgemeinde Zwettl-Niederösterreich\n\n"
        "Oberösterreich\n"
        "Stadtgemeinde Freistadt\n"
        "Stadt Steyr\n"
        "Marktgemeinde Ottensheim\n\n"
        "Salzburg\n"
        "Stadtgemeinde Saalfelden am Steinernen Meer\n"
        "Marktgemeinde Thalgau\n\n"
        "Steiermark\n"
        "Stadtgemeinde Feldbach\n"
        "Stadtgemeinde Weiz\n"
        "Stadtgemeinde Gleisdorf\n\n"
        "Tirol\n"
        "Stadtgemeinde Wörgl\n"
        "Marktgemeinde Telfs\n"
        "Stadtgemeinde Lienz\n\n"
        "Vorarlberg\n"
        "Marktgemeinde Lustenau\n"
        "Stadt Dornbirn\n"
        "Marktgemeinde Wolfurt",
        "Weitere Gemeinden können die Resolution bis 18. Juni unterzeichnen: "
        "resolution@bodenbuendnis.at\n\n"
        "Resolution zum Download (PDF, 180 kB)\n\n"
        "Das Forum wurde vom Bodenbündnis österreichischer Gemeinden gemeinsam mit dem "
        "Klimabündnis Oberösterreich (Linz) organisiert.",
        "Neusiedl am See/AT; Mattersburg/AT; Spittal an der Drau/AT; Wolfsberg/AT; "
        "Arnoldstein/AT; Korneuburg/AT; Tulln/AT; Perchtoldsdorf/AT; Zwettl Stadt/AT; "
        "Freistadt/AT; "
        "Steyr/AT; Ottensheim/AT; Saalfelden am Steinernen Meer/AT; Thalgau/AT; Feldbach/AT; "
        "Weiz/AT; Gleisdorf/AT; Wörgl/AT; Telfs/AT; Lienz/AT; Lustenau/AT; Dornbirn/AT; "
        "Wolfurt/AT",
        "`Stadtgemeinde`, `Marktgemeinde`, `Stadt X` under Bundesland headings (Salzburg a "
        "Land, not the city); the host St. Pölten, Wien where it is handed over, Linz the "
        "co-organiser",
    ),
    Page(
        "es-declaracion-sevilla-tabla-entidad-provincia-poblacion-fecha",
        "es",
        "table_tabs;columns_after;not_signatory;body_not_city",
        "Entidades adheridas a la Declaración de Sevilla sobre calor extremo",
        (2025, 8, 1),
        "Inicio » Red de Ciudades por el Clima » Declaraciones\n\n"
        "La Declaración de Sevilla fue aprobada por la Asamblea de la Red en el Real Alcázar de "
        "Sevilla en octubre de 2024, tras el verano más cálido jamás registrado en la península. "
        "Los gobiernos locales que se adhieren se comprometen a aprobar un plan municipal de "
        "calor antes de 2026, a crear una red de refugios climáticos a menos de diez minutos a "
        "pie de cada vivienda y a ampliar la sombra en calles, patios escolares y paradas de "
        "autobús.\n\n"
        "La declaración recoge la experiencia de ciudades como Sevilla, que puso nombre a sus "
        "olas de calor, o Barcelona, con su red de refugios, y sigue las recomendaciones del "
        "Plan Nacional de Adaptación al Cambio Climático.\n\n"
        "Listado de entidades adheridas (actualizado a 1 de agosto de 2025)",
        "Entidad\tProvincia\tPoblación\tFecha de adhesión\n"
        "Ayuntamiento de Córdoba\tCórdoba\t322.071\t15/10/2024\n"
        "Ayuntamiento de Murcia\tMurcia\t475.264\t15/10/2024\n"
        "Ayuntamiento de Badajoz\tBadajoz\t150.146\t15/10/2024\n"
        "Ayuntamiento de Mérida\tBadajoz\t60.322\t22/11/2024\n"
        "Ayuntamiento de Jaén\tJaén\t111.669\t22/11/2024\n"
        "Ayuntamiento de Écija\tSevilla\t39.490\t22/11/2024\n"
        "Ayuntamiento de Dos Hermanas\tSevilla\t139.997\t10/01/2025\n"
        "Ayuntamiento de Alcalá de Guadaíra\tSevilla\t76.678\t10/01/2025\n"
        "Ayuntamiento de Cáceres\tCáceres\t96.068\t10/01/2025\n"
        "Ajuntament d'Elx\tAlicante\t238.293\t03/03/2025\n"
        "Ayuntamiento de Lorca\tMurcia\t97.151\t03/03/2025\n"
        "Ayuntamiento de Talavera de la Reina\tToledo\t83.663\t03/03/2025\n"
        "Ayuntamiento de Almería\tAlmería\t200.753\t14/05/2025\n"
        "Diputación Provincial de Huelva\tHuelva\t525.835\t14/05/2025\n"
        "Ayuntamiento de Zaragoza\tZaragoza\t686.986\t30/06/2025\n"
        "Ayuntamiento de Linares\tJaén\t56.494\t30/06/2025",
        "Mostrando 1 a 16 de 16 entradas\n\n"
        "¿Cómo adherirse?\n"
        "La adhesión se aprueba por acuerdo de pleno y se comunica a la Secretaría Técnica de "
        "la Red, calle Nuncio 8, 28005 Madrid.\n\n"
        "Descargar la Declaración de Sevilla (PDF)\nModelo de acuerdo de pleno (DOCX)",
        "Córdoba/ES; Murcia/ES; Badajoz/ES; Mérida/ES; Jaén/ES; Écija/ES; Dos Hermanas/ES; "
        "Alcalá de Guadaíra/ES; Cáceres/ES; Elche/ES; Lorca/ES; Talavera de la Reina/ES; "
        "Almería/ES; Diputación Provincial de Huelva|Province of Huelva/ES/province; "
        "Zaragoza/ES; Linares/ES",
        "a tab table `Ayuntamiento de X` with province, population and date columns (Sevilla "
        "as a province, Córdoba and Mérida with bigger namesakes in the Americas, Valencian "
        "`Ajuntament d'Elx`, a Diputación); the declaration and its venue Sevilla, Barcelona as "
        "an example, the secretariat in Madrid",
    ),
    Page(
        "es-ca-declaracion-antigua-anexo-pdf-firmantes",
        "es",
        "one_a_line;person_before;country_in_language;person_named_like_place;not_signatory;"
        "broken_lines",
        "Declaración de Antigua Guatemala: alcaldías centroamericanas por la gestión del riesgo",
        (2024, 11, 20),
        "Noticias | Incidencia política\n\n"
        "Once alcaldes y alcaldesas de seis países firmaron en La Antigua Guatemala una "
        "declaración conjunta para que la gestión integral del riesgo de desastres sea una "
        "competencia municipal con presupuesto propio. La firma tuvo lugar en el marco del IX "
        "Foro Regional de Gobiernos Locales, organizado por la Red Centroamericana de Municipios "
        "Resilientes con el apoyo de la cooperación española.\n\n"
        "La declaración recuerda que el Marco de Sendai establece metas que solo pueden "
        "cumplirse desde lo local, y que el paso del huracán Julia en 2022 y las lluvias de "
        "2024 dejaron daños en cientos de municipios de la región. «Los municipios somos los "
        "primeros en llegar y los últimos en irnos», afirmó la alcaldesa anfitriona.\n\n"
        "A continuación reproducimos el anexo de la declaración con las firmas.\n\n"
        "Descargar declaración completa (PDF, 1,2 MB)\n\n"
        "DECLARACIÓN DE ANTIGUA GUATEMALA\n"
        "ANEXO I. ALCALDES Y ALCALDESAS FIRMANTES",
        "Lic. Juan Carlos Ordóñez Barrios\n"
        "Alcalde Municipal de Quetzaltenango\n"
        "República de Guatemala\n"
        "Inga. Marta Lucía Pérez de León\n"
        "Alcaldesa Municipal de Mixco\n"
        "República de Guatemala\n"
        "Dr. Roberto Henríquez Alfaro\n"
        "Alcalde Municipal de Santa Tecla\n"
        "República de El Salvador\n"
        "Licda. Ana Gabriela Mejía Campos\n"
        "Alcaldesa Municipal de San Miguel\n"
        "República de El Salvador\n"
        "Red Centroamericana de Municipios Resilientes – Foro Regional 2024"
        "            Página 4 de 6\n"
        "Abog. Carlos Eduardo Zúniga Paz\n"
        "Alcalde Municipal de San Pedro\n"
        "Sula, República de Honduras\n"
        "Ing. Rosa Amanda Castillo Reyes\n"
        "Alcaldesa Municipal de Choloma\n"
        "República de Honduras\n"
        "Lic. Francisco Javier Rivas Téllez\n"
        "Alcalde Municipal de León\n"
        "República de Nicaragua\n"
        "MSc. Luis Diego Solís Mora\n"
        "Alcalde Municipal de Alajuela\n"
        "República de Costa Rica\n"
        "Dra. Victoria Heredia Solano\n"
        "Alcaldesa Municipal de Cartago\n"
        "República de Costa Rica\n"
        "Ing. Omar Alberto Castrellón\n"
        "Alcalde del Distrito de David\n"
        "República de Panamá\n"
        "Red Centroamericana de Municipios Resilientes – Foro Regional 2024"
        "            Página 5 de 6\n"
        "Licda. Yaneth Batista de Gordón\n"
        "Alcaldesa del Distrito de Santiago de Veraguas\n"
        "República de Panamá\n\n"
        "En calidad de anfitriona y testigo de honor:\n"
        "Licda. Elena Sosa Marroquín\n"
        "Alcaldesa Municipal de La Antigua Guatemala\n"
        "Secretaría Técnica: San Salvador, El Salvador            Página 6 de 6",
        "La Red Centroamericana de Municipios Resilientes agrupa a más de 80 gobiernos locales "
        "de Guatemala, El Salvador, Honduras, Nicaragua, Costa Rica y Panamá. El próximo foro "
        "se celebrará en Tegucigalpa en 2025.",
        "Quetzaltenango/GT; Mixco/GT; Santa Tecla/SV; San Miguel/SV; San Pedro Sula/HN; "
        "Choloma/HN; León/NI; Alajuela/CR; Cartago/CR; David/PA; Santiago de Veraguas/PA",
        "a PDF annex copied three lines a signer (title and name, `Alcalde Municipal de X`, "
        "`República de Y`), running footers with page numbers, `San Pedro` / `Sula` broken "
        "over two lines, a mayor named Heredia; the host Antigua Guatemala as witness after "
        "the list, the secretariat in San Salvador, the next forum in Tegucigalpa",
    ),
    Page(
        "pt-mz-comunicado-anamm-tabela-conselho-municipal-provincia",
        "pt",
        "table_tabs;columns_after;region_after;not_signatory",
        "Comunicado final da XIV Sessão do Conselho Nacional da ANAMM",
        (2025, 5, 9),
        "Início › Notícias › Comunicados\n\n"
        "Decorreu nos dias 7 e 8 de Maio de 2025, na cidade de Quelimane, província da "
        "Zambézia, a XIV Sessão Ordinária do Conselho Nacional da Associação Nacional dos "
        "Municípios de Moçambique (ANAMM), sob o lema «Municípios resilientes, cidadãos "
        "protegidos».\n\n"
        "A sessão foi aberta pelo Presidente do Conselho Municipal da Cidade de Quelimane, na "
        "qualidade de anfitrião, e contou com a presença de representantes do Ministério da "
        "Administração Estatal e Função Pública e de parceiros de cooperação.\n\n"
        "Os municípios reunidos em Quelimane:\n"
        "1. manifestam a sua solidariedade às famílias afectadas pelo ciclone Chido e pelas "
        "cheias da época chuvosa 2024/2025;\n"
        "2. exortam o Governo a transferir para os municípios os recursos do Fundo de "
        "Compensação Autárquica dentro dos prazos legais;\n"
        "3. comprometem-se a aprovar planos locais de adaptação até ao final do mandato;\n"
        "4. decidem realizar a próxima sessão na cidade de Pemba.\n\n"
        "Municípios que subscrevem o presente comunicado:",
        "Município\tProvíncia\tRepresentado por\n"
        "Conselho Municipal da Cidade de Maputo\tCidade de Maputo\tPresidente do Conselho "
        "Municipal\n"
        "Conselho Municipal da Cidade da Matola\tMaputo\tPresidente do Conselho Municipal\n"
        "Conselho Municipal da Vila da Namaacha\tMaputo\tVereador de Administração\n"
        "Conselho Municipal da Cidade de Xai-Xai\tGaza\tPresidente do Conselho Municipal\n"
        "Conselho Municipal da Cidade de Inhambane\tInhambane\tPresidente do Conselho "
        "Municipal\n"
        "Conselho Municipal da Cidade da Beira\tSofala\tVereador de Planeamento\n"
        "Conselho Municipal da Cidade de Chimoio\tManica\tPresidente do Conselho Municipal\n"
        "Conselho Municipal da Cidade de Tete\tTete\tPresidente do Conselho Municipal\n"
        "Conselho Municipal da Cidade de Gurúè\tZambézia\tPresidente do Conselho Municipal\n"
        "Conselho Municipal da Cidade de Nampula\tNampula\tPresidente do Conselho Municipal\n"
        "Conselho Municipal da Cidade de Nacala\tNampula\tVereadora de Saúde e Acção Social\n"
        "Conselho Municipal da Cidade de Pemba\tCabo Delgado\tPresidente do Conselho Municipal\n"
        "Conselho Municipal da Cidade de Lichinga\tNiassa\tPresidente do Conselho Municipal",
        "Quelimane, 8 de Maio de 2025\n\n"
        "O Conselho Nacional\n\n"
        "Sede da ANAMM: Avenida Vladimir Lenine, n.º 1580, Maputo",
        "Maputo/MZ; Matola/MZ; Namaacha/MZ; Xai-Xai/MZ; Inhambane/MZ; Beira/MZ; Chimoio/MZ; "
        "Tete/MZ; Gurúè/MZ; Nampula/MZ; Nacala/MZ; Pemba/MZ; Lichinga/MZ",
        "a communiqué table `Conselho Municipal da Cidade de X` with province (Maputo, Tete, "
        "Nampula, Inhambane named like cities) and representative columns; the host and place "
        "of signing Quelimane, Pemba the next venue and a signatory, the seat in Maputo",
    ),
    Page(
        "it-lettera-aperta-sindaci-nome-citta-parentesi",
        "it",
        "several_a_line;person_before;person_named_like_place;no_country;not_signatory",
        "Lettera aperta dei sindaci al Governo: «Senza trasporto pubblico le città si fermano»",
        (2025, 2, 18),
        "Home › Notizie › Mobilità\n\n"
        "Ventisei sindaci di capoluoghi di provincia, di ogni colore politico, hanno firmato "
        "una lettera aperta indirizzata alla Presidente del Consiglio dei ministri e al "
        "ministro delle Infrastrutture e dei trasporti per chiedere di rifinanziare il Fondo "
        "nazionale trasporti. Pubblichiamo il testo integrale.\n\n"
        "Alla Presidente del Consiglio dei ministri\nPalazzo Chigi – Roma\n\n"
        "Gentile Presidente,\n"
        "ogni giorno milioni di persone salgono su un autobus, un tram o una metropolitana per "
        "andare a scuola, al lavoro, in ospedale. Da anni il Fondo nazionale trasporti non "
        "tiene il passo dell'inflazione e del costo dell'energia: le aziende di trasporto "
        "pubblico locale hanno già tagliato corse e rinviato il rinnovo dei mezzi.\n\n"
        "Le nostre città hanno fatto la loro parte. Bologna ha dimostrato che una città a 30 "
        "all'ora salva vite, Milano ha investito sulle nuove linee della metropolitana, "
        "Torino e Genova sulle flotte elettriche. Ma nessun comune può sostituirsi allo Stato "
        "nel finanziare il servizio.\n\n"
        "Le chiediamo di portare il Fondo ad almeno 6,3 miliardi di euro, di indicizzarlo e di "
        "convocare entro marzo un tavolo con l'ANCI e le Regioni.\n\n"
        "Con osservanza,",
        "Laura Ferrara (Pesaro), Andrea Messina (Bergamo), Paola Brescia (Cremona), Stefano "
        "Colombo (Brescia),\n"
        "Marco Ricci (Reggio Emilia), Elena Galli (Modena), Francesco De Luca (Salerno), "
        "Giovanni Russo (Bari),\n"
        "Chiara Fontana (Lecce), Luca Moretti (Parma), Silvia Conti (Piacenza), Alessandro "
        "Greco (Taranto),\n"
        "Federica Marino (Cagliari), Matteo Costa (Sassari), Valentina Rizzo (Palermo), "
        "Roberto Bianchi (Trento),\n"
        "Giorgia Lombardi (Bolzano), Davide Barbieri (Udine), Sara Mancini (Pisa), Paolo "
        "Santoro (Livorno),\n"
        "Martina Caruso (Ancona), Simone Ferri (Perugia), Anna Testa (Pescara), Giacomo Villa "
        "(Novara),\n"
        "Ilaria Longo (Vicenza), Fabio Gentile (Lucca).",
        "La lettera è promossa dalla rete Città in Movimento, che ha sede presso il Comune di "
        "Firenze. Altri sindaci possono aderire scrivendo alla segreteria.\n\n"
        "Leggi anche\n"
        "Napoli, la nuova stazione della linea 1 apre a giugno\n"
        "Verona e Padova firmano il patto per la ciclabile del Garda",
        "Pesaro/IT; Bergamo/IT; Cremona/IT; Brescia/IT; Reggio Emilia/IT; Modena/IT; "
        "Salerno/IT; Bari/IT; Lecce/IT; Parma/IT; Piacenza/IT; Taranto/IT; Cagliari/IT; "
        "Sassari/IT; Palermo/IT; Trento/IT; Bolzano/IT; Udine/IT; Pisa/IT; Livorno/IT; "
        "Ancona/IT; Perugia/IT; Pescara/IT; Novara/IT; Vicenza/IT; Lucca/IT",
        "an open letter signed `Name (Città)` four a line after 'Con osservanza,', mayors named "
        "Ferrara, Messina and Brescia (Brescia also signs); the addressee in Rome, Bologna, "
        "Milano, Torino, Genova as examples, Firenze the seat, Napoli, Verona, Padova in "
        "'Leggi anche'",
    ),
    Page(
        "nl-open-brief-burgemeesters-vuurwerkverbod-regels",
        "nl",
        "one_a_line;person_before;person_named_like_place;no_country;not_signatory",
        "Open brief: zeventig burgemeesters vragen om landelijk vuurwerkverbod",
        (2024, 12, 10),
        "Nieuws | Veiligheid\n\n"
        "Zeventig burgemeesters uit het hele land hebben vandaag een open brief gestuurd aan de "
        "minister van Justitie en Veiligheid in Den Haag. Zij vragen het kabinet om vóór de "
        "jaarwisseling van 2025 een landelijk verbod op consumentenvuurwerk in te voeren. De "
        "brief is een initiatief van het Netwerk Veilige Gemeenten.\n\n"
        "Geachte minister,\n\n"
        "Elk jaar zien wij in onze gemeenten hetzelfde beeld: hulpverleners die worden "
        "bekogeld, slachtoffers op de spoedeisende hulp, dieren in paniek en schade die in de "
        "miljoenen loopt. Een lappendeken van lokale vuurwerkvrije zones, zoals in Rotterdam "
        "en Den Haag, helpt, maar vuurwerk dat buiten de gemeentegrens is gekocht, komt binnen "
        "de gemeentegrens terecht. Handhaven is onbegonnen werk.\n\n"
        "Wij vragen u daarom om een landelijk verbod op consumentenvuurwerk, met ruimte voor "
        "professionele shows die gemeenten zelf organiseren. De politie, de brandweer en de "
        "artsen van de spoedeisende hulp staan achter deze oproep.\n\n"
        "Met vriendelijke groet,",
        "Marieke Hoogland, burgemeester van Amsterdam\n"
        "Jeroen Bakker, burgemeester van Utrecht\n"
        "Anouk Verbeek, burgemeester van Eindhoven\n"
        "Sjoerd Dijkstra, burgemeester van Groningen\n"
        "Petra van Loon, burgemeester van Tilburg\n"
        "Hans Kuipers, burgemeester van Almere\n"
        "Eline de Wit, burgemeester van Breda\n"
        "Bart Janssen, burgemeester van Nijmegen\n"
        "Ingrid Mulder, burgemeester van Apeldoorn\n"
        "Kees van Breda, burgemeester van Haarlem\n"
        "Saskia Hendriks, burgemeester van Arnhem\n"
        "Wouter Scholten, burgemeester van Enschede\n"
        "Lotte Brouwer, burgemeester van Amersfoort\n"
        "Ahmed el Amrani, burgemeester van Zaanstad\n"
        "Frank van der Heijden, burgemeester van 's-Hertogenbosch\n"
        "Gerda Kamphuis, burgemeester van Zwolle\n"
        "Rob Gouda, burgemeester van Leiden\n"
        "Yvonne Claessens, burgemeester van Maastricht\n"
        "Michiel de Jong, burgemeester van Dordrecht\n"
        "Nicole Verhoef, burgemeester van Zoetermeer\n"
        "Arjen Hofman, burgemeester van Ede\n"
        "Tineke Bosma, burgemeester van Emmen\n"
        "Jaap van Gent, burgemeester van Delft\n"
        "Mirjam Veldkamp, burgemeester van Deventer\n"
        "Rients Hoekstra, burgemeester van Leeuwarden\n"
        "Karin Zwart, burgemeester van Alkmaar\n"
        "Ruud Peeters, burgemeester van Venlo\n"
        "Joyce Smits, burgemeester van Helmond\n"
        "Leon Hermans, burgemeester van Heerlen\n"
        "Femke van Dam, burgemeester van Oss\n"
        "Gijs Vermeulen, burgemeester van Hilversum\n"
        "Marloes Kok, burgemeester van Amstelveen\n"
        "Thijs Koster, burgemeester van Purmerend\n"
        "Esther Groen, burgemeester van Schiedam\n"
        "Dennis Prins, burgemeester van Lelystad\n"
        "Ria van Gils, burgemeester van Roosendaal\n"
        "Martijn Blom, burgemeester van Gouda\n"
        "Ilse de Vries, burgemeester van Vlaardingen\n"
        "Pieter Schouten, burgemeester van Hoorn\n"
        "Wietske Nijboer, burgemeester van Assen\n"
        "Erik ter Haar, burgemeester van Almelo\n"
        "Sandra Bos, burgemeester van Capelle aan den IJssel\n"
        "Hugo Willemsen, burgemeester van Veenendaal\n"
        "Anja van der Plas, burgemeester van Katwijk\n"
        "Koen Dekker, burgemeester van Zeist\n"
        "Monique Vos, burgemeester van Nieuwegein\n"
        "Jan-Willem Kraan, burgemeester van Den Helder\n"
        "Els Wisse, burgemeester van Middelburg\n"
        "Gert-Jan Minderhoud, burgemeester van Vlissingen\n"
        "Henk Post, burgemeester van Harderwijk\n"
        "Marjolein Wolters, burgemeester van Doetinchem\n"
        "Albert Rozendal, burgemeester van Kampen\n"
        "Lieke Aerts, burgemeester van Bergen op Zoom\n"
        "Roel Nijhuis, burgemeester van Hengelo\n"
        "Anita Geurts, burgemeester van Weert\n"
        "Frits Lemmens, burgemeester van Roermond\n"
        "Nathalie de Bruijn, burgemeester van Terneuzen\n"
        "Douwe Visser, burgemeester van Heerenveen\n"
        "Carla Evers, burgemeester van Meppel\n"
        "Bas van Leeuwen, burgemeester van Gorinchem\n"
        "Judith Verhagen, burgemeester van Woerden\n"
        "Maarten Smit, burgemeester van Hoogeveen\n"
        "Hanneke Bruins, burgemeester van Hardenberg\n"
        "Tom Rutten, burgemeester van Oosterhout\n"
        "Sanne Hoek, burgemeester van Waalwijk\n"
        "Geert Wouters, burgemeester van Uden\n"
        "Inge van Rijn, burgemeester van Zutphen\n"
        "Wim Kramer, burgemeester van Tiel\n"
        "Rik Mol, burgemeester van Barneveld\n"
        "Astrid Boon, burgemeester van Harlingen",
        "Deze brief is ook ondertekend door de korpschef van de politie en de voorzitter van "
        "de Brandweerraad.\n\n"
        "Meer weten? Neem contact op met het Netwerk Veilige Gemeenten, Nassaulaan 12, "
        "2514 JS Den Haag.\n\n"
        "Lees ook\n"
        "Tilburg en Breda starten proef met vuurwerkshow op het stadhuisplein\n"
        "Burgemeester van Venray: 'Vuurwerkvrije zone werkt'",
        "Amsterdam/NL; Utrecht/NL; Eindhoven/NL; Groningen/NL; Tilburg/NL; Almere/NL; "
        "Breda/NL; Nijmegen/NL; Apeldoorn/NL; Haarlem/NL; Arnhem/NL; Enschede/NL; "
        "Amersfoort/NL; Zaanstad/NL; 's-Hertogenbosch/NL; Zwolle/NL; Leiden/NL; "
        "Maastricht/NL; Dordrecht/NL; Zoetermeer/NL; Ede/NL; Emmen/NL; Delft/NL; "
        "Deventer/NL; Leeuwarden/NL; Alkmaar/NL; Venlo/NL; Helmond/NL; Heerlen/NL; "
        "Oss/NL; Hilversum/NL; Amstelveen/NL; Purmerend/NL; Schiedam/NL; Lelystad/NL; "
        "Roosendaal/NL; Gouda/NL; Vlaardingen/NL; Hoorn/NL; Assen/NL; Almelo/NL; "
        "Capelle aan den IJssel/NL; Veenendaal/NL; Katwijk/NL; Zeist/NL; Nieuwegein/NL; "
        "Den Helder/NL; Middelburg/NL; Vlissingen/NL; Harderwijk/NL; Doetinchem/NL; "
        "Kampen/NL; Bergen op Zoom/NL; Hengelo/NL; Weert/NL; Roermond/NL; Terneuzen/NL; "
        "Heerenveen/NL; Meppel/NL; Gorinchem/NL; Woerden/NL; Hoogeveen/NL; "
        "Hardenberg/NL; Oosterhout/NL; Waalwijk/NL; Uden/NL; Zutphen/NL; Tiel/NL; "
        "Barneveld/NL; Harlingen/NL",
        "70 mayors `Name, burgemeester van X` one a line under an open letter, mayors named "
        "Van Breda (of Haarlem; Breda also signs), Gouda (of Leiden; Gouda also signs) and Van "
        "Gent; the addressee and the network's address in Den Haag, Rotterdam and Den Haag as "
        "examples, the police and fire brigade after the list, Tilburg, Breda and Venray in "
        "'Lees ook'",
    ),
    Page(
        "sv-klimatkontrakt-undertecknare-punktlista-visby",
        "sv",
        "bulleted;inflected;no_country;not_signatory",
        "Arton nya kommuner skriver under Klimatkontrakt 2030",
        (2025, 7, 2),
        "Nyheter › Pressmeddelanden\n\n"
        "Under Almedalsveckan i Visby skrev arton kommuner på onsdagen under Klimatkontrakt "
        "2030, ett gemensamt åtagande med fyra myndigheter om att nå klimatneutralitet till år "
        "2030. Därmed omfattar kontraktet nu 41 svenska kommuner, där nästan hälften av "
        "Sveriges befolkning bor.\n\n"
        "De nya undertecknarna är:",
        "• Göteborgs Stad\n"
        "• Helsingborgs stad\n"
        "• Uppsala kommun\n"
        "• Västerås stad\n"
        "• Örebro kommun\n"
        "• Linköpings kommun\n"
        "• Norrköpings kommun\n"
        "• Jönköpings kommun\n"
        "• Gävle kommun\n"
        "• Borås Stad\n"
        "• Eskilstuna kommun\n"
        "• Karlstads kommun\n"
        "• Växjö kommun\n"
        "• Halmstads kommun\n"
        "• Skellefteå kommun\n"
        "• Luleå kommun\n"
        "• Östersunds kommun\n"
        "• Kiruna kommun",
        "– Det här är ett kvitto på att omställningen nu sker i hela landet, från Kiruna i "
        "norr till Trelleborg i söder, säger programchefen Karin Ekström.\n\n"
        "Kontraktet bygger på EU:s uppdrag om 100 klimatneutrala och smarta städer, där "
        "Stockholm, Göteborg, Malmö, Lund, Uppsala, Umeå och Helsingborg redan deltar. De "
        "kommuner som skrev på i Visby får stöd av programmets kansli i Stockholm och av "
        "Energimyndigheten i Eskilstuna.\n\n"
        "Om Klimatkontrakt 2030\n"
        "Klimatkontrakt 2030 är ett samarbete mellan kommuner, Energimyndigheten, "
        "Naturvårdsverket, Tillväxtverket och Formas. Kansliet finns på Drottninggatan 33, "
        "Stockholm.\n\n"
        "Pressbilder\nLadda ner (zip, 14 MB)",
        "Gothenburg/SE; Helsingborg/SE; Uppsala/SE; Västerås/SE; Örebro/SE; Linköping/SE; "
        "Norrköping/SE; Jönköping/SE; Gävle/SE; Borås/SE; Eskilstuna/SE; Karlstad/SE; "
        "Växjö/SE; Halmstad/SE; Skellefteå/SE; Luleå/SE; Östersund/SE; Kiruna/SE",
        "bullets of `Xs kommun`, `Xs stad`, `Göteborgs Stad` in genitives; the venue Visby, "
        "Kiruna and Trelleborg in a quote, the mission cities (some also new signatories) in "
        "the text, the secretariat in Stockholm and an agency in Eskilstuna",
    ),
    Page(
        "fi-kuutoskaupungit-kannanotto-allekirjoitukset",
        "fi",
        "one_a_line;person_before;inflected;person_named_like_place;not_signatory;no_country",
        "Suurten kaupunkien pormestareiden kannanotto: kotoutumisen rahoitus turvattava",
        (2025, 3, 27),
        "Etusivu > Ajankohtaista > Tiedotteet\n\n"
        "Kannanotto | Kuutoskaupungit\n\n"
        "Kuuden suurimman kaupungin pormestarit ja kaupunginjohtajat vaativat valtiota "
        "turvaamaan kotoutumispalveluiden rahoituksen, kun vastuu kotoutumisesta siirtyi "
        "kunnille vuoden 2025 alussa. Kannanotto on osoitettu pääministerille sekä "
        "työministerille, "
        "ja se on lähetetty tiedoksi Suomen Kuntaliitolle.\n\n"
        "Kotoutumislain uudistus siirsi kunnille uusia tehtäviä, mutta niiden rahoitus jää "
        "laskelmiemme mukaan vähintään 40 miljoonaa euroa vajaaksi. Suurimmissa kaupungeissa "
        "asuu yli puolet maahan muuttaneista, ja palvelujen kysyntä kasvaa nopeimmin "
        "pääkaupunkiseudulla.\n\n"
        "Esimerkiksi Vaasassa ja Porissa on saatu hyviä tuloksia kielikoulutuksen ja työn "
        "yhdistämisestä. Tällaisia malleja ei voida laajentaa ilman pysyvää rahoitusta.\n\n"
        "Vaadimme, että\n"
        "– kotoutumisen laskennallinen korvaus vastaa todellisia kustannuksia,\n"
        "– valtio korvaa tulkkauksen kustannukset täysimääräisesti,\n"
        "– kunnat saavat tiedon oleskeluluvan saaneista ajoissa.\n\n"
        "Helsingissä 27.3.2025",
        "Pekka Salo\n"
        "pormestari\n"
        "Helsingin kaupunki\n\n"
        "Riitta Hämäläinen\n"
        "kaupunginjohtaja\n"
        "Espoon kaupunki\n\n"
        "Antti Lahti\n"
        "kaupunginjohtaja\n"
        "Vantaan kaupunki\n\n"
        "Sanna Kotka\n"
        "pormestari\n"
        "Tampereen kaupunki\n\n"
        "Jukka Rauma\n"
        "pormestari\n"
        "Turun kaupunki\n\n"
        "Heli Karjalainen\n"
        "kaupunginjohtaja\n"
        "Oulun kaupunki",
        "Lisätietoja:\n"
        "erityisasiantuntija Mikko Nieminen, puh. 09 310 12345\n\n"
        "Kuutoskaupungit on Helsingin, Espoon, Vantaan, Tampereen, Turun ja Oulun "
        "yhteistyöverkosto. Puheenjohtajuus kiertää, ja vuonna 2025 se on Turulla.\n\n"
        "Lue myös\n"
        "Lahden ja Jyväskylän kaupungit mukaan kiertotalouden kärkihankkeeseen",
        "Helsinki/FI; Espoo/FI; Vantaa/FI; Tampere/FI; Turku/FI; Oulu/FI",
        "signature blocks of name, title and `Xn kaupunki` in genitives, under the place of "
        "signing `Helsingissä`; mayors named Salo, Lahti, Kotka and Rauma; Vaasa and Pori as "
        "examples in inessives, the network named again in genitives, Lahti and Jyväskylä in "
        "'Lue myös'",
    ),
    Page(
        "cs-memorandum-tri-mest-genitivy-cesky-tesin",
        "cs",
        "running_text;inflected;few;person_before;no_country;not_signatory",
        "Ostrava, Katovice a Žilina podepsaly memorandum o spolupráci v krizovém řízení",
        (2025, 9, 11),
        "Úvod / Zprávy z radnice / Bezpečnost\n\n"
        "Tři velká města česko-polsko-slovenského pomezí budou při povodních, požárech a "
        "dalších mimořádných událostech postupovat společně.",
        "Memorandum o spolupráci v oblasti krizového řízení a ochrany obyvatelstva podepsali "
        "ve čtvrtek v Českém Těšíně primátor Ostravy Jan Mrázek, prezident Katovic Marcin "
        "Wójcik a primátor Žiliny Peter Kováčik.",
        "Města se zavazují sdílet informace o vývoji mimořádných událostí, vyměňovat si "
        "zkušenosti krizových štábů a pořádat společná cvičení hasičů a městských policií. "
        "Jako první proběhne v příštím roce cvičení na řece Olši mezi Karvinou a Cieszynem.\n\n"
        "„Povodně v roce 2024 ukázaly, že voda nezná hranice. Když Opava a Krnov bojovaly s "
        "velkou vodou, pomáhali nám hasiči z Polska i ze Slovenska,“ uvedl ostravský primátor. "
        "Prezident Katovic připomněl, že jeho město se na spolupráci podílí i v rámci "
        "Euroregionu Silesia.\n\n"
        "Memorandum navazuje na dohodu o přeshraniční spolupráci složek integrovaného "
        "záchranného systému, kterou Česká republika a Polsko uzavřely v roce 2019. Podpis "
        "hostilo město Český Těšín, jehož starostka Eva Lipowská ocenila, že se k memorandu "
        "mohou v budoucnu připojit i menší obce regionu.\n\n"
        "Související zprávy\n"
        "Ostrava otevřela nové operační středisko městské policie\n"
        "Frýdek-Místek a Havířov posílí protipovodňová opatření",
        "Ostrava/CZ; Katowice/PL; Žilina/SK",
        "three signatories in one sentence in genitives (`primátor Ostravy`, `prezident "
        "Katovic`, `primátor Žiliny`), two abroad and no country named; the venue and host "
        "Český Těšín in the locative, Karviná, Cieszyn, Opava, Krnov in the text, "
        "Frýdek-Místek and Havířov in related news",
    ),
    Page(
        "ro-rezolutie-amr-tabel-municipiu-judet-primar",
        "ro",
        "table_tabs;numbered;columns_after;person_after;not_signatory",
        "Rezoluția Adunării Generale a AMR privind finanțarea municipiilor",
        (2025, 4, 25),
        "Acasă » Comunicate de presă\n\n"
        "Adunarea Generală a Asociației Municipiilor din România, reunită la Alba Iulia în "
        "zilele de 24 și 25 aprilie 2025, a adoptat în unanimitate o rezoluție prin care cere "
        "Guvernului și Parlamentului României să nu reducă cotele din impozitul pe venit care "
        "revin bugetelor locale.\n\n"
        "Primarii semnatari atrag atenția că reducerea cotelor ar bloca proiectele finanțate "
        "prin Planul Național de Redresare și Reziliență și ar pune în pericol plata "
        "serviciilor de transport public, a termoficării și a asistenței sociale. Ei solicită "
        "consultarea structurilor asociative înaintea oricărei modificări a Codului fiscal, "
        "conform Cartei europene a autonomiei locale adoptate la Strasbourg.\n\n"
        "Lucrările au fost deschise de primarul municipiului Alba Iulia, gazda reuniunii, și de "
        "președintele AMR.\n\n"
        "Lista primarilor care au semnat rezoluția:",
        "Nr.\tMunicipiul\tJudețul\tPrimar\n"
        "1\tCluj-Napoca\tCluj\tAndrei Mureșan\n"
        "2\tTimișoara\tTimiș\tCristian Vlad\n"
        "3\tIași\tIași\tMihaela Ungureanu\n"
        "4\tConstanța\tConstanța\tGeorge Stănescu\n"
        "5\tCraiova\tDolj\tIoana Popescu\n"
        "6\tBrașov\tBrașov\tRadu Munteanu\n"
        "7\tGalați\tGalați\tAdrian Ciobanu\n"
        "8\tPloiești\tPrahova\tElena Dumitrescu\n"
        "9\tOradea\tBihor\tFlorin Szabo\n"
        "10\tBrăila\tBrăila\tCătălin Neagu\n"
        "11\tArad\tArad\tLaura Pop\n"
        "12\tPitești\tArgeș\tDaniel Ionescu\n"
        "13\tSibiu\tSibiu\tAnca Moldovan\n"
        "14\tBacău\tBacău\tVasile Rusu\n"
        "15\tTârgu Mureș\tMureș\tZoltán Kovács\n"
        "16\tBaia Mare\tMaramureș\tDorin Pavel\n"
        "17\tBuzău\tBuzău\tMarian Toma\n"
        "18\tBotoșani\tBotoșani\tGabriela Lungu\n"
        "19\tSatu Mare\tSatu Mare\tAttila Nagy\n"
        "20\tRâmnicu Vâlcea\tVâlcea\tSorin Diaconu\n"
        "21\tSuceava\tSuceava\tOvidiu Hrițcu\n"
        "22\tPiatra Neamț\tNeamț\tLucian Bălan\n"
        "23\tDrobeta-Turnu Severin\tMehedinți\tNicolae Stoica\n"
        "24\tFocșani\tVrancea\tCorina Marin",
        "Rezoluția a fost transmisă Președintelui României, prim-ministrului și președinților "
        "celor două Camere ale Parlamentului, la București.\n\n"
        "Biroul de presă AMR\nStr. Ion Câmpineanu nr. 20, sector 1, București",
        "Cluj-Napoca/RO; Timișoara/RO; Iași/RO; Constanța/RO; Craiova/RO; Brașov/RO; "
        "Galați/RO; Ploiești/RO; Oradea/RO; Brăila/RO; Arad/RO; Pitești/RO; Sibiu/RO; "
        "Bacău/RO; Târgu Mureș/RO; Baia Mare/RO; Buzău/RO; Botoșani/RO; Satu Mare/RO; "
        "Râmnicu Vâlcea/RO; Suceava/RO; Piatra Neamț/RO; Drobeta-Turnu Severin/RO; "
        "Focșani/RO",
        "a numbered tab table of municipality, county (often the same name) and mayor; the host "
        "Alba Iulia, the European Charter adopted at Strasbourg, the addressees and the "
        "association's address in București",
    ),
]

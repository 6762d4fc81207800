"""Hand-written pages, batch z: written for issue #20 (branch accz) as a held-out check, before
round 13's changes to the reader and held out from them, by an engineer who had read neither the
reader nor its tests, modelled on how city networks publish statements and member pages (none
copied): 7 joint statements, declarations, open letters, pledges and calls with their
signatories, and 7 member directories, news about new members and event pages listing the
participating cities, in 14 languages (en, en, fr, de, es, pt, it, nl, ro, hr, cs, el, tr, uk;
4 to 52 entries). Shapes: a US mayors' pledge whose 52 signatories sit under state names in
capitals, several a line between bars (`Portland | Eugene` under OREGON, Atlanta under GEORGIA,
Washington under DISTRICT OF COLUMBIA), launched in Baltimore; an Asia-Pacific network's news of
seven new members, one paragraph each opening with the official name (`Kathmandu Metropolitan
City`, `Rajshahi City Corporation`, `Pemerintah Kota Semarang`) and naming sister cities,
rivers and provinces; a Walloon declaration named after its venue Wavre, copied from a PDF
whose signature blocks stood in two columns (`Pour la Ville de Mons,` beside `Pour la Ville de
Tournai,` on one line, then both titles, then both names), addressed to Namur; a Swiss German
directory of 44 Energiestädte, one line a town, `Name · canton code · inhabitants with
apostrophes · since · label`, with Freiburg/Fribourg, Biel/Bienne and Rapperswil-Jona and
towns of Romandy that are not members; a Spanish declaration of Montevideo copied from a PDF,
signature blocks in capitals (`NAME` / `Alcaldesa` / `MUNICIPALIDAD PROVINCIAL DE AREQUIPA —
PERÚ`) broken by running headers, with mayors named Mercedes Toledo and Trinidad Salinas; a
Portuguese news item of four municipalities and an intermunicipal community named after
Coimbra, in one sentence, at a meeting in Évora; an Italian charter of Trento signed in one
paragraph of titles in every order (`il Sindaco di Bergamo, Name`, `Name, Sindaca di Padova`,
`Udine (Name, Sindaco)`), a metropolitan city, a union of municipalities, `Comune di Bolzano –
Gemeinde Bozen` and people named Siena and Como; a Flemish event page of bullets `Stad X:
burgemeester Name` with people named Peer, Bree and Geel, the host Leuven and speakers from
Dutch cities; Romanian `Județul X – Municipiul Y, reprezentat de primarul Name` lines whose
județ is often the city's namesake, signed in Sibiu; Croatian new members in the dative
(`Gradu Novalji`, `Općini Bol`) at an assembly in Karlovac; a Czech call of mayors under
`Okres X` headings, `Town – Ing. Name, starosta (party)`, with a mayor named Kolín, a venue
Jihlava that is also a heading; Greek participating municipalities as one `Δήμοι X, Y και Z`
sentence of genitives with the host Thessaloniki and the next host Patras; Turkish member
district municipalities `İzmir / Karşıyaka Belediyesi — 2011` whose province is not a member;
Ukrainian numbered hromadas `Житомирська міська територіальна громада — міський голова Name`
signed at a forum in Lviv and addressed to Kyiv. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

_SWISS = [
    ("Aarau", "AG", "22’100", "1998", "Energiestadt Gold"),
    ("Allschwil", "BL", "21’400", "2007", "Energiestadt"),
    ("Altdorf", "UR", "9’600", "2012", "Energiestadt"),
    ("Arbon", "TG", "15’300", "2009", "Energiestadt"),
    ("Baar", "ZG", "25’100", "2004", "Energiestadt"),
    ("Baden", "AG", "19’800", "1995", "Energiestadt Gold"),
    ("Basel", "BS", "173’800", "2000", "Energiestadt Gold"),
    ("Bern", "BE", "134’600", "1996", "Energiestadt Gold"),
    ("Biel/Bienne", "BE", "55’800", "2003", "Energiestadt"),
    ("Burgdorf", "BE", "16’600", "2001", "Energiestadt"),
    ("Chur", "GR", "38’000", "2006", "Energiestadt"),
    ("Davos", "GR", "10’900", "2014", "Energiestadt"),
    ("Dietikon", "ZH", "28’000", "2010", "Energiestadt"),
    ("Dübendorf", "ZH", "30’500", "2008", "Energiestadt"),
    ("Emmen", "LU", "31’500", "2015", "Energiestadt"),
    ("Frauenfeld", "TG", "26’200", "1999", "Energiestadt Gold"),
    ("Freiburg/Fribourg", "FR", "38’800", "2011", "Energiestadt"),
    ("Glarus", "GL", "12’700", "2016", "Energiestadt"),
    ("Gossau", "SG", "18’500", "2005", "Energiestadt"),
    ("Grenchen", "SO", "17’400", "2013", "Energiestadt"),
    ("Herisau", "AR", "15’900", "2010", "Energiestadt"),
    ("Köniz", "BE", "42’700", "1997", "Energiestadt Gold"),
    ("Kreuzlingen", "TG", "22’800", "2002", "Energiestadt"),
    ("Kriens", "LU", "28’000", "2006", "Energiestadt"),
    ("Langenthal", "BE", "16’000", "2008", "Energiestadt"),
    ("Liestal", "BL", "14’900", "2003", "Energiestadt"),
    ("Luzern", "LU", "82’900", "1998", "Energiestadt Gold"),
    ("Olten", "SO", "18’900", "2004", "Energiestadt"),
    ("Rapperswil-Jona", "SG", "27’600", "2009", "Energiestadt"),
    ("Riehen", "BS", "21’300", "1999", "Energiestadt Gold"),
    ("Sarnen", "OW", "10’900", "2018", "Energiestadt"),
    ("Schaffhausen", "SH", "37’000", "2001", "Energiestadt Gold"),
    ("Schwyz", "SZ", "15’500", "2017", "Energiestadt"),
    ("Solothurn", "SO", "16’900", "2000", "Energiestadt"),
    ("St. Gallen", "SG", "76’200", "1996", "Energiestadt Gold"),
    ("Stans", "NW", "8’500", "2019", "Energiestadt"),
    ("Thun", "BE", "43’800", "2007", "Energiestadt"),
    ("Uster", "ZH", "35’700", "2005", "Energiestadt"),
    ("Wädenswil", "ZH", "24’800", "2012", "Energiestadt"),
    ("Wettingen", "AG", "21’200", "2008", "Energiestadt"),
    ("Wil", "SG", "24’700", "2003", "Energiestadt"),
    ("Winterthur", "ZH", "117’000", "1995", "Energiestadt Gold"),
    ("Zug", "ZG", "31’000", "2000", "Energiestadt Gold"),
    ("Zürich", "ZH", "423’000", "1996", "Energiestadt Gold"),
]
_SWISS_EXPECTED = {
    "Biel/Bienne": "Biel",
    "Freiburg/Fribourg": "Fribourg",
    "Rapperswil-Jona": "Rapperswil",
}

PAGES: list[Page] = [
    Page(
        "en-us-bus-pledge-state-capitals-bars",
        "en",
        "several_a_line;region_heading;region_like_country;no_country;not_signatory",
        "52 mayors pledge zero-emission school bus fleets by 2035",
        (2025, 6, 14),
        "Pledges | Clean Transportation\n\n"
        "BALTIMORE, MD \u2014 Mayors from 19 states and the District of Columbia today "
        "committed to bring every school bus operating in their cities to zero emissions by "
        "2035, at the Annual Meeting of the nation's mayors hosted by the City of Baltimore at "
        "the Baltimore Convention Center.\n\n"
        "The Clean Ride Pledge asks each signatory to adopt a fleet transition plan within 18 "
        "months, to work with their school districts and transit agencies on charging depots, "
        "and to report progress every year. The pledge builds on the federal Clean School Bus "
        "Program administered by the Environmental Protection Agency.\n\n"
        "\u201cKids breathe the exhaust first,\u201d said the pledge's co-chair, whose city "
        "electrified its first ten buses last fall. \u201cThis is where climate action meets "
        "kitchen-table health.\u201d\n\n"
        "Cities not yet on the list can sign through the online form. Signatories as of "
        "June 14:",
        "ALABAMA\nBirmingham | Montgomery | Huntsville\n\n"
        "ARIZONA\nTucson | Chandler\n\n"
        "CALIFORNIA\nOakland | Sacramento | San Diego | Long Beach | Berkeley | Santa Monica | "
        "Fresno\n\n"
        "COLORADO\nDenver | Boulder | Fort Collins\n\n"
        "DISTRICT OF COLUMBIA\nWashington\n\n"
        "GEORGIA\nAtlanta | Savannah | Decatur\n\n"
        "ILLINOIS\nChicago | Evanston | Springfield\n\n"
        "INDIANA\nIndianapolis | Bloomington\n\n"
        "MAINE\nBangor | Lewiston\n\n"
        "MASSACHUSETTS\nBoston | Cambridge | Somerville\n\n"
        "MICHIGAN\nDetroit | Ann Arbor | Grand Rapids\n\n"
        "MINNESOTA\nMinneapolis | Saint Paul | Duluth\n\n"
        "NEW MEXICO\nAlbuquerque | Santa Fe\n\n"
        "NEW YORK\nRochester | Ithaca | Albany\n\n"
        "NORTH CAROLINA\nDurham | Charlotte\n\n"
        "OHIO\nColumbus | Cincinnati | Dayton\n\n"
        "OREGON\nPortland | Eugene\n\n"
        "PENNSYLVANIA\nPittsburgh | Philadelphia\n\n"
        "SOUTH CAROLINA\nColumbia\n\n"
        "WISCONSIN\nMadison | Milwaukee",
        "Is your city missing? Mayors can add their signature at any time; staff will confirm "
        "with the mayor's office before a city is listed.\n\n"
        "Press: media@cleanridepledge.org",
        "Birmingham/US; Montgomery/US; Huntsville/US; Tucson/US; Chandler/US; Oakland/US; "
        "Sacramento/US; San Diego/US; Long Beach/US; Berkeley/US; Santa Monica/US; Fresno/US; "
        "Denver/US; Boulder/US; Fort Collins/US; Washington/US; Atlanta/US; Savannah/US; "
        "Decatur/US; Chicago/US; Evanston/US; Springfield/US; Indianapolis/US; "
        "Bloomington/US; Bangor/US; Lewiston/US; Boston/US; Cambridge/US; Somerville/US; "
        "Detroit/US; Ann Arbor/US; Grand Rapids/US; Minneapolis/US; Saint Paul/US; "
        "Duluth/US; Albuquerque/US; Santa Fe/US; Rochester/US; Ithaca/US; Albany/US; "
        "Durham/US; Charlotte/US; Columbus/US; Cincinnati/US; Dayton/US; Portland/US; "
        "Eugene/US; Pittsburgh/US; Philadelphia/US; Columbia/US; Madison/US; Milwaukee/US",
        "52 cities under state names in capitals, several a line between bars, no country; "
        "GEORGIA a state heading, Washington under DISTRICT OF COLUMBIA, Springfield, Columbia, "
        "Cambridge, Portland and Rochester read by their state; the host Baltimore did not sign",
    ),
    Page(
        "en-asia-pacific-new-members-paragraphs-official-names",
        "en",
        "paragraphs;not_signatory;country_in_language",
        "Seven cities join the network as it passes 150 members in Asia and the Pacific",
        (2025, 11, 4),
        "News | Membership\n\n"
        "The Executive Committee, meeting in Kaohsiung on 28\u201329 October, approved the "
        "applications of seven local governments from South Asia, Southeast Asia and the "
        "Pacific. Our regional secretariat in Seoul will now work with each of them on a "
        "first climate and resilience action plan.\n\n"
        "\u201cThese cities face floods, heat and fast growth all at once, and they bring "
        "real solutions with them,\u201d said the network's President, the Mayor of "
        "Yokohama.\n\n"
        "Meet our new members:",
        "Kathmandu Metropolitan City joins as a Full Member. Nepal's capital, in the valley "
        "it shares with Lalitpur and Bhaktapur, will bring its work on the Bagmati river "
        "clean-up and on earthquake-safe schools.\n\n"
        "Bhubaneswar Municipal Corporation, capital of the Indian state of Odisha, joins as "
        "a Full Member. The city's heat action plan, first drafted after the 2019 cyclone "
        "season, has been shared with Cuttack and Puri.\n\n"
        "Iloilo City Government (Philippines) joins as a Full Member. Its riverside esplanade "
        "is a model followed by other cities on Panay and in the Visayas.\n\n"
        "Pemerintah Kota Semarang \u2014 the City Government of Semarang, Central Java, "
        "Indonesia \u2014 joins as a Full Member to work on tidal flooding and land "
        "subsidence, together with partners from Rotterdam.\n\n"
        "Colombo Municipal Council, Sri Lanka, joins as an Associate Member while its "
        "urban wetlands programme is reviewed with the national government in Sri "
        "Jayawardenepura Kotte.\n\n"
        "Rajshahi City Corporation, Bangladesh, joins as a Full Member. Known for its clean "
        "air record, the city will mentor peers in Khulna and Sylhet.\n\n"
        "Suva City Council joins as a Full Member, the first from Fiji, and will co-lead the "
        "network's Pacific Islands working group.",
        "Membership is open to any local or regional government in Asia and the Pacific. "
        "Read more about membership categories and fees.",
        "Kathmandu/NP; Bhubaneswar/IN; Iloilo/PH; Semarang/ID; Colombo/LK; Rajshahi/BD; Suva/FJ",
        "new members one paragraph each, the official name first (`Kathmandu Metropolitan "
        "City`, `Pemerintah Kota Semarang`, `Rajshahi City Corporation`); each paragraph names "
        "places that did not join (Lalitpur, Bhaktapur, Cuttack, Puri, Rotterdam, Kotte, Khulna, "
        "Sylhet); the committee met in Kaohsiung, the secretariat in Seoul, the president from "
        "Yokohama",
    ),
    Page(
        "fr-be-declaration-de-wavre-pdf-deux-colonnes",
        "fr",
        "one_a_line;broken_lines;person_after;no_country;not_signatory",
        "Déclaration de Wavre pour des centres-villes vivants",
        (2025, 3, 21),
        "Actualités > Aménagement du territoire\n\n"
        "Réunis à l'Hôtel de Ville de Wavre à l'invitation de son Bourgmestre, six villes "
        "wallonnes ont signé une déclaration commune sur la revitalisation des centres-villes. "
        "Elle sera remise au Gouvernement wallon à Namur lors de la prochaine Conférence des "
        "bourgmestres. Vous trouverez ci-dessous le texte tel qu'il figure dans le PDF signé "
        "(télécharger le PDF, 214 Ko).\n\n"
        "DÉCLARATION DE WAVRE\n\n"
        "Les villes signataires constatent que la vacance commerciale a doublé dans leurs "
        "centres depuis 2015 et que l'artificialisation des sols en périphérie se pour-\n"
        "suit malgré les objectifs régionaux. Elles s'engagent à :\n"
        "1. geler toute nouvelle zone commerciale en périphérie à partir du 1er janvier "
        "2026 ;\n"
        "2. réaffecter les étages vides au-dessus des commerces en logements abor-\n"
        "dables ;\n"
        "3. partager leurs données de fréquentation au sein d'un observatoire commun.\n\n"
        "Fait à Wavre, le 21 mars 2025, en six exemplaires originaux.\n\n"
        "Déclaration de Wavre \u2013 page 2/2",
        "Pour la Ville de Mons,                         Pour la Ville de Tournai,\n"
        "le Bourgmestre,                                la Bourgmestre,\n"
        "Nicolas Desmet                                 Sophie Vandamme\n\n"
        "Pour la Ville de Huy,                          Pour la Ville de Gembloux,\n"
        "le Bourgmestre,                                le Bourgmestre,\n"
        "Christophe Lemaire                             Benoît Fraikin\n\n"
        "Pour la Ville d'Ottignies-Louvain-             Pour la Ville de La Louvière,\n"
        "la-Neuve,                                      le Bourgmestre,\n"
        "la Bourgmestre,                                Jacques Dupuis\n"
        "Anne-Catherine Noël",
        "Contact presse : Service communication de la Ville de Wavre, 010 23 03 00.",
        "Mons/BE; Tournai/BE; Huy/BE; Gembloux/BE; Ottignies/BE; La Louvière/BE",
        "signature blocks copied from a two-column PDF, two towns on one line then two titles "
        "then two names, `Ottignies-Louvain-` broken over two lines; hyphenated body lines and a "
        "page footer; the venue Wavre names the declaration, the addressee sits in Namur",
    ),
    Page(
        "de-ch-energiestaedte-verzeichnis-kanton-einwohner",
        "de",
        "one_a_line;state_codes;columns_after;no_country;not_signatory",
        "Energiestädte der Deutschschweiz: Mitgliederverzeichnis",
        (2025, 1, 15),
        "Startseite \u203a Gemeinden \u203a Verzeichnis\n\n"
        "Über 500 Gemeinden in der Schweiz tragen das Label. Hier finden Sie die Städte und "
        "grösseren Gemeinden der Deutschschweiz mit mehr als 8000 Einwohnerinnen und "
        "Einwohnern. Gemeinden der Romandie und des Tessins, etwa Lausanne, Neuchâtel, "
        "Sion oder Lugano, finden Sie im französischen und im italienischen Verzeichnis.\n\n"
        "Filter: Kanton \u25be   Label \u25be   Sortieren: A\u2013Z\n\n"
        "44 Einträge \u00b7 Gemeinde \u00b7 Kanton \u00b7 Einwohner \u00b7 Label seit \u00b7 "
        "Stufe",
        "\n".join(
            f"{t} \u00b7 {k} \u00b7 {e} Einw. \u00b7 seit {s} \u00b7 {lb}"
            for t, k, e, s, lb in _SWISS
        ),
        "Die Einwohnerzahlen stammen aus der Statistik der Bevölkerung und der Haushalte "
        "(STATPOP) des Bundesamts für Statistik in Neuchâtel. Fehlt Ihre Gemeinde? Melden Sie "
        "sich bei der Geschäftsstelle.",
        "; ".join(f"{_SWISS_EXPECTED.get(t, t)}/CH" for t, _, _, _, _ in _SWISS),
        "44 towns one a line, `Name · canton code · inhabitants with apostrophes · seit year · "
        "label`; canton codes that are countries' (AG, BE, FR, GL, LU, SG, SO, AR, BS); "
        "Biel/Bienne, Freiburg/Fribourg (a German city's name too), Rapperswil-Jona; Romandy "
        "towns and the statistics office in Neuchâtel are not members",
    ),
    Page(
        "es-declaracion-montevideo-pdf-firmas-mayusculas",
        "es",
        "one_a_line;person_before;person_named_like_place;country_in_language;broken_lines;"
        "not_signatory",
        "Declaración de Montevideo: alcaldes y alcaldesas por el agua",
        (2025, 9, 26),
        "Inicio / Noticias / Declaraciones\n\n"
        "Trece gobiernos locales de siete países firmaron en Montevideo, en el marco del "
        "Encuentro Sudamericano de Ciudades y Agua organizado por la Intendencia de "
        "Montevideo, una declaración que reclama acceso directo de los municipios al "
        "financiamiento climático para agua y saneamiento. Reproducimos el texto del PDF "
        "firmado.\n\n"
        "DECLARACIÓN DE MONTEVIDEO\n\n"
        "Considerando que la sequía de 2023 dejó a Montevideo y su área metropolitana al "
        "borde del desabastecimiento, y que fenómenos similares afectaron a ciudades de "
        "los Andes y del Gran Cha-\n"
        "co; recordando el Acuerdo de París y la Agenda 2030, las y los firmantes se com-\n"
        "prometen a proteger sus fuentes de agua, reducir las pérdidas en las redes y "
        "rendir cuentas públicamente cada año.\n\n"
        "Firmado en Montevideo, el 26 de septiembre de 2025.",
        "MARÍA FERNANDA QUISPE HUAMÁN\nAlcaldesa Provincial\n"
        "MUNICIPALIDAD PROVINCIAL DE AREQUIPA \u2014 PERÚ\n\n"
        "JORGE LUIS CCAHUANA MAMANI\nAlcalde Provincial\n"
        "MUNICIPALIDAD PROVINCIAL DEL CUSCO \u2014 PERÚ\n\n"
        "MERCEDES TOLEDO ARIAS\nAlcaldesa\n"
        "GAD MUNICIPAL DEL CANTÓN CUENCA \u2014 ECUADOR\n\n"
        "ANDRÉS PALACIOS JARAMILLO\nAlcalde\nMUNICIPIO DE LOJA \u2014 ECUADOR\n\n"
        "Declaración de Montevideo \u2014 Encuentro Sudamericano de Ciudades y Agua        3/4\n\n"
        "CAROLINA ARANGO GIRALDO\nAlcaldesa\nALCALDÍA DE MANIZALES \u2014 COLOMBIA\n\n"
        "TRINIDAD SALINAS BENAVIDES\nAlcaldesa\nALCALDÍA DE PASTO \u2014 COLOMBIA\n\n"
        "RODRIGO ALIAGA VARGAS\nAlcalde\n"
        "GOBIERNO AUTÓNOMO MUNICIPAL DE COCHA-\nBAMBA \u2014 BOLIVIA\n\n"
        "PATRICIA VILLCA CONDORI\nAlcaldesa\n"
        "GOBIERNO AUTÓNOMO MUNICIPAL DE SUCRE \u2014 BOLIVIA\n\n"
        "EMILIANO CORTÉZ LOBO\nIntendente\n"
        "MUNICIPALIDAD DE LA CIUDAD DE SALTA \u2014 ARGENTINA\n\n"
        "VALERIA GODOY PÉREZ\nIntendenta\n"
        "MUNICIPALIDAD DE LA CIUDAD DE MENDOZA \u2014 ARGENTINA\n\n"
        "Declaración de Montevideo \u2014 Encuentro Sudamericano de Ciudades y Agua        4/4\n\n"
        "CAMILA SEPÚLVEDA ROJAS\nAlcaldesa\n"
        "ILUSTRE MUNICIPALIDAD DE VALPARAÍSO \u2014 CHILE\n\n"
        "FELIPE HUENCHUMÁN NAHUEL\nAlcalde\nMUNICIPALIDAD DE TEMUCO \u2014 CHILE\n\n"
        "NÉSTOR BENÍTEZ OVIEDO\nIntendente Municipal\n"
        "MUNICIPALIDAD DE ASUNCIÓN \u2014 PARAGUAY",
        "La declaración queda abierta a la adhesión de otros gobiernos locales de la región. "
        "La próxima edición del Encuentro se celebrará en Santa Cruz de la Sierra.",
        "Arequipa/PE; Cusco/PE; Cuenca/EC; Loja/EC; Manizales/CO; Pasto/CO; Cochabamba/BO; "
        "Sucre/BO; Salta/AR; Mendoza/AR; Valparaíso/CL; Temuco/CL; Asunción/PY",
        "signature blocks from a PDF: a name in capitals, a title, `MUNICIPALIDAD PROVINCIAL DE "
        "AREQUIPA — PERÚ` in capitals; running headers with page numbers between blocks; "
        "`COCHA-` / `BAMBA` broken; mayors named Mercedes Toledo and Trinidad Salinas; the host "
        "Montevideo and the next venue Santa Cruz de la Sierra did not sign",
    ),
    Page(
        "pt-novos-municipios-cim-coimbra-reuniao-evora",
        "pt",
        "running_text;body_not_city;not_signatory",
        "Quatro municípios e uma comunidade intermunicipal aderem à Rede",
        (2025, 5, 8),
        "Notícias \u00bb Vida da Rede\n\n"
        "Na reunião do Conselho Diretivo realizada na passada terça-feira em Évora, no "
        "Palácio de D. Manuel, foram aprovadas cinco novas adesões, que elevam para 58 o "
        "número de membros da Rede.",
        "A Rede dá as boas-vindas aos municípios de Fundão, Mértola, Óbidos e Torres Vedras, "
        "bem como à Comunidade Intermunicipal da Região de Coimbra, que agrega 19 municípios "
        "do Centro e passa a participar como membro de pleno direito.",
        "\u201cCada nova adesão traz experiência concreta: da economia circular no interior à "
        "gestão da água no Alentejo\u201d, afirmou o presidente da Rede e presidente da Câmara "
        "Municipal de Almada.\n\n"
        "Os novos membros participarão já no Encontro Anual, em outubro, em Braga. O "
        "secretariado técnico da Rede funciona em Lisboa.",
        "Fundão/PT; Mértola/PT; Óbidos/PT; Torres Vedras/PT; "
        "Comunidade Intermunicipal da Região de Coimbra|CIM Região de Coimbra/PT/"
        "union of municipalities",
        "new members in one sentence with `e` and `bem como`, an intermunicipal community "
        "named after Coimbra (a union of municipalities); the meeting in Évora, the president "
        "from Almada, the next meeting in Braga and the secretariat in Lisboa are not new",
    ),
    Page(
        "it-carta-di-trento-firmatari-paragrafo-titoli",
        "it",
        "running_text;person_before;person_after;person_named_like_place;named_twice;"
        "body_not_city;no_country;not_signatory",
        "Firmata la Carta di Trento per la mobilità dolce",
        (2025, 10, 3),
        "Home \u203a Comunicati stampa\n\n"
        "TRENTO \u2013 Al termine della seconda giornata del Festival della mobilità, ospitato "
        "dal Comune di Trento nel Palazzo Geremia, amministratori di venti enti locali hanno "
        "sottoscritto la Carta di Trento, che impegna i firmatari a dimezzare entro il 2030 "
        "gli incidenti gravi che coinvolgono pedoni e ciclisti e a portare a 30 km/h il limite "
        "nelle zone residenziali, sul modello già adottato da Bologna.\n\n"
        "La Carta riprende gli obiettivi della Dichiarazione di Stoccolma sulla sicurezza "
        "stradale e sarà presentata al Ministero delle Infrastrutture a Roma.",
        "Hanno sottoscritto la Carta: il Sindaco di Bergamo, Giorgio Ravasio; Elena Zanin, "
        "Sindaca di Padova; per il Comune di Reggio Emilia, l'Assessora alla mobilità Chiara "
        "Ferretti; la Città metropolitana di Genova, rappresentata dal Vicesindaco "
        "metropolitano Luca Bertola; Antonio De Pascalis, Sindaco di Lecce; il Comune di "
        "Pesaro, con il Sindaco Matteo Gennari; Udine (Franco Del Piero, Sindaco); la "
        "Sindaca di Lucca, Giulia Siena; Cagliari, per il Sindaco l'Assessore Paolo Como; il "
        "Sindaco di Matera, Vito Santoro; Brescia, Sindaca Laura Bonometti; per Modena "
        "l'Assessore Andrea Ghelfi; Prato, con la Vicesindaca Simona Lenzi; il Comune di "
        "Bari, nella persona del Sindaco Nicola Loiacono; il Presidente dell'Unione Terre "
        "di Castelli, Davide Ricci Bitti; Ravenna, l'Assessora Federica "
        "Morigi; Perugia (Sindaca Chiara Brunelli); il Comune di Bolzano \u2013 Gemeinde Bozen, "
        "con il Sindaco Stefan Kofler; Ferrara, Sindaco Alessio Zanardi; e infine Trieste, "
        "con l'Assessore Roberto Vidali.",
        "La Carta resta aperta all'adesione di altri Comuni e Unioni di Comuni. Il "
        "coordinamento tecnico è affidato alla segreteria della rete, con sede a Firenze.",
        "Bergamo/IT; Padova/IT; Reggio Emilia/IT; "
        "Città metropolitana di Genova|Metropolitan City of Genoa/IT/metropolitan area; "
        "Lecce/IT; Pesaro/IT; Udine/IT; Lucca/IT; Cagliari/IT; Matera/IT; Brescia/IT; "
        "Modena/IT; Prato/IT; Bari/IT; "
        "Unione Terre di Castelli|Terre di Castelli/IT/union of municipalities; "
        "Ravenna/IT; Perugia/IT; Bolzano/IT; Ferrara/IT; Trieste/IT",
        "20 signatories in one paragraph between semicolons, titles and names before, after "
        "and in brackets; a metropolitan city and a union of municipalities; `Comune di "
        "Bolzano – Gemeinde Bozen` named twice; people named Siena and Como; the host Trento "
        "names the charter; Bologna, Stockholm, Rome and the secretariat in Florence did not sign",
    ),
    Page(
        "nl-be-deelnemende-steden-studiedag-leuven-schepenen",
        "nl",
        "one_a_line;bulleted;person_after;person_named_like_place;no_country;not_signatory",
        "Studiedag Levendige Kernen: deze steden en gemeenten doen mee",
        (2025, 2, 27),
        "Home > Agenda > Studiedag Levendige Kernen\n\n"
        "Op donderdag 13 maart organiseert de Stad Leuven samen met ons netwerk de studiedag "
        "Levendige Kernen in de Predikherenkerk. Na de verwelkoming door de burgemeester van "
        "Leuven volgen sprekers uit Eindhoven en Utrecht over leegstand en wonen boven "
        "winkels. In de namiddag stellen de deelnemende steden en gemeenten hun aanpak voor "
        "in werkwinkels.\n\n"
        "Deelnemende steden en gemeenten (stand op 27 februari):",
        "\u2022 Stad Mechelen: burgemeester Wim Claes\n"
        "\u2022 Stad Genk: schepen van lokale economie Hilde Peer\n"
        "\u2022 Stad Kortrijk: schepen Bart Bree\n"
        "\u2022 Stad Roeselare: burgemeester Kristof Vandewalle\n"
        "\u2022 Stad Aalst: schepen van stadsvernieuwing Sarah De Smet\n"
        "\u2022 Stad Hasselt: burgemeester Koen Geel\n"
        "\u2022 Stad Turnhout: schepen Lies Van Gorp\n"
        "\u2022 Stad Lier: burgemeester Frank Nauwelaerts\n"
        "\u2022 Stad Ieper: schepen Annelies Deprez\n"
        "\u2022 Stad Oostende: schepen van economie Pieter Verhaeghe\n"
        "\u2022 Stad Sint-Niklaas: burgemeester Nele Van Puyvelde\n"
        "\u2022 Stad Lommel: schepen Tom Vanderhoydonck\n"
        "\u2022 Stad Herentals: burgemeester Jan Vermeulen\n"
        "\u2022 Gemeente Dilbeek: schepen Ilse Vandenbroeck\n"
        "\u2022 Gemeente Evergem: burgemeester Joris Heyse",
        "Inschrijven kan nog tot 7 maart via het formulier. Deelname is gratis voor "
        "leden van het netwerk.",
        "Mechelen/BE; Genk/BE; Kortrijk/BE; Roeselare/BE; Aalst/BE; Hasselt/BE; Turnhout/BE; "
        "Lier/BE; Ieper/BE; Oostende/BE; Sint-Niklaas/BE; Lommel/BE; Herentals/BE; "
        "Dilbeek/BE; Evergem/BE",
        "bullets `Stad X: schepen/burgemeester Name`, `Gemeente X`; aldermen named Peer, Bree and "
        "Geel (Limburg and Antwerp towns that do not take part); the host Leuven and speakers "
        "from Eindhoven and Utrecht are not participants",
    ),
    Page(
        "ro-declaratie-judetul-municipiul-reprezentat-primar-sibiu",
        "ro",
        "one_a_line;region_before;person_after;named_twice;no_country;not_signatory",
        "Declarația de la Sibiu privind transportul public metropolitan",
        (2025, 4, 10),
        "Acasă / Comunicate / Declarații\n\n"
        "Primarii a nouă municipii reședință de județ din Transilvania, Banat, Crișana și "
        "Moldova au semnat joi, la Sibiu, o declarație comună prin care cer Guvernului "
        "finanțare multianuală pentru transportul public în zonele metropolitane. Întâlnirea "
        "a fost găzduită de Primăria Municipiului Sibiu, la Palatul Brukenthal.\n\n"
        "Semnatarii solicită ca fondurile din Programul Regional și din Planul Național de "
        "Redresare și Reziliență să poată fi folosite și pentru operarea transportului, nu "
        "doar pentru investiții. Documentul va fi transmis Ministerului Dezvoltării, la "
        "București.\n\n"
        "Semnatari:",
        "Județul Cluj \u2013 Municipiul Cluj-Napoca, reprezentat de primarul Emil Moldovan\n"
        "Județul Alba \u2013 Municipiul Alba Iulia, reprezentat de primarul Gabriel Oltean\n"
        "Județul Bihor \u2013 Municipiul Oradea, reprezentat de viceprimarul Florin Ardelean\n"
        "Județul Brașov \u2013 Municipiul Brașov, reprezentat de primarul Radu Stoica\n"
        "Județul Iași \u2013 Municipiul Iași, reprezentat de primarul Mihai Ciobanu\n"
        "Județul Timiș \u2013 Municipiul Timișoara, reprezentat de primarul Adrian Popescu\n"
        "Județul Suceava \u2013 Municipiul Suceava, reprezentat de primarul Vasile Rusu\n"
        "Județul Bistrița-Năsăud \u2013 Municipiul Bistrița, reprezentat de primarul Ioan Pop\n"
        "Județul Mureș \u2013 Municipiul Sighișoara, reprezentat de primarul Ovidiu Bucur",
        "Declarația rămâne deschisă aderării altor municipii. Următoarea întâlnire a grupului "
        "de lucru va avea loc la Craiova.",
        "Cluj-Napoca/RO; Alba Iulia/RO; Oradea/RO; Brașov/RO; Iași/RO; Timișoara/RO; "
        "Suceava/RO; Bistrița/RO; Sighișoara/RO",
        "lines `Județul X – Municipiul Y, reprezentat de primarul Name`, the county first and "
        "often the city's namesake (Brașov, Iași, Suceava), Bistrița-Năsăud before Bistrița, "
        "Mureș before Sighișoara; the host Sibiu, Bucharest and the next venue Craiova did "
        "not sign",
    ),
    Page(
        "hr-novi-clanovi-dativ-gradu-opcini-karlovac",
        "hr",
        "running_text;inflected;no_country;not_signatory",
        "Udruga dobila četiri nova člana",
        (2025, 6, 2),
        "Naslovnica \u00bb Vijesti\n\n"
        "Skupština Udruge održana je u petak u Karlovcu, u gradskoj vijećnici, uz sudjelovanje "
        "predstavnika 46 gradova i općina. Skupštinu je otvorio predsjednik Udruge, "
        "gradonačelnik Koprivnice, a domaćini su bili Grad Karlovac i Karlovačka županija.",
        "Na prijedlog Predsjedništva Skupština je jednoglasno prihvatila zahtjeve za "
        "učlanjenje te dobrodošlicu u članstvo poželjela Gradu Novalji, Gradu Ogulinu, "
        "Općini Bol i Općini Vrsar.",
        "Novi članovi odmah se uključuju u rad radnih skupina za turizam i za obnovu povijesnih "
        "jezgri. Sljedeća sjednica Predsjedništva održat će se u rujnu u Zagrebu, u sjedištu "
        "Udruge.",
        "Novalja/HR; Ogulin/HR; Bol/HR; Vrsar/HR",
        "four new members in one sentence in the dative (`Gradu Novalji, Gradu Ogulinu, Općini "
        "Bol i Općini Vrsar`); the venue Karlovac (locative `u Karlovcu`), the president from "
        "Koprivnica and the seat in Zagreb are not new",
    ),
    Page(
        "cs-vyzva-starostu-okres-nadpisy-strana",
        "cs",
        "one_a_line;region_heading;person_after;person_named_like_place;columns_after;"
        "no_country;not_signatory",
        "Výzva starostů k zachování regionálních železničních tratí",
        (2025, 8, 19),
        "Úvod > Aktuality > Výzva starostů\n\n"
        "Starostky a starostové 24 měst z Pardubického kraje a Kraje Vysočina podepsali na "
        "setkání v Jihlavě výzvu ministru dopravy, aby regionální tratě nebyly zařazeny mezi "
        "tratě určené k útlumu. Setkání se konalo v budově Krajského úřadu Kraje Vysočina.\n\n"
        "Signatáři upozorňují, že mnoho tratí obsluhuje školy a nemocnice v okresních "
        "městech a že jejich zrušení by zvýšilo dopravu po silnicích I. třídy. Výzvu "
        "předají Ministerstvu dopravy v Praze.\n\n"
        "Výzvu podepsali (podle okresů):",
        "Okres Svitavy\n"
        "Litomyšl \u2013 Ing. Pavel Kolín, starosta (nez.)\n"
        "Polička \u2013 Mgr. Jana Horáková, starostka (KDU-ČSL)\n\n"
        "Okres Ústí nad Orlicí\n"
        "Vysoké Mýto \u2013 Ing. Martin Novotný, starosta (ODS)\n"
        "Česká Třebová \u2013 Bc. Petra Dvořáková, starostka (STAN)\n"
        "Žamberk \u2013 Ing. Tomáš Kalousek, starosta (nez.)\n"
        "Lanškroun \u2013 Mgr. Radim Vacek, starosta (ANO)\n\n"
        "Okres Chrudim\n"
        "Hlinsko \u2013 Ing. Miroslav Dušek, starosta (ODS)\n"
        "Skuteč \u2013 Lenka Boháčová, starostka (nez.)\n\n"
        "Okres Pardubice\n"
        "Holice \u2013 Ing. Ondřej Šimek, starosta (STAN)\n"
        "Přelouč \u2013 Mgr. Irena Burešová, starostka (nez.)\n\n"
        "Okres Žďár nad Sázavou\n"
        "Nové Město na Moravě \u2013 Ing. Michal Král, starosta (ČSSD)\n"
        "Bystřice nad Pernštejnem \u2013 Mgr. Karel Doležal, starosta (KDU-ČSL)\n"
        "Velké Meziříčí \u2013 Ing. Josef Sedlák, starosta (nez.)\n\n"
        "Okres Jihlava\n"
        "Telč \u2013 Vladimír Krejčí, starosta (nez.)\n"
        "Třešť \u2013 Ing. Vladimíra Kuncová, starostka (ODS)\n"
        "Polná \u2013 Mgr. David Musil, starosta (STAN)\n\n"
        "Okres Pelhřimov\n"
        "Humpolec \u2013 Ing. Vladimír Beneš, starosta (ODS)\n"
        "Pacov \u2013 Bc. Lucie Vondrová, starostka (nez.)\n"
        "Kamenice nad Lipou \u2013 Ing. Jiří Malý, starosta (ANO)\n\n"
        "Okres Havlíčkův Brod\n"
        "Chotěboř \u2013 Ing. Tomáš Pospíšil, starosta (nez.)\n"
        "Ledeč nad Sázavou \u2013 Mgr. Eva Tichá, starostka (STAN)\n"
        "Světlá nad Sázavou \u2013 Ing. Lukáš Říha, starosta (nez.)\n\n"
        "Okres Třebíč\n"
        "Moravské Budějovice \u2013 Ing. Pavel Kratochvíl, starosta (KDU-ČSL)\n"
        "Náměšť nad Oslavou \u2013 Mgr. Vít Hanák, starosta (nez.)",
        "K výzvě se mohou připojit další obce a města prostřednictvím formuláře na našem webu.",
        "Litomyšl/CZ; Polička/CZ; Vysoké Mýto/CZ; Česká Třebová/CZ; Žamberk/CZ; Lanškroun/CZ; "
        "Hlinsko/CZ; Skuteč/CZ; Holice/CZ; Přelouč/CZ; Nové Město na Moravě/CZ; "
        "Bystřice nad Pernštejnem/CZ; Velké Meziříčí/CZ; Telč/CZ; Třešť/CZ; Polná/CZ; "
        "Humpolec/CZ; Pacov/CZ; Kamenice nad Lipou/CZ; Chotěboř/CZ; Ledeč nad Sázavou/CZ; "
        "Světlá nad Sázavou/CZ; Moravské Budějovice/CZ; Náměšť nad Oslavou/CZ",
        "24 towns under `Okres X` headings named after other towns (Svitavy, Chrudim, "
        "Pardubice, Jihlava, Třebíč...), `Town – Ing. Name, starosta (party)`; a mayor named "
        "Kolín; the venue Jihlava (`v Jihlavě`) is a heading too; the addressee in Prague",
    ),
    Page(
        "el-ekdilosi-symmetexoun-dimoi-genikes-thessaloniki",
        "el",
        "running_text;inflected;no_country;not_signatory",
        "Συνέδριο για την κυκλική οικονομία στους δήμους: οι συμμετοχές",
        (2025, 11, 20),
        "Αρχική \u203a Εκδηλώσεις\n\n"
        "Το 3ο Συνέδριο Κυκλικής Οικονομίας των Δήμων πραγματοποιείται στις 5 και 6 Δεκεμβρίου "
        "στη Θεσσαλονίκη, στο Βελλίδειο Συνεδριακό Κέντρο, με οικοδεσπότη τον Δήμο "
        "Θεσσαλονίκης. Στο πρόγραμμα περιλαμβάνονται συνεδρίες για τη διαλογή στην πηγή, τα "
        "πράσινα σημεία και την κομποστοποίηση, καθώς και επίσκεψη στο Κέντρο Διαλογής "
        "Ανακυκλώσιμων Υλικών.",
        "Μέχρι σήμερα έχουν δηλώσει συμμετοχή με αντιπροσωπείες οι Δήμοι Ηρακλείου, Χανίων, "
        "Ρεθύμνης, Καλαμάτας, Ιωαννιτών, Κοζάνης, Σερρών, Βόλου, Λαμιέων, Δράμας και "
        "Κατερίνης.",
        "Οι δηλώσεις συμμετοχής γίνονται δεκτές έως τις 28 Νοεμβρίου. Το επόμενο συνέδριο "
        "θα φιλοξενήσει ο Δήμος Πατρέων.",
        "Heraklion/GR; Chania/GR; Rethymno/GR; Kalamata/GR; Ioannina/GR; Kozani/GR; Serres/GR; "
        "Volos/GR; Lamia/GR; Drama/GR; Katerini/GR",
        "participating municipalities as one sentence of genitives after `οι Δήμοι` with "
        "`και` (Ρεθύμνης, Ιωαννιτών, Λαμιέων); the host Thessaloniki and the next host Patras "
        "(`Δήμος Πατρέων`) do not take part",
    ),
    Page(
        "tr-uye-belediyeler-il-slash-ilce-yil",
        "tr",
        "one_a_line;region_before;columns_after;no_country;not_signatory",
        "Üye Belediyelerimiz",
        (2025, 3, 12),
        "Anasayfa / Kurumsal / Üyelerimiz\n\n"
        "Birliğimiz, kentlerde sağlıklı yaşamı ve katılımcı yönetimi desteklemek amacıyla "
        "kurulmuş bir yerel yönetimler birliğidir. Genel Kurulumuz her yıl farklı bir üye "
        "kentte toplanır; 2024 Genel Kurulu Eskişehir'de yapılmıştır. Büyükşehir "
        "belediyeleri birliğe gözlemci olarak katılabilir.\n\n"
        "Üye belediyeler (il / belediye \u2014 üyelik yılı):",
        "Adana / Seyhan Belediyesi \u2014 2009\n"
        "Ankara / Çankaya Belediyesi \u2014 2005\n"
        "Antalya / Muratpaşa Belediyesi \u2014 2010\n"
        "Antalya / Konyaaltı Belediyesi \u2014 2016\n"
        "Bursa / Nilüfer Belediyesi \u2014 2004\n"
        "Bursa / Osmangazi Belediyesi \u2014 2012\n"
        "Denizli / Merkezefendi Belediyesi \u2014 2015\n"
        "Edirne / Edirne Belediyesi \u2014 2007\n"
        "Eskişehir / Tepebaşı Belediyesi \u2014 2006\n"
        "Eskişehir / Odunpazarı Belediyesi \u2014 2008\n"
        "İstanbul / Şişli Belediyesi \u2014 2011\n"
        "İstanbul / Üsküdar Belediyesi \u2014 2013\n"
        "İstanbul / Maltepe Belediyesi \u2014 2010\n"
        "İstanbul / Ataşehir Belediyesi \u2014 2014\n"
        "İzmir / Karşıyaka Belediyesi \u2014 2011\n"
        "İzmir / Bornova Belediyesi \u2014 2005\n"
        "İzmir / Çiğli Belediyesi \u2014 2017\n"
        "İzmir / Konak Belediyesi \u2014 2009\n"
        "İzmir / Buca Belediyesi \u2014 2019\n"
        "Kırklareli / Lüleburgaz Belediyesi \u2014 2012\n"
        "Kocaeli / Gebze Belediyesi \u2014 2018\n"
        "Mersin / Mezitli Belediyesi \u2014 2016\n"
        "Mersin / Tarsus Belediyesi \u2014 2020\n"
        "Muğla / Menteşe Belediyesi \u2014 2021\n"
        "Tekirdağ / Çorlu Belediyesi \u2014 2015",
        "Birliğimize üye olmak isteyen belediyeler, belediye meclisi kararı ile Genel "
        "Sekreterliğe başvurabilir.",
        "Seyhan/TR; Çankaya/TR; Muratpaşa/TR; Konyaaltı/TR; Nilüfer/TR; Osmangazi/TR; "
        "Merkezefendi/TR; Edirne/TR; Tepebaşı/TR; Odunpazarı/TR; Şişli/TR; Üsküdar/TR; "
        "Maltepe/TR; Ataşehir/TR; Karşıyaka/TR; Bornova/TR; Çiğli/TR; Konak/TR; Buca/TR; "
        "Lüleburgaz/TR; Gebze/TR; Mezitli/TR; Tarsus/TR; Menteşe/TR; Çorlu/TR",
        "25 district municipalities `İl / X Belediyesi — year`, the province first and not a "
        "member (İzmir, İstanbul, Bursa, Antalya, Mersin...), except `Edirne / Edirne "
        "Belediyesi`; Eskişehir hosted the assembly but only its districts are members",
    ),
    Page(
        "uk-zvernennia-hromady-miskyi-holova-lviv",
        "uk",
        "one_a_line;numbered;inflected;person_after;no_country;not_signatory",
        "Звернення громад щодо енергетичної стійкості",
        (2025, 10, 16),
        "Головна / Новини / Заяви\n\n"
        "Під час Форуму енергетичної стійкості громад у Львові очільники одинадцяти громад "
        "підписали спільне звернення до Верховної Ради України та Кабінету Міністрів. "
        "Громади просять залишати в місцевих бюджетах частину податку на доходи фізичних "
        "осіб для встановлення когенераційних установок, сонячних електростанцій та "
        "накопичувачів енергії. Форум відбувся за підтримки Львівської міської ради.\n\n"
        "Звернення направлено до Києва 16 жовтня. Підписанти:",
        "1. Житомирська міська територіальна громада \u2014 міський голова Сергій Ткачук\n"
        "2. Рівненська міська територіальна громада \u2014 міський голова Олександр Кравець\n"
        "3. Тернопільська міська територіальна громада \u2014 міський голова Роман Гнатів\n"
        "4. Луцька міська територіальна громада \u2014 секретар міської ради, виконувач "
        "обов'язків міського голови Ігор Савчук\n"
        "5. Івано-Франківська міська територіальна громада \u2014 міський голова Андрій Гнатюк\n"
        "6. Ужгородська міська територіальна громада \u2014 міський голова Василь Попович\n"
        "7. Чернівецька міська територіальна громада \u2014 міська голова Оксана Паскар\n"
        "8. Полтавська міська територіальна громада \u2014 міський голова Дмитро Голуб\n"
        "9. Черкаська міська територіальна громада \u2014 міський голова Віталій Коваль\n"
        "10. Сумська міська територіальна громада \u2014 міська голова Наталія Мельник\n"
        "11. Гостомельська селищна територіальна громада \u2014 селищний голова Олег Савенко",
        "До звернення можуть приєднатися інші громади, надіславши лист на адресу асоціації.",
        "Zhytomyr/UA; Rivne/UA; Ternopil/UA; Lutsk/UA; Ivano-Frankivsk/UA; Uzhhorod/UA; "
        "Chernivtsi/UA; Poltava/UA; Cherkasy/UA; Sumy/UA; Hostomel/UA",
        "numbered official hromada names as adjectives (`Житомирська міська територіальна "
        "громада`, `Гостомельська селищна`) then the head's title and name; signed at a forum "
        "in Lviv (`у Львові`, `Львівської міської ради`), addressed to Kyiv (`до Києва`)",
    ),
]

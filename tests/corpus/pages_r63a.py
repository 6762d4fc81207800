"""Batch r63a: 14 pages held out from round 62, one language each, written without reading the
reader or running it: en US (`Name, Mayor of X, ST` lines with a county and mayors named
Savannah, Austin, Madison), en GB (a PDF copy of council leaders' lines with page headers and
hyphenated council names, a combined authority), en ZA (news of five municipalities joining, a
host city and a venue), fr (`Pour la Ville de X` signature blocks, a métropole, the place of
signing), fr West Africa (a directory of 57 members under country headings with the year they
joined), es (a tab table with province, region, population and date columns, a Diputación), es CL
(a press release quoting a host mayor and a regional governor who did not sign), de (running text
with `und`/`sowie`, genitives `Münsters`, `des Landkreises Osnabrück`, a Regionalverband), it
(`Città – Nome, sindaco` lines with a metropolitan city, a union of municipalities and mayors named
Lucca and Verona), pt (member cards flattened to lines with district and region, an
intermunicipal community), nl BE (running text with `en`/`alsook`, the Province of Limburg,
people named Van Hasselt and Van Geel), pl (news with genitives `Lublina, Rzeszowa, Gdyni`, a
powiat and a venue `w Toruniu`), ro (`Pentru Municipiul X` blocks, a county council), hu (a
numbered table aligned with spaces, a vármegye and a venue `Kecskeméten`)."""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r63a-us-mayors-state-codes",
        language="en",
        kinds="one_a_line;person_before;state_codes;person_named_like_place;body_not_city",
        title="Mayors and County Leaders Sign the Extreme Heat Readiness Pledge",
        date=(2025, 6, 18),
        before=(
            "Ahead of the summer, local leaders from across the country have committed to "
            "cooling centers, tree canopy targets and heat alerts in more than a dozen languages. "
            "The pledge was presented at the Heatwise Cities Forum, hosted by the City of Phoenix "
            "at its downtown convention center.\n\n"
            "“No resident should have to face a heat dome alone,” said the forum's chair, "
            "Deputy Mayor Lorraine Castellanos of Phoenix, who opened the session.\n\n"
            "Signed by:"
        ),
        listing=(
            "Savannah Ortiz, Mayor of Tulsa, OK\n"
            "Austin Kerrigan, Mayor of Boise, ID\n"
            "Renée Whitcombe, Mayor of Tacoma, WA\n"
            "Darnell Fitch, County Executive, King County, WA\n"
            "Madison Okafor, Mayor of Dayton, OH\n"
            "Gregory Lindqvist, Mayor of Madison, WI\n"
            "Priya Ramaswamy, Mayor of Ann Arbor, MI\n"
            "Theodore Blaylock, Mayor of Savannah, GA\n"
            "Colleen Mraz, Mayor of Des Moines, IA\n"
            "Hector Villaseñor, Mayor of Eugene, OR\n"
            "Joanna Pruitt, Mayor of Charleston, SC\n"
            "Wendell Ashby, Mayor of Spokane, WA"
        ),
        after=(
            "Cities that wish to join the pledge can write to the Heatwise Cities secretariat. "
            "The next forum will take place in Albuquerque in the spring."
        ),
        expected=(
            "Tulsa/US; Boise/US; Tacoma/US; King County/US/county; Dayton/US; Madison/US; "
            "Ann Arbor/US; Savannah/US; Des Moines/US; Eugene/US; Charleston/US; Spokane/US"
        ),
    ),
    Page(
        name="en-r63a-gb-pdf-council-leaders",
        language="en",
        kinds="one_a_line;broken_lines;person_before;body_not_city",
        title="Northern and Midlands Councils Retrofit Compact: list of signatories",
        date=(2024, 11, 7),
        before=(
            "The text below is copied from the signed PDF of the Retrofit Compact (version 3, "
            "with the signatories added since the launch). The launch event took place at the "
            "Manchester Central conference centre.\n\n"
            "Signatories (in the order they signed)"
        ),
        listing=(
            "Cllr Brenda Hollis, Leader, Leeds City Council\n"
            "Cllr Tariq Mahmood, Leader, Sheffield City Council\n"
            "Cllr Joanne Pettigrew, Leader, Bradford Metropolitan District Coun-\n"
            "cil\n"
            "Mayor Fiona Ackroyd, West Yorkshire Combined Authority\n"
            "Cllr Owen Merriman, Leader, Notting-\n"
            "ham City Council\n"
            "Cllr Sunita Bhardwaj, Leader, Leicester City Council\n"
            "Cllr Declan Rooney, Leader, Coventry City Council\n"
            "Cllr Ruth Calloway, Leader, Derby City Council\n"
            "Cllr Martin Oduya, Leader, Stoke-on-Trent City Council\n"
            "\n"
            "Retrofit Compact – Signatories                                   Page 2 of 3\n"
            "\n"
            "Cllr Helen Spragg, Leader, City of Wolverhampton Council\n"
            "Cllr Gareth Pennock, Leader, Sunderland City Council\n"
            "Cllr Alison Tweddle, Leader, Newcastle City Council (Newcastle upon\n"
            "Tyne)\n"
            "Cllr Robert Ingleby, Leader, Hull City Council\n"
            "Cllr Caroline Marsh, Leader, City of York Council\n"
            "Cllr Nadeem Qureshi, Leader, Lancaster City Coun-\n"
            "cil\n"
            "Cllr Patricia Oakes, Leader, Norwich City Council\n"
            "Cllr Simon Trevelyan, Leader, Cambridge City Council\n"
            "\n"
            "Retrofit Compact – Signatories                                   Page 3 of 3\n"
            "\n"
            "Cllr Eleri Prydderch, Leader, Cardiff Council\n"
            "Cllr Dafydd Rowlands, Leader, City and County of Swansea Coun-\n"
            "cil\n"
            "Cllr Morag Lindsay, Leader, Dundee City Council\n"
            "Cllr Callum Strachan, Co-Leader, Aberdeen City Council"
        ),
        after=(
            "Secretariat: Retrofit Compact, c/o the Northern Housing Partnership, Manchester. "
            "Further councils may add their names by writing to the secretariat."
        ),
        expected=(
            "Leeds/GB; Sheffield/GB; Bradford/GB; "
            "West Yorkshire Combined Authority|West Yorkshire/GB/metropolitan area; "
            "Nottingham/GB; Leicester/GB; Coventry/GB; Derby/GB; Stoke-on-Trent/GB; "
            "Wolverhampton/GB; Sunderland/GB; Newcastle upon Tyne/GB; Kingston upon Hull|Hull/GB; "
            "York/GB; Lancaster/GB; Norwich/GB; Cambridge/GB; Cardiff/GB; Swansea/GB; Dundee/GB; "
            "Aberdeen/GB"
        ),
    ),
    Page(
        name="en-r63a-za-new-members-host-venue",
        language="en",
        kinds="running_text;not_signatory",
        title="Five South African municipalities join the Resilient Water Cities Network",
        date=(2025, 3, 24),
        before=(
            "The Resilient Water Cities Network welcomed its newest members at a ceremony held "
            "in Cape Town on World Water Day, at the Cape Town International Convention Centre. "
            "The host city's mayoral committee member for water, Nomvula Dlamini-Pretorius, "
            "thanked the delegations for travelling from all corners of the country."
        ),
        listing=(
            "The new members are Polokwane, Mbombela, Rustenburg, George and Stellenbosch. "
            "Together they serve close to two million residents and face some of the sharpest "
            "drought risks in the region."
        ),
        after=(
            "“We learnt the hard way that every drop counts,” said the network's regional chair, "
            "Sipho Mabaso, who is a councillor in Durban. “These municipalities bring "
            "experience from the Limpopo and Western Cape that the whole network will use.”\n\n"
            "The network's next African meeting will be held in Kisumu, Kenya, in October."
        ),
        expected="Polokwane/ZA; Mbombela/ZA; Rustenburg/ZA; George/ZA; Stellenbosch/ZA",
    ),
    Page(
        name="fr-r63a-blocs-signature-metropole",
        language="fr",
        kinds="one_a_line;person_after;not_signatory;body_not_city",
        title="Déclaration des villes pour une alimentation durable dans les cantines",
        date=(2024, 10, 16),
        before=(
            "Réunies à Lyon à l'occasion des Rencontres de la restauration collective, les "
            "collectivités signataires s'engagent à servir au moins 50 % de produits durables "
            "et 30 % de produits biologiques d'ici 2027, à réduire le gaspillage et à soutenir "
            "les producteurs de leur territoire.\n\n"
            "Fait à Lyon, le 16 octobre 2024, en neuf exemplaires."
        ),
        listing=(
            "Pour la Ville de Grenoble\nLa maire,\nSolène Garnier-Vidal\n\n"
            "Pour la Ville de Nantes\nLe premier adjoint, par délégation,\nThibault Le Goff\n\n"
            "Pour Rennes Métropole\nLe président,\nYann-Erwan Cadoret\n\n"
            "Pour la Ville de Strasbourg\nLa maire,\nOdile Kieffer\n\n"
            "Pour la Ville de Dijon\nLe maire,\nBenoît Charbonnier\n\n"
            "Pour la Ville de Besançon\nLa maire,\nAgnès Vuillemin\n\n"
            "Pour la Ville de Poitiers\nLe maire,\nLouis-Marie Texier\n\n"
            "Pour la Ville de Brest\nL'adjointe à l'alimentation,\nMaëlle Kerjean\n\n"
            "Pour la Ville d'Angers\nLe maire,\nPascal Bouvet"
        ),
        after=(
            "La déclaration reste ouverte à la signature de toute commune ou intercommunalité. "
            "Contact : secrétariat du réseau Cantines d'avenir, Montpellier."
        ),
        expected=(
            "Grenoble/FR; Nantes/FR; Rennes Métropole|Rennes Metropolis/FR/metropolitan area; "
            "Strasbourg/FR; Dijon/FR; Besançon/FR; Poitiers/FR; Brest/FR; Angers/FR"
        ),
    ),
    Page(
        name="fr-r63a-afrique-ouest-annuaire-pays",
        language="fr",
        kinds="one_a_line;region_heading;country_in_language;columns_after",
        title="Annuaire des membres – Réseau ouest-africain des villes propres",
        date=(2025, 1, 29),
        before=(
            "Le Réseau ouest-africain des villes propres rassemble des communes engagées pour la "
            "collecte des déchets, l'assainissement et la valorisation des matières. Retrouvez "
            "ci-dessous les communes membres, classées par pays, avec leur année d'adhésion."
        ),
        listing=(
            "Sénégal (12 membres)\n"
            "Dakar — membre depuis 2012\n"
            "Saint-Louis — membre depuis 2021\n"
            "Thiès — membre depuis 2017\n"
            "Ziguinchor — membre depuis 2014\n"
            "Kaolack — membre depuis 2022\n"
            "Rufisque — membre depuis 2018\n"
            "Tambacounda — membre depuis 2015\n"
            "Louga — membre depuis 2023\n"
            "Kolda — membre depuis 2019\n"
            "Mbour — membre depuis 2016\n"
            "Diourbel — membre depuis 2012\n"
            "Fatick — membre depuis 2021\n"
            "\n"
            "Côte d'Ivoire (11 membres)\n"
            "Abidjan — membre depuis 2017\n"
            "Bouaké — membre depuis 2014\n"
            "Yamoussoukro — membre depuis 2022\n"
            "Daloa — membre depuis 2018\n"
            "San-Pédro — membre depuis 2015\n"
            "Korhogo — membre depuis 2023\n"
            "Man — membre depuis 2019\n"
            "Gagnoa — membre depuis 2016\n"
            "Divo — membre depuis 2012\n"
            "Abengourou — membre depuis 2021\n"
            "Grand-Bassam — membre depuis 2017\n"
            "\n"
            "Burkina Faso (8 membres)\n"
            "Ouagadougou — membre depuis 2014\n"
            "Bobo-Dioulasso — membre depuis 2022\n"
            "Koudougou — membre depuis 2018\n"
            "Ouahigouya — membre depuis 2015\n"
            "Banfora — membre depuis 2023\n"
            "Kaya — membre depuis 2019\n"
            "Dédougou — membre depuis 2016\n"
            "Tenkodogo — membre depuis 2012\n"
            "\n"
            "Mali (6 membres)\n"
            "Bamako — membre depuis 2021\n"
            "Sikasso — membre depuis 2017\n"
            "Ségou — membre depuis 2014\n"
            "Mopti — membre depuis 2022\n"
            "Kayes — membre depuis 2018\n"
            "Koutiala — membre depuis 2015\n"
            "\n"
            "Bénin (8 membres)\n"
            "Cotonou — membre depuis 2023\n"
            "Porto-Novo — membre depuis 2019\n"
            "Parakou — membre depuis 2016\n"
            "Abomey — membre depuis 2012\n"
            "Ouidah — membre depuis 2021\n"
            "Djougou — membre depuis 2017\n"
            "Lokossa — membre depuis 2014\n"
            "Bohicon — membre depuis 2022\n"
            "\n"
            "Togo (5 membres)\n"
            "Lomé — membre depuis 2018\n"
            "Sokodé — membre depuis 2015\n"
            "Kara — membre depuis 2023\n"
            "Atakpamé — membre depuis 2019\n"
            "Kpalimé — membre depuis 2016\n"
            "\n"
            "Niger (4 membres)\n"
            "Niamey — membre depuis 2012\n"
            "Zinder — membre depuis 2021\n"
            "Maradi — membre depuis 2017\n"
            "Tahoua — membre depuis 2014\n"
            "\n"
            "Guinée (3 membres)\n"
            "Conakry — membre depuis 2022\n"
            "Kankan — membre depuis 2018\n"
            "Labé — membre depuis 2015"
        ),
        after=(
            "Votre commune souhaite adhérer ? Téléchargez le formulaire d'adhésion ou écrivez au "
            "secrétariat permanent du réseau."
        ),
        expected=(
            "Dakar/SN; Saint-Louis/SN; Thiès/SN; Ziguinchor/SN; Kaolack/SN; Rufisque/SN; "
            "Tambacounda/SN; Louga/SN; Kolda/SN; Mbour/SN; Diourbel/SN; Fatick/SN; Abidjan/CI; "
            "Bouaké/CI; Yamoussoukro/CI; Daloa/CI; San-Pédro/CI; Korhogo/CI; Man/CI; Gagnoa/CI; "
            "Divo/CI; Abengourou/CI; Grand-Bassam/CI; Ouagadougou/BF; Bobo-Dioulasso/BF; "
            "Koudougou/BF; Ouahigouya/BF; Banfora/BF; Kaya/BF; Dédougou/BF; Tenkodogo/BF; "
            "Bamako/ML; Sikasso/ML; Ségou/ML; Mopti/ML; Kayes/ML; Koutiala/ML; Cotonou/BJ; Porto-"
            "Novo/BJ; Parakou/BJ; Abomey/BJ; Ouidah/BJ; Djougou/BJ; Lokossa/BJ; Bohicon/BJ; "
            "Lomé/TG; Sokodé/TG; Kara/TG; Atakpamé/TG; Kpalimé/TG; Niamey/NE; Zinder/NE; "
            "Maradi/NE; Tahoua/NE; Conakry/GN; Kankan/GN; Labé/GN"
        ),
    ),
    Page(
        name="es-r63a-tabla-provincias-diputacion",
        language="es",
        kinds="table_tabs;columns_after;region_after;body_not_city",
        title="Entidades adheridas a la Red de Municipios por la Movilidad Activa",
        date=(2025, 2, 11),
        before=(
            "La Red de Municipios por la Movilidad Activa agrupa a ayuntamientos y diputaciones "
            "que se comprometen a ampliar la red ciclista, pacificar los entornos escolares y "
            "medir cada año el reparto modal. La tabla recoge las entidades adheridas hasta la "
            "fecha, con su provincia y comunidad autónoma."
        ),
        listing=(
            "Entidad\tProvincia\tComunidad autónoma\tHabitantes\tFecha de adhesión\n"
            "Vitoria-Gasteiz\tÁlava\tPaís Vasco\t257.000\t12/03/2021\n"
            "Pamplona\tNavarra\tNavarra\t205.000\t12/03/2021\n"
            "Logroño\tLa Rioja\tLa Rioja\t152.000\t30/06/2021\n"
            "Burgos\tBurgos\tCastilla y León\t174.000\t30/06/2021\n"
            "Valladolid\tValladolid\tCastilla y León\t298.000\t15/11/2021\n"
            "Salamanca\tSalamanca\tCastilla y León\t144.000\t15/11/2021\n"
            "Cáceres\tCáceres\tExtremadura\t96.000\t22/02/2022\n"
            "Diputación de Badajoz\tBadajoz\tExtremadura\t669.000\t22/02/2022\n"
            "Murcia\tMurcia\tRegión de Murcia\t462.000\t09/05/2022\n"
            "Cartagena\tMurcia\tRegión de Murcia\t218.000\t09/05/2022\n"
            "Elche\tAlicante\tComunidad Valenciana\t238.000\t18/10/2022\n"
            "Castellón de la Plana\tCastellón\tComunidad Valenciana\t174.000\t18/10/2022\n"
            "Gijón\tAsturias\tPrincipado de Asturias\t269.000\t07/03/2023\n"
            "Santander\tCantabria\tCantabria\t172.000\t07/03/2023\n"
            "Huesca\tHuesca\tAragón\t53.000\t26/09/2023\n"
            "Lleida\tLleida\tCataluña\t140.000\t26/09/2023"
        ),
        after=(
            "La secretaría técnica de la red tiene su sede en Madrid. Las entidades interesadas "
            "pueden solicitar la adhesión mediante acuerdo de pleno."
        ),
        expected=(
            "Vitoria-Gasteiz/ES; Pamplona/ES; Logroño/ES; Burgos/ES; Valladolid/ES; Salamanca/ES; "
            "Cáceres/ES; Diputación de Badajoz|Provincia de Badajoz|Badajoz Province/ES/province; "
            "Murcia/ES; Cartagena/ES; Elche/ES; Castellón de la Plana/ES; Gijón/ES; Santander/ES; "
            "Huesca/ES; Lleida/ES"
        ),
    ),
    Page(
        name="es-r63a-cl-comunicado-citas",
        language="es",
        kinds="bulleted;person_after;not_signatory",
        title="Siete comunas del sur firman el Acuerdo por los Humedales Urbanos",
        date=(2024, 9, 5),
        before=(
            "Santiago, 5 de septiembre de 2024. – En una ceremonia realizada en el Centro "
            "Cultural Estación Mapocho, siete municipalidades del centro-sur del país firmaron "
            "el Acuerdo por los Humedales Urbanos, que las compromete a catastrar y proteger "
            "los humedales de su territorio antes de 2027.\n\n"
            "“Los humedales son la infraestructura verde más barata que tenemos”, señaló la "
            "alcaldesa de Santiago, Macarena Ulloa Petersen, anfitriona del encuentro, quien "
            "anunció que la capital estudiará su adhesión el próximo año.\n\n"
            "Por su parte, el gobernador regional de Valparaíso, Cristóbal Inostroza, valoró "
            "el acuerdo y comprometió apoyo técnico: “Lo que se firma hoy en el sur debe "
            "llegar también a la costa”.\n\n"
            "Firmaron el acuerdo:"
        ),
        listing=(
            "• Municipalidad de Valdivia, alcaldesa Javiera Montalva Rist\n"
            "• Municipalidad de Temuco, alcalde Rodrigo Huenchullán\n"
            "• Municipalidad de Puerto Montt, alcalde Patricio Oyarzo\n"
            "• Municipalidad de Osorno, alcaldesa Daniela Schwerter\n"
            "• Municipalidad de Concepción, alcalde Felipe Arancibia\n"
            "• Municipalidad de Chillán, alcaldesa Carolina Sepúlveda\n"
            "• Municipalidad de Talca, alcalde Ignacio Lagos Bustos"
        ),
        after=(
            "El acuerdo fue promovido por la Fundación Red Humedales, con sede en Concepción, y "
            "cuenta con el patrocinio de la Universidad de La Serena."
        ),
        expected=(
            "Valdivia/CL; Temuco/CL; Puerto Montt/CL; Osorno/CL; Concepción/CL; Chillán/CL; "
            "Talca/CL"
        ),
    ),
    Page(
        name="de-r63a-fliesstext-genitive-verband",
        language="de",
        kinds="running_text;inflected;body_not_city;not_signatory",
        title="Zwölf Kommunen unterzeichnen die Charta für klimagerechtes Bauen",
        date=(2025, 4, 9),
        before=(
            "Auf dem Kommunalkongress Bauwende in Leipzig haben Städte, ein Landkreis und ein "
            "Regionalverband die Charta für klimagerechtes Bauen unterzeichnet. Sie verpflichten "
            "sich, bei eigenen Bauvorhaben ab 2026 Lebenszyklusanalysen vorzulegen und den Anteil "
            "von Holz- und Recyclingbaustoffen schrittweise zu erhöhen. Gastgeber war die Stadt "
            "Leipzig, die die Charta bereits 2023 mit initiiert hatte."
        ),
        listing=(
            "Unterzeichnet haben die Oberbürgermeisterinnen und Oberbürgermeister der Städte "
            "Freiburg im Breisgau, Tübingen, Heidelberg, Konstanz, Jena und Erfurt, der "
            "Landeshauptstadt Potsdam und der Hanse- und Universitätsstadt Rostock sowie der "
            "Landrat des Landkreises Osnabrück und die Verbandsdirektorin des Regionalverbands "
            "FrankfurtRheinMain. Am Nachmittag setzten auch Münsters Oberbürgermeisterin Dagmar "
            "Hülskamp und Kassels Stadtbaurat Tobias Weidenbach ihre Unterschrift unter die Charta."
        ),
        after=(
            "„Wer baut, entscheidet für achtzig Jahre“, sagte Kongresspräsidentin Ulrike "
            "Brandstätter. Die nächste Unterzeichnungsrunde ist für den Herbst in Dresden geplant."
        ),
        expected=(
            "Freiburg im Breisgau/DE; Tübingen/DE; Heidelberg/DE; Konstanz/DE; Jena/DE; Erfurt/DE; "
            "Potsdam/DE; Rostock/DE; Landkreis Osnabrück|Osnabrück District/DE/county; "
            "Regionalverband FrankfurtRheinMain|FrankfurtRheinMain/DE/union of municipalities; "
            "Münster/DE; Kassel/DE"
        ),
    ),
    Page(
        name="it-r63a-citta-poi-sindaco-unione",
        language="it",
        kinds="one_a_line;person_after;person_named_like_place;body_not_city;no_country",
        title="Carta dei Comuni per l'acqua pubblica: i firmatari",
        date=(2024, 12, 3),
        before=(
            "La Carta dei Comuni per l'acqua pubblica è stata presentata a Firenze, nella Sala "
            "dei Cinquecento di Palazzo Vecchio, durante l'assemblea nazionale della rete. I "
            "firmatari si impegnano a ridurre le perdite delle reti idriche sotto il 25% entro "
            "il 2030 e a installare fontanelle pubbliche in ogni quartiere.\n\n"
            "Hanno firmato:"
        ),
        listing=(
            "Bergamo – Chiara Lucca, sindaca\n"
            "Brescia – Alberto Zanardelli, sindaco\n"
            "Reggio Emilia – Paolo Verona, assessore all'ambiente, su delega del sindaco\n"
            "Parma – Giulia Ferrandi, sindaca\n"
            "Città metropolitana di Bologna – Marco Bellentani, sindaco metropolitano\n"
            "Ferrara – Stefano Guidetti, sindaco\n"
            "Ravenna – Elisa Montanari, sindaca\n"
            "Pesaro – Lorenzo Gennari, sindaco\n"
            "Perugia – Federica Rossetti, sindaca\n"
            "Unione dei Comuni Valdarno e Valdisieve – Simone Bartolini, presidente\n"
            "Livorno – Andrea Pisani, sindaco\n"
            "Padova – Valentina Zorzi, sindaca\n"
            "Vicenza – Matteo Dal Pozzo, sindaco\n"
            "Udine – Roberta Candotti, sindaca"
        ),
        after=(
            "La Carta resta aperta all'adesione di tutti i Comuni. Per informazioni: segreteria "
            "della rete Acqua Bene Comune, Roma."
        ),
        expected=(
            "Bergamo/IT; Brescia/IT; Reggio Emilia|Reggio nell'Emilia/IT; Parma/IT; "
            "Città metropolitana di Bologna|Metropolitan City of Bologna/IT/metropolitan area; "
            "Ferrara/IT; Ravenna/IT; Pesaro/IT; Perugia/IT; "
            "Unione dei Comuni Valdarno e Valdisieve/IT/union of municipalities; Livorno/IT; "
            "Padova|Padua/IT; Vicenza/IT; Udine/IT"
        ),
    ),
    Page(
        name="pt-r63a-cartoes-distrito-cim",
        language="pt",
        kinds="one_a_line;region_after;columns_after;body_not_city",
        title="Membros da Rede Portuguesa de Municípios Amigos das Bicicletas",
        date=(2025, 5, 14),
        before=(
            "Conheça os municípios e entidades intermunicipais que integram a rede. Clique em "
            "cada cartão para ver os projetos em curso."
        ),
        listing=(
            "Braga\nDistrito de Braga · Norte\nMembro desde 2016\nVer perfil\n\n"
            "Guimarães\nDistrito de Braga · Norte\nMembro desde 2016\nVer perfil\n\n"
            "CIM Alto Minho\nDistrito de Viana do Castelo · Norte\nMembro desde 2019\n"
            "Ver perfil\n\n"
            "Aveiro\nDistrito de Aveiro · Centro\nMembro desde 2017\nVer perfil\n\n"
            "Coimbra\nDistrito de Coimbra · Centro\nMembro desde 2018\nVer perfil\n\n"
            "Leiria\nDistrito de Leiria · Centro\nMembro desde 2018\nVer perfil\n\n"
            "Viseu\nDistrito de Viseu · Centro\nMembro desde 2020\nVer perfil\n\n"
            "Torres Vedras\nDistrito de Lisboa · Oeste\nMembro desde 2017\nVer perfil\n\n"
            "Almada\nDistrito de Setúbal · Área Metropolitana de Lisboa\nMembro desde 2021\n"
            "Ver perfil\n\n"
            "Évora\nDistrito de Évora · Alentejo\nMembro desde 2019\nVer perfil\n\n"
            "Loulé\nDistrito de Faro · Algarve\nMembro desde 2022\nVer perfil"
        ),
        after=(
            "A sede da rede funciona na Câmara Municipal de Lisboa, que coordena o secretariado "
            "técnico mas não é membro."
        ),
        expected=(
            "Braga/PT; Guimarães/PT; "
            "CIM Alto Minho|Comunidade Intermunicipal do Alto Minho|Alto Minho/PT/union of "
            "municipalities; Aveiro/PT; Coimbra/PT; Leiria/PT; Viseu/PT; Torres Vedras/PT; "
            "Almada/PT; Évora/PT; Loulé/PT"
        ),
    ),
    Page(
        name="nl-r63a-be-lopende-tekst-provincie-limburg",
        language="nl",
        kinds=(
            "running_text;person_named_like_place;region_like_country;body_not_city;not_signatory"
        ),
        title="Vlaamse steden en gemeenten ondertekenen het Hittepact",
        date=(2025, 6, 2),
        before=(
            "In het Provinciaal Hof in Brugge ondertekenden dertien besturen maandag het "
            "Hittepact. Ze beloven tegen 2030 elk schoolplein te vergroenen, koele plekken in "
            "kaart te brengen en kwetsbare inwoners tijdens hittegolven actief op te bellen. "
            "Brugge zelf ontving de besturen maar tekent pas na de gemeenteraad van juli."
        ),
        listing=(
            "Het pact werd ondertekend door de steden Gent, Leuven, Mechelen, Kortrijk, Hasselt "
            "en Genk, door de gemeenten Geel, Lier, Tielt en Beveren, alsook door de Provincie "
            "Limburg. Later op de dag tekenden ook burgemeester Tom Van Hasselt voor de stad "
            "Roeselare en schepen Ilse Van Geel voor de stad Turnhout."
        ),
        after=(
            "“Hitte is het stille gevaar van onze zomers”, zei gedeputeerde Katrien Willemyns. "
            "Het netwerk Koele Gemeenten, met zetel in Antwerpen, volgt de uitvoering op."
        ),
        expected=(
            "Gent|Ghent/BE; Leuven/BE; Mechelen/BE; Kortrijk/BE; Hasselt/BE; Genk/BE; Geel/BE; "
            "Lier/BE; Tielt/BE; Beveren/BE; Provincie Limburg|Limburg/BE/province; Roeselare/BE; "
            "Turnhout/BE"
        ),
    ),
    Page(
        name="pl-r63a-nowi-czlonkowie-dopelniacz-powiat",
        language="pl",
        kinds="running_text;inflected;body_not_city;not_signatory",
        title="Sześciu nowych członków Sieci Miast Czystego Powietrza",
        date=(2025, 3, 20),
        before=(
            "Walne zgromadzenie Sieci Miast Czystego Powietrza, które odbyło się w Toruniu w "
            "Centrum Kulturalno-Kongresowym Jordanki, powiększyło grono członków sieci."
        ),
        listing=(
            "Zgromadzenie jednogłośnie przyjęło wnioski Lublina, Rzeszowa, Gdyni, Kielc i Opola "
            "oraz Powiatu Wołomińskiego. Nowi członkowie zobowiązali się do wymiany wszystkich "
            "kopciuchów w budynkach komunalnych do 2028 roku."
        ),
        after=(
            "„Cieszę się, że do sieci dołączają nie tylko miasta, ale i powiaty” – powiedziała "
            "przewodnicząca zarządu sieci Anna Dąbrowska-Kielczewska, wiceprezydent Białegostoku. "
            "Kolejne zgromadzenie odbędzie się jesienią w Olsztynie."
        ),
        expected=(
            "Lublin/PL; Rzeszów/PL; Gdynia/PL; Kielce/PL; Opole/PL; "
            "Powiat Wołomiński|Wołomin County/PL/county"
        ),
    ),
    Page(
        name="ro-r63a-blocuri-semnatura-consiliu-judetean",
        language="ro",
        kinds="one_a_line;person_after;body_not_city;not_signatory",
        title="Memorandum de cooperare pentru transport public metropolitan",
        date=(2024, 11, 21),
        before=(
            "Părțile semnatare convin să elaboreze în comun, până la sfârșitul anului 2026, "
            "planuri de mobilitate urbană durabilă compatibile și un sistem de bilet unic pentru "
            "transportul public interurban.\n\n"
            "Încheiat astăzi, 21 noiembrie 2024, la Timișoara, în cinci exemplare originale."
        ),
        listing=(
            "Pentru Municipiul Sibiu,\nPrimar,\nIoana-Maria Crăciunescu\n\n"
            "Pentru Municipiul Oradea,\nPrimar,\nCristian Bodnariu\n\n"
            "Pentru Consiliul Județean Cluj,\nPreședinte,\nVasile Mureșan\n\n"
            "Pentru Municipiul Alba Iulia,\nViceprimar,\nAndreea Pătrașcu\n\n"
            "Pentru Municipiul Bistrița,\nPrimar,\nDorin Haliciu"
        ),
        after=(
            "Memorandumul a fost semnat în prezența reprezentanților Agenției pentru Dezvoltare "
            "Regională Nord-Vest, cu sediul în Cluj-Napoca, care nu este parte la acord."
        ),
        expected=(
            "Sibiu/RO; Oradea/RO; Consiliul Județean Cluj|Județul Cluj|Cluj County/RO/county; "
            "Alba Iulia/RO; Bistrița/RO"
        ),
    ),
    Page(
        name="hu-r63a-tablazat-szokozokkel-varmegye",
        language="hu",
        kinds="numbered;columns_after;region_after;body_not_city;not_signatory",
        title="A Zöld Települések Szövetségének tagjai",
        date=(2025, 1, 15),
        before=(
            "A szövetség a Kecskeméten tartott közgyűlésén fogadta el a tagok frissített "
            "jegyzékét. Kecskemét a közgyűlés házigazdája volt, a szövetségnek nem tagja. Az "
            "alábbi táblázat a tagokat a csatlakozás sorrendjében tartalmazza."
        ),
        listing=(
            "Sorsz.  Település / szervezet            Vármegye                   "
            "Lakosság   Csatlakozás\n"
            "1.      Szombathely                      Vas                        78 000     2016\n"
            "2.      Zalaegerszeg                     Zala                       56 000     2016\n"
            "3.      Veszprém                         Veszprém                   57 000     2017\n"
            "4.      Pécs                             Baranya                    138 000    2017\n"
            "5.      Baranya Vármegyei Önkormányzat   Baranya                    355 000    2018\n"
            "6.      Győr                             Győr-Moson-Sopron          129 000    2018\n"
            "7.      Sopron                           Győr-Moson-Sopron          62 000     2018\n"
            "8.      Szeged                           Csongrád-Csanád            158 000    2019\n"
            "9.      Hódmezővásárhely                 Csongrád-Csanád            43 000     2019\n"
            "10.     Debrecen                         Hajdú-Bihar                199 000    2019\n"
            "11.     Nyíregyháza                      Szabolcs-Szatmár-Bereg     113 000    2020\n"
            "12.     Miskolc                          Borsod-Abaúj-Zemplén       146 000    2020\n"
            "13.     Eger                             Heves                      51 000     2021\n"
            "14.     Székesfehérvár                   Fejér                      93 000     2021\n"
            "15.     Tatabánya                        Komárom-Esztergom          64 000     2022\n"
            "16.     Kaposvár                         Somogy                     58 000     2022\n"
            "17.     Szentendre                       Pest                       26 000     2023\n"
            "18.     Gödöllő                          Pest                       34 000     2023"
        ),
        after=(
            "A szövetség titkársága Budapesten működik. Új tagok felvételéről a közgyűlés dönt."
        ),
        expected=(
            "Szombathely/HU; Zalaegerszeg/HU; Veszprém/HU; Pécs/HU; "
            "Baranya Vármegyei Önkormányzat|Baranya Vármegye|Baranya County/HU/county; Győr/HU; "
            "Sopron/HU; Szeged/HU; Hódmezővásárhely/HU; Debrecen/HU; Nyíregyháza/HU; Miskolc/HU; "
            "Eger/HU; Székesfehérvár/HU; Tatabánya/HU; Kaposvár/HU; Szentendre/HU; Gödöllő/HU"
        ),
    ),
]

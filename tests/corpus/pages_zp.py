"""Hand-written pages, batch zp: held out from round 21 (branch acczp), written without reading the
reader, its tests or the batches before it beyond the example pages_s.py, and before any change
to the reader for them. Seven statements and seven member pages in 14 languages, modelled on
how real city networks publish them (the text select-all and copy gives): an English open letter
to the Chancellor signed `Cllr Name, Leader, X City Council` with a county council, a person
named Preston and a university named after a city; a North American map's list view of
`City, ST` cards whose state codes are countries' (`GA`, `CO`, `PA`, `AZ`, `ME`); a French
newspaper op-ed whose signatories close it in running text `Name, maire de X ;` with mayors
named Vienne and Laval, `Saint-Denis (La Réunion)`, a `Métropole` and a `Lire aussi` naming Lyon;
a German annual report annex of new members under Land headings with counts, `Landkreis`,
`Wissenschaftsstadt`, the venue Kassel and a member that left; a Spanish declaration of
`Municipalidad de X (País) – Intendente Name` lines with a host secretariat and an observer; an
Italian annex table `Regione\tEnte\tProv.\tAdesione` with province codes that are countries' and
a `Unione Montana`; Brazilian `Prefeita de X – UF` under the signer's name, with Brasília as
venue, Belém as COP30 host and a deputy signing for his mayor; a Dutch map list view of
`Gemeente X` / `Provincie · lid sinds` cards; a Polish open letter whose signatories are
genitives in running text (`prezydenci Gdańska, Gdyni ... burmistrzowie Wadowic, Końskich`);
a Finnish new members table with the venue `Jyväskylässä` and members Lahti and Turku named in
the text; a Hungarian declaration's signature blocks in two columns flattened by the copy, with
`s.k.` and the place of signing Tihany; Croatian members under county headings, then counties
that are members themselves; a Greek joint statement of `Ο Δήμαρχος Πατρέων` over names, with
Cypriot cities and the host Thessaloniki; Lithuanian new members as `X miesto savivaldybė` and a
district municipality, with the venue Kaunas. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-gb-open-letter-chancellor-cllr-leader-council-lines",
        "en",
        "one_a_line;person_before;no_country;not_signatory;person_named_like_place;body_not_city",
        "Open letter to the Chancellor: council leaders call for a fair deal for local buses",
        (2025, 1, 14),
        "Home / News and views / Open letters\n\n"
        "Open letter\n\n"
        "Published 14 January 2025 · 4 minute read\n\n"
        "To: The Rt Hon. the Chancellor of the Exchequer, HM Treasury, 1 Horse Guards Road, "
        "London SW1A 2HQ\n\n"
        "Dear Chancellor,\n\n"
        "We write as leaders of councils from every nation of the United Kingdom to ask that the "
        "Spending Review gives local bus services the long-term, predictable funding they need.\n\n"
        "Since 2010, the number of bus miles run outside London has fallen by almost a third. "
        "Routes that once linked estates to hospitals, colleges and town centres have gone, and "
        "with them the independence of many older and disabled residents. Our own figures, "
        "gathered with researchers at the University of Birmingham from 112 councils, show that "
        "one household in five in our areas has no car and no bus within a ten-minute walk.\n\n"
        "Short-term competitive funding rounds have made the problem worse. Councils spend "
        "months bidding against one another for pots that last a year or two, and operators "
        "cannot plan fleets or recruit drivers on that basis. We therefore ask you to:\n\n"
        "• replace competitive bus funding with a five-year settlement allocated by formula;\n"
        "• let every local transport authority that wishes to franchise its buses do so, with "
        "the support the Department for Transport gave the first mayoral authorities;\n"
        "• fund concessionary fares in full, so that free travel for older people no longer "
        "comes out of the budget for the routes they travel on.\n\n"
        "We would welcome the chance to meet you or your officials before the Review "
        "concludes.\n\n"
        "Yours sincerely,",
        "Cllr Sarah Whitaker, Leader, Leeds City Council\n"
        "Cllr Tom Brennan, Leader, Sheffield City Council\n"
        "Cllr Gareth Lloyd, Leader, Cardiff Council\n"
        "Cllr Fiona McLeod, Leader, Glasgow City Council\n"
        "Cllr Paul Hennessy, Leader, Nottingham City Council\n"
        "Cllr Ruth Adeyemi, Leader, Newcastle City Council\n"
        "Cllr Dave Preston, Leader, Plymouth City Council\n"
        "Cllr Niamh Kelly, Lord Mayor, Belfast City Council\n"
        "Cllr James Ashworth, Leader, Lancashire County Council\n"
        "Cllr Owen Marsh, Leader, Norwich City Council\n"
        "Tom Adebayo, Mayor of Bedford\n"
        "Cllr Ian Hughes, Leader, City of York Council\n"
        "Cllr Morag Sinclair, Co-Leader, Aberdeen City Council\n"
        "Cllr Rhys Evans, Leader, Swansea Council\n"
        "Cllr Priya Shah, Deputy City Mayor, Leicester City Council",
        "cc: Secretary of State for Transport; Minister for Local Government\n\n"
        "Notes to editors\n"
        "1. The letter is coordinated by the network's Transport and Connectivity Board.\n"
        "2. For interviews, contact press@example.org.uk or call 020 7946 0312.\n\n"
        "Tags: Transport, Funding, Open letters",
        "Leeds/GB; Sheffield/GB; Cardiff/GB; Glasgow/GB; Nottingham/GB; "
        "Newcastle upon Tyne/GB; Plymouth/GB; Belfast/GB; "
        "Lancashire County Council|Lancashire/GB/county; Norwich/GB; Bedford/GB; York/GB; "
        "Aberdeen/GB; Swansea/GB; Leicester/GB",
        "`Cllr Name, Leader, X City Council` lines after 'Yours sincerely,'; a county council; "
        "a leader named Preston; London as the addressee's address, the University of "
        "Birmingham in the body",
    ),
    Page(
        "en-us-ca-map-list-view-city-state-code-member-since",
        "en",
        "one_a_line;state_codes;columns_after;no_country;person_named_like_place",
        "Member cities",
        (2024, 9, 3),
        "About\nMembers\nResources\nEvents\nJoin\n\n"
        "Member cities\n\n"
        "Our members are local governments across the United States and Canada that have "
        "adopted a complete streets policy and report on it every year. Click a pin to see a "
        "city's policy, its lead staff and its latest report.\n\n"
        "Map\nList\n\n"
        "Filter by country: All · United States · Canada\n"
        "Filter by size: All · Under 100k · 100k–500k · Over 500k\n\n"
        "Showing 20 of 20 members\nSort by: Name (A–Z)",
        "Ann Arbor, MI\nMember since 2016 · Pop. 123,851\nView profile\n\n"
        "Asheville, NC\nMember since 2019 · Pop. 94,589\nView profile\n\n"
        "Athens, GA\nMember since 2021 · Pop. 127,315\nView profile\n\n"
        "Boulder, CO\nMember since 2014 · Pop. 108,250\nView profile\n\n"
        "Burlington, VT\nMember since 2015 · Pop. 44,743\nView profile\n\n"
        "Durham, NC\nMember since 2017 · Pop. 283,506\nView profile\n\n"
        "Eugene, OR\nMember since 2018 · Pop. 177,899\nView profile\n\n"
        "Flagstaff, AZ\nMember since 2022 · Pop. 76,831\nView profile\n\n"
        "Fort Collins, CO\nMember since 2014 · Pop. 169,810\nView profile\n\n"
        "Guelph, ON\nMember since 2020 · Pop. 143,740\nView profile\n\n"
        "Halifax Regional Municipality, NS\nMember since 2019 · Pop. 439,819\nView profile\n\n"
        "Ithaca, NY\nMember since 2016 · Pop. 32,108\nView profile\n\n"
        "Madison, WI\nMember since 2014 · Pop. 269,840\nView profile\n\n"
        "Moncton, NB\nMember since 2023 · Pop. 79,470\nView profile\n\n"
        "Pittsburgh, PA\nMember since 2017 · Pop. 302,971\nView profile\n\n"
        "Portland, ME\nMember since 2020 · Pop. 68,408\nView profile\n\n"
        "Santa Fe, NM\nMember since 2019 · Pop. 87,505\nView profile\n\n"
        "Saskatoon, SK\nMember since 2021 · Pop. 266,141\nView profile\n\n"
        "Tucson, AZ\nMember since 2018 · Pop. 542,629\nView profile\n\n"
        "Victoria, BC\nMember since 2015 · Pop. 91,867\nView profile",
        "Don't see your city? Local governments of any size can join: adopt a policy, name a "
        "lead staff member and send us your first annual report.\n\n"
        "Become a member\n\n"
        "Latest from the network\n"
        "How Columbus redesigned 40 intersections in a single summer\n"
        "Webinar recap: Quebec City and Minneapolis on winter walking\n\n"
        "1100 13th Street NW, Suite 800, Washington, DC 20005",
        "Ann Arbor/US; Asheville/US; Athens/US; Boulder/US; Burlington/US; Durham/US; "
        "Eugene/US; Flagstaff/US; Fort Collins/US; Guelph/CA; Halifax/CA; Ithaca/US; "
        "Madison/US; Moncton/CA; Pittsburgh/US; Portland/US; Santa Fe/US; Saskatoon/CA; "
        "Tucson/US; Victoria/CA",
        "a map's list view of `City, ST` cards with 'Member since · Pop.' and 'View profile' "
        "lines; codes that are countries' (GA, CO, PA, AZ, NC...), Portland in Maine, Halifax "
        "Regional Municipality; Columbus, Quebec City, Minneapolis in teasers, Washington in "
        "the footer",
    ),
    Page(
        "fr-tribune-maires-signataires-running-text-point-virgule",
        "fr",
        "running_text;person_before;no_country;not_signatory;person_named_like_place;body_not_city",
        "« Nos écoles ne peuvent plus attendre » : l'appel de dix-sept maires",
        (2024, 11, 19),
        "Accueil › Idées › Tribunes\n\n"
        "TRIBUNE. Alors que s'ouvre à Paris le Congrès des maires, des élus de toutes "
        "sensibilités demandent à l'État un plan pluriannuel pour rénover les bâtiments "
        "scolaires.\n\n"
        "Publié le 19 novembre 2024 à 06h30 · Lecture 5 min.\n\n"
        "Réservé aux abonnés\n\n"
        "Chaque été, nos services techniques mesurent des températures de plus de 35 °C dans "
        "des salles de classe construites dans les années 1970. Chaque hiver, les mêmes salles "
        "consomment deux à trois fois plus d'énergie qu'un bâtiment récent. Les communes "
        "possèdent la moitié du patrimoine public bâti du pays ; elles ne peuvent pas porter "
        "seules le coût de sa transformation.\n\n"
        "L'Accord de Paris et la loi nous fixent des objectifs ambitieux, que nous partageons. "
        "Mais le fonds vert a été réduit de moitié en deux ans, et les appels à projets se "
        "succèdent sans visibilité.\n\n"
        "Lire aussi : À Lyon, la cour d'école devient un jardin ouvert au quartier\n\n"
        "Nous demandons un plan national de rénovation des écoles sur dix ans, doté de "
        "crédits garantis, et une ingénierie publique au service des petites communes qui n'ont "
        "pas de bureau d'études. Nos enfants passent plus de temps à l'école que nulle part "
        "ailleurs, à l'exception de leur domicile. Ils méritent mieux que des préfabriqués "
        "et des ventilateurs.",
        "Les signataires : Anne Vienne, maire de Poitiers ; Marc Laval, maire de Brest ; "
        "Nadia Benali, maire de Villeurbanne ; Olivier Garnier, maire de Dijon ; Isabelle "
        "Fontaine, maire d'Amiens ; Thierry Morel, maire de Clermont-Ferrand ; Lucie Perrin, "
        "maire de Besançon ; Karim Haddou, maire de Saint-Denis (La Réunion) ; Éric "
        "Charpentier, maire de Lorient ; Sandrine Blanc, maire de Grenoble ; Fatou Diallo, "
        "maire de Montreuil ; Bernard Lemoine, maire de Rouen ; Yann Le Goff, maire de "
        "Quimper ; Sophie Bréal, présidente de Nantes Métropole ; Hugo Meyer, maire de "
        "Strasbourg ; Delphine Caron, maire de Lille ; Jérôme Pastor, maire de Perpignan.",
        "Les plus lus\n"
        "1. Marseille : le tramway prolongé jusqu'à La Castellane\n"
        "2. Le gouvernement dévoile son budget 2025\n\n"
        "Commenter · Partager · Offrir cet article",
        "Poitiers/FR; Brest/FR; Villeurbanne/FR; Dijon/FR; Amiens/FR; Clermont-Ferrand/FR; "
        "Besançon/FR; Saint-Denis/RE; Lorient/FR; Grenoble/FR; Montreuil/FR; Rouen/FR; "
        "Quimper/FR; Nantes Métropole|Nantes Metropolis/FR/metropolitan area; "
        "Strasbourg/FR; Lille/FR; Perpignan/FR",
        "a newspaper op-ed closed by 'Les signataires : Name, maire de X ; ...' in one "
        "paragraph; mayors named Vienne and Laval; `Saint-Denis (La Réunion)`; Nantes "
        "Métropole; Paris as the congress venue and the Paris Agreement, Lyon in 'Lire aussi', "
        "Marseille in 'Les plus lus'",
    ),
    Page(
        "de-jahresbericht-anhang-neue-mitglieder-bundeslaender-anzahl-austritt",
        "de",
        "region_heading;one_a_line;country_in_language;body_not_city;not_signatory",
        "Jahresbericht 2023 – Anhang 2: Neue Mitglieder",
        (2024, 4, 22),
        "Startseite > Über uns > Jahresberichte > Jahresbericht 2023\n\n"
        "Jahresbericht 2023\n"
        "Inhalt: 1. Vorwort · 2. Das Jahr im Überblick · 3. Projekte · 4. Finanzen · "
        "Anhang 1: Gremien · Anhang 2: Neue Mitglieder · Anhang 3: Veranstaltungen\n\n"
        "Anhang 2: Neue Mitglieder\n\n"
        "Die Mitgliederversammlung hat am 14. Juni 2023 in Kassel sowie der Vorstand im "
        "Umlaufverfahren im Laufe des Jahres die folgenden Kommunen als Mitglieder "
        "aufgenommen. Damit zählt das Netzwerk zum 31. Dezember 2023 insgesamt 287 "
        "Mitglieder in Deutschland, Österreich und der Schweiz (Vorjahr: 271).",
        "Baden-Württemberg (4)\n"
        "Universitätsstadt Tübingen\n"
        "Stadt Esslingen am Neckar\n"
        "Stadt Lörrach\n"
        "Landkreis Konstanz\n\n"
        "Bayern (3)\n"
        "Stadt Bamberg\n"
        "Stadt Landshut\n"
        "Markt Holzkirchen\n\n"
        "Hessen (2)\n"
        "Wissenschaftsstadt Darmstadt\n"
        "Universitätsstadt Marburg\n\n"
        "Niedersachsen (2)\n"
        "Hansestadt Lüneburg\n"
        "Landkreis Osnabrück\n\n"
        "Nordrhein-Westfalen (3)\n"
        "Stadt Münster\n"
        "Stadt Bielefeld\n"
        "Stadt Bocholt\n\n"
        "Österreich (2)\n"
        "Stadt Dornbirn\n"
        "Marktgemeinde Wolfurt\n\n"
        "Schweiz (1)\n"
        "Stadt Winterthur",
        "Ausgetreten sind zum Jahresende die Stadt Gotha und die Gemeinde Kirchheim bei "
        "München; beide begründeten ihren Austritt mit der Haushaltslage.\n\n"
        "Der Jahresbericht als PDF (4,2 MB)\n\n"
        "‹ Anhang 1: Gremien | Anhang 3: Veranstaltungen ›",
        "Tübingen/DE; Esslingen/DE; Lörrach/DE; Landkreis Konstanz|Konstanz District/DE/county; "
        "Bamberg/DE; Landshut/DE; Holzkirchen/DE; Darmstadt/DE; Marburg/DE; Lüneburg/DE; "
        "Landkreis Osnabrück|Osnabrück District/DE/county; Münster/DE; Bielefeld/DE; "
        "Bocholt/DE; Dornbirn/AT; Wolfurt/AT; Winterthur/CH",
        "an annual report annex of new members under Land and country headings with counts "
        "`Bayern (3)`; `Universitätsstadt`, `Wissenschaftsstadt`, `Hansestadt`, `Markt`, two "
        "`Landkreis`; Kassel as the venue, Gotha and Kirchheim bei München left the network",
    ),
    Page(
        "es-declaracion-municipalidad-pais-guion-intendente-secretaria-observadora",
        "es",
        "one_a_line;person_after;country_in_language;not_signatory",
        "Declaración de Montevideo: ciudades del Sur por el agua y el saneamiento",
        (2024, 11, 29),
        "Inicio / Noticias / Declaraciones\n\n"
        "Reunidos en Montevideo los días 28 y 29 de noviembre de 2024, en la XXIX Cumbre de la "
        "Red, intendentes, intendentas, alcaldes, alcaldesas, prefeitos y prefeitas de "
        "ciudades de América del Sur adoptamos la siguiente declaración.\n\n"
        "CONSIDERANDO que casi uno de cada cinco habitantes urbanos de la región no dispone "
        "de saneamiento seguro, y que la sequía de 2023 dejó a millones de personas con agua "
        "salobre en sus hogares;\n\n"
        "CONSIDERANDO la Agenda 2030 y la Nueva Agenda Urbana aprobada en Quito;\n\n"
        "LAS CIUDADES FIRMANTES NOS COMPROMETEMOS a:\n"
        "1. Reducir a la mitad las pérdidas de agua de nuestras redes antes de 2035.\n"
        "2. Garantizar una tarifa social para los hogares de menores ingresos.\n"
        "3. Compartir datos y experiencias a través de la Unidad Temática de Ambiente.\n\n"
        "Agradecemos a la Intendencia de Montevideo, que ejerce la Secretaría Ejecutiva de la "
        "Red, por su hospitalidad.\n\n"
        "Firman:",
        "Municipalidad de Córdoba (Argentina) – Intendente Daniel Pereyra\n"
        "Municipalidad de Rosario (Argentina) – Intendente Martín Sosa\n"
        "Municipalidad de Tandil (Argentina) – Intendenta Laura Gómez\n"
        "Prefeitura de Guarulhos (Brasil) – Prefeito Carlos Almeida\n"
        "Prefeitura de Pelotas (Brasil) – Prefeita Ana Ribeiro\n"
        "Municipalidad de Asunción (Paraguay) – Intendente Óscar Benítez\n"
        "Municipalidad de Encarnación (Paraguay) – Intendente Luis Fretes\n"
        "Ilustre Municipalidad de Valparaíso (Chile) – Alcaldesa Camila Rojas\n"
        "Municipalidad de Peñalolén (Chile) – Alcalde Tomás Fuentes\n"
        "Gobierno Autónomo Municipal de La Paz (Bolivia) – Alcalde Jorge Quispe\n"
        "Gobierno Autónomo Municipal de Cochabamba (Bolivia) – Alcaldesa Rosa Mamani\n"
        "Municipalidad Metropolitana de Lima (Perú) – Teniente Alcalde Víctor Salas\n"
        "Municipio del Distrito Metropolitano de Quito (Ecuador) – Alcalde Andrés Vega",
        "Ciudad observadora: Barcelona (España), en representación de la red euro-"
        "latinoamericana de ciudades.\n\n"
        "Descargar la declaración (PDF)\n\n"
        "Noticias relacionadas\n"
        "Canelones acoge el seminario de residuos sólidos\n"
        "Santa Fe presenta su plan de arbolado urbano",
        "Córdoba/AR; Rosario/AR; Tandil/AR; Guarulhos/BR; Pelotas/BR; Asunción/PY; "
        "Encarnación/PY; Valparaíso/CL; Peñalolén/CL; La Paz/BO; Cochabamba/BO; Lima/PE; "
        "Quito/EC",
        "`Municipalidad de X (País) – Intendente Name` lines after 'Firman:'; Montevideo as "
        "venue and secretariat, Quito also as the New Urban Agenda's city and a signatory, "
        "Barcelona an observer; Canelones and Santa Fe in related news",
    ),
    Page(
        "it-allegato-tabella-regione-ente-sigla-provincia-unione-montana",
        "it",
        "table_tabs;region_before;state_codes;columns_after;body_not_city",
        "Allegato B – Elenco degli Enti aderenti al 31 dicembre 2023",
        (2024, 3, 8),
        "Home » Chi siamo » Gli aderenti\n\n"
        "Relazione annuale 2023\n\n"
        "Allegato B – Elenco degli Enti aderenti al 31 dicembre 2023\n\n"
        "L'elenco riporta gli Enti in regola con la quota associativa alla data indicata, in "
        "ordine di regione. L'anno indica la delibera di adesione. Per gli Enti aderenti dopo "
        "tale data si veda la sezione Notizie.",
        "Regione\tEnte\tProv.\tAdesione\n"
        "Piemonte\tComune di Alba\tCN\t2011\n"
        "Piemonte\tComune di Asti\tAT\t2015\n"
        "Piemonte\tComune di Novara\tNO\t2019\n"
        "Lombardia\tComune di Bergamo\tBG\t2009\n"
        "Lombardia\tComune di Cremona\tCR\t2016\n"
        "Lombardia\tComune di Mantova\tMN\t2012\n"
        "Veneto\tComune di Padova\tPD\t2008\n"
        "Veneto\tComune di Treviso\tTV\t2021\n"
        "Emilia-Romagna\tComune di Reggio nell'Emilia\tRE\t2008\n"
        "Emilia-Romagna\tComune di Ferrara\tFE\t2010\n"
        "Emilia-Romagna\tComune di Forlì\tFC\t2018\n"
        "Toscana\tComune di Prato\tPO\t2013\n"
        "Toscana\tComune di Lucca\tLU\t2020\n"
        "Toscana\tUnione Montana dei Comuni del Mugello\tFI\t2022\n"
        "Marche\tComune di Fano\tPU\t2017\n"
        "Puglia\tComune di Bari\tBA\t2014\n"
        "Puglia\tComune di Lecce\tLE\t2019\n"
        "Sicilia\tComune di Siracusa\tSR\t2023\n"
        "Sardegna\tComune di Sassari\tSS\t2016",
        "Totale: 19 Enti aderenti\n\n"
        "La segreteria della Rete ha sede presso il Comune di Bologna, Piazza Maggiore 6.\n\n"
        "Torna alla relazione annuale",
        "Alba/IT; Asti/IT; Novara/IT; Bergamo/IT; Cremona/IT; Mantova/IT; Padova/IT; "
        "Treviso/IT; Reggio Emilia/IT; Ferrara/IT; Forlì/IT; Prato/IT; Lucca/IT; "
        "Unione Montana dei Comuni del Mugello|Mugello/IT/union of municipalities; Fano/IT; "
        "Bari/IT; Lecce/IT; Siracusa/IT; Sassari/IT",
        "an annual report annex table `Regione\\tEnte\\tProv.\\tAdesione` of `Comune di X` "
        "whose province codes are countries' (CN, AT, NO, BG, CR, MN, TV, RE, BA, SR); an "
        "`Unione Montana`; the secretariat's seat in Bologna after the table",
    ),
    Page(
        "pt-carta-prefeitos-nome-acima-prefeita-de-x-uf-brasilia",
        "pt",
        "one_a_line;person_before;state_codes;no_country;not_signatory",
        "Carta de Brasília: prefeitas e prefeitos pela adaptação das cidades ao clima",
        (2025, 3, 12),
        "Início > Notícias > Cartas e manifestos\n\n"
        "Publicado em 12/03/2025 às 18h40 | Atualizado em 13/03/2025 às 09h15\n\n"
        "Reunidos em Brasília, durante a Marcha dos Municípios, prefeitas e prefeitos de "
        "capitais e cidades médias de todas as regiões do país assinaram nesta quarta-feira a "
        "Carta de Brasília, entregue ao Ministério das Cidades.\n\n"
        "“As enchentes no Rio Grande do Sul mostraram que não há mais tempo a perder”, afirmou "
        "a presidente da Frente, que conduziu a cerimônia.\n\n"
        "Leia a íntegra:\n\n"
        "CARTA DE BRASÍLIA\n\n"
        "Nós, prefeitas e prefeitos abaixo assinados, às vésperas da COP30 em Belém, "
        "reafirmamos o compromisso das cidades brasileiras com o Acordo de Paris e pedimos ao "
        "Governo Federal e ao Congresso Nacional:\n\n"
        "I – a criação de um fundo nacional de adaptação com repasses diretos aos municípios;\n"
        "II – a simplificação do acesso às linhas de crédito para drenagem, contenção de "
        "encostas e habitação em áreas seguras;\n"
        "III – a participação dos municípios na delegação brasileira à COP30.\n\n"
        "Brasília, 12 de março de 2025.",
        "Juliana Moreira Lima\nPrefeita de Niterói – RJ\n\n"
        "Ricardo Tavares\nPrefeito do Recife – PE\n\n"
        "Antônio Carlos Bezerra\nPrefeito de Fortaleza – CE\n\n"
        "Mariana Souza Andrade\nPrefeita de Belo Horizonte – MG\n\n"
        "Eduardo Kowalski\nPrefeito de Curitiba – PR\n\n"
        "Fernanda Lopes\nPrefeita de Florianópolis – SC\n\n"
        "Paulo Roberto Nunes\nPrefeito de Pelotas – RS\n\n"
        "Luciana Ferraz\nPrefeita de Campinas – SP\n\n"
        "Sérgio Mattos\nVice-prefeito de São José dos Campos – SP, em nome do prefeito\n\n"
        "José Ribamar Costa\nPrefeito de Teresina – PI\n\n"
        "Cláudia Menezes\nPrefeita de Aracaju – SE\n\n"
        "Rafael Cavalcante\nPrefeito de Maceió – AL\n\n"
        "Gilberto Amaral\nPrefeito de Manaus – AM\n\n"
        "Débora Silveira\nPrefeita de Palmas – TO",
        "Outras cidades podem aderir à Carta pelo formulário em nosso site.\n\n"
        "Tags: clima, adaptação, COP30\n\n"
        "Veja também\n"
        "Salvador sedia encontro nacional de defesa civil\n"
        "Porto Alegre apresenta plano de reconstrução",
        "Niterói/BR; Recife/BR; Fortaleza/BR; Belo Horizonte/BR; Curitiba/BR; "
        "Florianópolis/BR; Pelotas/BR; Campinas/BR; São José dos Campos/BR; Teresina/BR; "
        "Aracaju/BR; Maceió/BR; Manaus/BR; Palmas/BR",
        "a news item carrying a letter, then the signer's name on a line over `Prefeita de X "
        "– UF` (SE, AL, AM, TO, PE are countries' codes); a deputy signing for his mayor; "
        "Brasília as venue, Belém as COP30's host; Salvador and Porto Alegre in 'Veja também'",
    ),
    Page(
        "nl-kaart-lijstweergave-gemeente-provincie-lid-sinds",
        "nl",
        "one_a_line;region_after;columns_after;no_country;region_like_country",
        "Deelnemende gemeenten",
        (2024, 10, 1),
        "Home\nOver het netwerk\nDeelnemers\nKennisbank\nAgenda\nContact\n\n"
        "Deelnemende gemeenten\n\n"
        "In het netwerk werken gemeenten samen aan een gezonde leefomgeving: meer groen, "
        "schone lucht, ruimte om te bewegen. Bekijk hieronder welke gemeenten meedoen en "
        "wie hun contactpersoon is.\n\n"
        "Kaart | Lijst\n\n"
        "Zoek op gemeente of provincie\n\n"
        "16 resultaten",
        "Gemeente Almere\nFlevoland · lid sinds 2018\nBekijk profiel →\n\n"
        "Gemeente Amersfoort\nUtrecht · lid sinds 2016\nBekijk profiel →\n\n"
        "Gemeente Assen\nDrenthe · lid sinds 2021\nBekijk profiel →\n\n"
        "Gemeente Den Haag\nZuid-Holland · lid sinds 2015\nBekijk profiel →\n\n"
        "Gemeente Deventer\nOverijssel · lid sinds 2017\nBekijk profiel →\n\n"
        "Gemeente Haarlem\nNoord-Holland · lid sinds 2015\nBekijk profiel →\n\n"
        "Gemeente Heerlen\nLimburg · lid sinds 2019\nBekijk profiel →\n\n"
        "Gemeente 's-Hertogenbosch\nNoord-Brabant · lid sinds 2016\nBekijk profiel →\n\n"
        "Gemeente Hoorn\nNoord-Holland · lid sinds 2022\nBekijk profiel →\n\n"
        "Gemeente Leeuwarden\nFryslân · lid sinds 2018\nBekijk profiel →\n\n"
        "Gemeente Leiden\nZuid-Holland · lid sinds 2020\nBekijk profiel →\n\n"
        "Gemeente Lelystad\nFlevoland · lid sinds 2023\nBekijk profiel →\n\n"
        "Gemeente Middelburg\nZeeland · lid sinds 2021\nBekijk profiel →\n\n"
        "Gemeente Nijmegen\nGelderland · lid sinds 2015\nBekijk profiel →\n\n"
        "Gemeente Venlo\nLimburg · lid sinds 2019\nBekijk profiel →\n\n"
        "Gemeente Zwolle\nOverijssel · lid sinds 2016\nBekijk profiel →",
        "Staat uw gemeente er niet bij? Lees hoe u kunt aansluiten.\n\n"
        "Het netwerk wordt ondersteund door het RIVM in Bilthoven.\n\n"
        "Laatste nieuws\n"
        "Groningen en Enschede openen eerste gezonde schoolpleinen\n"
        "Terugblik: netwerkdag in Arnhem",
        "Almere/NL; Amersfoort/NL; Assen/NL; The Hague/NL; Deventer/NL; Haarlem/NL; "
        "Heerlen/NL; 's-Hertogenbosch/NL; Hoorn/NL; Leeuwarden/NL; Leiden/NL; Lelystad/NL; "
        "Middelburg/NL; Nijmegen/NL; Venlo/NL; Zwolle/NL",
        "a map's list view of `Gemeente X` cards with `Provincie · lid sinds` and 'Bekijk "
        "profiel →' lines; provinces named like cities (Utrecht) and Limburg; Bilthoven as a "
        "supporter's seat, Groningen, Enschede, Arnhem in news",
    ),
    Page(
        "pl-list-otwarty-prezydenci-burmistrzowie-dopelniacz-oraz-poznan",
        "pl",
        "running_text;inflected;person_before;no_country;not_signatory",
        "List otwarty samorządowców w sprawie finansowania transportu publicznego",
        (2024, 10, 7),
        "Strona główna / Aktualności / Stanowiska\n\n"
        "7 października 2024 r.\n\n"
        "Prezydenci i burmistrzowie miast członkowskich skierowali list otwarty do Ministra "
        "Infrastruktury w Warszawie w sprawie finansowania regionalnych i miejskich przewozów "
        "autobusowych. Treść listu przyjęto na posiedzeniu Zarządu w Poznaniu 3 października.\n\n"
        "„Wykluczenie komunikacyjne dotyka dziś co piątego mieszkańca Polski. Bez stabilnego "
        "finansowania samorządy nie utrzymają połączeń, które łączą mniejsze miejscowości z "
        "ośrodkami pracy, nauki i leczenia” – czytamy w liście.\n\n"
        "Sygnatariusze postulują m.in. zwiększenie dopłat z Funduszu rozwoju przewozów "
        "autobusowych, wieloletnie umowy zamiast corocznych naborów oraz włączenie kolei "
        "aglomeracyjnej do zintegrowanych biletów.",
        "Pod listem podpisali się prezydenci Gdańska, Gdyni, Sopotu, Torunia, Bydgoszczy, "
        "Olsztyna, Elbląga, Słupska i Koszalina, zastępca prezydenta Szczecina, a także "
        "burmistrzowie Wadowic, Końskich, Kłodzka i Sanoka oraz wójt gminy Czerwonak.",
        "Pełna treść listu (PDF, 210 KB)\n\n"
        "Zobacz także:\n"
        "Lublin i Rzeszów z nowymi liniami autobusów elektrycznych\n"
        "Konferencja o polityce mobilności w Krakowie – relacja",
        "Gdańsk/PL; Gdynia/PL; Sopot/PL; Toruń/PL; Bydgoszcz/PL; Olsztyn/PL; Elbląg/PL; "
        "Słupsk/PL; Koszalin/PL; Szczecin/PL; Wadowice/PL; Końskie/PL; Kłodzko/PL; Sanok/PL; "
        "Czerwonak/PL",
        "signatories in one sentence as genitives after their titles (`prezydenci Gdańska, "
        "Gdyni ... burmistrzowie Wadowic, Końskich`, `wójt gminy Czerwonak`); Warsaw as "
        "addressee, Poznań as venue (locatives); Lublin, Rzeszów, Kraków in 'Zobacz także'",
    ),
    Page(
        "fi-uudet-jasenkunnat-taulukko-maakunta-asukkaita-jyvaskylassa",
        "fi",
        "table_tabs;columns_after;region_after;no_country;not_signatory;person_named_like_place",
        "Verkostoon liittyi yksitoista uutta kuntaa",
        (2024, 5, 16),
        "Etusivu › Ajankohtaista › Uutiset\n\n"
        "Uutinen | 16.5.2024\n\n"
        "Ilmastoverkoston jäsenmäärä kasvoi keväällä yhdellätoista kunnalla. Uudet kunnat "
        "esiteltiin verkoston kevätseminaarissa, joka järjestettiin tällä kertaa Jyväskylässä.\n\n"
        "– Pienetkin kunnat voivat vähentää päästöjään nopeasti, kun tieto ja kokemukset "
        "kulkevat, kuten Lahti ja Turku ovat jo osoittaneet, sanoo verkoston "
        "puheenjohtaja.\n\n"
        "Sastamalan kaupunginjohtaja Mikko Salo kertoo, että kaupunki hakee verkostosta apua "
        "erityisesti liikenteen päästöjen vähentämiseen.\n\n"
        "Uudet jäsenkunnat:",
        "Kunta\tMaakunta\tAsukkaita\tLiittynyt\n"
        "Forssa\tKanta-Häme\t16 850\t2/2024\n"
        "Hamina\tKymenlaakso\t19 400\t3/2024\n"
        "Iisalmi\tPohjois-Savo\t20 600\t1/2024\n"
        "Kangasala\tPirkanmaa\t33 900\t3/2024\n"
        "Kemi\tLappi\t19 900\t4/2024\n"
        "Kokkola\tKeski-Pohjanmaa\t48 100\t2/2024\n"
        "Loviisa\tUusimaa\t14 500\t4/2024\n"
        "Nurmes\tPohjois-Karjala\t7 300\t1/2024\n"
        "Raisio\tVarsinais-Suomi\t24 800\t3/2024\n"
        "Sastamala\tPirkanmaa\t23 900\t2/2024\n"
        "Ylöjärvi\tPirkanmaa\t33 500\t4/2024",
        "Verkostossa on nyt mukana 97 kuntaa ja kuusi maakuntaa. Seuraava verkostotapaaminen "
        "järjestetään syyskuussa Oulussa.\n\n"
        "Lisätietoja: verkostokoordinaattori Anna Korhonen, puh. 029 525 1000\n\n"
        "Jaa: Facebook · LinkedIn · Sähköposti",
        "Forssa/FI; Hamina/FI; Iisalmi/FI; Kangasala/FI; Kemi/FI; Kokkola/FI; Loviisa/FI; "
        "Raisio/FI; Nurmes/FI; Sastamala/FI; Ylöjärvi/FI",
        "a news item's table `Kunta\\tMaakunta\\tAsukkaita\\tLiittynyt`; Jyväskylä and Oulu "
        "as venues (inessives), Lahti and Turku earlier members named in a quote, a town "
        "manager named Salo; Sastamala in the genitive in the text and in the table",
    ),
    Page(
        "hu-nyilatkozat-alairasok-ket-hasab-sk-polgarmester-tihany",
        "hu",
        "several_a_line;person_before;no_country;not_signatory",
        "Közös nyilatkozat a Balaton-parti települések vízminőségéért",
        (2024, 5, 17),
        "Főoldal » Hírek » Nyilatkozatok\n\n"
        "2024. május 17.\n\n"
        "A Balaton-parti települések polgármesterei pénteken Tihanyban, a Magyar Tudományos "
        "Akadémia kutatóintézetében tartott találkozón közös nyilatkozatot írtak alá a tó "
        "vízminőségének megőrzéséért.\n\n"
        "KÖZÖS NYILATKOZAT\n\n"
        "Alulírott települések polgármesterei kijelentjük, hogy\n"
        "1. a szennyvíztisztítás fejlesztését a következő öt év legfontosabb feladatának "
        "tekintjük;\n"
        "2. településeink a parti sáv beépítését a helyi építési szabályzatokban "
        "korlátozzák;\n"
        "3. a csapadékvíz-elvezetést közösen, a vízgyűjtő egészére kiterjedően tervezzük.\n\n"
        "Kelt: Tihany, 2024. május 17.",
        "Kovácsné Szabó Ildikó s.k.\t\t\tdr. Horváth Gábor s.k.\n"
        "polgármester\t\t\tpolgármester\n"
        "Siófok Város Önkormányzata\t\t\tKeszthely Város Önkormányzata\n\n"
        "Tóth Lajos s.k.\t\t\tNémeth Katalin s.k.\n"
        "polgármester\t\t\tpolgármester\n"
        "Balatonfüred Város Önkormányzata\t\t\tBalatonalmádi Város Önkormányzata\n\n"
        "Varga Zoltán s.k.\t\t\tMolnár Erzsébet s.k.\n"
        "polgármester\t\t\tpolgármester\n"
        "Fonyód Város Önkormányzata\t\t\tBalatonboglár Város Önkormányzata\n\n"
        "Farkas Péter s.k.\t\t\tBalogh Andrea s.k.\n"
        "polgármester\t\t\tpolgármester\n"
        "Balatonlelle Város Önkormányzata\t\t\tZamárdi Város Önkormányzata\n\n"
        "Simon István s.k.\t\t\tLakatos Judit s.k.\n"
        "polgármester\t\t\tpolgármester\n"
        "Révfülöp Nagyközség Önkormányzata\t\t\tBadacsonytomaj Város Önkormányzata",
        "A nyilatkozathoz csatlakozni kívánó települések jelentkezését a szövetség titkársága "
        "várja.\n\n"
        "Kapcsolódó hírek\n"
        "Veszprémben tanácskoztak a turisztikai térség vezetői\n"
        "Hévíz és Tapolca közös kerékpárút-fejlesztésbe kezd",
        "Siófok/HU; Keszthely/HU; Balatonfüred/HU; Balatonalmádi/HU; Fonyód/HU; "
        "Balatonboglár/HU; Balatonlelle/HU; Zamárdi/HU; Révfülöp/HU; Badacsonytomaj/HU",
        "signature blocks of a PDF in two columns flattened by the copy, three lines each "
        "(`Name s.k.` / `polgármester` / `X Város Önkormányzata`, one `Nagyközség`); Tihany "
        "as venue (`Tihanyban`) and place of signing (`Kelt: Tihany`); Veszprém, Hévíz, "
        "Tapolca in related news",
    ),
    Page(
        "hr-clanovi-mreze-zupanije-naslovi-grad-opcina-zupanije-clanice",
        "hr",
        "region_heading;one_a_line;body_not_city;no_country",
        "Članovi mreže",
        (2024, 2, 12),
        "Naslovnica / O nama / Članovi mreže\n\n"
        "Članovi mreže\n\n"
        "Mrežu danas čini 18 gradova i općina te tri županije. Članstvo je otvoreno svakoj "
        "jedinici lokalne i područne (regionalne) samouprave koja je donijela odluku o "
        "pristupanju i imenovala koordinatora za zdravlje.\n\n"
        "Gradovi i općine članice (po županijama)",
        "Grad Zagreb\n"
        "Grad Zagreb\n\n"
        "Zagrebačka županija\n"
        "Grad Velika Gorica\n"
        "Grad Samobor\n\n"
        "Istarska županija\n"
        "Grad Pula – Pola\n"
        "Grad Rovinj – Rovigno\n"
        "Grad Poreč – Parenzo\n\n"
        "Primorsko-goranska županija\n"
        "Grad Rijeka\n"
        "Grad Opatija\n"
        "Grad Crikvenica\n\n"
        "Splitsko-dalmatinska županija\n"
        "Grad Split\n"
        "Grad Trogir\n"
        "Grad Sinj\n"
        "Općina Podstrana\n\n"
        "Osječko-baranjska županija\n"
        "Grad Osijek\n"
        "Grad Đakovo\n\n"
        "Međimurska županija\n"
        "Grad Čakovec\n\n"
        "Dubrovačko-neretvanska županija\n"
        "Grad Dubrovnik\n\n"
        "Županije članice\n"
        "Istarska županija\n"
        "Međimurska županija\n"
        "Primorsko-goranska županija",
        "Koordinacijski ured mreže nalazi se u Zagrebu, pri Školi narodnog zdravlja "
        "„Andrija Štampar”.\n\n"
        "Novosti\n"
        "Karlovac domaćin godišnjeg sastanka koordinatora\n"
        "Zadar i Šibenik potpisali sporazum o suradnji",
        "Zagreb/HR; Velika Gorica/HR; Samobor/HR; Pula/HR; Rovinj/HR; Poreč/HR; Rijeka/HR; "
        "Opatija/HR; Crikvenica/HR; Split/HR; Trogir/HR; Sinj/HR; Podstrana/HR; Osijek/HR; "
        "Đakovo/HR; Čakovec/HR; Dubrovnik/HR; "
        "Istarska županija|Istria County/HR/county; "
        "Međimurska županija|Međimurje County/HR/county; "
        "Primorsko-goranska županija|Primorje-Gorski Kotar County/HR/county",
        "members under county headings (`Grad Zagreb` as its own heading), bilingual Istrian "
        "names `Grad Pula – Pola`; then three counties that are members under 'Županije "
        "članice', the same names as three headings; Zagreb again as the office's seat, "
        "Karlovac, Zadar, Šibenik in news",
    ),
    Page(
        "el-koini-dilosi-o-dimarxos-genikh-ypografes-kypros-thessaloniki",
        "el",
        "one_a_line;person_after;inflected;no_country;not_signatory",
        "Κοινή Δήλωση Δημάρχων για την πρόσβαση στη στέγη",
        (2024, 9, 9),
        "Αρχική / Δελτία Τύπου / Κοινή Δήλωση Δημάρχων για την πρόσβαση στη στέγη\n\n"
        "Δελτίο Τύπου – Θεσσαλονίκη, 9 Σεπτεμβρίου 2024\n\n"
        "Με πρωτοβουλία του Δικτύου και με οικοδεσπότη τον Δήμο Θεσσαλονίκης, δήμαρχοι από "
        "την Ελλάδα και την Κύπρο υπέγραψαν σήμερα, στο περιθώριο της Διεθνούς Έκθεσης "
        "Θεσσαλονίκης, κοινή δήλωση για την πρόσβαση των νέων και των ευάλωτων νοικοκυριών "
        "στη στέγη.\n\n"
        "Οι δήμαρχοι ζητούν:\n"
        "• τη δημιουργία ταμείου κοινωνικής κατοικίας με άμεση πρόσβαση των δήμων,\n"
        "• τη μεταβίβαση ανενεργών δημόσιων ακινήτων στους δήμους για ανακαίνιση και "
        "διάθεση με χαμηλό ενοίκιο,\n"
        "• αυστηρότερους κανόνες για τη βραχυχρόνια μίσθωση στα κέντρα των πόλεων.\n\n"
        "Τη δήλωση υποστηρίζει η Περιφέρεια Κεντρικής Μακεδονίας.\n\n"
        "Υπογράφουν:",
        "Ο Δήμαρχος Ηρακλείου\nΓιώργος Μαρκάκης\n\n"
        "Ο Δήμαρχος Πατρέων\nΚωνσταντίνος Αλεξίου\n\n"
        "Η Δήμαρχος Λαρισαίων\nΕλένη Τσιάρα\n\n"
        "Ο Δήμαρχος Βόλου\nΔημήτρης Καραγιάννης\n\n"
        "Ο Δήμαρχος Ιωαννιτών\nΝίκος Ζήσης\n\n"
        "Η Δήμαρχος Χανίων\nΜαρία Βλαχάκη\n\n"
        "Ο Δήμαρχος Καλαμάτας\nΠαναγιώτης Σταθόπουλος\n\n"
        "Ο Δήμαρχος Τρικκαίων\nΑπόστολος Γκούμας\n\n"
        "Ο Δήμαρχος Κομοτηνής\nΧρήστος Ιωαννίδης\n\n"
        "Η Δήμαρχος Καβάλας\nΣοφία Παπαδημητρίου\n\n"
        "Ο Δήμαρχος Ρόδου\nΜιχάλης Χατζηδάκης\n\n"
        "Ο Αντιδήμαρχος Αθηναίων, εκ μέρους του Δημάρχου\nΣτέφανος Λαμπρόπουλος\n\n"
        "Ο Δήμαρχος Λεμεσού\nΑνδρέας Χριστοδούλου\n\n"
        "Η Δήμαρχος Λευκωσίας\nΧαρούλα Κωνσταντίνου",
        "Σχετικά άρθρα\n"
        "Ο Δήμος Σερρών εντάσσεται στο Δίκτυο\n"
        "Ημερίδα για τη βιώσιμη κινητικότητα στην Κοζάνη",
        "Heraklion/GR; Patras/GR; Larissa/GR; Volos/GR; Ioannina/GR; Chania/GR; "
        "Kalamata/GR; Trikala/GR; Komotini/GR; Kavala/GR; Rhodes/GR; Athens/GR; "
        "Limassol/CY; Nicosia/CY",
        "signature blocks `Ο Δήμαρχος Πατρέων` (the genitive of the demonym: Πατρέων, "
        "Λαρισαίων, Ιωαννιτών, Τρικκαίων, Αθηναίων) over the mayor's name; two Cypriot "
        "cities; Thessaloniki as host and dateline, a region supporting; Serres, Kozani in "
        "related articles",
    ),
    Page(
        "lt-nauji-nariai-savivaldybes-miesto-rajono-kaune",
        "lt",
        "bulleted;inflected;body_not_city;no_country;not_signatory",
        "Asociacijos narėmis tapo dar septynios savivaldybės",
        (2024, 6, 20),
        "Pradžia / Naujienos\n\n"
        "2024-06-20\n\n"
        "Birželio 19 d. Kaune vykusiame visuotiniame narių susirinkime į Lietuvos sveikų "
        "miestų asociaciją priimtos dar septynios savivaldybės. Dabar asociacijai priklauso "
        "26 savivaldybės iš visų dešimties apskričių.\n\n"
        "„Džiaugiamės, kad prie mūsų jungiasi ir kurortai, ir rajonų savivaldybės – sveikatos "
        "stiprinimas neturi sienų“, – sakė asociacijos prezidentė, Telšių rajono savivaldybės "
        "merė.\n\n"
        "Naujos asociacijos narės:",
        "• Alytaus miesto savivaldybė\n"
        "• Palangos miesto savivaldybė\n"
        "• Druskininkų savivaldybė\n"
        "• Birštono savivaldybė\n"
        "• Visagino savivaldybė\n"
        "• Neringos savivaldybė\n"
        "• Kauno rajono savivaldybė",
        "Naujos narės savo veiklos planus pristatys rudenį Klaipėdoje vyksiančioje "
        "konferencijoje.\n\n"
        "Dalintis: Facebook | X | LinkedIn\n\n"
        "Kitos naujienos\n"
        "Šiaulių ir Panevėžio mokyklose – sveikos mitybos savaitė\n"
        "Vilniuje aptarti miestų aktyvaus judumo planai",
        "Alytus/LT; Palanga/LT; Druskininkai/LT; Birštonas/LT; Visaginas/LT; Neringa/LT; "
        "Kauno rajono savivaldybė|Kaunas District Municipality/LT/county",
        "new members as bullets of genitives `Alytaus miesto savivaldybė`, `Druskininkų "
        "savivaldybė` and a district municipality `Kauno rajono savivaldybė`; Kaunas as venue "
        "(`Kaune`), Telšiai district's mayor quoted, Klaipėda as the next venue; Šiauliai, "
        "Panevėžys, Vilnius in other news",
    ),
]

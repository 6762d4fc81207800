"""Hand-written pages, batch zj: held out from issue #20's round 18, written before it by an
engineer who had read neither the reader nor its tests nor other batches (beyond three pages
of pages_s.py). What a European city network's staff would paste: 7 statements and 7 member
pages, one language each (en, fr, de from Switzerland, es, it, pt, nl, pl, sv, da, fi, cs, hu,
ro), 3 to 48 entries: an open letter to the EU institutions signed in `Local name, CC — Name,
Title` lines with treaties and charters named after cities; a French communiqué after a
general assembly with the signatories in running text (`de`, `d'`, `du Havre`, `ainsi que`)
beside the host, an observer and the elected board; a Swiss appeal to the Federal Council as
a tab table of `Stadt`, `Ville`, `Città` with canton names, Bern both addressee and signatory;
a Spanish pledge table copied one cell a line with co-official names and a mayor named
Toledo; an Italian position paper's annex of European cities in Italian exonyms with ISO
codes; a Portuguese declaration's signatories in `País – A, B e C` lines; a Dutch open letter
to the cabinet in The Hague whose signatories are two columns flattened with tabs; a Polish
board with `Prezydent Miasta` + genitives; Swedish new members in running text beside a
member that left; a Danish working group with people named Aalborg and Nyborg; a Finnish
project consortium copied one cell a line with non-city partners; Czech members under kraj
headings with counts, a former member and an observer; a Hungarian annual report's members
in running text with a venue `Kaposváron` and a member that left; Romanian Danube members by
country with exonyms, observers and a former member. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-open-letter-eu-institutions-local-name-iso-dash-mayor",
        "en",
        "one_a_line;person_after;not_signatory;person_named_like_place",
        "Open letter: a place-based cohesion policy after 2027",
        (2025, 6, 4),
        "Home > Policy > Open letters\n\n"
        "Open letter | Cohesion policy | Multiannual Financial Framework\n\n"
        "To: the President of the European Commission\n"
        "the President of the European Parliament\n"
        "the Presidency of the Council of the European Union\n\n"
        "Brussels, 4 June 2025\n\n"
        "Dear Presidents,\n\n"
        "Cohesion is not a favour to the regions; it is written into the Treaty of Lisbon as one "
        "of the Union's objectives. For almost four decades cohesion policy has helped our "
        "cities renovate schools and tram lines, clean brownfields and train young people. "
        "The proposals now on the table would merge it into national plans negotiated between "
        "the Commission and each capital, leaving cities as spectators.\n\n"
        "We, mayors of cities in 24 countries, ask you to:\n"
        "1. keep a strong, separate cohesion policy with at least 8% of each national "
        "allocation managed directly by cities, as the New Leipzig Charter recommends;\n"
        "2. keep the partnership principle and the multi-level governance of the Pact of "
        "Amsterdam and the Ljubljana Agreement;\n"
        "3. open the European Urban Initiative to small and medium-sized cities.\n\n"
        "We stand ready to discuss these proposals with you at the European Week of Regions "
        "and Cities in October.\n\n"
        "Yours sincerely,\n\n"
        "Signed by (in alphabetical order of city):",
        "Aarhus, DK — Anders Kjeldsen, Mayor\n"
        "Amsterdam, NL — Femke van Rijn, Mayor\n"
        "Antwerpen, BE — Koen Peeters, Mayor\n"
        "Athina, GR — Nikos Alexiou, Mayor\n"
        "Barcelona, ES — Jordi Puigvert, Mayor\n"
        "Bologna, IT — Matteo Como, Mayor\n"
        "Bratislava, SK — Michal Hudec, Mayor\n"
        "Brno, CZ — Markéta Vaňková, Mayor\n"
        "Budapest, HU — Gábor Kerekes, Mayor\n"
        "Cluj-Napoca, RO — Radu Mureșan, Mayor\n"
        "Dortmund, DE — Ulrike Brenner, Lord Mayor\n"
        "Dublin, IE — Aoife Kennedy, Lord Mayor\n"
        "Eindhoven, NL — Jeroen Dijkstra, Mayor\n"
        "Espoo, FI — Kai Mäkinen, Mayor\n"
        "Firenze, IT — Giulia Sardi, Mayor\n"
        "Gdańsk, PL — Aleksandra Wiśniewska, Mayor\n"
        "Gent, BE — Mathias Verbeke, Mayor\n"
        "Glasgow, UK — Fiona MacLeod, Lord Provost\n"
        "Göteborg, SE — Henrik Sandell, Chair of the City Executive Board\n"
        "Grenoble, FR — Éric Valence, Mayor\n"
        "Hamburg, DE — Katrin Brandt, First Mayor\n"
        "Helsinki, FI — Juhani Rantanen, Mayor\n"
        "Kaunas, LT — Vytautas Jonaitis, Mayor\n"
        "Košice, SK — Jaroslav Polák, Mayor\n"
        "Leipzig, DE — Frank Lehmann, Lord Mayor\n"
        "Lille, FR — Martine Delacroix, Mayor\n"
        "Lisboa, PT — Carlos Pereira, Mayor\n"
        "Ljubljana, SI — Zoran Kranjc, Mayor\n"
        "Lyon, FR — Antoine Rivière, Mayor\n"
        "Madrid, ES — Inés Montero, Deputy Mayor\n"
        "Malmö, SE — Elin Bergqvist, Chair of the City Executive Board\n"
        "Milano, IT — Beppe Colombo, Mayor\n"
        "München, DE — Stefan Huber, Lord Mayor\n"
        "Nantes, FR — Claire Morvan, Mayor\n"
        "Oslo, NO — Ingrid Solheim, Mayor\n"
        "Porto, PT — Rui Carvalho, Mayor\n"
        "Praha, CZ — Petr Novotný, Mayor\n"
        "Riga, LV — Andris Kalniņš, Chairman of the City Council\n"
        "Rotterdam, NL — Youssef El Amrani, Mayor\n"
        "Sofia, BG — Boryana Petrova, Mayor\n"
        "Tallinn, EE — Kadri Tamm, Mayor\n"
        "Tampere, FI — Kalle Ruotsalainen, Mayor\n"
        "Thessaloniki, GR — Eleni Karagianni, Mayor\n"
        "Utrecht, NL — Marieke Bosman, Mayor\n"
        "Vilnius, LT — Rūta Petrauskienė, Mayor\n"
        "Warszawa, PL — Tomasz Lis-Borowski, Mayor\n"
        "Wien, AT — Franz Pichler, Mayor and Governor\n"
        "Zagreb, HR — Marko Jurić, Mayor",
        "Cities can still add their name to the letter until 20 June: write to "
        "policy@example.eu.\n\n"
        "Contact: Lucía Ferreira, Policy Advisor, Cohesion and Territorial Development\n\n"
        "See also\n"
        "Strasbourg plenary vote on the urban agenda: what it means for members\n"
        "Webinar with Tartu and Chemnitz, European Capitals of Culture",
        "Aarhus/DK; Amsterdam/NL; Antwerp|Antwerpen/BE; Athens|Athina/GR; Barcelona/ES; "
        "Bologna/IT; Bratislava/SK; Brno/CZ; Budapest/HU; Cluj-Napoca/RO; Dortmund/DE; "
        "Dublin/IE; Eindhoven/NL; Espoo/FI; Florence|Firenze/IT; Gdańsk/PL; Ghent|Gent/BE; "
        "Glasgow/GB; Gothenburg|Göteborg/SE; Grenoble/FR; Hamburg/DE; Helsinki/FI; Kaunas/LT; "
        "Košice/SK; Leipzig/DE; Lille/FR; Lisbon|Lisboa/PT; Ljubljana/SI; Lyon/FR; Madrid/ES; "
        "Malmö/SE; Milan|Milano/IT; Munich|München/DE; Nantes/FR; Oslo/NO; Porto/PT; "
        "Prague|Praha/CZ; Riga/LV; Rotterdam/NL; Sofia/BG; Tallinn/EE; Tampere/FI; "
        "Thessaloniki/GR; Utrecht/NL; Vilnius/LT; Warsaw|Warszawa/PL; Vienna|Wien/AT; "
        "Zagreb/HR",
        "48 `Local name, CC — Name, Title` lines (UK for GB); Brussels the letter's place, the "
        "Treaty of Lisbon, New Leipzig Charter, Pact of Amsterdam, Ljubljana Agreement in the "
        "body; mayors named Como and Valence; Strasbourg, Tartu, Chemnitz in 'See also'",
    ),
    Page(
        "fr-communique-assemblee-generale-strasbourg-villes-running",
        "fr",
        "running_text;inflected;not_signatory;no_country",
        "Assemblée générale 2025 : les villes adoptent la Déclaration de Strasbourg",
        (2025, 10, 17),
        "Accueil › Actualités › Communiqués de presse\n\n"
        "Communiqué de presse\n\n"
        "Réunies en assemblée générale les 15 et 16 octobre à Strasbourg, à l'invitation de la "
        "maire de Strasbourg, les villes membres du réseau ont adopté à l'unanimité la "
        "Déclaration de Strasbourg pour une transition juste. Elle s'inscrit dans le "
        "prolongement de l'Accord de Paris et de la Charte d'Aalborg, et demande à l'Union "
        "européenne et aux États de reconnaître les villes comme actrices à part entière de "
        "la transition écologique.",
        "La déclaration a été signée en séance par les maires et élus d'Angers, de Besançon, "
        "de Dijon, de Grenoble, du Havre, de Metz, de Montpellier, de Mulhouse, de Nancy, "
        "d'Orléans, de Rennes, de Rouen et de Tours, ainsi que par la Ville de Bruxelles, la "
        "Ville de Liège et la Ville de Luxembourg. La Ville de Genève, membre observateur, a "
        "salué le texte sans le signer.",
        "L'assemblée a également élu son nouveau bureau. Mme Claire Tessier, adjointe au maire "
        "de Rennes, a été réélue présidente ; M. Hugo Ballanger, premier adjoint au maire de "
        "Metz, et Mme Nadia Benali, conseillère municipale de Liège, ont été élus "
        "vice-président et vice-présidente.\n\n"
        "« Les villes ne demandent pas la charité, elles demandent les moyens d'agir », a "
        "déclaré la présidente. La prochaine assemblée générale se tiendra à Namur en 2026.\n\n"
        "Contact presse : Julien Moreau – presse@example.org\n\n"
        "Télécharger la Déclaration de Strasbourg (PDF, 420 Ko)",
        "Angers/FR; Besançon/FR; Dijon/FR; Grenoble/FR; Le Havre/FR; Metz/FR; Montpellier/FR; "
        "Mulhouse/FR; Nancy/FR; Orléans/FR; Rennes/FR; Rouen/FR; Tours/FR; "
        "Brussels|Bruxelles/BE; Liège/BE; Luxembourg/LU",
        "signatories in one sentence with `d'Angers`, `du Havre`, `ainsi que par la Ville de X`; "
        "the host Strasbourg (also the declaration's name), Genève an observer that did not "
        "sign, Paris and Aalborg in agreements, the board from signatory cities, Namur next",
    ),
    Page(
        "de-ch-appell-bundesrat-staedte-tabelle-kanton",
        "de",
        "table_tabs;columns_after;person_after;not_signatory;no_country",
        "Appell der Städte an den Bundesrat: Entlastungspaket nicht auf Kosten der Städte",
        (2025, 2, 12),
        "Startseite / Medien / Medienmitteilungen\n\n"
        "Medienmitteilung\n\n"
        "Bern, 12. Februar 2025 – Mit dem Entlastungspaket 27 will der Bundesrat den "
        "Bundeshaushalt um bis zu 3,6 Milliarden Franken pro Jahr entlasten. Viele der "
        "vorgeschlagenen Massnahmen treffen die Städte direkt: Kürzungen beim "
        "Agglomerationsverkehr, bei der familienergänzenden Kinderbetreuung und bei der "
        "Integration. Die Städte tragen die Lasten, ohne mitreden zu können.\n\n"
        "Am Städtetag in Montreux haben deshalb 17 Städte aus allen Landesteilen einen Appell "
        "an den Bundesrat in Bern verabschiedet. Sie fordern, dass die Kantone und Städte vor "
        "jeder Kürzung angehört werden und dass der Bund keine Aufgaben auf die Gemeinden "
        "abwälzt.\n\n"
        "Den Appell unterzeichnet haben:",
        "Stadt / Ville / Città\tKanton\tunterzeichnet durch\n"
        "Stadt Zürich\tZürich\tCorinne Hauser, Stadtpräsidentin\n"
        "Ville de Genève\tGenève\tAlain Dufour, maire\n"
        "Stadt Basel\tBasel-Stadt\tBeat Vogt, Regierungspräsident\n"
        "Ville de Lausanne\tVaud\tGrégoire Favre, syndic\n"
        "Stadt Bern\tBern\tAlec Widmer, Stadtpräsident\n"
        "Stadt Winterthur\tZürich\tMarkus Frei, Stadtpräsident\n"
        "Stadt Luzern\tLuzern\tReto Amstutz, Stadtpräsident\n"
        "Stadt St. Gallen\tSt. Gallen\tSabine Kellenberger, Stadtpräsidentin\n"
        "Città di Lugano\tTicino\tLuca Bernasconi, sindaco\n"
        "Stadt Biel/Bienne\tBern\tDaniel Grossenbacher, Stadtpräsident\n"
        "Ville de Fribourg / Stadt Freiburg\tFribourg\tNathalie Progin, syndique\n"
        "Stadt Thun\tBern\tSimon Gerber, Stadtpräsident\n"
        "Stadt Schaffhausen\tSchaffhausen\tThomas Bührer, Stadtpräsident\n"
        "Stadt Chur\tGraubünden\tClaudio Caduff, Stadtpräsident\n"
        "Ville de Neuchâtel\tNeuchâtel\tSandrine Jeanneret, présidente du Conseil communal\n"
        "Ville de Sion\tValais\tPierre-Alain Bonvin, président\n"
        "Città di Bellinzona\tTicino\tFabio Pedrazzini, sindaco",
        "Der Appell bleibt offen für weitere Städte und Gemeinden. Der Schweizerische "
        "Städteverband begleitet die Vernehmlassung und wird im Frühjahr zusammen mit dem "
        "Gemeindeverband in Bern informieren.\n\n"
        "Kontakt\nLaura Fankhauser, Kommunikation, Tel. 031 356 32 32\n\n"
        "Downloads\nAppell der Städte (PDF, 180 KB)\nAppel des villes (PDF, 182 KB)",
        "Zurich|Zürich/CH; Geneva|Genève/CH; Basel/CH; Lausanne/CH; Bern/CH; Winterthur/CH; "
        "Lucerne|Luzern/CH; St. Gallen/CH; Lugano/CH; Biel|Bienne/CH; Fribourg|Freiburg/CH; "
        "Thun/CH; Schaffhausen/CH; Chur/CH; Neuchâtel/CH; Sion/CH; Bellinzona/CH",
        "a tab table `Stadt X` / `Ville de X` / `Città di X`, canton named like its city, "
        "signer; Bern the addressee's seat and a signatory, Montreux the venue, "
        "`Stadt Biel/Bienne` and `Ville de Fribourg / Stadt Freiburg`",
    ),
    Page(
        "es-compromiso-tabla-celda-por-linea-cooficiales",
        "es",
        "one_a_line;columns_after;region_after;person_after;person_named_like_place;no_country",
        "Compromiso de Ciudades por el Agua: municipios firmantes",
        (2024, 9, 26),
        "Inicio > Iniciativas > Compromiso por el Agua\n\n"
        "El Compromiso de Ciudades por el Agua nació en la asamblea de la red celebrada en "
        "Zaragoza en 2023. Los municipios que lo firman se comprometen a reducir un 15 % las "
        "pérdidas en sus redes de abastecimiento antes de 2030, a reutilizar el agua depurada "
        "en el riego de parques y a publicar cada año sus datos de consumo.\n\n"
        "La secretaría técnica del compromiso tiene su sede en Madrid.\n\n"
        "Municipios firmantes (15)",
        "Municipio\nComunidad autónoma\nAlcalde/sa\n"
        "València\nComunitat Valenciana\nAmparo Ferrer Soler\n"
        "Donostia / San Sebastián\nEuskadi\nIñaki Otaegi Arrieta\n"
        "Vitoria-Gasteiz\nEuskadi\nNerea Urrutia Lasa\n"
        "A Coruña\nGalicia\nLucía Varela Pena\n"
        "Santiago de Compostela\nGalicia\nXosé Manuel Lema Castro\n"
        "Gijón/Xixón\nPrincipado de Asturias\nMarta Fernández Cueto\n"
        "Pamplona/Iruña\nComunidad Foral de Navarra\nMikel Goñi Zabalza\n"
        "Logroño\nLa Rioja\nJavier Sáenz Ibarra\n"
        "Valladolid\nCastilla y León\nAlberto Pastor Merino\n"
        "Burgos\nCastilla y León\nElena Arnaiz Peña\n"
        "Palma\nIlles Balears\nBartomeu Coll Vich\n"
        "Castelló de la Plana\nComunitat Valenciana\nRosa Monfort Ribes\n"
        "Córdoba\nAndalucía\nFrancisco Lucena Ortiz\n"
        "Sevilla\nAndalucía\nManuel Gallardo Vega\n"
        "Bilbao\nEuskadi\nAne Zubizarreta Oleaga",
        "¿Quiere que su municipio se sume? Escríbanos a agua@example.es\n\n"
        "La próxima reunión de seguimiento, presidida por la concejala Ana Toledo, tendrá "
        "lugar en Murcia el 14 de noviembre.",
        "Valencia|València/ES; San Sebastián|Donostia/ES; Vitoria-Gasteiz/ES; "
        "A Coruña/ES; Santiago de Compostela/ES; Gijón/ES; Pamplona/ES; Logroño/ES; "
        "Valladolid/ES; Burgos/ES; Palma/ES; Castelló de la Plana/ES; Córdoba/ES; Sevilla/ES; "
        "Bilbao/ES",
        "a table copied one cell a line (municipio, comunidad autónoma, alcalde/sa) with "
        "co-official names `Gijón/Xixón`, `Pamplona/Iruña`; Zaragoza the founding venue, "
        "Madrid the secretariat, Murcia the next meeting, a councillor named Toledo",
    ),
    Page(
        "it-position-paper-allegato-esonimi-codici-iso",
        "it",
        "numbered;not_signatory",
        "Position paper: le città per un Green Deal che funzioni sul territorio",
        (2025, 4, 9),
        "Home / Pubblicazioni / Position paper\n\n"
        "Sintesi\n\n"
        "Il Green Deal europeo ha dato alle città obiettivi ambiziosi, ma non gli strumenti "
        "per raggiungerli. Questo documento, preparato dal gruppo di lavoro Ambiente e "
        "approvato dal Comitato esecutivo riunito a Bruxelles il 27 marzo, avanza dieci "
        "proposte per il prossimo mandato della Commissione europea.\n\n"
        "Tra queste: un accesso diretto delle città al Fondo sociale per il clima; la "
        "semplificazione delle regole sugli aiuti di Stato per le reti di teleriscaldamento; "
        "il riconoscimento degli impegni presi con il Patto di Milano sulla politica alimentare "
        "urbana e con la Carta di Lipsia nella valutazione dei piani nazionali.\n\n"
        "Il documento completo (24 pagine) è disponibile in inglese, francese e italiano.\n\n"
        "Allegato – Città firmatarie",
        "1. Torino (IT)\n"
        "2. Bologna (IT)\n"
        "3. Genova (IT)\n"
        "4. Bari (IT)\n"
        "5. Reggio Emilia (IT)\n"
        "6. Padova (IT)\n"
        "7. Lione (FR)\n"
        "8. Marsiglia (FR)\n"
        "9. Anversa (BE)\n"
        "10. Aquisgrana (DE)\n"
        "11. Norimberga (DE)\n"
        "12. Magonza (DE)\n"
        "13. Lipsia (DE)\n"
        "14. Siviglia (ES)\n"
        "15. Malaga (ES)\n"
        "16. Lubiana (SI)\n"
        "17. Danzica (PL)\n"
        "18. Cracovia (PL)\n"
        "19. Breslavia (PL)\n"
        "20. Salonicco (GR)\n"
        "21. Vilnius (LT)\n"
        "22. Tampere (FI)",
        "Per aderire al position paper: ambiente@example.eu\n\n"
        "Ultime notizie\n"
        "Firenze ospita il forum sulla mobilità attiva\n"
        "Napoli e Palermo nel nuovo progetto sulle isole di calore",
        "Turin|Torino/IT; Bologna/IT; Genoa|Genova/IT; Bari/IT; Reggio Emilia/IT; "
        "Padua|Padova/IT; Lyon|Lione/FR; Marseille|Marsiglia/FR; Antwerp|Anversa/BE; "
        "Aachen|Aquisgrana/DE; Nuremberg|Norimberga/DE; Mainz|Magonza/DE; Leipzig|Lipsia/DE; "
        "Seville|Siviglia/ES; Málaga|Malaga/ES; Ljubljana|Lubiana/SI; Gdańsk|Danzica/PL; "
        "Kraków|Cracovia/PL; Wrocław|Breslavia/PL; Thessaloniki|Salonicco/GR; Vilnius/LT; "
        "Tampere/FI",
        "a numbered annex of 22 cities in Italian exonyms with ISO codes (`Lione (FR)`, "
        "`Danzica (PL)`); Bruxelles the venue, the Milan pact and Leipzig Charter in the body "
        "(Lipsia signs too), Firenze, Napoli, Palermo in news",
    ),
    Page(
        "pt-declaracao-cidades-atlanticas-pais-travessao-e",
        "pt",
        "several_a_line;region_before;country_in_language;not_signatory",
        "Declaração do Funchal das Cidades Atlânticas",
        (2025, 5, 30),
        "Início » Notícias » Declarações\n\n"
        "Reunidas no Funchal nos dias 29 e 30 de maio, por ocasião do Fórum das Cidades "
        "Atlânticas, as cidades da rede aprovaram a Declaração do Funchal, que pede à União "
        "Europeia uma estratégia para as cidades costeiras face à subida do nível do mar e à "
        "erosão do litoral.\n\n"
        "As cidades signatárias comprometem-se a partilhar dados sobre a costa, a adaptar os "
        "seus portos e frentes de mar e a envolver os pescadores e as comunidades ribeirinhas "
        "nos seus planos. A declaração será entregue à Comissão Europeia em Bruxelas e "
        "apresentada na Conferência das Nações Unidas sobre os Oceanos.\n\n"
        "Assinaram a declaração:",
        "Portugal – Funchal, Lisboa, Porto, Matosinhos, Aveiro, Viana do Castelo e Ponta "
        "Delgada\n"
        "Espanha – Vigo, A Coruña, Ferrol, Gijón, Santander e Las Palmas de Gran Canaria\n"
        "França – Brest, Lorient, Saint-Nazaire, La Rochelle e Bayonne\n"
        "Irlanda – Galway e Cork\n"
        "Reino Unido – Plymouth",
        "A Câmara Municipal de Angra do Heroísmo participou no fórum como observadora.\n\n"
        "«O Atlântico une-nos mais do que nos separa», afirmou o presidente da rede, "
        "Rodrigo Vasconcelos, vereador da Câmara Municipal de Matosinhos.\n\n"
        "Documentos\nDeclaração do Funchal (PDF)\nFunchal Declaration (PDF, EN)",
        "Funchal/PT; Lisbon|Lisboa/PT; Porto/PT; Matosinhos/PT; Aveiro/PT; "
        "Viana do Castelo/PT; Ponta Delgada/PT; Vigo/ES; A Coruña/ES; Ferrol/ES; Gijón/ES; "
        "Santander/ES; Las Palmas de Gran Canaria/ES; Brest/FR; Lorient/FR; Saint-Nazaire/FR; "
        "La Rochelle/FR; Bayonne/FR; Galway/IE; Cork/IE; Plymouth/GB",
        "`País – A, B e C` lines; the host Funchal "
        "signs and names the declaration; Angra do Heroísmo an observer, Bruxelas the "
        "addressee",
    ),
    Page(
        "nl-open-brief-kabinet-twee-kolommen-tabs",
        "nl",
        "several_a_line;no_country;not_signatory;person_named_like_place",
        "Open brief van 28 gemeenten: geef gemeenten de middelen voor de energietransitie",
        (2025, 3, 11),
        "Home / Nieuws / Open brief\n\n"
        "Aan het kabinet\nt.a.v. de minister van Klimaat en Groene Groei\nPostbus 20401\n"
        "2500 EK Den Haag\n\n"
        "Utrecht, 11 maart 2025\n\n"
        "Geachte minister,\n\n"
        "Gemeenten staan aan de lat voor de wijkaanpak, de warmtenetten en het verduurzamen "
        "van maatschappelijk vastgoed. Toch stopt de specifieke uitkering voor de "
        "uitvoeringskosten klimaat- en energiebeleid na 2026. Zonder structurele middelen "
        "moeten wij projecten stilleggen en ervaren medewerkers laten gaan.\n\n"
        "Wij vragen het kabinet daarom om de uitkering vanaf 2027 structureel voort te zetten, "
        "om gemeenten een wettelijke rol te geven bij de aanleg van warmtenetten en om samen "
        "met de VNG en het IPO een meerjarig uitvoeringsprogramma op te stellen.\n\n"
        "Met vriendelijke groet,\n\n"
        "De wethouders klimaat en energie van de gemeenten",
        "Almere\tAmersfoort\n"
        "Apeldoorn\tArnhem\n"
        "Breda\tDelft\n"
        "Deventer\tDordrecht\n"
        "Ede\tEmmen\n"
        "Enschede\tGouda\n"
        "Groningen\tHaarlem\n"
        "Heerlen\tHelmond\n"
        "Hengelo\t's-Hertogenbosch\n"
        "Hilversum\tLeeuwarden\n"
        "Leiden\tLelystad\n"
        "Maastricht\tNijmegen\n"
        "Roosendaal\tTilburg\n"
        "Venlo\tZwolle",
        "Namens de ondertekenaars: Mark Zwolsman en Esther Breda, wethouders, "
        "woordvoerders van het netwerk.\n\n"
        "De brief is ook gestuurd aan de leden van de vaste Kamercommissie voor Klimaat en "
        "Groene Groei in Den Haag.\n\n"
        "Lees ook\nRotterdam en Eindhoven starten gezamenlijk warmtenetbedrijf\n"
        "Zaanstad is de nieuwste deelnemer aan het netwerk",
        "Almere/NL; Amersfoort/NL; Apeldoorn/NL; Arnhem/NL; Breda/NL; Delft/NL; Deventer/NL; "
        "Dordrecht/NL; Ede/NL; Emmen/NL; Enschede/NL; Gouda/NL; Groningen/NL; Haarlem/NL; "
        "Heerlen/NL; Helmond/NL; Hengelo/NL; 's-Hertogenbosch/NL; Hilversum/NL; "
        "Leeuwarden/NL; Leiden/NL; Lelystad/NL; Maastricht/NL; Nijmegen/NL; Roosendaal/NL; "
        "Tilburg/NL; Venlo/NL; Zwolle/NL",
        "28 gemeenten in two columns flattened with tabs, alphabetical down the rows; Den Haag "
        "the addressee, Utrecht the place of writing, spokespeople named Zwolsman and Breda, "
        "Rotterdam, Eindhoven, Zaanstad in 'Lees ook'",
    ),
    Page(
        "pl-sklad-zarzadu-prezydent-miasta-dopelniacz",
        "pl",
        "one_a_line;person_before;inflected;no_country;not_signatory",
        "Skład Zarządu Związku na kadencję 2024–2028",
        (2024, 7, 3),
        "Strona główna / O nas / Władze Związku\n\n"
        "Zgromadzenie Ogólne Związku, obradujące 27 czerwca 2024 r. w Toruniu, wybrało nowy "
        "Zarząd oraz Komisję Rewizyjną. Zarząd kieruje pracami Związku między zgromadzeniami, "
        "reprezentuje miasta członkowskie wobec rządu i parlamentu oraz przyjmuje nowych "
        "członków. Biuro Związku mieści się w Poznaniu.\n\n"
        "Zarząd",
        "Prezes Zarządu – Krzysztof Wójcik, Prezydent Miasta Lublin\n"
        "Wiceprezes – Anna Zielińska, Prezydent Miasta Rzeszowa\n"
        "Wiceprezes – Marek Sikora, Burmistrz Miasta i Gminy Wolsztyn\n"
        "Członek Zarządu – Tomasz Kołodziej, Prezydent Miasta Płocka\n"
        "Członek Zarządu – Ewa Malinowska, Prezydent Miasta Gorzowa Wielkopolskiego\n"
        "Członek Zarządu – Piotr Dąbrowski, Prezydent Miasta Kalisza\n"
        "Członek Zarządu – Joanna Lewandowska, Prezydent Miasta Słupska\n"
        "Członek Zarządu – Andrzej Nowak, Prezydent Miasta Nowego Sącza\n"
        "Członek Zarządu – Katarzyna Wrona, Zastępca Prezydenta Miasta Elbląga\n\n"
        "Komisja Rewizyjna\n"
        "Przewodniczący – Paweł Jasiński, Prezydent Miasta Jeleniej Góry\n"
        "Członek – Agnieszka Kamińska, Prezydent Miasta Kołobrzeg\n"
        "Członek – Robert Zawadzki, Prezydent Miasta Zamościa",
        "Dyrektor Biura Związku: Małgorzata Pilska\n"
        "ul. Robocza 42, 61-517 Poznań\n\n"
        "Zobacz także\nStatut Związku\nMiasta członkowskie\nZgromadzenie Ogólne w Toruniu – "
        "relacja",
        "Lublin/PL; Rzeszów/PL; Wolsztyn/PL; Płock/PL; Gorzów Wielkopolski/PL; Kalisz/PL; "
        "Słupsk/PL; Nowy Sącz/PL; Elbląg/PL; Jelenia Góra/PL; Kołobrzeg/PL; Zamość/PL",
        "a board and audit committee `Funkcja – Name, Prezydent Miasta X` with genitives "
        "(`Rzeszowa`, `Gorzowa Wielkopolskiego`, `Nowego Sącza`, `Jeleniej Góry`) and one "
        "nominative `Lublin`; Toruń the venue (`w Toruniu`), Poznań the office, a director "
        "named Pilska",
    ),
    Page(
        "sv-nya-medlemmar-kommun-stad-running-lamnat",
        "sv",
        "running_text;inflected;not_signatory;few",
        "Tre nya medlemmar i nätverket",
        (2025, 1, 22),
        "Start / Aktuellt / Nyheter\n\n"
        "Nätverkets styrelse sammanträdde i Kalmar den 16 januari och beslutade att anta tre "
        "nya medlemmar.",
        "Från årsskiftet är Borås Stad, Skellefteå kommun och finländska Vasa stad medlemmar "
        "i nätverket.",
        "– Vi är glada att nätverket fortsätter att växa, både i Sverige och i Finland. Med "
        "Skellefteås erfarenhet av snabb stadsutveckling och Vasas arbete med vindkraft får vi "
        "nya perspektiv, säger styrelsens ordförande Eva Umestam, kommunalråd i Umeå.\n\n"
        "Samtidigt har Karlstads kommun meddelat att den lämnar nätverket vid utgången av 2024. "
        "Nätverket har därmed 41 medlemmar i Sverige, Finland och Norge.\n\n"
        "Nästa medlemsmöte hålls i Växjö i april.\n\n"
        "Läs mer om medlemskap",
        "Borås/SE; Skellefteå/SE; Vaasa|Vasa/FI",
        "three new members in one sentence (`Borås Stad`, `Skellefteå kommun`, `finländska "
        "Vasa stad`) and in genitives after; Kalmar the venue, the chair from Umeå named "
        "Umestam, Karlstad leaving, Växjö next",
    ),
    Page(
        "da-arbejdsgruppe-medlemmer-navn-titel-kommune",
        "da",
        "bulleted;person_before;person_named_like_place;not_signatory;no_country",
        "Arbejdsgruppen for klimatilpasning",
        (2024, 11, 5),
        "Forside > Netværk > Arbejdsgrupper > Klimatilpasning\n\n"
        "Arbejdsgruppen for klimatilpasning samler fagfolk fra medlemskommunerne, som arbejder "
        "med skybrud, stormflod og stigende grundvand. Gruppen mødes fire gange om året, "
        "skiftevis hos en af kommunerne, og udarbejder netværkets høringssvar om kystbeskyttelse "
        "og spildevand.\n\n"
        "Formand: Lise Hjort, klimachef, Middelfart Kommune\n\n"
        "Medlemmer",
        "• Mette Aalborg, klimakoordinator, Vejle Kommune\n"
        "• Jonas Nyborg, projektleder, Aarhus Kommune\n"
        "• Sara Lindholm, specialkonsulent, Københavns Kommune\n"
        "• Peter Skovgaard, afdelingsleder, Odense Kommune\n"
        "• Hanne Kruse, klimatilpasningskoordinator, Sønderborg Kommune\n"
        "• Rasmus Holm, ingeniør, Frederikshavn Kommune\n"
        "• Camilla Juhl, miljøplanlægger, Roskilde Kommune\n"
        "• Anders Bech, teamleder, Esbjerg Kommune\n"
        "• Katrine Vestergaard, klimarådgiver, Horsens Kommune\n"
        "• Mikkel Thorsen, byplanlægger, Ballerup Kommune",
        "Observatør: Region Syddanmark\n\n"
        "Sekretariat: Netværkets sekretariat i København, Weidekampsgade 10\n\n"
        "Næste møde holdes i Esbjerg den 28. januar 2025.",
        "Middelfart/DK; Vejle/DK; Aarhus/DK; Copenhagen|København/DK; Odense/DK; "
        "Sønderborg/DK; Frederikshavn/DK; Roskilde/DK; Esbjerg/DK; Horsens/DK; Ballerup/DK",
        "a working group's chair and members `Name, title, X Kommune` (`Københavns Kommune`), "
        "people named Aalborg, Nyborg, Holm; Region Syddanmark an observer, the secretariat in "
        "København (a member too), Esbjerg also the next venue",
    ),
    Page(
        "fi-hankekumppanit-taulukko-solu-riville",
        "fi",
        "one_a_line;columns_after;country_in_language;inflected;not_signatory",
        "Hankkeen kumppanit",
        (2024, 3, 14),
        "Etusivu › Hankkeet › Vihreät satamakaupungit › Kumppanit\n\n"
        "Vihreät satamakaupungit (Green Port Cities) on Interreg Itämeren alue -ohjelman "
        "rahoittama hanke (2024–2027). Hankkeessa satamakaupungit kehittävät yhdessä "
        "keinoja vähentää satamaliikenteen päästöjä ja melua kaupunkien keskustoissa. Hanketta "
        "koordinoi Turun ammattikorkeakoulu.\n\n"
        "Kumppanit",
        "Kumppani\nMaa\nRooli\n"
        "Turun ammattikorkeakoulu\nSuomi\nPääpartneri\n"
        "Turun kaupunki\nSuomi\nKumppani\n"
        "Tallinnan kaupunki\nViro\nKumppani\n"
        "Riian kaupunki\nLatvia\nKumppani\n"
        "Klaipėdan kaupunki\nLiettua\nKumppani\n"
        "Gdańskin kaupunki\nPuola\nKumppani\n"
        "Malmön kaupunki\nRuotsi\nKumppani\n"
        "Pärnun kaupunki\nViro\nKumppani\n"
        "Itämeren kaupunkien liitto (UBC)\nPuola\nViestintäkumppani\n"
        "Kielin yliopisto\nSaksa\nTutkimuskumppani",
        "Liitännäiskumppanit: Varsinais-Suomen liitto, Tallinnan satama, Rostockin satama\n\n"
        "Hankkeen aloituskokous pidettiin Turussa helmikuussa. Seuraava kumppanikokous "
        "järjestetään Klaipėdassa syyskuussa.\n\n"
        "Yhteystiedot\nHankepäällikkö Sanna Salo\nsanna.salo@example.fi",
        "Turku/FI; Tallinn/EE; Riga/LV; Klaipėda/LT; Gdańsk/PL; Malmö/SE; Pärnu/EE",
        "a partner table copied one cell a line with Finnish genitives `Tallinnan kaupunki`, "
        "`Riian kaupunki`, `Malmön kaupunki`; non-city partners named after cities (`Turun "
        "ammattikorkeakoulu` the lead, `Kielin yliopisto`, ports of Tallinn and Rostock); "
        "venues `Turussa`, `Klaipėdassa`; a project manager named Salo",
    ),
    Page(
        "cs-clenska-mesta-podle-kraju-pocty-carky",
        "cs",
        "several_a_line;region_heading;no_country;not_signatory",
        "Členská města podle krajů",
        (2025, 2, 3),
        "Úvod / O síti / Členové\n\n"
        "Síť sdružuje města a obce, které se zavázaly k zavádění místní Agendy 21 a ke "
        "zdravému životnímu stylu svých obyvatel. Aktuálně má 46 členů ze 13 krajů. "
        "Na mapě i v seznamu níže najdete kontakt na koordinátora každého města.\n\n"
        "Seznam členů (stav k 1. 1. 2025)",
        "Hlavní město Praha (1)\nPraha\n\n"
        "Středočeský kraj (4)\nBenešov, Kolín, Mladá Boleslav, Říčany\n\n"
        "Jihočeský kraj (4)\nČeský Krumlov, Písek, Strakonice, Tábor\n\n"
        "Plzeňský kraj (2)\nKlatovy, Plzeň\n\n"
        "Karlovarský kraj (2)\nCheb, Sokolov\n\n"
        "Ústecký kraj (3)\nDěčín, Litoměřice, Ústí nad Labem\n\n"
        "Liberecký kraj (3)\nJablonec nad Nisou, Liberec, Semily\n\n"
        "Královéhradecký kraj (4)\nHradec Králové, Kostelec nad Orlicí, Náchod, Trutnov\n\n"
        "Pardubický kraj (3)\nChrudim, Litomyšl, Pardubice\n\n"
        "Kraj Vysočina (5)\nHavlíčkův Brod, Jihlava, Nové Město na Moravě, Pelhřimov, Třebíč\n\n"
        "Jihomoravský kraj (5)\nBlansko, Brno, Hodonín, Kyjov, Vyškov\n\n"
        "Olomoucký kraj (3)\nOlomouc, Prostějov, Šumperk\n\n"
        "Zlínský kraj (4)\nKroměříž, Uherské Hradiště, Vsetín, Zlín\n\n"
        "Moravskoslezský kraj (3)\nFrýdek-Místek, Karviná, Opava",
        "Členství ukončilo: Kutná Hora (k 31. 12. 2024)\n"
        "Pozorovatel: Žilina (Slovensko)\n\n"
        "Kancelář sítě: Horní náměstí 1, Olomouc\n\n"
        "Chcete se stát členem? Podmínky členství",
        "Prague|Praha/CZ; Benešov/CZ; Kolín/CZ; Mladá Boleslav/CZ; Říčany/CZ; "
        "Český Krumlov/CZ; Písek/CZ; Strakonice/CZ; Tábor/CZ; Klatovy/CZ; Plzeň/CZ; Cheb/CZ; "
        "Sokolov/CZ; Děčín/CZ; Litoměřice/CZ; Ústí nad Labem/CZ; Jablonec nad Nisou/CZ; "
        "Liberec/CZ; Semily/CZ; Hradec Králové/CZ; Kostelec nad Orlicí/CZ; Náchod/CZ; "
        "Trutnov/CZ; Chrudim/CZ; Litomyšl/CZ; Pardubice/CZ; Havlíčkův Brod/CZ; Jihlava/CZ; "
        "Nové Město na Moravě/CZ; Pelhřimov/CZ; Třebíč/CZ; Blansko/CZ; Brno/CZ; Hodonín/CZ; "
        "Kyjov/CZ; Vyškov/CZ; Olomouc/CZ; Prostějov/CZ; Šumperk/CZ; Kroměříž/CZ; "
        "Uherské Hradiště/CZ; Vsetín/CZ; Zlín/CZ; Frýdek-Místek/CZ; Karviná/CZ; Opava/CZ",
        "46 towns under kraj headings with counts, comma lines; Kutná Hora a former member, "
        "Žilina an observer, the office in Olomouc (a member too); the text says 46 members",
    ),
    Page(
        "hu-eves-beszamolo-tagok-folyo-szoveg-kaposvaron",
        "hu",
        "running_text;no_country;not_signatory",
        "Éves beszámoló 2024 – A szövetség tagjai",
        (2025, 3, 20),
        "Főoldal » Dokumentumok » Éves beszámolók\n\n"
        "3. A szövetség tagsága\n\n"
        "A szövetség 2024-ben is a közepes és nagyobb városok érdekképviseletét látta el. A "
        "Kaposváron tartott tavaszi közgyűlés elfogadta a 2025–2027-es stratégiát, az őszi "
        "közgyűlésnek pedig Sopron adott otthont.",
        "2024. december 31-én a szövetségnek 28 tagönkormányzata volt: Ajka, Baja, "
        "Balassagyarmat, Békéscsaba, Cegléd, Debrecen, Eger, Gödöllő, Gyula, Hódmezővásárhely, "
        "Jászberény, Kecskemét, Kiskunfélegyháza, Makó, Miskolc, Mosonmagyaróvár, Nagykanizsa, "
        "Nyíregyháza, Orosháza, Pápa, Salgótarján, Sopron, Szekszárd, Szentendre, Szolnok, "
        "Tata, Vác és Zalaegerszeg. Az év során Gödöllő és Szentendre csatlakozott, Paks "
        "pedig kilépett a szövetségből.",
        "4. Pénzügyi beszámoló\n\n"
        "A tagdíjbevétel 2024-ben 41,2 millió forint volt, ami 6 százalékkal haladta meg az "
        "előző évit. A titkárság budapesti irodájának bérleti szerződését 2027-ig "
        "meghosszabbítottuk.\n\n"
        "Letölthető: Éves beszámoló 2024 (PDF, 2,1 MB)",
        "Ajka/HU; Baja/HU; Balassagyarmat/HU; Békéscsaba/HU; Cegléd/HU; Debrecen/HU; Eger/HU; "
        "Gödöllő/HU; Gyula/HU; Hódmezővásárhely/HU; Jászberény/HU; Kecskemét/HU; "
        "Kiskunfélegyháza/HU; Makó/HU; Miskolc/HU; Mosonmagyaróvár/HU; Nagykanizsa/HU; "
        "Nyíregyháza/HU; Orosháza/HU; Pápa/HU; Salgótarján/HU; Sopron/HU; Szekszárd/HU; "
        "Szentendre/HU; Szolnok/HU; Tata/HU; Vác/HU; Zalaegerszeg/HU",
        "an annual report's 28 members in one sentence with `és`, then new members (already "
        "listed) and Paks that left; venues `Kaposváron` and Sopron (a member), the "
        "secretariat's office `budapesti`",
    ),
    Page(
        "ro-membri-dunare-pe-tari-exonime-observatori",
        "ro",
        "several_a_line;region_before;country_in_language;not_signatory",
        "Membrii rețelei orașelor dunărene",
        (2024, 10, 8),
        "Acasă / Despre noi / Membri\n\n"
        "Rețeaua orașelor dunărene reunește orașe și municipii de pe malurile Dunării, de la "
        "izvoare până la Marea Neagră. Membrii cooperează în domeniul turismului, al "
        "transportului pe apă și al protecției mediului, în cadrul Strategiei UE pentru regiunea "
        "Dunării. Secretariatul permanent funcționează la Ruse.\n\n"
        "Orașe membre (pe țări, de la izvoare spre vărsare)",
        "Germania: Tuttlingen, Ulm, Neu-Ulm, Ingolstadt, Ratisbona, Straubing, Deggendorf, "
        "Passau\n"
        "Austria: Linz, Melk, Krems an der Donau, Tulln, Viena\n"
        "Slovacia: Bratislava, Komárno, Štúrovo\n"
        "Ungaria: Győr, Esztergom, Budapesta, Dunaújváros, Paks, Baja, Mohács\n"
        "Croația: Vukovar\n"
        "Serbia: Apatin, Novi Sad, Belgrad, Panciova, Smederevo, Kladovo\n"
        "Bulgaria: Vidin, Lom, Șiștov, Ruse, Tutrakan, Silistra\n"
        "România: Drobeta-Turnu Severin, Calafat, Giurgiu, Oltenița, Cernavodă, Brăila, "
        "Galați, Tulcea\n"
        "Republica Moldova: Giurgiulești\n"
        "Ucraina: Reni, Ismail, Vâlcov",
        "Observatori: Chișinău, Sigmaringen, Osijek\n"
        "Fost membru: Orșova (până în 2022)\n\n"
        "Adunarea generală din 2024 a avut loc la Novi Sad, iar cea din 2025 va fi găzduită de "
        "Galați.\n\n"
        "Secretariat permanent: Str. Aleksandrovska 1, 7000 Ruse, Bulgaria",
        "Tuttlingen/DE; Ulm/DE; Neu-Ulm/DE; Ingolstadt/DE; Regensburg|Ratisbona/DE; "
        "Straubing/DE; Deggendorf/DE; Passau/DE; Linz/AT; Melk/AT; Krems an der Donau/AT; "
        "Tulln/AT; Vienna|Viena/AT; Bratislava/SK; Komárno/SK; Štúrovo/SK; Győr/HU; "
        "Esztergom/HU; Budapest|Budapesta/HU; Dunaújváros/HU; Paks/HU; Baja/HU; Mohács/HU; "
        "Vukovar/HR; Apatin/RS; Novi Sad/RS; Belgrade|Belgrad/RS; Pančevo|Panciova/RS; "
        "Smederevo/RS; Kladovo/RS; Vidin/BG; Lom/BG; Svishtov|Șiștov/BG; Ruse/BG; "
        "Tutrakan/BG; Silistra/BG; Drobeta-Turnu Severin/RO; Calafat/RO; Giurgiu/RO; "
        "Oltenița/RO; Cernavodă/RO; Brăila/RO; Galați/RO; Tulcea/RO; Giurgiulești/MD; "
        "Reni/UA; Izmail|Ismail/UA; Vilkove|Vâlcov/UA",
        "`Țara: A, B, C` lines of 48 Danube towns with Romanian exonyms (`Ratisbona`, "
        "`Viena`, `Budapesta`, `Belgrad`, `Panciova`, `Șiștov`, `Ismail`, `Vâlcov`); Ruse the "
        "secretariat and a member, Chișinău, Sigmaringen, Osijek observers, Orșova a former "
        "member, Novi Sad and Galați venues",
    ),
]

"""Hand-written pages, part one: English, German, French, Spanish, Italian.

Each page: its name, language, kinds (README's vocabulary), title, date (y, m, d), the text
before the list, the list as the page writes it, the text after it, and the expected
signatories as `City/CC[/kind]; ...` (kind 'city' unless given; `A|B` accepts either name).
The texts and people are invented; the places are real (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    # ------------------------------------------------------------------ English
    Page(
        "en-us-states-georgia",
        "en",
        "one_a_line;region_after;region_like_country",
        "Southern Mayors for Flood Resilience",
        (2023, 9, 14),
        "Mayors from across the American South call on Congress to fund flood defences "
        "before the next hurricane season.\n\nSigned,",
        "Atlanta, Georgia, USA\nSavannah, Georgia\nAthens, Georgia\nAugusta, Georgia\n"
        "Charleston, South Carolina\nMobile, Alabama\nFlorence, Alabama\nJackson, Mississippi",
        "Contact our press office for interviews.",
        "Atlanta/US; Savannah/US; Athens/US; Augusta/US; Charleston/US; Mobile/US; "
        "Florence/US; Jackson/US",
    ),
    Page(
        "en-uk-people-named-like-places",
        "en",
        "one_a_line;person_before;person_named_like_place;no_country",
        "Open letter on bus funding",
        (2024, 2, 6),
        "We, the undersigned leaders of English and Scottish cities, ask the Treasury to "
        "restore the bus service improvement grant in full.",
        "Florence Adeyemi, Lord Mayor of Sheffield\nCllr Paris Whitfield, Mayor of Lincoln\n"
        "Jordan Hale, Mayor of Bristol\nVictoria Ashworth, Lord Mayor of Nottingham\n"
        "Sofia Marsh, Mayor of Cambridge\nAdelaide Curran, Lord Provost of Glasgow\n"
        "Lincoln Obi, Mayor of Oxford",
        "Press enquiries: Jordan Blake, communications officer.",
        "Sheffield/GB; Lincoln/GB; Bristol/GB; Nottingham/GB; Cambridge/GB; Glasgow/GB; Oxford/GB",
    ),
    Page(
        "en-running-host-exceptions",
        "en",
        "running_text;not_signatory;no_country",
        "Lisbon Declaration on Heat",
        (2024, 6, 20),
        "Meeting in Lisbon at the summit hosted by the City of Lisbon, the network's heat "
        "working group agreed a common plan for cooling centres. All members except Oslo "
        "and Vienna, which have their own plans, took part.",
        "The declaration was signed by the mayors of Aarhus, Bilbao, Ghent, Leipzig, "
        "Tampere and Thessaloniki. Milan, which chairs the working group, will send it to "
        "the European Commission in Brussels.",
        "",
        "Aarhus/DK; Bilbao/ES; Ghent/BE; Leipzig/DE; Tampere/FI; Thessaloniki/GR",
    ),
    Page(
        "en-table-tabs-population",
        "en",
        "table_tabs;columns_after",
        "Nordic and Baltic cities join the clean ports pledge",
        (2023, 11, 2),
        "Eight port cities have joined the pledge to electrify their quays by 2030.",
        "City\tCountry\tPopulation\tJoined\tPort authority\n"
        "Copenhagen\tDenmark\t602,481\t2019\tyes\n"
        "Gothenburg\tSweden\t583,056\t2020\tyes\n"
        "Tallinn\tEstonia\t437,619\t2020\tno\n"
        "Gdańsk\tPoland\t470,907\t2021\tyes\n"
        "Rostock\tGermany\t209,061\t2021\tyes\n"
        "Klaipėda\tLithuania\t152,818\t2022\tno\n"
        "Turku\tFinland\t195,301\t2022\tyes\n"
        "Bergen\tNorway\t285,900\t2023\tyes",
        "The pledge stays open to other port cities.",
        "Copenhagen/DK; Gothenburg/SE; Tallinn/EE; Gdańsk/PL; Rostock/DE; Klaipėda/LT; "
        "Turku/FI; Bergen/NO",
    ),
    Page(
        "en-state-codes-bullets",
        "en",
        "bulleted;state_codes;no_country",
        "North American mayors on housing first",
        (2024, 3, 28),
        "These mayors commit to a housing-first approach to homelessness.",
        "• Springfield, IL\n• Portland, ME\n• London, ON\n• Victoria, BC\n• Paris, TX\n"
        "• Berlin, NH\n• Toledo, OH\n• Hamilton, ON\n• Kingston, ON\n• Athens, OH",
        "",
        "Springfield/US; Portland/US; London/CA; Victoria/CA; Paris/US; Berlin/US; "
        "Toledo/US; Hamilton/CA; Kingston/CA; Athens/US",
    ),
    Page(
        "en-one-signatory",
        "en",
        "few;running_text;person_named_like_place",
        "Dublin signs the Fossil Fuel Treaty call",
        (2022, 10, 5),
        "",
        "The Lord Mayor of Dublin, Cllr Adelaide Byrne, today signed the call for a Fossil "
        "Fuel Non-Proliferation Treaty on behalf of the city council. The ceremony took place "
        "at the Mansion House.",
        "Ms Byrne thanked the campaigners who gathered outside.",
        "Dublin/IE",
    ),
    Page(
        "en-country-headings-bodies",
        "en",
        "region_heading;body_not_city;one_a_line",
        "Regions and cities for a just transition",
        (2023, 5, 17),
        "Cities and regional governments that support a just transition fund:",
        "United Kingdom\nGreater Manchester Combined Authority\nLiverpool City Region Combined "
        "Authority\nCardiff\n\nSpain\nBarcelona Metropolitan Area\nProvincial Council of "
        "Gipuzkoa\nSevilla\n\nSweden\nRegion Skåne\nMalmö",
        "",
        "Greater Manchester Combined Authority|Greater Manchester/GB/metropolitan area; "
        "Liverpool City Region Combined Authority|Liverpool City Region/GB/metropolitan area; "
        "Cardiff/GB; Barcelona Metropolitan Area|Área Metropolitana de Barcelona/ES/"
        "metropolitan area; Provincial Council of Gipuzkoa|Gipuzkoa/ES/province; Sevilla/ES; "
        "Region Skåne|Skåne/SE/region; Malmö/SE",
    ),
    Page(
        "en-wrong-country-named-twice",
        "en",
        "wrong_country;named_twice;one_a_line",
        "Alpine and Rhine cities on river restoration",
        (2024, 4, 9),
        "Signatories (as registered by the secretariat):",
        "Graz, Germany\nBasel, Germany\nStrasbourg, Germany\nSalzburg, Austria\nThe Hague, "
        "Netherlands\nBraga, Spain\nInnsbruck, Austria\nDen Haag, Netherlands",
        "Note: the secretariat has corrected some entries since publication.",
        "Graz/AT; Basel/CH; Strasbourg/FR; Salzburg/AT; The Hague/NL; Braga/PT; Innsbruck/AT",
    ),
    # ------------------------------------------------------------------ German
    Page(
        "de-lines-country-german",
        "de",
        "one_a_line;country_in_language;region_after",
        "Gemeinsame Erklärung für saubere Luft",
        (2024, 1, 22),
        "Die unterzeichnenden Städte fordern strengere Grenzwerte für Stickstoffdioxid.\n\n"
        "Unterzeichnet haben:",
        "München, Bayern, Deutschland\nKöln, Nordrhein-Westfalen, Deutschland\n"
        "Graz, Steiermark, Österreich\nLinz, Oberösterreich, Österreich\nBern, Schweiz\n"
        "Luzern, Schweiz\nBozen, Südtirol, Italien\nStraßburg, Frankreich",
        "Weitere Städte können sich bis Ende März anschließen.",
        "Munich/DE; Cologne/DE; Graz/AT; Linz/AT; Bern/CH; Lucerne/CH; Bolzano/IT; Strasbourg/FR",
    ),
    Page(
        "de-running-genitive",
        "de",
        "running_text;inflected;person_before;not_signatory",
        "Oberbürgermeister fordern Klimageld",
        (2023, 8, 30),
        "Auf Einladung der Oberbürgermeisterin Hannovers trafen sich die Stadtoberhäupter "
        "im Neuen Rathaus in Hannover.",
        "Die Erklärung unterzeichneten die Oberbürgermeister Münchens, Kölns, Leipzigs und "
        "Dresdens sowie die Bürgermeisterin von Kiel und der Oberbürgermeister von Freiburg im "
        "Breisgau. Gastgeberin Hannover unterstützt das Anliegen, unterschreibt aber nicht.",
        "Das Papier geht an die Bundesregierung in Berlin.",
        "Munich/DE; Cologne/DE; Leipzig/DE; Dresden/DE; Kiel/DE; Freiburg/DE",
    ),
    Page(
        "de-state-headings-people",
        "de",
        "region_heading;person_before;one_a_line",
        "Bündnis Kommunen für Wärmewende",
        (2024, 5, 3),
        "Die Erstunterzeichnerinnen und Erstunterzeichner nach Bundesland:",
        "Baden-Württemberg\nOberbürgermeister Dr. Karl Fuchs, Stadt Heidelberg\n"
        "Bürgermeisterin Sofia Weber, Stadt Tübingen\n\nBayern\nOberbürgermeisterin Anna "
        "Keller, Stadt Regensburg\nErster Bürgermeister Paul Roth, Stadt Würzburg\n\n"
        "Niedersachsen\nOberbürgermeister Jonas Brandt, Stadt Göttingen\nOberbürgermeister "
        "Florian Lang, Stadt Osnabrück\n\nThüringen\nOberbürgermeisterin Marie Schulz, Stadt "
        "Jena",
        "",
        "Heidelberg/DE; Tübingen/DE; Regensburg/DE; Würzburg/DE; Göttingen/DE; Osnabrück/DE; "
        "Jena/DE",
    ),
    Page(
        "de-table-glued",
        "de",
        "table_glued;columns_after;no_country",
        "Stadtwerke-Allianz: Mitglieder",
        (2022, 11, 15),
        "Die folgenden Städte sind der Allianz beigetreten (Stand: November).",
        "StadtEinwohnerBeitrittSchwerpunkt\nAachen2492702021Wärmenetze\nBonn3307952021Solar\n"
        "Erlangen1132922022Wärmenetze\nMannheim3096212022Wasserstoff\nPotsdam1808342022Solar\n"
        "Augsburg2960122023Wärmenetze\nRostock2090612023Wind",
        "Beitrittsanfragen richten Sie bitte an die Geschäftsstelle.",
        "Aachen/DE; Bonn/DE; Erlangen/DE; Mannheim/DE; Potsdam/DE; Augsburg/DE; Rostock/DE",
    ),
    Page(
        "de-several-a-line-twice",
        "de",
        "several_a_line;named_twice;country_in_language",
        "Städte für sichere Häfen",
        (2023, 3, 1),
        "Folgende Kommunen erklären sich bereit, zusätzlich Geflüchtete aufzunehmen:",
        "Deutschland: Berlin · Hamburg · Bremen · Frankfurt am Main · Köln\n"
        "Österreich: Wien · Innsbruck\nItalien: Palermo · Neapel\n"
        "Nachtrag: Napoli, Cologne",
        "Die Liste wird laufend ergänzt.",
        "Berlin/DE; Hamburg/DE; Bremen/DE; Frankfurt am Main/DE; Cologne/DE; Vienna/AT; "
        "Innsbruck/AT; Palermo/IT; Naples/IT",
    ),
    Page(
        "de-no-list",
        "de",
        "no_list",
        "Netzwerk verurteilt Angriff auf Stadtrat",
        (2024, 2, 19),
        "Mit Bestürzung hat der Vorstand des Netzwerks vom Angriff auf ein Ratsmitglied in "
        "Magdeburg erfahren. Wir stehen an der Seite aller, die sich in Städten wie Magdeburg, "
        "Halle und Erfurt für die Demokratie einsetzen.",
        "",
        "Der Vorstand, Berlin",
        "",
        note="a press statement of the board: no city signs",
    ),
    Page(
        "de-bodies-landkreis",
        "de",
        "body_not_city;bulleted;person_after",
        "Ländliche Räume für den Nahverkehr",
        (2023, 10, 10),
        "Landkreise, Regionen und Städte für ein bezahlbares Deutschlandticket:",
        "– Region Hannover (Regionspräsident Max Berger)\n– Landkreis Göttingen (Landrätin "
        "Petra Lorenz)\n– Verband Region Stuttgart (Regionaldirektorin Ute Kaiser)\n"
        "– Stadt Kassel (Oberbürgermeister Tim Wolff)\n– Regionalverband Ruhr "
        "(Regionaldirektorin Gabi Sommer)",
        "",
        "Region Hannover|Hanover Region/DE/region; Landkreis Göttingen|Göttingen District/DE/"
        "county; Verband Region Stuttgart|Stuttgart Region/DE/region; Kassel/DE; "
        "Regionalverband Ruhr|Ruhr Regional Association/DE/union of municipalities",
    ),
    # ------------------------------------------------------------------ French
    Page(
        "fr-running-et-de",
        "fr",
        "running_text;inflected;not_signatory",
        "Appel des maires pour la gratuité des transports",
        (2023, 12, 4),
        "Réunis à Dunkerque, ville hôte des rencontres, les maires ont adopté un appel commun.",
        "L'appel est signé par les maires d'Angers, de Besançon, de Clermont-Ferrand, de "
        "Grenoble, de Montpellier et de Nancy. La maire de Paris, invitée, n'a pas signé.",
        "Le texte sera remis au ministre des Transports.",
        "Angers/FR; Besançon/FR; Clermont-Ferrand/FR; Grenoble/FR; Montpellier/FR; Nancy/FR",
    ),
    Page(
        "fr-maire-de-lines",
        "fr",
        "one_a_line;person_before;person_named_like_place",
        "Tribune : l'eau est un bien commun",
        (2024, 3, 22),
        "Nous, maires de villes françaises et belges, demandons une régie publique de l'eau.",
        "Florence Martin, maire de Rennes\nJordan Petit, maire de Brest\nVictoria Lemaire, "
        "maire de Dijon\nSofia Benali, maire de Tours\nParis Moreau, maire de Poitiers\n"
        "Adélaïde Roux, bourgmestre de Namur\nLorraine Dubois, bourgmestre de Liège",
        "",
        "Rennes/FR; Brest/FR; Dijon/FR; Tours/FR; Poitiers/FR; Namur/BE; Liège/BE",
    ),
    Page(
        "fr-departments-before",
        "fr",
        "region_before;one_a_line;no_country",
        "Charte des villes cyclables",
        (2023, 6, 8),
        "Liste des collectivités signataires, par département :",
        "Gironde – Bordeaux\nGironde – Mérignac\nHaute-Garonne – Toulouse\nIsère – Grenoble\n"
        "Ille-et-Vilaine – Rennes\nBas-Rhin – Strasbourg\nNord – Lille\nLoire-Atlantique – "
        "Saint-Nazaire",
        "",
        "Bordeaux/FR; Mérignac/FR; Toulouse/FR; Grenoble/FR; Rennes/FR; Strasbourg/FR; "
        "Lille/FR; Saint-Nazaire/FR",
    ),
    Page(
        "fr-bodies-metropoles",
        "fr",
        "body_not_city;several_a_line",
        "Les métropoles s'engagent pour la sobriété foncière",
        (2024, 1, 11),
        "Signataires :",
        "Métropole du Grand Paris ; Métropole de Lyon ; Aix-Marseille-Provence Métropole\n"
        "Région Occitanie ; Région Bretagne ; Ville de Nantes ; Ville de Rouen",
        "",
        "Métropole du Grand Paris|Grand Paris/FR/metropolitan area; Métropole de Lyon|Lyon "
        "Metropolis/FR/metropolitan area; Aix-Marseille-Provence Métropole|Aix-Marseille-"
        "Provence/FR/metropolitan area; Région Occitanie|Occitanie/FR/region; Région "
        "Bretagne|Bretagne|Brittany/FR/region; Nantes/FR; Rouen/FR",
    ),
    Page(
        "fr-belgian-luxembourg",
        "fr",
        "region_like_country;region_after;bulleted",
        "Communes wallonnes pour la biodiversité",
        (2023, 4, 26),
        "Les communes suivantes rejoignent le plan « Un arbre par habitant » :",
        "• Arlon (province de Luxembourg)\n• Bastogne (Luxembourg)\n• Marche-en-Famenne "
        "(Luxembourg)\n• Namur (province de Namur)\n• Mons (Hainaut)\n• Tournai (Hainaut)\n"
        "• Wavre (Brabant wallon)",
        "Le plan est coordonné par la Région wallonne depuis Namur.",
        "Arlon/BE; Bastogne/BE; Marche-en-Famenne/BE; Namur/BE; Mons/BE; Tournai/BE; Wavre/BE",
    ),
    Page(
        "fr-few-addressee",
        "fr",
        "few;not_signatory;running_text",
        "Lettre ouverte au Premier ministre",
        (2022, 9, 19),
        "Monsieur le Premier ministre,\n\nNous vous écrivons au sujet du fonds vert.",
        "Signée par les maires de Lille et de Strasbourg, cette lettre est adressée au "
        "Premier ministre et à la préfète de la région Île-de-France, à Paris.",
        "Veuillez agréer l'expression de notre haute considération.",
        "Lille/FR; Strasbourg/FR",
    ),
    Page(
        "fr-table-columns",
        "fr",
        "table_tabs;columns_after;country_in_language",
        "Villes francophones pour le climat",
        (2024, 5, 30),
        "Tableau des villes membres et de leur objectif de neutralité carbone.",
        "Ville\tPays\tObjectif\tÉlu(e) référent(e)\nQuébec\tCanada\t2040\tÉlise Gagnon\n"
        "Genève\tSuisse\t2050\tMarc Favre\nLausanne\tSuisse\t2050\tAnne Rochat\nDakar\t"
        "Sénégal\t2050\tAwa Ndiaye\nLiège\tBelgique\t2050\tPaul Lambert\nTunis\tTunisie\t2050"
        "\tSami Trabelsi\nLuxembourg\tLuxembourg\t2045\tClaire Weber",
        "",
        "Québec/CA; Geneva/CH; Lausanne/CH; Dakar/SN; Liège/BE; Tunis/TN; Luxembourg/LU",
    ),
    # ------------------------------------------------------------------ Spanish
    Page(
        "es-running-y-majority",
        "es",
        "running_text;no_country;majority_other_country",
        "Declaración de ciudades por el agua",
        (2023, 3, 22),
        "Con motivo del Día Mundial del Agua, las ciudades de la red suscriben esta declaración.",
        "La firman Valencia, Córdoba, Mérida, Santiago de Compostela, Granada, Perpiñán y "
        "Zaragoza.",
        "La red se reunirá de nuevo en otoño.",
        "Valencia/ES; Córdoba/ES; Mérida/ES; Santiago de Compostela/ES; Granada/ES; "
        "Perpignan/FR; Zaragoza/ES",
    ),
    Page(
        "es-alcaldesa-de",
        "es",
        "one_a_line;person_before;person_named_like_place",
        "Manifiesto de alcaldes por la vivienda asequible",
        (2024, 4, 15),
        "Firmantes:",
        "Victoria Sánchez, alcaldesa de Gijón\nJordán Pérez, alcalde de Vigo\n"
        "Sofía Ruiz, alcaldesa de Logroño\nFlorencia Díaz, alcaldesa de Salamanca\n"
        "Adelaida Gómez, alcaldesa de Cádiz\nLucía Navarro, alcaldesa de Pamplona\n"
        "Santiago Romero, alcalde de Burgos",
        "",
        "Gijón/ES; Vigo/ES; Logroño/ES; Salamanca/ES; Cádiz/ES; Pamplona/ES; Burgos/ES",
    ),
    Page(
        "es-latam-country-before",
        "es",
        "region_before;country_in_language;one_a_line",
        "Red Iberoamericana de Ciudades Cuidadoras",
        (2023, 7, 6),
        "Ciudades adheridas:",
        "Argentina – Rosario\nArgentina – Córdoba\nMéxico – Mérida\nMéxico – Guadalajara\n"
        "Colombia – Medellín\nChile – Valparaíso\nUruguay – Montevideo\nEspaña – Valencia",
        "",
        "Rosario/AR; Córdoba/AR; Mérida/MX; Guadalajara/MX; Medellín/CO; Valparaíso/CL; "
        "Montevideo/UY; Valencia/ES",
    ),
    Page(
        "es-bodies-mancomunidad",
        "es",
        "body_not_city;bulleted;region_after",
        "Pacto por la movilidad metropolitana",
        (2024, 2, 27),
        "Entidades firmantes:",
        "- Área Metropolitana de Barcelona\n- Diputación de Valencia\n- Mancomunidad de la "
        "Comarca de Pamplona\n- Ayuntamiento "
        "de Bilbao (Bizkaia)\n- Ayuntamiento de Vitoria-Gasteiz (Álava)",
        "",
        "Área Metropolitana de Barcelona|Barcelona Metropolitan Area/ES/metropolitan area; "
        "Diputación de Valencia|Valencia Province/ES/province; Mancomunidad de la Comarca de "
        "Pamplona/ES/union of municipalities; Bilbao/ES; Vitoria-Gasteiz/ES",
    ),
    Page(
        "es-paragraphs-sevilla-twice",
        "es",
        "paragraphs;named_twice;not_signatory",
        "Compromiso de Sevilla contra el calor extremo",
        (2023, 7, 19),
        "Sevilla acogió la reunión, coordinada por la oficina técnica de la red en Madrid.",
        "Málaga se compromete a crear cien refugios climáticos.\n\nCórdoba ampliará su "
        "arbolado urbano en un veinte por ciento.\n\nSevilla, ciudad anfitriona, también "
        "firma el compromiso.\n\nMurcia revisará sus horarios de trabajo al aire libre.\n\n"
        "Seville extenderá los toldos en sus calles comerciales.",
        "El próximo encuentro será en Badajoz.",
        "Málaga/ES; Córdoba/ES; Seville/ES; Murcia/ES",
    ),
    Page(
        "es-table-glued-latam",
        "es",
        "table_glued;columns_after;country_in_language",
        "Ciudades por la primera infancia: miembros",
        (2022, 5, 12),
        "Listado de ciudades miembros.",
        "CiudadPaísAño de adhesión\nBogotáColombia2019\nLimaPerú2019\nQuitoEcuador2020\n"
        "La PazBolivia2021\nAsunciónParaguay2021\nSan JoséCosta Rica2022",
        "",
        "Bogotá/CO; Lima/PE; Quito/EC; La Paz/BO; Asunción/PY; San José/CR",
    ),
    # ------------------------------------------------------------------ Italian
    Page(
        "it-province-codes-sindaco",
        "it",
        "one_a_line;state_codes;person_before;no_country",
        "Appello dei sindaci per la sanità territoriale",
        (2024, 3, 5),
        "Hanno aderito:",
        "Matteo Rossi - Bologna (BO)\nGiulia Ferri - Reggio nell'Emilia (RE)\n"
        "Luca Bianchi - Modena (MO)\nSofia Conti - Parma (PR)\nAndrea Galli - Ravenna (RA)\n"
        "Francesca Neri - Pesaro (PU)\nMarco Gallo - Lecce (LE)\nElena Villa - Bergamo (BG)",
        "",
        "Bologna/IT; Reggio nell'Emilia/IT; Modena/IT; Parma/IT; Ravenna/IT; Pesaro/IT; "
        "Lecce/IT; Bergamo/IT",
    ),
    Page(
        "it-running-di-comune",
        "it",
        "running_text;inflected;body_not_city;not_signatory",
        "Dichiarazione di Firenze sul turismo sostenibile",
        (2023, 10, 26),
        "Ospitato dal Comune di Firenze a Palazzo Vecchio, l'incontro ha riunito le città "
        "d'arte italiane.",
        "Hanno sottoscritto il documento i sindaci di Venezia, di Verona, di Napoli e di "
        "Pisa, il Comune di Siena, la Città metropolitana di Genova e l'Unione dei Comuni "
        "della Bassa Romagna. Firenze, in quanto città ospitante, coordinerà i lavori.",
        "",
        "Venice/IT; Verona/IT; Naples/IT; Pisa/IT; Siena/IT; Città metropolitana di Genova|"
        "Metropolitan City of Genoa/IT/metropolitan area; Unione dei Comuni della Bassa "
        "Romagna|Bassa Romagna/IT/union of municipalities",
    ),
    Page(
        "it-regions-heading",
        "it",
        "region_heading;bulleted;no_country",
        "Rete dei comuni per l'accoglienza",
        (2022, 12, 14),
        "Comuni aderenti, per regione:",
        "Piemonte\n• Torino\n• Novara\n• Asti\nToscana\n• Livorno\n• Prato\n• Lucca\n"
        "Puglia\n• Bari\n• Taranto\n• Brindisi\nSicilia\n• Palermo\n• Catania",
        "",
        "Turin/IT; Novara/IT; Asti/IT; Livorno/IT; Prato/IT; Lucca/IT; Bari/IT; Taranto/IT; "
        "Brindisi/IT; Palermo/IT; Catania/IT",
    ),
    Page(
        "it-province-bodies-columns",
        "it",
        "body_not_city;columns_after;table_tabs",
        "Enti locali per le comunità energetiche",
        (2024, 6, 12),
        "Enti firmatari e data della delibera:",
        "Ente\tTipo\tDelibera\nProvincia autonoma di Trento\tProvincia\t12/01/2024\n"
        "Provincia di Cuneo\tProvincia\t03/02/2024\nComune di Padova\tComune\t15/02/2024\n"
        "Comune di Trieste\tComune\t20/02/2024\nCittà metropolitana di Torino\tCittà "
        "metropolitana\t01/03/2024\nComune di Udine\tComune\t14/03/2024",
        "",
        "Provincia autonoma di Trento|Autonomous Province of Trento|Trentino/IT/province; "
        "Provincia di Cuneo|Province of Cuneo/IT/province; Padova/IT; Trieste/IT; Città "
        "metropolitana di Torino|Metropolitan City of Turin/IT/metropolitan area; Udine/IT",
    ),
    Page(
        "it-swiss-majority",
        "it",
        "one_a_line;no_country;majority_other_country;inflected",
        "Città dei laghi per l'acqua pulita",
        (2023, 5, 9),
        "Aderiscono all'iniziativa:",
        "Comune di Como\nComune di Lecco\nCittà di Varese\nComune di Verbania\n"
        "Città di Lugano\nComune di Stresa\nCittà di Locarno\nComune di Salò",
        "",
        "Como/IT; Lecco/IT; Varese/IT; Verbania/IT; Lugano/CH; Stresa/IT; Locarno/CH; Salò/IT",
    ),
    Page(
        "it-no-list",
        "it",
        "no_list",
        "Il coordinamento esprime cordoglio per le vittime dell'alluvione",
        (2023, 5, 19),
        "Il coordinamento delle città esprime vicinanza alle comunità colpite dall'alluvione "
        "in Romagna, a Faenza, Cesena, Forlì e Lugo. Invitiamo tutti i comuni aderenti a "
        "sostenere la raccolta fondi.",
        "",
        "La segreteria nazionale",
        "",
        note="condolences from the secretariat; the towns named were hit by the flood",
    ),
]

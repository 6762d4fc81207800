"""Hand-written pages, part fourteen (batch o): a held-out batch written for issue #20 (branch
acco) before the reader was changed for it, modelled on how city networks publish joint
statements and declarations (none copied): long bodies with numbered commitments that name
places that did not sign (the venue, earlier charters and agreements named after cities,
universities and streets named after places); then the signatories as two-line blocks (a
person's name above `Mayor of X`, a body's name above its mayor's), `Ville de X`, `Stadt X`,
`Landeshauptstadt X`, `Comune di X`, `Gmina X`, `Ayuntamiento de X`, `X-ko Udala`,
`Statutární město X`, `X Megyei Jogú Város Önkormányzata`, `For X Kommune`; an organisation
and country table whose supporting organisations have a country too; signatories grouped by
year or as founding and later ones with the date they signed; deputies `on behalf of` the
mayor; supporting organisations with place names after the list.
Measured before any change (benchmarks/README.md reports them apart as batch o).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-declaration-name-above-mayor-of",
        "en",
        "one_a_line;person_before;person_named_like_place;not_signatory;no_country",
        "The Coastal Cities Resilience Declaration",
        (2024, 3, 18),
        "Meeting in Rotterdam on 14 and 15 March 2024 at the invitation of its city council, "
        "we, the mayors of Europe's port and coastal cities, adopt this declaration.\n\n"
        "Recalling the Paris Agreement, the Sendai Framework for Disaster Risk Reduction and "
        "the New Urban Agenda adopted in Quito, and building on the Durban Adaptation Charter "
        "and the commitments many of us made at COP26 in Glasgow, we recognise that rising "
        "seas, storm surges and heatwaves already reach our harbours, our quays and the "
        "neighbourhoods behind them, from the Thames estuary to the Gulf of Finland.\n\n"
        "We commit to:\n"
        "1. Publish a climate risk assessment for every district of our cities by 2026.\n"
        "2. Protect the most exposed residents first, with early-warning systems in every "
        "language spoken in our cities.\n"
        "3. Make every new public building and quay resilient to the sea level expected in "
        "2100.\n"
        "4. Share data, methods and staff with the other signatories, starting with the "
        "Rotterdam Climate Proof programme and the Copenhagen cloudburst plan.\n"
        "5. Report on our progress every two years at the network's assembly.\n\n"
        "We call on the European Union and on our national governments to give coastal "
        "cities direct access to adaptation funds.\n\n"
        "Signed by:",
        "Sarah Lindqvist\nMayor of Gothenburg\n\n"
        "Tomás Ó Briain\nLord Mayor of Cork\n\n"
        "Rui Canelas\nDeputy Mayor of Lisbon, on behalf of the Mayor\n\n"
        "Florence Adeyemi\nLord Provost of Aberdeen\n\n"
        "Ingrid Solberg\nMayor of Bergen\n\n"
        "Agnieszka Nowicka\nMayor of Gdańsk\n\n"
        "Étienne Marchal\nMayor of Le Havre\n\n"
        "Iker Zubiaurre\nMayor of Bilbao\n\n"
        "Chelsea Morgan\nDeputy Mayor of Genoa, on behalf of the Mayor\n\n"
        "Nikos Papadakis\nMayor of Thessaloniki\n\n"
        "Adelaide Kovač\nMayor of Split\n\n"
        "Mads Kjeldsen\nMayor of Aarhus\n\n"
        "Elina Koskinen\nMayor of Turku\n\n"
        "Pieter Claes\nMayor of Antwerp\n\n"
        "Kristina Albers\nMayor of Kiel\n\n"
        "Mihai Dobrescu\nMayor of Constanța",
        "Supporting organisations (not signatories):\n"
        "ICLEI Europe, Freiburg\n"
        "University of Southampton\n"
        "North Sea Commission\n"
        "Delta Alliance, Wageningen\n\n"
        "The declaration remains open for signature by any coastal city.",
        "Gothenburg/SE; Cork/IE; Lisbon/PT; Aberdeen/GB; Bergen/NO; Gdańsk/PL; Le Havre/FR; "
        "Bilbao/ES; Genoa/IT; Thessaloniki/GR; Split/HR; Aarhus/DK; Turku/FI; Antwerp/BE; "
        "Kiel/DE; Constanța/RO",
        "the person's name on the line above 'Mayor of X'; a deputy on behalf of the mayor; the "
        "host Rotterdam, Quito, Glasgow, Copenhagen in the body; supporters with place names",
    ),
    Page(
        "en-signatories-by-year-local-forms",
        "en",
        "table_tabs;columns_after;country_in_language;body_not_city",
        "Declaration of Cities for Open and Fair Digital Services: signatories",
        (2024, 1, 22),
        "The declaration was proclaimed at the network's conference in Tampere in November "
        "2020. It commits the signatories to universal and equal access to the internet, "
        "privacy and data protection, transparency of algorithms, participatory democracy "
        "and open, ethical digital service standards.\n\n"
        "Local governments sign in their own name; the table below lists them as they signed, "
        "by the year they joined.",
        "Signatory\tCountry\tDate signed\n"
        "2021\n"
        "Ajuntament de Girona\tSpain\t03/02/2021\n"
        "Ville de Grenoble\tFrance\t18/02/2021\n"
        "Stadt Leipzig\tGermany\t11/03/2021\n"
        "Comune di Bergamo\tItaly\t25/03/2021\n"
        "Gemeente Utrecht\tNetherlands\t08/04/2021\n"
        "Município do Porto\tPortugal\t21/05/2021\n"
        "Miasto Poznań\tPoland\t14/06/2021\n"
        "City of Helsinki\tFinland\t30/06/2021\n"
        "Dublin City Council\tIreland\t15/09/2021\n"
        "Municipality of Trikala\tGreece\t06/10/2021\n"
        "Stad Leuven\tBelgium\t19/11/2021\n"
        "2022\n"
        "Primăria Municipiului Iași\tRomania\t12/01/2022\n"
        "Statutární město Ostrava\tCzech Republic\t02/02/2022\n"
        "Grad Rijeka\tCroatia\t23/02/2022\n"
        "Odense Kommune\tDenmark\t09/03/2022\n"
        "Umeå kommun\tSweden\t27/04/2022\n"
        "Ayuntamiento de Zaragoza\tSpain\t18/05/2022\n"
        "Stadt Wien\tAustria\t01/06/2022\n"
        "Ville de Lausanne\tSwitzerland\t29/06/2022\n"
        "Glasgow City Council\tUnited Kingdom\t14/09/2022\n"
        "Mairie de Nantes\tFrance\t05/10/2022\n"
        "Città di Torino\tItaly\t16/11/2022\n"
        "Barcelona Metropolitan Area\tSpain\t07/12/2022\n"
        "2023\n"
        "Gemeente Eindhoven\tNetherlands\t24/01/2023\n"
        "Municipality of Tirana\tAlbania\t15/02/2023\n"
        "Comune di Reggio Emilia\tItaly\t08/03/2023\n"
        "Concello de Santiago de Compostela\tSpain\t29/03/2023\n"
        "Ajuntament de Terrassa\tSpain\t19/04/2023\n"
        "Stadt Zürich\tSwitzerland\t10/05/2023\n"
        "Mestna občina Ljubljana\tSlovenia\t31/05/2023\n"
        "Tartu linn\tEstonia\t21/06/2023\n"
        "Vilniaus miesto savivaldybė\tLithuania\t13/09/2023\n"
        "Municipality of Skopje\tNorth Macedonia\t04/10/2023\n"
        "Stad Brugge\tBelgium\t22/11/2023",
        "34 local governments have signed. To sign, send the council's decision to the "
        "secretariat.",
        "Girona/ES; Grenoble/FR; Leipzig/DE; Bergamo/IT; Utrecht/NL; Porto/PT; Poznań/PL; "
        "Helsinki/FI; Dublin/IE; Trikala/GR; Leuven/BE; Iași/RO; Ostrava/CZ; Rijeka/HR; "
        "Odense/DK; Umeå/SE; Zaragoza/ES; Vienna|Wien/AT; Lausanne/CH; Glasgow/GB; Nantes/FR; "
        "Turin|Torino/IT; Barcelona Metropolitan Area|Área Metropolitana de Barcelona/ES/"
        "metropolitan area; Eindhoven/NL; Tirana/AL; Reggio Emilia|Reggio nell'Emilia/IT; "
        "Santiago de Compostela/ES; Terrassa/ES; Zurich|Zürich/CH; Ljubljana/SI; Tartu/EE; "
        "Vilnius/LT; Skopje/MK; Bruges|Brugge/BE",
        "years as lines between the table's rows; each body in its own language's form "
        "('Ajuntament de', 'Stadt', 'Primăria Municipiului', 'Vilniaus miesto savivaldybė'); "
        "the conference city Tampere did not sign",
    ),
    Page(
        "fr-declaration-fondateurs-ulterieurs",
        "fr",
        "one_a_line;columns_after;country_in_language;not_signatory",
        "Déclaration des villes et territoires accueillants",
        (2023, 6, 20),
        "Réunis à Marseille les 18 et 19 juin 2019 à l'invitation de la Ville de Marseille, "
        "les maires soussignés adoptent la présente déclaration.\n\n"
        "Rappelant la Convention de Genève de 1951 relative au statut des réfugiés et le "
        "Pacte mondial pour des migrations sûres, ordonnées et régulières adopté à Marrakech, "
        "nous constatons que ce sont nos villes qui accueillent, logent, soignent et "
        "scolarisent les personnes exilées, souvent sans moyens de l'État.\n\n"
        "Nous nous engageons à :\n"
        "1. garantir à toute personne présente sur notre territoire un accès inconditionnel "
        "à l'hébergement d'urgence, à l'eau et à l'hygiène ;\n"
        "2. ouvrir nos services municipaux sans condition de statut ;\n"
        "3. soutenir les associations qui accompagnent les personnes exilées ;\n"
        "4. partager nos pratiques avec les autres villes signataires.\n\n"
        "Les signataires",
        "Signataires fondateurs (19 juin 2019)\n"
        "Ville de Grenoble (France)\n"
        "Ville de Strasbourg (France)\n"
        "Ville de Lyon (France)\n"
        "Ville de Besançon (France)\n"
        "Ville de Bruxelles (Belgique)\n"
        "Ville de Liège (Belgique)\n"
        "Ville de Genève (Suisse)\n"
        "Ville de Luxembourg (Luxembourg)\n\n"
        "Signataires ultérieurs\n"
        "Ville de Rennes (France) – signée le 4 février 2020\n"
        "Ville de Villeurbanne (France) – signée le 22 septembre 2020\n"
        "Ville de Namur (Belgique) – signée le 8 mars 2021\n"
        "Ville de Lausanne (Suisse) – signée le 15 juin 2021\n"
        "Ville de Poitiers (France) – signée le 2 décembre 2021\n"
        "Ville de Montpellier (France) – signée le 17 mai 2022\n"
        "Ville de Neuchâtel (Suisse) – signée le 30 janvier 2023\n"
        "Ville de Charleroi (Belgique) – signée le 12 avril 2023",
        "Avec le soutien de :\n"
        "Association nationale des villes et territoires accueillants\n"
        "Université Lumière Lyon 2\n"
        "Cités Unies France\n"
        "Secours Catholique – délégation de Lille\n\n"
        "Votre commune souhaite signer ? Écrivez au secrétariat, 14 rue de Toulouse, Paris.",
        "Grenoble/FR; Strasbourg/FR; Lyon/FR; Besançon/FR; Brussels|Bruxelles/BE; Liège/BE; "
        "Geneva|Genève/CH; Luxembourg/LU; Rennes/FR; Villeurbanne/FR; Namur/BE; Lausanne/CH; "
        "Poitiers/FR; Montpellier/FR; Neuchâtel/CH; Charleroi/BE",
        "founding and later signatories, the later ones with the date they signed; 'Ville de "
        "Marseille' as host in the body; supporters name Lyon and Lille",
    ),
    Page(
        "de-erklaerung-ehrentitel-person-danach",
        "de",
        "one_a_line;person_after;body_not_city;no_country;not_signatory",
        "Erklärung der Städte zur Wohnraumversorgung",
        (2024, 5, 6),
        "Auf dem Städtekongress in Leipzig haben Oberbürgermeisterinnen und "
        "Oberbürgermeister aus Deutschland, Österreich und der Schweiz die folgende "
        "Erklärung verabschiedet.\n\n"
        "Anknüpfend an die Leipzig-Charta zur nachhaltigen europäischen Stadt und an die Neue "
        "Leipzig-Charta, und mit Blick auf das Wiener Modell des sozialen Wohnbaus, stellen "
        "wir fest: Bezahlbarer Wohnraum ist in unseren Städten knapp geworden.\n\n"
        "Wir verpflichten uns,\n"
        "1. den Anteil geförderter Wohnungen im Neubau auf mindestens ein Drittel zu "
        "erhöhen;\n"
        "2. städtische Grundstücke nur noch in Erbbaurecht oder an gemeinwohlorientierte "
        "Träger zu vergeben;\n"
        "3. Leerstand und Zweckentfremdung konsequent zu verfolgen;\n"
        "4. unsere Erfahrungen im Netzwerk zu teilen.\n\n"
        "Wir fordern Bund und Länder auf, die Mittel für den sozialen Wohnungsbau dauerhaft "
        "zu verdoppeln.\n\n"
        "Unterzeichnet von:",
        "Landeshauptstadt München\nOberbürgermeister Stefan Reiter\n\n"
        "Freie und Hansestadt Hamburg\nErster Bürgermeister Jan-Hendrik Wolters\n\n"
        "Stadt Frankfurt am Main\nOberbürgermeisterin Leonie Schäfer\n\n"
        "Landeshauptstadt Stuttgart\nOberbürgermeister Frank Eberle\n\n"
        "Stadt Köln\nBürgermeisterin Ayşe Demir in Vertretung der Oberbürgermeisterin\n\n"
        "Stadt Freiburg im Breisgau\nOberbürgermeister Matthias Kern\n\n"
        "Wissenschaftsstadt Darmstadt\nOberbürgermeisterin Julia Roth\n\n"
        "Universitätsstadt Tübingen\nOberbürgermeister Tobias Weiland\n\n"
        "Stadt Halle (Saale)\nOberbürgermeister Dirk Pohl\n\n"
        "Hanse- und Universitätsstadt Rostock\nOberbürgermeisterin Katrin Voß\n\n"
        "Stadt Mannheim\nOberbürgermeister Christian Berger\n\n"
        "Stadt Nürnberg\nOberbürgermeister Heiko Brandl\n\n"
        "Stadt Dortmund\nOberbürgermeister Ralf Schulte\n\n"
        "Bundesstadt Bonn\nOberbürgermeisterin Miriam Kessler\n\n"
        "Stadt Münster\nOberbürgermeister Bernd Overbeck\n\n"
        "Stadt Wien\nBürgermeister Michael Hofbauer\n\n"
        "Stadt Graz\nBürgermeisterin Elke Kaltenegger\n\n"
        "Landeshauptstadt Linz\nBürgermeister Gerhard Pühringer\n\n"
        "Stadt Salzburg\nBürgermeister Florian Auer\n\n"
        "Stadt Zürich\nStadtpräsidentin Regula Meier\n\n"
        "Stadt Bern\nStadtpräsident Urs Wenger\n\n"
        "Region Hannover\nRegionspräsident Thomas Lindemann",
        "Unterstützt von:\n"
        "Deutscher Mieterbund\n"
        "Hans-Böckler-Stiftung, Düsseldorf\n"
        "Technische Universität Dortmund, Fakultät Raumplanung\n"
        "Österreichischer Städtebund\n\n"
        "Weitere Städte können der Erklärung jederzeit beitreten.",
        "Munich|München/DE; Hamburg/DE; Frankfurt am Main|Frankfurt/DE; Stuttgart/DE; "
        "Köln|Cologne/DE; Freiburg im Breisgau|Freiburg/DE; Darmstadt/DE; Tübingen/DE; "
        "Halle (Saale)|Halle/DE; Rostock/DE; Mannheim/DE; Nürnberg|Nuremberg/DE; Dortmund/DE; "
        "Bonn/DE; Münster/DE; Vienna|Wien/AT; Graz/AT; Linz/AT; Salzburg/AT; Zurich|Zürich/CH; "
        "Bern/CH; Region Hannover|Hanover Region/DE/region",
        "the city's honorific name ('Landeshauptstadt', 'Wissenschaftsstadt', 'Hanse- und "
        "Universitätsstadt', 'Bundesstadt') on one line, its mayor on the next; the venue "
        "Leipzig and the Leipzig Charter in the body; supporters name Düsseldorf and Dortmund",
    ),
    Page(
        "es-declaracion-entidad-pais-apoyo",
        "es",
        "table_tabs;country_in_language;not_signatory;body_not_city",
        "Declaración municipalista por el derecho a la vivienda",
        (2023, 10, 4),
        "Las ciudades reunidas en Valencia los días 2 y 3 de octubre de 2023 en el Foro "
        "Iberoamericano de Vivienda aprobaron la siguiente declaración.\n\n"
        "Considerando la Nueva Agenda Urbana adoptada en Quito en 2016 y la Agenda 2030, y "
        "recordando que la vivienda es un derecho humano y no una mercancía, los gobiernos "
        "locales firmantes se comprometen a:\n"
        "1. ampliar el parque público de vivienda en alquiler asequible;\n"
        "2. regular los pisos turísticos allí donde expulsan a los vecinos;\n"
        "3. proteger a las familias frente a los desahucios sin alternativa habitacional;\n"
        "4. rendir cuentas cada año ante sus vecinos.\n\n"
        "Entidades firmantes:",
        "Entidad\tPaís\n"
        "Ayuntamiento de Madrid\tEspaña\n"
        "Ajuntament de Barcelona\tEspaña\n"
        "Ayuntamiento de Cádiz\tEspaña\n"
        "Concello da Coruña\tEspaña\n"
        "Ayuntamiento de Vitoria-Gasteiz\tEspaña\n"
        "Ayuntamiento de Sevilla\tEspaña\n"
        "Ayuntamiento de Palma\tEspaña\n"
        "Municipalidad Metropolitana de Lima\tPerú\n"
        "Municipalidad de Rosario\tArgentina\n"
        "Intendencia de Montevideo\tUruguay\n"
        "Alcaldía Mayor de Bogotá\tColombia\n"
        "Gobierno de la Ciudad de México\tMéxico\n"
        "Distrito Metropolitano de Quito\tEcuador\n"
        "Ilustre Municipalidad de Valparaíso\tChile\n"
        "Municipalidad de Santiago\tChile\n"
        "Prefeitura de São Paulo\tBrasil\n"
        "Gobierno Autónomo Municipal de La Paz\tBolivia\n"
        "Câmara Municipal de Lisboa\tPortugal\n"
        "Área Metropolitana de Barcelona\tEspaña\n"
        "\n"
        "Organizaciones que apoyan la declaración\tPaís\n"
        "Habitat International Coalition\tChile\n"
        "Universidad de Salamanca\tEspaña\n"
        "Fundación Arquitectura y Sociedad (Pamplona)\tEspaña\n"
        "Federación Española de Municipios y Provincias\tEspaña",
        "La declaración sigue abierta a la adhesión de otros gobiernos locales.",
        "Madrid/ES; Barcelona/ES; Cádiz/ES; A Coruña/ES; Vitoria-Gasteiz/ES; Sevilla|Seville/ES; "
        "Palma|Palma de Mallorca/ES; Lima/PE; Rosario/AR; Montevideo/UY; Bogotá/CO; "
        "Mexico City|Ciudad de México/MX; Quito/EC; Valparaíso/CL; Santiago/CL; São Paulo/BR; "
        "La Paz/BO; Lisbon|Lisboa/PT; "
        "Área Metropolitana de Barcelona|Barcelona Metropolitan Area/ES/metropolitan area",
        "an entity and country table whose supporting organisations have a country column "
        "too; the venue Valencia and Quito's New Urban Agenda in the body, Quito also signs",
    ),
    Page(
        "it-carta-comune-firmato-il-sostenitori",
        "it",
        "one_a_line;columns_after;not_signatory;body_not_city;no_country",
        "Carta delle città italiane per il cibo",
        (2024, 2, 12),
        "La Carta è stata presentata a Pollenzo, presso l'Università di Scienze "
        "Gastronomiche, nel corso della giornata mondiale dell'alimentazione.\n\n"
        "Ispirandosi al Patto di Milano sulle politiche alimentari urbane (Milan Urban Food "
        "Policy Pact) e alla strategia europea Dal produttore al consumatore, i comuni "
        "firmatari si impegnano a:\n"
        "1. adottare una politica alimentare locale entro due anni;\n"
        "2. portare nelle mense scolastiche almeno il 50% di prodotti biologici e locali;\n"
        "3. ridurre lo spreco alimentare, recuperando le eccedenze dei mercati;\n"
        "4. sostenere gli orti urbani e l'agricoltura periurbana.\n\n"
        "Enti firmatari:",
        "Comune di Bergamo – firmato il 16 ottobre 2023\n"
        "Comune di Livorno – firmato il 16 ottobre 2023\n"
        "Comune di Cremona – firmato il 20 ottobre 2023\n"
        "Roma Capitale – firmato il 6 novembre 2023\n"
        "Comune di Napoli – firmato il 6 novembre 2023\n"
        "Comune di Bari – firmato il 14 novembre 2023\n"
        "Comune di Cagliari – firmato il 30 novembre 2023\n"
        "Comune di Lucca – firmato l'11 dicembre 2023\n"
        "Comune di Fano – firmato il 19 dicembre 2023\n"
        "Unione dei Comuni della Bassa Romagna – firmato il 10 gennaio 2024\n"
        "Comune di Matera – firmato il 25 gennaio 2024\n"
        "Comune di Trieste – firmato il 2 febbraio 2024",
        "Sostenitori (non firmatari): ANCI Lombardia; Università degli Studi di Parma; Slow "
        "Food Italia, Bra; Fondazione Cariplo, Milano.\n\n"
        "Per aderire, il consiglio comunale approva la Carta e ne invia copia alla segreteria.",
        "Bergamo/IT; Livorno/IT; Cremona/IT; Rome|Roma/IT; Napoli|Naples/IT; Bari/IT; "
        "Cagliari/IT; Lucca/IT; Fano/IT; Unione dei Comuni della Bassa Romagna|Bassa Romagna/IT/"
        "union of municipalities; Matera/IT; Trieste/IT",
        "'Comune di X – firmato il <date>'; 'Roma Capitale'; the Milan pact and the venue "
        "Pollenzo in the body; supporters name Parma, Bra and Milan",
    ),
    Page(
        "pt-carta-municipio-presidente-linha",
        "pt",
        "one_a_line;person_after;country_in_language;not_signatory",
        "Carta das Cidades Lusófonas pelos Direitos Humanos",
        (2023, 12, 11),
        "Reunidos em Braga, no Dia Internacional dos Direitos Humanos, os presidentes dos "
        "municípios abaixo assinaram a presente Carta. A Câmara Municipal de Braga, anfitriã "
        "do encontro, foi a primeira a assinar.\n\n"
        "Tendo presentes a Declaração Universal dos Direitos Humanos e a Carta Europeia de "
        "Salvaguarda dos Direitos Humanos na Cidade, adotada em Saint-Denis no ano 2000, os "
        "municípios signatários comprometem-se a:\n"
        "1. criar um provedor municipal dos direitos humanos;\n"
        "2. garantir o acesso de todos aos serviços municipais, sem discriminação;\n"
        "3. avaliar todos os anos a situação dos direitos humanos no seu território.\n\n"
        "Assinaturas",
        "Município de Braga\nRicardo Sampaio, Presidente da Câmara Municipal\n\n"
        "Município de Coimbra\nHelena Marques, Presidente da Câmara Municipal\n\n"
        "Município de Guimarães\nJoão Ferreira, Presidente da Câmara Municipal\n\n"
        "Município de Évora\nAna Lourenço, Vice-Presidente, em representação do Presidente\n\n"
        "Município de Viseu\nPaulo Mendes, Presidente da Câmara Municipal\n\n"
        "Município de Setúbal\nCarla Antunes, Presidente da Câmara Municipal\n\n"
        "Município da Praia (Cabo Verde)\nJosé Tavares, Presidente da Câmara Municipal\n\n"
        "Conselho Municipal de Maputo (Moçambique)\nAlberto Cossa, Presidente do Conselho "
        "Municipal\n\n"
        "Prefeitura de Porto Alegre (Brasil)\nMarcelo Souza, Prefeito\n\n"
        "Prefeitura do Recife (Brasil)\nLuciana Albuquerque, Vice-Prefeita, em representação "
        "do Prefeito\n\n"
        "Administração Municipal de Luanda (Angola)\nDomingos Neto, Administrador Municipal\n\n"
        "Câmara Municipal de Díli (Timor-Leste)\nMaria Soares, Presidente",
        "Com o apoio da Universidade do Minho e da Associação Nacional de Municípios "
        "Portugueses, com sede em Coimbra.",
        "Braga/PT; Coimbra/PT; Guimarães/PT; Évora/PT; Viseu/PT; Setúbal/PT; Praia/CV; "
        "Maputo/MZ; Porto Alegre/BR; Recife/BR; Luanda/AO; Dili|Díli/TL",
        "the body's name on one line, its mayor after on the next; the host Braga signs first; "
        "Saint-Denis in the body",
    ),
    Page(
        "nl-verklaring-gemeente-namens-wethouder",
        "nl",
        "bulleted;person_after;country_in_language;not_signatory",
        "Verklaring van steden voor digitale rechten",
        (2024, 4, 15),
        "Op de bijeenkomst van het netwerk in Den Haag hebben veertien gemeenten uit "
        "Nederland en België de Verklaring voor digitale rechten in de stad ondertekend.\n\n"
        "In het verlengde van de Europese Verklaring over digitale rechten en beginselen, "
        "ondertekend in Brussel, en van de Amsterdamse Tada-principes, spreken de gemeenten "
        "af:\n"
        "1. inwoners houden zeggenschap over hun eigen gegevens;\n"
        "2. algoritmes van de gemeente staan in een openbaar register;\n"
        "3. iedere inwoner kan digitaal meedoen, ook zonder smartphone;\n"
        "4. de gemeente koopt open en uitwisselbare software in.\n\n"
        "Ondertekenaars:",
        "• Gemeente Amsterdam, namens deze: wethouder Noor El Idrissi\n"
        "• Gemeente Groningen, namens deze: wethouder Bart Hoekstra\n"
        "• Gemeente Zwolle, namens deze: burgemeester Els Dijkman\n"
        "• Stad Gent (België), namens deze: schepen Lotte Van Damme\n"
        "• Stad Antwerpen (België), namens deze: schepen Koen Peeters\n"
        "• Gemeente Nijmegen, namens deze: wethouder Sanne Willems\n"
        "• Gemeente 's-Hertogenbosch, namens deze: wethouder Ruud van Aken\n"
        "• Gemeente Leeuwarden, namens deze: wethouder Sietske Bouma\n"
        "• Gemeente Tilburg, namens deze: wethouder Mohamed Amrani\n"
        "• Gemeente Almere, namens deze: wethouder Ingrid Vos\n"
        "• Stad Brugge (België), namens deze: schepen Wim Declercq\n"
        "• Gemeente Enschede, namens deze: wethouder Jeroen Oldenhof\n"
        "• Stad Mechelen (België), namens deze: schepen Hilde Wouters\n"
        "• Gemeente Delft, namens deze: wethouder Pim Holland",
        "Ondersteunende organisaties: Vereniging van Nederlandse Gemeenten, Bits of Freedom, "
        "Universiteit Utrecht en Waag Futurelab (Amsterdam).",
        "Amsterdam/NL; Groningen/NL; Zwolle/NL; Gent|Ghent/BE; Antwerpen|Antwerp/BE; "
        "Nijmegen/NL; 's-Hertogenbosch/NL; Leeuwarden/NL; Tilburg/NL; Almere/NL; "
        "Brugge|Bruges/BE; Enschede/NL; Mechelen/BE; Delft/NL",
        "'Gemeente X, namens deze: wethouder Name' bullets; a person named Holland; the venue "
        "Den Haag and Brussels in the body; supporters name Utrecht and Amsterdam",
    ),
    Page(
        "pl-deklaracja-gmina-reprezentowana-przez",
        "pl",
        "numbered;person_after;person_named_like_place;inflected;no_country;not_signatory",
        "Deklaracja miast na rzecz neutralności klimatycznej",
        (2023, 11, 27),
        "Deklarację przyjęli prezydenci miast obradujący w Łodzi podczas Kongresu Polityki "
        "Miejskiej, pięć lat po szczycie klimatycznym COP24 w Katowicach.\n\n"
        "Mając na uwadze cele Porozumienia paryskiego oraz Europejski Zielony Ład, "
        "sygnatariusze zobowiązują się do:\n"
        "1. przyjęcia planu osiągnięcia neutralności klimatycznej do 2040 roku;\n"
        "2. wymiany wszystkich autobusów miejskich na bezemisyjne;\n"
        "3. termomodernizacji budynków komunalnych;\n"
        "4. corocznego raportowania postępów.\n\n"
        "Sygnatariusze:",
        "1. Gmina Miejska Kraków, reprezentowana przez Prezydenta Miasta Jana Kalisza\n"
        "2. Miasto Stołeczne Warszawa, reprezentowane przez Zastępcę Prezydenta Miasta "
        "Tomasza Wróbla\n"
        "3. Gmina Wrocław, reprezentowana przez Prezydenta Wrocławia Pawła Nowaka\n"
        "4. Gmina Miasta Gdynia, reprezentowana przez Prezydent Miasta Annę Lewandowską\n"
        "5. Gmina Miasto Rzeszów, reprezentowana przez Prezydenta Miasta Marka Sobczaka\n"
        "6. Miasto Bydgoszcz, reprezentowane przez Prezydenta Miasta Piotra Zielińskiego\n"
        "7. Gmina Miasta Toruń, reprezentowana przez Prezydenta Miasta Michała Opolskiego\n"
        "8. Gmina Olsztyn, reprezentowana przez Prezydenta Miasta Roberta Kowalczyka\n"
        "9. Miasto Kielce, reprezentowane przez Prezydent Miasta Agnieszkę Pawlak\n"
        "10. Gmina Miasto Szczecin, reprezentowana przez Prezydenta Miasta Adama Lisa\n"
        "11. Miasto Białystok, reprezentowane przez Prezydenta Miasta Krzysztofa Malca\n"
        "12. Gmina Lublin, reprezentowana przez Zastępcę Prezydenta Miasta Ewę Sadowską\n"
        "13. Miasto Opole, reprezentowane przez Prezydenta Miasta Łukasza Gnieźnieńskiego",
        "Deklarację wsparły: Związek Miast Polskich z siedzibą w Poznaniu, Politechnika "
        "Gdańska oraz Fundacja Instytut na rzecz Ekorozwoju z Warszawy.",
        "Kraków/PL; Warsaw|Warszawa/PL; Wrocław/PL; Gdynia/PL; Rzeszów/PL; Bydgoszcz/PL; "
        "Toruń/PL; Olsztyn/PL; Kielce/PL; Szczecin/PL; Białystok/PL; Lublin/PL; Opole/PL",
        "'Gmina X, reprezentowana przez Prezydenta Miasta Name' with names in the genitive "
        "(Kalisza, Opolskiego, Gnieźnieńskiego); the venue Łódź and Katowice in the body; "
        "supporters in Poznań, Gdańsk and Warsaw",
    ),
    Page(
        "da-erklaering-for-kommune-underskrift",
        "da",
        "few;person_after;not_signatory;no_country",
        "Fælles erklæring om grøn omstilling i de danske havnebyer",
        (2024, 3, 13),
        "Med udgangspunkt i Aalborg-chartret fra 1994 og Parisaftalen forpligter "
        "undertegnede kommuner sig til at gøre deres havne klimaneutrale inden 2035, at "
        "elektrificere færger og havnekraner og at samarbejde om landstrøm til krydstogtskibe."
        "\n\nErklæringen blev underskrevet på Havnetopmødet.\n\n"
        "Odense, den 12. marts 2024",
        "For Aarhus Kommune\n\nMette Rasmussen\nborgmester\n\n"
        "For Esbjerg Kommune\n\nSøren Holm\nborgmester\n\n"
        "For Vejle Kommune\n\nLars Frederiksen\nrådmand, på vegne af borgmesteren",
        "Erklæringen er udarbejdet i samarbejde med Danske Havne og KL.",
        "Aarhus/DK; Esbjerg/DK; Vejle/DK",
        "signature blocks 'For X Kommune', the name, the title; the place and date of signing "
        "(Odense) above them; the Aalborg Charter in the body",
    ),
    Page(
        "fi-julistus-kaupunki-pormestari",
        "fi",
        "one_a_line;inflected;person_after;person_named_like_place;no_country;not_signatory",
        "Kaupunkien julistus kestävän liikkumisen puolesta",
        (2024, 6, 4),
        "Suurten kaupunkien pormestarit ja kaupunginjohtajat hyväksyivät julistuksen Turussa "
        "pidetyssä kaupunkikokouksessa.\n\n"
        "Pariisin ilmastosopimuksen tavoitteiden saavuttamiseksi allekirjoittajat "
        "sitoutuvat:\n"
        "1. puolittamaan liikenteen päästöt vuoteen 2030 mennessä;\n"
        "2. kaksinkertaistamaan pyöräliikenteen osuuden;\n"
        "3. rakentamaan uudet asuinalueet joukkoliikenteen varaan;\n"
        "4. raportoimaan edistymisestä vuosittain.\n\n"
        "Allekirjoittajat",
        "Helsingin kaupunki\nAnna Virtanen, pormestari\n\n"
        "Espoon kaupunki\nKari Salo, kaupunginjohtaja\n\n"
        "Tampereen kaupunki\nMinna Heikkinen, pormestari\n\n"
        "Vantaan kaupunki\nPekka Laine, kaupunginjohtaja\n\n"
        "Oulun kaupunki\nTeemu Karjalainen, kaupunginjohtaja\n\n"
        "Jyväskylän kaupunki\nSari Nieminen, kaupunginjohtaja\n\n"
        "Lahden kaupunki\nJari Hämäläinen, kaupunginjohtaja\n\n"
        "Kuopion kaupunki\nJussi Lahti, kaupunginjohtaja\n\n"
        "Porin kaupunki\nLeena Mäkinen, apulaiskaupunginjohtaja\n\n"
        "Joensuun kaupunki\nHannu Kotka, kaupunginjohtaja",
        "Julistusta tukevat Suomen Kuntaliitto ja Tampereen yliopisto.",
        "Helsinki/FI; Espoo/FI; Tampere/FI; Vantaa/FI; Oulu/FI; Jyväskylä/FI; Lahti/FI; "
        "Kuopio/FI; Pori/FI; Joensuu/FI",
        "'Helsingin kaupunki' then the mayor's name and title; mayors named Salo, Lahti and "
        "Kotka; the venue Turku (Turussa) and Paris (Pariisin) in the body",
    ),
    Page(
        "cs-deklarace-statutarni-mesto-zastoupene",
        "cs",
        "one_a_line;person_after;inflected;no_country;not_signatory",
        "Deklarace historických měst o ochraně kulturního dědictví",
        (2023, 9, 25),
        "Deklaraci přijali zástupci historických měst na setkání v Třebíči, pořádaném u "
        "příležitosti Dnů evropského dědictví.\n\n"
        "V duchu Úmluvy o ochraně světového kulturního a přírodního dědictví a Úmluvy z Fara "
        "se signatáři zavazují:\n"
        "1. chránit historická jádra před nevhodnou zástavbou;\n"
        "2. zapojit obyvatele do péče o památky;\n"
        "3. omezit dopady masového cestovního ruchu;\n"
        "4. sdílet zkušenosti s ostatními městy.\n\n"
        "Signatáři:",
        "Hlavní město Praha, zastoupené primátorem Janem Novotným\n"
        "Statutární město Brno, zastoupené primátorkou Markétou Dvořákovou\n"
        "Statutární město Plzeň, zastoupené náměstkem primátora Petrem Svobodou\n"
        "Statutární město Liberec, zastoupené primátorem Tomášem Černým\n"
        "Statutární město České Budějovice, zastoupené primátorem Davidem Procházkou\n"
        "Statutární město Hradec Králové, zastoupené primátorem Pavlem Kučerou\n"
        "Statutární město Znojmo, zastoupené starostou Martinem Veselým\n"
        "Město Telč, zastoupené starostou Vladimírem Horákem\n"
        "Město Český Krumlov, zastoupené starostkou Janou Němcovou\n"
        "Město Kutná Hora, zastoupené starostou Josefem Pokorným\n"
        "Město Litomyšl, zastoupené starostou Radkem Marešem",
        "Deklaraci podpořily: Svaz měst a obcí České republiky, Národní památkový ústav a "
        "Univerzita Palackého v Olomouci.",
        "Prague|Praha/CZ; Brno/CZ; Plzeň|Pilsen/CZ; Liberec/CZ; České Budějovice/CZ; "
        "Hradec Králové/CZ; Znojmo/CZ; Telč/CZ; Český Krumlov/CZ; Kutná Hora/CZ; Litomyšl/CZ",
        "'Statutární město X, zastoupené primátorem Name' (the name in the instrumental); the "
        "venue Třebíč (v Třebíči) and Faro in the body; a university in Olomouc supports",
    ),
    Page(
        "eu-adierazpena-udala-elebiduna",
        "eu",
        "one_a_line;named_twice;no_country;not_signatory",
        "Euskal udalerrien adierazpena klima-larrialdiaren aurrean",
        (2024, 5, 22),
        "Durangon egindako udal topaketan, Euskal Herriko hainbat udalek adierazpen hau "
        "onartu zuten.\n\n"
        "Parisko Akordioaren helburuak betetzeko, sinatzaileek konpromiso hauek hartzen "
        "dituzte:\n"
        "1. 2030erako berotegi-efektuko gasen isurketak erdira murriztea;\n"
        "2. udal eraikin guztietan energia berriztagarria erabiltzea;\n"
        "3. herritarrak klima-planen prestaketan parte hartzera gonbidatzea.\n\n"
        "Sinatzaileak / Firmantes / Signataires:",
        "Bilboko Udala / Ayuntamiento de Bilbao\n"
        "Donostiako Udala / Ayuntamiento de San Sebastián\n"
        "Gasteizko Udala / Ayuntamiento de Vitoria-Gasteiz\n"
        "Iruñeko Udala / Ayuntamiento de Pamplona\n"
        "Getxoko Udala / Ayuntamiento de Getxo\n"
        "Irungo Udala / Ayuntamiento de Irun\n"
        "Barakaldoko Udala / Ayuntamiento de Barakaldo\n"
        "Eibarko Udala / Ayuntamiento de Eibar\n"
        "Errenteriako Udala / Ayuntamiento de Errenteria\n"
        "Tolosako Udala / Ayuntamiento de Tolosa\n"
        "Hondarribiko Udala / Ayuntamiento de Hondarribia\n"
        "Baionako Herriko Etxea / Mairie de Bayonne\n"
        "Angeluko Herriko Etxea / Mairie d'Anglet",
        "Babesleak: Eudel (Euskadiko Udalen Elkartea), Euskal Herriko Unibertsitatea (Leioa) "
        "eta Mondragon Unibertsitatea.",
        "Bilbao/ES; San Sebastián|Donostia/ES; Vitoria-Gasteiz/ES; "
        "Pamplona|Iruña/ES; Getxo/ES; Irun/ES; Barakaldo/ES; Eibar/ES; Errenteria/ES; "
        "Tolosa/ES; Hondarribia/ES; Bayonne/FR; Anglet/FR",
        "Basque 'Xko Udala' with the Spanish or French name after a slash (each place once), "
        "Spanish and French Basque towns; the venue Durango (Durangon); supporters in Leioa "
        "and Mondragón",
    ),
    Page(
        "hu-nyilatkozat-onkormanyzata-kepviseleteben",
        "hu",
        "one_a_line;person_after;inflected;no_country;not_signatory",
        "A magyar városok nyilatkozata a hőségriadó-tervekről",
        (2024, 7, 9),
        "A nyilatkozatot a városok vezetői Egerben, a települési klímakonferencián fogadták "
        "el.\n\n"
        "A Párizsi Megállapodás céljaival összhangban az aláíró önkormányzatok vállalják, "
        "hogy\n"
        "1. 2025-ig hőségriadó-tervet fogadnak el;\n"
        "2. minden kerületben hűsölő helyet nyitnak;\n"
        "3. növelik a városi fák számát;\n"
        "4. évente beszámolnak az eredményekről.\n\n"
        "Aláírók:",
        "Budapest Főváros Önkormányzata\nképviseletében: Kovács Gábor főpolgármester\n\n"
        "Debrecen Megyei Jogú Város Önkormányzata\nképviseletében: Szabó Péter polgármester\n\n"
        "Szeged Megyei Jogú Város Önkormányzata\nképviseletében: Tóth Eszter alpolgármester\n\n"
        "Pécs Megyei Jogú Város Önkormányzata\nképviseletében: Nagy László polgármester\n\n"
        "Győr Megyei Jogú Város Önkormányzata\nképviseletében: Horváth Anna polgármester\n\n"
        "Miskolc Megyei Jogú Város Önkormányzata\nképviseletében: Varga Zoltán polgármester\n\n"
        "Szentendre Város Önkormányzata\nképviseletében: Kiss Judit polgármester\n\n"
        "Gödöllő Város Önkormányzata\nképviseletében: Molnár István polgármester",
        "A nyilatkozatot támogatja a Települési Önkormányzatok Országos Szövetsége és a "
        "Nyíregyházi Egyetem.",
        "Budapest/HU; Debrecen/HU; Szeged/HU; Pécs/HU; Győr/HU; Miskolc/HU; Szentendre/HU; "
        "Gödöllő/HU",
        "'X Megyei Jogú Város Önkormányzata' then 'képviseletében: Name polgármester'; the "
        "venue Eger (Egerben) and Paris (Párizsi) in the body; a university of Nyíregyháza "
        "supports",
    ),
]

"""Hand-written pages, batch zl: held out before the column reader (branch acczl), written without
reading the reader, its tests or the other batches' pages beyond the format of batch s. Seven
joint statements, declarations and open letters with their signatories (en, fr, de, es, it, pt,
nl) and seven member pages (pl, sv, hu, el, sk, et, ko: a directory table, members under county
headings, an annual report's annex, member cards, programme participants, a member table), in
shapes real city networks publish: an English joint statement whose signatories table is copied
one cell a line (`City` / `Country` / `Signed by`) with a signer named Jordan; a French tab table
of `Ville de`, `Commune de`, `District de Bamako`, a `Métropole` and `Ville de Luxembourg` under
a venue Rabat; a German open letter signed in two tab columns, a line of names over a line of
`Oberbürgermeister der Stadt X` titles, with a mayor named Hamm; a numbered Spanish tab table
whose province column repeats cities' names (Sevilla, León, Córdoba) beside a host Logroño; an
Italian bulleted `Name, sindaca di X (AQ)` list of small towns whose province codes are
countries' (CN, SI, MT, PA) with a union of municipalities; Brazilian `Prefeito Name – Cidade/UF`
lines with Palmas and Boa Vista and a venue Belém; a Dutch open letter signed by the colleges of
31 municipalities in one sentence; a Polish members table with `Miasto`, `Gmina Miejska`,
`Miasto i Gmina` and a `Powiat` and voivodeship and powiat columns; Swedish `X kommun` / `X stad`
between middle dots under `Y län (n)` headings named like cities that are not members; a
Hungarian annex copied from a PDF in columns aligned with spaces, counties named like towns
(Veszprém, Békés, Pest); Greek member cards `Δήμος X` / `Περιφέρεια Y` / `Μέλος από` /
`Περισσότερα »` with a region; Slovak participants under `kraj` headings with coordinators named
Martin; an Estonian tab table of `X linn` / `X vald` with `Tartu maakond` and a coordinator in
Tartu; a Korean member table with countries in Korean and cities in Hangul, some with the
English name in brackets. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-joint-statement-social-cohesion-table-one-cell-a-line",
        "en",
        "one_a_line;person_after;columns_after;not_signatory;person_named_like_place",
        "Joint Statement of Mayors on Social Cohesion and Countering Hate",
        (2025, 6, 4),
        "Home  /  Resources  /  Statements\n\n"
        "Statement\n\n"
        "Mayors and local leaders from around the world have adopted a joint statement "
        "committing their cities to prevent hate, polarisation and violent extremism, and to "
        "protect the people most targeted by them.\n\n"
        "The statement was agreed at the Global Summit of the network in Copenhagen on 3 June, "
        "where more than 80 cities met for two days of exchange. The summit was opened by "
        "Copenhagen's Lord Mayor, who welcomed the delegations to the City Hall.\n\n"
        "In the statement, the signatories commit to:\n\n"
        "- treat social cohesion as a core municipal responsibility, not a project;\n"
        "- build trust between local government, police, schools and communities;\n"
        "- support young people and families affected by online hate;\n"
        "- share what works with peer cities, in line with the Christchurch Call and the "
        "commitments of the Aqaba Process;\n"
        "- call on national governments to fund local prevention directly.\n\n"
        "Cities that have signed the statement\n\n"
        "The list will be updated as more cities sign.",
        "City\nCountry\nSigned by\n"
        "Aarhus\nDenmark\nMayor Anders Lykke Thomsen\n"
        "Rotterdam\nNetherlands\nMayor Sanne de Wit\n"
        "Mechelen\nBelgium\nMayor Pieter Claes\n"
        "Bristol\nUnited Kingdom\nCouncillor Ruth Kendal, Leader of the Council\n"
        "Montréal\nCanada\nMayor Isabelle Gagnon\n"
        "Minneapolis\nUnited States\nMayor Jordan Whitaker\n"
        "Ciudad Juárez\nMexico\nMunicipal President Arturo Cisneros\n"
        "Medellín\nColombia\nMayor Camila Restrepo\n"
        "Kumanovo\nNorth Macedonia\nMayor Dragan Petkovski\n"
        "Irbid\nJordan\nMayor Omar Al-Khatib\n"
        "Sousse\nTunisia\nMayor Leila Ben Salem\n"
        "Agadir\nMorocco\nMayor Youssef Amrani\n"
        "Garissa\nKenya\nGovernor Abdi Hassan Noor\n"
        "Sylhet\nBangladesh\nMayor Rezaul Karim\n"
        "Marawi City\nPhilippines\nMayor Amina Macarambon\n"
        "Christchurch\nNew Zealand\nMayor Hemi Walker",
        "Showing 16 of 16 signatories\n\n"
        "Is your city ready to sign? Contact the Management Unit in London: "
        "statements@example.org\n\n"
        "Related resources\n"
        "Guide: Building a local prevention network (Oslo and Aarhus case studies)\n"
        "Podcast: What Nairobi learnt from its youth councils\n"
        "News: Strong start for the new regional hub in Amman",
        "Aarhus/DK; Rotterdam/NL; Mechelen/BE; Bristol/GB; Montréal/CA; Minneapolis/US; "
        "Ciudad Juárez/MX; Medellín/CO; Kumanovo/MK; Irbid/JO; Sousse/TN; Agadir/MA; "
        "Garissa/KE; Sylhet/BD; Marawi City/PH; Christchurch/NZ",
        "a signatories table copied one cell a line (city, country, signer) under a header "
        "`City` / `Country` / `Signed by`; venue Copenhagen, the Christchurch Call (Christchurch "
        "also signs) and the Aqaba Process in the body, a mayor named Jordan beside Irbid in "
        "Jordan, London, Oslo, Nairobi and Amman in furniture and related resources",
    ),
    Page(
        "fr-declaration-eau-tableau-collectivite-pays-representee-par",
        "fr",
        "table_tabs;columns_after;country_in_language;person_after;body_not_city;not_signatory",
        "Déclaration de Rabat des villes francophones pour une gestion sobre de l'eau",
        (2025, 4, 17),
        "Accueil > Actualités > Déclarations\n\n"
        "Réunies à Rabat les 15 et 16 avril à l'invitation du Conseil de la Ville de Rabat, "
        "les collectivités membres du réseau ont adopté une déclaration commune sur la gestion "
        "sobre et équitable de l'eau en ville.\n\n"
        "Face à la multiplication des sécheresses, les signataires s'engagent à :\n"
        "• réduire d'un quart les pertes des réseaux de distribution d'ici 2030 ;\n"
        "• garantir l'accès à une eau potable de qualité dans tous les quartiers, y compris "
        "informels ;\n"
        "• réutiliser les eaux usées traitées pour l'arrosage des espaces publics ;\n"
        "• partager leurs données et leurs solutions au sein du réseau.\n\n"
        "La déclaration reste ouverte à la signature. Les collectivités signataires à ce jour "
        "sont les suivantes :",
        "Collectivité\tPays\tReprésentée par\tDate de signature\n"
        "Ville de Genève\tSuisse\tMme Claire Monnier, conseillère administrative\t16/04/2025\n"
        "Ville de Lausanne\tSuisse\tM. Olivier Perrin, syndic\t16/04/2025\n"
        "Ville de Liège\tBelgique\tM. Marc Lejeune, bourgmestre\t16/04/2025\n"
        "Ville de Mons\tBelgique\tMme Sophie Dumont, échevine\t16/04/2025\n"
        "Ville de Luxembourg\tLuxembourg\tMme Anne Weber, bourgmestre\t16/04/2025\n"
        "Métropole Européenne de Lille\tFrance\tM. Jean-Luc Vasseur, vice-président\t"
        "16/04/2025\n"
        "Ville de Grenoble\tFrance\tM. Thomas Girard, adjoint au maire\t16/04/2025\n"
        "Ville de Montpellier\tFrance\tMme Nadia Chaouch, adjointe au maire\t16/04/2025\n"
        "Ville de Québec\tCanada\tM. François Tremblay, conseiller municipal\t16/04/2025\n"
        "Ville de Sherbrooke\tCanada\tMme Julie Côté, mairesse\t22/04/2025\n"
        "Commune de Tanger\tMaroc\tM. Hassan Bennani, président du conseil communal\t"
        "16/04/2025\n"
        "Municipalité de Sfax\tTunisie\tM. Karim Trabelsi, maire\t16/04/2025\n"
        "Ville de Thiès\tSénégal\tM. Abdoulaye Ndiaye, maire\t16/04/2025\n"
        "Commune de Saint-Louis\tSénégal\tMme Aïssatou Fall, adjointe au maire\t16/04/2025\n"
        "District de Bamako\tMali\tM. Moussa Traoré, conseiller\t16/04/2025\n"
        "Ville de Cotonou\tBénin\tM. Rodrigue Houngbédji, maire\t28/04/2025\n"
        "Commune de Dschang\tCameroun\tM. Paul Fotso, maire\t16/04/2025\n"
        "Mairie de Bujumbura\tBurundi\tMme Espérance Niyonzima, maire\t05/05/2025",
        "Télécharger la déclaration (PDF, 420 Ko)\n\n"
        "Votre collectivité souhaite signer ? Écrivez au secrétariat permanent à Paris.\n\n"
        "Avec le soutien de l'Office international de l'eau (Limoges) et de l'Agence de l'eau "
        "Rhône Méditerranée Corse (Lyon).\n\n"
        "À lire aussi\n"
        "Nouakchott et Niamey rejoignent le réseau\n"
        "Retour sur l'atelier de Ouagadougou",
        "Geneva/CH; Lausanne/CH; Liège/BE; Mons/BE; Luxembourg/LU; "
        "Métropole Européenne de Lille|European Metropolis of Lille/FR/metropolitan area; "
        "Grenoble/FR; Montpellier/FR; Québec|Quebec City/CA; Sherbrooke/CA; Tangier/MA; "
        "Sfax/TN; Thiès/SN; Saint-Louis/SN; Bamako/ML; Cotonou/BJ; Dschang/CM; Bujumbura/BI",
        "a tab table `Collectivité` / `Pays` / `Représentée par` / date of `Ville de`, "
        "`Commune de`, `Municipalité de`, `District de`, `Mairie de` and a `Métropole`; "
        "`Ville de Luxembourg` / `Luxembourg`; the venue and host Rabat, supporters in Limoges "
        "and Lyon, the secretariat in Paris, Nouakchott, Niamey, Ouagadougou in teasers",
    ),
    Page(
        "de-offener-brief-deutschlandticket-unterschriften-zwei-spalten",
        "de",
        "several_a_line;person_before;no_country;not_signatory;person_named_like_place",
        "Offener Brief: Das Deutschlandticket braucht eine verlässliche Finanzierung",
        (2025, 2, 11),
        "Startseite > Aktuelles > Positionen\n\n"
        "Offener Brief von 13 Oberbürgermeisterinnen und Oberbürgermeistern an den "
        "Bundesminister für Verkehr\n\n"
        "Sehr geehrter Herr Bundesminister,\n\n"
        "das Deutschlandticket ist ein Erfolg: Millionen Menschen fahren seit seiner Einführung "
        "mit Bus und Bahn, viele von ihnen zum ersten Mal. Doch die Städte und ihre "
        "Verkehrsunternehmen tragen ein wachsendes Risiko. Die bei der Verkehrsministerkonferenz "
        "in Würzburg angekündigte Anschlussfinanzierung ist bis heute nicht gesichert.\n\n"
        "Wir bitten Sie daher,\n"
        "1. die Finanzierung des Tickets über 2026 hinaus gesetzlich festzuschreiben,\n"
        "2. die Regionalisierungsmittel an die tatsächlichen Kosten anzupassen und\n"
        "3. die Kommunen an der Weiterentwicklung des Tarifs zu beteiligen.\n\n"
        "Gern stehen wir für ein Gespräch in Berlin zur Verfügung.\n\n"
        "Mit freundlichen Grüßen",
        "Katrin Albers\tDr. Jens Morgenroth\n"
        "Oberbürgermeisterin der Stadt Freiburg im Breisgau\tOberbürgermeister der "
        "Landeshauptstadt Hannover\n\n"
        "Markus Lenz\tDr. Eva Brandt\n"
        "Oberbürgermeister der Stadt Münster\tOberbürgermeisterin der Stadt Heidelberg\n\n"
        "Andreas Vogt\tBoris Keller\n"
        "Präsident des Senats und Bürgermeister der Freien Hansestadt Bremen\t"
        "Oberbürgermeister der Universitätsstadt Tübingen\n\n"
        "Frank Hamm\tInes Hartwig\n"
        "Oberbürgermeister der Stadt Erlangen\tOberbürgermeisterin der Stadt Halle (Saale)\n\n"
        "Christian Roth\tTobias Neumann\n"
        "Oberbürgermeister der documenta-Stadt Kassel\tOberbürgermeister der Landeshauptstadt "
        "Potsdam\n\n"
        "Dr. Julia Seifert\tElke Rosendahl\n"
        "Oberbürgermeisterin der Stadt Jena\tOberbürgermeisterin der Stadt Norderstedt\n\n"
        "Uwe Brenner\n"
        "Oberbürgermeister der Stadt Konstanz",
        "Den Brief als PDF herunterladen (186 KB)\n\n"
        "Nachrichten zum Thema\n"
        "Nahverkehrsforum in Dresden: Städte fordern mehr Busse im ländlichen Raum\n"
        "Rostock und Lübeck testen gemeinsames Fahrradparken",
        "Freiburg im Breisgau/DE; Hannover/DE; Münster/DE; Heidelberg/DE; Bremen/DE; "
        "Tübingen/DE; Erlangen/DE; Halle (Saale)/DE; Kassel/DE; Potsdam/DE; Jena/DE; "
        "Norderstedt/DE; Konstanz/DE",
        "an open letter signed in two tab columns: a line of two names over a line of two "
        "titles `Oberbürgermeister der Stadt X`, `der Landeshauptstadt`, `der Freien Hansestadt`, "
        "`der documenta-Stadt`, then one signer alone; a mayor named Hamm; Würzburg and Berlin "
        "in the text, Dresden, Rostock and Lübeck in teasers",
    ),
    Page(
        "es-declaracion-logrono-tabla-numerada-municipio-provincia-alcalde",
        "es",
        "table_tabs;numbered;columns_after;region_after;person_after;no_country;not_signatory;"
        "majority_other_country",
        "Declaración de Logroño por una movilidad activa y segura",
        (2024, 10, 25),
        "Inicio / Actualidad / Noticias\n\n"
        "Dieciocho ayuntamientos firman la Declaración de Logroño\n\n"
        "La asamblea anual de la red, celebrada en Logroño los días 23 y 24 de octubre con "
        "la acogida del Ayuntamiento de la ciudad, aprobó la Declaración de Logroño por una "
        "movilidad activa y segura. Los municipios firmantes se comprometen a ampliar en un "
        "50 % su red ciclista antes de 2030, a pacificar los entornos escolares y a reservar al "
        "menos el 10 % de su presupuesto de movilidad a la bicicleta y a los peatones.\n\n"
        "El texto recoge la experiencia de las ciudades que ya aplican zonas de bajas "
        "emisiones y toma como referencia la Carta de Leipzig y la Declaración de Ámsterdam "
        "sobre el derecho a caminar.\n\n"
        "Relación de municipios firmantes",
        "N.º\tMunicipio\tProvincia\tAlcalde/Alcaldesa\tFecha de adhesión\n"
        "1\tVitoria-Gasteiz\tÁlava\tIñaki Urrutia Ibarra\t24/10/2024\n"
        "2\tPamplona/Iruña\tNavarra\tMaite Goñi Lasa\t24/10/2024\n"
        "3\tSevilla\tSevilla\tManuel Ortega Ruiz\t24/10/2024\n"
        "4\tZaragoza\tZaragoza\tPilar Lacasa Blasco\t24/10/2024\n"
        "5\tMurcia\tMurcia\tJosé Antonio Sánchez Pardo\t24/10/2024\n"
        "6\tCastellón de la Plana\tCastellón\tRosa Vicent Soler\t24/10/2024\n"
        "7\tSan Sebastián de los Reyes\tMadrid\tJavier Molina Cano\t24/10/2024\n"
        "8\tGetafe\tMadrid\tLaura Benítez Rubio\t24/10/2024\n"
        "9\tMérida\tBadajoz\tFrancisco Javier Gil Carrasco\t24/10/2024\n"
        "10\tSantiago de Compostela\tA Coruña\tXosé Manuel Rivas Lema\t24/10/2024\n"
        "11\tLeón\tLeón\tAna Isabel Fernández Prieto\t24/10/2024\n"
        "12\tCórdoba\tCórdoba\tRafael Cabello Luque\t24/10/2024\n"
        "13\tGranada\tGranada\tCarmen Alcántara Rey\t24/10/2024\n"
        "14\tTalavera de la Reina\tToledo\tMiguel Ángel Corral Díaz\t24/10/2024\n"
        "15\tPalencia\tPalencia\tBeatriz Herrero Calvo\t30/10/2024\n"
        "16\tElche\tAlicante\tVicente Pastor Maciá\t30/10/2024\n"
        "17\tTorrelavega\tCantabria\tLucía Ruiz Cobo\t05/11/2024\n"
        "18\tSant Cugat del Vallès\tBarcelona\tMontserrat Puig Ferrer\t05/11/2024",
        "Consulta el texto íntegro de la declaración (PDF)\n\n"
        "Los ayuntamientos que deseen adherirse pueden dirigirse a la secretaría técnica de la "
        "red.\n\n"
        "Te puede interesar\n"
        "Valladolid y Burgos estrenan carriles bici en sus rondas\n"
        "Jornada técnica en Gijón sobre caminos escolares seguros",
        "Vitoria-Gasteiz/ES; Pamplona/ES; Sevilla|Seville/ES; Zaragoza/ES; Murcia/ES; "
        "Castellón de la Plana/ES; San Sebastián de los Reyes/ES; Getafe/ES; Mérida/ES; "
        "Santiago de Compostela/ES; León/ES; Córdoba/ES; Granada/ES; Talavera de la Reina/ES; "
        "Palencia/ES; Elche/ES; Torrelavega/ES; Sant Cugat del Vallès/ES",
        "a numbered tab table (number, municipality, province, mayor, date) whose province "
        "column repeats city names (Sevilla, León, Córdoba, Madrid, Toledo, Barcelona) and "
        "names cities that did not sign; Mérida, León, Córdoba, Granada have bigger namesakes "
        "in the Americas; the host Logroño, the Leipzig Charter, Amsterdam, Valladolid, Burgos "
        "and Gijón in teasers",
    ),
    Page(
        "it-lettera-aperta-borghi-sindaci-elenco-puntato-sigle",
        "it",
        "bulleted;person_before;state_codes;no_country;not_signatory;person_named_like_place;"
        "body_not_city",
        "Lettera aperta dei sindaci dei piccoli comuni: le aree interne non sono periferia",
        (2025, 3, 6),
        "Home » Notizie » Comunicati\n\n"
        "I sindaci riuniti a Norcia per l'assemblea dei borghi hanno scritto al Ministro per "
        "gli Affari regionali e le Autonomie chiedendo un piano nazionale per i servizi nelle "
        "aree interne.\n\n"
        "«Nei nostri paesi chiudono le scuole, gli sportelli postali e le farmacie rurali», si "
        "legge nella lettera. «Chiediamo che i fondi del PNRR e della Strategia nazionale per "
        "le aree interne arrivino davvero ai comuni sotto i 5.000 abitanti, con procedure "
        "semplici e personale tecnico dedicato.»\n\n"
        "La lettera sarà consegnata a Roma il 20 marzo da una delegazione guidata dal "
        "coordinatore nazionale.\n\n"
        "Hanno firmato:",
        "• Giulia Marchetti, sindaca di Ostana (CN)\n"
        "• Roberto Ghiglione, sindaco di Ormea (CN)\n"
        "• Luca Fontana, sindaco di Bobbio (PC)\n"
        "• Marta Vidoni, sindaca di Sauris (UD)\n"
        "• Sara Di Felice, sindaca di Fontecchio (AQ)\n"
        "• Nicola Tedeschi, sindaco di Santo Stefano di Sessanio (AQ)\n"
        "• Paolo Di Iorio, sindaco di Pescocostanzo (AQ)\n"
        "• Anna Rossetti, sindaca di Bagnoregio (VT)\n"
        "• Franco Bellucci, sindaco di Montalcino (SI)\n"
        "• Michele Modica, sindaco di Cerreto Sannita (BN)\n"
        "• Pietro Cammarano, vicesindaco di Pollica (SA), per il sindaco\n"
        "• Rosa Lacava, sindaca di Aliano (MT)\n"
        "• Giuseppe Ferraro, sindaco di Civita (CS)\n"
        "• Vincenzo Cusimano, sindaco di Castelbuono (PA)\n"
        "• Elena Pozzi, presidente dell'Unione Montana Alta Valle Susa (TO)",
        "Altri comuni possono aderire scrivendo alla segreteria.\n\n"
        "Leggi anche\n"
        "A Matera il primo festival dei borghi della Basilicata\n"
        "Rieti e Spoleto: un cammino tra i comuni del cratere",
        "Ostana/IT; Ormea/IT; Bobbio/IT; Sauris/IT; Fontecchio/IT; "
        "Santo Stefano di Sessanio/IT; Pescocostanzo/IT; Bagnoregio/IT; Montalcino/IT; "
        "Cerreto Sannita/IT; Pollica/IT; Aliano/IT; Civita/IT; Castelbuono/IT; "
        "Unione Montana Alta Valle Susa|Alta Valle Susa/IT/union of municipalities",
        "bulleted `Name, sindaca di X (PR)` lines of small towns whose province codes are "
        "countries' (CN, SI, MT, PA, CS), a deputy for the mayor, a union of municipalities "
        "last; a signer named Modica, the venue Norcia and Rome in the text, Matera, Rieti "
        "and Spoleto in teasers",
    ),
    Page(
        "pt-carta-prefeitos-amazonia-prefeito-cidade-uf",
        "pt",
        "one_a_line;person_before;state_codes;no_country;not_signatory;person_named_like_place",
        "Carta dos Prefeitos da Amazônia à COP30",
        (2025, 11, 12),
        "Início › Notícias › Carta de Belém\n\n"
        "Prefeitas e prefeitos de municípios da Amazônia Legal entregaram nesta quarta-feira, "
        "em Belém, uma carta à presidência da COP30 com as prioridades das cidades da região "
        "para a agenda climática.\n\n"
        "A carta pede acesso direto dos municípios ao financiamento climático, apoio à "
        "regularização fundiária urbana, saneamento básico nas periferias e proteção das "
        "comunidades ribeirinhas contra as secas extremas, como as de 2023 e 2024.\n\n"
        '"A floresta começa na cidade. Sem cidades amazônicas fortes, não há floresta em pé", '
        "afirmou a coordenadora do fórum, que recebeu as delegações na capital paraense.\n\n"
        "Assinam a carta:",
        "Prefeito José Carlos Ferraz – Manaus/AM\n"
        "Prefeita Raimunda Lobato – Santarém/PA\n"
        "Prefeito Antônio Furtado – Macapá/AP\n"
        "Prefeita Vitória Santos – Palmas/TO\n"
        "Prefeito Hugo Nascimento – Porto Velho/RO\n"
        "Prefeito Marcelo Assis – Rio Branco/AC\n"
        "Prefeita Cláudia Pinheiro – Boa Vista/RR\n"
        "Prefeito Raimundo Tavares – Marabá/PA\n"
        "Prefeito Joaquim Batista – Parintins/AM\n"
        "Prefeita Luana Moraes – Altamira/PA\n"
        "Prefeito Edson Queiroz – Itaituba/PA\n"
        "Prefeito Rodrigo Pereira – Sinop/MT\n"
        "Prefeita Ana Paula Mendes – Cruzeiro do Sul/AC\n"
        "Prefeito Francisco Lima – Imperatriz/MA\n"
        "Prefeito Ronaldo Costa – Tefé/AM\n"
        "Prefeito Jair Medeiros – Ji-Paraná/RO\n"
        "Vice-prefeita Helena Barros, representando o prefeito de Castanhal/PA",
        "Apoio: Frente Nacional de Prefeitos (Brasília) e Consórcio Interestadual de "
        "Desenvolvimento Sustentável da Amazônia Legal.\n\n"
        "Leia também\n"
        "Cuiabá e Goiânia discutem ondas de calor\n"
        "São Luís recebe encontro sobre mangues urbanos",
        "Manaus/BR; Santarém/BR; Macapá/BR; Palmas/BR; Porto Velho/BR; Rio Branco/BR; "
        "Boa Vista/BR; Marabá/BR; Parintins/BR; Altamira/BR; Itaituba/BR; Sinop/BR; "
        "Cruzeiro do Sul/BR; Imperatriz/BR; Tefé/BR; Ji-Paraná/BR; Castanhal/BR",
        "`Prefeito Name – Cidade/UF` lines and a deputy `representando o prefeito de X/UF`; "
        "a mayor named Vitória, towns with namesakes (Santarém, Palmas, Boa Vista, Sinop, "
        "Altamira); the venue Belém, Brasília of a supporter, Cuiabá, Goiânia, São Luís in ",
    ),
    Page(
        "nl-open-brief-middelgrote-steden-colleges-van-lopende-tekst",
        "nl",
        "running_text;no_country;not_signatory",
        "Open brief van 31 gemeenten: investeer in de middelgrote stad",
        (2025, 9, 16),
        "Home > Nieuws > Open brief aan het kabinet\n\n"
        "Op Prinsjesdag stuurden 31 middelgrote gemeenten een open brief aan het kabinet en "
        "de Tweede Kamer in Den Haag. Zij vragen om een structurele investering in wonen, "
        "bereikbaarheid en de aanpak van kansenongelijkheid buiten de Randstad en de vier "
        "grote steden.\n\n"
        '"Ruim de helft van alle Nederlanders woont in of rond een middelgrote stad. Daar '
        "worden de woningen gebouwd, daar zitten de ziekenhuizen, mbo-scholen en "
        'banen voor de hele regio", schrijven de gemeenten. Zij vragen het kabinet onder meer '
        "om een meerjarig stedenfonds, zoals dat eerder in Almere en in de regio Groningen "
        "werd ingezet.\n\n"
        "Ondertekening",
        "De brief is ondertekend door de colleges van burgemeester en wethouders van Alkmaar, "
        "Almelo, Alphen aan den Rijn, Amersfoort, Apeldoorn, Assen, Bergen op Zoom, Delft, "
        "Den Helder, Deventer, Dordrecht, Ede, Emmen, Enschede, Gouda, Heerlen, Helmond, "
        "Hengelo, 's-Hertogenbosch, Hoorn, Leeuwarden, Leiden, Lelystad, Oss, Roosendaal, "
        "Schiedam, Venlo, Vlaardingen, Zaanstad, Zoetermeer en Zwolle.",
        "Lees de volledige brief (pdf)\n\n"
        "Meer nieuws\n"
        "Nijmegen en Arnhem bundelen krachten voor warmtenet\n"
        "Werkbezoek aan Tilburg over de wijkaanpak",
        "Alkmaar/NL; Almelo/NL; Alphen aan den Rijn/NL; Amersfoort/NL; Apeldoorn/NL; Assen/NL; "
        "Bergen op Zoom/NL; Delft/NL; Den Helder/NL; Deventer/NL; Dordrecht/NL; Ede/NL; "
        "Emmen/NL; Enschede/NL; Gouda/NL; Heerlen/NL; Helmond/NL; Hengelo/NL; "
        "'s-Hertogenbosch/NL; Hoorn/NL; Leeuwarden/NL; Leiden/NL; Lelystad/NL; Oss/NL; "
        "Roosendaal/NL; Schiedam/NL; Venlo/NL; Vlaardingen/NL; Zaanstad/NL; Zoetermeer/NL; "
        "Zwolle/NL",
        "31 municipalities in one sentence `de colleges van burgemeester en wethouders van A, "
        "B, ... en Z`, some with namesakes (Ede, Hoorn, Hengelo); the addressee Den Haag, "
        "Almere and Groningen in the text, Nijmegen, Arnhem and Tilburg in teasers",
    ),
    Page(
        "pl-czlonkowie-tabela-wojewodztwo-powiat-rok-przystapienia",
        "pl",
        "table_tabs;numbered;columns_after;region_after;inflected;no_country;body_not_city;"
        "not_signatory",
        "Członkowie Stowarzyszenia",
        (2025, 1, 20),
        "Strona główna / O nas / Członkowie\n\n"
        "Stowarzyszenie zrzesza miasta i gminy, które wspólnie działają na rzecz rewitalizacji "
        "śródmieść, ochrony dziedzictwa i rozwoju lokalnej przedsiębiorczości. Biuro "
        "Stowarzyszenia mieści się w Poznaniu.\n\n"
        "Szukaj członka\nWojewództwo: wszystkie\n\n"
        "Lista członków (stan na 31 grudnia 2024 r.)",
        "Lp.\tCzłonek\tWojewództwo\tPowiat\tRok przystąpienia\n"
        "1.\tMiasto Płock\tmazowieckie\tm. Płock\t1991\n"
        "2.\tGmina Miasto Elbląg\twarmińsko-mazurskie\tm. Elbląg\t1991\n"
        "3.\tMiasto Słupsk\tpomorskie\tm. Słupsk\t1993\n"
        "4.\tGmina Miejska Przemyśl\tpodkarpackie\tm. Przemyśl\t1995\n"
        "5.\tMiasto Zamość\tlubelskie\tm. Zamość\t1995\n"
        "6.\tMiasto Ostrów Wielkopolski\twielkopolskie\tostrowski\t1998\n"
        "7.\tGmina Miejska Kościan\twielkopolskie\tkościański\t2001\n"
        "8.\tGmina Miasto Świnoujście\tzachodniopomorskie\tm. Świnoujście\t2001\n"
        "9.\tMiasto Gorzów Wielkopolski\tlubuskie\tm. Gorzów Wielkopolski\t2004\n"
        "10.\tGmina Miejska Tczew\tpomorskie\ttczewski\t2006\n"
        "11.\tMiasto Chełm\tlubelskie\tm. Chełm\t2008\n"
        "12.\tGmina Miasto Nowy Targ\tmałopolskie\tnowotarski\t2010\n"
        "13.\tMiasto Ostrołęka\tmazowieckie\tm. Ostrołęka\t2012\n"
        "14.\tMiasto i Gmina Serock\tmazowieckie\tlegionowski\t2015\n"
        "15.\tGmina Wieliczka\tmałopolskie\twielicki\t2017\n"
        "16.\tPowiat Wołomiński\tmazowieckie\twołomiński\t2019\n"
        "17.\tGmina Miasto Biłgoraj\tlubelskie\tbiłgorajski\t2021\n"
        "18.\tMiasto Sandomierz\tświętokrzyskie\tsandomierski\t2023",
        "Pokaż 1–18 z 18\n\n"
        "Jak zostać członkiem? Uchwałę rady gminy o przystąpieniu prosimy przesłać do biura "
        "w Poznaniu.\n\n"
        "Aktualności\n"
        "Kalisz i Gniezno dołączają do programu „Śródmieście na nowo”\n"
        "Walne zgromadzenie w Lublinie 12 czerwca",
        "Płock/PL; Elbląg/PL; Słupsk/PL; Przemyśl/PL; Zamość/PL; Ostrów Wielkopolski/PL; "
        "Kościan/PL; Świnoujście/PL; Gorzów Wielkopolski/PL; Tczew/PL; Chełm/PL; Nowy Targ/PL; "
        "Ostrołęka/PL; Serock/PL; Wieliczka/PL; "
        "Powiat Wołomiński|Wołomin County/PL/county; Biłgoraj/PL; Sandomierz/PL",
        "a numbered tab table of `Miasto X`, `Gmina Miasto X`, `Gmina Miejska X`, `Miasto i "
        "Gmina X`, `Gmina X` and a `Powiat`, with voivodeship, powiat (`m. Płock`, adjectives "
        "`legionowski`, `tczewski`) and year columns; the office `w Poznaniu`, Kalisz, Gniezno "
        "and `w Lublinie` in news",
    ),
    Page(
        "sv-medlemmar-lan-rubriker-antal-kommuner-mittpunkter",
        "sv",
        "several_a_line;region_heading;inflected;body_not_city;no_country;not_signatory",
        "Våra medlemmar",
        (2025, 3, 3),
        "Start / Om nätverket / Medlemmar\n\n"
        "Nätverket Hållbar upphandling samlar kommuner och regioner som vill använda sina "
        "inköp för att nå klimatmålen. Medlemmarna delar kravmallar, utbildar sina "
        "upphandlare tillsammans och träffas två gånger per år. Kansliet finns i Stockholm.\n\n"
        "Just nu har nätverket 26 medlemmar i 14 län.",
        "Skåne län (4)\n"
        "Helsingborgs stad · Kristianstads kommun · Lunds kommun · Ystads kommun\n\n"
        "Västra Götalands län (4)\n"
        "Alingsås kommun · Borås Stad · Göteborgs Stad · Uddevalla kommun\n\n"
        "Uppsala län (1)\n"
        "Enköpings kommun\n\n"
        "Kalmar län (1)\n"
        "Västerviks kommun\n\n"
        "Jönköpings län (2)\n"
        "Jönköpings kommun · Värnamo kommun\n\n"
        "Örebro län (2)\n"
        "Karlskoga kommun · Örebro kommun\n\n"
        "Västmanlands län (1)\n"
        "Västerås stad\n\n"
        "Värmlands län (1)\n"
        "Karlstads kommun\n\n"
        "Dalarnas län (1)\n"
        "Falu kommun\n\n"
        "Gävleborgs län (2)\n"
        "Gävle kommun · Hudiksvalls kommun\n\n"
        "Västernorrlands län (1)\n"
        "Sundsvalls kommun\n\n"
        "Jämtlands län (2)\n"
        "Östersunds kommun · Region Jämtland Härjedalen\n\n"
        "Västerbottens län (2)\n"
        "Skellefteå kommun · Umeå kommun\n\n"
        "Norrbottens län (2)\n"
        "Luleå kommun · Piteå kommun",
        "Vill din kommun bli medlem? Kontakta kansliet.\n\n"
        "Nyheter från nätverket\n"
        "Linköping och Norrköping delar på ny kravmall för livsmedel\n"
        "Vårträff i Visby 14–15 maj",
        "Helsingborg/SE; Kristianstad/SE; Lund/SE; Ystad/SE; Alingsås/SE; Borås/SE; "
        "Gothenburg|Göteborg/SE; Uddevalla/SE; Enköping/SE; Västervik/SE; Jönköping/SE; "
        "Värnamo/SE; Karlskoga/SE; Örebro/SE; Västerås/SE; Karlstad/SE; Falun/SE; Gävle/SE; "
        "Hudiksvall/SE; Sundsvall/SE; Östersund/SE; "
        "Region Jämtland Härjedalen|Jämtland Härjedalen/SE/region; Skellefteå/SE; Umeå/SE; "
        "Luleå/SE; Piteå/SE",
        "26 `X kommun` / `X stad` genitives between middle dots under `Y län (n)` headings, "
        "some named like cities that are not members (Uppsala, Kalmar), a region among them; "
        "the office in Stockholm, Linköping, Norrköping and Visby in news",
    ),
    Page(
        "hu-eves-jelentes-melleklet-tagtelepulesek-igazitott-oszlopok",
        "hu",
        "numbered;columns_after;region_after;no_country;not_signatory",
        "Éves jelentés 2024 – 2. melléklet: tagtelepülések",
        (2025, 4, 28),
        "Kezdőlap » Dokumentumok » Éves jelentések\n\n"
        "A Szövetség 2024. évi jelentését a közgyűlés 2025. április 25-én Szekszárdon fogadta "
        "el. Az alábbiakban a jelentés 2. mellékletét közöljük, amely a tagtelepüléseket "
        "sorolja fel 2024. december 31-i állapot szerint. A 2025-ben csatlakozott Tata és "
        "Kiskőrös a következő évi jelentésben szerepel.\n\n"
        "2. melléklet\n"
        "A Szövetség tagtelepülései (2024. december 31.)",
        "Ssz.  Település           Vármegye                    Lakosság   Tag óta\n"
        "1.    Baja                Bács-Kiskun                   34 950   1994\n"
        "2.    Gödöllő             Pest                          34 210   1994\n"
        "3.    Szentendre          Pest                          26 830   1996\n"
        "4.    Vác                 Pest                          32 640   1996\n"
        "5.    Pápa                Veszprém                      30 180   1998\n"
        "6.    Ajka                Veszprém                      27 760   1998\n"
        "7.    Mosonmagyaróvár     Győr-Moson-Sopron             33 720   2001\n"
        "8.    Sárvár              Vas                           14 650   2001\n"
        "9.    Keszthely           Zala                          19 180   2003\n"
        "10.   Siófok              Somogy                        24 920   2003\n"
        "11.   Paks                Tolna                         18 460   2005\n"
        "12.   Mohács              Baranya                       17 050   2005\n"
        "13.   Dunaújváros         Fejér                         40 640   2007\n"
        "14.   Esztergom           Komárom-Esztergom             27 680   2009\n"
        "15.   Gyöngyös            Heves                         28 470   2009\n"
        "16.   Salgótarján         Nógrád                        32 860   2011\n"
        "17.   Jászberény          Jász-Nagykun-Szolnok          26 010   2013\n"
        "18.   Gyula               Békés                         29 160   2015\n"
        "19.   Hódmezővásárhely    Csongrád-Csanád               42 930   2017\n"
        "20.   Hajdúszoboszló      Hajdú-Bihar                   23 250   2019\n"
        "21.   Nyírbátor           Szabolcs-Szatmár-Bereg        12 060   2021\n"
        "22.   Sátoraljaújhely     Borsod-Abaúj-Zemplén          14 620   2023",
        "Forrás: a Szövetség titkársága, Budapest. A lakosságszámok a KSH 2024. január 1-jei "
        "adatai.\n\n"
        "Éves jelentés 2024 – 14. oldal\n\n"
        "Kapcsolódó dokumentumok\n"
        "Éves jelentés 2023 (PDF)\n"
        "Beszámoló a debreceni szakmai napról",
        "Baja/HU; Gödöllő/HU; Szentendre/HU; Vác/HU; Pápa/HU; Ajka/HU; Mosonmagyaróvár/HU; "
        "Sárvár/HU; Keszthely/HU; Siófok/HU; Paks/HU; Mohács/HU; Dunaújváros/HU; Esztergom/HU; "
        "Gyöngyös/HU; Salgótarján/HU; Jászberény/HU; Gyula/HU; Hódmezővásárhely/HU; "
        "Hajdúszoboszló/HU; Nyírbátor/HU; Sátoraljaújhely/HU",
        "an annual report's annex copied from a PDF in columns aligned with spaces (number, "
        "town, county, population with a space in it, year); counties named like towns that are "
        "not members (Veszprém, Békés, Pest, Győr-Moson-Sopron); the venue `Szekszárdon`, Tata "
        "and Kiskőrös that joined later, the secretariat in Budapest, `debreceni` in related",
    ),
    Page(
        "el-meli-diktyou-kartes-dimos-perifereia-melos-apo",
        "el",
        "one_a_line;inflected;region_after;columns_after;body_not_city;no_country;not_signatory",
        "Τα μέλη του Δικτύου",
        (2025, 2, 19),
        "Αρχική › Το Δίκτυο › Μέλη\n\n"
        "Το Δίκτυο Πόλεων για την Υγεία ενώνει δήμους και περιφέρειες που εφαρμόζουν τοπικά "
        "σχέδια για τη δημόσια υγεία, την ενεργό γήρανση και την πρόληψη. Η γραμματεία του "
        "Δικτύου έχει έδρα την Αθήνα.\n\n"
        "Φίλτρο: Όλες οι Περιφέρειες\nΑναζήτηση μέλους\n\n"
        "21 μέλη",
        "Δήμος Τρικκαίων\nΠεριφέρεια Θεσσαλίας\nΜέλος από: 2004\nΠερισσότερα »\n\n"
        "Δήμος Καρδίτσας\nΠεριφέρεια Θεσσαλίας\nΜέλος από: 2004\nΠερισσότερα »\n\n"
        "Δήμος Λαρισαίων\nΠεριφέρεια Θεσσαλίας\nΜέλος από: 2006\nΠερισσότερα »\n\n"
        "Δήμος Βόλου\nΠεριφέρεια Θεσσαλίας\nΜέλος από: 2008\nΠερισσότερα »\n\n"
        "Δήμος Ιωαννιτών\nΠεριφέρεια Ηπείρου\nΜέλος από: 2005\nΠερισσότερα »\n\n"
        "Δήμος Κοζάνης\nΠεριφέρεια Δυτικής Μακεδονίας\nΜέλος από: 2010\nΠερισσότερα »\n\n"
        "Περιφέρεια Δυτικής Μακεδονίας\nΠεριφερειακή αρχή\nΜέλος από: 2019\n"
        "Περισσότερα »\n\n"
        "Δήμος Δράμας\nΠεριφέρεια Ανατολικής Μακεδονίας και Θράκης\nΜέλος από: 2007\n"
        "Περισσότερα »\n\n"
        "Δήμος Καβάλας\nΠεριφέρεια Ανατολικής Μακεδονίας και Θράκης\nΜέλος από: 2011\n"
        "Περισσότερα »\n\n"
        "Δήμος Σερρών\nΠεριφέρεια Κεντρικής Μακεδονίας\nΜέλος από: 2012\nΠερισσότερα »\n\n"
        "Δήμος Ηρακλείου\nΠεριφέρεια Κρήτης\nΜέλος από: 2003\nΠερισσότερα »\n\n"
        "Δήμος Χανίων\nΠεριφέρεια Κρήτης\nΜέλος από: 2009\nΠερισσότερα »\n\n"
        "Δήμος Ρεθύμνης\nΠεριφέρεια Κρήτης\nΜέλος από: 2014\nΠερισσότερα »\n\n"
        "Δήμος Ρόδου\nΠεριφέρεια Νοτίου Αιγαίου\nΜέλος από: 2013\nΠερισσότερα »\n\n"
        "Δήμος Καλαμάτας\nΠεριφέρεια Πελοποννήσου\nΜέλος από: 2006\nΠερισσότερα »\n\n"
        "Δήμος Πατρέων\nΠεριφέρεια Δυτικής Ελλάδας\nΜέλος από: 2003\nΠερισσότερα »\n\n"
        "Δήμος Αγρινίου\nΠεριφέρεια Δυτικής Ελλάδας\nΜέλος από: 2016\nΠερισσότερα »\n\n"
        "Δήμος Λαμιέων\nΠεριφέρεια Στερεάς Ελλάδας\nΜέλος από: 2008\nΠερισσότερα »\n\n"
        "Δήμος Χαλκιδέων\nΠεριφέρεια Στερεάς Ελλάδας\nΜέλος από: 2018\nΠερισσότερα »\n\n"
        "Δήμος Αμαρουσίου\nΠεριφέρεια Αττικής\nΜέλος από: 2005\nΠερισσότερα »\n\n"
        "Δήμος Νέας Σμύρνης\nΠεριφέρεια Αττικής\nΜέλος από: 2021\nΠερισσότερα »",
        "Προβολή 1–21 από 21\n\n"
        "Ο δήμος σας θέλει να γίνει μέλος; Δείτε τις προϋποθέσεις ένταξης.\n\n"
        "Τελευταία νέα\n"
        "Ημερίδα για την ενεργό γήρανση στη Θεσσαλονίκη\n"
        "Ο Δήμος Κέρκυρας παρουσιάζει το νέο σχέδιο υγείας",
        "Trikala/GR; Karditsa/GR; Larisa/GR; Volos/GR; Ioannina/GR; Kozani/GR; "
        "Περιφέρεια Δυτικής Μακεδονίας|Western Macedonia/GR/region; Drama/GR; Kavala/GR; "
        "Serres/GR; Heraklion/GR; Chania/GR; Rethymno/GR; Rhodes/GR; Kalamata/GR; Patras/GR; "
        "Agrinio/GR; Lamia/GR; Chalkida/GR; Marousi/GR; Nea Smyrni/GR",
        "member cards flattened four lines a member (`Δήμος X` in the genitive, `Περιφέρεια Y`, "
        "`Μέλος από: year`, `Περισσότερα »`), a region among them; the secretariat in Athens, "
        "Thessaloniki and Corfu in news",
    ),
    Page(
        "sk-ucastnici-programu-kraje-odrazky-koordinator-martin",
        "sk",
        "bulleted;region_heading;person_after;person_named_like_place;no_country;"
        "not_signatory;inflected",
        "Účastníci programu Mestá bez bariér 2025",
        (2025, 2, 27),
        "Domov / Program / Zapojené samosprávy\n\n"
        "Do tretieho ročníka programu Mestá bez bariér sa zapojilo 23 samospráv zo všetkých "
        "krajov Slovenska. Počas roka pripravia bezbariérové úpravy verejných priestranstiev, "
        "zastávok a úradov spolu s organizáciami ľudí so zdravotným postihnutím.\n\n"
        "Program koordinuje nadácia so sídlom v Banskej Bystrici. Záverečná konferencia sa "
        "uskutoční v novembri v Trnave.\n\n"
        "Zapojené samosprávy a ich koordinátori",
        "Bratislavský kraj\n"
        "• Hlavné mesto SR Bratislava – koordinátorka: Zuzana Hrdá\n"
        "• Mesto Pezinok – koordinátor: Peter Čierny\n"
        "• Mesto Senec – koordinátorka: Lenka Vargová\n\n"
        "Trnavský kraj\n"
        "• Mesto Hlohovec – koordinátor: Martin Baláž\n"
        "• Mesto Piešťany – koordinátorka: Ivana Šimková\n"
        "• Mesto Skalica – koordinátor: Jozef Hudec\n\n"
        "Trenčiansky kraj\n"
        "• Mesto Nové Mesto nad Váhom – koordinátorka: Monika Ďurišová\n"
        "• Mesto Považská Bystrica – koordinátor: Tomáš Kubica\n\n"
        "Nitriansky kraj\n"
        "• Mesto Levice – koordinátorka: Andrea Tóthová\n"
        "• Mesto Komárno – koordinátor: Gábor Nagy\n"
        "• Mesto Šaľa – koordinátorka: Katarína Hrušková\n\n"
        "Žilinský kraj\n"
        "• Mesto Martin – koordinátor: Martin Kováč\n"
        "• Mesto Ružomberok – koordinátorka: Jana Mikulová\n"
        "• Mesto Liptovský Mikuláš – koordinátor: Pavol Kráľ\n\n"
        "Banskobystrický kraj\n"
        "• Mesto Zvolen – koordinátorka: Eva Lukáčová\n"
        "• Mesto Brezno – koordinátor: Marek Hronec\n"
        "• Mesto Lučenec – koordinátorka: Silvia Bódiová\n\n"
        "Prešovský kraj\n"
        "• Mesto Bardejov – koordinátor: Ján Kaščák\n"
        "• Mesto Humenné – koordinátorka: Mária Ferková\n"
        "• Mesto Kežmarok – koordinátor: Michal Spišák\n\n"
        "Košický kraj\n"
        "• Mesto Spišská Nová Ves – koordinátorka: Dana Kollárová\n"
        "• Mesto Michalovce – koordinátor: Róbert Fedor\n"
        "• Mesto Rožňava – koordinátorka: Alžbeta Szabóová",
        "Chcete sa zapojiť do ďalšieho ročníka? Výzva bude zverejnená v septembri.\n\n"
        "Súvisiace články\n"
        "Prešov a Žilina otvorili prvé bezbariérové úrady\n"
        "Workshop v Nitre: ako robiť audit prístupnosti",
        "Bratislava/SK; Pezinok/SK; Senec/SK; Hlohovec/SK; Piešťany/SK; Skalica/SK; "
        "Nové Mesto nad Váhom/SK; Považská Bystrica/SK; Levice/SK; Komárno/SK; Šaľa/SK; "
        "Martin/SK; Ružomberok/SK; Liptovský Mikuláš/SK; Zvolen/SK; Brezno/SK; Lučenec/SK; "
        "Bardejov/SK; Humenné/SK; Kežmarok/SK; Spišská Nová Ves/SK; Michalovce/SK; "
        "Rožňava/SK",
        "23 `Mesto X – koordinátor: Name` bullets under `X kraj` headings named like cities "
        "(Trnava, Nitra, Žilina, Prešov, Košice are not participants), coordinators named "
        "Martin beside the town Martin; the foundation `v Banskej Bystrici`, the venue `v "
        "Trnave`, Prešov, Žilina and `v Nitre` in related articles",
    ),
    Page(
        "et-programmi-osalejad-tabel-omavalitsus-maakond-kontaktisik",
        "et",
        "table_tabs;columns_after;region_after;person_after;no_country;not_signatory",
        "Programmi „Nutikas tänav” osalejad",
        (2025, 1, 14),
        "Avaleht » Programmid » Nutikas tänav\n\n"
        "Programmi „Nutikas tänav” teise vooru valiti 15 omavalitsust. Osalejad katsetavad "
        "aasta jooksul nutikaid tänavavalgustuse, parkimise ja ühistranspordi lahendusi ning "
        "jagavad kogemusi teistega. Programmi viib ellu Tartus asuv teaduspark koostöös "
        "Linnade ja Valdade Liiduga, lõpuseminar toimub detsembris Tallinnas.\n\n"
        "Osalevad omavalitsused",
        "Omavalitsus\tMaakond\tKontaktisik\tTeema\n"
        "Haapsalu linn\tLääne maakond\tKadri Mets\ttänavavalgustus\n"
        "Keila linn\tHarju maakond\tRasmus Ilves\tparkimine\n"
        "Maardu linn\tHarju maakond\tJelena Smirnova\tühistransport\n"
        "Saku vald\tHarju maakond\tTiina Saar\ttänavavalgustus\n"
        "Rakvere linn\tLääne-Viru maakond\tMarten Kask\tparkimine\n"
        "Paide linn\tJärva maakond\tAnneli Tamm\tühistransport\n"
        "Narva linn\tIda-Viru maakond\tDmitri Ivanov\ttänavavalgustus\n"
        "Sillamäe linn\tIda-Viru maakond\tOlga Petrova\tparkimine\n"
        "Jõhvi vald\tIda-Viru maakond\tKristjan Lepp\tühistransport\n"
        "Elva vald\tTartu maakond\tLiis Kuusk\ttänavavalgustus\n"
        "Põlva vald\tPõlva maakond\tMargus Rebane\tparkimine\n"
        "Võru linn\tVõru maakond\tPiret Laur\tühistransport\n"
        "Valga vald\tValga maakond\tAndres Kivi\ttänavavalgustus\n"
        "Viljandi linn\tViljandi maakond\tEvelin Org\tparkimine\n"
        "Pärnu linn\tPärnu maakond\tToomas Allik\tühistransport",
        "Järgmise vooru taotlusvoor avatakse sügisel.\n\n"
        "Seotud uudised\n"
        "Kuressaare ja Haapsalu said parima linnaruumi tunnustuse\n"
        "Rapla vald katsetab nõudepõhist bussi",
        "Haapsalu/EE; Keila/EE; Maardu/EE; Saku/EE; Rakvere/EE; Paide/EE; Narva/EE; "
        "Sillamäe/EE; Jõhvi/EE; Elva/EE; Põlva/EE; Võru/EE; Valga/EE; Viljandi/EE; Pärnu/EE",
        "a tab table `Omavalitsus` / `Maakond` / `Kontaktisik` / `Teema` of `X linn` and `X "
        "vald`, county column `Tartu maakond` beside Elva (Tartu not a participant), `Pärnu "
        "maakond` and `Viljandi maakond` beside their towns; the organiser `Tartus`, the "
        "seminar `Tallinnas`, Kuressaare and Rapla in related news",
    ),
    Page(
        "ko-hoewondosi-hyeonhwang-pyo-gukga-dosi-gaibyeondo",
        "ko",
        "table_tabs;region_before;columns_after;country_in_language;not_signatory",
        "회원도시 현황",
        (2025, 6, 30),
        "홈 > 네트워크 소개 > 회원도시\n\n"
        "아시아 환경도시 네트워크는 아시아 태평양 지역 도시들이 기후변화 대응과 자원순환 "
        "경험을 나누기 위해 2012년 창립한 국제 도시 네트워크입니다. 사무국은 "
        "인천광역시 연수구 송도에 있으며, 2024년 총회는 광주광역시에서 개최되었습니다.\n\n"
        "2025년 6월 기준 총 18개 회원도시",
        "국가\t도시\t가입연도\n"
        "대한민국\t수원시\t2012\n"
        "대한민국\t창원시\t2012\n"
        "대한민국\t순천시\t2014\n"
        "대한민국\t울산광역시\t2016\n"
        "일본\t기타큐슈시 (Kitakyushu)\t2012\n"
        "일본\t도야마시 (Toyama)\t2015\n"
        "일본\t요코하마시\t2018\n"
        "중국\t칭다오시 (Qingdao)\t2013\n"
        "중국\t다롄시\t2017\n"
        "몽골\t울란바토르시 (Ulaanbaatar)\t2014\n"
        "베트남\t다낭시 (Da Nang)\t2016\n"
        "베트남\t후에시 (Huế)\t2020\n"
        "인도네시아\t수라바야시 (Surabaya)\t2013\n"
        "필리핀\t세부시 (Cebu City)\t2019\n"
        "태국\t방콕\t2015\n"
        "말레이시아\t이포시 (Ipoh)\t2021\n"
        "캄보디아\t프놈펜 (Phnom Penh)\t2022\n"
        "라오스\t비엔티안 (Vientiane)\t2023",
        "※ 회원 가입 문의: 사무국 국제협력팀\n\n"
        "관련 소식\n"
        "부산·대구, 탄소중립 도시 교류 협약 체결\n"
        "타이베이에서 열린 자원순환 워크숍 참가 후기",
        "Suwon/KR; Changwon/KR; Suncheon/KR; Ulsan/KR; Kitakyushu/JP; Toyama/JP; Yokohama/JP; "
        "Qingdao/CN; Dalian/CN; Ulaanbaatar/MN; Da Nang/VN; Huế/VN; Surabaya/ID; "
        "Cebu City/PH; Bangkok/TH; Ipoh/MY; Phnom Penh/KH; Vientiane/LA",
        "a tab table of country (in Korean) before city in Hangul, half with the English name in "
        "brackets, and year; the secretariat in Incheon (Songdo), the venue Gwangju, Busan, "
        "Daegu and Taipei in related news",
    ),
]

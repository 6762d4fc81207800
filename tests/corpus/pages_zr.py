"""Hand-written pages, batch zr: held out from round 22 (branch acczr), written without reading the
reader or running it, before any change to it for them. Seven statements and seven member pages
in fourteen languages, modelled on how city networks publish them: an English appeal to a
review conference whose signatories are city names in capitals over `Name, Mayor` lines with
the country in brackets; a French annual report's annex of members under regional headings
with department numbers and a `Eurométropole`; German `gez.` signature blocks of a declaration
named after its venue; Spanish new members of a South American network in running text with a
country after several cities; Italian `Name, sindaca di X` between semicolons with mayors named
Ferrara and Lucca; Brazilian programme participants `Cidade/UF` under region headings; Dutch
`Name (burgemeester X)` with a wethouder named Tiel; Polish accusatives `Gminę Miejską Ełk` in a
board's resolution; a Danish cross-border declaration with `Flensborg`, `Slesvig`; Finnish award
winners in categories with genitives; Czech `primátorka statutárního města Ostravy` lines;
Hungarian `X Város Önkormányzata` under `vármegye` headings; Ukrainian adjectival `Бучанська
міська територіальна громада` with the oblast after it; Turkish `X Belediye Başkanı` under the
signer's name, beside a host metropolitan municipality. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-appeal-caps-city-over-mayor",
        "en",
        "one_a_line;person_after;not_signatory;country_in_language",
        "Appeal of the Executive Cities to the NPT Review Conference",
        (2025, 4, 28),
        "Home > Activities > Appeals\n\n"
        "To the Chair and the States Parties of the Review Conference of the Treaty on the "
        "Non-Proliferation of Nuclear Weapons, New York\n\n"
        "Eighty years after the atomic bombings, the survivors are growing old, and the "
        "promise made to them is still unkept. We, the mayors of the Executive Cities, speak "
        "for more than eight thousand member cities in 166 countries and territories.\n\n"
        "We appeal to all States Parties:\n"
        "- to honour the disarmament obligations of Article VI without further delay;\n"
        "- to refrain from any threat of use of nuclear weapons;\n"
        "- to join the Treaty on the Prohibition of Nuclear Weapons, which entered into force "
        "in 2021;\n"
        "- to listen to the hibakusha and invite them to speak at the Conference.\n\n"
        "Cities are where people live, and cities are the targets. We will keep teaching peace "
        "in our schools and planting the second-generation trees grown from seeds of the "
        "surviving trees.\n\n"
        "Signed on behalf of the Executive Cities",
        "HIROSHIMA (Japan)\nMatsuda Kenji, Mayor, President\n"
        "NAGASAKI (Japan)\nTomonaga Sachiko, Mayor, Vice-President\n"
        "HANOVER (Germany)\nBirgit Lohmann, Lord Mayor, Vice-President\n"
        "MALAKOFF (France)\nNadine Charpentier, Mayor, Vice-President\n"
        "MANCHESTER (United Kingdom)\nCllr Owen Pritchard, Lord Mayor\n"
        "YPRES (Belgium)\nKoen Vandamme, Mayor\n"
        "GRANOLLERS (Spain)\nNúria Vilaró i Puig, Mayor\n"
        "BIOGRAD NA MORU (Croatia)\nAnte Kovačević, Mayor\n"
        "DSCHANG (Cameroon)\nAlain Tchoupo, Mayor\n"
        "MONTREAL (Canada)\nÉmilie Gagnon, Mayor\n"
        "DES MOINES (United States)\nRachel Hennessy, Mayor\n"
        "MEXICO CITY (Mexico)\nLucía Rangel Ortiz, Head of Government\n"
        "MUNTINLUPA (Philippines)\nRamon Dizon, Mayor\n"
        "HALABJA (Iraq)\nSherzad Karim, Mayor\n"
        "WELLINGTON (New Zealand)\nTessa Whitcombe, Mayor",
        "Secretariat: c/o Peace Culture Foundation, Hiroshima\n\n"
        "Read also\nYouth delegation visits Vienna and Geneva\n14 April 2025\n"
        "Peace bells ring in Cordoba, Kyiv and Bucharest\n6 March 2025",
        "Hiroshima/JP; Nagasaki/JP; Hanover/DE; Malakoff/FR; Manchester/GB; Ypres/BE; "
        "Granollers/ES; Biograd na Moru/HR; Dschang/CM; Montreal/CA; Des Moines/US; "
        "Mexico City/MX; Muntinlupa/PH; Halabja/IQ; Wellington/NZ",
        "city names in capitals with the country in brackets over `Name, Mayor` lines; New "
        "York the addressee's venue, Hiroshima again as the secretariat, Vienna, Geneva, "
        "Cordoba, Kyiv, Bucharest in teasers",
    ),
    Page(
        "fr-rapport-annexe-regions-departements",
        "fr",
        "one_a_line;region_heading;region_after;body_not_city;no_country",
        "Rapport d'activité 2024 – Annexe 3 : les villes et intercommunalités membres",
        (2025, 6, 2),
        "Accueil > Ressources > Rapports d'activité\n\n"
        "Rapport d'activité 2024\n\n"
        "1. Le mot de la présidente ............ 3\n"
        "2. Les temps forts de l'année ............ 5\n"
        "3. Annexes ............ 41\n\n"
        "Annexe 3 – Liste des membres au 31 décembre 2024\n\n"
        "Le réseau compte 58 collectivités adhérentes. Les membres sont présentés par région ; "
        "le numéro entre parenthèses est celui du département. Les collectivités marquées "
        "d'un astérisque ont adhéré en 2024.",
        "Auvergne-Rhône-Alpes\n"
        "Grenoble (38)\nVilleurbanne (69)\nSaint-Étienne (42)\nChambéry (73)\n"
        "Clermont-Ferrand (63)\nAnnecy (74)*\n\n"
        "Bretagne\n"
        "Rennes (35)\nBrest (29)\nLorient (56)\nQuimper (29)*\nSaint-Brieuc (22)\n\n"
        "Grand Est\n"
        "Eurométropole de Strasbourg (67)\nNancy (54)\nMulhouse (68)\nMetz (57)\n\n"
        "Hauts-de-France\n"
        "Lille (59)\nDunkerque (59)\nAmiens (80)\nArras (62)*\n\n"
        "Nouvelle-Aquitaine\n"
        "Bordeaux (33)\nPoitiers (86)\nLa Rochelle (17)\nPau (64)\n\n"
        "Occitanie\n"
        "Toulouse (31)\nMontpellier (34)\nNîmes (30)\nAlbi (81)*\n\n"
        "Pays de la Loire\n"
        "Nantes (44)\nAngers (49)\nLe Mans (72)\nSaint-Nazaire (44)\n\n"
        "Provence-Alpes-Côte d'Azur\n"
        "Marseille (13)\nAvignon (84)\nNice (06)",
        "Les autres collectivités adhérentes (24 communes de moins de 20 000 habitants) sont "
        "listées sur la carte interactive du site.\n\n"
        "Contact : secrétariat du réseau, Hôtel de ville de Rennes, Cité administrative.\n\n"
        "Télécharger le rapport complet (PDF, 4,2 Mo)",
        "Grenoble/FR; Villeurbanne/FR; Saint-Étienne/FR; Chambéry/FR; Clermont-Ferrand/FR; "
        "Annecy/FR; Rennes/FR; Brest/FR; Lorient/FR; Quimper/FR; Saint-Brieuc/FR; "
        "Eurométropole de Strasbourg|Strasbourg Eurometropolis/FR/metropolitan area; Nancy/FR; "
        "Mulhouse/FR; Metz/FR; Lille/FR; Dunkerque/FR; Amiens/FR; Arras/FR; Bordeaux/FR; "
        "Poitiers/FR; La Rochelle/FR; Pau/FR; Toulouse/FR; Montpellier/FR; Nîmes/FR; Albi/FR; "
        "Nantes/FR; Angers/FR; Le Mans/FR; Saint-Nazaire/FR; Marseille/FR; "
        "Avignon/FR; Nice/FR",
        "a report annex: regions as headings, department numbers in brackets, asterisks for "
        "new members, a `Eurométropole`; Rennes (a member) also the secretariat's seat",
    ),
    Page(
        "de-erklaerung-gez-signaturbloecke",
        "de",
        "one_a_line;person_after;no_country;not_signatory;inflected",
        "Kasseler Erklärung: Kommunen für eine gerechte Wärmewende",
        (2024, 10, 9),
        "Startseite › Aktuelles › Pressemitteilungen\n\n"
        "Pressemitteilung Nr. 41/2024\n\n"
        "Zum Abschluss der Fachkonferenz Kommunale Wärmeplanung in Kassel haben "
        "Oberbürgermeisterinnen und Oberbürgermeister aus zehn Städten die „Kasseler "
        "Erklärung“ unterzeichnet. Gastgeber war Kassels Stadtbaurat Jörg Hellwig, der die "
        "Teilnehmenden im Rathaus begrüßte.\n\n"
        "Die Städte fordern von Bund und Ländern:\n"
        "1. eine verlässliche Förderung der Wärmenetze über das Jahr 2030 hinaus,\n"
        "2. eine Entlastung von Haushalten mit geringem Einkommen bei der Umstellung,\n"
        "3. mehr Personal für Planung und Genehmigung in den Kommunen.\n\n"
        "„Wärmeplanung ist Daseinsvorsorge“, heißt es in der Erklärung. Sie knüpft an die "
        "Leipzig-Charta zur nachhaltigen europäischen Stadt an und wird an die "
        "Bauministerkonferenz in Berlin übermittelt.\n\n"
        "Unterzeichnet haben:",
        "Stadt Münster\ngez. Dr. Annette Brinkhoff\nOberbürgermeisterin\n\n"
        "Landeshauptstadt Hannover\ngez. Yusuf Demirel\nOberbürgermeister\n\n"
        "Stadt Heidelberg\ngez. Prof. Dr. Clemens Aumüller\nOberbürgermeister\n\n"
        "Stadt Göttingen\ngez. Sabine Rothkegel\nOberbürgermeisterin\n\n"
        "Wissenschaftsstadt Darmstadt\ngez. Florian Weidinger\nOberbürgermeister\n\n"
        "Stadt Erlangen\ngez. Tobias Leinfelder\nOberbürgermeister\n\n"
        "Universitätsstadt Marburg\ngez. Katrin Oberländer\nOberbürgermeisterin\n\n"
        "Hansestadt Rostock\ngez. Henrik Kjær Madsen\nOberbürgermeister\n\n"
        "Stadt Jena\ngez. Matthias Ebersbach\nOberbürgermeister\n\n"
        "Stadt Konstanz\ngez. Uli Bodmer\nOberbürgermeister",
        "Die Erklärung steht weiteren Kommunen zur Mitzeichnung offen.\n\n"
        "Pressekontakt: Geschäftsstelle, Telefon 0561 787-4410\n\n"
        "Das könnte Sie auch interessieren\n"
        "Freiburg und Tübingen starten gemeinsames Förderprogramm\n"
        "Wärmenetze: Fachtag in Dresden am 14. November",
        "Münster/DE; Hannover/DE; Heidelberg/DE; Göttingen/DE; Darmstadt/DE; Erlangen/DE; "
        "Marburg/DE; Rostock/DE; Jena/DE; Konstanz/DE",
        "`gez.` signature blocks: body, signer, title; the declaration named after its venue "
        "Kassel (genitive `Kassels` for the host), Leipzig-Charta, Berlin the addressee, "
        "Freiburg, Tübingen, Dresden in teasers",
    ),
    Page(
        "es-nuevas-ciudades-pais-tras-varias",
        "es",
        "running_text;several_a_line;country_in_language;not_signatory",
        "La red suma once nuevas ciudades de cinco países",
        (2024, 12, 5),
        "Inicio / Noticias / Institucional\n\n"
        "Durante la Asamblea General celebrada en Niterói, el Consejo aprobó por unanimidad "
        "la incorporación de once nuevas ciudades, con lo que la red alcanza los 380 "
        "gobiernos locales asociados. La ciudad anfitriona entregó la Secretaría Ejecutiva a "
        "Montevideo, que la ejercerá durante el período 2024-2025.",
        "Se suman a la red Rafaela, Venado Tuerto y San Francisco (Argentina); Paysandú y "
        "Canelones (Uruguay); Encarnación y Ciudad del Este (Paraguay); Cochabamba y Tarija "
        "(Bolivia); y Campina Grande y Juiz de Fora (Brasil).",
        "«Ser parte de la red nos permite aprender de ciudades que ya enfrentaron los mismos "
        "desafíos», afirmó la intendenta de Paysandú, Mariela Ferreyra. Por su parte, el "
        "intendente de Rafaela, Gustavo Santillán, destacó el trabajo de la Unidad Temática "
        "de Desarrollo Económico Local, coordinada desde Rosario.\n\n"
        "La próxima Cumbre se realizará en Asunción en noviembre de 2025.\n\n"
        "Etiquetas: Asamblea, Nuevos miembros\n\n"
        "Noticias relacionadas\n"
        "Santiago y Lima comparten experiencias en movilidad\n"
        "Convocatoria abierta: pasantías en Porto Alegre",
        "Rafaela/AR; Venado Tuerto/AR; San Francisco/AR; Paysandú/UY; Canelones/UY; "
        "Encarnación/PY; Ciudad del Este/PY; Cochabamba/BO; Tarija/BO; Campina Grande/BR; "
        "Juiz de Fora/BR",
        "running text of cities grouped before a country in brackets, the last group after "
        "`; y`; San Francisco in Argentina; Niterói the venue, Montevideo the secretariat, "
        "Rosario the coordinator, Asunción the next venue",
    ),
    Page(
        "it-lettera-aperta-sindaca-di-punto-e-virgola",
        "it",
        "running_text;several_a_line;person_before;person_named_like_place;not_signatory;"
        "no_country",
        "Lettera aperta dei sindaci al Ministro dell'Interno sull'accoglienza diffusa",
        (2025, 2, 14),
        "Home > Notizie > Comunicati\n\n"
        "Signor Ministro,\n\n"
        "siamo sindache e sindaci di città grandi e piccole che da anni accolgono richiedenti "
        "asilo e rifugiati attraverso il sistema di accoglienza e integrazione. Il modello "
        "dell'accoglienza diffusa funziona: lo dimostrano i progetti nati a Riace e a "
        "Sutera, che hanno riportato vita nei piccoli centri.\n\n"
        "Le chiediamo di ripristinare i fondi per i servizi di integrazione, di coinvolgere i "
        "Comuni nelle decisioni sui centri e di riconoscere il ruolo dei sindaci come "
        "garanti della coesione sociale.\n\n"
        "Siamo disponibili a incontrarLa a Roma nelle prossime settimane.\n\n"
        "Con osservanza,",
        "Firmano: Giulia Ferrara, sindaca di Pesaro; Marco Lucca, sindaco di Bergamo; Elena "
        "Sartori, sindaca di Reggio Emilia; Davide Conti, sindaco di Lecce; Anna Maria "
        "Esposito, sindaca di Ercolano; Paolo Gentile, sindaco di Trento; Chiara Bonfanti, "
        "sindaca di Crema; Salvatore Amato, sindaco di Palermo; Roberto Zanella, sindaco di "
        "Padova; Francesca Mele, sindaca di Cagliari; Luca Pagano, sindaco di Castel San "
        "Pietro Terme; Ilaria Colombo, vicesindaca di Milano.",
        "Hanno aderito anche le associazioni del Tavolo Asilo e Immigrazione.\n\n"
        "Leggi anche\n"
        "Torino e Napoli: un anno di corridoi universitari\n"
        "A Bari il convegno nazionale sull'accoglienza",
        "Pesaro/IT; Bergamo/IT; Reggio Emilia/IT; Lecce/IT; Ercolano/IT; Trento/IT; Crema/IT; "
        "Palermo/IT; Padova/IT; Cagliari/IT; Castel San Pietro Terme/IT; Milano/IT",
        "one paragraph of `Name, sindaca di X;` after `Firmano:`, mayors named Ferrara and "
        "Lucca; Riace and Sutera as examples, Roma the addressee's seat, Torino, Napoli, Bari "
        "in teasers",
    ),
    Page(
        "pt-programa-participantes-cidade-uf",
        "pt",
        "one_a_line;state_codes;region_heading;no_country",
        "Programa Cidades Sustentáveis: municípios participantes do ciclo 2025–2028",
        (2025, 3, 20),
        "Início › O Programa › Participantes\n\n"
        "Os municípios abaixo assinaram a Carta-Compromisso e participam do ciclo 2025–2028, "
        "comprometendo-se a publicar o Plano de Metas nos primeiros 120 dias de gestão e a "
        "prestar contas dos indicadores. A lista é atualizada semanalmente.\n\n"
        "Buscar município\nFiltrar por região\n\n"
        "Total: 26 municípios",
        "Região Norte\n"
        "Belém/PA\nSantarém/PA\nPalmas/TO\nRio Branco/AC\n\n"
        "Região Nordeste\n"
        "Campina Grande/PB\nCaruaru/PE\nJuazeiro do Norte/CE\nMossoró/RN\nVitória da "
        "Conquista/BA\nImperatriz/MA\n\n"
        "Região Centro-Oeste\n"
        "Anápolis/GO\nRondonópolis/MT\nDourados/MS\n\n"
        "Região Sudeste\n"
        "Juiz de Fora/MG\nUberlândia/MG\nSão José dos Campos/SP\nPiracicaba/SP\n"
        "Niterói/RJ\nVila Velha/ES\nSão Carlos/SP\n\n"
        "Região Sul\n"
        "Joinville/SC\nChapecó/SC\nPelotas/RS\nSanta Maria/RS\nLondrina/PR\n"
        "Foz do Iguaçu/PR",
        "Não encontrou seu município? Saiba como aderir.\n\n"
        "O Programa é uma iniciativa da sociedade civil com sede em São Paulo.\n\n"
        "Veja também\nCuritiba e Recife apresentam seus planos de metas",
        "Belém/BR; Santarém/BR; Palmas/BR; Rio Branco/BR; Campina Grande/BR; Caruaru/BR; "
        "Juazeiro do Norte/BR; Mossoró/BR; Vitória da Conquista/BR; Imperatriz/BR; "
        "Anápolis/BR; Rondonópolis/BR; Dourados/BR; Juiz de Fora/BR; Uberlândia/BR; "
        "São José dos Campos/BR; Piracicaba/BR; Niterói/BR; Vila Velha/BR; São Carlos/BR; "
        "Joinville/BR; Chapecó/BR; Pelotas/BR; Santa Maria/BR; Londrina/BR; Foz do Iguaçu/BR",
        "`Cidade/UF` lines under region headings, one broken by the copy; São Paulo the seat, "
        "Curitiba and Recife in a teaser",
    ),
    Page(
        "nl-open-brief-naam-burgemeester-stad",
        "nl",
        "one_a_line;person_before;person_named_like_place;no_country;not_signatory",
        "Open brief: gemeenten kunnen de jeugdzorg niet langer alleen dragen",
        (2025, 1, 23),
        "Home > Nieuws > Open brieven\n\n"
        "Aan de minister van Volksgezondheid, Welzijn en Sport en de leden van de Tweede "
        "Kamer, Den Haag\n\n"
        "Geachte minister, geachte Kamerleden,\n\n"
        "Sinds de decentralisatie van 2015 dragen gemeenten de verantwoordelijkheid voor de "
        "jeugdzorg. Wij doen dat met overtuiging, maar de tekorten lopen op: dit jaar komen "
        "wij samen ruim 400 miljoen euro tekort. Het rapport van de commissie die in Utrecht "
        "haar conclusies presenteerde, bevestigt wat wij al jaren zeggen.\n\n"
        "Wij vragen u de Hervormingsagenda Jeugd volledig te financieren en de afspraken over "
        "de eigen bijdrage niet eenzijdig te wijzigen.\n\n"
        "Met vriendelijke groet,\n\nOndertekenaars",
        "Annelies Bosma (burgemeester Leeuwarden)\n"
        "Mark Verhoef (burgemeester Zwolle)\n"
        "Ruud Tiel (wethouder Deventer)\n"
        "Fatima el Amrani (wethouder Arnhem)\n"
        "Hans de Vries (burgemeester Emmen)\n"
        "Sanne Kuipers (wethouder Haarlem)\n"
        "Wim Hoekstra (burgemeester Heerenveen)\n"
        "Joost van Leeuwen (wethouder Dordrecht)\n"
        "Ingrid Smeets (burgemeester Venlo)\n"
        "Bart Janssen (wethouder Helmond)\n"
        "Ellen Visser (burgemeester Hoorn)\n"
        "Koen Mulder (wethouder Amersfoort)\n"
        "Yvonne Peeters (burgemeester Roermond)\n"
        "Erik Wolters (wethouder Enschede)",
        "De brief is ook verstuurd aan de Vereniging van Nederlandse Gemeenten.\n\n"
        "Deel dit bericht\n\n"
        "Lees ook\nRotterdam en Tilburg openen eerste jeugdhubs\nTerugblik: netwerkdag in "
        "Nijmegen",
        "Leeuwarden/NL; Zwolle/NL; Deventer/NL; Arnhem/NL; Emmen/NL; Haarlem/NL; "
        "Heerenveen/NL; Dordrecht/NL; Venlo/NL; Helmond/NL; Hoorn/NL; Amersfoort/NL; "
        "Roermond/NL; Enschede/NL",
        "`Name (burgemeester X)` lines, a wethouder named Tiel; Den Haag the addressee, "
        "Utrecht the venue of a report, Rotterdam, Tilburg, Nijmegen in teasers",
    ),
    Page(
        "pl-uchwala-zarzadu-biernik-gmine-miejska",
        "pl",
        "numbered;inflected;region_after;no_country;not_signatory",
        "Nowi członkowie Związku – uchwała Zarządu z 12 marca 2025 r.",
        (2025, 3, 14),
        "Strona główna » Aktualności » Z prac Zarządu\n\n"
        "Na posiedzeniu w Poznaniu Zarząd Związku podjął uchwałę nr 7/2025 w sprawie "
        "przyjęcia nowych członków. Spotkanie prowadził prezes Związku, prezydent Olsztyna "
        "Tadeusz Wierzbicki. Zarząd przyjął w poczet członków zwyczajnych:",
        "1. Gminę Miejską Ełk (woj. warmińsko-mazurskie),\n"
        "2. Gminę Miejską Kętrzyn (woj. warmińsko-mazurskie),\n"
        "3. Gminę Miejską Giżycko (woj. warmińsko-mazurskie),\n"
        "4. Miasto Braniewo (woj. warmińsko-mazurskie),\n"
        "5. Gminę Miasto Zamość (woj. lubelskie),\n"
        "6. Miasto Chełm (woj. lubelskie),\n"
        "7. Gminę Miejską Przemyśl (woj. podkarpackie),\n"
        "8. Gminę Miasto Sanok (woj. podkarpackie).",
        "Tym samym Związek zrzesza 349 miast. Uchwała wchodzi w życie z dniem podjęcia.\n\n"
        "Zarząd omówił także przygotowania do Zgromadzenia Ogólnego, które odbędzie się w "
        "Gdańsku w maju.\n\n"
        "Zobacz też\nKraków i Wrocław o finansach samorządów\nSzkolenie dla skarbników w "
        "Lublinie",
        "Ełk/PL; Kętrzyn/PL; Giżycko/PL; Braniewo/PL; Zamość/PL; Chełm/PL; Przemyśl/PL; Sanok/PL",
        "numbered accusatives `Gminę Miejską X (woj. ...)` after a board's resolution; the "
        "venue `w Poznaniu`, the president `prezydent Olsztyna`, Gdańsk the next venue",
    ),
    Page(
        "da-graenseerklaering-flensborg-slesvig",
        "da",
        "running_text;several_a_line;majority_other_country;named_twice;not_signatory",
        "Fælles erklæring om grænseoverskridende samarbejde i Region Sønderjylland-Schleswig",
        (2024, 9, 17),
        "Forside / Nyheder / Pressemeddelelser\n\n"
        "Ved et møde på Christiansborg har borgmestre og overborgmestre fra begge sider af "
        "grænsen underskrevet en fælles erklæring om arbejdsmarked, uddannelse og "
        "trafik. Mødet blev holdt på invitation af Folketingets Grænseudvalg i København.\n\n"
        "Erklæringen bygger videre på København-Bonn-erklæringerne fra 1955 og opfordrer "
        "regeringerne til at fjerne bureaukratiske barrierer for grænsependlere.",
        "Erklæringen er underskrevet af borgmestrene for Sønderborg, Aabenraa, Tønder og "
        "Haderslev Kommuner samt af overborgmesteren i Flensborg (Flensburg), borgmesteren i "
        "Slesvig og borgmesteren i Husum.",
        "»Grænsen skal være en bro og ikke en mur,« sagde borgmester for Sønderborg Kommune "
        "Mette Brodersen.\n\n"
        "Erklæringen sendes til Udenrigsministeriet og til delstatsregeringen i Kiel.\n\n"
        "Del artiklen\n\n"
        "Læs også\nEsbjerg og Ribe får ny togforbindelse\nKonference i Kolding om "
        "grænsehandel",
        "Sønderborg/DK; Aabenraa/DK; Tønder/DK; Haderslev/DK; Flensburg/DE; Schleswig/DE; Husum/DE",
        "running text: four Danish `Kommuner` named before the shared noun, German towns by "
        "Danish exonyms `Flensborg (Flensburg)`, `Slesvig`; København the venue and Bonn in a "
        "treaty, Kiel the addressee, Esbjerg, Ribe, Kolding in teasers",
    ),
    Page(
        "fi-palkitut-kunnat-sarjat-genetiivi",
        "fi",
        "one_a_line;inflected;no_country;not_signatory",
        "Vuoden ilmastokunta 2024 -palkinnot jaettiin Lahdessa",
        (2024, 11, 28),
        "Etusivu > Ajankohtaista > Tiedotteet\n\n"
        "Kuntien ilmastokonferenssissa Lahdessa jaettiin torstaina Vuoden ilmastokunta "
        "-palkinnot. Raati arvioi 46 ehdotusta, ja palkinnot luovutti ympäristöministeriön "
        "kansliapäällikkö. Konferenssin avasi Lahden apulaispormestari Tuomas Rinne.\n\n"
        "Palkitut kunnat",
        "Suurten kaupunkien sarja: Oulun kaupunki – kaukolämmön päästöttömäksi tekeminen\n"
        "Keskisuurten kaupunkien sarja: Seinäjoen kaupunki – energiayhteisöt asuinalueille\n"
        "Pienten kuntien sarja: Iin kunta – kunnan omat aurinkovoimalat\n"
        "Kunniamaininta: Iisalmen kaupunki – koulujen ruokahävikin puolittaminen\n"
        "Kunniamaininta: Kajaanin kaupunki – kevyen liikenteen talvikunnossapito\n"
        "Kunniamaininta: Porvoon kaupunki – asukkaiden ilmastoraati",
        "Raadin puheenjohtajana toimi professori Kaisa Heinonen Jyväskylän yliopistosta. "
        "Ensi vuoden konferenssi järjestetään Tampereella.\n\n"
        "Jaa\n\nLue myös\nEspoo ja Vantaa mukaan uuteen hankkeeseen",
        "Oulu/FI; Seinäjoki/FI; Ii/FI; Iisalmi/FI; Kajaani/FI; Porvoo/FI",
        "award winners and honourable mentions as `Sarja: Xn kaupunki – hanke` lines in the "
        "genitive, a municipality named Ii; the venue `Lahdessa` and its deputy mayor, "
        "Jyväskylä's university, the next venue `Tampereella`, Espoo and Vantaa in a teaser",
    ),
    Page(
        "cs-memorandum-primatorka-statutarniho-mesta",
        "cs",
        "bulleted;inflected;person_before;no_country;not_signatory",
        "Memorandum měst o dostupném bydlení",
        (2025, 4, 10),
        "Úvod » Aktuality » Tiskové zprávy\n\n"
        "Představitelé devíti měst podepsali v úterý v Pardubicích memorandum o spolupráci "
        "při řešení dostupnosti bydlení. Setkání hostil primátor Pardubic Jan Novotný, "
        "memorandum však jako pozorovatel nepodepsal.\n\n"
        "Města se zavazují sdílet zkušenosti s městskými nájemními byty, společně "
        "vyjednávat s ministerstvem o podpoře výstavby a zřídit pracovní skupinu, jejímž "
        "sekretariátem bude pověřeno Brno.\n\n"
        "Memorandum podepsali:",
        "• primátorka statutárního města Ostravy Lenka Horáková\n"
        "• primátor statutárního města Plzně Petr Šimek\n"
        "• primátor statutárního města Olomouce Pavel Dostál\n"
        "• primátorka statutárního města Liberce Jana Kubátová\n"
        "• primátor statutárního města Hradce Králové Martin Vondra\n"
        "• primátor statutárního města Českých Budějovic Tomáš Kratochvíl\n"
        "• primátorka statutárního města Zlína Eva Machalová\n"
        "• starosta města Třeboně Jiří Hájek\n"
        "• starostka města Jablonce nad Nisou Alena Pokorná",
        "Sdílet: Facebook | X | E-mail\n\n"
        "Související články\nPraha a Kladno chystají společný tendr na tramvaje\n"
        "Konference Zdravých měst v Kroměříži",
        "Ostrava/CZ; Plzeň/CZ; Olomouc/CZ; Liberec/CZ; Hradec Králové/CZ; "
        "České Budějovice/CZ; Zlín/CZ; Třeboň/CZ; Jablonec nad Nisou/CZ",
        "bulleted `primátorka statutárního města X (genitive) Name` lines; the host Pardubice "
        "did not sign, Brno the secretariat, Praha, Kladno, Kroměříž in teasers",
    ),
    Page(
        "hu-tagjaink-varmegye-onkormanyzata",
        "hu",
        "one_a_line;region_heading;no_country",
        "Tagjaink",
        (2025, 1, 8),
        "Főoldal > Szövetségünk > Tagjaink\n\n"
        "Szövetségünk tagjai azok a települési önkormányzatok, amelyek elfogadták "
        "alapszabályunkat és vállalták az egészségfejlesztési tervek elkészítését. A "
        "tagönkormányzatokat vármegyénként soroljuk fel.",
        "Baranya vármegye\n"
        "Pécs Megyei Jogú Város Önkormányzata\nMohács Város Önkormányzata\n\n"
        "Bács-Kiskun vármegye\n"
        "Kecskemét Megyei Jogú Város Önkormányzata\nKiskunfélegyháza Város Önkormányzata\n"
        "Baja Város Önkormányzata\n\n"
        "Borsod-Abaúj-Zemplén vármegye\n"
        "Miskolc Megyei Jogú Város Önkormányzata\nTiszaújváros Város Önkormányzata\n\n"
        "Csongrád-Csanád vármegye\n"
        "Szeged Megyei Jogú Város Önkormányzata\nHódmezővásárhely Megyei Jogú Város "
        "Önkormányzata\n\n"
        "Győr-Moson-Sopron vármegye\n"
        "Győr Megyei Jogú Város Önkormányzata\nMosonmagyaróvár Város Önkormányzata\n\n"
        "Hajdú-Bihar vármegye\n"
        "Debrecen Megyei Jogú Város Önkormányzata\n\n"
        "Vas vármegye\n"
        "Szombathely Megyei Jogú Város Önkormányzata\nKőszeg Város Önkormányzata",
        "Szeretne csatlakozni? Töltse ki a belépési nyilatkozatot.\n\n"
        "Titkárság: 1051 Budapest, Arany János utca 24.",
        "Pécs/HU; Mohács/HU; Kecskemét/HU; Kiskunfélegyháza/HU; Baja/HU; Miskolc/HU; "
        "Tiszaújváros/HU; Szeged/HU; Hódmezővásárhely/HU; Győr/HU; Mosonmagyaróvár/HU; "
        "Debrecen/HU; Szombathely/HU; Kőszeg/HU",
        "a members directory of `X (Megyei Jogú) Város Önkormányzata` under `vármegye` "
        "headings, one entry broken by the copy; Budapest the secretariat's address",
    ),
    Page(
        "uk-uhoda-meriv-hromady-oblast-tablytsia",
        "uk",
        "table_tabs;inflected;region_after;columns_after;no_country",
        "Угода мерів: нові підписанти з України",
        (2025, 2, 27),
        "Головна / Новини / Нові підписанти\n\n"
        "До Угоди мерів – Схід за останні пів року приєдналися ще десять українських "
        "громад. Вони зобов'язалися впродовж двох років розробити План дій зі сталого "
        "енергетичного розвитку та клімату з урахуванням потреб відбудови. Презентація "
        "відбулася у Львові за участі Офісу Угоди мерів у Києві.",
        "Громада\tОбласть\tДата приєднання\n"
        "Бучанська міська територіальна громада\tКиївська\t14.08.2024\n"
        "Ірпінська міська територіальна громада\tКиївська\t14.08.2024\n"
        "Славутицька міська територіальна громада\tКиївська\t02.09.2024\n"
        "Житомирська міська територіальна громада\tЖитомирська\t02.09.2024\n"
        "Вінницька міська територіальна громада\tВінницька\t19.09.2024\n"
        "Кам'янець-Подільська міська територіальна громада\tХмельницька\t10.10.2024\n"
        "Мукачівська міська територіальна громада\tЗакарпатська\t10.10.2024\n"
        "Дрогобицька міська територіальна громада\tЛьвівська\t21.11.2024\n"
        "Полтавська міська територіальна громада\tПолтавська\t21.11.2024\n"
        "Білоцерківська міська територіальна громада\tКиївська\t30.01.2025",
        "Поділитися\n\n"
        "Читайте також\nХарків та Одеса отримали гранти на енергоаудит\n"
        "Вебінар для громад Чернігівщини",
        "Bucha/UA; Irpin/UA; Slavutych/UA; Zhytomyr/UA; Vinnytsia/UA; "
        "Kamianets-Podilskyi|Kamyanets-Podilskyi/UA; Mukachevo/UA; Drohobych/UA; Poltava/UA; "
        "Bila Tserkva/UA",
        "a tab table of adjectival `X-ська міська територіальна громада` with the oblast (the "
        "same adjective as the city for Житомирська, Вінницька, Полтавська) and a date; the "
        "venue `у Львові`, the office `у Києві`, Харків and Одеса in a teaser",
    ),
    Page(
        "tr-ortak-bildirge-isim-ustte-baskan-altta",
        "tr",
        "one_a_line;person_before;no_country;not_signatory",
        "Marmara Belediyeleri Afete Dirençli Kentler Ortak Bildirgesi",
        (2024, 11, 12),
        "Ana Sayfa / Haberler / Basın Bültenleri\n\n"
        "Kocaeli Büyükşehir Belediyesi'nin ev sahipliğinde İzmit'te düzenlenen Afete "
        "Dirençli Kentler Zirvesi'nde Marmara Bölgesi'ndeki belediyeler ortak bir bildirge "
        "yayımladı. 1999 Gölcük depreminin 25. yılında düzenlenen zirvede belediye "
        "başkanları, kentsel dönüşüm, toplanma alanları ve afet gönüllülüğü konularında "
        "ortak hareket etme kararı aldı.\n\n"
        "Bildirgede, riskli yapıların tespiti için ortak bir veri platformu kurulması ve "
        "belediyeler arasında arama kurtarma ekiplerinin paylaşılması öngörülüyor.\n\n"
        "Bildirgeyi imzalayan belediye başkanları:",
        "Ayşe Karaca\nBursa Büyükşehir Belediye Başkanı\n\n"
        "Mehmet Yıldırım\nTekirdağ Büyükşehir Belediye Başkanı\n\n"
        "Zeynep Aksoy\nBalıkesir Büyükşehir Belediye Başkanı\n\n"
        "Hakan Demirtaş\nYalova Belediye Başkanı\n\n"
        "Elif Şahin\nNilüfer Belediye Başkanı\n\n"
        "Murat Öztürk\nGebze Belediye Başkanı\n\n"
        "Serkan Kılıç\nÇorlu Belediye Başkanı\n\n"
        "Gülşen Arslan\nBandırma Belediye Başkanı\n\n"
        "Emre Koç\nİnegöl Belediye Başkanı",
        "Zirvenin bir sonraki buluşması 2025 yılında Sakarya'da yapılacak.\n\n"
        "Paylaş\n\nİlgili Haberler\nİstanbul ve Edirne'den ortak kültür rotası\n"
        "Çanakkale'de iklim çalıştayı",
        "Bursa/TR; Tekirdağ/TR; Balıkesir/TR; Yalova/TR; Nilüfer/TR; Gebze/TR; Çorlu/TR; "
        "Bandırma/TR; İnegöl/TR",
        "`Name` over `X (Büyükşehir) Belediye Başkanı` blocks; the host Kocaeli Büyükşehir "
        "Belediyesi and venue `İzmit'te`, Gölcük's earthquake, Sakarya the next venue, "
        "İstanbul, Edirne, Çanakkale in teasers",
    ),
]

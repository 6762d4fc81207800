"""Hand-written pages, batch zm: held out before the column reader (branch acczm), written
without reading the reader, its tests or the other batches (beyond a page of pages_zj.py).
Lists as they come out of tables and directories when a person copies them: a browser's copy
of an HTML table (tab-separated rows, or one cell a line), a PDF's copy (columns aligned with
spaces, or one cell a line, with running page headers and page numbers), a spreadsheet pasted
as text, a directory of member cards. The columns are the ones such tables have (state,
province, region, county, district, kraj, judeţ, fylke, maakunta, country, population, date
joined or signed, mayor's name, category, website) in varying order, with and without a header
row, sometimes with row numbers; regions and provinces named like cities (Utrecht, Antwerpen,
Vienne, Setúbal, Lisboa, Faro, Braga, Luxemburg) and people named like places (León, Molde,
Messina, Ribe). 7 statements' signatory tables (en US, fr, de, it, nl, no, cs) and 7 member
directories (es, pt, pl, da, fi, ro, tr), 10 to 16 entries each. Invented texts and people,
real places and real regions.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-us-mayors-statement-html-table-tabs-row-numbers-state-column",
        "en",
        "table_tabs;numbered;columns_after;region_after;region_like_country;not_signatory;teasers",
        "Mayors' statement on safe routes to school: signatories",
        (2025, 9, 18),
        "Statements > Safe Routes to School\n\n"
        "Mayors' statement on safe routes to school\n\n"
        "Released at the fall meeting of the Mayors' Active Transportation Caucus, "
        "Washington, D.C.\n\n"
        "Every child should be able to walk or bike to school safely. Yet in too many of our "
        "neighborhoods the trip to school means crossing a six-lane arterial without a "
        "signal. We, the undersigned mayors, commit to map every school zone in our cities by "
        "the end of 2026, to lower speed limits to 20 mph within a quarter mile of every "
        "elementary school, and to publish the data each year.\n\n"
        "We call on Congress to keep the Safe Routes to School set-aside in the next surface "
        "transportation bill and on our state departments of transportation to let cities "
        "set speed limits on state routes that run past schools.\n\n"
        "The statement remains open for signature. The table below lists the mayors who "
        "have signed so far, in the order they signed.\n\n"
        "Signatories (13)",
        "#\tMayor\tCity\tState\tPopulation (2020 Census)\tDate signed\n"
        "1\tDeShawn Whitaker\tSavannah\tGeorgia\t147,780\tSep 18, 2025\n"
        "2\tMaria Elena Cortez\tTucson\tArizona\t542,629\tSep 18, 2025\n"
        "3\tKaren Lindqvist\tMadison\tWisconsin\t269,840\tSep 18, 2025\n"
        "4\tJames Holloway\tBoise\tIdaho\t235,684\tSep 18, 2025\n"
        "5\tRosa Villanueva\tAlbuquerque\tNew Mexico\t564,559\tSep 19, 2025\n"
        "6\tAnthony Ferreira\tProvidence\tRhode Island\t190,934\tSep 19, 2025\n"
        "7\tLatoya Simmons\tDayton\tOhio\t137,644\tSep 22, 2025\n"
        "8\tDavid Kowalczyk\tAnn Arbor\tMichigan\t123,851\tSep 22, 2025\n"
        "9\tPatricia Odom\tAthens-Clarke County\tGeorgia\t127,315\tSep 23, 2025\n"
        "10\tMarcus Bell\tDurham\tNorth Carolina\t283,506\tSep 25, 2025\n"
        "11\tEmily Tran\tSalt Lake City\tUtah\t199,723\tSep 29, 2025\n"
        "12\tOwen Gallagher\tBurlington\tVermont\t44,743\tOct 2, 2025\n"
        "13\tSarah Pelletier\tPortland\tMaine\t68,408\tOct 6, 2025",
        "Showing 1 to 13 of 13 entries\n\n"
        "Is your mayor missing? City staff can add their mayor's name through the "
        "signatory form.\n\n"
        "Press contact: Jordan Reyes, Communications Director\n\n"
        "More from the Caucus\n"
        "Minneapolis and Pittsburgh share lessons from two years of quick-build bike lanes\n"
        "Webinar recording: school streets pilots in Denver and Hoboken",
        "Savannah/US; Tucson/US; Madison/US; Boise/US; Albuquerque/US; Providence/US; "
        "Dayton/US; Ann Arbor/US; Athens/US; Durham/US; Salt Lake City/US; Burlington/US; "
        "Portland/US",
        "13 rows of a tab table `#`, Mayor, City, State (full names: Georgia twice, New "
        "Mexico), population, date; `Athens-Clarke County` for Athens; Portland in Maine; "
        "Washington, D.C. the venue; Minneapolis, Pittsburgh, Denver, Hoboken in teasers",
    ),
    Page(
        "fr-declaration-pdf-colonnes-alignees-departement-region-entete-page",
        "fr",
        "region_after;person_after;columns_after;not_signatory;person_named_like_place",
        "Déclaration de Besançon pour une restauration scolaire durable",
        (2025, 3, 27),
        "Accueil > Ressources > Déclarations\n\n"
        "Déclaration de Besançon pour une restauration scolaire durable\n\n"
        "Réunies à Besançon les 26 et 27 mars 2025 à l'invitation de la ville hôte, les "
        "communes membres du réseau ont adopté une déclaration commune sur la restauration "
        "scolaire. Elles s'engagent à servir au moins 50 % de produits durables, dont 30 % "
        "issus de l'agriculture biologique, d'ici 2027, à proposer chaque jour une option "
        "végétarienne et à réduire de moitié le gaspillage alimentaire dans les cantines.\n\n"
        "La déclaration est téléchargeable au format PDF. Nous reproduisons ci-dessous son "
        "annexe, la liste des communes signataires.\n\n"
        "ANNEXE – COMMUNES SIGNATAIRES",
        "Commune                  Département            Région                         Maire\n"
        "Grenoble                 Isère                  Auvergne-Rhône-Alpes           "
        "Claire Dumont\n"
        "Rennes                   Ille-et-Vilaine        Bretagne                       "
        "Yann Le Goff\n"
        "Nantes                   Loire-Atlantique       Pays de la Loire               "
        "Pascale Guérin\n"
        "Strasbourg               Bas-Rhin               Grand Est                      "
        "Thomas Weber\n"
        "Lille                    Nord                   Hauts-de-France                "
        "Nadia Benali\n"
        "Montpellier              Hérault                Occitanie                      "
        "Michel Fabre\n"
        "\n"
        "Déclaration de Besançon – Réseau des cantines durables                      page 2/3\n"
        "\n"
        "Commune                  Département            Région                         Maire\n"
        "Poitiers                 Vienne                 Nouvelle-Aquitaine             "
        "Sophie Toulouse\n"
        "Tours                    Indre-et-Loire         Centre-Val de Loire            "
        "Olivier Marchand\n"
        "Dijon                    Côte-d'Or              Bourgogne-Franche-Comté        "
        "Agnès Perrin\n"
        "Angers                   Maine-et-Loire         Pays de la Loire               "
        "Bruno Lemaire\n"
        "Lorient                  Morbihan               Bretagne                       "
        "Gwenaëlle Tanguy\n"
        "Bordeaux                 Gironde                Nouvelle-Aquitaine             "
        "Julien Arnaud\n"
        "Mouans-Sartoux           Alpes-Maritimes        Provence-Alpes-Côte d'Azur     "
        "Henri Castel",
        "Déclaration de Besançon – Réseau des cantines durables                      page 3/3\n\n"
        "Contact presse : Élodie Marchetti, chargée de communication\n\n"
        "Partager : Facebook | LinkedIn | Courriel",
        "Grenoble/FR; Rennes/FR; Nantes/FR; Strasbourg/FR; Lille/FR; Montpellier/FR; "
        "Poitiers/FR; Tours/FR; Dijon/FR; Angers/FR; Lorient/FR; Bordeaux/FR; "
        "Mouans-Sartoux/FR",
        "13 communes in a PDF table aligned with spaces (commune, département, région, maire), "
        "a running header `page 2/3` and the header row repeated; Poitiers in the Vienne "
        "département; a mayor named Toulouse; Besançon the host and the declaration's name",
    ),
    Page(
        "de-resolution-tabelle-eingefuegt-ohne-kopfzeile-land-zuerst-nummern",
        "de",
        "table_tabs;numbered;region_before;columns_after;body_not_city;not_signatory",
        "Resolution „Sichere Radwege jetzt“: diese Kommunen haben unterzeichnet",
        (2025, 5, 14),
        "Startseite › Aktuelles › Resolution Radverkehr\n\n"
        "Resolution „Sichere Radwege jetzt“\n\n"
        "Auf ihrer Mitgliederversammlung in Berlin haben die fahrradfreundlichen Kommunen eine "
        "Resolution an die Bundesregierung und den Bundestag verabschiedet. Sie fordern, das "
        "Straßenverkehrsgesetz so zu ändern, dass Kommunen Tempo 30 und geschützte Radwege "
        "anordnen können, ohne erst eine besondere Gefahrenlage nachzuweisen, und die Mittel "
        "des Sonderprogramms Stadt und Land bis 2030 zu verstetigen.\n\n"
        "Die Liste der unterzeichnenden Kommunen führen wir als Tabelle; wir haben sie hier "
        "aus unserer Tabellenkalkulation eingefügt (Stand 14. Mai 2025):",
        "1\tBaden-Württemberg\tStadt Freiburg im Breisgau\t236.140\t07.05.2025\n"
        "2\tBaden-Württemberg\tUniversitätsstadt Tübingen\t92.811\t07.05.2025\n"
        "3\tBaden-Württemberg\tLandkreis Tübingen\t230.000\t08.05.2025\n"
        "4\tBaden-Württemberg\tStadt Heidelberg\t162.960\t09.05.2025\n"
        "5\tNordrhein-Westfalen\tStadt Münster\t322.904\t07.05.2025\n"
        "6\tNordrhein-Westfalen\tBundesstadt Bonn\t336.465\t12.05.2025\n"
        "7\tNiedersachsen\tLandeshauptstadt Hannover\t548.186\t07.05.2025\n"
        "8\tNiedersachsen\tStadt Osnabrück\t167.366\t13.05.2025\n"
        "9\tHessen\tStadt Kassel\t204.202\t08.05.2025\n"
        "10\tHessen\tWissenschaftsstadt Darmstadt\t163.297\t08.05.2025\n"
        "11\tThüringen\tLandeshauptstadt Erfurt\t216.330\t09.05.2025\n"
        "12\tThüringen\tStadt Jena\t110.731\t12.05.2025\n"
        "13\tBrandenburg\tLandeshauptstadt Potsdam\t187.119\t07.05.2025\n"
        "14\tMecklenburg-Vorpommern\tHanse- und Universitätsstadt Rostock\t210.795\t"
        "13.05.2025\n"
        "15\tSaarland\tLandeshauptstadt Saarbrücken\t183.509\t14.05.2025\n"
        "16\tRheinland-Pfalz\tStadt Trier\t111.528\t14.05.2025",
        "Weitere Kommunen können bis zum 30. Juni beitreten. Die Resolution wird im Juli in "
        "Berlin an das Bundesministerium für Digitales und Verkehr übergeben.\n\n"
        "Ansprechpartnerin: Sabine Krüger, Referentin Verkehrspolitik",
        "Freiburg im Breisgau|Freiburg/DE; Tübingen/DE; "
        "Landkreis Tübingen|Tübingen District/DE/county; Heidelberg/DE; Münster/DE; Bonn/DE; "
        "Hannover|Hanover/DE; Osnabrück/DE; Kassel/DE; Darmstadt/DE; Erfurt/DE; Jena/DE; "
        "Potsdam/DE; Rostock/DE; Saarbrücken/DE; Trier/DE",
        "a spreadsheet pasted without its header row: number, Land, official name (`Stadt`, "
        "`Universitätsstadt`, `Bundesstadt`, `Hanse- und Universitätsstadt`), population, "
        "date; a Landkreis beside its seat; Berlin the venue and the addressee's seat",
    ),
    Page(
        "es-directorio-fichas-comunidad-provincia-alcalde-ver-ficha",
        "es",
        "region_after;person_after;person_named_like_place;columns_after;country_in_language",
        "Directorio de municipios de la Red de Municipios por el Clima",
        (2025, 2, 10),
        "Inicio > La Red > Municipios miembros\n\n"
        "Municipios miembros\n\n"
        "La Red de Municipios por el Clima agrupa a ayuntamientos de toda España que se han "
        "comprometido a reducir sus emisiones un 55 % en 2030. Consulta la ficha de cada "
        "municipio para conocer su plan de acción y sus personas de contacto.\n\n"
        "Filtrar por comunidad autónoma: Todas | Andalucía | Aragón | Asturias | Cantabria | "
        "Castilla-La Mancha | Castilla y León | Comunitat Valenciana | Extremadura | "
        "La Rioja | Murcia | Navarra | País Vasco\n\n"
        "Mostrando 12 municipios",
        "Vitoria-Gasteiz\n"
        "País Vasco · Araba/Álava\n"
        "Alcaldesa: Ainhoa Etxeberria Ruiz\n"
        "Miembro desde 2009\n"
        "www.vitoria-gasteiz.org\n"
        "Ver ficha\n\n"
        "Pamplona/Iruña\n"
        "Navarra · Navarra\n"
        "Alcalde: Iñaki Goñi Larraya\n"
        "Miembro desde 2010\n"
        "www.pamplona.es\n"
        "Ver ficha\n\n"
        "Logroño\n"
        "La Rioja · La Rioja\n"
        "Alcaldesa: Marta Sáenz de Cabezón\n"
        "Miembro desde 2012\n"
        "www.logrono.es\n"
        "Ver ficha\n\n"
        "Zaragoza\n"
        "Aragón · Zaragoza\n"
        "Alcalde: Javier Lasheras Gil\n"
        "Miembro desde 2009\n"
        "www.zaragoza.es\n"
        "Ver ficha\n\n"
        "Huesca\n"
        "Aragón · Huesca\n"
        "Alcaldesa: Pilar Ferrer Lanaspa\n"
        "Miembro desde 2018\n"
        "www.huesca.es\n"
        "Ver ficha\n\n"
        "Santander\n"
        "Cantabria · Cantabria\n"
        "Alcalde: Andrés León Prieto\n"
        "Miembro desde 2011\n"
        "santander.es\n"
        "Ver ficha\n\n"
        "Gijón/Xixón\n"
        "Principado de Asturias · Asturias\n"
        "Alcaldesa: Covadonga Álvarez Menéndez\n"
        "Miembro desde 2009\n"
        "www.gijon.es\n"
        "Ver ficha\n\n"
        "Toledo\n"
        "Castilla-La Mancha · Toledo\n"
        "Alcalde: Luis Soria Martín\n"
        "Miembro desde 2015\n"
        "www.toledo.es\n"
        "Ver ficha\n\n"
        "Córdoba\n"
        "Andalucía · Córdoba\n"
        "Alcaldesa: Rocío Castillo Navarro\n"
        "Miembro desde 2013\n"
        "www.cordoba.es\n"
        "Ver ficha\n\n"
        "Murcia\n"
        "Región de Murcia · Murcia\n"
        "Alcalde: Antonio Marín Sánchez\n"
        "Miembro desde 2016\n"
        "www.murcia.es\n"
        "Ver ficha\n\n"
        "Alicante/Alacant\n"
        "Comunitat Valenciana · Alicante/Alacant\n"
        "Alcaldesa: Lucía Pastor Mira\n"
        "Miembro desde 2019\n"
        "www.alicante.es\n"
        "Ver ficha\n\n"
        "Cáceres\n"
        "Extremadura · Cáceres\n"
        "Alcalde: Fernando Durán Rey\n"
        "Miembro desde 2021\n"
        "www.ayto-caceres.es\n"
        "Ver ficha",
        "¿Tu ayuntamiento quiere unirse? Descarga el formulario de adhesión.\n\n"
        "Secretaría técnica: Paseo de la Castellana 110, 28046 Madrid",
        "Vitoria-Gasteiz/ES; Pamplona/ES; Logroño/ES; Zaragoza/ES; Huesca/ES; Santander/ES; "
        "Gijón/ES; Toledo/ES; Córdoba/ES; Murcia/ES; Alicante/ES; Cáceres/ES",
        "12 member cards flattened six lines each (name, `Comunidad · provincia`, mayor, year, "
        "website, `Ver ficha`); provinces named like their capitals; bilingual names with a "
        "slash; mayors named León and Soria; a filter of comunidades above; Madrid the "
        "secretariat",
    ),
    Page(
        "it-carta-sindaci-tabella-una-cella-per-riga-provincia-regione",
        "it",
        "one_a_line;region_after;person_after;columns_after;person_named_like_place;not_signatory",
        "Carta dei sindaci per l'acqua pubblica: i firmatari",
        (2025, 3, 22),
        "Home › Campagne › Acqua bene comune\n\n"
        "Carta dei sindaci per l'acqua pubblica\n\n"
        "In occasione della Giornata mondiale dell'acqua, il coordinamento nazionale ha "
        "presentato a Roma la Carta dei sindaci per l'acqua pubblica. I Comuni firmatari si "
        "impegnano a mantenere in mano pubblica la gestione del servizio idrico, a ridurre le "
        "perdite delle reti sotto il 25% entro il 2030 e a installare almeno una casa "
        "dell'acqua in ogni quartiere.\n\n"
        "La Carta resta aperta alla firma. Ecco la tabella dei Comuni che l'hanno sottoscritta "
        "finora.",
        "Comune\n"
        "Provincia\n"
        "Regione\n"
        "Sindaco/a\n"
        "Data di adesione\n"
        "Bergamo\n"
        "Bergamo\n"
        "Lombardia\n"
        "Elena Gritti\n"
        "22/03/2025\n"
        "Brescia\n"
        "Brescia\n"
        "Lombardia\n"
        "Paolo Bonomi\n"
        "22/03/2025\n"
        "Trento\n"
        "Trento\n"
        "Trentino-Alto Adige\n"
        "Francesca Dallapiccola\n"
        "22/03/2025\n"
        "Padova\n"
        "Padova\n"
        "Veneto\n"
        "Giovanni Zanetti\n"
        "24/03/2025\n"
        "Reggio Emilia\n"
        "Reggio nell'Emilia\n"
        "Emilia-Romagna\n"
        "Chiara Messina\n"
        "24/03/2025\n"
        "Prato\n"
        "Prato\n"
        "Toscana\n"
        "Lorenzo Bettini\n"
        "25/03/2025\n"
        "Perugia\n"
        "Perugia\n"
        "Umbria\n"
        "Silvia Orsini\n"
        "26/03/2025\n"
        "Pesaro\n"
        "Pesaro e Urbino\n"
        "Marche\n"
        "Andrea Ricci\n"
        "27/03/2025\n"
        "Lecce\n"
        "Lecce\n"
        "Puglia\n"
        "Antonio De Pascalis\n"
        "28/03/2025\n"
        "Cagliari\n"
        "Città metropolitana di Cagliari\n"
        "Sardegna\n"
        "Maria Grazia Pinna\n"
        "31/03/2025",
        "Vuoi che anche il tuo Comune firmi? Scrivi alla segreteria della campagna.\n\n"
        "Condividi: Facebook · X · WhatsApp\n\n"
        "Leggi anche\n"
        "Napoli e Torino: la ripubblicizzazione dell'acqua dieci anni dopo",
        "Bergamo/IT; Brescia/IT; Trento/IT; Padova|Padua/IT; Reggio Emilia/IT; Prato/IT; "
        "Perugia/IT; Pesaro/IT; Lecce/IT; Cagliari/IT",
        "an HTML table copied one cell a line, header row of five cells, ten rows of comune, "
        "provincia (mostly the same name), regione, sindaco, date; a mayor named Messina; "
        "Roma the venue; Napoli and Torino in a teaser",
    ),
    Page(
        "pt-diretorio-pdf-uma-celula-por-linha-distrito-cabecalho-pagina",
        "pt",
        "one_a_line;region_after;person_after;columns_after;not_signatory",
        "Diretório de membros 2025 da Rede de Municípios Amigos das Pessoas Idosas",
        (2025, 4, 7),
        "Início > Publicações > Diretório de membros\n\n"
        "Diretório de membros 2025\n\n"
        "A Rede de Municípios Amigos das Pessoas Idosas publica todos os anos o diretório dos "
        "seus membros, com o contacto de cada câmara municipal. O diretório em PDF está "
        "disponível para descarregar; abaixo pode consultar a lista de municípios e a "
        "respetiva data de adesão.",
        "Município\n"
        "Distrito / Região Autónoma\n"
        "Presidente da Câmara\n"
        "Adesão\n"
        "Braga\n"
        "Braga\n"
        "Hugo Macedo\n"
        "2014\n"
        "Guimarães\n"
        "Braga\n"
        "Teresa Freitas\n"
        "2016\n"
        "Bragança\n"
        "Bragança\n"
        "Manuel Pires\n"
        "2019\n"
        "Viseu\n"
        "Viseu\n"
        "Rui Viana\n"
        "2015\n"
        "Aveiro\n"
        "Aveiro\n"
        "Sofia Marques\n"
        "2014\n"
        "Coimbra\n"
        "Coimbra\n"
        "Paulo Simões\n"
        "2017\n"
        "Diretório de membros 2025 · Rede de Municípios Amigos das Pessoas Idosas · 4\n"
        "Município\n"
        "Distrito / Região Autónoma\n"
        "Presidente da Câmara\n"
        "Adesão\n"
        "Leiria\n"
        "Leiria\n"
        "Catarina Gaspar\n"
        "2018\n"
        "Cascais\n"
        "Lisboa\n"
        "Miguel Sequeira\n"
        "2014\n"
        "Almada\n"
        "Setúbal\n"
        "Inês Rodrigues\n"
        "2020\n"
        "Évora\n"
        "Évora\n"
        "José Calado\n"
        "2016\n"
        "Loulé\n"
        "Faro\n"
        "Filipa Guerreiro\n"
        "2021\n"
        "Funchal\n"
        "Região Autónoma da Madeira\n"
        "Duarte Gouveia\n"
        "2019\n"
        "Ponta Delgada\n"
        "Região Autónoma dos Açores\n"
        "Beatriz Medeiros\n"
        "2022\n"
        "Diretório de membros 2025 · Rede de Municípios Amigos das Pessoas Idosas · 5",
        "Secretariado técnico: Rua do Ouro 40, 1100-063 Lisboa\n\n"
        "Partilhar: Facebook | LinkedIn | E-mail",
        "Braga/PT; Guimarães/PT; Bragança/PT; Viseu/PT; Aveiro/PT; Coimbra/PT; Leiria/PT; "
        "Cascais/PT; Almada/PT; Évora/PT; Loulé/PT; Funchal/PT; Ponta Delgada/PT",
        "a PDF table copied one cell a line (município, distrito, presidente, year), the "
        "header repeated after a running footer with a page number; districts named like "
        "cities that are not members there (Lisboa for Cascais, Setúbal for Almada, Faro for "
        "Loulé, Braga twice); a president named Viana; Lisboa the secretariat",
    ),
    Page(
        "nl-open-brief-tabel-tabs-land-provincie-gemeente-burgemeester",
        "nl",
        "table_tabs;region_before;country_in_language;person_after;region_like_country;"
        "not_signatory",
        "Open brief van burgemeesters uit Nederland en Vlaanderen over grensoverschrijdend "
        "openbaar vervoer",
        (2025, 11, 4),
        "Home > Nieuws > Open brief grensvervoer\n\n"
        "Burgemeesters vragen om betere treinen over de grens\n\n"
        "Vandaag hebben burgemeesters uit Nederland en België een open brief aangeboden aan de "
        "Tweede Kamer in Den Haag en aan de Vlaamse regering in Brussel. Zij vragen om een "
        "gezamenlijke aanbesteding van grensoverschrijdende treinverbindingen, één "
        "tariefsysteem voor bus en trein aan beide kanten van de grens en een uurdienst "
        "tussen alle provinciehoofdsteden die op minder dan honderd kilometer van elkaar "
        "liggen.\n\n"
        "De brief is ondertekend door:",
        "Land\tProvincie\tGemeente\tBurgemeester\n"
        "Nederland\tGroningen\tGroningen\tEvelien Bakker\n"
        "Nederland\tFriesland\tLeeuwarden\tSietse Hoekstra\n"
        "Nederland\tOverijssel\tZwolle\tMarloes ter Horst\n"
        "Nederland\tGelderland\tNijmegen\tRachid Bouzian\n"
        "Nederland\tUtrecht\tAmersfoort\tWillemijn de Groot\n"
        "Nederland\tNoord-Holland\tHaarlem\tPieter van Leeuwen\n"
        "Nederland\tNoord-Brabant\t's-Hertogenbosch\tAnnemarie Verhoeven\n"
        "Nederland\tLimburg\tMaastricht\tJo Mertens\n"
        "België\tAntwerpen\tMechelen\tKatrien Van den Broeck\n"
        "België\tVlaams-Brabant\tLeuven\tBart Claes\n"
        "België\tWest-Vlaanderen\tBrugge\tLieve Vandamme\n"
        "België\tLimburg\tHasselt\tTom Vanheusden\n"
        "België\tLuxemburg\tAarlen\tMichel Lambert",
        "De brief staat open voor andere gemeenten in de grensregio. Aanmelden kan via het "
        "secretariaat.\n\n"
        "Deel dit bericht: LinkedIn | Facebook | E-mail",
        "Groningen/NL; Leeuwarden/NL; Zwolle/NL; Nijmegen/NL; Amersfoort/NL; Haarlem/NL; "
        "'s-Hertogenbosch/NL; Maastricht/NL; Mechelen/BE; Leuven/BE; Brugge|Bruges/BE; "
        "Hasselt/BE; Arlon|Aarlen/BE",
        "a tab table with a header (land, provincie, gemeente, burgemeester): provinces "
        "named like cities (Groningen, Utrecht, Antwerpen) and countries (Luxemburg), Limburg "
        "in both countries; Dutch `Aarlen` for Arlon; Den Haag and Brussel addressees",
    ),
    Page(
        "pl-katalog-arkusz-lp-wojewodztwo-gmina-typ-strona",
        "pl",
        "table_tabs;numbered;region_before;columns_after;inflected",
        "Katalog gmin członkowskich Sieci Miast Przyjaznych Rowerom",
        (2025, 1, 20),
        "Strona główna > O Sieci > Gminy członkowskie\n\n"
        "Gminy członkowskie\n\n"
        "Sieć Miast Przyjaznych Rowerom zrzesza gminy, które przyjęły politykę rowerową i "
        "raportują co roku długość dróg rowerowych oraz udział roweru w podróżach. Poniżej "
        "publikujemy aktualny wykaz gmin członkowskich (stan na 20 stycznia 2025 r.), "
        "skopiowany z arkusza prowadzonego przez biuro Sieci.",
        "Lp.\tWojewództwo\tGmina\tTyp gminy\tLiczba mieszkańców\tData przystąpienia\t"
        "Strona internetowa\n"
        "1\tlubelskie\tMiasto Lublin\tmiejska\t331 243\t12.03.2015\tlublin.eu\n"
        "2\tpodkarpackie\tGmina Miasto Rzeszów\tmiejska\t198 609\t12.03.2015\terzeszow.pl\n"
        "3\tpodlaskie\tMiasto Białystok\tmiejska\t292 600\t05.10.2016\tbialystok.pl\n"
        "4\twarmińsko-mazurskie\tGmina Olsztyn\tmiejska\t168 212\t05.10.2016\tolsztyn.eu\n"
        "5\tkujawsko-pomorskie\tGmina Miasta Toruń\tmiejska\t195 000\t22.06.2017\ttorun.pl\n"
        "6\topolskie\tMiasto Opole\tmiejska\t126 000\t22.06.2017\topole.pl\n"
        "7\tświętokrzyskie\tMiasto Kielce\tmiejska\t183 000\t14.02.2018\tkielce.eu\n"
        "8\tlubuskie\tMiasto Zielona Góra\tmiejska\t138 000\t14.02.2018\tzielona-gora.pl\n"
        "9\tlubuskie\tMiasto Gorzów Wielkopolski\tmiejska\t118 000\t30.09.2019\tgorzow.pl\n"
        "10\tpomorskie\tGmina Miejska Słupsk\tmiejska\t88 000\t30.09.2019\tslupsk.pl\n"
        "11\tmazowieckie\tGmina - Miasto Płock\tmiejska\t115 000\t18.05.2021\tplock.eu\n"
        "12\tmałopolskie\tGmina Miasta Tarnowa\tmiejska\t105 000\t18.05.2021\ttarnow.pl\n"
        "13\tśląskie\tMiasto Gliwice\tmiejska\t175 000\t09.11.2022\tgliwice.eu\n"
        "14\twielkopolskie\tGmina Kórnik\tmiejsko-wiejska\t30 500\t09.11.2022\tkornik.pl",
        "Chcesz, aby Twoja gmina dołączyła do Sieci? Pobierz deklarację przystąpienia.\n\n"
        "Biuro Sieci: ul. Piotrkowska 104, 90-926 Łódź",
        "Lublin/PL; Rzeszów/PL; Białystok/PL; Olsztyn/PL; Toruń/PL; Opole/PL; Kielce/PL; "
        "Zielona Góra/PL; Gorzów Wielkopolski/PL; Słupsk/PL; Płock/PL; Tarnów/PL; "
        "Gliwice/PL; Kórnik/PL",
        "a spreadsheet pasted with tabs and a header: Lp., województwo, official gmina name "
        "(`Gmina Miasta Tarnowa` genitive, `Gmina - Miasto Płock`), type, population, date, "
        "website; Łódź the office's address",
    ),
    Page(
        "da-medlemsliste-pdf-kolonner-mellemrum-region-borgmester-sidehoved",
        "da",
        "region_after;person_after;columns_after;person_named_like_place",
        "Medlemsliste 2025 – Netværket for Bæredygtige Kommuner",
        (2025, 2, 3),
        "Forside > Om netværket > Medlemmer\n\n"
        "Medlemmer\n\n"
        "Netværket for Bæredygtige Kommuner samler kommuner, der arbejder målrettet med "
        "verdensmålene i deres planlægning. Medlemslisten kan hentes som PDF; her er den "
        "kopieret ind, så den kan søges i.",
        "Netværket for Bæredygtige Kommuner · Medlemsliste 2025                        side 1\n"
        "\n"
        "Kommune                 Region                  Borgmester               Medlem siden\n"
        "Aarhus Kommune          Region Midtjylland      Jakob Thorsen            2016\n"
        "Odense Kommune          Region Syddanmark       Helle Skovgaard          2016\n"
        "Aalborg Kommune         Region Nordjylland      Søren Kjær               2017\n"
        "Frederiksberg Kommune   Region Hovedstaden      Camilla Holst            2017\n"
        "Roskilde Kommune        Region Sjælland         Peter Dahl               2018\n"
        "Vejle Kommune           Region Syddanmark       Anne Ribe                2018\n"
        "Esbjerg Kommune         Region Syddanmark       Michael Jessen           2019\n"
        "\n"
        "Netværket for Bæredygtige Kommuner · Medlemsliste 2025                        side 2\n"
        "\n"
        "Kommune                 Region                  Borgmester               Medlem siden\n"
        "Kolding Kommune         Region Syddanmark       Lise Bonde               2019\n"
        "Horsens Kommune         Region Midtjylland      Kasper Lund              2020\n"
        "Silkeborg Kommune       Region Midtjylland      Mette Vestergaard        2021\n"
        "Holbæk Kommune          Region Sjælland         Torben Friis             2022\n"
        "Næstved Kommune         Region Sjælland         Birgitte Holm            2024",
        "Kontakt sekretariatet, hvis din kommune vil være med.\n\n"
        "Del: Facebook · LinkedIn · E-mail",
        "Aarhus/DK; Odense/DK; Aalborg/DK; Frederiksberg/DK; Roskilde/DK; Vejle/DK; "
        "Esbjerg/DK; Kolding/DK; Horsens/DK; Silkeborg/DK; Holbæk/DK; Næstved/DK",
        "12 `X Kommune` rows of a PDF table aligned with spaces (kommune, region, borgmester, "
        "year) over two pages with a running header and the header row repeated; a mayor named "
        "Ribe",
    ),
    Page(
        "no-opprop-tabell-en-celle-per-linje-uten-overskrift-fylke-ordforer",
        "no",
        "one_a_line;region_after;person_after;columns_after;person_named_like_place;not_signatory",
        "Ordførere krever statlig finansiering av flomsikring",
        (2025, 10, 15),
        "Forside > Aktuelt > Opprop om flomsikring\n\n"
        "Ordførere krever statlig finansiering av flomsikring\n\n"
        "Etter ekstremværet i august har ordførere fra hele landet signert et opprop til "
        "regjeringen og Stortinget. De ber om et nasjonalt flomsikringsfond på minst to "
        "milliarder kroner i året, at staten dekker minst 80 prosent av kostnaden ved "
        "sikringstiltak og at NVE får flere ressurser til kartlegging. Oppropet ble overlevert "
        "i Oslo tirsdag.\n\n"
        "Disse har signert (tabellen oppdateres fortløpende):",
        "Bergen kommune\n"
        "Vestland\n"
        "Ingrid Haugland, ordfører\n"
        "Trondheim kommune\n"
        "Trøndelag\n"
        "Ole Martin Berg, ordfører\n"
        "Stavanger kommune\n"
        "Rogaland\n"
        "Siri Tjelta, ordfører\n"
        "Kristiansand kommune\n"
        "Agder\n"
        "Knut Omdal, ordfører\n"
        "Tromsø kommune\n"
        "Troms\n"
        "Hilde Johansen, ordfører\n"
        "Bodø kommune\n"
        "Nordland\n"
        "Per Arne Eide, ordfører\n"
        "Drammen kommune\n"
        "Buskerud\n"
        "Kari Molde, ordfører\n"
        "Fredrikstad kommune\n"
        "Østfold\n"
        "Jon Skjeberg, varaordfører\n"
        "Lillehammer kommune\n"
        "Innlandet\n"
        "Marte Lien, ordfører\n"
        "Ålesund kommune\n"
        "Møre og Romsdal\n"
        "Even Vik, ordfører\n"
        "Tønsberg kommune\n"
        "Vestfold\n"
        "Randi Holt, ordfører\n"
        "Asker kommune\n"
        "Akershus\n"
        "Thomas Solberg, ordfører",
        "Vil din kommune signere? Send navn og kommune til post@example.no.\n\n"
        "Del saken: Facebook | X | E-post",
        "Bergen/NO; Trondheim/NO; Stavanger/NO; Kristiansand/NO; Tromsø/NO; Bodø/NO; "
        "Drammen/NO; Fredrikstad/NO; Lillehammer/NO; Ålesund/NO; Tønsberg/NO; Asker/NO",
        "a table of 12 rows copied one cell a line with no header row (kommune, fylke, "
        "ordfører); a mayor named Molde, a deputy named Skjeberg; Oslo where it was handed over",
    ),
    Page(
        "fi-jasenhakemisto-kortit-maakunta-asukasluku-verkkosivu",
        "fi",
        "region_after;columns_after;person_after",
        "Jäsenkaupungit – Kestävän liikkumisen kaupunkiverkosto",
        (2025, 6, 2),
        "Etusivu › Verkosto › Jäsenet\n\n"
        "Jäsenkaupungit\n\n"
        "Kestävän liikkumisen kaupunkiverkostoon kuuluu tällä hetkellä 13 kaupunkia. Kaupungit "
        "jakavat kokemuksia kävelyn, pyöräilyn ja joukkoliikenteen edistämisestä ja laativat "
        "yhteiset seurantamittarit.\n\n"
        "Järjestä: Aakkosjärjestys | Liittymisvuosi",
        "Hämeenlinna\n"
        "Kanta-Häme · 68 000 asukasta\n"
        "Jäsen vuodesta 2019\n"
        "Yhteyshenkilö: Laura Virtanen\n"
        "hameenlinna.fi\n\n"
        "Joensuu\n"
        "Pohjois-Karjala · 78 000 asukasta\n"
        "Jäsen vuodesta 2017\n"
        "Yhteyshenkilö: Mikko Turunen\n"
        "joensuu.fi\n\n"
        "Jyväskylä\n"
        "Keski-Suomi · 148 000 asukasta\n"
        "Jäsen vuodesta 2015\n"
        "Yhteyshenkilö: Anna Lehtonen\n"
        "jyvaskyla.fi\n\n"
        "Kajaani\n"
        "Kainuu · 36 000 asukasta\n"
        "Jäsen vuodesta 2022\n"
        "Yhteyshenkilö: Jussi Heikkinen\n"
        "kajaani.fi\n\n"
        "Kotka\n"
        "Kymenlaakso · 51 000 asukasta\n"
        "Jäsen vuodesta 2020\n"
        "Yhteyshenkilö: Sari Kallio\n"
        "kotka.fi\n\n"
        "Kuopio\n"
        "Pohjois-Savo · 125 000 asukasta\n"
        "Jäsen vuodesta 2015\n"
        "Yhteyshenkilö: Timo Räsänen\n"
        "kuopio.fi\n\n"
        "Lahti\n"
        "Päijät-Häme · 121 000 asukasta\n"
        "Jäsen vuodesta 2015\n"
        "Yhteyshenkilö: Henna Salonen\n"
        "lahti.fi\n\n"
        "Lappeenranta\n"
        "Etelä-Karjala · 73 000 asukasta\n"
        "Jäsen vuodesta 2018\n"
        "Yhteyshenkilö: Antti Hyvönen\n"
        "lappeenranta.fi\n\n"
        "Mikkeli\n"
        "Etelä-Savo · 52 000 asukasta\n"
        "Jäsen vuodesta 2021\n"
        "Yhteyshenkilö: Riikka Pesonen\n"
        "mikkeli.fi\n\n"
        "Pori\n"
        "Satakunta · 83 000 asukasta\n"
        "Jäsen vuodesta 2016\n"
        "Yhteyshenkilö: Janne Laaksonen\n"
        "pori.fi\n\n"
        "Rovaniemi\n"
        "Lappi · 65 000 asukasta\n"
        "Jäsen vuodesta 2019\n"
        "Yhteyshenkilö: Elina Ylitalo\n"
        "rovaniemi.fi\n\n"
        "Seinäjoki\n"
        "Etelä-Pohjanmaa · 66 000 asukasta\n"
        "Jäsen vuodesta 2023\n"
        "Yhteyshenkilö: Ville Koskela\n"
        "seinajoki.fi\n\n"
        "Vaasa\n"
        "Pohjanmaa · 68 000 asukasta\n"
        "Jäsen vuodesta 2017\n"
        "Yhteyshenkilö: Maria Sundqvist\n"
        "vaasa.fi",
        "Verkoston koordinaattori: Kuntatalo, Toinen linja 14, 00530 Helsinki\n\n"
        "Jaa: Facebook | LinkedIn | Sähköposti",
        "Hämeenlinna/FI; Joensuu/FI; Jyväskylä/FI; Kajaani/FI; Kotka/FI; Kuopio/FI; Lahti/FI; "
        "Mikkeli/FI; Lappeenranta/FI; Pori/FI; Rovaniemi/FI; Seinäjoki/FI; Vaasa/FI",
        "13 member cards five lines each (name, `maakunta · N asukasta`, year joined, contact "
        "person, website); maakunta names that hold city names (Kanta-Häme, Pohjanmaa); "
        "Helsinki the coordinator's address",
    ),
    Page(
        "cs-memorandum-tabulka-tabulatory-poradi-kraj-obec-datum-podpisu",
        "cs",
        "table_tabs;numbered;region_before;person_after;columns_after;not_signatory",
        "Memorandum o spolupráci při adaptaci měst na sucho: přehled signatářů",
        (2025, 6, 17),
        "Úvod > Aktuality > Memorandum o adaptaci na sucho\n\n"
        "Memorandum o spolupráci při adaptaci měst na sucho\n\n"
        "Na konferenci v Praze podepsali zástupci měst memorandum, v němž se zavazují "
        "zadržovat dešťovou vodu v místě, kde spadne, vysadit do roku 2030 nejméně deset tisíc "
        "stromů a sdílet data o spotřebě vody. Memorandum zůstává otevřené k podpisu dalším "
        "městům a obcím.\n\n"
        "Přehled signatářů",
        "Pořadí\tKraj\tObec\tPrimátor / starosta\tDatum podpisu\n"
        "1.\tJihomoravský kraj\tBrno\tMarkéta Dvořáková\t17. 6. 2025\n"
        "2.\tMoravskoslezský kraj\tOstrava\tPavel Krejčí\t17. 6. 2025\n"
        "3.\tPlzeňský kraj\tPlzeň\tJiří Kovář\t17. 6. 2025\n"
        "4.\tOlomoucký kraj\tOlomouc\tLucie Horáková\t17. 6. 2025\n"
        "5.\tLiberecký kraj\tLiberec\tTomáš Beneš\t17. 6. 2025\n"
        "6.\tJihočeský kraj\tČeské Budějovice\tMartin Kubát\t17. 6. 2025\n"
        "7.\tKrálovéhradecký kraj\tHradec Králové\tEva Šimková\t18. 6. 2025\n"
        "8.\tPardubický kraj\tPardubice\tOndřej Malý\t18. 6. 2025\n"
        "9.\tÚstecký kraj\tÚstí nad Labem\tRadek Hájek\t19. 6. 2025\n"
        "10.\tKarlovarský kraj\tKarlovy Vary\tJana Novotná\t20. 6. 2025\n"
        "11.\tKraj Vysočina\tJihlava\tPetr Doležal\t23. 6. 2025\n"
        "12.\tKraj Vysočina\tTřebíč\tVeronika Urbanová\t24. 6. 2025\n"
        "13.\tZlínský kraj\tZlín\tMichal Pokorný\t25. 6. 2025\n"
        "14.\tZlínský kraj\tKroměříž\tHana Sedláčková\t26. 6. 2025",
        "Chce se připojit i vaše město? Kontaktujte sekretariát.\n\nSdílet: Facebook | X | E-mail",
        "Brno/CZ; Ostrava/CZ; Plzeň/CZ; Olomouc/CZ; Liberec/CZ; České Budějovice/CZ; "
        "Hradec Králové/CZ; Pardubice/CZ; Ústí nad Labem/CZ; Karlovy Vary/CZ; Jihlava/CZ; "
        "Třebíč/CZ; Zlín/CZ; Kroměříž/CZ",
        "a tab table with a header (pořadí `1.`, kraj, obec, primátor, date `17. 6. 2025`), "
        "kraje named as adjectives of their capitals (Plzeňský, Olomoucký, Zlínský) and Kraj "
        "Vysočina; Praha the venue",
    ),
    Page(
        "ro-lista-membrilor-pdf-coloane-aliniate-nr-crt-judet-primar",
        "ro",
        "numbered;region_before;person_after;columns_after;person_named_like_place",
        "Lista membrilor Asociației Orașelor pentru Eficiență Energetică",
        (2025, 4, 28),
        "Acasă > Despre noi > Membri\n\n"
        "Membrii asociației\n\n"
        "Asociația Orașelor pentru Eficiență Energetică reunește municipii care și-au asumat "
        "renovarea clădirilor publice și modernizarea iluminatului public. Lista de mai jos "
        "este preluată din raportul anual 2024, anexa 1.",
        "Raport anual 2024 – Anexa 1: Lista membrilor                                  pag. 31\n"
        "\n"
        "Nr. crt.   Județul            Unitatea administrativ-teritorială   Primar"
        "                 Anul aderării\n"
        "1          Alba               Municipiul Alba Iulia                Dorin Mihălțan"
        "         2012\n"
        "2          Sibiu              Municipiul Sibiu                     Ioana Stroia"
        "           2012\n"
        "3          Brașov             Municipiul Brașov                    Radu Vlădescu"
        "          2013\n"
        "4          Bihor              Municipiul Oradea                    Florin Pop"
        "             2013\n"
        "5          Timiș              Municipiul Timișoara                 Andrei Bogdan"
        "          2014\n"
        "6          Arad               Municipiul Arad                      Cristina Lazăr"
        "         2015\n"
        "7          Iași               Municipiul Iași                      Mihai Ursachi"
        "          2015\n"
        "8          Suceava            Municipiul Suceava                   Gabriel Hușanu"
        "         2016\n"
        "\n"
        "Raport anual 2024 – Anexa 1: Lista membrilor                                  pag. 32\n"
        "\n"
        "Nr. crt.   Județul            Unitatea administrativ-teritorială   Primar"
        "                 Anul aderării\n"
        "9          Bistrița-Năsăud    Municipiul Bistrița                  Elena Deva"
        "             2017\n"
        "10         Maramureș          Municipiul Baia Mare                 Vasile Pop"
        "             2018\n"
        "11         Neamț              Municipiul Piatra Neamț              Ionuț Amariei"
        "          2019\n"
        "12         Mureș              Municipiul Târgu Mureș               Zoltán Kovács"
        "          2020\n"
        "13         Dolj               Municipiul Craiova                   Lucian Mitrea"
        "          2021\n"
        "14         Constanța          Municipiul Constanța                 Adina Ene"
        "              2023",
        "Secretariatul asociației: Str. Doamnei 12, București\n\n"
        "Distribuie: Facebook | LinkedIn | E-mail",
        "Alba Iulia/RO; Sibiu/RO; Brașov/RO; Oradea/RO; Timișoara/RO; Arad/RO; Iași/RO; "
        "Suceava/RO; Bistrița/RO; Baia Mare/RO; Piatra Neamț/RO; Târgu Mureș/RO; Craiova/RO; "
        "Constanța/RO",
        "a PDF annex aligned with spaces over two pages (nr. crt., județ, `Municipiul X`, "
        "primar, year) with a running header and the header row repeated; counties named like "
        "their seats or not (Bihor, Dolj); a mayor named Deva; București the secretariat",
    ),
    Page(
        "tr-uye-belediyeler-tablo-sira-il-bolge-baskan-uyelik-tarihi",
        "tr",
        "table_tabs;numbered;region_after;person_after;columns_after;no_country",
        "Üye belediyeler – Sağlıklı Kentler Ağı",
        (2025, 3, 3),
        "Ana Sayfa > Hakkımızda > Üyelerimiz\n\n"
        "Üye belediyelerimiz\n\n"
        "Sağlıklı Kentler Ağı, kentlerde sağlıklı yaşamı destekleyen politikalar geliştiren "
        "belediyeleri bir araya getirir. Aşağıdaki tabloda ağımıza üye belediyeleri, "
        "bulundukları il ve coğrafi bölge ile birlikte görebilirsiniz.\n\n"
        "Tabloda ara: ______    Göster: 25 kayıt",
        "Sıra\tBelediye\tİl\tBölge\tBelediye Başkanı\tÜyelik tarihi\n"
        "1\tNilüfer Belediyesi\tBursa\tMarmara\tAyşe Demirtaş\t12.04.2011\n"
        "2\tÇankaya Belediyesi\tAnkara\tİç Anadolu\tMehmet Arslan\t12.04.2011\n"
        "3\tKarşıyaka Belediyesi\tİzmir\tEge\tSelin Yücel\t03.10.2012\n"
        "4\tBornova Belediyesi\tİzmir\tEge\tHakan Öztürk\t03.10.2012\n"
        "5\tÜsküdar Belediyesi\tİstanbul\tMarmara\tZeynep Kaya\t15.05.2014\n"
        "6\tMaltepe Belediyesi\tİstanbul\tMarmara\tEmre Çelik\t15.05.2014\n"
        "7\tOdunpazarı Belediyesi\tEskişehir\tİç Anadolu\tGülşen Aydın\t21.01.2016\n"
        "8\tMuratpaşa Belediyesi\tAntalya\tAkdeniz\tCem Yıldırım\t21.01.2016\n"
        "9\tSeyhan Belediyesi\tAdana\tAkdeniz\tFatma Koç\t08.11.2017\n"
        "10\tMersin Büyükşehir Belediyesi\tMersin\tAkdeniz\tBurak Şahin\t08.11.2017\n"
        "11\tTarsus Belediyesi\tMersin\tAkdeniz\tDerya Aksoy\t19.06.2019\n"
        "12\tGaziantep Büyükşehir Belediyesi\tGaziantep\tGüneydoğu Anadolu\tAli Kurt\t"
        "19.06.2019\n"
        "13\tLüleburgaz Belediyesi\tKırklareli\tMarmara\tMurat Erdem\t27.09.2022\n"
        "14\tKuşadası Belediyesi\tAydın\tEge\tEbru Güneş\t27.09.2022",
        "14 kayıttan 1 - 14 arası gösteriliyor\n\n"
        "Ağ Sekreteryası: Atatürk Bulvarı 120, Çankaya / Ankara",
        "Nilüfer/TR; Çankaya/TR; Karşıyaka/TR; Bornova/TR; Üsküdar/TR; Maltepe/TR; "
        "Odunpazarı/TR; Muratpaşa/TR; Seyhan/TR; Mersin/TR; Tarsus/TR; Gaziantep/TR; "
        "Lüleburgaz/TR; Kuşadası/TR",
        "a tab table with a header (sıra, `X Belediyesi`, il, bölge, başkan, date): district "
        "municipalities whose il column names a bigger city (İzmir, İstanbul, Bursa, Antalya), "
        "Mersin both member and il of Tarsus; Çankaya also in the secretariat's address",
    ),
]

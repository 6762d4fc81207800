"""Hand-written pages, batch r35a: written before round 35 of issue #20 (branch accr35a), as
material for its fixers, without reading the reader or other batches beyond pages_s.py.
Joint statements, declarations, open letters and pledges of European city networks (Mayors
for Peace, Energy Cities, Climate Alliance, Cities for Fair Trade, Intercultural Cities, the
Union of Baltic Cities, the Covenant of Mayors, national associations of municipalities) in
14 languages (en, fr, de, es, it, pt, nl, pl, sv, da, no, fi, is, ca), from 3 to 70
signatories: country headings over `City – Mayor Name` lines, French running text with a host
and a `Métropole`, a German tab table of `Stadt`/`Gemeinde`/`Marktgemeinde` with Land and year
columns, Spanish numbered `Ayuntamiento de X (Provincia)` with provinces named like cities,
Italian `Comune di X` under region headings, a Portuguese table with NUTS and date columns,
Dutch running text of `gemeenten` with a venue in The Hague, Polish genitive `Prezydent
Miasta X` signature lines and addressees, Swedish `Name, kommunstyrelsens ordförande, X
kommun` lines with a region, Danish `Kommune` names in two flattened columns, a Norwegian
news item of three mayors, Finnish PDF signature blocks `Helsingin kaupunki`, Icelandic
official names `Reykjavíkurborg`, `Akureyrarbær`, and Catalan bullets with comarques.
Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-open-letter-npt-country-headings-city-dash-mayor",
        "en",
        "one_a_line;region_heading;person_after;not_signatory;teasers;person_named_like_place",
        "Open letter from European mayors to the NPT Review Conference",
        (2025, 4, 22),
        "Home / Campaigns / 2026 NPT Review Conference\n\n"
        "Open letter\n\n"
        "To the President and the States Parties of the Eleventh Review Conference of the "
        "Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, New York\n\n"
        "Excellencies,\n\n"
        "Eighty years after the atomic bombings of Hiroshima and Nagasaki, we, mayors of member "
        "cities of Mayors for Peace in Europe, write to you on behalf of the people we serve. "
        "Our cities were rebuilt from the ruins of war - from Coventry to Dresden, from "
        "Rotterdam to Warsaw - and we know what the destruction of a city means.\n\n"
        "We urge you to honour the commitments made under Article VI of the Treaty, to "
        "recognise the Treaty on the Prohibition of Nuclear Weapons as a step towards that "
        "goal, and to hear the voices of the hibakusha while they are still with us. We "
        "welcome the work of the European chapter meeting held in Hannover last autumn and "
        "support the Vision 2025 action plan adopted at the General Conference in Nagasaki.\n\n"
        "This letter was coordinated by the European chapter's lead city, Ypres, and will be "
        "handed over in New York by a delegation of mayors on 27 April.\n\n"
        "Signed,",
        "AUSTRIA\n"
        "Graz – Mayor Gerda Hollerbach\n"
        "Linz – Mayor Walter Steindl\n"
        "Salzburg – Mayor Brigitte Aigner\n"
        "BELGIUM\n"
        "Mechelen – Mayor Lotte Van Damme\n"
        "Leuven – Mayor Jeroen Claes\n"
        "Namur – Mayor Hélène Dufour\n"
        "Mons – Mayor Olivier Lambotte\n"
        "CROATIA\n"
        "Biograd na Moru – Mayor Ante Bilić\n"
        "Pula – Mayor Tea Radolović\n"
        "FINLAND\n"
        "Turku – Mayor Sanna Kallio\n"
        "FRANCE\n"
        "Malakoff – Mayor Claire Dumoulin\n"
        "Grenoble – Mayor Julien Mercier\n"
        "Montreuil – Mayor Nadia Benali\n"
        "Saint-Étienne-du-Rouvray – Mayor Thomas Leroux\n"
        "Chambéry – Mayor Anne-Marie Favre\n"
        "GERMANY\n"
        "Hannover – Lord Mayor Jonas Albrecht\n"
        "Potsdam – Lord Mayor Sabine Reuter\n"
        "Bonn – Lord Mayor Martina Ostrowski\n"
        "Heidelberg – Lord Mayor Henrik Baumann\n"
        "Osnabrück – Lord Mayor Ute Lindemann\n"
        "Halle (Saale) – Lord Mayor Frank Seidel\n"
        "Kiel – Lord Mayor Karin Wulff\n"
        "ICELAND\n"
        "Reykjavík – Mayor Guðrún Ása Magnúsdóttir\n"
        "IRELAND\n"
        "Galway – Mayor Siobhán Keogh\n"
        "ITALY\n"
        "Florence – Mayor Giulia Bartoli\n"
        "Bologna – Mayor Paolo Ferri\n"
        "Brescia – Mayor Elena Zanardi\n"
        "Lecco – Mayor Marco Colombo\n"
        "NETHERLANDS\n"
        "Utrecht – Mayor Marieke van Rijn\n"
        "Nijmegen – Mayor Ruud Hendriks\n"
        "NORWAY\n"
        "Oslo – Mayor Ingrid Solheim\n"
        "Stavanger – Mayor Tone Aasen\n"
        "Trondheim – Mayor Per Arne Lund\n"
        "POLAND\n"
        "Wrocław – Mayor Agnieszka Kowal\n"
        "Lublin – Mayor Tomasz Wrona\n"
        "PORTUGAL\n"
        "Évora – Mayor Joaquim Serrão\n"
        "Setúbal – Mayor Helena Pires\n"
        "SPAIN\n"
        "Granollers – Mayor Montserrat Vila\n"
        "Gernika-Lumo – Mayor Iñaki Arregi\n"
        "Vitoria-Gasteiz – Mayor Ainhoa Zubia\n"
        "SWEDEN\n"
        "Uppsala – Chair of the Municipal Executive Board Karl Nyberg\n"
        "UNITED KINGDOM\n"
        "Manchester – Lord Mayor Margaret Holroyd\n"
        "Leeds – Lord Mayor Dev Sharma\n"
        "Glasgow – Lord Provost Fiona MacLeod\n"
        "Brighton and Hove – Mayor Victoria Pembroke",
        "The letter remains open for signature by member cities until 25 April.\n\n"
        "Share this page: Facebook | X | LinkedIn | Email\n\n"
        "Latest news\n"
        "Peace Bell rings in Ieper for the 1914 Christmas truce\n"
        "Biel/Bienne joins Mayors for Peace as 8,400th member city\n\n"
        "European Chapter secretariat c/o City of Ypres, Grote Markt 34, 8900 Ieper, Belgium",
        "Graz/AT; Linz/AT; Salzburg/AT; Mechelen/BE; Leuven/BE; Namur/BE; Mons/BE; "
        "Biograd na Moru/HR; Pula/HR; Turku/FI; Malakoff/FR; Grenoble/FR; Montreuil/FR; "
        "Saint-Étienne-du-Rouvray/FR; Chambéry/FR; Hannover/DE; Potsdam/DE; Bonn/DE; "
        "Heidelberg/DE; Osnabrück/DE; Halle (Saale)/DE; Kiel/DE; Reykjavík/IS; "
        "Galway/IE; Florence/IT; Bologna/IT; Brescia/IT; Lecco/IT; Utrecht/NL; Nijmegen/NL; "
        "Oslo/NO; Stavanger/NO; Trondheim/NO; Wrocław/PL; Lublin/PL; Évora/PT; Setúbal/PT; "
        "Granollers/ES; Gernika-Lumo|Guernica/ES; Vitoria-Gasteiz/ES; Uppsala/SE; "
        "Manchester/GB; Leeds/GB; Glasgow/GB; Brighton|Brighton and Hove/GB",
        "Upper-case country headings over `City – Mayor Name` lines (45); the addressees in New "
        "York, the bombed cities, rebuilt cities, the chapter meeting in Hannover (which also "
        "signed), Nagasaki's conference and the coordinator Ypres/Ieper are not signatories; "
        "news names Ieper and Biel/Bienne.",
    ),
    Page(
        "fr-declaration-energy-cities-running-text-hote-metropole",
        "fr",
        "running_text;not_signatory;body_not_city;no_country;teasers",
        "Déclaration de Heidelberg : les villes pour une chaleur renouvelable et abordable",
        (2025, 5, 15),
        "Accueil > Actualités > Déclarations\n\n"
        "Publié le 15 mai 2025 · Lecture 4 min\n\n"
        "Réunies à Heidelberg du 13 au 15 mai à l'invitation de la ville hôte pour le forum "
        "annuel d'Energy Cities, les collectivités membres ont adopté une déclaration commune "
        "sur la chaleur. Elles demandent à l'Union européenne de faire des réseaux de chaleur "
        "renouvelable un pilier du Pacte vert et de respecter l'esprit de l'Accord de Paris "
        "dans la révision des directives sur l'efficacité énergétique.\n\n"
        "« La chaleur représente la moitié de notre consommation d'énergie, et c'est dans les "
        "villes qu'elle se décide », a rappelé la présidente du réseau, élue de Rennes, en "
        "ouvrant la session plénière. L'hôte du forum, le maire adjoint de Heidelberg chargé "
        "du climat, a présenté le nouveau quartier de Bahnstadt, chauffé entièrement par "
        "le réseau urbain.",
        "La déclaration est signée par les maires et présidents de Besançon, Grenoble, Lorient, "
        "Loos-en-Gohelle, Dunkerque, Brest, Angers, Montpellier, Aix-les-Bains et Villeurbanne, "
        "par les villes belges de Liège et de Mouscron, par Genève et Lausanne, ainsi que par "
        "la Métropole de Lyon et l'Eurométropole de Strasbourg. La ville de Rennes, qui assure "
        "la présidence du réseau, s'y associera après le vote de son conseil municipal en juin.",
        "Le texte intégral est disponible en français, en anglais et en allemand.\n\n"
        "Télécharger la déclaration (PDF, 540 Ko)\n\n"
        "À lire aussi\n"
        "Tallinn et Valence partagent leurs feuilles de route chaleur\n"
        "Retour sur le séminaire de Cluj-Napoca sur la rénovation\n\n"
        "Energy Cities – 2 chemin de Palente, 25000 Besançon",
        "Besançon/FR; Grenoble/FR; Lorient/FR; Loos-en-Gohelle/FR; Dunkerque|Dunkirk/FR; "
        "Brest/FR; Angers/FR; Montpellier/FR; Aix-les-Bains/FR; Villeurbanne/FR; Liège/BE; "
        "Mouscron/BE; Genève|Geneva/CH; Lausanne/CH; "
        "Métropole de Lyon|Lyon Metropolis/FR/metropolitan area; "
        "Eurométropole de Strasbourg|Strasbourg Eurometropolis/FR/metropolitan area",
        "Signatories in one running sentence with `par les villes belges de`, `ainsi que par` "
        "and two metropolitan bodies; the host Heidelberg, the president's Rennes (to join "
        "later), Paris (Agreement), Bahnstadt and the teasers are not signatories; Besançon "
        "signs and is also in the footer address.",
    ),
    Page(
        "de-klimabuendnis-erklaerung-tabelle-land-beitritt-marktgemeinde",
        "de",
        "table_tabs;columns_after;country_in_language;not_signatory",
        "Gemeinsame Erklärung der Mitgliedskommunen zum Schutz der Amazonasregion",
        (2025, 9, 30),
        "Startseite » Über uns » Positionen\n\n"
        "Die Mitgliederversammlung des Klima-Bündnis hat am 26. September 2025 in Luxemburg "
        "eine gemeinsame Erklärung zur Partnerschaft mit den indigenen Völkern Amazoniens "
        "verabschiedet. Die unterzeichnenden Kommunen bekräftigen ihre Selbstverpflichtung, "
        "ihre CO2-Emissionen alle fünf Jahre um zehn Prozent zu senken, und fordern einen "
        "wirksamen Schutz der Regenwälder in den Handelsabkommen der EU, insbesondere im "
        "Abkommen mit dem Mercosur.\n\n"
        "Gastgeberin der Versammlung war die Stadt Luxemburg. Vertreterinnen der COICA aus "
        "Quito berichteten über die Lage in den Territorien.\n\n"
        "Bisher haben folgende Mitgliedskommunen die Erklärung unterzeichnet (Stand: 30. "
        "September 2025):",
        "Kommune\tLand / Bundesland\tMitglied seit\n"
        "Stadt Tübingen\tDeutschland / Baden-Württemberg\t1992\n"
        "Landeshauptstadt Hannover\tDeutschland / Niedersachsen\t1991\n"
        "Stadt Münster\tDeutschland / Nordrhein-Westfalen\t1993\n"
        "Gemeinde Ilvesheim\tDeutschland / Baden-Württemberg\t1995\n"
        "Stadt Marburg\tDeutschland / Hessen\t1991\n"
        "Hansestadt Lüneburg\tDeutschland / Niedersachsen\t2009\n"
        "Stadt Erlangen\tDeutschland / Bayern\t1993\n"
        "Stadt Jena\tDeutschland / Thüringen\t2010\n"
        "Landeshauptstadt Saarbrücken\tDeutschland / Saarland\t1994\n"
        "Stadt Wien\tÖsterreich / Wien\t1991\n"
        "Stadt Innsbruck\tÖsterreich / Tirol\t1993\n"
        "Marktgemeinde Wolfurt\tÖsterreich / Vorarlberg\t1997\n"
        "Stadtgemeinde Judenburg\tÖsterreich / Steiermark\t1996\n"
        "Stadt Feldkirch\tÖsterreich / Vorarlberg\t1991\n"
        "Stadt Zürich\tSchweiz / Zürich\t1992\n"
        "Gemeinde Riehen\tSchweiz / Basel-Stadt\t2002\n"
        "Ville de Differdange\tLuxemburg\t2001\n"
        "Gemeinde Esch-sur-Alzette\tLuxemburg\t1995\n"
        "Comune di Bolzano\tItalien / Südtirol\t2004",
        "Weitere Kommunen können die Erklärung bis zur nächsten Mitgliederversammlung "
        "mitzeichnen. Kontakt: europa@klimabuendnis.example\n\n"
        "Teilen: Facebook | Mastodon | E-Mail\n\n"
        "Klima-Bündnis der europäischen Städte mit indigenen Völkern der Regenwälder e.V.\n"
        "Galvanistraße 28, 60486 Frankfurt am Main",
        "Tübingen/DE; Hannover/DE; Münster/DE; Ilvesheim/DE; Marburg/DE; Lüneburg/DE; "
        "Erlangen/DE; Jena/DE; Saarbrücken/DE; Wien|Vienna/AT; Innsbruck/AT; Wolfurt/AT; "
        "Judenburg/AT; Feldkirch/AT; Zürich|Zurich/CH; Riehen/CH; Differdange/LU; "
        "Esch-sur-Alzette/LU; Bolzano|Bozen/IT",
        "Tab table `Kommune / Land / Bundesland / Mitglied seit` with German honorifics "
        "(`Landeshauptstadt`, `Hansestadt`, `Marktgemeinde`, `Stadtgemeinde`), Länder and "
        "cantons named like cities (Wien, Zürich, Basel-Stadt); the venue and host Luxemburg "
        "(also the country of two signatories), Quito and the footer's Frankfurt did not sign.",
    ),
    Page(
        "es-manifiesto-comercio-justo-numerado-ayuntamiento-provincia",
        "es",
        "numbered;region_after;not_signatory;majority_other_country",
        "Manifiesto de las Ciudades por el Comercio Justo ante la Presidencia española",
        (2025, 10, 10),
        "Inicio / Actualidad / Manifiestos\n\n"
        "Con motivo del Día Mundial del Comercio Justo, los municipios de la red Ciudades por "
        "el Comercio Justo han suscrito un manifiesto dirigido al Gobierno de España y a la "
        "Comisión Europea. El texto pide que la compra pública municipal incorpore criterios "
        "de comercio justo y que la directiva europea de diligencia debida se aplique sin "
        "rebajas.\n\n"
        "El manifiesto se presentó en el Ayuntamiento de Madrid, que acogió el acto, ante "
        "representantes de la Coordinadora Estatal de Comercio Justo. Lo firman:",
        "1. Ayuntamiento de Córdoba (Córdoba)\n"
        "2. Ayuntamiento de Santiago de Compostela (A Coruña)\n"
        "3. Ayuntamiento de León (León)\n"
        "4. Ayuntamiento de Valladolid (Valladolid)\n"
        "5. Ayuntamiento de Mérida (Badajoz)\n"
        "6. Ayuntamiento de Granada (Granada)\n"
        "7. Ayuntamiento de Málaga (Málaga)\n"
        "8. Ayuntamiento de Getafe (Madrid)\n"
        "9. Ayuntamiento de Alcobendas (Madrid)\n"
        "10. Ayuntamiento de Logroño (La Rioja)\n"
        "11. Ayuntamiento de Guadalajara (Guadalajara)\n"
        "12. Ayuntamiento de Cáceres (Cáceres)\n"
        "13. Ayuntamiento de Santander (Cantabria)\n"
        "14. Ayuntamiento de Toledo (Toledo)\n"
        "15. Ajuntament de Castelló de la Plana (Castellón)\n"
        "16. Ajuntament de Sabadell (Barcelona)\n"
        "17. Ajuntament de Terrassa (Barcelona)\n"
        "18. Concello de Vigo (Pontevedra)\n"
        "19. Ayuntamiento de Oviedo (Asturias)\n"
        "20. Ayuntamiento de Zaragoza (Zaragoza)\n"
        "21. Cabildo de Lanzarote (Las Palmas)\n"
        "22. Ayuntamiento de Santa Cruz de Tenerife (Santa Cruz de Tenerife)\n"
        "23. Ayuntamiento de Vitoria-Gasteiz (Álava)\n"
        "24. Ayuntamiento de Pamplona (Navarra)",
        "Los municipios que deseen adherirse pueden escribir a la secretaría técnica.\n\n"
        "Compartir: WhatsApp · Facebook · X\n\n"
        "Noticias relacionadas\n"
        "Burgos y Murcia renuevan su título de Ciudad por el Comercio Justo\n"
        "Jornada de compra pública responsable en Bilbao\n\n"
        "Ciudades por el Comercio Justo · Calle del Gobernador 39, 28014 Madrid",
        "Córdoba/ES; Santiago de Compostela/ES; León/ES; Valladolid/ES; Mérida/ES; "
        "Granada/ES; Málaga/ES; Getafe/ES; Alcobendas/ES; Logroño/ES; Guadalajara/ES; "
        "Cáceres/ES; Santander/ES; Toledo/ES; Castelló de la Plana|Castellón de la Plana/ES; "
        "Sabadell/ES; Terrassa/ES; Vigo/ES; Oviedo/ES; Zaragoza/ES; "
        "Cabildo de Lanzarote|Lanzarote/ES/region; Santa Cruz de Tenerife/ES; "
        "Vitoria-Gasteiz/ES; Pamplona/ES",
        "Numbered `Ayuntamiento/Ajuntament/Concello de X (Provincia)` with provinces named like "
        "cities (A Coruña, Barcelona, Madrid, Las Palmas), names with big namesakes in the "
        "Americas (Córdoba, León, Mérida, Granada, Guadalajara, Santiago, Toledo, Santander); "
        "an island council; the host Madrid and the teasers did not sign.",
    ),
    Page(
        "it-dichiarazione-citta-interculturali-comune-di-sotto-regioni",
        "it",
        "one_a_line;region_heading;not_signatory;teasers",
        "Dichiarazione di Reggio Emilia della Rete italiana delle Città Interculturali",
        (2025, 11, 21),
        "Home › Notizie › Documenti\n\n"
        "21 novembre 2025\n\n"
        "Riunite a Reggio Emilia per l'assemblea annuale della Rete italiana Città del Dialogo, "
        "le amministrazioni aderenti al programma Città Interculturali del Consiglio d'Europa "
        "hanno approvato una dichiarazione sull'accoglienza e la partecipazione dei nuovi "
        "cittadini. Il documento richiama la Convenzione quadro per la protezione delle "
        "minoranze nazionali e la Carta sociale europea firmata a Torino.\n\n"
        "«Il dialogo non è un costo: è il modo in cui una città cresce» ha detto l'assessora "
        "della città ospitante, che coordina la rete nazionale. All'incontro ha partecipato "
        "una delegazione del segretariato di Strasburgo.\n\n"
        "Hanno sottoscritto la dichiarazione:",
        "Emilia-Romagna\n"
        "Comune di Modena\n"
        "Comune di Forlì\n"
        "Comune di Ravenna\n"
        "Comune di Novellara\n"
        "Comune di Savignano sul Rubicone\n"
        "Comune di Castelvetro di Modena\n"
        "Toscana\n"
        "Comune di Pontedera\n"
        "Comune di Fucecchio\n"
        "Comune di Campi Bisenzio\n"
        "Comune di Prato\n"
        "Liguria\n"
        "Comune di Genova\n"
        "Lombardia\n"
        "Comune di Milano\n"
        "Comune di Bergamo\n"
        "Piemonte\n"
        "Comune di Torino\n"
        "Marche\n"
        "Comune di Senigallia\n"
        "Puglia\n"
        "Comune di Bari\n"
        "Sicilia\n"
        "Comune di Palermo\n"
        "Sardegna\n"
        "Comune di Olbia",
        "Il testo è aperto all'adesione di altri comuni della rete.\n\n"
        "Condividi: Facebook | LinkedIn | Email\n\n"
        "Potrebbe interessarti anche\n"
        "Lublino e Limassol nuove città del programma\n"
        "Un anno di mediazione culturale a Cagliari\n\n"
        "Rete Città del Dialogo – c/o Comune di Reggio Emilia, Piazza Prampolini 1, Reggio Emilia",
        "Modena/IT; Forlì/IT; Ravenna/IT; Novellara/IT; Savignano sul Rubicone/IT; "
        "Castelvetro di Modena/IT; Pontedera/IT; Fucecchio/IT; Campi Bisenzio/IT; Prato/IT; "
        "Genova|Genoa/IT; Milano|Milan/IT; Bergamo/IT; Torino|Turin/IT; Senigallia/IT; "
        "Bari/IT; Palermo/IT; Olbia/IT",
        "`Comune di X` lines under Italian region headings, one town named after another "
        "(Castelvetro di Modena); the host and coordinator Reggio Emilia, Torino of the Charter "
        "(which also signs), Strasburgo and the teasers are not signatories.",
    ),
    Page(
        "pt-compromisso-pacto-autarcas-tabela-nuts-data-adesao",
        "pt",
        "table_tabs;columns_after;no_country;not_signatory",
        "Compromisso dos municípios portugueses do Pacto de Autarcas para 2030",
        (2025, 6, 5),
        "Início | Notícias | Compromissos\n\n"
        "No Dia Mundial do Ambiente, os municípios portugueses signatários do Pacto de Autarcas "
        "para o Clima e Energia renovaram o seu compromisso de reduzir as emissões em pelo "
        "menos 55% até 2030 e de aprovar planos de adaptação às alterações climáticas.\n\n"
        "A sessão decorreu no Fórum Lisboa, por iniciativa da coordenação nacional do Pacto, "
        "com a presença da Agência Portuguesa do Ambiente. Na ocasião foi recordado o Acordo "
        "de Paris e o Roteiro para a Neutralidade Carbónica 2050.\n\n"
        "Municípios que subscreveram o compromisso:",
        "Município\tNUTS II\tAdesão ao Pacto\n"
        "Almada\tÁrea Metropolitana de Lisboa\t2009\n"
        "Cascais\tÁrea Metropolitana de Lisboa\t2010\n"
        "Loures\tÁrea Metropolitana de Lisboa\t2014\n"
        "Seixal\tÁrea Metropolitana de Lisboa\t2016\n"
        "Matosinhos\tNorte\t2011\n"
        "Guimarães\tNorte\t2013\n"
        "Braga\tNorte\t2012\n"
        "Viana do Castelo\tNorte\t2010\n"
        "Bragança\tNorte\t2015\n"
        "Coimbra\tCentro\t2013\n"
        "Leiria\tCentro\t2018\n"
        "Castelo Branco\tCentro\t2016\n"
        "Évora\tAlentejo\t2012\n"
        "Beja\tAlentejo\t2019\n"
        "Loulé\tAlgarve\t2014\n"
        "Lagos\tAlgarve\t2017\n"
        "Funchal\tRegião Autónoma da Madeira\t2011\n"
        "Ponta Delgada\tRegião Autónoma dos Açores\t2020",
        "A lista será atualizada à medida que outros municípios aprovem o compromisso nas "
        "respetivas assembleias municipais.\n\n"
        "Partilhar: Facebook · LinkedIn · E-mail\n\n"
        "Pacto de Autarcas – Gabinete nacional, Avenida Almirante Gago Coutinho 30, Lisboa",
        "Almada/PT; Cascais/PT; Loures/PT; Seixal/PT; Matosinhos/PT; Guimarães/PT; Braga/PT; "
        "Viana do Castelo/PT; Bragança/PT; Coimbra/PT; Leiria/PT; Castelo Branco/PT; Évora/PT; "
        "Beja/PT; Loulé/PT; Lagos/PT; Funchal/PT; Ponta Delgada/PT",
        "Tab table `Município / NUTS II / Adesão` with no country; Lagos (bigger in Nigeria), "
        "Braga, Beja, the NUTS regions `Área Metropolitana de Lisboa` and `Norte`; the venue "
        "Lisboa, Paris of the Agreement and the footer are not signatories.",
    ),
    Page(
        "nl-open-brief-burgemeesters-kernwapens-lopende-tekst-den-haag",
        "nl",
        "running_text;not_signatory;no_country;named_twice;teasers",
        "Open brief van Nederlandse burgemeesters: teken het kernwapenverbod",
        (2025, 8, 6),
        "Home > Nieuws > Open brief\n\n"
        "6 augustus 2025 – Op de tachtigste herdenkingsdag van de atoombom op Hiroshima "
        "hebben burgemeesters van Nederlandse gemeenten die lid zijn van Mayors for Peace een "
        "open brief gestuurd aan de minister van Buitenlandse Zaken. Zij vragen het kabinet om "
        "als waarnemer deel te nemen aan de Statenvergadering van het Verdrag inzake het "
        "verbod op kernwapens en om de toezeggingen uit het Non-proliferatieverdrag na te "
        "komen.\n\n"
        "De brief werd vanochtend in Den Haag overhandigd aan een delegatie van het ministerie "
        "door de burgemeester van Ede, voorzitter van het Nederlandse netwerk, die zelf namens "
        "de vereniging tekende en niet namens haar gemeente.",
        "De brief is ondertekend door de burgemeesters van Amsterdam, Rotterdam, Utrecht, "
        "Eindhoven, Groningen, Nijmegen, Leiden, Haarlem, Zwolle, Deventer, Arnhem, Delft, "
        "Tilburg, 's-Hertogenbosch, Maastricht, Leeuwarden, Enschede, Wageningen, Vlissingen, "
        "Hoorn, Zaanstad, Alkmaar, Amersfoort en Gouda. Ook de Haagse burgemeester heeft zich "
        "bij de oproep aangesloten, zodat de stad waar het kabinet zetelt eveneens onder de "
        "brief staat: Den Haag tekende op de dag van de overhandiging.",
        "Lees de volledige brief (pdf)\n\n"
        "Delen: LinkedIn | Bluesky | WhatsApp\n\n"
        "Meer nieuws\n"
        "Vredesvlag wappert in Oss en Venlo\n"
        "Scholieren uit Apeldoorn op bezoek in Nagasaki\n\n"
        "Mayors for Peace Nederland · Postbus 9154 · 6710 HD Ede",
        "Amsterdam/NL; Rotterdam/NL; Utrecht/NL; Eindhoven/NL; Groningen/NL; Nijmegen/NL; "
        "Leiden/NL; Haarlem/NL; Zwolle/NL; Deventer/NL; Arnhem/NL; Delft/NL; Tilburg/NL; "
        "'s-Hertogenbosch/NL; Maastricht/NL; Leeuwarden/NL; Enschede/NL; Wageningen/NL; "
        "Vlissingen/NL; Hoorn/NL; Zaanstad/NL; Alkmaar/NL; Amersfoort/NL; Gouda/NL; "
        "Den Haag|The Hague/NL",
        "Running text of `burgemeesters van X, Y en Z`, then The Hague joining as `de Haagse "
        "burgemeester` and `Den Haag tekende`, also the place of hand-over (expected once); "
        "Ede (the chair, signed for the association), Hiroshima and the teasers did not sign.",
    ),
    Page(
        "pl-stanowisko-prezydent-miasta-dopelniacz-do-wiadomosci",
        "pl",
        "one_a_line;inflected;person_after;not_signatory;no_country",
        "Wspólne stanowisko prezydentów miast w sprawie Funduszu Modernizacyjnego",
        (2025, 3, 11),
        "Strona główna / Aktualności / Stanowiska\n\n"
        "Prezydenci miast zrzeszonych w Związku Miast Polskich oraz w Unii Miast Bałtyckich "
        "przyjęli wspólne stanowisko w sprawie dostępu samorządów do środków Funduszu "
        "Modernizacyjnego na transformację ciepłownictwa. Stanowisko przyjęto na posiedzeniu "
        "w Poznaniu, którego gospodarzem był Prezydent Miasta Poznania.\n\n"
        "Sygnatariusze wskazują, że bez bezpośredniego dostępu miast do funduszy cele "
        "Porozumienia paryskiego i pakietu „Fit for 55” pozostaną poza zasięgiem.\n\n"
        "Podpisali:",
        "Aleksandra Dulkiewicz-Nowak – Prezydent Miasta Gdańska\n"
        "Wojciech Szczurek-Lis – Prezydent Miasta Gdyni\n"
        "Jacek Sutkowski – Prezydent Miasta Sopotu\n"
        "Michał Zaleski-Kruk – Prezydent Miasta Torunia\n"
        "Ewa Kamińska – Prezydent Miasta Szczecin\n"
        "Piotr Grzymała – Prezydent Miasta Koszalina\n"
        "Magdalena Wrona – Prezydent Miasta Słupska\n"
        "Tadeusz Bielski – Prezydent Miasta Elbląga\n"
        "Jerzy Olszewski – Prezydent Olsztyna\n"
        "Anna Czarnecka – Prezydent Miasta Białegostoku\n"
        "Rafał Domański – Prezydent Miasta Łodzi\n"
        "Katarzyna Lis – Prezydent Miasta Rzeszowa",
        "Do wiadomości:\n"
        "– Minister Klimatu i Środowiska, Warszawa\n"
        "– Przewodniczący Komisji Wspólnej Rządu i Samorządu Terytorialnego\n"
        "– Sekretariat Unii Miast Bałtyckich, Gdańsk\n\n"
        "Udostępnij: Facebook · X · LinkedIn\n\n"
        "Związek Miast Polskich, ul. Robocza 42, 61-517 Poznań",
        "Gdańsk/PL; Gdynia/PL; Sopot/PL; Toruń/PL; Szczecin/PL; Koszalin/PL; Słupsk/PL; "
        "Elbląg/PL; Olsztyn/PL; Białystok/PL; Łódź/PL; Rzeszów/PL",
        "`Name – Prezydent Miasta X` lines with genitives (Gdańska, Sopotu, Białegostoku, "
        "Łodzi) and one nominative (Szczecin); the host Poznań (Poznaniu, Poznania), Paris of "
        "the Agreement and the addressees in Warszawa and Gdańsk (which also signed) after the "
        "list are not signatories.",
    ),
    Page(
        "sv-oppet-brev-ubc-namn-ordforande-kommun-region",
        "sv",
        "one_a_line;person_before;inflected;body_not_city;not_signatory;teasers",
        "Öppet brev: Östersjöns kommuner kräver snabbare åtgärder mot övergödning",
        (2025, 6, 12),
        "Start / Nyheter / Öppet brev\n\n"
        "Inför EU:s miljöministermöte i Luxemburg skickar svenska medlemmar i Union of Baltic "
        "Cities ett öppet brev till regeringen. Kommunerna vill att Helcoms aktionsplan för "
        "Östersjön genomförs fullt ut och att statliga medel till våtmarker och "
        "reningsverk fördubblas.\n\n"
        "Brevet togs fram av UBC:s kommission för hållbara städer, som samordnas från Åbo, och "
        "presenterades vid Almedalsveckan i Visby.\n\n"
        "Undertecknare",
        "Anna Bergström, kommunstyrelsens ordförande, Karlskrona kommun\n"
        "Johan Nordqvist, kommunstyrelsens ordförande, Kalmar kommun\n"
        "Lena Ekholm, kommunstyrelsens ordförande, Växjö kommun\n"
        "Per Sandberg, kommunalråd, Norrköpings kommun\n"
        "Maria Lindahl, kommunstyrelsens ordförande, Nyköpings kommun\n"
        "Erik Holm, kommunstyrelsens ordförande, Gävle kommun\n"
        "Sofia Åkesson, kommunalråd, Umeå kommun\n"
        "Mats Öberg, kommunstyrelsens ordförande, Luleå kommun\n"
        "Karin Sjöberg, regionstyrelsens ordförande, Region Kalmar län\n"
        "Henrik Wallin, kommunstyrelsens ordförande, Oskarshamns kommun",
        "Läs hela brevet (pdf)\n\n"
        "Dela: Facebook | LinkedIn | E-post\n\n"
        "Relaterat\n"
        "Kiel och Klaipėda leder nytt projekt om hamnarnas klimatomställning\n"
        "UBC:s generalförsamling samlas i Pärnu i oktober\n\n"
        "Union of Baltic Cities, Wały Jagiellońskie 1, 80-853 Gdańsk, Polen",
        "Karlskrona/SE; Kalmar/SE; Växjö/SE; Norrköping/SE; Nyköping/SE; Gävle/SE; Umeå/SE; "
        "Luleå/SE; Region Kalmar län|Kalmar County/SE/region; Oskarshamn/SE",
        "`Name, title, X kommun` lines with genitives (Norrköpings, Nyköpings, Oskarshamns) and "
        "a region named after a signatory town; the ministers' venue Luxemburg, Åbo (the "
        "coordinator), the venue Visby, the teasers and the footer did not sign.",
    ),
    Page(
        "da-faelleserklaering-kommuner-to-kolonner-mellemrum",
        "da",
        "several_a_line;no_country;not_signatory",
        "Fælleserklæring: danske kommuner bakker op om Fairtrade i offentlige indkøb",
        (2025, 5, 9),
        "Forside » Nyheder » Fælleserklæring\n\n"
        "På Verdens Fair Trade Dag har danske Fairtrade-kommuner og kommuner i netværket "
        "for bæredygtige indkøb underskrevet en fælleserklæring. Kommunerne forpligter sig "
        "til at stille krav om fair handel i alle udbud af kaffe, te, frugt og "
        "arbejdstøj inden 2027.\n\n"
        "Erklæringen blev overrakt til KL på et møde i Kommunernes Hus i København. Odense "
        "Kommune, som var vært for sidste års konference, arbejder på at tilslutte sig efter "
        "byrådets behandling i juni.\n\n"
        "Erklæringen er underskrevet af:",
        "Aarhus Kommune                    Aalborg Kommune\n"
        "Esbjerg Kommune                   Vejle Kommune\n"
        "Randers Kommune                   Horsens Kommune\n"
        "Kolding Kommune                   Silkeborg Kommune\n"
        "Roskilde Kommune                  Herning Kommune\n"
        "Hørsholm Kommune                  Ballerup Kommune\n"
        "Frederiksberg Kommune             Holbæk Kommune\n"
        "Svendborg Kommune                 Sønderborg Kommune\n"
        "Viborg Kommune                    Helsingør Kommune\n"
        "Næstved Kommune                   Skive Kommune\n"
        "Middelfart Kommune                Fredericia Kommune",
        "Flere kommuner ventes at skrive under i løbet af efteråret.\n\n"
        "Del: Facebook · LinkedIn · Mail\n\n"
        "Fairtrade Danmark · Vesterbrogade 2B · 1620 København V",
        "Aarhus/DK; Aalborg/DK; Esbjerg/DK; Vejle/DK; Randers/DK; Horsens/DK; Kolding/DK; "
        "Silkeborg/DK; Roskilde/DK; Herning/DK; Hørsholm/DK; Ballerup/DK; Frederiksberg/DK; "
        "Holbæk/DK; Svendborg/DK; Sønderborg/DK; Viborg/DK; Helsingør/DK; Næstved/DK; "
        "Skive/DK; Middelfart/DK; Fredericia/DK",
        "Two columns of `X Kommune` flattened with wide spaces, read row by row, no "
        "country; the venue København and Odense (to join later) did not sign.",
    ),
    Page(
        "no-nyhet-tre-ordforere-genitiv-oslo-vert",
        "no",
        "running_text;few;inflected;not_signatory;teasers",
        "Tre ordførere signerer felles erklæring om fred og nedrustning",
        (2025, 8, 9),
        "Hjem / Aktuelt\n\n"
        "Publisert 9. august 2025\n\n"
        "På minnedagen for atombomben over Nagasaki signerte tre norske ordførere en felles "
        "erklæring til støtte for Mayors for Peace og FNs traktat om forbud mot "
        "atomvåpen. Erklæringen ble undertegnet under en minnemarkering ved Rådhuset i Oslo, "
        "der Oslos varaordfører ønsket velkommen.",
        "Erklæringen er signert av Bergens ordfører Marit Haugland, ordføreren i Tromsø, "
        "Gunnar Wilhelmsen Lie, og Kristiansands ordfører Mathias Bernander Holt. De tre "
        "byene har vært medlemmer av nettverket siden 1980-tallet.",
        "– Vi står sammen med byene som har opplevd krigens verste ødeleggelser, sa "
        "Haugland. Ordføreren i Fredrikstad, som hadde meldt seg på, måtte melde forfall.\n\n"
        "Del artikkelen: Facebook · E-post\n\n"
        "Les også\n"
        "Fredsflagg heist i Drammen og Hamar\n"
        "Ungdommer fra Bodø til Hiroshima\n\n"
        "Ordførere for fred Norge · Postboks 7000 · 5020 Bergen",
        "Bergen/NO; Tromsø/NO; Kristiansand/NO",
        "Three signatories in running text: genitives (`Bergens ordfører`, `Kristiansands "
        "ordfører`) and `ordføreren i Tromsø`, a person named like a Norwegian place "
        "(Bernander Holt); the host Oslo, absent Fredrikstad, Nagasaki, teasers and the "
        "footer's Bergen (which also signed) are not extra signatories.",
    ),
    Page(
        "fi-julkilausuma-pdf-allekirjoitukset-kaupunki-titteli",
        "fi",
        "one_a_line;inflected;person_after;person_named_like_place;not_signatory;no_country",
        "Suurten kaupunkien julkilausuma EU:n koheesiopolitiikan tulevaisuudesta",
        (2025, 2, 3),
        "Etusivu > Ajankohtaista > Julkilausumat\n\n"
        "Suomen suurimmat kaupungit ovat antaneet yhteisen julkilausuman EU:n seuraavasta "
        "monivuotisesta rahoituskehyksestä. Kaupungit vaativat, että koheesiopolitiikan "
        "varoja kohdennetaan suoraan kaupunkiseuduille eikä niitä keskitetä kansallisille "
        "ministeriöille. Julkilausuma luovutettiin Brysselissä Euroopan komission "
        "edustajille Eurocities-verkoston kokouksen yhteydessä.\n\n"
        "Alla julkilausuman allekirjoitussivu sellaisena kuin se on PDF-tiedostossa.\n\n"
        "JULKILAUSUMA 3.2.2025\n\n"
        "Helsingissä 3. helmikuuta 2025",
        "Helsingin kaupunki\n\n"
        "Juhani Nieminen\n"
        "pormestari\n\n"
        "Espoon kaupunki\n\n"
        "Anna Rauma\n"
        "kaupunginjohtaja\n\n"
        "Tampereen kaupunki\n\n"
        "Kari Hämeenlinna\n"
        "pormestari\n\n"
        "Julkilausuma kaupunkien rahoituksesta                                    2 (2)\n\n"
        "Vantaan kaupunki\n\n"
        "Riikka Laine\n"
        "kaupunginjohtaja\n\n"
        "Oulun kaupunki\n\n"
        "Pekka Kemi\n"
        "kaupunginjohtaja\n\n"
        "Turun kaupunki\n\n"
        "Tiina Virta\n"
        "pormestari\n\n"
        "Jyväskylän kaupunki\n\n"
        "Mikko Kuusela\n"
        "kaupunginjohtaja",
        "Lisätietoja: kaupunkiverkoston edunvalvontapäällikkö, puh. 040 123 4567\n\n"
        "Jaa: Facebook · LinkedIn · Sähköposti\n\n"
        "Suurten kaupunkien verkosto · Toinen linja 14 · 00530 Helsinki",
        "Helsinki/FI; Espoo/FI; Tampere/FI; Vantaa/FI; Oulu/FI; Turku/FI; Jyväskylä/FI",
        "PDF signature blocks `Helsingin kaupunki` (genitive) over a signer and title, a "
        "running footer `2 (2)` between blocks, the place of signing `Helsingissä`; signers "
        "named Rauma, Hämeenlinna, Kemi (places); Brussels (Brysselissä) is the venue.",
    ),
    Page(
        "is-yfirlysing-sveitarfelaga-loftslag-opinber-heiti-baejarstjori",
        "is",
        "one_a_line;inflected;person_after;no_country;not_signatory",
        "Loftslagsyfirlýsing sveitarfélaga undirrituð í Hörpu",
        (2025, 10, 24),
        "Forsíða / Fréttir\n\n"
        "Tólf sveitarfélög undirrituðu í dag sameiginlega yfirlýsingu um aðgerðir í "
        "loftslagsmálum á haustfundi Sambands íslenskra sveitarfélaga í Hörpu. "
        "Sveitarfélögin skuldbinda sig til að setja sér loftslagsstefnu, mæla losun "
        "gróðurhúsalofttegunda og vinna að markmiðum Parísarsamningsins.\n\n"
        "Formaður sambandsins, sem jafnframt er oddviti í Hveragerði, sagði yfirlýsinguna "
        "skýrt merki um að sveitarfélögin ætli sér að leiða orkuskiptin. Fulltrúi "
        "umhverfisráðuneytisins ávarpaði fundinn.\n\n"
        "Eftirtalin sveitarfélög undirrituðu yfirlýsinguna:",
        "Reykjavíkurborg (Dagný Ólafsdóttir, borgarstjóri)\n"
        "Kópavogsbær (Ármann Gunnarsson, bæjarstjóri)\n"
        "Hafnarfjarðarkaupstaður (Rósa Sigurðardóttir, bæjarstjóri)\n"
        "Garðabær (Almar Þórsson, bæjarstjóri)\n"
        "Mosfellsbær (Regína Helgadóttir, bæjarstjóri)\n"
        "Seltjarnarnesbær (Þór Sigurgeirsson, bæjarstjóri)\n"
        "Akureyrarbær (Ásthildur Jónsdóttir, bæjarstjóri)\n"
        "Reykjanesbær (Kjartan Már Eiríksson, bæjarstjóri)\n"
        "Akraneskaupstaður (Haraldur Benediktsson, bæjarstjóri)\n"
        "Ísafjarðarbær (Arna Lára Hálfdánardóttir, bæjarstjóri)\n"
        "Vestmannaeyjabær (Íris Guðmundsdóttir, bæjarstjóri)\n"
        "Sveitarfélagið Árborg (Bragi Bjarnason, bæjarstjóri)",
        "Yfirlýsingin er opin öðrum sveitarfélögum til undirritunar.\n\n"
        "Deila: Facebook · Netfang\n\n"
        "Samband íslenskra sveitarfélaga · Borgartúni 30 · 105 Reykjavík",
        "Reykjavík/IS; Kópavogur/IS; Hafnarfjörður/IS; Garðabær/IS; Mosfellsbær/IS; "
        "Seltjarnarnes/IS; Akureyri/IS; Reykjanesbær/IS; Akranes/IS; Ísafjörður/IS; "
        "Vestmannaeyjar/IS; Selfoss|Árborg/IS",
        "Official Icelandic names (`Reykjavíkurborg`, `Hafnarfjarðarkaupstaður`, "
        "`Akureyrarbær`, `Sveitarfélagið Árborg` whose seat is Selfoss) with the mayor in "
        "brackets; the venue Harpa, the chair's Hveragerði and the footer's Reykjavík are not "
        "extra signatories.",
    ),
    Page(
        "ca-manifest-alcaldes-per-la-pau-vinyetes-ajuntament-comarca",
        "ca",
        "bulleted;region_after;no_country;not_signatory;majority_other_country;teasers",
        "Manifest dels municipis catalans d'Alcaldes per la Pau pel desarmament nuclear",
        (2025, 9, 21),
        "Inici › Actualitat › Manifestos\n\n"
        "Dia Internacional de la Pau, 21 de setembre de 2025\n\n"
        "Els municipis dels territoris de parla catalana que formen part d'Alcaldes per la Pau "
        "han fet públic un manifest conjunt que demana als governs d'Espanya, de França i "
        "d'Andorra que signin el Tractat sobre la Prohibició de les Armes Nuclears, aprovat a "
        "Nova York el 2017. El manifest recorda la Declaració de Barcelona sobre les ciutats i "
        "la pau i reivindica el paper de la diplomàcia local.\n\n"
        "La presentació es va fer al Saló de Cent de l'Ajuntament de Barcelona, amfitrió de "
        "l'acte, amb la participació de la coordinació de la secció estatal, que té la seu a "
        "Granollers. Barcelona s'hi adherirà formalment quan el plenari ho aprovi.\n\n"
        "Municipis signants:",
        "• Ajuntament de Girona (Gironès)\n"
        "• Ajuntament de Lleida (Segrià)\n"
        "• Ajuntament de Tarragona (Tarragonès)\n"
        "• Ajuntament de Reus (Baix Camp)\n"
        "• Ajuntament de Sabadell (Vallès Occidental)\n"
        "• Ajuntament de Terrassa (Vallès Occidental)\n"
        "• Ajuntament de Sant Cugat del Vallès (Vallès Occidental)\n"
        "• Ajuntament de Rubí (Vallès Occidental)\n"
        "• Ajuntament de Mollet del Vallès (Vallès Oriental)\n"
        "• Ajuntament de Cardedeu (Vallès Oriental)\n"
        "• Ajuntament de Mataró (Maresme)\n"
        "• Ajuntament de Premià de Mar (Maresme)\n"
        "• Ajuntament de Badalona (Barcelonès)\n"
        "• Ajuntament de Santa Coloma de Gramenet (Barcelonès)\n"
        "• Ajuntament de l'Hospitalet de Llobregat (Barcelonès)\n"
        "• Ajuntament de Cornellà de Llobregat (Baix Llobregat)\n"
        "• Ajuntament de Sant Boi de Llobregat (Baix Llobregat)\n"
        "• Ajuntament de Castelldefels (Baix Llobregat)\n"
        "• Ajuntament de Viladecans (Baix Llobregat)\n"
        "• Ajuntament d'Esplugues de Llobregat (Baix Llobregat)\n"
        "• Ajuntament de Vilanova i la Geltrú (Garraf)\n"
        "• Ajuntament de Sitges (Garraf)\n"
        "• Ajuntament de Vilafranca del Penedès (Alt Penedès)\n"
        "• Ajuntament d'Igualada (Anoia)\n"
        "• Ajuntament de Manresa (Bages)\n"
        "• Ajuntament de Vic (Osona)\n"
        "• Ajuntament de Figueres (Alt Empordà)\n"
        "• Ajuntament de Palafrugell (Baix Empordà)\n"
        "• Ajuntament d'Olot (Garrotxa)\n"
        "• Ajuntament de Tortosa (Baix Ebre)\n"
        "• Ajuntament d'Amposta (Montsià)\n"
        "• Ajuntament de Valls (Alt Camp)\n"
        "• Ajuntament de Tàrrega (Urgell)\n"
        "• Ajuntament de la Seu d'Urgell (Alt Urgell)\n"
        "• Ajuntament de Palma (Mallorca)\n"
        "• Ajuntament de Maó (Menorca)\n"
        "• Ajuntament d'Alcoi (Alcoià)\n"
        "• Ajuntament de Gandia (Safor)\n"
        "• Ajuntament de Castelló de la Plana (Plana Alta)\n"
        "• Comú d'Andorra la Vella (Andorra)\n"
        "• Ajuntament de Perpinyà (Rosselló)\n"
        "• Ajuntament de Prada (Conflent)",
        "Altres ajuntaments s'hi poden adherir enviant l'acord de ple a la coordinació.\n\n"
        "Comparteix: Facebook · X · Telegram\n\n"
        "També et pot interessar\n"
        "Sant Feliu de Llobregat acull la trobada anual de regidories de cooperació\n"
        "Escoles de Badia del Vallès i Ripollet planten ginkgos d'Hiroshima\n\n"
        "Alcaldes per la Pau – secció estatal · Plaça de la Porxada 6 · 08401 Granollers",
        "Girona/ES; Lleida/ES; Tarragona/ES; Reus/ES; Sabadell/ES; Terrassa/ES; "
        "Sant Cugat del Vallès/ES; Rubí/ES; Mollet del Vallès/ES; Cardedeu/ES; Mataró/ES; "
        "Premià de Mar/ES; Badalona/ES; Santa Coloma de Gramenet/ES; "
        "L'Hospitalet de Llobregat/ES; Cornellà de Llobregat/ES; Sant Boi de Llobregat/ES; "
        "Castelldefels/ES; Viladecans/ES; Esplugues de Llobregat/ES; "
        "Vilanova i la Geltrú/ES; Sitges/ES; Vilafranca del Penedès/ES; Igualada/ES; "
        "Manresa/ES; Vic/ES; Figueres/ES; Palafrugell/ES; Olot/ES; Tortosa/ES; Amposta/ES; "
        "Valls/ES; Tàrrega/ES; La Seu d'Urgell/ES; Palma/ES; Maó|Mahón/ES; Alcoi|Alcoy/ES; "
        "Gandia/ES; Castelló de la Plana|Castellón de la Plana/ES; Andorra la Vella/AD; "
        "Perpignan/FR; Prades/FR",
        "42 bullets `Ajuntament de/d'X (Comarca)` with Catalan names (Maó, Alcoi, Perpinyà, "
        "Prada), comarques that read like places (Urgell, Garraf, Andorra), a `Comú` of Andorra "
        "and two French towns with no country; the host Barcelona (to join later), the "
        "coordinator Granollers, New York of the Treaty and the teasers did not sign.",
    ),
]

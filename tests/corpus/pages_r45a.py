"""Batch r45a: 14 pages from 14 invented city networks (coastal adaptation, health, peace,
digital services, migration, water, local safety, culture, cycling, children, ageing, waste,
food and renewable energy), one language each: en, fr, de, es, it, pt, nl, pl, da, no, fi,
el, tr, he. Seven are joint statements or open letters with their signatories (title lines,
signature blocks, running text, country headings, genitive body names, name-then-title
lines), seven are member lists or news of new members (bullets with départements, a tab
table, district headings, directory cards, several members a line under region names, a
news item in running text). Towns and bodies of many sizes, some not cities (a county
council, a Landkreis, a metropolitan city, a Spanish provincial council, an intermunicipal
community, a powiat, a Danish region, a fylkeskommune, a Finnish wellbeing services county,
a Greek region, an Israeli cluster of authorities). Written without reading the reader or
running it; the networks, statements and people are invented, the places are real.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r45a-open-letter-coastal-mayors-title-lines-county-council-countries",
        "en",
        "one_a_line;person_before;country_in_language;body_not_city;not_signatory",
        "Open letter: coastal towns cannot wait for adaptation finance",
        (2025, 3, 18),
        "To: the Secretary of State for Environment, Food and Rural Affairs; the Minister for "
        "Housing, Local Government and Heritage (Ireland); the European Commissioner for "
        "Climate Action\n\n"
        "We write as leaders of towns and cities on the Atlantic and Celtic Sea coasts, members "
        "of the Shorelines Adaptation Alliance. Since our last letter in 2023, winter storms have "
        "closed harbour roads in three of our member towns, flooded a primary school and taken "
        "out the only rail link to a peninsula of 40,000 people for eleven days.\n\n"
        "Our councils have done what we were asked to do. We have mapped our risk, consulted "
        "our residents and drawn up shoreline management plans. What we do not have is the "
        "money to build them. Competitive bidding rounds reward the councils with the largest "
        "bid-writing teams, not the places with the greatest need.\n\n"
        "We therefore ask you to:\n"
        "1. replace annual competitions with a ten-year settlement for coastal adaptation, "
        "allocated by exposure;\n"
        "2. let councils borrow against that settlement to start work now;\n"
        "3. fund the maintenance of defences, not only their construction;\n"
        "4. meet us, with our colleagues from Brittany, Galicia and the Basque Country, before "
        "the autumn budget.\n\n"
        "We would welcome the opportunity to host you in any of our towns.\n\n"
        "Yours sincerely,",
        "Cllr Harriet Okafor, Lord Mayor of Plymouth\n"
        "Cllr Rhodri Vaughan, Leader, Swansea Council\n"
        "Moira Sutherland, Lord Provost of Aberdeen\n"
        "Cllr Joanna Pennick, Mayor of Penzance\n"
        "Cllr Dónal Breathnach, Lord Mayor of Cork\n"
        "Cllr Aoife Keaveney, Mayor of Galway City\n"
        "Cllr Seán Mac Giolla Rua, Cathaoirleach, Kerry County Council\n"
        "Yannick Le Goff, Mayor of Brest, France\n"
        "Morgane Kervella, Mayor of Lorient, France\n"
        "Xoán Carballeira, Mayor of Vigo, Spain\n"
        "Iñaki Zubizarreta, Mayor of Donostia / San Sebastián, Spain\n"
        "Ana Leitão, President of the Municipal Council of Aveiro, Portugal",
        "The letter was coordinated by the Alliance secretariat. Media enquiries: "
        "press@shorelines-alliance.example\n\n"
        "Download the letter (PDF, 212 KB)",
        "Plymouth/GB; Swansea/GB; Aberdeen/GB; Penzance/GB; Cork/IE; Galway/IE; "
        "Kerry County Council|County Kerry|Kerry/IE/county; Brest/FR; Lorient/FR; Vigo/ES; "
        "Donostia|San Sebastián/ES; Aveiro/PT",
    ),
    Page(
        "fr-r45a-villes-sante-nouveaux-membres-puces-departements-saint-denis-reunion",
        "fr",
        "bulleted;region_after;not_signatory;body_not_city;majority_other_country",
        "Neuf collectivités rejoignent le Réseau des Villes pour la Santé Publique",
        (2024, 11, 26),
        "Réunie à Nancy les 21 et 22 novembre, l'assemblée générale du Réseau des Villes pour "
        "la Santé Publique a validé l'adhésion de neuf nouvelles collectivités. Le réseau "
        "compte désormais 112 membres, de la commune de 8 000 habitants à la métropole.\n\n"
        "« Ces adhésions montrent que la santé environnementale et l'accès aux soins sont "
        "devenus des sujets municipaux à part entière », s'est félicitée la présidente du "
        "réseau, Claire Vasseur-Ménard, adjointe au maire de Rennes.\n\n"
        "Les nouveaux membres :",
        "• Angoulême (Charente)\n"
        "• Villeurbanne (Rhône)\n"
        "• Saint-Brieuc (Côtes-d'Armor)\n"
        "• Colmar (Haut-Rhin)\n"
        "• Roubaix (Nord)\n"
        "• Montreuil (Seine-Saint-Denis)\n"
        "• Alès (Gard)\n"
        "• Grand Besançon Métropole (Doubs)\n"
        "• Saint-Denis (La Réunion)",
        "Les représentants des nouvelles villes seront invités aux journées techniques de "
        "printemps, consacrées cette année à la qualité de l'air intérieur dans les écoles.\n\n"
        "Vous souhaitez adhérer ? Consultez la page « Devenir membre » ou écrivez au "
        "secrétariat.",
        "Angoulême/FR; Villeurbanne/FR; Saint-Brieuc/FR; Colmar/FR; Roubaix/FR; Montreuil/FR; "
        "Alès/FR; Grand Besançon Métropole|Grand Besançon/FR/metropolitan area; Saint-Denis/RE",
    ),
    Page(
        "de-r45a-friedensstaedte-erklaerung-unterschriftenbloecke-landkreis-augsburg",
        "de",
        "person_before;country_in_language;body_not_city;not_signatory",
        "Augsburger Erklärung der Friedensstädte zum Internationalen Tag des Friedens",
        (2024, 9, 21),
        "Die Mitglieder des Netzwerks „Kommunen für Frieden und Verständigung“ haben bei "
        "ihrer Jahrestagung in Augsburg die folgende Erklärung verabschiedet.\n\n"
        "Städte und Gemeinden sind die Orte, an denen Menschen unterschiedlicher Herkunft "
        "täglich zusammenleben. Sie sind auch die Orte, an denen Kriege ihre Folgen zeigen: "
        "in der Aufnahme Geflüchteter, in gestiegenen Energiepreisen, in einer Verrohung der "
        "Sprache, die wir in Ratssitzungen und auf Marktplätzen erleben.\n\n"
        "Wir, die unterzeichnenden Bürgermeisterinnen und Bürgermeister, verpflichten uns,\n"
        "– die Friedensbildung an Schulen und in der Erwachsenenbildung zu stärken,\n"
        "– Partnerschaften mit Kommunen in Konfliktregionen zu pflegen und auszubauen,\n"
        "– den Dialog zwischen Religionsgemeinschaften vor Ort zu fördern,\n"
        "– uns für die weltweite Abschaffung von Atomwaffen einzusetzen.\n\n"
        "Augsburg, den 21. September 2024",
        "Dr. Katrin Wendelmuth\n"
        "Oberbürgermeisterin der Stadt Osnabrück\n\n"
        "Matthias Brettschneider\n"
        "Oberbürgermeister der Lutherstadt Wittenberg\n\n"
        "Thomas Grieshaber\n"
        "Oberbürgermeister der Stadt Freiburg im Breisgau\n\n"
        "Heike Sommerfeld\n"
        "Oberbürgermeisterin der Hanse- und Universitätsstadt Rostock\n\n"
        "Jörg Hainbach\n"
        "Erster Bürgermeister der Stadt Kempten (Allgäu)\n\n"
        "Nadine Kerkhoff\n"
        "Bürgermeisterin der Stadt Kleve\n\n"
        "Elke Obermann\n"
        "Bürgermeisterin der Gemeinde Wadgassen\n\n"
        "Friedrich Kalbe\n"
        "Landrat des Landkreises Marburg-Biedenkopf\n\n"
        "Sabine Rauchenberger\n"
        "Vizebürgermeisterin der Landeshauptstadt Linz (Österreich)\n\n"
        "Ruedi Ammann\n"
        "Stadtpräsident von St. Gallen (Schweiz)",
        "Die Erklärung steht weiteren Kommunen zur Mitzeichnung offen. Bitte wenden Sie sich "
        "an die Geschäftsstelle des Netzwerks.\n\n"
        "Pressekontakt: presse@kommunen-fuer-frieden.example",
        "Osnabrück/DE; Wittenberg|Lutherstadt Wittenberg/DE; Freiburg|Freiburg im Breisgau/DE; "
        "Rostock/DE; Kempten|Kempten (Allgäu)/DE; Kleve/DE; Wadgassen/DE; "
        "Landkreis Marburg-Biedenkopf|Marburg-Biedenkopf/DE/county; Linz/AT; "
        "Sankt Gallen|St. Gallen/CH",
    ),
    Page(
        "es-r45a-red-ciudades-digitales-miembros-tabla-provincia-comunidad-diputacion",
        "es",
        "table_tabs;columns_after;no_country;body_not_city",
        "Entidades miembro de la Red de Municipios por la Administración Digital",
        (2025, 1, 14),
        "La Red de Municipios por la Administración Digital agrupa a ayuntamientos y "
        "diputaciones que comparten soluciones de software libre, modelos de sede electrónica "
        "y formación para su personal. Estas son las entidades adheridas a 31 de diciembre "
        "de 2024.\n\n"
        "Puede filtrar la tabla por comunidad autónoma o descargarla en formato CSV.",
        "Entidad\tProvincia\tComunidad autónoma\tAdhesión\n"
        "Ayuntamiento de Alcobendas\tMadrid\tComunidad de Madrid\t2017\n"
        "Ayuntamiento de Getafe\tMadrid\tComunidad de Madrid\t2019\n"
        "Ayuntamiento de Logroño\tLa Rioja\tLa Rioja\t2017\n"
        "Ayuntamiento de Ponferrada\tLeón\tCastilla y León\t2020\n"
        "Ayuntamiento de Soria\tSoria\tCastilla y León\t2021\n"
        "Ayuntamiento de Talavera de la Reina\tToledo\tCastilla-La Mancha\t2018\n"
        "Ayuntamiento de Motril\tGranada\tAndalucía\t2022\n"
        "Ajuntament de Gandia\tValencia\tComunitat Valenciana\t2019\n"
        "Ajuntament de Reus\tTarragona\tCataluña\t2017\n"
        "Ayuntamiento de Torrelavega\tCantabria\tCantabria\t2023\n"
        "Ayuntamiento de Avilés\tAsturias\tPrincipado de Asturias\t2018\n"
        "Ayuntamiento de Lorca\tMurcia\tRegión de Murcia\t2021\n"
        "Ayuntamiento de Mérida\tBadajoz\tExtremadura\t2020\n"
        "Ayuntamiento de Cáceres\tCáceres\tExtremadura\t2024\n"
        "Diputación de Badajoz\tBadajoz\tExtremadura\t2022\n"
        "Ayuntamiento de Huesca\tHuesca\tAragón\t2019\n"
        "Ayuntamiento de Vitoria-Gasteiz\tÁlava\tPaís Vasco\t2017\n"
        "Concello de Ourense\tOurense\tGalicia\t2023\n"
        "Ayuntamiento de Santa Cruz de Tenerife\tSanta Cruz de Tenerife\tCanarias\t2020",
        "¿Su entidad quiere sumarse a la Red? La adhesión se aprueba por acuerdo de pleno y "
        "no tiene coste para municipios de menos de 20.000 habitantes.\n\n"
        "Última actualización: 14/01/2025",
        "Alcobendas/ES; Getafe/ES; Logroño/ES; Ponferrada/ES; Soria/ES; "
        "Talavera de la Reina/ES; Motril/ES; Gandia/ES; Reus/ES; Torrelavega/ES; Avilés/ES; "
        "Lorca/ES; Mérida/ES; Cáceres/ES; Diputación de Badajoz|Province of Badajoz/ES/province; "
        "Huesca/ES; Vitoria-Gasteiz/ES; Ourense/ES; Santa Cruz de Tenerife/ES",
    ),
    Page(
        "it-r45a-dichiarazione-accoglienza-sindaci-running-citta-metropolitana-torino-bari-assente",
        "it",
        "running_text;not_signatory;body_not_city",
        "Accoglienza e inclusione: la dichiarazione dei Comuni della rete Città Aperte",
        (2024, 6, 20),
        "In occasione della Giornata mondiale del rifugiato, i Comuni aderenti alla rete Città "
        "Aperte hanno sottoscritto una dichiarazione comune sull'accoglienza diffusa e "
        "sull'inclusione dei minori stranieri non accompagnati. Il testo è stato presentato "
        "questa mattina a Torino, nella sala del Consiglio comunale.\n\n"
        "I firmatari chiedono al Governo un finanziamento stabile del Sistema di accoglienza "
        "e integrazione, tempi certi per il rilascio dei permessi di soggiorno e il "
        "riconoscimento del ruolo dei servizi sociali comunali nella presa in carico dei "
        "minori.",
        "La dichiarazione porta la firma dei sindaci di Bergamo, Prato, Reggio Emilia, "
        "Trento, Ancona, Lecce, Cosenza e Palermo, oltre che della Città metropolitana di "
        "Bologna, che ha aderito con una delibera del Consiglio metropolitano. Il sindaco di "
        "Bari, trattenuto da impegni istituzionali, ha fatto sapere che il Comune aderirà nelle "
        "prossime settimane.",
        "«Le città sono il luogo in cui l'accoglienza funziona o fallisce», ha detto "
        "l'assessora alle Politiche sociali Giulia Ferrandi, che coordina la rete. «Chiediamo "
        "di essere messi nelle condizioni di farla funzionare.»\n\n"
        "Il testo integrale della dichiarazione è disponibile nella sezione Documenti.",
        "Bergamo/IT; Prato/IT; Reggio Emilia|Reggio nell'Emilia/IT; Trento/IT; Ancona/IT; "
        "Lecce/IT; Cosenza/IT; Palermo/IT; "
        "Città metropolitana di Bologna|Metropolitan City of Bologna/IT/metropolitan area",
    ),
    Page(
        "pt-r45a-rede-agua-municipios-distritos-titulos-cim-acores",
        "pt",
        "region_heading;one_a_line;body_not_city",
        "Municípios aderentes à Rede Municipal para a Eficiência Hídrica",
        (2024, 10, 2),
        "A Rede Municipal para a Eficiência Hídrica reúne municípios e entidades "
        "intermunicipais empenhados em reduzir as perdas nas redes de abastecimento, "
        "reutilizar águas residuais tratadas e preparar planos de contingência para a seca.\n\n"
        "Lista de aderentes, organizada por distrito e região autónoma:",
        "Distrito de Braga\n"
        "Município de Barcelos\n"
        "Município de Guimarães\n"
        "Município de Fafe\n\n"
        "Distrito de Viana do Castelo\n"
        "Município de Ponte de Lima\n"
        "Comunidade Intermunicipal do Alto Minho\n\n"
        "Distrito de Aveiro\n"
        "Município de Águeda\n"
        "Município de Ílhavo\n\n"
        "Distrito de Coimbra\n"
        "Município da Figueira da Foz\n\n"
        "Distrito de Leiria\n"
        "Município de Leiria\n"
        "Município de Pombal\n\n"
        "Distrito de Beja\n"
        "Município de Beja\n"
        "Município de Mértola\n\n"
        "Distrito de Faro\n"
        "Município de Loulé\n"
        "Município de Tavira\n\n"
        "Região Autónoma dos Açores\n"
        "Município de Ponta Delgada\n"
        "Município de Angra do Heroísmo",
        "A adesão à Rede é aprovada em reunião de câmara. Os municípios aderentes têm acesso "
        "à plataforma de indicadores e às sessões de capacitação técnica.\n\n"
        "Saiba como aderir",
        "Barcelos/PT; Guimarães/PT; Fafe/PT; Ponte de Lima/PT; "
        "Comunidade Intermunicipal do Alto Minho|CIM Alto Minho|Alto Minho/PT/"
        "union of municipalities; "
        "Águeda/PT; Ílhavo/PT; Figueira da Foz/PT; Leiria/PT; Pombal/PT; Beja/PT; Mértola/PT; "
        "Loulé/PT; Tavira/PT; Ponta Delgada/PT; Angra do Heroísmo/PT",
    ),
    Page(
        "nl-r45a-verklaring-ondermijning-burgemeester-van-landkoppen-baarle",
        "nl",
        "region_heading;one_a_line;person_before;country_in_language;not_signatory",
        "Grensoverschrijdende verklaring tegen ondermijnende criminaliteit",
        (2025, 2, 7),
        "Burgemeesters uit Brabant, Limburg, Zeeland en de Belgische provincies Antwerpen en "
        "Limburg hebben vandaag in Breda een gezamenlijke verklaring ondertekend tegen "
        "ondermijnende criminaliteit. Criminele netwerken houden zich niet aan de "
        "landsgrens; politie, justitie en gemeenten moeten dat volgens de burgemeesters ook "
        "niet langer doen.\n\n"
        "De ondertekenaars spreken af om informatie over vergunningen en vastgoed sneller uit "
        "te wisselen, gezamenlijke controles te houden op bedrijventerreinen en in "
        "havengebieden, en de nationale overheden te vragen om juridische belemmeringen voor "
        "gegevensdeling weg te nemen.\n\n"
        "De verklaring is ondertekend door:",
        "Nederland\n"
        "Marieke van den Heuvel, burgemeester van Tilburg\n"
        "Pieter-Jan Smulders, burgemeester van Eindhoven\n"
        "Anouk Verhagen, burgemeester van 's-Hertogenbosch\n"
        "Ruud Brouwers, burgemeester van Roosendaal\n"
        "Karin Dekkers, burgemeester van Bergen op Zoom\n"
        "Wouter Hendrikx, burgemeester van Venlo\n"
        "Ilse Coumans, burgemeester van Heerlen\n"
        "Jan-Willem de Kok, burgemeester van Terneuzen\n"
        "Saskia Oomen, burgemeester van Baarle-Nassau\n\n"
        "België\n"
        "Tom Verlinden, burgemeester van Turnhout\n"
        "Els Vanderhoven, burgemeester van Baarle-Hertog\n"
        "Kristof Janssens, burgemeester van Hoogstraten\n"
        "Nathalie Claes, burgemeester van Genk\n"
        "Bart Luyckx, burgemeester van Mol",
        "De burgemeester van Breda, gastheer van de bijeenkomst, ondertekende als voorzitter "
        "van het Regionaal Veiligheidsoverleg namens het netwerk en niet namens de gemeente. "
        "Over een jaar komen de ondertekenaars opnieuw bijeen om de afspraken te evalueren.",
        "Tilburg/NL; Eindhoven/NL; 's-Hertogenbosch|Den Bosch/NL; Roosendaal/NL; "
        "Bergen op Zoom/NL; Venlo/NL; Heerlen/NL; Terneuzen/NL; Baarle-Nassau/NL; "
        "Turnhout/BE; Baarle-Hertog/BE; Hoogstraten/BE; Genk/BE; Mol/BE",
        note="Breda is the host; its mayor signed for the network, not the municipality",
    ),
    Page(
        "pl-r45a-siec-miast-kultury-nowi-czlonkowie-myslniki-woj-powiat-lublin",
        "pl",
        "bulleted;region_after;not_signatory;body_not_city",
        "Dziewięć samorządów dołączyło do Sieci Miast Kultury",
        (2024, 5, 16),
        "Podczas Walnego Zgromadzenia w Lublinie członkowie Stowarzyszenia Sieć Miast Kultury "
        "przyjęli uchwałę o przyjęciu nowych członków. Sieć liczy obecnie 64 samorządy, od "
        "małych gmin po miasta wojewódzkie.\n\n"
        "– Cieszymy się, że do sieci dołączają również gminy wiejskie i powiaty. Kultura nie "
        "kończy się na granicach dużych miast – mówiła prezes Stowarzyszenia Barbara "
        "Wierzchoń-Kalinowska.\n\n"
        "Nowi członkowie Sieci:",
        "– Miasto Zamość (woj. lubelskie)\n"
        "– Gmina Miejska Kraśnik (woj. lubelskie)\n"
        "– Gmina Kazimierz Dolny (woj. lubelskie)\n"
        "– Gmina Miejska Sandomierz (woj. świętokrzyskie)\n"
        "– Gmina Miejska Przemyśl (woj. podkarpackie)\n"
        "– Powiat Nowotarski (woj. małopolskie)\n"
        "– Miasto Kalisz (woj. wielkopolskie)\n"
        "– Gmina Miasto Ełk (woj. warmińsko-mazurskie)\n"
        "– Gmina Cieszyn (woj. śląskie)",
        "Przedstawiciele nowych członków wezmą udział w jesiennej szkole animatorów kultury, "
        "która odbędzie się w Sandomierzu.\n\n"
        "Zobacz także: mapa członków Sieci",
        "Zamość/PL; Kraśnik/PL; Kazimierz Dolny/PL; Sandomierz/PL; Przemyśl/PL; "
        "Powiat Nowotarski|Nowy Targ County/PL/county; Kalisz/PL; Ełk/PL; Cieszyn/PL",
    ),
    Page(
        "da-r45a-aabent-brev-cykelinfrastruktur-navn-borgmester-kommune-region",
        "da",
        "one_a_line;person_before;body_not_city;not_signatory",
        "Åbent brev til transportministeren: Giv cyklen en fast pulje",
        (2025, 4, 3),
        "Kære transportminister\n\n"
        "Vi skriver til dig som borgmestre i kommuner, der er medlemmer af netværket "
        "Cykelkommuner Syd og Vest. I vores kommuner tager flere og flere cyklen til arbejde "
        "og skole, også på de lange strækninger mellem byerne. Men de statslige "
        "cykelpuljer er uforudsigelige, og kommunerne bruger store ressourcer på ansøgninger, "
        "der ofte ender med afslag.\n\n"
        "Vi opfordrer derfor regeringen til at oprette en fast, flerårig cykelpulje, der "
        "fordeles efter indbyggertal og pendlingsafstande, og til at medfinansiere "
        "supercykelstier mellem kommunerne.\n\n"
        "Vi stiller os gerne til rådighed for et møde, fx i forbindelse med Cykelkonferencen "
        "i Odense til efteråret.\n\n"
        "Med venlig hilsen",
        "Jesper Kjærgaard, borgmester, Esbjerg Kommune\n"
        "Hanne Møller Thygesen, borgmester, Varde Kommune\n"
        "Bo Lykkegaard, borgmester, Tønder Kommune\n"
        "Mette Skovbo, borgmester, Aabenraa Kommune\n"
        "Kasper Ravn Nielsen, borgmester, Sønderborg Kommune\n"
        "Inge-Lise Damgaard, borgmester, Haderslev Kommune\n"
        "Thomas Fogh Andersen, borgmester, Kolding Kommune\n"
        "Lene Bach Sørensen, borgmester, Fredericia Kommune\n"
        "Anders Holm Mikkelsen, borgmester, Vejle Kommune\n"
        "Pia Krogh, borgmester, Middelfart Kommune\n"
        "Søren Vestergaard, borgmester, Lemvig Kommune\n"
        "Niels Otto Brandt, borgmester, Thisted Kommune\n"
        "Karina Lund Poulsen, regionsrådsformand, Region Syddanmark",
        "Brevet er sendt til transportministeren og Folketingets Transportudvalg.",
        "Esbjerg/DK; Varde/DK; Tønder/DK; Aabenraa/DK; Sønderborg/DK; Haderslev/DK; "
        "Kolding/DK; Fredericia/DK; Vejle/DK; Middelfart/DK; Lemvig/DK; Thisted/DK; "
        "Region Syddanmark|Region of Southern Denmark/DK/region",
    ),
    Page(
        "no-r45a-barnas-kommune-medlemskort-fylke-medlem-siden-fylkeskommune",
        "no",
        "one_a_line;region_after;columns_after;body_not_city",
        "Medlemmer i nettverket Barnas kommune",
        (2024, 8, 29),
        "Barnas kommune er et nettverk for kommuner og fylkeskommuner som vil lytte til barn "
        "og unge i planarbeid, budsjett og tjenesteutvikling. Medlemmene deler erfaringer med "
        "barnetråkk, ungdomsråd og barnebudsjett.\n\n"
        "Her finner du alle medlemmene våre. Klikk på en kommune for å se kontaktperson og "
        "pågående prosjekter.",
        "Kristiansand kommune\nAgder\nMedlem siden 2016\nLes mer\n\n"
        "Arendal kommune\nAgder\nMedlem siden 2018\nLes mer\n\n"
        "Grimstad kommune\nAgder\nMedlem siden 2021\nLes mer\n\n"
        "Bergen kommune\nVestland\nMedlem siden 2016\nLes mer\n\n"
        "Voss herad\nVestland\nMedlem siden 2022\nLes mer\n\n"
        "Sogndal kommune\nVestland\nMedlem siden 2023\nLes mer\n\n"
        "Hamar kommune\nInnlandet\nMedlem siden 2017\nLes mer\n\n"
        "Lillehammer kommune\nInnlandet\nMedlem siden 2019\nLes mer\n\n"
        "Gjøvik kommune\nInnlandet\nMedlem siden 2019\nLes mer\n\n"
        "Trondheim kommune\nTrøndelag\nMedlem siden 2016\nLes mer\n\n"
        "Steinkjer kommune\nTrøndelag\nMedlem siden 2020\nLes mer\n\n"
        "Røros kommune\nTrøndelag\nMedlem siden 2024\nLes mer\n\n"
        "Trøndelag fylkeskommune\nTrøndelag\nMedlem siden 2021\nLes mer\n\n"
        "Bodø kommune\nNordland\nMedlem siden 2018\nLes mer\n\n"
        "Narvik kommune\nNordland\nMedlem siden 2022\nLes mer\n\n"
        "Tromsø kommune\nTroms\nMedlem siden 2017\nLes mer\n\n"
        "Harstad kommune\nTroms\nMedlem siden 2020\nLes mer\n\n"
        "Alta kommune\nFinnmark\nMedlem siden 2023\nLes mer",
        "Vil din kommune bli med? Ta kontakt med sekretariatet, så forteller vi mer om "
        "medlemskap og kontingent.",
        "Kristiansand/NO; Arendal/NO; Grimstad/NO; Bergen/NO; Voss/NO; Sogndal/NO; Hamar/NO; "
        "Lillehammer/NO; Gjøvik/NO; Trondheim/NO; Steinkjer/NO; Røros/NO; "
        "Trøndelag fylkeskommune|Trøndelag/NO/county; Bodø/NO; Narvik/NO; Tromsø/NO; "
        "Harstad/NO; Alta/NO",
    ),
    Page(
        "fi-r45a-julkilausuma-ikaystavalliset-kunnat-kaupunki-genetiivi-hyvinvointialue",
        "fi",
        "one_a_line;inflected;person_before;body_not_city;not_signatory",
        "Ikäystävällisten kuntien verkoston julkilausuma: ikääntyneiden asuminen on "
        "ratkaistava kunnissa",
        (2024, 10, 1),
        "Ikäystävällisten kuntien verkosto antoi kansainvälisenä vanhusten päivänä "
        "julkilausuman, joka hyväksyttiin verkoston vuosiseminaarissa Tampereella.\n\n"
        "Suomessa on vuonna 2030 yli puolitoista miljoonaa yli 65-vuotiasta. Suurin osa heistä "
        "haluaa asua kotona, mutta moni asuu talossa, jossa ei ole hissiä, tai kylässä, josta "
        "palvelut ovat kaukana. Kunnat ja hyvinvointialueet voivat ratkaista tämän vain "
        "yhdessä.\n\n"
        "Allekirjoittaneet sitoutuvat ottamaan ikääntyneiden tarpeet huomioon kaavoituksessa "
        "ja liikenteessä, lisäämään esteettömiä asuntoja ja tukemaan yhteisöllistä asumista. "
        "Valtiolta edellytämme pysyvää rahoitusta hissien jälkiasentamiseen.\n\n"
        "Julkilausuman allekirjoittivat:",
        "Pormestari Jukka Heinonen, Kuopion kaupunki\n"
        "Kaupunginjohtaja Sari Lehtikangas, Jyväskylän kaupunki\n"
        "Kaupunginjohtaja Mikko Saarelainen, Lahden kaupunki\n"
        "Kaupunginjohtaja Anne Rajaniemi, Porin kaupunki\n"
        "Kaupunginjohtaja Tapio Haukijärvi, Seinäjoen kaupunki\n"
        "Kaupunginjohtaja Riitta Palokangas, Rovaniemen kaupunki\n"
        "Kaupunginjohtaja Henrik Sjöberg, Kauniaisten kaupunki\n"
        "Kaupunginjohtaja Petri Mäkinen, Salon kaupunki\n"
        "Kaupunginjohtaja Laura Kettunen, Mikkelin kaupunki\n"
        "Kaupunginjohtaja Mats Lindqvist, Loviisan kaupunki\n"
        "Kaupunginjohtaja Eeva Koivula, Ikaalisten kaupunki\n"
        "Kunnanjohtaja Aki Rautio, Sodankylän kunta\n"
        "Hyvinvointialuejohtaja Minna Toivanen, Pirkanmaan hyvinvointialue",
        "Lisätietoja: verkoston koordinaattori, puh. 040 123 4567",
        "Kuopio/FI; Jyväskylä/FI; Lahti/FI; Pori/FI; Seinäjoki/FI; Rovaniemi/FI; "
        "Kauniainen/FI; Salo/FI; Mikkeli/FI; Loviisa/FI; Ikaalinen/FI; Sodankylä/FI; "
        "Pirkanmaan hyvinvointialue|Pirkanmaa Wellbeing Services County|Pirkanmaa/FI/region",
    ),
    Page(
        "el-r45a-diktyo-anakyklosis-meli-perifereies-dimos-genikh-kypros",
        "el",
        "several_a_line;region_before;inflected;body_not_city;country_in_language;not_signatory",
        "Τα μέλη του Δικτύου Δήμων για την Κυκλική Οικονομία",
        (2024, 12, 10),
        "Το Δίκτυο Δήμων για την Κυκλική Οικονομία ιδρύθηκε το 2019 με στόχο την ανταλλαγή "
        "εμπειριών στη διαλογή στην πηγή, στα πράσινα σημεία και στην κομποστοποίηση. Σήμερα "
        "αριθμεί 17 μέλη από την Ελλάδα και την Κύπρο.\n\n"
        "Μέλη ανά Περιφέρεια:",
        "Ανατολική Μακεδονία και Θράκη: Δήμος Καβάλας, Δήμος Κομοτηνής\n"
        "Κεντρική Μακεδονία: Δήμος Σερρών, Δήμος Βέροιας, Περιφέρεια Κεντρικής Μακεδονίας\n"
        "Δυτική Μακεδονία: Δήμος Κοζάνης\n"
        "Ήπειρος: Δήμος Ιωαννιτών\n"
        "Θεσσαλία: Δήμος Τρικκαίων\n"
        "Στερεά Ελλάδα: Δήμος Λαμιέων\n"
        "Δυτική Ελλάδα: Δήμος Πατρέων\n"
        "Πελοπόννησος: Δήμος Ναυπλιέων, Δήμος Καλαμάτας\n"
        "Νότιο Αιγαίο: Δήμος Ρόδου\n"
        "Κρήτη: Δήμος Ηρακλείου, Δήμος Χανίων\n"
        "Κύπρος: Δήμος Λεμεσού, Δήμος Λάρνακας",
        "Η έδρα του Δικτύου βρίσκεται στη Θεσσαλονίκη. Για πληροφορίες σχετικά με την ένταξη "
        "νέων μελών επικοινωνήστε με τη Γραμματεία.",
        "Kavala/GR; Komotini/GR; Serres/GR; Véroia/GR; "
        "Περιφέρεια Κεντρικής Μακεδονίας|Central Macedonia/GR/region; Kozani/GR; "
        "Ioannina/GR; Trikala/GR; Lamia/GR; Patras/GR; Nafplio/GR; Kalamata/GR; Rhodes/GR; "
        "Heraklion/GR; Chania/GR; Limassol/CY; Larnaca/CY",
    ),
    Page(
        "tr-r45a-gida-guvencesi-bildirgesi-baskan-isim-il-parantez-izmir-ev-sahibi",
        "tr",
        "one_a_line;person_after;region_after;not_signatory",
        "Kentlerde Gıda Güvencesi Bildirgesi imzalandı",
        (2024, 10, 16),
        "Dünya Gıda Günü kapsamında Gıda Güvencesi İçin Belediyeler Ağı'nın ev sahipliğinde "
        "İzmir'de düzenlenen forumda, 14 belediye başkanı Kentlerde Gıda Güvencesi "
        "Bildirgesi'ni imzaladı.\n\n"
        "Bildirgede, iklim krizi ve artan gıda fiyatları karşısında belediyelerin yerel "
        "üreticiyi destekleyen kooperatif modellerini yaygınlaştırması, kent bostanlarının "
        "çoğaltılması, okul beslenme programlarının geliştirilmesi ve gıda israfının "
        "azaltılması için ortak hedefler belirlendi. Belediyeler ayrıca tarım arazilerinin "
        "imara açılmasına karşı ortak bir tutum sergileme kararı aldı.\n\n"
        "Bildirgeyi imzalayan belediye başkanları:",
        "Mersin Büyükşehir Belediye Başkanı Deniz Aksoylu\n"
        "Antalya Büyükşehir Belediye Başkanı Murat Eryılmaz\n"
        "Muğla Büyükşehir Belediye Başkanı Seda Karaağaç\n"
        "Çankaya Belediye Başkanı (Ankara) Elif Sönmezer\n"
        "Tepebaşı Belediye Başkanı (Eskişehir) Hakan Yurtsever\n"
        "Nilüfer Belediye Başkanı (Bursa) Gül Tanrıverdi\n"
        "Kadıköy Belediye Başkanı (İstanbul) Cem Özdoğan\n"
        "Karşıyaka Belediye Başkanı (İzmir) Aylin Korkmazer\n"
        "Bornova Belediye Başkanı (İzmir) Oğuz Demirtaş\n"
        "Seferihisar Belediye Başkanı (İzmir) Nergis Alkan\n"
        "Ayvalık Belediye Başkanı (Balıkesir) Tuncay Özer\n"
        "Edremit Belediye Başkanı (Balıkesir) Sevgi Aydemir\n"
        "Bodrum Belediye Başkanı (Muğla) Kaan Yelkenci\n"
        "Tarsus Belediye Başkanı (Mersin) Fatma Gündoğdu",
        "Forumun açılış konuşmasını yapan Ağ Başkanı Leyla Tunçbilek, bildirgenin "
        "önümüzdeki yıl Türkiye Belediyeler Birliği aracılığıyla tüm belediyelere "
        "imzaya açılacağını söyledi.",
        "Mersin/TR; Antalya/TR; Muğla/TR; Çankaya/TR; Tepebaşı/TR; Nilüfer/TR; Kadıköy/TR; "
        "Karşıyaka/TR; Bornova/TR; Seferihisar/TR; Ayvalık/TR; Edremit/TR; Bodrum/TR; "
        "Tarsus/TR",
    ),
    Page(
        "he-r45a-forum-energia-mithadeshet-mitztarfot-running-vav-eshkol-eilat",
        "he",
        "running_text;not_signatory;body_not_city",
        "תשע רשויות הצטרפו לפורום הרשויות לאנרגיה מתחדשת",
        (2025, 1, 22),
        "בכנס השנתי של פורום הרשויות לאנרגיה מתחדשת, שהתקיים השבוע באילת, אישרה האסיפה "
        "הכללית את הצטרפותן של תשע רשויות חדשות. עם הצטרפותן מונה הפורום 47 רשויות "
        "מקומיות ואשכולות, מהצפון ועד הנגב.\n\n"
        "הרשויות החברות בפורום מתחייבות להתקין מערכות סולאריות על גגות מבני ציבור, לקדם "
        "אגירת אנרגיה ברמה השכונתית ולשתף נתוני צריכה באופן שקוף.",
        "הפורום מברך את הרשויות שהצטרפו: עיריית כפר סבא, עיריית רעננה, עיריית אשדוד, "
        "עיריית מודיעין-מכבים-רעות, עיריית עפולה, עיריית קריית שמונה, עיריית דימונה, "
        "המועצה המקומית מיתר ואשכול רשויות הנגב המערבי.",
        '"אנחנו רואים היום רשויות קטנות בפריפריה שמובילות את המהפכה הסולארית", אמרה '
        'יו"ר הפורום, נועה בר-שלום. "ההצטרפות של האשכול מהנגב המערבי מראה שגם שיתוף '
        'פעולה בין רשויות הוא חלק מהפתרון".\n\n'
        "רשויות המעוניינות להצטרף לפורום מוזמנות לפנות למזכירות.",
        "Kfar Saba/IL; Ra'anana/IL; Ashdod/IL; Modiin|Modi'in/IL; Afula/IL; "
        "Kiryat Shmona|Qiryat Shmona/IL; Dimona/IL; Meitar/IL; "
        "אשכול רשויות הנגב המערבי|Western Negev Cluster/IL/union of municipalities",
    ),
]

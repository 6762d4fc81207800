"""Hand-written pages, batch u: written for issue #20 as a held-out check of round 12, before any
change to the reader for them and without reading it. Member pages, member directories, news
about new members, annual reports' member lists and event pages listing participating cities,
modelled on how city networks publish them (the text select-all and copy gives): an English
members directory flattened from cards, four lines a city with `Member since` and `View city
profile`, beside the secretariat and the next conference's host, one city given as `Åland,
Finland`; English news of new members in running text grouped `X, Y and Z in Kenya; ...` with
quotes, a venue, a regional hub and a summit; an annual report's table copied from a PDF, the
country before the city, single spaces between the cells, a running header and rows broken over
two lines, beside the charters and offices named after cities; a French members page by country
with counts, `Bénin (4)`, under a board of other cities and beside the next general assembly's
host; a German news item of new members as `Stadt`, `Gemeinde X (Deister)`, `Marktgemeinde`,
`Landkreis` bullets with their Land and country in brackets; a Spanish event page's
participating cities with their autonomous community after a dash, the host apart; an Italian tab
table of `Ente`, `Provincia` (codes), `Tipologia`, year with a region, a province and a
metropolitan city among the comuni; a Portuguese map page's side list, each municipality over its
district (`Distrito de Setúbal`) with the map's controls; a Dutch list by province with counts,
provinces named like their capitals; a Norwegian network page of `X kommune` and
`X fylkeskommune` bullets under its board, secretariat and next gathering; Finnish genitive
`Iisalmen kaupunki` new members in running text with a venue `Lahdessa`; Greek `Δήμος Ιωαννιτών –
Δήμαρχος: ...` lines beside a venue and the Ramsar Convention; Croatian participating cities with
exonyms and countries in Croatian, the host `u Vukovaru` and the secretariat `u Ulmu` apart; a
Hungarian A–Z list `Város – X vármegye (év)` whose counties contain towns' names (`Pest`,
`Komárom-Esztergom`, `Jász-Nagykun-Szolnok`). Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page


def _cards(rows: str) -> str:
    """Member cards as the copy gives them: city, country, `Member since`, the link."""
    cards = []
    for row in rows.strip().splitlines():
        city, country, year = (part.strip() for part in row.split("|"))
        cards.append(f"{city}\n{country}\nMember since {year}\nView city profile")
    return "\n\n".join(cards)


BALTIC = """
Aabenraa | Denmark | 1991
Cēsis | Latvia | 2001
Elbląg | Poland | 1991
Greifswald | Germany | 1994
Haapsalu | Estonia | 1993
Jelgava | Latvia | 1995
Kalmar | Sweden | 1991
Karlskrona | Sweden | 1991
Klaipėda | Lithuania | 1991
Kotka | Finland | 1991
Kuressaare | Estonia | 1991
Liepāja | Latvia | 1991
Mariehamn | Åland, Finland | 1992
Næstved | Denmark | 1997
Panevėžys | Lithuania | 1999
Pärnu | Estonia | 1991
Sopot | Poland | 1996
Wismar | Germany | 1992
"""


PORTUGAL = """
Abrantes | Distrito de Santarém
Águeda | Distrito de Aveiro
Albufeira | Distrito de Faro
Almada | Distrito de Setúbal
Amadora | Distrito de Lisboa
Aveiro | Distrito de Aveiro
Barreiro | Distrito de Setúbal
Beja | Distrito de Beja
Braga | Distrito de Braga
Bragança | Distrito de Bragança
Cascais | Distrito de Lisboa
Chaves | Distrito de Vila Real
Coimbra | Distrito de Coimbra
Évora | Distrito de Évora
Faro | Distrito de Faro
Figueira da Foz | Distrito de Coimbra
Funchal | Região Autónoma da Madeira
Guarda | Distrito de Guarda
Guimarães | Distrito de Braga
Leiria | Distrito de Leiria
Lisboa | Distrito de Lisboa
Loulé | Distrito de Faro
Loures | Distrito de Lisboa
Lousada | Distrito de Porto
Matosinhos | Distrito de Porto
Odivelas | Distrito de Lisboa
Oeiras | Distrito de Lisboa
Palmela | Distrito de Setúbal
Paredes | Distrito de Porto
Ponta Delgada | Região Autónoma dos Açores
Porto | Distrito de Porto
Santa Maria da Feira | Distrito de Aveiro
Santarém | Distrito de Santarém
Seixal | Distrito de Setúbal
Sintra | Distrito de Lisboa
Torres Vedras | Distrito de Lisboa
Viana do Castelo | Distrito de Viana do Castelo
Vila Franca de Xira | Distrito de Lisboa
Vila Nova de Famalicão | Distrito de Braga
Viseu | Distrito de Viseu
"""


def _map_list(rows: str) -> str:
    """A map's side list as the copy gives it: the place, then its district."""
    entries = (row.split("|") for row in rows.strip().splitlines())
    return "\n\n".join(f"{place.strip()}\n{district.strip()}" for place, district in entries)


PAGES = [
    Page(
        "en-baltic-directory-cards-member-since",
        "en",
        "one_a_line;columns_after;not_signatory;wrong_country",
        "Member cities",
        (2025, 2, 10),
        "Home / About us / Member cities\n\n"
        "Founded in Gdańsk in September 1991, our union brings together cities of all sizes "
        "from the ten countries around the Baltic Sea. Member cities work together in "
        "commissions, exchange staff and experts, and speak with one voice to national "
        "governments and the European Union.\n\n"
        "Find a member city\nSearch by name\n\n"
        "Country\nAll countries\nDenmark\nEstonia\nFinland\nGermany\nLatvia\nLithuania\n"
        "Norway\nPoland\nSweden\n\n"
        "Population\nAll\nUnder 200 000\n200 000 and more\n\n"
        "Sort by\nA–Z\n\n"
        "Showing 18 member cities (filter: under 200 000)",
        _cards(BALTIC),
        "Show more\n\n"
        "Is your city interested in joining? Read about membership and fees, or write to the "
        "secretariat.\n\n"
        "Secretariat\nWały Jagiellońskie 1\n80-853 Gdańsk, Poland\n+48 58 301 09 17\n\n"
        "Next event\nXVIII General Conference\nTurku, Finland · 14–17 October 2025\n"
        "Register now",
        "Aabenraa/DK; Cēsis/LV; Elbląg/PL; Greifswald/DE; Haapsalu/EE; Jelgava/LV; Kalmar/SE; "
        "Karlskrona/SE; Klaipėda/LT; Kotka/FI; Kuressaare/EE; Liepāja/LV; Mariehamn/AX; "
        "Næstved/DK; Panevėžys/LT; Pärnu/EE; Sopot/PL; Wismar/DE",
        "a members directory flattened from cards (city, country, `Member since`, `View city "
        "profile`) under country filters; Mariehamn given as `Åland, Finland` (GeoNames: AX); "
        "Gdańsk (founding place, secretariat) and Turku (next conference) are not in the list",
    ),
    Page(
        "en-new-members-running-grouped-by-country",
        "en",
        "running_text;not_signatory",
        "Ten cities from East Africa and the Western Balkans join the Strong Cities Network",
        (2024, 11, 6),
        "News | Membership\n\n"
        "Ten cities from East Africa and the Western Balkans have joined the Strong Cities "
        "Network, bringing the global network to more than 230 members. The cities were "
        "welcomed at the Network's regional workshop in Sarajevo on 5 November, which brought "
        "together mayors, city officials and youth workers from both regions to share "
        "approaches to preventing hate, polarisation and violent extremism.",
        "The new members are Mombasa, Garissa and Lamu in Kenya; Gulu, Arua and Kasese in "
        "Uganda; Tuzla, Zenica and Mostar in Bosnia and Herzegovina; and Prizren in Kosovo.",
        '"Our coastal towns have learned that prevention starts in the neighbourhood, with '
        'mothers, imams and youth leaders at the same table," said Fatuma Abdalla, Deputy '
        'Governor responsible for the Mombasa city administration. "Joining the Network lets '
        'us learn from cities that have faced the same pressures."\n\n'
        '"Tuzla has always been a city where people of every faith live side by side," said '
        'Mayor Adnan Hasanović. "We want to share what works, and be honest about what '
        'does not."\n\n'
        "The Kenyan and Ugandan members will be supported by the Network's East and Southern "
        "Africa Regional Hub in Nairobi, while the Balkan cities will work with the Western "
        "Balkans hub. All ten will be invited to the Network's Global Summit in New York next "
        "September.\n\n"
        "The Strong Cities Network is managed by a team based in London. Cities interested in "
        "membership can find out more on our Join page.\n\n"
        "Topics: Membership, East Africa, Western Balkans",
        "Mombasa/KE; Garissa/KE; Lamu/KE; Gulu/UG; Arua/UG; Kasese/UG; Tuzla/BA; Zenica/BA; "
        "Mostar/BA; Prizren/XK",
        "new members in one running sentence grouped `X, Y and Z in Country;`; Sarajevo "
        "(venue), Nairobi (regional hub), New York (summit) and London (team) are not members",
    ),
    Page(
        "en-annual-report-pdf-country-city-rows",
        "en",
        "one_a_line;region_before;columns_after;broken_lines;not_signatory",
        "Annual report 2023: cities designated in Phase VII",
        (2024, 5, 28),
        "Annual report 2023 (PDF, 4.2 MB) – text version\n\n"
        "2. The Network in 2023\n\n"
        "2023 was the fifth year of Phase VII of the Network (2019–2025), built on the "
        "Copenhagen Consensus of Mayors and the Belfast Charter for Healthy Cities. The Annual "
        "Business and Technical Conference was held in Utrecht, the Netherlands, from 12 to 14 "
        "June and was attended by 312 participants from 29 countries. The WHO Regional Office "
        "for Europe in Copenhagen and the WHO European Centre for Environment and Health in "
        "Bonn supported the conference's workshops on healthy urban planning.\n\n"
        "Twenty-two cities completed the designation process in 2023 and joined the 96 cities "
        "already designated in Phase VII. Table 3 lists them by country.\n\n"
        "Table 3. Cities designated in 2023\n"
        "Country City Population Designated",
        "Belgium Liège 197 000 March 2023\n"
        "Bulgaria Stara Zagora 136 000 June 2023\n"
        "Croatia Rijeka 108 000 June 2023\n"
        "Denmark Horsens 61 000 March 2023\n"
        "Estonia Tartu 97 000 October 2023\n"
        "Finland Kuopio 122 000 March 2023\n"
        "France Nancy 105 000 October 2023\n"
        "Hungary Pécs 139 000 June 2023\n"
        "Ireland Cork 224 000 March 2023\n"
        "Italy Modena 185 000 June 2023\n"
        "Italy Udine 99 000 October 2023\n"
        "North Macedonia Skopje 526 000 June 2023\n"
        "Poland Łódź 658 000 March 2023\n"
        "Portugal Cascais 214 000 March 2023\n"
        "Slovenia Ljubljana 295 000 October 2023\n"
        "Spain Sant Andreu de la\n"
        "Barca 27 000 June 2023\n"
        "WHO European Healthy Cities Network · Annual report 2023 17\n"
        "18 Annual report 2023 · WHO European Healthy Cities Network\n"
        "Country City Population Designated\n"
        "Spain Viladecans 67 000 October 2023\n"
        "Sweden Helsingborg 149 000 March 2023\n"
        "Türkiye Bursa 3 194 000 June 2023\n"
        "Türkiye İzmir 4 479 000 October 2023\n"
        "United Kingdom Glasgow 635 000 March 2023\n"
        "United Kingdom Newcastle upon\n"
        "Tyne 300 000 June 2023",
        "Source: WHO Healthy Cities secretariat, designation records, 31 December 2023.\n\n"
        "3. National networks\n\n"
        "Thirty national healthy cities networks were accredited at the end of 2023. The "
        "network of Türkiye held its general assembly in Ankara, and the Portuguese network "
        "marked its 25th anniversary with a meeting in Seixal.\n\n"
        "Download the full report (PDF)",
        "Liège/BE; Stara Zagora/BG; Rijeka/HR; Horsens/DK; Tartu/EE; Kuopio/FI; Nancy/FR; "
        "Pécs/HU; Cork/IE; Modena/IT; Udine/IT; Skopje/MK; Łódź/PL; Cascais/PT; Ljubljana/SI; "
        "Sant Andreu de la Barca/ES; Viladecans/ES; Helsingborg/SE; Bursa/TR; İzmir/TR; "
        "Glasgow/GB; Newcastle upon Tyne/GB",
        "an annual report's table copied from a PDF: country before the city, one space between "
        "cells, two rows broken over lines, the running header and the header row repeated at a "
        "page break; Copenhagen, Belfast (named texts, office), Utrecht (venue), Bonn, Ankara "
        "and Seixal are not in the table",
    ),
    Page(
        "fr-membres-afrique-pays-effectifs-bureau",
        "fr",
        "region_heading;one_a_line;country_in_language;not_signatory",
        "Nos villes membres en Afrique de l'Ouest et centrale",
        (2025, 1, 15),
        "Accueil > L'Association > Nos membres > Afrique de l'Ouest et centrale\n\n"
        "L'Association rassemble plus de 300 villes et associations de collectivités de 54 "
        "pays où le français est langue officielle, langue d'usage ou langue de partage. En "
        "Afrique de l'Ouest et centrale, 42 villes sont membres à ce jour ; elles sont "
        "présentées ci-dessous par pays.\n\n"
        "Le Bureau\n"
        "Présidente : la maire de Paris (France)\n"
        "Vice-présidents : les maires de Montréal (Canada), de Beyrouth (Liban) et de Tunis "
        "(Tunisie)\n"
        "Trésorier : le maire de Namur (Belgique)\n"
        "Secrétaire permanent : Paul Mercier\n\n"
        "Voir les membres : Afrique du Nord | Afrique de l'Ouest et centrale | Afrique de "
        "l'Est et océan Indien | Amériques | Asie | Europe | Moyen-Orient\n\n"
        "Afrique de l'Ouest et centrale — 42 villes",
        "Bénin (4)\nAbomey\nCotonou\nParakou\nPorto-Novo\n\n"
        "Burkina Faso (3)\nBobo-Dioulasso\nKoudougou\nOuagadougou\n\n"
        "Cameroun (5)\nBafoussam\nDouala\nDschang\nGaroua\nYaoundé\n\n"
        "Centrafrique (1)\nBangui\n\n"
        "Congo (2)\nBrazzaville\nPointe-Noire\n\n"
        "Côte d'Ivoire (4)\nAbidjan\nBouaké\nKorhogo\nYamoussoukro\n\n"
        "Gabon (2)\nLibreville\nPort-Gentil\n\n"
        "Guinée (2)\nConakry\nKankan\n\n"
        "Mali (4)\nBamako\nMopti\nSégou\nTombouctou\n\n"
        "Mauritanie (2)\nNouadhibou\nNouakchott\n\n"
        "Niger (3)\nAgadez\nNiamey\nZinder\n\n"
        "Sénégal (5)\nDakar\nKaolack\nSaint-Louis\nThiès\nZiguinchor\n\n"
        "Tchad (2)\nMoundou\nN'Djaména\n\n"
        "Togo (3)\nKara\nLomé\nSokodé",
        "Votre ville souhaite adhérer ? Téléchargez le dossier d'adhésion.\n\n"
        "Agenda\n"
        "Assemblée générale 2025 — Kigali (Rwanda), du 18 au 20 novembre\n"
        "Séminaire des villes sahéliennes sur l'eau — en ligne, 4 mars",
        "Abomey/BJ; Cotonou/BJ; Parakou/BJ; Porto-Novo/BJ; Bobo-Dioulasso/BF; Koudougou/BF; "
        "Ouagadougou/BF; Bafoussam/CM; Douala/CM; Dschang/CM; Garoua/CM; Yaoundé/CM; "
        "Bangui/CF; Brazzaville/CG; Pointe-Noire/CG; Abidjan/CI; Bouaké/CI; Korhogo/CI; "
        "Yamoussoukro/CI; Libreville/GA; Port-Gentil/GA; Conakry/GN; Kankan/GN; Bamako/ML; "
        "Mopti/ML; Ségou/ML; Timbuktu|Tombouctou/ML; Nouadhibou/MR; Nouakchott/MR; Agadez/NE; "
        "Niamey/NE; Zinder/NE; Dakar/SN; Kaolack/SN; Saint-Louis/SN; Thiès/SN; Ziguinchor/SN; "
        "Moundou/TD; N'Djamena/TD; Kara/TG; Lomé/TG; Sokodé/TG",
        "members by country heading with counts `Bénin (4)`, one city a line; the board's "
        "cities (Paris, Montréal, Beyrouth, Tunis, Namur) above and the next general "
        "assembly's host Kigali below are not in the region's list; `Congo` and `Niger` headings",
    ),
    Page(
        "de-neue-mitglieder-bundesland-klammern-landkreis",
        "de",
        "bulleted;region_after;country_in_language;body_not_city;not_signatory",
        "Vierzehn neue Mitglieder im ersten Halbjahr 2024",
        (2024, 7, 9),
        "Startseite › Aktuelles › Meldungen\n\n"
        "Das Netzwerk wächst weiter: Im ersten Halbjahr 2024 haben die Räte und Kreistage von "
        "vierzehn Kommunen den Beitritt beschlossen. Mit ihm verpflichten sie sich, ihre "
        "Treibhausgasemissionen alle fünf Jahre um zehn Prozent zu senken und die indigenen "
        "Partner des Bündnisses in Amazonien zu unterstützen.\n\n"
        "„Dass gerade kleine und mittlere Kommunen den Schritt gehen, zeigt, wie breit der "
        "Klimaschutz inzwischen vor Ort verankert ist“, sagt Martina Böhm, Erste "
        "Bürgermeisterin der Universitätsstadt Tübingen und Mitglied des Vorstands.\n\n"
        "Wir begrüßen herzlich:",
        "• Stadt Ansbach (Bayern)\n"
        "• Stadt Wunsiedel (Bayern)\n"
        "• Stadt Sigmaringen (Baden-Württemberg)\n"
        "• Stadt Bad Homburg vor der Höhe (Hessen)\n"
        "• Landkreis Marburg-Biedenkopf (Hessen)\n"
        "• Gemeinde Wennigsen (Deister) (Niedersachsen)\n"
        "• Stadt Kamen (Nordrhein-Westfalen)\n"
        "• Gemeinde Kirchlengern (Nordrhein-Westfalen)\n"
        "• Stadt Pirmasens (Rheinland-Pfalz)\n"
        "• Stadt Sangerhausen (Sachsen-Anhalt)\n"
        "• Stadt Eberswalde (Brandenburg)\n"
        "• Marktgemeinde Wolkersdorf im Weinviertel (Niederösterreich, Österreich)\n"
        "• Stadt Feldkirch (Vorarlberg, Österreich)\n"
        "• Gemeinde Mertert (Luxemburg)",
        "Die neuen Mitglieder stellen sich bei der Internationalen Jahreskonferenz vor, die im "
        "September in Wien stattfindet. Fragen zur Mitgliedschaft beantwortet die "
        "Europäische Geschäftsstelle in Frankfurt am Main.\n\n"
        "Kontakt\nJonas Albrecht\nMitgliederbetreuung\nj.albrecht@example.eu",
        "Ansbach/DE; Wunsiedel/DE; Sigmaringen/DE; Bad Homburg vor der Höhe/DE; "
        "Landkreis Marburg-Biedenkopf|Marburg-Biedenkopf/DE/county; Wennigsen/DE; Kamen/DE; "
        "Kirchlengern/DE; Pirmasens/DE; Sangerhausen/DE; Eberswalde/DE; "
        "Wolkersdorf im Weinviertel/AT; Feldkirch/AT; Mertert/LU",
        "new members as `Stadt`, `Gemeinde`, `Marktgemeinde` and one `Landkreis` bullets with "
        "the Land (and country) in brackets, `Wennigsen (Deister) (Niedersachsen)`; Tübingen "
        "(board member's city), Wien (conference) and Frankfurt am Main (office) are not new "
        "members",
    ),
    Page(
        "es-jornada-ciudades-participantes-comunidad",
        "es",
        "one_a_line;region_after;not_signatory",
        "Jornada anual de la Red de Ciudades Interculturales 2024",
        (2024, 10, 21),
        "Inicio / Actividades / Jornadas\n\n"
        "Getxo, 17 y 18 de octubre de 2024 · Romo Kultur Etxea\n\n"
        "La jornada anual de la red reunió en Getxo a más de 90 técnicas, técnicos y cargos "
        "electos de las ciudades que forman la Red de Ciudades Interculturales (RECI), con el "
        "apoyo del programa Intercultural Cities del Consejo de Europa, con sede en "
        "Estrasburgo. El Ayuntamiento de Getxo, anfitrión del encuentro, abrió las sesiones "
        "con una visita a los proyectos de convivencia del barrio de Romo.\n\n"
        "Durante dos días se trabajó sobre antirrumores, participación de la población de "
        "origen migrante y comunicación pública, con la participación de invitadas de las "
        "redes de Portugal y de Italia, que presentaron las experiencias de Lisboa y de "
        "Reggio Emilia.\n\n"
        "Ciudades participantes",
        "Barcelona — Cataluña\n"
        "Bilbao — País Vasco\n"
        "Cartagena — Región de Murcia\n"
        "Castelló de la Plana — Comunitat Valenciana\n"
        "Donostia / San Sebastián — País Vasco\n"
        "Fuenlabrada — Comunidad de Madrid\n"
        "Getafe — Comunidad de Madrid\n"
        "Jerez de la Frontera — Andalucía\n"
        "León — Castilla y León\n"
        "Logroño — La Rioja\n"
        "Málaga — Andalucía\n"
        "Murcia — Región de Murcia\n"
        "Parla — Comunidad de Madrid\n"
        "Sabadell — Cataluña\n"
        "Salt — Cataluña\n"
        "Santa Coloma de Gramenet — Cataluña\n"
        "Zaragoza — Aragón",
        "Documentación\nPrograma de la jornada (PDF)\nPresentaciones (ZIP)\nGalería de fotos\n\n"
        "La próxima jornada se celebrará en otoño de 2025; la ciudad anfitriona se elegirá en "
        "la asamblea de primavera.",
        "Barcelona/ES; Bilbao/ES; Cartagena/ES; Castelló de la Plana/ES; "
        "San Sebastián|Donostia/ES; Fuenlabrada/ES; Getafe/ES; "
        "Jerez de la Frontera/ES; León/ES; Logroño/ES; Málaga/ES; Murcia/ES; Parla/ES; "
        "Sabadell/ES; Salt/ES; Santa Coloma de Gramenet/ES; Zaragoza/ES",
        "an event page's participating cities, `Ciudad — Comunidad autónoma` a line (Murcia "
        "both city and region, Salt a word, León and Cartagena with namesakes abroad); the host "
        "Getxo, Estrasburgo, Lisboa and Reggio Emilia named in the text are not in the list",
    ),
    Page(
        "it-soci-regione-tabella-sigla-tipologia",
        "it",
        "table_tabs;state_codes;columns_after;body_not_city;not_signatory",
        "Gli enti soci in Calabria",
        (2025, 3, 4),
        "Home » Chi siamo » Gli enti soci » Calabria\n\n"
        "L'associazione riunisce Comuni, Province, Città metropolitane e Regioni impegnati a "
        "promuovere la cultura della legalità e a contrastare le mafie e la corruzione. Gli "
        "enti che aderiscono sottoscrivono la Carta di Pisa, il codice etico per la buona "
        "politica, e partecipano alle attività dei coordinamenti regionali.\n\n"
        "Seleziona la regione: Abruzzo | Basilicata | Calabria | Campania | Emilia-Romagna | "
        "Lazio | Liguria | Lombardia | Piemonte | Puglia | Sicilia | Toscana | Veneto\n\n"
        "Calabria – 29 enti soci (aggiornato al 28 febbraio 2025)",
        "Ente\tProvincia\tTipologia\tAnno di adesione\n"
        "Regione Calabria\t–\tRegione\t2016\n"
        "Città metropolitana di Reggio Calabria\tRC\tCittà metropolitana\t2019\n"
        "Provincia di Cosenza\tCS\tProvincia\t2014\n"
        "Acri\tCS\tComune\t2018\n"
        "Amantea\tCS\tComune\t2021\n"
        "Badolato\tCZ\tComune\t2017\n"
        "Castrovillari\tCS\tComune\t2013\n"
        "Catanzaro\tCZ\tComune\t2012\n"
        "Cirò Marina\tKR\tComune\t2022\n"
        "Cittanova\tRC\tComune\t2015\n"
        "Cosenza\tCS\tComune\t2011\n"
        "Crotone\tKR\tComune\t2016\n"
        "Gioia Tauro\tRC\tComune\t2019\n"
        "Isola di Capo Rizzuto\tKR\tComune\t2020\n"
        "Locri\tRC\tComune\t2014\n"
        "Palmi\tRC\tComune\t2018\n"
        "Paola\tCS\tComune\t2023\n"
        "Pizzo\tVV\tComune\t2021\n"
        "Polistena\tRC\tComune\t2010\n"
        "Reggio Calabria\tRC\tComune\t2009\n"
        "Rende\tCS\tComune\t2012\n"
        "Riace\tRC\tComune\t2016\n"
        "Rosarno\tRC\tComune\t2017\n"
        "San Giovanni in Fiore\tCS\tComune\t2022\n"
        "Siderno\tRC\tComune\t2015\n"
        "Soverato\tCZ\tComune\t2019\n"
        "Taurianova\tRC\tComune\t2020\n"
        "Tropea\tVV\tComune\t2023\n"
        "Vibo Valentia\tVV\tComune\t2013",
        "Coordinatrice regionale: Rosaria Lo Giudice, consigliera comunale di Polistena\n\n"
        "Come aderire\nLa richiesta di adesione va approvata dal Consiglio dell'ente e "
        "inviata alla sede nazionale di Grugliasco (TO). La prossima Assemblea nazionale dei "
        "soci si terrà a Firenze il 17 maggio.",
        "Regione Calabria|Calabria/IT/region; "
        "Città metropolitana di Reggio Calabria|Metropolitan City of Reggio Calabria/IT/"
        "metropolitan area; Provincia di Cosenza|Province of Cosenza/IT/province; Acri/IT; "
        "Amantea/IT; Badolato/IT; Castrovillari/IT; Catanzaro/IT; Cirò Marina/IT; "
        "Cittanova/IT; Cosenza/IT; Crotone/IT; Gioia Tauro/IT; Isola di Capo Rizzuto/IT; "
        "Locri/IT; Palmi/IT; Paola/IT; Pizzo/IT; Polistena/IT; Reggio Calabria/IT; Rende/IT; "
        "Riace/IT; Rosarno/IT; San Giovanni in Fiore/IT; Siderno/IT; Soverato/IT; "
        "Taurianova/IT; Tropea/IT; Vibo Valentia/IT",
        "a tab table `Ente / Provincia / Tipologia / Anno` with province codes (`CS` was a "
        "country's code), a region, a metropolitan city and a province among 26 comuni, other "
        "regions in a selector; Pisa (a charter), Grugliasco (seat) and Firenze (assembly) "
        "are not members",
    ),
    Page(
        "pt-mapa-lista-lateral-distrito",
        "pt",
        "one_a_line;region_after;not_signatory",
        "Mapa dos municípios da Rede Territorial Portuguesa",
        (2024, 9, 30),
        "Início | A Rede | Municípios | Mapa\n\n"
        "A Rede Territorial Portuguesa das Cidades Educadoras reúne os municípios portugueses "
        "que subscreveram a Carta das Cidades Educadoras, aprovada em Barcelona em 1990 e "
        "revista em 2020. Clique num município para ver o seu projeto educativo "
        "e os contactos do interlocutor.\n\n"
        "Mapa\nSatélite\n+\n−\nEcrã inteiro\n\n"
        "Pesquisar município\n\n"
        "40 municípios",
        _map_list(PORTUGAL),
        "Atalhos de teclado\nDados do mapa ©2024 Google, Inst. Geogr. Nacional\n"
        "500 m\nTermos\nComunicar um erro no mapa\n\n"
        "Coordenação da Rede Territorial Portuguesa 2024–2026: Município de Loures\n"
        "Secretariado internacional da Associação: Barcelona",
        "Abrantes/PT; Águeda/PT; Albufeira/PT; Almada/PT; Amadora/PT; Aveiro/PT; "
        "Barreiro/PT; Beja/PT; Braga/PT; Bragança/PT; Cascais/PT; Chaves/PT; Coimbra/PT; "
        "Évora/PT; Faro/PT; Figueira da Foz/PT; Funchal/PT; Guarda/PT; Guimarães/PT; "
        "Leiria/PT; Lisbon|Lisboa/PT; Loulé/PT; Loures/PT; Lousada/PT; Matosinhos/PT; "
        "Odivelas/PT; Oeiras/PT; Palmela/PT; Paredes/PT; Ponta Delgada/PT; Porto/PT; "
        "Santa Maria da Feira/PT; Santarém/PT; Seixal/PT; Sintra/PT; Torres Vedras/PT; "
        "Viana do Castelo/PT; Vila Franca de Xira/PT; Vila Nova de Famalicão/PT; "
        "Viseu/PT",
        "a map page's side list, each municipality over its district `Distrito de Setúbal` "
        "(districts named like cities, some of them in the list), two over `Região Autónoma`; "
        "Barcelona (charter, secretariat) is not a member; map controls around",
    ),
    Page(
        "nl-leden-per-provincie-aantallen-komma",
        "nl",
        "region_heading;several_a_line;not_signatory;region_like_country",
        "Nederlandse leden per provincie",
        (2025, 1, 6),
        "Home > Over ons > Leden\n\n"
        "Burgemeesters voor Vrede is een wereldwijd netwerk van meer dan 8.000 steden in 166 "
        "landen, opgericht in 1982 op initiatief van de burgemeester van Hiroshima. Het "
        "internationale secretariaat is gevestigd in Hiroshima; de burgemeesters van "
        "Hiroshima en Nagasaki zijn voorzitter en vicevoorzitter. Ieper is de uitvoerende "
        "stad voor Europa.\n\n"
        "In Nederland zijn 58 gemeenten lid. Hun burgemeesters kwamen op 21 september, de "
        "Internationale Dag van de Vrede, bijeen in Ieper voor de jaarlijkse Europese "
        "ledenbijeenkomst.\n\n"
        "Leden per provincie (stand 1 januari 2025)",
        "Groningen (3)\nGroningen, Stadskanaal, Veendam\n\n"
        "Friesland (3)\nHeerenveen, Leeuwarden, Súdwest-Fryslân\n\n"
        "Drenthe (3)\nAssen, Emmen, Meppel\n\n"
        "Overijssel (5)\nAlmelo, Deventer, Enschede, Kampen, Zwolle\n\n"
        "Flevoland (2)\nAlmere, Lelystad\n\n"
        "Gelderland (8)\nApeldoorn, Arnhem, Doetinchem, Ede, Nijmegen, Tiel, Wageningen, "
        "Zutphen\n\n"
        "Utrecht (5)\nAmersfoort, Houten, Nieuwegein, Utrecht, Zeist\n\n"
        "Noord-Holland (7)\nAlkmaar, Amstelveen, Amsterdam, Haarlem, Hilversum, Purmerend, "
        "Zaanstad\n\n"
        "Zuid-Holland (9)\nDelft, Den Haag, Dordrecht, Gouda, Leiden, Rotterdam, Schiedam, "
        "Vlaardingen, Zoetermeer\n\n"
        "Zeeland (3)\nMiddelburg, Terneuzen, Vlissingen\n\n"
        "Noord-Brabant (6)\nBreda, Eindhoven, Helmond, 's-Hertogenbosch, Oss, Tilburg\n\n"
        "Limburg (4)\nHeerlen, Maastricht, Roermond, Venlo",
        "Staat uw gemeente er niet bij? Een raadsbesluit is niet nodig: de burgemeester kan "
        "het lidmaatschap zelf aanvragen bij het secretariaat in Hiroshima. Wij helpen graag "
        "met de aanmeldbrief.\n\n"
        "Lees ook: Nederlandse steden hijsen de vredesvlag op 6 augustus",
        "Groningen/NL; Stadskanaal/NL; Veendam/NL; Heerenveen/NL; Leeuwarden/NL; "
        "Súdwest-Fryslân/NL; Assen/NL; Emmen/NL; Meppel/NL; Almelo/NL; Deventer/NL; "
        "Enschede/NL; Kampen/NL; Zwolle/NL; Almere/NL; Lelystad/NL; Apeldoorn/NL; Arnhem/NL; "
        "Doetinchem/NL; Ede/NL; Nijmegen/NL; Tiel/NL; Wageningen/NL; Zutphen/NL; "
        "Amersfoort/NL; Houten/NL; Nieuwegein/NL; Utrecht/NL; Zeist/NL; Alkmaar/NL; "
        "Amstelveen/NL; Amsterdam/NL; Haarlem/NL; Hilversum/NL; Purmerend/NL; Zaanstad/NL; "
        "Delft/NL; Den Haag|The Hague/NL; Dordrecht/NL; Gouda/NL; Leiden/NL; Rotterdam/NL; "
        "Schiedam/NL; Vlaardingen/NL; Zoetermeer/NL; Middelburg/NL; Terneuzen/NL; "
        "Vlissingen/NL; Breda/NL; Eindhoven/NL; Helmond/NL; 's-Hertogenbosch/NL; Oss/NL; "
        "Tilburg/NL; Heerlen/NL; Maastricht/NL; Roermond/NL; Venlo/NL",
        "province headings with counts over comma lines; the provinces Groningen and Utrecht "
        "share their capitals' names (the capitals are members too), Limburg is also Belgian; "
        "Súdwest-Fryslân not in GeoNames; Hiroshima, Nagasaki and Ieper (network's officers, "
        "venue) are not Dutch members",
    ),
    Page(
        "no-nettverk-styret-sekretariat-kommune-fylkeskommune",
        "no",
        "bulleted;body_not_city;not_signatory",
        "Om nettverket: medlemmer, styre og sekretariat",
        (2024, 12, 2),
        "Forsiden / Om oss\n\n"
        "Sunne kommuner er det norske nettverket i WHOs europeiske bevegelse for sunne byer. "
        "Nettverket ble stiftet i 2001 og er åpent for alle kommuner og fylkeskommuner som "
        "vil arbeide systematisk med folkehelse, utjevning av sosiale helseforskjeller og "
        "bærekraftig samfunnsutvikling.\n\n"
        "Styret 2024–2026\n"
        "Leder: Kari Nygård, ordfører, Sandnes kommune\n"
        "Nestleder: Per Arne Holm, fylkesvaraordfører, Vestland fylkeskommune\n"
        "Styremedlem: Ingrid Solheim, varaordfører, Tromsø kommune\n"
        "Styremedlem: Bjørn Aas, kommunalsjef, Porsgrunn kommune\n"
        "Varamedlem: Line Berntsen, folkehelsekoordinator, Molde kommune\n\n"
        "Sekretariat\n"
        "Sekretariatet ligger i Sandnes kommune, Rådhusgata 1, 4306 Sandnes.\n"
        "Daglig leder: Siri Enger\n\n"
        "Medlemmer (27)",
        "• Arendal kommune\n"
        "• Bodø kommune\n"
        "• Drammen kommune\n"
        "• Fredrikstad kommune\n"
        "• Gjøvik kommune\n"
        "• Hamar kommune\n"
        "• Harstad kommune – Hárstták suohkan\n"
        "• Haugesund kommune\n"
        "• Kongsberg kommune\n"
        "• Kristiansand kommune\n"
        "• Larvik kommune\n"
        "• Levanger kommune\n"
        "• Molde kommune\n"
        "• Moss kommune\n"
        "• Narvik kommune\n"
        "• Nordland fylkeskommune\n"
        "• Porsgrunn kommune\n"
        "• Sandnes kommune\n"
        "• Sarpsborg kommune\n"
        "• Skien kommune\n"
        "• Stavanger kommune\n"
        "• Steinkjer kommune\n"
        "• Tromsø kommune – Romssa suohkan\n"
        "• Trondheim kommune\n"
        "• Trøndelag fylkeskommune\n"
        "• Vestland fylkeskommune\n"
        "• Ålesund kommune",
        "Nettverkssamling 2025\n"
        "Årets nettverkssamling holdes på Lillehammer 3.–4. juni, med tema "
        "«Møteplasser for alle». Påmelding åpner i mars.\n\n"
        "Samarbeidspartnere: Helsedirektoratet (Oslo), KS og WHOs regionkontor for Europa i "
        "København.",
        "Arendal/NO; Bodø/NO; Drammen/NO; Fredrikstad/NO; Gjøvik/NO; Hamar/NO; Harstad/NO; "
        "Haugesund/NO; Kongsberg/NO; Kristiansand/NO; Larvik/NO; Levanger/NO; Molde/NO; "
        "Moss/NO; Narvik/NO; Nordland fylkeskommune|Nordland/NO/county; Porsgrunn/NO; "
        "Sandnes/NO; Sarpsborg/NO; Skien/NO; Stavanger/NO; Steinkjer/NO; Tromsø/NO; "
        "Trondheim/NO; Trøndelag fylkeskommune|Trøndelag/NO/county; "
        "Vestland fylkeskommune|Vestland/NO/county; Ålesund/NO",
        "members as `X kommune` and `X fylkeskommune` bullets (two with their Sámi names) "
        "under the board (its members' kommuner are members too) and the secretariat in "
        "Sandnes; Lillehammer (next gathering), Oslo and København (partners) are not members",
    ),
    Page(
        "fi-uudet-jasenkunnat-genetiivi-running",
        "fi",
        "running_text;inflected;few;not_signatory",
        "Kolme uutta kuntaa mukaan hiilineutraalien kuntien verkostoon",
        (2024, 4, 18),
        "Etusivu › Ajankohtaista › Uutiset\n\n"
        "Hiilineutraalien kuntien verkosto kasvaa jälleen. Verkoston kevään foorumissa "
        "Lahdessa 16.–17. huhtikuuta toivotettiin tervetulleiksi kolme uutta jäsentä.",
        "Verkostoon liittyivät Iisalmen kaupunki, Kuhmoisten kunta ja Pietarsaaren kaupunki, "
        "jotka ovat sitoutuneet vähentämään alueensa kasvihuonekaasupäästöjä 80 prosenttia "
        "vuoden 2007 tasosta vuoteen 2030 mennessä.",
        "– Pienessäkin kunnassa voidaan tehdä paljon, kun asukkaat, yritykset ja kunta "
        "tekevät työtä yhdessä. Verkostosta saamme vertaistukea ja laskentamallit, joita "
        "emme yksin pystyisi rakentamaan, sanoo Kuhmoisten kunnanjohtaja Tuula Mäkelä.\n\n"
        "Verkostossa on nyt 101 kuntaa ja kuusi maakuntaa. Sitä koordinoi Suomen "
        "ympäristökeskus Helsingissä. Seuraava foorumi järjestetään syksyllä verkkotapahtumana.\n\n"
        "Lisätietoja\nasiantuntija Antti Koskinen, puh. 0295 251 000",
        "Iisalmi/FI; Kuhmoinen/FI; Jakobstad|Pietarsaari/FI",
        "three new members in one sentence as genitives of official names (`Iisalmen "
        "kaupunki`, `Kuhmoisten kunta`, `Pietarsaaren kaupunki`, GeoNames Jakobstad); the venue "
        "`Lahdessa` and the coordinator's seat `Helsingissä` are not members",
    ),
    Page(
        "el-dimoi-dimarchoi-genikis-synelefsi",
        "el",
        "one_a_line;inflected;person_after;not_signatory",
        "Γενική Συνέλευση του Δικτύου Πόλεων με Λίμνες",
        (2024, 6, 24),
        "Αρχική / Νέα / Ανακοινώσεις\n\n"
        "Με επιτυχία πραγματοποιήθηκε το Σάββατο 22 Ιουνίου στη Φλώρινα η ετήσια Γενική "
        "Συνέλευση του Δικτύου Πόλεων με Λίμνες, με τη φιλοξενία της Περιφερειακής Ενότητας "
        "Φλώρινας. Κεντρικό θέμα ήταν η προστασία των λιμναίων υγροτόπων, πολλοί από τους "
        "οποίους προστατεύονται από τη Σύμβαση Ραμσάρ, και η αξιοποίηση των ευρωπαϊκών "
        "προγραμμάτων για την ανάπλαση των παραλίμνιων περιοχών.\n\n"
        "Η Συνέλευση επανεξέλεξε Πρόεδρο του Δικτύου τον Δήμαρχο Καστοριάς. Έδρα του "
        "Δικτύου παραμένει η Καστοριά.\n\n"
        "Μέλη του Δικτύου είναι οι δήμοι:",
        "Δήμος Ιωαννιτών – Δήμαρχος: Θωμάς Παπαθανασίου\n"
        "Δήμος Καστοριάς – Δήμαρχος: Γιάννης Κυριακίδης\n"
        "Δήμος Αμυνταίου – Δήμαρχος: Ελένη Τσιρίδου\n"
        "Δήμος Αγρινίου – Δήμαρχος: Κώστας Μπαλτάς\n"
        "Δήμος Καρδίτσας – Δήμαρχος: Βασίλης Τσιάκος\n"
        "Δήμος Σερρών – Δήμαρχος: Παναγιώτης Ζαχαρίου\n"
        "Δήμος Κιλκίς – Δήμαρχος: Μαρία Θεοδωρίδου\n"
        "Δήμος Έδεσσας – Δήμαρχος: Δημήτρης Γιαννόπουλος\n"
        "Δήμος Κοζάνης – Δήμαρχος: Αναστασία Ρίζου",
        "Η επόμενη Γενική Συνέλευση θα πραγματοποιηθεί το 2025 σε πόλη που θα οριστεί από το "
        "Διοικητικό Συμβούλιο.\n\n"
        "Ετικέτες: Γενική Συνέλευση, Λίμνες, Υγρότοποι",
        "Ioannina/GR; Kastoria/GR; Amyntaio/GR; Agrinio/GR; Karditsa/GR; Serres/GR; "
        "Kilkis/GR; Edessa/GR; Kozani/GR",
        "members as `Δήμος` + genitive, `– Δήμαρχος: Name` after; the venue Φλώρινα, the "
        "Ramsar Convention (Ραμσάρ) and the seat Καστοριά (a member) named in the text",
    ),
    Page(
        "hr-forum-gradova-sudionici-egzonimi-drzave",
        "hr",
        "one_a_line;country_in_language;not_signatory",
        "Forum dunavskih gradova okupio gradonačelnike iz devet zemalja",
        (2024, 5, 16),
        "Naslovnica / Vijesti / Grad i EU\n\n"
        "Grad Vukovar bio je od 13. do 15. svibnja domaćin godišnjeg Foruma dunavskih gradova "
        "i regija. U Vukovaru se okupilo više od 150 gradonačelnika, vijećnika i stručnjaka "
        "iz gradova uz Dunav, od Njemačke do ušća u Crno more, kako bi razgovarali o "
        "plovnosti rijeke, zaštiti od poplava i suradnji u okviru Strategije EU za Dunavsku "
        "regiju.\n\n"
        "»Dunav nas ne razdvaja, nego povezuje«, rekao je gradonačelnik Vukovara na otvaranju "
        "Foruma. Sudionike je pozdravio i predstavnik tajništva Vijeća dunavskih gradova i "
        "regija, koje je smješteno u Ulmu.\n\n"
        "Na Forumu su sudjelovala izaslanstva sljedećih gradova:",
        "Regensburg (Njemačka)\n"
        "Ingolstadt (Njemačka)\n"
        "Passau (Njemačka)\n"
        "Linz (Austrija)\n"
        "Beč (Austrija)\n"
        "Bratislava (Slovačka)\n"
        "Komárno (Slovačka)\n"
        "Budimpešta (Mađarska)\n"
        "Baja (Mađarska)\n"
        "Mohač (Mađarska)\n"
        "Osijek (Hrvatska)\n"
        "Ilok (Hrvatska)\n"
        "Novi Sad (Srbija)\n"
        "Beograd (Srbija)\n"
        "Smederevo (Srbija)\n"
        "Vidin (Bugarska)\n"
        "Galac (Rumunjska)\n"
        "Izmail (Ukrajina)",
        "Forum je završio usvajanjem zajedničke izjave o zaštiti od poplava. Sljedeći Forum "
        "održat će se 2025. u Ruseu u Bugarskoj.\n\n"
        "Fotogalerija (24)",
        "Regensburg/DE; Ingolstadt/DE; Passau/DE; Linz/AT; Vienna|Beč/AT; Bratislava/SK; "
        "Komárno/SK; Budapest|Budimpešta/HU; Baja/HU; Mohács|Mohač/HU; Osijek/HR; Ilok/HR; "
        "Novi Sad/RS; Belgrade|Beograd/RS; Smederevo/RS; Vidin/BG; Galați|Galac/RO; "
        "Izmail/UA",
        "participating cities a line with Croatian exonyms (`Beč`, `Budimpešta`, `Mohač`, "
        "`Galac`) and countries in Croatian; the host `u Vukovaru`, the secretariat `u Ulmu` "
        "and the next host `u Ruseu` are not in the list",
    ),
    Page(
        "hu-tagvarosok-a-z-varmegye-ev",
        "hu",
        "one_a_line;region_after;columns_after;not_signatory",
        "Tagvárosaink",
        (2025, 2, 3),
        "Kezdőlap » A Szövetségről » Tagvárosaink\n\n"
        "Az Egészséges Városok Magyar Nemzeti Szövetsége 1992-ben alakult, és az "
        "Egészségügyi Világszervezet (WHO) Európai Egészséges Városok Hálózatának nemzeti "
        "hálózataként működik. Tagjai városi önkormányzatok, amelyek vállalják, hogy "
        "egészségtervet készítenek, és évente beszámolnak annak végrehajtásáról.\n\n"
        "A Szövetség titkársága Pécsett működik. Elnöke Dr. Kovács Judit, Szeged "
        "alpolgármestere.\n\n"
        "Tagvárosok betűrendben (24)",
        "B\n"
        "Baja – Bács-Kiskun vármegye (tag 1992 óta)\n"
        "Békéscsaba – Békés vármegye (tag 1996 óta)\n\n"
        "C\n"
        "Cegléd – Pest vármegye (tag 2004 óta)\n\n"
        "D\n"
        "Debrecen – Hajdú-Bihar vármegye (tag 1993 óta)\n\n"
        "E\n"
        "Eger – Heves vármegye (tag 1998 óta)\n\n"
        "G\n"
        "Gödöllő – Pest vármegye (tag 2009 óta)\n"
        "Győr – Győr-Moson-Sopron vármegye (tag 1992 óta)\n\n"
        "H\n"
        "Hódmezővásárhely – Csongrád-Csanád vármegye (tag 1995 óta)\n\n"
        "K\n"
        "Kaposvár – Somogy vármegye (tag 1992 óta)\n"
        "Kecskemét – Bács-Kiskun vármegye (tag 1997 óta)\n\n"
        "M\n"
        "Mosonmagyaróvár – Győr-Moson-Sopron vármegye (tag 2011 óta)\n\n"
        "N\n"
        "Nagykanizsa – Zala vármegye (tag 2001 óta)\n"
        "Nyíregyháza – Szabolcs-Szatmár-Bereg vármegye (tag 1994 óta)\n\n"
        "P\n"
        "Paks – Tolna vármegye (tag 2015 óta)\n"
        "Pécs – Baranya vármegye (tag 1988 óta)\n\n"
        "S\n"
        "Salgótarján – Nógrád vármegye (tag 2003 óta)\n"
        "Sopron – Győr-Moson-Sopron vármegye (tag 1999 óta)\n\n"
        "Sz\n"
        "Szeged – Csongrád-Csanád vármegye (tag 1992 óta)\n"
        "Székesfehérvár – Fejér vármegye (tag 1995 óta)\n"
        "Szekszárd – Tolna vármegye (tag 2006 óta)\n"
        "Szolnok – Jász-Nagykun-Szolnok vármegye (tag 1993 óta)\n\n"
        "T\n"
        "Tatabánya – Komárom-Esztergom vármegye (tag 2002 óta)\n\n"
        "V\n"
        "Veszprém – Veszprém vármegye (tag 1994 óta)\n\n"
        "Z\n"
        "Zalaegerszeg – Zala vármegye (tag 2000 óta)",
        "Csatlakozna városa a Szövetséghez? Töltse ki a belépési nyilatkozatot, és küldje el "
        "a titkárságnak.\n\n"
        "Következő rendezvényünk: XXXII. Egészséges Városok Konferencia, Gyulán, 2025. május "
        "22–23.",
        "Baja/HU; Békéscsaba/HU; Cegléd/HU; Debrecen/HU; Eger/HU; Gödöllő/HU; Győr/HU; "
        "Hódmezővásárhely/HU; Kaposvár/HU; Kecskemét/HU; Mosonmagyaróvár/HU; Nagykanizsa/HU; "
        "Nyíregyháza/HU; Paks/HU; Pécs/HU; Salgótarján/HU; Sopron/HU; Szeged/HU; "
        "Székesfehérvár/HU; Szekszárd/HU; Szolnok/HU; Tatabánya/HU; Veszprém/HU; "
        "Zalaegerszeg/HU",
        "an A–Z list under letter headings (`Sz` one of them), `Város – X vármegye (tag 1992 "
        "óta)`, whose counties hold towns' names (`Pest`, `Heves`, `Csongrád-Csanád`, "
        "`Komárom-Esztergom`, `Jász-Nagykun-Szolnok`, `Veszprém`); the secretariat `Pécsett` and "
        "president's city Szeged are members, the venue `Gyulán` is not",
    ),
]

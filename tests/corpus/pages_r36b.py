"""Hand-written pages, batch r36b: held out from issue #20's round 36, written blind (without
reading the reader or other held-out batches) as a user would meet them: pages of 14 networks
modelled on thematic, national, regional and global city networks (none named for real), half
joint statements and half member lists or news, in 13 languages (en, de, fr, es, it, pt, nl, pl,
sv, fi, ja, tr, el), 3 to 80 entries: a global statement's signatories as city and country over
the signer's name and title, beside the Christchurch Call and a venue; German news of new
members in running text `die Stadt X, die Gemeinde Y, der Markt Z sowie ...` with a South
Tyrolean `Mals`, a venue and a secretariat; French `Ville de X (Pays) — Mme Name, Maire` lines
after a host city; a Spanish members table of 80 entities whose province column names other
cities, with a provincial council and a mancomunidad; Italian `Comune di X` under region
headings with counts; Brazilian `Name` over `Prefeito de X (UF)` with a mayor named Vitória and
a venue; Dutch members flattened into three tab columns; Polish genitives `Prezydent Miasta
Lublina` after the venue `w Poznaniu`; Swedish `kommun`/`stad` genitives under `län` headings;
Finnish genitives `Oulun kaupunginjohtaja` in two shapes; Japanese new members under country
headings with Latin names in brackets and Japanese cities with their prefectures; Turkish
district municipalities with their provinces in brackets after a venue in one of those
provinces; a Greek statement of three mayors in genitives in one sentence; an English news item
of new members in running text beside associate members in other cities. Invented texts and
people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

# Spanish members table: (entity, province, date of joining)
_ES_ROWS = [
    ("Ayuntamiento de A Coruña", "A Coruña", "12/03/2009"),
    ("Ayuntamiento de Santiago de Compostela", "A Coruña", "12/03/2009"),
    ("Ayuntamiento de Lugo", "Lugo", "27/10/2010"),
    ("Concello de Ourense", "Ourense", "05/05/2015"),
    ("Concello de Pontevedra", "Pontevedra", "12/03/2009"),
    ("Ayuntamiento de Vigo", "Pontevedra", "18/06/2012"),
    ("Concello de Ferrol", "A Coruña", "09/02/2021"),
    ("Ayuntamiento de Gijón/Xixón", "Asturias", "12/03/2009"),
    ("Ayuntamiento de Oviedo", "Asturias", "30/11/2011"),
    ("Ayuntamiento de Avilés", "Asturias", "14/04/2016"),
    ("Ayuntamiento de Santander", "Cantabria", "12/03/2009"),
    ("Ayuntamiento de Torrelavega", "Cantabria", "22/09/2017"),
    ("Ayuntamiento de Bilbao", "Bizkaia", "12/03/2009"),
    ("Ayuntamiento de Vitoria-Gasteiz", "Araba/Álava", "12/03/2009"),
    ("Ayuntamiento de Donostia / San Sebastián", "Gipuzkoa", "03/07/2013"),
    ("Ayuntamiento de Getxo", "Bizkaia", "25/01/2019"),
    ("Ayuntamiento de Pamplona", "Navarra", "12/03/2009"),
    ("Ayuntamiento de Tudela", "Navarra", "16/10/2014"),
    ("Ayuntamiento de Logroño", "La Rioja", "12/03/2009"),
    ("Ayuntamiento de Huesca", "Huesca", "08/05/2018"),
    ("Ayuntamiento de Zaragoza", "Zaragoza", "12/03/2009"),
    ("Ayuntamiento de Teruel", "Teruel", "21/02/2020"),
    ("Ajuntament de Lleida", "Lleida", "12/03/2009"),
    ("Ajuntament de Girona", "Girona", "19/04/2010"),
    ("Ajuntament de Terrassa", "Barcelona", "12/03/2009"),
    ("Ajuntament de Granollers", "Barcelona", "07/11/2013"),
    ("Ajuntament de Manresa", "Barcelona", "02/06/2016"),
    ("Ajuntament de Mataró", "Barcelona", "12/03/2009"),
    ("Ajuntament de Tarragona", "Tarragona", "15/09/2011"),
    ("Ajuntament de Reus", "Tarragona", "28/03/2022"),
    ("Ajuntament de Castelló de la Plana", "Castellón/Castelló", "12/03/2009"),
    ("Ajuntament de Vila-real", "Castellón/Castelló", "11/12/2018"),
    ("Ajuntament de València", "Valencia/València", "12/03/2009"),
    ("Ajuntament de Gandia", "Valencia/València", "24/05/2012"),
    ("Ayuntamiento de Alzira", "Valencia/València", "06/10/2021"),
    ("Ayuntamiento de Alicante", "Alicante/Alacant", "12/03/2009"),
    ("Ayuntamiento de Elche", "Alicante/Alacant", "12/03/2009"),
    ("Ajuntament d'Alcoi", "Alicante/Alacant", "17/02/2015"),
    ("Ayuntamiento de Murcia", "Murcia", "12/03/2009"),
    ("Ayuntamiento de Cartagena", "Murcia", "29/09/2010"),
    ("Ayuntamiento de Lorca", "Murcia", "13/01/2023"),
    ("Ayuntamiento de Albacete", "Albacete", "12/03/2009"),
    ("Ayuntamiento de Cuenca", "Cuenca", "04/04/2017"),
    ("Ayuntamiento de Guadalajara", "Guadalajara", "20/06/2014"),
    ("Ayuntamiento de Toledo", "Toledo", "12/03/2009"),
    ("Ayuntamiento de Talavera de la Reina", "Toledo", "31/10/2019"),
    ("Ayuntamiento de Ciudad Real", "Ciudad Real", "12/03/2009"),
    ("Ayuntamiento de Puertollano", "Ciudad Real", "08/03/2011"),
    ("Ayuntamiento de Alcalá de Henares", "Madrid", "12/03/2009"),
    ("Ayuntamiento de Fuenlabrada", "Madrid", "12/03/2009"),
    ("Ayuntamiento de Leganés", "Madrid", "26/11/2015"),
    ("Ayuntamiento de Móstoles", "Madrid", "14/02/2018"),
    ("Ayuntamiento de Rivas-Vaciamadrid", "Madrid", "12/03/2009"),
    ("Ayuntamiento de Alcobendas", "Madrid", "22/05/2013"),
    ("Ayuntamiento de Segovia", "Segovia", "12/03/2009"),
    ("Ayuntamiento de Ávila", "Ávila", "09/09/2016"),
    ("Ayuntamiento de Valladolid", "Valladolid", "12/03/2009"),
    ("Ayuntamiento de Palencia", "Palencia", "03/12/2012"),
    ("Ayuntamiento de Burgos", "Burgos", "12/03/2009"),
    ("Ayuntamiento de Soria", "Soria", "17/05/2010"),
    ("Ayuntamiento de León", "León", "12/03/2009"),
    ("Ayuntamiento de Ponferrada", "León", "23/04/2024"),
    ("Ayuntamiento de Zamora", "Zamora", "12/03/2009"),
    ("Ayuntamiento de Salamanca", "Salamanca", "12/03/2009"),
    ("Ayuntamiento de Cáceres", "Cáceres", "01/10/2014"),
    ("Ayuntamiento de Badajoz", "Badajoz", "12/03/2009"),
    ("Ayuntamiento de Mérida", "Badajoz", "18/07/2019"),
    ("Ayuntamiento de Huelva", "Huelva", "12/03/2009"),
    ("Ayuntamiento de Sevilla", "Sevilla", "12/03/2009"),
    ("Ayuntamiento de Dos Hermanas", "Sevilla", "05/02/2020"),
    ("Ayuntamiento de Córdoba", "Córdoba", "12/03/2009"),
    ("Diputación Provincial de Jaén", "Jaén", "27/06/2011"),
    ("Ayuntamiento de Granada", "Granada", "12/03/2009"),
    ("Ayuntamiento de Almería", "Almería", "10/10/2017"),
    ("Ayuntamiento de Málaga", "Málaga", "12/03/2009"),
    ("Mancomunidad de Municipios de la Costa del Sol Occidental", "Málaga", "14/11/2022"),
    ("Ayuntamiento de Jerez de la Frontera", "Cádiz", "12/03/2009"),
    ("Ayuntamiento de Algeciras", "Cádiz", "30/01/2018"),
    ("Ajuntament de Palma", "Illes Balears", "12/03/2009"),
    ("Ayuntamiento de Las Palmas de Gran Canaria", "Las Palmas", "12/03/2009"),
]

PAGES = [
    Page(
        "en-global-cohesion-statement-city-country-over-signer",
        "en",
        "one_a_line;person_after;country_in_language;not_signatory",
        "Mayors' Statement on Countering Hate and Polarisation",
        (2025, 9, 23),
        "Home / Resources / Statements\n\n"
        "Statement\n\n"
        "Adopted at the Network's Fifth Global Summit, New York, 22–23 September 2025\n\n"
        "Hate speech, disinformation and violence against minorities do not start in capitals: "
        "they play out in our streets, schools, markets and on the phones of our young people. "
        "Cities are often the first to see polarisation grow and the first to respond to it.\n\n"
        "We, the mayors and local leaders listed below, commit to:\n"
        "- build local prevention networks that bring together social workers, teachers, "
        "police, faith leaders and youth organisations;\n"
        "- put survivors and affected communities at the centre of our responses;\n"
        "- work with online platforms, in the spirit of the Christchurch Call, to curb violent "
        "extremist content that targets our residents;\n"
        "- share what works with our peers through the Network's regional hubs in Nairobi, "
        "Amman and Copenhagen.\n\n"
        "We thank the Mayor's Office for Immigrant Affairs of the City of New York for hosting "
        "the Summit.\n\n"
        "Signatories (as of 30 September 2025)",
        "Kampala, Uganda\n"
        "Hon. Grace Namubiru, Lord Mayor\n\n"
        "Mombasa, Kenya\n"
        "Abdallah Omar Said, Governor\n\n"
        "Kisumu, Kenya\n"
        "Peter Otieno Ogada, Deputy Governor\n\n"
        "Beirut, Lebanon\n"
        "Rami Haddad, President of the Municipal Council\n\n"
        "Zarqa, Jordan\n"
        "Eng. Khaled Al-Masri, Mayor\n\n"
        "Tunis, Tunisia\n"
        "Leila Ben Salem, Mayor\n\n"
        "Montréal, Canada\n"
        "Isabelle Gagnon, Executive Committee Member\n\n"
        "Aarhus, Denmark\n"
        "Søren Lykke, Deputy Mayor for Social Affairs\n\n"
        "Mechelen, Belgium\n"
        "Koen Verbruggen, Mayor\n\n"
        "Malmö, Sweden\n"
        "Emma Sjöberg, Chair of the City Executive Board\n\n"
        "Cali, Colombia\n"
        "Andrés Felipe Rojas, Mayor\n\n"
        "Quezon City, Philippines\n"
        "Maria Corazon Reyes, Mayor",
        "Is your city ready to sign? Write to the Management Unit at "
        "statements@example.org.\n\n"
        "Download the statement (PDF, 184 KB) | Français | Español | العربية\n\n"
        "Related resources\n"
        "Guide: Building a local prevention network (Toolkit, 2024)\n"
        "Case study: How Bergen trained 300 frontline workers\n\n"
        "Management Unit: 200 Aldersgate Street, London, United Kingdom",
        "Kampala/UG; Mombasa/KE; Kisumu/KE; Beirut/LB; Zarqa/JO; Tunis/TN; Montréal/CA; "
        "Aarhus/DK; Mechelen/BE; Malmö/SE; Cali/CO; Quezon City/PH",
        "a global network's statement: `City, Country` over the signer's name and title, "
        "blocks apart; New York the venue and host, Christchurch in a call's name, regional hubs "
        "Nairobi, Amman and Copenhagen, Bergen in a resource, London the secretariat",
    ),
    Page(
        "de-klimanetz-neue-mitglieder-fliesstext-markt-gemeinde",
        "de",
        "running_text;inflected;not_signatory",
        "Sieben neue Mitglieder: Das Netzwerk wächst in Deutschland, Österreich und Südtirol",
        (2025, 2, 11),
        "Aktuelles > Netzwerk\n\n"
        "Das europäische Netzwerk der Klimakommunen freut sich über Zuwachs aus dem "
        "Alpenraum und aus Mitteldeutschland. Mit dem Beitritt verpflichten sich die Kommunen, "
        "ihre Treibhausgasemissionen alle fünf Jahre um zehn Prozent zu senken und "
        "Partnerschaften mit indigenen Organisationen im Amazonasbecken zu unterstützen.",
        "Seit unserer letzten Mitgliederversammlung sind die Stadt Bad Hersfeld, die Gemeinde "
        "Kirchzarten im Breisgau, der Markt Garmisch-Partenkirchen, die Landeshauptstadt "
        "Schwerin, die oberösterreichische Statutarstadt Wels, die Salzburger Marktgemeinde "
        "Sankt Johann im Pongau sowie die Südtiroler Gemeinde Mals im Vinschgau dem Netzwerk "
        "beigetreten.",
        "„Als kleine Gemeinde brauchen wir den Austausch mit anderen Kommunen, die vor den "
        "gleichen Fragen stehen“, sagt Kirchzartens Bürgermeisterin Andrea Kirchner. Auch in "
        "Wels sieht man den Beitritt als Signal: „Wir wollen zeigen, dass Klimaschutz auch in "
        "einer Industriestadt funktioniert“, so Vizebürgermeister Thomas Leitner.\n\n"
        "Die neuen Mitglieder werden auf der Internationalen Jahreskonferenz im Mai in Bozen "
        "offiziell begrüßt. Die Europäische Geschäftsstelle in Frankfurt am Main berät sie "
        "bei den ersten Schritten, etwa bei der Treibhausgasbilanz.\n\n"
        "Das Netzwerk zählt damit über 1.900 Mitgliedskommunen in 27 Ländern.\n\n"
        "Kontakt: Geschäftsstelle, Galvanistraße 28, 60486 Frankfurt am Main",
        "Bad Hersfeld/DE; Kirchzarten/DE; Garmisch-Partenkirchen/DE; Schwerin/DE; Wels/AT; "
        "Sankt Johann im Pongau/AT; Mals|Malles Venosta/IT",
        "news of seven new members in one sentence with `die Stadt`, `der Markt`, `die "
        "Landeshauptstadt`, `die Salzburger Marktgemeinde`, `die Südtiroler Gemeinde Mals im "
        "Vinschgau` and `sowie`; the venue Bozen and the secretariat Frankfurt am Main after it",
    ),
    Page(
        "fr-maires-francophones-declaration-ville-pays-maire",
        "fr",
        "one_a_line;person_after;country_in_language;not_signatory",
        "Déclaration des maires francophones sur l'accès à l'eau et à l'assainissement",
        (2024, 11, 28),
        "Accueil › Actualités › Déclarations\n\n"
        "Réunis en Assemblée générale du 26 au 28 novembre 2024, à l'invitation de la Ville "
        "de Kigali, les maires et présidents de conseils municipaux membres de l'Association "
        "ont adopté la déclaration suivante.\n\n"
        "Considérant que plus de la moitié des habitants des villes d'Afrique subsaharienne "
        "n'ont pas accès à un service d'assainissement géré en toute sécurité ;\n"
        "Rappelant l'Objectif de développement durable n° 6 et les engagements pris à Dakar "
        "lors du Forum mondial de l'eau de 2022 ;\n"
        "Nous, maires signataires, nous engageons à :\n"
        "1. consacrer au moins 10 % de nos budgets d'investissement à l'eau et à "
        "l'assainissement d'ici 2030 ;\n"
        "2. associer les comités de quartier à la gestion des bornes-fontaines ;\n"
        "3. publier chaque année les données de desserte de nos communes.\n\n"
        "Fait à Kigali, le 28 novembre 2024.\n\n"
        "Ont signé :",
        "Ville de Dakar (Sénégal) — Mme Aminata Ndiaye, Maire\n"
        "Ville de Cotonou (Bénin) — M. Luc Houngbédji, Maire\n"
        "Commune de Lomé (Togo) — M. Koffi Amégan, Maire\n"
        "Commune de Ouagadougou (Burkina Faso) — M. Issouf Ouédraogo, Président de la "
        "Délégation spéciale\n"
        "Ville de Niamey (Niger) — M. Moussa Issaka, Administrateur délégué\n"
        "Communauté urbaine de Yaoundé (Cameroun) — M. Paul Ateba, Maire de la Ville\n"
        "Communauté urbaine de Douala (Cameroun) — M. Jean-Marc Ekwalla, Maire de la Ville\n"
        "Commune de Libreville (Gabon) — Mme Christelle Mba, Maire\n"
        "Ville de Brazzaville (Congo) — M. Dieudonné Mabiala, Maire\n"
        "Commune urbaine d'Antananarivo (Madagascar) — Mme Hanta Rakotomalala, Maire\n"
        "Commune de Sousse (Tunisie) — M. Hichem Trabelsi, Président de la Délégation spéciale\n"
        "Commune d'Agadir (Maroc) — M. Youssef El Amrani, Président du Conseil communal\n"
        "Ville de Liège (Belgique) — M. Michel Dussart, Échevin des Relations internationales\n"
        "Ville de Lausanne (Suisse) — Mme Nathalie Rochat, Municipale\n"
        "Mairie de Port-au-Prince (Haïti) — M. Jean-Robert Pierre, Maire principal",
        "La Ville de Kigali, hôte de l'Assemblée, s'associe à l'esprit de la déclaration.\n\n"
        "Télécharger la déclaration (PDF)\n\n"
        "À lire aussi\n"
        "Bureau de l'Association : la Ville de Montréal accueillera la prochaine réunion\n"
        "Formation des élus locaux à Abidjan : les inscriptions sont ouvertes",
        "Dakar/SN; Cotonou/BJ; Lomé/TG; Ouagadougou/BF; Niamey/NE; Yaoundé/CM; Douala/CM; "
        "Libreville/GA; Brazzaville/CG; Antananarivo/MG; Sousse/TN; Agadir/MA; Liège/BE; "
        "Lausanne/CH; Port-au-Prince/HT",
        "`Ville de X (Pays) — M. Name, Maire` lines with `Commune`, `Communauté urbaine`, "
        "`Mairie`; Kigali the host and the place of signing, Dakar also named in the text for a "
        "forum, Montréal and Abidjan in teasers",
    ),
    Page(
        "es-red-clima-tabla-80-entidades-provincia",
        "es",
        "table_tabs;columns_after;body_not_city;no_country",
        "Entidades adheridas a la Red de Municipios por el Clima",
        (2025, 4, 7),
        "Inicio / La Red / Entidades adheridas\n\n"
        "La Red de Municipios por el Clima es la sección de la federación de municipios que "
        "coordina las políticas locales de lucha contra el cambio climático. Pueden adherirse "
        "ayuntamientos, diputaciones, cabildos, consejos insulares y mancomunidades mediante "
        "acuerdo del Pleno.\n\n"
        "Buscar entidad\nFiltrar por comunidad autónoma: Todas\n\n"
        "Mostrando registros del 1 al 80 de un total de 80 registros (filtrado de 347 registros "
        "totales)\n",
        "Entidad\tProvincia\tFecha de adhesión\n" + "\n".join("\t".join(row) for row in _ES_ROWS),
        "Anterior 1 Siguiente\n\n"
        "¿Tu municipio quiere adherirse? Descarga el modelo de acuerdo plenario.\n\n"
        "Secretaría técnica: calle Nuncio, 8 – 28005 Madrid",
        "; ".join(
            [
                "A Coruña/ES; Santiago de Compostela/ES; Lugo/ES; Ourense/ES; Pontevedra/ES",
                "Vigo/ES; Ferrol/ES; Gijón/ES; Oviedo/ES; Avilés/ES; Santander/ES",
                "Torrelavega/ES; Bilbao/ES; Vitoria-Gasteiz/ES; San Sebastián/ES; Getxo/ES",
                "Pamplona/ES; Tudela/ES; Logroño/ES; Huesca/ES; Zaragoza/ES; Teruel/ES",
                "Lleida/ES; Girona/ES; Terrassa/ES; Granollers/ES; Manresa/ES; Mataró/ES",
                "Tarragona/ES; Reus/ES; Castelló de la Plana/ES; Vila-real/ES; Valencia/ES",
                "Gandia/ES; Alzira/ES; Alicante/ES; Elche/ES; Alcoy/ES; Murcia/ES",
                "Cartagena/ES; Lorca/ES; Albacete/ES; Cuenca/ES; Guadalajara/ES; Toledo/ES",
                "Talavera de la Reina/ES; Ciudad Real/ES; Puertollano/ES",
                "Alcalá de Henares/ES; Fuenlabrada/ES; Leganés/ES; Móstoles/ES",
                "Rivas-Vaciamadrid/ES; Alcobendas/ES; Segovia/ES; Ávila/ES; Valladolid/ES",
                "Palencia/ES; Burgos/ES; Soria/ES; León/ES; Ponferrada/ES; Zamora/ES",
                "Salamanca/ES; Cáceres/ES; Badajoz/ES; Mérida/ES; Huelva/ES; Sevilla/ES",
                "Dos Hermanas/ES; Córdoba/ES",
                "Diputación Provincial de Jaén|Jaén Province/ES/province",
                "Granada/ES; Almería/ES; Málaga/ES",
                "Mancomunidad de Municipios de la Costa del Sol Occidental/ES/"
                "union of municipalities",
                "Jerez de la Frontera/ES; Algeciras/ES; Palma/ES; Las Palmas de Gran Canaria/ES",
            ]
        ),
        "a members table of 80 entities (`Ayuntamiento`, `Ajuntament`, `Concello de X`) with "
        "province and date columns, the province naming another city (`Barcelona` beside "
        "Terrassa, `Madrid` beside Móstoles), a provincial council and a mancomunidad; Madrid "
        "the secretariat",
    ),
    Page(
        "it-citta-sane-soci-per-regione-comune-di",
        "it",
        "one_a_line;region_heading;no_country;not_signatory",
        "I Comuni della Rete: elenco dei soci 2025",
        (2025, 1, 20),
        "Home > La Rete > Soci\n\n"
        "La Rete nazionale delle Città Sane riunisce i Comuni italiani che aderiscono al "
        "programma europeo dell'Organizzazione Mondiale della Sanità, il cui ufficio regionale "
        "ha sede a Copenaghen. I soci si impegnano a redigere un Profilo di salute della città e "
        "un Piano per la salute, e partecipano ogni anno al Meeting nazionale.\n\n"
        "Di seguito l'elenco dei Comuni in regola con la quota associativa al 31 dicembre 2024, "
        "suddivisi per regione.\n",
        "Piemonte (3)\n"
        "Comune di Novara\n"
        "Comune di Alessandria\n"
        "Comune di Biella\n\n"
        "Lombardia (4)\n"
        "Comune di Bergamo\n"
        "Comune di Brescia\n"
        "Comune di Pavia\n"
        "Comune di Mantova\n\n"
        "Veneto (3)\n"
        "Comune di Padova\n"
        "Comune di Vicenza\n"
        "Comune di Rovigo\n\n"
        "Friuli Venezia Giulia (2)\n"
        "Comune di Udine\n"
        "Comune di Pordenone\n\n"
        "Emilia-Romagna (5)\n"
        "Comune di Reggio nell'Emilia\n"
        "Comune di Piacenza\n"
        "Comune di Ravenna\n"
        "Comune di Forlì\n"
        "Comune di Rimini\n\n"
        "Toscana (3)\n"
        "Comune di Arezzo\n"
        "Comune di Livorno\n"
        "Comune di Prato\n\n"
        "Marche (2)\n"
        "Comune di Ancona\n"
        "Comune di Pesaro\n\n"
        "Umbria (1)\n"
        "Comune di Perugia\n\n"
        "Lazio (2)\n"
        "Comune di Viterbo\n"
        "Comune di Latina\n\n"
        "Campania (2)\n"
        "Comune di Salerno\n"
        "Comune di Benevento\n\n"
        "Puglia (2)\n"
        "Comune di Bari\n"
        "Comune di Lecce\n\n"
        "Sicilia (1)\n"
        "Comune di Messina\n\n"
        "Sardegna (1)\n"
        "Comune di Sassari",
        "Totale: 31 Comuni\n\n"
        "Come aderire: la richiesta di adesione, approvata con delibera di Giunta, va inviata "
        "alla Segreteria nazionale.\n\n"
        "Segreteria nazionale della Rete – c/o Comune di Modena, Via Santi 40, 41123 Modena\n"
        "segreteria@example.it",
        "Novara/IT; Alessandria/IT; Biella/IT; Bergamo/IT; Brescia/IT; Pavia/IT; Mantova/IT; "
        "Padova/IT; Vicenza/IT; Rovigo/IT; Udine/IT; Pordenone/IT; Reggio nell'Emilia/IT; "
        "Piacenza/IT; Ravenna/IT; Forlì/IT; Rimini/IT; Arezzo/IT; Livorno/IT; Prato/IT; "
        "Ancona/IT; Pesaro/IT; Perugia/IT; Viterbo/IT; Latina/IT; Salerno/IT; Benevento/IT; "
        "Bari/IT; Lecce/IT; Messina/IT; Sassari/IT",
        "`Comune di X` lines under Italian region headings with counts `Veneto (3)`; the WHO "
        "office's seat Copenaghen in the text, the secretariat c/o Comune di Modena after the "
        "list",
    ),
    Page(
        "pt-frente-prefeitos-carta-nome-sobre-prefeito-uf",
        "pt",
        "one_a_line;person_before;state_codes;person_named_like_place;not_signatory",
        "Carta de Brasília: prefeitas e prefeitos pelo financiamento do transporte coletivo",
        (2025, 3, 12),
        "Início » Notícias » Carta de Brasília\n\n"
        "Reunidos em Brasília durante o Encontro Nacional de Prefeitas e Prefeitos, os "
        "gestores municipais que assinam esta carta alertam para a crise de financiamento do "
        "transporte público coletivo. Sem uma fonte estável de recursos federais, as tarifas "
        "continuarão subindo e o número de passageiros, caindo.\n\n"
        "Reivindicamos:\n"
        "• a criação de um marco legal do transporte público coletivo, com subsídio federal "
        "às gratuidades;\n"
        "• a destinação de parte da CIDE-Combustíveis aos sistemas municipais;\n"
        "• a renovação da frota com ônibus elétricos, a exemplo do programa iniciado em São "
        "Paulo.\n\n"
        "Brasília, 12 de março de 2025.\n\n"
        "Assinam:",
        "Carlos Eduardo Moura\n"
        "Prefeito de Recife (PE)\n\n"
        "Renata Figueiredo\n"
        "Prefeita de Belo Horizonte (MG)\n\n"
        "Marcelo Vargas\n"
        "Prefeito de Porto Alegre (RS)\n\n"
        "Antônio Holanda\n"
        "Prefeito de Fortaleza (CE)\n\n"
        "Juliana Teixeira\n"
        "Vice-prefeita de Salvador (BA)\n\n"
        "Ricardo Bührer\n"
        "Prefeito de Curitiba (PR)\n\n"
        "Vitória Almeida\n"
        "Prefeita de Niterói (RJ)\n\n"
        "Fernando Salles\n"
        "Prefeito de Campinas (SP)\n\n"
        "Washington Quaresma\n"
        "Prefeito de Maricá (RJ)\n\n"
        "Luciana Prado\n"
        "Prefeita de Aracaju (SE)",
        "A carta será entregue ao Ministério das Cidades e às lideranças do Congresso "
        "Nacional.\n\n"
        "Leia também\n"
        "Goiânia e Teresina aderem ao programa de ônibus elétricos\n"
        "Frente lança guia de compras públicas sustentáveis",
        "Recife/BR; Belo Horizonte/BR; Porto Alegre/BR; Fortaleza/BR; Salvador/BR; Curitiba/BR; "
        "Niterói/BR; Campinas/BR; Maricá/BR; Aracaju/BR",
        "a person's name over `Prefeito/Prefeita de X (UF)`, codes PE, BA, PR, SE that are "
        "countries' codes; a mayor named Vitória and one named Washington; Brasília the venue "
        "and São Paulo in the text, Goiânia and Teresina in a teaser",
    ),
    Page(
        "nl-stedennetwerk-leden-drie-kolommen",
        "nl",
        "several_a_line;table_tabs;no_country;not_signatory",
        "Leden van het stedennetwerk",
        (2024, 10, 3),
        "Home > Over ons > Leden\n\n"
        "Het stedennetwerk bestaat uit 36 middelgrote gemeenten buiten de vier grote steden. "
        "Samen wonen er ruim 5 miljoen mensen. We zetten ons in voor een sterk sociaal domein, "
        "betaalbaar wonen en een eerlijke verdeling van het gemeentefonds, en voeren daarover "
        "overleg met het Rijk in Den Haag.\n\n"
        "Voorzitter van het netwerk is de burgemeester van Apeldoorn; het bureau is gevestigd "
        "in Utrecht.\n\n"
        "Deelnemende gemeenten",
        "Alkmaar\tAlmelo\tAlmere\n"
        "Alphen aan den Rijn\tAmersfoort\tApeldoorn\n"
        "Arnhem\tAssen\tBergen op Zoom\n"
        "Breda\tDelft\tDen Helder\n"
        "Deventer\tDordrecht\tEde\n"
        "Emmen\tEnschede\tGouda\n"
        "Haarlem\tHeerlen\tHelmond\n"
        "Hengelo\tHilversum\tHoorn\n"
        "Leeuwarden\tLeiden\tLelystad\n"
        "Maastricht\tNijmegen\tOss\n"
        "Purmerend\tRoosendaal\tSchiedam\n"
        "Tilburg\tVenlo\tZaanstad",
        "Ontbreekt uw gemeente? Neem contact op met het bureau.\n\n"
        "Lees ook\n"
        "Zwolle en Zoetermeer verkennen lidmaatschap\n"
        "Position paper Voorjaarsnota: gemeenten aan de financiële afgrond\n\n"
        "Stedennetwerk · Postbus 1020 · 3500 BA Utrecht",
        "Alkmaar/NL; Almelo/NL; Almere/NL; Alphen aan den Rijn/NL; Amersfoort/NL; "
        "Apeldoorn/NL; Arnhem/NL; Assen/NL; Bergen op Zoom/NL; Breda/NL; Delft/NL; "
        "Den Helder/NL; Deventer/NL; Dordrecht/NL; Ede/NL; Emmen/NL; Enschede/NL; Gouda/NL; "
        "Haarlem/NL; Heerlen/NL; Helmond/NL; Hengelo/NL; Hilversum/NL; Hoorn/NL; "
        "Leeuwarden/NL; Leiden/NL; Lelystad/NL; Maastricht/NL; Nijmegen/NL; Oss/NL; "
        "Purmerend/NL; Roosendaal/NL; Schiedam/NL; Tilburg/NL; Venlo/NL; Zaanstad/NL",
        "36 member municipalities flattened from a three-column grid, a tab between the "
        "columns and no header, no country; Den Haag and Utrecht in the text (Utrecht the "
        "office), the chair's Apeldoorn also a member, Zwolle and Zoetermeer in a teaser about "
        "joining",
    ),
    Page(
        "pl-zwiazek-miast-apel-prezydent-miasta-dopelniacz",
        "pl",
        "one_a_line;person_before;person_after;inflected;person_named_like_place;no_country;"
        "not_signatory",
        "Apel prezydentów i burmistrzów miast w sprawie dochodów samorządów",
        (2025, 5, 16),
        "Strona główna / Aktualności / Stanowiska\n\n"
        "Podczas posiedzenia Zarządu Związku w Poznaniu prezydenci i burmistrzowie miast "
        "członkowskich przyjęli apel do Rady Ministrów i Sejmu RP w sprawie dochodów jednostek "
        "samorządu terytorialnego.\n\n"
        "Nowa ustawa o dochodach samorządów miała zapewnić miastom stabilne finansowanie. "
        "Tymczasem wzrost kosztów oświaty, transportu publicznego i płacy minimalnej sprawia, "
        "że coraz więcej gmin nie jest w stanie zrównoważyć budżetów bieżących. Apelujemy o:\n"
        "1) pełne finansowanie zadań zleconych przez administrację rządową;\n"
        "2) coroczną waloryzację subwencji oświatowej;\n"
        "3) konsultowanie ze stroną samorządową każdej zmiany w podatku PIT.\n\n"
        "Apel podpisali:",
        "Prezydent Miasta Lublina – Tomasz Wróbel\n"
        "Prezydent Miasta Rzeszowa – Katarzyna Maj\n"
        "Prezydent Miasta Stołecznego Warszawy – Paweł Zając\n"
        "Prezydent Miasta Gorzowa Wielkopolskiego – Jacek Kaczmarek\n"
        "Prezydent Miasta Bielska-Białej – Anna Gąsior\n"
        "Prezydent Miasta Torunia – Michał Kalisz\n"
        "Prezydent Miasta Opola – Arkadiusz Nowak\n"
        "Burmistrz Miasta Kłodzka – Ewa Rybak\n"
        "Burmistrz Miasta i Gminy Wieliczka – Piotr Sowa",
        "Do apelu mogą przyłączać się kolejne miasta – prosimy o kontakt z Biurem Związku.\n\n"
        "Pobierz apel (PDF, 220 KB)\n\n"
        "Biuro Związku, ul. Robocza 42, 61-517 Poznań",
        "Lublin/PL; Rzeszów/PL; Warsaw/PL; Gorzów Wielkopolski/PL; Bielsko-Biała/PL; Toruń/PL; "
        "Opole/PL; Kłodzko/PL; Wieliczka/PL",
        "`Prezydent Miasta X – Name` lines in the genitive (`Lublina`, `Stołecznego Warszawy`, "
        "`Gorzowa Wielkopolskiego`, `Bielska-Białej`, `Kłodzka`) and one nominative `Miasta i "
        "Gminy Wieliczka`; a mayor named Kalisz; Poznań the venue and the office",
    ),
    Page(
        "sv-klimatkommuner-medlemmar-lan-rubriker-genitiv",
        "sv",
        "one_a_line;region_heading;inflected;no_country;not_signatory",
        "Våra medlemmar",
        (2025, 1, 30),
        "Start › Om oss › Medlemmar\n\n"
        "Föreningen är ett nätverk för kommuner och regioner som vill gå före i klimatarbetet. "
        "Medlemmarna lär av varandra, driver gemensamma frågor gentemot riksdag och regering "
        "och redovisar varje år sina utsläpp och åtgärder i klimatenkäten.\n\n"
        "Föreningen har i dag 39 medlemmar. Årsmötet 2025 hålls i Karlstad den 24–25 april.\n",
        "Skåne län\n"
        "Lunds kommun\n"
        "Malmö stad\n"
        "Helsingborgs stad\n"
        "Kristianstads kommun\n"
        "Ystads kommun\n"
        "Eslövs kommun\n\n"
        "Västra Götalands län\n"
        "Göteborgs Stad\n"
        "Borås Stad\n"
        "Alingsås kommun\n"
        "Uddevalla kommun\n"
        "Vänersborgs kommun\n"
        "Lerums kommun\n\n"
        "Stockholms län\n"
        "Stockholms stad\n"
        "Botkyrka kommun\n"
        "Huddinge kommun\n"
        "Södertälje kommun\n"
        "Nacka kommun\n\n"
        "Uppsala län\n"
        "Uppsala kommun\n"
        "Enköpings kommun\n\n"
        "Östergötlands län\n"
        "Linköpings kommun\n"
        "Norrköpings kommun\n"
        "Motala kommun\n\n"
        "Jönköpings län\n"
        "Jönköpings kommun\n"
        "Värnamo kommun\n\n"
        "Kronobergs län\n"
        "Växjö kommun\n\n"
        "Kalmar län\n"
        "Kalmar kommun\n"
        "Västerviks kommun\n\n"
        "Örebro län\n"
        "Örebro kommun\n\n"
        "Västmanlands län\n"
        "Västerås stad\n\n"
        "Dalarnas län\n"
        "Falu kommun\n"
        "Borlänge kommun\n\n"
        "Gävleborgs län\n"
        "Gävle kommun\n\n"
        "Västernorrlands län\n"
        "Sundsvalls kommun\n"
        "Örnsköldsviks kommun\n\n"
        "Jämtlands län\n"
        "Östersunds kommun\n\n"
        "Västerbottens län\n"
        "Umeå kommun\n"
        "Skellefteå kommun\n\n"
        "Norrbottens län\n"
        "Luleå kommun\n"
        "Kiruna kommun",
        "Vill din kommun bli medlem? Läs mer under Bli medlem eller kontakta kansliet.\n\n"
        "Kansliet, c/o Miljöförvaltningen, Box 41, 221 00 Lund",
        "Lund/SE; Malmö/SE; Helsingborg/SE; Kristianstad/SE; Ystad/SE; Eslöv/SE; Göteborg/SE; "
        "Borås/SE; Alingsås/SE; Uddevalla/SE; Vänersborg/SE; Lerum/SE; Stockholm/SE; "
        "Botkyrka/SE; Huddinge/SE; Södertälje/SE; Nacka/SE; Uppsala/SE; Enköping/SE; "
        "Linköping/SE; Norrköping/SE; Motala/SE; Jönköping/SE; Värnamo/SE; Växjö/SE; Kalmar/SE; "
        "Västervik/SE; Örebro/SE; Västerås/SE; Falun/SE; Borlänge/SE; Gävle/SE; Sundsvall/SE; "
        "Örnsköldsvik/SE; Östersund/SE; Umeå/SE; Skellefteå/SE; Luleå/SE; Kiruna/SE",
        "39 members `X kommun` / `X stad` in the genitive (`Lunds`, `Falu`, `Eslövs`) under "
        "`län` headings that carry city names (`Jönköpings län`, `Kalmar län`, `Uppsala län`); "
        "Karlstad the venue of the annual meeting, the office in Lund (a member)",
    ),
    Page(
        "fi-suurimmat-kaupungit-kannanotto-genetiivi-poikkeus",
        "fi",
        "one_a_line;person_before;person_after;inflected;no_country;not_signatory",
        "Suurten kaupunkien johtajat: kasvupalvelut on rahoitettava kestävästi",
        (2024, 9, 26),
        "Etusivu › Ajankohtaista › Kannanotot\n\n"
        "Suurten kaupunkien johtajat vaativat valtiovarainministeriöltä, että työllisyys- ja "
        "kasvupalvelujen siirron rahoitus korjataan vastaamaan todellisia kustannuksia. "
        "Kannanotto julkaistiin Kuntamarkkinoilla Helsingissä.\n\n"
        "”Kaupungit ottivat vastuun työllisyyspalveluista, mutta rahoitusmalli ei huomioi "
        "pitkäaikaistyöttömien määrää”, sanoo Tampereen pormestari Jussi Rantanen.\n\n"
        "Espoo ja Vantaa eivät ole mukana kannanotossa, koska ne antavat asiasta oman "
        "lausuntonsa yhdessä Helsingin kanssa.\n\n"
        "Kannanoton allekirjoittajat:",
        "Minna Aaltonen, Turun pormestari\n"
        "Jussi Rantanen, Tampereen pormestari\n"
        "Oulun kaupunginjohtaja Sami Heikkilä\n"
        "Jyväskylän kaupunginjohtaja Tiina Koskinen\n"
        "Pekka Huttunen, Kuopion kaupunginjohtaja\n"
        "Lahden kaupunginjohtaja Anne Mäkelä\n"
        "Ville Nurmi, Porin kaupunginjohtaja\n"
        "Vaasan kaupunginjohtaja Kristian Sundqvist\n"
        "Lappeenrannan kaupunginjohtaja Riikka Hämäläinen\n"
        "Joensuun kaupunginjohtaja Olli Pesonen",
        "Lisätietoja: erityisasiantuntija Laura Kivelä, p. 040 123 4567\n\n"
        "Lue myös\n"
        "Kotka ja Hämeenlinna mukaan kaupunkiverkostoon\n"
        "Kaupungit: sote-rahoituksen leikkaukset uhkaavat palveluja",
        "Turku/FI; Tampere/FI; Oulu/FI; Jyväskylä/FI; Kuopio/FI; Lahti/FI; Pori/FI; Vaasa/FI; "
        "Lappeenranta/FI; Joensuu/FI",
        "ten signers in the genitive in two orders, `Name, Turun pormestari` and `Oulun "
        "kaupunginjohtaja Name`; Helsinki the venue, Espoo and Vantaa named as not signing, "
        "Tampere's mayor quoted above the list, Kotka and Hämeenlinna in a teaser",
    ),
    Page(
        "ja-heiwa-shucho-shinki-kamei-kuni-midashi",
        "ja",
        "one_a_line;region_heading;country_in_language;region_after;not_signatory",
        "新規加盟都市のお知らせ（2025年4月1日現在）",
        (2025, 4, 3),
        "ホーム ＞ お知らせ ＞ 新規加盟都市\n\n"
        "核兵器のない世界の実現を目指す都市のネットワークに、2025年3月中に新たに16都市が"
        "加盟しました。これにより加盟都市数は166か国・地域の8,450都市となりました。\n\n"
        "事務局のある広島市では、4月に開催される理事会に向けて、新規加盟都市への歓迎"
        "メッセージを準備しています。長崎市とともに、引き続き加盟の呼びかけを行います。\n\n"
        "新規加盟都市一覧",
        "ドイツ（3都市）\n"
        "ノイス（Neuss）\n"
        "リューネブルク（Lüneburg）\n"
        "コーブルク（Coburg）\n\n"
        "フランス（1都市）\n"
        "マラコフ（Malakoff）\n\n"
        "イタリア（2都市）\n"
        "レッコ（Lecco）\n"
        "クレモナ（Cremona）\n\n"
        "ベルギー（1都市）\n"
        "ルーヴェン（Leuven）\n\n"
        "スペイン（2都市）\n"
        "ヘタフェ（Getafe）\n"
        "サバデル（Sabadell）\n\n"
        "メキシコ（2都市）\n"
        "プエブラ（Puebla）\n"
        "メリダ（Mérida）\n\n"
        "ネパール（1都市）\n"
        "ポカラ（Pokhara）\n\n"
        "カメルーン（1都市）\n"
        "バフッサム（Bafoussam）\n\n"
        "ウクライナ（1都市）\n"
        "ヴィーンヌィツャ（Vinnytsia）\n\n"
        "日本（2都市）\n"
        "日南市（宮崎県）\n"
        "遠野市（岩手県）",
        "加盟都市の一覧は「加盟都市検索」ページからご覧いただけます。\n\n"
        "関連リンク\n"
        "2025年度 行動計画\n"
        "ユース交流プログラム参加者募集\n\n"
        "事務局：〒730-0811 広島市中区中島町1-5",
        "Neuss/DE; Lüneburg/DE; Coburg/DE; Malakoff/FR; Lecco/IT; Cremona/IT; Leuven/BE; "
        "Getafe/ES; Sabadell/ES; Puebla/MX; Mérida/MX; Pokhara/NP; Bafoussam/CM; "
        "Vinnytsia|Vinnytsya/UA; Nichinan/JP; Tōno|Tono/JP",
        "new members under Japanese country headings with counts `ドイツ（3都市）`, names in "
        "katakana with the Latin name in full-width brackets, Mérida under Mexico, two Japanese "
        "cities `日南市（宮崎県）` with their prefectures; Hiroshima the secretariat and Nagasaki "
        "named in the text",
    ),
    Page(
        "tr-saglikli-kentler-bildirge-ilce-belediyeleri-il-parantez",
        "tr",
        "numbered;region_after;person_after;no_country;not_signatory",
        "Afete Dirençli Kentler Bildirgesi imzaya açıldı",
        (2025, 2, 6),
        "Anasayfa / Haberler / Bildirgeler\n\n"
        "Birliğimizin Bursa'da düzenlenen Meclis toplantısında kabul edilen Afete Dirençli "
        "Kentler Bildirgesi, 6 Şubat depremlerinin ikinci yıl dönümünde üye belediyelerin "
        "imzasına açıldı. Bildirge, yerel yönetimlerin deprem öncesi hazırlık, kentsel "
        "dönüşüm ve afet sonrası psikososyal destek alanlarındaki sorumluluklarını ortaya "
        "koyuyor.\n\n"
        "Bildirgeye göre imzacı belediyeler:\n"
        "• riskli yapı envanterini iki yıl içinde tamamlamayı,\n"
        "• her mahallede en az bir toplanma alanını işaretlemeyi,\n"
        "• afet gönüllüleri için yıllık eğitim programı düzenlemeyi taahhüt ediyor.\n\n"
        "Bildirgeyi ilk imzalayan belediye başkanları şunlar oldu:",
        "1. Nilüfer Belediyesi (Bursa) – Belediye Başkanı Ayşe Demirtaş\n"
        "2. Çankaya Belediyesi (Ankara) – Belediye Başkanı Hüseyin Aksoy\n"
        "3. Kadıköy Belediyesi (İstanbul) – Belediye Başkanı Selin Öztürk\n"
        "4. Karşıyaka Belediyesi (İzmir) – Belediye Başkanı Murat Kaya\n"
        "5. Tepebaşı Belediyesi (Eskişehir) – Belediye Başkanı Ahmet Yıldırım\n"
        "6. Odunpazarı Belediyesi (Eskişehir) – Belediye Başkanı Zeynep Arslan\n"
        "7. Antakya Belediyesi (Hatay) – Belediye Başkanı Mehmet Erdem\n"
        "8. Menteşe Belediyesi (Muğla) – Belediye Başkanı Derya Çelik\n"
        "9. Mersin Büyükşehir Belediyesi – Belediye Başkanı Hasan Korkmaz\n"
        "10. Malatya Büyükşehir Belediyesi – Belediye Başkan Vekili Ali Rıza Şahin",
        "Birlik Başkanı, toplantıya ev sahipliği yapan Bursa Büyükşehir Belediyesi'ne "
        "teşekkür ederek bildirgenin yıl sonuna kadar tüm üyelerin imzasına açık kalacağını "
        "belirtti.\n\n"
        "Bildirge metnini indirmek için tıklayınız (PDF)\n\n"
        "İlgili haberler\n"
        "Kahramanmaraş'ta çocuklar için oyun ve iyileşme merkezi açıldı\n"
        "Sağlıklı kent ödülleri sahiplerini buldu: Gaziantep birinci",
        "Nilüfer/TR; Çankaya/TR; Kadıköy/TR; Karşıyaka/TR; Tepebaşı/TR; Odunpazarı/TR; "
        "Antakya/TR; Menteşe/TR; Mersin/TR; Malatya/TR",
        "numbered district municipalities `Nilüfer Belediyesi (Bursa) – Belediye Başkanı Name` "
        "with their provinces in brackets, two metropolitan municipalities; Bursa the venue "
        "and host, though Nilüfer lies in it; Kahramanmaraş and Gaziantep in related news",
    ),
    Page(
        "el-ygieis-poleis-dilosi-treis-dimarchoi-genikh",
        "el",
        "running_text;person_before;inflected;few;no_country;not_signatory",
        "Κοινή δήλωση τριών δημάρχων της Θεσσαλίας για την ανθεκτικότητα στις πλημμύρες",
        (2024, 10, 15),
        "Αρχική » Νέα » Δελτία Τύπου\n\n"
        "Στο περιθώριο της ημερίδας του Δικτύου Υγιών Πόλεων για την κλιματική "
        "προσαρμογή, που φιλοξένησε ο Δήμος Βόλου, υπογράφηκε κοινή δήλωση για την "
        "προστασία των πόλεων του θεσσαλικού κάμπου από τις πλημμύρες.",
        "Τη δήλωση υπέγραψαν ο Δήμαρχος Τρικκαίων Νικόλαος Παπαδόπουλος, ο Δήμαρχος "
        "Λαρισαίων Γεώργιος Κωνσταντίνου και η Δήμαρχος Καρδίτσας Ελένη Αθανασίου, οι οποίοι "
        "δεσμεύονται να συντονίσουν τα σχέδια έκτακτης ανάγκης τους και να διεκδικήσουν από "
        "κοινού χρηματοδότηση για έργα αντιπλημμυρικής προστασίας.",
        "«Οι πλημμύρες του 2023 μάς έδειξαν ότι καμία πόλη δεν μπορεί να προστατευθεί μόνη "
        "της», δήλωσε ο Δήμαρχος Τρικκαίων. Ο Αντιδήμαρχος του Δήμου Βόλου, που καλωσόρισε "
        "τους συμμετέχοντες, ανακοίνωσε ότι η επόμενη συνάντηση θα γίνει στη Λαμία.\n\n"
        "Το κείμενο της δήλωσης είναι διαθέσιμο στην ενότητα Έγγραφα.",
        "Trikala/GR; Larisa/GR; Karditsa/GR",
        "three mayors in one sentence with the municipalities in the genitive (`Δήμαρχος "
        "Τρικκαίων`, `Λαρισαίων`, `Καρδίτσας`) and `και`; Volos the host, Lamia the next venue",
    ),
    Page(
        "en-asia-pacific-network-new-members-running-text",
        "en",
        "running_text;country_in_language;body_not_city;not_signatory",
        "Six cities join the network as full members",
        (2025, 6, 18),
        "News | Membership\n\n"
        "The Executive Committee, meeting in Yokohama on 16 and 17 June at the invitation of "
        "the City of Yokohama, approved six new full members and two associate members, "
        "bringing the network's membership to 182 from 27 countries.",
        "The new full members are Kathmandu Metropolitan City (Nepal), the Surabaya City "
        "Government (Indonesia), the Colombo Municipal Council (Sri Lanka), Iloilo City (the "
        "Philippines), the Da Nang City People's Committee (Viet Nam) and the Capital City of "
        "Ulaanbaatar (Mongolia).",
        "The two new associate members are the Asian Institute of Technology, based in Pathum "
        "Thani near Bangkok, and the Urban Climate Resilience Centre of the University of "
        "Melbourne.\n\n"
        '"Our new members bring experience from some of the fastest-growing cities in the '
        'region," said the Secretary General at the Secretariat in Seoul. "From solid waste in '
        'Colombo to early warning systems in Iloilo, they have a lot to share."\n\n'
        "The next Congress will be held in Bangkok in 2026.\n\n"
        "Related stories\n"
        "Makassar and Phnom Penh train 40 officials on climate budgeting\n"
        "Call for applications: City-to-City Exchange 2025",
        "Kathmandu/NP; Surabaya/ID; Colombo/LK; Iloilo|Iloilo City/PH; Da Nang/VN; "
        "Ulaanbaatar|Ulan Bator/MN",
        "six new members as official bodies in one sentence with countries in brackets "
        "(`the Surabaya City Government (Indonesia)`, `the Da Nang City People's Committee`); "
        "associate members that are an institute and a university centre (Pathum Thani, "
        "Bangkok, Melbourne), Yokohama the host, Seoul the secretariat, Bangkok the next venue",
    ),
]

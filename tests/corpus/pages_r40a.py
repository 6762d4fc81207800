"""Hand-written pages, batch r40a: held out from issue #20's round 40, written blind (without
reading or running the reader) at the start of the round. A mix of declarations with signatory
lists, member directories of national associations and of European and global networks, and
news of cities joining, in English, French, Spanish, Polish, Danish, Croatian, Serbian,
Slovenian, Japanese, Estonian and Icelandic: mayors and councillors with their titles before the
place and the country after it (people named Sofia and Hastings); a Baltic network's member
table with country, population, year and representative columns; a francophone declaration
copied from a PDF, entries broken over lines between running headers and page numbers, named
after its venue; French new members in running text with their departments, one of them a
Métropole and one overseas; Spanish new members under province headings, one heading a city's
name, with a provincial council; Latin American signatories several a line after their
country; Polish new members numbered with their voivodeships, then in genitives; a Danish
table of `Kommune` with region and mayor columns; Croatian members under county headings with
bilingual Istrian names; a Serbian Cyrillic numbered table with district columns; Slovenian
`Občina`, `Mestna občina` several a line after their statistical regions; Japanese cities after
prefecture headings in `【】` with `、`; Estonian `X linnapea Name` genitives; Icelandic official
names `Reykjavíkurborg`, `Akureyrarbær`, `Hafnarfjarðarkaupstaður` over their mayors. Invented
texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-cool-cities-pledge-mayors-councillors-titles-country-after",
        "en",
        "one_a_line;person_before;person_named_like_place;not_signatory",
        "Cool Cities Pledge: 14 city leaders commit to protect residents from extreme heat",
        (2025, 7, 9),
        "Newsroom / Climate adaptation / Extreme heat\n\n"
        "PRESS RELEASE\n\n"
        "Athens, 9 July 2025 – As a third heatwave in six weeks grips southern Europe, city "
        "leaders from five continents today signed the Cool Cities Pledge at the Global Heat "
        "Resilience Forum, hosted by the City of Athens. The pledge commits each signatory "
        "to appoint a chief heat officer, to map the city's hottest neighbourhoods by 2026 and "
        "to open a network of public cooling centres within walking distance of every "
        "resident over 65.\n\n"
        '"Heat is the silent killer of our century," said the forum\'s host, Mayor Nikos '
        'Stavrou. "The cities signing today know that shade, water and trees are public '
        'health infrastructure."\n\n'
        "The pledge builds on the commitments made under the Paris Agreement and on the "
        "heat action plans pioneered by Ahmedabad and Seville. It is open to any city that "
        "is a member of the network.\n\n"
        "Signatories (in order of signing)\n",
        "Mayor Ana Ribeiro — Lisbon, Portugal\n"
        "Lord Mayor Cllr Daithí Ó Ceallaigh — Cork, Ireland\n"
        "Deputy Mayor for Climate and Environment Sofia Marinescu — Bucharest, Romania\n"
        "Councillor Paul Hastings, Executive Member for Environment — Manchester, "
        "United Kingdom\n"
        "Mayor Kwabena Owusu-Mensah — Kumasi, Ghana\n"
        "Mayor Rosa Elena Delgado — Medellín, Colombia\n"
        "Mayor Amir Haddad — Tripoli, Lebanon\n"
        "Mayor Hiroshi Tanaka — Kitakyushu, Japan\n"
        "Councillor Priya Raman, Chair, Standing Committee on Public Health — Chennai, India\n"
        "Mayor Jo Whitfield — Christchurch, New Zealand\n"
        "Mayor Marisol Vega Ruiz — Hermosillo, Mexico\n"
        "Mayor Kevin Lincoln Ortiz — Tucson, United States\n"
        "Executive Mayor Thandiwe Nkosi — Johannesburg, South Africa\n"
        "Mayor Nilufar Yasmin — Rajshahi, Bangladesh",
        "Cities wishing to join the pledge can write to the network's adaptation team in "
        "Copenhagen.\n\n"
        "Media contact: press@coolcities.example.org\n\n"
        "Read more\n"
        "Phoenix and Seville share lessons from their first chief heat officers\n"
        "2 July 2025\n"
        "Freetown plants 1 million trees: what comes next\n"
        "24 June 2025",
        "Lisbon/PT; Cork/IE; Bucharest/RO; Manchester/GB; Kumasi/GH; Medellín/CO; Tripoli/LB; "
        "Kitakyushu/JP; Chennai/IN; Christchurch/NZ; Hermosillo/MX; Tucson/US; "
        "Johannesburg/ZA; Rajshahi/BD",
        "`Title Name — City, Country` lines, councillors with a portfolio after their name "
        "(Hastings, Sofia, Lincoln are people); Athens the host, Ahmedabad and Seville in the "
        "text, Copenhagen the secretariat, Phoenix, Seville and Freetown in teasers",
    ),
    Page(
        "en-baltic-network-members-table-population-representative",
        "en",
        "table_tabs;columns_after;person_named_like_place;not_signatory",
        "Member cities",
        (2025, 2, 3),
        "About us / Members\n\n"
        "Our network brings together towns and cities around the Baltic Sea, from the Danish "
        "straits to the Gulf of Finland. Member cities share knowledge on sustainable "
        "mobility, culture, youth and the blue economy. The Secretariat is based in Gdańsk.\n\n"
        "Sort by: Country | City | Year joined\n",
        "City\tCountry\tPopulation\tMember since\tContact person\n"
        "Aarhus\tDenmark\t285,000\t1991\tMette Kolding\n"
        "Kolding\tDenmark\t61,600\t1993\tJens Holm Andersen\n"
        "Tartu\tEstonia\t91,400\t1991\tKadri Pärn\n"
        "Pärnu\tEstonia\t40,200\t1992\tMarko Tamm\n"
        "Kärdla\tEstonia\t3,100\t2004\tLiis Saar\n"
        "Turku\tFinland\t206,600\t1991\tAnna Lindholm\n"
        "Vaasa\tFinland\t69,800\t1997\tJukka Rauma\n"
        "Kiel\tGermany\t252,700\t1991\tBirgit Lübeck-Schulz\n"
        "Rostock\tGermany\t198,300\t1991\tThomas Wendt\n"
        "Greifswald\tGermany\t52,700\t2001\tKatrin Möller\n"
        "Liepāja\tLatvia\t67,400\t1994\tIlze Bērziņa\n"
        "Jūrmala\tLatvia\t52,000\t1996\tAndris Kalniņš\n"
        "Klaipėda\tLithuania\t172,300\t1991\tRūta Jonaitienė\n"
        "Panevėžys\tLithuania\t85,900\t2000\tTomas Vilnius-Petraitis\n"
        "Kristiansand\tNorway\t117,200\t2006\tIngrid Bergen\n"
        "Gdynia\tPoland\t257,000\t1991\tMarek Kowalski\n"
        "Elbląg\tPoland\t127,600\t1993\tAgnieszka Malbork\n"
        "Kalmar\tSweden\t38,400\t1991\tErik Lundgren\n"
        "Växjö\tSweden\t71,300\t2010\tSara Lund\n"
        "Lund\tSweden\t87,200\t2012\tOlof Nyström",
        "Showing 20 of 20 member cities\n\n"
        "Is your city on the Baltic Sea? Read how to join, or contact the Secretariat, "
        "Wały Jagiellońskie 1, 80-853 Gdańsk, Poland.",
        "Aarhus/DK; Kolding/DK; Tartu/EE; Pärnu/EE; Kärdla/EE; Turku/FI; Vaasa/FI; Kiel/DE; "
        "Rostock/DE; Greifswald/DE; Liepāja/LV; Jūrmala/LV; Klaipėda/LT; Panevėžys/LT; "
        "Kristiansand/NO; Gdynia/PL; Elbląg/PL; Kalmar/SE; Växjö/SE; Lund/SE",
        "a tab table with country, population, year and contact columns; contacts named Kolding, "
        "Rauma, Lübeck, Vilnius, Bergen, Malbork, Lund; Gdańsk the secretariat",
    ),
    Page(
        "fr-declaration-dakar-maires-pdf-coupures",
        "fr",
        "one_a_line;broken_lines;person_before;country_in_language;not_signatory",
        "Déclaration de Dakar des maires francophones sur l'eau et l'assainissement",
        (2025, 11, 20),
        "Accueil > Ressources > Déclarations\n\n"
        "Déclaration de Dakar (PDF, 4 pages) – version texte\n\n"
        "DÉCLARATION DE DAKAR\n"
        "Nous, maires et présidents d'autorités locales réunis à Dakar les 18 et 19 novembre "
        "2025 à l'invitation de la Ville de Dakar,\n"
        "Rappelant que l'accès à l'eau potable et à l'assainissement est un droit humain "
        "reconnu par l'Assemblée générale des Nations unies,\n"
        "Considérant que plus de la moitié des habitants des villes d'Afrique subsaharienne "
        "n'ont pas accès à un assainissement géré en toute sécurité,\n"
        "Nous engageons à :\n"
        "1. inscrire l'eau et l'assainissement parmi les priorités de nos budgets municipaux ;\n"
        "2. associer les habitants des quartiers précaires à la gestion des services ;\n"
        "3. partager nos données et nos expériences au sein du réseau.\n\n"
        "Fait à Dakar, le 19 novembre 2025\n\n"
        "Déclaration de Dakar – 19 novembre 2025                                    2/4\n\n"
        "LES SIGNATAIRES\n",
        "M. Ibrahima Diallo, Maire de Saint-Louis (Séné-\n"
        "gal)\n"
        "Mme Aminata Sow, Maire de Thiès (Sénégal)\n"
        "M. Yao Kouassi, Maire de Bouaké (Côte d'Ivoi-\n"
        "re)\n"
        "M. Issouf Ouédraogo, Maire de Ouagadougou\n"
        "(Burkina Faso)\n"
        "M. Salif Traoré, Maire de Bobo-Dioulasso (Bur-\n"
        "kina Faso)\n"
        "Mme Mariama Hamidou, Présidente du Conseil de\n"
        "Ville de Niamey (Niger)\n"
        "M. Rodrigue Houngbédji, Maire de Cotonou (Bé-\n"
        "nin)\n"
        "\n"
        "Déclaration de Dakar – 19 novembre 2025                                    3/4\n"
        "\n"
        "M. Félix Agbodjan, Maire de Porto-Novo (Bénin)\n"
        "Mme Akossiwa Mensah, Maire de la commune de\n"
        "Lomé (Togo)\n"
        "M. Jean-Paul Ekambi, Maire de la Ville de\n"
        "Douala (Cameroun)\n"
        "M. Martin Nkodo, Maire de Yaoundé (Came-\n"
        "roun)\n"
        "Mme Sylvie Moussavou, Maire de Libreville\n"
        "(Gabon)\n"
        "M. Mohamed Ould Cheikh, Maire de Nouadhi-\n"
        "bou (Mauritanie)\n"
        "Mme Hanta Rakotomalala, Maire de la Commune\n"
        "urbaine d'Antananarivo (Madagascar)\n"
        "M. Karim Ben Salah, Président de la Munici-\n"
        "palité de Sousse (Tunisie)\n"
        "Mme Geneviève Tremblay, Mairesse de Rouyn-\n"
        "Noranda (Québec, Canada)\n"
        "M. Olivier Lambert, Échevin, représentant le\n"
        "Bourgmestre de Liège (Belgique)\n"
        "\n"
        "Déclaration de Dakar – 19 novembre 2025                                    4/4",
        "Télécharger la déclaration (PDF, 1,2 Mo)\n\n"
        "La prochaine assemblée générale se tiendra à Québec en 2026.\n\n"
        "Secrétariat permanent : 9, rue des Halles, 75001 Paris, France",
        "Saint-Louis/SN; Thiès/SN; Bouaké/CI; Ouagadougou/BF; Bobo-Dioulasso/BF; Niamey/NE; "
        "Cotonou/BJ; Porto-Novo/BJ; Lomé/TG; Douala/CM; Yaoundé/CM; Libreville/GA; "
        "Nouadhibou/MR; Antananarivo/MG; Sousse/TN; Rouyn-Noranda/CA; "
        "Liège/BE",
        "a PDF's signatories `M. Name, Maire de X (Pays)` broken over lines mid-word, running "
        "headers with page numbers between them; Dakar the venue, host and the declaration's "
        "name; Québec the next venue and Paris the secretariat",
    ),
    Page(
        "fr-villes-sante-nouvelles-adhesions-departements-metropole",
        "fr",
        "running_text;region_after;body_not_city;not_signatory;teasers",
        "Sept nouvelles collectivités rejoignent le réseau des Villes-Santé",
        (2025, 6, 16),
        "Accueil › Actualités › Vie du réseau\n\n"
        "Publié le 16 juin 2025 – Vie du réseau\n\n"
        "Réunie à Rennes les 12 et 13 juin à l'occasion de son colloque annuel consacré à la "
        "santé mentale en ville, l'assemblée générale du réseau a élu son nouveau bureau et "
        "accueilli de nouveaux membres. La présidente du réseau, Claire Dumont, adjointe au "
        "maire de Nancy chargée de la santé, a salué « une dynamique qui ne faiblit pas : "
        "nous sommes désormais plus de cent collectivités engagées ».\n\n",
        "Sur proposition du conseil d'administration, l'assemblée générale a validé "
        "l'adhésion de sept nouvelles collectivités : Angers (Maine-et-Loire), Besançon "
        "(Doubs), Quimper (Finistère), Chambéry (Savoie), Albi (Tarn), l'Eurométropole de "
        "Strasbourg (Bas-Rhin) et Saint-Denis (La Réunion), première ville d'outre-mer à "
        "rejoindre le réseau.",
        "Chaque nouvelle collectivité désignera un élu référent et un technicien qui "
        "participeront aux groupes de travail thématiques. « Nous voulons partager ce que "
        "nous avons appris avec le contrat local de santé mentale », explique Julien Marchal, "
        "adjoint au maire de Besançon.\n\n"
        "Le prochain colloque se tiendra à Grenoble en juin 2026.\n\n"
        "À lire aussi\n"
        "Lille et Montpellier lancent leurs conseils locaux de santé environnementale\n"
        "Retour sur les rencontres de Bordeaux : la ville à hauteur d'enfant",
        "Angers/FR; Besançon/FR; Quimper/FR; Chambéry/FR; Albi/FR; "
        "Eurométropole de Strasbourg|Strasbourg Eurometropolis/FR/metropolitan area; "
        "Saint-Denis/RE",
        "new members in one sentence, `Ville (département)`, a Métropole and Saint-Denis "
        "(La Réunion) in Réunion; Rennes the venue, Nancy the president's city, Grenoble the "
        "next venue, Lille, Montpellier, Bordeaux in teasers",
    ),
    Page(
        "es-red-ciudades-clima-adhesiones-provincias-encabezado",
        "es",
        "one_a_line;region_heading;body_not_city;not_signatory",
        "La Red Española de Ciudades por el Clima suma nueve nuevas entidades locales",
        (2025, 4, 28),
        "Inicio » Sala de prensa » Noticias\n\n"
        "La Junta de Gobierno de la Federación, reunida en su sede de Madrid, ha aprobado la "
        "incorporación de nueve nuevas entidades locales a la Red Española de Ciudades por el "
        "Clima, que con estas adhesiones supera los 320 miembros. Las entidades se comprometen "
        "a elaborar un plan de acción por el clima y la energía sostenible y a informar "
        "cada dos años de sus avances.\n\n"
        "El presidente de la Red, alcalde de Segovia, ha destacado que «la mitad de las "
        "nuevas adhesiones son municipios de menos de 20.000 habitantes, lo que demuestra que "
        "la acción climática no es cosa solo de las grandes ciudades».\n\n"
        "Nuevas entidades adheridas, por provincia:\n",
        "Badajoz\n"
        "Ayuntamiento de Mérida\n"
        "Ayuntamiento de Don Benito\n"
        "\n"
        "León\n"
        "Ayuntamiento de Ponferrada\n"
        "\n"
        "Soria\n"
        "Ayuntamiento de Soria\n"
        "Ayuntamiento de Almazán\n"
        "\n"
        "Murcia\n"
        "Ayuntamiento de Lorca\n"
        "\n"
        "Alicante/Alacant\n"
        "Ajuntament d'Alcoi\n"
        "\n"
        "Ourense\n"
        "Concello de Ourense\n"
        "\n"
        "Huesca\n"
        "Ayuntamiento de Jaca\n"
        "Diputación Provincial de Huesca",
        "Las entidades interesadas en adherirse pueden descargar el modelo de acuerdo de "
        "pleno en la sección Documentos.\n\n"
        "Federación Española de Municipios y Provincias · C/ Nuncio, 8 · 28005 Madrid",
        "Mérida/ES; Don Benito/ES; Ponferrada/ES; Soria/ES; Almazán/ES; Lorca/ES; Alcoy/ES; "
        "Ourense/ES; Jaca/ES; Diputación Provincial de Huesca|Huesca Province/ES/province",
        "`Ayuntamiento/Ajuntament/Concello de X` under province headings that are cities' "
        "names too (León, Murcia, Alicante, Huesca, Badajoz: not signatories; Soria and Ourense "
        "also sign); a provincial council; Madrid the seat, Segovia the president's city",
    ),
    Page(
        "es-carta-ciudades-sudamericanas-pais-varias-por-linea",
        "es",
        "several_a_line;region_before;country_in_language;body_not_city;not_signatory",
        "Carta de las ciudades sudamericanas por el agua",
        (2025, 9, 5),
        "Inicio | Quiénes somos | Unidades temáticas | Noticias | Documentos\n\n"
        "Documentos › Declaraciones\n\n"
        "Las ciudades reunidas en la Cumbre de la Unidad Temática de Ambiente, celebrada en "
        "Asunción los días 3 y 4 de septiembre de 2025 por invitación de la Municipalidad de "
        "Asunción, adoptaron la presente Carta, por la que se comprometen a:\n\n"
        "• proteger las cuencas que abastecen de agua a sus habitantes;\n"
        "• reducir las pérdidas de sus redes de distribución a menos del 25 % antes de 2030;\n"
        "• reconocer el acceso al agua potable como un derecho en sus normas locales;\n"
        "• cooperar con los gobiernos nacionales en la gestión de la cuenca del Plata.\n\n"
        "Firmaron la Carta las siguientes ciudades:\n",
        "ARGENTINA: Rosario – Córdoba – Santa Fe – Mendoza\n"
        "BOLIVIA: Gobierno Autónomo Municipal de Cochabamba\n"
        "CHILE: Municipalidad de Valparaíso – Municipalidad de Concepción\n"
        "ECUADOR: GAD Municipal de Cuenca – GAD Municipal de Loja\n"
        "PARAGUAY: Municipalidad de Encarnación\n"
        "PERÚ: Municipalidad Provincial de Arequipa\n"
        "URUGUAY: Intendencia de Salto",
        "La Carta quedará abierta a la firma de las demás ciudades de la red hasta la "
        "próxima Cumbre, que se celebrará en Porto Alegre.\n\n"
        "Secretaría Técnica Permanente – Edificio Mercosur, Luis Piera 1992, Montevideo, "
        "Uruguay",
        "Rosario/AR; Córdoba/AR; Santa Fe/AR; Mendoza/AR; Cochabamba/BO; Valparaíso/CL; "
        "Concepción/CL; Cuenca/EC; Loja/EC; Encarnación/PY; Arequipa/PE; "
        "Intendencia de Salto|Salto Department/UY/region",
        "signatories several a line between en dashes after a country in capitals and a colon; "
        "Asunción the host, Porto Alegre the next venue, Montevideo the secretariat; Salto's "
        "Intendencia governs its department",
    ),
    Page(
        "pl-zwiazek-miast-nowi-czlonkowie-wojewodztwa-dopelniacz",
        "pl",
        "numbered;region_after;inflected;named_twice;not_signatory",
        "Osiem miast dołączyło do Związku Miast Polskich",
        (2025, 3, 14),
        "Strona główna / Aktualności / Z życia Związku\n\n"
        "14.03.2025\n\n"
        "Na posiedzeniu w Łodzi Zarząd Związku Miast Polskich przyjął w poczet członków "
        "osiem nowych miast. Tym samym Związek, którego biuro mieści się w Poznaniu, zrzesza "
        "już ponad 340 miast z całego kraju.\n\n"
        "Nowymi członkami Związku zostały:\n",
        "1. Miasto Kutno (woj. łódzkie)\n"
        "2. Gmina Miejska Iława (woj. warmińsko-mazurskie)\n"
        "3. Gmina Miasta Sopotu (woj. pomorskie)\n"
        "4. Gmina Miasto Zakopane (woj. małopolskie)\n"
        "5. Miasto Przemyśl (woj. podkarpackie)\n"
        "6. Miasto Ełk (woj. warmińsko-mazurskie)\n"
        "7. Gmina Miasto Kołobrzeg (woj. zachodniopomorskie)\n"
        "8. Gmina Miasto Świdnica (woj. dolnośląskie)",
        "Uchwały o przystąpieniu do Związku podjęły wcześniej rady miast Kutna, Iławy, "
        "Sopotu, Zakopanego, Przemyśla, Ełku, Kołobrzegu i Świdnicy. „Cieszymy się, że "
        "w gronie członków są zarówno miasta uzdrowiskowe, jak i przemysłowe – każde z nich "
        "wniesie swoje doświadczenia” – powiedział prezes Związku, prezydent Płocka.\n\n"
        "Zobacz także:\n"
        "Miasta średnie w polityce spójności po 2027 r. – stanowisko Zarządu\n"
        "Rzeszów i Olsztyn gospodarzami konferencji o transporcie publicznym",
        "Kutno/PL; Iława/PL; Sopot/PL; Zakopane/PL; Przemyśl/PL; Ełk/PL; Kołobrzeg/PL; Świdnica/PL",
        "numbered official names `Gmina Miasto X (woj. ...)`, then the same towns in genitives "
        "(Kutna, Iławy, Zakopanego, Ełku); Łódź the venue, Poznań the office, Płock the "
        "president's city, Rzeszów and Olsztyn in teasers",
    ),
    Page(
        "da-klimakommuner-tabel-region-borgmester",
        "da",
        "table_tabs;columns_after;region_after;person_named_like_place;not_signatory",
        "Kommuner i netværket",
        (2025, 1, 20),
        "Forside > Om netværket > Medlemmer\n\n"
        "Netværket samler kommuner, der har vedtaget en klimahandleplan i tråd med "
        "Parisaftalen og forpligtet sig til at være klimaneutrale senest i 2050. Kommunerne "
        "mødes to gange om året og deler erfaringer med energirenovering, transport og "
        "klimatilpasning. Sekretariatet ligger hos KL i København.\n\n"
        "Nedenfor ses de kommuner, der er med i netværkets anden runde.\n",
        "Kommune\tRegion\tBorgmester\tKlimaplan godkendt\n"
        "Aabenraa Kommune\tRegion Syddanmark\tBirgitte Holm\t2022\n"
        "Fredericia Kommune\tRegion Syddanmark\tSøren Ribe Nielsen\t2021\n"
        "Vejle Kommune\tRegion Syddanmark\tJens Kristian Møller\t2021\n"
        "Sønderborg Kommune\tRegion Syddanmark\tAnne Marie Skov\t2020\n"
        "Svendborg Kommune\tRegion Syddanmark\tPeter Thisted\t2022\n"
        "Horsens Kommune\tRegion Midtjylland\tLene Brandt\t2021\n"
        "Holstebro Kommune\tRegion Midtjylland\tMorten Skive\t2022\n"
        "Viborg Kommune\tRegion Midtjylland\tKarin Dahl\t2021\n"
        "Frederikshavn Kommune\tRegion Nordjylland\tClaus Lind\t2022\n"
        "Hjørring Kommune\tRegion Nordjylland\tHanne Vestergaard\t2023\n"
        "Slagelse Kommune\tRegion Sjælland\tNiels Holbæk\t2022\n"
        "Næstved Kommune\tRegion Sjælland\tTina Kjær\t2021\n"
        "Roskilde Kommune\tRegion Sjælland\tMads Østergaard\t2021\n"
        "Helsingør Kommune\tRegion Hovedstaden\tLouise Bech\t2022\n"
        "Ballerup Kommune\tRegion Hovedstaden\tHenrik Juul\t2023",
        "15 kommuner\n\n"
        "Vil din kommune være med i næste runde? Kontakt netværkets koordinator på "
        "klima@kommunenet.example.dk.\n\n"
        "Læs også\n"
        "Odense og Esbjerg deler erfaringer med fjernvarme\n"
        "Ny rapport: Sådan når kommunerne i mål med 70 procent",
        "Aabenraa/DK; Fredericia/DK; Vejle/DK; Sønderborg/DK; Svendborg/DK; Horsens/DK; "
        "Holstebro/DK; Viborg/DK; Frederikshavn/DK; Hjørring/DK; Slagelse/DK; Næstved/DK; "
        "Roskilde/DK; Helsingør/DK; Ballerup/DK",
        "a tab table of `X Kommune` with region, mayor and year columns; mayors named Ribe, "
        "Thisted, Skive, Holbæk; København the secretariat, Odense and Esbjerg in teasers",
    ),
    Page(
        "hr-udruga-gradova-clanice-zupanije-naslovi-dvojezicno",
        "hr",
        "one_a_line;region_heading;named_twice;not_signatory",
        "Gradovi članice",
        (2025, 5, 7),
        "Naslovnica / O nama / Članice\n\n"
        "Udruga okuplja gradove koji razvijaju zelenu infrastrukturu i prilagodbu klimatskim "
        "promjenama. Na izbornoj skupštini održanoj u Varaždinu za predsjednicu Udruge "
        "izabrana je gradonačelnica Grada Čakovca.\n\n"
        "Pretraži članice po županiji:\n",
        "Grad Zagreb (1)\n"
        "Grad Zagreb\n"
        "\n"
        "Istarska županija (3)\n"
        "Grad Pula – Pola\n"
        "Grad Rovinj – Rovigno\n"
        "Grad Poreč – Parenzo\n"
        "\n"
        "Karlovačka županija (2)\n"
        "Grad Karlovac\n"
        "Grad Ogulin\n"
        "\n"
        "Koprivničko-križevačka županija (1)\n"
        "Grad Koprivnica\n"
        "\n"
        "Osječko-baranjska županija (3)\n"
        "Grad Osijek\n"
        "Grad Đakovo\n"
        "Grad Beli Manastir\n"
        "\n"
        "Splitsko-dalmatinska županija (2)\n"
        "Grad Split\n"
        "Grad Sinj\n"
        "\n"
        "Dubrovačko-neretvanska županija (2)\n"
        "Grad Dubrovnik\n"
        "Grad Metković\n"
        "\n"
        "Vukovarsko-srijemska županija (1)\n"
        "Grad Vinkovci",
        "Ukupno: 15 gradova članica\n\n"
        "Želite li da se Vaš grad pridruži Udruzi? Ispunite pristupnicu.",
        "Zagreb/HR; Pula/HR; Rovinj/HR; Poreč/HR; Karlovac/HR; Ogulin/HR; Koprivnica/HR; "
        "Osijek/HR; Đakovo/HR; Beli Manastir/HR; Split/HR; Sinj/HR; Dubrovnik/HR; "
        "Metković/HR; Vinkovci/HR",
        "`Grad X` under county headings with counts, `Grad Zagreb` its own heading, Istrian "
        "towns with their Italian names after a dash; Varaždin the venue, Čakovec the "
        "president's city (genitive Čakovca)",
    ),
    Page(
        "sr-deklaracija-otvoreni-podaci-tabela-okrug-cirilica",
        "sr",
        "table_tabs;numbered;columns_after;not_signatory",
        "Декларација локалних самоуправа о отвореним подацима",
        (2025, 10, 2),
        "Почетна › Вести › Саопштења\n\n"
        "На конференцији „Отворени подаци за отворене општине”, одржаној у Београду 1. "
        "октобра 2025. године, представници једанаест градова и општина потписали су "
        "Декларацију о отвореним подацима. Потписници се обавезују да ће до краја 2026. "
        "године објавити буџет, јавне набавке и податке о јавном превозу у машински "
        "читљивом облику.\n\n"
        "Конференцију је отворио генерални секретар Сталне конференције, а искуства су "
        "представили и стручњаци из Новог Сада и Ниша, градова који податке објављују већ "
        "неколико година.\n\n"
        "Списак потписника:\n",
        "Р. бр.\tЈединица локалне самоуправе\tУправни округ\tПотписао/ла\n"
        "1.\tГрад Суботица\tСевернобачки\tградоначелник\n"
        "2.\tГрад Зрењанин\tСредњебанатски\tградоначелница\n"
        "3.\tГрад Сомбор\tЗападнобачки\tзаменик градоначелника\n"
        "4.\tГрад Вршац\tЈужнобанатски\tградоначелник\n"
        "5.\tГрад Шабац\tМачвански\tградоначелник\n"
        "6.\tГрад Ваљево\tКолубарски\tградоначелник\n"
        "7.\tГрад Чачак\tМоравички\tградоначелник\n"
        "8.\tГрад Краљево\tРашки\tградоначелница\n"
        "9.\tОпштина Врњачка Бања\tРашки\tпредседник општине\n"
        "10.\tОпштина Ивањица\tМоравички\tпредседник општине\n"
        "11.\tГрад Пирот\tПиротски\tградоначелник",
        "Декларација је отворена за потписивање свим чланицама Сталне конференције.\n\n"
        "Преузмите Декларацију (PDF, 210 KB)",
        "Subotica/RS; Zrenjanin/RS; Sombor/RS; Vršac/RS; Šabac/RS; Valjevo/RS; Čačak/RS; "
        "Kraljevo/RS; Vrnjačka Banja/RS; Ivanjica/RS; Pirot/RS",
        "a numbered Cyrillic tab table of `Град X` / `Општина X` with district and signer "
        "columns (districts named Рашки, Пиротски); Belgrade the venue, Novi Sad and Niš in "
        "genitives in the text",
    ),
    Page(
        "sl-zdrava-mesta-clanice-regije-vec-v-vrstici",
        "sl",
        "several_a_line;region_before;named_twice;not_signatory",
        "Članice mreže",
        (2025, 3, 3),
        "Domov | O mreži | Članice | Projekti | Novice | Kontakt\n\n"
        "Mreža povezuje slovenske občine, ki so se zavezale k načelom zdravja v vseh "
        "politikah. Občine članice imenujejo koordinatorja, pripravijo profil zdravja "
        "prebivalcev in se udeležujejo letnega srečanja mreže, ki je letos potekalo v "
        "Mariboru. Koordinacijo mreže vodi Nacionalni inštitut za javno zdravje v "
        "Ljubljani.\n\n"
        "Občine članice po statističnih regijah:\n",
        "Gorenjska: Mestna občina Kranj, Občina Jesenice, Občina Bled, Občina Kranjska Gora\n"
        "Goriška: Mestna občina Nova Gorica, Občina Ajdovščina, Občina Idrija\n"
        "Obalno-kraška: Mestna občina Koper – Comune città di Capodistria, Občina Izola – "
        "Comune di Isola, Občina Piran – Comune di Pirano\n"
        "Savinjska: Mestna občina Celje, Mestna občina Velenje, Občina Žalec\n"
        "Pomurska: Mestna občina Murska Sobota, Občina Lendava – Lendva Község\n"
        "Podravska: Mestna občina Ptuj\n"
        "Jugovzhodna Slovenija: Mestna občina Novo mesto\n"
        "Posavska: Občina Krško, Občina Brežice",
        "Skupaj 19 občin.\n\n"
        "Pristop k mreži: občinski svet sprejme sklep o pristopu in ga pošlje "
        "koordinatorju.\n\n"
        "Preberite tudi\n"
        "Murska Sobota gostila delavnico o gibanju starejših\n"
        "Srečanje mreže v Mariboru: zdravje v vseh politikah",
        "Kranj/SI; Jesenice/SI; Bled/SI; Kranjska Gora/SI; Nova Gorica/SI; Ajdovščina/SI; "
        "Idrija/SI; Koper/SI; Izola/SI; Piran/SI; Celje/SI; Velenje/SI; Žalec/SI; "
        "Murska Sobota/SI; Lendava/SI; Ptuj/SI; Novo Mesto/SI; Krško/SI; Brežice/SI",
        "`Mestna občina X`, `Občina X` several a line between commas after a statistical "
        "region and a colon; coastal towns with their Italian names and Lendava with its "
        "Hungarian one; Maribor the venue, Ljubljana the coordinator, Murska Sobota again in "
        "a teaser",
    ),
    Page(
        "ja-shucho-seiyaku-todofuken-midashi-ten",
        "ja",
        "several_a_line;region_heading;not_signatory",
        "世界首長誓約／日本　署名自治体一覧",
        (2025, 8, 1),
        "ホーム ＞ 署名自治体 ＞ 署名自治体一覧\n\n"
        "世界首長誓約／日本は、持続可能なエネルギーの推進、温室効果ガスの削減、気候変動への"
        "適応に取り組む首長の誓約です。署名した自治体は、2年以内に気候エネルギー行動計画を"
        "策定し、その進捗を定期的に報告します。\n\n"
        "2025年7月、横浜市で開催された署名式において新たに5自治体が署名し、署名自治体は"
        "16となりました。事務局は東京都千代田区に置かれています。\n\n"
        "署名自治体（都道府県順）\n",
        "【北海道】\n"
        "札幌市、石狩市、帯広市、釧路市\n"
        "【岩手県】\n"
        "北上市\n"
        "【長野県】\n"
        "松本市、上田市、小諸市、飯田市\n"
        "【富山県】\n"
        "富山市\n"
        "【石川県】\n"
        "金沢市\n"
        "【静岡県】\n"
        "浜松市\n"
        "【岡山県】\n"
        "岡山市、倉敷市\n"
        "【熊本県】\n"
        "熊本市、水俣市",
        "※署名順ではなく、都道府県コード順に掲載しています。\n\n"
        "署名をご検討の自治体は、事務局までお問い合わせください。",
        "Sapporo/JP; Ishikari/JP; Obihiro/JP; Kushiro/JP; Kitakami/JP; Matsumoto/JP; "
        "Ueda/JP; Komoro/JP; Iida/JP; Toyama/JP; Kanazawa/JP; Hamamatsu/JP; Okayama/JP; "
        "Kurashiki/JP; Kumamoto/JP; Minamata/JP",
        "cities several a line with `、` under prefecture headings in `【】` (長野県, 富山県, "
        "岡山県, 熊本県 named like cities, Nagano not a signatory); Yokohama the venue, Tokyo's "
        "Chiyoda the secretariat",
    ),
    Page(
        "et-kliimadeklaratsioon-linnapead-omastav",
        "et",
        "one_a_line;inflected;person_after;person_named_like_place;not_signatory",
        "Linnapead allkirjastasid kliimadeklaratsiooni",
        (2025, 8, 22),
        "Avaleht / Uudised\n\n"
        "22.08.2025\n\n"
        "Eesti linnade päevadel Kuressaares allkirjastasid kaksteist linnapead "
        "kliimadeklaratsiooni, millega linnad lubavad vähendada kasvuhoonegaaside heidet 2030. "
        "aastaks vähemalt 55 protsenti ja koostada kliimamuutustega kohanemise kava. "
        "Deklaratsioon tugineb Pariisi kokkuleppele ja Euroopa linnapeade kliima- ja "
        "energiapaktile.\n\n"
        "„Kliimamuutused ei tunne omavalitsuste piire, seepärast on oluline, et linnad "
        "tegutseksid koos,” ütles linnade päevi võõrustanud Saaremaa vallavanem.\n\n"
        "Deklaratsioonile kirjutasid alla:\n",
        "Tallinna linnapea Kristjan Mägi\n"
        "Tartu linnapea Urmas Kask\n"
        "Narva linnapea Aleksei Ivanov\n"
        "Pärnu linnapea Margus Tamm\n"
        "Kohtla-Järve linnapea Jelena Smirnova\n"
        "Rakvere linnapea Tiit Valga\n"
        "Haapsalu linnapea Liina Saar\n"
        "Viljandi linnapea Madis Kuusk\n"
        "Võru linnapea Anti Kõiv\n"
        "Paide linnapea Kaido Raudsepp\n"
        "Maardu linnapea Vladimir Petrov\n"
        "Sillamäe linnapea Irina Kuznetsova",
        "Deklaratsiooniga saavad ühineda ka teised omavalitsused. Järgmised linnade päevad "
        "peetakse 2026. aastal Jõhvis.\n\n"
        "Loe ka\n"
        "Tartu ja Elva alustasid ühist rattateede projekti\n"
        "Valga ja Valka tähistasid kaksiklinna aastapäeva",
        "Tallinn/EE; Tartu/EE; Narva/EE; Pärnu/EE; Kohtla-Järve/EE; Rakvere/EE; "
        "Haapsalu/EE; Viljandi/EE; Võru/EE; Paide/EE; Maardu/EE; Sillamäe/EE",
        "`X linnapea Name` lines with the place in the genitive (Tallinna) before the title; a "
        "mayor named Valga; Kuressaare the venue (Kuressaares), Saaremaa the host, Jõhvi the "
        "next venue (Jõhvis), Tartu, Elva, Valga, Valka in teasers",
    ),
    Page(
        "is-loftslagsyfirlysing-sveitarfelog-opinber-heiti-baejarstjorar",
        "is",
        "one_a_line;inflected;person_after;not_signatory",
        "Sveitarfélög undirrita loftslagsyfirlýsingu",
        (2025, 10, 10),
        "Forsíða » Fréttir\n\n"
        "10. október 2025\n\n"
        "Ellefu sveitarfélög undirrituðu í gær yfirlýsingu um aðgerðir í loftslagsmálum á "
        "landsþingi sambandsins sem haldið var á Selfossi. Með yfirlýsingunni skuldbinda "
        "sveitarfélögin sig til að setja sér loftslagsstefnu með mælanlegum markmiðum, "
        "draga úr losun frá eigin starfsemi og vinna með íbúum og fyrirtækjum að orkuskiptum "
        "í samræmi við Parísarsamkomulagið.\n\n"
        "„Sveitarfélögin eru í lykilhlutverki þegar kemur að því að ná markmiðum Íslands í "
        "loftslagsmálum,“ sagði formaður sambandsins við undirritunina.\n\n"
        "Eftirtalin sveitarfélög undirrituðu yfirlýsinguna:\n",
        "Reykjavíkurborg\n"
        "Sigrún Hallsdóttir, borgarstjóri\n"
        "\n"
        "Akureyrarbær\n"
        "Jón Gunnar Helgason, bæjarstjóri\n"
        "\n"
        "Hafnarfjarðarkaupstaður\n"
        "Rósa Björk Einarsdóttir, bæjarstjóri\n"
        "\n"
        "Kópavogsbær\n"
        "Ármann Þórsson, bæjarstjóri\n"
        "\n"
        "Garðabær\n"
        "Katrín Ósk Magnúsdóttir, bæjarstjóri\n"
        "\n"
        "Mosfellsbær\n"
        "Haraldur Steinsson, bæjarstjóri\n"
        "\n"
        "Reykjanesbær\n"
        "Guðrún Eyjólfsdóttir, bæjarstjóri\n"
        "\n"
        "Ísafjarðarbær\n"
        "Birgir Arnarson, bæjarstjóri\n"
        "\n"
        "Akraneskaupstaður\n"
        "Helga Rún Jóhannsdóttir, bæjarstjóri\n"
        "\n"
        "Vestmannaeyjabær\n"
        "Páll Sigurjónsson, bæjarstjóri\n"
        "\n"
        "Seltjarnarnesbær\n"
        "Ásdís Kristinsdóttir, bæjarstjóri",
        "Önnur sveitarfélög geta gerst aðilar að yfirlýsingunni hvenær sem er.\n\n"
        "Samband íslenskra sveitarfélaga · Borgartún 30 · 105 Reykjavík",
        "Reykjavík/IS; Akureyri/IS; Hafnarfjörður/IS; Kópavogur/IS; Garðabær/IS; "
        "Mosfellsbær/IS; Reykjanesbær/IS; Ísafjörður/IS; Akranes/IS; Vestmannaeyjar/IS; "
        "Seltjarnarnes/IS",
        "official names (`Reykjavíkurborg`, `Akureyrarbær`, `Hafnarfjarðarkaupstaður`, "
        "`Ísafjarðarbær`) each over `Name, bæjarstjóri`; Selfoss the venue (Selfossi), the "
        "association's address in Reykjavík, which also signs",
    ),
]

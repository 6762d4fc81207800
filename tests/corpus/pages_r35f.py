"""Hand-written pages, batch r35f: held out from round 35 (branch accr35f), written without
reading the reader or the other batches of round 35. A mix as a user would meet it: pages of
14 networks (global, regional, national and thematic), 7 statements and 7 member lists or news
items, in 14 languages, Europe and beyond: a global road-safety network's 80 members as `City,
Country` lines under world-region headings (Georgia the country, Tripoli in Lebanon, Portland in
Oregon); German `Name, Oberbürgermeisterin der Stadt X` lines with a Landkreis, a deputy named
Wesel and a mayor named Fürth, under a venue; a French West African declaration named after its
venue, signatories as a tab table `Commune de X\tPays\tReprésentée par`; a Spanish Latin American
members table with namesakes (Valencia, Santa Fe, Concepción, Trujillo, Mérida); Italian new
members in running text with a host, a pending town and a union of municipalities; Brazilian
`Name – Prefeita de X/UF` lines with a mayor named Marabá and a host Belém; Dutch members under
province headings named like their capitals, between bars; Polish `Prezydent Miasta Torunia`
genitives under a place of signing; a Swedish tab table of `X kommun`, `Göteborgs Stad` and
`Region Gotland` with a `län` column (Kalmar län); a Czech memorandum of three with genitives
`starosta Písku`; Turkish `X Belediye Başkanı Name` lines with a mayor named Aydın and a host
İzmir; Japanese members under prefecture headings with `、`; Arabic country-before-colon lines
with the venue Amman; Indonesian numbered `Kota X (Provinsi)` and a `Kabupaten`. Invented texts
and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-safe-streets-members-world-region-lines",
        "en",
        "one_a_line;region_heading;region_like_country;majority_other_country;not_signatory",
        "Our member cities",
        (2025, 9, 2),
        "About the network\n\nSafer Streets Cities is a global network of cities committed to "
        "ending traffic deaths and serious injuries on their streets. Members adopt a Vision Zero "
        "target, share their crash data and meet every year at the Global Safer Streets Summit, "
        "held in 2025 in Stockholm, where the original Stockholm Declaration on road safety was "
        "adopted.\n\nThe network's secretariat is hosted by the Geneva office of our partner "
        "foundation. Membership is open to any city, municipality or metropolitan government.\n\n"
        "80 members in 6 regions · Last updated September 2025\n\nFilter by region: All | Africa "
        "| Asia-Pacific | Europe & Central Asia | Latin America & Caribbean | Middle East | North "
        "America",
        "Africa\n"
        "Accra, Ghana\nAddis Ababa, Ethiopia\nKampala, Uganda\nKigali, Rwanda\nDakar, Senegal\n"
        "Abidjan, Côte d'Ivoire\nLusaka, Zambia\nHarare, Zimbabwe\nMaputo, Mozambique\n"
        "Durban, South Africa\nCape Town, South Africa\nCasablanca, Morocco\nTunis, Tunisia\n"
        "Windhoek, Namibia\nMombasa, Kenya\n\n"
        "Asia-Pacific\n"
        "Bangkok, Thailand\nHo Chi Minh City, Viet Nam\nDa Nang, Viet Nam\nPune, India\n"
        "Chennai, India\nColombo, Sri Lanka\nKathmandu, Nepal\nQuezon City, Philippines\n"
        "Makassar, Indonesia\nSurabaya, Indonesia\nKuala Lumpur, Malaysia\n"
        "Ulaanbaatar, Mongolia\nSeoul, Republic of Korea\nFukuoka, Japan\n"
        "Auckland, New Zealand\nMelbourne, Australia\nSuva, Fiji\nDhaka, Bangladesh\n\n"
        "Europe & Central Asia\n"
        "Tbilisi, Georgia\nAlmaty, Kazakhstan\nBishkek, Kyrgyzstan\nYerevan, Armenia\n"
        "Kyiv, Ukraine\nWarsaw, Poland\nBucharest, Romania\nSofia, Bulgaria\nMilan, Italy\n"
        "Barcelona, Spain\nLyon, France\nRotterdam, Netherlands\nOslo, Norway\n"
        "Glasgow, United Kingdom\nCork, Ireland\nIzmir, Türkiye\nTallinn, Estonia\n\n"
        "Latin America & Caribbean\n"
        "Bogotá, Colombia\nMedellín, Colombia\nLima, Peru\nQuito, Ecuador\n"
        "São Paulo, Brazil\nFortaleza, Brazil\nMontevideo, Uruguay\nRosario, Argentina\n"
        "Santiago, Chile\nGuadalajara, Mexico\nLeón, Mexico\nGuatemala City, Guatemala\n"
        "San José, Costa Rica\nKingston, Jamaica\nSanto Domingo, Dominican Republic\n\n"
        "Middle East\n"
        "Amman, Jordan\nIrbid, Jordan\nBeirut, Lebanon\nTripoli, Lebanon\n"
        "Ramallah, Palestine\nMuscat, Oman\nDubai, United Arab Emirates\n\n"
        "North America\n"
        "Montréal, Canada\nToronto, Canada\nVancouver, Canada\nHalifax, Canada\n"
        "Minneapolis, United States\nPortland (Oregon), United States\n"
        "Austin, United States\nPittsburgh, United States",
        "Is your city missing? Cities join by a letter of commitment from the mayor. Write to "
        "members@saferstreets.example.org and our regional coordinators in Nairobi, Bangkok, "
        "Bogotá and Brussels will be in touch.\n\nDownload the member list (XLSX, 48 KB)",
        "Accra/GH; Addis Ababa/ET; Kampala/UG; Kigali/RW; Dakar/SN; Abidjan/CI; Lusaka/ZM; "
        "Harare/ZW; Maputo/MZ; Durban/ZA; Cape Town/ZA; Casablanca/MA; Tunis/TN; Windhoek/NA; "
        "Mombasa/KE; Bangkok/TH; Ho Chi Minh City/VN; Da Nang/VN; Pune/IN; Chennai/IN; "
        "Colombo/LK; Kathmandu/NP; Quezon City/PH; Makassar/ID; Surabaya/ID; Kuala Lumpur/MY; "
        "Ulaanbaatar/MN; Seoul/KR; Fukuoka/JP; Auckland/NZ; Melbourne/AU; Suva/FJ; Dhaka/BD; "
        "Tbilisi/GE; Almaty/KZ; Bishkek/KG; Yerevan/AM; Kyiv/UA; Warsaw/PL; Bucharest/RO; "
        "Sofia/BG; Milan/IT; Barcelona/ES; Lyon/FR; Rotterdam/NL; Oslo/NO; Glasgow/GB; Cork/IE; "
        "Izmir/TR; Tallinn/EE; Bogotá/CO; Medellín/CO; Lima/PE; Quito/EC; São Paulo/BR; "
        "Fortaleza/BR; Montevideo/UY; Rosario/AR; Santiago/CL; Guadalajara/MX; León/MX; "
        "Guatemala City/GT; San José/CR; Kingston/JM; Santo Domingo/DO; Amman/JO; Irbid/JO; "
        "Beirut/LB; Tripoli/LB; Ramallah/PS; Muscat/OM; Dubai/AE; Montréal/CA; Toronto/CA; "
        "Vancouver/CA; Halifax/CA; Minneapolis/US; Portland/US; Austin/US; Pittsburgh/US",
        "80 `City, Country` lines under world-region headings and a filter bar; Georgia the "
        "country, Tripoli in Lebanon, Portland (Oregon); the summit venue Stockholm (and its "
        "declaration), the secretariat Geneva and regional coordinators Nairobi, Bangkok, Bogotá "
        "(a member too) and Brussels after the list are not members",
    ),
    Page(
        "de-waermewende-erklaerung-oberbuergermeisterin-der-stadt",
        "de",
        "one_a_line;person_before;person_named_like_place;body_not_city;no_country;"
        "not_signatory;inflected",
        "Leipziger Erklärung: Die kommunale Wärmewende braucht verlässliche Finanzierung",
        (2025, 5, 22),
        "Startseite > Aktuelles > Positionen\n\nBündnis Kommunale Wärme – Positionspapier\n\n"
        "Auf der 7. Fachkonferenz des Bündnisses in Leipzig haben Oberbürgermeisterinnen, "
        "Oberbürgermeister, Bürgermeisterinnen und Bürgermeister aus 15 Kommunen die folgende "
        "Erklärung verabschiedet. Die Gastgeberstadt Leipzig unterstützt die Anliegen, hat die "
        "Erklärung als Mitglied des Vorstands jedoch nicht gezeichnet.\n\n"
        "Bis Mitte 2026 müssen alle Großstädte ihre kommunale Wärmeplanung vorlegen, "
        "kleinere Gemeinden bis Mitte 2028. Die Pläne liegen vielerorts bereits vor – ihre "
        "Umsetzung aber scheitert an der Finanzierung. Wir fordern Bund und Länder daher auf,\n\n"
        "– die Bundesförderung für effiziente Wärmenetze langfristig auf mindestens drei "
        "Milliarden Euro jährlich anzuheben,\n"
        "– den Kommunen einen eigenen Investitionsfonds für die Wärmewende zur Verfügung zu "
        "stellen,\n"
        "– Genehmigungsverfahren für Großwärmepumpen und Geothermie zu vereinfachen.\n\n"
        "Unterzeichnet haben:",
        "Dr. Katrin Albers, Oberbürgermeisterin der Stadt Freiburg im Breisgau\n"
        "Jens Hollmann, Oberbürgermeister der Universitätsstadt Tübingen\n"
        "Sabine Kessler, Oberbürgermeisterin der Landeshauptstadt Hannover\n"
        "Markus Fürth, Erster Bürgermeister der Stadt Ludwigsburg\n"
        "Thomas Brandl, Oberbürgermeister der Stadt Regensburg\n"
        "Claudia Reinholz, Bürgermeisterin der Universitätsstadt Marburg\n"
        "Henrik Albrecht, Oberbürgermeister der Hanse- und Universitätsstadt Rostock\n"
        "Petra Schöne, Oberbürgermeisterin der Stadt Jena\n"
        "Ulrich Nagel, Bürgermeister der Gemeinde Saerbeck\n"
        "Dr. Frank Weiland, Oberbürgermeister der Stadt Göttingen\n"
        "Stefanie Wesel, Beigeordnete für Umwelt und Klima der Stadt Münster, in Vertretung "
        "des Oberbürgermeisters\n"
        "Karl-Heinz Bauer, Landrat des Kreises Lippe\n"
        "Martina Cordes, Oberbürgermeisterin der Stadt Bochum\n"
        "Jürgen Pfeil, Erster Bürgermeister der Stadt Wunsiedel\n"
        "Kai Ostermann, Oberbürgermeister der Landeshauptstadt Kiel",
        "Weitere Kommunen können der Erklärung bis zum 30. September beitreten. Ansprechpartnerin "
        "in der Geschäftsstelle in Berlin ist Miriam Hofer.\n\n"
        "Erklärung als PDF herunterladen (220 KB)",
        "Freiburg im Breisgau|Freiburg/DE; Tübingen/DE; Hannover|Hanover/DE; Ludwigsburg/DE; "
        "Regensburg/DE; Marburg/DE; Rostock/DE; Jena/DE; Saerbeck/DE; Göttingen/DE; Münster/DE; "
        "Kreis Lippe|Lippe District/DE/county; Bochum/DE; Wunsiedel/DE; Kiel/DE",
        "`Name, Oberbürgermeisterin der Stadt X` lines with `Universitätsstadt`, `Hanse- und "
        "Universitätsstadt`, `Gemeinde`, a `Landrat des Kreises Lippe` (a county, "
        "named like a river); people named Fürth and Wesel; the venue and host Leipzig (did not "
        "sign) and the office in Berlin are not signatories",
    ),
    Page(
        "fr-declaration-cotonou-communes-table-representee-par",
        "fr",
        "table_tabs;columns_after;country_in_language;person_after;not_signatory;"
        "majority_other_country",
        "Déclaration de Cotonou des maires d'Afrique de l'Ouest pour l'eau et l'assainissement",
        (2024, 11, 14),
        "Accueil / Actualités / Déclarations\n\nRéseau des Villes Ouest-Africaines pour l'Eau "
        "(REVOA)\n\nRéunis à Cotonou du 12 au 14 novembre 2024 à l'invitation de la Mairie de "
        "Cotonou, les maires et représentants des collectivités territoriales membres du réseau "
        "ont adopté la déclaration suivante.\n\n"
        "Nous, maires d'Afrique de l'Ouest,\n"
        "conscients que près d'un habitant sur trois de nos villes n'a pas accès à un service "
        "d'assainissement sûr ;\n"
        "rappelant les engagements pris à Dakar lors du Forum mondial de l'eau de 2022 ;\n"
        "nous engageons à :\n"
        "1. inscrire l'accès à l'eau potable et à l'assainissement au premier rang de nos "
        "budgets d'investissement ;\n"
        "2. associer les opérateurs de vidange et les associations de quartier à la "
        "planification ;\n"
        "3. publier chaque année un rapport sur l'état des services dans nos communes.\n\n"
        "Les collectivités signataires :",
        "Collectivité\tPays\tReprésentée par\n"
        "Commune de Porto-Novo\tBénin\tM. Firmin Adjovi, Maire\n"
        "Commune de Parakou\tBénin\tMme Rachida Bio Sika, Première adjointe au Maire\n"
        "Commune de Ouagadougou\tBurkina Faso\tM. Issouf Kaboré, Président de la Délégation "
        "spéciale\n"
        "Commune de Bobo-Dioulasso\tBurkina Faso\tM. Adama Sanou, Maire\n"
        "District de Bamako\tMali\tMme Oumou Diarra, Conseillère\n"
        "Ville de Saint-Louis\tSénégal\tM. Mamadou Lamine Fall, Maire\n"
        "Ville de Thiès\tSénégal\tM. Babacar Ndiaye, Maire\n"
        "Ville de Niamey\tNiger\tM. Moussa Hamidou, Administrateur délégué\n"
        "Commune de Lomé\tTogo\tMme Afi Mensah, Maire\n"
        "Commune urbaine de Kindia\tGuinée\tM. Sékou Camara, Maire\n"
        "Commune de Bouaké\tCôte d'Ivoire\tM. Yao Konan, Maire\n"
        "Commune de Rosso\tMauritanie\tM. Sidi Ould Ahmed, Maire",
        "Ont assisté en qualité d'observateurs : la Mairie de Cotonou, hôte de la rencontre, et "
        "l'Agence de l'eau de Rabat. Le secrétariat du réseau est assuré depuis Abidjan.\n\n"
        "Télécharger la déclaration (PDF)",
        "Porto-Novo/BJ; Parakou/BJ; Ouagadougou/BF; Bobo-Dioulasso/BF; Bamako/ML; "
        "Saint-Louis/SN; Thiès/SN; Niamey/NE; Lomé/TG; Kindia/GN; Bouaké/CI; Rosso/MR",
        "a tab table `Commune de X\\tPays\\tReprésentée par` with names and titles; Saint-Louis "
        "and Rosso have namesakes elsewhere; the venue and host Cotonou (in the title), Dakar in "
        "the text, Rabat and the secretariat Abidjan after the list are not signatories",
    ),
    Page(
        "es-red-ciudades-caminables-miembros-tabla-pais-anio",
        "es",
        "table_tabs;columns_after;country_in_language;majority_other_country",
        "Ciudades miembro",
        (2025, 7, 8),
        "Inicio › La Red › Miembros\n\nRed Latinoamericana de Ciudades Caminables\n\n"
        "La Red reúne a gobiernos locales de América Latina que se comprometen a dar prioridad "
        "al peatón, ampliar las veredas y calmar el tránsito en sus centros. La secretaría "
        "técnica funciona en Ciudad de México y la presidencia rotativa la ejerce en 2025 la "
        "alcaldía de Cali.\n\nActualmente la Red cuenta con 26 ciudades miembro.",
        "Ciudad\tPaís\tAño de adhesión\n"
        "Rosario\tArgentina\t2016\nCórdoba\tArgentina\t2016\nSanta Fe\tArgentina\t2019\n"
        "Mendoza\tArgentina\t2021\nMontevideo\tUruguay\t2016\nAsunción\tParaguay\t2018\n"
        "La Paz\tBolivia\t2017\nCochabamba\tBolivia\t2022\nArequipa\tPerú\t2017\n"
        "Trujillo\tPerú\t2023\nCuenca\tEcuador\t2018\nGuayaquil\tEcuador\t2020\n"
        "Cali\tColombia\t2016\nBarranquilla\tColombia\t2019\nBucaramanga\tColombia\t2024\n"
        "Valencia\tVenezuela\t2021\nCiudad de Panamá\tPanamá\t2018\n"
        "San Salvador\tEl Salvador\t2020\nTegucigalpa\tHonduras\t2022\n"
        "Mérida\tMéxico\t2019\nPuebla\tMéxico\t2017\nMonterrey\tMéxico\t2021\n"
        "Concepción\tChile\t2018\nValparaíso\tChile\t2016\nCuritiba\tBrasil\t2020\n"
        "Porto Alegre\tBrasil\t2023",
        "¿Tu ciudad quiere sumarse? Escríbenos a red@caminables.example.org\n\n"
        "Mapa de miembros | Descargar listado (CSV)",
        "Rosario/AR; Córdoba/AR; Santa Fe/AR; Mendoza/AR; Montevideo/UY; Asunción/PY; "
        "La Paz/BO; Cochabamba/BO; Arequipa/PE; Trujillo/PE; Cuenca/EC; Guayaquil/EC; Cali/CO; "
        "Barranquilla/CO; Bucaramanga/CO; Valencia/VE; Panama City|Panamá|Ciudad de Panamá/PA; "
        "San Salvador/SV; Tegucigalpa/HN; Mérida/MX; Puebla/MX; Monterrey/MX; Concepción/CL; "
        "Valparaíso/CL; Curitiba/BR; Porto Alegre/BR",
        "a members table `Ciudad\\tPaís\\tAño` of 26 with namesakes in Spain and elsewhere "
        "(Córdoba, Valencia, Mérida, Cuenca, Trujillo, Santa Fe, Concepción); the secretariat in "
        "Mexico City is not a member; Cali, the presidency, is one",
    ),
    Page(
        "it-citta-sane-nuovi-comuni-running-text-unione",
        "it",
        "running_text;not_signatory;body_not_city;no_country",
        "Rete Città Sane: sei nuove adesioni approvate dall'assemblea",
        (2025, 4, 10),
        "Home / Notizie\n\nL'assemblea nazionale della Rete Italiana Città Sane, riunita il 9 "
        "aprile a Bologna nella sala del Consiglio comunale, ha approvato all'unanimità sei nuove "
        "adesioni. Con i nuovi ingressi la Rete conta 74 enti locali aderenti, impegnati a "
        "promuovere la salute in tutte le politiche secondo i principi della Carta di Ottawa.",
        "Entrano a far parte della Rete i Comuni di Lecco, Cesena, Matera, Trapani e Pordenone e "
        "l'Unione Reno Galliera, che porta nella Rete l'esperienza dei suoi otto "
        "comuni. La domanda del Comune di Potenza, presentata a marzo, sarà esaminata "
        "nella prossima seduta, dopo il parere del comitato tecnico.",
        '"Ogni nuovo comune che aderisce porta con sé idee e progetti che tutti possiamo '
        'riprendere", ha dichiarato la presidente della Rete, Giulia Ferrante, assessora alle '
        "politiche sociali del Comune di Udine. L'assessore bolognese Paolo Mancini ha "
        "ringraziato i delegati e ricordato il progetto sulle ondate di calore avviato con "
        "Modena e Reggio Emilia.\n\nLa prossima assemblea si terrà in autunno a Perugia.",
        "Lecco/IT; Cesena/IT; Matera/IT; Trapani/IT; Pordenone/IT; "
        "Unione Reno Galliera|Reno Galliera/IT/union of municipalities",
        "new members in running text `i Comuni di X, Y, Z e W e l'Unione Reno Galliera`; "
        "the venue Bologna, the pending Potenza, the president's Udine, Modena and "
        "Reggio Emilia's project and the next venue Perugia are not new members",
    ),
    Page(
        "pt-carta-prefeitos-amazonicos-nome-prefeita-de-x-uf",
        "pt",
        "one_a_line;person_before;state_codes;person_named_like_place;not_signatory",
        "Carta de Belém: prefeitas e prefeitos da Amazônia pelo clima",
        (2025, 10, 30),
        "Início > Notícias > Documentos\n\nConsórcio de Cidades Amazônicas pelo Clima\n\n"
        "Reunidos em Belém, às vésperas da COP30, prefeitas e prefeitos de municípios da "
        "Amazônia Legal aprovaram a Carta de Belém, entregue ao governo federal e à presidência "
        "da conferência. O encontro foi aberto pelo prefeito anfitrião, que saudou as comitivas "
        "vindas de sete estados.\n\n"
        "A Carta pede:\n"
        "• acesso direto dos municípios aos recursos do Fundo Amazônia;\n"
        "• apoio técnico para regularização fundiária e combate ao desmatamento;\n"
        "• um programa nacional de adaptação para cidades atingidas por secas e cheias "
        "extremas, como as de 2023 e 2024.\n\n"
        "Assinam a Carta:",
        "Ana Paula Rocha – Prefeita de Manaus/AM\n"
        "José Carlos Nery – Prefeito de Santarém/PA\n"
        "Marcos Vinícius Lobato – Prefeito de Macapá/AP\n"
        "Raimunda Sousa – Prefeita de Boa Vista/RR\n"
        "Antônio Ferreira Lima – Prefeito de Porto Velho/RO\n"
        "Francisca Lopes – Prefeita de Rio Branco/AC\n"
        "Paulo Henrique Dias – Prefeito de Palmas/TO\n"
        "Luciana Barros – Prefeita de Imperatriz/MA\n"
        "Edson Cardoso – Prefeito de Altamira/PA\n"
        "Gilberto Marabá – Prefeito de Parauapebas/PA\n"
        "Cláudia Moura – Prefeita de Sinop/MT\n"
        "Jorge Tavares – Vice-prefeito de Itacoatiara/AM, representando o prefeito",
        "A Carta segue aberta a novas adesões até o fim da conferência.\n\n"
        "Leia a íntegra da Carta de Belém (PDF)",
        "Manaus/BR; Santarém/BR; Macapá/BR; Boa Vista/BR; Porto Velho/BR; Rio Branco/BR; "
        "Palmas/BR; Imperatriz/BR; Altamira/BR; Parauapebas/BR; Sinop/BR; Itacoatiara/BR",
        "`Name – Prefeita de X/UF` lines with state codes; a mayor named Marabá; Boa Vista, "
        "Palmas, Sinop and Santarém have namesakes abroad; the venue and host Belém (the Carta's "
        "name) did not sign",
    ),
    Page(
        "nl-gezonde-gemeenten-leden-provincie-kopjes-balken",
        "nl",
        "several_a_line;region_heading;no_country",
        "Deelnemende gemeenten",
        (2025, 1, 20),
        "Home > Over het netwerk > Leden\n\nNetwerk Gezonde Gemeenten\n\n"
        "In het Netwerk Gezonde Gemeenten werken gemeenten samen aan een gezonde leefomgeving: "
        "rookvrije speelplekken, water drinken op school, groen in de wijk. Gemeenten worden lid "
        "via een raadsbesluit. Het netwerk wordt ondersteund door een klein team in Den Haag.\n\n"
        "Op dit moment zijn 40 gemeenten lid, hieronder per provincie.",
        "Groningen\nGroningen | Delfzijl | Veendam\n\n"
        "Friesland\nLeeuwarden | Heerenveen | Sneek\n\n"
        "Drenthe\nAssen | Emmen | Hoogeveen\n\n"
        "Overijssel\nZwolle | Enschede | Deventer | Almelo\n\n"
        "Gelderland\nArnhem | Nijmegen | Apeldoorn | Ede | Zutphen\n\n"
        "Utrecht\nUtrecht | Amersfoort | Nieuwegein | Houten\n\n"
        "Noord-Holland\nHaarlem | Zaanstad | Alkmaar | Hilversum\n\n"
        "Zuid-Holland\nLeiden | Delft | Dordrecht | Gouda | Schiedam\n\n"
        "Zeeland\nMiddelburg | Vlissingen\n\n"
        "Noord-Brabant\nTilburg | Breda | 's-Hertogenbosch | Helmond\n\n"
        "Limburg\nMaastricht | Heerlen | Venlo",
        "Staat uw gemeente er niet tussen? Neem contact op met het netwerkbureau.\n\n"
        "Laatst bijgewerkt: januari 2025",
        "Groningen/NL; Delfzijl/NL; Veendam/NL; Leeuwarden/NL; Heerenveen/NL; Sneek/NL; "
        "Assen/NL; Emmen/NL; Hoogeveen/NL; Zwolle/NL; Enschede/NL; Deventer/NL; Almelo/NL; "
        "Arnhem/NL; Nijmegen/NL; Apeldoorn/NL; Ede/NL; Zutphen/NL; Utrecht/NL; Amersfoort/NL; "
        "Nieuwegein/NL; Houten/NL; Haarlem/NL; Zaanstad/NL; Alkmaar/NL; Hilversum/NL; "
        "Leiden/NL; Delft/NL; Dordrecht/NL; Gouda/NL; Schiedam/NL; Middelburg/NL; "
        "Vlissingen/NL; Tilburg/NL; Breda/NL; 's-Hertogenbosch/NL; Helmond/NL; Maastricht/NL; "
        "Heerlen/NL; Venlo/NL",
        "40 municipalities between bars under province headings, two provinces (Groningen, "
        "Utrecht) named like their capitals which are members, Limburg and Friesland named like "
        "regions elsewhere; the team in Den Haag is not a member",
    ),
    Page(
        "pl-stanowisko-miast-nadwislanskich-prezydent-miasta-dopelniacz",
        "pl",
        "one_a_line;person_after;inflected;no_country;not_signatory",
        "Stanowisko Porozumienia Miast Nadwiślańskich w sprawie ochrony Wisły przed suszą",
        (2025, 6, 5),
        "Strona główna » Aktualności\n\nPorozumienie Miast Nadwiślańskich\n\n"
        "Samorządowcy z miast położonych nad Wisłą, obradujący 4 czerwca 2025 r. w Warszawie, "
        "przyjęli wspólne stanowisko w sprawie przeciwdziałania skutkom suszy hydrologicznej. "
        "Niski stan rzeki zagraża poborowi wody, żegludze i przyrodzie, a miasta nie mają "
        "wystarczających narzędzi, by działać samodzielnie.\n\n"
        "Apelujemy do Rządu RP o:\n"
        "1) przygotowanie programu retencji dla całego dorzecza Wisły,\n"
        "2) wsparcie gmin w budowie zbiorników i odtwarzaniu mokradeł,\n"
        "3) włączenie samorządów do prac nad planem przeciwdziałania skutkom suszy.\n\n"
        "Warszawa, 4 czerwca 2025 r.\n\nPodpisali:",
        "Prezydent Miasta Krakowa – Anna Wolska\n"
        "Burmistrz Sandomierza – Piotr Zawadzki\n"
        "Burmistrz Kazimierza Dolnego – Elżbieta Sowa\n"
        "Prezydent Miasta Tarnobrzega – Grzegorz Lis\n"
        "Prezydent Miasta Płocka – Marek Kubiak\n"
        "Prezydent Miasta Włocławka – Joanna Pietrzak\n"
        "Prezydent Miasta Torunia – Michał Wiśniewski\n"
        "Prezydent Miasta Bydgoszczy – Karolina Nowak\n"
        "Prezydent Miasta Grudziądza – Tomasz Jabłoński\n"
        "Burmistrz Miasta Tczewa – Beata Kowalczyk",
        "Stanowisko przekazano Ministrowi Infrastruktury oraz Wodom Polskim. Kolejne spotkanie "
        "Porozumienia odbędzie się jesienią w Gdańsku.",
        "Kraków/PL; Sandomierz/PL; Kazimierz Dolny/PL; Tarnobrzeg/PL; Płock/PL; Włocławek/PL; "
        "Toruń/PL; Bydgoszcz/PL; Grudziądz/PL; Tczew/PL",
        "`Prezydent Miasta Krakowa – Name` lines with genitives (Krakowa, Płocka, Włocławka, "
        "Torunia, Bydgoszczy, Grudziądza, Tczewa, Kazimierza Dolnego); the place of signing "
        "Warszawa above the list and the next venue Gdańsk are not signatories",
    ),
    Page(
        "sv-hallbara-kuststader-medlemmar-tabell-kommun-lan",
        "sv",
        "table_tabs;columns_after;inflected;body_not_city;no_country",
        "Medlemmar i Nätverket Hållbara Kuststäder",
        (2025, 3, 11),
        "Start / Om nätverket / Medlemmar\n\nNätverket Hållbara Kuststäder samlar kommuner "
        "längs Sveriges kuster som arbetar med havsnivåhöjning, erosion och en levande "
        "skärgård. Nätverket samordnas från kansliet i Stockholm och träffas två gånger om "
        "året, senast i Karlshamn i oktober.\n\nNätverket har i dag 20 medlemmar:",
        "Medlem\tLän\tMedlem sedan\n"
        "Göteborgs Stad\tVästra Götalands län\t2012\n"
        "Malmö stad\tSkåne län\t2012\n"
        "Helsingborgs stad\tSkåne län\t2013\n"
        "Kungsbacka kommun\tHallands län\t2014\n"
        "Varbergs kommun\tHallands län\t2014\n"
        "Falkenbergs kommun\tHallands län\t2016\n"
        "Halmstads kommun\tHallands län\t2013\n"
        "Uddevalla kommun\tVästra Götalands län\t2017\n"
        "Lysekils kommun\tVästra Götalands län\t2018\n"
        "Strömstads kommun\tVästra Götalands län\t2020\n"
        "Karlskrona kommun\tBlekinge län\t2012\n"
        "Kalmar kommun\tKalmar län\t2015\n"
        "Västerviks kommun\tKalmar län\t2019\n"
        "Norrköpings kommun\tÖstergötlands län\t2016\n"
        "Nyköpings kommun\tSödermanlands län\t2021\n"
        "Region Gotland\tGotlands län\t2015\n"
        "Gävle kommun\tGävleborgs län\t2018\n"
        "Sundsvalls kommun\tVästernorrlands län\t2017\n"
        "Umeå kommun\tVästerbottens län\t2014\n"
        "Luleå kommun\tNorrbottens län\t2022",
        "Vill din kommun bli medlem? Kontakta kansliet på kuststader@example.se.\n\n"
        "Senast uppdaterad 11 mars 2025",
        "Gothenburg|Göteborg/SE; Malmö/SE; Helsingborg/SE; Kungsbacka/SE; Varberg/SE; "
        "Falkenberg/SE; Halmstad/SE; Uddevalla/SE; Lysekil/SE; Strömstad/SE; Karlskrona/SE; "
        "Kalmar/SE; Västervik/SE; Norrköping/SE; Nyköping/SE; "
        "Region Gotland|Gotland/SE/region; Gävle/SE; Sundsvall/SE; Umeå/SE; Luleå/SE",
        "a members table `X kommun\\tY län\\tår` with genitives (Göteborgs Stad, Varbergs, "
        "Falkenbergs, Västerviks, Norrköpings), `Region Gotland` (the island's municipality and "
        "region), `Kalmar län` beside Kalmar kommun; the office Stockholm and the meeting in "
        "Karlshamn are not members",
    ),
    Page(
        "cs-memorandum-tri-mesta-genitivy-starosta-pisku",
        "cs",
        "running_text;inflected;person_before;few;no_country;not_signatory",
        "Tři města podepsala memorandum o sdílení dat o energetice budov",
        (2025, 2, 26),
        "Úvod » Aktuality\n\nSíť Chytrá města Vysočiny a jižních Čech\n\n"
        "Na setkání sítě v Jihlavě, kde sídlí její kancelář, bylo ve středu podepsáno memorandum "
        "o spolupráci při sdílení dat o spotřebě energie v městských budovách. Města se "
        "zavázala zveřejňovat data ve společném formátu a do konce roku spustit společnou "
        "mapu úspor.",
        "Memorandum podepsali starosta města Třebíče Pavel Novotný, starosta Písku Martin "
        "Hrubý a starostka Kroměříže Lenka Dvořáková. Za hostitelské město Jihlavu se podpisu "
        "zúčastnil náměstek primátora Ondřej Vlk, který memorandum přivítal, ale Jihlava se k "
        "němu zatím nepřipojila.",
        "Další města, například Tábor nebo Jindřichův Hradec, o připojení k memorandu "
        "uvažují. Text memoranda je ke stažení níže.\n\nMemorandum (PDF, 180 kB)",
        "Třebíč/CZ; Písek/CZ; Kroměříž/CZ",
        "three signatories in running text as genitives after their mayors' titles (`starosta "
        "města Třebíče`, `starosta Písku`, `starostka Kroměříže`); the venue and seat Jihlava "
        "(Jihlavě, Jihlavu) did not sign, Tábor and Jindřichův Hradec only consider it",
    ),
    Page(
        "tr-ege-iklim-bildirgesi-belediye-baskani-satirlari",
        "tr",
        "one_a_line;person_after;person_named_like_place;no_country;not_signatory",
        "Ege Kentleri İklim Bildirgesi imzalandı",
        (2025, 6, 18),
        "Ana Sayfa > Haberler > Bildirgeler\n\nEge Kentleri Birliği\n\n"
        "İzmir Büyükşehir Belediyesi'nin ev sahipliğinde düzenlenen Ege Kentleri İklim "
        "Zirvesi'nde 14 belediye başkanı ortak bir bildirgeye imza attı. Bildirgeyle belediyeler, "
        "2030 yılına kadar sera gazı salımlarını en az yüzde 40 azaltmayı, kuraklığa karşı su "
        "kaynaklarını korumayı ve orman yangınlarına karşı ortak bir erken uyarı sistemi "
        "kurmayı taahhüt etti.\n\nZirveye ev sahipliği yapan İzmir Büyükşehir Belediye Başkanı, "
        "konuşmasında bildirgenin bölgenin tüm kentlerine açık olduğunu vurguladı.\n\n"
        "Bildirgeyi imzalayan belediye başkanları:",
        "Bornova Belediye Başkanı Selin Yıldız\n"
        "Karşıyaka Belediye Başkanı Ayşe Demir\n"
        "Buca Belediye Başkanı Hakan Öztürk\n"
        "Manisa Büyükşehir Belediye Başkanı Murat Koç\n"
        "Denizli Büyükşehir Belediye Başkanı Elif Şahin\n"
        "Muğla Büyükşehir Belediye Başkanı Kerem Arslan\n"
        "Uşak Belediye Başkanı Derya Kaya\n"
        "Bodrum Belediye Başkanı Mehmet Aydın\n"
        "Kuşadası Belediye Başkanı Zeynep Çelik\n"
        "Fethiye Belediye Başkanı Oğuz Polat\n"
        "Didim Belediye Başkanı Gülay Erdem\n"
        "Ödemiş Belediye Başkanı Cem Yılmaz\n"
        "Salihli Belediye Başkanı Nurcan Aksoy\n"
        "Çeşme Belediye Başkanı Levent Kurt",
        "Bildirgenin tam metnine birliğin internet sitesinden ulaşılabilir. Bir sonraki zirve "
        "2026 yılında Antalya'da yapılacak.",
        "Bornova/TR; Karşıyaka/TR; Buca/TR; Manisa/TR; Denizli/TR; Muğla/TR; Uşak/TR; "
        "Bodrum/TR; Kuşadası/TR; Fethiye/TR; Didim/TR; Ödemiş/TR; Salihli/TR; Çeşme/TR",
        "`X (Büyükşehir) Belediye Başkanı Name` lines, district municipalities of İzmir among "
        "them; a mayor named Aydın (a city that did not sign); the host İzmir and the next "
        "venue Antalya (Antalya'da) are not signatories",
    ),
    Page(
        "ja-kaiin-jichitai-ichiran-todofuken-midashi",
        "ja",
        "several_a_line;region_heading;no_country;not_signatory",
        "会員自治体一覧",
        (2025, 4, 1),
        "トップ ＞ ネットワークについて ＞ 会員自治体\n\n"
        "持続可能な都市ネットワーク 日本事務局\n\n"
        "当ネットワークは、脱炭素と持続可能な地域づくりに取り組む世界の自治体のネットワークです。"
        "日本からは2025年4月1日現在、以下の26自治体が会員として参加しています"
        "（都道府県別、順不同）。",
        "北海道\n札幌市、旭川市、ニセコ町\n\n"
        "東京都\n八王子市\n\n"
        "神奈川県\n横浜市、川崎市、相模原市、小田原市\n\n"
        "長野県\n長野市、松本市、白馬村\n\n"
        "愛知県\n名古屋市、豊田市、岡崎市\n\n"
        "京都府\n京都市、亀岡市\n\n"
        "大阪府\n堺市、豊中市\n\n"
        "兵庫県\n神戸市、明石市\n\n"
        "広島県\n広島市、東広島市\n\n"
        "福岡県\n北九州市、福岡市、久留米市\n\n"
        "沖縄県\n那覇市",
        "入会をご検討の自治体は、日本事務局（東京都千代田区）までお問い合わせください。\n"
        "世界の会員一覧は本部（ドイツ・ボン）のウェブサイトをご覧ください。",
        "Sapporo/JP; Asahikawa/JP; Niseko/JP; Hachiōji|Hachioji/JP; Yokohama/JP; Kawasaki/JP; "
        "Sagamihara/JP; Odawara/JP; Nagano/JP; Matsumoto/JP; Hakuba/JP; Nagoya/JP; Toyota/JP; "
        "Okazaki/JP; Kyoto/JP; Kameoka/JP; Sakai/JP; Toyonaka/JP; Kobe/JP; Akashi/JP; "
        "Hiroshima/JP; Higashihiroshima/JP; Kitakyushu/JP; Fukuoka/JP; Kurume/JP; Naha/JP",
        "26 members in Japanese, `、`-separated under prefecture headings (東京都, 京都府, "
        "広島県 named like cities; 長野県 over 長野市); the office in Tokyo (千代田区) and the "
        "head office in Bonn are not members",
    ),
    Page(
        "ar-ilan-amman-almiyah-dual-qabl-nuqtatayn",
        "ar",
        "several_a_line;region_before;country_in_language;not_signatory",
        "إعلان عمّان للمدن العربية حول الأمن المائي",
        (2025, 3, 22),
        "الرئيسية « الأخبار « البيانات\n\nشبكة المدن العربية للمياه\n\n"
        "بمناسبة اليوم العالمي للمياه، اجتمع رؤساء البلديات وممثلوها في العاصمة الأردنية عمّان "
        "بدعوة من أمانة عمّان الكبرى، واعتمدوا إعلاناً مشتركاً حول الأمن المائي في المدن.\n\n"
        "ويدعو الإعلان إلى:\n"
        "أولاً: خفض الفاقد من شبكات المياه إلى أقل من 20% بحلول عام 2035؛\n"
        "ثانياً: التوسع في إعادة استخدام المياه المعالجة في ري الحدائق العامة؛\n"
        "ثالثاً: تبادل الخبرات بين المدن عبر برنامج توأمة تديره الشبكة من مقرها في بيروت.\n\n"
        "المدن الموقّعة على الإعلان:",
        "الأردن: إربد، الزرقاء، السلط\n"
        "فلسطين: نابلس، الخليل، بيت لحم\n"
        "لبنان: صيدا، صور، جبيل\n"
        "تونس: صفاقس، سوسة\n"
        "المغرب: مراكش، أكادير، طنجة\n"
        "مصر: الإسكندرية",
        "وأكد أمين عمّان في كلمته الختامية أن الإعلان مفتوح لانضمام مدن عربية أخرى، على أن يُعقد "
        "الاجتماع المقبل في الدوحة.\n\nتحميل نص الإعلان (PDF)",
        "Irbid/JO; Zarqa/JO; Salt|As Salt/JO; Nablus/PS; Hebron/PS; Bethlehem/PS; "
        "Sidon|Saida/LB; Tyre|Sour/LB; Byblos|Jbeil/LB; Sfax/TN; Sousse/TN; "
        "Marrakesh|Marrakech/MA; Agadir/MA; Tangier|Tangiers/MA; Alexandria/EG",
        "Arabic lines `Country: city، city، city` with the country before a colon; the host "
        "Amman (أمانة عمّان الكبرى), the secretariat Beirut in the text and the next venue Doha "
        "are not signatories",
    ),
    Page(
        "id-kota-ramah-anak-anggota-baru-bernomor-provinsi",
        "id",
        "numbered;region_after;body_not_city;no_country;not_signatory",
        "Jaringan Kota Ramah Anak sambut tujuh anggota baru",
        (2025, 8, 14),
        "Beranda / Berita\n\nJaringan Kota Ramah Anak Indonesia\n\n"
        "SURAKARTA – Rapat Kerja Nasional Jaringan Kota Ramah Anak Indonesia yang berlangsung di "
        "Surakarta pada 12–13 Agustus 2025 resmi menerima tujuh pemerintah daerah sebagai anggota "
        "baru. Dengan tambahan ini, jaringan kini beranggotakan 58 kota dan kabupaten.\n\n"
        "Ketua jaringan yang juga Wali Kota Bogor mengatakan bahwa anggota baru akan langsung "
        "dilibatkan dalam program ruang bermain ramah anak.\n\n"
        "Anggota baru tersebut adalah:",
        "1. Kota Pekalongan (Jawa Tengah)\n"
        "2. Kota Salatiga (Jawa Tengah)\n"
        "3. Kota Blitar (Jawa Timur)\n"
        "4. Kabupaten Siak (Riau)\n"
        "5. Kota Pontianak (Kalimantan Barat)\n"
        "6. Kota Kendari (Sulawesi Tenggara)\n"
        "7. Kota Ambon (Maluku)",
        "Rakernas berikutnya dijadwalkan berlangsung di Balikpapan pada 2026. Sekretariat "
        "jaringan berkedudukan di Jakarta.",
        "Pekalongan/ID; Salatiga/ID; Blitar/ID; "
        "Kabupaten Siak|Siak Regency/ID/county; Pontianak/ID; Kendari/ID; Ambon/ID",
        "numbered `Kota X (Provinsi)` lines and a `Kabupaten Siak` (a regency, not the town "
        "Siak Sri Indrapura); the venue Surakarta, the chair's Bogor, the next venue "
        "Balikpapan and the secretariat Jakarta are not new members",
    ),
]

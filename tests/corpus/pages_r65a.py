"""Batch r65a: 14 pages written during round 65 (branch wr65a), held out from round 66.

One language or region a page, in the shapes city networks publish: en US (`Name, Mayor of X,
State` lines with mayors named Cheyenne and Madison, a county, a host city), en NG (a tab table
of local government councils with a state column, Niger State, a state ministry), fr BE
(`Pour la Ville de X` signature blocks, the provinces of Luxembourg and Hainaut), fr MA (a
directory of `Commune de X` under region headings with counts, a regional council), es AR (news
of municipalities joining in running text with `y` and provinces in brackets, a province, a
host and a coordinating city), es ES (a space-aligned table of `Ayuntamiento`, `Comarca`,
`Consejo Comarcal` and `Diputación` with province and date columns), pt PT (a PDF copy of a
numbered list of `Câmara Municipal de X (distrito de Y)` with hyphenation, page headers and an
intermunicipal community; the larger page), de AT (`Stadtgemeinde X – Name, Bürgermeister`
lines, Land Kärnten), it (running text `i sindaci di X, Y e Z` with a province, a host and
people named Ferrara and Brescia), pl (`Name, Prezydent Miasta Rzeszowa` lines in the genitive
with powiaty and a województwo), ro (running text of genitives `primarii municipiilor`,
`Clujului` with `și`, county councils, the host Sibiu), hu (news in the accusative `Sopront,
Egert` with `és`, a vármegye, a venue `Győrben`), hr (a tab table of `Grad X` with county and
mayor columns, Istarska županija), sl (40 `Občina` / `Mestna občina` lines under statistical
region headings). Written without reading the reader or running it; networks, statements and
people are invented, the places are real.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r65a-us-heat-pledge-name-mayor-of-city-state",
        language="en",
        kinds="one_a_line;person_before;region_after;region_like_country;"
        "person_named_like_place;not_signatory;body_not_city",
        title="Sixteen Local Leaders Sign the Extreme Heat Readiness Pledge",
        date=(2025, 6, 19),
        before=(
            "At the close of the Cooler Communities Summit in Phoenix, Arizona, mayors and county\n"
            "leaders from ten states committed to publish a heat action plan within eighteen\n"
            "months, to map the hottest blocks in their jurisdictions, and to open cooling\n"
            "centers within a ten-minute walk of every resident by 2030.\n\n"
            '"No one should have to choose between paying for power and staying safe in July,"\n'
            "said the summit's host. The Cooler Communities Network, which organized the\n"
            "summit, will report on progress each spring.\n\n"
            "The pledge was signed by:"
        ),
        listing=(
            "Cheyenne Brooks, Mayor of Tulsa, Oklahoma\n"
            "Daniel Okafor, Mayor of Fresno, California\n"
            "Madison Clarke, Mayor of Albuquerque, New Mexico\n"
            "Luis Carranza, Mayor of El Paso, Texas\n"
            "Renee Whitfield-Gray, Mayor of Savannah, Georgia\n"
            "Tom Hadley, Mayor of Louisville, Kentucky\n"
            "Priya Raman, Mayor of Raleigh, North Carolina\n"
            "Greg Ostrowski, Mayor of Toledo, Ohio\n"
            "Marisol Vega, Mayor of Las Cruces, New Mexico\n"
            "Jerome Price, Mayor of Memphis, Tennessee\n"
            "Anna Lindqvist, Mayor of Duluth, Minnesota\n"
            "Kevin Tran, Mayor of Sacramento, California\n"
            "Brian Castillo, Mayor of Laredo, Texas\n"
            "Denise Harlan, Mayor of Columbia, South Carolina\n"
            "Sofia Martinez, Mayor of Santa Fe, New Mexico\n"
            "Elena Ruiz, Mayor of Miami-Dade County, Florida"
        ),
        after=(
            "Local governments that wish to join the pledge can write to the network's\n"
            "secretariat. Media contact: press@coolercommunities.example"
        ),
        expected=(
            "Tulsa/US; Fresno/US; Albuquerque/US; El Paso/US; Savannah/US; Louisville/US; "
            "Raleigh/US; Toledo/US; Las Cruces/US; Memphis/US; Duluth/US; Sacramento/US; "
            "Laredo/US; Columbia/US; Santa Fe/US; Miami-Dade County|Miami-Dade/US/county"
        ),
    ),
    Page(
        name="en-r65a-ng-communique-lga-tab-table-state-column",
        language="en",
        kinds="table_tabs;columns_after;person_after;region_like_country;"
        "not_signatory;body_not_city",
        title="Communiqué of the South-West and North-Central Local Government Climate Forum",
        date=(2025, 11, 4),
        before=(
            "The two-day forum of the Association of Green Local Councils held in Ibadan, Oyo\n"
            "State, brought together executive chairmen, councillors and environment officers.\n"
            "Participants resolved to:\n\n"
            "1. Establish a waste-to-value unit in every council secretariat by December 2026;\n"
            "2. Promote clean cooking in markets, schools and primary health centres;\n"
            "3. Plant and maintain at least 10,000 trees in each local government area.\n\n"
            "The communiqué was endorsed by the following:"
        ),
        listing=(
            "S/N\tCouncil\tState\tSigned by\n"
            "1\tIkeja Local Government\tLagos\tHon. Adebayo Coker, Executive Chairman\n"
            "2\tIkorodu Local Government\tLagos\tHon. Folake Ademola, Executive Chairman\n"
            "3\tBadagry Local Government\tLagos\tHon. Segun Akinwale, Executive Chairman\n"
            "4\tAbeokuta South Local Government\tOgun\tHon. Kunle Odusanya, Executive Chairman\n"
            "5\tIjebu Ode Local Government\tOgun\tHon. Bisi Onafowokan, Executive Chairman\n"
            "6\tOgbomosho North Local Government\tOyo\tHon. Tunde Alao, Executive Chairman\n"
            "7\tIseyin Local Government\tOyo\tHon. Ramota Lawal, Executive Chairman\n"
            "8\tOsogbo Local Government\tOsun\tHon. Yemi Adeoye, Executive Chairman\n"
            "9\tIlesa East Local Government\tOsun\tHon. Gbenga Fajuyi, Executive Chairman\n"
            "10\tAkure South Local Government\tOndo\tHon. Dayo Olorunfemi, Executive Chairman\n"
            "11\tIlorin West Local Government\tKwara\tHon. Abdulrahman Salami, Executive Chairman\n"
            "12\tLafia Local Government\tNasarawa\tHon. Musa Ibrahim Danladi, Executive Chairman\n"
            "13\tBida Local Government\tNiger\tHon. Aliyu Ndagi, Executive Chairman\n"
            "14\tOgun State Ministry of Environment\tOgun\tDr. Funmi Sodipo, Commissioner"
        ),
        after=(
            "Issued this 4th day of November 2025 at Ibadan.\n\n"
            "Secretariat: Association of Green Local Councils, Plot 7 Independence Way, Kaduna."
        ),
        expected=(
            "Ikeja/NG; Ikorodu/NG; Badagry/NG; Abeokuta/NG; Ijebu Ode|Ijebu-Ode/NG; "
            "Ogbomosho|Ogbomoso/NG; Iseyin/NG; Osogbo/NG; Ilesa/NG; Akure/NG; Ilorin/NG; "
            "Lafia/NG; Bida/NG; Ogun State|Ogun/NG/region"
        ),
    ),
    Page(
        name="fr-r65a-be-blocs-pour-la-ville-bourgmestre-provinces",
        language="fr",
        kinds="one_a_line;person_after;body_not_city;region_like_country;not_signatory",
        title="Charte des pouvoirs locaux wallons pour une alimentation durable",
        date=(2025, 3, 14),
        before=(
            "Les signataires de la présente charte s'engagent à introduire au moins 40 % de\n"
            "produits locaux et de saison dans les cantines scolaires et les maisons de repos\n"
            "dont ils ont la charge, à soutenir les ceintures alimentaires et à réduire de\n"
            "moitié le gaspillage alimentaire d'ici 2030.\n\n"
            "Fait à Namur, le 14 mars 2025, en autant d'exemplaires que de signataires."
        ),
        listing=(
            "Pour la Ville de Liège,\nLe Bourgmestre,\nMarc Dufresnoy\n\n"
            "Pour la Ville de Mons,\nLa Bourgmestre,\nIsabelle Verhaegen\n\n"
            "Pour la Ville de Charleroi,\nL'Échevin de la Transition écologique,\n"
            "Karim Benhaddou\n\n"
            "Pour la Ville de Tournai,\nLa Bourgmestre,\nCatherine Delvaux\n\n"
            "Pour la Ville de Wavre,\nLe Bourgmestre,\nOlivier Stiénon\n\n"
            "Pour la Commune de Braine-l'Alleud,\nLe Bourgmestre,\nJean-Luc Marchal\n\n"
            "Pour la Ville d'Arlon,\nLa Bourgmestre,\nNathalie Schmit\n\n"
            "Pour la Ville de Durbuy,\nLe Bourgmestre,\nPhilippe Gérardy\n\n"
            "Pour la Province de Luxembourg,\nLe Député provincial,\nBenoît Lambotte\n\n"
            "Pour la Province de Hainaut,\nLa Députée provinciale,\nSophie Carlier"
        ),
        after=(
            "La charte reste ouverte à la signature de toute commune ou province de Wallonie.\n"
            "Coordination : Réseau wallon Assiettes locales, rue de Fer 12, 5000 Namur."
        ),
        expected=(
            "Liège/BE; Mons/BE; Charleroi/BE; Tournai/BE; Wavre/BE; Braine-l'Alleud/BE; "
            "Arlon/BE; Durbuy/BE; Province de Luxembourg|Luxembourg Province/BE/province; "
            "Province de Hainaut|Hainaut/BE/province"
        ),
    ),
    Page(
        name="fr-r65a-ma-annuaire-communes-sous-regions-conseil-regional",
        language="fr",
        kinds="region_heading;one_a_line;columns_after;body_not_city",
        title="Annuaire des membres du Réseau marocain des villes durables",
        date=(2026, 1, 12),
        before=(
            "Le réseau rassemble des communes et des conseils régionaux engagés dans la mise\n"
            "en œuvre de plans climat territoriaux. Les membres sont classés par région ;\n"
            "l'année indique l'adhésion au réseau."
        ),
        listing=(
            "Région Casablanca-Settat (5 membres)\n"
            "Commune de Casablanca — adhésion 2016\n"
            "Commune de Mohammédia — adhésion 2018\n"
            "Commune d'El Jadida — adhésion 2019\n"
            "Commune de Settat — adhésion 2021\n"
            "Commune de Berrechid — adhésion 2023\n\n"
            "Région Rabat-Salé-Kénitra (4 membres)\n"
            "Commune de Rabat — adhésion 2016\n"
            "Commune de Salé — adhésion 2017\n"
            "Commune de Kénitra — adhésion 2020\n"
            "Commune de Témara — adhésion 2022\n\n"
            "Région Fès-Meknès (3 membres)\n"
            "Commune de Fès — adhésion 2017\n"
            "Commune de Meknès — adhésion 2019\n"
            "Commune d'Ifrane — adhésion 2021\n\n"
            "Région Marrakech-Safi (3 membres)\n"
            "Commune de Marrakech — adhésion 2016\n"
            "Commune de Safi — adhésion 2022\n"
            "Commune d'Essaouira — adhésion 2024\n\n"
            "Région de l'Oriental (4 membres)\n"
            "Conseil de la Région de l'Oriental — adhésion 2020\n"
            "Commune d'Oujda — adhésion 2018\n"
            "Commune de Nador — adhésion 2021\n"
            "Commune de Berkane — adhésion 2023\n\n"
            "Région Souss-Massa (3 membres)\n"
            "Commune d'Agadir — adhésion 2017\n"
            "Commune de Tiznit — adhésion 2020\n"
            "Commune de Taroudant — adhésion 2024\n\n"
            "Région Tanger-Tétouan-Al Hoceïma (3 membres)\n"
            "Commune de Tanger — adhésion 2016\n"
            "Commune de Tétouan — adhésion 2019\n"
            "Commune de Chefchaouen — adhésion 2022"
        ),
        after=(
            "Votre commune souhaite rejoindre le réseau ? Téléchargez le formulaire d'adhésion."
        ),
        expected=(
            "Casablanca/MA; Mohammedia/MA; El Jadida/MA; Settat/MA; Berrechid/MA; Rabat/MA; "
            "Salé|Sale/MA; Kénitra|Kenitra/MA; Témara|Temara/MA; Fès|Fes/MA; Meknès|Meknes/MA; "
            "Ifrane/MA; Marrakech|Marrakesh/MA; Safi/MA; Essaouira/MA; "
            "Région de l'Oriental|Oriental/MA/region; Oujda/MA; Nador/MA; Berkane/MA; "
            "Agadir/MA; Tiznit/MA; Taroudant/MA; Tanger|Tangier/MA; Tétouan|Tetouan/MA; "
            "Chefchaouen/MA"
        ),
    ),
    Page(
        name="es-r65a-ar-noticia-municipios-se-suman-provincia-entre-parentesis",
        language="es",
        kinds="running_text;region_after;not_signatory;body_not_city",
        title=(
            "Siete municipios y una provincia se suman a la Red Argentina de Ciudades Resilientes"
        ),
        date=(2025, 9, 26),
        before=(
            "Durante el encuentro anual realizado en la ciudad de Mendoza, la Red Argentina de\n"
            "Ciudades Resilientes dio la bienvenida a sus nuevos integrantes, que se comprometen\n"
            "a elaborar un plan local de gestión del riesgo y a compartir datos de alerta\n"
            "temprana con los demás miembros."
        ),
        listing=(
            "Se incorporaron formalmente los municipios de Rafaela (Santa Fe), Villa María\n"
            "(Córdoba), Tandil y Bahía Blanca (Buenos Aires), San Carlos de Bariloche (Río\n"
            "Negro), Concordia (Entre Ríos) y Salta, además del Gobierno de la Provincia del\n"
            "Neuquén, primera administración provincial en adherir a la red."
        ),
        after=(
            "“Las inundaciones y las olas de calor no conocen límites entre jurisdicciones”,\n"
            "afirmó la intendenta anfitriona, Laura Quiroga. La red, cuya secretaría técnica\n"
            "funciona en Rosario, suma así 41 miembros en 14 provincias.\n\n"
            "El próximo encuentro se realizará en 2026 en Posadas, Misiones."
        ),
        expected=(
            "Rafaela/AR; Villa María/AR; Tandil/AR; Bahía Blanca/AR; San Carlos de Bariloche/AR; "
            "Concordia/AR; Salta/AR; Provincia del Neuquén|Neuquén Province/AR/province"
        ),
    ),
    Page(
        name="es-r65a-es-tabla-espacios-ayuntamientos-comarcas-diputaciones",
        language="es",
        kinds="table_tabs;columns_after;region_after;body_not_city",
        title="Entidades adheridas al Pacto por la Movilidad Activa",
        date=(2025, 5, 8),
        before=(
            "Las entidades locales adheridas al Pacto se comprometen a ampliar la red ciclista,\n"
            "a pacificar los entornos escolares y a publicar cada año sus datos de movilidad.\n"
            "Relación de entidades adheridas a 30 de abril de 2025:"
        ),
        listing=(
            "Entidad                                 Provincia    Fecha de adhesión\n"
            "Ayuntamiento de Logroño                 La Rioja     12/03/2024\n"
            "Ayuntamiento de Huesca                  Huesca       12/03/2024\n"
            "Comarca del Bajo Aragón                 Teruel       02/04/2024\n"
            "Ayuntamiento de Alcañiz                 Teruel       02/04/2024\n"
            "Diputación Provincial de Jaén           Jaén         17/05/2024\n"
            "Ayuntamiento de Úbeda                   Jaén         17/05/2024\n"
            "Ayuntamiento de Linares                 Jaén         03/06/2024\n"
            "Consejo Comarcal del Bierzo             León         21/06/2024\n"
            "Ayuntamiento de Ponferrada              León         21/06/2024\n"
            "Ayuntamiento de Talavera de la Reina    Toledo       09/09/2024\n"
            "Diputación de Cáceres                   Cáceres      14/10/2024\n"
            "Ayuntamiento de Plasencia               Cáceres      14/10/2024\n"
            "Ayuntamiento de Mérida                  Badajoz      05/11/2024\n"
            "Ayuntamiento de Lorca                   Murcia       28/01/2025\n"
            "Ayuntamiento de Gandia                  Valencia     18/02/2025\n"
            "Ayuntamiento de Elche                   Alicante     25/03/2025"
        ),
        after=(
            "Para adherirse, el pleno de la entidad debe aprobar el texto del Pacto y remitir\n"
            "el certificado a la secretaría técnica."
        ),
        expected=(
            "Logroño/ES; Huesca/ES; "
            "Comarca del Bajo Aragón|Bajo Aragón/ES/union of municipalities; "
            "Alcañiz/ES; Diputación Provincial de Jaén|Jaén Province/ES/province; Úbeda/ES; "
            "Linares/ES; Consejo Comarcal del Bierzo|El Bierzo/ES/union of municipalities; "
            "Ponferrada/ES; Talavera de la Reina/ES; "
            "Diputación de Cáceres|Cáceres Province/ES/province; Plasencia/ES; Mérida/ES; "
            "Lorca/ES; Gandia/ES; Elche|Elx/ES"
        ),
    ),
    Page(
        name="pt-r65a-pt-pdf-carta-camaras-municipais-distritos-hifenizacao",
        language="pt",
        kinds="numbered;broken_lines;region_after;body_not_city",
        title="Carta de Compromisso para a Adaptação Climática Local",
        date=(2025, 10, 2),
        before=(
            "Os municípios e entidades abaixo identificados subscrevem a presente Carta e\n"
            "comprometem-se a aprovar um plano municipal de adaptação até ao final de 2026,\n"
            "a integrar o risco climático nos instrumentos de gestão territorial e a reportar\n"
            "anualmente os progressos à Rede Portuguesa Municípios em Transição.\n\n"
            "Entidades subscritoras:"
        ),
        listing=(
            "1. Câmara Municipal de Braga (distrito de Braga)\n"
            "2. Câmara Municipal de Guimarães (distrito de Braga)\n"
            "3. Câmara Municipal de Vila Nova de Fama-\n"
            "licão (distrito de Braga)\n"
            "4. Câmara Municipal de Barcelos (distrito de Braga)\n"
            "5. Câmara Municipal de Viana do Castelo (dis-\n"
            "trito de Viana do Castelo)\n"
            "6. Câmara Municipal de Ponte de Lima (distrito de Viana do Castelo)\n"
            "7. Câmara Municipal de Bragança (distrito de Bragança)\n"
            "8. Câmara Municipal de Chaves (distrito de Vila Real)\n"
            "9. Câmara Municipal de Vila Real (distrito de Vila Real)\n"
            "10. Câmara Municipal de Matosinhos (distrito do Porto)\n"
            "11. Câmara Municipal da Maia (distrito do Porto)\n"
            "12. Câmara Municipal de Valongo (distrito do Porto)\n"
            "13. Câmara Municipal de Aveiro (distrito de Aveiro)\n"
            "14. Câmara Municipal de Ílhavo (distrito de Aveiro)\n"
            "15. Câmara Municipal de Águeda (distrito de Aveiro)\n"
            "16. Câmara Municipal de Viseu (distrito de Viseu)\n"
            "\n"
            "Carta de Compromisso para a Adaptação Climática Local            pág. 2/3\n"
            "\n"
            "17. Câmara Municipal de Lamego (distrito de Viseu)\n"
            "18. Câmara Municipal da Guarda (distrito da Guarda)\n"
            "19. Câmara Municipal da Covilhã (distrito de Castelo Branco)\n"
            "20. Câmara Municipal de Castelo Branco (dis-\n"
            "trito de Castelo Branco)\n"
            "21. Comunidade Intermunicipal da Região de Coimbra\n"
            "22. Câmara Municipal de Coimbra (distrito de Coimbra)\n"
            "23. Câmara Municipal da Figueira da Foz (distri-\n"
            "to de Coimbra)\n"
            "24. Câmara Municipal de Leiria (distrito de Leiria)\n"
            "25. Câmara Municipal de Pombal (distrito de Leiria)\n"
            "26. Câmara Municipal de Santarém (distrito de Santarém)\n"
            "27. Câmara Municipal de Tomar (distrito de Santarém)\n"
            "28. Câmara Municipal de Abrantes (distrito de Santarém)\n"
            "29. Câmara Municipal de Torres Vedras (distri-\n"
            "to de Lisboa)\n"
            "30. Câmara Municipal de Cascais (distrito de Lisboa)\n"
            "31. Câmara Municipal de Setúbal (distrito de Setúbal)\n"
            "32. Câmara Municipal de Almada (distrito de Setúbal)\n"
            "33. Câmara Municipal de Évora (distrito de Évora)\n"
            "\n"
            "Carta de Compromisso para a Adaptação Climática Local            pág. 3/3\n"
            "\n"
            "34. Câmara Municipal de Beja (distrito de Beja)\n"
            "35. Câmara Municipal de Portalegre (distrito de Portalegre)\n"
            "36. Câmara Municipal de Faro (distrito de Faro)\n"
            "37. Câmara Municipal de Loulé (distrito de Faro)\n"
            "38. Câmara Municipal de Tavira (distrito de Faro)"
        ),
        after=(
            "Lisboa, 2 de outubro de 2025\n\n"
            "A Comissão Executiva da Rede Portuguesa Municípios em Transição"
        ),
        expected=(
            "Braga/PT; Guimarães/PT; Vila Nova de Famalicão/PT; Barcelos/PT; "
            "Viana do Castelo/PT; Ponte de Lima/PT; Bragança/PT; Chaves/PT; Vila Real/PT; "
            "Matosinhos/PT; Maia/PT; Valongo/PT; Aveiro/PT; Ílhavo/PT; Águeda/PT; Viseu/PT; "
            "Lamego/PT; Guarda/PT; Covilhã/PT; Castelo Branco/PT; "
            "Comunidade Intermunicipal da Região de Coimbra|Região de Coimbra"
            "/PT/union of municipalities; "
            "Coimbra/PT; Figueira da Foz/PT; Leiria/PT; Pombal/PT; Santarém/PT; Tomar/PT; "
            "Abrantes/PT; Torres Vedras/PT; Cascais/PT; Setúbal/PT; Almada/PT; Évora/PT; "
            "Beja/PT; Portalegre/PT; Faro/PT; Loulé/PT; Tavira/PT"
        ),
    ),
    Page(
        name="de-r65a-at-gemeinde-strich-name-buergermeister-land-kaernten",
        language="de",
        kinds="one_a_line;person_after;body_not_city;not_signatory",
        title="Salzburger Erklärung der Gemeinden zum Bodenschutz",
        date=(2025, 4, 23),
        before=(
            "Bei der Frühjahrstagung des Netzwerks Boden.Bündnis Alpen in Salzburg haben\n"
            "Städte, Markt- und Stadtgemeinden sowie ein Bundesland die folgende Erklärung\n"
            "unterzeichnet. Sie verpflichten sich, den Flächenverbrauch bis 2030 auf ein\n"
            "Drittel zu senken, Leerstand vor Neuwidmung zu nutzen und versiegelte Flächen\n"
            "zu entsiegeln.\n\n"
            "Unterzeichnet haben:"
        ),
        listing=(
            "Stadt Villach – Gerhard Pichler, Bürgermeister\n"
            "Landeshauptstadt Klagenfurt am Wörthersee – Andrea Moser, Bürgermeisterin\n"
            "Stadtgemeinde Wolfsberg – Johann Kogler, Bürgermeister\n"
            "Stadtgemeinde Lienz – Barbara Unterweger, Bürgermeisterin\n"
            "Stadtgemeinde Hall in Tirol – Markus Haider, Bürgermeister\n"
            "Stadt Dornbirn – Sabine Feurstein, Bürgermeisterin\n"
            "Marktgemeinde Lustenau – Thomas Bösch, Bürgermeister\n"
            "Stadt Wels – Christian Aigner, Vizebürgermeister\n"
            "Stadtgemeinde Gmunden – Petra Hofinger, Bürgermeisterin\n"
            "Stadtgemeinde Bad Ischl – Wolfgang Stadler, Bürgermeister\n"
            "Stadt Leoben – Michaela Url, Bürgermeisterin\n"
            "Stadtgemeinde Kapfenberg – Franz Leitner, Bürgermeister\n"
            "Stadt Krems an der Donau – Stefan Grabner, Bürgermeister\n"
            "Stadtgemeinde Baden – Elisabeth Riegler, Bürgermeisterin\n"
            "Land Kärnten – Martina Gasser, Landesrätin für Umwelt und Raumordnung"
        ),
        after=(
            "Die Erklärung steht allen österreichischen Gemeinden zum Beitritt offen.\n"
            "Geschäftsstelle: Boden.Bündnis Alpen, Linzer Gasse 20, 5020 Salzburg."
        ),
        expected=(
            "Villach/AT; Klagenfurt am Wörthersee|Klagenfurt/AT; Wolfsberg/AT; Lienz/AT; "
            "Hall in Tirol/AT; Dornbirn/AT; Lustenau/AT; Wels/AT; Gmunden/AT; Bad Ischl/AT; "
            "Leoben/AT; Kapfenberg/AT; Krems an der Donau|Krems/AT; Baden/AT; "
            "Land Kärnten|Kärnten|Carinthia/AT/region"
        ),
    ),
    Page(
        name="it-r65a-notizia-sindaci-di-comuni-e-provincia-cognomi-citta",
        language="it",
        kinds="running_text;inflected;body_not_city;person_named_like_place;not_signatory",
        title="Acqua bene comune: nove comuni e la Provincia di Mantova firmano il protocollo",
        date=(2025, 2, 27),
        before=(
            "Si è svolta ieri a Verona la firma del protocollo d'intesa promosso dalla Rete dei\n"
            "Comuni per l'Acqua Pubblica, che impegna gli enti aderenti a ridurre le perdite\n"
            "delle reti idriche sotto il 25 % entro il 2030 e a installare fontanelle pubbliche\n"
            "in ogni quartiere."
        ),
        listing=(
            "Hanno sottoscritto il documento i sindaci di Bergamo, Lecco, Cremona e Lodi, la\n"
            "sindaca di Crema, i sindaci di Rovereto e di Bassano del Grappa, la sindaca di\n"
            "Legnago e il sindaco di Chioggia, insieme al presidente della Provincia di Mantova,\n"
            "Paolo Ferrara."
        ),
        after=(
            "«L'acqua è il primo servizio pubblico e va difesa insieme», ha dichiarato\n"
            "l'assessora all'Ambiente del Comune di Verona, Elena Brescia, che ha coordinato i\n"
            "lavori. Il protocollo resta aperto all'adesione di altri comuni del bacino del Po."
        ),
        expected=(
            "Bergamo/IT; Lecco/IT; Cremona/IT; Lodi/IT; Crema/IT; Rovereto/IT; "
            "Bassano del Grappa/IT; Legnago/IT; Chioggia/IT; "
            "Provincia di Mantova|Province of Mantua/IT/province"
        ),
    ),
    Page(
        name="pl-r65a-podpisy-imie-prezydent-miasta-dopelniacz-powiaty",
        language="pl",
        kinds="one_a_line;person_before;inflected;body_not_city",
        title="Małopolsko-podkarpackie porozumienie samorządów na rzecz czystego powietrza",
        date=(2025, 12, 3),
        before=(
            "Sygnatariusze porozumienia zobowiązują się do wymiany wszystkich pozaklasowych\n"
            "kotłów w budynkach komunalnych do 2027 roku, do wspólnego zakupu czujników jakości\n"
            "powietrza oraz do prowadzenia wspólnej kampanii informacyjnej.\n\n"
            "Porozumienie podpisali:"
        ),
        listing=(
            "Anna Zielińska, Prezydent Miasta Rzeszowa\n"
            "Tomasz Kaczmarek, Prezydent Miasta Kielce\n"
            "Marek Dudzik, Prezydent Torunia\n"
            "Agnieszka Mazur, Prezydent Miasta Nowego Sącza\n"
            "Rafał Jasiński, Prezydent Miasta Tarnowa\n"
            "Ewa Sobczak, Burmistrz Miasta i Gminy Wieliczka\n"
            "Piotr Lewandowski, Burmistrz Zakopanego\n"
            "Paweł Nowicki, Burmistrz Nowego Targu\n"
            "Beata Ryba, Burmistrz Miasta Gorlice\n"
            "Joanna Król, Wójt Gminy Kościelisko\n"
            "Krzysztof Wrona, Starosta Tatrzański\n"
            "Magdalena Pawlak, Starosta Powiatu Krakowskiego\n"
            "Grzegorz Baran, Marszałek Województwa Małopolskiego"
        ),
        after=(
            "Porozumienie jest otwarte dla kolejnych jednostek samorządu terytorialnego.\n"
            "Koordynator: Stowarzyszenie Czyste Niebo, ul. Długa 5, Kraków."
        ),
        expected=(
            "Rzeszów/PL; Kielce/PL; Toruń/PL; Nowy Sącz/PL; Tarnów/PL; Wieliczka/PL; "
            "Zakopane/PL; Nowy Targ/PL; Gorlice/PL; Kościelisko/PL; "
            "Powiat tatrzański|Tatra County/PL/county; "
            "Powiat krakowski|Kraków County/PL/county; "
            "Województwo Małopolskie|Lesser Poland Voivodeship|Małopolska/PL/region"
        ),
    ),
    Page(
        name="ro-r65a-text-primarii-municipiilor-si-consilii-judetene",
        language="ro",
        kinds="running_text;inflected;body_not_city;not_signatory",
        title="Declarația de la Sibiu pentru orașe verzi",
        date=(2025, 7, 10),
        before=(
            "Reuniți la Sibiu la invitația Asociației Orașe Verzi din Transilvania, aleșii\n"
            "locali s-au angajat să dubleze suprafața spațiilor verzi pe cap de locuitor până\n"
            "în 2035 și să planteze câte un copac pentru fiecare nou-născut."
        ),
        listing=(
            "Declarația a fost semnată de primarii municipiilor Alba Iulia, Mediaș, Făgăraș și\n"
            "Sighișoara, de primarul Clujului, de primarii orașelor Cisnădie, Avrig și Ocna\n"
            "Sibiului, precum și de președinții consiliilor județene Alba și Mureș."
        ),
        after=(
            "„Orașele noastre au crescut prea mult pe asfalt”, a spus gazda reuniunii,\n"
            "primarul Sibiului, care a anunțat că municipiul va semna documentul după votul\n"
            "consiliului local, programat în septembrie."
        ),
        expected=(
            "Alba Iulia/RO; Mediaș|Mediaş/RO; Făgăraș|Făgăraş/RO; Sighișoara|Sighişoara/RO; "
            "Cluj-Napoca/RO; Cisnădie/RO; Avrig/RO; Ocna Sibiului/RO; "
            "Consiliul Județean Alba|Alba County/RO/county; "
            "Consiliul Județean Mureș|Mureș County/RO/county"
        ),
    ),
    Page(
        name="hu-r65a-hir-csatlakozott-targyeset-es-varmegye",
        language="hu",
        kinds="running_text;inflected;body_not_city;not_signatory",
        title="Öt várossal és egy vármegyével bővült a Zöld Városok Szövetsége",
        date=(2025, 10, 17),
        before=(
            "A szövetség győri közgyűlésén egyhangú döntéssel vették fel az új tagokat, akik\n"
            "vállalták, hogy 2027-ig elkészítik saját klímastratégiájukat és évente\n"
            "beszámolnak az eredményekről."
        ),
        listing=(
            "A közgyűlés tagjai sorába fogadta Sopront, Egert, Szolnokot, Zalaegerszeget és\n"
            "Békéscsabát, valamint Zala Vármegye Önkormányzatát."
        ),
        after=(
            "„Győrben ma újabb lépést tettünk a fenntartható városok felé” – mondta\n"
            "Kovács-Szabó Ildikó, a szövetség elnöke, Veszprém alpolgármestere. A szövetségnek\n"
            "így 38 tagja van; a következő közgyűlést tavasszal Pécsett tartják."
        ),
        expected=(
            "Sopron/HU; Eger/HU; Szolnok/HU; Zalaegerszeg/HU; Békéscsaba/HU; "
            "Zala Vármegye|Zala County/HU/county"
        ),
    ),
    Page(
        name="hr-r65a-tablica-gradovi-zupanije-gradonacelnici",
        language="hr",
        kinds="table_tabs;columns_after;region_after;person_after;body_not_city",
        title="Potpisnici Povelje hrvatskih gradova o kružnom gospodarstvu",
        date=(2025, 11, 21),
        before=(
            "Potpisnici Povelje obvezuju se do 2030. odvojeno prikupljati najmanje 60 %\n"
            "komunalnog otpada, otvoriti centar za ponovnu uporabu i uvesti zelenu javnu\n"
            "nabavu.\n\n"
            "Popis potpisnika:"
        ),
        listing=(
            "Rb.\tGrad\tŽupanija\tGradonačelnik/ca\tDatum potpisa\n"
            "1.\tGrad Varaždin\tVaraždinska\tIvan Horvat\t12. 3. 2025.\n"
            "2.\tGrad Čakovec\tMeđimurska\tMarija Novak\t12. 3. 2025.\n"
            "3.\tGrad Koprivnica\tKoprivničko-križevačka\tDario Jurić\t2. 4. 2025.\n"
            "4.\tGrad Bjelovar\tBjelovarsko-bilogorska\tTomislav Babić\t2. 4. 2025.\n"
            "5.\tGrad Vinkovci\tVukovarsko-srijemska\tSnježana Perić\t15. 5. 2025.\n"
            "6.\tGrad Slavonski Brod\tBrodsko-posavska\tKrešimir Marić\t15. 5. 2025.\n"
            "7.\tGrad Požega\tPožeško-slavonska\tAna Kovačević\t28. 5. 2025.\n"
            "8.\tGrad Karlovac\tKarlovačka\tMladen Vuković\t10. 6. 2025.\n"
            "9.\tGrad Sisak\tSisačko-moslavačka\tIvana Knežević\t10. 6. 2025.\n"
            "10.\tGrad Pula\tIstarska\tLuka Radić\t1. 7. 2025.\n"
            "11.\tGrad Rovinj\tIstarska\tSandra Brajković\t1. 7. 2025.\n"
            "12.\tIstarska županija\tIstarska\tBoris Matejčić (župan)\t1. 7. 2025.\n"
            "13.\tGrad Šibenik\tŠibensko-kninska\tNikola Bilić\t9. 9. 2025.\n"
            "14.\tGrad Makarska\tSplitsko-dalmatinska\tPetra Vukas\t9. 9. 2025.\n"
            "15.\tGrad Dubrovnik\tDubrovačko-neretvanska\tMarin Lučić\t30. 9. 2025."
        ),
        after=(
            "Povelju koordinira Mreža zelenih gradova, Ulica grada Vukovara 72, Zagreb.\n"
            "Gradovi koji žele pristupiti mogu se javiti tajništvu mreže."
        ),
        expected=(
            "Varaždin/HR; Čakovec/HR; Koprivnica/HR; Bjelovar/HR; Vinkovci/HR; "
            "Slavonski Brod/HR; Požega/HR; Karlovac/HR; Sisak/HR; Pula/HR; Rovinj/HR; "
            "Istarska županija|Istria County/HR/county; Šibenik/HR; Makarska/HR; Dubrovnik/HR"
        ),
    ),
    Page(
        name="sl-r65a-imenik-obcin-po-statisticnih-regijah",
        language="sl",
        kinds="region_heading;one_a_line;no_country",
        title="Imenik članic Zveze zelenih občin",
        date=(2026, 2, 5),
        before=(
            "Zveza združuje občine, ki so sprejele lokalni podnebni načrt in o njegovem\n"
            "izvajanju poročajo vsako leto. Članice so razvrščene po statističnih regijah."
        ),
        listing=(
            "Gorenjska\n"
            "Mestna občina Kranj\n"
            "Občina Bled\n"
            "Občina Jesenice\n"
            "Občina Radovljica\n"
            "Občina Škofja Loka\n"
            "Občina Tržič\n"
            "Občina Kranjska Gora\n\n"
            "Osrednjeslovenska\n"
            "Mestna občina Ljubljana\n"
            "Občina Domžale\n"
            "Občina Kamnik\n"
            "Občina Vrhnika\n"
            "Občina Grosuplje\n"
            "Občina Litija\n"
            "Občina Logatec\n\n"
            "Savinjska\n"
            "Mestna občina Celje\n"
            "Mestna občina Velenje\n"
            "Občina Žalec\n"
            "Občina Laško\n"
            "Občina Slovenske Konjice\n"
            "Občina Rogaška Slatina\n\n"
            "Podravska\n"
            "Mestna občina Maribor\n"
            "Mestna občina Ptuj\n"
            "Občina Slovenska Bistrica\n"
            "Občina Ruše\n\n"
            "Pomurska\n"
            "Mestna občina Murska Sobota\n"
            "Občina Ljutomer\n"
            "Občina Lendava\n"
            "Občina Gornja Radgona\n\n"
            "Goriška\n"
            "Mestna občina Nova Gorica\n"
            "Občina Ajdovščina\n"
            "Občina Idrija\n"
            "Občina Tolmin\n\n"
            "Obalno-kraška\n"
            "Mestna občina Koper\n"
            "Občina Izola\n"
            "Občina Piran\n"
            "Občina Sežana\n\n"
            "Jugovzhodna Slovenija\n"
            "Mestna občina Novo mesto\n"
            "Občina Kočevje\n"
            "Občina Metlika\n\n"
            "Koroška\n"
            "Mestna občina Slovenj Gradec\n"
            "Občina Dravograd"
        ),
        after="Vaša občina želi postati članica? Izpolnite pristopno izjavo.",
        expected=(
            "Kranj/SI; Bled/SI; Jesenice/SI; Radovljica/SI; Škofja Loka/SI; Tržič/SI; "
            "Kranjska Gora/SI; Ljubljana/SI; Domžale/SI; Kamnik/SI; Vrhnika/SI; Grosuplje/SI; "
            "Litija/SI; Logatec/SI; Celje/SI; Velenje/SI; Žalec/SI; Laško/SI; "
            "Slovenske Konjice/SI; Rogaška Slatina/SI; Maribor/SI; Ptuj/SI; "
            "Slovenska Bistrica/SI; Ruše/SI; Murska Sobota/SI; Ljutomer/SI; Lendava/SI; "
            "Gornja Radgona/SI; Nova Gorica/SI; Ajdovščina/SI; Idrija/SI; Tolmin/SI; Koper/SI; "
            "Izola/SI; Piran/SI; Sežana/SI; Novo mesto|Novo Mesto/SI; Kočevje/SI; Metlika/SI; "
            "Slovenj Gradec/SI; Dravograd/SI"
        ),
    ),
]

"""Batch r53b: 14 pages held out from round 52, written without reading the reader or running it.

One page a language or region: an African mayors' communiqué signed line by line with the
titles of Nigerian, Ghanaian, Ugandan and South African local governments under a host that
did not sign; a Canadian news item of new members in running text with `Red Deer, Alta.`
abbreviations and a mayor named Victoria; Québec `Pour la Ville de X` signature blocks and a
metropolitan community; a Central American and Caribbean tab table with the country first;
Brazilian paragraphs of new members `Joinville (SC)` beside the host; Italian members under
region headings with province codes that are countries' (`CR`, `NO`, `SI`) and a union of
municipalities; an Austrian tab table of `Stadtgemeinde`, `Marktgemeinde`, `Statutarstadt`;
Flemish `Stad X` under province headings with counts, Limburg among them, and the Brussels
region; Danish `borgmester i X Kommune` lines with a mayor named Viborg; Estonian signature
blocks `Tartu linnapea`, `Tallinna abilinnapea` with the venue `Haapsalus`; Latvian bullets of
`Liepājas valstspilsētas pašvaldība` and a planning region; Slovenian `Mestna občina X – župan`
with bilingual `Koper/Capodistria`; Croatian genitives in running text beside the host
`u Dubrovniku`; Slovak `Mesto X` under `kraj` headings with a self-governing region.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r53b-africa-mayors-titles",
        language="en",
        kinds="one_a_line;person_before;columns_after;country_in_language;not_signatory",
        title="Kigali Communiqué of African Local Governments on Urban Heat and Flooding",
        date=(2025, 10, 14),
        before=(
            "Meeting in Kigali on 13 and 14 October 2025 at the invitation of the Forum's "
            "Rwandan partners, the heads of local government below agreed on a common "
            "agenda for heat action plans, drainage and early warning in informal "
            "settlements.\n\n"
            "We commit to publish a heat-risk map for our cities by the end of 2026, to "
            "protect outdoor workers and traders during heat waves, and to report each "
            "year on our progress to the Sun Belt Cities Forum secretariat.\n\n"
            "Signed:"
        ),
        listing=(
            "Hon. Adebayo Ogunleye, Executive Chairman, Ikeja Local Government, Nigeria\n"
            "Hon. Zainab Bello-Okon, Chairperson, Abuja Municipal Area Council, Nigeria\n"
            "Hon. Kwame Asante-Boadu, Metropolitan Chief Executive, Kumasi Metropolitan "
            "Assembly, Ghana\n"
            "Hon. Abena Mensah-Dzordzi, Municipal Chief Executive, Ho Municipal Assembly, Ghana\n"
            "Hon. Iddrisu Fuseini, Metropolitan Chief Executive, Tamale Metropolitan "
            "Assembly, Ghana\n"
            "Rt. Hon. Florence Nakato, Lord Mayor, Kampala Capital City Authority, Uganda\n"
            "His Worship Okello Ojara, Mayor, Gulu City Council, Uganda\n"
            "Her Worship Patience Ainebyoona, Mayor, Mbarara City Council, Uganda\n"
            "His Worship Moses Waiswa, Mayor, Jinja City Council, Uganda\n"
            "Alderman Thandiwe Mokoena, Executive Mayor, City of Cape Town, South Africa\n"
            "Cllr. Sipho Dlamini-Nkosi, Mayor, Msunduzi Municipality (Pietermaritzburg), "
            "South Africa\n"
            "Cllr. Lerato Mashaba, Executive Mayor, Polokwane Local Municipality, South Africa\n"
            "Cllr. Johan van der Merwe, Executive Mayor, City of Tshwane, South Africa"
        ),
        after=(
            "The communiqué remains open for signature. The next meeting of the Forum will be "
            "hosted by Cape Coast, Ghana, in 2026."
        ),
        expected=(
            "Ikeja/NG; Abuja/NG; Kumasi/GH; Ho/GH; Tamale/GH; Kampala/UG; Gulu/UG; Mbarara/UG; "
            "Jinja/UG; Cape Town/ZA; Pietermaritzburg/ZA; Polokwane/ZA; Pretoria|Tshwane/ZA"
        ),
    ),
    Page(
        name="en-r53b-ca-new-members-running",
        language="en",
        kinds="running_text;state_codes;person_named_like_place;not_signatory",
        title="Seven more Canadian municipalities sign the Cold Climate Housing Pledge",
        date=(2025, 3, 5),
        before=(
            "HALIFAX — The Northern Homes Alliance welcomed seven new signatories to its "
            "Cold Climate Housing Pledge at its winter meeting in Halifax this week, bringing "
            "the number of member municipalities to 41.\n\n"
            '"Cities of every size are finding that deep retrofits pay back faster than we '
            'thought," said Mayor Victoria Lindqvist of Kamloops, B.C., who chairs the '
            "Alliance's steering committee."
        ),
        listing=(
            "The new signatories are Fredericton, N.B., Nanaimo, B.C., Red Deer, Alta., "
            "Brandon, Man., Moose Jaw, Sask., Peterborough, Ont., and Rimouski, Que. Each has "
            "committed to adopt a retrofit standard for municipally owned housing within two "
            "years."
        ),
        after=(
            "Under the pledge, signatories share procurement templates and report their "
            "heating-energy savings each autumn. The Alliance's next meeting will be held in "
            "Whitehorse, Y.T., in September."
        ),
        expected=(
            "Fredericton/CA; Nanaimo/CA; Red Deer/CA; Brandon/CA; Moose Jaw/CA; "
            "Peterborough/CA; Rimouski/CA"
        ),
    ),
    Page(
        name="fr-r53b-qc-pour-la-ville-blocks",
        language="fr",
        kinds="one_a_line;person_after;body_not_city;not_signatory",
        title="Déclaration des municipalités québécoises pour des rues plus fraîches",
        date=(2024, 6, 20),
        before=(
            "Réunis à Québec le 19 juin 2024, les élus et élues soussignés s'engagent à "
            "planter au moins un arbre par tranche de dix habitants d'ici 2030, à réduire les "
            "surfaces minéralisées autour des écoles et à partager leurs données d'îlots de "
            "chaleur au sein du Réseau Rues Fraîches.\n\n"
            "Les signataires :"
        ),
        listing=(
            "Pour la Ville de Sherbrooke\n(signé)\nÉlise Boulanger-Caron, mairesse\n\n"
            "Pour la Ville de Trois-Rivières\n(signé)\nMathieu Gervais, maire\n\n"
            "Pour la Ville de Saguenay\n(signé)\nNathalie Tremblay-Girard, mairesse\n\n"
            "Pour la Ville de Lévis\n(signé)\nPhilippe Ouellet, maire\n\n"
            "Pour la Ville de Drummondville\n(signé)\nJosée Lapointe, mairesse\n\n"
            "Pour la Ville de Saint-Hyacinthe\n(signé)\nÉric Beauchemin, maire\n\n"
            "Pour la Ville de Victoriaville\n(signé)\nSylvie Després, mairesse\n\n"
            "Pour la Ville de Granby\n(signé)\nLouis-Philippe Roy, maire\n\n"
            "Pour la Communauté métropolitaine de Québec\n(signé)\n"
            "Geneviève Fortin, présidente"
        ),
        after=(
            "La déclaration a été remise au ministre des Affaires municipales. Le Réseau Rues "
            "Fraîches est coordonné par la Ville de Gatineau jusqu'en 2026."
        ),
        expected=(
            "Sherbrooke/CA; Trois-Rivières/CA; Saguenay/CA; Lévis/CA; Drummondville/CA; "
            "Saint-Hyacinthe/CA; Victoriaville/CA; Granby/CA; "
            "Communauté métropolitaine de Québec|Quebec Metropolitan Community/CA/"
            "metropolitan area"
        ),
    ),
    Page(
        name="es-r53b-centroamerica-caribe-table",
        language="es",
        kinds="table_tabs;region_before;country_in_language;columns_after;person_after",
        title="Municipios de Centroamérica y el Caribe firman la Carta por el Agua Segura",
        date=(2025, 3, 22),
        before=(
            "En el Día Mundial del Agua, la Red Mesoamericana de Gobiernos Locales por el "
            "Agua presentó la lista de municipios que han firmado la Carta por el Agua Segura, "
            "que compromete a reducir las pérdidas de las redes de distribución y a proteger "
            "las zonas de recarga de los acuíferos.\n\n"
            "Municipios firmantes a marzo de 2025:"
        ),
        listing=(
            "País\tMunicipio\tAlcalde o alcaldesa\tFecha de firma\n"
            "Guatemala\tQuetzaltenango\tRodrigo Xicará\t12/02/2024\n"
            "Guatemala\tAntigua Guatemala\tMaría José Búcaro\t12/02/2024\n"
            "El Salvador\tSanta Tecla\tErnesto Valle Rivas\t03/04/2024\n"
            "El Salvador\tSan Miguel\tCarmen Argueta\t03/04/2024\n"
            "Honduras\tLa Ceiba\tJosé Antonio Meza\t18/06/2024\n"
            "Nicaragua\tLeón\tMarlene Icaza\t18/06/2024\n"
            "Nicaragua\tGranada\tFélix Chamorro Ruiz\t02/09/2024\n"
            "Costa Rica\tCurridabat\tAndrea Solís Mora\t02/09/2024\n"
            "Costa Rica\tHeredia\tLuis Diego Arce\t15/10/2024\n"
            "Panamá\tDavid\tYamileth Caballero\t15/10/2024\n"
            "Panamá\tColón\tRoberto Ábrego\t20/01/2025\n"
            "República Dominicana\tSantiago de los Caballeros\tManuel Peralta\t20/01/2025\n"
            "República Dominicana\tSan Pedro de Macorís\tYokasta Reyes\t20/01/2025\n"
            "Cuba\tCienfuegos\tOdalys Pérez Lima\t07/03/2025\n"
            "Puerto Rico\tMayagüez\tCarlos Rivera Toro\t07/03/2025\n"
            "Puerto Rico\tPonce\tIvelisse Santiago\t07/03/2025"
        ),
        after=(
            "La secretaría técnica de la Red tiene su sede en Tegucigalpa. Otros municipios "
            "pueden adherirse a la Carta en cualquier momento."
        ),
        expected=(
            "Quetzaltenango/GT; Antigua Guatemala/GT; Santa Tecla/SV; San Miguel/SV; "
            "La Ceiba/HN; León/NI; Granada/NI; Curridabat/CR; Heredia/CR; David/PA; Colón/PA; "
            "Santiago de los Caballeros/DO; San Pedro de Macorís/DO; Cienfuegos/CU; "
            "Mayagüez/PR; Ponce/PR"
        ),
    ),
    Page(
        name="pt-r53b-br-paragraphs-new-members",
        language="pt",
        kinds="paragraphs;state_codes;person_before;not_signatory",
        title="Rede Cidades Sombra recebe seis novos municípios em encontro em Curitiba",
        date=(2024, 11, 8),
        before=(
            "Durante o encontro anual da Rede Cidades Sombra, realizado em Curitiba (PR) nos "
            "dias 6 e 7 de novembro, seis municípios assinaram o Compromisso pela Arborização "
            "Urbana. Conheça os novos membros:"
        ),
        listing=(
            "Maringá (PR) – A prefeita Luciana Bortolotto anunciou que a cidade vai dobrar o "
            "número de mudas plantadas nas calçadas até 2028.\n\n"
            "Joinville (SC) – O município apresentou seu inventário de árvores, com mais de "
            "80 mil exemplares cadastrados, e se comprometeu a torná-lo público.\n\n"
            "Juiz de Fora (MG) – O prefeito Ricardo Amaral Tostes assinou o compromisso e "
            "destacou o programa de corredores verdes ao longo do rio Paraibuna.\n\n"
            "Caruaru (PE) – A secretária de Meio Ambiente, Fernanda Lins, representou o "
            "município e apresentou o plano de sombreamento das feiras livres.\n\n"
            "Sobral (CE) – A cidade aderiu com a meta de arborizar todas as escolas "
            "municipais até 2027.\n\n"
            "Palmas (TO) – O prefeito Diego Nunes Vieira lembrou que a capital mais jovem do "
            "país já nasceu planejada e agora quer ser também a mais arborizada."
        ),
        after=(
            "Com as novas adesões, a Rede passa a reunir 58 municípios. O próximo encontro "
            "será em Belém (PA), em 2025."
        ),
        expected=("Maringá/BR; Joinville/BR; Juiz de Fora/BR; Caruaru/BR; Sobral/BR; Palmas/BR"),
    ),
    Page(
        name="it-r53b-regioni-comuni-sigle",
        language="it",
        kinds="one_a_line;region_heading;state_codes;body_not_city;not_signatory",
        title="I Comuni aderenti alla Rete Città Senza Barriere",
        date=(2025, 1, 30),
        before=(
            "La Rete Città Senza Barriere riunisce i Comuni che si impegnano a rendere "
            "accessibili gli spazi pubblici, i trasporti e gli uffici comunali. "
            "Coordinamento nazionale: Comune di Torino.\n\n"
            "Elenco degli enti aderenti, per regione:"
        ),
        listing=(
            "Lombardia\n"
            "Comune di Bergamo (BG)\nComune di Lecco (LC)\nComune di Cremona (CR)\n\n"
            "Piemonte\n"
            "Comune di Alba (CN)\nComune di Novara (NO)\n\n"
            "Veneto\n"
            "Comune di Padova (PD)\nComune di Treviso (TV)\n\n"
            "Emilia-Romagna\n"
            "Comune di Reggio nell'Emilia (RE)\nComune di Ravenna (RA)\n"
            "Unione della Romagna Faentina (RA)\nComune di Forlì (FC)\n\n"
            "Toscana\n"
            "Comune di Prato (PO)\nComune di Lucca (LU)\nComune di Siena (SI)\n\n"
            "Puglia\n"
            "Comune di Lecce (LE)\nComune di Bari (BA)\n\n"
            "Sicilia\n"
            "Comune di Ragusa (RG)\nComune di Trapani (TP)\n\n"
            "Sardegna\n"
            "Comune di Sassari (SS)"
        ),
        after=(
            "Per aderire alla Rete è necessaria una delibera di Giunta. La segreteria ha sede "
            "presso il Comune di Torino, piazza Palazzo di Città 1."
        ),
        expected=(
            "Bergamo/IT; Lecco/IT; Cremona/IT; Alba/IT; Novara/IT; Padova|Padua/IT; Treviso/IT; "
            "Reggio nell'Emilia|Reggio Emilia/IT; Ravenna/IT; "
            "Unione della Romagna Faentina/IT/union of municipalities; Forlì/IT; Prato/IT; "
            "Lucca/IT; Siena/IT; Lecce/IT; Bari/IT; Ragusa/IT; Trapani/IT; Sassari/IT"
        ),
    ),
    Page(
        name="de-r53b-at-gemeinden-table",
        language="de",
        kinds="table_tabs;columns_after;region_after;no_country",
        title="Neue Mitglieder im Bündnis Bodenschutz-Gemeinden",
        date=(2024, 9, 12),
        before=(
            "Das Bündnis Bodenschutz-Gemeinden wächst: Im Jahr 2024 haben sich weitere Städte "
            "und Gemeinden verpflichtet, neue Bauflächen nur noch auszuweisen, wenn an anderer "
            "Stelle gleich viel Fläche entsiegelt wird.\n\n"
            "Die Mitgliedsgemeinden im Überblick:"
        ),
        listing=(
            "Gemeinde\tBundesland\tEinwohner\tBeitritt\n"
            "Statutarstadt Graz\tSteiermark\t298.000\t2021\n"
            "Stadtgemeinde Leoben\tSteiermark\t24.600\t2022\n"
            "Stadt Villach\tKärnten\t65.000\t2021\n"
            "Stadt Salzburg\tSalzburg\t156.000\t2022\n"
            "Stadt Innsbruck\tTirol\t131.000\t2023\n"
            "Stadtgemeinde Lienz\tTirol\t11.800\t2024\n"
            "Stadt Dornbirn\tVorarlberg\t51.000\t2022\n"
            "Marktgemeinde Wolfurt\tVorarlberg\t8.900\t2024\n"
            "Stadt Wels\tOberösterreich\t63.000\t2023\n"
            "Stadt Steyr\tOberösterreich\t38.000\t2024\n"
            "Statutarstadt Krems an der Donau\tNiederösterreich\t25.000\t2023\n"
            "Stadtgemeinde Baden\tNiederösterreich\t26.000\t2024\n"
            "Marktgemeinde Perchtoldsdorf\tNiederösterreich\t15.200\t2024\n"
            "Freistadt Eisenstadt\tBurgenland\t15.700\t2023"
        ),
        after=(
            "Die Geschäftsstelle des Bündnisses ist beim Österreichischen Gemeindebund in "
            "Wien angesiedelt. Anfragen zur Mitgliedschaft richten Sie bitte an die "
            "Geschäftsstelle."
        ),
        expected=(
            "Graz/AT; Leoben/AT; Villach/AT; Salzburg/AT; Innsbruck/AT; Lienz/AT; Dornbirn/AT; "
            "Wolfurt/AT; Wels/AT; Steyr/AT; Krems an der Donau/AT; Baden/AT; "
            "Perchtoldsdorf/AT; Eisenstadt/AT"
        ),
    ),
    Page(
        name="nl-r53b-be-provincie-headings",
        language="nl",
        kinds="one_a_line;region_heading;region_like_country;body_not_city;no_country",
        title="Deze steden en gemeenten ondertekenden het Vlaams Fietsstratenpact",
        date=(2025, 5, 15),
        before=(
            "Met het Vlaams Fietsstratenpact engageren lokale besturen zich om tegen 2030 "
            "minstens tien procent van hun straten in te richten als fietsstraat of "
            "schoolstraat. Het pact werd op 14 mei voorgesteld in Antwerpen.\n\n"
            "Ondertekenaars per provincie:"
        ),
        listing=(
            "Antwerpen (5)\n"
            "Stad Mechelen\nStad Turnhout\nStad Herentals\nGemeente Mol\nGemeente Zoersel\n\n"
            "Limburg (4)\n"
            "Stad Hasselt\nStad Genk\nStad Sint-Truiden\nStad Lommel\n\n"
            "Oost-Vlaanderen (5)\n"
            "Stad Gent\nStad Aalst\nStad Sint-Niklaas\nStad Lokeren\nStad Eeklo\n\n"
            "West-Vlaanderen (5)\n"
            "Stad Brugge\nStad Kortrijk\nStad Roeselare\nStad Ieper\nStad Oostende\n\n"
            "Vlaams-Brabant (4)\n"
            "Stad Leuven\nStad Tienen\nStad Vilvoorde\nStad Halle\n\n"
            "Brussel (1)\n"
            "Brussels Hoofdstedelijk Gewest"
        ),
        after=(
            "Het pact blijft open voor andere besturen. Meer informatie bij het "
            "Fietsstratenpunt, Koning Albert II-laan 20, Brussel."
        ),
        expected=(
            "Mechelen/BE; Turnhout/BE; Herentals/BE; Mol/BE; Zoersel/BE; Hasselt/BE; Genk/BE; "
            "Sint-Truiden/BE; Lommel/BE; Gent|Ghent/BE; Aalst/BE; Sint-Niklaas/BE; Lokeren/BE; "
            "Eeklo/BE; Brugge|Bruges/BE; Kortrijk/BE; Roeselare/BE; Ieper/BE; Oostende|Ostend/BE; "
            "Leuven/BE; Tienen/BE; Vilvoorde/BE; Halle/BE; "
            "Brussels Hoofdstedelijk Gewest|Brussels-Capital Region/BE/region"
        ),
    ),
    Page(
        name="da-r53b-borgmester-i-kommune",
        language="da",
        kinds="one_a_line;person_before;person_named_like_place;inflected",
        title="Borgmestre skriver under på fælles erklæring om rent drikkevand",
        date=(2025, 2, 27),
        before=(
            "Otte borgmestre har underskrevet en fælles erklæring om at beskytte "
            "grundvandet mod sprøjtemidler og PFAS. Kommunerne vil bl.a. opkøbe jord omkring "
            "boringerne og samarbejde om overvågning.\n\n"
            '"Vi kan ikke vente på, at forureningen når vandhanerne," siger formand for '
            "Netværket Rent Grundvand, Mette Viborg.\n\n"
            "Erklæringen er underskrevet af:"
        ),
        listing=(
            "Jens Kragh Madsen, borgmester i Vejle Kommune\n"
            "Anne-Marie Holt, borgmester i Horsens Kommune\n"
            "Søren Bækgaard, borgmester i Silkeborg Kommune\n"
            "Louise Fjord Hansen, borgmester i Holstebro Kommune\n"
            "Niels Brandt, borgmester i Svendborg Kommune\n"
            "Camilla Rask, borgmester i Hillerød Kommune\n"
            "Peter Lund Sørensen, borgmester i Frederikshavn Kommune\n"
            "Helle Juul, borgmester i Aabenraa Kommune"
        ),
        after=(
            "Erklæringen sendes til miljøministeren. Flere kommuner forventes at tilslutte "
            "sig inden sommerferien."
        ),
        expected=(
            "Vejle/DK; Horsens/DK; Silkeborg/DK; Holstebro/DK; Svendborg/DK; Hillerød/DK; "
            "Frederikshavn/DK; Aabenraa/DK"
        ),
    ),
    Page(
        name="et-r53b-linnapea-signature-blocks",
        language="et",
        kinds="one_a_line;inflected;person_before;not_signatory",
        title="Eesti omavalitsused allkirjastasid Haapsalus rannikukaitse kokkuleppe",
        date=(2024, 8, 23),
        before=(
            "Rannikuomavalitsuste võrgustiku suvekohtumisel Haapsalus allkirjastasid "
            "omavalitsuste juhid kokkuleppe, millega nad lubavad arvestada "
            "üleujutusriskiga kõigis uutes planeeringutes ja jagada andmeid "
            "rannikuerosiooni kohta.\n\n"
            "Kokkuleppe allkirjastasid:"
        ),
        listing=(
            "Kadri Lepik\nTallinna abilinnapea\n\n"
            "Margus Tamm\nPärnu linnapea\n\n"
            "Liis Saar\nViljandi linnapea\n\n"
            "Andrus Kivi\nNarva linnapea\n\n"
            "Triin Mänd\nJõhvi vallavanem\n\n"
            "Rein Oja\nRakvere linnapea"
        ),
        after=("Kohtumist võõrustas Haapsalu linn. Järgmine kohtumine toimub 2025. aasta suvel."),
        expected=("Tallinn/EE; Pärnu/EE; Viljandi/EE; Narva/EE; Jõhvi/EE; Rakvere/EE"),
    ),
    Page(
        name="lv-r53b-pasvaldibas-bullets",
        language="lv",
        kinds="bulleted;inflected;body_not_city;not_signatory",
        title="Pašvaldības pievienojas Zaļo skolu pagalmu iniciatīvai",
        date=(2025, 4, 9),
        before=(
            "Rīgā notikušajā forumā vienpadsmit pašvaldības un viens plānošanas reģions "
            "parakstīja memorandu par skolu pagalmu pārveidi, lai tajos būtu vairāk koku, "
            "ēnas un vietas rotaļām.\n\n"
            "Memorandu parakstīja:"
        ),
        listing=(
            "• Liepājas valstspilsētas pašvaldība\n"
            "• Ventspils valstspilsētas pašvaldība\n"
            "• Jūrmalas valstspilsētas pašvaldība\n"
            "• Daugavpils valstspilsētas pašvaldība\n"
            "• Rēzeknes valstspilsētas pašvaldība\n"
            "• Valmieras novada pašvaldība\n"
            "• Siguldas novada pašvaldība\n"
            "• Kuldīgas novada pašvaldība\n"
            "• Talsu novada pašvaldība\n"
            "• Ogres novada pašvaldība\n"
            "• Smiltenes novada pašvaldība\n"
            "• Vidzemes plānošanas reģions"
        ),
        after=(
            "Foruma rīkotāji aicina pievienoties arī citas pašvaldības. Nākamais forums "
            "notiks Cēsīs."
        ),
        expected=(
            "Liepāja/LV; Ventspils/LV; Jūrmala/LV; Daugavpils/LV; Rēzekne/LV; Valmiera/LV; "
            "Sigulda/LV; Kuldīga/LV; Talsi/LV; Ogre/LV; Smiltene/LV; "
            "Vidzemes plānošanas reģions|Vidzeme Planning Region/LV/region"
        ),
    ),
    Page(
        name="sl-r53b-obcina-zupan-bilingual",
        language="sl",
        kinds="one_a_line;person_after;named_twice;not_signatory",
        title="Občine podpisale zavezo za trajnostno mobilnost",
        date=(2024, 9, 20),
        before=(
            "Ob evropskem tednu mobilnosti so župani in županje v Ljubljani podpisali zavezo, "
            "da bodo do leta 2030 podvojili delež potovanj z javnim prevozom, s kolesom in "
            "peš. Gostiteljica srečanja je bila Mestna občina Ljubljana.\n\n"
            "Podpisniki zaveze:"
        ),
        listing=(
            "Mestna občina Celje – župan Tomaž Verdnik\n"
            "Mestna občina Kranj – županja Mojca Zupan\n"
            "Mestna občina Koper / Comune città di Capodistria – župan Aleš Bržan Kocjančič\n"
            "Mestna občina Novo mesto – župan Gregor Klemenčič\n"
            "Mestna občina Murska Sobota – županja Nina Horvat\n"
            "Mestna občina Velenje – župan Rok Štrbenk\n"
            "Mestna občina Nova Gorica – županja Petra Vuk\n"
            "Občina Piran / Comune di Pirano – županja Tjaša Kos\n"
            "Občina Bled – župan Janez Ravnik\n"
            "Občina Kamnik – župan Matej Podbevšek\n"
            "Občina Idrija – županja Urška Mlakar"
        ),
        after="Zaveza ostaja odprta za podpis drugim slovenskim občinam.",
        expected=(
            "Celje/SI; Kranj/SI; Koper/SI; Novo Mesto/SI; Murska Sobota/SI; Velenje/SI; "
            "Nova Gorica/SI; Piran/SI; Bled/SI; Kamnik/SI; Idrija/SI"
        ),
    ),
    Page(
        name="hr-r53b-genitives-running-host",
        language="hr",
        kinds="running_text;inflected;not_signatory;few",
        title="Gradonačelnici u Dubrovniku potpisali povelju o održivom turizmu",
        date=(2025, 5, 28),
        before=(
            "Na konferenciji o održivom turizmu održanoj u Dubrovniku gradovi jadranske "
            "obale dogovorili su zajednička pravila za ograničavanje broja kruzera i "
            "kratkoročnog najma stanova u povijesnim jezgrama."
        ),
        listing=(
            "Povelju su potpisali gradonačelnici Splita, Zadra i Šibenika, dok je "
            "gradonačelnik Dubrovnika kao domaćin najavio da će je grad potpisati nakon "
            "rasprave u Gradskom vijeću."
        ),
        after=(
            "Potpisnici su se obvezali da će svake godine objaviti podatke o broju "
            "posjetitelja i smještajnih jedinica. Sljedeća konferencija održat će se u "
            "Rovinju."
        ),
        expected="Split/HR; Zadar/HR; Šibenik/HR",
    ),
    Page(
        name="sk-r53b-kraj-headings-mesto",
        language="sk",
        kinds="one_a_line;region_heading;body_not_city;no_country",
        title="Zoznam členov Aliancie zdravých miest",
        date=(2024, 12, 3),
        before=(
            "Aliancia zdravých miest združuje mestá a obce, ktoré sa zaviazali zlepšovať "
            "kvalitu ovzdušia a podporovať pohyb obyvateľov. Sekretariát aliancie sídli v "
            "Bratislave.\n\n"
            "Členovia podľa krajov:"
        ),
        listing=(
            "Bratislavský kraj\nMesto Senec\nMesto Pezinok\n\n"
            "Trnavský kraj\nMesto Trnava\nMesto Piešťany\nMesto Skalica\n\n"
            "Žilinský kraj\nŽilinský samosprávny kraj\nMesto Martin\nMesto Ružomberok\n"
            "Mesto Liptovský Mikuláš\n\n"
            "Banskobystrický kraj\nMesto Zvolen\nMesto Brezno\n\n"
            "Prešovský kraj\nMesto Poprad\nMesto Bardejov\n\n"
            "Košický kraj\nMesto Spišská Nová Ves\nMesto Michalovce"
        ),
        after="Mestá a obce sa môžu do aliancie prihlásiť prostredníctvom sekretariátu.",
        expected=(
            "Senec/SK; Pezinok/SK; Trnava/SK; Piešťany/SK; Skalica/SK; "
            "Žilinský samosprávny kraj|Žilina Region/SK/region; Martin/SK; Ružomberok/SK; "
            "Liptovský Mikuláš/SK; Zvolen/SK; Brezno/SK; Poprad/SK; Bardejov/SK; "
            "Spišská Nová Ves/SK; Michalovce/SK"
        ),
    ),
]

"""Batch r58a: 14 pages as European city networks publish them, held out from round 56.

Written without reading the reader or running it. Climate, migration, culture, safety,
digital rights and health networks and national associations of municipalities, in 14
languages of Europe: en (a climate statement's `Name, Mayor of X, Country` lines under a
host city, mayors named like places; a members' directory of 86 cards copied with its
filters, `Read more ›` links and a metropolitan body), fr (`Pour la Ville de X` signature
blocks, an Eurométropole, `Fait à` a host), de (news of new members in running text with
`und`/`sowie`, `Hansestadt`, `Universitätsstadt`, the exonyms `Breslau` and `Brünn`), es (a
safety network's table flattened by tabs with province and community columns), it (a PDF
annex with page headers, hyphenated names and province codes, a Città metropolitana), pt
(news of three new members with cards, `Ler mais` and district lines), nl (a digital rights
statement in running text with `en`, a venue, Belgian `schepen van`), pl (an event's
participating cities, numbered, with `Urząd Miejski w Gliwicach`, genitives, a metropolis and
the exonyms `Lwów`, `Łuck`), da (an event's participants in a table aligned with spaces,
`Malmø`), fi (a health network's news with genitives in running text, a venue `Tampereella`),
el (`Για τον Δήμο` genitive signature blocks and a region), ro (`Primarul Municipiului X`
lines, a county council, Chișinău), hr (`Grad X (… županija)` bullets, a venue `u Beču`).
"""

from tests.corpus.spec import Page

# The directory of page 2: (name on the card, country on the card, expected).
_DIRECTORY = [
    ("Amsterdam", "Netherlands", "Amsterdam/NL"),
    ("Antwerp", "Belgium", "Antwerp|Antwerpen/BE"),
    ("Athens", "Greece", "Athens|Athína/GR"),
    ("Aarhus", "Denmark", "Aarhus/DK"),
    ("Barcelona", "Spain", "Barcelona/ES"),
    ("Bergen", "Norway", "Bergen/NO"),
    ("Bilbao", "Spain", "Bilbao/ES"),
    ("Bologna", "Italy", "Bologna/IT"),
    ("Bonn", "Germany", "Bonn/DE"),
    ("Bordeaux", "France", "Bordeaux/FR"),
    ("Braga", "Portugal", "Braga/PT"),
    ("Bristol", "United Kingdom", "Bristol/GB"),
    ("Brno", "Czechia", "Brno/CZ"),
    ("Cardiff", "United Kingdom", "Cardiff/GB"),
    ("Charleroi", "Belgium", "Charleroi/BE"),
    ("Cluj-Napoca", "Romania", "Cluj-Napoca/RO"),
    ("Copenhagen", "Denmark", "Copenhagen|København/DK"),
    ("Cork", "Ireland", "Cork/IE"),
    ("Dortmund", "Germany", "Dortmund/DE"),
    ("Dublin", "Ireland", "Dublin/IE"),
    ("Eindhoven", "Netherlands", "Eindhoven/NL"),
    ("Espoo", "Finland", "Espoo/FI"),
    ("Florence", "Italy", "Florence|Firenze/IT"),
    ("Freiburg im Breisgau", "Germany", "Freiburg im Breisgau|Freiburg/DE"),
    ("Galway", "Ireland", "Galway/IE"),
    ("Gdańsk", "Poland", "Gdańsk/PL"),
    ("Genoa", "Italy", "Genoa|Genova/IT"),
    ("Ghent", "Belgium", "Ghent|Gent/BE"),
    ("Glasgow", "United Kingdom", "Glasgow/GB"),
    ("Gothenburg", "Sweden", "Gothenburg|Göteborg/SE"),
    ("Graz", "Austria", "Graz/AT"),
    (
        "Greater Manchester Combined Authority",
        "United Kingdom",
        "Greater Manchester Combined Authority|Greater Manchester/GB/metropolitan area",
    ),
    ("Grenoble", "France", "Grenoble/FR"),
    ("Hanover", "Germany", "Hanover|Hannover/DE"),
    ("Helsinki", "Finland", "Helsinki/FI"),
    ("Iași", "Romania", "Iași|Iasi/RO"),
    ("Innsbruck", "Austria", "Innsbruck/AT"),
    ("Kraków", "Poland", "Kraków|Krakow/PL"),
    ("Leeds", "United Kingdom", "Leeds/GB"),
    ("Leipzig", "Germany", "Leipzig/DE"),
    ("Leuven", "Belgium", "Leuven/BE"),
    ("Liège", "Belgium", "Liège/BE"),
    ("Lille", "France", "Lille/FR"),
    ("Linz", "Austria", "Linz/AT"),
    ("Lisbon", "Portugal", "Lisbon|Lisboa/PT"),
    ("Ljubljana", "Slovenia", "Ljubljana/SI"),
    ("Lublin", "Poland", "Lublin/PL"),
    ("Lyon", "France", "Lyon/FR"),
    ("Madrid", "Spain", "Madrid/ES"),
    ("Malmö", "Sweden", "Malmö/SE"),
    ("Maribor", "Slovenia", "Maribor/SI"),
    ("Mechelen", "Belgium", "Mechelen/BE"),
    ("Milan", "Italy", "Milan|Milano/IT"),
    ("Munich", "Germany", "Munich|München/DE"),
    ("Nantes", "France", "Nantes/FR"),
    ("Nuremberg", "Germany", "Nuremberg|Nürnberg/DE"),
    ("Odense", "Denmark", "Odense/DK"),
    ("Oslo", "Norway", "Oslo/NO"),
    ("Ostrava", "Czechia", "Ostrava/CZ"),
    ("Oulu", "Finland", "Oulu/FI"),
    ("Plzeň", "Czechia", "Plzeň|Pilsen/CZ"),
    ("Porto", "Portugal", "Porto/PT"),
    ("Prague", "Czechia", "Prague|Praha/CZ"),
    ("Rotterdam", "Netherlands", "Rotterdam/NL"),
    ("Salzburg", "Austria", "Salzburg/AT"),
    ("Seville", "Spain", "Seville|Sevilla/ES"),
    ("Stavanger", "Norway", "Stavanger/NO"),
    ("Stockholm", "Sweden", "Stockholm/SE"),
    ("Strasbourg", "France", "Strasbourg/FR"),
    ("Tallinn", "Estonia", "Tallinn/EE"),
    ("Tampere", "Finland", "Tampere/FI"),
    ("Tartu", "Estonia", "Tartu/EE"),
    ("The Hague", "Netherlands", "The Hague|Den Haag/NL"),
    ("Thessaloniki", "Greece", "Thessaloniki/GR"),
    ("Timișoara", "Romania", "Timișoara|Timisoara/RO"),
    ("Trondheim", "Norway", "Trondheim/NO"),
    ("Turin", "Italy", "Turin|Torino/IT"),
    ("Turku", "Finland", "Turku/FI"),
    ("Umeå", "Sweden", "Umeå/SE"),
    ("Uppsala", "Sweden", "Uppsala/SE"),
    ("Utrecht", "Netherlands", "Utrecht/NL"),
    ("Valencia", "Spain", "Valencia/ES"),
    ("Vienna", "Austria", "Vienna|Wien/AT"),
    ("Warsaw", "Poland", "Warsaw|Warszawa/PL"),
    ("Wrocław", "Poland", "Wrocław|Wroclaw/PL"),
    ("Zaragoza", "Spain", "Zaragoza/ES"),
]
_DIRECTORY.sort(key=lambda row: row[0])


PAGES: list[Page] = [
    Page(
        name="en-r58a-coastal-climate-mayor-lines",
        language="en",
        kinds="one_a_line;person_before;person_named_like_place;not_signatory;country_in_language",
        title="Port Cities' Statement on Coastal Adaptation",
        date=(2025, 10, 14),
        before=(
            "Meeting in Rotterdam on 13 October at the invitation of the city's port authority, "
            "the mayors of the Harbour Cities Climate Compact agreed the following statement "
            "ahead of the UN climate conference.\n\n"
            "Our cities sit where rivers meet the sea. Storm surges, higher tides and heavier "
            "rain already reach our quays, our housing and our water supply. We commit to:\n\n"
            "1. publish a coastal adaptation plan with measurable targets by 2027;\n"
            "2. protect the most exposed neighbourhoods first, with their residents;\n"
            "3. share data on flooding, heat and sea levels openly with one another;\n"
            "4. ask national governments and the European Union for direct access to "
            "adaptation funding for cities.\n\n"
            "We thank our host for the meeting and the port of Rotterdam for the site visit.\n\n"
            "Signed by:"
        ),
        listing=(
            "Florence Hartigan, Lord Mayor of Cork, Ireland\n"
            "Callum Beattie, Lord Provost of Aberdeen, United Kingdom\n"
            "Agnieszka Wolańska, Mayor of Gdynia, Poland\n"
            "Sigrid Molde, Mayor of Bergen, Norway\n"
            "Mette Lykkegaard, Mayor of Aarhus, Denmark\n"
            "Iñigo Arrizabalaga, Mayor of Bilbao, Spain\n"
            "Chiara Venturini, Deputy Mayor for the Environment, on behalf of the Mayor of "
            "Genoa, Italy\n"
            "Eleni Kastoriadou, Mayor of Thessaloniki, Greece\n"
            "Rūta Jankauskienė, Mayor of Klaipėda, Lithuania\n"
            "Tiago Sarmento, Mayor of Porto, Portugal\n"
            "Victoria Lemaire, Mayor of Le Havre, France\n"
            "Jussi Raahe, Mayor of Turku, Finland"
        ),
        after=(
            "The statement remains open to further port cities. Contact the Compact's "
            "secretariat, Wijnhaven 12, Rotterdam, to add your city's signature."
        ),
        expected=(
            "Cork/IE; Aberdeen/GB; Gdynia/PL; Bergen/NO; Aarhus/DK; Bilbao/ES; "
            "Genoa|Genova/IT; Thessaloniki/GR; Klaipėda/LT; Porto/PT; Le Havre/FR; Turku/FI"
        ),
        note="Rotterdam hosts and holds the secretariat; mayors named Florence, Molde, Raahe.",
    ),
    Page(
        name="en-r58a-members-directory-cards-read-more",
        language="en",
        kinds="one_a_line;country_in_language;body_not_city;teasers",
        title="Our member cities",
        date=(2025, 6, 2),
        before=(
            "Civic Cities Europe brings together cities of every size that work for open, "
            "inclusive and sustainable local government. Use the filters to find members by "
            "country or by the working groups they take part in.\n\n"
            "Filter by country: All | Austria | Belgium | Czechia | Denmark | Estonia | Finland "
            "| France | Germany | Greece | Ireland | Italy | Netherlands | Norway | Poland | "
            "Portugal | Romania | Slovenia | Spain | Sweden | United Kingdom\n"
            "Filter by working group: All | Climate | Culture | Mobility | Social inclusion | "
            "Digital\n"
            "Sort: A–Z ▾\n"
            "Showing 86 members"
        ),
        listing="\n\n".join(f"{name}\n{country}\nRead more ›" for name, country, _ in _DIRECTORY),
        after=(
            "Is your city interested in joining? Read about membership ›\n\n"
            "Latest from our members\n"
            "Naples opens its first climate shelter network — 3 days ago\n"
            "Vilnius and Riga share lessons on participatory budgeting — 1 week ago\n\n"
            "Civic Cities Europe, Square de Meeûs 1, 1000 Brussels, Belgium"
        ),
        expected="; ".join(want for _, _, want in _DIRECTORY),
        note="86 cards; the teasers name Naples, Vilnius and Riga; Brussels is the address.",
    ),
    Page(
        name="fr-r58a-accueil-migrants-signature-blocks",
        language="fr",
        kinds="one_a_line;person_after;person_named_like_place;not_signatory;body_not_city",
        title="Déclaration des villes accueillantes pour une politique d'hospitalité",
        date=(2025, 3, 21),
        before=(
            "Réunies à Marseille à l'occasion des Rencontres des villes accueillantes, les "
            "collectivités signataires affirment que l'accueil digne des personnes exilées "
            "est d'abord une réalité locale.\n\n"
            "Elles s'engagent à garantir l'accès à l'hébergement, à la domiciliation et aux "
            "soins, à soutenir les associations de terrain, et demandent à l'État un "
            "financement pérenne des dispositifs d'accueil portés par les communes.\n\n"
            "Fait à Marseille, le 21 mars 2025.\n\n"
            "Les signataires :"
        ),
        listing=(
            "Pour la Ville de Lyon\nClaire Dufresne\nAdjointe au Maire, déléguée aux "
            "solidarités\n\n"
            "Pour la Ville de Grenoble\nHenri Vienne\nMaire\n\n"
            "Pour la Ville de Villeurbanne\nSamia Belkacem\nMaire\n\n"
            "Pour l'Eurométropole de Strasbourg\nPaul Oberlin\nPrésident\n\n"
            "Pour la Ville de Nantes\nLaurence Nancy\nPremière adjointe\n\n"
            "Pour la Ville de Saint-Denis\nKarim Haddad\nMaire\n\n"
            "Pour la Ville de Montreuil\nÉlise Carpentier\nMaire\n\n"
            "Pour la Ville de Liège (Belgique)\nMarc Delvaux\nBourgmestre\n\n"
            "Pour la Ville de Lausanne (Suisse)\nNathalie Perrenoud\nSyndique"
        ),
        after=(
            "La déclaration reste ouverte à la signature de toute collectivité. Contact : "
            "réseau Villes Hospitalières, 8 rue Colbert, Marseille."
        ),
        expected=(
            "Lyon/FR; Grenoble/FR; Villeurbanne/FR; "
            "Eurométropole de Strasbourg|Strasbourg Eurometropolis/FR/metropolitan area; "
            "Nantes/FR; Saint-Denis/FR; Montreuil/FR; Liège/BE; Lausanne/CH"
        ),
        note="Marseille hosts and is the network's address; signers named Vienne and Nancy.",
    ),
    Page(
        name="de-r58a-kulturstaedte-neue-mitglieder",
        language="de",
        kinds="running_text;not_signatory;named_twice;person_named_like_place;inflected",
        title="Sieben neue Mitglieder im Netzwerk Kulturstädte Mitteleuropa",
        date=(2025, 5, 8),
        before=(
            "Die Mitgliederversammlung des Netzwerks Kulturstädte Mitteleuropa hat am "
            "Mittwoch in Weimar sieben Städte neu aufgenommen. Damit wächst das Netzwerk auf "
            "62 Mitglieder in neun Ländern."
        ),
        listing=(
            "Neu dabei sind die Hansestadt Lübeck, die Universitätsstadt Tübingen, die "
            "Landeshauptstadt Potsdam und die Europastadt Görlitz gemeinsam mit ihrer "
            "polnischen Nachbarstadt Zgorzelec sowie aus Polen Breslau (Wrocław) und aus "
            "Tschechien Brünn."
        ),
        after=(
            "„Kultur hält Städte zusammen, gerade über Grenzen hinweg“, sagte die "
            "Vorsitzende des Netzwerks, Kulturdezernentin Anna Lindau aus Regensburg, bei "
            "der Versammlung im Weimarer Stadtschloss. Die Stadt Weimar dankte sie für die "
            "Gastfreundschaft.\n\n"
            "Die nächste Versammlung findet im Herbst 2026 in Pécs statt."
        ),
        expected=(
            "Lübeck/DE; Tübingen/DE; Potsdam/DE; Görlitz/DE; Zgorzelec/PL; "
            "Wrocław|Breslau/PL; Brno|Brünn/CZ"
        ),
        note="Weimar hosts, the chair comes from Regensburg, Pécs hosts next; Breslau named twice.",
    ),
    Page(
        name="es-r58a-seguridad-tabla-tabuladores",
        language="es",
        kinds="table_tabs;columns_after;region_after",
        title="Municipios adheridos a la Carta por la Seguridad Urbana Participativa",
        date=(2025, 2, 17),
        before=(
            "La Red de Ciudades por la Convivencia y la Seguridad presenta la relación de "
            "municipios que han suscrito la Carta por la Seguridad Urbana Participativa, "
            "aprobada en la asamblea general de la red.\n\n"
            "Relación de municipios adheridos (actualizada a febrero de 2025):"
        ),
        listing=(
            "Municipio\tProvincia\tComunidad autónoma\tHabitantes\tFecha de adhesión\n"
            "Getafe\tMadrid\tComunidad de Madrid\t185.180\t12/03/2024\n"
            "Fuenlabrada\tMadrid\tComunidad de Madrid\t192.233\t12/03/2024\n"
            "Sabadell\tBarcelona\tCataluña\t216.520\t04/04/2024\n"
            "L'Hospitalet de Llobregat\tBarcelona\tCataluña\t274.455\t04/04/2024\n"
            "Gijón\tAsturias\tPrincipado de Asturias\t268.313\t20/05/2024\n"
            "Logroño\tLa Rioja\tLa Rioja\t151.344\t20/05/2024\n"
            "Vitoria-Gasteiz\tÁlava\tPaís Vasco\t257.423\t11/06/2024\n"
            "Murcia\tMurcia\tRegión de Murcia\t462.979\t11/06/2024\n"
            "Málaga\tMálaga\tAndalucía\t586.384\t09/09/2024\n"
            "Córdoba\tCórdoba\tAndalucía\t322.811\t09/09/2024\n"
            "Valladolid\tValladolid\tCastilla y León\t298.412\t15/10/2024\n"
            "Santander\tCantabria\tCantabria\t172.221\t15/10/2024\n"
            "Badalona\tBarcelona\tCataluña\t223.506\t02/12/2024\n"
            "Alcobendas\tMadrid\tComunidad de Madrid\t118.417\t03/02/2025"
        ),
        after=(
            "Los municipios interesados en adherirse pueden dirigirse a la secretaría técnica "
            "de la red (calle Mayor 71, Zaragoza)."
        ),
        expected=(
            "Getafe/ES; Fuenlabrada/ES; Sabadell/ES; L'Hospitalet de Llobregat/ES; Gijón/ES; "
            "Logroño/ES; Vitoria-Gasteiz/ES; Murcia/ES; Málaga/ES; Córdoba/ES; Valladolid/ES; "
            "Santander/ES; Badalona/ES; Alcobendas/ES"
        ),
        note="Province columns repeat city names (Madrid, Barcelona); Zaragoza is the address.",
    ),
    Page(
        name="it-r58a-citta-sane-allegato-pdf",
        language="it",
        kinds="one_a_line;broken_lines;state_codes;body_not_city;not_signatory",
        title="Allegato A – Elenco dei Comuni aderenti al Patto per la Salute Urbana",
        date=(2025, 4, 7),
        before=(
            "Il Patto per la Salute Urbana, promosso dalla Rete Città in Salute con il "
            "coordinamento del Comune di Modena, impegna gli enti aderenti a integrare la "
            "salute in tutte le politiche comunali: mobilità attiva, verde urbano, "
            "alimentazione sana e contrasto alle disuguaglianze.\n\n"
            "Di seguito si riporta l'Allegato A, approvato dall'assemblea della Rete."
        ),
        listing=(
            "Comune di Torino (TO)\n"
            "Comune di Alessan-\ndria (AL)\n"
            "Comune di Brescia (BS)\n"
            "Comune di Bergamo (BG)\n"
            "Comune di Padova (PD)\n"
            "Comune di Castelfran-\nco Veneto (TV)\n"
            "Comune di Trento (TN)\n"
            "Comune di Udine (UD)\n"
            "Città metropolitana di Bo-\nlogna\n"
            "Comune di Reggio nel-\nl'Emilia (RE)\n"
            "Comune di Parma (PR)\n"
            "Comune di Piacenza (PC)\n"
            "Rete Città in Salute – Allegato A                              pag. 1 di 2\n"
            "Comune di Ravenna (RA)\n"
            "Comune di Firenze (FI)\n"
            "Comune di Prato (PO)\n"
            "Comune di Perugia (PG)\n"
            "Comune di Ancona (AN)\n"
            "Comune di Pescara (PE)\n"
            "Comune di Bari (BA)\n"
            "Comune di Lecce (LE)\n"
            "Comune di Cosenza (CS)\n"
            "Comune di Palermo (PA)\n"
            "Comune di Cagliari (CA)\n"
            "Rete Città in Salute – Allegato A                              pag. 2 di 2"
        ),
        after=(
            "Il presente allegato è aggiornato a cura della segreteria della Rete, "
            "c/o Comune di Modena, Piazza Grande 16, Modena."
        ),
        expected=(
            "Turin|Torino/IT; Alessandria/IT; Brescia/IT; Bergamo/IT; Padova|Padua/IT; "
            "Castelfranco Veneto/IT; Trento/IT; Udine/IT; "
            "Città metropolitana di Bologna|Metropolitan City of Bologna/IT/metropolitan area; "
            "Reggio nell'Emilia|Reggio Emilia/IT; Parma/IT; Piacenza/IT; Ravenna/IT; "
            "Florence|Firenze/IT; Prato/IT; Perugia/IT; Ancona/IT; Pescara/IT; Bari/IT; "
            "Lecce/IT; Cosenza/IT; Palermo/IT; Cagliari/IT"
        ),
        note="Modena coordinates and is the address; PA, CS, PE are province codes.",
    ),
    Page(
        name="pt-r58a-novos-associados-cartoes",
        language="pt",
        kinds="one_a_line;region_after;few",
        title="Três novos municípios aderem à Rede de Cidades Inclusivas",
        date=(2025, 9, 23),
        before=(
            "A Rede Portuguesa de Cidades Inclusivas deu as boas-vindas a três novos "
            "municípios associados, aprovados por unanimidade na reunião do conselho diretivo "
            "realizada em Coimbra. A rede passa a contar com 47 municípios de todo o país.\n\n"
            "Conheça os novos associados:"
        ),
        listing=(
            "Município de Viana do Castelo\nDistrito de Viana do Castelo · Norte\nLer mais\n\n"
            "Município de Almada\nDistrito de Setúbal · Área Metropolitana de Lisboa\n"
            "Ler mais\n\n"
            "Município de Évora\nDistrito de Évora · Alentejo\nLer mais"
        ),
        after=(
            "Notícias relacionadas\n"
            "Loulé acolhe encontro nacional sobre acessibilidade\n"
            "Guimarães apresenta plano municipal para a igualdade\n\n"
            "Rede Portuguesa de Cidades Inclusivas · Rua da Sofia 95, Coimbra"
        ),
        expected="Viana do Castelo/PT; Almada/PT; Évora/PT",
        note="Setúbal and Lisboa are Almada's district and metropolitan area; Coimbra hosts.",
    ),
    Page(
        name="nl-r58a-digitale-rechten-lopende-tekst",
        language="nl",
        kinds="running_text;person_before;not_signatory;country_in_language",
        title="Steden ondertekenen verklaring over digitale rechten van inwoners",
        date=(2025, 1, 28),
        before=(
            "Op de Dag van de Privacy hebben negen steden in Den Haag een gezamenlijke "
            "verklaring ondertekend over de digitale rechten van hun inwoners. De steden "
            "beloven algoritmes die zij gebruiken openbaar te registreren, data van inwoners "
            "niet te verkopen en digitale diensten altijd ook met een loket aan te bieden."
        ),
        listing=(
            "De verklaring werd ondertekend door de burgemeesters van Amsterdam, Utrecht, "
            "Eindhoven, Groningen, Nijmegen en 's-Hertogenbosch, door de wethouder digitale "
            "zaken van Zwolle, en door de schepenen voor digitalisering van Gent en Leuven "
            "(België)."
        ),
        after=(
            "\u201eInwoners moeten erop kunnen vertrouwen dat hun stad zorgvuldig met hun "
            "gegevens omgaat\u201d, zei wethouder Pieter Venlo uit Eindhoven. De bijeenkomst "
            "vond plaats in de Nieuwe Kerk in Den Haag; de gemeente Den Haag was gastheer "
            "maar ondertekende de verklaring nog niet.\n\n"
            "Lees ook: Rotterdam start register voor algoritmes"
        ),
        expected=(
            "Amsterdam/NL; Utrecht/NL; Eindhoven/NL; Groningen/NL; Nijmegen/NL; "
            "'s-Hertogenbosch|Den Bosch/NL; Zwolle/NL; Gent|Ghent/BE; Leuven/BE"
        ),
        note="The Hague hosts and did not sign; a wethouder named Venlo; Rotterdam in a teaser.",
    ),
    Page(
        name="pl-r58a-forum-miast-uczestnicy",
        language="pl",
        kinds="numbered;inflected;body_not_city;not_signatory;majority_other_country",
        title="Lista miast uczestniczących w Forum Bezpiecznych Miast 2025",
        date=(2025, 11, 5),
        before=(
            "W dniach 3–4 listopada w Katowicach odbyło się Forum Bezpiecznych Miast, "
            "zorganizowane przez Związek Miast na rzecz Bezpieczeństwa Lokalnego. Gospodarzem "
            "wydarzenia było Miasto Katowice. W forum wzięły udział delegacje następujących "
            "samorządów:"
        ),
        listing=(
            "1. Miasto Stołeczne Warszawa\n"
            "2. Gmina Miejska Kraków\n"
            "3. Urząd Miasta Łodzi\n"
            "4. Urząd Miejski we Wrocławiu\n"
            "5. Miasto Poznań\n"
            "6. Gmina Miasta Gdańska\n"
            "7. Urząd Miejski w Gliwicach\n"
            "8. Urząd Miasta Lublin\n"
            "9. Gmina Miasta Toruń\n"
            "10. Urząd Miasta Rzeszowa\n"
            "11. Urząd Miejski w Bielsku-Białej\n"
            "12. Gmina Miejska Przemyśl\n"
            "13. Górnośląsko-Zagłębiowska Metropolia\n"
            "14. Miasto Lwów (Ukraina)\n"
            "15. Miasto Łuck (Ukraina)"
        ),
        after=(
            "Podsumowanie forum wraz z rekomendacjami zostanie opublikowane w grudniu. "
            "Kolejne forum odbędzie się w Szczecinie."
        ),
        expected=(
            "Warsaw|Warszawa/PL; Kraków|Krakow/PL; Łódź|Lodz/PL; Wrocław|Wroclaw/PL; "
            "Poznań|Poznan/PL; Gdańsk|Gdansk/PL; Gliwice/PL; Lublin/PL; Toruń|Torun/PL; "
            "Rzeszów|Rzeszow/PL; Bielsko-Biała|Bielsko-Biala/PL; Przemyśl|Przemysl/PL; "
            "Górnośląsko-Zagłębiowska Metropolia|GZM Metropolis/PL/metropolitan area; "
            "Lviv|Lwów/UA; Lutsk|Łuck/UA"
        ),
        note="Katowice hosts, Szczecin hosts next; Lwów and Łuck are Polish for Lviv and Lutsk.",
    ),
    Page(
        name="da-r58a-deltagende-kommuner-mellemrum",
        language="da",
        kinds="table_tabs;columns_after;region_after;not_signatory;majority_other_country",
        title="Deltagende kommuner i Klimatopmødet for kommuner 2025",
        date=(2025, 8, 29),
        before=(
            "Klimatopmødet for kommuner blev i år holdt i Middelfart med deltagelse af "
            "borgmestre, udvalgsformænd og klimamedarbejdere fra hele landet og fra Skåne. "
            "Her er oversigten over de deltagende kommuner:"
        ),
        listing=(
            "Kommune                 Region                 Deltagere\n"
            "Aarhus Kommune          Region Midtjylland     6\n"
            "Odense Kommune          Region Syddanmark      5\n"
            "Aalborg Kommune         Region Nordjylland     4\n"
            "Kolding Kommune         Region Syddanmark      3\n"
            "Horsens Kommune         Region Midtjylland     2\n"
            "Roskilde Kommune        Region Sjælland        3\n"
            "Næstved Kommune         Region Sjælland        2\n"
            "Herning Kommune         Region Midtjylland     2\n"
            "Silkeborg Kommune       Region Midtjylland     3\n"
            "Esbjerg Kommune         Region Syddanmark      4\n"
            "Sønderborg Kommune      Region Syddanmark      2\n"
            "Frederiksberg Kommune   Region Hovedstaden     3\n"
            "Malmø Stad              Skåne (Sverige)        2\n"
            "Helsingborg Stad        Skåne (Sverige)        1"
        ),
        after=("Tak til Middelfart Kommune for værtskabet. Næste års topmøde holdes i Viborg."),
        expected=(
            "Aarhus/DK; Odense/DK; Aalborg/DK; Kolding/DK; Horsens/DK; Roskilde/DK; "
            "Næstved/DK; Herning/DK; Silkeborg/DK; Esbjerg/DK; Sønderborg/DK; "
            "Frederiksberg/DK; Malmö|Malmø/SE; Helsingborg/SE"
        ),
        note="Aligned with spaces; Middelfart hosts, Viborg hosts next; Malmø is Danish for Malmö.",
    ),
    Page(
        name="fi-r58a-terveet-kaupungit-genetiivit",
        language="fi",
        kinds="running_text;inflected;not_signatory;person_named_like_place",
        title="Terveet kaupungit -verkostoon viisi uutta jäsentä",
        date=(2025, 4, 24),
        before=(
            "Terveet kaupungit -verkoston vuosikokous hyväksyi torstaina Tampereella viisi "
            "uutta jäsentä. Verkostoon kuuluu nyt 28 kuntaa ja kaupunkia eri puolilta Suomea."
        ),
        listing=(
            "Uusina jäseninä aloittavat Oulun, Kuopion ja Jyväskylän kaupungit sekä Porvoon "
            "kaupunki ja Kirkkonummen kunta."
        ),
        after=(
            "– Hyvinvoinnin edistäminen on kuntien tärkein tehtävä sote-uudistuksen jälkeen, "
            "sanoi verkoston puheenjohtaja, kehittämispäällikkö Laura Kotka. Vuosikokous "
            "pidettiin Tampereen kaupungintalolla.\n\n"
            "Lue myös: Lahti palkittiin liikkumisohjelmastaan"
        ),
        expected="Oulu/FI; Kuopio/FI; Jyväskylä/FI; Porvoo/FI; Kirkkonummi/FI",
        note="Tampere hosts (Tampereella, Tampereen); a chair named Kotka; Lahti in a teaser.",
    ),
    Page(
        name="el-r58a-asfaleis-poleis-ypografes",
        language="el",
        kinds="one_a_line;inflected;person_after;body_not_city;not_signatory",
        title="Κοινή Διακήρυξη των Δήμων για την Οδική Ασφάλεια",
        date=(2025, 6, 19),
        before=(
            "Οι δήμοι-μέλη του Δικτύου Ασφαλών Πόλεων, συνεδριάζοντας στα Χανιά, "
            "δεσμεύονται να μειώσουν στο μισό τους θανάτους και τους σοβαρούς τραυματισμούς "
            "στους δρόμους τους έως το 2030, με ζώνες 30 χλμ/ώρα γύρω από τα σχολεία, "
            "ασφαλείς διαβάσεις και δημόσια δεδομένα για τα τροχαία.\n\n"
            "Χανιά, 19 Ιουνίου 2025\n\n"
            "Οι υπογράφοντες:"
        ),
        listing=(
            "Για τον Δήμο Αθηναίων\nΟ Δήμαρχος\nΓιώργος Μαυρίδης\n\n"
            "Για τον Δήμο Θεσσαλονίκης\nΗ Αντιδήμαρχος Κυκλοφορίας\nΜαρία Τσακίρη\n\n"
            "Για τον Δήμο Πατρέων\nΟ Δήμαρχος\nΚώστας Αλεξόπουλος\n\n"
            "Για τον Δήμο Ηρακλείου\nΟ Δήμαρχος\nΜανώλης Σπανουδάκης\n\n"
            "Για τον Δήμο Λαρισαίων\nΗ Δήμαρχος\nΕλένη Γκούμα\n\n"
            "Για τον Δήμο Βόλου\nΟ Δήμαρχος\nΑντώνης Καρράς\n\n"
            "Για τον Δήμο Ιωαννιτών\nΟ Δήμαρχος\nΘανάσης Ζήσης\n\n"
            "Για την Περιφέρεια Κεντρικής Μακεδονίας\nΟ Αντιπεριφερειάρχης\nΣτέλιος Λαμπρινός"
        ),
        after=(
            "Η διακήρυξη παραμένει ανοιχτή για υπογραφή από κάθε δήμο της χώρας. Γραμματεία "
            "του Δικτύου: Λεωφόρος Αλεξάνδρας 40, Αθήνα."
        ),
        expected=(
            "Athens|Athína/GR; Thessaloniki/GR; Patras|Pátra/GR; Heraklion|Irákleion/GR; "
            "Larissa|Lárisa/GR; Volos|Vólos/GR; Ioannina/GR; "
            "Central Macedonia|Περιφέρεια Κεντρικής Μακεδονίας/GR/region"
        ),
        note="Chania hosts (στα Χανιά); Athens also is the address but signed.",
    ),
    Page(
        name="ro-r58a-primari-municipii-linii",
        language="ro",
        kinds="one_a_line;person_before;inflected;body_not_city;majority_other_country",
        title="Declarația primarilor pentru orașe verzi și reziliente",
        date=(2025, 7, 10),
        before=(
            "Întruniți la Sibiu, la adunarea generală a Asociației Orașelor Verzi din "
            "România, primarii semnatari se angajează să planteze un milion de arbori până "
            "în 2030, să renoveze energetic clădirile publice și să extindă transportul "
            "public electric.\n\n"
            "Sibiu, 10 iulie 2025\n\n"
            "Semnatari:"
        ),
        listing=(
            "Andrei Mureșan, Primarul Municipiului Cluj-Napoca\n"
            "Ioana Constantinescu, Primarul Municipiului Iași\n"
            "Radu Stoica, Primarul Municipiului Timișoara\n"
            "Mihaela Ardeleanu, Primarul Municipiului Brașov\n"
            "Cristian Dobre, Primarul Municipiului Oradea\n"
            "Elena Vâlcea, Viceprimarul Municipiului Craiova\n"
            "Sorin Marinescu, Primarul Municipiului Constanța\n"
            "Daniela Pop, Primarul Municipiului Alba Iulia\n"
            "Vlad Ionescu, Președintele Consiliului Județean Timiș\n"
            "Dorin Țurcanu, Primarul Municipiului Chișinău (Republica Moldova)"
        ),
        after=(
            "Mulțumim Primăriei Municipiului Sibiu pentru găzduirea adunării generale. "
            "Secretariatul asociației: Str. Avram Iancu 12, Sibiu."
        ),
        expected=(
            "Cluj-Napoca/RO; Iași|Iasi/RO; Timișoara|Timisoara/RO; Brașov|Brasov/RO; "
            "Oradea/RO; Craiova/RO; Constanța|Constanta/RO; Alba Iulia/RO; "
            "Consiliul Județean Timiș|Timiș County/RO/county; Chișinău|Chisinau/MD"
        ),
        note="Sibiu hosts and is the address; a deputy mayor named Vâlcea; Chișinău is in Moldova.",
    ),
    Page(
        name="hr-r58a-gradovi-zupanije-natuknice",
        language="hr",
        kinds="bulleted;region_after;not_signatory;body_not_city",
        title="Gradovi potpisnici Povelje o digitalnim pravima građana",
        date=(2025, 10, 2),
        before=(
            "Udruga gradova za digitalnu uključenost objavljuje popis gradova koji su "
            "potpisali Povelju o digitalnim pravima građana. Povelja je predstavljena na "
            "sastanku europskih mreža gradova u Beču, a prve potpise gradonačelnici su "
            "stavili na skupštini udruge u Varaždinu.\n\n"
            "Potpisnici Povelje:"
        ),
        listing=(
            "• Grad Zagreb\n"
            "• Grad Rijeka (Primorsko-goranska županija)\n"
            "• Grad Split (Splitsko-dalmatinska županija)\n"
            "• Grad Osijek (Osječko-baranjska županija)\n"
            "• Grad Zadar (Zadarska županija)\n"
            "• Grad Pula (Istarska županija)\n"
            "• Grad Karlovac (Karlovačka županija)\n"
            "• Grad Čakovec (Međimurska županija)\n"
            "• Grad Dubrovnik (Dubrovačko-neretvanska županija)\n"
            "• Istarska županija"
        ),
        after=(
            "Grad Varaždin, domaćin skupštine, Povelju će potpisati nakon odluke gradskog "
            "vijeća. Udruga gradova za digitalnu uključenost, Trg kralja Tomislava 1, Varaždin."
        ),
        expected=(
            "Zagreb/HR; Rijeka/HR; Split/HR; Osijek/HR; Zadar/HR; Pula/HR; Karlovac/HR; "
            "Čakovec/HR; Dubrovnik/HR; Istarska županija|Istria County/HR/county"
        ),
        note="Varaždin hosts and has not signed yet; Vienna (u Beču) is the presentation's venue.",
    ),
]

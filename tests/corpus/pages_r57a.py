"""Batch r57a: 14 pages held out from rounds 54 and 55, written without reading the reader or
running it, as a city network's staff would paste them, in 13 languages: an English heat
statement of `Name, Mayor of X` lines with mayors named Florence, Jordan and Victoria and a
host city; an English members directory of 77 places under country headings, cards flattened
to a city line and a membership line, with `Dublin City Council` and a combined authority;
French news of six towns joining in running text with `et` and exonyms (`Anvers`, `Sion`
as `Sion (Valais)`); a German PDF copy of `Für die Stadt X` signature blocks with
hyphenation, page headers, a Landkreis and a mayor named Kassel; a Spanish tab table of
`Ayuntamiento`, `Ajuntament`, `Concello` with a provincial council and a mancomunidad; an
Italian participants list of `Sindaco del Comune di X (CR)` with a union of municipalities
and a venue; Portuguese `Pela Câmara Municipal de X` signature blocks with an
intermunicipal community; Dutch news of municipalities joining with `en` and a Flemish
Hasselt; Polish `Prezydent Miasta Lublina` genitive lines with a powiat; a Czech directory
under kraj headings; a Swedish statement in running text with `Göteborgs Stad`, genitives
and a region; Ukrainian `міський голова Житомира` genitive lines; a Turkish participants
tab table of `Belediyesi` rows; a Japanese declaration of three `富山市長` lines.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r57a-heat-statement-mayor-lines",
        language="en",
        kinds="one_a_line;person_before;person_named_like_place;region_after;not_signatory",
        title=(
            "Mayors' Statement on Extreme Heat: Shade, Water and Cool Rooms for Every Neighbourhood"
        ),
        date=(2026, 7, 14),
        before=(
            "Meeting in Lisbon at the invitation of the city's council, the mayors of the Cool "
            "Streets Alliance agreed the following statement on protecting residents from "
            "extreme heat. The statement was presented by the Alliance chair, Councillor Ruth "
            "Adair, and welcomed by the host, Deputy Mayor Inês Valadares of Lisbon.\n\n"
            "We, the undersigned mayors, commit to:\n"
            "1. Map heat risk street by street and publish the maps by next summer.\n"
            "2. Open public cool rooms in libraries, schools and community centres "
            "during heat alerts.\n"
            "3. Plant or protect shade on every walking route to a school, clinic "
            "or transit stop.\n"
            "4. Keep drinking fountains running from May to September.\n\n"
            "Signed,"
        ),
        listing=(
            "Hannah Okafor, Mayor of Leeds, United Kingdom\n"
            "Florence Adeyemi, Mayor of Kumasi, Ghana\n"
            "Jordan Pike, Mayor of Tucson, Arizona, USA\n"
            "Lord Mayor Peter Lindqvist, Copenhagen, Denmark\n"
            "Victoria Salas, Intendenta of Rosario, Santa Fe, Argentina\n"
            "Paul Whitcombe, Lord Mayor of Adelaide, South Australia\n"
            "Chen Wei-lin, Deputy Mayor, on behalf of the Mayor of Taipei\n"
            "Marta Kowalczyk, Deputy Mayor of Gdańsk, Poland\n"
            "Samuel Mwangi Otieno, Mayor of Kisumu, Kenya\n"
            "Ana Lúcia Ferraz, Mayor of Recife, Brazil\n"
            "Tomás Berrio, Intendente of Montevideo, Uruguay\n"
            "Ingrid Haug, Mayor of Bergen, Norway"
        ),
        after=(
            "The statement remains open for signature by any member city. To add your city, "
            "write to the Alliance secretariat in Brussels.\n\n"
            "Read the full heat action guide (PDF, 2.4 MB)"
        ),
        expected=(
            "Leeds/GB; Kumasi/GH; Tucson/US; Copenhagen/DK; Rosario/AR; Adelaide/AU; "
            "Taipei/TW; Gdańsk/PL; Kisumu/KE; Recife/BR; Montevideo/UY; Bergen/NO"
        ),
    ),
    Page(
        name="en-r57a-members-directory-country-cards",
        language="en",
        kinds="region_heading;one_a_line;columns_after;body_not_city",
        title="Our members",
        date=(2026, 3, 2),
        before=(
            "The Circular Cities Network brings together 77 cities and city regions across "
            "Europe working to keep materials in use. Members are listed by country. Full "
            "members vote at the General Assembly; associate members take part in working "
            "groups.\n\n"
            "Filter by theme: All | Construction | Food | Textiles | Procurement\n"
            "Showing 77 of 77 members"
        ),
        listing=(
            "United Kingdom (10)\n"
            "Bristol\nFull member · Construction, Food\n"
            "Glasgow\nFull member · Textiles\n"
            "Leeds\nAssociate member · Procurement\n"
            "Nottingham\nFull member · Construction\n"
            "Cardiff\nAssociate member · Food\n"
            "Edinburgh\nFull member · Procurement, Textiles\n"
            "Belfast\nAssociate member · Construction\n"
            "Sheffield\nFull member · Food\n"
            "West Midlands Combined Authority\nFull member · Construction, Procurement\n"
            "Newcastle upon Tyne\nAssociate member · Textiles\n"
            "Ireland (4)\n"
            "Dublin City Council\nFull member · Construction\n"
            "Cork\nAssociate member · Food\n"
            "Galway\nAssociate member · Textiles\n"
            "Limerick\nAssociate member · Procurement\n"
            "Germany (7)\n"
            "Freiburg\nFull member · Construction\n"
            "Heidelberg\nFull member · Procurement\n"
            "Münster\nAssociate member · Food\n"
            "Leipzig\nFull member · Textiles\n"
            "Hanover\nFull member · Construction, Food\n"
            "Bremen\nAssociate member · Procurement\n"
            "Nuremberg\nFull member · Textiles\n"
            "France (7)\n"
            "Grenoble\nFull member · Food\n"
            "Nantes\nFull member · Construction\n"
            "Strasbourg\nFull member · Procurement\n"
            "Lyon\nAssociate member · Textiles\n"
            "Bordeaux\nFull member · Food\n"
            "Lille\nAssociate member · Construction\n"
            "Rennes\nFull member · Food, Procurement\n"
            "Spain (6)\n"
            "Barcelona\nFull member · Construction, Textiles\n"
            "Valencia\nFull member · Food\n"
            "Bilbao\nAssociate member · Construction\n"
            "Vitoria-Gasteiz\nFull member · Procurement\n"
            "Zaragoza\nAssociate member · Food\n"
            "Seville\nAssociate member · Textiles\n"
            "Italy (6)\n"
            "Turin\nFull member · Textiles\n"
            "Milan\nFull member · Food\n"
            "Bologna\nFull member · Construction\n"
            "Florence\nAssociate member · Textiles\n"
            "Padua\nAssociate member · Procurement\n"
            "Bergamo\nAssociate member · Construction\n"
            "Netherlands (5)\n"
            "Amsterdam\nFull member · Construction, Textiles\n"
            "Rotterdam\nFull member · Construction\n"
            "Utrecht\nFull member · Procurement\n"
            "Eindhoven\nAssociate member · Construction\n"
            "Groningen\nAssociate member · Food\n"
            "Belgium (4)\n"
            "Ghent\nFull member · Food\n"
            "Leuven\nFull member · Procurement\n"
            "Antwerp\nFull member · Construction\n"
            "Liège\nAssociate member · Textiles\n"
            "Denmark (3)\n"
            "Copenhagen\nFull member · Construction\n"
            "Aarhus\nFull member · Food\n"
            "Odense\nAssociate member · Procurement\n"
            "Sweden (4)\n"
            "Malmö\nFull member · Food\n"
            "Gothenburg\nFull member · Construction\n"
            "Uppsala\nAssociate member · Procurement\n"
            "Umeå\nAssociate member · Textiles\n"
            "Finland (4)\n"
            "Helsinki\nFull member · Construction\n"
            "Turku\nFull member · Food\n"
            "Lahti\nFull member · Procurement\n"
            "Tampere\nAssociate member · Construction\n"
            "Norway (3)\n"
            "Oslo\nFull member · Construction, Procurement\n"
            "Trondheim\nAssociate member · Food\n"
            "Stavanger\nAssociate member · Construction\n"
            "Poland (4)\n"
            "Kraków\nFull member · Food\n"
            "Wrocław\nAssociate member · Construction\n"
            "Gdańsk\nAssociate member · Textiles\n"
            "Poznań\nAssociate member · Procurement\n"
            "Portugal (3)\n"
            "Lisbon\nFull member · Food\n"
            "Porto\nFull member · Construction\n"
            "Braga\nAssociate member · Textiles\n"
            "Austria (3)\n"
            "Vienna\nFull member · Construction, Procurement\n"
            "Graz\nFull member · Food\n"
            "Linz\nAssociate member · Textiles\n"
            "Slovenia (2)\n"
            "Ljubljana\nFull member · Food\n"
            "Maribor\nAssociate member · Construction\n"
            "Greece (2)\n"
            "Athens\nAssociate member · Procurement\n"
            "Thessaloniki\nAssociate member · Food"
        ),
        after=(
            "Is your city missing? Membership is open to any local or regional government in "
            "Europe. Contact the membership team at our office in Brussels.\n\n"
            "Download the member list (CSV)"
        ),
        expected=(
            "Bristol/GB; Glasgow/GB; Leeds/GB; Nottingham/GB; Cardiff/GB; Edinburgh/GB; "
            "Belfast/GB; Sheffield/GB; "
            "West Midlands Combined Authority|West Midlands/GB/metropolitan area; "
            "Newcastle upon Tyne/GB; "
            "Dublin/IE; Cork/IE; Galway/IE; Limerick/IE; "
            "Freiburg/DE; Heidelberg/DE; Münster/DE; Leipzig/DE; Hannover|Hanover/DE; Bremen/DE; "
            "Nuremberg/DE; "
            "Grenoble/FR; Nantes/FR; Strasbourg/FR; Lyon/FR; Bordeaux/FR; Lille/FR; Rennes/FR; "
            "Barcelona/ES; Valencia/ES; Bilbao/ES; Vitoria-Gasteiz/ES; Zaragoza/ES; "
            "Sevilla|Seville/ES; "
            "Turin/IT; Milan/IT; Bologna/IT; Florence/IT; Padua/IT; Bergamo/IT; "
            "Amsterdam/NL; Rotterdam/NL; Utrecht/NL; Eindhoven/NL; Groningen/NL; "
            "Gent|Ghent/BE; Leuven/BE; Antwerp/BE; Liège/BE; "
            "Copenhagen/DK; Aarhus|Århus/DK; Odense/DK; "
            "Malmö/SE; Gothenburg/SE; Uppsala/SE; Umeå/SE; "
            "Helsinki/FI; Turku/FI; Lahti/FI; Tampere/FI; "
            "Oslo/NO; Trondheim/NO; Stavanger/NO; "
            "Kraków/PL; Wrocław/PL; Gdańsk/PL; Poznań/PL; "
            "Lisbon/PT; Porto/PT; Braga/PT; "
            "Vienna/AT; Graz/AT; Linz/AT; "
            "Ljubljana/SI; Maribor/SI; "
            "Athens/GR; Thessaloniki|Thessaloníki/GR"
        ),
    ),
    Page(
        name="fr-r57a-adhesion-running-exonyms",
        language="fr",
        kinds="running_text;country_in_language;not_signatory;person_named_like_place",
        title="Six nouvelles villes rejoignent le réseau Villes en mobilité douce",
        date=(2026, 10, 8),
        before=(
            "Réunie à Dijon les 1er et 2 octobre, l'assemblée générale du réseau Villes en "
            "mobilité douce a validé six nouvelles adhésions, portant le réseau à 58 membres."
        ),
        listing=(
            "Rejoignent désormais le réseau les villes de Besançon, Poitiers et Angers en "
            "France, la ville d'Anvers et la Ville de Namur en Belgique, ainsi que la commune "
            "de Sion (Valais) en Suisse."
        ),
        after=(
            "« Ces villes apportent une expérience précieuse sur le vélo au quotidien et les "
            "rues scolaires », s'est réjouie Claire Moulin, présidente du réseau et adjointe "
            "au maire de Rouen. Le trésorier, Vincent Tours, a présenté le budget 2027.\n\n"
            "La prochaine rencontre du réseau aura lieu à Grenoble au printemps."
        ),
        expected="Besançon/FR; Poitiers/FR; Angers/FR; Antwerp|Anvers/BE; Namur/BE; Sion|Sitten/CH",
    ),
    Page(
        name="de-r57a-pdf-erklaerung-fuer-die-stadt",
        language="de",
        kinds="person_after;broken_lines;person_named_like_place;not_signatory;body_not_city;country_in_language",
        title="Mannheimer Erklärung zur kommunalen Wärmewende",
        date=(2026, 5, 20),
        before=(
            "Die folgende Erklärung wurde am 19. Mai 2026 in Mannheim von den Mitgliedern des "
            "Bündnisses Kommunale Wärmewende unterzeichnet. Wir dokumentieren den Text der "
            "unterzeichneten Fassung (PDF).\n\n"
            "Die unterzeichnenden Kommunen verpflichten sich, bis 2028 eine kommunale Wärme-\n"
            "planung abzuschließen, den Ausbau von Wärmenetzen zu beschleunigen und ihre eige-\n"
            "nen Liegenschaften bis 2035 klimaneutral zu beheizen. Sie fordern Bund und Länder\n"
            "auf, die Förderung verlässlich bis 2035 zu sichern.\n\n"
            "Mannheim, den 19. Mai 2026"
        ),
        listing=(
            "Für die Landeshauptstadt Stuttgart\n"
            "Dr. Jonas Weidner, Oberbürgermeister\n\n"
            "Für die Universitätsstadt Tübingen\n"
            "Sabine Roth, Oberbürgermeisterin\n\n"
            "Für die Stadt Frei-\n"
            "burg im Breisgau\n"
            "Thomas Kassel, Bürgermeister für Umwelt\n\n"
            "Bündnis Kommunale Wärmewende – Mannheimer Erklärung                Seite 2 von 3\n\n"
            "Für die Universitätsstadt Marburg\n"
            "Petra Lindemann, Oberbürgermeisterin\n\n"
            "Für die Hansestadt Lüneburg\n"
            "Frank Oldenburg, Oberbürgermeister\n\n"
            "Für die Stadt Ulm\n"
            "Martina Kessler, Erste Bürgermeisterin\n\n"
            "Für die Stadt Heil-\n"
            "bronn\n"
            "Andreas Brückner, Oberbürgermeister\n\n"
            "Für den Landkreis Ludwigsburg\n"
            "Klaus Eberle, Landrat\n\n"
            "Bündnis Kommunale Wärmewende – Mannheimer Erklärung                Seite 3 von 3\n\n"
            "Für die Stadt Konstanz\n"
            "Jana Wiesinger, Oberbürgermeisterin\n\n"
            "Für die Stadt Graz (Österreich)\n"
            "Elke Pichler, Bürgermeisterin"
        ),
        after=(
            "Die Erklärung wurde von Oberbürgermeisterin Nadine Berger als Gastgeberin der "
            "Stadt Mannheim entgegengenommen und an die Umweltministerkonferenz übergeben.\n\n"
            "Mannheimer Erklärung als PDF herunterladen (412 KB)"
        ),
        expected=(
            "Stuttgart/DE; Tübingen/DE; Freiburg|Freiburg im Breisgau/DE; "
            "Marburg|Marburg an der Lahn/DE; Lüneburg/DE; Ulm/DE; Heilbronn/DE; "
            "Landkreis Ludwigsburg|Ludwigsburg District/DE/county; "
            "Konstanz/DE; Graz/AT"
        ),
    ),
    Page(
        name="es-r57a-tabla-socios-ayuntamientos",
        language="es",
        kinds="table_tabs;columns_after;region_after;body_not_city",
        title="Entidades socias de la Red de Ciudades por el Agua",
        date=(2026, 2, 11),
        before=(
            "La Red de Ciudades por el Agua está formada por ayuntamientos, diputaciones y "
            "mancomunidades que gestionan el ciclo urbano del agua. A continuación figura la "
            "relación de entidades socias a 31 de enero de 2026."
        ),
        listing=(
            "Entidad\tProvincia\tComunidad autónoma\tHabitantes\n"
            "Ayuntamiento de Pamplona\tNavarra\tComunidad Foral de Navarra\t203.000\n"
            "Ayuntamiento de Vitoria-Gasteiz\tÁlava\tPaís Vasco\t257.000\n"
            "Ayuntamiento de Santander\tCantabria\tCantabria\t172.000\n"
            "Ayuntamiento de Burgos\tBurgos\tCastilla y León\t174.000\n"
            "Ayuntamiento de Valladolid\tValladolid\tCastilla y León\t298.000\n"
            "Ayuntamiento de Logroño\tLa Rioja\tLa Rioja\t151.000\n"
            "Diputación Provincial de Huesca\tHuesca\tAragón\t224.000\n"
            "Ayuntamiento de Murcia\tMurcia\tRegión de Murcia\t460.000\n"
            "Ajuntament de Girona\tGirona\tCataluña\t103.000\n"
            "Ajuntament de Castelló de la Plana\tCastellón\tComunitat Valenciana\t172.000\n"
            "Concello de Lugo\tLugo\tGalicia\t98.000\n"
            "Ayuntamiento de Cáceres\tCáceres\tExtremadura\t96.000\n"
            "Ayuntamiento de Albacete\tAlbacete\tCastilla-La Mancha\t174.000\n"
            "Ayuntamiento de Getafe\tMadrid\tComunidad de Madrid\t185.000\n"
            "Mancomunidad de Municipios de la Costa del Sol Occidental"
            "\tMálaga\tAndalucía\t560.000\n"
            "Ayuntamiento de Soria\tSoria\tCastilla y León\t40.000"
        ),
        after=(
            "La secretaría técnica de la Red tiene su sede en Zaragoza. Las entidades "
            "interesadas en adherirse pueden descargar el formulario de solicitud."
        ),
        expected=(
            "Pamplona/ES; Vitoria-Gasteiz/ES; Santander/ES; Burgos/ES; Valladolid/ES; Logroño/ES; "
            "Diputación Provincial de Huesca|Huesca Province/ES/province; Murcia/ES; Girona/ES; "
            "Castelló de la Plana|Castellón de la Plana/ES; Lugo/ES; Cáceres/ES; Albacete/ES; "
            "Getafe/ES; "
            "Mancomunidad de Municipios de la Costa del Sol Occidental/ES/union of municipalities; "
            "Soria/ES"
        ),
    ),
    Page(
        name="it-r57a-partecipanti-sindaci-sigle",
        language="it",
        kinds="one_a_line;person_before;state_codes;not_signatory;body_not_city;person_named_like_place",
        title="Forum dei Comuni del Po: l'elenco dei partecipanti",
        date=(2026, 9, 28),
        before=(
            "Si è svolto sabato 26 settembre a Palazzo Te, a Mantova, il terzo Forum dei "
            "Comuni del Po, dedicato alla gestione delle piene e alla siccità. Ad aprire i "
            "lavori il sindaco di Mantova, che ha ospitato l'incontro, e la coordinatrice della "
            "rete, Giulia Ferrandi. Al termine del Forum i partecipanti hanno sottoscritto la "
            "Carta di Mantova per il fiume.\n\n"
            "Hanno partecipato e sottoscritto la Carta:"
        ),
        listing=(
            "Marco Bellini – Sindaco del Comune di Cremona (CR)\n"
            "Lucia Marsala – Assessora all'Ambiente del Comune di Piacenza (PC)\n"
            "Stefano Orlandi – Sindaco del Comune di Casalmaggiore (CR)\n"
            "Francesca Zanni – Sindaca del Comune di Viadana (MN)\n"
            "Davide Riva – Sindaco del Comune di Suzzara (MN)\n"
            "Chiara Benetti – Vicesindaca del Comune di Parma (PR)\n"
            "Roberto Gatti – Presidente dell'Unione dei Comuni della Val d'Enza (RE)\n"
            "Elena Monti – Assessora del Comune di Reggio Emilia (RE)\n"
            "Paolo Ferrari – Sindaco del Comune di Ferrara (FE)\n"
            "Andrea Lodi – Sindaco del Comune di Rovigo (RO)\n"
            "Silvia Cavalli – Assessora del Comune di Legnago (VR)\n"
            "Giorgio Fontana – Sindaco del Comune di Lodi (LO)"
        ),
        after=(
            "Il prossimo Forum si terrà nel 2027 a Pavia. Gli atti dell'incontro saranno "
            "pubblicati nelle prossime settimane sul sito della rete."
        ),
        expected=(
            "Cremona/IT; Piacenza/IT; Casalmaggiore/IT; Viadana/IT; Suzzara/IT; Parma/IT; "
            "Unione dei Comuni della Val d'Enza|Val d'Enza/IT/union of municipalities; "
            "Reggio Emilia|Reggio nell'Emilia/IT; Ferrara/IT; Rovigo/IT; Legnago/IT; Lodi/IT"
        ),
    ),
    Page(
        name="pt-r57a-blocos-camara-municipal",
        language="pt",
        kinds="person_after;person_named_like_place;not_signatory;body_not_city",
        title="Carta de Tomar pela Floresta Urbana",
        date=(2026, 11, 3),
        before=(
            "Reunidos em Tomar, a convite do respetivo município, os municípios da Rede "
            "Floresta na Cidade assinaram a Carta de Tomar, comprometendo-se a plantar "
            "200 mil árvores em meio urbano até 2030 e a proteger o arvoredo existente.\n\n"
            "Tomar, 31 de outubro de 2026"
        ),
        listing=(
            "Pela Câmara Municipal de Braga\n"
            "O Presidente, Ricardo Antunes Vieira\n\n"
            "Pela Câmara Municipal de Guimarães\n"
            "A Vereadora do Ambiente, Helena Lamego\n\n"
            "Pela Câmara Municipal de Viana do Castelo\n"
            "O Presidente, Nuno Carvalhais\n\n"
            "Pela Comunidade Intermunicipal do Alto Minho\n"
            "O Secretário Executivo, Jorge Meireles\n\n"
            "Pela Câmara Municipal de Aveiro\n"
            "A Presidente, Sofia Rebelo\n\n"
            "Pela Câmara Municipal de Leiria\n"
            "O Vice-Presidente, Miguel Sardinha\n\n"
            "Pela Câmara Municipal de Évora\n"
            "A Presidente, Teresa Mourão\n\n"
            "Pela Câmara Municipal de Setúbal\n"
            "O Vereador, Duarte Fonseca\n\n"
            "Pela Câmara Municipal de Faro\n"
            "O Presidente, Luís Quaresma\n\n"
            "Pela Câmara Municipal do Funchal\n"
            "A Presidente, Joana Freitas\n\n"
            "Pela Câmara Municipal de Ponta Delgada\n"
            "O Presidente, Rui Medeiros"
        ),
        after=(
            "A Carta permanece aberta à adesão de outros municípios. O secretariado da Rede "
            "funciona em Coimbra."
        ),
        expected=(
            "Braga/PT; Guimarães/PT; Viana do Castelo/PT; "
            "Comunidade Intermunicipal do Alto Minho|Alto Minho/PT/union of municipalities; "
            "Aveiro/PT; Leiria/PT; Évora/PT; Setúbal/PT; Faro/PT; Funchal/PT; Ponta Delgada/PT"
        ),
    ),
    Page(
        name="nl-r57a-nieuws-gemeenten-treden-toe",
        language="nl",
        kinds="running_text;not_signatory;person_named_like_place",
        title="Vijf nieuwe leden voor het Netwerk Klimaatbestendige Wijken",
        date=(2026, 6, 17),
        before=(
            "Tijdens de ledenvergadering in Amersfoort op 12 juni is het Netwerk "
            "Klimaatbestendige Wijken gegroeid van 31 naar 36 leden."
        ),
        listing=(
            "De gemeenten Zwolle, Deventer, Apeldoorn en 's-Hertogenbosch sluiten zich aan, "
            "net als de Vlaamse stad Hasselt, de eerste Belgische deelnemer aan het netwerk."
        ),
        after=(
            "'We leren veel van gemeenten die al verder zijn met groene schoolpleinen en "
            "waterpleinen,' zegt wethouder Eva Doorn, die namens Deventer het lidmaatschap "
            "ondertekende. Netwerkvoorzitter Bram Kuipers, wethouder in Arnhem, heette de "
            "nieuwe leden welkom.\n\n"
            "De volgende ledenvergadering vindt in november plaats in Leeuwarden."
        ),
        expected="Zwolle/NL; Deventer/NL; Apeldoorn/NL; 's-Hertogenbosch|Den Bosch/NL; Hasselt/BE",
    ),
    Page(
        name="pl-r57a-apel-prezydentow-dopelniacz",
        language="pl",
        kinds="one_a_line;inflected;person_before;person_named_like_place;not_signatory;body_not_city",
        title="Apel samorządów o stabilne finansowanie transportu publicznego",
        date=(2026, 4, 22),
        before=(
            "Podczas spotkania Sieci Miast dla Transportu Publicznego, które odbyło się "
            "20 kwietnia w Łodzi, prezydenci i burmistrzowie miast przyjęli apel do Rządu RP "
            "o stabilne finansowanie komunikacji miejskiej i kolei aglomeracyjnych. "
            "Gospodarzem spotkania była Prezydent Miasta Łodzi.\n\n"
            "Apel podpisali:"
        ),
        listing=(
            "Prezydent Miasta Lublina – Krzysztof Wądołowski\n"
            "Prezydent Miasta Rzeszowa – Agnieszka Pawlak\n"
            "Prezydent Miasta Białegostoku – Tomasz Zieliński\n"
            "Prezydent Miasta Kielc – Adam Kalisz\n"
            "Prezydent Miasta Torunia – Monika Szulc\n"
            "Prezydent Miasta Bydgoszczy – Paweł Górecki\n"
            "Prezydent Olsztyna – Ewa Jasińska\n"
            "Prezydent Miasta Opola – Marek Nowicki\n"
            "Prezydent Miasta Gliwice – Katarzyna Baran\n"
            "Prezydent Miasta Sopotu – Joanna Wrona\n"
            "Burmistrz Miasta i Gminy Wieliczka – Piotr Sobczak\n"
            "Starosta Powiatu Poznańskiego – Jan Michalak"
        ),
        after=(
            "Apel został przekazany Ministrowi Infrastruktury. Sygnatariusze zapraszają "
            "kolejne samorządy do przyłączenia się do inicjatywy."
        ),
        expected=(
            "Lublin/PL; Rzeszów/PL; Białystok/PL; Kielce/PL; Toruń/PL; Bydgoszcz/PL; Olsztyn/PL; "
            "Opole/PL; Gliwice/PL; Sopot/PL; Wieliczka/PL; "
            "Powiat Poznański|Poznań County/PL/county"
        ),
    ),
    Page(
        name="cs-r57a-adresar-clenu-kraje",
        language="cs",
        kinds="region_heading;one_a_line;columns_after",
        title="Adresář členských měst",
        date=(2026, 1, 19),
        before=(
            "Síť Zdravých náměstí sdružuje města, která obnovují veřejná prostranství společně "
            "s obyvateli. Členská města jsou řazena podle krajů. Kancelář sítě sídlí v Praze."
        ),
        listing=(
            "Jihomoravský kraj\n"
            "Statutární město Brno\n"
            "člen od 2018 · 398 000 obyvatel\n"
            "Město Hodonín\n"
            "člen od 2021 · 24 000 obyvatel\n"
            "Město Břeclav\n"
            "člen od 2022 · 24 000 obyvatel\n"
            "Olomoucký kraj\n"
            "Statutární město Olomouc\n"
            "člen od 2018 · 102 000 obyvatel\n"
            "Statutární město Prostějov\n"
            "člen od 2019 · 43 000 obyvatel\n"
            "Statutární město Přerov\n"
            "člen od 2023 · 41 000 obyvatel\n"
            "Zlínský kraj\n"
            "Statutární město Zlín\n"
            "člen od 2019 · 74 000 obyvatel\n"
            "Město Uherské Hradiště\n"
            "člen od 2020 · 25 000 obyvatel\n"
            "Město Kroměříž\n"
            "člen od 2024 · 28 000 obyvatel\n"
            "Kraj Vysočina\n"
            "Statutární město Jihlava\n"
            "člen od 2018 · 54 000 obyvatel\n"
            "Město Třebíč\n"
            "člen od 2021 · 34 000 obyvatel\n"
            "Město Havlíčkův Brod\n"
            "člen od 2022 · 23 000 obyvatel\n"
            "Pardubický kraj\n"
            "Statutární město Pardubice\n"
            "člen od 2019 · 92 000 obyvatel\n"
            "Město Chrudim\n"
            "člen od 2020 · 23 000 obyvatel\n"
            "Město Svitavy\n"
            "člen od 2025 · 17 000 obyvatel"
        ),
        after=(
            "Chcete, aby se vaše město stalo členem sítě? Napište nám na adresu kanceláře "
            "v Praze nebo vyplňte přihlášku."
        ),
        expected=(
            "Brno/CZ; Hodonín/CZ; Břeclav/CZ; Olomouc/CZ; Prostějov/CZ; Přerov/CZ; Zlín/CZ; "
            "Uherské Hradiště/CZ; Kroměříž/CZ; Jihlava/CZ; Třebíč/CZ; Havlíčkův Brod/CZ; "
            "Pardubice/CZ; Chrudim/CZ; Svitavy/CZ"
        ),
    ),
    Page(
        name="sv-r57a-uttalande-kommuner-och",
        language="sv",
        kinds="running_text;inflected;body_not_city;not_signatory",
        title="Sju kommuner och regioner kräver snabbare utbyggnad av laddinfrastruktur",
        date=(2026, 8, 25),
        before=(
            "I samband med nätverkets sommarmöte i Jönköping antogs ett gemensamt uttalande "
            "om laddinfrastruktur för tunga fordon. Mötet leddes av nätverkets ordförande "
            "Karin Sundberg."
        ),
        listing=(
            "Uttalandet har undertecknats av Göteborgs Stad, Malmö stad, Linköpings kommun, "
            "Örebro kommun, Västerås stad och Region Skåne samt av kommunstyrelsens ordförande "
            "i Norrköpings kommun."
        ),
        after=(
            "– Vi behöver laddplatser längs våra stora godsstråk nu, inte om tio år, säger "
            "Karin Sundberg.\n\n"
            "Uttalandet har skickats till Infrastrukturdepartementet och Trafikverket i Borlänge."
        ),
        expected=(
            "Gothenburg|Göteborg/SE; Malmö/SE; Linköping/SE; Örebro/SE; Västerås/SE; "
            "Region Skåne|Skåne/SE/region; Norrköping/SE"
        ),
    ),
    Page(
        name="uk-r57a-zvernennia-miskykh-holiv",
        language="uk",
        kinds="one_a_line;inflected;person_before;not_signatory",
        title="Звернення міських голів щодо відновлення шкільних укриттів",
        date=(2026, 3, 30),
        before=(
            "Учасники зустрічі Асоціації безпечних громад, що відбулася 27 березня у Києві, "
            "ухвалили звернення до Кабінету Міністрів України щодо фінансування укриттів у "
            "закладах освіти. Модерувала зустріч виконавча директорка асоціації Оксана Мельник.\n\n"
            "Звернення підписали:"
        ),
        listing=(
            "Андрій Коваленко, міський голова Житомира\n"
            "Наталія Бондар, міська голова Вінниці\n"
            "Олег Савчук, міський голова Чернівців\n"
            "Ірина Гнатюк, міська голова Івано-Франківська\n"
            "Василь Мороз, міський голова Тернополя\n"
            "Юлія Ткачук, міська голова Луцька\n"
            "Сергій Литвин, міський голова Рівного\n"
            "Михайло Попович, міський голова Ужгорода\n"
            "Олександр Кравець, міський голова Полтави\n"
            "Тетяна Шевчук, міська голова Хмельницького"
        ),
        after=(
            "Звернення залишається відкритим для підписання іншими громадами. Секретаріат "
            "асоціації працює у Львові."
        ),
        expected=(
            "Zhytomyr/UA; Vinnytsia|Vinnytsya/UA; Chernivtsi/UA; Ivano-Frankivsk/UA; Ternopil/UA; "
            "Lutsk/UA; Rivne/UA; Uzhhorod/UA; Poltava/UA; Khmelnytskyi/UA"
        ),
    ),
    Page(
        name="tr-r57a-katilimci-tablosu-belediyeler",
        language="tr",
        kinds="table_tabs;columns_after;person_after;not_signatory",
        title="Sıfır Atık Kentler Buluşması katılımcı listesi",
        date=(2026, 10, 21),
        before=(
            "Sıfır Atık Kentler Ağı'nın yıllık buluşması 15-16 Ekim tarihlerinde Ankara'da "
            "düzenlendi. Buluşmaya ev sahipliği yapan Çankaya Belediyesi adına açılış "
            "konuşmasını Başkan Yardımcısı Elif Aydın yaptı. Buluşmanın sonunda katılımcı "
            "belediyeler ortak bildiriyi imzaladı.\n\n"
            "Katılımcı belediyeler:"
        ),
        listing=(
            "Belediye\tİl\tTemsilci\tUnvan\n"
            "Eskişehir Büyükşehir Belediyesi\tEskişehir\tMehmet Yıldız\tBelediye Başkanı\n"
            "Konya Büyükşehir Belediyesi\tKonya\tAhmet Korkmaz\tGenel Sekreter Yardımcısı\n"
            "Kayseri Büyükşehir Belediyesi\tKayseri\tZeynep Arslan\tÇevre Koruma Daire Başkanı\n"
            "Mersin Büyükşehir Belediyesi\tMersin\tHasan Çelik\tBelediye Başkan Yardımcısı\n"
            "Denizli Büyükşehir Belediyesi\tDenizli\tFatma Şahin Kaya\tBelediye Başkanı\n"
            "Bodrum Belediyesi\tMuğla\tCan Erdoğdu\tBelediye Başkanı\n"
            "Balıkesir Büyükşehir Belediyesi\tBalıkesir\tMurat Aksoy\tBelediye Başkan Yardımcısı\n"
            "Manisa Büyükşehir Belediyesi\tManisa\tSelin Doğan\tÇevre Müdürü\n"
            "Samsun Büyükşehir Belediyesi\tSamsun\tOsman Kılıç\tBelediye Başkanı\n"
            "Trabzon Büyükşehir Belediyesi\tTrabzon\tEmre Güneş\tGenel Sekreter\n"
            "Çanakkale Belediyesi\tÇanakkale\tAyşe Polat\tBelediye Başkanı"
        ),
        after=("Ağın bir sonraki buluşması 2027 baharında İzmir'de yapılacak."),
        expected=(
            "Eskişehir/TR; Konya/TR; Kayseri/TR; Mersin/TR; Denizli/TR; Bodrum/TR; Balıkesir/TR; "
            "Manisa/TR; Samsun/TR; Trabzon/TR; Çanakkale/TR"
        ),
    ),
    Page(
        name="ja-r57a-kyodo-sengen-shicho",
        language="ja",
        kinds="one_a_line;few;person_after;not_signatory",
        title="日本海側都市 雪と暮らしの共同宣言",
        date=(2026, 2, 9),
        before=(
            "2月6日、金沢市で開催された「日本海側都市ネットワーク会議」において、"
            "豪雪時の除雪体制と高齢者の見守りに関する共同宣言が採択されました。"
            "会議は金沢市長の歓迎のあいさつで始まり、ネットワーク事務局長の森田理恵が進行を務めました。\n\n"
            "宣言に署名した市長は次のとおりです。"
        ),
        listing=("富山市長　北村 健一\n長野市長　小松 由美子\n福井市長　大野 誠"),
        after=("次回の会議は2027年に新潟市で開催される予定です。"),
        expected="Toyama/JP; Nagano/JP; Fukui|Fukui-shi/JP",
    ),
]

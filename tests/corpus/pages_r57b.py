"""Batch r57b: 14 held-out pages in 14 languages, as a city network's staff would paste them.

Joint statements signed by mayors (an East African compact of `Hon. Name, Mayor of X, Kenya`
lines with mayors called Victoria and Florence and a host city that did not sign; Austrian
`Für die Stadtgemeinde X` signature blocks beside `Land Vorarlberg`; Romanian `Primarul
Municipiului X, Name` lines beside a county council; a Greek PDF copy of `Δήμος Πατρέων`
genitives hyphenated at line ends under a running header naming the declaration's city; Arabic
`رئيس بلدية X – لبنان` lines with Tripoli in Lebanon; Korean `전주시장 Name` glued titles under a
host city), member directories (French `Ville de X` and `Commune de X` cards under African
country headings; Hungarian `X Megyei Jogú Város` under county headings, with associate members
as exonyms `Kassa (Szlovákia)`; a Brazilian tab table of 34 municipalities with `UF`, mayor and
date columns, a mayor called Vitória beside Vitória da Conquista; Hindi `X नगर निगम, State`
bullets; a Chinese numbered tab table `成都市  四川省  2019`) and news of cities joining (Spanish
`Rosario (Santa Fe), Córdoba y Mendoza, de Argentina` beside the host; Lithuanian genitives
`Vilniaus, Kauno ... ir Panevėžio merai` with a venue `Utenoje`; Hebrew `עיריית X` with `ו`
glued to the last and a venue `בבאר שבע`). Sizes 5 to 34. Written without reading the reader or
running it; the networks, people and texts are invented, the places are real.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r57b-east-africa-compact-mayor-lines",
        language="en",
        kinds="one_a_line;person_before;person_named_like_place;country_in_language;not_signatory",
        title="Lake Basin and Coast Cities sign the Kigali Compact on Urban Water Security",
        date=(2025, 3, 20),
        before=(
            "Mayors from three East African countries met in Kigali on 18 and 19 March for the\n"
            "second Lake Basin and Coast Cities Forum, hosted by the City of Kigali. On the final\n"
            "day they signed a compact committing their councils to halve non-revenue water by\n"
            "2032, protect wetlands inside municipal boundaries and publish drainage data.\n\n"
            '"Water does not stop at our borders, and neither should our cooperation," said\n'
            "Hon. Samuel Habimana, who chaired the closing session.\n\n"
            "The compact was signed by:"
        ),
        listing=(
            "Hon. Grace Atieno Odhiambo, Mayor of Kisumu, Kenya\n"
            "Hon. Peter Kiprono Sang, Mayor of Eldoret, Kenya\n"
            "Hon. Victoria Wanjiku Mwangi, Mayor of Nakuru, Kenya\n"
            "Hon. Hamisi Juma Said, Mayor of Mombasa, Kenya\n"
            "Hon. Florence Nakato Ssali, Mayor of Jinja, Uganda\n"
            "Hon. Denis Okello Ojok, Mayor of Gulu, Uganda\n"
            "Hon. Brenda Ainembabazi, Mayor of Mbarara, Uganda\n"
            "Hon. Joseph Laizer Mollel, Mayor of Arusha, Tanzania\n"
            "Hon. Rehema Masanja, Mayor of Mwanza, Tanzania\n"
            "Hon. Elias Mwakalinga, Mayor of Dodoma, Tanzania"
        ),
        after=(
            "The forum's secretariat in Nairobi will report on progress at the next meeting,\n"
            "planned for Mwanza in 2026. Cities of the region that wish to join the compact can\n"
            "contact the secretariat."
        ),
        expected=(
            "Kisumu/KE; Eldoret/KE; Nakuru/KE; Mombasa/KE; Jinja/UG; Gulu/UG; Mbarara/UG;"
            " Arusha/TZ; Mwanza/TZ; Dodoma/TZ"
        ),
    ),
    Page(
        name="fr-r57b-afrique-annuaire-villes-pays",
        language="fr",
        kinds="one_a_line;region_heading;country_in_language;person_after",
        title="Annuaire des villes membres – Afrique de l'Ouest et centrale",
        date=(2024, 11, 5),
        before=(
            "Retrouvez ci-dessous les collectivités membres du Réseau des villes sahéliennes et\n"
            "côtières pour l'adaptation, classées par pays. Cliquez sur une fiche pour consulter\n"
            "les projets en cours."
        ),
        listing=(
            "Sénégal\n\n"
            "Ville de Ziguinchor\nMaire : Ousmane Diatta\nVoir la fiche\n\n"
            "Ville de Thiès\nMaire : Aïssatou Ndiaye Fall\nVoir la fiche\n\n"
            "Commune de Saint-Louis\nMaire : Mamadou Sarr\nVoir la fiche\n\n"
            "Côte d'Ivoire\n\n"
            "Commune de Bouaké\nMaire : Konan Yao Séraphin\nVoir la fiche\n\n"
            "Commune de San-Pédro\nMaire : Adjoua Kouassi\nVoir la fiche\n\n"
            "Commune de Korhogo\nMaire : Siaka Coulibaly\nVoir la fiche\n\n"
            "Cameroun\n\n"
            "Communauté urbaine de Douala\nMaire de la ville : Jean-Claude Ekwalla\n"
            "Voir la fiche\n\n"
            "Communauté urbaine de Bafoussam\nMaire de la ville : Pauline Tchoupo\n"
            "Voir la fiche\n\n"
            "Bénin\n\n"
            "Ville de Parakou\nMaire : Inoussa Bio Sanni\nVoir la fiche\n\n"
            "Ville de Porto-Novo\nMaire : Hortense Agbodjan\nVoir la fiche\n\n"
            "Burkina Faso\n\n"
            "Commune de Bobo-Dioulasso\nPrésident de la délégation spéciale : Issa Ouédraogo\n"
            "Voir la fiche\n\n"
            "Togo\n\n"
            "Commune de Tchaoudjo 1 (Sokodé)\nMaire : Abdou-Razak Tchagnao\nVoir la fiche"
        ),
        after=(
            "Votre collectivité souhaite adhérer ? Le secrétariat permanent, installé à Dakar,\n"
            "répond à vos questions."
        ),
        expected=(
            "Ziguinchor/SN; Thiès/SN; Saint-Louis/SN; Bouaké/CI; San-Pédro/CI; Korhogo/CI;"
            " Douala/CM; Bafoussam/CM; Parakou/BJ; Porto-Novo/BJ; Bobo-Dioulasso/BF; Sokodé/TG"
        ),
    ),
    Page(
        name="es-r57b-nuevas-ciudades-running-text",
        language="es",
        kinds="running_text;region_after;country_in_language;not_signatory",
        title=(
            "Ocho ciudades latinoamericanas se suman a la Red Andina y del Cono Sur"
            " por el Aire Limpio"
        ),
        date=(2025, 5, 14),
        before=(
            "La asamblea anual de la red, celebrada esta semana en Pasto (Nariño), aprobó por\n"
            "unanimidad la incorporación de ocho nuevos gobiernos locales, que elevan a 46 el\n"
            "número de miembros."
        ),
        listing=(
            "Se suman Rosario (Santa Fe), Córdoba y Mendoza, de Argentina; Valparaíso y Temuco,\n"
            "de Chile; Arequipa, en el sur del Perú; Cuenca (Ecuador) y Manizales, capital del\n"
            "departamento de Caldas, en Colombia."
        ),
        after=(
            "«Recibimos a estas ciudades con la convicción de que medir la calidad del aire es el\n"
            "primer paso para mejorarla», afirmó la alcaldesa anfitriona, Lucía Benavides Ortega.\n"
            "La próxima asamblea se celebrará en Quito en 2026."
        ),
        expected=(
            "Rosario/AR; Córdoba/AR; Mendoza/AR; Valparaíso/CL; Temuco/CL; Arequipa/PE;"
            " Cuenca/EC; Manizales/CO"
        ),
    ),
    Page(
        name="pt-r57b-tabela-municipios-uf-prefeitos",
        language="pt",
        kinds="table_tabs;state_codes;columns_after;person_after;person_named_like_place",
        title="Municípios signatários da Carta das Cidades Médias pelo Saneamento",
        date=(2024, 9, 2),
        before=(
            "A Carta foi lançada durante o Encontro Nacional de Cidades Médias, em Brasília, e\n"
            "segue aberta a novas adesões. Confira os municípios que já assinaram:"
        ),
        listing=(
            "Município\tUF\tPrefeito(a)\tAdesão\n"
            "Londrina\tPR\tCarlos Eduardo Menezes\t12/03/2024\n"
            "Maringá\tPR\tVitória Almeida Rocha\t12/03/2024\n"
            "Ponta Grossa\tPR\tSérgio Wolff Ribas\t12/03/2024\n"
            "Cascavel\tPR\tDaniela Boff\t14/03/2024\n"
            "Foz do Iguaçu\tPR\tMárcio Benítez Alves\t14/03/2024\n"
            "Joinville\tSC\tRenato Schmitt\t15/03/2024\n"
            "Blumenau\tSC\tAna Paula Kräuss\t15/03/2024\n"
            "Itajaí\tSC\tRodrigo Vieira Kühl\t15/03/2024\n"
            "Criciúma\tSC\tPatrícia Zanette\t20/03/2024\n"
            "Chapecó\tSC\tJoão Batista Lunardi\t02/04/2024\n"
            "Caxias do Sul\tRS\tFernanda Slomp\t02/04/2024\n"
            "Passo Fundo\tRS\tGilberto Rech\t02/04/2024\n"
            "Pelotas\tRS\tLívia Tavares Gomes\t05/04/2024\n"
            "Juiz de Fora\tMG\tMárcia Helena Duarte\t10/04/2024\n"
            "Uberlândia\tMG\tGustavo Pires Neto\t10/04/2024\n"
            "Uberaba\tMG\tRegina Cunha Prado\t10/04/2024\n"
            "Montes Claros\tMG\tWellington Souto\t11/04/2024\n"
            "Governador Valadares\tMG\tCláudia Ferraz\t11/04/2024\n"
            "Ribeirão Preto\tSP\tPaulo Henrique Garcia\t25/04/2024\n"
            "Bauru\tSP\tTatiana Moraes\t25/04/2024\n"
            "Piracicaba\tSP\tEduardo Caldeira\t25/04/2024\n"
            "Feira de Santana\tBA\tJoana D'Arc Brandão\t08/05/2024\n"
            "Vitória da Conquista\tBA\tHumberto Sena\t08/05/2024\n"
            "Sobral\tCE\tFrancisco Aragão Linhares\t22/05/2024\n"
            "Mossoró\tRN\tKátia Rosado Melo\t22/05/2024\n"
            "Campina Grande\tPB\tArthur Cunha Lima\t29/05/2024\n"
            "Caruaru\tPE\tLuciana Vasconcelos\t03/06/2024\n"
            "Petrolina\tPE\tEdson Coelho Brito\t03/06/2024\n"
            "Imperatriz\tMA\tValéria Sousa Ramos\t12/06/2024\n"
            "Marabá\tPA\tJosé Ribamar Costa\t18/07/2024\n"
            "Santarém\tPA\tRaimunda Tapajós Lima\t18/07/2024\n"
            "Anápolis\tGO\tLeonardo Teles\t30/07/2024\n"
            "Rondonópolis\tMT\tSandra Fachin\t30/07/2024\n"
            "Dourados\tMS\tWagner Ortiz\t06/08/2024"
        ),
        after=(
            "Para aderir, a prefeitura deve enviar ofício assinado à secretaria-executiva da\n"
            "rede, com sede em Niterói (RJ)."
        ),
        expected=(
            "Londrina/BR; Maringá/BR; Ponta Grossa/BR; Cascavel/BR; Foz do Iguaçu/BR;"
            " Joinville/BR; Blumenau/BR; Itajaí/BR; Criciúma/BR; Chapecó/BR;"
            " Caxias do Sul/BR; Passo Fundo/BR; Pelotas/BR; Juiz de Fora/BR; Uberlândia/BR;"
            " Uberaba/BR; Montes Claros/BR; Governador Valadares/BR; Ribeirão Preto/BR;"
            " Bauru/BR; Piracicaba/BR; Feira de Santana/BR; Vitória da Conquista/BR;"
            " Sobral/BR; Mossoró/BR; Campina Grande/BR; Caruaru/BR; Petrolina/BR;"
            " Imperatriz/BR; Marabá/BR; Santarém/BR; Anápolis/BR; Rondonópolis/BR;"
            " Dourados/BR"
        ),
    ),
    Page(
        name="de-r57b-at-erklaerung-unterschriftenbloecke",
        language="de",
        kinds="one_a_line;person_after;body_not_city;not_signatory",
        title="Innsbrucker Erklärung der Alpenstädte zur Hitzevorsorge",
        date=(2025, 6, 27),
        before=(
            "Beim Treffen des Netzwerks Alpenstädte im Wandel in Innsbruck haben Gemeinden aus\n"
            "Vorarlberg, Kärnten, Oberösterreich, der Steiermark und Niederösterreich eine\n"
            "gemeinsame Erklärung unterzeichnet. Sie verpflichten sich, bis 2030 in jedem\n"
            "Stadtteil einen kühlen Ort im Freien zu schaffen und Hitzeschutzpläne jährlich\n"
            "zu überprüfen. Die Stadt Innsbruck war Gastgeberin des Treffens.\n\n"
            "Unterzeichnet haben:"
        ),
        listing=(
            "Für das Land Vorarlberg\nLandesrätin Mag. Sabine Gmeiner\n\n"
            "Für die Stadt Dornbirn\nBürgermeisterin Andrea Fussenegger\n\n"
            "Für die Stadt Feldkirch\nBürgermeister DI Martin Längle\n\n"
            "Für die Landeshauptstadt Bregenz\nBürgermeister Thomas Fink\n\n"
            "Für die Stadt Villach\nBürgermeisterin Mag.a Eva Kogler\n\n"
            "Für die Stadt Wels\nVizebürgermeister Lukas Haidinger\n\n"
            "Für die Statutarstadt Steyr\nBürgermeister Franz Reitbauer\n\n"
            "Für die Stadtgemeinde Leoben\nBürgermeisterin Karin Pölzl\n\n"
            "Für die Stadt Krems an der Donau\nBürgermeister Dr. Georg Hölzl"
        ),
        after=(
            "Die Erklärung liegt im Büro des Netzwerks in Salzburg zur Unterzeichnung durch\n"
            "weitere Gemeinden auf."
        ),
        expected=(
            "Land Vorarlberg|Vorarlberg/AT/region; Dornbirn/AT; Feldkirch/AT; Bregenz/AT;"
            " Villach/AT; Wels/AT; Steyr/AT; Leoben/AT; Krems an der Donau/AT"
        ),
    ),
    Page(
        name="hu-r57b-tagvarosok-varmegye-fejlecek",
        language="hu",
        kinds="one_a_line;region_heading;person_after;country_in_language",
        title="Tagvárosaink",
        date=(2024, 10, 8),
        before=(
            "A Zöld Városok Szövetsége tagjai vármegyék szerint. A városok adatlapján a\n"
            "kapcsolattartók elérhetősége is megtalálható."
        ),
        listing=(
            "Hajdú-Bihar vármegye\n"
            "Debrecen Megyei Jogú Város\npolgármester: Kovács Zoltán\n\n"
            "Csongrád-Csanád vármegye\n"
            "Szeged Megyei Jogú Város\npolgármester: Tóth Erzsébet\n\n"
            "Baranya vármegye\n"
            "Pécs Megyei Jogú Város\npolgármester: Szabó Gergely\n\n"
            "Győr-Moson-Sopron vármegye\n"
            "Győr Megyei Jogú Város\npolgármester: Horváth Péter\n"
            "Sopron Megyei Jogú Város\npolgármester: Varga Ildikó\n\n"
            "Borsod-Abaúj-Zemplén vármegye\n"
            "Miskolc Megyei Jogú Város\npolgármester: Nagy Balázs\n\n"
            "Szabolcs-Szatmár-Bereg vármegye\n"
            "Nyíregyháza Megyei Jogú Város\npolgármester: Fekete Anikó\n\n"
            "Bács-Kiskun vármegye\n"
            "Kecskemét Megyei Jogú Város\npolgármester: Molnár Levente\n\n"
            "Heves vármegye\n"
            "Eger Megyei Jogú Város\npolgármester: Kiss Réka\n\n"
            "Veszprém vármegye\n"
            "Veszprém Megyei Jogú Város\npolgármester: Balogh Tamás\n\n"
            "Vas vármegye\n"
            "Szombathely Megyei Jogú Város\npolgármester: Németh Katalin\n\n"
            "Zala vármegye\n"
            "Zalaegerszeg Megyei Jogú Város\npolgármester: Farkas Dániel\n\n"
            "Határon túli társult tagok\n"
            "Kassa (Szlovákia)\npolgármester: Lengyel Márton\n"
            "Szabadka (Szerbia)\npolgármester: Vörös Brigitta"
        ),
        after="Csatlakozna? Írjon a budapesti titkárságnak!",
        expected=(
            "Debrecen/HU; Szeged/HU; Pécs/HU; Győr/HU; Sopron/HU; Miskolc/HU; Nyíregyháza/HU;"
            " Kecskemét/HU; Eger/HU; Veszprém/HU; Szombathely/HU; Zalaegerszeg/HU; Košice/SK;"
            " Subotica/RS"
        ),
    ),
    Page(
        name="ro-r57b-declaratie-primarul-municipiului",
        language="ro",
        kinds="one_a_line;person_after;body_not_city;not_signatory",
        title="Declarația de la Sibiu pentru mobilitate urbană curată",
        date=(2025, 4, 11),
        before=(
            "Reunite la Sibiu, la invitația Primăriei Municipiului Sibiu, orașele rețelei\n"
            "Transilvania Mobilă și partenerii lor s-au angajat să extindă rețelele de piste\n"
            "pentru biciclete și să electrifice transportul public până în 2030.\n\n"
            "Semnatari:"
        ),
        listing=(
            "Primarul Municipiului Cluj-Napoca, Andrei Mureșan\n"
            "Primarul Municipiului Oradea, Ioana Crișan\n"
            "Primarul Municipiului Timișoara, Radu Stoica\n"
            "Primarul Municipiului Brașov, Mihaela Zamfir\n"
            "Președintele Consiliului Județean Brașov, Cristian Bogdan\n"
            "Primarul Municipiului Alba Iulia, Vlad Oprea\n"
            "Primarul Municipiului Bistrița, Elena Rus\n"
            "Primarul Municipiului Suceava, Sorin Hrițcu\n"
            "Primarul Municipiului Iași, Daniela Ciobanu"
        ),
        after=(
            "Gazda reuniunii, primarul Sibiului, a anunțat că următoarea întâlnire va avea loc\n"
            "la Constanța, în primăvara anului 2026."
        ),
        expected=(
            "Cluj-Napoca/RO; Oradea/RO; Timişoara/RO; Braşov/RO;"
            " Județul Brașov|Consiliul Județean Brașov|Brașov County/RO/county;"
            " Alba Iulia/RO; Bistriţa/RO; Suceava/RO;"
            " Iaşi/RO"
        ),
    ),
    Page(
        name="lt-r57b-merai-kilmininkas-running",
        language="lt",
        kinds="running_text;inflected;not_signatory",
        title="Šeši miestai pasirašė memorandumą dėl centralizuoto šilumos tiekimo",
        date=(2024, 12, 3),
        before=(
            "Praėjusią savaitę Utenoje vykusiame Lietuvos žaliųjų miestų tinklo susitikime\n"
            "pasirašytas memorandumas dėl atsinaujinančių šaltinių šilumos tiekime."
        ),
        listing=(
            "Memorandumą pasirašė Vilniaus, Kauno, Klaipėdos, Šiaulių ir Panevėžio merai, o\n"
            "Alytaus miesto savivaldybės vardu – vicemerė Rūta Jankauskienė."
        ),
        after=(
            "Utenos rajono savivaldybė, susitikimo šeimininkė, memorandumą ketina svarstyti\n"
            "tarybos posėdyje. Kitas tinklo susitikimas vyks Telšiuose."
        ),
        expected="Vilnius/LT; Kaunas/LT; Klaipėda/LT; Šiauliai/LT; Panevėžys/LT; Alytus/LT",
    ),
    Page(
        name="el-r57b-pdf-dimoi-geniki-syllavismos",
        language="el",
        kinds="one_a_line;broken_lines;inflected;person_after;not_signatory",
        title="Διακήρυξη των Ιωαννίνων για τις ανθεκτικές πόλεις",
        date=(2025, 2, 17),
        before=(
            "Οι δήμοι-μέλη του Ελληνικού Δικτύου Ανθεκτικών Πόλεων, που συναντήθηκαν στα\n"
            "Ιωάννινα, υιοθέτησαν την ακόλουθη διακήρυξη. Το κείμενο αναρτάται όπως υπογράφηκε\n"
            "(αρχείο PDF).\n\n"
            "ΥΠΟΓΡΑΦΟΝΤΕΣ"
        ),
        listing=(
            "Δήμος Θεσσαλονί-\nκης, ο Δήμαρχος Νικόλαος Παπαδάκης\n"
            "Δήμος Πατρέων, η Δήμαρχος Ελένη Σταυροπούλου\n"
            "Δήμος Ηρακλεί-\nου, ο Δήμαρχος Μιχάλης Κουρουπάκης\n"
            "Δήμος Καλαμάτας, ο Δήμαρχος Γιώργος Μαυρομάτης\n"
            "Διακήρυξη των Ιωαννίνων – σελ. 3 από 4\n"
            "Δήμος Τρικκαί-\nων, η Δήμαρχος Σοφία Ζαχαρίου\n"
            "Δήμος Κοζάνης, ο Δήμαρχος Αντώνης Τσιάρας\n"
            "Δήμος Χανίων, η Αντιδήμαρχος Μαρία Βλαζάκη\n"
            "Δήμος Βόλου, ο Δήμαρχος Κωνσταντίνος Λιάπης\n"
            "Δήμος Σερ-\nρών, ο Δήμαρχος Απόστολος Καραγιάννης"
        ),
        after=(
            "Διακήρυξη των Ιωαννίνων – σελ. 4 από 4\n\n"
            "Ο Δήμος Ιωαννιτών, ως οικοδεσπότης, θα συντονίσει την ομάδα παρακολούθησης."
        ),
        expected=(
            "Thessaloniki/GR; Patra/GR; Heraklion/GR; Kalamata/GR; Trikala/GR; Kozani/GR;"
            " Chania/GR; Volos/GR; Serres/GR"
        ),
    ),
    Page(
        name="he-r57b-hitztarfut-iriyot-vav",
        language="he",
        kinds="running_text;not_signatory",
        title="חמש ערים הצטרפו לאמנת ההצללה העירונית",
        date=(2025, 7, 9),
        before=(
            "בכנס השנתי של רשת הערים הירוקות, שהתקיים השבוע בבאר שבע, הודיעו חמש רשויות על\n"
            "הצטרפותן לאמנה, המחייבת לנטוע עצי צל לאורך כל מסלולי ההליכה לבתי הספר עד 2030."
        ),
        listing=(
            "לאמנה הצטרפו עיריית חיפה, עיריית כפר סבא, עיריית הרצליה, עיריית רעננה ועיריית\nאילת."
        ),
        after=("ראש עיריית באר שבע, המארחת, בירכה את המצטרפות. הכנס הבא ייערך בנצרת."),
        expected="Haifa/IL; Kfar Saba/IL; Herzliya/IL; Ra'anana/IL; Eilat/IL",
    ),
    Page(
        name="ar-r57b-bayan-ruasa-baladiyat",
        language="ar",
        kinds="one_a_line;person_before;country_in_language;not_signatory",
        title="بيان رؤساء البلديات المتوسطية حول إدارة النفايات",
        date=(2025, 1, 22),
        before=(
            "اختتمت في بيروت أعمال الملتقى الإقليمي لشبكة المدن المتوسطية المستدامة، وأصدر\n"
            "رؤساء البلديات المشاركون البيان التالي، ملتزمين بتقليص النفايات المطمورة إلى النصف\n"
            "بحلول عام 2030.\n\n"
            "الموقعون:"
        ),
        listing=(
            "رئيس بلدية صفاقس – تونس\n"
            "رئيسة بلدية سوسة – تونس\n"
            "رئيس بلدية بنزرت – تونس\n"
            "رئيس جماعة أكادير – المغرب\n"
            "رئيس جماعة تطوان – المغرب\n"
            "رئيس بلدية إربد الكبرى – الأردن\n"
            "رئيس بلدية السلط الكبرى – الأردن\n"
            "رئيس بلدية طرابلس – لبنان\n"
            "رئيس بلدية صيدا – لبنان\n"
            "رئيسة بلدية جبيل – لبنان"
        ),
        after="وشكر الموقعون بلدية بيروت على استضافة الملتقى.",
        expected=(
            "Sfax/TN; Sousse/TN; Bizerte/TN; Agadir/MA; Tétouan/MA; Irbid/JO; As Salt/JO;"
            " Tripoli/LB; Sidon/LB; Byblos/LB"
        ),
    ),
    Page(
        name="hi-r57b-nagar-nigam-bullets-rajya",
        language="hi",
        kinds="bulleted;region_after;person_after",
        title="स्वच्छ वायु शहर गठबंधन: सदस्य नगर निगमों की सूची",
        date=(2024, 8, 19),
        before=(
            "गठबंधन के सदस्य नगर निगम अपने शहरों में वायु गुणवत्ता निगरानी केंद्रों की संख्या\n"
            "बढ़ाने और हर वर्ष कार्य योजना प्रकाशित करने के लिए प्रतिबद्ध हैं। सदस्यों की सूची:"
        ),
        listing=(
            "• इंदौर नगर निगम, मध्य प्रदेश — महापौर श्री राजेश मालवीय\n"
            "• भोपाल नगर निगम, मध्य प्रदेश — महापौर श्रीमती सुनीता राठौर\n"
            "• पुणे महानगरपालिका, महाराष्ट्र — महापौर श्री अविनाश कुलकर्णी\n"
            "• नागपुर महानगरपालिका, महाराष्ट्र — महापौर श्रीमती माधुरी देशपांडे\n"
            "• सूरत महानगरपालिका, गुजरात — महापौर श्री हितेश पटेल\n"
            "• लखनऊ नगर निगम, उत्तर प्रदेश — महापौर श्रीमती कविता श्रीवास्तव\n"
            "• वाराणसी नगर निगम, उत्तर प्रदेश — महापौर श्री अनिल त्रिपाठी\n"
            "• जयपुर नगर निगम, राजस्थान — महापौर श्रीमती रेखा शेखावत\n"
            "• देहरादून नगर निगम, उत्तराखंड — महापौर श्री मनोज रावत\n"
            "• शिमला नगर निगम, हिमाचल प्रदेश — महापौर श्रीमती अंजलि ठाकुर"
        ),
        after="नए सदस्य बनने के लिए नई दिल्ली स्थित सचिवालय से संपर्क करें।",
        expected=(
            "Indore/IN; Bhopal/IN; Pune/IN; Nagpur/IN; Surat/IN; Lucknow/IN; Varanasi/IN;"
            " Jaipur/IN; Dehradun/IN; Shimla/IN"
        ),
    ),
    Page(
        name="zh-r57b-chengyuan-biaoge-shengfen",
        language="zh",
        kinds="table_tabs;numbered;region_after;columns_after",
        title="低碳城市合作网络成员城市名单",
        date=(2025, 3, 3),
        before="截至2025年2月底，网络共有九个成员城市，名单如下（按加入顺序排列）：",
        listing=(
            "序号\t城市\t所在省份\t加入年份\n"
            "1\t成都市\t四川省\t2019\n"
            "2\t昆明市\t云南省\t2019\n"
            "3\t厦门市\t福建省\t2020\n"
            "4\t杭州市\t浙江省\t2020\n"
            "5\t贵阳市\t贵州省\t2021\n"
            "6\t南宁市\t广西壮族自治区\t2022\n"
            "7\t威海市\t山东省\t2023\n"
            "8\t珠海市\t广东省\t2023\n"
            "9\t衢州市\t浙江省\t2024"
        ),
        after="网络秘书处设在北京，欢迎更多城市申请加入。",
        expected=(
            "Chengdu/CN; Kunming/CN; Xiamen/CN; Hangzhou/CN; Guiyang/CN; Nanning/CN;"
            " Weihai/CN; Zhuhai/CN; Quzhou/CN"
        ),
    ),
    Page(
        name="ko-r57b-gongdong-seoneon-sijang-seomyeong",
        language="ko",
        kinds="one_a_line;person_after;not_signatory",
        title="기후위기 대응 도시 공동선언문",
        date=(2024, 11, 21),
        before=(
            "기후도시네트워크 회원 도시 시장들은 11월 20일 통영시에서 열린 정기총회에서\n"
            "2035년까지 공공건물의 온실가스 배출을 절반으로 줄이기로 뜻을 모으고 다음과 같이\n"
            "공동선언문에 서명하였다. 총회를 개최한 통영시는 옵서버로 참석하였다.\n\n"
            "서명"
        ),
        listing=(
            "수원특례시장 김도윤\n"
            "창원특례시장 이정민\n"
            "광주광역시장 박서진\n"
            "전주시장 최은영\n"
            "청주시장 정하늘\n"
            "춘천시장 윤재호\n"
            "강릉시장 한지우\n"
            "순천시장 오세라\n"
            "안동시장 임준혁"
        ),
        after="다음 정기총회는 2025년 하반기 대전광역시에서 열릴 예정이다.",
        expected=(
            "Suwon/KR; Changwon/KR; Gwangju/KR; Jeonju/KR; Cheongju/KR; Chuncheon/KR;"
            " Gangneung/KR; Suncheon/KR; Andong/KR"
        ),
    ),
]

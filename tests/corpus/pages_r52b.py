"""Batch r52b: 14 pages held out from round 52, written without reading the reader or running it.

Statements, member news and directories of invented networks, one page a language and region:
English (a US letter signed `Mayor Name, City, ST` by mayors named Austin, Jordan and Savannah;
UK and Irish councils under nation headings with a combined authority and a county council;
Australian and New Zealand councils in a tab table with state codes, mayors and dates), French
`Pour la Ville de X (Belgique)` signature blocks under a host city, Spanish `los ayuntamientos
de X, Y y Z` running text with a provincial council, Portuguese `Câmara Municipal`, `Conselho
Municipal` and `Administração Municipal` under Portugal, Mozambique and Angola headings, a
German PDF copy with hyphenated names and page headers, 40 Italian `Comune di X (BG)` entries
whose province codes are countries', a Dutch A–Z index with several towns a line, Polish
genitives `prezydenci Krakowa, Rzeszowa`, Czech `Jihlava (Kraj Vysočina)` bullets, a Swedish
table aligned with spaces of `Sundsvalls kommun` and their län, Finnish paragraphs of
`Tampereen kaupunki` and `Jyväskylässä` with a mayor named Kotka, and three Hungarian
`X Megyei Jogú Város nevében:` lines.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r52b-us-mayors-letter-state-codes",
        language="en",
        kinds=(
            "one_a_line;state_codes;no_country;person_before;person_named_like_place;not_signatory"
        ),
        title="Mayors Call on Congress to Protect Local Transit Funding",
        date=(2025, 9, 16),
        before=(
            "WASHINGTON — Eighteen mayors from the Heartland Transit Mayors Coalition sent the "
            "following letter today to the leaders of the House and Senate appropriations "
            "committees, ahead of the vote on next year's transportation budget.\n\n"
            "Dear Chair and Ranking Member,\n\n"
            "We write as mayors of cities large and small to urge you to keep capital investment "
            "grants for bus and rail at no less than this year's level. In our cities, transit is "
            "how nurses reach the night shift, how students get to class and how older residents "
            "stay independent. Cuts decided in Washington land on our streets within months: "
            "routes are trimmed, buses are kept past their useful life and projects that have "
            "waited years for a federal match are shelved.\n\n"
            "We ask you to fund the program fully, to keep the formula that lets mid-sized "
            "cities compete, and to give local agencies the flexibility to spend operating "
            "support where riders need it most.\n\n"
            "Sincerely,"
        ),
        listing=(
            "Mayor Austin Reeve, Dayton, OH\n"
            "Mayor Carolyn Oduya, Tacoma, WA\n"
            "Mayor Luis Ferrante, Albuquerque, NM\n"
            "Mayor Jordan Whitcombe, Madison, WI\n"
            "Mayor Patricia Hale-Simmons, Columbia, SC\n"
            "Mayor Devon Kincaid, Springfield, MA\n"
            "Mayor Marisol Quintero, Tucson, AZ\n"
            "Mayor Raymond Okafor, Lansing, MI\n"
            "Mayor Helen Brandvold, Duluth, MN\n"
            "Mayor Denise Carrow, Durham, NC\n"
            "Mayor Trevor Lindqvist, Eugene, OR\n"
            "Mayor Alma Restrepo, Santa Fe, NM\n"
            "Mayor Marcus Delane, Richmond, VA\n"
            "Mayor Savannah Pruitt, Knoxville, TN\n"
            "Mayor Gregory Nakamura, Boise, ID\n"
            "Mayor Beatriz Salcedo, Aurora, CO\n"
            "Mayor Kenneth Abernathy, Lexington, KY\n"
            "Mayor Ruth Ellingsen, Fargo, ND"
        ),
        after=(
            "Media contact: Dana Whitford, communications director, Heartland Transit Mayors "
            "Coalition, 1420 K Street NW, Suite 600, Washington, DC 20005."
        ),
        expected=(
            "Dayton/US; Tacoma/US; Albuquerque/US; Madison/US; Columbia/US; Springfield/US; "
            "Tucson/US; Lansing/US; Duluth/US; Durham/US; Eugene/US; Santa Fe/US; Richmond/US; "
            "Knoxville/US; Boise/US; Aurora/US; Lexington/US; Fargo/US"
        ),
    ),
    Page(
        name="en-r52b-uk-ie-councils-join-nation-headings",
        language="en",
        kinds="bulleted;region_heading;body_not_city;not_signatory",
        title="Twelve councils join the Warm Homes Councils Network",
        date=(2026, 3, 4),
        before=(
            "Twelve local authorities from across the UK and Ireland have joined the Warm Homes "
            "Councils Network, bringing our membership to 61. They were welcomed at the spring "
            "assembly in Nottingham, where Cllr Priya Marsh, the network's chair, thanked the "
            "host council for two days of site visits to its retrofit programme.\n\n"
            "New members commit to publishing a retrofit plan for their own housing stock "
            "within a year and to sharing what works with the rest of the network.\n\n"
            "Our new members are:"
        ),
        listing=(
            "England\n"
            "- Bristol City Council\n"
            "- Leeds City Council\n"
            "- Sheffield City Council\n"
            "- Norwich City Council\n"
            "- West Yorkshire Combined Authority\n"
            "Scotland\n"
            "- Dundee City Council\n"
            "- Stirling Council\n"
            "Wales\n"
            "- Swansea Council\n"
            "- Newport City Council\n"
            "Northern Ireland\n"
            "- Belfast City Council\n"
            "Ireland\n"
            "- Galway City Council\n"
            "- Cork County Council"
        ),
        after=(
            '"Joining the network means we don\'t have to learn every lesson the hard way," '
            "said Cllr Owen Tregarth, cabinet member for housing at one of the new member "
            "councils. The autumn assembly will take place in Cardiff in October."
        ),
        expected=(
            "Bristol/GB; Leeds/GB; Sheffield/GB; Norwich/GB; "
            "West Yorkshire Combined Authority|West Yorkshire/GB/metropolitan area; Dundee/GB; "
            "Stirling/GB; Swansea/GB; Newport/GB; Belfast/GB; Galway/IE; "
            "Cork County Council|County Cork/IE/county"
        ),
    ),
    Page(
        name="en-r52b-au-nz-councils-tab-table",
        language="en",
        kinds="table_tabs;columns_after;region_after;state_codes;person_after;no_country",
        title="Twelve councils sign the Coastal Adaptation Charter",
        date=(2025, 11, 20),
        before=(
            "The Coastal Adaptation Charter was opened for signature at the Tasman Coastal "
            "Councils Forum. By signing, councils agree to plan for at least one metre of sea "
            "level rise, to share their hazard mapping, and to involve local iwi, Traditional "
            "Owners and communities in adaptation decisions.\n\n"
            "The following councils signed on the first day:"
        ),
        listing=(
            "Council\tState / Region\tMayor\tDate signed\n"
            "City of Newcastle\tNSW\tCr Joanne Petrakis\t20 November 2025\n"
            "Wollongong City Council\tNSW\tCr Daniel Huynh\t20 November 2025\n"
            "City of Gold Coast\tQLD\tCr Bradley Simmonds\t20 November 2025\n"
            "Bundaberg Regional Council\tQLD\tCr Leanne McAuliffe\t20 November 2025\n"
            "City of Greater Geelong\tVIC\tCr Thomas Carrodus\t20 November 2025\n"
            "City of Mandurah\tWA\tCr Nadia Kowalczyk\t20 November 2025\n"
            "Hobart City Council\tTAS\tCr Fiona Latham\t20 November 2025\n"
            "Napier City Council\tHawke's Bay\tMayor Aroha Kingi\t20 November 2025\n"
            "Tauranga City Council\tBay of Plenty\tMayor Grant Whitely\t20 November 2025\n"
            "Nelson City Council\tNelson–Tasman\tMayor Ruth Ashdown\t20 November 2025\n"
            "Dunedin City Council\tOtago\tMayor Callum Reid\t20 November 2025\n"
            "Hamilton City Council\tWaikato\tMayor Mere Tawhiri\t20 November 2025"
        ),
        after=(
            "The charter remains open for signature until 30 June. Councils wishing to sign "
            "should contact the forum secretariat, PO Box 2210, Christchurch 8140."
        ),
        expected=(
            "Newcastle/AU; Wollongong/AU; Gold Coast/AU; Bundaberg/AU; Geelong/AU; "
            "Mandurah/AU; Hobart/AU; Napier/NZ; Tauranga/NZ; Nelson/NZ; Dunedin/NZ; Hamilton/NZ"
        ),
    ),
    Page(
        name="fr-r52b-signature-blocks-ville-belgique",
        language="fr",
        kinds="one_a_line;person_after;country_in_language;not_signatory",
        title="Déclaration de Lille pour une restauration scolaire durable",
        date=(2025, 11, 14),
        before=(
            "Réunies à Lille le 14 novembre 2025 à l'invitation de la Ville hôte, les villes "
            "membres du réseau Cantines d'avenir adoptent la présente déclaration.\n\n"
            "1. Nous servirons dans nos écoles au moins 60 % de produits durables, dont la moitié "
            "issus de l'agriculture biologique, d'ici à 2030.\n"
            "2. Nous proposerons chaque jour une option végétarienne et réduirons de moitié le "
            "gaspillage alimentaire dans nos restaurants scolaires.\n"
            "3. Nous associerons les parents, les élèves et les agents de restauration au suivi "
            "de ces engagements, dont nous publierons le bilan chaque année.\n\n"
            "Fait à Lille, le 14 novembre 2025.\n\n"
            "Les signataires :"
        ),
        listing=(
            "Pour la Ville de Rennes\n"
            "Mme Claire Vautrin, maire\n\n"
            "Pour la Ville de Grenoble\n"
            "M. Étienne Morvan, maire\n\n"
            "Pour la Ville de Nantes\n"
            "Mme Sophie Lebrun-Caradec, première adjointe, au nom de la maire\n\n"
            "Pour la Ville de Besançon\n"
            "Mme Agnès Thirion, maire\n\n"
            "Pour la Ville de Montpellier\n"
            "M. Karim Belkacem, adjoint au maire délégué à l'éducation\n\n"
            "Pour la Ville de Poitiers\n"
            "Mme Hélène Garrigue, maire\n\n"
            "Pour la Ville de Namur (Belgique)\n"
            "M. Olivier Dethier, bourgmestre\n\n"
            "Pour la Ville de Liège (Belgique)\n"
            "Mme Nathalie Van den Bossche, échevine de l'Enseignement\n\n"
            "Pour la Ville de Mons (Belgique)\n"
            "M. Julien Lambotte, bourgmestre"
        ),
        after=(
            "La déclaration reste ouverte à la signature des villes membres. Secrétariat du "
            "réseau Cantines d'avenir, 12 rue des Tanneurs, 69002 Lyon."
        ),
        expected=(
            "Rennes/FR; Grenoble/FR; Nantes/FR; Besançon/FR; Montpellier/FR; Poitiers/FR; "
            "Namur/BE; Liège/BE; Mons/BE"
        ),
    ),
    Page(
        name="es-r52b-ayuntamientos-running-text-diputacion",
        language="es",
        kinds="running_text;body_not_city;not_signatory;no_country",
        title="Once entidades locales se adhieren a la Red de Ciudades por el Agua",
        date=(2026, 2, 10),
        before=(
            "La Red de Ciudades por el Agua ha celebrado en Zaragoza su asamblea anual, en la "
            "que se aprobó la incorporación de once nuevas entidades locales. La alcaldesa de "
            "la ciudad anfitriona, Begoña Larrainzar, dio la bienvenida a los nuevos socios y "
            "recordó que la red nació para compartir soluciones frente a la sequía."
        ),
        listing=(
            "Los ayuntamientos de Valladolid, Córdoba, Alicante, Murcia, Gijón, Vitoria-Gasteiz, "
            "Logroño, Cáceres, Huesca y Santander, así como la Diputación Provincial de Málaga, "
            "firmaron el documento de adhesión, por el que se comprometen a reducir las pérdidas "
            "en sus redes de abastecimiento y a reutilizar el agua regenerada para el riego de "
            "parques y jardines."
        ),
        after=(
            "Con estas incorporaciones, la red reúne ya a 58 entidades locales. La próxima "
            "asamblea se celebrará en Sevilla en la primavera de 2027."
        ),
        expected=(
            "Valladolid/ES; Córdoba/ES; Alicante/ES; Murcia/ES; Gijón/ES; Vitoria-Gasteiz/ES; "
            "Logroño/ES; Cáceres/ES; Huesca/ES; Santander/ES; "
            "Diputación Provincial de Málaga|Málaga Province/ES/province"
        ),
    ),
    Page(
        name="pt-r52b-camaras-conselhos-paises-lusofonos",
        language="pt",
        kinds="one_a_line;region_heading;country_in_language",
        title="Rede Lusófona de Cidades Resilientes acolhe quinze novos membros",
        date=(2025, 10, 8),
        before=(
            "A Rede Lusófona de Cidades Resilientes aprovou, na sua assembleia geral, a adesão de "
            "quinze municípios de Portugal, Moçambique e Angola. Os novos membros comprometem-se "
            "a elaborar um plano local de adaptação às alterações climáticas e a partilhar "
            "dados sobre cheias, secas e erosão costeira.\n\n"
            "Os novos membros são:"
        ),
        listing=(
            "Portugal\n"
            "Câmara Municipal de Braga\n"
            "Câmara Municipal de Aveiro\n"
            "Câmara Municipal de Viseu\n"
            "Câmara Municipal de Setúbal\n"
            "Câmara Municipal de Évora\n"
            "Câmara Municipal de Faro\n"
            "Câmara Municipal de Guimarães\n"
            "Moçambique\n"
            "Conselho Municipal da Cidade da Beira\n"
            "Conselho Municipal de Nampula\n"
            "Conselho Municipal de Quelimane\n"
            "Conselho Municipal da Cidade de Pemba\n"
            "Angola\n"
            "Administração Municipal do Lubango\n"
            "Administração Municipal de Benguela\n"
            "Administração Municipal do Huambo\n"
            "Administração Municipal do Lobito"
        ),
        after=(
            "A rede conta agora com 47 membros em seis países. Secretariado: Rua do Arsenal, "
            "1100-038 Lisboa."
        ),
        expected=(
            "Braga/PT; Aveiro/PT; Viseu/PT; Setúbal/PT; Évora/PT; Faro/PT; Guimarães/PT; "
            "Beira/MZ; Nampula/MZ; Quelimane/MZ; Pemba/MZ; "
            "Lubango/AO; Benguela/AO; Huambo/AO; Lobito/AO"
        ),
    ),
    Page(
        name="de-r52b-pdf-erklaerung-hyphenated",
        language="de",
        kinds="one_a_line;broken_lines;person_before;not_signatory",
        title="Erklärung der Städte zur kommunalen Wärmewende",
        date=(2026, 1, 27),
        before=(
            "Die unterzeichnenden Städte des Netzwerks Kommunale Wärme haben auf ihrer "
            "Jahreskonferenz in Leipzig die folgende Erklärung beschlossen. Wir dokumentieren "
            "den Text der unterzeichneten PDF-Fassung.\n\n"
            "Wir verpflichten uns, bis Ende 2027 eine kommunale Wärmeplanung vorzulegen, die "
            "Fernwärmenetze auszubauen und die eigenen Liegenschaften bis 2035 klimaneutral "
            "zu beheizen. Von Bund und Ländern erwarten wir eine verlässliche Förderung über "
            "das Jahr 2030 hinaus.\n\n"
            "Unterzeichnende:"
        ),
        listing=(
            "Oberbürgermeisterin Dr. Katrin Wehrmann,\n"
            "Stadt Freiburg im Breisgau\n\n"
            "Oberbürgermeister Jonas Feldhaus, Stadt Heidel-\n"
            "berg\n\n"
            "Oberbürgermeister Matthias Kröger, Landes-\n"
            "hauptstadt Kiel\n\n"
            "Oberbürgermeisterin Sabine Achterberg, Hansestadt Lüne-\n"
            "burg\n\n"
            "Erklärung zur kommunalen Wärmewende · Seite 4 von 5\n\n"
            "Oberbürgermeister Tobias Reinhold, Stadt Göttin-\n"
            "gen\n\n"
            "Oberbürgermeisterin Anja Lindemann, Universitätsstadt Tübingen\n\n"
            "Oberbürgermeister Felix Hagedorn, Stadt Erlangen\n\n"
            "Oberbürgermeister Stefan Rautenberg, Stadt Osnabrück\n\n"
            "Bürgermeisterin Miriam Köhler-Sand, Universitätsstadt Mar-\n"
            "burg\n\n"
            "Oberbürgermeister Rolf Dieckmann, Wissenschaftsstadt Darmstadt"
        ),
        after=(
            "Erklärung zur kommunalen Wärmewende · Seite 5 von 5\n\n"
            "Netzwerk Kommunale Wärme, Geschäftsstelle, Karl-Liebknecht-Straße 9, 04107 Leipzig"
        ),
        expected=(
            "Freiburg im Breisgau|Freiburg/DE; Heidelberg/DE; Kiel/DE; Lüneburg/DE; "
            "Göttingen/DE; Tübingen/DE; Erlangen/DE; Osnabrück/DE; Marburg/DE; Darmstadt/DE"
        ),
    ),
    Page(
        name="it-r52b-comuni-numerati-sigle-provincia",
        language="it",
        kinds="numbered;state_codes;no_country;not_signatory",
        title="Carta dei Comuni italiani per la mobilità attiva",
        date=(2025, 6, 5),
        before=(
            "I Comuni firmatari della presente Carta si impegnano a:\n\n"
            "a) raddoppiare entro il 2030 la rete di percorsi ciclabili protetti;\n"
            "b) istituire zone a 30 km/h in tutte le aree residenziali e davanti alle scuole;\n"
            "c) destinare almeno il 10 % degli investimenti per la mobilità alla pedonalità;\n"
            "d) pubblicare ogni anno i dati sugli spostamenti e sulla sicurezza stradale.\n\n"
            "Hanno sottoscritto la Carta:"
        ),
        listing=(
            "1. Comune di Bergamo (BG)\n"
            "2. Comune di Brescia (BS)\n"
            "3. Comune di Como (CO)\n"
            "4. Comune di Lecco (LC)\n"
            "5. Comune di Monza (MB)\n"
            "6. Comune di Novara (NO)\n"
            "7. Comune di Asti (AT)\n"
            "8. Comune di Cuneo (CN)\n"
            "9. Comune di Savona (SV)\n"
            "10. Comune della Spezia (SP)\n"
            "11. Comune di Piacenza (PC)\n"
            "12. Comune di Parma (PR)\n"
            "13. Comune di Reggio nell'Emilia (RE)\n"
            "14. Comune di Modena (MO)\n"
            "15. Comune di Ferrara (FE)\n"
            "16. Comune di Ravenna (RA)\n"
            "17. Comune di Forlì (FC)\n"
            "18. Comune di Rimini (RN)\n"
            "19. Comune di Pesaro (PU)\n"
            "20. Comune di Ancona (AN)\n"
            "21. Comune di Macerata (MC)\n"
            "22. Comune di Perugia (PG)\n"
            "23. Comune di Terni (TR)\n"
            "24. Comune di Arezzo (AR)\n"
            "25. Comune di Siena (SI)\n"
            "26. Comune di Lucca (LU)\n"
            "27. Comune di Pisa (PI)\n"
            "28. Comune di Livorno (LI)\n"
            "29. Comune di Prato (PO)\n"
            "30. Comune di Pistoia (PT)\n"
            "31. Comune di Pescara (PE)\n"
            "32. Comune di Chieti (CH)\n"
            "33. Comune di Campobasso (CB)\n"
            "34. Comune di Salerno (SA)\n"
            "35. Comune di Potenza (PZ)\n"
            "36. Comune di Matera (MT)\n"
            "37. Comune di Lecce (LE)\n"
            "38. Comune di Cosenza (CS)\n"
            "39. Comune di Palermo (PA)\n"
            "40. Comune di Cagliari (CA)"
        ),
        after=(
            "Coordinamento della Carta: Comune di Bologna, Settore Mobilità sostenibile, "
            "Piazza Maggiore 6, 40124 Bologna."
        ),
        expected=(
            "Bergamo/IT; Brescia/IT; Como/IT; Lecco/IT; Monza/IT; Novara/IT; Asti/IT; Cuneo/IT; "
            "Savona/IT; La Spezia/IT; Piacenza/IT; Parma/IT; Reggio nell'Emilia|Reggio Emilia/IT; "
            "Modena/IT; Ferrara/IT; Ravenna/IT; Forlì/IT; Rimini/IT; Pesaro/IT; Ancona/IT; "
            "Macerata/IT; Perugia/IT; Terni/IT; Arezzo/IT; Siena/IT; Lucca/IT; Pisa/IT; "
            "Livorno/IT; Prato/IT; Pistoia/IT; Pescara/IT; Chieti/IT; Campobasso/IT; Salerno/IT; "
            "Potenza/IT; Matera/IT; Lecce/IT; Cosenza/IT; Palermo/IT; Cagliari/IT"
        ),
        note="the coordinator (Bologna) is not a signatory",
    ),
    Page(
        name="nl-r52b-az-index-several-a-line",
        language="nl",
        kinds="several_a_line;no_country;person_named_like_place",
        title="Vierentwintig gemeenten ondertekenen het Pact voor Groene Schoolpleinen",
        date=(2026, 4, 22),
        before=(
            "Op de Dag van de Aarde hebben vierentwintig gemeenten het Pact voor Groene "
            "Schoolpleinen ondertekend. Zij beloven dat in 2030 elk schoolplein in hun "
            "gemeente voor minstens de helft groen is en na schooltijd open is voor kinderen "
            "uit de buurt.\n\n"
            '"Een groen plein is koeler, neemt regenwater op en kinderen spelen er beter," '
            'zegt Marieke Hoorn, directeur van het Pact. "We zijn blij dat zoveel gemeenten '
            'meedoen."\n\n'
            "De ondertekenaars, van A tot Z:"
        ),
        listing=(
            "A\n"
            "Alkmaar · Almere · Amersfoort · Apeldoorn\n"
            "B\n"
            "Breda\n"
            "D\n"
            "Delft · Deventer · Dordrecht\n"
            "E\n"
            "Ede · Enschede\n"
            "G\n"
            "Gouda · Groningen\n"
            "H\n"
            "Haarlem · Helmond · Hilversum\n"
            "L\n"
            "Leeuwarden · Leiden\n"
            "N\n"
            "Nijmegen\n"
            "T\n"
            "Tilburg\n"
            "U\n"
            "Utrecht\n"
            "Z\n"
            "Zaanstad · Zoetermeer · Zutphen · Zwolle"
        ),
        after=(
            "Wilt u dat uw gemeente ook meedoet? Neem contact op met het projectbureau, "
            "Postbus 1180, 3500 BD Utrecht."
        ),
        expected=(
            "Alkmaar/NL; Almere/NL; Amersfoort/NL; Apeldoorn/NL; Breda/NL; Delft/NL; "
            "Deventer/NL; Dordrecht/NL; Ede/NL; Enschede/NL; Gouda/NL; Groningen/NL; "
            "Haarlem/NL; Helmond/NL; Hilversum/NL; Leeuwarden/NL; Leiden/NL; Nijmegen/NL; "
            "Tilburg/NL; Utrecht/NL; Zaanstad|Zaandam/NL; Zoetermeer/NL; Zutphen/NL; Zwolle/NL"
        ),
    ),
    Page(
        name="pl-r52b-prezydenci-dopelniacz-running-text",
        language="pl",
        kinds="running_text;inflected;person_before;not_signatory",
        title="Siedem miast podpisało apel o czyste powietrze",
        date=(2025, 12, 3),
        before=(
            "Podczas Forum Samorządów dla Klimatu w Katowicach przedstawiciele siedmiu miast "
            "podpisali apel do rządu o przyspieszenie programu wymiany starych pieców i o "
            "stałe finansowanie monitoringu jakości powietrza."
        ),
        listing=(
            "Apel podpisali prezydenci Krakowa, Rzeszowa, Lublina, Bydgoszczy i Opola, a także "
            "burmistrz Zakopanego oraz burmistrz Nowego Targu. Samorządowcy podkreślili, że "
            "smog w sezonie grzewczym wciąż jest największym problemem zdrowotnym ich "
            "mieszkańców."
        ),
        after=(
            "„Bez wsparcia z budżetu państwa nie wymienimy wszystkich kopciuchów do 2028 roku” "
            "– powiedziała Agnieszka Wróblewska-Nowak, koordynatorka apelu. Sekretariat sieci: "
            "ul. Piotrkowska 104, 90-926 Łódź."
        ),
        expected=(
            "Kraków/PL; Rzeszów/PL; Lublin/PL; Bydgoszcz/PL; Opole/PL; Zakopane/PL; Nowy Targ/PL"
        ),
    ),
    Page(
        name="cs-r52b-mesta-kraje-odrazky",
        language="cs",
        kinds="bulleted;region_after;not_signatory",
        title="Do Aliance měst pro oběhové hospodářství vstoupilo osm měst",
        date=(2026, 5, 12),
        before=(
            "Na jarním setkání v Pardubicích přijala Aliance měst pro oběhové hospodářství osm "
            "nových členů. Města se zavázala snížit do roku 2030 množství směsného komunálního "
            "odpadu na polovinu a zřídit re-use centra.\n\n"
            "Novými členy jsou:"
        ),
        listing=(
            "• Jihlava (Kraj Vysočina)\n"
            "• Olomouc (Olomoucký kraj)\n"
            "• Hradec Králové (Královéhradecký kraj)\n"
            "• Zlín (Zlínský kraj)\n"
            "• Liberec (Liberecký kraj)\n"
            "• Kolín (Středočeský kraj)\n"
            "• Třebíč (Kraj Vysočina)\n"
            "• Písek (Jihočeský kraj)"
        ),
        after=("Aliance má nyní 36 členů. Kancelář aliance, Husova 8, 110 00 Praha 1."),
        expected=(
            "Jihlava/CZ; Olomouc/CZ; Hradec Králové/CZ; Zlín/CZ; Liberec/CZ; Kolín/CZ; "
            "Třebíč/CZ; Písek/CZ"
        ),
    ),
    Page(
        name="sv-r52b-kommuner-tabell-mellanslag",
        language="sv",
        kinds="one_a_line;columns_after;region_after;inflected",
        title="Tretton kommuner skriver under deklarationen om fossilfri kollektivtrafik",
        date=(2025, 5, 28),
        before=(
            "Tretton kommuner har undertecknat Deklarationen om fossilfri kollektivtrafik och "
            "lovar att all upphandlad buss- och färjetrafik ska köras fossilfritt senast 2030.\n\n"
            "Undertecknande kommuner:"
        ),
        listing=(
            "Kommun                  Län                      Undertecknat\n"
            "Umeå kommun             Västerbottens län        2025-05-12\n"
            "Luleå kommun            Norrbottens län          2025-05-12\n"
            "Sundsvalls kommun       Västernorrlands län      2025-05-14\n"
            "Östersunds kommun       Jämtlands län            2025-05-14\n"
            "Gävle kommun            Gävleborgs län           2025-05-15\n"
            "Uppsala kommun          Uppsala län              2025-05-15\n"
            "Västerås stad           Västmanlands län         2025-05-19\n"
            "Örebro kommun           Örebro län               2025-05-19\n"
            "Karlstads kommun        Värmlands län            2025-05-20\n"
            "Linköpings kommun       Östergötlands län        2025-05-21\n"
            "Jönköpings kommun       Jönköpings län           2025-05-22\n"
            "Växjö kommun            Kronobergs län           2025-05-22\n"
            "Helsingborgs stad       Skåne län                2025-05-26"
        ),
        after=(
            "Fler kommuner väntas skriva under under hösten. Kansliet, Drottninggatan 33, "
            "111 51 Stockholm."
        ),
        expected=(
            "Umeå/SE; Luleå/SE; Sundsvall/SE; Östersund/SE; Gävle/SE; Uppsala/SE; Västerås/SE; "
            "Örebro/SE; Karlstad/SE; Linköping/SE; Jönköping/SE; Växjö/SE; Helsingborg/SE"
        ),
    ),
    Page(
        name="fi-r52b-kaupungit-kappaleet-kotka",
        language="fi",
        kinds="paragraphs;inflected;person_named_like_place;not_signatory",
        title="Kuusi kaupunkia liittyi Kestävän liikkumisen kaupunkiverkostoon",
        date=(2026, 2, 18),
        before=(
            "Kestävän liikkumisen kaupunkiverkosto sai kuusi uutta jäsentä Helsingissä "
            "pidetyssä vuosikokouksessa. Uudet jäsenkaupungit esittelivät kokouksessa omia "
            "hankkeitaan."
        ),
        listing=(
            "Tampereen kaupunki laajentaa raitiotieverkkoaan ja rakentaa uusia "
            "pyöräpysäköintialueita asemien yhteyteen.\n\n"
            "Jyväskylässä kokeillaan ensi kesänä kaupunkipyöriä myös lähiöissä.\n\n"
            "Oulun kaupunki on sitoutunut siihen, että talvipyöräilyreitit aurataan "
            "ensimmäisinä.\n\n"
            "Kuopion kaupunki uudistaa joukkoliikenteen linjastonsa vuoden 2027 alussa.\n\n"
            "Lahden kaupunki kertoi kokemuksistaan henkilökohtaisesta päästökaupasta, jota "
            "pormestari Anna Kotka esitteli verkoston jäsenille.\n\n"
            "Vaasan kaupunki rakentaa keskustaan uuden kävelykadun."
        ),
        after=("Verkostossa on nyt 22 kaupunkia. Verkoston toimisto, Hämeenkatu 5, 33100 Tampere."),
        expected=("Tampere/FI; Jyväskylä/FI; Oulu/FI; Kuopio/FI; Lahti/FI; Vaasa/FI"),
    ),
    Page(
        name="hu-r52b-megyei-jogu-varos-neveben-few",
        language="hu",
        kinds="one_a_line;few;person_after;not_signatory",
        title="Közös nyilatkozat a városi hőségvédelemről",
        date=(2025, 7, 9),
        before=(
            "Az aláíró városok vezetői a budapesti klímakonferencián elfogadták az alábbi közös "
            "nyilatkozatot.\n\n"
            "Vállaljuk, hogy 2028-ig minden városrészben kijelölünk hűsítő helyiségeket, "
            "árnyékot adó fákat ültetünk a buszmegállókhoz, és hőségriasztás idején "
            "meghosszabbítjuk a közfürdők nyitvatartását.\n\n"
            "Aláírók:"
        ),
        listing=(
            "Szeged Megyei Jogú Város nevében: Németh Zsófia polgármester\n"
            "Eger Megyei Jogú Város nevében: Bakos Gergely polgármester\n"
            "Sopron Megyei Jogú Város nevében: dr. Vámos Attila alpolgármester"
        ),
        after="A nyilatkozathoz további városok is csatlakozhatnak.",
        expected="Szeged/HU; Eger/HU; Sopron/HU",
    ),
]

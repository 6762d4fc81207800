"""Hand-written pages, batch zf: written for issue #20 before round 16's changes to the reader
(branch acczf), by an engineer who had read neither the reader nor its tests nor the other
batches (beyond three pages of pages_s.py): thematic city networks the corpus had not
modelled, worldwide, in 14 languages (en US, en Asia, es Latin America, pt Brazil, fr Africa,
de Germany, it, nl Belgium, pl, da, ja, tr, ar, ko), 7 statements and 7 member pages (4 to 59
entries): a US age-friendly open letter whose signers sit in brackets in one paragraph, with
counties and a consolidated government; an Asian learning-cities declaration named after its
venue, signed `Official body, Country – Title Name`, beside the earlier declarations named
after cities; educating cities of Latin America under upper-case country headings with counts
and the delegation's seat among them; Brazilian municipalities with the UNICEF seal in running
text state by state; a francophone peace communiqué whose signatories are grouped by country
in one sentence, with observers, the venue and the Banjul Charter; a German safe-harbour
declaration as a glued table with a Landkreis; Italian cycling-friendly towns under score
headings with a coordinator named Ferrara; Flemish fair-trade municipalities by province
(Boom, Zele, Lier); Polish Cittaslow towns in paragraphs by voivodeship with candidates and a
town that left; a Danish municipality's twin towns by country with a suspended one; Japanese
creative cities under regional headings with UNESCO fields; Turkish district municipalities
signing a protocol in the capital; an Arabic water declaration numbered in Arabic-Indic digits
with Oman and Amman spelt alike; Korean smart cities between middle dots with `등`. Invented
texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-us-age-friendly-open-letter-signers-in-brackets",
        "en",
        "running_text;several_a_line;state_codes;person_before;person_named_like_place;"
        "not_signatory;body_not_city;no_country",
        "Open letter: local leaders urge Congress to reauthorize the Older Americans Act",
        (2025, 9, 23),
        "Network News  /  Advocacy  /  Letters\n\n"
        "Age-Friendly Communities Network • Advocacy\n\n"
        "More than twenty mayors and county leaders from the network sent the letter below to "
        "the leadership of the House and Senate committees in Washington on Tuesday, one week "
        "before the Older Americans Act programs that fund home-delivered meals, senior centers "
        "and caregiver support are set to expire. The letter was unveiled at the network's "
        "annual Livable Communities Summit in Milwaukee.\n\n"
        "Dear Chairs and Ranking Members,\n\n"
        "By 2034, for the first time in our nation's history, older adults will outnumber "
        "children. In our communities that future has already arrived: one in four residents of "
        "many of our towns is over 60, and the waiting lists for meals, rides and in-home care "
        "grow longer every month.\n\n"
        "Our communities joined the Age-Friendly Network because we believe that a place that "
        "works for an 80-year-old works for an 8-year-old. We have rebuilt sidewalks and bus "
        "stops, opened libraries as cooling centers and trained thousands of volunteers. None "
        "of that replaces the backbone the Older Americans Act provides through our Area "
        "Agencies on Aging. We ask you to:\n\n"
        "• reauthorize the Act for five years, with funding that keeps pace with the "
        "number of people it serves;\n"
        "• give local governments a seat at the table when state plans on aging are "
        "written;\n"
        "• keep faith with the commitments our country made in the Madrid International "
        "Plan of Action on Ageing.\n\n"
        "Respectfully,",
        "Mayor Lauren Whitaker (Boise, ID), Mayor Jackson Reyes (Des Moines, IA), County "
        "Executive Dana Feld (Montgomery County, MD), Mayor Ted Okafor (Tucson, AZ), Mayor "
        "Brad Cavanaugh (Dubuque, IA), Mayor Florence Nakamura (Burlington, VT), Mayor Alicia "
        "Pruitt (Columbus, OH), Mayor Helen Marsh (Sarasota, FL), Mayor Denise Harmon "
        "(Asheville, NC), Mayor Andre Whitfield (Lansing, MI), Mayor Luis Baca (Albuquerque, "
        "NM), Mayor Karen Lindgren (Fort Collins, CO), Mayor Paul Whitman (Spokane, WA), Mayor "
        "Lincoln Carter (Lexington, KY), Mayor Odessa Grant (Savannah, GA), Mayor Sam "
        "Petrakis (Springfield, MA), Mayor Ruth Ellison (Bloomington, IN), Mayor Derek Hollis "
        "(Kansas City, MO), Mayor Kalani Akana (Honolulu, HI), Mayor Ed Kowalczyk (Pittsburgh, "
        "PA), Mayor Tanya Boyd (Athens-Clarke County, GA) and Mayor Carol Stein (Ann Arbor, "
        "MI).",
        "The Age-Friendly Communities Network is a program of a national nonprofit for people "
        "50 and over, headquartered at 601 E Street NW, Washington, DC. Member communities "
        "commit to a five-year cycle of assessment, action planning and evaluation.\n\n"
        "Read next\n"
        "How Lancaster, Pennsylvania, made its parks walkable for everyone\n"
        "Toolkit: starting a dementia-friendly business campaign",
        "Boise/US; Des Moines/US; Montgomery County|Montgomery County, Maryland/US/county; "
        "Tucson/US; Dubuque/US; "
        "Burlington/US; Columbus/US; Sarasota/US; Asheville/US; Lansing/US; Albuquerque/US; "
        "Fort Collins/US; Spokane/US; Lexington/US; Savannah/US; Springfield/US; "
        "Bloomington/US; Kansas City/US; Honolulu/US; Pittsburgh/US; "
        "Athens|Athens-Clarke County/US; Ann Arbor/US",
        "22 signers in one paragraph as `Mayor Name (City, ST)` between commas, a county "
        "executive of Montgomery County, MD and Athens-Clarke County; people named Jackson, "
        "Florence, Lincoln, Odessa; Washington the addressee and seat, Milwaukee the venue, the "
        "Madrid plan, Lancaster in a teaser",
    ),
    Page(
        "en-asia-learning-cities-declaration-body-country-title-name",
        "en",
        "one_a_line;person_after;region_after;not_signatory",
        "Yeonsu Call for Learning Cities in Asia and the Pacific",
        (2025, 10, 30),
        "Learning Cities Asia-Pacific ▸ Resources ▸ Declarations\n\n"
        "Adopted at the Asia-Pacific Regional Meeting of Learning Cities, Yeonsu-gu, Incheon, "
        "Republic of Korea, 28–30 October\n\n"
        "PREAMBLE\n\n"
        "We, the mayors and representatives of learning cities of Asia and the Pacific, "
        "gathered in Yeonsu-gu at the invitation of its District Head and of the National "
        "Institute for Lifelong Education,\n\n"
        "Recalling the Beijing Declaration on Building Learning Cities (2013), the Mexico City "
        "Statement on Sustainable Learning Cities (2015), the Cork Call to Action for Learning "
        "Cities (2017) and the Medellín Manifesto (2019), and the work of the UNESCO "
        "Institute for Lifelong Learning in Hamburg,\n\n"
        "Recognizing that rapid urbanisation, ageing and the climate crisis call for learning "
        "opportunities for all residents at every stage of life,\n\n"
        "COMMIT TO\n\n"
        "1. Open at least one community learning centre within walking distance of every "
        "neighbourhood by 2030;\n"
        "2. Make digital skills and climate literacy part of adult learning in every "
        "district;\n"
        "3. Recognise what people learn outside school, in work, family and community life;\n"
        "4. Share our data and practice through the regional network, and twin with one "
        "learning city of another country.\n\n"
        "SIGNATORIES\n\n"
        "(in the order of signature)",
        "Gunpo City, Republic of Korea – Mayor Shin Ji-hoon\n"
        "Osan City, Republic of Korea – Mayor Bae Eun-jung\n"
        "Okayama City, Japan – Deputy Mayor Fujita Kenji\n"
        "City Government of Balanga, Bataan, Philippines – City Mayor Ramon Dizon\n"
        "Surabaya City Government, Indonesia – Head of Education Office Dewi Lestari\n"
        "Malacca City Council (Majlis Bandaraya Melaka Bersejarah), Malaysia – "
        "Mayor Datuk Azman Rahim\n"
        "Huế City People's Committee, Viet Nam – Vice Chairwoman Trần Thị "
        "Lan\n"
        "Thrissur Municipal Corporation, Kerala, India – Mayor Mini George\n"
        "Greater Warangal Municipal Corporation, Telangana, India – Commissioner "
        "Arvind Rao\n"
        "Nilambur Municipality, Kerala, India – Chairperson Sheeja Kumari\n"
        "Ulaanbaatar City, Mongolia – Deputy Mayor Batbayar Gantulga\n"
        "Chiang Mai Municipality, Thailand – Mayor Somchai Intharat",
        "The Call remains open for signature by member cities of the network. The next "
        "regional meeting will be hosted by Jubail Industrial City, Saudi Arabia, in 2026.\n\n"
        "Download: Yeonsu Call (English, PDF) | Korean | Chinese | Bahasa Indonesia",
        "Gunpo/KR; Osan/KR; Okayama/JP; Balanga/PH; Surabaya/ID; Malacca|Melaka/MY; Huế/VN; "
        "Thrissur/IN; Warangal/IN; Nilambur/IN; Ulaanbaatar/MN; Chiang Mai/TH",
        "12 lines `Official body, (state,) Country – Title Name`; Yeonsu-gu/Incheon the "
        "venue, Beijing, Mexico City, Cork, Medellín in declarations' names, Hamburg the "
        "institute, Jubail the next host",
    ),
    Page(
        "es-ciudades-educadoras-america-latina-paises-mayusculas-conteo",
        "es",
        "one_a_line;region_heading;region_after;country_in_language;columns_after;"
        "not_signatory;state_codes",
        "Ciudades Educadoras de América Latina: ciudades miembro",
        (2025, 4, 8),
        "Inicio » La Red » Delegación para América Latina » Ciudades miembro\n\n"
        "La Delegación para América Latina de la Asociación Internacional de Ciudades "
        "Educadoras coordina la red en la región desde su oficina en la Municipalidad de "
        "Rosario. La Asociación, con Secretariado en Barcelona, agrupa a gobiernos locales "
        "comprometidos con los principios de la Carta de Ciudades Educadoras, proclamada en "
        "Barcelona en 1990 y revisada en Bolonia (1994), Génova (2004) y en 2020.\n\n"
        "Al 31 de marzo, la red latinoamericana cuenta con 59 ciudades miembro de 10 países. "
        "El próximo Encuentro de la Red Territorial se celebrará en Morelia (México) del "
        "14 al 16 de octubre.\n\n"
        "Ciudades miembro por país",
        "ARGENTINA (20)\n"
        "Avellaneda (Buenos Aires)\n"
        "Buenos Aires\n"
        "Córdoba\n"
        "Godoy Cruz (Mendoza)\n"
        "Granadero Baigorria (Santa Fe)\n"
        "La Plata\n"
        "Las Heras (Mendoza)\n"
        "Luján de Cuyo (Mendoza)\n"
        "Marcos Paz (Buenos Aires)\n"
        "Mendoza\n"
        "Morón (Buenos Aires)\n"
        "Pergamino (Buenos Aires)\n"
        "Rafaela (Santa Fe)\n"
        "Río Cuarto (Córdoba)\n"
        "Rosario (Santa Fe) – sede de la Delegación\n"
        "Santa Fe\n"
        "Tandil (Buenos Aires)\n"
        "Venado Tuerto (Santa Fe)\n"
        "Villa Carlos Paz (Córdoba)\n"
        "Villa María (Córdoba)\n\n"
        "BRASIL (13)\n"
        "Belo Horizonte (MG)\n"
        "Camaragibe (PE)\n"
        "Carazinho (RS)\n"
        "Caxias do Sul (RS)\n"
        "Diadema (SP)\n"
        "Guarulhos (SP)\n"
        "Mauá (SP)\n"
        "Porto Alegre (RS)\n"
        "Santo André (SP)\n"
        "Santos (SP)\n"
        "São Carlos (SP)\n"
        "Sorocaba (SP)\n"
        "Vitória (ES)\n\n"
        "CHILE (4)\n"
        "Peñalolén\n"
        "Puente Alto\n"
        "Rancagua\n"
        "Renca\n\n"
        "COLOMBIA (6)\n"
        "Bogotá, D.C.\n"
        "Bucaramanga\n"
        "Envigado\n"
        "Manizales\n"
        "Medellín\n"
        "Pereira\n\n"
        "ECUADOR (3)\n"
        "Cuenca\n"
        "Loja\n"
        "Quito (Distrito Metropolitano)\n\n"
        "MÉXICO (6)\n"
        "Chihuahua\n"
        "Guadalajara\n"
        "León (Guanajuato)\n"
        "Mérida (Yucatán)\n"
        "San Pedro Tlaquepaque\n"
        "Zapopan\n\n"
        "PARAGUAY (1)\n"
        "Asunción\n\n"
        "PERÚ (2)\n"
        "Arequipa\n"
        "Miraflores (Lima)\n\n"
        "PUERTO RICO (1)\n"
        "Caguas\n\n"
        "URUGUAY (3)\n"
        "Maldonado\n"
        "Montevideo\n"
        "Paysandú",
        "¿Su ciudad quiere sumarse? Escriba a la Delegación: delegacion.al@example.org "
        "· Tel. +54 341 480 2000\n\n"
        "Noticias relacionadas\n"
        "Valparaíso y Cochabamba comparten sus experiencias de presupuesto participativo "
        "joven\n"
        "Convocatoria al Premio Ciudades Educadoras: plazo hasta el 30 de junio",
        "Avellaneda/AR; Buenos Aires/AR; Córdoba/AR; Godoy Cruz/AR; Granadero Baigorria/AR; "
        "La Plata/AR; Las Heras/AR; Luján de Cuyo/AR; Marcos Paz/AR; Mendoza/AR; Morón/AR; "
        "Pergamino/AR; Rafaela/AR; Río Cuarto/AR; Rosario/AR; Santa Fe/AR; Tandil/AR; "
        "Venado Tuerto/AR; Villa Carlos Paz/AR; Villa María/AR; Belo Horizonte/BR; "
        "Camaragibe/BR; Carazinho/BR; Caxias do Sul/BR; Diadema/BR; Guarulhos/BR; Mauá/BR; "
        "Porto Alegre/BR; Santo André/BR; Santos/BR; São Carlos/BR; Sorocaba/BR; "
        "Vitória/BR; Peñalolén/CL; Puente Alto/CL; Rancagua/CL; Renca/CL; Bogotá/CO; "
        "Bucaramanga/CO; Envigado/CO; Manizales/CO; Medellín/CO; Pereira/CO; Cuenca/EC; "
        "Loja/EC; Quito/EC; Chihuahua/MX; Guadalajara/MX; León/MX; Mérida/MX; "
        "San Pedro Tlaquepaque|Tlaquepaque/MX; Zapopan/MX; Asunción/PY; Arequipa/PE; "
        "Miraflores/PE; Caguas/PR; Maldonado/UY; Montevideo/UY; Paysandú/UY",
        "59 cities one a line under upper-case country headings with counts, provinces and "
        "Brazilian state codes (MG, PE, ES) in brackets, Rosario the delegation's seat and a "
        "member; Barcelona the secretariat, Bolonia and Génova in the charter's history, "
        "Morelia the next venue, Valparaíso and Cochabamba in related news",
    ),
    Page(
        "pt-selo-unicef-municipios-por-estado-running-no-na",
        "pt",
        "running_text;region_before;region_after;country_in_language;not_signatory;"
        "person_named_like_place",
        "Selo UNICEF: 36 municípios do Semiárido e da Amazônia recebem certificação",
        (2025, 6, 12),
        "Notícias > Infância e adolescência > Selo UNICEF\n\n"
        "Municípios certificados mostraram avanços em saúde, educação, proteção e "
        "participação de adolescentes ao longo de quatro anos\n\n"
        "Brasília – Em cerimônia realizada nesta quinta-feira no auditório do "
        "Ministério do Desenvolvimento, em Brasília, o UNICEF entregou o Selo UNICEF a "
        "municípios do Semiárido e da Amazônia Legal que cumpriram as metas da edição "
        "2021–2024. A certificação reconhece gestões municipais que reduziram a "
        "mortalidade infantil, ampliaram o acesso à creche e criaram núcleos de "
        "cidadania de adolescentes.\n\n"
        "“O Selo mostra que política pública para a infância se faz no município”, "
        "afirmou a coordenadora do escritório do UNICEF em Fortaleza, Vitória Albuquerque. "
        "A prefeita de Sobral, Marta Mendonça, recebeu o certificado em nome dos "
        "municípios cearenses.\n\n"
        "Confira os municípios certificados nesta etapa:",
        "No Ceará, foram certificados Sobral, Crateús, Iguatu, Quixadá e Tauá; no "
        "Piauí, Picos, Floriano e Parnaíba; no Maranhão, Imperatriz, Caxias e Bacabal; em "
        "Pernambuco, Petrolina, Arcoverde e Serra Talhada; na Bahia, Juazeiro, Vitória da "
        "Conquista e Irecê; na Paraíba, Patos, Sousa e Cajazeiras; no Rio Grande do Norte, "
        "Mossoró e Caicó; em Alagoas, Arapiraca e Delmiro Gouveia; em Sergipe, Lagarto e "
        "Itabaiana; e, no norte de Minas Gerais, Montes Claros e Januária.\n\n"
        "Na Amazônia Legal, receberam o Selo Santarém, Marabá e Altamira, no Pará; "
        "Parintins e Tefé, no Amazonas; Cruzeiro do Sul, no Acre; Santana, no Amapá; e "
        "Araguaína, no Tocantins.",
        "A lista completa, com os indicadores de cada município, está disponível na "
        "plataforma do Selo. A próxima edição, 2025–2028, tem inscrições abertas "
        "até agosto; os escritórios do UNICEF em Manaus, Belém, São Luís, Recife e "
        "Salvador apoiam as prefeituras no processo.\n\n"
        "Veja também\n"
        "Teresina sedia encontro de núcleos de cidadania de adolescentes\n"
        "Boa Vista lança plano municipal pela primeira infância",
        "Sobral/BR; Crateús/BR; Iguatu/BR; Quixadá/BR; Tauá/BR; Picos/BR; Floriano/BR; "
        "Parnaíba/BR; Imperatriz/BR; Caxias/BR; Bacabal/BR; Petrolina/BR; Arcoverde/BR; "
        "Serra Talhada/BR; Juazeiro/BR; Vitória da Conquista/BR; Irecê/BR; Patos/BR; "
        "Sousa/BR; Cajazeiras/BR; Mossoró/BR; Caicó/BR; Arapiraca/BR; Delmiro Gouveia/BR; "
        "Lagarto/BR; Itabaiana/BR; Montes Claros/BR; Januária/BR; Santarém/BR; "
        "Marabá/BR; Altamira/BR; Parintins/BR; Tefé/BR; Cruzeiro do Sul/BR; Santana/BR; "
        "Araguaína/BR",
        "36 municipalities in two paragraphs state by state (`no Ceará, ... e Tauá; no "
        "Piauí, ...`, `Santarém, Marabá e Altamira, no Pará`), Caxias and Santana with "
        "bigger namesakes, Sousa and Lagarto also words or names; Brasília the venue, UNICEF "
        "offices in Fortaleza, Manaus, Belém, São Luís, Recife, Salvador; a person named "
        "Vitória Albuquerque; Teresina and Boa Vista in related news",
    ),
    Page(
        "fr-afrique-communique-paix-communes-groupees-par-pays-observateurs",
        "fr",
        "running_text;region_after;country_in_language;not_signatory",
        "Communiqué final du Forum des maires pour la paix et la cohésion sociale",
        (2025, 11, 21),
        "Accueil > Actualités > Communiqués\n\n"
        "Yamoussoukro, le 21 novembre – Le Forum des maires pour la paix et la cohésion "
        "sociale en Afrique de l'Ouest et du Centre a tenu sa troisième session du 19 au 21 "
        "novembre à la Fondation Félix Houphouët-Boigny pour la recherche de la paix, à "
        "Yamoussoukro, sous le haut patronage du ministre de l'Intérieur, venu d'Abidjan "
        "pour l'ouverture des travaux.\n\n"
        "Les participants ont rappelé que les collectivités locales sont en première "
        "ligne face aux conflits intercommunautaires, à l'afflux de personnes déplacées et "
        "à la désinformation. S'appuyant sur la Charte africaine des droits de l'homme et "
        "des peuples, dite Charte de Banjul, et sur l'Agenda 2063 de l'Union africaine, ils "
        "se sont engagés à :\n\n"
        "– installer dans chaque commune un comité local de paix associant chefs "
        "traditionnels, leaders religieux, femmes et jeunes ;\n"
        "– garantir aux personnes déplacées l'accès à l'état civil et aux services "
        "de base ;\n"
        "– former les agents municipaux à la médiation et à la prévention des "
        "conflits fonciers ;\n"
        "– échanger leurs pratiques au sein du réseau, avec l'appui du Secrétariat "
        "régional basé à Rabat.",
        "Le présent communiqué a été adopté et signé par les maires et représentants des "
        "communes de Bouaké, Korhogo et Man (Côte d'Ivoire) ; de Kara et Sokodé (Togo) ; "
        "de Parakou (Bénin) ; de Tahoua et Zinder (Niger) ; de Dori et Ouahigouya (Burkina "
        "Faso) ; de Maroua (Cameroun) et d'Abéché (Tchad). Les communes de Mopti et de "
        "Ségou (Mali) ont pris part aux travaux en qualité d'observatrices.",
        "Les participants ont remercié les autorités et la population de Yamoussoukro pour "
        "leur accueil. La prochaine session se tiendra à Ziguinchor (Sénégal) en 2026.\n\n"
        "Télécharger le communiqué (PDF, 240 Ko)",
        "Bouaké/CI; Korhogo/CI; Man/CI; Kara/TG; Sokodé/TG; Parakou/BJ; Tahoua/NE; Zinder/NE; "
        "Dori/BF; Ouahigouya/BF; Maroua/CM; Abéché/TD",
        "12 communes in one sentence grouped by country `de Bouaké, Korhogo et Man (Côte "
        "d'Ivoire) ; de Kara et Sokodé (Togo) ; ... et d'Abéché (Tchad)`, Man and Kara "
        "short; Mopti and Ségou observers; Yamoussoukro the venue, Abidjan, the Banjul "
        "Charter, Rabat the secretariat, Ziguinchor the next venue",
    ),
    Page(
        "de-sichere-haefen-erklaerung-tabelle-verklebt-landkreis",
        "de",
        "table_glued;columns_after;not_signatory;person_named_like_place;body_not_city;no_country",
        "Hildesheimer Erklärung der Kommunen Sicherer Häfen",
        (2025, 6, 20),
        "Start › Aktuelles › Erklärungen\n\n"
        "Beim Jahrestreffen des Bündnisses in Hildesheim haben Vertreterinnen und Vertreter "
        "von 16 Kommunen am 20. Juni, dem Weltflüchtlingstag, die Hildesheimer Erklärung "
        "verabschiedet. Sie knüpft an die Potsdamer Erklärung von 2019 an, mit der die "
        "ersten Sicheren Häfen ihre Bereitschaft erklärt hatten, aus Seenot gerettete "
        "Menschen zusätzlich aufzunehmen.\n\n"
        "„Das Sterben im Mittelmeer geht weiter, und die Kommunen stehen bereit“, sagte "
        "Hildesheims Oberbürgermeisterin Anke Lindau, die das Treffen eröffnete. Hildesheim "
        "ist dem Bündnis im Frühjahr beigetreten und wird die Erklärung nach dem "
        "Ratsbeschluss im September unterzeichnen.\n\n"
        "In der Erklärung fordern die Kommunen den Bund auf,\n"
        "1. ein eigenes kommunales Aufnahmeprogramm für aus Seenot gerettete Menschen "
        "einzurichten,\n"
        "2. die Kosten der Unterbringung und Integration vollständig zu tragen und\n"
        "3. die zivile Seenotrettung zu entkriminalisieren.\n\n"
        "Unterzeichnende Kommunen",
        "KommuneBundeslandim Bündnis seitunterzeichnet durch\n"
        "Stadt FlensburgSchleswig-Holstein2018Oberbürgermeister\n"
        "Freie Hansestadt BremenBremen2018Bürgermeister\n"
        "Landeshauptstadt PotsdamBrandenburg2018Oberbürgermeister\n"
        "Landeshauptstadt DüsseldorfNordrhein-Westfalen2018Bürgermeisterin\n"
        "Stadt Freiburg im BreisgauBaden-Württemberg2018Oberbürgermeister\n"
        "Hansestadt LüneburgNiedersachsen2019Oberbürgermeisterin\n"
        "Stadt GöttingenNiedersachsen2019Oberbürgermeisterin\n"
        "Universitätsstadt MarburgHessen2019Stadtrat\n"
        "Stadt Rottenburg am NeckarBaden-Württemberg2019Oberbürgermeister\n"
        "Universitätsstadt TübingenBaden-Württemberg2019Erster Bürgermeister\n"
        "Stadt WürzburgBayern2019Oberbürgermeister\n"
        "Stadt LeipzigSachsen2019Bürgermeisterin\n"
        "Stadt JenaThüringen2019Oberbürgermeister\n"
        "Stadt Oldenburg (Oldb)Niedersachsen2019Oberbürgermeister\n"
        "Stadt ErlangenBayern2020Oberbürgermeister\n"
        "Landkreis OsnabrückNiedersachsen2020Landrätin",
        "Das Bündnis Sichere Häfen zählt inzwischen mehr als 300 Kommunen. Die "
        "Geschäftsstelle ist in Berlin.\n\n"
        "Die Erklärung im Wortlaut (PDF, 180 KB)\n\n"
        "Weitere Meldungen\n"
        "Rostock und Greifswald laden zum Ostsee-Treffen der Sicheren Häfen\n"
        "Neue Mitglieder: Gießen und Landau in der Pfalz",
        "Flensburg/DE; Bremen/DE; Potsdam/DE; Düsseldorf/DE; Freiburg im Breisgau|Freiburg/DE; "
        "Lüneburg/DE; Göttingen/DE; Marburg/DE; Rottenburg am Neckar|Rottenburg/DE; "
        "Tübingen/DE; Würzburg/DE; Leipzig/DE; Jena/DE; Oldenburg/DE; Erlangen/DE; "
        "Landkreis Osnabrück|Osnabrück District/DE/county",
        "a table copied with its cells run together (`Stadt FlensburgSchleswig-Holstein2018"
        "Oberbürgermeister`), official names, Bremen the city-state and Land, a Landkreis; "
        "Hildesheim the host, to sign later; Potsdam also in the earlier declaration's name; a "
        "mayor named Lindau; Berlin the office, Rostock, Greifswald, Gießen, Landau in news",
    ),
    Page(
        "it-comuniciclabili-bike-smile-titoli-sigle-provincia",
        "it",
        "one_a_line;state_codes;no_country;columns_after;not_signatory;person_named_like_place",
        "ComuniCiclabili 2025: ecco i 25 comuni con la bandiera gialla",
        (2025, 3, 14),
        "Home › Campagne › ComuniCiclabili › News\n\n"
        "Consegnate a Verona, nel corso della fiera della bicicletta, le bandiere gialle "
        "dell'edizione 2025. Il riconoscimento valuta le politiche per la ciclabilità dei "
        "comuni in quattro aree: mobilità urbana, cicloturismo, governance e comunicazione, "
        "e assegna da 1 a 5 “bike-smile”.\n\n"
        "“I comuni premiati dimostrano che la città a misura di bicicletta non è "
        "un'utopia”, ha detto il coordinatore nazionale della campagna, Paolo Ferrara. "
        "“Chiediamo al governo di rifinanziare la legge quadro sulla mobilità ciclistica e "
        "di dare seguito alla Carta di Bologna per l'ambiente.”\n\n"
        "Le bandiere 2025, comune per comune (tra parentesi la provincia; N = nuovo ingresso)",
        "5 bike-smile\n"
        "Bolzano – Bozen (BZ)\n"
        "Pesaro (PU)\n"
        "Reggio Emilia (RE)\n"
        "Ferrara (FE)\n\n"
        "4 bike-smile\n"
        "Bergamo (BG)\n"
        "Treviso (TV)\n"
        "Padova (PD)\n"
        "Cesena (FC)\n"
        "Lodi (LO)\n"
        "Mantova (MN)\n"
        "Rimini (RN)\n"
        "Fano (PU) N\n\n"
        "3 bike-smile\n"
        "Torino (TO)\n"
        "Lecco (LC)\n"
        "Monza (MB)\n"
        "Cremona (CR)\n"
        "Parma (PR)\n"
        "Modena (MO)\n"
        "Vicenza (VI)\n"
        "Pordenone (PN) N\n"
        "Ravenna (RA)\n\n"
        "2 bike-smile\n"
        "Latina (LT) N\n"
        "Bari (BA)\n"
        "Lecce (LE)\n"
        "Pisa (PI) N",
        "Il bando per l'edizione 2026 apre il 1° settembre; possono partecipare tutti i "
        "comuni italiani. La campagna è promossa dalla federazione nazionale per "
        "l'ambiente e la bicicletta, con sede a Milano.\n\n"
        "Leggi anche\n"
        "Firenze e Brescia, due anni di zone 30: i primi dati\n"
        "Bike to work: Trento e Verona premiano chi pedala",
        "Bolzano|Bozen/IT; Pesaro/IT; Reggio Emilia|Reggio nell'Emilia/IT; Ferrara/IT; "
        "Bergamo/IT; Treviso/IT; Padova|Padua/IT; Cesena/IT; Lodi/IT; Mantova|Mantua/IT; "
        "Rimini/IT; Fano/IT; Torino|Turin/IT; Lecco/IT; Monza/IT; Cremona/IT; Parma/IT; "
        "Modena/IT; Vicenza/IT; Pordenone/IT; Ravenna/IT; Latina/IT; Bari/IT; Lecce/IT; "
        "Pisa/IT",
        "25 towns one a line under score headings `5 bike-smile` with province codes that "
        "are countries' (BG, TV, MN, LC, CR, PR, MO, VI, LT, BA, RE), a bilingual `Bolzano "
        "– Bozen`, a trailing `N` mark; Verona the venue, Milano the seat, the Carta di "
        "Bologna, a coordinator named Ferrara; Firenze, Brescia, Trento in related news",
    ),
    Page(
        "nl-be-fairtradegemeenten-provincie-dubbelepunt-boom-zele",
        "nl",
        "several_a_line;region_before;region_like_country;no_country;not_signatory;"
        "person_named_like_place",
        "Dertien nieuwe FairTradeGemeenten in Vlaanderen",
        (2025, 5, 9),
        "Home > Nieuws > FairTradeGemeente\n\n"
        "Tijdens de Week van de Fair Trade kregen dertien Vlaamse steden en gemeenten de titel "
        "van FairTradeGemeente. De uitreiking vond plaats in het stadhuis van Mechelen, dat "
        "de titel al sinds 2009 draagt.\n\n"
        "Om de titel te behalen, moet een gemeente aan zes criteria voldoen: het gemeentebestuur "
        "koopt eerlijke en duurzame producten aan, er is een lokale stuurgroep, winkels en "
        "horecazaken bieden fairtradeproducten aan, scholen, verenigingen en bedrijven doen "
        "mee, de campagne haalt de lokale pers en de gemeente steunt ook lokale en duurzame "
        "landbouw.\n\n"
        "“We zijn trots dat onze stuurgroep, met vrijwilligers van zes "
        "wereldwinkels, dit in twee jaar heeft waargemaakt”, zegt schepen Sofie Van Lier "
        "van Mortsel.\n\n"
        "De nieuwe FairTradeGemeenten per provincie:",
        "Antwerpen: Boom, Herentals, Lier, Mortsel\n"
        "Limburg: Lommel, Maasmechelen\n"
        "Oost-Vlaanderen: Lokeren, Oudenaarde, Zele\n"
        "Vlaams-Brabant: Tienen, Zaventem\n"
        "West-Vlaanderen: Poperinge, Tielt",
        "Daarmee telt Vlaanderen 214 FairTradeGemeenten. Gent was in 2005 de eerste. De "
        "campagne wordt gecoördineerd door Fairtrade Belgium en 11.11.11 vanuit Brussel, met "
        "steun van de provincies.\n\n"
        "Lees ook\n"
        "Brugge en Kortrijk kiezen voor eerlijke koffie in alle stadsdiensten\n"
        "Zo word je FairTradeGemeente: de zes criteria uitgelegd",
        "Boom/BE; Herentals/BE; Lier/BE; Mortsel/BE; Lommel/BE; Maasmechelen/BE; Lokeren/BE; "
        "Oudenaarde/BE; Zele/BE; Tienen/BE; Zaventem/BE; Poperinge/BE; Tielt/BE",
        "13 municipalities on five `Provincie: A, B, C` lines whose provinces Antwerpen and "
        "Limburg are also places, towns named like words (Boom, Zele, Lier); Mechelen the "
        "venue, Gent the first, Brussel the coordinators' seat; a councillor named Van Lier "
        "of Mortsel; Brugge and Kortrijk in related news",
    ),
    Page(
        "pl-cittaslow-sprawozdanie-wojewodztwa-akapity-kandydaci-wystapienie",
        "pl",
        "running_text;region_before;region_after;no_country;not_signatory;inflected",
        "Sprawozdanie z działalności Polskiej Krajowej Sieci Miast Cittaslow za 2024 rok",
        (2025, 3, 28),
        "Strona główna / O sieci / Dokumenty / Sprawozdania\n\n"
        "1. Informacje ogólne\n\n"
        "Polska Krajowa Sieć Miast Cittaslow działa w ramach międzynarodowego "
        "stowarzyszenia Cittaslow International z siedzibą w Orvieto. Jej członkowie "
        "zrzeszeni są w Stowarzyszeniu Polskich Miast Cittaslow z siedzibą w Reszlu. "
        "Walne Zgromadzenie Stowarzyszenia odbyło się w 2024 r. dwukrotnie: w kwietniu w "
        "Biskupcu i w październiku w Lidzbarku Warmińskim. Sieć współpracuje z "
        "Urzędem Marszałkowskim Województwa Warmińsko-Mazurskiego w Olsztynie, który "
        "finansuje Ponadlokalny Program Rewitalizacji Sieci Miast Cittaslow.\n\n"
        "2. Członkowie sieci\n\n"
        "Na dzień 31 grudnia 2024 r. sieć liczyła 38 miast z 11 województw.",
        "W województwie warmińsko-mazurskim są to: Barczewo, Bartoszyce, Biskupiec, "
        "Bisztynek, Dobre Miasto, Działdowo, Gołdap, Górowo Iławeckie, Jeziorany, "
        "Kisielice, Lidzbark Warmiński, Lubawa, Młynary, Nidzica, Nowe Miasto Lubawskie, "
        "Olsztynek, Orneta, Pasym, Pieniężno, Reszel, Ryn, Sępopol i Węgorzewo. W "
        "województwie opolskim członkami sieci są Głogówek, Głubczyce, Prudnik i "
        "Byczyna, w zachodniopomorskim – Bobolice i Sianów, w kujawsko-pomorskim – "
        "Łasin i Dobrzyń nad Wisłą. Pozostałe województwa reprezentuje po jednym "
        "mieście: Nowy Dwór Gdański (pomorskie), Murowana Goślina (wielkopolskie), "
        "Kalety (śląskie), Rejowiec Fabryczny (lubelskie), Rzgów (łódzkie), Gorlice "
        "(małopolskie) i Ścinawa (dolnośląskie).\n\n"
        "W 2024 r. certyfikat Cittaslow otrzymały Bobolice i Gorlice. Status miasta "
        "kandydującego mają Frombork, Tolkmicko i Wydminy; ich certyfikacja planowana jest "
        "na 2025 r. Z sieci wystąpiło z końcem roku miasto Korsze.",
        "3. Działania\n\n"
        "W ramach programu rewitalizacji zakończono 14 inwestycji, m.in. przebudowę rynku w "
        "Ornecie i bulwaru nad jeziorem w Rynie. Przedstawiciele sieci wzięli udział w "
        "Międzynarodowym Zgromadzeniu Cittaslow w Kuşadası oraz w wizycie studyjnej w "
        "miastach Cittaslow w Portugalii.\n\n"
        "Pobierz sprawozdanie (PDF, 2,1 MB)",
        "Barczewo/PL; Bartoszyce/PL; Biskupiec/PL; Bisztynek/PL; Dobre Miasto/PL; "
        "Działdowo/PL; Gołdap/PL; Górowo Iławeckie/PL; Jeziorany/PL; Kisielice/PL; "
        "Lidzbark Warmiński/PL; Lubawa/PL; Młynary/PL; Nidzica/PL; "
        "Nowe Miasto Lubawskie/PL; Olsztynek/PL; Orneta/PL; Pasym/PL; Pieniężno/PL; "
        "Reszel/PL; Ryn/PL; Sępopol/PL; Węgorzewo/PL; Głogówek/PL; Głubczyce/PL; "
        "Prudnik/PL; Byczyna/PL; Bobolice/PL; Sianów/PL; Łasin/PL; "
        "Dobrzyń nad Wisłą/PL; Nowy Dwór Gdański/PL; Murowana Goślina/PL; "
        "Kalety/PL; Rejowiec Fabryczny/PL; Rzgów/PL; Gorlice/PL; Ścinawa/PL",
        "38 towns in a report's paragraphs by voivodeship (`W województwie opolskim "
        "członkami sieci są ...`, `w zachodniopomorskim – A i B`, `Kalety (śląskie)`), "
        "Bobolice and Gorlice named again as new; candidates Frombork, Tolkmicko, Wydminy and "
        "Korsze that left are not members; seats and venues in the locative (`w Reszlu`, `w "
        "Biskupcu`, `w Ornecie`, `w Rynie`), Orvieto, Olsztyn, Kuşadası",
    ),
    Page(
        "da-venskabsbyer-land-overskrifter-borga-sat-i-bero",
        "da",
        "one_a_line;region_heading;country_in_language;named_twice;not_signatory",
        "Venskabsbyer",
        (2025, 1, 15),
        "Ringkøbing-Skjern Kommune\nBorger   Erhverv   Politik   Om kommunen\n\n"
        "Om kommunen › Internationalt samarbejde › Venskabsbyer\n\n"
        "Ringkøbing-Skjern Kommune har venskabsbyer i de nordiske lande og samarbejdsaftaler "
        "med byer i Tyskland og Polen. Samarbejdet bygger på den nordiske tradition for "
        "venskabsbyer, som Foreningen Norden tog initiativ til efter krigen, og på "
        "Helsingforsaftalen om nordisk samarbejde.\n\n"
        "Venskabsbyerne mødes hvert andet år til et venskabsbytræf, hvor skoler, "
        "foreninger, idrætsklubber og politikere besøger hinanden. Det næste træf "
        "holdes i Akranes i juni 2026.\n\n"
        "Vores venskabsbyer",
        "Sverige\nVetlanda kommun\n\n"
        "Norge\nKongsberg kommune\n\n"
        "Finland\nPorvoo / Borgå\n\n"
        "Island\nAkraneskaupstaður (Akranes)\n\n"
        "Færøerne\nKlaksvíkar kommuna (Klaksvík)\n\n"
        "Samarbejdsaftaler\n\n"
        "Tyskland\nStadt Husum (siden 2004)\n\n"
        "Polen\nKołobrzeg (siden 2011)",
        "Samarbejdet med Gusev i Rusland, der blev indgået i 1997, har været sat i bero "
        "siden marts 2022.\n\n"
        "Kontakt\nInternational koordinator Mette Holm\nmette.holm@example.dk · "
        "tlf. 99 74 24 24\n\n"
        "Ringkøbing-Skjern Kommune · Ved Fjorden 6 · 6950 Ringkøbing",
        "Vetlanda/SE; Kongsberg/NO; Porvoo|Borgå/FI; Akranes/IS; Klaksvík/FO; Husum/DE; "
        "Kołobrzeg/PL",
        "a municipality's twin towns, each under its country heading in Danish, official "
        "names (`Vetlanda kommun`, `Akraneskaupstaður (Akranes)`, `Klaksvíkar kommuna`), "
        "`Porvoo / Borgå` named twice, Husum and Kołobrzeg under partnership agreements; "
        "the host municipality and its address, Gusev suspended, the Helsinki Treaty, Akranes "
        "also the next venue",
    ),
    Page(
        "ja-souzou-toshi-kamei-jichitai-chihou-midashi-hoshi-bunya",
        "ja",
        "one_a_line;region_heading;no_country;columns_after;not_signatory;region_after",
        "創造都市ネットワーク日本（CCNJ）加盟自治体一覧",
        (2025, 7, 1),
        "トップ ＞ CCNJについて ＞ 加盟団体\n\n"
        "創造都市ネットワーク日本（CCNJ）は、文化芸術の創造性を地域づくりに生かす自治体と"
        "団体のネットワークです。2013年に設立され、現在の幹事団体は横浜市、金沢市、神戸市、"
        "鶴岡市などです。事務局は横浜市文化観光局に置かれています。\n\n"
        "2025年度の総会は5月に鶴岡市で開催され、前橋市と別府市の加盟が承認されました。"
        "総会には文化庁（京都市）の担当者も出席し、ユネスコ本部（パリ）の創造都市ネットワーク"
        "との連携について報告がありました。\n\n"
        "加盟自治体（2025年7月1日現在、27自治体）\n"
        "★はユネスコ創造都市ネットワークの認定都市（括弧内は分野）",
        "■北海道・東北\n"
        "札幌市　★（メディアアート）\n"
        "旭川市　★（デザイン）\n"
        "東川町（北海道）\n"
        "八戸市\n"
        "仙台市\n"
        "山形市　★（映画）\n"
        "鶴岡市　★（食文化）\n\n"
        "■関東\n"
        "横浜市\n"
        "前橋市\n\n"
        "■中部\n"
        "新潟市\n"
        "十日町市（新潟県）\n"
        "金沢市　★（クラフト＆フォークアート）\n"
        "松本市\n"
        "木曽町（長野県）\n"
        "浜松市　★（音楽）\n"
        "名古屋市　★（デザイン）\n\n"
        "■近畿\n"
        "奈良市\n"
        "神戸市　★（デザイン）\n"
        "丹波篠山市　★（クラフト＆フォークアート）\n"
        "豊岡市\n\n"
        "■中国・四国\n"
        "尾道市\n"
        "高松市\n\n"
        "■九州・沖縄\n"
        "北九州市\n"
        "別府市\n"
        "臼杵市　★（食文化）\n"
        "鹿児島市\n"
        "那覇市",
        "このほか、文化芸術団体、大学、NPOなど41団体が特別会員として加盟しています。\n\n"
        "加盟のお問い合わせ：CCNJ事務局（横浜市文化観光局内）\n"
        "電話 045-000-0000",
        "Sapporo/JP; Asahikawa/JP; Higashikawa/JP; Hachinohe/JP; Sendai/JP; Yamagata/JP; "
        "Tsuruoka/JP; Yokohama/JP; Maebashi/JP; Niigata/JP; Tokamachi|Tōkamachi/JP; "
        "Kanazawa/JP; Matsumoto/JP; Kiso/JP; Hamamatsu/JP; Nagoya/JP; Nara/JP; Kobe/JP; "
        "Tamba-Sasayama|Sasayama/JP; Toyooka/JP; Onomichi/JP; Takamatsu/JP; Kitakyushu/JP; "
        "Beppu/JP; Usuki/JP; Kagoshima/JP; Naha/JP",
        "27 municipalities one a line under `■` regional headings, with a ★ and the UNESCO "
        "field in full-width brackets after some, the prefecture after towns (`東川町（北海道）`); "
        "Yokohama the secretariat and a member, Tsuruoka the venue and a member, Kyoto and "
        "Paris named beside other bodies",
    ),
    Page(
        "tr-cocuk-dostu-protokol-il-ilce-belediyesi-ankarada",
        "tr",
        "bulleted;region_before;person_after;not_signatory;no_country",
        "Dört belediye Çocuk Dostu Şehirler protokolünü imzaladı",
        (2025, 11, 20),
        "Anasayfa / Haberler / Çocuk Dostu Şehirler\n\n"
        "20 Kasım Dünya Çocuk Hakları Günü'nde Ankara'da düzenlenen törende dört belediye, "
        "UNICEF Türkiye ile Çocuk Dostu Şehirler Girişimi protokolünü imzaladı. Belediyeler, "
        "önümüzdeki iki yıl içinde çocukların ve gençlerin görüşlerini alarak yerel çocuk "
        "hakları eylem planlarını hazırlayacak ve kent konseylerinde çocuk meclisleri kuracak.\n\n"
        "Törende konuşan UNICEF Türkiye Temsilci Yardımcısı, BM Çocuk Hakları Sözleşmesi'nin "
        "hayata geçirilmesinde belediyelerin kilit rol oynadığını söyledi. Girişim, 2021'de "
        "Mersin Büyükşehir Belediyesi ile başlatılan pilot uygulamanın ardından "
        "yaygınlaştırılıyor.\n\n"
        "Protokolü imzalayan belediyeler:",
        "• Ankara Çankaya Belediyesi – Belediye Başkanı Selin Aydemir\n"
        "• Bursa Nilüfer Belediyesi – Belediye Başkan Yardımcısı Kerem Özkan\n"
        "• Eskişehir Tepebaşı Belediyesi – Belediye Başkanı Orhan Yücel\n"
        "• İzmir Karşıyaka Belediyesi – Belediye Başkanı Deniz Akar",
        "Protokol kapsamında belediyelere eğitim ve teknik destek verilecek; ilk eğitim "
        "Ocak ayında İstanbul'da yapılacak.\n\n"
        "Etiketler: çocuk hakları, yerel yönetimler, UNICEF",
        "Çankaya/TR; Nilüfer/TR; Tepebaşı/TR; Karşıyaka/TR",
        "four district municipalities as `Province District Belediyesi – title Name` bullets, "
        "the province (Ankara, Bursa, Eskişehir, İzmir) before each district; Ankara also the "
        "venue, Mersin the pilot, İstanbul the next training",
    ),
    Page(
        "ar-ilan-aqaba-miyah-murqqam-hindi-oman-amman",
        "ar",
        "numbered;country_in_language;not_signatory",
        "إعلان العقبة للمدن العربية بشأن المياه والقدرة على الصمود",
        (2025, 10, 16),
        "الرئيسية › الأخبار › البيانات والإعلانات\n\n"
        "اختتمت في مدينة العقبة أعمال الملتقى العربي الثالث للمدن والمياه، الذي استضافته سلطة "
        "منطقة العقبة الاقتصادية الخاصة بالتعاون مع منظمة المدن العربية ومقرها الكويت، بمشاركة "
        "رؤساء بلديات وخبراء من اثنتي عشرة دولة عربية.\n\n"
        "وأكد المشاركون أن المدن العربية من أكثر مدن العالم تعرضاً لشح المياه وموجات الحر "
        "والسيول المفاجئة، وأن التكيف يبدأ من الحي والشارع. واستند الإعلان إلى مبادئ إعلان "
        "دبلن بشأن المياه والتنمية المستدامة، وإلى مخرجات مؤتمر الأمم المتحدة للمياه الذي "
        "عُقد في نيويورك عام 2023.\n\n"
        "وتعهدت المدن الموقعة بما يلي:\n"
        "أولاً: خفض الفاقد في شبكات المياه إلى أقل من 20% بحلول عام 2030.\n"
        "ثانياً: إعادة استخدام المياه المعالجة في ري الحدائق والمساحات العامة.\n"
        "ثالثاً: إعداد خرائط لمخاطر السيول وإدراجها في المخططات التنظيمية.\n"
        "رابعاً: إشراك السكان والنساء والشباب في إدارة الطلب على المياه.\n\n"
        "المدن الموقعة على الإعلان:",
        "١. أمانة عمّان الكبرى – المملكة الأردنية الهاشمية\n"
        "٢. بلدية إربد الكبرى – المملكة الأردنية الهاشمية\n"
        "٣. بلدية صيدا – الجمهورية اللبنانية\n"
        "٤. بلدية طرابلس – الجمهورية اللبنانية\n"
        "٥. جماعة مراكش – المملكة المغربية\n"
        "٦. جماعة أكادير – المملكة المغربية\n"
        "٧. بلدية صفاقس – الجمهورية التونسية\n"
        "٨. بلدية سوسة – الجمهورية التونسية\n"
        "٩. بلدية أريحا – دولة فلسطين\n"
        "١٠. بلدية الخليل – دولة فلسطين\n"
        "١١. بلدية مسقط – سلطنة عُمان",
        "ورحب المشاركون بعرض مدينة الإسكندرية استضافة الملتقى الرابع عام 2027، ودعوا المدن "
        "العربية الأخرى إلى الانضمام إلى الإعلان عبر الأمانة العامة لمنظمة المدن العربية.\n\n"
        "تحميل نص الإعلان (PDF)",
        "Amman/JO; Irbid/JO; Sidon|Saida/LB; Tripoli/LB; Marrakesh/MA; Agadir/MA; Sfax/TN; "
        "Sousse/TN; Jericho/PS; Hebron/PS; Muscat/OM",
        "11 bodies numbered in Arabic-Indic digits `١. بلدية X – official country name`, "
        "`أمانة عمّان الكبرى` (Amman) and `سلطنة عُمان` (Oman) spelt with the same letters, "
        "Tripoli of Lebanon, Moroccan `جماعة`; Aqaba the venue, Kuwait the secretariat, Dublin "
        "and New York in texts' names, Alexandria the next host",
    ),
    Page(
        "ko-smart-city-gongdong-seoneon-gaundetjeom-deung-venue-busan",
        "ko",
        "running_text;several_a_line;no_country;not_signatory",
        "8개 도시, ‘사람 중심 스마트도시’ 공동선언 채택",
        (2025, 9, 11),
        "홈 > 알림마당 > 보도자료\n\n"
        "세종·대전·수원 등 8개 도시, 데이터 공유와 디지털 포용에 협력\n\n"
        "스마트도시 분야 지방정부 협의체는 10일 부산 벡스코에서 열린 ‘스마트시티 서밋 "
        "2025’에서 ‘사람 중심 스마트도시 공동선언’을 채택했다고 11일 밝혔다.",
        "공동선언에는 세종·대전·수원·고양·화성·부천·김해·포항 등 8개 도시가 참여했다. "
        "이날 행사에는 각 도시의 시장과 부시장이 직접 참석해 선언문에 서명했으며, 수원특례시는 "
        "도시정책실장이 시장을 대신해 서명했다.",
        "8개 도시는 공동선언을 통해 ▲도시 데이터 개방과 표준화 ▲고령자·장애인 등 디지털 "
        "약자를 위한 서비스 확대 ▲개인정보 보호 원칙 준수 ▲스마트도시 솔루션의 도시 간 공동 "
        "활용 등 4대 과제를 추진하기로 했다.\n\n"
        "협의체 회장을 맡은 김지훈 대전광역시 부시장은 “스마트도시의 목적은 기술이 아니라 "
        "시민의 삶”이라며 “국토교통부와 세계스마트시티기구(WeGO) 서울 사무국과도 협력해 "
        "성과를 해외에 알리겠다”고 말했다.\n\n"
        "협의체는 내년 상반기 정기총회를 세종에서 열고 참여 도시를 확대할 계획이다.\n\n"
        "문의: 협의체 사무국 ☎ 042-000-0000",
        "Sejong/KR; Daejeon/KR; Suwon/KR; Goyang/KR; Hwaseong/KR; Bucheon/KR; Gimhae/KR; Pohang/KR",
        "eight cities between middle dots in one sentence, with `등 8개 도시`; Busan the venue "
        "(BEXCO), Seoul the WeGO secretariat, Daejeon's deputy mayor the chair, Sejong also "
        "the next venue and Suwon signed by a deputy",
    ),
]

"""Hand-written pages, batch r37a: held out from round 37, written blind (without reading the
reader or other batches beyond pages_s.py). A mix as a user meets it on the web of city
networks: 7 statements and declarations and 7 member pages and news items, of 14 networks of
many kinds and regions, in 14 languages. A global heat call's signatory cards (`Mayor Name` over
`City, Country`) with a county and Paris named in the text; a French declaration named after
its host city, signed by mayors in running text `d'Abomey-Calavi, de Bamako ... et de
Saint-Louis (Sénégal)`; a Spanish tab table of a South American network with country, signer and
title columns and signers named Victoria and Mercedes; Polish signature blocks of `Prezydent
Miasta Krakowa` over the mayor's name, some titles in the nominative (`Prezydent Miasta
Katowice`); Finnish genitives of the six biggest cities in running text and over the mayors'
names; a Czech tab table of healthy cities with kraj and member-since columns and a venue
`v Ostravě`; Brazilian `Name, prefeita de Maricá/RJ` lines with a prefeita named Vitória. Then
German new members of a climate network in running text `die Stadt X (Land)`, a Landkreis,
`Gemeinde Mals (Südtirol)`; Italian new slow towns `Comune di X (BR)` and `X (Portogallo)` under a
venue and seat; Dutch new members in two sentences with `'s-Hertogenbosch` named again as `Den
Bosch`; a long Swedish directory of `X kommun`, `X stad` under letter headings; a Japanese
peace network's new member cities in a country and city tab table with its Hiroshima seat; a
Turkish healthy cities member table of `X Belediyesi` with il and year columns under a board;
a short Croatian news item of three new towns with genitives and a venue. Invented texts and
people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-heat-call-signatory-cards-mayor-over-city-country-county",
        "en",
        "one_a_line;person_before;body_not_city;not_signatory;teasers",
        "Global Mayors' Call to Action on Extreme Heat",
        (2025, 9, 23),
        "Our work\n/\nClimate resilience\n/\nExtreme heat\n\n"
        "CALL TO ACTION\n\n"
        "Heat is the deadliest climate hazard our residents face. Last summer, temperatures above "
        "45°C closed schools, buckled rail lines and filled emergency rooms in cities on every "
        "continent. Ten years after the Paris Agreement, the people who suffer most from heat are "
        "still the ones with the least shade, the least cooling and the least say.\n\n"
        "As mayors and city leaders, we commit to:\n"
        "• appoint a lead official responsible for heat in every city hall;\n"
        "• map heat risk street by street and publish the maps by 2027;\n"
        "• plant and protect trees so that every resident lives within 300 metres of shade;\n"
        "• protect outdoor workers and open cooling centres during every heat alert.\n\n"
        "We call on national governments and on the UN Secretary-General to put heat at the "
        "centre of adaptation finance.\n\n"
        "The Call to Action was launched on 23 September 2025 at a mayors' breakfast during "
        "Climate Week NYC in New York, hosted by the network's chair.\n\n"
        "Signatories\n21 mayors and city leaders\nFilter by region ▾",
        "Mayor Fatmata Conteh\nFreetown, Sierra Leone\n\n"
        "Governor Daniel Otieno Were\nKisumu, Kenya\n\n"
        "Deputy Mayor Eleni Stavrou\nAthens, Greece\n\n"
        "Mayor Rodrigo Garza Treviño\nMonterrey, Mexico\n\n"
        "Mayor Laura Hensley\nPhoenix, United States\n\n"
        "Mayor Camila Fuentes Rojas\nSantiago, Chile\n\n"
        "Mayor Priya Sundaram\nChennai, India\n\n"
        "Mayor Sipho Ndlovu\nDurban (eThekwini), South Africa\n\n"
        "Mayor Andrés Restrepo Gil\nMedellín, Colombia\n\n"
        "Mayor Hetal Desai\nAhmedabad, India\n\n"
        "Lord Mayor Olivia Grant\nMelbourne, Australia\n\n"
        "Mayor Aïssatou Ndiaye\nDakar, Senegal\n\n"
        "Alderman Jeroen van Dijk\nRotterdam, Netherlands\n\n"
        "Governor Somchai Rattanakul\nBangkok, Thailand\n\n"
        "Mayor Ardit Hoxha\nTirana, Albania\n\n"
        "Mayor Manuel Ortega Ruiz\nSeville, Spain\n\n"
        "Mayor Josefina Dela Cruz\nQuezon City, Philippines\n\n"
        "Mayor Kwame Asante\nAccra, Ghana\n\n"
        "Mayor Carmen Delgado\nMiami-Dade County, United States\n\n"
        "Deputy Mayor Hugo Lefèvre\nParis, France\n\n"
        "Mayor Imran Siddiqui\nKarachi, Pakistan",
        "Is your city ready to act on heat? Mayors can sign the Call to Action by writing to "
        "heat@example.org.\n\n"
        "Read more\n"
        "Lagos and Nairobi open their first public cooling centres\n12 Aug 2025\n"
        "How Barcelona's climate shelters kept older people safe\n30 Jul 2025",
        "Freetown/SL; Kisumu/KE; Athens/GR; Monterrey/MX; Phoenix/US; Santiago/CL; Chennai/IN; "
        "Durban/ZA; Medellín/CO; Ahmedabad/IN; Melbourne/AU; Dakar/SN; Rotterdam/NL; Bangkok/TH; "
        "Tirana/AL; Seville/ES; Quezon City/PH; Accra/GH; "
        "Miami-Dade County|Miami-Dade/US/county; Paris/FR; Karachi/PK",
        "signatory cards of two lines, `Mayor Name` over `City, Country`, with a county and "
        "`Durban (eThekwini)`; New York the venue, Paris also in 'Paris Agreement', Lagos, "
        "Nairobi and Barcelona in teasers",
    ),
    Page(
        "fr-declaration-cotonou-maires-running-text-de-d-saint-louis-senegal",
        "fr",
        "running_text;no_country;not_signatory;teasers",
        "Déclaration de Cotonou : les maires s'engagent pour l'assainissement",
        (2024, 11, 7),
        "Accueil > Actualités > Déclarations\n\n"
        "Réunis à Cotonou du 5 au 7 novembre 2024 pour les Assises de l'eau et de "
        "l'assainissement, les maires de l'espace francophone ont adopté une déclaration "
        "commune.\n\n"
        "« Une ville qui ne traite pas ses eaux usées ne peut pas protéger la santé de ses "
        "enfants », a rappelé le maire de Cotonou, hôte des Assises, en ouvrant les travaux au "
        "Palais des congrès.\n\n"
        "Par cette déclaration, les villes s'engagent à doubler d'ici 2030 la part des ménages "
        "raccordés à un assainissement sûr, à associer les femmes et les jeunes à la gestion des "
        "services et à rendre compte chaque année de leurs progrès. Elles demandent aux bailleurs "
        "un accès direct des collectivités aux financements, comme le prévoit le Pacte de Séville "
        "sur le financement du développement.",
        "La déclaration a été signée par les maires ou leurs représentants d'Abomey-Calavi, de "
        "Bamako, de Bobo-Dioulasso, de Conakry, de Douala, de Lomé, de Niamey, de Nouakchott, de "
        "Mopti, de Sousse, d'Antananarivo et de Saint-Louis (Sénégal). La Ville de Montréal, "
        "partenaire technique du programme, et l'Agence de l'eau Seine-Normandie ont assisté aux "
        "travaux en qualité d'observateurs.",
        "Les prochaines Assises se tiendront en 2026 à Kigali.\n\n"
        "Télécharger la déclaration (PDF, 1,2 Mo)\n\n"
        "À lire aussi\n"
        "Dakar et Abidjan lancent un réseau de bornes-fontaines solaires\n"
        "Formation des techniciens municipaux à Yaoundé : les inscriptions sont ouvertes",
        "Abomey-Calavi/BJ; Bamako/ML; Bobo-Dioulasso/BF; Conakry/GN; Douala/CM; Lomé/TG; "
        "Niamey/NE; Nouakchott/MR; Mopti/ML; Sousse/TN; Antananarivo/MG; Saint-Louis/SN",
        "signatories in one French sentence `d'X, de Y ... et de Saint-Louis (Sénégal)`, no "
        "countries otherwise; Cotonou the host and venue, Montréal an observer, Séville in a "
        "pact's name, Kigali the next venue, Dakar, Abidjan and Yaoundé in teasers",
    ),
    Page(
        "es-declaracion-red-ciudades-sudamerica-tabla-pais-firmante-cargo",
        "es",
        "table_tabs;columns_after;country_in_language;person_named_like_place;not_signatory",
        "Declaración de Foz do Iguaçu por ciudades inclusivas y sostenibles",
        (2025, 12, 4),
        "Inicio » Documentos » Declaraciones\n\n"
        "XXX Cumbre de la Red\n\n"
        "Las ciudades reunidas en la XXX Cumbre de la Red, celebrada en Foz do Iguaçu (Brasil) "
        "los días 3 y 4 de diciembre de 2025, declaran:\n\n"
        "1. Que la integración regional se construye también desde los territorios, y que las "
        "ciudades deben tener voz propia en los órganos del MERCOSUR.\n"
        "2. Su compromiso con ciudades sin discriminación, con especial atención a las personas "
        "migrantes, a las mujeres y a las juventudes.\n"
        "3. Su voluntad de cumplir la Agenda 2030 y la Nueva Agenda Urbana adoptada en Quito.\n\n"
        "La Secretaría Técnica Permanente, con sede en Montevideo, dará seguimiento a los "
        "compromisos de esta Declaración.\n\n"
        "Firmantes",
        "Ciudad\tPaís\tFirmante\tCargo\n"
        "Montevideo\tUruguay\tMarcelo Ferreira\tIntendente\n"
        "Rosario\tArgentina\tVictoria Pérez\tIntendenta\n"
        "Córdoba\tArgentina\tGustavo Paredes\tIntendente\n"
        "Mendoza\tArgentina\tLucía Benítez\tSecretaria de Relaciones Internacionales\n"
        "La Plata\tArgentina\tJulián Sosa\tIntendente\n"
        "Santa Fe\tArgentina\tMercedes Ríos\tIntendenta\n"
        "Tandil\tArgentina\tRaúl Etchegoyen\tIntendente\n"
        "Rafaela\tArgentina\tDiego Maurino\tIntendente\n"
        "Porto Alegre\tBrasil\tAna Paula Schmidt\tPrefeita\n"
        "Belo Horizonte\tBrasil\tRenato Carvalho\tPrefeito\n"
        "Guarulhos\tBrasil\tMarcos Tavares\tPrefeito\n"
        "Niterói\tBrasil\tFernanda Lopes\tSecretária de Relações Internacionais\n"
        "Canoas\tBrasil\tJoão Pedro Becker\tPrefeito\n"
        "Santo André\tBrasil\tCláudia Moreira\tPrefeita\n"
        "Florianópolis\tBrasil\tEduardo Vieira\tPrefeito\n"
        "Asunción\tParaguay\tCarlos Benítez Ayala\tIntendente\n"
        "Encarnación\tParaguay\tLiz Giménez\tIntendenta\n"
        "Fernando de la Mora\tParaguay\tHugo Ramírez\tIntendente\n"
        "Valparaíso\tChile\tJaviera Soto\tAlcaldesa\n"
        "Peñalolén\tChile\tFelipe Araya\tAlcalde\n"
        "Concepción\tChile\tPatricio Muñoz\tAlcalde\n"
        "La Paz\tBolivia\tRocío Mamani\tAlcaldesa\n"
        "Cochabamba\tBolivia\tJorge Vargas Claure\tAlcalde\n"
        "Sucre\tBolivia\tMaría Eugenia Torres\tConcejala\n"
        "Arequipa\tPerú\tAlberto Zegarra\tAlcalde",
        "Foz do Iguaçu, 4 de diciembre de 2025\n\n"
        "Descargar la Declaración en portugués (PDF)\n\n"
        "Noticias relacionadas\n"
        "Quilmes asume la coordinación de la Unidad Temática de Cultura\n"
        "Taller de presupuesto participativo en Paysandú",
        "Montevideo/UY; Rosario/AR; Córdoba/AR; Mendoza/AR; La Plata/AR; Santa Fe/AR; "
        "Tandil/AR; Rafaela/AR; Porto Alegre/BR; Belo Horizonte/BR; Guarulhos/BR; Niterói/BR; "
        "Canoas/BR; Santo André/BR; Florianópolis/BR; Asunción/PY; Encarnación/PY; "
        "Fernando de la Mora/PY; "
        "Valparaíso/CL; Peñalolén/CL; Concepción/CL; La Paz/BO; Cochabamba/BO; Sucre/BO; "
        "Arequipa/PE",
        "a tab table city, country, signer, title with signers named Victoria and Mercedes and "
        "cities with namesakes elsewhere (Córdoba, Santa Fe, Concepción, La Paz); Foz do Iguaçu "
        "the venue, Montevideo also the secretariat, Quito in a name, Quilmes and Paysandú in "
        "teasers",
    ),
    Page(
        "pl-stanowisko-metropolii-prezydent-miasta-dopelniacz-nad-nazwiskiem",
        "pl",
        "person_before;inflected;no_country;not_signatory;person_named_like_place",
        "Stanowisko prezydentów największych miast w sprawie dochodów samorządów",
        (2025, 2, 14),
        "Strona główna / Aktualności / Stanowiska\n\n"
        "STANOWISKO\nprezydentów miast metropolitalnych\nz dnia 14 lutego 2025 r.\n"
        "w sprawie projektu ustawy o dochodach jednostek samorządu terytorialnego\n\n"
        "Prezydenci miast zrzeszonych w Unii, zebrani na posiedzeniu Zarządu w Sopocie, wyrażają "
        "głębokie zaniepokojenie skutkami proponowanych zmian dla budżetów miast. Przedstawione "
        "przez rząd wyliczenia nie uwzględniają rosnących kosztów transportu publicznego, "
        "oświaty i ochrony zdrowia, które w coraz większym stopniu finansują miasta.\n\n"
        "Wnosimy o:\n"
        "1) przywrócenie udziału miast w podatku dochodowym od osób fizycznych na poziomie "
        "sprzed 2019 roku;\n"
        "2) ustawowe zagwarantowanie subwencji na zadania oświatowe;\n"
        "3) pilne rozpoczęcie rozmów w ramach Komisji Wspólnej Rządu i Samorządu "
        "Terytorialnego.\n\n"
        "Podpisali:",
        "Prezydent Miasta Białegostoku\nTomasz Zalewski\n\n"
        "Prezydent Miasta Bydgoszczy\nRafał Kowalczyk\n\n"
        "Prezydent Miasta Gdańska\nMagdalena Orłowska\n\n"
        "Prezydent Miasta Gdyni\nAnna Kalisz\n\n"
        "Prezydent Miasta Katowice\nPaweł Michalski\n\n"
        "Prezydent Miasta Krakowa\nJakub Nowak\n\n"
        "Prezydent Miasta Lublin\nKrzysztof Wójcik\n\n"
        "Prezydent Miasta Łodzi\nBarbara Lewandowska\n\n"
        "Prezydent Miasta Poznania\nMarek Jankowski\n\n"
        "Prezydent Miasta Rzeszowa\nEwa Sikora\n\n"
        "Prezydent Miasta Szczecin\nPiotr Leszno\n\n"
        "Prezydent m.st. Warszawy\nAdam Dąbrowski\n\n"
        "Prezydent Wrocławia\nKatarzyna Mazur",
        "Pobierz stanowisko (PDF, 240 KB)\n\n"
        "Zobacz także\n"
        "Kielce i Olsztyn gospodarzami forum transportu publicznego\n"
        "Raport o finansach miast 2024 – prezentacja w Toruniu",
        "Białystok/PL; Bydgoszcz/PL; Gdańsk/PL; Gdynia/PL; Katowice/PL; Kraków/PL; Lublin/PL; "
        "Łódź/PL; Poznań/PL; Rzeszów/PL; Szczecin/PL; Warsaw/PL; Wrocław/PL",
        "signature blocks `Prezydent Miasta` + genitive (Białegostoku, Łodzi, Rzeszowa) or "
        "nominative (Katowice, Lublin, Szczecin) over the mayor's name, mayors named Kalisz and "
        "Leszno; Sopot the venue, Kielce, Olsztyn and Toruń in teasers",
    ),
    Page(
        "fi-kuutoskaupungit-kannanotto-genetiivi-pormestari-allekirjoitukset",
        "fi",
        "running_text;inflected;person_before;no_country;teasers",
        "Kuutoskaupungit: sote-rahoituksen korjattava kaupunkien alijäämä",
        (2025, 5, 20),
        "Etusivu › Ajankohtaista › Kannanotot\n\nKANNANOTTO 20.5.2025\n\n",
        "Helsingin, Espoon, Tampereen, Vantaan, Oulun ja Turun pormestarit ja "
        "kaupunginjohtajat vaativat, että hallitus korjaa hyvinvointialueiden rahoitusmallin "
        "vaikutukset suurten kaupunkien talouteen. Kuutoskaupungeissa asuu lähes kolmannes "
        "Suomen väestöstä, ja niiden alueella syntyy yli puolet maan uusista työpaikoista.\n\n"
        "Kaupungit esittävät, että valtionosuusjärjestelmän uudistuksessa otetaan huomioon "
        "kasvavien kaupunkien investointitarpeet, erityisesti koulujen, raideliikenteen ja "
        "kohtuuhintaisen asumisen rahoitus. Kaupungit ovat valmiita neuvottelemaan uusista "
        "kaupunkisopimuksista heti syksyllä.\n\n"
        "Helsingin pormestari Anni Korhonen\n"
        "Espoon kaupunginjohtaja Markus Laaksonen\n"
        "Tampereen pormestari Jussi Heikkilä\n"
        "Vantaan kaupunginjohtaja Riikka Nieminen\n"
        "Oulun kaupunginjohtaja Pekka Hautala\n"
        "Turun pormestari Elina Salminen",
        "Lisätietoja\nkaupunginjohtajan erityisavustaja Sanna Koski, puh. 040 123 4567\n\n"
        "Aiheeseen liittyvät\n"
        "Jyväskylä ja Lahti mukaan kaupunkien ilmastoverkostoon\n"
        "Kuopiossa keskusteltiin kaupunkien elinvoimasta",
        "Helsinki/FI; Espoo/FI; Tampere/FI; Vantaa/FI; Oulu/FI; Turku/FI",
        "the six cities as genitives in one sentence with `ja`, then the same genitives over "
        "mayors' names and titles; Jyväskylä, Lahti and Kuopio in teasers",
    ),
    Page(
        "cs-memorandum-zdrava-mesta-tabulka-kraj-clenem-od-ostrave",
        "cs",
        "table_tabs;columns_after;region_after;no_country;not_signatory",
        "Memorandum Zdravých měst o duševním zdraví podepsalo 16 měst",
        (2024, 10, 10),
        "Úvod | Aktuality | Memoranda\n\n"
        "Na podzimní konferenci v Ostravě podepsali starostové a starostky měst Memorandum o "
        "podpoře duševního zdraví obyvatel. Města se zavazují zřídit místní síť pomoci, "
        "proškolit úředníky v první psychické pomoci a každoročně vyhodnocovat dostupnost služeb "
        "pro děti a dospívající.\n\n"
        "„Duševní zdraví je stejně důležité jako čisté ovzduší nebo bezpečné ulice,“ uvedla "
        "předsedkyně asociace. Konferenci pořádala Národní síť Zdravých měst ve spolupráci s "
        "Ministerstvem zdravotnictví a Státním zdravotním ústavem v Praze.\n\n"
        "Signatáři memoranda",
        "Město\tKraj\tZastoupené\tČlenem sítě od\n"
        "Chrudim\tPardubický\tstarosta Petr Šimek\t1994\n"
        "Kopřivnice\tMoravskoslezský\tstarostka Jana Kubíčková\t1996\n"
        "Litoměřice\tÚstecký\tstarosta Martin Beneš\t2004\n"
        "Vsetín\tZlínský\tstarosta Roman Kořenek\t2002\n"
        "Žďár nad Sázavou\tVysočina\tstarosta Ondřej Pokorný\t2005\n"
        "Prostějov\tOlomoucký\tprimátorka Alena Horáková\t2007\n"
        "Hodonín\tJihomoravský\tstarosta Libor Hrubý\t1999\n"
        "Kroměříž\tZlínský\tstarosta Jaroslav Vávra\t2001\n"
        "Jihlava\tVysočina\tprimátor Tomáš Dvořák\t2010\n"
        "Havířov\tMoravskoslezský\tnáměstkyně primátora Lenka Polášková\t2008\n"
        "Písek\tJihočeský\tstarosta Michal Sedláček\t2012\n"
        "Strakonice\tJihočeský\tstarostka Eva Kohoutová\t1998\n"
        "Třebíč\tVysočina\tstarosta Pavel Janda\t2003\n"
        "Hranice\tOlomoucký\tmístostarosta Vít Zedník\t2006\n"
        "Boskovice\tJihomoravský\tstarostka Hana Procházková\t2014\n"
        "Brno\tJihomoravský\tprimátorka Markéta Slaninová\t2000",
        "Memorandum mohou podepsat i další členská města do konce roku 2024. Text memoranda "
        "ke stažení (PDF).\n\n"
        "Kancelář sítě\nPraha 1, Na Poříčí 9",
        "Chrudim/CZ; Kopřivnice/CZ; Litoměřice/CZ; Vsetín/CZ; Žďár nad Sázavou/CZ; "
        "Prostějov/CZ; Hodonín/CZ; Kroměříž/CZ; Jihlava/CZ; Havířov/CZ; Písek/CZ; "
        "Strakonice/CZ; Třebíč/CZ; Hranice/CZ; Boskovice/CZ; Brno/CZ",
        "a tab table of towns with kraj, signer and member-since columns; the venue `v Ostravě` "
        "and Praha (ministry, office) in the text and footer",
    ),
    Page(
        "pt-carta-prefeitas-prefeitos-nome-prefeito-de-cidade-uf-barra",
        "pt",
        "one_a_line;person_before;state_codes;no_country;not_signatory;person_named_like_place",
        "Carta de Belo Horizonte: prefeitas e prefeitos pela primeira infância",
        (2025, 4, 9),
        "Início > Notícias > Cartas e manifestos\n\n"
        "Reunidos no Encontro Nacional de Municípios pela Primeira Infância, em Belo Horizonte, "
        "prefeitas e prefeitos de todas as regiões do país assinaram uma carta dirigida ao "
        "Presidente da República e ao Congresso Nacional, em Brasília.\n\n"
        "Na carta, os municípios se comprometem a garantir vaga em creche para todas as crianças "
        "de famílias inscritas no Cadastro Único até 2028, a ampliar as visitas domiciliares às "
        "gestantes e a criar espaços públicos de brincar em todos os bairros. Em troca, pedem "
        "que a União complemente o financiamento da educação infantil.\n\n"
        "Confira quem assinou:",
        "Helena Araújo, prefeita de Caruaru/PE\n"
        "Ricardo Lins, prefeito de Recife/PE\n"
        "Tereza Cavalcante, prefeita de Fortaleza/CE\n"
        "Antônio Moura, prefeito de Teresina/PI\n"
        "Paulo Henrique Reis, prefeito de Niterói/RJ\n"
        "Vitória Santos, prefeita de Maricá/RJ\n"
        "Luiz Fernando Prado, prefeito de Campinas/SP\n"
        "Sandra Oliveira, prefeita de Sorocaba/SP\n"
        "Rogério Nunes, prefeito de Santos/SP\n"
        "Marta Queiroz, prefeita de Diadema/SP\n"
        "Alexandre Pinto, prefeito de Juiz de Fora/MG\n"
        "Cristina Andrade, prefeita de Contagem/MG\n"
        "Wagner Silveira, prefeito de Uberlândia/MG\n"
        "Beatriz Kato, prefeita de Londrina/PR\n"
        "Sérgio Bortolini, prefeito de Maringá/PR\n"
        "Daniela Krüger, prefeita de Joinville/SC\n"
        "Fábio Hoffmann, prefeito de Blumenau/SC\n"
        "Luciana Farias, prefeita de Pelotas/RS\n"
        "Gilberto Zanella, prefeito de Caxias do Sul/RS\n"
        "Raquel Batista, prefeita de Goiânia/GO\n"
        "Edson Ferraz, prefeito de Aparecida de Goiânia/GO\n"
        "Mariana Coelho, prefeita de Campo Grande/MS\n"
        "José Carlos Amorim, prefeito de Cuiabá/MT\n"
        "Ana Cláudia Barros, prefeita de Belém/PA\n"
        "Francisco Lobo, prefeito de Manaus/AM\n"
        "Rosana Pimentel, prefeita de Palmas/TO",
        "A carta segue aberta a novas adesões até 30 de junho.\n\n"
        "Compartilhe\n\n"
        "Leia também\n"
        "Salvador e Aracaju criam comitês municipais da primeira infância\n"
        "Curitiba recebe oficina sobre orçamento da criança",
        "Caruaru/BR; Recife/BR; Fortaleza/BR; Teresina/BR; Niterói/BR; Maricá/BR; Campinas/BR; "
        "Sorocaba/BR; Santos/BR; Diadema/BR; Juiz de Fora/BR; Contagem/BR; Uberlândia/BR; "
        "Londrina/BR; Maringá/BR; Joinville/BR; Blumenau/BR; Pelotas/BR; Caxias do Sul/BR; "
        "Goiânia/BR; Aparecida de Goiânia/BR; Campo Grande/BR; Cuiabá/BR; Belém/BR; Manaus/BR; "
        "Palmas/BR",
        "`Name, prefeita de X/UF` lines with a prefeita named Vitória and towns with namesakes "
        "(Santos, Palmas, Campo Grande, Belém); Belo Horizonte the venue and Brasília the "
        "addressee; Salvador, Aracaju and Curitiba in teasers",
    ),
    Page(
        "de-klimabuendnis-neue-mitglieder-running-stadt-land-landkreis-mals-suedtirol",
        "de",
        "running_text;region_after;country_in_language;body_not_city;not_signatory",
        "Willkommen im Bündnis: neun neue Mitglieder aus fünf Ländern",
        (2025, 4, 3),
        "Startseite > Über uns > Mitglieder > Neue Mitglieder\n\n"
        "Das Bündnis wächst weiter: Seit Jahresbeginn haben sich acht Kommunen und ein "
        "Landkreis unserem Netzwerk angeschlossen. Damit zählt das Bündnis nun mehr als 1.900 "
        "Mitglieder in 27 Ländern. Der Vorstand hat die Aufnahme bei seiner Sitzung in Bozen "
        "bestätigt.\n\n",
        "In Deutschland sind die Stadt Eberswalde (Brandenburg), die Gemeinde Weyarn (Bayern), "
        "die Hansestadt Lüneburg (Niedersachsen) sowie der Landkreis Ebersberg neu dabei. Aus "
        "Österreich begrüßen wir die Marktgemeinde Wolfurt (Vorarlberg) und die Stadtgemeinde "
        "Zwettl (Niederösterreich). In Luxemburg ist die Gemeinde Mamer beigetreten, in Italien "
        "die Gemeinde Mals (Südtirol), und aus der Schweiz kommt die Gemeinde Köniz (Kanton "
        "Bern) hinzu.",
        "„Wir wollen bis 2035 klimaneutral sein, und dafür brauchen wir den Austausch mit "
        "anderen Kommunen“, sagt Eberswaldes Bürgermeisterin Katrin Lehmann. Der Landkreis "
        "Ebersberg bringt seine Erfahrung mit der Energiewende im ländlichen Raum ein.\n\n"
        "Mit dem Beitritt verpflichten sich die Mitglieder, ihre CO2-Emissionen alle fünf Jahre "
        "um zehn Prozent zu senken und die indigenen Partnerorganisationen in Amazonien zu "
        "unterstützen.\n\n"
        "Sie möchten Mitglied werden? Die Europäische Geschäftsstelle in Frankfurt am Main berät "
        "Sie gern.",
        "Eberswalde/DE; Weyarn/DE; Lüneburg/DE; "
        "Landkreis Ebersberg|Ebersberg District/DE/county; Wolfurt/AT; Zwettl/AT; Mamer/LU; "
        "Mals|Malles Venosta/IT; Köniz/CH",
        "new members in one German paragraph by country, `die Stadt X (Land)`, `Marktgemeinde`, "
        "`Stadtgemeinde`, a Landkreis named after its town, `Gemeinde Mals (Südtirol)`, `Köniz "
        "(Kanton Bern)`; Bozen the venue, Frankfurt the secretariat",
    ),
    Page(
        "it-nuove-citta-lente-comune-di-sigla-provincia-paese-estero-greve",
        "it",
        "bulleted;state_codes;country_in_language;not_signatory;teasers",
        "Nove nuove città entrano nella rete delle città del buon vivere",
        (2024, 6, 18),
        "Home / News / Dalla rete\n\n"
        "L'Assemblea internazionale delle città del buon vivere, riunita sabato a Greve in "
        "Chianti, ha approvato l'ingresso di nove nuove città, al termine del percorso di "
        "certificazione che valuta oltre 70 requisiti: dalla qualità dell'aria alla tutela dei "
        "prodotti tipici, dall'accoglienza all'uso del suolo.\n\n"
        "«Ogni nuova città dimostra che si può crescere senza perdere la propria identità», ha "
        "dichiarato il presidente internazionale, intervenuto dalla sede di Orvieto.\n\n"
        "Le nuove città certificate sono:",
        "• Comune di Tolfa (RM)\n"
        "• Comune di Pollica (SA)\n"
        "• Comune di Cisternino (BR)\n"
        "• Comune di Bolsena (VT)\n"
        "• Comune di Cerreto Sannita (BN)\n"
        "• Silves (Portogallo)\n"
        "• Mudanya (Turchia)\n"
        "• Hersbruck (Germania)\n"
        "• Goesan (Corea del Sud)",
        "Con i nuovi ingressi la rete conta 301 città in 33 paesi. La prossima Assemblea si "
        "terrà nel 2025 in Portogallo.\n\n"
        "Potrebbe interessarti anche\n"
        "Da Chiavenna a Levanto: le Cittaslow alla Borsa del turismo lento\n"
        "Giornata del buon vivere, il programma di Abbiategrasso",
        "Tolfa/IT; Pollica/IT; Cisternino/IT; Bolsena/IT; Cerreto Sannita/IT; Silves/PT; "
        "Mudanya/TR; Hersbruck/DE; Goesan/KR",
        "bullets `Comune di X (XX)` with province codes that are countries' (BR, SA, VT, BN), "
        "then `X (Paese)` in Italian; Greve in Chianti the venue, Orvieto the seat, Chiavenna, "
        "Levanto and Abbiategrasso in teasers",
    ),
    Page(
        "nl-nieuws-zeven-nieuwe-leden-running-den-bosch-tweemaal-amersfoort",
        "nl",
        "running_text;named_twice;no_country;not_signatory;teasers",
        "Zeven nieuwe gemeenten sluiten aan bij het netwerk Gezonde Steden",
        (2025, 1, 28),
        "Home › Nieuws\n\n"
        "Tijdens de netwerkdag in Amersfoort zijn zeven nieuwe leden officieel welkom geheten. "
        "Voorzitter Karin Meijer, wethouder in Utrecht, overhandigde de nieuwe leden het "
        "lidmaatschapsbord voor het stadhuis.\n\n",
        "Met de toetreding van Almere, Leeuwarden, 's-Hertogenbosch en Heerlen telt het netwerk "
        "in Nederland nu 48 gemeenten. Ook in Vlaanderen groeit het netwerk: Mechelen, Kortrijk "
        "en Genk sloten zich aan.\n\n"
        "'In Den Bosch werken we al jaren met buurtsportcoaches en gezonde schoolpleinen,' zegt "
        "wethouder Fleur Bos. 'Aansluiten bij het netwerk was voor ons een logische stap: we "
        "kunnen veel leren van steden die verder zijn.'",
        "Het netwerk brengt gemeenten samen die gezondheid in al hun beleid willen meenemen, van "
        "ruimtelijke ordening tot armoedebeleid. Leden wisselen kennis uit in werkgroepen en "
        "ontvangen ondersteuning bij het opstellen van een lokale gezondheidsnota.\n\n"
        "Ook lid worden? Neem contact op met het netwerkbureau.\n\n"
        "Meer nieuws\n"
        "Zwolle en Gent delen ervaringen met rookvrije speeltuinen\n"
        "Webinar: gezond ouder worden in de wijk (met Tilburg)",
        "Almere/NL; Leeuwarden/NL; 's-Hertogenbosch|Den Bosch/NL; Heerlen/NL; Mechelen/BE; "
        "Kortrijk/BE; Genk/BE",
        "new members in two Dutch sentences with `en`, 's-Hertogenbosch again as Den Bosch in "
        "a quote; Amersfoort the venue, Utrecht the chair's city, Zwolle, Gent and Tilburg in "
        "teasers",
    ),
    Page(
        "sv-ekokommuner-medlemmar-bokstavsrubriker-kommun-stad-region-gotland",
        "sv",
        "one_a_line;inflected;no_country;body_not_city",
        "Våra medlemmar",
        (2025, 3, 1),
        "Start / Om oss / Medlemmar\n\n"
        "Föreningen samlar kommuner och regioner som vill gå före i omställningen till ett "
        "hållbart samhälle. Som medlem får du tillgång till nätverksträffar, de gröna "
        "nyckeltalen och stöd i ert hållbarhetsarbete. Den första ekokommunen var Övertorneå, "
        "som tog beslutet redan 1983.\n\n"
        "Sök medlem\nVisa som karta | Visa som lista\n\n"
        "73 medlemmar",
        "A\nAlingsås kommun\nArvika kommun\n"
        "B\nBorlänge kommun\nBorås Stad\nBotkyrka kommun\n"
        "E\nEnköpings kommun\nEskilstuna kommun\n"
        "F\nFalu kommun\n"
        "G\nGällivare kommun\nGävle kommun\nGöteborgs Stad\n"
        "H\nHalmstads kommun\nHaninge kommun\nHelsingborgs stad\nHuddinge kommun\n"
        "Hudiksvalls kommun\nHärnösands kommun\nHärryda kommun\n"
        "J\nJönköpings kommun\n"
        "K\nKalix kommun\nKalmar kommun\nKarlskrona kommun\nKarlstads kommun\n"
        "Katrineholms kommun\nKiruna kommun\nKristianstads kommun\nKungsbacka kommun\n"
        "L\nLerums kommun\nLidköpings kommun\nLinköpings kommun\nLudvika kommun\nLuleå kommun\n"
        "Lunds kommun\n"
        "M\nMalmö stad\nMariestads kommun\nMotala kommun\nMölndals stad\n"
        "N\nNacka kommun\nNorrköpings kommun\nNyköpings kommun\nNässjö kommun\n"
        "O\nOskarshamns kommun\n"
        "P\nPiteå kommun\n"
        "R\nRegion Gotland\n"
        "S\nSandvikens kommun\nSigtuna kommun\nSkellefteå kommun\nSkövde kommun\n"
        "Sollentuna kommun\nStockholms stad\nSträngnäs kommun\nSundsvalls kommun\n"
        "Södertälje kommun\n"
        "T\nTierps kommun\nTranås kommun\nTrollhättans stad\nTäby kommun\n"
        "U\nUddevalla kommun\nUmeå kommun\nUppsala kommun\n"
        "V\nVarbergs kommun\nVaxholms stad\nVänersborgs kommun\nVärnamo kommun\nVästerås stad\n"
        "Växjö kommun\n"
        "Y\nYstads kommun\n"
        "Å\nÅmåls kommun\n"
        "Ä\nÄngelholms kommun\n"
        "Ö\nÖrebro kommun\nÖrnsköldsviks kommun\nÖstersunds kommun\nÖvertorneå kommun",
        "Saknas din kommun? Läs mer om hur ni blir medlem.\n\nBli medlem",
        "Alingsås/SE; Arvika/SE; Borlänge/SE; Borås/SE; Botkyrka/SE; Enköping/SE; "
        "Eskilstuna/SE; Falun/SE; Gällivare/SE; Gävle/SE; Gothenburg/SE; Halmstad/SE; "
        "Haninge/SE; Helsingborg/SE; Huddinge/SE; Hudiksvall/SE; Härnösand/SE; Härryda/SE; "
        "Jönköping/SE; Kalix/SE; Kalmar/SE; Karlskrona/SE; Karlstad/SE; Katrineholm/SE; "
        "Kiruna/SE; Kristianstad/SE; Kungsbacka/SE; Lerum/SE; Lidköping/SE; Linköping/SE; "
        "Ludvika/SE; Luleå/SE; Lund/SE; Malmö/SE; Mariestad/SE; Motala/SE; Mölndal/SE; "
        "Nacka/SE; Norrköping/SE; Nyköping/SE; Nässjö/SE; Oskarshamn/SE; Piteå/SE; "
        "Region Gotland|Gotland/SE/region; Sandviken/SE; Sigtuna/SE; Skellefteå/SE; "
        "Skövde/SE; Sollentuna/SE; Stockholm/SE; Strängnäs/SE; Sundsvall/SE; Södertälje/SE; "
        "Tierp/SE; Tranås/SE; Trollhättan/SE; Täby/SE; Uddevalla/SE; Umeå/SE; Uppsala/SE; "
        "Varberg/SE; Vaxholm/SE; Vänersborg/SE; Värnamo/SE; Västerås/SE; Växjö/SE; Ystad/SE; "
        "Åmål/SE; Ängelholm/SE; Örebro/SE; Örnsköldsvik/SE; Östersund/SE; Övertorneå/SE",
        "a directory of 73 `X kommun` / `X stad` (genitives: Falu, Göteborgs, Lunds) and Region "
        "Gotland under A–Ö letter headings; Övertorneå also in the text",
    ),
    Page(
        "ja-heiwa-shuchou-shinki-kamei-toshi-kuni-toshi-tab-hiroshima",
        "ja",
        "table_tabs;region_before;country_in_language;not_signatory",
        "新規加盟都市のお知らせ（2025年2月）",
        (2025, 2, 10),
        "ホーム ＞ お知らせ ＞ 加盟都市\n\n"
        "2025年2月1日付で、新たに12都市が平和都市連盟に加盟しました。これにより、加盟都市数は"
        "166か国・地域の8,472都市となりました。\n\n"
        "会長（広島市長）は「核兵器のない世界の実現に向けて、一つでも多くの都市と連帯の輪を広げて"
        "いきたい」と述べています。新規加盟都市には、副会長都市である長崎市と連名で歓迎の書簡を"
        "送付しました。\n\n"
        "新規加盟都市一覧",
        "国名\t都市名\n"
        "ドイツ\tエアランゲン\n"
        "ドイツ\tハーメルン\n"
        "フランス\tグルノーブル\n"
        "イタリア\tブレシア\n"
        "英国\tダンディー\n"
        "スペイン\tヘタフェ\n"
        "メキシコ\tモレリア\n"
        "フィリピン\tイロイロ市\n"
        "ネパール\tポカラ\n"
        "カメルーン\tバフサム\n"
        "ケニア\tナクル\n"
        "日本\t三春町（福島県）",
        "国別の加盟都市数は「加盟都市一覧」のページをご覧ください。\n\n"
        "平和都市連盟事務局\n"
        "〒730-0051 広島市中区大手町9-9 平和会館4階",
        "Erlangen/DE; Hameln|Hamelin/DE; Grenoble/FR; Brescia/IT; Dundee/GB; Getafe/ES; "
        "Morelia/MX; Iloilo City|Iloilo/PH; Pokhara/NP; Bafoussam/CM; Nakuru/KE; Miharu/JP",
        "a country and city tab table in katakana, `イロイロ市`, a Japanese town "
        "`三春町（福島県）`; Hiroshima the president's city and seat, Nagasaki the vice-president",
    ),
    Page(
        "tr-saglikli-kentler-uye-belediyeler-tablo-il-yil-yonetim-kurulu",
        "tr",
        "table_tabs;columns_after;region_after;no_country;not_signatory",
        "Üye Belediyelerimiz",
        (2025, 6, 2),
        "Anasayfa > Kurumsal > Üyelerimiz\n\n"
        "Birliğimiz, Dünya Sağlık Örgütü Avrupa Sağlıklı Şehirler Ağı'nın Türkiye ulusal ağı "
        "olarak 2004 yılında kurulmuştur. Merkezi Bursa'dadır. Üye belediyelerimiz sağlıklı "
        "kentsel planlama, yaşlı dostu kentler ve hareketli yaşam alanlarında ortak projeler "
        "yürütmektedir.\n\n"
        "Yönetim Kurulu\n"
        "Birlik Başkanı: Bursa Büyükşehir Belediye Başkanı\n"
        "Başkan Yardımcısı: Karşıyaka Belediye Başkanı\n"
        "Sayman: Tepebaşı Belediye Başkanı\n\n"
        "Üye Listesi (22 belediye)",
        "Sıra\tBelediye\tİl\tÜyelik Yılı\n"
        "1\tBursa Büyükşehir Belediyesi\tBursa\t2004\n"
        "2\tNilüfer Belediyesi\tBursa\t2005\n"
        "3\tOsmangazi Belediyesi\tBursa\t2008\n"
        "4\tYıldırım Belediyesi\tBursa\t2010\n"
        "5\tGemlik Belediyesi\tBursa\t2012\n"
        "6\tİnegöl Belediyesi\tBursa\t2014\n"
        "7\tKarşıyaka Belediyesi\tİzmir\t2004\n"
        "8\tBornova Belediyesi\tİzmir\t2007\n"
        "9\tÇiğli Belediyesi\tİzmir\t2011\n"
        "10\tBuca Belediyesi\tİzmir\t2015\n"
        "11\tÇankaya Belediyesi\tAnkara\t2006\n"
        "12\tTepebaşı Belediyesi\tEskişehir\t2004\n"
        "13\tOdunpazarı Belediyesi\tEskişehir\t2009\n"
        "14\tKadıköy Belediyesi\tİstanbul\t2007\n"
        "15\tMaltepe Belediyesi\tİstanbul\t2013\n"
        "16\tBeylikdüzü Belediyesi\tİstanbul\t2016\n"
        "17\tMezitli Belediyesi\tMersin\t2012\n"
        "18\tMuratpaşa Belediyesi\tAntalya\t2010\n"
        "19\tMerkezefendi Belediyesi\tDenizli\t2018\n"
        "20\tLüleburgaz Belediyesi\tKırklareli\t2019\n"
        "21\tŞehitkamil Belediyesi\tGaziantep\t2017\n"
        "22\tFethiye Belediyesi\tMuğla\t2020",
        "Üyelik başvurusu için belediye meclis kararı ile Birlik Sekreteryasına başvurulması "
        "gerekmektedir.",
        "Bursa/TR; Nilüfer/TR; Osmangazi/TR; Yıldırım/TR; Gemlik/TR; İnegöl/TR; Karşıyaka/TR; "
        "Bornova/TR; Çiğli/TR; Buca/TR; Çankaya/TR; Tepebaşı/TR; Odunpazarı/TR; Kadıköy/TR; "
        "Maltepe/TR; Beylikdüzü/TR; Mezitli/TR; Muratpaşa/TR; Merkezefendi/TR; Lüleburgaz/TR; "
        "Şehitkamil/TR; Fethiye/TR",
        "a numbered tab table of district `X Belediyesi` with an il column whose values are "
        "cities (İzmir, Ankara, Antalya) and a year; the board above names three members; Bursa "
        "also the seat",
    ),
    Page(
        "hr-tri-nova-grada-mreza-running-genitiv-skupstina-zagreb-rijeka",
        "hr",
        "running_text;few;inflected;not_signatory",
        "Tri nova grada u Mreži zdravih gradova",
        (2024, 12, 12),
        "Naslovnica / Vijesti\n\n"
        "Na sjednici Skupštine Mreže održanoj u Zagrebu jednoglasno su primljena tri nova člana.",
        "Članovima Mreže postali su Grad Samobor, Grad Vukovar i Grad Makarska. Gradonačelnica "
        "Samobora Ivana Kovačić istaknula je da grad već provodi program zdravog starenja, dok "
        "je gradonačelnik Vukovara najavio suradnju na programima za mlade. Iz Makarske je "
        "sjednici nazočila pročelnica za društvene djelatnosti.",
        "Predsjednik Mreže, gradonačelnik Rijeke, zahvalio je novim članovima na povjerenju: "
        "„Mreža sada okuplja 24 grada i šest županija, od Istre do Slavonije.“\n\n"
        "Sljedeća Skupština održat će se u proljeće u Puli.",
        "Samobor/HR; Vukovar/HR; Makarska/HR",
        "three new members `Grad X` in one sentence with `i`, then genitives Samobora, Vukovara, "
        "Makarske; Zagreb the venue, Rijeka the president's city, Pula the next venue",
    ),
]

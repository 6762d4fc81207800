"""Hand-written pages, part thirteen (batch n): a held-out batch written for issue #20's tenth
round before the reader was changed for it, modelled on how city networks' statement and
member pages are published (none copied): member cards flattened to a city line then a
country line; country blocks with `(depuis 2011)`; a signatories table with population,
target and date columns; German running text of `Oberbürgermeisterin Name (Stadt)`; Italian
`Name – Sindaco di X` lines; Spanish and Norwegian "first signed by the mayors of X, Y and Z,
and has since been joined by ..." paragraphs; country headings with member counts and cities
between bars; Dutch `Gemeente X` lines; an English news article with a venue; Portuguese
member cards with `Leia mais`; English lines of signatories with their titles in the local
language (Polish, Portuguese, Dutch, Norwegian, Spanish, German); cities under world-region
headings that are not countries; French cities with their department numbers `(38)`.
Measured before any change (benchmarks/README.md reports them apart as batch n).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-member-cards-city-then-country",
        "en",
        "one_a_line;country_in_language",
        "Our member cities",
        (2024, 10, 3),
        "The network brings together cities and local governments committed to preventing "
        "hate, polarisation and violent extremism. Browse our members below.\n\n"
        "Filter by region\nAll regions\nSearch members",
        "Aarhus\nDenmark\n"
        "Abidjan\nCôte d'Ivoire\n"
        "Beirut\nLebanon\n"
        "Christchurch\nNew Zealand\n"
        "Dearborn\nUnited States\n"
        "Kumanovo\nNorth Macedonia\n"
        "Mombasa\nKenya\n"
        "Montreal\nCanada\n"
        "Rotterdam\nNetherlands\n"
        "Zenica\nBosnia and Herzegovina",
        "Showing 10 of 10 members\n\nBecome a member",
        "Aarhus/DK; Abidjan/CI; Beirut/LB; Christchurch/NZ; Dearborn/US; Kumanovo/MK; "
        "Mombasa/KE; Montreal/CA; Rotterdam/NL; Zenica/BA",
        "member cards flattened: the city on one line, its country on the next",
    ),
    Page(
        "fr-blocs-pays-depuis",
        "fr",
        "one_a_line;region_heading;country_in_language;columns_after",
        "Les villes du programme Cités interculturelles",
        (2024, 5, 14),
        "Le programme accompagne les villes qui font de la diversité un atout. Voici les "
        "villes membres, par pays, avec leur année d'adhésion.",
        "Espagne\n"
        "Getxo (depuis 2011)\n"
        "Sabadell (depuis 2011)\n"
        "Fuenlabrada (depuis 2013)\n"
        "Portugal\n"
        "Amadora (depuis 2014)\n"
        "Setúbal (depuis 2016)\n"
        "Norvège\n"
        "Bergen (depuis 2015)\n"
        "Drammen (depuis 2014)\n"
        "Suède\n"
        "Botkyrka (depuis 2012)",
        "Le réseau tiendra sa prochaine rencontre à Strasbourg.",
        "Getxo/ES; Sabadell/ES; Fuenlabrada/ES; Amadora/PT; Setúbal/PT; Bergen/NO; "
        "Drammen/NO; Botkyrka|Tumba/SE",
    ),
    Page(
        "en-signatories-table-target-date",
        "en",
        "table_tabs;columns_after;country_in_language",
        "Signatories of the covenant in the Baltic and Nordic region",
        (2024, 4, 9),
        "The table lists the local authorities of the region that have signed the covenant, "
        "their population, their emission target and the date they joined.",
        "Signatory\tCountry\tPopulation\tTarget\tAdhesion\n"
        "Växjö\tSweden\t94 000\t-65% by 2030\t12/02/2009\n"
        "Tartu\tEstonia\t97 000\t-40% by 2030\t20/06/2016\n"
        "Jelgava\tLatvia\t55 000\t-55% by 2030\t03/10/2018\n"
        "Klaipėda\tLithuania\t152 000\t-40% by 2030\t14/03/2019\n"
        "Sønderborg\tDenmark\t27 000\t-70% by 2030\t08/11/2010\n"
        "Lahti\tFinland\t120 000\t-80% by 2030\t25/05/2011\n"
        "Gdynia\tPoland\t244 000\t-40% by 2030\t17/09/2017",
        "Signatories submit an action plan within two years of joining.",
        "Växjö/SE; Tartu/EE; Jelgava/LV; Klaipėda/LT; Sønderborg/DK; Lahti/FI; Gdynia/PL",
    ),
    Page(
        "de-ob-klammer-stadt-running",
        "de",
        "running_text;person_before;no_country",
        "Städte fordern einen Pakt für bezahlbaren Nahverkehr",
        (2024, 3, 12),
        "Das Präsidium des Städtetages hat bei seiner Sitzung in Köln eine gemeinsame "
        "Erklärung zum Nahverkehr beschlossen.",
        "Unterzeichnet haben Oberbürgermeisterin Anna Vogel (Münster), Oberbürgermeister "
        "Thomas Brand (Freiburg im Breisgau), Oberbürgermeisterin Petra Lorenz (Halle), "
        "Oberbürgermeister Jörg Hansen (Kiel), Bürgermeisterin Sabine Kraus (Bremerhaven) und "
        "Oberbürgermeister Markus Adler (Augsburg).",
        "Der Städtetag erwartet eine Antwort von Bund und Ländern bis zum Sommer.",
        "Münster/DE; Freiburg im Breisgau|Freiburg/DE; Halle|Halle (Saale)/DE; Kiel/DE; "
        "Bremerhaven/DE; Augsburg/DE",
        "mayors' titles and names, their city in brackets, in one sentence; the meeting's venue",
    ),
    Page(
        "it-nome-sindaco-di",
        "it",
        "one_a_line;person_before;no_country",
        "Dieci sindaci firmano il manifesto per le città dell'acqua",
        (2024, 7, 2),
        "Il manifesto, promosso dall'associazione dei comuni, è stato presentato a Roma. "
        "Lo hanno sottoscritto:",
        "Paolo Conti – Sindaco di Brescia\n"
        "Giulia Ferraro – Sindaca di Ravenna\n"
        "Marco Bellini – Sindaco di Trento\n"
        "Chiara Esposito – Sindaca di Salerno\n"
        "Luca Marini – Sindaco di Pesaro\n"
        "Francesca Gallo – Sindaca di Lecce\n"
        "Andrea Fontana – Sindaco di Udine\n"
        "Sara Moretti – Sindaca di Ancona",
        "Altri comuni potranno aderire entro la fine dell'anno.",
        "Brescia/IT; Ravenna/IT; Trento/IT; Salerno/IT; Pesaro/IT; Lecce/IT; Udine/IT; Ancona/IT",
    ),
    Page(
        "es-primeros-firmantes-sumado",
        "es",
        "running_text;no_country",
        "Ciudades por la vivienda adecuada: la declaración suma nuevos apoyos",
        (2024, 10, 7),
        "La declaración reclama más competencias locales para regular el mercado del "
        "alquiler y ampliar el parque público de vivienda.",
        "La declaración fue firmada inicialmente por las alcaldesas y los alcaldes de "
        "Barcelona, Montevideo y Ciudad de México, y desde entonces se han sumado Bogotá, "
        "Valparaíso, Zaragoza y Cádiz.",
        "La próxima reunión de la red tendrá lugar en Nueva York durante el Foro Político de "
        "Alto Nivel.",
        "Barcelona/ES; Montevideo/UY; Ciudad de México|Mexico City/MX; Bogotá/CO; "
        "Valparaíso/CL; Zaragoza/ES; Cádiz/ES",
        "first signed by the mayors of X, Y and Z, and since joined by ...; a venue after",
    ),
    Page(
        "en-country-counts-bars",
        "en",
        "several_a_line;region_heading;country_in_language",
        "New member cities, third quarter",
        (2024, 10, 1),
        "The following cities joined the network between July and September, bringing "
        "the total membership to more than 8,400 cities in 166 countries and regions.",
        "Germany (3)\n"
        "Bamberg | Kempten | Wetzlar\n"
        "Mexico (2)\n"
        "Puebla | Mérida\n"
        "Philippines (2)\n"
        "Iloilo City | Baguio\n"
        "Nepal (1)\n"
        "Pokhara",
        "We welcome our new members and thank the cities of Hiroshima and Nagasaki for their "
        "support.",
        "Bamberg/DE; Kempten|Kempten (Allgäu)/DE; Wetzlar/DE; Puebla/MX; Mérida/MX; "
        "Iloilo City|Iloilo/PH; Baguio/PH; Pokhara/NP",
        "country headings with a member count; cities between bars",
    ),
    Page(
        "nl-gemeente-lines",
        "nl",
        "one_a_line;body_not_city;no_country",
        "Gemeenten ondertekenen het manifest voor warme wijken",
        (2024, 2, 20),
        "Tijdens het congres in Den Haag ondertekenden de volgende gemeenten het manifest:",
        "Gemeente Zwolle\n"
        "Gemeente Leeuwarden\n"
        "Gemeente 's-Hertogenbosch\n"
        "Gemeente Nijmegen\n"
        "Gemeente Amersfoort\n"
        "Gemeente Deventer\n"
        "Gemeente Heerlen",
        "De gemeenten rapporteren jaarlijks over de voortgang.",
        "Zwolle/NL; Leeuwarden/NL; 's-Hertogenbosch/NL; Nijmegen/NL; Amersfoort/NL; "
        "Deventer/NL; Heerlen/NL",
    ),
    Page(
        "no-forst-signert-siden",
        "no",
        "running_text;not_signatory;no_country",
        "Flere kommuner slutter seg til oppropet om trygge skoleveier",
        (2024, 9, 18),
        "Oppropet ble lagt fram på kommunekonferansen i Lillestrøm i vår.",
        "Oppropet ble først signert av ordførerne i Bergen, Stavanger og Tromsø, og siden har "
        "også Bodø, Drammen og Ålesund sluttet seg til.",
        "Kommunesektorens organisasjon vil følge opp arbeidet.",
        "Bergen/NO; Stavanger/NO; Tromsø/NO; Bodø/NO; Drammen/NO; Ålesund/NO",
    ),
    Page(
        "en-news-first-signed-venue",
        "en",
        "running_text;not_signatory;no_country",
        "Mayors commit to zero-emission public procurement",
        (2024, 6, 21),
        "At the network's annual meeting in Braga this week, mayors renewed their call for "
        "green public purchasing across Europe.",
        "The declaration was first signed by the mayors of Ghent, Lisbon and Warsaw in 2022, "
        "and has since been joined by Helsinki, Leipzig, Nantes, Bologna and Tallinn.",
        "Read more about our work on public procurement.",
        "Ghent|Gent/BE; Lisbon|Lisboa/PT; Warsaw|Warszawa/PL; Helsinki/FI; Leipzig/DE; "
        "Nantes/FR; Bologna/IT; Tallinn/EE",
    ),
    Page(
        "pt-cartoes-leia-mais",
        "pt",
        "paragraphs;no_country",
        "Cidades signatárias da carta pelo direito à cidade",
        (2024, 8, 13),
        "Conheça as cidades que já assinaram a carta.",
        "Porto Alegre\n"
        "A capital gaúcha assinou a carta durante o fórum regional.\n"
        "Leia mais\n\n"
        "Belo Horizonte\n"
        "A prefeitura apresentou um plano de habitação e espaço público.\n"
        "Leia mais\n\n"
        "Fortaleza\n"
        "A cidade aderiu com um programa de praças e bibliotecas de bairro.\n"
        "Leia mais\n\n"
        "Maputo\n"
        "O conselho municipal assinou a carta em abril.\n"
        "Leia mais\n\n"
        "Praia\n"
        "A câmara municipal juntou-se à rede em 2023.\n"
        "Leia mais",
        "Quer que a sua cidade assine? Contacte o secretariado.",
        "Porto Alegre/BR; Belo Horizonte/BR; Fortaleza/BR; Maputo/MZ; Praia/CV",
        "member cards: the city, a sentence, 'Leia mais'",
    ),
    Page(
        "en-local-titles-mixed",
        "en",
        "one_a_line;person_before;inflected;country_in_language",
        "European mayors sign the heat and cold transition pledge",
        (2024, 11, 19),
        "The pledge was launched by the network in Brussels. The first signatories are:",
        "Jan Kowalczyk, Prezydent Miasta Gdyni (Poland)\n"
        "Marta Silva, Presidente da Câmara Municipal de Braga (Portugal)\n"
        "Pieter de Vries, Burgemeester van Zwolle (Netherlands)\n"
        "Ingrid Solberg, ordfører i Tromsø (Norway)\n"
        "Lucía Gómez, Alcaldesa de Valladolid (Spain)\n"
        "Klaus Richter, Oberbürgermeister der Stadt Heidelberg (Germany)\n"
        "Agnieszka Wójcik, Prezydent Miasta Lublin (Poland)",
        "Signatories will share their heat plans at the next annual meeting.",
        "Gdynia/PL; Braga/PT; Zwolle/NL; Tromsø/NO; Valladolid/ES; Heidelberg/DE; Lublin/PL",
        "signatories' names and titles in their own language, the city after, the country "
        "in brackets",
    ),
    Page(
        "en-world-region-headings",
        "en",
        "one_a_line;region_heading;no_country",
        "Cities that signed the clean construction declaration",
        (2024, 4, 30),
        "Mayors of the following cities have committed to halve embodied emissions in new "
        "buildings by 2030.",
        "Africa\n"
        "Accra\n"
        "Dar es Salaam\n"
        "East Asia\n"
        "Seoul\n"
        "Hong Kong\n"
        "Europe\n"
        "Oslo\n"
        "Copenhagen\n"
        "Latin America\n"
        "Curitiba\n"
        "Quito\n"
        "North America\n"
        "Austin\n"
        "Vancouver\n"
        "South and West Asia\n"
        "Dhaka\n"
        "Southeast Asia and Oceania\n"
        "Quezon City\n"
        "Auckland",
        "See all declarations",
        "Accra/GH; Dar es Salaam/TZ; Seoul/KR; Hong Kong/HK; Oslo/NO; Copenhagen/DK; "
        "Curitiba/BR; Quito/EC; Austin/US; Vancouver/CA; Dhaka/BD; Quezon City/PH; "
        "Auckland/NZ",
        "world-region headings that are not countries",
    ),
    Page(
        "fr-villes-numeros-departement",
        "fr",
        "one_a_line;state_codes;no_country",
        "Villes accueillantes : les signataires de l'appel",
        (2024, 6, 20),
        "À l'occasion de la Journée mondiale des réfugiés, ces villes ont signé l'appel pour "
        "un accueil digne :",
        "Grenoble (38)\n"
        "Villeurbanne (69)\n"
        "Strasbourg (67)\n"
        "Nantes (44)\n"
        "Besançon (25)\n"
        "Poitiers (86)\n"
        "Montreuil (93)\n"
        "Briançon (05)",
        "L'association nationale des villes accueillantes coordonne l'appel.",
        "Grenoble/FR; Villeurbanne/FR; Strasbourg/FR; Nantes/FR; Besançon/FR; Poitiers/FR; "
        "Montreuil/FR; Briançon/FR",
        "French department numbers in brackets",
    ),
]

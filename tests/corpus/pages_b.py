"""Hand-written pages, part two: Portuguese, Dutch, Polish, Nordic, Czech, Finnish, Greek.

The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    # ------------------------------------------------------------------ Portuguese
    Page(
        "pt-running-e-do-porto",
        "pt",
        "running_text;inflected;not_signatory",
        "Carta das cidades portuguesas pela habitação",
        (2024, 4, 24),
        "Reunidos em Coimbra, a convite da Câmara Municipal de Coimbra, os autarcas "
        "aprovaram esta carta.",
        "A carta foi assinada pelos presidentes das câmaras de Lisboa, do Porto, de Braga, "
        "de Setúbal, de Faro e do Funchal. Coimbra, anfitriã do encontro, assinará mais tarde.",
        "",
        "Lisbon/PT; Porto/PT; Braga/PT; Setúbal/PT; Faro/PT; Funchal/PT",
    ),
    Page(
        "pt-prefeito-brazil",
        "pt",
        "one_a_line;person_before;region_after;person_named_like_place;state_codes",
        "Prefeitos pela Amazônia",
        (2023, 8, 8),
        "Assinam este compromisso:",
        "Vitória Alves, Prefeita de Belém (PA)\nJordão Lima, Prefeito de Manaus (AM)\n"
        "Sofia Rocha, Prefeita de Recife (PE)\nFlorença Dias, Prefeita de Salvador (BA)\n"
        "Paulo Teixeira, Prefeito de Curitiba (PR)\nAna Martins, Prefeita de Niterói (RJ)\n"
        "Caio Souza, Prefeito de Porto Alegre (RS)",
        "",
        "Belém/BR; Manaus/BR; Recife/BR; Salvador/BR; Curitiba/BR; Niterói/BR; Porto Alegre/BR",
    ),
    Page(
        "pt-camara-bullets-twice",
        "pt",
        "bulleted;named_twice;country_in_language",
        "Municípios lusófonos contra a seca",
        (2022, 7, 27),
        "Lista de municípios signatários:",
        "• Câmara Municipal de Évora (Portugal)\n• Câmara Municipal de Beja (Portugal)\n"
        "• Município da Praia (Cabo Verde)\n• Município de Maputo (Moçambique)\n"
        "• Câmara Municipal de Lisboa (Portugal)\n• Lisbon City Council (Portugal)\n"
        "• Município de Luanda (Angola)",
        "",
        "Évora/PT; Beja/PT; Praia/CV; Maputo/MZ; Lisbon/PT; Luanda/AO",
    ),
    Page(
        "pt-few-one-line",
        "pt",
        "few;one_a_line",
        "Guimarães adere à rede",
        (2024, 1, 30),
        "A rede dá as boas-vindas ao seu mais recente membro:",
        "Guimarães, Portugal",
        "Bem-vindos!",
        "Guimarães/PT",
    ),
    Page(
        "pt-bodies-areas",
        "pt",
        "body_not_city;several_a_line",
        "Áreas metropolitanas pelo transporte público",
        (2023, 11, 21),
        "Subscrevem:",
        "Área Metropolitana de Lisboa; Área Metropolitana do Porto; Comunidade Intermunicipal "
        "do Algarve\nMunicípio de Viseu; Município de Leiria; Região Autónoma da Madeira",
        "",
        "Área Metropolitana de Lisboa|Lisbon Metropolitan Area/PT/metropolitan area; Área "
        "Metropolitana do Porto|Porto Metropolitan Area/PT/metropolitan area; Comunidade "
        "Intermunicipal do Algarve|Algarve/PT/union of municipalities; Viseu/PT; Leiria/PT; "
        "Região Autónoma da Madeira|Madeira/PT/region",
    ),
    Page(
        "pt-broken-lines",
        "pt",
        "broken_lines;running_text;no_country",
        "Declaração de Aveiro sobre a costa",
        (2023, 6, 5),
        "As cidades costeiras comprometem-se a proteger as dunas.",
        "Assinaram Viana do\nCastelo, Póvoa de\nVarzim, Figueira da\nFoz, Vila Nova de\nGaia, "
        "Espinho e\nPortimão.",
        "",
        "Viana do Castelo/PT; Póvoa de Varzim/PT; Figueira da Foz/PT; Vila Nova de Gaia/PT; "
        "Espinho/PT; Portimão/PT",
    ),
    # ------------------------------------------------------------------ Dutch
    Page(
        "nl-burgemeester-van",
        "nl",
        "one_a_line;person_before;named_twice",
        "Burgemeesters voor betaalbare energie",
        (2024, 2, 14),
        "Ondertekend door:",
        "Burgemeester Femke de Vries, Amsterdam\nBurgemeester Ahmed Bakker van Rotterdam\n"
        "Burgemeester Jan Visser van Den Haag\nBurgemeester Sanne Smit van Utrecht\n"
        "Burgemeester Pieter Mulder, Eindhoven\nBurgemeester Lotte Jansen van Groningen\n"
        "Burgemeester Jan Visser, namens 's-Gravenhage",
        "",
        "Amsterdam/NL; Rotterdam/NL; The Hague/NL; Utrecht/NL; Eindhoven/NL; Groningen/NL",
    ),
    Page(
        "nl-limburg-both",
        "nl",
        "region_after;region_like_country;bulleted",
        "Grensgemeenten voor de Maas",
        (2023, 9, 27),
        "De volgende gemeenten ondertekenen het Maasakkoord:",
        "- Maastricht (Limburg)\n- Venlo (Limburg)\n- Roermond (Limburg)\n- Hasselt "
        "(Limburg)\n- Genk (Limburg)\n- Maaseik (Limburg)\n- Luik (Luik)",
        "",
        "Maastricht/NL; Venlo/NL; Roermond/NL; Hasselt/BE; Genk/BE; Maaseik/BE; Liège/BE",
    ),
    Page(
        "nl-running-en",
        "nl",
        "running_text;no_country;not_signatory",
        "Verklaring van Zwolle over de woningbouw",
        (2023, 1, 18),
        "Op uitnodiging van de gemeente Zwolle kwamen de wethouders bijeen.",
        "De verklaring is ondertekend door Arnhem, Nijmegen, Tilburg, Breda, Leiden en "
        "Haarlem. Almere sluit zich later aan, behalve als de provincie Flevoland bezwaar "
        "maakt.",
        "",
        "Arnhem/NL; Nijmegen/NL; Tilburg/NL; Breda/NL; Leiden/NL; Haarlem/NL",
    ),
    Page(
        "nl-belgian-table-glued",
        "nl",
        "table_glued;columns_after;country_in_language",
        "Vlaamse steden voor de klimaattafel",
        (2024, 5, 7),
        "Overzicht van de deelnemende steden.",
        "StadLandInwonersDoel\nAntwerpenBelgië5300002030\nGentBelgië2650002030\n"
        "BruggeBelgië1190002035\nLeuvenBelgië1020002030\nMechelenBelgië870002035\n"
        "KortrijkBelgië780002035",
        "",
        "Antwerp/BE; Ghent/BE; Bruges/BE; Leuven/BE; Mechelen/BE; Kortrijk/BE",
    ),
    Page(
        "nl-bodies-provincie",
        "nl",
        "body_not_city;one_a_line;country_in_language",
        "Provincies en gemeenten voor natuurherstel",
        (2022, 10, 12),
        "Ondertekenaars",
        "Provincie Gelderland, Nederland\nProvincie Noord-Brabant, Nederland\nGemeente Delft, "
        "Nederland\nGemeente Zwolle, Nederland\nProvincie Antwerpen, België\nStad Gent, België",
        "",
        "Provincie Gelderland|Gelderland/NL/province; Provincie Noord-Brabant|Noord-Brabant|"
        "North Brabant/NL/province; Delft/NL; Zwolle/NL; Provincie Antwerpen|Antwerp "
        "Province/BE/province; Ghent/BE",
    ),
    Page(
        "nl-no-list",
        "nl",
        "no_list",
        "Netwerk steunt actie voor schone lucht",
        (2024, 3, 12),
        "Het bestuur van het netwerk steunt de oproep van bewoners in Amsterdam, Utrecht en "
        "Rotterdam voor schonere lucht. We gaan graag in gesprek met de gemeenten.",
        "",
        "Namens het bestuur,\nEsther de Groot, voorzitter",
        "",
        note="the board's support for residents; no municipality signs",
    ),
    # ------------------------------------------------------------------ Polish
    Page(
        "pl-prezydent-miasta-genitive",
        "pl",
        "one_a_line;inflected;person_before",
        "Apel prezydentów miast w sprawie smogu",
        (2023, 11, 16),
        "Pod apelem podpisali się:",
        "Prezydent Miasta Krakowa – Jan Nowak\nPrezydent Miasta Stołecznego Warszawy – Anna "
        "Kowalska\nPrezydent Miasta Gdańska – Piotr Wiśniewski\nPrezydent Miasta Poznania – "
        "Katarzyna Wójcik\nPrezydent Wrocławia – Tomasz Kamiński\nPrezydent Miasta Łodzi – "
        "Agnieszka Lewandowska\nPrezydent Miasta Katowice – Marek Zieliński",
        "",
        "Kraków/PL; Warsaw/PL; Gdańsk/PL; Poznań/PL; Wrocław/PL; Łódź/PL; Katowice/PL",
    ),
    Page(
        "pl-running-oraz-locative",
        "pl",
        "running_text;inflected;not_signatory",
        "Deklaracja miast o transporcie zbiorowym",
        (2024, 4, 10),
        "Spotkanie odbyło się w Krakowie, w siedzibie urzędu miasta.",
        "Deklarację podpisali przedstawiciele miast z Gdańska, Gdyni, Sopotu, Torunia, "
        "Bydgoszczy oraz Lublina. Gospodarzem spotkania był Kraków, który deklaracji nie "
        "podpisał.",
        "",
        "Gdańsk/PL; Gdynia/PL; Sopot/PL; Toruń/PL; Bydgoszcz/PL; Lublin/PL",
    ),
    Page(
        "pl-voivodeship-table",
        "pl",
        "table_tabs;columns_after;region_after;no_country",
        "Sieć miast przyjaznych seniorom",
        (2023, 2, 9),
        "Miasta członkowskie:",
        "Lp.\tMiasto\tWojewództwo\tLiczba mieszkańców\n1\tRzeszów\tpodkarpackie\t196 000\n"
        "2\tOlsztyn\twarmińsko-mazurskie\t170 000\n3\tBiałystok\tpodlaskie\t294 000\n"
        "4\tKielce\tświętokrzyskie\t185 000\n5\tOpole\topolskie\t127 000\n6\tSzczecin\t"
        "zachodniopomorskie\t391 000\n7\tCzęstochowa\tśląskie\t211 000",
        "",
        "Rzeszów/PL; Olsztyn/PL; Białystok/PL; Kielce/PL; Opole/PL; Szczecin/PL; Częstochowa/PL",
    ),
    Page(
        "pl-wroclaw-breslau-twice",
        "pl",
        "named_twice;several_a_line;country_in_language",
        "Miasta partnerskie przeciw wykluczeniu",
        (2022, 6, 1),
        "Sygnatariusze:",
        "Polska: Wrocław, Szczecin, Zielona Góra\nNiemcy: Drezno, Lipsk, Görlitz\n"
        "Czechy: Liberec, Praga\nDeutsche Fassung unterzeichnet von: Breslau, Dresden",
        "",
        "Wrocław/PL; Szczecin/PL; Zielona Góra/PL; Dresden/DE; Leipzig/DE; Görlitz/DE; "
        "Liberec/CZ; Prague/CZ",
    ),
    Page(
        "pl-bodies-metropolia",
        "pl",
        "body_not_city;bulleted;inflected",
        "Porozumienie na rzecz czystego powietrza",
        (2024, 1, 24),
        "Strony porozumienia:",
        "• Górnośląsko-Zagłębiowska Metropolia\n• Województwo Małopolskie\n• Stowarzyszenie "
        "Metropolia Krakowska\n• Miasto Gliwice\n• Gmina Miejska Tychy\n• Miasto Rybnik",
        "",
        "Górnośląsko-Zagłębiowska Metropolia|GZM Metropolis/PL/metropolitan area; "
        "Województwo Małopolskie|Lesser Poland Voivodeship|Małopolska/PL/region; "
        "Stowarzyszenie Metropolia Krakowska|Metropolia Krakowska/PL/union of municipalities; "
        "Gliwice/PL; Tychy/PL; Rybnik/PL",
    ),
    Page(
        "pl-few-lwow-majority",
        "pl",
        "few;no_country;majority_other_country;running_text",
        "Miasta wspierają odbudowę szkół",
        (2022, 4, 20),
        "",
        "Deklarację pomocy podpisały Lublin, Rzeszów i Lwów.",
        "Zbiórka trwa do końca maja.",
        "Lublin/PL; Rzeszów/PL; Lviv/UA",
    ),
    # ------------------------------------------------------------------ Swedish, Danish, Norwegian
    Page(
        "sv-running-och-kommun",
        "sv",
        "running_text;inflected;not_signatory",
        "Kommuner för fossilfria transporter",
        (2023, 10, 4),
        "Mötet hölls i Stockholm, där Stockholms stad var värd.",
        "Uppropet har undertecknats av Göteborgs Stad, Malmö stad, Uppsala kommun, Linköpings "
        "kommun och Umeå kommun. Stockholms stad undertecknar inte i år.",
        "",
        "Gothenburg/SE; Malmö/SE; Uppsala/SE; Linköping/SE; Umeå/SE",
    ),
    Page(
        "sv-table-region-skane",
        "sv",
        "table_tabs;columns_after;body_not_city",
        "Regioner och kommuner för kollektivtrafiken",
        (2024, 3, 19),
        "Undertecknare och datum för beslut:",
        "Organisation\tTyp\tBeslutsdatum\nRegion Skåne\tRegion\t2024-02-01\n"
        "Västra Götalandsregionen\tRegion\t2024-02-08\nHelsingborgs stad\tKommun\t2024-02-15\n"
        "Västerås stad\tKommun\t2024-02-20\nÖrebro kommun\tKommun\t2024-03-01\nGävle kommun\t"
        "Kommun\t2024-03-05",
        "",
        "Region Skåne|Skåne/SE/region; Västra Götalandsregionen|Västra Götaland/SE/region; "
        "Helsingborg/SE; Västerås/SE; Örebro/SE; Gävle/SE",
    ),
    Page(
        "da-borgmester-i",
        "da",
        "one_a_line;person_before;person_named_like_place;country_in_language",
        "Borgmestre for grøn omstilling",
        (2023, 8, 22),
        "Underskrevet af:",
        "Sofia Hansen, borgmester i Aarhus\nJordan Nielsen, borgmester i Aalborg\n"
        "Victoria Jensen, overborgmester i København\nMette Larsen, borgmester i Esbjerg\n"
        "Lars Holm, borgmester i Roskilde\nAnne Berg, borgmester i Flensborg, Tyskland\n"
        "Karin Lund, kommunstyrelsens ordförande i Malmö, Sverige",
        "",
        "Aarhus/DK; Aalborg/DK; Copenhagen/DK; Esbjerg/DK; Roskilde/DK; Flensburg/DE; Malmö/SE",
    ),
    Page(
        "da-running-og",
        "da",
        "running_text;no_country;majority_other_country",
        "Fælles erklæring om havmiljø",
        (2022, 11, 8),
        "Byerne ved Kattegat og Øresund vil rense havnene.",
        "Erklæringen er underskrevet af Aarhus, Horsens, Fredericia, Helsingør, Helsingborg "
        "og Frederikshavn.",
        "",
        "Aarhus/DK; Horsens/DK; Fredericia/DK; Helsingør/DK; Helsingborg/SE; Frederikshavn/DK",
    ),
    Page(
        "no-numbered-kommune",
        "no",
        "numbered;one_a_line;inflected",
        "Kommuner for trygge skoleveier",
        (2024, 5, 8),
        "Følgende kommuner har sluttet seg til:",
        "1. Oslo kommune\n2. Bergen kommune\n3. Trondheim kommune\n4. Stavanger kommune\n"
        "5. Tromsø kommune\n6. Kristiansand kommune\n7. Fredrikstad kommune\n8. Bodø kommune",
        "",
        "Oslo/NO; Bergen/NO; Trondheim/NO; Stavanger/NO; Tromsø/NO; Kristiansand/NO; "
        "Fredrikstad/NO; Bodø/NO",
    ),
    Page(
        "no-few-ordforer",
        "no",
        "few;person_after;not_signatory",
        "Tromsø og Alta signerer arktisk erklæring",
        (2023, 2, 2),
        "Erklæringen ble lagt fram i Oslo og sendt til regjeringen.",
        "Tromsø (ordfører Kari Eide)\nAlta (ordfører Ola Strand)",
        "",
        "Tromsø/NO; Alta/NO",
    ),
    Page(
        "sv-no-list",
        "sv",
        "no_list",
        "Nätverket välkomnar regeringens besked",
        (2024, 4, 2),
        "Nätverket välkomnar beskedet att stödet till kollektivtrafik i Göteborg, Malmö och "
        "Stockholm förlängs. Nu behöver fler kommuner samma stöd.",
        "",
        "Kansliet, Örebro",
        "",
        note="a secretariat's comment; the cities named are not signatories",
    ),
    # ------------------------------------------------------------------ Czech
    Page(
        "cs-primator-inflected",
        "cs",
        "one_a_line;inflected;person_before",
        "Výzva primátorů k dostupnému bydlení",
        (2023, 9, 12),
        "Výzvu podepsali:",
        "Primátor hlavního města Prahy Jan Novák\nPrimátorka statutárního města Brna Marie "
        "Svobodová\nPrimátor města Ostravy Petr Dvořák\nPrimátor Plzně Tomáš Černý\n"
        "Primátorka Liberce Eva Procházková\nPrimátor Olomouce Martin Kučera",
        "",
        "Prague/CZ; Brno/CZ; Ostrava/CZ; Plzeň/CZ; Liberec/CZ; Olomouc/CZ",
    ),
    Page(
        "cs-running-a-v-brne",
        "cs",
        "running_text;inflected;not_signatory",
        "Memorandum o spolupráci v dopravě",
        (2024, 6, 3),
        "Setkání se konalo v Brně, které memorandum jako hostitel nepodepsalo.",
        "Memorandum podepsala města Pardubice, Hradec Králové, České Budějovice, Zlín a Jihlava.",
        "",
        "Pardubice/CZ; Hradec Králové/CZ; České Budějovice/CZ; Zlín/CZ; Jihlava/CZ",
    ),
    # ------------------------------------------------------------------ Finnish
    Page(
        "fi-kaupunki-genitive",
        "fi",
        "one_a_line;inflected;person_after",
        "Kaupunkien ilmastositoumus",
        (2023, 4, 18),
        "Sitoumuksen allekirjoittivat:",
        "Helsingin kaupunki, pormestari Anna Virtanen\nEspoon kaupunki, kaupunginjohtaja Jussi "
        "Korhonen\nTampereen kaupunki, pormestari Liisa Mäkinen\nVantaan kaupunki\n"
        "Oulun kaupunki\nTurun kaupunki, pormestari Mikko Nieminen",
        "",
        "Helsinki/FI; Espoo/FI; Tampere/FI; Vantaa/FI; Oulu/FI; Turku/FI",
    ),
    Page(
        "fi-running-ja-cases",
        "fi",
        "running_text;inflected;not_signatory",
        "Pyöräilykaupunkien julistus",
        (2024, 5, 21),
        "Tapaaminen pidettiin Helsingissä, ja edustajat saapuivat Tampereelta, Turusta ja Oulusta.",
        "Julistuksen allekirjoittivat Jyväskylä, Lahti, Kuopio, Joensuu ja Vaasa.",
        "",
        "Jyväskylä/FI; Lahti/FI; Kuopio/FI; Joensuu/FI; Vaasa/FI",
    ),
    # ------------------------------------------------------------------ Greek
    Page(
        "el-dimos-genitive",
        "el",
        "one_a_line;inflected;person_after",
        "Κοινή δήλωση δημάρχων για το νερό",
        (2023, 7, 11),
        "Υπογράφουν:",
        "Δήμος Αθηναίων – Δήμαρχος Νίκος Παππάς\nΔήμος Θεσσαλονίκης – Δήμαρχος Μαρία Γεωργίου\n"
        "Δήμος Πατρέων – Δήμαρχος Γιώργος Νικολάου\nΔήμος Ηρακλείου – Δήμαρχος Ελένη Κωστά\n"
        "Δήμος Βόλου – Δήμαρχος Κώστας Δημητρίου\nΔήμος Ιωαννιτών – Δήμαρχος Σοφία Αντωνίου",
        "",
        "Athens/GR; Thessaloniki/GR; Patras/GR; Heraklion/GR; Volos/GR; Ioannina/GR",
    ),
    Page(
        "el-running-kai",
        "el",
        "running_text;no_country",
        "Δήλωση για τον τουρισμό",
        (2024, 2, 28),
        "Οι νησιωτικοί και παράκτιοι δήμοι ζητούν στήριξη.",
        "Τη δήλωση υπογράφουν η Καλαμάτα, η Χαλκίδα, η Ρόδος, η Κέρκυρα και τα Χανιά.",
        "",
        "Kalamata/GR; Chalkida/GR; Rhodes/GR; Corfu|Kerkyra/GR; Chania/GR",
    ),
]

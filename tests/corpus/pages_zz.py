"""Hand-written pages, batch zz: held out from rounds 23 and 24 (branch acczz), written without
reading the reader or running it, before any change to it for them. Seven statements and seven
member pages in fourteen languages of city networks, modelled on how their staff paste them: an
English open letter to a climate conference signed `Name, Mayor of X, Country` with mayors named
Austin and Sydney and a combined authority; French new members of a francophone network in
running text with the country in brackets beside the host of the general assembly; German
signatures of a resolution in two columns flattened with wide spaces, with an
Oberbürgermeister named Brandenburg; Spanish members under autonomous-community headings, several
a line between middle dots, with a provincial council and a mancomunidad; an Italian charter
copied from a PDF with hyphenated `Comune di` lines, running headers and a sindaca named Pistoia;
a Portuguese report annex as a tab table whose NUTS column names Lisboa and Porto; a Dutch
manifesto table of `Gemeente` / `Stad`, name and role with a wethouder named Van Gent; Polish
genitives in a board's resolution with a county; a Swedish appeal signed `Name, title, X kommun`
with a region and a signer named Mora; a Norwegian members table aligned with spaces whose
fylke column repeats Oslo; Finnish genitives in running text with a venue `Lahdessa` and a
regional council; Romanian award winners by category `Municipiul X (jud. Y)`; Greek genitives
`Ο Δήμαρχος Ηρακλείου` over names with a region; Turkish new members with district
municipalities `Nilüfer Belediyesi (Bursa)` beside the host. Invented texts and people, real
places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-open-letter-cop-mayor-of-x-country-austin-sydney",
        "en",
        "one_a_line;person_before;person_named_like_place;not_signatory;body_not_city;teasers",
        "Open letter from mayors to the Parties meeting in Belém: fund the cities that adapt",
        (2025, 10, 21),
        "News > Open letters\n\n"
        "As governments gather in Belém for the thirtieth Conference of the Parties, mayors "
        "from every continent ask them to put adaptation money where people live. Ten years "
        "after the Paris Agreement, less than a tenth of climate finance reaches local "
        "governments, while floods in Porto Alegre, heat in Seville and drought in Chennai "
        "show who pays the bill.\n\n"
        "We ask the Parties to:\n"
        "1. open the new adaptation fund to direct access by cities and their utilities;\n"
        "2. count urban heat and flooding in national adaptation plans;\n"
        "3. report each year how much finance reached local governments.\n\n"
        "The letter was coordinated by the network's regional office in Nairobi and will be "
        "handed to the COP Presidency by our chair on 12 November.\n\n"
        "Signatories (as of 21 October 2025)",
        "Austin Mwale, Mayor of Kisumu, Kenya\n"
        "Mariama Kamara, Mayor of Freetown, Sierra Leone\n"
        "Sydney Whitaker, Mayor of Halifax, Canada\n"
        "Camila Restrepo Gil, Mayor of Medellín, Colombia\n"
        "Pablo Ferreyra, Intendente of Rosario, Argentina\n"
        "Helena Koskinen, Mayor of Espoo, Finland\n"
        "Jordan Ellery, Mayor of Bristol, United Kingdom\n"
        "Cllr Priya Shah, Chair, Greater Manchester Combined Authority, United Kingdom\n"
        "Anne-Claire Morvan, Mayor of Rennes, France\n"
        "Marta Villanueva, Mayor of Valencia, Spain\n"
        "Dr. Tomás Hrubý, Mayor of Brno, Czech Republic\n"
        "Aminata Diop, Mayor of Dakar, Senegal\n"
        "Rizal Hakim, Mayor of Surabaya, Indonesia\n"
        "Nomvula Dlamini, Executive Mayor of eThekwini, South Africa\n"
        "Kenji Watanabe, Mayor of Kitakyushu, Japan\n"
        "Florencia Duarte, Intendenta of Montevideo, Uruguay\n"
        "Lucas Pereira, Mayor of Recife, Brazil\n"
        "Ruth Asante, Mayor of Kumasi, Ghana",
        "More cities can add their name until 10 November through the members' area.\n\n"
        "Related\nHeat action plans: what Ahmedabad taught us\n3 October 2025\n"
        "Our board meets in Copenhagen\n18 September 2025",
        "Kisumu/KE; Freetown/SL; Halifax/CA; Medellín/CO; Rosario/AR; Espoo/FI; Bristol/GB; "
        "Greater Manchester Combined Authority|Greater Manchester/GB/metropolitan area; "
        "Rennes/FR; Valencia/ES; Brno/CZ; Dakar/SN; Surabaya/ID; Durban|eThekwini/ZA; "
        "Kitakyushu/JP; Montevideo/UY; Recife/BR; Kumasi/GH",
        "`Name, Mayor of X, Country` lines with mayors named Austin, Sydney, Jordan, Florencia; "
        "a combined authority; Belém the venue, Porto Alegre, Seville, Chennai, Paris, Nairobi "
        "in the body, Ahmedabad, Copenhagen in teasers",
    ),
    Page(
        "fr-ag-nouveaux-membres-running-pays-parentheses-hote-kigali",
        "fr",
        "running_text;country_in_language;not_signatory;teasers",
        "Neuf nouvelles villes rejoignent le réseau à l'issue de l'Assemblée générale de Kigali",
        (2024, 11, 14),
        "Actualités > Vie du réseau\n\n"
        "Réunie à Kigali du 5 au 7 novembre à l'invitation de la Ville de Kigali, l'Assemblée "
        "générale a adopté le rapport d'activités, renouvelé le Bureau et approuvé le budget "
        "2025. Le maire de Dakar, président sortant, a transmis la présidence au maire de "
        "Montréal pour deux ans.\n\n"
        "Les délégués ont également approuvé à l'unanimité neuf demandes d'adhésion.",
        "Le réseau accueille ainsi les villes de Ziguinchor (Sénégal), Bobo-Dioulasso "
        "(Burkina Faso), Kindia (Guinée), Sokodé (Togo) et Parakou (Bénin), la Commune "
        "urbaine de Mahajanga (Madagascar), la Ville de Moncton (Canada), la commune de "
        "Jérémie (Haïti) ainsi que la Ville de Namur (Belgique).",
        "« Ces adhésions confirment que la coopération entre villes francophones répond à un "
        "besoin concret », a déclaré la secrétaire permanente, Mme Aïcha Ndiaye, depuis le "
        "siège du réseau à Paris. La prochaine Assemblée générale se tiendra à Tunis en 2026."
        "\n\nÀ lire aussi\nFormation des agents d'état civil à Abidjan\n22 octobre 2024\n"
        "Un fonds d'urgence pour Beyrouth, quatre ans après\n2 septembre 2024",
        "Ziguinchor/SN; Bobo-Dioulasso/BF; Kindia/GN; Sokodé/TG; Parakou/BJ; Mahajanga/MG; "
        "Moncton/CA; Jérémie/HT; Namur/BE",
        "nine new members in one sentence with the country in brackets, `et` then `ainsi que`; "
        "Kigali the host, Dakar and Montréal presidents, Paris the seat, Tunis the next venue",
    ),
    Page(
        "de-resolution-unterschriften-zwei-spalten-leerzeichen-brandenburg",
        "de",
        "several_a_line;person_before;person_named_like_place;inflected;not_signatory",
        "Weimarer Resolution: Kommunale Wärmewende braucht verlässliche Förderung",
        (2025, 3, 27),
        "Startseite > Positionen > Resolutionen\n\n"
        "Die Oberbürgermeisterinnen und Oberbürgermeister der im Netzwerk zusammengeschlossenen "
        "Städte haben auf ihrer Frühjahrstagung in Weimar die folgende Resolution "
        "verabschiedet. Sie richtet sich an die Bundesregierung und die Länder.\n\n"
        "1. Das Bundesförderprogramm für effiziente Wärmenetze muss bis 2035 verlässlich "
        "ausgestattet werden.\n"
        "2. Die kommunale Wärmeplanung darf nicht an fehlenden Daten der Netzbetreiber "
        "scheitern.\n"
        "3. Die Städte brauchen Planungssicherheit über das Haushaltsjahr hinaus.\n\n"
        "Weimar, den 27. März 2025\n\n"
        "Für die unterzeichnenden Städte:",
        "Dr. Matthias Brandenburg                     Katrin Seidel\n"
        "Oberbürgermeister der Stadt Erfurt           Oberbürgermeisterin der Stadt Jena\n"
        "\n"
        "Jörg Albrecht                                Sabine Krüger-Hahn\n"
        "Oberbürgermeister der Stadt Gera             Oberbürgermeisterin der Stadt Halle (Saale)\n"
        "\n"
        "Thomas Neumeister                            Dr. Ulrike Brandt\n"
        "Oberbürgermeister der Landeshauptstadt       Oberbürgermeisterin der Stadt Chemnitz\n"
        "Magdeburg\n"
        "\n"
        "Frank Wiegand                                Petra Lindner\n"
        "Oberbürgermeister der Stadt Zwickau          Oberbürgermeisterin der Stadt Dessau-Roßlau\n"
        "\n"
        "Michael Schreiber                            Anja Rothe\n"
        "Oberbürgermeister der Stadt Cottbus          Oberbürgermeisterin der Universitätsstadt\n"
        "                                             Greifswald\n"
        "\n"
        "Stefan Gotha\n"
        "Bürgermeister der Stadt Suhl",
        "Die Resolution wurde dem Bundesministerium für Wirtschaft und Klimaschutz in Berlin "
        "übergeben. Der Oberbürgermeister der gastgebenden Stadt Weimar hat sie als "
        "Tagungsleiter nicht mitgezeichnet.",
        "Erfurt/DE; Jena/DE; Gera/DE; Halle (Saale)|Halle/DE; Magdeburg/DE; Chemnitz/DE; "
        "Zwickau/DE; Dessau-Roßlau|Dessau/DE; Cottbus/DE; Greifswald/DE; Suhl/DE",
        "signatures in two columns flattened with wide spaces, names over `Oberbürgermeister der "
        "Stadt X`, two titles broken over lines; people named Brandenburg and Gotha; Weimar the "
        "host that did not sign, Berlin the addressee",
    ),
    Page(
        "es-red-miembros-comunidades-autonomas-punto-medio-diputacion-mancomunidad",
        "es",
        "several_a_line;region_heading;body_not_city;no_country;columns_after",
        "Entidades miembro de la Red de Ciudades por la Movilidad Sostenible",
        (2025, 2, 10),
        "Inicio > La Red > Entidades miembro\n\n"
        "La Red agrupa a 52 gobiernos locales comprometidos con la movilidad sostenible, la "
        "calidad del aire y el espacio público. La Secretaría Técnica tiene su sede en "
        "Valladolid, en las oficinas de la Federación regional de municipios.\n\n"
        "Listado actualizado a 31 de enero de 2025 (entre paréntesis, número de entidades):",
        "ANDALUCÍA (7)\n"
        "Almería · Córdoba · Granada · Jerez de la Frontera · Málaga · Sevilla · "
        "Diputación Provincial de Jaén\n\n"
        "ARAGÓN (2)\n"
        "Huesca · Zaragoza\n\n"
        "PRINCIPADO DE ASTURIAS (3)\n"
        "Avilés · Gijón · Oviedo\n\n"
        "ILLES BALEARS (2)\n"
        "Palma · Ibiza\n\n"
        "CANARIAS (3)\n"
        "Las Palmas de Gran Canaria · San Cristóbal de La Laguna · Santa Cruz de Tenerife\n\n"
        "CANTABRIA (2)\n"
        "Santander · Torrelavega\n\n"
        "CASTILLA Y LEÓN (6)\n"
        "Burgos · León · Palencia · Ponferrada · Soria · Valladolid\n\n"
        "CASTILLA-LA MANCHA (4)\n"
        "Albacete · Ciudad Real · Guadalajara · Toledo\n\n"
        "CATALUÑA (6)\n"
        "Barcelona · Girona · Lleida · Sabadell · Terrassa · Diputació de Barcelona\n\n"
        "COMUNITAT VALENCIANA (5)\n"
        "Alicante · Castellón de la Plana · Elche · Gandía · Valencia\n\n"
        "EXTREMADURA (2)\n"
        "Badajoz · Cáceres\n\n"
        "GALICIA (3)\n"
        "A Coruña · Lugo · Pontevedra\n\n"
        "COMUNIDAD DE MADRID (4)\n"
        "Alcalá de Henares · Fuenlabrada · Getafe · Madrid\n\n"
        "REGIÓN DE MURCIA (2)\n"
        "Cartagena · Murcia\n\n"
        "COMUNIDAD FORAL DE NAVARRA (1)\n"
        "Mancomunidad de la Comarca de Pamplona\n\n"
        "PAÍS VASCO (3)\n"
        "Bilbao · Donostia / San Sebastián · Vitoria-Gasteiz\n\n"
        "LA RIOJA (1)\n"
        "Logroño\n\n"
        "CIUDADES AUTÓNOMAS (1)\n"
        "Melilla",
        "¿Tu ayuntamiento quiere sumarse? Consulta los requisitos de adhesión o escríbenos a "
        "la Secretaría Técnica.\n\n"
        "Noticias relacionadas\nJornada técnica sobre zonas de bajas emisiones en Vigo\n"
        "12 de diciembre de 2024\nLa Red participa en la Semana Europea de la Movilidad en "
        "Bruselas\n30 de septiembre de 2024",
        "Almería/ES; Córdoba/ES; Granada/ES; Jerez de la Frontera/ES; Málaga/ES; Sevilla/ES; "
        "Diputación Provincial de Jaén|Jaén Province/ES/province; Huesca/ES; Zaragoza/ES; "
        "Avilés/ES; Gijón/ES; Oviedo/ES; Palma/ES; Ibiza/ES; Las Palmas de Gran Canaria/ES; "
        "San Cristóbal de La Laguna/ES; Santa Cruz de Tenerife/ES; Santander/ES; "
        "Torrelavega/ES; Burgos/ES; León/ES; Palencia/ES; Ponferrada/ES; Soria/ES; "
        "Valladolid/ES; Albacete/ES; Ciudad Real/ES; Guadalajara/ES; Toledo/ES; Barcelona/ES; "
        "Girona/ES; Lleida/ES; Sabadell/ES; Terrassa/ES; "
        "Diputació de Barcelona|Barcelona Province/ES/province; Alicante/ES; "
        "Castellón de la Plana/ES; Elche/ES; Gandía/ES; Valencia/ES; Badajoz/ES; Cáceres/ES; "
        "A Coruña/ES; Lugo/ES; Pontevedra/ES; Alcalá de Henares/ES; Fuenlabrada/ES; "
        "Getafe/ES; Madrid/ES; Cartagena/ES; Murcia/ES; "
        "Mancomunidad de la Comarca de Pamplona/ES/union of municipalities; Bilbao/ES; "
        "Donostia|San Sebastián/ES; Vitoria-Gasteiz/ES; Logroño/ES; Melilla/ES",
        "52 members several a line between middle dots under autonomous-community headings in "
        "capitals with counts, no country; cities whose bigger namesakes are in the Americas "
        "(Córdoba, Granada, León, Guadalajara, Cartagena, Santander); a provincial council, "
        "Barcelona's Diputació and a mancomunidad; Valladolid both a member and the seat; Vigo, "
        "Brussels in teasers",
    ),
    Page(
        "it-carta-sindaci-pdf-comune-di-sillabazione-intestazioni-pistoia",
        "it",
        "one_a_line;broken_lines;person_after;person_named_like_place;state_codes;body_not_city",
        "Carta dei Comuni per l'accoglienza dei minori stranieri non accompagnati",
        (2024, 6, 20),
        "Home > Documenti > Carte e dichiarazioni\n\n"
        "Scarica il PDF (312 KB)\n\n"
        "CARTA DEI COMUNI PER L'ACCOGLIENZA DEI MINORI STRANIERI NON ACCOMPAGNATI\n\n"
        "Premesso che la Convenzione di New York sui diritti dell'infanzia impegna ogni livello "
        "di governo a tutelare l'interesse superiore del minore, e richiamata la legge 7 aprile "
        "2017, n. 47, i Comuni firmatari si impegnano a:\n"
        "a) garantire a ogni minore un tutore volontario entro trenta giorni;\n"
        "b) promuovere l'affido familiare accanto alle comunità di accoglienza;\n"
        "c) accompagnare i neomaggiorenni fino ai ventun anni.\n\n"
        "La Carta è stata presentata a Roma, presso la sede dell'Associazione, il 20 giugno "
        "2024, Giornata mondiale del rifugiato.\n\n"
        "I COMUNI FIRMATARI",
        "Comune di Palermo (PA) – il Sindaco Salvatore Lo Cascio\n"
        "Comune di Napoli (NA) – l'Assessora alle Politiche sociali Teresa Esposito\n"
        "Comune di Bari (BA) – il Sindaco Nicola Ar-\n"
        "cangeli\n"
        "Comune di Reggio nell'Emi-\n"
        "lia (RE) – la Sindaca Chiara Pistoia\n"
        "Comune di Torino (TO) – l'Assessore al Welfare Marco Ferri\n"
        "Comune di Padova (PD) – il Sindaco Andrea Colombo\n"
        "\n"
        "Carta dei Comuni per l'accoglienza dei MSNA – giugno 2024                    2\n"
        "\n"
        "Comune di Catania (CT) – il Sindaco Giuseppe Arena\n"
        "Comune di Lecce (LE) – la Sindaca Anna Maria De Giorgi\n"
        "Comune di Ravenna (RA) – il Sindaco Luca Fabbri\n"
        "Comune di Trento (TN) – il Sindaco Paolo Moser\n"
        "Comune di Pesaro (PU) – la Vicesindaca Daniela Mancini\n"
        "Città metropolitana di Firenze – il Consigliere delegato Leonardo Bini\n"
        "Unione dei Comuni della Bassa Romagna (RA) – il Presidente Gianni Ricci",
        "Per aderire alla Carta il Comune trasmette la delibera di Giunta alla segreteria "
        "dell'Associazione, via dei Prefetti 12, Roma.",
        "Palermo/IT; Napoli|Naples/IT; Bari/IT; Reggio Emilia|Reggio nell'Emilia/IT; Torino|"
        "Turin/IT; Padova|Padua/IT; Catania/IT; Lecce/IT; Ravenna/IT; Trento/IT; Pesaro/IT; "
        "Città metropolitana di Firenze|Metropolitan City of Florence/IT/metropolitan area; "
        "Unione dei Comuni della Bassa Romagna/IT/union of municipalities",
        "a charter copied from a PDF: `Comune di X (PR) – il Sindaco Name`, a mayor's name and "
        "`Reggio nell'Emilia` hyphenated over two lines, a running header with a page number "
        "between entries; a sindaca named Pistoia, an assessore named Ferri; province codes "
        "(PA, BA, RE, TN, PU) no country; a metropolitan city and a union; Rome the venue and "
        "the seat, New York in a convention's name",
    ),
    Page(
        "pt-relatorio-anexo-tabela-municipio-nuts-lisboa-porto-cim",
        "pt",
        "table_tabs;columns_after;region_after;body_not_city;no_country",
        "Relatório de Atividades 2024 – Anexo I: Municípios membros da Rede",
        (2025, 4, 9),
        "Início > Documentos > Relatórios\n\n"
        "Relatório de Atividades 2024\n\n"
        "Em 2024 a Rede Portuguesa de Municípios Saudáveis reuniu-se duas vezes em Assembleia "
        "Intermunicipal, em Viana do Castelo e em Setúbal, e acolheu três novos membros. A "
        "sede da Rede mantém-se em Lisboa, nas instalações cedidas pela Associação Nacional.\n\n"
        "Anexo I – Municípios membros a 31 de dezembro de 2024",
        "Município\tNUTS II\tAno de adesão\n"
        "Amadora\tÁrea Metropolitana de Lisboa\t1997\n"
        "Loures\tÁrea Metropolitana de Lisboa\t2001\n"
        "Odivelas\tÁrea Metropolitana de Lisboa\t2004\n"
        "Palmela\tÁrea Metropolitana de Lisboa\t2006\n"
        "Setúbal\tÁrea Metropolitana de Lisboa\t1998\n"
        "Matosinhos\tNorte\t2002\n"
        "Vila Nova de Gaia\tNorte\t2009\n"
        "Viana do Castelo\tNorte\t1999\n"
        "Bragança\tNorte\t2012\n"
        "Vila Real\tNorte\t2015\n"
        "Guimarães\tNorte\t2018\n"
        "Comunidade Intermunicipal do Ave\tNorte\t2024\n"
        "Aveiro\tCentro\t2003\n"
        "Coimbra\tCentro\t2010\n"
        "Figueira da Foz\tCentro\t2016\n"
        "Castelo Branco\tCentro\t2024\n"
        "Torres Vedras\tOeste e Vale do Tejo\t2011\n"
        "Santarém\tOeste e Vale do Tejo\t2019\n"
        "Évora\tAlentejo\t2000\n"
        "Beja\tAlentejo\t2024\n"
        "Loulé\tAlgarve\t2013\n"
        "Lagos\tAlgarve\t2021\n"
        "Funchal\tRegião Autónoma da Madeira\t2017\n"
        "Ponta Delgada\tRegião Autónoma dos Açores\t2020",
        "Fonte: Secretariado da Rede. Os municípios do Porto e de Braga participaram como "
        "observadores nas reuniões de 2024, sem estatuto de membro.\n\n"
        "Notícias relacionadas\nEncontro de técnicos de saúde em Faro\n14 de março de 2025",
        "Amadora/PT; Loures/PT; Odivelas/PT; Palmela/PT; Setúbal/PT; Matosinhos/PT; "
        "Vila Nova de Gaia/PT; Viana do Castelo/PT; Bragança/PT; Vila Real/PT; Guimarães/PT; "
        "Comunidade Intermunicipal do Ave|Ave Intermunicipal Community/PT/union of "
        "municipalities; Aveiro/PT; Coimbra/PT; Figueira da Foz/PT; Castelo Branco/PT; "
        "Torres Vedras/PT; Santarém/PT; Évora/PT; Beja/PT; Loulé/PT; Lagos/PT; Funchal/PT; "
        "Ponta Delgada/PT",
        "a report annex as a tab table `Município / NUTS II / Ano de adesão` whose region column "
        "repeats `Área Metropolitana de Lisboa`; an intermunicipal community; Lagos and Beja with "
        "namesakes abroad; Viana do Castelo and Setúbal both venues and members, Lisbon the seat, "
        "Porto and Braga observers, Faro in a teaser",
    ),
    Page(
        "nl-manifest-tabel-gemeente-stad-naam-functie-van-gent",
        "nl",
        "table_tabs;person_after;person_named_like_place;country_in_language;not_signatory",
        "Manifest betaalbaar wonen: gemeenten en steden vragen een woontop",
        (2025, 1, 16),
        "Home > Nieuws > Manifest betaalbaar wonen\n\n"
        "Wethouders en schepenen van wonen uit Nederland en Vlaanderen hebben donderdag in "
        "Utrecht een gezamenlijk manifest gepresenteerd. Zij vragen het kabinet in Den Haag en "
        "de Vlaamse Regering om een jaarlijkse woontop met de steden.\n\n"
        "„Wij kunnen de woningnood niet alleen oplossen, maar zonder ons lukt het ook niet,” "
        "zegt Pieter van Gent, wethouder wonen van de gastgemeente, die de bijeenkomst "
        "voorzat.\n\n"
        "Het manifest is ondertekend door:",
        "Gemeente\tNaam\tFunctie\n"
        "Gemeente Amsterdam\tFemke de Wit\twethouder Wonen\n"
        "Gemeente Rotterdam\tYusuf Demir\twethouder Bouwen en Wonen\n"
        "Gemeente Eindhoven\tLotte Verbeek\twethouder Wonen en Ruimte\n"
        "Gemeente Groningen\tJelle Hoekstra\twethouder Wonen\n"
        "Gemeente Zwolle\tAnouk Bosch\twethouder Volkshuisvesting\n"
        "Gemeente 's-Hertogenbosch\tBram Leiden\twethouder Wonen\n"
        "Stad Antwerpen\tKarolien Peeters\tschepen voor Wonen\n"
        "Stad Gent\tWard De Smet\tschepen van Wonen\n"
        "Stad Leuven\tNele Janssens\tschepen van Wonen\n"
        "Stad Hasselt\tTom Vanhoof\tschepen van Huisvesting",
        "De gemeente Utrecht heeft het manifest als gastheer en voorzitter niet ondertekend. "
        "Andere gemeenten kunnen zich tot 1 maart aansluiten.\n\n"
        "Lees ook\nRotterdam en Antwerpen delen kennis over havenbanen\n9 december 2024",
        "Amsterdam/NL; Rotterdam/NL; Eindhoven/NL; Groningen/NL; Zwolle/NL; "
        "'s-Hertogenbosch|Den Bosch/NL; Antwerpen|Antwerp/BE; Gent|Ghent/BE; Leuven/BE; "
        "Hasselt/BE",
        "a tab table `Gemeente / Naam / Functie` of `Gemeente X` and `Stad X` with no country; "
        "a wethouder named Bram Leiden, the host's Pieter van Gent; Utrecht the host that did "
        "not sign, Den Haag the addressee; Rotterdam and Antwerpen again in a teaser",
    ),
    Page(
        "pl-uchwala-zarzadu-przyjecie-dopelniacz-powiat",
        "pl",
        "running_text;inflected;body_not_city;not_signatory;few",
        "Nowi członkowie Związku: Zarząd przyjął cztery samorządy",
        (2024, 9, 19),
        "Strona główna > Aktualności\n\n"
        "Na posiedzeniu w Poznaniu 17 września 2024 r. Zarząd Związku, pod przewodnictwem "
        "Prezydenta Miasta Gdańska, rozpatrzył wnioski o członkostwo złożone w drugim "
        "kwartale.",
        "Zarząd podjął uchwały w sprawie przyjęcia w poczet członków Miasta Białegostoku, "
        "Gminy Miejskiej Słupsk i Miasta Zielona Góra oraz Powiatu Wrocławskiego.",
        "Tym samym Związek liczy 87 członków. Wniosek Gminy Kobyłka zostanie rozpatrzony po "
        "uzupełnieniu dokumentów.\n\n"
        "Zobacz także\nForum rewitalizacji w Łodzi\n5 września 2024",
        "Białystok/PL; Słupsk/PL; Zielona Góra/PL; Powiat wrocławski|Wrocław County/PL/county",
        "four new members in one sentence in the genitive (`Miasta Białegostoku`, `Gminy "
        "Miejskiej Słupsk`) with a county `Powiatu Wrocławskiego`; Poznań the venue, Gdańsk the "
        "chair, Kobyłka pending, Łódź in a teaser",
    ),
    Page(
        "sv-upprop-namn-titel-kommun-region-mora",
        "sv",
        "one_a_line;person_before;person_named_like_place;inflected;body_not_city;not_signatory",
        "Upprop: Ge kommunerna verktyg mot segregationen",
        (2024, 5, 8),
        "Start > Nyheter > Upprop\n\n"
        "Elva kommuner och en region står bakom ett upprop till regeringen om långsiktig "
        "finansiering av det förebyggande arbetet i utsatta områden. Uppropet "
        "överlämnades i dag till socialministern i Stockholm.\n\n"
        "– Vi vet vad som fungerar, men vi kan inte bygga verksamhet på ettåriga "
        "projektpengar, säger Lars Mora (S), kommunstyrelsens ordförande i Örebro och "
        "initiativtagare till uppropet.\n\n"
        "Undertecknare",
        "Lars Mora, kommunstyrelsens ordförande, Örebro kommun\n"
        "Johanna Lindqvist, kommunstyrelsens ordförande, Malmö stad\n"
        "Ahmed Yusuf, kommunalråd, Göteborgs Stad\n"
        "Karin Eklund, kommunstyrelsens ordförande, Uppsala kommun\n"
        "Per-Erik Sandberg, kommunstyrelsens ordförande, Norrköpings kommun\n"
        "Sara Holm, kommunstyrelsens ordförande, Borås Stad\n"
        "Mikael Strand, kommunstyrelsens ordförande, Södertälje kommun\n"
        "Elin Nordin, kommunstyrelsens ordförande, Umeå kommun\n"
        "Fredrik Ljung, kommunstyrelsens ordförande, Landskrona stad\n"
        "Maria Berg, kommunalråd, Botkyrka kommun\n"
        "Anders Hedlund, kommunstyrelsens ordförande, Växjö kommun\n"
        "Ingrid Sjöberg, regionstyrelsens ordförande, Region Skåne",
        "Uppropet samordnas av nätverkets kansli i Stockholm. Fler kommuner kan ansluta sig "
        "via formuläret nedan.\n\n"
        "Relaterat\nTrygghetsvandring i Gävle samlade 300 deltagare\n22 april 2024",
        "Örebro/SE; Malmö/SE; Göteborg|Gothenburg/SE; Uppsala/SE; Norrköping/SE; Borås/SE; "
        "Södertälje/SE; Umeå/SE; Landskrona/SE; Botkyrka|Tumba/SE; Växjö/SE; "
        "Region Skåne|Skåne County/SE/region",
        "`Name, title, X kommun` / `X stad` lines with genitives (`Göteborgs Stad`, "
        "`Norrköpings kommun`) and a region; the initiator Lars Mora signs for Örebro; "
        "Stockholm the addressee and the secretariat, Gävle in a teaser",
    ),
    Page(
        "no-medlemmer-tabell-mellomrom-kommune-fylke-oslo",
        "no",
        "one_a_line;columns_after;region_after;body_not_city;no_country",
        "Medlemmer i nettverket Klimasmarte kommuner",
        (2025, 1, 30),
        "Forside > Om oss > Medlemmer\n\n"
        "Klimasmarte kommuner er et samarbeid mellom kommuner og fylkeskommuner som vil kutte "
        "utslipp og tilpasse seg et endret klima. Sekretariatet ligger i Trondheim.\n\n"
        "Per januar 2025 har nettverket 16 medlemmer:",
        "Medlem                     Fylke               Innbyggere   Medlem siden\n"
        "Oslo kommune               Oslo                   717 710   2017\n"
        "Bergen kommune             Vestland               291 940   2017\n"
        "Stavanger kommune          Rogaland               149 048   2017\n"
        "Kristiansand kommune       Agder                  116 986   2018\n"
        "Drammen kommune            Buskerud               103 291   2018\n"
        "Fredrikstad kommune        Østfold                 84 813   2019\n"
        "Tromsø kommune             Troms                   78 745   2019\n"
        "Sandnes kommune            Rogaland                83 429   2020\n"
        "Bodø kommune               Nordland                53 712   2020\n"
        "Ålesund kommune            Møre og Romsdal         67 114   2021\n"
        "Asker kommune              Akershus                98 512   2021\n"
        "Hamar kommune              Innlandet               32 876   2022\n"
        "Larvik kommune             Vestfold                48 016   2022\n"
        "Arendal kommune            Agder                   46 112   2023\n"
        "Vestland fylkeskommune     Vestland               651 299   2023\n"
        "Lillehammer kommune        Innlandet               28 941   2024",
        "Trondheim kommune er vertskommune for sekretariatet og er ikke medlem.\n\n"
        "Les også\nKlimabudsjett: erfaringer fra Sarpsborg\n11. desember 2024",
        "Oslo/NO; Bergen/NO; Stavanger/NO; Kristiansand/NO; Drammen/NO; Fredrikstad/NO; "
        "Tromsø/NO; Sandnes/NO; Bodø/NO; Ålesund/NO; Asker/NO; Hamar/NO; Larvik/NO; "
        "Arendal/NO; Vestland fylkeskommune|Vestland/NO/region; Lillehammer/NO",
        "a members table aligned with spaces: `X kommune`, fylke, population with spaces, year; "
        "the fylke column repeats Oslo; a county council; Trondheim the secretariat that is not "
        "a member, Sarpsborg in a teaser",
    ),
    Page(
        "fi-julkilausuma-kaupunginjohtajat-genetiivit-lahdessa-maakuntaliitto",
        "fi",
        "running_text;inflected;body_not_city;not_signatory;person_named_like_place",
        "Suurten kaupunkien julkilausuma: kasvun rahoitus ei saa jäädä kuntien varaan",
        (2024, 10, 3),
        "Etusivu > Ajankohtaista > Julkilausumat\n\n"
        "Kaupunkien johtajat kokoontuivat Lahdessa 2.–3. lokakuuta verkoston syysseminaariin. "
        "Seminaarin päätteeksi hyväksyttiin julkilausuma, joka lähetetään valtiovarain-"
        "ministeriölle ja eduskunnan valiokunnille Helsinkiin.",
        "Julkilausuman allekirjoittivat Espoon, Vantaan, Turun, Tampereen, Oulun, Jyväskylän "
        "ja Kuopion kaupunginjohtajat sekä Porin kaupungin pormestari ja Varsinais-Suomen "
        "liiton maakuntajohtaja.",
        "Julkilausumassa vaaditaan, että kasvukeskusten infrastruktuuri-investointien "
        "valtionosuudet palautetaan vuoden 2019 tasolle ja että kuntien verotulojen "
        "menetykset korvataan täysimääräisesti.\n\n"
        "”Kaupungit kantavat vastuunsa, mutta valtion on tehtävä oma osansa”, totesi "
        "seminaarin puheenjohtajana toiminut Lahden kaupunginjohtaja Mikko Salo.\n\n"
        "Lue myös\nKaupunkiseminaari Rovaniemellä keräsi ennätysyleisön\n12.9.2024",
        "Espoo/FI; Vantaa/FI; Turku/FI; Tampere/FI; Oulu/FI; Jyväskylä/FI; Kuopio/FI; Pori/FI; "
        "Varsinais-Suomen liitto|Regional Council of Southwest Finland/FI/region",
        "signatories in one sentence in the genitive (`Espoon, Vantaan, ... ja Kuopion "
        "kaupunginjohtajat`, `Porin kaupungin pormestari`) with a regional council; the chair "
        "from the host Lahti (`Lahdessa`, `Lahden`) named Salo did not sign, Helsinki the "
        "addressee, Rovaniemi in a teaser",
    ),
    Page(
        "ro-premii-castigatori-categorii-municipiul-judet-cluj",
        "ro",
        "one_a_line;region_after;columns_after;not_signatory;no_country",
        "Gala Orașelor Inteligente 2024: câștigătorii premiilor",
        (2024, 12, 6),
        "Acasă > Noutăți\n\n"
        "Asociația a decernat joi seara, la Timișoara, premiile celei de-a șaptea ediții a "
        "Galei Orașelor Inteligente. Juriul, prezidat de prof. dr. Mihai Sibiu de la "
        "Universitatea Politehnica București, a evaluat 74 de proiecte depuse de 41 de "
        "autorități locale.\n\n"
        "Câștigătorii, pe categorii:",
        "Mobilitate urbană\n"
        "Municipiul Brașov (jud. Brașov) – Sistem integrat de bilete pentru transportul "
        "metropolitan\n\n"
        "Guvernare digitală\n"
        "Municipiul Alba Iulia (jud. Alba) – Platforma de plăți și programări online\n\n"
        "Energie și climă\n"
        "Municipiul Sibiu (jud. Sibiu) – Iluminat public inteligent în cartierele istorice\n\n"
        "Comunități inteligente (sub 10.000 locuitori)\n"
        "Comuna Ciugud (jud. Alba) – Școala digitală a satului\n\n"
        "Mediu\n"
        "Municipiul Oradea (jud. Bihor) – Monitorizarea calității aerului cu senzori "
        "cetățenești\n\n"
        "Premiul publicului\n"
        "Municipiul Bistrița (jud. Bistrița-Năsăud) – Aplicația „Bistrița Mea”\n\n"
        "Mențiune specială a juriului\n"
        "Orașul Gura Humorului (jud. Suceava) – Turism digital în Bucovina",
        "Municipiul Cluj-Napoca, câștigătorul Marelui Premiu în 2023, nu a participat în "
        "competiție în acest an, fiind membru al juriului tehnic.\n\n"
        "Citește și\nConferința națională a primarilor de la Iași\n15 noiembrie 2024",
        "Brașov/RO; Alba Iulia/RO; Sibiu/RO; Ciugud/RO; Oradea/RO; Bistrița/RO; Gura Humorului/RO",
        "award winners under category headings, `Municipiul X (jud. Y)` with the project after "
        "a dash; counties named like their seat (Brașov, Sibiu, Alba); a jury chair named Sibiu; "
        "Timișoara the venue, Bucharest a university, Cluj-Napoca not competing, Iași in a teaser",
    ),
    Page(
        "el-diakirixi-dimarchoi-nision-genike-perifereia",
        "el",
        "one_a_line;inflected;person_after;body_not_city;not_signatory",
        "Κοινή Διακήρυξη των Δημάρχων των νησιών για τη λειψυδρία",
        (2024, 7, 12),
        "Αρχική > Δελτία Τύπου\n\n"
        "Οι δήμαρχοι νησιωτικών δήμων του Αιγαίου και της Κρήτης, που συναντήθηκαν στην "
        "Αθήνα στις 11 Ιουλίου με πρωτοβουλία του Δικτύου, υπέγραψαν κοινή διακήρυξη για την "
        "αντιμετώπιση της λειψυδρίας. Ζητούν από την κυβέρνηση ειδικό πρόγραμμα "
        "χρηματοδότησης μονάδων αφαλάτωσης και δικτύων επαναχρησιμοποίησης νερού.\n\n"
        "Τη διακήρυξη υπογράφουν:",
        "Ο Δήμαρχος Ηρακλείου, Νικόλαος Μαρκάκης\n"
        "Η Δήμαρχος Χανίων, Ελένη Βαρδάκη\n"
        "Ο Δήμαρχος Ρόδου, Γεώργιος Χατζηδάκης\n"
        "Ο Δήμαρχος Κω, Ιωάννης Νικολάου\n"
        "Η Δήμαρχος Σύρου-Ερμούπολης, Μαρία Ρούσσου\n"
        "Ο Δήμαρχος Νάξου και Μικρών Κυκλάδων, Δημήτριος Μαργαρίτης\n"
        "Ο Δήμαρχος Μυτιλήνης, Παναγιώτης Καλλονής\n"
        "Ο Δήμαρχος Χίου, Κωνσταντίνος Σάμιος\n"
        "Ο Αντιπεριφερειάρχης Κρήτης, Εμμανουήλ Σπανάκης, για την Περιφέρεια Κρήτης",
        "Η διακήρυξη θα κατατεθεί στο Υπουργείο Εσωτερικών. Το Δίκτυο, με έδρα τον Πειραιά, "
        "καλεί και τους υπόλοιπους νησιωτικούς δήμους να την προσυπογράψουν.\n\n"
        "Σχετικά άρθρα\nΣυνάντηση εργασίας για το νερό στη Λάρισα\n20 Ιουνίου 2024",
        "Heraklion/GR; Chania/GR; Rhodes/GR; Kos/GR; Ermoupoli|Ermoúpolis/GR; Naxos|Náxos/GR; "
        "Mytilene/GR; Chios/GR; Περιφέρεια Κρήτης|Crete Region/GR/region",
        "`Ο Δήμαρχος X (genitive), Name` lines: Ηρακλείου, Χανίων, Ρόδου, Κω, Σύρου-Ερμούπολης, "
        "Νάξου και Μικρών Κυκλάδων; a mayor named Καλλονής (a village of Lesbos) and one Σάμιος; "
        "a region; Athens the venue, Piraeus the seat, Larissa in a teaser",
    ),
    Page(
        "tr-yeni-uyeler-ilce-belediyesi-il-parantez-bursa-ev-sahibi",
        "tr",
        "bulleted;region_after;not_signatory;body_not_city",
        "Birliğimize yedi yeni üye katıldı",
        (2025, 3, 4),
        "Anasayfa > Haberler\n\n"
        "Birliğimizin 2025 yılı ilk Meclis toplantısı, Bursa Büyükşehir Belediyesinin ev "
        "sahipliğinde 28 Şubat'ta Bursa'da yapıldı. Toplantıda faaliyet raporu ve bütçe "
        "kabul edilirken yedi belediyenin üyelik başvurusu oybirliğiyle onaylandı.\n\n"
        "Birliğimize katılan yeni üyelerimiz:",
        "• Tekirdağ Büyükşehir Belediyesi\n"
        "• Nilüfer Belediyesi (Bursa)\n"
        "• Çankaya Belediyesi (Ankara)\n"
        "• Karşıyaka Belediyesi (İzmir)\n"
        "• Tepebaşı Belediyesi (Eskişehir)\n"
        "• Uşak Belediyesi\n"
        "• Mersin İl Sağlık Müdürlüğü (gözlemci üye)",
        "Birlik Başkanı Ayşe Denizli yeni üyelere hoş geldiniz diyerek, “Sağlıklı kent "
        "anlayışını yerelden yaygınlaştırmak için her yeni üye bir güç” dedi. Bir sonraki "
        "Meclis toplantısı Ekim ayında Antalya'da yapılacak.\n\n"
        "İlgili haberler\nGaziantep'te sağlıklı yaşlanma çalıştayı\n12 Şubat 2025",
        "Tekirdağ/TR; Nilüfer/TR; Çankaya/TR; Karşıyaka/TR; Tepebaşı/TR; Uşak/TR",
        "new members bulleted: a metropolitan municipality, district municipalities with their "
        "province in brackets (Nilüfer (Bursa), Çankaya (Ankara)); a provincial health "
        "directorate as an observer that is not a city; a president named Denizli; Bursa the "
        "host, Antalya the next venue, Gaziantep in a teaser",
    ),
]

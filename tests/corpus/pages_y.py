"""Hand-written pages, batch y: written for issue #20 (branch accy) as a held-out check, before
any change to the reader for them, modelled on how city networks publish statements and member
pages (none copied): 7 joint statements, declarations, open letters and pledges with their
signatories, and 7 member directories, news about new members and event pages listing the
participating cities, in 14 languages (en, en, en, fr, de, es, it, pt, nl, pl, sv, da, fi, hu).
Shapes: US signature blocks of three lines (`Name` / `Mayor` / `City of X, State`) with a
mayor named Madison, the host Phoenix and Washington the state and the addressee's seat; a UK
members table of `X City Council` rows with English regions and years, a secretariat and
sister-network councils that are not members; African delegation cards (`CITY` / country /
delegation) at a forum hosted in Kigali with a site visit to Musanze; French `M. Name, Maire de
X (Pays)` lines in mixed orders with `Syndic de Lausanne`, `Bourgmestre de Namur` and the venue
Cotonou; Austrian `Marktgemeinde X (Bezirk Y)` under Bundesland headings whose Bezirke are
named after other towns; a Spanish table copied from a PDF one cell a line with provinces
named after cities and a mayor named Segovia; an Italian tab table of `Comune` / `Prov.` /
`Regione` / `Delibera` with the province code CH; Portuguese `Pela Câmara Municipal de X` /
`O Presidente` blocks signed in Coimbra; Dutch province headings over several towns a line,
with a host and Flemish guests; Polish `Name – Burmistrz Wadowic` lines in the genitive with
a venue Rzeszów; Swedish `X kommun (Y län)` bullets whose län are named after cities; Danish
lines of `Name, title, official name` in five Nordic languages with a mayor named Salo and the
venue Aalborg; Finnish numbered `Iin kunta, Pohjois-Pohjanmaa` lines with a chair from Vaasa;
a Hungarian `Település / Megye / Polgármester` tab table whose megyék are named after cities.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-heat-letter-signature-blocks-city-of-state",
        "en",
        "one_a_line;person_before;person_named_like_place;region_after;not_signatory",
        "Western mayors urge federal action on extreme heat",
        (2025, 7, 22),
        "Open letter | Extreme heat | Desert and Mountain West\n\n"
        "Twelve mayors from across the Southwest and the Mountain West have written to the "
        "Administrator of the Environmental Protection Agency in Washington, D.C., asking for "
        "a federal extreme heat standard and for direct funding to cities for cooling "
        "centers, shade trees and cool roofs.\n\n"
        "The letter was finalized at the Western Heat Summit, hosted last week by the City of "
        "Phoenix at the Phoenix Convention Center. \u201cNo city can air-condition its way out "
        "of this alone,\u201d said the summit's host, Phoenix's Chief Heat Officer.\n\n"
        "Read the full letter below.\n\n"
        "Dear Administrator,\n\n"
        "Last summer, our cities recorded more days above 110\u00b0F than in any year on "
        "record. Heat is now the deadliest weather hazard in the United States. We ask the "
        "Agency to:\n"
        "\u2022 publish a national heat health standard for outdoor and indoor workers;\n"
        "\u2022 open a dedicated heat resilience grant program for local governments;\n"
        "\u2022 fund the National Integrated Heat Health Information System so that every "
        "city can issue timely warnings.\n\n"
        "We stand ready to work with you.\n\n"
        "Sincerely,",
        "Regina Okafor\nMayor\nCity of Tucson, Arizona\n\n"
        "Daniel Whitaker\nMayor\nCity of Tempe, Arizona\n\n"
        "Jackson Whitehorse\nMayor\nCity of Flagstaff, Arizona\n\n"
        "Luis Carrillo\nMayor\nCity of Mesa, Arizona\n\n"
        "Teresa Montoya\nMayor\nCity of Albuquerque, New Mexico\n\n"
        "Gabriel Ortiz\nMayor\nCity of Las Cruces, New Mexico\n\n"
        "Ana Lucia Beltr\u00e1n\nMayor\nCity of El Paso, Texas\n\n"
        "Madison Reyes\nMayor\nCity of Reno, Nevada\n\n"
        "Erin Castleton\nMayor\nSalt Lake City, Utah\n\n"
        "Thomas Aldridge\nMayor\nCity of Boise, Idaho\n\n"
        "Karen Lindgren\nMayor\nCity of Eugene, Oregon\n\n"
        "Marcus Bell\nCouncil President, on behalf of the Mayor\nCity of Spokane, Washington",
        "Media contact: press@westernmayors.org\n\nTags: Climate, Heat, Public health, Letters",
        "Tucson/US; Tempe/US; Flagstaff/US; Mesa/US; Albuquerque/US; Las Cruces/US; "
        "El Paso/US; Reno/US; Salt Lake City/US; Boise/US; Eugene/US; Spokane/US",
        "signature blocks of three lines `Name` / `Mayor` / `City of X, State`; a mayor named "
        "Madison; Spokane, Washington and an addressee in Washington, D.C.; the host Phoenix "
        "did not sign; a council president signing on behalf of the mayor",
    ),
    Page(
        "en-uk-member-councils-table-region-joined",
        "en",
        "table_tabs;columns_after;no_country;not_signatory",
        "Member councils",
        (2025, 3, 3),
        "Home > About us > Member councils\n\n"
        "The network brings together English city councils committed to reaching net zero "
        "and to sharing what works. Membership is open to any principal local authority in "
        "England; councils in Scotland and Wales can join our sister networks, whose members "
        "include Glasgow City Council, the City of Edinburgh Council and Cardiff Council.\n\n"
        "Our small secretariat is hosted by the Local Government Association at 18 Smith "
        "Square, London. The steering group is chaired this year by Cllr Priya Mistry "
        "(Leicester).\n\n"
        "Sort by: Council | Region | Member since\n"
        "Showing 16 members",
        "Council\tRegion\tMember since\n"
        "Brighton & Hove City Council\tSouth East\t2017\n"
        "Bristol City Council\tSouth West\t2016\n"
        "Cambridge City Council\tEast of England\t2021\n"
        "City of York Council\tYorkshire and the Humber\t2019\n"
        "Derby City Council\tEast Midlands\t2019\n"
        "Exeter City Council\tSouth West\t2020\n"
        "Lancaster City Council\tNorth West\t2022\n"
        "Leeds City Council\tYorkshire and the Humber\t2016\n"
        "Leicester City Council\tEast Midlands\t2016\n"
        "Newcastle City Council\tNorth East\t2018\n"
        "Norwich City Council\tEast of England\t2023\n"
        "Nottingham City Council\tEast Midlands\t2016\n"
        "Oxford City Council\tSouth East\t2018\n"
        "Plymouth City Council\tSouth West\t2020\n"
        "Preston City Council\tNorth West\t2024\n"
        "Sheffield City Council\tYorkshire and the Humber\t2017",
        "Interested in joining? Download the membership pack or email the secretariat.",
        "Brighton/GB; Bristol/GB; Cambridge/GB; York/GB; Derby/GB; Exeter/GB; Lancaster/GB; "
        "Leeds/GB; Leicester/GB; Newcastle upon Tyne/GB; Norwich/GB; Nottingham/GB; "
        "Oxford/GB; Plymouth/GB; Preston/GB; Sheffield/GB",
        "a members table of `X City Council` / region / year rows, `City of York Council`, "
        "`Newcastle City Council` in the North East; Glasgow, Edinburgh and Cardiff in a "
        "sister network, a secretariat in "
        "London, a chair from Leicester (a member)",
    ),
    Page(
        "en-forum-delegation-cards-host-kigali",
        "en",
        "one_a_line;person_after;not_signatory",
        "African Urban Resilience Forum 2025: participating cities",
        (2025, 10, 9),
        "Events > African Urban Resilience Forum 2025 > Participating cities\n\n"
        "The third African Urban Resilience Forum took place on 6\u20138 October 2025 at the "
        "Kigali Convention Centre, hosted by the City of Kigali. Over three days, city "
        "delegations exchanged on flood early warning, informal settlement upgrading and "
        "municipal finance. On the last day, participants joined a site visit to the "
        "green city pilot in Musanze, Northern Province.\n\n"
        "The forum was organised with UN-Habitat's Regional Office for Africa (Nairobi) and "
        "the network's regional secretariat in Johannesburg.\n\n"
        "Cities that took part",
        "LUSAKA\nZambia\nDelegation led by Mayor Chilufya Mwansa\n\n"
        "NDOLA\nZambia\nDelegation led by Town Clerk Joseph Banda\n\n"
        "KISUMU\nKenya\nDelegation led by City Manager Achieng Otieno\n\n"
        "TEMA\nGhana\nDelegation led by the Metropolitan Chief Executive, Hon. Kwame Asante\n\n"
        "FREETOWN\nSierra Leone\nDelegation led by Deputy Mayor Fatmata Kamara\n\n"
        "MWANZA\nTanzania\nDelegation led by Mayor Neema Mushi\n\n"
        "BULAWAYO\nZimbabwe\nDelegation led by Councillor Sipho Ndlovu\n\n"
        "GABORONE\nBotswana\nDelegation led by Mayor Kagiso Molefe\n\n"
        "WINDHOEK\nNamibia\nDelegation led by Mayor Helena Nangolo\n\n"
        "BLANTYRE\nMalawi\nDelegation led by Chief Executive Officer Grace Phiri\n\n"
        "ENTEBBE\nUganda\nDelegation led by Mayor Ronald Ssemakula",
        "Presentations and photos from the forum are available in the members' area. The "
        "fourth forum will be held in 2027; expressions of interest to host it are open "
        "until March.",
        "Lusaka/ZM; Ndola/ZM; Kisumu/KE; Tema/GH; Freetown/SL; Mwanza/TZ; Bulawayo/ZW; "
        "Gaborone/BW; Windhoek/NA; Blantyre/MW; Entebbe/UG",
        "event page: delegation cards of three lines (`CITY` in capitals / country / "
        "`Delegation led by ...`); the host Kigali, a site visit to Musanze, partners in "
        "Nairobi and Johannesburg are not participants",
    ),
    Page(
        "fr-declaration-maires-francophones-titres-ordres-varies",
        "fr",
        "one_a_line;person_before;person_after;country_in_language;not_signatory",
        "D\u00e9claration des maires francophones pour des villes s\u00fbres et inclusives",
        (2025, 11, 27),
        "Actualit\u00e9s \u2014 Assembl\u00e9e g\u00e9n\u00e9rale 2025\n\n"
        "R\u00e9unis en Assembl\u00e9e g\u00e9n\u00e9rale au Palais des congr\u00e8s de "
        "Cotonou (B\u00e9nin), du 24 au 26 novembre 2025, les maires et responsables "
        "d'ex\u00e9cutifs locaux membres du r\u00e9seau ont adopt\u00e9 la d\u00e9claration "
        "suivante.\n\n"
        "Nous, maires des villes francophones,\n"
        "\u2014 rappelant l'Accord de Paris sur le climat et le Nouveau Programme pour les "
        "villes adopt\u00e9 \u00e0 Quito ;\n"
        "\u2014 constatant que la croissance urbaine en Afrique subsaharienne sera la plus "
        "rapide au monde d'ici 2050 ;\n"
        "nous engageons \u00e0 :\n"
        "1. garantir l'acc\u00e8s de tous aux services essentiels, eau, assainissement et "
        "\u00e9clairage public ;\n"
        "2. associer les femmes et les jeunes \u00e0 la gestion des espaces publics ;\n"
        "3. partager nos pratiques au sein du r\u00e9seau et avec nos partenaires.\n\n"
        "Le Secr\u00e9tariat permanent, \u00e0 Paris, assurera le suivi de ces engagements "
        "et en rendra compte \u00e0 la prochaine Assembl\u00e9e g\u00e9n\u00e9rale.\n\n"
        "Ont sign\u00e9 la d\u00e9claration :",
        "M. Abdoulaye Diop, Maire de Dakar (S\u00e9n\u00e9gal)\n"
        "Mme Nathalie Tremblay, Mairesse de la Ville de Qu\u00e9bec (Canada)\n"
        "M. Fran\u00e7ois Beaulieu, Maire de Sherbrooke (Qu\u00e9bec, Canada)\n"
        "Le Bourgmestre de Namur (Belgique), M. Olivier Lambert\n"
        "M. Pierre-Alain Rochat, Syndic de Lausanne (Suisse)\n"
        "M. Ibrahim Ma\u00efga, Maire de la Commune de Niamey (Niger)\n"
        "M. Serge Kouassi, Gouverneur du District autonome d'Abidjan (C\u00f4te d'Ivoire)\n"
        "Mme Rasoa Randrianarisoa, Maire de la Commune urbaine d'Antananarivo (Madagascar)\n"
        "Le Lord-Maire de Port-Louis (Maurice), M. Vikash Ramgoolam\n"
        "M. Jean-Claude Ngoua, Maire de Libreville (Gabon)\n"
        "Mme Esther Nkotto, Maire de la Ville de Douala (Cameroun)\n"
        "M. Cyriaque Hounkpatin, Maire de Porto-Novo (B\u00e9nin)\n"
        "M. Karim Ben Salah, Maire de Sfax (Tunisie)",
        "Document sign\u00e9 \u00e0 Cotonou le 26 novembre 2025 en un exemplaire original "
        "d\u00e9pos\u00e9 au Secr\u00e9tariat permanent.\n\n"
        "T\u00e9l\u00e9charger la d\u00e9claration (PDF, 310 Ko)",
        "Dakar/SN; Québec/CA; Sherbrooke/CA; Namur/BE; Lausanne/CH; Niamey/NE; Abidjan/CI; "
        "Antananarivo/MG; Port Louis/MU; Libreville/GA; Douala/CM; Porto-Novo/BJ; Sfax/TN",
        "`M. Name, Maire de X (Pays)` lines with titles before or after (`Le Bourgmestre de "
        "Namur (Belgique), M. ...`, `Syndic de Lausanne`, `Mairesse de la Ville de Québec`, "
        "`Sherbrooke (Québec, Canada)`, `District autonome d'Abidjan`); the venue Cotonou in "
        "Benin (Porto-Novo signed), Quito and a secretariat in Paris are not signatories",
    ),
    Page(
        "de-klimabuendnis-at-neue-gemeinden-bezirk-bundesland",
        "de",
        "one_a_line;region_heading;region_after;no_country;not_signatory",
        "13 neue Klimabündnis-Gemeinden in Österreich",
        (2025, 2, 18),
        "Aktuelles | Netzwerk\n\n"
        "Das Klimabündnis wächst weiter: Im zweiten Halbjahr 2024 haben 13 Gemeinden und "
        "Städte per Gemeinderatsbeschluss ihren Beitritt erklärt. Damit engagieren sich in "
        "Österreich nun mehr als 1.100 Gemeinden, alle neun Bundesländer und über 1.300 "
        "Betriebe und Bildungseinrichtungen im Netzwerk.\n\n"
        "Die neuen Mitglieder wurden beim Jahrestreffen der Klimabündnis-Gemeinden im "
        "Linzer Wissensturm offiziell begrüßt. \u201eJede Gemeinde, die mitmacht, zeigt, "
        "dass Klimaschutz vor Ort beginnt\u201c, sagte die Geschäftsführerin von "
        "Klimabündnis Österreich bei der Urkundenübergabe.\n\n"
        "Wir begrüßen herzlich:",
        "Oberösterreich\n"
        "Marktgemeinde Altmünster (Bezirk Gmunden)\n"
        "Stadtgemeinde Laakirchen (Bezirk Gmunden)\n"
        "Gemeinde Ohlsdorf (Bezirk Gmunden)\n\n"
        "Niederösterreich\n"
        "Stadtgemeinde Hainburg an der Donau (Bezirk Bruck an der Leitha)\n"
        "Stadtgemeinde Mistelbach (Bezirk Mistelbach)\n"
        "Marktgemeinde Perchtoldsdorf (Bezirk Mödling)\n"
        "Marktgemeinde Brunn am Gebirge (Bezirk Mödling)\n"
        "Stadtgemeinde Deutsch-Wagram (Bezirk Gänserndorf)\n\n"
        "Steiermark\n"
        "Stadtgemeinde Gleisdorf (Bezirk Weiz)\n"
        "Stadtgemeinde Feldbach (Bezirk Südoststeiermark)\n\n"
        "Tirol\n"
        "Stadtgemeinde Wörgl (Bezirk Kufstein)\n\n"
        "Vorarlberg\n"
        "Marktgemeinde Wolfurt (Bezirk Bregenz)\n"
        "Stadt Hohenems (Bezirk Dornbirn)",
        "Ihre Gemeinde möchte auch Mitglied werden? Die Regionalstellen in Ihrem Bundesland "
        "beraten Sie gern. Kontakt: Klimabündnis Österreich, Prinz-Eugen-Straße 8\u201310, "
        "1040 Wien.",
        "Altmünster/AT; Laakirchen/AT; Ohlsdorf/AT; Hainburg an der Donau/AT; Mistelbach/AT; "
        "Perchtoldsdorf/AT; Brunn am Gebirge/AT; Deutsch-Wagram/AT; Gleisdorf/AT; "
        "Feldbach/AT; Wörgl/AT; Wolfurt/AT; Hohenems/AT",
        "new members under Bundesland headings as `Marktgemeinde/Stadtgemeinde/Gemeinde/Stadt "
        "X (Bezirk Y)`, the Bezirke named after other towns (Gmunden, Bruck an der Leitha, "
        "Mödling, Gänserndorf, Weiz, Kufstein, Bregenz, Dornbirn) and once after itself "
        "(Mistelbach); the meeting in Linz (`Linzer`), the office in Wien",
    ),
    Page(
        "es-declaracion-ciudades-medias-tabla-pdf-celdas",
        "es",
        "one_a_line;region_after;columns_after;person_named_like_place;no_country;not_signatory",
        "Declaración de las ciudades medias por el ferrocarril convencional",
        (2025, 4, 10),
        "Noticias · Movilidad\n\n"
        "Dieciocho alcaldes y alcaldesas de ciudades medias firmaron ayer en Zaragoza, en el "
        "marco de las Jornadas de Movilidad Sostenible, una declaración conjunta que reclama "
        "al Ministerio de Transportes la recuperación de los servicios ferroviarios de media "
        "distancia suprimidos en la última década.\n\n"
        "La declaración pide, entre otras medidas, reabrir la línea directa Madrid\u2013"
        "Aranda\u2013Burgos, mejorar las frecuencias del corredor Madrid\u2013Extremadura y "
        "garantizar al menos cuatro servicios diarios en cada sentido entre las ciudades "
        "firmantes y su capital de provincia.\n\n"
        "\u00abNo pedimos trenes de alta velocidad, pedimos trenes\u00bb, resumió la alcaldesa "
        "de Medina del Campo, Lucía Segovia Ramos, en nombre de los firmantes.\n\n"
        "Relación de firmantes (anexo de la declaración):",
        "Municipio\nProvincia\nAlcalde/Alcaldesa\n"
        "Medina del Campo\nValladolid\nD.ª Lucía Segovia Ramos\n"
        "Aranda de Duero\nBurgos\nD. Javier Ortega Gil\n"
        "Ponferrada\nLeón\nD. Manuel Álvarez Fuertes\n"
        "Astorga\nLeón\nD.ª Rosa Prieto Cuesta\n"
        "Plasencia\nCáceres\nD. Alberto Sánchez Moreno\n"
        "Mérida\nBadajoz\nD.ª Carmen Gallardo Vera\n"
        "Don Benito\nBadajoz\nD. José María Pizarro León\n"
        "Zafra\nBadajoz\nD.ª Isabel Rubio Márquez\n"
        "Talavera de la Reina\nToledo\nD. Francisco Arroyo Pérez\n"
        "Alcázar de San Juan\nCiudad Real\nD.ª Pilar Serrano Díaz\n"
        "Tomelloso\nCiudad Real\nD. Antonio Jiménez Lara\n"
        "Puertollano\nCiudad Real\nD.ª Marta Campos Ruiz\n"
        "Lorca\nMurcia\nD. Pedro Navarro Soler\n"
        "Úbeda\nJaén\nD.ª Ana Belén Molina Cruz\n"
        "Antequera\nMálaga\nD. Rafael Herrera Cano\n"
        "Écija\nSevilla\nD.ª Dolores Romero Vega\n"
        "Tudela\nNavarra\nD. Iñaki Echeverría Sola\n"
        "Calahorra\nLa Rioja\nD.ª Elena Sáenz Marín",
        "La declaración queda abierta a la adhesión de otros municipios a través de la "
        "Secretaría técnica de la Red, con sede en Valladolid.",
        "Medina del Campo/ES; Aranda de Duero/ES; Ponferrada/ES; Astorga/ES; Plasencia/ES; "
        "Mérida/ES; Don Benito/ES; Zafra/ES; Talavera de la Reina/ES; "
        "Alcázar de San Juan/ES; Tomelloso/ES; Puertollano/ES; Lorca/ES; Úbeda/ES; "
        "Antequera/ES; Écija/ES; Tudela/ES; Calahorra/ES",
        "a three-column table copied from a PDF one cell a line (municipio / provincia / "
        "alcalde), provinces named after cities (Valladolid, Burgos, León, Badajoz, Toledo, "
        "Ciudad Real, Murcia, Jaén, Málaga, Sevilla), people named Segovia and León, Astorga "
        "and Ponferrada in León province; the venue Zaragoza, Madrid and a secretariat in "
        "Valladolid are not signatories",
    ),
    Page(
        "it-rete-comuni-aderenti-tabella-prov-delibera",
        "it",
        "table_tabs;columns_after;state_codes;no_country;not_signatory",
        "Rete dei Comuni per la salute: i Comuni aderenti",
        (2025, 1, 28),
        "Home \u203a La Rete \u203a Comuni aderenti\n\n"
        "Possono aderire alla Rete tutti i Comuni italiani che approvano con delibera del "
        "Consiglio comunale la Carta dei principi e si impegnano a redigere un Profilo di "
        "salute della città entro due anni.\n\n"
        "La Rete è coordinata dal Comune capofila di Reggio Emilia; la segreteria "
        "organizzativa ha sede a Bologna, presso l'Agenzia sanitaria regionale.\n\n"
        "Elenco aggiornato al 31 dicembre 2024 (24 Comuni):",
        "N.\tComune\tProv.\tRegione\tDelibera di adesione\n"
        "1\tFidenza\tPR\tEmilia-Romagna\tD.C.C. n. 12 del 28/02/2019\n"
        "2\tSassuolo\tMO\tEmilia-Romagna\tD.C.C. n. 45 del 16/07/2019\n"
        "3\tCarpi\tMO\tEmilia-Romagna\tD.C.C. n. 88 del 21/11/2019\n"
        "4\tFaenza\tRA\tEmilia-Romagna\tD.C.C. n. 7 del 30/01/2020\n"
        "5\tImola\tBO\tEmilia-Romagna\tD.C.C. n. 102 del 24/09/2020\n"
        "6\tCesena\tFC\tEmilia-Romagna\tD.C.C. n. 61 del 15/04/2021\n"
        "7\tFano\tPU\tMarche\tD.C.C. n. 33 del 11/03/2021\n"
        "8\tJesi\tAN\tMarche\tD.C.C. n. 54 del 27/05/2021\n"
        "9\tFoligno\tPG\tUmbria\tD.C.C. n. 19 del 22/02/2022\n"
        "10\tOrvieto\tTR\tUmbria\tD.C.C. n. 40 del 05/05/2022\n"
        "11\tRieti\tRI\tLazio\tD.C.C. n. 73 del 29/09/2022\n"
        "12\tSulmona\tAQ\tAbruzzo\tD.C.C. n. 26 del 14/03/2023\n"
        "13\tLanciano\tCH\tAbruzzo\tD.C.C. n. 38 del 20/04/2023\n"
        "14\tAltamura\tBA\tPuglia\tD.C.C. n. 91 del 12/10/2023\n"
        "15\tMarsala\tTP\tSicilia\tD.C.C. n. 66 del 07/07/2023\n"
        "16\tNuoro\tNU\tSardegna\tD.C.C. n. 14 del 01/02/2024\n"
        "17\tAlghero\tSS\tSardegna\tD.C.C. n. 22 del 29/02/2024\n"
        "18\tBassano del Grappa\tVI\tVeneto\tD.C.C. n. 49 del 18/04/2024\n"
        "19\tSchio\tVI\tVeneto\tD.C.C. n. 57 del 23/05/2024\n"
        "20\tRovereto\tTN\tTrentino-Alto Adige\tD.C.C. n. 81 del 11/07/2024\n"
        "21\tMerano\tBZ\tTrentino-Alto Adige\tD.C.C. n. 95 del 19/09/2024\n"
        "22\tBra\tCN\tPiemonte\tD.C.C. n. 70 del 26/09/2024\n"
        "23\tAlba\tCN\tPiemonte\tD.C.C. n. 112 del 28/11/2024\n"
        "24\tBiella\tBI\tPiemonte\tD.C.C. n. 118 del 17/12/2024",
        "Hanno avviato l'iter di adesione, non ancora concluso, i Comuni di Trento e di "
        "Pordenone.\n\n"
        "Scarica l'elenco in formato PDF | Come aderire",
        "Fidenza/IT; Sassuolo/IT; Carpi/IT; Faenza/IT; Imola/IT; Cesena/IT; Fano/IT; Jesi/IT; "
        "Foligno/IT; Orvieto/IT; Rieti/IT; Sulmona/IT; Lanciano/IT; Altamura/IT; Marsala/IT; "
        "Nuoro/IT; Alghero/IT; Bassano del Grappa/IT; Schio/IT; Rovereto/IT; Merano/IT; "
        "Bra/IT; Alba/IT; Biella/IT",
        "a numbered tab table `N. / Comune / Prov. / Regione / Delibera` with province codes "
        "that are countries' (CH for Chieti, BA, AN, TN, BZ, BI) and towns named like words "
        "or other places (Bra, Alba, Fano); the coordinator Reggio Emilia, the secretariat "
        "in Bologna, Trento and Pordenone not yet members",
    ),
    Page(
        "pt-compromisso-pela-camara-municipal-presidente-blocos",
        "pt",
        "one_a_line;person_after;no_country;not_signatory",
        "Compromisso dos Municípios pela Habitação Acessível",
        (2025, 5, 30),
        "Notícias | Habitação\n\n"
        "Dezasseis municípios do interior e do litoral assinaram esta sexta-feira, em "
        "Coimbra, o Compromisso dos Municípios pela Habitação Acessível, à margem do "
        "congresso da Associação Nacional de Municípios Portugueses.\n\n"
        "Os signatários comprometem-se a mobilizar património municipal devoluto para "
        "arrendamento acessível, a simplificar o licenciamento de habitação a custos "
        "controlados e a partilhar dados sobre a evolução das rendas, em linha com a "
        "Nova Geração de Políticas de Habitação e com a Agenda 2030.\n\n"
        "O texto integral do compromisso e as assinaturas seguem abaixo.\n\n"
        "Coimbra, 30 de maio de 2025",
        "Pela Câmara Municipal de Évora\nO Presidente,\nCarlos Mendes Pinto\n\n"
        "Pela Câmara Municipal de Beja\nO Presidente,\nRui Afonso Guerreiro\n\n"
        "Pela Câmara Municipal de Setúbal\nA Presidente,\nMaria do Carmo Lopes\n\n"
        "Pela Câmara Municipal de Almada\nA Presidente,\nInês Rebelo Vaz\n\n"
        "Pela Câmara Municipal de Guimarães\nO Presidente,\nNuno Cardoso Faria\n\n"
        "Pela Câmara Municipal de Viseu\nO Presidente,\nJoão Paulo Amaral\n\n"
        "Pela Câmara Municipal de Leiria\nO Vice-Presidente, em substituição,\n"
        "Tiago Ferreira Rosa\n\n"
        "Pela Câmara Municipal de Aveiro\nO Presidente,\nLuís Miguel Tavares\n\n"
        "Pela Câmara Municipal de Bragança\nO Presidente,\nHernâni Pires\n\n"
        "Pela Câmara Municipal de Castelo Branco\nO Presidente,\nAntónio Lourenço\n\n"
        "Pela Câmara Municipal de Portalegre\nA Presidente,\nSofia Barradas\n\n"
        "Pela Câmara Municipal do Fundão\nO Presidente,\nManuel Frazão\n\n"
        "Pela Câmara Municipal de Águeda\nO Presidente,\nJorge Almeida Neves\n\n"
        "Pela Câmara Municipal de Torres Vedras\nA Presidente,\nLaura Rodrigues\n\n"
        "Pela Câmara Municipal de Loulé\nO Presidente,\nVítor Aleixo Martins\n\n"
        "Pela Câmara Municipal de Tavira\nA Presidente,\nAna Paula Faro",
        "Com o apoio de: Associação Nacional de Municípios Portugueses.",
        "Évora/PT; Beja/PT; Setúbal/PT; Almada/PT; Guimarães/PT; Viseu/PT; Leiria/PT; "
        "Aveiro/PT; Bragança/PT; Castelo Branco/PT; Portalegre/PT; Fundão/PT; Águeda/PT; "
        "Torres Vedras/PT; Loulé/PT; Tavira/PT",
        "signature blocks `Pela Câmara Municipal de/do X` / `O Presidente,` / name, a deputy "
        "`em substituição`; signed in Coimbra (the date line and the congress), which did not "
        "sign; a president named Faro beside Tavira",
    ),
    Page(
        "nl-deelnemende-gemeenten-provincie-kopjes-gastgemeente",
        "nl",
        "several_a_line;region_before;no_country;not_signatory",
        "Deze gemeenten doen mee aan de Week van de Warmtetransitie",
        (2025, 9, 15),
        "Agenda \u2013 Week van de Warmtetransitie 2025\n\n"
        "Van 6 tot en met 10 oktober openen gemeenten door het hele land hun aardgasvrije "
        "wijken, warmtenetten en energiecoöperaties voor bewoners en collega's. Dit jaar "
        "doen 20 gemeenten mee, en voor het eerst ook drie Vlaamse steden als gast.\n\n"
        "De openingsbijeenkomst vindt plaats op maandag 6 oktober in De Flint in Amersfoort, "
        "dit jaar de gastgemeente. De werksessies voor ambtenaren worden georganiseerd "
        "door het Expertisecentrum Warmte in Den Haag.\n\n"
        "Deelnemende gemeenten per provincie",
        "Drenthe \u2013 Assen, Emmen\n"
        "Fryslân \u2013 Leeuwarden, Heerenveen\n"
        "Overijssel \u2013 Zwolle, Deventer\n"
        "Gelderland \u2013 Apeldoorn, Ede\n"
        "Noord-Holland \u2013 Alkmaar\n"
        "Zuid-Holland \u2013 Zoetermeer, Delft\n"
        "Zeeland \u2013 Middelburg, Vlissingen, Goes, Terneuzen\n"
        "Noord-Brabant \u2013 Helmond\n"
        "Limburg \u2013 Venlo, Roermond, Sittard, Heerlen\n\n"
        "Vlaanderen (gaststeden) \u2013 Roeselare, Kortrijk, Hasselt",
        "Staat uw gemeente er niet bij? Aanmelden voor volgend jaar kan via het contactformulier.",
        "Assen/NL; Emmen/NL; Leeuwarden/NL; Heerenveen/NL; Zwolle/NL; Deventer/NL; "
        "Apeldoorn/NL; Ede/NL; Alkmaar/NL; Zoetermeer/NL; Delft/NL; "
        "Middelburg/NL; Vlissingen/NL; Goes/NL; Terneuzen/NL; Helmond/NL; Venlo/NL; "
        "Roermond/NL; Sittard/NL; Heerlen/NL; Roeselare/BE; Kortrijk/BE; Hasselt/BE",
        "event page: `Province \u2013 X, Y` lines under a heading (no line for Utrecht or "
        "Groningen), Limburg (NL) beside Hasselt "
        "(Flemish Limburg), three Flemish guest cities on a line of their own; the host "
        "Amersfoort and the organiser's seat Den Haag are not participants",
    ),
    Page(
        "pl-deklaracja-burmistrzow-imie-tytul-dopelniacz",
        "pl",
        "one_a_line;numbered;person_before;inflected;no_country;not_signatory",
        "Deklaracja rzeszowska miast Polski Wschodniej i Północnej",
        (2025, 6, 12),
        "Aktualności \u2022 Kongres Miast Średnich\n\n"
        "Podczas Kongresu Miast Średnich w Rzeszowie włodarze 21 miast podpisali "
        "Deklarację rzeszowską, w której apelują do Prezesa Rady Ministrów o utrzymanie "
        "funduszy na rozwój miast średnich tracących funkcje społeczno-gospodarcze.\n\n"
        "Sygnatariusze wskazują, że miasta te od lat tracą mieszkańców na rzecz Warszawy, "
        "Krakowa i Gdańska, a także za granicą. Proponują m.in. stałą pulę środków w "
        "krajowym programie rozwoju oraz uproszczenie zasad partnerstw "
        "międzygminnych.\n\n"
        "Gospodarz kongresu, Prezydent Miasta Rzeszowa, podkreślił, że deklaracja jest "
        "otwarta na kolejne podpisy.\n\n"
        "Deklarację podpisali:",
        "1. Anna Kowalczyk \u2013 Burmistrz Wadowic\n"
        "2. Tomasz Wójcik \u2013 Burmistrz Miasta Nowy Targ\n"
        "3. Jan Gąsienica \u2013 Burmistrz Miasta Zakopane\n"
        "4. Katarzyna Nowak \u2013 Burmistrz Miasta Gorlice\n"
        "5. Piotr Zieliński \u2013 Prezydent Miasta Krosna\n"
        "6. Marek Lis \u2013 Burmistrz Miasta Sanoka\n"
        "7. Agnieszka Dąbrowska \u2013 Prezydent Miasta Przemyśla\n"
        "8. Paweł Szymański \u2013 Burmistrz Miasta Jarosławia\n"
        "9. Ewa Kamińska \u2013 Prezydent Miasta Zamość\n"
        "10. Michał Lewandowski \u2013 Prezydent Miasta Chełm\n"
        "11. Joanna Woźniak \u2013 Prezydent Miasta Biała Podlaska\n"
        "12. Krzysztof Kozłowski \u2013 Prezydent Miasta Siedlce\n"
        "13. Barbara Jankowska \u2013 Prezydent Miasta Łomży\n"
        "14. Grzegorz Mazur \u2013 Prezydent Miasta Suwałk\n"
        "15. Magdalena Krawczyk \u2013 Burmistrz Miasta Ełku\n"
        "16. Robert Kaczmarek \u2013 Burmistrz Giżycka\n"
        "17. Dorota Piotrowska \u2013 Prezydent Miasta Elbląga\n"
        "18. Andrzej Grabowski \u2013 Burmistrz Malborka\n"
        "19. Monika Pawlak \u2013 Prezydent Miasta Tczewa\n"
        "20. Łukasz Michalski \u2013 Prezydent Miasta Słupska\n"
        "21. Beata Król \u2013 Prezydent Miasta Kołobrzeg",
        "Pełna treść deklaracji do pobrania (PDF).",
        "Wadowice/PL; Nowy Targ/PL; Zakopane/PL; Gorlice/PL; Krosno/PL; Sanok/PL; "
        "Przemyśl/PL; Jarosław/PL; Zamość/PL; Chełm/PL; Biała Podlaska/PL; Siedlce/PL; "
        "Łomża/PL; Suwałki/PL; Ełk/PL; Giżycko/PL; Elbląg/PL; Malbork/PL; Tczew/PL; "
        "Słupsk/PL; Kołobrzeg/PL",
        "numbered `Name \u2013 Burmistrz/Prezydent Miasta X` lines, X in the genitive "
        "(Wadowic, Krosna, Sanoka, Przemyśla, Łomży, Suwałk, Ełku, Giżycka, Elbląga) or the "
        "nominative (Zamość, Chełm, Siedlce); the host Rzeszów "
        "(`w Rzeszowie`, `Rzeszowa`, `rzeszowska`) and Warszawa, Kraków, Gdańsk did not sign",
    ),
    Page(
        "sv-nya-medlemmar-kommun-lan-punktlista",
        "sv",
        "one_a_line;bulleted;region_after;inflected;no_country;not_signatory",
        "Sjutton nya kommuner i nätverket Hållbara kommuner",
        (2025, 1, 20),
        "Nyheter | Medlemmar\n\n"
        "Under hösten har sjutton kommuner fattat beslut om att gå med i nätverket, som "
        "därmed har 94 medlemskommuner från Trelleborg i söder till Haparanda i norr.\n\n"
        "\u2013 Det är glädjande att så många mindre och medelstora kommuner vill dela "
        "erfarenheter med varandra, säger nätverkets ordförande Karin Öberg, "
        "kommunstyrelsens ordförande i Umeå.\n\n"
        "De nya medlemmarna presenterades på nätverkets årskonferens i Jönköping den 4 "
        "december. Nätverkets kansli finns hos Sveriges Kommuner och Regioner i Stockholm.\n\n"
        "Nya medlemmar:",
        "\u2022 Lerums kommun (Västra Götalands län)\n"
        "\u2022 Alingsås kommun (Västra Götalands län)\n"
        "\u2022 Kungälvs kommun (Västra Götalands län)\n"
        "\u2022 Ljungby kommun (Kronobergs län)\n"
        "\u2022 Västerviks kommun (Kalmar län)\n"
        "\u2022 Nybro kommun (Kalmar län)\n"
        "\u2022 Ronneby kommun (Blekinge län)\n"
        "\u2022 Hässleholms kommun (Skåne län)\n"
        "\u2022 Eslövs kommun (Skåne län)\n"
        "\u2022 Ystads kommun (Skåne län)\n"
        "\u2022 Enköpings kommun (Uppsala län)\n"
        "\u2022 Norrtälje kommun (Stockholms län)\n"
        "\u2022 Sandvikens kommun (Gävleborgs län)\n"
        "\u2022 Hudiksvalls kommun (Gävleborgs län)\n"
        "\u2022 Härnösands kommun (Västernorrlands län)\n"
        "\u2022 Örnsköldsviks kommun (Västernorrlands län)\n"
        "\u2022 Piteå kommun (Norrbottens län)",
        "Vill din kommun också bli medlem? Läs mer under Bli medlem.",
        "Lerum/SE; Alingsås/SE; Kungälv/SE; Ljungby/SE; Västervik/SE; Nybro/SE; Ronneby/SE; "
        "Hässleholm/SE; Eslöv/SE; Ystad/SE; Enköping/SE; Norrtälje/SE; Sandviken/SE; "
        "Hudiksvall/SE; Härnösand/SE; Örnsköldsvik/SE; Piteå/SE",
        "bullets of `Xs kommun (Y län)` (genitive -s: Lerums, Kungälvs, Eslövs; none on "
        "Alingsås, Piteå), län named after cities (Kalmar, Uppsala, Stockholms, Jönköping not "
        "among them); Trelleborg and Haparanda as the span, a chair from Umeå, the conference "
        "in Jönköping and the office in Stockholm are not new members",
    ),
    Page(
        "da-nordisk-faelleserklaering-navn-titel-officielt-navn",
        "da",
        "one_a_line;person_before;person_named_like_place;inflected;no_country;not_signatory",
        "Nordiske byer: Fælles erklæring om cirkulært byggeri",
        (2025, 8, 28),
        "Nyhed \u00b7 Nordisk samarbejde\n\n"
        "Elleve nordiske byer har underskrevet en fælles erklæring om at halvere "
        "CO\u2082-udledningen fra nybyggeri og renovering inden 2030. Erklæringen blev "
        "underskrevet i Aalborg i forbindelse med konferencen om bæredygtige byer, 30 år "
        "efter at Aalborg-chartret blev vedtaget samme sted.\n\n"
        "Byerne forpligter sig til at stille krav om genbrugte materialer i egne "
        "udbud, at dele data om klimaaftryk og at arbejde sammen med Nordisk Ministerråd "
        "i København om fælles nordiske standarder.\n\n"
        "\u00bbVi bygger for de næste hundrede år, og det skal kunne ses i regnskabet,\u00ab "
        "siger Mette Lund, borgmester i Aarhus.\n\n"
        "Erklæringen er underskrevet af:",
        "Mette Lund, borgmester, Aarhus Kommune\n"
        "Erik Sandberg, kommunstyrelsens ordförande, Göteborgs Stad\n"
        "Kari Nesheim, ordfører, Bergen kommune\n"
        "Anna-Liisa Mäkelä, pormestari, Tampereen kaupunki\n"
        "Johan Ek, kommunstyrelsens ordförande, Malmö stad\n"
        "Peter Holm, borgmester, Odense Kommune\n"
        "Ingrid Dahl, ordfører, Trondheim kommune\n"
        "Mika Salo, pormestari, Turun kaupunki\n"
        "Ásta Jónsdóttir, bæjarstjóri, Akureyrarbær\n"
        "Linnea Berg, kommunstyrelsens ordförande, Uppsala kommun\n"
        "Rúni Joensen, borgarstjóri, Tórshavnar kommuna",
        "Erklæringen er åben for andre nordiske kommuner. Kontakt sekretariatet for at "
        "tilslutte jer.",
        "Aarhus/DK; Göteborg/SE; Bergen/NO; Tampere/FI; Malmö/SE; Odense/DK; Trondheim/NO; "
        "Turku/FI; Akureyri/IS; Uppsala/SE; Tórshavn/FO",
        "`Name, title, official name` lines in five Nordic languages (`Göteborgs Stad`, "
        "`Tampereen kaupunki`, `Turun kaupunki`, `Akureyrarbær`, `Tórshavnar kommuna`); a "
        "mayor named Salo; the venue Aalborg and the Aalborg charter, the Nordic Council of "
        "Ministers in København; Aarhus quoted and a signatory",
    ),
    Page(
        "fi-uudet-jasenkunnat-numeroitu-maakunta-puheenjohtaja",
        "fi",
        "one_a_line;numbered;inflected;region_after;person_named_like_place;no_country;"
        "not_signatory",
        "Kymmenen uutta kuntaa mukaan Resurssiviisaiden kuntien verkostoon",
        (2025, 3, 6),
        "Ajankohtaista \u2013 Tiedote\n\n"
        "Resurssiviisaiden kuntien verkosto kasvaa: kymmenen kuntaa ja kaupunkia on "
        "tehnyt päätöksen liittyä verkostoon vuoden 2025 alusta. Verkostossa on nyt 48 "
        "kuntaa Hangosta Utsjoelle.\n\n"
        "Uudet jäsenet painottuvat tällä kertaa Pohjois-Suomeen: Lapista mukaan tulivat "
        "Kemi, Tornio ja Sodankylä, Kainuusta Kuhmo.\n\n"
        "\u2013 On hienoa, että verkostoon tulee myös pieniä kuntia, joissa kiertotalouden "
        "ratkaisut syntyvät usein yhteistyössä yritysten kanssa, sanoo verkoston "
        "ohjausryhmän puheenjohtaja, Vaasan kaupunginjohtaja Jukka Lahti.\n\n"
        "Uudet jäsenet toivotetaan tervetulleiksi verkoston kevätseminaarissa "
        "Jyväskylässä 15.4. Verkoston koordinaattorina toimii Suomen ympäristökeskus "
        "Helsingissä.\n\n"
        "Uudet jäsenkunnat:",
        "1. Iin kunta, Pohjois-Pohjanmaa\n"
        "2. Raahen kaupunki, Pohjois-Pohjanmaa\n"
        "3. Kemin kaupunki, Lappi\n"
        "4. Tornion kaupunki, Lappi\n"
        "5. Sodankylän kunta, Lappi\n"
        "6. Kuhmon kaupunki, Kainuu\n"
        "7. Lieksan kaupunki, Pohjois-Karjala\n"
        "8. Porvoon kaupunki, Uusimaa\n"
        "9. Kotkan kaupunki, Kymenlaakso\n"
        "10. Salon kaupunki, Varsinais-Suomi",
        "Lisätietoja verkostosta ja jäseneksi liittymisestä saat verkoston verkkosivuilta.",
        "Ii/FI; Raahe/FI; Kemi/FI; Tornio/FI; Sodankylä/FI; Kuhmo/FI; Lieksa/FI; Porvoo/FI; "
        "Kotka/FI; Salo/FI",
        "numbered `Xn kunta/kaupunki, maakunta` lines in the genitive (Iin, Raahen, Kemin, "
        "Porvoon, Kotkan, Salon), four of them named again in the body; the span Hanko "
        "(`Hangosta`) to Utsjoki, a chair from Vaasa named Lahti, the seminar in Jyväskylä "
        "and the coordinator in Helsinki are not new members",
    ),
    Page(
        "hu-nyilatkozat-alairok-tabla-telepules-megye-polgarmester",
        "hu",
        "table_tabs;columns_after;no_country;not_signatory",
        "Közös nyilatkozat a települési hőségriadó-tervekről",
        (2025, 6, 27),
        "Hírek | Klíma\n\n"
        "Huszonkét magyar város polgármestere írta alá azt a közös nyilatkozatot, amelyben "
        "vállalják, hogy 2026 nyaráig elfogadják saját hőségriadó-tervüket, és "
        "árnyékot adó fásítási programot indítanak a belvárosokban.\n\n"
        "A nyilatkozatot a Települési Önkormányzatok Országos Szövetségének Kecskeméten "
        "tartott küldöttgyűlésén írták alá. A szövetség budapesti irodája koordinálja a "
        "tapasztalatcserét, a szakmai hátteret a szegedi egyetem kutatói biztosítják.\n\n"
        "Az aláírók:",
        "Település\tVármegye\tPolgármester\n"
        "Szentendre\tPest\tdr. Kovács Eszter\n"
        "Gödöllő\tPest\tNagy Balázs\n"
        "Vác\tPest\tTóth Gábor\n"
        "Eger\tHeves\tSzabó Mária\n"
        "Gyöngyös\tHeves\tHorváth Péter\n"
        "Hajdúböszörmény\tHajdú-Bihar\tKiss Zoltán\n"
        "Békéscsaba\tBékés\tdr. Varga Judit\n"
        "Gyula\tBékés\tMolnár András\n"
        "Jászberény\tJász-Nagykun-Szolnok\tNémeth László\n"
        "Kaposvár\tSomogy\tFarkas Ildikó\n"
        "Siófok\tSomogy\tBalogh Tamás\n"
        "Szekszárd\tTolna\tPapp Katalin\n"
        "Zalaegerszeg\tZala\tTakács Attila\n"
        "Keszthely\tZala\tJuhász Erzsébet\n"
        "Tata\tKomárom-Esztergom\tMészáros István\n"
        "Esztergom\tKomárom-Esztergom\tSimon Krisztina\n"
        "Pápa\tVeszprém\tLakatos Ferenc\n"
        "Balatonfüred\tVeszprém\tdr. Oláh Anita\n"
        "Sopron\tGyőr-Moson-Sopron\tFekete Gergely\n"
        "Mosonmagyaróvár\tGyőr-Moson-Sopron\tVeres Noémi\n"
        "Baja\tBács-Kiskun\tSzilágyi Csaba\n"
        "Makó\tCsongrád-Csanád\tKelemen Zsófia",
        "A nyilatkozathoz további önkormányzatok is csatlakozhatnak.",
        "Szentendre/HU; Gödöllő/HU; Vác/HU; Eger/HU; Gyöngyös/HU; Hajdúböszörmény/HU; "
        "Békéscsaba/HU; Gyula/HU; Jászberény/HU; Kaposvár/HU; Siófok/HU; Szekszárd/HU; "
        "Zalaegerszeg/HU; Keszthely/HU; Tata/HU; Esztergom/HU; Pápa/HU; Balatonfüred/HU; "
        "Sopron/HU; Mosonmagyaróvár/HU; Baja/HU; Makó/HU",
        "a tab table `Település / Vármegye / Polgármester` whose megyék are named after "
        "cities that did not sign (Veszprém, Győr, Szolnok, Komárom) or that did (Esztergom, "
        "Sopron); people written family name first; the venue Kecskemét (`Kecskeméten`), "
        "Budapest and `szegedi` are not signatories",
    ),
]

"""Hand-written pages, batch zi: 14 member pages of city networks as their websites show them
and people copy them, written during round 17 (branch acczi) by an engineer who had read
neither the reader nor its tests nor the other batches (beyond three pages of batch s), held
out from rounds 16 and 17. One page a language (en US, en Southeast Asia, en Africa, de, fr
BE, es AR, pt BR, it, nl, da, no, pl, hr, tr), 5 to 75 entries: a US member directory copied
from a filterable table with official names (`Athens-Clarke County Unified Government`,
`Louisville Metro Government`) and states named Georgia and Washington; Southeast Asian
members several a line between middle dots under country headings with an observer; an
African news item welcoming six members one paragraph each under `Official name, Country`; a
German A–Z list `Aachen, Stadt (NW)` under letter headings with Länder codes that are
countries'; a Belgian map page's list of communes after their postal codes under province
headings; an Argentine members table whose province and mayor columns are cities' names; a
Brazilian project's five partner cities as cards; an Italian award's winners by category with
province codes and special mentions; a Dutch annual report's members table copied from a PDF
(`Groningen Groningen 2012`); Danish `X Kommune` several a line under region headings;
Norwegian participants of a conference per country with exonyms (`Åbo`, `Uleåborg`); Polish
new members in the accusative (`Bochnię, Mławę`); Croatian member cards `Grad X` / county /
mayor; a Turkish annual report's district municipalities under province headings in capitals.
Around the lists: secretariats, venues, hosts, former members, candidates, observers, people
named like places. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-us-member-directory-filter-table-official-names",
        "en",
        "table_tabs;columns_after;region_like_country;body_not_city;not_signatory;teasers",
        "Member Directory",
        (2025, 4, 9),
        "Home / About the Network / Member Directory\n\n"
        "The network brings together local governments across the United States that have "
        "adopted a community-wide climate action plan and report on it every year. Members "
        "share staff time, data tools and peer learning through our regional hubs.\n\n"
        "Filter members\nState\nAll states\nRegion\nAll regions\nMember type\nAll types\n"
        "Search by name\nApply filters\nReset\n\nShowing 1-25 of 25 members\nSort by: Name (A-Z)",
        "Member\tState\tRegion\tMember type\tMember since\n"
        "City of Ann Arbor\tMichigan\tMidwest\tFull member\t2011\n"
        "Athens-Clarke County Unified Government\tGeorgia\tSoutheast\tFull member\t2019\n"
        "City of Aurora\tColorado\tMountain West\tFull member\t2016\n"
        "City of Bloomington\tIndiana\tMidwest\tFull member\t2012\n"
        "City of Boise\tIdaho\tMountain West\tFull member\t2020\n"
        "City of Burlington\tVermont\tNortheast\tFull member\t2009\n"
        "City of Chula Vista\tCalifornia\tWest Coast\tFull member\t2013\n"
        "City of Columbia\tMissouri\tMidwest\tFull member\t2018\n"
        "City of Dayton\tOhio\tMidwest\tFull member\t2015\n"
        "City and County of Denver\tColorado\tMountain West\tFull member\t2009\n"
        "City of Dubuque\tIowa\tMidwest\tFull member\t2010\n"
        "City of Durham\tNorth Carolina\tSoutheast\tFull member\t2014\n"
        "City of Eau Claire\tWisconsin\tMidwest\tAssociate member\t2022\n"
        "City of Evanston\tIllinois\tMidwest\tFull member\t2011\n"
        "City of Flagstaff\tArizona\tMountain West\tFull member\t2017\n"
        "City of Fort Collins\tColorado\tMountain West\tFull member\t2009\n"
        "King County\tWashington\tWest Coast\tFull member\t2010\n"
        "City of Lancaster\tPennsylvania\tNortheast\tFull member\t2016\n"
        "City of Lawrence\tKansas\tMidwest\tAssociate member\t2023\n"
        "Lexington-Fayette Urban County Government\tKentucky\tSoutheast\tFull member\t2021\n"
        "Louisville Metro Government\tKentucky\tSoutheast\tFull member\t2014\n"
        "City of Portland\tMaine\tNortheast\tFull member\t2012\n"
        "City of Providence\tRhode Island\tNortheast\tFull member\t2015\n"
        "City of Savannah\tGeorgia\tSoutheast\tFull member\t2019\n"
        "City of Tacoma\tWashington\tWest Coast\tFull member\t2011",
        "Showing 1-25 of 25 members\n\nDownload the directory (CSV)\n\n"
        "Don't see your community? Local governments of any size can apply for membership. "
        "Applications are reviewed by the Membership Committee, chaired this year by Ramona "
        "Jackson, sustainability director of the City of Madison.\n\n"
        "Network staff\n1150 Connecticut Avenue NW, Suite 700\nWashington, DC 20036",
        "Ann Arbor/US; Athens/US; Aurora/US; Bloomington/US; Boise/US; Burlington/US; "
        "Chula Vista/US; Columbia/US; Dayton/US; Denver/US; Dubuque/US; Durham/US; "
        "Eau Claire/US; Evanston/US; Flagstaff/US; Fort Collins/US; "
        "King County|King County, Washington/US/county; "
        "Lancaster/US; Lawrence/US; Lexington/US; Louisville/US; Portland/US; Providence/US; "
        "Savannah/US; Tacoma/US",
        "a US member directory copied from a filterable table (member, state, region, type, "
        "year) with official names `City of X`, `Athens-Clarke County Unified Government`, "
        "`Louisville Metro Government`, `City and County of Denver`; King County a county; "
        "states named Georgia and Washington; the filter controls above; the committee "
        "chair's Madison and the office in Washington, DC not members",
    ),
    Page(
        "en-sea-member-cities-country-headings-middle-dots-observer",
        "en",
        "several_a_line;region_heading;no_country;not_signatory;named_twice",
        "Our member cities",
        (2024, 10, 2),
        "Home  >  Network  >  Member cities\n\n"
        "Cities in the network work together on flood resilience, urban heat and liveable "
        "neighbourhoods, with support from the regional secretariat hosted by Surabaya City "
        "Government. Each member nominates a city focal point who takes part in the annual "
        "Mayors' Roundtable, held in 2024 in Vientiane.\n\n"
        "35 member cities in 10 countries, plus one observer | Last updated: October 2024",
        "Brunei Darussalam\nBandar Seri Begawan\n\n"
        "Cambodia\nPhnom Penh · Siem Reap · Battambang · Kampot\n\n"
        "Indonesia\nJakarta · Surabaya · Semarang · Makassar · Banyuwangi · Denpasar\n\n"
        "Lao PDR\nVientiane · Luang Prabang\n\n"
        "Malaysia\nKuala Lumpur · Johor Bahru · Kuching · Kota Kinabalu · George Town (Penang)"
        "\n\n"
        "Myanmar\nYangon · Mandalay\n\n"
        "Philippines\nQuezon City · Cebu City · Davao City · Iloilo City · Baguio City\n\n"
        "Singapore\nSingapore\n\n"
        "Thailand\nBangkok Metropolitan Administration (Bangkok) · Chiang Mai · Phuket · "
        "Khon Kaen · Hat Yai\n\n"
        "Viet Nam\nDa Nang · Hue · Can Tho · Hai Phong\n\n"
        "Observer\nDili (Timor-Leste)",
        "Becoming a member\nCity governments in ASEAN member states can express their "
        "interest through the national focal point or directly to the secretariat.\n\n"
        "Partners\nThe network is supported by development partners in Tokyo, Seoul and "
        "Canberra.",
        "Bandar Seri Begawan/BN; Phnom Penh/KH; Siem Reap/KH; Battambang/KH; Kampot/KH; "
        "Jakarta/ID; Surabaya/ID; Semarang/ID; Makassar/ID; Banyuwangi/ID; Denpasar/ID; "
        "Vientiane/LA; Luang Prabang/LA; Kuala Lumpur/MY; Johor Bahru/MY; Kuching/MY; "
        "Kota Kinabalu/MY; George Town/MY; Yangon/MM; Mandalay/MM; Quezon City/PH; "
        "Cebu City/PH; Davao City|Davao/PH; Iloilo City|Iloilo/PH; Baguio/PH; "
        "Singapore/SG; Bangkok/TH; Chiang Mai/TH; Phuket/TH; Khon Kaen/TH; Hat Yai/TH; "
        "Da Nang/VN; Hue|Huế/VN; Can Tho|Cần Thơ/VN; Hai Phong|Haiphong/VN",
        "Southeast Asian members under bare country headings, several a line between "
        "middle dots, `George Town (Penang)`, `Bangkok Metropolitan Administration (Bangkok)`,"
        " `Singapore` heading over `Singapore`; the observer Dili not a member; the "
        "secretariat Surabaya is a member too, the roundtable venue Vientiane also; partners "
        "in Tokyo, Seoul, Canberra",
    ),
    Page(
        "en-africa-welcome-new-members-paragraphs-official-names",
        "en",
        "paragraphs;country_in_language;not_signatory;person_named_like_place;teasers",
        "Welcome to our six new member cities",
        (2025, 6, 17),
        "News | Membership\n\n"
        "The Executive Committee, meeting in Windhoek on 12 June at the invitation of the "
        "City of Windhoek, approved the applications of six local governments from six "
        "countries. The network now counts 58 member cities across 24 African countries.\n\n"
        '"Every new member brings its own answers to the questions we all face: water, '
        "waste, informal settlements and heat,\" said the network's President, Mayor Yvonne "
        'Kamara of Freetown. "We look forward to learning from them."\n\n'
        "Meet the new members",
        "eThekwini Metropolitan Municipality, South Africa\n"
        "Home to Africa's busiest container port, eThekwini joins with a strong track record "
        "on coastal adaptation and community-based river restoration. It will co-lead the "
        "working group on sea-level rise.\n\n"
        "Kisumu City, Kenya\n"
        "The lakeside city on the shores of Lake Victoria brings its experience of "
        "upgrading informal markets. City Manager Abala Wanga said membership would help "
        'Kisumu "connect our lake economy to the rest of the continent".\n\n'
        "Mzuzu City Council, Malawi\n"
        "Malawi's third-largest city joins with a new solid waste strategy and a plan to "
        "turn its biggest dumpsite into a composting centre.\n\n"
        "Kumasi Metropolitan Assembly, Ghana\n"
        "The Garden City of West Africa is restoring green corridors along the Subin river "
        "and is the first Ghanaian member of the network.\n\n"
        "Gulu City Council, Uganda\n"
        "One of Uganda's newest cities, Gulu joins the network's secondary cities programme. "
        'Mayor Alfred Moyo said: "We are a young city and we want to grow right."\n\n'
        "Commune de Bobo-Dioulasso, Burkina Faso\n"
        "Burkina Faso's second city brings its work on urban agriculture and will host a "
        "francophone peer exchange in 2026.",
        "The new members will be formally welcomed at the General Assembly in Kigali in "
        "November, where the network will also elect its next Executive Committee. Cities "
        "from Tanzania and Mozambique have started the application process.\n\n"
        "For membership enquiries, contact the secretariat in Nairobi.\n\n"
        "Tags: membership, Executive Committee, Windhoek",
        "Durban|eThekwini/ZA; Kisumu/KE; Mzuzu/MW; Kumasi/GH; Gulu/UG; Bobo-Dioulasso/BF",
        "six new African members, one paragraph each under a heading `Official name, "
        "Country` (`eThekwini Metropolitan Municipality`, `Kumasi Metropolitan Assembly`, "
        "`Commune de Bobo-Dioulasso`); the meeting's host Windhoek, the president's Freetown, "
        "the assembly's Kigali, the secretariat in Nairobi, Lake Victoria and a mayor named "
        "Moyo not members",
    ),
    Page(
        "de-mitglieder-a-z-buchstaben-stadt-nachgestellt-laenderkuerzel",
        "de",
        "one_a_line;region_heading;state_codes;no_country;body_not_city;not_signatory",
        "Unsere Mitglieder von A bis Z",
        (2025, 2, 26),
        "Startseite > Über uns > Mitglieder\n\n"
        "Dem Netzwerk gehören derzeit 75 Städte, Gemeinden und Landkreise an, die sich "
        "verpflichtet haben, Radverkehr, Fußverkehr und den öffentlichen Raum gemeinsam zu "
        "planen. Die Geschäftsstelle hat ihren Sitz in Bonn.\n\n"
        "Zur Mitgliederkarte\n\n"
        "A | B | C | D | E | F | G | H | I | J | K | L | M | N | O | P | R | S | T | U | W | Z\n\n"
        "Bundesländer: BW Baden-Württemberg, BY Bayern, BE Berlin, BB Brandenburg, HB Bremen, "
        "HH Hamburg, HE Hessen, MV Mecklenburg-Vorpommern, NI Niedersachsen, NW "
        "Nordrhein-Westfalen, RP Rheinland-Pfalz, SL Saarland, SN Sachsen, ST Sachsen-Anhalt, "
        "SH Schleswig-Holstein, TH Thüringen",
        "A\nAachen, Stadt (NW)\nAalen, Stadt (BW)\nAhrensburg, Stadt (SH)\n"
        "Arnsberg, Stadt (NW)\nAugsburg, Stadt (BY)\nB\n"
        "Bad Homburg v. d. Höhe, Stadt (HE)\nBamberg, Stadt (BY)\nBayreuth, Stadt (BY)\n"
        "Berlin, Land (BE)\nBielefeld, Stadt (NW)\nBochum, Stadt (NW)\n"
        "Braunschweig, Stadt (NI)\nBremen, Freie Hansestadt (HB)\nC\nCelle, Stadt (NI)\n"
        "Chemnitz, Stadt (SN)\nCoburg, Stadt (BY)\nCottbus/Chóśebuz, Stadt (BB)\nD\n"
        "Darmstadt, Wissenschaftsstadt (HE)\nDessau-Roßlau, Stadt (ST)\n"
        "Dresden, Landeshauptstadt (SN)\nE\n"
        "Eberswalde, Stadt (BB)\nEisenach, Wartburgstadt (TH)\n"
        "Erfurt, Landeshauptstadt (TH)\nErlangen, Stadt (BY)\nF\nFlensburg, Stadt (SH)\n"
        "Frankfurt am Main, Stadt (HE)\nFreiburg im Breisgau, Stadt (BW)\n"
        "Fulda, Stadt (HE)\nFürstenfeldbruck, Landkreis (BY)\n"
        "G\nGera, Stadt (TH)\nGöttingen, Stadt (NI)\n"
        "Greifswald, Universitäts- und Hansestadt (MV)\nH\nHalle (Saale), Stadt (ST)\n"
        "Hamburg, Freie und Hansestadt (HH)\nHannover, Landeshauptstadt (NI)\n"
        "Heidelberg, Stadt (BW)\nI\nIngolstadt, Stadt (BY)\nJ\nJena, Stadt (TH)\nK\n"
        "Karlsruhe, Stadt (BW)\nKempten (Allgäu), Stadt (BY)\n"
        "Kiel, Landeshauptstadt (SH)\nKonstanz, Stadt (BW)\nL\nLandshut, Stadt (BY)\n"
        "Leipzig, Stadt (SN)\nLudwigsburg, Stadt (BW)\nLüneburg, Hansestadt (NI)\nM\n"
        "Magdeburg, Landeshauptstadt (ST)\nMainz, Landeshauptstadt (RP)\n"
        "Mannheim, Stadt (BW)\nMarburg, Universitätsstadt (HE)\nMünster, Stadt (NW)\nN\n"
        "Neubrandenburg, Stadt (MV)\nNeuss, Stadt (NW)\nNürnberg, Stadt (BY)\nO\n"
        "Offenburg, Stadt (BW)\nOldenburg (Oldb), Stadt (NI)\nOsnabrück, Stadt (NI)\nP\n"
        "Paderborn, Stadt (NW)\nPassau, Stadt (BY)\nPotsdam, Landeshauptstadt (BB)\nR\n"
        "Regensburg, Stadt (BY)\nRostock, Hanse- und Universitätsstadt (MV)\nS\n"
        "Saarbrücken, Landeshauptstadt (SL)\nSchwerin, Landeshauptstadt (MV)\n"
        "Speyer, Stadt (RP)\nStralsund, Hansestadt (MV)\n"
        "Stuttgart, Landeshauptstadt (BW)\nT\nTrier, Stadt (RP)\n"
        "Tübingen, Universitätsstadt (BW)\nU\nUlm, Stadt (BW)\nW\nWeimar, Stadt (TH)\n"
        "Wiesbaden, Landeshauptstadt (HE)\nWuppertal, Stadt (NW)\nWürzburg, Stadt (BY)\n"
        "Z\nZwickau, Stadt (SN)",
        "Stand: Februar 2025. Aufgenommen wurden zuletzt die Städte Eberswalde und "
        "Ahrensburg; zum Jahresende ausgetreten ist der Landkreis Harburg.\n\n"
        "Mitglied werden\nDie Mitgliedschaft steht allen Kommunen offen. Über die Aufnahme "
        "entscheidet die Mitgliederversammlung, die 2025 in Kassel tagt.",
        "Aachen/DE; Aalen/DE; Ahrensburg/DE; Arnsberg/DE; Augsburg/DE; "
        "Bad Homburg vor der Höhe/DE; Bamberg/DE; Bayreuth/DE; Berlin/DE; Bielefeld/DE; "
        "Bochum/DE; Braunschweig/DE; Bremen/DE; Celle/DE; Chemnitz/DE; Coburg/DE; "
        "Cottbus/DE; Darmstadt/DE; Dessau-Roßlau|Dessau/DE; Dresden/DE; "
        "Eberswalde/DE; Eisenach/DE; "
        "Erfurt/DE; Erlangen/DE; Flensburg/DE; Frankfurt am Main/DE; Freiburg im Breisgau/DE; "
        "Fulda/DE; Landkreis Fürstenfeldbruck|Fürstenfeldbruck District/DE/county; "
        "Gera/DE; Göttingen/DE; Greifswald/DE; "
        "Halle (Saale)/DE; Hamburg/DE; Hannover|Hanover/DE; Heidelberg/DE; "
        "Ingolstadt/DE; Jena/DE; Karlsruhe/DE; Kempten (Allgäu)|Kempten/DE; Kiel/DE; "
        "Konstanz/DE; Landshut/DE; Leipzig/DE; Ludwigsburg/DE; Lüneburg/DE; "
        "Magdeburg/DE; Mainz/DE; Mannheim/DE; Marburg/DE; Münster/DE; Neubrandenburg/DE; "
        "Neuss/DE; Nürnberg|Nuremberg/DE; Offenburg/DE; Oldenburg/DE; Osnabrück/DE; "
        "Paderborn/DE; Passau/DE; Potsdam/DE; Regensburg/DE; Rostock/DE; Saarbrücken/DE; "
        "Schwerin/DE; Speyer/DE; Stralsund/DE; Stuttgart/DE; Trier/DE; Tübingen/DE; "
        "Ulm/DE; Weimar/DE; Wiesbaden/DE; Wuppertal/DE; Würzburg/DE; Zwickau/DE",
        "an A–Z members list under letter headings, `Name, Stadt (XX)` with the kind after "
        "the name and Länder codes that are countries' (BE, BY, SL, SN, TH, NI, MV); a "
        "`Landkreis` (county), `Cottbus/Chóśebuz`, `Halle (Saale)`, `Kempten (Allgäu)`; "
        "the seat Bonn, the assembly's Kassel "
        "and the Landkreis Harburg that left not members",
    ),
    Page(
        "fr-be-carte-communes-membres-codes-postaux-provinces",
        "fr",
        "one_a_line;region_heading;region_like_country;no_country;not_signatory",
        "Carte des communes membres",
        (2024, 9, 5),
        "Accueil > Le réseau > Carte des communes membres\n\n"
        "Le réseau rassemble les communes wallonnes et bruxelloises qui se sont engagées, "
        "par une délibération du conseil communal, à développer les déplacements à vélo sur "
        "leur territoire. Cliquez sur une commune pour voir ses projets, ou affichez la "
        "liste ci-dessous.\n\n"
        "[Carte interactive]\n+\n−\nLeaflet | © contributeurs OpenStreetMap\n\n"
        "Afficher : Carte | Liste\n\nRechercher une commune ou un code postal",
        "Région de Bruxelles-Capitale\n"
        "1050 Ixelles\n1060 Saint-Gilles\n1080 Molenbeek-Saint-Jean\n1190 Forest\n\n"
        "Province du Brabant wallon\n"
        "1300 Wavre\n1330 Rixensart\n1340 Ottignies-Louvain-la-Neuve\n1370 Jodoigne\n"
        "1400 Nivelles\n1410 Waterloo\n1420 Braine-l'Alleud\n1480 Tubize\n\n"
        "Province de Hainaut\n"
        "6000 Charleroi\n6530 Thuin\n7000 Mons\n7060 Soignies\n7100 La Louvière\n"
        "7500 Tournai\n7700 Mouscron\n7800 Ath\n\n"
        "Province de Liège\n"
        "4000 Liège\n4300 Waremme\n4500 Huy\n4700 Eupen\n4800 Verviers\n4960 Malmedy\n\n"
        "Province de Luxembourg\n"
        "6600 Bastogne\n6700 Arlon\n6760 Virton\n6840 Neufchâteau\n6900 Marche-en-Famenne"
        "\n\n"
        "Province de Namur\n"
        "5000 Namur\n5300 Andenne\n5500 Dinant\n5590 Ciney\n5660 Couvin",
        "36 communes membres\n\n"
        "Communes candidates\nLes conseils communaux de Fleurus et de Seraing ont voté leur "
        "adhésion ; elle sera effective après la signature de la convention.\n\n"
        "Le réseau est animé par une ASBL établie à Gembloux, avec le soutien du Service "
        "public de Wallonie (Namur).",
        "Ixelles/BE; Saint-Gilles/BE; Molenbeek-Saint-Jean/BE; Forest/BE; Wavre/BE; "
        "Rixensart/BE; Ottignies|Louvain-la-Neuve/BE; Jodoigne/BE; Nivelles/BE; Waterloo/BE; "
        "Braine-l'Alleud/BE; Tubize/BE; Charleroi/BE; Thuin/BE; Mons/BE; Soignies/BE; "
        "La Louvière/BE; Tournai/BE; Mouscron/BE; Ath/BE; Liège/BE; Waremme/BE; Huy/BE; "
        "Eupen/BE; Verviers/BE; Malmedy|Malmédy/BE; Bastogne/BE; Arlon/BE; Virton/BE; "
        "Neufchâteau/BE; Marche-en-Famenne/BE; Namur/BE; Andenne/BE; Dinant/BE; Ciney/BE; "
        "Couvin/BE",
        "a map page's list of Walloon and Brussels communes, each after its postal code, "
        "under province headings (`Province de Luxembourg`); communes named like places in "
        "France (Forest, Neufchâteau, Waterloo); candidates Fleurus and Seraing, the "
        "coordinator's Gembloux and the SPW's Namur (a member too) around the list",
    ),
    Page(
        "es-ar-municipios-miembros-tabla-provincia-intendente",
        "es",
        "table_tabs;columns_after;person_after;person_named_like_place;no_country;not_signatory",
        "Municipios miembros de la Red",
        (2025, 3, 11),
        "Inicio / La Red / Municipios miembros\n\n"
        "La Red reúne a gobiernos locales de todo el país comprometidos con la movilidad "
        "sostenible, la seguridad vial y el transporte público. Para integrarla, cada "
        "municipio adhiere por ordenanza o decreto del Departamento Ejecutivo y designa un "
        "punto focal técnico.\n\n"
        "Buscar municipio\nFiltrar por provincia: Todas\n\nMostrando 26 resultados",
        "Municipio\tProvincia\tIntendente/a\tAdhesión\n"
        "Alta Gracia\tCórdoba\tMarcos Ferreyra\t2019\n"
        "Bahía Blanca\tBuenos Aires\tFederico Salvatierra\t2017\n"
        "Concordia\tEntre Ríos\tRosa Benítez\t2021\n"
        "Godoy Cruz\tMendoza\tTomás Lucero\t2018\n"
        "Luján de Cuyo\tMendoza\tCecilia Córdoba\t2020\n"
        "Mercedes\tBuenos Aires\tJuan Pablo Mendoza\t2022\n"
        "Necochea\tBuenos Aires\tLaura Etcheverry\t2019\n"
        "Neuquén\tNeuquén\tDiego Paredes\t2016\n"
        "Oberá\tMisiones\tCarla Kowalczuk\t2023\n"
        "Olavarría\tBuenos Aires\tGustavo Iturralde\t2018\n"
        "Paraná\tEntre Ríos\tSilvina Acosta\t2017\n"
        "Pergamino\tBuenos Aires\tMartín San Martín\t2021\n"
        "Posadas\tMisiones\tHoracio Giménez\t2016\n"
        "Rafaela\tSanta Fe\tNatalia Bruno\t2016\n"
        "Reconquista\tSanta Fe\tAndrés Quiroga\t2020\n"
        "Resistencia\tChaco\tMaría Eugenia Sosa\t2019\n"
        "Río Cuarto\tCórdoba\tEsteban Villegas\t2017\n"
        "Salta\tSalta\tVerónica Aráoz\t2022\n"
        "San Carlos de Bariloche\tRío Negro\tPablo Ruiz Cárdenas\t2018\n"
        "San Francisco\tCórdoba\tGabriela Lobos\t2021\n"
        "San Martín de los Andes\tNeuquén\tJulián Ortiz\t2020\n"
        "San Rafael\tMendoza\tHernán Morales\t2023\n"
        "Tandil\tBuenos Aires\tValeria Dorrego\t2016\n"
        "Ushuaia\tTierra del Fuego\tLucas Oyarzún\t2019\n"
        "Venado Tuerto\tSanta Fe\tFlorencia Rosario Ibáñez\t2022\n"
        "Villa María\tCórdoba\tSebastián Peralta\t2017",
        "¿Tu municipio quiere sumarse? Descargá el modelo de ordenanza de adhesión.\n\n"
        "Secretaría Ejecutiva: Bv. Oroño 1150, Rosario, Santa Fe\n\n"
        "La Red cuenta con el apoyo de la cooperación de la Unión Europea y de la "
        "Municipalidad de Montevideo (Uruguay), socia en el proyecto de ciclovías "
        "binacionales.",
        "Alta Gracia/AR; Bahía Blanca/AR; Concordia/AR; Godoy Cruz/AR; Luján de Cuyo/AR; "
        "Mercedes/AR; Necochea/AR; Neuquén/AR; Oberá/AR; Olavarría/AR; Paraná/AR; "
        "Pergamino/AR; Posadas/AR; Rafaela/AR; Reconquista/AR; Resistencia/AR; "
        "Río Cuarto/AR; Salta/AR; San Carlos de Bariloche/AR; San Francisco/AR; "
        "San Martín de los Andes/AR; San Rafael/AR; Tandil/AR; Ushuaia/AR; Venado Tuerto/AR; "
        "Villa María/AR",
        "an Argentine members table (municipio, provincia, intendente/a, year) whose "
        "province column is often a city's name (Córdoba, Mendoza, Salta, Neuquén, Santa Fe, "
        "Buenos Aires) and whose mayors are named Córdoba, Mendoza, San Martín, Lobos, Rosario; "
        "Mercedes and San Francisco with bigger namesakes elsewhere; the secretariat in "
        "Rosario and the partner Montevideo not members",
    ),
    Page(
        "pt-br-projeto-cidades-parceiras-cartoes-estado",
        "pt",
        "one_a_line;region_after;columns_after;no_country;not_signatory;teasers",
        "Cidades parceiras do projeto Cidades que Respiram",
        (2024, 11, 28),
        "Início › Projetos › Cidades que Respiram › Cidades parceiras\n\n"
        "O projeto Cidades que Respiram apoia prefeituras brasileiras na elaboração de planos "
        "de arborização urbana e de adaptação ao calor extremo. A iniciativa é coordenada "
        "pelo escritório regional da rede em São Paulo e financiada pela Iniciativa "
        "Internacional para o Clima (IKI) do governo da Alemanha, com sede em Berlim.\n\n"
        "Entre 2024 e 2027, cinco cidades parceiras recebem assistência técnica, "
        "capacitação das equipes municipais e apoio para captar recursos. A metodologia "
        "foi inspirada na experiência de Medellín, na Colômbia, com seus corredores verdes."
        "\n\nConheça as cidades parceiras",
        "Belém\nPará\n1,3 milhão de habitantes\n"
        "Foco: ilhas de calor e drenagem nas baixadas\nVer plano de ação →\n\n"
        "Teresina\nPiauí\n866 mil habitantes\n"
        "Foco: arborização de vias e sombreamento de paradas de ônibus\nVer plano de ação →\n\n"
        "Campinas\nSão Paulo\n1,1 milhão de habitantes\n"
        "Foco: parques lineares e corredores ecológicos\nVer plano de ação →\n\n"
        "Juiz de Fora\nMinas Gerais\n540 mil habitantes\n"
        "Foco: encostas e áreas de risco\nVer plano de ação →\n\n"
        "Canoas\nRio Grande do Sul\n347 mil habitantes\n"
        "Foco: reconstrução verde após as enchentes de 2024\nVer plano de ação →",
        "As cidades parceiras se reúnem duas vezes por ano. O próximo encontro será em "
        "Brasília, em março de 2025, junto com a Frente Nacional de Prefeitos.\n\n"
        "Parceiros: Ministério das Cidades · Ministério do Meio Ambiente e Mudança do Clima "
        "· Universidade Federal de Minas Gerais",
        "Belém/BR; Teresina/BR; Campinas/BR; Juiz de Fora/BR; Canoas/BR",
        "five partner cities of a project as cards copied one field a line (city, state, "
        "population, focus, link), the state line `São Paulo` under Campinas; the "
        "coordinating office São Paulo, the funder's Berlin, the model Medellín and the "
        "meeting's Brasília not partners",
    ),
    Page(
        "it-premio-vincitori-categorie-comune-sigla-menzioni",
        "it",
        "one_a_line;region_after;state_codes;columns_after;person_named_like_place;not_signatory",
        "Premio Città in Bici 2024: ecco i Comuni vincitori",
        (2024, 11, 8),
        "Home » Notizie » Premio Città in Bici 2024\n\n"
        "Si è svolta ieri a Milano, nell'ambito della fiera internazionale del ciclo, la "
        "cerimonia di premiazione della settima edizione del Premio Città in Bici, promosso "
        "dalla Rete dei Comuni Ciclabili per valorizzare le amministrazioni che investono "
        "nella mobilità attiva. Quest'anno hanno partecipato 143 Comuni da 18 regioni.\n\n"
        "La giuria, presieduta dall'architetta Giulia Ferrara e composta da Paolo Messina "
        "(Politecnico di Torino) e Anna Lucchesi, ha valutato km di ciclabili per abitante, "
        "quota modale, sicurezza e qualità dei progetti. Ecco la classifica.",
        "Categoria A – Comuni oltre 100.000 abitanti\n"
        "1° Comune di Bolzano (BZ) – punteggio 91/100\n"
        "2° Comune di Ferrara (FE) – 87/100\n"
        "3° Comune di Reggio Emilia (RE) – 84/100\n\n"
        "Categoria B – Comuni da 20.000 a 100.000 abitanti\n"
        "1° Comune di Cesena (FC) – 89/100\n"
        "2° Comune di Treviso (TV) – 85/100\n"
        "3° Comune di Lecco (LC) – 80/100\n\n"
        "Categoria C – Comuni sotto i 20.000 abitanti\n"
        "1° Comune di Pieve di Soligo (TV) – 86/100\n"
        "2° Comune di Vignola (MO) – 82/100\n"
        "3° Comune di San Vito al Tagliamento (PN) – 79/100\n\n"
        "Menzioni speciali\n"
        "Comune di Pesaro (PU) – per la Bicipolitana, rete ciclabile a linee come una "
        "metropolitana\n"
        "Comune di Bari (BA) – per il progetto di bike to school nei quartieri periferici",
        '"Bolzano dimostra che la bici può essere il mezzo principale di una città vera, '
        'con le sue salite e i suoi inverni", ha commentato la presidente di giuria Ferrara.'
        "\n\nIl premio, in denaro, sarà reinvestito dai Comuni vincitori in nuove "
        "rastrelliere e in campagne di comunicazione. La prossima edizione sarà presentata "
        "a Bologna in primavera.\n\nScarica il regolamento e la graduatoria completa (PDF)",
        "Bolzano/IT; Ferrara/IT; Reggio Emilia|Reggio nell'Emilia/IT; Cesena/IT; Treviso/IT; "
        "Lecco/IT; Pieve di Soligo/IT; Vignola/IT; San Vito al Tagliamento/IT; Pesaro/IT; "
        "Bari/IT",
        "an award's winners by category, `1° Comune di X (XX) – score` with province codes "
        "that are countries' (BZ, RE, TV, LC, MO, PN, BA), then special mentions; the venue "
        "Milano, next year's Bologna, a jury president named Ferrara (also a winner) and a "
        "juror named Messina from the Politecnico di Torino not winners",
    ),
    Page(
        "nl-jaarverslag-leden-pdf-tabel-provincie-lid-sinds",
        "nl",
        "one_a_line;columns_after;region_after;no_country;not_signatory;named_twice",
        "Jaarverslag 2024",
        (2025, 4, 22),
        "Home > Over ons > Jaarverslagen > Jaarverslag 2024\n\n"
        "Download het jaarverslag als PDF (2,4 MB)\n\n"
        "Hieronder vindt u de tekst van het jaarverslag.\n\n"
        "1. Voorwoord\nHet jaar 2024 stond in het teken van de Warmtewet en van de eerste "
        "wijkuitvoeringsplannen. Ons netwerk groeide naar 34 gemeenten. Ik dank de "
        "wethouders en ambtenaren die hun kennis zo ruimhartig deelden.\n"
        "Marieke de Bruijn, voorzitter (wethouder gemeente Zwolle)\n\n"
        "2. Activiteiten\nWe organiseerden vier ledenbijeenkomsten: in Arnhem, Groningen, "
        "Tilburg en (online) met de Vlaamse collega's van de stad Antwerpen. Samen met de "
        "provincie Gelderland werkten we aan een handreiking voor warmtenetten in kleine "
        "kernen.\n\n"
        "3. Leden\nIn 2024 traden vier gemeenten toe: Assen, Heerenveen, Houten en "
        "Vlissingen. De gemeente Kerkrade heeft haar lidmaatschap per 1 januari 2024 "
        "opgezegd. De stad Gent (België) neemt als waarnemer deel aan de bijeenkomsten.\n\n"
        "Tabel 2. Leden per 31 december 2024",
        "Gemeente Provincie Lid sinds\n"
        "Alkmaar Noord-Holland 2016\nAlmere Flevoland 2019\nAmersfoort Utrecht 2014\n"
        "Apeldoorn Gelderland 2017\nArnhem Gelderland 2012\nAssen Drenthe 2024\n"
        "Bergen (NH) Noord-Holland 2021\nBreda Noord-Brabant 2013\nDelft Zuid-Holland 2012\n"
        "Den Haag Zuid-Holland 2012\nDeventer Overijssel 2015\nDordrecht Zuid-Holland 2018\n"
        "Ede Gelderland 2020\nEindhoven Noord-Brabant 2012\nEnschede Overijssel 2016\n"
        "Groningen Groningen 2012\nHaarlem Noord-Holland 2013\nHeerenveen Fryslân 2024\n"
        "Jaarverslag 2024 | Vereniging Warme Wijken 11\n"
        "'s-Hertogenbosch Noord-Brabant 2015\nHilversum Noord-Holland 2019\n"
        "Houten Utrecht 2024\nLeeuwarden Fryslân 2014\nLeiden Zuid-Holland 2013\n"
        "Maastricht Limburg 2016\nMiddelburg Zeeland 2018\nNijmegen Gelderland 2012\n"
        "Oss Noord-Brabant 2021\nTilburg Noord-Brabant 2013\nUtrecht Utrecht 2012\n"
        "Venlo Limburg 2017\nVlissingen Zeeland 2024\nZaanstad Noord-Holland 2015\n"
        "Zeist Utrecht 2019\nZwolle Overijssel 2012",
        "4. Financiën\nDe contributie bedroeg € 0,02 per inwoner met een minimum van "
        "€ 1.500. De jaarrekening is goedgekeurd door de algemene ledenvergadering van "
        "14 maart 2025 in Amersfoort.\n\n"
        "Vereniging Warme Wijken · Postbus 1250 · 3500 BG Utrecht",
        "Alkmaar/NL; Almere/NL; Amersfoort/NL; Apeldoorn/NL; Arnhem/NL; Assen/NL; Bergen/NL; "
        "Breda/NL; Delft/NL; Den Haag|The Hague/NL; Deventer/NL; Dordrecht/NL; Ede/NL; "
        "Eindhoven/NL; Enschede/NL; Groningen/NL; Haarlem/NL; Heerenveen/NL; "
        "'s-Hertogenbosch/NL; Hilversum/NL; Houten/NL; Leeuwarden/NL; Leiden/NL; "
        "Maastricht/NL; Middelburg/NL; Nijmegen/NL; Oss/NL; Tilburg/NL; Utrecht/NL; "
        "Venlo/NL; Vlissingen/NL; Zaanstad/NL; Zeist/NL; Zwolle/NL",
        "an annual report's members table copied from a PDF with single spaces between "
        "gemeente, provincie and year (`Groningen Groningen 2012`, `Utrecht Utrecht 2012`, "
        "`Bergen (NH)`), a running header mid-table; the new members named again in the "
        "text; Kerkrade that left, the observer Gent, Antwerpen and Gelderland not members",
    ),
    Page(
        "da-medlemskommuner-regioner-flere-pr-linje-kommune",
        "da",
        "several_a_line;region_heading;no_country;not_signatory",
        "Medlemskommuner",
        (2025, 1, 14),
        "Forside / Om netværket / Medlemskommuner\n\n"
        "Netværket samler kommuner, der arbejder strategisk med sundhedsfremme og "
        "forebyggelse på tværs af forvaltninger. Medlemmerne mødes to gange om året og "
        "deler erfaringer i temagrupper om bl.a. mental sundhed, ulighed i sundhed og "
        "sunde byrum. Sekretariatet er placeret i Vejle Kommune.\n\n"
        "Netværket har i alt 45 medlemskommuner fordelt på landets fem regioner.",
        "Region Hovedstaden (10)\n"
        "Albertslund Kommune · Ballerup Kommune · Frederiksberg Kommune · Helsingør Kommune "
        "· Hillerød Kommune · Hvidovre Kommune · Høje-Taastrup Kommune · Københavns Kommune "
        "· Lyngby-Taarbæk Kommune · Rødovre Kommune\n\n"
        "Region Sjælland (10)\n"
        "Greve Kommune · Holbæk Kommune · Kalundborg Kommune · Køge Kommune · Næstved "
        "Kommune · Ringsted Kommune · Roskilde Kommune · Slagelse Kommune · Sorø Kommune · "
        "Vordingborg Kommune\n\n"
        "Region Syddanmark (11)\n"
        "Esbjerg Kommune · Fredericia Kommune · Haderslev Kommune · Kolding Kommune · "
        "Middelfart Kommune · Nyborg Kommune · Odense Kommune · Svendborg Kommune · "
        "Sønderborg Kommune · Vejle Kommune · Aabenraa Kommune\n\n"
        "Region Midtjylland (9)\n"
        "Aarhus Kommune · Herning Kommune · Holstebro Kommune · Horsens Kommune · Randers "
        "Kommune · Silkeborg Kommune · Skanderborg Kommune · Skive Kommune · Viborg Kommune"
        "\n\n"
        "Region Nordjylland (5)\n"
        "Aalborg Kommune · Brønderslev Kommune · Frederikshavn Kommune · Hjørring Kommune · "
        "Thisted Kommune",
        "Tønder Kommune udtrådte af netværket ved udgangen af 2024.\n\n"
        "Vil din kommune være med? Kontakt sekretariatet på sekretariat@sundbyer.example.dk "
        "eller tlf. 76 81 00 00.\n\n"
        "Næste netværksmøde\n19.-20. marts 2025 på Hotel Comwell i Kolding",
        "Albertslund/DK; Ballerup/DK; Frederiksberg/DK; Helsingør/DK; Hillerød/DK; "
        "Hvidovre/DK; Taastrup|Høje-Taastrup/DK; Copenhagen|København/DK; "
        "Kongens Lyngby|Lyngby-Taarbæk/DK; Rødovre/DK; Greve/DK; Holbæk/DK; Kalundborg/DK; "
        "Køge/DK; Næstved/DK; Ringsted/DK; Roskilde/DK; Slagelse/DK; Sorø/DK; "
        "Vordingborg/DK; Esbjerg/DK; Fredericia/DK; Haderslev/DK; Kolding/DK; Middelfart/DK; "
        "Nyborg/DK; Odense/DK; Svendborg/DK; Sønderborg/DK; Vejle/DK; Aabenraa/DK; "
        "Aarhus|Århus/DK; Herning/DK; Holstebro/DK; Horsens/DK; Randers/DK; Silkeborg/DK; "
        "Skanderborg/DK; Skive/DK; Viborg/DK; Aalborg/DK; Brønderslev/DK; Frederikshavn/DK; "
        "Hjørring/DK; Thisted/DK",
        "45 Danish `X Kommune` (`Københavns Kommune`, `Høje-Taastrup Kommune`, "
        "`Lyngby-Taarbæk Kommune` named unlike their towns) several a line between middle "
        "dots under `Region X (n)` headings; the secretariat's Vejle and the meeting's "
        "Kolding members too; Tønder that left not a member",
    ),
    Page(
        "no-konferanse-deltakende-byer-per-land-eksonymer",
        "no",
        "running_text;region_before;country_in_language;not_signatory;person_after",
        "Nordisk byklimakonferanse 2025: disse byene deltar",
        (2025, 5, 6),
        "Hjem › Arrangementer › Nordisk byklimakonferanse 2025\n\n"
        "Trondheim kommune er vertskap når over 300 politikere, byplanleggere og forskere "
        "fra hele Norden samles i Trondheim Spektrum 10.–11. juni. Konferansen arrangeres "
        "av nettverket i samarbeid med Nordisk ministerråd, som har sekretariat i "
        "København.\n\n"
        "Hovedinnlegg holdes av ordfører Kari Moss (Bodø), borgermester Anders Lund "
        "(Aalborg) og klimaforsker Eva Malmberg fra Chalmers i Göteborg.\n\n"
        "Deltakende byer\nPer 5. mai er disse byene påmeldt med egen delegasjon:",
        "Norge: Bergen, Stavanger, Tromsø, Bodø og Kristiansand.\n"
        "Sverige: Göteborg, Malmö, Umeå og Örebro.\n"
        "Danmark: Århus, Odense og Aalborg.\n"
        "Finland: Helsingfors, Åbo, Tammerfors og Uleåborg.\n"
        "Island: Reykjavík og Akureyri.\n"
        "Færøyene: Tórshavn.\n"
        "Grønland: Nuuk.\n"
        "Åland: Mariehamn.",
        "Flere byer er ventet å melde seg på før fristen 20. mai. Påmelding skjer via "
        "skjemaet nedenfor; deltakelse er gratis for medlemsbyer.\n\n"
        "Program\nTirsdag 10. juni: Klimatilpasning i kaldt klima – erfaringer fra "
        "Longyearbyen og Kiruna\nOnsdag 11. juni: Utslippsfrie byggeplasser – fra Oslo til "
        "hele Norden\n\nPraktisk informasjon\nSted: Trondheim Spektrum, Klostergata 90, "
        "7030 Trondheim",
        "Bergen/NO; Stavanger/NO; Tromsø/NO; Bodø/NO; Kristiansand/NO; Göteborg|Gothenburg/SE; "
        "Malmö/SE; Umeå/SE; Örebro/SE; Århus|Aarhus/DK; Odense/DK; Aalborg/DK; "
        "Helsingfors|Helsinki/FI; Åbo|Turku/FI; Tammerfors|Tampere/FI; Uleåborg|Oulu/FI; "
        "Reykjavík/IS; Akureyri/IS; Tórshavn/FO; Nuuk/GL; Mariehamn/AX",
        "a conference's participating cities, one country a line `Land: X, Y og Z.` with "
        "Norwegian exonyms (Helsingfors, Åbo, Tammerfors, Uleåborg) and the Faroes, "
        "Greenland and Åland; the host and venue Trondheim, the secretariat's København, "
        "speakers named Lund and Malmberg, Chalmers in Göteborg, Longyearbyen, Kiruna and "
        "Oslo in the programme not participants",
    ),
    Page(
        "pl-nowi-czlonkowie-biernik-zarzad-w-plocku",
        "pl",
        "running_text;inflected;not_signatory;person_named_like_place",
        "Pięć miast dołączyło do Sieci Miast Przyjaznych Seniorom",
        (2025, 3, 19),
        "Strona główna » Aktualności » Z życia Sieci\n\n"
        "Sieć Miast Przyjaznych Seniorom powiększyła się o kolejnych członków. Zarząd "
        "Sieci na posiedzeniu w Płocku 14 marca 2025 r. podjął uchwałę nr 3/2025 w sprawie "
        "przyjęcia nowych członków.",
        "Zarząd jednogłośnie przyjął w poczet członków pięć miast: Bochnię, Mławę, "
        "Świdnicę, Kłodzko i Łomżę. Wszystkie przyjęły w ubiegłym roku miejskie programy "
        "polityki senioralnej i powołały rady seniorów.",
        "– Cieszymy się, że do Sieci dołączają także mniejsze ośrodki, bo to w nich "
        "najszybciej przybywa osób starszych – powiedział prezes Zarządu Tomasz Kalisz. "
        "Burmistrz Kłodzka Anna Wierzbicka podkreśliła, że miasto liczy na wymianę "
        "doświadczeń przy tworzeniu klubów seniora w każdej dzielnicy.\n\n"
        "Obecnie Sieć liczy 47 członków z 14 województw. Kolejne wnioski – z Ciechanowa i "
        "Nysy – Zarząd rozpatrzy na czerwcowym posiedzeniu.\n\n"
        "Biuro Sieci\nul. Święty Marcin 12, 61-803 Poznań",
        "Bochnia/PL; Mława/PL; Świdnica/PL; Kłodzko/PL; Łomża/PL",
        "five new members in one sentence in the accusative (`Bochnię, Mławę, Świdnicę, "
        "Kłodzko i Łomżę`); the board's venue `w Płocku`, a president named Kalisz, the "
        "genitive `Burmistrz Kłodzka`, candidates `z Ciechanowa i Nysy` and the office in "
        "Poznań not new members",
    ),
    Page(
        "hr-clanovi-mreze-kartice-grad-zupanija-gradonacelnik",
        "hr",
        "one_a_line;region_after;person_after;named_twice;no_country;not_signatory",
        "Gradovi članovi",
        (2024, 12, 3),
        "Naslovnica / O mreži / Gradovi članovi\n\n"
        "Hrvatska mreža pametnih gradova okuplja gradove koji razvijaju digitalne usluge za "
        "građane i zajednički nabavljaju rješenja za promet, energetiku i upravljanje "
        "otpadom. Sjedište mreže je u Zagrebu, a regionalni uredi djeluju u Splitu i "
        "Osijeku.\n\n"
        "Pretraži gradove\nŽupanija: sve županije\nPrikaži: abecedno\n\n31 grad",
        "Grad Bjelovar\nBjelovarsko-bilogorska županija\n"
        "Gradonačelnik: Dario Horvat\nProfil grada →\n\n"
        "Grad Čakovec\nMeđimurska županija\n"
        "Gradonačelnik: Mario Novak\nProfil grada →\n\n"
        "Grad Crikvenica\nPrimorsko-goranska županija\n"
        "Gradonačelnica: Sanja Jurić\nProfil grada →\n\n"
        "Grad Dubrovnik\nDubrovačko-neretvanska županija\n"
        "Gradonačelnik: Ivo Lučić\nProfil grada →\n\n"
        "Grad Đakovo\nOsječko-baranjska županija\n"
        "Gradonačelnik: Tomislav Marić\nProfil grada →\n\n"
        "Grad Gospić\nLičko-senjska županija\n"
        "Gradonačelnik: Ante Smolčić\nProfil grada →\n\n"
        "Grad Ivanić-Grad\nZagrebačka županija\n"
        "Gradonačelnica: Ivana Kovačević\nProfil grada →\n\n"
        "Grad Karlovac\nKarlovačka županija\n"
        "Gradonačelnik: Damir Vuković\nProfil grada →\n\n"
        "Grad Koprivnica\nKoprivničko-križevačka županija\n"
        "Gradonačelnik: Krunoslav Babić\nProfil grada →\n\n"
        "Grad Krapina\nKrapinsko-zagorska županija\n"
        "Gradonačelnica: Maja Šimunić\nProfil grada →\n\n"
        "Grad Krk\nPrimorsko-goranska županija\n"
        "Gradonačelnik: Nikola Žic\nProfil grada →\n\n"
        "Grad Labin\nIstarska županija\n"
        "Gradonačelnik: Marko Belušić\nProfil grada →\n\n"
        "Grad Makarska\nSplitsko-dalmatinska županija\n"
        "Gradonačelnik: Josip Čović\nProfil grada →\n\n"
        "Grad Metković\nDubrovačko-neretvanska županija\n"
        "Gradonačelnica: Ana Bebić\nProfil grada →\n\n"
        "Grad Nova Gradiška\nBrodsko-posavska županija\n"
        "Gradonačelnik: Hrvoje Pavić\nProfil grada →\n\n"
        "Grad Novalja\nLičko-senjska županija\n"
        "Gradonačelnik: Luka Dabo\nProfil grada →\n\n"
        "Grad Osijek\nOsječko-baranjska županija\n"
        "Gradonačelnik: Zdravko Perić\nProfil grada →\n\n"
        "Grad Otok\nVukovarsko-srijemska županija\n"
        "Gradonačelnik: Ivan Bošnjaković\nProfil grada →\n\n"
        "Grad Pazin\nIstarska županija\n"
        "Gradonačelnica: Katarina Radola\nProfil grada →\n\n"
        "Grad Petrinja\nSisačko-moslavačka županija\n"
        "Gradonačelnik: Goran Jelić\nProfil grada →\n\n"
        "Grad Požega\nPožeško-slavonska županija\n"
        "Gradonačelnik: Vedran Tomić\nProfil grada →\n\n"
        "Grad Pula – Pola\nIstarska županija\n"
        "Gradonačelnik: Filip Matejčić\nProfil grada →\n\n"
        "Grad Rijeka\nPrimorsko-goranska županija\n"
        "Gradonačelnica: Petra Milić\nProfil grada →\n\n"
        "Grad Samobor\nZagrebačka županija\n"
        "Gradonačelnik: Davor Bregović\nProfil grada →\n\n"
        "Grad Sinj\nSplitsko-dalmatinska županija\n"
        "Gradonačelnik: Stipe Bilić\nProfil grada →\n\n"
        "Grad Slavonski Brod\nBrodsko-posavska županija\n"
        "Gradonačelnik: Mirko Duspara\nProfil grada →\n\n"
        "Grad Šibenik\nŠibensko-kninska županija\n"
        "Gradonačelnica: Lucija Baranović\nProfil grada →\n\n"
        "Grad Varaždin\nVaraždinska županija\n"
        "Gradonačelnik: Igor Hren\nProfil grada →\n\n"
        "Grad Vukovar\nVukovarsko-srijemska županija\n"
        "Gradonačelnik: Dražen Lukić\nProfil grada →\n\n"
        "Grad Zadar\nZadarska županija\n"
        "Gradonačelnik: Šime Dundović\nProfil grada →\n\n"
        "Grad Zagreb\nGrad Zagreb\n"
        "Gradonačelnica: Vesna Knežević\nProfil grada →",
        "Nisi pronašao svoj grad? Zahtjev za učlanjenje podnosi gradonačelnik, a o njemu "
        "odlučuje Skupština mreže. Status promatrača imaju Općina Bale i Grad Mostar "
        "(Bosna i Hercegovina).\n\n"
        "Kontakt: Ulica grada Vukovara 70, 10000 Zagreb",
        "Bjelovar/HR; Čakovec/HR; Crikvenica/HR; Dubrovnik/HR; Đakovo/HR; Gospić/HR; "
        "Ivanić-Grad/HR; Karlovac/HR; Koprivnica/HR; Krapina/HR; Krk/HR; Labin/HR; "
        "Makarska/HR; Metković/HR; Nova Gradiška/HR; Novalja/HR; Osijek/HR; Otok/HR; "
        "Pazin/HR; Petrinja/HR; Požega/HR; Pula/HR; Rijeka/HR; Samobor/HR; Sinj/HR; "
        "Slavonski Brod/HR; Šibenik/HR; Varaždin/HR; Vukovar/HR; Zadar/HR; Zagreb/HR",
        "a Croatian directory of member cards copied one field a line (`Grad X`, `Y "
        "županija`, mayor, link), bilingual `Grad Pula – Pola`, a town named Otok ('island'), "
        "Zagreb's county line `Grad Zagreb`; the seat Zagreb (a member), regional offices in "
        "Split and Osijek, observers Bale and Mostar and `Ulica grada Vukovara` around the list",
    ),
    Page(
        "tr-faaliyet-raporu-uye-belediyeler-il-basliklari-ilce",
        "tr",
        "several_a_line;region_heading;no_country;not_signatory",
        "2024 Faaliyet Raporu: Üye Belediyelerimiz",
        (2025, 4, 2),
        "Ana Sayfa / Yayınlar / Faaliyet Raporları\n\n"
        "2024 Faaliyet Raporu (PDF, 6,8 MB) | Raporu indir\n\n"
        "BAŞKANIN MESAJI\nDeğerli üyelerimiz, 2024 yılında Birliğimiz iklim uyumu, sağlıklı "
        "yaşlanma ve hareketli yaşam alanlarında 14 eğitim programı düzenledi. Dünya Sağlık "
        "Örgütü Avrupa Sağlıklı Şehirler Ağı'nın Kopenhag'daki yıllık toplantısında "
        "ülkemizi temsil ettik; Ekim ayında ise Birlik Meclisimizi Gaziantep'te topladık.\n"
        "Av. Selin Aydın, Birlik Başkanı\n\n"
        "2. ÜYELERİMİZ\n31 Aralık 2024 itibarıyla Birliğimizin 22 ilden 45 üye belediyesi "
        "bulunmaktadır. 2024 yılında Ayvalık, Didim ve Kartepe belediyeleri Birliğe katılmış, "
        "Tepebaşı Belediyesi üyelikten ayrılmıştır.\n\n"
        "Tablo 3. İllere göre üye belediyeler",
        "ADANA (1)\nSeyhan Belediyesi\n"
        "ANKARA (2)\nÇankaya Belediyesi, Etimesgut Belediyesi\n"
        "ANTALYA (3)\n"
        "Antalya Büyükşehir Belediyesi, Muratpaşa Belediyesi, Konyaaltı Belediyesi\n"
        "AYDIN (2)\nKuşadası Belediyesi, Didim Belediyesi\n"
        "BALIKESİR (2)\nEdremit Belediyesi, Ayvalık Belediyesi\n"
        "BURSA (4)\nBursa Büyükşehir Belediyesi, Nilüfer Belediyesi, Osmangazi Belediyesi, "
        "Mudanya Belediyesi\n"
        "ÇANAKKALE (1)\nÇanakkale Belediyesi\n"
        "DENİZLİ (2)\nMerkezefendi Belediyesi, Pamukkale Belediyesi\n"
        "DÜZCE (1)\nDüzce Belediyesi\n"
        "EDİRNE (1)\nEdirne Belediyesi\n"
        "ESKİŞEHİR (2)\nEskişehir Büyükşehir Belediyesi, Odunpazarı Belediyesi\n"
        "GAZİANTEP (2)\nŞahinbey Belediyesi, Şehitkamil Belediyesi\n"
        "İSTANBUL (3)\nAtaşehir Belediyesi, Maltepe Belediyesi, Şişli Belediyesi\n"
        "İZMİR (5)\n"
        "Karşıyaka Belediyesi, Bornova Belediyesi, Buca Belediyesi, Çiğli Belediyesi, "
        "Bergama Belediyesi\n"
        "SAĞLIKLI VE YAŞANABİLİR ŞEHİRLER BİRLİĞİ · 2024 FAALİYET RAPORU · 23\n"
        "KIRKLARELİ (1)\nLüleburgaz Belediyesi\n"
        "KOCAELİ (3)\nİzmit Belediyesi, Gölcük Belediyesi, Kartepe Belediyesi\n"
        "KONYA (2)\nSelçuklu Belediyesi, Meram Belediyesi\n"
        "MERSİN (3)\nMersin Büyükşehir Belediyesi, Mezitli Belediyesi, Tarsus Belediyesi\n"
        "MUĞLA (2)\nBodrum Belediyesi, Fethiye Belediyesi\n"
        "SAKARYA (1)\nSerdivan Belediyesi\n"
        "SAMSUN (1)\nİlkadım Belediyesi\n"
        "TEKİRDAĞ (1)\nTekirdağ Büyükşehir Belediyesi",
        "Gözlemci üye: Lefkoşa Türk Belediyesi (KKTC)\n\n"
        "3. EĞİTİM PROGRAMLARI\nSağlıklı Kent Planlaması Eğitimi 2024'te Eskişehir, Mersin ve "
        "Samsun'da gerçekleştirildi.\n\n"
        "Birlik Sekreterliği: Nilüfer Belediyesi Hizmet Binası, Nilüfer / Bursa",
        "Seyhan/TR; Çankaya/TR; Etimesgut/TR; Antalya/TR; Muratpaşa/TR; Konyaaltı/TR; "
        "Kuşadası/TR; Didim/TR; Edremit/TR; Ayvalık/TR; Bursa/TR; Nilüfer/TR; "
        "Osmangazi/TR; Mudanya/TR; Çanakkale/TR; Merkezefendi/TR; Pamukkale/TR; Düzce/TR; "
        "Edirne/TR; Eskişehir/TR; Odunpazarı/TR; Şahinbey/TR; Şehitkamil/TR; Ataşehir/TR; "
        "Maltepe/TR; Şişli/TR; Karşıyaka/TR; Bornova/TR; Buca/TR; Çiğli/TR; Bergama/TR; "
        "Lüleburgaz/TR; İzmit/TR; Gölcük/TR; Kartepe/TR; Selçuklu/TR; Meram/TR; Mersin/TR; "
        "Mezitli/TR; Tarsus/TR; Bodrum/TR; Fethiye/TR; Serdivan/TR; İlkadım/TR; "
        "Tekirdağ/TR",
        "an annual report's members under province headings in capitals with counts "
        "(`ADANA (1)` over `Seyhan Belediyesi`, `MERSİN (3)` over `Mersin Büyükşehir "
        "Belediyesi`), district municipalities several a line, a running header mid-list; "
        "the assembly's Gaziantep, Kopenhag, Tepebaşı that left and the observer Lefkoşa not "
        "members; provinces such as Adana, Konya and Samsun named only as headings",
    ),
]

"""Batch r54b: 14 held-out pages written for issue #20 without reading the reader or running it.

Statements and member pages in 14 languages and regions, in the shapes city networks publish:
an English directory of a global network under world-region headings, cards flattened to a city
line and a country line; a Southern and East African declaration signed `Name, Executive Mayor,
City of Tshwane` with a venue and a facilitator that did not sign; Canadian and US cities joining
in running text with province and state codes; a French tab table of communes with department
numbers and mayors; French-speaking African communes under country headings with a coordinator;
South American mayors in running text with `y` and their countries in brackets, beside a host;
Brazilian `Prefeitura Municipal de X (UF)` bullets; German `Für die Stadt X` signature blocks with
a Landkreis and a Regionalverband; an Italian statement copied from a PDF, hyphenated, with page
headers; a Dutch A–Z index of `Gemeente X` with Flemish members under `België`; Polish genitives
in running text after `prezydenci`; Romanian `Primăria Municipiului X` lines; a Norwegian news
item naming Nordic cities in Norwegian with `og`; Lithuanian `X miesto savivaldybė` lines. The
networks, statements and people are invented; the places are real.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r54b-directory-world-regions",
        "en",
        "region_heading;one_a_line;not_signatory",
        "Member cities of the Resilient Harbours Alliance",
        (2025, 3, 12),
        "Resilient Harbours Alliance brings together port cities on five continents that share"
        " what they learn about flooding, heat and storm surge. The secretariat is hosted by the"
        " City of Rotterdam's climate office; membership is open to any coastal city.\n\n"
        "Browse the members by region below. Click a city to see its profile and contacts.",
        "AFRICA\n\n"
        "Mombasa\nKenya\nView profile\n\n"
        "Dakar\nSenegal\nView profile\n\n"
        "Durban\nSouth Africa\nView profile\n\n"
        "Alexandria\nEgypt\nView profile\n\n"
        "Lagos\nNigeria\nView profile\n\n"
        "Accra\nGhana\nView profile\n\n"
        "Dar es Salaam\nTanzania\nView profile\n\n"
        "Tangier\nMorocco\nView profile\n\n"
        "ASIA & PACIFIC\n\n"
        "Chittagong\nBangladesh\nView profile\n\n"
        "Da Nang\nVietnam\nView profile\n\n"
        "Semarang\nIndonesia\nView profile\n\n"
        "Wellington\nNew Zealand\nView profile\n\n"
        "Yokohama\nJapan\nView profile\n\n"
        "Chennai\nIndia\nView profile\n\n"
        "Manila\nPhilippines\nView profile\n\n"
        "Busan\nSouth Korea\nView profile\n\n"
        "Karachi\nPakistan\nView profile\n\n"
        "Colombo\nSri Lanka\nView profile\n\n"
        "Suva\nFiji\nView profile\n\n"
        "EUROPE\n\n"
        "Thessaloniki\nGreece\nView profile\n\n"
        "Gdańsk\nPoland\nView profile\n\n"
        "Porto\nPortugal\nView profile\n\n"
        "Hamburg\nGermany\nView profile\n\n"
        "Bilbao\nSpain\nView profile\n\n"
        "Gothenburg\nSweden\nView profile\n\n"
        "Bergen\nNorway\nView profile\n\n"
        "Rijeka\nCroatia\nView profile\n\n"
        "LATIN AMERICA & CARIBBEAN\n\n"
        "Guayaquil\nEcuador\nView profile\n\n"
        "Valparaíso\nChile\nView profile\n\n"
        "Santos\nBrazil\nView profile\n\n"
        "Cartagena\nColombia\nView profile\n\n"
        "Veracruz\nMexico\nView profile\n\n"
        "Kingston\nJamaica\nView profile\n\n"
        "Montevideo\nUruguay\nView profile\n\n"
        "NORTH AMERICA\n\n"
        "Norfolk\nUnited States\nView profile\n\n"
        "New Orleans\nUnited States\nView profile\n\n"
        "Halifax\nCanada\nView profile\n\n"
        "Vancouver\nCanada\nView profile",
        "Is your city interested in joining? Write to the secretariat in Rotterdam or speak to"
        " our regional coordinator in Nairobi.",
        "Mombasa/KE; Dakar/SN; Durban/ZA; Alexandria/EG; Lagos/NG; Accra/GH; Dar es Salaam/TZ;"
        " Tangier|Tanger/MA; Chittagong|Chattogram/BD; Da Nang/VN; Semarang/ID; Wellington/NZ;"
        " Yokohama/JP; Chennai/IN; Manila/PH; Busan/KR; Karachi/PK; Colombo/LK; Suva/FJ;"
        " Thessaloniki/GR; Gdańsk/PL; Porto/PT; Hamburg/DE; Bilbao/ES; Gothenburg|Göteborg/SE;"
        " Bergen/NO; Rijeka/HR; Guayaquil/EC; Valparaíso/CL; Santos/BR; Cartagena/CO;"
        " Veracruz/MX; Kingston/JM; Montevideo/UY; Norfolk/US; New Orleans/US; Halifax/CA;"
        " Vancouver/CA",
        note="Rotterdam hosts the secretariat and Nairobi the coordinator: neither is listed",
    ),
    Page(
        "en-r54b-africa-signature-lines",
        "en",
        "one_a_line;person_before;not_signatory;person_named_like_place",
        "Lusaka Declaration on Urban Water Security",
        (2024, 10, 3),
        "Meeting in Lusaka on 2 and 3 October 2024 at the invitation of the Lusaka City Council,"
        " we, the mayors and leaders of cities of Southern and East Africa, declare that safe"
        " water and sanitation are the foundation of healthy and productive cities.\n\n"
        "We commit to:\n"
        "1. cut non-revenue water in our utilities by a third before 2030;\n"
        "2. protect the catchments our cities depend on, working with neighbouring districts;\n"
        "3. publish each year the share of households connected to safe water;\n"
        "4. share engineers and data with the cities that sign this declaration.\n\n"
        "The declaration was facilitated by the Urban Water Hub (Pretoria office) and will be"
        " presented at the regional forum in Addis Ababa next year.\n\n"
        "Signed:",
        "Mwansa Chileshe, Lord Mayor, Lusaka City Council\n"
        "Tendai Moyo, Mayor, City of Harare\n"
        "Florence Bulawayo-Ndlovu, Deputy Mayor, City of Bulawayo\n"
        "Amos Kipkorir, Governor, Nairobi City County\n"
        "Grace Nakato, Lord Mayor, Kampala Capital City Authority\n"
        "Jean-Paul Habimana, Mayor, City of Kigali\n"
        "Halima Said, Mayor, Dar es Salaam City Council\n"
        "Joaquim Mabunda, President, Maputo Municipal Council\n"
        "Kabelo Sithole, Executive Mayor, City of Tshwane\n"
        "Naledi Mokoena, Mayor, Gaborone City Council\n"
        "Petrus Shikongo, Mayor, City of Windhoek\n"
        "Chisomo Banda, Mayor, Blantyre City Council\n"
        "Joseph Mwale, Mayor, Ndola City Council",
        "For more information on the declaration, contact the Lusaka City Council's department"
        " of water and sanitation.",
        "Lusaka/ZM; Harare/ZW; Bulawayo/ZW; Nairobi/KE; Kampala/UG; Kigali/RW;"
        " Dar es Salaam/TZ; Maputo/MZ; Pretoria|Tshwane/ZA; Gaborone/BW; Windhoek/NA;"
        " Blantyre/MW; Ndola/ZM",
        note="Lusaka hosts and signs; Pretoria (the hub's office) and Addis Ababa are not"
        " signatories; a deputy mayor's surname is Bulawayo-Ndlovu",
    ),
    Page(
        "en-r54b-na-joining-state-codes",
        "en",
        "running_text;state_codes;no_country;not_signatory",
        "Seven more cities join the Mayors' Compact on Extreme Heat",
        (2025, 6, 18),
        "The Mayors' Compact on Extreme Heat welcomed seven new member cities this week, bringing"
        " the compact to 64 cities across North America. The new members were announced at the"
        " compact's summer meeting in Phoenix, AZ, where mayors compared cooling-centre plans"
        " ahead of the hottest months.",
        "The new members are Saskatoon, SK; Windsor, ON; Kelowna, BC; Tucson, AZ;"
        " Albuquerque, NM; Richmond, VA and Savannah, GA.",
        '"Heat does not stop at the border," said the compact\'s chair, Mayor Dana Whitcombe of'
        ' Sacramento. "These cities bring real experience of heat planning." New members commit'
        " to publish a heat action plan within two years.",
        "Saskatoon/CA; Windsor/CA; Kelowna/CA; Tucson/US; Albuquerque/US; Richmond/US; Savannah/US",
        note="Phoenix is the venue and Sacramento the chair's city: not new members",
    ),
    Page(
        "fr-r54b-table-departements",
        "fr",
        "table_tabs;columns_after;person_after",
        "Appel des maires pour des cantines 100 % bio et locales",
        (2025, 1, 27),
        "Nous, maires de communes de toutes tailles, demandons à l'État de soutenir les cantines"
        " scolaires qui s'approvisionnent auprès des producteurs bio de leur territoire. Nos"
        " communes s'engagent à atteindre 60 % de produits bio et locaux d'ici 2027.\n\n"
        "Premiers signataires :",
        "Commune\tDépartement\tMaire\n"
        "Grenoble\t38\tClaire Vautrin\n"
        "Rennes\t35\tYann Le Bihan\n"
        "Mouans-Sartoux\t06\tBernard Castellan\n"
        "Strasbourg\t67\tOdile Kientz\n"
        "Nantes\t44\tFrançois Guérin\n"
        "Bègles\t33\tSophie Lartigue\n"
        "Lons-le-Saunier\t39\tPascal Jacquot\n"
        "Poitiers\t86\tAmélie Rousseau\n"
        "Saint-Étienne\t42\tMarc Delorme\n"
        "Besançon\t25\tHélène Vuillemin\n"
        "Tours\t37\tJulien Marchand\n"
        "Albi\t81\tMartine Sabatier",
        "L'appel reste ouvert à la signature de toutes les communes. Contact : collectif Cantines"
        " Vivantes.",
        "Grenoble/FR; Rennes/FR; Mouans-Sartoux/FR; Strasbourg/FR; Nantes/FR; Bègles/FR;"
        " Lons-le-Saunier/FR; Poitiers/FR; Saint-Étienne/FR; Besançon/FR; Tours/FR; Albi/FR",
    ),
    Page(
        "fr-r54b-afrique-country-headings",
        "fr",
        "region_heading;country_in_language;not_signatory",
        "Les communes membres du Réseau des villes africaines pour la propreté",
        (2024, 5, 22),
        "Créé à Abidjan en 2019, le Réseau des villes africaines pour la propreté rassemble des"
        " communes d'Afrique de l'Ouest et du Centre engagées pour la gestion des déchets. La"
        " coordination est assurée par la Ville de Cotonou.\n\nCommunes membres par pays :",
        "Sénégal\n"
        "Ville de Dakar\n"
        "Ville de Thiès\n"
        "Commune de Ziguinchor\n\n"
        "Côte d'Ivoire\n"
        "Commune de Bouaké\n"
        "Commune de Yamoussoukro\n"
        "Ville de San-Pédro\n\n"
        "Burkina Faso\n"
        "Commune de Ouagadougou\n"
        "Commune de Bobo-Dioulasso\n\n"
        "Mali\n"
        "District de Bamako\n"
        "Commune de Ségou\n\n"
        "Cameroun\n"
        "Communauté urbaine de Douala\n"
        "Commune de Bafoussam\n\n"
        "Togo\n"
        "Commune de Lomé\n"
        "Commune de Kara",
        "La prochaine assemblée générale se tiendra à Niamey. Pour adhérer, écrire au"
        " secrétariat à Cotonou.",
        "Dakar/SN; Thiès/SN; Ziguinchor/SN; Bouaké/CI; Yamoussoukro/CI; San-Pédro/CI;"
        " Ouagadougou/BF; Bobo-Dioulasso/BF; Bamako/ML; Ségou/ML; Douala/CM; Bafoussam/CM;"
        " Lomé/TG; Kara/TG",
        note="Abidjan (founding), Cotonou (coordination) and Niamey (venue) are not listed",
    ),
    Page(
        "es-r54b-sudamerica-running-host",
        "es",
        "running_text;region_after;country_in_language;not_signatory",
        "Alcaldes sudamericanos firman la Carta de Movilidad Activa",
        (2024, 11, 8),
        "Reunidos en Montevideo, anfitriona del III Foro de Ciudades Caminables, alcaldes e"
        " intendentes de nueve ciudades de América del Sur firmaron la Carta de Movilidad Activa,"
        " que compromete a sus gobiernos a duplicar la red de ciclovías y a priorizar al peatón"
        " en el diseño de las calles.",
        "La carta fue firmada por los alcaldes de Rosario y Córdoba (Argentina), Curitiba"
        " (Brasil), Medellín y Bucaramanga (Colombia), Cuenca (Ecuador), Arequipa (Perú),"
        " Valdivia (Chile) y Asunción (Paraguay).",
        "La intendenta de Montevideo, Lucía Ferreyra, anfitriona del foro, anunció que su ciudad"
        " se sumará a la carta cuando la apruebe la Junta Departamental. El próximo foro se"
        " celebrará en La Paz.",
        "Rosario/AR; Córdoba/AR; Curitiba/BR; Medellín/CO; Bucaramanga/CO; Cuenca/EC;"
        " Arequipa/PE; Valdivia/CL; Asunción/PY",
        note="Montevideo hosts and has not signed yet; La Paz is the next venue",
    ),
    Page(
        "pt-r54b-prefeituras-uf-bullets",
        "pt",
        "bulleted;state_codes;no_country",
        "Prefeituras aderem ao Pacto pela Primeira Infância",
        (2025, 4, 2),
        "Mais catorze municípios brasileiros aderiram ao Pacto pela Primeira Infância, que"
        " reúne prefeituras comprometidas com creches, praças e calçadas pensadas para crianças"
        " de até seis anos. As novas adesões foram assinadas durante o encontro nacional do pacto."
        "\n\nConfira os municípios que aderiram:",
        "• Prefeitura Municipal de Sobral (CE)\n"
        "• Prefeitura Municipal de Caruaru (PE)\n"
        "• Prefeitura de Feira de Santana (BA)\n"
        "• Prefeitura Municipal de Teresina (PI)\n"
        "• Prefeitura de Juiz de Fora (MG)\n"
        "• Prefeitura Municipal de Uberlândia (MG)\n"
        "• Prefeitura de Niterói (RJ)\n"
        "• Prefeitura Municipal de Jundiaí (SP)\n"
        "• Prefeitura de Londrina (PR)\n"
        "• Prefeitura Municipal de Joinville (SC)\n"
        "• Prefeitura de Pelotas (RS)\n"
        "• Prefeitura Municipal de Anápolis (GO)\n"
        "• Prefeitura de Palmas (TO)\n"
        "• Prefeitura Municipal de Santarém (PA)",
        "Com as novas adesões, o pacto chega a 212 municípios em 24 estados. As prefeituras"
        " interessadas podem solicitar o termo de adesão pelo site.",
        "Sobral/BR; Caruaru/BR; Feira de Santana/BR; Teresina/BR; Juiz de Fora/BR;"
        " Uberlândia/BR; Niterói/BR; Jundiaí/BR; Londrina/BR; Joinville/BR; Pelotas/BR;"
        " Anápolis/BR; Palmas/BR; Santarém/BR",
    ),
    Page(
        "de-r54b-signature-blocks-landkreis",
        "de",
        "one_a_line;person_after;body_not_city",
        "Gemeinsame Erklärung zur Wärmewende in Kommunen",
        (2024, 9, 16),
        "Die unterzeichnenden Städte, Landkreise und Verbände erklären gemeinsam, die kommunale"
        " Wärmeplanung bis 2026 abzuschließen und die Wärmenetze in ihrem Gebiet bis 2035"
        " klimaneutral zu betreiben. Sie fordern Bund und Länder auf, die Förderung dafür"
        " langfristig zu sichern.\n\nUnterzeichnet am 16. September 2024:",
        "Für die Stadt Freiburg im Breisgau\n"
        "Dr. Annette Wiesner, Oberbürgermeisterin\n\n"
        "Für die Stadt Heidelberg\n"
        "Thomas Rauscher, Oberbürgermeister\n\n"
        "Für die Stadt Münster\n"
        "Jens Overbeck, Oberbürgermeister\n\n"
        "Für die Stadt Kassel\n"
        "Birgit Lohmann, Oberbürgermeisterin\n\n"
        "Für den Landkreis Osnabrück\n"
        "Martin Beckmann, Landrat\n\n"
        "Für die Stadt Erlangen\n"
        "Stefan Hübner, Oberbürgermeister\n\n"
        "Für den Regionalverband Saarbrücken\n"
        "Petra Schäfer, Regionalverbandsdirektorin\n\n"
        "Für die Stadt Jena\n"
        "Holger Brandt, Oberbürgermeister",
        "Weitere Kommunen können der Erklärung jederzeit beitreten.",
        "Freiburg im Breisgau|Freiburg/DE; Heidelberg/DE; Münster/DE; Kassel/DE;"
        " Landkreis Osnabrück|Osnabrück District/DE/county; Erlangen/DE;"
        " Regionalverband Saarbrücken|Saarbrücken Regional Association/DE/union of municipalities;"
        " Jena/DE",
    ),
    Page(
        "it-r54b-pdf-hyphenated-headers",
        "it",
        "one_a_line;broken_lines;person_before;no_country;not_signatory",
        "Protocollo d'intesa per la sicurezza stradale urbana",
        (2024, 7, 11),
        "I Comuni firmatari del presente protocollo si impegnano a ridurre del 50% i morti e i"
        " feriti gravi sulle strade urbane entro il 2030, a estendere le zone 30 ai quartieri"
        " residenziali e a pubblicare ogni anno i dati sugli inci-\ndenti. Il protocollo è stato"
        " presentato a Roma presso la sede dell'Associazione.\n\n"
        "Protocollo d'intesa – sicurezza stradale urbana                    pag. 3 di 4\n\n"
        "Firmatari",
        "Il Sindaco del Comune di Bologna – Marco Ferrantelli\n"
        "Il Sindaco del Comune di Reggio nell'E-\nmilia – Giulia Barbieri\n"
        "Il Sindaco del Comune di Padova – Andrea Zanon\n"
        "La Sindaca del Comune di Pesaro – Chiara Montanari\n"
        "Il Sindaco del Comune di Bergamo – Luca Pedretti\n\n"
        "Protocollo d'intesa – sicurezza stradale urbana                    pag. 4 di 4\n\n"
        "Il Sindaco del Comune di Firenze – Tommaso Bellucci\n"
        "La Sindaca del Comune di Torino – Elena Gribaudo\n"
        "Il Sindaco del Comune di Lecce – Antonio De Santis\n"
        "Il Sindaco del Comune di Trento – Paolo Degasperi\n"
        "Il Vicesindaco del Comune di Cagliari, per delega del Sindaco – Sergio Melis",
        "Documento scaricabile in formato PDF (212 KB).",
        "Bologna/IT; Reggio nell'Emilia|Reggio Emilia/IT; Padova|Padua/IT; Pesaro/IT;"
        " Bergamo/IT; Firenze|Florence/IT; Torino|Turin/IT; Lecce/IT; Trento/IT; Cagliari/IT",
        note="Rome is where the protocol was presented, not a signatory",
    ),
    Page(
        "nl-r54b-az-index-gemeente",
        "nl",
        "one_a_line;region_heading;country_in_language",
        "Deelnemende gemeenten",
        (2025, 2, 4),
        "Het Netwerk Circulaire Gemeenten verbindt gemeenten in Nederland en Vlaanderen die"
        " werken aan minder afval en meer hergebruik. Hieronder vindt u alle deelnemers op"
        " alfabetische volgorde.",
        "Nederland\n\n"
        "A\nGemeente Amersfoort\nGemeente Apeldoorn\n\n"
        "D\nGemeente Deventer\nGemeente Dordrecht\n\n"
        "L\nGemeente Leeuwarden\nGemeente Leiden\n\n"
        "N\nGemeente Nijmegen\n\n"
        "S\nGemeente Schiedam\nGemeente Sittard-Geleen\n\n"
        "Z\nGemeente Zwolle\n\n"
        "België\n\n"
        "B\nStad Brugge\n\n"
        "G\nStad Genk\n\n"
        "K\nStad Kortrijk\n\n"
        "M\nStad Mechelen",
        "Staat uw gemeente er niet bij? Neem contact op met het netwerkbureau.",
        "Amersfoort/NL; Apeldoorn/NL; Deventer/NL; Dordrecht/NL; Leeuwarden/NL; Leiden/NL;"
        " Nijmegen/NL; Schiedam/NL; Sittard-Geleen|Sittard/NL; Zwolle/NL; Brugge|Bruges/BE;"
        " Genk/BE; Kortrijk/BE; Mechelen/BE",
    ),
    Page(
        "pl-r54b-running-genitives",
        "pl",
        "running_text;inflected;person_before;not_signatory",
        "Prezydenci miast podpisali apel w sprawie czystego powietrza",
        (2024, 12, 5),
        "Podczas Kongresu Miast Zdrowego Oddechu w Katowicach prezydenci i burmistrzowie"
        " dziewięciu miast podpisali apel do rządu o szybsze wsparcie wymiany pieców i"
        " rozbudowy sieci ciepłowniczych.",
        "Apel podpisali prezydenci Krakowa, Wrocławia, Rybnika, Bielska-Białej, Nowego Sącza"
        " i Opola, burmistrz Zakopanego, a także prezydenci Lublina oraz Kielc.",
        "Gospodarz kongresu, prezydent Katowic Piotr Nowakowski, nie podpisał apelu, tłumacząc,"
        " że musi go najpierw przyjąć rada miasta. Kolejny kongres odbędzie się w Łodzi.",
        "Kraków/PL; Wrocław/PL; Rybnik/PL; Bielsko-Biała/PL; Nowy Sącz/PL; Opole/PL;"
        " Zakopane/PL; Lublin/PL; Kielce/PL",
        note="Katowice hosts and did not sign; Łódź is the next venue",
    ),
    Page(
        "ro-r54b-primaria-municipiului-lines",
        "ro",
        "one_a_line;inflected;person_after",
        "Declarația orașelor pentru transport public curat",
        (2025, 5, 20),
        "Autoritățile locale semnatare se angajează să înlocuiască până în 2030 autobuzele"
        " diesel cu vehicule electrice sau pe hidrogen și să introducă benzi dedicate"
        " transportului public pe principalele artere.\n\nSemnatari:",
        "Primăria Municipiului Cluj-Napoca – primar Andrei Mureșan\n"
        "Primăria Municipiului Timișoara – primar Radu Stanciu\n"
        "Primăria Municipiului Iași – primar Mihaela Cojocaru\n"
        "Primăria Municipiului Brașov – primar Cristian Dobre\n"
        "Primăria Municipiului Oradea – primar Sorin Pop\n"
        "Primăria Municipiului Sibiu – primar Ioana Stoica\n"
        "Primăria Municipiului Constanța – viceprimar Dan Ionescu\n"
        "Primăria Orașului Sinaia – primar Elena Marin",
        "Declarația rămâne deschisă semnării pentru toate orașele și municipiile din România.",
        "Cluj-Napoca/RO; Timișoara/RO; Iași/RO; Brașov/RO; Oradea/RO; Sibiu/RO; Constanța/RO;"
        " Sinaia/RO",
    ),
    Page(
        "no-r54b-nordic-running-og",
        "no",
        "running_text;country_in_language;not_signatory",
        "Nordiske byer slutter seg til erklæringen om utslippsfrie byggeplasser",
        (2025, 8, 27),
        "Erklæringen om utslippsfrie byggeplasser ble lansert i Oslo i fjor, og Oslo kommune"
        " leder fortsatt arbeidet. Nå får erklæringen følge av byer i hele Norden.",
        "Fra Norge har Bergen, Stavanger og Kristiansand signert, mens København og Aarhus i"
        " Danmark, Göteborg og Malmö i Sverige, Helsingfors og Åbo i Finland og Reykjavík på"
        " Island også har sluttet seg til.",
        '"Byggeplassene er en av de siste store utslippskildene i byene våre," sier'
        " byråd for miljø i Oslo, Ingrid Solberg-Aas. Neste nordiske samling holdes i Tromsø"
        " i november.",
        "Bergen/NO; Stavanger/NO; Kristiansand/NO; Copenhagen|København/DK; Aarhus/DK;"
        " Gothenburg|Göteborg/SE; Malmö/SE; Helsinki|Helsingfors/FI; Turku|Åbo/FI;"
        " Reykjavík|Reykjavik/IS",
        note="Oslo launched and leads the declaration, Tromsø hosts the next meeting: neither"
        " is among the cities that joined",
    ),
    Page(
        "lt-r54b-savivaldybe-lines",
        "lt",
        "one_a_line;inflected;person_after;few",
        "Savivaldybės pasirašė susitarimą dėl jaunimo užimtumo",
        (2024, 4, 15),
        "Trys didžiausių Lietuvos miestų savivaldybės pasirašė susitarimą, kuriuo įsipareigoja"
        " kartu kurti vasaros darbo vietas moksleiviams ir dalytis gerąja patirtimi.\n\n"
        "Susitarimą pasirašė:",
        "Kauno miesto savivaldybė – meras Tomas Jankauskas\n"
        "Klaipėdos miesto savivaldybė – merė Rasa Petrauskienė\n"
        "Šiaulių miesto savivaldybė – mero pavaduotojas Darius Kazlauskas",
        "Susitarimo pasirašymas vyko Vilniuje, Lietuvos savivaldybių asociacijos būstinėje.",
        "Kaunas/LT; Klaipėda/LT; Šiauliai/LT",
        note="Vilnius (Vilniuje) is the venue, not a signatory",
    ),
]

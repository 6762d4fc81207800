"""Batch r50b: 14 held-out pages (round 50), written without reading the reader or running it.

Joint statements and member pages in 14 languages, as networks publish them today: an East and
Southern African members directory under country headings with member counts (`Kisumu City
Council`, `City of Kigali`, `Hawassa City Administration`) and observers that did not join;
Polish `Prezydent Miasta Rzeszowa` lines with a signer named Kalisz and a venue in Katowice;
Finnish new members in running text (`Porin, Kokkolan ... ja Seinäjoen kaupungit`) beside the
chair's city; 38 Norwegian `kommune` under county headings; Swedish `För Göteborgs Stad`
signature blocks under the place of signing, a signer named Lund; 40 Czech towns in an A–Z
index with `Statutární město` and kraj; Slovak `primátor mesta Trnava` / `primátorka Žiliny`
lines with a venue; Hungarian running text with `és` and instrumental forms (`Sopronnal`);
a Croatian tab table with županija and population columns; Slovenian `Mestna občina X` blocks
over the mayor and `županja Občine X` lines; Lithuanian genitives (`Alytaus miesto
savivaldybė`) in a news item; Latvian `Liepājas valstspilsētas domes priekšsēdētājs` lines;
31 Bulgarian `Община X` under planning-region headings; Turkish `X Büyükşehir Belediye
Başkanı` lines with a coordinator named Aydın. Networks, people and texts are invented.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r50b-africa-members-country-headings",
        "en",
        "one_a_line;region_heading;not_signatory",
        "Our member cities",
        (2025, 2, 18),
        "The Lakes and Corridors Urban Resilience Network (LACURN) brings together city and "
        "municipal councils from East and Southern Africa that are working on flood risk, "
        "informal settlement upgrading and climate-resilient infrastructure. Members share "
        "data, train staff together through the Resilience Academy and co-design projects "
        "with national governments and development partners.\n\n"
        "Membership is open to any local authority in the region that endorses the LACURN "
        "Charter. Click on a member to see its resilience profile and focal point.\n\n"
        "Filter by country: All | Kenya | Uganda | Tanzania | Rwanda | Ethiopia | Zambia | "
        "Malawi | Mozambique\n\n"
        "Showing 30 members",
        "KENYA (6)\n"
        "Nairobi City County\n"
        "County Government of Mombasa\n"
        "Kisumu City Council\n"
        "Nakuru City\n"
        "Eldoret City\n"
        "Naivasha Municipality\n\n"
        "UGANDA (5)\n"
        "Kampala Capital City Authority (KCCA)\n"
        "Jinja City Council\n"
        "Gulu City Council\n"
        "Mbarara City Council\n"
        "Mbale City Council\n\n"
        "TANZANIA (5)\n"
        "Dar es Salaam City Council\n"
        "Arusha City Council\n"
        "Mwanza City Council\n"
        "Dodoma City Council\n"
        "Moshi Municipal Council\n\n"
        "RWANDA (1)\n"
        "City of Kigali\n\n"
        "ETHIOPIA (3)\n"
        "Hawassa City Administration\n"
        "Bahir Dar City Administration\n"
        "Dire Dawa City Administration\n\n"
        "ZAMBIA (4)\n"
        "Kitwe City Council\n"
        "Ndola City Council\n"
        "Livingstone City Council\n"
        "Kabwe Municipal Council\n\n"
        "MALAWI (3)\n"
        "Lilongwe City Council\n"
        "Blantyre City Council\n"
        "Mzuzu City Council\n\n"
        "MOZAMBIQUE (3)\n"
        "Maputo Municipal Council\n"
        "Beira Municipal Council\n"
        "Quelimane Municipal Council",
        "Observers\n"
        "Zomba City Council (Malawi) and Lira City (Uganda) take part in the network's "
        "working groups as observers while their membership applications are reviewed by "
        "the Steering Committee.\n\n"
        "Want to join? Download the Charter and the application form, or write to the "
        "Secretariat at membership@lacurn.africa. The Secretariat is hosted at Plot 14, "
        "Independence Avenue, Lusaka, Zambia.",
        "Nairobi/KE; Mombasa/KE; Kisumu/KE; Nakuru/KE; Eldoret/KE; Naivasha/KE; "
        "Kampala/UG; Jinja/UG; Gulu/UG; Mbarara/UG; Mbale/UG; "
        "Dar es Salaam/TZ; Arusha/TZ; Mwanza/TZ; Dodoma/TZ; Moshi/TZ; Kigali/RW; "
        "Hawassa|Awasa/ET; Bahir Dar/ET; Dire Dawa/ET; "
        "Kitwe/ZM; Ndola/ZM; Livingstone/ZM; Kabwe/ZM; "
        "Lilongwe/MW; Blantyre/MW; Mzuzu/MW; Maputo/MZ; Beira/MZ; Quelimane/MZ",
    ),
    Page(
        "pl-r50b-apel-prezydentow-dopelniacz",
        "pl",
        "one_a_line;inflected;person_before;person_named_like_place;not_signatory",
        "Apel prezydentów miast w sprawie finansowania transportu publicznego",
        (2024, 10, 9),
        "Szanowni Państwo Posłowie i Senatorowie,\n\n"
        "my, prezydenci miast zrzeszonych w Porozumieniu Miast Czystego Transportu, zwracamy "
        "się z apelem o pilne zmiany w zasadach finansowania publicznego transportu "
        "zbiorowego. Rosnące koszty energii i wynagrodzeń sprawiają, że samorządy coraz "
        "trudniej utrzymują dotychczasową siatkę połączeń, a jednocześnie oczekuje się od "
        "nich wymiany taboru na zeroemisyjny.\n\n"
        "Apelujemy o:\n"
        "1. stabilny, wieloletni mechanizm dopłat do przewozów autobusowych i tramwajowych,\n"
        "2. udział gmin we wpływach z systemu handlu uprawnieniami do emisji,\n"
        "3. uproszczenie procedur przy zakupie autobusów elektrycznych i wodorowych.\n\n"
        "Apel został przyjęty podczas posiedzenia Zarządu Porozumienia w trakcie Europejskiego "
        "Kongresu Samorządów w Katowicach.\n\n"
        "Podpisali:",
        "Krzysztof Nowacki – Prezydent Miasta Lublina\n"
        "Tomasz Kalisz – Prezydent Miasta Rzeszowa\n"
        "Agnieszka Borowiec – Prezydent Miasta Białegostoku\n"
        "Marek Ziółkowski – Prezydent Miasta Kielc\n"
        "Ewa Sadowska – Prezydent Olsztyna\n"
        "Paweł Grabarczyk – Prezydent Miasta Torunia\n"
        "Jolanta Mrozek – Prezydent Miasta Opola\n"
        "Rafał Wiśniewicz – Prezydent Miasta Gorzowa Wielkopolskiego\n"
        "Katarzyna Lisiecka – Prezydent Miasta Zielona Góra\n"
        "Dariusz Kępa – Prezydent Miasta Płocka\n"
        "Beata Szczepaniak – Prezydent Miasta Elbląga\n"
        "Grzegorz Wolański – Prezydent Miasta Tarnowa",
        "Apel przekazano Marszałkowi Sejmu, Marszałkowi Senatu oraz Ministrowi "
        "Infrastruktury. Kontakt dla mediów: biuro prasowe Porozumienia, "
        "media@miastatransport.pl.\n\n"
        "Pobierz apel (PDF, 240 KB)",
        "Lublin/PL; Rzeszów/PL; Białystok/PL; Kielce/PL; Olsztyn/PL; Toruń/PL; Opole/PL; "
        "Gorzów Wielkopolski/PL; Zielona Góra/PL; Płock/PL; Elbląg/PL; Tarnów/PL",
    ),
    Page(
        "fi-r50b-uudet-jasenet-kaupungit-ja",
        "fi",
        "running_text;inflected;not_signatory",
        "Viisi uutta kaupunkia mukaan Kiertotalouskaupungit-verkostoon",
        (2024, 9, 26),
        "Kiertotalouskaupungit-verkosto kasvoi syksyllä viidellä uudella jäsenellä. "
        "Verkoston syyskokous hyväksyi uudet jäsenet torstaina Jyväskylässä, jossa kaupunkien "
        "edustajat kokoontuivat kahden päivän seminaariin rakennusmateriaalien "
        "uudelleenkäytöstä.",
        "Verkostoon liittyivät Porin, Kokkolan, Savonlinnan ja Seinäjoen kaupungit sekä "
        "Hämeenlinnan kaupunki, joka on jo aiemmin ollut mukana verkoston "
        "hankintapilotissa. Uusien jäsenten myötä verkostossa on nyt 23 kaupunkia eri "
        "puolilta Suomea.",
        "– On hienoa, että mukaan tulee myös keskisuuria kaupunkeja, joissa "
        "purkumateriaalien kierrätyksellä on suuri merkitys paikalliselle elinkeinoelämälle, "
        "sanoo verkoston puheenjohtaja, Mikkelin kaupunginjohtaja Sanna Reinikainen.\n\n"
        "Uudet jäsenkaupungit sitoutuvat laatimaan kiertotalouden tiekartan kahden vuoden "
        "kuluessa ja raportoimaan edistymisestään vuosittain. Seuraava verkostotapaaminen "
        "järjestetään keväällä Rovaniemellä.\n\n"
        "Lisätietoja: verkostokoordinaattori Mikko Järvelä, puh. 040 123 4567",
        "Pori/FI; Kokkola/FI; Savonlinna/FI; Seinäjoki/FI; Hämeenlinna/FI",
    ),
    Page(
        "no-r50b-medlemskommuner-fylker",
        "no",
        "one_a_line;region_heading;not_signatory",
        "Medlemskommuner",
        (2025, 1, 14),
        "Nettverket for klimatilpasning i kommunene samler kommuner i hele landet som vil "
        "dele erfaringer om overvann, skred og havnivåstigning. Medlemskapet er gratis, og "
        "alle kommuner som har vedtatt en plan for klimatilpasning kan melde seg inn.\n\n"
        "Her er oversikten over medlemskommunene, sortert etter fylke. Sekretariatet ligger "
        "i Oslo og driftes av foreningen Klimakommunene.",
        "Agder\n"
        "Kristiansand kommune\n"
        "Arendal kommune\n"
        "Grimstad kommune\n"
        "Lillesand kommune\n\n"
        "Rogaland\n"
        "Stavanger kommune\n"
        "Sandnes kommune\n"
        "Haugesund kommune\n\n"
        "Vestland\n"
        "Bergen kommune\n"
        "Voss herad\n\n"
        "Nordland\n"
        "Bodø kommune\n"
        "Narvik kommune\n\n"
        "Troms\n"
        "Tromsø kommune\n"
        "Harstad kommune\n\n"
        "Finnmark\n"
        "Alta kommune\n"
        "Hammerfest kommune\n\n"
        "Trøndelag\n"
        "Trondheim kommune\n"
        "Steinkjer kommune\n"
        "Levanger kommune\n\n"
        "Møre og Romsdal\n"
        "Ålesund kommune\n"
        "Molde kommune\n"
        "Kristiansund kommune\n\n"
        "Innlandet\n"
        "Hamar kommune\n"
        "Lillehammer kommune\n"
        "Gjøvik kommune\n"
        "Elverum kommune\n"
        "Kongsvinger kommune\n\n"
        "Buskerud\n"
        "Drammen kommune\n"
        "Kongsberg kommune\n\n"
        "Vestfold\n"
        "Tønsberg kommune\n"
        "Sandefjord kommune\n"
        "Larvik kommune\n\n"
        "Telemark\n"
        "Skien kommune\n"
        "Porsgrunn kommune\n"
        "Notodden kommune\n\n"
        "Østfold\n"
        "Fredrikstad kommune\n"
        "Sarpsborg kommune\n"
        "Halden kommune\n"
        "Moss kommune",
        "Mangler din kommune? Send en e-post til post@klimatilpasning-kommune.no, så tar vi "
        "kontakt. Oversikten oppdateres etter hvert årsmøte.",
        "Kristiansand/NO; Arendal/NO; Grimstad/NO; Lillesand/NO; Stavanger/NO; Sandnes/NO; "
        "Haugesund/NO; Bergen/NO; Voss/NO; Bodø/NO; Narvik/NO; Tromsø/NO; Harstad/NO; "
        "Alta/NO; Hammerfest/NO; Trondheim/NO; Steinkjer/NO; Levanger/NO; Ålesund/NO; "
        "Molde/NO; Kristiansund/NO; Hamar/NO; Lillehammer/NO; Gjøvik/NO; Elverum/NO; "
        "Kongsvinger/NO; Drammen/NO; Kongsberg/NO; Tønsberg/NO; Sandefjord/NO; Larvik/NO; "
        "Skien/NO; Porsgrunn/NO; Notodden/NO; Fredrikstad/NO; Sarpsborg/NO; Halden/NO; Moss/NO",
    ),
    Page(
        "sv-r50b-upprop-signaturblock",
        "sv",
        "person_after;person_named_like_place;inflected;not_signatory",
        "Gemensamt upprop: Ge kommunerna verktyg för fossilfria arbetsmaskiner",
        (2024, 3, 12),
        "Bygg- och anläggningssektorn står för en betydande del av utsläppen i våra "
        "kommuner. Som stora beställare kan vi driva på omställningen, men då behövs "
        "tydligare regler och stöd från staten.\n\n"
        "Vi, företrädare för kommuner i nätverket Fossilfria beställare, uppmanar därför "
        "regeringen att:\n"
        "– införa ett investeringsstöd för eldrivna och biogasdrivna arbetsmaskiner,\n"
        "– ge kommunerna rätt att ställa krav på fossilfria maskiner i alla upphandlingar,\n"
        "– skynda på utbyggnaden av laddinfrastruktur på byggarbetsplatser.\n\n"
        "Uppsala den 12 mars 2024",
        "För Umeå kommun\n"
        "Sofia Lund\n"
        "kommunstyrelsens ordförande\n\n"
        "För Göteborgs Stad\n"
        "Anders Wikström\n"
        "kommunstyrelsens ordförande\n\n"
        "För Malmö stad\n"
        "Leila Haddad\n"
        "kommunalråd\n\n"
        "För Linköpings kommun\n"
        "Per-Olof Bergkvist\n"
        "kommunstyrelsens ordförande\n\n"
        "För Växjö kommun\n"
        "Maria Nyqvist\n"
        "kommunstyrelsens ordförande\n\n"
        "För Örebro kommun\n"
        "Johan Strand\n"
        "kommunalråd\n\n"
        "För Luleå kommun\n"
        "Elin Björk\n"
        "kommunstyrelsens ordförande",
        "Uppropet överlämnades till infrastrukturministern i samband med nätverkets "
        "vårkonferens. Fler kommuner är välkomna att ansluta sig – kontakta nätverkets "
        "samordnare på Energikontoret.\n\n"
        "Läs hela uppropet som pdf",
        "Umeå/SE; Gothenburg|Göteborg/SE; Malmö/SE; Linköping/SE; Växjö/SE; Örebro/SE; Luleå/SE",
    ),
    Page(
        "cs-r50b-abecedni-seznam-clenu",
        "cs",
        "one_a_line;region_after;not_signatory",
        "Členská města od A do Ž",
        (2025, 3, 3),
        "Sdružení měst pro čistou energii sdružuje obce a města, která se zavázala snížit "
        "emise skleníkových plynů a připravit akční plán pro udržitelnou energii. Seznam "
        "členů je řazen abecedně; u každého města uvádíme kraj.\n\n"
        "Sekretariát sdružení sídlí v Praze, Vinohradská 28.\n\n"
        "A B C Č D E F G H CH I J K L M N O P R Ř S Š T U V Z Ž",
        "B\n"
        "Statutární město Brno – Jihomoravský kraj\n"
        "Město Břeclav – Jihomoravský kraj\n\n"
        "Č\n"
        "Statutární město České Budějovice – Jihočeský kraj\n"
        "Město Český Krumlov – Jihočeský kraj\n\n"
        "D\n"
        "Statutární město Děčín – Ústecký kraj\n\n"
        "F\n"
        "Statutární město Frýdek-Místek – Moravskoslezský kraj\n\n"
        "H\n"
        "Statutární město Havlíčkův Brod – Kraj Vysočina\n"
        "Statutární město Hradec Králové – Královéhradecký kraj\n\n"
        "CH\n"
        "Město Cheb – Karlovarský kraj\n"
        "Statutární město Chomutov – Ústecký kraj\n\n"
        "J\n"
        "Statutární město Jablonec nad Nisou – Liberecký kraj\n"
        "Statutární město Jihlava – Kraj Vysočina\n"
        "Město Jindřichův Hradec – Jihočeský kraj\n\n"
        "K\n"
        "Statutární město Karlovy Vary – Karlovarský kraj\n"
        "Statutární město Karviná – Moravskoslezský kraj\n"
        "Statutární město Kladno – Středočeský kraj\n"
        "Město Kolín – Středočeský kraj\n\n"
        "L\n"
        "Statutární město Liberec – Liberecký kraj\n"
        "Město Litoměřice – Ústecký kraj\n\n"
        "M\n"
        "Statutární město Mladá Boleslav – Středočeský kraj\n"
        "Statutární město Most – Ústecký kraj\n\n"
        "O\n"
        "Statutární město Olomouc – Olomoucký kraj\n"
        "Statutární město Opava – Moravskoslezský kraj\n"
        "Statutární město Ostrava – Moravskoslezský kraj\n\n"
        "P\n"
        "Statutární město Pardubice – Pardubický kraj\n"
        "Město Písek – Jihočeský kraj\n"
        "Statutární město Plzeň – Plzeňský kraj\n"
        "Statutární město Prostějov – Olomoucký kraj\n"
        "Statutární město Přerov – Olomoucký kraj\n"
        "Město Příbram – Středočeský kraj\n\n"
        "T\n"
        "Statutární město Tábor – Jihočeský kraj\n"
        "Statutární město Teplice – Ústecký kraj\n"
        "Město Trutnov – Královéhradecký kraj\n"
        "Statutární město Třebíč – Kraj Vysočina\n\n"
        "U\n"
        "Město Uherské Hradiště – Zlínský kraj\n"
        "Statutární město Ústí nad Labem – Ústecký kraj\n\n"
        "V\n"
        "Město Vsetín – Zlínský kraj\n\n"
        "Z\n"
        "Statutární město Zlín – Zlínský kraj\n"
        "Statutární město Znojmo – Jihomoravský kraj\n\n"
        "Ž\n"
        "Město Žďár nad Sázavou – Kraj Vysočina",
        "Celkem 40 členů. Chcete se stát členem? Vyplňte přihlášku a zašlete ji na "
        "clenstvi@mestaproenergii.cz. O přijetí rozhoduje valná hromada sdružení.",
        "Brno/CZ; Břeclav/CZ; České Budějovice/CZ; Český Krumlov/CZ; Děčín/CZ; "
        "Frýdek-Místek/CZ; Havlíčkův Brod/CZ; Hradec Králové/CZ; Cheb/CZ; Chomutov/CZ; "
        "Jablonec nad Nisou/CZ; Jihlava/CZ; Jindřichův Hradec/CZ; Karlovy Vary/CZ; "
        "Karviná/CZ; Kladno/CZ; Kolín/CZ; Liberec/CZ; Litoměřice/CZ; Mladá Boleslav/CZ; "
        "Most/CZ; Olomouc/CZ; Opava/CZ; Ostrava/CZ; Pardubice/CZ; Písek/CZ; Plzeň|Pilsen/CZ; "
        "Prostějov/CZ; Přerov/CZ; Příbram/CZ; Tábor/CZ; Teplice/CZ; Trutnov/CZ; Třebíč/CZ; "
        "Uherské Hradiště/CZ; Ústí nad Labem/CZ; Vsetín/CZ; Zlín/CZ; Znojmo/CZ; "
        "Žďár nad Sázavou/CZ",
    ),
    Page(
        "sk-r50b-vyhlasenie-primatorov",
        "sk",
        "one_a_line;person_before;inflected;not_signatory",
        "Spoločné vyhlásenie primátorov k adaptácii miest na zmenu klímy",
        (2024, 6, 20),
        "Leto 2024 opäť ukázalo, že vlny horúčav a prívalové dažde nie sú výnimkou, ale novou "
        "realitou slovenských miest. My, primátorky a primátori miest zapojených do "
        "Platformy klimatických miest, sa zaväzujeme:\n\n"
        "• do roku 2026 prijať akčný plán adaptácie na zmenu klímy,\n"
        "• pri každej rekonštrukcii verejného priestranstva zvyšovať podiel zelene a "
        "zadržiavania dažďovej vody,\n"
        "• zdieľať dáta a skúsenosti s ostatnými mestami platformy.\n\n"
        "Zároveň žiadame vládu Slovenskej republiky o stabilné financovanie adaptačných "
        "opatrení z eurofondov aj zo štátneho rozpočtu.\n\n"
        "Vyhlásenie bolo podpísané na stretnutí platformy v Košiciach.\n\n"
        "Podpísaní:",
        "Mgr. Juraj Hruška, primátor mesta Trnava\n"
        "Ing. Zuzana Kollárová, primátorka Žiliny\n"
        "PaedDr. Martin Šimko, primátor mesta Nitra\n"
        "Ing. arch. Lucia Vráblová, primátorka mesta Banská Bystrica\n"
        "MUDr. Peter Ondruš, primátor Prešova\n"
        "Mgr. Tomáš Bielik, primátor mesta Trenčín\n"
        "Ing. Jana Repková, primátorka mesta Martin\n"
        "Ing. Michal Pavlík, primátor mesta Poprad\n"
        "Mgr. Eva Šuleková, primátorka mesta Zvolen",
        "Kontakt pre médiá: koordinátorka platformy Andrea Kováčiková, media@klimatickemesta.sk",
        "Trnava/SK; Žilina/SK; Nitra/SK; Banská Bystrica/SK; Prešov/SK; Trenčín/SK; "
        "Martin/SK; Poprad/SK; Zvolen/SK",
    ),
    Page(
        "hu-r50b-nyilatkozat-es-ragozott",
        "hu",
        "running_text;inflected;not_signatory",
        "Városok közös nyilatkozata a hőségriadó-tervekről",
        (2024, 7, 4),
        "Az elmúlt évek hőhullámai megmutatták, hogy a városoknak előre kidolgozott tervekre "
        "van szükségük az idősek, a kisgyermekes családok és a szabadtéren dolgozók "
        "védelmében. A Klímabarát Városok Szövetsége ezért közös nyilatkozatot fogadott el, "
        "amelyben a tagvárosok vállalják, hogy 2025 nyaráig helyi hőségriadó-tervet "
        "készítenek, hűsölőpontokat jelölnek ki és fásítási programot indítanak.",
        "A nyilatkozatot Debrecen, Győr, Pécs és Szombathely polgármesterei írták alá a "
        "szövetség júniusi közgyűlésén Egerben. A kezdeményezés azóta Nyíregyházával, "
        "Sopronnal és Veszprémmel bővült, amelyek képviselő-testületei a múlt héten "
        "döntöttek a csatlakozásról.",
        "„A hőség nem áll meg a városhatárnál, ezért közösen kell fellépnünk” – mondta "
        "Kovácsné Szalai Ildikó, a szövetség elnöke. A nyilatkozathoz bármely magyar "
        "település csatlakozhat; a részletekről a titkárság ad tájékoztatást.\n\n"
        "A nyilatkozat teljes szövege letölthető (PDF, 180 kB).",
        "Debrecen/HU; Győr/HU; Pécs/HU; Szombathely/HU; Nyíregyháza/HU; Sopron/HU; Veszprém/HU",
    ),
    Page(
        "hr-r50b-tablica-gradova-zupanije",
        "hr",
        "table_tabs;columns_after;region_after;not_signatory",
        "Gradovi članovi mreže Zeleni grad",
        (2024, 11, 27),
        "Mreža Zeleni grad okuplja hrvatske gradove koji ulažu u zelenu infrastrukturu, "
        "energetsku obnovu zgrada i održivu mobilnost. Na godišnjoj skupštini u Splitu "
        "potvrđeno je članstvo sljedećih gradova:",
        "Grad\tŽupanija\tBroj stanovnika\tČlan od\n"
        "Varaždin\tVaraždinska\t43 782\t2019.\n"
        "Čakovec\tMeđimurska\t27 104\t2019.\n"
        "Koprivnica\tKoprivničko-križevačka\t28 666\t2020.\n"
        "Karlovac\tKarlovačka\t49 377\t2020.\n"
        "Sisak\tSisačko-moslavačka\t40 185\t2021.\n"
        "Pula\tIstarska\t52 220\t2021.\n"
        "Rijeka\tPrimorsko-goranska\t107 964\t2021.\n"
        "Zadar\tZadarska\t70 779\t2022.\n"
        "Šibenik\tŠibensko-kninska\t42 599\t2022.\n"
        "Osijek\tOsječko-baranjska\t96 313\t2023.\n"
        "Vukovar\tVukovarsko-srijemska\t23 536\t2023.\n"
        "Bjelovar\tBjelovarsko-bilogorska\t36 316\t2024.",
        "Grad Split, domaćin ovogodišnje skupštine, sudjeluje u radu mreže kao partner. "
        "Zahtjeve za članstvo gradovi mogu poslati tajništvu mreže do 31. siječnja.",
        "Varaždin/HR; Čakovec/HR; Koprivnica/HR; Karlovac/HR; Sisak/HR; Pula/HR; Rijeka/HR; "
        "Zadar/HR; Šibenik/HR; Osijek/HR; Vukovar/HR; Bjelovar/HR",
    ),
    Page(
        "sl-r50b-izjava-obcine-zupani",
        "sl",
        "person_after;inflected;not_signatory",
        "Skupna izjava občin za trajnostno mobilnost",
        (2024, 9, 18),
        "Ob evropskem tednu mobilnosti smo se župani in županje slovenskih občin zbrali v "
        "Mariboru in sprejeli skupno izjavo. Zavezujemo se, da bomo do leta 2030 podvojili "
        "dolžino varnih kolesarskih povezav, uvedli brezplačen mestni potniški promet za "
        "otroke in starejše ter pri vseh novih ureditvah ulic dali prednost pešcem.\n\n"
        "Od države pričakujemo, da za te ukrepe zagotovi stabilen vir financiranja.\n\n"
        "Izjavo so podpisali:",
        "Mestna občina Celje\n"
        "župan Aleš Kranjc\n\n"
        "Mestna občina Kranj\n"
        "županja Mateja Dolinar\n\n"
        "Mestna občina Koper\n"
        "župan Marko Pertot\n\n"
        "Mestna občina Ptuj\n"
        "župan Boštjan Lipovec\n\n"
        "Mestna občina Novo mesto\n"
        "župan Gregor Vidmar\n\n"
        "Občina Bled\n"
        "županja Tina Rozman\n\n"
        "Pozneje so se izjavi pridružili:\n"
        "Nina Kos, županja Mestne občine Velenje\n"
        "Uroš Horvat, župan Mestne občine Murska Sobota\n"
        "Petra Kobal, županja Občine Idrija",
        "Izjava ostaja odprta za podpis vsem slovenskim občinam. Koordinacijo izvaja "
        "Združenje za trajnostni promet, info@trajnostnipromet.si.",
        "Celje/SI; Kranj/SI; Koper/SI; Ptuj/SI; Novo Mesto/SI; Bled/SI; Velenje/SI; "
        "Murska Sobota/SI; Idrija/SI",
    ),
    Page(
        "lt-r50b-naujos-savivaldybes-kilmininkas",
        "lt",
        "running_text;inflected;not_signatory;few",
        "Prie Sveikų miestų tinklo prisijungė trys savivaldybės",
        (2024, 5, 22),
        "Lietuvos sveikų miestų tinklas pasipildė naujomis narėmis. Visuotiniame narių "
        "susirinkime, vykusiame Klaipėdoje, vienbalsiai pritarta naujų narių prašymams.",
        "Tinklo narėmis tapo Alytaus miesto savivaldybė, Marijampolės savivaldybė ir "
        "Druskininkų savivaldybė. Jos įsipareigojo per dvejus metus parengti miesto "
        "sveikatos profilį ir dalyvauti bendrose fizinio aktyvumo skatinimo programose.",
        "„Džiaugiamės, kad tinklas auga ir pietų Lietuvoje“, – sakė tinklo pirmininkė, "
        "Kauno miesto savivaldybės administracijos direktoriaus pavaduotoja Rūta "
        "Petrauskienė.\n\n"
        "Šiuo metu tinklą sudaro 14 savivaldybių. Kitas narių susitikimas numatytas rudenį "
        "Šiauliuose.",
        "Alytus/LT; Marijampolė/LT; Druskininkai/LT",
    ),
    Page(
        "lv-r50b-pazinojums-domes-priekssedetaji",
        "lv",
        "one_a_line;inflected;person_before;not_signatory",
        "Valstspilsētu kopīgs paziņojums par siltumapgādes modernizāciju",
        (2024, 10, 2),
        "Latvijas valstspilsētu pašvaldības aicina valdību paredzēt ilgtermiņa atbalstu "
        "centralizētās siltumapgādes sistēmu modernizācijai un pārejai uz atjaunīgajiem "
        "energoresursiem. Siltumapgāde ir viens no lielākajiem izdevumu posteņiem mūsu "
        "iedzīvotājiem, un tikai savlaicīgas investīcijas ļaus nākotnē saglabāt pieņemamus "
        "tarifus.\n\n"
        "Paziņojums pieņemts valstspilsētu vadītāju sanāksmē Rīgā. Sanāksmē pieredzē "
        "dalījās arī Tartu (Igaunija) pilsētas pārstāvji.\n\n"
        "Paziņojumu parakstīja:",
        "Andris Kalniņš, Liepājas valstspilsētas domes priekšsēdētājs\n"
        "Jeļena Ivanova, Daugavpils valstspilsētas domes priekšsēdētāja\n"
        "Mārtiņš Ozols, Jelgavas valstspilsētas domes priekšsēdētājs\n"
        "Ilze Bērziņa, Jūrmalas valstspilsētas domes priekšsēdētāja\n"
        "Edgars Liepiņš, Ventspils valstspilsētas domes priekšsēdētājs\n"
        "Sandra Vilciņa, Rēzeknes valstspilsētas domes priekšsēdētāja\n"
        "Kārlis Zariņš, Jēkabpils valstspilsētas domes priekšsēdētājs",
        "Paziņojums nosūtīts Ministru prezidentam un Klimata un enerģētikas ministrijai.",
        "Liepāja/LV; Daugavpils/LV; Jelgava/LV; Jūrmala/LV; Ventspils/LV; Rēzekne/LV; Jēkabpils/LV",
    ),
    Page(
        "bg-r50b-chlenove-po-rayoni",
        "bg",
        "one_a_line;region_heading;not_signatory",
        "Общини членове на мрежата",
        (2025, 1, 29),
        "Мрежата на енергийно ефективните общини обединява общини от цялата страна, които "
        "работят за обновяване на сградния фонд, енергийно ефективно улично осветление и "
        "развитие на градския транспорт. Членовете обменят опит, участват в общи проекти и "
        "получават методическа помощ от секретариата.\n\n"
        "Списък на членовете по райони за планиране:",
        "Северозападен район\n"
        "Община Видин\n"
        "Община Враца\n"
        "Община Монтана\n"
        "Община Плевен\n"
        "Община Ловеч\n\n"
        "Северен централен район\n"
        "Община Габрово\n"
        "Община Велико Търново\n"
        "Община Русе\n"
        "Община Разград\n"
        "Община Силистра\n"
        "Община Свищов\n\n"
        "Североизточен район\n"
        "Община Варна\n"
        "Община Добрич\n"
        "Община Шумен\n"
        "Община Търговище\n\n"
        "Югоизточен район\n"
        "Община Бургас\n"
        "Община Сливен\n"
        "Община Ямбол\n"
        "Община Стара Загора\n"
        "Община Казанлък\n\n"
        "Южен централен район\n"
        "Община Пловдив\n"
        "Община Хасково\n"
        "Община Кърджали\n"
        "Община Смолян\n"
        "Община Пазарджик\n"
        "Община Карлово\n\n"
        "Югозападен район\n"
        "Община Благоевград\n"
        "Община Кюстендил\n"
        "Община Перник\n"
        "Община Сандански\n"
        "Община Банско",
        "Секретариатът на мрежата се намира в София, ул. „Оборище“ 12. Общините, които "
        "желаят да станат членове, могат да изпратят решение на общинския съвет на "
        "office@eeobshtini.bg.",
        "Vidin/BG; Vratsa/BG; Montana/BG; Pleven/BG; Lovech/BG; Gabrovo/BG; "
        "Veliko Tŭrnovo|Veliko Tarnovo/BG; Ruse/BG; Razgrad/BG; Silistra/BG; Svishtov/BG; "
        "Varna/BG; Dobrich/BG; Shumen/BG; Targovishte/BG; Burgas/BG; Sliven/BG; Yambol/BG; "
        "Stara Zagora/BG; Kazanlak/BG; Plovdiv/BG; Haskovo/BG; Kardzhali/BG; Smolyan/BG; "
        "Pazardzhik/BG; Karlovo/BG; Blagoevgrad/BG; Kyustendil/BG; Pernik/BG; "
        "Sandanski/BG; Bansko/BG",
    ),
    Page(
        "tr-r50b-ortak-bildiri-belediye-baskanlari",
        "tr",
        "one_a_line;person_before;person_named_like_place;not_signatory",
        "Belediye başkanlarından ortak bildiri: Kıyılarımızı birlikte koruyalım",
        (2024, 6, 5),
        "Dünya Çevre Günü vesilesiyle Kıyı Kentleri Ağı üyesi belediyelerin başkanları, "
        "deniz kirliliği ve kıyı erozyonuna karşı ortak bir bildiri yayımladı. Bildiride, "
        "atık su arıtma tesislerinin kapasitesinin artırılması, tek kullanımlık plastiklerin "
        "azaltılması ve kıyı şeridinde yapılaşmanın sınırlandırılması çağrısı yapıldı.\n\n"
        "Bildiri, ağın Samsun'da düzenlenen yıllık toplantısında kabul edildi. Ağın "
        "koordinatörü Nurcan Aydın, bildirinin tüm üye belediyelerin imzasına açık "
        "olduğunu belirtti.\n\n"
        "Bildiriyi imzalayan belediye başkanları:",
        "Hakan Yıldırımoğlu – Eskişehir Büyükşehir Belediye Başkanı\n"
        "Zeynep Karaca – İzmir Büyükşehir Belediye Başkanı\n"
        "Emre Tunçel – Mersin Büyükşehir Belediye Başkanı\n"
        "Serkan Özbay – Antalya Büyükşehir Belediye Başkanı\n"
        "Gülay Demirtaş – Tekirdağ Büyükşehir Belediye Başkanı\n"
        "Murat Erengül – Muğla Büyükşehir Belediye Başkanı\n"
        "Aylin Koçak – Denizli Büyükşehir Belediye Başkanı\n"
        "Burak Sarıtaş – Balıkesir Büyükşehir Belediye Başkanı\n"
        "Deniz Altunbaş – Manisa Büyükşehir Belediye Başkanı\n"
        "Ece Kurtuluş – Çanakkale Belediye Başkanı\n"
        "Onur Akyüz – Nilüfer Belediye Başkanı\n"
        "Selda Başaran – Çankaya Belediye Başkanı\n"
        "Tolga Ertekin – Karşıyaka Belediye Başkanı",
        "Kıyı Kentleri Ağı, 2016 yılından bu yana deniz ve kıyı ekosistemlerinin korunması "
        "için çalışan belediyeleri bir araya getiriyor. Ayrıntılı bilgi için: "
        "iletisim@kiyikentleri.org.tr",
        "Eskişehir/TR; İzmir/TR; Mersin/TR; Antalya/TR; Tekirdağ/TR; Muğla/TR; Denizli/TR; "
        "Balıkesir/TR; Manisa/TR; Çanakkale/TR; Nilüfer/TR; Çankaya/TR; Karşıyaka/TR",
    ),
]

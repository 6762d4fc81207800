"""Batch r48b: 14 pages written during round 48 (branch w48b), held out from it.

Joint statements and member pages or news of 14 invented networks in 14 languages of Europe
(pl, sv, da, no, fi, cs, sk, hu, ro, hr, sl, el, tr, ca), 5 to 33 entries: Polish `Name –
Prezydent Miasta Krakowa` lines with a mayor named Kalisz; a Swedish A–Ö index of `Göteborgs
Stad`, `Falu kommun` with their län and a region; Danish running text with `og` and `kommuner`
beside a region; Norwegian news of new members one paragraph each, a mayor named Hamar; Finnish
signature blocks `Tampereen kaupunki` / name / title under the place of signing, a mayor named
Lahti; a Czech tab table with kraj, population and year columns; Slovak `primátor mesta Žiliny`
and a self-governing region; Hungarian news of new members in running text with `és` beside a
venue `Győrben`; Romanian `Municipiul`, `Orașul`, `Comuna` with their judeţ under
development-region headings and a county council; Croatian `Grad X – gradonačelnik` with a county
and neighbours `(Bosna i Hercegovina)`; Slovenian `Mestna občina X` under statistical regions;
Greek `Δήμαρχος Πατρέων` lines with Cypriot cities; a Turkish tab table of `X Belediyesi` with
il and region columns; a Catalan declaration in running text with `i`, a comarca council, a
provincial council, Andorra and Perpinyà. Written without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="pl-r48b-apel-prezydentow-dopelniacz-kalisz",
        language="pl",
        kinds="one_a_line;person_before;inflected;person_named_like_place;not_signatory",
        title="Apel prezydentów miast w sprawie stabilnego finansowania transportu publicznego",
        date=(2025, 3, 18),
        before=(
            "Prezydenci i burmistrzowie miast należących do Sieci Miast Czystego Transportu "
            "przyjęli wspólny apel do Rządu RP i Sejmu podczas spotkania, które odbyło się "
            "w Warszawie 17 marca 2025 r.\n\n"
            "Samorządy wskazują, że rosnące koszty energii i wynagrodzeń kierowców sprawiają, "
            "że utrzymanie obecnej oferty komunikacji miejskiej staje się coraz trudniejsze. "
            "Bez nowego, stabilnego źródła finansowania wiele miast będzie zmuszonych ograniczyć "
            "kursy autobusów i tramwajów, co oddali realizację celów porozumienia paryskiego.\n\n"
            "Apelujemy o:\n"
            "1. wprowadzenie stałego udziału samorządów w dochodach z opłat za emisję CO2,\n"
            "2. wieloletni program wymiany taboru na zeroemisyjny,\n"
            "3. uproszczenie zasad finansowania przewozów aglomeracyjnych.\n\n"
            "Pełna treść apelu (PDF, 214 KB)\n\n"
            "Apel podpisali:"
        ),
        listing=(
            "Katarzyna Wilk-Sobierajska – Prezydent Miasta Krakowa\n"
            "Tomasz Rejmer – Prezydent Wrocławia\n"
            "Ewa Kalisz – Prezydent Miasta Opola\n"
            "Piotr Drzazga – Prezydent Miasta Gdańska\n"
            "Marta Ostrowiecka-Lis – Prezydent Miasta Lublin\n"
            "Grzegorz Pietrasik – Prezydent Miasta Rzeszowa\n"
            "Anna Wołowiec – Prezydent Miasta Białegostoku\n"
            "Jakub Czerniak – Prezydent Miasta Torunia\n"
            "Joanna Śliwka – Prezydent Olsztyna\n"
            "Michał Borkowiec – Prezydent Miasta Kielce\n"
            "Dorota Hałas – Prezydent Miasta Bielska-Białej\n"
            "Krzysztof Ulman – Prezydent Miasta Gliwice\n"
            "Agnieszka Wend – Prezydent Miasta Sopotu\n"
            "Robert Kmieć – Prezydent Miasta Słupska\n"
            "Paweł Grodecki – Burmistrz Miasta i Gminy Wieliczka"
        ),
        after=(
            "Do apelu mogą przyłączać się kolejne samorządy. Deklaracje przystąpienia prosimy "
            "przesyłać na adres sekretariatu Sieci.\n\n"
            "Kontakt dla mediów: Zespół Komunikacji, tel. 22 555 01 40"
        ),
        expected=(
            "Kraków/PL; Wrocław/PL; Opole/PL; Gdańsk/PL; Lublin/PL; Rzeszów/PL; Białystok/PL; "
            "Toruń/PL; Olsztyn/PL; Kielce/PL; Bielsko-Biała/PL; Gliwice/PL; Sopot/PL; "
            "Słupsk/PL; Wieliczka/PL"
        ),
    ),
    Page(
        name="sv-r48b-medlemmar-a-o-kommun-stad-lan-region",
        language="sv",
        kinds="one_a_line;inflected;region_after;body_not_city",
        title="Våra medlemmar A–Ö",
        date=(2025, 2, 4),
        before=(
            "Kommunnätverket Ren Luft samlar kommuner och regioner som arbetar för bättre "
            "luftkvalitet i tätorterna. Medlemmarna delar mätdata, upphandlingskrav och "
            "erfarenheter av miljözoner och trafikåtgärder.\n\n"
            "Här hittar du alla medlemmar i bokstavsordning. Klicka på en medlem för att se "
            "kontaktperson och pågående projekt.\n\n"
            "Hoppa till: A B E F G H J K L M N R S T U V Y Ö"
        ),
        listing=(
            "A\n"
            "Alingsås kommun – Västra Götalands län\n\n"
            "B\n"
            "Borås Stad – Västra Götalands län\n\n"
            "E\n"
            "Eskilstuna kommun – Södermanlands län\n\n"
            "F\n"
            "Falu kommun – Dalarnas län\n\n"
            "G\n"
            "Gävle kommun – Gävleborgs län\n"
            "Göteborgs Stad – Västra Götalands län\n\n"
            "H\n"
            "Halmstads kommun – Hallands län\n"
            "Helsingborgs stad – Skåne län\n"
            "Härnösands kommun – Västernorrlands län\n\n"
            "J\n"
            "Jönköpings kommun – Jönköpings län\n\n"
            "K\n"
            "Kalmar kommun – Kalmar län\n"
            "Karlskrona kommun – Blekinge län\n"
            "Karlstads kommun – Värmlands län\n"
            "Kiruna kommun – Norrbottens län\n"
            "Kristianstads kommun – Skåne län\n\n"
            "L\n"
            "Linköpings kommun – Östergötlands län\n"
            "Luleå kommun – Norrbottens län\n"
            "Lunds kommun – Skåne län\n\n"
            "M\n"
            "Malmö stad – Skåne län\n\n"
            "N\n"
            "Nacka kommun – Stockholms län\n"
            "Norrköpings kommun – Östergötlands län\n\n"
            "R\n"
            "Region Skåne – region\n\n"
            "S\n"
            "Skellefteå kommun – Västerbottens län\n"
            "Stockholms stad – Stockholms län\n"
            "Sundsvalls kommun – Västernorrlands län\n"
            "Södertälje kommun – Stockholms län\n\n"
            "T\n"
            "Trollhättans stad – Västra Götalands län\n\n"
            "U\n"
            "Umeå kommun – Västerbottens län\n"
            "Uppsala kommun – Uppsala län\n\n"
            "V\n"
            "Västerås stad – Västmanlands län\n"
            "Växjö kommun – Kronobergs län\n\n"
            "Y\n"
            "Ystads kommun – Skåne län\n\n"
            "Ö\n"
            "Östersunds kommun – Jämtlands län"
        ),
        after=(
            "Totalt 33 medlemmar. Listan uppdaterades senast i februari 2025.\n\n"
            "Vill din kommun bli medlem? Medlemsavgiften beror på antalet invånare. "
            "Läs mer under Bli medlem eller kontakta kansliet."
        ),
        expected=(
            "Alingsås/SE; Borås/SE; Eskilstuna/SE; Falun/SE; Gävle/SE; Gothenburg|Göteborg/SE; "
            "Halmstad/SE; Helsingborg/SE; Härnösand/SE; Jönköping/SE; Kalmar/SE; Karlskrona/SE; "
            "Karlstad/SE; Kiruna/SE; Kristianstad/SE; Linköping/SE; Luleå/SE; Lund/SE; "
            "Malmö/SE; Nacka/SE; Norrköping/SE; Region Skåne|Skåne/SE/region; Skellefteå/SE; "
            "Stockholm/SE; Sundsvall/SE; Södertälje/SE; Trollhättan/SE; Umeå/SE; Uppsala/SE; "
            "Västerås/SE; Växjö/SE; Ystad/SE; Östersund/SE"
        ),
    ),
    Page(
        name="da-r48b-erklaering-borgmestrene-i-og-kommuner-region",
        language="da",
        kinds="running_text;not_signatory;body_not_city",
        title="Fælles erklæring: Vi vil fordoble den kollektive trafik inden 2035",
        date=(2025, 5, 22),
        before=(
            "På Netværket for Grøn Mobilitets årsmøde i Fredericia onsdag vedtog en række "
            "kommuner og en region en fælles erklæring om den kollektive trafik i Danmark.\n\n"
            "Erklæringen forpligter underskriverne til at arbejde for en fordobling af antallet "
            "af rejser med bus, letbane og tog inden 2035, til at prioritere fremkommelighed "
            "for busser i byerne og til at samarbejde om fælles udbud af elbusser."
        ),
        listing=(
            "Erklæringen er underskrevet af borgmestrene i Aarhus, Aalborg, Esbjerg, Horsens, "
            "Randers, Silkeborg, Herning og Frederiksberg kommuner samt af regionsrådsformanden "
            "i Region Midtjylland."
        ),
        after=(
            "»Vi kan ikke nå klimamålene, hvis bussen bliver ved med at holde i kø sammen med "
            "bilerne. Derfor går vi sammen,« siger netværkets formand, Lene Bach Thygesen.\n\n"
            "Erklæringen er åben for alle kommuner og regioner. Næste årsmøde holdes i "
            "Sønderborg i maj 2026.\n\n"
            "Hent erklæringen som PDF"
        ),
        expected=(
            "Aarhus|Århus/DK; Aalborg/DK; Esbjerg/DK; Horsens/DK; Randers/DK; Silkeborg/DK; "
            "Herning/DK; Frederiksberg/DK; Region Midtjylland|Central Denmark Region/DK/region"
        ),
    ),
    Page(
        name="no-r48b-nye-medlemmer-kommune-avsnitt-ordforer-hamar",
        language="no",
        kinds="paragraphs;not_signatory;person_named_like_place",
        title="Fem nye kommuner med i Kystbynettverket",
        date=(2025, 6, 12),
        before=(
            "Årsmøtet i Kystbynettverket, som ble holdt i Kristiansund 10.–11. juni, tok opp "
            "fem nye medlemmer. Nettverket teller nå 41 kommuner langs hele kysten.\n\n"
            "– Vi ser at stadig flere kommuner trenger å dele erfaringer om havnivåstigning, "
            "stormflo og overvann. Det er flott å ønske fem nye kommuner velkommen, sier "
            "styreleder Siri Vold Eggen, som også er varaordfører i Trondheim.\n\n"
            "Dette er de nye medlemmene:"
        ),
        listing=(
            "Bodø kommune har de siste årene lagt om hele sentrumsplanen etter at den nye "
            "flyplassen ble vedtatt. – Vi har mye å lære av andre kystbyer, sier ordfører "
            "Eirik Hamar.\n\n"
            "Tromsø kommune kommer inn med et prosjekt om skredsikring og overvann i bratte "
            "bydeler. Kommunen deltar allerede i flere nordiske nettverk.\n\n"
            "Ålesund kommune har et eget program for klimatilpasning av den gamle "
            "jugendbyen og vil bidra med erfaringer fra havnesonen.\n\n"
            "Arendal kommune ønsker å samarbeide om naturbaserte løsninger og har nylig "
            "restaurert to strandenger i skjærgården.\n\n"
            "Harstad kommune blir med for å dele arbeidet med ny sjøfront og flomvoller i "
            "sentrum, forteller ordfører Mona Kristoffersen Lind."
        ),
        after=(
            "Neste årsmøte holdes i Bergen i juni 2026. Kommuner som vil bli med, kan "
            "kontakte sekretariatet.\n\n"
            "Se alle medlemmene i nettverket"
        ),
        expected="Bodø/NO; Tromsø/NO; Ålesund/NO; Arendal/NO; Harstad/NO",
    ),
    Page(
        name="fi-r48b-allekirjoitus-kaupunki-genetiivi-pormestari-lahti",
        language="fi",
        kinds="one_a_line;person_after;inflected;not_signatory;person_named_like_place",
        title="Kaupunkien yhteinen julkilausuma kiertotalouden edistämiseksi",
        date=(2025, 4, 3),
        before=(
            "Suurten ja keskisuurten kaupunkien johtajat allekirjoittivat Kiertotalouskaupunkien "
            "verkoston kevätkokouksessa yhteisen julkilausuman. Kaupungit sitoutuvat "
            "puolittamaan yhdyskuntajätteen määrän asukasta kohden vuoteen 2035 mennessä.\n\n"
            "Julkilausuma\n\n"
            "Me allekirjoittaneet kaupungit\n"
            "– lisäämme kierrätettyjen ja uudelleenkäytettyjen materiaalien osuutta omissa "
            "rakennushankkeissamme,\n"
            "– asetamme kiertotalouskriteerit kaikkiin yli 100 000 euron hankintoihin,\n"
            "– raportoimme edistymisestä vuosittain verkoston yhteisellä mittaristolla.\n\n"
            "Helsingissä 3. huhtikuuta 2025"
        ),
        listing=(
            "Tampereen kaupunki\n"
            "Ilkka Rantasalo\n"
            "pormestari\n\n"
            "Turun kaupunki\n"
            "Sanna Vuorimaa\n"
            "pormestari\n\n"
            "Oulun kaupunki\n"
            "Mikko Lahti\n"
            "kaupunginjohtaja\n\n"
            "Espoon kaupunki\n"
            "Heidi Kaarlehto\n"
            "kaupunginjohtaja\n\n"
            "Vantaan kaupunki\n"
            "Juha Penttilä\n"
            "kaupunginjohtaja\n\n"
            "Kuopion kaupunki\n"
            "Riikka Hyvärinen\n"
            "kaupunginjohtaja\n\n"
            "Porin kaupunki\n"
            "Antti Sorvali\n"
            "kaupunginjohtaja\n\n"
            "Vaasan kaupunki\n"
            "Kristina Åhman\n"
            "kaupunginjohtaja\n\n"
            "Joensuun kaupunki\n"
            "Timo Kärkkäinen\n"
            "kaupunginjohtaja\n\n"
            "Seinäjoen kaupunki\n"
            "Päivi Kangasniemi\n"
            "kaupunginjohtaja\n\n"
            "Lappeenrannan kaupunki\n"
            "Jarmo Hietaranta\n"
            "kaupunginjohtaja\n\n"
            "Hämeenlinnan kaupunki\n"
            "Outi Marjamäki\n"
            "kaupunginjohtaja\n\n"
            "Rovaniemen kaupunki\n"
            "Lauri Peltovaara\n"
            "kaupunginjohtaja"
        ),
        after=(
            "Julkilausuma on avoin kaikille verkoston jäsenkaupungeille. Seuraava kokous "
            "pidetään syksyllä.\n\n"
            "Lisätietoja: verkoston koordinaattori, puh. 040 555 0123"
        ),
        expected=(
            "Tampere/FI; Turku/FI; Oulu/FI; Espoo/FI; Vantaa/FI; Kuopio/FI; Pori/FI; "
            "Vaasa/FI; Joensuu/FI; Seinäjoki/FI; Lappeenranta/FI; Hämeenlinna/FI; Rovaniemi/FI"
        ),
    ),
    Page(
        name="cs-r48b-tabulka-clenska-mesta-kraj-obyvatel-rok",
        language="cs",
        kinds="table_tabs;columns_after;region_after",
        title="Členská města sítě",
        date=(2025, 1, 20),
        before=(
            "Síť měst pro udržitelnou mobilitu sdružuje statutární a další města, která "
            "společně plánují cyklistickou infrastrukturu, sdílejí data o dopravě a připravují "
            "společné projekty do evropských programů.\n\n"
            "V tabulce najdete všechna členská města seřazená podle počtu obyvatel. "
            "Údaje o počtu obyvatel jsou převzaty z údajů ČSÚ k 1. 1. 2024."
        ),
        listing=(
            "Město\tKraj\tPočet obyvatel\tČlenem od\n"
            "Praha\tHlavní město Praha\t1 384 732\t2015\n"
            "Brno\tJihomoravský\t402 739\t2015\n"
            "Ostrava\tMoravskoslezský\t283 187\t2015\n"
            "Plzeň\tPlzeňský\t185 599\t2016\n"
            "Liberec\tLiberecký\t108 090\t2016\n"
            "České Budějovice\tJihočeský\t97 377\t2017\n"
            "Hradec Králové\tKrálovéhradecký\t93 906\t2015\n"
            "Pardubice\tPardubický\t92 319\t2016\n"
            "Ústí nad Labem\tÚstecký\t91 982\t2018\n"
            "Zlín\tZlínský\t74 255\t2017\n"
            "Havířov\tMoravskoslezský\t69 791\t2019\n"
            "Kladno\tStředočeský\t69 337\t2018\n"
            "Most\tÚstecký\t63 828\t2020\n"
            "Opava\tMoravskoslezský\t55 766\t2017\n"
            "Jihlava\tVysočina\t54 276\t2016\n"
            "Frýdek-Místek\tMoravskoslezský\t54 000\t2021\n"
            "Karviná\tMoravskoslezský\t50 902\t2022\n"
            "Teplice\tÚstecký\t49 713\t2019\n"
            "Karlovy Vary\tKarlovarský\t47 993\t2018\n"
            "Děčín\tÚstecký\t47 101\t2021\n"
            "Chomutov\tÚstecký\t46 542\t2022\n"
            "Jablonec nad Nisou\tLiberecký\t45 947\t2019\n"
            "Mladá Boleslav\tStředočeský\t45 402\t2017\n"
            "Prostějov\tOlomoucký\t43 381\t2020\n"
            "Přerov\tOlomoucký\t41 432\t2023\n"
            "Třebíč\tVysočina\t34 672\t2021\n"
            "Tábor\tJihočeský\t34 219\t2018\n"
            "Znojmo\tJihomoravský\t33 755\t2023\n"
            "Kolín\tStředočeský\t32 911\t2022\n"
            "Písek\tJihočeský\t30 349\t2024"
        ),
        after=(
            "Celkem 30 měst. Zájemci o členství najdou přihlášku a stanovy sítě v sekci "
            "Dokumenty.\n\n"
            "Mapa členských měst | Stáhnout tabulku (XLSX)"
        ),
        expected=(
            "Prague|Praha/CZ; Brno/CZ; Ostrava/CZ; Pilsen|Plzeň/CZ; Liberec/CZ; "
            "České Budějovice/CZ; Hradec Králové/CZ; Pardubice/CZ; Ústí nad Labem/CZ; Zlín/CZ; "
            "Havířov/CZ; Kladno/CZ; Most/CZ; Opava/CZ; Jihlava/CZ; Frýdek-Místek/CZ; "
            "Karviná/CZ; Teplice/CZ; Karlovy Vary/CZ; Děčín/CZ; Chomutov/CZ; "
            "Jablonec nad Nisou/CZ; Mladá Boleslav/CZ; Prostějov/CZ; Přerov/CZ; Třebíč/CZ; "
            "Tábor/CZ; Znojmo/CZ; Kolín/CZ; Písek/CZ"
        ),
    ),
    Page(
        name="sk-r48b-vyhlasenie-primator-mesta-genitiv-samospravny-kraj",
        language="sk",
        kinds="one_a_line;person_before;inflected;body_not_city;not_signatory",
        title="Spoločné vyhlásenie primátorov k obnove mestskej zelene",
        date=(2025, 9, 25),
        before=(
            "Primátori a primátorky slovenských miest spolu s predsedom jedného samosprávneho "
            "kraja podpísali v Košiciach počas konferencie Zelené mestá 2025 spoločné "
            "vyhlásenie k obnove mestskej zelene a k adaptácii na zmenu klímy.\n\n"
            "Signatári sa zaväzujú do roku 2030 vysadiť v mestách spolu najmenej 100 000 "
            "stromov, zavádzať zadržiavanie dažďovej vody na verejných priestranstvách a "
            "každoročne zverejňovať stav mestskej zelene.\n\n"
            "Vyhlásenie podpísali:"
        ),
        listing=(
            "JUDr. Michal Vranka, primátor hlavného mesta SR Bratislavy\n"
            "Ing. Zuzana Hološková, primátorka mesta Prešov\n"
            "Mgr. Peter Ďurčanský, primátor Žiliny\n"
            "Ing. Marián Koválik, primátor mesta Nitry\n"
            "PhDr. Lucia Bernátová, primátorka mesta Banská Bystrica\n"
            "Mgr. Tomáš Hrdlička, primátor mesta Trnava\n"
            "Ing. Ján Mikulec, primátor Trenčína\n"
            "Mgr. Andrea Sliacka, primátorka mesta Martin\n"
            "Ing. Rastislav Kubovčík, primátor mesta Poprad\n"
            "RNDr. Katarína Šebová, primátorka mesta Zvolen\n"
            "Mgr. Igor Pavlovský, primátor mesta Piešťany\n"
            "Ing. Ondrej Pribula, predseda Trenčianskeho samosprávneho kraja"
        ),
        after=(
            "K vyhláseniu sa môžu pripojiť ďalšie mestá a obce. Text vyhlásenia je na "
            "stiahnutie vo formáte PDF.\n\n"
            "Organizátorom konferencie bola Sieť zelených miest Slovenska v spolupráci s "
            "mestom Košice."
        ),
        expected=(
            "Bratislava/SK; Prešov/SK; Žilina/SK; Nitra/SK; Banská Bystrica/SK; Trnava/SK; "
            "Trenčín/SK; Martin/SK; Poprad/SK; Zvolen/SK; Piešťany/SK; "
            "Trenčiansky samosprávny kraj|Trenčín Region/SK/region"
        ),
    ),
    Page(
        name="hu-r48b-uj-tagvarosok-es-gyorben-kecskemet",
        language="hu",
        kinds="running_text;not_signatory",
        title="Hét új taggal bővült az Egészséges Városok Szövetsége",
        date=(2025, 10, 9),
        before=(
            "A szövetség őszi közgyűlését ezúttal Győrben tartották, ahol a résztvevők "
            "elfogadták a 2026-os munkatervet és döntöttek az új tagok felvételéről."
        ),
        listing=(
            "A közgyűlés egyhangúlag támogatta Pécs, Szeged, Miskolc, Nyíregyháza, Szombathely, "
            "Eger és Sopron csatlakozását, így a szövetségnek immár 38 tagtelepülése van."
        ),
        after=(
            "– Különösen örülök, hogy két megyeszékhely és több nagy egyetemi város is "
            "csatlakozott hozzánk. Az egészségfejlesztés csak akkor lehet sikeres, ha a városok "
            "egymástól tanulnak – mondta Baranyi Zsófia, a szövetség elnöke, Zalaegerszeg "
            "alpolgármestere.\n\n"
            "Az új tagok a következő hónapokban kijelölik helyi koordinátorukat, és "
            "csatlakoznak a szövetség munkacsoportjaihoz. A következő közgyűlésnek 2026 "
            "tavaszán Kecskemét ad otthont.\n\n"
            "Fotók a közgyűlésről"
        ),
        expected=(
            "Pécs/HU; Szeged/HU; Miskolc/HU; Nyíregyháza/HU; Szombathely/HU; Eger/HU; Sopron/HU"
        ),
    ),
    Page(
        name="ro-r48b-membri-regiuni-dezvoltare-municipiul-jud-consiliul",
        language="ro",
        kinds="region_heading;one_a_line;region_after;body_not_city",
        title="Membrii asociației",
        date=(2025, 3, 11),
        before=(
            "Asociația Orașelor pentru Energie Curată reunește municipii, orașe și comune "
            "care își propun să reducă emisiile de gaze cu efect de seră și să crească "
            "eficiența energetică a clădirilor publice.\n\n"
            "Mai jos găsiți lista membrilor, grupați pe regiuni de dezvoltare. Lista este "
            "actualizată după fiecare adunare generală."
        ),
        listing=(
            "REGIUNEA NORD-VEST (9)\n"
            "Municipiul Cluj-Napoca (jud. Cluj)\n"
            "Municipiul Turda (jud. Cluj)\n"
            "Municipiul Dej (jud. Cluj)\n"
            "Orașul Huedin (jud. Cluj)\n"
            "Comuna Florești (jud. Cluj)\n"
            "Comuna Apahida (jud. Cluj)\n"
            "Municipiul Oradea (jud. Bihor)\n"
            "Municipiul Beiuș (jud. Bihor)\n"
            "Municipiul Salonta (jud. Bihor)\n\n"
            "REGIUNEA CENTRU (10)\n"
            "Municipiul Brașov (jud. Brașov)\n"
            "Municipiul Făgăraș (jud. Brașov)\n"
            "Municipiul Săcele (jud. Brașov)\n"
            "Orașul Râșnov (jud. Brașov)\n"
            "Orașul Ghimbav (jud. Brașov)\n"
            "Municipiul Sibiu (jud. Sibiu)\n"
            "Municipiul Mediaș (jud. Sibiu)\n"
            "Orașul Cisnădie (jud. Sibiu)\n"
            "Orașul Avrig (jud. Sibiu)\n"
            "Consiliul Județean Sibiu\n\n"
            "REGIUNEA VEST (5)\n"
            "Municipiul Timișoara (jud. Timiș)\n"
            "Municipiul Lugoj (jud. Timiș)\n"
            "Orașul Buziaș (jud. Timiș)\n"
            "Comuna Dumbrăvița (jud. Timiș)\n"
            "Comuna Giroc (jud. Timiș)\n\n"
            "REGIUNEA NORD-EST (5)\n"
            "Municipiul Iași (jud. Iași)\n"
            "Municipiul Suceava (jud. Suceava)\n"
            "Municipiul Rădăuți (jud. Suceava)\n"
            "Municipiul Câmpulung Moldovenesc (jud. Suceava)\n"
            "Municipiul Vatra Dornei (jud. Suceava)"
        ),
        after=(
            "Total: 29 de membri din 4 regiuni de dezvoltare.\n\n"
            "Autoritățile locale interesate pot solicita aderarea completând formularul "
            "de pe pagina Devino membru. Cotizația anuală se stabilește în funcție de "
            "numărul de locuitori."
        ),
        expected=(
            "Cluj-Napoca/RO; Turda/RO; Dej/RO; Huedin/RO; Florești/RO; Apahida/RO; Oradea/RO; "
            "Beiuș/RO; Salonta/RO; Brașov/RO; Făgăraș/RO; Săcele/RO; Râșnov/RO; Ghimbav/RO; "
            "Sibiu/RO; Mediaș/RO; Cisnădie/RO; Avrig/RO; "
            "Consiliul Județean Sibiu|Sibiu County/RO/county; Timișoara/RO; Lugoj/RO; "
            "Buziaș/RO; Dumbrăvița/RO; Giroc/RO; Iași/RO; Suceava/RO; Rădăuți/RO; "
            "Câmpulung Moldovenesc/RO; Vatra Dornei/RO"
        ),
    ),
    Page(
        name="hr-r48b-izjava-grad-gradonacelnik-zupanija-susjedi",
        language="hr",
        kinds=(
            "one_a_line;person_after;country_in_language;body_not_city;"
            "majority_other_country;not_signatory"
        ),
        title="Izjava jadranskih gradova o održivom turizmu",
        date=(2025, 11, 6),
        before=(
            "Na godišnjem skupu Mreže jadranskih gradova, održanom u Dubrovniku 5. studenoga "
            "2025., gradonačelnici i predstavnici gradova s obje strane granice potpisali "
            "su zajedničku izjavu o održivom turizmu.\n\n"
            "Potpisnici se obvezuju ograničiti broj kruzera u gradskim lukama u vršnim "
            "mjesecima, uvesti praćenje opterećenja povijesnih jezgri te dio prihoda od "
            "boravišne pristojbe uložiti u stanovanje za lokalno stanovništvo.\n\n"
            "Potpisnici izjave:"
        ),
        listing=(
            "Grad Rijeka – gradonačelnica Petra Vukelić\n"
            "Grad Split – gradonačelnik Ante Baričević\n"
            "Grad Zadar – gradonačelnik Josip Mikulić\n"
            "Grad Šibenik – gradonačelnik Nikola Jurčev\n"
            "Grad Pula – gradonačelnica Martina Zuliani\n"
            "Grad Rovinj – gradonačelnik Marko Sošić\n"
            "Grad Poreč – gradonačelnik Dario Bencetić\n"
            "Grad Opatija – gradonačelnica Iva Mohorović\n"
            "Grad Makarska – gradonačelnik Tonći Šimunović\n"
            "Grad Trogir – gradonačelnica Mirela Buljan\n"
            "Istarska županija – župan Luka Radolović\n"
            "Grad Mostar (Bosna i Hercegovina) – gradonačelnik Emir Hadžiabdić\n"
            "Općina Kotor (Crna Gora) – predsjednica općine Jelena Radonjić\n"
            "Mestna občina Koper (Slovenija) – župan Matej Kocjančič"
        ),
        after=(
            "Izjava ostaje otvorena za potpisivanje svim gradovima članicama mreže. "
            "Sljedeći skup održat će se u proljeće 2026.\n\n"
            "Preuzmite izjavu (PDF)"
        ),
        expected=(
            "Rijeka/HR; Split/HR; Zadar/HR; Šibenik/HR; Pula/HR; Rovinj/HR; Poreč/HR; "
            "Opatija/HR; Makarska/HR; Trogir/HR; "
            "Istarska županija|Istria County/HR/county; Mostar/BA; Kotor/ME; Koper/SI"
        ),
    ),
    Page(
        name="sl-r48b-clani-statisticne-regije-mestna-obcina",
        language="sl",
        kinds="region_heading;one_a_line",
        title="Člani združenja",
        date=(2025, 4, 28),
        before=(
            "Združenje občin za trajnostno mobilnost povezuje mestne občine in občine, ki "
            "razvijajo javni potniški promet, kolesarske povezave in peš cone. Člani si "
            "izmenjujejo dobre prakse in skupaj kandidirajo na evropskih razpisih.\n\n"
            "Seznam članov po statističnih regijah:"
        ),
        listing=(
            "Osrednjeslovenska regija\n"
            "Mestna občina Ljubljana\n"
            "Občina Grosuplje\n"
            "Občina Vrhnika\n"
            "Občina Domžale\n\n"
            "Gorenjska regija\n"
            "Mestna občina Kranj\n"
            "Občina Bled\n"
            "Občina Jesenice\n"
            "Občina Radovljica\n"
            "Občina Škofja Loka\n\n"
            "Savinjska regija\n"
            "Mestna občina Celje\n"
            "Mestna občina Velenje\n"
            "Občina Žalec\n\n"
            "Podravska regija\n"
            "Mestna občina Maribor\n"
            "Mestna občina Ptuj\n\n"
            "Obalno-kraška regija\n"
            "Mestna občina Koper\n"
            "Občina Izola\n"
            "Občina Piran\n"
            "Občina Sežana\n\n"
            "Goriška regija\n"
            "Mestna občina Nova Gorica\n"
            "Občina Ajdovščina\n\n"
            "Pomurska regija\n"
            "Mestna občina Murska Sobota"
        ),
        after=(
            "Pridruženi člani: Regionalna razvojna agencija, Fakulteta za gradbeništvo, "
            "Društvo za trajnostni promet.\n\n"
            "Vaša občina še ni članica? Pišite nam na sekretariat združenja."
        ),
        expected=(
            "Ljubljana/SI; Grosuplje/SI; Vrhnika/SI; Domžale/SI; Kranj/SI; Bled/SI; "
            "Jesenice/SI; Radovljica/SI; Škofja Loka/SI; Celje/SI; Velenje/SI; Žalec/SI; "
            "Maribor/SI; Ptuj/SI; Koper/SI; Izola/SI; Piran/SI; Sežana/SI; Nova Gorica/SI; "
            "Ajdovščina/SI; Murska Sobota/SI"
        ),
    ),
    Page(
        name="el-r48b-koino-psifisma-dimarchos-geniki-kypros",
        language="el",
        kinds="one_a_line;inflected;person_before;country_in_language;not_signatory",
        title="Κοινό ψήφισμα δημάρχων για την λειψυδρία",
        date=(2025, 7, 15),
        before=(
            "Δήμαρχοι από την Ελλάδα και την Κύπρο υπέγραψαν στην Αθήνα κοινό ψήφισμα για την "
            "αντιμετώπιση της λειψυδρίας, στο πλαίσιο της συνάντησης του Δικτύου Πόλεων για "
            "το Νερό.\n\n"
            "Οι υπογράφοντες δεσμεύονται να μειώσουν τις απώλειες στα δίκτυα ύδρευσης κάτω "
            "από 20% έως το 2030, να επεκτείνουν την επαναχρησιμοποίηση επεξεργασμένων "
            "λυμάτων και να ενημερώνουν τους πολίτες για την κατανάλωση νερού.\n\n"
            "Το ψήφισμα υπογράφουν:"
        ),
        listing=(
            "Κωνσταντίνος Μαυρογιάννης, Δήμαρχος Πατρέων\n"
            "Ελένη Σφακιανάκη, Δήμαρχος Ηρακλείου\n"
            "Δημήτρης Καρατζάς, Δήμαρχος Βόλου\n"
            "Βασιλική Ζήση, Δήμαρχος Ιωαννιτών\n"
            "Μιχάλης Βαρδάκης, Δήμαρχος Χανίων\n"
            "Παναγιώτης Λυμπερόπουλος, Δήμαρχος Καλαμάτας\n"
            "Αθανάσιος Γκούμας, Δήμαρχος Τρικκαίων\n"
            "Σοφία Τσολάκη, Δήμαρχος Σερρών\n"
            "Ιωάννης Χατζηιωάννου, Δήμαρχος Κομοτηνής\n"
            "Ευάγγελος Μπίκας, Δήμαρχος Κοζάνης\n"
            "Αναστασία Ρίζου, Δήμαρχος Ξάνθης\n"
            "Ανδρέας Χριστοδούλου, Δήμαρχος Λευκωσίας (Κύπρος)\n"
            "Μαρία Κυριακίδου, Δήμαρχος Λεμεσού (Κύπρος)"
        ),
        after=(
            "Το ψήφισμα θα κατατεθεί στα αρμόδια υπουργεία των δύο χωρών. Η επόμενη "
            "συνάντηση του Δικτύου θα πραγματοποιηθεί στη Θεσσαλονίκη τον Νοέμβριο.\n\n"
            "Κατεβάστε το πλήρες κείμενο (PDF)"
        ),
        expected=(
            "Patras/GR; Heraklion/GR; Volos/GR; Ioannina/GR; Chania/GR; Kalamata/GR; "
            "Trikala/GR; Serres/GR; Komotini/GR; Kozani/GR; Xanthi/GR; Nicosia/CY; Limassol/CY"
        ),
    ),
    Page(
        name="tr-r48b-yeni-uye-belediyeler-tablo-il-bolge-yil",
        language="tr",
        kinds="table_tabs;columns_after;region_after",
        title="Birliğimize 2025 yılında katılan belediyeler",
        date=(2025, 12, 2),
        before=(
            "Sıfır Atık Belediyeler Birliği, 2025 yılında 18 yeni üye belediyeyi aramızda "
            "görmekten mutluluk duyuyor. Yeni üyeler, Kasım ayında yapılan Meclis "
            "toplantısında oy birliğiyle kabul edildi.\n\n"
            "Yeni üyelerimiz, ambalaj atığı toplama, kompost ve yeniden kullanım merkezleri "
            "konularındaki çalışma gruplarına katılacak."
        ),
        listing=(
            "Belediye\tİl\tBölge\tKabul tarihi\n"
            "Eskişehir Büyükşehir Belediyesi\tEskişehir\tİç Anadolu\t12.11.2025\n"
            "Tepebaşı Belediyesi\tEskişehir\tİç Anadolu\t12.11.2025\n"
            "Odunpazarı Belediyesi\tEskişehir\tİç Anadolu\t12.11.2025\n"
            "Nilüfer Belediyesi\tBursa\tMarmara\t12.11.2025\n"
            "Kadıköy Belediyesi\tİstanbul\tMarmara\t12.11.2025\n"
            "Maltepe Belediyesi\tİstanbul\tMarmara\t12.11.2025\n"
            "Ayvalık Belediyesi\tBalıkesir\tMarmara\t12.11.2025\n"
            "Çankaya Belediyesi\tAnkara\tİç Anadolu\t12.11.2025\n"
            "Karşıyaka Belediyesi\tİzmir\tEge\t12.11.2025\n"
            "Bornova Belediyesi\tİzmir\tEge\t12.11.2025\n"
            "Çeşme Belediyesi\tİzmir\tEge\t12.11.2025\n"
            "Bodrum Belediyesi\tMuğla\tEge\t12.11.2025\n"
            "Fethiye Belediyesi\tMuğla\tEge\t12.11.2025\n"
            "Kuşadası Belediyesi\tAydın\tEge\t12.11.2025\n"
            "Muratpaşa Belediyesi\tAntalya\tAkdeniz\t12.11.2025\n"
            "Mersin Büyükşehir Belediyesi\tMersin\tAkdeniz\t12.11.2025\n"
            "Tarsus Belediyesi\tMersin\tAkdeniz\t12.11.2025\n"
            "Safranbolu Belediyesi\tKarabük\tKaradeniz\t12.11.2025"
        ),
        after=(
            "Birlik Başkanı Selin Aydemir, yeni üyeleri tebrik ederek “Her yeni üye, "
            "sıfır atık hedefimize bir adım daha yaklaştırıyor” dedi.\n\n"
            "Üyelik başvurusu için Birlik sekretaryasıyla iletişime geçebilirsiniz."
        ),
        expected=(
            "Eskişehir/TR; Tepebaşı/TR; Odunpazarı/TR; Nilüfer/TR; Kadıköy/TR; Maltepe/TR; "
            "Ayvalık/TR; Çankaya/TR; Karşıyaka/TR; Bornova/TR; Çeşme/TR; Bodrum/TR; "
            "Fethiye/TR; Kuşadası/TR; Muratpaşa/TR; Mersin/TR; Tarsus/TR; Safranbolu/TR"
        ),
    ),
    Page(
        name="ca-r48b-declaracio-ajuntaments-i-consell-comarcal-perpinya",
        language="ca",
        kinds=(
            "running_text;body_not_city;majority_other_country;not_signatory;country_in_language"
        ),
        title="Declaració de les ciutats per l'habitatge assequible",
        date=(2025, 10, 21),
        before=(
            "Una vintena d'alcaldes, alcaldesses i representants de consells comarcals i "
            "diputacions s'han reunit aquest dilluns a Barcelona en la jornada anual de la "
            "Xarxa de Municipis per l'Habitatge, on han aprovat una declaració conjunta.\n\n"
            "La declaració reclama més recursos per a la construcció d'habitatge públic de "
            "lloguer, la capacitat de regular els preus en zones tensionades i un fons comú "
            "per a la rehabilitació energètica dels edificis."
        ),
        listing=(
            "El text ha estat subscrit pels ajuntaments de Girona, Lleida, Tarragona, Reus, "
            "Manresa, Vic, Terrassa, Sabadell, Figueres i Olot, per l'Ajuntament d'Andorra la "
            "Vella (Andorra) i l'Ajuntament de Perpinyà (França), així com pel Consell "
            "Comarcal del Maresme i la Diputació de Girona."
        ),
        after=(
            "«Sense habitatge assequible no hi ha ciutat», ha dit la presidenta de la xarxa, "
            "Montserrat Prat i Guasch, en la cloenda de la jornada.\n\n"
            "La declaració resta oberta a l'adhesió d'altres ens locals. La propera jornada "
            "se celebrarà a Palma la primavera del 2026.\n\n"
            "Descarrega la declaració (PDF)"
        ),
        expected=(
            "Girona/ES; Lleida/ES; Tarragona/ES; Reus/ES; Manresa/ES; Vic/ES; Terrassa/ES; "
            "Sabadell/ES; Figueres/ES; Olot/ES; Andorra la Vella/AD; Perpignan|Perpinyà/FR; "
            "Consell Comarcal del Maresme|Maresme/ES/county; "
            "Diputació de Girona|Girona Province/ES/province"
        ),
    ),
]

"""Batch r49b: 14 pages held out from the fixes of r48a and r48b, written without reading the
reader or running it: 14 networks in 14 languages, half joint statements, half member
directories and news (en Canada: `Name, Mayor of London, Ontario` lines of cities with bigger
namesakes abroad; pl signature blocks `Prezydent Miasta Lublina` over `/-/ Name`; no news of
six new members in running text with `og`; da a tab table of `Københavns Kommune` with region
and date columns; fi signature blocks `Tampereen kaupunki` under the place of signing, a
signer named Lahti; cs an A–Z index of 44 towns with their kraj in brackets; hu running text
with `és` and a venue adjective; ro `Municipiul`/`Orașul` under `Județul` headings with a
county council; bg a table aligned with spaces, oblast and mayor columns; sr genitives
`gradonačelnik Grada Niša`; lt `miesto savivaldybė` bullets under apskritis headings; et
running text with `ja` and `ning`; el 37 `Δήμος` genitives under periphery headings with a
region; tr signature blocks `Büyükşehir Belediye Başkanı` under the signer's name).
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r49b-ca-mayors-letter-province-namesakes",
        "en",
        "one_a_line;person_before;region_after;no_country;not_signatory",
        "Mid-sized cities call for permanent transit operating funding",
        (2025, 2, 11),
        "Thirteen mayors of the Mid-sized Cities Caucus have written to the federal Minister of "
        "Housing, Infrastructure and Communities asking Ottawa to turn the temporary transit "
        "relief of recent years into a permanent operating fund shared with the provinces.\n\n"
        "The letter was delivered on Tuesday, ahead of the spring budget consultations. It is "
        "reproduced in full below.\n\n"
        "Dear Minister,\n\n"
        "Our residents rely on buses that run on time and run often. Since 2020, ridership in "
        "our cities has recovered faster than our fare revenue, while fuel, insurance and "
        "wages have risen. Capital programs have helped us buy vehicles; they do not help us "
        "put drivers in them. Without predictable operating support, councils will face a "
        "choice between service cuts and property-tax increases well above inflation.\n\n"
        "We ask the Government of Canada to:\n"
        "1. establish a permanent transit operating fund, allocated by ridership and service "
        "hours, from the 2026-27 fiscal year;\n"
        "2. match provincial contributions dollar for dollar;\n"
        "3. let municipalities under 250,000 residents apply directly, without a provincial "
        "intermediary.\n\n"
        "We would welcome the opportunity to meet with you and your officials.\n\n"
        "Respectfully,",
        "Deborah Kwan-Marchetti, Mayor of London, Ontario\n"
        "Terrence Obi, Mayor of Kingston, Ontario\n"
        "Josée Lapointe-Grant, Mayor of Sherbrooke, Quebec\n"
        "Gurpreet Sandhu-Ellis, Mayor of Windsor, Ontario\n"
        "Colin Vasquez, Mayor of Victoria, British Columbia\n"
        "Heather MacAskill, Mayor of Halifax Regional Municipality, Nova Scotia\n"
        "Marcus Delorme, Mayor of Moncton, New Brunswick\n"
        "Janice Whitecalf, Mayor of Saskatoon, Saskatchewan\n"
        "Owen Fairweather, Mayor of Kelowna, British Columbia\n"
        "Nadia Petrenko, Mayor of Lethbridge, Alberta\n"
        "Arjun Mehta, Mayor of Cambridge, Ontario\n"
        "Sylvie Tremblay-Ross, Mayor of Greater Sudbury, Ontario\n"
        "Brendan Kealy, Mayor of Thunder Bay, Ontario",
        "cc: Chair, Federation of Canadian Municipalities; provincial ministers responsible "
        "for transportation\n\n"
        "Media contact: Caucus secretariat, 280 Albert Street, Suite 900, Ottawa ON K1P 5G8, "
        "media@midsizedcities.example.ca",
        "London/CA; Kingston/CA; Sherbrooke/CA; Windsor/CA; Victoria/CA; Halifax/CA; "
        "Moncton/CA; Saskatoon/CA; Kelowna/CA; Lethbridge/CA; Cambridge/CA; "
        "Greater Sudbury|Sudbury/CA; Thunder Bay/CA",
    ),
    Page(
        "pl-r49b-stanowisko-prezydenci-bloki-podpisow-dopelniacz",
        "pl",
        "one_a_line;person_after;inflected;not_signatory;no_country",
        "Stanowisko prezydentów miast w sprawie dochodów własnych samorządów",
        (2024, 10, 8),
        "Prezydenci trzynastu miast średniej wielkości przyjęli wspólne stanowisko w sprawie "
        "projektu zmian w ustawie o dochodach jednostek samorządu terytorialnego. Dokument "
        "uzgodniono podczas posiedzenia Forum Miast Regionalnych w Poznaniu i przekazano "
        "Ministrowi Finansów oraz przewodniczącym klubów parlamentarnych.\n\n"
        "STANOWISKO\n\n"
        "1. Z zadowoleniem przyjmujemy odejście od systemu dotacji celowych na rzecz udziału "
        "w podatkach, który daje samorządom większą swobodę w planowaniu budżetu.\n"
        "2. Wskazujemy jednak, że zaproponowany wskaźnik wydatków na transport zbiorowy "
        "nie uwzględnia miast, które obsługują dojazdy z całego subregionu.\n"
        "3. Postulujemy, aby środki na zadania oświatowe były waloryzowane co najmniej "
        "o wskaźnik wzrostu wynagrodzeń w sektorze publicznym.\n"
        "4. Wnosimy o przedstawienie symulacji skutków reformy dla każdego miasta na prawach "
        "powiatu przed drugim czytaniem projektu.\n\n"
        "Podpisali:",
        "Prezydent Miasta Lublina\n"
        "/-/ Tomasz Wierzbicki\n\n"
        "Prezydent Miasta Białegostoku\n"
        "/-/ Joanna Sokólska-Bury\n\n"
        "Prezydent Miasta Rzeszowa\n"
        "/-/ Michał Pietrasik\n\n"
        "Prezydent Miasta Kielce\n"
        "/-/ Agnieszka Domagała-Wrona\n\n"
        "Prezydent Olsztyna\n"
        "/-/ Krzysztof Lenart\n\n"
        "Prezydent Miasta Torunia\n"
        "/-/ Ewa Szymborska-Kulik\n\n"
        "Prezydent Miasta Opola\n"
        "/-/ Dariusz Kempa\n\n"
        "Prezydent Miasta Gorzowa Wielkopolskiego\n"
        "/-/ Marta Olejnik\n\n"
        "Prezydent Miasta Zielona Góra\n"
        "/-/ Paweł Grodecki\n\n"
        "Prezydent Miasta Bydgoszczy\n"
        "/-/ Beata Malinowska-Sęk\n\n"
        "Prezydent Miasta Płocka\n"
        "/-/ Jarosław Ziemba\n\n"
        "Prezydent Miasta Elbląga\n"
        "/-/ Katarzyna Wądołowska\n\n"
        "Prezydent Miasta Gniezna\n"
        "/-/ Rafał Jędrzejczyk",
        "Do wiadomości: Związek Miast Polskich, Komisja Wspólna Rządu i Samorządu "
        "Terytorialnego.\n\n"
        "Pełna treść stanowiska w formacie PDF (182 KB)",
        "Lublin/PL; Białystok/PL; Rzeszów/PL; Kielce/PL; Olsztyn/PL; Toruń/PL; Opole/PL; "
        "Gorzów Wielkopolski/PL; Zielona Góra/PL; Bydgoszcz/PL; Płock/PL; Elbląg/PL; "
        "Gniezno/PL",
    ),
    Page(
        "no-r49b-nyhet-seks-nye-kommuner-og",
        "no",
        "running_text;not_signatory;no_country",
        "Seks nordnorske kommuner blir med i Kystbynettverket",
        (2025, 3, 20),
        "Kystbynettverket for klimatilpasning vokser nordover. På årsmøtet i Trondheim torsdag "
        "ble seks nye medlemskommuner tatt opp, og nettverket har nå 31 medlemmer langs hele "
        "kysten.",
        "Det er kommunene Bodø, Narvik, Harstad, Alta, Hammerfest og Vadsø som nå blir med. "
        "Alle seks har de siste årene hatt skader etter stormflo og kraftig nedbør, og flere "
        "av dem arbeider med nye arealplaner for sentrum og havneområdene.",
        "– Nord-Norge har erfaringer resten av landet trenger, og vi trenger dem i "
        "nettverket, sier styreleder Ingrid Mølstad, som til daglig er varaordfører i Tromsø.\n\n"
        "Medlemskapet gir kommunene tilgang til felles verktøy for risikovurdering, "
        "kurs for planleggere og et årlig erfaringsseminar. Neste seminar holdes i Ålesund "
        "i september.\n\n"
        "Les mer om medlemskap i nettverket",
        "Bodø/NO; Narvik/NO; Harstad/NO; Alta/NO; Hammerfest/NO; Vadsø/NO",
    ),
    Page(
        "da-r49b-medlemmer-tabel-kommune-region-siden",
        "da",
        "table_tabs;columns_after;inflected;no_country",
        "Medlemskommuner i Netværket for Grøn Varme",
        (2024, 11, 4),
        "Netværket for Grøn Varme samler kommuner, der arbejder med udfasning af olie- og "
        "gasfyr og udbygning af fjernvarme. Medlemskabet er gratis for kommuner og giver "
        "adgang til netværksmøder, skabeloner til varmeplaner og sparring med andre "
        "kommuners energiplanlæggere.\n\n"
        "Oversigten herunder viser alle medlemmer pr. 1. november 2024.",
        "Kommune\tRegion\tIndbyggere (ca.)\tMedlem siden\n"
        "Københavns Kommune\tRegion Hovedstaden\t660.000\t2019\n"
        "Frederiksberg Kommune\tRegion Hovedstaden\t105.000\t2020\n"
        "Helsingør Kommune\tRegion Hovedstaden\t63.000\t2022\n"
        "Roskilde Kommune\tRegion Sjælland\t90.000\t2019\n"
        "Holbæk Kommune\tRegion Sjælland\t73.000\t2023\n"
        "Næstved Kommune\tRegion Sjælland\t84.000\t2021\n"
        "Odense Kommune\tRegion Syddanmark\t210.000\t2019\n"
        "Svendborg Kommune\tRegion Syddanmark\t59.000\t2022\n"
        "Esbjerg Kommune\tRegion Syddanmark\t115.000\t2020\n"
        "Kolding Kommune\tRegion Syddanmark\t95.000\t2020\n"
        "Vejle Kommune\tRegion Syddanmark\t121.000\t2021\n"
        "Sønderborg Kommune\tRegion Syddanmark\t73.000\t2019\n"
        "Aarhus Kommune\tRegion Midtjylland\t367.000\t2019\n"
        "Horsens Kommune\tRegion Midtjylland\t98.000\t2021\n"
        "Randers Kommune\tRegion Midtjylland\t99.000\t2023\n"
        "Herning Kommune\tRegion Midtjylland\t90.000\t2022\n"
        "Viborg Kommune\tRegion Midtjylland\t98.000\t2024\n"
        "Aalborg Kommune\tRegion Nordjylland\t222.000\t2020",
        "Vil din kommune være med? Kontakt sekretariatet på gronvarme@kommunenet.example.dk "
        "eller ring på 33 12 45 80.\n\n"
        "Sidst opdateret: 4. november 2024",
        "Copenhagen|København/DK; Frederiksberg/DK; Helsingør/DK; Roskilde/DK; Holbæk/DK; "
        "Næstved/DK; Odense/DK; Svendborg/DK; Esbjerg/DK; Kolding/DK; Vejle/DK; "
        "Sønderborg/DK; Aarhus|Århus/DK; Horsens/DK; Randers/DK; Herning/DK; Viborg/DK; "
        "Aalborg/DK",
    ),
    Page(
        "fi-r49b-julkilausuma-allekirjoitukset-kaupunki-genetiivi-lahti",
        "fi",
        "one_a_line;person_after;inflected;not_signatory;person_named_like_place;no_country",
        "Kaupunkien yhteinen julkilausuma kotoutumisen rahoituksesta",
        (2024, 11, 14),
        "Kaksitoista kaupunkia vaatii, että kotoutumisen palvelujen siirtyessä kunnille "
        "valtion rahoitus vastaa todellisia kustannuksia. Julkilausuma luovutettiin "
        "torstaina työministerille.\n\n"
        "Kotoutumisen edistäminen on ollut vuoden 2025 alusta kuntien lakisääteinen tehtävä. "
        "Allekirjoittaneet kaupungit ovat sitoutuneet palveluiden kehittämiseen, mutta "
        "laskennallinen korvaus ei kata kielikoulutuksen, ohjauksen ja neuvonnan kuluja "
        "kaupungeissa, joihin muutto keskittyy.\n\n"
        "Esitämme, että\n"
        "– laskennallisen korvauksen tasoa tarkistetaan vuosittain toteutuneiden kulujen "
        "perusteella;\n"
        "– työvoimapalvelujen ja kotoutumisen rahoitusta ei leikata samanaikaisesti;\n"
        "– valtio ja kunnat sopivat yhteisestä seurantamallista vuoden 2025 aikana.\n\n"
        "Helsingissä 14. marraskuuta 2024",
        "Tampereen kaupunki\n"
        "Aino Rautio, pormestari\n\n"
        "Turun kaupunki\n"
        "Jussi Kivelä, pormestari\n\n"
        "Oulun kaupunki\n"
        "Heli Saarinen-Ojala, kaupunginjohtaja\n\n"
        "Jyväskylän kaupunki\n"
        "Petteri Nurmela, kaupunginjohtaja\n\n"
        "Kuopion kaupunki\n"
        "Sanna Hyvärinen, kaupunginjohtaja\n\n"
        "Porin kaupunki\n"
        "Mikko Lahti, kaupunginjohtaja\n\n"
        "Joensuun kaupunki\n"
        "Outi Pesonen, kaupunginjohtaja\n\n"
        "Vaasan kaupunki\n"
        "Tomas Lindqvist, kaupunginjohtaja\n\n"
        "Seinäjoen kaupunki\n"
        "Marja Kangasniemi, kaupunginjohtaja\n\n"
        "Rovaniemen kaupunki\n"
        "Janne Aikio, kaupunginjohtaja\n\n"
        "Lappeenrannan kaupunki\n"
        "Riikka Venäläinen, kaupunginjohtaja\n\n"
        "Hämeenlinnan kaupunki\n"
        "Ville Tuominen, kaupunginjohtaja",
        "Lisätietoja antaa Tampereen kaupungin kotoutumispalveluiden johtaja Leena Aalto, "
        "p. 040 123 4567.\n\n"
        "Julkilausuma pdf-muodossa",
        "Tampere/FI; Turku/FI; Oulu/FI; Jyväskylä/FI; Kuopio/FI; Pori/FI; Joensuu/FI; "
        "Vaasa/FI; Seinäjoki/FI; Rovaniemi/FI; Lappeenranta/FI; Hämeenlinna/FI",
    ),
    Page(
        "cs-r49b-adresar-clenu-a-z-kraj-v-zavorce",
        "cs",
        "one_a_line;region_after;no_country",
        "Adresář členských měst",
        (2025, 1, 15),
        "Spolek měst pro bezpečnou dopravu sdružuje města, která se zavázala snižovat počet "
        "vážných dopravních nehod a zklidňovat dopravu v okolí škol. Níže najdete abecední "
        "seznam všech členských měst; kontakty na koordinátory jsou dostupné po přihlášení "
        "do členské sekce.\n\n"
        "Počet členů: 44",
        "A\n"
        "Aš (Karlovarský kraj)\n\n"
        "B\n"
        "Benešov (Středočeský kraj)\n"
        "Beroun (Středočeský kraj)\n"
        "Blansko (Jihomoravský kraj)\n"
        "Brno (Jihomoravský kraj)\n"
        "Bruntál (Moravskoslezský kraj)\n"
        "Břeclav (Jihomoravský kraj)\n\n"
        "Č\n"
        "Česká Lípa (Liberecký kraj)\n"
        "České Budějovice (Jihočeský kraj)\n"
        "Český Krumlov (Jihočeský kraj)\n\n"
        "D\n"
        "Děčín (Ústecký kraj)\n"
        "Domažlice (Plzeňský kraj)\n\n"
        "H\n"
        "Havlíčkův Brod (Kraj Vysočina)\n"
        "Hodonín (Jihomoravský kraj)\n"
        "Hradec Králové (Královéhradecký kraj)\n\n"
        "Ch\n"
        "Chrudim (Pardubický kraj)\n\n"
        "J\n"
        "Jablonec nad Nisou (Liberecký kraj)\n"
        "Jihlava (Kraj Vysočina)\n"
        "Jindřichův Hradec (Jihočeský kraj)\n\n"
        "K\n"
        "Karlovy Vary (Karlovarský kraj)\n"
        "Kladno (Středočeský kraj)\n"
        "Klatovy (Plzeňský kraj)\n"
        "Kolín (Středočeský kraj)\n"
        "Kroměříž (Zlínský kraj)\n\n"
        "L\n"
        "Liberec (Liberecký kraj)\n"
        "Litoměřice (Ústecký kraj)\n\n"
        "M\n"
        "Mladá Boleslav (Středočeský kraj)\n"
        "Most (Ústecký kraj)\n\n"
        "O\n"
        "Olomouc (Olomoucký kraj)\n"
        "Opava (Moravskoslezský kraj)\n"
        "Ostrava (Moravskoslezský kraj)\n\n"
        "P\n"
        "Pardubice (Pardubický kraj)\n"
        "Písek (Jihočeský kraj)\n"
        "Plzeň (Plzeňský kraj)\n"
        "Prostějov (Olomoucký kraj)\n"
        "Přerov (Olomoucký kraj)\n\n"
        "T\n"
        "Tábor (Jihočeský kraj)\n"
        "Třebíč (Kraj Vysočina)\n"
        "Trutnov (Královéhradecký kraj)\n\n"
        "U–Ú\n"
        "Uherské Hradiště (Zlínský kraj)\n"
        "Ústí nad Labem (Ústecký kraj)\n\n"
        "Z–Ž\n"
        "Zlín (Zlínský kraj)\n"
        "Znojmo (Jihomoravský kraj)\n"
        "Žďár nad Sázavou (Kraj Vysočina)",
        "Chcete se stát členem? Přihlášku schvaluje zastupitelstvo města; vzor usnesení a "
        "přihlášku najdete v sekci Dokumenty.\n\n"
        "Kancelář spolku: Husova 12, 110 00 Praha 1",
        "Aš/CZ; Benešov/CZ; Beroun/CZ; Blansko/CZ; Brno/CZ; Bruntál/CZ; Břeclav/CZ; "
        "Česká Lípa/CZ; České Budějovice/CZ; Český Krumlov/CZ; Děčín/CZ; "
        "Domažlice/CZ; Havlíčkův Brod/CZ; Hodonín/CZ; Hradec Králové/CZ; Chrudim/CZ; "
        "Jablonec nad Nisou/CZ; Jihlava/CZ; Jindřichův Hradec/CZ; Karlovy Vary/CZ; "
        "Kladno/CZ; Klatovy/CZ; Kolín/CZ; Kroměříž/CZ; Liberec/CZ; Litoměřice/CZ; "
        "Mladá Boleslav/CZ; Most/CZ; Olomouc/CZ; Opava/CZ; Ostrava/CZ; Pardubice/CZ; "
        "Písek/CZ; Plzeň|Pilsen/CZ; Prostějov/CZ; Přerov/CZ; Tábor/CZ; Třebíč/CZ; "
        "Trutnov/CZ; Uherské Hradiště/CZ; Ústí nad Labem/CZ; Zlín/CZ; Znojmo/CZ; "
        "Žďár nad Sázavou/CZ",
    ),
    Page(
        "hu-r49b-nyilatkozat-polgarmesterei-es-veszpremi-kozgyules",
        "hu",
        "running_text;not_signatory;no_country",
        "Közös nyilatkozat a városi hőségriadó-tervekről",
        (2024, 6, 27),
        "Kilenc megyei jogú város polgármestere közös nyilatkozatban vállalta, hogy 2025 "
        "nyaráig egységes hőségriadó-tervet fogad el, és a tapasztalatokat megosztja a "
        "Zöld Városok Szövetségének tagjaival.\n\n"
        "A nyilatkozat szerint a városok hűsölő pontokat jelölnek ki a közintézményekben, "
        "meghosszabbítják az ivókutak üzemidejét, és a szociális szolgálatokkal közösen "
        "felkeresik az egyedül élő idős lakókat. A vállalások teljesítését a szövetség "
        "évente áttekinti.",
        "A nyilatkozatot Győr, Kecskemét, Nyíregyháza, Sopron, Szolnok, Zalaegerszeg, "
        "Szombathely, Békéscsaba és Eger polgármesterei írták alá a szövetség veszprémi "
        "közgyűlésén. Pécs alpolgármestere megfigyelőként vett részt az ülésen, és jelezte, "
        "hogy a város ősszel csatlakozhat a kezdeményezéshez.",
        "„A hőség ma ugyanolyan közegészségügyi kockázat, mint a szmog volt húsz évvel "
        "ezelőtt” – mondta Halmosi Réka, a szövetség elnöke.\n\n"
        "A nyilatkozat teljes szövege letölthető a Dokumentumtár oldalon.",
        "Győr/HU; Kecskemét/HU; Nyíregyháza/HU; Sopron/HU; Szolnok/HU; Zalaegerszeg/HU; "
        "Szombathely/HU; Békéscsaba/HU; Eger/HU",
    ),
    Page(
        "ro-r49b-membri-judete-municipiul-orasul-consiliul-judetean",
        "ro",
        "region_heading;one_a_line;body_not_city;no_country",
        "Membrii Asociației Orașelor pentru Patrimoniu Urban",
        (2024, 9, 2),
        "Asociația Orașelor pentru Patrimoniu Urban reunește autorități locale care "
        "administrează centre istorice protejate și colaborează pentru reabilitarea "
        "clădirilor monument. Lista de mai jos cuprinde membrii cu drepturi depline, "
        "grupați pe județe.",
        "Județul Alba\n"
        "Municipiul Alba Iulia\n"
        "Municipiul Sebeș\n"
        "Municipiul Aiud\n\n"
        "Județul Bihor\n"
        "Municipiul Oradea\n"
        "Municipiul Salonta\n\n"
        "Județul Brașov\n"
        "Municipiul Brașov\n"
        "Municipiul Făgăraș\n"
        "Orașul Râșnov\n\n"
        "Județul Cluj\n"
        "Municipiul Cluj-Napoca\n"
        "Municipiul Turda\n"
        "Municipiul Dej\n"
        "Orașul Huedin\n\n"
        "Județul Constanța\n"
        "Municipiul Constanța\n"
        "Municipiul Mangalia\n"
        "Municipiul Medgidia\n\n"
        "Județul Iași\n"
        "Municipiul Iași\n"
        "Municipiul Pașcani\n\n"
        "Județul Sibiu\n"
        "Consiliul Județean Sibiu\n"
        "Municipiul Sibiu\n"
        "Municipiul Mediaș\n"
        "Orașul Cisnădie\n\n"
        "Județul Timiș\n"
        "Municipiul Timișoara\n"
        "Municipiul Lugoj",
        "Membri asociați: Ordinul Arhitecților din România, Institutul Național al "
        "Patrimoniului.\n\n"
        "Secretariatul asociației: Piața Cetății nr. 3, Sighișoara",
        "Alba Iulia/RO; Sebeș|Sebeş/RO; Aiud/RO; Oradea/RO; Salonta/RO; Brașov|Braşov/RO; "
        "Făgăraș/RO; Râșnov|Râşnov/RO; Cluj-Napoca/RO; Turda/RO; Dej/RO; Huedin/RO; "
        "Constanța|Constanţa/RO; Mangalia/RO; Medgidia/RO; Iași|Iaşi/RO; Pașcani|Paşcani/RO; "
        "Consiliul Județean Sibiu|Sibiu County/RO/county; Sibiu/RO; Mediaș|Mediaş/RO; "
        "Cisnădie/RO; Timișoara|Timişoara/RO; Lugoj/RO",
    ),
    Page(
        "bg-r49b-novi-chlenove-tablitsa-intervali-oblast-kmet",
        "bg",
        "table_tabs;columns_after;person_after;not_signatory;no_country",
        "Дванадесет общини се присъединиха към Мрежата за чист въздух",
        (2025, 4, 9),
        "На общото събрание на Мрежата за чист въздух, проведено в София, бяха приети "
        "дванадесет нови членове. С тях мрежата обединява вече 41 общини от цялата страна.\n\n"
        "Новите членове ще получат методическа помощ при изготвянето на програмите за "
        "качество на атмосферния въздух и достъп до общата платформа за данни от сензорите.\n\n"
        "Новоприетите общини:",
        "Община            Област            Кмет\n"
        "Благоевград       Благоевград       Стефан Караиванов\n"
        "Смолян            Смолян            Мария Чолакова\n"
        "Кърджали          Кърджали          Ерол Мехмедов\n"
        "Хасково           Хасково           Деян Стойчев\n"
        "Ямбол             Ямбол             Анелия Пеева\n"
        "Сливен            Сливен            Илиян Драганов\n"
        "Търговище         Търговище         Росица Маринова\n"
        "Шумен             Шумен             Калин Велчев\n"
        "Разград           Разград           Невена Атанасова\n"
        "Силистра          Силистра          Живко Гърдев\n"
        "Добрич            Добрич            Петя Енчева\n"
        "Ловеч             Ловеч             Бойко Цаков",
        "„Чистият въздух не спира на границата на общината – затова работим заедно“, "
        "каза председателят на мрежата Цветелина Баева.\n\n"
        "Следващото общо събрание ще се проведе в Пловдив през октомври.",
        "Blagoevgrad/BG; Smolyan/BG; Kardzhali/BG; Haskovo/BG; Yambol/BG; Sliven/BG; "
        "Targovishte/BG; Shumen/BG; Razgrad/BG; Silistra/BG; Dobrich/BG; Lovech/BG",
    ),
    Page(
        "sr-r49b-zajednicka-izjava-gradonacelnik-grada-genitiv",
        "sr",
        "one_a_line;person_before;inflected;not_signatory;no_country",
        "Zajednička izjava gradova o upravljanju komunalnim otpadom",
        (2024, 12, 5),
        "Gradonačelnici dvanaest gradova i predsednik jedne opštine potpisali su u Beogradu "
        "zajedničku izjavu kojom se obavezuju da do 2030. godine udvostruče udeo reciklaže "
        "komunalnog otpada i zatvore nesanitarne deponije na svojoj teritoriji.\n\n"
        "Potpisnici pozivaju Vladu da ubrza izgradnju regionalnih centara za upravljanje "
        "otpadom i da lokalnim samoupravama omogući pristup povoljnim kreditima za nabavku "
        "opreme za primarnu selekciju.\n\n"
        "Izjavu su potpisali:",
        "Milena Vukašinović, gradonačelnica Grada Niša\n"
        "Dragan Ristivojević, gradonačelnik Grada Kragujevca\n"
        "Nebojša Lazović, gradonačelnik Grada Čačka\n"
        "Ivana Milutinović, gradonačelnica Grada Kraljeva\n"
        "Attila Kovács Szabó, gradonačelnik Grada Subotice\n"
        "Zoran Pavlić, gradonačelnik Grada Šapca\n"
        "Jelena Radosavljević, gradonačelnica Grada Valjeva\n"
        "Saša Cvetković, gradonačelnik Grada Leskovca\n"
        "Tamara Bošnjak, gradonačelnica Grada Pančeva\n"
        "Predrag Sremac, gradonačelnik Grada Zrenjanina\n"
        "Dušica Mirković, gradonačelnica Grada Sombora\n"
        "Vladimir Stanojković, gradonačelnik Grada Užica\n"
        "Miloš Đurašinović, predsednik opštine Vrnjačka Banja",
        "Potpisivanju je prisustvovala i ministarka zaštite životne sredine, koja je "
        "najavila da će se prvi javni poziv za opremu raspisati početkom naredne godine.\n\n"
        "Tekst izjave možete preuzeti ovde (PDF).",
        "Niš/RS; Kragujevac/RS; Čačak/RS; Kraljevo/RS; Subotica/RS; Šabac/RS; Valjevo/RS; "
        "Leskovac/RS; Pančevo/RS; Zrenjanin/RS; Sombor/RS; Užice/RS; Vrnjačka Banja/RS",
    ),
    Page(
        "lt-r49b-nariai-apskritys-miesto-savivaldybe-kilmininkas",
        "lt",
        "region_heading;bulleted;inflected;no_country",
        "Sveikų miestų asociacijos nariai",
        (2024, 5, 16),
        "Sveikų miestų asociacija vienija savivaldybes, kurios įgyvendina visuomenės "
        "sveikatos stiprinimo programas ir dalijasi gerąja patirtimi. Asociacijos nariai "
        "kasmet teikia veiklos ataskaitas ir dalyvauja bendruose projektuose.\n\n"
        "Asociacijos narės pagal apskritis:",
        "Vilniaus apskritis\n"
        "• Vilniaus miesto savivaldybė\n"
        "• Elektrėnų savivaldybė\n\n"
        "Kauno apskritis\n"
        "• Kauno miesto savivaldybė\n"
        "• Birštono savivaldybė\n\n"
        "Klaipėdos apskritis\n"
        "• Palangos miesto savivaldybė\n"
        "• Neringos savivaldybė\n\n"
        "Šiaulių apskritis\n"
        "• Šiaulių miesto savivaldybė\n\n"
        "Panevėžio apskritis\n"
        "• Panevėžio miesto savivaldybė\n\n"
        "Alytaus apskritis\n"
        "• Alytaus miesto savivaldybė\n"
        "• Druskininkų savivaldybė\n\n"
        "Marijampolės apskritis\n"
        "• Marijampolės savivaldybė\n\n"
        "Utenos apskritis\n"
        "• Visagino savivaldybė",
        "Norite tapti nariu? Prašymą kartu su savivaldybės tarybos sprendimu siųskite "
        "asociacijos sekretoriatui el. paštu info@sveikimiestai.example.lt.",
        "Vilnius/LT; Elektrėnai/LT; Kaunas/LT; Birštonas/LT; Palanga/LT; Neringa/LT; "
        "Šiauliai/LT; Panevėžys/LT; Alytus/LT; Druskininkai/LT; Marijampolė/LT; "
        "Visaginas/LT",
    ),
    Page(
        "et-r49b-poordumine-linnapead-ja-ning-vallavanem",
        "et",
        "running_text;not_signatory;no_country",
        "Linnajuhid pöördusid Riigikogu poole maakonnaliinide rahastamise asjus",
        (2025, 1, 29),
        "Kümne Eesti linna ja valla juhid saatsid Riigikogu majanduskomisjonile ühise "
        "pöördumise, milles paluvad tagada maakondliku ühistranspordi rahastamine vähemalt "
        "tänavuses mahus ka järgmise nelja aasta eelarvestrateegias.\n\n"
        "Pöördumine valmis Eesti Linnade Ühistranspordi Ümarlaua koosolekul Paides. "
        "Omavalitsusjuhtide sõnul tähendaks liinide kärpimine, et õpilased ja töötajad "
        "peavad taas sõitma autoga või kolima suurematesse keskustesse.",
        "Pöördumisele kirjutasid alla Tartu, Pärnu, Narva, Viljandi, Rakvere, Kuressaare, "
        "Haapsalu, Võru ja Valga linnapead ning Jõhvi vallavanem.",
        "„Ühistransport on regionaalpoliitika selgroog, mitte kulurida, millelt kokku hoida,“ "
        "ütles ümarlaua juht Kadri Lepamets.\n\n"
        "Pöördumise täistekst on avaldatud ümarlaua kodulehel.",
        "Tartu/EE; Pärnu/EE; Narva/EE; Viljandi/EE; Rakvere/EE; Kuressaare/EE; Haapsalu/EE; "
        "Võru/EE; Valga/EE; Jõhvi/EE",
    ),
    Page(
        "el-r49b-meli-perifereies-dimos-genikes-perifereia-kritis",
        "el",
        "region_heading;one_a_line;inflected;body_not_city;no_country",
        "Τα μέλη του Δικτύου Πόλεων για την Κυκλική Οικονομία",
        (2024, 10, 21),
        "Το Δίκτυο Πόλεων για την Κυκλική Οικονομία ιδρύθηκε με σκοπό την ανταλλαγή "
        "εμπειριών μεταξύ δήμων που εφαρμόζουν προγράμματα διαλογής στην πηγή, "
        "επαναχρησιμοποίησης και μείωσης των αποβλήτων. Σήμερα το Δίκτυο αριθμεί 37 μέλη "
        "από όλες τις περιφέρειες της χώρας.\n\n"
        "Παρακάτω παρατίθενται τα μέλη ανά περιφέρεια:",
        "Αττική\n"
        "Δήμος Αθηναίων\n"
        "Δήμος Πειραιά\n\n"
        "Κεντρική Μακεδονία\n"
        "Δήμος Θεσσαλονίκης\n"
        "Δήμος Κατερίνης\n"
        "Δήμος Βέροιας\n"
        "Δήμος Σερρών\n"
        "Δήμος Έδεσσας\n\n"
        "Ανατολική Μακεδονία και Θράκη\n"
        "Δήμος Καβάλας\n"
        "Δήμος Δράμας\n"
        "Δήμος Ξάνθης\n"
        "Δήμος Κομοτηνής\n"
        "Δήμος Αλεξανδρούπολης\n\n"
        "Δυτική Μακεδονία\n"
        "Δήμος Κοζάνης\n"
        "Δήμος Φλώρινας\n"
        "Δήμος Καστοριάς\n\n"
        "Ήπειρος\n"
        "Δήμος Ιωαννιτών\n"
        "Δήμος Αρταίων\n"
        "Δήμος Πρέβεζας\n\n"
        "Θεσσαλία\n"
        "Δήμος Λαρισαίων\n"
        "Δήμος Βόλου\n"
        "Δήμος Τρικκαίων\n"
        "Δήμος Καρδίτσας\n\n"
        "Στερεά Ελλάδα\n"
        "Δήμος Λαμιέων\n"
        "Δήμος Χαλκιδέων\n\n"
        "Δυτική Ελλάδα\n"
        "Δήμος Πατρέων\n"
        "Δήμος Αγρινίου\n\n"
        "Πελοπόννησος\n"
        "Δήμος Καλαμάτας\n"
        "Δήμος Τρίπολης\n"
        "Δήμος Σπάρτης\n"
        "Δήμος Ναυπλιέων\n\n"
        "Κρήτη\n"
        "Περιφέρεια Κρήτης (συνεργαζόμενο μέλος)\n"
        "Δήμος Ηρακλείου\n"
        "Δήμος Χανίων\n"
        "Δήμος Ρεθύμνης\n\n"
        "Βόρειο Αιγαίο\n"
        "Δήμος Μυτιλήνης\n\n"
        "Νότιο Αιγαίο\n"
        "Δήμος Ρόδου\n\n"
        "Ιόνια Νησιά\n"
        "Δήμος Κεντρικής Κέρκυρας και Διαποντίων Νήσων",
        "Για την ένταξη νέου μέλους απαιτείται απόφαση του δημοτικού συμβουλίου. "
        "Πληροφορίες: γραμματεία του Δικτύου, τηλ. 210 3214 567.",
        "Athens/GR; Piraeus/GR; Thessaloníki/GR; Kateríni/GR; Véroia/GR; Sérres/GR; "
        "Édessa/GR; Kavála/GR; Dráma/GR; Xánthi/GR; Komotiní/GR; "
        "Alexandroupoli|Alexandroúpoli/GR; Kozáni/GR; Flórina/GR; Kastoria|Kastoriá/GR; "
        "Ioánnina/GR; Árta/GR; Préveza/GR; Lárisa|Larissa/GR; Volos|Vólos/GR; Tríkala/GR; "
        "Kardítsa/GR; Lamía/GR; Chalkída/GR; Pátra|Patras/GR; Agrínio/GR; "
        "Kalamata|Kalamáta/GR; Trípoli/GR; Sparta|Spárti/GR; Náfplio/GR; "
        "Περιφέρεια Κρήτης|Crete Region|Region of Crete/GR/region; "
        "Irákleion|Heraklion/GR; Chaniá/GR; Rethymno|Réthymno/GR; Mytilene|Mytilíni/GR; "
        "Ródos|Rhodes/GR; Corfu|Kérkyra/GR",
    ),
    Page(
        "tr-r49b-ortak-bildiri-imza-bloklari-belediye-baskani",
        "tr",
        "one_a_line;person_before;not_signatory;no_country",
        "Kuraklıkla mücadelede belediyelerden ortak bildiri",
        (2024, 9, 18),
        "Akdeniz, Ege ve Marmara bölgelerinden on iki belediye başkanı, İzmir'de düzenlenen "
        "Su ve İklim Zirvesi'nin kapanışında kuraklıkla mücadeleye yönelik ortak bir bildiri "
        "imzaladı.\n\n"
        "Bildiride belediyeler; şebekedeki kayıp-kaçak oranını 2030 yılına kadar yüzde 20'nin "
        "altına indirmeyi, arıtılmış atık suyun park ve bahçe sulamasında kullanımını "
        "yaygınlaştırmayı ve yeni yapılarda yağmur suyu hasadını teşvik etmeyi taahhüt etti. "
        "Başkanlar ayrıca merkezi yönetimden havza bazlı planlamanın hızlandırılmasını talep "
        "etti.\n\n"
        "Bildiriyi imzalayan belediye başkanları:",
        "Ayşe Nur Korkmazer\n"
        "Eskişehir Büyükşehir Belediye Başkanı\n\n"
        "Hakan Sezgin\n"
        "Mersin Büyükşehir Belediye Başkanı\n\n"
        "Elif Karabulut\n"
        "Antalya Büyükşehir Belediye Başkanı\n\n"
        "Murat Özdamar\n"
        "Denizli Büyükşehir Belediye Başkanı\n\n"
        "Selin Akıncı\n"
        "Tekirdağ Büyükşehir Belediye Başkanı\n\n"
        "Okan Yıldırımtepe\n"
        "Balıkesir Büyükşehir Belediye Başkanı\n\n"
        "Gülşen Tanrıverdi\n"
        "Manisa Büyükşehir Belediye Başkanı\n\n"
        "Cem Erdoğdu\n"
        "Aydın Büyükşehir Belediye Başkanı\n\n"
        "Zeynep Aksoylu\n"
        "Bodrum Belediye Başkanı\n\n"
        "Burak Tekinalp\n"
        "Kuşadası Belediye Başkanı\n\n"
        "Deniz Uyanıkoğlu\n"
        "Çanakkale Belediye Başkanı\n\n"
        "Kerem Başaranlı\n"
        "Edirne Belediye Başkanı",
        "Zirvenin ev sahibi belediye adına konuşan Genel Sekreter Yardımcısı Nilay Ergüven, "
        "bildirinin önümüzdeki yıl Bursa'da yapılacak toplantıda gözden geçirileceğini "
        "açıkladı.\n\n"
        "Bildirinin tam metnine Belgeler bölümünden ulaşabilirsiniz.",
        "Eskişehir/TR; Mersin/TR; Antalya/TR; Denizli/TR; Tekirdağ/TR; Balıkesir/TR; "
        "Manisa/TR; Aydın/TR; Bodrum/TR; Kuşadası/TR; Çanakkale/TR; Edirne/TR",
    ),
]

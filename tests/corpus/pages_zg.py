"""Hand-written pages, batch zg: held out from round 16's fixes, written by an engineer who had
read neither the reader nor its tests nor the other batches (but two pages of pages_s.py), on
how people really copy pages of city networks from varied sources, in Central and Eastern
European, Nordic, Mediterranean and Asian languages (ro, hu, cs, fi, no, et, lt, el, he, id,
vi, uk, gl, sl; 3 to 73 entries): a Romanian declaration copied from a PDF, with words
hyphenated across lines (`Drobeta-Tur-` / `nu Severin`), running headers, footers and page
numbers inside the list; a Hungarian membership register pasted from a spreadsheet (tabs,
county, joining year, category, supporting members that are not towns); a Czech map's list view
with markers, `Zobrazit na mapě` and the map's attribution; a Finnish map list of Nordic cities
in Finnish exonyms (`Tukholma`, `Maarianhamina`) beside a secretariat; a Norwegian accordion per
county with counts and dual Sami names (`Tromsø kommune / Romssa suohkan`); an Estonian appeal
with footnote markers after `linn` and `vald` and the footnotes below; a Baltic cities' appeal in
Lithuanian with a signature table copied one cell a line (exonyms `Liepoja`, `Kylis`, a mayor who
will sign later); a Greek Adriatic-Ionian declaration copied from a two-column PDF, countries as
column headings; a Hebrew letter of northern mayors signed with lines, names and dates, with an
addressee and copies; Indonesian `Kota X` map markers with province and regional commission; a
Vietnamese members table copied one cell a line with urban class and provinces named like cities
(`Bà Rịa – Vũng Tàu`, `Lào Cai`); a Ukrainian numbered register of `X-ська міська рада` with
year and category and associate NGOs; Galician and Portuguese member cards with `Ler máis`
(`Concello da Coruña`, `Município de Braga`); a Slovenian accordion of Danube cities by country
in Slovenian exonyms (`Dunaj`, `Budimpešta`, `Galac`). Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "ro-declaratie-pdf-despartiri-antete-pagini",
        "ro",
        "one_a_line;broken_lines;person_after;no_country;not_signatory",
        "Declarația de la Sibiu privind finanțarea transportului public urban",
        (2025, 4, 29),
        "Acasă / Documente / Declarații\n\n"
        "Descarcă declarația (PDF, 412 KB)\n\n"
        "ASOCIAȚIA MUNICIPIILOR DIN ROMÂNIA\n"
        "DECLARAȚIA DE LA SIBIU\n"
        "privind finanțarea transportului public urban\n\n"
        "Noi, primarii municipiilor semnatare, reuniți la Sibiu în cadrul Adunării Generale\n"
        "a Asociației Municipiilor din România, în zilele de 24–25 aprilie 2025, constatăm\n"
        "că transportul public din orașele României este finanțat în principal din bugetele lo-\n"
        "cale, în timp ce costurile cu energia, personalul și înnoirea flotei au crescut acce-\n"
        "lerat în ultimii trei ani.\n\n"
        "Solicităm Guvernului României și Parlamentului:\n"
        "1. alocarea unei cote fixe din impozitul pe venit pentru operatorii de transport\n"
        "public local, după modelul aplicat deja în alte state membre ale Uniunii Europene;\n"
        "2. accesul direct al municipiilor la fondurile pentru mobilitate urbană, fără "
        "interme-\ndierea ministerelor;\n"
        "3. recunoașterea zonelor metropolitane ca beneficiari ai programelor de transport.\n\n"
        "Declarația a fost adoptată în unanimitate de primarii prezenți și va fi transmisă\n"
        "Guvernului, Camerei Deputaților și Senatului României.\n\n"
        "AMR – Declarația de la Sibiu, aprilie 2025                                 Pagina 1 "
        "din 2\n\n"
        "SEMNATARI",
        "Municipiul Cluj-Napoca, prin primar Radu Vlăsceanu\n"
        "Municipiul Timișoara, prin primar Andrei Kertesz\n"
        "Municipiul Iași, prin primar Mihai Dumitrașcu\n"
        "Municipiul Constanța, prin viceprimar Elena Stoica\n"
        "Municipiul Brașov, prin primar Cristian Munteanu\n"
        "Municipiul Galați, prin primar Ionuț Apostol\n"
        "Municipiul Ploiești, prin primar Daniela Georgescu\n"
        "Municipiul Oradea, prin primar Florin Hațegan\n"
        "Municipiul Brăila, prin primar Marian Dobre\n"
        "Municipiul Arad, prin primar Sorin Pașca\n"
        "Municipiul Pitești, prin primar Gabriel Neagu\n"
        "Municipiul Bacău, prin viceprimar Irina Ciobanu\n"
        "Municipiul Târgu Mureș, prin primar Zoltán Szabó\n"
        "Municipiul Baia Mare, prin primar Vasile Pop\n"
        "\n"
        "Str. Mihai Viteazul nr. 12, București · www.amr.example.ro · secretariat@amr.example.ro"
        "\n\n"
        "AMR – Declarația de la Sibiu, aprilie 2025                                 Pagina 2 "
        "din 2\n\n"
        "Municipiul Buzău, prin primar Ovidiu Tănase\n"
        "Municipiul Botoșani, prin primar Cătălin Rusu\n"
        "Municipiul Satu Mare, prin primar Attila Nagy\n"
        "Municipiul Râmnicu Vâl-\ncea, prin primar Mircea Olteanu\n"
        "Municipiul Drobeta-Tur-\nnu Severin, prin primar Dragoș Ilie\n"
        "Municipiul Suceava, prin primar Bogdan Hrițcu\n"
        "Municipiul Piatra Neamț, prin viceprimar Anca Moldovan\n"
        "Municipiul Târgu Jiu, prin primar Nicolae Bărbulescu\n"
        "Municipiul Tulcea, prin primar Radu Stamate",
        "Str. Mihai Viteazul nr. 12, București · www.amr.example.ro · secretariat@amr.example.ro"
        "\n\n"
        "Comunicat: Adunarea Generală de la Sibiu a ales noul Birou Permanent. Președinte: "
        "primarul municipiului Alba Iulia.",
        "Cluj-Napoca/RO; Timișoara/RO; Iași/RO; Constanța/RO; Brașov/RO; Galați/RO; "
        "Ploiești/RO; Oradea/RO; Brăila/RO; Arad/RO; Pitești/RO; Bacău/RO; Târgu Mureș/RO; "
        "Baia Mare/RO; Buzău/RO; Botoșani/RO; Satu Mare/RO; Râmnicu Vâlcea/RO; "
        "Drobeta-Turnu Severin/RO; Suceava/RO; Piatra Neamț/RO; Târgu Jiu/RO; Tulcea/RO",
        "a declaration copied from a PDF: hyphenated body, `Municipiul X, prin primar Name` "
        "lines over a page break with a footer address in București and a running header with "
        "page numbers, two names hyphenated across lines; Sibiu the venue, Alba Iulia the "
        "new president's city",
    ),
    Page(
        "hu-tagnyilvantartas-tablazat-megye-csatlakozas-kategoria",
        "hu",
        "table_tabs;columns_after;no_country;not_signatory",
        "Tagjaink – a Szövetség tagnyilvántartása",
        (2025, 2, 17),
        "Főoldal » Szövetség » Tagjaink\n\n"
        "Az Egészséges Városok Magyarországi Szövetsége 1992 óta fogja össze azokat a "
        "településeket, amelyek elkötelezték magukat lakóik egészségének javítása mellett. "
        "Rendes tag lehet minden települési önkormányzat, amely elfogadja az Egészséges "
        "Városok Programjának elveit; pártoló tagként intézmények és szervezetek "
        "csatlakozhatnak.\n\n"
        "A 2025. évi közgyűlést Szombathelyen tartjuk, a szakmai napot pedig a Debreceni "
        "Egyetem Népegészségügyi Karával közösen szervezzük.\n\n"
        "Tagnyilvántartás (utolsó frissítés: 2025. február 10.)\n"
        "Letöltés: tagok_2025.xlsx",
        "Ssz.\tTag neve\tVármegye\tCsatlakozás éve\tTagsági kategória\n"
        "1\tPécs Megyei Jogú Város Önkormányzata\tBaranya\t1992\talapító tag\n"
        "2\tGyőr Megyei Jogú Város Önkormányzata\tGyőr-Moson-Sopron\t1992\talapító tag\n"
        "3\tSzeged Megyei Jogú Város Önkormányzata\tCsongrád-Csanád\t1992\talapító tag\n"
        "4\tMiskolc Megyei Jogú Város Önkormányzata\tBorsod-Abaúj-Zemplén\t1993\trendes tag\n"
        "5\tKaposvár Megyei Jogú Város Önkormányzata\tSomogy\t1993\trendes tag\n"
        "6\tVeszprém Megyei Jogú Város Önkormányzata\tVeszprém\t1995\trendes tag\n"
        "7\tSopron Megyei Jogú Város Önkormányzata\tGyőr-Moson-Sopron\t1996\trendes tag\n"
        "8\tZalaegerszeg Megyei Jogú Város Önkormányzata\tZala\t1998\trendes tag\n"
        "9\tSzekszárd Megyei Jogú Város Önkormányzata\tTolna\t2001\trendes tag\n"
        "10\tEger Megyei Jogú Város Önkormányzata\tHeves\t2003\trendes tag\n"
        "11\tHódmezővásárhely Megyei Jogú Város Önkormányzata\tCsongrád-Csanád\t2004\trendes tag"
        "\n"
        "12\tGödöllő Város Önkormányzata\tPest\t2004\trendes tag\n"
        "13\tSzentendre Város Önkormányzata\tPest\t2006\trendes tag\n"
        "14\tVác Város Önkormányzata\tPest\t2006\trendes tag\n"
        "15\tTata Város Önkormányzata\tKomárom-Esztergom\t2008\trendes tag\n"
        "16\tKörmend Város Önkormányzata\tVas\t2009\trendes tag\n"
        "17\tKeszthely Város Önkormányzata\tZala\t2011\trendes tag\n"
        "18\tMosonmagyaróvár Város Önkormányzata\tGyőr-Moson-Sopron\t2012\trendes tag\n"
        "19\tPaks Város Önkormányzata\tTolna\t2014\trendes tag\n"
        "20\tJászberény Város Önkormányzata\tJász-Nagykun-Szolnok\t2015\trendes tag\n"
        "21\tKazincbarcika Város Önkormányzata\tBorsod-Abaúj-Zemplén\t2017\trendes tag\n"
        "22\tBalatonfüred Város Önkormányzata\tVeszprém\t2019\trendes tag\n"
        "23\tZsámbék Város Önkormányzata\tPest\t2021\trendes tag\n"
        "24\tTihany Község Önkormányzata\tVeszprém\t2023\trendes tag\n"
        "25\tSemmelweis Egyetem Egészségügyi Közszolgálati Kar\tBudapest\t2010\tpártoló tag\n"
        "26\tMagyar Vöröskereszt Baranya Vármegyei Szervezete\tBaranya\t2016\tpártoló tag\n"
        "27\tSoproni Egyetem\tGyőr-Moson-Sopron\t2022\tpártoló tag",
        "Összesen: 24 települési önkormányzat és 3 pártoló tag\n\n"
        "Csatlakozna? A belépési nyilatkozatot a titkárság címére kérjük megküldeni: "
        "Egészséges Városok Magyarországi Szövetsége, 7621 Pécs, Széchenyi tér 1.",
        "Pécs/HU; Győr/HU; Szeged/HU; Miskolc/HU; Kaposvár/HU; Veszprém/HU; Sopron/HU; "
        "Zalaegerszeg/HU; Szekszárd/HU; Eger/HU; Hódmezővásárhely/HU; Gödöllő/HU; "
        "Szentendre/HU; Vác/HU; Tata/HU; Körmend/HU; Keszthely/HU; Mosonmagyaróvár/HU; "
        "Paks/HU; Jászberény/HU; Kazincbarcika/HU; Balatonfüred/HU; Zsámbék/HU; Tihany/HU",
        "a register pasted from a spreadsheet: `X Megyei Jogú Város Önkormányzata`, `X Város`, "
        "`Tihany Község` with county (Veszprém is also a county), joining year and category "
        "columns; supporting members a university named after Sopron and a Red Cross branch; "
        "Szombathely the venue, Debrecen's university",
    ),
    Page(
        "cs-mapa-clenu-seznam-znacky-zobrazit-na-mape",
        "cs",
        "one_a_line;region_after;columns_after;no_country;not_signatory",
        "Mapa členů Národní sítě Zdravých měst",
        (2025, 1, 14),
        "Úvod › O síti › Členové › Mapa členů\n\n"
        "Členy sítě jsou města, obce i kraje, které se rozhodly systematicky pracovat na "
        "zdraví, kvalitě života a udržitelném rozvoji. Na mapě najdete všechna města, která "
        "v roce 2024 splnila kritéria kategorie C a vyšší. Kancelář sítě sídlí v Praze, "
        "regionální koordinátorka pro Moravu pracuje v Olomouci.\n\n"
        "Mapa\tSeznam\n"
        "Kraj: Všechny kraje\nKategorie: C a vyšší\n"
        "Zobrazeno 12 z 12\n\n"
        "+\n−\n"
        "Leaflet | © OpenStreetMap contributors",
        "Litoměřice\nÚstecký kraj · kategorie A · členem od 1994\nZobrazit na mapě\n"
        "Chrudim\nPardubický kraj · kategorie A · členem od 1994\nZobrazit na mapě\n"
        "Vsetín\nZlínský kraj · kategorie B · členem od 1996\nZobrazit na mapě\n"
        "Kopřivnice\nMoravskoslezský kraj · kategorie B · členem od 1997\nZobrazit na mapě\n"
        "Prostějov\nOlomoucký kraj · kategorie C · členem od 1998\nZobrazit na mapě\n"
        "Strakonice\nJihočeský kraj · kategorie C · členem od 2000\nZobrazit na mapě\n"
        "Třebíč\nKraj Vysočina · kategorie B · členem od 2002\nZobrazit na mapě\n"
        "Vrchlabí\nKrálovéhradecký kraj · kategorie A · členem od 2003\nZobrazit na mapě\n"
        "Uherské Hradiště\nZlínský kraj · kategorie C · členem od 2005\nZobrazit na mapě\n"
        "Hodonín\nJihomoravský kraj · kategorie C · členem od 2006\nZobrazit na mapě\n"
        "Krnov\nMoravskoslezský kraj · kategorie B · členem od 2009\nZobrazit na mapě\n"
        "Kutná Hora\nStředočeský kraj · kategorie C · členem od 2015\nZobrazit na mapě",
        "Chybí zde vaše město? Podmínky vstupu a přihláška\n\n"
        "Aktuality\n"
        "Letní škola Zdravých měst proběhne letos v Jihlavě\n"
        "Praha 7 a Říčany sdílejí zkušenosti s participativním rozpočtem",
        "Litoměřice/CZ; Chrudim/CZ; Vsetín/CZ; Kopřivnice/CZ; Prostějov/CZ; Strakonice/CZ; "
        "Třebíč/CZ; Vrchlabí/CZ; Uherské Hradiště/CZ; Hodonín/CZ; Krnov/CZ; Kutná Hora/CZ",
        "a map's list view copied with its controls and attribution: each city over a "
        "`kraj · kategorie · členem od` line and `Zobrazit na mapě`; the office in Praze and a "
        "coordinator in Olomouci, Jihlava, Praha 7 and Říčany in news after the list",
    ),
    Page(
        "fi-kartta-luettelo-pohjoismaiset-kaupungit-eksonyymit",
        "fi",
        "one_a_line;country_in_language;columns_after;not_signatory",
        "Verkoston jäsenkaupungit kartalla",
        (2024, 10, 3),
        "Etusivu / Verkosto / Jäsenkaupungit\n\n"
        "Pohjoismaiset turvalliset kaupungit on kaupunkien yhteistyöverkosto, joka ehkäisee "
        "polarisaatiota, vihapuhetta ja väkivaltaista ekstremismiä. Verkoston sihteeristö "
        "toimii Kööpenhaminassa, ja vuoden 2024 huippukokous pidettiin Tampereella "
        "lokakuussa.\n\n"
        "Näytä: Kartta | Luettelo\n"
        "Suodata maan mukaan: Kaikki maat\n"
        "13 jäsenkaupunkia",
        "Tukholma\nRuotsi · jäsen vuodesta 2016\nNäytä kartalla ›\n"
        "Göteborg\nRuotsi · jäsen vuodesta 2016\nNäytä kartalla ›\n"
        "Malmö\nRuotsi · jäsen vuodesta 2017\nNäytä kartalla ›\n"
        "Oslo\nNorja · jäsen vuodesta 2016\nNäytä kartalla ›\n"
        "Bergen\nNorja · jäsen vuodesta 2018\nNäytä kartalla ›\n"
        "Aarhus\nTanska · jäsen vuodesta 2016\nNäytä kartalla ›\n"
        "Odense\nTanska · jäsen vuodesta 2019\nNäytä kartalla ›\n"
        "Reykjavík\nIslanti · jäsen vuodesta 2017\nNäytä kartalla ›\n"
        "Tórshavn\nFärsaaret · jäsen vuodesta 2021\nNäytä kartalla ›\n"
        "Helsinki\nSuomi · jäsen vuodesta 2016\nNäytä kartalla ›\n"
        "Turku\nSuomi · jäsen vuodesta 2017\nNäytä kartalla ›\n"
        "Vantaa\nSuomi · jäsen vuodesta 2020\nNäytä kartalla ›\n"
        "Maarianhamina\nAhvenanmaa · jäsen vuodesta 2022\nNäytä kartalla ›",
        "Karttatiedot © OpenStreetMapin tekijät\n\n"
        "Haluaako kaupunkisi mukaan? Ota yhteyttä sihteeristöön.\n\n"
        "Ajankohtaista\nTampereen huippukokous: kaupungit sopivat yhteisistä "
        "toimintaperiaatteista\nEspoo ja Uppsala vaihtoivat kokemuksia nuorisotyöstä",
        "Stockholm/SE; Gothenburg|Göteborg/SE; Malmö/SE; Oslo/NO; Bergen/NO; Aarhus/DK; "
        "Odense/DK; Reykjavík/IS; Tórshavn/FO; Helsinki/FI; Turku/FI; Vantaa/FI; "
        "Mariehamn|Maarianhamina/AX",
        "a map's list view of Nordic cities in Finnish (`Tukholma`, `Maarianhamina`) over "
        "`Maa · jäsen vuodesta` lines and `Näytä kartalla`; Faroe Islands and Åland as the "
        "country column; the secretariat Kööpenhaminassa, the summit Tampereella, Espoo and "
        "Uppsala in news",
    ),
    Page(
        "no-trekkspill-fylke-antall-kommune-samisk-navn",
        "no",
        "one_a_line;region_heading;named_twice;no_country;not_signatory",
        "Medlemskommuner i nettverket",
        (2025, 3, 6),
        "Forsiden > Om nettverket > Medlemmer\n\n"
        "Nettverk for klimatilpasning samler kommuner som vil dele erfaringer om overvann, "
        "flom, skred og havnivåstigning. Nettverket ble startet i 2019 og drives av et "
        "sekretariat i Kristiansand kommune på oppdrag fra styringsgruppen. Årets "
        "nettverkssamling holdes i Bodø 10.–11. juni.\n\n"
        "Under finner du medlemskommunene sortert etter fylke. Klikk på et fylke for å se "
        "kommunene.\n\n"
        "Vis alle | Skjul alle",
        "Agder (3)\n−\nArendal kommune\nGrimstad kommune\nKristiansand kommune\n"
        "Akershus (2)\n−\nAsker kommune\nLillestrøm kommune\n"
        "Buskerud (1)\n−\nKongsberg kommune\n"
        "Finnmark – Finnmárku (3)\n−\nAlta kommune\n"
        "Kautokeino kommune / Guovdageainnu suohkan\nVadsø kommune\n"
        "Innlandet (3)\n−\nGjøvik kommune\nHamar kommune\nLillehammer kommune\n"
        "Møre og Romsdal (3)\n−\nKristiansund kommune\nMolde kommune\nÅlesund kommune\n"
        "Nordland (2)\n−\nNarvik kommune\nRana kommune\n"
        "Oslo (1)\n−\nOslo kommune\n"
        "Rogaland (3)\n−\nHaugesund kommune\nSandnes kommune\nStavanger kommune\n"
        "Telemark (2)\n−\nPorsgrunn kommune\nSkien kommune\n"
        "Troms – Romsa (2)\n−\nHarstad kommune\nTromsø kommune / Romssa suohkan\n"
        "Trøndelag – Trööndelage (2)\n−\nSnåsa kommune / Snåasen tjïelte\nSteinkjer kommune\n"
        "Vestfold (3)\n−\nHorten kommune\nLarvik kommune\nTønsberg kommune\n"
        "Vestland (3)\n−\nBergen kommune\nFørde kommune\nVoss herad\n"
        "Østfold (2)\n−\nFredrikstad kommune\nHalden kommune",
        "Totalt 35 medlemskommuner\n\n"
        "Vil din kommune bli med? Medlemskap er gratis for kommuner. Send en e-post til "
        "sekretariatet.\n\n"
        "Sekretariat: Kristiansand kommune, Rådhusgata 18, 4611 Kristiansand",
        "Arendal/NO; Grimstad/NO; Kristiansand/NO; Asker/NO; Lillestrøm/NO; Kongsberg/NO; "
        "Alta/NO; Kautokeino/NO; Vadsø/NO; Gjøvik/NO; Hamar/NO; Lillehammer/NO; "
        "Kristiansund/NO; Molde/NO; Ålesund/NO; Narvik/NO; Mo i Rana|Rana/NO; Oslo/NO; "
        "Haugesund/NO; Sandnes/NO; Stavanger/NO; Porsgrunn/NO; Skien/NO; Harstad/NO; "
        "Tromsø/NO; Snåsa|Snåase/NO; Steinkjer/NO; Horten/NO; Larvik/NO; Tønsberg/NO; "
        "Bergen/NO; Førde/NO; Voss/NO; Fredrikstad/NO; Halden/NO",
        "an accordion of counties with member counts, expanded with its `−` toggles, over "
        "`X kommune` lines (`Voss herad`, `Rana kommune` for Mo i Rana, Sami names after a "
        "slash, county names in two languages); the secretariat Kristiansand is a member "
        "too, Bodø the venue",
    ),
    Page(
        "et-poordumine-joonealused-viited-linn-vald",
        "et",
        "one_a_line;no_country;not_signatory",
        "Omavalitsuste pöördumine Riigikogu poole koolivõrgu rahastamise asjus",
        (2025, 3, 12),
        "Avaleht » Uudised » Pöördumised\n\n"
        "Eesti Linnade ja Valdade Liidu volikogu koosolekul Paides 27. veebruaril 2025 "
        "arutati gümnaasiumivõrgu ja põhikoolide rahastamise muudatusi. Koosolekul "
        "koostatud pöördumisega on tänaseks ühinenud kaheksa omavalitsust.\n\n"
        "Austatud Riigikogu kultuurikomisjon\n\n"
        "Meie, allakirjutanud omavalitsused, palume Riigikogul enne haridusseaduse "
        "muudatuste vastuvõtmist arvestada maapiirkondade koolide olukorda. Õpilaste arvu "
        "põhine rahastus1 ei kata väikeste koolide püsikulusid ning sunnib omavalitsusi "
        "koole sulgema ka seal, kus lähim kool on üle 30 kilomeetri kaugusel.\n\n"
        "Teeme ettepaneku:\n"
        "• säilitada 2026. aastal praegune hariduse toetusfondi jaotusmudel;\n"
        "• luua koostöös omavalitsustega koolivõrgu korrastamise kava aastani 2035;\n"
        "• rahastada koolitransporti riigieelarvest eraldi reana.\n\n"
        "Lugupidamisega",
        "Tartu linn²\n"
        "Pärnu linn\n"
        "Viljandi linn³\n"
        "Võru linn\n"
        "Valga vald\n"
        "Põlva vald³\n"
        "Rapla vald\n"
        "Jõhvi vald⁴",
        "__________\n"
        "1 Haridus- ja Teadusministeeriumi määrus nr 14, vt ka Tallinna Ülikooli uuring "
        "(2024).\n"
        "2 Allkirjastanud abilinnapea volituse alusel.\n"
        "3 Ühines pöördumisega 5. märtsil 2025.\n"
        "4 Vallavolikogu otsus nr 31, 10.03.2025.\n\n"
        "Pöördumine (PDF, digiallkirjastatud)\n\n"
        "Kontakt: Eesti Linnade ja Valdade Liit, Sakala 3, Tallinn",
        "Tartu/EE; Pärnu/EE; Viljandi/EE; Võru/EE; Valga/EE; Põlva/EE; Rapla/EE; Jõhvi/EE",
        "an appeal signed by `X linn` and `X vald` one a line with footnote markers glued "
        "(`Tartu linn²`), the footnotes below naming Tallinn's university; the meeting in "
        "Paides, the association's address in Tallinn",
    ),
    Page(
        "lt-baltijos-miestu-kreipimasis-parasai-datos-egzonimai",
        "lt",
        "one_a_line;person_after;columns_after;no_country;not_signatory",
        "Baltijos miestų kreipimasis dėl Baltijos jūros apsaugos",
        (2025, 6, 20),
        "Pradžia › Naujienos › Kreipimaisi\n\n"
        "Baltijos miestų sąjungos narių merai, susitikę Vasoje vykusioje sąjungos valdybos "
        "sesijoje, pasirašė kreipimąsi į Europos Komisiją ir Helsinkio komisiją (HELCOM). "
        "Miestai ragina skirti daugiau lėšų lietaus nuotekų valymui ir uostų akvatorijų "
        "tvarkymui. Kreipimąsi parengė sąjungos Aplinkos komisija, jo tekstą koordinavo "
        "sekretoriatas Gdanske.\n\n"
        "Kreipimąsi pasirašė:",
        "Miestas\nVardas, pavardė, pareigos\nParašas\nData\n"
        "Klaipėda\nRūta Jankauskienė, Klaipėdos miesto merė\n(parašas)\n2025-06-12\n"
        "Palanga\nMindaugas Butkus, Palangos miesto meras\n(parašas)\n2025-06-12\n"
        "Kaunas\nTomas Vaitkus, Kauno miesto mero pavaduotojas\n(parašas)\n2025-06-12\n"
        "Liepoja\nIlze Kalniņa, Liepojos miesto tarybos pirmininkė\n(parašas)\n2025-06-12\n"
        "Ventspilis\nAndris Bērziņš, Ventspilio miesto tarybos pirmininkas\n(parašas)\n"
        "2025-06-13\n"
        "Pernu\nKadri Tamm, Pernu merė\n(parašas)\n2025-06-13\n"
        "Turku\nJussi Mäkinen, Turku meras\n(parašas)\n2025-06-13\n"
        "Kalmaras\nErik Lindahl, Kalmaro savivaldybės tarybos pirmininkas\n(parašas)\n"
        "2025-06-16\n"
        "Rostokas\nSabine Krüger, Rostoko vyriausioji merė\n(parašas)\n2025-06-16\n"
        "Gdynė\nPaweł Zawadzki, Gdynės miesto prezidentas\n(parašas)\n2025-06-17\n"
        "Kylis\nJörg Petersen, Kylio miesto meras\n(parašas)\n2025-06-18\n"
        "Talinas\nTallino miesto meras\npasirašys vėliau\n–",
        "Kreipimasis atviras kitiems sąjungos nariams iki liepos 31 d. Atsisiųsti tekstą "
        "(PDF, anglų k.)\n\n"
        "Kitos naujienos\nUmeå ir Tartu dalijasi patirtimi apie dviračių infrastruktūrą\n"
        "Gruodį – sąjungos generalinė konferencija Rygoje",
        "Klaipėda/LT; Palanga/LT; Kaunas/LT; Liepāja/LV; Ventspils/LV; Pärnu/EE; Turku/FI; "
        "Kalmar/SE; Rostock/DE; Gdynia/PL; Kiel/DE",
        "a signature table copied one cell a line (city in Lithuanian exonym, `Name, X "
        "miesto meras` in the genitive, `(parašas)`, date), Tallinn's mayor will sign later; "
        "the session Vasoje, the secretariat Gdanske, the Helsinki Commission, Umeå, Tartu "
        "and Riga in news",
    ),
    Page(
        "el-diakiryxi-kerkyras-pdf-dyo-steles-chores-epikefalides",
        "el",
        "several_a_line;region_heading;country_in_language;broken_lines;not_signatory",
        "Διακήρυξη της Κέρκυρας για τις λιμενικές πόλεις της Αδριατικής και του Ιονίου",
        (2025, 5, 23),
        "Αρχική › Δράσεις › Διακηρύξεις\n\n"
        "Κατεβάστε τη Διακήρυξη (PDF)\n\n"
        "ΦΟΡΟΥΜ ΠΟΛΕΩΝ ΑΔΡΙΑΤΙΚΗΣ ΚΑΙ ΙΟΝΙΟΥ\n"
        "25η Γενική Συνέλευση – Κέρκυρα, 15–16 Μαΐου 2025\n\n"
        "Οι δήμαρχοι και οι εκπρόσωποι των πόλεων-μελών του Φόρουμ, συνερχόμενοι στην "
        "Κέρκυρα με την\nφιλοξενία του Δήμου Κεντρικής Κέρκυρας και Διαποντίων Νήσων, "
        "επισημαίνουν ότι η κρουαζιέρα και η\nτουριστική πίεση στα ιστορικά λιμάνια της "
        "περιοχής απαιτούν κοινούς κανόνες και συντονισμό\nμε τη Στρατηγική της ΕΕ για την "
        "Περιφέρεια Αδριατικής-Ιονίου (EUSAIR).\n\n"
        "Οι πόλεις δεσμεύονται:\n"
        "α) να ανταλλάσσουν δεδομένα για τις αφίξεις κρουαζιερόπλοιων και τις εκπομπές στα "
        "λι-\nμάνια τους·\n"
        "β) να προωθήσουν την ηλεκτροδότηση των προβλητών από την ξηρά έως το 2030·\n"
        "γ) να στηρίξουν τη Χάρτα της Ανκόνας για τον βιώσιμο τουρισμό.\n\n"
        "Φόρουμ Πόλεων Αδριατικής και Ιονίου – Διακήρυξη της Κέρκυρας                σελ. 1\n\n"
        "Υπογράφουν:",
        "ΕΛΛΑΔΑ                                         ΚΡΟΑΤΙΑ\n"
        "Δήμος Πατρέων                                  Σπλιτ\n"
        "Δήμος Ηγουμενίτσας                             Ζαντάρ\n"
        "Δήμος Πρέβεζας                                 Ντουμπρόβνικ\n"
        "Δήμος Ζακύνθου                                 Ρίεκα\n"
        "ΙΤΑΛΙΑ                                         ΑΛΒΑΝΙΑ\n"
        "Μπάρι                                          Δυρράχιο\n"
        "Πέσκαρα                                        Αυλώνας\n"
        "Μπρίντιζι                                      Άγιοι Σαράντα\n"
        "Τεργέστη                                       ΜΑΥΡΟΒΟΥΝΙΟ\n"
        "Ρίμινι                                         Κότορ\n"
        "ΣΛΟΒΕΝΙΑ                                       Μπαρ\n"
        "Κόπερ                                          ΒΟΣΝΙΑ-ΕΡΖΕΓΟΒΙΝΗ\n"
        "                                               Νέουμ\n\n"
        "Φόρουμ Πόλεων Αδριατικής και Ιονίου – Διακήρυξη της Κέρκυρας                σελ. 2\n"
        "Μόνιμη Γραμματεία: Piazza XXIV Maggio 1, Ανκόνα, Ιταλία",
        "Η επόμενη Γενική Συνέλευση θα πραγματοποιηθεί το 2026 στο Δυρράχιο.\n\n"
        "Σχετικά: Ο Δήμος Κεντρικής Κέρκυρας παρέδωσε την προεδρία του Φόρουμ στον Δήμο "
        "Πατρέων.",
        "Patras/GR; Igoumenitsa/GR; Preveza/GR; Zakynthos/GR; Bari/IT; Pescara/IT; "
        "Brindisi/IT; Trieste/IT; Rimini/IT; Koper/SI; Split/HR; Zadar/HR; Dubrovnik/HR; "
        "Rijeka/HR; Durrës/AL; Vlorë/AL; Sarandë/AL; Kotor/ME; Bar/ME; Neum/BA",
        "signatories copied from a two-column PDF, the columns glued line by line with wide "
        "spaces and country headings in capitals in both (Montenegro's and Bosnia's headings "
        "in the right column), foreign cities in Greek exonyms (`Τεργέστη`, `Δυρράχιο`, "
        "`Αυλώνας`); the host Κέρκυρα, the secretariat and a charter of Ancona, the next "
        "assembly in Durrës",
    ),
    Page(
        "he-mikhtav-rashei-arim-tzafon-chatimot-taarikhim",
        "he",
        "one_a_line;person_before;few;no_country;not_signatory",
        "מכתב ראשי הערים בצפון לשר האוצר: תקציב חירום לשיקום מוסדות החינוך",
        (2025, 1, 22),
        "ראשי | חדשות הפורום | מכתבים ופניות\n\n"
        "ראשי ערים בגליל המערבי ובגליל העליון פנו השבוע במכתב משותף לשר האוצר בדרישה "
        "להקדים את העברת תקציבי השיקום למוסדות החינוך שנפגעו. המכתב נוסח בישיבת הפורום "
        "שהתקיימה בבית העירייה בקצרין, ומובא כאן במלואו.\n\n"
        "לכבוד\nשר האוצר\nמשרד האוצר, רח' קפלן 1, ירושלים\n\n"
        "הנדון: תקציב חירום לשיקום מוסדות החינוך ביישובי הצפון\n\n"
        "אדוני השר,\n\n"
        "אנו, ראשי הרשויות החתומים מטה, מבקשים להביא לידיעתך כי עשרות מבני חינוך בערינו "
        "עדיין אינם ראויים לשימוש. ללא העברה מיידית של התקציב שאושר, לא נוכל לפתוח את שנת "
        "הלימודים הבאה במבנים בטוחים. נבקש להיפגש עמך בהקדם.\n\n"
        "בכבוד רב,",
        "_______________\n"
        'עו"ד יעל אברהמי\n'
        "ראש עיריית כרמיאל\n"
        "תאריך: 19.01.2025\n\n"
        "_______________\n"
        "אבי דהן\n"
        "ראש עיריית נהריה\n"
        "תאריך: 19.01.2025\n\n"
        "_______________\n"
        'ד"ר משה לוי\n'
        "ראש עיריית מעלות-תרשיחא\n"
        "תאריך: 20.01.2025",
        "העתקים:\n"
        "ראש הממשלה, ירושלים\n"
        "שר החינוך\n"
        'יו"ר מרכז השלטון המקומי, תל אביב-יפו\n'
        "ראש המועצה המקומית קצרין\n\n"
        "להורדת המכתב החתום (PDF)",
        "Karmiel/IL; Nahariya/IL; Ma'alot Tarshiha|Ma'alot-Tarshiha/IL",
        "a letter from three mayors to a minister in Jerusalem, signed in blocks of a line, "
        "`ראש עיריית X` and a date; the meeting in Katzrin, copies to Jerusalem and Tel Aviv",
    ),
    Page(
        "id-peta-anggota-penanda-kota-provinsi-komwil",
        "id",
        "one_a_line;region_after;columns_after;no_country;not_signatory",
        "Peta Anggota Jejaring Kota Tangguh Iklim",
        (2024, 11, 8),
        "Beranda / Program / Kota Tangguh Iklim / Peta Anggota\n\n"
        "Jejaring Kota Tangguh Iklim dibentuk oleh asosiasi pemerintah kota pada Rapat Kerja "
        "Nasional di Balikpapan tahun 2022. Anggota jejaring berkomitmen menyusun rencana "
        "aksi adaptasi perubahan iklim dan melaporkan kemajuannya setiap tahun. Sekretariat "
        "jejaring berkedudukan di Jakarta.\n\n"
        "Tampilan: Peta | Daftar\n"
        "Komisariat Wilayah: Semua\n"
        "Cari kota...\n"
        "73 kota ditemukan",
        "📍 Kota Banda Aceh\nAceh · Komwil I\nLihat di peta\n"
        "📍 Kota Sabang\nAceh · Komwil I\nLihat di peta\n"
        "📍 Kota Langsa\nAceh · Komwil I\nLihat di peta\n"
        "📍 Kota Lhokseumawe\nAceh · Komwil I\nLihat di peta\n"
        "📍 Kota Medan\nSumatera Utara · Komwil I\nLihat di peta\n"
        "📍 Kota Binjai\nSumatera Utara · Komwil I\nLihat di peta\n"
        "📍 Kota Pematangsiantar\nSumatera Utara · Komwil I\nLihat di peta\n"
        "📍 Kota Sibolga\nSumatera Utara · Komwil I\nLihat di peta\n"
        "📍 Kota Padangsidimpuan\nSumatera Utara · Komwil I\nLihat di peta\n"
        "📍 Kota Gunungsitoli\nSumatera Utara · Komwil I\nLihat di peta\n"
        "📍 Kota Padang\nSumatera Barat · Komwil I\nLihat di peta\n"
        "📍 Kota Bukittinggi\nSumatera Barat · Komwil I\nLihat di peta\n"
        "📍 Kota Payakumbuh\nSumatera Barat · Komwil I\nLihat di peta\n"
        "📍 Kota Pariaman\nSumatera Barat · Komwil I\nLihat di peta\n"
        "📍 Kota Pekanbaru\nRiau · Komwil I\nLihat di peta\n"
        "📍 Kota Dumai\nRiau · Komwil I\nLihat di peta\n"
        "📍 Kota Batam\nKepulauan Riau · Komwil I\nLihat di peta\n"
        "📍 Kota Tanjungpinang\nKepulauan Riau · Komwil I\nLihat di peta\n"
        "📍 Kota Jambi\nJambi · Komwil I\nLihat di peta\n"
        "📍 Kota Sungai Penuh\nJambi · Komwil I\nLihat di peta\n"
        "📍 Kota Lubuklinggau\nSumatera Selatan · Komwil I\nLihat di peta\n"
        "📍 Kota Prabumulih\nSumatera Selatan · Komwil I\nLihat di peta\n"
        "📍 Kota Pagar Alam\nSumatera Selatan · Komwil I\nLihat di peta\n"
        "📍 Kota Bengkulu\nBengkulu · Komwil I\nLihat di peta\n"
        "📍 Kota Pangkalpinang\nKepulauan Bangka Belitung · Komwil I\nLihat di peta\n"
        "📍 Kota Bandar Lampung\nLampung · Komwil I\nLihat di peta\n"
        "📍 Kota Metro\nLampung · Komwil I\nLihat di peta\n"
        "📍 Kota Bogor\nJawa Barat · Komwil II\nLihat di peta\n"
        "📍 Kota Sukabumi\nJawa Barat · Komwil II\nLihat di peta\n"
        "📍 Kota Bandung\nJawa Barat · Komwil II\nLihat di peta\n"
        "📍 Kota Cimahi\nJawa Barat · Komwil II\nLihat di peta\n"
        "📍 Kota Tasikmalaya\nJawa Barat · Komwil II\nLihat di peta\n"
        "📍 Kota Cirebon\nJawa Barat · Komwil II\nLihat di peta\n"
        "📍 Kota Bekasi\nJawa Barat · Komwil II\nLihat di peta\n"
        "📍 Kota Semarang\nJawa Tengah · Komwil III\nLihat di peta\n"
        "📍 Kota Surakarta\nJawa Tengah · Komwil III\nLihat di peta\n"
        "📍 Kota Tegal\nJawa Tengah · Komwil III\nLihat di peta\n"
        "📍 Kota Pekalongan\nJawa Tengah · Komwil III\nLihat di peta\n"
        "📍 Kota Magelang\nJawa Tengah · Komwil III\nLihat di peta\n"
        "📍 Kota Salatiga\nJawa Tengah · Komwil III\nLihat di peta\n"
        "📍 Kota Yogyakarta\nDI Yogyakarta · Komwil III\nLihat di peta\n"
        "📍 Kota Surabaya\nJawa Timur · Komwil IV\nLihat di peta\n"
        "📍 Kota Malang\nJawa Timur · Komwil IV\nLihat di peta\n"
        "📍 Kota Kediri\nJawa Timur · Komwil IV\nLihat di peta\n"
        "📍 Kota Blitar\nJawa Timur · Komwil IV\nLihat di peta\n"
        "📍 Kota Madiun\nJawa Timur · Komwil IV\nLihat di peta\n"
        "📍 Kota Probolinggo\nJawa Timur · Komwil IV\nLihat di peta\n"
        "📍 Kota Mojokerto\nJawa Timur · Komwil IV\nLihat di peta\n"
        "📍 Kota Denpasar\nBali · Komwil IV\nLihat di peta\n"
        "📍 Kota Mataram\nNusa Tenggara Barat · Komwil IV\nLihat di peta\n"
        "📍 Kota Bima\nNusa Tenggara Barat · Komwil IV\nLihat di peta\n"
        "📍 Kota Kupang\nNusa Tenggara Timur · Komwil IV\nLihat di peta\n"
        "📍 Kota Pontianak\nKalimantan Barat · Komwil V\nLihat di peta\n"
        "📍 Kota Singkawang\nKalimantan Barat · Komwil V\nLihat di peta\n"
        "📍 Kota Palangka Raya\nKalimantan Tengah · Komwil V\nLihat di peta\n"
        "📍 Kota Banjarmasin\nKalimantan Selatan · Komwil V\nLihat di peta\n"
        "📍 Kota Banjarbaru\nKalimantan Selatan · Komwil V\nLihat di peta\n"
        "📍 Kota Samarinda\nKalimantan Timur · Komwil V\nLihat di peta\n"
        "📍 Kota Bontang\nKalimantan Timur · Komwil V\nLihat di peta\n"
        "📍 Kota Bitung\nSulawesi Utara · Komwil VI\nLihat di peta\n"
        "📍 Kota Tomohon\nSulawesi Utara · Komwil VI\nLihat di peta\n"
        "📍 Kota Kotamobagu\nSulawesi Utara · Komwil VI\nLihat di peta\n"
        "📍 Kota Gorontalo\nGorontalo · Komwil VI\nLihat di peta\n"
        "📍 Kota Makassar\nSulawesi Selatan · Komwil VI\nLihat di peta\n"
        "📍 Kota Palopo\nSulawesi Selatan · Komwil VI\nLihat di peta\n"
        "📍 Kota Parepare\nSulawesi Selatan · Komwil VI\nLihat di peta\n"
        "📍 Kota Kendari\nSulawesi Tenggara · Komwil VI\nLihat di peta\n"
        "📍 Kota Baubau\nSulawesi Tenggara · Komwil VI\nLihat di peta\n"
        "📍 Kota Ternate\nMaluku Utara · Komwil VI\nLihat di peta\n"
        "📍 Kota Ambon\nMaluku · Komwil VI\nLihat di peta\n"
        "📍 Kota Tual\nMaluku · Komwil VI\nLihat di peta\n"
        "📍 Kota Jayapura\nPapua · Komwil VI\nLihat di peta\n"
        "📍 Kota Sorong\nPapua Barat Daya · Komwil VI\nLihat di peta",
        "Leaflet | Peta © kontributor OpenStreetMap\n\n"
        "Ingin bergabung? Unduh formulir komitmen dan kirimkan ke sekretariat.\n\n"
        "Berita terbaru\n"
        "Kota Tarakan dan Kota Palu ikut pelatihan kajian risiko banjir\n"
        "Rakernas 2025 akan digelar di Kota Batu",
        "Banda Aceh/ID; Sabang/ID; Langsa/ID; Lhokseumawe/ID; Medan/ID; Binjai/ID; "
        "Pematangsiantar/ID; Sibolga/ID; Padangsidimpuan|Padangsidempuan/ID; "
        "Gunungsitoli/ID; Padang/ID; Bukittinggi/ID; Payakumbuh/ID; Pariaman/ID; "
        "Pekanbaru/ID; Dumai/ID; Batam/ID; Tanjungpinang|Tanjung Pinang/ID; "
        "Jambi|Jambi City/ID; Sungai Penuh/ID; Lubuklinggau/ID; Prabumulih/ID; "
        "Pagar Alam/ID; Bengkulu/ID; Pangkalpinang/ID; Bandar Lampung/ID; Metro/ID; "
        "Bogor/ID; Sukabumi/ID; Bandung/ID; Cimahi/ID; Tasikmalaya/ID; Cirebon/ID; "
        "Bekasi/ID; Semarang/ID; Surakarta/ID; Tegal/ID; Pekalongan/ID; Magelang/ID; "
        "Salatiga/ID; Yogyakarta/ID; Surabaya/ID; Malang/ID; Kediri/ID; Blitar/ID; "
        "Madiun/ID; Probolinggo/ID; Mojokerto/ID; Denpasar/ID; Mataram/ID; Bima/ID; "
        "Kupang/ID; Pontianak/ID; Singkawang/ID; Palangka Raya|Palangkaraya/ID; "
        "Banjarmasin/ID; Banjarbaru/ID; Samarinda/ID; Bontang/ID; Bitung/ID; Tomohon/ID; "
        "Kotamobagu/ID; Gorontalo/ID; Makassar/ID; Palopo/ID; Parepare/ID; Kendari/ID; "
        "Baubau/ID; Ternate/ID; Ambon/ID; Tual/ID; Jayapura/ID; Sorong/ID",
        "a map's list view of 73 `Kota X` markers (📍) over `Province · Komwil` lines and "
        "`Lihat di peta`, provinces named like their cities (Jambi, Bengkulu, Gorontalo), "
        "`Kota Metro`; Balikpapan the founding venue, Jakarta the secretariat, Tarakan, Palu "
        "and Batu in news",
    ),
    Page(
        "vi-bang-hoi-vien-moi-o-mot-dong-loai-do-thi-tinh",
        "vi",
        "one_a_line;region_after;columns_after;no_country;not_signatory",
        "Danh sách hội viên mới được kết nạp năm 2024",
        (2024, 12, 19),
        "Trang chủ » Tin tức » Hoạt động Hiệp hội\n\n"
        "Tại Hội nghị Ban Chấp hành mở rộng tổ chức ở thành phố Hạ Long (Quảng Ninh) ngày "
        "12/12/2024, Hiệp hội Đô thị Việt Nam đã trao quyết định kết nạp hội viên cho 16 đô "
        "thị. Phát biểu tại hội nghị, Chủ tịch Hiệp hội nhấn mạnh vai trò của các đô thị vừa "
        "và nhỏ trong việc thực hiện Nghị quyết 06-NQ/TW về quy hoạch, xây dựng, quản lý và "
        "phát triển bền vững đô thị.\n\n"
        "Danh sách các đô thị được kết nạp:",
        "STT\nTên đô thị\nTỉnh/Thành phố\nLoại đô thị\nNgày kết nạp\n"
        "1\nThành phố Huế\nThừa Thiên Huế\nLoại I\n15/03/2024\n"
        "2\nThành phố Quy Nhơn\nBình Định\nLoại I\n15/03/2024\n"
        "3\nThành phố Buôn Ma Thuột\nĐắk Lắk\nLoại I\n15/03/2024\n"
        "4\nThành phố Đà Lạt\nLâm Đồng\nLoại I\n20/05/2024\n"
        "5\nThành phố Nam Định\nNam Định\nLoại I\n20/05/2024\n"
        "6\nThành phố Thái Nguyên\nThái Nguyên\nLoại I\n20/05/2024\n"
        "7\nThành phố Vũng Tàu\nBà Rịa – Vũng Tàu\nLoại I\n20/05/2024\n"
        "8\nThành phố Biên Hòa\nĐồng Nai\nLoại I\n18/07/2024\n"
        "9\nThành phố Long Xuyên\nAn Giang\nLoại I\n18/07/2024\n"
        "10\nThành phố Lào Cai\nLào Cai\nLoại II\n18/07/2024\n"
        "11\nThị xã Sa Pa\nLào Cai\nLoại IV\n18/07/2024\n"
        "12\nThành phố Hội An\nQuảng Nam\nLoại III\n26/09/2024\n"
        "13\nThành phố Tuy Hòa\nPhú Yên\nLoại II\n26/09/2024\n"
        "14\nThành phố Cà Mau\nCà Mau\nLoại II\n26/09/2024\n"
        "15\nThành phố Điện Biên Phủ\nĐiện Biên\nLoại II\n12/12/2024\n"
        "16\nThành phố Móng Cái\nQuảng Ninh\nLoại II\n12/12/2024",
        "Nguồn: Văn phòng Hiệp hội Đô thị Việt Nam, Hà Nội\n\n"
        "Tin liên quan\n"
        "Đà Nẵng và Cần Thơ chia sẻ kinh nghiệm chuyển đổi số đô thị\n"
        "Hội thảo về đô thị thông minh tại Thành phố Hồ Chí Minh",
        "Huế|Hue/VN; Quy Nhơn|Qui Nhon/VN; Buôn Ma Thuột/VN; Đà Lạt|Da Lat/VN; "
        "Nam Định/VN; Thái Nguyên/VN; Vũng Tàu/VN; Biên Hòa/VN; Long Xuyên/VN; Lào Cai/VN; "
        "Sa Pa/VN; Hội An|Hoi An/VN; Tuy Hòa/VN; Cà Mau/VN; Điện Biên Phủ/VN; Móng Cái/VN",
        "a table copied one cell a line (number, `Thành phố X`, province, urban class, date), "
        "provinces named like their cities (`Nam Định`, `Lào Cai`, `Cà Mau`, `Bà Rịa – Vũng "
        "Tàu`), a `Thị xã`; Hạ Long the venue, Hà Nội the office, Đà Nẵng, Cần Thơ and Hồ Chí "
        "Minh City in related news",
    ),
    Page(
        "uk-reiestr-chleniv-miska-rada-rik-vstupu-katehoriia",
        "uk",
        "numbered;inflected;columns_after;no_country;not_signatory",
        "Реєстр членів Асоціації «Енергоефективні міста України»",
        (2025, 2, 4),
        "Головна / Про асоціацію / Члени асоціації\n\n"
        "Асоціація «Енергоефективні міста України» об'єднує органи місцевого самоврядування, "
        "які впроваджують енергоменеджмент і готують плани дій сталого енергетичного розвитку "
        "та клімату. Реєстр ведеться виконавчою дирекцією у Києві відповідно до Статуту; "
        "категорію члена визначає Загальні збори.\n\n"
        "Станом на 1 лютого 2025 року:",
        "1. Вінницька міська рада — дійсний член, 2015\n"
        "2. Житомирська міська рада — дійсний член, 2015\n"
        "3. Івано-Франківська міська рада — дійсний член, 2015\n"
        "4. Луцька міська рада — дійсний член, 2016\n"
        "5. Тернопільська міська рада — дійсний член, 2016\n"
        "6. Хмельницька міська рада — дійсний член, 2016\n"
        "7. Кам'янець-Подільська міська рада — дійсний член, 2017\n"
        "8. Чернівецька міська рада — дійсний член, 2017\n"
        "9. Славутицька міська рада — дійсний член, 2018\n"
        "10. Вараська міська рада — дійсний член, 2018\n"
        "11. Ніжинська міська рада — дійсний член, 2019\n"
        "12. Миргородська міська рада — дійсний член, 2019\n"
        "13. Долинська міська рада — дійсний член, 2020\n"
        "14. Бучанська міська рада — дійсний член, 2021\n"
        "15. Золочівська міська рада Львівської області — дійсний член, 2023\n"
        "16. Ужгородська міська рада — дійсний член, 2024\n"
        "17. ГО «Агенція енергоефективності Полтавщини» — асоційований член, 2019\n"
        "18. Харківський національний університет міського господарства — асоційований член, "
        "2022",
        "Загальні збори 2025 року відбудуться у Львові. Заявки на вступ приймає виконавча "
        "дирекція.\n\n"
        "Завантажити реєстр (XLSX)",
        "Vinnytsia/UA; Zhytomyr/UA; Ivano-Frankivsk/UA; Lutsk/UA; Ternopil/UA; "
        "Khmelnytskyi/UA; Kamianets-Podilskyi/UA; Chernivtsi/UA; Slavutych/UA; Varash/UA; "
        "Nizhyn/UA; Myrhorod/UA; Dolyna/UA; Bucha/UA; Zolochiv/UA; Uzhhorod/UA",
        "a numbered register of councils named by adjective (`Вінницька міська рада`, "
        "`Золочівська міська рада Львівської області`) with category and year, associate "
        "members an NGO of Poltava region and a Kharkiv university; Kyiv the office, Lviv "
        "the next assembly",
    ),
    Page(
        "gl-eixo-tarxetas-concello-municipio-ler-mais",
        "gl",
        "one_a_line;region_after;inflected;not_signatory",
        "Cidades socias",
        (2025, 4, 2),
        "Inicio › O Eixo › Cidades socias\n\n"
        "O Eixo Atlántico do Noroeste Peninsular é unha asociación transfronteiriza de "
        "concellos de Galicia e municipios do Norte de Portugal, creada para defender "
        "proxectos comúns ante os gobernos de Madrid, Lisboa e a Unión Europea. A "
        "Secretaría Xeral ten a súa sede en Vigo e unha delegación no Porto.\n\n"
        "Filtrar: Todas | Galicia | Norte de Portugal",
        "Concello da Coruña\nGalicia\nLer máis\n"
        "Concello de Vigo\nGalicia\nLer máis\n"
        "Concello de Ourense\nGalicia\nLer máis\n"
        "Concello de Pontevedra\nGalicia\nLer máis\n"
        "Concello de Ferrol\nGalicia\nLer máis\n"
        "Concello de Carballo\nGalicia\nLer máis\n"
        "Concello de Lalín\nGalicia\nLer máis\n"
        "Concello de Vilagarcía de Arousa\nGalicia\nLer máis\n"
        "Concello de Ribeira\nGalicia\nLer máis\n"
        "Concello do Barco de Valdeorras\nGalicia\nLer máis\n"
        "Município do Porto\nNorte de Portugal\nLer máis\n"
        "Município de Braga\nNorte de Portugal\nLer máis\n"
        "Município de Guimarães\nNorte de Portugal\nLer máis\n"
        "Município de Viana do Castelo\nNorte de Portugal\nLer máis\n"
        "Município de Vila Real\nNorte de Portugal\nLer máis\n"
        "Município de Bragança\nNorte de Portugal\nLer máis\n"
        "Município de Chaves\nNorte de Portugal\nLer máis\n"
        "Município de Barcelos\nNorte de Portugal\nLer máis\n"
        "Município de Peso da Régua\nNorte de Portugal\nLer máis\n"
        "Município de Lamego\nNorte de Portugal\nLer máis",
        "Mostrando 20 de 20 socios\n\n"
        "Ligazóns: Xunta de Galicia · Comissão de Coordenação e Desenvolvimento Regional do "
        "Norte · Agrupación Europea de Cooperación Territorial Galicia–Norte de Portugal\n\n"
        "Secretaría Xeral do Eixo Atlántico, Rúa do Príncipe 22, 36202 Vigo",
        "A Coruña/ES; Vigo/ES; Ourense/ES; Pontevedra/ES; Ferrol/ES; Carballo/ES; Lalín/ES; "
        "Vilagarcía de Arousa/ES; Ribeira/ES; O Barco de Valdeorras/ES; Porto/PT; Braga/PT; "
        "Guimarães/PT; Viana do Castelo/PT; Vila Real/PT; Bragança/PT; Chaves/PT; "
        "Barcelos/PT; Peso da Régua/PT; Lamego/PT",
        "member cards flattened to `Concello da/de/do X` or `Município de/do X`, a region "
        "line and `Ler máis` (`Concello da Coruña`, `Concello do Barco de Valdeorras`, "
        "`Município do Porto`); Madrid and Lisboa as governments, the secretariat Vigo is a "
        "member, a Porto office",
    ),
    Page(
        "sl-harmonika-podonavje-drzave-eksonimi-pokrajina",
        "sl",
        "one_a_line;region_heading;country_in_language;body_not_city;not_signatory",
        "Članice Sveta podonavskih mest in regij",
        (2025, 5, 9),
        "Domov » O mreži » Članice\n\n"
        "Svet podonavskih mest in regij povezuje mesta in regije ob Donavi od Schwarzwalda do "
        "Črnega morja. Mreža sodeluje pri izvajanju Strategije EU za Podonavje in zastopa "
        "lokalne skupnosti v njenih usmerjevalnih skupinah. Sekretariat mreže deluje v "
        "okviru Podonavskega urada v Ulmu; letošnji Podonavski forum je gostila Ljubljana, "
        "čeprav Slovenija ne leži ob Donavi.\n\n"
        "Članice po državah (kliknite za prikaz)\n"
        "Razširi vse | Skrči vse",
        "Nemčija (5) ▾\nUlm\nNeu-Ulm\nIngolstadt\nRegensburg\nPassau\n"
        "Avstrija (3) ▾\nDunaj\nLinz\nKrems an der Donau\n"
        "Slovaška (2) ▾\nBratislava\nKomárno\n"
        "Madžarska (3) ▾\nBudimpešta\nGyőr\nMohač\n"
        "Hrvaška (2) ▾\nVukovar\nOsijek\n"
        "Srbija (4) ▾\nAvtonomna pokrajina Vojvodina\nBeograd\nNovi Sad\nSmederevo\n"
        "Romunija (3) ▾\nGalac\nBraila\nGiurgiu\n"
        "Bolgarija (3) ▾\nRuse\nVidin\nSilistra\n"
        "Moldavija (1) ▾\nCahul\n"
        "Ukrajina (1) ▾\nIzmail",
        "Opazovalci: Mesto Sremski Karlovci, Občina Tulcea\n\n"
        "Sekretariat: Donaubüro Ulm/Neu-Ulm, Kronengasse 4/3, 89073 Ulm, Nemčija",
        "Ulm/DE; Neu-Ulm/DE; Ingolstadt/DE; Regensburg/DE; Passau/DE; Vienna/AT; Linz/AT; "
        "Krems an der Donau/AT; Bratislava/SK; Komárno/SK; Budapest/HU; Győr/HU; Mohács/HU; "
        "Vukovar/HR; Osijek/HR; "
        "Autonomna Pokrajina Vojvodina|Avtonomna pokrajina Vojvodina|Vojvodina/RS/region; "
        "Belgrade/RS; Novi Sad/RS; Smederevo/RS; Galați/RO; Brăila/RO; Giurgiu/RO; Ruse/BG; "
        "Vidin/BG; Silistra/BG; Cahul/MD; Izmail/UA",
        "an accordion of countries in Slovenian with counts and ▾ toggles over Danube "
        "cities in Slovenian exonyms (`Dunaj`, `Budimpešta`, `Mohač`, `Galac`, `Braila` "
        "without its breve), an autonomous province among them; observers Sremski Karlovci "
        "and Tulcea after the list, the secretariat in Ulm (a member), the forum's host "
        "Ljubljana",
    ),
]

"""Hand-written pages, batch r35d: written before round 35 (branch accr35d) as material for its
fixers, without reading the reader or the other batches of the round. Pages as messy as real
copies are, statements and member lists in 14 languages: a German statement copied from a PDF
(words hyphenated at line ends, running headers and page numbers between the signatories); a
Polish members spreadsheet pasted one cell a line; a French map's list view with region lines,
`Itinéraire` and zoom buttons; a Spanish accordion of countries with counts, `+`/`−` toggles and
`Ver ficha` buttons; a bilingual Finnish/Swedish statement whose signatories are
`Helsingin kaupunki / Helsingfors stad`; a Czech memorandum's signature page with several lines
per signer and the place of signing; an Italian member list with footnote markers and footnotes
naming other bodies; a Japanese tab table pasted from a spreadsheet with prefecture columns and
a total row; Turkish member cards with buttons and province lines; a Romanian declaration whose
two signature columns the PDF copy ran together on one line; a Dutch-language Flemish tab table
whose province column repeats city names (`Antwerpen`, `Limburg`); a Ukrainian appeal copied
from a PDF with genitives and hyphenated names; 80 Brazilian municipalities in a four-column
grid pasted with tabs, `Cidade (UF)`; a Korean/English memorandum of three cities with
several lines per signer. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "de-pdf-erklaerung-waermewende-silbentrennung-kopfzeile-seitenzahl",
        "de",
        "one_a_line;broken_lines;person_before;no_country;not_signatory",
        "Kasseler Erklärung zur kommunalen Wärmewende",
        (2025, 2, 20),
        "Startseite > Themen > Energie > Kasseler Erklärung\n\n"
        "Die Erklärung als PDF (4 Seiten, 1,2 MB)\n\n"
        "Im Folgenden geben wir den Text der Erklärung wieder, wie er am 18. Februar 2025 "
        "beim Kommunalforum Wärme in Kassel unterzeichnet wurde.\n\n"
        "Kasseler Erklärung zur kommunalen Wärmewende\n\n"
        "Die unterzeichnenden Städte verpflichten sich, bis 2027 eine kommunale Wärmepla-\n"
        "nung vorzulegen, die Fernwärmenetze in ihrem Gebiet bis 2035 zu mindestens 60 Pro-\n"
        "zent aus erneuerbaren Quellen zu speisen und ihre eigenen Liegenschaften bis 2030 "
        "kli-\nmaneutral zu beheizen. Sie fordern Bund und Länder auf, die Förderung der "
        "Wärme-\nnetze langfristig zu sichern.\n\n"
        "Die Gastgeberstadt Kassel hat die Erklärung vorbereitet und lädt weitere Kommu-\n"
        "nen ein, sich anzuschließen.\n\n"
        "Kasseler Erklärung zur kommunalen Wärmewende                                  Seite 2\n\n"
        "Unterzeichnende",
        "Oberbürgermeister Dr. Markus Feldhaus\n"
        "Stadt Freiburg im Breis-\ngau\n\n"
        "Oberbürgermeisterin Sabine Kornmeier\n"
        "Stadt Heidelberg\n\n"
        "Oberbürgermeister Thomas Wiegand\n"
        "Stadt Münster\n\n"
        "Oberbürgermeister Jan Oberdörfer\n"
        "Universitäts-\nstadt Tübingen\n\n"
        "Oberbürgermeisterin Petra Lindemann\n"
        "Stadt Göttingen\n\n"
        "Oberbürgermeister Florian Kessler\n"
        "Stadt Erlangen\n\n"
        "Kasseler Erklärung zur kommunalen Wärmewende                                  Seite 3\n\n"
        "Oberbürgermeisterin Dr. Anke Brüning\n"
        "Landeshauptstadt Pots-\ndam\n\n"
        "Oberbürgermeister Henrik Sattler\n"
        "Han-\nsestadt Rostock\n\n"
        "Bürgermeisterin Claudia Wendt\n"
        "in Vertretung des Oberbürgermeisters\n"
        "Stadt Leipzig\n\n"
        "Oberbürgermeister Ulf Petersen\n"
        "Landeshauptstadt Kiel\n\n"
        "Oberbürgermeisterin Eva Hollerith\n"
        "Stadt Augsburg\n\n"
        "Oberbürgermeister Georg Reinhart\n"
        "Stadt Würzburg",
        "Kasseler Erklärung zur kommunalen Wärmewende                                  Seite 4\n\n"
        "Kontakt: Geschäftsstelle Kommunalforum Wärme, Friedrich-Ebert-Straße 12, 34117 Kassel\n\n"
        "Weitere Meldungen\n"
        "Wärmenetze: Stadtwerke Ulm und Mannheim starten Pilotprojekt\n"
        "Hannover legt als erste Großstadt den Wärmeplan vor",
        "Freiburg im Breisgau/DE; Heidelberg/DE; Münster/DE; Tübingen/DE; Göttingen/DE; "
        "Erlangen/DE; Potsdam/DE; Rostock/DE; Leipzig/DE; Kiel/DE; Augsburg/DE; Würzburg/DE",
        "a PDF copy: `Oberbürgermeister Name` over `Stadt X`, names hyphenated at line ends "
        "(`Breis-/gau`, `Pots-/dam`, `Han-/sestadt`), running header with page numbers between "
        "signers; Kassel the host and venue, Ulm, Mannheim, Hannover in related news",
    ),
    Page(
        "pl-arkusz-czlonkowie-komorka-w-linii-wojewodztwo-liczba",
        "pl",
        "one_a_line;columns_after;region_after;no_country",
        "Lista miast członkowskich Sieci Miast Przyjaznych Rowerom",
        (2024, 9, 3),
        "Strona główna / O sieci / Członkowie\n\n"
        "Sieć zrzesza obecnie 16 miast. Poniżej publikujemy aktualną listę członków według "
        "stanu na 1 września 2024 r. (plik XLSX do pobrania na dole strony).\n\n",
        "Lp.\nMiasto\nWojewództwo\nLiczba mieszkańców\nData przystąpienia\n"
        "1\nRzeszów\npodkarpackie\n196 000\n2016\n"
        "2\nLublin\nlubelskie\n334 000\n2016\n"
        "3\nBiałystok\npodlaskie\n292 000\n2016\n"
        "4\nKielce\nświętokrzyskie\n186 000\n2017\n"
        "5\nOlsztyn\nwarmińsko-mazurskie\n170 000\n2017\n"
        "6\nOpole\nopolskie\n127 000\n2018\n"
        "7\nZielona Góra\nlubuskie\n139 000\n2018\n"
        "8\nGorzów Wielkopolski\nlubuskie\n119 000\n2019\n"
        "9\nToruń\nkujawsko-pomorskie\n196 000\n2019\n"
        "10\nPłock\nmazowieckie\n116 000\n2020\n"
        "11\nElbląg\nwarmińsko-mazurskie\n117 000\n2020\n"
        "12\nNowy Sącz\nmałopolskie\n83 000\n2021\n"
        "13\nTarnów\nmałopolskie\n106 000\n2021\n"
        "14\nLegnica\ndolnośląskie\n97 000\n2022\n"
        "15\nSłupsk\npomorskie\n89 000\n2023\n"
        "16\nKalisz\nwielkopolskie\n97 000\n2024",
        "Pobierz listę (XLSX, 14 KB)\n\n"
        "Biuro Sieci: ul. Długa 14, 31-147 Kraków\n\n"
        "Zobacz także\n"
        "Gdańsk i Wrocław liderami rankingu infrastruktury rowerowej",
        "Rzeszów/PL; Lublin/PL; Białystok/PL; Kielce/PL; Olsztyn/PL; Opole/PL; "
        "Zielona Góra/PL; Gorzów Wielkopolski/PL; Toruń/PL; Płock/PL; Elbląg/PL; "
        "Nowy Sącz/PL; Tarnów/PL; Legnica/PL; Słupsk/PL; Kalisz/PL",
        "a spreadsheet pasted one cell a line: number, city, voivodeship, population, year; "
        "the office in Kraków, Gdańsk and Wrocław in a teaser",
    ),
    Page(
        "fr-carte-membres-vue-liste-region-itineraire",
        "fr",
        "one_a_line;region_after;country_in_language;columns_after;teasers",
        "Carte des villes membres",
        (2025, 1, 14),
        "Accueil › Le réseau › Nos membres\n\n"
        "Retrouvez les collectivités membres du réseau sur la carte ou dans la liste.\n\n"
        "Carte\nListe\n\nRechercher une ville…\nFiltrer par pays\nTous les pays\n\n"
        "11 résultats",
        "Grenoble\nAuvergne-Rhône-Alpes · France\nMembre depuis 2012\nItinéraire\n\n"
        "Lorient\nBretagne · France\nMembre depuis 2015\nItinéraire\n\n"
        "Besançon\nBourgogne-Franche-Comté · France\nMembre depuis 2015\nItinéraire\n\n"
        "Poitiers\nNouvelle-Aquitaine · France\nMembre depuis 2018\nItinéraire\n\n"
        "Dunkerque\nHauts-de-France · France\nMembre depuis 2019\nItinéraire\n\n"
        "Namur\nWallonie · Belgique\nMembre depuis 2016\nItinéraire\n\n"
        "Mons\nWallonie · Belgique\nMembre depuis 2021\nItinéraire\n\n"
        "Sion\nValais · Suisse\nMembre depuis 2017\nItinéraire\n\n"
        "Neuchâtel\nNeuchâtel · Suisse\nMembre depuis 2022\nItinéraire\n\n"
        "Agadir\nSouss-Massa · Maroc\nMembre depuis 2020\nItinéraire\n\n"
        "Sherbrooke\nQuébec · Canada\nMembre depuis 2023\nItinéraire",
        "+\n−\nLeaflet | © contributeurs OpenStreetMap\n\n"
        "Votre collectivité souhaite rejoindre le réseau ? Contactez le secrétariat à Lyon.\n\n"
        "À lire aussi\n"
        "Retour sur les Assises de Rennes : 400 élus réunis\n"
        "Montpellier et Tours lancent un appel à projets commun",
        "Grenoble/FR; Lorient/FR; Besançon/FR; Poitiers/FR; Dunkerque/FR; Namur/BE; Mons/BE; "
        "Sion/CH; Neuchâtel/CH; Agadir/MA; Sherbrooke/CA",
        "a map's list view: city, `Région · Pays`, `Membre depuis`, `Itinéraire` per card, zoom "
        "buttons and map credits; Neuchâtel canton and city alike; Lyon the secretariat, Rennes, "
        "Montpellier, Tours in teasers",
    ),
    Page(
        "es-acordeon-paises-contador-ver-ficha-homonimos",
        "es",
        "one_a_line;region_heading;country_in_language;majority_other_country",
        "Ciudades miembro por país",
        (2024, 11, 27),
        "Inicio / La Red / Ciudades miembro\n\n"
        "La Red Iberoamericana de Ciudades por la Movilidad Sostenible cuenta con 21 gobiernos "
        "locales miembro en seis países. Despliegue cada país para ver sus ciudades.\n\n"
        "Expandir todo\nContraer todo",
        "España (5)\n−\n"
        "Zaragoza\nVer ficha\nValladolid\nVer ficha\nPamplona\nVer ficha\n"
        "Gijón\nVer ficha\nAlicante\nVer ficha\n"
        "Argentina (4)\n−\n"
        "Rosario\nVer ficha\nCórdoba\nVer ficha\nMendoza\nVer ficha\nMar del Plata\nVer ficha\n"
        "México (4)\n−\n"
        "Guadalajara\nVer ficha\nPuebla\nVer ficha\nMérida\nVer ficha\nMonterrey\nVer ficha\n"
        "Colombia (3)\n−\n"
        "Medellín\nVer ficha\nCali\nVer ficha\nManizales\nVer ficha\n"
        "Chile (3)\n−\n"
        "Valparaíso\nVer ficha\nConcepción\nVer ficha\nTemuco\nVer ficha\n"
        "Uruguay (2)\n−\n"
        "Montevideo\nVer ficha\nSalto\nVer ficha",
        "¿Su ciudad quiere sumarse? Escriba a la Secretaría Técnica en Madrid.\n\n"
        "Noticias relacionadas\n"
        "Bogotá acoge el IV Foro de Movilidad Urbana\n"
        "Quito y Lima firman un acuerdo de intercambio técnico",
        "Zaragoza/ES; Valladolid/ES; Pamplona/ES; Gijón/ES; Alicante/ES; Rosario/AR; "
        "Córdoba/AR; Mendoza/AR; Mar del Plata/AR; Guadalajara/MX; Puebla/MX; Mérida/MX; "
        "Monterrey/MX; Medellín/CO; Cali/CO; Manizales/CO; Valparaíso/CL; Concepción/CL; "
        "Temuco/CL; Montevideo/UY; Salto/UY",
        "an accordion of countries with counts and `−` toggles, `Ver ficha` after every city; "
        "Córdoba, Guadalajara, Mérida, Salto under headings whose country is not their "
        "biggest namesake's; Madrid the secretariat, Bogotá, Quito, Lima in related news",
    ),
    Page(
        "fi-sv-kaksikielinen-julkilausuma-kaupunki-stad",
        "fi",
        "one_a_line;inflected;named_twice;no_country;not_signatory",
        "Kaksikielisten kuntien julkilausuma | Tvåspråkiga kommuners uttalande",
        (2025, 3, 12),
        "Etusivu / Ajankohtaista / Julkilausuma\nStartsida / Aktuellt / Uttalande\n\n"
        "Suomeksi | På svenska\n\n"
        "Kaksikieliset kunnat vaativat, että ruotsinkieliset palvelut turvataan "
        "hyvinvointialueilla. Julkilausuma hyväksyttiin kaksikielisten kuntien verkoston "
        "kevätkokouksessa Hangossa 11. maaliskuuta 2025.\n\n"
        "De tvåspråkiga kommunerna kräver att den svenskspråkiga servicen tryggas i "
        "välfärdsområdena. Uttalandet antogs vid nätverkets vårmöte i Hangö den 11 mars "
        "2025.\n\n"
        "Allekirjoittajat / Undertecknare",
        "Helsingin kaupunki / Helsingfors stad\n"
        "Espoon kaupunki / Esbo stad\n"
        "Vantaan kaupunki / Vanda stad\n"
        "Turun kaupunki / Åbo stad\n"
        "Vaasan kaupunki / Vasa stad\n"
        "Porvoon kaupunki / Borgå stad\n"
        "Kokkolan kaupunki / Karleby stad\n"
        "Pietarsaaren kaupunki / Jakobstads stad\n"
        "Kirkkonummen kunta / Kyrkslätts kommun\n"
        "Loviisan kaupunki / Lovisa stad",
        "Lisätietoja / Mer information:\n"
        "verkoston puheenjohtaja / nätverkets ordförande Camilla Sjöholm, p. 040 123 4567\n\n"
        "Hangon kaupunki isännöi kokousta. / Hangö stad var värd för mötet.\n\n"
        "Lue myös / Läs också\n"
        "Tampere ja Oulu mukaan kielipalveluhankkeeseen",
        "Helsinki/FI; Espoo/FI; Vantaa/FI; Turku/FI; Vaasa/FI; Porvoo/FI; Kokkola/FI; "
        "Jakobstad|Pietarsaari/FI; Kirkkonummi/FI; Loviisa/FI",
        "a bilingual Finnish/Swedish page, each signatory as `Helsingin kaupunki / Helsingfors "
        "stad` (Finnish genitive, Swedish name); Hanko/Hangö the venue and host, Tampere and "
        "Oulu in a teaser",
    ),
    Page(
        "cs-memorandum-podpisova-strana-vice-radku-misto-podpisu",
        "cs",
        "one_a_line;person_after;not_signatory",
        "Memorandum o spolupráci měst v oblasti cestovního ruchu",
        (2024, 6, 18),
        "Úvod > Aktuality > Memorandum o spolupráci\n\n"
        "Šest krajských měst podepsalo v Litomyšli memorandum o společné propagaci "
        "cestovního ruchu. Memorandum vzniklo z iniciativy Svazu měst a obcí, který se stal "
        "jeho garantem, a zámek v Litomyšli byl místem podpisu.\n\n"
        "Článek 1\nSmluvní strany se zavazují sdílet data o návštěvnosti a připravit "
        "společnou nabídku pro zahraniční návštěvníky.\n\n"
        "Článek 5\nMemorandum je vyhotoveno v sedmi stejnopisech.\n\n"
        "V Litomyšli dne 17. června 2024",
        "Za statutární město Ostrava:\n\n"
        "……………………………………\n"
        "Mgr. Jana Horáková\n"
        "primátorka\n\n"
        "Za statutární město Hradec Králové:\n\n"
        "……………………………………\n"
        "Ing. Petr Souček\n"
        "primátor\n\n"
        "Za statutární město Pardubice:\n\n"
        "……………………………………\n"
        "Bc. Lucie Vávrová\n"
        "náměstkyně primátora\n"
        "na základě pověření\n\n"
        "Za statutární město Zlín:\n\n"
        "……………………………………\n"
        "Mgr. Ondřej Kratochvíl\n"
        "primátor\n\n"
        "Za statutární město Jihlava:\n\n"
        "……………………………………\n"
        "PhDr. Karel Beneš\n"
        "primátor\n\n"
        "Za Statutární město České Budějovice:\n\n"
        "……………………………………\n"
        "Ing. Markéta Dušková\n"
        "primátorka\n\n"
        "Za Svaz měst a obcí České republiky (garant):\n\n"
        "……………………………………\n"
        "JUDr. Tomáš Malý\n"
        "předseda",
        "Příloha: Seznam kontaktních osob (PDF)\n\n"
        "Další zprávy\n"
        "Liberec a Ústí nad Labem otevírají společné turistické centrum",
        "Ostrava/CZ; Hradec Králové/CZ; Pardubice/CZ; Zlín/CZ; Jihlava/CZ; České Budějovice/CZ",
        "a signature page: `Za statutární město X:`, a dotted line, the signer's name and role "
        "on several lines; the guarantor Svaz měst a obcí signs but is not a city; Litomyšl "
        "the place of signing; Liberec and Ústí in a teaser",
    ),
    Page(
        "it-elenco-comuni-note-a-pie-di-pagina-unione",
        "it",
        "one_a_line;columns_after;region_after;state_codes;not_signatory;body_not_city",
        "Comuni aderenti alla Rete dei Comuni per l'Acqua Pubblica",
        (2024, 10, 8),
        "Home » La Rete » Comuni aderenti\n\n"
        "Aggiornato al 30 settembre 2024. I comuni contrassegnati con l'asterisco hanno "
        "aderito nel corso dell'ultimo anno.\n\n"
        "Elenco dei comuni aderenti",
        "Ravenna (RA)¹\n"
        "Forlì (FC)\n"
        "Cesena (FC)²\n"
        "Faenza (RA)\n"
        "Imola (BO)\n"
        "Rimini (RN)*\n"
        "Pesaro (PU)\n"
        "Fano (PU)*\n"
        "Senigallia (AN)\n"
        "Jesi (AN)³\n"
        "Macerata (MC)\n"
        "Ferrara (FE)*\n"
        "Unione dei Comuni della Bassa Romagna (RA)⁴",
        "* Nuove adesioni 2023-2024\n\n"
        "Note\n"
        "¹ Comune capofila della Rete dal 2019, con sede della segreteria tecnica presso il "
        "Comune di Bologna.\n"
        "² Adesione deliberata dal Consiglio comunale il 12 marzo 2020, anche in qualità di "
        "socio di Romagna Acque.\n"
        "³ In precedenza aderente tramite l'Unione dei Comuni della Vallesina, sciolta nel "
        "2021.\n"
        "⁴ Comprende i comuni di Lugo, Bagnacavallo, Cotignola e altri sei comuni.\n\n"
        "Leggi anche\nParma e Reggio Emilia aderiscono alla campagna per le fontanelle",
        "Ravenna/IT; Forlì/IT; Cesena/IT; Faenza/IT; Imola/IT; Rimini/IT; Pesaro/IT; Fano/IT; "
        "Senigallia/IT; Jesi/IT; Macerata/IT; Ferrara/IT; "
        "Unione dei Comuni della Bassa Romagna|Bassa Romagna/IT/union of municipalities",
        "`Comune (PR)` lines with footnote markers `¹`, `*`; the footnotes name Bologna, "
        "Romagna Acque, a dissolved union and the union's towns (Lugo, Bagnacavallo, "
        "Cotignola), none of them members; the union itself is a member",
    ),
    Page(
        "ja-kameitoshi-hyo-tab-todofuken-goukei",
        "ja",
        "table_tabs;region_after;columns_after;numbered",
        "加盟都市一覧（2025年4月1日現在）",
        (2025, 4, 1),
        "ホーム ＞ 協議会について ＞ 加盟都市一覧\n\n"
        "本協議会には、2025年4月1日現在、次の15市が加盟しています。事務局は横浜市に置いて"
        "います。\n\n",
        "No.\t都市名\t都道府県\t加盟年度\t備考\n"
        "1\t札幌市\t北海道\t2010\t\n"
        "2\t仙台市\t宮城県\t2010\t\n"
        "3\t新潟市\t新潟県\t2011\t\n"
        "4\t富山市\t富山県\t2011\t\n"
        "5\t金沢市\t石川県\t2012\t\n"
        "6\t長野市\t長野県\t2012\t\n"
        "7\t静岡市\t静岡県\t2013\t\n"
        "8\t浜松市\t静岡県\t2013\t\n"
        "9\t岡山市\t岡山県\t2015\t幹事市\n"
        "10\t高松市\t香川県\t2015\t\n"
        "11\t松山市\t愛媛県\t2016\t\n"
        "12\t大分市\t大分県\t2018\t\n"
        "13\t熊本市\t熊本県\t2018\t\n"
        "14\t鹿児島市\t鹿児島県\t2020\t\n"
        "15\t那覇市\t沖縄県\t2023\t新規加盟\n"
        "\t合計\t15市\t\t",
        "※ 加盟をご希望の自治体は、事務局（横浜市環境創造局）までお問い合わせください。\n\n"
        "関連記事\n福岡市で第14回総会を開催しました",
        "Sapporo/JP; Sendai/JP; Niigata/JP; Toyama/JP; Kanazawa/JP; Nagano/JP; Shizuoka/JP; "
        "Hamamatsu/JP; Okayama/JP; Takamatsu/JP; Matsuyama/JP; Oita/JP; Kumamoto/JP; "
        "Kagoshima/JP; Naha/JP",
        "a tab table pasted from a spreadsheet: number, `X市`, prefecture (`静岡県` beside "
        "静岡市, `新潟県` beside 新潟市), year, remarks, empty trailing cells and a total row; "
        "Yokohama the secretariat, Fukuoka in a teaser",
    ),
]

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
        "one_a_line;columns_after;region_after;no_country;teasers",
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
        "one_a_line;region_after;country_in_language;columns_after",
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
        "one_a_line;region_heading;country_in_language;majority_other_country;teasers",
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
        "one_a_line;person_after;not_signatory;teasers",
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
        "table_tabs;region_after;columns_after;numbered;teasers",
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
    Page(
        "tr-uye-belediyeler-kart-detayli-bilgi-il-satiri",
        "tr",
        "one_a_line;region_after;columns_after",
        "Üye Belediyelerimiz",
        (2025, 5, 6),
        "Anasayfa / Birliğimiz / Üye Belediyeler\n\n"
        "Sağlıklı ve Sürdürülebilir Kentler Birliği'ne üye ilçe belediyeleri aşağıda "
        "listelenmiştir. Belediye kartına tıklayarak iletişim bilgilerine ulaşabilirsiniz.\n\n"
        "İl seçiniz\nTümü\nAra\n\n",
        "Nilüfer Belediyesi logosu\nNilüfer Belediyesi\nBursa\nÜyelik tarihi: 2009\n"
        "Detaylı Bilgi\n→\n\n"
        "Çankaya Belediyesi logosu\nÇankaya Belediyesi\nAnkara\nÜyelik tarihi: 2009\n"
        "Detaylı Bilgi\n→\n\n"
        "Karşıyaka Belediyesi logosu\nKarşıyaka Belediyesi\nİzmir\nÜyelik tarihi: 2011\n"
        "Detaylı Bilgi\n→\n\n"
        "Tepebaşı Belediyesi logosu\nTepebaşı Belediyesi\nEskişehir\nÜyelik tarihi: 2011\n"
        "Detaylı Bilgi\n→\n\n"
        "Kadıköy Belediyesi logosu\nKadıköy Belediyesi\nİstanbul\nÜyelik tarihi: 2013\n"
        "Detaylı Bilgi\n→\n\n"
        "Odunpazarı Belediyesi logosu\nOdunpazarı Belediyesi\nEskişehir\nÜyelik tarihi: 2014\n"
        "Detaylı Bilgi\n→\n\n"
        "Bornova Belediyesi logosu\nBornova Belediyesi\nİzmir\nÜyelik tarihi: 2015\n"
        "Detaylı Bilgi\n→\n\n"
        "Maltepe Belediyesi logosu\nMaltepe Belediyesi\nİstanbul\nÜyelik tarihi: 2016\n"
        "Detaylı Bilgi\n→\n\n"
        "Seyhan Belediyesi logosu\nSeyhan Belediyesi\nAdana\nÜyelik tarihi: 2018\n"
        "Detaylı Bilgi\n→\n\n"
        "İlkadım Belediyesi logosu\nİlkadım Belediyesi\nSamsun\nÜyelik tarihi: 2019\n"
        "Detaylı Bilgi\n→\n\n"
        "Muratpaşa Belediyesi logosu\nMuratpaşa Belediyesi\nAntalya\nÜyelik tarihi: 2021\n"
        "Detaylı Bilgi\n→\n\n"
        "Merkezefendi Belediyesi logosu\nMerkezefendi Belediyesi\nDenizli\n"
        "Üyelik tarihi: 2023\nDetaylı Bilgi\n→",
        "Daha Fazla Göster\n\n"
        "Birlik Sekreterliği: Kızılay Mah. Atatürk Bulvarı No: 88, Çankaya / Ankara\n\n"
        "Haberler\n"
        "Gaziantep'te kent bahçeleri çalıştayı yapıldı\n"
        "Mersin ve Trabzon belediyeleri iyi uygulama ödülü aldı",
        "Nilüfer/TR; Çankaya/TR; Karşıyaka/TR; Tepebaşı/TR; Kadıköy/TR; Odunpazarı/TR; "
        "Bornova/TR; Maltepe/TR; Seyhan/TR; İlkadım/TR; Muratpaşa/TR; Merkezefendi/TR",
        "member cards of district municipalities: logo alt-text, `X Belediyesi`, the province "
        "(Bursa, Ankara, İzmir...: not members), year, `Detaylı Bilgi` and an arrow; the "
        "secretariat's address in Çankaya/Ankara; Gaziantep, Mersin, Trabzon in news",
    ),
    Page(
        "ro-declaratie-pdf-doua-coloane-lipite-semnatura",
        "ro",
        "several_a_line;person_after;no_country;not_signatory;teasers",
        "Declarația de la Alba Iulia privind mobilitatea urbană durabilă",
        (2024, 10, 22),
        "Acasă » Noutăți » Declarația de la Alba Iulia\n\n"
        "Zece municipii reședință de județ au semnat, la Alba Iulia, o declarație comună "
        "privind transportul public și mobilitatea activă. Redăm mai jos textul declarației, "
        "preluat din documentul semnat.\n\n"
        "Declarația de la Alba Iulia privind mobilitatea urbană durabilă 1/3\n\n"
        "Noi, primarii semnatari, ne angajăm:\n"
        "1. să dublăm până în 2030 numărul de călătorii cu transportul public;\n"
        "2. să realizăm rețele continue de piste de biciclete;\n"
        "3. să solicităm Guvernului un program național de finanțare a mobilității "
        "urbane.\n\n"
        "Declarația de la Alba Iulia privind mobilitatea urbană durabilă 2/3\n\n"
        "Semnatari:\n",
        "Municipiul Oradea Municipiul Arad\n"
        "Primar, Florin Vasilescu Primar, Adriana Munteanu\n"
        "(semnătura) (semnătura)\n\n"
        "Municipiul Brașov Municipiul Sibiu\n"
        "Primar, Radu Stoica Primar, Ioana Petrescu\n"
        "(semnătura) (semnătura)\n\n"
        "Municipiul Iași Municipiul Suceava\n"
        "Viceprimar, Cristina Dumitrașcu Primar, Vlad Moraru\n"
        "(semnătura) (semnătura)\n\n"
        "Declarația de la Alba Iulia privind mobilitatea urbană durabilă 3/3\n\n"
        "Municipiul Constanța Municipiul Galați\n"
        "Primar, Andrei Neagu Primar, Elena Bălan\n"
        "(semnătura) (semnătura)\n\n"
        "Municipiul Bacău Municipiul Târgu Mureș\n"
        "Primar, Mihaela Stan Primar, Zoltán Kovács\n"
        "(semnătura) (semnătura)",
        "Semnată la Alba Iulia, 21 octombrie 2024, în 10 exemplare originale.\n\n"
        "Descarcă declarația (PDF, 880 KB)\n\n"
        "Articole similare\n"
        "Cluj-Napoca găzduiește Forumul Orașelor Inteligente",
        "Oradea/RO; Arad/RO; Brașov/RO; Sibiu/RO; Iași/RO; Suceava/RO; Constanța/RO; "
        "Galați/RO; Bacău/RO; Târgu Mureș/RO",
        "a PDF's two signature columns run together on each line: `Municipiul Oradea "
        "Municipiul Arad`, then both signers' `Primar, Name` and `(semnătura)` lines; a "
        "running header with page numbers; Alba Iulia the venue, Cluj-Napoca in a teaser",
    ),
    Page(
        "nl-vlaams-netwerk-tabel-tabs-provincie-zelfde-naam-limburg",
        "nl",
        "table_tabs;region_after;region_like_country;person_after;columns_after;no_country",
        "Deelnemende gemeenten Lerend Netwerk Klimaatadaptatie",
        (2025, 1, 30),
        "Home > Netwerken > Klimaatadaptatie > Deelnemers\n\n"
        "Het Lerend Netwerk Klimaatadaptatie brengt Vlaamse steden en gemeenten samen die "
        "werk maken van ontharding, hittebestendigheid en waterbuffering. Het netwerk wordt "
        "gecoördineerd vanuit Brussel en kreeg steun van de Vlaamse overheid.\n\n"
        "Overzicht deelnemers (export uit de deelnemerslijst, 30 gemeenten)\n\n",
        "Gemeente\tProvincie\tBevoegde schepen\tDeelname sinds\t\n"
        "Antwerpen\tAntwerpen\tschepen Lies Van Dyck\t2021\t\n"
        "Mechelen\tAntwerpen\tschepen Bart Goossens\t2021\t\n"
        "Lier\tAntwerpen\tschepen An Peeters\t2022\t\n"
        "Turnhout\tAntwerpen\tschepen Koen Verhaegen\t2022\t\n"
        "Geel\tAntwerpen\tschepen Marijke Wouters\t2023\t\n"
        "Mol\tAntwerpen\tschepen Dirk Claes\t2023\t\n"
        "Herentals\tAntwerpen\tschepen Tine Jacobs\t2024\t\n"
        "Gent\tOost-Vlaanderen\tschepen Sofie De Smet\t2021\t\n"
        "Aalst\tOost-Vlaanderen\tschepen Pieter Van den Broeck\t2021\t\n"
        "Sint-Niklaas\tOost-Vlaanderen\tschepen Ellen Maes\t2022\t\n"
        "Dendermonde\tOost-Vlaanderen\tschepen Jens De Wilde\t2022\t\n"
        "Lokeren\tOost-Vlaanderen\tschepen Nele Martens\t2023\t\n"
        "Ninove\tOost-Vlaanderen\tschepen Frank Mertens\t2024\t\n"
        "Eeklo\tOost-Vlaanderen\tschepen Griet Hendrickx\t2024\t\n"
        "Brugge\tWest-Vlaanderen\tschepen Tom Vandenberghe\t2021\t\n"
        "Kortrijk\tWest-Vlaanderen\tschepen Leen Desmet\t2021\t\n"
        "Oostende\tWest-Vlaanderen\tschepen Wim Dewulf\t2022\t\n"
        "Roeselare\tWest-Vlaanderen\tschepen Katrien Vanhoutte\t2022\t\n"
        "Ieper\tWest-Vlaanderen\tschepen Stijn Lambrecht\t2023\t\n"
        "Waregem\tWest-Vlaanderen\tschepen Hilde Deprez\t2024\t\n"
        "Leuven\tVlaams-Brabant\tschepen Jonas Verbeke\t2021\t\n"
        "Vilvoorde\tVlaams-Brabant\tschepen Inge Michiels\t2022\t\n"
        "Halle\tVlaams-Brabant\tschepen Luc Vermeulen\t2022\t\n"
        "Tienen\tVlaams-Brabant\tschepen Sarah Willems\t2023\t\n"
        "Diest\tVlaams-Brabant\tschepen Geert Aerts\t2024\t\n"
        "Hasselt\tLimburg\tschepen Ann Vanderstraeten\t2021\t\n"
        "Genk\tLimburg\tschepen Mehmet Yilmaz\t2021\t\n"
        "Tongeren\tLimburg\tschepen Kris Schepers\t2022\t\n"
        "Sint-Truiden\tLimburg\tschepen Eva Thijs\t2023\t\n"
        "Lommel\tLimburg\tschepen Joris Vos\t2024\t",
        "Laatst bijgewerkt: 28 januari 2025\n\n"
        "Meer lezen\n"
        "Wat Rotterdam en Utrecht ons leren over waterpleinen\n"
        "Studiedag in Brussel: ontharden in de dorpskern",
        "Antwerpen/BE; Mechelen/BE; Lier/BE; Turnhout/BE; Geel/BE; Mol/BE; Herentals/BE; "
        "Gent/BE; Aalst/BE; Sint-Niklaas/BE; Dendermonde/BE; Lokeren/BE; Ninove/BE; Eeklo/BE; "
        "Brugge/BE; Kortrijk/BE; Oostende/BE; Roeselare/BE; Ieper/BE; Waregem/BE; Leuven/BE; "
        "Vilvoorde/BE; Halle/BE; Tienen/BE; Diest/BE; Hasselt/BE; Genk/BE; Tongeren/BE; "
        "Sint-Truiden/BE; Lommel/BE",
        "a tab table exported from a spreadsheet with trailing empty cells: gemeente, province "
        "(`Antwerpen` beside Antwerpen, `Limburg` also a Dutch province), alderman, year; "
        "Halle and Lier with bigger namesakes elsewhere; Brussels the coordinator, Rotterdam "
        "and Utrecht in a teaser",
    ),
    Page(
        "uk-zvernennia-pdf-rodovyi-perenos-miskyi-holova",
        "uk",
        "one_a_line;broken_lines;inflected;person_before;no_country;not_signatory;teasers",
        "Звернення міських голів щодо відновлення енергетичної інфраструктури громад",
        (2025, 1, 16),
        "Головна / Новини / Звернення\n\n"
        "Міські голови обласних центрів звернулися до Кабінету Міністрів України щодо "
        "фінансування відновлення енергетичної інфраструктури. Звернення ухвалено під час "
        "засідання Ради асоціації у Львові. Публікуємо текст звернення.\n\n"
        "Звернення щодо відновлення енергетичної інфраструктури                — 1 —\n\n"
        "Прем'єр-міністру України\n\n"
        "Ми, міські голови, звертаємося з проханням передбачити в державному бюджеті окре-\n"
        "му програму відновлення котелень, теплових мереж і когенераційних установок гро-\n"
        "мад та спростити процедури закупівель для відновлювальних робіт.\n\n"
        "Звернення щодо відновлення енергетичної інфраструктури                — 2 —\n\n"
        "Підписали:\n",
        "Олександр Гнатюк,\nміський голова Вінниці\n\n"
        "Тетяна Мельник,\nміська голова Житомира\n\n"
        "Віктор Остапенко,\nміський голова Полтави\n\n"
        "Сергій Бондар,\nсекретар Черкаської міської ради, виконувач обов'язків міського "
        "голови\n\n"
        "Ірина Савчук,\nміська голова Чернігова\n\n"
        "Андрій Лисенко,\nміський голова Сум\n\n"
        "Наталія Ковальчук,\nміська голова Рівного\n\n"
        "Звернення щодо відновлення енергетичної інфраструктури                — 3 —\n\n"
        "Богдан Кравець,\nміський голова Луцька\n\n"
        "Оксана Дмитрук,\nміська голова Тернополя\n\n"
        "Роман Федорів,\nміський голова Івано-Фран-\nківська\n\n"
        "Василь Попович,\nміський голова Ужгорода\n\n"
        "Максим Ткачук,\nміський голова Хмельниць-\nкого\n\n"
        "Людмила Шевчук,\nміська голова Кропивниць-\nкого\n\n"
        "Іван Гуцуляк,\nміський голова Чернівців",
        "Звернення щодо відновлення енергетичної інфраструктури                — 4 —\n\n"
        "Завантажити звернення (PDF)\n\n"
        "Читайте також\nДніпро та Запоріжжя отримали нові автобуси від партнерів",
        "Vinnytsia/UA; Zhytomyr/UA; Poltava/UA; Cherkasy/UA; Chernihiv/UA; Sumy/UA; "
        "Rivne/UA; Lutsk/UA; Ternopil/UA; Ivano-Frankivsk/UA; Uzhhorod/UA; "
        "Khmelnytskyi/UA; Kropyvnytskyi/UA; Chernivtsi/UA",
        "a PDF copy: `Name,` over `міський голова X` in the genitive (`Сум`, `Рівного`, "
        "`Чернівців`), one as an adjective `Черкаської міської ради`, names hyphenated over "
        "lines (`Івано-Фран-/ківська`, `Хмельниць-/кого`), running headers with page numbers; "
        "Lviv the venue, Kyiv's government the addressee, Dnipro and Zaporizhzhia in a teaser",
    ),
    Page(
        "pt-br-rede-80-municipios-grade-quatro-colunas-uf",
        "pt",
        "several_a_line;table_tabs;state_codes;no_country",
        "Municípios integrantes da Rede Brasileira de Cidades Sustentáveis",
        (2024, 12, 4),
        "Início > A Rede > Municípios integrantes\n\n"
        "A Rede reúne 80 municípios de todas as regiões do país, que compartilham "
        "indicadores, boas práticas e planos de ação climática. A secretaria executiva "
        "funciona em São Paulo.\n\n"
        "Buscar município\nFiltrar por região\nTodas\n\n",
        "Anápolis (GO)\tAracaju (SE)\tArapiraca (AL)\tBelém (PA)\n"
        "Belo Horizonte (MG)\tBlumenau (SC)\tBoa Vista (RR)\tBrasília (DF)\n"
        "Cachoeiro de Itapemirim (ES)\tCampina Grande (PB)\tCampinas (SP)\tCampo Grande (MS)\n"
        "Campos dos Goytacazes (RJ)\tCariacica (ES)\tCaruaru (PE)\tCascavel (PR)\n"
        "Caxias do Sul (RS)\tChapecó (SC)\tContagem (MG)\tCuiabá (MT)\n"
        "Curitiba (PR)\tDourados (MS)\tFeira de Santana (BA)\tFlorianópolis (SC)\n"
        "Fortaleza (CE)\tFoz do Iguaçu (PR)\tGoiânia (GO)\tGovernador Valadares (MG)\n"
        "Ilhéus (BA)\tImperatriz (MA)\tIpatinga (MG)\tJoão Pessoa (PB)\n"
        "Joinville (SC)\tJuazeiro (BA)\tJuazeiro do Norte (CE)\tJuiz de Fora (MG)\n"
        "Jundiaí (SP)\tLondrina (PR)\tMacapá (AP)\tMaceió (AL)\n"
        "Manaus (AM)\tMarabá (PA)\tMaringá (PR)\tMontes Claros (MG)\n"
        "Mossoró (RN)\tNatal (RN)\tNiterói (RJ)\tOlinda (PE)\n"
        "Palmas (TO)\tParnaíba (PI)\tPasso Fundo (RS)\tPelotas (RS)\n"
        "Petrolina (PE)\tPetrópolis (RJ)\tPiracicaba (SP)\tPonta Grossa (PR)\n"
        "Porto Alegre (RS)\tPorto Velho (RO)\tRecife (PE)\tRibeirão Preto (SP)\n"
        "Rio Branco (AC)\tRio Verde (GO)\tRondonópolis (MT)\tSalvador (BA)\n"
        "Santa Maria (RS)\tSantarém (PA)\tSantos (SP)\tSão José dos Campos (SP)\n"
        "São Luís (MA)\tSerra (ES)\tSinop (MT)\tSobral (CE)\n"
        "Sorocaba (SP)\tTeresina (PI)\tUberaba (MG)\tUberlândia (MG)\n"
        "Vila Velha (ES)\tVitória (ES)\tVitória da Conquista (BA)\tVolta Redonda (RJ)",
        "Mostrando 80 de 80 municípios\n\n"
        "Quer que seu município faça parte da Rede? Saiba como aderir\n\n"
        "Últimas notícias\n"
        "Rio de Janeiro sedia encontro nacional de secretários de meio ambiente\n"
        "Manaus e Belém apresentam planos de adaptação para a COP30",
        "Anápolis/BR; Aracaju/BR; Arapiraca/BR; Belém/BR; Belo Horizonte/BR; Blumenau/BR; Boa "
        "Vista/BR; Brasília/BR; Cachoeiro de Itapemirim/BR; Campina Grande/BR; Campinas/BR; "
        "Campo Grande/BR; Campos dos Goytacazes/BR; Cariacica/BR; Caruaru/BR; Cascavel/BR; "
        "Caxias do Sul/BR; Chapecó/BR; Contagem/BR; Cuiabá/BR; Curitiba/BR; Dourados/BR; Feira "
        "de Santana/BR; Florianópolis/BR; Fortaleza/BR; Foz do Iguaçu/BR; Goiânia/BR; "
        "Governador Valadares/BR; Ilhéus/BR; Imperatriz/BR; Ipatinga/BR; João Pessoa/BR; "
        "Joinville/BR; Juazeiro/BR; Juazeiro do Norte/BR; Juiz de Fora/BR; Jundiaí/BR; "
        "Londrina/BR; Macapá/BR; Maceió/BR; Manaus/BR; Marabá/BR; Maringá/BR; Montes Claros/BR; "
        "Mossoró/BR; Natal/BR; Niterói/BR; Olinda/BR; Palmas/BR; Parnaíba/BR; Passo Fundo/BR; "
        "Pelotas/BR; Petrolina/BR; Petrópolis/BR; Piracicaba/BR; Ponta Grossa/BR; Porto "
        "Alegre/BR; Porto Velho/BR; Recife/BR; Ribeirão Preto/BR; Rio Branco/BR; Rio Verde/BR; "
        "Rondonópolis/BR; Salvador/BR; Santa Maria/BR; Santarém/BR; Santos/BR; São José dos "
        "Campos/BR; São Luís/BR; Serra/BR; Sinop/BR; Sobral/BR; Sorocaba/BR; Teresina/BR; "
        "Uberaba/BR; Uberlândia/BR; Vila Velha/BR; Vitória/BR; Vitória da Conquista/BR; Volta "
        "Redonda/BR",
        "80 municipalities `Cidade (UF)` in a four-column grid copied row by row with tabs, "
        "alphabetical; Serra, Natal, Palmas, Vitória, Santa Maria, Cascavel with namesakes; "
        "São Paulo the secretariat, Rio de Janeiro in news, Manaus and Belém also in news",
    ),
    Page(
        "ko-en-samja-hyeobyak-seomyeong-yeoreo-jul",
        "ko",
        "one_a_line;person_after;few;country_in_language;not_signatory;teasers",
        "전주시·나라시·양저우시 문화교류 협약 체결",
        (2025, 4, 24),
        "홈 > 알림마당 > 보도자료\n\n"
        "전주시는 23일 경주에서 열린 동아시아 문화도시 포럼에서 일본 나라시, 중국 양저우시와 "
        "문화·관광 교류 협약을 체결했다. 세 도시는 매년 번갈아 문화주간을 열고 청소년 교류를 "
        "확대하기로 했다.\n\n"
        "협약서 서명란 / Signatures\n",
        "대한민국 전주시 / City of Jeonju, Republic of Korea\n"
        "전주시장 박지훈 / Park Ji-hoon, Mayor\n"
        "(서명) / (signed)\n"
        "2025. 4. 23.\n\n"
        "일본 나라시 / Nara City, Japan\n"
        "나라시장 다나카 히로시 / Tanaka Hiroshi, Mayor\n"
        "(서명) / (signed)\n"
        "2025. 4. 23.\n\n"
        "중국 양저우시 / Yangzhou Municipal People's Government, China\n"
        "양저우시 부시장 왕리 / Wang Li, Vice Mayor\n"
        "(서명) / (signed)\n"
        "2025. 4. 23.",
        "입회: 경주시 부시장 / Witnessed by the Deputy Mayor of Gyeongju\n\n"
        "문의: 전주시 국제협력과 063-281-0000\n\n"
        "관련 기사\n군산시, 일본 도시와 해양 교류 확대",
        "Jeonju/KR; Nara/JP; Yangzhou/CN",
        "a bilingual Korean/English signature block of three cities, four lines each "
        "(city and country, the signer, `(서명) / (signed)`, date); Gyeongju the venue and "
        "its deputy mayor a witness; Gunsan in a teaser",
    ),
]

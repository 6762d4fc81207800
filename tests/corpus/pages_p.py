"""Hand-written pages, part fifteen (batch p): a held-out batch written for issue #20 before
the reader was changed for it, modelled on how city networks publish their member pages and
news (none copied): a press release welcoming new members with quotes from the host city's
mayor, the network's president from another city and a new member's deputy mayor; an annual
report's members per country with counts (`Belgique — 5 membres : Liège, Namur, ...`); a
member directory's grid of small towns flattened to one field a line (name, country, region,
population, year joined, `View profile`), towns whose names are bigger places elsewhere
(Perth, Sebastopol, Bra); a Polish alphabetical list with letter headings (`Ł`, `Ż`) of towns
named like words (Police, Koło, Góra, Hel); Spanish "members by region" with Spanish
exonyms (Bolonia, Burdeos, Colonia, Amberes, Túnez); an Italian governance page whose board
(`Presidente: Comune di Modena`) are members also listed below; Greek `Δήμος` genitives
with a Latin transliteration in brackets; a Japanese news item with `、` and `及び`;
countries written as adjectives (Swedish `Danska kommuner:`, `Finska städer: Åbo, Vasa,
Uleåborg`; Czech `slovenská města Žilina, Prešov a Martin`, `rakouská města Linec a Štýrský
Hradec`); a Portuguese directory table with `Ver perfil` cells; a Norwegian statement whose
network's board (`Leder: ..., ordfører i Hamar kommune`) did not sign; a German press
release of three new members with titles of towns (`Hansestadt`, `Große Kreisstadt`); Turkish
members under geographical-region headings with counts. Measured before any change
(benchmarks/README.md reports them apart as batch p).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-press-welcome-new-members-quotes",
        "en",
        "running_text;not_signatory;country_in_language",
        "Six cities join the network at the Annual General Meeting in Ljubljana",
        (2024, 11, 14),
        "Meeting in Ljubljana for the Annual General Meeting, the network's members voted "
        "unanimously to admit six new member cities, bringing the membership to 212 cities "
        "in 38 countries.",
        "The new members are Cluj-Napoca (Romania), Tampere (Finland), Braga (Portugal), "
        "Plovdiv (Bulgaria), Lublin (Poland) and Ghent (Belgium).\n\n"
        "“Ljubljana is proud to welcome colleagues from across Europe to our city,” said "
        "Mayor Janez Kranjc, opening the meeting at the City Hall.\n\n"
        "“Each new member brings its own experience of making cities fairer and greener. "
        "Our members in Leipzig and Bologna have shown what cities can do together,” said "
        "Pieter de Wit, Mayor of Utrecht and President of the network.\n\n"
        "Speaking for the new members, Emilia Stan, Deputy Mayor of Cluj-Napoca, said: "
        "“We joined to learn from our peers and to share what we have built at home.”",
        "The next Annual General Meeting will take place in Gdańsk in November 2025.\n\n"
        "Media contact: press@citiesnetwork.example",
        "Cluj-Napoca/RO; Tampere/FI; Braga/PT; Plovdiv/BG; Lublin/PL; Ghent|Gent/BE",
        "the new members, then quotes from the host's mayor, the president (Mayor of Utrecht) "
        "naming two older members, and a new member's deputy mayor; the next meeting's venue",
    ),
    Page(
        "fr-rapport-annuel-pays-effectifs",
        "fr",
        "several_a_line;region_before;country_in_language;not_signatory",
        "Rapport annuel 2023 : nos villes membres",
        (2024, 3, 28),
        "Au 31 décembre 2023, le réseau comptait 26 villes membres dans six pays. Le tableau "
        "ci-dessous donne, pour chaque pays, le nombre de membres et leurs noms.",
        "Membres par pays\n\n"
        "France — 8 membres : Lyon, Grenoble, Nantes, Rennes, Lille, Strasbourg, Dunkerque, "
        "Besançon\n"
        "Belgique — 5 membres : Liège, Namur, Charleroi, Mons, Tournai\n"
        "Suisse — 4 membres : Genève, Lausanne, Neuchâtel, Fribourg\n"
        "Luxembourg — 2 membres : Esch-sur-Alzette, Differdange\n"
        "Canada — 4 membres : Montréal, Sherbrooke, Gatineau, Trois-Rivières\n"
        "Sénégal — 3 membres : Dakar, Saint-Louis, Ziguinchor\n\n"
        "Total : 26 membres (2022 : 23 membres)",
        "Trois villes ont rejoint le réseau en 2023 : Tournai, Differdange et Ziguinchor. "
        "L'assemblée générale 2024 se tiendra à Québec, à l'invitation de la ville.",
        "Lyon/FR; Grenoble/FR; Nantes/FR; Rennes/FR; Lille/FR; Strasbourg/FR; "
        "Dunkerque|Dunkirk/FR; Besançon/FR; Liège/BE; Namur/BE; Charleroi/BE; Mons/BE; "
        "Tournai/BE; Genève|Geneva/CH; Lausanne/CH; Neuchâtel/CH; Fribourg/CH; "
        "Esch-sur-Alzette/LU; Differdange/LU; Montréal|Montreal/CA; Sherbrooke/CA; "
        "Gatineau/CA; Trois-Rivières/CA; Dakar/SN; Saint-Louis/SN; Ziguinchor/SN",
        "an annual report's line a country: `Pays — N membres : A, B, C`; three named again "
        "as new; the next assembly's host",
    ),
    Page(
        "en-directory-grid-small-towns",
        "en",
        "one_a_line;columns_after;region_after;country_in_language",
        "Member towns",
        (2024, 9, 2),
        "Our members are towns of fewer than 50,000 people that have committed to the "
        "charter for a slower, better quality of life.\n\n"
        "Filter by country\nFilter by region\nYear joined\nSort by: Name (A–Z)\n22 results",
        "\n".join(
            f"{name}\n{country}\n{region}\nPopulation {pop}\nJoined {year}\nView profile"
            for name, country, region, pop, year in [
                ("Abbiategrasso", "Italy", "Lombardy", "32,700", "2011"),
                ("Aylsham", "United Kingdom", "England", "6,000", "2004"),
                ("Begur", "Spain", "Catalonia", "4,000", "2008"),
                ("Biskupiec", "Poland", "Warmia-Masuria", "10,300", "2010"),
                ("Bra", "Italy", "Piedmont", "29,500", "1999"),
                ("Damyang", "South Korea", "South Jeolla", "44,800", "2007"),
                ("Enns", "Austria", "Upper Austria", "12,000", "2005"),
                ("Goolwa", "Australia", "South Australia", "8,000", "2007"),
                ("Hartberg", "Austria", "Styria", "6,700", "2006"),
                ("Hersbruck", "Germany", "Bavaria", "12,400", "2001"),
                ("Lectoure", "France", "Occitania", "3,700", "2017"),
                ("Levanger", "Norway", "Trøndelag", "20,100", "2016"),
                ("Ludlow", "United Kingdom", "England", "10,500", "2003"),
                ("Mirande", "France", "Occitania", "3,600", "2009"),
                ("Mold", "United Kingdom", "Wales", "10,100", "2006"),
                ("Orvieto", "Italy", "Umbria", "20,000", "1999"),
                ("Perth", "United Kingdom", "Scotland", "47,300", "2007"),
                ("Reszel", "Poland", "Warmia-Masuria", "4,500", "2004"),
                ("Sebastopol", "United States", "California", "7,700", "2009"),
                ("Silves", "Portugal", "Algarve", "10,900", "2012"),
                ("Tavira", "Portugal", "Algarve", "15,100", "2013"),
                ("Waldkirch", "Germany", "Baden-Württemberg", "21,900", "2002"),
            ]
        ),
        "Showing 1–22 of 22\n‹ Previous  1  Next ›\n\nBecome a member town",
        "Abbiategrasso/IT; Aylsham/GB; Begur/ES; Biskupiec/PL; Bra/IT; Damyang/KR; Enns/AT; "
        "Goolwa/AU; Hartberg/AT; Hersbruck/DE; Lectoure/FR; Levanger/NO; Ludlow/GB; "
        "Mirande/FR; Mold/GB; Orvieto/IT; Perth/GB; Reszel/PL; Sebastopol/US; Silves/PT; "
        "Tavira/PT; Waldkirch/DE",
        "a directory grid flattened one field a line; small towns named like bigger places "
        "elsewhere (Perth, Sebastopol, Mold, Enns)",
    ),
    Page(
        "pl-lista-alfabetyczna-litery",
        "pl",
        "one_a_line;region_after;no_country",
        "Gminy członkowskie Stowarzyszenia – lista alfabetyczna",
        (2024, 1, 15),
        "Stowarzyszenie zrzesza obecnie 32 gminy miejskie z całej Polski. Poniżej "
        "publikujemy listę członków w porządku alfabetycznym, z województwem.",
        "A\nAugustów (podlaskie)\n"
        "B\nBiała Podlaska (lubelskie)\nBolesławiec (dolnośląskie)\nBrzeg (opolskie)\n"
        "C\nChełm (lubelskie)\n"
        "E\nElbląg (warmińsko-mazurskie)\nEłk (warmińsko-mazurskie)\n"
        "G\nGniezno (wielkopolskie)\nGóra (dolnośląskie)\n"
        "H\nHel (pomorskie)\n"
        "J\nJasło (podkarpackie)\n"
        "K\nKalisz (wielkopolskie)\nKoło (wielkopolskie)\nKrosno (podkarpackie)\n"
        "L\nLeszno (wielkopolskie)\n"
        "Ł\nŁeba (pomorskie)\n"
        "N\nNowa Sól (lubuskie)\nNysa (opolskie)\n"
        "O\nOlsztyn (warmińsko-mazurskie)\nOstrów Wielkopolski (wielkopolskie)\n"
        "P\nPiła (wielkopolskie)\nPolice (zachodniopomorskie)\n"
        "R\nRybnik (śląskie)\n"
        "S\nSanok (podkarpackie)\nSłupsk (pomorskie)\nSopot (pomorskie)\n"
        "T\nTczew (pomorskie)\n"
        "U\nUstka (pomorskie)\n"
        "W\nWłocławek (kujawsko-pomorskie)\n"
        "Z\nZamość (lubelskie)\nZgierz (łódzkie)\n"
        "Ż\nŻary (lubuskie)\nŻyrardów (mazowieckie)",
        "Gminy zainteresowane członkostwem prosimy o kontakt z biurem Stowarzyszenia.",
        "Augustów/PL; Biała Podlaska/PL; Bolesławiec/PL; Brzeg/PL; Chełm/PL; Elbląg/PL; "
        "Ełk/PL; Gniezno/PL; Góra/PL; Hel/PL; Jasło/PL; Kalisz/PL; Koło/PL; Krosno/PL; "
        "Leszno/PL; Łeba/PL; Nowa Sól/PL; Nysa/PL; Olsztyn/PL; Ostrów Wielkopolski/PL; "
        "Piła/PL; Police/PL; Rybnik/PL; Sanok/PL; Słupsk/PL; Sopot/PL; Tczew/PL; Ustka/PL; "
        "Włocławek/PL; Zamość/PL; Zgierz/PL; Żary/PL; Żyrardów/PL",
        "letter headings (Ł, Ż) between the entries; towns named like words (Police, Koło, "
        "Góra, Hel) and like places elsewhere (Sopot)",
    ),
    Page(
        "es-miembros-por-region-exonimos",
        "es",
        "one_a_line;region_heading;country_in_language;no_country",
        "Miembros por región",
        (2024, 6, 10),
        "La red reúne a gobiernos locales de cinco regiones del mundo. Consulte los "
        "miembros de cada región.",
        "Europa\n"
        "Barcelona, España\nLisboa, Portugal\nBolonia, Italia\nBurdeos, Francia\n"
        "Colonia, Alemania\nGinebra, Suiza\nAmberes, Bélgica\n\n"
        "África\n"
        "Dakar, Senegal\nRabat, Marruecos\nTúnez, Túnez\nMaputo, Mozambique\n"
        "Kigali, Ruanda\nAcra, Ghana\n\n"
        "América Latina y el Caribe\n"
        "Rosario, Argentina\nQuito, Ecuador\nMedellín, Colombia\nCuritiba, Brasil\n"
        "La Paz, Bolivia\nSan José, Costa Rica\nLa Habana, Cuba\n\n"
        "Asia-Pacífico\n"
        "Seúl, Corea del Sur\nYakarta, Indonesia\nKioto, Japón\nMelbourne, Australia\n"
        "Bangkok, Tailandia\n\n"
        "Oriente Medio y Asia Occidental\n"
        "Amán, Jordania\nEstambul, Turquía",
        "¿Su ciudad quiere sumarse? Escríbanos a la secretaría.",
        "Barcelona/ES; Lisboa|Lisbon/PT; Bolonia|Bologna/IT; Burdeos|Bordeaux/FR; "
        "Colonia|Köln/DE; Ginebra|Geneva/CH; Amberes|Antwerp/BE; Dakar/SN; Rabat/MA; "
        "Túnez|Tunis/TN; Maputo/MZ; Kigali/RW; Acra|Accra/GH; Rosario/AR; Quito/EC; "
        "Medellín/CO; Curitiba/BR; La Paz/BO; San José/CR; La Habana|Havana/CU; "
        "Seúl|Seoul/KR; Yakarta|Jakarta/ID; Kioto|Kyoto/JP; Melbourne/AU; Bangkok/TH; "
        "Amán|Amman/JO; Estambul|Istanbul/TR",
        "world-region headings over `Ciudad, País` lines, cities and countries in Spanish "
        "(Bolonia, Burdeos, Colonia, Amberes, `Túnez, Túnez`)",
    ),
    Page(
        "it-organi-consiglio-direttivo-soci",
        "it",
        "one_a_line;person_before;no_country",
        "Organi e comuni soci della Rete",
        (2024, 4, 22),
        "La Rete è un'associazione di comuni che promuove la salute nelle politiche "
        "urbane. L'Assemblea dei soci ha rinnovato il Consiglio direttivo per il triennio "
        "2024–2026.",
        "Consiglio direttivo\n"
        "Presidente: Comune di Modena\n"
        "Vicepresidente: Comune di Lecco\n"
        "Tesoriere: Comune di Arezzo\n"
        "Consiglieri: Comune di Cagliari, Comune di Matera, Comune di Rovigo\n\n"
        "Revisore dei conti: dott.ssa Elena Monti\n\n"
        "Comuni soci (24)\n"
        "Alessandria\nArezzo\nBergamo\nCagliari\nCesena\nCremona\nFerrara\nLecco\n"
        "Matera\nModena\nNovara\nPadova\nParma\nPerugia\nPistoia\nPrato\nReggio Emilia\n"
        "Rimini\nRovigo\nSassari\nSiena\nTaranto\nTerni\nVicenza",
        "Sede legale: c/o Comune di Modena, Ufficio Politiche per la salute.",
        "Alessandria/IT; Arezzo/IT; Bergamo/IT; Cagliari/IT; Cesena/IT; Cremona/IT; "
        "Ferrara/IT; Lecco/IT; Matera/IT; Modena/IT; Novara/IT; Padova/IT; Parma/IT; "
        "Perugia/IT; Pistoia/IT; Prato/IT; Reggio Emilia|Reggio nell'Emilia/IT; Rimini/IT; "
        "Rovigo/IT; Sassari/IT; Siena/IT; Taranto/IT; Terni/IT; Vicenza/IT",
        "a board of member municipalities by role, then the 24 members (the board among "
        "them): each member expected once; the seat at a member",
    ),
    Page(
        "el-dimos-genitive-transliteration",
        "el",
        "one_a_line;inflected;named_twice;no_country",
        "Οι δήμοι-μέλη του Δικτύου",
        (2024, 5, 6),
        "Το Δίκτυο Πόλεων για την Προσβασιμότητα αριθμεί σήμερα 18 δήμους-μέλη από όλη "
        "τη χώρα. Members of the Network:",
        "Δήμος Αθηναίων (Athens)\n"
        "Δήμος Θεσσαλονίκης (Thessaloniki)\n"
        "Δήμος Πατρέων (Patras)\n"
        "Δήμος Ηρακλείου (Heraklion)\n"
        "Δήμος Λαρισαίων (Larissa)\n"
        "Δήμος Βόλου (Volos)\n"
        "Δήμος Ιωαννιτών (Ioannina)\n"
        "Δήμος Τρικκαίων (Trikala)\n"
        "Δήμος Χανίων (Chania)\n"
        "Δήμος Καλαμάτας (Kalamata)\n"
        "Δήμος Σερρών (Serres)\n"
        "Δήμος Κομοτηνής (Komotini)\n"
        "Δήμος Ξάνθης (Xanthi)\n"
        "Δήμος Καβάλας (Kavala)\n"
        "Δήμος Ρόδου (Rhodes)\n"
        "Δήμος Κοζάνης (Kozani)\n"
        "Δήμος Αρταίων (Arta)\n"
        "Δήμος Χαλκιδέων (Chalkida)",
        "Για πληροφορίες σχετικά με την ένταξη νέων μελών επικοινωνήστε με τη γραμματεία.",
        "Athens/GR; Thessaloniki/GR; Patras/GR; Heraklion/GR; Larissa/GR; Volos/GR; "
        "Ioannina/GR; Trikala/GR; Chania/GR; Kalamata/GR; Serres/GR; Komotini/GR; Xanthi/GR; "
        "Kavala/GR; Rhodes/GR; Kozani/GR; Arta/GR; Chalkida/GR",
        "`Δήμος` with the city's genitive or its people's name, the Latin transliteration in "
        "brackets (Arta and Serres have namesakes elsewhere)",
    ),
    Page(
        "ja-news-kamei-running",
        "ja",
        "running_text;not_signatory;no_country",
        "新たに4市が加盟しました",
        (2024, 7, 10),
        "7月10日、広島市で開催された定期総会において、新規会員都市の加盟が承認されました。",
        "今回新たに加盟したのは、北九州市、富山市、松山市及び熊本市の4市です。これにより、"
        "会員都市は国内外合わせて58都市となりました。",
        "総会では、会長を務める長崎市の田中一郎市長が「新しい仲間とともに、平和と持続可能な"
        "まちづくりを進めたい」と挨拶しました。次回の総会は、2025年に那覇市で開催される予定"
        "です。",
        "Kitakyushu/JP; Toyama/JP; Matsuyama/JP; Kumamoto/JP",
        "new members in a sentence with `、` and `及び`; the host (Hiroshima), the president's "
        "city (Nagasaki) and the next host (Naha) are not new members",
    ),
    Page(
        "sv-landsadjektiv-grupper",
        "sv",
        "several_a_line;region_before;country_in_language",
        "Nätverkets medlemmar i Norden och Baltikum",
        (2024, 2, 27),
        "Nätverket har i dag 26 medlemmar i åtta länder. Medlemmarna träffas två gånger om "
        "året för att utbyta erfarenheter om cirkulär ekonomi.",
        "Svenska medlemmar: Malmö, Lund, Helsingborg, Umeå, Jönköping, Östersund\n"
        "Danska kommuner: Aarhus, Odense, Aalborg, Esbjerg\n"
        "Norska kommuner: Trondheim, Kristiansand, Fredrikstad\n"
        "Finska städer: Åbo, Vasa, Uleåborg\n"
        "Isländska kommuner: Reykjavík, Akureyri\n"
        "Estniska städer: Tartu, Pärnu\n"
        "Lettiska städer: Riga, Liepāja\n"
        "Litauiska städer: Kaunas, Klaipėda",
        "Vill din kommun bli medlem? Kontakta sekretariatet.",
        "Malmö/SE; Lund/SE; Helsingborg/SE; Umeå/SE; Jönköping/SE; Östersund/SE; "
        "Aarhus|Århus/DK; Odense/DK; Aalborg/DK; Esbjerg/DK; Trondheim/NO; Kristiansand/NO; "
        "Fredrikstad/NO; Åbo|Turku/FI; Vasa|Vaasa/FI; Uleåborg|Oulu/FI; Reykjavík/IS; "
        "Akureyri/IS; Tartu/EE; Pärnu/EE; Riga/LV; Liepāja/LV; Kaunas/LT; Klaipėda/LT",
        "countries as adjectives before a colon (`Danska kommuner:`); Finnish cities by their "
        "Swedish names (Åbo, Vasa, Uleåborg)",
    ),
    Page(
        "cs-mesta-pridavna-jmena-zemi",
        "cs",
        "running_text;region_before;country_in_language;not_signatory;inflected",
        "Síť zdravých měst střední Evropy má sedmnáct členů",
        (2024, 10, 16),
        "Valné shromáždění sítě se letos konalo v Olomouci, kde delegáty přivítal primátor "
        "Jan Dostál. Síť dnes sdružuje sedmnáct měst ze čtyř zemí.",
        "Mezi členy patří česká města Brno, Plzeň, Liberec, Jihlava, Třebíč a Písek, "
        "slovenská města Žilina, Prešov a Martin, polská města Opole, Rybnik a "
        "Bielsko-Biała, rakouská města Linec a Štýrský Hradec a maďarská města Győr, "
        "Szombathely a Sopron.",
        "Příští valné shromáždění se uskuteční v roce 2025 v Brně.",
        "Brno/CZ; Plzeň|Pilsen/CZ; Liberec/CZ; Jihlava/CZ; Třebíč/CZ; Písek/CZ; Žilina/SK; "
        "Prešov/SK; Martin/SK; Opole/PL; Rybnik/PL; Bielsko-Biała|Bielsko-Biala/PL; "
        "Linec|Linz/AT; Štýrský Hradec|Graz/AT; Győr/HU; Szombathely/HU; Sopron/HU",
        "countries as adjectives before each group in one sentence (`slovenská města`); "
        "Austrian cities by their Czech names (Linec, Štýrský Hradec); the host Olomouc "
        "(`v Olomouci`) is no member; Brno named again as the next venue (`v Brně`)",
    ),
    Page(
        "pt-diretorio-tabela-ver-perfil",
        "pt",
        "table_tabs;columns_after;region_after;country_in_language",
        "Diretório de membros",
        (2024, 8, 19),
        "Pesquise as cidades membros da rede por país, região ou ano de adesão.\n\n"
        "Filtrar por país\tFiltrar por região\tLimpar filtros",
        "Cidade\tPaís\tRegião\tPopulação\tAdesão\t\n"
        "Praia\tCabo Verde\tSantiago\t159 050\t2012\tVer perfil\n"
        "Mindelo\tCabo Verde\tSão Vicente\t70 468\t2015\tVer perfil\n"
        "Luanda\tAngola\tLuanda\t2 776 168\t2011\tVer perfil\n"
        "Benguela\tAngola\tBenguela\t555 124\t2019\tVer perfil\n"
        "Maputo\tMoçambique\tMaputo\t1 101 170\t2010\tVer perfil\n"
        "Beira\tMoçambique\tSofala\t592 090\t2014\tVer perfil\n"
        "Bissau\tGuiné-Bissau\tSetor Autónomo de Bissau\t492 004\t2016\tVer perfil\n"
        "São Tomé\tSão Tomé e Príncipe\tÁgua Grande\t71 868\t2016\tVer perfil\n"
        "Díli\tTimor-Leste\tDíli\t222 323\t2018\tVer perfil\n"
        "Évora\tPortugal\tAlentejo\t53 591\t2010\tVer perfil\n"
        "Viseu\tPortugal\tCentro\t99 274\t2013\tVer perfil\n"
        "Guimarães\tPortugal\tNorte\t156 830\t2010\tVer perfil\n"
        "Funchal\tPortugal\tMadeira\t105 795\t2012\tVer perfil\n"
        "Ponta Delgada\tPortugal\tAçores\t67 229\t2017\tVer perfil\n"
        "Lagos\tPortugal\tAlgarve\t33 494\t2020\tVer perfil\n"
        "Santa Maria\tBrasil\tRio Grande do Sul\t271 735\t2015\tVer perfil\n"
        "Recife\tBrasil\tPernambuco\t1 488 920\t2011\tVer perfil\n"
        "Belém\tBrasil\tPará\t1 303 389\t2013\tVer perfil\n"
        "Londrina\tBrasil\tParaná\t555 965\t2018\tVer perfil\n"
        "Natal\tBrasil\tRio Grande do Norte\t751 300\t2014\tVer perfil\n"
        "Vitória\tBrasil\tEspírito Santo\t322 869\t2019\tVer perfil",
        "A mostrar 21 de 21 membros",
        "Praia/CV; Mindelo/CV; Luanda/AO; Benguela/AO; Maputo/MZ; Beira/MZ; Bissau/GW; "
        "São Tomé/ST; Díli|Dili/TL; Évora/PT; Viseu/PT; Guimarães/PT; Funchal/PT; "
        "Ponta Delgada/PT; Lagos/PT; Santa Maria/BR; Recife/BR; Belém/BR; Londrina/BR; "
        "Natal/BR; Vitória/BR",
        "a directory table with a `Ver perfil` cell; Lagos (Portugal, not Nigeria), Santa Maria, "
        "Natal and Vitória whose names many places share",
    ),
    Page(
        "no-erklaering-styret-ikke-signert",
        "no",
        "one_a_line;not_signatory;person_before;no_country",
        "Elleve kommuner signerer erklæring om klimatilpasning",
        (2024, 3, 14),
        "Erklæringen ble vedtatt på nettverkets årsmøte i Hamar 12. mars. Følgende kommuner "
        "har signert:",
        "Arendal kommune\n"
        "Bodø kommune\n"
        "Gjøvik kommune\n"
        "Haugesund kommune\n"
        "Larvik kommune\n"
        "Molde kommune\n"
        "Narvik kommune\n"
        "Sandnes kommune\n"
        "Skien kommune\n"
        "Steinkjer kommune\n"
        "Tønsberg kommune",
        "Om nettverket\n\n"
        "Styret\n"
        "Leder: Elin Sætre, ordfører i Hamar kommune\n"
        "Nestleder: Ola Brekke, varaordfører i Lillehammer kommune\n"
        "Styremedlem: Kari Lunde, Kristiansund kommune\n"
        "Sekretariat: KS, Oslo",
        "Arendal/NO; Bodø/NO; Gjøvik/NO; Haugesund/NO; Larvik/NO; Molde/NO; Narvik/NO; "
        "Sandnes/NO; Skien/NO; Steinkjer/NO; Tønsberg/NO",
        "the signatories one a line, then the network's board (`Leder: Name, ordfører i Hamar "
        "kommune`) whose municipalities did not sign",
    ),
    Page(
        "de-drei-neue-mitglieder-zitate",
        "de",
        "running_text;few;not_signatory;person_before;no_country",
        "Drei neue Mitgliedsstädte aufgenommen",
        (2024, 4, 19),
        "Die Mitgliederversammlung des Netzwerks historischer Städte hat am 18. April in "
        "Görlitz drei neue Mitglieder aufgenommen. Oberbürgermeister Stefan Kühn begrüßte "
        "die Delegierten im Rathaus der Europastadt Görlitz.",
        "Neu im Netzwerk sind die Hansestadt Stralsund, die Universitätsstadt Weimar und die "
        "Große Kreisstadt Pirna.\n\n"
        "„Mit Stralsund, Weimar und Pirna gewinnen wir drei Städte, die zeigen, wie Denkmalschutz "
        "und Klimaschutz zusammengehen“, sagte die Präsidentin des Netzwerks, "
        "Oberbürgermeisterin Katrin Albers aus Jena.\n\n"
        "Pirnas Oberbürgermeister Tobias Wendt dankte für die Aufnahme: „Wir freuen uns auf den "
        "Austausch mit Städten wie Quedlinburg und Wismar.“",
        "Die nächste Mitgliederversammlung findet im Herbst in Lübeck statt.",
        "Stralsund/DE; Weimar/DE; Pirna/DE",
        "three new members with their towns' titles; named again in a quote; the host "
        "(Görlitz), the president's city (Jena), older members in a quote and the next venue",
    ),
    Page(
        "tr-bolgelere-gore-uyeler",
        "tr",
        "one_a_line;region_heading;body_not_city;no_country",
        "Bölgelere göre üye belediyeler",
        (2024, 5, 30),
        "Birliğimizin 22 üye belediyesi bulunmaktadır. Üyelerimizin coğrafi bölgelere göre "
        "dağılımı aşağıdadır.",
        "Marmara Bölgesi (4)\n"
        "Bursa Büyükşehir Belediyesi\nTekirdağ Büyükşehir Belediyesi\nEdirne Belediyesi\n"
        "Çanakkale Belediyesi\n\n"
        "Ege Bölgesi (4)\n"
        "İzmir Büyükşehir Belediyesi\nManisa Büyükşehir Belediyesi\n"
        "Denizli Büyükşehir Belediyesi\nUşak Belediyesi\n\n"
        "Akdeniz Bölgesi (3)\n"
        "Antalya Büyükşehir Belediyesi\nMersin Büyükşehir Belediyesi\nIsparta Belediyesi\n\n"
        "İç Anadolu Bölgesi (4)\n"
        "Eskişehir Büyükşehir Belediyesi\nKonya Büyükşehir Belediyesi\n"
        "Kayseri Büyükşehir Belediyesi\nNevşehir Belediyesi\n\n"
        "Karadeniz Bölgesi (4)\n"
        "Samsun Büyükşehir Belediyesi\nTrabzon Büyükşehir Belediyesi\n"
        "Ordu Büyükşehir Belediyesi\nGiresun Belediyesi\n\n"
        "Doğu ve Güneydoğu Anadolu (3)\n"
        "Gaziantep Büyükşehir Belediyesi\nMalatya Büyükşehir Belediyesi\nVan Büyükşehir "
        "Belediyesi",
        "Birliğimize üye olmak isteyen belediyeler genel sekreterlikle iletişime geçebilir.",
        "Bursa/TR; Tekirdağ/TR; Edirne/TR; Çanakkale/TR; İzmir/TR; Manisa/TR; Denizli/TR; "
        "Uşak/TR; Antalya/TR; Mersin/TR; Isparta/TR; Eskişehir/TR; Konya/TR; Kayseri/TR; "
        "Nevşehir/TR; Samsun/TR; Trabzon/TR; Ordu/TR; Giresun/TR; Gaziantep/TR; Malatya/TR; "
        "Van/TR",
        "geographical-region headings with member counts over `X (Büyükşehir) Belediyesi` "
        "lines; Ordu and Van are also words",
    ),
]

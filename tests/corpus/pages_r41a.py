"""Hand-written pages, batch r41a: held out from round 41, written without reading or running
the reader. 14 pages of 14 networks in 14 languages, the mix staff of city networks publish:
a US climate mayors' letter of `Mayor Name` / `City, ST` pairs with mayors named like places;
a Council of Europe network's news of new members in running text beside its seat; a German
climate network's tab table of new members with Land and population columns; French health
cities under region headings, several a line between `·`; a Latin American declaration as a
table copied one cell a line; Italian `Comune di X (PR)` running text with a metropolitan city;
Polish signature blocks `Prezydent Miasta Krakowa` with genitives; a Dutch table of
`gemeente` and provinces named like cities; Swedish members by county with counts and
`kommun`/`stad` genitives; Czech news of joining towns with a venue in the locative; Portuguese
member cards `Município de X` / `Distrito de Y`; Turkish `X Belediyesi – Başkan Name` bullets;
Japanese prefecture headings over cities between `、`; Romanian `Primarul Municipiului X`
lines. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-us-climate-mayors-letter-mayor-city-state-pairs",
        "en",
        "one_a_line;person_before;state_codes;no_country;person_named_like_place;not_signatory",
        "Mayors urge Congress to protect clean energy tax credits",
        (2025, 5, 6),
        "Press Releases\n/\nLetters\n\nFOR IMMEDIATE RELEASE\n\n"
        "WASHINGTON, D.C. – Twenty mayors from across the country sent a letter today to the "
        "leaders of the House Ways and Means Committee and the Senate Finance Committee, "
        "urging them to keep the clean energy tax credits that cities and their residents "
        "depend on. The letter was coordinated by the network's chair, Mayor Daniel Ortega-"
        "Reyes of Sacramento, and delivered on Capitol Hill this morning.\n\n"
        '"Elective pay has let our city install solar on every fire station," said Mayor '
        'Jackson of Asheville. "Taking it away would raise costs for taxpayers in red and '
        'blue states alike."\n\n'
        "Read the full letter below.\n\n"
        "Dear Chairman Whitaker and Chairman Holloway,\n\n"
        "As mayors of cities large and small, we write to ask that you preserve the "
        "investments made in the last Congress. Since 2022 our cities have used direct pay "
        "for electric buses, heat pumps in public housing and community solar. Repealing "
        "these credits would strand projects already under construction and cost jobs in "
        "every region.\n\n"
        "Sincerely,",
        "Mayor Linda Jackson\nCity of Asheville, NC\n\n"
        "Mayor Robert Chen\nCity of Tucson, AZ\n\n"
        "Mayor Maria Alvarez\nCity of Albuquerque, NM\n\n"
        "Mayor Tom Madison\nCity of Dayton, OH\n\n"
        "Mayor Keisha Brooks\nCity of Durham, NC\n\n"
        "Mayor Erin O'Neill\nCity of Providence, RI\n\n"
        "Mayor Samuel Park\nCity of Ann Arbor, MI\n\n"
        "Mayor Grace Whitfield\nCity of Burlington, VT\n\n"
        "Mayor Luis Herrera\nCity of Santa Fe, NM\n\n"
        "Mayor David Lindgren\nCity of Duluth, MN\n\n"
        "Mayor Patricia Savannah Cole\nCity of Flagstaff, AZ\n\n"
        "Mayor Michael Tran\nCity of Spokane, WA\n\n"
        "Mayor Rebecca Stone\nCity of Eugene, OR\n\n"
        "Mayor Anthony Russo\nCity of Ithaca, NY\n\n"
        "Mayor Jennifer Hall\nCity of Boise, ID\n\n"
        "Mayor Kevin Washington\nCity of Madison, WI\n\n"
        "Mayor Angela Price\nLouisville Metro Government, KY\n\n"
        "Mayor Chris Lancaster\nCity of Salt Lake City, UT\n\n"
        "Mayor Nadia Ibrahim\nCity of Savannah, GA\n\n"
        "Mayor Paul Dubois\nCity of Lancaster, PA",
        "cc: Members of the House Ways and Means Committee\n\n"
        "###\n\n"
        "Media contact: press@example.org\n\n"
        "More news\n"
        "Phoenix and Houston mayors launch extreme heat working group\nApril 22, 2025\n"
        "Pittsburgh joins the building performance standards cohort\nApril 3, 2025",
        "Asheville/US; Tucson/US; Albuquerque/US; Dayton/US; Durham/US; Providence/US; "
        "Ann Arbor/US; Burlington/US; Santa Fe/US; Duluth/US; Flagstaff/US; Spokane/US; "
        "Eugene/US; Ithaca/US; Boise/US; Madison/US; Louisville/US; Salt Lake City/US; "
        "Savannah/US; Lancaster/US",
        "a letter's signers as `Mayor Name` over `City of X, ST` pairs, mayors surnamed "
        "Jackson, Madison, Lancaster and a middle name Savannah; Washington the venue, "
        "Sacramento the coordinating chair, Phoenix, Houston, Pittsburgh in related news",
    ),
    Page(
        "en-intercultural-network-welcomes-new-members-running-text",
        "en",
        "running_text;not_signatory;teasers",
        "Seven cities join the intercultural cities network",
        (2024, 10, 15),
        "Home > Intercultural cities > News\n\n"
        "Strasbourg, 15 October 2024\n\n"
        "The intercultural cities programme keeps growing. At its annual coordinators' "
        "meeting, hosted this year by the city of Limassol, the network welcomed seven new "
        "members that have committed to review their policies through an intercultural lens "
        "and to take part in the network's peer reviews and thematic events.",
        "The new members are Tampere (Finland), Braga (Portugal), Logroño (Spain), Kutaisi "
        "(Georgia), Kharkiv (Ukraine) and Ioannina (Greece), as well as Reggio Calabria "
        "(Italy), which had taken part in the programme as an observer since 2021.",
        "With them, the network now counts more than 160 cities in Europe and beyond, from "
        "Montréal in Canada to Hamamatsu in Japan. The new members will be supported by "
        "mentor cities: Bergen will work with Tampere, and Lisbon with Braga.\n\n"
        '"Diversity is a fact; inclusion is a choice," said Sara Lindholm, head of the '
        "programme at the Council of Europe in Strasbourg.\n\n"
        "Related\n"
        "Intercultural Cities Index: Dublin and Oslo share their results\n"
        "Study visit to Barcelona on anti-rumour strategies\n\n"
        "Council of Europe, Avenue de l'Europe, F-67075 Strasbourg Cedex",
        "Tampere/FI; Braga/PT; Logroño/ES; Kutaisi/GE; Kharkiv/UA; Ioannina/GR; Reggio Calabria/IT",
        "new members in one sentence as `City (Country)` with Georgia the country and "
        "'as well as'; Limassol the host, Strasbourg the seat, Montréal, Hamamatsu, Bergen, "
        "Lisbon named in the text, Dublin, Oslo, Barcelona in related items",
    ),
    Page(
        "de-klimabuendnis-neue-mitglieder-tabelle-land-einwohner",
        "de",
        "table_tabs;columns_after;region_after;not_signatory;teasers",
        "Neue Mitglieder im Klima-Bündnis: Willkommen!",
        (2025, 2, 11),
        "Startseite › Über uns › Mitglieder › Neue Mitglieder\n\n"
        "Im Jahr 2024 haben sich zwölf Städte und Gemeinden aus Deutschland dem Klima-Bündnis "
        "angeschlossen. Mit ihrem Beitritt verpflichten sie sich, ihre CO2-Emissionen alle "
        "fünf Jahre um zehn Prozent zu senken und die indigenen Partner im Amazonasgebiet zu "
        "unterstützen. Die Beitrittsurkunden wurden auf der Jahreskonferenz in Bremen "
        "überreicht, die Geschäftsstelle in Frankfurt am Main begleitet die neuen Mitglieder "
        "beim Einstieg.\n\n"
        "Unsere neuen Mitglieder 2024",
        "Kommune\tBundesland\tEinwohner\tBeitritt\n"
        "Stadt Nordhausen\tThüringen\t41.200\t16.01.2024\n"
        "Große Kreisstadt Freising\tBayern\t49.700\t30.01.2024\n"
        "Stadt Bamberg\tBayern\t79.000\t05.03.2024\n"
        "Stadt Radolfzell am Bodensee\tBaden-Württemberg\t32.800\t19.03.2024\n"
        "Gemeinde Ottobrunn\tBayern\t22.000\t02.05.2024\n"
        "Stadt Wernigerode\tSachsen-Anhalt\t32.000\t14.05.2024\n"
        "Stadt Finsterwalde\tBrandenburg\t16.200\t11.06.2024\n"
        "Stadt Bocholt\tNordrhein-Westfalen\t71.500\t09.07.2024\n"
        "Stadt Trier\tRheinland-Pfalz\t111.000\t27.08.2024\n"
        "Stadt Fulda\tHessen\t69.800\t10.09.2024\n"
        "Große Kreisstadt Bautzen\tSachsen\t38.300\t22.10.2024\n"
        "Universitäts- und Hansestadt Greifswald\tMecklenburg-Vorpommern\t59.300\t03.12.2024",
        "Sie möchten auch Mitglied werden? Alle Informationen zum Beitritt finden Sie in "
        "unserem Leitfaden.\n\n"
        "Ansprechpartnerin: Julia Brenner, Mitgliederbetreuung\n\n"
        "Das könnte Sie auch interessieren\n"
        "Stadtradeln 2024: Leipzig und Karlsruhe radeln vorne\n"
        "Klima-Bündnis-Kommunen treffen sich in Graz",
        "Nordhausen/DE; Freising/DE; Bamberg/DE; Radolfzell/DE; Ottobrunn/DE; "
        "Wernigerode/DE; Finsterwalde/DE; Bocholt/DE; Trier/DE; Fulda/DE; Bautzen/DE; "
        "Greifswald/DE",
        "a tab table `Kommune\\tBundesland\\tEinwohner\\tBeitritt` of `Stadt`, `Gemeinde`, "
        "`Große Kreisstadt`, `Universitäts- und Hansestadt X`, `Radolfzell am Bodensee`; "
        "Bremen the venue, Frankfurt am Main the office, Amazonas, Leipzig, Karlsruhe, Graz "
        "elsewhere",
    ),
    Page(
        "fr-villes-sante-membres-par-region-points-medians",
        "fr",
        "several_a_line;region_heading;no_country;not_signatory",
        "Les villes membres du Réseau",
        (2024, 6, 3),
        "Accueil > Le Réseau > Les villes membres\n\n"
        "Le Réseau français des Villes-Santé de l'OMS rassemble des villes et "
        "intercommunalités qui font de la santé une priorité de toutes leurs politiques. "
        "Son secrétariat est installé à l'École des hautes études en santé publique, à "
        "Rennes. Voici la liste des membres à jour de leur cotisation, classés par région.\n\n"
        "Cliquez sur le nom d'une ville pour voir sa fiche.",
        "Auvergne-Rhône-Alpes\n"
        "Annecy · Chambéry · Grenoble · Villeurbanne\n\n"
        "Bourgogne-Franche-Comté\n"
        "Besançon · Dijon\n\n"
        "Bretagne\n"
        "Brest · Lorient · Quimper\n\n"
        "Grand Est\n"
        "Metz · Mulhouse · Nancy · Strasbourg\n\n"
        "Hauts-de-France\n"
        "Dunkerque · Lille · Roubaix\n\n"
        "Nouvelle-Aquitaine\n"
        "Angoulême · Bayonne · Pau · Poitiers\n\n"
        "Occitanie\n"
        "Montpellier · Nîmes · Perpignan · Toulouse",
        "Votre ville souhaite adhérer ? Contactez le secrétariat.\n\n"
        "Partager : Facebook · LinkedIn · Courriel\n\n"
        "RfVS OMS – 15 avenue du Professeur-Léon-Bernard – 35043 Rennes Cedex",
        "Annecy/FR; Chambéry/FR; Grenoble/FR; Villeurbanne/FR; Besançon/FR; Dijon/FR; "
        "Brest/FR; Lorient/FR; Quimper/FR; Metz/FR; Mulhouse/FR; Nancy/FR; Strasbourg/FR; "
        "Dunkerque/FR; Lille/FR; Roubaix/FR; Angoulême/FR; Bayonne/FR; Pau/FR; Poitiers/FR; "
        "Montpellier/FR; Nîmes/FR; Perpignan/FR; Toulouse/FR",
        "French regions as headings over cities between `·`, Nancy and Pau short names; "
        "Rennes the secretariat (in the text and the address), not listed",
    ),
    Page(
        "es-mercociudades-declaracion-tabla-celdas-por-linea",
        "es",
        "one_a_line;columns_after;country_in_language;person_after;not_signatory",
        "Declaración de Rosario por ciudades inclusivas",
        (2024, 11, 29),
        "Inicio / Noticias / Cumbre 2024\n\n"
        "En el cierre de la XXIX Cumbre de la Red, celebrada en Rosario, las autoridades "
        "locales presentes firmaron una declaración que reclama a los gobiernos nacionales "
        "y al Mercosur un lugar en la mesa de la integración regional. El texto recoge los "
        "acuerdos de las unidades temáticas de Desarrollo Social, Ambiente y Cultura, y "
        "recuerda el compromiso asumido en el Protocolo de Ouro Preto.\n\n"
        "La Secretaría Técnica Permanente, con sede en Montevideo, difundirá la "
        "declaración entre los miembros que no pudieron asistir.\n\n"
        "Firmantes de la declaración",
        "Ciudad\n"
        "País\n"
        "Autoridad\n"
        "Quilmes\n"
        "Argentina\n"
        "Intendenta Mayra Coronel\n"
        "Tandil\n"
        "Argentina\n"
        "Intendente Martín Ferrer\n"
        "Rafaela\n"
        "Argentina\n"
        "Secretario de Relaciones Internacionales Pablo Giordano\n"
        "Porto Alegre\n"
        "Brasil\n"
        "Prefeito Rodrigo Teixeira Duarte\n"
        "Guarulhos\n"
        "Brasil\n"
        "Vice-prefeita Ana Paula Ribeiro\n"
        "Asunción\n"
        "Paraguay\n"
        "Intendente Óscar Benítez\n"
        "Encarnación\n"
        "Paraguay\n"
        "Intendenta Luz Marina Acosta\n"
        "Valparaíso\n"
        "Chile\n"
        "Alcaldesa Camila Nieto Rojas\n"
        "Concepción\n"
        "Chile\n"
        "Alcalde Héctor Muñoz\n"
        "Canoas\n"
        "Brasil\n"
        "Prefeito Carlos Schmitt\n"
        "Villa María\n"
        "Argentina\n"
        "Intendente Eduardo Paz Rivero\n"
        "La Paz\n"
        "Bolivia\n"
        "Alcalde Gonzalo Quispe Mamani\n"
        "Cuenca\n"
        "Ecuador\n"
        "Alcaldesa Verónica Ordóñez",
        "La próxima Cumbre se realizará en 2025 en Santo André (Brasil).\n\n"
        "Compartir\n\n"
        "Noticias relacionadas\n"
        "Córdoba asume la coordinación de la Unidad Temática de Cultura\n"
        "Morón y Rivera firman un acuerdo de cooperación",
        "Quilmes/AR; Tandil/AR; Rafaela/AR; Porto Alegre/BR; Guarulhos/BR; Asunción/PY; "
        "Encarnación/PY; Valparaíso/CL; Concepción/CL; Canoas/BR; Villa María/AR; La Paz/BO; "
        "Cuenca/EC",
        "a three-column table copied one cell a line (city, country in Spanish, authority), "
        "Concepción, Cuenca, La Paz with namesakes elsewhere; Rosario the venue, Montevideo "
        "the secretariat, Ouro Preto a protocol, Santo André the next venue, Córdoba, Morón, "
        "Rivera in related news",
    ),
    Page(
        "it-agende21-adesioni-comuni-sigla-provincia-testo",
        "it",
        "running_text;state_codes;body_not_city;not_signatory;teasers",
        "Carta di Aalborg: nove nuove adesioni al Coordinamento",
        (2024, 4, 22),
        "Home » Notizie » Adesioni\n\n"
        "Si è svolta a Reggio Emilia, nella Sala del Tricolore, l'assemblea annuale dei soci "
        "del Coordinamento, che ha accolto le nuove amministrazioni aderenti. La presidente "
        "Francesca Lucca, assessora all'ambiente del Comune ospitante, ha ricordato che "
        "l'adesione comporta la sottoscrizione della Carta di Aalborg e degli Impegni di "
        "Aalborg, e l'avvio di un percorso di Agenda 21 locale condiviso con cittadini e "
        "imprese.\n\n"
        "Il Comune di Modena, che aveva annunciato la propria adesione, la formalizzerà "
        "nella prossima seduta del Consiglio comunale.",
        "Entrano a far parte della rete la Città metropolitana di Bologna, i Comuni di "
        "Casalecchio di Reno (BO), Imola (BO) e Faenza (RA), il Comune di Sassuolo (MO), "
        "il Comune di Rovereto (TN), i Comuni di Pordenone (PN) e Treviso (TV) e il Comune "
        "di Padova.",
        "I nuovi soci parteciperanno già al gruppo di lavoro sull'adattamento climatico "
        "coordinato dal Comune di Ferrara.\n\n"
        "Condividi: Facebook | X | WhatsApp\n\n"
        "Leggi anche\n"
        "Bergamo e Brescia, un anno da Capitale italiana della cultura sostenibile\n"
        "Forum delle Agende 21 a Cremona il 12 giugno\n\n"
        "Coordinamento Agende 21 Locali Italiane – c/o Comune di Modena, via Scudari 20",
        "Città metropolitana di Bologna|Metropolitan City of Bologna/IT/metropolitan area; "
        "Casalecchio di Reno/IT; Imola/IT; Faenza/IT; Sassuolo/IT; Rovereto/IT; "
        "Pordenone/IT; Treviso/IT; Padova/IT",
        "new members in one Italian sentence of `i Comuni di X (BO), Y (BO) e Z (RA)` with "
        "province codes (`BO` and `TN` are not countries here) and a metropolitan city; "
        "Reggio Emilia the venue, a president surnamed Lucca, Modena not yet a member and "
        "the address, Ferrara the coordinator, Bergamo, Brescia, Cremona in related news",
    ),
    Page(
        "pl-apel-prezydentow-bloki-podpisow-dopelniacz",
        "pl",
        "one_a_line;person_before;inflected;no_country;not_signatory",
        "Apel prezydentów miast w sprawie finansów samorządów",
        (2025, 1, 20),
        "Strona główna / Aktualności / Stanowiska\n\n"
        "Prezydenci największych polskich miast, zebrani na posiedzeniu Zarządu Unii w "
        "Rzeszowie, przyjęli apel do Rządu i Sejmu w sprawie nowej ustawy o dochodach "
        "jednostek samorządu terytorialnego. Miasta apelują o przywrócenie stabilnych "
        "źródeł finansowania transportu publicznego i oświaty.\n\n"
        "Szanowni Państwo,\n"
        "wzrost kosztów energii i płac w oświacie sprawił, że budżety miast są dziś "
        "napięte jak nigdy dotąd. Apelujemy o pilne podjęcie rozmów w ramach Komisji "
        "Wspólnej Rządu i Samorządu Terytorialnego.\n\n"
        "Z wyrazami szacunku",
        "Marek Wójcik\nPrezydent Miasta Krakowa\n\n"
        "Anna Kaczmarek\nPrezydent Wrocławia\n\n"
        "Joanna Pawlak\nPrezydent Miasta Łodzi\n\n"
        "Tomasz Górski\nPrezydent Miasta Poznania\n\n"
        "Magdalena Kowalska-Nowak\nZastępca Prezydenta Miasta Gdańska\n\n"
        "Paweł Michalski\nPrezydent Miasta Szczecin\n\n"
        "Ewa Sadowska\nPrezydent Miasta Bydgoszczy\n\n"
        "Grzegorz Wróbel\nPrezydent Miasta Lublin\n\n"
        "Agnieszka Zając\nPrezydent Miasta Białegostoku\n\n"
        "Michał Dudek\nPrezydent Miasta Katowice\n\n"
        "Tomasz Lewandowski\nZastępca Prezydenta m.st. Warszawy",
        "Pobierz apel (PDF, 214 KB)\n\n"
        "Udostępnij: Facebook | LinkedIn\n\n"
        "Zobacz także\n"
        "Gdynia i Sopot wspólnie o transporcie metropolitalnym\n"
        "Posiedzenie Zarządu w Toruniu – relacja\n\n"
        "Biuro Unii, ul. Kopernika 2, 00-367 Warszawa",
        "Kraków/PL; Wrocław/PL; Łódź/PL; Poznań/PL; Gdańsk/PL; Szczecin/PL; Bydgoszcz/PL; "
        "Lublin/PL; Białystok/PL; Katowice/PL; Warszawa|Warsaw/PL",
        "signature blocks of a name over `Prezydent Miasta X` with genitives (Krakowa, "
        "Łodzi, Poznania, Białegostoku) beside nominatives (Szczecin, Lublin, Katowice), "
        "`m.st. Warszawy`, deputies; the venue Rzeszów (Rzeszowie), Gdynia, Sopot, Toruń in "
        "related news",
    ),
    Page(
        "nl-green-deal-gemeenten-tabel-provincie-wethouder",
        "nl",
        "table_tabs;columns_after;person_after;region_like_country;not_signatory",
        "Twaalf gemeenten tekenen Green Deal Duurzame Bouwplaatsen",
        (2024, 9, 24),
        "Home > Actueel > Nieuws\n\n"
        "Op dinsdag 24 september hebben twaalf gemeenten in het provinciehuis in Arnhem de "
        "Green Deal Duurzame Bouwplaatsen ondertekend. Zij spreken af dat vanaf 2026 alle "
        "bouwplaatsen in hun opdrachten emissieloos werken. De deal is een initiatief van "
        "het netwerk met het ministerie van Infrastructuur en Waterstaat; Den Haag was als "
        "opdrachtgever al eerder aangesloten.\n\n"
        "De ondertekenaars:",
        "Gemeente\tProvincie\tOndertekend door\n"
        "Amersfoort\tUtrecht\twethouder Karin Brouwer\n"
        "Zwolle\tOverijssel\twethouder Jeroen Maas\n"
        "Leeuwarden\tFriesland\twethouder Sjoukje de Vries\n"
        "Groningen\tGroningen\twethouder Bas Hoekstra\n"
        "Nijmegen\tGelderland\twethouder Fatma Yilmaz\n"
        "Tilburg\tNoord-Brabant\twethouder Erik van Dijk\n"
        "Delft\tZuid-Holland\twethouder Anouk Jansen\n"
        "Haarlem\tNoord-Holland\twethouder Tim Bakker\n"
        "Maastricht\tLimburg\twethouder Ralph Geelen\n"
        "Almere\tFlevoland\twethouder Marloes Kok\n"
        "Assen\tDrenthe\twethouder Henk Drenth\n"
        "Middelburg\tZeeland\twethouder Ilse Vermeer",
        "Meer gemeenten kunnen zich later aansluiten; de volgende tekenronde is in het "
        "voorjaar in Utrecht.\n\n"
        "Deel dit bericht\n\n"
        "Gerelateerd nieuws\n"
        "Eindhoven en Breda starten met elektrische graafmachines\n"
        "Rotterdam deelt ervaringen met zero-emissiezones",
        "Amersfoort/NL; Zwolle/NL; Leeuwarden/NL; Groningen/NL; Nijmegen/NL; Tilburg/NL; "
        "Delft/NL; Haarlem/NL; Maastricht/NL; Almere/NL; Assen/NL; Middelburg/NL",
        "a tab table `Gemeente\\tProvincie\\tOndertekend door` with provinces named like "
        "cities (Utrecht, Groningen, Limburg) and a wethouder surnamed Drenth; Arnhem the "
        "venue, Den Haag an earlier party, Utrecht the next venue, Eindhoven, Breda, "
        "Rotterdam in related news",
    ),
    Page(
        "sv-ekokommuner-medlemmar-per-lan-antal-genitiv",
        "sv",
        "one_a_line;region_heading;inflected;no_country;not_signatory",
        "Våra medlemmar",
        (2024, 3, 14),
        "Start / Om oss / Medlemmar\n\n"
        "Sveriges Ekokommuner är en ideell förening för kommuner och regioner som vill "
        "driva hållbarhetsarbetet framåt. Föreningens kansli finns i Härnösand. Här ser du "
        "alla medlemskommuner, sorterade efter län.\n\n"
        "Visa som: Lista | Karta",
        "Norrbottens län (2)\n"
        "Kiruna kommun\n"
        "Luleå kommun\n\n"
        "Västerbottens län (1)\n"
        "Umeå kommun\n\n"
        "Västernorrlands län (1)\n"
        "Sundsvalls kommun\n\n"
        "Gävleborgs län (1)\n"
        "Gävle kommun\n\n"
        "Uppsala län (1)\n"
        "Uppsala kommun\n\n"
        "Västmanlands län (1)\n"
        "Västerås stad\n\n"
        "Örebro län (1)\n"
        "Örebro kommun\n\n"
        "Värmlands län (1)\n"
        "Karlstads kommun\n\n"
        "Västra Götalands län (2)\n"
        "Alingsås kommun\n"
        "Borås Stad\n\n"
        "Jönköpings län (1)\n"
        "Jönköpings kommun\n\n"
        "Kronobergs län (1)\n"
        "Växjö kommun\n\n"
        "Skåne län (4)\n"
        "Kristianstads kommun\n"
        "Lunds kommun\n"
        "Malmö stad\n"
        "Ystads kommun",
        "Vill din kommun bli medlem? Kontakta kansliet.\n\n"
        "Dela sidan\n\n"
        "Sveriges Ekokommuner, Box 34, 871 22 Härnösand",
        "Kiruna/SE; Luleå/SE; Umeå/SE; Sundsvall/SE; Gävle/SE; Uppsala/SE; Västerås/SE; "
        "Örebro/SE; Karlstad/SE; Alingsås/SE; Borås/SE; Jönköping/SE; Växjö/SE; "
        "Kristianstad/SE; Lund/SE; Malmö/SE; Ystad/SE",
        "`X län (n)` headings with counts over `X kommun` / `X stad` lines, genitives "
        "(Sundsvalls, Karlstads, Jönköpings, Kristianstads, Lunds, Ystads), county names that "
        "are cities (Uppsala, Örebro, Jönköping); Härnösand the office, not a member",
    ),
    Page(
        "cs-zdrava-mesta-nova-clenska-mesta-jihlave",
        "cs",
        "running_text;no_country;not_signatory;teasers",
        "Do Národní sítě Zdravých měst vstoupila čtyři nová města",
        (2024, 5, 29),
        "Úvod » Aktuality\n\n"
        "Na jarní konferenci v Jihlavě, kterou letos hostilo Statutární město Jihlava v "
        "prostorách Horáckého divadla, slavnostně přivítal předseda sítě Petr Hodonín nové "
        "členy. Vstupem do sítě se města zavazují k realizaci projektu Zdravé město a "
        "místní Agendy 21 a k pravidelnému hodnocení kvality svých procesů.",
        "Novými členy se stala města Písek, Kroměříž a Chrudim a dále město Šumperk, které "
        "schválilo vstup na jednání zastupitelstva v dubnu.",
        "Síť tak sdružuje již 140 obcí, měst a krajů, ve kterých žije přes třetinu obyvatel "
        "Česka. Zástupci nových členů se v září zúčastní Letní školy v Třebíči.\n\n"
        "Sdílet\n\n"
        "Další aktuality\n"
        "Litoměřice získaly ocenění za participativní rozpočet\n"
        "Vsetín otevřel nové komunitní centrum\n\n"
        "Národní síť Zdravých měst ČR, Palackého nám. 1, 110 00 Praha",
        "Písek/CZ; Kroměříž/CZ; Chrudim/CZ; Šumperk/CZ",
        "four new members in one Czech sentence after `města` and `a dále město`; the host "
        "Jihlava (`v Jihlavě`), a chairman surnamed Hodonín, Třebíč (`v Třebíči`) the summer "
        "school, Litoměřice, Vsetín in related news, Praha in the address",
    ),
    Page(
        "pt-cidades-educadoras-fichas-municipio-distrito",
        "pt",
        "one_a_line;region_after;columns_after;no_country;not_signatory",
        "Municípios portugueses membros",
        (2024, 7, 8),
        "Início > Rede Territorial Portuguesa > Membros\n\n"
        "A Rede Territorial Portuguesa das Cidades Educadoras reúne os municípios de Portugal "
        "que aderiram à Carta das Cidades Educadoras, aprovada em Barcelona em 1990 e revista "
        "em 2020. A coordenação da Rede é assegurada em 2024 pelo Município de Odivelas.\n\n"
        "Filtrar por distrito ▾\n\n"
        "A mostrar 10 de 10",
        "Município de Águeda\nDistrito de Aveiro\nMembro desde 2006\nVer ficha\n\n"
        "Município de Almada\nDistrito de Setúbal\nMembro desde 1999\nVer ficha\n\n"
        "Município de Évora\nDistrito de Évora\nMembro desde 2002\nVer ficha\n\n"
        "Município de Guimarães\nDistrito de Braga\nMembro desde 2005\nVer ficha\n\n"
        "Município de Lousã\nDistrito de Coimbra\nMembro desde 2011\nVer ficha\n\n"
        "Município de Loures\nDistrito de Lisboa\nMembro desde 2001\nVer ficha\n\n"
        "Município de Santa Maria da Feira\nDistrito de Aveiro\nMembro desde 2008\n"
        "Ver ficha\n\n"
        "Município de Torres Vedras\nDistrito de Lisboa\nMembro desde 2003\nVer ficha\n\n"
        "Município de Viseu\nDistrito de Viseu\nMembro desde 2014\nVer ficha\n\n"
        "Câmara Municipal do Funchal\nRegião Autónoma da Madeira\nMembro desde 2017\n"
        "Ver ficha",
        "Partilhar: Facebook · X · E-mail\n\n"
        "Rede Territorial Portuguesa das Cidades Educadoras – Secretariado: Rua Guilherme "
        "Gomes Fernandes, Odivelas",
        "Águeda/PT; Almada/PT; Évora/PT; Guimarães/PT; Lousã/PT; Loures/PT; "
        "Santa Maria da Feira/PT; Torres Vedras/PT; Viseu/PT; Funchal/PT",
        "member cards four lines each: `Município de X`, `Distrito de Y` (districts named "
        "like cities: Aveiro, Setúbal, Braga, Coimbra, Lisboa), `Membro desde`, `Ver ficha`; "
        "`Câmara Municipal do Funchal`; Barcelona (charter) and Odivelas (coordinator) are "
        "not listed",
    ),
    Page(
        "tr-saglikli-kentler-yeni-uyeler-belediye-baskan-madde",
        "tr",
        "bulleted;person_after;region_after;no_country;not_signatory;teasers",
        "Birliğimize sekiz yeni üye katıldı",
        (2024, 12, 17),
        "Anasayfa / Haberler\n\n"
        "Türkiye Sağlıklı Kentler Birliği Meclisi, Bursa'da düzenlenen olağan toplantısında "
        "sekiz belediyenin üyelik başvurusunu oybirliğiyle kabul etti. Toplantıya ev sahipliği "
        "yapan Bursa Büyükşehir Belediyesi adına konuşan Genel Sekreter Yardımcısı Ayşe "
        "Denizli, yeni üyelerin sağlıklı yaşam, aktif ulaşım ve yaşlı dostu kent "
        "çalışmalarına katkı sunacağını söyledi.\n\n"
        "Birliğe katılan belediyeler şunlardır:",
        "• Mersin Büyükşehir Belediyesi – Belediye Başkanı Hakan Yıldırım\n"
        "• Tekirdağ Büyükşehir Belediyesi – Belediye Başkanı Selin Aslan\n"
        "• Çanakkale Belediyesi – Belediye Başkanı Murat Tunç\n"
        "• Edirne Belediyesi – Belediye Başkanı Zeynep Kara\n"
        "• Bodrum Belediyesi (Muğla) – Belediye Başkanı Emre Öz\n"
        "• Nilüfer Belediyesi (Bursa) – Belediye Başkanı Serkan Ak\n"
        "• Karşıyaka Belediyesi (İzmir) – Belediye Başkanı Yıldız Sinop\n"
        "• Balıkesir Büyükşehir Belediyesi – Belediye Başkan Vekili Okan Antalya",
        "Yeni üyelerle birlikte Birliğimizin üye sayısı 74'e ulaştı. Birlik, 2025 yılında "
        "Dünya Sağlık Örgütü Avrupa Sağlıklı Kentler Ağı'nın yıllık toplantısına Kopenhag'da "
        "katılacak.\n\n"
        "Paylaş\n\n"
        "İlgili Haberler\n"
        "Eskişehir'de Sağlıklı Yaşlanma Çalıştayı yapıldı\n"
        "Denizli Büyükşehir Belediyesi bisiklet yollarını genişletiyor",
        "Mersin/TR; Tekirdağ/TR; Çanakkale/TR; Edirne/TR; Bodrum/TR; Nilüfer/TR; "
        "Karşıyaka/TR; Balıkesir/TR",
        "`X (Büyükşehir) Belediyesi – Belediye Başkanı Name` bullets, district municipalities "
        "with their province in brackets (Muğla, Bursa, İzmir), people surnamed Denizli, "
        "Sinop, Antalya; Bursa the host (Bursa'da), Kopenhag the next meeting, Eskişehir, "
        "Denizli in related news",
    ),
    Page(
        "ja-shitei-toshi-shichokai-yobo-shicho-mei",
        "ja",
        "one_a_line;person_after;person_named_like_place;no_country;not_signatory",
        "物価高騰対策に関する緊急要請",
        (2024, 10, 31),
        "ホーム ＞ 提言・要請 ＞ 令和6年度\n\n"
        "指定都市市長会は、10月31日、東京都千代田区の全国都市会館において臨時会議を開催し、"
        "物価高騰に伴う学校給食費や公共施設の光熱費の増加に対応するため、国に対する緊急要請を"
        "取りまとめました。要請書は、会長である横浜市長から内閣総理大臣及び総務大臣に手交され"
        "ました。\n\n"
        "要請の内容\n"
        "１　地方創生臨時交付金の増額と早期交付\n"
        "２　学校給食費の負担軽減に係る財政措置の拡充\n"
        "３　公営交通事業に対する支援の継続\n\n"
        "令和6年10月31日\n\n"
        "指定都市市長会",
        "札幌市長　松本 健一\n"
        "仙台市長　郡山 和子\n"
        "さいたま市長　高橋 誠\n"
        "千葉市長　長野 俊介\n"
        "川崎市長　田中 美穂\n"
        "相模原市長　佐藤 隆\n"
        "新潟市長　鈴木 一郎\n"
        "静岡市長　伊藤 直子\n"
        "浜松市長　渡辺 浩\n"
        "名古屋市長　山本 裕子\n"
        "堺市長　小林 大輔\n"
        "岡山市長　加藤 恵\n"
        "広島市長　吉田 修\n"
        "北九州市長　山田 翔太\n"
        "熊本市長　中村 明美",
        "※京都市、大阪市、神戸市及び福岡市は、別途個別に要望を行っています。\n\n"
        "要請書（PDF：185KB）\n\n"
        "このページを共有する\n\n"
        "指定都市市長会事務局　〒100-0012 東京都千代田区日比谷公園1-3",
        "Sapporo/JP; Sendai/JP; Saitama/JP; Chiba/JP; Kawasaki/JP; Sagamihara/JP; "
        "Niigata/JP; Shizuoka/JP; Hamamatsu/JP; Nagoya/JP; Sakai/JP; Okayama/JP; "
        "Hiroshima/JP; Kitakyushu/JP; Kumamoto/JP",
        "signers as `X市長　Name` lines, mayors surnamed Matsumoto, Koriyama, Nagano (all "
        "cities); the venue Tokyo, the chair Yokohama who handed it over, and Kyoto, Osaka, "
        "Kobe and Fukuoka named as cities that made their own requests (exceptions)",
    ),
    Page(
        "ro-amr-declaratie-primarul-municipiului-linii",
        "ro",
        "one_a_line;person_before;inflected;no_country;not_signatory",
        "Declarația primarilor de municipii privind descentralizarea",
        (2025, 3, 4),
        "Acasă / Comunicate de presă\n\n"
        "Reuniți la Sibiu în cadrul Adunării Generale a Asociației Municipiilor din România, "
        "primarii municipiilor reședință de județ au adoptat o declarație comună prin care "
        "solicită Guvernului să respecte Carta europeană a autonomiei locale, semnată la "
        "Strasbourg, și să nu reducă cotele defalcate din impozitul pe venit. Gazda "
        "reuniunii, primarul Sibiului, a subliniat că orașele au nevoie de predictibilitate "
        "pentru a putea accesa fondurile europene.\n\n"
        "Declarația a fost semnată de:",
        "Andrei Mureșan, Primarul Municipiului Cluj-Napoca\n"
        "Cristina Lupu, Primarul Municipiului Iași\n"
        "Radu Stoian, Primarul Municipiului Timișoara\n"
        "Ioana Neagu, Primarul Municipiului Brașov\n"
        "Sorin Bălan, Primarul Municipiului Oradea\n"
        "Marius Oprea, Primarul Municipiului Alba Iulia\n"
        "Elena Dobre, Primarul Municipiului Constanța\n"
        "Victor Enache, Primarul Municipiului Craiova\n"
        "Diana Roman, Primarul Municipiului Suceava\n"
        "Adrian Pop, Primarul Municipiului Bistrița\n"
        "Doina Arad, Viceprimar al Municipiului Baia Mare\n"
        "Kovács Levente, Primarul Municipiului Târgu Mureș",
        "Textul integral al declarației poate fi descărcat de mai jos.\n\n"
        "Declaratie_AMR_martie_2025.pdf\n\n"
        "Distribuie\n\n"
        "Asociația Municipiilor din România, Str. Gheorghe Manu 5, București",
        "Cluj-Napoca/RO; Iași/RO; Timișoara/RO; Brașov/RO; Oradea/RO; Alba Iulia/RO; "
        "Constanța/RO; Craiova/RO; Suceava/RO; Bistrița/RO; Baia Mare/RO; Târgu Mureș/RO",
        "`Name, Primarul Municipiului X` lines, a deputy `Viceprimar al Municipiului` named "
        "Arad (a city that did not sign); the host Sibiu (`primarul Sibiului`), Strasbourg a "
        "charter, București the address",
    ),
]

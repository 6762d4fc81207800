"""Hand-written pages, batch r35e: held out from round 35, written without reading the reader
or other batches of the round. A mix as a user meets it on the web of city networks: 7
statements and declarations and 7 member pages and news items, in 13 languages, 3 to 56
entries. Statements: English `Name, title, City, Country` lines with a county and city
corporations, a compact named after a city and a venue; French country headings in capitals
over `Ville de X`, `Commune de X`, `Communauté urbaine de X` with the mayor after a dash, under
a declaration named after its venue; a Spanish tab table of city, country and authority with
Concepción and Cuenca; German running text of `Stadt`, `Marktgemeinde`, `Landeshauptstadt`
with Länder in brackets and a host; Polish `Prezydent Miasta X` in the genitive over the
person's name; an Italian tab table of `Comune di X` with province codes beside a union of
municipalities, a metropolitan city and a region; Japanese `X市長　Name` lines under a host.
Member pages and news: Dutch running text of new members beside a venue; Swedish `X kommun`,
`X stad` under län headings with counts; Brazilian member cards `Cidade` / `UF · Membro desde`;
a Turkish tab table of `Büyükşehir Belediyesi` and district municipalities with their province;
Korean running text with `특례시`, `시`, `군`; Czech members under kraj headings with
`Statutární město`, `Město`, `Městys` and a kraj; English new-member cards of Central and
South Asian cities. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-migration-call-name-title-city-country",
        "en",
        "one_a_line;person_before;not_signatory;body_not_city;country_in_language",
        "Mayors' Call to Action on Safe and Regular Migration",
        (2025, 9, 23),
        "Home / What we do / Advocacy / Global Compact\n\n"
        "Statement\n\n"
        "Seven years after the Global Compact for Safe, Orderly and Regular Migration was "
        "adopted in Marrakesh, cities remain the places where migrants and refugees first "
        "look for a school, a clinic and a job. Yet city leaders are still absent from the "
        "rooms where migration policy is decided.\n\n"
        "Ahead of the High-Level Week of the UN General Assembly in New York, we, the "
        "undersigned mayors and governors, call on national governments to:\n\n"
        "- give cities a seat at the International Migration Review Forum;\n"
        "- channel at least a share of migration and climate finance directly to cities;\n"
        "- recognise the documents cities issue to their residents, whatever their status.\n\n"
        "Signed by",
        "Amina Wekesa, Governor, Nairobi City County, Kenya\n"
        "Carlos Andrés Restrepo, Mayor of Medellín, Colombia\n"
        "Fatmata Koroma, Mayor of Freetown, Sierra Leone\n"
        "Hamza Al-Tarawneh, Mayor, Greater Amman Municipality, Jordan\n"
        "Rafiqul Islam, Mayor, Dhaka North City Corporation, Bangladesh\n"
        "Marianne Keller, Mayor of Zürich, Switzerland\n"
        "Sophie Tremblay, Mayor of Montréal, Canada\n"
        "Daniel Okello, Lord Mayor, Kampala Capital City Authority, Uganda\n"
        "Beatriz Lemos, Deputy Mayor for Human Rights, São Paulo, Brazil\n"
        "Georges Haddad, Mayor of Zahlé, Lebanon\n"
        "Nomvula Dlamini, Executive Mayor, City of Johannesburg, South Africa\n"
        "Ayşe Kaplan, Mayor of Gaziantep Metropolitan Municipality, Türkiye\n"
        "Mariana Ortiz, Mayor of Quilmes, Argentina\n"
        "Liam Doherty, Lord Mayor of Bristol, United Kingdom",
        "The call remains open for signature. Mayors and governors who wish to add their name "
        "can write to the secretariat.\n\n"
        "Read more\n"
        "Lisbon and Kigali host peer exchange on inclusion of migrant workers\n"
        "12 September 2025\n"
        "New fund supports returnees in Tijuana and Tapachula\n"
        "2 September 2025\n\n"
        "Secretariat: 1 Rockefeller Plaza, New York, NY 10020, United States",
        "Nairobi City County|Nairobi/KE/county; Medellín/CO; Freetown/SL; Amman/JO; Dhaka/BD; "
        "Zürich/CH; Montréal/CA; Kampala/UG; São Paulo/BR; Zahlé/LB; Johannesburg/ZA; "
        "Gaziantep/TR; Quilmes/AR; Bristol/GB",
        "`Name, title, City, Country` lines with a county, a municipality, a city corporation "
        "and a capital city authority; Marrakesh (the compact) and New York (venue, "
        "secretariat) are not signatories, nor Lisbon, Kigali, Tijuana, Tapachula in news",
    ),
    Page(
        "fr-declaration-pays-majuscules-ville-maire",
        "fr",
        "one_a_line;region_heading;country_in_language;person_after;not_signatory",
        "Déclaration de Cotonou sur l'assainissement des villes africaines",
        (2024, 11, 28),
        "Accueil > Actualités > Déclarations\n\n"
        "Réunis à Cotonou du 26 au 28 novembre 2024 à l'invitation du maire de la ville, hôte "
        "de la 12e conférence régionale, les maires et présidents des collectivités "
        "signataires :\n\n"
        "- constatent que moins d'un tiers des ménages urbains d'Afrique de l'Ouest et du "
        "Centre ont accès à un assainissement géré en toute sécurité ;\n"
        "- rappellent les engagements de l'Agenda 2063 et de la déclaration de Dakar de 2019 ;\n"
        "- s'engagent à consacrer au moins 5 % de leur budget d'investissement à la gestion "
        "des boues de vidange et des déchets solides d'ici 2030.\n\n"
        "Le secrétariat permanent, établi à Paris, assurera le suivi annuel de ces engagements."
        "\n\nLISTE DES SIGNATAIRES",
        "SÉNÉGAL\n"
        "Ville de Thiès – M. Abdoulaye Ndiaye, maire\n"
        "Commune de Ziguinchor – Mme Awa Diatta, maire\n"
        "Ville de Saint-Louis – M. Ousmane Fall, maire\n"
        "BURKINA FASO\n"
        "Commune de Ouagadougou – M. Issa Compaoré, président de la délégation spéciale\n"
        "Commune de Bobo-Dioulasso – M. Salif Traoré, président de la délégation spéciale\n"
        "CÔTE D'IVOIRE\n"
        "Commune de Bouaké – M. Yao Kouassi, maire\n"
        "Commune de Yamoussoukro – Mme Adjoua N'Guessan, maire\n"
        "Commune de San-Pédro – M. Lamine Koné, maire\n"
        "BÉNIN\n"
        "Ville de Porto-Novo – M. Rachidi Adéchinan, maire\n"
        "Commune de Parakou – M. Ibrahim Séidou, maire\n"
        "TOGO\n"
        "Commune de Sokodé – M. Tchédré Issifou, maire\n"
        "NIGER\n"
        "Ville de Niamey – M. Moussa Garba, administrateur délégué\n"
        "Ville de Zinder – M. Habibou Mahamane, administrateur délégué\n"
        "CAMEROUN\n"
        "Communauté urbaine de Douala – M. Jean-Paul Ekambi, maire de la ville\n"
        "Communauté urbaine de Garoua – M. Hamadou Bello, maire de la ville\n"
        "MALI\n"
        "Mairie de Ségou – M. Bakary Coulibaly, président de la délégation spéciale\n"
        "GUINÉE\n"
        "Commune urbaine de Kankan – M. Mamadi Camara, président de la délégation spéciale\n"
        "MAURITANIE\n"
        "Commune de Nouadhibou – M. Sidi Ould Ahmed, maire",
        "Les collectivités qui souhaitent adhérer à la déclaration peuvent adresser leur "
        "demande au secrétariat permanent.\n\n"
        "Télécharger la déclaration (PDF)\n\n"
        "À lire aussi\n"
        "Abidjan et Lomé lancent un programme commun de collecte des déchets\n"
        "Kinshasa accueillera le prochain bureau exécutif",
        "Thiès/SN; Ziguinchor/SN; Saint-Louis/SN; Ouagadougou/BF; Bobo-Dioulasso/BF; "
        "Bouaké/CI; Yamoussoukro/CI; San-Pédro/CI; Porto-Novo/BJ; Parakou/BJ; Sokodé/TG; "
        "Niamey/NE; Zinder/NE; Douala/CM; Garoua/CM; Ségou/ML; Kankan/GN; Nouadhibou/MR",
        "country headings in capitals over `Ville de X – M. Name, maire` lines, `Communauté "
        "urbaine de X`; the host Cotonou (the declaration's name), Dakar (a past declaration) "
        "and Paris (secretariat) are not signatories, nor Abidjan, Lomé, Kinshasa in news",
    ),
    Page(
        "es-declaracion-tabla-ciudad-pais-autoridad",
        "es",
        "table_tabs;columns_after;person_after;country_in_language;not_signatory",
        "Declaración de ciudades sudamericanas por la movilidad activa",
        (2025, 4, 10),
        "Inicio » Noticias » Declaraciones\n\n"
        "En el marco de la Cumbre de Movilidad Urbana celebrada en Montevideo, autoridades de "
        "catorce ciudades de la región firmaron una declaración conjunta que compromete a sus "
        "gobiernos a duplicar la red de ciclovías protegidas y a ampliar las calles "
        "peatonales en los centros históricos antes de 2030.\n\n"
        "«Las ciudades que caminan son ciudades más sanas y más justas», afirmó la "
        "intendenta anfitriona, Laura Silveira, al cerrar la jornada. La declaración retoma "
        "los compromisos de la Nueva Agenda Urbana adoptada en Quito.\n\n"
        "Ciudades firmantes",
        "Ciudad\tPaís\tAutoridad firmante\n"
        "Rosario\tArgentina\tPablo Giménez, intendente\n"
        "Córdoba\tArgentina\tMaría José Funes, viceintendenta\n"
        "Mendoza\tArgentina\tJulián Ferreyra, intendente\n"
        "Valparaíso\tChile\tCamila Rojas, alcaldesa\n"
        "Concepción\tChile\tRodrigo Sepúlveda, alcalde\n"
        "Temuco\tChile\tFrancisca Millán, alcaldesa\n"
        "Asunción\tParaguay\tÓscar Benítez, intendente\n"
        "Encarnación\tParaguay\tLiz Fernández, intendenta\n"
        "Cochabamba\tBolivia\tMarcelo Quiroga, alcalde\n"
        "Cuenca\tEcuador\tPaúl Andrade, alcalde\n"
        "Loja\tEcuador\tVerónica Jaramillo, alcaldesa\n"
        "Arequipa\tPerú\tLuis Zegarra, alcalde provincial\n"
        "Niterói\tBrasil\tRenata Mattos, secretaria de Mobilidade\n"
        "Porto Alegre\tBrasil\tEduardo Kern, prefeito",
        "La secretaría técnica, con sede en Montevideo, publicará un primer informe de "
        "seguimiento en 2026.\n\n"
        "Compartir: Facebook | X | WhatsApp\n\n"
        "Noticias relacionadas\n"
        "Bogotá y Lima comparten su experiencia con los buses eléctricos",
        "Rosario/AR; Córdoba/AR; Mendoza/AR; Valparaíso/CL; Concepción/CL; Temuco/CL; "
        "Asunción/PY; Encarnación/PY; Cochabamba/BO; Cuenca/EC; Loja/EC; Arequipa/PE; "
        "Niterói/BR; Porto Alegre/BR",
        "a tab table City / Country / signing authority, Concepción and Cuenca with bigger "
        "namesakes elsewhere; Montevideo the host and secretariat, Quito (New Urban Agenda), "
        "Bogotá and Lima in related news are not signatories",
    ),
    Page(
        "de-resolution-fliesstext-marktgemeinde-land",
        "de",
        "running_text;region_after;not_signatory;few",
        "Klimaresolution der Alpenstädte: acht Kommunen unterzeichnen",
        (2025, 6, 14),
        "Startseite > Aktuelles > Pressemitteilungen\n\n"
        "Bei der Jahrestagung des Netzwerks in Innsbruck haben die Bürgermeisterinnen und "
        "Bürgermeister von acht Städten und Gemeinden eine Resolution zur Klimaanpassung im "
        "Alpenraum unterzeichnet. Sie fordern von Bund und Ländern einen eigenen Fonds für "
        "Schutzbauten gegen Muren und Hochwasser sowie mehr Personal für die "
        "Gemeindeentwicklung.\n\n"
        "„Die Gletscher warten nicht auf die nächste Förderperiode“, sagte Gastgeberin und "
        "Bürgermeisterin Julia Rainer bei der Unterzeichnung im Congress Innsbruck.",
        "Unterzeichnet haben die Stadt Villach (Kärnten), die Landeshauptstadt Bregenz, die "
        "Marktgemeinde Wolfurt und die Stadtgemeinde Lienz (Tirol) auf österreichischer "
        "Seite, die Stadt Sonthofen und der Markt Garmisch-Partenkirchen (Bayern) aus "
        "Deutschland sowie aus der Schweiz die Stadt Chur und die Gemeinde Davos.",
        "Die Resolution wird im Herbst an die Alpenkonferenz übergeben. Weitere Gemeinden "
        "können sich bis Ende September anschließen; die Geschäftsstelle in Schaan "
        "(Liechtenstein) nimmt Beitritte entgegen.\n\n"
        "Das könnte Sie auch interessieren\n"
        "Salzburg und Trento tauschen Erfahrungen zu Hitzeaktionsplänen aus",
        "Villach/AT; Bregenz/AT; Wolfurt/AT; Lienz/AT; Sonthofen/DE; "
        "Garmisch-Partenkirchen/DE; Chur/CH; Davos/CH",
        "running text of `Stadt`, `Landeshauptstadt`, `Marktgemeinde`, `Stadtgemeinde`, "
        "`Markt`, `Gemeinde X` with Länder in brackets and countries between groups; the host "
        "Innsbruck, the office in Schaan and Salzburg, Trento in a teaser are not signatories",
    ),
    Page(
        "pl-apel-prezydent-miasta-dopelniacz-nazwisko",
        "pl",
        "one_a_line;inflected;person_after;no_country;not_signatory",
        "Apel prezydentów miast w sprawie finansowania transportu publicznego",
        (2025, 2, 27),
        "Strona główna / Aktualności / Stanowiska\n\n"
        "Samorządowcy zebrani na posiedzeniu Zarządu Związku w Katowicach przyjęli apel do "
        "Rządu i Sejmu o zmianę zasad finansowania transportu zbiorowego. Bilety pokrywają "
        "dziś mniej niż jedną trzecią kosztów przewozów, a rosnące ceny energii zmuszają "
        "miasta do ograniczania kursów.\n\n"
        "Apel podpisali:",
        "Prezydent Miasta Krakowa\nAleksander Miłosz\n\n"
        "Prezydent Miasta Stołecznego Warszawy\nRafał Jędrzejewski\n\n"
        "Prezydent Miasta Wrocławia\nJakub Sowa\n\n"
        "Prezydent Miasta Gdańska\nAgnieszka Bielecka\n\n"
        "Prezydent Miasta Łodzi\nHanna Zawadzka\n\n"
        "Prezydent Miasta Lublin\nKrzysztof Żuk-Malinowski\n\n"
        "Prezydent Miasta Rzeszowa\nTomasz Kalita\n\n"
        "Prezydent Miasta Torunia\nPaweł Gulczyński\n\n"
        "Prezydent Miasta Bielska-Białej\nJarosław Klimek\n\n"
        "Prezydent Miasta Zielona Góra\nMarcin Pawlak\n\n"
        "Prezydent Miasta Olsztyna\nRobert Szymański\n\n"
        "Burmistrz Wadowic\nMateusz Klęk\n\n"
        "Burmistrz Miasta Sanoka\nEwa Kalisz\n\n"
        "Prezydent Miasta Opola\nArkadiusz Wiśniewski-Nowak",
        "Apel przekazano Prezesowi Rady Ministrów oraz Marszałkowi Sejmu. Biuro Związku w "
        "Poznaniu zbiera podpisy kolejnych miast do 15 marca.\n\n"
        "Czytaj także\n"
        "Bydgoszcz i Szczecin z nowymi tramwajami z funduszy unijnych",
        "Kraków/PL; Warsaw/PL; Wrocław/PL; Gdańsk/PL; Łódź/PL; Lublin/PL; Rzeszów/PL; "
        "Toruń/PL; Bielsko-Biała/PL; Zielona Góra/PL; Olsztyn/PL; Wadowice/PL; Sanok/PL; "
        "Opole/PL",
        "`Prezydent Miasta X` mostly in the genitive (Krakowa, Łodzi, Bielska-Białej), two "
        "in the nominative, `Burmistrz Wadowic`, each over the person's name (one named "
        "Kalisz); Katowice (venue), Poznań (office), Bydgoszcz, Szczecin are not signatories",
    ),
    Page(
        "it-carta-adesioni-tabella-comuni-unione-regione",
        "it",
        "table_tabs;state_codes;columns_after;body_not_city;no_country;not_signatory",
        "Carta di Pisa: gli enti che hanno aderito nel 2024",
        (2025, 1, 16),
        "Home › Cosa facciamo › Carta di Pisa › Adesioni\n\n"
        "La Carta di Pisa è il codice etico per gli amministratori locali: trasparenza sugli "
        "incarichi, rifiuto dei regali, obbligo di dimissioni in caso di rinvio a giudizio "
        "per reati di mafia o corruzione. Nel 2024 hanno aderito formalmente, con delibera "
        "del consiglio, i seguenti enti.\n\n"
        "Cerca ente\nFiltra per regione: Tutte\n",
        "Ente\tProv.\tRegione\tDelibera\n"
        "Comune di Cuneo\tCN\tPiemonte\tDCC n. 12 del 19/02/2024\n"
        "Comune di Bergamo\tBG\tLombardia\tDCC n. 33 del 04/03/2024\n"
        "Comune di Lecco\tLC\tLombardia\tDCC n. 8 del 11/03/2024\n"
        "Comune di Rovereto\tTN\tTrentino-Alto Adige\tDCC n. 21 del 26/03/2024\n"
        "Comune di Padova\tPD\tVeneto\tDCC n. 40 del 08/04/2024\n"
        "Unione dei Comuni della Bassa Romagna\tRA\tEmilia-Romagna\tDCU n. 5 del 15/04/2024\n"
        "Città metropolitana di Bologna\tBO\tEmilia-Romagna\tDCM n. 17 del 24/04/2024\n"
        "Comune di Reggio nell'Emilia\tRE\tEmilia-Romagna\tDCC n. 66 del 06/05/2024\n"
        "Comune di Prato\tPO\tToscana\tDCC n. 29 del 20/05/2024\n"
        "Comune di Livorno\tLI\tToscana\tDCC n. 81 del 03/06/2024\n"
        "Comune di Perugia\tPG\tUmbria\tDCC n. 54 del 17/06/2024\n"
        "Comune di Pesaro\tPU\tMarche\tDCC n. 47 del 01/07/2024\n"
        "Regione Lazio\tRM\tLazio\tDGR n. 502 del 15/07/2024\n"
        "Comune di Latina\tLT\tLazio\tDCC n. 90 del 29/07/2024\n"
        "Comune di Casal di Principe\tCE\tCampania\tDCC n. 14 del 09/09/2024\n"
        "Comune di Bari\tBA\tPuglia\tDCC n. 102 del 23/09/2024\n"
        "Comune di Lamezia Terme\tCZ\tCalabria\tDCC n. 37 del 07/10/2024\n"
        "Comune di Corleone\tPA\tSicilia\tDCC n. 61 del 21/10/2024\n"
        "Comune di Marsala\tTP\tSicilia\tDCC n. 73 del 04/11/2024\n"
        "Comune di Nuoro\tNU\tSardegna\tDCC n. 25 del 18/11/2024",
        "20 risultati\n\n"
        "La Carta è stata presentata a Pisa nel 2012 e aggiornata a Firenze nel 2022. Per "
        "aderire, scrivere alla segreteria nazionale di Torino.\n\n"
        "Condividi su Facebook · Twitter · LinkedIn",
        "Cuneo/IT; Bergamo/IT; Lecco/IT; Rovereto/IT; Padova/IT; "
        "Unione dei Comuni della Bassa Romagna|Bassa Romagna/IT/union of municipalities; "
        "Città metropolitana di Bologna|Metropolitan City of Bologna/IT/metropolitan area; "
        "Reggio nell'Emilia/IT; Prato/IT; Livorno/IT; Perugia/IT; Pesaro/IT; "
        "Regione Lazio|Lazio/IT/region; Latina/IT; Casal di Principe/IT; Bari/IT; "
        "Lamezia Terme/IT; Corleone/IT; Marsala/IT; Nuoro/IT",
        "a tab table `Comune di X` / province code / region / council decision, with a union "
        "of municipalities, a metropolitan city and a region; province codes BG, LC, PG, PA "
        "are countries' codes; Pisa (the charter), Firenze and Torino are not signatories",
    ),
    Page(
        "ja-kyodo-seimei-shicho-lines",
        "ja",
        "one_a_line;person_after;no_country;not_signatory;few",
        "核兵器のない世界を求める市長共同声明",
        (2025, 8, 6),
        "ホーム ＞ お知らせ ＞ 声明\n\n"
        "被爆から80年を迎えるにあたり、広島市で開かれた加盟都市会議において、下記の市長が"
        "共同声明に署名しました。声明は、核兵器禁止条約への各国の参加と、被爆の実相を次世代に"
        "伝える取組への支援を求めるものです。\n\n"
        "会議の開催にあたり、広島市長は「被爆者の声を世界の市民に届け続ける」と述べました。\n\n"
        "署名者（順不同）",
        "長崎市長　山口　健一\n"
        "沖縄県那覇市長　比嘉　美智子\n"
        "北海道旭川市長　佐藤　隆\n"
        "大阪府豊中市長　中村　由紀\n"
        "静岡県焼津市長　杉山　浩二",
        "声明文の全文（PDF：245KB）\n\n"
        "関連記事\n"
        "・長崎で平和学習の教員研修を開催しました\n"
        "・ヴォルゴグラード市との交流事業について\n\n"
        "事務局：〒730-0811 広島市中区中島町1-2",
        "Nagasaki/JP; Naha/JP; Asahikawa/JP; Toyonaka/JP; Yaizu/JP",
        "five `X市長　Name` lines with full-width spaces, four with the prefecture glued "
        "before; the host Hiroshima (and its address) is not a signatory, nor Volgograd in news",
    ),
    Page(
        "nl-nieuws-nieuwe-leden-gemeenten-belgische-stad",
        "nl",
        "running_text;not_signatory;few;teasers",
        "Drie nieuwe leden voor het netwerk Gezonde Steden",
        (2025, 3, 20),
        "Home > Nieuws\n\n"
        "Tijdens de algemene ledenvergadering in 's-Hertogenbosch is het netwerk van Gezonde "
        "Steden weer gegroeid.",
        "Met de toetreding van de gemeenten Zwolle en Leeuwarden en van de Belgische stad "
        "Mechelen telt het netwerk nu 42 leden in Nederland en Vlaanderen.",
        "\u201cWe willen van elkaar leren hoe je gezondheid meeneemt in elk besluit, van de "
        "inrichting van een schoolplein tot het nieuwe bestemmingsplan\u201d, zegt wethouder "
        "Marieke de Boer van Zwolle. Haar Mechelse collega-schepen Tom Peeters vult aan: "
        "\u201cVoor ons is de uitwisseling over de grens juist waardevol.\u201d\n\n"
        "De volgende ledenvergadering vindt in het najaar plaats in Hasselt.\n\n"
        "Lees ook\n"
        "Utrecht en Gent delen lessen over rookvrije generaties\n"
        "Nieuwe handreiking: gezond ouder worden in Deventer en Roeselare",
        "Zwolle/NL; Leeuwarden/NL; Mechelen/BE",
        "three new members in one sentence `de gemeenten X en Y en de Belgische stad Z`; the "
        "venue 's-Hertogenbosch, the next venue Hasselt and Utrecht, Gent, Deventer, "
        "Roeselare in teasers are not members",
    ),
    Page(
        "sv-medlemmar-kommun-stad-lan-rubriker",
        "sv",
        "one_a_line;region_heading;inflected;no_country;body_not_city",
        "Våra medlemmar",
        (2025, 1, 9),
        "Start\nOm oss\nMedlemmar\nBli medlem\n\n"
        "Föreningen samlar kommuner och regioner som vill gå före i klimatomställningen. "
        "Medlemmarna förbinder sig att minska sina utsläpp med minst 60 procent till 2030 och "
        "att redovisa sitt arbete varje år. Föreningens kansli ligger i Lund.\n\n"
        "Medlemmar per län (56)",
        "Stockholms län (6)\n"
        "Stockholms stad\nHuddinge kommun\nSödertälje kommun\nNacka kommun\nSolna stad\n"
        "Norrtälje kommun\n\n"
        "Uppsala län (2)\nUppsala kommun\nEnköpings kommun\n\n"
        "Södermanlands län (3)\nEskilstuna kommun\nNyköpings kommun\nKatrineholms kommun\n\n"
        "Östergötlands län (3)\nLinköpings kommun\nNorrköpings kommun\nMotala kommun\n\n"
        "Jönköpings län (2)\nJönköpings kommun\nVärnamo kommun\n\n"
        "Kronobergs län (1)\nVäxjö kommun\n\n"
        "Kalmar län (2)\nKalmar kommun\nVästerviks kommun\n\n"
        "Gotlands län (1)\nRegion Gotland\n\n"
        "Blekinge län (2)\nKarlskrona kommun\nKarlshamns kommun\n\n"
        "Skåne län (6)\nMalmö stad\nLunds kommun\nHelsingborgs stad\nKristianstads kommun\n"
        "Ystads kommun\nLandskrona stad\n\n"
        "Hallands län (3)\nHalmstads kommun\nVarbergs kommun\nKungsbacka kommun\n\n"
        "Västra Götalands län (7)\nGöteborgs Stad\nBorås stad\nTrollhättans stad\n"
        "Uddevalla kommun\nSkövde kommun\nMölndals stad\nAlingsås kommun\n\n"
        "Värmlands län (2)\nKarlstads kommun\nArvika kommun\n\n"
        "Örebro län (1)\nÖrebro kommun\n\n"
        "Västmanlands län (1)\nVästerås stad\n\n"
        "Dalarnas län (3)\nFalu kommun\nBorlänge kommun\nLudvika kommun\n\n"
        "Gävleborgs län (3)\nGävle kommun\nSandvikens kommun\nHudiksvalls kommun\n\n"
        "Västernorrlands län (2)\nSundsvalls kommun\nÖrnsköldsviks kommun\n\n"
        "Jämtlands län (1)\nÖstersunds kommun\n\n"
        "Västerbottens län (2)\nUmeå kommun\nSkellefteå kommun\n\n"
        "Norrbottens län (3)\nLuleå kommun\nPiteå kommun\nKiruna kommun",
        "Vill din kommun bli medlem? Läs mer om medlemskapet och avgifterna.\n\n"
        "Senaste nytt\n"
        "Årsmötet 2025 hålls i Visby\n"
        "Ny rapport: så minskade Trelleborg och Sollentuna sina transportutsläpp",
        "Stockholm/SE; Huddinge/SE; Södertälje/SE; Nacka/SE; Solna/SE; Norrtälje/SE; "
        "Uppsala/SE; Enköping/SE; Eskilstuna/SE; Nyköping/SE; Katrineholm/SE; Linköping/SE; "
        "Norrköping/SE; Motala/SE; Jönköping/SE; Värnamo/SE; Växjö/SE; Kalmar/SE; "
        "Västervik/SE; Region Gotland|Gotland/SE/region; Karlskrona/SE; Karlshamn/SE; "
        "Malmö/SE; Lund/SE; Helsingborg/SE; Kristianstad/SE; Ystad/SE; Landskrona/SE; "
        "Halmstad/SE; Varberg/SE; Kungsbacka/SE; Gothenburg|Göteborg/SE; Borås/SE; "
        "Trollhättan/SE; Uddevalla/SE; Skövde/SE; Mölndal/SE; Alingsås/SE; Karlstad/SE; "
        "Arvika/SE; Örebro/SE; Västerås/SE; Falun/SE; Borlänge/SE; Ludvika/SE; Gävle/SE; "
        "Sandviken/SE; Hudiksvall/SE; Sundsvall/SE; Örnsköldsvik/SE; Östersund/SE; Umeå/SE; "
        "Skellefteå/SE; Luleå/SE; Piteå/SE; Kiruna/SE",
        "56 members `X kommun` (genitive: Linköpings, Falu) and `X stad` one a line under "
        "`Y län (n)` headings named after cities (Uppsala, Kalmar, Örebro län), one region; "
        "Lund is the seat and a member; Visby, Trelleborg, Sollentuna in news are not",
    ),
    Page(
        "pt-br-novos-membros-cards-prefeitura-uf",
        "pt",
        "one_a_line;state_codes;named_twice;not_signatory;no_country",
        "Rede de Cidades Educadoras do Brasil dá boas-vindas a dez novos municípios",
        (2025, 5, 22),
        "Início / Notícias\n\n"
        "Durante a Marcha dos Prefeitos, em Brasília, a Rede recebeu a adesão de dez "
        "municípios de dez estados. Com eles, são 64 cidades que se comprometem com os "
        "princípios da Carta das Cidades Educadoras, aprovada em Barcelona.\n\n"
        "\u201cA cidade inteira educa: a praça, a biblioteca, o ônibus\u201d, disse a "
        "coordenadora nacional, a secretária de Educação de Santos, Cláudia Ribeiro.\n\n"
        "Conheça os novos membros",
        "Prefeitura Municipal de Niterói\nNiterói – RJ\nMembro desde maio de 2025\nVer perfil\n"
        "Prefeitura de Juiz de Fora\nJuiz de Fora – MG\nMembro desde maio de 2025\nVer perfil\n"
        "Prefeitura de Londrina\nLondrina – PR\nMembro desde maio de 2025\nVer perfil\n"
        "Prefeitura de Joinville\nJoinville – SC\nMembro desde maio de 2025\nVer perfil\n"
        "Prefeitura de Caruaru\nCaruaru – PE\nMembro desde maio de 2025\nVer perfil\n"
        "Prefeitura de Sobral\nSobral – CE\nMembro desde maio de 2025\nVer perfil\n"
        "Prefeitura de Campina Grande\nCampina Grande – PB\nMembro desde maio de 2025\n"
        "Ver perfil\n"
        "Prefeitura de Santarém\nSantarém – PA\nMembro desde maio de 2025\nVer perfil\n"
        "Prefeitura de Palmas\nPalmas – TO\nMembro desde maio de 2025\nVer perfil\n"
        "Prefeitura de Anápolis\nAnápolis – GO\nMembro desde maio de 2025\nVer perfil",
        "Ver todos os membros\n\n"
        "Leia também\n"
        "Curitiba e Belo Horizonte sediam oficinas sobre escolas a céu aberto",
        "Niterói/BR; Juiz de Fora/BR; Londrina/BR; Joinville/BR; Caruaru/BR; Sobral/BR; "
        "Campina Grande/BR; Santarém/BR; Palmas/BR; Anápolis/BR",
        "member cards of four lines, `Prefeitura de X` then `X – UF` (PA, PE, SC, CE, GO are "
        "countries' codes), Santarém and Palmas with namesakes elsewhere; Brasília (venue), "
        "Barcelona (charter), Santos (coordinator), Curitiba, Belo Horizonte are not members",
    ),
    Page(
        "tr-uye-belediyeler-tablo-il-bolge",
        "tr",
        "table_tabs;columns_after;region_after;no_country;not_signatory",
        "Üye Belediyelerimiz",
        (2025, 2, 4),
        "Ana Sayfa | Hakkımızda | Üyelerimiz | Projeler | İletişim\n\n"
        "Birliğimiz, Dünya Sağlık Örgütü'nün Sağlıklı Kentler Projesi çerçevesinde kurulmuş "
        "olup üye belediyelerin sağlıklı kent planlaması, aktif yaşam ve temiz hava "
        "alanlarında iş birliği yapmasını sağlar. Birlik merkezi Bursa'dadır.\n\n"
        "Üye listesi (18 belediye)",
        "Belediye\tİl\tBölge\tÜyelik Yılı\n"
        "Bursa Büyükşehir Belediyesi\tBursa\tMarmara\t2004\n"
        "Nilüfer Belediyesi\tBursa\tMarmara\t2005\n"
        "Kadıköy Belediyesi\tİstanbul\tMarmara\t2006\n"
        "Edirne Belediyesi\tEdirne\tMarmara\t2008\n"
        "Çanakkale Belediyesi\tÇanakkale\tMarmara\t2011\n"
        "Çankaya Belediyesi\tAnkara\tİç Anadolu\t2005\n"
        "Tepebaşı Belediyesi\tEskişehir\tİç Anadolu\t2007\n"
        "Odunpazarı Belediyesi\tEskişehir\tİç Anadolu\t2009\n"
        "Nevşehir Belediyesi\tNevşehir\tİç Anadolu\t2016\n"
        "Karşıyaka Belediyesi\tİzmir\tEge\t2005\n"
        "Bornova Belediyesi\tİzmir\tEge\t2006\n"
        "Seferihisar Belediyesi\tİzmir\tEge\t2012\n"
        "Mersin Büyükşehir Belediyesi\tMersin\tAkdeniz\t2010\n"
        "Samsun Büyükşehir Belediyesi\tSamsun\tKaradeniz\t2008\n"
        "Bolu Belediyesi\tBolu\tKaradeniz\t2013\n"
        "Gaziantep Büyükşehir Belediyesi\tGaziantep\tGüneydoğu Anadolu\t2007\n"
        "Kars Belediyesi\tKars\tDoğu Anadolu\t2019\n"
        "Malatya Büyükşehir Belediyesi\tMalatya\tDoğu Anadolu\t2021",
        "Üyelik başvurusu için belediye meclis kararı ile birlik sekreteryasına "
        "başvurulması gerekmektedir.\n\n"
        "Duyurular\n"
        "Antalya'da sağlıklı yaşlanma çalıştayı düzenlendi",
        "Bursa/TR; Nilüfer/TR; Kadıköy/TR; Edirne/TR; Çanakkale/TR; Çankaya/TR; Tepebaşı/TR; "
        "Odunpazarı/TR; Nevşehir/TR; Karşıyaka/TR; Bornova/TR; Seferihisar/TR; Mersin/TR; "
        "Samsun/TR; Bolu/TR; Gaziantep/TR; Kars/TR; Malatya/TR",
        "a tab table of `X Belediyesi` and `X Büyükşehir Belediyesi` with province (districts "
        "of İstanbul, Ankara, İzmir, Eskişehir, Bursa), region and year columns; Bursa is the "
        "seat and a member; Antalya in a notice is not",
    ),
    Page(
        "ko-sinkyu-gaip-teukryesi-gun-running-text",
        "ko",
        "running_text;region_before;not_signatory;few",
        "국제 기후도시 네트워크에 국내 5개 지자체 신규 가입",
        (2025, 10, 15),
        "홈 > 알림마당 > 보도자료\n\n"
        "지난 14일 서울에서 열린 동아시아 지역 총회에서 국내 지방정부 5곳의 신규 가입이 "
        "승인되었다.",
        "새로 가입한 지자체는 수원특례시, 전북특별자치도 전주시, 전라남도 순천시, 충청남도 "
        "당진시와 강원특별자치도 홍천군이다.",
        "이로써 네트워크의 국내 회원은 모두 31곳으로 늘었다. 총회를 개최한 서울특별시의 "
        "기후환경본부장은 \u201c탄소중립은 지방정부가 앞장설 때 현실이 된다\u201d고 말했다.\n\n"
        "신규 회원들은 독일 본에 있는 세계 사무국과 함께 2026년까지 온실가스 감축 "
        "이행계획을 수립할 예정이다.\n\n"
        "관련 기사\n"
        "· 부산·광주, 건물 에너지 효율화 공동 연구 착수",
        "Suwon/KR; Jeonju/KR; Suncheon/KR; Dangjin/KR; Hongcheon/KR",
        "five new members in one sentence with `와`, provinces before four of them "
        "(`전라남도 순천시`), a special city and a county; the venue Seoul, Bonn (secretariat), "
        "Busan and Gwangju in news are not members",
    ),
    Page(
        "cs-clenove-site-kraje-statutarni-mesto-mestys",
        "cs",
        "one_a_line;region_heading;body_not_city;no_country",
        "Členové sítě podle krajů",
        (2025, 3, 3),
        "Úvod » O nás » Členové\n\n"
        "Síť sdružuje města, obce a kraje, které systematicky pracují na zdraví a kvalitě "
        "života obyvatel podle metodiky místní Agendy 21. Kancelář sítě sídlí v Praze.\n\n"
        "Celkem 30 členů",
        "Hlavní město Praha\nHlavní město Praha\n\n"
        "Středočeský kraj\nMěsto Benešov\nMěsto Říčany\n\n"
        "Jihočeský kraj\nMěsto Strakonice\nMěsto Vodňany\n\n"
        "Plzeňský kraj\nMěsto Klatovy\n\n"
        "Ústecký kraj\nMěsto Litoměřice\nStatutární město Děčín\n\n"
        "Liberecký kraj\nMěsto Turnov\n\n"
        "Královéhradecký kraj\nStatutární město Hradec Králové\n\n"
        "Pardubický kraj\nMěsto Chrudim\nMěsto Litomyšl\n\n"
        "Kraj Vysočina\nKraj Vysočina\nStatutární město Jihlava\nMěsto Žďár nad Sázavou\n"
        "Město Třebíč\n\n"
        "Jihomoravský kraj\nStatutární město Brno\nMěsto Vyškov\nMěsto Kuřim\n"
        "Městys Křtiny\n\n"
        "Olomoucký kraj\nStatutární město Prostějov\nMěsto Šternberk\n\n"
        "Zlínský kraj\nZlínský kraj\nMěsto Uherské Hradiště\nMěsto Rožnov pod Radhoštěm\n"
        "Město Valašské Meziříčí\n\n"
        "Moravskoslezský kraj\nMěsto Kopřivnice\nStatutární město Havířov",
        "Chcete se stát členem? Podmínky členství a přihláška\n\n"
        "Aktuality\n"
        "Konference v Olomouci: zdravé stárnutí ve městě",
        "Prague/CZ; Benešov/CZ; Říčany/CZ; Strakonice/CZ; Vodňany/CZ; Klatovy/CZ; "
        "Litoměřice/CZ; Děčín/CZ; Turnov/CZ; Hradec Králové/CZ; Chrudim/CZ; Litomyšl/CZ; "
        "Kraj Vysočina|Vysočina Region/CZ/region; Jihlava/CZ; Žďár nad Sázavou/CZ; "
        "Třebíč/CZ; Brno/CZ; Vyškov/CZ; Kuřim/CZ; Křtiny/CZ; Prostějov/CZ; Šternberk/CZ; "
        "Zlínský kraj|Zlín Region/CZ/region; Uherské Hradiště/CZ; Rožnov pod Radhoštěm/CZ; "
        "Valašské Meziříčí/CZ; Kopřivnice/CZ; Havířov/CZ",
        "members under kraj headings named after cities (Jihomoravský, Plzeňský, Zlínský "
        "kraj), `Statutární město`, `Město`, `Městys X`, two kraje as members, Prague under "
        "its own heading; the office in Praha (locative) and Olomouc in news",
    ),
    Page(
        "en-new-members-central-south-asia-cards",
        "en",
        "one_a_line;not_signatory;teasers",
        "Nine cities from Central and South Asia join the network",
        (2025, 11, 4),
        "News\n\n"
        "Almaty, 4 November 2025 – Nine cities from six countries became members of the "
        "network at its first Central and South Asia regional meeting, hosted by the city of "
        "Almaty. Their mayors endorsed the network's ten principles on preventing hate, "
        "extremism and polarisation at the local level.\n\n"
        '"Cities know their neighbourhoods better than anyone," said Almaty\'s deputy akim, '
        "Dana Seitkali, as she welcomed the delegations.\n\n"
        "Meet our new members",
        "Shymkent\nKazakhstan\nJoined November 2025\n\n"
        "Bishkek\nKyrgyzstan\nJoined November 2025\n\n"
        "Osh\nKyrgyzstan\nJoined November 2025\n\n"
        "Khujand\nTajikistan\nJoined November 2025\n\n"
        "Samarkand\nUzbekistan\nJoined November 2025\n\n"
        "Kathmandu Metropolitan City\nNepal\nJoined November 2025\n\n"
        "Pokhara Metropolitan City\nNepal\nJoined November 2025\n\n"
        "Jaffna Municipal Council\nSri Lanka\nJoined November 2025\n\n"
        "Mardan\nPakistan\nJoined November 2025",
        "The network now counts more than 250 member cities worldwide. Its management unit, "
        "based in London, will support the new members with a regional training programme in "
        "2026.\n\n"
        "Related stories\n"
        "Dushanbe and Tashkent youth councils meet on online hate\n"
        "28 October 2025\n"
        "Mombasa launches its local prevention network\n"
        "9 October 2025",
        "Shymkent/KZ; Bishkek/KG; Osh/KG; Khujand/TJ; Samarkand/UZ; Kathmandu/NP; "
        "Pokhara/NP; Jaffna/LK; Mardan/PK",
        "member cards of a city (or `X Metropolitan City`, `X Municipal Council`), a country "
        "and a join date; the host Almaty, London (management unit) and Dushanbe, Tashkent, "
        "Mombasa in related stories are not members",
    ),
]

"""Hand-written pages, batch r38a: held out from round 38 (branch accr38a), written without
reading the reader or other round batches and before any change to the reader. A mix as a
user meets it on the web of city networks: 7 statements and declarations and 7 member pages
and news items, from 14 networks in 14 languages (en, fr, de, es, it, pt, nl, pl, sv, da, cs,
hr, el, ja): an English appeal whose signers are blocks of name, then `Mayor of X, Country`
under `President` / `Vice-Presidents` / `Executive Cities` headings; French `Ville de X
(Pays), représentée par ...` lines beside a host and a venue; German new members with
`Gemeinde`, `Markt`, `Stadtgemeinde` and a `Landkreis` in brackets after them; Spanish running
text of cities grouped by country between semicolons; Italian members under region headings
with counts, with a metropolitan city, a province and a union of municipalities; a Portuguese
news item of three new members with a coordinator and a venue; a Dutch tab table of gemeente,
provincie and signer whose provinces are named like cities; a Polish numbered members list of
`Miasto`, `Gmina Miejska` with the voivodeship; Swedish genitives `Vänersborgs kommun` in a
sentence beside a host; Danish `Borgmester Name, X Kommune` lines with a region; Czech kraj
headings over `Statutární město`, `Město`, `Městys`; Croatian genitives `gradonačelnik Grada
Osijeka`; Greek genitives `Δήμος Τρικκαίων` in running text; Japanese `X市長 Name` lines.
Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-peace-appeal-executive-blocks-mayor-of-city-country",
        "en",
        "one_a_line;person_before;region_heading;not_signatory;teasers",
        "Executive Cities' appeal to the States Parties of the Non-Proliferation Treaty",
        (2026, 4, 21),
        "Home > What we do > Appeals and statements\n\n"
        "Appeals and statements\n\n"
        "On the eve of the Review Conference of the Treaty on the Non-Proliferation of Nuclear "
        "Weapons, which opens at the United Nations headquarters in New York next week, the "
        "mayors who lead our network's Executive Cities have adopted the following appeal. It "
        "will be handed to the President of the Conference by a delegation of mayors and "
        "hibakusha, the survivors of the atomic bombings.\n\n"
        "We, mayors of cities that remember, call on all States Parties to:\n"
        "- honour the commitments made at the Review Conferences of 1995, 2000 and 2010;\n"
        "- reduce, and never expand, the role of nuclear weapons in their security doctrines;\n"
        "- join or support the Treaty on the Prohibition of Nuclear Weapons;\n"
        "- invest in the safety of cities, not in their destruction.\n\n"
        "Eighty years after Hiroshima and Nagasaki, more than 8,000 member cities in 166 "
        "countries and regions stand with us. Cities are not targets.\n\n"
        "Signed,",
        "President\n"
        "Kenji Morita\n"
        "Mayor of Hiroshima, Japan\n\n"
        "Vice-Presidents\n"
        "Aiko Tanaka\n"
        "Mayor of Nagasaki, Japan\n"
        "Belit Onay-Krüger\n"
        "Lord Mayor of Hannover, Germany\n"
        "Nadia Rahman\n"
        "Lord Mayor of Manchester, United Kingdom\n"
        "Emmanuel Verhaeghe\n"
        "Mayor of Ieper, Belgium\n"
        "Núria Vilaró\n"
        "Mayor of Granollers, Spain\n"
        "Kawa Ahmed\n"
        "Mayor of Halabja, Iraq\n"
        "Marie-Claude Tremblay\n"
        "Mayor of Montréal, Canada\n"
        "Ruel Santos\n"
        "Mayor of Muntinlupa, Philippines\n\n"
        "Executive Cities\n"
        "Ivan Knežević\n"
        "Mayor of Biograd na Moru, Croatia\n"
        "Ingrid Solheim\n"
        "Mayor of Drammen, Norway\n"
        "Maria Okafor-Reyes\n"
        "Mayor of Hayward, California, United States\n"
        "Oumar Diallo\n"
        "Mayor of Akron, Ohio, United States",
        "Download the appeal: English (PDF) | 日本語 (PDF) | Français (PDF) | Español (PDF)\n\n"
        "Related\n"
        "Peace education workshop held in Volgograd and Coventry\n"
        "12 April 2026\n"
        "Guernica joins the Hibakusha Trees project\n"
        "2 April 2026\n\n"
        "Secretariat: 1-5 Nakajima-cho, Naka-ku, Hiroshima 730-0811, Japan",
        "Hiroshima/JP; Nagasaki/JP; Hannover/DE; Manchester/GB; Ieper/BE; Granollers/ES; "
        "Halabja/IQ; Montréal/CA; Muntinlupa/PH; Biograd na Moru/HR; Drammen/NO; Hayward/US; "
        "Akron/US",
        "blocks of a name over `Mayor of X, Country` under President / Vice-Presidents / "
        "Executive Cities headings; New York the venue, Hiroshima and Nagasaki also in the text, "
        "Volgograd, Coventry, Guernica in related news; US cities with their state",
    ),
    Page(
        "fr-declaration-maires-francophones-ville-pays-representee-par",
        "fr",
        "one_a_line;person_after;country_in_language;not_signatory",
        "Déclaration de Kigali : les maires francophones s'engagent pour des villes résilientes",
        (2025, 11, 6),
        "Accueil › Actualités › Déclarations\n\n"
        "Réunis à Kigali du 3 au 6 novembre 2025 pour la 45e Assemblée générale de "
        "l'Association, à l'invitation de la Ville de Kigali, les maires et responsables de "
        "collectivités locales soussignés adoptent la présente déclaration.\n\n"
        "Considérant l'Accord de Paris et le Nouveau Programme pour les villes adopté à Quito ;\n"
        "Considérant que les inondations de 2024 ont frappé durement les quartiers précaires "
        "de nos villes ;\n\n"
        "Nous nous engageons à :\n"
        "1. cartographier les zones à risque de chaque commune d'ici 2027 ;\n"
        "2. consacrer une part de nos budgets d'investissement à l'assainissement pluvial ;\n"
        "3. partager nos données et nos expériences au sein du réseau, avec l'appui du "
        "Secrétariat permanent à Paris.\n\n"
        "Fait à Kigali, le 6 novembre 2025.\n\n"
        "Liste des signataires",
        "Ville de Cotonou (Bénin), représentée par son Maire, M. Luc Agbodjan\n"
        "Commune de Ouagadougou (Burkina Faso), représentée par M. Issouf Ouédraogo, "
        "Président de la Délégation spéciale\n"
        "Ville de Niamey (Niger), représentée par M. Abdou Moussa, Administrateur délégué\n"
        "Ville de Dakar (Sénégal), représentée par Mme Aminata Sarr, Maire\n"
        "Commune de Lomé (Togo), représentée par M. Koffi Amegah, Maire\n"
        "District de Bamako (Mali), représenté par M. Seydou Traoré, Adjoint au Maire\n"
        "Commune de Nouakchott (Mauritanie), représentée par Mme Fatimetou Mint Ahmed, "
        "Maire\n"
        "Ville de Libreville (Gabon), représentée par M. Serge Nzé, Maire\n"
        "Ville de Brazzaville (Congo), représentée par M. Rodrigue Okemba, Député-maire\n"
        "Ville de Bangui (République centrafricaine), représentée par M. Aimé Zokoué, Maire\n"
        "Ville de Québec (Canada), représentée par Mme Julie Gagnon, conseillère municipale\n"
        "Ville de Liège (Belgique), représentée par M. Olivier Lambert, Échevin\n"
        "Ville de Lausanne (Suisse), représentée par Mme Claire Rochat, Syndique\n"
        "Commune de Tunis (Tunisie), représentée par M. Sami Ben Youssef, Secrétaire général\n"
        "Commune urbaine d'Antananarivo (Madagascar), représentée par M. Hery "
        "Rakotomalala, Maire\n"
        "Ville de Port-au-Prince (Haïti), représentée par Mme Nadège Joseph, Mairesse",
        "La déclaration reste ouverte à la signature des villes membres jusqu'au 31 mars "
        "2026.\n\n"
        "Contact presse : communication@example.org\n\n"
        "À lire aussi\n"
        "Abidjan accueillera le prochain Bureau de l'Association\n"
        "Yaoundé et Douala lancent un programme commun d'adressage",
        "Cotonou/BJ; Ouagadougou/BF; Niamey/NE; Dakar/SN; Lomé/TG; Bamako/ML; Nouakchott/MR; "
        "Libreville/GA; Brazzaville/CG; Bangui/CF; Québec/CA; Liège/BE; Lausanne/CH; Tunis/TN; "
        "Antananarivo/MG; Port-au-Prince/HT",
        "`Ville/Commune de X (Pays), représentée par ...` lines; the host and venue Kigali, "
        "Quito and Paris in the text, Abidjan, Yaoundé, Douala in related news",
    ),
    Page(
        "de-klima-buendnis-neue-mitglieder-gemeinde-landkreis-klammern",
        "de",
        "bulleted;region_after;body_not_city;not_signatory;teasers",
        "Willkommen! Neun neue Mitglieder im ersten Halbjahr",
        (2026, 7, 9),
        "Startseite / Aktuelles / Meldungen\n\n"
        "Das Netzwerk wächst weiter: Im ersten Halbjahr 2026 haben neun Kommunen und ein "
        "Landkreis ihren Beitritt beschlossen. Mit dem Beitritt verpflichten sie sich, ihre "
        "CO2-Emissionen alle fünf Jahre um zehn Prozent zu senken und indigene Partner in "
        "Amazonien zu unterstützen.\n\n"
        "Die neuen Mitglieder wurden bei der Mitgliederversammlung in Wels offiziell "
        "begrüßt. Gastgeber Bürgermeister Andreas Leitner betonte: „Klimaschutz beginnt vor "
        "der Haustür – und am besten gemeinsam.“\n\n"
        "Wir begrüßen herzlich:",
        "• Gemeinde Ottobrunn (Landkreis München, Bayern)\n"
        "• Stadt Leer (Ostfriesland), Niedersachsen\n"
        "• Marktgemeinde Wolfurt (Vorarlberg, Österreich)\n"
        "• Landkreis Fürstenfeldbruck (Bayern)\n"
        "• Stadt Bad Hersfeld (Hessen)\n"
        "• Gemeinde Kirchzarten (Landkreis Breisgau-Hochschwarzwald, Baden-Württemberg)\n"
        "• Stadtgemeinde Korneuburg (Niederösterreich)\n"
        "• Große Kreisstadt Ettlingen (Landkreis Karlsruhe)\n"
        "• Gemeinde Riehen (Kanton Basel-Stadt, Schweiz)\n"
        "• Stadt Lauf an der Pegnitz (Landkreis Nürnberger Land)",
        "Damit zählt das Klima-Bündnis nun über 2.000 Mitglieder in 27 europäischen Ländern. "
        "Interessierte Kommunen wenden sich an die Europäische Geschäftsstelle in Frankfurt "
        "am Main.\n\n"
        "Das könnte Sie auch interessieren\n"
        "Stadtradeln: Bonn und Heidelberg radeln an die Spitze\n"
        "Klimaschutz-Preis für Marburg",
        "Ottobrunn/DE; Leer/DE; Wolfurt/AT; Landkreis Fürstenfeldbruck|Fürstenfeldbruck "
        "District/DE/county; Bad Hersfeld/DE; Kirchzarten/DE; Korneuburg/AT; Ettlingen/DE; "
        "Riehen/CH; Lauf an der Pegnitz/DE",
        "bullets of `Gemeinde/Stadt/Marktgemeinde X (Landkreis Y, Land)` with a county "
        "member; München, Karlsruhe in brackets not members; the venue Wels, Frankfurt the "
        "office, Bonn, Heidelberg, Marburg in teasers",
    ),
    Page(
        "es-declaracion-cumbre-ciudades-por-pais-punto-y-coma",
        "es",
        "running_text;several_a_line;not_signatory;country_in_language",
        "Declaración de Niterói: ciudades del Sur por el derecho al agua",
        (2025, 12, 4),
        "Inicio | Noticias | Documentos\n\n"
        "Al cierre de la XXX Cumbre de la Red, celebrada en Niterói (Brasil) del 1 al 4 de "
        "diciembre, las ciudades participantes aprobaron por unanimidad la siguiente "
        "declaración, que será presentada ante la Cumbre de Presidentes del MERCOSUR en "
        "Asunción.\n\n"
        "Las ciudades firmantes, reunidas en la ciudad anfitriona:\n\n"
        "RECONOCEN que el acceso al agua potable y al saneamiento es un derecho humano;\n"
        "EXIGEN a los gobiernos nacionales que asignen fondos directos a los municipios para "
        "obras de agua;\n"
        "SE COMPROMETEN a compartir sus experiencias a través de la Unidad Temática de "
        "Ambiente, coordinada por la Municipalidad de Rosario.\n",
        "Suscriben la presente declaración las ciudades de Córdoba, Mendoza, Tandil, Rafaela y "
        "Bahía Blanca (Argentina); Porto Alegre, Guarulhos, Canoas y Belo Horizonte (Brasil); "
        "Encarnación y Ciudad del Este (Paraguay); La Paz, Cochabamba y Tarija (Bolivia); "
        "Valparaíso, Peñalolén y Quilpué (Chile); Quito y Cuenca (Ecuador); y Salto "
        "(Uruguay).",
        "La Secretaría Ejecutiva, con sede en Montevideo, hará llegar la declaración a las "
        "cancillerías de los Estados Partes.\n\n"
        "Compartir: Facebook | X | WhatsApp\n\n"
        "Más noticias\n"
        "Santa Fe y Paraná firman un acuerdo sobre el río\n"
        "Lima será sede del próximo seminario de la Red",
        "Córdoba/AR; Mendoza/AR; Tandil/AR; Rafaela/AR; Bahía Blanca/AR; Porto Alegre/BR; "
        "Guarulhos/BR; Canoas/BR; Belo Horizonte/BR; Encarnación/PY; Ciudad del Este/PY; "
        "La Paz/BO; Cochabamba/BO; Tarija/BO; Valparaíso/CL; Peñalolén/CL; Quilpué/CL; "
        "Quito/EC; Cuenca/EC; Salto/UY",
        "one sentence of cities grouped by country in brackets between semicolons; the host "
        "Niterói, Asunción, the coordinator Rosario and the secretariat Montevideo are not "
        "signatories; Santa Fe, Paraná, Lima in related news",
    ),
    Page(
        "it-soci-agende-21-regioni-conteggio-comune-di-enti",
        "it",
        "one_a_line;region_heading;body_not_city;no_country",
        "I soci del Coordinamento",
        (2026, 2, 2),
        "Home › Chi siamo › Soci\n\n"
        "Il Coordinamento riunisce enti locali italiani impegnati nei processi di Agenda 21 "
        "locale e nell'attuazione dell'Agenda 2030. Possono aderire Comuni, Province, Città "
        "metropolitane, Unioni di Comuni e Regioni, previa delibera del proprio organo "
        "competente.\n\n"
        "Elenco aggiornato al 31 gennaio 2026 – 38 enti soci\n\n"
        "Filtra per regione ▾   Cerca un ente...",
        "PIEMONTE (4)\n"
        "Città metropolitana di Torino\n"
        "Comune di Novara\n"
        "Comune di Alba\n"
        "Comune di Biella\n"
        "LOMBARDIA (5)\n"
        "Comune di Bergamo\n"
        "Comune di Brescia\n"
        "Comune di Cremona\n"
        "Comune di Lecco\n"
        "Provincia di Mantova\n"
        "VENETO (4)\n"
        "Comune di Padova\n"
        "Comune di Vicenza\n"
        "Comune di Bassano del Grappa\n"
        "Comune di Schio\n"
        "TRENTINO-ALTO ADIGE (1)\n"
        "Comune di Rovereto\n"
        "EMILIA-ROMAGNA (6)\n"
        "Comune di Modena\n"
        "Comune di Reggio Emilia\n"
        "Comune di Ferrara\n"
        "Comune di Forlì\n"
        "Comune di Cesena\n"
        "Unione dei Comuni della Bassa Romagna\n"
        "TOSCANA (5)\n"
        "Comune di Firenze\n"
        "Comune di Prato\n"
        "Comune di Lucca\n"
        "Comune di Pistoia\n"
        "Comune di Siena\n"
        "MARCHE (2)\n"
        "Comune di Pesaro\n"
        "Comune di Ancona\n"
        "LAZIO (2)\n"
        "Roma Capitale\n"
        "Comune di Viterbo\n"
        "CAMPANIA (2)\n"
        "Comune di Salerno\n"
        "Comune di Benevento\n"
        "PUGLIA (3)\n"
        "Comune di Bari\n"
        "Comune di Lecce\n"
        "Comune di Molfetta\n"
        "SICILIA (2)\n"
        "Comune di Palermo\n"
        "Comune di Siracusa\n"
        "SARDEGNA (2)\n"
        "Comune di Cagliari\n"
        "Comune di Sassari",
        "Vuoi aderire? Scarica lo schema di delibera e la scheda di adesione.\n\n"
        "Segreteria tecnica\n"
        "c/o Palazzo Comunale, Piazza Maggiore 6, 40124 Bologna\n"
        "segreteria@example.it",
        "Città metropolitana di Torino|Metropolitan City of Turin/IT/metropolitan area; "
        "Novara/IT; Alba/IT; Biella/IT; Bergamo/IT; Brescia/IT; Cremona/IT; Lecco/IT; "
        "Provincia di Mantova|Province of Mantua/IT/province; Padova/IT; Vicenza/IT; "
        "Bassano del Grappa/IT; Schio/IT; Rovereto/IT; Modena/IT; Reggio Emilia/IT; "
        "Ferrara/IT; Forlì/IT; Cesena/IT; Unione dei Comuni della Bassa Romagna|Bassa "
        "Romagna/IT/union of municipalities; Firenze/IT; Prato/IT; Lucca/IT; Pistoia/IT; "
        "Siena/IT; Pesaro/IT; Ancona/IT; Roma/IT; Viterbo/IT; Salerno/IT; Benevento/IT; "
        "Bari/IT; Lecce/IT; Molfetta/IT; Palermo/IT; Siracusa/IT; Cagliari/IT; Sassari/IT",
        "38 members one a line under upper-case region headings with counts `LOMBARDIA (5)`; "
        "`Comune di X`, `Roma Capitale`, a metropolitan city, a province and a union; "
        "the secretariat's address in Bologna",
    ),
    Page(
        "pt-noticia-tres-novos-municipios-camara-municipal-coordenacao",
        "pt",
        "running_text;few;not_signatory;person_named_like_place",
        "Rede Territorial Portuguesa acolhe três novos municípios",
        (2026, 3, 17),
        "Início > Notícias\n\n"
        "17 de março de 2026 · Rede Territorial\n\n"
        "A Rede Territorial Portuguesa das Cidades Educadoras tem três novos membros. A "
        "adesão foi aprovada na reunião plenária que decorreu no Fórum Cultural do Seixal, "
        "com a presença de representantes de 58 municípios.\n",
        "Passam assim a integrar a Rede a Câmara Municipal do Fundão, a Câmara Municipal de "
        "Mértola e a Câmara Municipal de Castelo de Vide, que se juntam aos municípios já "
        "membros na construção de territórios onde a cidade é, ela própria, um espaço de "
        "aprendizagem.",
        "«Ser cidade educadora é assumir que todas as políticas municipais educam», afirmou "
        "a vereadora da Educação de Mértola, Beatriz Évora. A coordenação da Rede, "
        "atualmente a cargo do Município de Loures, destacou o reforço da presença do "
        "interior e do Alentejo.\n\n"
        "A próxima reunião plenária realiza-se em outubro, em Santa Maria da Feira.\n\n"
        "Partilhar\n\n"
        "Notícias relacionadas\n"
        "Torres Vedras recebe encontro nacional de conselhos municipais de juventude\n"
        "Congresso internacional de cidades educadoras em Braga",
        "Fundão/PT; Mértola/PT; Castelo de Vide/PT",
        "three `Câmara Municipal de/do X` in one sentence; the venue Seixal, the coordinator "
        "Loures, the next venue Santa Maria da Feira, a councillor named Évora; Torres Vedras "
        "and Braga in related news",
    ),
    Page(
        "nl-manifest-g40-tabel-gemeente-provincie-ondertekenaar",
        "nl",
        "table_tabs;columns_after;person_after;region_like_country;named_twice;not_signatory",
        "Manifest middelgrote steden: investeer in de regio",
        (2025, 10, 2),
        "Home / Nieuws / Manifest\n\n"
        "Nieuws | 2 oktober 2025\n\n"
        "Aan het kabinet en de Tweede Kamer der Staten-Generaal, Den Haag\n\n"
        "De middelgrote steden van Nederland zijn de motor van hun regio. Ruim vier miljoen "
        "inwoners wonen in de steden van ons netwerk, maar het Rijk investeert per inwoner "
        "het minst in onze regio's. In dit manifest vragen wij:\n"
        "• een vaste regionale investeringsagenda van 2 miljard euro per jaar;\n"
        "• een gelijkwaardige verdeling van het Gemeentefonds;\n"
        "• ruimte om zelf woningbouw en bereikbaarheid te regelen.\n\n"
        "Het manifest werd op de bestuurlijke netwerkdag in het stadhuis van Amersfoort "
        "besproken en door de volgende gemeenten ondertekend:\n",
        "Gemeente\tProvincie\tOndertekend door\n"
        "Groningen\tGroningen\twethouder Sanne de Boer\n"
        "Leeuwarden\tFryslân\tburgemeester Jelle Hoekstra\n"
        "Emmen\tDrenthe\twethouder Gert Mulder\n"
        "Zwolle\tOverijssel\tburgemeester Anouk Visser\n"
        "Deventer\tOverijssel\twethouder Ruud Bakker\n"
        "Apeldoorn\tGelderland\twethouder Ilse Smit\n"
        "Lelystad\tFlevoland\tburgemeester Mohamed El Amrani\n"
        "Alkmaar\tNoord-Holland\twethouder Karin Dekker\n"
        "Zaanstad\tNoord-Holland\twethouder Bas Koster\n"
        "Dordrecht\tZuid-Holland\tburgemeester Paul van Leeuwen\n"
        "'s-Hertogenbosch\tNoord-Brabant\twethouder Lotte van Dijk\n"
        "Helmond\tNoord-Brabant\tburgemeester Tim Jacobs\n"
        "Venlo\tLimburg\twethouder Roel Janssen\n"
        "Heerlen\tLimburg\tburgemeester Fleur Peters",
        "Amersfoort en Tilburg steunen de inhoud, maar tekenen namens het netwerk als "
        "voorzitter en vicevoorzitter niet afzonderlijk.\n\n"
        "Download het manifest (pdf)\n\n"
        "Gerelateerd\n"
        "Utrecht en Arnhem kiezen voor meer fietsparkeren\n"
        "Nijmegen deelt ervaringen met warmtenetten",
        "Groningen/NL; Leeuwarden/NL; Emmen/NL; Zwolle/NL; Deventer/NL; Apeldoorn/NL; "
        "Lelystad/NL; Alkmaar/NL; Zaanstad/NL; Dordrecht/NL; 's-Hertogenbosch/NL; Helmond/NL; "
        "Venlo/NL; Heerlen/NL",
        "a tab table of gemeente, provincie (Groningen twice on one row, Limburg also a Belgian "
        "province) and signer; the addressee Den Haag, the venue Amersfoort and Tilburg that "
        "did not sign, Utrecht, Arnhem, Nijmegen in related news",
    ),
    Page(
        "pl-czlonkowie-stowarzyszenia-numerowani-miasto-gmina-wojewodztwo-rok",
        "pl",
        "numbered;region_after;columns_after;no_country",
        "Członkowie Stowarzyszenia",
        (2026, 1, 12),
        "Strona główna » O nas » Członkowie\n\n"
        "Stowarzyszenie zrzesza gminy i miasta, które realizują lokalną politykę "
        "energetyczną: planują zaopatrzenie w ciepło, termomodernizują budynki publiczne i "
        "rozwijają odnawialne źródła energii. Członkowie uczestniczą w projektach "
        "europejskich, szkoleniach i wizytach studyjnych.\n\n"
        "Lista członków (stan na 1 stycznia 2026 r.):",
        "1. Gmina Miejska Dzierżoniów (woj. dolnośląskie) – członek od 1994\n"
        "2. Miasto Bielsko-Biała (woj. śląskie) – od 1994\n"
        "3. Gmina Niepołomice (woj. małopolskie) – od 1995\n"
        "4. Miasto Kalisz (woj. wielkopolskie) – od 1996\n"
        "5. Gmina Miejska Żywiec (woj. śląskie) – od 1996\n"
        "6. Gmina Lublin (woj. lubelskie) – od 1998\n"
        "7. Miasto Słupsk (woj. pomorskie) – od 1999\n"
        "8. Miasto Bydgoszcz (woj. kujawsko-pomorskie) – od 2001\n"
        "9. Gmina Miejska Gniezno (woj. wielkopolskie) – od 2002\n"
        "10. Gmina Miasto Ostrów Wielkopolski (woj. wielkopolskie) – od 2003\n"
        "11. Gmina Pszczyna (woj. śląskie) – od 2004\n"
        "12. Miasto Rybnik (woj. śląskie) – od 2005\n"
        "13. Gmina Miejska Mielec (woj. podkarpackie) – od 2005\n"
        "14. Gmina – Miasto Płock (woj. mazowieckie) – od 2007\n"
        "15. Gmina Olsztyn (woj. warmińsko-mazurskie) – od 2008\n"
        "16. Gmina Miasto Elbląg (woj. warmińsko-mazurskie) – od 2009\n"
        "17. Gmina Miejska Kłodzko (woj. dolnośląskie) – od 2010\n"
        "18. Gmina Miasto Świdnica (woj. dolnośląskie) – od 2011\n"
        "19. Miasto Zamość (woj. lubelskie) – od 2012\n"
        "20. Miasto Łomża (woj. podlaskie) – od 2013\n"
        "21. Miasto Suwałki (woj. podlaskie) – od 2014\n"
        "22. Gmina Miasto Włocławek (woj. kujawsko-pomorskie) – od 2015\n"
        "23. Miasto Żyrardów (woj. mazowieckie) – od 2016\n"
        "24. Gmina Miejska Tczew (woj. pomorskie) – od 2017\n"
        "25. Miasto Jelenia Góra (woj. dolnośląskie) – od 2019\n"
        "26. Gmina Miasto Oleśnica (woj. dolnośląskie) – od 2020\n"
        "27. Gmina Wadowice (woj. małopolskie) – od 2021\n"
        "28. Gmina Sokółka (woj. podlaskie) – od 2023\n"
        "29. Gmina Miasto Krosno (woj. podkarpackie) – od 2024",
        "Chcesz dołączyć? Pobierz deklarację przystąpienia (DOCX).\n\n"
        "Biuro Stowarzyszenia\n"
        "ul. Floriańska 55, 31-019 Kraków\n"
        "tel. +48 12 000 00 00",
        "Dzierżoniów/PL; Bielsko-Biała/PL; Niepołomice/PL; Kalisz/PL; Żywiec/PL; Lublin/PL; "
        "Słupsk/PL; Bydgoszcz/PL; Gniezno/PL; Ostrów Wielkopolski/PL; Pszczyna/PL; Rybnik/PL; "
        "Mielec/PL; Płock/PL; Olsztyn/PL; Elbląg/PL; Kłodzko/PL; Świdnica/PL; Zamość/PL; "
        "Łomża/PL; Suwałki/PL; Włocławek/PL; Żyrardów/PL; Tczew/PL; Jelenia Góra/PL; "
        "Oleśnica/PL; Wadowice/PL; Sokółka/PL; Krosno/PL",
        "29 numbered `Miasto`, `Gmina`, `Gmina Miejska`, `Gmina Miasto`, `Gmina – Miasto X` "
        "with `(woj. ...)` and `– od 1996`; Świdnica, Oleśnica, Krosno have small namesakes "
        "in other voivodeships; the office in Kraków",
    ),
    Page(
        "sv-nyhet-nya-ekokommuner-genitiv-kommun-och-arsmote",
        "sv",
        "running_text;inflected;few;not_signatory;teasers",
        "Fem nya medlemmar i föreningen",
        (2026, 5, 28),
        "Start / Nyheter\n\n"
        "Publicerad 28 maj 2026\n\n"
        "Föreningens årsmöte hölls i år i Övertorneå, där det hela började 1983. Ett 60-tal "
        "förtroendevalda och tjänstepersoner från hela landet samlades i två dagar för att "
        "diskutera klimatomställning, cirkulär upphandling och hållbar landsbygdsutveckling.\n",
        "Under årsmötet hälsades fem nya medlemmar välkomna: Vänersborgs kommun, Härnösands "
        "kommun, Ludvika kommun, Tranås kommun och Strömstads kommun. Därmed har föreningen "
        "114 medlemskommuner.",
        "– Vi vill lära av kommuner som har kommit längre, och dela med oss av det vi gör "
        "med våra skolkök, säger kommunstyrelsens ordförande i Tranås, Eva Lindberg.\n\n"
        "Föreningens ordförande, kommunalrådet Johan Sundberg från Gävle, omvaldes för ett "
        "år till.\n\n"
        "Dela: Facebook | LinkedIn | E-post\n\n"
        "Fler nyheter\n"
        "Umeå och Växjö bäst i årets miljöranking\n"
        "Webbinarium: så fick Borås fart på textilåtervinningen",
        "Vänersborg/SE; Härnösand/SE; Ludvika/SE; Tranås/SE; Strömstad/SE",
        "five genitives `Vänersborgs kommun` and `Ludvika kommun` in one sentence with `och`; "
        "the venue Övertorneå, Tranås named again in a quote, the chair from Gävle; Umeå, "
        "Växjö, Borås in more news",
    ),
    Page(
        "da-borgmesteropraab-kystsikring-borgmester-navn-kommune-region",
        "da",
        "one_a_line;person_before;body_not_city;not_signatory",
        "Borgmestre: Staten skal tage medansvar for kystsikringen",
        (2025, 9, 15),
        "Forside > Nyheder > Udtalelser\n\n"
        "Udtalelse | 15. september 2025\n\n"
        "Stormfloden i oktober 2023 kostede kommunerne langs Østersøen og Lillebælt over en "
        "milliard kroner. Alligevel bærer kommunerne og grundejerne i dag næsten hele "
        "regningen for at sikre kysterne mod et stigende hav.\n\n"
        "På netværkets årsmøde i Fredericia vedtog borgmestrene derfor en fælles opfordring "
        "til regeringen og Folketinget på Christiansborg:\n\n"
        "1. Staten skal medfinansiere kystbeskyttelse af national interesse.\n"
        "2. Der skal oprettes en klimatilpasningsfond med faste årlige midler.\n"
        "3. Kommunerne skal have bedre hjemmel til at tvinge fælles løsninger igennem.\n\n"
        "Udtalelsen er underskrevet af:",
        "Borgmester Henrik Møller, Vejle Kommune\n"
        "Borgmester Lise Andersen, Horsens Kommune\n"
        "Borgmester Torben Kjær, Randers Kommune\n"
        "Borgmester Mette Lund, Svendborg Kommune\n"
        "Borgmester Anders Birk, Frederikshavn Kommune\n"
        "Borgmester Camilla Holm, Roskilde Kommune\n"
        "Borgmester Søren Dahl, Holstebro Kommune\n"
        "Borgmester Jakob Friis, Kolding Kommune\n"
        "Borgmester Pernille Skov, Esbjerg Kommune\n"
        "Borgmester Niels Thygesen, Middelfart Kommune\n"
        "Rådmand Sara Nielsen, Aarhus Kommune\n"
        "Regionsrådsformand Bo Vestergaard, Region Syddanmark",
        "Fredericia Kommune var vært for årsmødet, men har som netværkets sekretariat ikke "
        "underskrevet.\n\n"
        "Læs også\n"
        "Aabenraa og Sønderborg samarbejder om fælles dige\n"
        "Ny rapport: Sådan klimatilpasser Lemvig havnen",
        "Vejle/DK; Horsens/DK; Randers/DK; Svendborg/DK; Frederikshavn/DK; Roskilde/DK; "
        "Holstebro/DK; Kolding/DK; Esbjerg/DK; Middelfart/DK; Aarhus/DK; "
        "Region Syddanmark|Region of Southern Denmark/DK/region",
        "`Borgmester Name, X Kommune` lines, a `Rådmand` and a region; the host and "
        "secretariat Fredericia did not sign, Christiansborg the addressee; Aabenraa, "
        "Sønderborg, Lemvig in related news",
    ),
    Page(
        "cs-clenove-site-kraje-nadpisy-statutarni-mesto-mestys-kraj",
        "cs",
        "one_a_line;region_heading;body_not_city;no_country;columns_after",
        "Členové sítě",
        (2026, 2, 24),
        "Úvod › O nás › Členové\n\n"
        "Síť sdružuje obce, města a kraje, které se hlásí k principům udržitelného rozvoje a "
        "zdraví a realizují místní Agendu 21. Členové se zavazují ke zlepšování kvality "
        "života svých obyvatel a k zapojování veřejnosti do plánování.\n\n"
        "Počet členů: 27 · Kategorie: A – B – C – D (podle dosažené úrovně MA21)\n\n"
        "Zobrazit: seznam | mapu",
        "Jihomoravský kraj\n"
        "Statutární město Brno\tB\n"
        "Město Hodonín\tC\n"
        "Město Vyškov\tB\n"
        "Město Boskovice\tC\n"
        "Městys Kunštát\tD\n"
        "Zlínský kraj\n"
        "Statutární město Zlín\tB\n"
        "Město Kroměříž\tC\n"
        "Město Vsetín\tA\n"
        "Pardubický kraj\n"
        "Statutární město Pardubice\tC\n"
        "Město Chrudim\tA\n"
        "Město Litomyšl\tB\n"
        "Město Moravská Třebová\tD\n"
        "Kraj Vysočina\n"
        "Kraj Vysočina\tB\n"
        "Statutární město Jihlava\tC\n"
        "Město Žďár nad Sázavou\tC\n"
        "Město Třebíč\tB\n"
        "Město Chotěboř\tD\n"
        "Moravskoslezský kraj\n"
        "Statutární město Ostrava\tC\n"
        "Město Kopřivnice\tB\n"
        "Město Nový Jičín\tC\n"
        "Jihočeský kraj\n"
        "Statutární město České Budějovice\tD\n"
        "Město Tábor\tC\n"
        "Město Písek\tB\n"
        "Město Strakonice\tC\n"
        "Město Vimperk\tD\n"
        "Olomoucký kraj\n"
        "Statutární město Prostějov\tC\n"
        "Město Šternberk\tA",
        "Zajímá vás členství? Kontaktujte kancelář sítě.\n\n"
        "Kancelář sítě: Palackého 1, 110 00 Praha 1 · info@example.cz",
        "Brno/CZ; Hodonín/CZ; Vyškov/CZ; Boskovice/CZ; Kunštát/CZ; Zlín/CZ; Kroměříž/CZ; "
        "Vsetín/CZ; Pardubice/CZ; Chrudim/CZ; Litomyšl/CZ; Moravská Třebová/CZ; "
        "Kraj Vysočina|Vysočina Region/CZ/region; Jihlava/CZ; Žďár nad Sázavou/CZ; "
        "Třebíč/CZ; Chotěboř/CZ; Ostrava/CZ; Kopřivnice/CZ; Nový Jičín/CZ; "
        "České Budějovice/CZ; Tábor/CZ; Písek/CZ; Strakonice/CZ; Vimperk/CZ; Prostějov/CZ; "
        "Šternberk/CZ",
        "kraj headings over `Statutární město / Město / Městys X` with a tab and a MA21 "
        "category letter; the region Kraj Vysočina is both a heading and a member; Praha "
        "the office",
    ),
    Page(
        "hr-izjava-gradonacelnika-genitiv-grada-opatija-domacin",
        "hr",
        "one_a_line;person_before;inflected;not_signatory;no_country",
        "Izjava gradonačelnika o pravednoj raspodjeli sredstava za obnovu",
        (2025, 6, 12),
        "Naslovnica / Vijesti / Priopćenja\n\n"
        "Na skupštini Udruge održanoj u Opatiji 11. i 12. lipnja 2025., uz dobrodošlicu "
        "domaćina, gradonačelnika Opatije Marka Brajkovića, gradonačelnici i gradonačelnice "
        "hrvatskih gradova usvojili su zajedničku izjavu upućenu Vladi Republike Hrvatske.\n\n"
        "Gradovi traže:\n"
        "– da se sredstva za obnovu javne infrastrukture dodjeljuju prema jasnim i "
        "objavljenim kriterijima;\n"
        "– da gradovi budu ravnopravni partneri u pripremi Nacionalnog plana oporavka;\n"
        "– povrat dijela poreza na dohodak lokalnoj samoupravi.\n\n"
        "Izjavu su potpisali:",
        "Ana Kovačević, gradonačelnica Grada Osijeka\n"
        "Tomislav Jurić, gradonačelnik Grada Splita\n"
        "Petra Marić, gradonačelnica Grada Rijeke\n"
        "Ivan Šimić, gradonačelnik Grada Zadra\n"
        "Luka Perić, gradonačelnik Grada Pule\n"
        "Marina Babić, gradonačelnica Grada Karlovca\n"
        "Dario Novosel, gradonačelnik Grada Varaždina\n"
        "Goran Horvat, gradonačelnik Grada Koprivnice\n"
        "Maja Tkalec, zamjenica gradonačelnika Grada Čakovca\n"
        "Josip Kolar, gradonačelnik Grada Siska\n"
        "Stjepan Matić, gradonačelnik Grada Slavonskog Broda\n"
        "Nikola Vuković, gradonačelnik Grada Vukovara",
        "Izjavu je u ime Udruge predsjednik, gradonačelnik Dubrovnika, uputio predsjedniku "
        "Vlade u Zagreb.\n\n"
        "Podijeli: Facebook | X | E-mail\n\n"
        "Povezane vijesti\n"
        "Šibenik i Trogir dijele iskustva o turističkom porezu\n"
        "Edukacija o EU fondovima u Bjelovaru",
        "Osijek/HR; Split/HR; Rijeka/HR; Zadar/HR; Pula/HR; Karlovac/HR; Varaždin/HR; "
        "Koprivnica/HR; Čakovec/HR; Sisak/HR; Slavonski Brod/HR; Vukovar/HR",
        "`Name, gradonačelnik/gradonačelnica Grada X` in the genitive (Osijeka, Zadra, Pule, "
        "Slavonskog Broda); the host Opatija, the president's Dubrovnik and Zagreb did not "
        "sign; Šibenik, Trogir, Bjelovar in related news",
    ),
    Page(
        "el-nea-melh-diktyou-podilato-dimoi-genikh-kai-volos",
        "el",
        "running_text;inflected;not_signatory;teasers",
        "Έξι νέοι δήμοι στο Δίκτυο Πόλεων με Ποδήλατο",
        (2026, 4, 8),
        "Αρχική / Νέα / Ανακοινώσεις\n\n"
        "8 Απριλίου 2026\n\n"
        "Με μεγάλη συμμετοχή πραγματοποιήθηκε στον Βόλο η ετήσια γενική συνέλευση του "
        "Δικτύου, με οικοδεσπότη τον Δήμο Βόλου. Στη συνέλευση συζητήθηκαν τα νέα "
        "χρηματοδοτικά εργαλεία για ποδηλατόδρομους και η ασφάλεια των μαθητών στις "
        "διαδρομές προς το σχολείο.\n",
        "Η συνέλευση ενέκρινε ομόφωνα την ένταξη έξι νέων μελών: των Δήμων Καλαμάτας, "
        "Τρικκαίων, Χανίων, Ιωαννιτών, Λαμιέων και Κομοτηνής. Το Δίκτυο αριθμεί πλέον 41 "
        "δήμους από όλη τη χώρα.",
        "«Τα Τρίκαλα έχουν μακρά παράδοση στο ποδήλατο και θέλουμε να τη μοιραστούμε», "
        "δήλωσε ο αντιδήμαρχος Τρικκαίων Γιώργος Παπαδόπουλος. Ο πρόεδρος του Δικτύου, "
        "δήμαρχος Λαρισαίων, καλωσόρισε τα νέα μέλη.\n\n"
        "Κοινοποίηση: Facebook | X | Email\n\n"
        "Σχετικά άρθρα\n"
        "Η Θεσσαλονίκη επεκτείνει το σύστημα κοινόχρηστων ποδηλάτων\n"
        "Ημερίδα για την οδική ασφάλεια στην Πάτρα",
        "Kalamata/GR; Trikala/GR; Chania/GR; Ioannina/GR; Lamia/GR; Komotini/GR",
        "`των Δήμων Καλαμάτας, Τρικκαίων, ... και Κομοτηνής` in genitive plural in one "
        "sentence; the host Volos, the president's Larissa; Trikala named again in a quote; "
        "Thessaloniki and Patras in related articles",
    ),
    Page(
        "ja-kyodo-sengen-shicho-meibo-kaisaichi-yokohama",
        "ja",
        "one_a_line;person_after;no_country;not_signatory",
        "「歩きたくなるまちづくり」共同宣言",
        (2025, 11, 20),
        "ホーム ＞ 活動報告 ＞ 宣言・提言\n\n"
        "2025年11月20日\n\n"
        "本日、横浜市で開催された第12回全国首長フォーラムにおいて、参加都市の市長は、"
        "まちなかの歩行空間を広げ、公共交通と自転車を組み合わせた移動を推進するため、"
        "以下の共同宣言を採択しました。\n\n"
        "一、道路空間を人中心に再配分し、居心地の良い歩行空間をつくります。\n"
        "一、公共交通の利便性を高め、高齢者や子どもが安心して移動できるまちをめざします。\n"
        "一、取組の成果を共有し、国に対して必要な制度改正を求めます。\n\n"
        "令和7年11月20日\n\n"
        "賛同首長一覧（順不同）",
        "札幌市長　石川 健一\n"
        "仙台市長　佐藤 美穂\n"
        "新潟市長　小林 誠\n"
        "金沢市長　中村 聡子\n"
        "長野市長　高橋 浩\n"
        "富山市長　山本 直樹\n"
        "静岡市長　伊藤 由美\n"
        "岡山市長　渡辺 大輔\n"
        "松山市長　加藤 恵\n"
        "熊本市長　吉田 拓也\n"
        "鹿児島市長　松本 和也\n"
        "那覇市長　比嘉 千尋",
        "なお、開催市である横浜市は事務局として宣言の取りまとめを行いました。\n\n"
        "この記事をシェアする\n\n"
        "関連記事\n"
        "福岡市と北九州市が歩行者天国の社会実験を実施\n"
        "宇都宮市のLRT、開業2年の効果を報告",
        "Sapporo/JP; Sendai/JP; Niigata/JP; Kanazawa/JP; Nagano/JP; Toyama/JP; Shizuoka/JP; "
        "Okayama/JP; Matsuyama/JP; Kumamoto/JP; Kagoshima/JP; Naha/JP",
        "`X市長　Name` lines with a full-width space under 賛同首長一覧; the venue and "
        "secretariat Yokohama did not sign; Fukuoka, Kitakyushu, Utsunomiya in related "
        "articles",
    ),
]

"""Hand-written pages, batch zn: held out before the column reader (branch acczn), written
without reading the reader, its tests or the other batches' pages beyond the format: 14 joint
statements, declarations and open letters with their signatories, and member pages, one in each
of en (a Southeast Asian network), es (Latin America), pt (Brazil), fr (francophone Africa),
de (Switzerland), it, ca, hr, sl, lv, bg, uk, ja, vi (12 to 20 entries): signatory cards in
capitals `ILOILO CITY` / country / `Signed by Hon. Name, City Mayor` with official bodies
(`Penang Island City Council`, `Kuching North City Hall`) under a venue, Da Nang; a Spanish
open letter whose signatories are in one sentence grouped by country `Rosario, Córdoba y Mendoza
(Argentina); ...` beside a host, Asunción, and an addressee in Belém; Brazilian signature blocks
in capitals `NAME` / `Prefeita de Macapá – AP` under the place of signing, a mayor surnamed
Belém; francophone African mayors under country headings in capitals, `Commune de X — M. Name,
Maire`, a `Communauté urbaine`, the host Cotonou and an observer; a Swiss German open letter
signed in running text by `Stadtpräsidentinnen und Stadtpräsidenten von ...` `sowie die Syndics
von Lausanne und Freiburg` (Fribourg); Italian `COGNOME Nome, Sindaco di X` with surnames
Ferrara, Messina, Modica; Catalan member cards with exonyms (`Marsella`, `Esmirna`, `Nàpols`)
over countries in Catalan and `Membre des de`; a Croatian tab table of `Grad`/`Općina` with
county and signer columns and bilingual Istrian names; Slovenian numbered `Občina X – župan`
with a host in the locative; Latvian chairs with genitive `Liepājas valstspilsētas` /
`Cēsu novada` titles in both orders; Bulgarian mayors in one sentence with a host
`в Казанлък` and an observer who did not sign; Ukrainian `м. X — Name, міський голова` under
oblast headings named after other cities; Japanese members by prefecture `長野県：松本市、飯田市`
whose prefectures share cities' names; Vietnamese `UBND thành phố X (tỉnh Y)` bullets beside
the host Cần Thơ. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-sea-cool-streets-declaration-cards-signed-by-hon",
        "en",
        "one_a_line;person_after;not_signatory;body_not_city",
        "Da Nang Declaration on Cool and Shaded Streets",
        (2025, 4, 24),
        "Home / Knowledge Hub / Declarations\n\n"
        "Adopted at the 9th Southeast Asian Mayors' Summit on Urban Heat, Da Nang, Viet Nam\n\n"
        "Heat is already the deadliest climate hazard in our region. In the hot season of 2024 "
        "several of our cities recorded heat index values above 50°C for days in a row, and "
        "the people who suffered most were street vendors, construction workers, older "
        "residents and children in informal settlements.\n\n"
        "We, the mayors and local leaders signing this declaration, commit to:\n"
        "- publish a city heat action plan with early warnings by 2027;\n"
        "- plant and protect street trees so that every primary school is on a shaded route;\n"
        "- open cooling centres in public buildings during heat alerts;\n"
        "- report our progress every year, in line with the Paris Agreement and the "
        "ASEAN Working Group on Environmentally Sustainable Cities.\n\n"
        "We thank the People's Committee of Da Nang City for hosting the Summit, and our "
        "partners for their technical support.\n\n"
        "Signatories (16)\nSort by: Country | Date signed",
        "ILOILO CITY\nPhilippines\nSigned by Hon. Ramon T. Dela Cruz, City Mayor\nView profile\n\n"
        "BACOLOD CITY\nPhilippines\nSigned by Hon. Maria Cristina Lacson, City Mayor\n"
        "View profile\n\n"
        "CEBU CITY\nPhilippines\nRepresented by Hon. Joel R. Abellana, City Vice Mayor, "
        "on behalf of the City Mayor\nView profile\n\n"
        "DAVAO CITY\nPhilippines\nSigned by Hon. Antonio P. Villafuerte, City Mayor\n"
        "View profile\n\n"
        "SURABAYA\nIndonesia\nSigned by Bapak Hendra Wicaksono, Mayor of Surabaya\n"
        "View profile\n\n"
        "SEMARANG\nIndonesia\nSigned by Ibu Sri Wahyuningsih, Mayor of Semarang\nView profile\n\n"
        "MAKASSAR\nIndonesia\nSigned by Bapak Andi Rahmat Syamsuddin, Mayor\nView profile\n\n"
        "KHON KAEN CITY MUNICIPALITY\nThailand\nSigned by Mr. Somchai Wongsawat, Mayor\n"
        "View profile\n\n"
        "CHIANG MAI CITY MUNICIPALITY\nThailand\nSigned by Ms. Pranee Inthawong, Mayor\n"
        "View profile\n\n"
        "HAT YAI CITY MUNICIPALITY\nThailand\nSigned by Mr. Kittisak Rattanaporn, Mayor\n"
        "View profile\n\n"
        "PENANG ISLAND CITY COUNCIL\nMalaysia\nSigned by Dato' Lim Wei Chuan, Mayor\n"
        "View profile\n\n"
        "KUCHING NORTH CITY HALL\nMalaysia\nSigned by Datuk Haji Abang Mohd Razali, Mayor\n"
        "View profile\n\n"
        "IPOH CITY COUNCIL\nMalaysia\nSigned by Dato' Rumaizi bin Hashim, Mayor\nView profile\n\n"
        "HUE CITY\nViet Nam\nSigned by Mr. Nguyen Van Phuong, Vice Chairman, City People's "
        "Committee\nView profile\n\n"
        "SIEM REAP\nCambodia\nSigned by H.E. Sok Vanna, Governor of Siem Reap Municipality\n"
        "View profile\n\n"
        "LUANG PRABANG\nLao PDR\nSigned by Mr. Khamphou Sayavong, Chief of Luang Prabang "
        "District\nView profile",
        "Showing 16 of 16\n\n"
        "Is your city ready to sign? Write to the Summit secretariat at the Regional Office in "
        "Bangkok.\n\n"
        "Download the declaration (PDF, 1.2 MB) | Thai | Vietnamese | Bahasa Indonesia",
        "Iloilo City/PH; Bacolod/PH; Cebu City/PH; Davao/PH; Surabaya/ID; Semarang/ID; "
        "Makassar/ID; Khon Kaen/TH; Chiang Mai/TH; Hat Yai/TH; George Town|Penang/MY; "
        "Kuching/MY; Ipoh/MY; Huế/VN; Siem Reap/KH; Luang Prabang/LA",
        "cards of four lines: name in capitals (some official bodies: `Penang Island City "
        "Council` = George Town, `Kuching North City Hall`), country, `Signed by ...`, `View "
        "profile`; venue Da Nang, secretariat Bangkok not signatories",
    ),
    Page(
        "es-carta-abierta-alcaldes-latam-una-oracion-por-pais",
        "es",
        "running_text;region_after;country_in_language;person_before;not_signatory",
        "Alcaldes latinoamericanos piden a la COP30 financiamiento directo para las ciudades",
        (2025, 9, 3),
        "Inicio > Sala de prensa > Noticias\n\n"
        "Asunción, Paraguay. Dieciséis alcaldesas, alcaldes e intendentes de ocho países de "
        "América Latina firmaron una carta abierta dirigida a la presidencia de la COP30, que "
        "se celebrará en noviembre en Belém (Brasil), para pedir que una parte de los fondos "
        "climáticos llegue directamente a los gobiernos locales.\n\n"
        "La carta se presentó en el Foro Regional de Ciudades Resilientes, organizado por la "
        "Municipalidad de Asunción y la red regional con el apoyo del Banco de Desarrollo de "
        'América Latina y el Caribe. "Las ciudades ponemos los muertos cuando llegan las '
        'inundaciones, pero no tenemos acceso a los fondos", dijo durante la apertura la '
        "intendenta de Asunción, Teresa Benítez Ocampo.",
        "El documento fue suscrito por los intendentes de Rosario, Córdoba y Mendoza "
        "(Argentina); por los alcaldes y alcaldesas de Valparaíso y Concepción (Chile), de "
        "Medellín, Cali y Bucaramanga (Colombia), de Quito y Cuenca (Ecuador) y de Arequipa "
        "(Perú); por la alcaldesa de La Paz (Bolivia); por los intendentes de Montevideo y "
        "Paysandú (Uruguay), y por los presidentes municipales de Guadalajara y Mérida "
        "(México).",
        "Entre sus pedidos, la carta propone una ventanilla de acceso directo para ciudades "
        "intermedias, metas de adaptación medibles y la participación de los gobiernos locales "
        "en las delegaciones nacionales. La red entregará el texto a la presidencia brasileña "
        "de la COP en una reunión prevista en Brasilia.\n\n"
        "Lee la carta completa (PDF)\n\n"
        "Etiquetas: COP30 · Financiamiento climático · Adaptación",
        "Rosario/AR; Córdoba/AR; Mendoza/AR; Valparaíso/CL; Concepción/CL; Medellín/CO; "
        "Cali/CO; Bucaramanga/CO; Quito/EC; Cuenca/EC; Arequipa/PE; La Paz/BO; Montevideo/UY; "
        "Paysandú/UY; Guadalajara/MX; Mérida/MX",
        "signatories in one sentence grouped by country `X, Y y Z (País)` between semicolons "
        "after `los intendentes de`; host Asunción, addressee in Belém and Brasília not "
        "signatories; Córdoba, Cuenca, Mérida, Guadalajara, Concepción have namesakes in Spain",
    ),
    Page(
        "pt-br-carta-prefeitos-amazonia-blocos-maiusculas-uf",
        "pt",
        "one_a_line;person_before;state_codes;not_signatory;person_named_like_place",
        "Carta de Belém dos Prefeitos da Amazônia",
        (2025, 10, 14),
        "Início » Notícias » Documentos\n\n"
        "Reunidos em Belém, no Encontro de Prefeitas e Prefeitos da Amazônia Legal, os chefes "
        "dos Executivos municipais abaixo assinados aprovaram a seguinte carta, que será "
        "entregue aos negociadores brasileiros da COP30.\n\n"
        "CARTA DE BELÉM\n\n"
        "Nós, prefeitas e prefeitos das cidades da Amazônia, onde vivem mais de 28 milhões de "
        "brasileiros, declaramos:\n\n"
        "1. Que não há floresta em pé sem cidades com saneamento, emprego e dignidade;\n"
        "2. Que os municípios precisam de acesso direto ao Fundo Amazônia e aos fundos "
        "climáticos internacionais;\n"
        "3. Que as capitais e as cidades médias da região se comprometem a zerar os lixões até "
        "2028 e a ampliar a arborização urbana.\n\n"
        "Agradecemos à Prefeitura de Belém pela acolhida.\n\n"
        "Belém (PA), 14 de outubro de 2025.",
        "JOSÉ RICARDO MOTA\nPrefeito de Santarém – PA\n\n"
        "LÚCIA HELENA ARAÚJO\nPrefeita de Manaus – AM\n\n"
        "RAIMUNDA BELÉM SOUSA\nPrefeita de Macapá – AP\n\n"
        "EDVALDO NASCIMENTO\nPrefeito de Rio Branco – AC\n\n"
        "MARCELO TAVARES\nPrefeito de Porto Velho – RO\n\n"
        "ANA CAROLINA FROTA\nPrefeita de Boa Vista – RR\n\n"
        "WELLINGTON BRANDÃO\nPrefeito de Palmas – TO\n\n"
        "GILSON RONDON\nPrefeito de Cuiabá – MT\n\n"
        "FRANCISCO NATAL DE OLIVEIRA\nPrefeito de Parintins – AM\n\n"
        "SANDRA MARIA COELHO\nPrefeita de Marabá – PA\n\n"
        "DOUGLAS FERREIRA LIMA\nPrefeito de Altamira – PA\n\n"
        "ROSÂNGELA PINHEIRO\nPrefeita de Imperatriz – MA\n\n"
        "EDUARDO BRAGA SALES\nPrefeito de São Luís – MA\n\n"
        "VALDIR KOCH\nPrefeito de Sinop – MT",
        "Baixe a carta em PDF\n\n"
        "Leia também: a íntegra do discurso do presidente da Associação na abertura do "
        "encontro.",
        "Santarém/BR; Manaus/BR; Macapá/BR; Rio Branco/BR; Porto Velho/BR; Boa Vista/BR; "
        "Palmas/BR; Cuiabá/BR; Parintins/BR; Marabá/BR; Altamira/BR; Imperatriz/BR; "
        "São Luís/BR; Sinop/BR",
        "signature blocks: name in capitals over `Prefeito(a) de X – UF`; venue and host Belém "
        "(also a mayor's surname), a mayor named Natal; Braga, Brandão, Rondon surnames",
    ),
    Page(
        "fr-afrique-declaration-cotonou-pays-majuscules-commune-tiret-maire",
        "fr",
        "one_a_line;region_heading;country_in_language;person_after;not_signatory",
        "Déclaration de Cotonou des maires d'Afrique de l'Ouest et du Centre sur l'eau et "
        "l'assainissement",
        (2024, 11, 28),
        "Accueil > Actualités > Déclarations\n\n"
        "Réunis à Cotonou du 26 au 28 novembre 2024 à l'invitation de la Mairie de Cotonou, "
        "les maires et présidents de conseils municipaux soussignés,\n\n"
        "Considérant que plus de la moitié des habitants de nos villes n'ont pas accès à un "
        "assainissement géré en toute sécurité ;\n"
        "Considérant l'Objectif de développement durable n° 6 et la Déclaration de Dakar de "
        "2022 ;\n"
        "Rappelant le rôle des communes comme maîtres d'ouvrage des services de base ;\n\n"
        "S'engagent à :\n"
        "– adopter d'ici 2026 un plan communal d'assainissement ;\n"
        "– consacrer au moins 5 % de leur budget d'investissement à l'eau et à "
        "l'assainissement ;\n"
        "– partager leurs données au sein de l'observatoire régional basé à Ouagadougou.\n\n"
        "Fait à Cotonou, le 28 novembre 2024.\n\nLES SIGNATAIRES",
        "BÉNIN\nCommune de Porto-Novo — M. Charlemagne Houngbédji, Maire\n"
        "Commune de Parakou — M. Inoussa Bio Sabi, Maire\n\n"
        "BURKINA FASO\nCommune de Bobo-Dioulasso — M. Adama Sanou, Président de la Délégation "
        "spéciale\nCommune de Koudougou — Mme Awa Yaméogo, Présidente de la Délégation "
        "spéciale\n\n"
        "CAMEROUN\nCommunauté urbaine de Douala — M. Roger Mbappé Ngando, Maire de la Ville\n"
        "Commune de Dschang — M. Jean-Marie Fotso, Maire\n\n"
        "CÔTE D'IVOIRE\nCommune de Bouaké — M. Yao Kouadio Séraphin, Maire\n"
        "Commune de San-Pédro — Mme Aminata Koné, Maire\n\n"
        "MALI\nCommune urbaine de Ségou — M. Bakary Coulibaly, Maire\n"
        "Commune urbaine de Sikasso — M. Souleymane Traoré, Maire\n\n"
        "NIGER\nVille de Maradi — M. Ibrahim Moussa, Administrateur délégué\n"
        "Ville de Zinder — M. Abdou Garba, Administrateur délégué\n\n"
        "SÉNÉGAL\nVille de Thiès — M. Ousmane Diop, Maire\n"
        "Commune de Ziguinchor — M. Lamine Badji, Maire\n"
        "Commune de Kaolack — Mme Fatou Ndiaye Sarr, Maire\n\n"
        "TOGO\nCommune de Sokodé (Tchaudjo 1) — M. Issifou Ouro-Agoro, Maire",
        "Observateurs : l'Association internationale des maires francophones (AIMF) et le "
        "Partenariat régional pour l'eau, dont le siège est à Abidjan.\n\n"
        "Télécharger la déclaration (PDF)",
        "Porto-Novo/BJ; Parakou/BJ; Bobo-Dioulasso/BF; Koudougou/BF; Douala/CM; Dschang/CM; "
        "Bouaké/CI; San-Pédro/CI; Ségou/ML; Sikasso/ML; Maradi/NE; Zinder/NE; Thiès/SN; "
        "Ziguinchor/SN; Kaolack/SN; Sokodé/TG",
        "country headings in capitals over `Commune de X — M. Name, Maire` lines, a "
        "`Communauté urbaine de Douala`, `Sokodé (Tchaudjo 1)`; host Cotonou, Dakar's "
        "declaration, Ouagadougou's observatory and Abidjan's observer not signatories",
    ),
    Page(
        "de-ch-offener-brief-stadtpraesidien-running-sowie-syndics",
        "de",
        "running_text;person_before;no_country;not_signatory",
        "Offener Brief: Städte verlangen Mitsprache bei der Agglomerationspolitik",
        (2025, 2, 11),
        "Startseite › Medien › Medienmitteilungen\n\n"
        "Medienmitteilung\n\n"
        "In einem offenen Brief an den Bundesrat und die Kantonsregierungen verlangen "
        "vierzehn Schweizer Städte, bei der Revision der Agglomerationsprogramme von Anfang "
        "an einbezogen zu werden. Die Städte tragen einen grossen Teil der Zentrumslasten, "
        "heisst es im Brief, und müssten bei den Verkehrs- und Wohnprojekten mitentscheiden "
        "können.",
        "Unterzeichnet haben den Brief die Stadtpräsidentinnen und Stadtpräsidenten von "
        "Zürich, Bern, Basel, Winterthur, St. Gallen, Luzern, Biel/Bienne, Thun, Schaffhausen "
        "und Chur sowie die Syndics von Lausanne und Freiburg, die Maire von Genf und der "
        "Sindaco von Lugano.",
        "«Wer die Staus, die Wohnungsnot und die Hitze in den Städten lösen will, muss mit "
        "den Städten reden und nicht über sie», sagt die Präsidentin der Konferenz der "
        "Städtischen Finanzdirektorinnen und -direktoren. Der Brief wurde am Montag in Olten "
        "an der Frühjahrstagung der Städte verabschiedet; Gastgeberin war die Stadt Olten, "
        "die als Mittelstadt die Anliegen teilt, den Brief aber nicht mitunterzeichnet hat.\n\n"
        "Der Brief im Wortlaut (PDF, 180 KB)\n\n"
        "Kontakt\nMedienstelle, Telefon 031 356 32 32",
        "Zürich/CH; Bern/CH; Basel/CH; Winterthur/CH; St. Gallen/CH; Luzern/CH; "
        "Biel|Bienne/CH; Thun/CH; Schaffhausen/CH; Chur/CH; Lausanne/CH; Fribourg|Freiburg/CH; "
        "Geneva|Genf/CH; Lugano/CH",
        "Swiss signatories in one sentence after `Stadtpräsidentinnen und Stadtpräsidenten "
        "von`, `sowie die Syndics von Lausanne und Freiburg` (Fribourg, not the German "
        "Freiburg), `Biel/Bienne` with its slash; the host Olten did not sign",
    ),
    Page(
        "it-lettera-aperta-sindaci-cognome-maiuscolo-cognomi-citta",
        "it",
        "one_a_line;person_before;person_named_like_place;no_country;not_signatory",
        "Trasporto pubblico locale, la lettera aperta dei sindaci al Governo",
        (2025, 1, 21),
        "Home / Comunicati / Mobilità\n\n"
        "Diciotto sindache e sindaci di città capoluogo hanno scritto al Presidente del "
        "Consiglio dei Ministri e al Ministro delle Infrastrutture e dei Trasporti per "
        "chiedere di riportare il Fondo nazionale trasporti almeno ai livelli del 2019, "
        "aggiornato all'inflazione.\n\n"
        "«Senza risorse certe dovremo tagliare corse proprio mentre chiediamo ai cittadini "
        "di lasciare a casa l'auto», si legge nella lettera, presentata a Roma nella sede "
        "dell'associazione. Di seguito il testo integrale e l'elenco dei firmatari.\n\n"
        "[…]\n\n"
        "Firmatari (in ordine alfabetico):",
        "BALDINI Stefano, Sindaco di Ravenna\n"
        "CARUSO Elena, Sindaca di Lecce\n"
        "COLOMBO Andrea, Sindaco di Bergamo\n"
        "DE LUCA Francesca, Sindaca di Salerno\n"
        "FERRARA Giulia, Sindaca di Pesaro\n"
        "GALLI Paolo, Sindaco di Parma\n"
        "LOMBARDI Chiara, Sindaca di Brescia\n"
        "MARCHETTI Luca, Sindaco di Trento\n"
        "MESSINA Roberto, Sindaco di Cagliari\n"
        "MODICA Anna, Sindaca di Siracusa\n"
        "MORETTI Davide, Sindaco di Reggio Emilia\n"
        "PELLEGRINI Marco, Sindaco di Pisa\n"
        "RINALDI Silvia, Sindaca di Padova\n"
        "SANTORO Giuseppe, Sindaco di Bari\n"
        "TESTA Valentina, Sindaca di Livorno\n"
        "VITALE Michele, Sindaco di Prato\n"
        "ZANETTI Laura, Sindaca di Udine\n"
        "ZUCCHI Matteo, Sindaco di Matera",
        "Scarica la lettera (PDF)\n\nUfficio stampa: tel. 06 680091, stampa@example.it",
        "Ravenna/IT; Lecce/IT; Bergamo/IT; Salerno/IT; Pesaro/IT; Parma/IT; Brescia/IT; "
        "Trento/IT; Cagliari/IT; Siracusa/IT; Reggio Emilia|Reggio nell'Emilia/IT; Pisa/IT; "
        "Padova/IT; Bari/IT; Livorno/IT; Prato/IT; Udine/IT; Matera/IT",
        "`COGNOME Nome, Sindaco/a di X` lines in alphabetical order of surnames, three of them "
        "cities (Ferrara, Messina, Modica) and one Colombo; Rome where it was presented not a "
        "signatory",
    ),
    Page(
        "ca-xarxa-mediterrania-fitxes-exonims-pais-membre-des-de",
        "ca",
        "one_a_line;country_in_language;columns_after;not_signatory",
        "Ciutats membres de la Xarxa Mediterrània de Ciutats Litorals",
        (2025, 6, 9),
        "Inici > La xarxa > Membres\n\n"
        "La Xarxa Mediterrània de Ciutats Litorals reuneix ciutats de les dues ribes que "
        "treballen juntes en la protecció de la costa, el turisme sostenible i la gestió de "
        "l'aigua. La secretaria tècnica té la seu a Barcelona, al recinte de Sant Pau.\n\n"
        "Filtra per país: Tots\nCerca una ciutat\n\n18 ciutats",
        "València\nEspanya\nMembre des de 2009\nVeure fitxa\n\n"
        "Palma\nEspanya\nMembre des de 2014\nVeure fitxa\n\n"
        "Tarragona\nEspanya\nMembre des de 2011\nVeure fitxa\n\n"
        "Marsella\nFrança\nMembre des de 2009\nVeure fitxa\n\n"
        "Montpeller\nFrança\nMembre des de 2016\nVeure fitxa\n\n"
        "Perpinyà\nFrança\nMembre des de 2012\nVeure fitxa\n\n"
        "Gènova\nItàlia\nMembre des de 2010\nVeure fitxa\n\n"
        "Nàpols\nItàlia\nMembre des de 2018\nVeure fitxa\n\n"
        "la Valletta\nMalta\nMembre des de 2019\nVeure fitxa\n\n"
        "Split\nCroàcia\nMembre des de 2017\nVeure fitxa\n\n"
        "Atenes\nGrècia\nMembre des de 2013\nVeure fitxa\n\n"
        "Esmirna\nTurquia\nMembre des de 2015\nVeure fitxa\n\n"
        "Beirut\nLíban\nMembre des de 2021\nVeure fitxa\n\n"
        "Alexandria\nEgipte\nMembre des de 2020\nVeure fitxa\n\n"
        "Tunis\nTunísia\nMembre des de 2011\nVeure fitxa\n\n"
        "Sfax\nTunísia\nMembre des de 2022\nVeure fitxa\n\n"
        "Alger\nAlgèria\nMembre des de 2023\nVeure fitxa\n\n"
        "Tànger\nMarroc\nMembre des de 2014\nVeure fitxa",
        "Vols que la teva ciutat s'hi sumi? Consulta els requisits d'adhesió.\n\n"
        "La propera assemblea general se celebrarà a Marsella a l'octubre.",
        "Valencia/ES; Palma/ES; Tarragona/ES; Marseille/FR; Montpellier/FR; Perpignan/FR; "
        "Genoa/IT; Naples/IT; Valletta/MT; Split/HR; Athens/GR; Izmir/TR; Beirut/LB; "
        "Alexandria/EG; Tunis/TN; Sfax/TN; Algiers/DZ; Tangier/MA",
        "member cards four lines a city: Catalan exonym, country in Catalan, `Membre des de "
        "YYYY`, `Veure fitxa`; secretariat in Barcelona not a member; Alexandria in Egypt, "
        "Valencia (`València`) not Venezuela's",
    ),
    Page(
        "hr-izjava-tablica-rbr-grad-opcina-zupanija-potpisnik",
        "hr",
        "table_tabs;numbered;region_after;person_after;not_signatory;no_country",
        "Izjava jadranskih gradova i općina o upravljanju turističkim opterećenjem",
        (2024, 10, 17),
        "Naslovnica / Vijesti / Priopćenja\n\n"
        "Na skupu jadranskih gradova i općina održanom u Opatiji, čiji je domaćin bio Grad "
        "Opatija, trinaest jedinica lokalne samouprave potpisalo je Izjavu o upravljanju "
        "turističkim opterećenjem. Potpisnici se obvezuju do 2026. izraditi procjenu "
        "nosivog kapaciteta, uvesti ograničenja za nove kapacitete kratkoročnog najma u "
        "povijesnim jezgrama te uskladiti boravišnu pristojbu s troškovima komunalne "
        "infrastrukture.\n\n"
        "Izjavu su potpisali:",
        "Rbr.\tJedinica lokalne samouprave\tŽupanija\tPotpisnik\n"
        "1.\tGrad Rijeka\tPrimorsko-goranska\tMarko Jurić, gradonačelnik\n"
        "2.\tGrad Crikvenica\tPrimorsko-goranska\tIvana Rubeša, gradonačelnica\n"
        "3.\tGrad Krk\tPrimorsko-goranska\tDarko Žužić, gradonačelnik\n"
        "4.\tGrad Mali Lošinj\tPrimorsko-goranska\tAna Kovačić Jakovčić, gradonačelnica\n"
        "5.\tOpćina Omišalj\tPrimorsko-goranska\tTomislav Mrakovčić, načelnik\n"
        "6.\tGrad Novi Vinodolski\tPrimorsko-goranska\tBranko Lukanović, gradonačelnik\n"
        "7.\tGrad Pula – Città di Pola\tIstarska\tSandra Brajković, gradonačelnica\n"
        "8.\tGrad Rovinj – Città di Rovigno\tIstarska\tMatteo Benussi, gradonačelnik\n"
        "9.\tGrad Poreč – Città di Parenzo\tIstarska\tLoris Rakovac, gradonačelnik\n"
        "10.\tGrad Zadar\tZadarska\tMarin Perić, zamjenik gradonačelnika\n"
        "11.\tGrad Šibenik\tŠibensko-kninska\tJosip Bilić, gradonačelnik\n"
        "12.\tGrad Makarska\tSplitsko-dalmatinska\tNikola Ševelj, gradonačelnik\n"
        "13.\tGrad Dubrovnik\tDubrovačko-neretvanska\tIvo Kralj, gradonačelnik",
        "Izjava je otvorena za pristupanje drugim jedinicama lokalne samouprave. Sljedeći "
        "skup održat će se u proljeće u Splitu.\n\n"
        "Preuzmite Izjavu (PDF, 240 kB)",
        "Rijeka/HR; Crikvenica/HR; Krk/HR; Mali Lošinj/HR; Omišalj/HR; Novi Vinodolski/HR; "
        "Pula/HR; Rovinj/HR; Poreč/HR; Zadar/HR; Šibenik/HR; Makarska/HR; Dubrovnik/HR",
        "tab table `Rbr.`, `Grad X` / `Općina X` (Istrian ones bilingual `Grad Pula – Città "
        "di Pola`), county adjective, signer; host Opatija and next venue Split not "
        "signatories",
    ),
    Page(
        "sl-izjava-alpskih-obcin-numerirano-obcina-zupan-gostiteljica",
        "sl",
        "numbered;person_after;inflected;not_signatory;no_country",
        "Občine podpisale izjavo o trajnostni mobilnosti v alpskih dolinah",
        (2025, 5, 30),
        "Domov » Novice » Sporočila za javnost\n\n"
        "Župani dvanajstih gorenjskih in primorskih občin so v petek v Kranjski Gori "
        "podpisali Izjavo o trajnostni mobilnosti v alpskih dolinah. Občine se zavezujejo, "
        "da bodo do leta 2028 uvedle sezonske avtobusne povezave do izhodišč v Triglavskem "
        "narodnem parku, omejile dnevni promet na prelaza Vršič in Mangart ter skupaj "
        "kandidirale za evropska sredstva.\n\n"
        "»V sezoni nas obišče desetkrat več ljudi, kot nas tu živi, in večina pride z "
        "avtom,« je ob podpisu dejal župan gostiteljice, Občine Kranjska Gora, ki bo "
        "izjavo podpisala po sklepu občinskega sveta.\n\n"
        "Podpisnice izjave:",
        "1. Občina Bled – župan Janez Petek\n"
        "2. Občina Bovec – županja Mojca Kravanja\n"
        "3. Občina Kobarid – župan Robert Drole\n"
        "4. Občina Tolmin – župan Uroš Kenda\n"
        "5. Občina Jesenice – župan Boštjan Smolej\n"
        "6. Občina Radovljica – župan Aleš Jalen\n"
        "7. Občina Tržič – župan Gregor Meglič\n"
        "8. Občina Kamnik – županja Tatjana Gradišek\n"
        "9. Občina Škofja Loka – župan Andrej Pintar\n"
        "10. Občina Žiri – župan Matej Kopač\n"
        "11. Občina Idrija – županja Urška Lapajne\n"
        "12. Občina Cerkno – župan Gašper Prezelj",
        "Izjavi sta se kot podpornika pridružila Javni zavod Triglavski narodni park in "
        "Regionalna razvojna agencija Gorenjske. Besedilo izjave je na voljo spodaj.\n\n"
        "Izjava (PDF, 310 KB)",
        "Bled/SI; Bovec/SI; Kobarid/SI; Tolmin/SI; Jesenice/SI; Radovljica/SI; Tržič/SI; "
        "Kamnik/SI; Škofja Loka/SI; Žiri/SI; Idrija/SI; Cerkno/SI",
        "numbered `Občina X – župan Name` lines; the host Kranjska Gora (locative `v "
        "Kranjski Gori`) has not signed yet; supporters after the list",
    ),
    Page(
        "lv-atklata-vestule-domes-priekssedetaji-genitivs-abas-kartibas",
        "lv",
        "one_a_line;inflected;person_before;person_after;not_signatory;no_country",
        "Pašvaldību vadītāju atklātā vēstule par reģionālo autoceļu finansējumu",
        (2025, 3, 6),
        "Sākums / Aktualitātes / Paziņojumi\n\n"
        "Saeimas priekšsēdētājai\nMinistru prezidentei\nSatiksmes ministram\n\n"
        "ATKLĀTĀ VĒSTULE\n\n"
        "Par valsts reģionālo un vietējo autoceļu finansējumu 2026.–2028. gadā\n\n"
        "Mēs, zemāk parakstījušies pašvaldību vadītāji, vēršamies pie jums, jo reģionālo "
        "autoceļu stāvoklis daudzviet ir kļuvis bīstams. Skolēnu autobusi, neatliekamā "
        "medicīniskā palīdzība un uzņēmumi ik dienu izmanto ceļus, kuru remonts atlikts "
        "jau desmit gadus. Lūdzam valsts budžetā paredzēt ilgtermiņa finansējumu un "
        "iesaistīt pašvaldības prioritāšu noteikšanā.\n\n"
        "Ar cieņu,",
        "Gunārs Bērziņš, Liepājas valstspilsētas pašvaldības domes priekšsēdētājs\n"
        "Ventspils valstspilsētas pašvaldības domes priekšsēdētājs Aivars Lūsis\n"
        "Inese Kalniņa, Jelgavas valstspilsētas pašvaldības domes priekšsēdētāja\n"
        "Jēkabpils valstspilsētas pašvaldības domes priekšsēdētājs Raimonds Ozols\n"
        "Daugavpils valstspilsētas pašvaldības domes priekšsēdētāja vietnieks Sergejs "
        "Ivanovs\n"
        "Rēzeknes valstspilsētas pašvaldības domes priekšsēdētājs Aleksandrs Stepanovs\n"
        "Jānis Krūmiņš, Valmieras novada pašvaldības domes priekšsēdētājs\n"
        "Cēsu novada pašvaldības domes priekšsēdētāja Līga Zariņa\n"
        "Andris Vītols, Siguldas novada pašvaldības domes priekšsēdētājs\n"
        "Ogres novada pašvaldības domes priekšsēdētājs Edgars Kļaviņš\n"
        "Dace Liepiņa, Tukuma novada pašvaldības domes priekšsēdētāja\n"
        "Talsu novada pašvaldības domes priekšsēdētājs Mārtiņš Zālītis\n"
        "Kuldīgas novada pašvaldības domes priekšsēdētāja Ilze Grīnberga\n"
        "Artis Bērziņš, Madonas novada pašvaldības domes priekšsēdētājs",
        "Vēstule nosūtīta arī Latvijas Pašvaldību savienībai Rīgā.\n\nVēstule PDF formātā",
        "Liepāja/LV; Ventspils/LV; Jelgava/LV; Jēkabpils/LV; Daugavpils/LV; Rēzekne/LV; "
        "Valmiera/LV; Cēsis/LV; Sigulda/LV; Ogre/LV; Tukums/LV; Talsi/LV; Kuldīga/LV; "
        "Madona/LV",
        "chairs of councils with genitive titles `Liepājas valstspilsētas` / `Cēsu novada "
        "pašvaldības domes priekšsēdētāja` before or after the name; addressees in Riga "
        "not signatories",
    ),
    Page(
        "bg-deklaratsiya-kmetove-running-domakin-kazanlak-nablyudatel-sofia",
        "bg",
        "running_text;not_signatory;no_country",
        "Кметове на 13 общини подписаха декларация за чист въздух",
        (2024, 12, 5),
        "Начало › Новини › Събития\n\n"
        "Тринадесет кметове на общини от цялата страна подписаха в Казанлък Декларация за "
        "чист въздух в българските градове. Документът беше приет по време на годишната "
        "среща на мрежата, чийто домакин тази година беше Община Казанлък.\n\n"
        "С декларацията общините се ангажират до 2027 г. да подменят отоплителните уреди на "
        "твърдо гориво в поне 10 000 домакинства, да разширят зелените площи и да въведат "
        "зони с ниски емисии в централните си части.",
        "Декларацията подписаха кметовете на Пловдив, Варна, Бургас, Русе, Стара Загора, "
        "Плевен, Велико Търново, Габрово, Благоевград, Шумен, Добрич, Сливен и Ямбол.",
        "Кметът на Столична община участва в срещата като наблюдател и заяви, че София ще "
        "реши дали да се присъедини след обсъждане в общинския съвет. Общините от мрежата "
        "ще се срещнат отново през пролетта в Смолян.\n\n"
        "Пълният текст на декларацията е публикуван в раздел „Документи“.",
        "Plovdiv/BG; Varna/BG; Burgas/BG; Ruse/BG; Stara Zagora/BG; Pleven/BG; "
        "Veliko Tarnovo/BG; Gabrovo/BG; Blagoevgrad/BG; Shumen/BG; Dobrich/BG; Sliven/BG; "
        "Yambol/BG",
        "13 cities in one sentence after `кметовете на` with `и`; host Kazanlak (`в "
        "Казанлък`), observer Sofia and next venue Smolyan not signatories",
    ),
    Page(
        "uk-zvernennia-oblasti-misto-tyre-miskyi-holova",
        "uk",
        "one_a_line;region_heading;person_after;not_signatory;no_country",
        "Звернення міських голів західних областей щодо фінансування укриттів у школах",
        (2025, 8, 19),
        "Головна / Новини / Заяви\n\n"
        "До Верховної Ради України та Кабінету Міністрів України\n\n"
        "Ми, міські голови громад західних областей, звертаємося з проханням передбачити в "
        "Державному бюджеті на 2026 рік окрему субвенцію на облаштування укриттів у "
        "закладах освіти. У наших громадах навчаються тисячі дітей внутрішньо переміщених "
        "осіб, і без укриттів школи не можуть працювати очно.\n\n"
        "Звернення ухвалено на Форумі громад у Львові 18 серпня 2025 року.\n\n"
        "Підписанти:",
        "Закарпатська область\n"
        "м. Ужгород — Богдан Ковальчук, міський голова\n"
        "м. Мукачево — Андрій Товт, міський голова\n\n"
        "Львівська область\n"
        "м. Дрогобич — Тарас Кучма, міський голова\n"
        "м. Стрий — Олег Савчин, міський голова\n\n"
        "Івано-Франківська область\n"
        "м. Калуш — Ігор Мельник, міський голова\n"
        "м. Коломия — Оксана Гнатюк, міська голова\n\n"
        "Тернопільська область\n"
        "м. Тернопіль — Василь Петрів, секретар міської ради, виконувач обов'язків міського "
        "голови\n"
        "м. Чортків — Роман Дячук, міський голова\n\n"
        "Волинська область\n"
        "м. Луцьк — Наталія Бойко, міська голова\n"
        "м. Ковель — Сергій Левчук, міський голова\n\n"
        "Рівненська область\n"
        "м. Рівне — Олександр Кравчук, міський голова\n"
        "м. Дубно — Віталій Сидорук, міський голова\n\n"
        "Хмельницька область\n"
        "м. Хмельницький — Юрій Шевчук, міський голова\n"
        "м. Кам'янець-Подільський — Микола Гуменюк, міський голова",
        "До звернення можуть приєднатися інші громади: надсилайте згоду на адресу "
        "секретаріату асоціації в Києві.",
        "Uzhhorod/UA; Mukachevo/UA; Drohobych/UA; Stryi/UA; Kalush/UA; Kolomyia/UA; "
        "Ternopil/UA; Chortkiv/UA; Lutsk/UA; Kovel/UA; Rivne/UA; Dubno/UA; Khmelnytskyi/UA; "
        "Kamianets-Podilskyi/UA",
        "`м. X — Name, міський голова` under oblast headings named for cities (Львівська, "
        "Тернопільська, Рівненська, Хмельницька); forum venue Lviv and secretariat Kyiv not "
        "signatories",
    ),
    Page(
        "ja-kamei-toshi-ichiran-kenbetsu-koron-toten",
        "ja",
        "several_a_line;region_before;region_like_country;not_signatory;no_country",
        "加盟都市一覧",
        (2025, 4, 1),
        "ホーム ＞ 協議会について ＞ 加盟都市\n\n"
        "歴史的な町並みと文化を生かしたまちづくりに取り組む都市が、情報交換と共同事業の"
        "ために加盟しています。加盟都市は次のとおりです（2025年4月1日現在、20市）。",
        "北海道：札幌市、旭川市、帯広市\n"
        "青森県：弘前市、八戸市\n"
        "岩手県：盛岡市\n"
        "宮城県：仙台市\n"
        "新潟県：長岡市、上越市\n"
        "長野県：松本市、飯田市\n"
        "富山県：高岡市\n"
        "石川県：金沢市\n"
        "静岡県：浜松市\n"
        "岡山県：倉敷市\n"
        "広島県：尾道市\n"
        "福岡県：北九州市、久留米市\n"
        "熊本県：熊本市\n"
        "鹿児島県：鹿児島市",
        "※加盟を希望する自治体は、事務局までお問い合わせください。\n\n"
        "事務局：〒100-0014 東京都千代田区永田町2丁目\n"
        "TEL 03-3581-0000",
        "Sapporo/JP; Asahikawa/JP; Obihiro/JP; Hirosaki/JP; Hachinohe/JP; Morioka/JP; "
        "Sendai/JP; Nagaoka/JP; Jōetsu/JP; Matsumoto/JP; Iida/JP; Takaoka/JP; Kanazawa/JP; "
        "Hamamatsu/JP; Kurashiki/JP; Onomichi/JP; Kitakyushu/JP; Kurume/JP; Kumamoto/JP; "
        "Kagoshima/JP",
        "prefecture before a colon then its cities with `、`; prefectures named like cities "
        "(長野県, 新潟県, 岡山県, 広島県, 福岡県 ...) are not members; 熊本市 and 鹿児島市 "
        "follow their namesake prefectures; secretariat in Tokyo",
    ),
    Page(
        "vi-tuyen-bo-chung-ubnd-gach-dau-dong-tinh-ngoac-can-tho-dang-cai",
        "vi",
        "bulleted;region_after;not_signatory;no_country",
        "Các đô thị vùng Đồng bằng sông Cửu Long ký Tuyên bố chung về thích ứng biến đổi khí hậu",
        (2024, 6, 14),
        "Trang chủ / Tin tức / Hoạt động hội viên\n\n"
        "Ngày 13/6, tại Hội nghị các đô thị vùng Đồng bằng sông Cửu Long do UBND thành phố "
        "Cần Thơ đăng cai tổ chức, đại diện lãnh đạo 14 đô thị trong vùng đã ký Tuyên bố "
        "chung về thích ứng với biến đổi khí hậu và phát triển đô thị xanh.\n\n"
        "Theo Tuyên bố chung, các đô thị cam kết phối hợp chống ngập, xâm nhập mặn và sạt "
        "lở bờ sông; chia sẻ dữ liệu quan trắc; ưu tiên vốn đầu tư công cho hạ tầng thoát "
        "nước và cây xanh đô thị đến năm 2030.\n\n"
        "Các đơn vị ký Tuyên bố chung gồm:",
        "- UBND thành phố Long Xuyên (tỉnh An Giang)\n"
        "- UBND thành phố Châu Đốc (tỉnh An Giang)\n"
        "- UBND thành phố Mỹ Tho (tỉnh Tiền Giang)\n"
        "- UBND thành phố Rạch Giá (tỉnh Kiên Giang)\n"
        "- UBND thành phố Cà Mau (tỉnh Cà Mau)\n"
        "- UBND thành phố Sóc Trăng (tỉnh Sóc Trăng)\n"
        "- UBND thành phố Bạc Liêu (tỉnh Bạc Liêu)\n"
        "- UBND thành phố Vĩnh Long (tỉnh Vĩnh Long)\n"
        "- UBND thành phố Bến Tre (tỉnh Bến Tre)\n"
        "- UBND thành phố Trà Vinh (tỉnh Trà Vinh)\n"
        "- UBND thành phố Cao Lãnh (tỉnh Đồng Tháp)\n"
        "- UBND thành phố Sa Đéc (tỉnh Đồng Tháp)\n"
        "- UBND thành phố Tân An (tỉnh Long An)\n"
        "- UBND thành phố Vị Thanh (tỉnh Hậu Giang)",
        "Phát biểu tại hội nghị, đại diện Bộ Xây dựng đánh giá cao sáng kiến và đề nghị các "
        "địa phương sớm cụ thể hóa Tuyên bố chung bằng kế hoạch hành động. Hội nghị lần sau "
        "dự kiến tổ chức tại TP. Hồ Chí Minh.",
        "Long Xuyên/VN; Châu Đốc/VN; Mỹ Tho/VN; Rạch Giá/VN; Cà Mau/VN; Sóc Trăng/VN; "
        "Bạc Liêu/VN; Vĩnh Long/VN; Bến Tre/VN; Trà Vinh/VN; Cao Lãnh/VN; Sa Đéc/VN; "
        "Tân An/VN; Vị Thanh/VN",
        "bullets `UBND thành phố X (tỉnh Y)`, several provinces named like their cities; "
        "host Cần Thơ and next venue Ho Chi Minh City not signatories",
    ),
]

"""Hand-written pages, batch zo: held out from round 20 (branch acczo), written without reading the
reader, its tests or the other batches' pages beyond the format: 7 joint statements, declarations,
open letters and communiqués with their signatories and 7 member pages (an annual report's annex,
award winners, programme participants, new members' news, directories), one in each of en, fr,
de, es, it, pt, nl, pl, sv, da, cs, ro, ru, tr (5 to 24 entries): an open letter to the G20 whose
signatories are `Mayor Name — City, Country` lines with official bodies (`eThekwini Municipality
(Durban)`, `Dhaka North City Corporation`), a mayor surnamed Lima and Tbilisi, Georgia, beside an
addressee in Johannesburg; a French annex table of `Ville de X` with department, tier and year
columns and two groupings of communes; German three-line signature blocks `Name` / title / `Stadt
X` with honorific names and a mayor surnamed Lindau, the venue Leipzig and the addressee Berlin;
Spanish award winners by category with `Primer premio:` / `Mención especial:` lines, the jury's
seat and the ceremony's city; an Italian letter signed in one sentence `dai sindaci di ... oltre
che dalla vicesindaca di Napoli e dall'assessore della Spezia`, with foreign examples and two
observers; Portuguese directory cards `Município de X` / `Distrito: Y` / `Membro desde` where a
district shares a city's name; a Dutch and Flemish programme's bullets `Gemeente X (provincie)`
with both Limburgs; a Polish tab table of `Miasto`/`Gmina Miejska` bodies, voivodeship and signer
columns, and the host Łódź; Swedish `Name, title, Göteborgs Stad` lines across the Nordic
countries with a signer surnamed Lund and the host Umeå; Danish new members in running text with
`og` and `Kommune` after the last; Czech member cards `Město X` / kraj / `Členem od` / `Detail`;
Romanian `Municipiul X, prin primar Name` lines with a county council and the host Alba Iulia;
Russian directory entries `г. X (Country)` with `Член с` and `Подробнее`; Turkish two-line blocks
`Name` / `X Belediye Başkanı` with district municipalities, a mayor surnamed Tokat and the host
Mersin. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-open-letter-g20-mayor-name-dash-city-country",
        "en",
        "one_a_line;person_before;not_signatory;person_named_like_place;body_not_city;"
        "region_like_country",
        "Open letter from mayors to G20 leaders: finance adaptation where people live",
        (2025, 11, 14),
        "Home / Campaigns / Adaptation Finance Now\n\n"
        "OPEN LETTER\n\n"
        "To the Heads of State and Government of the G20, care of the G20 Presidency, "
        "Johannesburg\n\n"
        "Excellencies,\n\n"
        "Ten years after the Paris Agreement, the cities we lead are already paying for a "
        "climate they did not cause. Floods, heatwaves and droughts destroyed more than a "
        "trillion dollars of urban assets in the last decade, and less than ten per cent of "
        "international adaptation finance ever reached a local government.\n\n"
        "As you meet in South Africa, and as governments prepare the next steps agreed at COP30 "
        "in Belém, we ask you to:\n\n"
        "- triple adaptation finance that cities can access directly, without a sovereign "
        "guarantee;\n"
        "- let development banks lend in local currency to creditworthy municipalities;\n"
        "- count urban adaptation plans in national adaptation plans, as the Sendai Framework "
        "already asks.\n\n"
        "Our residents cannot wait for another round of negotiations.\n\n"
        "Yours sincerely,\n\n"
        "Signatories (24, as of 14 November 2025)",
        "Mayor Abena Mensah — Accra, Ghana\n"
        "Mayor Aïssatou Diop — Dakar, Senegal\n"
        "Mayor Fatmata Koroma — Freetown, Sierra Leone\n"
        "Governor Joseph Odhiambo — Nairobi City County, Kenya\n"
        "Lord Mayor Moses Ssemanda — Kampala Capital City Authority, Uganda\n"
        "Mayor Thandiwe Nkosi — eThekwini Municipality (Durban), South Africa\n"
        "Mayor Grace Mwakyusa — Dar es Salaam, Tanzania\n"
        "Mayor Youssef Benali — Agadir, Morocco\n"
        "Mayor Rana Haddad — Irbid, Jordan\n"
        "Mayor Nino Beridze — Tbilisi, Georgia\n"
        "Mayor Rafiqul Islam — Dhaka North City Corporation, Bangladesh\n"
        "Mayor Priya Nair — Thiruvananthapuram, India\n"
        "Mayor Maria Cristina Santos — Quezon City, Philippines\n"
        "Mayor Arif Hidayat — Semarang, Indonesia\n"
        "Mayor Nguyen Thi Lan — Can Tho, Viet Nam\n"
        "Mayor Sofia Lima — Recife, Brazil\n"
        "Mayor Tomás Aguirre — Rosario, Argentina\n"
        "Mayor Lucía Fernández — Montevideo, Uruguay\n"
        "Mayor Carlos Restrepo — Medellín, Colombia\n"
        "Mayor Ana Gutiérrez — Quito, Ecuador\n"
        "Mayor Daniela Ortiz — Monterrey, Mexico\n"
        "Mayor Kevin Baptiste — Port of Spain, Trinidad and Tobago\n"
        "Mayor Olivia Grant — Kingston, Jamaica\n"
        "Mayor Teuila Faleolo — Apia, Samoa",
        "Is your city missing? Mayors can add their name to the letter until the G20 Leaders' "
        "Summit. Sign the letter\n\n"
        "The letter is coordinated by the Alliance's secretariat in Cape Town. For press "
        "enquiries: press@example.org",
        "Accra/GH; Dakar/SN; Freetown/SL; Nairobi/KE; Kampala/UG; Durban/ZA; Dar es Salaam/TZ; "
        "Agadir/MA; Irbid/JO; Tbilisi/GE; Dhaka/BD; Thiruvananthapuram/IN; Quezon City/PH; "
        "Semarang/ID; Can Tho/VN; Recife/BR; Rosario/AR; Montevideo/UY; Medellín/CO; Quito/EC; "
        "Monterrey/MX; Port of Spain/TT; Kingston/JM; Apia/WS",
        "`Title Name — City, Country` lines, some cities as official bodies (`Nairobi City "
        "County`, `Kampala Capital City Authority`, `eThekwini Municipality (Durban)`, `Dhaka "
        "North City Corporation`); a mayor surnamed Lima; Tbilisi, Georgia; the addressee "
        "Johannesburg, Paris Agreement, Belém, Sendai and the secretariat Cape Town in the text",
    ),
    Page(
        "fr-annexe-rapport-annuel-tableau-collectivites-departement-strate",
        "fr",
        "table_tabs;columns_after;body_not_city;no_country",
        "Rapport d'activité 2024 – Annexe 3 : liste des collectivités adhérentes",
        (2025, 4, 7),
        "Accueil > Ressources > Rapports d'activité > Rapport 2024\n\n"
        "Rapport d'activité 2024\n\n"
        "Sommaire\n1. Le mot de la présidente\n2. Nos actions en 2024\n3. Vie du réseau\n"
        "4. Comptes et budget\nAnnexes\n\n"
        "Annexe 3 – Collectivités adhérentes au 31 décembre 2024\n\n"
        "Le réseau comptait 21 collectivités adhérentes au 31 décembre 2024, dont quatre "
        "nouvelles (marquées d'un astérisque). L'assemblée générale du 14 juin 2024, accueillie "
        "par la Ville de Clermont-Ferrand, a pris acte du départ de la commune de Vierzon.\n\n"
        "Strate : A = moins de 20 000 habitants ; B = 20 000 à 100 000 ; C = plus de 100 000 ; "
        "I = intercommunalité.",
        "Collectivité\tDépartement\tStrate\tAdhésion\n"
        "Ville d'Angers\tMaine-et-Loire (49)\tC\t2009\n"
        "Ville d'Annecy\tHaute-Savoie (74)\tC\t2017\n"
        "Ville de Besançon\tDoubs (25)\tC\t2009\n"
        "Brest Métropole\tFinistère (29)\tI\t2012\n"
        "Ville de Charleville-Mézières*\tArdennes (08)\tB\t2024\n"
        "Ville de Dunkerque\tNord (59)\tB\t2010\n"
        "Grenoble-Alpes Métropole\tIsère (38)\tI\t2014\n"
        "Ville de La Rochelle\tCharente-Maritime (17)\tB\t2009\n"
        "Ville de Lorient\tMorbihan (56)\tB\t2015\n"
        "Ville de Loos-en-Gohelle\tPas-de-Calais (62)\tA\t2011\n"
        "Ville de Metz\tMoselle (57)\tC\t2013\n"
        "Ville de Montreuil\tSeine-Saint-Denis (93)\tC\t2016\n"
        "Ville de Mulhouse\tHaut-Rhin (68)\tC\t2010\n"
        "Ville de Niort*\tDeux-Sèvres (79)\tB\t2024\n"
        "Communauté d'agglomération du Pays Basque\tPyrénées-Atlantiques (64)\tI\t2019\n"
        "Ville de Poitiers\tVienne (86)\tB\t2012\n"
        "Ville de Saint-Brieuc*\tCôtes-d'Armor (22)\tB\t2024\n"
        "Ville de Saint-Étienne\tLoire (42)\tC\t2018\n"
        "Ville de Tours\tIndre-et-Loire (37)\tC\t2011\n"
        "Ville de Valence\tDrôme (26)\tB\t2020\n"
        "Ville de Villeurbanne*\tRhône (69)\tC\t2024",
        "* nouvelle adhésion en 2024\n\n"
        "Annexe 4 – Composition du conseil d'administration\n\n"
        "Télécharger le rapport complet (PDF, 4,2 Mo)",
        "Angers/FR; Annecy/FR; Besançon/FR; Brest Métropole|Brest Metropolis/FR/metropolitan area; "
        "Charleville-Mézières/FR; Dunkerque|Dunkirk/FR; "
        "Grenoble-Alpes Métropole|Grenoble Alpes Metropolis/FR/metropolitan area; La Rochelle/FR; "
        "Lorient/FR; Loos-en-Gohelle/FR; Metz/FR; Montreuil/FR; Mulhouse/FR; Niort/FR; "
        "Communauté d'agglomération du Pays Basque|Basque Country Agglomeration Community/FR/"
        "union of municipalities; Poitiers/FR; Saint-Brieuc/FR; Saint-Étienne/FR; Tours/FR; "
        "Valence/FR; Villeurbanne/FR",
        "an annual report's annex: a tab table of `Ville de X` with department, tier and year "
        "columns, `*` after new members, two metropoles and an agglomeration community; the "
        "assembly's host Clermont-Ferrand and Vierzon, which left, in the text",
    ),
    Page(
        "de-gemeinsame-erklaerung-drei-zeilen-name-titel-stadt",
        "de",
        "one_a_line;person_before;not_signatory;person_named_like_place",
        "Gemeinsame Erklärung: Das Deutschlandticket braucht eine sichere Zukunft",
        (2025, 5, 21),
        "Startseite > Presse > Erklärungen\n\n"
        "Gemeinsame Erklärung von Oberbürgermeisterinnen und Oberbürgermeistern zum "
        "Deutschlandticket\n\n"
        "Das Deutschlandticket hat in zwei Jahren mehr Menschen in Busse und Bahnen gebracht als "
        "jede Tarifreform zuvor. Doch seine Finanzierung ist weiterhin nur von Jahr zu Jahr "
        "gesichert. Die Verkehrsunternehmen in unseren Städten können so weder Fahrzeuge "
        "bestellen noch Personal einstellen.\n\n"
        "Wir fordern Bund und Länder auf,\n"
        "• die Finanzierung des Tickets bis mindestens 2030 gesetzlich festzuschreiben,\n"
        "• die Mittel für den Ausbau des Angebots im ländlichen Raum aufzustocken und\n"
        "• die Kommunen an der Weiterentwicklung des Tarifs zu beteiligen.\n\n"
        "Die Erklärung wurde am Rande der Hauptversammlung in Leipzig beschlossen und am "
        "21. Mai 2025 in Berlin an den Bundesminister für Verkehr übergeben.\n\n"
        "Unterzeichnet von:",
        "Katrin Albers\nOberbürgermeisterin\nLandeshauptstadt München\n\n"
        "Dr. Tobias Renner\nErster Bürgermeister\nFreie und Hansestadt Hamburg\n\n"
        "Miriam Özdemir\nOberbürgermeisterin\nStadt Köln\n\n"
        "Stefan Hartwig\nOberbürgermeister\nStadt Frankfurt am Main\n\n"
        "Dr. Frank Wieland\nOberbürgermeister\nLandeshauptstadt Stuttgart\n\n"
        "Susanne Kraus\nOberbürgermeisterin\nStadt Nürnberg\n\n"
        "Markus Terhorst\nOberbürgermeister\nStadt Münster\n\n"
        "Julia Brenner\nOberbürgermeisterin\nStadt Freiburg im Breisgau\n\n"
        "Boris Hahnemann\nOberbürgermeister\nUniversitätsstadt Tübingen\n\n"
        "Andreas Vogt\nBürgermeister für Umwelt und Verkehr\nStadt Karlsruhe\n\n"
        "Lena Marx\nOberbürgermeisterin\nStadt Bonn\n\n"
        "Jens Lindau\nOberbürgermeister\nStadt Offenbach am Main\n\n"
        "Claudia Petersen\nOberbürgermeisterin\nHanse- und Universitätsstadt Rostock\n\n"
        "Thomas Zeiske\nOberbürgermeister\nLutherstadt Wittenberg\n\n"
        "Heike Brandt\nOberbürgermeisterin\nStadt Mülheim an der Ruhr",
        "Weitere Städte können sich der Erklärung anschließen. Kontakt: Geschäftsstelle "
        "Verkehr, verkehr@example.de\n\n"
        "Erklärung als PDF herunterladen (180 KB)",
        "Munich/DE; Hamburg/DE; Cologne/DE; Frankfurt am Main/DE; Stuttgart/DE; Nuremberg/DE; "
        "Münster/DE; Freiburg im Breisgau|Freiburg/DE; Tübingen/DE; Karlsruhe/DE; Bonn/DE; "
        "Offenbach am Main|Offenbach/DE; Rostock/DE; Lutherstadt Wittenberg|Wittenberg/DE; "
        "Mülheim an der Ruhr|Mülheim/DE",
        "three-line signature blocks `Name` / title / `Stadt X` with honorific names "
        "(`Landeshauptstadt`, `Freie und Hansestadt`, `Universitätsstadt`, `Hanse- und "
        "Universitätsstadt`, `Lutherstadt`); a mayor surnamed Lindau; the venue Leipzig and the "
        "addressee Berlin in the text",
    ),
    Page(
        "es-premios-ganadores-categoria-primer-premio-mencion",
        "es",
        "one_a_line;columns_after;country_in_language;not_signatory;majority_other_country",
        "Premios Ciudades que Cuidan 2025: estas son las ciudades ganadoras",
        (2025, 10, 3),
        "Inicio » Actualidad » Noticias\n\n"
        "Premios Ciudades que Cuidan 2025: estas son las ciudades ganadoras\n\n"
        "El jurado internacional, reunido el pasado mes de julio en la sede de la red en "
        "Valencia, ha evaluado 87 candidaturas de 19 países. Las ciudades premiadas recibirán su "
        "galardón en la gala que se celebrará el 20 de noviembre en el Teatro Lope de Vega de "
        "Sevilla, en el marco del Congreso Iberoamericano de Ciudades.\n\n"
        "«La calidad de las candidaturas demuestra que el cuidado ya es una política urbana de "
        "primer orden», señaló la presidenta del jurado, Inés Carrasco.\n\n"
        "Ganadoras por categoría",
        "Categoría Cuidados y tiempo\n"
        "Primer premio: Pontevedra (España) – «Pontevedra cuida»\n"
        "Mención especial: Rosario (Argentina) – Red de Centros de Cuidado Barrial\n\n"
        "Categoría Espacio público\n"
        "Primer premio: Vitoria-Gasteiz (España) – Supermanzanas de barrio\n"
        "Mención especial: Curitiba (Brasil) – Calles para jugar\n\n"
        "Categoría Personas mayores\n"
        "Primer premio: Cuenca (Ecuador) – Barrios amigables\n"
        "Mención especial: Rivas-Vaciamadrid (España) – Vecindad activa\n\n"
        "Categoría Infancia\n"
        "Primer premio: Querétaro (México) – Ruta escolar segura\n"
        "Mención especial: Valparaíso (Chile) – Cerros que juegan\n\n"
        "Premio del público\n"
        "Zaragoza (España) – Comedores escolares abiertos en verano",
        "Consulta las bases de la próxima edición\n\n"
        "La convocatoria 2026 se abrirá en febrero. Más información en premios@example.org",
        "Pontevedra/ES; Rosario/AR; Vitoria-Gasteiz/ES; Curitiba/BR; Cuenca/EC; "
        "Rivas-Vaciamadrid/ES; Santiago de Querétaro|Querétaro/MX; Valparaíso/CL; Zaragoza/ES",
        "award winners by category, `Primer premio: City (País) – project` lines; Cuenca, "
        "Ecuador among Spanish winners; the jury's seat Valencia and the gala in Sevilla not "
        "winners",
    ),
    Page(
        "it-lettera-sindaci-citta-30-frase-unica-osservatrici",
        "it",
        "running_text;inflected;not_signatory;no_country",
        "Città 30, la lettera dei sindaci al Governo: «Lasciateci salvare vite»",
        (2025, 2, 11),
        "Home › Notizie › Mobilità\n\n"
        "Città 30, la lettera dei sindaci al Governo: «Lasciateci salvare vite»\n\n"
        "Roma, 11 febbraio 2025 – È stata consegnata questa mattina al Ministero delle "
        "Infrastrutture la lettera aperta con cui un gruppo di amministrazioni chiede di non "
        "limitare la possibilità per i Comuni di introdurre il limite dei 30 km/h nei centri "
        "abitati. La lettera è stata presentata nella sala della Protomoteca del Campidoglio, "
        "ospiti del Comune di Roma.\n\n"
        "I sindaci ricordano che le città europee che hanno adottato il limite, come Parigi, "
        "Bruxelles e Graz, hanno ridotto in pochi anni i morti e i feriti gravi sulle loro "
        "strade, e chiedono un confronto prima di qualsiasi modifica al Codice della strada.",
        "La lettera è firmata dai sindaci di Bologna, Torino, Firenze, Padova, Bergamo, Parma, "
        "Reggio Emilia, Pesaro, Lecce, Cagliari e Trento, oltre che dalla vicesindaca di Napoli "
        "e dall'assessore alla mobilità della Spezia.",
        "Milano e Genova, che stanno valutando l'estensione delle zone 30, hanno seguito i "
        "lavori come osservatrici e non hanno firmato.\n\n"
        "«Non chiediamo soldi, chiediamo di poter decidere sulle nostre strade», ha detto il "
        "sindaco di Bologna, Paolo Ferri, a nome dei firmatari.\n\n"
        "Leggi il testo integrale della lettera",
        "Bologna/IT; Turin/IT; Florence/IT; Padua/IT; Bergamo/IT; Parma/IT; Reggio Emilia/IT; "
        "Pesaro/IT; Lecce/IT; Cagliari/IT; Trento/IT; Naples/IT; La Spezia/IT",
        "signatories in one sentence `dai sindaci di A, B ... e C, oltre che dalla vicesindaca "
        "di Napoli e dall'assessore ... della Spezia`; the host Rome, the examples Paris, "
        "Brussels and Graz, and the observers Milan and Genoa not signatories",
    ),
    Page(
        "pt-diretorio-municipios-distrito-membro-desde-saber-mais",
        "pt",
        "one_a_line;region_after;columns_after;no_country;majority_other_country",
        "Municípios membros",
        (2025, 1, 20),
        "Início | A Rede | Municípios membros | Projetos | Notícias | Contactos\n\n"
        "Municípios membros\n\n"
        "A Rede reúne municípios de todo o país empenhados em pôr a saúde e o bem-estar no "
        "centro das políticas locais. Conheça os nossos membros.\n\n"
        "Filtrar por distrito / região autónoma\nTodos\n\n"
        "A mostrar 13 municípios",
        "Município de Almada\nDistrito: Setúbal\nMembro desde 1997\nSaber mais\n\n"
        "Município da Amadora\nDistrito: Lisboa\nMembro desde 2002\nSaber mais\n\n"
        "Município de Bragança\nDistrito: Bragança\nMembro desde 2010\nSaber mais\n\n"
        "Município de Évora\nDistrito: Évora\nMembro desde 2004\nSaber mais\n\n"
        "Município do Funchal\nRegião Autónoma da Madeira\nMembro desde 2015\nSaber mais\n\n"
        "Município de Lagoa\nRegião Autónoma dos Açores\nMembro desde 2019\nSaber mais\n\n"
        "Município de Loures\nDistrito: Lisboa\nMembro desde 2008\nSaber mais\n\n"
        "Município de Odivelas\nDistrito: Lisboa\nMembro desde 2012\nSaber mais\n\n"
        "Município de Ponta Delgada\nRegião Autónoma dos Açores\nMembro desde 2019\n"
        "Saber mais\n\n"
        "Município do Seixal\nDistrito: Setúbal\nMembro desde 1998\nSaber mais\n\n"
        "Município de Setúbal\nDistrito: Setúbal\nMembro desde 2001\nSaber mais\n\n"
        "Município de Viana do Castelo\nDistrito: Viana do Castelo\nMembro desde 2006\n"
        "Saber mais\n\n"
        "Município de Vila Real\nDistrito: Vila Real\nMembro desde 2011\nSaber mais",
        "Quer que o seu município adira à Rede? Consulte o regulamento de adesão.\n\n"
        "Secretariado Técnico: Câmara Municipal de Coimbra",
        "Almada/PT; Amadora/PT; Bragança/PT; Évora/PT; Funchal/PT; Lagoa/PT; Loures/PT; "
        "Odivelas/PT; Ponta Delgada/PT; Seixal/PT; Setúbal/PT; Viana do Castelo/PT; "
        "Vila Real/PT",
        "directory cards `Município de X` / `Distrito: Y` / `Membro desde` / `Saber mais`, "
        "districts named like their seats (Setúbal under Setúbal and over Almada), Lagoa in the "
        "Azores; the secretariat Coimbra after the list",
    ),
    Page(
        "nl-deelnemers-leernetwerk-gemeente-stad-provincie-limburg",
        "nl",
        "bulleted;region_after;region_like_country;not_signatory;no_country",
        "Deze gemeenten doen mee aan het Leernetwerk Circulaire Gemeenten 2025",
        (2025, 3, 4),
        "Home / Programma's / Leernetwerk Circulaire Gemeenten\n\n"
        "Deze gemeenten doen mee aan het Leernetwerk Circulaire Gemeenten 2025\n\n"
        "Voor de derde editie van het leernetwerk hebben zich zestien gemeenten uit Nederland "
        "en Vlaanderen aangemeld. Een jaar lang werken ze samen aan circulair inkopen, "
        "hergebruik van bouwmaterialen en reparatie in de wijk. De aftrap is op 27 maart in "
        "Utrecht; de slotbijeenkomst volgt in november in Mechelen.\n\n"
        "Het programma wordt begeleid door het kennisteam in Den Haag en de Vlaamse partner "
        "in Brussel.\n\n"
        "Deelnemers 2025",
        "• Gemeente Almere (Flevoland)\n"
        "• Gemeente Amersfoort (Utrecht)\n"
        "• Gemeente Den Helder (Noord-Holland)\n"
        "• Gemeente Deventer (Overijssel)\n"
        "• Gemeente Emmen (Drenthe)\n"
        "• Gemeente 's-Hertogenbosch (Noord-Brabant)\n"
        "• Gemeente Leeuwarden (Friesland)\n"
        "• Gemeente Nijmegen (Gelderland)\n"
        "• Gemeente Venlo (Limburg)\n"
        "• Gemeente Zaanstad (Noord-Holland)\n"
        "• Stad Aalst (Oost-Vlaanderen)\n"
        "• Stad Genk (Limburg)\n"
        "• Stad Hasselt (Limburg)\n"
        "• Stad Kortrijk (West-Vlaanderen)\n"
        "• Stad Leuven (Vlaams-Brabant)\n"
        "• Stad Turnhout (Antwerpen)",
        "Wil uw gemeente volgend jaar meedoen? De aanmelding voor 2026 opent in september.\n\n"
        "Lees ook: de resultaten van de eerste editie (PDF)",
        "Almere/NL; Amersfoort/NL; Den Helder/NL; Deventer/NL; Emmen/NL; "
        "'s-Hertogenbosch|Den Bosch/NL; Leeuwarden/NL; Nijmegen/NL; Venlo/NL; Zaanstad/NL; "
        "Aalst/BE; Genk/BE; Hasselt/BE; Kortrijk/BE; Leuven/BE; Turnhout/BE",
        "programme participants as bullets `Gemeente X (provincie)` and `Stad X (provincie)`, "
        "Limburg in both countries, Utrecht and Antwerpen as provinces; the venues Utrecht and "
        "Mechelen and the coordinators in Den Haag and Brussel in the text",
    ),
    Page(
        "pl-deklaracja-tabela-lp-miasto-wojewodztwo-podpisal-gospodarz-lodz",
        "pl",
        "table_tabs;numbered;columns_after;person_after;not_signatory;no_country",
        "Deklaracja miast na rzecz czystego powietrza podpisana w Łodzi",
        (2024, 10, 17),
        "Strona główna > Aktualności > Deklaracja miast na rzecz czystego powietrza\n\n"
        "17 października 2024 r. w Łodzi przedstawiciele 15 miast podpisali Deklarację miast na "
        "rzecz czystego powietrza. Gospodarzem spotkania była prezydentka Łodzi, która "
        "podkreśliła, że walka ze smogiem wymaga współpracy samorządów i rządu.\n\n"
        "Sygnatariusze zobowiązują się m.in. do wymiany wszystkich nieekologicznych źródeł ciepła "
        "w budynkach komunalnych do 2028 r., rozwoju sieci ciepłowniczych oraz wspólnego "
        "monitorowania jakości powietrza. Deklaracja nawiązuje do celów dyrektywy UE w sprawie "
        "jakości powietrza oraz do doświadczeń Krakowa, który jako pierwsze miasto w Polsce "
        "wprowadził zakaz palenia węglem.\n\n"
        "Lista sygnatariuszy",
        "Lp.\tSamorząd\tWojewództwo\tPodpisał(a)\n"
        "1.\tMiasto Stołeczne Warszawa\tmazowieckie\tzastępca prezydenta Marek Wysocki\n"
        "2.\tGmina Miejska Kraków\tmałopolskie\tprezydent Andrzej Sobczak\n"
        "3.\tGmina Wrocław\tdolnośląskie\tprezydent Tomasz Lis\n"
        "4.\tMiasto Poznań\twielkopolskie\tzastępczyni prezydenta Agata Michalak\n"
        "5.\tMiasto Gdynia\tpomorskie\tprezydentka Joanna Kowal\n"
        "6.\tGmina Lublin\tlubelskie\tprezydent Piotr Szewczyk\n"
        "7.\tGmina Miasto Szczecin\tzachodniopomorskie\tprezydent Paweł Nowicki\n"
        "8.\tMiasto Bydgoszcz\tkujawsko-pomorskie\tprezydent Krzysztof Lewandowski\n"
        "9.\tGmina Miasta Toruń\tkujawsko-pomorskie\tprezydent Michał Rogalski\n"
        "10.\tMiasto Rzeszów\tpodkarpackie\tprezydent Łukasz Dudek\n"
        "11.\tMiasto Białystok\tpodlaskie\tzastępca prezydenta Adam Borowski\n"
        "12.\tMiasto Katowice\tśląskie\tprezydent Rafał Kubica\n"
        "13.\tMiasto Opole\topolskie\tprezydent Beata Grzelak\n"
        "14.\tGmina Olsztyn\twarmińsko-mazurskie\tprezydent Jerzy Kaczmarek\n"
        "15.\tMiasto Zielona Góra\tlubuskie\tprezydent Ewa Sikora",
        "Do deklaracji mogą przystąpić kolejne miasta. Formularz przystąpienia dostępny jest "
        "w biurze związku w Poznaniu.\n\n"
        "Pliki do pobrania:\nDeklaracja – treść (PDF)",
        "Warsaw/PL; Kraków/PL; Wrocław/PL; Poznań/PL; Gdynia/PL; Lublin/PL; Szczecin/PL; "
        "Bydgoszcz/PL; Toruń/PL; Rzeszów/PL; Białystok/PL; Katowice/PL; Opole/PL; Olsztyn/PL; "
        "Zielona Góra/PL",
        "a numbered tab table of bodies `Miasto Stołeczne Warszawa`, `Gmina Miejska Kraków`, "
        "`Gmina Miasta Toruń` with voivodeship and signer columns; the host Łódź, Krakowa in the "
        "text (a signatory too) and the office in Poznań (a signatory) after the list",
    ),
    Page(
        "sv-gemensamt-uttalande-nordiska-namn-titel-kommun-stad",
        "sv",
        "one_a_line;person_before;inflected;not_signatory;person_named_like_place",
        "Gemensamt uttalande: Nordens städer kräver snabbare laddinfrastruktur för tunga "
        "transporter",
        (2025, 6, 12),
        "Start / Aktuellt / Uttalanden\n\n"
        "Nordens städer kräver snabbare laddinfrastruktur för tunga transporter\n\n"
        "Vid Nordiska stadskonferensen i Umeå den 11–12 juni antog politiska företrädare för "
        "fjorton nordiska städer ett gemensamt uttalande om elektrifieringen av godstrafiken. "
        "Städerna uppmanar Nordiska ministerrådet och de nationella regeringarna att samordna "
        "utbyggnaden av snabbladdning längs de stora transportkorridorerna och att ge "
        "kommunerna möjlighet att inrätta nollutsläppszoner för varutransporter.\n\n"
        "– Lastbilarna som levererar till våra butiker kör över gränserna varje dag. Då måste "
        "också laddinfrastrukturen hänga ihop, sade konferensens värd, Umeå kommuns "
        "kommunstyrelseordförande.\n\n"
        "Uttalandet är undertecknat av:",
        "Sara Wikström, finansborgarråd, Stockholms stad\n"
        "Johan Ekberg, kommunstyrelsens ordförande, Göteborgs Stad\n"
        "Amira Hassan, kommunstyrelsens ordförande, Malmö stad\n"
        "Erik Lund, kommunstyrelsens ordförande, Linköpings kommun\n"
        "Maria Holm, kommunstyrelsens ordförande, Uppsala kommun\n"
        "Anders Nyström, kommunstyrelsens ordförande, Luleå kommun\n"
        "Ingrid Solberg, byrådsleder, Oslo kommune\n"
        "Henrik Aasen, ordfører, Trondheim kommune\n"
        "Mette Dahl, overborgmester, Københavns Kommune\n"
        "Søren Kjær, rådmand, Aarhus Kommune\n"
        "Jukka Heinonen, borgmästare, Helsingfors stad\n"
        "Minna Laaksonen, stadsfullmäktiges ordförande, Åbo stad\n"
        "Guðrún Jónsdóttir, borgarstjóri, Reykjavíkurborg\n"
        "Jógvan Poulsen, borgarstjóri, Tórshavnar kommuna",
        "Läs uttalandet i sin helhet (PDF)\n\n"
        "Nästa nordiska stadskonferens hålls 2026 i Tammerfors.",
        "Stockholm/SE; Gothenburg/SE; Malmö/SE; Linköping/SE; Uppsala/SE; Luleå/SE; Oslo/NO; "
        "Trondheim/NO; Copenhagen/DK; Aarhus/DK; Helsinki/FI; Turku/FI; Reykjavík/IS; "
        "Tórshavn/FO",
        "`Name, title, body` lines across the Nordic countries with Swedish names and genitives "
        "(`Göteborgs Stad`, `Linköpings kommun`, `Helsingfors stad`, `Åbo stad`, "
        "`Reykjavíkurborg`, `Tórshavnar kommuna`); a signer surnamed Lund; the host Umeå and the "
        "next venue Tammerfors (Tampere) not signatories",
    ),
    Page(
        "da-nye-medlemmer-loebende-tekst-og-kommune-vaert-odense",
        "da",
        "running_text;few;not_signatory;no_country",
        "Fem nye kommuner med i netværket for grønne byer",
        (2025, 2, 26),
        "Forside › Nyheder\n\n"
        "Fem nye kommuner med i netværket for grønne byer\n\n"
        "Netværket vokser igen. På repræsentantskabsmødet i Odense den 25. februar blev fem nye "
        "medlemmer budt velkommen, og netværket tæller nu 41 kommuner fra hele landet.",
        "De nye medlemmer er Herning, Svendborg, Frederikshavn, Hillerød og Haderslev Kommune.",
        "– Vi glæder os over, at så mange kommuner vil dele erfaringer om klimatilpasning og "
        "grønne byrum. Især er det godt at få flere kommuner fra Nordjylland og Sønderjylland "
        "med, siger netværkets formand, rådmand i Aalborg Kommune Lise Bech.\n\n"
        "De nye medlemmer deltager første gang i netværkets temadag om skybrudssikring, som "
        "afholdes i Vejle i april.\n\n"
        "Se alle medlemskommuner",
        "Herning/DK; Svendborg/DK; Frederikshavn/DK; Hillerød/DK; Haderslev/DK",
        "new members in one sentence with `og` and `Kommune` after the last name; the venue "
        "Odense, the chair's Aalborg and the next venue Vejle not new members",
    ),
    Page(
        "cs-clenske-karty-mesto-kraj-clenem-od-detail",
        "cs",
        "one_a_line;region_after;columns_after;no_country",
        "Členská města a obce",
        (2025, 3, 31),
        "Úvod / O síti / Členská města a obce\n\n"
        "Členská města a obce\n\n"
        "Síť sdružuje města a obce, které se zavázaly rozvíjet udržitelnou turistiku a "
        "pečovat o své památky. Níže najdete přehled všech členů včetně nově přijatých.\n\n"
        "Kraj\nVšechny kraje\nSeřadit: abecedně\n\nNalezeno 12 členů",
        "Město Český Krumlov\nJihočeský kraj\nČlenem od: 2008\nDetail\n\n"
        "Statutární město Jihlava\nKraj Vysočina\nČlenem od: 2011\nDetail\n\n"
        "Město Kolín\nStředočeský kraj\nČlenem od: 2016\nDetail\n\n"
        "Město Kutná Hora\nStředočeský kraj\nČlenem od: 2008\nDetail\n\n"
        "Město Litomyšl\nPardubický kraj\nČlenem od: 2009\nDetail\n\n"
        "Město Louny\nÚstecký kraj\nČlenem od: 2024 (nový člen)\nDetail\n\n"
        "Statutární město Most\nÚstecký kraj\nČlenem od: 2019\nDetail\n\n"
        "Město Písek\nJihočeský kraj\nČlenem od: 2013\nDetail\n\n"
        "Městys Štěchovice\nStředočeský kraj\nČlenem od: 2024 (nový člen)\nDetail\n\n"
        "Město Telč\nKraj Vysočina\nČlenem od: 2008\nDetail\n\n"
        "Město Třeboň\nJihočeský kraj\nČlenem od: 2010\nDetail\n\n"
        "Statutární město Znojmo\nJihomoravský kraj\nČlenem od: 2014\nDetail",
        "Chcete se stát členem? Přihlášku zasílejte na sekretariát sítě v Olomouci.",
        "Český Krumlov/CZ; Jihlava/CZ; Kolín/CZ; Kutná Hora/CZ; Litomyšl/CZ; Louny/CZ; Most/CZ; "
        "Písek/CZ; Štěchovice/CZ; Telč/CZ; Třeboň/CZ; Znojmo/CZ",
        "member cards `Město X` / kraj / `Členem od:` / `Detail`, a `Městys`, towns named like "
        "words (Most, Písek); the secretariat in Olomouc (locative) after the list",
    ),
    Page(
        "ro-declaratie-municipiul-prin-primar-consiliul-judetean-gazda-alba-iulia",
        "ro",
        "one_a_line;person_after;body_not_city;not_signatory;no_country",
        "Declarația de la Alba Iulia pentru acces direct al orașelor la fondurile europene",
        (2024, 12, 2),
        "Acasă » Comunicate » Declarația de la Alba Iulia\n\n"
        "COMUNICAT DE PRESĂ\n\n"
        "Reprezentanții a 12 autorități locale au semnat astăzi, la Alba Iulia, o declarație "
        "comună prin care solicită Guvernului și Comisiei Europene ca orașele să poată accesa "
        "direct cel puțin o parte din fondurile de coeziune după 2027.\n\n"
        "Semnatarii arată că orașele realizează peste jumătate din investițiile publice ale "
        "țării, dar decid asupra unei părți mici din fondurile europene. Declarația va fi "
        "transmisă Reprezentanței Comisiei Europene la București și comisarului pentru "
        "coeziune, la Bruxelles.\n\n"
        "Gazda evenimentului, primarul municipiului Alba Iulia, a declarat: „Marea Unire s-a "
        "făcut aici prin voința comunităților. Și dezvoltarea trebuie să pornească tot de la "
        "ele.”\n\n"
        "Au semnat declarația:",
        "Municipiul Cluj-Napoca, prin primar Andrei Mureșan\n"
        "Municipiul Iași, prin primar Mihai Ciobanu\n"
        "Municipiul Timișoara, prin primar Dan Popescu\n"
        "Municipiul Brașov, prin viceprimar Ioana Stoica\n"
        "Municipiul Oradea, prin primar Florin Pop\n"
        "Municipiul Constanța, prin primar Radu Enache\n"
        "Municipiul Sibiu, prin primar Elena Schuller\n"
        "Municipiul Craiova, prin primar Cristina Dinu\n"
        "Municipiul Arad, prin primar Vlad Muntean\n"
        "Municipiul Suceava, prin primar Ion Lazăr\n"
        "Orașul Sinaia, prin primar George Vasilescu\n"
        "Consiliul Județean Cluj, prin președinte Adrian Man",
        "Textul integral al declarației poate fi descărcat aici.\n\n"
        "Persoană de contact: Biroul de presă, presa@example.ro",
        "Cluj-Napoca/RO; Iași/RO; Timișoara/RO; Brașov/RO; Oradea/RO; Constanța/RO; Sibiu/RO; "
        "Craiova/RO; Arad/RO; Suceava/RO; Sinaia/RO; "
        "Consiliul Județean Cluj|Cluj County/RO/county",
        "`Municipiul X, prin primar Name` lines, an `Orașul` and a county council; the host Alba "
        "Iulia (also in the title) and the addressees in București and Bruxelles not signatories",
    ),
    Page(
        "ru-katalog-chlenov-g-gorod-strana-chlen-s-podrobnee",
        "ru",
        "one_a_line;country_in_language;columns_after",
        "Города — члены Ассоциации",
        (2025, 1, 15),
        "Главная / Об Ассоциации / Города-члены\n\n"
        "Города — члены Ассоциации\n\n"
        "Ассоциация объединяет столицы и крупные города Евразии, которые развивают "
        "сотрудничество в сфере городского хозяйства, транспорта и культуры. В 2024 году в "
        "Ассоциацию вступили Самарканд и Гюмри.\n\n"
        "Поиск по городу\nСтрана: все",
        "г. Алматы (Республика Казахстан)\nЧлен с 1997 года\nПодробнее\n\n"
        "г. Астана (Республика Казахстан)\nЧлен с 1998 года\nПодробнее\n\n"
        "г. Баку (Азербайджанская Республика)\nЧлен с 2001 года\nПодробнее\n\n"
        "г. Бишкек (Кыргызская Республика)\nЧлен с 1996 года\nПодробнее\n\n"
        "г. Гомель (Республика Беларусь)\nЧлен с 2012 года\nПодробнее\n\n"
        "г. Гюмри (Республика Армения)\nЧлен с 2024 года\nПодробнее\n\n"
        "г. Душанбе (Республика Таджикистан)\nЧлен с 1996 года\nПодробнее\n\n"
        "г. Ереван (Республика Армения)\nЧлен с 1996 года\nПодробнее\n\n"
        "г. Казань (Российская Федерация)\nЧлен с 2005 года\nПодробнее\n\n"
        "г. Кишинёв (Республика Молдова)\nЧлен с 1999 года\nПодробнее\n\n"
        "г. Минск (Республика Беларусь)\nЧлен с 1996 года\nПодробнее\n\n"
        "г. Ош (Кыргызская Республика)\nЧлен с 2015 года\nПодробнее\n\n"
        "г. Самарканд (Республика Узбекистан)\nЧлен с 2024 года\nПодробнее\n\n"
        "г. Ташкент (Республика Узбекистан)\nЧлен с 1996 года\nПодробнее\n\n"
        "г. Улан-Батор (Монголия)\nЧлен с 2003 года\nПодробнее",
        "Показаны 15 из 15\n\nКак вступить в Ассоциацию",
        "Almaty/KZ; Astana/KZ; Baku/AZ; Bishkek/KG; Gomel/BY; Gyumri/AM; Dushanbe/TJ; "
        "Yerevan/AM; Kazan/RU; Chișinău|Chisinau/MD; Minsk/BY; Osh/KG; Samarkand/UZ; "
        "Tashkent/UZ; Ulaanbaatar/MN",
        "directory entries `г. X (Country in Russian)` / `Член с` / `Подробнее`; the new members "
        "Samarkand and Gyumri also named in the text (expected once)",
    ),
    Page(
        "tr-ortak-bildiri-iki-satir-isim-belediye-baskani-ev-sahibi-mersin",
        "tr",
        "one_a_line;person_before;not_signatory;person_named_like_place;no_country",
        "Belediye başkanlarından ortak bildiri: Kentlerimizi sıcak hava dalgalarına hazırlıyoruz",
        (2025, 7, 9),
        "Anasayfa > Haberler > Bildiriler\n\n"
        "Belediye başkanlarından ortak bildiri: Kentlerimizi sıcak hava dalgalarına "
        "hazırlıyoruz\n\n"
        "Mersin Büyükşehir Belediyesi'nin ev sahipliğinde 8-9 Temmuz tarihlerinde düzenlenen "
        "Kentlerde İklim Uyumu Çalıştayı'nın sonunda 12 belediye başkanı ortak bir bildiri "
        "imzaladı. Bildiride belediyeler, 2030 yılına kadar her mahallede en az bir serinleme "
        "noktası kurmayı, kent ağaçlandırmasını artırmayı ve sıcak hava uyarı sistemlerini "
        "ortak bir standartta buluşturmayı taahhüt ediyor.\n\n"
        "Başkanlar ayrıca Çevre, Şehircilik ve İklim Değişikliği Bakanlığı'na, iklim uyum "
        "planlarının yerel yönetimlerle birlikte hazırlanması çağrısında bulundu.\n\n"
        "İmzacılar",
        "Selin Aydın\nİzmir Büyükşehir Belediye Başkanı\n\n"
        "Murat Kaya\nEskişehir Büyükşehir Belediye Başkanı\n\n"
        "Ece Tokat\nAntalya Büyükşehir Belediye Başkan Vekili\n\n"
        "Hakan Demir\nGaziantep Büyükşehir Belediye Başkanı\n\n"
        "Zeynep Arslan\nÇankaya Belediye Başkanı\n\n"
        "Ali Rıza Şahin\nKarşıyaka Belediye Başkanı\n\n"
        "Burcu Yıldız\nBornova Belediye Başkanı\n\n"
        "Okan Çelik\nNilüfer Belediye Başkanı\n\n"
        "Derya Koç\nOdunpazarı Belediye Başkanı\n\n"
        "Serkan Öztürk\nMuratpaşa Belediye Başkanı\n\n"
        "Gülşen Erdem\nTarsus Belediye Başkanı\n\n"
        "Emre Polat\nBodrum Belediye Başkanı",
        "Bildirinin tam metnine buradan ulaşabilirsiniz.\n\n"
        "Çalıştayın bir sonraki buluşması 2026 yılında Trabzon'da yapılacak.",
        "İzmir/TR; Eskişehir/TR; Antalya/TR; Gaziantep/TR; Çankaya/TR; Karşıyaka/TR; "
        "Bornova/TR; Nilüfer/TR; Odunpazarı/TR; Muratpaşa/TR; Tarsus/TR; Bodrum/TR",
        "two-line blocks `Name` / `X (Büyükşehir) Belediye Başkanı` with district municipalities "
        "(Çankaya, Karşıyaka, Bornova, Nilüfer, Odunpazarı, Muratpaşa); a mayor surnamed Tokat; "
        "the host Mersin and the next venue Trabzon not signatories",
    ),
]

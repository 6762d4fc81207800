"""Hand-written pages, part seventeen (batch r): a held-out batch written for issue #20 (branch
accr) before the reader was changed for it, modelled on how city networks publish statements
and member lists (none copied): a members paragraph of 93 `City (Country)` entries between
semicolons with Georgia the country and Tripoli in Lebanon; a statement's `Signatories`
section of `Name, Mayor of X` lines with people named Victoria, Florence and Georgia, a host
quoted and a city named as an example; new signatories of a covenant in their own languages
(`Ville de`, `Stadt`, `Comune di`, `Dimos Trikkaion`, `Tampereen kaupunki`) with the country
after a comma, and coordinators that did not sign; French `Pour la Ville de X (Suisse)`
signature blocks with `Fait à Strasbourg`; a German tab table of `Stadt`, `Hansestadt`,
`Markt` with Bundesland columns that name cities (Brandenburg, Hamburg, Bremen); Spanish
`Ayuntamiento/Ajuntament/Concello de X` lines of towns with bigger namesakes in the Americas
(Córdoba, Mérida, León, Cartagena); Italian running text of `i Comuni di` with a host and an
absent mayor; Portuguese `X (distrito de Y)` whose district is another city; Dutch running
text of G4 and G40 cities and Flemish centre cities; Polish official names `Miasto Stołeczne
Warszawa`, `Gmina Miasta Gdyni`; Danish `Københavns Kommune` under region headings; a Czech
tab table of `Statutární město` with kraj columns; Greek `Δήμος Λαρισαίων (Περιφέρεια
Θεσσαλίας)` with Cypriot towns; a Romanian numbered tab table whose judeţ is a city's name.
Measured before any change (benchmarks/README.md reports them apart as batch r).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

_MEMBERS = [
    ("Aarhus", "Denmark", "DK"), ("Adama", "Ethiopia", "ET"), ("Agadir", "Morocco", "MA"),
    ("Amman", "Jordan", "JO"), ("Antwerp", "Belgium", "BE"), ("Arusha", "Tanzania", "TZ"),
    ("Atlanta", "United States", "US"), ("Bamako", "Mali", "ML"),
    ("Barcelona", "Spain", "ES"), ("Batumi", "Georgia", "GE"), ("Beira", "Mozambique", "MZ"),
    ("Beirut", "Lebanon", "LB"), ("Bihać", "Bosnia and Herzegovina", "BA"),
    ("Bogotá", "Colombia", "CO"), ("Bonn", "Germany", "DE"), ("Brussels", "Belgium", "BE"),
    ("Cali", "Colombia", "CO"), ("Cardiff", "United Kingdom", "GB"),
    ("Casablanca", "Morocco", "MA"), ("Cebu City", "Philippines", "PH"),
    ("Chicago", "United States", "US"), ("Colombo", "Sri Lanka", "LK"),
    ("Copenhagen", "Denmark", "DK"), ("Cotonou", "Benin", "BJ"), ("Dakar", "Senegal", "SN"),
    ("Denver", "United States", "US"), ("Dhaka", "Bangladesh", "BD"),
    ("Durban", "South Africa", "ZA"), ("Erbil", "Iraq", "IQ"), ("Eskişehir", "Turkey", "TR"),
    ("Garissa", "Kenya", "KE"), ("Gaziantep", "Turkey", "TR"), ("Genk", "Belgium", "BE"),
    ("Ghent", "Belgium", "BE"), ("Halmstad", "Sweden", "SE"), ("Helsinki", "Finland", "FI"),
    ("Irbid", "Jordan", "JO"), ("Isiolo", "Kenya", "KE"), ("Jakarta", "Indonesia", "ID"),
    ("Johannesburg", "South Africa", "ZA"), ("Kampala", "Uganda", "UG"),
    ("Kano", "Nigeria", "NG"), ("Karachi", "Pakistan", "PK"), ("Kigali", "Rwanda", "RW"),
    ("Kisumu", "Kenya", "KE"), ("Kochi", "India", "IN"), ("Kumasi", "Ghana", "GH"),
    ("Kutaisi", "Georgia", "GE"), ("Lahore", "Pakistan", "PK"), ("Lamu", "Kenya", "KE"),
    ("Leeds", "United Kingdom", "GB"), ("Lisbon", "Portugal", "PT"), ("Lomé", "Togo", "TG"),
    ("Lyon", "France", "FR"), ("Malmö", "Sweden", "SE"),
    ("Maputo", "Mozambique", "MZ"), ("Marawi", "Philippines", "PH"),
    ("Mechelen", "Belgium", "BE"), ("Medellín", "Colombia", "CO"),
    ("Minneapolis", "United States", "US"), ("Montreal", "Canada", "CA"),
    ("Mostar", "Bosnia and Herzegovina", "BA"), ("Nairobi", "Kenya", "KE"),
    ("Nouakchott", "Mauritania", "MR"), ("Oslo", "Norway", "NO"),
    ("Ouagadougou", "Burkina Faso", "BF"), ("Paris", "France", "FR"),
    ("Peshawar", "Pakistan", "PK"), ("Podgorica", "Montenegro", "ME"),
    ("Quito", "Ecuador", "EC"), ("Rabat", "Morocco", "MA"), ("Rotterdam", "Netherlands", "NL"),
    ("Sarajevo", "Bosnia and Herzegovina", "BA"), ("Semarang", "Indonesia", "ID"),
    ("Skopje", "North Macedonia", "MK"), ("Sousse", "Tunisia", "TN"),
    ("Stockholm", "Sweden", "SE"), ("Surabaya", "Indonesia", "ID"),
    ("Sydney", "Australia", "AU"), ("Tbilisi", "Georgia", "GE"),
    ("Tetovo", "North Macedonia", "MK"), ("Tirana", "Albania", "AL"),
    ("Toronto", "Canada", "CA"), ("Tripoli", "Lebanon", "LB"), ("Tunis", "Tunisia", "TN"),
    ("Utrecht", "Netherlands", "NL"), ("Vienna", "Austria", "AT"),
    ("Vilvoorde", "Belgium", "BE"), ("Wajir", "Kenya", "KE"), ("Yaoundé", "Cameroon", "CM"),
    ("Zagreb", "Croatia", "HR"), ("Zarqa", "Jordan", "JO"),
    ("Zenica", "Bosnia and Herzegovina", "BA"),
]  # fmt: skip

PAGES = [
    Page(
        "en-members-include-semicolons-brackets",
        "en",
        "several_a_line;running_text;region_like_country;not_signatory",
        "Our members",
        (2024, 11, 18),
        "Home > About > Our members\n\n"
        "Cities of every size, on every continent, are members of the network. Membership is "
        "free and open to any city, municipality or other sub-national authority that endorses "
        "the network's Statement of Principles.\n\n"
        "The network now counts more than 200 members. Its Management Unit supports them from "
        "offices in London, Amman and Nairobi, and its regional hubs convene members in East "
        "and Southern Africa, the Middle East and North Africa, South Asia and the Western "
        "Balkans.",
        "The city members of the network include: "
        + "; ".join(f"{city} ({country})" for city, country, _ in _MEMBERS[:-1])
        + f" and {_MEMBERS[-1][0]} ({_MEMBERS[-1][1]}).",
        "Is your city interested in joining? Read the Statement of Principles and contact us.\n\n"
        "Latest news\n"
        "Mayors meet in Rabat for the first regional summit of North African members\n"
        "New hub opens in Lagos to support cities across West Africa\n"
        "Read more",
        "; ".join(f"{city}/{code}" for city, _, code in _MEMBERS),
        "one paragraph of 93 `City (Country)` entries between semicolons, 'and' before the "
        "last; Georgia the country (Batumi, Tbilisi, Kutaisi); Tripoli in Lebanon; offices in "
        "London and a news item about Lagos",
    ),
    Page(
        "en-statement-signatories-name-mayor-of",
        "en",
        "one_a_line;person_before;person_named_like_place;no_country;not_signatory",
        "Mayors call for a European plan for affordable housing",
        (2024, 3, 14),
        "Statement | Housing | 14 March 2024\n\n"
        "Ahead of the informal meeting of housing ministers, the mayors of 16 European cities "
        "call on the European Union to make affordable housing a priority of its next "
        "mandate.\n\n"
        "Rents and prices have risen faster than incomes in almost every European city. Cities "
        "are acting, but we cannot do it alone. We ask the EU institutions to:\n"
        "1. Allow public investment in social and affordable housing under the fiscal rules;\n"
        "2. Open the European Investment Bank's lending to municipal housing companies, "
        "following the example set by Vienna;\n"
        "3. Give cities the tools to regulate short-term rentals, as the New Leipzig Charter "
        "asks.\n\n"
        "\u201cA home is not a luxury. Cities are ready to build, if Europe lets us,\u201d said "
        "Anna Lindqvist, Mayor of Uppsala, who hosted the housing forum where the statement "
        "was agreed.\n\n"
        "Download the statement (PDF, 240 KB)\n\n"
        "Signatories",
        "Mathieu Dupré, Mayor of Nantes\n"
        "Ilse Vermeulen, Deputy Mayor for Housing, City of Ghent\n"
        "Karin Holm, Mayor of Stockholm\n"
        "Tomasz Zieliński, Deputy Mayor of Warsaw\n"
        "Victoria Álvarez, Mayor of Valencia\n"
        "Florence Martin, Deputy Mayor of Lille\n"
        "Ricardo Mendes, Councillor for Housing, Lisbon\n"
        "Dana Horáková, Mayor of Brno\n"
        "Eamon Kelly, Lord Mayor of Dublin\n"
        "Marta Rossi, Deputy Mayor of Bologna\n"
        "Henrik Lund, Mayor of Technical and Environmental Affairs, Copenhagen\n"
        "Petra Novak, Deputy Mayor of Ljubljana\n"
        "Jan de Boer, Alderman for Housing, Amsterdam\n"
        "Sophie Weber, Mayor of Mannheim\n"
        "Laura Ionescu, Deputy Mayor of Cluj-Napoca\n"
        "Georgia Papadopoulou, Vice Mayor of Athens",
        "The statement remains open for signature by member cities.\n\n"
        "Contact: housing policy officer, +32 2 552 08 88",
        "Nantes/FR; Ghent/BE; Stockholm/SE; Warsaw/PL; Valencia/ES; Lille/FR; Lisbon/PT; "
        "Brno/CZ; Dublin/IE; Bologna/IT; Copenhagen/DK; Ljubljana/SI; Amsterdam/NL; "
        "Mannheim/DE; Cluj-Napoca/RO; Athens/GR",
        "`Name, Mayor of X` lines and `Name, title, City of X` / `Name, title, X`; people named "
        "Victoria, Florence, Georgia; the host Uppsala quoted; Vienna and Leipzig in the body",
    ),
    Page(
        "en-new-signatories-own-language-comma-country",
        "en",
        "one_a_line;country_in_language;inflected;not_signatory",
        "Welcome to our new signatories",
        (2024, 2, 29),
        "Signatories > News > Welcome to our new signatories\n\n"
        "Twenty-one local authorities from 15 countries joined the Covenant in February. Each "
        "commits to cut emissions by at least 55% by 2030 and to submit an action plan within "
        "two years. The following local authorities signed in February 2024:",
        "Ville de Bordeaux, France\n"
        "Stadt Heidelberg, Germany\n"
        "Comune di Bergamo, Italy\n"
        "Ayuntamiento de Pamplona, Spain\n"
        "Gemeente Leiden, Netherlands\n"
        "Município de Braga, Portugal\n"
        "Miasto Lublin, Poland\n"
        "Grad Rijeka, Croatia\n"
        "Dimos Trikkaion, Greece\n"
        "Municipiul Iași, Romania\n"
        "Statutární město Olomouc, Czechia\n"
        "Mesto Žilina, Slovakia\n"
        "Ajuntament de Girona, Spain\n"
        "Concello de Lugo, Spain\n"
        "Câmara Municipal de Évora, Portugal\n"
        "Stad Leuven, Belgium\n"
        "Ville de Namur, Belgium\n"
        "Marktgemeinde Wolfurt, Austria\n"
        "Cork City Council, Ireland\n"
        "Lunds kommun, Sweden\n"
        "Tampereen kaupunki, Finland",
        "They are supported by the Covenant Territorial Coordinators Diputació de Barcelona and "
        "the Province of Limburg, and by the national energy agency of Portugal in Lisbon.\n\n"
        "Signatories in your country\nFind a signatory\nBecome a signatory",
        "Bordeaux/FR; Heidelberg/DE; Bergamo/IT; Pamplona/ES; Leiden/NL; Braga/PT; Lublin/PL; "
        "Rijeka/HR; Trikala/GR; Iași|Iasi/RO; Olomouc/CZ; Žilina/SK; Girona/ES; Lugo/ES; "
        "Évora/PT; Leuven/BE; Namur/BE; Wolfurt/AT; Cork/IE; Lund/SE; Tampere/FI",
        "each signatory in its own language (`Ville de`, `Stadt`, `Comune di`, `Gemeente`, "
        "`Miasto`, `Grad`, transliterated Greek `Dimos Trikkaion`, `Municipiul`, `Lunds "
        "kommun`, `Tampereen kaupunki`, `Cork City Council`), the country after a comma; "
        "coordinators that did not sign",
    ),
    Page(
        "fr-pour-la-ville-de-blocs-signature",
        "fr",
        "one_a_line;person_after;region_after;country_in_language;not_signatory",
        "Déclaration des Cités interculturelles sur l'inclusion des personnes réfugiées",
        (2024, 6, 20),
        "Accueil > Actualités > Déclaration\n\n"
        "Réunies à Strasbourg à l'occasion de la Journée mondiale des réfugiés, les villes "
        "membres du programme ont adopté la déclaration suivante.\n\n"
        "Nous, maires et responsables des villes soussignées, nous engageons à :\n"
        "– garantir l'accès de toutes et tous aux services municipaux, quel que soit leur "
        "statut ;\n"
        "– associer les personnes réfugiées à la conception des politiques locales ;\n"
        "– partager nos pratiques avec les autres villes du réseau.\n\n"
        "Fait à Strasbourg, le 20 juin 2024.\n\n"
        "Télécharger la déclaration (PDF)",
        "Pour la Ville de Montréal (Québec, Canada)\n"
        "Jeanne Tremblay, mairesse\n\n"
        "Pour la Ville de Lausanne (Suisse)\n"
        "Marc Favre, syndic\n\n"
        "Pour la Ville de Neuchâtel (Suisse)\n"
        "Claire Jeanneret, présidente du Conseil communal\n\n"
        "Pour la Commune de Schaerbeek (Belgique)\n"
        "Karim Benali, bourgmestre\n\n"
        "Pour la Ville de Malines (Belgique)\n"
        "Pieter Claes, échevin de la diversité\n\n"
        "Pour la Ville de Dunkerque (France)\n"
        "Hélène Lefebvre, adjointe au maire\n\n"
        "Pour la Ville de Metz (France)\n"
        "François Muller, maire\n\n"
        "Pour la Ville de Limassol (Chypre)\n"
        "Andreas Georgiou, maire\n\n"
        "Pour la Ville de Lublin (Pologne)\n"
        "Ewa Kowalska, adjointe au maire\n\n"
        "Pour la Ville de Reggio d'Émilie (Italie)\n"
        "Giulia Ferri, adjointe au maire",
        "Le programme des Cités interculturelles est mis en œuvre par le Conseil de l'Europe.",
        "Montréal|Montreal/CA; Lausanne/CH; Neuchâtel/CH; Schaerbeek/BE; "
        "Mechelen|Malines/BE; Dunkerque|Dunkirk/FR; Metz/FR; Limassol/CY; Lublin/PL; "
        "Reggio Emilia|Reggio nell'Emilia/IT",
        "signature blocks `Pour la Ville de X (Pays)` over the signer's name and title; French "
        "exonyms (Malines, Reggio d'Émilie); `(Québec, Canada)`; the venue Strasbourg",
    ),
    Page(
        "de-tabelle-kommune-bundesland-mitglied-seit",
        "de",
        "table_tabs;columns_after;region_like_country;no_country",
        "Mitgliedskommunen in Deutschland",
        (2024, 9, 5),
        "Startseite > Mitglieder > Deutschland\n\n"
        "Über 550 Städte, Gemeinden und Landkreise in Deutschland sind Mitglied im Bündnis. "
        "Die Tabelle zeigt die Kommunen, die im Jahr 2024 ihre Mitgliedschaft erneuert haben.\n\n"
        "Suche\tBundesland wählen\tZurücksetzen",
        "Kommune\tBundesland\tEinwohner\tMitglied seit\n"
        "Stadt Erlangen\tBayern\t116.000\t1992\n"
        "Hansestadt Lüneburg\tNiedersachsen\t77.000\t1995\n"
        "Universitätsstadt Tübingen\tBaden-Württemberg\t91.000\t1993\n"
        "Gemeinde Saerbeck\tNordrhein-Westfalen\t7.300\t2009\n"
        "Markt Wendelstein\tBayern\t16.000\t2011\n"
        "Stadt Bad Hersfeld\tHessen\t30.000\t2001\n"
        "Lutherstadt Wittenberg\tSachsen-Anhalt\t45.000\t2012\n"
        "Stadt Brandenburg an der Havel\tBrandenburg\t73.000\t1998\n"
        "Landeshauptstadt Potsdam\tBrandenburg\t183.000\t1995\n"
        "Freie und Hansestadt Hamburg\tHamburg\t1.892.000\t1994\n"
        "Stadt Bremerhaven\tBremen\t115.000\t2003\n"
        "Landeshauptstadt Saarbrücken\tSaarland\t180.000\t1996\n"
        "Stadt Jena\tThüringen\t110.000\t1997\n"
        "Universitäts- und Hansestadt Greifswald\tMecklenburg-Vorpommern\t59.000\t2008\n"
        "Stadt Kassel\tHessen\t201.000\t1992\n"
        "Landeshauptstadt Dresden\tSachsen\t563.000\t1994",
        "Ihre Kommune fehlt? Die vollständige Mitgliederliste finden Sie im Mitgliederbereich.",
        "Erlangen/DE; Lüneburg/DE; Tübingen/DE; Saerbeck/DE; Wendelstein/DE; Bad Hersfeld/DE; "
        "Lutherstadt Wittenberg|Wittenberg/DE; Brandenburg an der Havel/DE; Potsdam/DE; "
        "Hamburg/DE; Bremerhaven/DE; Saarbrücken/DE; Jena/DE; Greifswald/DE; Kassel/DE; "
        "Dresden/DE",
        "a tab table of `Stadt`, `Hansestadt`, `Markt`, `Universitäts- und Hansestadt X` with "
        "Bundesland, population and year columns; Länder named like cities (Brandenburg, "
        "Hamburg, Bremen beside Bremerhaven)",
    ),
    Page(
        "es-ayuntamientos-cooficiales-homonimos",
        "es",
        "bulleted;no_country;majority_other_country",
        "Entidades adheridas a la Red de Ciudades por el Clima",
        (2024, 4, 23),
        "Inicio / La Red / Entidades adheridas\n\n"
        "En la última Asamblea se aprobó la adhesión de nuevas entidades locales, que se "
        "comprometen a reducir sus emisiones y a compartir sus planes de acción climática. "
        "Entidades adheridas en 2024 (18):",
        "• Ayuntamiento de Zaragoza\n"
        "• Ajuntament de València\n"
        "• Ajuntament de Palma\n"
        "• Concello de Vigo\n"
        "• Concello de Santiago de Compostela\n"
        "• Ayuntamiento de Vitoria-Gasteiz\n"
        "• Ayuntamiento de Valladolid\n"
        "• Ayuntamiento de Córdoba\n"
        "• Ajuntament de Terrassa\n"
        "• Ayuntamiento de Alcalá de Henares\n"
        "• Ayuntamiento de Logroño\n"
        "• Ayuntamiento de Mérida\n"
        "• Ayuntamiento de Santander\n"
        "• Ayuntamiento de León\n"
        "• Ayuntamiento de Granada\n"
        "• Ajuntament de Lleida\n"
        "• Ayuntamiento de Getafe\n"
        "• Ayuntamiento de Cartagena",
        "Secretaría técnica de la Red: Calle Nuncio, 8 – 28005 Madrid.\n\n"
        "Descargue la ficha de adhesión (PDF)",
        "Zaragoza/ES; Valencia|València/ES; Palma/ES; Vigo/ES; Santiago de Compostela/ES; "
        "Vitoria-Gasteiz/ES; Valladolid/ES; Córdoba/ES; Terrassa/ES; Alcalá de Henares/ES; "
        "Logroño/ES; Mérida/ES; Santander/ES; León/ES; Granada/ES; Lleida/ES; Getafe/ES; "
        "Cartagena/ES",
        "`Ayuntamiento`, `Ajuntament`, `Concello de X` bullets, no country; Spanish towns with "
        "bigger namesakes in the Americas (Córdoba, Mérida, León, Cartagena, Granada, Santander)",
    ),
    Page(
        "it-comunicato-i-comuni-di-assente",
        "it",
        "running_text;no_country;not_signatory",
        "Nove Comuni lombardi firmano la Carta per la mobilità sostenibile",
        (2024, 10, 8),
        "Home » Notizie » Mobilità\n\n"
        "Si è svolto ieri a Villa Olmo, a Como, l'incontro dei sindaci dei capoluoghi lombardi "
        "sulla mobilità sostenibile, ospitato dal sindaco di Como, Roberto Galli.",
        "Hanno firmato la Carta i sindaci dei Comuni di Bergamo, Brescia, Cremona, Lecco, "
        "Mantova, Pavia e Varese, insieme ai Comuni di Lodi e Crema, che aderiscono come "
        "città non capoluogo. Assente per impegni istituzionali il sindaco di Monza, che ha "
        "annunciato la propria adesione entro fine anno.",
        "\u00abLa mobilità non si ferma ai confini comunali: per questo abbiamo voluto una "
        "Carta comune\u00bb, ha dichiarato il sindaco Galli. \u00abSono certo che presto "
        "altri Comuni seguiranno.\u00bb\n\n"
        "La Carta sarà presentata alla Regione Lombardia a Milano il prossimo 20 novembre.\n\n"
        "Scarica la Carta (PDF)",
        "Bergamo/IT; Brescia/IT; Cremona/IT; Lecco/IT; Mantova|Mantua/IT; Pavia/IT; Varese/IT; "
        "Lodi/IT; Crema/IT",
        "`i sindaci dei Comuni di X, Y e Z, insieme ai Comuni di A e B`; the host Como quoted; "
        "Monza absent, not yet a signatory; Milano where the charter will be presented",
    ),
    Page(
        "pt-municipios-distrito-entre-parenteses",
        "pt",
        "bulleted;region_after;no_country;not_signatory",
        "Rede de Municípios Saudáveis acolhe doze novos membros",
        (2024, 5, 16),
        "Início > Notícias\n\n"
        "A Assembleia Intermunicipal, reunida no Seixal, aprovou por unanimidade a adesão de "
        "doze novos municípios, que passam a integrar a rede a partir de junho. São eles:",
        "• Matosinhos (distrito do Porto)\n"
        "• Almada (distrito de Setúbal)\n"
        "• Viseu (distrito de Viseu)\n"
        "• Loulé (distrito de Faro)\n"
        "• Guimarães (distrito de Braga)\n"
        "• Torres Vedras (distrito de Lisboa)\n"
        "• Fundão (distrito de Castelo Branco)\n"
        "• Águeda (distrito de Aveiro)\n"
        "• Ponta Delgada (Região Autónoma dos Açores)\n"
        "• Funchal (Região Autónoma da Madeira)\n"
        "• Cascais (distrito de Lisboa)\n"
        "• Odemira (distrito de Beja)",
        "Com estas adesões, a rede passa a contar com 72 municípios de todas as regiões do país.",
        "Matosinhos/PT; Almada/PT; Viseu/PT; Loulé/PT; Guimarães/PT; Torres Vedras/PT; "
        "Fundão/PT; Águeda/PT; Ponta Delgada/PT; Funchal/PT; Cascais/PT; Odemira/PT",
        "`X (distrito de Y)` whose district is named after another city (Porto, Setúbal, Faro, "
        "Braga, Lisboa, Beja); the venue Seixal",
    ),
    Page(
        "nl-g4-g40-centrumsteden-running",
        "nl",
        "running_text;no_country;not_signatory",
        "Steden ondertekenen verklaring over energiearmoede",
        (2024, 1, 25),
        "Home / Nieuws / Energiearmoede\n\n"
        "In Amersfoort hebben bestuurders van Nederlandse en Vlaamse steden donderdag een "
        "gezamenlijke verklaring over energiearmoede ondertekend. Zij vragen de Rijksoverheid "
        "en de Vlaamse Regering om een structurele aanpak.",
        "De verklaring is ondertekend door de vier grote steden (G4) Amsterdam, Rotterdam, "
        "Den Haag en Utrecht, door de G40-steden Almere, Apeldoorn, Arnhem, Breda, "
        "Dordrecht, Eindhoven, Enschede, Groningen, Leeuwarden, Nijmegen, Tilburg en Zwolle, "
        "en door de Vlaamse centrumsteden Antwerpen, Gent, Brugge en Leuven.",
        "\u201cEnergiearmoede stopt niet bij de grens\u201d, zei wethouder Mirjam de Wit van "
        "Amersfoort, gastheer van de bijeenkomst.\n\n"
        "Lees de verklaring (pdf)",
        "Amsterdam/NL; Rotterdam/NL; Den Haag|The Hague/NL; Utrecht/NL; Almere/NL; "
        "Apeldoorn/NL; Arnhem/NL; Breda/NL; Dordrecht/NL; Eindhoven/NL; Enschede/NL; "
        "Groningen/NL; Leeuwarden/NL; Nijmegen/NL; Tilburg/NL; Zwolle/NL; Antwerpen|Antwerp/BE; "
        "Gent|Ghent/BE; Brugge|Bruges/BE; Leuven/BE",
        "one sentence in three groups (`de vier grote steden (G4)`, `de G40-steden`, `de "
        "Vlaamse centrumsteden`) each closed by `en`; Dutch and Belgian cities with no country; "
        "the host Amersfoort",
    ),
    Page(
        "pl-sygnatariusze-nazwy-urzedowe",
        "pl",
        "numbered;inflected;no_country;not_signatory",
        "Deklaracja miast w sprawie czystego powietrza – sygnatariusze",
        (2024, 11, 4),
        "Strona główna » Aktualności » Deklaracja\n\n"
        "Deklarację przyjęto podczas Zgromadzenia Ogólnego Związku w Płocku. Do dnia publikacji "
        "podpisało ją 18 miast. Lista sygnatariuszy (w kolejności przystąpienia):",
        "1. Miasto Stołeczne Warszawa\n"
        "2. Gmina Miejska Kraków\n"
        "3. Miasto Gdańsk\n"
        "4. Gmina Miasto Szczecin\n"
        "5. Miasto Poznań\n"
        "6. Gmina Wrocław\n"
        "7. Miasto Łódź\n"
        "8. Gmina Lublin\n"
        "9. Miasto Białystok\n"
        "10. Gmina Miasta Gdyni\n"
        "11. Miasto Bydgoszcz\n"
        "12. Gmina Miasta Toruń\n"
        "13. Miasto Rzeszów\n"
        "14. Miasto Kielce\n"
        "15. Gmina Miejska Przemyśl\n"
        "16. Miasto Opole\n"
        "17. Miasto Zielona Góra\n"
        "18. Gmina Miasta Sopotu",
        "Deklarację poparł także Urząd Marszałkowski Województwa Mazowieckiego.\n\n"
        "Pobierz deklarację (PDF)",
        "Warsaw|Warszawa/PL; Kraków|Krakow/PL; Gdańsk/PL; Szczecin/PL; Poznań/PL; "
        "Wrocław/PL; Łódź/PL; Lublin/PL; Białystok/PL; Gdynia/PL; Bydgoszcz/PL; Toruń/PL; "
        "Rzeszów/PL; Kielce/PL; Przemyśl/PL; Opole/PL; Zielona Góra/PL; Sopot/PL",
        "official names of Polish municipalities (`Miasto Stołeczne`, `Gmina Miejska`, `Gmina "
        "Miasto`, `Gmina Miasta Gdyni` and `Sopotu` in the genitive); the venue Płock",
    ),
    Page(
        "da-kommuner-under-regioner",
        "da",
        "one_a_line;region_heading;inflected;no_country;not_signatory",
        "Disse kommuner har tilsluttet sig klimaalliancen",
        (2024, 8, 27),
        "Forside / Om alliancen / Medlemmer\n\n"
        "Ved årsmødet i Middelfart blev 13 nye kommuner optaget i alliancen. Kommunerne "
        "forpligter sig til at blive klimaneutrale senest i 2045. Her er de nye medlemmer "
        "fordelt på regioner:",
        "Region Hovedstaden\n"
        "Københavns Kommune\n"
        "Frederiksberg Kommune\n"
        "Ballerup Kommune\n\n"
        "Region Sjælland\n"
        "Roskilde Kommune\n"
        "Køge Kommune\n\n"
        "Region Syddanmark\n"
        "Odense Kommune\n"
        "Sønderborg Kommune\n"
        "Vejle Kommune\n\n"
        "Region Midtjylland\n"
        "Aarhus Kommune\n"
        "Herning Kommune\n"
        "Skive Kommune\n\n"
        "Region Nordjylland\n"
        "Aalborg Kommune\n"
        "Frederikshavn Kommune",
        "Alliancens sekretariat ligger hos KL i København.",
        "Copenhagen|København/DK; Frederiksberg/DK; Ballerup/DK; Roskilde/DK; Køge/DK; "
        "Odense/DK; Sønderborg/DK; Vejle/DK; Aarhus/DK; Herning/DK; Skive/DK; Aalborg/DK; "
        "Frederikshavn/DK",
        "`X Kommune` lines (`Københavns` in the genitive) under the five regions' headings; "
        "the venue Middelfart",
    ),
    Page(
        "cs-tabulka-statutarni-mesto-kraj",
        "cs",
        "table_tabs;columns_after;no_country",
        "Členové sítě Zdravých měst",
        (2024, 2, 12),
        "Úvod › O nás › Členové\n\n"
        "Síť sdružuje města, obce a kraje, které systematicky pracují na kvalitě života "
        "svých obyvatel. V tabulce najdete členy, kteří v roce 2023 obhájili kategorii C.",
        "Člen\tKraj\tČlenem od\n"
        "Hlavní město Praha\tHlavní město Praha\t1994\n"
        "Statutární město Brno\tJihomoravský\t2003\n"
        "Město Litoměřice\tÚstecký\t2004\n"
        "Město Chrudim\tPardubický\t1994\n"
        "Statutární město Jihlava\tVysočina\t2005\n"
        "Město Vsetín\tZlínský\t2002\n"
        "Statutární město Opava\tMoravskoslezský\t2001\n"
        "Město Kroměříž\tZlínský\t2006\n"
        "Město Vyškov\tJihomoravský\t2008\n"
        "Statutární město Prostějov\tOlomoucký\t2000\n"
        "Město Boskovice\tJihomoravský\t2011\n"
        "Město Třeboň\tJihočeský\t2010\n"
        "Statutární město Plzeň\tPlzeňský\t1996\n"
        "Statutární město Hradec Králové\tKrálovéhradecký\t1999",
        "Kompletní seznam členů najdete v databázi.",
        "Praha|Prague/CZ; Brno/CZ; Litoměřice/CZ; Chrudim/CZ; Jihlava/CZ; Vsetín/CZ; Opava/CZ; "
        "Kroměříž/CZ; Vyškov/CZ; Prostějov/CZ; Boskovice/CZ; Třeboň/CZ; Plzeň|Pilsen/CZ; "
        "Hradec Králové/CZ",
        "a tab table of `Statutární město`, `Město`, `Hlavní město Praha` with kraj columns "
        "named after cities (Plzeňský, Královéhradecký, `Hlavní město Praha` again)",
    ),
    Page(
        "el-dimos-perifereia-kypros",
        "el",
        "one_a_line;inflected;region_after;country_in_language",
        "Οι δήμοι που υπέγραψαν τη Διακήρυξη για την προσβασιμότητα",
        (2024, 12, 3),
        "Αρχική > Νέα > Διακήρυξη\n\n"
        "Με αφορμή την Παγκόσμια Ημέρα Ατόμων με Αναπηρία, δώδεκα δήμοι από την Ελλάδα και "
        "την Κύπρο υπέγραψαν τη Διακήρυξη του δικτύου για πόλεις χωρίς εμπόδια. "
        "Υπέγραψαν:",
        "Δήμος Λαρισαίων (Περιφέρεια Θεσσαλίας)\n"
        "Δήμος Τρικκαίων (Περιφέρεια Θεσσαλίας)\n"
        "Δήμος Ιωαννιτών (Περιφέρεια Ηπείρου)\n"
        "Δήμος Καλαμάτας (Περιφέρεια Πελοποννήσου)\n"
        "Δήμος Χανίων (Περιφέρεια Κρήτης)\n"
        "Δήμος Ρόδου (Περιφέρεια Νοτίου Αιγαίου)\n"
        "Δήμος Κομοτηνής (Περιφέρεια Ανατολικής Μακεδονίας και Θράκης)\n"
        "Δήμος Βόλου (Περιφέρεια Θεσσαλίας)\n"
        "Δήμος Καβάλας (Περιφέρεια Ανατολικής Μακεδονίας και Θράκης)\n"
        "Δήμος Πατρέων (Περιφέρεια Δυτικής Ελλάδας)\n"
        "Δήμος Λευκωσίας (Κύπρος)\n"
        "Δήμος Λεμεσού (Κύπρος)",
        "Κατεβάστε τη Διακήρυξη (PDF)",
        "Larisa/GR; Trikala/GR; Ioannina/GR; Kalamata/GR; Chania/GR; Rhodes/GR; Komotini/GR; "
        "Volos/GR; Kavala/GR; Patra|Patras/GR; Nicosia/CY; Limassol/CY",
        "`Δήμος X` in the genitive (Λαρισαίων, Τρικκαίων, Πατρέων) with the region in brackets, "
        "and Cypriot towns with `(Κύπρος)`",
    ),
    Page(
        "ro-tabel-nr-crt-uat-judet",
        "ro",
        "table_tabs;numbered;columns_after;no_country",
        "Lista unităților administrativ-teritoriale care au aderat la Pactul pentru mobilitate",
        (2024, 7, 15),
        "Acasă » Proiecte » Pactul pentru mobilitate\n\n"
        "Până la data de 15 iulie 2024, la Pact au aderat următoarele unități "
        "administrativ-teritoriale:",
        "Nr. crt.\tUnitatea administrativ-teritorială\tJudețul\tData aderării\n"
        "1\tMunicipiul Alba Iulia\tAlba\t12.02.2024\n"
        "2\tMunicipiul Cluj-Napoca\tCluj\t12.02.2024\n"
        "3\tMunicipiul Constanța\tConstanța\t19.02.2024\n"
        "4\tMunicipiul Iași\tIași\t01.03.2024\n"
        "5\tOrașul Sinaia\tPrahova\t14.03.2024\n"
        "6\tMunicipiul Sibiu\tSibiu\t20.03.2024\n"
        "7\tComuna Florești\tCluj\t02.04.2024\n"
        "8\tMunicipiul Oradea\tBihor\t02.04.2024\n"
        "9\tMunicipiul Suceava\tSuceava\t18.04.2024\n"
        "10\tComuna Bran\tBrașov\t06.05.2024\n"
        "11\tMunicipiul Timișoara\tTimiș\t22.05.2024\n"
        "12\tOrașul Câmpulung Moldovenesc\tSuceava\t11.06.2024\n"
        "13\tMunicipiul Târgu Mureș\tMureș\t03.07.2024",
        "Formularul de aderare poate fi descărcat de aici.",
        "Alba Iulia/RO; Cluj-Napoca/RO; Constanța|Constanta/RO; Iași|Iasi/RO; Sinaia/RO; "
        "Sibiu/RO; Florești|Floresti/RO; Oradea/RO; Suceava/RO; Bran/RO; Timișoara|Timisoara/RO; "
        "Câmpulung Moldovenesc|Campulung Moldovenesc/RO; Târgu Mureș|Targu Mures/RO",
        "a numbered tab table of `Municipiul`, `Orașul`, `Comuna X` with the judeţ and a date; "
        "judeţe named like cities (Brașov where only Bran signed, Cluj, Alba)",
    ),
]

"""Hand-written pages, batch zb: written for issue #20 (branch acczb) during round 13 and held
out from all of its changes to the reader, by an engineer who had read neither the reader nor
its tests, modelled on how city networks publish statements, news and member pages (none
copied): 7 press releases and news items whose list sits in prose, quotes or a sidebar, 4
statements with their full text then the signatories, and 3 member pages, in 14 languages (en
UK, en US, en global, fr, de, es, it, pt, nl, pl, cs, da, hu, ro; 4 to 44 entries). Shapes: a
UK council press release naming new pledge signatories in a sentence and in a quote from a
councillor named Derby, with a conference in Harrogate; a US news story datelined TUCSON with
a `The signers` sidebar in AP state abbreviations (`Tempe, Ariz.`, `Las Cruces, N.M.`) and a
mayor named Austin; a global network named after Bellagio listing 44 members on all continents
as a tab table of ISO-3 codes (`KEN\tNairobi\t2017`), its summit in Marrakech and secretariat in
Geneva; a French communiqué with contracted prepositions (`du Havre`, `d'Évreux`, `de
Cherbourg-en-Cotentin`) at a meeting in Deauville; a German statement signed by 42 cities
numbered in the order of signing, `Münster (NRW) · Name · date`, with Länder abbreviations that
are country codes (BY, BW, SN, TH, MV, BB, NI, SH, ST) and a framework named after Kunming and
Montreal; a Spanish news item with `así como la Diputación de Jaén` and a quote from Logroño's
mayor, the venue Pamplona; Italian members under region headings in capitals with `Comune di X
– Sindaca Name`; a Brazilian news item whose new members are named inside the president's
quote; Dutch `Name (party), wethouder ... – Stad` lines with a mayor named Tiel and the venue
's-Hertogenbosch; a Polish tab table of 41 cities with województwo adjectives and a date
column; a Czech news item with `Kolín, Písek, Třebíč a Šumperk` and a venue `v Olomouci`; a
Danish news item with a `Fakta` box of kommuner and a quote from Skive; Hungarian `City,
X vármegye` lines whose megyék contain city names (`Győr-Moson-Sopron`); Romanian member cards
`Primăria Municipiului X` / `Județul Y` / `Membru din ...`. Invented texts and people, real
places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-uk-council-press-release-pledge-sentence-quote",
        "en",
        "running_text;no_country;not_signatory;person_named_like_place;few",
        "Six more councils sign the Local Nature Recovery Pledge",
        (2026, 4, 22),
        "Newsroom\n>\nPress releases\n\nPress release\n22 April 2026\nFor immediate release\n\n"
        "Six more councils sign the Local Nature Recovery Pledge\n\n"
        "The Local Nature Recovery Pledge, launched last autumn by the Urban Wildlife Councils "
        "Network, has gained six new signatories ahead of the network's spring conference in "
        "Harrogate next month.",
        "Norwich City Council, Exeter City Council, Lincoln City Council, Carlisle City Council, "
        "Stirling Council and Swansea Council have now formally adopted the pledge, committing "
        "to restore at least 30% of council-owned land for nature by 2030.\n\n"
        '"It is brilliant to see cities from Cornwall to the Highlands come on board," said '
        "Cllr Sarah Derby, Lincoln's cabinet member for environment. \"Lincoln has already "
        "turned two former bowling greens into wildflower meadows, and we want to learn from "
        'Norwich and Swansea, who are further ahead on verge management."',
        "The pledge now has 41 signatories across England, Scotland and Wales. The full list "
        "of signatories is available on our website.\n\n"
        "Notes to editors\n"
        "1. The Urban Wildlife Councils Network is hosted by Sheffield City Council.\n"
        "2. The spring conference takes place at the Harrogate Convention Centre on 14-15 May.\n\n"
        "Media enquiries: press@example.org.uk",
        "Norwich/GB; Exeter/GB; Lincoln/GB; Carlisle/GB; Stirling/GB; Swansea/GB",
        "six councils in one sentence, then a quote by a councillor named Derby naming two of "
        "them again; Harrogate (conference), Sheffield (host council), Cornwall not signatories",
    ),
    Page(
        "en-us-news-heat-compact-sidebar-ap-states",
        "en",
        "one_a_line;state_codes;not_signatory;person_named_like_place;region_like_country",
        "14 mayors sign heat action compact at Southwest summit",
        (2026, 6, 9),
        "News\nClimate\nHeat\n\nBy Dana Whitfield | June 9, 2026\n\n"
        "TUCSON, Ariz. — Fourteen mayors from across the South and West signed a compact on "
        "Monday pledging to appoint a chief heat officer, open cooling centers within a "
        "15-minute walk of every resident and plant shade trees along bus routes.\n\n"
        "The compact was signed at the close of a two-day summit hosted by Tucson, which "
        "recorded 41 days above 110 degrees last summer. Tucson did not join the compact "
        "itself, saying it already meets most of its goals under the city's own heat plan.\n\n"
        '"Heat kills more Americans than any other weather event," said Reno Mayor Austin '
        "Carter, who chairs the summit's steering group. \"We are done waiting for "
        'Washington."\n\n'
        "Mayors of Phoenix and Las Vegas attended as observers. Organizers said they hope to "
        "bring the compact to the U.S. Conference of Mayors in Denver this fall, a decade "
        "after the Paris Agreement set its temperature goals.\n\n"
        "THE SIGNERS",
        "Albuquerque, N.M.\n"
        "Boise, Idaho\n"
        "Columbia, S.C.\n"
        "El Paso, Texas\n"
        "Las Cruces, N.M.\n"
        "Louisville, Ky.\n"
        "Raleigh, N.C.\n"
        "Reno, Nev.\n"
        "Richmond, Va.\n"
        "Sacramento, Calif.\n"
        "Salt Lake City, Utah\n"
        "Savannah, Ga.\n"
        "Tempe, Ariz.\n"
        "Tulsa, Okla.",
        "Source: Southwest Heat Summit organizers\n\n"
        "Dana Whitfield covers climate and cities. Reach her at dwhitfield@example.com.\n\n"
        "Most read\nFlagstaff weighs water rates\nYuma schools to start earlier",
        "Albuquerque/US; Boise/US; Columbia/US; El Paso/US; Las Cruces/US; Louisville/US; "
        "Raleigh/US; Reno/US; Richmond/US; Sacramento/US; Salt Lake City/US; Savannah/US; "
        "Tempe/US; Tulsa/US",
        "a sidebar of `City, AP state abbreviation` lines (Ga. is Georgia) under a dateline; "
        "the host Tucson, observers Phoenix and Las Vegas, Denver, Washington and a mayor named "
        "Austin not signatories; Flagstaff, Yuma in most read",
    ),
    Page(
        "en-global-network-members-iso3-tab-table",
        "en",
        "table_tabs;region_before;columns_after;not_signatory",
        "Our member cities",
        (2026, 2, 3),
        "About\nMembers\nProgrammes\nSummit 2026\n\n"
        "Bellagio Cities Forum\n\nOur member cities\n\n"
        "The Bellagio Cities Forum brings together 44 cities on six continents that share "
        "what works in making urban water systems resilient. The forum takes its name from the "
        "lakeside meeting where it was founded in 2014; its secretariat is based in Geneva.\n\n"
        "Our 2026 Annual Summit will be hosted by the city of Marrakech in October.\n\n"
        "Download the list (CSV)\n\nSort by: Country code | City | Year joined",
        "ISO\tCity\tJoined\n"
        "ARG\tRosario\t2016\n"
        "AUS\tMelbourne\t2014\n"
        "BEL\tGhent\t2019\n"
        "BGD\tKhulna\t2021\n"
        "BRA\tCuritiba\t2014\n"
        "CAN\tVancouver\t2015\n"
        "CHL\tSantiago\t2017\n"
        "CIV\tAbidjan\t2020\n"
        "COL\tMedellín\t2014\n"
        "ECU\tQuito\t2016\n"
        "ESP\tValencia\t2018\n"
        "ETH\tAddis Ababa\t2019\n"
        "FIN\tTampere\t2022\n"
        "FJI\tSuva\t2021\n"
        "GBR\tGlasgow\t2015\n"
        "GHA\tAccra\t2016\n"
        "IDN\tSurabaya\t2017\n"
        "IND\tPune\t2015\n"
        "ITA\tTurin\t2018\n"
        "JAM\tKingston\t2023\n"
        "JOR\tAmman\t2016\n"
        "JPN\tFukuoka\t2019\n"
        "KAZ\tAlmaty\t2022\n"
        "KEN\tNairobi\t2014\n"
        "KOR\tSeoul\t2015\n"
        "LBN\tBeirut\t2020\n"
        "MEX\tGuadalajara\t2017\n"
        "MNG\tUlaanbaatar\t2023\n"
        "NLD\tRotterdam\t2014\n"
        "NPL\tKathmandu\t2021\n"
        "NZL\tWellington\t2018\n"
        "PER\tArequipa\t2024\n"
        "PHL\tCebu City\t2019\n"
        "POL\tKraków\t2020\n"
        "RWA\tKigali\t2018\n"
        "SEN\tDakar\t2017\n"
        "TUN\tTunis\t2022\n"
        "UGA\tKampala\t2016\n"
        "URY\tMontevideo\t2015\n"
        "USA\tPittsburgh\t2014\n"
        "USA\tTucson\t2024\n"
        "VNM\tDa Nang\t2020\n"
        "ZAF\tDurban\t2014\n"
        "ZMB\tLusaka\t2025",
        "44 members\n\nBecome a member\n\nRelated\n"
        "Lima and Bogotá join our flood-data pilot\n"
        "What Copenhagen's cloudburst plan taught us",
        "Rosario/AR; Melbourne/AU; Ghent/BE; Khulna/BD; Curitiba/BR; Vancouver/CA; "
        "Santiago/CL; Abidjan/CI; Medellín/CO; Quito/EC; Valencia/ES; Addis Ababa/ET; "
        "Tampere/FI; Suva/FJ; Glasgow/GB; Accra/GH; Surabaya/ID; Pune/IN; Turin/IT; "
        "Kingston/JM; Amman/JO; Fukuoka/JP; Almaty/KZ; Nairobi/KE; Seoul/KR; Beirut/LB; "
        "Guadalajara/MX; Ulaanbaatar/MN; Rotterdam/NL; Kathmandu/NP; Wellington/NZ; "
        "Arequipa/PE; Cebu City/PH; Kraków/PL; Kigali/RW; Dakar/SN; Tunis/TN; Kampala/UG; "
        "Montevideo/UY; Pittsburgh/US; Tucson/US; Da Nang/VN; Durban/ZA; Lusaka/ZM",
        "a tab table `ISO-3 code\\tCity\\tJoined` of 44 members on six continents; the network "
        "named after Bellagio, the secretariat Geneva and the summit host Marrakech not members; "
        "Lima, Bogotá, Copenhagen in related",
    ),
    Page(
        "fr-communique-maires-normands-du-havre-d-evreux",
        "fr",
        "running_text;inflected;no_country;not_signatory;few",
        "Sept maires signent la Charte du littoral et de l'estuaire",
        (2026, 3, 27),
        "Accueil\n>\nActualités\n>\nCommuniqués de presse\n\nCOMMUNIQUÉ DE PRESSE\n"
        "Deauville, le 27 mars 2026\n\n"
        "Réunis ce vendredi au Centre international de Deauville à l'invitation de "
        "l'Association des villes de l'estuaire de la Seine, sept maires ont apposé leur "
        "signature au bas de la Charte du littoral et de l'estuaire.",
        "Les maires d'Amiens, de Rouen, du Havre, de Caen, de Cherbourg-en-Cotentin, de "
        "Lisieux et d'Évreux s'engagent ainsi à coordonner leurs plans de prévention des "
        "risques d'inondation et à partager leurs données sur l'érosion du trait de côte.\n\n"
        "« L'estuaire ne connaît pas nos frontières administratives », a rappelé le président "
        "de l'association, Philippe Marchand, adjoint au maire de Honfleur, qui accueillait "
        "les élus. La ville de Deauville, hôte de la rencontre, s'associera aux travaux "
        "techniques sans signer la charte à ce stade.",
        "La charte s'inscrit dans la continuité de l'Accord de Paris et de la stratégie "
        "nationale de gestion intégrée du trait de côte. Une prochaine réunion est prévue à "
        "Dieppe à l'automne.\n\nContact presse : Claire Vasseur – 02 31 00 00 00",
        "Amiens/FR; Rouen/FR; Le Havre/FR; Caen/FR; Cherbourg-en-Cotentin|Cherbourg/FR; "
        "Lisieux/FR; Évreux/FR",
        "running text `Les maires d'Amiens, de Rouen, du Havre, ... et d'Évreux`; Deauville "
        "(venue and host), Honfleur (the president's town), Dieppe, Paris not signatories",
    ),
    Page(
        "de-erklaerung-nummeriert-laenderkuerzel-reihenfolge",
        "de",
        "numbered;state_codes;person_after;columns_after;not_signatory",
        "Erklärung „Stadtnatur 2030“ – Unterzeichnende Städte",
        (2026, 5, 20),
        "Startseite\n/\nThemen\n/\nBiologische Vielfalt\n\n"
        "Erklärung „Stadtnatur 2030“\n\n"
        "Präambel\nDie Städte in Deutschland sind Orte großer biologischer Vielfalt. Mit dem "
        "Globalen Biodiversitätsrahmen von Kunming-Montreal hat sich die Staatengemeinschaft "
        "verpflichtet, bis 2030 mindestens 30 Prozent der Land- und Meeresflächen zu schützen. "
        "Dieses Ziel kann nur erreicht werden, wenn auch die Kommunen ihren Beitrag leisten.\n\n"
        "Die unterzeichnenden Städte verpflichten sich,\n"
        "– bis 2030 zehn Prozent ihrer versiegelten Flächen zu entsiegeln,\n"
        "– Straßenbegleitgrün insektenfreundlich zu pflegen,\n"
        "– bei jedem Bebauungsplan eine Biodiversitätsprüfung durchzuführen.\n\n"
        "Die Erklärung wurde am 22. Mai 2025 auf dem Kongress des Bündnisses in Bonn "
        "vorgestellt und steht allen Städten offen. Die Geschäftsstelle des Bündnisses in "
        "Frankfurt am Main nimmt Beitrittserklärungen entgegen.\n\n"
        "Unterzeichnende Städte (in der Reihenfolge der Unterzeichnung, Stand 20. Mai 2026)",
        "1 Freiburg im Breisgau (BW) · Oberbürgermeister Jonas Reuter · 22.05.2025\n"
        "2 Tübingen (BW) · Oberbürgermeisterin Sabine Kehl · 22.05.2025\n"
        "3 Leipzig (SN) · Oberbürgermeister Frank Albrecht · 22.05.2025\n"
        "4 Münster (NRW) · Oberbürgermeister Markus Lehmann · 22.05.2025\n"
        "5 Hannover (NI) · Oberbürgermeisterin Jana Ostermann · 23.05.2025\n"
        "6 Kiel (SH) · Oberbürgermeister Lars Petersen · 26.05.2025\n"
        "7 Jena (TH) · Oberbürgermeister Tobias Rein · 02.06.2025\n"
        "8 Regensburg (BY) · Oberbürgermeisterin Martina Huber · 02.06.2025\n"
        "9 Potsdam (BB) · Oberbürgermeister Felix Brandt · 10.06.2025\n"
        "10 Rostock (MV) · Oberbürgermeisterin Katrin Möller · 10.06.2025\n"
        "11 Heidelberg (BW) · Oberbürgermeister Stefan Wirth · 18.06.2025\n"
        "12 Magdeburg (ST) · Oberbürgermeisterin Ines Kluge · 18.06.2025\n"
        "13 Erlangen (BY) · Oberbürgermeister Daniel Forster · 01.07.2025\n"
        "14 Bremen (HB) · Bürgermeister Henrik Vogt · 01.07.2025\n"
        "15 Mainz (RP) · Oberbürgermeister Christoph Seidel · 15.07.2025\n"
        "16 Darmstadt (HE) · Oberbürgermeisterin Laura Engel · 15.07.2025\n"
        "17 Dresden (SN) · Oberbürgermeister Matthias Krause · 04.08.2025\n"
        "18 Würzburg (BY) · Oberbürgermeister Andreas Pohl · 04.08.2025\n"
        "19 Osnabrück (NI) · Oberbürgermeisterin Claudia Meinert · 20.08.2025\n"
        "20 Bielefeld (NRW) · Oberbürgermeister Jan Hollmann · 20.08.2025\n"
        "21 Greifswald (MV) · Oberbürgermeisterin Anke Lorenz · 01.09.2025\n"
        "22 Erfurt (TH) · Oberbürgermeister Ralf Unger · 01.09.2025\n"
        "23 Karlsruhe (BW) · Oberbürgermeister Michael Kern · 16.09.2025\n"
        "24 Lübeck (SH) · Bürgermeisterin Birte Sönnichsen · 16.09.2025\n"
        "25 Augsburg (BY) · Oberbürgermeisterin Petra Zeller · 30.09.2025\n"
        "26 Aachen (NRW) · Oberbürgermeister Thomas Breuer · 30.09.2025\n"
        "27 Kassel (HE) · Oberbürgermeister Uwe Hartung · 14.10.2025\n"
        "28 Cottbus (BB) · Oberbürgermeister René Schulze · 14.10.2025\n"
        "29 Halle (Saale) (ST) · Oberbürgermeisterin Doreen Fiedler · 28.10.2025\n"
        "30 Oldenburg (NI) · Oberbürgermeister Jürgen Diekmann · 28.10.2025\n"
        "31 Konstanz (BW) · Oberbürgermeisterin Miriam Stoll · 11.11.2025\n"
        "32 Weimar (TH) · Oberbürgermeister Peter Gerlach · 11.11.2025\n"
        "33 Chemnitz (SN) · Oberbürgermeisterin Yvonne Richter · 25.11.2025\n"
        "34 Bamberg (BY) · Oberbürgermeister Florian Deuerlein · 09.12.2025\n"
        "35 Flensburg (SH) · Oberbürgermeisterin Nele Jessen · 09.12.2025\n"
        "36 Wuppertal (NRW) · Oberbürgermeister Dirk Schäfer · 13.01.2026\n"
        "37 Göttingen (NI) · Oberbürgermeisterin Hanna Brückner · 13.01.2026\n"
        "38 Ulm (BW) · Oberbürgermeister Benedikt Maier · 10.02.2026\n"
        "39 Marburg (HE) · Oberbürgermeister Georg Wendel · 10.02.2026\n"
        "40 Trier (RP) · Oberbürgermeisterin Eva Lorig · 10.03.2026\n"
        "41 Hamburg (HH) · Erster Bürgermeister Niklas Berendsen · 24.03.2026\n"
        "42 Braunschweig (NI) · Oberbürgermeister Holger Rieck · 12.05.2026",
        "Ihre Stadt möchte die Erklärung unterzeichnen? Bitte senden Sie einen "
        "Ratsbeschluss oder ein Schreiben der Oberbürgermeisterin bzw. des Oberbürgermeisters "
        "an die Geschäftsstelle.\n\n"
        "Erklärung als PDF herunterladen (214 KB)\n\n"
        "Weitere Meldungen\nNürnberg und Fürth starten gemeinsames Blühflächenprogramm\n"
        "Stadtbäume: Was Wiesbaden aus dem Dürresommer gelernt hat",
        "Freiburg im Breisgau/DE; Tübingen/DE; Leipzig/DE; Münster/DE; Hannover/DE; Kiel/DE; "
        "Jena/DE; Regensburg/DE; Potsdam/DE; Rostock/DE; Heidelberg/DE; Magdeburg/DE; "
        "Erlangen/DE; Bremen/DE; Mainz/DE; Darmstadt/DE; Dresden/DE; Würzburg/DE; "
        "Osnabrück/DE; Bielefeld/DE; Greifswald/DE; Erfurt/DE; Karlsruhe/DE; Lübeck/DE; "
        "Augsburg/DE; Aachen/DE; Kassel/DE; Cottbus/DE; Halle (Saale)|Halle/DE; Oldenburg/DE; "
        "Konstanz/DE; Weimar/DE; Chemnitz/DE; Bamberg/DE; Flensburg/DE; Wuppertal/DE; "
        "Göttingen/DE; Ulm/DE; Marburg/DE; Trier/DE; Hamburg/DE; Braunschweig/DE",
        "42 lines `N City (Land code) · title Name · date` numbered without dots; Land codes BW, "
        "BY, SN, TH, BB, MV, ST, NI, SH are countries' codes; Kunming-Montreal framework, the "
        "venue Bonn, the office Frankfurt am Main, Nürnberg, Fürth, Wiesbaden in news not "
        "signatories",
    ),
    Page(
        "es-noticia-adhesiones-asi-como-diputacion-cita",
        "es",
        "running_text;body_not_city;no_country;not_signatory;person_before",
        "Cinco ciudades y una diputación se suman a la Red de Ciudades Caminables",
        (2026, 4, 14),
        "Inicio\n>\nSala de prensa\n>\nNoticias\n\n14/04/2026\n\n"
        "Cinco ciudades y una diputación se suman a la Red de Ciudades Caminables\n\n"
        "La Asamblea General de la Red, celebrada el pasado jueves en el Palacio de Congresos "
        "Baluarte de Pamplona, aprobó por unanimidad las nuevas adhesiones.",
        "Con la incorporación de Logroño, Huesca, Soria, Cuenca y Zamora, así como la "
        "Diputación de Jaén, la Red alcanza ya los 87 socios en toda España.\n\n"
        "«Caminar es la forma más barata y más sana de moverse por la ciudad, y queremos "
        "aprender de quienes llevan años apostando por ello», señaló la alcaldesa de Logroño, "
        "Begoña Arnedo, que recordó el ejemplo de Pontevedra, ciudad pionera en la "
        "peatonalización de su centro.",
        "La presidenta de la Red, Irene Salvador, concejala de Movilidad del Ayuntamiento de "
        "Vitoria-Gasteiz, dio la bienvenida a los nuevos socios y anunció que el próximo "
        "encuentro técnico tendrá lugar en Burgos en otoño. La secretaría técnica de la Red "
        "tiene su sede en Madrid.\n\n"
        "Noticias relacionadas\nSegovia estrena su primer camino escolar seguro\n"
        "Murcia y Cartagena comparten su plan de sombra",
        "Logroño/ES; Huesca/ES; Soria/ES; Cuenca/ES; Zamora/ES; "
        "Diputación de Jaén|Jaén Province/ES/province",
        "five cities and `así como la Diputación de Jaén` in one sentence, a quote by Logroño's "
        "mayor; Pamplona (venue), Pontevedra, Vitoria-Gasteiz (the president's city), Burgos, "
        "Madrid (secretariat), Segovia, Murcia, Cartagena not signatories",
    ),
    Page(
        "it-comuni-aderenti-regioni-maiuscolo-sindaca",
        "it",
        "one_a_line;region_heading;person_after;no_country;not_signatory",
        "I Comuni aderenti alla Rete",
        (2026, 1, 15),
        "Home\n>\nLa Rete\n>\nComuni aderenti\n\n"
        "Rete dei Comuni per la Mobilità Dolce\n\nI Comuni aderenti\n\n"
        "La Rete riunisce i Comuni italiani impegnati a promuovere gli spostamenti a piedi e "
        "in bicicletta. La sede della segreteria è presso il Comune di Ferrara, che coordina "
        "la Rete dal 2019. Di seguito l'elenco aggiornato dei Comuni aderenti, suddivisi per "
        "regione.",
        "PIEMONTE\n"
        "Comune di Novara – Sindaco Alessandro Ferri\n"
        "Comune di Cuneo – Sindaca Paola Giordano\n"
        "LOMBARDIA\n"
        "Comune di Brescia – Sindaca Laura Bonetti\n"
        "Comune di Lecco – Sindaco Marco Valsecchi\n"
        "Comune di Pavia – Sindaco Giorgio Rota\n"
        "VENETO\n"
        "Comune di Vicenza – Sindaco Luca Dal Maso\n"
        "Comune di Treviso – Sindaca Elena Furlan\n"
        "EMILIA-ROMAGNA\n"
        "Comune di Reggio nell'Emilia – Sindaco Davide Incerti\n"
        "Comune di Forlì – Sindaca Chiara Zoli\n"
        "TOSCANA\n"
        "Comune di Pisa – Sindaco Niccolò Bertini\n"
        "Comune di Lucca – Sindaca Giulia Lazzari\n"
        "Comune di Prato – Sindaco Matteo Bardazzi\n"
        "MARCHE\n"
        "Comune di Pesaro – Sindaco Andrea Ricci\n"
        "PUGLIA\n"
        "Comune di Lecce – Sindaca Francesca De Giorgi\n"
        "Comune di Bari – Sindaco Vito Lorusso\n"
        "SICILIA\n"
        "Comune di Siracusa – Sindaco Salvatore Midolo\n"
        "SARDEGNA\n"
        "Comune di Sassari – Sindaca Maria Giovanna Piras",
        "Il tuo Comune vuole aderire? Scarica il modulo di adesione e la delibera tipo.\n\n"
        "Ultime notizie\nBologna e Modena: nuovo tratto della ciclovia del Sole\n"
        "Torino ospita la Giornata nazionale della mobilità dolce",
        "Novara/IT; Cuneo/IT; Brescia/IT; Lecco/IT; Pavia/IT; Vicenza/IT; Treviso/IT; "
        "Reggio nell'Emilia|Reggio Emilia/IT; Forlì/IT; Pisa/IT; Lucca/IT; Prato/IT; "
        "Pesaro/IT; Lecce/IT; Bari/IT; Siracusa/IT; Sassari/IT",
        "`Comune di X – Sindaco/Sindaca Name` lines under region headings in capitals; the "
        "secretariat Ferrara not a member; Bologna, Modena, Torino in news",
    ),
    Page(
        "pt-br-noticia-novos-municipios-na-fala-do-presidente",
        "pt",
        "running_text;no_country;not_signatory;few",
        "Consórcio de cidades pelo clima ganha quatro novos municípios paulistas",
        (2026, 3, 5),
        "Início\nNotícias\nAgenda\nTransparência\n\nNotícias\n\n05/03/2026 - 16h40\n\n"
        "Consórcio de cidades pelo clima ganha quatro novos municípios paulistas\n\n"
        "A adesão foi aprovada na assembleia ordinária realizada nesta quarta-feira na sede "
        "da Frente Nacional de Prefeitas e Prefeitos, em São Paulo.",
        '"Com a chegada de Campinas, Sorocaba, Jundiaí e Piracicaba, o interior paulista passa '
        'a ter voz própria dentro do consórcio", afirmou o presidente do consórcio, o '
        "prefeito de Maringá, Rodrigo Teles. Segundo ele, os quatro municípios já possuem "
        "inventários de emissões e planos de arborização urbana aprovados.",
        "O próximo encontro do consórcio será realizado em Belém, em junho. A secretaria "
        "executiva funciona em Brasília.\n\nCompartilhe:\n\n"
        "Leia também\nRecife e Olinda lançam plano conjunto contra enchentes\n"
        "Curitiba recebe prêmio de mobilidade",
        "Campinas/BR; Sorocaba/BR; Jundiaí/BR; Piracicaba/BR",
        "four new members named inside the president's quote; São Paulo (venue), Maringá (the "
        "president's city), Belém, Brasília not members; Recife, Olinda, Curitiba in news",
    ),
    Page(
        "nl-verklaring-wethouder-partij-streep-stad",
        "nl",
        "one_a_line;person_before;no_country;not_signatory;person_named_like_place",
        "Verklaring van 's-Hertogenbosch over warmtenetten",
        (2026, 2, 11),
        "Home\n>\nNieuws\n>\nVerklaring warmtenetten\n\n"
        "Verklaring van 's-Hertogenbosch over warmtenetten\n\n"
        "Wij, wethouders van middelgrote steden, stellen vast dat de overstap van aardgas naar "
        "collectieve warmte in onze wijken vastloopt. Bewoners wachten op duidelijkheid, "
        "netbeheerders op regels en gemeenten op geld.\n\n"
        "Wij vragen het kabinet daarom:\n"
        "1. gemeenten de regie te geven over warmtenetten in hun wijken;\n"
        "2. een warmtefonds in te stellen voor de aanleg van publieke netten;\n"
        "3. de tarieven voor aangesloten huishoudens te begrenzen.\n\n"
        "Deze verklaring is op 11 februari 2026 in 's-Hertogenbosch aangeboden aan de "
        "minister, in aanwezigheid van burgemeester Henk Tiel van de gastgemeente.\n\n"
        "Ondertekend door:",
        "Marieke de Wit (GroenLinks), wethouder Energie – Zwolle\n"
        "Bas Koopmans (D66), wethouder Klimaat en Energie – Deventer\n"
        "Fatima El Amrani (PvdA), wethouder Wonen en Duurzaamheid – Arnhem\n"
        "Joost van Leeuwen (CDA), wethouder Energietransitie – Amersfoort\n"
        "Sanne Hoekstra (GroenLinks-PvdA), wethouder Duurzaamheid – Leeuwarden\n"
        "Erik Jansma (VVD), wethouder Energie – Enschede\n"
        "Lotte Vermeer (D66), wethouder Klimaat – Delft\n"
        "Ruud Schepers (Lokaal Belang), wethouder Wijken – Helmond\n"
        "Ilse de Bruijn (ChristenUnie), wethouder Energie – Ede\n"
        "Martijn Kuipers (PvdA), wethouder Wonen – Zaanstad",
        "Wilt u als gemeente de verklaring mede ondertekenen? Neem contact op met het "
        "secretariaat in Utrecht.\n\n"
        "Gerelateerd\nGroningen opent grootste warmtebuffer van Noord-Nederland\n"
        "Nijmegen en Tilburg delen ervaringen met aardgasvrije wijken",
        "Zwolle/NL; Deventer/NL; Arnhem/NL; Amersfoort/NL; Leeuwarden/NL; Enschede/NL; "
        "Delft/NL; Helmond/NL; Ede/NL; Zaanstad/NL",
        "`Name (party), wethouder Portfolio – City` lines; the venue 's-Hertogenbosch, a mayor "
        "named Tiel, the secretariat Utrecht not signatories; Groningen, Nijmegen, Tilburg in "
        "related",
    ),
    Page(
        "pl-deklaracja-tabela-wojewodztwo-data",
        "pl",
        "table_tabs;region_after;columns_after;numbered;not_signatory",
        "Deklaracja miast na rzecz czystego powietrza – sygnatariusze",
        (2026, 4, 2),
        "Strona główna\n>\nInicjatywy\n>\nCzyste powietrze\n\n"
        "Deklaracja miast na rzecz czystego powietrza\n\n"
        "My, prezydenci i burmistrzowie polskich miast, zobowiązujemy się do:\n"
        "1) wymiany wszystkich kotłów węglowych w budynkach komunalnych do 2028 roku;\n"
        "2) wprowadzenia strefy czystego transportu w centrum miasta;\n"
        "3) publikowania danych o jakości powietrza w czasie rzeczywistym.\n\n"
        "Deklaracja została przyjęta podczas Kongresu Miast w Katowicach 16 października "
        "2025 roku i przekazana Ministrowi Klimatu i Środowiska w Warszawie. Deklaracja "
        "pozostaje otwarta dla kolejnych miast.\n\n"
        "Lista sygnatariuszy (stan na 2 kwietnia 2026 r.)",
        "Lp.\tMiasto\tWojewództwo\tData przystąpienia\n"
        "1\tKraków\tmałopolskie\t16.10.2025\n"
        "2\tWrocław\tdolnośląskie\t16.10.2025\n"
        "3\tŁódź\tłódzkie\t16.10.2025\n"
        "4\tPoznań\twielkopolskie\t16.10.2025\n"
        "5\tGdańsk\tpomorskie\t16.10.2025\n"
        "6\tSzczecin\tzachodniopomorskie\t16.10.2025\n"
        "7\tBydgoszcz\tkujawsko-pomorskie\t16.10.2025\n"
        "8\tLublin\tlubelskie\t16.10.2025\n"
        "9\tBiałystok\tpodlaskie\t16.10.2025\n"
        "10\tGdynia\tpomorskie\t16.10.2025\n"
        "11\tCzęstochowa\tśląskie\t20.10.2025\n"
        "12\tRadom\tmazowieckie\t20.10.2025\n"
        "13\tRzeszów\tpodkarpackie\t20.10.2025\n"
        "14\tToruń\tkujawsko-pomorskie\t24.10.2025\n"
        "15\tSosnowiec\tśląskie\t24.10.2025\n"
        "16\tKielce\tświętokrzyskie\t03.11.2025\n"
        "17\tGliwice\tśląskie\t03.11.2025\n"
        "18\tOlsztyn\twarmińsko-mazurskie\t03.11.2025\n"
        "19\tZabrze\tśląskie\t12.11.2025\n"
        "20\tBielsko-Biała\tśląskie\t12.11.2025\n"
        "21\tBytom\tśląskie\t12.11.2025\n"
        "22\tZielona Góra\tlubuskie\t20.11.2025\n"
        "23\tRybnik\tśląskie\t20.11.2025\n"
        "24\tRuda Śląska\tśląskie\t01.12.2025\n"
        "25\tOpole\topolskie\t01.12.2025\n"
        "26\tTychy\tśląskie\t01.12.2025\n"
        "27\tGorzów Wielkopolski\tlubuskie\t09.12.2025\n"
        "28\tElbląg\twarmińsko-mazurskie\t09.12.2025\n"
        "29\tPłock\tmazowieckie\t15.12.2025\n"
        "30\tDąbrowa Górnicza\tśląskie\t15.12.2025\n"
        "31\tWałbrzych\tdolnośląskie\t08.01.2026\n"
        "32\tWłocławek\tkujawsko-pomorskie\t08.01.2026\n"
        "33\tTarnów\tmałopolskie\t19.01.2026\n"
        "34\tChorzów\tśląskie\t19.01.2026\n"
        "35\tKoszalin\tzachodniopomorskie\t02.02.2026\n"
        "36\tKalisz\twielkopolskie\t02.02.2026\n"
        "37\tLegnica\tdolnośląskie\t16.02.2026\n"
        "38\tGrudziądz\tkujawsko-pomorskie\t16.02.2026\n"
        "39\tSłupsk\tpomorskie\t02.03.2026\n"
        "40\tJaworzno\tśląskie\t16.03.2026\n"
        "41\tNowy Sącz\tmałopolskie\t30.03.2026",
        "Pobierz deklarację (PDF)\n\nZobacz także\n"
        "Warszawa i Katowice podsumowują sezon grzewczy\n"
        "Kraków: rok po zakazie palenia węglem",
        "Kraków/PL; Wrocław/PL; Łódź/PL; Poznań/PL; Gdańsk/PL; Szczecin/PL; Bydgoszcz/PL; "
        "Lublin/PL; Białystok/PL; Gdynia/PL; Częstochowa/PL; Radom/PL; Rzeszów/PL; Toruń/PL; "
        "Sosnowiec/PL; Kielce/PL; Gliwice/PL; Olsztyn/PL; Zabrze/PL; Bielsko-Biała/PL; "
        "Bytom/PL; Zielona Góra/PL; Rybnik/PL; Ruda Śląska/PL; Opole/PL; Tychy/PL; "
        "Gorzów Wielkopolski/PL; Elbląg/PL; Płock/PL; Dąbrowa Górnicza/PL; Wałbrzych/PL; "
        "Włocławek/PL; Tarnów/PL; Chorzów/PL; Koszalin/PL; Kalisz/PL; Legnica/PL; "
        "Grudziądz/PL; Słupsk/PL; Jaworzno/PL; Nowy Sącz/PL",
        "a tab table `Lp.\\tMiasto\\tWojewództwo\\tData` of 41 cities with województwa as "
        "adjectives; the venue Katowice (locative) and the addressee's Warszawa not signatories; "
        "Kraków named again in related news",
    ),
    Page(
        "cs-zprava-nova-mesta-site-v-olomouci",
        "cs",
        "running_text;no_country;not_signatory;few",
        "Síť Zdravých měst rozšířila čtyři nová města",
        (2026, 5, 6),
        "Úvod\n>\nAktuality\n\nAktuality\n6. 5. 2026\n\n"
        "Síť Zdravých měst rozšířila čtyři nová města\n\n"
        "Valné shromáždění Národní sítě Zdravých měst, které se konalo 30. dubna v Olomouci, "
        "schválilo přijetí nových členů.",
        "Novými členy sítě se stala města Kolín, Písek, Třebíč a Šumperk. Všechna čtyři města "
        "již mají schválený plán zdraví a kvality života a jmenovaného politika pro projekt "
        "Zdravé město.\n\n"
        "„Těšíme se, že se od ostatních naučíme, jak zapojit do plánování veřejnost,“ uvedla "
        "za nová města místostarostka Písku Mgr. Lenka Vondrová.",
        "Předseda sítě, primátor Chrudimi Ing. Pavel Šebek, poděkoval hostitelskému městu "
        "Olomouci za přípravu jednání. Kancelář sítě sídlí v Praze.\n\n"
        "Sdílet\n\nDalší zprávy\nLitoměřice a Vsetín oceněny za participaci\n"
        "Letní škola Zdravých měst proběhne v Třeboni",
        "Kolín/CZ; Písek/CZ; Třebíč/CZ; Šumperk/CZ",
        "four new members in one sentence with `a`; the venue Olomouc (locative, then dative), "
        "Chrudim (the chair's city, genitive), Praha (office), Písek again in genitive; "
        "Litoměřice, Vsetín, Třeboň in news",
    ),
    Page(
        "da-nyhed-fakta-boks-kommuner-citat",
        "da",
        "running_text;inflected;no_country;not_signatory;few",
        "Seks kommuner skriver under på aftale om grønne indkøb",
        (2026, 3, 18),
        "Forside\n>\nNyheder\n\nNyhed\n18. marts 2026\n\n"
        "Seks kommuner skriver under på aftale om grønne indkøb\n\n"
        "Partnerskabet for Grønne Offentlige Indkøb har fået seks nye medlemmer. Aftalen blev "
        "underskrevet ved partnerskabets årsmøde på Christiansborg i København.\n\n"
        "»Vi køber ind for over to milliarder kroner om året. Det er en løftestang, vi skal "
        "bruge,« siger borgmester i Skive Kommune, Mette Lund, som er formand for "
        "partnerskabet.",
        "FAKTA\nDisse kommuner har underskrevet aftalen:\n"
        "Aarhus Kommune, Vejle Kommune, Horsens Kommune, Silkeborg Kommune, Randers Kommune og "
        "Svendborg Kommune.\nPartnerskabet har nu 48 medlemmer.",
        "Sekretariatet for partnerskabet ligger i Miljøstyrelsen i Odense.\n\n"
        "Del artiklen\n\nLæs også\nAalborg og Esbjerg deler erfaringer med fossilfri byggepladser",
        "Aarhus/DK; Vejle/DK; Horsens/DK; Silkeborg/DK; Randers/DK; Svendborg/DK",
        "a FAKTA box of `X Kommune` in one sentence with `og`; the venue København, the chair's "
        "Skive (in a quote, with a chair named Lund) and the secretariat Odense not signatories; "
        "Aalborg, Esbjerg in related",
    ),
    Page(
        "hu-nyilatkozat-varos-varmegye-sorok",
        "hu",
        "one_a_line;region_after;no_country;not_signatory",
        "Közös nyilatkozat a városi hőségriadó-tervekről",
        (2026, 6, 2),
        "Főoldal\n>\nHírek\n>\nNyilatkozatok\n\n"
        "Közös nyilatkozat a városi hőségriadó-tervekről\n\n"
        "Az elmúlt nyarak hőhullámai megmutatták, hogy városaink lakói, különösen az idősek és "
        "a kisgyermekes családok, egyre nagyobb veszélynek vannak kitéve. Alulírott városok "
        "vállaljuk, hogy 2027 nyaráig\n"
        "– minden városrészben hűsölőpontot alakítunk ki,\n"
        "– elkészítjük a város hőségtérképét,\n"
        "– és évente legalább ezer új fát ültetünk.\n\n"
        "A nyilatkozatot a szövetség közgyűlésén, Kecskeméten fogadták el; a közgyűlést "
        "Szolnok polgármestere vezette.\n\n"
        "Aláíró városok:",
        "Sopron, Győr-Moson-Sopron vármegye\n"
        "Tatabánya, Komárom-Esztergom vármegye\n"
        "Veszprém, Veszprém vármegye\n"
        "Zalaegerszeg, Zala vármegye\n"
        "Szombathely, Vas vármegye\n"
        "Kaposvár, Somogy vármegye\n"
        "Pécs, Baranya vármegye\n"
        "Szekszárd, Tolna vármegye\n"
        "Hódmezővásárhely, Csongrád-Csanád vármegye\n"
        "Békéscsaba, Békés vármegye\n"
        "Debrecen, Hajdú-Bihar vármegye\n"
        "Nyíregyháza, Szabolcs-Szatmár-Bereg vármegye\n"
        "Eger, Heves vármegye",
        "A nyilatkozathoz további települések is csatlakozhatnak.\n\n"
        "Kapcsolódó hírek\nSzeged és Miskolc közös pályázatot nyújtott be\n\n"
        "Megosztás",
        "Sopron/HU; Tatabánya/HU; Veszprém/HU; Zalaegerszeg/HU; Szombathely/HU; Kaposvár/HU; "
        "Pécs/HU; Szekszárd/HU; Hódmezővásárhely/HU; Békéscsaba/HU; Debrecen/HU; "
        "Nyíregyháza/HU; Eger/HU",
        "`City, X vármegye` lines whose megyék contain city names (Győr, Esztergom, Veszprém, "
        "Csongrád, Békés); the venue Kecskemét (`Kecskeméten`) and Szolnok (chair) not "
        "signatories; Szeged, Miskolc in related",
    ),
    Page(
        "ro-membri-carduri-primaria-municipiului-judet",
        "ro",
        "one_a_line;inflected;region_after;columns_after;no_country;not_signatory",
        "Membrii asociației",
        (2026, 2, 24),
        "Acasă\n>\nDespre noi\n>\nMembri\n\n"
        "Asociația Orașelor pentru Energie Curată\n\nMembrii asociației\n\n"
        "Asociația reunește autorități locale din România care și-au asumat obiective de "
        "reducere a consumului de energie în clădirile publice. Sediul asociației este în "
        "Brașov, iar programul de formare se desfășoară împreună cu Universitatea din Craiova.\n\n"
        "Filtrează după județ: Toate",
        "Primăria Municipiului Cluj-Napoca\nJudețul Cluj\nMembru din 2012\n\n"
        "Primăria Municipiului Oradea\nJudețul Bihor\nMembru din 2013\n\n"
        "Primăria Municipiului Timișoara\nJudețul Timiș\nMembru din 2012\n\n"
        "Primăria Municipiului Iași\nJudețul Iași\nMembru din 2015\n\n"
        "Primăria Municipiului Sibiu\nJudețul Sibiu\nMembru din 2014\n\n"
        "Primăria Municipiului Bistrița\nJudețul Bistrița-Năsăud\nMembru din 2018\n\n"
        "Primăria Municipiului Piatra Neamț\nJudețul Neamț\nMembru din 2019\n\n"
        "Primăria Municipiului Târgu Mureș\nJudețul Mureș\nMembru din 2016\n\n"
        "Primăria Municipiului Suceava\nJudețul Suceava\nMembru din 2020\n\n"
        "Primăria Orașului Sinaia\nJudețul Prahova\nMembru din 2021",
        "Vezi pagina membrului\n\nDevino membru\n\nUltimele știri\n"
        "Constanța găzduiește forumul energiei în octombrie",
        "Cluj-Napoca/RO; Oradea/RO; Timișoara/RO; Iași/RO; Sibiu/RO; Bistrița/RO; "
        "Piatra Neamț/RO; Târgu Mureș/RO; Suceava/RO; Sinaia/RO",
        "cards of three lines `Primăria Municipiului X` / `Județul Y` / `Membru din ...` (the "
        "județ often the city's namesake); the seat Brașov and the University of Craiova not "
        "members; Constanța in news",
    ),
]

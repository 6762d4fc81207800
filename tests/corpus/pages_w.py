"""Hand-written pages, batch w: written for issue #20 as the held-out check of all of round 12's
fixes, before any change to the reader for them and without reading batches t to v. Seven
joint statements, declarations, open letters and pledges and seven member directories, member
lists, news about new members and event pages, modelled on how real city networks and
associations of municipalities publish them (en x4, fr, de, es, it, pt, nl, pl, sv, fi, cs; 3
to 58 entries): a peace network's appeal signed in blocks of name, office and `Mayor of X,
Country`, with New York, Vienna and Geneva named in the text; US mayors' open letter to
Congress signed in two-line cards `Mayor Name` / `City, ST` with mayors named Madison, Tyler,
Eugene and Houston, St. Petersburg, FL, and a coordinating city; new creative cities under
creative-field headings with `(Country)` after each; a rainbow network's members as bulleted
`City, Country` with `Luxembourg, Luxembourg` and observer cities after the list; a French
declaration of Mediterranean cities as a tab table with French exonyms (`Alexandrie`,
`Naplouse`, `Saïda (Liban)`, `Jbeil (Byblos)`) beside the Barcelona Convention and the venue;
a German open letter whose signers run between semicolons as `Name, Oberbürgermeisterin der
Landeshauptstadt X` with surnames Brandenburg and Lindau and Lampedusa in the text; a
Spanish summit declaration under upper-case country headings with `Municipalidad`,
`Prefeitura`, `Intendencia`, `Gobierno Autónomo Municipal de X`, two Concepcións and a host
mayor named Mercedes; Italian new Cittaslow towns `Comune di X (BR)`, `(PG)`, `(RE)` then
foreign towns `X (Norvegia)`, with the founders named in the text; a Portuguese table copied
one cell a line with district cells that name cities; Dutch Regenboogsteden in one sentence
of 58 names ending in `en`; a Polish open letter of `Burmistrz Miasta i Gminy X`,
`Burmistrz Kętrzyna`, `Prezydent Miasta Stalowej Woli`, `Burmistrz Brzegu Dolnego`; a
Swedish conference's participating municipalities under `X län` headings that name cities;
a Finnish appeal of the six biggest cities as genitives before titles and names in one
sentence, with supporters that did not sign; Czech new members `města Kralupy nad Vltavou,
obce Dolní Břežany a statutárního města Kladna` beside a venue `v Praze`. Invented texts and
people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-peace-appeal-executive-blocks-mayor-of-country",
        "en",
        "one_a_line;person_before;not_signatory;person_named_like_place",
        "Appeal of the Executive Cities to the NPT Review Conference",
        (2025, 4, 28),
        "Home > Activities > Appeals and Statements\n\n"
        "Eighty years after the atomic bombings, the cities that were destroyed and the cities "
        "that stand with them speak with one voice. We, the President and Vice-President "
        "Cities of Mayors for Peace, representing more than 8,400 member cities in 166 "
        "countries and regions, address this appeal to the States Parties meeting at United "
        "Nations Headquarters in New York.\n\n"
        "We call on all States Parties to the Treaty on the Non-Proliferation of Nuclear "
        "Weapons:\n"
        "1. to honour their obligation to negotiate in good faith the elimination of nuclear "
        "arsenals;\n"
        "2. to join the Treaty on the Prohibition of Nuclear Weapons, whose Meeting of States "
        "Parties last convened in Vienna;\n"
        "3. to listen to the hibakusha, whose average age is now over 85, while they can "
        "still tell their stories;\n"
        "4. to support peace education in every city, so that the memory of Hiroshima and "
        "Nagasaki is carried by the next generation.\n\n"
        "Cities are not targets. Our citizens want to live free from the fear of nuclear "
        "war, and we will keep working until that day comes.\n\n"
        "Signed on behalf of the Executive Cities:",
        "YAMASHITA Kenji\nPresident of Mayors for Peace\nMayor of Hiroshima, Japan\n\n"
        "FUKUDA Akiko\nVice-President\nMayor of Nagasaki, Japan\n\n"
        "Katrin Vogel\nVice-President\nLord Mayor of Hannover, Germany\n\n"
        "Cllr Amina Shah\nVice-President\nLord Mayor of Manchester, United Kingdom\n\n"
        "Pieter Vandamme\nVice-President\nMayor of Ieper, Belgium\n\n"
        "Núria Ferrer i Soler\nVice-President\nMayor of Granollers, Spain\n\n"
        "Ivo Kalebić\nVice-President\nMayor of Biograd na Moru, Croatia\n\n"
        "Kawa Rashid Aziz\nVice-President\nMayor of Halabja, Iraq\n\n"
        "Ramon Dela Cruz\nVice-President\nMayor of Muntinlupa, Philippines\n\n"
        "Sylvie Gagnon\nVice-President\nMayor of Montréal, Canada\n\n"
        "Lucía Hernández Ortega\nVice-President\nHead of Government of Mexico City, Mexico\n\n"
        "Jorge Quispe Mamani\nVice-President\nMayor of Cochabamba, Bolivia\n\n"
        "Lincoln Harris\nVice-President\nMayor of Wellington, New Zealand\n\n"
        "Claire Moreau\nVice-President\nMayor of Malakoff, France\n\n"
        "Aminata Traoré\nVice-President\nMayor of Koulikoro, Mali",
        "The appeal will be handed to the President of the Review Conference in New York by "
        "a delegation led by the Mayor of Nagasaki. A first version was presented to the "
        "Preparatory Committee in Geneva last year.\n\n"
        "Download the appeal (PDF) | Japanese version (PDF)\n\n"
        "Mayors for Peace Secretariat\nc/o Hiroshima Peace Culture Foundation\n"
        "1-5 Nakajima-cho, Naka-ku, Hiroshima 730-0811, Japan",
        "Hiroshima/JP; Nagasaki/JP; Hanover|Hannover/DE; Manchester/GB; Ieper|Ypres/BE; "
        "Granollers/ES; Biograd na Moru/HR; Halabja/IQ; Muntinlupa/PH; Montréal/CA; "
        "Mexico City/MX; Cochabamba/BO; Wellington/NZ; Malakoff/FR; Koulikoro/ML",
        "blocks of name, office and `Mayor of X, Country` (`Head of Government of Mexico "
        "City`, a mayor named Lincoln); New York the venue, Vienna and Geneva earlier "
        "meetings, Hiroshima also the secretariat's address",
    ),
    Page(
        "en-open-letter-congress-mayor-cards-state-codes",
        "en",
        "one_a_line;person_before;state_codes;no_country;not_signatory;person_named_like_place",
        "Climate Mayors urge Congress to protect clean energy tax credits",
        (2025, 5, 6),
        "News / Letters\n\n"
        "Today, 30 mayors from across the country sent the following letter to the leaders "
        "of the House and Senate. The letter was coordinated by the Climate Mayors steering "
        "committee with support from the Office of the Mayor of Los Angeles.\n\n"
        "The Honorable Speaker of the House\nThe Honorable Majority Leader of the Senate\n"
        "U.S. Capitol\nWashington, DC 20515\n\n"
        "Dear Speaker and Leader,\n\n"
        "As mayors of cities large and small, red and blue, we write to urge you to keep the "
        "clean energy tax credits that are bringing jobs and investment to our communities. "
        "Since 2022, these credits have helped our residents install heat pumps and solar "
        "panels, helped our transit agencies buy electric buses, and brought new factories "
        "to places that had lost them.\n\n"
        "Repealing them now would raise energy bills for working families, put thousands of "
        "construction and manufacturing jobs at risk and hand the industries of the future to "
        "our competitors. Local governments cannot fill that gap alone.\n\n"
        "We stand ready to work with you.\n\nSincerely,",
        "Mayor Tyler Grant\nDayton, OH\n\n"
        "Mayor Madison Reid\nSalt Lake City, UT\n\n"
        "Mayor Eugene Park\nLong Beach, CA\n\n"
        "Mayor Dana Houston\nSavannah, GA\n\n"
        "Mayor Rosa Delgado\nTucson, AZ\n\n"
        "Mayor Kevin O'Malley\nPittsburgh, PA\n\n"
        "Mayor Aisha Bello\nMinneapolis, MN\n\n"
        "Mayor Hannah Lindstrom\nSaint Paul, MN\n\n"
        "Mayor Marcus Freeman\nNew Orleans, LA\n\n"
        "Mayor Laura Chen\nSacramento, CA\n\n"
        "Mayor Daniel Ortiz\nAlbuquerque, NM\n\n"
        "Mayor Teresa Villalobos\nLas Cruces, NM\n\n"
        "Mayor Brian Walsh\nProvidence, RI\n\n"
        "Mayor Olivia Brooks\nAnn Arbor, MI\n\n"
        "Mayor Samuel Adeyemi\nEvanston, IL\n\n"
        "Mayor Grace Whitaker\nIthaca, NY\n\n"
        "Mayor Jonathan Price\nSt. Petersburg, FL\n\n"
        "Mayor Carmen Ruiz\nMiami Beach, FL\n\n"
        "Mayor Robert Kaleo\nHonolulu, HI\n\n"
        "Mayor Nicole Harper\nKansas City, MO\n\n"
        "Mayor Derrick Lawson\nColumbia, SC\n\n"
        "Mayor Ellen Fitzgerald\nPortland, ME\n\n"
        "Mayor Steven Novak\nBoulder, CO\n\n"
        "Mayor Priya Raman\nDurham, NC\n\n"
        "Mayor Thomas Becker\nCincinnati, OH\n\n"
        "Mayor Angela Moss\nAthens-Clarke County, GA\n\n"
        "Mayor Victor Alvarez\nEl Paso, TX\n\n"
        "Mayor Megan Sullivan\nSomerville, MA\n\n"
        "Mayor Jamal Carter\nRichmond, VA\n\n"
        "Mayor Linda Kowalski\nMadison, WI",
        "Is your city ready to act? Join Climate Mayors\n\n"
        "Related\nMayors from Phoenix to Boston launch electric school bus challenge\n"
        "What the heat action plans of Houston and Chicago teach us",
        "Dayton/US; Salt Lake City/US; Long Beach/US; Savannah/US; Tucson/US; Pittsburgh/US; "
        "Minneapolis/US; Saint Paul/US; New Orleans/US; Sacramento/US; Albuquerque/US; "
        "Las Cruces/US; Providence/US; Ann Arbor/US; Evanston/US; Ithaca/US; "
        "St. Petersburg/US; Miami Beach/US; Honolulu/US; Kansas City/US; Columbia/US; "
        "Portland/US; Boulder/US; Durham/US; Cincinnati/US; Athens-Clarke County|Athens/US; "
        "El Paso/US; Somerville/US; Richmond/US; Madison/US",
        "two-line cards `Mayor Name` / `City, ST` after 'Sincerely,', mayors named Tyler, "
        "Madison, Eugene and Houston, St. Petersburg, FL and Durham, NC; Washington, DC the "
        "addressee, Los Angeles the coordinator, Phoenix, Boston, Houston, Chicago in related",
    ),
    Page(
        "en-creative-cities-new-by-field-headings",
        "en",
        "one_a_line;region_heading;country_in_language;not_signatory",
        "24 cities join the Creative Cities Network",
        (2025, 10, 31),
        "Culture › Creative Cities Network › News\n\n"
        "Paris, 31 October – On World Cities Day, the Director-General designated 24 new "
        "members of the Creative Cities Network, recognising their commitment to placing "
        "culture and creativity at the heart of their development. The network now counts "
        "374 cities in more than 100 countries.\n\n"
        "The new Creative Cities will take part in the network's Annual Conference next "
        "year, hosted by Enghien-les-Bains (France), after this year's edition in Braga "
        "(Portugal) brought together more than 250 mayors and city representatives.\n\n"
        "The newly designated cities are:",
        "Crafts and Folk Art\nBukhara (Uzbekistan)\nKütahya (Türkiye)\nCuenca (Ecuador)\n"
        "Limoges (France)\n\n"
        "Design\nPuebla (Mexico)\nKaunas (Lithuania)\nQuerétaro (Mexico)\n\n"
        "Film\nSantos (Brazil)\nPotsdam (Germany)\nKingston (Jamaica)\n\n"
        "Gastronomy\nArequipa (Peru)\nKermanshah (Iran (Islamic Republic of))\n"
        "Ensenada (Mexico)\nBergen (Norway)\n\n"
        "Literature\nKozhikode (India)\nAngoulême (France)\nOdesa (Ukraine)\n\n"
        "Media Arts\nGuadalajara (Mexico)\nKošice (Slovakia)\n\n"
        "Music\nGwalior (India)\nKinshasa (Democratic Republic of the Congo)\nAmbon (Indonesia)\n"
        "Tartu (Estonia)\nIrbid (Jordan)",
        "Cities wishing to apply in the next call are invited to consult the application "
        "guidelines. The Secretariat of the network is based at the organisation's "
        "Headquarters in Paris.\n\n"
        "Explore the map of Creative Cities\n\n"
        "See also\nBuenos Aires and Seoul share lessons on design for public space\n"
        "Creative Cities in Africa: a new subnetwork launched in Dakar",
        "Bukhara/UZ; Kütahya/TR; Cuenca/EC; Limoges/FR; Puebla/MX; Kaunas/LT; "
        "Santiago de Querétaro|Querétaro/MX; Santos/BR; Potsdam/DE; Kingston/JM; Arequipa/PE; "
        "Kermanshah/IR; Ensenada/MX; Bergen/NO; Kozhikode/IN; Angoulême/FR; Odesa/UA; "
        "Guadalajara/MX; Košice/SK; Gwalior/IN; Kinshasa/CD; Ambon/ID; Tartu/EE; Irbid/JO",
        "new members under creative-field headings (`Crafts and Folk Art`, `Music`), "
        "`City (Country)` with UN country names; Cuenca, Guadalajara and Kingston with "
        "bigger namesakes; Paris the seat and dateline, Braga and Enghien-les-Bains the "
        "conferences, Buenos Aires, Seoul, Dakar in related",
    ),
    Page(
        "en-rainbow-members-bullets-city-country-observers",
        "en",
        "bulleted;country_in_language;not_signatory;region_like_country",
        "Our member cities",
        (2025, 3, 3),
        "About us | Members | Annual Meetings | Resources | Contact\n\n"
        "The Rainbow Cities Network brings together cities with a dedicated office or "
        "officer for LGBTIQ policies. Members exchange good practice, publish a yearly "
        "report and coordinate their work at the annual meeting. The coordination of the "
        "network rotates every two years; the 2025 Annual Meeting takes place in Athens.\n\n"
        "Currently, the network has 41 member cities:",
        "• Amsterdam, the Netherlands\n• Antwerp, Belgium\n• Barcelona, Spain\n"
        "• Bergen, Norway\n• Berlin, Germany\n• Bern, Switzerland\n• Bilbao, Spain\n"
        "• Bologna, Italy\n• Brussels, Belgium\n• Cologne, Germany\n• Dortmund, Germany\n"
        "• Esch-sur-Alzette, Luxembourg\n• Frankfurt am Main, Germany\n"
        "• Geneva, Switzerland\n• Ghent, Belgium\n• Graz, Austria\n• Hamburg, Germany\n"
        "• Hannover, Germany\n• Heidelberg, Germany\n• Helsinki, Finland\n"
        "• Leeds, United Kingdom\n• Linz, Austria\n• Ljubljana, Slovenia\n"
        "• Luxembourg, Luxembourg\n• Lyon, France\n• Mannheim, Germany\n"
        "• Mexico City, Mexico\n• Munich, Germany\n• Nuremberg, Germany\n• Oslo, Norway\n"
        "• Paris, France\n• Porto, Portugal\n• Reykjavík, Iceland\n"
        "• Rotterdam, the Netherlands\n• Stockholm, Sweden\n• Thessaloniki, Greece\n"
        "• Turin, Italy\n• Utrecht, the Netherlands\n• Vienna, Austria\n"
        "• Wiesbaden, Germany\n• Zurich, Switzerland",
        "Observer cities\n"
        "The following cities take part in the network's meetings as observers while their "
        "membership is being prepared:\n"
        "Vilnius, Lithuania · Gdańsk, Poland · Cardiff, United Kingdom\n\n"
        "How to become a member\n"
        "Cities interested in joining can write to the coordinating team at "
        "coordination@rainbowcities.example.\n\n"
        "Follow us: Instagram · LinkedIn · Mastodon",
        "Amsterdam/NL; Antwerp/BE; Barcelona/ES; Bergen/NO; Berlin/DE; Bern/CH; Bilbao/ES; "
        "Bologna/IT; Brussels/BE; Cologne/DE; Dortmund/DE; Esch-sur-Alzette/LU; "
        "Frankfurt am Main/DE; Geneva/CH; Ghent/BE; Graz/AT; Hamburg/DE; Hanover|Hannover/DE; "
        "Heidelberg/DE; Helsinki/FI; Leeds/GB; Linz/AT; Ljubljana/SI; Luxembourg/LU; Lyon/FR; "
        "Mannheim/DE; Mexico City/MX; Munich/DE; Nuremberg/DE; Oslo/NO; Paris/FR; Porto/PT; "
        "Reykjavík/IS; Rotterdam/NL; Stockholm/SE; Thessaloniki/GR; Turin/IT; Utrecht/NL; "
        "Vienna/AT; Wiesbaden/DE; Zurich/CH",
        "41 bulleted `City, Country` members with `Luxembourg, Luxembourg` and "
        "`Esch-sur-Alzette, Luxembourg`; a site menu line before; Athens the meeting's "
        "venue; observers Vilnius, Gdańsk and Cardiff after the list are not members",
    ),
    Page(
        "fr-declaration-villes-mediterranee-tableau-exonymes",
        "fr",
        "table_tabs;columns_after;country_in_language;not_signatory;named_twice",
        "Déclaration des villes méditerranéennes pour l'eau et le climat",
        (2025, 6, 5),
        "Accueil > Actualités > Déclarations\n\n"
        "Réunies en assemblée générale au siège de l'Union pour la Méditerranée à Barcelone, "
        "les villes membres du réseau ont adopté une déclaration commune sur la gestion de "
        "l'eau face au changement climatique.\n\n"
        "Dans le prolongement de la Convention de Barcelone et du Plan d'action pour la "
        "Méditerranée, dont l'unité de coordination siège à Athènes, les villes signataires "
        "s'engagent à :\n"
        "– réduire d'un tiers les pertes des réseaux d'eau potable d'ici 2030 ;\n"
        "– réutiliser les eaux usées traitées pour l'arrosage des espaces verts ;\n"
        "– protéger les nappes côtières contre l'intrusion saline ;\n"
        "– partager leurs données et leurs expériences au sein du réseau.\n\n"
        "Le secrétariat général, assuré par l'Aire métropolitaine de Barcelone, "
        "accompagnera la mise en œuvre de la déclaration.\n\nVilles signataires",
        "Ville\tPays\tReprésentée par\n"
        "Tanger\tMaroc\tM. Karim Benslimane, premier adjoint au maire\n"
        "Tétouan\tMaroc\tMme Salma El Idrissi, maire\n"
        "Al Hoceïma\tMaroc\tM. Youssef Amrani, maire\n"
        "Oujda\tMaroc\tM. Hicham Berrada, vice-président du conseil communal\n"
        "Sfax\tTunisie\tMme Leïla Ben Salah, maire\n"
        "Sousse\tTunisie\tM. Anis Trabelsi, conseiller municipal\n"
        "Bizerte\tTunisie\tM. Mehdi Gharbi, maire\n"
        "Alexandrie\tÉgypte\tM. Tarek Mansour, gouverneur adjoint\n"
        "Tripoli\tLiban\tM. Rami Karam, président du conseil municipal\n"
        "Saïda\tLiban\tMme Nour Hariri, vice-présidente du conseil municipal\n"
        "Jbeil (Byblos)\tLiban\tM. Georges Khoury, maire\n"
        "Naplouse\tPalestine\tM. Samir Odeh, maire\n"
        "Zarqa\tJordanie\tM. Omar Haddad, maire\n"
        "Tirana\tAlbanie\tMme Elira Hoxha, adjointe au maire\n"
        "Larnaca\tChypre\tM. Andreas Georgiou, maire",
        "La déclaration reste ouverte à la signature des autres villes membres jusqu'à la "
        "prochaine assemblée générale.\n\n"
        "Télécharger la déclaration (PDF, 420 Ko) — disponible aussi en arabe et en anglais",
        "Tangier/MA; Tétouan/MA; Al Hoceïma/MA; Oujda/MA; Sfax/TN; Sousse/TN; Bizerte/TN; "
        "Alexandria/EG; Tripoli/LB; Sidon|Saïda/LB; Byblos|Jbeil/LB; Nablus/PS; Zarqa/JO; "
        "Tirana/AL; Larnaca/CY",
        "a tab table of ville, pays and representative with French exonyms (Tanger, "
        "Alexandrie, Naplouse), Tripoli and Saïda in Lebanon, `Jbeil (Byblos)`; Barcelona "
        "the venue and secretariat, the Barcelona Convention, Athens the MAP unit",
    ),
    Page(
        "de-offener-brief-ob-landeshauptstadt-semikolon",
        "de",
        "several_a_line;person_before;no_country;not_signatory;person_named_like_place",
        "Offener Brief: Kommunen wollen mehr Geflüchtete aufnehmen",
        (2025, 6, 20),
        "Startseite > Aktuelles > Pressemitteilungen\n\n"
        "Zum Weltflüchtlingstag haben neun Oberbürgermeisterinnen, Oberbürgermeister und "
        "Bürgermeister des Bündnisses „Städte Sicherer Häfen“ einen offenen Brief an den "
        "Bundesminister des Innern geschickt.\n\n"
        "Bundesministerium des Innern\nAlt-Moabit 140\n10557 Berlin\n\n"
        "Sehr geehrter Herr Bundesminister,\n\n"
        "unsere Städte sind bereit, zusätzlich Menschen aufzunehmen, die auf dem Mittelmeer "
        "aus Seenot gerettet wurden oder in den überfüllten Lagern auf Lampedusa und an den "
        "Außengrenzen der Europäischen Union ausharren. Wir haben Wohnraum, Beratung und "
        "ehrenamtliche Unterstützung vorbereitet. Was fehlt, ist ein Bundesprogramm, das "
        "kommunale Aufnahme möglich macht.\n\n"
        "Wir bitten Sie daher, ein solches Programm gemeinsam mit den Ländern auf den Weg zu "
        "bringen und die Kommunen an den Entscheidungen zu beteiligen.\n\n"
        "Mit freundlichen Grüßen",
        "Dr. Jana Ebert, Oberbürgermeisterin der Landeshauptstadt Potsdam; Stefan Reuter, "
        "Oberbürgermeister der Universitätsstadt Marburg; Lena Kowalczyk, Oberbürgermeisterin "
        "der Stadt Rottenburg am Neckar; Thomas Brandl, Oberbürgermeister der Stadt Freiburg "
        "im Breisgau; Claudia Möller, Oberbürgermeisterin der Hanse- und Universitätsstadt "
        "Rostock; Martin Brandenburg, Oberbürgermeister der Stadt Hildesheim; Sabine Lindau, "
        "Oberbürgermeisterin der Landeshauptstadt Kiel; Kai Petersen, Senator für Inneres "
        "der Freien Hansestadt Bremen; Andreas Vogt, Bürgermeister der Stadt Detmold",
        "Das Bündnis „Städte Sicherer Häfen“ wurde 2019 gegründet und zählt heute über 100 "
        "Kommunen. Die Geschäftsstelle ist bei der Landeshauptstadt Potsdam angesiedelt.\n\n"
        "Den Brief als PDF herunterladen",
        "Potsdam/DE; Marburg|Marburg an der Lahn/DE; Rottenburg am Neckar|Rottenburg/DE; "
        "Freiburg im Breisgau|Freiburg/DE; Rostock/DE; Hildesheim/DE; Kiel/DE; Bremen/DE; "
        "Detmold/DE",
        "signers between semicolons as `Name, Oberbürgermeisterin der Landeshauptstadt X`, "
        "`der Hanse- und Universitätsstadt Rostock`, `der Freien Hansestadt Bremen`, mayors "
        "named Brandenburg and Lindau; Berlin the addressee, Lampedusa in the text, "
        "Potsdam also the secretariat",
    ),
    Page(
        "es-declaracion-cumbre-paises-mayusculas-entidades",
        "es",
        "one_a_line;region_heading;country_in_language;body_not_city;not_signatory;"
        "person_named_like_place;majority_other_country",
        "Declaración de la Cumbre de Mercociudades: «Ciudades que cuidan»",
        (2024, 11, 29),
        "Inicio / Noticias / Cumbres\n\n"
        "Las ciudades reunidas en la Cumbre anual de Mercociudades, celebrada en Tandil "
        "(Argentina) los días 27 y 28 de noviembre, aprobaron la Declaración «Ciudades que "
        "cuidan», que reconoce el trabajo de cuidados como un derecho y una responsabilidad "
        "compartida entre el Estado, el mercado, las familias y la comunidad.\n\n"
        "La intendenta anfitriona, Mercedes Villalba, agradeció la presencia de más de 80 "
        "delegaciones y traspasó la presidencia de la red para el próximo período. La "
        "Secretaría Técnica Permanente, con sede en Montevideo, coordinará el seguimiento de "
        "los compromisos asumidos.\n\n"
        "Los gobiernos locales firmantes se comprometen a crear sistemas locales de "
        "cuidados, a incorporar la perspectiva de género en el presupuesto municipal y a "
        "intercambiar experiencias en las unidades temáticas de la red.\n\n"
        "Gobiernos locales firmantes:",
        "ARGENTINA\nMunicipalidad de Córdoba\nMunicipalidad de Rosario\n"
        "Municipalidad de Santa Fe\nMunicipalidad de Quilmes\nMunicipalidad de Morón\n\n"
        "BOLIVIA\nGobierno Autónomo Municipal de La Paz\n"
        "Gobierno Autónomo Municipal de Cochabamba\n\n"
        "BRASIL\nPrefeitura de Porto Alegre\nPrefeitura de Belo Horizonte\n"
        "Prefeitura de Guarulhos\nPrefeitura de Niterói\n\n"
        "CHILE\nMunicipalidad de Valparaíso\nMunicipalidad de Peñalolén\n"
        "Municipalidad de Concepción\n\n"
        "ECUADOR\nMunicipio del Distrito Metropolitano de Quito\n"
        "GAD Municipal del Cantón Cuenca\n\n"
        "PARAGUAY\nMunicipalidad de Asunción\nMunicipalidad de Concepción\n"
        "Municipalidad de Encarnación\n\n"
        "PERÚ\nMunicipalidad Metropolitana de Lima\n\n"
        "URUGUAY\nIntendencia de Canelones\nIntendencia de Paysandú",
        "Descargar la Declaración completa (PDF)\n\n"
        "La próxima Cumbre de Mercociudades se realizará en 2025.\n\n"
        "Compartir: Facebook | X | WhatsApp",
        "Córdoba/AR; Rosario/AR; Santa Fe/AR; Quilmes/AR; Morón/AR; La Paz/BO; "
        "Cochabamba/BO; Porto Alegre/BR; Belo Horizonte/BR; Guarulhos/BR; Niterói/BR; "
        "Valparaíso/CL; Peñalolén/CL; Concepción/CL; Quito/EC; Cuenca/EC; Asunción/PY; "
        "Concepción/PY; Encarnación/PY; Lima/PE; "
        "Intendencia de Canelones|Canelones Department/UY/region; "
        "Intendencia de Paysandú|Paysandú Department/UY/region",
        "upper-case country headings over `Municipalidad de X`, `Prefeitura de X`, "
        "`Gobierno Autónomo Municipal de X`, `GAD Municipal del Cantón Cuenca`; Córdoba, "
        "Santa Fe, Morón, La Paz, Cuenca with Spanish namesakes, Concepción in Chile and "
        "Paraguay, Uruguayan departments' Intendencias; Tandil the host, its mayor named "
        "Mercedes, Montevideo the secretariat",
    ),
    Page(
        "it-cittaslow-nuove-citta-sigla-provincia-estero",
        "it",
        "bulleted;state_codes;region_heading;country_in_language;not_signatory",
        "Cittaslow, dodici nuove Città Slow in Italia e nel mondo",
        (2025, 6, 16),
        "Home › News › Dalla rete\n\n"
        "L'Assemblea internazionale di Cittaslow, riunita a Chiavenna dal 13 al 15 giugno, ha "
        "certificato dodici nuove Città Slow, che hanno superato la valutazione dei requisiti "
        "su ambiente, infrastrutture, qualità urbana, produzioni locali e ospitalità.\n\n"
        "La rete, nata nel 1999 su iniziativa dei sindaci di Greve in Chianti, Bra, Orvieto "
        "e Positano, conta oggi 300 città in 33 paesi. La sede internazionale resta a "
        "Orvieto.\n\n"
        "«Ogni nuova città dimostra che si può crescere senza perdere la propria anima», ha "
        "detto il presidente internazionale in chiusura dei lavori.\n\n"
        "Le nuove Città Slow",
        "Italia\n"
        "– Comune di Levanto (SP)\n"
        "– Comune di Cisternino (BR)\n"
        "– Comune di Montefalco (PG)\n"
        "– Comune di Castelnovo ne' Monti (RE)\n"
        "– Comune di Pollica (SA)\n"
        "– Comune di Todi (PG)\n\n"
        "Estero\n"
        "– Levanger (Norvegia)\n"
        "– Seferihisar (Turchia)\n"
        "– Goolwa (Australia)\n"
        "– Lekeitio (Spagna)\n"
        "– Silves (Portogallo)\n"
        "– Svätý Jur (Slovacchia)",
        "Le certificazioni saranno consegnate ufficialmente durante la Giornata "
        "internazionale Cittaslow di settembre.\n\n"
        "Scopri tutte le Città Slow sulla mappa\n\n"
        "Cittaslow International – Piazza del Popolo 5 – 05018 Orvieto (TR)",
        "Levanto/IT; Cisternino/IT; Montefalco/IT; Castelnovo ne' Monti|Castelnovo ne'Monti/IT; "
        "Pollica/IT; Todi/IT; Levanger/NO; Seferihisar/TR; Goolwa/AU; Lekeitio/ES; "
        "Silves/PT; Svätý Jur/SK",
        "`Comune di X (SP)` lines whose province codes are countries' (BR, PG, RE, SA) under "
        "`Italia`, then `X (Norvegia)` under `Estero`; Chiavenna the venue, the founders "
        "Greve in Chianti, Bra, Orvieto and Positano, Orvieto the seat",
    ),
    Page(
        "pt-cidades-educadoras-tabela-celula-por-linha",
        "pt",
        "one_a_line;columns_after;no_country;not_signatory;majority_other_country",
        "Municípios da Rede Territorial Portuguesa das Cidades Educadoras",
        (2025, 1, 20),
        "Início » Rede Territorial Portuguesa » Membros\n\n"
        "A Rede Territorial Portuguesa da Associação Internacional das Cidades Educadoras "
        "reúne os municípios portugueses que subscreveram a Carta das Cidades Educadoras. "
        "O Secretariado da Associação funciona em Barcelona; o último Congresso "
        "Internacional decorreu em Vitoria-Gasteiz.\n\n"
        "Consulte abaixo a lista de municípios membros, com o distrito e o ano de adesão.",
        "Município\nDistrito\nAdesão\n"
        "Águeda\nAveiro\n2006\n"
        "Almada\nSetúbal\n1994\n"
        "Barcelos\nBraga\n2011\n"
        "Cascais\nLisboa\n2004\n"
        "Castelo Branco\nCastelo Branco\n2009\n"
        "Espinho\nAveiro\n2013\n"
        "Guarda\nGuarda\n2016\n"
        "Lagos\nFaro\n2008\n"
        "Loures\nLisboa\n2002\n"
        "Lousã\nCoimbra\n2012\n"
        "Matosinhos\nPorto\n2005\n"
        "Montijo\nSetúbal\n2010\n"
        "Oeiras\nLisboa\n2001\n"
        "Paredes\nPorto\n2015\n"
        "Santa Maria da Feira\nAveiro\n2007\n"
        "Sintra\nLisboa\n2003\n"
        "Torres Vedras\nLisboa\n2014\n"
        "Vila Real\nVila Real\n2018",
        "A mostrar 18 de 18 municípios\n\n"
        "O próximo Encontro Nacional da Rede realiza-se em Sintra, em outubro.",
        "Águeda/PT; Almada/PT; Barcelos/PT; Cascais/PT; Castelo Branco/PT; Espinho/PT; "
        "Guarda/PT; Lagos/PT; Loures/PT; Lousã/PT; Matosinhos/PT; Montijo/PT; Oeiras/PT; "
        "Paredes/PT; Santa Maria da Feira|Feira/PT; Sintra/PT; Torres Vedras/PT; Vila Real/PT",
        "a three-column table copied one cell a line (município, distrito, ano); district "
        "cells that name cities not members (Aveiro, Setúbal, Braga, Lisboa, Faro, Coimbra, "
        "Porto) and members' own (Castelo Branco, Guarda, Vila Real); Lagos, Montijo with "
        "namesakes; Barcelona the secretariat, Vitoria-Gasteiz the congress",
    ),
    Page(
        "nl-regenboogsteden-zin-lange-lijst-en",
        "nl",
        "running_text;no_country;not_signatory",
        "58 gemeenten zijn Regenboogstad in 2022-2026",
        (2024, 9, 12),
        "Home › Onderwerpen › Lhbtiq+ › Regenboogsteden\n\n"
        "Gemeenten die zich extra willen inzetten voor de acceptatie en veiligheid van "
        "lhbtiq+ personen kunnen Regenboogstad worden. Het ministerie van Onderwijs, Cultuur "
        "en Wetenschap sluit daarvoor een intentieverklaring met de gemeente en draagt bij "
        "aan de kosten van het lokale beleid. Het COC en Movisie ondersteunen de gemeenten.",
        "Voor de periode 2022-2026 hebben de volgende 58 gemeenten de intentieverklaring "
        "ondertekend: Alkmaar, Almere, Alphen aan den Rijn, Amersfoort, Amstelveen, "
        "Amsterdam, Apeldoorn, Arnhem, Assen, Bergen op Zoom, Breda, Capelle aan den IJssel, "
        "Delft, Den Haag, Deventer, Diemen, Dordrecht, Ede, Eindhoven, Emmen, Enschede, "
        "Gouda, Groningen, Haarlem, Harderwijk, Heerenveen, Heerlen, Helmond, Hengelo, "
        "'s-Hertogenbosch, Hilversum, Hoorn, Leeuwarden, Leiden, Lelystad, Maastricht, "
        "Middelburg, Nieuwegein, Nijmegen, Oss, Purmerend, Rijswijk, Roosendaal, Rotterdam, "
        "Schiedam, Sittard-Geleen, Terneuzen, Tilburg, Utrecht, Veenendaal, Venlo, "
        "Vlaardingen, Vlissingen, Wageningen, Zaanstad, Zeist, Zoetermeer en Zwolle.",
        "Ook Meppel, Kampen en Hardenberg hebben belangstelling getoond, maar zij hebben de "
        "verklaring nog niet ondertekend.\n\n"
        "De Regenboogsteden komen twee keer per jaar bijeen. De volgende landelijke "
        "bijeenkomst vindt plaats in Zwolle.\n\n"
        "Lees meer over het emancipatiebeleid\n\n"
        "Delen via: LinkedIn | Facebook | E-mail",
        "Alkmaar/NL; Almere/NL; Alphen aan den Rijn/NL; Amersfoort/NL; Amstelveen/NL; "
        "Amsterdam/NL; Apeldoorn/NL; Arnhem/NL; Assen/NL; Bergen op Zoom/NL; Breda/NL; "
        "Capelle aan den IJssel/NL; Delft/NL; The Hague|Den Haag/NL; Deventer/NL; Diemen/NL; "
        "Dordrecht/NL; Ede/NL; Eindhoven/NL; Emmen/NL; Enschede/NL; Gouda/NL; Groningen/NL; "
        "Haarlem/NL; Harderwijk/NL; Heerenveen/NL; Heerlen/NL; Helmond/NL; Hengelo/NL; "
        "'s-Hertogenbosch/NL; Hilversum/NL; Hoorn/NL; Leeuwarden/NL; Leiden/NL; "
        "Lelystad/NL; Maastricht/NL; Middelburg/NL; Nieuwegein/NL; Nijmegen/NL; Oss/NL; "
        "Purmerend/NL; Rijswijk/NL; Roosendaal/NL; Rotterdam/NL; Schiedam/NL; "
        "Sittard-Geleen|Sittard/NL; Terneuzen/NL; Tilburg/NL; Utrecht/NL; Veenendaal/NL; "
        "Venlo/NL; Vlaardingen/NL; Vlissingen/NL; Wageningen/NL; Zaanstad/NL; Zeist/NL; "
        "Zoetermeer/NL; Zwolle/NL",
        "58 gemeenten in one sentence ending in `en`, with the merged `Sittard-Geleen`, "
        "towns with namesakes (Ede, Emmen, Hengelo, Hoorn, Middelburg, Rijswijk); Meppel, "
        "Kampen and Hardenberg interested but not signed; Zwolle also the next venue",
    ),
    Page(
        "pl-list-otwarty-burmistrz-miasta-i-gminy-dopelniacz",
        "pl",
        "one_a_line;person_before;inflected;no_country;not_signatory",
        "List otwarty burmistrzów i prezydentów miast średnich do Prezesa Rady Ministrów",
        (2025, 3, 11),
        "Strona główna / Aktualności / Stanowiska\n\n"
        "Podczas Forum Miast Średnich w Przemyślu samorządowcy przyjęli list otwarty w "
        "sprawie dochodów jednostek samorządu terytorialnego. Gospodarzem forum był "
        "prezydent Przemyśla.\n\n"
        "Szanowny Panie Premierze,\n\n"
        "miasta średnie tracą mieszkańców, a wraz z nimi dochody. Jednocześnie rosną koszty "
        "utrzymania szkół, transportu publicznego i infrastruktury. Zwracamy się z prośbą o "
        "pilne wprowadzenie mechanizmu wyrównawczego dla miast, które tracą funkcje "
        "społeczno-gospodarcze, oraz o udział samorządów w pracach nad zmianą ustawy o "
        "dochodach.\n\n"
        "Z wyrazami szacunku",
        "Anna Wiśniewska – Burmistrz Miasta i Gminy Wieliczka\n"
        "Tomasz Gąsienica – Burmistrz Miasta Zakopane\n"
        "Krzysztof Nowak – Prezydent Miasta Stalowej Woli\n"
        "Ewa Zielińska – Burmistrz Kętrzyna\n"
        "Marek Olszewski – Burmistrz Gołdapi\n"
        "Joanna Kamińska – Burmistrz Brzegu Dolnego\n"
        "Piotr Wróbel – Burmistrz Miasta i Gminy Nowa Dęba",
        "List został przekazany do Kancelarii Prezesa Rady Ministrów w Warszawie oraz do "
        "wiadomości Komisji Wspólnej Rządu i Samorządu Terytorialnego.\n\n"
        "Pobierz list (PDF)",
        "Wieliczka/PL; Zakopane/PL; Stalowa Wola/PL; Kętrzyn/PL; Gołdap/PL; Brzeg Dolny/PL; "
        "Nowa Dęba/PL",
        "`Name – Burmistrz Miasta i Gminy X` and genitive `Burmistrz Kętrzyna`, `Gołdapi`, "
        "`Prezydent Miasta Stalowej Woli`, `Brzegu Dolnego` (Brzeg a bigger town); "
        "Przemyśl the host (`w Przemyślu`, `Przemyśla`), Warsaw the addressee",
    ),
    Page(
        "sv-konferens-deltagande-kommuner-lan-rubriker",
        "sv",
        "several_a_line;region_heading;no_country;not_signatory",
        "19 kommuner deltog i konferensen Trygg och jämlik stad",
        (2025, 5, 27),
        "Start / Kalender / Tidigare evenemang\n\n"
        "Den 20–21 maj samlades politiker och tjänstepersoner från hela landet i Norrköping "
        "för konferensen Trygg och jämlik stad. Norrköpings kommun var värd, och konferensen "
        "arrangerades tillsammans med Brottsförebyggande rådet och Boverket.\n\n"
        "Under två dagar diskuterades platsbaserat brottsförebyggande arbete, "
        "bostadsområden i omvandling och hur kommuner kan samverka med polisen.\n\n"
        "Deltagande kommuner",
        "Stockholms län\nBotkyrka, Haninge, Huddinge, Södertälje\n\n"
        "Uppsala län\nEnköping, Tierp\n\n"
        "Östergötlands län\nLinköping, Motala\n\n"
        "Jönköpings län\nVärnamo\n\n"
        "Skåne län\nHelsingborg, Landskrona, Kristianstad\n\n"
        "Hallands län\nHalmstad\n\n"
        "Västra Götalands län\nBorås, Trollhättan, Uddevalla\n\n"
        "Gävleborgs län\nSandviken\n\n"
        "Västerbottens län\nSkellefteå\n\n"
        "Norrbottens län\nLuleå",
        "Dokumentation från konferensen och presentationerna finns att ladda ner.\n\n"
        "Nästa år hålls konferensen i Karlstad.\n\n"
        "Relaterat\nGävle och Eskilstuna testar trygghetsvandringar med unga",
        "Botkyrka|Tumba/SE; Haninge/SE; Huddinge/SE; Södertälje/SE; Enköping/SE; Tierp/SE; "
        "Linköping/SE; Motala/SE; Värnamo/SE; Helsingborg/SE; Landskrona/SE; "
        "Kristianstad/SE; Halmstad/SE; Borås/SE; Trollhättan/SE; Uddevalla/SE; "
        "Sandviken/SE; Skellefteå/SE; Luleå/SE",
        "an event's participants by comma under `X län` headings that name cities "
        "(Stockholm, Uppsala, Jönköping, Gävle), Botkyrka a kommun whose seat is Tumba; "
        "Norrköping the host, Karlstad next year's, Gävle and Eskilstuna in related",
    ),
    Page(
        "fi-vetoomus-kuutoskaupungit-genetiivi-nimike-nimi",
        "fi",
        "running_text;inflected;person_after;no_country;not_signatory;person_named_like_place",
        "Suurimmat kaupungit vetoavat hallitukseen kotoutumisen rahoituksesta",
        (2025, 2, 18),
        "Etusivu › Ajankohtaista › Tiedotteet\n\n"
        "Kuusi suurinta kaupunkia vaatii hallitukselta pitkäjänteistä rahoitusta "
        "kotoutumispalveluihin, jotka siirtyivät kuntien vastuulle vuoden 2025 alussa. "
        "Kaupunkien mukaan valtion korvaukset eivät kata palveluiden todellisia kustannuksia, "
        "ja ero kasvaa vuosi vuodelta.\n\n"
        "Kaupungit esittävät, että laskennallinen korvaus sidotaan toteutuneisiin kuluihin ja "
        "että kunnille maksetaan korvaus myös työvoiman ulkopuolella olevien maahanmuuttajien "
        "kielikoulutuksesta.",
        "Vetoomuksen allekirjoittivat Helsingin pormestari Juho Leinonen, Espoon "
        "kaupunginjohtaja Kari Mäkelä, Tampereen pormestari Aino Koskinen, Vantaan "
        "kaupunginjohtaja Ritva Salo, Oulun kaupunginjohtaja Pekka Niskanen ja Turun "
        "pormestari Leena Heikkilä.",
        "Vetoomus luovutettiin tiistaina valtiovarainministerille. Kuopio ja Lahti ovat "
        "ilmoittaneet tukevansa vetoomuksen tavoitteita.\n\n"
        "Lisätietoja: kaupunginjohtajien toimistot",
        "Helsinki/FI; Espoo/FI; Tampere/FI; Vantaa/FI; Oulu/FI; Turku/FI",
        "the six biggest cities as genitives before a title and a name in one sentence "
        "(`Vantaan kaupunginjohtaja Ritva Salo`), a mayor named Salo; Kuopio and Lahti "
        "support but did not sign",
    ),
    Page(
        "cs-novi-clenove-mesta-obce-genitiv-v-praze",
        "cs",
        "running_text;inflected;no_country;not_signatory;few",
        "Svaz přivítal tři nové členy",
        (2025, 4, 9),
        "Úvod / Aktuality / Zprávy ze Svazu\n\n"
        "Předsednictvo Svazu měst a obcí České republiky na svém dubnovém zasedání v Praze "
        "projednalo mimo jiné přípravu sněmu, stanovisko k novele stavebního zákona a "
        "žádosti o členství.",
        "Předsednictvo schválilo přijetí tří nových členů: města Kralupy nad Vltavou, obce "
        "Dolní Břežany a statutárního města Kladna.",
        "„Jsme rádi, že Svaz roste a že se k nám přidávají města i menší obce. Čím více nás "
        "je, tím silněji můžeme hájit zájmy samospráv,“ uvedl předseda Svazu a primátor "
        "Českých Budějovic.\n\n"
        "Svaz nyní sdružuje více než 2 800 měst a obcí, ve kterých žijí téměř tři čtvrtiny "
        "obyvatel republiky.",
        "Kralupy nad Vltavou/CZ; Dolní Břežany/CZ; Kladno/CZ",
        "three new members in one sentence after genitive nouns (`města Kralupy nad "
        "Vltavou`, `obce Dolní Břežany`, `statutárního města Kladna`); Prague the venue "
        "(`v Praze`), České Budějovice the chairman's city",
    ),
]

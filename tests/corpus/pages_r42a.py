"""Hand-written pages, batch r42a: held out from issue #20's round 42, written without reading
the reader or running it. Fourteen networks in thirteen languages, a mix of statements with
signatories, member directories and news of cities joining, as a person copies them: a
binational Great Lakes resolution signed by mayors on two lines each (`Name` / `Mayor, City of
X, ST`) with Sault Ste. Marie on both sides of the border and a host in Michigan; an African
members directory flattened from cards with the secretariat's city not a member; German new
members of a climate network in running text grouped by Land, with `Markt`, `Stadtgemeinde`
and a South Tyrolean `Gemeinde`; a French appeal of mayors with department numbers and towns
named like other places (Vienne, Orange, Valence, Lens); Latin American new members of a city
network under country headings with `Municipalidad de X (Province)` where the province is a
city's name; a Portuguese table of municipalities with NUTS regions; and pages in Italian,
Dutch, Danish, Finnish, Polish, Hungarian, Ukrainian and Indonesian. Invented texts and
people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-great-lakes-resolution-mayor-two-lines-state-codes",
        "en",
        "one_a_line;person_before;state_codes;no_country;not_signatory;person_named_like_place",
        "Resolution 2025-3: Replacing every lead service line in the Great Lakes basin by 2035",
        (2025, 6, 19),
        "Home / Our Work / Resolutions\n\n"
        "Adopted at the Annual Meeting and Conference, Traverse City, Michigan\n\n"
        "WHEREAS more than 1.3 million lead service lines still deliver drinking water to homes "
        "in the Great Lakes and St. Lawrence basin, and the cost of replacing them falls "
        "unevenly on older industrial cities;\n\n"
        "WHEREAS the Great Lakes Water Quality Agreement, first signed in Ottawa in 1972, "
        "commits both federal governments to protect the health of the basin's residents;\n\n"
        "NOW, THEREFORE, BE IT RESOLVED that the undersigned mayors call on the governments of "
        "the United States and Canada, the eight Great Lakes states and the provinces of "
        "Ontario and Québec to fund the full replacement of lead service lines, including the "
        "private side, by 2035, and to report progress to the public every year.\n\n"
        "The resolution was moved by the Board and adopted by acclamation. Our thanks go to "
        "Mayor Dana Whitcomb and the people of Traverse City for hosting this year's meeting.\n\n"
        "Signed,",
        "Jordan Pike\nMayor, City of Duluth, MN\n\n"
        "Carmen Olvera\nMayor, City of Milwaukee, WI\n\n"
        "Henry Kowalczyk\nMayor, City of Gary, IN\n\n"
        "Denise Albright\nMayor, City of Toledo, OH\n\n"
        "Marcus Bell\nMayor, City of Erie, PA\n\n"
        "Sheila Donnelly\nMayor, City of Buffalo, NY\n\n"
        "Tyrone Mathis\nMayor, City of Rochester, NY\n\n"
        "Austin Greer\nMayor, City of Racine, WI\n\n"
        "Linda Marchetti\nMayor, City of Marquette, MI\n\n"
        "Paul Lachance\nMayor, City of Sault Ste. Marie, MI\n\n"
        "Angela Russo\nMayor, City of Sault Ste. Marie, ON\n\n"
        "Brian Kettle\nMayor, City of Thunder Bay, ON\n\n"
        "Samira Haddad\nMayor, City of Windsor, ON\n\n"
        "Gordon Fairweather\nMayor, City of Hamilton, ON\n\n"
        "Patricia Lyons\nMayor, City of Kingston, ON\n\n"
        "Mathieu Bergeron\nMaire, Ville de Trois-Rivières, QC\n\n"
        "Sylvie Gagnon\nMairesse, Ville de Lévis, QC",
        "Download Resolution 2025-3 (PDF)\n\n"
        "Media contact: Erin Walsh, Communications Manager\n\n"
        "More resolutions\n"
        "Resolution 2025-2: Protecting Lake Erie from harmful algal blooms\n"
        "Resolution 2025-1: Shoreline resilience funding for Chicago, Cleveland and Green Bay\n\n"
        "20 North Wacker Drive, Suite 2700, Chicago, IL 60606",
        "Duluth/US; Milwaukee/US; Gary/US; Toledo/US; Erie/US; Buffalo/US; Rochester/US; "
        "Racine/US; Marquette/US; Sault Ste. Marie/US; Sault Ste. Marie/CA; Thunder Bay/CA; "
        "Windsor/CA; Hamilton/CA; Kingston/CA; Trois-Rivières/CA; Lévis/CA",
        "a binational resolution signed by mayors on two lines each (`Name` / `Mayor, City of X, "
        "ST`), Sault Ste. Marie in Michigan and in Ontario, mayors named Jordan and Austin; the "
        "host Traverse City, Ottawa's agreement, Chicago the office and in related resolutions",
    ),
    Page(
        "en-africa-members-directory-cards-since",
        "en",
        "one_a_line;columns_after;country_in_language;not_signatory;teasers",
        "Our members",
        (2025, 2, 10),
        "About us\nMembers\nProgrammes\nResources\nNews\nContact\n\n"
        "Members\n\n"
        "Local and regional governments across the continent make up our network. Members "
        "share expertise on urban resilience, water and sanitation, and low-emission "
        "development, and take part in our peer-learning programmes coordinated from the "
        "Africa Secretariat in Cape Town.\n\n"
        "Filter by country\nAll countries\nFilter by programme\nAll programmes\n\n"
        "16 members found",
        "Addis Ababa City Administration\nEthiopia\nMember since 2016\nView profile\n\n"
        "City of Bahir Dar\nEthiopia\nMember since 2021\nView profile\n\n"
        "eThekwini Municipality\nSouth Africa\nMember since 2009\nView profile\n\n"
        "City of Johannesburg\nSouth Africa\nMember since 2011\nView profile\n\n"
        "City of Tshwane\nSouth Africa\nMember since 2012\nView profile\n\n"
        "Polokwane Local Municipality\nSouth Africa\nMember since 2019\nView profile\n\n"
        "Kampala Capital City Authority\nUganda\nMember since 2014\nView profile\n\n"
        "Gulu City Council\nUganda\nMember since 2022\nView profile\n\n"
        "County Government of Kisumu\nKenya\nMember since 2018\nView profile\n\n"
        "Accra Metropolitan Assembly\nGhana\nMember since 2015\nView profile\n\n"
        "Tema Metropolitan Assembly\nGhana\nMember since 2023\nView profile\n\n"
        "Ville de Dakar\nSenegal\nMember since 2017\nView profile\n\n"
        "Lusaka City Council\nZambia\nMember since 2016\nView profile\n\n"
        "City of Windhoek\nNamibia\nMember since 2013\nView profile\n\n"
        "Municipality of Walvis Bay\nNamibia\nMember since 2020\nView profile\n\n"
        "Conselho Municipal de Quelimane\nMozambique\nMember since 2021\nView profile",
        "Become a member\n"
        "Local governments in Africa can apply to join at any time. Write to the Secretariat "
        "for the membership form and fee schedule.\n\n"
        "Latest news\n"
        "Mombasa and Dar es Salaam pilot nature-based coastal defences\n"
        "Harare hosts regional workshop on landfill methane\n\n"
        "Africa Secretariat\nDock Road, V&A Waterfront, Cape Town 8001, South Africa",
        "Addis Ababa/ET; Bahir Dar/ET; Durban|eThekwini/ZA; Johannesburg/ZA; Pretoria|Tshwane/ZA; "
        "Polokwane/ZA; Kampala/UG; Gulu/UG; Kisumu County|County Government of Kisumu/KE/county; "
        "Accra/GH; Tema/GH; Dakar/SN; Lusaka/ZM; Windhoek/NA; Walvis Bay/NA; Quelimane/MZ",
        "a members directory flattened from cards (body name, country, `Member since`, `View "
        "profile`), bodies written as administrations, councils, assemblies and a county; the "
        "secretariat Cape Town and related news about Mombasa, Dar es Salaam and Harare",
    ),
    Page(
        "de-klimabuendnis-neue-mitglieder-nach-land",
        "de",
        "running_text;region_before;not_signatory;country_in_language;teasers",
        "Neun neue Mitglieder verstärken das Klima-Bündnis",
        (2025, 4, 29),
        "Startseite > Aktuelles > Pressemitteilungen\n\n"
        "Frankfurt am Main – Das Klima-Bündnis wächst weiter: Seit Jahresbeginn haben sich neun "
        "Kommunen aus Deutschland, Österreich und Italien dem Netzwerk angeschlossen. Mit dem "
        "Beitritt verpflichten sie sich, ihre Treibhausgasemissionen alle fünf Jahre um zehn "
        "Prozent zu senken und die indigenen Partner am Amazonas zu unterstützen.\n\n"
        "„Jede neue Mitgliedskommune zeigt, dass Klimaschutz vor Ort beginnt“, sagte "
        "Vorstandsmitglied Ingrid Sauerwein bei der Begrüßung der neuen Mitglieder in der "
        "Geschäftsstelle in Frankfurt.",
        "Aus Bayern sind die Stadt Landshut, die Stadt Kaufbeuren und der Markt "
        "Garmisch-Partenkirchen neu dabei, aus Nordrhein-Westfalen die Stadt Gütersloh und aus "
        "Hessen die Universitätsstadt Marburg. In Niedersachsen trat die Hansestadt Lüneburg "
        "bei. Aus Österreich kamen die Stadtgemeinde Korneuburg (Niederösterreich) und die "
        "Stadt Feldkirch (Vorarlberg) hinzu, aus Südtirol die Gemeinde Bruneck.",
        "Die neuen Mitglieder werden auf der Internationalen Jahreskonferenz im September in "
        "Luxemburg offiziell begrüßt. Das Klima-Bündnis zählt damit rund 2.000 Mitglieder in "
        "27 Ländern.\n\n"
        "Pressekontakt: Jonas Frerichs, Referent Öffentlichkeitsarbeit\n\n"
        "Weitere Meldungen\n"
        "Stadtradeln 2025: Rekordstart in Leipzig und Münster\n"
        "Wien und Graz testen neue Kältenetze",
        "Landshut/DE; Kaufbeuren/DE; Garmisch-Partenkirchen/DE; Gütersloh/DE; Marburg/DE; "
        "Lüneburg/DE; Korneuburg/AT; Feldkirch/AT; Bruneck|Brunico/IT",
        "new members in running text grouped by Land (`Aus Bayern sind die Stadt X ... neu "
        "dabei`), `Markt`, `Universitätsstadt`, `Hansestadt`, `Stadtgemeinde X "
        "(Niederösterreich)`, `aus Südtirol die Gemeinde Bruneck`; Frankfurt the office, "
        "Luxembourg the venue, teasers with Leipzig, Münster, Vienna and Graz",
    ),
    Page(
        "fr-appel-maires-paix-departements",
        "fr",
        "one_a_line;person_before;region_after;no_country;not_signatory;person_named_like_place",
        "Appel des maires pour la paix : la France doit rejoindre le Traité sur l'interdiction "
        "des armes nucléaires",
        (2025, 8, 6),
        "Accueil › Actualités › Appels et tribunes\n\n"
        "À l'occasion du 80e anniversaire des bombardements d'Hiroshima et de Nagasaki, les "
        "maires de l'Association française des communes pour la paix adressent cet appel au "
        "Président de la République.\n\n"
        "Monsieur le Président,\n\n"
        "Nos communes sont membres de Mayors for Peace, réseau fondé à l'initiative du maire "
        "d'Hiroshima et qui rassemble aujourd'hui plus de 8 000 villes. Nous vous demandons "
        "que la France participe, au moins comme observatrice, à la prochaine réunion des États "
        "parties au Traité sur l'interdiction des armes nucléaires à New York, et qu'elle "
        "soutienne l'éducation à la paix dans les écoles.\n\n"
        "Veuillez agréer, Monsieur le Président, l'expression de notre haute considération.\n\n"
        "Premiers signataires :",
        "Claire Dubois, maire de Grenoble (38)\n"
        "Karim Benali, maire de Saint-Denis (93)\n"
        "Jacqueline Forestier, maire de Malakoff (92)\n"
        "Gérard Pellegrin, maire d'Aubagne (13)\n"
        "Nicolas Florence, maire de Valence (26)\n"
        "Anne-Marie Le Goff, maire de Cherbourg-en-Cotentin (50)\n"
        "Thierry Dumas, maire de Vienne (38)\n"
        "Sophie Nancy, maire d'Orange (84)\n"
        "Patrick Lemaire, maire de Tours (37)\n"
        "Hélène Brunet, maire d'Alençon (61)\n"
        "Bruno Delattre, maire de Lens (62)\n"
        "Élodie Marchal, maire de Bègles (33)\n"
        "Yann Kerjean, maire de Brest (29)",
        "Vous êtes maire et souhaitez signer l'appel ? Écrivez-nous avant le 21 septembre, "
        "Journée internationale de la paix.\n\n"
        "Partager : Facebook · X · LinkedIn · E-mail\n\n"
        "À lire aussi\n"
        "Malaucène et Ivry-sur-Seine plantent un arbre de la paix\n"
        "Retour sur la délégation française à Nagasaki",
        "Grenoble/FR; Saint-Denis/FR; Malakoff/FR; Aubagne/FR; Valence/FR; "
        "Cherbourg-en-Cotentin/FR; Vienne/FR; Orange/FR; Tours/FR; Alençon/FR; Lens/FR; "
        "Bègles/FR; Brest/FR",
        "an open letter's first signatories `Name, maire de X (38)` with department numbers and "
        "towns named like bigger places (Saint-Denis, Valence, Vienne, Orange, Lens, Brest), "
        "mayors named Florence and Nancy; Hiroshima, Nagasaki and New York in the text",
    ),
    Page(
        "es-red-ciudades-nuevas-socias-por-pais",
        "es",
        "one_a_line;region_heading;region_after;country_in_language;not_signatory",
        "La Red suma nueve nuevas ciudades socias en la Cumbre de Montevideo",
        (2025, 11, 27),
        "Inicio / Noticias\n\n"
        "Montevideo, Uruguay. – La Asamblea General reunida en la Cumbre anual aprobó por "
        "unanimidad el ingreso de nueve gobiernos locales de cinco países, con lo que la Red "
        "alcanza 380 ciudades de América del Sur. La Secretaría Ejecutiva, a cargo este año de "
        "la ciudad de Rosario, dio la bienvenida a las nuevas integrantes.\n\n"
        "“La integración regional se construye desde las ciudades”, afirmó la secretaria "
        "ejecutiva, Mariela Ocampo, durante la sesión de cierre.\n\n"
        "Las nuevas ciudades socias son:",
        "Argentina\n"
        "Municipalidad de Rafaela (Santa Fe)\n"
        "Municipalidad de Villa María (Córdoba)\n"
        "Municipio de Tandil (Buenos Aires)\n\n"
        "Brasil\n"
        "Prefeitura de Canoas (Rio Grande do Sul)\n"
        "Prefeitura de Pelotas (Rio Grande do Sul)\n\n"
        "Chile\n"
        "Ilustre Municipalidad de Valdivia (Región de Los Ríos)\n"
        "Municipalidad de Temuco (Región de La Araucanía)\n\n"
        "Paraguay\n"
        "Municipalidad de Encarnación (Itapúa)\n\n"
        "Bolivia\n"
        "Gobierno Autónomo Municipal de Cochabamba",
        "Las nuevas socias participarán desde 2026 en las Unidades Temáticas de la Red. La "
        "próxima Cumbre se celebrará en Asunción.\n\n"
        "Compartir en: Facebook | X | WhatsApp\n\n"
        "Noticias relacionadas\n"
        "Quilmes y Guarulhos comparten experiencias de presupuesto participativo\n"
        "Taller de ciudades inteligentes en Santa Cruz de la Sierra",
        "Rafaela/AR; Villa María/AR; Tandil/AR; Canoas/BR; Pelotas/BR; Valdivia/CL; Temuco/CL; "
        "Encarnación/PY; Cochabamba/BO",
        "new members under country headings, `Municipalidad de X (Province)` with provinces "
        "named like cities (Santa Fe, Córdoba, Buenos Aires), Portuguese `Prefeitura de`; "
        "Montevideo the venue, Rosario the secretariat, Asunción the next venue, related news",
    ),
    Page(
        "pt-rede-municipios-saudaveis-tabela-nuts",
        "pt",
        "table_tabs;columns_after;region_after;no_country;not_signatory",
        "Municípios membros da Rede",
        (2025, 3, 14),
        "A Rede > Quem somos > Membros\n\n"
        "A Rede Portuguesa de Municípios Saudáveis é uma associação de municípios que promove "
        "a saúde e a qualidade de vida das populações, segundo o projeto Cidades Saudáveis da "
        "Organização Mundial da Saúde. A sede da Rede funciona em instalações cedidas pela "
        "Câmara Municipal de Lisboa.\n\n"
        "Atualmente integram a Rede os seguintes municípios:",
        "Município\tRegião (NUTS II)\tAno de adesão\n"
        "Amadora\tÁrea Metropolitana de Lisboa\t1997\n"
        "Seixal\tÁrea Metropolitana de Lisboa\t1997\n"
        "Palmela\tÁrea Metropolitana de Lisboa\t2001\n"
        "Montijo\tÁrea Metropolitana de Lisboa\t2004\n"
        "Vila Franca de Xira\tÁrea Metropolitana de Lisboa\t2012\n"
        "Viana do Castelo\tNorte\t2006\n"
        "Vila Real\tNorte\t2009\n"
        "Bragança\tNorte\t2015\n"
        "Lousã\tCentro\t2002\n"
        "Figueira da Foz\tCentro\t2010\n"
        "Torres Vedras\tOeste e Vale do Tejo\t2008\n"
        "Évora\tAlentejo\t1999\n"
        "Serpa\tAlentejo\t2003\n"
        "Loulé\tAlgarve\t2011\n"
        "Lagos\tAlgarve\t2018",
        "15 municípios\n\n"
        "Como aderir\nA adesão é aprovada pela Assembleia Intermunicipal, sob proposta do "
        "Conselho Diretivo, presidido pelo Município de Setúbal.\n\n"
        "Partilhar: Facebook | LinkedIn | E-mail",
        "Amadora/PT; Seixal/PT; Palmela/PT; Montijo/PT; Vila Franca de Xira/PT; "
        "Viana do Castelo/PT; Vila Real/PT; Bragança/PT; Lousã/PT; Figueira da Foz/PT; "
        "Torres Vedras/PT; Évora/PT; Serpa/PT; Loulé/PT; Lagos/PT",
        "a tab table of municipalities with NUTS II region and year columns, one region "
        "`Área Metropolitana de Lisboa`, Lagos (also Nigeria); Lisbon the seat and Setúbal the "
        "board's chair, not in the table",
    ),
    Page(
        "it-enti-locali-pace-adesioni-comuni-province",
        "it",
        "running_text;inflected;body_not_city;not_signatory;person_named_like_place",
        "Appello per il cessate il fuoco: le adesioni degli enti locali",
        (2025, 9, 22),
        "Home » Notizie » Campagne\n\n"
        "Il Coordinamento nazionale degli enti locali per la pace e i diritti umani ha "
        "presentato ieri a Perugia, nella sede della Regione Umbria, l'appello per un cessate "
        "il fuoco immediato e per la protezione dei civili, che sarà consegnato al Presidente "
        "del Consiglio dei ministri a Roma in occasione della Marcia Perugia-Assisi del 12 "
        "ottobre.\n\n"
        "«I sindaci sono in prima linea nell'accoglienza e nella costruzione della pace», ha "
        "ricordato la coordinatrice nazionale, Lucia Fermo.",
        "Hanno già aderito all'appello i Comuni di Reggio Emilia, Pesaro, Lecce, Matera, "
        "Ferrara, Cuneo e Bergamo, la Città metropolitana di Torino e la Provincia di Livorno. "
        "Ha inoltre sottoscritto il testo il Comune di Trento, con una delibera approvata "
        "all'unanimità dal consiglio comunale su proposta del consigliere Marco Siena.",
        "Le adesioni restano aperte fino all'8 ottobre: gli enti locali possono aderire "
        "inviando la delibera di giunta o di consiglio alla segreteria del Coordinamento.\n\n"
        "Condividi: Facebook · X · WhatsApp · Email\n\n"
        "Leggi anche\n"
        "Gubbio e Spoleto ospitano la scuola di pace per gli amministratori\n"
        "A Firenze il forum delle città per i diritti umani",
        "Reggio Emilia/IT; Pesaro/IT; Lecce/IT; Matera/IT; Ferrara/IT; Cuneo/IT; Bergamo/IT; "
        "Città metropolitana di Torino|Metropolitan City of Turin/IT/metropolitan area; "
        "Provincia di Livorno|Province of Livorno/IT/province; Trento/IT",
        "adhesions in running text (`i Comuni di X, Y e Z, la Città metropolitana di Torino e "
        "la Provincia di Livorno`), then Trento in a second sentence; Perugia the venue, Rome "
        "the addressee, Assisi in a march's name, a councillor named Siena, teasers",
    ),
    Page(
        "nl-global-goals-gemeenten-bullets-provincie",
        "nl",
        "bulleted;region_after;region_like_country;no_country;not_signatory;teasers",
        "Zes nieuwe Global Goals Gemeenten",
        (2025, 10, 2),
        "Home > Nieuws > Duurzame ontwikkeling\n\n"
        "Tijdens het VNG Jaarcongres in Zwolle hebben zes gemeenten zich officieel aangesloten "
        "bij de campagne Gemeenten4GlobalGoals. Daarmee werken nu 120 Nederlandse gemeenten "
        "aan de duurzameontwikkelingsdoelen van de Verenigde Naties in hun eigen beleid.\n\n"
        "Wethouder Fleur van Dam van de gastgemeente Zwolle reikte de vlaggen uit. „Lokaal "
        "beleid maakt de doelen tastbaar”, zei zij.\n\n"
        "De nieuwe Global Goals Gemeenten zijn:",
        "• Gemeente Den Helder (Noord-Holland)\n"
        "• Gemeente Bergen (Noord-Holland)\n"
        "• Gemeente Deventer (Overijssel)\n"
        "• Gemeente Heerlen (Limburg)\n"
        "• Gemeente Ede (Gelderland)\n"
        "• Gemeente Houten (Utrecht)",
        "Wilt u ook Global Goals Gemeente worden? Neem contact op met het team Internationaal "
        "van VNG in Den Haag.\n\n"
        "Delen via: LinkedIn | X | Facebook | E-mail\n\n"
        "Gerelateerd nieuws\n"
        "Tilburg en Leeuwarden winnen SDG-prijs\n"
        "Oss start met een lokale SDG-monitor",
        "Den Helder/NL; Bergen/NL; Deventer/NL; Heerlen/NL; Ede/NL; Houten/NL",
        "bullets of `Gemeente X (province)` with Limburg and Utrecht as provinces, Bergen "
        "(NH) named like Norway's city; the host Zwolle, VNG in The Hague, teasers",
    ),
    Page(
        "da-dk2020-klimaplaner-glued-table",
        "da",
        "table_glued;columns_after;no_country;not_signatory",
        "Kommuner med godkendt klimaplan",
        (2025, 1, 23),
        "Forside / DK2020 / Deltagende kommuner\n\n"
        "Alle landets 98 kommuner deltager i partnerskabet om klimahandlingsplaner. Planerne "
        "vurderes af C40 Cities efter den samme ramme som storbyernes. Sekretariatet ligger hos "
        "KL i København.\n\n"
        "Her er de kommuner, der fik deres plan godkendt i seneste runde:\n\n"
        "KommuneRegionGodkendt",
        "Vejle KommuneSyddanmark12.12.2024\n"
        "Sønderborg KommuneSyddanmark12.12.2024\n"
        "Middelfart KommuneSyddanmark12.12.2024\n"
        "Frederikshavn KommuneNordjylland28.11.2024\n"
        "Skive KommuneMidtjylland28.11.2024\n"
        "Herning KommuneMidtjylland28.11.2024\n"
        "Holbæk KommuneSjælland14.11.2024\n"
        "Næstved KommuneSjælland14.11.2024\n"
        "Køge KommuneSjælland14.11.2024\n"
        "Hillerød KommuneHovedstaden31.10.2024\n"
        "Helsingør KommuneHovedstaden31.10.2024",
        "Se alle godkendte planer på kortet\n\n"
        "Kontakt: projektleder Mette Skovgaard\n\n"
        "Del: Facebook | LinkedIn | Mail",
        "Vejle/DK; Sønderborg/DK; Middelfart/DK; Frederikshavn/DK; Skive/DK; Herning/DK; "
        "Holbæk/DK; Næstved/DK; Køge/DK; Hillerød/DK; Helsingør/DK",
        "a table copied with its cells glued (`Vejle KommuneSyddanmark12.12.2024`) under a "
        "glued header; Copenhagen the secretariat",
    ),
    Page(
        "fi-hinku-uudet-jasenet-genetiivit",
        "fi",
        "running_text;inflected;not_signatory;person_named_like_place",
        "Hinku-verkosto kasvoi viidellä kunnalla",
        (2025, 5, 8),
        "Etusivu > Ajankohtaista > Uutiset\n\n"
        "Hiilineutraalien kuntien verkostoon liittyi kevään aikana viisi uutta kuntaa. Hinku-"
        "kunnat sitoutuvat vähentämään kasvihuonekaasupäästöjään 80 prosenttia vuoteen 2030 "
        "mennessä vuoden 2007 tasosta.\n\n"
        "Uudet jäsenet toivotettiin tervetulleiksi Hinku-foorumissa Lahdessa, jossa "
        "verkoston koordinaattori Aino Kotka esitteli kuntien päästökehitystä.",
        "Verkostoon liittyivät Kuopion kaupunki, Mikkelin kaupunki, Raision kaupunki, "
        "Sotkamon kunta ja Iin kunta. Lisäksi Kajaanin kaupunki on tehnyt liittymispäätöksen "
        "valtuustossa, ja se liitetään verkostoon kesäkuussa.",
        "Hinku-verkostoa koordinoi Suomen ympäristökeskus Helsingissä.\n\n"
        "Jaa: Facebook | LinkedIn | Sähköposti\n\n"
        "Lue myös\n"
        "Forssa ja Lieto palkittiin ilmastoteoista\n"
        "Salon aurinkopuisto valmistui",
        "Kuopio/FI; Mikkeli/FI; Raisio/FI; Sotkamo/FI; Ii/FI; Kajaani/FI",
        "new members in running text as genitives (`Kuopion kaupunki`, `Iin kunta`) and one "
        "that has decided to join in a second sentence; the venue `Lahdessa`, coordinator "
        "Kotka, Helsinki the secretariat, teasers with Forssa, Lieto and Salo",
    ),
    Page(
        "pl-unia-metropolii-stanowisko-prezydent-miasta",
        "pl",
        "one_a_line;person_after;inflected;no_country;not_signatory",
        "Stanowisko Unii Metropolii Polskich w sprawie finansowania transportu publicznego",
        (2025, 10, 16),
        "Strona główna » Aktualności » Stanowiska\n\n"
        "Zarząd Unii Metropolii Polskich im. Pawła Adamowicza, obradujący w Toruniu, przyjął "
        "stanowisko skierowane do Prezesa Rady Ministrów i Ministra Infrastruktury w Warszawie.\n\n"
        "Prezydenci największych polskich miast apelują o stałe, ustawowe źródło finansowania "
        "publicznego transportu zbiorowego oraz o udział miast w przychodach z systemu handlu "
        "uprawnieniami do emisji (ETS2). Bez takiego wsparcia utrzymanie obecnej oferty "
        "komunikacji miejskiej od 2027 roku nie będzie możliwe.\n\n"
        "Stanowisko podpisali:",
        "Prezydent m.st. Warszawy\nRafał Wiśniewski\n\n"
        "Prezydent Miasta Krakowa\nAgnieszka Sobczak\n\n"
        "Prezydent Miasta Łodzi\nEwa Kalinowska\n\n"
        "Prezydent Wrocławia\nMarek Zawadzki\n\n"
        "Prezydent Miasta Poznania\nTomasz Jabłoński\n\n"
        "Prezydent Miasta Gdańska\nJoanna Kwiatkowska\n\n"
        "Prezydent Miasta Szczecin\nPiotr Głowacki\n\n"
        "Prezydent Miasta Bydgoszczy\nKrzysztof Leśniak\n\n"
        "Prezydent Miasta Lublin\nAndrzej Pawlak\n\n"
        "Prezydent Miasta Katowice\nBeata Zielonka\n\n"
        "Prezydent Miasta Białegostoku\nMichał Sadowski\n\n"
        "Zastępca Prezydenta Miasta Gdyni\nKatarzyna Mazur\n\n"
        "Prezydent Miasta Rzeszowa\nPaweł Domański",
        "Pobierz stanowisko (PDF, 214 KB)\n\n"
        "Udostępnij: Facebook | X | LinkedIn\n\n"
        "Zobacz także\n"
        "Opole i Toruń w programie „Czyste powietrze w miastach”\n"
        "Biuro UMP: ul. Mokotowska 4/6, 00-641 Warszawa",
        "Warszawa/PL; Kraków/PL; Łódź/PL; Wrocław/PL; Poznań/PL; Gdańsk/PL; Szczecin/PL; "
        "Bydgoszcz/PL; Lublin/PL; Katowice/PL; Białystok/PL; Gdynia/PL; Rzeszów/PL",
        "signatures as a title line in the genitive or nominative (`Prezydent Miasta Krakowa`, "
        "`Prezydent Miasta Szczecin`, `m.st. Warszawy`, a deputy for Gdynia) over the "
        "signer's name; Toruń the venue, Warsaw also the addressee's and the office's seat",
    ),
    Page(
        "hu-egeszseges-varosok-uj-tagok-ragok",
        "hu",
        "running_text;inflected;not_signatory",
        "Három új taggal bővült az Egészséges Városok Szövetsége",
        (2025, 6, 5),
        "Főoldal > Hírek\n\n"
        "Az Egészséges Városok Magyarországi Szövetsége Pécsett tartotta éves közgyűlését, "
        "amelyen a tagság egyhangúlag megszavazta három új önkormányzat felvételét.",
        "A szövetség Szekszárddal, Gödöllővel és Mosonmagyaróvárral bővült, így a hálózatnak "
        "immár 24 tagja van. Az új tagok vállalták, hogy két éven belül elkészítik városuk "
        "egészségfejlesztési tervét.",
        "„Örülünk, hogy egyre több település csatlakozik az Egészségügyi Világszervezet "
        "európai programjához” – mondta a szövetség elnöke, Kovács-Szalai Judit, Kaposvár "
        "alpolgármestere. A következő közgyűlést Békéscsabán rendezik.\n\n"
        "Megosztás: Facebook | E-mail\n\n"
        "Kapcsolódó hírek\n"
        "Nyíregyháza és Veszprém közös mozgásprogramot indít\n"
        "Zalaegerszegen átadták az új egészségpontot",
        "Szekszárd/HU; Gödöllő/HU; Mosonmagyaróvár/HU",
        "three new members in the instrumental case (`Szekszárddal, Gödöllővel és "
        "Mosonmagyaróvárral`); the venue `Pécsett`, the president from Kaposvár, the next venue "
        "`Békéscsabán`, teasers",
    ),
    Page(
        "uk-energoefektyvni-mista-novi-chleny-hromady",
        "uk",
        "numbered;inflected;region_after;no_country;not_signatory",
        "Асоціація енергоефективних міст України прийняла нових членів",
        (2025, 7, 3),
        "Головна / Новини\n\n"
        "На засіданні Правління, яке відбулося у Львові, до Асоціації енергоефективних міст "
        "України приєдналися вісім територіальних громад. Нові члени зобов'язуються розробити "
        "плани дій сталого енергетичного розвитку та клімату і впроваджувати системи "
        "енергоменеджменту в комунальних будівлях.\n\n"
        "«Енергоефективність сьогодні — це питання стійкості громад», — наголосила виконавча "
        "директорка Асоціації Оксана Дніпрова.\n\n"
        "Нові члени Асоціації:",
        "1. Вінницька міська територіальна громада (Вінницька обл.)\n"
        "2. Луцька міська рада (Волинська обл.)\n"
        "3. Івано-Франківська міська територіальна громада (Івано-Франківська обл.)\n"
        "4. Полтавська міська рада (Полтавська обл.)\n"
        "5. Ужгородська міська рада (Закарпатська обл.)\n"
        "6. Мукачівська міська територіальна громада (Закарпатська обл.)\n"
        "7. Кам'янець-Подільська міська рада (Хмельницька обл.)\n"
        "8. Білоцерківська міська рада (Київська обл.)",
        "Асоціацію підтримують партнери з Німеччини та Швейцарії.\n\n"
        "Поділитися: Facebook | Telegram\n\n"
        "Читайте також\n"
        "Чернівці та Тернопіль модернізують вуличне освітлення\n\n"
        "Офіс Асоціації: вул. Хрещатик, 36, м. Київ",
        "Vinnytsia/UA; Lutsk/UA; Ivano-Frankivsk/UA; Poltava/UA; Uzhhorod/UA; Mukachevo/UA; "
        "Kamianets-Podilskyi/UA; Bila Tserkva/UA",
        "numbered councils and hromadas as adjectives of the city (`Вінницька міська "
        "територіальна громада`, `Білоцерківська міська рада`) with oblasts named like cities "
        "after them; Lviv the venue, a director named Dniprova, Kyiv the office, teasers",
    ),
    Page(
        "id-apeksi-deklarasi-tabel-kota-provinsi",
        "id",
        "table_tabs;region_after;columns_after;person_after;no_country;not_signatory",
        "Deklarasi Kota Tangguh Bencana: daftar penandatangan",
        (2025, 8, 21),
        "Beranda › Berita › Rakernas\n\n"
        "Balikpapan – Sebanyak sepuluh pemerintah kota menandatangani Deklarasi Kota Tangguh "
        "Bencana pada Rapat Kerja Nasional Asosiasi Pemerintah Kota Seluruh Indonesia "
        "(APEKSI) di Balikpapan, Kalimantan Timur. Wali Kota Balikpapan selaku tuan rumah "
        "menyaksikan penandatanganan bersama Ketua Dewan Pengurus APEKSI.\n\n"
        "Deklarasi memuat komitmen untuk memasukkan pengurangan risiko bencana dalam rencana "
        "pembangunan daerah dan menyiapkan dana cadangan darurat.\n\n"
        "Daftar penandatangan:",
        "No\tPemerintah Kota\tProvinsi\tPenandatangan\n"
        "1\tKota Bogor\tJawa Barat\tWali Kota Hendra Saputra\n"
        "2\tKota Batu\tJawa Timur\tWali Kota Rina Kusumawati\n"
        "3\tKota Salatiga\tJawa Tengah\tWakil Wali Kota Agus Prasetyo\n"
        "4\tKota Solok\tSumatera Barat\tWali Kota Yulianti Rahma\n"
        "5\tKota Palu\tSulawesi Tengah\tWali Kota Arif Lamadjido\n"
        "6\tKota Kendari\tSulawesi Tenggara\tWali Kota Sitti Rahmawati\n"
        "7\tKota Bima\tNusa Tenggara Barat\tWali Kota Muhammad Fadli\n"
        "8\tKota Denpasar\tBali\tWali Kota I Made Suarjana\n"
        "9\tKota Ternate\tMaluku Utara\tWali Kota Nurlaila Hasan\n"
        "10\tKota Tual\tMaluku\tSekretaris Daerah Yohanis Rahayaan",
        "Kota-kota lain anggota APEKSI dapat menandatangani deklarasi melalui Sekretariat "
        "APEKSI di Jakarta.\n\n"
        "Bagikan: Facebook | X | WhatsApp\n\n"
        "Berita terkait\n"
        "Makassar dan Pontianak berbagi praktik baik pengelolaan sampah",
        "Bogor/ID; Batu/ID; Salatiga/ID; Solok/ID; Palu/ID; Kendari/ID; Bima/ID; Denpasar/ID; "
        "Ternate/ID; Tual/ID",
        "a tab table of `Kota X` with province and signer columns (Batu, Bima, Tual short "
        "names; `Bali` a province); the host Balikpapan, Jakarta the secretariat, a teaser",
    ),
]

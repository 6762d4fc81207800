"""Hand-written pages, batch r25a: held out from round 25 (branch accr25a), written without
reading the reader or running it, before any change to it for them. Seven statements and seven
member pages in thirteen languages, modelled on how city networks around the world publish
them: an English open letter to a climate conference whose signatories are a flattened table of
city, country, signatory and title, with a mayor named Jordan and the conference's venue; a
Spanish declaration named after its venue signed by `D.ª Name, alcaldesa de X` lines, mayors
surnamed Zamora, Soria and León, a provincial council and an excused mayor; Latin American new
members `Municipalidad de X (Provincia, País)` beside the presiding city and the summit's host;
a French communiqué of African mayors as a `Pays / Collectivité / Signataire` table whose
country cell is left empty under the first of its rows, with `Saint-Louis`; German new members
with `Bundesland`, population and date columns, a `Landkreis` and the state of Brandenburg
beside `Frankfurt (Oder)`; an Italian appeal whose signature blocks are two columns flattened
with wide spaces, under a march named after Perugia and Assisi; Polish award winners with
genitives `Miasta Ostrowa Wielkopolskiego`; an Arabic closing statement numbered in Eastern
Arabic digits with `أمانة`, `بلدية`, a governorate and Tripoli of Lebanon beside a host;
Japanese members as a prefecture, municipality and year table with wards and namesakes; Korean
running text with `을 비롯해` and `등`, a venue and a presiding city; Indonesian new members under
`Provinsi` headings with `Kota` and `Kabupaten`; Turkish award winners that are district
municipalities with their province in brackets; Russian `Глава города X` titles with genitives;
Brazilian members by state with counts. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-open-letter-cop-table-city-country-signatory-title",
        "en",
        "table_tabs;columns_after;person_after;person_named_like_place;not_signatory;"
        "country_in_language",
        "Open letter: cities ask COP30 negotiators to put heat on the agenda",
        (2025, 11, 6),
        "Home / News & Resources / Open letters\n\n"
        "Ahead of the UN Climate Change Conference in Belém, mayors and governors of 24 cities "
        "wrote to the negotiators of the Parties. The letter was delivered in Belém by a "
        "delegation of young climate leaders on the opening day of the conference.\n\n"
        "Dear negotiators,\n\n"
        "Ten years after the Paris Agreement, extreme heat is already the deadliest climate "
        "hazard in our cities. It falls hardest on outdoor workers, older residents and "
        "people living in informal settlements. Cities are acting: we are planting shade, "
        "opening cooling centres, appointing chief heat officers and changing how we build. "
        "But we cannot do it alone.\n\n"
        "We ask you to:\n"
        "1. Recognise extreme heat in the Global Goal on Adaptation indicators;\n"
        "2. Open adaptation finance directly to cities and local governments;\n"
        "3. Count heat deaths and heat-related losses in national reporting.\n\n"
        "We stand ready to work with you.\n\n"
        "Signatories (as of 6 November 2025)",
        "City\tCountry\tSignatory\tTitle\n"
        "Freetown\tSierra Leone\tAminata Kamara-Cole\tMayor\n"
        "Accra\tGhana\tKwabena Asante\tMetropolitan Chief Executive\n"
        "Kampala\tUganda\tEsther Nabukeera\tLord Mayor\n"
        "Nairobi\tKenya\tPeter Mwangi Kariuki\tGovernor\n"
        "Dar es Salaam\tTanzania\tHalima Said Mrisho\tMayor\n"
        "Addis Ababa\tEthiopia\tSelamawit Tesfaye\tDeputy Mayor\n"
        "Amman\tJordan\tOmar Al-Khatib\tMayor of Greater Amman\n"
        "Chennai\tIndia\tPriya Raghunathan\tMayor\n"
        "Karachi\tPakistan\tFaisal Siddiqui\tMayor\n"
        "Jakarta\tIndonesia\tRudi Hartono\tGovernor\n"
        "Quezon City\tPhilippines\tMaria Teresa Villanueva\tMayor\n"
        "Seoul\tRepublic of Korea\tKim Ji-won\tDeputy Mayor for Climate and Environment\n"
        "Melbourne\tAustralia\tSophie Nguyen\tLord Mayor\n"
        "Athens\tGreece\tNikos Papadakis\tMayor\n"
        "Barcelona\tSpain\tJordi Casals i Ferrer\tMayor\n"
        "Paris\tFrance\tClaire Dubreuil\tDeputy Mayor in charge of resilience\n"
        "Rotterdam\tNetherlands\tAhmed El Ouali\tMayor\n"
        "Copenhagen\tDenmark\tMette Lindholm\tLord Mayor\n"
        "Vancouver\tCanada\tDavid Cho\tMayor\n"
        "Phoenix\tUnited States\tJordan Ellis\tMayor\n"
        "Ciudad de México\tMexico\tLaura Jiménez Robles\tHead of Government\n"
        "Bogotá D.C.\tColombia\tAndrés Felipe Rojas\tMayor\n"
        "Lima\tPeru\tRosa Quispe Huamán\tMayor\n"
        "Quito\tEcuador\tDiego Andrade\tMayor",
        "The letter remains open for signature until the end of the conference. Mayors who "
        "wish to add their city can write to the secretariat.\n\n"
        "Media contact: press office, London",
        "Freetown/SL; Accra/GH; Kampala/UG; Nairobi/KE; Dar es Salaam/TZ; Addis Ababa/ET; "
        "Amman/JO; Chennai/IN; Karachi/PK; Jakarta/ID; Quezon City/PH; Seoul/KR; Melbourne/AU; "
        "Athens/GR; Barcelona/ES; Paris/FR; Rotterdam/NL; Copenhagen/DK; Vancouver/CA; "
        "Phoenix/US; Mexico City|Ciudad de México/MX; Bogotá/CO; Lima/PE; Quito/EC",
        "a flattened four-column table city, country, signatory, title; Jordan the country and a "
        "mayor named Jordan; Belém the venue twice, the Paris Agreement, London the press office",
    ),
    Page(
        "es-declaracion-venue-alcaldesa-de-apellidos-lugar-diputacion-excuso",
        "es",
        "one_a_line;person_before;person_named_like_place;not_signatory;body_not_city;no_country",
        "Declaración de Pamplona por una movilidad urbana segura y saludable",
        (2025, 5, 22),
        "Inicio > Actualidad > Notas de prensa\n\n"
        "Los alcaldes y alcaldesas de la Red de Ciudades que Caminan, reunidos en Pamplona los "
        "días 21 y 22 de mayo con motivo de su asamblea anual, han aprobado la Declaración de "
        "Pamplona, que fue leída en el salón de plenos del Ayuntamiento de Pamplona por su "
        "anfitrión, el concejal delegado de Movilidad, D. Xabier Irigoien.\n\n"
        "Las ciudades firmantes se comprometen a:\n"
        "• reducir a la mitad las víctimas graves de tráfico antes de 2030;\n"
        "• extender las zonas de 30 km/h a todas las calles de un solo carril por sentido;\n"
        "• garantizar caminos escolares seguros en todos los barrios;\n"
        "• evaluar cada año los avances y rendir cuentas ante la ciudadanía.\n\n"
        "La Declaración se suma a la Carta de Leipzig y a la Declaración de Estocolmo sobre "
        "seguridad vial. Excusó su asistencia, por coincidir con el pleno municipal, el alcalde "
        "de Bilbao, que ha anunciado su adhesión en las próximas semanas.\n\n"
        "Firman la Declaración:",
        "D.ª María Soler Vidal, alcaldesa de Castelló de la Plana\n"
        "D. Luis Soria Pardo, teniente de alcalde de Málaga, en representación del alcalde\n"
        "D.ª Ana Zamora Gil, alcaldesa de Logroño\n"
        "D. Carlos León Urquiza, alcalde de Vitoria-Gasteiz\n"
        "D. Miguel Ángel Ferrero Sanz, alcalde de Valladolid\n"
        "D.ª Begoña Arrieta Lasa, alcaldesa de Donostia / San Sebastián\n"
        "D. Joan Ribas i Puig, alcalde de Sant Cugat del Vallès\n"
        "D.ª Elena Cuenca Márquez, alcaldesa de Córdoba\n"
        "D. Pablo Orense Díaz, concejal de Movilidad de Gijón\n"
        "D.ª Pilar Ávila Rubio, diputada delegada de Movilidad de la Diputación de Barcelona\n"
        "D. Tomás Herrero Cabello, alcalde de Pontevedra",
        "Pamplona, 22 de mayo de 2025\n\n"
        "La próxima asamblea se celebrará en Pontevedra en la primavera de 2026.",
        "Castelló de la Plana|Castellón de la Plana/ES; Málaga/ES; Logroño/ES; "
        "Vitoria-Gasteiz/ES; Valladolid/ES; San Sebastián|Donostia/ES; "
        "Sant Cugat del Vallès/ES; Córdoba/ES; Gijón/ES; "
        "Diputación de Barcelona|Barcelona Province/ES/province; Pontevedra/ES",
        "`D.ª Name, alcaldesa de X` lines with signers surnamed Soria, Zamora, León, Cuenca, "
        "Orense, Ávila; a deputy for the mayor; a provincial council; Pamplona the host and "
        "venue, Bilbao excused, Leipzig and Stockholm in treaties' names, Pontevedra again as "
        "the next venue",
    ),
    Page(
        "es-nuevos-miembros-municipalidad-provincia-pais-presidencia",
        "es",
        "bulleted;region_after;country_in_language;not_signatory;few",
        "La red suma tres ciudades y ya reúne a 364 gobiernos locales de América del Sur",
        (2025, 12, 4),
        "Inicio » Noticias\n\n"
        "El Consejo de la red aprobó por unanimidad el ingreso de tres nuevos miembros durante "
        "la Cumbre anual celebrada en Niterói, Brasil, que reunió a más de 400 autoridades "
        "locales de la región.\n\n"
        '"Cada ciudad que se suma fortalece la integración desde los territorios", destacó la '
        "intendenta de Rosario, ciudad que ejerce la Presidencia de la red hasta diciembre de "
        "2026. La Secretaría Técnica Permanente, con sede en Montevideo, acompañará a los "
        "nuevos miembros en su incorporación a las unidades temáticas.\n\n"
        "Los gobiernos locales que se incorporan son:",
        "• Municipalidad de Villa Carlos Paz (Córdoba, Argentina)\n"
        "• Prefeitura de Santa Maria (Rio Grande do Sul, Brasil)\n"
        "• Intendencia de Paysandú (Uruguay)",
        "Con estas incorporaciones, la red cuenta con miembros en Argentina, Bolivia, Brasil, "
        "Chile, Colombia, Ecuador, Paraguay, Perú, Uruguay y Venezuela.\n\n"
        "La próxima Cumbre se realizará en Asunción.",
        "Villa Carlos Paz/AR; Santa Maria/BR; "
        "Intendencia de Paysandú|Paysandú Department/UY/region",
        "bullets of `Municipalidad de X (Provincia, País)` with a Brazilian `Prefeitura`, "
        "province Córdoba after Villa Carlos Paz, a department's `Intendencia`; Niterói the "
        "summit's venue, Rosario the presiding city, Montevideo the secretariat, Asunción next",
    ),
    Page(
        "fr-communique-maires-afrique-tableau-pays-vide-saint-louis",
        "fr",
        "table_tabs;region_before;country_in_language;person_after;not_signatory",
        "Communiqué final du Forum des maires d'Afrique de l'Ouest et du Centre sur l'eau",
        (2025, 3, 14),
        "Accueil / Actualités / Communiqués\n\n"
        "Réunis à Cotonou du 12 au 14 mars 2025 à l'invitation du maire de la ville de "
        "Cotonou, les maires et présidents de délégations spéciales de seize collectivités "
        "territoriales ont adopté le présent communiqué final.\n\n"
        "Considérant l'Agenda 2063 de l'Union africaine et l'Accord de Paris ;\n"
        "Rappelant la Déclaration de Dakar sur l'eau et l'assainissement adoptée lors du "
        "Forum mondial de l'eau ;\n"
        "Préoccupés par la croissance rapide des quartiers précaires et par les inondations "
        "qui ont frappé Niamey et N'Djamena en 2024 ;\n\n"
        "Les signataires s'engagent à :\n"
        "- inscrire l'accès à l'eau potable et à l'assainissement en tête des plans communaux "
        "de développement ;\n"
        "- créer, dans chaque collectivité, un service municipal de l'eau doté d'un budget "
        "propre ;\n"
        "- partager leurs données et leurs expériences au sein du réseau.\n\n"
        "Fait à Cotonou, le 14 mars 2025.\n\n"
        "Liste des signataires",
        "Pays\tCollectivité\tSignataire\n"
        "Bénin\tCommune d'Abomey-Calavi\tM. Romuald Agossou, Maire\n"
        "\tCommune de Porto-Novo\tMme Clarisse Hounkpè, 1re adjointe au Maire\n"
        "Burkina Faso\tCommune de Bobo-Dioulasso\tM. Issouf Sanou, Président de la délégation "
        "spéciale\n"
        "Cameroun\tCommune de Dschang\tM. Paul Fotso, Maire\n"
        "Côte d'Ivoire\tCommune de Bouaké\tM. Yacouba Koné, Maire\n"
        "\tCommune de San-Pédro\tMme Aya N'Guessan, Maire\n"
        "Gabon\tCommune de Port-Gentil\tM. Jean-Rémy Mba, Président de la délégation spéciale\n"
        "Guinée\tCommune urbaine de Kankan\tM. Sékou Condé, Maire\n"
        "Mali\tCommune urbaine de Sikasso\tM. Bakary Traoré, Président de la délégation "
        "spéciale\n"
        "Mauritanie\tCommune de Nouadhibou\tM. Mohamed Ould Cheikh, Maire\n"
        "Niger\tVille de Zinder\tM. Abdou Moussa, Administrateur délégué\n"
        "RD Congo\tVille de Lubumbashi\tM. Jean-Claude Kalenga, Maire\n"
        "Sénégal\tVille de Saint-Louis\tMme Fatou Diop, Maire\n"
        "\tCommune de Ziguinchor\tM. Ousmane Badji, Maire\n"
        "Tchad\tCommune de Moundou\tM. Djimadoum Ngarta, Maire\n"
        "Togo\tCommune de Kpalimé\tM. Komlan Agbeko, Maire",
        "Les maires remercient les autorités du Bénin et la population de Cotonou pour leur "
        "accueil chaleureux. Le prochain Forum se tiendra à Yaoundé en 2026.",
        "Abomey-Calavi/BJ; Porto-Novo/BJ; Bobo-Dioulasso/BF; Dschang/CM; Bouaké/CI; "
        "San-Pédro/CI; Port-Gentil/GA; Kankan/GN; Sikasso/ML; Nouadhibou/MR; Zinder/NE; "
        "Lubumbashi/CD; Saint-Louis/SN; Ziguinchor/SN; Moundou/TD; Kpalimé/TG",
        "a flattened `Pays / Collectivité / Signataire` table whose country cell is empty under "
        "its first row (a merged cell); `Commune urbaine de`, `Ville de Saint-Louis`; "
        "Cotonou the host and venue, Dakar in a declaration's name, Niamey and N'Djamena "
        "flooded, Yaoundé the next venue",
    ),
    Page(
        "de-neue-mitglieder-tabelle-bundesland-landkreis-frankfurt-oder",
        "de",
        "table_tabs;columns_after;body_not_city;region_like_country;no_country",
        "Willkommen im Netzwerk: zwölf neue Mitglieder im Jahr 2024",
        (2025, 2, 11),
        "Startseite › Über uns › Mitglieder › Neue Mitglieder\n\n"
        "Im Jahr 2024 hat der Vorstand zwölf Kommunen und einen Landkreis als neue Mitglieder "
        "aufgenommen. Damit zählt das Netzwerk zum Jahresende 196 Mitglieder in Deutschland "
        "und Österreich. Die Mitgliederversammlung in Freiburg im Breisgau hat die Aufnahmen im "
        "November bestätigt.\n\n"
        "„Gerade kleine und mittlere Kommunen zeigen, wie Klimaschutz vor Ort gelingt“, sagte "
        "die Vorstandsvorsitzende, Bürgermeisterin a. D. Renate Kühnle.\n\n"
        "Die neuen Mitglieder im Überblick:",
        "Kommune\tBundesland\tEinwohner\tMitglied seit\n"
        "Stadt Frankfurt (Oder)\tBrandenburg\t57.015\t01.02.2024\n"
        "Stadt Brandenburg an der Havel\tBrandenburg\t73.246\t01.02.2024\n"
        "Hansestadt Wismar\tMecklenburg-Vorpommern\t43.114\t15.03.2024\n"
        "Landkreis Marburg-Biedenkopf\tHessen\t247.084\t15.03.2024\n"
        "Stadt Bad Nauheim\tHessen\t33.290\t01.05.2024\n"
        "Stadt Neustadt an der Weinstraße\tRheinland-Pfalz\t53.300\t01.05.2024\n"
        "Markt Garmisch-Partenkirchen\tBayern\t27.520\t01.07.2024\n"
        "Große Kreisstadt Freiberg\tSachsen\t40.471\t01.07.2024\n"
        "Gemeinde Saerbeck\tNordrhein-Westfalen\t7.420\t01.09.2024\n"
        "Gemeinde Hiddenhausen\tNordrhein-Westfalen\t19.610\t01.09.2024\n"
        "Stadtgemeinde Leoben\tSteiermark\t24.645\t01.10.2024\n"
        "Stadt Dornbirn\tVorarlberg\t51.050\t01.10.2024\n"
        "Marktgemeinde Wolfurt\tVorarlberg\t8.780\t01.12.2024",
        "Alle Mitglieder finden Sie in unserer Mitgliederkarte.\n\n"
        "Mehr zum Thema\n"
        "Mitgliederversammlung 2024 in Freiburg: Rückblick\n"
        "Förderprogramm Kommunalrichtlinie: Fristen 2025",
        "Frankfurt (Oder)|Frankfurt an der Oder/DE; Brandenburg an der Havel/DE; Wismar/DE; "
        "Landkreis Marburg-Biedenkopf|Marburg-Biedenkopf/DE/county; Bad Nauheim/DE; "
        "Neustadt an der Weinstraße/DE; Garmisch-Partenkirchen/DE; Freiberg/DE; Saerbeck/DE; "
        "Hiddenhausen/DE; Leoben/AT; Dornbirn/AT; Wolfurt/AT",
        "a flattened table of `Stadt`, `Hansestadt`, `Markt`, `Große Kreisstadt`, "
        "`Stadtgemeinde`, `Marktgemeinde X` with Bundesland, population and date columns; the "
        "Land Brandenburg beside Frankfurt (Oder) and Brandenburg an der Havel; Austrian members "
        "with no country; a Landkreis; Freiburg im Breisgau the assembly's venue",
    ),
    Page(
        "it-appello-pace-firme-due-colonne-marcia-perugia-assisi",
        "it",
        "several_a_line;person_before;person_named_like_place;not_signatory;body_not_city;"
        "no_country",
        "Appello degli enti locali per la pace: «Fermate le armi, proteggete i civili»",
        (2025, 10, 13),
        "Home » Iniziative » Appelli\n\n"
        "In occasione della Marcia per la pace Perugia-Assisi del 12 ottobre, i sindaci e le "
        "sindache del Coordinamento degli enti locali per la pace hanno sottoscritto un "
        "appello rivolto al Governo italiano e al Parlamento europeo. Il testo è stato "
        "consegnato a Roma al Presidente della Camera dei deputati.\n\n"
        "«Le città non possono restare in silenzio mentre altre città vengono distrutte. "
        "Chiediamo un cessate il fuoco immediato in tutti i conflitti in corso, la protezione "
        "dei civili, degli ospedali e delle scuole, il pieno sostegno alle agenzie umanitarie "
        "e un impegno concreto per il disarmo. Ci impegniamo a educare alla pace nelle nostre "
        "scuole e ad accogliere chi fugge dalla guerra.»\n\n"
        "Assisi, 12 ottobre 2025\n\n"
        "Firmato:",
        "Il Sindaco di Bergamo                              La Sindaca di Pesaro\n"
        "Marco Genovese                                     Daniela Ferrara\n\n"
        "Il Sindaco di Reggio Emilia                        La Sindaca di Lecce\n"
        "Gianluca Pisani                                    Anna Maria Lucchese\n\n"
        "Il Sindaco di Cagliari                             Il Sindaco di Trento\n"
        "Francesco Siena                                    Matteo Giuliani\n\n"
        "La Sindaca di Ravenna                              Il Sindaco di Bitonto\n"
        "Chiara Bolognesi                                   Vito Modugno\n\n"
        "Il Presidente della Provincia di Lucca             Il Sindaco metropolitano di Firenze\n"
        "Andrea Massa                                       Sara Fiorentino\n\n"
        "La Sindaca di Marzabotto\n"
        "Elisa Veronesi",
        "Aderiscono inoltre all'appello 38 comuni della provincia di Perugia e la Tavola della "
        "pace.\n\n"
        "Scarica l'appello (PDF, 210 KB)",
        "Bergamo/IT; Pesaro/IT; Reggio Emilia|Reggio nell'Emilia/IT; Lecce/IT; Cagliari/IT; "
        "Trento/IT; Ravenna/IT; Bitonto/IT; "
        "Provincia di Lucca|Province of Lucca/IT/province; "
        "Città metropolitana di Firenze|Metropolitan City of Florence/IT/metropolitan area; "
        "Marzabotto/IT",
        "signature blocks in two columns flattened with wide spaces, `Il Sindaco di X` over "
        "names like Genovese, Ferrara, Siena, Massa, Fiorentino, Bolognesi, Veronesi; a "
        "province and a metropolitan mayor; the Perugia-Assisi march, Rome the addressee's "
        "seat, Assisi the place of signing, the province of Perugia's towns not named",
    ),
    Page(
        "pl-laureaci-konkursu-kategorie-dopelniacz-ostrowa",
        "pl",
        "one_a_line;inflected;not_signatory;no_country",
        "Poznaliśmy laureatów konkursu „Miasto przyjazne klimatowi 2025”",
        (2025, 6, 26),
        "Strona główna > Aktualności\n\n"
        "Podczas uroczystej gali w Międzynarodowym Centrum Kongresowym w Katowicach ogłoszono "
        "wyniki dziewiątej edycji konkursu. Do kapituły, której przewodniczył prof. Jan "
        "Krakowski z Politechniki Wrocławskiej, wpłynęły 84 zgłoszenia z całej Polski. "
        "Nagrody wręczała wiceprezes Związku, burmistrz Wiktoria Lublińska.\n\n"
        "Laureaci w poszczególnych kategoriach:",
        "Kategoria: miasta na prawach powiatu\n"
        "I miejsce – Miasto Rzeszów za program „Zielone podwórka”\n"
        "II miejsce – Miasto Gliwice za sieć ciepłowniczą zasilaną z OZE\n"
        "III miejsce – Miasto Słupsk\n"
        "Wyróżnienie – dla Miasta Ostrowa Wielkopolskiego\n\n"
        "Kategoria: gminy miejskie\n"
        "I miejsce – Gmina Miejska Kościan\n"
        "II miejsce – Gmina Miasto Sanok\n"
        "Wyróżnienie – dla Gminy Miejskiej Mielec\n\n"
        "Kategoria: gminy miejsko-wiejskie i wiejskie\n"
        "I miejsce – Gmina Kórnik\n"
        "II miejsce – Gmina Wiejska Dobrzyniewo Duże\n"
        "Nagroda specjalna kapituły – dla Gminy Zabierzów",
        "Gratulujemy laureatom! Nagrodzone projekty zaprezentujemy podczas Forum Rozwoju "
        "Lokalnego w Lublinie we wrześniu.\n\n"
        "Zobacz galerię zdjęć z gali",
        "Rzeszów/PL; Gliwice/PL; Słupsk/PL; Ostrów Wielkopolski/PL; Kościan/PL; Sanok/PL; "
        "Mielec/PL; Kórnik/PL; Dobrzyniewo Duże/PL; Zabierzów/PL",
        "award lines under categories, `Miasto X`, `Gmina Miejska X`, genitives `dla Miasta "
        "Ostrowa Wielkopolskiego`, `dla Gminy Miejskiej Mielec`; Katowice the gala's venue "
        "(locative), a jury chair named Krakowski, a burmistrz named Lublińska, Lublin next",
    ),
    Page(
        "ar-bayan-khitami-arqam-hindiya-amana-baladiya-muhafaza-trablus-lubnan",
        "ar",
        "numbered;region_after;country_in_language;body_not_city;not_signatory",
        "البيان الختامي لمنتدى المدن العربية حول الأمن المائي",
        (2025, 2, 19),
        "الرئيسية > الأخبار > البيانات\n\n"
        "اختتمت في إمارة الشارقة أعمال منتدى المدن العربية حول الأمن المائي، الذي نظمته "
        "بلدية مدينة الشارقة بالتعاون مع الأمانة العامة للمنظمة في الكويت، بمشاركة أكثر من "
        "مئتي خبير ومسؤول محلي.\n\n"
        "وأكد المشاركون في بيانهم الختامي أن ندرة المياه تمثل التحدي الأكبر أمام المدن "
        "العربية في العقود القادمة، ودعوا إلى:\n"
        "أولاً: إدراج إعادة استخدام المياه المعالجة في جميع المخططات العمرانية الجديدة؛\n"
        "ثانياً: خفض الفاقد في شبكات المياه إلى أقل من عشرين في المائة بحلول عام 2030؛\n"
        "ثالثاً: تبادل الخبرات بين المدن الأعضاء، استناداً إلى إعلان الرياض للمدن المستدامة "
        "واتفاق باريس.\n\n"
        "ووقّع على البيان ممثلو المدن التالية:",
        "١. أمانة عمّان الكبرى – المملكة الأردنية الهاشمية\n"
        "٢. بلدية الزرقاء – المملكة الأردنية الهاشمية\n"
        "٣. بلدية دبي – دولة الإمارات العربية المتحدة\n"
        "٤. بلدية مسقط – سلطنة عُمان\n"
        "٥. بلدية الدوحة – دولة قطر\n"
        "٦. أمانة منطقة المدينة المنورة – المملكة العربية السعودية\n"
        "٧. أمانة بغداد – جمهورية العراق\n"
        "٨. بلدية طرابلس – الجمهورية اللبنانية\n"
        "٩. محافظة الإسكندرية – جمهورية مصر العربية\n"
        "١٠. بلدية بنغازي – دولة ليبيا\n"
        "١١. بلدية صفاقس – الجمهورية التونسية\n"
        "١٢. جماعة فاس – المملكة المغربية",
        "وثمّن المشاركون كرم الضيافة وحسن التنظيم من جانب بلدية مدينة الشارقة، واتفقوا على "
        "عقد الدورة القادمة للمنتدى في مدينة الرباط عام 2026.",
        "Amman/JO; Zarqa/JO; Dubai/AE; Muscat/OM; Doha/QA; Medina|Madinah/SA; Baghdad/IQ; "
        "Tripoli/LB; Alexandria Governorate|محافظة الإسكندرية/EG/province; Benghazi/LY; "
        "Sfax/TN; Fes/MA",
        "entries numbered in Eastern Arabic digits, `أمانة`, `بلدية`, `جماعة X – country` with "
        "countries' official names; a governorate; Tripoli of Lebanon; Sharjah the host, Kuwait "
        "the secretariat, Riyadh and Paris in declarations' names, Rabat the next venue",
    ),
    Page(
        "ja-kamei-jichitai-ichiran-hyo-todofuken-ku-dou-mei",
        "ja",
        "table_tabs;region_before;columns_after;no_country;not_signatory",
        "加盟自治体一覧（2025年4月1日現在）",
        (2025, 4, 1),
        "トップ > 協議会について > 加盟自治体\n\n"
        "本協議会は、脱炭素で持続可能なまちづくりに取り組む自治体のネットワークです。"
        "2025年4月1日現在、21の自治体が加盟しています。事務局は横浜市内に置いています。\n\n"
        "2024年度の総会は富山市で開催され、新たに2自治体の加盟が承認されました。"
        "加盟をご検討の自治体は、事務局までお問い合わせください。\n\n"
        "■ 加盟自治体（都道府県順）",
        "都道府県\t自治体名\t加盟年度\n"
        "北海道\t札幌市\t2008\n"
        "北海道\t伊達市\t2019\n"
        "宮城県\t仙台市\t2008\n"
        "福島県\t郡山市\t2012\n"
        "東京都\t世田谷区\t2010\n"
        "東京都\t府中市\t2015\n"
        "神奈川県\t川崎市\t2009\n"
        "神奈川県\t藤沢市\t2016\n"
        "新潟県\t長岡市\t2011\n"
        "長野県\t松本市\t2013\n"
        "静岡県\t浜松市\t2009\n"
        "愛知県\t豊田市\t2008\n"
        "京都府\t京都市\t2008\n"
        "大阪府\t堺市\t2010\n"
        "兵庫県\t明石市\t2014\n"
        "岡山県\t倉敷市\t2012\n"
        "広島県\t福山市\t2017\n"
        "愛媛県\t松山市\t2011\n"
        "福岡県\t北九州市\t2008\n"
        "熊本県\t熊本市\t2009\n"
        "沖縄県\t那覇市\t2024",
        "※ 2024年度の新規加盟：那覇市、伊達市（北海道）\n"
        "※ 加盟年度は協議会の前身組織への加盟を含みます。\n\n"
        "加盟自治体の取組事例はこちら",
        "Sapporo/JP; Date/JP; Sendai/JP; Kōriyama|Koriyama/JP; Setagaya/JP; Fuchū|Fuchu/JP; "
        "Kawasaki/JP; Fujisawa/JP; Nagaoka/JP; Matsumoto/JP; Hamamatsu/JP; Toyota/JP; Kyoto/JP; "
        "Sakai/JP; Akashi/JP; Kurashiki/JP; Fukuyama/JP; Matsuyama/JP; Kitakyushu/JP; "
        "Kumamoto/JP; Naha/JP",
        "a flattened table prefecture, municipality, year with a special ward (世田谷区) and "
        "namesakes in other prefectures (伊達市, 府中市, 堺市); two members named again in a "
        "note; Yokohama the secretariat, Toyama the assembly's venue",
    ),
    Page(
        "ko-gongdong-seoneon-running-birothae-deung-gaecheoe-hoejang",
        "ko",
        "running_text;not_signatory;no_country",
        "12개 지방정부, '기후위기 적응 도시 공동선언' 발표",
        (2025, 9, 3),
        "홈 > 알림마당 > 보도자료\n\n"
        "기후위기 대응 지방정부 협의회는 9월 2일 세종특별자치시 정부세종컨벤션센터에서 "
        "'기후위기 적응 도시 공동선언식'을 개최했다.\n\n"
        "이날 선언식에서는 협의회 회장인 당진시장이 선언문을 낭독했으며, 환경부 차관과 "
        "지역 주민 등 300여 명이 참석했다.",
        "공동선언에는 광주광역시를 비롯해 수원시, 전주시, 순천시, 춘천시, 원주시, 강릉시, "
        "청주시, 안동시, 김해시, 통영시, 목포시 등 12개 지방정부가 참여했다. 이들 지방정부는 "
        "폭염과 집중호우에 취약한 계층을 보호하기 위한 적응 대책을 마련하고, 2030년까지 "
        "도시 숲과 그늘막을 두 배로 늘리기로 했다.",
        "한편 이날 행사에 참석하지 못한 제주특별자치도는 다음 달 서면으로 선언에 동참할 "
        "예정이다. 협의회는 내년 총회를 부산에서 열 계획이다.\n\n"
        "문의: 협의회 사무국 (서울특별시 중구)",
        "Gwangju/KR; Suwon/KR; Jeonju/KR; Suncheon/KR; Chuncheon/KR; Wonju|Wŏnju/KR; "
        "Gangneung/KR; Cheongju|Cheongju-si/KR; Andong/KR; Gimhae|Kimhae/KR; Tongyeong/KR; "
        "Mokpo/KR",
        "running text `X를 비롯해 A, B ... 등 12개 지방정부`; Sejong the venue, Dangjin the "
        "presiding city (its mayor read the text), Jeju to join next month, Busan next, the "
        "secretariat in Seoul",
    ),
    Page(
        "id-anggota-baru-provinsi-kota-kabupaten-bandung",
        "id",
        "bulleted;region_heading;body_not_city;not_signatory;no_country",
        "Selamat datang! 12 daerah resmi bergabung dengan Jaringan Kota Sehat",
        (2025, 8, 20),
        "Beranda / Berita\n\n"
        "Dalam Rapat Kerja Nasional yang berlangsung di Kota Yogyakarta pada 18–19 Agustus "
        "2025, Jaringan Kota Sehat resmi menerima dua belas anggota baru. Wali Kota "
        "Yogyakarta selaku tuan rumah menyampaikan apresiasi atas komitmen daerah-daerah "
        "tersebut.\n\n"
        '"Kota sehat dimulai dari kampung yang sehat," ujar Ketua Jaringan, Ibu Ratna '
        "Sulistyowati. Dengan bergabungnya anggota baru ini, jaringan kini beranggotakan 87 "
        "kota dan kabupaten dari 24 provinsi.\n\n"
        "Berikut daftar anggota baru:",
        "Provinsi Jawa Barat\n"
        "• Kota Bogor\n"
        "• Kabupaten Bandung\n\n"
        "Provinsi Jawa Tengah\n"
        "• Kota Semarang\n"
        "• Kota Surakarta\n"
        "• Kota Salatiga\n\n"
        "Provinsi Banten\n"
        "• Kota Tangerang Selatan\n\n"
        "Provinsi Sumatera Barat\n"
        "• Kota Padang\n"
        "• Kota Bukittinggi\n\n"
        "Provinsi Kalimantan Barat\n"
        "• Kota Pontianak\n\n"
        "Provinsi Kalimantan Timur\n"
        "• Kota Balikpapan\n\n"
        "Provinsi Nusa Tenggara Timur\n"
        "• Kota Kupang\n\n"
        "Provinsi Maluku\n"
        "• Kota Ambon",
        "Sekretariat Jaringan Kota Sehat: Jl. H.R. Rasuna Said, Jakarta Selatan.\n\n"
        "Baca juga: Rakernas 2026 akan digelar di Kota Makassar",
        "Bogor/ID; Kabupaten Bandung|Bandung Regency/ID/county; Semarang/ID; Surakarta/ID; "
        "Salatiga/ID; Tangerang Selatan|South Tangerang/ID; Padang/ID; Bukittinggi/ID; "
        "Pontianak/ID; Balikpapan/ID; Kupang/ID; Ambon/ID",
        "bullets of `Kota X` and a `Kabupaten Bandung` (the regency, not the city of Bandung) "
        "under `Provinsi` headings; Yogyakarta the host, Jakarta the secretariat, Makassar "
        "the next venue",
    ),
    Page(
        "tr-odul-ilce-belediyeleri-il-parantez",
        "tr",
        "one_a_line;region_after;not_signatory;no_country",
        "Sağlıklı Şehirler En İyi Uygulama Ödülleri sahiplerini buldu",
        (2025, 11, 27),
        "Ana Sayfa > Haberler\n\n"
        "Birliğimizin bu yıl onuncusunu düzenlediği Sağlıklı Şehirler En İyi Uygulama "
        "Ödülleri, Ankara'da düzenlenen törenle sahiplerini buldu. Yarışmaya 41 üye "
        "belediyeden 96 proje başvurdu. Jüri başkanlığını Hacettepe Üniversitesi'nden "
        "Prof. Dr. Ayşe Bursalı yaptı.\n\n"
        "Törende konuşan Birlik Başkanı ve Tepebaşı Belediye Başkanı Zeynep Aydın, sağlıklı "
        "kentin mahallede başladığını vurguladı. Ödülleri Birlik Başkan Vekili Mehmet Kocaeli "
        "ile birlikte takdim etti.\n\n"
        "Ödül alan belediyeler:",
        "Birincilik Ödülü: Nilüfer Belediyesi (Bursa) – “Mahalle Bostanları” projesi\n"
        "İkincilik Ödülü: Karşıyaka Belediyesi (İzmir) – “Yaşlı Dostu Sokaklar”\n"
        "Üçüncülük Ödülü: Çankaya Belediyesi (Ankara) – “Engelsiz Parklar”\n"
        "Jüri Özel Ödülü: Kadıköy Belediyesi (İstanbul) – “Sıfır Atık Pazar Yerleri”\n"
        "Jüri Özel Ödülü: Gaziantep Büyükşehir Belediyesi – “Bisikletli Kent”\n"
        "Mansiyon: Bodrum Belediyesi (Muğla)",
        "Ödül alan projeler, Birliğimizin iyi uygulamalar kitapçığında yayımlanacak.\n\n"
        "Etiketler: ödül, sağlıklı kentler, iyi uygulama",
        "Nilüfer/TR; Karşıyaka/TR; Çankaya/TR; Kadıköy/TR; Gaziantep/TR; Bodrum/TR",
        "award lines of district municipalities `X Belediyesi (İl)` whose province is a bigger "
        "city (Bursa, İzmir, Ankara, İstanbul, Muğla), a `Büyükşehir Belediyesi`; Ankara also "
        "the ceremony's venue, a jury chair named Bursalı, a deputy named Kocaeli, Eskişehir "
        "Tepebaşı the presiding municipality",
    ),
    Page(
        "ru-obrashchenie-glavy-gorodov-roditelny-prilagatelnye",
        "ru",
        "one_a_line;person_before;person_after;inflected;not_signatory;no_country",
        "Обращение глав городов к участникам Форума по городскому развитию",
        (2025, 10, 17),
        "Главная / Новости / Документы\n\n"
        "Главы городов — членов Ассоциации, собравшиеся в Санкт-Петербурге на ежегодную "
        "сессию, приняли обращение к участникам Международного форума по городскому "
        "развитию. Сессию открыл вице-губернатор Санкт-Петербурга.\n\n"
        "«Города — это прежде всего люди. Мы призываем объединить усилия для обновления "
        "коммунальной инфраструктуры, развития общественного транспорта и сохранения "
        "исторического облика наших городов. Мы предлагаем создать общий фонд обмена опытом "
        "и ежегодно подводить итоги на площадке Ассоциации.»\n\n"
        "Обращение подписали:",
        "Глава города Казани — Рустам Галиев\n"
        "Глава Екатеринбурга — Алексей Тверской\n"
        "Глава города Нижнего Новгорода — Наталья Смирнова\n"
        "Глава Петрозаводского городского округа — Ольга Кузьмина\n"
        "Председатель Минского городского исполнительного комитета — Виктор Орша\n"
        "Председатель Гомельского горисполкома — Андрей Ковалёв\n"
        "Мэр города Бишкек — Эмиль Джумабаев\n"
        "Аким города Шымкент — Ерлан Сапаров\n"
        "Аким города Костанай — Данияр Омаров\n"
        "Хоким города Самарканда — Бахтиёр Рахимов\n"
        "Председатель Хукумата города Худжанда — Фарход Назаров\n"
        "Мэр Еревана — Тигран Мкртчян\n"
        "Мэр Гюмри — Ануш Саркисян",
        "Следующая сессия Ассоциации пройдёт в Минске в 2026 году.\n\n"
        "Фото: пресс-служба Ассоциации",
        "Kazan/RU; Yekaterinburg/RU; Nizhniy Novgorod|Nizhny Novgorod/RU; Petrozavodsk/RU; "
        "Minsk/BY; Gomel|Homyel'/BY; Bishkek/KG; Shymkent/KZ; Kostanay/KZ; Samarkand/UZ; "
        "Khujand/TJ; Yerevan/AM; Gyumri/AM",
        "`Глава города X — Name` lines with genitives (Казани, Нижнего Новгорода, Самарканда, "
        "Еревана), adjectives (Петрозаводского, Минского, Гомельского) and nominatives, no "
        "countries; signers named Тверской, Орша; St Petersburg the venue, Minsk (a signer) "
        "again as the next venue",
    ),
    Page(
        "pt-membros-por-estado-contagem-regiao-rio-de-janeiro-estado",
        "pt",
        "several_a_line;region_heading;region_like_country;no_country",
        "Cidades membro da Rede por estado",
        (2025, 7, 1),
        "Início > A Rede > Quem somos > Cidades membro\n\n"
        "A Rede Brasileira de Cidades Educadoras reúne 59 municípios de todas as regiões do "
        "país. Para fazer parte, o município deve aprovar a adesão à Carta das Cidades "
        "Educadoras na Câmara Municipal. A lista é atualizada a cada trimestre.\n\n"
        "Municípios membros (atualizado em julho de 2025):",
        "REGIÃO SUL\n"
        "Rio Grande do Sul (6)\nPorto Alegre · Caxias do Sul · Pelotas · Canoas · Santa Maria · "
        "Passo Fundo\n"
        "Santa Catarina (5)\nFlorianópolis · Joinville · Blumenau · Chapecó · Itajaí\n"
        "Paraná (6)\nCuritiba · Londrina · Maringá · Cascavel · Ponta Grossa · Foz do Iguaçu\n\n"
        "REGIÃO SUDESTE\n"
        "São Paulo (10)\nSão Paulo · Campinas · Santos · Sorocaba · São José dos Campos · "
        "Ribeirão Preto · Guarulhos · Osasco · Bauru · Piracicaba\n"
        "Rio de Janeiro (5)\nNiterói · Petrópolis · Volta Redonda · Nova Iguaçu · Macaé\n"
        "Minas Gerais (6)\nBelo Horizonte · Juiz de Fora · Uberlândia · Contagem · Montes Claros · "
        "Ipatinga\n"
        "Espírito Santo (1)\nVitória\n\n"
        "REGIÃO NORDESTE\n"
        "Bahia (4)\nSalvador · Feira de Santana · Vitória da Conquista · Ilhéus\n"
        "Paraíba (2)\nJoão Pessoa · Campina Grande\n"
        "Pernambuco (4)\nRecife · Caruaru · Olinda · Petrolina\n"
        "Ceará (3)\nFortaleza · Juazeiro do Norte · Maracanaú\n"
        "Rio Grande do Norte (1)\nNatal\n\n"
        "REGIÃO NORTE\n"
        "Pará (2)\nBelém · Santarém\n"
        "Amazonas (1)\nManaus\n\n"
        "REGIÃO CENTRO-OESTE\n"
        "Distrito Federal (1)\nBrasília\n"
        "Goiás (1)\nGoiânia\n"
        "Mato Grosso do Sul (1)\nCampo Grande",
        "Quer que seu município faça parte da Rede? Saiba como aderir.\n\n"
        "Veja também: Encontro Nacional 2025 em Sobral (CE)",
        "Porto Alegre/BR; Caxias do Sul/BR; Pelotas/BR; "
        "Canoas/BR; Santa Maria/BR; Passo Fundo/BR; "
        "Florianópolis/BR; Joinville/BR; Blumenau/BR; Chapecó/BR; Itajaí/BR; Curitiba/BR; "
        "Londrina/BR; Maringá/BR; Cascavel/BR; Ponta Grossa/BR; Foz do Iguaçu/BR; São Paulo/BR; "
        "Campinas/BR; Santos/BR; Sorocaba/BR; São José dos Campos/BR; Ribeirão Preto/BR; "
        "Guarulhos/BR; Osasco/BR; Bauru/BR; Piracicaba/BR; Niterói/BR; Petrópolis/BR; "
        "Volta Redonda/BR; Nova Iguaçu/BR; Macaé/BR; Belo Horizonte/BR; Juiz de Fora/BR; "
        "Uberlândia/BR; Contagem/BR; Montes Claros/BR; Ipatinga/BR; Vitória/BR; Salvador/BR; "
        "Feira de Santana/BR; Vitória da Conquista/BR; Ilhéus/BR; João Pessoa/BR; "
        "Campina Grande/BR; Recife/BR; Caruaru/BR; Olinda/BR; Petrolina/BR; Fortaleza/BR; "
        "Juazeiro do Norte/BR; Maracanaú/BR; "
        "Natal/BR; Belém/BR; Santarém/BR; Manaus/BR; Brasília/BR; Goiânia/BR; "
        "Campo Grande/BR",
        "state headings with member counts over cities between middle dots, under region "
        "headings in capitals; the state of Rio de Janeiro (its city not a member) and the "
        "state of São Paulo over its city; Santarém, Vitória, Natal, Salvador named like places "
        "elsewhere; Sobral the meeting's venue",
    ),
]

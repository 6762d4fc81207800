"""Hand-written pages, batch t: written for issue #20 as a held-out check of round 12, before
any change to the reader for them and without reading the reader or its tests. One family:
joint statements, declarations, open letters and pledges with their signatories, modelled on
how city networks publish them (the text select-all and copy gives), in en x3, fr, de, es, it,
pt, nl, pl, sv, da, cs and ro, 3 to 40 entries: an open letter to the European Council signed
by mayors whose names and titles come in every order, then '… and 31 more'; a long declaration
with numbered commitments naming Quito, Sendai, Durban and Bonn, then `City, Country` lines
under world-region headings (Tbilisi, Georgia and Atlanta, Georgia); a pledge's annex copied
from a PDF, rows run together with single spaces, footnote markers, a page break with the
secretariat's address, a region and a Kenyan county; French signatories in running text
(`les maires de X, Y et Z`, `l'Eurométropole de X`, `les bourgmestres de X et de Y`, `le
syndic de Z`) then 'et par 31 autres collectivités'; a German cities' appeal under Bundesland
headings with the council's date in brackets and a `Kreis`; Spanish `Por la Municipalidad de
X` signature blocks of capitals (`Distrito Nacional (Santo Domingo)`, `Comú d'Andorra la
Vella`) then the host who did not sign; Italian `Name, sindaca di X` bullets with mayors
surnamed like cities, a union of municipalities and 'e altri 39'; a Brazilian table copied one
cell a line with state codes that are countries' (ES, SE, MA, AL); Dutch signature blocks in
two columns with wide spaces, signers named like towns, a province as witness; Polish
genitives in one sentence with a host `w Krakowie` and the Pact of Free Cities; Swedish
official names under län headings with footnote markers; Danish mayors with party letters and
`X Kommune` in several orders; Czech `Statutární město X (kraj)` bullets with a kraj signing;
Romanian `Primarul Municipiului X` lines with `Republica Moldova`. Invented texts and people,
real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-open-letter-mayors-titles-mixed-orders",
        "en",
        "one_a_line;person_before;person_after;person_named_like_place;no_country;not_signatory",
        "Open letter: Europe's mayors ask leaders to let cities welcome",
        (2025, 6, 19),
        "Home / Our work / Migration and inclusion / Open letter\n\n"
        "To the Heads of State and Government of the European Union, meeting in Brussels "
        "on 26 and 27 June\n\n"
        "Dear President of the European Council,\nDear Heads of State and Government,\n\n"
        "We write to you as mayors of cities where people who have fled war and persecution "
        "arrive, find a home, learn a language and start to work. It is in our schools, our "
        "clinics and our job centres that the new Pact on Migration and Asylum will succeed "
        "or fail.\n\n"
        "Seven years after the Global Compact for Migration was adopted in Marrakech, and "
        "two years after yet another shipwreck off Lampedusa, our residents expect Europe "
        "to act with both competence and humanity. Cities are ready to do their part. We "
        "ask you to:\n\n"
        "- give cities direct access to the Asylum, Migration and Integration Fund, without "
        "going through national ministries;\n"
        "- involve local governments in the national implementation plans of the Pact;\n"
        "- fund reception places in cities that volunteer to offer them, on top of national "
        "quotas;\n"
        "- recognise the qualifications of refugees faster, so that nurses, engineers and "
        "teachers can work in the jobs our cities need.\n\n"
        "We stand ready to meet you before the Council.\n\n"
        "Yours sincerely,",
        "Eleni Maratou, Mayor of Athens\n"
        "Mayor Jonas Brekke, Bergen\n"
        "Lord Mayor of Leeds, Cllr Abdul Rahman\n"
        "Dr Katrin Albers, Lord Mayor, Freiburg im Breisgau\n"
        "Mayor of Palermo – Salvatore Lo Cascio\n"
        "Núria Camps i Roura, Mayor of Girona\n"
        "Pieter Vandenberghe (Mayor, Mechelen)\n"
        "Tiago Moreira, President of Porto City Council\n"
        "Ana Kovačević, Mayor of Split\n"
        "Mayor Laura Wiśniewska (Poznań)\n"
        "Deputy Mayor for Integration, Vienna – Selin Aydın\n"
        "Mayor of Utrecht Margot Bosman\n"
        "Charles Dupuis, maire de Grenoble\n"
        "Gabriel Sorin, Mayor of Cluj-Napoca\n"
        "Mayor of Thessaloniki – Nikos Paraskevas\n"
        "Sofia Lindahl, Chair of the City Executive Board, Uppsala\n"
        "Jordan Ellis, Leader of Cardiff Council",
        "… and 31 more mayors. See the full list of signatories →\n\n"
        "Is your city not on the list yet? Mayors who wish to co-sign the letter can write "
        "to inclusion@welcomingcities.eu before 24 June.\n\n"
        "The letter is supported by the UN Refugee Agency's office for the EU and by the "
        "International Organization for Migration.",
        "Athens/GR; Bergen/NO; Leeds/GB; Freiburg im Breisgau/DE; Palermo/IT; Girona/ES; "
        "Mechelen/BE; Porto/PT; Split/HR; Poznań/PL; Vienna/AT; Utrecht/NL; Grenoble/FR; "
        "Cluj-Napoca/RO; Thessaloniki/GR; Uppsala/SE; Cardiff/GB",
        "an open letter to the European Council in Brussels signed by 17 mayors whose names "
        "and titles come in every order (`Name, Mayor of X`, `Mayor of X – Name`, `Mayor "
        "Name (X)`, `title, X – Name`), a Sofia and a Jordan among them, then '… and 31 more "
        "mayors'; Marrakech and Lampedusa in the text",
    ),
    Page(
        "en-declaration-numbered-commitments-world-region-headings",
        "en",
        "numbered;one_a_line;region_heading;not_signatory;region_like_country;region_after",
        "Kigali Mayors' Declaration on Resilient and Financed Cities",
        (2025, 10, 2),
        "Global Parliament of Local Leaders › Sessions › 2025 Annual Session › Declaration\n\n"
        "Adopted at the 2025 Annual Session of the Parliament, hosted by the City of Kigali, "
        "Rwanda, 29–30 September 2025\n\n"
        "Preamble\n\n"
        "We, mayors and local leaders from every region of the world, meeting in Kigali for "
        "the Annual Session of our Parliament, recall that more than half of humanity lives "
        "in cities and that most of the investment needed to adapt to a changing climate "
        "will be made in cities, or will not be made at all.\n\n"
        "We recall the Paris Agreement, the Sendai Framework for Disaster Risk Reduction "
        "2015–2030 and the New Urban Agenda adopted in Quito, and we note with concern that "
        "less than one tenth of international climate finance reaches local governments.\n\n"
        "Commitments\n\n"
        "We therefore commit to:\n\n"
        "1. Adopt, by the end of 2027, a local adaptation plan that identifies the residents "
        "and neighbourhoods most exposed to floods, heat and drought.\n"
        "2. Publish every year the share of our capital budget spent on resilience, using the "
        "common reporting template of the Parliament.\n"
        "3. Build on the Durban Adaptation Charter for Local Governments and share our "
        "experience with cities that have not yet signed it.\n"
        "4. Work with national governments so that the next nationally determined "
        "contributions, to be reviewed at the Bonn Climate Change Conference, include a "
        "chapter on cities.\n"
        "5. Open our early-warning systems to neighbouring municipalities and rural areas.\n"
        "6. Report on these commitments at the Parliament's next Annual Session.\n\n"
        "Calls to action\n\n"
        "We call on multilateral development banks to lend directly to creditworthy cities, "
        "and on donors to fund project preparation facilities that small and intermediary "
        "cities can use.\n\n"
        "Signatories (as of 2 October 2025)",
        "Africa\n"
        "Accra, Ghana\n"
        "Dakar, Senegal\n"
        "Freetown, Sierra Leone\n"
        "Kampala, Uganda\n"
        "Mombasa, Kenya\n"
        "Tunis, Tunisia\n"
        "Nouakchott, Mauritania\n"
        "Lusaka, Zambia\n"
        "Asia and the Pacific\n"
        "Bangkok, Thailand\n"
        "Chattogram, Bangladesh\n"
        "Kathmandu, Nepal\n"
        "Makassar, Indonesia\n"
        "Iloilo City, Philippines\n"
        "Da Nang, Viet Nam\n"
        "Suva, Fiji\n"
        "Ulaanbaatar, Mongolia\n"
        "Europe\n"
        "Rotterdam, Netherlands\n"
        "Glasgow, United Kingdom\n"
        "Turin, Italy\n"
        "Valencia, Spain\n"
        "Lviv, Ukraine\n"
        "Tirana, Albania\n"
        "Tbilisi, Georgia\n"
        "Leuven, Belgium\n"
        "Latin America and the Caribbean\n"
        "Medellín, Colombia\n"
        "Montevideo, Uruguay\n"
        "Recife, Brazil\n"
        "Guadalajara, Mexico\n"
        "Valparaíso, Chile\n"
        "Kingston, Jamaica\n"
        "Panama City, Panama\n"
        "San José, Costa Rica\n"
        "Middle East and West Asia\n"
        "Ramallah, Palestine\n"
        "Beirut, Lebanon\n"
        "Irbid, Jordan\n"
        "Gaziantep, Türkiye\n"
        "North America\n"
        "Pittsburgh, Pennsylvania, United States\n"
        "Atlanta, Georgia, United States\n"
        "Tucson, Arizona, United States\n"
        "Halifax, Nova Scotia, Canada",
        "Mayors who were unable to attend the Annual Session may add their signature until "
        "31 December 2025 by writing to the Parliament's secretariat.\n\n"
        "Download the Declaration (PDF, 4 pages): English | Français | Español | العربية\n\n"
        "Next session\nThe 2026 Annual Session will take place in Bogotá, Colombia.",
        "Accra/GH; Dakar/SN; Freetown/SL; Kampala/UG; Mombasa/KE; Tunis/TN; Nouakchott/MR; "
        "Lusaka/ZM; Bangkok/TH; Chattogram/BD; Kathmandu/NP; Makassar/ID; Iloilo City/PH; "
        "Da Nang/VN; Suva/FJ; Ulaanbaatar/MN; Rotterdam/NL; Glasgow/GB; Turin/IT; "
        "Valencia/ES; Lviv/UA; Tirana/AL; Tbilisi/GE; Leuven/BE; Medellín/CO; Montevideo/UY; "
        "Recife/BR; Guadalajara/MX; Valparaíso/CL; Kingston/JM; Panama City/PA; "
        "San José/CR; Ramallah/PS; Beirut/LB; Irbid/JO; Gaziantep/TR; Pittsburgh/US; "
        "Atlanta/US; Tucson/US; Halifax/CA",
        "a long declaration with six numbered commitments naming Quito, Sendai, Durban and "
        "Bonn, adopted in the host city Kigali, then 40 `City, Country` lines under "
        "world-region headings, Tbilisi in the country Georgia and Atlanta in the state; the "
        "next session's city Bogotá after the list",
    ),
    Page(
        "en-pledge-annex-pdf-rows-footnotes-page-break",
        "en",
        "numbered;columns_after;region_after;body_not_city;not_signatory",
        "Circular Procurement Pledge: Annex I – signatory governments",
        (2024, 2, 14),
        "Resources › Publications › Circular Procurement Pledge\n\n"
        "The Circular Procurement Pledge was launched at the World Congress of local "
        "governments in Malmö in 2021. By signing it, a local or regional government commits "
        "to make at least a fifth of its purchasing circular by 2030 and to report on "
        "progress every two years. The annex of signatories below is copied from the PDF "
        "(version of 31 January 2024); the PDF is the authoritative version.\n\n"
        "Circular Procurement Pledge – Annex I: Signatories 1/2\n"
        "No. Signatory Country Date signed",
        "1 City of Turku Finland 05.10.2023\n"
        "2 Municipality of Rotterdam¹ Netherlands 05.10.2023\n"
        "3 City of Ljubljana Slovenia 05.10.2023\n"
        "4 Ajuntament de Barcelona Spain 05.10.2023\n"
        "5 Ville de Besançon France 12.10.2023\n"
        "6 Oslo kommune Norway 12.10.2023\n"
        "7 City of Cape Town South Africa 30.10.2023\n"
        "8 Seoul Metropolitan Government Republic of Korea 30.10.2023\n"
        "9 Region Västra Götaland² Sweden 14.11.2023\n"
        "10 Kaunas City Municipality Lithuania 14.11.2023\n"
        "11 Stadt Heidelberg Germany 14.11.2023\n"
        "12 Comune di Bergamo Italy 01.12.2023\n"
        "¹ Signed by the Deputy Mayor for Sustainability on behalf of the Mayor.\n"
        "² Signs for the Region's own purchasing; its 49 municipalities sign separately.\n"
        "Circular Cities Alliance e.V. | Rheinallee 22, 53173 Bonn, Germany 1\n"
        "Circular Procurement Pledge – Annex I: Signatories (continued) 2/2\n"
        "No. Signatory Country Date signed\n"
        "13 City of Victoria, British Columbia Canada 01.12.2023\n"
        "14 City of Lahti Finland 01.12.2023\n"
        "15 City Government of Pasig Philippines 11.12.2023\n"
        "16 Kaohsiung City Government Taiwan 11.12.2023\n"
        "17 Ayuntamiento de Vitoria-Gasteiz Spain 11.12.2023\n"
        "18 Município de Guimarães Portugal 09.01.2024\n"
        "19 City of Ann Arbor, Michigan United States 09.01.2024\n"
        "20 Pemerintah Kota Bogor³ Indonesia 09.01.2024\n"
        "21 County Government of Uasin Gishu (Eldoret) Kenya 22.01.2024\n"
        "22 İzmir Metropolitan Municipality Türkiye 22.01.2024\n"
        "³ Signed at the Asia-Pacific procurement forum in Bangkok.\n"
        "Circular Cities Alliance e.V. | Rheinallee 22, 53173 Bonn, Germany 2",
        "Download the annex (PDF, 180 KB)\n\n"
        "How to sign\nLocal and regional governments sign by sending the pledge, signed by "
        "their mayor or an authorised representative, to the secretariat in Bonn. New "
        "signatories are added to the annex every quarter.",
        "Turku/FI; Rotterdam/NL; Ljubljana/SI; Barcelona/ES; Besançon/FR; Oslo/NO; "
        "Cape Town/ZA; Seoul/KR; Region Västra Götaland|Västra Götaland/SE/region; "
        "Kaunas/LT; Heidelberg/DE; Bergamo/IT; Victoria/CA; Lahti/FI; Pasig/PH; "
        "Kaohsiung/TW; Vitoria-Gasteiz/ES; Guimarães/PT; Ann Arbor/US; Bogor/ID; "
        "Uasin Gishu County|Uasin Gishu/KE/county; İzmir/TR",
        "a signatory annex copied from a PDF, each row's number, official name, country and "
        "date run together with single spaces, footnote markers glued to names, a page break "
        "with the secretariat's Bonn address and a repeated header; a region and a Kenyan "
        "county (seat Eldoret in brackets); the launch city Malmö and Bangkok in the text",
    ),
    Page(
        "fr-appel-maires-ainsi-que-et-autres-collectivites",
        "fr",
        "running_text;inflected;body_not_city;not_signatory;person_before;majority_other_country",
        "Rénovation des logements : les villes lancent l'Appel de Besançon",
        (2025, 12, 11),
        "Accueil > Actualités > Plaidoyer\n\n"
        "Réunies à Besançon pour le Forum annuel du réseau, une quarantaine de collectivités "
        "européennes ont lancé mercredi un appel pour une rénovation énergétique des "
        "logements qui ne laisse personne de côté. Dix ans après l'Accord de Paris, elles "
        "demandent que les fonds du nouveau Fonds social pour le climat soient gérés au plus "
        "près des habitants.\n\n"
        "« Les ménages qui vivent dans les passoires thermiques sont aussi ceux qui ont le "
        "moins les moyens de les rénover. Sans les villes, le Fonds social pour le climat "
        "passera à côté d'eux », a déclaré la maire de Besançon, qui accueillait le Forum.",
        "Parmi les premiers signataires figurent les maires de Dunkerque, Lorient, Tours, "
        "Poitiers et Annecy, le président de l'Eurométropole de Strasbourg, ainsi que les "
        "bourgmestres de Liège et de Namur et le syndic de Lausanne. Ils ont été rejoints "
        "jeudi par la maire de Saint-Denis et le premier adjoint au maire de Heidelberg, en "
        "Allemagne, et par 31 autres collectivités (voir la liste complète des "
        "signataires).",
        "L'appel, adressé au Premier ministre et à la Commission européenne, sera présenté "
        "à Bruxelles le 4 février lors de la Semaine européenne de l'énergie durable.\n\n"
        "Votre collectivité souhaite signer l'Appel de Besançon ? Écrivez-nous.\n\n"
        "Mots-clés : Rénovation, Précarité énergétique, Plaidoyer",
        "Dunkerque/FR; Lorient/FR; Tours/FR; Poitiers/FR; Annecy/FR; "
        "Eurométropole de Strasbourg|Strasbourg Eurometropolis/FR/metropolitan area; "
        "Liège/BE; Namur/BE; Lausanne/CH; Saint-Denis/FR; Heidelberg/DE",
        "a news item whose signatories are in two sentences of running text (`les maires de "
        "X, Y et Z`, `le président de l'Eurométropole de X, ainsi que les bourgmestres de X "
        "et de Y et le syndic de Z`, `la maire de X et le premier adjoint au maire de Y, en "
        "Allemagne`) then '31 autres collectivités'; the host Besançon, the Paris Agreement "
        "and Brussels as the addressee's venue",
    ),
    Page(
        "de-staedteappell-bundeslaender-beschluss-datum",
        "de",
        "one_a_line;region_heading;columns_after;no_country;body_not_city;not_signatory",
        "Städteappell für den Atomwaffenverbotsvertrag: Diese Städte haben unterzeichnet",
        (2025, 8, 6),
        "Startseite › Kampagnen › Städteappell\n\n"
        "80 Jahre nach den Atombombenabwürfen auf Hiroshima und Nagasaki fordern Städte und "
        "Gemeinden in ganz Deutschland die Bundesregierung auf, dem Vertrag über das Verbot "
        "von Atomwaffen beizutreten. Der Vertrag ist seit Januar 2021 in Kraft; Deutschland "
        "hat ihn bisher nicht unterzeichnet.\n\n"
        "Der Appell im Wortlaut\n\n"
        "„Unsere Stadt/Gemeinde ist zutiefst besorgt über die anhaltende Bedrohung, die "
        "Atomwaffen für Städte und Gemeinden auf der ganzen Welt darstellen. Wir sind fest "
        "davon überzeugt, dass unsere Einwohnerinnen und Einwohner das Recht auf ein Leben "
        "frei von dieser Bedrohung haben. Jeder Einsatz von Atomwaffen, ob vorsätzlich oder "
        "versehentlich, würde katastrophale, weitreichende und lang anhaltende Folgen für "
        "Mensch und Umwelt nach sich ziehen. Daher begrüßen wir den Vertrag über das Verbot "
        "von Atomwaffen und fordern die Bundesregierung auf, ihm beizutreten.“\n\n"
        "Der Appell geht auf eine Initiative der Internationalen Kampagne zur Abschaffung "
        "von Atomwaffen (ICAN) mit Sitz in Genf zurück. In Deutschland wird er gemeinsam mit "
        "dem Netzwerk der Bürgermeister für den Frieden koordiniert, dessen deutsche "
        "Lead City die Landeshauptstadt Hannover ist.\n\n"
        "Unterzeichnende Kommunen (Stand: 1. August 2025)\n"
        "Sortiert nach Bundesland; in Klammern das Datum des Rats- oder Kreistagsbeschlusses.",
        "Baden-Württemberg (5)\n"
        "Konstanz (23.05.2019)\n"
        "Reutlingen (11.07.2019)\n"
        "Schwäbisch Hall (16.10.2019)\n"
        "Tübingen (25.07.2019)\n"
        "Ulm (04.12.2020)\n"
        "Bayern (5)\n"
        "Erlangen (26.09.2019)\n"
        "Fürth (22.01.2020)\n"
        "München (18.12.2019)\n"
        "Regensburg (30.07.2020)\n"
        "Würzburg (12.03.2020)\n"
        "Berlin (1)\n"
        "Berlin (Beschluss des Abgeordnetenhauses, 05.12.2019)\n"
        "Brandenburg (2)\n"
        "Eberswalde (28.11.2019)\n"
        "Potsdam (06.11.2019)\n"
        "Bremen (1)\n"
        "Bremen (Bürgerschaft, 19.02.2020)\n"
        "Hamburg (1)\n"
        "Hamburg (Bürgerschaft, 12.02.2020)\n"
        "Hessen (4)\n"
        "Darmstadt (14.11.2019)\n"
        "Frankfurt am Main (27.02.2020)\n"
        "Kassel (09.12.2019)\n"
        "Marburg (31.01.2020)\n"
        "Mecklenburg-Vorpommern (1)\n"
        "Greifswald (24.06.2019)\n"
        "Niedersachsen (3)\n"
        "Göttingen (08.11.2019)\n"
        "Oldenburg (Oldb) (16.12.2019)\n"
        "Osnabrück (10.03.2020)\n"
        "Nordrhein-Westfalen (7)\n"
        "Aachen (20.11.2019)\n"
        "Bielefeld (12.12.2019)\n"
        "Bonn (26.09.2019)\n"
        "Düsseldorf (05.12.2019)\n"
        "Köln (17.12.2019)\n"
        "Münster (06.11.2019)\n"
        "Kreis Steinfurt (Kreistag, 16.03.2020)\n"
        "Rheinland-Pfalz (2)\n"
        "Mainz (25.09.2019)\n"
        "Trier (03.12.2019)\n"
        "Saarland (1)\n"
        "Saarbrücken (10.12.2019)\n"
        "Sachsen (2)\n"
        "Dresden (14.05.2020)\n"
        "Leipzig (18.09.2019)\n"
        "Schleswig-Holstein (2)\n"
        "Kiel (14.11.2019)\n"
        "Lübeck (28.11.2019)\n"
        "Thüringen (1)\n"
        "Jena (27.11.2019)",
        "Ihre Stadt fehlt? So geht's: Eine Vorlage für den Ratsantrag, Musterpressemitteilung "
        "und Hintergrundmaterial finden Sie in unserem Werkzeugkasten. Bitte schicken Sie "
        "uns nach dem Beschluss einen Auszug aus dem Protokoll.\n\n"
        "Unterstützt von: IPPNW Deutschland · Pax Christi · DFG-VK",
        "Konstanz/DE; Reutlingen/DE; Schwäbisch Hall/DE; Tübingen/DE; Ulm/DE; Erlangen/DE; "
        "Fürth/DE; Munich/DE; Regensburg/DE; Würzburg/DE; Berlin/DE; Eberswalde/DE; "
        "Potsdam/DE; Bremen/DE; Hamburg/DE; Darmstadt/DE; Frankfurt am Main/DE; Kassel/DE; "
        "Marburg/DE; Greifswald/DE; Göttingen/DE; Oldenburg/DE; Osnabrück/DE; Aachen/DE; "
        "Bielefeld/DE; Bonn/DE; Düsseldorf/DE; Cologne/DE; Münster/DE; "
        "Kreis Steinfurt|Steinfurt District/DE/county; Mainz/DE; Trier/DE; Saarbrücken/DE; "
        "Dresden/DE; Leipzig/DE; Kiel/DE; Lübeck/DE; Jena/DE",
        "38 towns and a county one a line with the council's date in brackets, under "
        "Bundesland headings with counts, city-states under their own name; the Kreis "
        "Steinfurt whose seat is a town too; Hiroshima, Nagasaki, Geneva (ICAN) and the "
        "coordinator Hannover in the text",
    ),
    Page(
        "es-declaracion-capitales-por-la-bloques-anfitriona",
        "es",
        "one_a_line;person_after;not_signatory;no_country;person_named_like_place",
        "Declaración de Asunción: las capitales iberoamericanas ante la crisis climática",
        (2024, 10, 21),
        "Inicio / Comunicación / Declaraciones\n\n"
        "La XXI Asamblea Plenaria de la Unión, reunida en Asunción (Paraguay) los días 17 y "
        "18 de octubre de 2024, aprobó por unanimidad la siguiente declaración.\n\n"
        "DECLARACIÓN DE ASUNCIÓN\n\n"
        "Las ciudades capitales abajo firmantes,\n\n"
        "CONSIDERANDO que el Acuerdo de París y el Acuerdo de Escazú reconocen el papel de los "
        "gobiernos locales en la acción climática y en el acceso a la información ambiental;\n"
        "CONSIDERANDO que la próxima Conferencia de las Partes se celebrará en Belém, en la "
        "Amazonía brasileña, y que será la primera en una región que sufre de lleno la "
        "deforestación;\n"
        "CONSIDERANDO que nuestras ciudades concentran a más de cien millones de habitantes y "
        "la mayor parte de la actividad económica de nuestros países;\n\n"
        "ACUERDAN:\n\n"
        "Primero. Elaborar, antes de 2026, un plan de adaptación al calor extremo con "
        "atención especial a las personas mayores y a los barrios populares.\n"
        "Segundo. Compartir datos abiertos sobre calidad del aire, inundaciones y arbolado "
        "urbano en una plataforma común.\n"
        "Tercero. Solicitar a los Estados que incluyan a las capitales en sus delegaciones "
        "ante la COP30.\n"
        "Cuarto. Encomendar a la Secretaría General el seguimiento de esta Declaración.\n\n"
        "Firmado en Asunción, a 18 de octubre de 2024, en dos ejemplares originales en "
        "español y portugués.\n\n"
        "Ciudades firmantes",
        "Por el Gobierno de la Ciudad Autónoma de Buenos Aires\n"
        "Mariano Ledesma, Jefe de Gobierno\n\n"
        "Por la Alcaldía Mayor de Bogotá D.C.\n"
        "Carolina Rincón Vega, Secretaria Distrital de Ambiente, en representación del "
        "Alcalde Mayor\n\n"
        "Por el Gobierno Autónomo Municipal de La Paz\n"
        "Jorge Quispe Mamani, Alcalde Municipal\n\n"
        "Por la Municipalidad Metropolitana de Lima\n"
        "Rosa Huamán Torres, Teniente Alcaldesa\n\n"
        "Por la Intendencia de Montevideo\n"
        "Lucía Fernández, Intendenta\n\n"
        "Por el Ayuntamiento de Madrid\n"
        "Íñigo Saralegui, Delegado del Área de Urbanismo, Medio Ambiente y Movilidad\n\n"
        "Por el Ayuntamiento del Distrito Nacional (Santo Domingo)\n"
        "Dolores Peña, Alcaldesa\n\n"
        "Por la Municipalidad de Guatemala\n"
        "Héctor Ajú, Alcalde\n\n"
        "Por la Alcaldía Municipal del Distrito Central (Tegucigalpa)\n"
        "Óscar Mejía, Vicealcalde\n\n"
        "Pela Câmara Municipal de Lisboa\n"
        "Teresa Antunes, Vereadora do Ambiente\n\n"
        "Por el Municipio del Distrito Metropolitano de Quito\n"
        "Santiago Andrade, Alcalde Metropolitano\n\n"
        "Por la Ciudad de México\n"
        "Ximena Ortega, Secretaria del Medio Ambiente\n\n"
        "Por la Alcaldía de Panamá\n"
        "Ricardo Mendoza, Alcalde\n\n"
        "Por el Comú d'Andorra la Vella\n"
        "Núria Casals, Cònsol Major\n\n"
        "Ciudad anfitriona: Asunción\n"
        "Municipalidad de Asunción – Intendencia Municipal",
        "La Declaración de Asunción será presentada por la Copresidencia de la Unión en la "
        "Conferencia de las Partes en Belém y en la Cumbre Iberoamericana de Jefes de Estado "
        "en Madrid.\n\n"
        "Descargar la Declaración (PDF)",
        "Buenos Aires/AR; Bogotá/CO; La Paz/BO; Lima/PE; Montevideo/UY; Madrid/ES; "
        "Santo Domingo/DO; Guatemala City/GT; Tegucigalpa/HN; Lisbon/PT; Quito/EC; "
        "Mexico City/MX; Panama City/PA; Andorra la Vella/AD",
        "signature blocks `Por la Municipalidad de X` over the signer's name and title "
        "(official names: `Distrito Nacional (Santo Domingo)`, `Distrito Central "
        "(Tegucigalpa)`, `Comú d'Andorra la Vella`, a Portuguese `Pela Câmara Municipal de "
        "Lisboa`, a deputy named Santiago), then the host `Ciudad anfitriona: Asunción` who "
        "did not sign; treaties of Paris and Escazú and the COP in Belém in the text",
    ),
    Page(
        "it-lettera-sindaci-nome-sindaco-di-e-altri",
        "it",
        "bulleted;person_before;person_after;person_named_like_place;not_signatory;body_not_city",
        "Trasporto pubblico, la lettera dei sindaci al Governo: «Non tagliate il Fondo»",
        (2025, 11, 4),
        "Home » Notizie » Mobilità\n\n"
        "Sono più di cinquanta i sindaci e le sindache che hanno firmato la lettera aperta "
        "al Presidente del Consiglio e al Ministro delle Infrastrutture contro il taglio del "
        "Fondo nazionale per il trasporto pubblico locale previsto dalla legge di bilancio. "
        "La lettera è stata presentata ieri a Roma, nella sala stampa della Camera, dai "
        "sindaci di alcune delle città firmatarie.\n\n"
        "«Senza autobus e tram puntuali non c'è transizione ecologica, e non c'è nemmeno "
        "diritto alla città», si legge nel testo, che richiama gli impegni sottoscritti con "
        "la Carta di Bologna per l'ambiente e chiede di vincolare almeno il 30% dei fondi "
        "alla sostituzione dei mezzi più inquinanti.\n\n"
        "Il testo integrale della lettera è disponibile in fondo alla pagina. Tra i primi "
        "firmatari:",
        "• Giulia Ferrara, sindaca di Modena\n"
        "• Marco Messina, sindaco di Pesaro\n"
        "• Il sindaco di Bergamo, Pietro Lanza\n"
        "• Andrea Marsala, sindaco di Lecce\n"
        "• Elena Cattaneo Ruffini, sindaca del Comune di Reggio nell'Emilia\n"
        "• Davide Serafini, vicesindaco di Torino, su delega del sindaco\n"
        "• Sindaca di Padova – Chiara Zanetti\n"
        "• Roberto Pisano, sindaco di Livorno\n"
        "• Francesca Loi, sindaca di Cagliari\n"
        "• Luca Orlandini, assessore alla Mobilità del Comune di Parma\n"
        "• Simone Bassi, sindaco di Ravenna\n"
        "• Matteo Gualtieri, presidente dell'Unione dei Comuni della Romagna Forlivese\n"
        "• Anna Ricci, sindaca di Salerno\n"
        "• Tommaso Leone, sindaco di Perugia",
        "… e altri 39 sindaci e sindache. L'elenco completo dei firmatari è in aggiornamento.\n\n"
        "Hanno aderito anche: Legambiente, FIAB, Fondazione per lo Sviluppo Sostenibile, "
        "Asstra.\n\n"
        "Per aderire, i Comuni possono inviare una PEC con la delibera di Giunta "
        "all'indirizzo della segreteria della rete.",
        "Modena/IT; Pesaro/IT; Bergamo/IT; Lecce/IT; Reggio nell'Emilia/IT; Turin/IT; "
        "Padova/IT; Livorno/IT; Cagliari/IT; Parma/IT; Ravenna/IT; "
        "Unione dei Comuni della Romagna Forlivese|Romagna Forlivese/IT/"
        "union of municipalities; Salerno/IT; Perugia/IT",
        "a news item whose first signatories are bullets `Name, sindaco/sindaca di X` in "
        "varied orders, mayors surnamed Ferrara, Messina, Marsala and Pisano, a deputy of "
        "Turin and an assessore of Parma, a union of municipalities, then '… e altri 39'; "
        "Rome as the venue and the Carta di Bologna in the text",
    ),
    Page(
        "pt-carta-prefeitos-tabela-celula-por-linha-uf",
        "pt",
        "state_codes;person_after;columns_after;not_signatory;no_country;person_named_like_place",
        "Carta de Belém: 20 prefeituras assinam compromisso das cidades com a COP30",
        (2025, 11, 12),
        "Início > Notícias > Clima\n\n"
        "Prefeitas e prefeitos de 20 cidades brasileiras assinaram a Carta de Belém, entregue "
        "nesta terça-feira à presidência da COP30 durante o Fórum de Líderes Locais, em "
        "Belém. O documento reúne compromissos de adaptação, transição energética e combate "
        "ao racismo ambiental, e pede que os municípios tenham acesso direto ao Fundo Clima.\n\n"
        "A articulação da Carta foi conduzida pela secretaria executiva da Frente, em "
        "Brasília, com apoio técnico de redes internacionais de cidades. O prefeito de Belém, "
        "anfitrião do Fórum, recebeu os colegas no Parque da Cidade.\n\n"
        "“A Amazônia urbana também é Amazônia. Metade da população da região vive em "
        "cidades”, lembrou a presidente da Frente na abertura.\n\n"
        "Confira as cidades signatárias:",
        "Município\nUF\nPrefeito(a)\nAssinatura\n"
        "Recife\nPE\nAndré Cavalcanti\n11/11/2025\n"
        "Salvador\nBA\nMarcelo Dantas\n11/11/2025\n"
        "Fortaleza\nCE\nLívia Holanda\n11/11/2025\n"
        "Natal\nRN\nJosé Medeiros\n11/11/2025\n"
        "João Pessoa\nPB\nCícero Nóbrega\n11/11/2025\n"
        "Teresina\nPI\nRegina Portela\n11/11/2025\n"
        "São Luís\nMA\nEduardo Serra Lima\n11/11/2025\n"
        "Maceió\nAL\nJoão Paulo Amorim\n11/11/2025\n"
        "Aracaju\nSE\nEmília Prado\n11/11/2025\n"
        "Vitória\nES\nRodrigo Meirelles\n11/11/2025\n"
        "Curitiba\nPR\nHelena Kowalski\n11/11/2025\n"
        "Florianópolis\nSC\nTiago Bernardes\n11/11/2025\n"
        "Porto Alegre\nRS\nFernanda Lopes\n11/11/2025\n"
        "Belo Horizonte\nMG\nMárcio Teixeira Neto\n11/11/2025\n"
        "Niterói\nRJ\nSílvia Rangel Ferreira\n11/11/2025\n"
        "Campinas\nSP\nDário Gomes\n11/11/2025\n"
        "Manaus\nAM\nCarla Braga\n11/11/2025\n"
        "Macapá\nAP\nRaimundo Barreto\n11/11/2025\n"
        "Palmas\nTO\nCíntia Moura Lima\n11/11/2025\n"
        "Cuiabá\nMT\nOtávio Souza Campos\n11/11/2025",
        "Outros municípios podem aderir à Carta até 31 de dezembro pelo formulário on-line.\n\n"
        "Leia a íntegra da Carta de Belém (PDF)",
        "Recife/BR; Salvador/BR; Fortaleza/BR; Natal/BR; João Pessoa/BR; Teresina/BR; "
        "São Luís/BR; Maceió/BR; Aracaju/BR; Vitória/BR; Curitiba/BR; Florianópolis/BR; "
        "Porto Alegre/BR; Belo Horizonte/BR; Niterói/BR; Campinas/BR; Manaus/BR; Macapá/BR; "
        "Palmas/BR; Cuiabá/BR",
        "a web table copied one cell a line (município, UF, prefeito, date) whose state codes "
        "are countries' (ES, SE, MA, AL, RS, PR, MG, MT, AM); the host Belém whose name is "
        "the charter's and the secretariat in Brasília in the text",
    ),
    Page(
        "nl-intentieverklaring-handtekeningen-twee-kolommen-getuige",
        "nl",
        "few;person_named_like_place;not_signatory;body_not_city;person_after",
        "Drie Gelderse gemeenten tekenen intentieverklaring over warmtenetten",
        (2025, 3, 14),
        "Home > Nieuws > Energie\n\n"
        "De gemeenten Nijmegen, Apeldoorn en Ede gaan samen optrekken bij de aanleg van "
        "warmtenetten. Vrijdag ondertekenden zij in het Huis der Provincie in Arnhem een "
        "intentieverklaring. De provincie Gelderland ondertekende als getuige en stelt "
        "€ 1,2 miljoen beschikbaar voor een gezamenlijk projectbureau.\n\n"
        "De drie gemeenten willen samen een publiek warmtebedrijf onderzoeken, zoals de "
        "nieuwe Wet collectieve warmte mogelijk maakt. De gemeenten Deventer en Zutphen "
        "volgen de samenwerking en beslissen na de zomer of zij aansluiten.\n\n"
        "Hieronder de tekst van de verklaring, zoals ondertekend.\n\n"
        "INTENTIEVERKLARING REGIONALE AANPAK WARMTENETTEN\n\n"
        "Partijen,\n"
        "overwegende dat het Akkoord van Parijs en het Klimaatakkoord vragen om een "
        "aardgasvrije gebouwde omgeving in 2050;\n"
        "overwegende dat warmtenetten alleen betaalbaar zijn bij voldoende schaal;\n\n"
        "verklaren het volgende:\n"
        "1. Partijen onderzoeken in 2025 de oprichting van een gezamenlijk publiek "
        "warmtebedrijf.\n"
        "2. Partijen stemmen hun warmteprogramma's en de volgorde van wijken op elkaar af.\n"
        "3. Deze verklaring schept geen rechten of verplichtingen in rechte.\n\n"
        "Aldus opgemaakt en ondertekend te Arnhem op 14 maart 2025",
        "Gemeente Nijmegen                              Gemeente Apeldoorn\n\n"
        "M. van Tiel                                    J. Kampen\n"
        "burgemeester                                   burgemeester\n\n\n"
        "Gemeente Ede\n\n"
        "A. Veenstra\n"
        "wethouder Energie, namens de burgemeester\n\n\n"
        "Als getuige:\n"
        "Provincie Gelderland\n\n"
        "I. Ruiter\n"
        "gedeputeerde Energietransitie",
        "Meer informatie\nProjectbureau Warmte Gelderland, warmte@gelderland.example\n\n"
        "Lees ook: Arnhem en Nijmegen starten proef met buurtbatterijen",
        "Nijmegen/NL; Apeldoorn/NL; Ede/NL",
        "a declaration's signature blocks copied from a PDF in two columns with wide spaces "
        "(`Gemeente X` over `M. van Tiel` / `J. Kampen`, signers named like towns), a third "
        "block below, then the province as witness; signed in Arnhem; Deventer and Zutphen "
        "may join later",
    ),
    Page(
        "pl-apel-prezydenci-dopelniacz-pakt-wolnych-miast",
        "pl",
        "running_text;inflected;not_signatory;person_before;no_country",
        "Prezydenci miast podpisali apel w sprawie finansów samorządów",
        (2025, 9, 26),
        "Strona główna / Aktualności / Finanse samorządowe\n\n"
        "Szesnastu prezydentów i burmistrzów podpisało w czwartek w Krakowie wspólny apel do "
        "Rządu i Sejmu o zmianę ustawy o dochodach jednostek samorządu terytorialnego. "
        "Samorządowcy domagają się, by nowe zadania przekazywane gminom szły w parze ze "
        "środkami na ich wykonanie.",
        "Apel podpisali prezydenci Gdańska, Gdyni, Sopotu, Poznania, Wrocławia, Łodzi, "
        "Lublina, Rzeszowa, Białegostoku, Torunia, Bydgoszczy, Szczecina i Katowic, a także "
        "burmistrzowie Sejn, Hajnówki i Ustrzyk Dolnych.",
        "Gospodarzem spotkania był prezydent Krakowa, który zapowiedział, że apel trafi pod "
        "obrady Rady Miasta Krakowa na najbliższej sesji. – Samorządy nie mogą być "
        "bankomatem, z którego rząd wypłaca obietnice wyborcze – mówił.\n\n"
        "Sygnatariusze przypominają, że w 2019 r. burmistrzowie Budapesztu, Bratysławy, Pragi "
        "i Warszawy zawarli w Budapeszcie Pakt Wolnych Miast, w którym zobowiązali się do "
        "wspólnej obrony samorządności. – Dziś potrzebujemy takiego paktu w Polsce, od "
        "Sejn po Szczecin – powiedział burmistrz Sejn.\n\n"
        "Pełny tekst apelu (PDF, 210 KB)\n\n"
        "Tagi: finanse, JST, ustawa o dochodach",
        "Gdańsk/PL; Gdynia/PL; Sopot/PL; Poznań/PL; Wrocław/PL; Łódź/PL; Lublin/PL; "
        "Rzeszów/PL; Białystok/PL; Toruń/PL; Bydgoszcz/PL; Szczecin/PL; Katowice/PL; "
        "Sejny/PL; Hajnówka/PL; Ustrzyki Dolne/PL",
        "a news item whose 16 signatories are one sentence of genitives (`prezydenci "
        "Gdańska, Gdyni, ... i Katowic, a także burmistrzowie Sejn, Hajnówki i Ustrzyk "
        "Dolnych`); the host Kraków (`w Krakowie`, `prezydent Krakowa`) did not sign; the "
        "Pact of Free Cities of Budapest, Bratislava, Prague and Warsaw in a later sentence",
    ),
    Page(
        "sv-klimatkontrakt-lan-rubriker-fotnoter-region-partner",
        "sv",
        "one_a_line;region_heading;inflected;not_signatory;no_country",
        "Klimatkontrakt 2030: kommunerna som har skrivit under",
        (2025, 7, 3),
        "Start / Program / Klimatneutrala städer / Klimatkontrakt\n\n"
        "Klimatkontrakt 2030 är en överenskommelse mellan kommuner och fyra statliga "
        "myndigheter om att tillsammans arbeta för klimatneutrala städer till 2030. "
        "Kontraktet förnyas varje år och de senaste kontrakten undertecknades under "
        "Almedalsveckan i Visby den 1 juli.\n\n"
        "Varje kommun har tagit fram en egen handlingsplan med åtgärder inom transporter, "
        "byggande, energi och konsumtion. Planerna följs upp gemensamt två gånger om året.\n\n"
        "Undertecknande kommuner, per län (23)",
        "Stockholms län\n"
        "Stockholms stad\n"
        "Södertälje kommun\n"
        "Uppsala län\n"
        "Uppsala kommun\n"
        "Enköpings kommun¹\n"
        "Östergötlands län\n"
        "Linköpings kommun\n"
        "Norrköpings kommun\n"
        "Jönköpings län\n"
        "Jönköpings kommun¹\n"
        "Kronobergs län\n"
        "Växjö kommun\n"
        "Skåne län\n"
        "Helsingborgs stad\n"
        "Lunds kommun\n"
        "Malmö stad\n"
        "Hallands län\n"
        "Halmstads kommun¹\n"
        "Västra Götalands län\n"
        "Borås Stad\n"
        "Göteborgs Stad\n"
        "Trollhättans stad²\n"
        "Örebro län\n"
        "Örebro kommun\n"
        "Västmanlands län\n"
        "Västerås stad\n"
        "Dalarnas län\n"
        "Borlänge kommun¹\n"
        "Gävleborgs län\n"
        "Gävle kommun\n"
        "Västerbottens län\n"
        "Skellefteå kommun\n"
        "Umeå kommun\n"
        "Norrbottens län\n"
        "Kiruna kommun²\n"
        "Luleå kommun\n\n"
        "¹ Undertecknade sitt första kontrakt 2024.\n"
        "² Undertecknade sitt första kontrakt 2025.",
        "Region Skåne och Region Västerbotten deltar som samarbetspartner i programmet men "
        "är inte parter i kontrakten.\n\n"
        "Vill din kommun vara med? Programmet tar in nya kommuner en gång om året. "
        "Kontakta programkontoret i Stockholm.",
        "Stockholm/SE; Södertälje/SE; Uppsala/SE; Enköping/SE; Linköping/SE; Norrköping/SE; "
        "Jönköping/SE; Växjö/SE; Helsingborg/SE; Lund/SE; Malmö/SE; Halmstad/SE; Borås/SE; "
        "Göteborg/SE; Trollhättan/SE; Örebro/SE; Västerås/SE; Borlänge/SE; Gävle/SE; "
        "Skellefteå/SE; Umeå/SE; Kiruna/SE; Luleå/SE",
        "municipalities in their official names (`Stockholms stad`, `Linköpings kommun`, "
        "`Borås Stad`) one a line under län headings (`Jönköpings län` over `Jönköpings "
        "kommun`), footnote markers glued to names; Visby the venue, two regions named as "
        "partners who did not sign",
    ),
    Page(
        "da-aabent-brev-borgmestre-parti-kommune",
        "da",
        "one_a_line;person_before;person_after;person_named_like_place;not_signatory;inflected",
        "Åbent brev: 13 borgmestre vil have flere almene boliger i de store byer",
        (2025, 11, 27),
        "Forside › Nyheder › Boliger\n\n"
        "Tretten borgmestre fra hele landet har i dag sendt et åbent brev til social- og "
        "boligministeren. De opfordrer regeringen til at hæve grænsen for, hvor meget en "
        "almen familiebolig må koste at bygge, så der igen kan bygges billige boliger i "
        "byerne. Brevet blev drøftet på KL's Kommunalpolitiske Topmøde i Aalborg i sidste "
        "uge.\n\n"
        "Kære minister\n\n"
        "Priserne på byggeri er steget markant siden 2021, men rammebeløbet for almene "
        "boliger har ikke fulgt med. Resultatet er, at der næsten ikke bygges almene "
        "familieboliger i de største byer, hvor behovet er størst. Sygeplejersker, "
        "pædagoger og buschauffører kan ikke længere finde en bolig, de har råd til, tæt "
        "på deres arbejde.\n\n"
        "Vi beder derfor regeringen om at:\n"
        "• hæve rammebeløbet for almene boliger i de største byer med mindst 20 procent,\n"
        "• give kommunerne mulighed for at stille krav om 25 procent almene boliger i nye "
        "lokalplaner,\n"
        "• lade Landsbyggefonden finansiere flere renoveringer.\n\n"
        "Med venlig hilsen",
        "Anders Lund (S), borgmester, Aarhus Kommune\n"
        "Mette Bach (V), borgmester i Vejle Kommune\n"
        "Overborgmester Camilla Dahl (SF), Københavns Kommune\n"
        "Henrik Mortensen (S), borgmester, Odense Kommune\n"
        "Kasper Ribe Nielsen (K), borgmester, Frederiksberg Kommune\n"
        "Borgmester i Esbjerg Kommune, Jesper Thygesen (V)\n"
        "Lene Holm Sørensen (S), borgmester, Horsens Kommune\n"
        "Torben Friis (S), Randers Kommune\n"
        "Roskilde Kommune v/ borgmester Pia Kjeldsen (S)\n"
        "Søren Vinther (V), borgmester, Kolding Kommune\n"
        "Silkeborg Kommune: borgmester Line Brandt (K)\n"
        "Carsten Dam (S), borgmester, Næstved Kommune\n"
        "Dorthe Kirk (V), borgmester, Herning Kommune",
        "Brevet er også sendt til Folketingets boligudvalg og til BL – Danmarks Almene "
        "Boliger.\n\n"
        "Kontakt: Pressechef Maria Østergaard, tlf. 33 70 33 70",
        "Aarhus/DK; Vejle/DK; København/DK; Odense/DK; Frederiksberg/DK; Esbjerg/DK; "
        "Horsens/DK; Randers/DK; Roskilde/DK; Kolding/DK; Silkeborg/DK; Næstved/DK; "
        "Herning/DK",
        "an open letter to the minister signed by 13 mayors in lines of name, party letters "
        "and `X Kommune` in several orders (`Borgmester i X Kommune, Name (V)`, `X Kommune "
        "v/ borgmester Name`, `X Kommune: borgmester Name`), mayors surnamed Lund, Ribe and "
        "Holm; `Københavns Kommune`; Aalborg the venue of the summit",
    ),
    Page(
        "cs-deklarace-zdrava-mesta-kraj-zavorky-a-dalsi",
        "cs",
        "bulleted;region_after;body_not_city;not_signatory;no_country",
        "Deklarace Zdravých měst o klimatu a zdraví má prvních 21 signatářů",
        (2025, 6, 12),
        "Úvod » Aktuality » Zprávy z NSZM\n\n"
        "Na Letní škole Zdravých měst v Kroměříži podepsali zástupci měst, obcí a jednoho "
        "kraje Deklaraci o klimatu a zdraví. Signatáři se zavazují, že do roku 2027 "
        "přijmou plán adaptace na vlny veder, zapojí do něj zdravotní a sociální služby a "
        "budou každoročně vyhodnocovat jeho plnění v rámci místní Agendy 21.\n\n"
        "„Vedra zabíjejí tiše. Nejohroženější jsou senioři, kteří žijí sami,“ uvedla při "
        "podpisu ředitelka Kanceláře sítě, která sídlí v Jihlavě.\n\n"
        "Deklaraci dosud podepsali (řazeno podle data podpisu):",
        "• Hlavní město Praha (Hlavní město Praha)\n"
        "• Statutární město Brno (Jihomoravský kraj)\n"
        "• Statutární město Ostrava (Moravskoslezský kraj)\n"
        "• Statutární město Plzeň (Plzeňský kraj)\n"
        "• Statutární město Olomouc (Olomoucký kraj)\n"
        "• Kraj Vysočina\n"
        "• Město Chrudim (Pardubický kraj)\n"
        "• Město Litomyšl (Pardubický kraj)\n"
        "• Město Vsetín (Zlínský kraj)\n"
        "• Město Kopřivnice (Moravskoslezský kraj)\n"
        "• Město Hodonín (Jihomoravský kraj)\n"
        "• Statutární město Prostějov (Olomoucký kraj)\n"
        "• Město Kolín (Středočeský kraj)\n"
        "• Město Písek (Jihočeský kraj)*\n"
        "• Statutární město Most (Ústecký kraj)*\n"
        "• Město Třebíč (Kraj Vysočina)\n"
        "• Město Žďár nad Sázavou (Kraj Vysočina)\n"
        "• Město Hrádek nad Nisou (Liberecký kraj)\n"
        "• Městys Štěpánov nad Svratkou (Kraj Vysočina)*\n"
        "• Obec Křtiny (Jihomoravský kraj)\n"
        "• Město Šternberk (Olomoucký kraj)\n\n"
        "* nový člen Národní sítě Zdravých měst od roku 2025",
        "… a dalších 47 měst a obcí, které deklaraci schválily usnesením rady nebo "
        "zastupitelstva a podepíší ji na podzimní konferenci. Úplný seznam signatářů "
        "(PDF, 240 kB)\n\n"
        "Deklaraci mohou podepsat i obce, které zatím nejsou členy sítě. Vzor usnesení "
        "najdete v sekci Dokumenty.",
        "Prague/CZ; Brno/CZ; Ostrava/CZ; Plzeň/CZ; Olomouc/CZ; "
        "Kraj Vysočina|Vysočina Region/CZ/region; Chrudim/CZ; Litomyšl/CZ; Vsetín/CZ; "
        "Kopřivnice/CZ; Hodonín/CZ; Prostějov/CZ; Kolín/CZ; Písek/CZ; Most/CZ; Třebíč/CZ; "
        "Žďár nad Sázavou/CZ; Hrádek nad Nisou/CZ; Štěpánov nad Svratkou/CZ; Křtiny/CZ; "
        "Šternberk/CZ",
        "bullets of official names `Statutární město X`, `Město X`, `Městys X`, `Obec X` "
        "with the kraj in brackets (`Kraj Vysočina` as a signatory too and in brackets), "
        "footnote stars, then '… a dalších 47 měst a obcí'; the venue Kroměříž and the "
        "office in Jihlava in the text",
    ),
    Page(
        "ro-scrisoare-deschisa-primari-municipiul-moldova",
        "ro",
        "one_a_line;person_before;person_after;region_after;country_in_language;"
        "majority_other_country;not_signatory",
        "Scrisoare deschisă a primarilor către Guvern privind fondurile pentru transportul public",
        (2025, 4, 9),
        "Acasă / Comunicate / Scrisori deschise\n\n"
        "Către: Guvernul României, Palatul Victoria, București\n"
        "În atenția: Prim-ministrului și a Ministrului Dezvoltării, Lucrărilor Publice și "
        "Administrației\n\n"
        "Stimate domnule Prim-ministru,\n\n"
        "Subsemnații, primari ai unor municipii, orașe și comune din România și din Republica "
        "Moldova, membri ai Asociației, vă adresăm această scrisoare după Adunarea Generală "
        "de la Sinaia din 4–5 aprilie 2025.\n\n"
        "Programul de achiziție de autobuze electrice finanțat prin Planul Național de "
        "Redresare și Reziliență a permis înnoirea flotelor în zeci de localități. Fără o "
        "continuare a finanțării după 2026, însă, noile vehicule vor fi exploatate de "
        "operatori care nu își pot permite nici șoferii, nici stațiile de încărcare.\n\n"
        "Vă solicităm:\n"
        "1. un program național multianual pentru transportul public local, cu alocări "
        "previzibile;\n"
        "2. compensarea integrală a gratuităților acordate elevilor și pensionarilor;\n"
        "3. consultarea autorităților locale înainte de orice modificare a Codului "
        "administrativ privind serviciile de transport.\n\n"
        "Cu deosebită considerație,\n\n"
        "Semnatari:",
        "Dan Mureșan, Primarul Municipiului Cluj-Napoca\n"
        "Primarul Municipiului Timișoara, Radu Stoica\n"
        "Sorin Dragomir – primar, Oradea\n"
        "Municipiul Iași, prin primar Andrei Costache\n"
        "Primăria Municipiului Brașov – Elena Voicu, primar\n"
        "Municipiul Sibiu – Ioana Stan, primar\n"
        "Vasile Pop, primarul municipiului Alba Iulia\n"
        "Municipiul Baia Mare – Cristian Hossu, primar\n"
        "Orașul Cisnădie (jud. Sibiu) – Gheorghe Radu, primar\n"
        "Comuna Florești (jud. Cluj) – Nicolae Bora, primar\n"
        "Municipiul Chișinău (Republica Moldova) – Victor Ciobanu, primar general\n"
        "Municipiul Bălți (Republica Moldova) – Natalia Rusu, primar",
        "Scrisoarea este susținută și de Asociația Orașelor din România și de Asociația "
        "Comunelor din România.\n\n"
        "Descarcă scrisoarea semnată (PDF)",
        "Cluj-Napoca/RO; Timișoara/RO; Oradea/RO; Iași/RO; Brașov/RO; Sibiu/RO; "
        "Alba Iulia/RO; Baia Mare/RO; Cisnădie/RO; Florești/RO; Chișinău/MD; Bălți/MD",
        "an open letter addressed to the Government in Bucharest, signed by 12 mayors in "
        "lines of every order (`Name, Primarul Municipiului X`, `Municipiul X, prin primar "
        "Name`, `Orașul X (jud. Y) – Name, primar`), two of them in `Republica Moldova`; "
        "the venue Sinaia in the text",
    ),
]

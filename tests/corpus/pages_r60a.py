"""Batch r60a: 14 held-out pages as European city networks publish them, one language each.

English council leaders' lines broken by the copy (`Newcastle upon` / `Tyne City Council`) with
leaders named Lincoln, Chester and Preston and a combined authority; a Belgian French directory
under province headings (`Province de Luxembourg`, `Province de Limbourg`) whose province is a
member too, with `Tongres (Tongeren)` and columns; a German tab table of `Universitätsstadt`,
`Landkreis`, `Verband Region Stuttgart` with Land, date and population columns (`Bremen` the
Land); Spanish running text with `y`, a provincial council named like its city, a host, an
exception and `Ourense` named again as `Orense`; an Italian PDF annex with page headers,
hyphenated `Comune di` lines, province codes and no country, a union of municipalities; a
Portuguese news item of three that joined, a president named Fátima and a host; a Dutch members
table with `|` pipes and `Limburg` / `Limburg (BE)` columns and the province as a member; Polish
lines of voivodeships with entries between middle dots, a county, and `z wyjątkiem Opola i
Kielc`; Danish `For X Kommune` signature blocks under the place of signing and a region; Lithuanian
genitives with `ir` and `bei`, a district municipality and a venue `Šiauliuose`; a Croatian
numbered list with bilingual `Grad Pula – Città di Pola`, two counties and no country; a Slovak
PDF of `Mesto X, zastúpené primátorom` with a mayor named Martin of Martin, hyphenation and a
region; a Bulgarian news item of three municipalities with a president named София and a venue;
an Estonian directory under county headings with `Tallinna linn; Maardu linn` on one line and an
association of municipalities.

Networks, statements and people are invented; the places are real. Written without reading the
reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r60a-council-leaders-broken-lines-combined-authority",
        language="en",
        kinds="one_a_line;broken_lines;person_before;person_named_like_place;not_signatory;"
        "body_not_city",
        title="Clean Air Cities Alliance: leaders' letter to the Secretary of State on bus funding",
        date=(2025, 3, 18),
        before=(
            "Council leaders and mayors from across England have written to the Secretary of "
            "State for Transport asking for a five-year settlement for local bus services. The "
            "letter was agreed at the Alliance's spring meeting, hosted by Leeds City Council at "
            "the Civic Hall, and is coordinated by the Alliance secretariat in Leicester.\n\n"
            '"Without certainty on funding, every city on this list will be cutting routes by '
            "the autumn,\" said the Alliance's chair.\n\n"
            "The full letter is available to download (PDF, 240 KB). It is signed by:"
        ),
        listing=(
            "Mayor Dana Whitcombe, West Yorkshire Combined Authority\n"
            "Florence Adeyemi, Lord Mayor of Bristol\n"
            "Cllr Lincoln Harwood, Leader, Sheffield City Council\n"
            "Cllr Preston Ibbotson, Leader, Newcastle upon\n"
            "Tyne City Council\n"
            "Cllr Marcus Oyelaran, Leader, Nottingham City\n"
            "Council\n"
            "Cllr Hattie Brennan, Leader, Coventry City Council\n"
            "Cllr Imran Chaudry, Leader, Brighton & Hove City Council\n"
            "Cllr Joan Pickersgill, Leader, Stoke-on-Trent City Council\n"
            "Cllr Chester Maddox, Leader, Exeter City Council\n"
            "Cllr Ruth Allingham, Leader, Norwich City Council\n"
            "Cllr Owen Tregarthen, Leader, City of York Council\n"
            "Cllr Beatrix Lomax, Leader, Derby City\n"
            "Council"
        ),
        after=(
            "The Alliance will present the letter at its next meeting in Leicester in June. "
            "Councils that wish to add their name should contact the secretariat."
        ),
        expected="West Yorkshire Combined Authority|West Yorkshire/GB/metropolitan area; "
        "Bristol/GB; Sheffield/GB; Newcastle upon Tyne/GB; Nottingham/GB; Coventry/GB; "
        "Brighton|Brighton and Hove/GB; Stoke-on-Trent/GB; Exeter/GB; Norwich/GB; York/GB; "
        "Derby/GB",
    ),
    Page(
        name="fr-r60a-annuaire-provinces-belgique-luxembourg-limbourg",
        language="fr",
        kinds="one_a_line;region_heading;region_like_country;columns_after;named_twice;"
        "body_not_city;not_signatory",
        title="Réseau Communes sobres et résilientes : nos membres",
        date=(2024, 11, 5),
        before=(
            "Le Réseau rassemble des communes, villes et provinces qui s'engagent à réduire "
            "leurs émissions et à accompagner leurs habitants dans la transition. Le "
            "secrétariat du Réseau est assuré par la Ville de Namur, qui accueille aussi "
            "l'assemblée générale annuelle.\n\n"
            "Annuaire des membres (mise à jour : novembre 2024)"
        ),
        listing=(
            "PROVINCE DE LUXEMBOURG\n"
            "Province de Luxembourg — Province — membre depuis 2019\n"
            "Arlon — Ville — membre depuis 2016\n"
            "Bastogne — Ville — membre depuis 2016\n"
            "Marche-en-Famenne — Ville — membre depuis 2017\n"
            "Durbuy — Ville — membre depuis 2021\n"
            "Virton — Ville — membre depuis 2022\n"
            "Libramont-Chevigny — Commune — membre depuis 2023\n"
            "\n"
            "PROVINCE DE NAMUR\n"
            "Dinant — Ville — membre depuis 2018\n"
            "Ciney — Ville — membre depuis 2018\n"
            "Gembloux — Ville — membre depuis 2020\n"
            "\n"
            "PROVINCE DE LIÈGE\n"
            "Verviers — Ville — membre depuis 2016\n"
            "Huy — Ville — membre depuis 2019\n"
            "Spa — Ville — membre depuis 2021\n"
            "Herve — Ville — membre depuis 2022\n"
            "\n"
            "PROVINCE DE LIMBOURG (membres associés)\n"
            "Hasselt — Ville — membre depuis 2020\n"
            "Genk — Ville — membre depuis 2020\n"
            "Tongres (Tongeren) — Ville — membre depuis 2023"
        ),
        after=(
            "Votre commune souhaite rejoindre le Réseau ? Écrivez au secrétariat, Hôtel de "
            "Ville de Namur, ou consultez la charte d'adhésion."
        ),
        expected="Province de Luxembourg|Luxembourg Province/BE/province; Arlon/BE; "
        "Bastogne/BE; Marche-en-Famenne/BE; Durbuy/BE; Virton/BE; "
        "Libramont-Chevigny|Libramont/BE; Dinant/BE; Ciney/BE; Gembloux/BE; Verviers/BE; "
        "Huy/BE; Spa/BE; Herve/BE; Hasselt/BE; Genk/BE; Tongeren|Tongres/BE",
    ),
    Page(
        name="de-r60a-mitgliedertabelle-tabs-land-landkreis-verband",
        language="de",
        kinds="table_tabs;columns_after;body_not_city;inflected",
        title="Bündnis Kommunale Wärmewende: Mitglieder",
        date=(2025, 1, 22),
        before=(
            "Im Bündnis Kommunale Wärmewende arbeiten Städte, Landkreise und Regionalverbände "
            "an der kommunalen Wärmeplanung. Die Geschäftsstelle ist beim Deutschen Institut für "
            "Stadtklima in Bonn angesiedelt.\n\n"
            "Stand der Mitgliederliste: Januar 2025"
        ),
        listing=(
            "Mitglied\tLand\tBeitritt\tEinwohner\n"
            "Stadt Freiburg im Breisgau\tBaden-Württemberg\t2019\t231.000\n"
            "Universitätsstadt Tübingen\tBaden-Württemberg\t2019\t91.000\n"
            "Stadt Esslingen am Neckar\tBaden-Württemberg\t2020\t94.000\n"
            "Landkreis Reutlingen\tBaden-Württemberg\t2021\t290.000\n"
            "Verband Region Stuttgart\tBaden-Württemberg\t2022\t2.800.000\n"
            "Stadt Heidelberg\tBaden-Württemberg\t2019\t159.000\n"
            "Stadt Bochum\tNordrhein-Westfalen\t2020\t364.000\n"
            "Stadt Gelsenkirchen\tNordrhein-Westfalen\t2023\t263.000\n"
            "Universitätsstadt Marburg\tHessen\t2020\t77.000\n"
            "Stadt Kassel\tHessen\t2021\t204.000\n"
            "Stadt Jena\tThüringen\t2019\t110.000\n"
            "Stadt Weimar\tThüringen\t2022\t65.000\n"
            "Freie Hansestadt Bremen\tBremen\t2020\t577.000\n"
            "Stadt Oldenburg (Oldb)\tNiedersachsen\t2021\t170.000\n"
            "Hansestadt Lüneburg\tNiedersachsen\t2022\t78.000\n"
            "Stadt Eberswalde\tBrandenburg\t2024\t42.000"
        ),
        after=(
            "Sie möchten Mitglied werden? Die Beitrittserklärung finden Sie im Downloadbereich. "
            "Die nächste Mitgliederversammlung findet in Kassel statt."
        ),
        expected="Freiburg im Breisgau|Freiburg/DE; Tübingen/DE; Esslingen am Neckar|Esslingen/DE; "
        "Landkreis Reutlingen|Reutlingen District/DE/county; "
        "Verband Region Stuttgart|Stuttgart Region/DE/metropolitan area; Heidelberg/DE; "
        "Bochum/DE; Gelsenkirchen/DE; Marburg|Marburg an der Lahn/DE; Kassel/DE; Jena/DE; "
        "Weimar/DE; Bremen/DE; Oldenburg/DE; Lüneburg/DE; Eberswalde/DE",
    ),
    Page(
        name="es-r60a-declaracion-alcaldes-y-diputacion-salvo-orense",
        language="es",
        kinds="running_text;body_not_city;not_signatory;named_twice;person_named_like_place",
        title="Las ciudades medias del interior firman la Declaración de Burgos contra la "
        "despoblación",
        date=(2024, 10, 9),
        before=(
            "Reunidos en Burgos, en el encuentro anual de la Red de Ciudades del Interior, los "
            "representantes municipales aprobaron por unanimidad una declaración que pide un "
            "fondo estatal para la vivienda y el transporte en las ciudades de menos de 200.000 "
            "habitantes. Todas las ciudades de la red la respaldan, salvo Logroño, cuyo pleno "
            "la debatirá el mes próximo."
        ),
        listing=(
            "La declaración ha sido firmada por los alcaldes y alcaldesas de Huesca, Teruel, "
            "Soria, Segovia, Cuenca, Zamora, Palencia y Ourense, así como por la Diputación "
            "Provincial de Soria, que se adhiere en nombre de los municipios más pequeños de "
            "la provincia."
        ),
        after=(
            '"Somos ciudades que sostienen comarcas enteras", recordó el alcalde de Zamora, '
            "Tomás Palencia Herrero. La alcaldesa de Orense, Nuria Castiñeira, anunció que la "
            "próxima reunión técnica se celebrará en su ciudad en primavera. La secretaría de la "
            "red, con sede en Valladolid, remitirá el texto al Ministerio."
        ),
        expected="Huesca/ES; Teruel/ES; Soria/ES; Segovia/ES; Cuenca/ES; Zamora/ES; Palencia/ES; "
        "Ourense|Orense/ES; Diputación Provincial de Soria|Soria Province/ES/province",
    ),
    Page(
        name="it-r60a-allegato-pdf-comuni-sigla-unione-senza-paese",
        language="it",
        kinds="one_a_line;broken_lines;state_codes;no_country;person_after;body_not_city",
        title="Patto delle Città della Via Emilia per la mobilità ciclabile – Allegato B: "
        "elenco dei sottoscrittori",
        date=(2024, 6, 14),
        before=(
            "Il Patto è stato sottoscritto dai rappresentanti degli enti locali elencati di "
            "seguito. Il testo integrale e l'elenco aggiornato sono disponibili nel formato PDF "
            "scaricabile; riportiamo qui il testo dell'allegato."
        ),
        listing=(
            "Comune di Piacenza (PC) – Sindaca Giulia Ferrandi\n"
            "Comune di Fidenza (PR) – Sindaco Matteo Bergonzi\n"
            "Comune di Reggio nell'Emilia (RE) – Assessore delega-\n"
            "to Paolo Vezzani\n"
            "Comune di Modena (MO) – Sindaco Luca Baraldi\n"
            "Comune di Carpi (MO) – Sindaca Elena Malagoli\n"
            "Comune di Sassuolo (MO) – Sindaco Andrea Zanni\n"
            "Unione Terre di Castelli (MO) – Presidente Franco\n"
            "Ghidoni\n"
            "Comune di Casalecchio di Re-\n"
            "no (BO) – Sindaco Stefano Bertocchi\n"
            "Patto delle Città della Via Emilia – Allegato B                pag. 2 di 3\n"
            "\n"
            "Comune di San Lazzaro di Savena (BO) – Sindaca Chiara Landi\n"
            "Comune di Imola (BO) – Sindaco Davide Cenni\n"
            "Comune di Faenza (RA) – Sindaco Marco Liverani\n"
            "Comune di Forlì (FC) – Assessora delegata Sara Pasini\n"
            "Comune di Cesena (FC) – Sindaco Nicola Brighi\n"
            "Comune di Rimini (RN) – Sindaco Valerio Casadei\n"
            "Comune di Riccione (RN) – Sindaca Roberta Ceccarini\n"
            "Patto delle Città della Via Emilia – Allegato B                pag. 3 di 3"
        ),
        after=(
            "Il coordinamento tecnico del Patto è affidato all'Ufficio Mobilità del Comune di "
            "Bologna, che ha ospitato la cerimonia di firma a Palazzo d'Accursio."
        ),
        expected="Piacenza/IT; Fidenza/IT; Reggio nell'Emilia/IT; Modena/IT; Carpi/IT; "
        "Sassuolo/IT; Unione Terre di Castelli|Terre di Castelli/IT/union of municipalities; "
        "Casalecchio di Reno/IT; San Lazzaro di Savena|San Lazzaro/IT; Imola/IT; Faenza/IT; "
        "Forlì/IT; Cesena/IT; Rimini/IT; Riccione/IT",
    ),
    Page(
        name="pt-r60a-noticia-adesao-tres-cim-presidente-fatima",
        language="pt",
        kinds="running_text;few;not_signatory;person_named_like_place;body_not_city",
        title="Guimarães, Viana do Castelo e a CIM do Alto Minho aderem à Rede de Cidades "
        "Circulares",
        date=(2025, 2, 27),
        before=(
            "A Rede Cidades em Ciclo conta desde esta semana com três novos membros. A "
            "adesão foi aprovada por unanimidade na assembleia geral realizada em Coimbra, no "
            "Convento São Francisco."
        ),
        listing=(
            "Passam a integrar a rede o Município de Guimarães, o Município de Viana do "
            "Castelo e a Comunidade Intermunicipal do Alto Minho, que representa os dez "
            "municípios do distrito."
        ),
        after=(
            '"Estas adesões reforçam a presença da rede no Norte do país", afirmou a '
            "presidente da rede, Fátima Rebelo, vereadora da Câmara Municipal de Leiria. A "
            "próxima assembleia geral terá lugar em Aveiro, em outubro."
        ),
        expected="Guimarães/PT; Viana do Castelo/PT; "
        "Comunidade Intermunicipal do Alto Minho|CIM Alto Minho|Alto Minho/PT/"
        "union of municipalities",
    ),
    Page(
        name="nl-r60a-ledentabel-pipes-limburg-be-provincie",
        language="nl",
        kinds="table_tabs;columns_after;region_after;region_like_country;body_not_city",
        title="Euregionaal Netwerk Klimaatadaptatie Maas: deelnemers",
        date=(2024, 9, 3),
        before=(
            "Gemeenten en provincies aan beide kanten van de grens werken in het netwerk samen "
            "aan hittebestendige wijken en ruimte voor water. Hieronder de deelnemers op 1 "
            "september 2024."
        ),
        listing=(
            "| Deelnemer | Provincie | Lid sinds | Inwoners |\n"
            "|---|---|---|---|\n"
            "| Provincie Limburg | Limburg | 2018 | 1.118.000 |\n"
            "| Maastricht | Limburg | 2018 | 122.000 |\n"
            "| Heerlen | Limburg | 2018 | 87.000 |\n"
            "| Kerkrade | Limburg | 2020 | 45.000 |\n"
            "| Venlo | Limburg | 2019 | 102.000 |\n"
            "| Roermond | Limburg | 2019 | 59.000 |\n"
            "| Weert | Limburg | 2022 | 50.000 |\n"
            "| Eindhoven | Noord-Brabant | 2021 | 243.000 |\n"
            "| Helmond | Noord-Brabant | 2023 | 94.000 |\n"
            "| Hasselt | Limburg (BE) | 2018 | 80.000 |\n"
            "| Genk | Limburg (BE) | 2019 | 67.000 |\n"
            "| Maasmechelen | Limburg (BE) | 2020 | 39.000 |\n"
            "| Lommel | Limburg (BE) | 2022 | 35.000 |\n"
            "| Bilzen | Limburg (BE) | 2024 | 33.000 |"
        ),
        after=(
            "Het netwerksecretariaat is ondergebracht bij het Gouvernement in Maastricht. "
            "Vragen over deelname? Neem contact op via het formulier."
        ),
        expected="Provincie Limburg|Limburg/NL/province; Maastricht/NL; Heerlen/NL; "
        "Kerkrade/NL; Venlo/NL; Roermond/NL; Weert/NL; Eindhoven/NL; Helmond/NL; Hasselt/BE; "
        "Genk/BE; Maasmechelen/BE; Lommel/BE; Bilzen/BE",
    ),
    Page(
        name="pl-r60a-stanowisko-kropki-wojewodztwa-powiat-z-wyjatkiem",
        language="pl",
        kinds="several_a_line;region_before;not_signatory;body_not_city;inflected",
        title="Stanowisko Związku Miast Zielonych w sprawie finansowania retencji wód opadowych",
        date=(2024, 5, 16),
        before=(
            "Zarząd Związku Miast Zielonych przyjął stanowisko w sprawie programu dotacji na "
            "retencję wód opadowych. Stanowisko poparły wszystkie miasta członkowskie z "
            "wyjątkiem Opola i Kielc, których rady nie zdążyły podjąć uchwał.\n\n"
            "Stanowisko podpisali przedstawiciele:"
        ),
        listing=(
            "pomorskie: Gdańsk · Gdynia · Sopot · Słupsk\n"
            "zachodniopomorskie: Szczecin · Koszalin\n"
            "wielkopolskie: Poznań · Powiat Poznański · Swarzędz · Luboń · Gniezno · Kalisz · "
            "Konin\n"
            "kujawsko-pomorskie: Bydgoszcz · Toruń\n"
            "warmińsko-mazurskie: Olsztyn · Elbląg\n"
            "lubuskie: Zielona Góra · Gorzów Wielkopolski\n"
            "podkarpackie: Rzeszów"
        ),
        after=(
            "Stanowisko zostanie przekazane Ministrowi Klimatu i Środowiska. Biuro Związku "
            "mieści się w Lublinie."
        ),
        expected="Gdańsk/PL; Gdynia/PL; Sopot/PL; Słupsk/PL; Szczecin/PL; Koszalin/PL; "
        "Poznań/PL; Powiat Poznański|Poznań County/PL/county; Swarzędz/PL; Luboń/PL; "
        "Gniezno/PL; Kalisz/PL; Konin/PL; Bydgoszcz/PL; Toruń/PL; Olsztyn/PL; Elbląg/PL; "
        "Zielona Góra/PL; Gorzów Wielkopolski/PL; Rzeszów/PL",
    ),
    Page(
        name="da-r60a-underskrifter-for-kommune-region-aarhus",
        language="da",
        kinds="one_a_line;person_after;not_signatory;body_not_city",
        title="Fælles erklæring om klimatilpasning langs Gudenåen",
        date=(2025, 4, 2),
        before=(
            "Kommunerne langs Gudenåen og Region Midtjylland forpligter sig til at koordinere "
            "indsatsen mod oversvømmelser og til at dele data om vandstand og nedbør. "
            "Erklæringen blev underskrevet ved et møde i Aarhus Rådhus.\n\n"
            "Aarhus, den 2. april 2025"
        ),
        listing=(
            "For Silkeborg Kommune\n"
            "Mette Kjærsgaard\n"
            "borgmester\n"
            "\n"
            "For Horsens Kommune\n"
            "Niels Bach Overgaard\n"
            "borgmester\n"
            "\n"
            "For Randers Kommune\n"
            "Lise Dalgaard\n"
            "borgmester\n"
            "\n"
            "For Viborg Kommune\n"
            "Søren Holmstrup\n"
            "viceborgmester\n"
            "\n"
            "For Skanderborg Kommune\n"
            "Anne Marie Fog\n"
            "borgmester\n"
            "\n"
            "For Region Midtjylland\n"
            "Jens Kirkegaard Vinther\n"
            "regionsrådsformand"
        ),
        after=(
            "Sekretariatet for samarbejdet varetages af Gudenå-samarbejdets fælles kontor. "
            "Næste statusmøde holdes i efteråret."
        ),
        expected="Silkeborg/DK; Horsens/DK; Randers/DK; Viborg/DK; Skanderborg/DK; "
        "Region Midtjylland|Central Denmark Region/DK/region",
    ),
    Page(
        name="lt-r60a-memorandumas-merai-ir-bei-rajono-siauliuose",
        language="lt",
        kinds="running_text;inflected;not_signatory;body_not_city",
        title="Miestų merai pasirašė memorandumą dėl viešojo transporto elektrifikavimo",
        date=(2024, 12, 4),
        before=(
            "Šiauliuose vykusiame Lietuvos žaliųjų miestų tinklo susitikime savivaldybių vadovai "
            "susitarė iki 2030 metų atnaujinti viešojo transporto parką ir bendrai pirkti "
            "elektrinius autobusus. Susitikimą organizavo Šiaulių miesto savivaldybė."
        ),
        listing=(
            "Memorandumą pasirašė Vilniaus, Kauno, Klaipėdos, Panevėžio, Alytaus, "
            "Marijampolės ir Telšių merai bei Klaipėdos rajono savivaldybės meras."
        ),
        after=(
            "Tinklo koordinatorė teigė, kad prie memorandumo ketina prisijungti ir Utenos "
            "rajono savivaldybė. Kitas susitikimas vyks Utenoje."
        ),
        expected="Vilnius/LT; Kaunas/LT; Klaipėda/LT; Panevėžys/LT; Alytus/LT; Marijampolė/LT; "
        "Telšiai/LT; Klaipėdos rajono savivaldybė|Klaipėda District Municipality/LT/county",
    ),
    Page(
        name="hr-r60a-popis-numerirani-dvojezicni-zupanije-bez-drzave",
        language="hr",
        kinds="numbered;named_twice;columns_after;body_not_city;no_country;not_signatory",
        title="Povelja jadranskih gradova o održivom turizmu – potpisnici",
        date=(2024, 7, 10),
        before=(
            "Povelja je potpisana na sastanku mreže održanom u Labinu. Domaćin sastanka, Grad "
            "Labin, pristupit će Povelji nakon odluke gradskog vijeća.\n\n"
            "Potpisnici Povelje:"
        ),
        listing=(
            "1. Istarska županija – Regione Istriana (župan) – 10. 7. 2024.\n"
            "2. Grad Pula – Città di Pola (gradonačelnica) – 10. 7. 2024.\n"
            "3. Grad Rovinj – Città di Rovigno (gradonačelnik) – 10. 7. 2024.\n"
            "4. Grad Poreč – Città di Parenzo (zamjenica gradonačelnika) – 10. 7. 2024.\n"
            "5. Grad Pazin (gradonačelnik) – 10. 7. 2024.\n"
            "6. Primorsko-goranska županija (župan) – 12. 7. 2024.\n"
            "7. Grad Rijeka (gradonačelnik) – 12. 7. 2024.\n"
            "8. Grad Opatija (gradonačelnica) – 15. 7. 2024.\n"
            "9. Grad Zadar (gradonačelnik) – 18. 7. 2024.\n"
            "10. Grad Šibenik (gradonačelnik) – 18. 7. 2024."
        ),
        after=(
            "Tajništvo mreže djeluje u Dubrovniku. Gradovi koji žele pristupiti Povelji mogu se "
            "javiti tajništvu."
        ),
        expected="Istarska županija|Regione Istriana|Istria County/HR/county; Pula|Pola/HR; "
        "Rovinj|Rovigno/HR; "
        "Poreč|Parenzo/HR; Pazin/HR; Primorsko-goranska županija|Primorje-Gorski Kotar County/HR/"
        "county; Rijeka/HR; Opatija/HR; Zadar/HR; Šibenik/HR",
    ),
    Page(
        name="sk-r60a-pdf-mesto-zastupene-primator-martin-kraj",
        language="sk",
        kinds="one_a_line;broken_lines;person_after;person_named_like_place;body_not_city",
        title="Memorandum o spolupráci miest pri obnove verejných priestorov",
        date=(2024, 4, 23),
        before=(
            "Zmluvné strany sa dohodli na výmene skúseností pri obnove námestí, parkov a "
            "vnútroblokov a na spoločnej príprave projektov. Memorandum bolo podpísané v "
            "Banskej Bystrici.\n\n"
            "Zmluvné strany:"
        ),
        listing=(
            "Žilinský samosprávny kraj, zastúpený predsedom Igorom Paliderom\n"
            "Mesto Žilina, zastúpené primátorom Petrom Hrabovským\n"
            "Mesto Martin, zastúpené primátorom Martinom Koválikom\n"
            "Mesto Ružomberok, zastúpené primá-\n"
            "torkou Evou Šulekovou\n"
            "Memorandum o spolupráci miest                               strana 4/5\n"
            "Mesto Trenčín, zastúpené primátorom Jurajom Ondrušom\n"
            "Mesto Zvolen, zastúpené zástupkyňou primátora Zuzanou\n"
            "Lichvárovou\n"
            "Mesto Poprad, zastúpené primátorom Tomášom Hudecom\n"
            "Mesto Prešov, zastúpené primátorkou Janou Dzurovou\n"
            "Mesto Trnava, zastúpené primátorom Marekom Benkom"
        ),
        after=(
            "Koordinátorom memoranda je Mesto Banská Bystrica. Memorandum nadobúda platnosť "
            "dňom podpisu."
        ),
        expected="Žilinský samosprávny kraj|Žilina Region/SK/region; Žilina/SK; Martin/SK; "
        "Ružomberok/SK; Trenčín/SK; Zvolen/SK; Poprad/SK; Prešov/SK; Trnava/SK",
    ),
    Page(
        name="bg-r60a-novina-prisaedinyavane-obshtini-predsedatel-sofia",
        language="bg",
        kinds="running_text;few;not_signatory;person_named_like_place",
        title="Три общини се присъединиха към мрежата „Чисти общини“",
        date=(2025, 3, 5),
        before=(
            "На общото събрание на мрежата, проведено в Пловдив, делегатите одобриха молбите за "
            "членство на три общини."
        ),
        listing="Новите членове са Община Габрово, Община Ловеч и Община Смолян.",
        after=(
            "„Радваме се, че мрежата расте и в по-малките градове“, каза председателят на "
            "мрежата София Маринова. Следващото събрание ще се проведе в Стара Загора през "
            "есента."
        ),
        expected="Габрово|Gabrovo/BG; Ловеч|Lovech/BG; Смолян|Smolyan/BG",
    ),
    Page(
        name="et-r60a-liikmed-maakonnad-linn-semikoolon-liit",
        language="et",
        kinds="region_heading;several_a_line;inflected;columns_after;body_not_city",
        title="Rohelise Linna Võrgustiku liikmed",
        date=(2024, 8, 20),
        before=(
            "Võrgustikku kuuluvad linnad, vallad ja omavalitsusliidud, kes on allkirjastanud "
            "rohelise linna harta. Võrgustiku büroo asub Tartus."
        ),
        listing=(
            "Harjumaa\n"
            "Tallinna linn (2018); Maardu linn (2020); Keila linn (2021)\n"
            "Harjumaa Omavalitsuste Liit (2022)\n"
            "\n"
            "Ida-Virumaa\n"
            "Narva linn (2019); Sillamäe linn (2019)\n"
            "Kohtla-Järve linn (2021)\n"
            "\n"
            "Tartumaa\n"
            "Tartu linn (2018); Elva vald (2023)\n"
            "\n"
            "Pärnumaa\n"
            "Pärnu linn (2018)\n"
            "\n"
            "Lääne-Virumaa\n"
            "Rakvere linn (2020)"
        ),
        after=(
            "Uued liikmed võetakse vastu üldkoosolekul. Järgmine üldkoosolek toimub Kuressaares."
        ),
        expected="Tallinn/EE; Maardu/EE; Keila/EE; "
        "Harjumaa Omavalitsuste Liit|Harju County Association of Local Authorities/EE/"
        "union of municipalities; Narva/EE; Sillamäe/EE; Kohtla-Järve/EE; Tartu/EE; Elva/EE; "
        "Pärnu/EE; Rakvere/EE",
    ),
]

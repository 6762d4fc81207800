"""Batch r44a: 14 pages of city networks' websites in 14 languages, held out from round 44.

Written without reading the reader or running it, and without reading the other batches:
member directories as sites show them (a North American card grid flattened one field a line
with Georgia the state, Swiss cards under canton headings with a canton as a member, a Catalan
directory by comarca with members abroad under Catalan country names, a Dutch A–Z index with
both Limburgs, Czech cards under kraj headings with the kraj itself a member), news welcoming
new members (Walloon towns `(province de Luxembourg)` in running text beside the Grand Duchy,
Italian `Comune di X (AL)` bullets whose province codes are countries' codes, Swedish running
text with `samt Region Gotland`, a Korean news item of `도 시/군` with two Goseongs and a
province) and joint statements with signatories at the end (UK and Irish signature blocks with
a city and its county council, Spanish `Name, alcaldesa de X` lines with towns named like
bigger places in the Americas and a mayor named like a city, Portuguese `Pela Câmara
Municipal de X` blocks with Lagos and Santarém, Polish genitives `Prezydent Miasta Kalisza`,
`Burmistrz Polic`, Russian `Глава города Вологды` blocks with Belarusian and Kazakh cities
under their countries in Russian). The networks, texts and people are invented; the places
are real.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    # 1. English (UK and Ireland): a joint statement closed by signature blocks.
    Page(
        name="en-r44a-uk-ie-statement-signature-blocks-council-county",
        language="en",
        kinds=("one_a_line;person_before;body_not_city;not_signatory;majority_other_country"),
        title="Estuary Towns' Statement on Tidal Flood Resilience",
        date=(2024, 11, 14),
        before=(
            "Meeting in Kingston upon Hull on 12 November, the leaders of the Estuary and "
            "Harbour Towns Compact agreed the following statement ahead of the national "
            "flood funding review.\n\n"
            "Our towns and cities sit where rivers meet the sea. Storm surges that once "
            "arrived every fifty years now arrive every decade, and the cost of repair "
            "falls on councils whose budgets were set for a calmer climate.\n\n"
            "We therefore call on the UK Government, the Scottish Government, the Welsh "
            "Government and the Government of Ireland to:\n\n"
            "1. Agree multi-year flood defence settlements with local authorities, not "
            "annual bids.\n"
            "2. Fund natural flood management upstream as well as hard defences at the "
            "coast.\n"
            "3. Share tidal and river data across the Irish Sea, so that councils in "
            "Wales, Scotland, Northern Ireland and Ireland can plan together.\n\n"
            "We thank Hull City Council for hosting this meeting and the Environment "
            "Agency's Humber team for their briefing.\n\n"
            "Signed:"
        ),
        listing=(
            "Cllr Morwenna Pascoe\n"
            "Leader, Boston Borough Council\n"
            "\n"
            "Lord Provost Ewan Balfour\n"
            "Dundee City Council\n"
            "\n"
            "Cllr Priya Lathwood\n"
            "Leader, Lancaster City Council\n"
            "\n"
            "Provost Catriona Menzies\n"
            "Stirling Council\n"
            "\n"
            "Cllr Gethin Pryce\n"
            "Leader, City and County of Swansea\n"
            "\n"
            "Cllr Daniel Thurlow\n"
            "Leader, Great Yarmouth Borough Council\n"
            "\n"
            "Cllr Aoife Brennock\n"
            "Lord Mayor of Cork\n"
            "\n"
            "Cllr Seán Mulcahy\n"
            "Cathaoirleach, Cork County Council\n"
            "\n"
            "Cllr Niamh Carrabine\n"
            "Mayor of the City of Galway\n"
            "\n"
            "Cllr Ciarán Tobin\n"
            "Cathaoirleach, Limerick City and County Council"
        ),
        after=(
            "The Compact's secretariat is hosted by Dundee City Council. Councils that "
            "wish to add their name to the statement can write to the secretariat.\n\n"
            "Download the statement (PDF, 180 KB)"
        ),
        expected=(
            "Boston/GB; Dundee/GB; Lancaster/GB; Stirling/GB; Swansea/GB; "
            "Great Yarmouth/GB; Cork/IE; "
            "Cork County Council|County Cork|Cork County/IE/county; Galway/IE; "
            "Limerick/IE"
        ),
        note=(
            "Hull hosted and did not sign; Boston, Lancaster and Stirling have bigger "
            "namesakes abroad; Cork signs as the city and as its county council"
        ),
    ),
    # 2. English (North America): a member directory, cards flattened one field a line.
    Page(
        name="en-r44a-na-directory-cards-georgia-state-namesakes",
        language="en",
        kinds=("one_a_line;region_after;region_like_country;columns_after;body_not_city"),
        title="Member Directory",
        date=(2025, 2, 3),
        before=(
            "The Riverfront Communities Network brings together municipalities in the "
            "United States and Canada working to reconnect their downtowns with their "
            "rivers. Browse our members below or filter by state and province.\n\n"
            "Filter: All | United States | Canada\n"
            "Sort: A–Z\n"
            "Showing 11 members"
        ),
        listing=(
            "Athens\n"
            "Georgia, United States\n"
            "Population 127,000\n"
            "Member since 2017\n"
            "View profile\n"
            "\n"
            "Birmingham\n"
            "Alabama, United States\n"
            "Population 196,000\n"
            "Member since 2015\n"
            "View profile\n"
            "\n"
            "Columbus\n"
            "Georgia, United States\n"
            "Population 206,000\n"
            "Member since 2015\n"
            "View profile\n"
            "\n"
            "Guelph\n"
            "Ontario, Canada\n"
            "Population 143,000\n"
            "Member since 2020\n"
            "View profile\n"
            "\n"
            "Kingston\n"
            "Ontario, Canada\n"
            "Population 132,000\n"
            "Member since 2019\n"
            "View profile\n"
            "\n"
            "London\n"
            "Ontario, Canada\n"
            "Population 422,000\n"
            "Member since 2016\n"
            "View profile\n"
            "\n"
            "Metro Vancouver\n"
            "British Columbia, Canada\n"
            "Regional district · 21 member municipalities\n"
            "Member since 2022\n"
            "View profile\n"
            "\n"
            "Moncton\n"
            "New Brunswick, Canada\n"
            "Population 86,000\n"
            "Member since 2021\n"
            "View profile\n"
            "\n"
            "Rome\n"
            "Georgia, United States\n"
            "Population 36,000\n"
            "Member since 2023\n"
            "View profile\n"
            "\n"
            "Sherbrooke\n"
            "Québec, Canada\n"
            "Population 129,000\n"
            "Member since 2018\n"
            "View profile\n"
            "\n"
            "Halifax\n"
            "Nova Scotia, Canada\n"
            "Population 471,000\n"
            "Member since 2024\n"
            "View profile"
        ),
        after=(
            "Is your city missing? Municipalities and regional governments in the United "
            "States and Canada can apply for membership at any time.\n\n"
            "Apply to join\n\n"
            "Riverfront Communities Network · 200 Water Street, Suite 4, Pittsburgh, PA"
        ),
        expected=(
            "Athens/US; Birmingham/US; Columbus/US; Guelph/CA; Kingston/CA; London/CA; "
            "Metro Vancouver|Metro Vancouver Regional District/CA/metropolitan area; "
            "Moncton/CA; Rome/US; Sherbrooke/CA; Halifax/CA"
        ),
        note=(
            "Georgia is the US state; Athens, Rome, Birmingham, Kingston and London have "
            "bigger namesakes abroad; the network's address is not a member"
        ),
    ),
    # 3. French (Belgium): news welcoming new members, in running text.
    Page(
        name="fr-r44a-be-nouveaux-membres-province-de-luxembourg",
        language="fr",
        kinds=("running_text;region_after;region_like_country;country_in_language;not_signatory"),
        title="Cinq nouvelles communes rejoignent le réseau Villes en Transition Wallonie",
        date=(2024, 6, 21),
        before=(
            "Réunie à Namur le 18 juin, l'assemblée générale de l'association a approuvé "
            "à l'unanimité cinq nouvelles adhésions. Le réseau compte désormais 43 "
            "communes membres en Wallonie et dans les régions frontalières."
        ),
        listing=(
            "Rejoignent le réseau les villes d'Arlon et de Bastogne (province de "
            "Luxembourg), la commune de Limbourg (province de Liège), la Ville de Mons "
            "ainsi que, pour la première fois, une commune française, Longwy (France), "
            "voisine du Grand-Duché de Luxembourg."
        ),
        after=(
            "« Ces adhésions renforcent notre ancrage dans le sud du pays et au-delà de la "
            "frontière », a déclaré Hélène Dorval, présidente du réseau et échevine de la "
            "transition à Tournai.\n\n"
            "Pour l'échevin arlonais Quentin Lamberty, « travailler avec nos voisins "
            "d'Esch-sur-Alzette et de Longwy sur la mobilité transfrontalière est une "
            "évidence ». Les nouvelles communes participeront dès septembre aux groupes "
            "de travail sur l'énergie et l'alimentation.\n\n"
            "Consulter la liste complète des membres"
        ),
        expected="Arlon/BE; Bastogne/BE; Limbourg/BE; Mons/BE; Longwy/FR",
        note=(
            "the province of Luxembourg is Belgian; the Grand Duchy, Esch-sur-Alzette, "
            "Namur (the venue) and Tournai (the president's town) are not new members"
        ),
    ),
    # 4. German (Switzerland): a directory of cards under canton headings.
    Page(
        name="de-r44a-ch-verzeichnis-kantone-karten-freiburg-neuenburg",
        language="de",
        kinds="one_a_line;region_heading;columns_after;body_not_city;named_twice",
        title="Mitglieder",
        date=(2025, 1, 9),
        before=(
            "Der Verein Schweizer Velostädte vereint Städte und Gemeinden, die das "
            "Velofahren im Alltag fördern. Hier finden Sie alle Mitglieder nach Kanton "
            "geordnet.\n\n"
            "Kanton wählen ▾"
        ),
        listing=(
            "Kanton Aargau\n"
            "\n"
            "Aarau\n"
            "Stadt · 21 500 Einwohnende\n"
            "Mitglied seit 2011\n"
            "Profil ansehen\n"
            "\n"
            "Baden\n"
            "Stadt · 19 300 Einwohnende\n"
            "Mitglied seit 2014\n"
            "Profil ansehen\n"
            "\n"
            "Kanton Basel-Stadt\n"
            "\n"
            "Kanton Basel-Stadt\n"
            "Kanton · 196 000 Einwohnende\n"
            "Mitglied seit 2019\n"
            "Profil ansehen\n"
            "\n"
            "Kanton Bern\n"
            "\n"
            "Biel/Bienne\n"
            "Stadt · 55 100 Einwohnende\n"
            "Mitglied seit 2010\n"
            "Profil ansehen\n"
            "\n"
            "Burgdorf\n"
            "Stadt · 16 400 Einwohnende\n"
            "Mitglied seit 2012\n"
            "Profil ansehen\n"
            "\n"
            "Thun\n"
            "Stadt · 43 700 Einwohnende\n"
            "Mitglied seit 2016\n"
            "Profil ansehen\n"
            "\n"
            "Kanton Freiburg\n"
            "\n"
            "Freiburg (Fribourg)\n"
            "Stadt · 38 300 Einwohnende\n"
            "Mitglied seit 2013\n"
            "Profil ansehen\n"
            "\n"
            "Kanton Luzern\n"
            "\n"
            "Kriens\n"
            "Stadt · 25 000 Einwohnende\n"
            "Mitglied seit 2021\n"
            "Profil ansehen\n"
            "\n"
            "Luzern\n"
            "Stadt · 81 700 Einwohnende\n"
            "Mitglied seit 2010\n"
            "Profil ansehen\n"
            "\n"
            "Kanton Neuenburg\n"
            "\n"
            "Neuenburg (Neuchâtel)\n"
            "Stadt · 33 500 Einwohnende\n"
            "Mitglied seit 2018\n"
            "Profil ansehen\n"
            "\n"
            "Kanton Zürich\n"
            "\n"
            "Uster\n"
            "Stadt · 34 700 Einwohnende\n"
            "Mitglied seit 2017\n"
            "Profil ansehen\n"
            "\n"
            "Winterthur\n"
            "Stadt · 111 800 Einwohnende\n"
            "Mitglied seit 2010\n"
            "Profil ansehen"
        ),
        after=(
            "Ihre Gemeinde ist noch nicht dabei? Die Mitgliedschaft steht allen "
            "politischen Gemeinden und Kantonen offen.\n\n"
            "Mitglied werden\n\n"
            "Geschäftsstelle: Verein Schweizer Velostädte, Monbijoustrasse 40, Bern"
        ),
        expected=(
            "Aarau/CH; Baden/CH; Kanton Basel-Stadt|Basel-Stadt/CH/region; "
            "Biel|Bienne/CH; Burgdorf/CH; Thun/CH; Freiburg|Fribourg/CH; Kriens/CH; "
            "Luzern|Lucerne/CH; Neuenburg|Neuchâtel/CH; Uster/CH; Winterthur/CH"
        ),
        note=(
            "Freiburg, Neuenburg and Baden have namesakes in Germany and Austria; the "
            "canton Basel-Stadt is a member; the office in Bern is the address"
        ),
    ),
    # 5. Spanish (Spain): a declaration closed by `Name, alcaldesa de X` lines.
    Page(
        name="es-r44a-declaracion-cuenca-alcaldes-namesakes-diputacion",
        language="es",
        kinds=("one_a_line;person_before;person_named_like_place;body_not_city;not_signatory"),
        title="Declaración de Cuenca por la vivienda en los centros históricos",
        date=(2024, 10, 7),
        before=(
            "Las ciudades de la Red de Cascos Históricos Habitados, reunidas en Cuenca "
            "los días 3 y 4 de octubre de 2024, aprueban la siguiente declaración.\n\n"
            "Los centros históricos de nuestras ciudades pierden población residente año "
            "tras año. El alquiler turístico, el coste de rehabilitar edificios "
            "protegidos y la falta de servicios de proximidad expulsan a las familias "
            "que dieron vida a estos barrios.\n\n"
            "Por ello, nos comprometemos a:\n"
            "– Priorizar la vivienda habitual en los planes especiales de protección.\n"
            "– Crear oficinas municipales de rehabilitación con ayudas para propietarios "
            "que alquilen a residentes.\n"
            "– Compartir datos sobre viviendas vacías y de uso turístico.\n\n"
            "Y pedimos al Gobierno de España y a las comunidades autónomas una línea "
            "estable de financiación para la rehabilitación en cascos históricos.\n\n"
            "Firman la declaración:"
        ),
        listing=(
            "Lucía Soria Medina, alcaldesa de Mérida\n"
            "Andrés Villalba Pozo, alcalde de Toledo\n"
            "Rocío Almansa Ruiz, alcaldesa de Córdoba\n"
            "Tomás Escribano Gil, alcalde de Guadalajara\n"
            "Inés Valcárcel Ordás, alcaldesa de León\n"
            "Gonzalo Pizarro Nieto, alcalde de Trujillo\n"
            "Marta Huerta Benavides, teniente de alcalde de Salamanca\n"
            "Xoán Castro Piñeiro, alcalde de Santiago de Compostela\n"
            "Beatriz Oliva Cuéllar, alcaldesa de Segovia\n"
            "Raúl Ávila Montero, concejal de Urbanismo de Cáceres\n"
            "Elena Robledo Sanz, presidenta de la Diputación Provincial de Cáceres"
        ),
        after=(
            "La Red agradece al Ayuntamiento de Cuenca su hospitalidad. La próxima "
            "asamblea se celebrará en primavera de 2025.\n\n"
            "Descargar la declaración en PDF"
        ),
        expected=(
            "Mérida/ES; Toledo/ES; Córdoba/ES; Guadalajara/ES; León/ES; Trujillo/ES; "
            "Salamanca/ES; Santiago de Compostela/ES; Segovia/ES; Cáceres/ES; "
            "Diputación Provincial de Cáceres|Diputación de Cáceres|Province of "
            "Cáceres/ES/province"
        ),
        note=(
            "Cuenca hosted and did not sign; Mérida, Córdoba, Guadalajara, León, Trujillo "
            "and Salamanca have bigger namesakes in the Americas; people named Soria and "
            "Ávila"
        ),
    ),
    # 6. Catalan: a member directory by comarca, with members abroad under Catalan names.
    Page(
        name="ca-r44a-membres-per-comarques-ajuntament-estranger",
        language="ca",
        kinds=(
            "one_a_line;region_heading;country_in_language;body_not_city;"
            "majority_other_country;region_after"
        ),
        title="Municipis membres",
        date=(2024, 9, 30),
        before=(
            "La Xarxa de Ciutats Lectores aplega ajuntaments i consells comarcals que "
            "impulsen el foment de la lectura des de les biblioteques públiques. A "
            "continuació trobareu els membres ordenats per comarques.\n\n"
            "Cerca un municipi: [          ]"
        ),
        listing=(
            "Baix Llobregat\n"
            "Ajuntament de Cornellà de Llobregat\n"
            "Ajuntament del Prat de Llobregat\n"
            "\n"
            "Bages\n"
            "Ajuntament de Manresa\n"
            "\n"
            "Baix Camp\n"
            "Ajuntament de Reus\n"
            "\n"
            "Garrotxa\n"
            "Ajuntament d'Olot\n"
            "\n"
            "Gironès\n"
            "Ajuntament de Girona\n"
            "\n"
            "Osona\n"
            "Ajuntament de Vic\n"
            "Consell Comarcal d'Osona\n"
            "\n"
            "Segrià\n"
            "Ajuntament de Lleida\n"
            "\n"
            "Tarragonès\n"
            "Ajuntament de Tarragona\n"
            "\n"
            "Vallès Occidental\n"
            "Ajuntament de Sabadell\n"
            "Ajuntament de Terrassa\n"
            "\n"
            "Membres d'altres territoris\n"
            "Comú d'Andorra la Vella (Andorra)\n"
            "Ajuntament de Perpinyà (França)\n"
            "Comune di Alghero / L'Alguer (Itàlia)"
        ),
        after=(
            "Les biblioteques de Barcelona participen en la xarxa com a entitat "
            "col·laboradora, sense condició de membre.\n\n"
            "Secretaria tècnica: Carrer de la Diputació 231, 08007 Barcelona"
        ),
        expected=(
            "Cornellà de Llobregat/ES; El Prat de Llobregat/ES; Manresa/ES; Reus/ES; "
            "Olot/ES; Girona/ES; Vic/ES; "
            "Consell Comarcal d'Osona|Osona/ES/county; Lleida/ES; Tarragona/ES; "
            "Sabadell/ES; Terrassa/ES; Andorra la Vella/AD; Perpignan|Perpinyà/FR; "
            "Alghero|L'Alguer/IT"
        ),
        note=(
            "comarca headings over the members; Barcelona's libraries collaborate and are "
            "not members; Perpinyà and l'Alguer are Catalan names"
        ),
    ),
    # 7. Italian: news of new members, bullets with province codes that are countries' codes.
    Page(
        name="it-r44a-nuovi-comuni-sigle-provincia-unione",
        language="it",
        kinds="bulleted;state_codes;body_not_city;not_signatory;majority_other_country",
        title="Benvenuti! Quattro Comuni e un'Unione entrano nella rete",
        date=(2025, 3, 12),
        before=(
            "L'assemblea della Rete dei Comuni per il Cibo Sostenibile, riunita a "
            "Bologna il 10 marzo, ha accolto cinque nuove adesioni. Con i nuovi ingressi "
            "la rete raggiunge 58 enti locali in 14 regioni.\n\n"
            "I nuovi membri sono:"
        ),
        listing=(
            "• Comune di Alessandria (AL)\n"
            "• Comune di Bra (CN)\n"
            "• Comune di Carpi (MO)\n"
            "• Comune di Lucca (LU)\n"
            "• Unione di Comuni Valdarno e Valdisieve (FI)"
        ),
        after=(
            "«Bra è la patria di un'idea di cibo buono e giusto: siamo felici di "
            "accoglierla», ha dichiarato la presidente della rete, Giovanna Ferraresi, "
            "assessora alle politiche alimentari del Comune di Ravenna.\n\n"
            "Per l'assessore carpigiano Matteo Landini l'adesione «permetterà di "
            "confrontare le nostre mense scolastiche con quelle di Parma e Cremona».\n\n"
            "Il prossimo incontro della rete si terrà a Lucca a giugno.\n\n"
            "Leggi anche: la Carta della rete"
        ),
        expected=(
            "Alessandria/IT; Bra/IT; Carpi/IT; Lucca/IT; "
            "Unione di Comuni Valdarno e Valdisieve|Valdarno e Valdisieve/IT/"
            "union of municipalities"
        ),
        note=(
            "AL and LU are also the codes of Albania and Luxembourg; Bologna is the venue, "
            "Ravenna, Parma and Cremona are named in quotes"
        ),
    ),
    # 8. Portuguese (Portugal): a declaration closed by `Pela Câmara Municipal de X` blocks.
    Page(
        name="pt-r44a-declaracao-evora-blocos-camara-municipal-lagos-santarem",
        language="pt",
        kinds=("one_a_line;person_after;body_not_city;not_signatory;majority_other_country"),
        title="Declaração de Évora sobre a água e a seca",
        date=(2024, 5, 27),
        before=(
            "Os municípios da Rede Intermunicipal para a Água, reunidos em Évora a 24 de "
            "maio de 2024, subscrevem a seguinte declaração.\n\n"
            "A seca deixou de ser um episódio excecional no sul do país. Os municípios "
            "comprometem-se a reduzir as perdas nas redes de abastecimento para menos de "
            "15% até 2030, a reutilizar as águas residuais tratadas na rega de espaços "
            "verdes e a partilhar entre si os dados de consumo.\n\n"
            "Apelam ao Governo para que reforce o financiamento da renovação das redes "
            "e envolva os municípios no planeamento das bacias hidrográficas.\n\n"
            "Évora, 24 de maio de 2024"
        ),
        listing=(
            "Pela Câmara Municipal de Lagos\n"
            "Rui Manuel Carrasqueira, Presidente\n"
            "\n"
            "Pela Câmara Municipal de Tavira\n"
            "Sofia Gonçalves Mendes, Presidente\n"
            "\n"
            "Pela Câmara Municipal de Beja\n"
            "Joaquim Pereira Valente, Vice-Presidente\n"
            "\n"
            "Pela Câmara Municipal de Santarém\n"
            "Teresa Amaral Lopes, Presidente\n"
            "\n"
            "Pela Câmara Municipal de Setúbal\n"
            "Nuno Figueira Rocha, Vereador do Ambiente\n"
            "\n"
            "Pela Câmara Municipal de Viseu\n"
            "Helena Sarmento Cruz, Presidente\n"
            "\n"
            "Pela Câmara Municipal da Guarda\n"
            "António Lobo Fernandes, Presidente\n"
            "\n"
            "Pela AMAL – Comunidade Intermunicipal do Algarve\n"
            "Carla Neves Duarte, Primeira-Secretária"
        ),
        after=(
            "A Câmara Municipal de Évora, anfitriã do encontro, assina como observadora.\n\n"
            "Descarregar a declaração (PDF)"
        ),
        expected=(
            "Lagos/PT; Tavira/PT; Beja/PT; Santarém/PT; Setúbal/PT; Viseu/PT; Guarda/PT; "
            "AMAL – Comunidade Intermunicipal do Algarve|Comunidade Intermunicipal do "
            "Algarve|AMAL/PT/union of municipalities"
        ),
        note=(
            "Évora hosted and signed only as an observer; Lagos (Nigeria) and Santarém "
            "(Brazil) have bigger namesakes"
        ),
    ),
    # 9. Dutch: an A–Z index of members with both Limburgs.
    Page(
        name="nl-r44a-az-leden-limburg-provincie-belgie",
        language="nl",
        kinds=(
            "one_a_line;region_after;region_like_country;country_in_language;"
            "body_not_city;majority_other_country"
        ),
        title="Leden van A tot Z",
        date=(2024, 12, 2),
        before=(
            "Het Netwerk Grensoverschrijdende Erfgoedsteden telt gemeenten en provincies "
            "uit Nederland en België. Klik op een letter om naar de leden te springen.\n\n"
            "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z"
        ),
        listing=(
            "B\n"
            "Bergen (Noord-Holland)\n"
            "\n"
            "G\n"
            "Genk (Limburg, België)\n"
            "\n"
            "H\n"
            "Haarlem (Noord-Holland)\n"
            "Hasselt (Limburg, België)\n"
            "\n"
            "L\n"
            "Provincie Limburg (Nederland)\n"
            "\n"
            "M\n"
            "Maastricht (Limburg)\n"
            "Middelburg (Zeeland)\n"
            "\n"
            "T\n"
            "Tongeren (Limburg, België)\n"
            "\n"
            "V\n"
            "Venlo (Limburg)\n"
            "\n"
            "Z\n"
            "Zwolle (Overijssel)"
        ),
        after=(
            "Staat uw gemeente er niet bij? Neem contact op met het secretariaat in "
            "Den Bosch.\n\n"
            "Laatst bijgewerkt: 2 december 2024"
        ),
        expected=(
            "Bergen/NL; Genk/BE; Haarlem/NL; Hasselt/BE; "
            "Provincie Limburg|Limburg/NL/province; Maastricht/NL; Middelburg/NL; "
            "Tongeren/BE; Venlo/NL; Zwolle/NL"
        ),
        note=(
            "Limburg is a province of both the Netherlands and Belgium; Bergen and "
            "Middelburg have bigger namesakes in Norway and South Africa; Den Bosch is "
            "the secretariat"
        ),
    ),
    # 10. Polish: a statement closed by `Name – Prezydent Miasta X` lines in the genitive.
    Page(
        name="pl-r44a-stanowisko-podpisy-prezydent-miasta-dopelniacz",
        language="pl",
        kinds="one_a_line;inflected;person_before;body_not_city;not_signatory",
        title="Stanowisko miast średnich w sprawie transportu kolejowego",
        date=(2024, 4, 16),
        before=(
            "Przedstawiciele miast zrzeszonych w Forum Miast Średnich, obradujący w "
            "Lublinie w dniu 15 kwietnia 2024 r., przyjęli następujące stanowisko.\n\n"
            "Miasta średnie tracą mieszkańców również dlatego, że połączenia kolejowe z "
            "ośrodkami wojewódzkimi są rzadkie i wolne. Apelujemy do Ministra "
            "Infrastruktury o:\n"
            "1) przywrócenie bezpośrednich połączeń dalekobieżnych do miast powyżej "
            "50 tys. mieszkańców,\n"
            "2) włączenie samorządów w planowanie rozkładów jazdy,\n"
            "3) stały program finansowania modernizacji dworców.\n\n"
            "Podpisali:"
        ),
        listing=(
            "Agnieszka Wróblewska – Prezydent Miasta Kalisza\n"
            "Tomasz Jędrzejczak – Prezydent Miasta Płocka\n"
            "Marek Sadowski – Prezydent Miasta Elbląga\n"
            "Katarzyna Bielecka – Prezydent Miasta Tarnowa\n"
            "Paweł Nowicki – Prezydent Miasta Opola\n"
            "Joanna Kaczmarek – Prezydent Miasta Gniezna\n"
            "Grzegorz Wilk – Prezydent Miasta Nowego Sącza\n"
            "Ewa Sobczak – Prezydent Miasta Sopotu\n"
            "Łukasz Malinowski – Burmistrz Polic\n"
            "Dorota Zielińska – Zastępca Prezydenta Miasta Legnicy\n"
            "Andrzej Kubacki – Marszałek Województwa Opolskiego"
        ),
        after=(
            "Stanowisko zostało przekazane Ministrowi Infrastruktury oraz Prezesowi "
            "Zarządu PKP Intercity. Forum dziękuje Prezydentowi Miasta Lublin za "
            "gościnę.\n\n"
            "Pobierz stanowisko (PDF)"
        ),
        expected=(
            "Kalisz/PL; Płock/PL; Elbląg/PL; Tarnów/PL; Opole/PL; Gniezno/PL; "
            "Nowy Sącz/PL; Sopot/PL; Police/PL; Legnica/PL; "
            "Województwo Opolskie|Opole Voivodeship|Opolskie/PL/region"
        ),
        note=(
            "places in the genitive (Kalisza, Tarnowa, Nowego Sącza, Polic); Lublin hosted "
            "and did not sign"
        ),
    ),
    # 11. Swedish: news of new members in running text, with a region and members abroad.
    Page(
        name="sv-r44a-nya-medlemmar-samt-region-gotland-norge-finland",
        language="sv",
        kinds=(
            "running_text;country_in_language;body_not_city;not_signatory;majority_other_country"
        ),
        title="Sex nya medlemmar i Nätverket för hållbara kuststäder",
        date=(2024, 5, 8),
        before=(
            "Vid årsmötet i Växjö den 6 maj beslutade medlemmarna att ta in sex nya "
            "medlemmar. Nätverket har därmed 31 medlemmar i Sverige, Norge och Finland."
        ),
        listing=(
            "De nya medlemmarna är Borlänge, Falun, Karlstad och Kristianstad samt "
            "Region Gotland. Dessutom blir Kristiansand i Norge nätverkets första "
            "norska medlem."
        ),
        after=(
            "– Det är glädjande att nätverket växer även utanför Sverige, säger "
            "ordföranden Ingrid Sandelin, kommunstyrelsens ordförande i Lund.\n\n"
            "Vasa i Finland har ansökt om medlemskap och väntas bli invald vid nästa "
            "årsmöte.\n\n"
            "Läs mer om hur man blir medlem"
        ),
        expected=(
            "Borlänge/SE; Falun/SE; Karlstad/SE; Kristianstad/SE; "
            "Region Gotland|Gotland/SE/region; Kristiansand/NO"
        ),
        note=("Växjö is the venue, Lund the chair's municipality, Vasa has only applied"),
    ),
    # 12. Czech: a member directory under kraj headings, the kraj itself a member.
    Page(
        name="cs-r44a-clenove-podle-kraju-kraj-vysocina-pridruzeni",
        language="cs",
        kinds=(
            "one_a_line;region_heading;country_in_language;body_not_city;"
            "majority_other_country;region_after"
        ),
        title="Členská města",
        date=(2025, 1, 20),
        before=(
            "Sdružení historických měst Moravy a Čech sdružuje města a kraje, která "
            "pečují o své městské památkové rezervace. Členy uvádíme podle krajů."
        ),
        listing=(
            "Jihočeský kraj\n"
            "Písek\n"
            "Tábor\n"
            "\n"
            "Jihomoravský kraj\n"
            "Brno\n"
            "Břeclav\n"
            "Znojmo\n"
            "\n"
            "Kraj Vysočina\n"
            "Havlíčkův Brod\n"
            "Jihlava\n"
            "Třebíč\n"
            "Kraj Vysočina (krajský úřad)\n"
            "\n"
            "Olomoucký kraj\n"
            "Hranice\n"
            "\n"
            "Pardubický kraj\n"
            "Litomyšl\n"
            "\n"
            "Ústecký kraj\n"
            "Most\n"
            "\n"
            "Přidružení členové\n"
            "Retz (Rakousko)\n"
            "Skalica (Slovensko)"
        ),
        after=(
            "Sekretariát sdružení sídlí v Kutné Hoře. Zájemci o členství se mohou "
            "obrátit na sekretariát.\n\n"
            "Mapa členských měst"
        ),
        expected=(
            "Písek/CZ; Tábor/CZ; Brno/CZ; Břeclav/CZ; Znojmo/CZ; Havlíčkův Brod/CZ; "
            "Jihlava/CZ; Třebíč/CZ; Kraj Vysočina|Vysočina/CZ/region; Hranice/CZ; "
            "Litomyšl/CZ; Most/CZ; Retz/AT; Skalica/SK"
        ),
        note=(
            "kraj headings over the members; Kraj Vysočina is both a heading and a member; "
            "Kutná Hora is the secretariat"
        ),
    ),
    # 13. Russian: a statement closed by signature blocks, titles over names, genitives.
    Page(
        name="ru-r44a-zayavlenie-glava-goroda-rodit-strany",
        language="ru",
        kinds=(
            "one_a_line;inflected;person_after;region_heading;country_in_language;"
            "not_signatory;majority_other_country"
        ),
        title="Заявление исторических городов о сохранении деревянной застройки",
        date=(2024, 9, 19),
        before=(
            "Участники форума «Исторические города», собравшиеся в Казани 17–18 "
            "сентября 2024 года, приняли настоящее заявление.\n\n"
            "Деревянная застройка — часть облика наших городов. Мы договорились "
            "составить единый реестр деревянных домов, обмениваться опытом реставрации "
            "и поддерживать жителей, которые сохраняют исторические дома.\n\n"
            "Заявление подписали:"
        ),
        listing=(
            "Российская Федерация\n"
            "\n"
            "Глава города Вологды\n"
            "А. В. Соколова\n"
            "\n"
            "Глава города Костромы\n"
            "Д. С. Лебедев\n"
            "\n"
            "Глава города Пскова\n"
            "Е. Н. Голубева\n"
            "\n"
            "Глава города Суздаля\n"
            "И. П. Шмелёв\n"
            "\n"
            "Глава города Владимира\n"
            "О. Г. Зайцева\n"
            "\n"
            "Республика Беларусь\n"
            "\n"
            "Председатель Брестского горисполкома\n"
            "В. А. Ковалевич\n"
            "\n"
            "Председатель Гродненского горисполкома\n"
            "Н. И. Жуковская\n"
            "\n"
            "Республика Казахстан\n"
            "\n"
            "Аким города Караганды\n"
            "С. К. Тулеубаев\n"
            "\n"
            "Аким города Павлодара\n"
            "Г. М. Абенова"
        ),
        after=(
            "Исполнительный комитет Казани выступил организатором форума. Следующий "
            "форум пройдёт в Ярославле.\n\n"
            "Скачать заявление (PDF)"
        ),
        expected=(
            "Vologda/RU; Kostroma/RU; Pskov/RU; Suzdal|Suzdal’/RU; Vladimir/RU; "
            "Brest/BY; Hrodna|Grodno/BY; Karagandy|Karaganda/KZ; Pavlodar/KZ"
        ),
        note=(
            "genitives and adjectives (Брестского, Гродненского); Kazan hosted, Yaroslavl "
            "hosts the next forum; Brest has a namesake in France"
        ),
    ),
    # 14. Korean: news of new members with provinces before the cities, two Goseongs.
    Page(
        name="ko-r44a-sin-gyu-hoewon-do-si-gun-goseong-jeju",
        language="ko",
        kinds="bulleted;region_before;body_not_city;not_signatory",
        title="걷기좋은도시 네트워크, 신규 회원 6곳 가입",
        date=(2024, 7, 4),
        before=(
            "걷기좋은도시 네트워크는 7월 2일 전주에서 열린 정기총회에서 신규 회원 "
            "가입 안건을 의결했다고 밝혔다. 이번 가입으로 회원 지방정부는 모두 "
            "42곳이 됐다.\n\n"
            "신규 회원은 다음과 같다."
        ),
        listing=(
            "- 경기도 수원시\n"
            "- 경기도 광주시\n"
            "- 강원특별자치도 속초시\n"
            "- 강원특별자치도 고성군\n"
            "- 경상북도 안동시\n"
            "- 제주특별자치도"
        ),
        after=(
            "네트워크 공동대표인 박서윤 춘천시 부시장은 “광역 지방정부인 제주특별자치도의 "
            "가입으로 섬 지역의 보행 정책도 함께 논의할 수 있게 됐다”고 말했다.\n\n"
            "다음 정기총회는 강릉에서 열린다.\n\n"
            "관련 기사: 보행친화도시 평가 결과 발표"
        ),
        expected=(
            "Suwon/KR; Gwangju/KR; Sokcho/KR; Goseong/KR; Andong/KR; "
            "Jeju-do|Jeju Special Self-Governing Province|제주특별자치도/KR/province"
        ),
        note=(
            "Gwangju here is the Gyeonggi city, not the metropolitan city; Goseong county "
            "of Gangwon shares its name with one in South Gyeongsang; Jeonju is the "
            "venue, Chuncheon the co-chair's city, Gangneung the next venue"
        ),
    ),
]

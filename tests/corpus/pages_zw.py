"""Hand-written pages, batch zw: written by round 23's fixer of one class (branch fix23w) before
reading the reader: regions and bodies that are not cities. Regions, counties, oblasts and
departments as headings over member cities that are then not signatories, beside regional and
county bodies that are members and keep their kind: Croatian `županija` headings over `Grad X`
lines with a county as a member; a Norwegian tab table of `kommune` and `fylkeskommune` members
with a county column whose values are also place names elsewhere (Vestland, Nordland); Spanish
member cards with the autonomous community under each city (Andalucía, La Rioja) and a
`Diputación`; a French annex under region and department headings with metropoles and a
region; Ukrainian oblast headings over cities whose oblast is named after them; an English
list by English region with county councils and a combined authority; an Italian tab table of
`Ente`, `Tipo` and `Regione` columns with provinces, a metropolitan city and a union of
municipalities; German Land headings over `Stadt X` and `Landkreis X` members. Invented texts
and people, real places and bodies.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "hr-clanice-zupanije-naslovi-grad",
        "hr",
        "one_a_line;region_heading;body_not_city;no_country;teasers",
        "Članice mreže Zdravi gradovi po županijama",
        (2025, 3, 11),
        "Naslovnica > O mreži > Članice\n\n"
        "Mreža okuplja gradove, općine i županije koji su se obvezali na provedbu plana za "
        "zdravlje svojih građana. Tajništvo mreže nalazi se u Zagrebu. Popis članica ažuriran "
        "je nakon sjednice Skupštine održane u Osijeku.\n\n"
        "Članice po županijama:",
        "Splitsko-dalmatinska županija\n"
        "Grad Split\n"
        "Grad Sinj\n"
        "Grad Makarska\n\n"
        "Zadarska županija\n"
        "Grad Zadar\n"
        "Grad Biograd na Moru\n\n"
        "Istarska županija\n"
        "Istarska županija (članica od 2016.)\n"
        "Grad Pula\n"
        "Grad Rovinj\n"
        "Grad Poreč\n\n"
        "Međimurska županija\n"
        "Grad Čakovec\n\n"
        "Osječko-baranjska županija\n"
        "Grad Đakovo\n"
        "Grad Našice",
        "Želite li da se vaš grad ili županija pridruži mreži, javite se tajništvu.\n\n"
        "Povezane vijesti\n"
        "Ljetna škola zdravlja u Opatiji\n"
        "Dubrovnik i Karlovac predstavili akcijske planove",
        "Split/HR; Sinj/HR; Makarska/HR; Zadar/HR; Biograd na Moru/HR; "
        "Istarska županija|Istria County/HR/county; Pula/HR; Rovinj/HR; Poreč/HR; "
        "Čakovec/HR; Đakovo/HR; Našice/HR",
        "county headings over `Grad X` lines; one county a member under its own heading "
        "`(članica od 2016.)`; secretariat Zagreb, assembly in Osijek, Opatija, Dubrovnik, "
        "Karlovac in teasers",
    ),
    Page(
        "no-medlemmer-tabell-fylke-kolonne",
        "no",
        "table_tabs;columns_after;body_not_city;region_after;no_country",
        "Medlemmer i Klimanettverket for kommuner og fylker",
        (2024, 11, 20),
        "Forsiden > Om nettverket > Medlemmer\n\n"
        "Nettverket har nå 11 medlemmer fra nord til sør. Både kommuner og fylkeskommuner kan "
        "bli med. Sekretariatet holder til i Oslo, og årsmøtet i 2025 blir i Kristiansand.\n\n"
        "Oversikt over medlemmer",
        "Medlem\tFylke\tInnbyggere\tMedlem siden\n"
        "Bergen kommune\tVestland\t291 000\t2015\n"
        "Vestland fylkeskommune\tVestland\t647 000\t2018\n"
        "Voss kommune\tVestland\t16 000\t2021\n"
        "Bodø kommune\tNordland\t53 000\t2016\n"
        "Nordland fylkeskommune\tNordland\t241 000\t2020\n"
        "Narvik kommune\tNordland\t21 000\t2022\n"
        "Tromsø kommune\tTroms\t78 000\t2015\n"
        "Trondheim kommune\tTrøndelag\t214 000\t2015\n"
        "Trøndelag fylkeskommune\tTrøndelag\t478 000\t2019\n"
        "Stavanger kommune\tRogaland\t146 000\t2017\n"
        "Arendal kommune\tAgder\t45 000\t2023",
        "Vil din kommune eller fylkeskommune bli medlem? Ta kontakt med sekretariatet.",
        "Bergen/NO; Vestland fylkeskommune|Vestland/NO/county; Voss/NO; Bodø/NO; "
        "Nordland fylkeskommune|Nordland/NO/county; Narvik/NO; Tromsø/NO; Trondheim/NO; "
        "Trøndelag fylkeskommune|Trøndelag/NO/county; Stavanger/NO; Arendal/NO",
        "tab table of `X kommune` and `X fylkeskommune` with a county column (Vestland, "
        "Nordland, Troms, Agder: names of places elsewhere); Oslo secretariat, Kristiansand "
        "venue",
    ),
    Page(
        "es-red-fichas-comunidad-autonoma-diputacion",
        "es",
        "one_a_line;region_after;body_not_city;no_country;majority_other_country",
        "Entidades adheridas a la Red de Ciudades por el Clima",
        (2025, 2, 4),
        "Inicio > La Red > Entidades adheridas\n\n"
        "La Red reúne a ayuntamientos y diputaciones comprometidos con la reducción de "
        "emisiones. Estas son las últimas entidades incorporadas tras la Asamblea celebrada "
        "en Zaragoza.\n\n"
        "Filtrar por comunidad autónoma ▾\n",
        "Ayuntamiento de Córdoba\nAndalucía\nVer ficha\n\n"
        "Ayuntamiento de Logroño\nLa Rioja\nVer ficha\n\n"
        "Diputación de Barcelona\nCataluña\nVer ficha\n\n"
        "Ayuntamiento de Mérida\nExtremadura\nVer ficha\n\n"
        "Ayuntamiento de Santiago de Compostela\nGalicia\nVer ficha\n\n"
        "Área Metropolitana de Barcelona\nCataluña\nVer ficha\n\n"
        "Ayuntamiento de Vitoria-Gasteiz\nPaís Vasco\nVer ficha\n\n"
        "Ayuntamiento de Granada\nAndalucía\nVer ficha\n\n"
        "Ayuntamiento de Toledo\nCastilla-La Mancha\nVer ficha",
        "Mostrando 9 de 9 entidades\n\nSecretaría técnica: calle Mayor 12, Madrid",
        "Córdoba/ES; Logroño/ES; Diputación de Barcelona|Barcelona Province/ES/province; "
        "Mérida/ES; Santiago de Compostela/ES; "
        "Área Metropolitana de Barcelona|Barcelona Metropolitan Area/ES/metropolitan area; "
        "Vitoria-Gasteiz/ES; Granada/ES; Toledo/ES",
        "cards `Ayuntamiento de X` / autonomous community / `Ver ficha` (Córdoba, Mérida, "
        "Toledo with bigger namesakes in the Americas; La Rioja an Argentine province, "
        "Andalucía a Colombian town); a Diputación and a metropolitan area; Zaragoza venue, "
        "Madrid secretariat",
    ),
    Page(
        "fr-annexe-regions-departements-metropoles",
        "fr",
        "one_a_line;region_heading;body_not_city;no_country",
        "Annexe : liste des collectivités signataires de la Charte",
        (2024, 10, 8),
        "Accueil > La Charte > Signataires\n\n"
        "La Charte pour des villes cyclables a été adoptée lors des Rencontres de Nantes. "
        "Elle a été signée par les collectivités suivantes, classées par région puis par "
        "département.\n\n"
        "Annexe",
        "AUVERGNE-RHÔNE-ALPES\n"
        "Isère (38)\n"
        "Grenoble\n"
        "Échirolles\n"
        "Grenoble-Alpes Métropole\n"
        "Rhône (69)\n"
        "Villeurbanne\n"
        "Vénissieux\n\n"
        "BRETAGNE\n"
        "Finistère (29)\n"
        "Brest\n"
        "Quimper\n"
        "Ille-et-Vilaine (35)\n"
        "Rennes Métropole\n"
        "Vitré\n\n"
        "NOUVELLE-AQUITAINE\n"
        "Gironde (33)\n"
        "Bordeaux\n"
        "Mérignac\n"
        "Pessac\n"
        "Pyrénées-Atlantiques (64)\n"
        "Pau\n"
        "Bayonne\n\n"
        "OCCITANIE\n"
        "Région Occitanie\n"
        "Haute-Garonne (31)\n"
        "Toulouse\n"
        "Colomiers\n"
        "Hérault (34)\n"
        "Montpellier\n"
        "Sète",
        "Les collectivités qui souhaitent signer la Charte peuvent écrire au secrétariat, à Paris.",
        "Grenoble/FR; Échirolles/FR; Grenoble-Alpes Métropole|Grenoble Alpes Metropolis/FR/"
        "metropolitan area; Villeurbanne/FR; Vénissieux/FR; Brest/FR; Quimper/FR; "
        "Rennes Métropole|Rennes Metropolis/FR/metropolitan area; Vitré/FR; Bordeaux/FR; "
        "Mérignac/FR; Pessac/FR; Pau/FR; Bayonne/FR; Région Occitanie|Occitanie/FR/region; "
        "Toulouse/FR; Colomiers/FR; Montpellier/FR; Sète/FR",
        "region headings in capitals over department headings with numbers over communes; two "
        "metropoles and a region among the members; Nantes the venue, Paris the secretariat",
    ),
    Page(
        "uk-oblasti-zaholovky-mista",
        "uk",
        "one_a_line;region_heading;no_country",
        "Нові члени Асоціації енергоефективних міст",
        (2025, 1, 28),
        "Головна > Новини\n\n"
        "На засіданні правління, що відбулося в Києві, до Асоціації прийнято нові громади. "
        "Тепер Асоціація об'єднує понад 70 міст і громад з усіх регіонів України.\n\n"
        "Нові члени за областями:",
        "Львівська область\n"
        "Дрогобич\n"
        "Стрий\n"
        "Самбір\n\n"
        "Житомирська область\n"
        "Житомир\n"
        "Бердичів\n\n"
        "Вінницька область\n"
        "Вінниця\n"
        "Хмільник\n\n"
        "Полтавська область\n"
        "Кременчук\n"
        "Миргород\n\n"
        "Івано-Франківська область\n"
        "Коломия",
        "Вітаємо нових членів! Наступні збори Асоціації пройдуть у Львові.",
        "Drohobych/UA; Stryi/UA; Sambir/UA; Zhytomyr/UA; Berdychiv/UA; Vinnytsia/UA; "
        "Khmilnyk/UA; Kremenchuk/UA; Myrhorod/UA; Kolomyia/UA",
        "oblast headings (adjectives of the oblast's city: Львівська, Житомирська, "
        "Вінницька, Полтавська, Івано-Франківська) over cities; Lviv is the next venue only, "
        "Poltava and Ivano-Frankivsk only in headings; Kyiv the board's venue",
    ),
    Page(
        "en-members-english-regions-county-councils",
        "en",
        "one_a_line;region_heading;columns_after;body_not_city;no_country",
        "Our members",
        (2025, 5, 14),
        "Home > About > Our members\n\n"
        "The Partnership brings together councils that have declared a climate emergency and "
        "committed to net zero. Our secretariat is hosted by Birmingham City Council.\n\n"
        "Members by region (year joined)",
        "North West\n"
        "Lancashire County Council (2019)\n"
        "Manchester City Council (2019)\n"
        "Preston City Council (2021)\n"
        "Lancaster City Council (2020)\n\n"
        "Yorkshire and the Humber\n"
        "West Yorkshire Combined Authority (2020)\n"
        "Leeds City Council (2019)\n"
        "Sheffield City Council (2022)\n\n"
        "South West\n"
        "Bristol City Council (2019)\n"
        "Cornwall Council (2019)\n"
        "Exeter City Council (2023)\n\n"
        "East of England\n"
        "Norfolk County Council (2021)\n"
        "Norwich City Council (2021)",
        "Any council in England may apply to join. Read our annual report, launched in "
        "London in March.",
        "Lancashire County Council|Lancashire/GB/county; Manchester/GB; Preston/GB; "
        "Lancaster/GB; West Yorkshire Combined Authority|West Yorkshire/GB/metropolitan area; "
        "Leeds/GB; Sheffield/GB; Bristol/GB; Cornwall/GB/county; Exeter/GB; "
        "Norfolk County Council|Norfolk/GB/county; Norwich/GB",
        "English region headings over `X City Council (year)` with county councils, Cornwall "
        "Council and a combined authority; Birmingham the secretariat's host, London the "
        "report's launch",
    ),
    Page(
        "it-enti-soci-tabella-tipo-regione",
        "it",
        "table_tabs;columns_after;body_not_city;region_after;no_country",
        "Gli enti soci dell'Associazione",
        (2024, 9, 17),
        "Home > Chi siamo > Soci\n\n"
        "Possono aderire all'Associazione comuni, unioni di comuni, province, città "
        "metropolitane e regioni. L'Assemblea dei soci si è riunita a Bologna il 12 "
        "settembre.\n\n"
        "Elenco dei soci",
        "Ente\tTipo\tRegione\n"
        "Provincia di Cuneo\tProvincia\tPiemonte\n"
        "Comune di Alba\tComune\tPiemonte\n"
        "Città metropolitana di Torino\tCittà metropolitana\tPiemonte\n"
        "Comune di Modena\tComune\tEmilia-Romagna\n"
        "Unione Terre di Castelli\tUnione di comuni\tEmilia-Romagna\n"
        "Comune di Reggio nell'Emilia\tComune\tEmilia-Romagna\n"
        "Regione Toscana\tRegione\tToscana\n"
        "Comune di Prato\tComune\tToscana\n"
        "Comune di Lucca\tComune\tToscana\n"
        "Provincia di Bergamo\tProvincia\tLombardia\n"
        "Comune di Brescia\tComune\tLombardia",
        "Per informazioni sull'adesione scrivere alla segreteria, a Roma.",
        "Provincia di Cuneo|Province of Cuneo/IT/province; Alba/IT; "
        "Città metropolitana di Torino|Metropolitan City of Turin/IT/metropolitan area; "
        "Modena/IT; Unione Terre di Castelli|Terre di Castelli/IT/union of municipalities; "
        "Reggio Emilia/IT; Regione Toscana|Tuscany/IT/region; Prato/IT; Lucca/IT; "
        "Provincia di Bergamo|Province of Bergamo/IT/province; Brescia/IT",
        "tab table `Ente / Tipo / Regione` of comuni, provinces, a metropolitan city, a union "
        "and a region; Bologna the assembly's venue, Rome the secretariat",
    ),
    Page(
        "de-mitglieder-laender-landkreise",
        "de",
        "bulleted;region_heading;body_not_city;no_country;country_in_language",
        "Mitglieder des Netzwerks Kommunaler Klimaschutz",
        (2025, 4, 2),
        "Startseite > Netzwerk > Mitglieder\n\n"
        "Im Netzwerk arbeiten Städte, Landkreise und Regionalverbände zusammen. Die "
        "Geschäftsstelle hat ihren Sitz in Frankfurt am Main. Die Mitglieder nach "
        "Bundesland:",
        "Niedersachsen\n"
        "• Stadt Göttingen\n"
        "• Landkreis Göttingen\n"
        "• Region Hannover\n"
        "• Stadt Oldenburg\n\n"
        "Bayern\n"
        "• Stadt Erlangen\n"
        "• Landkreis Ebersberg\n"
        "• Landkreis Fürstenfeldbruck\n\n"
        "Baden-Württemberg\n"
        "• Stadt Freiburg im Breisgau\n"
        "• Landkreis Tübingen\n"
        "• Verband Region Stuttgart\n\n"
        "Nordrhein-Westfalen\n"
        "• Stadt Münster\n"
        "• Kreis Steinfurt",
        "Das nächste Netzwerktreffen findet in Leipzig statt.",
        "Göttingen/DE; Landkreis Göttingen|Göttingen District/DE/county; "
        "Region Hannover|Hanover Region/DE/region; Oldenburg/DE; Erlangen/DE; "
        "Landkreis Ebersberg|Ebersberg District/DE/county; "
        "Landkreis Fürstenfeldbruck|Fürstenfeldbruck District/DE/county; "
        "Freiburg im Breisgau/DE; Landkreis Tübingen|Tübingen District/DE/county; "
        "Verband Region Stuttgart|Stuttgart Region/DE/region; Münster/DE; "
        "Kreis Steinfurt|Steinfurt District/DE/county",
        "Land headings over `Stadt X` and `Landkreis X` bullets with a region and a regional "
        "association; Frankfurt the office, Leipzig the next meeting",
    ),
]

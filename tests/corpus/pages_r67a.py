"""Batch r67a: 14 pages written during round 67 (branch wr67a), one per language, of 14
invented city networks as their staff publish them: an English directory of African and Asian
members under country headings, cards one field a line with official bodies, regions and
`Member since`; French `Pour la Ville de X` signature blocks from France, Belgium, Switzerland
and Quebec with a métropole, a host and an observer; a German members' list copied from a PDF
with running headers, Land, Bundesland and canton headings, hyphenated names and honorific
`Landeshauptstadt`/`Universitätsstadt`; a Spanish tab table of `Ayuntamiento`,
`Municipalidad`, `Alcaldía`, `Intendencia` with a diputación and namesakes in Spain and the
Americas; Italian news of new members in running text with `e`, `dei Comuni di`, a
metropolitan city and a union beside the host; Portuguese `Pela Câmara Municipal de X` and
`Pela Prefeitura de X` blocks with an intermunicipal community and a mayor named Vitória;
Dutch member cards under province headings (`Gemeente`, `Stad`) with Groningen a province
and a city; a Polish appeal in running text with genitives `Prezydent Miasta Krakowa` and
`oraz`, a voivodeship and a venue `w Katowicach`; Swedish `X kommun` / `X stad` genitives
under län headings with counts and a region; Russian signature blocks with genitive titles
`Глава города Екатеринбурга`, `Аким города Алматы`, from Russia and Central Asia; Arabic
member cards of `جماعة`, `بلدية`, `أمانة` under Gulf and Maghreb country headings; a Chinese
tab table of `X市人民政府` with the host 昆明 outside it; Japanese members under region
headings with prefectures in brackets and news of two joining after the list; Turkish
`X Belediyesi adına` signature blocks with district municipalities, a venue `İzmir'de` and a
mayor named Aydın. The networks, statements and people are invented, the places real;
written without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r67a-directory-country-headings-cards-bodies-member-since",
        "en",
        "one_a_line;region_heading;region_after;columns_after;body_not_city;not_signatory",
        "Member cities",
        (2026, 10, 2),
        "Cool Cities South is a network of 22 cities in Africa and Asia working to protect "
        "residents from extreme heat. Our members share heat action plans, early-warning "
        "systems and cool-roof programmes. The 2026 Members' Forum was hosted by the "
        "secretariat in Bangkok.\n\n"
        "Filter by region: All | Africa | South Asia | South-East Asia\n"
        "Showing 22 members",
        "Africa\n\n"
        "Ghana\n"
        "Kumasi Metropolitan Assembly\n"
        "Ashanti Region\n"
        "Member since 2019\n"
        "View profile\n"
        "Tamale Metropolitan Assembly\n"
        "Northern Region\n"
        "Member since 2023\n"
        "View profile\n"
        "Cape Coast Metropolitan Assembly\n"
        "Central Region\n"
        "Member since 2024\n"
        "View profile\n\n"
        "Kenya\n"
        "City of Kisumu\n"
        "Kisumu County\n"
        "Member since 2019\n"
        "View profile\n"
        "Nakuru City\n"
        "Nakuru County\n"
        "Member since 2022\n"
        "View profile\n"
        "Eldoret\n"
        "Uasin Gishu County\n"
        "Member since 2025\n"
        "View profile\n\n"
        "Nigeria\n"
        "Ibadan\n"
        "Oyo State\n"
        "Member since 2021\n"
        "View profile\n"
        "Abeokuta\n"
        "Ogun State\n"
        "Member since 2024\n"
        "View profile\n\n"
        "Rwanda\n"
        "City of Kigali\n"
        "Kigali\n"
        "Member since 2020\n"
        "View profile\n\n"
        "South Asia\n\n"
        "Bangladesh\n"
        "Khulna City Corporation\n"
        "Khulna Division\n"
        "Member since 2020\n"
        "View profile\n"
        "Rajshahi City Corporation\n"
        "Rajshahi Division\n"
        "Member since 2023\n"
        "View profile\n\n"
        "India\n"
        "Pune Municipal Corporation\n"
        "Maharashtra\n"
        "Member since 2019\n"
        "View profile\n"
        "Surat Municipal Corporation\n"
        "Gujarat\n"
        "Member since 2019\n"
        "View profile\n"
        "Bhubaneswar Municipal Corporation\n"
        "Odisha\n"
        "Member since 2021\n"
        "View profile\n"
        "Kochi Municipal Corporation\n"
        "Kerala\n"
        "Member since 2024\n"
        "View profile\n\n"
        "South-East Asia\n\n"
        "Indonesia\n"
        "Surabaya City Government\n"
        "East Java\n"
        "Member since 2020\n"
        "View profile\n"
        "Semarang City Government\n"
        "Central Java\n"
        "Member since 2022\n"
        "View profile\n\n"
        "Philippines\n"
        "Iloilo City Government\n"
        "Western Visayas\n"
        "Member since 2021\n"
        "View profile\n\n"
        "Viet Nam\n"
        "Da Nang People's Committee\n"
        "Da Nang\n"
        "Member since 2022\n"
        "View profile\n"
        "Can Tho People's Committee\n"
        "Mekong Delta\n"
        "Member since 2025\n"
        "View profile",
        "Is your city interested in joining? Read about membership or contact the secretariat "
        "in Bangkok.\n\n"
        "Latest: Cape Coast and Eldoret share their first heat action plans",
        "Kumasi/GH; Tamale/GH; Cape Coast/GH; Kisumu/KE; Nakuru/KE; Eldoret/KE; Ibadan/NG; "
        "Abeokuta/NG; Kigali/RW; Khulna/BD; Rajshahi/BD; Pune/IN; Surat/IN; Bhubaneswar/IN; "
        "Kochi/IN; Surabaya/ID; Semarang/ID; Iloilo/PH; Da Nang/VN; Can Tho/VN",
        note="the secretariat in Bangkok is not a member; Kisumu County, Oyo State and the "
        "other second lines are the members' regions, not members; the page says 22 but lists "
        "20; a news teaser after the list repeats two members",
    ),
    Page(
        "fr-r67a-declaration-pour-la-ville-blocs-metropole-hote-observateur",
        "fr",
        "one_a_line;person_after;body_not_city;not_signatory;no_country",
        "Déclaration de Lausanne des villes francophones pour l'eau",
        (2026, 6, 19),
        "Réunies à Lausanne les 18 et 19 juin 2026 à l'invitation de la Ville de Lausanne, "
        "les villes membres du Réseau francophone des villes de l'eau ont adopté la présente "
        "déclaration.\n\n"
        "Les villes signataires s'engagent :\n"
        "1. à réduire de 20 % les pertes des réseaux d'eau potable d'ici 2035 ;\n"
        "2. à désimperméabiliser au moins un hectare par an et par tranche de 50 000 "
        "habitants ;\n"
        "3. à partager leurs données avec l'Observatoire de l'eau urbaine, dont le siège est "
        "à Montpellier ;\n"
        "4. à rendre compte chaque année de leurs progrès lors de l'assemblée du réseau.\n\n"
        "Fait à Lausanne, le 19 juin 2026.\n\n"
        "Les signataires",
        "Pour la Ville de Nantes\n"
        "Mme Claire Dufresne\n"
        "Maire de Nantes\n\n"
        "Pour la Ville de Besançon\n"
        "M. Étienne Lacombe\n"
        "Adjoint au maire, délégué à l'eau et à l'assainissement\n\n"
        "Pour la Ville de Metz\n"
        "M. François Berthier\n"
        "Maire\n\n"
        "Pour Grenoble-Alpes Métropole\n"
        "Mme Hélène Sauvageot\n"
        "Vice-présidente chargée du cycle de l'eau\n\n"
        "Pour la Ville de Namur\n"
        "M. Olivier Delvaux\n"
        "Bourgmestre\n\n"
        "Pour la Ville de Liège\n"
        "Mme Nadia Lambotte\n"
        "Échevine de l'Environnement\n\n"
        "Pour la Ville de Neuchâtel\n"
        "Mme Sandrine Perret\n"
        "Présidente du Conseil communal\n\n"
        "Pour la Ville de Fribourg\n"
        "M. Laurent Dévaud\n"
        "Syndic\n\n"
        "Pour la Ville de Sherbrooke\n"
        "Mme Julie Gagnon-Pelletier\n"
        "Mairesse\n\n"
        "Pour la Ville de Trois-Rivières\n"
        "M. Mathieu Bellerose\n"
        "Maire\n\n"
        "Pour la Ville de Lévis\n"
        "Mme Geneviève Roy\n"
        "Mairesse",
        "En qualité d'observatrice : Mme Anne-Marie Tremblay, conseillère associée, Ville de "
        "Montréal.\n\n"
        "La Ville de Lausanne, hôte de l'assemblée, adhérera à la déclaration après le vote de "
        "son Conseil communal en septembre.",
        "Nantes/FR; Besançon/FR; Metz/FR; "
        "Grenoble-Alpes Métropole|Grenoble Alpes Metropolis/FR/metropolitan area; Namur/BE; "
        "Liège/BE; Neuchâtel/CH; Fribourg/CH; Sherbrooke/CA; Trois-Rivières/CA; Lévis/CA",
        note="the host Lausanne has not yet signed; Montréal is an observer; Montpellier is "
        "the seat of an observatory",
    ),
    Page(
        "de-r67a-pdf-mitgliederverzeichnis-kopfzeilen-silbentrennung-land-ueberschriften",
        "de",
        "one_a_line;region_heading;country_in_language;columns_after;broken_lines;not_signatory",
        "Mitgliederverzeichnis 2026",
        (2026, 3, 11),
        "Das Netzwerk Kommunale Wärmewende veröffentlicht jährlich sein Mitgliederverzeichnis. "
        "Die aktuelle Fassung (PDF, 2 Seiten, 180 KB) geben wir hier als Text wieder. Die "
        "Geschäftsstelle hat ihren Sitz in Leipzig.",
        "Netzwerk Kommunale Wärmewende · Mitgliederverzeichnis 2026          Seite 1 von 2\n"
        "\n"
        "Deutschland\n"
        "Baden-Württemberg\n"
        "Stadt Heidelberg – Mitglied seit 2016 – Gründungs-\n"
        "mitglied\n"
        "Universitätsstadt Tü-\n"
        "bingen – Mitglied seit 2018\n"
        "Stadt Freiburg im Breisgau – Mitglied seit 2016\n"
        "Saarland\n"
        "Landeshauptstadt Saarbrü-\n"
        "cken – Mitglied seit 2021\n"
        "Hessen\n"
        "documenta-Stadt Kassel – Mitglied seit 2019\n"
        "Thüringen\n"
        "Landeshauptstadt Erfurt – Mitglied seit 2020\n"
        "Mecklenburg-Vorpommern\n"
        "Hanse- und Universitätsstadt Rostock – Mitglied seit 2017\n"
        "Niedersachsen\n"
        "Hansestadt Lüneburg – Mitglied seit 2022\n"
        "\n"
        "Netzwerk Kommunale Wärmewende · Mitgliederverzeichnis 2026          Seite 2 von 2\n"
        "\n"
        "Bayern\n"
        "Stadt Bamberg – Mitglied seit 2023\n"
        "Brandenburg\n"
        "Landeshauptstadt Potsdam – Mitglied seit 2018\n"
        "Österreich\n"
        "Tirol\n"
        "Stadt Innsbruck – Mitglied seit 2020\n"
        "Kärnten\n"
        "Landeshauptstadt Klagenfurt am Wör-\n"
        "thersee – Mitglied seit 2024\n"
        "Steiermark\n"
        "Stadtgemeinde Leoben – Mitglied seit 2025\n"
        "Schweiz\n"
        "Stadt Winterthur (ZH) – Mitglied seit 2019\n"
        "Stadt St. Gallen (SG) – Mitglied seit 2022",
        "Stand: 1. März 2026. Änderungen bitte an die Geschäftsstelle in Leipzig melden. Die "
        "nächste Mitgliederversammlung findet im Mai in Nürnberg statt.",
        "Heidelberg/DE; Tübingen/DE; Freiburg im Breisgau/DE; Saarbrücken/DE; Kassel/DE; "
        "Erfurt/DE; Rostock/DE; Lüneburg/DE; Bamberg/DE; Potsdam/DE; Innsbruck/AT; "
        "Klagenfurt am Wörthersee/AT; Leoben/AT; Winterthur/CH; St. Gallen/CH",
        note="the PDF's running header between the entries; Tübingen, Saarbrücken and "
        "Klagenfurt am Wörthersee hyphenated over two lines; Leipzig (the office) and Nürnberg "
        "(the next assembly's venue) are not members",
    ),
    Page(
        "es-r67a-declaracion-tabla-tabs-ayuntamiento-municipalidad-diputacion-homonimos",
        "es",
        "table_tabs;columns_after;person_after;country_in_language;body_not_city;"
        "not_signatory;majority_other_country",
        "Declaración de Zaragoza por una movilidad urbana sin emisiones",
        (2026, 4, 24),
        "Los gobiernos locales reunidos en Zaragoza los días 22 a 24 de abril de 2026, en el "
        "IV Encuentro Iberoamericano de Movilidad Urbana organizado por la Red de Ciudades "
        "por la Movilidad Limpia con el apoyo del Ayuntamiento de Zaragoza, suscriben la "
        "siguiente declaración:\n\n"
        "- Ampliar las zonas de bajas emisiones y las redes de carriles bici seguros.\n"
        "- Electrificar el transporte público urbano antes de 2035.\n"
        "- Intercambiar datos y buenas prácticas con las ciudades de la red.\n\n"
        "Entidades firmantes",
        "Entidad\tPaís\tFirmante\tCargo\n"
        "Ayuntamiento de Valladolid\tEspaña\tJesús Ortega Llamas\tAlcalde\n"
        "Ayuntamiento de Murcia\tEspaña\tCarmen Sáez Navarro\tConcejala de Movilidad\n"
        "Ayuntamiento de Córdoba\tEspaña\tRafael Cabello Ruiz\tAlcalde\n"
        "Ayuntamiento de Vitoria-Gasteiz\tEspaña\tIratxe Lasa Arana\tAlcaldesa\n"
        "Diputación Provincial de Huesca\tEspaña\tLuis Bescós Pardo\tPresidente\n"
        "H. Ayuntamiento de Mérida\tMéxico\tMaría Victoria Canché Pech\tPresidenta Municipal\n"
        "Municipalidad de Córdoba\tArgentina\tGustavo Ferreyra\tIntendente\n"
        "Municipalidad de Rosario\tArgentina\tLucía Benedetti\tSecretaria de Movilidad\n"
        "Intendencia de Montevideo\tUruguay\tMartín Olivera\tIntendente\n"
        "Alcaldía de Medellín\tColombia\tAndrés Restrepo Gil\tAlcalde\n"
        "Alcaldía de Bucaramanga\tColombia\tDiana Serrano Ardila\tAlcaldesa\n"
        "GAD Municipal de Cuenca\tEcuador\tPablo Crespo Vintimilla\tAlcalde\n"
        "Municipalidad Provincial de Arequipa\tPerú\tRocío Zegarra Núñez\tAlcaldesa\n"
        "Gobierno Autónomo Municipal de Cochabamba\tBolivia\tEdwin Rojas Vargas\tAlcalde\n"
        "Municipalidad de Valdivia\tChile\tCamila Vera Oyarzún\tAlcaldesa",
        "La declaración queda abierta a la adhesión de otros gobiernos locales. La próxima "
        "edición del encuentro se celebrará en Guadalajara (México) en 2027.",
        "Valladolid/ES; Murcia/ES; Córdoba/ES; Vitoria-Gasteiz/ES; "
        "Diputación Provincial de Huesca|Province of Huesca/ES/province; Mérida/MX; "
        "Córdoba/AR; Rosario/AR; Montevideo/UY; Medellín/CO; Bucaramanga/CO; Cuenca/EC; "
        "Arequipa/PE; Cochabamba/BO; Valdivia/CL",
        note="Córdoba in Spain and in Argentina, Mérida and Cuenca have namesakes in Spain; "
        "the host Zaragoza and the next venue Guadalajara did not sign; a signer named "
        "Victoria",
    ),
    Page(
        "it-r67a-notizia-nuovi-soci-dei-comuni-di-e-citta-metropolitana-unione-ospite",
        "it",
        "running_text;inflected;body_not_city;not_signatory;no_country",
        "Cinque nuovi Comuni e due enti di area vasta entrano nella Rete Città Sane d'Acqua",
        (2026, 5, 15),
        "L'assemblea dei soci della Rete Città Sane d'Acqua si è riunita il 14 maggio a "
        "Ferrara, nella sala del Consiglio comunale, su invito del Comune di Ferrara. Il "
        "presidente della rete, l'assessore all'ambiente del Comune di Reggio Emilia, ha "
        "aperto i lavori ricordando i risultati del primo triennio.",
        "Nel corso della seduta l'assemblea ha approvato all'unanimità l'adesione dei Comuni di "
        "Lecce, Matera, Cremona, Pordenone e Siena, della Città metropolitana di Bari e "
        "dell'Unione Valdera. Con i nuovi ingressi la rete conta ora 46 enti soci in 15 regioni.",
        '"Accogliamo territori molto diversi, dal Salento al Friuli, che condividono la stessa '
        "attenzione alla qualità dell'acqua\", ha dichiarato la sindaca di Ferrara in apertura. "
        "La prossima assemblea si terrà in autunno a Trento.",
        "Lecce/IT; Matera/IT; Cremona/IT; Pordenone/IT; Siena/IT; "
        "Città metropolitana di Bari|Metropolitan City of Bari/IT/metropolitan area; "
        "Unione Valdera|Valdera/IT/union of municipalities",
        note="the host Ferrara, the president's Reggio Emilia and the next venue Trento did "
        "not join",
    ),
    Page(
        "pt-r67a-declaracao-pela-camara-prefeitura-blocos-cim-prefeita-vitoria",
        "pt",
        "one_a_line;person_after;person_named_like_place;body_not_city;not_signatory;no_country",
        "Declaração do Porto sobre cidades lusófonas e transição energética",
        (2026, 7, 9),
        "No encerramento do II Fórum de Cidades Lusófonas pela Energia, realizado no Porto a "
        "8 e 9 de julho de 2026, os municípios portugueses e brasileiros presentes subscreveram "
        "a seguinte declaração, comprometendo-se a atingir 50% de eletricidade renovável nos "
        "edifícios municipais até 2030 e a partilhar dados de consumo através da plataforma "
        "comum da rede.\n\n"
        "Porto, 9 de julho de 2026",
        "Pela Câmara Municipal de Braga\n"
        "Ricardo Sampaio Leite\n"
        "Presidente da Câmara Municipal\n\n"
        "Pela Câmara Municipal de Setúbal\n"
        "Ana Margarida Fonseca\n"
        "Vereadora do Ambiente\n\n"
        "Pela Câmara Municipal de Évora\n"
        "João Pedro Caeiro\n"
        "Presidente da Câmara Municipal\n\n"
        "Pela Câmara Municipal de Aveiro\n"
        "Teresa Vidal Rocha\n"
        "Vice-Presidente\n\n"
        "Pela Comunidade Intermunicipal do Alto Minho\n"
        "Manuel Azevedo Lima\n"
        "Presidente do Conselho Intermunicipal\n\n"
        "Pela Prefeitura Municipal de Curitiba\n"
        "Vitória Andrade Kowalski\n"
        "Prefeita\n\n"
        "Pela Prefeitura de Fortaleza\n"
        "Francisco Holanda Bezerra\n"
        "Prefeito\n\n"
        "Pela Prefeitura Municipal de Florianópolis\n"
        "Luana Schmitt Koerich\n"
        "Secretária Municipal do Meio Ambiente\n\n"
        "Pela Prefeitura de Belo Horizonte\n"
        "Marcos Vinícius Drummond\n"
        "Prefeito",
        "Testemunhas: o Presidente da Câmara Municipal do Porto, anfitrião do fórum, e a "
        "Secretária-Geral da rede, com sede em Lisboa.",
        "Braga/PT; Setúbal/PT; Évora/PT; Aveiro/PT; "
        "Comunidade Intermunicipal do Alto Minho|Alto Minho/PT/union of municipalities; "
        "Curitiba/BR; Fortaleza/BR; Florianópolis/BR; Belo Horizonte/BR",
        note="the host Porto and the seat Lisboa witnessed but did not sign; Curitiba's mayor "
        "is named Vitória",
    ),
    Page(
        "nl-r67a-ledenkaarten-provincie-koppen-gemeente-stad-groningen",
        "nl",
        "one_a_line;region_heading;columns_after;country_in_language;not_signatory",
        "Onze leden",
        (2026, 1, 20),
        "Het Netwerk Klimaatadaptieve Binnensteden verbindt gemeenten in Nederland en "
        "Vlaanderen die hun binnensteden koel en waterrobuust willen maken. Hieronder vindt u "
        "alle deelnemende gemeenten, per provincie. Het secretariaat is ondergebracht bij de "
        "gemeente Utrecht.",
        "Nederland\n\n"
        "Groningen\n"
        "Gemeente Groningen\n"
        "Lid sinds 2018\n"
        "Bekijk profiel\n\n"
        "Overijssel\n"
        "Gemeente Zwolle\n"
        "Lid sinds 2018\n"
        "Bekijk profiel\n"
        "Gemeente Deventer\n"
        "Lid sinds 2020\n"
        "Bekijk profiel\n"
        "Gemeente Enschede\n"
        "Lid sinds 2023\n"
        "Bekijk profiel\n\n"
        "Gelderland\n"
        "Gemeente Arnhem\n"
        "Lid sinds 2018\n"
        "Bekijk profiel\n"
        "Gemeente Nijmegen\n"
        "Lid sinds 2019\n"
        "Bekijk profiel\n"
        "Gemeente Apeldoorn\n"
        "Lid sinds 2024\n"
        "Bekijk profiel\n\n"
        "Zuid-Holland\n"
        "Gemeente Leiden\n"
        "Lid sinds 2021\n"
        "Bekijk profiel\n"
        "Gemeente Delft\n"
        "Lid sinds 2021\n"
        "Bekijk profiel\n\n"
        "Noord-Brabant\n"
        "Gemeente Tilburg\n"
        "Lid sinds 2019\n"
        "Bekijk profiel\n"
        "Gemeente 's-Hertogenbosch\n"
        "Lid sinds 2020\n"
        "Bekijk profiel\n"
        "Gemeente Eindhoven\n"
        "Lid sinds 2022\n"
        "Bekijk profiel\n\n"
        "Limburg\n"
        "Gemeente Maastricht\n"
        "Lid sinds 2019\n"
        "Bekijk profiel\n"
        "Gemeente Venlo\n"
        "Lid sinds 2025\n"
        "Bekijk profiel\n\n"
        "België\n\n"
        "Antwerpen\n"
        "Stad Mechelen\n"
        "Lid sinds 2020\n"
        "Bekijk profiel\n\n"
        "West-Vlaanderen\n"
        "Stad Kortrijk\n"
        "Lid sinds 2022\n"
        "Bekijk profiel\n\n"
        "Limburg\n"
        "Stad Hasselt\n"
        "Lid sinds 2021\n"
        "Bekijk profiel\n\n"
        "Vlaams-Brabant\n"
        "Stad Leuven\n"
        "Lid sinds 2019\n"
        "Bekijk profiel",
        "Wilt u met uw gemeente aansluiten? Neem contact op met het secretariaat in Utrecht.",
        "Groningen/NL; Zwolle/NL; Deventer/NL; Enschede/NL; Arnhem/NL; Nijmegen/NL; "
        "Apeldoorn/NL; Leiden/NL; Delft/NL; Tilburg/NL; 's-Hertogenbosch|Den Bosch/NL; "
        "Eindhoven/NL; Maastricht/NL; Venlo/NL; Mechelen/BE; Kortrijk/BE; Hasselt/BE; "
        "Leuven/BE",
        note="province headings, Groningen a province and a city, Antwerpen a province whose "
        "city is not a member, Limburg in both countries; the secretariat Utrecht is not a "
        "member",
    ),
    Page(
        "pl-r67a-apel-prezydentow-dopelniacz-oraz-wojewodztwo-w-katowicach",
        "pl",
        "running_text;inflected;person_before;body_not_city;not_signatory;no_country",
        "Apel prezydentów miast w sprawie czystego powietrza",
        (2026, 2, 12),
        "Podczas Kongresu Miast Czystego Powietrza, który odbył się 10–11 lutego 2026 r. w "
        "Katowicach, przedstawiciele samorządów przyjęli wspólny apel do Rządu RP i Sejmu o "
        "przyspieszenie wymiany źródeł ciepła i stabilne finansowanie programów "
        "antysmogowych.",
        "Apel podpisali: Prezydent Miasta Krakowa, Prezydent Wrocławia, Prezydent Miasta "
        "Kielc, Prezydent Miasta Gdańska, Prezydent Miasta Lublin, Prezydent Miasta "
        "Rzeszowa, Prezydent Miasta Białegostoku, Zastępca Prezydenta Miasta Torunia, "
        "Prezydent Olsztyna i Prezydent Miasta Opola, a także Burmistrz Miasta Ustka oraz "
        "Marszałek Województwa Pomorskiego.",
        "Gospodarzem kongresu był Prezydent Miasta Katowice. Do apelu mogą przyłączać się "
        "kolejne samorządy – formularz dostępny jest na stronie Związku Miast Polskich w "
        "Poznaniu.",
        "Kraków/PL; Wrocław/PL; Kielce/PL; Gdańsk/PL; Lublin/PL; Rzeszów/PL; Białystok/PL; "
        "Toruń/PL; Olsztyn/PL; Opole/PL; Ustka/PL; "
        "Województwo pomorskie|Pomeranian Voivodeship/PL/region",
        note="titles before genitives (Krakowa, Białegostoku, Torunia) and a nominative "
        "(Miasta Lublin, Ustka); the host Katowice did not sign; Poznań is only the seat of the "
        "association of Polish cities",
    ),
    Page(
        "sv-r67a-medlemmar-lan-rubriker-antal-kommun-stad-genitiv-region",
        "sv",
        "one_a_line;region_heading;inflected;body_not_city;not_signatory;no_country",
        "Medlemmar i nätverket Hållbara Stadskärnor",
        (2026, 4, 8),
        "Hållbara Stadskärnor samlar kommuner och regioner som arbetar för levande och "
        "klimatsmarta stadskärnor. Vid årsmötet i Örebro den 26 mars valdes två nya "
        "medlemmar in. Nätverket har nu 14 medlemmar i fem län.",
        "Skåne län (5)\n"
        "Region Skåne\n"
        "Malmö stad\n"
        "Lunds kommun\n"
        "Helsingborgs stad\n"
        "Kristianstads kommun\n\n"
        "Västra Götalands län (4)\n"
        "Göteborgs Stad\n"
        "Borås Stad\n"
        "Trollhättans stad\n"
        "Skövde kommun (ny 2026)\n\n"
        "Stockholms län (2)\n"
        "Södertälje kommun\n"
        "Huddinge kommun\n\n"
        "Västerbottens län (2)\n"
        "Umeå kommun\n"
        "Skellefteå kommun\n\n"
        "Norrbottens län (1)\n"
        "Luleå kommun (ny 2026)",
        "Örebro kommun står värd för nätverkets kansli fram till 2027. Vill din kommun bli "
        "medlem? Kontakta kansliet.",
        "Region Skåne|Skåne/SE/region; Malmö/SE; Lund/SE; Helsingborg/SE; Kristianstad/SE; "
        "Göteborg|Gothenburg/SE; Borås/SE; Trollhättan/SE; Skövde/SE; Södertälje/SE; "
        "Huddinge/SE; Umeå/SE; Skellefteå/SE; Luleå/SE",
        note="län headings with counts; genitives Lunds, Helsingborgs, Trollhättans; the host "
        "Örebro is not a member",
    ),
    Page(
        "ru-r67a-zayavlenie-bloki-podpisej-glava-goroda-rodit-akim-hokim",
        "ru",
        "one_a_line;person_before;inflected;country_in_language;not_signatory",
        "Совместное заявление глав городов о повышении устойчивости городской инфраструктуры",
        (2026, 9, 17),
        "16 сентября 2026 года в Казани в рамках Форума городов Евразии главы городов "
        "России и Центральной Азии подписали совместное заявление о повышении устойчивости "
        "городской инфраструктуры к климатическим рискам.\n\n"
        "Подписавшие заявление города обязуются:\n"
        "1) разработать к 2028 году планы адаптации к изменению климата;\n"
        "2) обмениваться данными о паводках, аномальной жаре и состоянии сетей;\n"
        "3) ежегодно представлять отчёт секретариату Форума.\n\n"
        "Подписи:",
        "Орлов Алексей Викторович\n"
        "Глава города Екатеринбурга\n\n"
        "Степанова Ирина Геннадьевна\n"
        "Мэр города Новосибирска\n\n"
        "Хасанов Ринат Ильдарович\n"
        "Глава городского округа город Уфа Республики Башкортостан\n\n"
        "Кузьмин Дмитрий Олегович\n"
        "Глава города Тюмени\n\n"
        "Белова Марина Сергеевна\n"
        "Мэр города Омска\n\n"
        "Гребенщиков Павел Андреевич\n"
        "Глава города Перми\n\n"
        "Сейткалиев Ерлан Маратович\n"
        "Аким города Алматы (Республика Казахстан)\n\n"
        "Жумабеков Асхат Нурланович\n"
        "Аким города Шымкента (Республика Казахстан)\n\n"
        "Ибраева Гульнара Серикбаевна\n"
        "Заместитель акима города Караганды (Республика Казахстан)\n\n"
        "Турдиев Шавкат Рустамович\n"
        "Хоким города Самарканда (Республика Узбекистан)\n\n"
        "Асанов Бакыт Токтогулович\n"
        "Мэр города Бишкек (Кыргызская Республика)\n\n"
        "Рахимзода Фаррух Саидович\n"
        "Председатель города Душанбе (Республика Таджикистан)",
        "Заявление открыто для присоединения. Мэрия Казани, принимавшая Форум, и "
        "Международная ассамблея столиц и крупных городов (Москва) выступили наблюдателями.",
        "Yekaterinburg/RU; Novosibirsk/RU; Ufa/RU; Tyumen/RU; Omsk/RU; Perm/RU; Almaty/KZ; "
        "Shymkent/KZ; Karaganda/KZ; Samarkand/UZ; Bishkek/KG; Dushanbe/TJ",
        note="titles with the city in the genitive under the signer's name; Bashkortostan "
        "after Ufa; the host Kazan and Moscow were observers",
    ),
    Page(
        "ar-r67a-bitaqat-aada-duwal-khalij-maghrib-jamaa-baladiya-amana",
        "ar",
        "one_a_line;region_heading;country_in_language;columns_after;not_signatory",
        "المدن الأعضاء",
        (2026, 11, 3),
        "تضم شبكة المدن العربية للمياه والمناخ بلديات وجماعات ترابية من دول الخليج العربي "
        "والمغرب العربي تعمل على ترشيد استهلاك المياه والتكيف مع موجات الحر. وقد استضافت "
        "مدينة الدار البيضاء الاجتماع السنوي للشبكة في أكتوبر 2026.",
        "المملكة المغربية\n"
        "جماعة فاس\n"
        "عضو منذ 2017\n"
        "عرض الملف\n"
        "جماعة أكادير\n"
        "عضو منذ 2019\n"
        "عرض الملف\n"
        "جماعة طنجة\n"
        "عضو منذ 2021\n"
        "عرض الملف\n\n"
        "الجمهورية التونسية\n"
        "بلدية صفاقس\n"
        "عضو منذ 2018\n"
        "عرض الملف\n"
        "بلدية سوسة\n"
        "عضو منذ 2022\n"
        "عرض الملف\n\n"
        "الجمهورية الجزائرية\n"
        "بلدية وهران\n"
        "عضو منذ 2020\n"
        "عرض الملف\n\n"
        "الإمارات العربية المتحدة\n"
        "بلدية مدينة الشارقة\n"
        "عضو منذ 2017\n"
        "عرض الملف\n"
        "دائرة الخدمات العامة – رأس الخيمة\n"
        "عضو منذ 2023\n"
        "عرض الملف\n\n"
        "سلطنة عُمان\n"
        "بلدية مسقط\n"
        "عضو منذ 2018\n"
        "عرض الملف\n\n"
        "دولة الكويت\n"
        "بلدية الكويت\n"
        "عضو منذ 2024\n"
        "عرض الملف\n\n"
        "المملكة العربية السعودية\n"
        "أمانة محافظة جدة\n"
        "عضو منذ 2019\n"
        "عرض الملف\n"
        "أمانة محافظة الطائف\n"
        "عضو منذ 2025\n"
        "عرض الملف",
        "للانضمام إلى الشبكة يرجى التواصل مع الأمانة العامة في عمّان.",
        "Fes/MA; Agadir/MA; Tangier/MA; Sfax/TN; Sousse/TN; Oran/DZ; Sharjah/AE; "
        "Ras al-Khaimah/AE; Muscat/OM; Kuwait City/KW; Jeddah/SA; Taif/SA",
        note="the host of the annual meeting Casablanca and the secretariat in Amman are not "
        "members; countries in their official Arabic names",
    ),
    Page(
        "zh-r67a-lianhe-xuanyan-biaoge-renmin-zhengfu-kunming-chengban",
        "zh",
        "table_tabs;person_after;columns_after;not_signatory;no_country",
        "西部城市生态保护与绿色发展联合宣言",
        (2026, 8, 28),
        "8月27日至28日，第三届西部城市生态文明论坛在云南省昆明市举行。论坛由昆明市人民政府"
        "承办。闭幕式上，十二座西部城市共同签署了《西部城市生态保护与绿色发展联合宣言》，"
        "承诺在流域保护、清洁能源和低碳交通等领域深化合作。\n\n"
        "签署城市名单如下：",
        "序号\t签署单位\t签署人\t职务\n"
        "1\t成都市人民政府\t王建国\t市长\n"
        "2\t重庆市人民政府\t李晓燕\t副市长\n"
        "3\t西安市人民政府\t赵立军\t市长\n"
        "4\t贵阳市人民政府\t杨春明\t市长\n"
        "5\t南宁市人民政府\t韦丽华\t副市长\n"
        "6\t兰州市人民政府\t马永强\t市长\n"
        "7\t西宁市人民政府\t祁海峰\t市长\n"
        "8\t银川市人民政府\t田玉兰\t副市长\n"
        "9\t乌鲁木齐市人民政府\t艾力·买买提\t市长\n"
        "10\t拉萨市人民政府\t次仁多吉\t市长\n"
        "11\t绵阳市人民政府\t周志刚\t市长\n"
        "12\t遵义市人民政府\t陈红梅\t副市长",
        "宣言明确，各签署城市将建立年度联席会议制度，第四届论坛将于2027年在呼和浩特市举办。"
        "\n\n（来源：论坛组委会）",
        "Chengdu/CN; Chongqing/CN; Xi'an/CN; Guiyang/CN; Nanning/CN; Lanzhou/CN; Xining/CN; "
        "Yinchuan/CN; Urumqi/CN; Lhasa/CN; Mianyang/CN; Zunyi/CN",
        note="the host Kunming (in Yunnan) and the next venue Hohhot did not sign",
    ),
    Page(
        "ja-r67a-kameishi-chiiki-midashi-ken-kakko-shinki-kamei-ato",
        "ja",
        "one_a_line;region_heading;region_after;not_signatory;no_country",
        "会員自治体一覧",
        (2026, 4, 1),
        "健康長寿都市ネットワークは、市民の健康寿命の延伸に取り組む市の連携組織です。"
        "2026年4月1日現在の会員自治体は次のとおりです（地域別・五十音順ではありません）。",
        "北海道・東北\n"
        "旭川市（北海道）\n"
        "青森市（青森県）\n"
        "仙台市（宮城県）\n"
        "郡山市（福島県）\n\n"
        "関東\n"
        "宇都宮市（栃木県）\n"
        "前橋市（群馬県）\n"
        "つくば市（茨城県）\n"
        "川越市（埼玉県）\n\n"
        "中部\n"
        "長岡市（新潟県）\n"
        "上田市（長野県）\n"
        "豊田市（愛知県）\n\n"
        "近畿\n"
        "堺市（大阪府）\n"
        "豊中市（大阪府）\n"
        "西宮市（兵庫県）\n\n"
        "中国・四国\n"
        "福山市（広島県）\n"
        "高知市（高知県）\n\n"
        "九州・沖縄\n"
        "久留米市（福岡県）\n"
        "佐賀市（佐賀県）\n"
        "長崎市（長崎県）",
        "【お知らせ】2026年4月1日付で上田市と西宮市が新たに加盟しました。5月の総会は事務局を"
        "置く横浜市で開催します。\n\n"
        "入会に関するお問い合わせは事務局（横浜市健康福祉局内）までお寄せください。",
        "Asahikawa/JP; Aomori/JP; Sendai/JP; Koriyama/JP; Utsunomiya/JP; Maebashi/JP; "
        "Tsukuba/JP; Kawagoe/JP; Nagaoka/JP; Ueda/JP; Toyota/JP; Sakai/JP; Toyonaka/JP; "
        "Nishinomiya/JP; Fukuyama/JP; Kochi/JP; Kurume/JP; Saga/JP; Nagasaki/JP",
        note="prefectures in brackets after each city, Aomori, Kochi and Saga named like "
        "their prefectures; news of Ueda and Nishinomiya joining after the list; the "
        "secretariat Yokohama is not a member",
    ),
    Page(
        "tr-r67a-ortak-bildirge-belediyesi-adina-bloklar-ilce-izmirde-aydin",
        "tr",
        "one_a_line;person_after;person_named_like_place;not_signatory;no_country",
        "Kıyı Kentleri İklim Uyum Bildirgesi",
        (2026, 10, 16),
        "Sürdürülebilir Kentler Birliği'nin 15-16 Ekim 2026 tarihlerinde İzmir'de düzenlenen "
        "Kıyı Kentleri Zirvesi'nde, üye belediyeler deniz seviyesinin yükselmesi, taşkın ve "
        "aşırı sıcaklara karşı ortak bir eylem çerçevesi benimsedi. Bildirgeyi imzalayan "
        "belediyeler; risk haritalarını 2027 sonuna kadar güncellemeyi, yeşil altyapı "
        "yatırımlarını artırmayı ve verilerini birlik platformunda paylaşmayı taahhüt etti.\n\n"
        "İmzacılar",
        "Mersin Büyükşehir Belediyesi adına\n"
        "Selin Doğan\n"
        "Belediye Başkanı\n\n"
        "Antalya Büyükşehir Belediyesi adına\n"
        "Murat Erdem\n"
        "Genel Sekreter Yardımcısı\n\n"
        "Muğla Büyükşehir Belediyesi adına\n"
        "Elif Kaya Tunç\n"
        "Belediye Başkanı\n\n"
        "Eskişehir Büyükşehir Belediyesi adına\n"
        "Kemal Özbey\n"
        "Belediye Başkan Vekili\n\n"
        "Çanakkale Belediyesi adına\n"
        "Aydın Karaca\n"
        "Belediye Başkanı\n\n"
        "Bornova Belediyesi adına\n"
        "Derya Akgün\n"
        "Belediye Başkanı\n\n"
        "Nilüfer Belediyesi adına\n"
        "Hakan Sever\n"
        "Belediye Başkanı\n\n"
        "Kadıköy Belediyesi adına\n"
        "Zeynep Ateş\n"
        "Belediye Başkanı\n\n"
        "Çankaya Belediyesi adına\n"
        "Burak Yıldız\n"
        "Belediye Başkan Yardımcısı\n\n"
        "Tepebaşı Belediyesi adına\n"
        "Nuray Şimşek\n"
        "Belediye Başkanı",
        "Zirveye ev sahipliği yapan İzmir Büyükşehir Belediyesi, bildirgeye meclis kararının "
        "ardından katılacağını açıkladı. Bir sonraki zirve 2027'de Samsun'da yapılacak.",
        "Mersin/TR; Antalya/TR; Muğla/TR; Eskişehir/TR; Çanakkale/TR; Bornova/TR; "
        "Nilüfer/TR; Kadıköy/TR; Çankaya/TR; Tepebaşı/TR",
        note="district municipalities (Bornova, Nilüfer, Kadıköy, Çankaya, Tepebaşı); "
        "Çanakkale's mayor is named Aydın; the host İzmir has not yet signed and Samsun is the "
        "next venue",
    ),
]

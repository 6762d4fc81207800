"""Hand-written pages, batch za: written for issue #20 (branch accza) before round 13's changes
to the reader and held out from them, by an engineer who had read neither the reader nor its
tests, modelled on how regional and national networks and associations of municipalities
publish statements and member pages (none copied): 7 statements (an open letter, motions and
resolutions adopted at a general assembly or a congress, a charter, a joint declaration) and 7
member pages (a news item on new members, a directory of cards, an annual report's member list
copied from a PDF, an event's list of participants), in 14 languages (en, en, fr, es, pt, de,
sv, no, fi, lt, pl, sk, sr, ja; 4 to 48 entries). Shapes: UK council names four a line between
pipes with a footnote asterisk, a host council and a vice-chair named Lancaster; Indian
municipal corporations in running text with their states in brackets (`both Andhra Pradesh`),
a host corporation and the secretariat; French signatories under region names before a colon,
`Ville de X` beside intercommunalités (`Quimperlé Communauté`, `Bourges Plus`) and the `Pacte
de Dijon`; Spanish members under autonomous-community headings with counts, co-official names
(`Donostia / San Sebastián`, `Elx / Elche`, `Maó`) and provinces named like cities between
middle dots; Brazilian mayors grouped by state in one sentence (`Niterói e Maricá (RJ)`) with
a coordinator named Franca and Belém as COP30's venue; Austrian mayors with academic titles
before and after (`Bgm.in Mag.a`, `MBA`, `BEd`) in five orders, a Städtetag host and a mayor
named Hall; Swedish genitives sharing one noun (`Härnösands, Eslövs, Arvika och Skellefteå
kommuner`) with a chair named Lund; a Norwegian participants' tab table sorted by surname
(`Namn / Stilling / Verksemd`) with kommuner twice, state bodies and firms that are not
members, `Voss herad`, a Sámi name and people named Moss and Hamar; Finnish member cards with
bilingual names (`Porvoo – Borgå`) and regions; a Lithuanian resolution signed `X savivaldybės
meras Name` with a venue `Trakuose`; a Polish annual report copied from a PDF under
województwo headings with running headers, page numbers and names broken over lines
(`Kędzierzyn-` / `-Koźle`); Slovak `Ing. Name, PhD., primátor mesta X` with genitive and
nominative city names and a signing place `v Piešťanoch`; Serbian Latin new members with their
okrug and a venue `u Kragujevcu`; Japanese signatures `富山市長　Name` whose mayors bear place
surnames, with a venue Kanazawa.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-uk-open-letter-council-names-pipes-footnote",
        "en",
        "several_a_line;no_country;not_signatory;person_named_like_place",
        "Open letter to the Chancellor: fund the towns and cities that build Britain",
        (2025, 2, 24),
        "News › Open letters\n\n"
        "Open letter | Local government finance | Spending Review\n\n"
        "The Rt Hon the Chancellor of the Exchequer\nHM Treasury\n1 Horse Guards Road\n"
        "London SW1A 2HQ\n\n"
        "Dear Chancellor,\n\n"
        "We write as the leaders and elected mayors of the country's mid-sized cities, home to "
        "more than five million people. Between us we run the schools' transport, the social "
        "care and the housing services that our residents depend on, and after fourteen years "
        "of reductions in core funding our budgets can no longer stretch to meet demand.\n\n"
        "We ask that the Spending Review:\n"
        "- sets a multi-year settlement for councils, so that we can plan beyond March;\n"
        "- ends the competitive bidding that has cost our authorities millions in consultants' "
        "fees;\n"
        "- gives councils of our size the same place at the table as the combined authorities of "
        "Greater Manchester and the West Midlands.\n\n"
        "This letter was agreed at our winter summit at the Guildhall, by kind invitation of Hull "
        'City Council. "Mid-sized cities are where the growth this government wants will '
        "happen, or won't,\" said Cllr Amira Lancaster, the group's vice-chair.\n\n"
        "Yours sincerely,\n\n"
        "Signed by the leaders and elected mayors of:",
        "Blackpool Council | City of Bradford Metropolitan District Council | Coventry City "
        "Council | Derby City Council\n"
        "Doncaster Council | Gateshead Council | Norwich City Council | Peterborough City Council\n"
        "Plymouth City Council | Preston City Council | Southampton City Council | "
        "Stoke-on-Trent City Council\n"
        "Sunderland City Council | City of Wakefield Metropolitan District Council* | "
        "Wolverhampton Council | City of York Council",
        "* Signed subject to Cabinet approval on 5 March.\n\n"
        "Media enquiries: press@midsizedcities.org.uk\n\n"
        "Download the letter (PDF, 212 KB)",
        "Blackpool/GB; Bradford/GB; Coventry/GB; Derby/GB; Doncaster/GB; Gateshead/GB; "
        "Norwich/GB; Peterborough/GB; Plymouth/GB; Preston/GB; Southampton/GB; "
        "Stoke-on-Trent/GB; Sunderland/GB; Wakefield/GB; Wolverhampton/GB; York/GB",
        "16 English council names four a line between pipes, a footnote asterisk on Wakefield; "
        "Hull hosted and did not sign; London is the addressee's; a vice-chair named Lancaster; "
        "Greater Manchester and the West Midlands named in the text",
    ),
    Page(
        "en-india-new-member-corporations-states-in-brackets",
        "en",
        "running_text;region_after;not_signatory",
        "Five municipal corporations join the Indian Cities Climate Alliance",
        (2025, 1, 17),
        "Home / Media / News\n\n"
        "Bhubaneswar, 17 January 2025 – The Indian Cities Climate Alliance has grown to 41 member "
        "cities. At its sixth Annual Members' Meet, hosted by the Bhubaneswar Municipal "
        "Corporation at the Kalinga Convention Centre, the General Body approved the membership "
        "of five corporations from four states.",
        "The Alliance welcomed the Nashik Municipal Corporation (Maharashtra), the Greater "
        "Visakhapatnam Municipal Corporation (GVMC) and the Vijayawada Municipal Corporation "
        "(both Andhra Pradesh), the Madurai Corporation (Tamil Nadu) and the Dehradun Municipal "
        "Corporation (Uttarakhand).",
        '"Our river front and our heat action plan both began with what we learned from other '
        'members," said Smt. Kavita Rao, IAS, Municipal Commissioner of Surat and chair of the '
        "Alliance's governing council. The new members will prepare city climate action plans "
        "within eighteen months, with support from the Alliance secretariat in New Delhi and "
        "technical partners at IIT Madras.\n\n"
        "The seventh Annual Members' Meet will be held in Indore in January 2026.",
        "Nashik/IN; Visakhapatnam/IN; Vijayawada/IN; Madurai/IN; Dehradun/IN",
        "5 municipal corporations in one sentence with states in brackets, one `(both Andhra "
        "Pradesh)`; the host Bhubaneswar, a chair from Surat, the secretariat in New Delhi, IIT "
        "Madras and the next meet in Indore are not new members",
    ),
    Page(
        "fr-motion-ag-villes-moyennes-regions-deux-points",
        "fr",
        "several_a_line;region_before;body_not_city;not_signatory;no_country",
        "Motion de l'assemblée générale : pour des centres-villes vivants après 2026",
        (2025, 6, 27),
        "Accueil > Nos prises de position > Motions\n\n"
        "Réunie à Angoulême les 26 et 27 juin 2025, l'assemblée générale des Villes moyennes et "
        "de leurs intercommunalités a adopté à l'unanimité la motion suivante.\n\n"
        "Depuis 2018, le programme Action cœur de ville a permis à nos communes de rénover des "
        "logements, de rouvrir des commerces et de ramener des services au centre. L'élan du "
        "Pacte de Dijon, qui avait uni les grandes villes et l'État, doit aujourd'hui profiter "
        "aux villes moyennes. Les élus réunis demandent :\n"
        "1. la prolongation du programme au-delà de 2026, avec des crédits d'ingénierie pour les "
        "communes de moins de 20 000 habitants ;\n"
        "2. une fiscalité locale qui ne pénalise pas les centres-villes face aux zones "
        "commerciales ;\n"
        "3. le maintien des gares et des lignes qui relient nos villes à Paris, Lyon et "
        "Bordeaux.\n\n"
        "Les élus remercient la Ville d'Angoulême et GrandAngoulême pour leur accueil.\n\n"
        "Collectivités signataires",
        "Auvergne-Rhône-Alpes : Ville de Roanne, Annonay Rhône Agglo, Ville d'Aurillac\n"
        "Bourgogne-Franche-Comté : Ville de Nevers, Ville de Montbéliard, Le Grand Chalon\n"
        "Bretagne : Ville de Lorient, Quimperlé Communauté, Ville de Saint-Brieuc\n"
        "Centre-Val de Loire : Ville de Châteauroux, Bourges Plus\n"
        "Grand Est : Ville de Charleville-Mézières, Ville d'Épinal, Communauté d'agglomération "
        "de Chaumont\n"
        "Hauts-de-France : Ville de Saint-Quentin, Ville de Cambrai\n"
        "Nouvelle-Aquitaine : Ville de Périgueux, Ville de Niort\n"
        "Occitanie : Ville de Rodez, Ville d'Albi, Ville de Tarbes",
        "La liste est ouverte : les collectivités adhérentes peuvent signer la motion jusqu'au "
        "30 septembre en écrivant au secrétariat.\n\n"
        "Télécharger la motion (PDF)",
        "Roanne/FR; Annonay Rhône Agglo/FR/union of municipalities; Aurillac/FR; Nevers/FR; "
        "Montbéliard/FR; Le Grand Chalon|Grand Chalon/FR/union of municipalities; Lorient/FR; "
        "Quimperlé Communauté/FR/union of municipalities; Saint-Brieuc/FR; Châteauroux/FR; "
        "Bourges Plus/FR/union of municipalities; Charleville-Mézières/FR; Épinal/FR; "
        "Communauté d'agglomération de Chaumont|Agglomération de Chaumont/FR/union of "
        "municipalities; Saint-Quentin/FR; Cambrai/FR; Périgueux/FR; Niort/FR; Rodez/FR; "
        "Albi/FR; Tarbes/FR",
        "21 signatories, several a line after region names and a colon: `Ville de X` beside "
        "five intercommunalités; the venue and host Angoulême (and GrandAngoulême), the Pacte de "
        "Dijon and Paris, Lyon, Bordeaux in the text are not signatories",
    ),
    Page(
        "es-red-miembros-comunidades-cooficiales-puntos-medios",
        "es",
        "one_a_line;region_heading;columns_after;named_twice;not_signatory;no_country",
        "Municipios miembros de la Red de Ciudades por la Bicicleta Urbana",
        (2025, 4, 3),
        "Inicio / La Red / Miembros\n\n"
        "La Red reúne a ayuntamientos de toda España que trabajan para que la bicicleta sea un "
        "medio de transporte cotidiano. Cada municipio aparece con su nombre oficial, la "
        "provincia y el año de adhesión. La Secretaría técnica tiene su sede en Zaragoza.\n\n"
        "¿Tu ayuntamiento quiere sumarse? Consulta los requisitos de adhesión.\n\n"
        "Miembros por comunidad autónoma (22)",
        "Euskadi (4)\n"
        "Donostia / San Sebastián · Gipuzkoa · desde 2009\n"
        "Vitoria-Gasteiz · Araba/Álava · desde 2009\n"
        "Getxo · Bizkaia · desde 2014\n"
        "Irun · Gipuzkoa · desde 2021\n"
        "Galicia (4)\n"
        "A Coruña · A Coruña · desde 2011\n"
        "Santiago de Compostela · A Coruña · desde 2016\n"
        "Pontevedra · Pontevedra · desde 2010\n"
        "Lugo · Lugo · desde 2022\n"
        "Catalunya (5)\n"
        "Girona · Girona · desde 2012\n"
        "Lleida · Lleida · desde 2012\n"
        "Terrassa · Barcelona · desde 2015\n"
        "Sant Cugat del Vallès · Barcelona · desde 2018\n"
        "Granollers · Barcelona · desde 2023\n"
        "Comunitat Valenciana (4)\n"
        "València · València · desde 2010\n"
        "Castelló de la Plana · Castelló · desde 2013\n"
        "Elx / Elche · Alacant · desde 2017\n"
        "Gandia · València · desde 2020\n"
        "Illes Balears (2)\n"
        "Palma · Mallorca · desde 2015\n"
        "Maó · Menorca · desde 2024\n"
        "Comunidad Foral de Navarra (1)\n"
        "Pamplona / Iruña · Navarra · desde 2011\n"
        "Principado de Asturias (1)\n"
        "Gijón / Xixón · Asturias · desde 2019\n"
        "La Rioja (1)\n"
        "Logroño · La Rioja · desde 2016",
        "Los datos de adhesión proceden de los acuerdos de pleno comunicados a la Secretaría "
        "técnica. Última actualización: abril de 2025.",
        "San Sebastián|Donostia/ES; Vitoria-Gasteiz/ES; Getxo/ES; Irun/ES; "
        "A Coruña/ES; Santiago de Compostela/ES; Pontevedra/ES; Lugo/ES; Girona/ES; Lleida/ES; "
        "Terrassa/ES; Sant Cugat del Vallès/ES; Granollers/ES; València|Valencia/ES; "
        "Castelló de la Plana/ES; Elche|Elx/ES; Gandia/ES; Palma/ES; Maó|Mahón/ES; "
        "Pamplona/ES; Gijón/ES; Logroño/ES",
        "22 members (count in the heading) under autonomous-community headings with counts, "
        "`Name · province · desde YEAR` with co-official names `Elx / Elche`, `Gijón / Xixón` "
        "and provinces named like cities (Barcelona, València, A Coruña, Alacant); the "
        "secretariat in Zaragoza is not a member",
    ),
    Page(
        "pt-carta-prefeitos-agrupados-por-estado-uf",
        "pt",
        "running_text;state_codes;not_signatory;person_named_like_place",
        "Carta dos prefeitos e prefeitas pelo transporte público coletivo",
        (2025, 5, 20),
        "Início > Notícias > Cartas e manifestos\n\n"
        "Reunidos em Brasília durante a Marcha dos Municípios, prefeitos e prefeitas de médias e "
        "grandes cidades entregaram ao Presidente da República e às presidências da Câmara dos "
        "Deputados e do Senado Federal uma carta em defesa de um marco legal para o "
        "financiamento do transporte público coletivo.\n\n"
        "Na carta, os gestores lembram que a tarifa paga pelo passageiro já não cobre o custo do "
        "serviço e pedem a criação de um fundo nacional, com recursos da União, para reduzir as "
        "tarifas e renovar as frotas com ônibus elétricos, a exemplo do compromisso assumido "
        "pelas cidades brasileiras na COP30, em Belém.\n\n"
        '"Sem o apoio da União, não há como manter o ônibus funcionando e a passagem a um preço '
        'justo", afirmou Teresa Franca, secretária-executiva do fórum e coordenadora da '
        "comissão de mobilidade.",
        "Assinam a carta os prefeitos e as prefeitas de Belo Horizonte, Contagem e Juiz de Fora "
        "(MG); Campinas, Santos, Guarulhos e São Bernardo do Campo (SP); Niterói e Maricá (RJ); "
        "Vitória e Serra (ES); Curitiba e Londrina (PR); Florianópolis e Joinville (SC); Porto "
        "Alegre e Pelotas (RS); Recife e Olinda (PE); Fortaleza (CE) e Teresina (PI).",
        "A íntegra da carta está disponível na área de documentos do portal.\n\n"
        "Leia também: Frente lança guia de concessões de transporte para municípios",
        "Belo Horizonte/BR; Contagem/BR; Juiz de Fora/BR; Campinas/BR; Santos/BR; Guarulhos/BR; "
        "São Bernardo do Campo/BR; Niterói/BR; Maricá/BR; Vitória/BR; Serra/BR; Curitiba/BR; "
        "Londrina/BR; Florianópolis/BR; Joinville/BR; Porto Alegre/BR; Pelotas/BR; Recife/BR; "
        "Olinda/BR; Fortaleza/BR; Teresina/BR",
        "21 cities in one sentence grouped by state, the UF code after each group (`Niterói e "
        "Maricá (RJ)`), ES the code of Espírito Santo; Brasília the venue, Belém the COP30's "
        "venue, a secretary named Franca (a city of SP)",
    ),
    Page(
        "de-at-resolution-staedtetag-titel-vor-und-nach-namen",
        "de",
        "one_a_line;person_before;person_after;person_named_like_place;not_signatory;no_country",
        "Resolution des 74. Österreichischen Städtetages: Gemeindefinanzen sichern",
        (2025, 6, 5),
        "Startseite / Presse / Resolutionen\n\n"
        "Der 74. Österreichische Städtetag hat am 5. Juni 2025 in Wels die folgende Resolution "
        "zu den Gemeindefinanzen beschlossen. Gastgeberin war die Stadt Wels, die die rund 900 "
        "Delegierten in der Messe Wels empfing.\n\n"
        "Die Städte und Gemeinden tragen die Hauptlast bei Kinderbetreuung, Pflege und "
        "öffentlichem Verkehr, erhalten aber aus dem Finanzausgleich einen immer kleineren "
        "Anteil. Die unterzeichnenden Bürgermeisterinnen und Bürgermeister fordern den Bund und "
        "die Länder auf,\n"
        "– die Ertragsanteile der Gemeinden bis 2027 um mindestens einen Prozentpunkt zu "
        "erhöhen,\n"
        "– die Grundsteuer endlich an die heutigen Werte anzupassen und\n"
        "– den Österreichischen Stabilitätspakt so zu gestalten, dass Investitionen in Klimaschutz "
        "nicht als Schulden zählen.\n\n"
        "Erstunterzeichnende:",
        "Mag. Lukas Pirker, Bürgermeister der Landeshauptstadt Klagenfurt am Wörthersee\n"
        "Stadt Villach: Bgm. Gerald Steinwender (SPÖ)\n"
        "Statutarstadt Steyr – Bürgermeister Ing. Martin Aichinger\n"
        "Bettina Kornfeld, MBA, Bürgermeisterin von Wiener Neustadt\n"
        "Bürgermeister DI Harald Reisinger (Stadtgemeinde Leoben)\n"
        "Stadtgemeinde Baden – Bgm.in Christa Hall\n"
        "Dr. Wolfgang Fussenegger, Bürgermeister der Stadt Dornbirn\n"
        "Landeshauptstadt St. Pölten, vertreten durch Vizebürgermeisterin Mag.a Sandra Rauch\n"
        "Bgm.in Ulrike Pacher, BEd (Stadtgemeinde Wolfsberg)\n"
        "Stadt Krems an der Donau: Bürgermeister Mag. Peter Zöchling\n"
        "Bgm. Josef Haslauer – Stadtgemeinde Hallein\n"
        "Bürgermeister Thomas Matt, Stadt Feldkirch",
        "Die Resolution wird dem Bundesminister für Finanzen und der Landeshauptleutekonferenz "
        "übermittelt. Weitere Städte können sich über das Generalsekretariat im Wiener Rathaus "
        "anschließen.\n\n"
        "Resolution als PDF herunterladen",
        "Klagenfurt am Wörthersee|Klagenfurt/AT; Villach/AT; Steyr/AT; Wiener Neustadt/AT; "
        "Leoben/AT; Baden/AT; Dornbirn/AT; St. Pölten|Sankt Pölten/AT; Wolfsberg/AT; "
        "Krems an der Donau/AT; Hallein/AT; Feldkirch/AT",
        "12 Austrian mayors in five orders (`Mag. Name, Bürgermeister der Landeshauptstadt X`, "
        "`Stadt X: Bgm. Name (SPÖ)`, `Bgm.in Name, BEd (Stadtgemeinde X)`...), academic titles "
        "before and after names; the host and venue Wels, the secretariat in Vienna's town hall "
        "and a mayor named Hall (Hall in Tirol) are not signatories",
    ),
    Page(
        "sv-nya-medlemmar-genitiv-kommuner-gemensamt-substantiv",
        "sv",
        "running_text;inflected;few;not_signatory;person_named_like_place",
        "Fyra nya medlemmar i Nätverket för cirkulära kommuner",
        (2025, 4, 29),
        "Start / Nyheter\n\n"
        "Nätverket för cirkulära kommuner växer. Vid årsmötet i Örebro den 24 april hälsade "
        "ordföranden Anders Lund välkomna till fyra nya medlemskommuner.",
        "Härnösands, Eslövs, Arvika och Skellefteå kommuner har under våren fattat beslut i "
        "kommunfullmäktige om att gå med i nätverket, som nu har 38 medlemmar från Ystad i söder "
        "till Kiruna i norr.",
        "– Vi vill lära oss av kommuner som redan har kommit långt med återbruk i byggandet, "
        "säger Maria Sjöberg, hållbarhetsstrateg i Skellefteå kommun.\n\n"
        "Årsmötet valde också om styrelsen. Nästa nätverksträff hålls i Växjö i oktober.",
        "Härnösand/SE; Eslöv/SE; Arvika/SE; Skellefteå/SE",
        "4 new members in Swedish genitives sharing one plural noun (`Härnösands, Eslövs, Arvika "
        "och Skellefteå kommuner`); the venue Örebro, Ystad and Kiruna as the network's extremes, "
        "the next venue Växjö and a chair named Lund are not new members",
    ),
    Page(
        "no-deltakarliste-konferanse-navn-stilling-kommune-tabell",
        "no",
        "table_tabs;person_before;named_twice;not_signatory;person_named_like_place;no_country",
        "Deltakerliste – Kommunenes klimakonferanse 2025",
        (2025, 10, 16),
        "Hjem / Arrangementer / Kommunenes klimakonferanse 2025\n\n"
        "Kommunenes klimakonferanse ble arrangert av KS Trøndelag på Clarion Hotel & Congress "
        "Trondheim 15.–16. oktober 2025. Konferansen samlet politikere og fagfolk fra kommuner "
        "i hele landet, fra Hammerfest i nord til Kristiansand i sør, og statlige etater og "
        "kunnskapsmiljøer.\n\n"
        "Deltakerlisten er publisert med samtykke fra deltakerne. Deltakere som ikke ønsket å "
        "stå på listen, er utelatt.\n\n"
        "Deltakere (48)",
        "Navn\tStilling\tVirksomhet\n"
        "Aasen, Kristin\tklimarådgiver\tBodø kommune\n"
        "Andersen, Tor Egil\tordfører\tNarvik kommune\n"
        "Bakke, Sigrid\tseniorrådgiver\tKS\n"
        "Berg, Hallvard\tkommunedirektør\tLevanger kommune\n"
        "Bjørnstad, Kai\tordfører\tVadsø kommune\n"
        "Brekke, Silje\trådgiver klima og miljø\tVoss herad\n"
        "Dahl, Ingrid\tvaraordfører\tTromsø kommune – Romssa suohkan\n"
        "Eide, Mona\tmiljøvernrådgiver\tKristiansand kommune\n"
        "Eriksen, Jon\tfagleder\tEnova SF\n"
        "Fjeld, Anette\tklimasjef\tStavanger kommune\n"
        "Gundersen, Petter\tordfører\tHammerfest kommune\n"
        "Hagen, Morten\tklimarådgiver\tHorten kommune\n"
        "Hamar, Line\tprosjektleder\tElverum kommune\n"
        "Haugen, Eirik\tordfører\tGjøvik kommune\n"
        "Hoel, Astrid\tkommunalsjef\tBergen kommune\n"
        "Holm, Stine\trådgiver\tStatsforvalteren i Trøndelag\n"
        "Iversen, Marit\tklimarådgiver\tAlta kommune\n"
        "Jakobsen, Kjell\tordfører\tSandnes kommune\n"
        "Johansen, Berit\tseksjonsleder\tOslo kommune, Klimaetaten\n"
        "Karlsen, Øystein\tordfører\tMolde kommune\n"
        "Knutsen, Hanne\tklimarådgiver\tKristiansund kommune\n"
        "Larsen, Per Olav\tordfører\tÅlesund kommune\n"
        "Lie, Ragnhild\tkommunedirektør\tSteinkjer kommune\n"
        "Lund, Tone\trådgiver\tHusbanken\n"
        "Moen, Geir\tordfører\tNamsos kommune\n"
        "Moss, Eirik\tmiljørådgiver\tTønsberg kommune\n"
        "Myhre, Kari\tklimakoordinator\tLillehammer kommune\n"
        "Nilsen, Bjørn\tordfører\tHarstad kommune – Hárstták suohkan\n"
        "Nordby, Siv\trådgiver\tNotodden kommune\n"
        "Nygård, Linn\trådgiver\tKongsvinger kommune\n"
        "Olsen, Trude\tklimarådgiver\tDrammen kommune\n"
        "Pedersen, Arne\tvaraordfører\tKongsberg kommune\n"
        "Rasmussen, Eva\tklimasjef\tAsker kommune\n"
        "Solberg, Hege\trådgiver\tLillestrøm kommune\n"
        "Strand, Anders\tordfører\tFredrikstad kommune\n"
        "Sund, Maren\tmiljøsjef\tSarpsborg kommune\n"
        "Svendsen, Ola\tordfører\tHalden kommune\n"
        "Sætre, Ingvild\trådgiver\tBodø kommune\n"
        "Thorsen, Vegard\tklimarådgiver\tSandefjord kommune\n"
        "Tveit, Randi\tordfører\tSogndal kommune\n"
        "Ulvestad, Kjersti\tseniorrådgiver\tLarvik kommune\n"
        "Vik, Håkon\tordfører\tPorsgrunn kommune\n"
        "Wold, Janne\trådgiver\tSkien kommune\n"
        "Ødegård, Terje\tordfører\tArendal kommune\n"
        "Østby, Nina\tklimarådgiver\tGrimstad kommune\n"
        "Øvrebø, Sander\trådgiver\tStavanger kommune\n"
        "Åsen, Guro\tstipendiat\tNTNU\n"
        "Åsland, Ivar\tordfører\tHaugesund kommune",
        "Presentasjonene fra konferansen legges ut her innen en uke.\n\n"
        "Neste års konferanse holdes i Bodø.",
        "Bodø/NO; Narvik/NO; Levanger/NO; Vadsø/NO; Voss/NO; Tromsø/NO; Kristiansand/NO; "
        "Stavanger/NO; Hammerfest/NO; Horten/NO; Elverum/NO; Gjøvik/NO; Bergen/NO; Alta/NO; "
        "Sandnes/NO; Oslo/NO; Molde/NO; Kristiansund/NO; Ålesund/NO; Steinkjer/NO; Namsos/NO; "
        "Tønsberg/NO; Lillehammer/NO; Harstad/NO; Notodden/NO; Kongsvinger/NO; Drammen/NO; "
        "Kongsberg/NO; Asker/NO; Lillestrøm/NO; Fredrikstad/NO; Sarpsborg/NO; Halden/NO; "
        "Sandefjord/NO; Sogndal/NO; Larvik/NO; Porsgrunn/NO; Skien/NO; Arendal/NO; "
        "Grimstad/NO; Haugesund/NO",
        "48 participants in a tab table `Surname, First\\ttitle\\tbody` sorted by surname: 41 "
        "kommuner (Bodø and Stavanger twice, `Voss herad`, Sámi names after a dash), state "
        "bodies, KS and NTNU that are not municipalities; people named Hamar, Moss and Lund; "
        "the venue Trondheim, Hammerfest and Kristiansand in the text as extremes, Bodø the next "
        "venue",
    ),
    Page(
        "fi-jasenkunnat-kortit-kaksikieliset-nimet-maakunta",
        "fi",
        "one_a_line;region_after;columns_after;no_country;not_signatory",
        "Jäsenkunnat – Kestävien kuntien verkosto",
        (2025, 3, 12),
        "Etusivu / Verkosto / Jäsenkunnat\n\n"
        "Kestävien kuntien verkostoon kuuluu 15 kuntaa ja kaupunkia eri puolilta Suomea. Jäsenet "
        "sitoutuvat vähentämään päästöjään ja raportoimaan edistymisestään vuosittain. "
        "Verkostoa koordinoi Suomen ympäristökeskus Syke Helsingistä.\n\n"
        "Maakunta\nKaikki maakunnat\nHae kuntaa\n\nNäytetään 15 jäsentä",
        "Hämeenlinna\nKanta-Häme\nJäsen vuodesta 2012\nLue lisää\n"
        "Porvoo – Borgå\nUusimaa\nJäsen vuodesta 2010\nLue lisää\n"
        "Kokkola – Karleby\nKeski-Pohjanmaa\nJäsen vuodesta 2014\nLue lisää\n"
        "Vaasa – Vasa\nPohjanmaa\nJäsen vuodesta 2011\nLue lisää\n"
        "Parainen – Pargas\nVarsinais-Suomi\nJäsen vuodesta 2019\nLue lisää\n"
        "Ii\nPohjois-Pohjanmaa\nJäsen vuodesta 2008\nLue lisää\n"
        "Lappeenranta\nEtelä-Karjala\nJäsen vuodesta 2013\nLue lisää\n"
        "Joensuu\nPohjois-Karjala\nJäsen vuodesta 2010\nLue lisää\n"
        "Kuopio\nPohjois-Savo\nJäsen vuodesta 2016\nLue lisää\n"
        "Seinäjoki\nEtelä-Pohjanmaa\nJäsen vuodesta 2015\nLue lisää\n"
        "Rovaniemi\nLappi\nJäsen vuodesta 2018\nLue lisää\n"
        "Kajaani\nKainuu\nJäsen vuodesta 2020\nLue lisää\n"
        "Loviisa – Lovisa\nUusimaa\nJäsen vuodesta 2021\nLue lisää\n"
        "Pietarsaari – Jakobstad\nPohjanmaa\nJäsen vuodesta 2022\nLue lisää\n"
        "Savonlinna\nEtelä-Savo\nJäsen vuodesta 2023\nLue lisää",
        "Haluaako kuntasi mukaan verkostoon? Ota yhteyttä koordinaattoriin.",
        "Hämeenlinna/FI; Porvoo/FI; Kokkola/FI; Vaasa/FI; Pargas|Parainen/FI; Ii/FI; "
        "Lappeenranta/FI; Joensuu/FI; Kuopio/FI; Seinäjoki/FI; Rovaniemi/FI; Kajaani/FI; "
        "Loviisa/FI; Jakobstad|Pietarsaari/FI; Savonlinna/FI",
        "15 member cards four lines each (name, maakunta, `Jäsen vuodesta YEAR`, `Lue lisää`), "
        "bilingual names `Porvoo – Borgå`, the two-letter Ii; the coordinator Syke in Helsinki "
        "(`Helsingistä`) is not a member",
    ),
    Page(
        "lt-rezoliucija-suvaziavimas-savivaldybes-meras-kilmininkas",
        "lt",
        "one_a_line;inflected;person_after;not_signatory;no_country",
        "Savivaldybių suvažiavimo rezoliucija dėl regioninės politikos",
        (2025, 9, 19),
        "Pradžia › Naujienos › Rezoliucijos\n\n"
        "Rugsėjo 18–19 d. Trakuose vykusiame savivaldybių suvažiavime merai priėmė rezoliuciją "
        "dėl regioninės politikos. Suvažiavimo dalyvius pasveikino Trakų rajono savivaldybės "
        "meras ir Lietuvos Respublikos Seimo Pirmininkas.\n\n"
        "Rezoliucijoje merai ragina Vyriausybę:\n"
        "1. išlaikyti mažesnių savivaldybių mokyklas ir sveikatos priežiūros įstaigas;\n"
        "2. didinti savivaldybių biudžetų pajamas iš gyventojų pajamų mokesčio;\n"
        "3. finansuoti regioninio viešojo transporto jungtis su Vilniumi, Kaunu ir Klaipėda.\n\n"
        "Rezoliuciją pasirašė:",
        "Alytaus miesto savivaldybės meras Tomas Petrauskas\n"
        "Birštono savivaldybės merė Rasa Kazlauskienė\n"
        "Druskininkų savivaldybės meras Andrius Jankauskas\n"
        "Neringos savivaldybės merė Dalia Stankevičienė\n"
        "Palangos miesto savivaldybės meras Mindaugas Vaitkus\n"
        "Utenos rajono savivaldybės meras Darius Žukauskas\n"
        "Marijampolės savivaldybės merė Inga Butkienė\n"
        "Plungės rajono savivaldybės meras Audrius Paulauskas\n"
        "Telšių rajono savivaldybės meras Gintaras Urbonas\n"
        "Kėdainių rajono savivaldybės merė Jolanta Navickienė\n"
        "Rokiškio rajono savivaldybės meras Vytautas Kavaliauskas",
        "Rezoliucija perduota Lietuvos Respublikos Vyriausybei ir Seimo Valstybės valdymo ir "
        "savivaldybių komitetui.\n\n"
        "Rezoliucija (PDF, 180 KB)",
        "Alytus/LT; Birštonas/LT; Druskininkai/LT; Neringa/LT; Palanga/LT; Utena/LT; "
        "Marijampolė/LT; Plungė/LT; Telšiai/LT; Kėdainiai/LT; Rokiškis/LT",
        "11 signatories as `X (miesto/rajono) savivaldybės meras/merė Name`, the municipality in "
        "the genitive; the venue `Trakuose` and its mayor, Vilnius, Kaunas and Klaipėda in the "
        "text (instrumental) are not signatories",
    ),
    Page(
        "pl-sprawozdanie-pdf-czlonkowie-wojewodztwa-podzial-stron",
        "pl",
        "numbered;region_heading;columns_after;broken_lines;not_signatory;no_country",
        "Sprawozdanie z działalności Stowarzyszenia Miast Średnich za 2024 rok",
        (2025, 5, 8),
        "Strona główna » Dokumenty » Sprawozdania\n\n"
        "Sprawozdanie z działalności za 2024 rok przyjęło Walne Zgromadzenie Członków obradujące "
        "w Toruniu 24 kwietnia 2025 r. Poniżej publikujemy rozdział 2 sprawozdania (wersja "
        "tekstowa pliku PDF).\n\n"
        "2. Członkowie Stowarzyszenia\n\n"
        "Na dzień 31 grudnia 2024 r. Stowarzyszenie liczyło 46 członków – miast na prawach "
        "powiatu i gmin miejskich. W 2024 r. do Stowarzyszenia przystąpiły Gorlice i Żyrardów; "
        "nikt nie wystąpił. Zarząd Stowarzyszenia ma siedzibę w Poznaniu.\n\n"
        "Tabela 3. Członkowie Stowarzyszenia według województw (stan na 31.12.2024)\n"
        "Lp. Członek Rok przystą- Liczba\npienia mieszkańców",
        "województwo dolnośląskie\n"
        "1. Miasto Bolesławiec 1996 37 012\n"
        "2. Miasto Jelenia Gó-\nra 1991 75 468\n"
        "3. Legnica – miasto na prawach powiatu 1991 93 006\n"
        "4. Gmina Wałbrzych 1993 106 450\n"
        "5. Gmina Miasto Świdnica 1995 54 113\n"
        "województwo kujawsko-pomorskie\n"
        "6. Miasto Grudziądz 1991 92 552\n"
        "7. Miasto Inowrocław 1994 70 214\n"
        "8. Gmina Miasto Włocławek 1991 100 174\n"
        "województwo lubelskie\n"
        "9. Miasto Chełm 1992 59 004\n"
        "10. Gmina Miejska Kraśnik 2001 33 125\n"
        "11. Miasto Puławy 1997 45 866\n"
        "12. Miasto Zamość 1991 59 632\n"
        "13. Miasto Biała Podlaska 1993 55 710\n"
        "województwo lubuskie\n"
        "14. Miasto Gorzów Wielkopolski 1991 116 529\n"
        "15. Miasto Zielona Góra 1991 139 819\n"
        "16. Gmina Żary o statusie miejskim 2006 35 888\n"
        "województwo łódzkie\n"
        "17. Miasto Piotrków Trybunal-\nski 1992 70 088\n"
        "18. Miasto Skierniewice 1995 46 317\n"
        "19. Miasto Zduńska Wola 2003 40 372\n"
        "20. Miasto Bełchatów 1998 55 448\n"
        "województwo małopolskie\n"
        "21. Miasto Nowy Sącz 1991 81 792\n"
        "22. Gmina Miasta Tarnowa 1991 105 922\n"
        "23. Miasto Oświęcim 1996 35 345\n"
        "24. Gmina Miasto Gorlice 2024 26 612\n\n"
        "Sprawozdanie z działalności Stowarzyszenia Miast Średnich za 2024 r.\n"
        "– 7 –\n\n"
        "Stowarzyszenie Miast Średnich\n"
        "województwo mazowieckie\n"
        "25. Miasto Płock 1991 113 660\n"
        "26. Miasto Siedlce 1993 76 403\n"
        "27. Miasto Ostrołęka 1994 50 554\n"
        "28. Miasto Żyrardów 2024 39 413\n"
        "województwo opolskie\n"
        "29. Gmina Kędzierzyn-\n-Koźle 1995 58 523\n"
        "30. Gmina Nysa 2000 55 148\n"
        "31. Gmina Miejska Brzeg 1998 34 760\n"
        "województwo podkarpackie\n"
        "32. Gmina Miejska Przemyśl 1991 57 140\n"
        "33. Gmina Miasto Krosno 1995 45 097\n"
        "34. Gmina Miasta Sanoka 2002 35 786\n"
        "35. Gmina Miejska Mielec 1997 59 200\n"
        "województwo podlaskie\n"
        "36. Miasto Suwałki 1992 68 730\n"
        "37. Miasto Łomża 1991 61 565\n"
        "województwo pomorskie\n"
        "38. Miasto Słupsk 1991 88 553\n"
        "39. Gmina Miejska Tczew 1999 58 833\n"
        "województwo śląskie\n"
        "40. Miasto Bielsko-Biała 1991 166 765\n"
        "41. Miasto Rybnik 1993 135 072\n"
        "województwo świętokrzyskie\n"
        "42. Gmina Ostrowiec Świę-\ntokrzyski 1996 62 630\n"
        "województwo warmińsko-mazurskie\n"
        "43. Gmina Miasto Elbląg 1991 113 878\n"
        "44. Gmina Miasto Ełk 2000 60 867\n"
        "województwo wielkopolskie\n"
        "45. Miasto Kalisz 1991 96 913\n"
        "województwo zachodniopomorskie\n"
        "46. Miasto Koszalin 1991 105 600",
        "Źródło: dane członków; liczba mieszkańców według GUS, stan na 30.06.2024.\n\n"
        "Sprawozdanie z działalności Stowarzyszenia Miast Średnich za 2024 r.\n"
        "– 8 –\n\n"
        "3. Organy Stowarzyszenia\n\n"
        "Zarządem Stowarzyszenia w 2024 r. kierował prezydent Miasta Konina, a funkcję "
        "wiceprzewodniczącego pełnił burmistrz Miasta Malborka.\n\n"
        "Pobierz pełne sprawozdanie (PDF, 2,4 MB)",
        "Bolesławiec/PL; Jelenia Góra/PL; Legnica/PL; Wałbrzych/PL; Świdnica/PL; Grudziądz/PL; "
        "Inowrocław/PL; Włocławek/PL; Chełm/PL; Kraśnik/PL; Puławy/PL; Zamość/PL; "
        "Biała Podlaska/PL; Gorzów Wielkopolski/PL; Zielona Góra/PL; Żary/PL; "
        "Piotrków Trybunalski/PL; Skierniewice/PL; Zduńska Wola/PL; Bełchatów/PL; "
        "Nowy Sącz/PL; Tarnów/PL; Oświęcim/PL; Gorlice/PL; Płock/PL; Siedlce/PL; Ostrołęka/PL; "
        "Żyrardów/PL; Kędzierzyn-Koźle/PL; Nysa/PL; Brzeg/PL; Przemyśl/PL; Krosno/PL; "
        "Sanok/PL; Mielec/PL; Suwałki/PL; Łomża/PL; Słupsk/PL; Tczew/PL; Bielsko-Biała/PL; "
        "Rybnik/PL; Ostrowiec Świętokrzyski/PL; Elbląg/PL; Ełk/PL; Kalisz/PL; Koszalin/PL",
        "46 members from a PDF table under województwo headings: `N. Miasto X YEAR POP` with "
        "populations written with a space, official names `Gmina Miasta Tarnowa`, `Gmina Miasta "
        "Sanoka` in the genitive, names broken at line ends (`Jelenia Gó-` / `ra`, "
        "`Kędzierzyn-` / `-Koźle`), a running header and page number between entries 24 and "
        "25; the venue `w Toruniu`, the seat Poznań and the board's Konin and Malbork (genitive, "
        "after the list) are not members",
    ),
    Page(
        "sk-vyhlasenie-k8-primatori-tituly-genitiv-nominativ",
        "sk",
        "one_a_line;person_before;inflected;not_signatory;no_country",
        "Vyhlásenie primátorov krajských miest k financovaniu samospráv",
        (2025, 3, 14),
        "Domov › Aktuality › Stanoviská\n\n"
        "Primátori a primátorky ôsmich krajských miest (K8) sa stretli 14. marca 2025 v "
        "Piešťanoch na pravidelnom rokovaní. Na záver prijali spoločné vyhlásenie k návrhu "
        "konsolidačných opatrení vlády, ktoré podľa nich presúvajú náklady štátu na mestá.\n\n"
        "„Mestá nemôžu donekonečna dotovať úlohy, ktoré im štát prenesie bez peňazí,“ povedal "
        "po rokovaní predseda Únie miest Slovenska.\n\n"
        "Vyhlásenie K8\n\n"
        "My, primátori krajských miest Slovenskej republiky, žiadame vládu, aby:\n"
        "• vrátila mestám podiel na dani z príjmov fyzických osôb na úroveň roku 2019,\n"
        "• kompenzovala mestám náklady na prenesený výkon štátnej správy v plnej výške,\n"
        "• prizvala mestá k príprave rozpočtu verejnej správy na rok 2026.\n\n"
        "V Piešťanoch 14. marca 2025",
        "Ing. Marek Hudák, PhD., primátor hlavného mesta Slovenskej republiky Bratislavy\n"
        "JUDr. Peter Kováč, primátor mesta Košice\n"
        "Ing. Zuzana Sabolová, primátorka mesta Prešov\n"
        "Mgr. Tomáš Hrivnák, primátor mesta Žiliny\n"
        "Ing. arch. Ján Slančík, primátor mesta Banská Bystrica\n"
        "Mgr. Roman Kollár, primátor mesta Nitry\n"
        "PhDr. Ivana Baranová, primátorka mesta Trnavy\n"
        "Ing. Michal Jurčo, PhD., primátor mesta Trenčín",
        "Vyhlásenie bolo zaslané predsedovi vlády a ministrovi financií.\n\n"
        "Súvisiace: Únia miest Slovenska víta nových členov",
        "Bratislava/SK; Košice/SK; Prešov/SK; Žilina/SK; Banská Bystrica/SK; Nitra/SK; "
        "Trnava/SK; Trenčín/SK",
        "8 regional capitals as `Title Name, Title, primátor(ka) mesta X`, some names in the "
        "genitive (`Bratislavy`, `Žiliny`, `Nitry`, `Trnavy`), others nominative; the meeting "
        "and signing place `v Piešťanoch` is not a signatory",
    ),
    Page(
        "sr-novi-clanovi-skupstina-akuzativ-gradove-opstine",
        "sr",
        "running_text;inflected;not_signatory",
        "Šest novih članica Mreže gradova i opština za energetsku efikasnost",
        (2025, 11, 21),
        "Početna / Vesti\n\n"
        "Skupština Mreže gradova i opština za energetsku efikasnost, održana 20. novembra u "
        "Kragujevcu, jednoglasno je usvojila izveštaj o radu za 2025. godinu i plan aktivnosti "
        "za narednu godinu.",
        "Skupština je primila u članstvo gradove Čačak i Vranje i opštine Knjaževac, Bačku "
        "Topolu, Kladovo i Ivanjicu, tako da Mreža sada okuplja 34 lokalne samouprave iz cele "
        "Srbije.",
        "„Za opštinu naše veličine razmena iskustava sa većim gradovima je dragocena, naročito "
        "kada pripremamo projekte za javnu rasvetu i zgrade škola“, rekla je predsednica "
        "opštine Kladovo.\n\n"
        "Sekretarijat Mreže, sa sedištem u Beogradu, organizovaće u februaru obuku za "
        "energetske menadžere novih članica u Nišu.",
        "Čačak/RS; Vranje/RS; Knjaževac/RS; Bačka Topola/RS; Kladovo/RS; Ivanjica/RS",
        "6 new members in one Serbian Latin sentence after `gradove` and `opštine`, some in the "
        "accusative (`Bačku Topolu`, `Ivanjicu`); the venue `u Kragujevcu`, the secretariat in "
        "Belgrade (`u Beogradu`) and the training in Niš (`u Nišu`) are not members",
    ),
    Page(
        "ja-kyodo-sengen-shichou-shomei-basho-myouji",
        "ja",
        "one_a_line;person_after;person_named_like_place;not_signatory;no_country",
        "中核市脱炭素共同宣言",
        (2025, 11, 6),
        "ホーム ＞ 新着情報 ＞ 宣言・提言\n\n"
        "令和7年11月6日、金沢市で開催された「中核市環境サミット2025」において、参加5市の市長が"
        "「中核市脱炭素共同宣言」に署名しました。会議の冒頭、開催市を代表して金沢市長が歓迎の"
        "あいさつを行いました。\n\n"
        "中核市脱炭素共同宣言\n\n"
        "私たち中核市は、パリ協定の目標の達成に向け、次の取組を連携して進めることを宣言します。\n"
        "一　2050年までに温室効果ガス排出量を実質ゼロとすること\n"
        "二　公共施設への再生可能エネルギーの導入を率先して進めること\n"
        "三　地域の事業者及び市民と協働し、脱炭素型のまちづくりを進めること\n\n"
        "令和7年11月6日",
        "富山市長　松本　隆\n"
        "松山市長　高橋　美穂\n"
        "宇都宮市長　福島　誠\n"
        "高松市長　中村　亮\n"
        "岐阜市長　岡田　由紀子",
        "次回のサミットは令和8年秋に高知市で開催する予定です。\n\n"
        "【問い合わせ先】環境政策課 脱炭素推進係",
        "Toyama/JP; Matsuyama/JP; Utsunomiya/JP; Takamatsu/JP; Gifu/JP",
        "5 signatures `富山市長　Name`, the city glued to the title `市長`, mayors surnamed "
        "松本 (Matsumoto) and 福島 (Fukushima); the venue and host Kanazawa and the next venue "
        "Kochi are not signatories",
    ),
]

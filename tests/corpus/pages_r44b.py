"""Batch r44b: 14 pages written during round 44 (branch accr44b), held out from it.

14 networks in 14 languages, as a user copies their pages in a hurry from PDFs and web pages:
an Australian and New Zealand compact's signature pages (`Cr Name` / `Mayor` / `City of
Ballarat`, `Mildura Rural City Council`, `Hastings District Council`, NZ `Her Worship`) with
running headers `Page 7 of 8`, a council name hyphenated over two lines and footnote markers,
under a venue and above the secretariat's address; a global network's members from an annual
report, by world region with counts, two columns run together (some by one space) with the
country after the city (`Viet Nam`, `Türkiye`, `Tripoli, Lebanon`); a West African
declaration's annex as a tab table of commune, country, signatory, title and date, a running
header between rows, named after its host (`Déclaration de Kaolack`); Colombian mayors in
running text with `y` and departments in brackets (`Armenia (Quindío)`, `Florencia
(Caquetá)`), a venue, an observer that did not sign and a president named Mercedes; Brazilian
members under `REGIÃO SUL (6 municípios)` headings as `Londrina – PR` lines whose UF codes are
countries' (`RO`, `PA`, `PE`, `MT`), one hyphenated, a page number, a secretary named Lorena;
German `Für die Stadt X` / name / title signature blocks with `Universitätsstadt`,
`Wissenschaftsstadt`, `Landeshauptstadt Graz`, Swiss `Stadtpräsidentin`, a title and a town
hyphenated over lines, running headers; Italian running text with `e` where two Comuni only
announced their signature and the network's president is called Messina; Romanian members under
development regions with counts, `Municipiul X, județul Y`, a county council and a
metropolitan association; Bulgarian numbered `Община X – Name, кмет` lines from a PDF with a
mayor named София, a hyphenated `Велико Тър-/ново` and a host that did not sign; Serbian
Latin `Grad X` / `Opština X` in two columns run together under regions with counts; a
Slovenian tab table of `Mestna občina X` with region, mayor and date columns under a venue in
the locative (`v Novem mestu`); an Estonian news item with no list at all (the declaration
opens for signature in the autumn); Latvian genitive plurals in running text with `un`
(`Valmieras, Cēsu ... un Limbažu novadu pašvaldību vadītāji`); a Japanese table of `札幌市`,
`北海道`, `市長　Name` and dates with a PDF page number `- 2 -` and a venue.

The people, networks and texts are invented; the places are real. Written without reading
the reader or running it.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r44b-au-nz-compact-pdf-signature-blocks-cr-mayor",
        "en",
        "one_a_line;person_before;broken_lines;no_country;not_signatory",
        "Regional Cities Heat Resilience Compact – Signatories",
        (2024, 3, 19),
        "The Regional Cities Heat Resilience Compact was adopted at the Southern Regional Cities "
        "Forum in Cairns on 14 March 2024. Signing councils commit to adopting a heat action "
        "plan within two years, to shading every public playground they manage by 2030, and to "
        "reporting each year to the Forum secretariat on hospital admissions during heatwaves.\n\n"
        "The signature pages below are copied from the signed compact (PDF, 2.1 MB).",
        "SIGNED by the following Mayors on behalf of their councils\n\n"
        "Cr Rosalind Tebbutt\nMayor\nCity of Ballarat\n\n"
        "Cr Harlan McGivern\nMayor, Townsville City Coun-\ncil\n\n"
        "Alderman Josie Brennock\nLord Mayor\nCity of Hobart¹\n\n"
        "Regional Cities Heat Resilience Compact                              Page 6 of 8\n\n"
        "Cr Anthony Vlahakis\nMayor\nCity of Greater Bendigo\n\n"
        "Cr Wendell Ashdown\nMayor\nMildura Rural City Council\n\n"
        "Cr Imogen Farrelly-Kwan\nMayor\nDubbo Regional Council\n\n"
        "Cr Bruno Castellani\nMayor, City of Wagga\nWagga\n\n"
        "Regional Cities Heat Resilience Compact                              Page 7 of 8\n\n"
        "Her Worship Ngaire Tamatea-Holt\nMayor of Dunedin\nDunedin City Council\n\n"
        "His Worship Callum Rarity\nMayor, Palmer-\nston North City Council\n\n"
        "Deputy Mayor Teresa Whiumoana²\non behalf of the Mayor\nHastings District Council\n\n"
        "Her Worship Anika Soderberg\nMayor of Invercargill\nInvercargill City Council\n\n"
        "Regional Cities Heat Resilience Compact                              Page 8 of 8",
        "¹ Signed by the Lord Mayor subject to endorsement at the council meeting of "
        "26 March 2024.\n"
        "² Signed on behalf of the Mayor, who was unable to travel.\n\n"
        "The compact remains open for signature. Councils wishing to sign should contact the "
        "Forum secretariat, Level 3, 45 Flinders Street, Adelaide SA 5000.",
        "Ballarat/AU; Townsville/AU; Hobart/AU; Bendigo/AU; Mildura/AU; Dubbo/AU; "
        "Wagga Wagga/AU; Dunedin/NZ; Palmerston North/NZ; Hastings/NZ; Invercargill/NZ",
    ),
    Page(
        "en-r44b-global-members-region-counts-two-columns",
        "en",
        "several_a_line;region_heading;not_signatory",
        "Our member cities",
        (2024, 4, 30),
        "The Urban Water Futures Network brings together 31 cities on five continents that "
        "share what works in flood protection, drinking water and sanitation. Members exchange "
        "staff, co-design pilot projects and meet once a year.\n\n"
        "The list below is taken from our Annual Report 2023 (members as at 31 December 2023).",
        "AFRICA (8)\n"
        "Accra, Ghana                          Kisumu, Kenya¹\n"
        "Addis Ababa, Ethiopia                 Lusaka, Zambia\n"
        "Dakar, Senegal                        Mombasa, Kenya\n"
        "Durban, South Africa                  Windhoek, Namibia\n\n"
        "Urban Water Futures Network – Annual Report 2023                         12\n\n"
        "ASIA AND THE PACIFIC (7)\n"
        "Cebu City, Philippines                Khulna, Bangladesh\n"
        "Chiang Mai, Thailand                  Pune, India\n"
        "Da Nang, Viet Nam                     Surabaya, Indonesia\n"
        "Kathmandu, Nepal\n\n"
        "EUROPE AND CENTRAL ASIA (6)\n"
        "Gdańsk, Poland Malmö, Sweden\n"
        "Ghent, Belgium Porto, Portugal\n"
        "İzmir, Türkiye Tbilisi, Georgia\n\n"
        "LATIN AMERICA AND THE CARIBBEAN (7)\n"
        "Córdoba, Argentina                    Montevideo, Uruguay\n"
        "Curitiba, Brazil                      Rosario, Argentina\n"
        "Guadalajara, Mexico                   Valparaíso, Chile\n"
        "Medellín, Colombia\n\n"
        "NORTH AMERICA (1)\n"
        "Halifax, Canada\n\n"
        "MIDDLE EAST AND NORTH AFRICA (2)\n"
        "Agadir, Morocco                       Tripoli, Lebanon²",
        "¹ Associate member.\n² Rejoined in 2023.\n\n"
        "The Network's secretariat is hosted by the City of Rotterdam. Cities interested in "
        "joining can write to the membership team.",
        "Accra/GH; Kisumu/KE; Addis Ababa/ET; Lusaka/ZM; Dakar/SN; Mombasa/KE; Durban/ZA; "
        "Windhoek/NA; Cebu City/PH; Khulna/BD; Chiang Mai/TH; Pune/IN; Da Nang/VN; "
        "Surabaya/ID; Kathmandu/NP; Gdańsk/PL; Malmö/SE; Ghent/BE; Porto/PT; İzmir/TR; "
        "Tbilisi/GE; Córdoba/AR; Montevideo/UY; Curitiba/BR; Rosario/AR; Guadalajara/MX; "
        "Valparaíso/CL; Medellín/CO; Halifax/CA; Agadir/MA; Tripoli/LB",
    ),
    Page(
        "fr-r44b-afrique-ouest-declaration-tableau-communes-pays",
        "fr",
        "table_tabs;columns_after;country_in_language;person_after;not_signatory",
        "Déclaration de Kaolack sur l'assainissement urbain : liste des signataires",
        (2024, 2, 12),
        "Réunis à Kaolack (Sénégal) les 6 et 7 février 2024 à l'invitation de la commune hôte, "
        "les maires des villes membres du Réseau des villes sahéliennes et côtières pour l'eau "
        "ont adopté la Déclaration de Kaolack. Ils s'engagent à raccorder la moitié des ménages "
        "de leurs quartiers précaires à un système d'assainissement d'ici 2030, à associer les "
        "femmes vidangeuses à la gestion des boues et à publier chaque année leurs résultats.\n\n"
        "Le tableau ci-dessous reprend la liste des signataires telle qu'elle figure en annexe "
        "du document signé.",
        "N°\tCommune\tPays\tSignataire\tQualité\tDate\n"
        "1\tZiguinchor\tSénégal\tMme Khady Sambou-Diatta\tMaire\t07/02/2024\n"
        "2\tThiès\tSénégal\tM. Ousmane Ndour Faye\tMaire\t07/02/2024\n"
        "3\tSaint-Louis\tSénégal\tM. Abdou Lahat Sèye\tPremier adjoint au maire*\t07/02/2024\n"
        "4\tTambacounda\tSénégal\tM. Mamadou Dieng Camara\tMaire\t07/02/2024\n"
        "5\tSégou\tMali\tM. Bakary Tangara\tMaire\t07/02/2024\n"
        "6\tSikasso\tMali\tMme Assétou Dembélé Koné\tMaire\t07/02/2024\n"
        "7\tBobo-Dioulasso\tBurkina Faso\tM. Issouf Sanou Traoré\t"
        "Président de la délégation spéciale\t07/02/2024\n"
        "8\tKoudougou\tBurkina Faso\tMme Rasmata Bayala\tMaire\t07/02/2024\n"
        "Annexe 1 – Déclaration de Kaolack                                   page 4/5\n"
        "9\tBouaké\tCôte d'Ivoire\tM. Konan Yao Kouadio\tMaire\t07/02/2024\n"
        "10\tKorhogo\tCôte d'Ivoire\tM. Zié Soro Ouattara\tMaire\t07/02/2024\n"
        "11\tSan-Pédro\tCôte d'Ivoire\tMme Aya Brou N'Guessan\tMaire\t12/02/2024\n"
        "12\tSokodé\tTogo\tM. Abdou-Fataou Tchédré\tMaire\t07/02/2024\n"
        "13\tKara\tTogo\tM. Essowè Pali Bakali\tMaire*\t07/02/2024\n"
        "14\tParakou\tBénin\tM. Chabi Gounou Sero\tMaire\t07/02/2024\n"
        "15\tAbomey\tBénin\tMme Houéfa Ahouandjinou\tMaire\t12/02/2024\n"
        "16\tZinder\tNiger\tM. Moussa Illa Garba\tAdministrateur délégué\t07/02/2024\n"
        "17\tMaradi\tNiger\tM. Souley Maman Issaka\tAdministrateur délégué\t07/02/2024\n"
        "18\tKankan\tGuinée\tM. Sékou Kaba Condé\tPrésident de la délégation spéciale\t"
        "07/02/2024",
        "* Signature par délégation du maire.\n\n"
        "La déclaration reste ouverte à la signature des autres communes membres jusqu'au "
        "31 décembre 2024. Contact : Secrétariat permanent du Réseau, avenue Kwame Nkrumah, "
        "Ouagadougou.",
        "Ziguinchor/SN; Thiès/SN; Saint-Louis/SN; Tambacounda/SN; Ségou/ML; Sikasso/ML; "
        "Bobo-Dioulasso/BF; Koudougou/BF; Bouaké/CI; Korhogo/CI; San-Pédro/CI; Sokodé/TG; "
        "Kara/TG; Parakou/BJ; Abomey/BJ; Zinder/NE; Maradi/NE; Kankan/GN",
    ),
    Page(
        "es-r44b-colombia-declaracion-alcaldes-departamentos-y",
        "es",
        "running_text;region_after;not_signatory;person_named_like_place;no_country",
        "Firmada la Declaración Andina por el Agua y los Páramos",
        (2024, 8, 26),
        "Doce ciudades intermedias de la región Andina se comprometieron a proteger los páramos "
        "que abastecen sus acueductos, a reducir las pérdidas de agua en sus redes por debajo "
        "del 30 % y a destinar al menos el 1 % de sus ingresos corrientes a la compra y "
        "restauración de predios en las cuencas abastecedoras.",
        "La declaración fue suscrita en Villavicencio (Meta) el pasado 22 de agosto por los "
        "alcaldes y alcaldesas de Pereira (Risaralda), Manizales (Caldas), Armenia (Quindío), "
        "Ibagué (Tolima), Neiva (Huila), Florencia (Caquetá) y Cartago (Valle del Cauca)¹, en "
        "presencia de la presidenta de la Red de Ciudades Andinas por el Agua, Mercedes "
        "Quintero Arbeláez.\n\n"
        "En los días siguientes se adhirieron los municipios boyacenses de Tunja, Sogamoso y "
        "Duitama, así como Zipaquirá, en Cundinamarca, y Yopal (Casanare). La Alcaldía de "
        "Popayán participó como observadora y no firmó el documento.",
        "¹ Firmó el secretario de Planeación municipal en representación del alcalde.\n\n"
        "«El agua de nuestras ciudades nace en los páramos, y cuidarlos es una tarea que ningún "
        "municipio puede hacer solo», afirmó Quintero Arbeláez durante el acto.",
        "Pereira/CO; Manizales/CO; Armenia/CO; Ibagué/CO; Neiva/CO; Florencia/CO; Cartago/CO; "
        "Tunja/CO; Sogamoso/CO; Duitama/CO; Zipaquirá/CO; Yopal/CO",
    ),
    Page(
        "pt-r44b-rede-municipios-regioes-contagem-uf-pdf",
        "pt",
        "one_a_line;region_heading;state_codes;no_country;broken_lines;not_signatory;"
        "person_named_like_place",
        "Municípios membros da Rede Cidades Médias pelo Clima",
        (2024, 5, 8),
        "A Rede Cidades Médias pelo Clima reúne 25 municípios de porte médio de todas as "
        "regiões do país, que trocam experiências sobre arborização urbana, drenagem e "
        "transporte coletivo de baixa emissão. A coordenação executiva está sediada em "
        "Campinas (SP), sob a responsabilidade da secretária-executiva Lorena Baptista.\n\n"
        "Lista extraída do Relatório Anual 2023:",
        "REGIÃO SUL (6 municípios)\n"
        "Londrina – PR\nMaringá – PR\nJoinville – SC\nBlumenau – SC\nChapecó – SC\n"
        "Caxias do Sul – RS\n\n"
        "REGIÃO SUDESTE (7 municípios)\n"
        "Sorocaba – SP\nRibeirão Preto – SP\nSão José dos Cam-\npos – SP\nFranca – SP\n"
        "Juiz de Fora – MG\nUberlândia – MG\nMontes Claros – MG\n\n"
        "Relatório Anual 2023 | Rede Cidades Médias pelo Clima                    17\n\n"
        "REGIÃO NORDESTE (6 municípios)\n"
        "Campina Grande – PB\nCaruaru – PE\nPetrolina – PE\nMossoró – RN\n"
        "Feira de Santana – BA\nVitória da Conquista – BA\n\n"
        "REGIÃO NORTE (3 municípios)\n"
        "Santarém – PA\nMarabá – PA\nPorto Velho – RO\n\n"
        "REGIÃO CENTRO-OESTE (3 municípios)\n"
        "Anápolis – GO\nDourados – MS\nRondonópolis – MT",
        "Quer que seu município faça parte da Rede? Escreva para a coordenação executiva.",
        "Londrina/BR; Maringá/BR; Joinville/BR; Blumenau/BR; Chapecó/BR; Caxias do Sul/BR; "
        "Sorocaba/BR; Ribeirão Preto/BR; São José dos Campos/BR; Franca/BR; Juiz de Fora/BR; "
        "Uberlândia/BR; Montes Claros/BR; Campina Grande/BR; Caruaru/BR; Petrolina/BR; "
        "Mossoró/BR; Feira de Santana/BR; Vitória da Conquista/BR; Santarém/BR; Marabá/BR; "
        "Porto Velho/BR; Anápolis/BR; Dourados/BR; Rondonópolis/BR",
    ),
    Page(
        "de-r44b-erklaerung-pdf-unterschriften-trennung-fussnoten",
        "de",
        "one_a_line;person_after;broken_lines;no_country;not_signatory;majority_other_country",
        "Heidelberger Erklärung zur kommunalen Hitzevorsorge – Unterzeichnende",
        (2024, 9, 23),
        "Auf der Fachtagung „Kühle Städte“ in Heidelberg haben Oberbürgermeisterinnen, "
        "Oberbürgermeister und Stadtpräsidentinnen aus Deutschland, Österreich und der Schweiz "
        "die Heidelberger Erklärung unterzeichnet. Die Städte verpflichten sich, bis 2026 "
        "Hitzeaktionspläne zu beschließen, Trinkbrunnen in allen Stadtteilen einzurichten und "
        "vulnerable Gruppen gezielt zu erreichen.\n\n"
        "Die Unterschriftenseiten der Erklärung (PDF):",
        "Heidelberg, den 18. September 2024\n\n"
        "Für die Stadt Freiburg im Breisgau\nDr. Marlene Oberholzer-Tesch\n"
        "Oberbürgermeisterin\n\n"
        "Für die Stadt Ludwigsburg\nJochen Wiesenthal-Brück\nOberbürger-\nmeister\n\n"
        "Für die Universitätsstadt Tübingen¹\nKatrin Almendinger\nErste Bürgermeisterin\n\n"
        "Heidelberger Erklärung zur kommunalen Hitzevorsorge – Seite 5 von 6\n\n"
        "Für die Stadt Heilbronn\nUwe Kalbfleisch\nOberbürgermeister\n\n"
        "Für die Wissenschaftsstadt Darmstadt\nSelin Karaca-Ostheimer\nOberbürgermeisterin\n\n"
        "Für die Stadt Konstanz\nFlorian Mettlach\nOberbürgermeister\n\n"
        "Für die Landeshauptstadt Graz\nDr. Beate Zirngast\nBürgermeisterin\n\n"
        "Für die Stadt Villach\nGernot Pichlhöfer\nBürgermeister\n\n"
        "Für die Stadt Winterthur\nRegula Stämpfli-Hürlimann\nStadtpräsidentin\n\n"
        "Für die Stadt St. Gal-\nlen\nAndrin Tobler²\nStadtpräsident\n\n"
        "Heidelberger Erklärung zur kommunalen Hitzevorsorge – Seite 6 von 6",
        "¹ In Vertretung des Oberbürgermeisters.\n"
        "² Vorbehaltlich der Zustimmung des Stadtparlaments.\n\n"
        "Weitere Städte können der Erklärung jederzeit beitreten. Die Geschäftsstelle des "
        "Netzwerks Kühle Städte befindet sich in Kassel.",
        "Freiburg im Breisgau/DE; Ludwigsburg/DE; Tübingen/DE; Heilbronn/DE; Darmstadt/DE; "
        "Konstanz/DE; Graz/AT; Villach/AT; Winterthur/CH; St. Gallen/CH",
    ),
    Page(
        "it-r44b-carta-sindaci-testo-e-note",
        "it",
        "running_text;not_signatory;person_named_like_place;no_country",
        "Carta dei Comuni per la mobilità attiva: le prime firme",
        (2024, 6, 14),
        "Si è chiusa ieri a Bologna, nella sala del Consiglio comunale, l'assemblea annuale "
        "della Rete dei Comuni Ciclabili della Pianura e dell'Adriatico. L'assemblea ha "
        "approvato all'unanimità la Carta per la mobilità attiva, che impegna i firmatari a "
        "realizzare zone 30 intorno a tutte le scuole entro il 2027 e a raddoppiare i "
        "parcheggi per biciclette nelle stazioni ferroviarie.",
        "Hanno sottoscritto la Carta i sindaci e le sindache di Ferrara, Ravenna, Forlì, "
        "Cesena, Rimini e Faenza, insieme all'assessora alla mobilità di Reggio nell'Emilia¹, "
        "delegata dal sindaco. Nel corso della giornata hanno firmato anche i Comuni di "
        "Piacenza, Cremona e Mantova, mentre Lodi e Pesaro hanno annunciato la firma per il "
        "prossimo autunno, dopo il voto dei rispettivi Consigli comunali.",
        "¹ Firma per delega del sindaco.\n\n"
        "«Bologna è orgogliosa di aver ospitato un passo così concreto», ha dichiarato il "
        "presidente della Rete, Ernesto Messina. «Ora la Carta va tradotta in cantieri.»",
        "Ferrara/IT; Ravenna/IT; Forlì/IT; Cesena/IT; Rimini/IT; Faenza/IT; "
        "Reggio nell'Emilia/IT; Piacenza/IT; Cremona/IT; Mantova/IT",
    ),
    Page(
        "ro-r44b-membri-regiuni-numar-municipiul-judet",
        "ro",
        "one_a_line;region_heading;region_after;body_not_city;no_country",
        "Membrii Rețelei Orașelor pentru Aer Curat",
        (2024, 3, 4),
        "Rețeaua Orașelor pentru Aer Curat reunește municipii, consilii județene și asociații "
        "de dezvoltare intercomunitară care își propun să reducă poluarea cu particule fine "
        "sub pragurile recomandate până în 2030. Lista membrilor, pe regiuni de dezvoltare "
        "(actualizată la 1 martie 2024):",
        "Regiunea Nord-Vest (4 membri)\n"
        "Municipiul Oradea, județul Bihor\n"
        "Municipiul Cluj-Napoca, județul Cluj\n"
        "Municipiul Baia Mare, județul Maramureș\n"
        "Municipiul Zalău, județul Sălaj\n\n"
        "Regiunea Centru (5 membri)\n"
        "Municipiul Sibiu, județul Sibiu\n"
        "Consiliul Județean Sibiu\n"
        "Municipiul Alba Iulia, județul Alba\n"
        "Municipiul Sighișoara, județul Mureș\n"
        "Asociația de Dezvoltare Intercomunitară Zona Metropolitană Brașov\n\n"
        "Regiunea Nord-Est (3 membri)\n"
        "Municipiul Iași, județul Iași\n"
        "Municipiul Suceava, județul Suceava\n"
        "Municipiul Piatra Neamț, județul Neamț\n\n"
        "Regiunea Vest (3 membri)\n"
        "Municipiul Timișoara, județul Timiș\n"
        "Municipiul Arad, județul Arad\n"
        "Municipiul Lugoj, județul Timiș\n\n"
        "Regiunea Sud-Vest Oltenia (2 membri)\n"
        "Municipiul Craiova, județul Dolj\n"
        "Municipiul Râmnicu Vâlcea, județul Vâlcea\n\n"
        "Regiunea Sud-Est (2 membri)\n"
        "Municipiul Galați, județul Galați\n"
        "Municipiul Brăila, județul Brăila",
        "Secretariatul rețelei: Str. Academiei nr. 7, sector 1, București. Aderarea este "
        "deschisă tuturor unităților administrativ-teritoriale din România.",
        "Oradea/RO; Cluj-Napoca/RO; Baia Mare/RO; Zalău/RO; Sibiu/RO; "
        "Consiliul Județean Sibiu|Sibiu County/RO/county; Alba Iulia/RO; Sighișoara/RO; "
        "Zona Metropolitană Brașov|Brașov Metropolitan Area/RO/metropolitan area; Iași/RO; "
        "Suceava/RO; Piatra Neamț/RO; Timișoara/RO; Arad/RO; Lugoj/RO; Craiova/RO; "
        "Râmnicu Vâlcea/RO; Galați/RO; Brăila/RO",
    ),
    Page(
        "bg-r44b-deklaratsia-obshtini-kmet-numerirani-pdf",
        "bg",
        "numbered;person_after;person_named_like_place;broken_lines;not_signatory;no_country",
        "Декларация на дунавските и северните общини за чиста вода – подписали",
        (2024, 10, 2),
        "На 27 септември 2024 г. в Плевен кметовете на единадесет общини от Северна България "
        "подписаха Декларация за чиста вода. Общините се ангажират да намалят загубите на вода "
        "във водопроводните мрежи, да изградят пречиствателни станции за всички населени места "
        "над 2000 жители и да информират редовно гражданите за качеството на питейната вода. "
        "Домакин на срещата беше Община Плевен, която координира работата по декларацията.\n\n"
        "Подписали (по реда на подписване, от протокола в PDF):",
        "1. Община Видин – Калоян Стоянов Ганчев, кмет\n"
        "2. Община Враца – Десислава Миткова Пенева, кмет\n"
        "3. Община Монтана – Тодор Асенов Лилков, кмет\n"
        "4. Община Ловеч – София Неделчева Бакалова, кмет\n"
        "Декларация за чиста вода 2024                                        стр. 3\n"
        "5. Община Русе – Петьо Илиев Жечков, заместник-кмет (упълномощен)\n"
        "6. Община Силистра – Николина Добрева Чакърова, кмет\n"
        "7. Община Разград – Веселин Русев Мирчев, кмет\n"
        "8. Община Шумен – Стилиян Колев Бърдаров, кмет\n"
        "9. Община Добрич – Ралица Пламенова Дечева, кмет\n"
        "10. Община Велико Тър-\nново – Борислав Христов Гечев, кмет\n"
        "11. Община Габрово – Мариела Кънчева Витанова, кмет",
        "Декларацията остава отворена за присъединяване на други общини. Контакт: "
        "Секретариат на инициативата, Община Плевен.",
        "Vidin/BG; Vratsa/BG; Montana/BG; Lovech/BG; Ruse/BG; Silistra/BG; Razgrad/BG; "
        "Shumen/BG; Dobrich/BG; Veliko Tarnovo/BG; Gabrovo/BG",
    ),
    Page(
        "sr-r44b-clanice-okruzi-dve-kolone",
        "sr",
        "several_a_line;region_heading;no_country",
        "Članice Mreže gradova i opština za čist vazduh",
        (2024, 2, 20),
        "Mreža gradova i opština za čist vazduh okuplja lokalne samouprave koje zajedno rade "
        "na smanjenju zagađenja vazduha iz individualnih ložišta i saobraćaja. Spisak članica "
        "preuzet je iz Godišnjeg izveštaja za 2023. godinu.",
        "Vojvodina (6)\n"
        "Grad Novi Sad                    Grad Zrenjanin\n"
        "Grad Subotica                    Grad Sombor\n"
        "Grad Pančevo                     Opština Inđija\n\n"
        "Šumadija i Zapadna Srbija (7)\n"
        "Grad Kragujevac                  Grad Užice\n"
        "Grad Čačak                       Grad Šabac\n"
        "Grad Kraljevo                    Opština Arilje\n"
        "Grad Valjevo\n\n"
        "Mreža gradova i opština za čist vazduh – Godišnji izveštaj 2023        9\n\n"
        "Južna i Istočna Srbija (6)\n"
        "Grad Niš Grad Pirot\n"
        "Grad Leskovac Grad Zaječar\n"
        "Grad Vranje Opština Knjaževac",
        "Sedište Mreže: Takovska 14, Beograd.",
        "Novi Sad/RS; Zrenjanin/RS; Subotica/RS; Sombor/RS; Pančevo/RS; Inđija/RS; "
        "Kragujevac/RS; Užice/RS; Čačak/RS; Šabac/RS; Kraljevo/RS; Arilje/RS; Valjevo/RS; "
        "Niš/RS; Pirot/RS; Leskovac/RS; Zaječar/RS; Vranje/RS; Knjaževac/RS",
    ),
    Page(
        "sl-r44b-podpisniki-tabela-obcina-zupan",
        "sl",
        "table_tabs;columns_after;person_after;no_country;not_signatory;inflected",
        "Podpisniki Zaveze slovenskih občin za trajnostno mobilnost",
        (2024, 5, 21),
        "Županje in župani štirinajstih občin so 16. maja 2024 v Novem mestu podpisali Zavezo "
        "za trajnostno mobilnost. Občine se zavezujejo, da bodo do leta 2030 podvojile delež "
        "poti, opravljenih peš, s kolesom ali javnim prevozom, in uredile varne šolske poti.\n\n"
        "Seznam podpisnikov (priloga 1 k zavezi):",
        "Občina\tRegija\tŽupan/županja\tDatum podpisa\n"
        "Mestna občina Celje\tSavinjska\tMatjaž Remec\t16. 5. 2024\n"
        "Mestna občina Kranj\tGorenjska\tNataša Bergant Šmid\t16. 5. 2024\n"
        "Mestna občina Koper\tObalno-kraška\tAljoša Furlanič\t16. 5. 2024\n"
        "Mestna občina Velenje\tSavinjska\tUrška Plaskan*\t16. 5. 2024\n"
        "Mestna občina Ptuj\tPodravska\tDamjan Vindiš\t16. 5. 2024\n"
        "Zaveza za trajnostno mobilnost – priloga 1                         stran 2\n"
        "Mestna občina Murska Sobota\tPomurska\tTadej Kuhar Gjerek\t16. 5. 2024\n"
        "Mestna občina Nova Gorica\tGoriška\tKlavdija Pahor\t16. 5. 2024\n"
        "Mestna občina Slovenj Gradec\tKoroška\tBoštjan Pušnik\t17. 5. 2024\n"
        "Občina Kamnik\tOsrednjeslovenska\tMojca Grilc Zajec\t16. 5. 2024\n"
        "Občina Škofja Loka\tGorenjska\tJernej Oblak Hafner\t16. 5. 2024\n"
        "Občina Idrija\tGoriška\tTeja Lapajne\t16. 5. 2024\n"
        "Občina Postojna\tPrimorsko-notranjska\tRok Bizjak Štefančič\t16. 5. 2024\n"
        "Občina Krško\tPosavska\tLidija Volčanšek*\t20. 5. 2024\n"
        "Občina Brežice\tPosavska\tGašper Rožman Zorko\t16. 5. 2024",
        "* V imenu župana je podpisal podžupan oziroma podžupanja.\n\n"
        "Zaveza je odprta za pristop vseh slovenskih občin. Koordinacija: Skupnost občin za "
        "trajnostno mobilnost, Ljubljana.",
        "Celje/SI; Kranj/SI; Koper/SI; Velenje/SI; Ptuj/SI; Murska Sobota/SI; Nova Gorica/SI; "
        "Slovenj Gradec/SI; Kamnik/SI; Škofja Loka/SI; Idrija/SI; Postojna/SI; Krško/SI; "
        "Brežice/SI",
    ),
    Page(
        "et-r44b-uudis-deklaratsioon-allkirjastamine-ees-no-list",
        "et",
        "no_list;not_signatory;inflected",
        "Linnade kliimadeklaratsioon avatakse allkirjastamiseks sügisel",
        (2024, 4, 17),
        "Eesti Väikelinnade Kliimavõrgustiku juhatus kogunes eelmisel nädalal Tartus, et "
        "arutada ühise kliimadeklaratsiooni kavandit. Deklaratsioon kohustaks allkirjastanud "
        "omavalitsusi koostama 2026. aastaks kliimakava, renoveerima munitsipaalhooneid ja "
        "arendama ühistransporti maakonnakeskuste vahel.",
        "Juhatus kiitis kavandi heaks ja saatis selle liikmetele arvamuse avaldamiseks. "
        "Deklaratsioon avatakse allkirjastamiseks võrgustiku sügisesel üldkoosolekul, mis "
        "toimub oktoobris Pärnus. Seni ei ole ükski omavalitsus deklaratsiooni allkirjastanud.\n\n"
        "„Väikelinnad ei pea ootama, et keegi teine nende eest otsustaks,“ ütles võrgustiku "
        "juhatuse esimees, Viljandi linnapea Kaarel Tammsaar-Lõhmus. „Tahame, et sügisel "
        "kirjutaks alla võimalikult palju liikmeid.“",
        "Arvamusi kavandi kohta oodatakse 31. maini võrgustiku sekretariaati.",
        "",
        note="no list: news that the declaration will open for signature at the autumn "
        "assembly; no one has signed yet. Tartu is the board meeting's venue, Pärnu the "
        "assembly's, Viljandi the chairman's town in a quote",
    ),
    Page(
        "lv-r44b-deklaracija-pasvaldibas-genitivs-un",
        "lv",
        "running_text;inflected;not_signatory;no_country;broken_lines",
        "Vienpadsmit pašvaldības parakstījušas Tīra ūdens deklarāciju",
        (2024, 11, 6),
        "Latvijas Mazo pilsētu ūdens tīkla forumā Rīgā pašvaldību vadītāji parakstīja Tīra "
        "ūdens deklarāciju. Tās parakstītāji apņemas līdz 2030. gadam samazināt ūdens zudumus "
        "tīklos uz pusi un nodrošināt, ka visās apdzīvotajās vietās ar vairāk nekā 500 "
        "iedzīvotājiem notekūdeņi tiek attīrīti.",
        "Deklarāciju parakstīja Valmieras, Cēsu, Siguldas, Smil-\ntenes un Limbažu novadu "
        "pašvaldību vadītāji, kā arī Jelgavas, Ventspils un Liepājas valstspilsētu mēri. Pēc "
        "dažām dienām deklarācijai pievienojās arī Kuldīgas novada un Talsu novada pašvaldības "
        "un Daugavpils valstspilsēta.",
        "Deklarācija joprojām ir atvērta parakstīšanai. Tīkla sekretariāts atrodas Rīgā.",
        "Valmiera/LV; Cēsis/LV; Sigulda/LV; Smiltene/LV; Limbaži/LV; Jelgava/LV; "
        "Ventspils/LV; Liepāja/LV; Kuldīga/LV; Talsi/LV; Daugavpils/LV",
    ),
    Page(
        "ja-r44b-sengen-shomei-jichitai-hyo-pdf",
        "ja",
        "table_tabs;region_after;columns_after;person_after;no_country;not_signatory",
        "「子どもの居場所づくり宣言」賛同自治体一覧",
        (2024, 6, 3),
        "本宣言は、2024年5月18日に金沢市で開催された全国こども未来都市フォーラムにおいて"
        "採択されました。賛同自治体は、放課後や休日に子どもが安心して過ごせる居場所を、"
        "すべての小学校区に整備することを目指します。\n\n"
        "賛同自治体（署名順、宣言文PDFより転記）",
        "No.\t自治体名\t都道府県\t首長\t署名日\n"
        "1\t札幌市\t北海道\t市長　佐々木 恵理子\t2024年5月18日\n"
        "2\t盛岡市\t岩手県\t市長　千葉 啓太郎\t2024年5月18日\n"
        "3\t秋田市\t秋田県\t市長　工藤 真澄\t2024年5月18日\n"
        "4\t新潟市\t新潟県\t市長　五十嵐 隆之\t2024年5月18日\n"
        "5\t富山市\t富山県\t市長　堀田 美和子※\t2024年5月18日\n"
        "6\t長野市\t長野県\t市長　宮下 修平\t2024年5月18日\n"
        "7\t松本市\t長野県\t市長　百瀬 千尋\t2024年5月20日\n"
        "- 2 -\n"
        "8\t静岡市\t静岡県\t市長　望月 浩二\t2024年5月18日\n"
        "9\t岐阜市\t岐阜県\t市長　林 さおり\t2024年5月18日\n"
        "10\t津市\t三重県\t市長　伊藤 晴彦\t2024年5月18日\n"
        "11\t岡山市\t岡山県\t市長　藤原 由紀\t2024年5月18日\n"
        "12\t松江市\t島根県\t市長　錦織 健吾\t2024年5月24日\n"
        "13\t高知市\t高知県\t市長　岡林 実※\t2024年5月18日\n"
        "14\t熊本市\t熊本県\t市長　坂本 奈緒\t2024年5月18日\n"
        "15\t那覇市\t沖縄県\t市長　比嘉 朝陽\t2024年5月18日",
        "※副市長による代理署名\n\n"
        "宣言への賛同は随時受け付けています。事務局：全国こども未来都市フォーラム事務局（金沢市）",
        "Sapporo/JP; Morioka/JP; Akita/JP; Niigata/JP; Toyama/JP; Nagano/JP; Matsumoto/JP; "
        "Shizuoka/JP; Gifu/JP; Tsu/JP; Okayama/JP; Matsue/JP; Kochi/JP; Kumamoto/JP; Naha/JP",
    ),
]

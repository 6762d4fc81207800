"""Hand-written pages, batch r27b: held out from round 27 (branch accr27b), written without reading
the reader or running it, before any change to it for them. Seven statements and seven member
pages of the networks the corpus knew least, in twelve languages, modelled on how regional,
thematic and national networks publish them: a Nordic climate appeal signed in two columns of
official names (`Tampereen kaupunki`, `Tórshavnar kommuna`) over signers named Salo and Sande,
beside a venue and the addressee's seat; Baltic new members in Lithuanian exonyms (`Ryga`,
`Elblongas`, `Kalmaras`) under country headings beside a chairing city and a venue in the
locative; a Balkan peace declaration named after its venue with `Grad X, Država – gradonačelnik`
lines, `Skadar` for Shkodër and a mayor named Nikšić; a Danube statement in Bulgarian running
text with Romanian and Serbian towns in Cyrillic, a host and a secretariat; Alpine towns under
Slovenian country headings with Slovenian exonyms and the local name in brackets; an Italian
migration charter copied from a PDF with hyphenation, running headers and exonyms; an Andean
health declaration signed by mayors named Cuenca, Lima, Loja and Toledo with Lima as the
secretariat's seat; a Central American food network's tab table whose departments are named
like their capitals and whose Costa Rican member is Liberia; a West African bilingual
French/English annex flattened from a PDF; an East African communiqué in cards with a county
and a signer named Victoria; Gulf healthy cities under Arabic country headings with years; an
ASEAN digital rights statement in Indonesian bullets with provinces; three Pacific councils in
one sentence; a Polish national association's position signed by presidents in the genitive,
one named Kalisz beside a venue `w Kaliszu`. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "sv-nordiskt-klimatupprop-tva-spalter-officiella-namn-umea",
        "sv",
        "several_a_line;person_after;person_named_like_place;not_signatory",
        "Nordiska städer till ministerrådet: ge oss verktygen, så levererar vi",
        (2025, 10, 16),
        "Nätverket Nordiska klimatstäder samlades den 14–15 oktober i Umeå, som i år stod värd "
        "för höstmötet. Borgmästare, ordförande och stadsdirektörer från fem länder och ett "
        "självstyrande område antog där ett gemensamt upprop till Nordiska ministerrådet i "
        "Köpenhamn inför det kommande klimattoppmötet.\n\n"
        "Städerna står för merparten av utsläppen i Norden men också för de snabbaste "
        "minskningarna. I uppropet ber städerna om tre saker:\n\n"
        "1. direkt tillgång till nordisk och europeisk klimatfinansiering för kommuner,\n"
        "2. gemensamma nordiska regler för klimatkrav i offentlig upphandling,\n"
        "3. en fast plats för städerna när de nordiska länderna förbereder förhandlingarna.\n\n"
        "– Vi har visat att det går. Nu behöver vi att staterna följer med, sade Umeå kommuns "
        "kommunstyrelseordförande när mötet avslutades.\n\n"
        "Uppropet undertecknades av:",
        "Aarhus Kommune\tTampereen kaupunki\n"
        "Anne Brix Holm, rådmand\tMikko Salo, pormestari\n"
        "Reykjavíkurborg\tBergen kommune\n"
        "Dagur Einarsson, borgarstjóri\tLinn Sande, ordfører\n"
        "Göteborgs Stad\tOulun kaupunki\n"
        "Karin Wallgren, kommunstyrelsens ordförande\tPekka Mäkelä, kaupunginjohtaja\n"
        "Trondheim kommune\tOdense Kommune\n"
        "Ingrid Rønning, ordfører\tMads Kjærgaard, borgmester\n"
        "Tórshavnar kommuna\tUppsala kommun\n"
        "Sigrid Joensen, borgarstjóri\tErik Lindqvist, kommunstyrelsens ordförande\n"
        "Lahden kaupunki\tMalmö stad\n"
        "Anu Heikkilä, kaupunginjohtaja\tSara Nilsson, kommunstyrelsens ordförande",
        "Nätverkets sekretariat finns i Stockholm. Nästa möte hålls i Tromsø i maj 2026.",
        "Aarhus/DK; Tampere/FI; Reykjavik/IS; Bergen/NO; Gothenburg/SE; Oulu/FI; "
        "Trondheim/NO; Odense/DK; Tórshavn/FO; Uppsala/SE; Lahti/FI; Malmö/SE",
        "two columns of official names in five languages, each over its signer's line (signers "
        "named Salo, Sande); Umeå the host, Köpenhamn the addressee's seat, Stockholm the "
        "secretariat, Tromsø the next venue",
    ),
    Page(
        "lt-baltijos-miestu-kultura-nauji-nariai-egzonimai-salys",
        "lt",
        "one_a_line;region_heading;country_in_language;not_signatory",
        "Kultūros komisija priėmė keturiolika naujų narių",
        (2025, 3, 21),
        "Baltijos miestų sąjungos Kultūros komisijos pavasario posėdis vyko Klaipėdoje. "
        "Komisijai šiuo metu pirmininkauja Gdynė, o sąjungos sekretoriatas, kaip ir anksčiau, "
        "veikia Gdanske.\n\n"
        "Posėdyje patvirtinti nauji komisijos nariai. Jie dalyvaus rengiant bendrą Baltijos "
        "jūros regiono miestų festivalių kalendorių ir jaunųjų menininkų rezidencijų programą. "
        "„Kultūra jungia mūsų miestus tvirčiau nei tiltai“, – sakė komisijos pirmininkė.\n\n"
        "Nauji Kultūros komisijos nariai:",
        "Lietuva\nPalanga\nŠiauliai\n\n"
        "Latvija\nCėsys\nVentspilis\n\n"
        "Estija\nPernu\nViljandis\n\n"
        "Lenkija\nSopotas\nElblongas\n\n"
        "Švedija\nKalmaras\nVisbis\n\n"
        "Vokietija\nRostokas\nGreifsvaldas\n\n"
        "Suomija\nTurku\n\n"
        "Danija\nOrhusas",
        "Kitas komisijos posėdis vyks rudenį Tartu.\n\nDaugiau informacijos: kultura@ubc.example",
        "Palanga/LT; Šiauliai/LT; Cēsis/LV; Ventspils/LV; Pärnu/EE; Viljandi/EE; Sopot/PL; "
        "Elbląg/PL; Kalmar/SE; Visby/SE; Rostock/DE; Greifswald/DE; Turku/FI; Aarhus/DK",
        "new members in Lithuanian exonyms (Cėsys, Pernu, Elblongas, Kalmaras, Visbis, "
        "Greifsvaldas, Orhusas) under Lithuanian country headings; venue Klaipėdoje, chair "
        "Gdynė, secretariat Gdanske, next venue Tartu",
    ),
    Page(
        "sr-sarajevska-deklaracija-grad-drzava-gradonacelnik-skadar",
        "sr",
        "numbered;country_in_language;person_after;person_named_like_place;not_signatory",
        "Sarajevska deklaracija gradova o kulturi sećanja i miru",
        (2025, 7, 11),
        "Trideset godina posle rata, gradonačelnici i gradonačelnice gradova jugoistočne Evrope "
        "okupili su se u Sarajevu, na poziv Grada Sarajeva i regionalne mreže Gradovi za mir. "
        "Skup je otvoren u Vijećnici.\n\n"
        "Potpisnici se obavezuju da:\n"
        "– čuvaju mesta sećanja na sve žrtve, bez obzira na njihovo poreklo;\n"
        "– podržavaju razmenu učenika i mladih umetnika između gradova regiona;\n"
        "– u školama i bibliotekama neguju kulturu dijaloga;\n"
        "– svake godine 11. jula obeleže Dan sećanja.\n\n"
        "Deklaracija će biti upućena Kongresu lokalnih i regionalnih vlasti Saveta Evrope u "
        "Strazburu.\n\n"
        "POTPISNICI",
        "1. Grad Mostar, Bosna i Hercegovina – gradonačelnik Ivan Perić\n"
        "2. Grad Tuzla, Bosna i Hercegovina – gradonačelnica Amra Hadžić\n"
        "3. Opština Kotor, Crna Gora – predsednica opštine Vesna Nikšić\n"
        "4. Grad Novi Sad, Srbija – gradonačelnik Dragan Milovanović\n"
        "5. Grad Niš, Srbija – gradonačelnica Jelena Stanković\n"
        "6. Opština Prilep, Severna Makedonija – gradonačelnik Aleksandar Trajkovski\n"
        "7. Opština Ohrid, Severna Makedonija – gradonačelnik Goran Stojanovski\n"
        "8. Opština Skadar (Bashkia Shkodër), Albanija – gradonačelnica Mirela Kola\n"
        "9. Grad Vukovar, Hrvatska – gradonačelnik Tomislav Babić\n"
        "10. Opština Piran, Slovenija – gradonačelnik Matej Kralj\n"
        "11. Opština Bitolj, Severna Makedonija – zamenik gradonačelnika Petar Nikolovski",
        "Tekst deklaracije na engleskom jeziku dostupan je u Beogradu, u kancelariji mreže.",
        "Mostar/BA; Tuzla/BA; Kotor/ME; Novi Sad/RS; Niš/RS; Prilep/MK; Ohrid/MK; "
        "Shkodër/AL; Vukovar/HR; Piran/SI; Bitola/MK",
        "numbered `Grad X, Država – title Name` lines with Serbian exonyms Skadar (with the "
        "Albanian name in brackets) and Bitolj; a mayor named Nikšić; Sarajevo the venue and "
        "host, Strazbur the addressee, Beograd the office",
    ),
    Page(
        "bg-dunavski-gradove-izyavlenie-ruse-running-rumanski-srabski",
        "bg",
        "running_text;country_in_language;not_signatory",
        "Дунавските градове приеха общо изявление за чиста река",
        (2025, 6, 30),
        "По повод Международния ден на река Дунав кметове и представители на крайдунавски "
        "градове се събраха в Русе, където Община Русе беше домакин на годишната среща на "
        "мрежата. Участниците обсъдиха пречистването на отпадъчните води, речния туризъм и "
        "защитата от наводнения.\n\n"
        "В изявлението градовете призовават държавите по поречието да ускорят изпълнението на "
        "Стратегията на ЕС за Дунавския регион и да осигурят пряко финансиране за малките "
        "крайбрежни общини.",
        "Изявлението подписаха кметовете на Видин, Лом, Свищов, Силистра и Тутракан от "
        "българска страна, на Калафат, Турну Мъгуреле, Гюргево и Кълъраш от румънска страна, "
        "както и на Нови Сад и Вуковар, Будапеща и Братислава.",
        "Секретариатът на мрежата, който се намира в Улм, ще представи изявлението на "
        "Дунавския форум във Виена през есента.",
        "Vidin/BG; Lom/BG; Svishtov/BG; Silistra/BG; Tutrakan/BG; Calafat/RO; "
        "Turnu Măgurele/RO; Giurgiu/RO; Călărași/RO; Novi Sad/RS; Vukovar/HR; Budapest/HU; "
        "Bratislava/SK",
        "one sentence of mayors `на X, Y и Z` grouped by side of the river, Romanian towns in "
        "Bulgarian (Гюргево, Кълъраш), no country after the last four; Русе the host, Улм the "
        "secretariat, Виена the next venue",
    ),
    Page(
        "sl-alpska-mesta-clanice-drzave-eksonimi-oklepaji",
        "sl",
        "one_a_line;region_heading;country_in_language;named_twice;not_signatory",
        "Mesta članice omrežja Alpska mesta",
        (2025, 2, 5),
        "Omrežje Alpska mesta povezuje mesta v Alpah, ki so se zavezala k izvajanju Alpske "
        "konvencije. Letošnja skupščina bo na Bledu, predsedovanje pa je prevzelo mesto "
        "Idrija.\n\nČlanice po državah",
        "Avstrija\nBeljak (Villach)\nCelovec (Klagenfurt am Wörthersee)\nLienz\n\n"
        "Italija\nTrbiž (Tarvisio)\nBocen (Bolzano)\nTrident (Trento)\nBelluno\n\n"
        "Nemčija\nSonthofen\nBad Reichenhall\n\n"
        "Švica\nHerisau\nBrig-Glis\n\n"
        "Francija\nChamonix-Mont-Blanc\nAnnecy\n\n"
        "Lihtenštajn\nSchaan\n\n"
        "Slovenija\nIdrija\nTolmin\nKranj\nJesenice",
        "Želite, da se vaše mesto pridruži omrežju? Pišite nam na pisarno v Innsbrucku.",
        "Villach/AT; Klagenfurt/AT; Lienz/AT; Tarvisio/IT; Bolzano/IT; Trento/IT; "
        "Belluno/IT; Sonthofen/DE; Bad Reichenhall/DE; Herisau/CH; Brig/CH; "
        "Chamonix-Mont-Blanc/FR; Annecy/FR; Schaan/LI; Idrija/SI; Tolmin/SI; Kranj/SI; "
        "Jesenice/SI",
        "members under Slovenian country headings, Slovenian exonyms with the local name in "
        "brackets (Beljak, Celovec, Trbiž, Bocen, Trident); Brig-Glis is Brig in GeoNames; "
        "venue na Bledu, chair Idrija (also a member), office in Innsbrucku",
    ),
    Page(
        "it-carta-palermo-accoglienza-pdf-sillabazione-esonimi",
        "it",
        "one_a_line;broken_lines;country_in_language;state_codes;not_signatory",
        "Carta di Palermo delle città mediterranee per l'accoglienza",
        (2025, 9, 19),
        "Scarica il PDF (412 KB)\n\n"
        "CARTA DI PALERMO DELLE CITTÀ MEDITERRANEE PER L'ACCOGLIENZA\n\n"
        "Noi, sindache e sindaci delle città che si affacciano sul Mediterraneo, riuniti a "
        "Palermo il 18 settembre 2025 su invito del Comune di Palermo, ricordando le persone "
        "che hanno perso la vita in mare, chiediamo alle istituzioni europee a Bruxelles e ai "
        "governi nazionali di riconoscere il ruolo delle città nell'accoglienza e nell'inclu-\n"
        "sione delle persone migranti.\n\n"
        "Ci impegniamo a: aprire sportelli unici per i nuovi arrivati; garantire l'iscrizione "
        "anagrafica e l'accesso ai servizi sanitari; sostenere i corridoi umanitari; "
        "scambiare buone pratiche con le città della sponda sud, nello spirito del processo "
        "avviato a Barcellona nel 1995.\n\n"
        "Carta di Palermo – pag. 1/2\n\n"
        "Firmatari:",
        "Comune di Napoli (NA)\n"
        "Comune di Bari (BA)\n"
        "Comune di Reggio di Cala-\nbria (RC)\n"
        "Comune di Lampedusa e Lino-\nsa (AG)\n"
        "Comune di Riace (RC)\n"
        "Comune di Cagliari (CA)\n"
        "Città di Barcellona (Spagna)\n"
        "Città di Marsiglia (Francia)\n"
        "Comune di Atene (Grecia)\n"
        "Comune di Mitilene, isola di Lesbo\n(Grecia)\n\n"
        "Carta di Palermo – pag. 2/2\n\n"
        "Città di La Valletta (Malta)\n"
        "Municipalità di Sfax (Tunisia)\n"
        "Comune di Tangeri (Marocco)\n"
        "Municipalità di Beirut (Libano)",
        "Segreteria tecnica: Rete delle città mediterranee, via dell'Accoglienza 3, 90133 Palermo",
        "Naples/IT; Bari/IT; Reggio Calabria/IT; Lampedusa/IT; Riace/IT; Cagliari/IT; "
        "Barcelona/ES; Marseille/FR; Athens/GR; Mytilene/GR; Valletta/MT; Sfax/TN; "
        "Tangier/MA; Beirut/LB",
        "a charter copied from a PDF: hyphenation inside names (`Cala-` / `bria`, `Lino-` / "
        "`sa`), running headers between entries, province codes that are countries' (BA, CA), "
        "Italian exonyms; Palermo venue, host and secretariat, Bruxelles the addressee, "
        "Barcellona also named for the 1995 process",
    ),
    Page(
        "es-declaracion-cusco-ciudades-andinas-saludables-alcaldes-apellidos",
        "es",
        "one_a_line;person_before;person_named_like_place;country_in_language;not_signatory",
        "Declaración de Cusco de las Ciudades Andinas Saludables",
        (2025, 8, 22),
        "Reunidos en la ciudad del Cusco los días 20 y 21 de agosto de 2025, en el marco del "
        "III Encuentro de la Red Andina de Ciudades Saludables, y con el apoyo de la "
        "Municipalidad Provincial del Cusco como anfitriona, las alcaldesas y los alcaldes "
        "abajo firmantes DECLARAMOS:\n\n"
        "PRIMERO. Que la salud de las personas que viven en altura exige políticas urbanas "
        "propias: agua segura, aire limpio, alimentos sanos y espacios para la actividad "
        "física.\n"
        "SEGUNDO. Que nos comprometemos a elaborar, antes de 2027, un plan municipal de "
        "ciudad saludable con participación de las juntas vecinales.\n"
        "TERCERO. Que solicitamos a la Secretaría General de la Comunidad Andina, con sede en "
        "Lima, y al Organismo Andino de Salud que acompañen técnicamente a los municipios.\n\n"
        "Firman:",
        "Rosa Elena Cuenca Vargas, Alcaldesa del Municipio de Ibarra (Ecuador)\n"
        "Jorge Lima Quispe, Alcalde de la Municipalidad Provincial de Arequipa (Perú)\n"
        "Carlos Toledo Mamani, Alcalde del Gobierno Autónomo Municipal de Sucre (Bolivia)\n"
        "Ana Lucía Loja Andrade, Alcaldesa de Cuenca (Ecuador)\n"
        "Marco Antonio Soria, Alcalde de Pasto (Colombia)\n"
        "Diana Patricia Rojas, Alcaldesa Mayor de Tunja (Colombia)\n"
        "Felipe Ocampo Giraldo, Alcalde de Manizales (Colombia)\n"
        "Mercedes Guamán, Alcaldesa de Riobamba (Ecuador)\n"
        "Wilber Condori Apaza, Alcalde de la Municipalidad Provincial de Puno (Perú)\n"
        "Julio César Huamán, Alcalde de la Municipalidad Provincial de Huancayo (Perú)\n"
        "Silvia Choque Flores, Alcaldesa del Gobierno Autónomo Municipal de Oruro (Bolivia)\n"
        "Raúl Vargas Antezana, Alcalde del Gobierno Autónomo Municipal de Cochabamba (Bolivia)",
        "El IV Encuentro se celebrará en La Paz en 2026.",
        "Ibarra/EC; Arequipa/PE; Sucre/BO; Cuenca/EC; Pasto/CO; Tunja/CO; Manizales/CO; "
        "Riobamba/EC; Puno/PE; Huancayo/PE; Oruro/BO; Cochabamba/BO",
        "`Name, Alcalde de Body (País)` lines with signers named Cuenca, Lima, Toledo, Loja, "
        "Soria, Mercedes; Cusco the venue and host, Lima the secretariat's seat, La Paz the "
        "next venue",
    ),
    Page(
        "es-red-centroamericana-alimentacion-tabla-departamentos-homonimos",
        "es",
        "table_tabs;columns_after;region_after;country_in_language;not_signatory",
        "Municipios miembros de la Red Centroamericana de Municipios por la Alimentación",
        (2025, 5, 12),
        "La Red Centroamericana de Municipios por la Alimentación reúne a gobiernos locales "
        "de los siete países del istmo que trabajan por mercados municipales justos, huertos "
        "escolares y compras públicas a la agricultura familiar. La Secretaría Técnica tiene "
        "su sede en San Salvador.\n\n"
        "Listado actualizado tras la Asamblea de Tegucigalpa (abril de 2025).",
        "N.º\tPaís\tMunicipio\tDepartamento / Provincia\tAdhesión\n"
        "1\tGuatemala\tQuetzaltenango\tQuetzaltenango\t2019\n"
        "2\tGuatemala\tCobán\tAlta Verapaz\t2019\n"
        "3\tGuatemala\tAntigua Guatemala\tSacatepéquez\t2020\n"
        "4\tGuatemala\tHuehuetenango\tHuehuetenango\t2021\n"
        "5\tGuatemala\tEscuintla\tEscuintla\t2023\n"
        "6\tGuatemala\tChiquimula\tChiquimula\t2024\n"
        "7\tGuatemala\tJutiapa\tJutiapa\t2024\n"
        "8\tBelice\tBelmopan\tCayo\t2022\n"
        "9\tEl Salvador\tSanta Ana\tSanta Ana\t2019\n"
        "10\tEl Salvador\tSan Miguel\tSan Miguel\t2019\n"
        "11\tEl Salvador\tSuchitoto\tCuscatlán\t2020\n"
        "12\tEl Salvador\tChalatenango\tChalatenango\t2021\n"
        "13\tEl Salvador\tSonsonate\tSonsonate\t2022\n"
        "14\tEl Salvador\tUsulután\tUsulután\t2023\n"
        "15\tEl Salvador\tAhuachapán\tAhuachapán\t2024\n"
        "16\tHonduras\tSan Pedro Sula\tCortés\t2019\n"
        "17\tHonduras\tCholuteca\tCholuteca\t2020\n"
        "18\tHonduras\tComayagua\tComayagua\t2020\n"
        "19\tHonduras\tLa Ceiba\tAtlántida\t2021\n"
        "20\tHonduras\tSanta Rosa de Copán\tCopán\t2022\n"
        "21\tHonduras\tDanlí\tEl Paraíso\t2023\n"
        "22\tHonduras\tJuticalpa\tOlancho\t2024\n"
        "23\tNicaragua\tLeón\tLeón\t2019\n"
        "24\tNicaragua\tGranada\tGranada\t2019\n"
        "25\tNicaragua\tEstelí\tEstelí\t2020\n"
        "26\tNicaragua\tMatagalpa\tMatagalpa\t2021\n"
        "27\tNicaragua\tChinandega\tChinandega\t2021\n"
        "28\tNicaragua\tMasaya\tMasaya\t2022\n"
        "29\tNicaragua\tJinotega\tJinotega\t2023\n"
        "30\tNicaragua\tRivas\tRivas\t2024\n"
        "31\tCosta Rica\tHeredia\tHeredia\t2019\n"
        "32\tCosta Rica\tCartago\tCartago\t2020\n"
        "33\tCosta Rica\tAlajuela\tAlajuela\t2020\n"
        "34\tCosta Rica\tLiberia\tGuanacaste\t2021\n"
        "35\tCosta Rica\tPuntarenas\tPuntarenas\t2022\n"
        "36\tCosta Rica\tLimón\tLimón\t2023\n"
        "37\tPanamá\tDavid\tChiriquí\t2019\n"
        "38\tPanamá\tSantiago de Veraguas\tVeraguas\t2020\n"
        "39\tPanamá\tChitré\tHerrera\t2021\n"
        "40\tPanamá\tPenonomé\tCoclé\t2022\n"
        "41\tPanamá\tLas Tablas\tLos Santos\t2023\n"
        "42\tPanamá\tColón\tColón\t2024",
        "¿Su municipio quiere sumarse? Escriba a la Secretaría Técnica en San Salvador.",
        "Quetzaltenango/GT; Cobán/GT; Antigua Guatemala/GT; Huehuetenango/GT; Escuintla/GT; "
        "Chiquimula/GT; Jutiapa/GT; Belmopan/BZ; Santa Ana/SV; San Miguel/SV; Suchitoto/SV; "
        "Chalatenango/SV; Sonsonate/SV; Usulután/SV; Ahuachapán/SV; San Pedro Sula/HN; "
        "Choluteca/HN; Comayagua/HN; La Ceiba/HN; Santa Rosa de Copán/HN; Danlí/HN; "
        "Juticalpa/HN; León/NI; Granada/NI; Estelí/NI; Matagalpa/NI; Chinandega/NI; "
        "Masaya/NI; Jinotega/NI; Rivas/NI; Heredia/CR; Cartago/CR; Alajuela/CR; Liberia/CR; "
        "Puntarenas/CR; Limón/CR; David/PA; Santiago de Veraguas/PA; Chitré/PA; Penonomé/PA; "
        "Las Tablas/PA; Colón/PA",
        "a numbered tab table País / Municipio / Departamento / year, most departments named "
        "like their capitals, Liberia a Costa Rican city, León and Granada named like Spanish "
        "cities, David a person's name; San Salvador the secretariat, Tegucigalpa the venue",
    ),
    Page(
        "fr-villes-sante-afrique-ouest-annexe-bilingue-pdf-colonnes",
        "fr",
        "one_a_line;region_before;country_in_language;columns_after;not_signatory",
        "Réseau ouest-africain des Villes-Santé – Annexe 2 : villes membres / member cities",
        (2025, 11, 3),
        "Rapport annuel 2024 / Annual Report 2024\n\n"
        "Le Réseau ouest-africain des Villes-Santé, dont le secrétariat est hébergé par la "
        "commune de Ouagadougou, rassemble des villes francophones, anglophones et "
        "lusophones engagées dans la promotion de la santé. Il bénéficie de l'appui technique "
        "du Bureau régional de l'OMS pour l'Afrique à Brazzaville.\n\n"
        "The West African Healthy Cities Network, whose secretariat is hosted by the City of "
        "Ouagadougou, brings together French-, English- and Portuguese-speaking cities.\n\n"
        "ANNEXE 2 / ANNEX 2 — Villes membres au 31 décembre 2024 / Member cities as of "
        "31 December 2024",
        "Pays / Country         Ville / City          Depuis / Since\n"
        "Bénin                  Parakou               2016\n"
        "Bénin                  Porto-Novo            2018\n"
        "Burkina Faso           Bobo-Dioulasso        2014\n"
        "Burkina Faso           Koudougou             2019\n"
        "Côte d'Ivoire          Bouaké                2015\n"
        "Côte d'Ivoire          Yamoussoukro          2017\n"
        "Côte d'Ivoire          San-Pédro             2022\n"
        "Gambie / The Gambia    Kanifing              2020\n"
        "Ghana                  Kumasi                2014\n"
        "Ghana                  Tamale                2016\n"
        "Ghana                  Cape Coast            2021\n"
        "Guinée                 Kankan                2018\n"
        "Libéria / Liberia      Gbarnga               2023\n"
        "Mali                   Sikasso               2015\n"
        "Mali                   Ségou                 2016\n"
        "Niger                  Maradi                2017\n"
        "Niger                  Zinder                2019\n"
        "Nigeria                Ibadan                2014\n"
        "Nigeria                Kano                  2020\n"
        "Rapport annuel 2024 — page 38\n"
        "Pays / Country         Ville / City          Depuis / Since\n"
        "Sénégal                Saint-Louis           2014\n"
        "Sénégal                Thiès                 2016\n"
        "Sénégal                Ziguinchor            2021\n"
        "Sierra Leone           Bo                    2019\n"
        "Sierra Leone           Makeni                2022\n"
        "Togo                   Kara                  2018\n"
        "Togo                   Sokodé                2020",
        "Source : Secrétariat du Réseau, Ouagadougou / Source: Network Secretariat, Ouagadougou",
        "Parakou/BJ; Porto-Novo/BJ; Bobo-Dioulasso/BF; Koudougou/BF; Bouaké/CI; "
        "Yamoussoukro/CI; San-Pédro/CI; Kanifing/GM; Kumasi/GH; Tamale/GH; Cape Coast/GH; "
        "Kankan/GN; Gbarnga/LR; Sikasso/ML; Ségou/ML; Maradi/NE; Zinder/NE; Ibadan/NG; "
        "Kano/NG; Saint-Louis/SN; Thiès/SN; Ziguinchor/SN; Bo/SL; Makeni/SL; Kara/TG; "
        "Sokodé/TG",
        "a bilingual French/English annex copied from a PDF, columns aligned by spaces, country "
        "before city (some in both languages), a page footer and the header row repeated "
        "mid-list; Bo and Kara short names; Ouagadougou the secretariat, Brazzaville the WHO "
        "office",
    ),
    Page(
        "en-lake-victoria-cities-communique-cards-county-victoria",
        "en",
        "one_a_line;person_after;person_named_like_place;body_not_city;not_signatory",
        "Entebbe Communiqué of the Lake Victoria Cities Climate Dialogue",
        (2025, 5, 9),
        "We, the leaders of cities and local governments around Lake Victoria, meeting in "
        "Entebbe on 7 and 8 May 2025 at the invitation of Entebbe Municipal Council, note "
        "that falling water quality, floods and the loss of fish stocks threaten the "
        "livelihoods of more than forty million people in the basin.\n\n"
        "We commit to:\n"
        "(a) stop untreated wastewater from reaching the lake from our cities by 2035;\n"
        "(b) protect wetlands and shorelines in our land-use plans;\n"
        "(c) share early-warning data on floods across borders.\n\n"
        "We call on the East African Community Secretariat in Arusha and the Lake Victoria "
        "Basin Commission in Kisumu to open their programmes to direct partnerships with "
        "cities.\n\n"
        "SIGNATORIES",
        "Kampala Capital City Authority\nUganda\nHon. Grace Namutebi, Lord Mayor\n\n"
        "Jinja City Council\nUganda\nVictoria Nabirye, Mayor\n\n"
        "Masaka City Council\nUganda\nJoseph Ssempijja, Mayor\n\n"
        "County Government of Kisumu\nKenya\nH.E. Peter Anyango Otieno, Governor\n\n"
        "Homa Bay Municipality\nKenya\nMercy Akinyi, Municipal Manager\n\n"
        "Mwanza City Council\nTanzania\nMstahiki Meya John Masanja\n\n"
        "Musoma Municipal Council\nTanzania\nMstahiki Meya Rehema Wambura\n\n"
        "Bukoba Municipal Council\nTanzania\nMstahiki Meya Samuel Kagaruki",
        "The Dialogue will meet next in Mwanza in 2026, co-hosted by the Mwanza City Council.",
        "Kampala/UG; Jinja/UG; Masaka/UG; Kisumu County|County Government of Kisumu/KE/county; "
        "Homa Bay/KE; Mwanza/TZ; Musoma/TZ; Bukoba/TZ",
        "cards of three lines: official body, country, signer (a mayor named Victoria, "
        "Swahili `Mstahiki Meya`); a county government; Entebbe the venue and host, Arusha "
        "and Kisumu the seats of bodies addressed (Kisumu's county also signs), Mwanza again "
        "as the next venue",
    ),
    Page(
        "ar-mudun-sihhiya-khalij-ainwin-duwal-sana-muscat",
        "ar",
        "one_a_line;region_heading;country_in_language;columns_after;not_signatory",
        "شبكة المدن الصحية في دول الخليج: المدن الأعضاء",
        (2025, 4, 7),
        "تضم شبكة المدن الصحية في دول مجلس التعاون مدنًا حصلت على اعتماد منظمة الصحة العالمية "
        "أو تعمل للحصول عليه. وقد عُقد الاجتماع السنوي للشبكة هذا العام في مسقط بدعوة من "
        "بلدية مسقط، بمشاركة المكتب الإقليمي لشرق المتوسط في القاهرة.\n\n"
        "المدن الأعضاء (بين قوسين سنة الانضمام):",
        "المملكة العربية السعودية\nعنيزة (2016)\nينبع (2018)\nالطائف (2019)\nجدة (2021)\n\n"
        "الإمارات العربية المتحدة\nالشارقة (2015)\nعجمان (2020)\nخورفكان (2022)\n\n"
        "سلطنة عُمان\nنزوى (2017)\nصحار (2019)\nصلالة (2023)\n\n"
        "دولة قطر\nالوكرة (2020)\nالخور (2022)\n\n"
        "دولة الكويت\nالجهراء (2021)\n\n"
        "مملكة البحرين\nالمحرق (2018)",
        "للاستفسار: الأمانة الفنية للشبكة، الرياض.",
        "Unayzah/SA; Yanbu/SA; Taif/SA; Jeddah/SA; Sharjah/AE; Ajman/AE; Khor Fakkan/AE; "
        "Nizwa/OM; Sohar/OM; Salalah/OM; Al Wakrah/QA; Al Khor/QA; Al Jahra/KW; Muharraq/BH",
        "cities in Arabic under countries' full names as headings, the year of joining in "
        "brackets; مسقط the venue and host, القاهرة the WHO office, الرياض the secretariat",
    ),
    Page(
        "id-pernyataan-kota-asean-hak-digital-butir-provinsi",
        "id",
        "bulleted;region_after;country_in_language;not_signatory",
        "Pernyataan Bersama Kota-Kota ASEAN tentang Hak Digital Warga",
        (2025, 10, 28),
        "Para wali kota dan pimpinan pemerintah kota di Asia Tenggara yang berkumpul di "
        "sela-sela Forum Kota Cerdas ASEAN di Jakarta, di dekat Sekretariat ASEAN, "
        "menyepakati pernyataan bersama tentang hak digital warga.\n\n"
        "Kami berkomitmen untuk:\n"
        "1. melindungi data pribadi warga dalam setiap layanan kota;\n"
        "2. memastikan akses internet yang terjangkau di ruang publik;\n"
        "3. membuka algoritma yang dipakai dalam pelayanan publik untuk diperiksa warga;\n"
        "4. melibatkan warga dalam merancang layanan digital kota.\n\n"
        "Pernyataan ini ditandatangani oleh:",
        "• Pemerintah Kota Bandung, Jawa Barat, Indonesia\n"
        "• Pemerintah Kota Surabaya, Jawa Timur, Indonesia\n"
        "• Pemerintah Kota Makassar, Sulawesi Selatan, Indonesia\n"
        "• Dewan Bandaraya Kuala Lumpur, Malaysia\n"
        "• Majlis Bandaraya Johor Bahru, Johor, Malaysia\n"
        "• Pemerintah Kota Cebu, Filipina\n"
        "• Pemerintah Kota Davao, Filipina\n"
        "• Komite Rakyat Kota Da Nang, Vietnam\n"
        "• Kota Phuket, Thailand\n"
        "• Kota Luang Prabang, Laos\n"
        "• Pemerintah Kota Siem Reap, Provinsi Siem Reap, Kamboja",
        "Kota Yangon hadir sebagai pengamat dan tidak menandatangani pernyataan ini.",
        "Bandung/ID; Surabaya/ID; Makassar/ID; Kuala Lumpur/MY; Johor Bahru/MY; "
        "Cebu City/PH; Davao City/PH; Da Nang/VN; Phuket/TH; Luang Prabang/LA; "
        "Siem Reap/KH",
        "bullets of official bodies in Indonesian and Malay with the province and the country "
        "in Indonesian (Filipina, Kamboja), Siem Reap over its province of the same name; "
        "Jakarta the venue and ASEAN's seat, Yangon an observer",
    ),
    Page(
        "en-pacific-councils-three-new-members-sentence",
        "en",
        "running_text;few;country_in_language;not_signatory",
        "Three island capitals join the Pacific Island Cities Network",
        (2025, 12, 2),
        "The Pacific Island Cities Network welcomed three new members at its annual meeting "
        "in Apia, Samoa, last week, bringing the network to eleven councils across "
        "Melanesia, Polynesia and Micronesia.",
        "Honiara City Council (Solomon Islands), Port Vila Municipal Council (Vanuatu) and "
        "Lautoka City Council (Fiji) were admitted unanimously by the General Assembly.",
        "\u201cSea-level rise does not stop at national borders, and neither should our "
        "cooperation,\u201d said the network's chair, the Lord Mayor of Suva, who handed over "
        "the chair to Nuku'alofa for 2026.\n\n"
        "The network's secretariat is hosted by Suva City Council.",
        "Honiara/SB; Port Vila/VU; Lautoka/FJ",
        "three councils in one sentence with the country in brackets; Apia the venue, Suva "
        "the chair and secretariat, Nuku'alofa the next chair",
    ),
    Page(
        "pl-zwiazek-miast-stanowisko-integracja-prezydenci-dopelniacz-kalisz",
        "pl",
        "one_a_line;inflected;person_after;person_named_like_place;no_country;not_signatory",
        "Stanowisko prezydentów i burmistrzów miast w sprawie integracji cudzoziemców",
        (2025, 11, 20),
        "Zarząd Związku Miast Polskich na posiedzeniu w Kaliszu 18 listopada 2025 r. przyjął "
        "stanowisko w sprawie finansowania zadań miast związanych z integracją cudzoziemców, "
        "w tym uchodźców z Ukrainy. Do stanowiska przyłączyli się prezydenci i burmistrzowie "
        "miast wymienionych poniżej.\n\n"
        "Miasta od ponad trzech lat prowadzą szkoły, przychodnie i punkty pomocy dla setek "
        "tysięcy nowych mieszkańców, w dużej mierze z własnych budżetów. Apelujemy do Rady "
        "Ministrów o:\n"
        "1) stałą subwencję integracyjną dla samorządów,\n"
        "2) finansowanie nauki języka polskiego dla dorosłych,\n"
        "3) udział miast w pracach nad rządową strategią migracyjną.\n\n"
        "Biuro Związku w Poznaniu przyjmuje kolejne przystąpienia do stanowiska.\n\n"
        "Podpisali:",
        "Prezydent Miasta Gdańska – Magdalena Wójcik\n"
        "Prezydent Miasta Gdyni – Tomasz Lewandowski\n"
        "Prezydent Miasta Sopotu – Katarzyna Borkowska\n"
        "Prezydent Miasta Lublin – Krzysztof Jabłoński\n"
        "Prezydent Miasta Rzeszowa – Piotr Nowak\n"
        "Prezydent Miasta Przemyśla – Andrzej Mazur\n"
        "Prezydent Miasta Chełm – Agnieszka Kalisz\n"
        "Prezydent Miasta Białegostoku – Marcin Zieliński\n"
        "Prezydent Olsztyna – Joanna Kamińska\n"
        "Prezydent Miasta Elbląga – Paweł Dąbrowski\n"
        "Prezydent Miasta Torunia – Michał Kowalczyk\n"
        "Prezydent Miasta Bydgoszczy – Ewa Szymańska\n"
        "Prezydent Miasta Poznania – Jakub Woźniak\n"
        "Prezydent Wrocławia – Anna Kozłowska\n"
        "Prezydent Miasta Opola – Grzegorz Jankowski\n"
        "Prezydent Miasta Katowice – Robert Wojciechowski\n"
        "Prezydent Miasta Krakowa – Aleksander Kwiatkowski\n"
        "Prezydent Miasta Tarnowa – Beata Krawczyk\n"
        "Prezydent Miasta Kielce – Łukasz Piotrowski\n"
        "Prezydent Miasta Łodzi – Monika Grabowska\n"
        "Prezydent Miasta Płocka – Adam Pawłowski\n"
        "Prezydent Miasta Zamość – Dorota Michalska\n"
        "Prezydent Miasta Suwałk – Jan Nowicki\n"
        "Prezydent Miasta Słupska – Renata Adamczyk\n"
        "Prezydent Miasta Koszalina – Wojciech Dudek\n"
        "Prezydent Miasta Biała Podlaska – Sławomir Zając\n"
        "Burmistrz Hajnówki – Irena Wieczorek\n"
        "Burmistrz Miasta Giżycka – Bartosz Jaworski\n"
        "Burmistrz Augustowa – Halina Malinowska\n"
        "Prezydent Miasta Jeleniej Góry – Rafał Majewski\n"
        "Prezydent Miasta Nowego Sącza – Zofia Olszewska\n"
        "Prezydent Miasta Gorzowa Wielkopolskiego – Dariusz Stępień",
        "Związek Miast Polskich, ul. Miejska 12, 60-001 Poznań",
        "Gdańsk/PL; Gdynia/PL; Sopot/PL; Lublin/PL; Rzeszów/PL; Przemyśl/PL; Chełm/PL; "
        "Białystok/PL; Olsztyn/PL; Elbląg/PL; Toruń/PL; Bydgoszcz/PL; Poznań/PL; "
        "Wrocław/PL; Opole/PL; Katowice/PL; Kraków/PL; Tarnów/PL; Kielce/PL; Łódź/PL; "
        "Płock/PL; Zamość/PL; Suwałki/PL; Słupsk/PL; Koszalin/PL; Biała Podlaska/PL; "
        "Hajnówka/PL; Giżycko/PL; Augustów/PL; Jelenia Góra/PL; Nowy Sącz/PL; "
        "Gorzów Wielkopolski/PL",
        "`Prezydent Miasta X – Name` lines, most in the genitive (Białegostoku, Suwałk, "
        "Tarnowa, Jeleniej Góry, Nowego Sącza, Gorzowa Wielkopolskiego), some in the "
        "nominative, `Burmistrz`; a president named Kalisz beside a venue `w Kaliszu`; Poznań "
        "the association's office and also a signatory",
    ),
]

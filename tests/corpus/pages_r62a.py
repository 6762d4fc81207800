"""Batch r62a: 14 held-out pages, one language each, written without reading the reader or
running it, in the shapes city networks publish: Canadian English `Name, Mayor, City, ON`
lines with province codes and names beside a mayor named Victoria and one named Regina and a
host; Québec French `Pour la Ville de X` signature blocks with an MRC and the place of signing;
a Mexican table of 62 municipios flattened with spaces (estado, población, año); Brazilian
news of three members joining at a venue named like a city (`Teatro Guaíra`); an Italian PDF
copy with page headers, page numbers and names hyphenated at line ends; Austrian running text
with `und`/`sowie`, a Land and a venue in Vienna; Dutch members under province headings
(Groningen, Utrecht, Limburg over their namesakes); a Polish A–Z index with voivodeships;
a Czech tab table with kraj, population and year columns and a kraj that signed; Slovak
genitives with `a` and `ako aj` and a host `v Nitre`; Slovenian `Mestna občina X – Name,
županja` lines with the association of municipalities; Croatian `gradonačelnica Grada Zadra`
lines with a county; Danish `For X Kommune` blocks with a mayor named Thisted, a region and a
host; a Latvian directory under country headings with Latvian exonyms (`Viļņa`, `Tallina`).
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r62a-ca-mayor-lines-provinces",
        "en",
        "one_a_line;person_before;state_codes;person_named_like_place;not_signatory;no_country",
        "Canadian Mayors' Pledge on Extreme Heat: signatories",
        (2025, 6, 4),
        "Meeting at the Shaw Centre in Ottawa during the annual conference, mayors from across "
        "the country committed to cooling centres, tree canopy targets and heat alerts that reach "
        "every household. The pledge stays open to any municipality that wishes to join.\n\n"
        '"No one should be put at risk in their own apartment in July," said Victoria Lam, who '
        "chairs the working group.\n\nSignatories (in order of signing):",
        "Dana Whitcombe, Mayor, Halifax, Nova Scotia\n"
        "Victoria Lam, Mayor, Kamloops, BC\n"
        "Marc-André Thibodeau, Mayor, Moncton, NB\n"
        "Regina Szabo, Mayor, Saskatoon, Saskatchewan\n"
        "Owen Kerrigan, Mayor, Guelph, ON\n"
        "Harjit Sandhu, Mayor, Surrey, BC\n"
        "Leah Petrenko, Mayor, Lethbridge, AB\n"
        "Colin MacAskill, Mayor, Charlottetown, PE\n"
        "Nadia Farouk, Mayor, Kitchener, Ontario\n"
        "Brendan O'Toole, Mayor, St. John's, NL\n"
        "Sylvie Gagnon, Mairesse / Mayor, Gatineau, QC\n"
        "Priya Raman, Mayor, London, ON\n"
        "Tom Ashdown, Mayor, Thunder Bay, ON",
        "Municipalities wishing to sign can write to the secretariat. The next meeting of the "
        "working group will be held online in September.",
        "Halifax/CA; Kamloops/CA; Moncton/CA; Saskatoon/CA; Guelph/CA; Surrey/CA; Lethbridge/CA; "
        "Charlottetown/CA; Kitchener/CA; St. John's/CA; Gatineau/CA; London/CA; Thunder Bay/CA",
        note="Ottawa is the venue; Victoria and Regina are mayors' first names",
    ),
    Page(
        "fr-r62a-qc-signature-blocks-mrc",
        "fr",
        "one_a_line;person_after;body_not_city;not_signatory;no_country",
        "Déclaration des municipalités du Québec pour la protection des sources d'eau potable",
        (2025, 5, 14),
        "Réunies à Trois-Rivières le 14 mai, les municipalités signataires s'engagent à "
        "cartographier leurs prises d'eau, à protéger les bandes riveraines et à partager "
        "leurs données avec les organismes de bassin versant.\n\n"
        "Signé à Trois-Rivières, le 14 mai 2025.",
        "Pour la Ville de Sherbrooke\n\n______________________________\n"
        "Élise Thériault, mairesse\n\n"
        "Pour la Ville de Rimouski\n\n______________________________\n"
        "Jean-Philippe Ouellet, maire\n\n"
        "Pour la Ville de Saguenay\n\n______________________________\n"
        "Martine Bouchard-Lavoie, mairesse\n\n"
        "Pour la Ville de Lévis\n\n______________________________\n"
        "Antoine Crevier, maire\n\n"
        "Pour la Ville de Magog\n\n______________________________\n"
        "Josée Lamontagne, mairesse\n\n"
        "Pour la MRC de Memphrémagog\n\n______________________________\n"
        "Réal Desrosiers, préfet",
        "La déclaration demeure ouverte à la signature de toute municipalité ou MRC du Québec.",
        "Sherbrooke/CA; Rimouski/CA; Saguenay/CA; Lévis/CA; Magog/CA; "
        "MRC de Memphrémagog|Memphrémagog/CA/county",
        note="Trois-Rivières is where it was signed, not a signatory",
    ),
]

# Mexico: (municipio as the network writes it, estado, población, año de adhesión, expected)
_MX = [
    ("Tijuana", "Baja California", "1 922 523", 2016, "Tijuana"),
    ("Mexicali", "Baja California", "1 049 792", 2016, "Mexicali"),
    ("Ensenada", "Baja California", "443 807", 2019, "Ensenada"),
    ("La Paz", "Baja California Sur", "292 241", 2021, "La Paz"),
    ("Hermosillo", "Sonora", "936 263", 2017, "Hermosillo"),
    ("Nogales", "Sonora", "264 782", 2022, "Nogales"),
    ("Culiacán", "Sinaloa", "1 003 530", 2017, "Culiacán"),
    ("Mazatlán", "Sinaloa", "501 441", 2018, "Mazatlán"),
    ("Chihuahua", "Chihuahua", "937 674", 2016, "Chihuahua"),
    ("Juárez", "Chihuahua", "1 512 450", 2016, "Ciudad Juárez|Juárez"),
    ("Torreón", "Coahuila", "720 848", 2018, "Torreón"),
    ("Saltillo", "Coahuila", "879 958", 2017, "Saltillo"),
    ("Monclova", "Coahuila", "237 951", 2023, "Monclova"),
    ("Monterrey", "Nuevo León", "1 142 994", 2016, "Monterrey"),
    ("San Pedro Garza García", "Nuevo León", "132 169", 2016, "San Pedro Garza García"),
    ("San Nicolás de los Garza", "Nuevo León", "412 199", 2019, "San Nicolás de los Garza"),
    ("Apodaca", "Nuevo León", "656 464", 2020, "Apodaca|Ciudad Apodaca"),
    ("Durango", "Durango", "688 697", 2018, "Durango|Victoria de Durango"),
    ("Gómez Palacio", "Durango", "372 750", 2021, "Gómez Palacio"),
    ("Zacatecas", "Zacatecas", "149 607", 2022, "Zacatecas"),
    ("Aguascalientes", "Aguascalientes", "948 990", 2016, "Aguascalientes"),
    ("San Luis Potosí", "San Luis Potosí", "911 908", 2017, "San Luis Potosí"),
    ("Tampico", "Tamaulipas", "297 562", 2019, "Tampico"),
    ("Reynosa", "Tamaulipas", "704 767", 2020, "Reynosa"),
    ("Nuevo Laredo", "Tamaulipas", "425 058", 2021, "Nuevo Laredo"),
    ("Matamoros", "Tamaulipas", "541 979", 2023, "Matamoros|Heroica Matamoros"),
    ("Guadalajara", "Jalisco", "1 385 629", 2016, "Guadalajara"),
    ("Zapopan", "Jalisco", "1 476 491", 2016, "Zapopan"),
    ("San Pedro Tlaquepaque", "Jalisco", "687 127", 2017, "Tlaquepaque|San Pedro Tlaquepaque"),
    ("Tonalá", "Jalisco", "569 913", 2018, "Tonalá"),
    ("Puerto Vallarta", "Jalisco", "291 839", 2019, "Puerto Vallarta"),
    ("Tepic", "Nayarit", "425 924", 2020, "Tepic"),
    ("Colima", "Colima", "157 048", 2022, "Colima"),
    ("Morelia", "Michoacán", "849 053", 2017, "Morelia"),
    ("Uruapan", "Michoacán", "356 786", 2021, "Uruapan"),
    ("León", "Guanajuato", "1 721 215", 2016, "León|León de los Aldama"),
    ("Irapuato", "Guanajuato", "592 953", 2018, "Irapuato"),
    ("Celaya", "Guanajuato", "521 169", 2018, "Celaya"),
    ("Guanajuato", "Guanajuato", "194 500", 2020, "Guanajuato"),
    ("San Miguel de Allende", "Guanajuato", "174 615", 2024, "San Miguel de Allende"),
    ("Querétaro", "Querétaro", "1 049 777", 2016, "Querétaro|Santiago de Querétaro"),
    ("Pachuca de Soto", "Hidalgo", "314 331", 2019, "Pachuca de Soto|Pachuca"),
    ("Toluca", "Estado de México", "910 608", 2017, "Toluca"),
    ("Naucalpan de Juárez", "Estado de México", "834 434", 2018, "Naucalpan de Juárez"),
    ("Tlalnepantla de Baz", "Estado de México", "672 202", 2018, "Tlalnepantla"),
    ("Ecatepec de Morelos", "Estado de México", "1 645 352", 2022, "Ecatepec de Morelos"),
    (
        "Nezahualcóyotl",
        "Estado de México",
        "1 077 208",
        2023,
        "Nezahualcóyotl|Ciudad Nezahualcoyotl",
    ),
    ("Coyoacán", "Ciudad de México", "614 447", 2019, "Coyoacán"),
    ("Cuernavaca", "Morelos", "378 476", 2017, "Cuernavaca"),
    ("Puebla", "Puebla", "1 692 181", 2016, "Puebla"),
    ("Tehuacán", "Puebla", "327 312", 2021, "Tehuacán"),
    ("San Andrés Cholula", "Puebla", "154 448", 2022, "San Andrés Cholula"),
    ("Tlaxcala", "Tlaxcala", "99 896", 2020, "Tlaxcala"),
    ("Xalapa", "Veracruz", "488 531", 2016, "Xalapa|Xalapa de Enríquez"),
    ("Veracruz", "Veracruz", "607 209", 2017, "Veracruz"),
    ("Coatzacoalcos", "Veracruz", "310 698", 2019, "Coatzacoalcos"),
    ("Córdoba", "Veracruz", "204 721", 2024, "Córdoba"),
    ("Oaxaca de Juárez", "Oaxaca", "270 955", 2018, "Oaxaca|Oaxaca de Juárez"),
    ("Acapulco de Juárez", "Guerrero", "779 566", 2020, "Acapulco de Juárez|Acapulco"),
    ("Chilpancingo de los Bravo", "Guerrero", "283 354", 2023, "Chilpancingo"),
    ("Tuxtla Gutiérrez", "Chiapas", "604 147", 2017, "Tuxtla Gutiérrez|Tuxtla"),
    ("San Cristóbal de las Casas", "Chiapas", "215 874", 2019, "San Cristóbal de las Casas"),
    ("Tapachula", "Chiapas", "353 706", 2021, "Tapachula"),
    ("Campeche", "Campeche", "294 077", 2020, "Campeche"),
    ("Mérida", "Yucatán", "995 129", 2016, "Mérida"),
    ("Valladolid", "Yucatán", "85 460", 2024, "Valladolid"),
    ("Cancún (Benito Juárez)", "Quintana Roo", "911 503", 2018, "Cancún"),
    ("Chetumal (Othón P. Blanco)", "Quintana Roo", "233 648", 2022, "Chetumal"),
]
_MX_HEAD = ("Municipio", "Estado", "Población", "Año de adhesión")
_MX_LINES = [f"{a:<30}{b:<22}{c:>11}    {d}" for a, b, c, d in [_MX_HEAD, *[r[:4] for r in _MX]]]

PAGES += [
    Page(
        "es-r62a-mx-municipios-space-table",
        "es",
        "table_tabs;region_after;columns_after;no_country",
        "Red Mexicana de Municipios por la Movilidad Sostenible: municipios integrantes",
        (2024, 11, 8),
        "La Red reúne a gobiernos municipales de todo el país que se han comprometido a "
        "priorizar al peatón, la bicicleta y el transporte público en su planeación urbana. "
        "La secretaría técnica actualiza esta tabla cada trimestre con base en las actas de "
        "cabildo recibidas.\n\nMunicipios integrantes al 30 de septiembre de 2024 "
        f"({len(_MX)} municipios):",
        "\n".join(_MX_LINES),
        "Fuente: actas de cabildo y censo de población. Los municipios interesados en sumarse "
        "pueden solicitar el formato de adhesión a la secretaría técnica.",
        "; ".join(f"{r[4]}/MX" for r in _MX),
    ),
    Page(
        "pt-r62a-br-novos-membros-teatro-guaira",
        "pt",
        "running_text;state_codes;not_signatory;person_named_like_place;no_country",
        "Três novos municípios aderem à Rede Cidades pela Primeira Infância",
        (2025, 3, 21),
        "Curitiba (PR) – O encontro anual da Rede Cidades pela Primeira Infância, realizado "
        "nesta quinta-feira no Teatro Guaíra, em Curitiba, marcou a chegada de três novos "
        "membros.",
        "Durante a sessão de abertura, os prefeitos de Londrina (PR), Chapecó (SC) e Juiz de "
        "Fora (MG) assinaram o termo de adesão, comprometendo-se a ampliar vagas em creches e "
        "a criar comitês municipais de primeira infância até o fim do próximo ano.",
        '"Receber novos parceiros aqui no Teatro Guaíra mostra que a rede está crescendo", '
        "afirmou a secretária municipal de Educação de Curitiba, Helena Duarte. O "
        "coordenador nacional da rede, Rodrigo Salvador Pinheiro, lembrou que o próximo "
        "encontro será em Belo Horizonte, em novembro.",
        "Londrina/BR; Chapecó/BR; Juiz de Fora/BR",
        note="Curitiba hosts, Teatro Guaíra is the venue, Belo Horizonte the next host; "
        "Salvador is a person's name",
    ),
]

PAGES += [
    Page(
        "it-r62a-pdf-hyphenated-headers",
        "it",
        "numbered;broken_lines;state_codes;person_after;no_country",
        "Patto dei Comuni per l'acqua bene comune: l'elenco dei firmatari",
        (2024, 10, 2),
        "Pubblichiamo il testo dell'elenco allegato al Patto, così come compare nel documento "
        "PDF firmato a Ferrara durante l'assemblea nazionale (scaricabile in fondo alla "
        "pagina).\n\nALLEGATO A – Comuni firmatari",
        "1. Comune di Bergamo (BG) – Sindaca Giulia Fer-\nrandi\n"
        "2. Comune di Reggio nell'Emi-\nlia (RE) – Sindaco Paolo Bertazzoni\n"
        "3. Comune di Castelfranco Ve-\nneto (TV) – Sindaco Luca Zanatta\n"
        "4. Comune di Montebelluna (TV) – Sindaca Elisa Gobbo\n"
        "5. Comune di Faenza (RA) – Sindaco Marco Baldini\n"
        "6. Comune di Cesena (FC) – Sindaco Andrea Rossetti\n"
        "7. Comune di San Giovanni in Per-\nsiceto (BO) – Sindaca Chiara Malaguti\n"
        "8. Comune di Lucca (LU) – Sindaco Filippo Giannecchini\n"
        "9. Comune di Pontedera (PI) – Sindaco Simone Cecchi\n\n"
        "Patto dei Comuni per l'acqua bene comune – Allegato A          pag. 1 di 2\n\n"
        "Assemblea nazionale – Ferrara, 27 settembre 2024\n"
        "10. Comune di Sesto Fiorentino (FI) – Sindaca Beatrice Nen-\ncini\n"
        "11. Comune di Perugia (PG) – Sindaca Silvia Ranieri\n"
        "12. Comune di Foligno (PG) – Sindaco Matteo Ceccarelli\n"
        "13. Comune di Ascoli Pi-\nceno (AP) – Sindaco Giorgio Celani\n"
        "14. Comune di Pescara (PE) – Sindaco Davide D'Alessandro\n"
        "15. Comune di Lecce (LE) – Sindaca Anna Maria De Pascalis\n"
        "16. Comune di Altamura (BA) – Sindaco Nicola Loiudice\n"
        "17. Comune di Cosenza (CS) – Sindaco Francesco Aiello\n"
        "18. Comune di Bagheria (PA) – Sindaca Rosalia Cusimano\n"
        "19. Comune di Nuoro (NU) – Sindaco Gavino Ladu\n"
        "20. Comune di Rovereto (TN) – Sindaco Stefano Dalprà\n"
        "21. Comune di Merano (BZ) – Sindaca Martina Oberhofer\n"
        "22. Comune di Alessandria (AL) – Sindaco Giacomo Ferraris\n\n"
        "Patto dei Comuni per l'acqua bene comune – Allegato A          pag. 2 di 2",
        "Scarica il documento completo (PDF, 1,2 MB). Per informazioni: segreteria del Patto, "
        "c/o Comune di Ferrara, ufficio ambiente.",
        "Bergamo/IT; Reggio nell'Emilia|Reggio Emilia/IT; Castelfranco Veneto/IT; "
        "Montebelluna/IT; Faenza/IT; Cesena/IT; San Giovanni in Persiceto/IT; Lucca/IT; "
        "Pontedera/IT; Sesto Fiorentino/IT; Perugia/IT; Foligno/IT; Ascoli Piceno/IT; "
        "Pescara/IT; Lecce/IT; Altamura/IT; Cosenza/IT; Bagheria/IT; Nuoro/IT; Rovereto/IT; "
        "Merano/IT; Alessandria/IT",
        note="Ferrara hosted the assembly and keeps the secretariat; it is not in the annex",
    ),
    Page(
        "de-r62a-at-running-sowie-land",
        "de",
        "running_text;body_not_city;not_signatory;no_country",
        "Österreichische Städte unterzeichnen Charta für klimafitte Schulwege",
        (2025, 4, 9),
        "Im Festsaal des Wiener Rathauses wurde am Dienstag die Charta für klimafitte Schulwege "
        "unterzeichnet. Sie sieht Schulstraßen, sichere Radwege und mehr Schatten vor den "
        "Schulen vor.",
        "Unterschrieben haben die Bürgermeisterinnen und Bürgermeister von Graz, Linz, "
        "Salzburg, Innsbruck und Klagenfurt am Wörthersee sowie die Stadtchefs von Villach, "
        "Wels, Dornbirn und St. Pölten. Als erstes Bundesland hat sich zudem das Land "
        "Vorarlberg der Charta angeschlossen.",
        "„Kinder sollen zu Fuß und mit dem Rad sicher in die Schule kommen“, sagte "
        "Gastgeberin Andrea Weninger, Vizebürgermeisterin der Bundeshauptstadt. Wien selbst "
        "will der Charta nach einem Gemeinderatsbeschluss im Herbst beitreten; auch Leoben und "
        "Steyr prüfen einen Beitritt.",
        "Graz/AT; Linz/AT; Salzburg/AT; Innsbruck/AT; Klagenfurt am Wörthersee|Klagenfurt/AT; "
        "Villach/AT; Wels/AT; Dornbirn/AT; St. Pölten|Sankt Pölten/AT; "
        "Land Vorarlberg|Vorarlberg/AT/region",
        note="Vienna hosts and may join later; Leoben and Steyr are considering it",
    ),
]

_NL = {
    "Groningen": ["Groningen", "Veendam"],
    "Friesland": ["Leeuwarden", "Harlingen", "Heerenveen"],
    "Overijssel": ["Zwolle", "Deventer", "Enschede", "Hengelo"],
    "Gelderland": ["Arnhem", "Nijmegen", "Apeldoorn", "Zutphen"],
    "Utrecht": ["Utrecht", "Amersfoort", "Zeist"],
    "Noord-Holland": ["Haarlem", "Alkmaar", "Hilversum", "Purmerend"],
    "Zuid-Holland": ["Leiden", "Delft", "Gouda", "Dordrecht"],
    "Zeeland": ["Middelburg", "Vlissingen"],
    "Noord-Brabant": ["Tilburg", "'s-Hertogenbosch", "Helmond"],
    "Limburg": ["Maastricht", "Venlo", "Heerlen"],
}
_NL_SINCE = [2014, 2016, 2017, 2018, 2019, 2021, 2022, 2023]
_nl_lines = []
_nl_n = 0
for _prov, _towns in _NL.items():
    _nl_lines.append(f"\n{_prov.upper()}")
    for _town in _towns:
        _nl_lines.append(f"Gemeente {_town}\nLid sinds {_NL_SINCE[_nl_n % 8]}  ·  Bekijk profiel")
        _nl_n += 1

_PL = {
    "A": ["Augustów – woj. podlaskie"],
    "B": [
        "Białystok – woj. podlaskie",
        "Bielsko-Biała – woj. śląskie",
        "Bydgoszcz – woj. kujawsko-pomorskie",
    ],
    "C": ["Chełm – woj. lubelskie", "Ciechanów – woj. mazowieckie"],
    "E": ["Ełk – woj. warmińsko-mazurskie"],
    "G": ["Gdynia – woj. pomorskie", "Gniezno – woj. wielkopolskie"],
    "J": ["Jarosław – woj. podkarpackie"],
    "K": [
        "Kalisz – woj. wielkopolskie",
        "Kołobrzeg – woj. zachodniopomorskie",
        "Krosno – woj. podkarpackie",
    ],
    "L": ["Leszno – woj. wielkopolskie", "Lublin – woj. lubelskie"],
    "Ł": ["Łomża – woj. podlaskie", "Łódź – woj. łódzkie"],
    "N": ["Nowy Sącz – woj. małopolskie"],
    "O": ["Olsztyn – woj. warmińsko-mazurskie", "Opole – woj. opolskie"],
    "P": ["Piła – woj. wielkopolskie", "Płock – woj. mazowieckie"],
    "S": ["Sanok – woj. podkarpackie", "Słupsk – woj. pomorskie"],
    "T": ["Tarnów – woj. małopolskie", "Toruń – woj. kujawsko-pomorskie"],
    "Z": ["Zamość – woj. lubelskie", "Zielona Góra – woj. lubuskie"],
    "Ż": ["Żyrardów – woj. mazowieckie"],
}

PAGES += [
    Page(
        "nl-r62a-province-headings-cards",
        "nl",
        "region_heading;one_a_line;columns_after;no_country",
        "Netwerk Gezonde Binnensteden: onze leden per provincie",
        (2025, 1, 15),
        "Het netwerk telt " + str(_nl_n) + " gemeenten die samen werken aan levendige, groene "
        "en gezonde binnensteden. Klik op een gemeente om haar profiel en lopende projecten te "
        "bekijken.",
        "\n".join(_nl_lines).strip(),
        "Staat uw gemeente er nog niet bij? Neem contact op met het bureau van het netwerk "
        "voor een kennismakingsgesprek.",
        "; ".join(
            f"{t}/NL" if t != "'s-Hertogenbosch" else "'s-Hertogenbosch|Den Bosch/NL"
            for ts in _NL.values()
            for t in ts
        ),
        note="province headings Groningen, Utrecht and Limburg sit over their namesakes",
    ),
    Page(
        "pl-r62a-a-z-index-wojewodztwa",
        "pl",
        "one_a_line;region_after;no_country",
        "Sieć Miast Przyjaznych Seniorom – indeks członków od A do Ż",
        (2024, 12, 3),
        "Poniżej publikujemy alfabetyczny wykaz miast należących do Sieci. Przy każdym mieście "
        "podajemy województwo. Wykaz aktualizowany jest po każdym posiedzeniu Zarządu.",
        "\n\n".join(f"{k}\n" + "\n".join(v) for k, v in _PL.items()),
        "Brakuje Twojego miasta? Deklarację przystąpienia można przesłać do biura Sieci w "
        "formie elektronicznej.",
        "; ".join(f"{e.split(' – ')[0]}/PL" for v in _PL.values() for e in v),
    ),
    Page(
        "cs-r62a-tab-table-kraj-columns",
        "cs",
        "table_tabs;numbered;columns_after;body_not_city;no_country",
        "Memorandum o spolupráci při obnově brownfieldů: přehled signatářů",
        (2024, 9, 17),
        "Memorandum podepsaly obce, statutární města a jeden kraj. Tabulka uvádí stav k "
        "31. srpnu 2024.",
        "Č.\tSignatář\tKraj\tPočet obyvatel\tRok podpisu\n"
        "1.\tLiberec\tLiberecký kraj\t104 802\t2019\n"
        "2.\tÚstí nad Labem\tÚstecký kraj\t91 982\t2019\n"
        "3.\tHradec Králové\tKrálovéhradecký kraj\t92 939\t2019\n"
        "4.\tPardubice\tPardubický kraj\t91 727\t2020\n"
        "5.\tKladno\tStředočeský kraj\t68 436\t2020\n"
        "6.\tPlzeň\tPlzeňský kraj\t175 219\t2020\n"
        "7.\tKarlovy Vary\tKarlovarský kraj\t46 542\t2021\n"
        "8.\tJihlava\tKraj Vysočina\t54 422\t2021\n"
        "9.\tKraj Vysočina\t–\t512 727\t2021\n"
        "10.\tZlín\tZlínský kraj\t74 255\t2022\n"
        "11.\tPřerov\tOlomoucký kraj\t41 943\t2022\n"
        "12.\tKarviná\tMoravskoslezský kraj\t50 902\t2023\n"
        "13.\tTřinec\tMoravskoslezský kraj\t34 425\t2023\n"
        "14.\tZnojmo\tJihomoravský kraj\t33 666\t2024",
        "Memorandum koordinuje sekretariát se sídlem v Ostravě. Další obce mohou přistoupit "
        "na základě usnesení zastupitelstva.",
        "Liberec/CZ; Ústí nad Labem/CZ; Hradec Králové/CZ; Pardubice/CZ; Kladno/CZ; Plzeň/CZ; "
        "Karlovy Vary/CZ; Jihlava/CZ; Kraj Vysočina|Vysočina Region/CZ/region; Zlín/CZ; "
        "Přerov/CZ; Karviná/CZ; Třinec/CZ; Znojmo/CZ",
        note="Ostrava holds the secretariat; kraj column names regions that did not sign",
    ),
    Page(
        "sk-r62a-running-genitives-ako-aj",
        "sk",
        "running_text;inflected;not_signatory;no_country",
        "Primátori podpísali výzvu za dostupné nájomné bývanie",
        (2025, 2, 26),
        "Na stretnutí v Nitre, ktoré sa konalo v priestoroch výstaviska Agrokomplex, "
        "predstavili samosprávy spoločnú výzvu vláde na podporu obecného nájomného bývania.",
        "Výzvu podpísali primátori a primátorky Bratislavy, Košíc, Prešova, Žiliny, Banskej "
        "Bystrice a Trenčína, ako aj primátor Levoče, ktorý sa k iniciatíve pripojil ako "
        "prvé menšie mesto.",
        "Hostiteľské mesto Nitra sa k výzve zatiaľ nepripojilo, jeho zástupcovia však podľa "
        "slov viceprimátorky Zuzany Hrušovskej sledujú rokovania s vládou. Ďalšie stretnutie "
        "sa uskutoční v máji v Martine.",
        "Bratislava/SK; Košice/SK; Prešov/SK; Žilina/SK; Banská Bystrica/SK; Trenčín/SK; Levoča/SK",
        note="Nitra hosts and did not sign; Martin is the next venue",
    ),
]

PAGES += [
    Page(
        "sl-r62a-obcina-then-mayor-skupnost",
        "sl",
        "one_a_line;person_after;body_not_city;no_country",
        "Zaveza slovenskih občin za trajnostno upravljanje z odpadki – podpisniki",
        (2024, 11, 20),
        "Zavezo so na posvetu v Ljubljani podpisali župani in županje naslednjih občin ter "
        "predstavnica Skupnosti občin Slovenije:",
        "Mestna občina Celje – Ana Kovačič, županja\n"
        "Mestna občina Kranj – Matej Kos, župan\n"
        "Mestna občina Novo mesto – Tadej Zupančič, župan\n"
        "Mestna občina Koper – Martina Vidmar, županja\n"
        "Mestna občina Velenje – Rok Golob, župan\n"
        "Občina Piran – Nina Lenarčič, županja\n"
        "Občina Idrija – Gregor Rupnik, župan\n"
        "Občina Ajdovščina – Boštjan Kovač, župan\n"
        "Občina Kamnik – Maja Zore, županja\n"
        "Občina Trebnje – Jure Starič, župan\n"
        "Skupnost občin Slovenije – Petra Vrhovnik, predsednica",
        "Zaveza ostaja odprta za vse slovenske občine. Naslednji posvet bo spomladi v Mariboru.",
        "Celje/SI; Kranj/SI; Novo mesto|Novo Mesto/SI; Koper/SI; Velenje/SI; Piran/SI; "
        "Idrija/SI; Ajdovščina/SI; Kamnik/SI; Trebnje/SI; "
        "Skupnost občin Slovenije|Association of Municipalities and Towns of Slovenia"
        "/SI/union of municipalities",
        note="Ljubljana hosted the meeting, Maribor hosts the next one",
    ),
    Page(
        "hr-r62a-gradonacelnik-grada-genitives",
        "hr",
        "one_a_line;person_before;inflected;body_not_city;no_country",
        "Sporazum gradova o energetskoj obnovi javnih zgrada – potpisnici",
        (2025, 3, 5),
        "Sporazum su u Zagrebu, u sklopu konferencije o energetskoj učinkovitosti, potpisali:",
        "Ivana Perić, gradonačelnica Grada Zadra\n"
        "Tomislav Horvat, gradonačelnik Grada Varaždina\n"
        "Damir Kovačević, gradonačelnik Grada Karlovca\n"
        "Snježana Babić, gradonačelnica Grada Siska\n"
        "Ante Bilić, gradonačelnik Grada Šibenika\n"
        "Luka Matošević, gradonačelnik Grada Pule\n"
        "Marina Tomljenović, gradonačelnica Grada Rijeke\n"
        "Krešimir Šimić, gradonačelnik Grada Osijeka\n"
        "Dario Jurić, gradonačelnik Grada Slavonskog Broda\n"
        "Martina Novak, gradonačelnica Grada Čakovca\n"
        "Goran Bartolić, gradonačelnik Grada Koprivnice\n"
        "Ivo Lučić, gradonačelnik Grada Dubrovnika\n"
        "Josip Periša, načelnik Općine Tisno\n"
        "Sandra Ivančić, županica Istarske županije",
        "Grad Zagreb, domaćin konferencije, pridružit će se Sporazumu nakon odluke Gradske "
        "skupštine.",
        "Zadar/HR; Varaždin/HR; Karlovac/HR; Sisak/HR; Šibenik/HR; Pula/HR; Rijeka/HR; "
        "Osijek/HR; Slavonski Brod/HR; Čakovec/HR; Koprivnica/HR; Dubrovnik/HR; Tisno/HR; "
        "Istarska županija|Istria County/HR/county",
        note="Zagreb hosts and has not signed yet",
    ),
    Page(
        "da-r62a-for-kommune-blocks-thisted",
        "da",
        "one_a_line;person_after;person_named_like_place;body_not_city;not_signatory;no_country",
        "Fælles erklæring om grønne erhvervsområder i Jylland",
        (2025, 4, 3),
        "Kommunerne og regionen forpligter sig til at planlægge fælles energiforsyning, "
        "delte ladeanlæg og bedre kollektiv trafik til erhvervsområderne.\n\n"
        "Underskrevet i Kolding den 3. april 2025",
        "For Aalborg Kommune\n\nJens Thisted\nborgmester\n\n"
        "For Aarhus Kommune\n\nMette Skovgaard Holm\nborgmester\n\n"
        "For Vejle Kommune\n\nPeter Brandt Nielsen\nborgmester\n\n"
        "For Silkeborg Kommune\n\nLone Kirkegaard\nborgmester\n\n"
        "For Region Midtjylland\n\nKaren Bech Iversen\nregionsrådsformand",
        "Kolding Kommune har stillet mødelokaler til rådighed og deltager som observatør.",
        "Aalborg/DK; Aarhus|Århus/DK; Vejle/DK; Silkeborg/DK; "
        "Region Midtjylland|Central Denmark Region/DK/region",
        note="Kolding hosts and observes; Thisted is the name of Aalborg's mayor",
    ),
    Page(
        "lv-r62a-country-headings-exonyms",
        "lv",
        "region_heading;one_a_line;country_in_language",
        "Baltijas jūras reģiona velopilsētu tīkls: dalībpilsētas",
        (2024, 10, 22),
        "Tīklā apvienojušās pilsētas, kas attīsta drošu velosatiksmi un dalās pieredzē par "
        "velojoslām, stāvvietām un skolēnu velomaršrutiem. Dalībpilsētas pa valstīm:",
        "Latvija\nRīga\nDaugavpils\nLiepāja\nJelgava\nValmiera\nCēsis\nVentspils\n\n"
        "Lietuva\nViļņa\nKauņa\nKlaipēda\nŠauļi\nPaņevēža\n\n"
        "Igaunija\nTallina\nTartu\nPērnava\nNarva\n\n"
        "Somija\nHelsinki\nTurku",
        "Pievienoties tīklam var jebkura Baltijas jūras reģiona pilsēta. Pieteikumus izskata "
        "tīkla valde divreiz gadā.",
        "Riga|Rīga/LV; Daugavpils/LV; Liepāja/LV; Jelgava/LV; Valmiera/LV; Cēsis/LV; "
        "Ventspils/LV; Vilnius|Viļņa/LT; Kaunas|Kauņa/LT; Klaipėda|Klaipēda/LT; "
        "Šiauliai|Šauļi/LT; Panevėžys|Paņevēža/LT; Tallinn|Tallina/EE; Tartu/EE; "
        "Pärnu|Pērnava/EE; Narva/EE; Helsinki/FI; Turku/FI",
    ),
]

"""Batch r64a: 14 pages written during round 64 (branch wr64a), held out from round 65.

One language or region a page, in the shapes city networks publish: Australian councils in
`Name, Lord Mayor, City of X` lines with a councillor named Adelaide; an Indian tab table of
municipal corporations with state and nodal-officer columns; news of Ontario towns joining
under English and French names (`City of Greater Sudbury (Ville du Grand Sudbury)`); Québec
`Pour la Ville de X` blocks with an MRC; Mexican `Municipio de X, Estado` bullets; Colombian
alcaldías in running text with `y` and departments in brackets, a gobernación, Armenia
(Quindío); 46 Brazilian prefeituras numbered with UF codes that are countries' codes; a Swiss
space-aligned table of Gemeinden with canton codes; an Italian PDF copy with hyphenation and
page headers; 45 Dutch gemeenten under province headings with counts; a Swedish news page
with no list; three Danish kommuner in running text with `og`; Czech genitives with `a` and a
kraj; Slovak `Mesto X – primátor Name` lines with a primátor named Martin and two samosprávne
kraje. Written without reading the reader or running it; the networks, statements and people
are invented, the places are real.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r64a-au-councils-lord-mayor-lines",
        language="en",
        kinds="one_a_line;person_before;person_named_like_place;not_signatory;no_country",
        title="Cooler Suburbs Alliance: councils' joint statement on urban heat",
        date=(2025, 11, 18),
        before=(
            "Australian summers are getting longer and hotter, and councils are on the front\n"
            "line. Meeting in Parramatta on 14 November at the invitation of the City of\n"
            "Parramatta, the mayors of the Cooler Suburbs Alliance agreed the following joint\n"
            "statement.\n\n"
            "We commit to:\n"
            "- mapping heat exposure in every suburb by the end of 2026;\n"
            "- raising canopy cover on council land by at least a fifth within ten years;\n"
            "- opening cool refuges in libraries and community centres on extreme heat days;\n"
            "- publishing our progress every year.\n\n"
            "We call on the Australian Government and the states to match our effort with\n"
            "funding for shade, water and cool building standards.\n\n"
            "Signed by:"
        ),
        listing=(
            "Cr Lena Marchetti, Lord Mayor, City of Sydney\n"
            "Cr Tom Okafor, Lord Mayor, City of Melbourne\n"
            "Cr Priya Kendall, Lord Mayor, Brisbane City Council\n"
            "Cr Adelaide Vance, Lord Mayor, City of Hobart\n"
            "Cr Ruth Dalby, Lord Mayor, City of Darwin\n"
            "Cr Sam Whitlock, Lord Mayor, City of Newcastle\n"
            "Cr Harriet Moss, Lord Mayor, City of Wollongong\n"
            "Cr Daniel Pryce, Mayor, City of Ballarat\n"
            "Cr Jen Ashworth, Mayor, City of Greater Bendigo\n"
            "Cr Marcus Levi, Mayor, City of Gold Coast\n"
            "Cr Nadia Fournier, Mayor, Townsville City Council\n"
            "Cr Bill Tranh, Mayor, Cairns Regional Council\n"
            "Cr Orla Hennessy, Mayor, City of Fremantle\n"
            "Cr Kim Satori, Mayor, City of Launceston"
        ),
        after=(
            "The alliance thanks the City of Parramatta for hosting the meeting. Councils that\n"
            "wish to add their name can contact the secretariat in Canberra.\n\n"
            "Media contact: Joel Barnaby, communications officer, 02 5550 1234"
        ),
        expected=(
            "Sydney/AU; Melbourne/AU; Brisbane/AU; Hobart/AU; Darwin/AU; Newcastle/AU; "
            "Wollongong/AU; Ballarat/AU; Bendigo/AU; Gold Coast/AU; Townsville/AU; Cairns/AU; "
            "Fremantle/AU; Launceston/AU"
        ),
        note=(
            "Australian council signatories as `Cr Name, Lord Mayor, City of X` lines, a "
            "councillor named Adelaide, `City of Greater Bendigo`; Parramatta the host and "
            "Canberra the secretariat did not sign"
        ),
    ),
    Page(
        name="en-r64a-in-municipal-corporations-tab-table-states",
        language="en",
        kinds="table_tabs;region_after;columns_after;person_after;no_country;not_signatory",
        title="Clean Air Cities Compact: participating municipal corporations",
        date=(2026, 2, 9),
        before=(
            "The Clean Air Cities Compact brings together urban local bodies that have\n"
            "committed to a city clean air action plan, continuous monitoring and a public\n"
            "dashboard. The compact's secretariat in New Delhi supports members with\n"
            "technical help and peer exchanges.\n\n"
            "The following municipal corporations have signed the compact so far. Each has\n"
            "named a nodal officer for the compact."
        ),
        listing=(
            "No.\tMunicipal Corporation\tState\tNodal officer\tSigned\n"
            "1\tPune Municipal Corporation\tMaharashtra\tShri Anand Kulkarni\t2024\n"
            "2\tGreater Hyderabad Municipal Corporation\tTelangana\tSmt. Lavanya Reddy\t2024\n"
            "3\tBruhat Bengaluru Mahanagara Palike\tKarnataka\tShri Manjunath Gowda\t2024\n"
            "4\tGreater Chennai Corporation\tTamil Nadu\tDr. Revathi Sundaram\t2024\n"
            "5\tSurat Municipal Corporation\tGujarat\tShri Hiren Desai\t2024\n"
            "6\tIndore Municipal Corporation\tMadhya Pradesh\tShri Alok Tiwari\t2024\n"
            "7\tAhmedabad Municipal Corporation\tGujarat\tSmt. Nisha Parikh\t2024\n"
            "8\tNagpur Municipal Corporation\tMaharashtra\tShri Vinod Bhoyar\t2025\n"
            "9\tBhopal Municipal Corporation\tMadhya Pradesh\tSmt. Ritu Saxena\t2025\n"
            "10\tLucknow Municipal Corporation\tUttar Pradesh\tShri Arvind Mishra\t2025\n"
            "11\tJaipur Municipal Corporation\tRajasthan\tShri Mahendra Shekhawat\t2025\n"
            "12\tThiruvananthapuram Municipal Corporation\tKerala\tDr. Anjali Menon\t2025\n"
            "13\tKochi Municipal Corporation\tKerala\tShri Thomas Varghese\t2025\n"
            "14\tCoimbatore City Municipal Corporation\tTamil Nadu\tShri Senthil Kumar\t2025\n"
            "15\tGreater Visakhapatnam Municipal Corporation\tAndhra Pradesh"
            "\tSmt. Padmaja Rao\t2025\n"
            "16\tVadodara Municipal Corporation\tGujarat\tShri Ketan Shah\t2025\n"
            "17\tNashik Municipal Corporation\tMaharashtra\tSmt. Sunita Pawar\t2025\n"
            "18\tMadurai Corporation\tTamil Nadu\tShri Murugan Pandian\t2025\n"
            "19\tPatna Municipal Corporation\tBihar\tShri Rakesh Sinha\t2025\n"
            "20\tBhubaneswar Municipal Corporation\tOdisha\tSmt. Sasmita Mohanty\t2026\n"
            "21\tGuwahati Municipal Corporation\tAssam\tShri Pranjal Bora\t2026\n"
            "22\tVaranasi Municipal Corporation\tUttar Pradesh\tShri Devendra Pandey\t2026"
        ),
        after=(
            "Corporations wishing to join should write to the secretariat. The next peer\n"
            "exchange will be held in Kolkata in April."
        ),
        expected=(
            "Pune/IN; Hyderabad/IN; Bengaluru|Bangalore/IN; Chennai/IN; Surat/IN; Indore/IN; "
            "Ahmedabad/IN; Nagpur/IN; Bhopal/IN; Lucknow/IN; Jaipur/IN; Thiruvananthapuram/IN; "
            "Kochi/IN; Coimbatore/IN; Visakhapatnam/IN; Vadodara/IN; Nashik/IN; Madurai/IN; "
            "Patna/IN; Bhubaneswar/IN; Guwahati/IN; Varanasi/IN"
        ),
        note=(
            "tab table of Indian municipal corporations (`Greater Hyderabad Municipal "
            "Corporation`, `Bruhat Bengaluru Mahanagara Palike`) with state, nodal officer and "
            "year columns; New Delhi the secretariat and Kolkata the next venue did not sign"
        ),
    ),
    Page(
        name="en-r64a-ca-ontario-joining-bilingual-names",
        language="en",
        kinds="running_text;named_twice;not_signatory;no_country",
        title="Six Ontario municipalities join the Northern Rivers Climate Network",
        date=(2025, 9, 24),
        before=(
            "The Northern Rivers Climate Network grew this week as six municipalities from\n"
            "northern and eastern Ontario were welcomed at the network's fall meeting in\n"
            "Timmins."
        ),
        listing=(
            "The new members are the City of Greater Sudbury (Ville du Grand Sudbury), the\n"
            "Town of Hawkesbury (Ville de Hawkesbury), the City of Clarence-Rockland (Cité de\n"
            "Clarence-Rockland), the Town of Kapuskasing, the Town of Hearst (Ville de Hearst)\n"
            "and the City of Cornwall. All six have adopted council resolutions committing to\n"
            "a community emissions inventory within two years."
        ),
        after=(
            '"Bilingual communities like ours face the same floods and wildfire smoke as\n'
            'everyone else, and we want to plan for them together," said Mayor Josée Arsenault\n'
            "of Hearst.\n\n"
            "Network chair Martine Lacroix, a councillor from Kingston, said the network now\n"
            "counts members in every corner of the province. Its next meeting will be held in\n"
            "North Bay in the spring.\n\n"
            "Founded in 2019, the network offers its members shared tools, training in both\n"
            "official languages and a small grants program."
        ),
        expected=(
            "Greater Sudbury|Sudbury/CA; Hawkesbury/CA; Clarence-Rockland/CA; Kapuskasing/CA; "
            "Hearst/CA; Cornwall/CA"
        ),
        note=(
            "news of six Ontario municipalities joining, named in English with the French "
            "name in brackets, in running text with `and`; Timmins the venue, Kingston the "
            "chair's council and North Bay the next venue did not join"
        ),
    ),
    Page(
        name="fr-r64a-qc-pour-la-ville-blocs-mrc",
        language="fr",
        kinds="one_a_line;person_after;body_not_city;not_signatory;no_country",
        title="Déclaration des municipalités pour la santé des lacs et des rivières",
        date=(2025, 6, 16),
        before=(
            "Réunies au Centre d'arts Orford, les municipalités membres du Réseau Lacs\n"
            "vivants ont adopté la déclaration suivante.\n\n"
            "Attendu que les lacs et les rivières du Québec subissent la pression des\n"
            "algues bleu-vert, des espèces envahissantes et de l'érosion des rives ;\n\n"
            "Attendu que les municipalités sont les premières responsables de la gestion\n"
            "des rives et des eaux pluviales sur leur territoire ;\n\n"
            "Les signataires s'engagent à :\n"
            "1. adopter d'ici 2027 un plan de protection des bandes riveraines ;\n"
            "2. inspecter chaque année les installations septiques de leur territoire ;\n"
            "3. partager leurs données de qualité de l'eau avec le Réseau.\n\n"
            "Fait à Orford, le 12 juin 2025."
        ),
        listing=(
            "Pour la Ville de Sherbrooke\n"
            "Nathalie Bergeron-Lapointe, mairesse\n\n"
            "Pour la Ville de Magog\n"
            "Sylvain Ducharme, maire\n\n"
            "Pour la MRC de Memphrémagog\n"
            "Louise Gingras, préfète\n\n"
            "Pour la Ville de Granby\n"
            "Éric Pelletier-Roy, maire\n\n"
            "Pour la Ville de Drummondville\n"
            "Annie Thibodeau, mairesse\n\n"
            "Pour la Ville de Victoriaville\n"
            "Mathieu Lemire, maire\n\n"
            "Pour la Ville de Saint-Hyacinthe\n"
            "Claudine Fortier, mairesse\n\n"
            "Pour la Ville de Trois-Rivières\n"
            "Jean-François Gaudet, maire\n\n"
            "Pour la Ville de Lévis\n"
            "Isabelle Marcotte, mairesse\n\n"
            "Pour la Ville de Rimouski\n"
            "Patrice Ouellet, maire"
        ),
        after=(
            "Le Réseau Lacs vivants remercie la municipalité du Canton d'Orford pour son\n"
            "accueil. La déclaration reste ouverte à la signature de toute municipalité ou\n"
            "MRC du Québec.\n\n"
            "Renseignements : secrétariat du Réseau, Québec"
        ),
        expected=(
            "Sherbrooke/CA; Magog/CA; MRC de Memphrémagog|Memphrémagog/CA/county; Granby/CA; "
            "Drummondville/CA; Victoriaville/CA; Saint-Hyacinthe/CA; Trois-Rivières/CA; "
            "Lévis/CA; Rimouski/CA"
        ),
        note=(
            "Québec signature blocks `Pour la Ville de X` over the mayor's line, an MRC (a "
            "regional county municipality); Orford the venue and Québec the secretariat did "
            "not sign"
        ),
    ),
    Page(
        name="es-r64a-mx-municipio-estado-bullets",
        language="es",
        kinds="bulleted;region_after;person_after;no_country;not_signatory",
        title="Municipios firmantes del Compromiso por el Agua Urbana",
        date=(2025, 10, 3),
        before=(
            "Reunidos en la Ciudad de México, presidentas y presidentes municipales de todo\n"
            "el país firmaron el Compromiso por el Agua Urbana, impulsado por la Red de\n"
            "Ciudades Hídricas. Los municipios firmantes se comprometen a reducir las\n"
            "pérdidas en sus redes de agua potable, a captar agua de lluvia en edificios\n"
            "públicos y a rendir cuentas cada año.\n\n"
            "Municipios firmantes:"
        ),
        listing=(
            "• Municipio de Zapopan, Jalisco – Pdta. Mpal. Verónica Ibarra Solís\n"
            "• Municipio de San Pedro Tlaquepaque, Jalisco – Pdte. Mpal. Óscar Lomelí\n"
            "• Municipio de Monterrey, Nuevo León – Pdte. Mpal. Rodrigo Garza Treviño\n"
            "• Municipio de San Pedro Garza García, Nuevo León – Pdta. Mpal. Ana Sofía Elizondo\n"
            "• Municipio de Mérida, Yucatán – Pdte. Mpal. Luis Cámara Peón\n"
            "• Municipio de Puebla, Puebla – Pdta. Mpal. Mariana Huerta\n"
            "• Municipio de León, Guanajuato – Pdte. Mpal. Alejandro Muñiz\n"
            "• Municipio de Querétaro, Querétaro – Pdta. Mpal. Daniela Ugalde\n"
            "• Municipio de Morelia, Michoacán – Pdte. Mpal. Javier Ceja\n"
            "• Municipio de Oaxaca de Juárez, Oaxaca – Pdta. Mpal. Itzel Cruz Matus\n"
            "• Municipio de Xalapa, Veracruz – Pdte. Mpal. Héctor Landa\n"
            "• Municipio de Hermosillo, Sonora – Pdta. Mpal. Gabriela Encinas\n"
            "• Municipio de Culiacán, Sinaloa – Pdte. Mpal. Ramón Félix Osuna\n"
            "• Municipio de Chihuahua, Chihuahua – Pdta. Mpal. Lorena Terrazas\n"
            "• Municipio de Aguascalientes, Aguascalientes – Pdte. Mpal. Ernesto Romo\n"
            "• Municipio de Toluca, Estado de México – Pdta. Mpal. Patricia Albarrán\n"
            "• Municipio de Saltillo, Coahuila – Pdte. Mpal. Fernando Dávila\n"
            "• Municipio de Tijuana, Baja California – Pdta. Mpal. Karla Ruvalcaba\n"
            "• Municipio de Campeche, Campeche – Pdte. Mpal. Iván Chablé\n"
            "• Municipio de Durango, Durango – Pdta. Mpal. Silvia Quiñones"
        ),
        after=(
            "La Red de Ciudades Hídricas agradece al Gobierno de la Ciudad de México su\n"
            "hospitalidad. El próximo encuentro se celebrará en Guadalajara."
        ),
        expected=(
            "Zapopan/MX; San Pedro Tlaquepaque|Tlaquepaque/MX; Monterrey/MX; "
            "San Pedro Garza García/MX; Mérida/MX; Puebla/MX; León/MX; Querétaro/MX; "
            "Morelia/MX; Oaxaca de Juárez/MX; Xalapa/MX; Hermosillo/MX; Culiacán/MX; "
            "Chihuahua/MX; Aguascalientes/MX; Toluca/MX; Saltillo/MX; Tijuana/MX; "
            "Campeche/MX; Durango/MX"
        ),
        note=(
            "Mexican `• Municipio de X, Estado – Pdte. Mpal. Name` bullets, cities named "
            "like their states (Puebla, Chihuahua, Durango); Mexico City the host and "
            "Guadalajara the next venue did not sign"
        ),
    ),
    Page(
        name="es-r64a-co-alcaldias-running-text-departamentos-gobernacion",
        language="es",
        kinds="running_text;region_after;body_not_city;not_signatory;no_country",
        title="Alcaldías firman la Carta por la Movilidad Segura",
        date=(2025, 8, 21),
        before=(
            "Bogotá, 20 de agosto. En el Encuentro Nacional de Ciudades Seguras, celebrado\n"
            "en la capital, once alcaldías y una gobernación firmaron la Carta por la\n"
            "Movilidad Segura, que fija la meta de reducir a la mitad las muertes en las vías\n"
            "urbanas antes de 2030."
        ),
        listing=(
            "Firmaron la carta las alcaldías de Medellín (Antioquia), Cali (Valle del Cauca),\n"
            "Barranquilla (Atlántico), Bucaramanga (Santander), Pereira (Risaralda),\n"
            "Manizales (Caldas), Armenia (Quindío), Pasto (Nariño), Ibagué (Tolima), Santa\n"
            "Marta (Magdalena) y Montería (Córdoba), así como la Gobernación de Antioquia."
        ),
        after=(
            '"Ninguna muerte en la vía es aceptable", afirmó la secretaria de Movilidad de\n'
            "Bogotá, Laura Camacho Rincón, anfitriona del encuentro.\n\n"
            "La Red de Ciudades Seguras acompañará a las firmantes con asistencia técnica en\n"
            "velocidades seguras, diseño de intersecciones y datos de siniestralidad. El\n"
            "próximo encuentro será en Cartagena."
        ),
        expected=(
            "Medellín/CO; Cali/CO; Barranquilla/CO; Bucaramanga/CO; Pereira/CO; Manizales/CO; "
            "Armenia/CO; Pasto/CO; Ibagué/CO; Santa Marta/CO; Montería/CO; "
            "Gobernación de Antioquia|Antioquia/CO/region"
        ),
        note=(
            "Colombian alcaldías in running text with `y`, each with its departamento in "
            "brackets (Córdoba, Santander), Armenia the city, a gobernación; Bogotá the host "
            "and Cartagena the next venue did not sign"
        ),
    ),
    Page(
        name="pt-r64a-br-prefeituras-numeradas-uf-46",
        language="pt",
        kinds="numbered;state_codes;no_country;not_signatory",
        title="Carta das Cidades pela Mobilidade Ativa: prefeituras signatárias",
        date=(2026, 3, 12),
        before=(
            "Lançada em Brasília durante o Fórum Nacional de Mobilidade Ativa, a Carta das\n"
            "Cidades pela Mobilidade Ativa reúne prefeituras que se comprometem a ampliar a\n"
            "rede de ciclovias, a garantir calçadas acessíveis e a reduzir a velocidade nas\n"
            "áreas escolares. A lista abaixo é atualizada a cada nova adesão.\n\n"
            "Prefeituras signatárias (46):"
        ),
        listing=(
            "1. Prefeitura Municipal de Curitiba (PR)\n"
            "2. Prefeitura Municipal de Londrina (PR)\n"
            "3. Prefeitura Municipal de Maringá (PR)\n"
            "4. Prefeitura Municipal de Florianópolis (SC)\n"
            "5. Prefeitura Municipal de Joinville (SC)\n"
            "6. Prefeitura Municipal de Blumenau (SC)\n"
            "7. Prefeitura Municipal de Porto Alegre (RS)\n"
            "8. Prefeitura Municipal de Caxias do Sul (RS)\n"
            "9. Prefeitura Municipal de Pelotas (RS)\n"
            "10. Prefeitura Municipal de Santa Maria (RS)\n"
            "11. Prefeitura Municipal de São Paulo (SP)\n"
            "12. Prefeitura Municipal de Campinas (SP)\n"
            "13. Prefeitura Municipal de Santos (SP)\n"
            "14. Prefeitura Municipal de Sorocaba (SP)\n"
            "15. Prefeitura Municipal de Ribeirão Preto (SP)\n"
            "16. Prefeitura Municipal de São José dos Campos (SP)\n"
            "17. Prefeitura Municipal de Belo Horizonte (MG)\n"
            "18. Prefeitura Municipal de Uberlândia (MG)\n"
            "19. Prefeitura Municipal de Juiz de Fora (MG)\n"
            "20. Prefeitura Municipal do Rio de Janeiro (RJ)\n"
            "21. Prefeitura Municipal de Niterói (RJ)\n"
            "22. Prefeitura Municipal de Vitória (ES)\n"
            "23. Prefeitura Municipal de Salvador (BA)\n"
            "24. Prefeitura Municipal do Recife (PE)\n"
            "25. Prefeitura Municipal de Caruaru (PE)\n"
            "26. Prefeitura Municipal de Fortaleza (CE)\n"
            "27. Prefeitura Municipal de Sobral (CE)\n"
            "28. Prefeitura Municipal do Natal (RN)\n"
            "29. Prefeitura Municipal de Mossoró (RN)\n"
            "30. Prefeitura Municipal de João Pessoa (PB)\n"
            "31. Prefeitura Municipal de Campina Grande (PB)\n"
            "32. Prefeitura Municipal de Maceió (AL)\n"
            "33. Prefeitura Municipal de Aracaju (SE)\n"
            "34. Prefeitura Municipal de Teresina (PI)\n"
            "35. Prefeitura Municipal de São Luís (MA)\n"
            "36. Prefeitura Municipal de Belém (PA)\n"
            "37. Prefeitura Municipal de Manaus (AM)\n"
            "38. Prefeitura Municipal de Macapá (AP)\n"
            "39. Prefeitura Municipal de Boa Vista (RR)\n"
            "40. Prefeitura Municipal de Porto Velho (RO)\n"
            "41. Prefeitura Municipal de Rio Branco (AC)\n"
            "42. Prefeitura Municipal de Palmas (TO)\n"
            "43. Prefeitura Municipal de Goiânia (GO)\n"
            "44. Prefeitura Municipal de Anápolis (GO)\n"
            "45. Prefeitura Municipal de Cuiabá (MT)\n"
            "46. Prefeitura Municipal de Campo Grande (MS)"
        ),
        after=(
            "Para aderir à Carta, a prefeitura deve enviar o termo de adesão assinado pelo\n"
            "prefeito ou pela prefeita à secretaria executiva, em Brasília."
        ),
        expected=(
            "Curitiba/BR; Londrina/BR; Maringá/BR; Florianópolis/BR; Joinville/BR; "
            "Blumenau/BR; Porto Alegre/BR; Caxias do Sul/BR; Pelotas/BR; Santa Maria/BR; "
            "São Paulo/BR; Campinas/BR; Santos/BR; Sorocaba/BR; Ribeirão Preto/BR; "
            "São José dos Campos/BR; Belo Horizonte/BR; Uberlândia/BR; Juiz de Fora/BR; "
            "Rio de Janeiro/BR; Niterói/BR; Vitória/BR; Salvador/BR; Recife/BR; Caruaru/BR; "
            "Fortaleza/BR; Sobral/BR; Natal/BR; Mossoró/BR; João Pessoa/BR; "
            "Campina Grande/BR; Maceió/BR; Aracaju/BR; Teresina/BR; São Luís/BR; Belém/BR; "
            "Manaus/BR; Macapá/BR; Boa Vista/BR; Porto Velho/BR; Rio Branco/BR; Palmas/BR; "
            "Goiânia/BR; Anápolis/BR; Cuiabá/BR; Campo Grande/BR"
        ),
        note=(
            "46 numbered `Prefeitura Municipal de X (UF)` lines, UF codes that are countries' "
            "codes (PE, PA, AL, SE, MA, AM, ES), `do Recife`, `do Natal`; Brasília the launch "
            "venue and secretariat did not sign"
        ),
    ),
    Page(
        name="de-r64a-ch-gemeinden-kantone-tabelle-leerzeichen",
        language="de",
        kinds="one_a_line;state_codes;columns_after;no_country;not_signatory",
        title="Charta der Velostädte: die unterzeichnenden Gemeinden",
        date=(2025, 5, 27),
        before=(
            "Mit der Charta der Velostädte verpflichten sich Schweizer Städte und Gemeinden,\n"
            "bis 2030 ein durchgehendes, sicheres Velonetz zu schaffen, Veloparkierung an\n"
            "allen Bahnhöfen auszubauen und jährlich über die Fortschritte zu berichten.\n"
            "Die Charta wurde an der Velokonferenz in Lausanne vorgestellt; die Stadt\n"
            "Genf begleitet die Umsetzung als Patronatsgemeinde.\n\n"
            "Bisher haben folgende Gemeinden die Charta unterzeichnet:"
        ),
        listing=(
            "Gemeinde            Kanton   Einwohner   Beitritt\n"
            "Zürich              ZH       427’000     2023\n"
            "Winterthur          ZH       120’000     2023\n"
            "Uster               ZH        36’000     2024\n"
            "Bern                BE       146’000     2023\n"
            "Biel/Bienne         BE        56’000     2023\n"
            "Thun                BE        44’000     2024\n"
            "Köniz               BE        43’000     2024\n"
            "Luzern              LU        83’000     2023\n"
            "Kriens              LU        28’000     2025\n"
            "Basel               BS       174’000     2023\n"
            "St. Gallen          SG        76’000     2024\n"
            "Chur                GR        38’000     2024\n"
            "Schaffhausen        SH        37’000     2024\n"
            "Aarau               AG        22’000     2025\n"
            "Frauenfeld          TG        26’000     2025\n"
            "Zug                 ZG        31’000     2025\n"
            "Solothurn           SO        17’000     2025\n"
            "Olten               SO        19’000     2025\n"
            "Fribourg            FR        38’000     2025"
        ),
        after=(
            "Weitere Gemeinden können jederzeit beitreten. Auskunft erteilt die\n"
            "Geschäftsstelle der Charta in Bern, Telefon 031 555 40 20."
        ),
        expected=(
            "Zürich|Zurich/CH; Winterthur/CH; Uster/CH; Bern/CH; Biel|Bienne/CH; Thun/CH; "
            "Köniz/CH; Luzern|Lucerne/CH; Kriens/CH; Basel/CH; St. Gallen/CH; Chur/CH; "
            "Schaffhausen/CH; Aarau/CH; Frauenfeld/CH; Zug/CH; Solothurn/CH; Olten/CH; "
            "Fribourg/CH"
        ),
        note=(
            "Swiss Gemeinden in a table aligned with spaces, canton codes that are countries' "
            "codes (BE, LU, FR, SG, SO, TG, AG, GR, BS), population with ’ and year columns, "
            "`Biel/Bienne`; Lausanne the venue and Geneva the patron did not sign; Bern also "
            "the office's seat after the list"
        ),
    ),
    Page(
        name="it-r64a-comuni-copia-pdf-sillabazione-intestazioni",
        language="it",
        kinds=(
            "one_a_line;broken_lines;person_after;person_named_like_place;named_twice;"
            "no_country;not_signatory"
        ),
        title="Patto dei Comuni per l'acqua pubblica: il testo firmato",
        date=(2025, 4, 8),
        before=(
            "Pubblichiamo il testo del Patto con le firme, così come allegato al verbale\n"
            "dell'assemblea di Ancona (copia dal PDF).\n\n"
            "PATTO DEI COMUNI PER L'ACQUA PUBBLICA\n\n"
            "I Comuni sottoscrittori si impegnano a ridurre le perdite delle reti idriche\n"
            "sotto il 25 per cento entro il 2030, a promuovere il riuso delle acque reflue\n"
            "depurate e a installare fontanelle pubbliche in ogni quartiere. L'Autorità di\n"
            "bacino e la Regione Marche, che hanno partecipato ai lavori, non sono\n"
            "firmatarie.\n\n"
            "Per i Comuni firmatari:"
        ),
        listing=(
            "Comune di Bologna – la Sindaca Giulia Fantoni\n"
            "Comune di Modena – il Sindaco Marco Bellotti\n"
            "Comune di Reggio nell'Emi-\n"
            "lia – il Sindaco Stefano Ferretti\n"
            "Comune di Parma – la Sindaca Chiara Ugolotti\n"
            "Comune di Ferrara – il Sindaco Davide Prato\n"
            "Comune di Ravenna – la Sindaca Francesca Casadei\n"
            "Comune di Forlì – il Sindaco Luca Zanetti\n"
            "Comune di Rimini – la Sindaca Elisa Bianchini\n"
            "Patto dei Comuni per l'acqua pubblica                    pag. 3 di 4\n"
            "Comune di Piacen-\n"
            "za – il Sindaco Paolo Rossetti\n"
            "Comune di Cesena – la Sindaca Marta Lucca\n"
            "Comune di Imola – il Sindaco Giorgio Baldini\n"
            "Comune di Carpi – la Sindaca Anna Malagoli\n"
            "Comune di Faenza – il Sindaco Roberto Bassi\n"
            "Comune di Trento – la Sindaca Silvia Dallapiccola\n"
            "Comune di Bolzano / Stadtgemeinde Bozen – il Sindaco Thomas Unterhofer\n"
            "Comune di Udine – la Sindaca Laura Del Fabbro\n"
            "Comune di Trieste – il Sindaco Fabio Sancin\n"
            "Comune di La Spe-\n"
            "zia – la Sindaca Valentina Cozzani\n"
            "Patto dei Comuni per l'acqua pubblica                    pag. 4 di 4"
        ),
        after=(
            "Il Patto resta aperto all'adesione di altri Comuni. La segreteria ha sede\n"
            "presso il Comune di Perugia."
        ),
        expected=(
            "Bologna/IT; Modena/IT; Reggio Emilia|Reggio nell'Emilia/IT; Parma/IT; Ferrara/IT; "
            "Ravenna/IT; Forlì/IT; Rimini/IT; Piacenza/IT; Cesena/IT; Imola/IT; Carpi/IT; "
            "Faenza/IT; Trento/IT; Bolzano|Bozen/IT; Udine/IT; Trieste/IT; La Spezia/IT"
        ),
        note=(
            "Italian PDF copy of `Comune di X – il Sindaco Name` lines, names hyphenated "
            "over two lines (`Reggio nell'Emi-` / `lia`, `Piacen-` / `za`, `La Spe-` / `zia`), "
            "page headers between entries, mayors named Prato and Lucca, `Bolzano / "
            "Stadtgemeinde Bozen`; Ancona the venue, the Marche region and Perugia the "
            "secretariat did not sign"
        ),
    ),
    Page(
        name="nl-r64a-gemeenten-provincie-koppen-aantallen-45",
        language="nl",
        kinds="one_a_line;region_heading;region_like_country;no_country",
        title="Leden van het Netwerk Levendige Binnensteden",
        date=(2026, 1, 15),
        before=(
            "Het Netwerk Levendige Binnensteden is een samenwerkingsverband van gemeenten\n"
            "die werken aan binnensteden met minder leegstand, meer groen en meer wonen\n"
            "boven winkels. Hieronder staan alle leden, per provincie."
        ),
        listing=(
            "Groningen (1)\n"
            "Gemeente Groningen\n\n"
            "Friesland (1)\n"
            "Gemeente Leeuwarden\n\n"
            "Drenthe (2)\n"
            "Gemeente Assen\n"
            "Gemeente Emmen\n\n"
            "Overijssel (4)\n"
            "Gemeente Zwolle\n"
            "Gemeente Enschede\n"
            "Gemeente Deventer\n"
            "Gemeente Hengelo\n\n"
            "Flevoland (2)\n"
            "Gemeente Almere\n"
            "Gemeente Lelystad\n\n"
            "Gelderland (4)\n"
            "Gemeente Arnhem\n"
            "Gemeente Nijmegen\n"
            "Gemeente Apeldoorn\n"
            "Gemeente Ede\n\n"
            "Utrecht (5)\n"
            "Gemeente Utrecht\n"
            "Gemeente Amersfoort\n"
            "Gemeente Nieuwegein\n"
            "Gemeente Zeist\n"
            "Gemeente Veenendaal\n\n"
            "Noord-Holland (8)\n"
            "Gemeente Amsterdam\n"
            "Gemeente Haarlem\n"
            "Gemeente Zaanstad\n"
            "Gemeente Alkmaar\n"
            "Gemeente Hoorn\n"
            "Gemeente Hilversum\n"
            "Gemeente Purmerend\n"
            "Gemeente Den Helder\n\n"
            "Zuid-Holland (7)\n"
            "Gemeente Rotterdam\n"
            "Gemeente Den Haag\n"
            "Gemeente Leiden\n"
            "Gemeente Dordrecht\n"
            "Gemeente Delft\n"
            "Gemeente Zoetermeer\n"
            "Gemeente Gouda\n\n"
            "Zeeland (2)\n"
            "Gemeente Middelburg\n"
            "Gemeente Vlissingen\n\n"
            "Noord-Brabant (5)\n"
            "Gemeente Eindhoven\n"
            "Gemeente Tilburg\n"
            "Gemeente Breda\n"
            "Gemeente 's-Hertogenbosch\n"
            "Gemeente Helmond\n\n"
            "Limburg (4)\n"
            "Gemeente Maastricht\n"
            "Gemeente Heerlen\n"
            "Gemeente Venlo\n"
            "Gemeente Roermond"
        ),
        after=(
            "Wilt u met uw gemeente lid worden? Neem contact op met het netwerkbureau.\n"
            "Het bureau is gevestigd in Amersfoort."
        ),
        expected=(
            "Groningen/NL; Leeuwarden/NL; Assen/NL; Emmen/NL; Zwolle/NL; Enschede/NL; "
            "Deventer/NL; Hengelo/NL; Almere/NL; Lelystad/NL; Arnhem/NL; Nijmegen/NL; "
            "Apeldoorn/NL; Ede/NL; Utrecht/NL; Amersfoort/NL; Nieuwegein/NL; Zeist/NL; "
            "Veenendaal/NL; Amsterdam/NL; Haarlem/NL; Zaanstad/NL; Alkmaar/NL; Hoorn/NL; "
            "Hilversum/NL; Purmerend/NL; Den Helder/NL; Rotterdam/NL; Den Haag|The Hague/NL; "
            "Leiden/NL; Dordrecht/NL; Delft/NL; Zoetermeer/NL; Gouda/NL; Middelburg/NL; "
            "Vlissingen/NL; Eindhoven/NL; Tilburg/NL; Breda/NL; 's-Hertogenbosch/NL; "
            "Helmond/NL; Maastricht/NL; Heerlen/NL; Venlo/NL; Roermond/NL"
        ),
        note=(
            "45 `Gemeente X` lines under province headings with member counts, provinces "
            "named like their capitals (Groningen, Utrecht) and Limburg (also a Belgian "
            "province); Amersfoort a member and also the office's seat"
        ),
    ),
    Page(
        name="sv-r64a-kommuner-nyhet-ingen-lista",
        language="sv",
        kinds="no_list;not_signatory",
        title="Norrlandskommuner samlas kring klimatanpassning",
        date=(2025, 10, 22),
        before=(
            "Ett fyrtiotal politiker och tjänstepersoner från kommuner i norra Sverige\n"
            "samlades i Umeå den 20–21 oktober för nätverket Klimatklokt Nords höstträff.\n"
            "Temat var klimatanpassning: skyfall, tjällossning och skogsbränder."
        ),
        listing=(
            "Under träffen presenterade Luleå kommun sitt arbete med skyfallskartering,\n"
            "och Skellefteå berättade om hur nya bostadsområden planeras för högre flöden i\n"
            "älven. Deltagarna enades om att ta fram en gemensam deklaration om\n"
            "klimatanpassning under vintern.\n\n"
            "– Vi har samma utmaningar, från kusten till fjällen, och vi vinner på att lösa\n"
            "dem tillsammans, säger nätverkets ordförande Maja Lindqvist.\n\n"
            "Deklarationen ska antas vid vårträffen i Östersund. Vilka kommuner som skriver\n"
            "under publiceras här när kommunfullmäktige har fattat sina beslut."
        ),
        after=(
            "Läs mer om nätverket och hur din kommun kan delta under Om oss.\n\n"
            "Kontakt: nätverkets kansli, Umeå"
        ),
        expected="",
        note=(
            "news of a network meeting in Umeå: Luleå and Skellefteå presented their work, "
            "Östersund the next venue; a declaration to be signed later, so no signatories yet"
        ),
    ),
    Page(
        name="da-r64a-tre-kommuner-lobende-tekst-og",
        language="da",
        kinds="running_text;few;not_signatory;no_country",
        title="Tre kommuner skriver under på erklæring om cirkulært byggeri",
        date=(2025, 3, 19),
        before=(
            "Cirkulært byggeri skal være normen, når kommunerne bygger nyt. Det er budskabet\n"
            "i en ny erklæring fra netværket Byg Cirkulært Danmark, som blev præsenteret på\n"
            "netværkets årsmøde i Vejle tirsdag."
        ),
        listing=(
            "Aarhus Kommune, Odense Kommune og Aalborg Kommune har som de første skrevet\n"
            "under. Med erklæringen forpligter de sig til at stille krav om genbrugte\n"
            "materialer i alle kommunale byggerier fra 2027 og til at registrere\n"
            "materialerne i de bygninger, der skal rives ned."
        ),
        after=(
            "– Vi river bygninger ned og smider værdifulde materialer ud hver eneste dag.\n"
            "Det skal vi holde op med, siger netværkets formand, Mette Skovgaard, som er\n"
            "rådmand i Kolding. Kolding Kommune forventer at tiltræde erklæringen, når\n"
            "byrådet har behandlet den.\n\n"
            "Erklæringen er åben for alle landets kommuner."
        ),
        expected="Aarhus/DK; Odense/DK; Aalborg/DK",
        note=(
            "three Danish `X Kommune` in running text with `og`; Vejle the venue and Kolding "
            "the chair's town, which has not yet signed, are not signatories"
        ),
    ),
    Page(
        name="cs-r64a-primatori-genitivy-a-kraj",
        language="cs",
        kinds="running_text;inflected;body_not_city;not_signatory;no_country",
        title="Města a kraj podepsali memorandum o dostupném bydlení",
        date=(2025, 11, 5),
        before=(
            "Na konferenci Bydlení pro všechny, která se konala v Jihlavě, podepsali\n"
            "zástupci měst a jednoho kraje memorandum o dostupném bydlení. Signatáři se\n"
            "zavazují rozšířit obecní bytový fond, zřídit kontaktní místa pro bydlení a\n"
            "sdílet zkušenosti v rámci sítě Dostupné bydlení."
        ),
        listing=(
            "Memorandum podepsali primátoři a primátorky statutárních měst Brna, Ostravy,\n"
            "Plzně, Olomouce, Liberce, Hradce Králové, Pardubic a Zlína, dále starostové\n"
            "měst Tábora, Písku a Kolína a hejtmanka Jihomoravského kraje."
        ),
        after=(
            "„Bez dostupného bydlení nám z měst odcházejí mladé rodiny i lidé, které\n"
            "potřebujeme v nemocnicích a školách,“ uvedla koordinátorka sítě Klára\n"
            "Novotná. Hostitelské město Jihlava memorandum zatím nepodepsalo, jeho\n"
            "zastupitelstvo o něm bude jednat v prosinci."
        ),
        expected=(
            "Brno/CZ; Ostrava/CZ; Plzeň|Pilsen/CZ; Olomouc/CZ; Liberec/CZ; "
            "Hradec Králové/CZ; Pardubice/CZ; Zlín/CZ; Tábor/CZ; Písek/CZ; Kolín/CZ; "
            "Jihomoravský kraj|South Moravian Region/CZ/region"
        ),
        note=(
            "Czech running text of genitives after `primátoři statutárních měst` and "
            "`starostové měst` with `a`, a kraj in the genitive; Jihlava the host and venue "
            "(`v Jihlavě`) did not sign"
        ),
    ),
    Page(
        name="sk-r64a-mesto-primator-riadky-samospravne-kraje",
        language="sk",
        kinds="one_a_line;person_after;person_named_like_place;body_not_city;no_country",
        title="Signatári Charty slovenských miest pre zeleň",
        date=(2026, 4, 22),
        before=(
            "Charta slovenských miest pre zeleň zaväzuje signatárov chrániť vzrastlé\n"
            "stromy, zelené plochy a vodu v krajine a do roku 2030 vysadiť v každom meste\n"
            "aspoň tisíc nových stromov. Chartu iniciovala Platforma Zelené mestá.\n\n"
            "Chartu podpísali:"
        ),
        listing=(
            "Hlavné mesto SR Bratislava – primátorka Zuzana Hrubá\n"
            "Mesto Košice – primátor Ondrej Halász\n"
            "Mesto Prešov – primátorka Lucia Vargová\n"
            "Mesto Žilina – primátor Juraj Šimko\n"
            "Mesto Nitra – primátor Tomáš Belan\n"
            "Mesto Banská Bystrica – primátorka Katarína Hudecová\n"
            "Mesto Trnava – primátor Michal Ondrejka\n"
            "Mesto Trenčín – primátorka Andrea Kubíková\n"
            "Mesto Martin – primátor Pavol Lehotský\n"
            "Mesto Poprad – primátor Martin Krišťák\n"
            "Mesto Zvolen – primátorka Eva Sliacka\n"
            "Mesto Piešťany – primátor Radoslav Tekel\n"
            "Košický samosprávny kraj – predseda Vladimír Rusnák\n"
            "Banskobystrický samosprávny kraj – predsedníčka Jana Močková"
        ),
        after=(
            "K charte sa môžu pripojiť ďalšie mestá, obce aj samosprávne kraje. Sekretariát\n"
            "platformy sídli v Banskej Štiavnici."
        ),
        expected=(
            "Bratislava/SK; Košice/SK; Prešov/SK; Žilina/SK; Nitra/SK; Banská Bystrica/SK; "
            "Trnava/SK; Trenčín/SK; Martin/SK; Poprad/SK; Zvolen/SK; Piešťany/SK; "
            "Košický samosprávny kraj|Košice Region/SK/region; "
            "Banskobystrický samosprávny kraj|Banská Bystrica Region/SK/region"
        ),
        note=(
            "Slovak `Mesto X – primátor Name` lines, the city Martin and a primátor named "
            "Martin, two samosprávne kraje; Banská Štiavnica the secretariat did not sign"
        ),
    ),
]

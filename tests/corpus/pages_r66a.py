"""Batch r66a: 14 pages written during round 66 (branch wr66a), held out from it, written
without reading the reader or running it: en GB (`Cllr Name, Leader of X City Council` lines
with a combined authority, a county council and councillors named Chester and Florence), en IE
(`For and on behalf of X County Council` signature blocks, a Cathaoirleach named Shannon), en
PH (a directory of cities and provinces under region headings, `Province of Iloilo` beside
Iloilo City), en ZA (news of metros and local municipalities joining, a host and a president
from other cities), fr FR (an A–Z index of villes, métropoles and a département), fr SN
(running text with `et`, a host and a venue), es CL (46 municipalidades and gobiernos
regionales in a space-aligned table with región columns), pt BR (a PDF copy with hyphenation,
page headers and `Município de X/UF`, state governments), de DE (running text of genitives
with `und` and `sowie`, Landkreise), nl BE (gemeenten and provinces under province headings),
it (a call for signatures with no list yet), ca (a tab table of ajuntaments and consells
comarcals), gl (`Concello de X – Name, alcaldesa` lines, deputacións), eu (running text of
Basque case endings with `eta`, foru aldundiak)."""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r66a-gb-cllr-leader-of-council-lines-combined-authority",
        language="en",
        kinds="one_a_line;person_before;person_named_like_place;body_not_city;not_signatory;no_country",
        title="Council leaders sign the Clean Air for Schools Pledge",
        date=(2026, 3, 12),
        before=(
            "Fourteen councils and one combined authority have signed the Clean Air for Schools "
            "Pledge, launched at our spring assembly in Birmingham. The pledge commits each "
            "signatory to school streets outside every primary school by 2029, to publishing "
            "air-quality readings near schools each term, and to sharing what works with the "
            "rest of the Healthy Streets Councils Network.\n\n"
            '"Children should not breathe the worst air of the day on their way to class," '
            "said the network's chair, Cllr Morwenna Tregear, who hosted the assembly.\n\n"
            "The pledge was signed by:"
        ),
        listing=(
            "Cllr Hannah Pryce, Leader of Leeds City Council\n"
            "Marcus Oyelaran, Mayor of the West Yorkshire Combined Authority\n"
            "Cllr Tom Whitcombe, Leader of Bristol City Council\n"
            "Cllr Florence Adeyemi, Leader of Sheffield City Council\n"
            "Cllr Gareth Lindqvist, Leader of Newcastle City Council\n"
            "Cllr Priya Chaudhry, Leader of Nottingham City Council\n"
            "Cllr Rhodri Pennant, Leader of Cardiff Council\n"
            "Cllr Isla Drummond, Leader of Glasgow City Council\n"
            "Cllr Chester Hale, Leader of Brighton & Hove City Council\n"
            "Cllr Naomi Fairbairn, Leader of Oxford City Council\n"
            "Cllr Oliver Stannard, Leader of Norwich City Council\n"
            "Cllr Judith Okafor, Leader of Exeter City Council\n"
            "Cllr Ben Harrowgate, Leader of City of York Council\n"
            "Cllr Sandra Keel, Leader of Kent County Council"
        ),
        after=(
            "Councils that wish to sign can write to the network's secretariat. The next "
            "assembly will meet in Liverpool in October."
        ),
        expected=(
            "Leeds/GB; West Yorkshire Combined Authority|West Yorkshire/GB/metropolitan area; "
            "Bristol/GB; Sheffield/GB; Newcastle upon Tyne|Newcastle/GB; Nottingham/GB; "
            "Cardiff/GB; Glasgow/GB; Brighton|Brighton and Hove/GB; Oxford/GB; Norwich/GB; "
            "Exeter/GB; York/GB; Kent County Council|Kent/GB/county"
        ),
    ),
    Page(
        name="en-r66a-ie-on-behalf-of-council-signature-blocks-counties",
        language="en",
        kinds="one_a_line;person_after;person_named_like_place;body_not_city;not_signatory;no_country",
        title="Irish councils sign the Shared Greenways Charter",
        date=(2025, 11, 20),
        before=(
            "The Shared Greenways Charter was signed at Athlone Civic Centre on 18 November by "
            "eight local authorities. Each commits to link its greenways with its neighbours' "
            "by 2030, to a common standard of signs and surfaces, and to count walkers and "
            "cyclists on every route in the same way.\n\n"
            "The charter was drawn up by the Irish Greenway Councils Forum, whose secretariat "
            "is hosted by Westmeath County Council.\n\n"
            "Signatories"
        ),
        listing=(
            "For and on behalf of Dublin City Council\n"
            "Cllr Aoife Brennock\n"
            "Lord Mayor of Dublin\n\n"
            "For and on behalf of Cork City Council\n"
            "Cllr Donal Maguire\n"
            "Lord Mayor of Cork\n\n"
            "For and on behalf of Cork County Council\n"
            "Cllr Siobhán Tierney\n"
            "Mayor of the County of Cork\n\n"
            "For and on behalf of Galway City Council\n"
            "Cllr Shannon Keogh\n"
            "Mayor of Galway\n\n"
            "For and on behalf of Limerick City and County Council\n"
            "Ciarán Mulcahy\n"
            "Mayor of Limerick\n\n"
            "For and on behalf of Waterford City and County Council\n"
            "Cllr Nuala Breathnach\n"
            "Mayor of Waterford\n\n"
            "For and on behalf of Kilkenny County Council\n"
            "Cllr Pádraig Ó Dúill\n"
            "Cathaoirleach\n\n"
            "For and on behalf of Sligo County Council\n"
            "Cllr Gráinne Costigan\n"
            "Cathaoirleach"
        ),
        after=(
            "Witnessed by: Eamonn Rourke, Director of Services, Westmeath County Council.\n\n"
            "The Forum will report on the charter's first year in Ennis next autumn."
        ),
        expected=(
            "Dublin/IE; Cork/IE; Cork County Council|County Cork/IE/county; Galway/IE; "
            "Limerick|Limerick City and County Council/IE; "
            "Waterford|Waterford City and County Council/IE; "
            "Kilkenny County Council|County Kilkenny/IE/county; "
            "Sligo County Council|County Sligo/IE/county"
        ),
        note="Westmeath County Council hosts the secretariat and witnessed; Athlone is the venue.",
    ),
    Page(
        name="en-r66a-ph-directory-region-headings-cities-provinces",
        language="en",
        kinds="one_a_line;region_heading;columns_after;body_not_city;no_country",
        title="Member LGUs of the Resilient Coasts Alliance",
        date=(2026, 1, 8),
        before=(
            "The Resilient Coasts Alliance brings together cities and provinces that plan "
            "together for typhoons, storm surges and rising seas. Members share hazard maps, "
            "evacuation plans and early-warning systems. The secretariat is in Makati City.\n\n"
            "Our members, by region:"
        ),
        listing=(
            "National Capital Region (NCR)\n"
            "Quezon City · member since 2016\n"
            "Pasig City · member since 2016\n"
            "Marikina City · member since 2017\n"
            "Taguig City · member since 2019\n"
            "Muntinlupa City · member since 2021\n"
            "Valenzuela City · member since 2022\n\n"
            "Cordillera Administrative Region (CAR)\n"
            "Baguio City · member since 2018\n"
            "Province of Benguet · member since 2020\n\n"
            "Region V – Bicol Region\n"
            "Naga City · member since 2016\n"
            "Legazpi City · member since 2016\n"
            "Province of Albay · member since 2017\n\n"
            "Region VI – Western Visayas\n"
            "Iloilo City · member since 2017\n"
            "Province of Iloilo · member since 2019\n"
            "Bacolod City · member since 2020\n\n"
            "Region VII – Central Visayas\n"
            "Cebu City · member since 2016\n"
            "Mandaue City · member since 2018\n"
            "Lapu-Lapu City · member since 2018\n"
            "Tagbilaran City · member since 2021\n"
            "Province of Bohol · member since 2021\n\n"
            "Region VIII – Eastern Visayas\n"
            "Tacloban City · member since 2016\n"
            "Ormoc City · member since 2019\n\n"
            "Region X – Northern Mindanao\n"
            "Cagayan de Oro City · member since 2017\n\n"
            "Region XI – Davao Region\n"
            "Davao City · member since 2016\n\n"
            "Region XII – SOCCSKSARGEN\n"
            "General Santos City · member since 2022"
        ),
        after=(
            "Is your LGU interested in joining? Write to the secretariat for the membership "
            "form and the annual dues schedule."
        ),
        expected=(
            "Quezon City/PH; Pasig City|Pasig/PH; Marikina City|Marikina/PH; Taguig/PH; "
            "Muntinlupa/PH; Valenzuela/PH; Baguio/PH; "
            "Province of Benguet|Benguet/PH/province; Naga/PH; Legazpi|Legaspi/PH; "
            "Province of Albay|Albay/PH/province; Iloilo|Iloilo City/PH; "
            "Province of Iloilo|Iloilo Province/PH/province; Bacolod City|Bacolod/PH; "
            "Cebu City/PH; Mandaue City|Mandaue/PH; Lapu-Lapu City/PH; "
            "Tagbilaran City|Tagbilaran/PH; Province of Bohol|Bohol/PH/province; Tacloban/PH; "
            "Ormoc/PH; Cagayan de Oro/PH; Davao|Davao City/PH; General Santos/PH"
        ),
    ),
    Page(
        name="en-r66a-za-news-metros-local-municipalities-join",
        language="en",
        kinds="running_text;body_not_city;not_signatory;no_country",
        title="Five municipalities join the Water-Wise Cities Network",
        date=(2025, 9, 4),
        before=(
            "Five South African municipalities were welcomed into the Water-Wise Cities "
            "Network at its annual indaba, hosted this year by eThekwini Municipality at the "
            "Durban ICC.\n\n"
            '"Every one of our members has faced a drought or a flood in the last decade," '
            "said the network's president, Executive Mayor Lindiwe Sithole of Cape Town. "
            '"We learn fastest from each other."'
        ),
        listing=(
            "The new members are the City of Tshwane, the City of Ekurhuleni, Stellenbosch "
            "Local Municipality, George Municipality and Polokwane Municipality. They bring "
            "the network to 31 members in six provinces."
        ),
        after=(
            "Each new member will name a water champion in its administration and report "
            "its non-revenue water each year. Speaking for the new members, Councillor "
            "Pieter Jonker of Stellenbosch thanked the host city for its welcome."
        ),
        expected=(
            "Pretoria|Tshwane/ZA; Ekurhuleni|City of Ekurhuleni/ZA/metropolitan area; "
            "Stellenbosch/ZA; George/ZA; Polokwane/ZA"
        ),
        note="Durban (eThekwini) hosts; Cape Town is the president's city.",
    ),
    Page(
        name="fr-r66a-fr-index-a-z-villes-metropoles-departement",
        language="fr",
        kinds="one_a_line;several_a_line;body_not_city;no_country",
        title="Les membres du réseau Villes et Territoires en Transition",
        date=(2026, 2, 2),
        before=(
            "Le réseau Villes et Territoires en Transition réunit des communes, des "
            "métropoles et des départements engagés pour la rénovation des écoles et des "
            "logements. Retrouvez ci-dessous la liste de nos adhérents, par ordre "
            "alphabétique.\n\n"
            "Index des adhérents"
        ),
        listing=(
            "A\n"
            "Angers\n\n"
            "B\n"
            "Besançon · Bordeaux Métropole · Brest\n\n"
            "C\n"
            "Clermont-Ferrand\n\n"
            "D\n"
            "Département de la Gironde · Dijon\n\n"
            "G\n"
            "Grenoble-Alpes Métropole\n\n"
            "L\n"
            "Lille · Lorient · Lyon\n\n"
            "M\n"
            "Metz · Montpellier\n\n"
            "N\n"
            "Nancy · Nantes Métropole\n\n"
            "P\n"
            "Poitiers\n\n"
            "R\n"
            "Rennes · Roubaix · Rouen\n\n"
            "S\n"
            "Strasbourg\n\n"
            "V\n"
            "Villeurbanne"
        ),
        after=(
            "Votre collectivité souhaite adhérer ? Le bureau du réseau examine les demandes "
            "chaque trimestre."
        ),
        expected=(
            "Angers/FR; Besançon/FR; Bordeaux Métropole/FR/metropolitan area; Brest/FR; "
            "Clermont-Ferrand/FR; Département de la Gironde|Gironde/FR/county; Dijon/FR; "
            "Grenoble-Alpes Métropole|Grenoble Alpes Metropolis/FR/metropolitan area; "
            "Lille/FR; Lorient/FR; Lyon/FR; Metz/FR; Montpellier/FR; Nancy/FR; "
            "Nantes Métropole|Nantes Metropolis/FR/metropolitan area; Poitiers/FR; "
            "Rennes/FR; Roubaix/FR; Rouen/FR; Strasbourg/FR; Villeurbanne/FR"
        ),
    ),
    Page(
        name="fr-r66a-sn-running-text-et-communes-host-venue",
        language="fr",
        kinds="running_text;not_signatory;no_country",
        title="Sept communes du Sénégal signent la Charte des marchés propres",
        date=(2025, 6, 17),
        before=(
            "Réunis au Centre international de conférences Abdou Diouf, à Diamniadio, à "
            "l'invitation de la Ville de Dakar, les élus de l'Association des Communes pour "
            "la Salubrité ont adopté la Charte des marchés propres. La charte engage les "
            "communes à trier les déchets des marchés, à y installer des points d'eau et à "
            "former les agents de nettoiement."
        ),
        listing=(
            "La charte a été signée par les maires de Ziguinchor, Saint-Louis, Thiès, Kaolack "
            "et Tambacounda, ainsi que par les maires des communes de Rufisque et de Louga."
        ),
        after=(
            "« Un marché propre, c'est un marché où l'on revient », a déclaré Mme Aminata "
            "Ndiaye Sarr, présidente de l'association. La prochaine rencontre aura lieu à "
            "Mbour en décembre."
        ),
        expected=(
            "Ziguinchor/SN; Saint-Louis/SN; Thiès/SN; Kaolack/SN; Tambacounda/SN; "
            "Rufisque/SN; Louga/SN"
        ),
        note="Dakar invites, Diamniadio is the venue, Mbour hosts the next meeting.",
    ),
    Page(
        name="es-r66a-cl-space-table-municipalidades-gobiernos-regionales",
        language="es",
        kinds="table_tabs;region_after;person_after;columns_after;body_not_city;no_country",
        title="Municipios adheridos al Compromiso por el Arbolado Urbano",
        date=(2025, 1, 14),
        before=(
            "El Compromiso por el Arbolado Urbano, impulsado por la Red Chilena de Ciudades "
            "Verdes, suma ya 45 municipalidades y 2 gobiernos regionales. Las entidades "
            "adheridas se comprometen a plantar y mantener un árbol por cada dos habitantes "
            "nuevos, a publicar un catastro del arbolado y a priorizar especies nativas.\n\n"
            "El compromiso se lanzó el 12 de marzo de 2024 en el Centro Cultural Gabriela "
            "Mistral, en Santiago, y quedó abierto a nuevas adhesiones.\n\n"
            "Entidades adheridas al 31 de diciembre de 2024:"
        ),
        listing=(
            "Entidad                                     Región                "
            "Autoridad                                 Adhesión\n"
            "Municipalidad de Arica                      Arica y Parinacota    "
            "Marcela Quiroga Urzúa (alcaldesa)         12/03/2024\n"
            "Municipalidad de Iquique                    Tarapacá              "
            "Rodrigo Leiva Retamal (alcalde)           12/03/2024\n"
            "Municipalidad de Alto Hospicio              Tarapacá              "
            "Javiera Sepúlveda Aránguiz (alcaldesa)    02/04/2024\n"
            "Municipalidad de Antofagasta                Antofagasta           "
            "Tomás Cifuentes Vial (alcalde)            12/03/2024\n"
            "Municipalidad de Calama                     Antofagasta           "
            "Francisca Poblete Garrido (alcaldesa)     18/04/2024\n"
            "Municipalidad de Copiapó                    Atacama               "
            "Ignacio Ahumada Toro (alcalde)            07/05/2024\n"
            "Municipalidad de Vallenar                   Atacama               "
            "Constanza Fuenzalida Ortúzar (alcaldesa)  07/05/2024\n"
            "Municipalidad de La Serena                  Coquimbo              "
            "Matías Carrasco Millán (alcalde)          12/03/2024\n"
            "Municipalidad de Coquimbo                   Coquimbo              "
            "Daniela Mardones Ríos (alcaldesa)         12/03/2024\n"
            "Municipalidad de Ovalle                     Coquimbo              "
            "Felipe Escobar Lagos (alcalde)            23/05/2024\n"
            "Municipalidad de Valparaíso                 Valparaíso            "
            "Camila Villagrán Cerda (alcaldesa)        12/03/2024\n"
            "Municipalidad de Viña del Mar               Valparaíso            "
            "Cristóbal Bustos Aravena (alcalde)        12/03/2024\n"
            "Municipalidad de Quilpué                    Valparaíso            "
            "Paulina Oyarzún Pinto (alcaldesa)         04/06/2024\n"
            "Municipalidad de Villa Alemana              Valparaíso            "
            "Sebastián Tapia Alvear (alcalde)          04/06/2024\n"
            "Municipalidad de Quillota                   Valparaíso            "
            "Valentina Jara Montecinos (alcaldesa)     19/06/2024\n"
            "Municipalidad de Los Andes                  Valparaíso            "
            "Joaquín Saavedra Lillo (alcalde)          19/06/2024\n"
            "Municipalidad de San Antonio                Valparaíso            "
            "Catalina Manríquez Peña (alcaldesa)       02/07/2024\n"
            "Municipalidad de Concón                     Valparaíso            "
            "Gonzalo Sandoval Ibarra (alcalde)         02/07/2024\n"
            "Municipalidad de Santiago                   Metropolitana         "
            "Antonia Riquelme Oses (alcaldesa)         12/03/2024\n"
            "Municipalidad de Ñuñoa                      Metropolitana         "
            "Vicente Valenzuela Troncoso (alcalde)     12/03/2024\n"
            "Municipalidad de Peñalolén                  Metropolitana         "
            "Macarena Gutiérrez Maturana (alcaldesa)   12/03/2024\n"
            "Municipalidad de Puente Alto                Metropolitana         "
            "Álvaro Navarrete Solís (alcalde)          30/07/2024\n"
            "Municipalidad de Maipú                      Metropolitana         "
            "Fernanda Contreras Ulloa (alcaldesa)      30/07/2024\n"
            "Municipalidad de Renca                      Metropolitana         "
            "Benjamín Figueroa Baeza (alcalde)         13/08/2024\n"
            "Municipalidad de Colina                     Metropolitana         "
            "Josefa Bravo Echeverría (alcaldesa)       13/08/2024\n"
            "Municipalidad de Talagante                  Metropolitana         "
            "Nicolás Alarcón Ovalle (alcalde)          27/08/2024\n"
            "Municipalidad de Melipilla                  Metropolitana         "
            "Carolina Moya Salinas (alcaldesa)         27/08/2024\n"
            "Municipalidad de Rancagua                   O'Higgins             "
            "Esteban Henríquez Acuña (alcalde)         12/03/2024\n"
            "Municipalidad de Machalí                    O'Higgins             "
            "Trinidad Catalán Ferrada (alcaldesa)      10/09/2024\n"
            "Municipalidad de Talca                      Maule                 "
            "Andrés Vergara Pizarro (alcalde)          12/03/2024\n"
            "Municipalidad de Curicó                     Maule                 "
            "Isidora Urrutia Lobos (alcaldesa)         24/09/2024\n"
            "Municipalidad de Constitución               Maule                 "
            "Héctor Parra Medel (alcalde)              24/09/2024\n"
            "Municipalidad de Chillán                    Ñuble                 "
            "Pía Sáez Barrientos (alcaldesa)           08/10/2024\n"
            "Municipalidad de Concepción                 Biobío                "
            "Raimundo Muñoz Cárcamo (alcalde)          12/03/2024\n"
            "Municipalidad de Talcahuano                 Biobío                "
            "Soledad Astudillo Rebolledo (alcaldesa)   08/10/2024\n"
            "Municipalidad de Hualpén                    Biobío                "
            "Gaspar Aguilera Vidal (alcalde)           22/10/2024\n"
            "Municipalidad de Los Ángeles                Biobío                "
            "Amparo Silva Opazo (alcaldesa)            22/10/2024\n"
            "Gobierno Regional del Biobío                Biobío                "
            "Leonel Espinoza Rojel (gobernador)        05/11/2024\n"
            "Municipalidad de Temuco                     Araucanía             "
            "Florencia Pavez Ormeño (alcaldesa)        12/03/2024\n"
            "Municipalidad de Villarrica                 Araucanía             "
            "Bastián Orellana Cid (alcalde)            19/11/2024\n"
            "Municipalidad de Valdivia                   Los Ríos              "
            "Magdalena Lagos Venegas (alcaldesa)       12/03/2024\n"
            "Gobierno Regional de Los Ríos               Los Ríos              "
            "Octavio Neira Vásquez (gobernador)        03/12/2024\n"
            "Municipalidad de Osorno                     Los Lagos             "
            "Renata Gallardo Briones (alcaldesa)       03/12/2024\n"
            "Municipalidad de Puerto Montt               Los Lagos             "
            "Ulises Cárdenas Mansilla (alcalde)        12/03/2024\n"
            "Municipalidad de Castro                     Los Lagos             "
            "Beatriz Olave Yáñez (alcaldesa)           17/12/2024\n"
            "Municipalidad de Coyhaique                  Aysén                 "
            "Damián Barría Cortés (alcalde)            17/12/2024\n"
            "Municipalidad de Punta Arenas               Magallanes            "
            "Elisa Soto Vidal (alcaldesa)              17/12/2024"
        ),
        after=(
            "¿Su municipio quiere sumarse? Descargue la ficha de adhesión y envíela firmada "
            "por la autoridad a la secretaría técnica de la Red."
        ),
        expected=(
            "Arica/CL; Iquique/CL; Alto Hospicio/CL; Antofagasta/CL; Calama/CL; Copiapó/CL; "
            "Vallenar/CL; La Serena/CL; Coquimbo/CL; Ovalle/CL; Valparaíso/CL; "
            "Viña del Mar/CL; Quilpué/CL; Villa Alemana/CL; Quillota/CL; Los Andes/CL; "
            "San Antonio/CL; Concón/CL; Santiago/CL; Ñuñoa/CL; Peñalolén/CL; Puente Alto/CL; "
            "Maipú/CL; Renca/CL; Colina/CL; Talagante/CL; Melipilla/CL; Rancagua/CL; "
            "Machalí/CL; Talca/CL; Curicó/CL; Constitución/CL; Chillán/CL; Concepción/CL; "
            "Talcahuano/CL; Hualpén/CL; Los Ángeles/CL; "
            "Gobierno Regional del Biobío|Región del Biobío/CL/region; Temuco/CL; "
            "Villarrica/CL; Valdivia/CL; "
            "Gobierno Regional de Los Ríos|Región de Los Ríos/CL/region; Osorno/CL; "
            "Puerto Montt/CL; Castro/CL; Coyhaique/CL; Punta Arenas/CL"
        ),
        note=(
            "Santiago is the venue of the launch and signed too, as the Municipalidad de Santiago."
        ),
    ),
    Page(
        name="pt-r66a-br-pdf-copy-municipio-uf-hyphenated-governo-do-estado",
        language="pt",
        kinds="numbered;broken_lines;state_codes;person_after;body_not_city;no_country",
        title="Carta das Cidades pela Água Limpa: a lista de signatários",
        date=(2025, 8, 22),
        before=(
            "Publicamos abaixo a lista de signatários da Carta das Cidades pela Água Limpa, "
            "tal como consta do documento final aprovado no Encontro Nacional da Rede "
            "Saneamento Já, em Brasília. A versão em PDF pode ser baixada no fim da página.\n\n"
            "CARTA DAS CIDADES PELA ÁGUA LIMPA\n"
            "Anexo I – Signatários"
        ),
        listing=(
            "1. Município de Niterói/RJ – Prefeita Luciana Vasconcellos Brandão\n"
            "2. Município de Maricá/RJ – Prefeito Otávio Nogueira Lemos\n"
            "3. Município de Juiz de Fora/MG – Prefeita Helena Dutra Ca-\n"
            "valcanti\n"
            "4. Município de Contagem/MG – Prefeito Rogério Azevedo Pinhei-\n"
            "ro\n"
            "5. Município de Londrina/PR – Prefeito Edson Kaminski\n"
            "6. Município de Maringá/PR – Prefeita Sueli Taborda\n"
            "7. Município de Blumenau/SC – Prefeito Arno Schwedler\n"
            "8. Município de Chapecó/SC – Prefeita Marlene Dalla Costa\n"
            "9. Município de Ca-\n"
            "xias do Sul/RS – Prefeito Valdir Bortolini\n"
            "\n"
            "Carta das Cidades pela Água Limpa                                    Página 2 de 3\n"
            "\n"
            "10. Município de Pelotas/RS – Prefeita Rosângela Moura Terra\n"
            "11. Município de Canoas/RS – Prefeito Jairo Becker\n"
            "12. Município de Santos/SP – Prefeito Fábio Arantes Queiroz\n"
            "13. Município de Araraquara/SP – Prefeita Denise Paschoal\n"
            "14. Município do Recife/PE – Prefeito Caio Albuquerque Lins\n"
            "15. Município de Caruaru/PE – Prefeita Joana Tenório\n"
            "16. Município de Petrolina/PE – Prefeito Marcos Coelho Ribei-\n"
            "ro\n"
            "17. Município de Sobral/CE – Prefeito Régis Aragão\n"
            "18. Município de Mossoró/RN – Prefeita Kátia Fernandes\n"
            "19. Governo do Estado do Ceará – Governadora Iolanda Pessoa Mar-\n"
            "tins\n"
            "20. Governo do Estado de Pernambuco – Secretário de Recursos Hí-\n"
            "dricos Henrique Barreto Sales, pelo Governador\n"
            "\n"
            "Carta das Cidades pela Água Limpa                                    Página 3 de 3"
        ),
        after=(
            "Baixar a Carta (PDF, 420 KB)\n\n"
            "A Rede Saneamento Já tem sede em Belo Horizonte e reúne municípios de todas as "
            "regiões do país."
        ),
        expected=(
            "Niterói/BR; Maricá/BR; Juiz de Fora/BR; Contagem/BR; Londrina/BR; Maringá/BR; "
            "Blumenau/BR; Chapecó/BR; Caxias do Sul/BR; Pelotas/BR; Canoas/BR; Santos/BR; "
            "Araraquara/BR; Recife/BR; Caruaru/BR; Petrolina/BR; Sobral/BR; Mossoró/BR; "
            "Governo do Estado do Ceará|Ceará/BR/region; "
            "Governo do Estado de Pernambuco|Pernambuco/BR/region"
        ),
        note="Brasília is the venue and Belo Horizonte the network's seat.",
    ),
    Page(
        name="de-r66a-running-text-genitive-und-sowie-landkreise",
        language="de",
        kinds="running_text;inflected;person_before;body_not_city;not_signatory;no_country",
        title="Kommunen unterzeichnen Potsdamer Erklärung zur Hitzevorsorge",
        date=(2025, 7, 3),
        before=(
            "Auf der Jahrestagung des Kommunalen Netzwerks Hitzeschutz in Potsdam haben zehn "
            "Städte und Landkreise die Potsdamer Erklärung zur Hitzevorsorge unterzeichnet. "
            "Sie verpflichten sich, bis 2027 Hitzeaktionspläne zu beschließen, kühle Orte "
            "für alle Bürgerinnen und Bürger in höchstens 300 Metern Entfernung zu schaffen "
            "und Trinkbrunnen an allen Schulen aufzustellen.\n\n"
            "Gastgeberin war die Landeshauptstadt Potsdam; die Geschäftsstelle des Netzwerks "
            "sitzt in Bielefeld."
        ),
        listing=(
            "Unterzeichnet haben die Oberbürgermeisterinnen und Oberbürgermeister Freiburgs, "
            "Heidelbergs und Tübingens, die Oberbürgermeister der Städte Kassel, Göttingen "
            "und Erlangen, die Oberbürgermeisterin der Stadt Jena sowie die Landräte der "
            "Landkreise Lörrach und Konstanz und die Landrätin des Landkreises Osnabrück."
        ),
        after=(
            "„Hitze ist das größte Gesundheitsrisiko des Klimawandels in unseren Städten“, "
            "sagte Netzwerksprecherin Dr. Almut Rehberg. Weitere Kommunen können der "
            "Erklärung jederzeit beitreten."
        ),
        expected=(
            "Freiburg|Freiburg im Breisgau/DE; Heidelberg/DE; Tübingen/DE; Kassel/DE; "
            "Göttingen/DE; Erlangen/DE; Jena/DE; "
            "Landkreis Lörrach|Lörrach District/DE/county; "
            "Landkreis Konstanz|Konstanz District/DE/county; "
            "Landkreis Osnabrück|Osnabrück District/DE/county"
        ),
        note="Potsdam hosts and Bielefeld is the network's seat.",
    ),
    Page(
        name="nl-r66a-be-province-headings-stad-gemeente-provincie",
        language="nl",
        kinds="one_a_line;region_heading;columns_after;body_not_city;no_country",
        title="Onze leden: steden, gemeenten en provincies",
        date=(2026, 2, 19),
        before=(
            "Het Vlaams Netwerk Deelmobiliteit verenigt lokale besturen en provincies die "
            "samen werken aan deelauto's, deelfietsen en mobipunten. Hieronder vindt u alle "
            "leden, per provincie."
        ),
        listing=(
            "Provincie Antwerpen (8 leden)\n"
            "Stad Antwerpen – lid sinds 2018\n"
            "Stad Mechelen – lid sinds 2018\n"
            "Stad Turnhout – lid sinds 2020\n"
            "Stad Lier – lid sinds 2021\n"
            "Stad Geel – lid sinds 2021\n"
            "Gemeente Mol – lid sinds 2022\n"
            "Stad Herentals – lid sinds 2023\n"
            "Provincie Antwerpen – lid sinds 2019\n\n"
            "Provincie Limburg (8 leden)\n"
            "Stad Hasselt – lid sinds 2018\n"
            "Stad Genk – lid sinds 2018\n"
            "Stad Sint-Truiden – lid sinds 2020\n"
            "Stad Tongeren – lid sinds 2020\n"
            "Stad Lommel – lid sinds 2022\n"
            "Stad Beringen – lid sinds 2022\n"
            "Gemeente Maasmechelen – lid sinds 2023\n"
            "Provincie Limburg – lid sinds 2019\n\n"
            "Provincie Oost-Vlaanderen (6 leden)\n"
            "Stad Gent – lid sinds 2018\n"
            "Stad Aalst – lid sinds 2019\n"
            "Stad Sint-Niklaas – lid sinds 2019\n"
            "Stad Dendermonde – lid sinds 2021\n"
            "Stad Eeklo – lid sinds 2022\n"
            "Stad Deinze – lid sinds 2024\n\n"
            "Provincie Vlaams-Brabant (6 leden)\n"
            "Stad Leuven – lid sinds 2018\n"
            "Stad Vilvoorde – lid sinds 2019\n"
            "Stad Halle – lid sinds 2020\n"
            "Stad Tienen – lid sinds 2021\n"
            "Gemeente Asse – lid sinds 2023\n"
            "Gemeente Zaventem – lid sinds 2024\n\n"
            "Provincie West-Vlaanderen (7 leden)\n"
            "Stad Brugge – lid sinds 2018\n"
            "Stad Kortrijk – lid sinds 2018\n"
            "Stad Oostende – lid sinds 2019\n"
            "Stad Roeselare – lid sinds 2020\n"
            "Stad Ieper – lid sinds 2021\n"
            "Stad Waregem – lid sinds 2023\n"
            "Provincie West-Vlaanderen – lid sinds 2020"
        ),
        after=("Wil uw bestuur ook lid worden? Neem contact op met het secretariaat in Brussel."),
        expected=(
            "Antwerp|Antwerpen/BE; Mechelen/BE; Turnhout/BE; Lier/BE; Geel/BE; Mol/BE; "
            "Herentals/BE; Provincie Antwerpen|Antwerp Province/BE/province; Hasselt/BE; "
            "Genk/BE; Sint-Truiden/BE; Tongeren/BE; Lommel/BE; Beringen/BE; "
            "Maasmechelen/BE; Provincie Limburg|Limburg/BE/province; Gent|Ghent/BE; "
            "Aalst/BE; Sint-Niklaas/BE; Dendermonde/BE; Eeklo/BE; Deinze/BE; Leuven/BE; "
            "Vilvoorde/BE; Halle/BE; Tienen/BE; Asse/BE; Zaventem/BE; Brugge|Bruges/BE; "
            "Kortrijk/BE; Oostende|Ostend/BE; Roeselare/BE; Ieper/BE; Waregem/BE; "
            "Provincie West-Vlaanderen|West Flanders/BE/province"
        ),
        note="The province headings are not members; the provinces named on member lines are.",
    ),
    Page(
        name="it-r66a-call-for-signatures-no-list-yet",
        language="it",
        kinds="no_list;not_signatory",
        title="Al via le adesioni alla Carta dei Comuni per l'ombra urbana",
        date=(2026, 4, 9),
        before=(
            "È stata presentata ieri a Bologna, nella Sala del Consiglio di Palazzo "
            "d'Accursio, la Carta dei Comuni per l'ombra urbana, promossa dalla Rete Italiana "
            "Città Fresche con il Comune di Bologna e la Città metropolitana di Bologna, che "
            "ne curano il coordinamento tecnico.\n\n"
            "La Carta chiede ai Comuni di mappare le aree senza ombra, di piantare alberi "
            "lungo i percorsi casa-scuola e di dotare le fermate del trasporto pubblico di "
            "coperture entro il 2030."
        ),
        listing=(
            "Da oggi i Comuni, le Unioni di Comuni e le Città metropolitane possono aderire "
            "compilando il modulo online e allegando la delibera di Giunta. L'elenco dei "
            "firmatari sarà pubblicato su questa pagina dopo la prima assemblea degli "
            "aderenti, prevista a Imola in autunno."
        ),
        after=(
            "«Vogliamo che la Carta cresca dal basso, un Comune alla volta», ha detto la "
            "coordinatrice della Rete, Giovanna Scarpelli. Per informazioni: segreteria "
            "della Rete, Modena."
        ),
        expected="",
        note=(
            "A call for signatures: no one has signed yet; Bologna and its Città metropolitana "
            "coordinate, Imola hosts the first assembly, Modena is the secretariat."
        ),
    ),
    Page(
        name="ca-r66a-tab-table-ajuntaments-consells-comarcals",
        language="ca",
        kinds="table_tabs;person_after;columns_after;body_not_city;no_country",
        title="Adhesions al Pacte per l'Aigua Regenerada",
        date=(2025, 10, 28),
        before=(
            "El Pacte per l'Aigua Regenerada, impulsat per la Xarxa de Municipis per la "
            "Sequera, compromet els ens signants a reutilitzar l'aigua depurada per al reg "
            "de parcs i la neteja de carrers i a reduir les pèrdues de la xarxa per sota del "
            "15 % abans del 2030. L'acte de signatura es va fer a la seu de la Xarxa, a "
            "Barcelona.\n\n"
            "Ens adherits"
        ),
        listing=(
            "Ens\tRepresentant\tCàrrec\tData d'adhesió\n"
            "Ajuntament de Girona\tNúria Puigdevall i Serra\talcaldessa\t14/10/2025\n"
            "Ajuntament de Lleida\tJosep Maria Solsona\talcalde\t14/10/2025\n"
            "Ajuntament de Tarragona\tMontserrat Ferrando\talcaldessa\t14/10/2025\n"
            "Ajuntament de Reus\tAlbert Cabestany\talcalde\t14/10/2025\n"
            "Ajuntament de Manresa\tMarta Vilardell\talcaldessa\t14/10/2025\n"
            "Ajuntament de Vic\tJordi Parcerisa\tregidor de Medi Ambient\t14/10/2025\n"
            "Ajuntament de Sabadell\tLaia Rovira i Costa\talcaldessa\t21/10/2025\n"
            "Ajuntament de Terrassa\tPere Tarrés\talcalde\t21/10/2025\n"
            "Ajuntament de Mataró\tClara Ventura\talcaldessa\t21/10/2025\n"
            "Ajuntament de Granollers\tOriol Canyelles\talcalde\t21/10/2025\n"
            "Ajuntament d'Olot\tGemma Masramon\talcaldessa\t21/10/2025\n"
            "Ajuntament de Figueres\tXavier Brugués\talcalde\t21/10/2025\n"
            "Consell Comarcal del Bages\tRamon Serracanta\tpresident\t28/10/2025\n"
            "Consell Comarcal d'Osona\tAnna Vilamala\tpresidenta\t28/10/2025\n"
            "Consell Comarcal de la Garrotxa\tIgnasi Bosch i Planas\tpresident\t28/10/2025\n"
            "Consell Comarcal del Maresme\tRosa Fontanet\tpresidenta\t28/10/2025"
        ),
        after=(
            "Els ajuntaments i consells comarcals interessats poden adherir-se al Pacte "
            "per acord de ple."
        ),
        expected=(
            "Girona/ES; Lleida/ES; Tarragona/ES; Reus/ES; Manresa/ES; Vic/ES; Sabadell/ES; "
            "Terrassa/ES; Mataró/ES; Granollers/ES; Olot/ES; Figueres/ES; "
            "Consell Comarcal del Bages|Bages/ES/county; "
            "Consell Comarcal d'Osona|Osona/ES/county; "
            "Consell Comarcal de la Garrotxa|Garrotxa/ES/county; "
            "Consell Comarcal del Maresme|Maresme/ES/county"
        ),
        note="Barcelona is the network's seat and the venue.",
    ),
    Page(
        name="gl-r66a-concello-dash-name-alcaldesa-deputacions",
        language="gl",
        kinds="one_a_line;person_after;body_not_city;not_signatory;no_country",
        title="Concellos e deputacións asinan o Compromiso polo Rural Vivo",
        date=(2025, 5, 29),
        before=(
            "A Rede Galega de Concellos Saudables presentou onte en Vigo o Compromiso polo "
            "Rural Vivo, que obriga as entidades asinantes a manter aberto polo menos un "
            "servizo público en cada parroquia e a dixitalizar os trámites municipais antes "
            "de 2028.\n\n"
            "Asinaron o compromiso:"
        ),
        listing=(
            "Concello de Lugo – Rosalía Seoane Vilar, alcaldesa\n"
            "Concello de Ourense – Xosé Manuel Outeiro, alcalde\n"
            "Concello de Santiago de Compostela – Iria Castromil Rey, alcaldesa\n"
            "Concello de Ferrol – Breogán Insua Pena, alcalde\n"
            "Concello de Narón – Uxía Rodeiro Lema, alcaldesa\n"
            "Concello de Carballo – Antón Varela Cotelo, alcalde\n"
            "Deputación de Lugo – Manuel Ferreiro Losada, presidente\n"
            "Deputación da Coruña – Sabela Mosquera Iglesias, vicepresidenta"
        ),
        after=(
            "O acto pechouno o alcalde de Vigo, anfitrión da xornada, quen anunciou que o "
            "seu concello estudará a adhesión nos próximos meses."
        ),
        expected=(
            "Lugo/ES; Ourense/ES; Santiago de Compostela/ES; Ferrol/ES; Narón/ES; "
            "Carballo/ES; Deputación de Lugo|Province of Lugo/ES/province; "
            "Deputación da Coruña|Province of A Coruña/ES/province"
        ),
        note="Vigo hosts and has not signed.",
    ),
    Page(
        name="eu-r66a-running-text-ko-case-endings-eta-foru-aldundiak",
        language="eu",
        kinds="running_text;inflected;body_not_city;not_signatory;no_country",
        title="Hamar erakundek sinatu dute Euskal Hiri Oinezkoen Ituna",
        date=(2025, 12, 3),
        before=(
            "Euskal Hiri Oinezkoen Sareak atzo aurkeztu zuen Oinezkoen Ituna Durangon, "
            "Landako Gunean egindako ekitaldian. Itunak konpromisoa hartzen du 2030erako "
            "ikastetxe guztien inguruak oinezkoentzat lasaitzeko eta herri barruko abiadura "
            "30 km/h-ra mugatzeko."
        ),
        listing=(
            "Ituna Bilboko, Donostiako, Gasteizko eta Iruñeko alkateek sinatu zuten, baita "
            "Getxoko, Barakaldoko, Irungo eta Eibarko udalek ere. Gipuzkoako eta Bizkaiko "
            "foru aldundiek ere bat egin dute itunarekin."
        ),
        after=(
            "«Kalea herritarrena da», esan zuen Sareko lehendakari Itziar Goikoetxeak. "
            "Hurrengo batzarra Tolosan izango da, udaberrian."
        ),
        expected=(
            "Bilbao|Bilbo/ES; San Sebastián|Donostia/ES; Vitoria-Gasteiz|Gasteiz/ES; "
            "Pamplona|Iruñea/ES; Getxo/ES; Barakaldo/ES; Irun/ES; Eibar/ES; "
            "Gipuzkoako Foru Aldundia|Gipuzkoa/ES/province; "
            "Bizkaiko Foru Aldundia|Bizkaia/ES/province"
        ),
        note="Durango is the venue and Tolosa hosts the next meeting.",
    ),
]

"""Batch r60b: 14 pages as city networks around the world publish them, one language each.

English from Africa (a heat statement's `Hon. Name, Mayor of X, Country` lines with a county,
eThekwini `(Durban)` and people named Victoria and Kimberley) and from Oceania (councils
under state headings, `City of Greater Bendigo`, a Hamilton of New Zealand); Spanish from
Mexico (a members' table with `|`, state abbreviations `Jal.`, `N.L.`, contacts named Colima
and Durango, and Nogales of Arizona under a Mexican heading); Portuguese from Portugal
(running text `de Braga, do Porto, da Maia ... e de Faro` with a metropolitan area and an
intermunicipal community, a venue and a coordinator named Braga); Swiss French `Pour la Ville
de X (VD)` signature blocks whose canton codes are countries' (`GE`, `FR`, `BE`, `NE`) and a
syndic named Morges; Austrian German from a PDF (page headers, `Klagenfurt am Wör-` /
`thersee`, `Land Steiermark`); Moroccan Arabic news of towns joining (`ووجدة` glued, `سوسة
التونسية`) with a host, a venue and a quoted president; Hebrew member cards with district
lines and a union of towns; Ukrainian running text of genitives with `та` and an oblast
council; Uzbek Latin `Name, X shahar hokimi` lines with a venue `Jizzaxda`; Bengali city
corporations and pourashavas under division headings with a zila parishad; Filipino news
with `Lungsod ng X` and a provincial government; Chinese `签署单位：X市人民政府` blocks with
the province before the city; Thai numbered `เทศบาลนคร X` lines from a PDF with page
headers and a provincial administrative organisation. The networks, people and texts are
invented, the places real; written without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r60b-africa-mayors-lines",
        language="en",
        kinds="one_a_line;person_before;person_named_like_place;body_not_city;not_signatory",
        title="Accra Call to Action on Extreme Heat: a statement of African local leaders",
        date=(2025, 11, 4),
        before=(
            "Meeting in Accra for the Pan-African Urban Heat Forum, local leaders from across "
            "the continent adopted the following call to action. The forum was hosted by the "
            "Accra Metropolitan Assembly at the Accra International Conference Centre.\n\n"
            "We, the undersigned, recognise that extreme heat is already the deadliest climate "
            "hazard in our cities. Informal settlements, markets and transport hubs are where "
            "heat strikes hardest, and where our residents have the least protection.\n\n"
            "We commit to:\n"
            "1. appoint a heat officer or focal point in our administration by the end of 2026;\n"
            "2. map the hottest neighbourhoods and publish the maps;\n"
            "3. plant and protect shade trees along walking routes to schools and clinics;\n"
            "4. issue early warnings in the languages our residents speak.\n\n"
            "Signed on 4 November 2025:"
        ),
        listing=(
            "Hon. Victoria Mensah, Mayor, Kumasi Metropolitan Assembly, Ghana\n"
            "Alhaji Ibrahim Sule Mahama, Mayor of Tamale, Ghana\n"
            "Cllr Thabo Kimberley, Executive Mayor, eThekwini Municipality (Durban), South Africa\n"
            "Cllr Lerato Mokoena, Executive Mayor of Polokwane, South Africa\n"
            "H.E. Wanjiru Kamau, Governor, Nairobi City County, Kenya\n"
            "H.E. Otieno Achieng, Governor, Kisumu County Government, Kenya\n"
            "Hon. Fatma Said Ali, Mayor of Mombasa, Kenya\n"
            "Hon. Erias Ssemakula, Lord Mayor, Kampala Capital City Authority, Uganda\n"
            "Hon. Peter Okello Wanyama, Mayor of Jinja City, Uganda\n"
            "Ms Aline Uwimana, Vice Mayor in charge of Urban Planning, City of Kigali, Rwanda\n"
            "Hon. Juma Mwakyusa, Mayor, Dar es Salaam City Council, Tanzania\n"
            "Hon. Neema Lyimo, Mayor of Arusha, Tanzania\n"
            "Cllr Chilufya Banda, Lord Mayor of Lusaka, Zambia"
        ),
        after=(
            "“Heat does not make headlines the way floods do, but it fills our clinics every "
            "dry season,” said Kofi Adjei-Boateng, Chief Executive of the host assembly in "
            "Accra. The next forum will be held in Dakar in 2027.\n\n"
            "Other cities and counties may endorse the call by writing to the secretariat."
        ),
        expected=(
            "Kumasi/GH; Tamale/GH; Durban|eThekwini/ZA; Polokwane/ZA; Nairobi/KE; "
            "Kisumu County/KE/county; Mombasa/KE; Kampala/UG; Jinja/UG; Kigali/RW; "
            "Dar es Salaam/TZ; Arusha/TZ; Lusaka/ZM"
        ),
    ),
    Page(
        name="en-r60b-oceania-state-headings",
        language="en",
        kinds="one_a_line;region_heading;no_country;columns_after",
        title="Our member councils",
        date=(2026, 2, 10),
        before=(
            "The Coastal and Regional Cities Resilience Network brings together local "
            "governments in Australia and Aotearoa New Zealand that are planning for a warmer, "
            "wetter and more variable climate. Members share adaptation plans, pool funding "
            "bids and meet twice a year.\n\n"
            "Members are listed by state; councils in Aotearoa New Zealand are listed last. "
            "The year shows when each council joined."
        ),
        listing=(
            "New South Wales (3)\n"
            "City of Parramatta — 2019\n"
            "City of Newcastle — 2019\n"
            "Wollongong City Council — 2021\n"
            "\n"
            "Victoria (3)\n"
            "City of Ballarat — 2019\n"
            "City of Greater Bendigo — 2020\n"
            "City of Greater Geelong — 2022\n"
            "\n"
            "Queensland (3)\n"
            "Brisbane City Council — 2020\n"
            "Townsville City Council — 2020\n"
            "Cairns Regional Council — 2023\n"
            "\n"
            "Western Australia (2)\n"
            "City of Fremantle — 2019\n"
            "City of Bunbury — 2024\n"
            "\n"
            "South Australia (2)\n"
            "City of Adelaide — 2021\n"
            "City of Mount Gambier — 2024\n"
            "\n"
            "Tasmania (2)\n"
            "City of Hobart — 2021\n"
            "City of Launceston — 2022\n"
            "\n"
            "Aotearoa New Zealand (4)\n"
            "Christchurch City Council — 2020\n"
            "Dunedin City Council — 2021\n"
            "Nelson City Council — 2023\n"
            "Hamilton City Council — 2025"
        ),
        after=(
            "Is your council interested in joining? Membership is open to any local "
            "government in Australia, New Zealand or the Pacific. Contact the secretariat "
            "in Canberra for the membership pack."
        ),
        expected=(
            "Parramatta/AU; Newcastle/AU; Wollongong/AU; Ballarat/AU; Bendigo/AU; Geelong/AU; "
            "Brisbane/AU; Townsville/AU; Cairns/AU; Fremantle/AU; Bunbury/AU; Adelaide/AU; "
            "Mount Gambier/AU; Hobart/AU; Launceston/AU; Christchurch/NZ; Dunedin/NZ; "
            "Nelson/NZ; Hamilton/NZ"
        ),
    ),
    Page(
        name="es-r60b-mx-directorio-tabla-barras",
        language="es",
        kinds="columns_after;state_codes;person_named_like_place;country_in_language",
        title="Directorio de municipios miembros",
        date=(2025, 9, 22),
        before=(
            "La Red Mexicana de Ciudades por el Agua reúne a gobiernos municipales que se "
            "comprometen a reducir pérdidas en sus redes de agua potable, tratar sus aguas "
            "residuales y compartir datos abiertos.\n\n"
            "Municipios miembros en México\n"
            "Consulte a la persona de enlace de cada municipio para conocer sus proyectos."
        ),
        listing=(
            "| Municipio | Estado | Enlace | Año de adhesión |\n"
            "|---|---|---|---|\n"
            "| H. Ayuntamiento de Guadalajara | Jal. | Mtra. Laura Colima Reyes | 2017 |\n"
            "| Gobierno Municipal de Zapopan | Jal. | Ing. Ernesto Durango Salas | 2017 |\n"
            "| Municipio de Monterrey | N.L. | Lic. Sofía Garza Treviño | 2018 |\n"
            "| San Pedro Garza García | N.L. | Arq. Tomás Villarreal Cantú | 2018 |\n"
            "| Ayuntamiento de Mérida | Yuc. | Ing. Rosa Pech Canul | 2019 |\n"
            "| H. Ayuntamiento de Puebla | Pue. | Lic. Andrés Tlaxcala Ruiz | 2019 |\n"
            "| Municipio de Querétaro | Qro. | Mtro. Javier Olvera Ríos | 2020 |\n"
            "| León | Gto. | Ing. Paola Muñoz Ibarra | 2020 |\n"
            "| H. Ayuntamiento de Hermosillo | Son. | Lic. Ramón Encinas Valdez | 2021 |\n"
            "| XXV Ayuntamiento de Tijuana | B.C. | Ing. Mariana López Soto | 2021 |\n"
            "| Mexicali | B.C. | Lic. Héctor Rubio Félix | 2022 |\n"
            "| Municipio de Juárez | Chih. | Ing. Adriana Chávez Loera | 2022 |\n"
            "| Oaxaca de Juárez | Oax. | Mtra. Itzel Mendoza Cruz | 2023 |\n"
            "| City of Nogales | Arizona, EE. UU. | Mr. Daniel Ortega Smith | 2024 |"
        ),
        after=(
            "La Ciudad de Nogales, Arizona, participa como miembro asociado por compartir "
            "cuenca con Nogales, Sonora.\n\n"
            "Secretaría técnica: Av. Chapultepec 480, Ciudad de México."
        ),
        expected=(
            "Guadalajara/MX; Zapopan/MX; Monterrey/MX; San Pedro Garza García/MX; Mérida/MX; "
            "Puebla/MX; Santiago de Querétaro|Querétaro/MX; León de los Aldama|León/MX; "
            "Hermosillo/MX; Tijuana/MX; Mexicali/MX; Ciudad Juárez|Juárez/MX; "
            "Oaxaca|Oaxaca de Juárez/MX; Nogales/US"
        ),
        note="Nogales (Arizona, US) is listed in the table of members in Mexico",
    ),
    Page(
        name="pt-r60b-pt-texto-corrido-camaras",
        language="pt",
        kinds="running_text;inflected;body_not_city;not_signatory;person_named_like_place;no_country",
        title="Onze municípios e duas entidades supramunicipais subscrevem o Compromisso pela Água",
        date=(2025, 10, 17),
        before=(
            "Reunidos em Leiria, no Teatro José Lúcio da Silva, autarcas de norte a sul do país "
            "assinaram ontem o Compromisso pela Água, promovido pela Rede de Cidades Poupadoras "
            "de Água. O documento prevê a redução das perdas nas redes de abastecimento para "
            "menos de 15% até 2030 e a reutilização de águas residuais tratadas na rega de "
            "espaços verdes."
        ),
        listing=(
            "Subscreveram o compromisso os presidentes das Câmaras Municipais de Lisboa, do "
            "Porto, de Braga, de Coimbra, de Aveiro, de Guimarães, da Maia, de Viseu, de Évora, "
            "de Setúbal e de Faro, bem como a Área Metropolitana do Porto e a Comunidade "
            "Intermunicipal do Alto Minho."
        ),
        after=(
            "«Leiria mostrou que é possível poupar água sem pedir sacrifícios às famílias», "
            "afirmou Ana Braga, coordenadora da rede, que agradeceu ao município anfitrião. "
            "O próximo encontro decorrerá em Castelo Branco, na primavera de 2026."
        ),
        expected=(
            "Lisbon|Lisboa/PT; Porto/PT; Braga/PT; Coimbra/PT; Aveiro/PT; Guimarães/PT; "
            "Maia/PT; Viseu/PT; Évora/PT; Setúbal/PT; Faro/PT; "
            "Área Metropolitana do Porto|Porto Metropolitan Area/PT/metropolitan area; "
            "Comunidade Intermunicipal do Alto Minho|Alto Minho/PT/union of municipalities"
        ),
    ),
    Page(
        name="fr-r60b-ch-blocs-signature-cantons",
        language="fr",
        kinds="person_after;state_codes;no_country;person_named_like_place;not_signatory",
        title="Déclaration des villes romandes pour une mobilité décarbonée",
        date=(2025, 3, 14),
        before=(
            "Les villes signataires s'engagent à réduire de moitié les émissions du trafic "
            "motorisé sur leur territoire d'ici 2035, à donner la priorité aux transports "
            "publics et à la marche dans l'aménagement de l'espace public, et à publier chaque "
            "année un bilan de leurs progrès.\n\n"
            "Fait à Berne, le 14 mars 2025, en neuf exemplaires."
        ),
        listing=(
            "Pour la Ville de Lausanne (VD)\n"
            "Élise Morand, syndique\n"
            "\n"
            "Pour la Ville de Genève (GE)\n"
            "Thierry Vallotton, maire\n"
            "\n"
            "Pour la Ville de Fribourg (FR)\n"
            "Claire Jaquier, syndique\n"
            "\n"
            "Pour la Ville de Sion (VS)\n"
            "Marc-Antoine Rey, président de la Ville\n"
            "\n"
            "Pour la Ville de Neuchâtel (NE)\n"
            "Sophie Morat, présidente du Conseil communal\n"
            "\n"
            "Pour la Ville de Bienne (BE)\n"
            "Lukas Grandjean, maire\n"
            "\n"
            "Pour la Ville d'Yverdon-les-Bains (VD)\n"
            "Pascal Chevalley, syndic\n"
            "\n"
            "Pour la Commune de Delémont (JU)\n"
            "Inès Broquet, maire\n"
            "\n"
            "Pour la Commune de Montreux (VD)\n"
            "Laurent Morges, syndic"
        ),
        after=(
            "La déclaration reste ouverte à la signature des autres villes et communes de "
            "Suisse romande. Secrétariat : Coordination romande des villes en transition, "
            "case postale, 1951 Sion."
        ),
        expected=(
            "Lausanne/CH; Geneva|Genève/CH; Fribourg/CH; Sion|Sitten/CH; Neuchâtel/CH; "
            "Bienne|Biel/CH; Yverdon-les-Bains/CH; Delémont/CH; Montreux/CH"
        ),
    ),
    Page(
        name="de-r60b-at-pdf-kopfzeilen",
        language="de",
        kinds="one_a_line;broken_lines;person_after;body_not_city;not_signatory;no_country",
        title="Charta der österreichischen Städte für Hitzeschutz",
        date=(2025, 6, 3),
        before=(
            "Die unterzeichnenden Städte, Gemeinden und Länder verpflichten sich,\n"
            "bis 2027 einen Hitzeaktionsplan zu beschließen, kühle Orte im öffent-\n"
            "lichen Raum auszuweisen und Trinkbrunnen in allen Stadtteilen bereit-\n"
            "zustellen. Die Charta wurde am 3. Juni 2025 im Alten Rathaus in Linz\n"
            "feierlich unterzeichnet.\n\n"
            "Unterzeichnende Gebietskörperschaften"
        ),
        listing=(
            "Landeshauptstadt Graz, vertreten durch Bürgermeisterin Dr. Hanna Leitgeb\n"
            "Statutarstadt Wels, vertreten durch Bürgermeister Markus Hinterberger\n"
            "Stadt Salzburg, vertreten durch Bürgermeister Thomas Eibl\n"
            "Landeshauptstadt Innsbruck, vertreten durch "
            "Vizebürgermeisterin Mag.a Julia Ranggetiner\n"
            "Stadt Villach, vertreten durch Bürgermeisterin Sabine Krenn\n"
            "Landeshauptstadt Klagenfurt am Wör-\n"
            "thersee, vertreten durch Stadtrat Peter Wolfsberger\n"
            "\n"
            "Charta der österreichischen Städte für Hitzeschutz                    Seite 2 von 3\n"
            "Netzwerk Kühle Städte Österreich · Unterzeichnungsfassung\n"
            "\n"
            "Stadtgemeinde Leoben, vertreten durch Bürgermeister Kurt Pichler\n"
            "Stadt Feldkirch, vertreten durch Bürgermeisterin Eva Nägele\n"
            "Stadt Dornbirn, vertreten durch Stadtrat Martin Rhomberger\n"
            "Stadt Steyr, vertreten durch Vizebürgermeisterin Anna Moser\n"
            "Stadt Krems an der Donau, vertreten durch Bürgermeister Franz Haslinger\n"
            "Landeshauptstadt St. Pölten, vertreten durch Bürgermeister Christian Wagen-\n"
            "hofer\n"
            "Stadtgemeinde Baden, vertreten durch Bürgermeisterin Gerlinde Pfeiffer\n"
            "Land Steiermark, vertreten durch Landesrätin Mag.a Ursula Kainz"
        ),
        after=(
            "Charta der österreichischen Städte für Hitzeschutz                    Seite 3 von 3\n"
            "Netzwerk Kühle Städte Österreich · Unterzeichnungsfassung\n\n"
            "Die Geschäftsstelle des Netzwerks (Wien) sammelt weitere Unterschriften bis\n"
            "zum 31. Dezember 2025."
        ),
        expected=(
            "Graz/AT; Wels/AT; Salzburg/AT; Innsbruck/AT; Villach/AT; "
            "Klagenfurt am Wörthersee|Klagenfurt/AT; Leoben/AT; Feldkirch/AT; Dornbirn/AT; "
            "Steyr/AT; Krems an der Donau/AT; Sankt Pölten|St. Pölten/AT; Baden/AT; "
            "Land Steiermark|Steiermark|Styria/AT/region"
        ),
    ),
    Page(
        name="ar-r60b-ma-news-join",
        language="ar",
        kinds="running_text;not_signatory;country_in_language;majority_other_country;few",
        title="خمس مدن تنضم إلى الشبكة المغاربية للمدن المستدامة",
        date=(2025, 12, 5),
        before=(
            "احتضنت مدينة مراكش، يومي 3 و4 دجنبر 2025، بقصر المؤتمرات، أشغال الجمع العام "
            "السنوي للشبكة المغاربية للمدن المستدامة، بحضور رئيس جماعة مراكش وممثلين عن أكثر "
            "من ثلاثين جماعة ترابية من المغرب وتونس وموريتانيا."
        ),
        listing=(
            "وصادق الجمع العام بالإجماع على انضمام جماعات أكادير، تطوان، القنيطرة ووجدة، "
            "إضافة إلى بلدية سوسة التونسية، ليرتفع بذلك عدد أعضاء الشبكة إلى 38 مدينة."
        ),
        after=(
            "وقال السيد يوسف بنعلي، رئيس الشبكة ورئيس المجلس الجماعي للجديدة: «انضمام هذه "
            "المدن يعزز حضور الشبكة في الشمال والشرق والجنوب، ويفتح الباب أمام شراكات جديدة "
            "مع المدن التونسية».\n\n"
            "ومن المنتظر أن ينعقد الجمع العام المقبل بمدينة نواكشوط سنة 2026."
        ),
        expected="Agadir/MA; Tétouan|Tetouan/MA; Kenitra/MA; Oujda/MA; Sousse/TN",
    ),
    Page(
        name="he-r60b-directory-cards",
        language="he",
        kinds="one_a_line;region_after;columns_after;body_not_city;no_country;not_signatory",
        title="הרשויות החברות ברשת",
        date=(2026, 1, 12),
        before=(
            "רשת הערים לאקלים מאגדת רשויות מקומיות מקריית שמונה ועד אילת, הפועלות להפחתת "
            "פליטות ולהיערכות לגלי חום. לחצו על כרטיס הרשות כדי לקרוא על הפרויקטים שלה."
        ),
        listing=(
            "עיריית חיפה\n"
            "מחוז חיפה\n"
            "חברה ברשת מאז 2015\n"
            "לפרופיל הרשות ←\n"
            "\n"
            "עיריית תל אביב-יפו\n"
            "מחוז תל אביב\n"
            "חברה ברשת מאז 2015\n"
            "לפרופיל הרשות ←\n"
            "\n"
            "עיריית ירושלים\n"
            "מחוז ירושלים\n"
            "חברה ברשת מאז 2016\n"
            "לפרופיל הרשות ←\n"
            "\n"
            "עיריית באר שבע\n"
            "מחוז הדרום\n"
            "חברה ברשת מאז 2017\n"
            "לפרופיל הרשות ←\n"
            "\n"
            "עיריית אשדוד\n"
            "מחוז הדרום\n"
            "חברה ברשת מאז 2018\n"
            "לפרופיל הרשות ←\n"
            "\n"
            "עיריית נתניה\n"
            "מחוז המרכז\n"
            "חברה ברשת מאז 2019\n"
            "לפרופיל הרשות ←\n"
            "\n"
            "עיריית כפר סבא\n"
            "מחוז המרכז\n"
            "חברה ברשת מאז 2019\n"
            "לפרופיל הרשות ←\n"
            "\n"
            "עיריית הרצליה\n"
            "מחוז תל אביב\n"
            "חברה ברשת מאז 2020\n"
            "לפרופיל הרשות ←\n"
            "\n"
            "עיריית נצרת\n"
            "מחוז הצפון\n"
            "חברה ברשת מאז 2021\n"
            "לפרופיל הרשות ←\n"
            "\n"
            "עיריית אילת\n"
            "מחוז הדרום\n"
            "חברה ברשת מאז 2022\n"
            "לפרופיל הרשות ←\n"
            "\n"
            "איגוד ערים דן לאיכות הסביבה\n"
            "מחוז תל אביב\n"
            "חבר ברשת מאז 2023\n"
            "לפרופיל הרשות ←"
        ),
        after="מוצגות 11 רשויות מתוך 11. רשות שמעוניינת להצטרף מוזמנת לפנות למטה הרשת ברמת גן.",
        expected=(
            "Haifa/IL; Tel Aviv/IL; Jerusalem/IL; Beersheba/IL; Ashdod/IL; Netanya/IL; "
            "Kfar Saba/IL; Herzliya/IL; Nazareth/IL; Eilat/IL; "
            "איגוד ערים דן לאיכות הסביבה|Dan Region Association of Towns for Environmental "
            "Protection/IL/union of municipalities"
        ),
    ),
    Page(
        name="uk-r60b-running-genitives",
        language="uk",
        kinds="running_text;inflected;body_not_city;not_signatory;no_country",
        title="Міські голови підписали Хартію енергетичної стійкості громад",
        date=(2025, 10, 29),
        before=(
            "У Києві 28 жовтня відбувся форум «Енергостійкі громади», організований "
            "Асоціацією енергоефективних міст заходу України. Учасники обговорили досвід "
            "минулої зими, резервне живлення лікарень і шкіл та встановлення сонячних "
            "електростанцій на дахах комунальних будівель."
        ),
        listing=(
            "За підсумками форуму Хартію енергетичної стійкості громад підписали міські голови "
            "Львова, Вінниці, Івано-Франківська, Житомира, Луцька, Тернополя, Чернівців та "
            "Ужгорода, а також голова Волинської обласної ради."
        ),
        after=(
            "«Київ готовий ділитися напрацюваннями з усіма громадами», — зазначила заступниця "
            "міського голови Києва Оксана Мельничук, яка відкрила форум. Наступна зустріч "
            "підписантів відбудеться навесні в Полтаві."
        ),
        expected=(
            "Lviv/UA; Vinnytsia|Vinnytsya/UA; Ivano-Frankivsk/UA; Zhytomyr/UA; Lutsk/UA; "
            "Ternopil/UA; Chernivtsi/UA; Uzhhorod/UA; "
            "Волинська обласна рада|Volyn Oblast Council|Volyn Oblast/UA/region"
        ),
    ),
    Page(
        name="uz-r60b-hokim-lines",
        language="uz",
        kinds="one_a_line;person_before;inflected;person_named_like_place;region_after;not_signatory;no_country",
        title="Oʻzbekiston shaharlarining iqlim oʻzgarishiga moslashish boʻyicha bayonoti",
        date=(2025, 5, 21),
        before=(
            "Bayonot 2025-yil 20-may kuni Jizzaxda boʻlib oʻtgan “Yashil shaharlar” forumida "
            "qabul qilindi. Imzolagan shaharlar 2030-yilgacha daraxtzorlar maydonini ikki "
            "baravar oshirish, ichimlik suvi yoʻqotishlarini kamaytirish va aholini issiq "
            "havo toʻlqinlari haqida oldindan ogohlantirish tizimini joriy etish majburiyatini "
            "oladi.\n\n"
            "Imzolaganlar:"
        ),
        listing=(
            "Bobur Aliyev, Toshkent shahar hokimining oʻrinbosari\n"
            "Nodira Saidova, Samarqand shahar hokimi\n"
            "Sherzod Qodirov, Buxoro shahar hokimi\n"
            "Malika Yusupova, Namangan shahar hokimi\n"
            "Laylo Navoiy, Andijon shahar hokimi\n"
            "Javlon Ergashev, Fargʻona shahar hokimining birinchi oʻrinbosari\n"
            "Rustam Xolmatov, Qarshi shahar hokimi\n"
            "Aziza Ismoilova, Nukus shahar hokimi (Qoraqalpogʻiston Respublikasi)\n"
            "Otabek Yoʻldoshev, Urganch shahar hokimi (Xorazm viloyati)\n"
            "Zarina Tursunova, Termiz shahar hokimi"
        ),
        after=(
            "Forumda kuzatuvchi sifatida Xiva shahar hokimligi vakili ishtirok etdi. "
            "Navbatdagi forum 2026-yilda Navoiy shahrida oʻtkaziladi."
        ),
        expected=(
            "Tashkent|Toshkent/UZ; Samarkand|Samarqand/UZ; Bukhara|Buxoro/UZ; Namangan/UZ; "
            "Andijon|Andijan/UZ; Fergana|Farg'ona/UZ; Qarshi/UZ; Nukus/UZ; Urganch|Urgench/UZ; "
            "Termiz|Termez/UZ"
        ),
    ),
    Page(
        name="bn-r60b-division-headings",
        language="bn",
        kinds="one_a_line;region_heading;body_not_city;no_country",
        title="নেটওয়ার্কের সদস্য সিটি কর্পোরেশন ও পৌরসভা",
        date=(2025, 8, 14),
        before=(
            "জলবায়ু সহনশীল নগর নেটওয়ার্ক দেশের সিটি কর্পোরেশন, পৌরসভা ও জেলা পরিষদকে "
            "নিয়ে কাজ করে। নেটওয়ার্কের সচিবালয় ঢাকায় অবস্থিত। নিচে বিভাগ অনুযায়ী সদস্যদের "
            "তালিকা দেওয়া হলো।"
        ),
        listing=(
            "ঢাকা বিভাগ\n"
            "ঢাকা উত্তর সিটি কর্পোরেশন\n"
            "নারায়ণগঞ্জ সিটি কর্পোরেশন\n"
            "গাজীপুর সিটি কর্পোরেশন\n"
            "টাঙ্গাইল পৌরসভা\n"
            "\n"
            "চট্টগ্রাম বিভাগ\n"
            "চট্টগ্রাম সিটি কর্পোরেশন\n"
            "কুমিল্লা সিটি কর্পোরেশন\n"
            "ফেনী পৌরসভা\n"
            "কক্সবাজার জেলা পরিষদ\n"
            "\n"
            "খুলনা বিভাগ\n"
            "খুলনা সিটি কর্পোরেশন\n"
            "যশোর পৌরসভা\n"
            "\n"
            "রাজশাহী বিভাগ\n"
            "রাজশাহী সিটি কর্পোরেশন\n"
            "বগুড়া পৌরসভা\n"
            "\n"
            "সিলেট বিভাগ\n"
            "সিলেট সিটি কর্পোরেশন\n"
            "\n"
            "রংপুর বিভাগ\n"
            "রংপুর সিটি কর্পোরেশন\n"
            "\n"
            "বরিশাল বিভাগ\n"
            "বরিশাল সিটি কর্পোরেশন\n"
            "\n"
            "ময়মনসিংহ বিভাগ\n"
            "ময়মনসিংহ সিটি কর্পোরেশন"
        ),
        after=(
            "সদস্য হতে আগ্রহী স্থানীয় সরকার প্রতিষ্ঠান সচিবালয়ে আবেদন করতে পারে। সর্বশেষ হালনাগাদ: আগস্ট ২০২৫।"
        ),
        expected=(
            "Dhaka/BD; Narayanganj/BD; Gazipur/BD; Tangail/BD; Chattogram|Chittagong/BD; "
            "Comilla/BD; Feni/BD; "
            "কক্সবাজার জেলা পরিষদ|Cox's Bazar Zila Parishad|Cox's Bazar District/BD/county; "
            "Khulna/BD; Jessore/BD; Rajshahi/BD; Bogra/BD; Sylhet/BD; Rangpur/BD; "
            "Barishal|Barisal/BD; Mymensingh/BD"
        ),
    ),
    Page(
        name="tl-r60b-news-joining",
        language="tl",
        kinds="running_text;region_after;body_not_city;not_signatory;person_named_like_place;no_country",
        title="Limang bagong kasapi, tinanggap ng Liga ng mga Lungsod para sa Klima",
        date=(2025, 7, 25),
        before=(
            "LUNGSOD NG ILOILO — Sa ginanap na taunang kumperensiya ng Liga ng mga Lungsod "
            "para sa Klima sa Iloilo Convention Center noong Huwebes, pormal na tinanggap ng "
            "network ang mga bagong kasapi nito. Ang Lungsod ng Iloilo ang naging punong-abala "
            "ng tatlong araw na pagtitipon."
        ),
        listing=(
            "Ang mga bagong kasapi ay ang Lungsod ng Baguio, Lungsod ng Naga (Camarines Sur), "
            "Lungsod ng Puerto Princesa, Lungsod ng Dumaguete, at ang Pamahalaang Panlalawigan "
            "ng Bulacan."
        ),
        after=(
            "“Ikinararangal naming salubungin ang mga bagong kasapi dito sa Iloilo,” ani "
            "Alkalde Ramon Legaspi, na siya ring pangulo ng Liga. Gaganapin naman sa Lungsod "
            "ng Cagayan de Oro ang susunod na kumperensiya sa 2026."
        ),
        expected=(
            "Baguio/PH; Naga/PH; Puerto Princesa/PH; Dumaguete/PH; "
            "Pamahalaang Panlalawigan ng Bulacan|Bulacan|Province of Bulacan/PH/province"
        ),
    ),
    Page(
        name="zh-r60b-signature-blocks",
        language="zh",
        kinds="person_after;region_before;not_signatory;no_country",
        title="城市绿色低碳发展合作倡议书",
        date=(2025, 6, 18),
        before=(
            "为落实碳达峰碳中和目标，推动城市绿色低碳转型，各签署城市共同倡议：加快既有建筑节能"
            "改造，扩大公共交通和慢行交通覆盖，推进生活垃圾分类与资源化利用，并定期交流实践经验。"
            "\n\n本倡议书于2025年6月18日在北京签署，一式九份。"
        ),
        listing=(
            "签署单位：成都市人民政府\n"
            "签署代表：副市长 刘建平\n"
            "（盖章）\n"
            "\n"
            "签署单位：杭州市人民政府\n"
            "签署代表：市长助理 陈雅琴\n"
            "（盖章）\n"
            "\n"
            "签署单位：广东省深圳市人民政府\n"
            "签署代表：副市长 黄志强\n"
            "（盖章）\n"
            "\n"
            "签署单位：山东省青岛市人民政府\n"
            "签署代表：副市长 孙丽华\n"
            "（盖章）\n"
            "\n"
            "签署单位：厦门市人民政府\n"
            "签署代表：副秘书长 林海燕\n"
            "（盖章）\n"
            "\n"
            "签署单位：云南省昆明市人民政府\n"
            "签署代表：副市长 张晓东\n"
            "（盖章）\n"
            "\n"
            "签署单位：西安市人民政府\n"
            "签署代表：副市长 赵文博\n"
            "（盖章）\n"
            "\n"
            "签署单位：江苏省苏州市人民政府\n"
            "签署代表：副市长 周敏\n"
            "（盖章）"
        ),
        after="联盟秘书处（上海）将于年内组织首次交流会，欢迎更多城市加入。",
        expected=(
            "Chengdu/CN; Hangzhou/CN; Shenzhen/CN; Qingdao/CN; Xiamen/CN; Kunming/CN; "
            "Xi’an|Xi'an|Xian/CN; Suzhou/CN"
        ),
    ),
    Page(
        name="th-r60b-pdf-header",
        language="th",
        kinds="numbered;person_after;region_after;body_not_city;not_signatory;no_country",
        title="ปฏิญญาความร่วมมือเมืองไทยรับมือภัยพิบัติ",
        date=(2025, 9, 9),
        before=(
            "ปฏิญญาฉบับนี้ลงนาม ณ ศูนย์ประชุมอิมแพ็ค เมืองทองธานี จังหวัดนนทบุรี เมื่อวันที่ 8 "
            "กันยายน 2568 โดยเมืองที่ลงนามตกลงจะจัดทำแผนรับมือน้ำท่วมและคลื่นความร้อน "
            "แลกเปลี่ยนข้อมูลเตือนภัย และฝึกซ้อมร่วมกันอย่างน้อยปีละหนึ่งครั้ง\n\n"
            "รายชื่อผู้ลงนาม"
        ),
        listing=(
            "1. กรุงเทพมหานคร โดย รองผู้ว่าราชการกรุงเทพมหานคร (นายธนากร ศรีวงศ์)\n"
            "2. เทศบาลนครเชียงใหม่ โดย นายกเทศมนตรี (นายประเสริฐ คำมูล)\n"
            "3. เทศบาลนครขอนแก่น โดย นายกเทศมนตรี (นายวีระพงษ์ ศักดิ์ดี)\n"
            "4. เทศบาลนครนครราชสีมา โดย รองนายกเทศมนตรี (นางสาวพิมพ์ชนก บุญมา)\n"
            "5. เทศบาลนครอุดรธานี โดย นายกเทศมนตรี (นายสมบัติ แก้วประเสริฐ)\n"
            "\n"
            "ปฏิญญาความร่วมมือเมืองไทยรับมือภัยพิบัติ                    หน้า 2 จาก 3\n"
            "เครือข่ายเมืองเข้มแข็งรับมือภัยพิบัติ\n"
            "\n"
            "6. เทศบาลนครพิษณุโลก โดย นายกเทศมนตรี (นางวิไลวรรณ ทองดี)\n"
            "7. เทศบาลนครหาดใหญ่ (จังหวัดสงขลา) โดย นายกเทศมนตรี (นายอนุชา หมัดหลี)\n"
            "8. องค์การบริหารส่วนจังหวัดสงขลา โดย นายกองค์การบริหารส่วนจังหวัด (นายเกรียงไกร ชูช่วย)\n"
            "9. เทศบาลนครภูเก็ต โดย นายกเทศมนตรี (นางสาวณัฐธิดา ตันติวงศ์)\n"
            "10. เทศบาลนครยะลา โดย รองนายกเทศมนตรี (นายอับดุลเลาะ สาและ)\n"
            "11. เมืองพัทยา โดย นายกเมืองพัทยา (นายชัยวัฒน์ รุ่งเรือง)\n"
            "12. เทศบาลเมืองน่าน โดย นายกเทศมนตรี (นางจันทร์เพ็ญ อินทรวงศ์)"
        ),
        after=(
            "ปฏิญญาความร่วมมือเมืองไทยรับมือภัยพิบัติ                    หน้า 3 จาก 3\n"
            "เครือข่ายเมืองเข้มแข็งรับมือภัยพิบัติ\n\n"
            "สำนักงานเลขานุการเครือข่าย ตั้งอยู่ที่จังหวัดปทุมธานี"
        ),
        expected=(
            "Bangkok/TH; Chiang Mai/TH; Khon Kaen/TH; Nakhon Ratchasima/TH; Udon Thani/TH; "
            "Phitsanulok/TH; Hat Yai/TH; "
            "องค์การบริหารส่วนจังหวัดสงขลา|Songkhla Provincial Administrative Organization|"
            "Songkhla Province/TH/province; "
            "Phuket/TH; Yala/TH; Pattaya/TH; Nan/TH"
        ),
    ),
]

"""Batch r58b: 14 pages as global and regional city networks outside Europe publish them.

Peace, resilience, climate, inclusion, water and urban safety networks in 14 languages: English
from Asia-Pacific (a heat statement's `Name, title, Town` lines with a mayor named Darwin and a
host city) and from the Americas (a water directory of cards under state and province headings,
Georgia among them, with Metro Vancouver); Spanish (an urban-safety meeting's participants as a
tab table, a delegate named Mercedes, the host's Intendencia, the Valle de Aburrá); Brazilian
Portuguese (news of new members in running text with `e`, `(RJ)` codes and the Grande ABC
consortium, a coordinator named Natal); French from West Africa (`Pour la Commune de X` signature
blocks, `Fait à Niamey`); Arabic (a directory under country headings, `أمانة عمان الكبرى`,
`جماعة فاس`, a union of municipalities); Turkish (a PDF copy with page headers and hyphenation,
a mayor surnamed Tokat); Urdu (running text with `اور`, a Karachi venue); Hindi (an event's
participants aligned with spaces, `नगर निगम`, a delegate named Ajmer Singh, a Bhopal host); Thai
(news of `เทศบาลนคร` members and a provincial administrative organisation); Malay (`Majlis
Bandaraya X` signatory lines under a Putrajaya host); Japanese (members under prefecture headings
with a ward of Tokyo); Korean (signature blocks of `X시장` and a special self-governing province);
Chinese (a members' table of 36 cities aligned with spaces, provinces and joining years).
Written without reading the reader or running it.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        name="en-r58b-pacific-heat-lines",
        language="en",
        kinds="one_a_line;person_before;person_named_like_place;not_signatory;no_country",
        title="Cebu Statement on Extreme Heat and Cool Streets",
        date=(2026, 4, 22),
        before=(
            "Meeting in Cebu City for the third Pacific Rim Cool Streets Summit, the mayors and "
            "council leaders of the Coastal Heat Alliance adopted the statement below. Heatwaves "
            "now close schools and markets across the region for weeks each year; the signatories "
            "commit to map their hottest neighbourhoods by 2027, to plant shade along every school "
            "route, and to open cooling centres that stay open at night.\n\n"
            "We thank our host, Mayor Ramon Delacruz of Cebu City, and the staff of the Waterfront "
            "Convention Hall for their hospitality.\n\n"
            "Signatories"
        ),
        listing=(
            "Hon. Rosalinda Ybañez, City Mayor, Iloilo City\n"
            "Hon. Darwin Tabora, City Mayor, Baguio City\n"
            "Hon. Ma. Cristina Abellana, City Mayor, Cagayan de Oro City\n"
            "Hon. Felipe Morales Jr., City Mayor, Legazpi City\n"
            "Cr. Anaseini Vakalala, Lord Mayor, Suva City Council\n"
            "Cr. Ravinesh Kumar, Mayor, Lautoka City Council\n"
            "Mr. Joseph Waleanisia, Mayor, Honiara City Council\n"
            "Cr. Helen Marsh, Mayor, City of Townsville\n"
            "Cr. Owen Pickering, Mayor, Cairns Regional Council\n"
            "Md. Rafiqul Alam, Mayor, Khulna City Corporation\n"
            "Ms. Dilhani Jayasekara, Mayor, Galle Municipal Council\n"
            "Mr. Tran Van Phuoc, Vice Chairman, People's Committee of Da Nang"
        ),
        after=(
            "The statement remains open for signature. The next summit will be held in Darwin in "
            "2027 at the invitation of the Northern Territory Government.\n\n"
            "Media enquiries: secretariat@coastalheat.example"
        ),
        expected=(
            "Iloilo/PH; Baguio/PH; Cagayan de Oro/PH; Legazpi/PH; Suva/FJ; Lautoka/FJ; Honiara/SB; "
            "Townsville/AU; Cairns/AU; Khulna/BD; Galle/LK; Da Nang/VN"
        ),
    ),
    Page(
        name="en-r58b-americas-water-directory-states",
        language="en",
        kinds=(
            "one_a_line;region_heading;region_like_country;columns_after;body_not_city;no_country"
        ),
        title="Member Directory",
        date=(2026, 2, 9),
        before=(
            "The Western Hemisphere Water Cities Network brings together utilities and local "
            "governments working on drought, stormwater and safe drinking water. Browse our "
            "members by state or province below. To join, contact the network office in Denver."
        ),
        listing=(
            "ARIZONA\n"
            "City of Tucson\n"
            "Member since 2018 · Water utility\n"
            "View profile\n"
            "City of Flagstaff\n"
            "Member since 2021 · Stormwater\n"
            "View profile\n"
            "COLORADO\n"
            "City of Boulder\n"
            "Member since 2017 · Drought planning\n"
            "View profile\n"
            "City of Fort Collins\n"
            "Member since 2019 · Water utility\n"
            "View profile\n"
            "NEW MEXICO\n"
            "City of Santa Fe\n"
            "Member since 2020 · Drought planning\n"
            "View profile\n"
            "City of Las Cruces\n"
            "Member since 2022 · Groundwater\n"
            "View profile\n"
            "OREGON\n"
            "City of Eugene\n"
            "Member since 2019 · Stormwater\n"
            "View profile\n"
            "WASHINGTON\n"
            "City of Spokane\n"
            "Member since 2023 · Groundwater\n"
            "View profile\n"
            "City of Bellingham\n"
            "Member since 2021 · Water utility\n"
            "View profile\n"
            "GEORGIA\n"
            "City of Savannah\n"
            "Member since 2020 · Coastal flooding\n"
            "View profile\n"
            "NORTH CAROLINA\n"
            "City of Asheville\n"
            "Member since 2024 · Stormwater\n"
            "View profile\n"
            "City of Durham\n"
            "Member since 2022 · Water utility\n"
            "View profile\n"
            "BRITISH COLUMBIA\n"
            "Metro Vancouver\n"
            "Member since 2018 · Regional water supply\n"
            "View profile\n"
            "City of Kelowna\n"
            "Member since 2020 · Drought planning\n"
            "View profile\n"
            "City of Kamloops\n"
            "Member since 2023 · Water utility\n"
            "View profile\n"
            "ALBERTA\n"
            "City of Lethbridge\n"
            "Member since 2021 · Drought planning\n"
            "View profile\n"
            "City of Red Deer\n"
            "Member since 2024 · Stormwater\n"
            "View profile\n"
            "SASKATCHEWAN\n"
            "City of Regina\n"
            "Member since 2019 · Water utility\n"
            "View profile\n"
            "ONTARIO\n"
            "City of Guelph\n"
            "Member since 2017 · Groundwater\n"
            "View profile\n"
            "City of Thunder Bay\n"
            "Member since 2022 · Stormwater\n"
            "View profile\n"
            "NEW BRUNSWICK\n"
            "City of Moncton\n"
            "Member since 2023 · Coastal flooding\n"
            "View profile\n"
            "NORTHWEST TERRITORIES\n"
            "City of Yellowknife\n"
            "Member since 2025 · Permafrost and water\n"
            "View profile"
        ),
        after="Showing 22 of 22 members. Last updated February 2026.",
        expected=(
            "Tucson/US; Flagstaff/US; Boulder/US; Fort Collins/US; Santa Fe/US; Las Cruces/US; "
            "Eugene/US; Spokane/US; Bellingham/US; Savannah/US; Asheville/US; Durham/US; "
            "Metro Vancouver|Metro Vancouver Regional District/CA/metropolitan area; Kelowna/CA; "
            "Kamloops/CA; Lethbridge/CA; Red Deer/CA; Regina/CA; Guelph/CA; Thunder Bay/CA; "
            "Moncton/CA; Yellowknife/CA"
        ),
    ),
    Page(
        name="es-r58b-seguridad-participantes-tabs",
        language="es",
        kinds=(
            "table_tabs;country_in_language;columns_after;person_after;person_named_like_place;"
            "not_signatory;body_not_city"
        ),
        title="Encuentro Latinoamericano de Ciudades Seguras: lista de participantes",
        date=(2026, 5, 14),
        before=(
            "Del 12 al 14 de mayo, la Red Latinoamericana de Seguridad Urbana Inclusiva reunió en "
            "Montevideo a equipos municipales de prevención de la violencia. La Intendencia de "
            "Montevideo, anfitriona del encuentro, puso a disposición la Sala Zitarrosa para las "
            "sesiones plenarias. Estas fueron las delegaciones acreditadas:"
        ),
        listing=(
            "Gobierno local\tPaís\tDelegada o delegado\tCargo\n"
            "Municipalidad de Rosario\tArgentina\tMercedes Quintana\tSecretaria de Seguridad\n"
            "Municipalidad de Mendoza\tArgentina\tLucas Ferreyra\tDirector de Prevención\n"
            "Alcaldía de Santiago de Cali\tColombia\tJhon Fredy Ospina\tSecretario de Seguridad\n"
            "Área Metropolitana del Valle de Aburrá\tColombia\tCatalina Restrepo\tSubdirectora\n"
            "Alcaldía de Bucaramanga\tColombia\tAndrés Pinzón\tAsesor de Convivencia\n"
            "Municipalidad Provincial de Arequipa\tPerú\tRosa Huamaní\t"
            "Gerente de Seguridad Ciudadana\n"
            "Gobierno Autónomo Municipal de Cochabamba\tBolivia\tVíctor Mamani\tSecretario\n"
            "Ilustre Municipalidad de Valparaíso\tChile\tFrancisca Órdenes\t"
            "Directora de Seguridad\n"
            "Municipio del Distrito Metropolitano de Quito\tEcuador\tPaúl Andrade\tSecretario\n"
            "Municipalidad de Asunción\tParaguay\tLiz Benítez\tDirectora de Gestión de Riesgos\n"
            "Municipalidad de San José\tCosta Rica\tEsteban Solís\tJefe de Policía Municipal"
        ),
        after=(
            "Participaron además, como observadores, representantes del Ministerio del Interior "
            "de Uruguay y de la oficina regional de la red con sede en Ciudad de Panamá. El "
            "próximo encuentro se realizará en 2027 en Córdoba."
        ),
        expected=(
            "Rosario/AR; Mendoza/AR; Cali/CO; "
            "Área Metropolitana del Valle de Aburrá|Valle de Aburrá/CO/metropolitan area; "
            "Bucaramanga/CO; Arequipa/PE; Cochabamba/BO; Valparaíso/CL; Quito/EC; Asunción/PY; "
            "San José/CR"
        ),
    ),
    Page(
        name="pt-r58b-br-novos-membros-running",
        language="pt",
        kinds="running_text;state_codes;person_named_like_place;not_signatory;body_not_city",
        title="Rede Cidades Resilientes do Brasil recebe cinco novos membros",
        date=(2026, 3, 18),
        before=(
            "Durante a assembleia anual da rede, realizada no Recife na última semana, cinco novos "
            "governos locais assinaram o termo de adesão e passam a integrar o grupo de trabalho "
            "sobre chuvas extremas e deslizamentos."
        ),
        listing=(
            "Aderiram à rede as prefeituras de Petrópolis (RJ), Blumenau (SC), Juiz de Fora (MG) "
            "e Campina Grande (PB), além do Consórcio Intermunicipal Grande ABC (SP), que reúne "
            "sete municípios da região metropolitana de São Paulo."
        ),
        after=(
            "“A adesão de cidades serranas e de um consórcio mostra que a resiliência se constrói "
            "em conjunto”, afirmou o secretário-executivo da rede, Natal Bezerra, que coordena o "
            "escritório em Curitiba. A prefeitura anfitriã do Recife apresentou seu plano de "
            "adaptação aos participantes.\n\n"
            "Com as novas adesões, a rede passa a contar com 47 membros em 19 estados."
        ),
        expected=(
            "Petrópolis/BR; Blumenau/BR; Juiz de Fora/BR; Campina Grande/BR; "
            "Consórcio Intermunicipal Grande ABC|Grande ABC/BR/union of municipalities"
        ),
    ),
    Page(
        name="fr-r58b-afrique-blocs-signature",
        language="fr",
        kinds="one_a_line;person_after;not_signatory;country_in_language",
        title="Déclaration de Niamey pour la paix et la cohésion sociale dans les villes du Sahel",
        date=(2026, 3, 14),
        before=(
            "Réunis à Niamey à l'invitation du Réseau des villes sahéliennes pour la paix, les "
            "élus locaux soussignés s'engagent à soutenir les comités de quartier de médiation, "
            "à associer les jeunes et les femmes aux décisions budgétaires et à accueillir avec "
            "dignité les personnes déplacées par les conflits.\n\n"
            "Fait à Niamey, le 14 mars 2026."
        ),
        listing=(
            "Pour la Commune de Saint-Louis (Sénégal)\n"
            "Le Maire\n"
            "Mamadou Lamine Seck\n\n"
            "Pour la Commune de Ziguinchor (Sénégal)\n"
            "Le Maire\n"
            "Aliou Badji\n\n"
            "Pour la Commune de Bouaké (Côte d'Ivoire)\n"
            "Le Maire\n"
            "Koffi Yao Bertin\n\n"
            "Pour la Commune de Bobo-Dioulasso (Burkina Faso)\n"
            "Le Président de la Délégation spéciale\n"
            "Issouf Traoré\n\n"
            "Pour la Commune de Koudougou (Burkina Faso)\n"
            "Le Président de la Délégation spéciale\n"
            "Salamata Kaboré\n\n"
            "Pour la Commune urbaine de Mopti (Mali)\n"
            "Le Maire\n"
            "Hamadoun Cissé\n\n"
            "Pour la Commune de Parakou (Bénin)\n"
            "Le Maire\n"
            "Chabi Orou Gani\n\n"
            "Pour la Commune de Sokodé (Togo)\n"
            "Le Maire\n"
            "Awa Tchédré\n\n"
            "Pour la Commune de Bertoua (Cameroun)\n"
            "Le Maire\n"
            "Jean-Pierre Ndongo"
        ),
        after=(
            "La Ville de Niamey, hôte de la rencontre, et le Haut-Commissariat des Nations Unies "
            "pour les réfugiés ont assisté à la cérémonie en qualité d'observateurs."
        ),
        expected=(
            "Saint-Louis/SN; Ziguinchor/SN; Bouaké/CI; Bobo-Dioulasso/BF; Koudougou/BF; "
            "Mopti/ML; Parakou/BJ; Sokodé/TG; Bertoua/CM"
        ),
    ),
    Page(
        name="ar-r58b-directory-country-headings",
        language="ar",
        kinds="one_a_line;region_heading;country_in_language;columns_after;body_not_city",
        title="دليل المدن الأعضاء",
        date=(2026, 1, 20),
        before=(
            "تضم شبكة المدن العربية للإدماج والتماسك الاجتماعي بلديات ومجالس محلية تعمل على "
            "استقبال اللاجئين والمهاجرين وتوفير الخدمات الأساسية للجميع دون تمييز. "
            "تجدون أدناه قائمة الأعضاء مرتبة حسب البلد."
        ),
        listing=(
            "المملكة الأردنية الهاشمية\n"
            "أمانة عمان الكبرى\n"
            "عضو منذ 2016\n"
            "عرض الملف\n"
            "بلدية إربد الكبرى\n"
            "عضو منذ 2018\n"
            "عرض الملف\n"
            "بلدية الزرقاء\n"
            "عضو منذ 2019\n"
            "عرض الملف\n"
            "لبنان\n"
            "بلدية صيدا\n"
            "عضو منذ 2017\n"
            "عرض الملف\n"
            "بلدية جبيل\n"
            "عضو منذ 2021\n"
            "عرض الملف\n"
            "اتحاد بلديات قضاء صور\n"
            "عضو منذ 2020\n"
            "عرض الملف\n"
            "المملكة المغربية\n"
            "جماعة فاس\n"
            "عضو منذ 2018\n"
            "عرض الملف\n"
            "جماعة أكادير\n"
            "عضو منذ 2022\n"
            "عرض الملف\n"
            "جماعة طنجة\n"
            "عضو منذ 2023\n"
            "عرض الملف\n"
            "الجمهورية التونسية\n"
            "بلدية صفاقس\n"
            "عضو منذ 2019\n"
            "عرض الملف\n"
            "بلدية سوسة\n"
            "عضو منذ 2021\n"
            "عرض الملف\n"
            "دولة فلسطين\n"
            "بلدية رام الله\n"
            "عضو منذ 2017\n"
            "عرض الملف\n"
            "بلدية نابلس\n"
            "عضو منذ 2020\n"
            "عرض الملف"
        ),
        after=(
            "للانضمام إلى الشبكة يرجى التواصل مع الأمانة العامة في بيروت عبر البريد الإلكتروني "
            "members@arabinclusivecities.example"
        ),
        expected=(
            "Amman/JO; Irbid/JO; Zarqa/JO; Sidon/LB; Byblos/LB; "
            "Union of Tyre Municipalities|اتحاد بلديات قضاء صور/LB/union of municipalities; "
            "Fes/MA; Agadir/MA; Tangier/MA; Sfax/TN; Sousse/TN; Ramallah/PS; Nablus/PS"
        ),
    ),
    Page(
        name="tr-r58b-pdf-bildirge-basliklar",
        language="tr",
        kinds=(
            "one_a_line;numbered;broken_lines;person_before;person_named_like_place;"
            "not_signatory;inflected"
        ),
        title="Depreme Dirençli Kentler Bildirgesi",
        date=(2026, 2, 6),
        before=(
            "Dirençli Kentler Birliği, 6 Şubat depremlerinin yıl dönümünde Adana'da düzenlenen "
            "toplantıda aşağıdaki bildirgeyi kabul etti. "
            "Bildirgenin imzalı PDF kopyası aşağıdadır.\n\n"
            "DEPREME DİRENÇLİ KENTLER BİLDİRGESİ\n"
            "Biz, aşağıda imzası bulunan belediye başkanları, yapı stokunun yenilenmesini, "
            "toplanma alanlarının korunmasını ve mahalle afet gönüllülerinin eğitimini "
            "önceliğimiz olarak kabul ediyoruz.\n\n"
            "İMZACILAR"
        ),
        listing=(
            "1. Selim Karakaya, Kahramanmaraş Büyükşehir Belediye Baş-\n"
            "kanı\n"
            "2. Ayşe Tokat, Malatya Büyükşehir Belediye Başkanı\n"
            "3. Nurettin Çelik, Hatay Büyükşehir Belediye Başkan Vekili\n"
            "4. Zeynep Arıkan, İskenderun Belediye Başkanı\n"
            "5. Osman Bolu, Adıyaman Belediye Başkanı\n"
            "Dirençli Kentler Bildirgesi                                   Sayfa 2 / 3\n"
            "6. Hülya Demirci, Osmaniye Belediye Başkanı\n"
            "7. Mehmet Ali Kaya, Elazığ Belediye Başkanı\n"
            "8. Fatma Gül Aydın, Gaziantep Büyükşehir Belediye Baş-\n"
            "kanı\n"
            "9. Kemal Yurt, Şanlıurfa Büyükşehir Belediye Başkanı\n"
            "10. Serpil Akın, Kilis Belediye Başkanı\n"
            "Dirençli Kentler Bildirgesi                                   Sayfa 3 / 3"
        ),
        after=(
            "Toplantıya ev sahipliği yapan Adana Büyükşehir Belediyesi ile AFAD temsilcileri "
            "gözlemci olarak katıldı. Birlik Sekretaryası: Atatürk Cad. No: 14, Çankaya / Ankara."
        ),
        expected=(
            "Kahramanmaraş/TR; Malatya/TR; Antakya|Hatay/TR; İskenderun/TR; Adıyaman/TR; "
            "Osmaniye/TR; Elazığ/TR; Gaziantep/TR; Şanlıurfa/TR; Kilis/TR"
        ),
    ),
    Page(
        name="ur-r58b-pakistan-running-text",
        language="ur",
        kinds="running_text;not_signatory;no_country;person_before",
        title="شہری سیلاب سے تحفظ کا کراچی اعلامیہ",
        date=(2026, 8, 28),
        before=(
            "پاکستان شہری پانی نیٹ ورک کے زیر اہتمام کراچی میں منعقدہ دو روزہ کانفرنس کے اختتام "
            "پر شرکاء نے شہری سیلاب سے تحفظ کا اعلامیہ منظور کیا۔ اعلامیے میں نکاسی آب کے "
            "نظام کی بہتری، برساتی نالوں سے تجاوزات کے خاتمے اور بارش کے پانی کو ذخیرہ کرنے "
            "کے منصوبوں پر اتفاق کیا گیا۔"
        ),
        listing=(
            "اعلامیے پر میٹروپولیٹن کارپوریشن لاہور، میونسپل کارپوریشن فیصل آباد، میونسپل "
            "کارپوریشن ملتان، ٹاؤن میونسپل ایڈمنسٹریشن پشاور، میٹروپولیٹن کارپوریشن کوئٹہ، "
            "میونسپل کارپوریشن حیدرآباد، میٹروپولیٹن کارپوریشن اسلام آباد اور میونسپل "
            "کارپوریشن سکھر کے میئرز اور ایڈمنسٹریٹرز نے دستخط کیے۔"
        ),
        after=(
            "میزبان شہر کراچی کے میئر نے شرکاء کا شکریہ ادا کیا اور اعلان کیا کہ آئندہ سال کی "
            "کانفرنس گوادر میں ہوگی۔ نیٹ ورک کا سیکرٹریٹ راولپنڈی میں قائم ہے۔"
        ),
        expected=(
            "Lahore/PK; Faisalabad/PK; Multan/PK; Peshawar/PK; Quetta/PK; Hyderabad/PK; "
            "Islamabad/PK; Sukkur/PK"
        ),
    ),
    Page(
        name="hi-r58b-participants-spaces",
        language="hi",
        kinds=(
            "table_tabs;numbered;columns_after;region_after;person_after;"
            "person_named_like_place;not_signatory;no_country"
        ),
        title="सुरक्षित शहर कार्यशाला: प्रतिभागी नगर निकायों की सूची",
        date=(2026, 11, 25),
        before=(
            "महिलाओं के लिए सुरक्षित सार्वजनिक स्थान विषय पर राष्ट्रीय कार्यशाला 24-25 नवंबर को "
            "भोपाल में आयोजित हुई। मेज़बान भोपाल नगर निगम ने रवीन्द्र भवन में सत्रों का आयोजन "
            "किया। भारत के विभिन्न राज्यों से आए निम्नलिखित नगर निकायों ने भाग लिया:"
        ),
        listing=(
            "क्र.   नगरीय निकाय                 राज्य            प्रतिनिधि\n"
            "1      इंदौर नगर निगम               मध्य प्रदेश       श्रीमती सुनीता वर्मा, महापौर\n"
            "2      पुणे महानगरपालिका             महाराष्ट्र         श्री अजमेर सिंह ढिल्लों, उपायुक्त\n"
            "3      बृहन्मुंबई महानगरपालिका        महाराष्ट्र         सुश्री प्रिया देशपांडे, सहायक आयुक्त\n"
            "4      ग्रेटर हैदराबाद नगर निगम       तेलंगाना          श्री के. श्रीनिवास राव, अपर आयुक्त\n"
            "5      कोलकाता नगर निगम             पश्चिम बंगाल      श्रीमती मौसमी घोष, पार्षद\n"
            "6      जयपुर नगर निगम ग्रेटर          राजस्थान          श्री रमेश मीणा, उपमहापौर\n"
            "7      लखनऊ नगर निगम               उत्तर प्रदेश       श्रीमती अंजलि श्रीवास्तव, "
            "अपर नगर आयुक्त\n"
            "8      पटना नगर निगम                बिहार             श्री राजीव रंजन, नगर आयुक्त\n"
            "9      भुवनेश्वर नगर निगम             ओडिशा            सुश्री स्मिता पटनायक, उपायुक्त\n"
            "10     कोच्चि नगर निगम               केरल              श्रीमती लता मेनन, महापौर\n"
            "11     रायपुर नगर निगम               छत्तीसगढ़          श्री दीपक साहू, सभापति\n"
            "12     सूरत नगर निगम                 गुजरात            श्री हार्दिक पटेल, उपायुक्त"
        ),
        after=(
            "कार्यशाला का समापन आवास और शहरी कार्य मंत्रालय, नई दिल्ली के प्रतिनिधि के संबोधन के "
            "साथ हुआ। अगली कार्यशाला कोयंबटूर में प्रस्तावित है।"
        ),
        expected=(
            "Indore/IN; Pune/IN; Mumbai/IN; Hyderabad/IN; Kolkata/IN; Jaipur/IN; Lucknow/IN; "
            "Patna/IN; Bhubaneswar/IN; Kochi/IN; Raipur/IN; Surat/IN"
        ),
    ),
    Page(
        name="th-r58b-new-members-news",
        language="th",
        kinds="running_text;not_signatory;body_not_city;no_country",
        title="เครือข่ายเมืองน่าอยู่ด้านสภาพภูมิอากาศต้อนรับสมาชิกใหม่ 6 แห่ง",
        date=(2026, 6, 5),
        before=(
            "ในการประชุมใหญ่ประจำปีของเครือข่ายเมืองน่าอยู่ด้านสภาพภูมิอากาศ ซึ่งกรุงเทพมหานครเป็น"
            "เจ้าภาพจัดขึ้นที่ศูนย์การประชุมแห่งชาติสิริกิติ์ ที่ประชุมได้ลงมติรับสมาชิกใหม่ "
            "ซึ่งได้ลงนามในปฏิญญาลดก๊าซเรือนกระจกของเครือข่ายแล้ว"
        ),
        listing=(
            "สมาชิกใหม่ ได้แก่ เทศบาลนครเชียงใหม่ เทศบาลนครขอนแก่น เทศบาลนครหาดใหญ่ "
            "เทศบาลเมืองน่าน เทศบาลนครอุดรธานี และองค์การบริหารส่วนจังหวัดภูเก็ต"
        ),
        after=(
            "นายกเทศมนตรีนครเชียงใหม่กล่าวว่า เมืองจะเร่งขยายพื้นที่สีเขียวริมแม่น้ำปิง "
            "ขณะที่สำนักงานเลขาธิการเครือข่ายที่จังหวัดนนทบุรีจะจัดอบรมการทำบัญชีก๊าซเรือนกระจก"
            "ให้สมาชิกใหม่ในเดือนกรกฎาคม"
        ),
        expected=(
            "Chiang Mai/TH; Khon Kaen/TH; Hat Yai/TH; Nan/TH; Udon Thani/TH; "
            "Phuket Provincial Administrative Organization|Phuket Province/TH/province"
        ),
    ),
    Page(
        name="ms-r58b-kenyataan-bersama-lines",
        language="ms",
        kinds="one_a_line;person_before;not_signatory;no_country",
        title="Kenyataan Bersama Bandar Raya Inklusif Malaysia 2026",
        date=(2026, 9, 16),
        before=(
            "Sempena Hari Malaysia, pihak berkuasa tempatan yang menganggotai Rangkaian Bandar "
            "Inklusif Malaysia menandatangani kenyataan bersama di Putrajaya. Kami berikrar untuk "
            "menjadikan laluan pejalan kaki, perhentian bas dan taman awam mesra orang kurang "
            "upaya dan warga emas, serta melibatkan komuniti setempat dalam perancangan bandar.\n\n"
            "Majlis menandatangani ini dihoskan oleh Perbadanan Putrajaya.\n\n"
            "Ditandatangani oleh:"
        ),
        listing=(
            "Datuk Dr. Rahimah binti Yusof, Datuk Bandar, Dewan Bandaraya Kuala Lumpur\n"
            "Dato' Haji Zulkifli bin Omar, Datuk Bandar, Majlis Bandaraya Shah Alam\n"
            "Datin Norliza binti Ahmad, Datuk Bandar, Majlis Bandaraya Petaling Jaya\n"
            "Dato' Ir. Kamarul Arifin bin Hashim, Datuk Bandar, Majlis Bandaraya Ipoh\n"
            "Tuan Haji Mohd Faizal bin Ismail, Datuk Bandar, Majlis Bandaraya Iskandar Puteri\n"
            "Datuk Lim Chee Keong, Datuk Bandar, Majlis Bandaraya Melaka Bersejarah\n"
            "Dato' Hajah Salmah binti Idris, Datuk Bandar, Majlis Bandaraya Kuantan\n"
            "Datuk Joannes Gimbang, Datuk Bandar, Dewan Bandaraya Kota Kinabalu\n"
            "Datuk Wee Siong Ling, Datuk Bandar, Majlis Bandaraya Kuching Selatan\n"
            "Puan Siti Aishah binti Rahman, Yang Dipertua, Majlis Perbandaran Kulim"
        ),
        after=(
            "Kenyataan ini turut disaksikan oleh wakil Kementerian Pembangunan Kerajaan Tempatan. "
            "Sekretariat rangkaian: Jalan Tun Razak, Kuala Lumpur."
        ),
        expected=(
            "Kuala Lumpur/MY; Shah Alam/MY; Petaling Jaya/MY; Ipoh/MY; Iskandar Puteri/MY; "
            "Malacca|Melaka/MY; Kuantan/MY; Kota Kinabalu/MY; Kuching/MY; Kulim/MY"
        ),
    ),
    Page(
        name="ja-r58b-members-prefecture-headings",
        language="ja",
        kinds="one_a_line;region_heading;columns_after;not_signatory;no_country",
        title="ゼロカーボン都市ネットワーク 会員自治体一覧",
        date=(2026, 4, 1),
        before=(
            "ゼロカーボン都市ネットワークは、2050年までの温室効果ガス排出実質ゼロを表明した"
            "自治体の連携組織です。2026年4月1日現在の会員自治体は以下のとおりです（都道府県順）。"
        ),
        listing=(
            "【北海道】\n"
            "札幌市\n"
            "旭川市\n"
            "下川町\n"
            "【岩手県】\n"
            "盛岡市\n"
            "北上市（2025年度加盟）\n"
            "【宮城県】\n"
            "仙台市\n"
            "【東京都】\n"
            "世田谷区\n"
            "【神奈川県】\n"
            "川崎市\n"
            "相模原市\n"
            "鎌倉市（2025年度加盟）\n"
            "【長野県】\n"
            "長野市\n"
            "飯田市\n"
            "【静岡県】\n"
            "浜松市\n"
            "掛川市\n"
            "【京都府】\n"
            "京都市\n"
            "【福岡県】\n"
            "北九州市\n"
            "【熊本県】\n"
            "水俣市（2025年度加盟）\n"
            "【沖縄県】\n"
            "宮古島市"
        ),
        after=(
            "事務局：横浜市温暖化対策統括本部内 ゼロカーボン都市ネットワーク事務局\n"
            "入会をご希望の自治体は、事務局までお問い合わせください。"
        ),
        expected=(
            "Sapporo/JP; Asahikawa/JP; Shimokawa|Shinshimokawa/JP; Morioka/JP; Kitakami/JP; "
            "Sendai/JP; Setagaya/JP; Kawasaki/JP; Sagamihara/JP; Kamakura/JP; Nagano/JP; "
            "Iida/JP; Hamamatsu/JP; Kakegawa/JP; Kyoto/JP; Kitakyushu/JP; Minamata/JP; "
            "Miyakojima/JP"
        ),
    ),
    Page(
        name="ko-r58b-peace-signature-blocks",
        language="ko",
        kinds="one_a_line;person_after;not_signatory;body_not_city;no_country",
        title="한반도 평화도시 공동선언문",
        date=(2026, 6, 15),
        before=(
            "6·15 공동선언 기념일을 맞아 평화도시협의회 회원 도시의 단체장들은 경기도 파주시 "
            "임진각 평화누리에서 공동선언문을 채택하였다. 우리는 시민 간 교류와 평화교육을 "
            "확대하고, 접경지역 주민의 삶을 지키기 위해 함께 노력할 것을 다짐한다.\n\n"
            "2026년 6월 15일"
        ),
        listing=(
            "수원특례시\n"
            "시장 이정민\n\n"
            "전주시\n"
            "시장 박서영\n\n"
            "청주시\n"
            "시장 최동훈\n\n"
            "김해시\n"
            "시장 정하늘\n\n"
            "창원특례시\n"
            "시장 윤재석\n\n"
            "광주광역시\n"
            "시장 한미경\n\n"
            "춘천시\n"
            "시장 오세준\n\n"
            "순천시\n"
            "시장 문가영\n\n"
            "제주특별자치도\n"
            "도지사 고은비"
        ),
        after=(
            "선언식은 파주시의 협조로 개최되었으며, 통일부 관계자가 참관하였다. "
            "협의회 사무국: 서울특별시 종로구"
        ),
        expected=(
            "Suwon/KR; Jeonju/KR; Cheongju|Cheongju-si/KR; Gimhae|Kimhae/KR; Changwon/KR; "
            "Gwangju/KR; Chuncheon/KR; Suncheon/KR; "
            "Jeju Special Self-Governing Province|Jeju-do|제주특별자치도/KR/region"
        ),
    ),
    Page(
        name="zh-r58b-sponge-city-table-spaces",
        language="zh",
        kinds="table_tabs;numbered;columns_after;region_after;no_country;majority_other_country",
        title="海绵城市建设联盟成员城市名单",
        date=(2026, 7, 1),
        before=(
            "截至2026年6月底，海绵城市建设联盟共有成员城市36个，覆盖全国大部分省份。联盟秘书处设在"
            "北京，年度大会于今年5月在上海举行。成员城市名单如下（按序号排列）："
        ),
        listing=(
            "序号  城市          所属省份          加入年份\n"
            "1     成都市        四川省            2016\n"
            "2     武汉市        湖北省            2016\n"
            "3     昆明市        云南省            2017\n"
            "4     贵阳市        贵州省            2018\n"
            "5     厦门市        福建省            2016\n"
            "6     福州市        福建省            2019\n"
            "7     深圳市        广东省            2016\n"
            "8     珠海市        广东省            2020\n"
            "9     杭州市        浙江省            2017\n"
            "10    宁波市        浙江省            2018\n"
            "11    绍兴市        浙江省            2021\n"
            "12    苏州市        江苏省            2017\n"
            "13    南京市        江苏省            2016\n"
            "14    青岛市        山东省            2019\n"
            "15    济南市        山东省            2020\n"
            "16    大连市        辽宁省            2018\n"
            "17    沈阳市        辽宁省            2022\n"
            "18    哈尔滨市      黑龙江省          2021\n"
            "19    长春市        吉林省            2019\n"
            "20    西安市        陕西省            2017\n"
            "21    兰州市        甘肃省            2020\n"
            "22    西宁市        青海省            2022\n"
            "23    重庆市        直辖市            2016\n"
            "24    天津市        直辖市            2018\n"
            "25    南宁市        广西壮族自治区    2019\n"
            "26    桂林市        广西壮族自治区    2023\n"
            "27    海口市        海南省            2021\n"
            "28    长沙市        湖南省            2018\n"
            "29    南昌市        江西省            2020\n"
            "30    合肥市        安徽省            2019\n"
            "31    郑州市        河南省            2017\n"
            "32    太原市        山西省            2022\n"
            "33    石家庄市      河北省            2023\n"
            "34    呼和浩特市    内蒙古自治区      2024\n"
            "35    银川市        宁夏回族自治区    2024\n"
            "36    澳门          澳门特别行政区    2025"
        ),
        after=(
            "注：香港特别行政区渠务署以观察员身份参加联盟活动，不计入成员城市。申请加入联盟的城市"
            "请与秘书处联系。"
        ),
        expected=(
            "Chengdu/CN; Wuhan/CN; Kunming/CN; Guiyang/CN; Xiamen/CN; Fuzhou/CN; "
            "Shenzhen/CN; Zhuhai/CN; Hangzhou/CN; Ningbo/CN; Shaoxing/CN; Suzhou/CN; "
            "Nanjing/CN; Qingdao/CN; Jinan/CN; Dalian/CN; Shenyang/CN; Harbin/CN; "
            "Changchun/CN; Xi'an|Xi’an/CN; Lanzhou/CN; Xining/CN; Chongqing/CN; Tianjin/CN; "
            "Nanning/CN; Guilin/CN; Haikou/CN; Changsha/CN; Nanchang/CN; Hefei/CN; "
            "Zhengzhou/CN; Taiyuan/CN; Shijiazhuang/CN; Hohhot/CN; Yinchuan/CN; Macau/MO"
        ),
    ),
]

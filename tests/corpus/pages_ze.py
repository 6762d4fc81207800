"""Hand-written pages, batch ze: written for issue #20 (branch accze) during round 13 and held
out from its changes to the reader and the next round's, by an engineer who had read neither
the reader nor its tests, modelled on how city networks that publish in English whatever
their members' languages, and three national ones, publish statements and member pages (none
copied): 7 statements (a conference resolution with its sponsors, an open letter, a
communiqué, a declaration's signing record, a forum communiqué, a joint statement, a summit
declaration) and 7 member pages (a filterable table, new members, a members table, a members
list by country, new members under region headings, a news item with quotes) in en x11 (US,
Canada, UK, Ireland, Australia, India, Southeast Asia, East Africa, Southern Africa, global,
Middle East and North Africa), fr (Québec), es (Mexico) and pt (Portugal), 3 to 70 entries.
Shapes: a US mayors' conference resolution whose sponsors are `The Honorable Name, Mayor of X,
ST` between semicolons before the WHEREAS clauses, with mayors named Lincoln, Kent and Paris and
Flint and Jackson in the text; an English open letter of coastal councils signed in one
sentence of official names (`Great Yarmouth Borough Council`, `Southend-on-Sea City Council`,
`Brighton & Hove City Council`, `Cornwall Council`) by a chair named Lincoln, with Skegness and
Clacton-on-Sea as examples; an Australian lord mayors' communiqué with `Present:` lines in
varied orders (`The Right Honourable the Lord Mayor of Melbourne, Cr ...`, `Brisbane: Lord
Mayor ...`, `ACT Government (Canberra)`), an apology from Darwin and a venue Newcastle; a
Southeast Asian record of signings of a declaration named after Paris, `date · City, Country ·
signed by`, with a meeting in Manila; Southern African `Cllr Name, Executive Mayor: City of X
Metropolitan Municipality` lines whose metros are named otherwise than their cities
(`eThekwini`, `Nelson Mandela Bay`, `Buffalo City`, `Mangaung`, `Ekurhuleni`) with a host
Polokwane; a Middle East and North Africa statement signed `Mayor of X, Country — H.E. Name`
with Tripoli in Lebanon, the Marrakech compact and a forum in Beirut; a Mexican declaration of
Guadalajara signed by `Mérida, Yucatán; Durango, Durango; ...` in one paragraph with Zapopan
as a guest; a Canadian climate programme's DataTables widget (`Show 50 entries`, `Search:`)
copied with tabs, official names (`City of London`, `District of Squamish`, `Halifax Regional
Municipality`, `Ville de Gatineau`) and province codes that are countries' (`NL`, `PE`, `SK`);
Irish age-friendly councils as `English name / Irish name` bullets, three of them county
councils, with a launch in Dublin and an office in Trim; an Indian network's numbered members
table of urban local bodies (`Municipal Corporation of Greater Mumbai`, `Bruhat Bengaluru
Mahanagara Palike`, `Greater Chennai Corporation`) with union territories named like their
cities and a secretariat in New Delhi; East African new members after flag emoji (`🇰🇪 Kisumu
City`) at a meeting in Kampala; a global network's members as `Country (n): City; City` lines
with Kosovo and Aurora, Colorado; Québec new members under numbered administrative-region
headings (`13 – Laval`), `Ville de X`, `Ville d'Alma`, `Municipalité de X`, with a colloquium in
Trois-Rivières; Portuguese new members named in paragraphs of quotes, with the founders
Barcelona, Amsterdam and New York and a venue Lisbon. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-us-conference-resolution-sponsors-honorable-mayor-state-codes",
        "en",
        "several_a_line;person_before;state_codes;person_named_like_place;not_signatory",
        "Resolution 47: In Support of Federal Funding for Lead Service Line Replacement",
        (2025, 6, 23),
        "Resolutions\n›\n93rd Annual Meeting\n›\nEnvironment\n\n"
        "ADOPTED RESOLUTIONS\n93rd Annual Meeting · Tampa, Florida\n\n"
        "RESOLUTION NO. 47\n"
        "IN SUPPORT OF FEDERAL FUNDING FOR LEAD SERVICE LINE REPLACEMENT\n\n"
        "Committee: Environment\nStatus: Adopted as amended\n\n"
        "SPONSORS:",
        "The Honorable Tamika Lincoln, Mayor of Dayton, OH; The Honorable Marcus Kent, Mayor of "
        "Worcester, MA; The Honorable Denise Paris, Mayor of Pueblo, CO; The Honorable Luis "
        "Arreola, Mayor of Salem, OR; The Honorable Renee Whitaker, Mayor of Columbia, SC; and "
        "The Honorable Kevin Osei, Mayor of Tacoma, WA",
        "WHEREAS, an estimated nine million homes across the nation still receive drinking "
        "water through lead service lines, most of them in older neighborhoods of our cities; "
        "and\n\n"
        "WHEREAS, the crises endured by the residents of Flint, Michigan and Jackson, "
        "Mississippi have shown that the cost of delay is borne by children and families; and\n\n"
        "WHEREAS, the Bipartisan Infrastructure Law provided a first down payment, yet many "
        "utilities report that their inventories alone will exhaust their allocations; and\n\n"
        "WHEREAS, mayors stand ready to deliver replacement programs quickly when funding "
        "reaches cities directly,\n\n"
        "NOW, THEREFORE, BE IT RESOLVED that The United States Conference of Mayors urges "
        "Congress to appropriate full and dedicated funding for lead service line replacement, "
        "to be delivered as grants rather than loans to disadvantaged communities; and\n\n"
        "BE IT FURTHER RESOLVED that the Conference calls on the Environmental Protection Agency "
        "to allow cities to replace the private side of a service line in the same project as "
        "the public side.\n\n"
        "Projected Cost: Unknown\n\n"
        "← Resolution 46: Climate Resilient Ports   Resolution 48: Extreme Heat Response →",
        "Dayton/US; Worcester/US; Pueblo/US; Salem/US; Columbia/US; Tacoma/US",
        "USCM-style resolution: sponsors `The Honorable Name, Mayor of X, ST` between semicolons "
        "with 'and' before the last; mayors named Lincoln, Kent and Paris; the venue Tampa, "
        "Flint and Jackson in the WHEREAS clauses, neighbouring resolutions in the pager",
    ),
    Page(
        "en-uk-open-letter-coastal-councils-one-sentence-official-names",
        "en",
        "running_text;no_country;body_not_city;person_named_like_place;not_signatory",
        "Open letter to the Chancellor from coastal councils",
        (2025, 5, 14),
        "Home\n›\nAbout\n›\nSpecial Interest Groups\n›\nCoastal SIG\n\n"
        "Ahead of the Spending Review, the leaders of seventeen coastal councils have written "
        "to the Chancellor of the Exchequer asking for a dedicated settlement for seaside "
        "economies. The full text of the letter is below.\n\n"
        "Dear Chancellor,\n\n"
        "Our coastal communities are home to some of the most beautiful places in the country, "
        "and to some of its deepest deprivation. In towns such as Skegness and Clacton-on-Sea, "
        "healthy life expectancy is more than a decade below the national average, seasonal "
        "work leaves families without income for half of the year, and our housing stock has "
        "been hollowed out by conversions into houses in multiple occupation.\n\n"
        "Councils on the coast also face costs that inland authorities do not: cliff and "
        "sea-wall maintenance, beach safety, and the social care of a population that is "
        "older than anywhere else in England. We therefore ask you to:\n\n"
        "• establish a Coastal Communities Fund of at least £150 million a year, allocated by "
        "formula rather than competition;\n"
        "• recognise coastal erosion and flood defence as a distinct pressure in the "
        "fair funding review;\n"
        "• devolve the adult skills budget to coastal councils that wish to hold it.\n\n"
        "We would welcome the opportunity to meet you, here on the coast.\n\n"
        "Yours sincerely,\n\n"
        "Cllr Margaret Lincoln\nChair, LGA Coastal Special Interest Group",
        "on behalf of Blackpool Council, Hastings Borough Council, Great Yarmouth Borough "
        "Council, Southend-on-Sea City Council, Portsmouth City Council, Sunderland City "
        "Council, Hartlepool Borough Council, Plymouth City Council, Southampton City Council, "
        "Brighton & Hove City Council, Cornwall Council, Weymouth Town Council, Lowestoft Town "
        "Council and Margate Town Council, as well as the leaders of three district councils who "
        "have asked not to be named.",
        "Notes to editors\n"
        "The LGA Coastal Special Interest Group brings together councils with a coastline to "
        "make the case for coastal communities in Westminster. Its secretariat is provided by "
        "the LGA.\n\n"
        "Media enquiries: press office, 020 7664 3333",
        "Blackpool/GB; Hastings/GB; Great Yarmouth/GB; Southend-on-Sea/GB; Portsmouth/GB; "
        "Sunderland/GB; Hartlepool/GB; Plymouth/GB; Southampton/GB; Brighton/GB; "
        "Cornwall/GB/county; Weymouth/GB; Lowestoft/GB; Margate/GB",
        "signatory councils in one sentence of official names after the chair's block "
        "(Borough, City, Town Council, `Brighton & Hove`, county `Cornwall Council`); the chair "
        "named Lincoln; Skegness and Clacton-on-Sea as examples in the letter; Westminster",
    ),
    Page(
        "en-au-lord-mayors-communique-present-apologies-venue",
        "en",
        "one_a_line;person_before;person_after;no_country;not_signatory;person_named_like_place",
        "Communiqué: Council of Capital City Lord Mayors, 28 March 2025",
        (2025, 3, 28),
        "Home\n/\nMedia\n/\nCommuniqués\n\n"
        "COMMUNIQUÉ\nCouncil of Capital City Lord Mayors\nMeeting of 28 March 2025\n\n"
        "The Council of Capital City Lord Mayors met in Newcastle, New South Wales, at the "
        "invitation of the Lord Mayor of Newcastle, who welcomed members to the city and "
        "briefed them on the renewal of the Hunter region's port and rail lands.\n\n"
        "Present:",
        "The Right Honourable the Lord Mayor of Adelaide, Dr Fiona Kavanagh (Chair)\n"
        "Brisbane: Lord Mayor Cr Thomas Whitlock\n"
        "Ms Anita Brady MLA, Chief Minister, ACT Government (Canberra)\n"
        "Cr Helen Chester, Lord Mayor, City of Hobart\n"
        "The Right Honourable the Lord Mayor of Melbourne, Cr Nicholas Kent\n"
        "Lord Mayor of Perth – Ms Priya Raman\n"
        "Cr Daniel Yeo, Deputy Lord Mayor, City of Sydney (for the Lord Mayor)\n\n"
        "Apologies:\nThe Right Worshipful the Lord Mayor of Darwin",
        "1. Housing supply\n"
        "Lord Mayors agreed that the capital cities can deliver a large share of the national "
        "housing target if planning approvals near transport are accelerated. The Council "
        "will write to the Housing and Homelessness Ministers' Meeting seeking a capital city "
        "infill fund.\n\n"
        "2. Brisbane 2032\n"
        "The Lord Mayor of Brisbane updated members on venue planning for the 2032 Olympic and "
        "Paralympic Games. Members noted the opportunity for other capitals to host pre-Games "
        "training camps.\n\n"
        "3. Local government funding\n"
        "The Council reaffirmed its call for Financial Assistance Grants to be restored to at "
        "least one per cent of Commonwealth taxation revenue.\n\n"
        "Next meeting: Hobart, August 2025.\n\n"
        "Media contact: Secretariat, Council of Capital City Lord Mayors, Canberra ACT 2601",
        "Adelaide/AU; Brisbane/AU; Canberra/AU; Hobart/AU; Melbourne/AU; Perth/AU; Sydney/AU",
        "communiqué `Present:` lines in four orders (`The Right Honourable the Lord Mayor of X, "
        "Name`, `City: Lord Mayor Cr Name`, `Name, title, City of X`, `ACT Government "
        "(Canberra)`), Sydney by its deputy; Darwin under Apologies; the venue and host "
        "Newcastle; people named Chester and Kent; Brisbane, Hobart and Canberra named again "
        "after the list",
    ),
    Page(
        "en-sea-fast-track-cities-signing-record-date-city-country-signed-by",
        "en",
        "one_a_line;columns_after;person_after;not_signatory",
        "Fast-Track Cities in Southeast Asia: who has signed the Paris Declaration",
        (2025, 2, 12),
        "Regions\n›\nAsia-Pacific\n›\nSoutheast Asia\n\n"
        "The Paris Declaration on Fast-Track Cities was launched on World AIDS Day 2014 in the "
        "Hôtel de Ville of Paris. By signing it, a city commits to reach the 95-95-95 targets "
        "for HIV, to end new infections among people who inject drugs and to put affected "
        "communities at the centre of its response, as the 2022 Seville Declaration later "
        "made explicit.\n\n"
        "Ahead of the regional meeting of Southeast Asian Fast-Track Cities in Manila on 3–4 "
        "March, this page records the cities of the region that have signed, in the order of "
        "signing. Manila's own signing will take place at the meeting.\n\n"
        "Signing record — Southeast Asia (12)",
        "24 Jan 2015 · Bangkok, Thailand · signed by the Governor of Bangkok\n"
        "1 Dec 2015 · Ho Chi Minh City, Viet Nam · signed by the Chairman of the People's "
        "Committee\n"
        "18 Jul 2016 · Jakarta, Indonesia · signed by the Governor of DKI Jakarta\n"
        "1 Dec 2016 · Quezon City, Philippines · signed by the Mayor\n"
        "30 Nov 2017 · Chiang Mai, Thailand · signed by the Mayor\n"
        "1 Dec 2017 · Denpasar, Indonesia · signed by the Mayor\n"
        "22 Jun 2018 · Phnom Penh, Cambodia · signed by the Governor of the Capital\n"
        "1 Dec 2018 · Cebu City, Philippines · signed by the Mayor\n"
        "9 Sep 2019 · Yangon, Myanmar · signed by the Mayor\n"
        "1 Dec 2021 · Hanoi, Viet Nam · signed by the Vice-Chairman of the People's Committee\n"
        "14 Mar 2023 · Bandung, Indonesia · signed by the Acting Mayor\n"
        "1 Dec 2024 · Kuala Lumpur, Malaysia · signed by the Mayor (Datuk Bandar)",
        "Each city reports its progress on the Fast-Track Cities dashboard, which is updated "
        "by the city's own health department with support from the IAPAC office in "
        "Washington, DC.\n\n"
        "Related\n"
        "Lisbon and Kyiv share lessons on community-led testing\n"
        "New dashboard data from Nairobi and Johannesburg",
        "Bangkok/TH; Ho Chi Minh City/VN; Jakarta/ID; Quezon City/PH; Chiang Mai/TH; "
        "Denpasar/ID; Phnom Penh/KH; Cebu City/PH; Yangon/MM; Hanoi/VN; Bandung/ID; "
        "Kuala Lumpur/MY",
        "signing record `date · City, Country · signed by title` lines; the Paris and Seville "
        "declarations, the venue Manila (not yet signed) and the IAPAC office in Washington "
        "named around it; Lisbon, Kyiv, Nairobi and Johannesburg in related news",
    ),
    Page(
        "en-southern-africa-metros-communique-executive-mayor-colon-body",
        "en",
        "one_a_line;person_before;no_country;body_not_city;not_signatory;majority_other_country",
        "Polokwane Communiqué of Southern African Metropolitan Mayors",
        (2024, 10, 18),
        "Home\n›\nNewsroom\n›\nCommuniqués\n\n"
        "POLOKWANE COMMUNIQUÉ\nSouthern African Metropolitan Mayors' Forum\n17–18 October "
        "2024\n\n"
        "1. The Executive Mayors and Mayors of the metropolitan municipalities and capital "
        "cities of Southern Africa met in Polokwane, Limpopo, on 17 and 18 October 2024, at the "
        "invitation of the Executive Mayor of the Polokwane Local Municipality, to whom the "
        "Forum expresses its gratitude.\n\n"
        "2. The Forum considered the state of bulk water and electricity supply to the "
        "region's cities, the revenue crisis of municipalities that buy bulk services from "
        "national utilities, and the growth of informal settlements on the edges of every "
        "metro.\n\n"
        "3. The Forum resolves to establish a standing working group on water security, to be "
        "convened from the offices of SALGA in Pretoria, and to report at the next Forum to be "
        "held in Windhoek in 2025.\n\n"
        "4. The Forum recalls the Kisumu Declaration of the Africities Summit of 2022, and "
        "calls on SADC to give cities a voice in the regional infrastructure master plan.\n\n"
        "Signed at Polokwane on 18 October 2024 by:",
        "Cllr Lerato Mokoena, Executive Mayor: City of Tshwane Metropolitan Municipality\n"
        "Cllr Sipho Ndlovu, Executive Mayor: City of Johannesburg Metropolitan Municipality\n"
        "Alderman Pieter van Wyk, Executive Mayor: City of Cape Town Metropolitan "
        "Municipality\n"
        "Cllr Mandla Zulu, Mayor: eThekwini Metropolitan Municipality\n"
        "Cllr Nomvula Jacobs, Executive Mayor: Nelson Mandela Bay Metropolitan Municipality\n"
        "Cllr Thandeka Mbeki-Nqaba, Executive Mayor: Buffalo City Metropolitan Municipality\n"
        "Cllr Kabelo Letsie, Executive Mayor: Mangaung Metropolitan Municipality\n"
        "Cllr Themba Khumalo, Executive Mayor: City of Ekurhuleni Metropolitan Municipality\n"
        "His Worship Johannes Nghipandulwa, Mayor: City of Windhoek\n"
        "Her Worship Kagiso Seretse, Mayor: Gaborone City Council\n"
        "His Worship Mwila Banda, Lord Mayor: Lusaka City Council\n"
        "His Worship Tendai Chikore, Mayor: City of Harare\n"
        "Sua Excelência Armando Machava, Presidente: Conselho Municipal da Cidade de Maputo",
        "Issued by the Forum secretariat.",
        "Pretoria|Tshwane/ZA; Johannesburg/ZA; Cape Town/ZA; Durban|eThekwini/ZA; "
        "Port Elizabeth|Gqeberha/ZA; East London|Buffalo City/ZA; Bloemfontein|Mangaung/ZA; "
        "Ekurhuleni|City of Ekurhuleni/ZA/metropolitan area; Windhoek/NA; Gaborone/BW; "
        "Lusaka/ZM; Harare/ZW; Maputo/MZ",
        "`Cllr Name, Executive Mayor: City of X Metropolitan Municipality` lines, metros named "
        "otherwise than their cities (eThekwini, Nelson Mandela Bay, Buffalo City, Mangaung, "
        "Ekurhuleni), then `His Worship Name, Mayor: City of Windhoek` of four neighbours and a "
        "Portuguese line for Maputo; host Polokwane, SALGA in Pretoria (a signatory as "
        "Tshwane), next venue Windhoek (a signatory), the Kisumu Declaration",
    ),
    Page(
        "en-mena-joint-statement-mayor-of-city-country-dash-excellency",
        "en",
        "one_a_line;person_after;not_signatory",
        "Joint statement of mayors of the Middle East and North Africa on climate mobility",
        (2024, 11, 7),
        "Home\n›\nWhat we do\n›\nGlobal advocacy\n›\nStatements\n\n"
        "STATEMENT\n\n"
        "We, mayors of cities in the Middle East and North Africa, are already receiving the "
        "people whom drought, heat and failing harvests have forced to move. They arrive in "
        "our neighbourhoods, not in national capitals, and they need water, schools and work "
        "from the day they arrive.\n\n"
        "Five years after the adoption of the Global Compact for Migration in Marrakech, and "
        "as governments gather for the climate conference in Baku, we call on them to:\n\n"
        "— recognise climate mobility in their national adaptation plans and in the new "
        "finance goal;\n"
        "— open loss and damage finance to cities that host displaced people;\n"
        "— include mayors in their delegations.\n\n"
        "This statement was agreed at the regional forum of mayors held in Beirut on 5–6 "
        "November 2024 with the support of the UCLG-MEWA office in Istanbul.\n\n"
        "Signed,",
        "Mayor of Zarqa, Jordan — H.E. Eng. Khaled Al-Momani\n"
        "Mayor of Irbid, Jordan — H.E. Dr Rana Haddad\n"
        "President of the Municipal Council of Sfax, Tunisia — Mr Hatem Trabelsi\n"
        "Mayor of Tripoli, Lebanon — H.E. Dr Omar Karami-Sayed\n"
        "Mayor of Tangier, Morocco — Ms Leila Bennani",
        "Read the statement in Arabic | French\n\n"
        "About the Council\n"
        "The Mayors Council brings together city leaders from every region to shape migration "
        "and refugee policy at the global level.\n\n"
        "Share: Facebook · X · LinkedIn",
        "Zarqa/JO; Irbid/JO; Sfax/TN; Tripoli/LB; Tangier/MA",
        "`Mayor of X, Country — H.E. Name` lines, title before the city and the name after; "
        "Tripoli in Lebanon (not Libya); the Marrakech compact, Baku, the forum in Beirut and "
        "an office in Istanbul in the text",
    ),
    Page(
        "es-mx-declaracion-guadalajara-municipio-estado-punto-y-coma",
        "es",
        "running_text;region_after;no_country;not_signatory;region_like_country",
        "Declaración de Guadalajara de alcaldesas y alcaldes por el agua",
        (2025, 3, 22),
        "Inicio\n›\nSala de prensa\n›\nDeclaraciones\n\n"
        "DECLARACIÓN DE GUADALAJARA\nAlcaldesas y alcaldes de México por el agua\n\n"
        "Reunidos en Guadalajara, Jalisco, con motivo del Día Mundial del Agua, las "
        "presidentas y los presidentes municipales abajo firmantes reconocemos que la crisis "
        "hídrica es ya una realidad cotidiana en nuestras ciudades: tandeos, pozos "
        "sobreexplotados y colonias enteras que dependen de pipas.\n\n"
        "Por ello nos comprometemos a:\n"
        "I. reducir en un 30 % las pérdidas físicas de nuestros organismos operadores antes "
        "de 2030;\n"
        "II. proteger las zonas de recarga de los acuíferos en nuestros planes de desarrollo "
        "urbano;\n"
        "III. garantizar el acceso al agua potable de las colonias populares como un derecho "
        "humano, conforme al artículo 4.º constitucional.\n\n"
        "Agradecemos la hospitalidad del Gobierno Municipal de Guadalajara y la participación "
        "como invitado del presidente municipal de Zapopan, quien presentó la experiencia "
        "metropolitana de captación pluvial.",
        "Suscriben la presente Declaración las presidentas y los presidentes municipales de "
        "Mérida, Yucatán; Campeche, Campeche; Oaxaca de Juárez, Oaxaca; Puebla, Puebla; "
        "Santiago de Querétaro, Querétaro; Aguascalientes, Aguascalientes; Morelia, Michoacán; "
        "León, Guanajuato; Tijuana, Baja California; Hermosillo, Sonora; Chihuahua, "
        "Chihuahua; Saltillo, Coahuila; San Luis Potosí, San Luis Potosí; Toluca, Estado de "
        "México; Cuernavaca, Morelos; Xalapa, Veracruz; Tepic, Nayarit; Colima, Colima; "
        "Victoria de Durango, Durango, y Zacatecas, Zacatecas.",
        "Guadalajara, Jalisco, a 22 de marzo de 2025.\n\n"
        "Descarga la declaración (PDF)\n\n"
        "Notas relacionadas\n"
        "Monterrey y Culiacán presentan sus planes de reúso de aguas tratadas\n"
        "Encuentro nacional de organismos operadores en Ciudad Juárez",
        "Mérida/MX; Campeche/MX; Oaxaca de Juárez|Oaxaca/MX; Puebla/MX; "
        "Santiago de Querétaro|Querétaro/MX; Aguascalientes/MX; Morelia/MX; León/MX; "
        "Tijuana/MX; Hermosillo/MX; Chihuahua/MX; Saltillo/MX; San Luis Potosí/MX; "
        "Toluca/MX; Cuernavaca/MX; Xalapa/MX; Tepic/MX; Colima/MX; "
        "Victoria de Durango|Durango/MX; Zacatecas/MX",
        "one paragraph of `Municipio, Estado;` with ', y' before the last, eight cities named "
        "like their states (`Campeche, Campeche`, `Colima, Colima`, `Victoria de Durango, "
        "Durango`); the venue and host Guadalajara, Zapopan as guest; Monterrey, Culiacán and "
        "Ciudad Juárez in related news",
    ),
    Page(
        "en-ca-climate-programme-datatable-official-names-province-codes",
        "en",
        "table_tabs;state_codes;columns_after;no_country",
        "Partners for Climate Protection: participating municipalities",
        (2025, 1, 30),
        "Home\n›\nPrograms\n›\nPartners for Climate Protection\n›\nParticipants\n\n"
        "More than 500 municipalities take part in the Partners for Climate Protection "
        "program. Each one moves through a five-milestone framework: creating an inventory "
        "and forecast, setting emissions reduction targets, developing a local action plan, "
        "implementing it, and monitoring progress. The table below shows participants that "
        "have reported on their milestones in the last program year; use the search box to "
        "find your community.\n\n"
        "Filter by milestone: All\n\n"
        "Show\n50\nentries\nSearch:",
        "Municipality\tProvince/Territory\tPopulation\tMilestones\tMember since\n"
        "City of Barrie\tON\t147,829\t3 of 5\t2006\n"
        "City of Brandon\tMB\t51,313\t1 of 5\t2021\n"
        "City of Cambridge\tON\t138,479\t3 of 5\t2010\n"
        "Town of Canmore\tAB\t15,990\t5 of 5\t2004\n"
        "City of Charlottetown\tPE\t38,809\t3 of 5\t2006\n"
        "Town of Cobourg\tON\t20,519\t2 of 5\t2019\n"
        "City of Fredericton\tNB\t63,116\t4 of 5\t2002\n"
        "Town of Gander\tNL\t11,880\t1 of 5\t2023\n"
        "Ville de Gatineau\tQC\t291,041\t3 of 5\t2011\n"
        "City of Greater Sudbury\tON\t166,004\t4 of 5\t2000\n"
        "City of Guelph\tON\t143,740\t5 of 5\t1999\n"
        "Halifax Regional Municipality\tNS\t439,819\t4 of 5\t2001\n"
        "Town of Huntsville\tON\t21,147\t2 of 5\t2020\n"
        "City of Iqaluit\tNU\t7,429\t1 of 5\t2021\n"
        "City of Kelowna\tBC\t144,576\t5 of 5\t2001\n"
        "City of Kingston\tON\t132,485\t5 of 5\t2001\n"
        "City of Lethbridge\tAB\t98,406\t3 of 5\t2009\n"
        "City of London\tON\t422,324\t5 of 5\t1997\n"
        "City of Medicine Hat\tAB\t63,271\t3 of 5\t2007\n"
        "City of Moncton\tNB\t79,470\t2 of 5\t2014\n"
        "City of Nanaimo\tBC\t99,863\t4 of 5\t2003\n"
        "Town of Oakville\tON\t213,759\t4 of 5\t2002\n"
        "City of Peterborough\tON\t83,651\t3 of 5\t2010\n"
        "City of Red Deer\tAB\t100,844\t2 of 5\t2012\n"
        "City of Regina\tSK\t226,404\t2 of 5\t2016\n"
        "Ville de Rimouski\tQC\t48,935\t2 of 5\t2017\n"
        "City of Saint John\tNB\t69,895\t3 of 5\t2008\n"
        "City of Saskatoon\tSK\t266,141\t4 of 5\t2000\n"
        "Ville de Sherbrooke\tQC\t172,950\t4 of 5\t2003\n"
        "District of Squamish\tBC\t23,819\t3 of 5\t2008\n"
        "City of St. John's\tNL\t110,525\t2 of 5\t2015\n"
        "City of Summerside\tPE\t16,001\t2 of 5\t2018\n"
        "City of Thunder Bay\tON\t108,843\t5 of 5\t2005\n"
        "Town of Truro\tNS\t12,954\t1 of 5\t2022\n"
        "City of Victoria\tBC\t91,867\t5 of 5\t2002\n"
        "Ville de Victoriaville\tQC\t47,631\t5 of 5\t1999\n"
        "City of Waterloo\tON\t121,436\t5 of 5\t2000\n"
        "City of Whitehorse\tYT\t28,201\t3 of 5\t2009\n"
        "City of Windsor\tON\t229,660\t4 of 5\t2003\n"
        "City of Winnipeg\tMB\t749,607\t3 of 5\t1998\n"
        "Town of Wolfville\tNS\t5,057\t3 of 5\t2013\n"
        "City of Yellowknife\tNT\t20,340\t4 of 5\t2004",
        "Showing 1 to 42 of 42 entries (filtered from 548 total entries)\n"
        "Previous\n1\nNext\n\n"
        "Don't see your municipality? Joining is free for FCM members. Send a council "
        "resolution to the PCP team.\n\n"
        "Contact us\nFederation of Canadian Municipalities\n24 Clarence Street, Ottawa, "
        "Ontario K1N 5P3",
        "Barrie/CA; Brandon/CA; Cambridge/CA; Canmore/CA; Charlottetown/CA; Cobourg/CA; "
        "Fredericton/CA; Gander/CA; Gatineau/CA; Sudbury|Greater Sudbury/CA; Guelph/CA; "
        "Halifax/CA; Huntsville/CA; Iqaluit/CA; Kelowna/CA; Kingston/CA; Lethbridge/CA; "
        "London/CA; Medicine Hat/CA; Moncton/CA; Nanaimo/CA; Oakville/CA; Peterborough/CA; "
        "Red Deer/CA; Regina/CA; Rimouski/CA; Saint John/CA; Saskatoon/CA; Sherbrooke/CA; "
        "Squamish/CA; St. John's/CA; Summerside/CA; Thunder Bay/CA; Truro/CA; Victoria/CA; "
        "Victoriaville/CA; Waterloo/CA; Whitehorse/CA; Windsor/CA; Winnipeg/CA; "
        "Wolfville/CA; Yellowknife/CA",
        "a DataTables widget copied with tabs (`Show 50 entries`, `Search:`, `Showing 1 to 42 "
        "of 42 entries`), 42 official names `City of X`, `Town of X`, `District of X`, `Ville "
        "de X`, `Halifax Regional Municipality`, with two-letter province codes that are "
        "countries' (NL, PE, SK, NT) and London, Victoria, Cambridge, Windsor and Kingston "
        "that are bigger elsewhere; the FCM address in Ottawa",
    ),
    Page(
        "en-ie-age-friendly-councils-english-irish-names-bullets",
        "en",
        "bulleted;named_twice;body_not_city;no_country;not_signatory",
        "Seven local authorities join the WHO Global Network for Age-friendly Cities and "
        "Communities",
        (2025, 4, 9),
        "Home\n›\nNews\n\n"
        "Age Friendly Ireland is delighted to announce that seven more local authorities have "
        "been accepted into the World Health Organization's Global Network for Age-friendly "
        "Cities and Communities, following the adoption of their new age-friendly strategies "
        "for 2025–2029.\n\n"
        "Membership certificates were presented at the Mansion House in Dublin by the "
        "Minister of State for Older People, who thanked the older people's councils of each "
        "county and city for shaping the strategies.\n\n"
        "The new members are:",
        "• Cork City Council / Comhairle Cathrach Chorcaí\n"
        "• Galway City Council / Comhairle Cathrach na Gaillimhe\n"
        "• Limerick City and County Council / Comhairle Cathrach agus Contae Luimnigh\n"
        "• Waterford City and County Council / Comhairle Cathrach agus Contae Phort Láirge\n"
        "• Sligo County Council / Comhairle Contae Shligigh\n"
        "• Kilkenny County Council / Comhairle Chontae Chill Chainnigh\n"
        "• Mayo County Council / Comhairle Contae Mhaigh Eo",
        '"These councils have listened to thousands of older people," said Seán Kerry, '
        'Programme Manager at Age Friendly Ireland. "From walkable towns to housing with '
        'support, the strategies are a promise to age well in every community."\n\n'
        "Age Friendly Ireland is a shared service hosted by Meath County Council, with its "
        "national office in Trim.\n\n"
        "Related news\n"
        "Ennis and Tralee pilot age-friendly parking bays\n"
        "Healthy Age Friendly Homes programme expands to Athlone",
        "Cork/IE; Galway/IE; Limerick/IE; Waterford/IE; "
        "County Sligo|Sligo County Council/IE/county; "
        "County Kilkenny|Kilkenny County Council/IE/county; "
        "County Mayo|Mayo County Council/IE/county",
        "`English name / Irish name` bullets (each council named twice, in Irish with the city "
        "in the genitive: Chorcaí, na Gaillimhe, Luimnigh, Phort Láirge), three county "
        "councils whose county towns are also places; the venue Dublin, Meath County Council "
        "and Trim hosting the office, a manager named Kerry; Ennis, Tralee, Athlone in "
        "related news",
    ),
    Page(
        "en-in-network-members-numbered-table-urban-local-bodies",
        "en",
        "table_tabs;numbered;region_after;columns_after;no_country;not_signatory",
        "Our members in India",
        (2025, 5, 6),
        "About\n›\nMembership\n›\nOur members in India\n\n"
        "Local governments are at the heart of our work in South Asia. Our members range from "
        "India's largest municipal corporations to hill towns in the North-East, and they "
        "work with us on low-emission development, urban biodiversity, resilience to heat and "
        "floods, and sustainable procurement. Membership is open to any urban local body "
        "(ULB) constituted under the 74th Constitutional Amendment Act.\n\n"
        "Members are listed below in the order of states as they appear in our annual "
        "report.",
        "S. No.\tMember (Urban Local Body)\tState / UT\tMember since\n"
        "1\tMunicipal Corporation of Greater Mumbai\tMaharashtra\t2005\n"
        "2\tPune Municipal Corporation\tMaharashtra\t2004\n"
        "3\tPimpri Chinchwad Municipal Corporation\tMaharashtra\t2016\n"
        "4\tNagpur Municipal Corporation\tMaharashtra\t2011\n"
        "5\tNashik Municipal Corporation\tMaharashtra\t2019\n"
        "6\tThane Municipal Corporation\tMaharashtra\t2009\n"
        "7\tGreater Chennai Corporation\tTamil Nadu\t2006\n"
        "8\tCoimbatore City Municipal Corporation\tTamil Nadu\t2008\n"
        "9\tMadurai Corporation\tTamil Nadu\t2014\n"
        "10\tTiruchirappalli City Corporation\tTamil Nadu\t2017\n"
        "11\tBruhat Bengaluru Mahanagara Palike\tKarnataka\t2007\n"
        "12\tMysuru City Corporation\tKarnataka\t2015\n"
        "13\tMangaluru City Corporation\tKarnataka\t2018\n"
        "14\tGreater Hyderabad Municipal Corporation\tTelangana\t2010\n"
        "15\tGreater Visakhapatnam Municipal Corporation\tAndhra Pradesh\t2016\n"
        "16\tVijayawada Municipal Corporation\tAndhra Pradesh\t2017\n"
        "17\tKochi Municipal Corporation\tKerala\t2012\n"
        "18\tThiruvananthapuram Corporation\tKerala\t2013\n"
        "19\tKozhikode Corporation\tKerala\t2020\n"
        "20\tAhmedabad Municipal Corporation\tGujarat\t2008\n"
        "21\tSurat Municipal Corporation\tGujarat\t2009\n"
        "22\tRajkot Municipal Corporation\tGujarat\t2012\n"
        "23\tVadodara Municipal Corporation\tGujarat\t2015\n"
        "24\tIndore Municipal Corporation\tMadhya Pradesh\t2016\n"
        "25\tBhopal Municipal Corporation\tMadhya Pradesh\t2014\n"
        "26\tJaipur Municipal Corporation Greater\tRajasthan\t2019\n"
        "27\tUdaipur Municipal Corporation\tRajasthan\t2021\n"
        "28\tLucknow Municipal Corporation\tUttar Pradesh\t2018\n"
        "29\tVaranasi Municipal Corporation\tUttar Pradesh\t2017\n"
        "30\tAgra Municipal Corporation\tUttar Pradesh\t2020\n"
        "31\tGorakhpur Municipal Corporation\tUttar Pradesh\t2021\n"
        "32\tPatna Municipal Corporation\tBihar\t2019\n"
        "33\tRanchi Municipal Corporation\tJharkhand\t2018\n"
        "34\tBhubaneswar Municipal Corporation\tOdisha\t2015\n"
        "35\tKolkata Municipal Corporation\tWest Bengal\t2007\n"
        "36\tSiliguri Municipal Corporation\tWest Bengal\t2016\n"
        "37\tGuwahati Municipal Corporation\tAssam\t2013\n"
        "38\tGangtok Municipal Corporation\tSikkim\t2012\n"
        "39\tShimla Municipal Corporation\tHimachal Pradesh\t2010\n"
        "40\tDehradun Municipal Corporation\tUttarakhand\t2022\n"
        "41\tMunicipal Corporation Chandigarh\tChandigarh (UT)\t2011\n"
        "42\tPuducherry Municipality\tPuducherry (UT)\t2020\n"
        "43\tMunicipal Corporation of Delhi\tNCT of Delhi\t2023\n"
        "44\tAizawl Municipal Corporation\tMizoram\t2022\n"
        "45\tImphal Municipal Corporation\tManipur\t2023\n"
        "46\tCorporation of the City of Panaji\tGoa\t2021",
        "Associate members: the National Institute of Urban Affairs (New Delhi) and the "
        "Administrative Staff College of India (Hyderabad).\n\n"
        "Become a member\n"
        "Write to the Membership Officer, South Asia Secretariat, C-3 Lower Ground Floor, "
        "Green Park Extension, New Delhi – 110016.",
        "Mumbai/IN; Pune/IN; Pimpri-Chinchwad|Pimpri/IN; Nagpur/IN; Nashik/IN; Thane/IN; "
        "Chennai/IN; Coimbatore/IN; Madurai/IN; Tiruchirappalli/IN; "
        "Bengaluru|Bangalore/IN; Mysore|Mysuru/IN; Mangalore|Mangaluru/IN; Hyderabad/IN; "
        "Visakhapatnam/IN; Vijayawada/IN; Kochi|Cochin/IN; Thiruvananthapuram/IN; "
        "Kozhikode/IN; Ahmedabad/IN; Surat/IN; Rajkot/IN; Vadodara/IN; Indore/IN; "
        "Bhopal/IN; Jaipur/IN; Udaipur/IN; Lucknow/IN; Varanasi/IN; Agra/IN; Gorakhpur/IN; "
        "Patna/IN; Ranchi/IN; Bhubaneswar/IN; Kolkata/IN; Siliguri/IN; Guwahati/IN; "
        "Gangtok/IN; Shimla/IN; Dehradun/IN; Chandigarh/IN; Puducherry/IN; Delhi/IN; "
        "Aizawl/IN; Imphal/IN; Panaji/IN",
        "a numbered tab table of 46 urban local bodies' official names (`Municipal "
        "Corporation of Greater Mumbai`, `Bruhat Bengaluru Mahanagara Palike`, `Greater "
        "Chennai Corporation`, `Corporation of the City of Panaji`) with the state column, "
        "union territories named like their cities (Chandigarh, Puducherry) and `NCT of "
        "Delhi`; associate institutes in New Delhi and Hyderabad, the secretariat in New "
        "Delhi",
    ),
    Page(
        "en-east-africa-new-members-flag-emoji-lines",
        "en",
        "one_a_line;no_country;columns_after;not_signatory",
        "Nine East African cities join the network",
        (2025, 3, 17),
        "News\n›\nAfrica\n\n"
        "17 March 2025 · 4 min read\n\n"
        "Secondary cities are where most of East Africa's urban growth will happen over the "
        "next twenty years. This month, nine of them joined our network, bringing the number "
        "of African member cities to 41.\n\n"
        "The new members were welcomed at the regional resilience exchange in Kampala, hosted "
        "by Kampala Capital City Authority, where their chief resilience officers met "
        "counterparts from Addis Ababa, Dar es Salaam and Kigali. The network's Africa office "
        "in Nairobi will support each city in preparing its first resilience strategy.\n\n"
        "Meet our new members",
        "🇰🇪 Kisumu City · port city on Lake Victoria\n"
        "🇰🇪 Nakuru City · CRO appointed\n"
        "🇰🇪 Eldoret City\n"
        "🇺🇬 Jinja City · at the source of the Nile\n"
        "🇺🇬 Gulu City · CRO appointed\n"
        "🇺🇬 Mbarara City\n"
        "🇹🇿 Arusha City Council · CRO appointed\n"
        "🇹🇿 Mwanza City Council · on Lake Victoria\n"
        "🇪🇹 Bahir Dar City Administration · on Lake Tana",
        '"Joining the network gives Gulu a seat at the table with cities that have faced the '
        "same floods and the same droughts,\" said the city's Town Clerk.\n\n"
        "Read more\n"
        "Durban's heat action plan, two years on\n"
        "What Accra learned from its first resilience strategy",
        "Kisumu/KE; Nakuru/KE; Eldoret/KE; Jinja/UG; Gulu/UG; Mbarara/UG; Arusha/TZ; "
        "Mwanza/TZ; Bahir Dar/ET",
        "new members one a line after flag emoji (the only sign of the country), `X City`, `X "
        "City Council`, `Bahir Dar City Administration`, some with a note (`CRO appointed`, "
        "`on Lake Victoria`); the venue Kampala and its authority, Addis Ababa, Dar es Salaam, "
        "Kigali and the office in "
        "Nairobi in the text; Gulu in a quote; Durban and Accra in read-more",
    ),
    Page(
        "en-global-network-members-country-count-colon-semicolons",
        "en",
        "several_a_line;region_before;not_signatory",
        "Member cities",
        (2025, 9, 15),
        "About us\n›\nMember cities\n\n"
        "Launched at the United Nations General Assembly in New York in 2015, the network "
        "connects mayors, municipal policy-makers and practitioners working to build social "
        "cohesion and resilience to hate, polarisation and violent extremism. Membership is "
        "free and open to any city or local government that endorses the network's founding "
        "statement.\n\n"
        "The list below shows our members by country as of September 2025. Regional hubs are "
        "hosted in Amman, Nairobi and Dhaka.\n\n"
        "Members (72)",
        "Albania (2): Durrës; Tirana\n"
        "Australia (2): Melbourne; Sydney\n"
        "Bangladesh (2): Dhaka; Sylhet\n"
        "Belgium (2): Antwerp; Mechelen\n"
        "Bosnia and Herzegovina (3): Bihać; Mostar; Sarajevo\n"
        "Canada (2): Calgary; Montréal\n"
        "Colombia (2): Cali; Medellín\n"
        "Denmark (1): Aarhus\n"
        "Finland (1): Helsinki\n"
        "France (2): Nice; Sarcelles\n"
        "Germany (1): Augsburg\n"
        "Ghana (2): Kumasi; Tamale\n"
        "Indonesia (3): Bandung; Bogor; Surakarta\n"
        "Iraq (2): Erbil; Kirkuk\n"
        "Jordan (2): Irbid; Mafraq\n"
        "Kenya (3): Garissa; Mombasa; Nairobi\n"
        "Kosovo (3): Gjilan; Mitrovicë; Prishtina\n"
        "Kyrgyzstan (2): Karakol; Osh\n"
        "Lebanon (2): Beirut; Saida\n"
        "Mauritania (1): Nouakchott\n"
        "Mexico (1): Monterrey\n"
        "Morocco (2): Agadir; Tangier\n"
        "Netherlands (2): Rotterdam; Zoetermeer\n"
        "Niger (2): Diffa; Niamey\n"
        "Nigeria (2): Kaduna; Maiduguri\n"
        "North Macedonia (3): Kumanovo; Skopje; Tetovo\n"
        "Norway (1): Oslo\n"
        "Pakistan (2): Peshawar; Quetta\n"
        "Philippines (2): Marawi; Zamboanga City\n"
        "Portugal (1): Porto\n"
        "Somalia (1): Mogadishu\n"
        "Sri Lanka (2): Batticaloa; Trincomalee\n"
        "Sweden (2): Gothenburg; Malmö\n"
        "Tunisia (2): Kairouan; Sousse\n"
        "Uganda (1): Arua\n"
        "United Kingdom (2): Leicester; Manchester\n"
        "United States (4): Aurora, Colorado; Denver; Los Angeles; Minneapolis",
        "Is your city missing? Contact the Management Unit.\n\n"
        "Management Unit\nInstitute for Strategic Dialogue\nPO Box 75769, London SW1P 9ER, "
        "United Kingdom",
        "Durrës/AL; Tirana/AL; Melbourne/AU; Sydney/AU; Dhaka/BD; Sylhet/BD; Antwerp/BE; "
        "Mechelen/BE; Bihać/BA; Mostar/BA; Sarajevo/BA; Calgary/CA; Montréal/CA; Cali/CO; "
        "Medellín/CO; Aarhus/DK; Helsinki/FI; Nice/FR; Sarcelles/FR; Augsburg/DE; "
        "Kumasi/GH; Tamale/GH; Bandung/ID; Bogor/ID; Surakarta/ID; Erbil/IQ; Kirkuk/IQ; "
        "Irbid/JO; Mafraq/JO; Garissa/KE; Mombasa/KE; Nairobi/KE; Gjilan/XK; Mitrovicë/XK; "
        "Prishtina/XK; Karakol/KG; Osh/KG; Beirut/LB; Saida/LB; Nouakchott/MR; "
        "Monterrey/MX; Agadir/MA; Tangier/MA; Rotterdam/NL; Zoetermeer/NL; Diffa/NE; "
        "Niamey/NE; Kaduna/NG; Maiduguri/NG; Kumanovo/MK; Skopje/MK; Tetovo/MK; Oslo/NO; "
        "Peshawar/PK; Quetta/PK; Marawi/PH; Zamboanga City/PH; Porto/PT; Mogadishu/SO; "
        "Batticaloa/LK; Trincomalee/LK; Gothenburg/SE; Malmö/SE; Kairouan/TN; Sousse/TN; "
        "Arua/UG; Leicester/GB; Manchester/GB; Aurora/US; Denver/US; Los Angeles/US; "
        "Minneapolis/US",
        "72 members as `Country (n): City; City` lines in alphabetical order of countries, "
        "Kosovo (XK), `Aurora, Colorado` with its state inside the entry; New York, the "
        "regional hubs Amman (not a member) and Nairobi and Dhaka "
        "(members), the secretariat in London",
    ),
    Page(
        "fr-qc-nouveaux-membres-regions-administratives-numerotees",
        "fr",
        "one_a_line;region_heading;no_country;not_signatory",
        "Le Réseau accueille 20 nouvelles municipalités membres",
        (2025, 6, 2),
        "Accueil\n›\nActualités\n\n"
        "Publié le 2 juin 2025 · Vie du Réseau\n\n"
        "Au cours de la dernière année, vingt municipalités de toutes les régions du Québec "
        "ont adopté une résolution de leur conseil pour adhérer au Réseau québécois de Villes "
        "et Villages en santé. Elles se sont engagées à améliorer la qualité de vie de leurs "
        "citoyennes et citoyens en travaillant avec les organismes du milieu, les centres de "
        "services scolaires et les établissements de santé.\n\n"
        "Leurs élues et élus seront accueillis officiellement lors du colloque annuel du "
        "Réseau, qui se tiendra à Trois-Rivières les 9 et 10 octobre prochains.\n\n"
        "Les nouveaux membres, par région administrative :",
        "01 – Bas-Saint-Laurent\nVille de Matane\nVille de Rimouski\n\n"
        "02 – Saguenay–Lac-Saint-Jean\nVille d'Alma\nVille de Dolbeau-Mistassini\n\n"
        "03 – Capitale-Nationale\nVille de Baie-Saint-Paul\n\n"
        "04 – Mauricie\nVille de Shawinigan\n\n"
        "05 – Estrie\nVille de Coaticook\nVille de Magog\n\n"
        "07 – Outaouais\nMunicipalité de Cantley\nMunicipalité de Chelsea\n\n"
        "08 – Abitibi-Témiscamingue\nVille d'Amos\nVille de Val-d'Or\n\n"
        "09 – Côte-Nord\nVille de Sept-Îles\n\n"
        "11 – Gaspésie–Îles-de-la-Madeleine\nVille de Gaspé\n\n"
        "12 – Chaudière-Appalaches\nMunicipalité de Saint-Jean-Port-Joli\nVille de Thetford "
        "Mines\n\n"
        "13 – Laval\nVille de Laval\n\n"
        "15 – Laurentides\nVille de Mont-Tremblant\nMunicipalité de Val-David\n\n"
        "16 – Montérégie\nVille de Granby",
        "Bienvenue à toutes et à tous!\n\n"
        "Vous souhaitez que votre municipalité se joigne au Réseau? Consultez la section "
        "Devenir membre ou écrivez-nous.\n\n"
        "À lire aussi\n"
        "Sherbrooke et Rouyn-Noranda primées pour leurs politiques familiales\n"
        "Retour sur le colloque 2024 à Saint-Hyacinthe",
        "Matane/CA; Rimouski/CA; Alma/CA; Dolbeau-Mistassini/CA; Baie-Saint-Paul/CA; "
        "Shawinigan/CA; Coaticook/CA; Magog/CA; Cantley/CA; Chelsea/CA; Amos/CA; Val-d'Or/CA; "
        "Sept-Îles/CA; Gaspé/CA; Saint-Jean-Port-Joli|St-Jean-Port-Joli/CA; "
        "Thetford Mines/CA; Laval/CA; Mont-Tremblant/CA; Val-David/CA; Granby/CA",
        "new members under numbered administrative-region headings (`13 – Laval` over `Ville "
        "de Laval`, `03 – Capitale-Nationale`), `Ville de X`, `Ville d'X`, `Municipalité de X` "
        "(Chelsea, Alma, Magog, Granby, Laval, Amos: namesakes elsewhere), a name broken over "
        "two lines; the venue Trois-Rivières; Sherbrooke, Rouyn-Noranda and Saint-Hyacinthe "
        "in related news",
    ),
    Page(
        "pt-coligacao-direitos-digitais-tres-municipios-citacoes",
        "pt",
        "paragraphs;person_after;no_country;not_signatory;few",
        "Três municípios portugueses aderem à Coligação de Cidades pelos Direitos Digitais",
        (2024, 11, 13),
        "Início\n›\nAtualidade\n›\nNotícias\n\n"
        "A Coligação de Cidades pelos Direitos Digitais, lançada em 2018 por Barcelona, "
        "Amesterdão e Nova Iorque, conta a partir de hoje com mais três municípios "
        "portugueses. A adesão foi formalizada em Lisboa, durante a Web Summit, numa sessão "
        "promovida pela Câmara Municipal de Lisboa, membro da Coligação desde 2019.\n\n"
        "Ao aderir, os municípios comprometem-se com os cinco princípios da Coligação: acesso "
        "universal à internet, privacidade e proteção de dados, transparência dos algoritmos, "
        "participação democrática e normas abertas e éticas.",
        '"Os dados dos vimaranenses são dos vimaranenses. Queremos que cada serviço digital do '
        'município seja auditável e aberto", afirmou Ricardo Sampaio, presidente da Câmara '
        "Municipal de Guimarães.\n\n"
        "Para Marta Leiria, vereadora da Inovação da Câmara Municipal de Aveiro, a adesão "
        '"reconhece o trabalho do Aveiro Tech City Living Lab e obriga-nos a ir mais longe na '
        'participação dos cidadãos".\n\n'
        "Já o presidente da Câmara Municipal do Funchal, Nuno Freitas, sublinhou que a "
        'Madeira "não pode ficar do lado errado do fosso digital" e anunciou a criação de um '
        "gabinete de ética digital.",
        "Com estas adesões, a Coligação passa a contar com mais de 50 cidades na Europa, nas "
        "Américas e em África.\n\n"
        "Partilhar\nFacebook | LinkedIn | E-mail\n\n"
        "Notícias relacionadas\n"
        "Porto apresenta o seu plano de transição digital\n"
        "Encontro de cidades inteligentes em Braga",
        "Guimarães/PT; Aveiro/PT; Funchal/PT",
        "three new members, each named in a paragraph of a quote as `presidente da Câmara "
        "Municipal de X` after or before the person (`do Funchal`), with the demonym "
        "`vimaranenses`; the founders Barcelona, Amsterdão and Nova Iorque and the host "
        "Lisbon (a member already); Porto and Braga in related news",
    ),
]

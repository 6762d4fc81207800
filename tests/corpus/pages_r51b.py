"""Batch r51b: 14 held-out pages for issue #20, written without reading the reader or running it.

One page a language or region: an English global statement whose mayors sign under
continent headings as `Name, Mayor of X (Country)`, with mayors named Florence and Victoria;
an English South Asian tab table of `Municipal Corporation of X`, `X City Corporation`,
`X Metropolitan City` with a state or province column; French news of Maghreb and West
African communes joining in running text with `d'Oran`, `de Kénitra et d'Agadir (Maroc)` and
a host city; Spanish signatories under `México`, `Colombia`, `Chile` headings (`Municipio de
León, Guanajuato`, `Alcaldía de Manizales (Caldas)`, `Ilustre Municipalidad de Valdivia`) with a
metropolitan area; Brazilian `Prefeitura de X (UF)` numbered with codes that are countries'
(`ES`, `PA`, `TO`); a Swiss German tab table of `Stadt X` with canton codes and dates; an
Italian PDF copy with hyphenation, page headers and a union of municipalities; Dutch
province headings over `·`-separated towns; Catalan paragraphs of new members with
Perpignan and an Andorran parish; Basque `Xko alkatea` genitives with Tolosa (Toulouse's
name elsewhere) and French Basque towns; a Galician table with a `Provincia` column whose
values are cities and a provincial council; Romanian bullets under `România` / `Republica
Moldova` with a county council; Serbian Cyrillic `За Град X` signature blocks with Montenegro
and Bosnia; Icelandic running text of three genitives with a host.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r51b-global-continent-mayors",
        "en",
        "one_a_line;region_heading;person_before;person_named_like_place;not_signatory",
        "Mayors on six continents commit to halve heat deaths by 2035",
        (2025, 7, 14),
        "Meeting online and in Lisbon at the close of the Cool Streets Forum, mayors from every "
        "inhabited continent adopted the Shade and Water Commitment. The text asks national "
        "governments to fund tree planting, public drinking fountains and cooling centres, and "
        "sets a shared target: to halve deaths from extreme heat in member cities by 2035.\n\n"
        '"Heat is the quietest disaster we face," said the network\'s chair, Mayor Tomasz '
        'Werling of Gdańsk, who hosted last year\'s forum. "Today we answer it together."\n\n'
        "The Commitment has been signed by:",
        "Africa\n"
        "Florence Owusu-Mensah, Mayor of Accra (Ghana)\n"
        "Jean-Paul Mugabo, Mayor of Kigali (Rwanda)\n"
        "Thandiwe Ngcobo, Mayor of Durban (South Africa)\n"
        "Aminata Diallo Sarr, Mayor of Dakar (Senegal)\n"
        "Peter Otieno Ouma, Governor of Kisumu (Kenya)\n"
        "\n"
        "Asia\n"
        "Rudi Hartono, Mayor of Surabaya (Indonesia)\n"
        "Meera Kulkarni, Mayor of Pune (India)\n"
        "Victoria Reyes-Lim, Mayor of Davao (Philippines)\n"
        "Nguyen Thi Lan, Vice Chair, People's Committee of Ho Chi Minh City (Viet Nam)\n"
        "Rami Haddadin, Mayor of Amman (Jordan)\n"
        "Keiko Matsuda, Mayor of Kyoto (Japan)\n"
        "\n"
        "Europe\n"
        "Inês Carvalho, Mayor of Lisbon (Portugal)\n"
        "Sanne de Wit, Mayor of Rotterdam (Netherlands)\n"
        "Nino Beridze, Mayor of Tbilisi (Georgia)\n"
        "Erik Lindqvist, Mayor of Malmö (Sweden)\n"
        "\n"
        "North America\n"
        "Claire Dubé-Martin, Mayor of Montréal (Canada)\n"
        "Rosa Elena Cruz, Municipal President of Oaxaca de Juárez (Mexico)\n"
        "Donald MacIsaac, Mayor of Halifax (Canada)\n"
        "\n"
        "South America\n"
        "Andrés Paredes, Mayor of Quito (Ecuador)\n"
        "Camila Bertolini, Mayor of Curitiba (Brazil)\n"
        "Lucía Ferreyra, Intendant of Montevideo (Uruguay)\n"
        "Matías Sepúlveda, Mayor of Valparaíso (Chile)\n"
        "\n"
        "Oceania\n"
        "Grace Whitlam-Hart, Lord Mayor of Adelaide (Australia)\n"
        "Tama Hēnare, Mayor of Christchurch (New Zealand)\n"
        "Losana Vuniwaqa, Lord Mayor of Suva (Fiji)",
        "The Commitment remains open for signature. The network's secretariat in Cape Town "
        "will publish progress reports each year ahead of the forum, which meets next in Kyoto "
        "and then in Medellín.",
        "Accra/GH; Kigali/RW; Durban/ZA; Dakar/SN; Kisumu/KE; Surabaya/ID; Pune/IN; Davao/PH; "
        "Ho Chi Minh City/VN; Amman/JO; Kyoto/JP; Lisbon|Lisboa/PT; Rotterdam/NL; Tbilisi/GE; "
        "Malmö/SE; Montréal|Montreal/CA; Oaxaca de Juárez|Oaxaca/MX; Halifax/CA; Quito/EC; "
        "Curitiba/BR; Montevideo/UY; Valparaíso/CL; Adelaide/AU; Christchurch/NZ; Suva/FJ",
        note="Lisbon hosted and signed; Gdańsk (the chair's city), Cape Town (the "
        "secretariat), Medellín (a later forum) are not signatories; Kyoto is both a signatory "
        "and the next forum's venue.",
    ),
    Page(
        "en-r51b-south-asia-corporations-table",
        "en",
        "table_tabs;columns_after;region_after;body_not_city",
        "South Asian cities form a clean-air compact ahead of winter smog season",
        (2024, 10, 3),
        "Fifteen municipal bodies from five countries have signed the South Asia Clean Air "
        "Compact, pledging shared monitoring of PM2.5, open data from every station and joint "
        "action on crop-residue and brick-kiln smoke. The compact was drafted at a workshop "
        "hosted in New Delhi in August and is coordinated from Kathmandu.\n\n"
        "Signatory bodies",
        "Municipal body\tState / Province\tCountry\n"
        "Municipal Corporation of Greater Mumbai\tMaharashtra\tIndia\n"
        "Pune Municipal Corporation\tMaharashtra\tIndia\n"
        "Greater Chennai Corporation\tTamil Nadu\tIndia\n"
        "Bruhat Bengaluru Mahanagara Palike\tKarnataka\tIndia\n"
        "Ahmedabad Municipal Corporation\tGujarat\tIndia\n"
        "Municipal Corporation of Indore\tMadhya Pradesh\tIndia\n"
        "Karachi Metropolitan Corporation\tSindh\tPakistan\n"
        "Municipal Corporation Faisalabad\tPunjab\tPakistan\n"
        "Dhaka South City Corporation\tDhaka Division\tBangladesh\n"
        "Chattogram City Corporation\tChattogram Division\tBangladesh\n"
        "Khulna City Corporation\tKhulna Division\tBangladesh\n"
        "Colombo Municipal Council\tWestern Province\tSri Lanka\n"
        "Kandy Municipal Council\tCentral Province\tSri Lanka\n"
        "Kathmandu Metropolitan City\tBagmati Province\tNepal\n"
        "Pokhara Metropolitan City\tGandaki Province\tNepal",
        "Each body will name a clean-air officer by the end of the year. The Lahore Development "
        "Authority and the Punjab Environmental Protection Department attend as observers.",
        "Mumbai/IN; Pune/IN; Chennai/IN; Bengaluru|Bangalore/IN; Ahmedabad/IN; Indore/IN; "
        "Karachi/PK; Faisalabad/PK; Dhaka/BD; Chattogram|Chittagong/BD; Khulna/BD; Colombo/LK; "
        "Kandy/LK; Kathmandu/NP; Pokhara/NP",
        note="New Delhi hosted the workshop, Kathmandu coordinates and signs too; Lahore's "
        "authority is an observer.",
    ),
    Page(
        "fr-r51b-maghreb-afrique-ouest-adhesions",
        "fr",
        "running_text;inflected;country_in_language;not_signatory",
        "Neuf villes du Maghreb et d'Afrique de l'Ouest rejoignent le réseau Villes Côtières "
        "Durables",
        (2025, 3, 21),
        "Réunie à Rabat les 18 et 19 mars, l'assemblée générale du réseau Villes Côtières "
        "Durables a approuvé neuf nouvelles adhésions, portant à 64 le nombre de collectivités "
        "membres. La maire de Rabat, hôte de la rencontre, a salué « un élargissement qui donne "
        "enfin sa place à la rive sud de la Méditerranée et à l'Atlantique africain ».",
        "Rejoignent désormais le réseau les communes de Sfax et de Sousse (Tunisie), d'Oran et "
        "de Béjaïa (Algérie), de Kénitra et d'Agadir (Maroc), ainsi que les villes de "
        "Saint-Louis et de Ziguinchor (Sénégal) et la commune de Porto-Novo (Bénin).",
        "Les nouveaux membres participeront dès cette année au programme d'échanges techniques "
        "sur l'érosion côtière, coordonné par la ville de Dakar, et au groupe de travail sur "
        "l'assainissement animé depuis Tunis. La prochaine assemblée générale se tiendra à "
        "Lomé en 2026.",
        "Sfax/TN; Sousse/TN; Oran/DZ; Béjaïa|Bejaia/DZ; Kénitra|Kenitra/MA; Agadir/MA; "
        "Saint-Louis/SN; Ziguinchor/SN; Porto-Novo/BJ",
        note="Rabat hosted, Dakar and Tunis coordinate, Lomé hosts next: none of them joins.",
    ),
    Page(
        "es-r51b-mexico-colombia-chile-encabezados",
        "es",
        "one_a_line;region_heading;region_after;country_in_language;body_not_city",
        "Gobiernos locales de México, Colombia y Chile firman la Declaración por el Agua Urbana",
        (2024, 11, 8),
        "En el marco del Encuentro Latinoamericano de Ciudades y Agua, celebrado en Bogotá, "
        "quince gobiernos locales firmaron la Declaración por el Agua Urbana. El documento "
        "compromete a los firmantes a reducir las pérdidas en sus redes de distribución, "
        "proteger las cuencas que los abastecen y publicar cada año un informe de avances.\n\n"
        "Firmantes de la Declaración:",
        "México\n"
        "Municipio de León, Guanajuato\n"
        "Ayuntamiento de Mérida, Yucatán\n"
        "Municipio de Querétaro, Querétaro\n"
        "Gobierno Municipal de Hermosillo, Sonora\n"
        "Ayuntamiento de Morelia, Michoacán\n"
        "\n"
        "Colombia\n"
        "Alcaldía de Manizales (Caldas)\n"
        "Alcaldía de Bucaramanga (Santander)\n"
        "Alcaldía de Pereira (Risaralda)\n"
        "Alcaldía de Montería (Córdoba)\n"
        "Área Metropolitana del Valle de Aburrá (Antioquia)\n"
        "\n"
        "Chile\n"
        "Ilustre Municipalidad de Valdivia (Región de Los Ríos)\n"
        "Municipalidad de Concepción (Región del Biobío)\n"
        "Ilustre Municipalidad de Temuco (Región de La Araucanía)\n"
        "Ilustre Municipalidad de Antofagasta (Región de Antofagasta)\n"
        "Ilustre Municipalidad de La Serena (Región de Coquimbo)",
        "La Declaración quedará abierta a nuevas adhesiones hasta el próximo encuentro, que "
        "se realizará en Santiago de Chile. La secretaría técnica, con sede en Ciudad de "
        "Panamá, acompañará la elaboración de los informes.",
        "León/MX; Mérida/MX; Querétaro|Santiago de Querétaro/MX; Hermosillo/MX; Morelia/MX; "
        "Manizales/CO; Bucaramanga/CO; Pereira/CO; Montería/CO; "
        "Área Metropolitana del Valle de Aburrá|Valle de Aburrá/CO/metropolitan area; "
        "Valdivia/CL; Concepción/CL; Temuco/CL; Antofagasta/CL; La Serena/CL",
        note="Bogotá hosted, Santiago hosts next, Panama City is the secretariat: not "
        "signatories. León and Mérida have bigger namesakes in Spain, Nicaragua and Venezuela; "
        "the department Córdoba and the region Antofagasta are names of places too.",
    ),
    Page(
        "pt-r51b-prefeituras-uf-numeradas",
        "pt",
        "numbered;state_codes;no_country;not_signatory",
        "Trinta prefeituras aderem ao Pacto pela Primeira Infância nas Cidades",
        (2025, 5, 6),
        "Durante o encontro nacional realizado em Brasília, trinta prefeituras de todas as "
        "regiões do país assinaram o Pacto pela Primeira Infância nas Cidades. Os municípios "
        "se comprometem a ampliar praças e calçadas seguras perto de creches e escolas, medir "
        "o tempo de deslocamento de gestantes e famílias com crianças pequenas e ouvir as "
        "crianças no planejamento urbano.\n\n"
        "Confira a lista das prefeituras signatárias:",
        "1. Prefeitura de Londrina (PR)\n"
        "2. Prefeitura de Maringá (PR)\n"
        "3. Prefeitura de Ponta Grossa (PR)\n"
        "4. Prefeitura de Juiz de Fora (MG)\n"
        "5. Prefeitura de Uberlândia (MG)\n"
        "6. Prefeitura de Contagem (MG)\n"
        "7. Prefeitura de Montes Claros (MG)\n"
        "8. Prefeitura Municipal de Santos (SP)\n"
        "9. Prefeitura de Sorocaba (SP)\n"
        "10. Prefeitura de Ribeirão Preto (SP)\n"
        "11. Prefeitura de Niterói (RJ)\n"
        "12. Prefeitura de Vitória (ES)\n"
        "13. Prefeitura de Vila Velha (ES)\n"
        "14. Prefeitura de Joinville (SC)\n"
        "15. Prefeitura de Chapecó (SC)\n"
        "16. Prefeitura de Pelotas (RS)\n"
        "17. Prefeitura de Caxias do Sul (RS)\n"
        "18. Prefeitura da Cidade do Recife (PE)\n"
        "19. Prefeitura de Caruaru (PE)\n"
        "20. Prefeitura de Feira de Santana (BA)\n"
        "21. Prefeitura de Aracaju (SE)\n"
        "22. Prefeitura de Maceió (AL)\n"
        "23. Prefeitura de João Pessoa (PB)\n"
        "24. Prefeitura do Natal (RN)\n"
        "25. Prefeitura de Teresina (PI)\n"
        "26. Prefeitura de São Luís (MA)\n"
        "27. Prefeitura de Belém (PA)\n"
        "28. Prefeitura de Macapá (AP)\n"
        "29. Prefeitura de Palmas (TO)\n"
        "30. Prefeitura de Cuiabá (MT)",
        "As prefeituras signatárias terão apoio técnico para elaborar seus planos municipais "
        "ao longo de 2025. O próximo encontro do Pacto está previsto para Salvador, em "
        "novembro.",
        "Londrina/BR; Maringá/BR; Ponta Grossa/BR; Juiz de Fora/BR; Uberlândia/BR; "
        "Contagem/BR; Montes Claros/BR; Santos/BR; Sorocaba/BR; Ribeirão Preto/BR; "
        "Niterói/BR; Vitória/BR; Vila Velha/BR; Joinville/BR; Chapecó/BR; Pelotas/BR; "
        "Caxias do Sul/BR; Recife/BR; Caruaru/BR; Feira de Santana/BR; Aracaju/BR; "
        "Maceió/BR; João Pessoa/BR; Natal/BR; Teresina/BR; São Luís/BR; Belém/BR; Macapá/BR; "
        "Palmas/BR; Cuiabá/BR",
        note="Brasília hosted and Salvador hosts next: not signatories. The state codes ES, "
        "PA, TO, MA, AL, SE, PE, MT are also countries' ISO codes.",
    ),
    Page(
        "de-r51b-schweiz-kantone-tabelle",
        "de",
        "table_tabs;state_codes;columns_after;no_country;not_signatory",
        "Zwölf Schweizer Städte unterzeichnen die Charta für kühle Quartiere",
        (2024, 6, 19),
        "An der Jahrestagung in Bern haben zwölf Städte und Gemeinden die Charta für kühle "
        "Quartiere unterzeichnet. Sie verpflichten sich, bei jedem Strassenumbau mehr Bäume zu "
        "pflanzen, versiegelte Flächen zu öffnen und Hitzekarten öffentlich zugänglich zu "
        "machen. Die Geschäftsstelle in Bern begleitet die Umsetzung.\n\n"
        "Unterzeichnende Gemeinden (Stand Juni 2024)",
        "Gemeinde\tKanton\tunterzeichnet am\n"
        "Stadt Winterthur\tZH\t12.03.2024\n"
        "Stadt Uster\tZH\t12.03.2024\n"
        "Stadt Biel/Bienne\tBE\t04.04.2024\n"
        "Gemeinde Köniz\tBE\t04.04.2024\n"
        "Stadt Thun\tBE\t18.04.2024\n"
        "Stadt Luzern\tLU\t02.05.2024\n"
        "Gemeinde Emmen\tLU\t02.05.2024\n"
        "Stadt St. Gallen\tSG\t15.05.2024\n"
        "Stadt Chur\tGR\t15.05.2024\n"
        "Stadt Schaffhausen\tSH\t30.05.2024\n"
        "Stadt Frauenfeld\tTG\t30.05.2024\n"
        "Stadt Aarau\tAG\t19.06.2024",
        "Weitere Gemeinden können der Charta jederzeit beitreten. Die Stadt Basel und der "
        "Kanton Zürich haben ihre Unterstützung angekündigt, die Charta aber noch nicht "
        "unterzeichnet.",
        "Winterthur/CH; Uster/CH; Biel|Bienne/CH; Köniz/CH; Thun/CH; Luzern|Lucerne/CH; "
        "Emmen/CH; St. Gallen|Sankt Gallen/CH; Chur/CH; Schaffhausen/CH; Frauenfeld/CH; "
        "Aarau/CH",
        note="Bern hosted the meeting and houses the office; Basel only announced support. "
        "Canton codes BE, LU, SG, GR, SH, TG, AG are countries' codes; Emmen is bigger in "
        "the Netherlands.",
    ),
    Page(
        "it-r51b-pdf-sindaci-sillabati",
        "it",
        "broken_lines;state_codes;person_after;body_not_city;no_country",
        "Patto dei Comuni per la mobilità scolastica sicura",
        (2024, 9, 12),
        "I Comuni sottoscrittori si impegnano a istituire, entro l'anno scolastico 2025/2026, "
        "strade scolastiche chiuse al traffico negli orari di ingresso e di uscita, a "
        "riqualificare i percorsi pedonali casa-scuola e a coinvolgere studenti e famiglie "
        "nella loro progettazione. Il Patto è stato presentato a Bologna, sede del "
        "coordinamento nazionale.\n\n"
        "Sottoscrivono il presente Patto:",
        "Comune di Ravenna (RA) – il Sindaco, Stefano Bargellini\n"
        "Comune di Faenza (RA) – l'Assessora alla mobilità, Giulia Zan-\n"
        "noni, su delega del Sindaco\n"
        "Comune di Savona (SV) – il Sindaco, Paolo Ghersi\n"
        "Comune di Cremona (CR) – la Sindaca, Marta Bonaldi\n"
        "Comune di Pordenone (PN) – il Sindaco, Luca Tamai\n"
        "Comune di Castelfranco Veneto (TV) – il Sindaco, Franco\n"
        "Zanin\n"
        "\n"
        "Patto dei Comuni per la mobilità scolastica sicura – pag. 3 di 4\n"
        "\n"
        "Comune di Pistoia (PT) – il Sindaco, Andrea Nesti\n"
        "Comune di San Benedetto del Tron-\n"
        "to (AP) – la Sindaca, Chiara Pignotti\n"
        "Comune di Lecce (LE) – la Sindaca, Annalisa De Donno\n"
        "Comune di Matera (MT) – il Sindaco, Vito Lorusso\n"
        "Comune di Reggio Calabria (RC) – il Vicesindaco, Domenico Zap-\n"
        "pia\n"
        "Unione dei Comuni della Valdera (PI) – il Presidente, Marco\n"
        "Gherardini",
        "Patto dei Comuni per la mobilità scolastica sicura – pag. 4 di 4\n\n"
        "Il coordinamento nazionale ha sede presso il Comune di Bologna, via dei Mille 7. "
        "Per aderire scrivere alla segreteria del Patto.",
        "Ravenna/IT; Faenza/IT; Savona/IT; Cremona/IT; Pordenone/IT; Castelfranco Veneto/IT; "
        "Pistoia/IT; San Benedetto del Tronto/IT; Lecce/IT; Matera/IT; Reggio Calabria/IT; "
        "Unione dei Comuni della Valdera|Valdera/IT/union of municipalities",
        note="Bologna presented and coordinates: not a signatory. Province codes SV, PT, TV, "
        "MT, PN are countries' codes.",
    ),
    Page(
        "nl-r51b-provincies-punten",
        "nl",
        "several_a_line;region_heading;no_country",
        "Twintig gemeenten tekenen Green Deal Schoolpleinen",
        (2025, 2, 11),
        "Twintig gemeenten uit zeven provincies hebben in Utrecht de Green Deal Schoolpleinen "
        "ondertekend. Zij gaan de komende vier jaar samen met schoolbesturen stenen "
        "schoolpleinen vergroenen, zodat ze na schooltijd ook als speelplek en waterberging in "
        "de wijk dienen. De gemeente Utrecht was gastheer van de bijeenkomst maar tekende al "
        "eerder.\n\n"
        "Deelnemende gemeenten per provincie:",
        "Noord-Brabant\n"
        "Eindhoven · Tilburg · 's-Hertogenbosch · Helmond · Oss\n"
        "\n"
        "Gelderland\n"
        "Arnhem · Nijmegen · Apeldoorn · Ede · Zutphen\n"
        "\n"
        "Overijssel\n"
        "Zwolle · Enschede · Deventer · Almelo\n"
        "\n"
        "Groningen\n"
        "Groningen\n"
        "\n"
        "Drenthe\n"
        "Assen · Emmen\n"
        "\n"
        "Limburg\n"
        "Heerlen · Venlo\n"
        "\n"
        "Flevoland\n"
        "Lelystad",
        "Het Rijk draagt de helft van de kosten bij. Gemeenten die willen aansluiten kunnen "
        "zich melden bij het programmabureau in Den Haag.",
        "Eindhoven/NL; Tilburg/NL; 's-Hertogenbosch|Den Bosch/NL; Helmond/NL; Oss/NL; "
        "Arnhem/NL; Nijmegen/NL; Apeldoorn/NL; Ede/NL; Zutphen/NL; Zwolle/NL; Enschede/NL; "
        "Deventer/NL; Almelo/NL; Groningen/NL; Assen/NL; Emmen/NL; Heerlen/NL; Venlo/NL; "
        "Lelystad/NL",
        note="Utrecht hosted and had signed before; Den Haag is the programme office. The "
        "province Groningen heads its city Groningen; Ede and Emmen are bigger elsewhere.",
    ),
    Page(
        "ca-r51b-paragrafs-noves-adhesions",
        "ca",
        "paragraphs;inflected;majority_other_country;not_signatory",
        "Set nous municipis s'adhereixen a la Xarxa de Ciutats per l'Habitatge Assequible",
        (2024, 12, 2),
        "El plenari de la Xarxa de Ciutats per l'Habitatge Assequible, reunit a la seu de "
        "Barcelona, ha aprovat l'adhesió de set nous municipis. Amb aquestes incorporacions la "
        "xarxa supera per primer cop els cinquanta membres i arriba a tres estats.",
        "L'Ajuntament de Terrassa aporta la seva experiència en la mobilització de pisos buits "
        "i en el programa de masoveria urbana.\n\n"
        "L'Ajuntament de Manresa s'hi suma després d'aprovar per unanimitat el seu primer pla "
        "local d'habitatge.\n\n"
        "Des de les comarques gironines s'incorpora l'Ajuntament d'Olot, que compartirà el seu "
        "registre municipal d'habitatges desocupats.\n\n"
        "L'Ajuntament de Castelló de la Plana és el primer membre de les comarques del nord "
        "del País Valencià.\n\n"
        "També entra a la xarxa l'Ajuntament d'Alcoi, amb un projecte de rehabilitació del "
        "nucli antic.\n\n"
        "Al nord de l'Albera, la Ciutat de Perpinyà s'incorpora com a primer membre de la "
        "Catalunya Nord.\n\n"
        "Finalment, el Comú d'Escaldes-Engordany fa d'Andorra el tercer estat representat a "
        "la xarxa.",
        "La propera trobada de la xarxa tindrà lloc a Palma la primavera vinent. Les "
        "sol·licituds d'adhesió es poden adreçar a la secretaria tècnica, a Barcelona.",
        "Terrassa/ES; Manresa/ES; Olot/ES; Castelló de la Plana|Castellón de la Plana/ES; "
        "Alcoi|Alcoy/ES; Perpinyà|Perpignan/FR; Escaldes-Engordany|les Escaldes/AD",
        note="Barcelona is the seat and Palma hosts the next meeting: not new members.",
    ),
    Page(
        "eu-r51b-alkateak-genitiboak",
        "eu",
        "numbered;person_before;inflected;majority_other_country",
        "Hamabi udalerrik sinatu dute Euskararen Hiri Itunaren bigarren fasea",
        (2025, 4, 24),
        "Hamabi udalerritako alkateek sinatu dute gaur Euskararen Hiri Itunaren bigarren "
        "fasea. Itunak udal zerbitzu guztietan euskaraz artatzeko eskubidea bermatzea, "
        "haurren aisialdi eskaintza euskaraz zabaltzea eta merkataritzan hizkuntza paisaia "
        "zaintzea ditu helburu.\n\n"
        "Hauek dira sinatzaileak:",
        "1. Ane Etxeberria Lasa, Eibarko alkatea\n"
        "2. Jon Agirre Urrutia, Durangoko alkatea\n"
        "3. Maite Goikoetxea, Tolosako alkatea\n"
        "4. Iñaki Larrañaga, Irungo alkatea\n"
        "5. Nerea Olaizola, Errenteriako alkatea\n"
        "6. Mikel Zubizarreta, Getxoko alkatea\n"
        "7. Itziar Amezaga, Barakaldoko alkatea\n"
        "8. Unai Arregi, Arrasateko alkatea\n"
        "9. Leire Aizpurua, Zarauzko alkatea\n"
        "10. Xabier Lekuona, Hondarribiko alkatea\n"
        "11. Peio Etcheverry, Hendaiako auzapeza\n"
        "12. Maddi Harriet, Donibane Lohizuneko auzapeza",
        "Itunaren koordinazioa Donostiako bulegotik egingo da, eta hurrengo bilera Baionan "
        "izango da udazkenean.",
        "Eibar/ES; Durango/ES; Tolosa/ES; Irun/ES; Errenteria|Rentería/ES; Getxo/ES; "
        "Barakaldo/ES; Arrasate|Mondragón/ES; Zarautz/ES; Hondarribia/ES; Hendaia|Hendaye/FR; "
        "Donibane Lohizune|Saint-Jean-de-Luz/FR",
        note="Donostia coordinates and Baiona hosts the next meeting: not signatories. "
        "Durango is bigger in Mexico, Tolosa is also Toulouse's name; Hendaia and Donibane "
        "Lohizune are French.",
    ),
    Page(
        "gl-r51b-concellos-taboa-provincia",
        "gl",
        "table_tabs;region_after;person_after;columns_after;body_not_city;no_country",
        "Once concellos e a Deputación de Pontevedra asinan o Compromiso Galego polo Río",
        (2024, 5, 30),
        "Representantes de once concellos galegos e da Deputación de Pontevedra asinaron en "
        "Santiago de Compostela o Compromiso Galego polo Río, que obriga a restaurar as "
        "ribeiras urbanas, eliminar verteduras e abrir camiños fluviais ao público antes de "
        "2030. O acto tivo lugar na sede da Xunta, que non é parte do compromiso.\n\n"
        "Entidades asinantes",
        "Entidade\tProvincia\tAsina\n"
        "Concello de Lugo\tLugo\tAlcaldesa Sabela Fontán Rey\n"
        "Concello de Ourense\tOurense\tAlcalde Xosé Manuel Cid\n"
        "Concello de Ferrol\tA Coruña\tAlcaldesa Iria Doval\n"
        "Concello de Narón\tA Coruña\tAlcalde Brais Lamas\n"
        "Concello de Carballo\tA Coruña\tAlcalde Antón Varela\n"
        "Concello de Monforte de Lemos\tLugo\tAlcaldesa Noa Rivas\n"
        "Concello de Viveiro\tLugo\tAlcalde Roi Pena\n"
        "Concello de Verín\tOurense\tAlcaldesa Uxía Bouzas\n"
        "Concello de Vilagarcía de Arousa\tPontevedra\tAlcalde Daniel Outeiral\n"
        "Concello de Redondela\tPontevedra\tAlcaldesa Lúa Castro\n"
        "Concello de Lalín\tPontevedra\tAlcalde Martiño Seoane\n"
        "Deputación de Pontevedra\tPontevedra\tPresidenta Carme Sueiro",
        "O Concello de Pontevedra, pioneiro na recuperación do río Gafos, participou como "
        "convidado e compartiu a súa experiencia, pero non asinou o documento.",
        "Lugo/ES; Ourense/ES; Ferrol/ES; Narón/ES; Carballo/ES; Monforte de Lemos/ES; "
        "Viveiro/ES; Verín/ES; Vilagarcía de Arousa/ES; Redondela/ES; Lalín/ES; "
        "Deputación de Pontevedra|Pontevedra Province/ES/province",
        note="Santiago de Compostela is the venue and the city of Pontevedra a guest: not "
        "signatories. The province column repeats Lugo, Ourense, Pontevedra and A Coruña.",
    ),
    Page(
        "ro-r51b-romania-moldova-liniute",
        "ro",
        "bulleted;region_heading;region_after;country_in_language;body_not_city",
        "Municipii din România și Republica Moldova semnează Declarația pentru transport "
        "public curat",
        (2025, 1, 28),
        "La conferința anuală a rețelei Orașe în Mișcare, desfășurată la Iași, reprezentanții "
        "a treisprezece autorități locale au semnat Declarația pentru transport public curat. "
        "Semnatarii se angajează să cumpere numai autobuze electrice sau pe hidrogen după "
        "2027 și să extindă rețelele de tramvai și troleibuz.\n\n"
        "Semnatari:",
        "România\n"
        "– Municipiul Oradea (jud. Bihor)\n"
        "– Municipiul Sibiu (jud. Sibiu)\n"
        "– Municipiul Cluj-Napoca (jud. Cluj)\n"
        "– Consiliul Județean Cluj\n"
        "– Municipiul Brașov (jud. Brașov)\n"
        "– Municipiul Alba Iulia (jud. Alba)\n"
        "– Municipiul Suceava (jud. Suceava)\n"
        "– Municipiul Baia Mare (jud. Maramureș)\n"
        "– Municipiul Satu Mare (jud. Satu Mare)\n"
        "– Municipiul Piatra Neamț (jud. Neamț)\n"
        "\n"
        "Republica Moldova\n"
        "– Municipiul Chișinău\n"
        "– Municipiul Bălți\n"
        "– Orașul Cahul (raionul Cahul)",
        "Gazda conferinței, Primăria Municipiului Iași, a semnat declarația încă din 2023. "
        "Următoarea conferință va avea loc la Timișoara.",
        "Oradea/RO; Sibiu/RO; Cluj-Napoca/RO; Consiliul Județean Cluj|Cluj County/RO/county; "
        "Brașov/RO; Alba Iulia/RO; Suceava/RO; Baia Mare/RO; Satu Mare/RO; Piatra Neamț/RO; "
        "Chișinău|Chisinau/MD; Bălți/MD; Cahul/MD",
        note="Iași hosted and signed earlier; Timișoara hosts next: not signatories.",
    ),
    Page(
        "sr-r51b-potpisni-blokovi-cirilica",
        "sr",
        "person_after;inflected;country_in_language;majority_other_country;not_signatory",
        "Градови региона потписали Споразум о сарадњи у области заштите од поплава",
        (2024, 8, 27),
        "У Крагујевцу је данас потписан Споразум о сарадњи у области заштите од поплава. "
        "Потписнице се обавезују да размењују податке о водостајима, заједнички планирају "
        "одбрану од поплава и помажу једна другој у ванредним ситуацијама. Домаћин скупа био "
        "је Град Крагујевац, који ће водити секретаријат Споразума.\n\n"
        "Потписници:",
        "За Град Нови Сад\n"
        "градоначелница Милица Стојановић\n"
        "\n"
        "За Град Ниш\n"
        "градоначелник Дејан Марковић\n"
        "\n"
        "За Град Чачак\n"
        "градоначелник Никола Радосављевић\n"
        "\n"
        "За Град Шабац\n"
        "градоначелница Јована Петровић\n"
        "\n"
        "За Град Краљево\n"
        "заменик градоначелника Бојан Илић\n"
        "\n"
        "За Главни град Подгорицу (Црна Гора)\n"
        "градоначелник Вук Радуловић\n"
        "\n"
        "За Град Бању Луку (Босна и Херцеговина)\n"
        "градоначелник Срђан Тодоровић\n"
        "\n"
        "За Град Бијељину (Босна и Херцеговина)\n"
        "градоначелница Драгана Симић",
        "Споразум ступа на снагу даном потписивања. Остали градови и општине могу му "
        "приступити уз сагласност потписница.",
        "Novi Sad/RS; Niš/RS; Čačak/RS; Šabac/RS; Kraljevo/RS; Podgorica/ME; "
        "Banja Luka/BA; Bijeljina/BA",
        note="Kragujevac hosted and holds the secretariat but is not among the signatories. "
        "Podgorica, Banja Luka and Bijeljina are in the accusative after 'За'.",
    ),
    Page(
        "is-r51b-thrju-sveitarfelog-eignarfall",
        "is",
        "running_text;inflected;few;not_signatory",
        "Þrjú sveitarfélög undirrita samkomulag um hjólastíga",
        (2025, 6, 3),
        "Ráðherra samgöngumála og fulltrúar sveitarfélaganna komu saman í Ráðhúsi Reykjavíkur "
        "í gær þar sem samkomulag um samfellt net hjólastíga á höfuðborgarsvæðinu var "
        "kynnt.",
        "Bæjarstjórar Kópavogs, Garðabæjar og Mosfellsbæjar undirrituðu samkomulagið, sem "
        "kveður á um að tengja stíga sveitarfélaganna fyrir árslok 2028.",
        "Reykjavíkurborg, sem hýsti fundinn, hefur þegar samþykkt sambærilega áætlun og er "
        "ekki aðili að samkomulaginu. Hafnarfjörður hefur óskað eftir viðræðum um aðild.",
        "Kópavogur/IS; Garðabær/IS; Mosfellsbær/IS",
        note="Reykjavík hosted and is not a party; Hafnarfjörður only asked to talk.",
    ),
]

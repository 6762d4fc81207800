"""Hand-written pages, batch r39a: 14 pages written during round 39 (branch accr39a), held out
from it, without reading or running the reader. A mix of member directories, declarations with
signatory lists and news items about new members in 11 languages (en, es, it, ca, ro, hu, sk,
fi, lv, vi, id): an English members directory of city cards under world-region headings with
`Member since` and `View profile`; an English declaration copied from its PDF, signature blocks
with running headers, page numbers and a title hyphenated over two lines, named after a city
that did not sign; Spanish news of new members in running text beside the host and the
president's city; a Latin American declaration's table flattened one cell a line with mayors
named Mercedes and Paz; Italian new members with province codes that are countries' codes;
an Italian charter's tab table with the region before the comune and a metropolitan city;
Catalan `Ajuntament de X (comarca)` bullets with an Andorran parish and a provincial council;
Romanian news with `municipiile X, Y și Z` and a commune; a Hungarian tab table with county
and signer columns under a declaration named after its venue; Slovak members under kraj
headings with their mayors; Finnish genitives `Oulun, Jyväskylän ja Kuopion kaupungit`; Latvian
news of new members with Latvian exonyms and countries; Vietnamese numbered `Thành phố X`
lines with a province; Indonesian member cards of `Kota` and `Kabupaten` with provinces.
Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-members-directory-cards-world-region-headings",
        "en",
        "one_a_line;region_heading;columns_after",
        "Our member cities",
        (2025, 2, 10),
        "About us\n›\nMembers\n\n"
        "Our network brings together cities that have committed to putting children and young "
        "people at the heart of urban planning. Members share their street experiments, school "
        "routes and play policies, and host each other on study visits.\n\n"
        "Search by city name\nFilter by region\nAll regions\nAfrica\nAsia-Pacific\nEurope\n"
        "Latin America\nNorth America\n\nShowing 18 of 18 members\n",
        "Africa\n\n"
        "Kisumu\nKenya\nMember since 2019\nView profile\n\n"
        "Dakar\nSenegal\nMember since 2021\nView profile\n\n"
        "Kigali\nRwanda\nMember since 2018\nView profile\n\n"
        "Asia-Pacific\n\n"
        "Da Nang\nViet Nam\nMember since 2022\nView profile\n\n"
        "Surabaya\nIndonesia\nMember since 2020\nView profile\n\n"
        "Pune\nIndia\nMember since 2018\nView profile\n\n"
        "Kaohsiung\nTaiwan\nMember since 2023\nView profile\n\n"
        "Europe\n\n"
        "Turku\nFinland\nMember since 2017\nView profile\n\n"
        "Ghent\nBelgium\nMember since 2017\nView profile\n\n"
        "Bilbao\nSpain\nMember since 2020\nView profile\n\n"
        "Malmö\nSweden\nMember since 2019\nView profile\n\n"
        "Latin America\n\n"
        "Rosario\nArgentina\nMember since 2017\nView profile\n\n"
        "Curitiba\nBrazil\nMember since 2021\nView profile\n\n"
        "Montevideo\nUruguay\nMember since 2022\nView profile\n\n"
        "Quito\nEcuador\nMember since 2024\nView profile\n\n"
        "North America\n\n"
        "Victoria\nCanada\nMember since 2023\nView profile\n\n"
        "Halifax\nCanada\nMember since 2024\nView profile\n\n"
        "Madison\nUnited States\nMember since 2024\nView profile",
        "Is your city interested in joining? Membership is open to any local government that "
        "endorses our charter. Write to our secretariat in Rotterdam or meet us at the next "
        "annual gathering in Bogotá.\n\nBecome a member",
        "Kisumu/KE; Dakar/SN; Kigali/RW; Da Nang/VN; Surabaya/ID; Pune/IN; Kaohsiung/TW; "
        "Turku/FI; Ghent/BE; Bilbao/ES; Malmö/SE; Rosario/AR; Curitiba/BR; Montevideo/UY; "
        "Quito/EC; Victoria/CA; Halifax/CA; Madison/US",
        "member cards four lines a city (city, country, `Member since`, `View profile`) under "
        "world-region headings that the filter also lists; Victoria, Halifax, Madison have "
        "namesakes elsewhere; the secretariat Rotterdam and the gathering's Bogotá are not members",
    ),
    Page(
        "en-declaration-pdf-signature-blocks-running-headers",
        "en",
        "one_a_line;person_before;broken_lines;not_signatory;no_country;teasers",
        "The Lisbon Call on Urban Heat: signatories",
        (2024, 7, 2),
        "Resources\n›\nDeclarations\n\n"
        "The Lisbon Call on Urban Heat was launched by Mediterranean mayors in 2023. This page "
        "reproduces the signature pages of the version signed at the Heat Resilience Summit in "
        "Seville on 27 June 2024. The full text is available as a PDF.\n\n"
        "Download: Lisbon-Call-signed-Seville-2024.pdf (1.4 MB)\n\n"
        "THE LISBON CALL ON URBAN HEAT\n\n"
        "We, mayors and city leaders of the Mediterranean, commit to appoint a heat officer, "
        "to map the hottest streets of our cities by 2026, to open cool rooms in every "
        "neighbourhood during heatwaves and to plant shade where people walk and wait.\n\n"
        "Signed in Seville, 27 June 2024\n",
        "______________________________\n"
        "Eleni Papadopoulou\n"
        "Mayor of Athens\n\n"
        "______________________________\n"
        "Jean-Marc Ferrand\n"
        "First Deputy Mayor, City of Marseille\n\n"
        "______________________________\n"
        "Carmen Llorens Ferrer\n"
        "Mayor of Valencia\n\n"
        "______________________________\n"
        "Salvatore Esposito\n"
        "Deputy Mayor for the Environment,\n"
        "City of Naples\n\n"
        "The Lisbon Call on Urban Heat – Signature pages                    3 / 5\n\n"
        "______________________________\n"
        "Andreas Georgiou\n"
        "Mayor of Nicosia\n\n"
        "______________________________\n"
        "Ayşe Demir\n"
        "Mayor of İzmir Metropolitan Municipality\n\n"
        "______________________________\n"
        "Karim Ben Salah\n"
        "Mayor of the City of Tunis\n\n"
        "______________________________\n"
        "Nikos Karamanlis\n"
        "Vice-Mayor for Climate Adap-\n"
        "tation, Thessaloniki\n\n"
        "The Lisbon Call on Urban Heat – Signature pages                    4 / 5\n\n"
        "______________________________\n"
        "Ivana Marić\n"
        "Mayor of Split\n\n"
        "______________________________\n"
        "Joseph Camilleri\n"
        "Mayor of Valletta\n\n"
        "______________________________\n"
        "Giulia Ferrante\n"
        "Mayor of Palermo\n\n"
        "______________________________\n"
        "Erion Hoxha\n"
        "Deputy Mayor, Municipality of Tirana\n\n"
        "______________________________\n"
        "Milica Vuković\n"
        "Mayor of the Capital City Podgorica\n\n"
        "The Lisbon Call on Urban Heat – Signature pages                    5 / 5",
        "Secretariat of the Mediterranean Heat Network · c/ de Mallorca 214, Barcelona\n\n"
        "Related\n"
        "Heat officers meet in Seville\n"
        "Lisbon opens its first climate shelters",
        "Athens/GR; Marseille/FR; Valencia/ES; Naples/IT; Nicosia/CY; İzmir|Izmir/TR; Tunis/TN; "
        "Thessaloniki/GR; Split/HR; Valletta/MT; Palermo/IT; Tirana/AL; Podgorica/ME",
        "signature blocks copied from a PDF (rule, name, title of a city) with running headers and "
        "page numbers between them, a title hyphenated over two lines; the call is named after "
        "Lisbon, signed in Seville, its secretariat in Barcelona: none of them signed",
    ),
    Page(
        "es-noticia-nuevos-miembros-ayuntamientos-asamblea-anfitrion",
        "es",
        "running_text;not_signatory",
        "La red suma siete nuevas ciudades en su Asamblea de Valladolid",
        (2025, 4, 23),
        "Inicio\n/\nActualidad\n/\nNoticias\n\n"
        "Noticias | Red | Asamblea General\n\n"
        "La Asamblea General de la red, celebrada el pasado viernes en el Teatro Calderón de "
        "Valladolid, cerró con una buena noticia: la red ya reúne a 142 gobiernos locales "
        "comprometidos con la movilidad sostenible y el espacio público.\n",
        "Las ciudades y ayuntamientos asistentes aprobaron por unanimidad la incorporación de los "
        "ayuntamientos de Soria, Ponferrada, Lorca y Alcoy, así como de Talavera de la Reina, "
        "Mérida y Ciudad Real, que participarán desde este año en los grupos de trabajo de "
        "calles escolares y de logística urbana.",
        "«Que siete ciudades medianas den este paso demuestra que la transformación de la "
        "movilidad no es cosa solo de las grandes capitales», señaló el presidente de la red y "
        "alcalde de Vitoria-Gasteiz, Iñaki Urrutia. El alcalde anfitrión, Jesús Martín Sanz, "
        "agradeció la participación de más de trescientas personas y recordó que Valladolid "
        "acogerá también el próximo Foro de la Bicicleta.\n\n"
        "Durante la jornada se presentaron además las experiencias de Pontevedra y de Getafe "
        "en pacificación del tráfico.\n\n"
        "Etiquetas: movilidad, nuevos miembros, asamblea",
        "Soria/ES; Ponferrada/ES; Lorca/ES; Alcoy/ES; Talavera de la Reina/ES; Mérida/ES; "
        "Ciudad Real/ES",
        "news of seven new members in one sentence with `así como`, no country; the host "
        "Valladolid, the president's Vitoria-Gasteiz and the examples Pontevedra and Getafe did "
        "not join; Mérida has bigger namesakes in Mexico and Venezuela",
    ),
    Page(
        "es-declaracion-alcaldes-tabla-una-celda-por-linea",
        "es",
        "one_a_line;columns_after;country_in_language;person_named_like_place;not_signatory",
        "Declaración de Alcaldes y Alcaldesas por el Agua: ciudades firmantes",
        (2024, 10, 8),
        "Inicio › Iniciativas › Declaración por el Agua\n\n"
        "La Declaración de Alcaldes y Alcaldesas por el Agua fue adoptada en el Encuentro "
        "Latinoamericano de Gobiernos Locales celebrado en Ciudad de Guatemala. Las ciudades "
        "firmantes se comprometen a reducir a la mitad las pérdidas de sus redes de agua potable "
        "antes de 2035 y a proteger las cuencas de las que dependen.\n\n"
        "Ciudades firmantes (14)\n",
        "Ciudad\nPaís\nAutoridad firmante\n"
        "Medellín\nColombia\nAlcalde Andrés Villegas Mora\n"
        "Guadalajara\nMéxico\nPresidenta Municipal Mercedes Aguilar\n"
        "Rosario\nArgentina\nIntendente Gustavo Ferraro Ruiz\n"
        "Valparaíso\nChile\nAlcaldesa Javiera Contreras Soto\n"
        "Montevideo\nUruguay\nIntendenta Lucía Bentancur Ortiz\n"
        "Quito\nEcuador\nAlcalde Esteban Cárdenas Vega\n"
        "Cuenca\nEcuador\nAlcaldesa María Paz Ordóñez\n"
        "Arequipa\nPerú\nAlcalde Víctor Rivera Chávez\n"
        "La Paz\nBolivia\nAlcalde Rodrigo Mamani Durán\n"
        "San José\nCosta Rica\nAlcalde Diego Miranda Solís\n"
        "Santa Fe\nArgentina\nIntendente Martín Gaitán Ríos\n"
        "Córdoba\nArgentina\nViceintendente Sergio Olmedo Gómez\n"
        "Asunción\nParaguay\nIntendente Óscar Rodríguez Benítez\n"
        "Panamá\nPanamá\nAlcaldesa Itzel Castillo Herrera",
        "¿Tu ciudad quiere sumarse? Descarga el formulario de adhesión y envíalo a la "
        "secretaría técnica en Quito.\n\nDescargar la Declaración (PDF)",
        "Medellín/CO; Guadalajara/MX; Rosario/AR; Valparaíso/CL; Montevideo/UY; Quito/EC; "
        "Cuenca/EC; Arequipa/PE; La Paz/BO; San José/CR; Santa Fe/AR; Córdoba/AR; Asunción/PY; "
        "Panama City|Panamá/PA",
        "a three-column table flattened one cell a line (city, country, signer with title); "
        "signers named Mercedes and María Paz; adopted in Ciudad de Guatemala, which did not "
        "sign; Quito both signed and hosts the secretariat; Cuenca, Córdoba and Santa Fe have "
        "namesakes in Spain and the US; `Panamá / Panamá` is the capital",
    ),
    Page(
        "it-comunicato-nuovi-comuni-sigla-provincia-running",
        "it",
        "running_text;state_codes;not_signatory",
        "Nove nuovi Comuni entrano nella rete delle città ciclabili",
        (2025, 5, 14),
        "Home\n>\nNotizie\n>\nComunicati stampa\n\n"
        "COMUNICATO STAMPA\n\n"
        "Mantova, 14 maggio 2025 – L'assemblea dei soci, riunita oggi nella Sala degli Stemmi "
        "del Palazzo Soardi di Mantova, ha approvato l'ingresso di nove nuove amministrazioni, "
        "portando la rete a 87 enti associati.\n",
        "Entrano a far parte della rete i Comuni di Cremona (CR), Lodi (LO), Vigevano (PV), "
        "Crema (CR), Sondrio (SO), Pescara (PE), Alessandria (AL), Como (CO) e Lecco (LC), che "
        "hanno approvato nei rispettivi consigli comunali la Carta delle città ciclabili.",
        "«Con questi nuovi ingressi la rete si rafforza soprattutto in Lombardia, dove le "
        "ciclabili tra capoluoghi possono diventare una vera alternativa all'auto», ha "
        "dichiarato la presidente della rete, Elena Vighi, assessora alla mobilità del Comune "
        "di Reggio Emilia. Il prossimo incontro si terrà a Ferrara in autunno.\n\n"
        "Ufficio stampa\nufficiostampa@example.it",
        "Cremona/IT; Lodi/IT; Vigevano/IT; Crema/IT; Sondrio/IT; Pescara/IT; Alessandria/IT; "
        "Como/IT; Lecco/IT",
        "new members in one sentence with province codes that are countries' codes (CR, PE, AL, "
        "CO, LC); the venue Mantova, the president's Reggio Emilia and the next venue Ferrara "
        "did not join",
    ),
    Page(
        "it-carta-firmatari-tabella-regione-comune-sindaco",
        "it",
        "table_tabs;region_before;columns_after;person_named_like_place;body_not_city",
        "Carta dei Comuni per l'inclusione: gli enti firmatari",
        (2024, 12, 3),
        "Home › La Carta › Firmatari\n\n"
        "La Carta dei Comuni per l'inclusione impegna le amministrazioni firmatarie a garantire "
        "l'accesso ai servizi di base a tutte le persone residenti, indipendentemente dalla "
        "cittadinanza, e a istituire uno sportello unico per i nuovi arrivati. La Carta è stata "
        "presentata a Roma, presso la sede dell'associazione, il 18 dicembre 2023.\n\n"
        "Elenco aggiornato al 3 dicembre 2024\n",
        "Regione\tEnte\tFirmatario\tData di adesione\n"
        "Piemonte\tComune di Novara\tSindaco Davide Colombo Rossi\t18/12/2023\n"
        "Lombardia\tComune di Brescia\tSindaca Chiara Bertoli Bossi\t18/12/2023\n"
        "Veneto\tComune di Padova\tSindaco Paolo Marchetto Zanon\t18/12/2023\n"
        "Liguria\tComune della Spezia\tAssessore Marco Savona\t22/01/2024\n"
        "Friuli Venezia Giulia\tComune di Udine\tSindaco Franco Zanetti\t22/01/2024\n"
        "Trentino-Alto Adige\tComune di Bolzano\tSindaco Stefan Oberhofer\t05/02/2024\n"
        "Emilia-Romagna\tComune di Ferrara\tVicesindaca Anna Ferri\t05/02/2024\n"
        "Toscana\tComune di Livorno\tSindaco Luca Bernini Neri\t11/03/2024\n"
        "Marche\tComune di Pesaro\tSindaco Andrea Pierini\t11/03/2024\n"
        "Umbria\tComune di Terni\tAssessora Viviana Trento\t08/04/2024\n"
        "Lazio\tComune di Latina\tSindaca Matilde Ricciardi\t08/04/2024\n"
        "Campania\tComune di Salerno\tAssessore Gennaro Napoli\t13/05/2024\n"
        "Puglia\tCittà metropolitana di Bari\tConsigliera delegata Rosa Taranto\t13/05/2024\n"
        "Puglia\tComune di Lecce\tSindaca Adriana Sergi\t17/06/2024\n"
        "Sicilia\tComune di Catania\tSindaco Enrico Lombardo\t09/09/2024\n"
        "Sardegna\tComune di Sassari\tSindaco Giuseppe Satta\t09/09/2024",
        "Per aderire alla Carta è sufficiente una delibera di giunta: scarica il modello e "
        "invialo alla segreteria nazionale.\n\nScarica la Carta (PDF)",
        "Novara/IT; Brescia/IT; Padua|Padova/IT; La Spezia/IT; Udine/IT; Bolzano/IT; "
        "Ferrara/IT; Livorno/IT; Pesaro/IT; Terni/IT; Latina/IT; Salerno/IT; "
        "Città metropolitana di Bari|Metropolitan City of Bari/IT/metropolitan area; "
        "Lecce/IT; Catania/IT; Sassari/IT",
        "tab table with the region before the body and signer and date columns after; "
        "`Comune della Spezia`; signers named Savona, Trento, Napoli, Taranto; a metropolitan "
        "city among the comuni; presented in Rome, which did not sign",
    ),
    Page(
        "ca-manifest-ajuntaments-comarca-bullets-diputacio",
        "ca",
        "bulleted;region_after;not_signatory;body_not_city;majority_other_country",
        "Manifest dels municipis per un habitatge digne: entitats signants",
        (2025, 1, 28),
        "Inici\n>\nActualitat\n>\nManifest per l'habitatge\n\n"
        "Més de vint governs locals han signat a Manresa el Manifest dels municipis per un "
        "habitatge digne, que reclama més recursos per ampliar el parc d'habitatge públic i "
        "eines per limitar els pisos buits. L'acte va tenir lloc a la Sala Gòtica de "
        "l'Ajuntament de Manresa, amfitrió de la trobada, i va comptar amb la presència de la "
        "consellera de Territori.\n\n"
        "Han signat el manifest:\n",
        "• Ajuntament de Vic (Osona)\n"
        "• Ajuntament de l'Hospitalet de Llobregat (Barcelonès)\n"
        "• Ajuntament d'Olot (Garrotxa)\n"
        "• Ajuntament de Reus (Baix Camp)\n"
        "• Ajuntament de Tortosa (Baix Ebre)\n"
        "• Ajuntament de la Seu d'Urgell (Alt Urgell)\n"
        "• Ajuntament de Figueres (Alt Empordà)\n"
        "• Ajuntament de Lleida (Segrià)\n"
        "• Ajuntament de Mataró (Maresme)\n"
        "• Ajuntament de Granollers (Vallès Oriental)\n"
        "• Ajuntament de Sabadell (Vallès Occidental)\n"
        "• Ajuntament de Palma (Mallorca)\n"
        "• Ajuntament de Gandia (la Safor)\n"
        "• Comú d'Escaldes-Engordany (Andorra)\n"
        "• Diputació de Girona",
        "El manifest continua obert a noves adhesions. Els ajuntaments interessats poden "
        "enviar l'acord de ple a l'oficina tècnica de la xarxa, a Barcelona.\n\n"
        "Més informació: habitatge@example.cat",
        "Vic/ES; L'Hospitalet de Llobregat/ES; Olot/ES; Reus/ES; Tortosa/ES; "
        "La Seu d'Urgell/ES; Figueres/ES; Lleida/ES; Mataró/ES; Granollers/ES; Sabadell/ES; "
        "Palma/ES; Gandia/ES; Escaldes-Engordany|les Escaldes/AD; "
        "Diputació de Girona|Province of Girona/ES/province",
        "`Ajuntament de/d'/de l'/de la X (comarca)` bullets; an Andorran parish `Comú d'...` "
        "among Spanish towns; a provincial council at the end; the host Manresa and the "
        "office in Barcelona did not sign",
    ),
    Page(
        "ro-stire-membri-noi-municipiile-si-comuna",
        "ro",
        "running_text;not_signatory",
        "Șapte noi membri în Asociația Orașelor Sănătoase din România",
        (2025, 3, 26),
        "Acasă\n»\nNoutăți\n»\nComunicate\n\n"
        "Adunarea Generală a asociației, desfășurată joi la Sibiu, în Sala Thalia, a aprobat "
        "cererile de aderare depuse în ultimele șase luni. Cu noile adeziuni, rețeaua numără "
        "acum 46 de autorități locale din 29 de județe.\n",
        "Au devenit membri cu drepturi depline municipiile Alba Iulia, Sfântu Gheorghe, Bistrița "
        "și Târgu Jiu, precum și orașele Sighișoara și Câmpulung Moldovenesc. Comuna Ciugud, din "
        "județul Alba, s-a alăturat rețelei ca membru asociat, fiind prima comună din asociație.",
        "„Sănătatea se construiește în cartiere, în școli și în piețe, nu doar în spitale”, a "
        "declarat președintele asociației, primarul municipiului Oradea, Florin Bogdan. "
        "Gazda reuniunii, primarul Sibiului, a prezentat programul local de prevenție pentru "
        "vârstnici, iar reprezentanții municipiului Bistrița au anunțat că vor găzdui "
        "Adunarea Generală din toamnă.\n\n"
        "Următoarea întâlnire a grupului de lucru pentru mobilitate activă va avea loc la "
        "Timișoara, pe 14 mai.\n\n"
        "Persoană de contact: secretariat@example.ro",
        "Alba Iulia/RO; Sfântu Gheorghe/RO; Bistrița/RO; Târgu Jiu/RO; Sighișoara/RO; "
        "Câmpulung Moldovenesc/RO; Ciugud/RO",
        "new members in running text, `municipiile X, Y și Z, precum și orașele ...` then a "
        "commune `Comuna Ciugud, din județul Alba`; the venue Sibiu (`Sibiului`), the president's "
        "Oradea and the next venue Timișoara did not join; Bistrița named again as a future host",
    ),
    Page(
        "hu-tatai-nyilatkozat-alairok-tabla-varmegye-polgarmester",
        "hu",
        "table_tabs;columns_after;not_signatory;inflected",
        "A Tatai Nyilatkozat aláírói",
        (2024, 9, 19),
        "Főoldal\n/\nKezdeményezések\n/\nTatai Nyilatkozat\n\n"
        "A Tatai Nyilatkozatot a víztakarékos városokért 2024 szeptemberében, Tatán fogadták el "
        "a Magyar Városok Klímaszövetségének éves konferenciáján. Az aláíró önkormányzatok "
        "vállalják, hogy 2030-ig felmérik csapadékvíz-gazdálkodásuk helyzetét, és minden új "
        "közterület-felújításnál zöldfelületet alakítanak ki.\n\n"
        "Az aláírók listája (a csatlakozás sorrendjében):\n",
        "Település\tVármegye\tAláíró\tTisztség\n"
        "Debrecen\tHajdú-Bihar\tDr. Szabó Péter\tpolgármester\n"
        "Szeged\tCsongrád-Csanád\tKiss Erzsébet\talpolgármester\n"
        "Győr\tGyőr-Moson-Sopron\tNémeth Balázs\tpolgármester\n"
        "Pécs\tBaranya\tDr. Horváth Judit\tpolgármester\n"
        "Miskolc\tBorsod-Abaúj-Zemplén\tVarga Tamás\talpolgármester\n"
        "Nyíregyháza\tSzabolcs-Szatmár-Bereg\tTóth Gergely\tpolgármester\n"
        "Kecskemét\tBács-Kiskun\tFarkas Zsuzsanna\tpolgármester\n"
        "Székesfehérvár\tFejér\tMolnár András\tpolgármester\n"
        "Szombathely\tVas\tDr. Balogh Eszter\talpolgármester\n"
        "Eger\tHeves\tPapp László\tpolgármester\n"
        "Sopron\tGyőr-Moson-Sopron\tLakatos Márta\tpolgármester\n"
        "Gödöllő\tPest\tSimon Ádám\tpolgármester\n"
        "Szentendre\tPest\tFehér Krisztina\tpolgármester\n"
        "Vác\tPest\tOláh Bence\tjegyző",
        "A nyilatkozathoz a konferencia után is lehet csatlakozni: a képviselő-testületi "
        "határozatot a szövetség budapesti irodájába kell megküldeni.\n\n"
        "A nyilatkozat szövege (PDF)",
        "Debrecen/HU; Szeged/HU; Győr/HU; Pécs/HU; Miskolc/HU; Nyíregyháza/HU; Kecskemét/HU; "
        "Székesfehérvár/HU; Szombathely/HU; Eger/HU; Sopron/HU; Gödöllő/HU; Szentendre/HU; "
        "Vác/HU",
        "tab table with county, signer and title columns after the place; a county whose name "
        "holds two member towns (Győr-Moson-Sopron); the declaration is named after its "
        "venue Tata (`Tatán`, `Tatai`), the office in Budapest (`budapesti`): neither signed",
    ),
    Page(
        "sk-clenovia-zdruzenia-kraje-nadpisy-primatori",
        "sk",
        "one_a_line;region_heading;person_after;person_named_like_place",
        "Členské mestá",
        (2025, 1, 15),
        "Úvod\n>\nO nás\n>\nČlenovia\n\n"
        "Združenie miest pre aktívnu mobilitu združuje mestá, ktoré sa zaviazali budovať "
        "bezpečné cyklotrasy, upokojovať dopravu pri školách a podporovať verejnú dopravu. "
        "Sekretariát združenia sídli v Bratislave.\n\n"
        "Počet členov: 21\n",
        "Bratislavský kraj (3)\n"
        "Mesto Pezinok – primátor Igor Kováč\n"
        "Mesto Senec – primátor Dušan Hrnčiar\n"
        "Mesto Malacky – primátorka Jana Kučerová\n\n"
        "Trnavský kraj (3)\n"
        "Mesto Trnava – primátor Peter Šimko\n"
        "Mesto Piešťany – primátor Martin Nitra\n"
        "Mesto Hlohovec – primátor Miroslav Bielik\n\n"
        "Nitriansky kraj (2)\n"
        "Mesto Komárno – primátor Béla Szabó\n"
        "Mesto Levice – primátor Ján Oravec\n\n"
        "Trenčiansky kraj (2)\n"
        "Mesto Trenčín – primátor Richard Holub\n"
        "Mesto Prievidza – primátorka Katarína Lacková\n\n"
        "Žilinský kraj (3)\n"
        "Mesto Žilina – primátor Peter Kmeť\n"
        "Mesto Martin – primátor Ján Mikuš\n"
        "Mesto Ružomberok – primátor Michal Krajčí\n\n"
        "Banskobystrický kraj (3)\n"
        "Mesto Banská Bystrica – primátor Ján Vrabec\n"
        "Mesto Zvolen – primátor Vladimír Hudák\n"
        "Mesto Brezno – primátor Tomáš Kubík\n\n"
        "Prešovský kraj (3)\n"
        "Mesto Prešov – primátorka Andrea Jurková\n"
        "Mesto Poprad – primátor Anton Žiak\n"
        "Mesto Bardejov – primátor Boris Pavlík\n\n"
        "Košický kraj (2)\n"
        "Mesto Michalovce – primátor Viliam Baláž\n"
        "Mesto Spišská Nová Ves – primátor Pavol Mráz",
        "Chcete, aby sa vaše mesto stalo členom? Prihlášku spolu s uznesením mestského "
        "zastupiteľstva pošlite na sekretariát združenia.\n\nPrihláška (DOCX)",
        "Pezinok/SK; Senec/SK; Malacky/SK; Trnava/SK; Piešťany/SK; Hlohovec/SK; Komárno/SK; "
        "Levice/SK; Trenčín/SK; Prievidza/SK; Žilina/SK; Martin/SK; Ružomberok/SK; "
        "Banská Bystrica/SK; Zvolen/SK; Brezno/SK; Prešov/SK; Poprad/SK; Bardejov/SK; "
        "Michalovce/SK; Spišská Nová Ves/SK",
        "`Mesto X – primátor Name` lines under kraj headings with counts (kraje named after "
        "member cities); a mayor named Martin Nitra beside the town Martin; the secretariat "
        "in Bratislava (`v Bratislave`) is not a member",
    ),
    Page(
        "fi-julkilausuma-kaupungit-genetiivi-seka-lahdessa",
        "fi",
        "running_text;inflected;not_signatory",
        "Kaupungit vaativat lisää rahoitusta joukkoliikenteelle",
        (2024, 11, 7),
        "Etusivu\n›\nAjankohtaista\n›\nUutiset\n\n"
        "Suurten ja keskisuurten kaupunkien verkoston syyskokous hyväksyi Lahdessa torstaina "
        "julkilausuman, jossa valtiota vaaditaan nostamaan joukkoliikenteen tukea ja "
        "sitoutumaan raitiotiehankkeiden rahoitukseen pitkällä aikavälillä.\n",
        "Julkilausuman allekirjoittivat Oulun, Jyväskylän, Kuopion, Joensuun ja Rovaniemen "
        "kaupungit sekä Porvoon, Hämeenlinnan ja Mikkelin kaupungit, joiden valtuustot olivat "
        "jo aiemmin linjanneet asiasta. Kokouksen jälkeen julkilausumaan ovat yhtyneet myös "
        "Seinäjoen ja Kokkolan kaupungit sekä Vaasan kaupunki.",
        "– Joukkoliikenne on kaupunkien elinvoiman perusta. Ilman valtion tukea vuorovälit "
        "harvenevat ja lippujen hinnat nousevat, totesi verkoston puheenjohtaja, Tampereen "
        "apulaispormestari Sanna Lahti.\n\n"
        "Kokouksen isäntänä toiminut Lahden kaupunki esitteli osallistujille "
        "matkakeskuksensa uudistusta. Verkoston seuraava kokous pidetään Turussa keväällä.\n\n"
        "Lisätietoja: verkoston sihteeristö, Helsinki",
        "Oulu/FI; Jyväskylä/FI; Kuopio/FI; Joensuu/FI; Rovaniemi/FI; Porvoo/FI; "
        "Hämeenlinna/FI; Mikkeli/FI; Seinäjoki/FI; Kokkola/FI; Vaasa/FI",
        "genitives in running text, `Oulun, Jyväskylän ... ja Rovaniemen kaupungit sekä ...`, "
        "later joiners in another sentence; the host Lahti (`Lahdessa`, `Lahden kaupunki`), the "
        "chair's Tampere, a chair named Lahti, the next venue Turku (`Turussa`) and Helsinki "
        "did not sign",
    ),
    Page(
        "lv-jaunumi-jauni-biedri-eksonimi-valstis",
        "lv",
        "bulleted;country_in_language;inflected;not_signatory",
        "Savienībai pievienojušies septiņi jauni biedri",
        (2024, 10, 17),
        "Sākums\n/\nJaunumi\n\n"
        "Baltijas jūras pilsētu savienības 18. ģenerālkonferencē, kas notika Liepājā no 15. "
        "līdz 17. oktobrim, delegāti apstiprināja septiņu jaunu biedru uzņemšanu. Konferenci "
        "atklāja Liepājas valstspilsētas domes priekšsēdētājs, un tajā piedalījās vairāk nekā "
        "300 dalībnieku no desmit valstīm.\n\n"
        "Jaunie biedri:\n",
        "– Jelgavas valstspilsētas pašvaldība (Latvija)\n"
        "– Rēzeknes valstspilsētas pašvaldība (Latvija)\n"
        "– Pērnava (Igaunija)\n"
        "– Šauļi (Lietuva)\n"
        "– Gdiņa (Polija)\n"
        "– Kalmāra (Zviedrija)\n"
        "– Rostoka (Vācija)",
        "„Jauno biedru pieredze piekrastes aizsardzībā un ostu pilsētu attīstībā bagātinās "
        "mūsu kopīgo darbu,” sacīja savienības prezidente, Turku pilsētas padomes locekle "
        "Anna Lindholm. Nākamā ģenerālkonference notiks 2026. gadā Gdaņskā.\n\n"
        "Savienības sekretariāts atrodas Kauņā.",
        "Jelgava/LV; Rēzekne/LV; Pärnu/EE; Šiauliai/LT; Gdynia/PL; Kalmar/SE; Rostock/DE",
        "dash bullets of new members, two Latvian `X valstspilsētas pašvaldība` in the genitive, "
        "the others as Latvian exonyms (Pērnava, Šauļi, Gdiņa, Kalmāra, Rostoka) with countries "
        "in Latvian; the venue Liepāja (`Liepājā`), the president's Turku, the next venue "
        "Gdańsk (`Gdaņskā`) and the secretariat's Kaunas (`Kauņā`) are not new members",
    ),
    Page(
        "vi-tuyen-bo-chung-danh-sach-thanh-pho-ky-tinh",
        "vi",
        "numbered;region_after;person_after;body_not_city;not_signatory",
        "Tuyên bố chung của các đô thị Việt Nam về thích ứng với biến đổi khí hậu",
        (2024, 8, 22),
        "Trang chủ\n>\nTin tức\n>\nHoạt động mạng lưới\n\n"
        "Tại Hội nghị thường niên của Mạng lưới các đô thị thích ứng với biến đổi khí hậu, "
        "tổ chức tại thành phố Đà Nẵng ngày 21/8/2024, đại diện lãnh đạo các địa phương đã "
        "ký Tuyên bố chung, cam kết lồng ghép thích ứng khí hậu vào quy hoạch đô thị, đầu tư "
        "hệ thống thoát nước và cảnh báo sớm ngập lụt.\n\n"
        "Danh sách các địa phương ký Tuyên bố chung:\n",
        "1. Thành phố Hải Phòng – Ông Nguyễn Văn Tùng, Phó Chủ tịch UBND thành phố\n"
        "2. Thành phố Cần Thơ – Bà Trần Thị Mai, Chủ tịch UBND thành phố\n"
        "3. Thành phố Huế, tỉnh Thừa Thiên Huế – Ông Lê Quang Minh, Chủ tịch UBND thành phố\n"
        "4. Tỉnh Quảng Ninh – Ông Phạm Đức Long, Phó Chủ tịch UBND tỉnh\n"
        "5. Thành phố Vinh, tỉnh Nghệ An – Ông Hồ Văn Thành, Chủ tịch UBND thành phố\n"
        "6. Thành phố Quy Nhơn, tỉnh Bình Định – Bà Võ Thị Hạnh, Phó Chủ tịch UBND thành phố\n"
        "7. Thành phố Nha Trang, tỉnh Khánh Hòa – Ông Đặng Văn Hải, Chủ tịch UBND thành phố\n"
        "8. Thành phố Buôn Ma Thuột, tỉnh Đắk Lắk – Ông Y Điêng Niê, Phó Chủ tịch UBND thành phố\n"
        "9. Thành phố Đà Lạt, tỉnh Lâm Đồng – Bà Nguyễn Thị Lan, Chủ tịch UBND thành phố\n"
        "10. Thành phố Thái Nguyên, tỉnh Thái Nguyên – Ông Đỗ Mạnh Cường, Chủ tịch UBND thành phố\n"
        "11. Thành phố Nam Định, tỉnh Nam Định – Ông Trần Quốc Bảo, Chủ tịch UBND thành phố\n"
        "12. Thành phố Vũng Tàu, tỉnh Bà Rịa – Vũng Tàu – Bà Lê Thị Thu, Phó Chủ tịch UBND "
        "thành phố",
        "Hội nghị cũng thống nhất chọn thành phố Cần Thơ làm nơi tổ chức hội nghị năm 2025. "
        "Văn phòng điều phối của Mạng lưới đặt tại Hà Nội.\n\n"
        "Tải văn bản Tuyên bố chung (PDF)",
        "Haiphong|Hai Phong/VN; Cần Thơ/VN; Huế/VN; "
        "Tỉnh Quảng Ninh|Quang Ninh Province/VN/province; Vinh/VN; Qui Nhon|Quy Nhơn/VN; "
        "Nha Trang/VN; Buôn Ma Thuột/VN; Da Lat|Đà Lạt/VN; Thái Nguyên/VN; Nam Định/VN; "
        "Vũng Tàu/VN",
        "numbered `Thành phố X, tỉnh Y – Ông/Bà Name, title` lines, provinces named like their "
        "city (Thái Nguyên, Nam Định, Bà Rịa – Vũng Tàu with a dash inside), a province among "
        "the cities; the venue Đà Nẵng and the office in Hà Nội did not sign; Cần Thơ signed "
        "and hosts next year",
    ),
    Page(
        "id-anggota-baru-kartu-kota-kabupaten-provinsi",
        "id",
        "one_a_line;region_after;columns_after;body_not_city;not_signatory",
        "Selamat datang, sepuluh anggota baru Jejaring Kota Hijau Indonesia",
        (2025, 3, 12),
        "Beranda\n»\nBerita\n»\nKabar Jejaring\n\n"
        "Rapat Kerja Nasional Jejaring Kota Hijau Indonesia yang digelar di Kota Bogor pada "
        "10–11 Maret 2025 mengesahkan keanggotaan sepuluh pemerintah daerah baru. Dengan "
        "tambahan ini, jejaring kini beranggotakan 74 kota dan kabupaten dari 30 provinsi.\n\n"
        "Ketua Jejaring, Wali Kota Probolinggo Hendra Saputra, menyampaikan bahwa anggota baru "
        "akan langsung dilibatkan dalam program penanaman pohon peneduh dan bank sampah.\n\n"
        "Anggota baru 2025\n",
        "Kota Semarang\nJawa Tengah\nBergabung: Maret 2025\nLihat profil\n\n"
        "Kota Balikpapan\nKalimantan Timur\nBergabung: Maret 2025\nLihat profil\n\n"
        "Kota Padang\nSumatera Barat\nBergabung: Maret 2025\nLihat profil\n\n"
        "Kota Kupang\nNusa Tenggara Timur\nBergabung: Maret 2025\nLihat profil\n\n"
        "Kabupaten Sleman\nDI Yogyakarta\nBergabung: Maret 2025\nLihat profil\n\n"
        "Kota Ambon\nMaluku\nBergabung: Maret 2025\nLihat profil\n\n"
        "Kota Manado\nSulawesi Utara\nBergabung: Maret 2025\nLihat profil\n\n"
        "Kota Pontianak\nKalimantan Barat\nBergabung: Maret 2025\nLihat profil\n\n"
        "Kota Mataram\nNusa Tenggara Barat\nBergabung: Maret 2025\nLihat profil\n\n"
        "Kabupaten Banyuwangi\nJawa Timur\nBergabung: Maret 2025\nLihat profil",
        "Terima kasih kepada Pemerintah Kota Bogor selaku tuan rumah Rakernas 2025. "
        "Rakernas berikutnya akan diselenggarakan di Kota Makassar.\n\n"
        "Sekretariat Jejaring Kota Hijau Indonesia\nJl. Gatot Subroto No. 12, Jakarta Selatan",
        "Semarang/ID; Balikpapan/ID; Padang/ID; Kupang/ID; "
        "Kabupaten Sleman|Sleman Regency/ID/county; Ambon/ID; Manado/ID; Pontianak/ID; "
        "Mataram/ID; Kabupaten Banyuwangi|Banyuwangi Regency/ID/county",
        "member cards four lines each (`Kota X` or `Kabupaten X`, province, date, `Lihat "
        "profil`), two regencies among the cities; the host Bogor, the chair's Probolinggo, the "
        "next host Makassar and the secretariat in Jakarta are not new members",
    ),
]

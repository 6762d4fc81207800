"""Batch r43a: 14 pages of 14 invented city networks in 13 languages, held out from round 43.

Written without reading the reader or running it: 7 joint statements and declarations with
their signatories and 7 member directories and news items of cities joining, in en (a global
network), fr, de, es (the Mediterranean and the Andes), it, pt BR, nl, pl, sv, cs, ro, tr and
ja (6 to 31 entries): `Name, Mayor of X, Country` lines beside a host city that did not sign,
mayors named Adelaide, Lincoln, Sydney, Chester, Florence, Jordan, Austin; French member cards
one field a line (`France · Pays de la Loire`, `Membre depuis 2016`, `Voir la fiche`); a
German tab table with Land, population and date columns after the city; Spanish country
headings with counts over exonyms (`Marsella`, `Tesalónica`, `Susa`, `La Valeta`); Italian
signature blocks of a metropolitan city, a province and two unions of municipalities beside
comuni, signed in Parma, which did not sign; Brazilian `Prefeitura de X (UF)` bullets with the
coordinator's city; Dutch numbered `Name, burgemeester van X` with mayors named Kampen,
Van Deventer, Tiel, Van Breda, Weert; Polish genitives in running text with `oraz` and a
venue `w Lublinie`; Swedish `X kommun`, `Borås Stad` under `län` headings; Czech
`starostka města Litomyšle` genitives signed in Telč; Romanian `Municipiul`, `Orașul`,
`Comuna X (județul Y)` under a venue; Turkish name lines over `X Büyükşehir Belediye
Başkanı` with mayors named Aydın and Ceyhan; Japanese `札幌市（北海道）` under region headings;
Andean `Municipalidad Provincial del Cusco (Perú) – Name, Alcalde` with a host La Paz.
The networks, statements and people are invented; the places are real.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "en-r43a-heat-statement-name-mayor-of-country-named-like-places-durban-host",
        "en",
        "one_a_line;person_before;person_named_like_place;not_signatory",
        "Durban Statement on Extreme Heat: mayors commit to protect residents",
        (2024, 11, 14),
        "Mayors and governors from five continents adopted the Durban Statement on Extreme "
        "Heat on the closing day of the Heat-Ready Cities Summit, hosted by eThekwini "
        "Municipality at the Durban International Convention Centre.\n\n"
        "\u201cHeat is now the deadliest climate hazard our residents face,\u201d said Nomvula "
        "Dlamini-Reid, Deputy Mayor of the host city, who welcomed the delegations. Durban did "
        "not sign the statement at the summit: its council will vote on its own heat action "
        "plan in the spring and has said it will join afterwards.\n\n"
        "The statement commits its signatories to appoint a chief heat officer or an "
        "equivalent lead, to map heat risk at neighbourhood level by the end of next year, to "
        "open cooling centres within walking distance of vulnerable households, and to report "
        "their progress to the Global Coalition of Heat-Ready Cities every year.\n\n"
        "Signatories",
        "Adelaide Okonkwo, Mayor of Accra, Ghana\n"
        "Rafael Duarte Lins, Mayor of Recife, Brazil\n"
        "Lincoln Mwangi Karanja, Governor of Nairobi City County, Kenya\n"
        "Maria Sydney Bautista, Mayor of Quezon City, Philippines\n"
        "Hiral Desai, Mayor of Ahmedabad, India\n"
        "Chester Alvarado Ruiz, Municipal President of Monterrey, Mexico\n"
        "Eleni Papadaki, Mayor of Athens, Greece\n"
        "Florence Kamara-Cole, Mayor of Freetown, Sierra Leone\n"
        "Nusrat Jahan Haque, Mayor of Dhaka, Bangladesh\n"
        "Teresa Ocampo Vidal, Mayor of Seville, Spain\n"
        "Jordan Whitaker, Mayor of Phoenix, United States\n"
        "Geneviève Austin-Roy, Mayor of Montréal, Canada\n"
        "Priscilla Nakato Ssali, Lord Mayor of Kampala, Uganda\n"
        "Oliver Tran, Lord Mayor of Melbourne, Australia",
        "The statement remains open for signature. Cities that wish to join should write to "
        "the Coalition's secretariat; signatures received after the summit are added to this "
        "page in the order they arrive.\n\n"
        "Download the statement (PDF, 212 KB)",
        "Accra/GH; Recife/BR; Nairobi/KE; Quezon City/PH; Ahmedabad/IN; Monterrey/MX; "
        "Athens/GR; Freetown/SL; Dhaka/BD; Seville/ES; Phoenix/US; Montréal/CA; Kampala/UG; "
        "Melbourne/AU",
    ),
    Page(
        "fr-r43a-annuaire-villes-fiches-pays-region-membre-depuis-voir-la-fiche",
        "fr",
        "one_a_line;columns_after;country_in_language;region_after",
        "Les villes membres du réseau",
        (2024, 9, 2),
        "Le Réseau francophone des villes en transition alimentaire rassemble des villes "
        "de France, de Belgique, de Suisse et du Québec qui mettent en œuvre un projet "
        "alimentaire territorial. Retrouvez ci-dessous la fiche de chaque ville membre.\n\n"
        "Filtrer : Tous les pays \u25be   Toutes les thématiques \u25be\n"
        "13 résultats",
        "Angers\nFrance · Pays de la Loire\nMembre depuis 2016\nVoir la fiche\n\n"
        "Besançon\nFrance · Bourgogne-Franche-Comté\nMembre depuis 2014\nVoir la fiche\n\n"
        "Dijon\nFrance · Bourgogne-Franche-Comté\nMembre depuis 2019\nVoir la fiche\n\n"
        "Gatineau\nCanada · Québec\nMembre depuis 2021\nVoir la fiche\n\n"
        "Grenoble\nFrance · Auvergne-Rhône-Alpes\nMembre depuis 2014\nVoir la fiche\n\n"
        "La Rochelle\nFrance · Nouvelle-Aquitaine\nMembre depuis 2018\nVoir la fiche\n\n"
        "Lausanne\nSuisse · Vaud\nMembre depuis 2017\nVoir la fiche\n\n"
        "Liège\nBelgique · Wallonie\nMembre depuis 2015\nVoir la fiche\n\n"
        "Lorient\nFrance · Bretagne\nMembre depuis 2020\nVoir la fiche\n\n"
        "Mons\nBelgique · Wallonie\nMembre depuis 2022\nVoir la fiche\n\n"
        "Namur\nBelgique · Wallonie\nMembre depuis 2016\nVoir la fiche\n\n"
        "Neuchâtel\nSuisse · Neuchâtel\nMembre depuis 2023\nVoir la fiche\n\n"
        "Sherbrooke\nCanada · Québec\nMembre depuis 2020\nVoir la fiche",
        "Votre ville souhaite rejoindre le réseau ? Téléchargez le dossier d'adhésion et "
        "contactez l'équipe d'animation.",
        "Angers/FR; Besançon/FR; Dijon/FR; Gatineau/CA; Grenoble/FR; La Rochelle/FR; "
        "Lausanne/CH; Liège/BE; Lorient/FR; Mons/BE; Namur/BE; Neuchâtel/CH; Sherbrooke/CA",
    ),
    Page(
        "de-r43a-erklaerung-waermewende-tabelle-bundesland-einwohner-datum-hannover",
        "de",
        "table_tabs;columns_after;region_after;no_country;not_signatory",
        "Erklärung „Wärme für alle“: Diese Städte haben unterzeichnet",
        (2024, 6, 20),
        "Mit der Erklärung „Wärme für alle“ verpflichten sich Städte des Bündnisses Kommunale "
        "Wärmewende, ihre kommunale Wärmeplanung sozial gerecht umzusetzen: Kein Haushalt soll "
        "durch den Umstieg auf erneuerbare Wärme mehr als zehn Prozent seines Einkommens für "
        "Heizung ausgeben müssen.\n\n"
        "Die Erklärung wurde im März auf der Fachtagung des Bündnisses in Hannover vorgestellt. "
        "Seither haben 16 Städte unterzeichnet; die Liste wird laufend ergänzt.\n\n"
        "Unterzeichnende Städte (Stand: Juni 2024)",
        "Stadt\tBundesland\tEinwohner\tunterzeichnet am\n"
        "Freiburg im Breisgau\tBaden-Württemberg\t236.000\t12.03.2024\n"
        "Tübingen\tBaden-Württemberg\t92.000\t12.03.2024\n"
        "Heidelberg\tBaden-Württemberg\t160.000\t14.03.2024\n"
        "Münster\tNordrhein-Westfalen\t320.000\t14.03.2024\n"
        "Kassel\tHessen\t204.000\t21.03.2024\n"
        "Darmstadt\tHessen\t162.000\t21.03.2024\n"
        "Marburg\tHessen\t77.000\t04.04.2024\n"
        "Erlangen\tBayern\t117.000\t04.04.2024\n"
        "Bamberg\tBayern\t79.000\t11.04.2024\n"
        "Jena\tThüringen\t111.000\t18.04.2024\n"
        "Potsdam\tBrandenburg\t187.000\t25.04.2024\n"
        "Göttingen\tNiedersachsen\t118.000\t02.05.2024\n"
        "Lüneburg\tNiedersachsen\t79.000\t02.05.2024\n"
        "Oldenburg\tNiedersachsen\t172.000\t16.05.2024\n"
        "Greifswald\tMecklenburg-Vorpommern\t60.000\t06.06.2024\n"
        "Konstanz\tBaden-Württemberg\t86.000\t13.06.2024",
        "Ihre Stadt möchte die Erklärung unterzeichnen? Senden Sie den Ratsbeschluss oder "
        "die unterschriebene Erklärung an die Geschäftsstelle des Bündnisses.",
        "Freiburg im Breisgau/DE; Tübingen/DE; Heidelberg/DE; Münster/DE; Kassel/DE; "
        "Darmstadt/DE; Marburg/DE; Erlangen/DE; Bamberg/DE; Jena/DE; Potsdam/DE; "
        "Göttingen/DE; Lüneburg/DE; Oldenburg/DE; Greifswald/DE; Konstanz/DE",
    ),
    Page(
        "es-r43a-red-ciudades-costeras-mediterraneas-miembros-paises-exonimos-conteos",
        "es",
        "one_a_line;region_heading;country_in_language",
        "Ciudades miembro de la Red Mediterránea de Ciudades Costeras",
        (2024, 5, 8),
        "La Red Mediterránea de Ciudades Costeras reúne a 30 ciudades de 11 países de las "
        "dos orillas del Mediterráneo que trabajan juntas frente a la erosión del litoral, la "
        "subida del nivel del mar y la presión turística. La secretaría técnica de la Red "
        "tiene su sede en Barcelona.\n\n"
        "Miembros por país",
        "España (6)\nAlicante\nAlmería\nCartagena\nMálaga\nTarragona\nValencia\n\n"
        "Francia (4)\nMarsella\nMontpellier\nNiza\nTolón\n\n"
        "Italia (4)\nBari\nGénova\nNápoles\nPalermo\n\n"
        "Grecia (2)\nPatras\nTesalónica\n\n"
        "Croacia (2)\nRijeka\nSplit\n\n"
        "Chipre (2)\nLarnaca\nLimasol\n\n"
        "Malta (1)\nLa Valeta\n\n"
        "Líbano (2)\nBeirut\nSidón\n\n"
        "Marruecos (2)\nTánger\nTetuán\n\n"
        "Túnez (3)\nBizerta\nSfax\nSusa\n\n"
        "Turquía (2)\nEsmirna\nMersin",
        "¿Su ciudad quiere formar parte de la Red? Consulte los requisitos de adhesión y "
        "escriba a la secretaría técnica.",
        "Alicante/ES; Almería/ES; Cartagena/ES; Málaga/ES; Tarragona/ES; Valencia/ES; "
        "Marseille/FR; Montpellier/FR; Nice/FR; Toulon/FR; "
        "Bari/IT; Genoa/IT; Naples/IT; Palermo/IT; Patras/GR; Thessaloniki/GR; "
        "Rijeka/HR; Split/HR; Larnaca/CY; Limassol/CY; Valletta/MT; Beirut/LB; Sidon/LB; "
        "Tangier/MA; Tétouan/MA; Bizerte/TN; Sfax/TN; Sousse/TN; İzmir/TR; Mersin/TR",
    ),
    Page(
        "it-r43a-carta-acqua-firme-citta-metropolitana-provincia-unioni-comuni-parma-sede",
        "it",
        "person_after;body_not_city;not_signatory;no_country",
        "Carta emiliano-romagnola per l'acqua bene comune: i firmatari",
        (2024, 3, 22),
        "In occasione della Giornata mondiale dell'acqua, gli enti locali aderenti alla Rete "
        "dei Territori per l'Acqua Pubblica hanno sottoscritto a Parma, nella sala del "
        "Consiglio dell'Auditorium Paganini, la Carta emiliano-romagnola per l'acqua bene "
        "comune. Il Comune di Parma, che ha ospitato l'incontro, aderirà alla Carta dopo il "
        "voto del Consiglio comunale previsto per maggio.\n\n"
        "Con la Carta gli enti si impegnano a ridurre le perdite delle reti idriche sotto il "
        "25% entro il 2030, a promuovere il riuso delle acque depurate in agricoltura e a "
        "garantire a tutte le famiglie un quantitativo minimo vitale di acqua.\n\n"
        "Hanno firmato:",
        "Per il Comune di Piacenza\nla Sindaca, Chiara Bellotti\n\n"
        "Per la Provincia di Reggio Emilia\nil Presidente, Marco Ferrandi\n\n"
        "Per il Comune di Modena\nil Sindaco, Davide Cavazzuti\n\n"
        "Per l'Unione Terre di Castelli\nil Presidente, Lorenzo Manfredini\n\n"
        "Per la Città metropolitana di Bologna\nla Consigliera delegata, Silvia Grandi\n\n"
        "Per il Comune di Ferrara\nl'Assessora all'Ambiente, Beatrice Tassinari\n\n"
        "Per l'Unione della Romagna Faentina\nil Presidente, Giacomo Zauli\n\n"
        "Per il Comune di Ravenna\nil Sindaco, Matteo Casadio\n\n"
        "Per il Comune di Cesena\nla Vicesindaca, Elena Gori",
        "La Carta resta aperta all'adesione di tutti i Comuni, le Unioni e le Province "
        "dell'Emilia-Romagna. Il testo integrale è disponibile nella sezione Documenti.",
        "Piacenza/IT; Provincia di Reggio Emilia|Province of Reggio Emilia/IT/province; "
        "Modena/IT; Unione Terre di Castelli|Terre di Castelli/IT/union of municipalities; "
        "Città metropolitana di Bologna|Metropolitan City of Bologna/IT/metropolitan area; "
        "Ferrara/IT; "
        "Unione della Romagna Faentina|Romagna Faentina/IT/union of municipalities; "
        "Ravenna/IT; Cesena/IT",
    ),
    Page(
        "pt-r43a-novos-municipios-rede-primeira-infancia-prefeitura-uf-coordenacao-curitiba",
        "pt",
        "bulleted;state_codes;no_country;not_signatory",
        "Sete municípios aderem à Rede Cidades pela Primeira Infância",
        (2024, 8, 27),
        "A Rede Cidades pela Primeira Infância ganhou sete novos membros neste mês. Com as "
        "novas adesões, a rede passa a reunir 64 municípios de 19 estados comprometidos com "
        "planos municipais para crianças de zero a seis anos.\n\n"
        "\u201cCada novo município amplia a troca de experiências entre gestores\u201d, afirmou "
        "Luciana Tavares Brito, secretária de Educação de Curitiba, cidade que coordena a "
        "rede neste biênio.\n\n"
        "Os novos membros são:",
        "• Prefeitura de Maringá (PR)\n"
        "• Prefeitura Municipal de Caruaru (PE)\n"
        "• Prefeitura de Sobral (CE)\n"
        "• Prefeitura de Petrópolis (RJ)\n"
        "• Prefeitura de Blumenau (SC)\n"
        "• Prefeitura de Palmas (TO)\n"
        "• Prefeitura de Juiz de Fora (MG)",
        "Os novos municípios participarão do encontro nacional da rede em outubro, quando "
        "apresentarão seus diagnósticos sobre a primeira infância.",
        "Maringá/BR; Caruaru/BR; Sobral/BR; Petrópolis/BR; Blumenau/BR; Palmas/BR; Juiz de Fora/BR",
    ),
    Page(
        "nl-r43a-verklaring-burgemeesters-genummerd-namen-als-plaatsen-den-haag",
        "nl",
        "numbered;person_before;person_named_like_place;no_country;not_signatory",
        "Burgemeesters vragen om structurele middelen voor de jeugdzorg",
        (2024, 10, 3),
        "Veertien burgemeesters uit Nederland en Vlaanderen, verenigd in het Netwerk "
        "Jeugd en Stad, hebben een gezamenlijke verklaring ondertekend over de financiering "
        "van de jeugdzorg. De verklaring is dinsdag in Den Haag aangeboden aan de "
        "staatssecretaris en aan de Vlaamse minister van Welzijn.\n\n"
        "De burgemeesters vragen om meerjarige afspraken in plaats van jaarlijkse "
        "incidentele bijdragen, zodat gemeenten wachtlijsten kunnen wegwerken en "
        "jongerenwerkers in vaste dienst kunnen nemen.\n\n"
        "De verklaring is ondertekend door:",
        "1. Joost Kampen, burgemeester van Zwolle\n"
        "2. Els van Deventer, burgemeester van Apeldoorn\n"
        "3. Henk Tiel, burgemeester van Nijmegen\n"
        "4. Sietske Hoekstra, burgemeester van Leeuwarden\n"
        "5. Koen Brouwers, burgemeester van Groningen\n"
        "6. Marloes Visser, burgemeester van Enschede\n"
        "7. Pieter-Jan de Wit, burgemeester van Delft\n"
        "8. Ingrid Zaal, burgemeester van Leiden\n"
        "9. Ahmed el Amrani, burgemeester van Amersfoort\n"
        "10. Thijs van Breda, burgemeester van 's-Hertogenbosch\n"
        "11. Anouk Weert, burgemeester van Maastricht\n"
        "12. Lieven De Smedt, burgemeester van Gent\n"
        "13. Griet Vermeulen, burgemeester van Leuven\n"
        "14. Jorien Maes, burgemeester van Hasselt",
        "Andere gemeenten kunnen de verklaring nog tot 1 december mede ondertekenen via het "
        "secretariaat van het netwerk.",
        "Zwolle/NL; Apeldoorn/NL; Nijmegen/NL; Leeuwarden/NL; Groningen/NL; Enschede/NL; "
        "Delft/NL; Leiden/NL; Amersfoort/NL; 's-Hertogenbosch/NL; Maastricht/NL; Gent/BE; "
        "Leuven/BE; Hasselt/BE",
    ),
    Page(
        "pl-r43a-nowi-czlonkowie-running-dopelniacz-oraz-zgromadzenie-w-lublinie",
        "pl",
        "running_text;inflected;not_signatory;no_country",
        "Sześć nowych miast w Sieci Miast Przyjaznych Seniorom",
        (2024, 4, 16),
        "Sieć Miast Przyjaznych Seniorom powiększyła się o sześć samorządów. To największa "
        "grupa nowych członków od czasu założenia sieci.",
        "Uchwały o przystąpieniu do Sieci podjęły w ostatnich miesiącach rady miast "
        "Przemyśla, Zamościa, Krosna, Słupska, Puław oraz Kościerzyny. Ich przedstawiciele "
        "odebrali certyfikaty członkowskie podczas zgromadzenia ogólnego, które odbyło się "
        "w ubiegły czwartek w Lublinie.",
        "\u201eSeniorzy stanowią już co czwartego mieszkańca naszych miast i to oni powinni "
        "współtworzyć politykę senioralną\u201d \u2013 mówiła podczas zgromadzenia "
        "przewodnicząca zarządu Sieci, Barbara Wilczyńska-Pawlak.\n\n"
        "Nowi członkowie przygotują w ciągu roku lokalne diagnozy potrzeb osób starszych.",
        "Przemyśl/PL; Zamość/PL; Krosno/PL; Słupsk/PL; Puławy/PL; Kościerzyna/PL",
    ),
    Page(
        "sv-r43a-medlemskommuner-lan-rubriker-kommun-genitiv-stad",
        "sv",
        "one_a_line;region_heading;inflected;no_country",
        "Våra medlemskommuner",
        (2024, 2, 12),
        "Nätverket Hållbar Mat i Offentlig Sektor samlar kommuner som arbetar för mer "
        "närproducerad och klimatsmart mat i skolor, förskolor och äldreomsorg. Här är "
        "nätverkets 31 medlemskommuner, ordnade efter län.",
        "Skåne län\nEslövs kommun\nHöörs kommun\nLunds kommun\nTrelleborgs kommun\n"
        "Ystads kommun\n\n"
        "Kalmar län\nKalmar kommun\nNybro kommun\nOskarshamns kommun\n\n"
        "Kronobergs län\nAlvesta kommun\nLjungby kommun\nVäxjö kommun\n\n"
        "Västra Götalands län\nAlingsås kommun\nBorås Stad\nLidköpings kommun\n\n"
        "Örebro län\nAskersunds kommun\nKumla kommun\nÖrebro kommun\n\n"
        "Västmanlands län\nKöpings kommun\nSala kommun\nVästerås stad\n\n"
        "Gävleborgs län\nGävle kommun\nHudiksvalls kommun\nLjusdals kommun\n"
        "Sandvikens kommun\n\n"
        "Dalarnas län\nFalu kommun\nLudvika kommun\nMora kommun\n\n"
        "Västerbottens län\nRobertsfors kommun\nSkellefteå kommun\nUmeå kommun\n"
        "Vännäs kommun",
        "Vill din kommun bli medlem? Kontakta nätverkets samordnare för mer information om "
        "medlemsavgift och åtaganden.",
        "Eslöv/SE; Höör/SE; Lund/SE; Trelleborg/SE; Ystad/SE; Kalmar/SE; Nybro/SE; "
        "Oskarshamn/SE; Alvesta/SE; Ljungby/SE; Växjö/SE; Alingsås/SE; Borås/SE; "
        "Lidköping/SE; Askersund/SE; Kumla/SE; Örebro/SE; Köping/SE; Sala/SE; Västerås/SE; "
        "Gävle/SE; Hudiksvall/SE; Ljusdal/SE; Sandviken/SE; Falun/SE; Ludvika/SE; Mora/SE; "
        "Robertsfors/SE; Skellefteå/SE; Umeå/SE; Vännäs/SE",
    ),
    Page(
        "cs-r43a-prohlaseni-starostu-historickych-mest-genitivy-tituly-v-telci",
        "cs",
        "one_a_line;person_before;inflected;not_signatory;no_country",
        "Prohlášení starostů historických měst k financování obnovy památek",
        (2024, 5, 30),
        "Starostky, starostové a primátoři měst sdružených v síti Historická města Čech, "
        "Moravy a Slezska se sešli v Telči na výročním jednání sítě. Město Telč, které setkání "
        "hostilo, se k prohlášení připojí po projednání v zastupitelstvu.\n\n"
        "Signatáři vyzývají vládu, aby navýšila prostředky Programu regenerace městských "
        "památkových rezervací a zón a aby města mohla čerpat podporu i na obnovu "
        "veřejných prostranství v historických centrech.\n\n"
        "Prohlášení podepsali:",
        "Mgr. Jana Horáková, starostka města Litomyšle\n"
        "Ing. Petr Doležal, primátor statutárního města Tábora\n"
        "Bc. Lucie Krejčí, starostka města Písku\n"
        "Ing. Tomáš Vlček, primátor statutárního města Třebíče\n"
        "Mgr. Karel Novotný, starosta města Kroměříže\n"
        "Ing. Martina Šťastná, starostka města Vsetína\n"
        "JUDr. Ondřej Kubát, starosta města Chebu\n"
        "Ing. Radek Polák, starosta města Jičína\n"
        "Mgr. Eva Benešová, starostka města Náchoda\n"
        "Ing. Zdeněk Marek, starosta města Kutné Hory\n"
        "Mgr. Hana Sýkorová, starostka města Žatce",
        "Prohlášení bude zasláno předsedovi vlády a ministru kultury. Další města se k němu "
        "mohou připojit prostřednictvím sekretariátu sítě.",
        "Litomyšl/CZ; Tábor/CZ; Písek/CZ; Třebíč/CZ; Kroměříž/CZ; Vsetín/CZ; Cheb/CZ; "
        "Jičín/CZ; Náchod/CZ; Kutná Hora/CZ; Žatec/CZ",
    ),
    Page(
        "ro-r43a-aderare-membri-noi-municipiul-orasul-comuna-judetul-paranteze-brasov",
        "ro",
        "bulleted;region_after;not_signatory;no_country",
        "Șase unități administrativ-teritoriale noi în Asociația Localităților pentru "
        "Mobilitate Activă",
        (2024, 7, 9),
        "Adunarea generală a Asociației Localităților pentru Mobilitate Activă, reunită "
        "joi la Brașov, a aprobat aderarea a șase unități administrativ-teritoriale. Odată "
        "cu acestea, asociația numără 41 de membri din 23 de județe.\n\n"
        "Noii membri sunt:",
        "– Municipiul Bistrița (județul Bistrița-Năsăud)\n"
        "– Municipiul Mediaș (județul Sibiu)\n"
        "– Municipiul Rădăuți (județul Suceava)\n"
        "– Orașul Sinaia (județul Prahova)\n"
        "– Orașul Cisnădie (județul Sibiu)\n"
        "– Comuna Ciugud (județul Alba)",
        "\u201eMobilitatea activă nu este doar pentru marile orașe\u201d, a declarat "
        "președintele asociației, Adrian Mocanu-Stan, subliniind că și o comună poate "
        "construi trasee sigure pentru biciclete către școli.\n\n"
        "Noii membri vor participa la programul de schimb de experiență din toamnă.",
        "Bistrița/RO; Mediaș/RO; Rădăuți/RO; Sinaia/RO; Cisnădie/RO; Ciugud/RO",
    ),
    Page(
        "tr-r43a-karadeniz-ortak-bildirgesi-isim-ustte-baskan-altta-aydin-ceyhan-adli",
        "tr",
        "person_before;person_named_like_place;no_country",
        "Karadeniz Kıyı Kentleri Ortak Bildirgesi",
        (2024, 9, 18),
        "Karadeniz Kıyı Kentleri Birliği'nin Giresun'da düzenlenen toplantısında kıyı "
        "erozyonu, deniz kirliliği ve taşkın riskine karşı ortak bir bildirge kabul edildi. "
        "Bildirgeyi imzalayan belediyeler, kıyı şeridi planlarını birlikte hazırlamayı, "
        "dere yataklarında yapılaşmayı önlemeyi ve deniz suyu kalitesi verilerini ortak bir "
        "platformda yayımlamayı taahhüt ediyor.\n\n"
        "İmzacılar:",
        "Aydın Yıldırım\nSamsun Büyükşehir Belediye Başkanı\n\n"
        "Ceyhan Koç\nOrdu Büyükşehir Belediye Başkanı\n\n"
        "Selin Karaosmanoğlu\nTrabzon Büyükşehir Belediye Başkanı\n\n"
        "Murat Eren Aksoy\nGiresun Belediye Başkanı\n\n"
        "Hatice Demirtaş\nRize Belediye Başkanı\n\n"
        "Oğuzhan Kalkan\nArtvin Belediye Başkanı\n\n"
        "Gülşen Akbulut\nSinop Belediye Başkanı\n\n"
        "Erkan Toprak\nZonguldak Belediye Başkanı\n\n"
        "Nesrin Uğurlu\nBartın Belediye Başkanı\n\n"
        "Kadir Sarıkaya\nKastamonu Belediye Başkanı",
        "Bildirge, Çevre, Şehircilik ve İklim Değişikliği Bakanlığı'na iletilecek. Birliğin "
        "bir sonraki toplantısı ilkbaharda yapılacak.",
        "Samsun/TR; Ordu/TR; Trabzon/TR; Giresun/TR; Rize/TR; Artvin/TR; Sinop/TR; "
        "Zonguldak/TR; Bartın/TR; Kastamonu/TR",
    ),
    Page(
        "ja-r43a-kaiin-toshi-ichiran-chiho-midashi-kensu-ken-kakko",
        "ja",
        "one_a_line;region_heading;region_after;no_country",
        "会員都市一覧",
        (2024, 4, 1),
        "全国ウォーカブル都市ネットワークは、歩いて楽しいまちづくりに取り組む自治体の"
        "ネットワークです。2024年4月1日現在、21市が会員として参加しています。",
        "北海道・東北（4市）\n札幌市（北海道）\n旭川市（北海道）\n盛岡市（岩手県）\n"
        "仙台市（宮城県）\n\n"
        "関東（4市）\n宇都宮市（栃木県）\n前橋市（群馬県）\n川越市（埼玉県）\n柏市（千葉県）\n\n"
        "中部（4市）\n新潟市（新潟県）\n金沢市（石川県）\n松本市（長野県）\n浜松市（静岡県）\n\n"
        "近畿（3市）\n京都市（京都府）\n奈良市（奈良県）\n姫路市（兵庫県）\n\n"
        "中国・四国（3市）\n岡山市（岡山県）\n松山市（愛媛県）\n高知市（高知県）\n\n"
        "九州・沖縄（3市）\n北九州市（福岡県）\n熊本市（熊本県）\n那覇市（沖縄県）",
        "入会をご希望の自治体は、事務局までお問い合わせください。",
        "Sapporo/JP; Asahikawa/JP; Morioka/JP; Sendai/JP; Utsunomiya/JP; Maebashi/JP; "
        "Kawagoe/JP; Kashiwa/JP; Niigata/JP; Kanazawa/JP; Matsumoto/JP; Hamamatsu/JP; "
        "Kyoto/JP; Nara/JP; Himeji/JP; Okayama/JP; Matsuyama/JP; Kochi/JP; Kitakyushu/JP; "
        "Kumamoto/JP; Naha/JP",
    ),
    Page(
        "es-r43a-declaracion-alcaldes-andinos-municipalidad-pais-parentesis-la-paz-sede",
        "es",
        "one_a_line;person_after;region_after;country_in_language;not_signatory",
        "Declaración andina de alcaldes sobre el agua y los glaciares",
        (2024, 10, 24),
        "Reunidos en La Paz en el marco del III Foro Andino de Ciudades y Agua, alcaldes y "
        "alcaldesas de cinco países firmaron una declaración conjunta para proteger las "
        "fuentes de agua de montaña frente al retroceso de los glaciares. El Gobierno "
        "Autónomo Municipal de La Paz, anfitrión del foro, participó como observador.\n\n"
        "Los firmantes se comprometen a proteger los páramos y bofedales que abastecen a sus "
        "ciudades, a reducir las pérdidas de agua potable y a compartir datos hidrológicos "
        "a través de la Alianza Andina de Ciudades por el Agua.\n\n"
        "Firmantes",
        "Municipalidad Provincial del Cusco (Perú) – Rolando Quispe Huamán, Alcalde\n"
        "Municipalidad Provincial de Arequipa (Perú) – Lucía Paredes Zegarra, Alcaldesa\n"
        "Municipalidad Provincial de Trujillo (Perú) – Javier Rebaza Cornejo, Alcalde\n"
        "Municipalidad Provincial de Cajamarca (Perú) – Hugo Chilón Vargas, Alcalde\n"
        "GAD Municipal de Cuenca (Ecuador) – Andrea Vintimilla Ordóñez, Alcaldesa\n"
        "GAD Municipal de Loja (Ecuador) – Fabián Jaramillo Celi, Alcalde\n"
        "GAD Municipal de Riobamba (Ecuador) – Paúl Guamán Yépez, Alcalde\n"
        "Gobierno Autónomo Municipal de Cochabamba (Bolivia) – Rosa Mamani Claure, Alcaldesa\n"
        "Gobierno Autónomo Municipal de Sucre (Bolivia) – Eduardo Arancibia Poma, Alcalde\n"
        "Gobierno Autónomo Municipal de Oruro (Bolivia) – Wilma Choque Flores, Alcaldesa\n"
        "Alcaldía de Manizales (Colombia) – Santiago Londoño Arango, Alcalde\n"
        "Alcaldía de Pasto (Colombia) – Diana Benavides Rosero, Alcaldesa\n"
        "Alcaldía de Popayán (Colombia) – Camilo Muñoz Caicedo, Alcalde\n"
        "Municipalidad de la Ciudad de Salta (Argentina) – Verónica Güemes Ruiz, Intendenta\n"
        "Municipalidad de San Salvador de Jujuy (Argentina) – Martín Sosa Tolaba, Intendente",
        "La declaración será presentada en la próxima Conferencia de las Partes. Otras "
        "ciudades andinas pueden adherirse escribiendo a la secretaría de la Alianza.",
        "Cusco/PE; Arequipa/PE; Trujillo/PE; Cajamarca/PE; Cuenca/EC; Loja/EC; Riobamba/EC; "
        "Cochabamba/BO; Sucre/BO; Oruro/BO; Manizales/CO; Pasto/CO; Popayán/CO; Salta/AR; "
        "San Salvador de Jujuy/AR",
    ),
]

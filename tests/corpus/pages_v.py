"""Hand-written pages, batch v: written for issue #20 as a held-out check, before any change to
the reader for them. 24 short pages in 24 languages (en, fr, de, es, it, pt, nl, pl, sv, da, no,
fi, cs, sk, hr, sl, hu, ro, el, bg, lt, lv, et, tr), each with 3 to 12 signatories and a body of
a few sentences, in the single commonest shape a national association of municipalities or a
city network of that country uses for a short signatory or new-member list: a UK bullet list of
`X City Council`; French `aux villes d'Angers, de Brest ... et de X`; German `die Hansestadt X,
die Große Kreisstadt Y und die Universitätsstadt Z`; Spanish `los ayuntamientos de X, Y y Z`;
Italian `i Comuni di X, Y e Z`; Portuguese `Município de X` bullets; Dutch `de gemeenten X en
Y`; Polish `Prezydent Miasta Bydgoszczy – Name` lines; Swedish `Jönköpings kommun`, `Borås
stad` lines; Danish `X Kommune ... og Y Kommune`; Norwegian `X kommune` lines; Finnish genitive
plural `Jyväskylän, Kuopion ... ja Turun kaupungit`; Czech genitives `měst Jihlavy, Olomouce`;
Slovak numbered `Mesto X – primátor`; Croatian genitives `gradonačelnici Splita, Rijeke`;
Slovenian `Mestna občina X`, `Občina Y` dashes; Hungarian `X, Y és Z polgármestere`; Romanian
`municipiile X și Y`; Greek `οι Δήμοι Καλαμάτας, Τρικκαίων`; Bulgarian `общините X и Y`;
Lithuanian `Kauno miesto ... ir Alytaus miesto savivaldybės`; Latvian `X valstspilsētas
pašvaldība` lines; Estonian `Name, Tartu linnapea` lines; Turkish `X, Y ve Z belediyeleri`.
One trap a page: a venue or host in the local case (`w Poznaniu`, `Helsingissä`, `v Hradci
Králové`, `u Varaždinu`, `Veszprémben`, `Druskininkuose`, `Siguldā`, `Paides`, `İstanbul'daki`),
a secretariat's seat, Palazzo Marino, people named Guarda and Skive, a host town named Martin.
Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-councils-sign-pledge-bullets-venue",
        "en",
        "bulleted;one_a_line;no_country;not_signatory",
        "Six more councils sign the Net Zero Pledge",
        (2025, 2, 11),
        "Home > News > Net zero\n\n"
        "Six more local authorities have signed our Net Zero Pledge, committing to bring "
        "emissions across their area to net zero by 2045 at the latest. The pledge was launched "
        "at the LGA Annual Conference in Harrogate last summer and has now been signed by 64 "
        "councils.\n\nThe new signatories are:",
        "• Bristol City Council\n"
        "• Leeds City Council\n"
        "• Nottingham City Council\n"
        "• Cardiff Council\n"
        "• Brighton & Hove City Council\n"
        "• Exeter City Council",
        "Is your council ready to sign? Get in touch with the team to find out more.",
        "Bristol/GB; Leeds/GB; Nottingham/GB; Cardiff/GB; Brighton and Hove|Brighton/GB; Exeter/GB",
        "a bullet list of `X City Council`, `Cardiff Council`, `Brighton & Hove City Council`; "
        "the venue Harrogate in the body",
    ),
    Page(
        "fr-bienvenue-aux-villes-de-et-besancon",
        "fr",
        "running_text;no_country;not_signatory",
        "Quatre nouvelles villes rejoignent le réseau",
        (2025, 3, 20),
        "Réuni à Besançon le 12 mars, le conseil d'administration a validé l'adhésion de quatre "
        "nouvelles collectivités.",
        "Le réseau souhaite la bienvenue aux villes d'Angers, de Brest, de Metz et de "
        "Saint-Brieuc, qui portent à 87 le nombre de ses membres.",
        "« Ces adhésions confirment l'intérêt des villes moyennes pour nos travaux », souligne "
        "la présidente du réseau, Claire Morin, adjointe au maire de Besançon. Les nouvelles "
        "adhérentes participeront dès juin aux premiers ateliers.",
        "Angers/FR; Brest/FR; Metz/FR; Saint-Brieuc/FR",
        "`aux villes d'Angers, de Brest, de Metz et de Saint-Brieuc` in a sentence; Besançon "
        "the meeting's venue and the president's city",
    ),
    Page(
        "de-neue-mitgliedsstaedte-ehrentitel-muenster",
        "de",
        "running_text;no_country;not_signatory;few",
        "Drei neue Mitgliedsstädte im Städtetag",
        (2024, 11, 28),
        "Das Präsidium des Städtetages hat in seiner Sitzung in Münster die Aufnahme von drei "
        "neuen Mitgliedern beschlossen.",
        "Neu dabei sind die Hansestadt Lüneburg, die Große Kreisstadt Freising und die "
        "Universitätsstadt Marburg.",
        "Damit vertritt der Verband nun 214 Städte mit rund 52 Millionen Einwohnerinnen und "
        "Einwohnern. Die neuen Mitglieder werden im Januar im Hauptausschuss begrüßt.",
        "Lüneburg/DE; Freising/DE; Marburg/DE",
        "`die Hansestadt X, die Große Kreisstadt Y und die Universitätsstadt Z` in one "
        "sentence; the venue Münster in the body",
    ),
    Page(
        "es-ayuntamientos-de-y-sede-madrid",
        "es",
        "running_text;no_country;not_signatory",
        "Cinco nuevos ayuntamientos se adhieren a la Red Española de Ciudades por el Clima",
        (2025, 4, 9),
        "La Junta de Gobierno de la FEMP, reunida en su sede de Madrid, ha aprobado las nuevas "
        "adhesiones a la Red Española de Ciudades por el Clima.",
        "Se incorporan a la Red los ayuntamientos de Alcobendas, Logroño, Cáceres, Ponferrada y "
        "Vitoria-Gasteiz.",
        "Con estas adhesiones, la Red suma ya 322 gobiernos locales, que representan a más de "
        "28 millones de habitantes.",
        "Alcobendas/ES; Logroño/ES; Cáceres/ES; Ponferrada/ES; Vitoria-Gasteiz/ES",
        "`los ayuntamientos de X, Y y Z` in a sentence; the FEMP's seat Madrid as the venue",
    ),
    Page(
        "it-comuni-di-palazzo-marino-ospite",
        "it",
        "running_text;no_country;not_signatory",
        "Qualità dell'aria, cinque Comuni lombardi firmano il protocollo",
        (2025, 1, 23),
        "È stato firmato questa mattina a Palazzo Marino, sede del Comune di Milano che ha "
        "ospitato l'incontro, il protocollo d'intesa promosso da ANCI Lombardia sulla qualità "
        "dell'aria.",
        "Al protocollo aderiscono i Comuni di Bergamo, Brescia, Cremona, Lecco e Pavia, che si "
        "impegnano a coordinare le misure antismog nei mesi invernali.",
        "Il testo resta aperto alla firma degli altri Comuni capoluogo della regione.",
        "Bergamo/IT; Brescia/IT; Cremona/IT; Lecco/IT; Pavia/IT",
        "`i Comuni di X, Y e Z` in a sentence; Palazzo Marino (Marino is a comune) and the host "
        "Milan before it",
    ),
    Page(
        "pt-municipio-de-bullets-secretaria-guarda",
        "pt",
        "bulleted;one_a_line;no_country;person_named_like_place",
        "Cinco municípios aderem à Rede Portuguesa de Municípios Saudáveis",
        (2024, 10, 15),
        "A Assembleia Intermunicipal da Rede aprovou a adesão de cinco novos membros, numa "
        "sessão que contou com a presença da secretária de Estado da Saúde, Helena Guarda.\n\n"
        "Passam a integrar a Rede:",
        "- Município de Braga\n"
        "- Município de Viseu\n"
        "- Município de Vila Real\n"
        "- Município de Évora\n"
        "- Município de Faro",
        "A Rede conta agora com 68 municípios associados.",
        "Braga/PT; Viseu/PT; Vila Real/PT; Évora/PT; Faro/PT",
        "`Município de X` bullets; a secretary of state named Guarda (a Portuguese city) in "
        "the body",
    ),
    Page(
        "nl-de-gemeenten-en-jaarcongres-maastricht",
        "nl",
        "running_text;no_country;not_signatory",
        "Zeven gemeenten tekenen manifest 'Samen tegen armoede'",
        (2025, 6, 4),
        "Zeven gemeenten hebben het manifest 'Samen tegen armoede' ondertekend. Het manifest "
        "werd dinsdag aangeboden tijdens het VNG Jaarcongres in Maastricht.",
        "De ondertekenaars zijn de gemeenten Alkmaar, Almere, Deventer, Ede, Haarlem, "
        "Leeuwarden en Zwolle.",
        "Andere gemeenten kunnen zich tot 1 juli bij het manifest aansluiten.",
        "Alkmaar/NL; Almere/NL; Deventer/NL; Ede/NL; Haarlem/NL; Leeuwarden/NL; Zwolle/NL",
        "`de gemeenten X, Y en Z` in a sentence; the congress venue Maastricht in the body",
    ),
    Page(
        "pl-prezydent-miasta-dopelniacz-poznaniu",
        "pl",
        "one_a_line;person_after;inflected;no_country;not_signatory",
        "Stanowisko prezydentów miast w sprawie finansowania komunikacji miejskiej",
        (2025, 3, 14),
        "Zarząd Związku Miast Polskich, obradujący 14 marca w Poznaniu, przyjął stanowisko w "
        "sprawie finansowania komunikacji miejskiej. Dokument podpisali:",
        "Prezydent Miasta Bydgoszczy – Rafał Nowak\n"
        "Prezydent Miasta Lublin – Krzysztof Wiśniewski\n"
        "Prezydent Miasta Rzeszowa – Tomasz Wójcik\n"
        "Prezydent Miasta Torunia – Paweł Kamiński\n"
        "Prezydent Miasta Opola – Anna Lewandowska\n"
        "Prezydent Miasta Kielce – Marek Zając",
        "Stanowisko zostało przekazane Ministrowi Infrastruktury.",
        "Bydgoszcz/PL; Lublin/PL; Rzeszów/PL; Toruń/PL; Opole/PL; Kielce/PL",
        "`Prezydent Miasta Bydgoszczy – Name` lines, genitive and nominative forms mixed as the "
        "cities write them; the venue in the locative `w Poznaniu`",
    ),
    Page(
        "sv-kommun-stad-lines-kansli-lund",
        "sv",
        "one_a_line;inflected;no_country;not_signatory",
        "Sex nya medlemmar i Klimatkommunerna",
        (2024, 12, 5),
        "Klimatkommunerna välkomnar sex nya medlemmar. Beslutet fattades av styrelsen vid "
        "mötet i Lund, där föreningens kansli finns.\n\nNya medlemmar:",
        "Borås stad\nGävle kommun\nJönköpings kommun\nLinköpings kommun\nLuleå kommun\nUmeå kommun",
        "Föreningen har nu 48 medlemmar, kommuner och regioner från hela landet.",
        "Borås/SE; Gävle/SE; Jönköping/SE; Linköping/SE; Luleå/SE; Umeå/SE",
        "`Jönköpings kommun`, `Borås stad` lines; Lund the board's venue and the secretariat's "
        "seat",
    ),
    Page(
        "da-kommune-og-koordinator-skive",
        "da",
        "running_text;no_country;person_named_like_place",
        "Fem kommuner er gået med i Klimaalliancen",
        (2025, 5, 13),
        "Fem kommuner har tilsluttet sig netværket og forpligter sig til at halvere "
        "udledningen fra egne bygninger inden 2030.",
        "Det drejer sig om Aalborg Kommune, Esbjerg Kommune, Horsens Kommune, Odense Kommune og "
        "Vejle Kommune.",
        '"Vi glæder os over den store interesse fra kommunerne," siger netværkets koordinator, '
        "Lene Skive.",
        "Aalborg/DK; Esbjerg/DK; Horsens/DK; Odense/DK; Vejle/DK",
        "`X Kommune, ... og Y Kommune` in a sentence; a coordinator named Skive (a Danish town)",
    ),
    Page(
        "no-kommune-lines-toppmote-lillestrom",
        "no",
        "one_a_line;no_country;not_signatory",
        "Fem kommuner har signert erklæringen om trygge oppvekstmiljø",
        (2025, 3, 6),
        "Erklæringen ble lagt fram på KS' kommunalpolitiske toppmøte på Lillestrøm i februar.\n\n"
        "Så langt har disse kommunene signert:",
        "Bergen kommune\nTrondheim kommune\nBodø kommune\nTromsø kommune\nKristiansand kommune",
        "Flere kommuner er ventet å slutte seg til i løpet av våren.",
        "Bergen/NO; Trondheim/NO; Bodø/NO; Tromsø/NO; Kristiansand/NO",
        "`X kommune` lines; the venue `på Lillestrøm` in the body",
    ),
    Page(
        "fi-kaupungit-genetiivi-helsingissa",
        "fi",
        "running_text;inflected;no_country;not_signatory",
        "Neljä kaupunkia allekirjoitti ilmastositoumuksen",
        (2024, 9, 17),
        "Kuntaliiton toimitalolla Helsingissä tiistaina järjestetyssä tilaisuudessa "
        "allekirjoitettiin kuntien ilmastositoumus.",
        "Sitoumuksen allekirjoittivat Jyväskylän, Kuopion, Oulun ja Turun kaupungit.",
        "Kaupungit sitoutuvat puolittamaan päästönsä vuoteen 2030 mennessä.",
        "Jyväskylä/FI; Kuopio/FI; Oulu/FI; Turku/FI",
        "genitives before a plural `Jyväskylän, Kuopion, Oulun ja Turun kaupungit`; the venue "
        "`Helsingissä`",
    ),
    Page(
        "cs-zastupci-mest-genitiv-hradci-kralove",
        "cs",
        "running_text;inflected;no_country;not_signatory",
        "Města podepsala memorandum o dostupném bydlení",
        (2025, 2, 26),
        "Na zasedání předsednictva Svazu měst a obcí ČR v Hradci Králové bylo podepsáno "
        "memorandum o podpoře dostupného bydlení.",
        "Memorandum podepsali primátoři a starostové měst Jihlavy, Olomouce, Pardubic, Zlína a "
        "Liberce.",
        "Svaz dokument předá Ministerstvu pro místní rozvoj.",
        "Jihlava/CZ; Olomouc/CZ; Pardubice/CZ; Zlín/CZ; Liberec/CZ",
        "genitives `měst Jihlavy, Olomouce, Pardubic, Zlína a Liberce`; the venue `v Hradci "
        "Králové`",
    ),
    Page(
        "sk-mesto-primator-numbered-hostitel-martin",
        "sk",
        "numbered;person_after;no_country;not_signatory",
        "Päť miest podpísalo memorandum o verejnej doprave",
        (2024, 10, 3),
        "Hostiteľom stretnutia Únie miest Slovenska bolo mesto Martin. Memorandum o spolupráci "
        "pri rozvoji verejnej dopravy podpísali:",
        "1. Mesto Trnava – primátor Peter Horváth\n"
        "2. Mesto Nitra – primátor Jozef Kováč\n"
        "3. Mesto Žilina – primátorka Jana Baláž\n"
        "4. Mesto Prešov – primátor Michal Tóth\n"
        "5. Mesto Banská Bystrica – primátor Ján Varga",
        "Memorandum je otvorené aj pre ďalšie mestá.",
        "Trnava/SK; Nitra/SK; Žilina/SK; Prešov/SK; Banská Bystrica/SK",
        "numbered `Mesto X – primátor Name` lines; the host town Martin (a name too) in the body",
    ),
    Page(
        "hr-gradonacelnici-genitiv-varazdinu",
        "hr",
        "running_text;inflected;no_country;not_signatory",
        "Potpisana Povelja o zelenoj gradnji",
        (2025, 4, 24),
        "Na skupštini Udruge gradova u Republici Hrvatskoj, održanoj u Varaždinu, potpisana je "
        "Povelja o zelenoj gradnji.",
        "Povelju su potpisali gradonačelnici Splita, Rijeke, Osijeka, Zadra i Pule.",
        "Povelja ostaje otvorena za potpisivanje svim gradovima članicama Udruge.",
        "Split/HR; Rijeka/HR; Osijek/HR; Zadar/HR; Pula/HR",
        "genitives `gradonačelnici Splita, Rijeke, Osijeka, Zadra i Pule`; the venue `u Varaždinu`",
    ),
    Page(
        "sl-mestna-obcina-dashes-seja-mariboru",
        "sl",
        "bulleted;one_a_line;no_country;not_signatory",
        "Štiri nove podpisnice zaveze za trajnostno mobilnost",
        (2024, 11, 19),
        "Na seji predsedstva Skupnosti občin Slovenije v Mariboru so zavezo podpisale štiri nove "
        "občine. Zavezi so pristopile:",
        "– Mestna občina Celje\n– Mestna občina Kranj\n– Občina Bled\n– Občina Piran",
        "S tem ima zaveza že 37 podpisnic.",
        "Celje/SI; Kranj/SI; Bled/SI; Piran/SI",
        "`Mestna občina X`, `Občina Y` dash lines; the venue `v Mariboru`",
    ),
    Page(
        "hu-polgarmestere-es-veszpremben",
        "hu",
        "running_text;no_country;not_signatory",
        "Öt megyei jogú város csatlakozott a klímanyilatkozathoz",
        (2025, 5, 29),
        "A Megyei Jogú Városok Szövetségének Veszprémben tartott közgyűlésén újabb városok "
        "csatlakoztak a klímavédelmi nyilatkozathoz.",
        "A dokumentumot Debrecen, Győr, Pécs, Szolnok és Nyíregyháza polgármestere írta alá.",
        "A nyilatkozatot eddig 19 város fogadta el.",
        "Debrecen/HU; Győr/HU; Pécs/HU; Szolnok/HU; Nyíregyháza/HU",
        "`X, Y és Z polgármestere` in a sentence; the venue `Veszprémben`",
    ),
    Page(
        "ro-municipiile-si-alba-iulia",
        "ro",
        "running_text;no_country;not_signatory",
        "Cinci municipii au aderat la Pactul pentru mobilitate urbană",
        (2024, 12, 12),
        "Adunarea generală a Asociației Municipiilor din România, desfășurată la Alba Iulia, a "
        "aprobat aderarea a cinci noi municipii la Pactul pentru mobilitate urbană.",
        "Au aderat municipiile Cluj-Napoca, Iași, Timișoara, Brașov și Oradea.",
        "Pactul a fost semnat până acum de 28 de municipii.",
        "Cluj-Napoca/RO; Iași/RO; Timișoara/RO; Brașov/RO; Oradea/RO",
        "`municipiile X, Y și Z` in a sentence; the venue `la Alba Iulia`",
    ),
    Page(
        "el-dimoi-geniki-alexandroupoli",
        "el",
        "running_text;inflected;no_country;not_signatory",
        "Πέντε νέοι δήμοι στο Εθνικό Δίκτυο Υγιών Πόλεων",
        (2025, 1, 30),
        "Στη συνεδρίαση του Διοικητικού Συμβουλίου της ΚΕΔΕ, που πραγματοποιήθηκε στην "
        "Αλεξανδρούπολη, εγκρίθηκε η ένταξη νέων μελών στο Εθνικό Δίκτυο Υγιών Πόλεων.",
        "Στο Δίκτυο εντάσσονται οι Δήμοι Καλαμάτας, Τρικκαίων, Ιωαννιτών, Χανίων και Βόλου.",
        "Το Δίκτυο αριθμεί πλέον 71 δήμους-μέλη.",
        "Kalamata/GR; Trikala/GR; Ioannina/GR; Chania/GR; Volos/GR",
        "`οι Δήμοι Καλαμάτας, Τρικκαίων, Ιωαννιτών, Χανίων και Βόλου` (official genitives); "
        "the venue `στην Αλεξανδρούπολη`",
    ),
    Page(
        "bg-obshtinite-i-domakin-gabrovo",
        "bg",
        "running_text;no_country;not_signatory",
        "Пет общини се присъединиха към Споразумението на кметовете",
        (2025, 6, 18),
        "На среща в Габрово, чийто домакин беше общината, Националното сдружение на общините в "
        "Република България представи новите членове на Споразумението на кметовете.",
        "Към Споразумението се присъединиха общините Бургас, Русе, Стара Загора, Плевен и Враца.",
        "Те ще изготвят планове за устойчива енергия и климат в срок от две години.",
        "Burgas/BG; Ruse/BG; Stara Zagora/BG; Pleven/BG; Vratsa/BG",
        "`общините X, Y и Z` in a sentence; the host Gabrovo (`в Габрово`) in the body",
    ),
    Page(
        "lt-miesto-savivaldybes-ir-druskininkuose",
        "lt",
        "running_text;inflected;no_country;not_signatory",
        "Memorandumą pasirašė penkios savivaldybės",
        (2024, 9, 26),
        "Lietuvos savivaldybių asociacijos suvažiavime Druskininkuose pasirašytas memorandumas "
        "dėl viešojo transporto finansavimo.",
        "Memorandumą pasirašė Kauno miesto, Klaipėdos miesto, Šiaulių miesto, Panevėžio miesto "
        "ir Alytaus miesto savivaldybės.",
        "Prie memorandumo ateityje galės prisijungti ir kitos savivaldybės.",
        "Kaunas/LT; Klaipėda/LT; Šiauliai/LT; Panevėžys/LT; Alytus/LT",
        "genitives `Kauno miesto, ... ir Alytaus miesto savivaldybės`; the venue `Druskininkuose`",
    ),
    Page(
        "lv-valstspilsetas-pasvaldiba-lines-sigulda",
        "lv",
        "one_a_line;inflected;no_country;not_signatory",
        "Deklarāciju par enerģētisko drošību parakstījušas sešas pašvaldības",
        (2025, 2, 13),
        "Latvijas Pašvaldību savienības domes sēdē Siguldā parakstīta deklarācija par "
        "pašvaldību enerģētisko drošību. To parakstījušas:",
        "Daugavpils valstspilsētas pašvaldība\n"
        "Jelgavas valstspilsētas pašvaldība\n"
        "Jūrmalas valstspilsētas pašvaldība\n"
        "Liepājas valstspilsētas pašvaldība\n"
        "Rēzeknes valstspilsētas pašvaldība\n"
        "Ventspils valstspilsētas pašvaldība",
        "Deklarācija nosūtīta Ministru kabinetam.",
        "Daugavpils/LV; Jelgava/LV; Jūrmala/LV; Liepāja/LV; Rēzekne/LV; Ventspils/LV",
        "`X valstspilsētas pašvaldība` lines with genitives; the venue `Siguldā`",
    ),
    Page(
        "et-name-linnapea-lines-paides",
        "et",
        "one_a_line;person_before;inflected;no_country;not_signatory",
        "Linnapead kirjutasid alla ühisele pöördumisele",
        (2024, 10, 22),
        "Eesti Linnade ja Valdade Liidu volikogu koosolekul Paides arutati riigieelarve kärpeid "
        "ja võeti vastu ühine pöördumine Vabariigi Valitsusele. Pöördumisele kirjutasid alla:",
        "Urmas Kask, Tartu linnapea\n"
        "Kadri Tamm, Pärnu linnapea\n"
        "Aleksei Ivanov, Narva linnapea\n"
        "Märt Saar, Viljandi linnapea\n"
        "Piret Lepp, Haapsalu linnapea",
        "Pöördumisega võivad liituda ka teised omavalitsused.",
        "Tartu/EE; Pärnu/EE; Narva/EE; Viljandi/EE; Haapsalu/EE",
        "`Name, X linnapea` lines (the city in the genitive); the venue `Paides`",
    ),
    Page(
        "tr-belediyeleri-ve-birlik-merkezi-istanbul",
        "tr",
        "running_text;no_country;not_signatory",
        "Birliğimize beş yeni üye",
        (2025, 4, 2),
        "Marmara Belediyeler Birliği Meclisi, İstanbul'daki Birlik merkezinde yapılan "
        "toplantıda yeni üyelik başvurularını onayladı.",
        "Birliğimize yeni katılan belediyeler Bilecik, Yalova, Gemlik, Bandırma ve Çorlu "
        "belediyeleri oldu.",
        "Böylece Birliğin üye sayısı 192'ye ulaştı.",
        "Bilecik/TR; Yalova/TR; Gemlik/TR; Bandırma/TR; Çorlu/TR",
        "`X, Y ve Z belediyeleri` in a sentence; the venue `İstanbul'daki Birlik merkezinde`",
    ),
]

"""Hand-written pages, batch r40b: held out from round 40, written without reading the reader,
its tests or other batches (but pages_s.py). Joint statements with signatory lists, member
directories and press releases about new members, in en, de, it, pt (Brazil), lt, ru, he, ar,
cs, nl and bg: signatory cards of name, title, city and country under a venue and a
secretariat with a metropolitan area among them; a UK directory of council cards with region,
population and year fields and a county council and a combined authority; a German press
release of new members in running text with `Landkreis`, `Verbandsgemeinde` and `sowie`; a
German directory under Land codes as headings over cards of mayors; an Italian joint
statement of `Name, Sindaco di X` lines with a metropolitan city and a union of
municipalities; an Italian numbered list of `Comune di X (PV)` with province codes that are
countries'; a Brazilian open letter of numbered `Name – Prefeita de X (UF)` lines with a
consortium; a Lithuanian directory table of city and district municipalities with county
columns; a Russian statement of mayors in the genitive with a region's government; a Hebrew
press release of new members with a cluster of local authorities; an Arabic joint statement
of `رئيس بلدية X` lines with a union of municipalities; a Czech directory of members under
kraj headings with a microregion and a region; a Dutch letter signed by municipalities with
province codes and a metropolitan region; a Bulgarian press release of new members with an
association of municipalities. Invented texts and people, real places.
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-clean-air-accord-signatory-cards-name-title-city-country",
        "en",
        "one_a_line;person_before;not_signatory;body_not_city;person_named_like_place",
        "Clean Air Accord: signatories",
        (2025, 9, 24),
        "Home > What we do > Air quality > Clean Air Accord\n\n"
        "The Clean Air Accord was opened for signature at the Global Mayors Forum in Rio de "
        "Janeiro, hosted by Mayor Rafael Moura Lima. By signing it, city leaders commit to set "
        "air-quality targets that meet the World Health Organization's interim guidelines by "
        "2030, to publish air-quality data every hour and to create low-emission zones in the "
        "areas where children breathe the dirtiest air.\n\n"
        "Our secretariat in London supports every signatory with a peer-to-peer programme "
        "and a monitoring toolkit. The accord builds on the commitments many cities made "
        "under the Paris Agreement and the Kigali Amendment.\n\n"
        "Signatories (12)\nFilter by region: All | Africa | Americas | Asia-Pacific | Europe",
        "Aminata Conteh Kamara\nMayor\nFreetown, Sierra Leone\nSigned 24 Sep 2025\n\n"
        "Laura Méndez Rojas\nMayor\nBogotá, Colombia\nSigned 24 Sep 2025\n\n"
        "Rafael Tavares\nMayor\nCuritiba, Brazil\nSigned 24 Sep 2025\n\n"
        "Mario Ferreira Duque\nIntendente\nMontevideo, Uruguay\nSigned 24 Sep 2025\n\n"
        "Abass Fall Diop\nMayor\nDakar, Senegal\nSigned 25 Sep 2025\n\n"
        "Victoria Ansah\nMayor (Metropolitan Chief Executive)\nAccra, Ghana\n"
        "Signed 25 Sep 2025\n\n"
        "Naveen Kulkarni\nMunicipal Commissioner\nPune, India\nSigned 25 Sep 2025\n\n"
        "Tahmina Rahman\nMayor\nDhaka, Bangladesh\nSigned 26 Sep 2025\n\n"
        "Dewi Kartika Santoso\nMayor\nSurabaya, Indonesia\nSigned 26 Sep 2025\n\n"
        "Nicholas Hale Holloway\nLord Mayor\nMelbourne, Australia\nSigned 30 Sep 2025\n\n"
        "Sheila Adams\nChair, Board of Directors\nMetro Vancouver, Canada\n"
        "Signed 2 Oct 2025\n\n"
        "Kate Morrison Ruiz\nMayor\nPhoenix, United States\nSigned 2 Oct 2025",
        "Is your city ready to sign? Contact cleanair@example.org\n\n"
        "Related\nLisbon and Seoul open their first zero-emission zones\n"
        "How Kampala measures the air near schools",
        "Freetown/SL; Bogotá/CO; Curitiba/BR; Montevideo/UY; Dakar/SN; Accra/GH; Pune/IN; "
        "Dhaka/BD; Surabaya/ID; Melbourne/AU; "
        "Metro Vancouver|Greater Vancouver/CA/metropolitan area; Phoenix/US",
        "signatory cards four lines each (name, title, `City, Country`, date) with Metro "
        "Vancouver as a metropolitan area; Rio de Janeiro the venue and host, London the "
        "secretariat, Paris and Kigali in treaty names, Lisbon, Seoul and Kampala in related "
        "links; a mayor named Victoria",
    ),
    Page(
        "en-healthy-cities-uk-member-directory-council-cards-region-fields",
        "en",
        "one_a_line;columns_after;body_not_city;no_country;person_named_like_place",
        "Our members",
        (2025, 4, 2),
        "Members\n\nThe UK Healthy Places Network brings together councils that put health "
        "and wellbeing at the heart of every policy. Members share practice through themed "
        "working groups and an annual conference, this year in Newcastle upon Tyne.\n\n"
        "Search members\nRegion\nAny\nSort by: A–Z\n\n13 results",
        "Bristol City Council\nRegion: South West\nPopulation: 472,000\nMember since: 2009\n"
        "View profile\n\n"
        "Cornwall Council\nRegion: South West\nPopulation: 577,000\nMember since: 2021\n"
        "View profile\n\n"
        "Derby City Council\nRegion: East Midlands\nPopulation: 261,000\nMember since: 2014\n"
        "View profile\n\n"
        "Kent County Council\nRegion: South East\nPopulation: 1,590,000\nMember since: 2023\n"
        "View profile\n\n"
        "Norwich City Council\nRegion: East of England\nPopulation: 144,000\n"
        "Member since: 2018\nView profile\n\n"
        "Plymouth City Council\nRegion: South West\nPopulation: 266,000\nMember since: 2012\n"
        "View profile\n\n"
        "Preston City Council\nRegion: North West\nPopulation: 148,000\nMember since: 2016\n"
        "View profile\n\n"
        "Sheffield City Council\nRegion: Yorkshire and the Humber\nPopulation: 556,000\n"
        "Member since: 2009\nView profile\n\n"
        "Stoke-on-Trent City Council\nRegion: West Midlands\nPopulation: 259,000\n"
        "Member since: 2019\nView profile\n\n"
        "Sunderland City Council\nRegion: North East\nPopulation: 277,000\n"
        "Member since: 2015\nView profile\n\n"
        "Wakefield Council\nRegion: Yorkshire and the Humber\nPopulation: 357,000\n"
        "Member since: 2020\nView profile\n\n"
        "West Midlands Combined Authority\nRegion: West Midlands\nPopulation: 2,940,000\n"
        "Member since: 2024\nView profile\n\n"
        "City of York Council\nRegion: Yorkshire and the Humber\nPopulation: 202,000\n"
        "Member since: 2022\nView profile",
        "Showing 1–13 of 13\n\nWant to join? Read about membership fees and benefits, or "
        "email our coordinator, Chester Williams, at hello@example.org.uk.",
        "Bristol/GB; Cornwall|Cornwall Council/GB/county; Derby/GB; "
        "Kent|Kent County Council/GB/county; Norwich/GB; Plymouth/GB; Preston/GB; "
        "Sheffield/GB; Stoke-on-Trent/GB; Sunderland/GB; Wakefield/GB; "
        "West Midlands Combined Authority|West Midlands/GB/metropolitan area; York/GB",
        "UK council cards five lines each (name, region, population, year, `View profile`) "
        "with two county councils and a combined authority; English regions named like "
        "places (West Midlands, North West); the conference venue Newcastle upon Tyne; a "
        "coordinator named Chester",
    ),
    Page(
        "de-pressemitteilung-neue-mitglieder-landkreis-verbandsgemeinde-sowie",
        "de",
        "running_text;paragraphs;body_not_city;not_signatory;region_after;person_before",
        "Klimaschutz vor Ort: Sieben neue Mitglieder im Kommunalen Klimanetzwerk",
        (2025, 3, 11),
        "Pressemitteilung\n\nFrankfurt am Main. Das Kommunale Klimanetzwerk wächst weiter: "
        "Auf seiner Mitgliederversammlung in Freiburg im Breisgau hat der Vorstand sieben "
        "neue Mitglieder aus Deutschland und Österreich aufgenommen. Gastgeber war "
        "Oberbürgermeister Martin Horn-Berger, der die Delegierten im Historischen Kaufhaus "
        "begrüßte.",
        "Neu dabei sind die Universitätsstadt Tübingen, die Große Kreisstadt Radebeul und die "
        "Stadt Landau in der Pfalz. Aus Bayern kommen die Gemeinde Ottobrunn (Landkreis "
        "München) und der Landkreis Ebersberg hinzu, der als erster Landkreis des Netzwerks "
        "alle 21 kreisangehörigen Gemeinden in seine Klimastrategie einbindet. Aus "
        "Rheinland-Pfalz ist die Verbandsgemeinde Nieder-Olm beigetreten, aus Niederösterreich "
        "die Stadtgemeinde Wolkersdorf im Weinviertel sowie die Marktgemeinde Perchtoldsdorf.",
        "„Dass ein Landkreis und eine Verbandsgemeinde mitmachen, zeigt, wie breit der "
        "Klimaschutz in den Kommunen inzwischen getragen wird“, sagte die Vorstandsvorsitzende "
        "Katrin Albers, Bürgermeisterin der Stadt Münster. Ihr Stellvertreter, "
        "Oberbürgermeister Jens Lüttke aus Potsdam, verwies auf das Bündnis der Städte des "
        "Aalborg-Prozesses.\n\n"
        "Dem Netzwerk gehören damit 412 Städte, Gemeinden und Landkreise an. Die "
        "Geschäftsstelle in Frankfurt am Main berät Interessierte.\n\n"
        "Pressekontakt: Lea Brandt, presse@example.de",
        "Tübingen/DE; Radebeul/DE; Landau in der Pfalz/DE; Ottobrunn/DE; "
        "Landkreis Ebersberg|Ebersberg District/DE/county; "
        "Verbandsgemeinde Nieder-Olm/DE/union of municipalities; "
        "Wolkersdorf im Weinviertel/AT; Perchtoldsdorf/AT",
        "new members in running text over two sentences with honorific names, a "
        "`Landkreis`, a `Verbandsgemeinde` and `sowie`; `Ottobrunn (Landkreis München)`; the "
        "venue Freiburg and host mayor, the board's Münster and Potsdam and the secretariat "
        "Frankfurt am Main not signatories; Aalborg in a process name",
    ),
    Page(
        "de-gesunde-staedte-mitgliederverzeichnis-laenderkuerzel-ueberschriften-karten",
        "de",
        "region_heading;state_codes;one_a_line;columns_after;body_not_city;no_country",
        "Mitgliedskommunen",
        (2025, 1, 20),
        "Netzwerk > Mitglieder > Verzeichnis\n\n"
        "Im Netzwerk Gesunde Kommunen arbeiten Städte, Gemeinden und Regionalverbände "
        "gemeinsam an gesundheitsfördernden Lebenswelten. Die Liste ist nach Ländern "
        "geordnet; Ansprechpersonen erreichen Sie über das jeweilige Profil. Die "
        "Koordination liegt beim Kompetenzzentrum in Hamburg.\n\n"
        "Alle Länder aufklappen | Alle zuklappen",
        "BW\n\n"
        "Stadt Heidelberg\nAnsprechperson: Dr. Miriam Kessler, Amt für Chancengleichheit\n"
        "Mitglied seit 1993\n\n"
        "Stadt Ludwigsburg\nAnsprechperson: Tobias Renner, Fachbereich Bürgerschaftliches "
        "Engagement\nMitglied seit 2011\n\n"
        "BY\n\n"
        "Stadt Erlangen\nAnsprechperson: Sabine Fürst, Gesundheitsamt\nMitglied seit 1990\n\n"
        "Stadt Fürth\nAnsprechperson: Holger Brandl, Referat für Soziales\n"
        "Mitglied seit 2004\n\n"
        "Stadt Regensburg\nAnsprechperson: Claudia Weiden, Amt für Sport und Freizeit\n"
        "Mitglied seit 2015\n\n"
        "HE\n\n"
        "Stadt Kassel\nAnsprechperson: Jonas Albrecht, Gesundheitsamt Region Kassel\n"
        "Mitglied seit 1999\n\n"
        "Universitätsstadt Marburg\nAnsprechperson: Petra Loewe, Fachdienst Gesundheit\n"
        "Mitglied seit 2008\n\n"
        "Regionalverband FrankfurtRheinMain\nAnsprechperson: Ulrich Sommer, Abteilung "
        "Regionalentwicklung\nMitglied seit 2022\n\n"
        "NW\n\n"
        "Stadt Bielefeld\nAnsprechperson: Aylin Demir, Gesundheits-, Veterinär- und "
        "Lebensmittelüberwachungsamt\nMitglied seit 1996\n\n"
        "Stadt Gelsenkirchen\nAnsprechperson: Frank Oster, Referat Gesundheit\n"
        "Mitglied seit 2002\n\n"
        "Stadt Herne\nAnsprechperson: Monika Wessel, Fachbereich Gesundheit\n"
        "Mitglied seit 2019\n\n"
        "ST\n\n"
        "Stadt Halle (Saale)\nAnsprechperson: Kerstin Laub, Fachbereich Gesundheit\n"
        "Mitglied seit 1997\n\n"
        "Landeshauptstadt Magdeburg\nAnsprechperson: René Vogt, Gesundheits- und "
        "Veterinäramt\nMitglied seit 2006\n\n"
        "TH\n\n"
        "Stadt Jena\nAnsprechperson: Anne Thiele, Fachdienst Gesundheit\nMitglied seit 2001\n\n"
        "Stadt Weimar\nAnsprechperson: Lukas Greiner, Amt für Familie und Soziales\n"
        "Mitglied seit 2020",
        "Ihre Kommune ist noch nicht dabei? Alle Informationen zur Mitgliedschaft finden Sie "
        "unter „Mitglied werden“.",
        "Heidelberg/DE; Ludwigsburg/DE; Erlangen/DE; Fürth/DE; Regensburg/DE; Kassel/DE; "
        "Marburg/DE; Regionalverband FrankfurtRheinMain|FrankfurtRheinMain/DE/union of "
        "municipalities; Bielefeld/DE; Gelsenkirchen/DE; Herne/DE; Halle (Saale)/DE; "
        "Magdeburg/DE; Jena/DE; Weimar/DE",
        "a members directory under Land codes as headings (BW, BY, ST, TH are countries' "
        "codes) over three-line cards `Stadt X` / contact person and office / year; a "
        "regional association; the coordinator Hamburg, offices named `Region Kassel`, a "
        "contact named Fürst",
    ),
    Page(
        "it-dichiarazione-congiunta-sindaco-di-citta-metropolitana-unione-firenze",
        "it",
        "one_a_line;person_before;body_not_city;not_signatory;person_named_like_place;no_country",
        "Dichiarazione congiunta dei sindaci sul trasporto pubblico locale",
        (2025, 5, 15),
        "Home › Comunicati › Dichiarazione congiunta\n\n"
        "Riuniti a Firenze, in Palazzo Vecchio, su invito della sindaca del capoluogo "
        "toscano, i sindaci di undici città, una città metropolitana e un'unione di comuni "
        "hanno sottoscritto la seguente dichiarazione.\n\n"
        "«Il trasporto pubblico locale è un servizio essenziale. Nello spirito della Carta "
        "di Lipsia e del Patto di Milano sulle politiche alimentari urbane, chiediamo al "
        "Governo e al Parlamento:\n"
        "1. un fondo nazionale stabile e adeguato all'inflazione;\n"
        "2. risorse per il rinnovo delle flotte con mezzi a zero emissioni;\n"
        "3. una regia condivisa con i Comuni per i servizi nelle aree interne.»\n\n"
        "Firmatari:",
        "Giulia Ferraris, Sindaca di Bergamo\n"
        "Paolo Benedetti, Sindaco di Brescia\n"
        "Michele Guarnieri, Sindaco di Parma\n"
        "Sergio Zanon, Sindaco di Padova\n"
        "Luca Bruni, Sindaco di Livorno\n"
        "Chiara Biagi, Sindaca di Pesaro\n"
        "Andrea Modena, Sindaco di Lucca\n"
        "Franco Dallapè, Sindaco di Trento\n"
        "Vito Lorusso, Sindaco di Bari\n"
        "Enzo Ferrante, Sindaco di Salerno\n"
        "Giuseppe Pinna, Sindaco di Sassari\n"
        "Silvia Ottonello, Sindaca metropolitana di Genova\n"
        "Elena Barozzi, Presidente dell'Unione dei Comuni del Frignano",
        "La dichiarazione resta aperta all'adesione di altri Comuni. Le adesioni vanno "
        "inviate alla segreteria dell'associazione, in via dei Prefetti a Roma.\n\n"
        "Leggi anche\nNapoli e Torino: nuove linee tranviarie entro il 2027\n"
        "Verona ospita il forum sulla mobilità dolce",
        "Bergamo/IT; Brescia/IT; Parma/IT; Padua/IT; Livorno/IT; Pesaro/IT; Lucca/IT; "
        "Trento/IT; Bari/IT; Salerno/IT; Sassari/IT; "
        "Città metropolitana di Genova|Metropolitan City of Genoa/IT/metropolitan area; "
        "Unione dei Comuni del Frignano|Frignano/IT/union of municipalities",
        "`Name, Sindaco di X` lines after 'Firmatari:' with `Sindaca metropolitana di Genova` "
        "(the metropolitan city, not Genoa) and a union of municipalities; the venue and host "
        "Firenze, Lipsia and Milano in charter names, Roma the secretariat, a mayor named "
        "Modena, other cities in 'Leggi anche'",
    ),
    Page(
        "it-nuovi-soci-elenco-numerato-comune-di-sigle-provincia-paesi",
        "it",
        "numbered;state_codes;no_country;not_signatory",
        "Quattordici nuovi Comuni entrano nella Rete Città Sane",
        (2024, 12, 3),
        "Notizie\n\n"
        "L'Assemblea nazionale della Rete, riunita a Udine il 28 novembre, ha approvato "
        "all'unanimità l'ingresso di quattordici nuovi Comuni. Con loro la Rete conta ora 83 "
        "enti soci in 18 regioni. Il presidente, assessore del Comune di Modena, ha "
        "ringraziato l'amministrazione ospitante per l'accoglienza.\n\n"
        "I nuovi soci sono:",
        "1. Comune di Pavia (PV)\n"
        "2. Comune di Lecco (LC)\n"
        "3. Comune di Savona (SV)\n"
        "4. Comune di Chieti (CH)\n"
        "5. Comune di Pescara (PE)\n"
        "6. Comune di Casalecchio di Reno (BO)\n"
        "7. Comune di Matera (MT)\n"
        "8. Comune di Cosenza (CS)\n"
        "9. Comune di Ragusa (RG)\n"
        "10. Comune di Treviso (TV)\n"
        "11. Comune di Pordenone (PN)\n"
        "12. Comune di Cremona (CR)\n"
        "13. Comune di Lodi (LO)\n"
        "14. Comune di Mantova (MN)",
        "Ogni nuovo socio indicherà un referente politico e uno tecnico entro gennaio. Il "
        "primo appuntamento sarà il seminario di Bologna sulle città attive, in primavera.",
        "Pavia/IT; Lecco/IT; Savona/IT; Chieti/IT; Pescara/IT; Casalecchio di Reno/IT; "
        "Matera/IT; Cosenza/IT; Ragusa/IT; Treviso/IT; Pordenone/IT; Cremona/IT; Lodi/IT; "
        "Mantua/IT",
        "numbered `Comune di X (PV)` lines whose province codes are countries' (SV, CH, PE, "
        "BO, MT, TV, PN, CR, MN); the venue Udine, the president's Modena and a seminar in "
        "Bologna not members",
    ),
    Page(
        "pt-carta-aberta-prefeitos-numerada-prefeita-de-uf-consorcio",
        "pt",
        "numbered;person_before;state_codes;no_country;body_not_city;not_signatory",
        "Carta de Brasília: prefeitas e prefeitos pela tarifa zero no transporte coletivo",
        (2025, 4, 29),
        "Início / Notícias / Cartas e manifestos\n\n"
        "Reunidos em Brasília durante a Marcha dos Municípios, prefeitas e prefeitos de "
        "capitais e cidades médias assinaram a Carta de Brasília, entregue ao presidente da "
        "Câmara dos Deputados e ao Ministério das Cidades.\n\n"
        "Na carta, os signatários pedem a criação de um marco legal do transporte coletivo "
        "urbano, com financiamento federal permanente, e lembram que a Carta de Curitiba, de "
        "2019, já apontava o colapso do modelo financiado só pela tarifa.\n\n"
        "Assinam a carta:",
        "1. Rodrigo Peixoto – Prefeito de Niterói (RJ)\n"
        "2. Juliana Cavalcanti – Prefeita de Recife (PE)\n"
        "3. Evandro Sobral – Prefeito de Fortaleza (CE)\n"
        "4. Igor Lopes – Prefeito de Belém (PA)\n"
        "5. Sílvio Araújo – Prefeito de Teresina (PI)\n"
        "6. Dário Franco – Prefeito de Campinas (SP)\n"
        "7. Tiago Pinheiro – Prefeito de Londrina (PR)\n"
        "8. Adriana Schulz – Prefeita de Joinville (SC)\n"
        "9. Emília Santos – Prefeita de Aracaju (SE)\n"
        "10. Margarida Reis – Prefeita de Juiz de Fora (MG)\n"
        "11. Paulinho Costa – Prefeito de Natal (RN)\n"
        "12. Eduardo Campos Neto – Prefeito de Palmas (TO)\n"
        "13. Antônio Dias – Prefeito de Macapá (AP)\n"
        "14. Marcelo Ventura – Presidente do Consórcio Intermunicipal Grande ABC (SP)",
        "Outras prefeituras podem aderir à carta pelo formulário da Frente. A próxima "
        "reunião do grupo de mobilidade será em Porto Alegre, em junho.\n\n"
        "Assessoria de Imprensa\nimprensa@example.org.br",
        "Niterói/BR; Recife/BR; Fortaleza/BR; Belém/BR; Teresina/BR; Campinas/BR; "
        "Londrina/BR; Joinville/BR; Aracaju/BR; Juiz de Fora/BR; Natal/BR; Palmas/BR; "
        "Macapá/BR; Consórcio Intermunicipal Grande ABC|Grande ABC/BR/union of municipalities",
        "numbered `Name – Prefeita de X (UF)` lines with state codes that are countries' "
        "(PE, PA, SE, MG, TO, PR, SC) and an intermunicipal consortium; Brasília the venue "
        "and addressee, Curitiba in a letter's name, Porto Alegre the next meeting",
    ),
    Page(
        "lt-sveiku-miestu-nariai-lentele-miesto-rajono-savivaldybes-apskritis",
        "lt",
        "table_tabs;numbered;columns_after;inflected;body_not_city;no_country",
        "Asociacijos narės",
        (2025, 2, 14),
        "Apie mus / Narės\n\n"
        "Lietuvos sveikų miestų asociaciją šiuo metu sudaro 14 savivaldybių. Narės kartu "
        "rengia visuomenės sveikatos stiprinimo programas, dalijasi patirtimi ir dalyvauja "
        "Pasaulio sveikatos organizacijos Europos sveikų miestų tinklo veikloje. Asociacijos "
        "sekretoriatas įsikūręs Vilniuje, Gedimino prospekte.\n\n"
        "Narių sąrašas (atnaujinta 2025 m. vasario mėn.)",
        "Nr.\tSavivaldybė\tApskritis\tNarė nuo\n"
        "1\tAlytaus miesto savivaldybė\tAlytaus apskritis\t2004\n"
        "2\tBirštono savivaldybė\tKauno apskritis\t2012\n"
        "3\tDruskininkų savivaldybė\tAlytaus apskritis\t2009\n"
        "4\tJonavos rajono savivaldybė\tKauno apskritis\t2015\n"
        "5\tKauno miesto savivaldybė\tKauno apskritis\t1998\n"
        "6\tKlaipėdos miesto savivaldybė\tKlaipėdos apskritis\t1998\n"
        "7\tMarijampolės savivaldybė\tMarijampolės apskritis\t2006\n"
        "8\tNeringos savivaldybė\tKlaipėdos apskritis\t2017\n"
        "9\tPalangos miesto savivaldybė\tKlaipėdos apskritis\t2010\n"
        "10\tPanevėžio miesto savivaldybė\tPanevėžio apskritis\t2001\n"
        "11\tPlungės rajono savivaldybė\tTelšių apskritis\t2021\n"
        "12\tŠiaulių miesto savivaldybė\tŠiaulių apskritis\t1999\n"
        "13\tUtenos rajono savivaldybė\tUtenos apskritis\t2019\n"
        "14\tVisagino savivaldybė\tUtenos apskritis\t2014",
        "Norinčios įstoti savivaldybės kviečiamos kreiptis į sekretoriatą. Visuotinis narių "
        "susirinkimas šiemet vyks Tauragėje.",
        "Alytus/LT; Birštonas/LT; Druskininkai/LT; "
        "Jonavos rajono savivaldybė|Jonava District Municipality/LT/county; Kaunas/LT; "
        "Klaipėda/LT; Marijampolė/LT; Neringa/LT; Palanga/LT; Panevėžys/LT; "
        "Plungės rajono savivaldybė|Plungė District Municipality/LT/county; Šiauliai/LT; "
        "Utenos rajono savivaldybė|Utena District Municipality/LT/county; Visaginas/LT",
        "a numbered tab table of municipalities in the genitive (`miesto savivaldybė` the "
        "city, `rajono savivaldybė` the district around it) with a county column named after "
        "cities (Telšių, Utenos apskritis) and a year; the secretariat Vilniuje and the "
        "assembly in Tauragėje not members",
    ),
    Page(
        "ru-sovmestnoe-zayavlenie-glavy-gorodov-roditelnyi-padezh-oblast",
        "ru",
        "one_a_line;person_before;inflected;body_not_city;not_signatory;no_country",
        "Совместное заявление глав городов о поддержке городского общественного транспорта",
        (2024, 10, 8),
        "Главная / Новости / Заявления\n\n"
        "По итогам форума «Города для людей», прошедшего в Нижнем Новгороде по приглашению "
        "главы города, руководители муниципалитетов приняли совместное заявление.\n\n"
        "Мы, нижеподписавшиеся, считаем, что общественный транспорт должен оставаться "
        "доступным для всех жителей. Мы призываем:\n"
        "— закрепить долгосрочное финансирование обновления подвижного состава;\n"
        "— передать городам право определять выделенные полосы;\n"
        "— развивать межмуниципальные маршруты вместе с регионами.\n\n"
        "Заявление направлено в Правительство Российской Федерации в Москве.\n\n"
        "Подписали:",
        "Р. Г. Галеев, мэр Казани\n"
        "А. В. Смирнов, мэр Новосибирска\n"
        "Е. А. Белова, глава Екатеринбурга\n"
        "И. С. Гордеев, глава городского округа Самара\n"
        "М. В. Соколов, глава города Тюмени\n"
        "Д. О. Никитин, городской голова Калуги\n"
        "С. А. Кузнецов, мэр Вологды\n"
        "Д. А. Зайцев, мэр Томска\n"
        "И. В. Егорова, глава Петрозаводского городского округа\n"
        "А. Е. Фомин, глава города Ульяновска\n"
        "В. А. Морозова, глава города Красноярска\n"
        "А. Ю. Павлов, губернатор Ленинградской области",
        "К заявлению могут присоединиться другие муниципальные образования. Следующий "
        "форум пройдёт в Казани весной.\n\n"
        "Пресс-служба Союза городов",
        "Kazan/RU; Novosibirsk/RU; Yekaterinburg/RU; Samara/RU; Tyumen/RU; Kaluga/RU; "
        "Vologda/RU; Tomsk/RU; Petrozavodsk/RU; Ulyanovsk/RU; Krasnoyarsk/RU; "
        "Ленинградская область|Leningrad Oblast/RU/region",
        "`Initials Surname, title + city in the genitive` lines (мэр Казани, глава города "
        "Тюмени, городской голова Калуги), an adjective `Петрозаводского городского округа`, "
        "a nominative `городского округа Самара` and a governor of an oblast; the venue and "
        "host Нижний Новгород and Москва the addressee not signatories; Kazan named again as "
        "the next venue",
    ),
    Page(
        "he-hodaa-hevrot-hadashot-reshet-arim-briot-ashkol",
        "he",
        "bulleted;person_after;body_not_city;not_signatory;no_country",
        "תשע רשויות חדשות הצטרפו לרשת ערים בריאות",
        (2025, 6, 17),
        "דף הבית > חדשות ועדכונים\n\n"
        "בכנס השנתי של רשת ערים בריאות בישראל, שהתקיים השבוע בבאר שבע, אישרה האסיפה הכללית "
        "את הצטרפותן של תשע רשויות חדשות לרשת. עם הצטרפותן מונה הרשת 74 רשויות מקומיות "
        "מכל רחבי הארץ.\n\n"
        'יו"ר הרשת, סגנית ראש עיריית רעננה, בירכה את המצטרפות ואמרה כי "בריאות מתחילה '
        'ברחוב, בגינה ובבית הספר, והרשויות המקומיות הן הכתובת".\n\n'
        "הרשויות שהצטרפו:",
        "• עיריית הרצליה – ראש העירייה יעל כהן-לוי\n"
        "• עיריית רחובות – ראש העירייה משה דאהן\n"
        "• עיריית אשדוד – ראש העירייה אבי פרץ\n"
        "• עיריית כרמיאל – ראש העירייה רונית שגיא\n"
        "• עיריית טבריה – ראש העירייה יוסי אבוטבול\n"
        "• עיריית אילת – ראש העירייה גלעד מור\n"
        "• עיריית קריית שמונה – ראש העירייה דוד אזולאי\n"
        "• עיריית נצרת – ראש העירייה סאמי ח'ורי\n"
        '• אשכול רשויות גליל מזרחי – מנכ"לית האשכול מיכל אלון',
        "כל רשות חדשה תמנה רכז או רכזת ערים בריאות ותגבש פרופיל בריאות עירוני בתוך שנה. "
        "מטה הרשת פועל מתל אביב-יפו.\n\n"
        "לפרטים נוספים: מנהלת הרשת, info@example.org.il",
        "Herzliya/IL; Rehovot/IL; Ashdod/IL; Karmiel/IL; Tiberias/IL; Eilat/IL; "
        "Kiryat Shmona/IL; Nazareth/IL; "
        "Eastern Galilee Cluster|אשכול רשויות גליל מזרחי|אשכול גליל מזרחי/IL/union of "
        "municipalities",
        "bulleted `עיריית X – ראש העירייה Name` lines of new members with a cluster of local "
        "authorities; the venue בבאר שבע (prefixed), the chair's Ra'anana and the office in "
        "Tel Aviv-Yafo not members",
    ),
    Page(
        "ar-bayan-mushtarak-rusaa-baladiyat-itihad-jiha-dawla",
        "ar",
        "numbered;person_before;region_after;country_in_language;body_not_city;not_signatory",
        "البيان الختامي لرؤساء البلديات العربية حول التكيف مع تغير المناخ",
        (2024, 11, 27),
        "الرئيسية / الأخبار / بيانات\n\n"
        "في ختام أعمال منتدى المدن العربية للمناخ الذي استضافته بلدية الدوحة على مدى يومين، "
        "أصدر رؤساء البلديات والمجالس المحلية المشاركون البيان التالي:\n\n"
        "نحن رؤساء البلديات الموقعين أدناه، إذ نستذكر اتفاق باريس ونتائج مؤتمر شرم الشيخ، "
        "نلتزم بما يلي:\n"
        "١. إعداد خطط محلية للتكيف مع موجات الحر وشح المياه قبل نهاية عام 2026؛\n"
        "٢. زيادة المساحات الخضراء والمظللة في الأحياء الأكثر كثافة؛\n"
        "٣. تبادل الخبرات عبر شبكة المنظمة وأمانتها العامة في الكويت.\n\n"
        "الموقعون:",
        "١. المهندس خالد العمري، رئيس بلدية إربد الكبرى – الأردن\n"
        "٢. السيد سامي الخطيب، رئيس بلدية الزرقاء – الأردن\n"
        "٣. الدكتور عماد الحوراني، رئيس بلدية السلط الكبرى – الأردن\n"
        "٤. السيد مروان البزري، رئيس بلدية صيدا – لبنان\n"
        "٥. السيد نبيل المرعبي، رئيس بلدية طرابلس – لبنان\n"
        "٦. السيد وليد حمدان، رئيس اتحاد بلديات صيدا الزهراني – لبنان\n"
        "٧. السيدة منى التريكي، رئيسة بلدية سوسة – تونس\n"
        "٨. السيد كريم الجلاصي، رئيس بلدية بنزرت – تونس\n"
        "٩. السيد عبد الرحيم الزموري، رئيس مجلس جماعة طنجة – المغرب\n"
        "١٠. السيد أيمن الشامي، رئيس بلدية نابلس – فلسطين\n"
        "١١. السيدة فاطمة بنت عبد الله، رئيسة جهة نواكشوط – موريتانيا",
        "ويبقى البيان مفتوحاً لانضمام بلديات أخرى. وقد شكر المشاركون دولة قطر وبلدية "
        "الدوحة على حسن الاستضافة، على أن يُعقد المنتدى القادم في مسقط.",
        "Irbid/JO; Zarqa/JO; As Salt/JO; Sidon/LB; Tripoli/LB; "
        "Union of Municipalities of Saida-Zahrani|اتحاد بلديات صيدا الزهراني/LB/union of "
        "municipalities; Sousse/TN; Bizerte/TN; Tangier/MA; Nablus/PS; "
        "Nouakchott Region|جهة نواكشوط|Région de Nouakchott/MR/region",
        "numbered (Arabic-Indic) `title Name، رئيس بلدية X – country` lines with `الكبرى` "
        "(Greater Irbid, Greater Salt), Tripoli in Lebanon, a union of municipalities named "
        "after Sidon and a region named after Nouakchott; the host Doha, the secretariat "
        "Kuwait, Paris and Sharm el-Sheikh in treaty names and the next venue Muscat not "
        "signatories",
    ),
    Page(
        "cs-zdrava-mesta-clenove-kraje-nadpisy-pocty-mikroregion-kraj",
        "cs",
        "region_heading;one_a_line;columns_after;body_not_city;no_country;person_named_like_place",
        "Členové Národní sítě Zdravých měst",
        (2025, 3, 3),
        "Úvod › O nás › Členové\n\n"
        "Národní síť Zdravých měst ČR sdružuje města, obce, mikroregiony a kraje, které "
        "realizují projekt Zdravé město a místní Agendu 21. Přehled uvádíme podle krajů; u "
        "každého člena najdete rok vstupu a jméno koordinátora. Kancelář sítě sídlí v "
        "Praze.\n\nZobrazit na mapě | Zobrazit jako seznam",
        "Jihomoravský kraj (3)\n"
        "Statutární město Brno – člen od 1994 – koordinátorka Mgr. Lenka Dvořáková\n"
        "Město Kuřim – člen od 2011 – koordinátor Ing. Petr Hnízdil\n"
        "Město Vyškov – člen od 2003 – koordinátorka Bc. Jana Koudelková\n\n"
        "Kraj Vysočina (4)\n"
        "Kraj Vysočina – člen od 2005 – koordinátorka Ing. Marie Slámová\n"
        "Statutární město Jihlava – člen od 1995 – koordinátor Mgr. Tomáš Beneš\n"
        "Město Třebíč – člen od 2008 – koordinátorka Ing. Alena Pokorná\n"
        "Mikroregion Telčsko – člen od 2010 – koordinátorka Ing. Věra Štěpánková\n\n"
        "Olomoucký kraj (3)\n"
        "Statutární město Olomouc – člen od 2012 – koordinátor Mgr. Jiří Kratochvíl\n"
        "Město Litovel – člen od 2006 – koordinátorka Bc. Hana Zapletalová\n"
        "Město Šternberk – člen od 2014 – koordinátor Ing. Radek Vaculík\n\n"
        "Pardubický kraj (1)\n"
        "Město Chrudim – člen od 1996 – koordinátorka Ing. Iveta Jirásková\n\n"
        "Ústecký kraj (1)\n"
        "Město Litoměřice – člen od 2004 – koordinátor Mgr. Pavel Beneš\n\n"
        "Zlínský kraj (2)\n"
        "Město Vsetín – člen od 2001 – koordinátorka Mgr. Eva Kopecká\n"
        "Město Uherské Hradiště – člen od 2009 – koordinátor Ing. Martin Zlín",
        "Zobrazeno 14 členů ze 14\n\nChcete se stát členem? Kontaktujte kancelář NSZM ČR.",
        "Brno/CZ; Kuřim/CZ; Vyškov/CZ; Kraj Vysočina|Vysočina Region/CZ/region; "
        "Jihlava/CZ; Třebíč/CZ; Mikroregion Telčsko|Telčsko/CZ/union of municipalities; "
        "Olomouc/CZ; Litovel/CZ; Šternberk/CZ; Chrudim/CZ; Litoměřice/CZ; Vsetín/CZ; "
        "Uherské Hradiště/CZ",
        "members under kraj headings with counts, `Město X – člen od year – koordinátor "
        "Name`; the region Kraj Vysočina is both a heading and a member, a microregion "
        "(union of municipalities) named after Telč; a coordinator named Zlín; the office "
        "in Praze not a member",
    ),
    Page(
        "nl-brief-g40-gemeenten-provinciecodes-burgemeester-metropoolregio",
        "nl",
        "one_a_line;state_codes;person_after;body_not_city;not_signatory;no_country;"
        "person_named_like_place",
        "Brief aan het kabinet: investeer in de woningbouw van middelgrote steden",
        (2025, 1, 28),
        "Nieuws\n\n"
        "Dertien gemeenten en een metropoolregio hebben gisteren een gezamenlijke brief "
        "gestuurd aan de minister van Volkshuisvesting en Ruimtelijke Ordening in Den Haag. "
        "De brief werd tijdens het stedennetwerkcongres in Arnhem ondertekend en "
        "overhandigd aan de Tweede Kamercommissie.\n\n"
        "In de brief vragen de steden om een structureel woningbouwfonds, zeggenschap over "
        "de eigen grondposities en snellere procedures voor binnenstedelijke locaties. "
        '"Zonder de middelgrote steden haalt Nederland de bouwopgave niet", aldus de '
        "voorzitter van het netwerk, wethouder Sanne Breda.\n\n"
        "De brief is ondertekend door:",
        "Gemeente Tilburg (NB) – burgemeester M. van Dijk\n"
        "Gemeente Zwolle (OV) – burgemeester P. Kamp\n"
        "Gemeente Deventer (OV) – burgemeester R. Hoekstra\n"
        "Gemeente Leeuwarden (FR) – burgemeester S. de Jong\n"
        "Gemeente Groningen (GR) – burgemeester K. Dam\n"
        "Gemeente Emmen (DR) – burgemeester E. Veenstra\n"
        "Gemeente Almere (FL) – burgemeester H. El Amrani\n"
        "Gemeente Amersfoort (UT) – burgemeester L. Maas\n"
        "Gemeente Apeldoorn (GLD) – burgemeester T. Brouwer\n"
        "Gemeente Maastricht (LB) – burgemeester A. Smeets\n"
        "Gemeente Middelburg (ZE) – burgemeester H. van Venlo\n"
        "Gemeente Dordrecht (ZH) – burgemeester W. Oss\n"
        "Gemeente Haarlem (NH) – burgemeester J. Visser\n"
        "Metropoolregio Rotterdam Den Haag (ZH) – voorzitter A. Smit",
        "De volledige brief (pdf, 240 kB) staat onder 'Documenten'.\n\n"
        "Lees ook\nUtrecht en Eindhoven starten pilot met flexwonen\n"
        "Nijmegen wint prijs voor groene binnenstad",
        "Tilburg/NL; Zwolle/NL; Deventer/NL; Leeuwarden/NL; Groningen/NL; Emmen/NL; "
        "Almere/NL; Amersfoort/NL; Apeldoorn/NL; Maastricht/NL; Middelburg/NL; Dordrecht/NL; "
        "Haarlem/NL; Metropoolregio Rotterdam Den Haag|Rotterdam The Hague Metropolitan "
        "Area/NL/metropolitan area",
        "`Gemeente X (province code) – burgemeester Name` lines whose codes are countries' "
        "(FR, GR, LB) and a metropolitan region named after two cities; the addressee Den "
        "Haag, the venue Arnhem not signatories; a chair named Breda, mayors named with Venlo "
        "and Oss; Utrecht, Eindhoven, Nijmegen in 'Lees ook'",
    ),
    Page(
        "bg-novi-chlenove-mrezha-obshtini-kmet-sdruzhenie-rodopski",
        "bg",
        "running_text;person_after;body_not_city;not_signatory;no_country",
        "Седем нови членове се присъединиха към мрежата на енергийно ефективните общини",
        (2025, 5, 9),
        "Начало » Новини\n\n"
        "Общото събрание на мрежата, което се проведе в Бургас по покана на кмета на "
        "общината, прие седем нови членове. С тях мрежата обединява вече 46 общини и "
        "сдружения от цялата страна.",
        "Към мрежата се присъединиха Община Стара Загора, представлявана от кмета "
        "Иван Петков, Община Казанлък и Община Габрово, както и Община Русе, чийто "
        "кмет Пенчо Станев подписа декларацията за членство лично. Новите членове от "
        "Южна България са Община Смолян и Асоциацията на родопските общини, а от Софийска "
        "област – Община Ботевград.",
        "„Енергийната ефективност е най-евтината енергия и общините доказват това всеки ден“, "
        "заяви председателят на мрежата, заместник-кметът на Пловдив Мария Георгиева. "
        "Секретариатът на мрежата е в София.\n\n"
        "Свързани новини\nВарна и Добрич въвеждат енергиен мениджмънт в училищата",
        "Stara Zagora/BG; Kazanlak/BG; Gabrovo/BG; Ruse/BG; Smolyan/BG; "
        "Асоциация на родопските общини|Association of Rhodope Municipalities/BG/union of "
        "municipalities; Botevgrad/BG",
        "new members in running text `Община X` with `както и`, mayors' names after their "
        "municipality, an association of municipalities and `Софийска област` (a province, "
        "not a member); the venue and host Бургас, the chair's Пловдив, the secretariat "
        "София and related Варна, Добрич not members",
    ),
]

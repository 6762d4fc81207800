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
]

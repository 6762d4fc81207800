"""Hand-written pages, part ten: a held-out batch written for issue #20's seventh round before
the reader was changed for it, in languages the corpus had none of (Hungarian, Slovenian,
Catalan, Turkish, Bulgarian and Ukrainian in Cyrillic, Latvian, Estonian) and in shapes real
networks publish that it lacked (a members directory flattened from city cards, `Signed by:
Mayor Name, City of X` lines, a press release naming new members in running text beside the
host city, a two-column list flattened with wide spaces, `Country: City, City` lines with
the cities in the page's language), measured before any change (benchmarks/README.md
reports them apart as batch j).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "hu-polgarmestere-lines",
        "hu",
        "one_a_line;person_before;no_country",
        "Öt város csatlakozott a hőségriadó-chartához",
        (2024, 4, 23),
        "A chartát a következők írták alá:",
        "Kovács Anna, Szeged polgármestere\n"
        "Nagy Gábor, Debrecen polgármestere\n"
        "Horváth Eszter, Pécs polgármestere\n"
        "Varga Tamás, Győr polgármestere\n"
        "Molnár Judit, Nyíregyháza polgármestere",
        "A városok ősszel számolnak be az első intézkedésekről.",
        "Szeged/HU; Debrecen/HU; Pécs/HU; Győr/HU; Nyíregyháza/HU",
    ),
    Page(
        "hu-running-es-venue",
        "hu",
        "running_text;not_signatory;inflected;no_country",
        "Négy város aláírta a nyilatkozatot a tiszta levegőért",
        (2023, 10, 17),
        "A nyilatkozat a dízelbuszok kivezetését tűzi ki célul 2030-ig.",
        "A Kecskeméten tartott találkozón Székesfehérvár, Szombathely, Eger és Sopron "
        "polgármesterei aláírták a nyilatkozatot.",
        "A következő találkozót Miskolcon rendezik.",
        "Székesfehérvár/HU; Szombathely/HU; Eger/HU; Sopron/HU",
    ),
    Page(
        "sl-mestna-obcina-bulleted",
        "sl",
        "bulleted;region_after;no_country",
        "Pet občin je podpisalo zavezo za pitno vodo v šolah",
        (2024, 3, 5),
        "Zavezo so podpisale:",
        "• Mestna občina Ljubljana (Osrednjeslovenska regija)\n"
        "• Mestna občina Maribor (Podravska regija)\n"
        "• Mestna občina Celje (Savinjska regija)\n"
        "• Mestna občina Kranj (Gorenjska regija)\n"
        "• Občina Piran (Obalno-kraška regija)",
        "Občine bodo poročale o napredku prihodnje leto.",
        "Ljubljana/SI; Maribor/SI; Celje/SI; Kranj/SI; Piran/SI",
    ),
    Page(
        "ca-ajuntament-alcaldessa",
        "ca",
        "one_a_line;person_before;person_after;no_country",
        "Cinc ajuntaments signen el compromís per uns patis escolars amb ombra",
        (2024, 5, 14),
        "Han signat el compromís:",
        "Marta Puig i Serra, alcaldessa de Girona\n"
        "Ajuntament de Lleida\n"
        "Ajuntament de l'Hospitalet de Llobregat\n"
        "Jordi Soler, alcalde de Reus\n"
        "Ajuntament d'Igualada, representat per la regidora Núria Vidal",
        "Els municipis presentaran els primers resultats a la tardor.",
        "Girona/ES; Lleida/ES; L'Hospitalet de Llobregat/ES; Reus/ES; Igualada/ES",
    ),
    Page(
        "tr-buyuksehir-table",
        "tr",
        "table_tabs;columns_after;region_after;no_country",
        "Beş büyükşehir belediyesi temiz hava ağına katıldı",
        (2023, 11, 21),
        "Ağa katılan belediyeler:",
        "Belediye\tBölge\tNüfus\tKatılım\n"
        "İzmir Büyükşehir Belediyesi\tEge\t4462056\t2021\n"
        "Antalya Büyükşehir Belediyesi\tAkdeniz\t2696249\t2022\n"
        "Bursa Büyükşehir Belediyesi\tMarmara\t3214571\t2022\n"
        "Mersin Büyükşehir Belediyesi\tAkdeniz\t1938389\t2023\n"
        "Gaziantep Büyükşehir Belediyesi\tGüneydoğu Anadolu\t2164134\t2023",
        "Belediyeler ilk raporlarını gelecek yıl sunacak.",
        "İzmir/TR; Antalya/TR; Bursa/TR; Mersin/TR; Gaziantep/TR",
    ),
    Page(
        "bg-obshtina-lines",
        "bg",
        "one_a_line;person_after;no_country",
        "Пет общини подписаха декларацията за чист въздух",
        (2024, 2, 20),
        "Декларацията беше подписана от:",
        "Община Пловдив – кмет Иван Петров\n"
        "Община Варна – кмет Мария Георгиева\n"
        "Община Бургас – кмет Стефан Димитров\n"
        "Община Русе – кмет Елена Николова\n"
        "Община Стара Загора – кмет Георги Иванов",
        "Общините ще докладват за напредъка си догодина.",
        "Plovdiv/BG; Varna/BG; Burgas/BG; Ruse/BG; Stara Zagora/BG",
    ),
    Page(
        "uk-running-genitive",
        "uk",
        "running_text;inflected;person_before;no_country",
        "Міські голови чотирьох міст підписали меморандум про укриття в школах",
        (2024, 9, 3),
        "Меморандум передбачає спільні закупівлі обладнання для шкільних укриттів.",
        "Меморандум підписали міські голови Львова, Вінниці, Житомира та Луцька.",
        "Наступна зустріч відбудеться у Полтаві.",
        "Lviv/UA; Vinnytsya/UA; Zhytomyr/UA; Lutsk/UA",
    ),
    Page(
        "lv-valstspilseta-genitive",
        "lv",
        "one_a_line;inflected;no_country",
        "Piecas pašvaldības pievienojas tīra gaisa iniciatīvai",
        (2023, 6, 13),
        "Iniciatīvai pievienojušās šādas pašvaldības:",
        "Rīgas valstspilsētas pašvaldība\n"
        "Liepājas valstspilsētas pašvaldība\n"
        "Jelgavas valstspilsētas pašvaldība\n"
        "Ventspils valstspilsētas pašvaldība\n"
        "Valmieras novada pašvaldība",
        "Pašvaldības ziņos par paveikto nākamajā gadā.",
        "Riga/LV; Liepāja/LV; Jelgava/LV; Ventspils/LV; Valmiera/LV",
    ),
    Page(
        "et-linn-numbered",
        "et",
        "numbered;inflected;columns_after;no_country",
        "Viis linna ühinesid rohealade kokkuleppega",
        (2024, 6, 11),
        "Kokkuleppe allkirjastasid:",
        "1. Tallinna linn (2021)\n"
        "2. Tartu linn (2021)\n"
        "3. Pärnu linn (2022)\n"
        "4. Narva linn (2023)\n"
        "5. Viljandi linn (2023)",
        "Linnad annavad ülevaate tehtust järgmisel aastal.",
        "Tallinn/EE; Tartu/EE; Pärnu/EE; Narva/EE; Viljandi/EE",
    ),
    Page(
        "en-members-directory-cards",
        "en",
        "one_a_line;columns_after;country_in_language",
        "Our member cities",
        (2024, 1, 16),
        "Browse the cities that have joined the network.",
        "Aarhus\nDenmark\nMember since 2019\n\n"
        "Tampere\nFinland\nMember since 2019\n\n"
        "Gdynia\nPoland\nMember since 2020\n\n"
        "Ghent\nBelgium\nMember since 2021\n\n"
        "Graz\nAustria\nMember since 2022\n\n"
        "Utrecht\nNetherlands\nMember since 2023",
        "Is your city interested in joining? Contact the secretariat.",
        "Aarhus/DK; Tampere/FI; Gdynia/PL; Ghent|Gent/BE; Graz/AT; Utrecht/NL",
    ),
    Page(
        "en-signed-by-mayor-city-of",
        "en",
        "one_a_line;person_before;person_named_like_place;no_country",
        "Western mayors sign the wildfire smoke pledge",
        (2023, 8, 29),
        "The pledge commits each city to clean-air shelters on smoke days.",
        "Signed by: Mayor Laura Bennett, City of Fresno\n"
        "Signed by: Mayor Sydney Clarke, City of Boise\n"
        "Signed by: Mayor David Ortiz, City of Tucson\n"
        "Signed by: Robert King, Mayor of Spokane\n"
        "Signed by: Mayor Helen Park, City of Tacoma",
        "The mayors will report on their shelters next summer.",
        "Fresno/US; Boise/US; Tucson/US; Spokane/US; Tacoma/US",
    ),
    Page(
        "de-neue-mitglieder-gastgeber",
        "de",
        "running_text;not_signatory;no_country",
        "Drei neue Mitglieder im Netzwerk für kühle Innenstädte",
        (2024, 10, 8),
        "Das Netzwerk traf sich zu seiner Jahrestagung auf Einladung der Stadt Leipzig.",
        "Bei der Tagung in Leipzig wurden Jena, Erfurt und Halle (Saale) als neue Mitglieder "
        "aufgenommen.",
        "Die nächste Tagung findet in Magdeburg statt.",
        "Jena/DE; Erfurt/DE; Halle (Saale)/DE",
    ),
    Page(
        "es-two-columns-spaces",
        "es",
        "several_a_line;no_country",
        "Ocho ciudades del norte se suman a la red de calles escolares",
        (2024, 2, 27),
        "Las ciudades adheridas son:",
        "Bilbao                          Santander\n"
        "Oviedo                          Gijón\n"
        "Logroño                         Burgos\n"
        "Pamplona                        Huesca",
        "La red se reunirá de nuevo en otoño.",
        "Bilbao/ES; Santander/ES; Oviedo/ES; Gijón/ES; Logroño/ES; Burgos/ES; Pamplona/ES; "
        "Huesca/ES",
    ),
    Page(
        "it-paese-due-punti-citta",
        "it",
        "several_a_line;region_before;country_in_language",
        "Le città che hanno firmato la carta dei porti silenziosi",
        (2023, 5, 30),
        "Hanno firmato la carta, per paese:",
        "Italia: Torino, Genova, Bergamo\n"
        "Francia: Nizza, Marsiglia\n"
        "Spagna: Barcellona, Siviglia\n"
        "Svizzera: Ginevra, Lugano",
        "Le città si incontreranno di nuovo in autunno.",
        "Turin/IT; Genoa/IT; Bergamo/IT; Nice/FR; Marseille/FR; Barcelona/ES; Sevilla/ES; "
        "Geneva/CH; Lugano/CH",
    ),
]

"""Lists in running text, on small invented pages and a tiny gazetteer in which people's
given names and short words are places too, as they are somewhere in GeoNames (no corpus
page, no real page)."""

from __future__ import annotations

import pytest

from geo.countries import find_country
from geo.importing.entries import PlaceNames, body_kind
from geo.importing.inflection import nominative
from geo.importing.listreader import read_member_list
from geo.importing.pagetext import is_address
from geo.importing.placefinder import find_places
from geo.importing.runningtext import (
    _formed_after_article,
    _joined_lines,
    _one_entry_a_line,
    _read_paragraph,
    _split_places,
    _split_shared,
    _tail_place,
    _uncased_item,
    _uncased_listing,
    formed_items,
    read_running_text,
    role_holder,
)
from geo.text import fold

KNOWN = {
    "braga", "evora", "faro", "viseu", "coimbra", "ana", "rui", "teresa", "paulo", "costa",
    "utrecht", "leiden", "delft", "gouda", "zwolle", "arnhem", "nijmegen", "en", "de",
    "lille", "nancy", "metz", "reims", "le", "as", "the", "lord", "40", "lyon", "dunkerque",
    "metropole", "communaute", "sevilla", "malaga", "cadiz", "huelva", "jaen", "diputacion",
    "varna", "burgas", "ruse", "pleven",
}  # fmt: skip


def read(page: str) -> list[str]:
    places = PlaceNames(lambda name: fold(name) in KNOWN)
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    return [e.city for e in found.entries]


def test_people_with_their_roles_parted_by_semicolons_are_read_by_their_places() -> None:
    page = (
        "Declaração\n\n"
        "Assinaram: Ana Costa, Mayor of Braga; Rui Lima, Mayor of Évora; Teresa Nunes, "
        "Mayor of Faro; e Paulo Dias, Mayor of Viseu.\n"
    )  # the people's given names are places too, and the last item has its 'and'
    assert read(page) == ["Braga", "Évora", "Faro", "Viseu"]


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("In 2022 the following cities signed the charter: Lille, Nancy, Metz and Reims.",
      ["Lille", "Nancy", "Metz", "Reims"]),
     ("Im Zeitraum 2021-2025 haben folgende Städte unterzeichnet: Sevilla, Málaga, Cádiz "
      "und Huelva.", ["Sevilla", "Málaga", "Cádiz", "Huelva"]),
     ("Nel 2023 hanno firmato la carta Braga, Évora, Faro e Viseu.",
      ["Braga", "Évora", "Faro", "Viseu"])],
)  # fmt: skip
def test_a_year_before_a_word_in_lower_case_is_no_postcode(
    sentence: str, cities: list[str]
) -> None:
    """A sentence that opens with a year or a span of years ('In 2022 the ...', 'Im
    Zeitraum 2021-2025 haben ...'): a postcode stands before a town's name, capitalised, so
    the sentence is no address and its list is read."""
    assert read(f"Nieuws\n\n{sentence}\n") == cities
    assert not is_address(sentence)
    assert is_address("Via Roma 8 – 40121 Bologna")
    assert is_address("ul. Długa 5, 20-076 Lublin")


def test_a_list_ends_with_its_sentence_and_reads_past_a_lead_in() -> None:
    page = (
        "Nieuws\n\n"
        "De verklaring is ondertekend door de gemeenten Utrecht, Leiden, Delft en Gouda, "
        "samen met de Gemeente Zwolle. Het overleg vond plaats in Arnhem en Nijmegen bood "
        "de zaal aan.\n"
    )  # 'Delft en Gouda' is two places; the next sentence's 'en' parts no item of the list
    assert read(page) == ["Utrecht", "Leiden", "Delft", "Gouda", "Zwolle"]


def test_a_few_people_with_their_roles_are_signatories_without_a_word_of_signing() -> None:
    page = (
        "Joint letter\n\n"
        "From: Ana Costa, Mayor of Coimbra; Rui Lima, Mayor of Évora; Teresa Nunes, Mayor "
        "of the City of Faro.\n"
    )  # three places named as examples would be no list; three mayors are its signers
    assert read(page) == ["Coimbra", "Évora", "Faro"]


def test_a_number_is_no_place() -> None:
    page = (
        "News\n\n"
        "The charter was signed today by Lille, Nancy, Metz and Reims, bringing the network "
        "to 40 French members.\n"
    )
    assert read(page) == ["Lille", "Nancy", "Metz", "Reims"]


def test_bodies_after_an_article_are_kept_whole() -> None:
    page = (
        "Appel\n\n"
        "Signataires : la Ville de Lille, la Métropole de Lyon, la Ville de Nancy et la "
        "Communauté urbaine de Dunkerque.\n"
    )
    assert read(page) == [
        "Lille", "Métropole de Lyon", "Nancy", "Communauté urbaine de Dunkerque",
    ]  # fmt: skip


def test_places_each_with_its_preposition_inside_a_list() -> None:
    page = (
        "Noticias\n\n"
        "Firmaron los alcaldes de Sevilla, de Málaga y de Cádiz, el Ayuntamiento de Huelva y "
        "la Diputación de Jaén.\n"
    )
    assert read(page) == ["Sevilla", "Málaga", "Cádiz", "Huelva", "Diputación de Jaén"]


def test_the_first_place_of_a_semicolon_list_with_its_state_s_code() -> None:
    page = (
        "News\n\n"
        "The mayors of Lille, NY; Nancy, OH; Metz, CA; and Reims, OR signed the letter.\n"
    )  # invented US namesakes: each with its state's code, the first after 'The mayors of'
    assert read(page) == ["Lille", "Nancy", "Metz", "Reims"]


def test_a_verb_of_signing_parted_from_its_prefix() -> None:
    page = "Hírek\n\nA nyilatkozatot Lille, Nancy, Metz és Reims polgármesterei írták alá.\n"
    # Hungarian 'aláír' (to sign) written 'írták alá': a few places, signatories
    assert read(page) == ["Lille", "Nancy", "Metz", "Reims"]


def test_people_with_their_places_in_brackets() -> None:
    page = (
        "Noticias\n\n"
        "Firmaron los alcaldes Ana Ruiz (Sevilla), Juan Gil (Málaga), Eva Sanz (Cádiz) y Luis "
        "Mora (Huelva). También se adhirió la Diputación de Jaén.\n"
    )  # the brackets are provinces' names too, read as the people's regions before
    assert read(page) == ["Sevilla", "Málaga", "Cádiz", "Huelva"]


JOINERS = {
    "en": (
        "The board admitted Derby, Luton, Swindon and Exeter as members.",
        "Derby Luton Swindon Exeter",
    ),
    "fr": (
        "Le bureau a approuvé l'adhésion de Rouen, Caen, Tours et Poitiers.",
        "Rouen Caen Tours Poitiers",
    ),
    "de": (
        "Der Vorstand hat den Beitritt von Kassel, Erfurt, Jena und Gera bestätigt.",
        "Kassel Erfurt Jena Gera",
    ),
    "es": (
        "Con la adhesión de Lorca, Elche, Alcoy y Gandía, la red suma 60 ciudades.",
        "Lorca Elche Alcoy Gandía",
    ),
    "it": (
        "L'adesione di Lecce, Matera, Foggia e Potenza è stata approvata.",
        "Lecce Matera Foggia Potenza",
    ),
    "pt": ("Juntaram-se à rede Aveiro, Leiria, Tomar e Setúbal.", "Aveiro Leiria Tomar Setúbal"),
    "nl": (
        "Ook Emmen, Assen, Hengelo en Almelo sluiten zich aan bij het netwerk.",
        "Emmen Assen Hengelo Almelo",
    ),
    "pl": ("Do sieci przystąpiły Opole, Tarnów, Rzeszów i Kielce.", "Opole Tarnów Rzeszów Kielce"),
    "hr": (
        "Mreži su se pridružili Karlovac, Sisak, Šibenik i Vinkovci.",
        "Karlovac Sisak Šibenik Vinkovci",
    ),
    "hu": (
        "A hálózathoz csatlakozott Eger, Sopron, Szeged és Zalaegerszeg.",
        "Eger Sopron Szeged Zalaegerszeg",
    ),
    "ro": ("S-au alăturat rețelei Arad, Sibiu, Bacău și Suceava.", "Arad Sibiu Bacău Suceava"),
    "bg": (
        "Към мрежата се присъединиха Плевен, Шумен, Хасково и Сливен.",
        "Плевен Шумен Хасково Сливен",
    ),
    "tr": ("Ağımıza Isparta, Kütahya, Uşak ve Manisa katıldı.", "Isparta Kütahya Uşak Manisa"),
    "fi": ("Verkostoon liittyivät Vaasa, Kotka, Lahti ja Pori.", "Vaasa Kotka Lahti Pori"),
    "sv": (
        "Umeå, Luleå, Växjö och Kalmar har anslutit sig till nätverket.",
        "Umeå Luleå Växjö Kalmar",
    ),
    "da": (
        "Vejle, Horsens, Kolding og Randers har tilsluttet sig netværket.",
        "Vejle Horsens Kolding Randers",
    ),
    "no": (
        "Bodø, Harstad, Molde og Ålesund har sluttet seg til nettverket.",
        "Bodø Harstad Molde Ålesund",
    ),
    "lt": (
        "Prie tinklo prisijungė Alytus, Utena, Marijampolė ir Telšiai.",
        "Alytus Utena Marijampolė Telšiai",
    ),
    "et": (
        "Võrgustikuga liitusid Pärnu, Rakvere, Kuressaare ja Haapsalu.",
        "Pärnu Rakvere Kuressaare Haapsalu",
    ),
    "ca": ("S'han adherit a la xarxa Manresa, Reus, Vic i Figueres.", "Manresa Reus Vic Figueres"),
    "el": (
        "Εντάχθηκαν στο δίκτυο οι Λάρισα, Πάτρα, Καβάλα και Κομοτηνή.",
        "Λάρισα Πάτρα Καβάλα Κομοτηνή",
    ),
}


@pytest.mark.parametrize("language", sorted(JOINERS))
def test_a_few_places_that_joined_are_the_list_in_any_language(language: str) -> None:
    sentence, places = JOINERS[language]
    known = {fold(p) for p in places.split()}
    found = read_member_list(
        ["News", "", sentence], PlaceNames(lambda name: fold(name) in known), page=["News"]
    )
    assert found is not None, sentence
    assert [e.city for e in found.entries] == places.split()


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Do siete pristúpili Nitra, Prešov, Žilina a Trnava.", "Nitra Prešov Žilina Trnava"),
        ("Omrežju so se pridružile Celje, Kranj, Koper in Velenje.", "Celje Kranj Koper Velenje"),
        (
            "Tīklam pievienojās Valmiera, Ventspils, Jēkabpils un Ogre.",
            "Valmiera Ventspils Jēkabpils Ogre",
        ),
    ],
)
def test_the_last_two_places_parted_by_a_short_word_for_and(sentence: str, places: str) -> None:
    names = places.split()
    known = {fold(p) for p in names} | {"frankfurt am main", "frankfurt", "main"}
    last_two = f"{names[-2]} {sentence.split()[-2]} {names[-1]}"
    whole = sentence.replace(last_two, "Frankfurt am Main")  # a place of three words stays one
    for text, expected in ((sentence, names), (whole, [*names[:-2], "Frankfurt am Main"])):
        found = read_member_list(
            ["News", "", text], PlaceNames(lambda n: fold(n) in known), page=["News"]
        )
        assert found is not None
        assert [e.city for e in found.entries] == expected


ROLES_KNOWN = PlaceNames(
    lambda name: (
        fold(name)
        in {"trencin", "nitra", "zilina", "senec", "kranj", "celje", "koper", "ptuj", "jan"}
    )
)


def test_roles_that_take_a_genitive_and_an_and_the_reader_does_not_know() -> None:
    """In running text, each signer's role before its place in the genitive ('primátorka
    mesta Nitry', Nitra; 'Senca', Senec, four letters), and a short word that parts the
    last two as 'and' does in a language the reader lacks (Slovak 'a', Slovenian 'in')."""
    slovak = (
        "Správy\n\n"
        "Memorandum podpísali primátor mesta Trenčína, primátorka mesta Nitry, primátor "
        "mesta Senca a primátorka mesta Žiliny.\n"
    )
    places = read_member_list(slovak.split("\n"), ROLES_KNOWN, page=slovak.split("\n"))
    assert places is not None
    assert [e.city for e in places.entries] == ["Trenčín", "Nitra", "Senec", "Žilina"]
    slovenian = (
        "Novice\n\n"
        "Listino so podpisali župan Mestne občine Kranj, županja Mestne občine Celje, župan "
        "Mestne občine Koper in županja Mestne občine Ptuj.\n"
    )
    places = read_member_list(slovenian.split("\n"), ROLES_KNOWN, page=slovenian.split("\n"))
    assert places is not None
    assert [e.city for e in places.entries] == ["Kranj", "Celje", "Koper", "Ptuj"]


SIGNERS_KNOWN = PlaceNames(
    lambda name: (
        fold(name) in {"leeds", "york", "hull", "bradford", "lille", "nancy", "metz", "reims"}
    )
)


def test_a_signer_s_role_after_the_last_and_names_one_more_place() -> None:
    """'... Leeds, York and Hull as well as the Lord Mayor of Bradford signed', 'Lille,
    Nancy et Metz ainsi que la maire de Reims ont signé': after the list's 'and' another
    'and' leads to a signer's role and its place, and the sentence goes on after it."""
    english = (
        "News\n\nAt the summit the leaders of Leeds, York and Hull as well as the Lord Mayor "
        "of Bradford signed the pledge.\n"
    )
    places = read_member_list(english.split("\n"), SIGNERS_KNOWN, page=english.split("\n"))
    assert places is not None
    assert [e.city for e in places.entries] == ["Leeds", "York", "Hull", "Bradford"]
    french = (
        "Actualités\n\nLes maires de Lille, Nancy et Metz ainsi que la maire de Reims ont "
        "signé la charte.\n"
    )
    places = read_member_list(french.split("\n"), SIGNERS_KNOWN, page=french.split("\n"))
    assert places is not None
    assert [e.city for e in places.entries] == ["Lille", "Nancy", "Metz", "Reims"]


def test_three_bodies_the_last_two_parted_by_an_and_the_reader_does_not_know() -> None:
    """'... přijala Město Kolín, Město Písek a Město Zlín, čímž ...': three
    members named by their forms, the first after the sentence's words, the last two
    parted by an 'and' of a language the reader lacks (Czech and Slovak 'a'), a clause
    after them."""
    known = PlaceNames(lambda name: fold(name) in {"kolin", "pisek", "zlin", "senec",
                                                   "pezinok", "modra"})  # fmt: skip
    for text, cities in (
        ("Valná hromada přijala Město Kolín, Město Písek a Město Zlín, čímž má "
         "síť 30 členů.", ["Kolín", "Písek", "Zlín"]),
        ("Valné zhromaždenie prijalo Mesto Senec, Mesto Pezinok a Mesto Modra, čím má sieť "
         "30 členov.", ["Senec", "Pezinok", "Modra"]),
    ):  # fmt: skip
        found = read_member_list(["Správy", "", text], known, page=["Správy", "", text])
        assert found is not None
        assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("De verklaring is ondertekend door de burgemeesters van Utrecht, Leiden, Delft en Gouda "
      "(NL); Lille, Nancy en Metz (FR); Sevilla en Málaga (ES).",
      ["Utrecht", "Leiden", "Delft", "Gouda", "Lille", "Nancy", "Metz", "Sevilla", "Málaga"]),
     ("Ont signé la charte les maires de Lille, Nancy, Metz et Reims (France) ; Braga, Évora, "
      "Faro et Viseu (Portugal) ; Sevilla et Málaga (Espagne).",
      ["Lille", "Nancy", "Metz", "Reims", "Braga", "Évora", "Faro", "Viseu", "Sevilla",
       "Málaga"])],
)  # fmt: skip
def test_groups_of_names_a_comma_parts_each_share_the_bracket_after_them(
    sentence: str, cities: list[str]
) -> None:
    """Names grouped by country or state, semicolons between the groups and a bracket after
    each ('Utrecht, Leiden, Delft en Gouda (NL); Lille, Nancy en Metz (FR)'): every name of a
    group is an entry in its bracket's place, the first group's too however many words its
    names take together."""
    assert read(f"Nieuws\n\n{sentence}\n") == cities


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("Avec l'adhésion de Lille, Nancy, Metz et Reims, ainsi que Dunkerque, le "
      "Réseau compte désormais 90 membres en France.",
      ["Lille", "Nancy", "Metz", "Reims", "Dunkerque"]),
     ("With the accession of Utrecht, Leiden, Delft and Gouda, as well as Arnhem, the "
      "Network now counts 40 members from Zwolle to the sea.",
      ["Utrecht", "Leiden", "Delft", "Gouda", "Arnhem"]),
     ("Com a adesão de Braga, Évora, Faro e Viseu, assim como Coimbra, a Rede conta já 40 "
      "membros em todo o Portugal.",
      ["Braga", "Évora", "Faro", "Viseu", "Coimbra"])],
)  # fmt: skip
def test_a_sentence_goes_on_after_its_list_s_last_item(sentence: str, cities: list[str]) -> None:
    """After the item its 'and' or 'as well as' marks as the list's last ('Metz et Reims',
    'ainsi que Dunkerque'), a long part of the sentence is no item, though its capitalised
    words name places somewhere ('le Réseau compte ... en France')."""
    known = KNOWN | {"reseau", "france", "network", "monday", "zwolle", "rede", "portugal"}
    places = PlaceNames(lambda name: fold(name) in known)
    lines = ["Actualités", "", sentence, ""]
    found = read_member_list(lines, places, page=lines)
    assert found is not None
    assert [e.city for e in found.entries] == cities


SIGNERS = {
    "fr": (
        "Ont signé la charte : le Maire de Lille, Paul Martin ; Nancy Durand, Maire de Metz ; "
        "pour la Ville de Reims, l'Adjointe aux mobilités Claire Vienne ; Lyon (Marc Rouen, "
        "Maire) ; la Maire de Nantes, Julie Tours ; et enfin Angers, avec l'Adjoint Théo Caen.",
        ["Lille", "Metz", "Reims", "Lyon", "Nantes", "Angers"],
    ),
    "es": (
        "Firmaron la carta: el Alcalde de Sevilla, Juan Gil; Teresa Ruiz, Alcaldesa de Málaga; "
        "por el Ayuntamiento de Cádiz, la Concejala de Movilidad Ana Mora; Huelva (Luis Jaén, "
        "Alcalde); la Alcaldesa de Córdoba, Eva Almería; y finalmente Granada, con el Concejal "
        "Pedro Soria.",
        ["Sevilla", "Málaga", "Cádiz", "Huelva", "Córdoba", "Granada"],
    ),
    "de": (  # a title the reader lacks ('Senator') between two it knows
        "Unterzeichnet haben: Lena Kowalski, Oberbürgermeisterin der Stadt Kassel; Kai Berg, "
        "Senator für Inneres der Freien Hansestadt Bremen; Jana Jena, Bürgermeisterin der "
        "Stadt Erfurt; Tom Gera, Oberbürgermeister der Stadt Halle.",
        ["Kassel", "Bremen", "Erfurt", "Halle"],
    ),
}


@pytest.mark.parametrize("language", sorted(SIGNERS))
def test_signers_with_their_titles_parted_by_semicolons(language: str) -> None:
    """A paragraph of signers parted by semicolons, each a place or a body with a person
    and a title before, after or in brackets ('Nancy Durand, Maire de Metz', 'Lyon (Marc
    Rouen, Maire)'): one entry an item, its place; a person's given name or surname beside
    a title names no place ('Nancy', 'Rouen', 'Teresa', 'Jaén')."""
    sentence, cities = SIGNERS[language]
    towns = "lille metz reims lyon nantes angers nancy rouen tours caen vienne sevilla malaga "
    towns += "cadiz huelva cordoba granada teresa ana jaen almeria soria kassel bremen erfurt "
    towns += "halle kai jena gera"
    places = PlaceNames(lambda name: fold(name) in towns.split())
    found = read_member_list(["Actualités", "", sentence, ""], places, page=["Actualités"])
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("sentence", "body", "kind"),
    [
        ("Han signat la declaració els alcaldes de Girona, Lleida i Tarragona, el president de "
         "l'Àrea Metropolitana de Barcelona i l'alcaldessa de Reus.",
         "Àrea Metropolitana de Barcelona", "metropolitan area"),
        ("Hanno firmato i sindaci di Pisa, Lucca e Livorno, il presidente dell'Unione dei Comuni "
         "Valdera e la sindaca di Siena.",
         "Unione dei Comuni Valdera", "union of municipalities"),
    ],
)  # fmt: skip
def test_a_body_after_an_elided_article_inside_a_list_is_the_body(
    sentence: str, body: str, kind: str
) -> None:
    """A list's item that names a body after a role and an article its language elides
    ('de l'Àrea Metropolitana de Barcelona', 'dell'Unione dei Comuni Valdera') is the body,
    not the place its name ends in."""
    known = {"barcelona", "valdera", "girona", "lleida", "tarragona", "pisa", "lucca", "livorno"}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(["Notícies", "", sentence, ""], places)
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries][3] == (body, kind)


def test_a_swiss_syndic_is_a_mayor_s_title_in_running_text() -> None:
    """A syndic (the mayor of a town of Vaud) is a mayor's title: 'the syndic of Lausanne'
    names Lausanne."""
    sentence = (
        "Signed by the mayors of Lille, Nancy, Metz and Reims, the syndic of Lausanne and the "
        "mayor of Lyon."
    )
    places = PlaceNames(lambda name: fold(name) in KNOWN | {"lausanne"})
    found = read_member_list(["News", "", sentence, ""], places)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Lille", "Nancy", "Metz", "Reims", "Lausanne", "Lyon",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("paragraph", "cities"),
    [
        (
            "The first signatories are the mayors of Utrecht, Leiden, Delft and Gouda, as well "
            "as the mayors of Zwolle and Arnhem. They were joined on Thursday by the mayor of "
            "Nijmegen and the deputy mayor of Lyon, in France, and by 20 other towns.",
            ["Utrecht", "Leiden", "Delft", "Gouda", "Zwolle", "Arnhem", "Nijmegen", "Lyon"],
        ),
        (
            "Zu den Erstunterzeichnern gehören die Oberbürgermeister von Aachen, Leipzig, Graz "
            "und Bonn, sowie die Bürgermeister von Erlangen und Potsdam. Beigetreten sind am "
            "Donnerstag die Oberbürgermeisterin von Halle und der Bürgermeister von Hamburg, in "
            "Deutschland, und 12 weitere Kommunen.",
            ["Aachen", "Leipzig", "Graz", "Bonn", "Erlangen", "Potsdam", "Halle", "Hamburg"],
        ),
    ],
)
def test_a_list_that_goes_on_in_a_sentence_that_says_others_joined(
    paragraph: str, cities: list[str]
) -> None:
    """A list in running text whose last item starts with 'as well as' ('sowie') and ends its
    sentence, then a sentence that says others joined and names them ('They were joined by
    the mayor of X and the deputy mayor of Y'): one list over the two sentences."""
    known = {"utrecht", "leiden", "delft", "gouda", "zwolle", "arnhem", "nijmegen", "lyon"}
    known |= {"aachen", "leipzig", "graz", "bonn", "erlangen", "potsdam", "halle", "hamburg"}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(["News", "", paragraph, ""], places)
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_an_italian_union_of_municipalities_is_named_by_unione_and_its_name() -> None:
    """'Unione Terre di Castelli', 'Unione Reno Galliera': a union of municipalities, as
    'Unione dei Comuni della Bassa Romagna' is; the European Union is none."""
    assert body_kind("Unione Reno Galliera") == "union of municipalities"
    assert body_kind("Unione dei Comuni della Bassa Romagna") == "union of municipalities"
    assert body_kind("Unione Europea") == ""


def test_a_first_item_after_signing_is_read_as_two_signers_only_where_both_have_roles() -> None:
    """Italian 'i' is an article ('i sindaci'), not an 'and': 'Hanno firmato la Carta i
    sindaci dei Comuni di Bergamo' names Bergamo, not the charter, though a place is named
    'Carta' somewhere."""
    sentence = (
        "Hanno firmato la Carta i sindaci dei Comuni di Bergamo, Brescia, Cremona, Lecco e Pavia."
    )
    known = {"carta", "bergamo", "brescia", "cremona", "lecco", "pavia"}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(["Notizie", "", sentence, ""], places)
    assert found is not None
    assert [e.city for e in found.entries] == ["Bergamo", "Brescia", "Cremona", "Lecco", "Pavia"]


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("La asamblea aprobó la adhesión de Sevilla, Jaén así como Málaga, Cádiz y Huelva "
         "como nuevos miembros.", ["Sevilla", "Jaén", "Málaga", "Cádiz", "Huelva"]),
        ("Het bestuur verwelkomde Utrecht, Leiden alsmede Delft, Gouda en Zwolle als nieuwe "
         "leden.", ["Utrecht", "Leiden", "Delft", "Gouda", "Zwolle"]),
        ("Styrelsen godkände Utrecht kommun, Leiden kommun samt Delft, Gouda och Zwolle som "
         "nya medlemmar.", ["Utrecht", "Leiden", "Delft", "Gouda", "Zwolle"]),
    ],
)  # fmt: skip
def test_an_as_well_as_joins_two_parts_of_a_list(sentence: str, cities: list[str]) -> None:
    """A word for 'as well as' ('así como', 'alsmede', 'samt') joins a list's part to
    another that has its own 'and': it parts two items, as an 'and' does."""
    assert read(f"Nyheter\n\n{sentence}\n") == cities


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        (
            "Uutiset\n\nKokouksessa hyväksyttiin hakemukset: Oulun, Porin ja Lahden kaupungit "
            "sekä Kuopion kaupunki liittyivät verkostoon.\n",
            ["Oulu", "Pori", "Lahti", "Kuopio"],
        ),
        (
            "Vijesti\n\nMreži su ove godine pristupila gradska vijeća Zagreba, Splita, Osijeka "
            "i Zadra.\n",
            ["Zagreb", "Split", "Osijek", "Zadar"],
        ),
    ],
)
def test_names_in_the_one_case_form_a_noun_after_them_shares(page: str, cities: list[str]) -> None:
    """A list of single words in the same case form before the noun they share ('Oulun,
    Porin ... kaupungit', 'vijeća Zagreba, Splita ...': the councils of Zagreb, Split ...)
    is read back to the places' names, though no word is a place as written."""
    known = {"oulu", "pori", "lahti", "kuopio", "zagreb", "split", "osijek", "zadar"}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("lines", "bodies"),
    [
        (
            "Region Hannover ; Stadt Freiburg im Breisgau ; Landkreis Göttingen\n"
            "Stadt Kassel ; Landkreis Konstanz ; Stadt Jena ; Stadt Ulm\n",
            ["Region Hannover", "Freiburg im Breisgau", "Landkreis Göttingen", "Kassel",
             "Landkreis Konstanz", "Jena", "Ulm"],
        ),
        (
            "Gemeente Zwolle ; Provincie Overijssel ; Regio Twente\n"
            "Provincie Gelderland ; Gemeente Deventer ; Gemeente Apeldoorn\n",
            ["Zwolle", "Provincie Overijssel", "Regio Twente", "Provincie Gelderland",
             "Deventer", "Apeldoorn"],
        ),
    ],
)  # fmt: skip
def test_a_line_of_items_a_semicolon_parts_ends_its_last_item(
    lines: str, bodies: list[str]
) -> None:
    """A list of bodies parted by semicolons, wrapped over lines: a line of three items or
    more ends its last item where the next line is such a line too ('... ; Landkreis
    Göttingen' / 'Stadt Kassel ; ...'), as a line of names a comma parts does; a province's
    or region's body counts as a place of the list, its name a known subdivision's
    ('Provincie Overijssel'), though no gazetteer of towns has it."""
    known = {"freiburg im breisgau", "kassel", "jena", "ulm", "hannover", "gottingen", "konstanz",
             "zwolle", "deventer", "apeldoorn"}  # fmt: skip
    page = f"Gemeinsame Erklärung\n\n11. Januar 2024\n\nUnterzeichnet:\n\n{lines}\nTeilen\n"
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == bodies


@pytest.mark.parametrize(
    ("sentence", "signed"),
    [
        ("Firmaron la carta los alcaldes de Sevilla, Málaga, Cádiz y Huelva. Se ha sumado "
         "además la Mancomunidad de la Ribera Alta, representada por su presidente.",
         ["Sevilla", "Málaga", "Cádiz", "Huelva", "Mancomunidad de la Ribera Alta"]),
        ("Assinaram a carta Ana Costa (Braga), Rui Lima (Viseu) e Teresa Nunes (Faro). "
         "Aderiu ainda a Comunidade Intermunicipal do Ave, representada pelo seu presidente.",
         ["Braga", "Viseu", "Faro", "Comunidade Intermunicipal do Ave"]),
        ("The charter was signed by the mayors of Leeds, Bristol, Derby and York. Also "
         "joining was the Greater Manchester Combined Authority, represented by its chair.",
         ["Leeds", "Bristol", "Derby", "York", "Greater Manchester Combined Authority"]),
    ],
)  # fmt: skip
def test_a_sentence_after_the_list_that_says_one_more_body_joined_adds_it(
    sentence: str, signed: list[str]
) -> None:
    """A list's sentence, then one that says one more signatory joined or signed, named
    after its word of joining ('Se ha sumado además la Mancomunidad de ...', 'Also joining
    was the ... Combined Authority'), even after a name in brackets ('... (Faro). Aderiu
    ainda a ...'): a body that is no city, or a known place, is one more entry."""
    known = {"sevilla", "malaga", "cadiz", "huelva", "braga", "viseu", "faro", "leeds",
             "bristol", "derby", "york", "ana", "costa"}  # fmt: skip
    page = f"Noticias\n\n12 de marzo de 2024\n\n{sentence}\n\nCompartir\n"
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == signed


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("Hanno firmato: Sindaco Ed Rossi (Bologna), Sindaca Anna Ferri (Torino), Sindaco "
         "Luca Neri (Parma) e Sindaca Marta Riva (Verona).",
         ["Bologna", "Torino", "Parma", "Verona"]),
        ("Firmaron: Alcalde Ed Ramos (Sevilla, Andalucía), Alcaldesa Ana Ruiz (Málaga, "
         "Andalucía), Alcalde Luis Gil (Cádiz, Andalucía) y Alcaldesa Eva Sanz (Huelva, "
         "Andalucía).", ["Sevilla", "Málaga", "Cádiz", "Huelva"]),
    ],
)  # fmt: skip
def test_a_capitalised_and_is_a_given_name(sentence: str, cities: list[str]) -> None:
    """An 'and' is written in lower case (or in capitals, in a text in capitals): 'Ed' (the
    Italian 'and' before a vowel) capitalised after a title is a given name, and the
    signer's surname before the bracket is no place of its own."""
    known = {"bologna", "torino", "parma", "verona", "sevilla", "malaga", "cadiz", "huelva"}
    places = PlaceNames(lambda name: fold(name) in known)
    page = ["Lettera aperta", "", sentence, ""]
    found = read_member_list(page, places, page=page)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        ("ニュース\n\n東京・大阪・名古屋・福岡の4市が共同宣言に署名した。\n",
         ["東京", "大阪", "名古屋", "福岡"]),
        ("新闻\n\n北京·上海·广州·深圳等4个城市签署了宣言。\n", ["北京", "上海", "广州", "深圳"]),
    ],
)  # fmt: skip
def test_a_middle_dot_between_chinese_characters_or_hangul_parts_a_list(
    page: str, cities: list[str]
) -> None:
    """An unspaced middle dot between names in Chinese characters (or Hangul) parts a
    sentence's list as a comma does ('東京・大阪・名古屋', '北京·上海')."""
    known = {fold(city) for city in cities}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        ("Bericht 2024\n\nDas Netzwerk zählte Ende 2024 9 Städte aus 4 Ländern.\n\n"
         "In Bayern sind es Erlangen, Bamberg und Passau. In Hessen sind Mitglieder Kassel, "
         "Fulda und Marburg, in Sachsen – Görlitz und Zittau. Die übrigen Länder vertritt je "
         "eine Stadt: Lübeck (Schleswig-Holstein).\n",
         ["Erlangen", "Bamberg", "Passau", "Kassel", "Fulda", "Marburg", "Görlitz", "Zittau",
          "Lübeck"]),
        ("Informe 2024\n\nLa red contaba con 9 ciudades a finales de 2024.\n\n"
         "En la provincia de Santa Fe son Rosario, Rafaela y Venado Tuerto. En Córdoba son "
         "miembros Villa María, Río Cuarto y Villa Carlos Paz, en la provincia de Mendoza – "
         "Godoy Cruz y Las Heras. Las demás provincias tienen una ciudad: Tandil.\n",
         ["Rosario", "Rafaela", "Venado Tuerto", "Villa María", "Río Cuarto",
          "Villa Carlos Paz", "Godoy Cruz", "Las Heras", "Tandil"]),
    ],
)  # fmt: skip
def test_a_paragraphs_lists_sentence_by_sentence_add_up_to_the_count_it_states(
    page: str, cities: list[str]
) -> None:
    """Members named region by region in one paragraph's sentences ('In Bayern sind es
    ...', 'in Sachsen – Görlitz und Zittau', 'Die übrigen ... : Lübeck'): where their
    entries add up to the count the page states ('9 Städte'), all are the list, not its
    longest sentence's alone."""
    known = {fold(city) for city in cities}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    "sentence",
    ["The letter was signed by the mayors of Lille, Nancy and Metz (France); by the mayors of "
     "Braga and Faro (Portugal), of Utrecht, Leiden and Delft (Netherlands) and of Sevilla "
     "(Spain); by the mayor of Reims (France), and by the mayors of Gouda and Zwolle "
     "(Netherlands).",
     "La lettera è firmata dai sindaci di Lille, Nancy e Metz (Francia); dai sindaci di Braga "
     "e Faro (Portogallo), di Utrecht, Leiden e Delft (Paesi Bassi) e di Sevilla (Spagna); dal "
     "sindaco di Reims (Francia), e dai sindaci di Gouda e Zwolle (Paesi Bassi)."],
)  # fmt: skip
def test_groups_each_with_its_bracket_inside_one_item_parted_by_semicolons(sentence: str) -> None:
    """A list parted by semicolons, one of whose items holds several groups, each with its
    bracket ('by the mayors of Braga and Faro (Portugal), of Utrecht, Leiden and Delft
    (Netherlands) and of Sevilla (Spain)'): each group is read as an item of its own, its
    lead-in in lower case ('by the mayors of') no name."""
    assert read(f"News\n\n{sentence}\n") == [
        "Lille", "Nancy", "Metz", "Braga", "Faro", "Utrecht", "Leiden", "Delft", "Sevilla",
        "Reims", "Gouda", "Zwolle",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    ["Signed by the mayors of Utrecht, Leiden, Delft and Gouda as well as the syndics of "
     "Lausanne and Lille, the mayor of Lyon and the Lord Mayor of Zwolle.",
     "Ont signé les maires d'Utrecht, Leiden, Delft et Gouda ainsi que les syndics de "
     "Lausanne et Lille, le maire de Lyon et le bourgmestre de Zwolle."],
)  # fmt: skip
def test_an_as_well_as_before_a_role_of_several_places(sentence: str) -> None:
    """'... Delft and Gouda as well as the syndics of Lausanne and Lille, the mayor of
    Lyon ...': after the list's 'and', a word for 'as well as' leads to a role of several
    places an 'and' parts, and the list goes on after them."""
    places = PlaceNames(lambda name: fold(name) in KNOWN | {"lausanne"})
    found = read_member_list(["News", "", sentence, ""], places)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Utrecht", "Leiden", "Delft", "Gouda", "Lausanne", "Lille", "Lyon", "Zwolle",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    ["The declaration was signed by the mayors of Lille, of Nancy, of Metz and of Reims, as "
     "well as by the City of Utrecht, the City of Leiden and the City of Delft. The City of "
     "Gouda welcomed the text without signing it.",
     "La declaración fue firmada por los alcaldes de Sevilla, de Málaga, de Cádiz y de Huelva, "
     "así como por la Ciudad de Braga, la Ciudad de Faro y la Ciudad de Viseu. La Ciudad de "
     "Évora saludó el texto sin firmarlo."],
)  # fmt: skip
def test_an_as_well_as_by_the_city_of_goes_on_with_the_list(sentence: str) -> None:
    """'..., as well as by the City of Utrecht, the City of Leiden and the City of Delft':
    an item led by an 'and' and short words of the sentence ('by the', 'por la') names one
    place and keeps its list going (not a long item that ends it); those short words ('by',
    'por', places somewhere too) are no place, being in lower case."""
    known = KNOWN | {"by", "por"}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(["News", "", sentence, ""], places)
    assert found is not None
    cities = [e.city for e in found.entries]
    assert cities in (
        ["Lille", "Nancy", "Metz", "Reims", "Utrecht", "Leiden", "Delft"],
        ["Sevilla", "Málaga", "Cádiz", "Huelva", "Braga", "Faro", "Viseu"],
    )


@pytest.mark.parametrize(
    ("sentence", "towns"),
    [("Vuoden alusta verkoston jäseniä ovat Tampereen kaupunki, Oulun kaupunki ja "
      "suomalainen Porin kaupunki. Hallitus kokoontui Lahdessa.",
      ["Tampere", "Oulu", "Pori"]),
     ("Frá nýggjári eru Tórshavnar kommuna, Klaksvíkar kommuna og føroyska Runavíkar kommuna "
      "limir í netverkinum. Nevndin hittist í Vági.",
      ["Tórshavn", "Klaksvík", "Runavík"])],
)  # fmt: skip
def test_three_towns_named_by_their_bodies_with_a_form_after_them(
    sentence: str, towns: list[str]
) -> None:
    """'..., Tampereen kaupunki, Oulun kaupunki ja Porin kaupunki': a Nordic town's body
    names it before its form, in the genitive where the form takes one ('Tampereen' of
    Tampere, 'Tórshavnar' of Tórshavn): each is a known place, three of them a list, the
    first at the end of its sentence's lead-in; each entry is its town."""
    known = {"tampere", "oulu", "pori", "torshavn", "klaksvik", "runavik", "lahti", "vagur"}
    found = read_member_list(["Uutiset", "", sentence, ""], PlaceNames(lambda n: fold(n) in known))
    assert found is not None
    assert [e.city for e in found.entries] == towns


@pytest.mark.parametrize(
    ("page", "last"),
    [
        (
            "Notícias\n\nAderiram as câmaras de Braga e Faro (Norte); Évora; Viseu; a Câmara "
            "de Coimbra, bem como a Comunidade Intermunicipal da Região de Coimbra do Baixo "
            "Mondego, a qual reúne dezanove municípios.\n",
            "Comunidade Intermunicipal da Região de Coimbra do Baixo Mondego",
        ),
        (
            "Nouvelles\n\nOnt adhéré les villes de Lille et Nancy (Grand Est); Metz; Reims; la "
            "Ville de Lyon, ainsi que la Communauté de Communes du Pays de la Haute Vallée, "
            "qui regroupe douze communes.\n",
            "Communauté de Communes du Pays de la Haute Vallée",
        ),
    ],
)
def test_a_long_body_after_as_well_as_and_before_a_relative_clause_ends_the_list(
    page: str, last: str
) -> None:
    """The last item of a list parted by semicolons, after its 'as well as': a body whose
    name is long for its particles, then a relative clause about it (', qui regroupe ...',
    ', a qual reúne ...'), which is no field of the name."""
    assert read(page)[-1] == last


@pytest.mark.parametrize(
    ("sentence", "code"),
    [("Firmaron la carta: Ana Ruiz, alcaldesa de Rosario; Luis Pérez, alcalde de Córdoba "
      "(la Argentina); Marta Gil, alcaldesa de Salta; Pablo Sanz, alcalde de Mendoza.", "AR"),
     ("Signed by: Maria Cruz, Mayor of Iloilo; Jose Reyes, Mayor of San Carlos (the "
      "Philippines); Ana Lim, Mayor of Dumaguete; Ben Tan, Mayor of Bacolod.", "PH")],
)  # fmt: skip
def test_a_country_in_a_bracket_with_its_article_tells_the_namesake(
    sentence: str, code: str
) -> None:
    """'Córdoba (la Argentina)', 'San Carlos (the Philippines)': a country some languages
    write with its article is still the country of the place before it."""
    known = {"rosario", "cordoba", "salta", "mendoza", "iloilo", "san carlos", "dumaguete",
             "bacolod"}  # fmt: skip
    found = read_member_list(["News", "", sentence, ""], PlaceNames(lambda n: fold(n) in known))
    assert found is not None
    assert [e.codes for e in found.entries if e.codes] == [(code,)]


def test_two_word_names_in_the_genitive_after_each_signer_s_title_are_their_places() -> None:
    """A title before each name, or one in the plural before the list ('burmistrzowie'),
    with names of an adjective and a noun in the genitive ('Nowej Soli', 'Suchej
    Beskidzkiej' before an 'and'): each read back to its nominative, not the adjective alone
    ('Nowe', a town too)."""
    cities = ["Nowy Targ", "Stary Sącz", "Biała Podlaska", "Nowa Sól", "Sucha Beskidzka"]
    places = PlaceNames(lambda name: fold(name) in {fold(c) for c in cities} | {"nowe", "nowa"})
    sentence = (
        "Apel poparli burmistrzowie Nowego Targu, Starego Sącza i Białej Podlaskiej, a także "
        "burmistrz Nowej Soli oraz burmistrz Suchej Beskidzkiej."
    )
    assert [fold(f.name) for f in find_places(sentence, places, frozenset())] == [
        fold(c) for c in cities
    ]
    croatian = (
        "Povelju su potpisali gradonačelnik Slavonskog Broda, gradonačelnica Velike Gorice, "
        "gradonačelnik Novog Marofa i gradonačelnica Donjeg Miholjca."
    )
    towns = ["Slavonski Brod", "Velika Gorica", "Novi Marof", "Donji Miholjac"]
    places = PlaceNames(lambda name: fold(name) in {fold(t) for t in towns})
    page = f"Vijesti\n\n{croatian}\n"
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == towns


def test_a_sentence_of_signers_goes_on_across_a_pdf_s_page_break() -> None:
    """A sentence of places that a copied PDF's page break interrupts (its footer and the
    next page's header, blank lines around them) goes on after it: a paragraph that ends
    in no sentence's stop runs on across the break."""
    page = (
        "ERKLÄRUNG FÜR SAUBERE LUFT                                      Seite 1\n\n"
        "Die Erklärung unterzeichneten die Städte Utrecht, Leiden, Delft,\n\n"
        "Städtebund für saubere Luft                              www.example.de\n\n"
        "ERKLÄRUNG FÜR SAUBERE LUFT                                      Seite 2\n\n"
        "Gouda, Zwolle und Arnhem.\n\n"
        "Weitere Städte folgen im Herbst.\n\n"
        "Städtebund für saubere Luft                              www.example.de\n"
    )
    assert read(page) == ["Utrecht", "Leiden", "Delft", "Gouda", "Zwolle", "Arnhem"]
    page = (
        "DECLARACIÓN POR EL AIRE LIMPIO                                   pág. 1\n\n"
        "La declaración fue firmada por los alcaldes de Sevilla, Málaga, Cá-\n\n"
        "Red de Ciudades por el Clima                              www.example.es\n\n"
        "DECLARACIÓN POR EL AIRE LIMPIO                                   pág. 2\n\n"
        "diz, Huelva y Jaén.\n\n"
        "Red de Ciudades por el Clima                              www.example.es\n"
    )
    assert read(page) == ["Sevilla", "Málaga", "Cádiz", "Huelva", "Jaén"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "La rete accoglie le città di Braga (Portogallo), Utrecht (Paesi Bassi) e "
            "Sevilla (Spagna), nonché Lille (Francia).",
            [("Braga", "Portogallo"), ("Utrecht", "Paesi Bassi"), ("Sevilla", "Spagna"),
             ("Lille", "Francia")],
        ),
        (
            "Se suman a la red Faro (Portugal), Leiden (Países Bajos) y Metz (Francia), "
            "así como Málaga (España).",
            [("Faro", "Portugal"), ("Leiden", "Países Bajos"), ("Metz", "Francia"),
             ("Málaga", "España")],
        ),
    ],
)  # fmt: skip
def test_two_places_each_with_its_country_in_a_bracket_joined_by_and_inside_a_list(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """Two places, each with its own country in a bracket, joined by the language's 'and'
    inside a list that goes on after them ('..., nonché Lille (Francia)'), in Italian and
    Spanish: each place keeps its own bracket as its country, and none takes the next one's
    as if they shared it ('Utrecht (Paesi Bassi) (Spagna)')."""
    places = PlaceNames(lambda name: fold(name) in KNOWN)
    page = f"Notizie\n\n{sentence}\n"
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [(e.city, e.country) for e in found.entries] == expected


@pytest.mark.parametrize(
    "page",
    [
        "경기 남부 4개 시, 기후 협약 서명\n\n수원시, 용인시, 오산시, 화성시는 5일 시청에서 기후 "
        "협약에 서명했다고 밝혔다. 4개 시 시장이 참석했다.\n",
        "충북 4개 시 공동 선언\n\n청주시, 충주시, 보은군, 제천시가 탄소중립 공동 선언문에 "
        "서명했다. 선언식에는 4개 시 시장이 참석했다.\n",
    ],
)
def test_korean_items_keep_no_particle_and_a_count_of_cities_is_no_place(page: str) -> None:
    """'화성시는': the topic particle glued to a sentence's last item is no part of the
    name; '3개 시' (three cities) names a count and the form word '시', no place, though
    a place abroad is written so."""
    known = {"수원시", "용인시", "오산시", "화성시", "청주시", "충주시", "보은군", "제천시", "시"}
    places = PlaceNames(lambda name: name in known)
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == sorted(
        (t for t in known if len(t) > 1 and t in page), key=page.index
    )


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("협약에는 부산광역시를 비롯해 대전시, 세종시, 천안시 등 4개 도시가 서명했다.",
         ["부산광역시", "대전시", "세종시", "천안시"]),
        ("협약에는 성남시를 비롯한 안산시, 평택시, 구미시 등 모두 네 곳이 서명했다.",
         ["성남시", "안산시", "평택시", "구미시"]),
    ],
)  # fmt: skip
def test_a_korean_list_s_words_around_its_names_are_no_part_of_them(
    sentence: str, cities: list[str]
) -> None:
    """Korean lists a sentence's places with words that part them: 'X를 비롯해 Y, Z'
    (X and with it Y, Z) and 'Y, Z 등 4개 도시' (and others, four cities): the object's
    particle glued to the first name and the clause after 등 are no part of any name."""
    known = {"부산광역시", "대전시", "세종시", "천안시", "성남시", "안산시", "평택시", "구미시"}
    places = PlaceNames(lambda name: name in known)
    page = ["공동선언", "", "2024년 5월 2일", "", sentence, "", "공유하기"]
    found = read_member_list(page, places, page=page)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("올해 새로 가입한 곳은 충청북도 청주시와 제천시, 경상북도 포항시, 그리고 경기도 "
         "평택시와 오산시다. 이로써 회원은 30곳이 됐다.",
         ["청주시", "제천시", "포항시", "평택시", "오산시"]),
        ("이번에 가입한 지방정부는 충청북도 영동군과 옥천군, 그리고 충청남도 아산시와 "
         "천안시이다.",
         ["영동군", "옥천군", "아산시", "천안시"]),
    ],
)  # fmt: skip
def test_a_korean_list_s_first_names_joined_by_a_particle_after_their_region(
    sentence: str, cities: list[str]
) -> None:
    """Korean joins a sentence's first names with a particle glued to the name ('청주시와
    제천시', X and Y) after their province ('충청북도'), begins the last item with '그리고'
    (and), and glues the sentence's verb to the last name ('오산시다', '천안시이다'): each
    name is one place, the lead-in, the province, the particle and the verb no part of any."""
    places = PlaceNames(lambda name: name in cities)
    page = ["신규 회원", "", "2024년 9월 1일", "", sentence, "", "공유하기"]
    found = read_member_list(page, places, page=page)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("page", "places"),
    [
        (
            "The charter was signed by the mayors of Utrecht, Leiden, Delft, Gouda and Zwolle, "
            "by the Portuguese cities of Braga and Faro, by Sevilla and Huelva, as well as by "
            "the city of Nancy.",
            ["Utrecht", "Leiden", "Delft", "Gouda", "Zwolle", "Braga", "Faro", "Sevilla",
             "Huelva", "Nancy"],
        ),
        (
            "La carta fue firmada por los alcaldes de Sevilla, Málaga, Cádiz, Huelva y Jaén, "
            "por las ciudades portuguesas de Braga y de Faro, por Utrecht y Leiden, así como "
            "por Reims.",
            ["Sevilla", "Málaga", "Cádiz", "Huelva", "Jaén", "Braga", "Faro", "Utrecht",
             "Leiden", "Reims"],
        ),
        (
            "Signed by Utrecht, Leiden, Delft, together with the towns of Gouda and Zwolle, "
            "taking part as observers this year.",
            ["Utrecht", "Leiden", "Delft", "Gouda", "Zwolle"],
        ),  # a clause after the group ends the list ('as' a place's name too)
    ],
)  # fmt: skip
def test_groups_of_places_each_after_its_own_words_go_on_with_the_sentence_s_list(
    page: str, places: list[str]
) -> None:
    """A long item that names two places after words grouping them ('by the Portuguese
    cities of Braga and Faro') and a short one after a preposition ('by Sevilla and
    Huelva') are inside the list, not its end nor one name."""
    assert read(page) == places


NORDIC_AND_GERMAN = {
    "malmo", "lund", "uppsala", "orebro", "kobenhavn", "aarhus", "odense", "aalborg",
    "munchen", "koln", "bonn", "aachen", "berg", "lind", "reiter", "ek",
}  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("Deklarationen undertecknades av Malmös kommunstyrelseordförande Anna Ek, Lunds "
      "kommunstyrelseordförande Per Berg och Uppsalas kommunstyrelseordförande Eva Lind.",
      ["Malmö", "Lund", "Uppsala"]),
     ("Erklæringen blev underskrevet af Københavns overborgmester Sophie Berg, Odenses "
      "borgmester Peter Ek og Aalborgs borgmester Lasse Lind.",
      ["København", "Odense", "Aalborg"]),
     ("Die Erklärung unterzeichneten Münchens Oberbürgermeister Dieter Reiter, Kölns "
      "Oberbürgermeisterin Henriette Berg, Bonns Oberbürgermeisterin Katja Lind und Aachens "
      "Oberbürgermeisterin Sibylle Ek.", ["München", "Köln", "Bonn", "Aachen"])],
)  # fmt: skip
def test_a_towns_genitive_before_a_title_names_the_town_and_its_holder_follows(
    sentence: str, cities: list[str]
) -> None:
    """'Malmös kommunstyrelseordförande Anna Ek', "Aarhus' borgmester", 'Münchens
    Oberbürgermeister Dieter Reiter': the genitive before the title is the place whose the
    title is, the capitalised words after it its holder's name (surnames that are places
    elsewhere too)."""
    places = PlaceNames(lambda name: fold(name) in NORDIC_AND_GERMAN)
    page = f"Nyheter\n\n{sentence}\n"
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("Deklarationen undertecknades av Malmös kommunstyrelseordförande Anna Ek, ordföranden "
      "i Lund, Per Berg, och Uppsalas kommunstyrelseordförande Eva Lind.",
      ["Malmö", "Lund", "Uppsala"]),
     ("Die Erklärung unterzeichneten der Bürgermeister von Bonn, Katja Lind, und Münchens "
      "Oberbürgermeister Dieter Reiter, und Aachens Oberbürgermeisterin Sibylle Ek.",
      ["Bonn", "München", "Aachen"])],
)  # fmt: skip
def test_a_name_after_a_role_and_its_place_is_the_roles_holder(
    sentence: str, cities: list[str]
) -> None:
    """'ordföranden i Lund, Per Berg' (the chair in Lund: Swedish writes the article on),
    'der Bürgermeister von Bonn, Katja Lind': capitalised words parted from a role's place
    by a comma are its holder's name, though a word of it is a place elsewhere."""
    places = PlaceNames(lambda name: fold(name) in NORDIC_AND_GERMAN)
    page = f"Nyheter\n\n{sentence}\n"
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_no_holder_after_a_plural_role_nor_past_a_semicolon() -> None:
    """After 'prezydenci Gorzowa Wielkopolskiego' (the mayors of: Polish names the places
    in the genitive) 'Zielonej Góry' is the next place, and 'Vito Santoro; Brescia' runs on
    into the next signer's item: neither is a role's holder."""
    places = PlaceNames(lambda name: fold(name) in {"zielona gora", "matera", "brescia"})
    assert role_holder("ordføreren i Tromsø", "Gunnar Wilhelmsen Lie", places)
    assert not role_holder("prezydenci Gorzowa Wielkopolskiego", "Zielonej Góry", places)
    assert not role_holder("il Sindaco di Matera", "Vito Santoro; Brescia", places)


HOLDERS_IN_A_SENTENCE = [
    # Slovak: each role, its town in the genitive, then the holder's name; the host after
    (
        "Spoločné vyhlásenie\n\nVyhlásenie podpísali primátor mesta Trnavy Peter Kováč, "
        "starosta Pezinka Ján Bartoš a primátorka Banskej Bystrice Zuzana Malá. Stretnutie "
        "sa konalo v Nitre.\n",
        ["Trnava", "Pezinok", "Banská Bystrica"],
    ),
    # Croatian: the same shape, an adjective and its noun first
    (
        "Zajednička izjava\n\nIzjavu su potpisali gradonačelnik Velike Gorice Marko Babić, "
        "gradonačelnik Siska Ivan Perić i gradonačelnica Zadra Ana Kovač. Sastanak je održan "
        "u Splitu.\n",
        ["Velika Gorica", "Sisak", "Zadar"],
    ),
]


@pytest.mark.parametrize(("page", "places"), HOLDERS_IN_A_SENTENCE)
def test_a_role_its_place_in_the_genitive_and_its_holder_name_the_place(
    page: str, places: list[str]
) -> None:
    """'starosta Pezinka Ján Bartoš': a role that takes its place's genitive, the place,
    then the person who holds it; the holder's name is no part of the place, and the list
    ends with its sentence (the venue after it is none)."""
    towns = {fold(p) for p in places} | {"nitra", "split", "gorica"}
    known = PlaceNames(lambda name: fold(name) in towns)
    found = read_member_list(page.split("\n"), known, page=page.split("\n"))
    assert found is not None
    assert [fold(e.city) for e in found.entries] == [fold(p) for p in places]


GROUPED = {
    "lyon", "grenoble", "annecy", "geneve", "lausanne", "sion", "turin", "aosta", "bilbao",
    "madrid", "valencia", "cuenca", "porto", "braga", "faro", "leiden", "gouda", "delft", "aoste",
}  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        (
            "Se suman a la red Bilbao, Madrid, Valencia y Cuenca y la Mancomunidad de la "
            "Sierra Norte, que agrupa a once municipios.",
            ["Bilbao", "Madrid", "Valencia", "Cuenca", "Mancomunidad de la Sierra Norte"],
        ),
        (
            "Ont rejoint le réseau les villes de Lyon, Grenoble, Annecy et Genève et la "
            "Communauté de communes du Genevois, qui regroupe dix-sept communes.",
            ["Lyon", "Grenoble", "Annecy", "Genève", "Communauté de communes du Genevois"],
        ),
    ],
)
def test_a_body_after_the_last_and_of_a_sentence_s_list_is_one_more_member(
    sentence: str, cities: list[str]
) -> None:
    """'..., Valencia y Cuenca y la Mancomunidad de X': a further 'and' that leads to a
    body named by its form adds it to the list, as a reader reads on while names follow."""
    places = PlaceNames(lambda name: fold(name) in GROUPED)
    page = f"Noticias\n\n{sentence}\n"
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        (
            "Ont signé la Ville de Lyon (Rhône), la Ville de Grenoble et la Ville d'Annecy "
            "(Haute-Savoie) côté français, la Ville de Genève et la Commune de Lausanne "
            "(Vaud) côté suisse ainsi que d'Italie la Ville de Turin et la Commune d'Aoste.",
            ["Lyon", "Grenoble", "Annecy", "Genève", "Lausanne", "Turin", "Aoste"],
        ),
        (
            "La declaración la firmaron el Ayuntamiento de Bilbao (Bizkaia), el Ayuntamiento "
            "de Madrid y el Ayuntamiento de Valencia (Valencia) por parte española, la Câmara "
            "Municipal do Porto y la Câmara Municipal de Faro (Faro) desde Portugal así como "
            "de los Países Bajos el Municipio de Leiden y el Municipio de Gouda.",
            ["Bilbao", "Madrid", "Valencia", "Porto", "Faro", "Leiden", "Gouda"],
        ),
    ],
)
def test_a_sentence_s_groups_of_members_by_country_go_on_while_they_name_places(
    sentence: str, cities: list[str]
) -> None:
    """Members grouped by country in one sentence, each group's last bracket followed by
    the words that say where it is ('côté français', 'en Suisse', 'desde Portugal') and the
    next group led by a country ('d'Italie la Ville de Turin'): every group is read."""
    places = PlaceNames(lambda name: fold(name) in GROUPED)
    page = f"Actualités\n\n{sentence}\n"
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("paragraph", "cities"),
    [("With the accession of Lille, Nancy, Metz and Reims the network now counts 48 towns. "
      "In Portugal too the network grows: Braga, Faro and Viseu joined this spring.",
      ["Lille", "Nancy", "Metz", "Reims", "Braga", "Faro", "Viseu"]),
     ("Mit dem Beitritt von Sevilla, Málaga und Cádiz zählt das Netz nun 48 Städte. Auch "
      "in den Niederlanden wächst es: Utrecht, Leiden und Delft traten bei.",
      ["Sevilla", "Málaga", "Cádiz", "Utrecht", "Leiden", "Delft"])],
)  # fmt: skip
def test_a_list_that_ends_its_sentence_and_goes_on_after_the_next_sentence_s_colon(
    paragraph: str, cities: list[str]
) -> None:
    """A list's last item ends its sentence in a clause ('... and Reims the network now
    counts 48 towns.'), and the next sentence announces more of it after a colon: both
    parts are the list, the clause's 'and' names as a last item's are."""
    assert read(f"New members\n\n{paragraph}\n") == cities


@pytest.mark.parametrize(
    ("page", "cities"),
    [("New members\n\nThis spring Lille, Nancy, Metz and the Province of Utrecht joined as "
      "new members.\n", ["Lille", "Nancy", "Metz", "Province of Utrecht"]),
     ("Nouveaux membres\n\nCe printemps, Lille, Nancy, Metz et la Métropole de Lyon ont "
      "adhéré au réseau.\n", ["Lille", "Nancy", "Metz", "Métropole de Lyon"])],
)  # fmt: skip
def test_a_body_that_ends_a_list_ends_before_its_sentence_s_predicate(
    page: str, cities: list[str]
) -> None:
    """A body named last in a sentence's list, the sentence's verb after it in lower case
    ('the Province of Utrecht joined as new members', 'la Métropole de Lyon ont adhéré'):
    the body's name ends at its last capitalised word."""
    assert read(page) == cities


def test_an_uncased_sentence_s_middle_items_keep_no_sentence_end_they_lack() -> None:
    """'경기 화성시, 충남 당진시, 전라남도 순천시 등': an item read as its place's name ends
    with the sentence's full stop only where the page wrote one; a middle item has none."""
    known = {"화성시", "당진시", "순천시", "杭州市", "南京市", "成都市"}
    is_place = PlaceNames(lambda name: name in known)
    for text, listing in [
        (
            "가입 도시는 경기 화성시, 충남 당진시, 전라남도 순천시 등 세 곳이다",
            "가입 도시는 경기 화성시, 당진시, 순천시 등 세 곳이다",
        ),
        (
            "新加入的城市有浙江 杭州市, 江苏 南京市, 四川 成都市等",
            "新加入的城市有浙江 杭州市, 南京市, 成都市",
        ),
    ]:
        assert _uncased_listing(text, is_place) == listing


@pytest.mark.parametrize(
    ("item", "names"),
    [("北見市 ■東京都 町田市", "北見市, 町田市"),
     ("鎌倉市 ■北海道 江別市", "鎌倉市, 江別市"),
     ("여수시 ■강원도 춘천시", "여수시, 춘천시")],
)  # fmt: skip
def test_a_prefecture_s_heading_glued_inside_an_uncased_list_is_no_place(
    item: str, names: str
) -> None:
    """A list of towns by prefecture or province that a page's copy joined into one line,
    each heading with its bullet before its first town ('■東京都 町田市', '■北海道 江別市',
    '■강원도 춘천시'): the heading, named with a region's form (Japanese 都 and 道 as 県
    and 府, Korean 도), is read as the region before its town's name, no item of its own."""
    known = {"北見市", "町田市", "鎌倉市", "江別市", "여수시", "춘천시"}
    assert _uncased_item(item, False, PlaceNames(lambda name: name in known)) == (names, None)


@pytest.mark.parametrize(
    ("text", "listing"),
    [("经评审,南宁市, 柳州市和桂林市正式加入网络. 至此,网络成员共有30个,遍布12个省.",
      "南宁市, 柳州市, 桂林市. 至此、网络成员共有30个、遍布12个省."),
     ("新たに加わったのは, 大垣市, 多治見市と高山市正式加盟. 以上で, 会員は18市",
      "新たに加わったのは, 大垣市, 多治見市, 高山市. 以上で、会員は18市"),
     ("새로 가입한 도시는 포항시, 경주시, 안동시로, 이로써 협의회의 회원 도시는 모두 20곳이다.",
      "새로 가입한 도시는 포항시, 경주시, 안동시. 이로써 협의회의 회원 도시는 모두 20곳이다.")],
)  # fmt: skip
def test_an_uncased_list_s_last_name_before_its_sentence_s_predicate_ends_the_list(
    text: str, listing: str
) -> None:
    """A list's last name in a script without capitals or spaces, the sentence's predicate
    or a case's particle glued right after it ('桂林市正式加入', '안동시로'): the name ends
    with its town's form, and the list with it; the clauses after, their commas written
    with no space (the Chinese '，') or not, part no list of it."""
    known = {"南宁市", "柳州市", "桂林市", "大垣市", "多治見市", "高山市", "포항시", "경주시"}
    known |= {"안동시", "협의회", "도시", "회원"}  # short words some gazetteer has as places
    folded = {fold(name) for name in known}
    assert _uncased_listing(text, PlaceNames(lambda name: fold(name) in folded)) == listing


@pytest.mark.parametrize(
    ("text", "listing"),
    [("新成员包括广东省广州市, 深圳市,福建省厦门市和泉州市,以及海南省海口市等5个城市. 至此, 共30个",
      "广州市, 深圳市, 厦门市, 泉州市, 海口市等5个城市. 至此、共30个"),
     ("加盟したのは愛知県豊橋市, 岡崎市,及び岐阜県大垣市. 以上で, 会員は18市",
      "豊橋市, 岡崎市, 大垣市. 以上で、会員は18市")],
)  # fmt: skip
def test_an_uncased_list_s_groups_by_region_part_by_an_unspaced_comma(
    text: str, listing: str
) -> None:
    """A list in Chinese or Japanese by region, '、' between a group's towns and the
    unspaced comma ('，'), an 'and' maybe after it, before the next region's name glued to
    its first town ('深圳市，福建省厦门市', '岡崎市，及び岐阜県大垣市'): one list."""
    known = {"广州市", "深圳市", "厦门市", "泉州市", "海口市", "豊橋市", "岡崎市", "大垣市"}
    assert _uncased_listing(text, PlaceNames(lambda name: name in known)) == listing


@pytest.mark.parametrize(
    ("text", "listing"),
    [("新加入的城市有浙江省杭州市, 江苏省南京市和四川省成都市等3个城市. 至此, 成员共有40个",
      "杭州市, 南京市, 成都市等3个城市. 至此、成员共有40个"),
     ("本年度加入的有臺中市, 臺南市及高雄市等3市. 至此, 會員城市共有25個",
      "臺中市, 臺南市, 高雄市等3市. 至此、會員城市共有25個")],
)  # fmt: skip
def test_an_uncased_list_s_last_item_keeps_its_count_before_the_next_sentence(
    text: str, listing: str
) -> None:
    """The last item of a list in a script without capitals, a region before each town
    and a count after the last ('四川省成都市等3个城市', '高雄市等3市'), the next sentence
    in the same item: the names end where the last was read, not where the word after
    them names none, and the next sentence's commas part no list of it."""
    known = {"杭州市", "南京市", "成都市", "臺中市", "臺南市", "高雄市"}
    assert _uncased_listing(text, PlaceNames(lambda name: name in known)) == listing


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        (
            "Declaración\n\nFirmaron la declaración:\n\n"
            "Ayuntamiento de Getafe; Ayuntamiento de San Sebastián\nde los Reyes; "
            "Ayuntamiento de Alcorcón; Ayuntamiento de Móstoles; Ayuntamiento\nde Leganés.\n",
            ["Getafe", "San Sebastián de los Reyes", "Alcorcón", "Móstoles", "Leganés"],
        ),
        (
            "Declaració\n\nHan signat:\n\n"
            "Ajuntament de Terrassa; Ajuntament de Sant Andreu de la Barca; Ajuntament\n"
            "de Sabadell; Ajuntament de Sant Andreu\nde Llavaneres; Ajuntament de Manresa\n",
            ["Terrassa", "Sant Andreu de la Barca", "Sabadell", "Sant Andreu de Llavaneres",
             "Manresa"],
        ),
    ],
)  # fmt: skip
def test_a_body_s_form_before_a_long_name_is_one_item_of_a_semicolon_list(
    page: str, cities: list[str]
) -> None:
    """Items parted by semicolons, each a body's form and its town ('Ayuntamiento de San
    Sebastián de los Reyes'), broken over lines inside names: the form's words make no item
    a clause, so the list runs on past a long name to its end."""
    towns = {
        "getafe", "san sebastian de los reyes", "alcorcon", "mostoles", "leganes",
        "sant andreu de la barca", "terrassa", "sabadell", "sant andreu de llavaneres",
        "manresa",
    }  # fmt: skip
    places = PlaceNames(lambda name: fold(name) in towns)
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("line", "bodies"),
    [
        ("The signatories are Leeds City Council, Bradford Council and Hull City Council.", []),
        ("Det gjelder Bergen kommune, Voss kommune og Stord kommune.", []),
        ("Stadt Lyon, Stadt Lille und Stadt Nancy", ["Stadt Lyon", "Stadt Lille", "Stadt Nancy"]),
        ("Gemeente Utrecht, Gemeente Leiden,", ["Gemeente Utrecht", "Gemeente Leiden"]),
    ],
)
def test_bodies_several_a_line_are_names_after_their_forms_not_a_sentence(
    line: str, bodies: list[str]
) -> None:
    """A line of bodies named by their forms is several entries (`formed_items`); a
    sentence whose first item is its words before a body ('The signatories are Leeds City
    Council') is none: a name after a form is capitalised words and particles."""
    assert formed_items(line) == bodies


def test_bodies_named_by_their_forms_in_the_list_s_later_sentences_are_members() -> None:
    french = (
        "Nouveaux membres\n\n"
        "Ont rejoint le réseau la Ville de Lille, la Ville de Nancy et la Ville de Metz. "
        "Depuis la Champagne arrive aussi la Ville de Reims, ainsi que la Métropole de Lyon, "
        "qui associe ses 59 communes à sa stratégie. Le maire de la Ville de Dunkerque a "
        "salué leur arrivée.\n"
    )
    assert read(french) == ["Lille", "Nancy", "Metz", "Reims", "Métropole de Lyon"]
    portuguese = (
        "Novos membros\n\n"
        "Aderiram à rede o Município de Braga, o Município de Évora e o Município de Faro. "
        "Do Centro chega o Município de Viseu, e do Sul o Município de Jaen, apresentados "
        "pelo presidente da Câmara Municipal de Coimbra.\n"
    )
    assert read(portuguese) == ["Braga", "Évora", "Faro", "Viseu", "Jaen"]


def test_a_union_of_municipalities_by_its_form_word() -> None:
    assert body_kind("Verbandsgemeinde Nieder-Olm") == "union of municipalities"
    assert body_kind("Samtgemeinde Bersenbrück") == "union of municipalities"
    assert body_kind("Сдружение на общините") == "union of municipalities"


@pytest.mark.parametrize(
    ("paragraph", "cities"),
    [
        (
            "Neue Mitglieder sind die Städte Aachen, Leipzig und Pirna und außerdem die Stadt "
            "Graz, die im April beigetreten ist.",
            ["Aachen", "Leipzig", "Pirna", "Graz"],
        ),
        (
            "Nowymi członkami zostały miasta Gdynia, Kalisz i Tczew, a także gmina Kłodzko.",
            ["Gdynia", "Kalisz", "Tczew", "Kłodzko"],
        ),
        (
            "Nuovi membri sono i comuni di Lodi, Crema e Cremona e inoltre il comune di Pavia, "
            "che ha aderito in aprile.",
            ["Lodi", "Crema", "Cremona", "Pavia"],
        ),
    ],
)
def test_the_last_member_of_a_list_added_with_and_also_and_its_form(
    paragraph: str, cities: list[str]
) -> None:
    """A sentence's list whose last member follows its 'and' and a word for 'also' or
    'further', named by its form ('und außerdem die Stadt Graz', 'a także gmina Kłodzko',
    'e inoltre il comune di Pavia'): one more member, not words of the sentence."""
    known = {fold(city) for city in cities}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(["Neu", "", paragraph], places, page=["Neu", "", paragraph])
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("paragraph", "cities"),
    [
        (
            "Ont rejoint le réseau les villes de Lille, Nancy et Metz. La commune de Reims, "
            "dans la Marne, a adhéré comme membre associé.",
            ["Lille", "Nancy", "Metz", "Reims"],
        ),
        (
            "Se han unido las ciudades de Sevilla, Málaga y Cádiz. El municipio de Huelva, en "
            "Andalucía, se ha adherido como miembro asociado.",
            ["Sevilla", "Málaga", "Cádiz", "Huelva"],
        ),
        (
            "Verkostoon liittyivät Porin kaupunki, Rauman kaupunki ja Euran kunta. Lisäksi "
            "Ulvilan kaupunki on tehnyt liittymispäätöksen, ja se liitetään verkostoon syksyllä.",
            ["Pori", "Rauma", "Eura", "Ulvila"],
        ),
    ],
)
def test_a_member_named_by_its_form_as_the_subject_of_the_next_sentence_that_joins(
    paragraph: str, cities: list[str]
) -> None:
    """The sentence after a list whose subject is one more member named by its form and
    whose verb says it joined ('La commune de Reims, dans la Marne, a adhéré', 'El municipio
    de Huelva ... se ha adherido'; a Nordic body, its form after its town's name, after a
    word for 'also': 'Lisäksi Ulvilan kaupunki on tehnyt liittymispäätöksen'): one more
    member of the list."""
    known = {fold(city) for city in cities}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(["Neu", "", paragraph], places, page=["Neu", "", paragraph])
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    "motion",
    [
        "op voorstel van raadslid Ana Costa",
        "op voorstel van Rui Costa",
        "na een motie van Paulo Costa",
    ],
)
def test_a_person_s_name_at_the_end_of_a_clause_after_the_list_is_no_place(motion: str) -> None:
    """A list's last item that goes on in a clause in lower case and ends in a person's
    given name and family name: the given name alone is no place, though it names one, nor
    is the family name ('Ana', 'Costa' are places here)."""
    page = (
        "Nieuws\n\n"
        "De verklaring is ondertekend door de gemeenten Utrecht, Leiden, Delft en Gouda. Ook "
        f"tekende de Gemeente Zwolle, met een besluit van de gemeenteraad {motion}.\n"
    )
    assert read(page) == ["Utrecht", "Leiden", "Delft", "Gouda", "Zwolle"]


def test_a_paragraph_of_places_that_joined_goes_on_with_the_list_before_it() -> None:
    """A list with each place's province in brackets, after which the sentence goes on with
    one role ('en presencia del presidente de la Red': Spanish 'en' is no Dutch 'and'), then
    a paragraph that says more places joined, one with its province after 'en': one list."""
    known = {"cuenca", "loja", "ambato", "ibarra", "tulcan", "manta", "machala", "red"}
    places = PlaceNames(lambda name: fold(name) in known)
    page = [
        "Noticias",
        "",
        "El acuerdo fue firmado por los alcaldes de Cuenca (Azuay), Loja (Loja) y Ambato "
        "(Tungurahua), en presencia del presidente de la Red de Ciudades del Agua.",
        "",
        "Después se adhirieron los municipios de Ibarra, Tulcán y Manta, en Manabí, y Machala "
        "(El Oro). Quito asistió como observador.",
        "",
    ]
    found = read_member_list(page, places)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Cuenca", "Loja", "Ambato", "Ibarra", "Tulcán", "Manta", "Machala"
    ]  # fmt: skip


def test_a_body_by_its_form_after_an_article_is_named_without_it() -> None:
    """An article, then a body's form and its place: the body ('La commune de Metz', 'il
    comune di Lodi', 'Die Stadt Jena'); a word that is no article, or no form after it: ''."""
    assert _formed_after_article("La commune de Metz") == "commune de Metz"
    assert _formed_after_article("il comune di Lodi") == "comune di Lodi"
    assert _formed_after_article("Die Stadt Jena") == "Stadt Jena"
    assert _formed_after_article("Neue Stadt Jena") == ""
    assert _formed_after_article("La belle Metz") == ""


def test_a_plural_form_after_the_last_of_names_joined_by_and_is_each_ones_form() -> None:
    """'Delft og Gouda kommuner' inside a list, before 'samt' and a role's clause: both
    towns, the plural form shared by them, not one name."""
    found = read(
        "Nyhet\n\nAvtalen er signert av ordførerne for Utrecht, Leiden, Delft og Gouda "
        "kommuner samt av ordføreren i Arnhem.\n"
    )
    assert {"Delft", "Gouda", "Arnhem"} <= set(found)
    assert not any("kommuner" in city for city in found)


def test_a_role_s_word_for_in_that_is_an_and_elsewhere_parts_no_shared_bracket() -> None:
    """'ordføreren i Arnhem (Gelderland)': 'i' is 'in' after a role, one entry; 'Lyon i
    Grenoble (France)', two names, is parted at the same word."""
    places = PlaceNames(lambda name: fold(name) in KNOWN)
    assert _split_shared("ordføreren i Arnhem (Gelderland)", places) == [
        ("ordføreren i Arnhem (Gelderland)", False)
    ]
    assert [n for n, _ in _split_shared("Lyon i Metz (France)", places)] == [
        "Lyon (France)",
        "Metz (France)",
    ]


@pytest.mark.parametrize(
    ("item", "name"),
    [("la Commune de Djerba Houmt Souk en Tunisie", "la Commune de Djerba Houmt Souk (Tunisie)"),
     ("the Shire of Denmark Walpole in Australia", "the Shire of Denmark Walpole (Australia)"),
     ("Ljubljana in Maribor", "Ljubljana in Maribor")],
)  # fmt: skip
def test_a_country_after_a_preposition_ends_a_group_s_item_and_is_no_place(
    item: str, name: str
) -> None:
    """A group's last item in a list, a preposition of place and the group's country after
    it ('... en Tunisie', '... in Australia'), its name unknown ('Djerba Houmt Souk'): the
    country says where the item is, in its bracket, no place of the list; not a Slovenian
    'in' ('and') before a region's town."""
    places = PlaceNames(lambda n: fold(n) in {"tunisie", "australia", "maribor"})
    assert _split_places(item, places) == [(name, False)]


@pytest.mark.parametrize(
    "sentence",
    ["Braga e Faro (Portugal), Utrecht e Delft (Países Baixos) bem como Lille e Metz "
     "(Hauts-de-France, França) aderiram à rede, que conta agora 40 membros.",
     "Braga and Faro (Portugal), Utrecht and Delft (Netherlands) and Lille and Metz "
     "(Hauts-de-France, France) joined the network, which now has 40 members."],
)  # fmt: skip
def test_the_last_item_of_a_list_holds_two_groups_each_with_its_bracket(sentence: str) -> None:
    """A list's last item holds two groups of names, each with its bracket, an 'and' or 'as
    well as' between them, the sentence's predicate after the last: every name of both."""
    assert read(f"Novos membros\n\n{sentence}\n\nContacto\n") == [
        "Braga", "Faro", "Utrecht", "Delft", "Lille", "Metz",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("known", "text", "expected"),
    [
        ({"szolnok", "kecskemet", "baja", "tata", "zalaegerszeg", "nagykanizsa", "kaposvar"},
         "A chartát Szolnok, Kecskemét, Baja és Tata jegyzői írták alá a tavaszi ülésen. A "
         "hálózat azóta Zalaegerszeggel, Nagykanizsával és Kaposvárral bővült, amelyek a múlt "
         "hónapban döntöttek a csatlakozásról.",
         ["Szolnok", "Kecskemét", "Baja", "Tata", "Zalaegerszeg", "Nagykanizsa", "Kaposvár"]),
        ({"panevezys", "utena", "birzai", "vilnius"},
         "Prie tinklo šiemet prisijungė Panevėžio miesto savivaldybė, Utenos savivaldybė ir "
         "Biržų savivaldybė. Jos parengs bendrą veiksmų planą.",
         ["Panevėžys", "Utena", "Biržai"]),
        ({"maribor", "celje", "koper", "kranj", "rijeka", "split", "zadar", "bled"},
         "Aufgenommen wurden in Bled aus Slowenien die Städte Maribor, Celje, Koper und Kranj "
         "sowie aus Kroatien Rijeka, Split und Zadar.",
         ["Maribor", "Celje", "Koper", "Kranj", "Rijeka", "Split", "Zadar"]),
    ],
)  # fmt: skip
def test_running_text_lists_in_verb_final_genitive_and_grouped_shapes(
    known: set[str], text: str, expected: list[str]
) -> None:
    """Three ways running text goes on with a list: a next sentence that says only at its
    end that its towns joined (Hungarian, verb last: 'bővült, amelyek ... a csatlakozásról');
    bodies named by their town's genitive before the body's word (Lithuanian 'Utenos
    savivaldybė', plural 'Biržų'); a group after 'as well as' introduced by the country it
    comes from ('sowie aus Kroatien Rijeka, ...'), not the venue before ('in Bled')."""
    found = read_member_list(
        ["Presse", "", text, "", "Ende"], PlaceNames(lambda n: fold(n) in known), page=["Presse"]
    )
    assert found is not None
    assert [e.city for e in found.entries] == expected


def test_a_name_in_two_languages_after_lead_in_words_is_read_without_them() -> None:
    known = {"trento", "rovereto", "merano", "meran", "bressanone"}
    places = PlaceNames(lambda n: any(fold(part) in known for part in n.split("/")))
    text = (
        "Aufgenommen wurden Trento, Rovereto, Meran und die zweisprachige Stadt Brixen/Bressanone."
    )
    found = read_member_list(["Presse", "", text, "", "Ende"], places, page=["Presse"])
    assert found is not None
    assert [e.city for e in found.entries][-1] == "Brixen/Bressanone"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The newest members are Lethbridge, Alta., Thompson, Man., Sarnia, Ont., Gatineau, "
      "Que., and Truro, N.S. They will report each spring.",
      [("Lethbridge", "Alta."), ("Thompson", "Man."), ("Sarnia", "Ont."), ("Gatineau", "Que."),
       ("Truro", "N.S.")]),
     ("Joining this year are Eugene, Ore., Tacoma, Wash., Boulder, Colo., and Albany, Ga. "
      "Each will name a heat officer.",
      [("Eugene", "Ore."), ("Tacoma", "Wash."), ("Boulder", "Colo."), ("Albany", "Ga.")]),
     ("The pact was signed by Sarnia, Thompson, Lethbridge, Alta., and Truro.",
      [("Sarnia", ""), ("Thompson", ""), ("Lethbridge", "Alta."), ("Truro", "")])],
)  # fmt: skip
def test_a_press_abbreviation_after_a_town_in_running_text_is_its_state_or_province(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """News style writes a town's state or province after it as the press abbreviates it,
    with its stop ('Sarnia, Ont.', 'Eugene, Ore.'), in the same commas that part the list:
    the town's region, no place of its own, though a place somewhere has its letters
    ('Alta', 'Man', 'Que'); its stop may end the sentence too."""
    known = {
        "lethbridge", "thompson", "sarnia", "gatineau", "truro", "eugene", "tacoma", "boulder",
        "albany", "alta", "man", "ont", "que", "ore", "wash", "colo", "ga",
    }  # fmt: skip
    found = read_member_list(
        ["News", "", text, "", "End"], PlaceNames(lambda n: fold(n) in known), page=["News"]
    )
    assert found is not None
    assert [(e.city, e.region) for e in found.entries] == expected


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("올해 새로 가입한 지방정부는 포항시와 구미시, 경주시 및 강원특별자치도로, 이로써 "
         "회원은 모두 19곳이 됐다.", ["포항시", "구미시", "경주시", "강원특별자치도"]),
        ("협약에 새로 가입한 곳은 목포시와 여수시, 순천시 및 광양군으로, 회원은 모두 12곳이다.",
         ["목포시", "여수시", "순천시", "광양군"]),
    ],
)  # fmt: skip
def test_a_korean_list_s_last_name_keeps_no_particle_of_direction(
    sentence: str, cities: list[str]
) -> None:
    """Korean glues the particle '로'/'으로' (as, to) to a sentence's last name ('... 및
    강원특별자치도로, 이로써 ...': X, Y and Z, so ...), and writes 'and' ('및') apart
    between two names of one comma's item: the particle is no part of the name, the list
    ends with it, and the clause after its comma is no item."""
    places = PlaceNames(lambda name: name in cities)
    page = ["신규 회원", "", "2024년 9월 1일", "", sentence, "", "공유하기"]
    found = read_member_list(page, places, page=page)
    assert found is not None
    assert [e.city for e in found.entries] == cities


SLAVIC_GENITIVES = PlaceNames(
    lambda name: fold(name) in {fold(n) for n in (
        "Split", "Zadar", "Šibenik", "Osijek", "Bol", "Rijeka", "Ваљево", "Шабац", "Лесковац",
        "Вршац", "Сомбор", "Крушевац")}
)  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("Sporazum su u Rijeci potpisali gradonačelnici Splita, Zadra, Šibenika i Osijeka, kao i "
      "predsjednik općine Bola.", ["Split", "Zadar", "Šibenik", "Osijek", "Bol"]),
     ("Декларацију су у Крушевцу потписали градоначелници Ваљева, Шапца, Лесковца и Вршца, "
      "као и председник Скупштине града Сомбора.",
      ["Ваљево", "Шабац", "Лесковац", "Вршац", "Сомбор"])],
)  # fmt: skip
def test_names_after_a_plural_role_that_takes_the_genitive_are_all_in_that_case(
    sentence: str, cities: list[str]
) -> None:
    """'gradonačelnici Splita, Zadra, Šibenika i Osijeka' (the mayors of): the role before
    the first name takes the genitive, and so each name after it is in that case, though
    their endings differ; 'kao i' ('as well as') adds one more signer, with its own role
    ('predsednik Skupštine grada', the president of the city's assembly); the town where
    they signed ('u Rijeci') is none."""
    page = f"Izjava\n\n{sentence}\n"
    found = read_member_list(page.split("\n"), SLAVIC_GENITIVES, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    "text",
    [
        "L'assemblée a approuvé l'adhésion des villes de Sfax, de Sousse et de Gabès en "
        "Tunisie, ainsi que de Meknès et de Tétouan au Maroc.",
        "La asamblea aprobó la adhesión de los municipios de Sfax, de Sousse y de Gabès en "
        "Túnez, así como de Meknès y de Tétouan en Marruecos.",
    ],
)
def test_a_sentence_s_places_grouped_by_country_go_on_after_each_group(text: str) -> None:
    """A sentence naming its places in groups, each group 'and'-parted and ended by a
    preposition of place and the group's country, the next led by 'as well as': one list,
    the groups after the first not lost."""
    known = {"sfax", "sousse", "gabes", "meknes", "tetouan"}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(["Actualités", "", text, "", "Contact"], places, page=["Actualités"])
    assert found is not None
    assert [e.city for e in found.entries] == ["Sfax", "Sousse", "Gabès", "Meknès", "Tétouan"]


@pytest.mark.parametrize(
    "text",
    [
        "Aderiram à rede: Braga, Évora e Faro, de Portugal; Lille e Metz, de França; e Sevilla "
        "(Andalucía), Huelva e Jaén, de Espanha.",
        "Aderiram à rede: Braga, Évora e Faro, de Portugal; Lille e Metz, de França; Sevilla, "
        "capital da Andaluzia, Huelva e Jaén, de Espanha.",
        "Joining now are Braga, Évora and Faro, of Portugal; Lille and Metz, in France; "
        "and Sevilla (Andalucía), Huelva and Jaén, of Spain.",
    ],
)
def test_groups_parted_by_semicolons_each_end_in_their_country_after_a_comma(text: str) -> None:
    """A sentence's groups of places parted by semicolons, each group's names ending in a
    comma and a preposition with their country (', de Portugal', ', in France'): the country
    is the group's, as a bracket after it would be, and no place of its own; words that say
    what a name is ('capital da Andaluzia') no place either."""
    places = PlaceNames(lambda name: fold(name) in {*KNOWN, "andalucia", "capital"})
    found = read_member_list(["Notícias", "", text, "", "Contacto"], places, page=["Notícias"])
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Braga", "Évora", "Faro", "Lille", "Metz", "Sevilla", "Huelva", "Jaén"
    ]  # fmt: skip
    assert [find_country(e.country) for e in found.entries[1:5]] == ["PT", "PT", "FR", "FR"]
    assert [find_country(e.country) for e in found.entries[6:]] == ["ES", "ES"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Signing the call were the mayor of Kiel, the mayor of Lübeck, the mayor of\n"
            "Rostock and the mayor of Schwerin, together with the mayor of Bremen, the\n"
            "mayor of Graz and the mayor of Salzburg. The mayor of Kiel thanked the\n"
            "mayor of Graz for hosting the meeting, and the mayor of Bremen spoke for\n"
            "the mayor of Salzburg, who could not come."
        ),
        (
            "Den Aufruf unterzeichneten der Bürgermeister von Kiel, die Bürgermeisterin von\n"
            "Lübeck, der Bürgermeister von Rostock und der Bürgermeister von Schwerin sowie\n"
            "die Bürgermeisterin von Bremen, der Bürgermeister von Graz und der Bürgermeister\n"
            "von Salzburg. Der Bürgermeister von Kiel dankte der Bürgermeisterin von\n"
            "Bremen für die Einladung."
        ),
        (
            "L'appel a été signé par le maire de Kiel, la maire de Lübeck, le maire de\n"
            "Rostock et le maire de Schwerin, ainsi que par la maire de Bremen, le maire de\n"
            "Graz et le maire de Salzburg. Le maire de Kiel a remercié la maire de\n"
            "Bremen pour son accueil et le maire de Graz a parlé au nom du maire de\n"
            "Salzburg, absent."
        ),
    ],
)
def test_a_paragraph_hard_wrapped_into_lines_with_roles_is_one_sentence(text: str) -> None:
    """Prose copied from a PDF or an e-mail, its sentences wrapped at a fixed width: each
    line names a role ('der Oberbürgermeister von' / 'Bremen'), but the lines run on into
    each other (no stop at a line's end, a word in lower case at its end or at the next
    one's start), so the paragraph is one text for the running-text reader, not a list
    of one entry a line."""
    cities = ["Kiel", "Lübeck", "Rostock", "Schwerin", "Bremen", "Graz", "Salzburg"]
    known = {fold(c) for c in cities}
    places = PlaceNames(lambda name: fold(name) in known)
    lines = ["Aktuelles", "", *text.split("\n"), "", "Kontakt"]
    assert not _one_entry_a_line(text.split("\n"))
    found = read_member_list(lines, places, page=lines)
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_lines_each_a_signer_s_role_are_still_one_entry_a_line() -> None:
    """Signers' lines, each a role and its place, are a list's lines: none runs on."""
    lines = ["Bürgermeister von Kiel", "Bürgermeisterin der Stadt Lübeck", "Mayor of Graz"]
    assert _one_entry_a_line(lines)


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        (
            "The charter was signed by the Mayor of Leiden, Dr. Teresa Costa, the Mayor of "
            "Delft and the Mayor of Gouda.",
            ["Leiden", "Delft", "Gouda"],
        ),
        (
            "Firmaron la carta la alcaldesa de Sevilla, Sra. Dña. Ana Costa, el alcalde de "
            "Málaga y el alcalde de Huelva.",
            ["Sevilla", "Málaga", "Huelva"],
        ),
        (
            "Unterzeichnet haben die Bürgermeisterin von Utrecht, Frau Dr. Teresa Costa, der "
            "Bürgermeister von Arnhem und der Bürgermeister von Zwolle.",
            ["Utrecht", "Arnhem", "Zwolle"],
        ),
    ],
)
def test_a_role_s_holder_after_it_with_honorifics_is_no_place(
    sentence: str, cities: list[str]
) -> None:
    """A signer's name after the role and place it holds, led by honorifics and degrees
    ('Frau Dr.', 'Sra. Dña.'): the holder, not one more place, whatever place their
    surname is."""
    assert read(f"Noticias\n\n{sentence}\n") == cities


@pytest.mark.parametrize(
    ("text", "cities"),
    [("Les villes de Lille, Nancy, Metz et Reims ont adhéré, ainsi que la ville de Lyon.",
      ["Lille", "Nancy", "Metz", "Reims", "Lyon"]),
     ("As câmaras de Braga, Évora, Faro e Viseu já aderiram, tal como a cidade de Coimbra.",
      ["Braga", "Évora", "Faro", "Viseu", "Coimbra"]),
     ("De gemeenten Utrecht, Leiden, Delft en Gouda sluiten zich aan, net als Zwolle.",
      ["Utrecht", "Leiden", "Delft", "Gouda", "Zwolle"])],
)  # fmt: skip
def test_an_and_before_a_short_predicate_inside_a_list_parts_two_places(
    text: str, cities: list[str]
) -> None:
    """An item inside a sentence's list whose 'and' parts two places before their verb's
    words in lower case, however few its words ('Metz et Reims ont adhéré'), the list going
    on after it ('ainsi que ...'): two places, not one name."""
    reading = _read_paragraph(text, 1, PlaceNames(lambda name: fold(name) in KNOWN))
    assert reading is not None
    assert [e.city for e in reading.entries] == cities


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        (
            "Unterzeichnet haben die Bürgermeister von Utrecht, Leiden und Delft. Aus den "
            "Niederlanden schlossen sich außerdem die Bürgermeisterin von Gouda und der "
            "Bürgermeister von Zwolle an.",
            ["Utrecht", "Leiden", "Delft", "Gouda", "Zwolle"],
        ),
        (
            "The declaration was signed by the mayors of Lille, Nancy and Metz. Later they "
            "were joined by the mayor of Reims and the mayor of Lyon.",
            ["Lille", "Nancy", "Metz", "Reims", "Lyon"],
        ),
        (
            "Firmaron la declaración los alcaldes de Sevilla, Málaga y Cádiz. Después se "
            "sumaron la alcaldesa de Huelva y el alcalde de Jaén.",
            ["Sevilla", "Málaga", "Cádiz", "Huelva", "Jaén"],
        ),
    ],
)
def test_a_sentence_after_the_list_saying_two_more_joined_adds_both(
    text: str, cities: list[str]
) -> None:
    """The sentence after a list's that says others joined and names them with an 'and'
    between their roles and places, its own stop at its end: each one more signatory."""
    assert read(f"News\n\n{text}\n") == cities


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("Vid årsmötet välkomnades Gävle kommun, Uppsala kommun och Borås stad som nya "
         "medlemmar, liksom Region Dalarna.",
         ["Gävle", "Uppsala", "Borås", "Region Dalarna"]),
        ("Aderiram à rede as câmaras de Braga, Faro e Évora, além da Comunidade "
         "Intermunicipal do Alto Minho, que reúne dez municípios.",
         ["Braga", "Faro", "Évora", "Comunidade Intermunicipal do Alto Minho"]),
        ("De gemeenten Delft, Gouda en Leiden sluiten zich aan, net als de Provincie Utrecht.",
         ["Delft", "Gouda", "Leiden", "Provincie Utrecht"]),
    ],
)  # fmt: skip
def test_a_word_for_besides_or_like_adds_one_more_member_after_the_list_s_clause(
    sentence: str, cities: list[str]
) -> None:
    """A word for 'as well as', 'besides' or 'like' ('liksom', 'além da', 'net als') adds
    one more member after its list's predicate, without the word: the clause before it ends
    no sentence, and its list goes on to that name."""
    known = {"gavle", "uppsala", "boras", "braga", "faro", "evora", "delft", "gouda", "leiden"}
    page = f"Nyheter\n\n{sentence}\n"
    found = read_member_list(page.split("\n"), PlaceNames(lambda n: fold(n) in known))
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_a_body_before_as_well_as_and_a_chair_s_role_in_the_genitive_both_count() -> None:
    """A region's body as the last name before 'samt' (as well as), then a chair's role
    after a preposition and the council's noun in the genitive ('samt av kommunstyrelsens
    ordförande i Umeå kommun'): the body and the role's place are each a member, and the
    role's 'i' (in) is no 'and'."""
    known = {"gavle", "uppsala", "boras", "umea"}
    page = (
        "Nyheter\n\nAvtalet har undertecknats av Uppsala kommun, Gävle kommun, Borås stad och "
        "Region Dalarna samt av kommunstyrelsens ordförande i Umeå kommun.\n"
    )
    found = read_member_list(page.split("\n"), PlaceNames(lambda n: fold(n) in known))
    assert found is not None
    expected = ["Uppsala", "Gävle", "Borås", "Region Dalarna", "Umeå"]
    assert [e.city for e in found.entries] == expected


def test_a_name_a_pdf_wrapped_in_a_paragraph_of_ideographic_commas_is_one_name() -> None:
    """A paragraph of names parted by '、' that a PDF copy wrapped inside a name ('紫金' /
    '县'): the two halves are one name, joined with no space, as the script writes it."""
    parts = ["和平县、龙川县、紫金", "县、连平县、东源县"]
    assert _joined_lines(parts) == "和平县、龙川县、紫金县、连平县、东源县"
    assert _joined_lines(["和平县、龙川县", "紫金县、连平县"]) == "和平县、龙川县 紫金县、连平县"


def test_a_list_in_running_text_ends_with_its_languages_and_in_a_script_without_capitals() -> None:
    """Hindi's 'और', Bengali's 'এবং' and 'ও', Georgian's 'და', Armenian's 'և' add a list's
    last item as 'and' does: a body after it is the list's, the sentence's verb after it."""
    known = PlaceNames(lambda name: name in {"नागपुर", "नाशिक", "ठाणे", "कानपुर"})
    text = (
        "घोषणा पर नागपुर महानगरपालिका, नाशिक महानगरपालिका, ठाणे महानगरपालिका और कानपुर नगर "
        "निगम के महापौरों ने हस्ताक्षर किए।"
    )
    found = read_member_list(["शीर्षक", "", text, "", "."], known)
    assert found is not None
    assert [e.city for e in found.entries] == ["नागपुर", "नाशिक", "ठाणे", "कानपुर"]


def test_a_later_group_before_the_same_body_word_as_the_first_is_the_list_s_too() -> None:
    """Two groups of places joined by 'and', no commas between them, each followed by the
    same body's word (Telugu 'నగరపాలక', municipal corporation): the later group's places
    are the list's too, the word learnt from the first group."""
    names = {"ఒంగోలు", "ఏలూరు", "కడప", "కర్నూలు", "ఖమ్మం", "నిజామాబాద్", "తెలంగాణ"}
    text = (
        "ఒంగోలు, ఏలూరు, కడప మరియు కర్నూలు నగరపాలక సంస్థలతో పాటు తెలంగాణ నుంచి ఖమ్మం "
        "మరియు నిజామాబాద్ నగరపాలక సంస్థల మేయర్లు ప్రకటనపై సంతకం చేశారు."
    )
    found = read_member_list(["Title", "", text, ""], PlaceNames(lambda name: name in names))
    assert found is not None
    assert [e.city for e in found.entries] == [
        "ఒంగోలు", "ఏలూరు", "కడప", "కర్నూలు", "ఖమ్మం", "నిజామాబాద్"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Жыйында тармакка Ош, Баткен жана Кызыл-Кыя шаарлары мүчө болуп кабыл алынды.",
     "Чуулганаар Ош, Баткен болон Кызыл-Кыя хотын гишүүнээр элссэн.",
     "ಸಮಾವೇಶದಲ್ಲಿ ಓಶ್, ಬಾಟ್ಕೆನ್ ಮತ್ತು ಕೈಜಿಲ್-ಕಿಯಾ ನಗರಗಳು ಘೋಷಣೆಗೆ ಸಹಿ ಹಾಕಿದವು."],
)  # fmt: skip
def test_a_few_places_that_joined_or_signed_in_a_new_language_are_a_list(text: str) -> None:
    """Three places a sentence names are a list where it says they joined or signed, in
    Kyrgyz ('мүчө болуп', became members), Mongolian ('гишүүнээр элссэн', joined as
    members) and Kannada ('ಸಹಿ', signature), not examples."""
    names = {"Ош", "Баткен", "Кызыл-Кыя", "ಓಶ್", "ಬಾಟ್ಕೆನ್", "ಕೈಜಿಲ್-ಕಿಯಾ"}
    found = read_member_list(["Title", "", text, ""], PlaceNames(lambda name: name in names))
    assert found is not None
    assert len(found.entries) == 3


@pytest.mark.parametrize(
    ("text", "cities"),
    [("اعلامیے پر حیدرآباد، سکھر، لاڑکانہ اور مردان کے میئرز نے دستخط کیے۔ اجلاس کامیاب رہا۔",
      ["حیدرآباد", "سکھر", "لاڑکانہ", "مردان"]),
     ("ስምምነቱን የባሕር ዳር፣ የጎንደር፣ የደሴ እና የሐዋሳ ከንቲባዎች ፈረሙ።",
      ["ባሕር ዳር", "ጎንደር", "ደሴ", "ሐዋሳ"]),
     ("ઘોષણા પર સુરત, વડોદરા, રાજકોટ અને ભાવનગર મહાનગરપાલિકાના મેયરોએ સહી કરી.",
      ["સુરત", "વડોદરા", "રાજકોટ", "ભાવનગર"])],
)  # fmt: skip
def test_a_list_is_parted_by_its_script_s_own_commas_and_its_language_s_and(
    text: str, cities: list[str]
) -> None:
    """Urdu's comma '،' and stop '۔', Ethiopic's '፣' and '።' part a list as the Latin ones do;
    Urdu's 'اور', Amharic's 'እና', Gujarati's 'અને' add its last item."""
    names = {"حیدرآباد", "سکھر", "لاڑکانہ", "مردان", "ባሕር ዳር", "ጎንደር", "ደሴ", "ሐዋሳ"}
    names |= {"સુરત", "વડોદરા", "રાજકોટ", "ભાવનગર"}
    known = PlaceNames(lambda name: name.removeprefix("የ") in names)
    found = read_member_list(["شیرشک", "", text, "", "."], known)
    assert found is not None
    assert [e.city.removeprefix("የ") for e in found.entries] == cities


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("The new members are Lille, Nord; Metz, Moselle; and Nancy County, Meurthe. Each will "
      "send a team to the summer school.", ["Lille", "Metz", "Nancy County"]),
     ("Se suman Sevilla, Andalucía; Málaga, Andalucía; y Diputación de Huelva, Andalucía. "
      "Cada una enviará un equipo a la escuela de verano.",
      ["Sevilla", "Málaga", "Diputación de Huelva"])],
)  # fmt: skip
def test_a_last_item_s_body_is_read_before_its_region_s_comma(
    sentence: str, cities: list[str]
) -> None:
    """A list parted by semicolons of places each with its region after a comma, the last
    a body ('and Nancy County, Meurthe.'): the body is read whole, up to its comma."""
    assert read(f"Members\n\n{sentence}\n") == cities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Rejoignent le réseau les villes de Lyon, Nancy et Metz en France, ainsi que la "
      "commune de Sierre (Valais) en Suisse.", ("Sierre", ("CH",))),
     ("Neu dabei sind die Städte Kassel, Ulm und Jena sowie die Gemeinde Visp (Valais) in "
      "der Schweiz.", ("Visp", ("CH",))),
     ("Nieuw zijn de gemeenten Zwolle, Gouda en Delft, en de stad Genk (Limburg) in "
      "België.", ("Genk", ("BE",)))],
)  # fmt: skip
def test_a_region_in_a_bracket_then_a_locative_and_a_country_is_its_country(
    sentence: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    """A town, its region in a bracket, then a preposition of place and its country after
    the bracket ('Sierre (Valais) en Suisse'): the town is in that country, as in
    'Sierre (Valais, Suisse)', though the list's other towns are of another country and the
    region's name is one of two countries' ('Limburg')."""
    known = {"lyon", "nancy", "metz", "sierre", "kassel", "ulm", "jena", "visp", "zwolle",
             "gouda", "delft", "genk"}  # fmt: skip
    found = read_member_list(["News", "", sentence, ""], PlaceNames(lambda n: fold(n) in known))
    assert found is not None
    assert (found.entries[-1].city, found.entries[-1].codes) == expected


@pytest.mark.parametrize(
    "sentence",
    ["Verkoston uusina jäseninä aloittivat Turun, Lahden ja Porin kaupungit.",
     "Verkoston uusiksi jäseniksi valittiin Turun, Lahden ja Porin kaupungit."],
)  # fmt: skip
def test_new_members_in_a_case_form_say_the_sentence_names_who_joined(sentence: str) -> None:
    """Finnish declines 'new members' ('uusina jäseninä': as new members, 'uusiksi
    jäseniksi'): in any case it says the sentence's few places joined, a list alone in its
    paragraph."""
    known = {"turku", "lahti", "pori"}
    places = PlaceNames(lambda name: fold(name) in known)
    page = f"Uutiset\n\n{sentence}\n".split("\n")
    found = read_member_list(page, places, page=page)
    assert found is not None
    assert [e.city for e in found.entries] == ["Turku", "Lahti", "Pori"]


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [("Wanachama wapya ni Jiji la Mbeya, Manispaa ya Kigoma na Manispaa ya Songea kutoka "
      "Tanzania, pamoja na Kaunti ya Nyeri kutoka Kenya.",
      ["Mbeya", "Kigoma", "Songea", "Kaunti ya Nyeri"]),
     ("Tamko limesainiwa na Jiji la Mbeya, Manispaa ya Kigoma na Manispaa ya Songea.",
      ["Mbeya", "Kigoma", "Songea"]),
     ("Členovia schválili prihlášky mesta Nitra, mesta Trnava a mesta Martin.",
      ["Nitra", "Trnava", "Martin"])],
)  # fmt: skip
def test_a_sentence_of_joining_or_signing_names_its_bodies(
    sentence: str, bodies: list[str]
) -> None:
    """Swahili's words for new members and signing ('wanachama wapya', 'limesainiwa') and a
    Slovak word for membership applications ('prihlášky') say a sentence's few bodies joined
    or signed; a body's name ends before the country a preposition of origin gives
    ('Kaunti ya Nyeri kutoka Kenya': from Kenya)."""
    known = {"mbeya", "kigoma", "songea", "nyeri", "nitra", "trnava", "martin", "kenya"}
    places = PlaceNames(lambda name: fold(name) in known)
    page = f"Habari\n\n{sentence}\n".split("\n")
    found = read_member_list(page, places, page=page)
    assert found is not None
    assert [e.city for e in found.entries] == bodies


@pytest.mark.parametrize(
    ("sentence", "council"),
    [("Хартію підписали міські голови Braga, Faro та Viseu, а також голова Херсонської "
      "обласної ради.", "Херсонська обласна рада"),
     ("Хартию подписали мэры Braga, Faro и Viseu, а также председатель Тверской областной "
      "думы.", "Тверская областная дума")],
)  # fmt: skip
def test_an_oblast_s_council_named_in_the_genitive_after_its_head_s_title(
    sentence: str, council: str
) -> None:
    """A list's last item that names an oblast's council in the genitive after its head's
    title (Ukrainian 'голова ... обласної ради', Russian 'председатель ... областной думы'):
    the council, in its nominative, not a town its adjective reads."""
    assert read(f"Хартія\n\n{sentence}\n")[-1] == council


# Towns of a tiny invented gazetteer by their countries; a country's name in its own language
# names a village elsewhere (''), as 'Danmark' and 'Island' do in GeoNames' United States
NAMED_IN = {
    "odense": "DK", "aalborg": "DK", "esbjerg": "DK", "lund": "SE", "uppsala": "SE",
    "sverige": "", "eesti": "", "tartu": "EE", "parnu": "EE", "riga": "LV",
    "luxemburg": "LU", "gent": "BE", "brugge": "BE", "polska": "", "gdansk": "PL",
    "poznan": "PL", "gorlitz": "DE", "zittau": "DE", "island": "", "akureyri": "IS",
    "sevilla": "ES", "cordoba": "ES", "granada": "ES",
}  # fmt: skip


def _read_placed(page: str) -> list[str]:
    places = PlaceNames(
        lambda name: fold(name) in NAMED_IN,
        towns=lambda name: frozenset({NAMED_IN[fold(name)]} - {""}),
    )
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    return [e.city for e in found.entries]


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("Erklæringen er underskrevet af Odense, Aalborg, Esbjerg, Lund og Uppsala i Sverige.",
      ["Odense", "Aalborg", "Esbjerg", "Lund", "Uppsala"]),
     ("Die Erklärung unterzeichneten Görlitz und Zittau sowie Gdańsk und Poznań in Polska.",
      ["Görlitz", "Zittau", "Gdańsk", "Poznań"]),
     ("Yfirlýsinguna undirrituðu Tartu og Pärnu í Eesti, Riga og Akureyri á Island.",
      ["Tartu", "Pärnu", "Riga", "Akureyri"]),
     ("De verklaring werd ondertekend door Gent, Brugge en Luxemburg.",
      ["Gent", "Brugge", "Luxemburg"]),
     ("La declaración la firmaron Sevilla, Córdoba y Granada.",
      ["Sevilla", "Córdoba", "Granada"])],
)  # fmt: skip
def test_a_country_named_in_another_language_than_english_is_no_town_elsewhere(
    sentence: str, cities: list[str]
) -> None:
    """'Uppsala i Sverige', 'Poznań in Polska': the country's own name is where the towns
    before it are, not the village of that name another country has; a country's name that
    a town has stays one ('Luxemburg'; 'Granada', Spanish for Grenada)."""
    assert _read_placed(f"Nyheder\n\n{sentence}\n") == cities


@pytest.mark.parametrize(
    ("known", "text", "expected"),
    [({"ulm", "fulda", "passau", "speyer", "worms", "goslar", "celle"},
      "Unterzeichnet haben die Oberbürgermeister von Ulm, Fulda und Passau sowie die "
      "Beigeordneten von Speyer, Worms, Goslar und Celle.",
      ["Ulm", "Fulda", "Passau", "Speyer", "Worms", "Goslar", "Celle"]),
     ({"delft", "gouda", "zwolle", "arnhem", "brugge", "mechelen"},
      "Het akkoord werd getekend door de burgemeesters van Delft, Gouda en Arnhem, door de "
      "wethouder klimaat van Zwolle, en door de schepenen van Brugge en Mechelen.",
      ["Delft", "Gouda", "Arnhem", "Zwolle", "Brugge", "Mechelen"]),
     ({"york", "derby", "bath", "leeds", "hull", "ely"},
      "The pledge was signed by the mayors of York, Derby and Bath, as well as the council "
      "leaders of Leeds, Hull and Ely.",
      ["York", "Derby", "Bath", "Leeds", "Hull", "Ely"])],
)  # fmt: skip
def test_a_second_lead_in_inside_a_sentence_s_list_goes_on_with_the_list(
    known: set[str], text: str, expected: list[str]
) -> None:
    """A sentence's list whose later places come after a lead-in of their own ('sowie die
    Beigeordneten von Speyer, Worms ...', ', door de wethouder van Zwolle, en door de
    schepenen van ...', 'as well as the council leaders of Leeds, Hull ...'): one list."""
    found = read_member_list(
        ["News", "", text, "", "End"], PlaceNames(lambda n: fold(n) in known), page=["News"]
    )
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Die Charta unterzeichneten Chur, Thun und St. Gallen. Weitere Städte folgen.",
      ["Chur", "Thun", "St. Gallen"]),
     ("The charter was signed by Derby, Hull and St. Albans. More towns will follow.",
      ["Derby", "Hull", "St. Albans"]),
     ("La charte a été signée par Brest, Vannes et St. Malo. Rennes suivra.",
      ["Brest", "Vannes", "St. Malo"])],
)  # fmt: skip
def test_a_list_s_last_name_with_a_short_word_cut_to_its_dot(
    text: str, expected: list[str]
) -> None:
    """A list's last name whose first word is cut to two letters and a dot ('St. Gallen')
    ends no sentence at that dot: the name is read whole."""
    known = {"chur", "thun", "st gallen", "derby", "hull", "st albans", "brest", "vannes"}
    known |= {"st malo", "rennes"}
    places = PlaceNames(lambda n: fold(n).replace(".", "") in known)
    found = read_member_list(["News", "", text, "", "End"], places, page=["News"])
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("known", "text", "expected"),
    [({"kassel", "giessen", "hanau", "trier", "bonn"},
      "Unterzeichnet haben die Städte Kassel, Gießen und Hanau sowie als Gäste aus dem "
      "Nachbarland die Bürgermeister Triers und Bonns.",
      ["Kassel", "Gießen", "Hanau", "Trier", "Bonn"]),
     ({"kolin", "tabor", "pisek", "zilina", "nitra"},
      "Výzvu podepsala města Kolín, Tábor a Písek, jakož i jako hosté ze sousední země "
      "primátoři Žiliny a Nitry.",
      ["Kolín", "Tábor", "Písek", "Žilina", "Nitra"])],
)  # fmt: skip
def test_two_places_in_one_case_form_at_the_end_of_a_long_lead_in(
    known: set[str], text: str, expected: list[str]
) -> None:
    """A list's last item that names two more places in the genitive after a long lead-in
    of its sentence ('sowie als Gäste ... die Bürgermeister Triers und Bonns'): both places,
    in their nominative, not a noun of the lead-in."""
    found = read_member_list(
        ["News", "", text, "", "End"], PlaceNames(lambda n: fold(n) in known), page=["News"]
    )
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("known", "text", "expected"),
    [({"kemi", "pori", "lahti", "kotka", "rauma", "salo"},
      "Sopimuksen allekirjoittivat Kemin, Porin ja Lahden kaupungit sekä Kotkan satama, joka "
      "hoitaa kuljetukset. Myöhemmin sopimukseen ovat liittyneet myös Rauman ja Salon "
      "kaupungit.",
      ["Kemi", "Pori", "Lahti", "Kotka", "Rauma", "Salo"]),
     ({"york", "derby", "hull", "leeds", "bath", "ely"},
      "The pact was signed by York, Derby, Hull and Leeds, which chairs the group. In the "
      "autumn the pact was also joined by Bath and Ely.",
      ["York", "Derby", "Hull", "Leeds", "Bath", "Ely"])],
)  # fmt: skip
def test_a_joining_sentence_after_a_clause_goes_on_with_the_list(
    known: set[str], text: str, expected: list[str]
) -> None:
    """A list whose last item a relative clause ends ('..., joka hoitaa ...', '..., which
    chairs ...'), then a sentence that says more joined, their names in the case form they
    share before a plural noun ('Rauman ja Salon kaupungit'): one list, each in its
    nominative."""
    found = read_member_list(
        ["Uutinen", "", text, "", "Loppu"], PlaceNames(lambda n: fold(n) in known), page=["U"]
    )
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("known", "text", "expected"),
    [({"paide", "rapla", "elva", "otepaa", "saue"},
      "Avalduse allkirjastasid Paide, Rapla, Elva ja Otepää linnapead ning Saue vallavanem.",
      ["Paide", "Rapla", "Elva", "Otepää", "Saue"]),
     ({"gyor", "pecs", "szeged", "eger", "tata"},
      "A nyilatkozatot Győr, Pécs, Eger és Szeged polgármesterei valamint Tata jegyzője írta alá.",
      ["Győr", "Pécs", "Eger", "Szeged", "Tata"])],
)  # fmt: skip
def test_places_before_a_plural_title_and_one_more_before_its_own_after_as_well_as(
    known: set[str], text: str, expected: list[str]
) -> None:
    """Languages that name the place before its holder's title list the towns, then their
    holders' plural title, then 'as well as' (Estonian 'ning', Hungarian 'valamint') and one
    more place before its own title: the place after 'as well as' is the list's last."""
    found = read_member_list(
        ["Uudis", "", text, "", "Lõpp"], PlaceNames(lambda n: fold(n) in known), page=["Uudis"]
    )
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("De verklaring is ondertekend door de burgemeesters van Utrecht, Leiden, Delft en "
      "Gouda, en als eerste provincie de Provincie Zeeland.",
      ["Utrecht", "Leiden", "Delft", "Gouda", "Provincie Zeeland"]),
     ("Firmaron el manifiesto los alcaldes de Sevilla, Málaga, Cádiz y Huelva, además "
      "de la Mancomunidad de la Sierra Sur.",
      ["Sevilla", "Málaga", "Cádiz", "Huelva", "Mancomunidad de la Sierra Sur"]),
     ("Hanno firmato i sindaci di Braga, Évora, Faro e Viseu, oltre all'Unione dei Comuni "
      "Valle del Savio.",
      ["Braga", "Évora", "Faro", "Viseu", "Unione dei Comuni Valle del Savio"]),
     ("Хартата подписаха кметовете на Варна, Бургас, Русе и Плевен, а от името на "
      "региона я подписа Пловдивска област.",
      ["Варна", "Бургас", "Русе", "Плевен", "Пловдивска област"])],
)  # fmt: skip
def test_a_wider_body_a_list_s_sentence_names_after_its_towns_is_a_member(
    sentence: str, cities: list[str]
) -> None:
    """A province, a union of municipalities: named by its kind's words in the sentence of
    a list of towns, not by a town's form, it signed too (an elided article before it)."""
    assert read(f"Nieuws\n\n{sentence}\n") == cities


# Towns a German sentence names, some as the seats their counties are named after.
COUNTY_SEATS = {
    "augsburg": "DE", "ulm": "DE", "fulda": "DE", "passau": "DE", "bamberg": "DE", "coburg": "DE",
}  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("Unterzeichnet haben die Oberbürgermeister der Städte Augsburg, Ulm und Fulda sowie die "
      "Landräte der Landkreise Passau und Bamberg und die Landrätin des Landkreises Coburg.",
      ["Augsburg", "Ulm", "Fulda", "Landkreis Passau", "Landkreis Bamberg", "Landkreis Coburg"]),
     ("Es unterzeichneten die Landrätin des Kreises Fulda und die Landräte der Landkreise "
      "Passau und Coburg.",
      ["Kreis Fulda", "Landkreis Passau", "Landkreis Coburg"])],
)  # fmt: skip
def test_a_county_s_form_in_the_genitive_or_plural_before_town_names_makes_them_counties(
    sentence: str, cities: list[str]
) -> None:
    """A sentence that names counties by their form in the genitive ('des Landkreises
    Coburg') or in the plural before a list of names ('der Landkreise Passau und Bamberg'),
    names the counties, though a town has each name; a town's plural form ('der Städte
    Augsburg, Ulm und Fulda') leaves its towns."""
    places = PlaceNames(
        lambda name: fold(name) in COUNTY_SEATS,
        towns=lambda name: frozenset({COUNTY_SEATS[fold(name)]}),
    )
    found = read_member_list(["Neue Mitglieder", "", sentence], places, page=[sentence])
    assert found is not None
    assert [e.city for e in found.entries] == cities


_GEORGIAN_TOWNS = {"სამტრედია", "მცხეთა", "ზესტაფონი", "ხაშური"}


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("ქსელს შეუერთდნენ სამტრედია, მცხეთა და ზესტაფონი.",
      ["სამტრედია", "მცხეთა", "ზესტაფონი"]),
     ("ქსელს შეუერთდნენ სამტრედია, მცხეთა და ზესტაფონი, რომლებიც ახალ გეგმას მიიღებენ.",
      ["სამტრედია", "მცხეთა", "ზესტაფონი"]),
     ("ქარტიას ხელი მოაწერეს სამტრედიის, მცხეთის, ზესტაფონისა და ხაშურის მერებმა.",
      ["სამტრედია", "მცხეთა", "ზესტაფონი", "ხაშური"])],
)  # fmt: skip
def test_a_georgian_sentence_s_list_reads_its_names_as_written_and_in_the_genitive(
    sentence: str, cities: list[str]
) -> None:
    """Georgian writes no capitals, though Python calls its letters small: a name of two
    words is no clause that ends the list, a relative pronoun ('რომლებიც', which) is; a
    list's names in the genitive ('სამტრედიის', 'ზესტაფონისა და') are its places, and
    'signed' ('ხელი მოაწერეს') and 'joined' ('შეუერთდნენ') make a few places a list."""
    places = PlaceNames(lambda name: name in _GEORGIAN_TOWNS)
    found = read_member_list(["სიახლე", "", sentence], places, page=["სიახლე", "", sentence])
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("நேற்று வேலூர் மாநகராட்சியும் ஈரோடு மாநகராட்சியும் கடலூர் மாநகராட்சியும் "
         "ஒப்பந்தத்தில் கையெழுத்திட்டன.",
         ["வேலூர்", "ஈரோடு", "கடலூர்"]),
        ("இந்த அறிக்கையில் சேலமும் கடலூரும் ஈரோடும் கையெழுத்திட்டன.",
         ["சேலம்", "கடலூர்", "ஈரோடு"]),
    ],
)  # fmt: skip
def test_a_tamil_list_s_items_each_with_the_and_glued_after_it(
    sentence: str, cities: list[str]
) -> None:
    """Tamil joins a list's items by '-உம்' glued after each ('X-உம் Y-உம்': X and Y),
    the name's last vowel or consonant meeting it ('மாநகராட்சியும்' is 'மாநகராட்சி',
    'கடலூரும்' 'கடலூர்', 'ஈரோடும்' 'ஈரோடு', 'சேலமும்' 'சேலம்'): a list of those names."""
    known = {"வேலூர்", "ஈரோடு", "கடலூர்", "சேலம்"}
    places = PlaceNames(lambda name: name in known)
    page = ["கூட்டறிக்கை", "", "3 மே 2024", "", sentence, "", "பகிர்க"]
    found = read_member_list(page, places, page=page)
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_a_few_towns_a_kazakh_sentence_says_joined_are_a_list() -> None:
    """Kazakh 'және' (and) adds a list's last name, and 'қосылды' (joined) says the
    sentence's few towns are members, not examples."""
    known = {"Павлодар", "Семей", "Талдықорған"}
    lines = ["Жаңалық", "", "Желіге Павлодар, Семей және Талдықорған қосылды."]
    found = read_member_list(lines, PlaceNames(lambda name: name in known), page=lines)
    assert found is not None
    assert len(found.entries) == 3
    assert all(e.city in known for e in found.entries)


def test_a_paragraph_whose_first_sentence_names_the_new_members_read_before_goes_on_no_list() -> (
    None
):
    """A paragraph after a list of members who joined, whose first sentence speaks of 'the
    new members' but names none of its places, its places named after it (a speaker's town,
    a town whose lessons were shared): no more of the list, which ends where it did."""
    page = (
        "Nieuwe leden\n\n"
        "This year Utrecht, Leiden and Delft joined the network.\n\n"
        "Speaking at the meeting, the chair said the network would support the new members. "
        "Mia Berg, for Gouda, shared what Zwolle and Arnhem learnt from the floods.\n"
    )
    assert read(page) == ["Utrecht", "Leiden", "Delft"]


def test_turkic_names_sharing_a_plural_unit_and_a_unit_s_body_in_the_genitive() -> None:
    """Azerbaijani: cities' executives after their names ('Bərdə və Salyan şəhər icra
    hakimiyyətlərinin başçıları'), names in the genitive sharing the municipalities'
    plural ('Tovuzun və Ağdamın bələdiyyələri'), districts sharing their executives'
    plural ('Astara, Lerik və Masallı rayon icra hakimiyyətləri': each 'X rayonu', a
    county), and an autonomous republic's ministry named after the republic's genitive
    (its republic, a region), after 'eləcə də' (as well as), in a sentence that says they
    joined ('qoşulub')."""
    page = (
        "Bəyannamə\n\n"
        "Bəyannaməni Bərdə, Ağcabədi, Salyan və Şəmkir şəhər icra hakimiyyətlərinin başçıları "
        "imzalayıb. Sənədə həmçinin Tovuzun və Ağdamın bələdiyyələri, Astara, Lerik və Masallı "
        "rayon icra hakimiyyətləri, eləcə də Qarabağ Muxtar Respublikasının Kənd Təsərrüfatı "
        "Nazirliyi qoşulub.\n"
    )
    known = {"Bərdə", "Ağcabədi", "Salyan", "Şəmkir", "Tovuz", "Ağdam", "Astara", "Lerik",
             "Masallı", "Qarabağ"}  # fmt: skip
    found = read_member_list(page.split("\n"), PlaceNames(lambda name: name in known))
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries] == [
        ("Bərdə", "city"), ("Ağcabədi", "city"), ("Salyan", "city"), ("Şəmkir", "city"),
        ("Tovuz", "city"), ("Ağdam", "city"), ("Astara rayonu", "county"),
        ("Lerik rayonu", "county"), ("Masallı rayonu", "county"),
        ("Qarabağ Muxtar Respublikası", "region"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("word", "place"),
    [("Tovuzun", "Tovuz"), ("Ağdamın", "Ağdam"), ("Bərdənin", "Bərdə"),
     ("Таразның", "Тараз"), ("Атыраудың", "Атырау"), ("Buxoroning", "Buxoro")],
)  # fmt: skip
def test_a_turkic_genitive_reads_its_place(word: str, place: str) -> None:
    """Turkic genitives by vowel harmony: Azerbaijani 'Tovuzun', 'Bərdənin', Kazakh
    'Таразның', 'Атыраудың', Uzbek 'Buxoroning'."""
    known = {"Tovuz", "Ağdam", "Bərdə", "Тараз", "Атырау", "Buxoro"}
    assert nominative(word, PlaceNames(lambda name: name in known)) == place


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("Neu dabei sind Kiel, Rostock und Schwerin sowie Stettin.",
         ["Kiel", "Rostock", "Schwerin", "Stettin"]),
        ("Neu dabei sind Kiel, Rostock und die Hansestadt Wismar zusammen mit ihrer "
         "Partnerstadt Stettin.",
         ["Kiel", "Rostock", "Wismar", "Stettin"]),
        ("The charter was signed by Leeds, York and Hull as well as Derby.",
         ["Leeds", "York", "Hull", "Derby"]),
    ],
)  # fmt: skip
def test_a_word_for_as_well_as_after_a_list_s_and_adds_one_more_place(
    sentence: str, cities: list[str]
) -> None:
    """After a list's 'and', a word for 'as well as' or 'together with' ('sowie', 'zusammen
    mit') adds a further place, led by words of its own though it be ('ihrer Partnerstadt
    Stettin'): the list does not end at the 'and's place."""
    known = {"Kiel", "Rostock", "Schwerin", "Wismar", "Stettin", "Leeds", "York", "Hull", "Derby"}
    found = read_running_text(["News", "", sentence, ""], PlaceNames(lambda name: name in known))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("page", "places"),
    [
        ("Memorandum podepsali primátoři a primátorky statutárních měst Kladna, Opavy, "
         "Jihlavy, Děčína a Teplic, dále starostové měst Třebíče, Kroměříže a Vsetína a "
         "hejtman Zlínského kraje.",
         ["Kladno", "Opava", "Jihlava", "Děčín", "Teplice", "Třebíč", "Kroměříž", "Vsetín",
          "Zlínský kraj"]),
        ("Výzvu podpísali primátori a primátorky miest Trnavy, Nitry, Žiliny, Popradu a "
         "Levíc, ďalej starostovia miest Senca, Pezinka a Modry a predseda Prešovského kraja.",
         ["Trnava", "Nitra", "Žilina", "Poprad", "Levice", "Senec", "Pezinok", "Modra",
          "Prešovský kraj"]),
    ],
)  # fmt: skip
def test_the_plural_titles_of_czech_and_slovak_mayors_name_their_towns_in_the_genitive(
    page: str, places: list[str]
) -> None:
    """'primátoři a primátorky statutárních měst Kladna, ...' (the mayors, men and women, of
    the statutory cities of), 'starostovia miest Senca, ...': the plural titles, joined by
    'a' (and), before the plural of 'city' name the list's towns in the genitive, and 'a'
    parts their last two ('Děčína a Teplic'), as it parts a region's head's title after
    them ('a hejtman Zlínského kraje': the region)."""
    towns = {
        "kladno", "opava", "jihlava", "decin", "teplice", "trebic", "kromeriz", "vsetin",
        "trnava", "nitra", "zilina", "poprad", "levice", "senec", "pezinok", "modra",
    }  # fmt: skip
    known = PlaceNames(lambda name: fold(name) in towns)
    lines = ["Tlačové správy", "", page, ""]
    found = read_member_list(lines, known, page=lines)
    assert found is not None
    assert [fold(e.city) for e in found.entries] == [fold(place) for place in places]


def test_basque_local_genitives_before_their_predicate_and_after_baita_are_one_list() -> None:
    """'Zarauzko, Tolosako, Azpeitiko eta Bermeoko alkateek sinatu zuten, baita Amurrioko,
    Oiartzungo eta Leioako udalek ere' (the mayors of ... signed, as well as the councils
    of ...): an item inside the list whose 'and' parts two names in their case form before
    the predicate is two places, and 'baita ... ere' (as well as) goes on with the list."""
    towns = {"zarautz", "tolosa", "azpeitia", "bermeo", "amurrio", "oiartzun", "leioa"}
    known = PlaceNames(lambda name: fold(name) in towns)
    page = (
        "Adierazpena Zarauzko, Tolosako, Azpeitiko eta Bermeoko alkateek sinatu zuten, "
        "baita Amurrioko, Oiartzungo eta Leioako udalek ere."
    )
    lines = ["Albisteak", "", page, ""]
    found = read_member_list(lines, known, page=lines)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Zarautz", "Tolosa", "Azpeitia", "Bermeo", "Amurrio", "Oiartzun", "Leioa",
    ]  # fmt: skip


def test_hungarian_accusatives_and_a_county_s_self_government_after_valamint() -> None:
    """'fogadta Debrecent, Miskolcot, Nyíregyházát és Kecskemétet, valamint Baranya
    Vármegye Önkormányzatát' (admitted ..., as well as the self-government of Baranya
    County): the towns share the accusative's 't', read back; the body after 'valamint'
    (as well as), in no such case, is no town of theirs, and is read as the county."""
    towns = {"debrecen", "miskolc", "nyiregyhaza", "kecskemet", "baranya"}
    known = PlaceNames(lambda name: fold(name) in towns)
    page = (
        "A közgyűlés tagjai sorába fogadta Debrecent, Miskolcot, Nyíregyházát és Kecskemétet, "
        "valamint Baranya Vármegye Önkormányzatát."
    )
    lines = ["Hírek", "", page, ""]
    found = read_running_text(lines, known)
    assert found is not None
    assert [(fold(e.city), e.kind) for e in found.entries] == [
        ("debrecen", "city"), ("miskolc", "city"), ("nyiregyhaza", "city"), ("kecskemet", "city"),
        ("baranya varmegye", "county"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("Oppropet er signert av Stavangers ordfører Kari Nilsen, ordføreren i Bodø, Ola Berg, "
      "og Trondheims ordfører Per Arne Dahl.", ["Stavanger", "Bodø", "Trondheim"]),
     ("The letter was signed by Lyon's mayor Anne Roux, the mayor of Bodø, Ola Berg, and "
      "Nantes' mayor Paul Dahl.", ["Lyon", "Bodø", "Nantes"])],
)  # fmt: skip
def test_a_towns_genitive_a_title_and_its_holder_are_the_town_among_other_roles(
    sentence: str, cities: list[str]
) -> None:
    """A sentence's signers each a town's genitive, a title and its holder ('Stavangers
    ordfører Kari Nilsen', "Lyon's mayor Anne Roux"), first, last, and beside a title of
    a town with its holder after a comma: each is the town in its nominative, whatever
    place the holder's surname is elsewhere."""
    known = {"stavanger", "bodo", "trondheim", "dahl", "berg", "lyon", "nantes", "roux"}
    found = _read_paragraph(sentence, 1, PlaceNames(lambda n: fold(n) in known))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("Hanno firmato la carta i sindaci di Lodi, Crema e Pavia, mentre Metz e Nancy hanno "
      "annunciato la firma per l'autunno.", ["Lodi", "Crema", "Pavia"]),
     ("The charter was signed by Lyon, Vichy and Moulins, while Metz and Nancy will sign in "
      "May.", ["Lyon", "Vichy", "Moulins"])],
)  # fmt: skip
def test_a_clause_of_contrast_after_a_list_ends_it(sentence: str, cities: list[str]) -> None:
    """'..., mentre Metz e Nancy hanno annunciato la firma', '..., while Metz and Nancy will
    sign': the towns after a conjunction of contrast are others than the list's."""
    known = {"lodi", "crema", "pavia", "metz", "nancy", "lyon", "vichy", "moulins"}
    found = _read_paragraph(sentence, 1, PlaceNames(lambda n: fold(n) in known))
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_the_name_after_a_plural_word_for_towns_and_its_of_is_the_first_town() -> None:
    """'... l'adhésion des communes de Saint-Flour': the capitalised name after the plural
    and its 'of' is a town, though the gazetteer does not know it; not after a plural that
    takes the genitive without an 'of' ('měst Kladna'), whose name is in its case."""
    places = PlaceNames(lambda n: False)
    item = "Le conseil a approuvé l'adhésion des communes de Saint-Flour"
    assert _tail_place(item, places) == [("Saint-Flour", False)]
    assert _tail_place("the accession of the towns of Port Loko", places) == [("Port Loko", False)]
    assert _tail_place("podepsali primátoři měst Kladna", places) == []


def test_a_welsh_list_reads_its_short_and_and_undoes_the_mutation_after_it() -> None:
    """Welsh 'a' (and) mutates the name after it ('a Phorthcawl' Porthcawl, 'a Chaerffili'
    Caerffili): an item inside the list and the last after a lead-in ('ynghyd â chynghorau
    tref ...', together with the town councils) are two places each, read unmutated."""
    known = {"conwy", "tywyn", "abergele", "porthcawl", "prestatyn", "caerffili", "y", "tref"}
    places = PlaceNames(lambda name: fold(name) in known)
    page = (
        "Datganiad\n\n"
        "Llofnodwyd y siarter gan gynghorau tref Conwy, Tywyn, Abergele a Phorthcawl, "
        "ynghyd â chynghorau tref Prestatyn a Chaerffili.\n"
    )
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Conwy", "Tywyn", "Abergele", "Porthcawl", "Prestatyn", "Caerffili",
    ]  # fmt: skip

"""Signatories as declarations list them: a body's line with a column after it, signature
blocks of a body over its signer, supporters after the list. Small invented pages and a
tiny gazetteer (no corpus page, no real page)."""

from __future__ import annotations

import pytest

from geo.countries import find_country
from geo.data import store
from geo.importing.entries import PlaceNames, read_entry, strip_form
from geo.importing.listreader import read_member_list
from geo.importing.pagetext import without_datelines
from geo.importing.placefinder import find_places, read_places
from geo.text import fold
from tests.atlases import gazetteer_of, network_only, planned

KNOWN = {
    "hallstatt", "lugano", "tartu", "bergen", "liege", "sevilla", "cadiz", "malaga",
    "cordoba", "granada", "jaen", "brno", "ostrava", "zlin", "olomouc", "lund", "malmo",
    "umea", "orebro", "vasteras", "weber", "lange", "nowak", "wagner", "hansen", "lindberg",
    "berg", "holm", "strom", "dahl", "ahl", "larsen", "liepaja",
}  # fmt: skip
PLACES = PlaceNames(lambda name: fold(name) in KNOWN)


@pytest.mark.parametrize(
    ("line", "city", "country"),
    [
        ("Gemeinde Hallstatt (Österreich) – unterzeichnet am 3. Mai 2022", "Hallstatt", "AT"),
        ("Città di Lugano (Svizzera) – firmata il 4 maggio 2021", "Lugano", "CH"),
        ("City of Tartu (Estonia), represented by the Deputy Mayor", "Tartu", "EE"),
        ("Ville de Liège (Belgique), représentée par l'échevine Anne Roux", "Liège", "BE"),
        ("Municipality of Bergen (Norway) – signed on 2 June 2023", "Bergen", "NO"),
    ],
)
def test_a_bracketed_country_before_a_column_is_the_entrys_country(
    line: str, city: str, country: str
) -> None:
    entry = read_entry(line, 1)
    assert entry is not None
    assert (entry.city, entry.codes) == (city, (country,))


@pytest.mark.parametrize(
    "line",
    [
        "Ayuntamiento de Sevilla – firmado el 3 de marzo de 2022",
        "Statutární město Brno – podepsáno 12. 4. 2023",
        "Cádiz – adhesión el 9 de mayo de 2023",
    ],
)
def test_a_column_after_a_dash_is_neither_the_place_nor_its_country(line: str) -> None:
    entry = read_entry(line, 1)
    assert entry is not None
    assert entry.city.endswith(("Sevilla", "Brno", "Cádiz"))  # 'Statutární město' is kept
    assert not entry.country


@pytest.mark.parametrize(
    "label",
    [
        "Entidades de apoyo (no firmantes): Universidad de Granada; Cámara de Jaén; Ostrava",
        "Supporting organisations (not signatories): Zlín; Lund University, Lund; Umeå",
        "Con el apoyo de:",
        "Wspierane przez:",
        "Supported by:",
        "Med stöd av:",
        "Soutenu par :",
    ],
)
def test_supporters_after_the_list_are_no_signatories(label: str) -> None:
    page = [
        "Signatories:",
        "",
        "Sevilla",
        "Cádiz",
        "Málaga",
        "Córdoba",
        "",
        label,
        "Granada",
        "Jaén",
        "",
        "The declaration stays open to every city of the region that wishes to join it.",
    ]
    found = read_member_list(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Sevilla", "Cádiz", "Málaga", "Córdoba"]


@pytest.mark.parametrize(
    "label",
    [
        "Entidades de apoyo (no firmantes): Universidad de Granada, España; Cámara de Jaén, "
        "España; Fundación Ostrava, Chequia; Lund University, Suecia.",
        "Partnerzy (nie sygnatariusze): Uniwersytet w Lund, Szwecja; Fundacja Brno, Czechy; "
        "Izba Zlín, Czechy.",
    ],
)
def test_supporters_in_running_text_after_the_list_are_no_signatories(label: str) -> None:
    page = ["Firmantes:", "", "Sevilla", "Cádiz", "Málaga", "Córdoba", "", label, ""]
    found = read_member_list(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Sevilla", "Cádiz", "Málaga", "Córdoba"]


def test_a_name_with_the_lists_column_is_an_entry_not_a_person() -> None:
    page = [
        "Firmantes:",
        "",
        "Ayuntamiento de Sevilla – firmado el 3 de marzo de 2022",
        "Ayuntamiento de Cádiz – firmado el 3 de marzo de 2022",
        "Ciudad Autónoma Melilla – firmado el 9 de mayo de 2022",
        "Ayuntamiento de Málaga – firmado el 4 de junio de 2022",
        "Ayuntamiento de Jaén – firmado el 1 de julio de 2022",
    ]
    found = read_member_list(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries][2] == "Ciudad Autónoma Melilla"


SWEDISH_BLOCKS = """Undertecknat av:

Lunds kommun
Anna Berg, kommunstyrelsens ordförande

Malmö stad
Erik Holm, kommunstyrelsens ordförande

Umeå kommun
Sara Lindberg, kommunalråd

Örebro kommun
Johan Ek, kommunstyrelsens ordförande

Västerås stad
Maria Dahl, kommunalråd
"""
CZECH_BLOCKS = """Signatáři

Statutární město Brno
primátor Tomáš Weber

Statutární město Ostrava
primátorka Jana Nowak

Statutární město Zlín
náměstek primátora Petr Lange

Statutární město Olomouc
primátor Karel Svoboda
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (SWEDISH_BLOCKS, ["Lund", "Malmö", "Umeå", "Örebro", "Västerås"]),
        (CZECH_BLOCKS, ["Brno", "Ostrava", "Zlín", "Olomouc"]),
    ],
)
def test_a_signature_block_names_one_place_on_the_line_the_others_name_it(
    page: str, expected: list[str]
) -> None:
    found = read_member_list(page.split("\n"), PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == expected


def test_a_line_naming_two_places_names_the_one_where_the_list_writes_them() -> None:
    # 'Residensstaden' stands for a title that the gazetteer has as a place's name too, as
    # 'Bundesstadt' is a name of Bern; the list writes its places last
    places = PlaceNames(lambda name: fold(name) in KNOWN | {"residensstaden"})
    page = [
        "Undertecknare",
        "",
        "Kommunen Lund",
        "Staden Malmö",
        "Residensstaden Umeå",
        "Kommunen Orebro",
        "Staden Västerås",
    ]
    found = read_member_list(page, places)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lund", "Malmö", "Umeå", "Orebro", "Västerås"]


@pytest.mark.parametrize(
    ("header", "label"),
    [
        ("Ente\tPaese", "Organizzazioni che sostengono la dichiarazione\tPaese"),
        ("Body\tCountry", "Organisations supporting the charter\tCountry"),
        ("Podmiot\tKraj", "Organizacje wspierające deklarację\tKraj"),
    ],
)
def test_a_table_of_supporting_organisations_after_the_signatories_is_left_out(
    header: str, label: str
) -> None:
    page = [
        header,
        "Sevilla\tEspaña",
        "Cádiz\tEspaña",
        "Málaga\tEspaña",
        "Córdoba\tEspaña",
        "",
        label,
        "Universidad de Granada\tEspaña",
        "Fundación Ciudad de Jaén\tEspaña",
        "",
        "The declaration stays open to every city of the region that wishes to join it.",
    ]
    found = read_member_list(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Sevilla", "Cádiz", "Málaga", "Córdoba"]


NORWEGIAN_SIGNERS = """For Bergen kommune

Kari Larsen
ordfører

For Tromsø kommune

Ola Dahl
ordfører

For Bodø kommune

Per Holm
varaordfører
"""
ENGLISH_SIGNERS = """For the City of Lund

Anna Strom
Mayor

For the City of Malmo

Erik Ahl
Deputy Mayor

For the City of Umea

Sara Berg
Mayor
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (NORWEGIAN_SIGNERS, ["Bergen", "Tromsø", "Bodø"]),
        (ENGLISH_SIGNERS, ["Lund", "Malmo", "Umea"]),
    ],
)
def test_a_name_over_a_title_of_its_own_is_the_signer(page: str, expected: list[str]) -> None:
    places = PlaceNames(lambda name: fold(name) in KNOWN | {"tromso", "bodo"})
    found = read_member_list(page.split("\n"), places)
    assert found is not None
    assert [e.city for e in found.entries] == expected


def test_a_title_the_reader_does_not_know_under_a_name_still_names_its_place() -> None:
    page = """Signed by:

Anna Holm
Mayor of Lund

Erik Ahl
Chief Burgomaster of Malmo

Sara Dahl
Mayor of Umea

Johan Ek
Governing Burgomaster of Orebro

Karin Berg
Mayor of Vasteras
"""
    found = read_member_list(page.split("\n"), PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lund", "Malmo", "Umea", "Orebro", "Vasteras"]


def test_a_deputy_signing_for_the_mayor_is_no_headline() -> None:
    page = """Signatáři:

Statutární město Brno, zastoupené primátorem Janem Novákem
Statutární město Ostrava, zastoupené náměstkem primátora Petrem Králem
Statutární město Olomouc, zastoupené primátorem Karlem Malým
Město Zlín, zastoupené starostou Josefem Dvořákem
"""
    found = read_member_list(page.split("\n"), PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Brno", "Ostrava", "Olomouc", "Zlín"]


def test_a_body_named_in_its_own_language_in_a_table_row_is_no_headline() -> None:
    page = [
        "Signatory\tCountry\tDate",
        "Stad Liège\tBelgium\t03/02/2021",
        "Statutární město Brno\tCzechia\t18/02/2021",
        "Tartu linn\tEstonia\t11/03/2021",
        "Liepājas valstspilsētas pašvaldība\tLatvia\t25/03/2021",
        "Ayuntamiento de Sevilla\tSpain\t08/04/2021",
    ]
    found = read_member_list(page, PLACES)
    assert found is not None
    assert [e.codes for e in found.entries] == [("BE",), ("CZ",), ("EE",), ("LV",), ("ES",)]


def test_a_member_written_in_another_frame_beside_a_list_of_genitives_is_kept() -> None:
    places = PlaceNames(
        lambda name: fold(name) in {"turku", "tampere", "vaasa", "oulu", "espoo", "arles", "lund"}
    )
    page = [
        "Allekirjoittajat / Signataires",
        "",
        "Turun kaupunki / Åbo stad",
        "Tampereen kaupunki",
        "Vaasan kaupunki / Vasa stad",
        "Oulun kaupunki",
        "Espoon kaupunki / Esbo stad",
        "Commune d'Arles / Mairie d'Arles",
        "Stadt Lund / Ville de Lund",
    ]
    found = read_member_list(page, places)
    assert found is not None
    cities = [e.city for e in found.entries]
    assert cities == ["Turku", "Tampere", "Vaasa", "Oulu", "Espoo", "Arles", "Lund"]


NEAR_PLACES = [  # (name, country, population): real places, rounded populations
    ("Dublin", "IE", 1_000_000),
    ("Cork", "IE", 210_000),
    ("Galway", "IE", 80_000),
    ("Limerick", "IE", 95_000),
    ("Sligo", "IE", 20_000),
    ("Inverness", "GB", 47_000),
    ("Perth", "AU", 2_000_000),
    ("Perth", "GB", 47_000),
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> store.AtlasData:
    return network_only(tmp_path_factory.mktemp("data"), "scn")


def test_a_namesake_in_a_country_the_list_names_nearby_before_a_bigger_one_far_away(
    data: store.AtlasData,
) -> None:
    gazetteer = gazetteer_of([(name, code, "", people, "") for name, code, people in NEAR_PLACES])
    page = (
        "A Joint Statement of Cities\n\n12 March 2024\n\nWe stand together for clean air.\n\n"
        "Signed by:\n\nDublin\nCork\nGalway\nLimerick\nSligo\nInverness\nPerth\n"
    )
    plan = planned(data, page, gazetteer)
    signed = dict(zip(plan.signatories["city"], plan.signatories["country"], strict=True))
    assert signed["Inverness"] == "United Kingdom"
    assert signed["Perth"] == "United Kingdom"  # Inverness is, beside Ireland; not Australia's


def test_a_place_alone_over_its_signers_title_is_kept() -> None:
    page = ["Signed by:", "", "Lund", "Mayor", "", "Malmo", "Mayor", "", "Umea", "Deputy Mayor"]
    for found in (read_member_list(page, PLACES), read_places(page, PLACES)):
        assert found is not None
        assert [e.city for e in found.entries] == ["Lund", "Malmo", "Umea"]


def test_a_surname_with_an_apostrophe_is_no_elided_preposition() -> None:
    places = PlaceNames(lambda name: fold(name) in {"angelo", "anglet"})
    assert [f.name for f in find_places("Sindaco Marco D'Angelo", places, frozenset())] == []
    assert [f.name for f in find_places("Mairie d'Anglet", places, frozenset())] == ["Anglet"]


def test_a_word_of_the_bodys_form_is_not_its_place() -> None:
    # 'Ayuntamiento' stands for a form's word that the gazetteer has as a place's name too
    # (as GeoNames has a Câmara in Portugal)
    places = PlaceNames(lambda name: fold(name) in KNOWN | {"ayuntamiento"})
    page = [
        "Entidad\tPaís",
        "Ayuntamiento de Sevilla\tEspaña",
        "Ayuntamiento de Jaén\tEspaña",
        "Ayuntamiento de Cádiz\tEspaña",
        "Ayuntamiento de Granada\tEspaña",
        "",
        "Entidades que apoyan la carta\tPaís",
        "Universidad de Málaga\tEspaña",
        "Fundación Córdoba\tEspaña",
        "",
        "La carta sigue abierta a la adhesión de otros gobiernos locales de la región.",
    ]
    found = read_member_list(page, places)
    assert found is not None
    assert [e.city for e in found.entries] == ["Sevilla", "Jaén", "Cádiz", "Granada"]


@pytest.mark.parametrize(
    "titles",
    [
        ("kommunalråd", "kommunstyrelsens ordförande", "kommunalråd", "kommunalråd"),
        ("Bürgermeisterin", "Vizebürgermeister", "Bürgermeister", "Stadträtin"),
    ],
)
def test_a_name_between_a_body_and_a_title_of_its_own_is_the_signer(
    titles: tuple[str, ...],
) -> None:
    bodies = ("Stadt Lund", "Stadt Malmö", "Stadt Umeå", "Stadt Örebro")
    names = ("Anna Ekvall", "Per Sundin", "Lena Marklund", "Olof Grahn")
    page = ["Unterzeichnet von:", ""]
    for body, name, title in zip(bodies, names, titles, strict=True):
        page += [body, name, title, ""]
    places = PlaceNames(lambda name: fold(name) in KNOWN | {"hon", "vice"})
    found = read_member_list(page, places)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lund", "Malmö", "Umeå", "Örebro"]


def test_signature_blocks_whose_every_signer_is_named_like_a_place() -> None:
    page = """Signatári:

Mesto Brno
Jana Weber, primátorka

Mesto Ostrava
Peter Lange, primátor

Mesto Zlín
Marek Nowak, viceprimátor

Mesto Olomouc
Eva Wagner, primátorka
"""
    found = read_member_list(page.split("\n"), PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Brno", "Ostrava", "Zlín", "Olomouc"]


FRENCH_BLOCKS = """Pour la Ville de Lyon
Le Maire,
Paul Weber

Pour la Ville d'Arles
La Maire,
Anne Lange

Pour la Ville de Nantes
L'adjoint au Maire,
Marc Holm

Pour la Ville de Lille
Le Maire,
Jean Dahl
"""
ITALIAN_BLOCKS = """Per il Comune di Torino
Il Sindaco
Giorgio Weber

Per il Comune di Genova
La Sindaca
Laura Lange

Per il Comune di Parma
L'Assessore all'Ambiente
Marco Holm

Per il Comune di Pavia
Il Sindaco
Paolo Wagner
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (FRENCH_BLOCKS, ["Lyon", "Arles", "Nantes", "Lille"]),
        (ITALIAN_BLOCKS, ["Torino", "Genova", "Parma", "Pavia"]),
    ],
)
def test_a_block_of_a_body_its_signers_title_and_name(page: str, expected: list[str]) -> None:
    known = {"lyon", "arles", "nantes", "lille", "torino", "genova", "parma", "pavia", "mairi"}
    places = PlaceNames(lambda name: fold(name) in KNOWN | known | {"sinda"})
    found = read_member_list(page.split("\n"), places)
    assert found is not None
    assert [e.city for e in found.entries] == expected


def test_a_title_after_a_signers_name_is_no_place() -> None:
    # 'Leader' stands for a title that the gazetteer has as a place's name too
    places = PlaceNames(lambda name: fold(name) in KNOWN | {"leader"})
    page = [
        "Signed on behalf of:",
        "",
        "Lund City Council",
        "Councillor Anna Ekvall, Leader",
        "",
        "Malmo City Council",
        "Councillor Per Sundin, Leader",
        "",
        "Umea City Council",
        "Councillor Olof Grahn, Leader",
    ]
    found = read_member_list(page, places)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lund", "Malmo", "Umea"]


def test_a_council_over_its_leader_whose_names_are_places_too() -> None:
    page = [
        "Signed on behalf of:",
        "",
        "Lund City Council",
        "Councillor Anna Berg, Leader",
        "",
        "Malmo City Council",
        "Councillor Per Holm, Leader",
        "",
        "Umea City Council",
        "Councillor Olof Dahl, Deputy Leader",
    ]
    found = read_member_list(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lund", "Malmo", "Umea"]


@pytest.mark.parametrize(
    "lines",
    [
        (
            "Por el Ayuntamiento de Sevilla, su alcalde, D. Pedro Holm",
            "Por el Ayuntamiento de Cádiz, su alcaldesa, Dña. Elena Berg",
            "Por el Ayuntamiento de Jaén, su teniente de alcalde, D. Luis Dahl",
            "Por el Ayuntamiento de Málaga, su alcaldesa, Dña. Marta Lange",
        ),
        (
            "For the City of Sevilla, its Mayor, Pedro Holm",
            "For the City of Cádiz, its Mayor, Elena Berg",
            "For the City of Jaén, its Deputy Mayor, Luis Dahl",
            "For the City of Málaga, its Mayor, Marta Lange",
        ),
    ],
)
def test_a_body_signing_through_its_mayor_on_one_line(lines: tuple[str, ...]) -> None:
    found = read_member_list(["Firman:", "", *lines], PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Sevilla", "Cádiz", "Jaén", "Málaga"]


@pytest.mark.parametrize(
    "lines",
    [
        (
            "Namens de gemeente Lund, de burgemeester, Anna Holm",
            "Namens de gemeente Malmo, de wethouder, Per Berg",
            "Namens de gemeente Umea, de burgemeester, Olof Dahl",
        ),
        (
            "Im Namen der Stadt Lund, die Oberbürgermeisterin, Anna Holm",
            "Im Namen der Stadt Malmo, der Bürgermeister, Per Berg",
            "Im Namen der Stadt Umea, die Bürgermeisterin, Olof Dahl",
        ),
        (
            "On behalf of the City of Lund, the Mayor, Anna Holm",
            "On behalf of the City of Malmo, the Deputy Mayor, Per Berg",
            "On behalf of the City of Umea, the Mayor, Olof Dahl",
        ),
    ],
)
def test_a_body_signing_on_behalf_of_itself_in_other_languages(lines: tuple[str, ...]) -> None:
    found = read_member_list(["Signatories:", "", *lines], PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lund", "Malmo", "Umea"]


UNCASED = PlaceNames(
    lambda name: (
        name
        in {"صور", "صيدا", "جبيل", "النبطية", "חולון", "נתניה", "רחובות", "یزد", "کرمان", "تبریز"}
    )
)


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        (
            [("عن بلدية صور الكبرى", "المهندس كريم حداد – رئيس البلدية"),
             ("عن بلدية صيدا", "الدكتورة ليلى عون – رئيسة البلدية"),
             ("باسم بلدية جبيل", "السيد جورج خوري – رئيس البلدية"),
             ("عن بلدية النبطية الكبرى", "السيد علي فقيه – رئيس البلدية")],
            ["صور", "صيدا", "جبيل", "النبطية"],
        ),
        (
            [("בשם עיריית חולון", "שירה כהן – ראש העירייה"),
             ("בשם עיריית נתניה רבתי", "יוסי לוי – ראש העירייה"),
             ("בשם עיריית רחובות", "מיכל פרץ – סגנית ראש העירייה")],
            ["חולון", "נתניה", "רחובות"],
        ),
        (
            [("از طرف شهرداری یزد", "مهندس علی رضایی – شهردار"),
             ("از طرف شهرداری کرمان بزرگ", "دکتر مریم احمدی – شهردار"),
             ("از طرف شهرداری تبریز", "آقای حسن کریمی – شهردار")],
            ["یزد", "کرمان", "تبریز"],
        ),
    ],
)  # fmt: skip
def test_blocks_signing_for_a_body_in_scripts_without_capitals(
    blocks: list[tuple[str, str]], expected: list[str]
) -> None:
    """Arabic, Hebrew and Persian blocks: a line that signs for a body ('عن', 'בשם', 'از
    طرف' before its form), 'Greater' after some towns' names, over the signer's line."""
    page = ["الموقعون:", ""]
    for body, signer in blocks:
        page += [body, signer, ""]
    found = read_member_list(page, UNCASED)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        ("Für die Stadt", ["Anna Berg, Bürgermeisterin", "Jan Holm, Stadtrat",
                           "Eva Ström, Beigeordnete", "Peter Dahl, Bürgermeister",
                           "Lars Lindberg, Bürgermeister"]),
        ("Pour la Ville de", ["Anne Berg, maire", "Jean Holm, adjoint", "Ève Ström, maire",
                              "Pierre Dahl, maire", "Luc Lindberg, maire"]),
    ],
)  # fmt: skip
def test_blocks_that_say_they_sign_for_a_body_beat_signers_named_like_places(
    lead: str, signers: list[str]
) -> None:
    """Each record's first line says it signs for a body and names its place, the second
    names a signer whose surname is a place too; one body's place is unknown, so the
    signers' line names places in more records: the line that says so still names them."""
    towns = ["Lund", "Malmö", "Umeå", "Örebro", "Kiruna"]
    page = ["Signatories", ""]
    for town, signer in zip(towns, signers, strict=True):
        page += [f"{lead} {town}", signer, ""]
    found = read_places(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == towns[:4]


ENGLISH_BODIES = """Signatory cities

For the Government of Washington D.C.
Mary Holm, Director of the Department of Energy and Environment, on behalf of the Mayor

For the City of Lyon
Paul Weber, Mayor

For the Municipal Council of the Central District (Tegucigalpa)
Ana Lange, Deputy Mayor

For the Council of the National District (Santo Domingo)
Rosa Dahl, Mayor

For the City of Nantes
Marc Berg, Mayor
"""
PORTUGUESE_BODIES = """Cidades signatárias

Pelo Governo do Distrito Federal de Brasília D.F.
Mariana Holm, Secretária do Meio Ambiente, em representação do Governador do Distrito

Pela Prefeitura de Curitiba
Paulo Weber, Prefeito

Pela Câmara Municipal do Distrito Central (Tegucigalpa)
Ana Lange, Vice-Prefeita

Pela Prefeitura do Distrito Nacional (Santo Domingo)
Rosa Dahl, Prefeita

Pela Prefeitura de Recife
Marcos Berg, Prefeito
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (ENGLISH_BODIES, ["Washington", "Lyon", "Tegucigalpa", "Santo Domingo", "Nantes"]),
        (PORTUGUESE_BODIES, ["Brasília", "Curitiba", "Tegucigalpa", "Santo Domingo", "Recife"]),
    ],
)
def test_blocks_with_initials_and_a_place_only_in_a_bracket(page: str, expected: list[str]) -> None:
    """The place finder reads a block of bodies over their signers on: a body's line that
    ends in a district's initials ('Washington D.C.', 'Brasília D.F.') ends no sentence and
    its place is no given name before them; a body named for a district ('the Central
    District', 'Distrito Nacional') names its city in the bracket after it, though a word
    of the district's name is a place too ('Central')."""
    known = {"washington", "lyon", "tegucigalpa", "santo domingo", "nantes", "central"}
    known |= {"brasilia", "curitiba", "recife"}
    places = PlaceNames(lambda name: fold(name) in KNOWN | known)
    found = read_places(page.split("\n"), places)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Mary Holm, Director of the Department of Energy and Environment, on behalf of the Mayor",
        "Anna Berg, Beigeordnete für Umwelt, Klima und Mobilität, in Vertretung des "
        "Oberbürgermeisters",
    ],
)
def test_a_long_signer_s_line_under_its_body_is_no_prose(line: str) -> None:
    """A signer's name, title and more fields, with a title's word and no sentence's stop,
    is a person's line however long, not prose that ends the list above and below it."""
    page = f"For the City of Lyon\nPaul Weber, Mayor\n\nFor the City of Nantes\n{line}\n\n"
    page += "For the City of Lille\nJean Dahl, Mayor\n"
    places = PlaceNames(lambda name: fold(name) in KNOWN | {"lyon", "nantes", "lille"})
    found = read_member_list(page.split("\n"), places)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lyon", "Nantes", "Lille"]


ITALIAN_CAPITAL_BLOCKS = """Firmato a Torino, il 3 marzo 2025.

ANNA MARIA BIANCHI FERRI
Sindaca
COMUNE DI BOLOGNA — ITALIA

LUCA GIOVANNI RUSSO NERI
Sindaco
COMUNE DI ALES-
SANDRIA — ITALIA

GIULIA FRANCESCA MORO GALLI
Sindaca
COMUNE DI PARMA — ITALIA
"""

PORTUGUESE_CAPITAL_BLOCKS = """Assinado em Lisboa, em 3 de março de 2025.

ANA LÚCIA SOUZA LIMA
Prefeita
PREFEITURA MUNICIPAL DE CURITIBA — BRASIL

JOÃO PEDRO ALVES COSTA
Prefeito
PREFEITURA MUNICIPAL DE FLORIA-
NÓPOLIS — BRASIL

MARIA HELENA DIAS ROCHA
Presidente da Câmara
CÂMARA MUNICIPAL DE BRAGA — PORTUGAL
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (PORTUGUESE_CAPITAL_BLOCKS, ["CURITIBA", "FLORIANÓPOLIS", "BRAGA"]),
        (ITALIAN_CAPITAL_BLOCKS, ["BOLOGNA", "ALESSANDRIA", "PARMA"]),
    ],
)
def test_signature_blocks_in_capitals_with_names_of_four_words_and_a_broken_name(
    page: str, expected: list[str]
) -> None:
    """Signature blocks a PDF prints in capitals: a signer's name of four words over the
    title ('ANA LÚCIA SOUZA LIMA') is no prose that ends the list, and a place's name the
    line broke with a hyphen ('FLORIA-' / 'NÓPOLIS', where capitals do not tell a word's
    hyphenation from a name's hyphen) is the name the gazetteer knows without it."""
    known = {"curitiba", "florianopolis", "braga", "bologna", "alessandria", "parma"}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(page.split("\n"), places)
    assert found is not None
    assert [e.city for e in found.entries] == expected


ENGLISH_COLUMNS = """Signed at Lund on 3 March 2025.

For the City of Lund,                     For the City of Malmo,
Anna Strom                                Erik Ahl
Mayor                                     Deputy Mayor

For the Municipality of Vasteras-         For the City of Orebro,
Norrby,                                   Lars Holm
Sara Berg                                 Mayor
Mayor
"""


DUTCH_COLUMNS = """Getekend te Brugge, 3 maart 2025.

Voor de Stad Brugge,                      Voor de Stad Oostende,
de burgemeester,                          de burgemeester,
Dirk Dahl                                 Bart Tommelein

Voor de Gemeente Knokke,                  Voor de Stad Kortrijk,
de burgemeester,                          de burgemeester,
Piet Larsen                               Ruth Vandenberghe
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (ENGLISH_COLUMNS, ["Lund", "Malmo", "Vasteras", "Orebro"]),
        (DUTCH_COLUMNS, ["Brugge", "Oostende", "Knokke", "Kortrijk"]),
    ],
)
def test_signature_blocks_side_by_side_in_two_columns(page: str, expected: list[str]) -> None:
    """Signature blocks a PDF prints in two columns, copied as lines of two cells a wide
    gap parts: each column's block is one signer's, the name the line broke at a hyphen
    joined again; a merged town's name no gazetteer has ('Vasteras-Norrby') is its first
    part that is a place; the signers' names are no places, though some are ('Dahl',
    'Holm', 'Larsen')."""
    known = KNOWN | {"brugge", "oostende", "knokke", "kortrijk"}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(page.split("\n"), places)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        (
            "Offener Brief an die Ministerin\n\nMit freundlichen Grüßen\n\n"
            "_______________\nDr. Anna Weber\nOberbürgermeisterin der Stadt Lund\n"
            "Datum: 19.01.2025\n\n"
            "_______________\nJan Nowak\nBürgermeister von Brno\nDatum: 19.01.2025\n\n"
            "_______________\nEva Holm\nBürgermeisterin von Umeå\nDatum: 20.01.2025\n\n"
            "Kopie an:\nMinisterpräsident, Malmö\nBürgermeister von Örebro\n",
            ["Lund", "Brno", "Umeå"],
        ),
        (
            "رسالة إلى الوزير\n\nمع فائق الاحترام\n\n"
            "_______________\nأحمد سالم\nرئيس بلدية صفاقس\nالتاريخ: 19.01.2025\n\n"
            "_______________\nليلى حداد\nرئيسة بلدية سوسة\nالتاريخ: 19.01.2025\n\n"
            "_______________\nكريم بن علي\nرئيس بلدية قابس\nالتاريخ: 20.01.2025\n\n"
            "نسخة إلى:\nرئيس الحكومة، تونس\nرئيس بلدية بنزرت\n",
            ["صفاقس", "سوسة", "قابس"],
        ),
    ],
)
def test_signature_blocks_of_a_letter_read_their_roles_places_not_its_copies(
    page: str, cities: list[str]
) -> None:
    """A letter's signature blocks (a rule to sign on, the signer, the title with its
    place, a labelled date) read as one row each: the place after the title ends at its
    line ('Bürgermeister von Brno', not 'Brno Datum'); Arabic and Hebrew name a head's
    town with no word for 'of' ('رئيس بلدية صفاقس'); the letter's copies ('Kopie an:',
    'نسخة إلى:') went to others than its signers."""
    known = {fold(c) for c in [*cities, "Malmö", "Örebro", "تونس", "بنزرت"]}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == cities


LATVIAN_BLOCKS = """Rīgā, 2025. gada 3. martā

Jānis Bauska
domes priekšsēdētājs
Rīgas dome

Anna Talsi
domes priekšsēdētāja
Jelgavas dome

Pēteris Tukums
domes priekšsēdētāja vietnieks
Liepājas dome

Ilze Sigulda
domes priekšsēdētāja
Valmieras dome
"""
LITHUANIAN_BLOCKS = """Vilnius, 2025 m. kovo 3 d.

Jonas Utena
meras
Vilniaus miesto taryba

Rūta Biržai
meras
Kauno miesto taryba

Petras Rokiškis
mero pavaduotojas
Klaipėdos miesto taryba

Asta Jonava
meras
Šiaulių miesto taryba
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (LATVIAN_BLOCKS, ["Rīga", "Jelgava", "Liepāja", "Valmiera"]),
        (LITHUANIAN_BLOCKS, ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai"]),
    ],
)
def test_blocks_of_a_signer_named_like_a_place_a_title_in_lower_case_and_a_body_in_genitive(
    page: str, expected: list[str]
) -> None:
    # each signer's name, over a title the reader has no word for, ends in a town's name;
    # the body's line under it names its town in the genitive before the list's frame
    known = {
        "riga", "jelgava", "liepaja", "valmiera", "bauska", "talsi", "tukums", "sigulda", "vilnius",
        "kaunas", "klaipeda", "siauliai", "utena", "birzai", "rokiskis", "jonava",
    }  # fmt: skip
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(page.split("\n"), places)
    assert found is not None
    assert [e.city for e in found.entries] == expected


FRENCH_TAB_COLUMNS = """Veuillez agréer, Madame la Ministre, nos salutations distinguées.

Anne Morel\tDr Paul Girard
Maire de la Ville de Lyon\tMaire de Nantes

Claire Petit\tJean Roux
Maire de Lille\tPremier adjoint au Maire de la Ville de Paris

Luc Martin
Maire de Grenoble
"""


ITALIAN_TAB_COLUMNS = """Distinti saluti

Giulia Sala\tMarco Neri
Sindaca del Comune di Bologna\tSindaco di Parma

Anna Costa\tLuca Bianchi
Sindaca di Torino\tSindaco della Città di Napoli
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (FRENCH_TAB_COLUMNS, ["Lyon", "Nantes", "Lille", "Paris", "Grenoble"]),
        (ITALIAN_TAB_COLUMNS, ["Bologna", "Parma", "Torino", "Napoli"]),
    ],
)
def test_signature_blocks_side_by_side_in_two_tab_columns(page: str, expected: list[str]) -> None:
    """Signature blocks set side by side and copied with a tab between the columns: a
    line of two names over a line of two titles, each column one signer's block; both
    columns' signers are read, left then right."""
    known = KNOWN | {"lyon", "nantes", "lille", "paris", "grenoble", "bologna", "parma"}
    places = PlaceNames(lambda name: fold(name) in known | {"torino", "napoli"})
    found = read_member_list(page.split("\n"), places)
    assert found is not None
    assert [e.city for e in found.entries] == expected


HUNGARIAN_TAB_COLUMNS_LONE_BLOCK = """Tisztelettel:

Nagy Péter s.k.\tKovács Éva s.k.
Sopron Megyei Jogú Város polgármestere\tZalaegerszeg Megyei Jogú Város polgármestere

Szabó Ádám s.k.
Kaposvár Megyei Jogú Város alpolgármestere

A levélhez csatlakozni a titkárságon lehet.
"""


ESTONIAN_TAB_COLUMNS_LONE_BLOCK = """Lugupidamisega

Mari Tamm\tJaan Kask
Pärnu linnapea\tRakvere linnapea

Peeter Saar
Viljandi linnapea
"""


GERMAN_GAP_COLUMNS_LONE_BLOCK = """Mit freundlichen Grüßen

Anna Berger                    Karl Huber
Bürgermeisterin                Bürgermeister
Lienz                          Wels

Eva Moser
Vizebürgermeisterin
Steyr
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (HUNGARIAN_TAB_COLUMNS_LONE_BLOCK, ["Sopron", "Zalaegerszeg", "Kaposvár"]),
        (ESTONIAN_TAB_COLUMNS_LONE_BLOCK, ["Pärnu", "Rakvere", "Viljandi"]),
        (GERMAN_GAP_COLUMNS_LONE_BLOCK, ["Lienz", "Wels", "Steyr"]),
    ],
)
def test_a_lone_block_after_blocks_side_by_side_is_one_more_signer(
    page: str, expected: list[str]
) -> None:
    """Signature blocks side by side whose count is odd end in a block alone on its row,
    under the left column, its lines like the left column's (a name, then a title the
    reader has no word for, sharing a word or a title with the block above): it is read as
    one more signer's block, like the blocks above."""
    known = {"sopron", "zalaegerszeg", "kaposvar", "parnu", "rakvere", "viljandi", "lienz"}
    known |= {"wels", "steyr"}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(page.split("\n"), places)
    assert found is not None
    assert [e.city for e in found.entries] == expected


ENGLISH_THREE_LINE_BLOCKS = """Signatories

Anna Weber
Mayor of Bergen
Norway

Tom Lange
Lord Mayor of Lund
Sweden

Eva Hansen
Mayor of Tartu
Estonia

Piotr Nowak
Mayor of Brno
Czechia

The letter remains open for signature.
"""


PORTUGUESE_THREE_LINE_BLOCKS = """Signatários

Joana Berg Dahl
Presidente da Câmara Municipal de Sevilla
Espanha

Rui Holm
Prefeito de Olomouc
Chéquia

Marta Strom
Presidente da Câmara Municipal de Lugano
Suíça

Carla Wagner
Prefeita Municipal de Ostrava
Chéquia

A declaração permanece aberta a novas adesões.
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            ENGLISH_THREE_LINE_BLOCKS,
            [("Bergen", "NO"), ("Lund", "SE"), ("Tartu", "EE"), ("Brno", "CZ")],
        ),
        (
            PORTUGUESE_THREE_LINE_BLOCKS,
            [("Sevilla", "ES"), ("Olomouc", "CZ"), ("Lugano", "CH"), ("Ostrava", "CZ")],
        ),
    ],
)
def test_three_line_blocks_of_name_role_and_country_name_the_roles_place(
    page: str, expected: list[tuple[str, str]]
) -> None:
    """Signature blocks of three lines, a person's name over a role that names its place
    ('Mayor of Bergen') over a country: each block names the role's place in that country,
    never the person, whose surname may be a place's name too ('Weber', 'Nowak')."""
    found = read_member_list(page.split("\n"), PLACES)
    assert found is not None
    assert [(e.city, e.codes[0] if e.codes else "") for e in found.entries] == expected


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Alcalde Provincial de Arequipa", "Arequipa"),
        ("Alcaldesa Distrital de Miraflores", "Miraflores"),
    ],
)
def test_a_mayor_of_a_province_or_district_names_its_seat(line: str, city: str) -> None:
    entry = read_entry(line, 1)
    assert entry is not None
    assert entry.city == city


SLOVAK_THREE_TAB_COLUMNS = """S úctou

Ing. Jana Holm\tMgr. Peter Lange\tJUDr. Eva Nowak
primátorka\tprimátor\tstarosta
mesto Brno\tmesto Ostrava\tmesto Zlin

Mgr. Anna Dahl, PhD.\tIng. Marek Wagner\tBc. Ivan Strom
primátorka\tprimátor\tprimátor
mesto Olomouc\tmesto Lund\tmesto Malmo
"""


SWEDISH_THREE_SPACED_COLUMNS = """Med vänliga hälsningar

Anna Berg                     Erik Lindberg                 Dr. Sara Hansen
Kommunstyrelsens ordförande   Kommunstyrelsens ordförande   Kommunstyrelsens ordförande
Umea                          Orebro                        Vasteras

Lars Weber
Kommunstyrelsens ordförande
Lund
"""


ROMANIAN_TAB_COLUMNS_UNKNOWN_TITLE = """Cu stimă,

Ion Weber ss.\t\t\tMaria Lange ss.
Municipiul Brno, Edil\t\tMunicipiul Ostrava, Edil

Vasile Nowak ss.\t\t\tElena Strom ss.
Municipiul Olomouc, Edil\tMunicipiul Zlin, Edil
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (SLOVAK_THREE_TAB_COLUMNS, ["Brno", "Ostrava", "Zlin", "Olomouc", "Lund", "Malmo"]),
        (SWEDISH_THREE_SPACED_COLUMNS, ["Umea", "Orebro", "Vasteras", "Lund"]),
        (ROMANIAN_TAB_COLUMNS_UNKNOWN_TITLE, ["Brno", "Ostrava", "Olomouc", "Zlin"]),
    ],
)
def test_signature_blocks_side_by_side_in_three_columns_or_titles_the_reader_lacks(
    page: str, expected: list[str]
) -> None:
    """Signature blocks set side by side in two or three columns, parted by tabs (several
    where the copy kept the layout's) or by runs of spaces: each column's block is one
    signer's, read left to right, though the reader knows no word of a title ('Edil'),
    since the like lines of the blocks share a word ('Municipiul'), and the signers' names
    are no places, though some are ('Holm', 'Dahl', 'Lange')."""
    found = read_member_list(page.split("\n"), PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Lund, den 3. März 2025",
        "Sevilla, 12 de marzo de 2025.",
        "Olomouc, 2025. június 23.",
        "Bergen, 14.03.2025",
    ],
)
def test_a_letters_place_and_date_of_signing_is_no_entry(line: str) -> None:
    """The line a letter gives where and when it was signed, over or under its signature
    blocks, names the venue: it is left out before the list is read, whatever reader reads
    the list; a list whose rows each give a place and the day it joined keeps them."""
    page = ["Brief", "", line, "", "Anna Weber, Brno", "Jan Nowak, Ostrava", "Eva Holm, Tartu"]
    assert without_datelines(page)[2] == ""
    assert without_datelines(page)[4:] == page[4:]
    dated = ["Joined", "", "Lund, 3 March 2024", "Brno, 5 May 2024", "Tartu, 9 June 2024"]
    assert without_datelines(dated) == dated


SPANISH_BLOCKS_WITH_HONORIFICS = """Firmantes

Sr. D. Juan Weber
Alcalde de Sevilla
España

Sra. Dña. Ana Holm
Alcaldesa de Lugano
Suiza

Sr. D. Pedro Lange
Alcalde de Tartu
Estonia
"""


GERMAN_BLOCKS_WITH_HONORIFICS = """Unterzeichnende

Herr Dr. Jan Nowak
Bürgermeister von Brno
Tschechien

Frau Mag.a Eva Strom
Bürgermeisterin von Hallstatt
Österreich

Herr Ing. Karl Dahl
Bürgermeister von Ostrava
Tschechien
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (SPANISH_BLOCKS_WITH_HONORIFICS, [("Sevilla", "ES"), ("Lugano", "CH"), ("Tartu", "EE")]),
        (GERMAN_BLOCKS_WITH_HONORIFICS, [("Brno", "CZ"), ("Hallstatt", "AT"), ("Ostrava", "CZ")]),
    ],
)
def test_three_line_blocks_whose_names_have_honorifics_name_the_roles_place(
    page: str, expected: list[tuple[str, str]]
) -> None:
    """Signature blocks of a name over a role over a country, the name after honorifics
    and degrees, several of them ('Sr. D.', 'Herr Dr.', 'Frau Mag.a'): each block names
    the role's place, never the person."""
    found = read_member_list(page.split("\n"), PLACES)
    assert found is not None
    assert [(e.city, e.codes[0] if e.codes else "") for e in found.entries] == expected


ITALIAN_BLOCKS_WITH_SIGNATURE_MARKS = """Firmatari

F.to
Anna Weber
Sindaca di Lugano
Svizzera

F.to
Marco Lange
Sindaco di Sevilla
Spagna

F.to
Luca Nowak
Sindaco di Brno
Cechia
"""


DUTCH_BLOCKS_WITH_SIGNATURE_MARKS = """Ondertekenaars

w.g. Anna Weber
burgemeester van Liege
België

w.g. Jan Holm
burgemeester van Tartu
Estland

w.g. Piet Nowak
burgemeester van Bergen
Noorwegen
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            ITALIAN_BLOCKS_WITH_SIGNATURE_MARKS,
            [("Lugano", "CH"), ("Sevilla", "ES"), ("Brno", "CZ")],
        ),
        (DUTCH_BLOCKS_WITH_SIGNATURE_MARKS, [("Liege", "BE"), ("Tartu", "EE"), ("Bergen", "NO")]),
    ],
)
def test_the_mark_of_a_signature_is_no_part_of_a_block(
    page: str, expected: list[tuple[str, str]]
) -> None:
    """The mark a copy of a signed letter writes for each signature ('F.to', 'w.g.'), on a
    line of its own or before the name, is no part of the block: each block names its
    role's place, never the mark."""
    found = read_member_list(page.split("\n"), PLACES)
    assert found is not None
    assert [(e.city, e.codes[0] if e.codes else "") for e in found.entries] == expected


SPANISH_AWARDS = """Municipios premiados:

Primer Premio: Getafe (Madrid) – «Huertos urbanos»
Segundo Premio: Dos Hermanas (Sevilla) – «Calles tranquilas»
Tercer Premio: Gandía (Valencia) – «Parques sin barreras»
Mención: Écija (Sevilla)
"""
GERMAN_AWARDS = """Ausgezeichnete Kommunen:

Erster Preis: Erlangen (Bayern) – „Gärten im Quartier“
Zweiter Preis: Potsdam (Brandenburg) – „Sichere Schulwege“
Dritter Preis: Aachen (Nordrhein-Westfalen) – „Barrierefreie Parks“
Anerkennung: Halle (Sachsen-Anhalt)
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (SPANISH_AWARDS, ["Getafe", "Dos Hermanas", "Gandía", "Écija"]),
        (GERMAN_AWARDS, ["Erlangen", "Potsdam", "Aachen", "Halle"]),
    ],
)
def test_a_province_in_a_bracket_after_a_labelled_town(page: str, expected: list[str]) -> None:
    """A line 'Prize: Town (Province) – project' names the town, the bracket its province,
    though a place too: the label's capitalised word before the town, in a field of its
    own, makes the town no end of a longer name ('Distrito Central (Tegucigalpa)')."""
    known = {"getafe", "dos hermanas", "gandia", "ecija", "madrid", "sevilla", "valencia"}
    known |= {"erlangen", "potsdam", "aachen", "halle", "bayern", "brandenburg"}
    known |= {"nordrhein-westfalen", "sachsen-anhalt"}
    places = PlaceNames(lambda name: fold(name) in KNOWN | known)
    found = read_places(page.split("\n"), places)
    assert found is not None
    assert [e.city for e in found.entries] == expected


GERMAN_BLOCKS_WITH_A_STATES_FORMAL_NAME = """Unterzeichnet in Brno am 3. Mai 2025.

gez.
Dr. Jan Lange
Oberbürgermeister, Stadt Brno

gez.
Eva Holm
Oberbürgermeisterin, Stadt Ostrava

gez.
Karl Dahl
Oberbürgermeister, Stadt Olomouc

gez.
Anna Weber
Oberbürgermeisterin, Stadt Leeds
Vereinigtes Königreich Großbritannien und Nordirland

gez.
Eva Strom
Oberbürgermeisterin von Cardiff
Vereinigtes Königreich Großbritannien und Nordirland

gez.
Ida Berg
Bürgermeisterin, Marktgemeinde Hallstatt
Republik Österreich
"""


SPANISH_BLOCKS_WITH_A_STATES_FORMAL_NAME = """Firmado en Sevilla el 3 de mayo de 2025.

(firmado)
Dña. Ana Ruiz Holm
Alcaldesa, Sevilla

(firmado)
D. Pedro Lange
Alcalde, Malaga

(firmado)
Dña. Rosa Dahl
Alcaldesa, Cadiz

(firmado)
Sr. Tom Berg
Alcalde, Leeds
Reino Unido de Gran Bretaña e Irlanda del Norte

(firmado)
Sra. Jane Nowak
Alcaldesa de Cardiff
Reino Unido de Gran Bretaña e Irlanda del Norte

(firmado)
Sr. Luis Strom
Alcalde, Lugano
Confederación Suiza
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            GERMAN_BLOCKS_WITH_A_STATES_FORMAL_NAME,
            [
                ("Brno", ""), ("Ostrava", ""), ("Olomouc", ""), ("Leeds", "GB"),
                ("Cardiff", "GB"), ("Hallstatt", "AT"),
            ],
        ),
        (
            SPANISH_BLOCKS_WITH_A_STATES_FORMAL_NAME,
            [
                ("Sevilla", ""), ("Malaga", ""), ("Cadiz", ""), ("Leeds", "GB"),
                ("Cardiff", "GB"), ("Lugano", "CH"),
            ],
        ),
    ],
)  # fmt: skip
def test_blocks_with_and_without_a_country_line_of_a_states_formal_name(
    page: str, expected: list[tuple[str, str]]
) -> None:
    """Signature blocks of a name over a role written 'Title, its place' ('Mayor, Jinja
    City'), some with a last line naming their country by the state's formal name, of four
    words or more ('United Republic of Tanzania'): each block names its role's place, in
    that country where it names one; the country's line is the block's, no sentence that
    ends the list, and the blocks without one are the same list's."""
    extra = {"leeds", "cardiff"}
    known = PlaceNames(lambda name: fold(name) in KNOWN or fold(name) in extra)
    found = read_member_list(page.split("\n"), known)
    assert found is not None
    assert [(e.city, e.codes[0] if e.codes else "") for e in found.entries] == expected


SPANISH_BLOCKS_UNDER_A_STATES_FORMAL_NAME = """Firmado en Sevilla el 3 de mayo de 2025.

POR EL REINO DE ESPAÑA

Dña. Ana Ruiz
Alcaldesa de Sevilla

D. Pedro Holm
Alcalde de Malaga

POR EL REINO UNIDO DE GRAN BRETAÑA E IRLANDA DEL NORTE

Mr. Tom Berg
Alcalde de Leeds
"""


ENGLISH_BLOCKS_UNDER_A_STATES_FORMAL_NAME = """Signed at Brno on 3 May 2025.

FOR THE CZECH REPUBLIC

Jan Lange
Mayor of Brno

Eva Holm
Mayor of Ostrava

FOR THE UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND

Tom Berg
Mayor of Cardiff
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            SPANISH_BLOCKS_UNDER_A_STATES_FORMAL_NAME,
            [("Sevilla", "ES"), ("Malaga", "ES"), ("Leeds", "GB")],
        ),
        (
            ENGLISH_BLOCKS_UNDER_A_STATES_FORMAL_NAME,
            [("Brno", "CZ"), ("Ostrava", "CZ"), ("Cardiff", "GB")],
        ),
    ],
)
def test_blocks_under_a_heading_that_signs_for_a_state_by_its_long_formal_name(
    page: str, expected: list[tuple[str, str]]
) -> None:
    """A heading that signs for a state by its formal name, however many words ('FOR THE
    FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA'), is the country of the blocks under it, not
    prose that ends the list before its last group."""
    known = PlaceNames(lambda name: fold(name) in KNOWN or fold(name) in {"leeds", "cardiff"})
    found = read_member_list(page.split("\n"), known)
    assert found is not None
    assert [(e.city, e.codes[0] if e.codes else "") for e in found.entries] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Underskrivere\n\nOrdfører i Bergen, Anna Holm\nFylkesordfører i Vestland, Per Dahl\n"
            "Ordfører i Ostrava, Jan Lange\n",
            [("Bergen", "city"), ("Vestland fylkeskommune", "county"), ("Ostrava", "city")],
        ),
        (
            "Unterzeichnende\n\nBürgermeisterin von Brno, Eva Holm\nLandrätin von Konstanz, "
            "Ida Berg\nBürgermeister von Lugano, Karl Dahl\n",
            [("Brno", "city"), ("Landkreis Konstanz", "county"), ("Lugano", "city")],
        ),
    ],
)
def test_a_signers_line_whose_title_names_the_body_its_holder_heads(
    page: str, expected: list[tuple[str, str]]
) -> None:
    """A signer's line 'Title of Place, Name' whose title names the body its holder heads
    ('Fylkesordfører i Vestland', 'Landrätin von Konstanz', 'Il Sindaco metropolitano di
    Firenze') is that body's entry, the person after it no field of its place."""
    known = PlaceNames(lambda name: fold(name) in {*KNOWN, "vestland", "konstanz"})
    found = read_member_list(page.split("\n"), known)
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries] == expected


SIGNING_PLACES = [  # (name, country, population): real places, rounded populations
    ("Cork", "IE", 210_000),
    ("Galway", "IE", 80_000),
    ("Limerick", "IE", 95_000),
    ("Bratislava", "SK", 475_000),
    ("Košice", "SK", 230_000),
    ("Žilina", "SK", 80_000),
]


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        (
            "For the City of Cork:\n\n..............................\nMary Byrne\nLord Mayor\n\n"
            "For the City of Galway:\n\n..............................\nSeán Walsh\nMayor\n\n"
            "For the City of Limerick:\n\n______________________\nAoife Ryan\nMayor\n",
            ["Cork", "Galway", "Limerick"],
        ),
        (
            "Za mesto Bratislava:\n\n……………………………\nJana Kováčová\nprimátorka\n\n"
            "Za štatutárne mesto Košice:\n\n……………………………\nPeter Horváth\nprimátor\n\n"
            "Za mesto Žilina:\n\n……………………………\nMária Nováková\nprimátorka\n",
            ["Bratislava", "Košice", "Žilina"],
        ),
    ],
)
def test_signature_blocks_with_a_dotted_line_to_sign_on_name_the_body_s_place(
    data: store.AtlasData, page: str, cities: list[str]
) -> None:
    # each block: the body the signer signs for, a line to sign on, the name, the title
    gazetteer = gazetteer_of([(name, code, "", n, "") for name, code, n in SIGNING_PLACES])
    head = "Memorandum of the cities\n\n17 June 2024\n\nThe cities agree to share data.\n\n"
    plan = planned(data, head + page + "\nPrivacy\n", gazetteer)
    assert list(plan.signatories["city"]) == cities


@pytest.mark.parametrize(
    ("body", "place"),
    [("Za štatutárne mesto Košice", "Košice"), ("Statutární město Jihlava", "Jihlava")],
)
def test_a_city_s_rank_before_its_form_is_part_of_the_form(body: str, place: str) -> None:
    assert strip_form(body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Bundeshauptstadt Wien", "Wien"),
        ("Hauptstadt Berlin", "Berlin"),
        ("Glavni grad Podgorica", "Podgorica"),
        ("Capital City of Warsaw", "Warsaw"),
    ],
)
def test_a_capital_s_rank_before_its_form_is_part_of_the_form(body: str, place: str) -> None:
    assert strip_form(body) == place


CAPITALS = [  # (name, country, population): real places, rounded populations
    ("Wien", "AT", 1_900_000),
    ("Graz", "AT", 290_000),
    ("Linz", "AT", 210_000),
    ("Podgorica", "ME", 190_000),
    ("Nikšić", "ME", 60_000),
    ("Bar", "ME", 45_000),
]


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        (
            "______________________\nAnna Huber\nBürgermeisterin der Stadt Graz\n\n"
            "Erklärung von Graz – Unterschriften                    2 / 3\n\n"
            "______________________\nMichael Berger\nBürgermeister der Bundeshauptstadt Wien\n\n"
            "______________________\nKlaus Luger\nBürgermeister der Stadt Linz\n\n"
            "Erklärung von Graz – Unterschriften                    3 / 3\n",
            ["Graz", "Wien", "Linz"],
        ),
        (
            "______________________\nMarko Petrović\nGradonačelnik, Opština Nikšić\n\n"
            "Deklaracija iz Bara – potpisi                    2 / 3\n\n"
            "______________________\nOlivera Injac\nGradonačelnica, Glavni grad Podgorica\n\n"
            "______________________\nDušan Raičević\nPredsjednik, Opština Bar\n\n"
            "Deklaracija iz Bara – potpisi                    3 / 3\n",
            ["Nikšić", "Podgorica", "Bar"],
        ),
    ],
)
def test_signature_blocks_naming_a_capital_by_its_rank_and_form_across_running_headers(
    data: store.AtlasData, page: str, cities: list[str]
) -> None:
    """Blocks copied from a PDF's signature pages (a line to sign on, the name, the title
    and body), a running header with the page's number between them: a capital named by
    its rank and form ('Bundeshauptstadt Wien', 'Glavni grad Podgorica') is its town."""
    gazetteer = gazetteer_of([(name, code, "", n, "") for name, code, n in CAPITALS])
    head = "Memorandum of the cities\n\n17 June 2024\n\nThe cities agree to share data.\n\n"
    plan = planned(data, head + page + "\nPrivacy\n", gazetteer)
    assert list(plan.signatories["city"]) == cities


TITLED_AFTER_PLACES = [  # (name, country, population): real places, rounded populations
    ("Pécs", "HU", 140_000),
    ("Szeged", "HU", 160_000),
    ("Győr", "HU", 130_000),
    ("Eger", "HU", 50_000),
    ("Gyula", "HU", 30_000),
    ("Tartu", "EE", 95_000),
    ("Narva", "EE", 55_000),
    ("Rakvere", "EE", 15_000),
    ("Keila", "EE", 10_000),
    ("Pärnu", "EE", 50_000),
]


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        (  # Hungarian: the family name first; a signer named like a town ('Gyula')
            "Aláírók\n\nKovács Anna\nPécs polgármestere\n\nHorváth Gyula\n"
            "Szeged alpolgármestere\n\nTóth Gábor\nGyőr Megyei Jogú Város polgármestere\n\n"
            "Szabó Éva\nEger polgármestere\n",
            ["Pécs", "Szeged", "Győr", "Eger"],
        ),
        (  # Estonian: a signer named like a town ('Keila')
            "Allkirjastajad\n\nUrmas Klaas\nTartu linnapea\n\nKadri Keila\nNarva linnapea\n\n"
            "Mart Kask\nRakvere abilinnapea\n\nLiis Tamm\nPärnu linnapea\n",
            ["Tartu", "Narva", "Rakvere", "Pärnu"],
        ),
        (  # the title's line first, the name under it, a dash in the deputy's title
            "Aláírók\n\nPécs polgármestere\nKovács Anna\n\nSzeged polgármester-helyettese\n"
            "Horváth Gyula\n\nEger polgármestere\nSzabó Éva\n",
            ["Pécs", "Szeged", "Eger"],
        ),
        (  # Hungarian, the title capitalised after the body's words
            "Aláírók\n\nKovács Anna\nPécs Megyei Jogú Város Polgármestere\n\nHorváth Gyula\n"
            "Szeged Polgármestere\n\nTóth Gábor\nGyőr Alpolgármestere\n\nSzabó Éva\n"
            "Eger Polgármestere\n",
            ["Pécs", "Szeged", "Győr", "Eger"],
        ),
        (  # Estonian, capitalised, a body's word between ('Linnavalitsuse')
            "Allkirjastajad\n\nUrmas Klaas\nTartu Linnapea\n\nKadri Keila\nNarva Linnavalitsuse "
            "Linnapea\n\nMart Kask\nRakvere Abilinnapea\n\nLiis Tamm\nPärnu Linnapea\n",
            ["Tartu", "Narva", "Rakvere", "Pärnu"],
        ),
        (  # one line a signer, a comma between, the title after the place
            "Allkirjastajad:\n\nUrmas Klaas, Tartu linnapea\nKadri Keila, Narva linnapea\n"
            "Mart Kask, Rakvere abilinnapea\n",
            ["Tartu", "Narva", "Rakvere"],
        ),
    ],
)
def test_signer_blocks_whose_title_follows_the_place_it_heads(
    data: store.AtlasData, page: str, cities: list[str]
) -> None:
    # 'Pécs polgármestere', 'Tartu linnapea': the place, then the title of its head (no 'of')
    gazetteer = gazetteer_of([(name, code, "", n, "") for name, code, n in TITLED_AFTER_PLACES])
    head = "Declaration of the cities\n\n17 June 2024\n\nThe cities agree to share data.\n\n"
    plan = planned(data, head + page + "\nPrivacy\n", gazetteer)
    assert list(plan.signatories["city"]) == cities


def test_a_signature_block_whose_body_a_running_header_breaks(data: store.AtlasData) -> None:
    """Blocks copied from a PDF, one body's name broken by the next page's running header
    ('Sindaco della Città di' / header / 'Torino'), a capital named by its form after it
    ('Roma Capitale'): every block's town is read."""
    places = [("Bologna", "IT", 390_000), ("Torino", "IT", 870_000), ("Roma", "IT", 2_800_000)]
    gazetteer = gazetteer_of([(name, code, "", n, "") for name, code, n in places])
    page = (
        "Carta delle città\n\n17 giugno 2024\n\nLe città si impegnano.\n\n"
        "______________________\nMatteo Lepore\nSindaco di Bologna\n\n"
        "______________________\nStefano Lo Russo\nSindaco della Città di\n\n"
        "Carta delle città – Firme                    2 / 3\n\nTorino\n\n"
        "______________________\nRoberto Gualtieri\nSindaco di Roma Capitale\n\n"
        "Carta delle città – Firme                    3 / 3\n\nPrivacy\n"
    )
    assert list(planned(data, page, gazetteer).signatories["city"]) == ["Bologna", "Torino", "Roma"]


SAME_TITLE_SIGNERS = """Signert i Oslo, 2. mai 2024

For Bergen kommune
Kari Larsen
ordfører

For Gáivuona suohkan / Kåfjord kommune
Ola Dahl
ordfører

For Molde kommune
Per Holm
ordfører

For Evenes kommune / Evenássi gielda
Anna Lange
varaordfører

For Lødingen kommune
Erik Nowak
ordfører

Kontakt: Kari Larsen
"""


def test_blocks_ended_by_one_title_are_signers_not_cards_with_a_link() -> None:
    """Signature blocks, a body's line 'For X kommune' over its signer's name and title,
    three in a row ended by the same title ('ordfører'): the title is the signer's, no
    card's link ('Read more'), so each block is a body over its signer, whose names are no places
    though a gazetteer knows them; a body named in two languages a slash parts ('For
    Gáivuona suohkan / Kåfjord kommune') is the one the reader knows; the venue, no
    signatory."""
    towns = KNOWN | {"oslo", "kafjord", "molde", "evenes", "lodingen"}
    found = read_member_list(SAME_TITLE_SIGNERS.split("\n"), PlaceNames(lambda n: fold(n) in towns))
    assert found is not None
    assert [e.city for e in found.entries] == ["Bergen", "Kåfjord", "Molde", "Evenes", "Lødingen"]


HUNGARIAN_BLOCKS_OF_TWO_TITLES = """Közös nyilatkozat

Aláírók:

Brno városa
Kovács Anna
alpolgármester

Ostrava városa
Szabó Péter
alpolgármester

Zlín városa
Tóth Júlia
polgármester

Olomouc városa
Kiss Gábor
polgármester

Lund városa
Varga Éva
polgármester

Malmö városa
Molnár Ádám
polgármester

Megosztás"""


def test_signature_blocks_ended_by_titles_the_reader_lacks_are_no_cards_with_a_link() -> None:
    """Signature blocks each ended by its signer's title in lower case, a word the reader
    has no word for ('polgármester'), the first blocks by another ('alpolgármester'): the
    title is no card's link line ('Read more', which every card repeats), so the blocks
    under one title are not joined as cards apart from those under the other, and every
    block's place is read."""
    found = read_member_list(HUNGARIAN_BLOCKS_OF_TWO_TITLES.split("\n"), PLACES)
    assert found is not None
    expected = ["Brno", "Ostrava", "Zlín", "Olomouc", "Lund", "Malmö"]
    assert [e.city for e in found.entries] == expected


def test_blocks_of_a_name_a_long_title_and_a_body_read_on_past_the_title() -> None:
    """Blocks of a signer's name, their title and their council's line: a title of many
    words ('Portfolio Holder for Parks and Community Safety') is the signer's, no
    sentence ending the list, and a title whose place is the council's word alone ('Chair of
    the Council') names no place ('Council' stands for a town the gazetteer knows so)."""
    places = PlaceNames(lambda name: fold(name) in KNOWN | {"council"})
    page = [
        "Signed:",
        "",
        "Cr Anna Berg",
        "Chair of the Council",
        "Lund City Council",
        "",
        "Cr Per Holm",
        "Portfolio Holder for Parks and Community Safety",
        "Malmo City Council",
        "",
        "Cr Olof Dahl",
        "Deputy Chair",
        "Umea City Council",
    ]
    found = read_member_list(page, places)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lund", "Malmo", "Umea"]


SIGNING_FOR_PLACES = [  # (name, country, population, other names): real places, rounded
    ("Subotica", "RS", 100_000, "Суботица"),
    ("Zrenjanin", "RS", 75_000, "Зрењанин"),
    ("Leskovac", "RS", 60_000, "Лесковац"),
    ("Trebinje", "BA", 30_000, "Требиње"),
    ("Prijedor", "BA", 90_000, "Приједор"),
]


def test_signature_blocks_signing_for_a_city_name_it_in_the_accusative(
    data: store.AtlasData,
) -> None:
    """'За Град Суботицу' (for the City of Subotica): the preposition takes the accusative,
    the form word 'Град' looks as its nominative does and its name after it is in the
    accusative ('Суботицу' Суботица, 'Требиње' as it is), a bracketed country after it."""
    gazetteer = gazetteer_of([(n, cc, "", pop, other) for n, cc, pop, other in SIGNING_FOR_PLACES])
    page = (
        "За Град Суботицу\nградоначелник Петар Јовић\n\n"
        "За Град Зрењанин\nградоначелница Ана Митић\n\n"
        "За Град Лесковац\nградоначелник Марко Перић\n\n"
        "За Град Требиње (Босна и Херцеговина)\nградоначелник Мирко Ћурић\n\n"
        "За Град Приједор (Босна и Херцеговина)\nградоначелница Мирјана Ђурић\n"
    )
    head = "Меморандум градова\n\n12. 3. 2025.\n\nГрадови размењују искуства.\n\nПотписници:\n\n"
    plan = planned(data, head + page + "\nПолитика приватности\n", gazetteer)
    assert list(plan.signatories["city"]) == [
        "Subotica", "Зрењанин", "Лесковац", "Требиње", "Приједор",
    ]  # fmt: skip
    assert [find_country(c) for c in plan.signatories["country"]] == ["RS"] * 3 + ["BA"] * 2


SIGNER_SURNAME_PLACES = [  # (name, country, population): real places, rounded populations
    ("Rimini", "IT", 150_000),
    ("Modena", "IT", 185_000),
    ("Parma", "IT", 195_000),
    ("Vicenza", "IT", 110_000),
    ("Asti", "IT", 75_000),
    ("Marino", "IT", 45_000),
    ("Sora", "IT", 25_000),
]


def test_a_signer_s_name_a_pdf_s_line_broke_after_the_given_name_is_no_place(
    data: store.AtlasData,
) -> None:
    """Lines copied from a PDF ('Comune di X (XX) – il Sindaco, Name Surname') whose line
    broke between a signer's given name and surname ('il Sindaco, Giovanni' / 'Marino'):
    the surname alone on the next line goes on the signer's field, no place of that name."""
    gazetteer = gazetteer_of([(name, code, "", n, "") for name, code, n in SIGNER_SURNAME_PLACES])
    page = (
        "Comune di Rimini (RN) – il Sindaco, Anna Ricci\n"
        "Comune di Modena (MO) – il Sindaco, Giovanni\n"
        "Marino\n"
        "Comune di Parma (PR) – la Sindaca, Elena Bassi\n"
        "Comune di Vicenza (VI) – il Presidente del Consiglio, Paolo\n"
        "Sora\n"
        "Comune di Asti (AT) – il Sindaco, Luca Ferri\n"
    )
    head = "Patto dei Comuni\n\n12 settembre 2024\n\nI Comuni si impegnano.\n\nSottoscrivono:\n\n"
    plan = planned(data, head + page + "\nPrivacy\n", gazetteer)
    assert list(plan.signatories["city"]) == ["Rimini", "Modena", "Parma", "Vicenza", "Asti"]


@pytest.mark.parametrize(
    "line",
    [
        "Congrès annuel – Nantes, 4 juin 2025",
        "General Assembly - Tallinn, 12 May 2025",
        "Asamblea general — Cádiz, 3 de abril de 2025",
    ],
)
def test_an_event_s_name_before_its_venue_and_date_is_no_entry(line: str) -> None:
    """A PDF's running header or a letter's dateline that names the meeting before its
    venue and date ('Congrès annuel – Nantes, 4 juin 2025') is the venue's line, no
    signatory: the event's words before a dash are no part of the place."""
    page = ["Liste", "", "1. Ville de Brest", "", line, "2. Ville de Lorient", "3. Ville de Vannes"]
    assert without_datelines(page)[4] == ""
    assert without_datelines(page)[5:] == page[5:]


URDU = PlaceNames(lambda name: name in {"گوجرانوالہ", "سکھر", "بہاولپور"})


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        (
            [("برائے میونسپل کارپوریشن گوجرانوالہ", "نام: احمد علی، میئر"),
             ("برائے میونسپل کارپوریشن سکھر", "نام: زینب خان، ڈپٹی میئر"),
             ("برائے میونسپل کارپوریشن بہاولپور", "نام: کامران شاہ، میئر")],
            ["گوجرانوالہ", "سکھر", "بہاولپور"],
        ),
    ],
)  # fmt: skip
def test_blocks_signing_for_a_body_in_urdu(
    blocks: list[tuple[str, str]], expected: list[str]
) -> None:
    """Urdu 'برائے' (for) before a town's body, over the signer's lines: the body's town, not
    the signing word with it."""
    page = ["دستخط کنندگان:", ""]
    for body, signer in blocks:
        page += [body, "دستخط: ____________", signer, ""]
    found = read_member_list(page, URDU)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("body", "city", "kind"),
    [
        ("For and on behalf of Lund City Council", "Lund", "city"),
        ("For and on behalf of Bergen County Council", "Bergen County Council", "county"),
        ("for and on behalf of the Municipality of Tartu", "Tartu", "city"),
    ],
)
def test_signing_for_and_on_behalf_of_a_body(body: str, city: str, kind: str) -> None:
    """English's legal 'For and on behalf of' before a body is a link saying for whom, as
    'On behalf of' is: the body's town, or the county's council that signs as one."""
    entry = read_entry(body, 1)
    assert entry is not None
    assert (entry.city, entry.kind) == (city, kind)


def test_blocks_signing_for_and_on_behalf_of_councils() -> None:
    """Blocks of 'For and on behalf of' a council over its signer and their title, one the
    reader has no word for too ('Cathaoirleach'): every council is a member, its county's
    too."""
    page = ["Signatories", ""]
    for body, signer, title in [
        ("Lund City Council", "Cllr Ann Holm", "Mayor of Lund"),
        ("Malmö City Council", "Cllr Per Ahl", "Mayor of Malmö"),
        ("Umeå County Council", "Cllr Eva Lindberg", "Cathaoirleach"),
        ("Örebro County Council", "Cllr Bo Strom", "Cathaoirleach"),
    ]:
        page += [f"For and on behalf of {body}", signer, title, ""]
    found = read_member_list(page, PLACES)
    assert found is not None
    cities = {e.city for e in found.entries}
    assert {"Lund", "Malmö", "Umeå County Council", "Örebro County Council"} <= cities
    assert not any("behalf" in city for city in cities)


def test_blocks_signing_for_a_body_before_a_colon_in_tagalog() -> None:
    """Tagalog blocks 'Para sa' (for) a town's or a province's body before a colon ('Para sa
    Lungsod ng Tacloban:', 'Para sa Bayan ng Taytay:', 'Para sa Lalawigan ng Albay:'), each
    over its signer in capitals and their title ('Punong Lungsod', 'Punong Bayan',
    'Gobernador'), one signing for the mayor in a bracket ('(sa ngalan ng Punong
    Lungsod)'): every body, no heading among them, no person's name a place."""
    known = {"tacloban", "taytay", "ormoc", "legazpi", "albay", "pedro", "hon"}
    places = PlaceNames(lambda name: fold(name) in known)
    page = ["Nilagdaan:", ""]
    for body, signer, title in [
        ("Lungsod ng Tacloban", "HON. ANA P. REYES", "Punong Lungsod"),
        ("Bayan ng Taytay", "HON. JUAN D. SAN PEDRO", "Punong Bayan"),
        ("Lungsod ng Ormoc", "HON. LUZ M. GARCIA", "Pangalawang Punong Lungsod"),
        ("Lungsod ng Legazpi", "HON. PAOLO S. CRUZ", "Punong Lungsod"),
        ("Lalawigan ng Albay", "HON. ROSA T. LIM", "Gobernador"),
    ]:
        page += [f"Para sa {body}:", "", signer, title]
        page += ["(sa ngalan ng Punong Lungsod)", ""] if "Pangalawang" in title else [""]
    found = read_member_list(page, places)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Tacloban",
        "Taytay",
        "Ormoc",
        "Legazpi",
        "Lalawigan ng Albay",
    ]


def test_blocks_for_the_city_of_before_a_colon_with_a_bracketed_capacity() -> None:
    """English blocks 'For the City of X:' over a signer in capitals and their title, one
    signing '(on behalf of the Mayor)': each block's body, not a heading; no word of a
    signer's line a place, though the gazetteer knows one ('Hon', 'Vice')."""
    page = ["Signed:", ""]
    for town, signer, title in [
        ("Lund", "HON. ANN HOLM", "City Mayor"),
        ("Malmö", "HON. PER AHL", "Vice Mayor"),
        ("Umeå", "HON. EVA BERG", "City Mayor"),
        ("Örebro", "HON. BO STROM", "City Mayor"),
    ]:
        page += [f"For the City of {town}:", "", signer, title]
        page += ["(on behalf of the City Mayor)", ""] if "Vice" in title else [""]
    places = PlaceNames(lambda name: fold(name) in KNOWN | {"hon", "vice"})
    found = read_member_list(page, places)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lund", "Malmö", "Umeå", "Örebro"]


def test_rows_of_blocks_side_by_side_in_one_paragraph_read_left_to_right_row_by_row() -> None:
    """Two columns of signature blocks copied with tabs, a body's line over its signer's
    name and title in each, three rows of them in one paragraph with no gap between the
    rows, the titles words the reader may not know ('rådman', 'primátor'): each block is
    one entry, its body's place, not the signer's surname that names a place too."""
    lines = [
        "Undertecknat av:",
        "",
        "Lunds kommun\tStatutární město Brno",
        "Lars Holm, rådman\tPetr Novák, primátor",
        "Malmö stad\tMěsto Ostrava",
        "Eva Lindberg, kommunalråd\tJana Dvořák, náměstkyně",
        "Umeå kommun\tMěsto Zlín",
        "Per Ström, ordförande\tKarel Svoboda, primátor",
        "",
        "Nätverkets nästa möte hålls i höst.",
    ]
    found = read_member_list(lines, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lund", "Brno", "Malmö", "Ostrava", "Umeå", "Zlín"]


def test_turkish_blocks_whose_signers_and_titles_look_like_places() -> None:
    """Blocks of a body signing for itself ('Bodrum Belediyesi adına'), its signer's name
    and the signer's title alone on a line ('Belediye Başkanı', 'Genel Sekreter
    Yardımcısı'): a given name or surname that is a place too, or a title read as one, is
    no member."""
    blocks = [
        ("Bodrum Büyükşehir Belediyesi adına", "Ayşe Kartal", "Belediye Başkanı"),
        ("Ordu Büyükşehir Belediyesi adına", "Mehmet Tan", "Genel Sekreter Yardımcısı"),
        ("Rize Büyükşehir Belediyesi adına", "Can Bolu Aksoy", "Belediye Başkanı"),
        ("Sinop Büyükşehir Belediyesi adına", "Kars Ünal", "Belediye Başkan Vekili"),
        ("Didim Belediyesi adına", "Niğde Erden", "Belediye Başkanı"),
        ("Kuşadası Belediyesi adına", "Gül Akın", "Belediye Başkanı"),
        ("Ödemiş Belediyesi adına", "Serik Ural", "Belediye Başkanı"),
        ("Tire Belediyesi adına", "Ebru Soylu", "Belediye Başkanı"),
        ("Urla Belediyesi adına", "Ali Kartepe", "Belediye Başkan Yardımcısı"),
        ("Kemer Belediyesi adına", "Ece Yurt", "Belediye Başkanı"),
    ]
    page = ["İmzacılar", ""]
    for block in blocks:
        page += [*block, ""]
    towns = [body.split()[0] for body, _, _ in blocks]
    known = {*towns, "Kartal", "Mehmet", "Can", "Bolu", "Kars", "Niğde", "Erden", "Serik"}
    known |= {"Ural", "Kartepe", "Sekrete"}  # 'Sekreter' read as a place's inflected form
    found = read_member_list(page, PlaceNames(lambda name: name in known))
    assert found is not None
    assert [e.city for e in found.entries] == towns

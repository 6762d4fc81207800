"""Signatories named by a person's role and name, in the orders real lists write them, on
pages written here and a tiny gazetteer in which people's names are places too, as some are
in GeoNames ('Pierre', South Dakota; 'Câmara', a namesake of a word)."""

from __future__ import annotations

import re

import pytest

from geo.data import store
from geo.importing import entries
from geo.importing.entries import PlaceNames, read_entry
from geo.importing.listreader import read_member_list
from geo.text import fold
from tests.atlases import gazetteer_of, network_only, planned

PLACES = [  # name, country, population, other names
    ("Dresden", "DE", 556_000, ""), ("Leipzig", "DE", 600_000, ""),
    ("Erfurt", "DE", 213_000, ""), ("Jena", "DE", 111_000, ""),
    ("Pierre", "US", 14_000, ""), ("Anna", "US", 4_000, ""), ("Paul", "US", 1_000, ""),
    ("Kraków", "PL", 816_000, "Krakowo|Cracovie"), ("Krakowo", "PL", 300, ""),
    ("Poznań", "PL", 536_000, "Poznani"), ("Poznani", "RO", 2_000, ""),
    ("Lublin", "PL", 336_000, ""), ("Gdańsk", "PL", 487_000, "Gdańska|Danzig"),
    ("Câmara", "BR", 5_000, ""), ("Braga", "PT", 190_000, ""), ("Faro", "PT", 65_000, ""),
    ("Sevilla", "ES", 690_000, ""), ("Málaga", "ES", 570_000, ""), ("Zaragoza", "ES", 670_000, ""),
    ("Huesca", "ES", 53_000, ""), ("Andalucía", "CO", 17_000, ""), ("Aragón", "PE", 2_000, ""),
    ("Zagreb", "HR", 663_000, "Zagreba"), ("Split", "HR", 150_000, "Splita"),
    ("Osijek", "HR", 75_000, "Osijeka"), ("Rijeka", "HR", 128_000, "Rijeky"),
    ("Milan", "IT", 1_371_000, "Milano"), ("Pisa", "IT", 90_000, ""), ("Lodi", "IT", 45_000, ""),
    ("Cremona", "IT", 72_000, ""), ("Namur", "BE", 110_000, ""), ("Liège", "BE", 195_000, ""),
    ("Aberdeen", "GB", 200_000, ""), ("Ostrava", "CZ", 290_000, "Ostravy"),
    ("Iași", "RO", 290_000, ""), ("Varna", "BG", 335_000, "Варна"),
    ("Rab", "HR", 8_000, ""), ("Bor", "CZ", 5_000, ""), ("Bor", "RS", 34_000, ""),
    ("Plzeň", "CZ", 170_000, "Plzně"), ("Brno", "CZ", 380_000, ""),
]  # fmt: skip
GAZETTEER = gazetteer_of([(name, code, "", people, other) for name, code, people, other in PLACES])
HEAD = "Open letter of the mayors\n\n12 March 2024\n\nWe call on the government to act.\n\n"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> store.AtlasData:
    return network_only(tmp_path_factory.mktemp("data"), "net")


def read(data: store.AtlasData, page: str) -> list[tuple[str, str]]:
    plan = planned(data, page, GAZETTEER, network="net")
    signed = plan.signatories
    return list(zip(signed["city"], signed["country"], strict=True))


def test_a_person_after_the_role_and_the_place_with_no_comma(data: store.AtlasData) -> None:
    page = HEAD + (
        "Oberbürgermeister von Dresden Paul Weber\n"
        "Oberbürgermeisterin von Leipzig Anna Pierre Krause\n"
        "Oberbürgermeister von Erfurt Jonas Braun\n"
    )  # 'Paul', 'Anna' and 'Pierre' are places too, and are no signatories here
    assert read(data, page) == [
        ("Dresden", "Germany"), ("Leipzig", "Germany"), ("Erfurt", "Germany"),
    ]  # fmt: skip


def test_a_person_after_the_role_the_place_and_a_comma(data: store.AtlasData) -> None:
    page = HEAD + (
        "Mayor of Dresden, Paul Weber\nMayor of Jena, Anna Krause\nMayor of Erfurt, Pierre Braun\n"
    )  # three lines are a list of lines, not a sentence; 'Pierre Braun' is no state
    assert read(data, page) == [("Dresden", "Germany"), ("Jena", "Germany"), ("Erfurt", "Germany")]


def test_genitives_after_a_role_are_named_as_the_place_is(data: store.AtlasData) -> None:
    page = HEAD + (
        "Prezydent Miasta Gdańska Anna Nowak\n"
        "Prezydent Miasta Krakowa Paul Kowalski\n"
        "Prezydent Miasta Lublin Jan Wójcik\n"
        "Prezydent Miasta Poznania Ewa Mazur\n"
    )  # 'Krakowo' and 'Poznani' are other names of Kraków and Poznań, and villages too
    assert read(data, page) == [
        ("Gdańsk", "Poland"), ("Kraków", "Poland"), ("Lublin", "Poland"), ("Poznań", "Poland"),
    ]  # fmt: skip


def test_a_body_after_a_role_is_no_person(data: store.AtlasData) -> None:
    page = HEAD + (
        "Município de Braga\nRui Costa, Presidente da Câmara Municipal\n\n"
        "Município de Faro\nAna Lima, Presidente da Câmara Municipal\n"
    )  # 'Câmara Municipal' is the council, not 'Câmara' and a person
    assert read(data, page) == [("Braga", "Portugal"), ("Faro", "Portugal")]


def test_a_person_s_title_and_name_then_the_place(data: store.AtlasData) -> None:
    page = HEAD + (
        "Mayor Anna Braga, Dresden\n"
        "Cllr Paul Faro, Leader of Leipzig City Council\n"
        "Lord Mayor Jonas Huesca, Erfurt, Germany\n"
        "Erster Bürgermeister Eva Sanz, Stadt Jena\n"
        "Dr Pierre Roth, Director of Urban Policy\n"
    )  # family names that are places too; the last is no signatory: it names no place
    assert read(data, page) == [
        ("Dresden", "Germany"), ("Leipzig", "Germany"), ("Erfurt", "Germany"),
        ("Jena", "Germany"),
    ]  # fmt: skip


def test_a_region_alone_over_its_people_s_lines_is_a_heading(data: store.AtlasData) -> None:
    page = HEAD + (
        "Andalucía\nAlcalde Juan Braga, Sevilla\nAlcaldesa Ana Faro, Málaga\n\n"
        "Aragón\nAlcaldesa Eva Sanz, Zaragoza\nAlcalde Luis Mora, Huesca\n"
    )  # 'Andalucía' and 'Aragón' are towns' names too, elsewhere
    assert read(data, page) == [
        ("Sevilla", "Spain"), ("Málaga", "Spain"), ("Zaragoza", "Spain"), ("Huesca", "Spain"),
    ]  # fmt: skip


def test_a_place_named_with_a_case_ending_is_named_as_the_place_is(
    data: store.AtlasData,
) -> None:
    page = HEAD + "Deklaraciju su potpisali gradonačelnici Zagreba, Splita, Osijeka i Rijeky.\n"
    # GeoNames lists genitives among the places' names: found, but shown as the place is
    # ('Rijeky' is no Croatian genitive, but as Czech and Slovak write theirs)
    assert read(data, page) == [
        ("Zagreb", "Croatia"), ("Split", "Croatia"), ("Osijek", "Croatia"), ("Rijeka", "Croatia"),
    ]  # fmt: skip
    page = HEAD + "Hanno firmato i sindaci di Milano, Pisa, Lodi e Cremona.\n"
    assert [city for city, _ in read(data, page)] == ["Milano", "Pisa", "Lodi", "Cremona"]


def test_mayors_titles_in_more_languages(data: store.AtlasData) -> None:
    page = HEAD + (
        "Claire Dupont, bourgmestre de Namur\n"
        "Marc Lenoir, échevin de Liège\n"
        "Fiona Reid, Lord Provost of Aberdeen\n"
        "Jana Nováková, primátorka statutárního města Ostravy\n"
        "Primarul municipiului Iași, Mihai Popa\n"
        "Кмет на Варна Иван Петров\n"
    )  # no word for 'of' after some: the place follows the title in the genitive
    assert read(data, page) == [
        ("Namur", "Belgium"), ("Liège", "Belgium"), ("Aberdeen", "United Kingdom"),
        ("Ostrava", "Czechia"), ("Iași", "Romania"), ("Варна", "Bulgaria"),
    ]  # fmt: skip


def test_a_body_before_a_dash_is_the_place_and_its_signer_s_portfolio_is_none(
    data: store.AtlasData,
) -> None:
    """'Stadt Leipzig – Anna Berg, Bürgermeisterin von Umwelt und Verkehr': the body before
    the dash is the place; the role after it belongs to the person, and what it is 'of'
    (a portfolio: 'Umwelt und Verkehr', 'Educación', 'Culture') is no place."""
    page = HEAD + (
        "Stadt Leipzig – Anna Berg, Bürgermeisterin von Umwelt und Verkehr\n"
        "Stadt Dresden – Paul Weber, Oberbürgermeister\n"
        "Ayuntamiento de Sevilla – Ana Ruiz, concejala de Educación\n"
        "Ayuntamiento de Málaga – Juan Gil, alcalde\n"
        "City of Aberdeen – Jane Doe, Deputy Mayor of Culture\n"
    )
    assert [city for city, _ in read(data, page)] == [
        "Leipzig", "Dresden", "Sevilla", "Málaga", "Aberdeen",
    ]  # fmt: skip


def test_a_short_place_s_genitive_after_a_role(data: store.AtlasData) -> None:
    """A place of three letters in the genitive after a role, one letter added ('Raba' Rab,
    'Boru' Bor, in Czechia, not the bigger Bor in Serbia): too short to read alone, the role
    says it is a case form."""
    page = HEAD + (
        "Ivana Horvat, gradonačelnica Grada Zagreba\n"
        "Marko Kovač, gradonačelnik Grada Splita\n"
        "Petar Babić, gradonačelnik Grada Raba\n"
    )
    assert read(data, page)[-1] == ("Rab", "Croatia")
    page = HEAD + (
        "Jana Nováková, primátorka statutárního města Ostravy\n"
        "Petr Dvořák, primátor statutárního města Plzně\n"
        "Karel Malý, starosta města Boru\n"
    )
    assert read(data, page)[-1] == ("Bor", "Czechia")


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        ("Our host, the Mayor of Aberdeen, stressed that the charter stays open to further "
         "signatures.", "Signed by:"),
        ("Gastgeber, der Oberbürgermeister von Erfurt, betonte, dass die Erklärung für "
         "weitere Unterschriften offen bleibt.", "Unterzeichnet von:"),
        ("Hostitel, primátor statutárního města Brna, zdůraznil, že deklarace zůstává "
         "otevřena dalším podpisům.", "Podepsali:"),
        # ending in a quotation's closing mark after its stop: still a sentence
        ("Our host, the Mayor of Aberdeen, said: \u201cThe charter stays open to further "
         "signatures, and we will welcome them all.\u201d", "Signed by:"),
        ("Gastgeber, der Oberbürgermeister von Erfurt, sagte: \u201eDie Erklärung bleibt "
         "für weitere Unterschriften offen, wir freuen uns auf alle.\u201c", "Unterzeichnet von:"),
        ("Hostitel, primátor statutárního města Brna, řekl: \u201eDeklarace zůstává "
         "otevřena dalším podpisům a všem městům.\u201c", "Podepsali:"),
    ],
)  # fmt: skip
def test_a_sentence_about_a_mayor_above_the_list_is_no_signer(
    data: store.AtlasData, sentence: str, heading: str
) -> None:
    """A sentence that names a mayor by role and goes on with a clause ('..., stressed that
    ...') or quotes the mayor's words is the page's prose, not a signer's line, though it
    stands over the list."""
    page = HEAD + (
        f"{sentence}\n\n{heading}\n\n"
        "1. Paul Weber – Oberbürgermeister von Dresden\n"
        "2. Anna Krause – Oberbürgermeisterin von Leipzig\n"
        "3. Jonas Braun – Oberbürgermeister von Jena\n"
    )
    assert [city for city, _ in read(data, page)] == ["Dresden", "Leipzig", "Jena"]


JOINT = gazetteer_of(
    [
        ("Frýdek-Místek", "CZ", "", 55_000, ""), ("Ostrava", "CZ", "", 290_000, "Ostravy"),
        ("Olomouc", "CZ", "", 100_000, ""), ("Kolín", "CZ", "", 31_000, ""),
        ("Cologne", "DE", "", 1_080_000, "Kolína"), ("Hoče", "SI", "", 3_000, ""),
        ("Maribor", "SI", "", 95_000, ""), ("Ptuj", "SI", "", 18_000, ""),
        ("Tavira", "PT", "", 26_000, ""), ("Faro", "PT", "", 65_000, ""),
        ("Braga", "PT", "", 190_000, ""), ("Pula", "HR", "", 57_000, ""),
        ("Bari", "IT", "", 320_000, "Pule"), ("Zagreb", "HR", "", 663_000, "Zagreba"),
        ("Split", "HR", "", 150_000, "Splita"),
    ]
)  # fmt: skip


def _read_joint(data: store.AtlasData, page: str) -> list[str]:
    plan = planned(data, page, JOINT, network="net")
    return list(plan.signatories["city"])


def test_a_joint_municipality_s_name_after_a_role_is_read_part_by_part(
    data: store.AtlasData,
) -> None:
    """A role's place named by two parts, a hyphen or an 'and' between them, that is no
    place as written: each part in its case form where the whole is one ('Frýdku-Místku'
    Frýdek-Místek), else the part that names a place ('Hoče-Slivnica' Hoče, 'Tavira and
    Cacela' Tavira)."""
    page = HEAD + (
        "Jana Malá, primátorka statutárního města Ostravy\n"
        "Petr Novák, primátor statutárního města Frýdku-Místku\n"
        "Eva Horká, primátorka statutárního města Olomouce\n"
    )
    assert _read_joint(data, page) == ["Ostrava", "Frýdek-Místek", "Olomouc"]
    page = HEAD + (
        "Marko Kos, župan Mestne občine Maribor\nAna Zorman, županja Občine Hoče-Slivnica\n"
        "Luka Vidmar, župan Mestne občine Ptuj\n"
    )
    assert _read_joint(data, page) == ["Maribor", "Hoče", "Ptuj"]
    page = HEAD + (
        "Rui Costa, Mayor of Faro\nAna Lima, Mayor of Tavira and Cacela\n"
        "João Reis, Mayor of Braga\n"
    )
    assert _read_joint(data, page) == ["Faro", "Tavira", "Braga"]


def test_a_role_s_genitive_is_its_place_s_case_form_not_another_name_elsewhere(
    data: store.AtlasData,
) -> None:
    """After a role that names its place in the genitive, a word that is another name of a
    much bigger place elsewhere ('Kolína' of Cologne, 'Pule' of Bari here) is the case form
    of the list's country's place the role's grammar says it is (Kolín, Pula)."""
    page = HEAD + (
        "Jana Malá, primátorka statutárního města Ostravy\n"
        "Petr Novák, starosta města Kolína\n"
        "Eva Horká, primátorka statutárního města Olomouce\n"
    )
    assert _read_joint(data, page) == ["Ostrava", "Kolín", "Olomouc"]
    page = HEAD + (
        "Ivana Horvat, gradonačelnica Grada Zagreba\nMarko Kovač, gradonačelnik Grada Splita\n"
        "Petar Babić, gradonačelnik Grada Pule\n"
    )
    assert _read_joint(data, page) == ["Zagreb", "Split", "Pula"]


# Irish and Welsh councils and towns, and people's surnames that are places abroad, as
# GeoNames has Kelly, Moore and Hughes in the United States.
COUNCILS = gazetteer_of([
    (name, code, "", people, other) for name, code, people, other in [
        *PLACES, ("Galway", "IE", 80_000, ""), ("Carlow", "IE", 24_000, ""),
        ("Cork", "IE", 224_000, ""), ("Dundalk", "IE", 39_000, ""),
        ("Swansea", "GB", 170_000, "Abertawe"), ("Cardiff", "GB", 360_000, "Caerdydd"),
        ("Moore", "US", 60_000, ""), ("Kelly", "US", 500, ""), ("Hughes", "US", 1_300, ""),
    ]
])  # fmt: skip


def _read_councils(data: store.AtlasData, page: str) -> list[tuple[str, str]]:
    plan = planned(data, page, COUNCILS, network="net")
    return list(zip(plan.signatories["city"], plan.signatories["country"], strict=True))


def test_a_council_chair_s_title_between_a_councillor_and_the_council(
    data: store.AtlasData,
) -> None:
    """'Cllr Eoin Kelly, Cathaoirleach, Galway County Council': the chair's title in Irish
    ('Cathaoirleach', 'Leas-Chathaoirleach' its deputy) or Welsh ('Cadeirydd', the leader
    'Arweinydd', after 'Y Cynghorydd' or 'Cyng.', a councillor) is no place, the surname
    before it neither: the council after it signs, on a German and a Welsh page; a town's
    municipal district is the town ('Carlow-Tullow Municipal District': Carlow)."""
    german = (
        "Gemeinsame Erklärung der Räte für saubere Luft\n\n12. März 2024\n\nWir, die "
        "unterzeichnenden Räte, verpflichten uns zu sauberer Luft.\n\nUnterzeichnet von:\n\n"
        "Cllr Eoin Kelly, Cathaoirleach, Galway County Council\n"
        "Cllr Aisling Moore, Leas-Chathaoirleach, Cork City Council\n"
        "Cllr Paddy Hughes, Cathaoirleach, Carlow-Tullow Municipal District\n"
        "Cllr Ciara Kelly, Cathaoirleach, Dundalk Municipal District\n"
    )
    assert _read_councils(data, german) == [
        ("Galway County Council", "Ireland"), ("Cork", "Ireland"), ("Carlow", "Ireland"),
        ("Dundalk", "Ireland"),
    ]  # fmt: skip
    welsh = (
        "Datganiad ar y cyd ar aer glân\n\n2024-03-12\n\nRydym ni, y cynghorau sydd wedi "
        "llofnodi, yn ymrwymo i aer glân.\n\nLlofnodwyd gan:\n\n"
        "Y Cynghorydd Siân Moore, Arweinydd, Swansea Council\n"
        "Cyng. Dafydd Hughes, Cadeirydd, Cardiff Council\n"
        "Cyng. Elin Kelly, Arweinydd, Cork City Council\n"
    )
    assert _read_councils(data, welsh) == [
        ("Swansea", "United Kingdom"), ("Cardiff", "United Kingdom"), ("Cork", "Ireland"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "city"),
    [
        ("Ana Ruiz, alcaldesa de La Línea de la Concepción (Cádiz)", "La Línea de la Concepción"),
        ("Joan Puig, alcalde de La Seu d'Urgell", "La Seu d'Urgell"),
        ("Jan de Vries, Mayor of The Hague", "The Hague"),
        ("Ann Lee, Mayor of the City of Aberdeen", "Aberdeen"),
        ("Ann Lee, maire de la Ville de Namur", "Namur"),
    ],
)
def test_an_article_in_capitals_after_a_role_is_the_town_s_name(written: str, city: str) -> None:
    entry = read_entry(written, 1)
    assert entry is not None
    assert entry.city == city


def test_an_abbreviated_spanish_title_after_a_dash_is_the_signer_s() -> None:
    """A town's body and its state, then its head's title abbreviated ('Pdte.', 'Pdta.',
    'Alc.') and name after a dash: each line is the town in its state, not the state."""
    lines = [
        "Municipio de Tepic, Nayarit – Pdte. Mpal. Jorge Soto",
        "Municipalidad de Tandil, Buenos Aires – Pdta. Laura Paz",
        "Ayuntamiento de Jaca, Huesca – Alc. Pilar Gil",
    ]
    towns = {"tepic", "nayarit", "tandil", "buenos aires", "jaca", "huesca"}
    known = PlaceNames(lambda name: fold(name) in towns)
    found = read_member_list(["Firmantes:", "", *lines, "", "Gracias a todos."], known)
    assert found is not None
    assert [(e.city, e.region) for e in found.entries] == [
        ("Tepic", "Nayarit"), ("Tandil", "Buenos Aires"), ("Jaca", "Huesca")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "written",
    ["Riga, LV — Andris Kalniņš, présidente du Conseil municipal",
     "Riga, LV — Andris Kalniņš, presidente del Consiglio comunale",
     "Riga, Letonia — Andris Kalniņš, presidenta del Consejo Municipal"],
)  # fmt: skip
def test_a_role_of_the_council_after_a_place_and_its_country_is_the_signer_s(
    written: str,
) -> None:
    """'Riga, LV — Name, présidente du Conseil municipal': a line that names its place with
    its country before the dash gives its signer after it; the role's body (the town's own
    council, which names no place) is the person's title, not the entry."""
    entry = read_entry(written, 1)
    assert entry is not None
    assert entry.city == "Riga"


@pytest.mark.parametrize(
    ("line", "body", "kind"),
    [
        (
            "Il Sindaco metropolitano di Firenze",
            "Città metropolitana di Firenze",
            "metropolitan area",
        ),
        (
            "La Sindaca metropolitana di Genova",
            "Città metropolitana di Genova",
            "metropolitan area",
        ),
        ("Fylkesordfører i Vestland", "Vestland fylkeskommune", "county"),
        ("Landrätin von Konstanz", "Landkreis Konstanz", "county"),
        ("Ο Περιφερειάρχης Αττικής", "Περιφέρεια Αττικής", "region"),
        ("Η Αντιπεριφερειάρχης Θεσσαλίας, Μαρία Παππά", "Περιφέρεια Θεσσαλίας", "region"),
        ("Bürgermeisterin von Konstanz", "Konstanz", "city"),
        ("Il Sindaco di Firenze", "Firenze", "city"),
    ],
)
def test_a_title_that_names_the_body_its_holder_heads(line: str, body: str, kind: str) -> None:
    """A title whose holder heads a body above the town ('sindaco metropolitano': the
    città metropolitana; 'fylkesordfører': the fylkeskommune; 'Landrat': the Landkreis;
    'Περιφερειάρχης': the Περιφέρεια, its place in the genitive as the title has it)
    names that body, as its heading would; a mayor's title names the town."""
    entry = read_entry(line, 1)
    assert entry is not None
    assert (entry.city, entry.kind) == (body, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, Mayor of Lyon",
        "Aarhus, Denmark",
        "MAYOR OF THE CITY OF LYON",
        "Mayor Of The Hague",
        "Sindaco DOTT. Rossi, Sindaco di Bra",  # a capital preposition, then a role
        "Presidente dell'Unione dei Comuni",
        "Sofia Hansen, borgmester i Aarhus",
        "Chief Executive",
        "Bürgermeisterin von Konstanz",  # not ASCII: searched as it is
        "",
    ],
)
def test_an_ascii_text_searched_in_lower_case_finds_the_same_role_and_title(text: str) -> None:
    """`_role_in` and `has_title` search an ASCII text's lower case first (without
    IGNORECASE, faster): the same role where the text's case matters ('OF THE', a
    preposition in capitals), the same answer where there is none."""
    role = entries._ROLE_OF.search(text)
    while role is not None and entries._capital_preposition(role):
        role = entries._ROLE_OF.search(text, role.end())
    found = entries._role_in.__wrapped__(text)
    assert (found and (found.span(), found.group())) == (role and (role.span(), role.group()))
    assert entries.has_title(text) == (entries._TITLE_IN.search(text) is not None)


def test_the_lower_case_patterns_are_written_in_lower_case() -> None:
    """What makes a search of a text's lower case answer as IGNORECASE does: no capital,
    no case-kept part, no 'ı' or 'ſ' (which IGNORECASE takes for 'i' and 's') in them."""
    for pattern in (entries._ROLE_OF_LOWERED, entries._TITLE_IN_LOWERED):
        letters = re.sub(r"\\.", "", pattern.pattern)  # escapes are classes
        assert letters == letters.lower()
        assert "(?-i" not in pattern.pattern
        assert not {"ı", "ſ"} & set(pattern.pattern)
        assert not pattern.flags & re.IGNORECASE

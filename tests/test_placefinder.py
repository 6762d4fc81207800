"""The place finder: a list found from its places, on small invented pages and a tiny
gazetteer (no corpus page, no real page)."""

from __future__ import annotations

import random
import re

import pytest

from geo.errors import ParseError
from geo.importing import placefinder as pf
from geo.importing.entries import PlaceNames
from geo.importing.inflection import (
    formed_place,
    framed_readings,
    inflected_place,
    inflected_readings,
    nominative,
    titled_place,
    unmutated_place,
)
from geo.importing.listreader import FREE_LINES, SAMPLED_LINES, read_member_list
from geo.importing.pagetext import WEB_ADDRESS, is_address, is_closing, without_web_addresses
from geo.importing.placefinder import (
    MAX_FINDER_LOOKUPS,
    common_words,
    find_places,
    read_places,
)
from geo.text import fold

KNOWN = {
    "krakow", "warszawa", "gdansk", "brno", "munchen", "bonn", "aachen", "erlangen",
    "potsdam", "berlin", "hamburg", "wien", "graz", "frankfurt am main", "praha", "jan",
    "lille", "lyon", "nantes", "paris", "die", "sofia", "tromso", "alta", "halle", "tampere",
}  # fmt: skip
PLACES = PlaceNames(lambda name: fold(name) in KNOWN)


def names(text: str, common: frozenset[str] = frozenset()) -> list[str]:
    return [found.name for found in find_places(text, PLACES, common)]


def test_an_inflected_word_is_the_place_its_stem_names() -> None:
    assert inflected_place("Krakowa", PLACES) == "Krakow"  # Polish genitive
    assert inflected_place("Warszawy", PLACES) == "Warszawa"  # ending swapped for a vowel
    assert inflected_place("Münchens", PLACES) == "München"  # German genitive
    assert inflected_place("Tampereen", PLACES) == "Tampere"  # Finnish genitive
    assert inflected_place("Brně", PLACES) is None  # four letters: too short to tell
    assert inflected_place("Bonns", PLACES) == "Bonn"  # four letters: only the first try
    assert inflected_place("Bonnxy", PLACES) is None  # two letters cut leave five or more
    assert inflected_place("krakowa", PLACES) is None  # not capitalised: not a name
    assert inflected_place("Zzzzzzz", PLACES) is None


HUNGARIAN = PlaceNames(
    lambda name: fold(name) in {"debrecen", "gyor", "pecs", "nyiregyhaza", "esztergom", "toulouse"}
)


@pytest.mark.parametrize(
    ("word", "place"),
    [("Debrecennel", "Debrecen"), ("Győrben", "Győr"), ("Péccsel", "Pécs"),
     ("Nyíregyházával", "Nyíregyháza"),
     ("Esztergomhoz", "Esztergom"), ("Esztergomról", "Esztergom"), ("Debrecenen", "Debrecen"),
     ("Toulouse-zal", "Toulouse"), ("Toulouse-ban", "Toulouse"),
     ("Esztergomben", None), ("Debrecenban", None), ("Győrral", None)],
)  # fmt: skip
def test_a_hungarian_case_suffix_in_the_harmony_of_its_place_s_vowels(
    word: str, place: str | None
) -> None:
    """Hungarian glues its cases after a name in the harmony of the name's last vowel: the
    instrumental's 'v' takes a consonant's sound ('Debrecennel', a digraph's: 'Péccsel'),
    a last 'a' lengthens ('Nyíregyházával'), a foreign name takes its suffix after a hyphen;
    a suffix out of harmony reads none."""
    assert inflected_place(word, HUNGARIAN) == place


def test_places_in_a_line_longest_first_not_common_words_nor_given_names() -> None:
    assert names("Frankfurt am Main, Hessen") == ["Frankfurt am Main"]
    assert names("Die und Bonn", common_words(["die Stadt", "Bonn"])) == ["Bonn"]
    assert names("Die und Bonn") == ["Die", "Bonn"]  # 'die' never written in lower case
    assert names("Primátor Jan Novák, Praha") == ["Praha"]  # Jan Novák is a person
    assert names("Prezydent Miasta Krakowa") == ["Krakow"]
    assert names("Li Bo") == []  # one- and two-letter words are never places


@pytest.mark.parametrize(
    "text",
    ["Lyon\nwww.lyon.fr/en and info@ville.lyon.fr.\nLyon.fr\n.fr", "St. Gallen. Be", "a.de\n\nb.c"],
)
def test_web_addresses_are_taken_out_of_the_lines_that_may_hold_one(text: str) -> None:
    assert without_web_addresses(text) == WEB_ADDRESS.sub(" ", text)
    assert "lyon" not in without_web_addresses("Lyon\nlyon.fr").split()


@pytest.mark.parametrize(
    ("text", "places"),
    [("Porozumienie podpisał burmistrz Tromsø Anna Nowak Kowalska", ["Tromsø"]),
     ("Za město podepsal primátor Graz Petr Novák a primátor Lille Eva Malá", ["Graz", "Lille"]),
     ("Prezydent Tomasz Nowak", []), ("Primátor Jan Novák, Praha", ["Praha"])],
)  # fmt: skip
def test_a_title_s_place_in_the_genitive_before_its_holder_s_two_names(
    text: str, places: list[str]
) -> None:
    """A title that takes its place with no word for 'of' (Polish, Czech, Greek 'ο
    Δήμαρχος Τρικκαίων Νικόλαος Παπαδόπουλος'), a place, then a given name and a family name:
    the place is the title's, no given name; one name after the title is its holder."""
    assert names(text) == places


def test_a_place_before_a_nordic_body_s_form_in_capitals_is_no_given_name() -> None:
    """A card's title writes its body's form capitalised ('Borås Stad', 'Tromsø Kommuna'):
    the form is no surname, its place no given name, in Swedish, Norwegian or Faroese."""
    assert names("Lille Stad") == ["Lille"]
    assert names("Alta Kommuna") == ["Alta"]
    assert names("Halle Kommun, Västra Götalands län") == ["Halle"]


def test_a_signer_s_degrees_are_no_places_nor_a_field_of_their_own() -> None:
    """'PhD', 'MBA' are airports' codes GeoNames gives as names: a degree is no place, and
    degrees after a comma belong to the name's field, so the place keeps its field."""
    known = PlaceNames(lambda name: fold(name) in {"phd", "mba", "mgr", "bonn", "lille"})
    for line, place in (
        ("Dr. Anna Keller, MBA, Oberbürgermeisterin von Bonn", "Bonn"),
        ("Jane Doe, PhD, Mayor of Lille", "Lille"),
        ("Mgr. Jan Kowalski, Ph.D., Prezydent Miasta Bonn", "Bonn"),
    ):
        assert [f.name for f in find_places(line, known, frozenset())] == [place]
    assert pf._fields("Jane Doe, PhD, Mayor of Lille") == [(0, 13), (14, 29)]
    assert pf._fields("Boston, MA, United States") == [(0, 6), (7, 10), (11, 25)]


GLUED = """Members

City, joined, focus:
Aachen2492702021Heat
Bonn3307952021Solar
Erlangen1132922022Heat
Potsdam1808342022Solar

We welcome new members and look forward to working together.
"""


def test_a_table_with_its_cells_run_together_is_read_by_its_places() -> None:
    found = read_places(GLUED.split("\n"), PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Aachen", "Bonn", "Erlangen", "Potsdam"]


def test_country_before_several_entries_a_line() -> None:
    page = "Signed:\n\nDeutschland: Berlin · Hamburg · Bonn\nÖsterreich: Wien · Graz\n"
    found = read_places(page.split("\n"), PLACES)
    assert found is not None
    assert [(e.city, e.codes) for e in found.entries] == [
        ("Berlin", ("DE",)), ("Hamburg", ("DE",)), ("Bonn", ("DE",)),
        ("Wien", ("AT",)), ("Graz", ("AT",)),
    ]  # fmt: skip


def test_a_country_s_line_with_one_place_among_lines_of_several_is_read_too() -> None:
    pages = [
        "Teilnehmende Städte:\n\nDeutschland: Berlin, Hamburg und Bonn.\n"
        "Österreich: Wien und Graz.\nPolen: Krakau, Danzig und Warschau.\n"
        "Frankreich: Paris und Lyon.\nTschechien: Brno.\nNorwegen: Tromsø.\n",
        "Villes participantes :\n\nAllemagne : Berlin, Hambourg et Bonn.\n"
        "Autriche : Vienne et Graz.\nPologne : Cracovie, Gdansk et Varsovie.\n"
        "France : Paris et Lyon.\nTchéquie : Brno.\nNorvège : Tromsø.\n",
    ]
    known = KNOWN | {"krakau", "danzig", "warschau", "hambourg", "vienne", "cracovie", "varsovie"}
    for page in pages:
        found = read_places(page.split("\n"), PlaceNames(lambda name: fold(name) in known))
        assert found is not None
        assert [e.codes for e in found.entries][-2:] == [("CZ",), ("NO",)]
        assert len(found.entries) == 12


def test_a_country_s_name_under_its_own_heading_is_its_one_city() -> None:
    pages = [
        "Mitgliedsstädte\n\nDeutschland\nBerlin · Hamburg · Bonn\n\nLuxemburg\nLuxemburg\n\n"
        "Österreich\nWien · Graz\n",
        "Ciudades miembro\n\nEspaña\nSevilla · Málaga\n\nPanamá\nPanamá\n\nMéxico\n"
        "Monterrey · Puebla\n",
    ]
    known = KNOWN | {"luxemburg", "sevilla", "malaga", "panama", "monterrey", "puebla"}
    for page in pages:
        found = read_places(page.split("\n"), PlaceNames(lambda name: fold(name) in known))
        assert found is not None
        assert [(e.city, e.codes) for e in found.entries][2:4] in (
            [("Bonn", ("DE",)), ("Luxemburg", ("LU",))],
            [("Panamá", ("PA",)), ("Monterrey", ("MX",))],
        )


def test_a_table_s_column_of_regions_named_again_is_not_its_list() -> None:
    """The column whose names repeat down the table is its regions', though it names more
    known places; each member is named once, in a body's name ('Stadt Erlangen')."""
    pages = [
        "Gemeinde\tRegierungsbezirk\tEinwohner\nStadt Erlangen\tMünchen\t113.000\n"
        "Stadt Potsdam\tBerlin\t180.000\nStadt Neuwerk\tBerlin\t38.000\n"
        "Stadt Bonn\tMünchen\t330.000\nStadt Aachen\tBerlin\t249.000\n"
        "Stadt Altdorf\tMünchen\t15.000\n",
        "Comune\tProvincia\tAbitanti\nComune di Lodi\tMilano\t45.000\n"
        "Comune di Pisa\tMilano\t90.000\nComune di Cremona\tGraz\t72.000\n"
        "Comune di Vallerano\tGraz\t2.000\nComune di Nantes\tMilano\t300.000\n"
        "Comune di Montalto\tGraz\t5.000\n",
    ]
    known = KNOWN | {"pisa", "lodi", "cremona", "milano"}
    for page in pages:
        found = read_places(page.split("\n"), PlaceNames(lambda name: fold(name) in known))
        assert found is not None
        assert [e.city for e in found.entries][:2] in (["Erlangen", "Potsdam"], ["Lodi", "Pisa"])


def test_a_table_s_column_of_town_bodies_outweighs_a_column_of_distinct_regions() -> None:
    """A column whose cells name a town's body ('Stadt Erlangen', 'Comune di Lodi') lists
    the members, though the column after it, its regions' each named once, holds more
    known places: the members' own column names a few bodies that are no town."""
    pages = [
        "Mitglied\tBezirk\tLand\tEinwohner\nStadt Erlangen\tMünchen\tBayern\t113.000\n"
        "Stadt Potsdam\tBerlin\tBrandenburg\t180.000\nStadt Neuwerk\tHamburg\tHamburg\t38.000\n"
        "Stadt Bonn\tKöln\tNRW\t330.000\nZweckverband Mittelrhein\tAachen\tNRW\t49.000\n"
        "Landkreis Altdorf\tHalle\tSachsen\t15.000\n",
        "Ente\tProvincia\tRegione\tAbitanti\nComune di Lodi\tMilano\tLombardia\t45.000\n"
        "Comune di Pisa\tLyon\tToscana\t90.000\nComune di Cremona\tGraz\tLombardia\t72.000\n"
        "Comune di Vallerano\tWien\tLazio\t2.000\n"
        "Unione dei Comuni Alto Reno\tParis\tEmilia\t5.000\n"
        "Provincia di Montalto\tTampere\tLazio\t5.000\n",
    ]
    known = KNOWN | {"pisa", "lodi", "cremona", "milano", "koln", "erlangen"}
    for page in pages:
        found = read_places(page.split("\n"), PlaceNames(lambda name: fold(name) in known))
        assert found is not None
        assert [e.city for e in found.entries][:2] in (["Erlangen", "Potsdam"], ["Lodi", "Pisa"])


def test_a_table_s_first_cell_that_names_a_body_is_the_body_though_its_column_repeats_it() -> None:
    """A row's first cell naming a province's or county's body for the place the table's
    region column names on most rows ('Provincia di Ancona' over towns in 'Ancona') is the
    body, whole: a member, not the region's name repeated down the table."""
    towns = {"ancona", "jesi", "fabriano", "fano", "pesaro", "fulda", "hunfeld", "kassel"}
    known = PlaceNames(lambda name: fold(name) in towns | {"petersberg"})
    pages = [
        "Ente\tProvincia\tAnno\nProvincia di Ancona\tAncona\t2018\nJesi\tAncona\t2019\n"
        "Fabriano\tAncona\t2020\nFano\tPesaro\t2020\n",
        "Mitglied\tKreis\tSeit\nKassel\tKassel\t2017\nLandkreis Fulda\tFulda\t2018\n"
        "Hünfeld\tFulda\t2019\nPetersberg\tFulda\t2019\n",
    ]
    read = [read_places(page.split("\n"), known) for page in pages]
    assert [[e.city for e in found.entries] if found else [] for found in read] == [
        ["Provincia di Ancona", "Jesi", "Fabriano", "Fano"],
        ["Kassel", "Landkreis Fulda", "Hünfeld", "Petersberg"],
    ]


def test_places_that_mark_a_range_from_one_to_another_are_no_members() -> None:
    """'from Cork in the south to Donegal in the north', 'von Flensburg bis Konstanz': the
    places a sentence names as a network's extremes are no items of its list."""
    known = PlaceNames(
        lambda name: fold(name)
        in {"galway", "sligo", "kilkenny", "wexford", "cork", "donegal", "kiel", "passau",
            "ulm", "jena", "flensburg", "konstanz"}
    )  # fmt: skip
    for page, members in (
        (
            "Galway, Sligo, Kilkenny and Wexford joined the network this spring, which now "
            "has 38 members from Cork in the south to Donegal in the north.",
            ["Galway", "Sligo", "Kilkenny", "Wexford"],
        ),
        (
            "Kiel, Passau, Ulm und Jena sind dem Netzwerk beigetreten, das nun 52 Mitglieder "
            "von Flensburg im Norden bis Konstanz im Süden zählt.",
            ["Kiel", "Passau", "Ulm", "Jena"],
        ),
    ):
        found = read_places(["Neue Mitglieder", "", page], known)
        assert found is not None
        assert [e.city for e in found.entries] == members


def test_a_card_s_name_cell_of_two_letters_is_a_place_the_gazetteer_knows() -> None:
    """'Au' (Vorarlberg), 'Eu' and 'Ay' (France) are too short to tell from a word in a
    line, but a card's or a table's cell says where a name starts and ends: alone in the
    place's cell, a short name the gazetteer knows is the place; not a state's code."""
    known = PlaceNames(
        lambda name: fold(name)
        in {"au", "bregenz", "dornbirn", "feldkirch", "eu", "ay", "reims", "rouen", "troyes",
            "ny"}
    )  # fmt: skip
    german = ["Mitglieder", ""]
    for town in ("Bregenz", "Au", "Dornbirn", "Feldkirch"):
        german += [town, "Vorarlberg", "Mitglied seit 2015", "Mehr erfahren", ""]
    found = read_member_list(german, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Bregenz", "Au", "Dornbirn", "Feldkirch"]
    french = ["Nos membres", ""]
    for town, region in (("Reims", "Grand Est"), ("Eu", "Normandie"), ("Rouen", "Normandie"),
                         ("Ay", "Grand Est"), ("Troyes", "Grand Est")):  # fmt: skip
        french += [town, region, "Adhérente depuis 2019", "En savoir plus", ""]
    found = read_member_list(french, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Reims", "Eu", "Rouen", "Ay", "Troyes"]


def test_a_region_after_a_preposition_of_place_is_where_its_group_is() -> None:
    """'Nel Lazio, ... Rieti, Latina e Viterbo; nel Veneto, ...', 'Au Québec, Laval ...; au
    Manitoba, ...': a subdivision's whole name after a preposition of place says where the
    places around it are, though a village has its name ('Veneto'); a list that goes on in
    the next paragraph, its places written bare, is one list."""
    known = PlaceNames(
        lambda name: fold(name)
        in {"rieti", "latina", "viterbo", "verona", "padova", "treviso", "veneto", "udine",
            "gorizia", "isernia", "termoli", "laval", "gatineau", "sherbrooke", "brandon",
            "steinbach", "manitoba"}
    )  # fmt: skip
    italian = [
        "Comuni premiati",
        "",
        "Nel Lazio, sono stati premiati Rieti, Latina e Viterbo; nel Veneto, Verona, Padova e "
        "Treviso.",
        "",
        "Nel Molise hanno ricevuto il premio Isernia e Termoli; nel Friuli-Venezia Giulia, "
        "Udine e Gorizia.",
    ]
    found = read_places(italian, known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Rieti", "Latina", "Viterbo", "Verona", "Padova", "Treviso", "Isernia", "Termoli",
        "Udine", "Gorizia",
    ]  # fmt: skip
    french = (
        "Au Québec, Laval, Gatineau et Sherbrooke ont signé; au Manitoba, Brandon et Steinbach."
    )
    found = read_places(["Signataires", "", french], known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Laval", "Gatineau", "Sherbrooke", "Brandon", "Steinbach"
    ]  # fmt: skip


def test_a_place_inside_an_institution_s_name_is_no_member() -> None:
    """A table's row of a university ('Masarykova univerzita Brno', 'Tampereen yliopisto')
    among its towns' rows: the place its name holds is where it is, no member; a town's
    own row stays."""
    known = PlaceNames(
        lambda name: fold(name) in {"brno", "praha", "ostrava", "plzen", "tampere", "lahti",
                                    "oulu", "turku"}
    )  # fmt: skip
    czech = [
        "Členové sítě", "", "Člen\tKraj\tRok", "Brno\tJihomoravský\t2010", "Praha\tPraha\t2011",
        "Ostrava\tMoravskoslezský\t2012", "Masarykova univerzita Brno\tJihomoravský\t2015",
        "Plzeň\tPlzeňský\t2016",
    ]  # fmt: skip
    found = read_places(czech, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Brno", "Praha", "Ostrava", "Plzeň"]
    finnish = [
        "Jäsenet", "", "Jäsen\tMaakunta\tVuosi", "Tampere\tPirkanmaa\t2012",
        "Lahti\tPäijät-Häme\t2013", "Tampereen yliopisto\tPirkanmaa\t2014",
        "Oulu\tPohjois-Pohjanmaa\t2015", "Turku\tVarsinais-Suomi\t2016",
    ]  # fmt: skip
    found = read_places(finnish, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Tampere", "Lahti", "Oulu", "Turku"]


def test_a_region_named_as_a_part_of_its_country_gives_the_country() -> None:
    """A column of regions named as parts of their countries ('Nord de la France', 'North
    of England') beside another region's ('Wallonie'): each town is in the country its
    region is a part of."""
    known = PlaceNames(
        lambda name: fold(name) in {"lille", "valenciennes", "arras", "namur", "liege", "leeds",
                                    "york", "hull"}
    )  # fmt: skip
    french = [
        "Nos membres", "", "Ville de Lille\tNord de la France", "Ville de Namur\tWallonie",
        "Ville de Valenciennes\tNord de la France", "Ville de Liège\tWallonie",
        "Ville d'Arras\tNord de la France",
    ]  # fmt: skip
    found = read_places(french, known)
    assert found is not None
    assert [(e.city, e.country) for e in found.entries] == [
        ("Lille", "France"), ("Namur", ""), ("Valenciennes", "France"), ("Liège", ""),
        ("Arras", "France"),
    ]  # fmt: skip
    english = [
        "Members",
        "",
        "Leeds\tNorth of England",
        "York\tNorth of England",
        "Hull\tNorth of England",
    ]
    found = read_places(english, known)
    assert found is not None
    assert {e.country for e in found.entries} == {"England"}


def test_headlines_about_places_are_not_a_list() -> None:
    page = ["Related", "", "Lille opens a tram line", "Lyon plants trees", "Nantes wins a prize"]
    assert read_places(page, PLACES) is None


def test_a_list_in_running_text_but_not_a_sentence_giving_examples() -> None:
    signed = "The pledge was signed by the mayors of Paris, Lyon, Lille and Nantes in May."
    found = read_places(["Title", "", signed], PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Paris", "Lyon", "Lille", "Nantes"]
    examples = "We stand with all who, in cities such as Paris, Lyon and Lille, work for this."
    assert read_places(["Title", "", examples], PLACES) is None


def _invented(k: int) -> str:
    """A different capitalised word for each k: 'Baaa', 'Caaa', ..."""
    letters = ""
    for _ in range(4):
        k, rest = divmod(k, 26)
        letters += chr(ord("a") + rest)
    return letters.capitalize()


def test_a_list_cut_by_the_finders_budget_is_no_list() -> None:
    every_name = PlaceNames(lambda name: True)  # each different name: one question
    rows = MAX_FINDER_LOOKUPS // 4 + 10
    lines = [" · ".join(_invented(4 * row + k) for k in range(4)) for row in range(rows)]
    assert read_places(lines, every_name) is None
    assert every_name.lookups <= MAX_FINDER_LOOKUPS + 8  # it stopped where the budget ran out
    found = read_places(lines[: rows // 2], PlaceNames(lambda name: True))
    assert found is not None  # half of it is read
    assert len(found.entries) == 4 * (rows // 2)


def test_the_place_finder_reads_what_the_shapes_read_only_in_part() -> None:
    page = "Signatories:\n\nParis (France) · Lyon (France) · Lille (France) · Nantes (France)\n"
    found = read_member_list(page.split("\n"), PLACES)
    assert found is not None
    assert found.shape == "places"
    assert [(e.city, e.codes) for e in found.entries] == [
        ("Paris", ("FR",)), ("Lyon", ("FR",)), ("Lille", ("FR",)), ("Nantes", ("FR",)),
    ]  # fmt: skip


def test_a_table_of_tabs_its_country_column_and_a_yes_no_column() -> None:
    page = [
        "City\tCountry\tMember",
        "Lille\tFrance\tno",
        "Graz\tAustria\tyes",
        "Stadt Bonn\tGermany\tno",
    ]
    found = read_places(page, PLACES)
    assert found is not None
    assert [(e.city, e.codes) for e in found.entries] == [
        ("Lille", ("FR",)), ("Graz", ("AT",)), ("Bonn", ("DE",)),
    ]  # fmt: skip  # 'no' is a column's answer, not Norway; 'Stadt Bonn' is Bonn


def test_a_country_is_never_an_inflected_place() -> None:
    assert inflected_place("Germany", PlaceNames(lambda name: fold(name) == "german")) is None


def test_a_postal_address_is_not_an_entry() -> None:
    assert is_address("Rete dei Comuni – Via Roma 8 – 40121 Bologna (BO)")
    assert is_address("1040 Brussels, Belgium")
    assert not is_address("Lille\t2019\tyes")  # a table's cells
    assert not is_address("Aachen, 249,270 inhabitants")
    page = [
        "Members:",
        "",
        "Lille (FR)",
        "Graz (AT)",
        "Nantes (FR)",
        "Via Roma 8 – 40121 Lyon (FR)",
    ]
    found = read_member_list(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lille", "Graz", "Nantes"]


def test_entries_with_countries_several_a_line_are_read_whole_even_without_a_gazetteer() -> None:
    page = ["Signatories:", "", "Paris (France) · Lyon (France)", "Lille (France) · Graz (Austria)"]
    found = read_member_list(page, PLACES, structure_only=PlaceNames())
    assert found is not None
    assert [e.city for e in found.entries] == ["Paris", "Lyon", "Lille", "Graz"]


class Counted:
    """The gazetteer's two questions over KNOWN, counted: each asked once a name a page."""

    def __init__(self) -> None:
        self.asked = 0
        self.keys = sorted(KNOWN)

    def known(self, name: str) -> bool:
        self.asked += 1
        return fold(name) in KNOWN

    def known_prefix(self, text: str) -> bool:
        self.asked += 1
        key = fold(text)
        return any(k.startswith(key) for k in self.keys)

    def places(self) -> PlaceNames:
        return PlaceNames(self.known, (), self.known_prefix)


def _noise(lines: int, seed: int) -> list[str]:
    """Lines of ten different capitalised made-up words, as a hostile page has."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnoprstuwyzäöüéłś"

    def word() -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(3, 10))).capitalize()

    return [" ".join(word() for _ in range(10)) for _ in range(lines)]


def test_the_finder_asks_at_most_a_few_questions_a_word_and_twice_as_many_on_twice_the_text() -> (
    None
):
    counts = []
    for lines in (300, 600):
        counter = Counted()
        places = counter.places()
        for line in _noise(lines, seed=lines):
            find_places(line, places, frozenset())
        counts.append(counter.asked)
    words = 300 * 10
    assert counts[0] <= 4 * words  # it was up to 12 a word: 4 runs of words, 8 stems
    assert counts[1] <= 2.2 * counts[0]


def test_a_megabyte_of_short_lines_naming_no_places_is_refused_at_once_naming_its_size() -> None:
    lines = ["Title", "", *_noise(40_000, seed=1)[:20_000], *["Xyzzy Plugh"] * 20_000]
    counter = Counted()
    with pytest.raises(ParseError, match=r"the page \([\d,]+ bytes\) has 40,00\d short lines"):
        read_member_list(lines, counter.places())
    assert counter.asked <= 4 * 10 * SAMPLED_LINES  # the sample's words asked, not the page's


def test_a_long_list_of_short_lines_is_sampled_and_read() -> None:
    names = ["Aachen", "Bonn", "Erlangen", "Potsdam", "Krakow", "Graz", "Lyon", "Paris"]
    lines = ["Signatories", "", *(names[k % 8] for k in range(FREE_LINES + 100))]
    found = read_member_list(lines, Counted().places())
    assert found is not None
    assert len(found.entries) == FREE_LINES + 100


GENITIVES = """Sieć miast

Prezydent Miasta Krakowa
Prezydent Miasta Warszawy
Prezydent Miasta Gdańska
Prezydent Miasta Tampereen

Związek Miast Otwartych · ul. Długa 5 · 61-841 Potsdam
"""


def test_a_list_of_genitives_only_is_read_by_its_frame_and_a_footer_address_is_not() -> None:
    # Every place inflected: no third of them named exactly, but every line names its place
    # after the same words. The footer's Polish postcode makes it an address.
    found = read_member_list(GENITIVES.split("\n"), PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Krakow", "Warszawa", "Gdańsk", "Tampere"]


def test_capitalised_words_that_look_inflected_without_a_frame_are_no_list() -> None:
    page = ["Title", "", "Krakowa", "Warszawy", "Gdańska", "Tampereen", "", "The end of it."]
    assert read_places(page, PLACES) is None


def test_postcodes_of_many_countries_make_an_address() -> None:
    for line in (
        "ul. Długa 5, 20-076 Lublin",  # Poland
        "Rua Direita 20, 4000-447 Porto",  # Portugal
        "Husova 10, 110 00 Praha 1",  # Czechia, Slovakia, Sweden, Greece
        "Str. Unirii 14, 200585 Craiova",  # Romania
        "Rue Belliard 40, 1040 Brussels",
    ):
        assert is_address(line), line
    assert not is_address("Kraków\t779 000\tmałopolskie")  # a table's cells


def test_words_of_the_page_hidden_from_the_reader_are_still_words_not_places() -> None:
    # 'miast' is written in lower case only in the title, which the list reader does not
    # see; 'Miast' in the site's name is then no inflected place.
    page = ["Sieć miast razem", "", "Bonn", "Aachen", "Erlangen", "", "Sieć Miast Otwartych"]
    known = PlaceNames(lambda name: fold(name) in KNOWN | {"miasa"})
    hidden = ["", *page[1:]]
    found = read_member_list(hidden, known, page=page)
    assert found is not None
    assert [e.city for e in found.entries] == ["Bonn", "Aachen", "Erlangen"]


CASES = PlaceNames(
    lambda name: fold(name)
    in {"vilnius", "kaunas", "klaipeda", "lahti", "seinajoki", "turku", "turun", "liberec",
        "bolos", "bolou", "helsinki", "helsingi", "grado", "zagreb", "split", "osijek",
        "varazdin", "rijeka", "leeuwarden", "sanna", "amersfoort", "enschede", "vilnia",
        "pori", "poria"}
)  # fmt: skip


def test_case_endings_of_several_language_families_give_the_gazetteer_form() -> None:
    assert inflected_place("Vilniaus", CASES) == "Vilnius"  # Lithuanian, before 'Vilnia'
    assert inflected_place("Kauno", CASES) == "Kaunas"
    assert inflected_place("Klaipėdos", CASES) == "Klaipėda"
    assert inflected_place("Lahden", CASES) == "Lahti"  # Finnish consonant gradation
    assert inflected_place("Seinäjoen", CASES) == "Seinäjoki"
    assert inflected_place("Helsingin", CASES) == "Helsinki"  # not the 'Helsingi' elsewhere
    assert inflected_place("Liberce", CASES) == "Liberec"  # Czech vowel dropped
    assert inflected_place("Βόλου", CASES) == "Βόλος"  # Greek genitive
    assert inflected_place("Porin", CASES) == "Pori"  # four letters, not 'Poria' elsewhere


def test_in_a_list_framed_by_a_nordic_form_a_town_s_body_of_another_form_is_an_entry() -> None:
    """A list framed by one Nordic form after its towns' genitives ('Göteborgs stad') has
    municipalities of the other form too ('Lunds kommun' among 'X stad', 'Borås Stad' among
    'X kommun'): a body's form right after the place names the town as the frame does."""
    towns = {"goteborg", "stockholm", "lund", "vasteras", "malmo", "uppsala", "boras", "umea"}
    known = PlaceNames(lambda name: fold(name) in towns)
    stad = ["Göteborgs stad", "Stockholms stad", "Lunds kommun", "Malmö stad", "Uppsala kommun"]
    found = read_places(["Undertecknare:", "", *stad, "Västerås stad"], known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Göteborg", "Stockholm", "Lund", "Malmö", "Uppsala", "Västerås"
    ]  # fmt: skip
    kommun = ["Göteborgs kommun", "Stockholms kommun", "Borås Stad", "Umeå kommun"]
    found = read_places(["Undertecknare:", "", *kommun, "Västerås kommun"], known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Göteborg", "Stockholm", "Borås", "Umeå", "Västerås"
    ]  # fmt: skip


def test_bodies_several_a_line_after_a_region_s_label_frame_their_genitives() -> None:
    """A region's label and a colon before several bodies a line, each naming its town in
    the genitive after one word ('Θεσσαλία: Δήμος Βόλου, Δήμος Λάρισας'): the bodies are
    the list's items as lines of one are, and the word they share frames their genitives;
    a wider body among them, a region's, is one of its entries too."""
    towns = {
        "bolos",
        "larisa",
        "karditsa",
        "kephisia",
        "gluphada",
        "kerkura",
        "zakunthos",
        "attike",
    }
    known = PlaceNames(lambda name: fold(name) in towns)  # folded: 'Βόλος' is 'bolos'
    lines = [
        "Μέλη ανά νομό:",
        "",
        "Θεσσαλία: Δήμος Βόλου, Δήμος Λάρισας, Δήμος Καρδίτσας",
        "Αττική: Δήμος Κηφισιάς, Δήμος Γλυφάδας, Περιφέρεια Αττικής",
        "Ιόνια Νησιά: Δήμος Κέρκυρας, Δήμος Ζακύνθου",
    ]
    found = read_places(lines, known)
    assert found is not None
    assert [fold(e.city) for e in found.entries] == [
        "bolos", "larisa", "karditsa", "kephisia", "gluphada", "periphereia attikes", "kerkura",
        "zakunthos",
    ]  # fmt: skip


def test_a_nordic_body_s_form_in_another_language_after_a_place_makes_no_headline() -> None:
    """A bilingual list names each body in two languages ('Uumajan kaupunki / Umeå kommun'):
    the forms after its place ('kaupunki', 'kommun', 'kunta') are no sentence's words, in a
    line of another form than the list's frame too."""
    towns = {"umea", "uumaja", "lulea", "kiruna", "haparanda", "tornio", "tornea", "pajala"}
    known = PlaceNames(lambda name: fold(name) in towns)
    page = [
        "Undertecknare / Allekirjoittajat", "", "Umeå kommun / Uumajan kunta",
        "Luleå kommun / Luulajan kunta", "Haparanda stad / Haaparannan kaupunki",
        "Kiruna kommun / Kiirunan kunta", "Pajala kommun / Pajalan kunta",
    ]  # fmt: skip
    found = read_places(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Umeå", "Luleå", "Haparanda", "Kiruna", "Pajala"]


def test_a_list_of_genitives_framed_after_its_places_leaves_out_lines_without_the_frame() -> None:
    page = [
        "Memorandumą pasirašė:",
        "",
        "Vilniaus miesto savivaldybė",
        "Kauno miesto savivaldybė",
        "Klaipėdos miesto savivaldybė",
        "",
        "Vilnia Privatumo politika",
    ]
    found = read_places(page, CASES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Vilnius", "Kaunas", "Klaipėda"]


def test_a_line_with_a_word_of_its_own_inside_a_list_s_long_frame_is_still_the_list_s() -> None:
    """The words every line writes after its place ('kaupungin kaupunginjohtaja', 'novada
    pašvaldības priekšsēdētājs') are the list's frame, not a headline's words: a line with
    one more of its own ('väliaikainen', 'valstspilsētas') is still an entry."""
    known = PlaceNames(
        lambda name: fold(name)
        in {"lahti", "seinajoki", "vantaa", "kuopio", "riga", "valmiera", "cesis", "ogre",
            "jelgava"}
    )  # fmt: skip
    finnish = [
        "Julkilausuman allekirjoittivat:",
        "",
        "Lahden kaupungin kaupunginjohtaja Pekka Timonen",
        "Seinäjoen kaupungin kaupunginjohtaja Kari Salo",
        "Vantaan kaupungin väliaikainen kaupunginjohtaja Ritva Laine",
        "Kuopion kaupungin kaupunginjohtaja Ari Koski",
    ]
    found = read_places(finnish, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lahti", "Seinäjoki", "Vantaa", "Kuopio"]
    latvian = [
        "Paziņojumu parakstīja:",
        "",
        "Rīgas valstspilsētas pašvaldības priekšsēdētājs Jānis Bērziņš",
        "Valmieras novada pašvaldības priekšsēdētājs Andris Ozols",
        "Cēsu novada pašvaldības priekšsēdētājs Pēteris Kalns",
        "Ogres novada pašvaldības priekšsēdētāja Dace Liepa",
        "Jelgavas valstspilsētas pašvaldības priekšsēdētājs Uldis Kalniņš",
    ]
    found = read_places(latvian, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Rīga", "Valmiera", "Cēsis", "Ogre", "Jelgava"]


def test_in_a_framed_list_the_place_is_read_in_its_case_and_after_the_list_s_word() -> None:
    page = [
        "Sitoumuksen allekirjoittivat:",
        "",
        "Lahden kaupunki, pormestari Anna Virtanen",
        "Turun kaupunki",  # 'Turun' is a place elsewhere too: here it is Turku's genitive
        "Seinäjoen kaupunki",
        "",
        "Ivan Horvat, gradonačelnik Grada Zagreba",  # 'Grada' on every line is the frame
        "Ana Kovač, gradonačelnica Grada Splita",
        "Marko Babić, gradonačelnik Grada Osijeka",
        "Josip Marić, gradonačelnik Grada Varaždina",
        "",
        "",
        "",
        "Burgemeester Sanne Mulder van Leeuwarden",  # the place stands after 'van'
        "Burgemeester Jan de Boer van Amersfoort",
        "Burgemeester Piet Smit van Enschede",
    ]
    lists = [page[:6], page[6:11], page[13:]]
    assert [e.city for e in read_places(lists[0], CASES).entries] == ["Lahti", "Turku", "Seinäjoki"]  # type: ignore[union-attr]
    assert [e.city for e in read_places(lists[1], CASES).entries] == [  # type: ignore[union-attr]
        "Zagreb", "Split", "Osijek", "Varaždin"
    ]  # fmt: skip
    assert [e.city for e in read_places(lists[2], CASES).entries] == [  # type: ignore[union-attr]
        "Leeuwarden", "Amersfoort", "Enschede"
    ]  # fmt: skip


def test_a_city_is_read_before_the_county_body_its_line_names_after_it() -> None:
    known = PlaceNames(lambda name: fold(name) in {"oradea", "arad", "bacau", "sinaia", "bihor"})
    page = [
        "Acordul a fost semnat de:",
        "",
        "Primăria Municipiului Oradea, Județul Bihor",
        "Primăria Municipiului Arad, Județul Arad",
        "Primăria Orașului Sinaia, Județul Prahova",
        "Primăria Municipiului Bacău, Județul Bacău",
    ]
    found = read_places(page, known)
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries] == [
        ("Oradea", "city"), ("Arad", "city"), ("Sinaia", "city"), ("Bacău", "city")
    ]  # fmt: skip


def test_a_form_after_a_place_is_no_place_nor_makes_the_place_a_given_name() -> None:
    known = PlaceNames(lambda name: fold(name) in {"hull", "sunderland", "council", "esbjerg"})
    assert [f.name for f in find_places("Hull City Council", known, frozenset())] == ["Hull"]
    assert [f.name for f in find_places("Sunderland City Council", known, frozenset())] == [
        "Sunderland"
    ]  # not 'Sunderland City', a person, then Council, a place in Idaho
    page = ["Supported by:", "", "Sunderland City Council", "Hull City Council", "Esbjerg Kommune"]
    found = read_places(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Sunderland", "Hull", "Esbjerg"]


@pytest.mark.parametrize(
    ("sentence", "signed"),
    [
        (
            "Signée par les maires de Lille et de Nantes, cette lettre est adressée au "
            "Premier ministre et au préfet, à Paris.",
            ["Lille", "Nantes"],
        ),
        ("The Lord Mayor of Lyon, Cllr Sofia Hansen, today signed the call.", ["Lyon"]),
        (
            "Aftalen er underskrevet af Tromsø og Alta på et møde, hvor Halle var vært.",
            ["Tromsø", "Alta"],
        ),
        (
            "Avtalet har undertecknats av Münchens, Krakowa och Tampereen kommuner.",
            ["München", "Krakow", "Tampere"],
        ),
    ],
)  # fmt: skip
def test_a_sentence_of_signing_names_one_to_three_signatories(
    sentence: str, signed: list[str]
) -> None:
    found = read_member_list(["A letter from the cities", "", sentence, "", "Share"], PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == signed


def test_a_form_after_a_word_of_signing_is_no_signatory() -> None:
    known = PlaceNames(lambda name: fold(name) in {*KNOWN, "stadt"})
    page = ["News", "", "Jede unterzeichnende Stadt hat eine eigene Zusage formuliert.", ""]
    assert read_member_list(page, known) is None


def test_a_few_places_in_running_text_that_says_nothing_of_signing_are_no_list() -> None:
    news = "Offers of support from Lyon, Lille and Nantes have already reached the region."
    assert read_member_list(["News", "", news, ""], PLACES) is None
    signed = "The call was signed by Lyon, Lille and Nantes after a long debate in May."
    found = read_member_list(["News", "", signed, ""], PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lyon", "Lille", "Nantes"]


def test_a_name_in_lower_case_then_capitals_does_not_end_running_text_as_a_clause() -> None:
    """'eMbalenhle' (South Africa) is a name, not a lower-case clause that ends the list
    (a list of 10,000 in running text read 2,555, up to it)."""
    names = ["Kisumu", "Mombasa", "Quito", "Salta", "eMbalenhle", "Nairobi", "Nakuru", "Loja"]
    places = PlaceNames(lambda name: name in names)
    page = ["Signed by " + ", ".join(names[:-1]) + " and Loja."]
    found = read_member_list(page, places)
    assert found is not None
    assert [e.city for e in found.entries] == names


def test_a_place_s_name_never_runs_across_a_table_s_tab() -> None:
    """A tab parts a table's cells: 'Natal' then 'Brasil' are two cells even where the
    gazetteer has a name of two words that joins them ('Natal Brasil')."""
    known = PlaceNames(lambda name: fold(name) in {"natal", "natal brasil", "recife"})
    assert [f.name for f in find_places("Natal\tBrasil\t2014", known, frozenset())] == ["Natal"]
    assert [f.name for f in find_places("Natal Brasil", known, frozenset())] == ["Natal Brasil"]


def test_a_letter_heading_in_any_alphabet_is_no_entry() -> None:
    """An A-Z list's letters beyond ASCII ('Č', 'Ö', 'Ş') are headings as 'B' is, even
    where the gazetteer knows a place of one letter; a name in small letters is none."""
    lines = ["Members", "", "Č", "Český Krumlov", "Chrudim", "Ö", "Örebro", "Östersund", "Ş"]
    lines += ["Şanlıurfa", "Şile", "", "Share"]
    found = read_member_list(lines, PlaceNames(lambda name: True))
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Český Krumlov", "Chrudim", "Örebro", "Östersund", "Şanlıurfa", "Şile",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["ア行", "青森市", "一関市", "カ行", "釧路市", "甲府市", "サ行", "佐賀市", "諏訪市"],
         ["青森市", "一関市", "釧路市", "甲府市", "佐賀市", "諏訪市"]),
        (["ㄱ", "거제시", "구미시", "ㄴ", "나주시", "논산시", "ㄷ", "당진시", "동해시"],
         ["거제시", "구미시", "나주시", "논산시", "당진시", "동해시"]),
    ],
)  # fmt: skip
def test_a_kana_row_or_a_hangul_consonant_is_an_index_heading(
    lines: list[str], cities: list[str]
) -> None:
    """A Japanese directory in the kana's order heads each row with its first kana and
    '行' ('カ行', 'さ行'), a Korean one with its first consonant ('ㄱ', 'ㄴ'): an index's
    letter headings, as 'B' is in an A-Z list, no places even where the gazetteer knows
    one so written."""
    found = read_member_list(["Members:", "", *lines, "", "Share"], PlaceNames(lambda name: True))
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_one_short_word_between_two_places_of_a_sentence_is_an_and() -> None:
    """A language whose 'and' the reader lacks: Latvian 'un', Albanian 'dhe', Czech 'a'
    between two places of a list's sentence part them, as 'and' does; a particle of a
    name ('Frankfurt am Main') stays inside it."""
    known = PlaceNames(
        lambda name: fold(name) in {"riga", "jelgava", "ventspils", "valmiera", "tirane", "durres"}
    )
    sentence = "Deklarāciju parakstīja Riga, Jelgava, Ventspils un Valmiera, kā arī"
    page = [f"{sentence} Tirane dhe Durres."]
    found = read_places(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Riga", "Jelgava", "Ventspils", "Valmiera", "Tirane", "Durres",
    ]  # fmt: skip


FORMED = PlaceNames(
    lambda name: (
        fold(name)
        in {
            "aarhus",
            "odense",
            "vejle",
            "saue",
            "kiili",
            "rae",
            "split",
            "zadar",
            "osijek",
            "pirna",
        }
    )
)


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("Netværket har optaget Aarhus Kommune, Odense Kommune og Vejle Kommune.",
         ["Aarhus", "Odense", "Vejle"]),
        ("Võrgustikku võeti Saue vald, Kiili vald ja Rae vald.", ["Saue", "Kiili", "Rae"]),
        ("Skupština je primila Grad Split, Grad Zadar i Grad Osijek.",
         ["Split", "Zadar", "Osijek"]),
    ],
)  # fmt: skip
def test_a_sentence_naming_municipalities_by_their_form_is_a_list(
    sentence: str, cities: list[str]
) -> None:
    """Few places in a sentence with no word of signing are a list where each is named as
    its municipality, with a form word; named alone they are examples."""
    found = read_member_list(["Uudised", "", sentence], FORMED)
    assert found is not None
    assert [e.city for e in found.entries] == cities
    bare = "Netværket har besøgt Aarhus, Odense og Vejle i år."
    assert read_member_list(["Nyheder", "", bare], FORMED) is None


def test_a_tables_contact_column_says_nothing_of_its_places() -> None:
    """A column of contact people whose names read as inflected places ('Hallen', 'Prahan')
    does not make a table's places, named exactly in their own column, less sure."""
    page = [
        "Stadt\tBeitritt\tKontakt",
        "Berlin\t2012\tEva Hallen",
        "Hamburg\t2013\tPiet Prahan",
        "Potsdam\t2014\tOla Tamperen",
        "Erlangen\t2015\tJan Hallen",
    ]
    found = read_places(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Berlin", "Hamburg", "Potsdam", "Erlangen"]


@pytest.mark.parametrize(
    ("word", "place"), [("Talsu", "Talsi"), ("Ogres", "Ogre"), ("Tukuma", "Tukums")]
)
def test_latvian_genitives_of_other_declensions(word: str, place: str) -> None:
    latvian = PlaceNames(lambda name: fold(name) in {"talsi", "ogre", "tukums"})
    assert inflected_place(word, latvian) == place


SERBIAN_CYRILLIC = PlaceNames(
    lambda name: (
        fold(name) in {fold(n) for n in ("Смедерево", "Шабац", "Лесковац", "Ваљево", "Лозница",
                                           "Вршац", "Ростов", "Ростово", "Пирот", "Бор")}
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("word", "place"),
    [("Смедерева", "Смедерево"), ("Ваљева", "Ваљево"), ("Лесковца", "Лесковац"),
     ("Шапца", "Шабац"), ("Лознице", "Лозница"), ("Вршца", "Вршац"), ("Ростова", "Ростов"),
     ("Пирота", "Пирот")],
)  # fmt: skip
def test_serbian_cyrillic_genitives_read_as_their_latin_twins(word: str, place: str) -> None:
    """Serbian genitives in Cyrillic, as in Latin script: a neuter's '-а' of '-о' ('Ваљева'),
    a vowel the case drops put back ('Лесковца' Лесковац, 'Шапца' Шабац, voiced again), a
    feminine's '-е' ('Лознице'); a masculine's bare stem first where both are places
    ('Ростова' Ростов, not Ростово)."""
    assert nominative(word, SERBIAN_CYRILLIC) == place


GENITIVE_PLACES = PlaceNames(
    lambda name: (
        fold(name)
        in {"trencin", "zilina", "nitra", "presov", "sisak", "karlovac", "bjelovar", "varazdin"}
    )
)


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["Marek Horák, primátor mesta Trenčína", "Eva Kováčová, primátorka mesta Žiliny",
          "Ján Novák, primátor mesta Nitry", "Zuzana Hrušková, primátorka mesta Prešova"],
         ["Trenčín", "Žilina", "Nitra", "Prešov"]),
        (["Ivo Perić, gradonačelnik Grada Siska", "Maja Kos, gradonačelnica Grada Karlovca",
          "Luka Novak, gradonačelnik Grada Bjelovara",
          "Ema Horvat, gradonačelnica Grada Varaždina"],
         ["Sisak", "Karlovac", "Bjelovar", "Varaždin"]),
    ],
)  # fmt: skip
def test_lines_of_people_whose_role_names_their_place_in_the_genitive(
    lines: list[str], cities: list[str]
) -> None:
    """'Name, role Place' where the role takes the genitive and the gazetteer knows only the
    nominative: the places, read in their case forms, not the people's names."""
    found = read_member_list(["Podpísali:", "", *lines], GENITIVE_PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == cities


ROLE_PLACES = PlaceNames(
    lambda name: fold(name)
    in {fold(n) for n in ("Kolín", "Olomouc", "Písek", "Jihlava", "Trenčín", "Žilina", "Poprad",
                          "Prešov", "Kranj", "Celje", "Koper", "Ptuj", "Serock", "Kutno",
                          "Nowa Sarzyna", "Petra")}
)  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["Jana Nováková – starostka Kolína", "Pavel Svoboda – primátor Olomouce",
          "Karel Veselý – starosta Písku", "Eva Černá – primátorka Jihlavy"],
         ["Kolín", "Olomouc", "Písek", "Jihlava"]),
        (["Marek Horák, primátor Trenčína", "Eva Kováčová, primátorka Žiliny",
          "Ján Novák, primátor Popradu", "Zuzana Hrušková, primátorka Prešova"],
         ["Trenčín", "Žilina", "Poprad", "Prešov"]),
        (["Matej Kovač – župan Kranja", "Nina Zupan – županja Celja",
          "Aleš Bizjak – župan Kopra", "Tina Vidmar – županja Ptuja"],
         ["Kranj", "Celje", "Koper", "Ptuj"]),
        (["Adam Lis – Burmistrz Miasta i Gminy Serock", "Ewa Sowa – Burmistrz Kutna",
          "Olga Nowak – Wójt Gminy Nowa Sarzyna", "Jan Bąk – Prezydent Miasta Kutno"],
         ["Serock", "Kutna", "Nowa Sarzyna", "Kutno"]),  # 'Kutna' is read with the list's
        # country where the gazetteer is asked ('Krakowa' Kraków, not the village Krakowo)
    ],
)  # fmt: skip
def test_a_role_that_names_its_place_in_the_genitive_without_a_word_for_city(
    lines: list[str], cities: list[str]
) -> None:
    """'starostka Kolína', 'primátor Popradu', 'župan Kranja', 'Burmistrz Kutna': a mayor's
    title takes its place's genitive with or without the word for 'city' between them, and
    a Polish town's frame may be the town's and its commune's ('Miasta i Gminy Serock');
    a signer's name after such a title is no place ('starosta Petr Novák')."""
    found = read_member_list(["Podpisy:", "", *lines, "", "starosta Petr Novák"], ROLE_PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == cities


ADJECTIVE_PLACES = PlaceNames(
    lambda name: (
        fold(name)
        in {fold(n) for n in ("Харків", "Одеса", "Херсон", "Суми", "Томск", "Омск", "Курск")}
    )
)


def test_a_title_that_names_its_place_as_an_adjective() -> None:
    """'Харківський міський голова' (Kharkiv's mayor): the place the adjective is made
    from, in a list of such lines; and Russian adjectives of places."""
    lines = [
        "Ігор Коваль, Харківський міський голова",
        "Олена Шевчук, Одеська міська голова",
        "Петро Бойко, Херсонський міський голова",
        "Ганна Лисенко, Сумська міська голова",
    ]
    found = read_member_list(["Підписали:", "", *lines], ADJECTIVE_PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Харків", "Одеса", "Херсон", "Суми"]
    for word, place in (("Томский", "Томск"), ("Омская", "Омск"), ("Курской", "Курск")):
        assert inflected_place(word, ADJECTIVE_PLACES) == place


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("Бухарэсцкага", "Бухарэст"),  # 'т' before the suffix written 'ц'
        ("Смалявіцкага", "Смалявічы"),  # 'ч' too, of a plural name
        ("Слуцкай", "Слуцк"),  # a name in -цк keeps it
        ("Гродзенскі", "Гродна"),  # 'д' before the vowel that came in is 'дз'
    ],
)
def test_a_belarusian_adjective_of_a_place_with_its_consonants_changed(
    word: str, place: str
) -> None:
    """Belarusian writes a consonant before an adjective's suffix as it sounds: 'т' and
    'ч' as 'ц' ('Бухарэсцкі', 'Смалявіцкі'), and 'д' as 'дз' before the vowel that comes
    in between two consonants ('Гродзенскі'): each is the place it is made from."""
    known = PlaceNames(
        lambda name: fold(name) in {fold(p) for p in ("Бухарэст", "Смалявічы", "Слуцк", "Гродна")}
    )
    assert inflected_place(word, known) == place


@pytest.mark.parametrize(
    ("lines", "known", "cities"),
    [
        (["Администрация города Томска", "Администрация города Омска",
          "Администрация города Курска"], ADJECTIVE_PLACES, ["Томск", "Омск", "Курск"]),
        (["Statutární město Zlín", "Magistrát města Ostravy", "Magistrát města Olomouce",
          "Město Kolín"],
         PlaceNames(lambda name: fold(name) in {"zlin", "ostrava", "olomouc", "kolin"}),
         ["Zlín", "Ostrava", "Olomouc", "Kolín"]),
    ],
)  # fmt: skip
def test_a_citys_body_names_the_city_after_the_word_for_city(
    lines: list[str], known: PlaceNames, cities: list[str]
) -> None:
    """'Администрация города Томска' (the administration of the city of Tomsk): the city
    after the word for 'city', read in its case form."""
    found = read_member_list(["Члены:", "", *lines, "", "Контакты и адрес сети здесь."], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["بلدية صيدا", "بلدية جبيل", "بلدية زحلة", "بلدية بعلبك"],
         ["صيدا", "جبيل", "زحلة", "بعلبك"]),
        (["עיריית ירושלים – ראש העירייה דוד כהן", "עיריית אשדוד – ראש העירייה רות לוי",
          "עיריית חדרה – ראש העירייה משה פרץ"], ["ירושלים", "אשדוד", "חדרה"]),
        (["شهرداری تهران", "شهرداری مشهد", "شهرداری اصفهان"], ["تهران", "مشهد", "اصفهان"]),
    ],
)  # fmt: skip
def test_municipalities_named_by_a_form_word_in_arabic_persian_and_hebrew(
    lines: list[str], cities: list[str]
) -> None:
    known = PlaceNames(lambda name: name in {*cities, "דוד", "כהן"})
    found = read_member_list(["", *lines, "", "."], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_a_label_over_the_list_is_no_inflected_place() -> None:
    """A label ending in a colon whose first word reads as an inflected place ('Hallen'
    as Halle) is the list's label, not its first entry."""
    page = ["Hallen des Bundes:", "", "Stadt Berlin", "Stadt Potsdam", "Stadt Erlangen", "."]
    found = read_places(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Berlin", "Potsdam", "Erlangen"]


GENITIVE_NAMES = PlaceNames(
    lambda name: fold(name)
    in {fold(n) for n in ("Zielona Góra", "Nowy Sącz", "Białystok", "Nowa Dęba",
                          "Gorzów Wielkopolski", "České Budějovice", "Nový Jičín", "Písek",
                          "Ústí nad Labem", "Zadar", "Velika Gorica", "Slavonski Brod", "Šibenik")}
)  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["Anna Nowak, Prezydent Miasta Zielonej Góry",
          "Jan Kowalski, Prezydent Miasta Nowego Sącza",
          "Ewa Wiśniewska, Burmistrz Miasta Nowej Dęby",
          "Piotr Zieliński, zastępca prezydenta Miasta Gorzowa Wielkopolskiego"],
         ["Zielona Góra", "Nowy Sącz", "Nowa Dęba", "Gorzów Wielkopolski"]),
        (["Petr Dvořák, primátor statutárního města Českých Budějovic",
          "Jana Malá, starostka města Nového Jičína",
          "Karel Veselý, starosta města Písku",
          "Eva Černá, primátorka statutárního města Ústí nad Labem"],
         ["České Budějovice", "Nový Jičín", "Písek", "Ústí nad Labem"]),
        (["Ivo Perić, gradonačelnik Grada Zadra",
          "Maja Kos, zamjenica gradonačelnika Grada Velike Gorice",
          "Luka Novak, gradonačelnik Grada Slavonskog Broda",
          "Ema Horvat, gradonačelnica Grada Šibenika"],
         ["Zadar", "Velika Gorica", "Slavonski Brod", "Šibenik"]),
    ],
)  # fmt: skip
def test_a_genitive_of_an_adjective_and_a_noun_or_with_a_vowel_dropped(
    lines: list[str], cities: list[str]
) -> None:
    """A role's place in the genitive where its name is an adjective and a noun ('Zielonej
    Góry' Zielona Góra, 'Nowego Sącza' Nowy Sącz; 'Białegostoku' written as one word), or
    the noun drops a vowel ('Písku' Písek, 'Zadra' Zadar), read back to the gazetteer's
    name; a name that does not decline ('Ústí nad Labem') as it is; a deputy of the mayor
    ('zamjenica gradonačelnika') names the city as the mayor does."""
    found = read_member_list(["Sygnatariusze:", "", *lines], GENITIVE_NAMES)
    assert found is not None
    assert [e.city for e in found.entries] == cities
    assert inflected_readings("Białegostoku", GENITIVE_NAMES) == ["Białystok"]


GIVEN_NAMES_AS_PLACES = PlaceNames(
    lambda name: fold(name)
    in {"lublin", "kielce", "radom", "opole", "janin", "trnava", "nitra", "zilina", "presov",
        "martin"}
)  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["Anna Nowak, przewodnicząca rady miasta Lublin",
          "Piotr Lis, przewodniczący rady miasta Kielce",
          "Janina Wójcik, przewodnicząca rady miasta Radom",
          "Marek Zając, przewodniczący rady miasta Opole"],
         ["Lublin", "Kielce", "Radom", "Opole"]),
        (["Peter Horák, predseda zastupiteľstva mesta Trnava",
          "Martina Kováčová, predsedníčka zastupiteľstva mesta Nitra",
          "Ján Novák, predseda zastupiteľstva mesta Žilina",
          "Eva Hrušková, predsedníčka zastupiteľstva mesta Prešov"],
         ["Trnava", "Nitra", "Žilina", "Prešov"]),
    ],
)  # fmt: skip
def test_a_given_name_that_reads_as_an_inflected_place_does_not_hide_its_line(
    lines: list[str], cities: list[str]
) -> None:
    """'Janina Wójcik, ...' ('Janina' reads as Janin's genitive), 'Martina Kováčová, ...'
    (Martin's): a line's first word, a given name before a family name, is no place, and
    the title after the name (one the reader does not know) is no headline about it."""
    found = read_member_list(["Podpisali:", "", *lines], GIVEN_NAMES_AS_PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_a_frame_s_word_in_another_case_after_a_place_makes_no_headline() -> None:
    """The words of a list's frame ('kaupunki', 'miejski') in another case after a place
    ('Lahden kaupungin hallitus', 'Radomia miejskiej rady') are a body's words, no
    headline; a sentence about a place is one."""
    assert not pf._headline(" kaupungin hallitus", frozenset({"kaupunki"}))
    assert not pf._headline(" miejskiej rady", frozenset({"miejski"}))
    assert pf._headline(" avaa uuden pyörätien", frozenset({"kaupunki"}))
    assert pf._label_after(" liittyneet kaupungit:", pf.Found("Lahti", 0, 5))  # a label


def test_the_list_s_frame_after_a_place_then_a_long_role_makes_no_headline() -> None:
    """A signer's role after their place that opens with the list's frame ('kaupungin',
    'miejskiej', 'shahar') is the role however many words it takes ('Lahden kaupungin
    pormestarin ensimmäinen varamies', the first deputy of the city's mayor); a sentence
    after the frame, or one about the place, is still a headline."""
    assert not pf._headline(" kaupungin pormestarin ensimmäinen varamies", frozenset({"kaupunki"}))
    assert not pf._headline(" miejskiej rady pierwszy zastępca", frozenset({"miejski"}))
    assert not pf._headline(" shahar hokimining birinchi oʻrinbosari", frozenset({"shahar"}))
    assert pf._headline(" kaupungin hallitus avaa uuden pyörätien.", frozenset({"kaupunki"}))
    assert pf._headline(" avaa uuden pyörätien kaupungin", frozenset({"kaupunki"}))


CARD_LABELS = PlaceNames(
    lambda name: fold(name)
    in {"mitglied", "membre", "aachen", "bonn", "erlangen", "potsdam", "lyon", "nantes",
        "rennes", "brest"}
)  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["Unsere Mitglieder", "", "Stadt Aachen", "Mitglied seit 2015  ·  Profil", "Stadt Bonn",
          "Mitglied seit 2016  ·  Profil", "Stadt Erlangen", "Mitglied seit 2018  ·  Profil",
          "Stadt Potsdam", "Mitglied seit 2020  ·  Profil"],
         ["Aachen", "Bonn", "Erlangen", "Potsdam"]),
        (["Nos membres", "", "Ville de Lyon", "Membre depuis 2014  ·  Voir la fiche",
          "Ville de Nantes", "Membre depuis 2016  ·  Voir la fiche", "Ville de Rennes",
          "Membre depuis 2019  ·  Voir la fiche", "Ville de Brest",
          "Membre depuis 2021  ·  Voir la fiche"],
         ["Lyon", "Nantes", "Rennes", "Brest"]),
    ],
)  # fmt: skip
def test_a_card_s_label_before_its_value_is_no_place_though_a_village_is_so_named(
    lines: list[str], cities: list[str]
) -> None:
    """Each card's line of a label and its value ('Mitglied seit 2015', member since) under
    the member's name: the label opens it on every card, before a word and a year, so it
    is no member, though the gazetteer knows a village by that word."""
    found = read_member_list(lines, CARD_LABELS)
    assert found is not None
    assert [e.city for e in found.entries] == cities


FILTERED = PlaceNames(
    lambda name: fold(name)
    in {"regio", "sort", "orden", "aachen", "bonn", "erlangen", "potsdam", "lyon", "nantes",
        "bilbao", "sevilla", "malaga", "cadiz"}
)  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["Filter", "Region: Alle Regionen", "Sortieren: Name", "",
          "Aachen\tDeutschland\tMitglied seit 2015", "Bonn\tDeutschland\tMitglied seit 2016",
          "Erlangen\tDeutschland\tMitglied seit 2018", "Potsdam\tDeutschland\tMitglied seit 2020"],
         ["Aachen", "Bonn", "Erlangen", "Potsdam"]),
        (["Filtrar", "Orden: Nombre", "Sort: A-Z", "",
          "Bilbao\tEspaña\tSe unió en 2014", "Sevilla\tEspaña\tSe unió en 2016",
          "Málaga\tEspaña\tSe unió en 2019", "Cádiz\tEspaña\tSe unió en 2021"],
         ["Bilbao", "Sevilla", "Málaga", "Cádiz"]),
    ],
)  # fmt: skip
def test_a_directory_s_filters_above_its_rows_are_no_entries(
    lines: list[str], cities: list[str]
) -> None:
    """A members' directory copied as rows of cells, with its filters above them
    ('Region: Alle Regionen', 'Orden: Nombre'), whose words are places somewhere ('Region'
    read as Regio's, 'Orden'): the rows are the list, the lines above them its controls."""
    found = read_places(["Mitglieder", "", *lines], FILTERED)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("row", "place"),
    [
        ("Bolivia Santa Cruz de la Sierra 1 600 000 2019", "Santa Cruz de la Sierra"),
        ("Spain Las Palmas de Gran Canaria 380 000 2021", "Las Palmas de Gran Canaria"),
    ],
)
def test_a_place_of_four_words_and_particles_between_is_one(row: str, place: str) -> None:
    """Up to four words make a place's name, not counting the particles between them."""
    known = PlaceNames(lambda name: fold(name) in {fold(place), "santa", "palmas", "sierra"})
    assert [found.name for found in find_places(row, known, frozenset())] == [place]


def test_a_tables_country_cell_is_not_its_place() -> None:
    """A row of a country, then its city ('North Macedonia Skopje', 'Georgia Tbilisi',
    where towns are named North, Macedonia and Georgia too): the city is the row's place."""
    known = {"north", "macedonia", "skopje", "bitola", "georgia", "tbilisi", "batumi"}
    rows = [
        "North Macedonia Skopje 526 000 2023",
        "North Macedonia Bitola 75 000 2022",
        "Georgia Tbilisi 1 100 000 2021",
        "Georgia Batumi 170 000 2020",
    ]
    found = read_places(rows, PlaceNames(lambda name: fold(name) in known))
    assert found is not None
    assert [e.city for e in found.entries] == ["Skopje", "Bitola", "Tbilisi", "Batumi"]


@pytest.mark.parametrize(
    ("word", "place"),
    [("Kauniaisten", "Kauniainen"), ("Paraisten", "Parainen"), ("Kuhmoisen", "Kuhmoinen")],
)
def test_a_finnish_genitive_of_a_name_in_nen(word: str, place: str) -> None:
    """Finnish names in -nen take -sten or -sen in the genitive ('Kauniaisten kaupunki',
    'Paraisten kaupunki'): the place the word names."""
    known = PlaceNames(lambda name: fold(name) == fold(place))
    assert inflected_readings(word, known) == [place]


@pytest.mark.parametrize(
    ("word", "place"),
    [("Σερρών", "Σέρρες"), ("Σπετσών", "Σπέτσες"), ("Καρυών", "Καρυές")],
)
def test_a_greek_genitive_plural_is_its_place_in_es(word: str, place: str) -> None:
    """Greek names in the plural take -ών in the genitive ('Δήμος Σερρών', 'Δήμος
    Σπετσών'): the place in -ες; no Latin ending is added to a Greek word ('Σερρώνe', an
    Italian namesake's transliteration)."""
    names = {fold(place), fold(word + "e"), fold(word[:-1])}
    known = PlaceNames(lambda name: fold(name) in names)
    assert [fold(name) for name in inflected_readings(word, known)[:1]] == [fold(place)]


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["Bayern: München, Erlangen und Aachen", "Hessen: Frankfurt am Main und Halle",
          "Saarland: Bonn", "Brandenburg: Potsdam"],
         ["München", "Erlangen", "Aachen", "Frankfurt am Main", "Halle", "Bonn", "Potsdam"]),
        (["Bretagne : Nantes et Lille", "Île-de-France : Paris", "Rhône : Lyon"],
         ["Nantes", "Lille", "Paris", "Lyon"]),
    ],
)  # fmt: skip
def test_a_region_s_label_over_one_place_among_labels_over_several(
    lines: list[str], cities: list[str]
) -> None:
    """A region's label and a colon before its places, in a list of such lines: one with a
    single place after its label is a line of the list as the others are, its place the
    one after the colon, not the label (a region named as a city is: 'Saarland: Bonn')."""
    found = read_places(["Members by region:", "", *lines, "", "."], PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("crumbs", "lines", "cities"),
    [
        ("Startseite › Halle der Presse › Aktuelles", ["Stadt Berlin", "Stadt Potsdam",
         "Stadt Erlangen"], ["Berlin", "Potsdam", "Erlangen"]),
        ("Hjem / Alta kulturhus / Nyheter", ["Tromsø kommune", "Graz", "Lyon"],
         ["Tromsø", "Graz", "Lyon"]),
        ("Accueil » Presse » Visite de Paris", ["Lille", "Nantes", "Wien"],
         ["Lille", "Nantes", "Wien"]),
    ],
)  # fmt: skip
def test_a_breadcrumb_over_the_list_is_the_site_s_not_a_place_of_it(
    crumbs: str, lines: list[str], cities: list[str]
) -> None:
    """A breadcrumb or menu (items parted by slashes, arrows or bars, one of them a word
    naming a site's section: 'Startseite', 'Hjem', 'News') is the site's furniture: a place
    a section's name holds ('Halle der Presse') is no entry of the list under it."""
    page = ["Neue Mitglieder", "", crumbs, "", "Der Vorstand hat diese Städte aufgenommen:",
            "", *lines, "", "."]  # fmt: skip
    found = read_places(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("Tīklam pievienojās Cēsu novads, Apes novads, Saldus novads, Ventspils novads, "
         "Jēkabpils novads.", ["Cēsis", "Ape", "Saldus", "Ventspils", "Jēkabpils"]),
        ("Verkostoon liittyivät Iin kunta, Kemin kunta, Sallan kunta, Oulu, Kemijärvi ja "
         "Tornio.", ["Ii", "Kemi", "Salla", "Oulu", "Kemijärvi", "Tornio"]),
    ],
)  # fmt: skip
def test_short_genitives_before_the_form_word_a_sentence_s_list_repeats(
    sentence: str, cities: list[str]
) -> None:
    """A sentence's list of bodies, each a place's genitive and the same form word after
    it ('Cēsu novads, Apes novads'): the word the list repeats after its names frames them,
    so a genitive too short to read alone ('Apes', 'Iin', 'Cēsu') reads its place."""
    known = PlaceNames(lambda name: fold(name) in {fold(c) for c in cities})
    found = read_places(["Title", "", sentence, "", "."], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_a_table_s_header_row_parts_it_from_the_lines_above() -> None:
    """A table's header row (cells parted by tabs, no figure, no place) starts the table:
    the lines above it that name places ('Vorsitz: Stadt Bonn (Jan Weber)') are none of
    its rows, however few lines part them."""
    page = [
        "Vorstand", "Vorsitz: Stadt Bonn (Jan Weber)", "Stellvertretung: Halle (Eva Roth)",
        "", "Unsere Mitglieder", "",
        "Nr.\tMitglied\tBeitritt\tKontakt", "1.\tStadt Berlin\t2012\tAnna Klein",
        "2.\tStadt Potsdam\t2013\tOtto Lang", "3.\tStadt Erlangen\t2014\tIda Sommer",
        "4.\tStadt Aachen\t2015\tKarl Busch", "", ".",
    ]  # fmt: skip
    found = read_places(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Berlin", "Potsdam", "Erlangen", "Aachen"]
    page = [
        "Junta directiva", "Presidencia: Lyon (Ana Ruiz)", "Vicepresidencia: Lille (Juan Gil)",
        "", "Socios", "", "N.º\tSocio\tAño\tContacto", "1.\tParis\t2019\tEva Sanz",
        "2.\tNantes\t2020\tLuis Mora", "3.\tGraz\t2021\tRosa Vela", "", ".",
    ]  # fmt: skip
    found = read_places(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Paris", "Nantes", "Graz"]


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        (
            "Výzvu podepsali starostové Olomouce, Ostravy, Liberce, Pardubic a Dolních Břežan.",
            ["Olomouc", "Ostrava", "Liberec", "Pardubice", "Dolní Břežany"],
        ),
        (
            "Výzvu podpísali primátori Košíc, Prešova, Žiliny, Nitry a Banskej Bystrice.",
            ["Košice", "Prešov", "Žilina", "Nitra", "Banská Bystrica"],
        ),
        (  # 'Velike' and 'Gorice' are places of their own too
            "Deklaraciju su potpisali gradonačelnici Zagreba, Splita, Rijeke i Velike Gorice.",
            ["Zagreb", "Split", "Rijeka", "Velika Gorica"],
        ),
    ],
)
def test_a_signed_sentence_s_last_item_an_adjective_and_a_noun_in_the_genitive(
    sentence: str, cities: list[str]
) -> None:
    """A list's item of two capitalised words in a case form, an adjective and a noun, is
    the place their nominative names, read where the line names another place before it."""
    towns = "ostrava|olomouc|liberec|pardubice|nitra|dolni brezany|kosice|presov|zilina"
    towns += "|rijeka|banska bystrica|bystrice|zagreb|split|velika gorica|velike|gorice"
    known = PlaceNames(lambda name: fold(name) in towns.split("|"))
    found = read_places(["Vijesti", "", sentence, ""], known)
    assert found is not None
    assert [fold(e.city) for e in found.entries] == [fold(c) for c in cities]  # as looked up


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        (
            "Den Aufruf unterzeichneten die Oberbürgermeister Münchens, Erlangens, Potsdams, "
            "Berlins und Hamburgs, wie die Stadt mitteilte.",
            ["München", "Erlangen", "Potsdam", "Berlin", "Hamburg"],
        ),
        (
            "Výzvu podepsali primátoři Prahy, Plzně, Olomouce, Tábora a Ostravy.",
            ["Praha", "Plzeň", "Olomouc", "Tábor", "Ostrava"],
        ),
        (  # 'samt' (as well as), a word for 'and' the reader lacks, inside a piece
            "Uppropet undertecknades av Malmös, Lunds, Örebros och Göteborgs kommuner samt "
            "Uppsalas kommun.",
            ["Malmö", "Lund", "Örebro", "Göteborg", "Uppsala"],
        ),
    ],
)
def test_a_signed_sentence_s_list_of_genitives_after_a_title(
    sentence: str, cities: list[str]
) -> None:
    """One sentence says who signed, then names them all inflected after a title ('the
    mayors of'): no place is named exactly, and none needs to be; a sentence that says
    nothing of signing names such words as it speaks of them."""
    towns = "munchen erlangen potsdam berlin hamburg plzen praha olomouc tabor ostrava malmo "
    towns += "lund orebro goteborg uppsala"
    known = PlaceNames(lambda name: fold(name) in towns.split())
    lines = ["Nachrichten", "", sentence, ""]
    found = read_places(lines, known)
    assert found is not None
    assert [e.city for e in found.entries] == cities
    unsigned = sentence.replace("unterzeichneten", "lobten").replace("podepsali", "chválili")
    unsigned = unsigned.replace("undertecknades", "berömdes")
    assert read_places(["Nachrichten", "", unsigned, ""], known) is None


def test_a_plural_name_s_genitive_reads_the_place() -> None:
    """Towns named in the plural lose their ending in the genitive: Czech 'Poděbrad'
    (Poděbrady), Polish 'Suwałk' (Suwałki), Slovak 'Košic' (Košice)."""
    known = PlaceNames(lambda name: fold(name) in {"podebrady", "suwalki", "kosice"})
    assert inflected_readings("Poděbrad", known) == ["Poděbrady"]
    assert inflected_readings("Suwałk", known) == ["Suwałki"]
    assert inflected_readings("Košic", known) == ["Košice"]


@pytest.mark.parametrize(
    "lines",
    [
        ["Por la Ciudad de Bilbao", "Mercedes Ruiz, alcaldesa", "", "Por la Ciudad de Loja",
         "Salta Pérez, alcalde", "", "Por la Ciudad de Quito", "Ana Gómez, alcaldesa"],
        ["Za Mesto Brno", "Mercedes Novák, primátor", "", "Za Mesto Olomouc",
         "Salta Dvořák, primátor", "", "Za Mesto Ostrava", "Jana Malá, primátorka"],
    ],
)  # fmt: skip
def test_a_signer_s_name_and_title_under_the_city_names_no_place(lines: list[str]) -> None:
    """'Mercedes Ruiz, alcaldesa' under 'Por la Ciudad de Bilbao': the signer's given name
    is no place of the list though a town bears it."""
    known = PlaceNames(
        lambda name: (
            name in {"Bilbao", "Loja", "Quito", "Brno", "Olomouc", "Ostrava", "Mercedes", "Salta"}
        )
    )
    found = read_member_list(["Signed:", "", *lines, "", "Contact us."], known)
    assert found is not None
    assert "Mercedes" not in [e.city for e in found.entries]
    assert "Salta" not in [e.city for e in found.entries]


@pytest.mark.parametrize(
    ("line", "name"),
    [("Ville de Ste.Foy\tCA", "Ste.Foy"), ("Municipio de Sta. Cruz\tBO", "Sta. Cruz"),
     ("Stadt St.Pölten\tA", "St.Pölten")],
)  # fmt: skip
def test_an_abbreviation_s_dot_inside_a_place_s_name(line: str, name: str) -> None:
    """'St.Pölten', 'Sta. Cruz': the dot after a short word's capital is the name's own
    abbreviation, no field's end; the form before it ('Stadt St') no place."""
    known = PlaceNames(
        lambda text: fold(text) in {"ste foy", "sta cruz", "st polten", "st", "ste", "sta"}
    )
    assert [f.name for f in pf.find_places(line, known, frozenset())] == [name]


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        (
            "Jane Lincoln, Mayor of the City of Bristol; Tom Preston, Mayor of Leeds; "
            "Ann Chester, Lord Mayor of Manchester; Paul York, Councillor for Transport of "
            "the City of Sheffield",
            ["Bristol", "Leeds", "Manchester", "Sheffield"],
        ),
        (
            "Anne Lyon, maire de Grenoble ; Paul Nancy, maire de Rennes ; Marie Tours, "
            "adjointe au maire de Nantes ; Luc Vienne, conseiller délégué de la Ville de Dijon",
            ["Grenoble", "Rennes", "Nantes", "Dijon"],
        ),
    ],
)
def test_a_paragraph_of_signers_records_a_semicolon_parts(sentence: str, cities: list[str]) -> None:
    """A paragraph of records a semicolon parts, each a person's name, a comma and what
    they sign for ('Ann Chester, Lord Mayor of Manchester'): each record is one entry, its
    place in the field that names one in most records; a surname that is a place too
    ('Lincoln', 'Tours'), or a title the reader does not know, changes nothing."""
    towns = "bristol leeds manchester sheffield lincoln preston chester york grenoble rennes "
    towns += "nantes dijon lyon nancy tours vienne"
    known = PlaceNames(lambda name: fold(name) in towns.split())
    for text in (sentence, f"{sentence}."):  # a line of records, or a paragraph's sentence
        found = read_places(["Nachrichten", "", "Mit freundlichen Grüßen", "", text, ""], known)
        assert found is not None
        assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        (
            "The appeal was signed by Leeds council leader Jane Preston, Bristol mayor Tom "
            "Chester, Sheffield council leader Ann Lincoln and Manchester mayor Paul York.",
            ["Leeds", "Bristol", "Sheffield", "Manchester"],
        ),
        (
            "Pöördumisele kirjutasid alla Tallinn linnapea Mari Valga, Tartu linnapea Jaan "
            "Elva, Pärnu linnapea Anu Narva ja Viljandi linnapea Peeter Paide.",
            ["Tallinn", "Tartu", "Pärnu", "Viljandi"],
        ),
    ],
)
def test_a_signer_s_name_after_their_place_and_title_in_a_sentence(
    sentence: str, cities: list[str]
) -> None:
    """A sentence's list of signers, each their place, their title in lower case and their
    name ('Bristol mayor Tom Chester', 'Tartu linnapea Jaan Elva'): the place is the
    entry; a surname that names a place too ('Chester', 'Elva') is the person's."""
    towns = "leeds bristol sheffield manchester preston chester lincoln york tallinn tartu "
    towns += "parnu viljandi valga elva narva paide"
    known = PlaceNames(lambda name: fold(name) in towns.split())
    found = read_places(["Uudised", "", sentence, ""], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("rows", "regions"),
    [
        (["Lagos\tFaro\t2008", "Loures\tLisboa\t2002", "Sintra\tLisboa\t2003"], "Faro"),
        (["Toledo\tOhio\t2011", "Dayton\tOhio\t2012", "Akron\tOhio\t2013"], "Ohio"),
    ],
)
def test_a_table_s_region_cell_after_the_place_s(rows: list[str], regions: str) -> None:
    """A table's row of a place, its state's or district's cell and a year ('Lagos\tFaro
    \t2008', 'Toledo\tOhio\t2011'): the region gives the country, as 'Lagos, Faro' does;
    not a namesake elsewhere."""
    known = PlaceNames(lambda name: fold(name) in "lagos loures sintra toledo dayton akron".split())
    found = read_places(["Membros", "", *rows, ""], known)
    assert found is not None
    assert found.entries[0].region == regions
    assert found.entries[0].codes == (("PT",) if regions == "Faro" else ("US",))


def test_a_row_that_describes_its_place_before_the_table_s_figures_is_no_headline() -> None:
    """A report's table of members with a year and a population after each name: a row that
    says what its place is in words in lower case ('Aachen – kreisfreie und große Stadt',
    'Lyon – chef-lieu de la région') still ends in the table's figures, so it is a row of the
    table, not a headline about its place."""
    german = [
        "Mitglieder (Beitritt, Einwohner)", "",
        "1. Stadt Bonn 1996 330 579", "2. Aachen – kreisfreie und große Stadt 1998 249 070",
        "3. Stadt Erlangen 2003 113 292", "4. Stadt Potsdam 2001 180 334",
        "5. Stadt Halle an der Saale mit eigenem Statut 2005 238 061",
    ]  # fmt: skip
    found = read_places(german, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Bonn", "Aachen", "Erlangen", "Potsdam", "Halle"]
    french = [
        "Membres (adhésion, habitants)", "",
        "1. Ville de Paris 1995 2 133 111", "2. Lyon – chef-lieu de la région 1997 522 250",
        "3. Ville de Lille 1999 236 234", "4. Ville de Nantes dans sa totalité 2002 323 204",
    ]  # fmt: skip
    found = read_places(french, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Paris", "Lyon", "Lille", "Nantes"]


def test_a_headline_that_ends_in_one_figure_is_still_a_headline() -> None:
    page = ["Related", "", "Lille opens a tram line in 2024", "Lyon plants 5000 trees",
            "Nantes wins a prize for the year 2023"]  # fmt: skip
    assert read_places(page, PLACES) is None


NORDIC_KNOWN = {
    "umea", "lund", "lulea", "malmo", "kiruna", "gavle", "aarhus", "odense", "aalborg",
    "vejle", "esbjerg", "sf", "ab", "ystad", "boden", "kalmar", "boras", "goteborg",
}  # fmt: skip
NORDIC = PlaceNames(lambda name: fold(name) in NORDIC_KNOWN)


def test_a_table_of_people_reads_no_country_from_a_surname_before_the_place() -> None:
    """A table of people (surname, given name, title, body): a surname that is a country's
    name or code ('Jordan', 'Can', read as Canada's 'CAN') stands before the place, in a
    column where no other row names a country, so it is no country of the row's place."""
    swedish = [
        "Deltagare", "", "Namn\tTitel\tOrganisation",
        "Andersson, Eva\tmiljöstrateg\tUmeå kommun", "Jordan, Nils\tkommunalråd\tLund kommun",
        "Berg, Lars\tutredare\tLuleå kommun", "Dahl, Per\thandläggare\tKiruna kommun",
    ]  # fmt: skip
    found = read_places(swedish, NORDIC)
    assert found is not None
    assert [(e.city, e.codes) for e in found.entries] == [
        ("Umeå", ()), ("Lund", ()), ("Luleå", ()), ("Kiruna", ()),
    ]  # fmt: skip
    danish = [
        "Deltagere", "", "Navn\tStilling\tOrganisation",
        "Hansen, Mette\tborgmester\tAarhus Kommune", "Can, Ali\trådgiver\tOdense Kommune",
        "Holm, Jens\tchefkonsulent\tAalborg Kommune", "Lund, Sofie\tkonsulent\tVejle Kommune",
    ]  # fmt: skip
    found = read_places(danish, NORDIC)
    assert found is not None
    assert [(e.city, e.codes) for e in found.entries] == [
        ("Aarhus", ()), ("Odense", ()), ("Aalborg", ()), ("Vejle", ()),
    ]  # fmt: skip


def test_in_a_list_framed_by_a_form_after_its_places_a_body_of_another_kind_is_none() -> None:
    """Most cells of the list's column frame their place with the same form after it ('Umeå
    kommun', 'Aarhus Kommune'): a cell that names a place only inside another body's name
    ('Kiruna Energi AB', 'Esbjerg Forsyning A/S', 'Länsstyrelsen i Gävle') is no member,
    while a municipality of another form ('Malmö stad', 'Göteborgs Stad') or a bare name
    ('Lund') is one."""
    swedish = [
        "Deltagare", "", "Namn\tTitel\tOrganisation",
        "Andersson, Eva\tmiljöstrateg\tUmeå kommun", "Berg, Lars\tutredare\tLuleå kommun",
        "Ek, Sara\tanalytiker\tKiruna Energi AB", "Dahl, Per\thandläggare\tMalmö stad",
        "Falk, Ida\thandläggare\tLänsstyrelsen i Gävle", "Gran, Olle\tstrateg\tLund",
        "Holm, Anna\tklimatchef\tKiruna kommun", "Ivarsson, Jan\tstrateg\tYstad kommun",
        "Jonsson, Kim\tutredare\tBoden kommun", "Karlsson, Lena\tchef\tKalmar kommun",
        "Lind, Maja\tstrateg\tBorås kommun", "Nord, Eva\tstrateg\tGöteborgs Stad",
    ]  # fmt: skip
    found = read_places(swedish, NORDIC)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Umeå", "Luleå", "Malmö", "Lund", "Kiruna", "Ystad", "Boden", "Kalmar", "Borås",
        "Göteborg",
    ]  # fmt: skip
    danish = [
        "Deltagere", "", "Navn\tStilling\tOrganisation",
        "Hansen, Mette\tborgmester\tAarhus Kommune", "Holm, Jens\tkonsulent\tAalborg Kommune",
        "Lund, Sofie\tingeniør\tEsbjerg Forsyning A/S", "Berg, Ole\tkonsulent\tVejle Kommune",
        "Nielsen, Eva\tkonsulent\tOdense SF", "Dam, Tina\trådgiver\tEsbjerg Kommune",
    ]  # fmt: skip
    found = read_places(danish, NORDIC)
    assert found is not None
    assert [e.city for e in found.entries] == ["Aarhus", "Aalborg", "Vejle", "Esbjerg"]


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("Zgromadzenie przyjęło w poczet członków Miastu Gdyni, Gminie Serock, Miastu "
         "Legnicy i Gminie Kórnik.", ["Gdynia", "Serock", "Legnica", "Kórnik"]),
        ("Valná hromada udělila členství Městu Kladnu, Obci Dolní Břežany, Městu Jihlavě "
         "a Obci Líbeznice.", ["Kladno", "Dolní Břežany", "Jihlava", "Líbeznice"]),
        ("Рада побажала успіхів у мережі Місту Вінниці, Громаді Бучі, Місту Полтаві та "
         "Місту Житомиру.", ["Вінниця", "Буча", "Полтава", "Житомир"]),
    ],
)  # fmt: skip
def test_a_body_s_form_word_in_any_case_frames_its_place_in_that_case(
    sentence: str, cities: list[str]
) -> None:
    """Slavic languages decline a body's form word and its town's name alike: in the
    dative ('Miastu Gdyni', to the city of Gdynia; 'Městu Kladnu', 'Громаді Бучі') as in
    the genitive. The form word is no place however a namesake's case form reads it
    ('Miastu', 'Obci'), and the name after it is read in its case form."""
    towns = "gdynia serock legnica kornik kladno jihlava libeznice miasta mesta вінниця буча "
    towns += "полтава житомир"  # 'Miasta', 'Mesta': villages a form word's case form may read
    folded = {fold(town) for town in [*towns.split(), "dolni brezany"]}
    known = PlaceNames(lambda name: fold(name) in folded)
    found = read_member_list(["Aktualności", "", sentence, ""], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities
    assert names_known("Miastu Gdyni i Gminie Serock", known) == ["Gdynia", "Serock"]


def names_known(text: str, known: PlaceNames) -> list[str]:
    return [found.name for found in find_places(text, known, frozenset())]


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["1. Томская городская дума — председатель думы Сергей Иванов",
          "2. Курская городская дума — председатель думы Анна Смирнова",
          "3. Смоленская городская дума — председатель думы Олег Кузнецов",
          "4. Омская городская дума — председатель думы Ирина Попова"],
         ["Томск", "Курск", "Смоленск", "Омск"]),
        (["Гомельскі гарадскі выканаўчы камітэт — старшыня Іван Шаўчук",
          "Мінскі гарадскі выканаўчы камітэт — старшыня Павел Лук'янчык",
          "Віцебскі гарадскі выканаўчы камітэт — старшыня Алена Ковалева",
          "Магілёўскі гарадскі выканаўчы камітэт — старшыня Сяргей Серада"],
         ["Гомель", "Мінск", "Віцебск", "Магілёў"]),
    ],
)  # fmt: skip
def test_a_body_named_by_its_towns_adjective_then_its_head(
    lines: list[str], cities: list[str]
) -> None:
    """East Slavic bodies are named by an adjective of their town and their kind ('Томская
    городская дума', Tomsk's city council; 'Гомельскі гарадскі выканаўчы камітэт'), their
    head's title and name after a dash: each line's place is its town, and the title and
    the name after the body's name are no headline about it ('Сергей', 'Павел' are
    places somewhere too)."""
    towns = [*cities, "Сергей", "Павел", "Алена", "Омская"]
    folded = {fold(town) for town in towns}
    known = PlaceNames(lambda name: fold(name) in folded)
    found = read_member_list(["Подписанты:", "", *lines, "", "Контакты сети здесь."], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("городской округ город Назрань Республики Ингушетия", ["Назрань"]),
        ("Глава города Бийск Алтайского края", ["Бийск"]),
        ("місто Ковель Волинської області", ["Ковель"]),
        ("Ханты-Мансийск Ханты-Мансийского автономного округа", ["Ханты-Мансийск"]),
    ],
)
def test_a_town_s_region_in_the_genitive_after_it_is_no_place(text: str, places: list[str]) -> None:
    """A Russian, Ukrainian or Belarusian town's official name may end in its region in the
    genitive ('город Назрань Республики Ингушетия', of the Republic of Ingushetia; 'Бийск
    Алтайского края', of Altai krai): the town, after the lower-case word for 'city', is no
    person's given name before it, and the region's words name no place of their own
    ('Республика', 'Алтайск' are villages somewhere)."""
    towns = ("Назрань", "Бийск", "Ковель", "Ханты-Мансийск", "Республика", "Алтайск", "Волинь")
    folded = {fold(town) for town in towns}
    known = PlaceNames(lambda name: fold(name) in folded)
    assert [f.name for f in find_places(text, known, frozenset())] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Oberbürgermeister Andreas Vogt, Hamburg", ["Hamburg"]),
        ("Prezydent Tomasz Nowak i Burmistrz Lena Wiśniewska, Warszawa", ["Warszawa"]),
        ("Colombo Municipal Council, Sri Lanka", ["Colombo"]),
    ],
)
def test_a_place_read_as_a_given_name_is_no_other_place_s_case_form(
    text: str, places: list[str]
) -> None:
    """A word that names a place as written, before a capitalised word that is none, is a
    person's given name ('Andreas Vogt', 'Tomasz Nowak'), never another place's case form
    ('Andrea', 'Tomas'). Before a body's words after its name ('Colombo Municipal
    Council') it is the place."""
    towns = {*KNOWN, "andreas", "andrea", "tomasz", "tomas", "colombo", "colomba"}
    known = PlaceNames(lambda name: fold(name) in towns)
    assert [f.name for f in find_places(text, known, frozenset())] == places


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("Konference se zúčastní zástupci měst Brna, Plzně, Olomouce, Tábora a Ostravy.",
         ["Brno", "Plzeň", "Olomouc", "Tábor", "Ostrava"]),
        ("W spotkaniu wezmą udział przedstawiciele miast Krakowa, Gdańska, Poznania i "
         "Lublina.", ["Kraków", "Gdańsk", "Poznań", "Lublin"]),
    ],
)  # fmt: skip
def test_a_plural_body_word_before_a_sentence_s_places_makes_them_a_list(
    sentence: str, cities: list[str]
) -> None:
    """'the cities of' before a sentence's places ('zástupci měst Brna, Plzně, ...', the
    representatives of the cities of Brno, Plzeň; 'przedstawiciele miast Krakowa, ...')
    names them as the network's towns, in the genitive the word takes: a list, though no
    word of signing says so and none is named exactly; without it they are words that look
    inflected."""
    towns = "brno plzen olomouc tabor ostrava krakow gdansk poznan lublin"
    known = PlaceNames(lambda name: fold(name) in towns.split())
    found = read_places(["Aktuality", "", sentence, ""], known)
    assert found is not None
    assert [fold(e.city) for e in found.entries] == [fold(city) for city in cities]
    bare = sentence.replace(" měst ", " ").replace(" miast ", " ")
    assert read_places(["Aktuality", "", bare, ""], known) is None


@pytest.mark.parametrize(
    ("word", "written"),
    [("Сергій", "Сергіi"), ("Головна", "Головнe"), ("Νίκου", "Νίκοa")],
)
def test_a_word_in_another_script_is_never_read_with_a_latin_vowel(word: str, written: str) -> None:
    """A Cyrillic or Greek word less its last letter is never given a Latin vowel
    ('Сергі' + 'i'), which a gazetteer's folded names would take for a place written in
    Latin letters ('Sergii')."""
    known = PlaceNames(lambda name: fold(name) == fold(written))
    assert inflected_place(word, known) is None


def test_greek_genitives_of_a_place_s_people_and_of_names_in_omega_sigma() -> None:
    """A Greek municipality is named by its people's genitive plural ('Δήμος Σαμίων',
    Samos's) and a name in -ως has its genitive in -ω ('Δήμαρχος Κω', Kos's): read back to
    the place, the short one only where a frame around it says it is a case form."""
    towns = {fold(name) for name in ("Σάμος", "Νίσυρος", "Κως")}
    known = PlaceNames(lambda name: fold(name) in towns)
    assert inflected_readings("Σαμίων", known) == ["Σαμος"]
    assert inflected_readings("Νισυρίων", known) == ["Νισυρος"]
    assert inflected_readings("Κω", known) == []  # two letters: no word alone says it
    assert "Κως" in framed_readings("Κω", known)


_STATES_KNOWN = {
    "guadalajara", "zapopan", "toluca", "metepec", "leon", "colombia", "hermosillo",
    "nogales", "brandenburg", "baden", "potsdam", "cottbus", "stuttgart", "freiburg",
    "kassel", "frankfurt am main", "mendoza", "salta", "cordoba",
}  # fmt: skip


_STATES_PLACES = PlaceNames(lambda name: fold(name) in _STATES_KNOWN)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Municipios firmantes:\n\nJALISCO\nGuadalajara | Zapopan\n\nMÉXICO\nToluca | Metepec"
            "\n\nNUEVO LEÓN\nColombia\n\nSONORA\nHermosillo | Nogales\n",
            [("Guadalajara", "MX"), ("Zapopan", "MX"), ("Toluca", "MX"), ("Metepec", "MX"),
             ("Colombia", "MX"), ("Hermosillo", "MX"), ("Nogales", "MX")],
        ),
        (
            "Unterzeichnet haben:\n\nBRANDENBURG\nPotsdam | Cottbus\n\nBADEN-WÜRTTEMBERG\n"
            "Stuttgart | Freiburg\n\nHESSEN\nFrankfurt am Main | Kassel\n",
            [("Potsdam", "DE"), ("Cottbus", "DE"), ("Stuttgart", "DE"), ("Freiburg", "DE"),
             ("Frankfurt am Main", "DE"), ("Kassel", "DE")],
        ),
    ],
)  # fmt: skip
def test_a_states_name_in_capitals_over_its_places_is_a_heading(
    page: str, expected: list[tuple[str, str]]
) -> None:
    """A state's or province's name in capitals on a line of its own over lines of its
    places in small letters ('NUEVO LEÓN', 'BADEN-WÜRTTEMBERG') is a heading that gives
    their country, no place ('León', 'Baden'); a line right under it is a place, though it
    is named like a country ('Colombia', Nuevo León): no country is a state's group."""
    found = read_places(page.split("\n"), _STATES_PLACES)
    assert found is not None
    assert [(e.city, e.codes[0] if e.codes else "") for e in found.entries] == expected


def test_a_provinces_name_in_capitals_over_its_country_is_a_cards_place() -> None:
    """'MENDOZA' over 'Argentina' (a card: the place, its country, a line about it): a
    place that is a province's name too, not a heading over the card's lines."""
    page = (
        "Ciudades participantes\n\nMENDOZA\nArgentina\nDelegación encabezada por la intendenta"
        "\n\nSALTA\nArgentina\nDelegación encabezada por el intendente\n\nCÓRDOBA\n"
        "Argentina\nDelegación encabezada por el viceintendente\n"
    )
    found = read_places(page.split("\n"), _STATES_PLACES)
    assert found is not None
    assert [fold(e.city) for e in found.entries] == ["mendoza", "salta", "cordoba"]


@pytest.mark.parametrize(
    ("closing", "greeting"),
    [("Cari saluti,", "Gentili colleghi,"), ("Met vriendelijke groet,", "Beste collega's,")],
)
def test_a_letter_s_closing_is_no_place(closing: str, greeting: str) -> None:
    """A letter's closing or greeting on a line of its own ('Cari saluti,', 'Met
    vriendelijke groet,'), in Italian and Dutch, names no place, though its first word is
    a place's name somewhere ('Cari', 'Met'); a body's form in lower case names its place."""
    known = PlaceNames(lambda name: fold(name) in {"cari", "met", *KNOWN})
    page = [
        greeting, "", "Vi scriviamo per chiedere fondi per le scuole e le case.", "",
        closing, "", "Lille | Graz | Nantes", "Lyon | Paris | Wien",
    ]  # fmt: skip
    found = read_member_list(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lille", "Graz", "Nantes", "Lyon", "Paris", "Wien"]
    names_with_a_comma = ("Aarhus kommune,", "Frankfurt am Main,", "Stoke-on-Trent,")
    assert not any(is_closing(t) for t in names_with_a_comma)
    assert is_closing("Yours faithfully,")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            [
                "Unterzeichnende Kommunen",
                "",
                "Bayern: Stadt Erlangen, Landeshauptstadt München",
                "Nordrhein-Westfalen: Stadt Bonn, Stadt Aachen, Halle",
                "Brandenburg: Stadt Potsdam, Frankfurt am Main",
            ],
            ["Erlangen", "München", "Bonn", "Aachen", "Halle", "Potsdam", "Frankfurt am Main"],
        ),
        (
            [
                "Enti firmatari",
                "",
                "Piemonte: Comune di Torino, Città di Alba",
                "Lombardia: Comune di Bergamo, Comune di Brescia",
            ],
            ["Torino", "Alba", "Bergamo", "Brescia"],
        ),
        (
            [
                "Signatories",
                "",
                "Brittany: Quimperlé Communauté, City of Lorient, Lorient Agglo",
                "Pays de la Loire: City of Nantes, Le Grand Saumur",
            ],
            ["Quimperlé Communauté", "Lorient", "Lorient Agglo", "Nantes", "Le Grand Saumur"],
        ),
    ],
)
def test_a_region_s_label_a_colon_and_its_bodies_named_with_their_forms(
    page: list[str], expected: list[str]
) -> None:
    """A region's name, a colon and its members' bodies named with their forms ('Bayern:
    Stadt Erlangen, Landeshauptstadt München', 'Piemonte: Comune di Torino, Città di Alba'),
    in German, Italian and English: several entries a line, as bare names are; a French
    union of towns named for its town ('Quimperlé Communauté', 'Lorient Agglo', 'Le Grand
    Saumur') is that body, its town no person's given name."""
    known = {"torino", "alba", "bergamo", "brescia", "quimperle", "lorient", "saumur", *KNOWN}
    found = read_member_list(page, PlaceNames(lambda name: fold(name) in known))
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            [
                "会員都市",
                "",
                "神奈川県",
                "横浜市 · 川崎市 · 相模原市",
                "",
                "宮城県",
                "仙台市 · 石巻市",
            ],
            ["横浜市", "川崎市", "相模原市", "仙台市", "石巻"],
        ),
        (
            ["成员城市", "", "广东省", "广州市 | 深圳市 | 珠海市", "", "浙江省", "杭州市 | 宁波市"],
            ["广州市", "深圳市", "珠海市", "杭州市", "宁波"],
        ),
    ],
)
def test_names_in_a_script_without_capitals_several_a_line_under_headings(
    page: list[str], expected: list[str]
) -> None:
    """Names in a script without capital letters, several a line between middle dots or
    bars under their province's heading, in Japanese and Chinese: each item that is a
    place as a whole is one, though no capital marks it a name; one the gazetteer knows
    without its glued form ('石巻' of '石巻市', '宁波' of '宁波市') is that place."""
    known = PlaceNames(lambda name: name in {*expected, "石巻", "宁波"})
    found = read_member_list(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    "page",
    [
        [
            "会員一覧",
            "",
            "■ 関東・甲信（5市）",
            "前橋市・高崎市・宇都宮市",
            "甲府市・松本市",
            "",
            "■ 近畿（3市）",
            "大津市・奈良市・姫路市",
            "",
            "■ 四国（2市）",
            "徳島市・今治市",
        ],
        [
            "회원 도시",
            "",
            "◆ 충청권 (3개 시)",
            "청주시ㆍ충주시ㆍ공주시",
            "",
            "◆ 호남권 (2개 시)",
            "전주시ㆍ목포시",
            "",
            "◆ 영남권 (2개 시)",
            "포항시ㆍ김해시",
        ],
    ],
)
def test_names_a_middle_dot_with_no_space_parts_under_counted_headings(page: list[str]) -> None:
    """Japanese and Korean members' names joined by a middle dot with no space beside it
    ('前橋市・高崎市', '청주시ㆍ충주시'), in runs of a line or two under marked headings that
    count them ('■ 近畿（3市）'): each name one place, every group's; the heading (its
    regions joined by the same dot) no place."""
    text = "\n".join(page).translate({0xFF08: " (", 0xFF09: ") "})  # as `parse_page` reads
    expected = [
        name
        for line in page
        if not line.startswith(("■", "◆"))
        for name in re.split("[・ㆍ]", line)
        if name.endswith(("市", "시"))
    ]
    found = read_member_list(text.split("\n"), PlaceNames(lambda name: name in expected))
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize("region", ["Περιφέρεια Ηπείρου", "Περιφέρεια Βορείου Αιγαίου"])
def test_a_greek_region_s_body_among_municipalities_in_the_genitive_is_a_signer(
    region: str,
) -> None:
    """'Περιφέρεια Ηπείρου' (the Region of Epirus) on a line of its own among 'Δήμος X'
    lines that name their towns in the genitive: the region's body signs, read by its
    whole name as a region, though its genitive reads as a village's case form ('Ηπείρα')
    or as none;
    a bracket after it ('(Κύπρος)', a status) is no part of its name."""
    page = [
        "Διακήρυξη για το νερό",
        "",
        "Υπογράφουν:",
        "",
        "• Δήμος Σερρών",
        "• Δήμος Δράμας",
        f"• {region} (συνεργαζόμενο μέλος)",
        "• Δήμος Κοζάνης",
        "• Δήμος Κατερίνης",
        "• Δήμος Λευκωσίας (Κύπρος)",
        "",
        "Κοινοποίηση",
    ]
    known = {fold(n) for n in ("Σέρρες", "Δράμα", "Κοζάνη", "Κατερίνη", "Λευκωσία", "Ηπείρα")}
    found = read_member_list(page, PlaceNames(lambda name: fold(name) in known), page=page)
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries] == [
        ("Σερρες", "city"),
        ("Δράμα", "city"),
        (region, "region"),
        ("Κοζάνη", "city"),
        ("Κατερίνη", "city"),
        ("Λευκωσία", "city"),
    ]


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("Tychów", "Tychy"),  # Polish: a plural name's genitive
        ("Międzyzdrojów", "Międzyzdroje"),
        ("Броварів", "Бровари"),  # Ukrainian: the same
        ("Чернівців", "Чернівці"),
        ("Πρεβέζης", "Πρέβεζα"),  # Greek: an older genitive of a name in -α or -ο
        ("Ρεθύμνης", "Ρέθυμνο"),
    ],
)
def test_a_genitive_of_a_name_the_gazetteer_has_in_another_form_or_number(
    word: str, place: str
) -> None:
    """A genitive whose ending stands for more than one nominative's: a plural name's
    ('Tychów' Tychy, 'Броварів' Бровари), or one that follows an older form of the name
    than the gazetteer's ('Ρεθύμνης' of Ρέθυμνο, once Ρέθυμνη)."""
    known = PlaceNames(lambda name: fold(name) in {fold(place)})
    assert fold(inflected_place(word, known) or "") == fold(place)


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        (  # Polish
            "Sieć przyjęła w poczet członków miasta Toruń, Płock, Kalisz, Opole i Zieloną Górę.",
            ["Toruń", "Płock", "Kalisz", "Opole", "Zielona Góra"],
        ),
        (  # Czech
            "Síť přijala za členy města Kolín, Tábor, Písek, Most a Mladou Boleslav.",
            ["Kolín", "Tábor", "Písek", "Most", "Mladá Boleslav"],
        ),
        (  # Slovak
            "Sieť prijala za členov mestá Žilina, Nitra, Prešov, Martin a Banskú Bystricu.",
            ["Žilina", "Nitra", "Prešov", "Martin", "Banská Bystrica"],
        ),
        (  # Ukrainian
            "Мережа прийняла до своїх лав громади Ірпінь, Бровари, Фастів, Обухів та Білу Церкву.",
            ["Ірпінь", "Бровари", "Фастів", "Обухів", "Біла Церква"],
        ),
    ],
)
def test_a_list_s_item_an_adjective_and_a_noun_in_the_accusative_or_dative(
    sentence: str, cities: list[str]
) -> None:
    """A list's item of two capitalised words in the accusative, dative or locative, an
    adjective and a noun ('Zieloną Górę', 'Mladou Boleslav', 'Banskú Bystricu', 'Білу
    Церкву'), is the place their nominative names, as one in the genitive is; not the
    noun's namesake alone ('Górę', 'Bystricu')."""
    towns = "torun|plock|kalisz|opole|zielona gora|gora|kolin|tabor|pisek|most|mlada boleslav"
    towns += "|zilina|nitra|presov|martin|banska bystrica|bystrica"
    towns += "|irpin|brovari|fastiv|obukhiv|bila tserkva"
    known = PlaceNames(lambda name: fold(name) in towns.split("|"))
    found = read_places(["Aktualności", "", sentence, ""], known)
    assert found is not None
    assert [fold(e.city) for e in found.entries] == [fold(c) for c in cities]


@pytest.mark.parametrize(
    ("rows", "cities"),
    [
        (  # French: Belgium's and France's merged towns
            [
                "Commune\tProvince\tHabitants",
                "Namur\tNamur\t113 000",
                "Ottignies-Louvain-la-Neuve\tBrabant wallon\t31 000",
                "Liège\tLiège\t197 000",
                "Cherbourg-en-Cotentin\tManche\t78 000",
                "Mons\tHainaut\t95 000",
            ],
            ["Namur", "Ottignies", "Liège", "Cherbourg", "Mons"],
        ),
        (  # Dutch
            [
                "Gemeente\tProvincie\tInwoners",
                "Brugge\tWest-Vlaanderen\t119 000",
                "Knokke-Heist\tWest-Vlaanderen\t33 000",
                "Gent\tOost-Vlaanderen\t265 000",
                "Leuven\tVlaams-Brabant\t102 000",
            ],
            ["Brugge", "Knokke", "Gent", "Leuven"],
        ),
    ],
)
def test_a_table_row_s_first_cell_a_merged_town_s_name_the_gazetteer_lacks(
    rows: list[str], cities: list[str]
) -> None:
    """A table's row whose first cell is a merged town's name the gazetteer lacks, its
    parts a hyphen joins ('Ottignies-Louvain-la-Neuve', 'Knokke-Heist'), names the place
    its first part is, as a list's line with that name does; not a province's cell
    ('West-Vlaanderen')."""
    towns = "namur|ottignies|louvain|liege|cherbourg|mons|brugge|knokke|heist|gent|leuven"
    known = PlaceNames(lambda name: fold(name) in towns.split("|"))
    found = read_places(["Membres", "", *rows, ""], known)
    assert found is not None
    assert [fold(e.city) for e in found.entries] == [fold(c) for c in cities]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Enugu North Local Government\tEnugu\tHon. Ada Eze, Chairman", "Enugu"),
        ("Owerri West Local Government Area · Imo", "Owerri"),
        ("Aba South LGA, Abia", "Aba"),
        ("Tamale Central Municipality", "Tamale"),
        ("Sibu Selatan Council", "Sibu"),
    ],
)  # fmt: skip
def test_a_compass_word_then_a_form_names_the_town_s_part(line: str, place: str) -> None:
    """A town's part's body named by the town, a compass word and the body's form ('Enugu
    North Local Government', Nigeria's local governments; 'Tamale Central Municipality';
    Malay 'Selatan'): its place is the town, the compass word no place of its own (nor the
    town a person's given name before it)."""
    known = PlaceNames(lambda name: fold(name) in {fold(place), "north", "west", "central"})
    found = [f.name for f in find_places(line, known, frozenset())]
    assert found[:1] == [place]
    assert not {"North", "West", "Central", "South", "Selatan"} & set(found)


@pytest.mark.parametrize(
    "lines",
    [
        ["1\tHubballi Mahanagara Palike\tKarnataka", "2\tMysuru Mahanagara Palike\tKarnataka",
         "3\tBelagavi Mahanagara Palike\tKarnataka"],
        ["1\tLucknow Nagar Nigam\tUttar Pradesh", "2\tKanpur Nagar Nigam\tUttar Pradesh",
         "3\tAgra Nagar Nigam\tUttar Pradesh"],
        ["1\tPune Mahanagarpalika\tMaharashtra", "2\tMadurai Corporation\tTamil Nadu",
         "3\tErode City Municipal Corporation\tTamil Nadu"],
    ],
)  # fmt: skip
def test_a_south_asian_body_s_form_after_its_town(lines: list[str]) -> None:
    """South Asia's town bodies name their kind after the town, in Kannada ('Mahanagara
    Palike'), Hindi ('Nagar Nigam'), Marathi ('Mahanagarpalika') or English ('Corporation',
    'City Municipal Corporation'): each line's place is its town."""
    cities = [line.split("\t")[1].split()[0] for line in lines]
    folded = {fold(town) for town in cities}
    known = PlaceNames(lambda name: fold(name) in folded)
    found = read_member_list(["Members:", "", *lines, "", "Contact the network here."], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("word", "place"), [("Λεβαδέων", "Λεβάδεια"), ("Αλεξανδρέων", "Αλεξάνδρεια")]
)
def test_a_greek_genitive_of_its_people_is_its_place_in_eia(word: str, place: str) -> None:
    """A town in -εια is named by its people's genitive plural in -έων ('Δήμαρχος
    Λεβαδέων', 'Δήμος Αλεξανδρέων'), as one in -α is ('Πατρέων' Πάτρα)."""
    known = PlaceNames(lambda name: fold(name) == fold(place))
    assert [fold(name) for name in inflected_readings(word, known)[:1]] == [fold(place)]


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["Signants:", "", "Osona: Vic, Manlleu i Torelló.", "Bages: Manresa i Berga.", "",
          "Suports: Consell Comarcal (Vic), Universitat de Vic (Manlleu) i Fundació Berga."],
         ["Vic", "Manlleu", "Torelló", "Manresa", "Berga"]),
        (["Signatories:", "", "Kent: Dover, Deal and Margate.", "Essex: Harlow and Epping.", "",
          "Supporters: the County Council (Dover), the University (Deal) and Margate Trust."],
         ["Dover", "Deal", "Margate", "Harlow", "Epping"]),
    ],
)  # fmt: skip
def test_a_label_s_sentence_with_brackets_after_labelled_lists_is_no_list(
    lines: list[str], cities: list[str]
) -> None:
    """Lines of a label and its places that end in a stop are a list ('Osona: Vic, Manlleu i
    Torelló.'); a sentence after them that names its supporters with asides in brackets
    ('Supporters: the County Council (Dover), ...') is prose, not more of the list."""
    known = {"vic", "manlleu", "torello", "manresa", "berga", "dover", "deal", "margate"}
    known |= {"harlow", "epping"}
    found = read_places(lines, PlaceNames(lambda name: fold(name) in known))
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_a_town_in_another_script_beside_its_country_is_the_one_that_sounds_like_it() -> None:
    """A table's row whose town the gazetteer lacks in the page's script, beside its
    country: a reader who knows both scripts reads it as the place of that country that
    sounds like it; the gazetteer's name is the entry's. Not where no field names a
    country, nor a name in Latin letters (a town the gazetteer lacks)."""
    from tests.test_gazetteer import SOUNDING

    places = PlaceNames(SOUNDING.knows, (), None, SOUNDING.sounding)
    greek = [
        "Χώρα\tΠόλη\tΜέλος από",
        "Γερμανία\tΚέτστινγκ\t1991",
        "Πορτογαλία\tΣεζίμπρα\t1991",
        "Ιρλανδία\tΜπούντοραν\t1991",
    ]
    russian = [
        "Португалия — Сезимбра (с 1991)",
        "Германия — Бад-Кётцтинг (с 1991)",
        "Ирландия — Бандоран (с 1991)",
        "Венгрия — Кёсег (с 2004)",
    ]
    greek_found = read_places(greek, places)
    assert greek_found is not None
    assert [(e.city, e.country) for e in greek_found.entries] == [
        ("Kötzting", "Γερμανία"), ("Sesimbra", "Πορτογαλία"), ("Bundoran", "Ιρλανδία"),
    ]  # fmt: skip
    russian_found = read_places(russian, places)
    assert russian_found is not None
    assert [e.city for e in russian_found.entries] == ["Sesimbra", "Kötzting", "Bundoran", "Kőszeg"]
    assert read_places([line.split(" — ")[1] for line in russian], places) is None


def test_a_town_as_another_language_spells_it_beside_its_country_sounds_like_it() -> None:
    """A town the gazetteer lacks as a language spells it in Latin letters, beside its
    country ('Norčeping (Švedska)', 'Norşöping, İsveç'): the place of that country that
    sounds like it, as in another script."""
    from tests.test_gazetteer import SOUNDING

    places = PlaceNames(SOUNDING.knows, (), None, SOUNDING.sounding)
    serbian = ["Norčeping (Švedska)", "Sezimbra (Portugal)", "Bandoran (Irska)", "Keseg (Mađarska)"]
    turkish = ["Norşöping, İsveç", "Sezimbra, Portekiz", "Kötsting, Almanya", "Bandoran, İrlanda"]
    for lines, cities in (
        (serbian, ["Norrköping", "Sesimbra", "Bundoran", "Kőszeg"]),
        (turkish, ["Norrköping", "Sesimbra", "Kötzting", "Bundoran"]),
    ):
        found = read_places(lines, places)
        assert found is not None
        assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    "lines",
    [
        ["The Union of the Baltic Cities (UBC) unites cities of the region.",
         "", "UBC member cities", "Turku", "Tampere", "Aarhus", "", "UBC annual report 2025 4"],
        ["Związek Miast Bałtyckich (ZMB) zrzesza miasta regionu.",
         "", "Miasta członkowskie ZMB", "Turku", "Tampere", "Aarhus", "", "Raport ZMB 2025 4"],
    ],
)  # fmt: skip
def test_an_abbreviation_the_page_defines_is_no_place(lines: list[str]) -> None:
    """An organisation's abbreviation the page defines in a bracket after its name, the
    initials of its words ('Union of the Baltic Cities (UBC)', 'Związek Miast Bałtyckich
    (ZMB)'), is no place where the page writes it again, though GeoNames gives the letters
    as a place's name (an airport's code)."""
    places = PlaceNames(lambda name: fold(name) in {"turku", "tampere", "aarhus", "ubc", "zmb"})
    found = read_places(lines, places)
    assert found is not None
    assert [e.city for e in found.entries] == ["Turku", "Tampere", "Aarhus"]
    assert pf.defined_abbreviations(["Rio de Janeiro (RJ)", "Helsinki Commission (HELCOM)"]) == (
        frozenset()
    )  # two letters: a state's code; letters that are no initials


def test_a_town_in_another_script_under_its_country_s_heading_sounds_like_it() -> None:
    """Towns one a line under their country's heading, in another script than Latin and
    lacking in the gazetteer ('Πορτογαλία' over 'Σεζίμπρα'; 'Германия' over 'Бад-Кётцтинг'):
    the places of that country that sound like them. A name in Latin letters under a
    heading is left alone: it may be a person's."""
    from tests.test_gazetteer import SOUNDING

    places = PlaceNames(SOUNDING.knows, (), None, SOUNDING.sounding)
    greek = ["Πορτογαλία", "Σεζίμπρα", "", "Ιρλανδία", "Μπούντοραν", "", "Γερμανία", "Κέτστινγκ"]
    russian = ["Португалия", "Сезимбра", "", "Германия", "Бад-Кётцтинг", "", "Венгрия", "Кёсег"]
    for lines, cities in (
        (greek, ["Sesimbra", "Bundoran", "Kötzting"]),
        (russian, ["Sesimbra", "Kötzting", "Kőszeg"]),
    ):
        found = read_places(lines, places)
        assert found is not None
        assert [e.city for e in found.entries] == cities
    latin = ["Portugal", "Sezimbra", "", "Irland", "Bandoran", "", "Ungarn", "Keseg"]
    assert read_places(latin, places) is None


def test_a_surname_after_a_given_name_s_initial_is_no_place() -> None:
    """A signer's name written with the initial of the given name ('J. Kampen', 'M.
    Halle', 'S. Lyon'), in a signature block's line or after its body: the surname is no
    place, nor a place's case form ('Kampen' is no 'Kampi'); a place after a district's
    initials or beside one keeps its name ('Bogotá D.C.')."""
    known = PlaceNames(lambda name: fold(name) in KNOWN | {"kampen", "kampi", "bogota"})
    assert [f.name for f in find_places("J. Kampen, burgemeester", known, frozenset())] == []
    assert names("Dr. M. Halle, Oberbürgermeister") == []
    assert names("S. Lyon, adjointe au maire de Nantes") == ["Nantes"]
    assert [f.name for f in find_places("Bogotá D.C.", known, frozenset())] == ["Bogotá"]


def test_a_street_and_its_number_without_a_postcode_make_an_address() -> None:
    """A letterhead's or footer's address without a postcode: a street's word, abbreviated
    or whole, its name and its number ('ul. Długa nr 5', 'Via Garibaldi n. 8', 'nám. Míru
    č. 1'), or a number's word before the number; not a place with a figure after it, nor
    a saint's abbreviation ('St. Gallen 2019')."""
    for line in (
        "ul. Długa nr 5, Kraków · www.zmp.example.pl · biuro@zmp.example.pl",
        "Via Garibaldi n. 8, Torino · info@rete.example.it",
        "nám. Míru č. 1, Praha",
        "Strada Unirii 14, Craiova",
    ):
        assert is_address(line), line
    for line in (
        "St. Gallen 2019",
        "Aachen, 249,270 inhabitants",
        "Mayor of Lyon, no. 3 on the list",
    ):
        assert not is_address(line), line
    page = ["Sygnatariusze:", "", "Kraków", "Lublin", "Gdańsk", "Poznań", "",
            "ul. Długa nr 5, Kraków · www.zmp.example.pl"]  # fmt: skip
    known = PlaceNames(lambda name: fold(name) in {"krakow", "lublin", "gdansk", "poznan", "dluga"})
    found = read_member_list(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Kraków", "Lublin", "Gdańsk", "Poznań"]


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["Innlandet Hamar kommune – ordfører Eva Holm",
          "Vestland Voss kommune – ordfører Per Dahl",
          "Nordland Bodø kommune – ordfører Kari Lie", "Rogaland Sola kommune – ordfører Ola Berg"],
         ["Hamar", "Voss", "Bodø", "Sola"]),
        (["Lancashire Preston City Council – Mayor Anne Hill",
          "Derbyshire Derby City Council – Mayor John Reed",
          "Merseyside Wirral Council – Mayor Sue Park",
          "Cambridgeshire Ely City Council – Mayor Tom Lowe"],
         ["Preston", "Derby", "Wirral", "Ely"]),
    ],
)  # fmt: skip
def test_of_a_region_and_a_town_before_a_bodys_form_the_town_is_the_entry(
    lines: list[str], cities: list[str]
) -> None:
    """'Innlandet Hamar kommune', 'Lancashire Preston City Council': the form after the
    town names its body; the county before it, a longer known name, is where it is."""
    regions = {"innlandet", "vestland", "nordland", "rogaland", "lancashire", "derbyshire",
               "merseyside", "cambridgeshire"}  # fmt: skip
    known = PlaceNames(lambda name: fold(name) in regions | {fold(c) for c in cities})
    found = read_places(["Medlemmer:", "", *lines, "", "."], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["Cyprus", "Nicosia Turkish Municipality  |  Kyrenia Municipality", "",
          "Greece", "Xanthi Municipality  |  Komotini Municipality"],
         ["Nicosia", "Kyrenia", "Xanthi", "Komotini"]),
        (["Xanthi Türkische Gemeinde – Vorsitz Eda Koc",
          "Iasmos Türkische Gemeinde – Vorsitz Ali Kaya",
          "Komotini Türkische Gemeinde – Vorsitz Can Oz"],
         ["Xanthi", "Iasmos", "Komotini"]),
    ],
)  # fmt: skip
def test_a_peoples_adjective_after_a_town_before_a_bodys_form_is_no_town(
    lines: list[str], cities: list[str]
) -> None:
    """'Nicosia Turkish Municipality': the word before the form is the people whose body it
    is (the adjective of Turkey), not a town of that name; the town is the one before."""
    known = PlaceNames(
        lambda name: fold(name) in {"turkish", "turkische"} | {fold(c) for c in cities}
    )
    found = read_places(["Members:", "", *lines, "", "."], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        (
            "Porozumienie podpisali w środę w Nowym Sączu prezydent Krakowa Jan Nowak, "
            "prezydent Tarnowa Anna Kowalska i prezydent Rzeszowa Marek Lublin.",
            ["Krakow", "Tarnow", "Rzeszow"],
        ),
        (
            "The pact was signed in Brussels by the Mayor of Lyon Anna Nantes, the Mayor of "
            "Porto Rui Braga and the Mayor of Gent Tom Brugge.",
            ["Lyon", "Porto", "Gent"],
        ),
    ],
)
def test_a_signed_sentence_s_roles_name_the_signatories_not_the_venue_or_their_names(
    sentence: str, cities: list[str]
) -> None:
    """Where roles name the places that signed, the place the sentence says it was signed
    in is the venue, and a capitalised word right after a role's place, however it reads
    as a place, is the signer's name (a surname 'Lublin', 'Braga')."""
    towns = "krakow tarnow rzeszow nowy sacz lublin brussels lyon nantes porto braga gent brugge"
    known = PlaceNames(lambda name: fold(name) in towns.split())
    found = pf.read_signed_sentence(["News", "", sentence, ""], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (  # Russian
            ["Подписали:", "", "ПОРТУГАЛИЯ", "Сезимбра", "Синиш", "ИРЛАНДИЯ", "Бандоран",
             "ВЕНГРИЯ", "Кёсег", "ШВЕЦИЯ", "Норрчёпинг"],
            ["Sesimbra", "Sines", "Bundoran", "Kőszeg", "Norrköping"],
        ),
        (  # Bulgarian
            ["Подписаха:", "", "ПОРТУГАЛИЯ", "Сезимбра", "Синеш", "ИРЛАНДИЯ", "Бъндорън",
             "УНГАРИЯ", "Кьосег", "ШВЕЦИЯ", "Норшьопинг"],
            ["Sesimbra", "Sines", "Bundoran", "Kőszeg", "Norrköping"],
        ),
    ],
)  # fmt: skip
def test_towns_in_another_script_under_their_countrys_heading_sound_like_its_places(
    lines: list[str], cities: list[str]
) -> None:
    """A list of towns under country headings, in a script the gazetteer has no names in
    for them: each is the place of its heading's country that sounds like it."""
    from tests.test_gazetteer import SOUNDING

    places = PlaceNames(SOUNDING.knows, (), None, SOUNDING.sounding)
    found = read_member_list(lines, places)
    assert found is not None
    assert [e.city for e in found.entries] == cities


_NORR = "Umeå Luleå Piteå Skellefteå Kiruna Boden Gällivare Sundsvall Östersund Arjeplog".split()
_NORR += ["Härnösand", "Sollefteå"]


_SYD = ["Lund", "Malmö", "Ystad"]


_BAYERN = ["Erlangen", "Würzburg", "Bamberg"]


_NRW = "Aachen Bielefeld Bochum Dortmund Düsseldorf Gelsenkirchen Mönchengladbach Solingen".split()


def _long_item_page(heading: str, groups: list[tuple[str, list[str]]], form: str) -> list[str]:
    page = [heading, ""]
    for group, places in groups:
        page += [group, " · ".join(form.format(p) for p in places), ""]
    return page


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            _long_item_page(
                "Medlemskommuner",
                [("Region Norr (12)", _NORR), ("Region Syd (3)", _SYD)],
                "{} kommun",
            ),
            [*_NORR, *_SYD],
        ),
        (
            _long_item_page(
                "Mitgliedsstädte",
                [("Bayern (3)", _BAYERN), ("Nordrhein-Westfalen (8)", _NRW)],
                "Stadtverwaltung {}",
            ),
            [*_BAYERN, *_NRW],
        ),
    ],
)
def test_a_long_line_of_names_parted_by_middle_dots_is_a_line_of_the_list_not_prose(
    page: list[str], expected: list[str]
) -> None:
    """A line of many names parted by middle dots, longer than an entry's line may be, under
    its group's heading, in Swedish and German: a line of the list (each item a name's
    length, no sentence's stop at its end), not a paragraph of prose that ends the list."""
    assert max(len(line) for line in page) > 200
    known = PlaceNames(lambda name: name in expected)
    found = read_member_list(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("Hole Kommune", {"hole", "hol kommun"}, ["Hole"]),
        ("Forde Municipality", {"forde", "ford municipality"}, ["Forde"]),
    ],
)  # fmt: skip
def test_a_place_before_its_body_s_form_is_no_declined_name_of_two_words(
    text: str, known: set[str], expected: list[str]
) -> None:
    """A place named with its body's form word after it ('Hole Kommune' in Norwegian,
    'Forde Municipality' in English) is that place, not an adjective and a noun in a case
    form of another two-word name the gazetteer has ('Hol Kommun')."""
    places = PlaceNames(lambda name: fold(name) in known)
    assert [f.name for f in find_places(text, places, frozenset())] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            ["Medlemmer", "", "Nordjylland", "Aalborg Kommune, Hjørring Kommune", "",
             "Midtjylland", "Aarhus Kommune, Herning Kommune, Viborg Kommune", "",
             "Syddanmark", "Odense Kommune, Vejle Kommune"],
            ["Aalborg", "Hjørring", "Aarhus", "Herning", "Viborg", "Odense", "Vejle"],
        ),
        (
            ["Members", "", "Yorkshire", "Leeds City Council, Bradford Council", "",
             "North West", "Bolton Council, Wigan Council, Oldham Council", "",
             "Midlands", "Derby City Council, Coventry City Council"],
            ["Leeds", "Bradford", "Bolton", "Wigan", "Oldham", "Derby", "Coventry"],
        ),
    ],
)  # fmt: skip
def test_names_a_comma_parts_each_with_its_body_s_form_after_it_are_each_an_entry(
    page: list[str], expected: list[str]
) -> None:
    """Lines of several bodies a comma parts, each a place and its body's form ('Aarhus
    Kommune, Herning Kommune' in Danish, 'Leeds City Council, Bradford Council' in
    English), under their groups' headings: each body is an entry, not only the first."""
    found = read_member_list(page, PlaceNames(lambda name: name in expected))
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("line", "known", "expected"),
    [
        (
            "Municipios: Ciudad Santo Domingo Este, Santiago",
            {"Ciudad Santo Domingo", "Santo Domingo Este", "Este", "Santiago"},
            ["Santo Domingo Este", "Santiago"],
        ),
        (
            "Member councils: City Cebu North, Iloilo",
            {"City Cebu", "Cebu North", "North", "Iloilo"},
            ["Cebu North", "Iloilo"],
        ),
    ],
)
def test_a_compass_word_that_ends_a_place_s_name_is_no_place_of_its_own(
    line: str, known: set[str], expected: list[str]
) -> None:
    """In Spanish and English, a place's name that ends in a compass word ('Santo Domingo
    Este', 'Cebu North') after a form word that the gazetteer also knows with the next
    word ('Ciudad Santo Domingo'): the run that takes the compass word is the place, not
    the shorter one and a place named 'Este' or 'North' after it."""
    places = PlaceNames(lambda name: name in known)
    assert [f.name for f in find_places(line, places, frozenset())] == expected


@pytest.mark.parametrize(
    ("rows", "cities"),
    [
        (["Sachsen\tStadt – Landeshauptstadt Dresden\t556 000", "Bayern\tStadt Erlangen\t116 000",
          "Brandenburg\tStadt Potsdam\t183 000", "Hessen\tStadt Frankfurt am Main\t773 000"],
         ["Dresden", "Erlangen", "Potsdam", "Frankfurt am Main"]),
        (["Jihomoravský\tObec – Město Brno\t380 000", "Moravskoslezský\tMěsto Ostrava\t280 000",
          "Olomoucký\tMěsto Olomouc\t100 000", "Hlavní\tMěsto Praha\t1 300 000"],
         ["Brno", "Ostrava", "Olomouc", "Praha"]),
    ],
)  # fmt: skip
def test_a_body_s_form_before_a_dash_is_no_field_of_its_own(
    rows: list[str], cities: list[str]
) -> None:
    """A town's official name with two forms parted by a dash ('Stadt – Landeshauptstadt
    Dresden', 'Obec – Město Brno', as Polish writes 'Gmina - Miasto Płock'): the
    first form is no field of its own, so the place stands in the column the other rows
    name theirs in."""
    places = PlaceNames(lambda name: fold(name) in KNOWN | {"dresden", "ostrava", "olomouc"})
    found = read_places(rows, places)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("rows", "cities"),
    [
        (["Χώρα\tΠόλη\tΜέλος από", "Γερμανία\tΚέτστινγκ\t1991", "Πορτογαλία\tΣεζίμπρα\t1991",
          "Ιρλανδία\tΜπούντοραν\t1991", "Ουγγαρία\tΚέσεγκ\t2004"],
         ["Kötzting", "Sesimbra", "Bundoran", "Kőszeg"]),
        (["Страна\tГород\tЧлен с", "Португалия\tСезимбра\t1991", "Германия\tБад-Кётцтинг\t1991",
          "Ирландия\tБандоран\t1991", "Венгрия\tКёсег\t2004"],
         ["Sesimbra", "Kötzting", "Bundoran", "Kőszeg"]),
    ],
)  # fmt: skip
def test_a_table_read_by_its_structure_still_sounds_out_towns_in_another_script(
    rows: list[str], cities: list[str]
) -> None:
    """A table whose first column names each row's country, read by its structure alone
    (no gazetteer asked for a list that gives every country): a town in another script
    the gazetteer lacks is still the place of that country that sounds like it."""
    from tests.test_gazetteer import SOUNDING

    places = PlaceNames(SOUNDING.knows, (), None, SOUNDING.sounding)
    found = read_member_list(rows, places, structure_only=PlaceNames())
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    "office",
    [
        "Secrétariat : Hôtel de Ville, place de la Comédie, Lyon",
        "Geschäftsstelle: Rathaus, Markt, Bonn",
        "Sekretariat: Jl. Ahmad Yani, Graz",
    ],
)
def test_the_network_s_office_labelled_so_is_no_entry(office: str) -> None:
    """A line labelled as the network's secretariat or office gives where it sits, with or
    without a street's number: no signatory, though it names a town."""
    assert is_address(office)
    page = ["Members:", "", "Nantes (FR)", "Graz (AT)", "Lille (FR)", "", office]
    found = read_member_list(page, PLACES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Nantes", "Graz", "Lille"]


def test_a_glued_form_is_read_where_the_gazetteer_writes_it_apart() -> None:
    """'수원시' where the gazetteer has '수원 시' (GeoNames writes some Korean names with a
    space before their form; Chinese characters fold to the same key either way): the name
    as the gazetteer writes it, glued to a title too ('청주시장'); none where neither reads
    a place."""
    spaced = PlaceNames(lambda name: name in {"수원 시", "청주 시"})
    assert formed_place("수원시", spaced) == "수원 시"
    assert titled_place("청주시장", spaced) == "청주 시"
    assert formed_place("전주시", spaced) is None


def test_a_governor_s_title_glued_after_a_prefecture_or_province_names_that_body() -> None:
    """'静岡県知事' (Shizuoka prefecture's governor), '경기도지사' (Gyeonggi province's) among
    mayors' lines: the prefecture and the province, each a body of its kind, not the
    capital town its name without the form reads ('静岡', '경기')."""
    known = PlaceNames(lambda name: name in {"静岡", "横浜", "川崎", "相模原", "경기", "수원"})
    assert titled_place("静岡県知事", known) == "静岡県"
    assert titled_place("경기도지사", known) == "경기도"
    assert titled_place("横浜市長", known) == "横浜"
    page = (
        "署名者\n\n横浜市長　山田 太郎\n静岡県知事　鈴木 花子\n川崎市長　田中 一郎\n"
        "相模原市長　森 二郎\n"
    )
    found = read_places(page.split("\n"), known)
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries][1] == ("静岡県", "region")


def test_a_municipality_named_for_two_places_joined_by_a_hyphen_is_its_first_known() -> None:
    """'Upplands-Bro kommun', 'Nord-Aurdal kommune', 'Ikast-Brande Kommune': a municipality
    named for two places (or a place and a word before it) joined by a hyphen, a name no
    place has, before its form or the list's frame word: the first part that is a place.
    Not a hyphened word
    without a form after it ('Jean-Pierre Lind', a person)."""
    known = {"bro", "aurdal", "ikast", "brande", "jean", "lind"}
    joined = PlaceNames(lambda name: fold(name) in known)
    framed = find_places("Upplands-Bro kommun", joined, frozenset(), frozenset({"kommun"}))
    assert [f.name for f in framed] == ["Bro"]  # 'kommun', the list's frame
    assert [f.name for f in find_places("Nord-Aurdal kommune", joined, frozenset())] == ["Aurdal"]
    assert [f.name for f in find_places("Ikast-Brande Kommune", joined, frozenset())] == ["Ikast"]
    assert [f.name for f in find_places("Jean-Pierre Lind", joined, frozenset())] != ["Jean"]


@pytest.mark.parametrize(
    ("name", "place"),
    [("Końskich", "Końskie"), ("Tarnowskich Gór", "Tarnowskie Góry"),
     ("Великих Лук", "Великие Луки"), ("Набережных Челнов", "Набережные Челны"),
     ("Великих Мостів", "Великі Мости")],
)  # fmt: skip
def test_a_plural_adjective_s_genitive_is_its_place(name: str, place: str) -> None:
    """A place named by an adjective in the plural, alone or with a noun, takes -ich/-ych
    (-их/-ых) in the genitive ('burmistrz Końskich', 'глава Великих Лук', 'мер Великих
    Мостів'): the place in -ie/-e (-ие/-ые/-і), written in its own letters."""
    known = PlaceNames(lambda n: fold(n) == fold(place))
    assert nominative(name, known) == place


@pytest.mark.parametrize(
    ("word", "place"),
    [("Hangon", "Hanko"), ("Kotkan", "Kotka"), ("Lappeenrannan", "Lappeenranta"),
     ("Kannuksen", "Kannus"), ("Limingan", "Liminka"), ("Valkeakosken", "Valkeakoski")],
)  # fmt: skip
def test_a_finnish_genitive_with_consonant_gradation_is_its_place(word: str, place: str) -> None:
    """Finnish weakens a name's last consonants before the genitive's -n ('Hanko' Hangon,
    'Lappeenranta' Lappeenrannan) and adds -kse- to a name in -s ('Kannus' Kannuksen): the
    strong form the gazetteer has, before a shorter namesake the cut word is ('Liming')."""
    known = PlaceNames(lambda n: fold(n) in {fold(place), "liming", "hang", "kannuk"})
    assert inflected_place(word, known) == place


@pytest.mark.parametrize(
    ("name", "place"),
    [("Heřmanova Městce", "Heřmanův Městec"), ("Havlíčkově Brodě", "Havlíčkův Brod"),
     ("Bielska-Białej", "Bielsko-Biała"), ("Kędzierzyna-Koźla", "Kędzierzyn-Koźle"),
     ("Петропавловска-Камчатского", "Петропавловск-Камчатский")],
)  # fmt: skip
def test_a_possessive_or_hyphened_adjective_in_a_case_form_is_its_place(
    name: str, place: str
) -> None:
    """A Czech possessive adjective in a town's name declines as an adjective ('Heřmanův
    Městec', 'města Heřmanova Městce', 'v Havlíčkově Brodě'), as does an adjective joined to
    a noun by a hyphen (Polish 'Bielska-Białej', Russian 'Петропавловска-Камчатского'):
    each word is read back to its nominative."""
    known = PlaceNames(lambda n: fold(n) == fold(place))
    assert nominative(name, known) == place


def test_a_government_s_office_glued_after_its_place_names_that_place() -> None:
    """A town's or county's government named by its office glued after the place's formed
    name, in a script without spaces: Chinese '政府' ('彰化縣政府', the county's government,
    '嘉義市政府'), '人民政府', Japanese '役所', '役場', Korean '청' ('춘천시청'): the place,
    a county as the county; no place for an office after no place's name."""
    known = PlaceNames(lambda name: name in {"嘉義市", "彰化", "춘천시", "金沢市", "苏州市"})
    assert formed_place("嘉義市政府", known) == "嘉義市"
    assert formed_place("彰化縣政府", known) == "彰化縣"
    assert formed_place("苏州市人民政府", known) == "苏州市"
    assert formed_place("金沢市役所", known) == "金沢市"
    assert formed_place("춘천시청", known) == "춘천시"
    assert formed_place("경찰청", known) is None
    assert formed_place("中央政府", known) is None


def test_signature_blocks_of_glued_governments_over_their_heads_titles_are_read() -> None:
    """Signature blocks of a body named by its government's office glued after it
    ('嘉義市政府') over its head's title and name ('市長　王大明'): one place a block."""
    page = "共同聲明\n\n簽署單位：\n\n嘉義市政府\n市長　王大明\n\n彰化縣政府\n縣長　李小華\n\n"
    page += "苏州市人民政府\n市长　陈志明\n"
    known = PlaceNames(lambda name: name in {"嘉義市", "彰化", "苏州市"})
    found = read_member_list(page.split("\n"), known)
    assert found is not None
    assert [e.city for e in found.entries] == ["嘉義市", "彰化縣", "苏州市"]


def test_a_deputy_s_glued_title_names_no_place() -> None:
    """A deputy's title glued after its mark and a form alone ('副市长', deputy mayor,
    '副省長', Korean '부시장', '부군수') is a title, though the gazetteer knows a place
    spelt as the mark and the form ('副市', '부시'); a town's title still names its town."""
    known = PlaceNames(lambda name: name in {"副市", "副省", "부시", "부군", "南通市", "부천시"})
    for word in ("副市长", "副省長", "부시장", "부군수"):
        assert titled_place(word, known) is None
    assert titled_place("南通市长", known) == "南通市"
    assert titled_place("부천시장", known) == "부천시"


def test_signature_blocks_with_a_labelled_deputy_under_each_government_are_read() -> None:
    """Blocks of a body glued to its office ('无锡市人民政府', '松本市役所') over a
    labelled line of its signer's deputy title ('代表：副市长 王小明'): one place a block,
    a province's own government ('江西省人民政府') the province."""
    known = PlaceNames(lambda name: name in {"无锡市", "扬州市", "南昌市", "副市", "副省", "人民"})
    page = "联合倡议\n\n签署单位：\n\n无锡市人民政府\n代表：副市长 王小明\n\n"
    page += "扬州市人民政府\n代表：市长 李大伟\n\n南昌市人民政府\n代表：副市长 赵丽\n\n"
    page += "江西省人民政府\n代表：副省长 孙强\n"
    found = read_member_list(page.split("\n"), known)
    assert found is not None
    assert [e.city for e in found.entries] == ["无锡市", "扬州市", "南昌市", "江西省"]


def test_a_region_s_own_glued_government_names_the_region() -> None:
    """A province's or prefecture's government glued after its name ('湖南省人民政府',
    '福井県庁') names the region, not a town the office's words spell ('人民')."""
    known = PlaceNames(lambda name: name in {"人民"})
    assert formed_place("湖南省人民政府", known) == "湖南省"
    assert formed_place("四川省政府", known) == "四川省"
    assert formed_place("福井県庁", known) == "福井県"


def test_a_special_glued_form_is_read_as_the_plain_one_the_gazetteer_has() -> None:
    """'창원특례시' (a special city), '부산광역시' (a metropolitan one), '宇都宮市' read where
    the gazetteer has the name with its plain form ('창원시') or none ('부산'): the form is
    no part of the name, as '수원특례시장' reads '수원'; none where no form of it is a place."""
    known = PlaceNames(lambda name: name in {"창원시", "부산", "宇都宮"})
    assert formed_place("창원특례시", known) == "창원시"
    assert formed_place("부산광역시", known) == "부산"
    assert formed_place("宇都宮市", known) == "宇都宮"
    assert formed_place("고양특례시", known) is None


def _assert_reads_its_towns(pages: list[str], towns: set[str], namesakes: set[str]) -> None:
    """Each page reads as the towns it names, in its order: not their regions' or
    provinces' names, though the gazetteer knows them as places too (`namesakes`)."""
    known = PlaceNames(lambda name: fold(name) in towns | namesakes)
    for page in pages:
        found = read_places(page.split("\n"), known)
        assert found is not None
        assert [fold(e.city) for e in found.entries] == sorted(
            (t for t in towns if t in fold(page)), key=fold(page).index
        )


def test_a_region_s_body_over_its_towns_is_a_heading_whatever_its_namesakes_abroad() -> None:
    """'Regione Puglia' over 'Comune di Bari': a region of the list's one country heads
    its towns, though a town elsewhere bears its name (a gazetteer says 'Puglia' is a
    place); none of the list's entries."""
    pages = [
        "Comuni aderenti\n\nRegione Puglia\nComune di Bari\nSindaco: Anna Rossi\n"
        "Comune di Lecce\nSindaco: Marco Neri\n\nRegione Molise\nComune di Isernia\n"
        "Sindaco: Luca Bianchi\nComune di Termoli\nSindaco: Sara Verdi\n\n"
        "Regione Calabria\nComune di Cosenza\nSindaco: Paolo Russo\n",
        "Member municipalities\n\nProvince of Limpopo\nCity of Polokwane\nMayor: Jane Mokoena\n"
        "Town of Musina\nMayor: Peter Ndlovu\n\nProvince of Gauteng\nCity of Tshwane\n"
        "Mayor: Mary Dube\nCity of Ekurhuleni\nMayor: John Khumalo\n\n"
        "Province of Mpumalanga\nCity of Mbombela\nMayor: Ann Sithole\n",
    ]
    towns = {"bari", "lecce", "isernia", "termoli", "cosenza", "polokwane", "musina"}
    towns |= {"tshwane", "ekurhuleni", "mbombela"}
    namesakes = {"puglia", "molise", "calabria", "limpopo", "gauteng", "mpumalanga"}
    _assert_reads_its_towns(pages, towns, namesakes)


def test_a_mark_glued_after_an_uncased_item_is_no_part_of_its_name() -> None:
    """'相模原市(新規)': a bracket the page explains ('(新規)は新しい会員'), glued to an item
    in a script without capitals, marks the place; the place is the name before it."""
    pages = [
        "会員都市\n\n※(新規)は今年加盟した都市です。\n\n"
        "神奈川県\n横浜市 · 川崎市 · 相模原市(新規)\n\n静岡県\n静岡市 · 浜松市(新規)\n",
        "成员城市\n\n※（新）为今年新加入的城市。\n\n浙江省\n杭州市 · 宁波市 · 温州市（新）\n\n"
        "江苏省\n南京市 · 苏州市（新）\n",
    ]
    known = {"横浜市", "川崎市", "相模原市", "静岡市", "浜松市", "杭州市", "宁波市", "温州市"}
    known |= {"南京市", "苏州市"}
    is_place = PlaceNames(lambda name: name in known)
    for page in pages:
        found = read_places(page.split("\n"), is_place)
        assert found is not None
        assert [e.city for e in found.entries] == sorted(
            (t for t in known if t in page), key=page.index
        )


def test_a_country_after_a_preposition_of_place_in_a_sentence_s_list_is_where() -> None:
    """'..., in Kenya; ..., in Tanzania' ('en Colombia', 'au Cameroun'): the country after
    a preposition of place says where the places before it are, though a town bears its
    name (Kenya, Colombia, Cameroun are towns somewhere too): no place of the list."""
    known = {"nakuru", "eldoret", "kisumu", "kenya", "arusha", "mwanza", "tanzania",
             "pasto", "neiva", "colombia", "douala", "garoua", "cameroun", "ibague"}  # fmt: skip
    places = PlaceNames(lambda name: fold(name) in known)
    pages = [
        "The assembly admitted new members: the councils of Nakuru, Eldoret and Kisumu, in "
        "Kenya; the cities of Arusha and Mwanza, in Tanzania.\n",
        "La asamblea admitió a los municipios de Pasto, Neiva e Ibagué, en Colombia; y a "
        "las comunas de Douala y Garoua, au Cameroun.\n",
    ]
    for page in pages:
        found = read_places(page.split("\n"), places)
        assert found is not None
        assert not {"Kenya", "Tanzania", "Colombia", "Cameroun"} & {e.city for e in found.entries}
        assert len(found.entries) == 5


def test_a_body_named_for_its_municipality_with_its_seat_in_a_town_is_that_town() -> None:
    """'the council of Santa Cruz, with its seat in Tabor', 'el municipio de San Juan, con
    sede en Tarma', 'le conseil de Saint-Pierre, avec siège à Lomé': the body's municipality
    bears another name than the town its seat is in; the seat is the place signing."""
    known = {"arusha", "mwanza", "moshi", "dodoma", "tabor", "santa cruz", "pasto", "neiva",
             "tunja", "tarma", "san juan"}  # fmt: skip
    places = PlaceNames(lambda name: fold(name) in known)
    pages = [
        "The assembly admitted the cities of Arusha, Mwanza, Moshi and Dodoma and the council "
        "of Santa Cruz, with its seat in Tabor.\n",
        "La asamblea admitió a los municipios de Pasto, Neiva, Tunja y de San Juan, con sede "
        "en Tarma, y a la ciudad de Arusha.\n",
    ]
    expected = (["Arusha", "Mwanza", "Moshi", "Dodoma", "Tabor"],
                ["Pasto", "Neiva", "Tunja", "Tarma", "Arusha"])  # fmt: skip
    for page, towns in zip(pages, expected, strict=True):
        found = read_places(page.split("\n"), places)
        assert found is not None
        assert [e.city for e in found.entries] == towns


# Places of Iran and Israel in their own scripts; 'دولت' (state) and 'כל' (all) are among
# the words a gazetteer knows as places too.
_UNCASED_KNOWN = {
    "تهران", "شیراز", "اصفهان", "تبریز", "مشهد", "دولت", "חיפה", "באר שבע", "אילת",
    "נתניה", "כל", "טבריה", "ירוחם", "נצרת",
}  # fmt: skip
UNCASED = PlaceNames(lambda name: name in _UNCASED_KNOWN)


def test_a_sentence_in_a_script_without_capitals_lists_its_places() -> None:
    persian = "بیانیه را شهرداران شهرهای تهران، شیراز، اصفهان و تبریز امضا کردند و فرستادند."
    found = read_places(["عنوان", "", persian], UNCASED)
    assert found is not None
    assert [e.city for e in found.entries] == ["تهران", "شیراز", "اصفهان", "تبریز"]
    hebrew = "על ההצהרה חתמו ראשי הערים חיפה, באר שבע, אילת ונתניה, ביום שלישי בשבוע שעבר."
    found = read_places(["כותרת", "", hebrew], UNCASED)
    assert found is not None
    assert [e.city for e in found.entries] == ["חיפה", "באר שבע", "אילת", "נתניה"]


def test_a_few_places_each_with_its_country_in_a_sentence_without_capitals_are_a_list() -> None:
    hebrew = "לרשת הצטרפו העיר טבריה (ישראל), העיר ירוחם (ישראל) והעיר נצרת (ישראל), כך נמסר היום."
    found = read_places(["כותרת", "", hebrew], UNCASED)
    assert found is not None
    assert [(e.city, e.codes) for e in found.entries] == [
        ("טבריה", ("IL",)), ("ירוחם", ("IL",)), ("נצרת", ("IL",))
    ]  # fmt: skip


def test_a_union_of_municipalities_a_sentence_names_after_its_places() -> None:
    """'..., إلى جانب رئيس اتحاد بلديات الشوف السويجاني الذي ...': a union of municipalities
    named in prose after the list's towns, its name up to a relative pronoun, no gazetteer
    knowing it and a word of the prose after it a place ('الأعضاء'): an item of the run."""
    known = PlaceNames(lambda name: name in {"عاليه", "بعبدا", "الدامور", "الأعضاء"})
    arabic = (
        "وقّع البيان رؤساء بلديات عاليه وبعبدا والدامور، إلى جانب رئيس اتحاد بلديات "
        "الشوف السويجاني الذي وقّع باسم البلديات الأعضاء."
    )
    found = read_places(["عنوان", "", arabic], known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "عاليه", "بعبدا", "الدامور", "اتحاد بلديات الشوف السويجاني"
    ]  # fmt: skip


def test_each_part_of_a_sentence_without_capitals_may_start_with_and_glued_to_its_place() -> None:
    """'..., וטבריה ונצרת (ישראל), ועקבה ..': each part after a comma starts with the glued
    'and' before its first place, after a plural body word ('ראשי עיריות', 'شهرداری های')
    before the first: every place of every part is the list's, with the country in the
    bracket that closes its group ('חיפה ונתניה (ישראל)')."""
    known = PlaceNames(
        lambda name: name in {"חיפה", "נתניה", "טבריה", "נצרת", "זרקא", "עקבה", "קהיר", "אסואן",
                              "هرات", "مزار شریف", "قندهار", "بصره", "موصل", "کربلا"}
    )  # fmt: skip
    hebrew = (
        "ועל ההצהרה חתמו ראשי עיריות חיפה ונתניה (ישראל), וטבריה ונצרת (ישראל), "
        "וזרקא ועקבה (ירדן), וקהיר ואסואן (מצרים)."
    )
    found = read_places(["כותרת", "", hebrew], known)
    assert found is not None
    assert [(e.city, e.codes) for e in found.entries] == [
        ("חיפה", ("IL",)), ("נתניה", ("IL",)), ("טבריה", ("IL",)), ("נצרת", ("IL",)),
        ("זרקא", ("JO",)), ("עקבה", ("JO",)), ("קהיר", ("EG",)), ("אסואן", ("EG",)),
    ]  # fmt: skip
    persian = (
        "وامضا کنندگان بیانیه شهرداری های هرات ومزار شریف (افغانستان)، وقندهار (افغانستان)، "
        "وبصره وموصل (عراق)، وکربلا (عراق)، در نشست سالانه."
    )
    found = read_places(["عنوان", "", persian], known)
    assert found is not None
    assert [(e.city, e.codes) for e in found.entries] == [
        ("هرات", ("AF",)), ("مزار شریف", ("AF",)), ("قندهار", ("AF",)),
        ("بصره", ("IQ",)), ("موصل", ("IQ",)), ("کربلا", ("IQ",)),
    ]  # fmt: skip


def test_prose_without_capitals_that_names_a_venue_or_a_host_is_no_list() -> None:
    persian = (
        "نشست سالانه شبکه در شهر مشهد برگزار شد و شهردار تهران میزبان مهمانان بود، "
        "و دولت از همه شرکت کنندگان در این نشست تشکر کرد."
    )
    assert read_places(["عنوان", "", persian], UNCASED) is None
    hebrew = "הכנס השנתי של הרשת נערך בחיפה, וכל ראשי הערים הוזמנו לסיור באילת בשבוע הבא."
    assert read_places(["כותרת", "", hebrew], UNCASED) is None


GREEK_PLACES = {
    fold(n) for n in ("Νέα Ιωνία", "Ιωνία", "Αγία Παρασκευή", "Παρασκευή", "Άγιος Νικόλαος")
}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Δήμος Νέας Ιωνίας\tΠεριφέρεια Αττικής\tΜέλος από: 2019", "Νέα Ιωνία"),
        ("Δήμος Αγίας Παρασκευής", "Αγία Παρασκευή"),
        ("Δήμος Αγίου Νικολάου, Κρήτη", "Αγίος Νικολάος"),
    ],
)
def test_a_greek_bodys_word_names_its_place_of_an_adjective_and_a_noun_in_the_genitive(
    text: str, place: str
) -> None:
    """'Δήμος' (municipality) takes its place's name in the genitive, an adjective's and a
    noun's ('Νέας Ιωνίας' Νέα Ιωνία, 'Αγίας Παρασκευής' Αγία Παρασκευή): the place the
    two words name, not the noun alone (Ιωνία, another place)."""
    known = PlaceNames(lambda name: fold(name) in GREEK_PLACES)
    assert fold(find_places(text, known, frozenset())[0].name) == fold(place)


def test_a_persian_list_grouped_by_country_across_its_sentences() -> None:
    """Running text that names its places by country, each group after 'from' and its
    country ('از ترکیه'), one or two groups a sentence: the groups of the sentences that
    follow each other are one list; a country's name of three words ('جمهوری اسلامی
    ایران'); 'Greater' after a name ('تهران بزرگ') is no part of it."""
    known = PlaceNames(
        lambda name: name in {"تبریز", "شیراز", "تهران", "ازمیر", "بورسا", "اربیل", "بصره"}
    )
    text = (
        "از جمهوری اسلامی ایران شهرداری‌های تبریز و شیراز و تهران بزرگ به شبکه پیوستند. "
        "از ترکیه شهرداری‌های ازمیر و بورسا، و از عراق شهرهای اربیل و بصره نیز عضو شدند."
    )
    found = read_member_list(["خبر", "", text, "", "."], known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "تبریز", "شیراز", "تهران", "ازمیر", "بورسا", "اربیل", "بصره",
    ]  # fmt: skip


def test_a_hebrew_place_whose_name_starts_with_the_letter_of_and() -> None:
    """A word that starts with the letter a gluing script writes 'and' with ('ו') is a
    place whole where it is one and no place stands before it to be joined: after a
    form's word ('והעיר ורדון'), as at the part's start."""
    known = PlaceNames(lambda name: name in {"ורדון", "רדון", "חיפה", "נתניה", "עכו"})
    text = "לרשת הצטרפו חיפה ועכו, והעיר ורדון ונתניה."
    found = read_member_list(["חדשות", "", text, "", "."], known)
    assert found is not None
    assert [e.city for e in found.entries] == ["חיפה", "עכו", "ורדון", "נתניה"]


def test_a_short_genitive_after_an_east_slavic_mayors_title() -> None:
    """'мэр Сум' (Russian: the mayor of Sumy, a plural name whose genitive has no ending),
    'мэр Оршы' (Belarusian: of Orsha): the title names its place in the genitive, so a
    word too short to read as a case form alone is read as one after it."""
    known = {fold(name) for name in ("Сумы", "Орша", "Москва")}
    places = PlaceNames(lambda name: fold(name) in known)
    assert [f.name for f in find_places("Иван Петров, мэр Сум", places, frozenset())] == ["Сумы"]
    found = find_places("Алесь Іваноў, мэр Оршы", places, frozenset())
    assert [f.name for f in found] == ["Орша"]
    assert [f.name for f in find_places("глава города Сум", places, frozenset())] == ["Сумы"]


def test_a_capitals_municipality_named_in_turkish_is_its_town() -> None:
    """'Bağdat Emaneti' (Turkish for Amanat Baghdad, Arabic 'أمانة بغداد'): a body's form
    after its town's name, as 'Erbil Belediyesi' is; not a person's given name and surname."""
    known = {fold(name) for name in ("Bağdat", "Amman", "Erbil")}
    places = PlaceNames(lambda name: fold(name) in known)
    for row, town in (("6\tBağdat Emaneti\tIrak\t2018", "Bağdat"), ("Amman Emaneti", "Amman"),
                      ("7\tErbil Belediyesi\tIrak\t2021", "Erbil")):  # fmt: skip
        assert [f.name for f in find_places(row, places, frozenset())] == [town]


GENITIVE_LISTS = [
    # Czech: a town's own title with no word for 'city' ('Starosta Písku'), an adjective and
    # its noun before the dash that parts the signer ('Starosta Nového Jičína – ...')
    (
        "Podepsali:\n\nPrimátor města Olomouce – Jan Novák\nPrimátor města Liberce – Petr Dvořák\n"
        "Starosta Písku – Karel Svoboda\nStarosta Nového Jičína – Eva Malá\n"
        "Primátor města Zlína – Jiří Černý\nPrimátor města Opavy – Tomáš Beneš\n",
        ["Olomouc", "Liberec", "Písek", "Nový Jičín", "Zlín", "Opava"],
    ),
    # Slovak: the same, the signer's name after a long dash, a vowel dropped ('Pezinka')
    (
        "Vyhlásenie podpísali:\n\nPrimátor mesta Trnavy — Peter Kováč\n"
        "Primátor mesta Nitry — Marek Hudec\nStarosta Pezinka — Ján Bartoš\n"
        "Primátorka Banskej Bystrice — Zuzana Malá\nPrimátor mesta Žiliny — Igor Choma\n"
        "Primátor mesta Prešova — Andrej Turek\n",
        ["Trnava", "Nitra", "Pezinok", "Banská Bystrica", "Žilina", "Prešov"],
    ),
]


@pytest.mark.parametrize(("page", "places"), GENITIVE_LISTS)
def test_a_genitive_list_keeps_a_line_whose_own_title_names_its_place(
    page: str, places: list[str]
) -> None:
    """In a list framed by 'Primátor města X' a town whose head has another title that
    takes the genitive ('Starosta Písku') is a signatory too: a role stands right before its
    place; and an adjective with its noun before a dash and the signer's name is one place
    in its case form ('Nového Jičína' Nový Jičín), not the noun's namesake alone."""
    towns = {fold(p) for p in places} | {"jicin", "bystrica"}
    known = PlaceNames(lambda name: fold(name) in towns)
    found = read_places(page.split("\n"), known)
    assert found is not None
    assert [fold(e.city) for e in found.entries] == [fold(p) for p in places]


@pytest.mark.parametrize(
    ("name", "place"),
    [("Hlavního Města Prahy", "Praha"), ("Hlavného Mesta Bratislavy", "Bratislava"),
     ("Statutárního Města Opavy", "Opava"), ("Horního Slavkova", "Horní Slavkov")],
)  # fmt: skip
def test_an_epithet_and_the_word_for_city_before_a_genitive_are_no_part_of_the_place(
    name: str, place: str
) -> None:
    """A town's formal name puts adjectives that begin no place's name ('capital', 'statutory')
    and the word for 'city' before its name, all in the genitive after a title ('Primátor
    Hlavního Města Prahy', Slovak 'Hlavného Mesta Bratislavy'): the place is the last word's
    nominative; a Czech soft adjective's genitive ('Horního' Horní) reads as one."""
    known = PlaceNames(
        lambda n: fold(n) == fold(place), known_prefix=lambda t: fold(place).startswith(fold(t))
    )
    assert nominative(name, known) == place


@pytest.mark.parametrize(
    ("word", "place", "namesake"),
    [("Frýdku-Místku", "Frýdek-Místek", "Frýdek"), ("Písku", "Písek", "Píski"),
     ("Pezinka", "Pezinok", "Pezink")],
)  # fmt: skip
def test_every_reading_of_a_declined_word_is_offered_to_be_weighed(
    word: str, place: str, namesake: str
) -> None:
    """Each part of a hyphened name declines ('Frýdku-Místku' Frýdek-Místek), and a vowel
    the case drops comes back ('Písku' Písek) though a namesake abroad reads the word
    otherwise ('Píski'): every reading is offered, for a caller that weighs them by the
    list's country."""
    known = PlaceNames(lambda n: fold(n) in {fold(place), fold(namesake)})
    assert place in inflected_readings(word, known)


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        (
            "Listino so podpisali mestni občini Ljubljana in Maribor ter hrvaško mesto "
            "Zagreb, ki se je mreži pridružilo lani.",
            ["Ljubljana", "Maribor", "Zagreb"],
        ),
        (
            "Pristop k mreži so podpisale občine Celje in Kranj in Koper.",
            ["Celje", "Kranj", "Koper"],
        ),
        (  # a venue after the list's last place stays out
            "The charter was signed by the Mayor of Lyon and the Mayor of Porto in Brussels.",
            ["Lyon", "Porto"],
        ),
    ],
)
def test_a_locative_that_is_also_an_and_joins_places_that_go_on_as_a_list(
    sentence: str, cities: list[str]
) -> None:
    """Slovenian 'in' and Dutch 'en' mean 'and' as well as 'in': between two places with
    another after them ('Ljubljana in Maribor ter ... Zagreb') they join a list's items;
    after its last place, 'in Brussels' still says where it was signed."""
    towns = "ljubljana maribor zagreb celje kranj koper lyon porto brussels"
    known = PlaceNames(lambda name: fold(name) in towns.split())
    found = pf.read_signed_sentence(["Novice", "", sentence, ""], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    "sentence",
    [
        "Bisher hat keine Stadt die Erklärung unterzeichnet, sagte Anna Weiss in Bonn.",
        "Jusqu'ici, Lille n'a pas signé la charte.",
        "Tartu ei ole hartat veel allkirjastanud.",
        "Hasta ahora Sevilla no ha firmado el manifiesto.",
        "So far Leeds has not signed the charter.",
    ],
)
def test_a_negated_signing_sentence_names_no_signatories(sentence: str) -> None:
    """A sentence that says a place, or none, has not signed names no signatory: the
    places before its negated word of signing are no list."""
    known = PlaceNames(lambda name: fold(name) in "bonn lille tartu sevilla leeds".split())
    assert pf.read_signed_sentence(["News", "", sentence, ""], known) is None


def test_a_text_too_long_for_a_sentence_is_not_searched_for_signing() -> None:
    """A page's text with no stop in 10,000 characters (a hostile page, a copy that lost its
    punctuation) is no sentence: its word of signing names no signatories, and it is not
    searched (1 MB of it took a quarter of a second)."""
    known = PlaceNames(lambda name: fold(name) in {"lille", "lyon"})
    short = "Signée par les maires de Lille et de Lyon, la charte est ouverte"
    found = pf.read_signed_sentence(["News", "", short + ".", ""], known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lille", "Lyon"]
    filler = " et la charte reste ouverte à toutes les communes" * 250
    assert len(short + filler) > pf.MAX_SIGNED_SENTENCE_CHARS
    assert pf.read_signed_sentence(["News", "", short + filler + ".", ""], known) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Nicht nur Bonn, sondern auch Köln hat die Erklärung unterzeichnet.",
        "No fewer than two cities, Leeds and York, have signed the charter.",
    ],
)
def test_not_only_and_no_fewer_than_are_no_negation_of_signing(sentence: str) -> None:
    """'not only X but also Y signed', 'no fewer than' count the signatories, not deny."""
    known = PlaceNames(lambda name: fold(name) in "bonn koln leeds york".split())
    assert pf.read_signed_sentence(["News", "", sentence, ""], known) is not None


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("Le réseau compte ainsi trois membres en France : Lyon, Lille et Nantes.", True),
        (
            "Damit hat das Netz in Deutschland drei Mitglieder: Bonn (2019), Aachen und Erlangen.",
            True,
        ),
        (
            "The network now has 3 member cities here, the City of Lyon (2019), Lille and Nantes.",
            True,
        ),
        ("Lyon, Lille y Nantes son hoy los tres miembros franceses de la red.", True),
        ("A rede conta agora com três membros alemães, Bonn, Aachen e Erlangen.", True),
        (
            "Offers of support from members such as Lyon, Lille and Nantes reached the region.",
            False,
        ),
        ("Le réseau compte deux membres en France, dont Lyon, Lille et Nantes ont parlé.", False),
    ],
)
def test_a_sentence_that_counts_the_members_it_names_is_a_list(
    sentence: str, members: bool
) -> None:
    # the count of members the sentence gives is the count of the places it names
    found = read_member_list(["News", "", sentence, ""], PLACES)
    assert (found is not None and len(found.entries) == 3) is members


CASED_BODY_PLACES = {
    fold(n)
    for n in ("Nový Jičín", "Jičín", "Velika Gorica", "Gorica", "Banská Bystrica", "Bystrica")
}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Starosta Města Nového Jičína – Petr Dvořák", "Nový Jičín"),
        ("Gradonačelnik Grada Velike Gorice – Marko Kovač", "Velika Gorica"),
        ("Primátor Mesta Banskej Bystrice: Ján Kováč", "Banská Bystrica"),
        ("Za Grad Veliku Goricu potpisao Marko Kovač", "Velika Gorica"),
    ],
)
def test_a_slavic_bodys_form_word_names_its_place_of_an_adjective_and_a_noun_in_case(
    text: str, place: str
) -> None:
    """A body's form word in a case ('Města', 'Grada', 'Mesta', a role's genitive) takes its
    place's name in the same case, an adjective's and a noun's ('Nového Jičína' Nový Jičín,
    'Velike Gorice' Velika Gorica): the place the two words name, not the noun alone nor
    the adjective's stem."""
    known = PlaceNames(lambda name: fold(name) in CASED_BODY_PLACES)
    assert [fold(f.name) for f in find_places(text, known, frozenset())] == [fold(place)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Nového Jičína a Olomouce", ["Nový Jičín", "Olomouc"]),
        ("Banskej Bystrice a Žiliny", ["Banská Bystrica", "Žilina"]),
    ],
)
def test_an_adjective_and_a_noun_in_case_before_a_short_and(text: str, places: list[str]) -> None:
    """An item of an adjective and a noun in a case form, before a short word in lower case
    and a capitalised word (Czech and Slovak 'a', which the reader's list of 'and's lacks
    as it is other words elsewhere), is the place the two name, not the noun alone."""
    towns = CASED_BODY_PLACES | {"olomouc", "zilina", "bystrice"}
    known = PlaceNames(
        lambda name: fold(name) in towns,
        known_prefix=lambda text: any(t.startswith(fold(text)) for t in towns),
    )
    found = find_places(text, known, frozenset())
    assert [fold(f.name) for f in found] == [fold(p) for p in places]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # Estonian: 'Name, Place linnapea' and 'Place linnapea Name'; Elva, a given name
            [
                "Pöördumisele kirjutasid alla:",
                "",
                "Elva Mets, Rakvere linnapea",
                "Urmas Klaas, Tartu linnapea",
                "Pärnu linnapea Romek Kosenkranius",
                "Narva linnapea Katri Raik",
                "Tõnis Paide, Viljandi vallavanem",
                "Kuressaare vallavanem Mikk Tuisk",
            ],
            ["Rakvere", "Tartu", "Pärnu", "Narva", "Viljandi", "Kuressaare"],
        ),
        (  # Hungarian, the family name first: 'Baja Ferenc' is a man, Baja a town
            [
                "Aláírók:",
                "",
                "Baja Ferenc, Szeged polgármestere",
                "Pécs polgármestere Péterffy Attila",
                "Eger polgármestere Mirkóczki Ádám",
                "Vác Tamás, Győr polgármestere",
                "Szolnok alpolgármestere Kiss Anna",
                "Sopron alpolgármestere Nagy Éva",
            ],
            ["Szeged", "Pécs", "Eger", "Győr", "Szolnok", "Sopron"],
        ),
        (  # Swedish, a dash between the name and the title after the place's s-genitive
            [
                "Uttalandet undertecknades av:",
                "",
                "Anna Ystad – Malmös kommunalråd",
                "Lunds kommunalråd Per Borg",
                "Karin Mora – Faluns kommunalråd",
                "Eslövs kommunalråd Erik Falk",
                "Sven Sala – Kirunas kommunalråd",
            ],
            ["Malmö", "Lund", "Falun", "Eslöv", "Kiruna"],
        ),
        (  # Lithuanian, a card's name and title joined by a middle dot, in either order
            [
                "Podpisali:",
                "",
                "Jonas Kaunas · Šiaulių meras",
                "Vilniaus meras · Ona Utena",
                "Petras Alytus · Panevėžio meras",
                "Klaipėdos meras · Rasa Birža",
            ],
            ["Šiauliai", "Vilnius", "Panevėžys", "Klaipėda"],
        ),
    ],
)
def test_a_place_before_the_title_most_lines_share_whatever_field_it_is_in(
    lines: list[str], expected: list[str]
) -> None:
    """Lines of a signer and a title after their place's genitive, in two orders ('Name,
    Place title', 'Place title Name'): the place is the name right before the title the
    list's lines share, not a given or family name that names a place too, in whichever
    field it stands."""
    others = ["Elva", "Paide", "Baja", "Vác", "Ystad", "Mora", "Sala", "Kaunas", "Utena", "Alytus"]
    places = {fold(name) for name in [*expected, *others, "Birža"]}
    found = read_member_list(lines, PlaceNames(lambda name: fold(name) in places))
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "Liikmed:",
                "",
                "Tallinn, Harju maakond",
                "Tartu, Tartu maakond",
                "Pärnu, Pärnu maakond",
                "Kuressaare, Saare maakond",
            ],
            ["Tallinn", "Tartu", "Pärnu", "Kuressaare"],
        ),
        (
            [
                "Aláírók:",
                "",
                "Sopron, Győr-Moson-Sopron vármegye",
                "Veszprém, Veszprém vármegye",
                "Pécs, Baranya vármegye",
                "Eger, Heves vármegye",
            ],
            ["Sopron", "Veszprém", "Pécs", "Eger"],
        ),
    ],
)
def test_a_county_s_form_word_the_lines_share_is_no_title(
    lines: list[str], expected: list[str]
) -> None:
    """Lines of a town and its county, the county's form word ('maakond', 'vármegye') after
    each county's name: a body's form, no title after its place's genitive; the towns are
    the list."""
    regions = ["Harju", "Saare", "Baranya", "Heves", "Győr-Moson-Sopron"]
    places = {fold(name) for name in [*expected, *regions]}
    found = read_member_list(lines, PlaceNames(lambda name: fold(name) in places))
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3. Tartu linnapea Urmas Rakvere", ["Tartu"]),  # Estonian, numbered 'N.'
        ("12) Pécs polgármestere Szeged Péter", ["Pécs"]),  # Hungarian, numbered 'N)'
        ("(4) Leeds City Council Leader Jordan Hull", ["Leeds"]),  # English, numbered '(N)'
    ],
)
def test_a_title_s_holder_after_a_numbered_lines_place_names_no_place(
    line: str, expected: list[str]
) -> None:
    """A list's number before the place ('3. Tartu linnapea ...') is no word of the line:
    the place still starts it, the title after it parts it from its holder, whose names
    are no places though towns are so named ('Rakvere', 'Szeged', 'Hull')."""
    towns = {"tartu", "rakvere", "urmas", "pecs", "szeged", "peter", "leeds", "jordan", "hull"}
    known = PlaceNames(lambda name: fold(name) in towns)
    frames = frozenset({"city", "council"})
    found = pf.find_places(line, known, frozenset(), frames)
    assert [f.name for f in found] == expected


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        (
            ["Medlemmer etter fylke", "", "Vestland", "Bergen kommune, Voss kommune, Stord kommune",
             "", "Rogaland", "Stavanger kommune, Sandnes kommune", "", "Les også",
             "Nyheter fra Hamar"],
            ["Bergen", "Voss", "Stord", "Stavanger", "Sandnes"],
        ),
        (
            ["Aderenti per regione", "", "Puglia", "Comune di Bari, Comune di Lecce, Comune di "
             "Brindisi", "", "Calabria", "Comune di Cosenza, Città di Crotone", "",
             "Leggi anche", "Notizie da Matera"],
            ["Bari", "Lecce", "Brindisi", "Cosenza", "Crotone"],
        ),
    ],
)  # fmt: skip
def test_several_bodies_a_line_each_named_by_its_form_are_several_entries(
    page: list[str], cities: list[str]
) -> None:
    """A line of bodies a comma parts, each named by its form ('Bergen kommune, Voss
    kommune'; 'Comune di Bari, Comune di Lecce') under its region's heading: one entry
    each, not a place followed by its region's and country's fields; 'read also' over a
    teaser ('Les også', 'Leggi anche') is the site's."""
    towns = {
        "bergen", "voss", "stord", "stavanger", "sandnes", "hamar", "les", "bari", "lecce",
        "brindisi", "cosenza", "crotone", "matera", "leggi",
    }  # fmt: skip
    found = read_places(page, PlaceNames(lambda name: fold(name) in towns))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        (
            ["Medlemmer", "", "Østjylland", "Aarhus Kommune, Vejle Kommune, Horsens Kommune", "",
             "Nordjylland", "Aalborg Kommune, Hjørring Kommune", "",
             "Vil din kommune være med? Skriv til sekretariatet.", "", "Læs også",
             "Esbjerg og Kolding deler erfaringer med elbusser"],
            ["Aarhus", "Vejle", "Horsens", "Aalborg", "Hjørring"],
        ),
        (
            ["Membres", "", "Pays de la Loire", "Ville de Nantes, Ville du Mans, Ville d'Angers",
             "", "Bretagne", "Ville de Rennes, Ville de Brest", "",
             "Votre ville veut adhérer ? Écrivez au secrétariat.", "", "Lire aussi",
             "Tours et Orléans partagent leurs bus électriques"],
            ["Nantes", "Mans", "Angers", "Rennes", "Brest"],
        ),
    ],
)  # fmt: skip
def test_bodies_several_a_line_in_groups_then_read_also_over_a_teaser(
    page: list[str], cities: list[str]
) -> None:
    """A list of bodies, several a line under their regions, then 'Læs også', 'Lire aussi'
    (read also) over a teaser: the lines are the list (no sentence, though one paragraph
    reads as one), the link is the site's, though its verb is a place somewhere ('Læs',
    'Lire')."""
    towns = {
        "aarhus", "vejle", "horsens", "odense", "laes", "aalborg", "hjorring", "esbjerg",
        "kolding", "nantes", "le mans", "mans", "angers", "rennes", "brest", "laval", "lire",
        "tours", "orleans",
    }  # fmt: skip
    page_names = PlaceNames(lambda name: fold(name) in towns)
    found = read_member_list(page, page_names, page=page)
    assert found is not None
    assert [e.city for e in found.entries] == cities


FINNISH_BODIES = """Ilmastokuntien verkosto kasvoi

Jäsenet maakunnittain

Pohjois-Pohjanmaa
Oulun kaupunki, Limingan kunta, Raahen kaupunki

Lappi
Rovaniemen kaupunki, Kemin kaupunki ja Tornion kaupunki

Haluaako kuntanne mukaan? Ota yhteyttä sihteeristöön.

Lue myös
Turku ja Espoo vertailevat sähköbusseja"""
ENGLISH_COUNCILS = """Clean Air Pledge gains councils

Signatories by region

North West
Liverpool City Council, Wigan Council, Bolton Council

Yorkshire and the Humber
Leeds City Council, Bradford Council,
Wakefield Council, Barnsley Council

West Midlands
Coventry City Council, Wolverhampton City Council; Dudley Council; Walsall Council

Does your council want to join? Write to the secretariat.

See also
Bristol and Bath share data on school streets"""


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        (FINNISH_BODIES, ["Oulu", "Liminka", "Raahe", "Rovaniemi", "Kemi", "Tornio"]),
        (ENGLISH_COUNCILS, ["Liverpool", "Wigan", "Bolton", "Leeds", "Bradford", "Wakefield",
                            "Barnsley", "Coventry", "Wolverhampton", "Dudley", "Walsall"]),
    ],
)  # fmt: skip
def test_bodies_several_a_line_with_an_and_a_broken_line_or_mixed_separators(
    page: str, cities: list[str]
) -> None:
    """Bodies several a line under their regions, the last after an 'and' ('Kemin kaupunki
    ja Tornion kaupunki', genitives framed by their forms), a line the copy broke after its
    comma, commas and semicolons mixed: one entry each; the regions' headings ('North
    West', 'West Midlands', places somewhere) are no members."""
    towns = {
        "oulu", "liminka", "raahe", "rovaniemi", "kemi", "tornio", "turku", "espoo", "lue",
        "liverpool", "wigan", "bolton", "leeds", "bradford", "wakefield", "barnsley",
        "coventry", "wolverhampton", "dudley", "walsall", "bristol", "bath", "north west",
        "west midlands", "midlands",
    }  # fmt: skip
    lines = page.split("\n")
    found = read_member_list(lines, PlaceNames(lambda name: fold(name) in towns), page=lines)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        (
            "Aktualności\n\nApel podpisali prezydenci Krakowa, Warszawy, Gdańska i Poznania. "
            "Po spotkaniu dołączyli do niego także prezydenci Lublina i Torunia.\n",
            ["Krakow", "Warszawa", "Gdańsk", "Poznan", "Lublin", "Torun"],  # as the stems are known
        ),
        (
            "Vijesti\n\nDeklaraciju su potpisali gradonačelnici Zagreba, Splita, Osijeka i "
            "Siska. Kasnije su joj pristupili i gradonačelnici Rijeke i Varaždina.\n",
            ["Zagreb", "Split", "Osijek", "Sisak", "Rijeka", "Varaždin"],
        ),
    ],
)
def test_a_sentence_after_a_list_saying_others_joined_goes_on_with_it(
    page: str, cities: list[str]
) -> None:
    """A sentence right after a list's that says others joined or signed too names its
    places with no comma, two or three of them ('Później dołączyli prezydenci Lublina i
    Torunia'): they are the list's too, though too few for a list of their own."""
    known = {"krakow", "warszawa", "gdansk", "poznan", "lublin", "torun", "zagreb", "split"}
    known |= {"osijek", "sisak", "rijeka", "varazdin"}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        (
            "Aktuelles\n\nIn Bayern unterzeichneten Würzburg, Erlangen, Bamberg und Passau. Aus "
            "Sachsen kamen Leipzig, Görlitz und Zwickau hinzu, aus Hessen Kassel und Fulda.\n",
            ["Würzburg", "Erlangen", "Bamberg", "Passau", "Leipzig", "Görlitz", "Zwickau",
             "Kassel", "Fulda"],
        ),
        (
            "Notizie\n\nIn Toscana hanno firmato Pisa, Lucca, Siena e Arezzo. Dalla "
            "Lombardia sono arrivate anche Bergamo, Brescia, Lecco e Cremona.\n",
            ["Pisa", "Lucca", "Siena", "Arezzo", "Bergamo", "Brescia", "Lecco", "Cremona"],
        ),
    ],
)  # fmt: skip
def test_a_list_grouped_by_region_in_sentences_of_one_paragraph_is_one_list(
    page: str, cities: list[str]
) -> None:
    """A list whose groups each start a sentence with a preposition and their region's name
    ('In Bayern unterzeichneten A, B ... Aus Sachsen kamen C, D ...'): one list over the
    paragraph's sentences, the regions no members."""
    known = {"wurzburg", "erlangen", "bamberg", "passau", "leipzig", "gorlitz", "zwickau"}
    known |= {"kassel", "fulda", "pisa", "lucca", "siena", "arezzo", "bergamo", "brescia"}
    known |= {"cremona", "lecco"}
    places = PlaceNames(lambda name: fold(name) in known)
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("line", "common", "place"),
    [
        ("City of Reading", "reading", "Reading"),  # the page reads 'reading' as a word too
        ("Stadtgemeinde Bergen", "bergen", "Bergen"),  # 'bergen' (to rescue) in its text
        ("GAD Municipal de Cuenca", "cuenca", "Cuenca"),  # 'la cuenca del Plata'
    ],
)
def test_a_body_s_form_names_its_place_though_the_page_writes_it_as_a_word(
    line: str, common: str, place: str
) -> None:
    known = PlaceNames(lambda name: fold(name) in {"reading", "bergen", "cuenca"})
    assert [f.name for f in find_places(line, known, frozenset({common}))] == [place]
    assert find_places(place, known, frozenset({common})) == []  # a bare word stays one


@pytest.mark.parametrize(
    ("sentence", "members"),
    [("Sutartį pasirašė Utenos, Jonavos ir Marijampolės savivaldybės, taip pat Vilniaus "
      "rajono savivaldybė, kurios vardu pasirašė meras.",
      ["Utena", "Jonava", "Marijampolė", "Vilniaus rajono savivaldybė"]),
     ("Die Charta unterzeichneten Kiel, Passau und Ulm, außerdem der Landkreis Erding, "
      "vertreten durch den Landrat.",
      ["Kiel", "Passau", "Ulm", "Landkreis Erding"])],
)  # fmt: skip
def test_a_word_for_also_before_a_body_in_a_sentence_s_list_is_no_part_of_its_name(
    sentence: str, members: list[str]
) -> None:
    """A sentence's list that adds one more member after a comma and a word for 'also'
    ('taip pat', 'außerdem'): the member is the body after it, its name without the word."""
    known = PlaceNames(
        lambda name: fold(name) in {"utena", "jonava", "marijampole", "vilnius", "kiel",
                                    "passau", "ulm", "erding"}
    )  # fmt: skip
    found = read_places(["Naujienos", "", sentence], known)
    assert found is not None
    assert [e.city for e in found.entries] == members


def test_a_town_s_head_s_genitive_wins_over_a_signer_s_name_that_is_a_place() -> None:
    """'Іван Мельник, міський голова Ніжина' (Ukrainian: the town's head of Nizhyn), 'мэр
    Томска': the title names its town right after it in the genitive; the signer's surname
    names a place too (Мельник, Галич), but the signer's place is the town the title names."""
    towns = {fold(name) for name in ("Ніжин", "Луцьк", "Ізюм", "Мельник", "Галич")}
    known = PlaceNames(lambda name: fold(name) in towns)
    lines = [
        "Звернення підписали:", "", "Іван Мельник, міський голова Ніжина",
        "Оксана Галич, міська голова Луцька", "Петро Дорош, міський голова Ізюма",
    ]  # fmt: skip
    found = read_places(lines, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Ніжин", "Луцьк", "Ізюм"]


def test_a_town_s_head_s_genitive_is_read_line_by_line_among_bodies_named_first() -> None:
    """A list of signers' lines ('Павел Орёл, мэр города Пскова', 'Мэр Вологды — Анна
    Сокол') among bodies that name their town first ('Омская городская дума'): the lines
    share a frame word ('город'), but each names its town in its own field; the town after
    a head's title is the line's place, not the signer's name (Орёл, Сокол), and a line
    without the frame word is read too."""
    towns = {fold(name) for name in ("Псков", "Вологда", "Тверь", "Орёл", "Сокол", "Курск", "Омск")}
    known = PlaceNames(lambda name: fold(name) in towns)
    lines = [
        "Обращение подписали:", "", "Павел Орёл, мэр города Пскова",
        "Омская городская дума", "Мэр Вологды — Анна Сокол",
        "Курская городская администрация", "Игорь Сокол, глава города Тверь",
    ]  # fmt: skip
    found = read_places(lines, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Псков", "Омск", "Вологда", "Курск", "Тверь"]


def test_a_body_s_form_after_a_place_ends_its_field_before_a_role_s_place() -> None:
    """'Олена Гай, секретар Бахмутської міської ради, в. о. міського голови Бахмута': the
    first place's field ends in its body's form ('міської ради'), the next field names the
    signer's town after the acting head's title; the words after the first place are the
    record's fields, no headline about it, and the line is the list's."""
    towns = {fold(name) for name in ("Бахмут", "Луцьк", "Ізюм", "Ніжин", "Мельник", "Галич")}
    known = PlaceNames(lambda name: fold(name) in towns)
    lines = [
        "Звернення підписали:", "", "Іван Мельник, міський голова Ніжина",
        "Олена Гай, секретар Бахмутської міської ради, в. о. міського голови Бахмута",
        "Петро Галич, міський голова Ізюма", "Марія Кінь, міська голова Луцька",
    ]  # fmt: skip
    found = read_places(lines, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Ніжин", "Бахмут", "Ізюм", "Луцьк"]


def test_a_joining_sentence_s_places_an_and_of_another_language_apart_go_on_with_the_list() -> None:
    """'Vēlāk pievienojās arī Dobeles novada un Saldus novada pašvaldības un Jēkabpils
    valstspilsēta' (Latvian: later the municipalities of ... and ... joined too): a sentence
    after a list's that says others joined names its places an 'and' apart that the reader
    knows only as a short word in lower case; each is an item that may name a place."""
    names = ("Ogre", "Bauska", "Madona", "Alūksne", "Dobele", "Saldus", "Jēkabpils")
    towns = {fold(name) for name in names}
    known = PlaceNames(lambda name: fold(name) in towns)
    text = (
        "Hartu parakstīja Ogres, Bauskas, Madonas un Alūksnes novadu vadītāji. Vēlāk pievienojās"
        " arī Dobeles novada un Saldus novada pašvaldības un Jēkabpils valstspilsēta."
    )
    found = read_places(["Jaunumi", "", text], known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Ogre", "Bauska", "Madona", "Alūksne", "Dobele", "Saldus", "Jēkabpils",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ["נתניה – העירייה תציג תוכנית חדשה להצללת רחובות בשכונות הוותיקות.",
             "עיריית חולון – העיר מצטרפת עם מיזם של גינות קהילתיות בבתי הספר.",
             "רחובות – ראש העירייה אמר שהעיר תלמד מהערים שכבר עשו את הדרך."],
            ["נתניה", "חולון", "רחובות"],
        ),
        (
            ["صور: ستقود البلدية عمل الشبكة في مجال النقل العام خلال العام القادم.",
             "بلدية صيدا: تنضم المدينة ببرنامج لتشجير الشوارع وتوسيع الحدائق العامة.",
             "جبيل: ستعرض البلدية مشروع الحدائق المجتمعية في الاجتماع المقبل للشبكة."],
            ["صور", "صيدا", "جبيل"],
        ),
        (
            ["ზუგდიდი – მერია წარმოადგენს ახალ გეგმას ქუჩების გამწვანებისთვის.",
             "ფოთი – ქალაქი უერთდება ქსელს სკოლების ბაღების პროექტით.",
             "გორი – მერმა თქვა, რომ ქალაქი ისწავლის სხვა ქალაქების გამოცდილებიდან."],
            ["ზუგდიდი", "ფოთი", "გორი"],
        ),  # Georgian: Python calls its letters small, though it writes no capitals
    ],
)  # fmt: skip
def test_paragraphs_in_scripts_without_capitals_headed_by_their_place(
    paragraphs: list[str], expected: list[str]
) -> None:
    """Hebrew and Arabic news paragraphs, each headed by its town (or its body) before a
    dash or a colon: no capital marks the name, the head names it as a whole; a town in
    a paragraph's prose ('בבתי', 'الشبكة') is none of them."""
    known = {"נתניה", "חולון", "רחובות", "صور", "صيدا", "جبيل", "הערים", "ზუგდიდი", "ფოთი", "გორი"}
    lines = ["המועצה אישרה את הצטרפותן של ערים חדשות השבוע בכנס השנתי בירושלים.", ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    found = pf.read_paragraph_places(lines, PlaceNames(lambda name: name in known))
    assert found is not None
    assert [e.city for e in found.entries] == expected


def test_an_interview_s_questions_and_answers_are_no_paragraphs_of_places() -> None:
    """An interview's paragraphs headed 'ש:' / 'ת:' (question, answer: letters) or 'سؤال:'
    / 'جواب:' ('answer' is a place's name too): one head again and again, no list."""
    known = {"ש", "ת", "جواب"}
    for question, answer in (("ש", "ת"), ("سؤال", "جواب")):
        lines = []
        for k in range(3):
            lines += [f"{question}: שאלה מספר {k} על התוכנית לשנה הבאה בעיר?", ""]
            lines += [f"{answer}: תשובה ארוכה מספר {k} על התוכנית לשנה הבאה.", ""]
        assert pf.read_paragraph_places(lines, PlaceNames(lambda name: name in known)) is None


PARAGRAPH_BODIES = PlaceNames(
    lambda name: fold(name) in {"igualada", "ontinyent", "prada", "inca", "gandia", "des", "lleida"}
)


def test_paragraphs_each_naming_a_body_by_its_form_after_an_elided_article() -> None:
    """Paragraphs of news, each naming a new member by its body's form after an article,
    elided or not ("l'Ajuntament d'Igualada", 'la Ciutat de Prada'), later than the
    paragraph's first words: the body's place, not a sentence's first word that is a
    namesake's ('Des de ...', from) nor nothing."""
    page = [
        "L'Ajuntament de Gandia aporta el seu pla de sequera.",
        "",
        "Des de la Catalunya central s'incorpora l'Ajuntament d'Igualada, que compartirà dades.",
        "",
        "També entra a la xarxa l'Ajuntament d'Ontinyent, amb un projecte d'aigües.",
        "",
        "Més enllà dels Pirineus, la Ciutat de Prada s'incorpora com a membre.",
        "",
        "L'Ajuntament d'Inca completa la llista dels nous membres.",
    ]
    found = pf.read_paragraph_places(page, PARAGRAPH_BODIES)
    assert found is not None
    assert [e.city for e in found.entries] == ["Gandia", "Igualada", "Ontinyent", "Prada", "Inca"]


BASQUE_TOWNS = {
    "bermeo", "azpeitia", "beasain", "gernika", "onati", "donibane garazi", "miarritze",
    "angelu", "bilbo",
}  # fmt: skip
BASQUE = PlaceNames(
    lambda name: fold(name) in BASQUE_TOWNS,
    known_prefix=lambda text: any(t.startswith(fold(text)) for t in BASQUE_TOWNS),
)


def test_a_list_of_genitives_before_a_title_reads_names_of_two_words_and_other_titles() -> None:
    """'Name, Bermeoko alkatea' lines (Basque: the mayor of Bermeo) with towns of the French
    Basque Country, whose mayor is 'auzapeza': a name of two words takes the case's ending
    on its last alone ('Donibane Garaziko', of Donibane Garazi), and a line of another title
    after its place's case form is the list's as the frame's lines are."""
    lines = [
        "Hauek dira sinatzaileak:",
        "",
        "1. Ainhoa Urkiola, Bermeoko alkatea",
        "2. Gorka Elizondo, Azpeitiko alkatea",
        "3. Miren Ibarra, Beasaingo alkatea",
        "4. Josu Arana, Gernikako alkatea",
        "5. Amaia Lertxundi, Oñatiko alkatea",
        "6. Pantxika Dufau, Donibane Garaziko auzapeza",
        "7. Battittu Elissalde, Miarritzeko auzapeza",
        "",
        "Hurrengo bilera Bilbon izango da.",
    ]
    found = read_member_list(lines, BASQUE)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Bermeo", "Azpeitia", "Beasain", "Gernika", "Oñati", "Donibane Garazi", "Miarritze",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "place"),
    [("Majlis Perbandaran Kulim Maju", "Kulim"), ("Dewan Bandaraya Sibu Cemerlang", "Sibu"),
     ("Stadt Lingen Ems", "Lingen")],
)  # fmt: skip
def test_a_town_right_after_its_body_s_form_is_no_given_name(line: str, place: str) -> None:
    """A town's name right after its body's form, then a word of the body's official name
    ('Maju', progressive; 'Cemerlang', excellent): the town, not a person's given name
    before a surname."""
    known = PlaceNames(lambda name: fold(name) in {"kulim", "sibu", "lingen"})
    assert [f.name for f in find_places(line, known, frozenset())] == [place]


@pytest.mark.parametrize(
    ("rows", "places"),
    [(["עיריית אילת\tשרה לוי\tהדרום", "עיריית חולון\tדן כהן\tתל אביב",
       "עיריית בת ים\tרות מזרחי\tתל אביב", "עיריית לוד\tיעל אברהם\tהמרכז"],
      ["אילת", "חולון", "בת ים", "לוד"]),
     (["بلدية جرش\tسامي خليل\tالشمال", "بلدية مادبا\tليلى حداد\tالوسط",
       "بلدية الكرك\tعمر زيدان\tالجنوب"],
      ["جرش", "مادبا", "الكرك"])],
)  # fmt: skip
def test_a_table_s_cells_of_bodies_in_a_script_without_capitals(
    rows: list[str], places: list[str]
) -> None:
    """A table copied with its tabs, a town's body in its first cell in a script without
    capitals ('עיריית אילת', the municipality of Eilat; 'بلدية جرش'), its head's name and
    its district after it: the bodies' towns, though no capital marks them names."""
    known = PlaceNames(lambda name: name in {*places, "תל אביב"})
    found = read_member_list(["Members", "", *rows, "", "More are welcome."], known)
    assert found is not None
    assert [e.city for e in found.entries] == places


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("وأقرّ المجلس انضمام بلديات إربد والزرقاء ومادبا إلى الشبكة رسميًا هذا الأسبوع.",
         ["إربد", "الزرقاء", "مادبا"]),
        ("והרשת אישרה את הצטרפות העיריות חדרה ועפולה וכרמיאל לחברות מלאה השנה.",
         ["חדרה", "עפולה", "כרמיאל"]),
        ("Este mes se adhirieron a la red los municipios de Vigo, Lugo y Ourense, tras la "
         "asamblea anual.", ["Vigo", "Lugo", "Ourense"]),
    ],
)  # fmt: skip
def test_a_sentence_s_three_places_after_a_plural_word_for_towns_are_a_list(
    sentence: str, cities: list[str]
) -> None:
    """A sentence that names its places after a plural word for towns or their bodies
    ('بلديات', 'העיריות', 'los municipios de') names the network's towns, though only three
    ('joined: the municipalities of A, B and C'): a list, not examples in prose."""
    known = PlaceNames(lambda name: name in cities)
    found = read_places(["عنوان", "", sentence, "", "مشاركة"], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_a_sentence_s_second_group_after_its_own_plural_lead_goes_on_with_the_list() -> None:
    """A sentence in a script that glues its 'and' names a second group of its list with a
    lead of its own that ends in a plural word for towns ('..., ورؤساء مجالس جماعات فاس
    ومكناس (المغرب)'): the same list goes on, not a second one."""
    cities = ["جرش", "عجلون", "السلط", "فاس", "مكناس", "وجدة"]
    known = PlaceNames(lambda name: name in cities)
    sentence = (
        "ووقّع الإعلان رؤساء بلديات جرش وعجلون والسلط (الأردن)، "
        "ورؤساء مجالس جماعات فاس ومكناس ووجدة (المغرب)."
    )
    found = read_places(["عنوان", "", sentence, "", "مشاركة"], known)
    assert found is not None
    assert [(e.city, e.codes) for e in found.entries] == [
        ("جرش", ("JO",)), ("عجلون", ("JO",)), ("السلط", ("JO",)),
        ("فاس", ("MA",)), ("مكناس", ("MA",)), ("وجدة", ("MA",)),
    ]  # fmt: skip


def test_a_korean_province_s_word_is_the_province_not_its_namesake_city() -> None:
    """'강원특별자치도' (a special self-governing province), '충청남도': a province's word,
    its form glued to its name, names the province, though a city bears the name alone
    ('강원'); a town's word with the particle '도' (also) glued after it ('원주시도') is
    the town."""
    known = PlaceNames(lambda name: name in {"강원", "충청", "원주시", "속초"})
    assert formed_place("강원특별자치도", known) == "강원특별자치도"
    assert formed_place("충청남도", known) == "충청남도"
    assert formed_place("원주시도", known) != "원주시도"
    assert formed_place("속초시", known) == "속초"


def test_an_urdu_sentence_lists_bodies_of_several_words_its_and_written_apart() -> None:
    """Urdu writes its 'and' apart ('اور') and names a town's body by words of several
    (loans: 'میونسپل کارپوریشن', municipal corporation; 'ٹاؤن کمیٹی', town committee)
    before its name; the verb ends the sentence after the last, a postposition after its
    name ('... سیالکوٹ کے میئرز نے دستخط کیے۔'): every body is the list's, its form naming
    a place though no gazetteer knows it ('سرگودھا')."""
    known = PlaceNames(lambda name: name in {"گوجرانوالہ", "سیالکوٹ", "بہاولپور"})
    text = (
        "اعلامیے پر میونسپل کارپوریشن گوجرانوالہ، میٹروپولیٹن کارپوریشن بہاولپور، ٹاؤن کمیٹی "
        "سرگودھا اور میونسپل کارپوریشن سیالکوٹ کے میئرز نے دستخط کیے۔"
    )
    found = read_member_list(["خبر", "", text, "", "."], known)
    assert found is not None
    assert [e.city for e in found.entries] == ["گوجرانوالہ", "بہاولپور", "سرگودھا", "سیالکوٹ"]


def test_a_thai_or_lao_sentence_parts_its_bodies_by_spaces_its_and_glued() -> None:
    """Thai and Lao write no spaces between words: a sentence parts its list's items by
    spaces, each a body's form glued before its town's name ('เทศบาลนครตรัง'), the last
    after 'and' glued to it ('และ') or apart ('ແລະ'), the words before the list its lead."""
    known = PlaceNames(
        lambda name: name in {"ตรัง", "ยะลา", "สตูล", "ตาก", "ສະຫວັນນະເຂດ", "ທ່າແຂກ", "ປາກເຊ", "ໄຊ"}
    )
    thai = "สมาชิกที่ลงนาม ได้แก่ เทศบาลนครตรัง เทศบาลนครยะลา เทศบาลเมืองตาก และเทศบาลเมืองสตูล"
    found = read_member_list(["ข่าว", "", thai, "", "."], known)
    assert found is not None
    assert [e.city for e in found.entries] == ["ตรัง", "ยะลา", "ตาก", "สตูล"]
    lao = "ສະມາຊິກໃໝ່ ມີ ນະຄອນປາກເຊ ນະຄອນສະຫວັນນະເຂດ ເມືອງໄຊ ແລະ ນະຄອນທ່າແຂກ"
    found = read_member_list(["ຂ່າວ", "", lao, "", "."], known)
    assert found is not None
    assert [e.city for e in found.entries] == ["ປາກເຊ", "ສະຫວັນນະເຂດ", "ໄຊ", "ທ່າແຂກ"]


def test_a_thai_or_khmer_paragraph_lists_bodies_glued_to_the_words_around_them() -> None:
    """A long paragraph of Thai or Khmer (no stop, no comma) lists its bodies by spaces, the
    first glued to its lead ('...จากเทศบาลนครแพร่', from Phrae city municipality) and the
    last to the word that joins it ('ร่วมกับ', together with; Khmer 'រដ្ឋបាល', the
    administration of): each is an item, the sentence's other words none."""
    known = PlaceNames(
        lambda name: name in {"แพร่", "น่าน", "ลำพูน", "ตาก", "បាត់ដំបង", "ពោធិ៍សាត់", "តាកែវ", "កំពង់ស្ពឺ"}
    )
    thai = (
        "พิธีลงนามบันทึกความร่วมมือว่าด้วยการลดการใช้พลังงานในอาคารสาธารณะจัดขึ้นเมื่อวานนี้ "
        "โดยมีผู้แทนจากเทศบาลนครแพร่ เทศบาลเมืองน่าน และเทศบาลเมืองลำพูน "
        "ร่วมกับองค์การบริหารส่วนจังหวัดตาก ร่วมลงนาม ทั้งนี้ ทุกหน่วยงานจะรายงานผลการดำเนินงานทุกหกเดือน"
        "ต่อคณะกรรมการของเครือข่าย"
    )
    found = read_member_list(["ข่าว", "", thai, "", "."], known)
    assert found is not None
    assert [e.city for e in found.entries] == ["แพร่", "น่าน", "ลำพูน", "องค์การบริหารส่วนจังหวัดตาก"]
    khmer = (
        "កិច្ចប្រជុំរបស់បណ្តាញបានសម្រេចទទួលសមាជិកថ្មីសម្រាប់ឆ្នាំក្រោយ ហើយសមាជិកទាំងនោះ "
        "រួមមានក្រុងបាត់ដំបង ក្រុងពោធិ៍សាត់ ក្រុងតាកែវ និងរដ្ឋបាលខេត្តកំពង់ស្ពឺ "
        "ដែលនឹងចូលរួមក្នុងកម្មវិធីសន្សំថាមពល និងការគ្រប់គ្រងទឹកស្អាតនៅតាមសាលារៀន"
    )
    found = read_member_list(["ព័ត៌មាន", "", khmer, "", "."], known)
    assert found is not None
    assert [e.city for e in found.entries] == ["បាត់ដំបង", "ពោធិ៍សាត់", "តាកែវ", "កំពង់ស្ពឺ"]


@pytest.mark.parametrize(
    ("sentence", "towns"),
    [("با این دولت، شهرداری‌های تهران، شیراز، اصفهان و تبریز به شبکه پیوستند.",
      ["تهران", "شیراز", "اصفهان", "تبریز"]),
     ("اس دولت کے ساتھ، تہران، شیراز، اصفہان اور تبریز نیٹ ورک میں شامل ہو گئے۔",
      ["تہران", "شیراز", "اصفہان", "تبریز"])],
)  # fmt: skip
def test_a_word_after_a_demonstrative_in_a_script_without_capitals_is_no_place(
    sentence: str, towns: list[str]
) -> None:
    """'با این امضا' (with this signature), Urdu 'اس معاہدے' (this agreement): a word right
    after 'this' or 'that' is a common noun, though a gazetteer knows it as a place
    ('دولت'), no item of the list the sentence goes on with."""
    known = PlaceNames(lambda name: name in {*_UNCASED_KNOWN, "تہران", "اصفہان"})
    found = read_places(["عنوان", "", sentence], known)
    assert found is not None
    assert [e.city for e in found.entries] == towns


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # Hungarian: 's.k.' (signed by hand) after the name, one deputy for the mayor
            [
                "Aláírók:", "",
                "Kiss Anna s.k.", "Szolnok Megyei Jogú Város polgármestere", "",
                "Baja Tamás s.k.", "Kecskemét Megyei Jogú Város alpolgármestere, "
                "a polgármester megbízásából", "",
                "Nagy Éva s.k.", "Tatabánya Megyei Jogú Város polgármestere", "",
                "Vác Ödön s.k.", "Nagykanizsa Megyei Jogú Város polgármestere",
            ],
            ["Szolnok", "Kecskemét", "Tatabánya", "Nagykanizsa"],
        ),
        (  # English: a deputy signing on behalf of the mayor, a mark after one name
            [
                "Signatories:", "",
                "Jane Ely (signed)", "Mayor of Lancaster", "",
                "Tom Wells", "Deputy Mayor of Preston, on behalf of the Mayor", "",
                "Ann Ripon", "Mayor of Carlisle", "",
                "Sam Bury", "Mayor of Kendal",
            ],
            ["Lancaster", "Preston", "Carlisle", "Kendal"],
        ),
    ],
)  # fmt: skip
def test_signature_blocks_with_a_mark_after_the_name_and_a_deputy_signing_for_the_head(
    lines: list[str], expected: list[str]
) -> None:
    """Signature blocks whose names end in the mark of a signature ('s.k.', '(signed)') and
    one of whose signers signs for the head, after a comma ('a polgármester megbízásából',
    'on behalf of the Mayor'): that field is no item of its own, the block reads as the
    others do, and no signer's name (a town's too) is a place."""
    others = ["Baja", "Vác", "Ely", "Wells", "Ripon", "Bury"]
    places = {fold(name) for name in [*expected, *others]}
    known = PlaceNames(lambda name: fold(name) in places)
    found = read_member_list(lines, known)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Urząd Miejski w Kielcach", "Kielce"),  # a plural name's locative
        ("Urząd Miejski w Tychach", "Tychy"),
        ("Urząd Miejski w Płocku", "Płock"),
        ("Urząd Miasta Opola", "Opole"),  # the genitive after the city's office
    ],
)
def test_a_polish_town_office_names_its_town_in_the_locative_or_genitive(
    text: str, place: str
) -> None:
    """Poland's town office, 'Urząd Miejski' (the municipal office) and its town after 'w'
    (in) in the locative, or 'Urząd Miasta' and its town in the genitive: the town, and
    no place read in the office's words ('Miejski')."""
    known = PlaceNames(lambda name: fold(name) in {fold(place), "mias"})
    assert [f.name for f in find_places(text, known, frozenset())] == [place]


def test_a_region_s_label_before_towns_a_middle_dot_parts() -> None:
    """Lines that each give a region in lower case, a colon and its towns a middle dot or a
    bar parts ('jihomoravský: Brno · Znojmo'): every town a member, the label none, as
    after a colon and commas; a county's body among them ('Landkreis Kassel'), its name no
    town the gazetteer has, is one too."""
    known = PlaceNames(
        lambda name: fold(name)
        in {"brno", "znojmo", "breclav", "jihlava", "trebic", "pisek", "fulda", "marburg",
            "giessen"}
    )  # fmt: skip
    czech = [
        "Prohlášení podepsali zástupci:", "",
        "jihomoravský: Brno · Znojmo · Břeclav", "vysočina: Jihlava · Třebíč",
        "jihočeský: Písek", "", "Děkujeme všem.",
    ]  # fmt: skip
    found = read_member_list(czech, known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Brno", "Znojmo", "Břeclav", "Jihlava", "Třebíč", "Písek",
    ]  # fmt: skip
    german = [
        "Unterzeichnet von:", "", "nordhessisch: Landkreis Kassel | Fulda",
        "mittelhessisch: Marburg | Gießen", "",
    ]  # fmt: skip
    found = read_member_list(german, known)
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries] == [
        ("Landkreis Kassel", "county"), ("Fulda", "city"), ("Marburg", "city"),
        ("Gießen", "city"),
    ]  # fmt: skip


def test_a_signer_s_line_ending_in_a_wider_body_whose_kind_is_its_last_word() -> None:
    """Signer lines 'Title First Last, <place> <body's word>', the body's word in lower case
    ('Etelä-Karjalan hyvinvointialue', 'Rogaland fylkeskommune'), its place no town the
    gazetteer has: the body is the line's entry, as a town's would be."""
    known = PlaceNames(lambda name: fold(name) in {"imatra", "kotka", "hamina", "sandnes"})
    finnish = [
        "Allekirjoittajat:", "", "Kaupunginjohtaja Outi Laine, Imatra",
        "Kaupunginjohtaja Esa Heino, Kotka", "Kaupunginjohtaja Timo Vuori, Hamina",
        "Hyvinvointialuejohtaja Leena Aho, Etelä-Karjalan hyvinvointialue", "", "Kiitos.",
    ]  # fmt: skip
    found = read_member_list(finnish, known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Imatra", "Kotka", "Hamina", "Etelä-Karjalan hyvinvointialue",
    ]  # fmt: skip
    norwegian = [
        "Signert av:", "", "Ordfører Kari Dahl, Sandnes",
        "Fylkesordfører Ola Berg, Rogaland fylkeskommune", "",
    ]  # fmt: skip
    found = read_member_list(norwegian, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Sandnes", "Rogaland fylkeskommune"]


def test_lines_of_several_dated_members_under_region_headings_are_no_cards() -> None:
    """Region headings, each over a line of members a semicolon parts, each with its year
    in brackets ('Augsburg (2016); Kempten (2019)'): blocks of a heading and one line look
    like cards, but a line of several such items is a group's members, each one entry
    (the heading none); a county's body among them is one too."""
    known = PlaceNames(
        lambda name: fold(name)
        in {"munchen", "freising", "augsburg", "kempten", "nurnberg", "furth", "regensburg",
            "dachau", "espoo", "vantaa", "tampere", "turku", "salo", "jyvaskyla", "lahti"}
    )  # fmt: skip
    german = [
        "Unsere Mitglieder", "", "Oberbayern", "München (2015); Freising (2018)",
        "Landkreis Ebersberg (2020); Dachau (2021)", "", "Schwaben",
        "Augsburg (2016); Kempten (2019)", "",
        "Franken", "Nürnberg (2017); Fürth (2019)", "", "Oberpfalz", "Regensburg (2021)", "",
    ]  # fmt: skip
    found = read_member_list(german, known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "München", "Freising", "Landkreis Ebersberg", "Dachau", "Augsburg", "Kempten", "Nürnberg",
        "Fürth", "Regensburg",
    ]  # fmt: skip
    finnish = [
        "Jäsenet", "", "Uusimaa", "Espoo (2017); Vantaa (2019)", "", "Pirkanmaa",
        "Tampere (2018)", "", "Varsinais-Suomi", "Turku (2016); Salo (2020)", "",
        "Päijät-Häme", "Lahti (2021)", "",
    ]  # fmt: skip
    found = read_member_list(finnish, known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Espoo", "Vantaa", "Tampere", "Turku", "Salo", "Lahti",
    ]  # fmt: skip


def test_a_government_s_words_before_a_region_s_body_in_a_list_keep_the_body_whole() -> None:
    """A list's item that names a region's body after its government's words ('Pemerintah
    Provinsi Nusa Tenggara Barat', 'Serikali ya Kaunti ya Kilifi'): the body without them,
    not the known place its last word is."""
    page = (
        "Anggota baru:\n\nKota Kupang (NTT), Kota Ambon (Maluku), Kota Jayapura (Papua), "
        "dan Pemerintah Provinsi Nusa Tenggara Barat.\n"
    )
    known = {"kupang", "ambon", "jayapura", "barat"}
    found = read_places(page.split("\n"), PlaceNames(lambda name: fold(name) in known))
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries][-1] == (
        "Provinsi Nusa Tenggara Barat",
        "province",
    )


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Área Metropolitana do Alto Minho", "metropolitan area"),
        ("Związek Gmin Podhala", "union of municipalities"),
    ],
)
def test_a_body_of_a_certain_kind_alone_on_its_line_among_places_is_an_entry(
    body: str, kind: str
) -> None:
    """A line that is a body alone, its kind certain from its own words (a metropolitan
    area, a union of municipalities), among lines of several places: a member though the
    place it is named after is unknown."""
    page = [
        "Rede de Cidades Verdes",
        "",
        "Os membros da rede são cidades e as suas associações que assinaram a carta.",
        "",
        "Porto (2019); Braga (2020); Viana (2018)",
        f"{body} (2021)",
        "Coimbra (2019); Aveiro (2022)",
        "",
        "Contactos",
    ]
    known = {fold(n) for n in ("Porto", "Braga", "Viana", "Coimbra", "Aveiro")}
    found = read_places(page, PlaceNames(lambda name: fold(name) in known), page=page)
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries][3] == (body, kind)


def test_block_heads_numbering_their_region_in_a_bracket_are_headings() -> None:
    """'Maule (Región VII)' over 'Talca': a block's first line whose bracket names a region
    by its kind and number (Spanish, English, French) heads its block, two such or more,
    though a place bears its name; none of the list's entries."""
    pages = [
        "Comunas adheridas\n\nMaule (Región VII)\nTalca\nCuricó\n\n"
        "Biobío (Región VIII)\nConcepción\nLos Ángeles\n",
        "Member cities\n\nBicol (Region V)\nLegazpi\nNaga\n\n"
        "Central Visayas (Region VII)\nTagbilaran\nDumaguete\n",
        "Villes membres\n\nPlateaux (Région 3)\nAtakpamé\nKpalimé\n\n"
        "Savanes (Région 5)\nDapaong\nMango\n",
    ]
    towns = {"talca", "curico", "concepcion", "los angeles", "legazpi", "naga"}
    towns |= {"tagbilaran", "dumaguete", "atakpame", "kpalime", "dapaong", "mango"}
    namesakes = {"maule", "biobio", "bicol", "central visayas", "plateaux", "savanes"}
    _assert_reads_its_towns(pages, towns, namesakes)


def test_signature_blocks_for_a_greek_body_in_the_accusative_frame_their_genitives() -> None:
    """Signature blocks that sign for a body ('Για τον Δήμο Βόλου', for the municipality
    of Volos): the body's word stands in the accusative after 'for the', its town's name
    in the genitive after it. The body's word in any case is no place, though a gazetteer
    knows a namesake ('Δήμο'), and the blocks' frame is the word they share; a region's
    block among them is one of its entries too."""
    towns = {"bolos", "kalamata", "ksanthe", "ksanthes", "kerkura", "demo", "epeiros"}
    known = PlaceNames(lambda name: fold(name) in towns)
    blocks = [
        ("Για τον Δήμο Βόλου", "Ο Δήμαρχος", "Αχιλλέας Μπέος"),
        ("Για τον Δήμο Καλαμάτας", "Η Δήμαρχος", "Ελένη Ρήγα"),
        ("Για τον Δήμο Ξάνθης", "Ο Αντιδήμαρχος", "Ιωάννης Σταμάτης"),
        ("Για τον Δήμο Κέρκυρας", "Ο Δήμαρχος", "Στέφανος Πουλάκης"),
        ("Για την Περιφέρεια Ηπείρου", "Ο Περιφερειάρχης", "Αλέξανδρος Καχριμάνης"),
    ]
    lines = ["Υπογραφές", ""] + [line for block in blocks for line in (*block, "")]
    found = read_places(lines, known)
    assert found is not None
    assert [fold(e.city) for e in found.entries] == [
        "bolos", "kalamata", "ksanthe", "kerkura", "periphereia epeirou",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("blocks", "cities"),
    [
        ([("Por el Ayuntamiento de Jaca,", "El Alcalde"),
          ("Por el Ayuntamiento de Teruel,", "La Alcaldesa"),
          ("Por la Diputación de Huesca,", "La Presidenta"),
          ("Por el Ayuntamiento de Soria,", "El Alcalde")],
         ["Jaca", "Teruel", "Diputación de Huesca", "Soria"]),
        ([("Für die Stadt Lahr", "Der Oberbürgermeister"),
          ("Für die Stadt Kehl", "Die Bürgermeisterin"),
          ("Für den Landkreis Lörrach", "Die Landrätin"),
          ("Für die Stadt Bühl", "Der Bürgermeister")],
         ["Lahr", "Kehl", "Landkreis Lörrach", "Bühl"]),
        ([("Pentru Municipiul Arad,", "Primar"), ("Pentru Municipiul Deva,", "Primar"),
          ("Pentru Consiliul Județean Timiș,", "Președinte"),
          ("Pentru Municipiul Lugoj,", "Primar")],
         ["Arad", "Deva", "Consiliul Județean Timiș", "Lugoj"]),
    ],
)  # fmt: skip
def test_a_wider_body_s_block_signed_for_among_towns_is_the_body(
    blocks: list[tuple[str, str]], cities: list[str]
) -> None:
    """Signature blocks that sign for a body ('Por el Ayuntamiento de Jaca', 'Pentru
    Municipiul Arad') with a wider body's block among them ('Por la Diputación de Huesca',
    'Für den Landkreis Lörrach'): that entry is the body by its whole name, not the town
    it is named after; the lead that signs for it is no part of it."""
    towns = {"jaca", "teruel", "huesca", "soria", "lahr", "kehl", "lorrach", "buhl", "arad"}
    known = PlaceNames(lambda name: fold(name) in towns | {"deva", "timis", "lugoj"})
    lines = ["Firmas", ""] + [line for block in blocks for line in (*block, "")]
    found = read_places(lines, known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_a_celtic_mutation_is_undone_for_a_place_no_word_names_as_written() -> None:
    known = PlaceNames(lambda name: fold(name) in {"pwllheli", "caerdydd", "tywyn", "chester"})
    assert unmutated_place("Phwllheli", known) == "Pwllheli"  # aspirate, after 'a' (and)
    assert unmutated_place("Nghaerdydd", known) == "Caerdydd"  # nasal, after 'yng' (in)
    assert unmutated_place("Thywyn", known) == "Tywyn"
    assert unmutated_place("Thursday", known) is None  # no place unmutated either

"""Member lists in the shapes networks publish, read from test pages written here.

No real page is copied: each page is written for the shape it tests, and a property-based
test renders lists of known cities in every shape and reads them back.
"""

from __future__ import annotations

import contextlib
import re
import signal
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.cli import main
from geo.countries import find_country
from geo.data import store
from geo.errors import ParseError
from geo.geocoding.geocode import Gazetteer, name_variants
from geo.importing import importer, statements
from geo.importing.entries import (
    PlaceNames,
    RawEntry,
    body_kind,
    body_place,
    heading_country,
    is_world_region,
    read_entry,
    strip_form,
    without_head_title,
)
from geo.importing.inference import places_inside
from geo.importing.inflection import EndingTable, adjective_readings
from geo.importing.listreader import (
    _classify,
    _other_shape_after_a_gap,
    _trim_unconfirmed,
    read_lines,
    read_member_list,
)
from geo.importing.pagetext import (
    PAGE_BREAK,
    aligned_rows,
    cards_joined,
    cell_rows,
    is_dotted_menu,
    is_furniture,
    is_menu,
    page_breaks,
    rejoined,
    spaced_rows,
    without_counted_headings,
    without_header_rows,
    without_other_groups,
    without_roles,
    without_running_title,
)
from geo.importing.runningtext import _split_conjunctions
from geo.importing.statements import parse_page
from geo.text import fold
from tests.atlases import gazetteer_of, network_only, planned

# (name, country, admin1, population, alternate names)
PLACES = [
    ("Aarhus", "DK", "", 280_000, ""),
    ("Bilbao", "ES", "", 345_000, ""),
    ("Dublin", "IE", "", 1_000_000, "Baile Átha Cliath|Dublín"),
    ("Dublin", "US", "CA", 60_000, ""),
    ("Lisbon", "PT", "", 500_000, "Lisboa"),
    ("Utrecht", "NL", "", 290_000, ""),
    ("Amersfoort", "NL", "09", 139_914, ""),
    ("Deventer", "NL", "15", 97_331, ""),
    ("Enschede", "NL", "15", 153_655, ""),
    ("Breda", "NL", "06", 184_126, ""),
    ("Salzburg", "AT", "05", 157_245, ""),
    ("Hallein", "AT", "05", 7_208, ""),
    ("Wels", "AT", "04", 16_857, ""),
    ("Leoben", "AT", "06", 8_264, ""),
    ("Dornbirn", "AT", "08", 49_278, ""),
    ("Lund", "SE", "", 90_000, ""),
    ("Costa", "BR", "", 5_000, ""),
    ("Zagreb", "HR", "", 680_000, ""),
    ("Aachen", "DE", "", 250_000, "Aquisgrán"),
    ("Leipzig", "DE", "", 590_000, ""),
    ("Munich", "DE", "", 1_400_000, "München"),
    ("Algiers", "DZ", "", 2_000_000, "Alger"),
    ("Brussels", "BE", "", 1_000_000, "Bruxelles"),
    ("Geneva", "CH", "", 200_000, "Genève"),
    ("Lyon", "FR", "", 500_000, ""),
    ("Grenoble", "FR", "", 160_000, ""),
    ("Turin", "IT", "", 870_000, "Torino"),
    ("Porto", "PT", "", 230_000, ""),
    ("Graz", "AT", "", 280_000, ""),
    ("Springfield", "US", "IL", 114_000, ""),
    ("Springfield", "US", "MO", 170_000, ""),
    ("Portland", "US", "OR", 650_000, ""),
    ("Portland", "US", "ME", 66_000, ""),
    ("Toronto", "CA", "08", 2_600_000, ""),
    ("Chapel Hill", "US", "NC", 60_000, ""),
    ("Mississauga", "CA", "08", 700_000, ""),
    ("Bologna", "IT", "45", 390_000, ""),
    ("Milan", "IT", "09", 1_300_000, "Milano"),
    ("Palermo", "IT", "15", 650_000, ""),
    ("Naples", "IT", "04", 960_000, "Napoli"),
    ("Madrid", "ES", "", 3_200_000, ""),
    ("Valencia", "ES", "", 800_000, ""),
    ("Valencia", "VE", "", 1_300_000, ""),
    ("Kumasi", "GH", "", 2_000_000, ""),
    ("Tamale", "GH", "", 360_000, ""),
    ("Maroua", "CM", "", 200_000, ""),
    ("Kousseri", "CM", "", 90_000, ""),
    ("Garoua", "CM", "", 400_000, ""),
    ("Rotterdam", "NL", "", 620_000, ""),
    ("Nederland", "US", "CO", 1_500, ""),
    ("Brno", "CZ", "", 380_000, ""),
    ("Olomouc", "CZ", "", 100_000, ""),
    ("Ostrava", "CZ", "", 280_000, ""),
    ("Tábor", "CZ", "", 36_000, ""),
    ("Tabora", "TZ", "", 300_000, ""),
    ("Pirna", "DE", "", 40_000, "Brna"),
    ("Mendoza", "AR", "", 115_000, ""),
    ("Salta", "AR", "", 520_000, ""),
    ("Mercedes", "AR", "", 63_000, ""),
    ("Rosario", "AR", "", 950_000, ""),
    ("Kisumu", "KE", "", 400_000, ""),
    ("Mombasa", "KE", "", 1_200_000, ""),
    ("Nakuru", "KE", "", 570_000, ""),
    ("Nairobi", "KE", "", 4_400_000, ""),
    ("Durban", "ZA", "", 3_400_000, "eThekwini"),
    ("Richards Bay", "ZA", "", 57_000, "uMhlathuze"),
    ("Reykjavík", "IS", "", 130_000, "Reykjavíkur"),
    ("Akureyri", "IS", "", 19_000, "Akureyrar"),
    ("Quito", "EC", "", 2_800_000, ""),
    ("Cuenca", "EC", "", 640_000, ""),
    ("Loja", "EC", "", 180_000, ""),
    ("Yokohama", "JP", "19", 3_800_000, "横浜市|横浜"),
    ("Kobe", "JP", "13", 1_500_000, "神戸市|神戸"),
    ("Sendai", "JP", "24", 1_100_000, "仙台市|仙台"),
]
GAZETTEER = gazetteer_of(PLACES)
HEAD = "A Joint Statement of Cities\n\n12 March 2024\n\nWe stand together for peace.\n\n"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> store.AtlasData:
    """A network, no statement yet: every country must come from the page or inference."""
    return network_only(tmp_path_factory.mktemp("data"), "scn")


def plan(
    data: store.AtlasData, page: str, places: Gazetteer = GAZETTEER, **options: object
) -> importer.ImportPlan:
    """The page read and planned as the importer does, with the gazetteer `places`."""
    return planned(data, page, places, **options)


def read(data: store.AtlasData, page: str, **options: object) -> list[tuple[str, str]]:
    signed = plan(data, page, **options).signatories
    return list(zip(signed["city"], signed["country"], strict=True))


def test_one_a_line_in_letter_blocks_with_page_furniture(data: store.AtlasData) -> None:
    page = HEAD + "Signatories\n\nA\nAarhus, Denmark\n\nB\nBilbao, Spain\nBologna, Italy\n\n"
    page += "Z\nZagreb, Croatia\n\nShare article\nMenu\n"
    assert read(data, page) == [
        ("Aarhus", "Denmark"),
        ("Bilbao", "Spain"),
        ("Bologna", "Italy"),
        ("Zagreb", "Croatia"),
    ]


def test_name_mayor_of_city_with_bullets_and_no_country(data: store.AtlasData) -> None:
    page = HEAD + (
        "• Jane Doe, Mayor of Aarhus\n- John Roe, Lord Mayor of Dublin\n"
        "* Ann Poe, Deputy Mayor of Lisbon\n1. Bo Ek, former Mayor of Portland\n"
        "2) Al Ma, Mayor of Utrecht\n"
    )
    result = plan(data, page)
    assert list(result.signatories["city"]) == ["Aarhus", "Dublin", "Lisbon", "Portland", "Utrecht"]
    review = result.review.set_index("city")
    assert review.loc["Portland", "country"] == "United States"
    assert review.loc["Portland", "found"] == "gazetteer"
    assert "ambiguous" in review.loc["Portland", "note"]  # Oregon or Maine: flagged
    assert any("'1. Bo Ek, former Mayor of Portland': ambiguous" in w for w in result.warnings)
    assert review.loc["Aarhus", "country"] == "Denmark"


def test_two_lines_an_entry_with_state_and_province_codes(data: store.AtlasData) -> None:
    page = HEAD + (
        "Mayor Jane Doe\nCity of Springfield, IL\n\nMayor John Roe\nCity of Toronto, ON\n\n"
        "Ann Poe\nTown of Chapel Hill, NC\n\nMayor Bo Ek\nMunicipality of Mississauga\n"
    )
    result = plan(data, page)
    review = result.review.set_index("city")
    assert list(review.index) == ["Springfield", "Toronto", "Chapel Hill", "Mississauga"]
    assert list(review["country"]) == ["United States", "Canada", "United States", "Canada"]
    assert list(review["region"]) == ["IL", "ON", "NC", ""]
    assert review.loc["Springfield", "found"] == "state code"  # not Israel
    assert "Ann Poe" in set(result.skipped["text"])


def test_italian_province_codes_are_not_countries(data: store.AtlasData) -> None:
    page = HEAD + (
        "Firmatari:\nMatteo Rossi - Bologna (BO)\nGiulia Sala - Milano (MI)\n"
        "Roberto Neri - Palermo (PA)\nLuca Bianchi - Napoli (NA)\n"
    )
    assert read(data, page) == [
        ("Bologna", "Italy"),
        ("Milano", "Italy"),
        ("Palermo", "Italy"),
        ("Napoli", "Italy"),  # the page's spelling stays
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The declaration was signed by Aarhus, Bilbao, Dublin, Lisbon, Utrecht and Zagreb.",
        "It was signed by Aarhus, Bilbao, Dublin, Lisbon, Utrecht, and Zagreb, in March.",
        "Die Erklärung wurde von Aarhus, Bilbao, Dublin, Lisbon, Utrecht und Zagreb unterzeichnet.",
        "Signée par les maires d'Aarhus, de Bilbao, de Dublin, de Lisbon, d'Utrecht et de Zagreb.",
        "Firmada por Aarhus, Bilbao, Dublin, Lisbon, Utrecht y Zagreb. The mayors met in Oslo.",
        "Firmata da Aarhus, Bilbao, Dublin, Lisbon, Utrecht e Zagreb.",
    ],
)
def test_running_text_in_several_languages(data: store.AtlasData, sentence: str) -> None:
    assert read(data, HEAD + sentence + "\n\nShare this\n") == [
        ("Aarhus", "Denmark"),
        ("Bilbao", "Spain"),
        ("Dublin", "Ireland"),
        ("Lisbon", "Portugal"),
        ("Utrecht", "Netherlands"),
        ("Zagreb", "Croatia"),
    ]


def test_a_shared_bracket_and_a_misspelt_country(data: store.AtlasData) -> None:
    page = HEAD + "Signed by: Lyon and Grenoble (France); Turin (Italy); Porto (Portugual).\n"
    result = plan(data, page)
    assert list(zip(result.signatories["city"], result.signatories["country"], strict=True)) == [
        ("Lyon", "France"),
        ("Grenoble", "France"),
        ("Turin", "Italy"),
        ("Porto", "Portugal"),
    ]
    notes = dict(zip(result.review["city"], result.review["note"], strict=True))
    assert notes["Lyon"] == "read as one of several places sharing a bracket"
    assert notes["Porto"] == "country 'Portugual' read as Portugal"


def test_a_flattened_table_keeps_name_and_country(data: store.AtlasData) -> None:
    page = HEAD + (
        "City, Country, Population, Action\nBilbao, ES345,000Mitigation\n"
        "Valencia, ES800,000Adaptation\nPorto, PT231,000Adap"
    )
    assert read(data, page) == [("Bilbao", "Spain"), ("Valencia", "Spain"), ("Porto", "Portugal")]


@pytest.mark.parametrize(
    ("tail", "cut", "last"),
    [
        ("Maroua (Cameroon); Kousseri (Cameroon); Garoua (Camero", "Garoua (Camero", "Kousseri"),
        ("Lisbon, Portugal\nMadrid, Spain\nPorto, Portu", "Porto, Portu", "Madrid, Spain"),
    ],
)
def test_a_cut_off_list_is_refused_naming_the_cut_and_last_entry(
    data: store.AtlasData, tail: str, cut: str, last: str
) -> None:
    with pytest.raises(ParseError) as info:
        plan(data, HEAD + "Signed by:\n" + tail)
    assert f"cut off at {cut!r}" in str(info.value)
    assert last in str(info.value)
    assert info.value.option == "allow_truncated"
    kept = plan(data, HEAD + "Signed by:\n" + tail, allow_truncated=True)
    assert len(kept.signatories) == 2
    assert "cut off" in kept.skipped["reason"].iloc[-1]


def test_a_default_country_and_a_listed_twice_entry(data: store.AtlasData) -> None:
    page = HEAD + "Kumasi\nTamale\nAtlantis\nKumasi\n"
    result = plan(data, page, default_country="Ghana")
    assert read(data, page, default_country="Ghana") == [
        ("Kumasi", "Ghana"),
        ("Tamale", "Ghana"),
        ("Atlantis", "Ghana"),
    ]
    assert set(result.review["found"]) == {"default"}
    assert "listed twice (also line 7)" in set(result.skipped["reason"])


def test_an_unknown_place_without_a_country_is_skipped_and_named(data: store.AtlasData) -> None:
    result = plan(data, HEAD + "Kumasi\nAtlantis\nTamale\nNowhere Land\n")
    assert list(result.signatories["city"]) == ["Kumasi", "Tamale"]
    reasons = dict(zip(result.skipped["text"], result.skipped["reason"], strict=True))
    assert reasons["Atlantis"].startswith("country unknown")
    assert reasons["Nowhere Land"].startswith("not a known place")
    assert any("'Atlantis': unknown place" in w for w in result.warnings)


def test_markup_and_a_future_date_are_imported_as_text(data: store.AtlasData) -> None:
    page = (
        "<b>Statement</b> ![x](http://evil.example/x.png)\n\n1 May 2099\n\n"
        "Text with [a link](http://evil.example) and <script>alert(1)</script>.\n\n"
        "Aarhus, Denmark\nZagreb, Croatia\n"
    )
    result = plan(data, page)
    assert result.meta["title"] == "<b>Statement</b> ![x](http://evil.example/x.png)"
    assert result.meta["date"] == "2099-05-01"
    assert "<script>alert(1)</script>" in result.text


def test_control_and_bidi_characters_never_reach_the_data() -> None:
    page = parse_page("Title\u202e\n\n1 May 2020\n\nAar\x00hus, Den\u202emark\nZagreb, Croatia\n")
    assert page.title == "Title"
    assert page.members is not None
    assert [e.city for e in page.members.entries] == ["Aarhus", "Zagreb"]


@pytest.fixture
def no_hang() -> Iterator[None]:
    """Fail a test stuck for 20 s (a quadratic reader on a hostile page) instead of hanging."""

    def stop(*_: object) -> None:
        raise TimeoutError("the reader took over 20 s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(
    "hostile",
    [
        "(a); " * 200_000,
        "Mayor of " * 110_000,
        "a, " * 330_000,
        "x\n" * 500_000,
        "lord " * 200_000 + "mayor of X",
        "Aarhus (" * 120_000,
    ],
    ids=["brackets", "roles", "commas", "lines", "nested-roles", "open-brackets"],
)
@pytest.mark.usefixtures("no_hang")
def test_a_one_megabyte_hostile_page_is_read_or_refused(hostile: str) -> None:
    with contextlib.suppress(ParseError):  # refused with a message, or read: never stuck
        parse_page("Title\n\n1 May 2020\n\n" + hostile)


def test_dry_run_prints_the_table_and_writes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    (root / "networks.csv").write_text(
        "id,name,short_name,website,colour\nscn,Strong Cities,SCN,https://a.example,#0072B2\n"
    )
    (root / "signatories.csv").write_text("statement_id,city,country,region\n")
    gazetteer = tmp_path / "gazetteer.csv"
    GAZETTEER.frame.drop(columns="admin1").to_csv(gazetteer, index=False)
    page = tmp_path / "page.txt"
    page.write_text(HEAD + "Mayor of Aarhus\nMayor of Portland\nLogin\n")
    before = sorted(p.name for p in root.iterdir())
    result = CliRunner().invoke(
        main,
        ["--data-dir", str(root), "import-statement", str(page), "--network", "scn",
         "--dry-run", "--gazetteer", str(gazetteer)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "dry run: nothing written" in result.output
    assert re.search(r"Mayor of Portland\s+Portland\s+United States\s+gazetteer", result.output)
    assert "warning: line 8: 'Mayor of Portland': ambiguous" in result.output
    assert sorted(p.name for p in root.iterdir()) == before


# ------------------------------------------------------------------- property: round trips

# Cities whose names are unique in the fixture gazetteer, so the gazetteer alone can tell
# their country when a shape gives none, and no country's name in any language (a page's
# 'Nederland' is the Netherlands, not the fixture's Colorado village).
UNIQUE = [
    (name, code)
    for name, code, *_ in PLACES
    if sum(p[0] == name for p in PLACES) == 1 and " " not in name and find_country(name) is None
]
COUNTRY_NAMES = {
    "DK": "Denmark", "ES": "Spain", "IE": "Ireland", "PT": "Portugal", "NL": "Netherlands",
    "HR": "Croatia", "DE": "Germany", "DZ": "Algeria", "BE": "Belgium", "CH": "Switzerland",
    "FR": "France", "IT": "Italy", "AT": "Austria", "CA": "Canada", "GH": "Ghana",
    "CM": "Cameroon", "US": "United States", "CZ": "Czechia", "TZ": "Tanzania",
    "AR": "Argentina", "KE": "Kenya", "EC": "Ecuador", "JP": "Japan", "SE": "Sweden",
    "BR": "Brazil", "ZA": "South Africa", "IS": "Iceland",
}  # fmt: skip


def render(shape: str, cities: list[tuple[str, str]], conjunction: str, oxford: bool) -> str:
    named = [(c, COUNTRY_NAMES[code]) for c, code in cities]
    if shape == "semicolons":
        items = [f"{c} ({n})" for c, n in named]
        return "Signed by: " + "; ".join(items[:-1]) + f"; and {items[-1]}."
    if shape == "lines":
        return "\n".join(f"{c}, {n}" for c, n in named)
    if shape == "bracket lines":
        return "\n".join(f"• {c} ({n})" for c, n in named)
    if shape == "mayors":
        return "\n".join(f"{i}. Jane Doe, Mayor of {c}" for i, (c, _) in enumerate(named, 1))
    names = [c for c, _ in named]
    comma = "," if oxford else ""
    return f"Signed by {', '.join(names[:-1])}{comma} {conjunction} {names[-1]}."


@given(
    cities=st.lists(st.sampled_from(UNIQUE), min_size=3, max_size=12, unique=True),
    shape=st.sampled_from(["semicolons", "lines", "bracket lines", "mayors", "running text"]),
    conjunction=st.sampled_from(["and", "und", "et", "e", "y", "og"]),
    oxford=st.booleans(),
)
@settings(max_examples=120, deadline=None)
def test_a_list_in_any_shape_reads_back(
    data: store.AtlasData,
    cities: list[tuple[str, str]],
    shape: str,
    conjunction: str,
    oxford: bool,
) -> None:
    page = HEAD + render(shape, cities, conjunction, oxford) + "\n"
    signed = plan(data, page).signatories
    codes = [importer.country_code(c) for c in signed["country"]]
    assert list(zip(signed["city"], codes, strict=True)) == cities


def test_semicolons_part_a_list_whose_names_hold_commas(data: store.AtlasData) -> None:
    page = HEAD + "Signed by: Washington, D.C. (USA); Turin (Italy); and Graz (Austria).\n"
    assert read(data, page) == [
        ("Washington, D.C.", "USA"),
        ("Turin", "Italy"),
        ("Graz", "Austria"),
    ]


def test_a_sentence_naming_the_host_city_is_not_an_entry(data: store.AtlasData) -> None:
    page = HEAD + "Aarhus, Denmark\nZagreb, Croatia\nSaint Croix, Virgin Islands, U.S.\n"
    page += "The mayors met in Lyon, France.\n"
    assert read(data, page) == [
        ("Aarhus", "Denmark"),
        ("Zagreb", "Croatia"),
        ("Saint Croix", "U.S"),
    ]


def test_bodies_that_are_not_cities_keep_their_name_and_are_flagged(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Signatories:\n\nPublicado el 27/02/2024\n\n"
        "- Métropole de Lyon\n- Región Grenoble\n- Área Metropolitana de Lisboa\n"
        "- Landkreis Aachen\n- City of Leipzig\n- Porto\n- Bilbao\n- Madrid\n"
    )
    found = plan(data, page)
    assert list(zip(found.signatories["city"], found.signatories["country"], strict=True)) == [
        ("Métropole de Lyon", "France"),
        ("Región Grenoble", "France"),
        ("Área Metropolitana de Lisboa", "Portugal"),
        ("Landkreis Aachen", "Germany"),
        ("Leipzig", "Germany"),
        ("Porto", "Portugal"),
        ("Bilbao", "Spain"),
        ("Madrid", "Spain"),
    ]
    notes = dict(zip(found.review["city"], found.review["note"], strict=True))
    assert "a metropolitan area, not a city" in notes["Métropole de Lyon"]
    assert "a county, not a city" in notes["Landkreis Aachen"]
    assert "not a city" not in notes["Leipzig"]


def test_a_body_before_a_dash_and_a_person_is_the_signatory(data: store.AtlasData) -> None:
    page = HEAD + (
        "Signed by:\n\nGemeente Rotterdam – burgemeester A. Bos\n"
        "Gemeente Utrecht – wethouder B. Kok\nProvincie Utrecht – gedeputeerde C. Dam\n"
    )
    assert [city for city, _ in read(data, page)] == ["Rotterdam", "Utrecht", "Provincie Utrecht"]


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("• Prefeitura de Joinville – Santa Catarina", "Joinville"),
        ("Prefeitura Municipal de Londrina – Paraná", "Londrina"),
        ("Lisbon City Council", "Lisbon"),
        ("Esbjerg Kommune", "Esbjerg"),
        ("Dr. Claudia Berger, Oberbürgermeisterin der Stadt Heidelberg", "Heidelberg"),
        ("Michael Vogt, Bürgermeister der Hansestadt Lübeck", "Lübeck"),
        ("Sabine Roth, Oberbürgermeisterin der Universitätsstadt Tübingen", "Tübingen"),
        ("– Grad Zadar (Zadarska županija)", "Zadar"),
        ("Mesto Trnava", "Trnava"),
        ("Ville de Québec / Quebec City", "Québec"),
        ("Ville de Gatineau / City of Gatineau", "Gatineau"),
        ("• Mestna občina Ljubljana (Osrednjeslovenska regija)", "Ljubljana"),
        ("• Občina Piran (Obalno-kraška regija)", "Piran"),
        ("Obec Městys Nedvědice", "Nedvědice"),  # a second form after the first
        ("Općina Grad Rab", "Rab"),
        ("Gmina Miejska Kraków", "Kraków"),  # the form's rank after it
        ("Ajuntament de Lleida", "Lleida"),
        ("Ajuntament d'Igualada", "Igualada"),
        ("Община Пловдив – кмет Иван Петров", "Пловдив"),
        ("İzmir Büyükşehir Belediyesi", "İzmir"),
        # a head's title after its place, its body's words before it: no part of the name
        ("Selim Ateş – Trabzon Büyükşehir Belediye Başkanı", "Trabzon"),
        ("Nur Ilgaz – Bornova Belediye Başkan Yardımcısı", "Bornova"),
        ("Kaja Kivi – Viljandi linnapea", "Viljandi"),
        ("Kovács Anna – Győr polgármestere", "Győr"),
        ("Tartu linn", "Tartu"),
        ("Ventspils valstspilsētas pašvaldība", "Ventspils"),
        ("2. Tartu linn (2021)", "Tartu"),  # a bracket of digits is a column: a year
        ("Aachen (12.03.2021)", "Aachen"),
    ],
)
def test_a_form_of_government_a_title_of_the_city_or_a_second_language_is_no_name(
    line: str, city: str
) -> None:
    entry = read_entry(line, 1)
    assert entry is not None
    assert entry.city == city


def test_a_town_s_body_in_whose_name_its_signer_signs_after_a_colon(
    data: store.AtlasData,
) -> None:
    """'Pécs Megyei Jogú Város nevében: Kovács Péter polgármester': a town's body by its
    form, the postposition that says one signs in its name ('nevében', 'képviseletében'),
    a colon and its signer, their title after their name: the town."""
    towns = _with_places("Pécs, Győr, Kecskemét, Miskolc", "HU")
    page = HEAD + (
        "Aláírók:\n\nPécs Megyei Jogú Város nevében: Kovács Péter polgármester\n"
        "Győr Megyei Jogú Város nevében: dr. Szabó Anna alpolgármester\n"
        "Kecskemét Megyei Jogú Város: Tóth Gábor polgármester\n"
        "Miskolc Megyei Jogú Város képviseletében: Fehér Éva polgármester\n"
    )
    assert [c for c, _ in _read_with(data, page, towns)] == [
        "Pécs", "Győr", "Kecskemét", "Miskolc",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Konak Belediyesi adına: Ayşe Kaya, Belediye Başkanı", "Konak"),
        ("Bursa Büyükşehir Belediyesi adına: Mert Demir, Başkan Vekili", "Bursa"),
        ("Kecskemét Megyei Jogú Város képviseletében", "Kecskemét"),
    ],
)
def test_the_word_after_a_body_that_says_it_signs_is_no_part_of_its_field(
    line: str, city: str
) -> None:
    """Turkish 'adına', Hungarian 'képviseletében' after a town's body (on behalf of it),
    before a colon and its signer's name and title or ending the line: the town."""
    known = PlaceNames(members=("Konak", "Bursa", "Kecskemét"))
    kind, entry = _classify(line, 1, known)
    assert (kind, entry and entry.city) == ("entry", city)


def test_a_state_after_a_dash_and_a_country_after_a_slash_are_no_part_of_the_place() -> None:
    person = read_entry("Jan Kowalski – Bologna (BO)", 1)
    assert person is not None
    assert person.city == "Bologna"
    country = read_entry("Lyon / France", 1)
    assert country is not None
    assert (country.city, country.country) == ("Lyon", "France")


def test_a_bracket_naming_a_person_is_no_part_of_the_place(data: store.AtlasData) -> None:
    page = HEAD + (
        "Signed by:\n\nLyon (maire Anne Roux)\nGrenoble (Bürgermeisterin Eva Kern)\n"
        "Utrecht (Netherlands)\nGeneva (Genève)\n"
    )
    assert read(data, page) == [
        ("Lyon", "France"),
        ("Grenoble", "France"),
        ("Utrecht", "Netherlands"),
        ("Geneva", "Switzerland"),
    ]


def test_entries_broken_over_two_lines_and_a_nordic_title(data: store.AtlasData) -> None:
    page = HEAD + (
        "Signatories:\n\n• Portland,\n  Maine\n• Chapel\n  Hill, NC\n• Springfield, IL\n"
        "• Mississauga, ON\n"
    )
    assert read(data, page) == [
        ("Portland", "United States"),
        ("Chapel Hill", "United States"),
        ("Springfield", "United States"),
        ("Mississauga", "Canada"),
    ]
    signed = plan(data, page).signatories
    assert signed["region"].tolist()[0] == "Maine"  # one place, with its state: not two
    numbered = HEAD + "Signatories:\n\n1. Chapel\nHill, NC\n2. Springfield, IL\n3. Portland, OR\n"
    assert [city for city, _ in read(data, numbered)] == ["Chapel Hill", "Springfield", "Portland"]
    nordic = HEAD + (
        "Underskrevet af:\n\nSofia Hansen, borgmester i Aarhus\n"
        "Jordan Berg, overborgmester i Utrecht\nLars Holm, borgmester i Rotterdam\n"
    )
    assert [city for city, _ in read(data, nordic)] == ["Aarhus", "Utrecht", "Rotterdam"]


def test_a_genitive_in_cyrillic_and_a_ukrainian_and(data: store.AtlasData) -> None:
    ukrainian = GAZETTEER
    for name, population, alternate in [
        ("Lviv", 717_000, "Львів|Львов"),
        ("Vinnytsya", 430_000, "Вінниця"),
        ("Zhytomyr", 260_000, "Житомир"),
        ("Poltava", 280_000, "Полтава"),
    ]:
        ukrainian = _with_names(ukrainian, name, "UA", population, alternate)
    page = HEAD + "Меморандум підписали міські голови Львова, Вінниці, Житомира та Полтави.\n"
    assert _read_with(data, page, ukrainian) == [
        ("Львів", "Ukraine"),
        ("Вінниця", "Ukraine"),
        ("Житомир", "Ukraine"),
        ("Полтава", "Ukraine"),
    ]


def test_a_city_s_body_of_four_words_before_the_word_for_city(data: store.AtlasData) -> None:
    """A city's body named by four words before the word for 'city' and the city's name
    ('Виконавчий комітет міської ради міста Ірпінь', the executive committee of the city
    council of the city of Irpin) after blocks of bodies of one word ('Мерія міста
    Полтави'), under countries' headings: the city, not a line of prose."""
    places = GAZETTEER
    for name, code, population, alternate in [
        ("Vinnytsya", "UA", 430_000, "Вінниця"), ("Zhytomyr", "UA", 260_000, "Житомир"),
        ("Poltava", "UA", 280_000, "Полтава"), ("Chernihiv", "UA", 280_000, "Чернігів"),
        ("Chisinau", "MD", 640_000, "Кишинів"), ("Balti", "MD", 100_000, "Бельці"),
        ("Irpin", "UA", 60_000, "Ірпінь"), ("Bucha", "UA", 37_000, "Буча"),
    ]:  # fmt: skip
        places = _with_names(places, name, code, population, alternate)
    page = HEAD + (
        "Члени мережі:\n\nМолдова\nМерія міста Кишинів\nМерія міста Бельці\n"
        "Україна\nМерія міста Полтава\nМерія міста Житомир\nМерія міста Вінниця\n"
        "Мерія міста Чернігів\nВиконавчий комітет міської ради міста Ірпінь\n"
        "Виконавчий комітет міської ради міста Буча\n\nКонтакти\n"
    )
    assert [c for c, _ in _read_with(data, page, places)] == [
        "Кишинів", "Бельці", "Полтава", "Житомир", "Вінниця", "Чернігів", "Ірпінь", "Буча",
    ]  # fmt: skip


def test_places_in_hungarian_case_forms_in_a_sentence_of_joining(data: store.AtlasData) -> None:
    """'A hálózat Debrecennel, Egerrel és Nyíregyházával bővült' (the network grew by
    Debrecen, Eger and Nyíregyháza): each place in the instrumental, read as named."""
    hungarian = GAZETTEER
    for name, population in [("Debrecen", 200_000), ("Eger", 50_000), ("Nyíregyháza", 115_000)]:
        hungarian = _with_place(hungarian, name, "HU", population)
    page = HEAD + (
        "Új tagok\n\nA hálózat Debrecennel, Egerrel és Nyíregyházával bővült, így már 30 "
        "tagja van.\n\nKapcsolat\n"
    )
    assert [c for c, _ in _read_with(data, page, hungarian)] == ["Debrecen", "Eger", "Nyíregyháza"]


def test_places_in_the_hungarian_accusative_in_a_sentence_of_joining(data: store.AtlasData) -> None:
    """'A közgyűlés felvette Debrecent, Kecskemétet, Szegedet és Nyíregyházát' (the assembly
    admitted Debrecen, Kecskemét, Szeged and Nyíregyháza): each place in the accusative ('-t'
    after a vowel, which it lengthens, '-ot', '-et', '-öt' after a consonant), read as named."""
    hungarian = GAZETTEER
    for name, population in [
        ("Debrecen", 200_000), ("Kecskemét", 110_000), ("Szeged", 160_000),
        ("Nyíregyháza", 115_000),
    ]:  # fmt: skip
        hungarian = _with_place(hungarian, name, "HU", population)
    page = HEAD + (
        "Új tagok\n\nA közgyűlés tegnap felvette Debrecent, Kecskemétet, Szegedet és "
        "Nyíregyházát a szövetség tagjai közé.\n\nKapcsolat\n"
    )
    assert [c for c, _ in _read_with(data, page, hungarian)] == [
        "Debrecen", "Kecskemét", "Szeged", "Nyíregyháza",
    ]  # fmt: skip


def test_bodies_a_nordic_sentence_says_wrote_under_are_signatories(data: store.AtlasData) -> None:
    """Danish, Norwegian and Swedish sign with a split verb, 'skrive under' (write under):
    'Bergen kommune, Bodø kommune og Tromsø kommune skrev under i går' names its signatories,
    no examples, as 'underskrev' would."""
    nordic = GAZETTEER
    for name, code in [("Bergen", "NO"), ("Bodø", "NO"), ("Tromsø", "NO"), ("Luleå", "SE")]:
        nordic = _with_place(nordic, name, code, 50_000)
    nordic = _with_place(_with_place(nordic, "Kiruna", "SE", 20_000), "Piteå", "SE", 40_000)
    for sentence, towns in [
        ("Bergen kommune, Bodø kommune og Tromsø kommune skrev under i går.", 3),
        ("Luleå kommun, Kiruna kommun och Piteå kommun har skrivit under avtalet.", 3),
    ]:
        page = HEAD + f"Nyheter\n\nEn ny avtale om klima.\n\n{sentence}\n\nKontakt\n"
        assert len(_read_with(data, page, nordic)) == towns, sentence


def test_a_bracket_of_a_region_and_its_abbreviated_level_ends_no_sentence(
    data: store.AtlasData,
) -> None:
    """'Сумська міська рада (Сумська обл.)': the bracket's stop is its abbreviation's
    ('обл.' for 'область'), no sentence's; the line is a list's entry."""
    ukrainian = GAZETTEER
    for name, population, alternate in [
        ("Sumy", 260_000, "Суми"), ("Kherson", 280_000, "Херсон"), ("Rivne", 240_000, "Рівне"),
    ]:  # fmt: skip
        ukrainian = _with_names(ukrainian, name, "UA", population, alternate)
    page = HEAD + "Нові члени:\n\n" + "\n".join([
        "1. Сумська міська рада (Сумська обл.)", "2. Херсонська міська рада (Херсонська обл.)",
        "3. Рівненська міська територіальна громада (Рівненська обл.)",
    ]) + "\n\nКонтакти\n"  # fmt: skip
    assert [c for c, _ in _read_with(data, page, ukrainian)] == ["Суми", "Херсон", "Рівне"]


def test_a_country_and_a_colon_head_a_line_of_places_parted_by_commas(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Hanno firmato, per paese:\n\nItalia: Torino, Milano e Bologna\nPortugal: Lisboa, Porto\n"
        "Spagna: Madrid, Bilbao\n"
    )
    assert read(data, page) == [
        ("Torino", "Italia"),
        ("Milano", "Italia"),
        ("Bologna", "Italia"),
        ("Lisboa", "Portugal"),
        ("Porto", "Portugal"),
        ("Madrid", "Spagna"),
        ("Bilbao", "Spagna"),
    ]


def test_a_directory_of_city_cards_is_a_table_of_one_card_a_row(data: store.AtlasData) -> None:
    cards = [("Aarhus", "Denmark"), ("Utrecht", "Netherlands"), ("Graz", "Austria")]
    page = (
        HEAD
        + "Our member cities\n\n"
        + "\n\n".join(
            f"{city}\n{country}\nMember since {2019 + k}" for k, (city, country) in enumerate(cards)
        )
    )
    found = plan(data, page + "\n\nJoin the network\n")
    assert list(zip(found.signatories["city"], found.signatories["country"], strict=True)) == cards
    assert found.skipped.empty or not found.skipped["text"].str.contains("Member").any()


def test_two_columns_of_places_aligned_with_spaces_are_two_entries_a_line(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Las ciudades adheridas son:\n\nBilbao                Madrid\n"
        "Lisboa                Porto\nAarhus                Utrecht\n"
    )
    assert [city for city, _ in read(data, page)] == [
        "Bilbao", "Madrid", "Lisboa", "Porto", "Aarhus", "Utrecht"
    ]  # fmt: skip


def test_two_columns_of_bodies_aligned_with_spaces_are_two_entries_a_line(
    data: store.AtlasData,
) -> None:
    # a careful reader sees two columns: lines of the same shape parted at one wide gap
    spanish = HEAD + (
        "Firmaron la declaración:\n\nAyuntamiento de Bilbao        Ayuntamiento de Madrid\n"
        "Ayuntamiento de Valencia      Ayuntamiento de Porto\n"
        "Ayuntamiento de Aachen        Ayuntamiento de Lyon\n\nMás ciudades firmarán pronto.\n"
    )
    assert sorted(city for city, _ in read(data, spanish)) == [
        "Aachen", "Bilbao", "Lyon", "Madrid", "Porto", "Valencia"
    ]  # fmt: skip
    english = HEAD + (
        "Signed by:\n\nLeipzig City Council          Dublin City Council\n"
        "Utrecht City Council          Toronto City Council\n"
        "Grenoble City Council         Bologna City Council\n"
    )
    assert sorted(city for city, _ in read(data, english)) == [
        "Bologna", "Dublin", "Grenoble", "Leipzig", "Toronto", "Utrecht"
    ]  # fmt: skip


def test_a_bracket_that_is_part_of_a_place_s_name_is_no_country(data: store.AtlasData) -> None:
    halle = _with_place(GAZETTEER, "Halle (Saale)", "DE", 238_000)
    page = HEAD + "Als neue Mitglieder wurden Aachen, Halle (Saale) und München aufgenommen.\n"
    assert _read_with(data, page, halle) == [
        ("Aachen", "Germany"),
        ("Halle (Saale)", "Germany"),
        ("München", "Germany"),
    ]


def test_a_list_s_frame_ends_its_lines_where_one_line_s_frame_differs(
    data: store.AtlasData,
) -> None:
    latvian = GAZETTEER
    for name, population in [("Rīga", 740_000), ("Liepāja", 67_000), ("Jelgava", 55_000)]:
        latvian = _with_place(latvian, name, "LV", population)
    latvian = _with_names(latvian, "Valmiera", "LV", 23_000, "Valmieras")
    page = HEAD + (
        "Iniciatīvai pievienojušās:\n\nRīgas valstspilsētas pašvaldība\n"
        "Liepājas valstspilsētas pašvaldība\nJelgavas valstspilsētas pašvaldība\n"
        "Valmieras novada pašvaldība\n"
    )  # 'novada pašvaldība' is no headline about Valmiera: 'pašvaldība' ends the list's lines
    assert [city for city, _ in _read_with(data, page, latvian)] == [
        "Rīga", "Liepāja", "Jelgava", "Valmiera"
    ]  # fmt: skip


def test_a_place_named_as_a_country_is_in_another_language_stands_in_a_column_of_places(
    data: store.AtlasData,
) -> None:
    granada = _with_place(GAZETTEER, "Granada", "ES", 230_000)  # Grenada, in Spanish
    page = HEAD + (
        "Firmaron el pacto:\n\nMadrid         Granada        Bilbao\n"
        "Lisboa         Porto          Aarhus\n"
    )
    assert [city for city, _ in _read_with(data, page, granada)] == [
        "Madrid", "Granada", "Bilbao", "Lisboa", "Porto", "Aarhus"
    ]  # fmt: skip


def test_a_menu_line_in_another_language_is_furniture(data: store.AtlasData) -> None:
    red = _with_place(GAZETTEER, "Red", "US", 2_000)  # 'Red' is Spanish for 'network'
    page = (
        "Inicio | Red | Contacto\n\n"
        + HEAD
        + ("Firmaron el pacto:\n\nMadrid         Bilbao\nLisboa         Porto\n")
    )
    assert [city for city, _ in _read_with(data, page, red)] == [
        "Madrid", "Bilbao", "Lisboa", "Porto"
    ]  # fmt: skip


def test_a_short_line_and_a_menu_line_read_one_vocabulary() -> None:
    # 'News' in any language is a short line of the site's, as a menu's words all are;
    # 'Mitglieder' (members) is a site's only beside other such words: it heads lists.
    assert all(map(is_furniture, ["Nachrichten", "Notícias", "News"]))
    assert not any(map(is_furniture, ["Mitglieder", "Membros"]))
    assert statements._NAVIGATION.match("Startseite Mitglieder Kontakt")
    assert statements._NAVIGATION.match("Início Membros Notícias")
    assert statements._NAVIGATION.match("Read more")  # the short line's words, in a menu too
    assert not statements._NAVIGATION.match("Mitglieder Berlin")


def test_a_share_block_word_is_no_place(data: store.AtlasData) -> None:
    # 'Del' is Danish for 'share'; a place of that name would otherwise head the list.
    page = (
        HEAD
        + "Del\nFacebook\nX\nE-mail\n\nSigned by:\n\n"
        + ("Sofia Hansen, Mayor of Aarhus\nJan Berg, Mayor of Utrecht\nAna Reis, Mayor of Lisbon\n")
    )
    known = importer.read_statement(
        data, page, network="scn", gazetteer=lambda: _with_place(GAZETTEER, "Del", "IN", 30_000)
    ).members
    assert known is not None
    assert [e.city for e in known.entries] == ["Aarhus", "Utrecht", "Lisbon"]


def _with_place(
    gazetteer: Gazetteer, name: str, code: str, population: int, admin1: str = ""
) -> Gazetteer:
    frame = gazetteer.frame
    row = frame.iloc[[0]].assign(
        geonameid=str(len(frame) + 1000), name=name, country_code=code, admin1=admin1,
        population=population, alternatenames="",
    )  # fmt: skip
    return Gazetteer(pd.concat([frame, row], ignore_index=True))


def test_a_us_state_named_like_a_country_is_the_state(data: store.AtlasData) -> None:
    athens = _with_place(_with_place(GAZETTEER, "Athens", "GR", 660_000), "Athens", "US", 127_000)
    page = HEAD + "Signed by:\n\nAthens, Georgia\nPortland, Maine\nChapel Hill, NC\n"
    found = plan(data, page, athens)
    rows = found.signatories[["city", "region", "country"]].values.tolist()
    assert rows[0] == ["Athens", "Georgia", "United States"]


def test_a_town_named_as_a_country_after_a_mayor_s_name_with_its_state_s_code(
    data: store.AtlasData,
) -> None:
    """'Mayor Ann Carter, Toledo, OH' and 'Mayor Kyle Ortega-Dunn, Jordan, MN': a town
    named as a country after a person, its state's code after it, is the place, no country;
    a country alone after a person's name is none ('Jane Roe, Germany')."""
    towns = _with_places("Toledo, Georgia, Jordan, Topeka", "US")
    page = HEAD + (
        "Sincerely,\n\nMayor Ann Carter, Toledo, OH\nMayor Peter Lowell-Barnes, Georgia, VT\n"
        "Mayor Kyle Ortega-Dunn, Jordan, MN\nMayor Ben Hall, Topeka, KS\n"
    )
    assert _read_with(data, page, towns) == [
        ("Toledo", "United States"), ("Georgia", "United States"),
        ("Jordan", "United States"), ("Topeka", "United States"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Oberbürgermeisterin Dr. Lena Brandt, Barockstadt Fulda", "Fulda"),
        ("Bürgermeisterin Jana Wiese, Residenzstadt Celle", "Celle"),
        ("Burgemeester Jan Vos, Vestingstad Naarden", "Naarden"),
        ("Oberbürgermeister Kai Ostendorf, Stadt Kassel", "Kassel"),
    ],
)
def test_a_town_s_honorific_title_after_a_signer_s_name_and_title_is_no_part_of_it(
    line: str, city: str
) -> None:
    """A signer's title and name, a comma and the town with its honorific title before its
    name ('Barockstadt Fulda', 'Vestingstad Naarden'): the town, as on a line of its own."""
    known = PlaceNames(members=("Fulda", "Celle", "Naarden", "Kassel"))
    kind, entry = _classify(line, 1, known)
    assert (kind, entry and entry.city) == ("entry", city)


def test_a_country_the_page_gets_wrong_gives_way_to_the_gazetteers_with_a_warning(
    data: store.AtlasData,
) -> None:
    page = HEAD + "Signed by:\n\nGraz, Germany\nAachen, Germany\nLeipzig, Germany\n"
    found = plan(data, page)
    assert list(zip(found.signatories["city"], found.signatories["country"], strict=True)) == [
        ("Graz", "Austria"),
        ("Aachen", "Germany"),
        ("Leipzig", "Germany"),
    ]
    assert "the page says Germany" in found.review["note"].tolist()[0]


def test_a_country_before_the_place_and_the_country_most_of_the_list_may_be_in(
    data: store.AtlasData,
) -> None:
    # Valencia is bigger in Venezuela, but Madrid and Bilbao are only in Spain; the
    # country before a dash is the entry's, not a person's name.
    assert read(data, HEAD + "Signed by Valencia, Madrid and Bilbao.\n") == [
        ("Valencia", "Spain"),
        ("Madrid", "Spain"),
        ("Bilbao", "Spain"),
    ]
    page = HEAD + "Signed by:\n\nPortugal – Porto\nSpain – Valencia\nGhana – Kumasi\n"
    assert read(data, page) == [("Porto", "Portugal"), ("Valencia", "Spain"), ("Kumasi", "Ghana")]


def _with_names(
    gazetteer: Gazetteer, name: str, code: str, population: int, alternate: str
) -> Gazetteer:
    frame = _with_place(gazetteer, name, code, population).frame
    frame.loc[frame.index[-1], "alternatenames"] = alternate
    return Gazetteer(frame)


def _read_with(data: store.AtlasData, page: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    found = plan(data, page, gazetteer)
    return list(zip(found.signatories["city"], found.signatories["country"], strict=True))


def test_an_index_s_first_town_with_its_form_and_county_under_a_letter_is_no_caption(
    data: store.AtlasData,
) -> None:
    """An A–Ö index of members, each a town with its form and its county after a dash
    ('Arvika kommun – Värmlands län'), under letter headings: the first, apart from the
    next by a heading, is a member, not the list's caption, though it has a word in lower
    case ('kommun') and the gazetteer lacks the name with its form."""
    towns = GAZETTEER
    for name in ["Arvika", "Boden", "Kumla", "Ludvika", "Mora", "Visby"]:
        towns = _with_place(towns, name, "SE", 20_000)
    page = HEAD + (
        "Medlemmar A–Ö\n\nAlla medlemmar i bokstavsordning.\n\nA\nArvika kommun – Värmlands "
        "län\n\nB\nBodens kommun – Norrbottens län\n\nK\nKumla kommun – Örebro län\n\nL\n"
        "Ludvika kommun – Dalarnas län\n\nM\nMora kommun – Dalarnas län\n\nV\n"
        "Visby – Gotlands län\n\nTotalt 6 medlemmar.\n"
    )
    assert [c for c, _ in _read_with(data, page, towns)] == [
        "Arvika", "Boden", "Kumla", "Ludvika", "Mora", "Visby",
    ]  # fmt: skip


def test_a_short_list_s_town_whose_namesake_abroad_is_a_metropolis_is_of_the_others_country(
    data: store.AtlasData,
) -> None:
    """Three towns in a sentence, the two others of one country (one with a namesake
    abroad too), and a town of its name there though a metropolis abroad bears it
    ('Moncton, Sydney and Halifax' in Canada,
    not Sydney in Australia): a careful reader reads it with the others."""
    canada = GAZETTEER
    for name, code, population in [
        ("Sydney", "AU", 4_600_000), ("Sydney", "CA", 30_000), ("Moncton", "CA", 72_000),
        ("Fredericton", "CA", 58_000), ("Halifax", "CA", 400_000), ("Halifax", "GB", 88_000),
    ]:  # fmt: skip
        canada = _with_place(canada, name, code, population)
    page = HEAD + "This month Moncton, Sydney and Halifax joined the network.\n"
    assert _read_with(data, page, canada) == [
        ("Moncton", "Canada"),
        ("Sydney", "Canada"),
        ("Halifax", "Canada"),
    ]
    page = HEAD + "Ce mois-ci, les villes de Moncton, de Sydney et d'Halifax ont adhéré.\n"
    assert [c for _, c in _read_with(data, page, canada)] == ["Canada"] * 3


def test_a_page_s_country_stands_against_a_big_namesake_on_another_continent(
    data: store.AtlasData,
) -> None:
    # The gazetteer lacks Méri, a commune of Cameroon; it has Mary (Turkmenistan, 167,000),
    # which GeoNames also calls Meri. Graz, Germany still goes to Austria, next door.
    mary = _with_names(GAZETTEER, "Mary", "TM", 167_000, "Meri")
    page = HEAD + "Signed by:\n\nMaroua (Cameroon)\nMéri (Cameroon)\nGaroua (Cameroon)\n"
    assert _read_with(data, page, mary) == [
        ("Maroua", "Cameroon"), ("Méri", "Cameroon"), ("Garoua", "Cameroon")
    ]  # fmt: skip
    page = HEAD + "Signed by:\n\nGraz, Germany\nAachen, Germany\nLeipzig, Germany\n"
    assert _read_with(data, page, mary)[0] == ("Graz", "Austria")


def test_a_name_in_another_script_is_no_place_s_own_name(data: store.AtlasData) -> None:
    # 'Καβάλα' transliterates to Kabala, a town's main name in Mali; it is Kavála's Greek
    # name, and the bigger place of the two.
    greek = _with_names(
        _with_place(GAZETTEER, "Kabala", "ML", 24_000), "Kavála", "GR", 54_000, "Καβάλα"
    )
    assert _read_with(data, HEAD + "Signed by Καβάλα, Madrid, Bilbao and Aarhus.\n", greek)[0] == (
        "Καβάλα", "Greece"
    )  # fmt: skip


def test_a_host_coordinator_or_exception_inside_the_list_s_sentence_is_no_signatory(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "The charter was signed in Lyon, the host city, by the mayors of Aarhus, Bilbao, "
        "Zagreb and Utrecht, with Porto as coordinator.\n"
    )
    assert [c for c, _ in read(data, page)] == ["Aarhus", "Bilbao", "Zagreb", "Utrecht"]
    page = HEAD + (
        "La charte est signée par Aarhus, Bilbao, Zagreb, Utrecht et Grenoble, sauf Lyon, "
        "qui la signera en mai.\n"
    )
    assert [c for c, _ in read(data, page)] == ["Aarhus", "Bilbao", "Zagreb", "Utrecht", "Grenoble"]
    page = HEAD + (
        "Pactul a fost semnat de Aarhus, Bilbao, Zagreb și Utrecht, cu excepția orașului Lyon, "
        "care va semna în toamnă.\n"
    )  # the exception's clause after it goes with it
    assert [c for c, _ in read(data, page)] == ["Aarhus", "Bilbao", "Zagreb", "Utrecht"]


def test_one_place_named_twice_in_two_forms_is_one_signatory(data: store.AtlasData) -> None:
    page = HEAD + (
        "Signed by:\n\n• Câmara Municipal de Lisboa (Portugal)\n• Porto (Portugal)\n"
        "• Lisbon City Council (Portugal)\n• München (Germany)\n• Munich (Germany)\n"
    )
    found = plan(data, page)
    assert list(zip(found.signatories["city"], found.signatories["country"], strict=True)) == [
        ("Lisboa", "Portugal"),
        ("Porto", "Portugal"),
        ("München", "Germany"),
    ]
    reasons = list(found.skipped["reason"])
    assert reasons == ["listed twice (also line 9)", "listed twice (also line 12)"]


def test_paragraphs_of_one_entry_each_lead_with_their_place(data: store.AtlasData) -> None:
    page = HEAD + (
        "Ogni città ha preso il suo impegno. Ecco i loro piani:\n\n"
        "A Bologna il sindaco Marco Rossi pianterà mille alberi lungo i viali.\n\n"
        "Palermo aprirà, secondo l'assessora Giulia Porto, tre nuovi giardini pubblici.\n\n"
        "Il prossimo incontro si terrà a Grenoble in autunno.\n\n"
        "A Milano il comune rinnoverà le fontane di tutte le piazze.\n\n"
        "Condividi | Home | Contatti\n"
    )  # a person named Porto is no place; a place in the middle of a paragraph no entry
    assert read(data, page) == [("Bologna", "Italy"), ("Palermo", "Italy"), ("Milano", "Italy")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            ["Novos signatários", "", "Cinco cidades aderiram à carta. Veja quem são:", "",
             "Londrina (PR) – O prefeito, Marcelo Antunes, apresentou o plano de ciclovias.", "",
             "Blumenau (SC) – A cidade, que já recicla metade do lixo, quer chegar a 80%.", "",
             "Petrolina (PE) – O município assinou a carta e abriu dois parques.", "",
             "Uberlândia (MG) – A vice-prefeita, Ana Paula Reis, representou a cidade.", "",
             "Anápolis (GO) – A cidade vai plantar mil árvores até 2026.", "",
             "O próximo encontro será em Natal (RN)."],
            "Londrina|Blumenau|Petrolina|Uberlândia|Anápolis",
        ),
        (
            ["Nuovi aderenti", "",
             "Cremona (CR) – Il comune, che ha già un piano per il clima, ha firmato la carta.",
             "", "Rovigo (RO) – La sindaca, Elena Bassi, ha presentato il piano del verde.", "",
             "Lecco (LC) – Il comune ha aderito con un piano per le scuole.", "", "Contatti"],
            "Cremona|Rovigo|Lecco",
        ),
        (
            ["Nouveaux membres", "",
             "Nantes (France) – La ville, qui a fermé son centre aux voitures, rejoint le réseau.",
             "", "Namur (Belgique) – Le collège communal, qui a voté l'adhésion en mai, signe.",
             "", "Sion (Suisse) – La commune adhère.", "", "Contact"],
            "Nantes|Namur|Sion",
        ),
    ],
)  # fmt: skip
def test_paragraphs_each_headed_by_a_town_its_code_and_a_dash(
    page: list[str], expected: str
) -> None:
    """Paragraphs each headed by a town, its state's or province's code (or its country)
    in a bracket and a dash ('Londrina (PR) – O prefeito, Marcelo Antunes, apresentou ...'):
    each is the town's entry, the sentence after the dash about it, clauses in it or not."""
    names = set(expected.split("|"))
    found = read_member_list(page, PlaceNames(lambda name: name in names))
    assert found is not None
    assert [e.city for e in found.entries] == expected.split("|")


def test_roles_in_either_order_and_country_headings_over_lines(data: store.AtlasData) -> None:
    page = HEAD + (
        "Signed by:\n\nNederland\nAnne de Groot, burgemeester van Utrecht\n"
        "Burgemeester van Rotterdam: Sandra Kok\nBelgië\nBurgemeester van Brussel: Els Maes\n"
    )  # Nederland is a town in Colorado too: here a heading, as België is
    assert read(data, page) == [
        ("Utrecht", "Nederland"),
        ("Rotterdam", "Nederland"),
        ("Brussel", "België"),
    ]
    page = HEAD + (
        "Firmado por:\n\nRosario Fernández, intendenta de Mendoza\n"
        "Mercedes Ibarra, intendenta de Salta\n"
    )  # women named like places, a title in the feminine
    assert [c for c, _ in read(data, page)] == ["Mendoza", "Salta"]


def test_an_inflected_form_is_read_as_its_place_not_a_namesake_elsewhere(
    data: store.AtlasData,
) -> None:
    page = HEAD + "Výzvu podepsali primátoři Brna, Olomouce, Ostravy a Tábora.\n"
    # 'Brna' is another name of Pirna (DE), 'Tábora' is nearly Tabora (TZ): in a list of
    # Czech cities they are Brno and Tábor
    assert read(data, page) == [
        ("Brno", "Czechia"),
        ("Olomouc", "Czechia"),
        ("Ostrava", "Czechia"),
        ("Tábor", "Czechia"),
    ]
    page = HEAD + "Signed by Brno, Olomouc, Ostrava and Tabora.\n"  # written as its own name
    assert read(data, page)[-1] == ("Tabora", "Tanzania")
    slovak = HEAD + "Výzvu podpísali primátori Brna, Olomouca, Ostravy a Tábora.\n"
    assert [c for c, _ in read(data, slovak)] == ["Brno", "Olomouc", "Ostrava", "Tábor"]


def test_a_host_in_romanian_and_a_spanish_provincial_council() -> None:
    assert (
        without_roles(
            "Planul a fost semnat de Aarhus, Bilbao, Zagreb și Utrecht, la reuniunea găzduită "
            "de Lyon."
        )
        == "Planul a fost semnat de Aarhus, Bilbao, Zagreb și Utrecht"
    )
    assert body_place("Diputación Provincial de Valencia") == "Valencia"
    assert body_place("Mancomunidad de la Comarca de Pamplona") == "Pamplona"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Réunis à Dijon, les maires de Besançon, Belfort et Dole ont signé la charte.",
         "les maires de Besançon, Belfort et Dole ont signé la charte."),
        ("Liège (Belgique) – Le conseil communal, réuni en séance, a voté l'adhésion.",
         "Liège (Belgique) – Le conseil communal, réuni en séance, a voté l'adhésion."),
        ("Gathered in the spring, the councils of Derby, Leicester and Lincoln signed.",
         "Gathered in the spring, the councils of Derby, Leicester and Lincoln signed."),
    ],
)  # fmt: skip
def test_where_signers_met_is_a_venue_only_before_a_name(line: str, kept: str) -> None:
    """'Réunis à Dijon' names the venue, its part goes; 'réuni en séance' (met in
    session), 'Gathered in the spring' name none: no role's part, and the place before it
    ('Liège (Belgique) – Le conseil communal') is no apposition to drop."""
    assert without_roles(line) == kept


def test_a_table_flattened_with_its_name_and_country_cells_run_together(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Miembros de la red:\n\nCiudadPaísHabitantesAño\nMadridEspaña32000002019\n"
        "PortoPortugal2300002020\nLyonFrancia5000002021\nChapel HillEstados Unidos600002023\n"
        "GrazAustria2800002024\n"
    )  # the cells of each row run together: a name, then a country, then figures
    assert read(data, page) == [
        ("Madrid", "España"),
        ("Porto", "Portugal"),
        ("Lyon", "Francia"),
        ("Chapel Hill", "Estados Unidos"),
        ("Graz", "Austria"),
    ]


def test_a_title_and_a_name_before_the_place_after_a_comma_or_of(data: store.AtlasData) -> None:
    page = HEAD + (
        "Signed by:\n\nMayor Anna Lindqvist, Aarhus\nMayor Carlos Ruiz of Bilbao\n"
        "Mayor Ivan Horvat of Zagreb\nMayor Maria Costa, Porto\nMayor Paul Dubois of Grenoble\n"
        "Mayor Chris Leipzig of Graz\n"
    )  # the two shapes mixed; a surname that is a place is no entry
    assert [city for city, _ in read(data, page)] == [
        "Aarhus", "Bilbao", "Zagreb", "Porto", "Grenoble", "Graz"
    ]  # fmt: skip


def test_a_body_whose_name_holds_a_city_is_the_body_first_in_running_text(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Firmatari:\n\nCittà metropolitana di Torino ; Grenoble ; Área Metropolitana do Porto ; "
        "Graz ; Bologna\n"
    )  # the first item of a list is read from its end: the body, not the city it names
    signed = plan(data, page).signatories
    assert list(zip(signed["city"], signed["kind"], strict=True))[:3] == [
        ("Città metropolitana di Torino", "metropolitan area"),
        ("Grenoble", "city"),
        ("Área Metropolitana do Porto", "metropolitan area"),
    ]


def test_a_country_and_a_colon_before_several_places_a_line(data: store.AtlasData) -> None:
    page = HEAD + (
        "Unterzeichnet von:\n\nSpanien: Madrid, Bilbao, Valencia\nItalien: Bologna, Torino\n"
        "Deutschland: Aachen, München\nEnglish version signed by: Turin, Munich\n"
    )  # the last line names two of them again, in English: no more signatories
    assert read(data, page) == [
        ("Madrid", "Spanien"), ("Bilbao", "Spanien"), ("Valencia", "Spanien"),
        ("Bologna", "Italien"), ("Torino", "Italien"),
        ("Aachen", "Deutschland"), ("München", "Deutschland"),
    ]  # fmt: skip


def test_a_country_s_label_before_several_places_or_bodies_a_spaced_dash_parts(
    data: store.AtlasData,
) -> None:
    italian = HEAD + (
        "Hanno firmato la carta:\n\nITALIA: Torino — Milano — Bologna\n"
        "FRANCIA: Ville de Lyon — Ville de Grenoble\nPORTOGALLO: Porto\n"
    )
    assert read(data, italian) == [
        ("Torino", "ITALIA"), ("Milano", "ITALIA"), ("Bologna", "ITALIA"),
        ("Lyon", "FRANCIA"), ("Grenoble", "FRANCIA"), ("Porto", "PORTOGALLO"),
    ]  # fmt: skip
    polish = HEAD + (
        "Sygnatariusze:\n\nNiemcy: Aachen - München\nHiszpania: Madrid - Bilbao - Valencia\n"
    )
    assert read(data, polish) == [
        ("Aachen", "Niemcy"), ("München", "Niemcy"),
        ("Madrid", "Hiszpania"), ("Bilbao", "Hiszpania"), ("Valencia", "Hiszpania"),
    ]  # fmt: skip


def test_a_polish_locative_that_changes_its_stem_is_its_place_not_a_namesake(
    data: store.AtlasData,
) -> None:
    polish = GAZETTEER
    for name, code, population in [
        ("Gdańsk", "PL", 460_000), ("Lublin", "PL", 340_000), ("Rzeszów", "PL", 190_000),
        ("Koło", "PL", 23_000), ("Kole", "UG", 500),
    ]:  # fmt: skip
        polish = _with_place(polish, name, code, population)
    page = HEAD + (
        "Każde miasto przedstawiło swój plan na najbliższy rok.\n\n"
        "W Kole burmistrz Anna Nowak otworzy trzy nowe żłobki miejskie.\n\n"
        "Gdańsk zbuduje, jak mówi wiceprezydent Jan Lis, dwa nowe baseny.\n\n"
        "Lublin przeznaczy milion złotych na remonty szkolnych boisk.\n\n"
        "Rzeszów otworzy w maju nową bibliotekę na osiedlu Baranówka.\n"
    )  # 'w Kole' is the locative of Koło (ł -> l, o -> e), not Kole in Uganda
    assert _read_with(data, page, polish)[0] == ("Koło", "Poland")


def test_a_body_whose_kind_one_country_has_takes_that_country(data: store.AtlasData) -> None:
    english = GAZETTEER
    for name, code, population in [
        ("Leeds", "GB", 536_000), ("Leeds", "US", 12_000),
        ("Bristol", "GB", 479_000), ("Bristol", "US", 60_000),
    ]:  # fmt: skip
        english = _with_place(english, name, code, population)
    page = HEAD + (
        "The compact is backed by:\n\nGreater Manchester Combined Authority\n"
        "West Midlands Combined Authority\nLeeds City Council\nBristol City Council\n"
    )  # no gazetteer knows the authorities; only England has combined authorities
    found = plan(data, page, english).signatories
    assert found[["city", "country", "kind"]].values.tolist() == [
        ["Greater Manchester Combined Authority", "United Kingdom", "metropolitan area"],
        ["West Midlands Combined Authority", "United Kingdom", "metropolitan area"],
        ["Leeds", "United Kingdom", "city"],
        ["Bristol", "United Kingdom", "city"],
    ]


def test_a_venue_before_the_list_is_no_signatory(data: store.AtlasData) -> None:
    page = HEAD + (
        "Riuniti a Torino, i sindaci di Bologna, Palermo, Milano e Napoli hanno firmato la "
        "carta per l'acqua pubblica.\n"
    )  # the place they met in, in the language's words for it, did not sign
    assert [city for city, _ in read(data, page)] == ["Bologna", "Palermo", "Milano", "Napoli"]
    for sentence, signed in (
        ("Gathered in Geneva, the mayors of Aarhus, Bilbao, Zagreb and Utrecht signed it.",
         ["Aarhus", "Bilbao", "Zagreb", "Utrecht"]),
        ("Versammelt in Leipzig, unterzeichneten Aachen, Graz, München und Utrecht die Charta.",
         ["Aachen", "Graz", "München", "Utrecht"]),
        ("Reunidos en Madrid, los alcaldes de Bilbao, Valencia, Porto y Lisboa firmaron.",
         ["Bilbao", "Valencia", "Porto", "Lisboa"]),
    ):  # fmt: skip
        assert [city for city, _ in read(data, HEAD + sentence + "\n")] == signed


def _councils_gazetteer() -> Gazetteer:
    places = _with_names(GAZETTEER, "Bristol", "US", 17_000, "Bristol City")  # as GeoNames
    places = _with_names(places, "Commerce City", "US", 53_000, "Derby City")
    places = _with_names(places, "Quezon City", "PH", 3_000_000, "Quezon")
    for name, code, population in [
        ("Bristol", "GB", 479_000), ("Derby", "GB", 270_000), ("Leeds", "GB", 536_000),
        ("Lancaster", "GB", 52_000), ("Lancaster", "US", 160_000), ("Quezon", "PH", 114_000),
        ("Cebu City", "PH", 965_000), ("Makati City", "PH", 510_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    return places


def test_a_council_s_place_is_the_bigger_reading_of_its_name_before_the_form(
    data: store.AtlasData,
) -> None:
    """'Bristol City Council' is Bristol's council (Bristol City is another name of a town
    in Virginia), 'Quezon City Council' Quezon City's (Quezon is a smaller town): the name
    before 'City Council' or before 'Council' is the bigger place of the two."""
    page = (
        HEAD
        + "Die Mitglieder des Netzwerks\n\nRat\tMitglied seit\n"
        + ("Bristol City Council\t2016\nLeeds City Council\t2018\nDerby City Council\t2019\n")
    )
    assert _read_with(data, page, _councils_gazetteer()) == [
        ("Bristol", "United Kingdom"), ("Leeds", "United Kingdom"), ("Derby", "United Kingdom")
    ]  # fmt: skip
    page = (
        HEAD
        + "Villes membres du réseau\n\nConseil\tAdhésion\n"
        + ("Quezon City Council\t2016\nCebu City Council\t2018\nMakati City Council\t2019\n")
    )
    assert [city for city, _ in _read_with(data, page, _councils_gazetteer())] == [
        "Quezon City", "Cebu City", "Makati City"
    ]  # fmt: skip


def test_a_region_that_is_a_state_elsewhere_leaves_the_country_to_the_list(
    data: store.AtlasData,
) -> None:
    """A table's region column naming regions no subdivision list has ('East Midlands') or
    one that is a state of other countries ('North West': South Africa's, Botswana's) gives
    no country where the place is not there: the list's country decides, not the biggest
    namesake (Lancaster, California, beside Lancaster, England)."""
    page = (
        HEAD
        + "Mitglieder des Netzwerks\n\nRat\tRegion\tMitglied seit\n"
        + (
            "Bristol City Council\tSouth West\t2016\n"
            "Leeds City Council\tYorkshire and the Humber\t2016\n"
            "Derby City Council\tEast Midlands\t2019\n"
            "Lancaster City Council\tNorth West\t2022\n"
        )
    )
    assert _read_with(data, page, _councils_gazetteer()) == [
        ("Bristol", "United Kingdom"), ("Leeds", "United Kingdom"), ("Derby", "United Kingdom"),
        ("Lancaster", "United Kingdom"),
    ]  # fmt: skip
    page = (
        HEAD
        + "Membres du réseau :\n\n"
        + (
            "Leeds City Council – Yorkshire\nDerby City Council – East Midlands\n"
            "Lancaster City Council – North West\nBristol City Council – South West\n"
        )
    )
    assert [country for _, country in _read_with(data, page, _councils_gazetteer())] == [
        "United Kingdom"
    ] * 4


def test_a_short_form_of_a_name_of_the_list_s_country_is_that_place(
    data: store.AtlasData,
) -> None:
    """'Newcastle' among English cities is Newcastle upon Tyne (300,000), which GeoNames
    also calls Newcastle, though Newcastle, New South Wales (500,000) has the name as its
    own; 'Kingston' Kingston upon Thames, not Kingston, Jamaica: a place of the list's
    country whose own name starts or ends with the name, and of some size beside its
    namesakes elsewhere, is what the name shortens."""
    english = GAZETTEER
    for name, code, population, other in [
        ("Newcastle", "AU", 508_000, ""), ("Newcastle", "ZA", 405_000, ""),
        ("Newcastle upon Tyne", "GB", 300_000, "Newcastle"), ("Newcastle", "US", 11_000, ""),
        ("Kingston", "JM", 580_000, ""), ("Kingston upon Thames", "GB", 170_000, "Kingston"),
        ("Leeds", "GB", 536_000, ""), ("Derby", "GB", 270_000, ""), ("Exeter", "GB", 130_000, ""),
    ]:  # fmt: skip
        english = _with_names(english, name, code, population, other)
    page = (
        HEAD
        + "Die Mitglieder:\n\nLeeds City Council\nNewcastle City Council\n"
        + ("Derby City Council\nExeter City Council\n")
    )
    assert ("Newcastle", "United Kingdom") in _read_with(data, page, english)
    page = HEAD + "I comuni firmatari:\n\nLeeds\nKingston\nDerby\nExeter\n"
    assert ("Kingston", "United Kingdom") in _read_with(data, page, english)
    french = _with_names(GAZETTEER, "Luxembourg", "LU", 77_000, "")
    french = _with_names(french, "Paris 06 Luxembourg", "FR", 40_000, "Luxembourg")
    page = HEAD + "I comuni firmatari:\n\nLyon\nGrenoble\nLuxembourg\n"  # a district
    assert _read_with(data, page, french)[-1] == ("Luxembourg", "Luxembourg")


def test_a_short_name_is_the_list_s_country_s_bigger_place_of_that_name(
    data: store.AtlasData,
) -> None:
    english = _with_names(GAZETTEER, "Brighton and Hove", "GB", 290_000, "Brighton")
    for name, code, population in [
        ("Brighton", "US", 40_000), ("Brighton", "AU", 30_000), ("Leeds", "GB", 536_000),
        ("Leeds", "US", 12_000),
    ]:  # fmt: skip
        english = _with_place(english, name, code, population)
    page = HEAD + (
        "The compact is backed by:\n\nWest Midlands Combined Authority\n"
        "Greater Manchester Combined Authority\nLeeds City Council\nBrighton City Council\n"
    )  # 'Brighton' is the own name of small towns elsewhere only; the list is British
    assert _read_with(data, page, english)[-1] == ("Brighton", "United Kingdom")
    french = _with_names(GAZETTEER, "Bordeaux", "FR", 260_000, "Porto")  # as GeoNames has
    french = _with_place(french, "Porto", "BR", 12_000)
    page = HEAD + "Signed by:\n\nLyon\nGrenoble\nPorto\n"  # Porto is not Lyon's neighbour
    assert _read_with(data, page, french)[-1] == ("Porto", "Portugal")


def test_cities_that_joined_or_were_welcomed_are_signatories_not_the_meeting_s_venue(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "At the meeting in Nairobi, the network welcomed Kisumu, Mombasa and Nakuru as new "
        "members.\n"
    )  # joining, not signing; three places are no examples; the venue comes first
    assert read(data, page) == [("Kisumu", "Kenya"), ("Mombasa", "Kenya"), ("Nakuru", "Kenya")]
    page = HEAD + (
        "Durante la asamblea celebrada en Nairobi, la red dio la bienvenida a Quito, Cuenca y "
        "Loja, que se incorporan como nuevos miembros.\n"
    )  # a relative clause after the last name ends the list
    assert [c for c, _ in read(data, page)] == ["Quito", "Cuenca", "Loja"]
    page = HEAD + "Lors de son assemblée à Nairobi, le réseau a accueilli Quito, Cuenca et Loja.\n"
    assert [c for c, _ in read(data, page)] == ["Quito", "Cuenca", "Loja"]


def test_a_word_of_joining_after_a_venue_in_the_paragraph_above_says_what_the_list_did(
    data: store.AtlasData,
) -> None:
    """'The General Assembly, meeting in Nairobi, approved the admission of three new
    members.' over a sentence naming three places: the paragraph above says what they did,
    though the venue's clause is cut from the line its words of joining are on."""
    page = HEAD + (
        "The General Assembly, meeting in Nairobi last Saturday, welcomed three new members."
        "\n\nKisumu, Mombasa and Nakuru will now take part in the working groups on clean "
        "air.\n"
    )
    assert read(data, page) == [("Kisumu", "Kenya"), ("Mombasa", "Kenya"), ("Nakuru", "Kenya")]
    page = HEAD + (
        "La Asamblea General, reunida en Nairobi el pasado sábado, aprobó la adhesión de tres "
        "nuevos miembros.\n\nQuito, Cuenca y Loja participarán desde ahora en los grupos de "
        "trabajo de la red.\n"
    )
    assert [c for c, _ in read(data, page)] == ["Quito", "Cuenca", "Loja"]


def test_a_japanese_page_its_date_headline_and_prefectures_in_full_width_brackets(
    data: store.AtlasData,
) -> None:
    page = (
        "ホーム | 加盟都市 | お問い合わせ\n\n三つの市が共同声明に署名\n\n2024年8月6日\n\n"
        "次の市が共同声明に署名しました。\n\n横浜市（神奈川県）\n神戸市（兵庫県）\n仙台市（宮城県）\n"
    )
    parsed = importer.read_statement(data, page, network="scn", gazetteer=lambda: GAZETTEER)
    assert parsed.title == "三つの市が共同声明に署名"
    assert str(parsed.date) == "2024-08-06"
    assert read(data, page) == [("横浜市", "Japan"), ("神戸市", "Japan"), ("仙台市", "Japan")]


def test_japanese_prefectures_of_every_form_head_their_towns(data: store.AtlasData) -> None:
    """Towns under their prefectures' headings, a prefecture of each of Japan's four forms
    ('北海道', '東京都', '京都府' beside '県'): every heading is a region's, no member, though
    its name without the form is a city's ('京都', '大阪')."""
    places = _with_places(
        "大阪, 京都, 町田市, 府中市, 枚方市, 高槻市, 宇治市, 亀岡市, 江別市, 石狩市", "JP"
    )
    page = (
        "加盟自治体一覧\n\n2024年5月1日\n\n加盟自治体を都道府県別に掲載しています。\n\n"
        "北海道\n江別市\n石狩市\n\n東京都\n町田市\n府中市\n\n京都府\n宇治市\n亀岡市\n\n"
        "大阪府\n枚方市\n高槻市\n\nお問い合わせ\n"
    )
    assert [city for city, _ in _read_with(data, page, places)] == [
        "江別市", "石狩市", "町田市", "府中市", "宇治市", "亀岡市", "枚方市", "高槻市",
    ]  # fmt: skip


def test_towns_whose_han_names_fold_alike_are_two_signatories(data: store.AtlasData) -> None:
    """Two towns of one country whose names in Han characters are read alike, so folded
    alike ('福岡市' and '富岡市' both 'fu gang shi'; '福州市' and '抚州市' both 'fu zhou shi'):
    two signatories, not one listed twice, as the characters tell them apart."""
    places = _with_places("福岡市, 富岡市", "JP", _with_places("福州市, 抚州市", "CN"))
    page = "共同声明\n\n2024年5月1日\n\n署名した都市：\n\n福岡市\n富岡市\n福州市\n抚州市\n"
    assert [city for city, _ in _read_with(data, page, places)] == [
        "福岡市", "富岡市", "福州市", "抚州市",
    ]  # fmt: skip


def test_a_place_then_a_dash_and_a_person_s_role_is_the_place(data: store.AtlasData) -> None:
    colombian = GAZETTEER
    for name, code, population in [
        ("Medellín", "CO", 2_500_000), ("Pereira", "CO", 480_000), ("Bucaramanga", "CO", 580_000),
        ("Antioquia", "TR", 20_000), ("Santander", "ES", 170_000),
    ]:  # fmt: skip
        colombian = _with_place(colombian, name, code, population)
    page = HEAD + (
        "Firmaron el pacto:\n\nAlcaldía de Medellín (Antioquia) – alcalde Andrés Gómez\n"
        "Alcaldía de Bucaramanga (Santander) – alcalde Camilo Torres\n"
        "Alcaldía de Pereira (Risaralda) – alcaldesa Luz Ortiz\n"
    )  # the dash parts the place from its mayor, whose role starts the part after it; the
    # departments are Colombia's, not places in Turkey and Spain
    assert _read_with(data, page, colombian) == [
        ("Medellín", "Colombia"), ("Bucaramanga", "Colombia"), ("Pereira", "Colombia"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "page",
    [
        "Unterzeichnet haben:\n\nUruguay\nStadt Mercedes – Bürgermeister: Herr Juan Pérez\n"
        "Stadt Loja – Bürgermeisterin: Frau Ana Ríos\n\nKenia\n"
        "Stadt Kisumu – Stellvertretende Bürgermeisterin: Frau Grace Akinyi\n"
        "Stadt Nakuru – Bürgermeister: Herr Peter Kamau\n\nTeilen\n",
        "الموقعون:\n\nالأوروغواي\nبلدية مرسيدس – رئيس البلدية: السيد خوان بيريز\n"
        "بلدية لوخا – رئيسة البلدية: السيدة آنا ريوس\n\nكينيا\n"
        "بلدية كيسومو – نائبة رئيس المجلس: السيدة غريس أكينيي\n"
        "بلدية ناكورو – رئيس البلدية: السيد بيتر كاماو\n\nمشاركة\n",
    ],
)
def test_a_body_a_dash_and_a_labelled_signer_is_in_its_heading_s_country(
    data: store.AtlasData, page: str
) -> None:
    """A body, a dash, then its signer's title, a colon and their name ('Stadt Kisumu –
    Bürgermeister: Herr Peter Kamau'): the title and name are the signer's, no country,
    so the country heading above decides the place's: Uruguay's Mercedes and Loja, not
    Argentina's and Ecuador's, more populous; Kenya's Nakuru, not Tanzania's."""
    places = GAZETTEER
    for name, code, population in [
        ("Mercedes", "UY", 40_000), ("Loja", "UY", 20_000), ("Nakuru", "TZ", 900_000),
        ("مرسيدس", "AR", 63_000), ("مرسيدس", "UY", 40_000), ("لوخا", "EC", 180_000),
        ("لوخا", "UY", 20_000), ("كيسومو", "KE", 400_000), ("ناكورو", "KE", 570_000),
        ("ناكورو", "TZ", 900_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    found = _read_with(data, HEAD + page, places)
    assert [find_country(country) for _, country in found] == ["UY", "UY", "KE", "KE"]


def test_a_body_around_a_place_s_name_or_with_its_other_name_in_brackets_is_the_place(
    data: store.AtlasData,
) -> None:
    indian = GAZETTEER
    for name, population in [("Chennai", 4_600_000), ("Pune", 3_100_000), ("Mumbai", 12_000_000)]:
        indian = _with_place(indian, name, "IN", population)
    page = HEAD + (
        "Signed by:\n\nGreater Chennai Corporation, Tamil Nadu\n"
        "Pune Municipal Corporation, Maharashtra\n"
        "Brihanmumbai Municipal Corporation (Mumbai), Maharashtra\n"
    )  # words around the name ('Greater', 'Municipal Corporation') or a bracket naming it
    assert [c for c, _ in _read_with(data, page, indian)] == ["Chennai", "Pune", "Mumbai"]
    serbian = GAZETTEER
    for name, population, other in [
        ("Novi Sad", 300_000, "Нови Сад"), ("Niš", 260_000, "Ниш"), ("Čačak", 73_000, "Чачак"),
    ]:  # fmt: skip
        serbian = _with_names(serbian, name, "RS", population, other)
    page = HEAD + "Signed by:\n\n– Нови Сад (Novi Sad)\n– Ниш (Niš)\n– Чачак (Čačak)\n"
    assert _read_with(data, page, serbian) == [
        ("Novi Sad", "Serbia"), ("Niš", "Serbia"), ("Čačak", "Serbia"),
    ]  # fmt: skip  # one place in two scripts: not a country 'Čačak' read as Curaçao


def test_a_venue_in_indonesian_and_galician_and_their_words_of_signing(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Dalam pertemuan tahunan di Nairobi, jaringan ini menyambut Kisumu, Mombasa dan Nakuru "
        "sebagai anggota baru.\n"
    )  # 'di' says where the meeting was
    assert [c for c, _ in read(data, page)] == ["Kisumu", "Mombasa", "Nakuru"]
    page = HEAD + (
        "Na xuntanza celebrada en Madrid, os alcaldes de Bilbao, Valencia, Porto e Lisboa "
        "asinaron a declaración.\n"
    )  # 'asinaron' is signing: the sentence's first part is its venue
    assert [c for c, _ in read(data, page)] == ["Bilbao", "Valencia", "Porto", "Lisboa"]


def test_a_vietnamese_sentence_its_venue_before_the_names_and_the_list_s_frame_words(
    data: store.AtlasData,
) -> None:
    vietnamese = GAZETTEER
    for name, population, other in [
        ("Hanoi", 8_000_000, "Hà Nội"), ("Da Nang", 1_200_000, "Đà Nẵng"),
        ("Can Tho", 1_200_000, "Cần Thơ"), ("Da Lat", 220_000, "Đà Lạt"),
        ("Haiphong", 2_000_000, "Hải Phòng"),
    ]:  # fmt: skip
        vietnamese = _with_names(vietnamese, name, "VN", population, other)
    page = HEAD + (
        "Tại hội nghị ở Đà Lạt, Thành phố Hà Nội, Thành phố Đà Nẵng, Thành phố Hải Phòng và "
        "Thành phố Cần Thơ đã ký cam kết.\n"
    )  # the venue, then names straight after it; 'Thành phố' (city) frames every item
    assert [c for c, _ in _read_with(data, page, vietnamese)] == [
        "Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ",
    ]  # fmt: skip


def test_a_markdown_table_with_pipes_is_a_table(data: store.AtlasData) -> None:
    page = HEAD + (
        "New members:\n\n| City | Country | Joined |\n|---|:---|---|\n"
        "| Rosario | Argentina | 2020 |\n| Valencia | Venezuela | 2021 |\n"
        "| Porto | Portugal | 2019 |\n"
    )  # the cells between pipes are columns: the country is the row's, not a second entry
    namesakes = _with_place(_with_place(GAZETTEER, "Argentina", "CO", 5_000), "Portugal", "US", 900)
    assert _read_with(data, page, namesakes) == [
        ("Rosario", "Argentina"), ("Valencia", "Venezuela"), ("Porto", "Portugal"),
    ]  # fmt: skip


def test_a_mexican_h_ayuntamiento_its_state_s_abbreviation_and_its_presidenta(
    data: store.AtlasData,
) -> None:
    mexican = GAZETTEER
    for name, code, population in [
        ("Zapopan", "MX", 1_200_000), ("Morelia", "MX", 740_000), ("Hermosillo", "MX", 800_000),
        ("Jal", "US", 2_000), ("Son", "NL", 5_000),
    ]:  # fmt: skip  # namesakes of the abbreviations, as GeoNames has them
        mexican = _with_place(mexican, name, code, population)
    page = HEAD + (
        "Suscribieron el compromiso:\n\n"
        "H. Ayuntamiento de Zapopan, Jal. – Presidente Municipal Ricardo Flores\n"
        "H. Ayuntamiento de Morelia, Mich. – Presidenta Municipal Gabriela Ortiz\n"
        "H. Ayuntamiento de Hermosillo, Son. – Presidente Municipal Arturo Valdez\n"
    )  # 'H.' (Honorable) before the council's form; the mayor after a dash, 'Presidenta' too
    assert _read_with(data, page, mexican) == [
        ("Zapopan", "Mexico"), ("Morelia", "Mexico"), ("Hermosillo", "Mexico"),
    ]  # fmt: skip


def test_a_name_that_is_a_village_in_the_list_s_country_is_the_city_elsewhere(
    data: store.AtlasData,
) -> None:
    councils = GAZETTEER
    for name, code, population in [
        ("Ballarat", "AU", 110_000), ("Hobart", "AU", 210_000), ("Geelong", "AU", 270_000),
        ("Wellington", "NZ", 380_000), ("Wellington", "AU", 5_000),
    ]:  # fmt: skip
        councils = _with_place(councils, name, code, population)
    page = HEAD + (
        "Signed by:\n\nCity of Ballarat\nHobart City Council\nCity of Geelong\n"
        "Wellington City Council\n"
    )  # three Australian councils, then New Zealand's capital, not a village of New South Wales
    assert _read_with(data, page, councils)[-1] == ("Wellington", "New Zealand")


def test_a_directory_with_website_email_and_phone_columns(data: store.AtlasData) -> None:
    page = HEAD + (
        "Our members and their focal points:\n\nMember\tCountry\tWebsite\tEmail\tPhone\n"
        "Kisumu City Council\tKenya\twww.kisumu-example.ke\tclimate@kisumu-example.ke\t+254 1\n"
        "Mombasa Capital City Authority\tKenya\twww.mombasa-example.ke\tinfo@mombasa-example.ke"
        "\t+254 2\n"
        "Nakuru City Council\tKenya\twww.nakuru-example.ke\tinfo@nakuru-example.ke\t+254 3\n"
    )  # addresses in lower case are columns, not a sentence; 'Capital City Authority' a form
    assert read(data, page) == [("Kisumu", "Kenya"), ("Mombasa", "Kenya"), ("Nakuru", "Kenya")]


def test_a_name_that_starts_with_a_prefix_in_lower_case_is_a_place(
    data: store.AtlasData,
) -> None:
    south_african = _with_names(GAZETTEER, "Durban", "ZA", 3_700_000, "eThekwini")
    for name, population in [("Cape Town", 4_700_000), ("Johannesburg", 5_600_000)]:
        south_african = _with_place(south_african, name, "ZA", population)
    page = HEAD + (
        "Adopted by:\n\nMember\tProvince\tJoined\n"
        "City of Cape Town Metropolitan Municipality\tWestern Cape\t2019\n"
        "eThekwini Metropolitan Municipality\tKwaZulu-Natal\t2020\n"
        "City of Johannesburg Metropolitan Municipality\tGauteng\t2021\n"
    )  # 'eThekwini' (Durban) is written with its locative prefix in lower case
    assert [c for c, _ in _read_with(data, page, south_african)] == [
        "Cape Town", "eThekwini", "Johannesburg",
    ]  # fmt: skip


def test_a_place_before_a_word_every_line_repeats_is_no_given_name(
    data: store.AtlasData,
) -> None:
    ghanaian = _with_place(GAZETTEER, "Accra", "GH", 2_500_000)
    ghanaian = _with_place(ghanaian, "Kumas", "IR", 1_000)  # what 'Kumasi' would inflect
    page = HEAD + (
        "The new members are:\n\nAccra Metropolitan Assembly\nKumasi Metropolitan Assembly\n"
        "Tamale Metropolitan Assembly\n"
    )  # 'Kumasi Metropolitan' is no person: 'Metropolitan' frames every line
    assert _read_with(data, page, ghanaian) == [
        ("Accra", "Ghana"), ("Kumasi", "Ghana"), ("Tamale", "Ghana"),
    ]  # fmt: skip


def test_a_region_the_page_gives_that_is_another_country_s_is_no_country_for_the_place(
    data: store.AtlasData,
) -> None:
    philippine = GAZETTEER
    for name, population in [("Davao", 1_600_000), ("Iloilo", 450_000), ("Baguio", 360_000)]:
        philippine = _with_place(philippine, name, "PH", population)
    page = HEAD + "Adopted by:\n\n• Davao (Region XI)\n• Iloilo (Region VI)\n"
    page += "• Baguio (Cordillera)\n"
    # 'Region XI' reads like Réunion, Cordillera is a department of Paraguay: the gazetteer
    # has these cities in the Philippines only, big ones
    assert [country for _, country in _read_with(data, page, philippine)] == ["Philippines"] * 3


def test_a_form_s_preposition_is_a_word_of_its_own(data: store.AtlasData) -> None:
    quebec = GAZETTEER
    for name, population in [("Laval", 440_000), ("Gatineau", 290_000), ("Lévis", 150_000)]:
        quebec = _with_place(quebec, name, "CA", population, admin1="10")
    page = HEAD + (
        "Ont signé :\n\nVille de Laval (Québec)\nVille de Gatineau (Québec)\n"
        "Ville de Lévis (Québec)\n"
    )  # 'Ville de La' is no form before 'val'
    assert [c for c, _ in _read_with(data, page, quebec)] == ["Laval", "Gatineau", "Lévis"]


def test_italian_di_is_of_not_where_a_sentence_happened(data: store.AtlasData) -> None:
    page = HEAD + (
        "I sindaci di Bologna, Palermo, Milano e Napoli hanno firmato il patto ieri a Torino.\n"
    )  # 'di' (Indonesian 'in') is Italian 'of' here: Bologna signed
    assert [c for c, _ in read(data, page)] == ["Bologna", "Palermo", "Milano", "Napoli"]


def test_a_place_s_name_with_a_noun_glued_to_it_is_that_place(data: store.AtlasData) -> None:
    icelandic = GAZETTEER
    for name, population, other in [
        ("Reykjavík", 130_000, "Reykjavíkur"), ("Kópavogur", 38_000, "Kópavogsbær"),
        ("Garðabær", 18_000, ""), ("Ísafjörður", 2_600, "Ísafjarðar"),
    ]:  # fmt: skip
        icelandic = _with_names(icelandic, name, "IS", population, other)
    page = HEAD + "Yfirlýsinguna undirrituðu:\n\nReykjavíkurborg\nKópavogsbær\nGarðabær\n"
    page += "Ísafjarðarbær\n"  # Reykjavík's city, Ísafjörður's town: a genitive the gazetteer
    # has with a noun glued to it, at the list's edges
    assert _read_with(data, page, icelandic) == [
        ("Reykjavíkur", "Iceland"), ("Kópavogsbær", "Iceland"), ("Garðabær", "Iceland"),
        ("Ísafjarðar", "Iceland"),
    ]  # fmt: skip


def test_a_place_s_name_with_a_glued_noun_in_its_genitive_is_that_place(
    data: store.AtlasData,
) -> None:
    """'Reykjavíkurborgar' (of Reykjavík's city), 'Akureyrarbæjar', 'Mosfellsbæjar': the
    glued noun in its genitive ('borgar' of 'borg', 'bæjar' of 'bær') names the place as its
    nominative does, after the place's genitive or as part of its name."""
    icelandic = GAZETTEER
    for name, population, other in [
        ("Reykjavík", 130_000, "Reykjavíkur"), ("Kópavogur", 38_000, "Kópavogs"),
        ("Garðabær", 18_000, ""), ("Mosfellsbær", 13_000, ""),
        ("Akureyri", 19_000, "Akureyrar"),
    ]:  # fmt: skip
        icelandic = _with_names(icelandic, name, "IS", population, other)
    page = HEAD + "Yfirlýsinguna undirrituðu:\n\n"
    page += "Reykjavíkurborgar\nKópavogur\nGarðabær\nMosfellsbæjar\nAkureyrarbæjar\n"
    assert _read_with(data, page, icelandic) == [
        ("Reykjavíkur", "Iceland"), ("Kópavogur", "Iceland"), ("Garðabær", "Iceland"),
        ("Mosfellsbær", "Iceland"), ("Akureyrar", "Iceland"),
    ]  # fmt: skip


def test_a_place_after_a_preposition_of_place_in_the_list_s_last_part_is_the_venue(
    data: store.AtlasData,
) -> None:
    polish = GAZETTEER
    for name, population, other in [
        ("Gdańsk", 460_000, ""), ("Krakow", 800_000, ""), ("Elbląg", 120_000, ""),
        ("Olsztyn", 170_000, "Olsztynie"),
    ]:  # fmt: skip  # a locative GeoNames has, genitives it has not
        polish = _with_names(polish, name, "PL", population, other)
    page = HEAD + (
        "Porozumienie podpisali prezydenci Gdańska, Krakowa i Elbląga podczas spotkania w "
        "Olsztynie.\n"
    )  # genitives after the signing word; 'w Olsztynie' (in Olsztyn) says where
    assert [c for c, _ in _read_with(data, page, polish)] == ["Gdańsk", "Krakow", "Elbląg"]


def test_a_county_a_numbered_district_and_a_name_the_atlas_knows_keep_their_names(
    tmp_path: Path,
) -> None:
    """The body around a place's name ('Greater Chennai Corporation' is Chennai) is not
    'Montgomery County' (a county), 'Yaoundé II' (an arrondissement of Yaoundé), nor a name
    the network already has ('Greater Amman', a member)."""
    places = GAZETTEER
    for name, code, population in [
        ("Montgomery", "US", 200_000), ("Yaoundé", "CM", 2_700_000), ("Chennai", "IN", 4_600_000),
        ("Amman", "JO", 4_000_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    (tmp_path / "networks.csv").write_text(
        "id,name,short_name,website,colour\nscn,Strong Cities,SCN,https://a.example,#0072B2\n"
    )
    (tmp_path / "signatories.csv").write_text("statement_id,city,country,region\n")
    (tmp_path / "members.csv").write_text(
        "network,city,country,joined,status,source,source_id,source_name,evidence_url,"
        "evidence_quote\nscn,Greater Amman,Jordan,,,test,,,,\n"
    )
    page = HEAD + (
        "Signed by:\n\nMontgomery County, USA\nYaoundé II, Cameroon\n"
        "Greater Chennai Corporation, India\nGreater Amman, Jordan\n"
    )
    assert [c for c, _ in _read_with(store.load(tmp_path), page, places)] == [
        "Montgomery County", "Yaoundé II", "Chennai", "Greater Amman",
    ]  # fmt: skip


def test_member_cards_flattened_to_a_city_line_then_a_country_line(
    data: store.AtlasData,
) -> None:
    page = HEAD + "Our members\n\nFilter by region\n\nAarhus\nDenmark\nLisbon\nPortugal\n"
    page += "Utrecht\nNetherlands\nDublin\nUnited States\nGraz\nAustria\n\nBecome a member\n"
    # each country is the line after its city (Dublin, California here, not Ireland)
    assert read(data, page) == [
        ("Aarhus", "Denmark"), ("Lisbon", "Portugal"), ("Utrecht", "Netherlands"),
        ("Dublin", "United States"), ("Graz", "Austria"),
    ]  # fmt: skip


def test_a_country_heading_with_its_count_and_world_region_headings(
    data: store.AtlasData,
) -> None:
    africa = _with_place(GAZETTEER, "Africa", "TN", 3_000)
    mexico = africa
    for name, population in [("Mexico", 9_000_000), ("Puebla", 1_500_000), ("Toluca", 900_000)]:
        mexico = _with_place(mexico, name, "MX", population)
    page = HEAD + "New members\n\nGermany (2)\nLeipzig | Aachen\nMexico (2)\nPuebla | Toluca\n"
    # 'Mexico (2)' heads two places: it is no place of the list itself
    assert _read_with(data, page, mexico) == [
        ("Leipzig", "Germany"), ("Aachen", "Germany"), ("Puebla", "Mexico"), ("Toluca", "Mexico"),
    ]  # fmt: skip
    page = HEAD + "Signed by:\n\nEurope\nAarhus\nUtrecht\nNorth Africa\nAlgiers\n"
    page += "South and West Asia\nLisbon\nLatin America and the Caribbean\nZagreb\n"
    # 'Africa' is a town in Tunisia; the world regions head the places and are none of them
    assert [c for c, _ in _read_with(data, page, africa)] == [
        "Aarhus", "Utrecht", "Algiers", "Lisbon", "Zagreb",
    ]  # fmt: skip


def test_a_sentence_first_signed_by_some_and_since_joined_by_others_is_one_list(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "The declaration was first signed by the mayors of Aarhus, Bilbao and Utrecht in "
        "2022, and has since been joined by Leipzig, Zagreb, Graz and Lyon.\n"
    )  # the first run and the run after 'and has since been joined by' are one list
    assert [c for c, _ in read(data, page)] == [
        "Aarhus", "Bilbao", "Utrecht", "Leipzig", "Zagreb", "Graz", "Lyon",
    ]  # fmt: skip


def test_the_country_of_one_place_found_is_not_the_list_s_country(
    data: store.AtlasData,
) -> None:
    spanish = GAZETTEER
    for name, code, population in [
        ("Ciudad de México", "MX", 12_000_000), ("Montevideo", "UY", 1_300_000),
        ("Valparaíso", "CL", 280_000), ("Valparaíso", "MX", 13_000), ("Zaragoza", "ES", 690_000),
        ("Zaragoza", "MX", 17_000), ("Montevideo", "US", 5_000),
    ]:  # fmt: skip
        spanish = _with_place(spanish, name, code, population)
    page = HEAD + "Signed by:\n\nCiudad de México\nMontevideo\nValparaíso\nZaragoza\n"
    # only Mexico City's country is certain: one place is no list's country, and the
    # small Mexican Valparaíso and Zaragoza lose to the cities of that name
    assert [c for _, c in _read_with(data, page, spanish)] == [
        "Mexico", "Uruguay", "Chile", "Spain",
    ]  # fmt: skip


def test_member_cards_with_a_sentence_and_a_read_more_link(data: store.AtlasData) -> None:
    page = HEAD + "Our members\n\n"
    for city in ["Aarhus", "Bilbao", "Utrecht", "Leipzig"]:
        page += f"{city}\nThe city council signed the charter and presented its plan for "
        page += "public space.\nRead more\n\n"
    # each card: the city, a sentence (no field of the card's row), the same link
    assert [c for c, _ in read(data, page)] == ["Aarhus", "Bilbao", "Utrecht", "Leipzig"]


def test_a_title_and_a_name_with_the_place_in_a_bracket(data: store.AtlasData) -> None:
    page = HEAD + (
        "Unterzeichnet haben Oberbürgermeisterin Anna Vogel (Leipzig), Oberbürgermeister "
        "Thomas Brand (Aachen), Bürgermeisterin Petra Lorenz (Graz) und Oberbürgermeister "
        "Jörg Hansen (München).\n"
    )  # the person's title and name first, their city in the bracket
    assert [c for c, _ in read(data, page)] == ["Leipzig", "Aachen", "Graz", "München"]


def test_a_polish_title_with_the_city_s_genitive_and_a_country_in_brackets(
    data: store.AtlasData,
) -> None:
    polish = GAZETTEER
    for name, population in [("Gdynia", 250_000), ("Lublin", 340_000), ("Legnica", 100_000)]:
        polish = _with_place(polish, name, "PL", population)
    page = HEAD + (
        "Signed by:\n\nJan Kowalczyk, Prezydent Miasta Gdyni (Poland)\n"
        "Anna Nowak, Prezydent Miasta Legnicy (Poland)\n"
        "Ewa Wójcik, Prezydent Miasta Lublin (Poland)\n"
        "Sofia Hansen, borgmester i Aarhus (Denmark)\n"
    )  # 'Prezydent Miasta' (the city's president) before a genitive: Gdyni, Legnicy
    assert _read_with(data, page, polish) == [
        ("Gdynia", "Poland"), ("Legnica", "Poland"), ("Lublin", "Poland"), ("Aarhus", "Denmark"),
    ]  # fmt: skip


def test_a_name_the_gazetteer_lacks_under_the_last_country_heading_is_kept(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Membres, par pays :\n\nEspagne\nBilbao (depuis 2011)\nMadrid (depuis 2013)\n"
        "Danemark\nAarhus (depuis 2015)\nSuède\nBotkyrka (depuis 2012)\n\n"
        "Le réseau se réunira à Lyon.\n"
    )  # the heading 'Suède' heads one entry at least: Botkyrka, which no gazetteer here has
    assert read(data, page)[-1] == ("Botkyrka", "Suède")  # the country as the page has it


def test_a_flag_emoji_before_a_place_gives_its_country(data: store.AtlasData) -> None:
    page = HEAD + "Signed by:\n\n🇪🇸 Bilbao\n🇺🇸 Dublin\n🇵🇹 Porto\n🇩🇪 Leipzig\n"
    # the flag's two regional indicator letters are the ISO code: Dublin, California
    assert read(data, page) == [
        ("Bilbao", "Spain"), ("Dublin", "United States"), ("Porto", "Portugal"),
        ("Leipzig", "Germany"),
    ]  # fmt: skip


def test_a_list_ended_by_and_then_a_clause_that_joins_it_to_another(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Hanno aderito i Comuni di Bologna, Palermo e Milano, che si aggiungono a Napoli, "
        "Torino e Lisbon, tra i primi firmatari.\n"
    )  # 'Palermo e Milano' ends the first list, the clause after it goes on with a second
    assert [c for c, _ in read(data, page)] == [
        "Bologna", "Palermo", "Milano", "Napoli", "Torino", "Lisbon",
    ]  # fmt: skip


def test_a_table_of_cells_between_bars_without_bars_at_its_ends(data: store.AtlasData) -> None:
    page = HEAD + (
        "Signed by (city | country | year):\n\nDublin | United States | 2021\n"
        "Aarhus | Denmark | 2022\nLisbon | Portugal | 2022\nGraz | Austria | 2023\n"
    )  # a table whose cells bars part, like a Markdown table's rows without the outer bars
    assert read(data, page) == [
        ("Dublin", "United States"), ("Aarhus", "Denmark"), ("Lisbon", "Portugal"),
        ("Graz", "Austria"),
    ]  # fmt: skip


def test_a_line_of_two_sentences_above_the_list_is_prose_not_an_entry(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "The charter was launched at a meeting hosted by the Mayor of Turin. Signed by:\n\n"
        "Mayor of Bologna, Anna Rossi\nMayor of Milan, Luca Bianchi\n"
        "Mayor of Palermo, Sara Greco\nMayor of Naples, Marco Russo\n"
        "Mayor of Madrid, Elena Ruiz\n"
    )  # the host's role is in a sentence that ends before 'Signed by:'
    assert [c for c, _ in read(data, page)] == ["Bologna", "Milan", "Palermo", "Naples", "Madrid"]


def test_polish_oraz_is_and_between_two_bodies_names(data: store.AtlasData) -> None:
    polish = GAZETTEER
    for name, population in [
        ("Gdańsk", 460_000), ("Warszawa", 1_700_000), ("Kraków", 770_000), ("Poznań", 540_000),
        ("Wrocław", 640_000),
    ]:  # fmt: skip
        polish = _with_place(polish, name, "PL", population)
    page = HEAD + (
        "Deklarację podpisały: Miasto Gdańsk, Miasto Stołeczne Warszawa, Gmina Miejska Kraków, "
        "Miasto Poznań oraz Gmina Wrocław.\n"
    )  # 'oraz' (and) parts the last two as 'i' does
    assert [c for c, _ in _read_with(data, page, polish)] == [
        "Gdańsk", "Warszawa", "Kraków", "Poznań", "Wrocław",
    ]  # fmt: skip


def test_names_a_comma_parts_wrapped_over_lines_are_one_list(data: store.AtlasData) -> None:
    """Names a comma parts, several a line and wrapped over lines, with no country: each line
    ends an item ('Bruxelles' / 'Genève'), not a place, its region and its country."""
    page = HEAD + (
        "Signed by the cities of:\n\n"
        "München, Milano, Lisboa, Bruxelles\nGenève, Torino, Napoli, Aarhus\n"
        "Bilbao, Utrecht, Zagreb, Graz\n"
    )
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == [
        "München", "Milano", "Lisboa", "Bruxelles", "Genève", "Torino", "Napoli", "Aarhus",
        "Bilbao", "Utrecht", "Zagreb", "Graz",
    ]  # fmt: skip


def test_a_copied_pdf_s_hyphens_page_numbers_and_running_headers_are_not_entries(
    data: store.AtlasData,
) -> None:
    """Text copied from a PDF: a name hyphenated at a line's end is one word again, and a
    page break (a page number, the running header and footer beside it) is no entry and does
    not end the sentence it falls in."""
    running = HEAD + (
        "The declaration is signed by the cities of Lis-\nboa, Bilbao, Utrecht and\n"
        "Declaration of Cities 2024          Page 2 of 3\n2\n"
        "Zagreb, which commit to report each year.\n"
    )
    assert [c for c, _ in _read_with(data, running, GAZETTEER)] == [
        "Lisboa", "Bilbao", "Utrecht", "Zagreb",
    ]  # fmt: skip
    lines = HEAD + (
        "Annex I – Signatories\n\n1. Aarhus, Denmark\n2. Bilbao, Spain\n"
        "Charter of Cities – Annex I\nPage 7\nCities Network · Rue Belliard 20 · Brussels\n"
        "3. Utrecht, Netherlands\n4. Zagreb, Croatia\n"
        "Charter of Cities – Annex I\nPage 8\nCities Network · Rue Belliard 20 · Brussels\n"
        "5. Graz, Austria\n"
    )
    assert [c for c, _ in _read_with(data, lines, GAZETTEER)] == [
        "Aarhus", "Bilbao", "Utrecht", "Zagreb", "Graz",
    ]  # fmt: skip


def test_footnote_marks_after_names_are_not_part_of_them(data: store.AtlasData) -> None:
    """'Leipzig¹', 'Graz*', 'Lyon†': a footnote's mark is no part of the name, and the
    footnotes under the list are not entries."""
    page = HEAD + (
        "Signed by:\n\nLeipzig¹\nGraz*\nLyon†\nBilbao²\nAarhus\n\n"
        "¹ Subject to the city council's vote.\n² Signed by the deputy mayor.\n"
        "* Signed at the network's meeting.\n† Signed in May.\n"
    )
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == [
        "Leipzig", "Graz", "Lyon", "Bilbao", "Aarhus",
    ]  # fmt: skip


def test_observers_and_supporting_organisations_under_the_list_did_not_sign(
    data: store.AtlasData,
) -> None:
    """A list of signatories, then groups that did not sign under their own headings
    ('Observers', 'Supporting organisations', 'Partenaires :', 'Ciudades observadoras:',
    'Observer cities'): their places are no entries."""
    page = HEAD + (
        "Signatory cities\nAarhus\nBilbao\nUtrecht\n\nObservers\nGraz\nLyon\nPorto\nZagreb\n\n"
        "Supporting organisations\nCities Institute (Leipzig)\n\nPartenaires :\nGrenoble\n\n"
        "Signatories\nGeneva\n\nCiudades observadoras:\nMadrid\nValencia\n\n"
        "Observer cities\nDublin\n"
    )
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == [
        "Aarhus", "Bilbao", "Utrecht", "Geneva",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("present", "absent"),
    [("Présents :", "Excusés :"), ("Anwesend:", "Entschuldigt:"), ("Presentes:", "Ausentes:"),
     ("Aanwezig:", "Met kennisgeving afwezig:")],
)  # fmt: skip
def test_members_absent_from_the_meeting_did_not_sign(
    data: store.AtlasData, present: str, absent: str
) -> None:
    """A meeting's record of who was present, then who was absent or sent apologies
    ('Excusés :', 'Entschuldigt:', 'Ausentes:', 'Met kennisgeving afwezig:'): the absent
    members' places are no entries, in French, German, Spanish and Dutch."""
    page = HEAD + (
        f"{present}\n\nAnna Weber, Oberbürgermeisterin, Stadt Leipzig\n"
        "Jean Roux, maire de Lyon\nMaría López, alcaldesa de Bilbao\n"
        "Eva Roth, Bürgermeisterin von Graz\n\n"
        f"{absent}\nJan de Vries, burgemeester van Utrecht\n\n"
        "1. Klimaat\nThe mayors agreed to meet again in the autumn and to write to the ministers.\n"
    )
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == [
        "Leipzig", "Lyon", "Bilbao", "Graz",
    ]  # fmt: skip


def test_names_on_a_line_share_its_country_both_or_all(data: store.AtlasData) -> None:
    """'Lyon and Grenoble (both France)', 'Aachen, Leipzig and Munich (all Germany)': one
    entry a name, each in the country the line gives once for all of them."""
    page = HEAD + (
        "Signed by:\n\nLyon and Grenoble (both France)\nAachen, Leipzig and Munich (all Germany)"
        "\nUtrecht (Netherlands)\nPorto and Lisbon (both in Portugal)\n"
    )
    assert _read_with(data, page, GAZETTEER) == [
        ("Lyon", "France"), ("Grenoble", "France"), ("Aachen", "Germany"),
        ("Leipzig", "Germany"), ("Munich", "Germany"), ("Utrecht", "Netherlands"),
        ("Porto", "Portugal"), ("Lisbon", "Portugal"),
    ]  # fmt: skip


def test_a_person_s_title_and_name_with_the_city_in_brackets_is_that_city(
    data: store.AtlasData,
) -> None:
    """'Mayor Anne Whitfield (Bilbao)': the bracket names the place, also after a role
    ('Councillor Fiona MacLeod, Council Leader (Aarhus)') and for a mayor named like a
    place ('Mayor Dublin Smith (Utrecht)')."""
    page = HEAD + (
        "Signed by:\n\nMayor Anne Whitfield (Bilbao)\nLord Mayor Daniel Okafor (Graz)\n"
        "Councillor Fiona MacLeod, Council Leader (Aarhus)\nMayor Dublin Smith (Utrecht)\n"
    )
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == [
        "Bilbao", "Graz", "Aarhus", "Utrecht",
    ]  # fmt: skip


def test_a_mayor_s_party_in_brackets_then_the_city_after_a_comma(data: store.AtlasData) -> None:
    """'Prefeita Marina Duarte (PSB), de Porto': the party in brackets (two of them a
    country's code, PT and PL) is no place; the city after the comma (or a dash) is."""
    page = HEAD + (
        "Signed by:\n\nPrefeita Marina Duarte (PSB), de Porto\n"
        "Prefeito Paulo Rezende (PT), de Bilbao\nPrefeito André Lima (PL), de Graz\n"
        "Prefeita Helena Costa (MDB), de Aarhus\nPrefeito Rafael Nunes (PSD), de Utrecht\n"
    )
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == [
        "Porto", "Bilbao", "Graz", "Aarhus", "Utrecht",
    ]  # fmt: skip
    dashes = HEAD + (
        "Signed by:\n\nSindaca Maria Rossi (PD) – Bologna\nSindaco Luca Bianchi (FI) – Turin\n"
        "Sindaco Paolo Greco (PD) – Palermo\nSindaca Anna Conti (M5S) – Naples\n"
    )
    assert [c for c, _ in _read_with(data, dashes, GAZETTEER)] == [
        "Bologna", "Turin", "Palermo", "Naples",
    ]  # fmt: skip


def test_hebrew_running_text_without_capitals_and_with_and_glued_to_the_last_name(
    data: store.AtlasData,
) -> None:
    """A script without capital letters: the list's first name is found at the end of its
    first part by the gazetteer alone; 'ו' ('and') glued to the last name ('ורמת גן')
    parts it from the one before; 'חתמו' (signed) says the sentence is a signing; the
    venue 'בירושלים' ('in Jerusalem') is none of them."""
    places = GAZETTEER
    for name, population, other in [
        ("Haifa", 280_000, "חיפה"), ("Netanya", 220_000, "נתניה"), ("Ashdod", 220_000, "אשדוד"),
        ("Ramat Gan", 160_000, "רמת גן"), ("Jerusalem", 900_000, "ירושלים"),
    ]:  # fmt: skip
        places = _with_names(places, name, "IL", population, other)
    page = HEAD + ("בכנס שנערך בירושלים חתמו על האמנה ראשי הערים חיפה, נתניה, אשדוד ורמת גן.\n")
    assert [c for c, _ in _read_with(data, page, places)] == ["חיפה", "נתניה", "אשדוד", "רמת גן"]


@pytest.mark.usefixtures("no_hang")
def test_page_breaks_and_groups_are_found_in_linear_time() -> None:
    """A page's hidden share blocks leave long runs of blank lines, and a page may hold a
    heading of observers again and again: neither search may go back over the same lines
    (a run of 200,000 blank lines took minutes when a page number's gap took line breaks)."""
    blank = [""] * 200_000
    assert page_breaks([*blank, "Page 7"]).index(PAGE_BREAK) == len(blank)
    assert page_breaks([*blank, "Aarhus", "Page 7"])[-2:] == ["Aarhus", PAGE_BREAK]
    observers = ["Observers", "Graz"] * 20_000
    assert not any(without_other_groups([*observers, "Aarhus", "."])[:-2])


def test_a_table_copied_from_a_pdf_with_spaces_between_its_cells(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Signatories\n\n"
        "No. Municipality Country Mayor Date\n"
        "1 Aarhus Denmark Sofie Lund 12.03.2023\n"
        "2 Bilbao Spain Ane Etxeberria 14.03.2023\n"
        "3 Valencia Venezuela Luis Pérez 20.03.2023\n"
        "4 Porto Portugal Rui Costa 02.04.2023\n"
        "5 Chapel Hill United States Mary Brown 10.04.2023\n"
    )  # the country after the place; the mayor's name and the date are columns after it
    assert read(data, page) == [
        ("Aarhus", "Denmark"), ("Bilbao", "Spain"), ("Valencia", "Venezuela"),
        ("Porto", "Portugal"), ("Chapel Hill", "United States"),
    ]  # fmt: skip


def test_a_pdf_table_s_rows_name_bodies_with_small_words_and_a_state(
    data: store.AtlasData,
) -> None:
    """A PDF's rows run together with single spaces, their signatories named as bodies with
    words in lower case ('Comune di', 'kommune') or with a state after a comma: the country
    still follows the name, whatever words the name has."""
    page = HEAD + (
        "Firmatari\n\nN. Ente Paese Data\n"
        "1 Comune di Bologna Italia 12.03.2023\n"
        "2 Ville de Grenoble France 14.03.2023\n"
        "3 Município do Porto Portugal 20.03.2023\n"
        "4 Aarhus kommune Danmark 02.04.2023\n"
        "5 City of Springfield, Illinois United States 10.04.2023\n"
    )
    assert read(data, page) == [
        ("Bologna", "Italia"), ("Grenoble", "France"), ("Porto", "Portugal"),
        ("Aarhus", "Danmark"), ("Springfield", "United States"),
    ]  # fmt: skip


def test_a_pdf_row_s_state_of_two_words_is_no_country() -> None:
    """'New Mexico' after a comma is a state: its 'Mexico' is no country of the row."""
    rows = [
        "1 City of Albuquerque, New Mexico United States 12.03.2023",
        "2 Ciudad de Mendoza, Mendoza Argentina 14.03.2023",
        "3 Ville de Grenoble France 15.03.2023",
    ]
    assert spaced_rows(rows) == [
        "City of Albuquerque, New Mexico, United States",
        "Ciudad de Mendoza, Mendoza, Argentina",
        "Ville de Grenoble, France",
    ]


def test_a_pdf_table_over_a_page_break_with_a_numbered_footer_and_footnotes(
    data: store.AtlasData,
) -> None:
    """A PDF's table over two pages: each ends with its footnotes and a running footer
    whose page number changes ('... | Berlin 1'), the next starts with a header numbered
    '2/2' and the table's head again; the list goes on across them."""
    page = HEAD + (
        "Anhang I: Unterzeichner 1/2\nNr. Kommune Land Datum\n"
        "1 Stadt Aachen Deutschland 12.03.2023\n"
        "2 Ayuntamiento de Bilbao España 14.03.2023\n"
        "3 Comune di Bologna¹ Italia 15.03.2023\n"
        "¹ Unterzeichnet von der Vizebürgermeisterin.\n"
        "Städtebund für saubere Luft e.V. | Berlin 1\n"
        "Anhang I: Unterzeichner (Fortsetzung) 2/2\nNr. Kommune Land Datum\n"
        "4 Município do Porto Portugal 20.03.2023\n"
        "5 Gemeente Utrecht Nederland 02.04.2023\n"
        "6 Ville de Grenoble France 03.04.2023\n"
        "Städtebund für saubere Luft e.V. | Berlin 2\n"
    )
    assert read(data, page) == [
        ("Aachen", "Deutschland"), ("Bilbao", "España"), ("Bologna", "Italia"),
        ("Porto", "Portugal"), ("Utrecht", "Nederland"), ("Grenoble", "France"),
    ]  # fmt: skip


def test_a_pdf_table_of_signers_its_columns_run_together_without_a_figure() -> None:
    """A PDF's table copied with single spaces and no figure ('Graz Österreich Sabine Hofer,
    Bürgermeisterin'): each row's place is the capitalised words before its country, where
    MIN_BAR_ROWS rows in a row name a country before a signer's name and a comma; a line of
    prose with a country in it is no row."""
    rows = [
        "Stadt Land Unterzeichnet von",
        "Graz Österreich Sabine Hofer, Bürgermeisterin",
        "Bad Ischl Österreich Jan Roth, Stadtrat für Umwelt",
        "Leipzig Deutschland Eva Maria Kunz, Beigeordnete",
        "Wir danken Deutschland und Frankreich, die uns halfen.",
    ]
    assert spaced_rows(rows) == [
        "",
        "Graz, Österreich",
        "Bad Ischl, Österreich",
        "Leipzig, Deutschland",
        "Wir danken Deutschland und Frankreich, die uns halfen.",
    ]
    prose = [
        "Le città di Francia hanno firmato, come sempre.",
        "Molte città della Germania hanno aderito, con gioia.",
        "Anche Torino Italia Marco Neri, sindaco.",
    ]
    assert spaced_rows(prose) == prose
    titled = [  # a title's word that is a country's code ('Cr', Costa Rica) is no column
        "Lord Mayor Cr Ann Lee, City of Hobart",
        "Mayor Cr Bo Ek, Cairns Regional Council",
        "Mayor Cr Jo Lim, City of Perth",
    ]
    assert spaced_rows(titled) == titled


def test_a_pdf_table_run_together_over_a_page_break_with_broken_names(
    data: store.AtlasData,
) -> None:
    """A PDF's table of signers, its columns run together at single spaces, over a page
    break with its running lines and its head again, a name broken over two lines
    ('Missis-' / 'sauga Canada ...') and a signer's title over two ('Presidente della
    Giunta' / 'comunale'): the rows go on across them."""
    page = HEAD + (
        "Aria pulita – Dichiarazione                              3\n\n"
        "Firmatari\n\nCittà Paese Firmato da\n\n"
        "Torino Italia Luca Palermo, Sindaco\n"
        "Graz Austria Anna Lund, Assessora all'ambiente\n"
        "Brno Repubblica Ceca Pavla Nováková, Sindaca\n"
        "Missis-\nsauga Canada Mercedes Ruiz, Sindaca\n"
        "Lyon Francia Claire Dumont, Presidente della Giunta\ncomunale\n\n"
        "aria-pulita.eu                                  Pagina 3 di 4\n\n"
        "Aria pulita – Dichiarazione                              4\n\n"
        "Città Paese Firmato da\n"
        "Aachen Germania Jan Roth, Vicesindaco\n"
        "Porto Portogallo Rui Costa, Sindaco\n"
        "Utrecht Paesi Bassi Femke Madrid, Assessora\n\n"
        "aria-pulita.eu                                  Pagina 4 di 4\n"
    )
    assert read(data, page) == [
        ("Torino", "Italia"), ("Graz", "Austria"), ("Brno", "Repubblica Ceca"),
        ("Mississauga", "Canada"), ("Lyon", "Francia"), ("Aachen", "Germania"),
        ("Porto", "Portogallo"), ("Utrecht", "Paesi Bassi"),
    ]  # fmt: skip


def test_two_columns_of_bodies_run_together_on_each_line(data: store.AtlasData) -> None:
    """A PDF's two columns of bodies copied with one space between them ('Comune di Bologna
    Comune di Torino'): each line starts with a body's word that stands again at its right
    column's start, on MIN_COLUMN_ROWS lines or more, in a paragraph and the next; the left
    column is read, then the right."""
    page = HEAD + (
        "Soci della rete\n\n"
        "Comune di Bologna Comune di Torino\n"
        "Comune di Milano Comune di Palermo\n"
        "Comune di Napoli Comune di Aosta\n\n"
        "Comune di Bergamo Comune di Trento\n\n"
        "Contatti\n"
    )
    places = _with_places("Aosta, Bergamo, Trento", "IT")
    assert [city for city, _ in _read_with(data, page, places)] == [
        "Bologna", "Milano", "Napoli", "Bergamo", "Torino", "Palermo", "Aosta", "Trento",
    ]  # fmt: skip
    page = HEAD + (
        "Miembros\n\n"
        "Ayuntamiento de Bilbao Ayuntamiento de Madrid\n"
        "Ayuntamiento de Valencia Ayuntamiento de Porto\n"
        "Ayuntamiento de Lisboa Ayuntamiento de Aachen\n"
    )
    assert [city for city, _ in _read_with(data, page, GAZETTEER)] == [
        "Bilbao", "Valencia", "Lisboa", "Madrid", "Porto", "Aachen",
    ]  # fmt: skip


def test_a_table_s_signer_cell_is_no_second_column_of_bodies(data: store.AtlasData) -> None:
    """A table of towns copied with its tabs whose last cell is its signer under a title
    holding the towns' word ('Kota Madiun' beside 'Wali Kota Andi Wijaya'): the word
    standing again in a later cell is no second column run together at one space
    (`form_columns`), so the signers' names, places elsewhere, are never read."""
    page = HEAD + (
        "Penandatangan\n\n"
        "No\tKota\tProvinsi\tPenandatangan\n"
        "1\tKota Madiun\tJawa Timur\tWali Kota Andi Wijaya\n"
        "2\tKota Cirebon\tJawa Barat\tWali Kota Budi Santoso\n"
        "3\tKota Padang\tSumatera Barat\tWakil Wali Kota Siti Aminah\n"
        "4\tKota Kupang\tNusa Tenggara Timur\tWali Kota Andreas Lado\n\n"
        "Kontak\n"
    )
    places = _with_places("Madiun, Cirebon, Padang, Kupang", "ID")
    for name in ("Andi", "Budi", "Siti", "Andreas"):
        places = _with_place(places, name, "PH", 20_000)
    assert [city for city, _ in _read_with(data, page, places)] == [
        "Madiun", "Cirebon", "Padang", "Kupang",
    ]  # fmt: skip


def test_a_town_s_line_whose_signer_s_title_or_name_reads_as_a_place(
    data: store.AtlasData,
) -> None:
    """'Kota X (Province) – Wali Kota I Wayan Name': a Balinese given name after the title
    starts with 'I' or 'Ni', no town the title names, though a place is so named; 'Kota X –
    Sekretaris Daerah atas nama Wali Kota, Name' (a title acting for another's, a comma,
    the signer): a signer's line too, not a sentence ending the list."""
    page = HEAD + (
        "Penandatangan:\n\n"
        "1. Kota Kupang (Nusa Tenggara Timur) – Wali Kota Andreas Lado\n"
        "2. Kabupaten Gianyar (Bali) – Bupati I Wayan Sudirta\n"
        "3. Kota Tabanan (Bali) – Wali Kota Ni Ketut Sari\n"
        "4. Kota Padang (Sumatera Barat) – Sekretaris Daerah atas nama Wali Kota, Rudi Hartono\n"
        "5. Kota Madiun (Jawa Timur) – Wali Kota Siti Aminah\n\n"
        "Kontak\n"
    )
    places = _with_places("Kupang, Gianyar, Tabanan, Padang, Madiun", "ID")
    places = _with_places("I, Ni", "CN", places)
    assert [city for city, _ in _read_with(data, page, places)] == [
        "Kupang", "Kabupaten Gianyar", "Tabanan", "Padang", "Madiun",
    ]  # fmt: skip


def test_names_after_a_label_and_a_colon_one_entry_each(data: store.AtlasData) -> None:
    """'Germania — 3 soci: Aachen, Leipzig e Munich', 'Kenyan members: Kisumu, Mombasa':
    a label, a colon and names a comma or 'and' parts, one line a group; the country is a
    field of the label where it names one, else the gazetteer's. A total under the groups
    is a line of another shape, no entry."""
    page = HEAD + (
        "Soci per paese\n\nGermania — 3 soci: Aachen, Leipzig e Munich\n"
        "Paesi Bassi — 2 soci: Utrecht, Rotterdam\nOur Kenyan members: Kisumu, Mombasa e Nakuru"
        "\nEcuador — 2 soci: Quito e Loja\n\nTotale: 10 soci (2023: 8)\n\nShare\n"
    )
    assert _read_with(data, page, GAZETTEER) == [
        ("Aachen", "Germania"), ("Leipzig", "Germania"), ("Munich", "Germania"),
        ("Utrecht", "Paesi Bassi"), ("Rotterdam", "Paesi Bassi"), ("Kisumu", "Kenya"),
        ("Mombasa", "Kenya"), ("Nakuru", "Kenya"), ("Quito", "Ecuador"), ("Loja", "Ecuador"),
    ]  # fmt: skip


def test_world_regions_in_words_we_lack_are_headings_not_the_list_s_end(
    data: store.AtlasData,
) -> None:
    """'América do Sul e Caraíbas', 'Lateinamerika und Karibik', 'Afryka Północna': a
    continent's word (alone or ending a compound) in a short line written as a name is a
    world region's heading over entries, as 'Latin America' is; a country ('South Africa')
    or a sentence stays what it was."""
    page = HEAD + (
        "Membros por região\n\nEuropa\nLisboa, Portugal\nPorto, Portugal\n"
        "América do Sul e Caraíbas\nQuito, Equador\nRosario, Argentina\nLateinamerika und Karibik\n"
        "Mendoza, Argentina\nAfryka Północna\nAlger, Argélia\n\nPartilhar\n"
    )
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == [
        "Lisboa", "Porto", "Quito", "Rosario", "Mendoza", "Alger",
    ]  # fmt: skip
    assert not is_world_region("Anastasia")  # ends in 'asia', too short a part to tell
    assert not is_world_region("United States of America")
    assert not is_world_region("Europa. Die Städte")
    assert is_world_region("Südostasien (4)")


@pytest.mark.parametrize(
    "rows",
    [["Stadt\tLand\tVertreten durch", "Aachen\tDeutschland\tFrau Anna Berg, Bürgermeisterin",
      "Graz\tÖsterreich\tHerr Jan Roth, Stadtrat", "Bonn\tDeutschland\tFrau Eva Lind, Dezernentin",
      "Wien\tÖsterreich\tHerr Ole Falk, Stadtrat"],
     ["Ciudad\tPaís\tRepresentada por", "Aachen\tAlemania\tSra. Ana Ruiz, alcaldesa",
      "Graz\tAustria\tSr. Rui Costa, concejal", "Bonn\tAlemania\tSr. Luis Gil, concejal",
      "Wien\tAustria\tSra. Rita Lobo, teniente de alcalde"]],
)  # fmt: skip
def test_a_table_s_rows_with_a_country_column_are_read_as_place_and_country(
    rows: list[str],
) -> None:
    """A table copied with its tabs ('Graz / Österreich / Herr Jan Roth, Stadtrat'): each
    row's place is its first cell and its country the cell that names one; the person and
    role after them name no place, and the header row, over a column of countries where it
    names none, is no entry though a place bears its first word ('Stadt', 'Ciudad')."""
    known = PlaceNames(
        lambda name: fold(name) in {"aachen", "graz", "bonn", "wien", "stadt", "ciudad"}
    )
    lines = ["Unterzeichner", "", *rows, "", "Kontakt und Impressum hier."]
    assert without_header_rows(lines)[2] == ""
    found = read_lines(without_header_rows(lines), known)
    assert found is not None
    assert found == read_member_list(lines, known)
    assert [(e.city, e.country) for e in found.entries] == [
        (row.split("\t")[0], row.split("\t")[1]) for row in rows[1:]
    ]


def test_a_municipality_s_form_after_its_town_s_genitive() -> None:
    """'Kauno miesto savivaldybė' (Kaunas city municipality), 'Valmieras novada pašvaldība'
    in a table's rows: the form after the town's genitive is left out and the genitive read
    as the town (Lithuanian, Latvian)."""
    rows = ["Kauno miesto savivaldybė\tLithuania\t2021",
            "Alytaus miesto savivaldybė\tLithuania\t2022",
            "Valmieras novada pašvaldība\tLatvia\t2022",
            "Klaipėdos miesto savivaldybė\tLithuania\t2023",
            "Stadt Aachen\tGermany\t2023"]  # fmt: skip
    known = PlaceNames(
        lambda name: fold(name) in {"kaunas", "alytus", "valmiera", "klaipeda", "aachen"}
    )
    found = read_member_list(["Signatories", "", *rows, "", "Contact us here today."], known)
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Kaunas", "Alytus", "Valmiera", "Klaipėda", "Aachen"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "abroad"),
    [(["Deutschland", "Stadt Erlangen", "Stadt Potsdam", "", "Ausland (2)",
       "Bilbao (Spanien)", "Porto (Portugal)"], "Ausland"),
     (["France", "Ville de Lyon", "Ville de Nantes", "", "Étranger",
       "Bilbao (Espagne)", "Porto (Portugal)"], "Étranger"),
     (["Nederland", "Gemeente Delft", "Gemeente Zwolle", "", "Andere landen",
       "Bilbao (Spanje)", "Porto (Portugal)"], "Andere landen")],
)  # fmt: skip
def test_a_heading_that_says_abroad_is_no_place(lines: list[str], abroad: str) -> None:
    """A group's heading that says its members are abroad ('Ausland', 'Étranger', 'Andere
    landen', 'Estero'), over a country's group: a heading, though a place bears the name."""
    known = PlaceNames(
        lambda name: fold(name)
        in {"erlangen", "potsdam", "lyon", "nantes", "delft", "zwolle", "bilbao", "porto",
            fold(abroad)}
    )  # fmt: skip
    found = read_member_list(["Mitglieder:", "", *lines, "", "Kontakt."], known)
    assert found is not None
    assert [e.city for e in found.entries][-3:] == [lines[2].split()[-1], "Bilbao", "Porto"]
    assert is_world_region(abroad)


def test_cards_with_no_blank_line_between_them_each_ended_by_the_same_link(
    data: store.AtlasData,
) -> None:
    """A directory grid flattened one field a line with no blank line between its cards
    ('Graz' / 'Österreich' / 'Steiermark' / 'Mitglied seit 2015' / 'Profil ansehen' /
    'Porto' / ...): the link that comes back at one interval ends each card, so a region
    or a year is no entry and each town keeps its own country; a town whose name is a
    country's code in small letters ('Bra', BRA) is a card's first line too."""
    cards = [
        ("Graz", "Österreich", "Steiermark", "12 000"),
        ("Porto", "Portugal", "Norte", "230 000"),
        ("Aarhus", "Dänemark", "Midtjylland", "280 000"),
        ("Utrecht", "Niederlande", "Utrecht", "290 000"),
    ]
    grid = "".join(
        f"{c}\n{k}\n{r}\nEinwohner {n}\nMitglied seit 2015\nProfil ansehen\n"
        for c, k, r, n in cards
    )
    page = HEAD + "Mitgliedsstädte\n\n4 Ergebnisse\n\n" + grid + "\nTeilen\n"
    assert _read_with(data, page, GAZETTEER) == [
        ("Graz", "Österreich"), ("Porto", "Portugal"), ("Aarhus", "Dänemark"),
        ("Utrecht", "Niederlande"),
    ]  # fmt: skip
    lines = ["Bra", "Italy", "Joined 1999", "View profile"] * 3
    assert cards_joined(lines)[::4] == ["Bra\tItaly\tJoined 1999"] * 3


def test_group_headings_with_their_entries_count_are_headings(data: store.AtlasData) -> None:
    """'Noord en Midden (2)' over two lines, 'Het Zuiden en het Westen (3)' over three:
    headings that count the lines under them, not places nor prose that ends the list; a
    place with its department ('Grenoble (38)') counts no lines under it and stays."""
    page = HEAD + (
        "Leden per regio\n\nNoord en Midden (2)\nGemeente Utrecht\nGemeente Rotterdam\n"
        "Grensregio Aachen (1)\nStadt Leipzig\nHet Zuiden en het Westen (3)\nMunicipio de Bilbao\n"
        "Gemeente Lisbon\nGemeente Porto\n\nDelen\n"
    )
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == [
        "Utrecht", "Rotterdam", "Leipzig", "Bilbao", "Lisbon", "Porto",
    ]  # fmt: skip
    lines = ["Grenoble (38)", "Lyon (69)", "Nantes (44)", "Lille (59)"]
    assert without_counted_headings(lines) == lines
    dated = ["Noord (2)", "Utrecht (12.03.2021)", "Rotterdam (1.4.2022)", "Zuid (1)", "Porto"]
    assert without_counted_headings(dated) == ["", *dated[1:3], "", "Porto"]  # dates, no counts


def test_group_headings_that_count_their_entries_with_a_counter_word_are_headings() -> None:
    """'Nord (2 villes)', '수도권 (2개 시)': a count with a counter word after it, as a
    heading counts its towns in words, is a counted heading as a bare count is."""
    korean = ["수도권 (2개 시)", "서울", "인천", "영남 (1개 시)", "부산"]
    assert without_counted_headings(korean) == ["", "서울", "인천", "", "부산"]
    french = ["Nord (2 villes)", "Lille", "Arras", "Sud (1 ville)", "Nice"]
    assert without_counted_headings(french) == ["", "Lille", "Arras", "", "Nice"]


def test_headings_without_the_mark_of_their_blocks_lines_are_no_entries(
    data: store.AtlasData,
) -> None:
    """Blocks whose lines all carry a mark (a bullet, a table's row) under a first line
    without it: that line is the block's heading, though it has the entries' form
    ('Statutární město a kraj' over '• Město Brno') or names a province ('Provincia de
    Azuay' over its table), no signatory."""
    page = HEAD + (
        "Členové podle druhu:\n\nStatutární město a kraj\n• Město Brno\n• Město Ostrava\n\n"
        "Město bez statutu\n• Město Olomouc\n• Město Tábor\n\nKontakt: info@example.cz\n"
    )
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == [
        "Brno", "Ostrava", "Olomouc", "Tábor"
    ]  # fmt: skip
    places = _with_places("Cayambe, Gualaceo, Catamayo", "EC")
    header = "Ciudad\tCategoría\tHabitantes\tAdhesión\n"
    page = HEAD + (
        f"Ciudades miembro por provincia:\n\nProvincia de Pichincha\n{header}"
        "Quito\tcapital\t2 800 000\t2015\nCayambe\tcantón\t100 000\t2018\n\n"
        f"Provincia de Azuay\n{header}Cuenca\tcapital\t640 000\t2016\n"
        "Gualaceo\tcantón\t40 000\t2019\n\n"
        f"Provincia de Loja\n{header}Loja\tcapital\t180 000\t2017\n"
        "Catamayo\tcantón\t30 000\t2020\n\nContacto: info@example.ec\n"
    )
    assert [c for c, _ in _read_with(data, page, places)] == [
        "Quito", "Cayambe", "Cuenca", "Gualaceo", "Loja", "Catamayo"
    ]  # fmt: skip


def test_a_heading_that_counts_all_groups_over_counted_group_headings(
    data: store.AtlasData,
) -> None:
    """'Mitglieder nach Ländern (5)' over 'Bayern (2)', 'Sachsen (1)', ...: a heading that
    counts every group's entries (the sum of the groups' counts) stands over no line of its
    own; the group headings under it still count theirs and are headings, not places, and
    the table their rows make goes on over the blank lines they leave."""
    page = HEAD + (
        "Mitglieder nach Ländern (5)\n\nBayern (2)\nMünchen · Oberbayern · seit 2010\n"
        "Stadt Aachen · Köln · seit 2012\nSachsen (1)\nLeipzig · Leipzig · seit 2015\n"
        "Norditalien (2)\nTorino · Piemonte · dal 2011\nMilano · Lombardia · dal 2018\n\nTeilen\n"
    )
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == [
        "München", "Aachen", "Leipzig", "Torino", "Milano",
    ]  # fmt: skip
    lines = ["Comuni aderenti (3)", "Lombardia (2)", "Milano", "Bologna", "Sicilia (1)", "Palermo"]
    assert without_counted_headings(lines) == ["", "", "Milano", "Bologna", "", "Palermo"]
    unequal = ["Leden (4)", "Noord (2)", "Utrecht", "Rotterdam", "Zuid (1)", "Porto"]
    assert without_counted_headings(unequal) == unequal  # 4 is not 2 + 1: no total


def test_a_bracket_in_latin_letters_after_a_name_in_another_script_is_its_other_name() -> None:
    """'Місто Ірпінь (Irpin)', 'Місто Умань (Uman)', 'Град Бар (Bar)': the bracket is the
    name transliterated, not a country it is near to (Iran, Oman) nor a region of that name
    (Bar in Azerbaijan); a country's own name in the bracket is still its country."""
    for text in ("Місто Ірпінь (Irpin)", "Місто Умань (Uman)", "Град Бар (Bar)"):
        entry = read_entry(text, 1)
        assert entry is not None
        assert (entry.city, entry.country, entry.codes) == (text, "", ())
    entry = read_entry("Софія (Bulgaria)", 1)
    assert entry is not None
    assert (entry.city, entry.codes) == ("Софія", ("BG",))


def test_an_exonym_of_a_bigger_place_in_the_list_s_country_is_that_place(
    data: store.AtlasData,
) -> None:
    """'Leghorn', a small town's own name in the US, is the English name of Livorno, more
    than twice its size: among Italian cities it is Livorno, as the list's country says."""
    italian = _with_names(GAZETTEER, "Livorno", "IT", 150_000, "Leghorn")
    italian = _with_place(italian, "Leghorn", "US", 20_000)
    page = HEAD + "Signed by:\n\nComune di Bologna\nComune di Palermo\nLeghorn\nComune di Milano\n"
    assert _read_with(data, page, italian)[2][1] == "Italy"


def test_new_members_with_articles_and_titles_after_the_paragraph_that_says_they_joined(
    data: store.AtlasData,
) -> None:
    """'Nieuw in het netwerk zijn de Hanzestad Deventer, de Universiteitsstad Leiden en de
    Vestingstad Naarden': each name after an article and a town's title is its place, and
    the paragraph right above, which says new members joined, says what the sentence lists;
    the host (Utrecht) is no member."""
    dutch = GAZETTEER
    for name, population in [("Deventer", 100_000), ("Leiden", 125_000), ("Naarden", 17_000)]:
        dutch = _with_place(dutch, name, "NL", population)
    page = HEAD + (
        "De ledenvergadering heeft op 3 mei in Utrecht drie nieuwe leden verwelkomd.\n\n"
        "Nieuw in het netwerk zijn de Hanzestad Deventer, de Universiteitsstad Leiden en de "
        "Vestingstad Naarden.\n\n„Met Deventer, Leiden en Naarden groeit ons netwerk”, zei de "
        "voorzitter.\n\nDelen\n"
    )
    assert [c for c, _ in _read_with(data, page, dutch)] == ["Deventer", "Leiden", "Naarden"]


def test_japanese_running_text_with_and_between_names_and_joining_inside_a_word(
    data: store.AtlasData,
) -> None:
    """'横浜市、神戸市及び仙台市の加盟が承認されました': '及び' is 'and' with no space
    around it, the last name is the start of its run of characters, and '加盟' (joining)
    says what they did though no space parts it from the words around it."""
    page = HEAD + (
        "本日、総会において新規会員の加盟が承認されました。\n\n"
        "今回加盟したのは、横浜市、神戸市及び仙台市の3市です。これにより会員は20都市となりました。\n\n"
        "シェア\n"
    )
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == ["横浜市", "神戸市", "仙台市"]


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [("Tại kỳ họp, hội đồng đã kết nạp thành phố Vinh, thành phố Huế và tỉnh Bình Định.",
      ["Vinh", "Huế", "Bình Định"]),  # Vietnamese: admitted
     ("올해 포항시, 원주시와 목포시가 네트워크에 합류했다.", ["포항시", "원주시", "목포시"]),
     ("지난달 포항시, 원주시, 목포시가 협의회의 새 회원이 되었다.",  # joined; new members
      ["포항시", "원주시", "목포시"])],
)  # fmt: skip
def test_a_few_places_a_sentence_says_were_admitted_are_a_list_not_examples(
    data: store.AtlasData, sentence: str, cities: list[str]
) -> None:
    """Three places in a sentence whose only verb says the network admitted them, or that
    they joined or became its new members: its members, as 'welcomed ... as new members'."""
    places = _with_places("Vinh, Huế, Bình Định", "VN")
    places = _with_places("포항시, 원주시, 목포시", "KR", places)
    assert [c for c, _ in _read_with(data, HEAD + sentence + "\n", places)] == cities


def test_a_board_under_the_list_after_a_blank_line_did_not_sign(data: store.AtlasData) -> None:
    """Five lines or more of one shape ('Stadt Aachen'), a blank line, then lines of a shape
    none of them has, a label and a colon or a role ('Vorsitzender: Jan Weber, Bürgermeister
    von Utrecht', 'Geschäftsstelle: Städtenetz, Porto'): the network's board and office,
    not its list."""
    page = HEAD + (
        "Die Erklärung haben unterzeichnet:\n\nStadt Aachen\nStadt Leipzig\nStadt Munich\n"
        "Stadt Graz\nStadt Bilbao\nStadt Zagreb\n\nVorstand\nVorsitzender: Jan Weber, "
        "Bürgermeister von Utrecht\nGeschäftsstelle: Städtenetz, Porto\n\nTeilen\n"
    )
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == [
        "Aachen", "Leipzig", "Munich", "Graz", "Bilbao", "Zagreb",
    ]  # fmt: skip


def test_another_name_of_a_much_bigger_place_is_not_read_as_an_inflected_village(
    data: store.AtlasData,
) -> None:
    """'Linec' among Czech cities is Linz, whose Czech name it is, not the village Líně it
    might inflect: Linz is more than 1 / PLAUSIBLE_SHARE times bigger. 'Brna', the Czech
    name of Pirna, is still Brno."""
    czech = _with_names(GAZETTEER, "Linz", "AT", 205_000, "Linec")
    czech = _with_place(czech, "Líně", "CZ", 2_300)
    page = HEAD + "Signed by:\n\nBrno\nOlomouc\nOstrava\nLinec\n"
    assert _read_with(data, page, czech)[3] == ("Linec", "Austria")


def test_a_bigger_place_of_the_word_on_another_continent_does_not_stop_its_reading(
    data: store.AtlasData,
) -> None:
    """A Czech list's 'Tábora' is Tábor, though a much bigger place of that name were in
    Brazil, and 'Liberce' Liberec, though it were another name of a big place in Peru: only
    a bigger namesake on the list's continent is what the word means ('Linec' is Linz)."""
    places = _with_names(GAZETTEER, "Taborinha", "BR", 2_000_000, "Tábora")
    page = HEAD + "Signed by:\n\nBrno\nOlomouc\nOstrava\nTábora\n"
    assert _read_with(data, page, places)[3] == ("Tábor", "Czechia")
    places = _with_place(GAZETTEER, "Liberec", "CZ", 100_000)
    places = _with_names(places, "Lima Norte", "PE", 1_500_000, "Liberce")
    page = HEAD + "Signed by:\n\nBrno\nOlomouc\nOstrava\nLiberce\n"
    assert _read_with(data, page, places)[3] == ("Liberec", "Czechia")


def test_a_province_in_vietnamese_letters_is_no_other_script() -> None:
    """Vietnamese writes Latin letters beyond U+0250 ('ệ'): a province in a bracket is the
    place's region, not the name transliterated into another script."""
    entry = read_entry("Vinh (Nghệ An)", 1)
    assert entry is not None
    assert (entry.city, entry.region, entry.codes) == ("Vinh", "Nghệ An", ("VN",))


def test_cards_whose_country_line_names_a_region_too(data: store.AtlasData) -> None:
    cards = "".join(
        f"{city}\n{country} · Europe\nJoined 20{k}9 · Population {k}50,000\nView city\n"
        for k, (city, country) in enumerate(
            [("Aarhus", "Denmark"), ("Bilbao", "Spain"), ("Lisbon", "Portugal"),
             ("Utrecht", "Netherlands"), ("Zagreb", "Croatia")]
        )
    )  # fmt: skip
    page = HEAD + "Member cities\n\n" + cards
    assert read(data, page) == [
        ("Aarhus", "Denmark"), ("Bilbao", "Spain"), ("Lisbon", "Portugal"),
        ("Utrecht", "Netherlands"), ("Zagreb", "Croatia"),
    ]  # fmt: skip


def test_a_footer_with_a_street_number_is_no_list(data: store.AtlasData) -> None:
    page = HEAD + (
        "The declaration was signed by Aarhus, Bilbao and Lisbon.\n\n"
        "Green Cities Network · 12 Main Street, Utrecht, Graz, Porto, Zagreb · Croatia\n"
        "Privacy\n"
    )  # the footer's address names more places than the sentence, and has no postcode
    assert read(data, page) == [("Aarhus", "Denmark"), ("Bilbao", "Spain"), ("Lisbon", "Portugal")]


@pytest.mark.parametrize(
    ("written", "name"),
    [("Sveitarfélagið Árborg", "Árborg"), ("Sveitarfélagið Vogar", "Vogar"),
     ("Stadtgemeinde Leoben", "Leoben"), ("Gemeente Súdwest-Fryslân", "Súdwest-Fryslân")],
)  # fmt: skip
def test_a_municipalitys_form_word_before_a_name_no_towns_own(written: str, name: str) -> None:
    """A municipality named otherwise than its seat, its form before the name (Icelandic
    with the form's article, as Austrian and Dutch ones without): the name is the place's,
    which the gazetteer knows under it ('Árborg', whose seat is Selfoss)."""
    assert strip_form(written) == name


def test_a_town_whose_name_ends_in_a_continents_word_is_no_world_region() -> None:
    """A continent's word ending a compound makes a world region where a stem stands before
    it ('Mittelamerika', 'Proche-Orient'), not an article's letter ('Lorient', the town)."""
    assert not is_world_region("Commune de Lorient")
    assert not is_world_region("Lorient (3)")
    assert is_world_region("Mittelamerika")
    assert is_world_region("Proche-Orient")


@pytest.mark.parametrize(
    ("written", "name"),
    [("Mairie du Havre", "Le Havre"), ("Commune du Lamentin", "Le Lamentin"),
     ("Ville des Sables-d'Olonne", "Les Sables-d'Olonne"), ("Ville de La Baule", "La Baule"),
     ("Mairie du 5e arrondissement", "5e arrondissement")],
)  # fmt: skip
def test_a_french_form_word_with_its_contracted_article(written: str, name: str) -> None:
    """'du' and 'des' after a body's form are 'de' and the name's own article ('le', 'les'):
    the town's name keeps it, capitalised, as it is written alone ('Le Havre')."""
    assert strip_form(written) == name


def test_group_blocks_of_coded_items_are_no_cards() -> None:
    """Blocks of one number of lines, each a region's heading over places with a code in
    brackets ('Bergamo (16)'): a list's groups, whose items are alike, not cards whose
    fields differ; their lines stay one a line."""
    groups = [
        ("Lombardia", ["Bergamo (16)", "Brescia (17)", "Como (13)"]),
        ("Veneto", ["Padova (28)", "Verona (23)", "Vicenza (24)*"]),
        ("Toscana", ["Pisa (50)", "Lucca (46)", "Siena (52)"]),
    ]
    lines = [line for head, items in groups for line in (head, *items, "")]
    assert cards_joined(lines) == lines


def test_a_first_row_of_places_is_no_tables_head() -> None:
    """A list's groups copied one line each, a region over its bodies with no blank line
    (a PDF's page after a break), some names unknown: the first lines, most of them places,
    are no head naming a table's columns, and the lines are not joined into rows."""
    lines = [
        "Liguria", "Comune di Genova", "Comune di Savona", "Comune di Imperia",
        "Emilia-Romagna", "Comune di Parma", "Comune di Modena", "Comune di Rimini",
        "Comune di Piacenza", "Marche", "Comune di Ancona", "Comune di Pesaro",
        "Comune di Fano", "Molise", "Comune di Agnone", "Comune di Larino", "Comune di Termoli",
        "Abruzzo", "Comune di Chieti", "Comune di Vasto", "Comune di Teramo", "Isole minori",
        "Comune di Lipari", "Comune di Ponza",
    ]  # fmt: skip
    unknown = {"Emilia-Romagna", "Marche", "Comune di Fano", "Molise", "Comune di Agnone"}
    unknown |= {"Comune di Larino", "Abruzzo", "Comune di Vasto", "Isole minori"}
    assert cell_rows(lines, lambda name: name not in unknown) == lines


@pytest.mark.parametrize(
    ("written", "name"),
    [("Kreisfreie Stadt Jena", "Jena"), ("Große Kreisstadt Sinsheim (Elsenz)", "Sinsheim (Elsenz)"),
     ("Royal Borough of Greenwich", "Greenwich"), ("Vrije stad Antwerpen", "Antwerpen"),
     ("Freie Hansestadt Bremen", "Bremen")],
)  # fmt: skip
def test_a_towns_rank_before_its_form_word_is_left_out(written: str, name: str) -> None:
    """A town's legal rank, an adjective with a capital before its form word (German,
    English, Dutch): the name after the form is the town's, its bracket kept for the place
    finder ('Sinsheim (Elsenz)' is not the river's)."""
    assert strip_form(written) == name


@pytest.mark.parametrize(
    ("written", "name"),
    [("Občino Izola", "Izola"), ("Mestno občino Ptuj", "Ptuj"), ("Gradu Zadru", "Zadru"),
     ("Města Tábor", "Tábor"), ("Mesto Žilina", "Žilina")],
)  # fmt: skip
def test_a_form_word_in_any_case_is_left_out(written: str, name: str) -> None:
    """A Slavic form word before the name, inflected as the sentence needs it."""
    assert strip_form(written) == name


@pytest.mark.parametrize(
    ("written", "name"),
    [("Metropolitan Municipality of Izmir", "Izmir"), ("Municipal Corporation of Pune", "Pune"),
     ("District Municipal Council of Galle", "Galle"), ("Governo Municipal de Maputo", "Maputo"),
     ("Conselho Municipal da Beira", "Beira"), ("Gobierno Autónomo Municipal de Sucre", "Sucre"),
     ("Municipalidad Provincial de Arequipa", "Arequipa")],
)  # fmt: skip
def test_a_form_with_its_adjectives_before_of_is_left_out(written: str, name: str) -> None:
    """A body's form word with the words that say its level or kind ('Metropolitan',
    'Municipal', 'Provincial', 'Autónomo') before 'of': the place after it."""
    assert strip_form(written) == name
    assert strip_form("Government of Kenya") == "Government of Kenya"  # no town's body


@pytest.mark.parametrize(
    ("written", "name"),
    [("Ville de La Rochelle", "La Rochelle"), ("Comune di La Spezia", "La Spezia"),
     ("Municipality of La Trinidad", "La Trinidad")],
)  # fmt: skip
def test_an_article_in_capitals_after_the_form_is_the_name_s_own(written: str, name: str) -> None:
    """'Ville de La Rochelle': 'La' in capitals starts the place's name; 'de la' in lower
    case is the form's article."""
    assert strip_form(written) == name


def test_a_list_of_bodies_with_adjectives_under_country_headings_is_read_whole() -> None:
    """A list of bodies under country headings in capitals, some with a form word and its
    adjectives ('Metropolitan Municipality of Izmir', 'Governo Municipal de Maputo'): one
    list of lines, not ended by the first such body."""
    lines = ["Signatories:", "", "TÜRKİYE", "Metropolitan Municipality of Izmir",
             "Municipality of Bursa", "", "INDIA", "Municipal Corporation of Pune",
             "City of Chennai", "", "MOZAMBIQUE", "Governo Municipal de Maputo",
             "Município de Nampula", "", "Download the statement (PDF)"]  # fmt: skip
    known = PlaceNames(
        lambda name: fold(name) in {"izmir", "bursa", "pune", "chennai", "maputo", "nampula"}
    )
    found = read_member_list(lines, known)
    assert found is not None
    assert found.shape == "lines"
    assert [e.city for e in found.entries] == [
        "Izmir", "Bursa", "Pune", "Chennai", "Maputo", "Nampula"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "heading", ["Partneri mreže", "Kumppanit", "Партнери мережі", "Partnerzy sieci", "Εταίροι"]
)
def test_the_networks_partners_in_many_languages_are_no_signatories(heading: str) -> None:
    lines = ["Aarhus", "Bilbao", "", heading, "Evropska komisija", "UN-Habitat", "", "Kontakt."]
    assert without_other_groups(lines)[:3] == ["Aarhus", "Bilbao", ""]
    assert not any(without_other_groups(lines)[3:6])


@pytest.mark.parametrize(
    "heading", ["Witnessed by:", "Testigos:", "Świadkowie", "Turut menyaksikan:", "Μάρτυρες:"]
)
def test_the_witnesses_of_a_signing_are_no_signatories(heading: str) -> None:
    lines = ["Aarhus", "Bilbao", "", heading, "Governor of Attica", "Porto", "", "Kontakt."]
    assert without_other_groups(lines)[:3] == ["Aarhus", "Bilbao", ""]
    assert not any(without_other_groups(lines)[3:6])


def test_a_town_named_like_a_country_s_code_is_no_heading(data: store.AtlasData) -> None:
    """A code names a country as a heading only in capitals ('BRA'); 'Bra', a town in
    Piedmont, is an entry, and the towns under it stay in Italy."""
    places = _with_place(GAZETTEER, "Bra", "IT", 29_000)
    page = HEAD + (
        "Members by country\n\nItaly\nBologna\nBra\nMilan\nPalermo\nTurin\n\n"
        "Germany\nAachen\nLeipzig\nMunich\n"
    )
    assert [country for _, country in _read_with(data, page, places)] == [
        *["Italy"] * 5, *["Germany"] * 3,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("letter", "since"),
    [
        ("Lj", "(jäsen {} alkaen)"),
        ("Ll", "(miembro desde {} hasta hoy)"),
        ("Dd", "({} yılından beri)"),
    ],
)
def test_an_a_to_z_list_with_digraph_letters_and_years_after_a_word(
    data: store.AtlasData, letter: str, since: str
) -> None:
    """An A-Z directory of blocks of one or two lines, each a place, its region and the
    year it joined before a word in lower case ('(jäsen 1994 alkaen)', '(1996 yılından
    beri)'): no postal address, no cards; a letter heading may be two letters of the alphabet
    ('Lj' in Croatian, 'Ll' in Spanish, 'Dd' in Welsh)."""
    places = _with_place(GAZETTEER, "Ljubljana", "SI", 280_000)
    year = since.format
    page = HEAD + (
        f"A\nAarhus – Midtjylland {year(1994)}\n\nB\nBilbao – Bizkaia {year(1996)}\n\n"
        f"L\nLeipzig – Sachsen {year(1992)}\nLyon – Rhône {year(2001)}\n\n"
        f"{letter}\nLjubljana – Osrednjeslovenska {year(1999)}\n\n"
        f"Z\nZagreb – Grad Zagreb {year(1993)}\n\nKontakt | Impressum\n"
    )
    assert [city for city, _ in _read_with(data, page, places)] == [
        "Aarhus", "Bilbao", "Leipzig", "Lyon", "Ljubljana", "Zagreb",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("board", "countries"),
    [
        (
            "Vorsitz: die Bürgermeisterin von Lyon (Frankreich)\n"
            "Stellvertreter: die Bürgermeister von Graz (Österreich) und Porto (Portugal)\n",
            ("Ghana", "Kamerun", "Kenia"),
        ),
        (
            "Presidencia: la alcaldesa de Lyon (Francia)\n"
            "Vicepresidencias: los alcaldes de Graz (Austria) y Porto (Portugal)\n",
            ("Ghana", "Camerún", "Kenia"),
        ),
    ],
)
def test_members_under_counted_country_headings_outweigh_a_board_with_countries(
    data: store.AtlasData, board: str, countries: tuple[str, str, str]
) -> None:
    """Members one a line under country headings with their counts ('Kamerun (3)') are
    the list, though their names alone say no country: the headings give it, so they
    outweigh a board's few places in brackets above them."""
    ghana, cameroon, kenya = countries
    page = (
        HEAD
        + board
        + (
            "\nOur members in Africa are listed below by country, with the year they joined.\n"
            f"\n{ghana} (2)\nKumasi\nTamale\n\n{cameroon} (3)\nGaroua\n"
            f"Kousseri\nMaroua\n\n{kenya} (4)\nKisumu\nMombasa\nNairobi\nNakuru\n\nKontakt\n"
        )
    )
    assert [city for city, _ in read(data, page)] == [
        "Kumasi", "Tamale", "Garoua", "Kousseri", "Maroua",
        "Kisumu", "Mombasa", "Nairobi", "Nakuru",
    ]  # fmt: skip


def _with_places(names: str, code: str, places: Gazetteer = GAZETTEER) -> Gazetteer:
    for name in names.split(", "):
        places = _with_place(places, name, code, 100_000)
    return places


def test_region_labels_before_a_dash_over_their_places(data: store.AtlasData) -> None:
    """Lines that each give a region, a dash and its places ('Sachsen – Leipzig, Dresden'):
    every place a member, the region none, as after a colon; a line of one place too."""
    german = _with_places("Dresden, Augsburg, Nürnberg, Bonn", "DE")
    page = (
        HEAD
        + "Teilnehmende Städte nach Bundesland\n\n"
        + (
            "Sachsen – Leipzig, Dresden\nBayern – Munich, Augsburg, Nürnberg\n"
            "Nordrhein-Westfalen – Aachen\nRheinland – Bonn\n\nMehr dazu im Herbst.\n"
        )
    )
    assert [c for c, _ in _read_with(data, page, german)] == [
        "Leipzig", "Dresden", "Munich", "Augsburg", "Nürnberg", "Aachen", "Bonn"
    ]  # fmt: skip
    regions = _with_places("Sachsen, Bayern, Steiermark, Kärnten", "US")  # small towns there
    page = (
        HEAD
        + "Teilnehmende Städte\n\n"
        + (
            "Leipzig – Sachsen\nMunich – Bayern\nAachen – Nordrhein-Westfalen\n"
            "Graz – Steiermark und Kärnten\n\nMehr dazu im Herbst.\n"
        )
    )  # a place and its region, one of them named for two: no labels over places
    assert [c for c, _ in _read_with(data, page, regions)] == [
        "Leipzig",
        "Munich",
        "Aachen",
        "Graz",
    ]
    french = _with_places("Paris, Montreuil, Toulouse, Albi", "FR")
    page = (
        HEAD
        + "Villes participantes par région\n\n"
        + (
            "Île-de-France — Paris, Montreuil\nAuvergne-Rhône-Alpes — Lyon, Grenoble\n"
            "Occitanie — Toulouse, Albi\n"
        )
    )
    assert [c for c, _ in _read_with(data, page, french)] == [
        "Paris", "Montreuil", "Lyon", "Grenoble", "Toulouse", "Albi"
    ]  # fmt: skip


def test_a_country_a_dash_and_two_places_joined_by_and(data: store.AtlasData) -> None:
    """Lines of a country, a spaced dash and its places, three a comma and 'and' part or
    two an 'and' joins with no comma ('Österreich – Graz und Linz', 'Czechy – Brno i
    Ostrawa'): every place a member, as after a colon, none read as a place and region."""
    gazetteer = _with_places("Graz, Linz, Salzburg, Villach, Innsbruck", "AT")
    for name in ("Brno", "Ostrava", "Plzeň"):
        gazetteer = _with_place(gazetteer, name, "CZ", 100_000)
    page = (
        HEAD
        + "Unterzeichnet haben:\n\n"
        + "Österreich – Salzburg, Villach und Innsbruck\nTschechien – Brno, Plzeň und Ostrava\n"
        + "Österreich – Graz und Linz\n\nMehr dazu im Herbst.\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "Salzburg", "Villach", "Innsbruck", "Brno", "Plzeň", "Ostrava", "Graz", "Linz"
    ]  # fmt: skip
    page = (
        HEAD
        + "Podpisali:\n\n"
        + "Czechy – Plzeň, Brno i Ostrava\nAustria – Graz i Linz\nAustria – Villach\n"
        + "\nWięcej jesienią.\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "Plzeň", "Brno", "Ostrava", "Graz", "Linz", "Villach"
    ]  # fmt: skip


def test_five_country_lines_are_a_list_not_a_paragraph(data: store.AtlasData) -> None:
    """Five or more lines each a country's label and its names, one of them a single name
    ('Kroatien: Osijek'), are a list's lines, not one paragraph's sentence; a group of
    former members after them ('Ehemalige Mitglieder: Villach') did not sign."""
    gazetteer = _with_places("Graz, Linz, Salzburg, Villach, Innsbruck", "AT")
    others = [("Brno", "CZ"), ("Plzeň", "CZ"), ("Osijek", "HR"), ("Győr", "HU"),
              ("Pécs", "HU"), ("Ulm", "DE"), ("Passau", "DE")]  # fmt: skip
    for name, code in others:
        gazetteer = _with_place(gazetteer, name, code, 100_000)
    page = (
        HEAD
        + "Mitgliedsstädte nach Ländern\n\n"
        + "Deutschland: Ulm, Passau\nÖsterreich: Linz, Salzburg, Graz\nKroatien: Osijek\n"
        + "Tschechien: Brno, Plzeň\nUngarn: Győr, Pécs\n\n"
        + "Ehemalige Mitglieder: Villach, Innsbruck\n\nMehr dazu im Herbst.\n"
    )
    expected = ["Ulm", "Passau", "Linz", "Salzburg", "Graz", "Osijek", "Brno", "Plzeň", "Győr",
                "Pécs"]  # fmt: skip
    assert [c for c, _ in _read_with(data, page, gazetteer)] == expected
    page = (
        HEAD
        + "Miasta członkowskie według krajów\n\n"
        + "Niemcy: Ulm, Passau\nAustria: Linz, Salzburg, Graz\nChorwacja: Osijek\n"
        + "Czechy: Brno, Plzeň\nWęgry: Győr, Pécs\n\n"
        + "Byli członkowie: Villach, Innsbruck\n\nWięcej jesienią.\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == expected


def test_places_under_one_label_share_its_country(data: store.AtlasData) -> None:
    """A group's line of places ('Gaststädte – Zürich, Basel, Baden') is one country's,
    though its label names none: a name there that the list's country has too (a Baden in
    Germany) is the group's (Switzerland's), as the others on its line are."""
    german = _with_places("Dresden, Augsburg, Nürnberg, Baden", "DE")
    for name, code, population in [("Zürich", "CH", 420_000), ("Basel", "CH", 180_000),
                                   ("Baden", "CH", 19_000)]:  # fmt: skip
        german = _with_place(german, name, code, population)
    page = (
        HEAD
        + "Teilnehmende Städte nach Bundesland\n\n"
        + (
            "Sachsen – Leipzig, Dresden\nBayern – Munich, Augsburg, Nürnberg\n"
            "Gaststädte – Zürich, Basel, Baden\n"
        )
    )
    assert _read_with(data, page, german)[-1] == ("Baden", "Switzerland")
    italian = GAZETTEER
    for name, code, population in [
        ("Bergamo", "IT", 120_000), ("Novara", "IT", 100_000), ("Lugano", "CH", 63_000),
        ("Mendrisio", "CH", 15_000), ("Castel San Pietro", "IT", 20_000),
        ("Castel San Pietro", "CH", 2_000),
    ]:  # fmt: skip
        italian = _with_place(italian, name, code, population)
    page = (
        HEAD
        + "Comuni aderenti per regione\n\n"
        + (
            "Lombardia – Milano, Bergamo\nPiemonte – Torino, Novara\n"
            "Canton Ticino (ospiti) – Lugano, Mendrisio, Castel San Pietro\n"
        )
    )
    assert _read_with(data, page, italian)[-1] == ("Castel San Pietro", "Switzerland")


def test_a_region_s_name_over_its_towns_bodies_is_a_heading(data: store.AtlasData) -> None:
    """A region's name alone over a block of lines that each name a town's body, its
    district in a bracket ('Toscana' over 'Comune di Prato (Provincia di Prato)'), is
    the block's heading, though a village elsewhere bears the name."""
    italian = GAZETTEER
    for name, code, population in [
        ("Bergamo", "IT", 120_000), ("Brescia", "IT", 200_000), ("Prato", "IT", 195_000),
        ("Lucca", "IT", 89_000), ("Lombardia", "BR", 3_000), ("Toscana", "BR", 2_000),
    ]:  # fmt: skip
        italian = _with_place(italian, name, code, population)
    page = (
        HEAD
        + "Nuovi comuni aderenti:\n\n"
        + (
            "Lombardia\nComune di Bergamo (Provincia di Bergamo)\n"
            "Comune di Brescia (Provincia di Brescia)\n\n"
            "Toscana\nComune di Prato (Provincia di Prato)\nComune di Lucca (Provincia di Lucca)\n"
        )
    )
    assert [c for c, _ in _read_with(data, page, italian)] == [
        "Bergamo",
        "Brescia",
        "Prato",
        "Lucca",
    ]
    french = GAZETTEER
    for name, code, population in [
        ("Rennes", "FR", 220_000), ("Brest", "FR", 140_000), ("Rouen", "FR", 110_000),
        ("Caen", "FR", 105_000), ("Normandie", "US", 1_000), ("Bretagne", "CA", 1_500),
    ]:  # fmt: skip
        french = _with_place(french, name, code, population)
    page = (
        HEAD
        + "Nouvelles communes membres :\n\n"
        + (
            "Bretagne\nVille de Rennes (Ille-et-Vilaine)\nVille de Brest (Finistère)\n\n"
            "Normandie\nVille de Rouen (Seine-Maritime)\nVille de Caen (Calvados)\n"
        )
    )
    assert [c for c, _ in _read_with(data, page, french)] == ["Rennes", "Brest", "Rouen", "Caen"]


def test_region_headings_with_no_blank_line_over_their_towns_lines(data: store.AtlasData) -> None:
    """Region headings, in capitals or not, right over their towns' lines with no blank
    line between the blocks ('BAYERN' over 'Stadt Regensburg – Oberbürgermeisterin ...'):
    each names a region of one country, as the others do, so each is a heading, though a
    village abroad bears its name."""
    german = GAZETTEER
    for name, code, population in [
        ("Regensburg", "DE", 150_000), ("Würzburg", "DE", 127_000), ("Dresden", "DE", 550_000),
        ("Görlitz", "DE", 56_000), ("Bayern", "US", 900), ("Sachsen", "AT", 400),
    ]:  # fmt: skip
        german = _with_place(german, name, code, population)
    page = (
        HEAD
        + "Unsere Mitgliedsstädte, nach Ländern:\n\n"
        + (
            "BAYERN\nStadt Regensburg – Oberbürgermeisterin Anna Keller\n"
            "Stadt Würzburg – Oberbürgermeister Jan Roth\n"
            "SACHSEN\nStadt Dresden – Oberbürgermeister Paul Lenz\n"
            "Stadt Görlitz – Oberbürgermeisterin Eva Brandt\n"
            "Thüringen\nStadt Leipzig – Oberbürgermeister Ulf Kern\n"
        )
    )
    assert [c for c, _ in _read_with(data, page, german)] == [
        "Regensburg", "Würzburg", "Dresden", "Görlitz", "Leipzig"
    ]  # fmt: skip
    spanish = GAZETTEER
    for name, code, population in [
        ("Sevilla", "ES", 680_000), ("Málaga", "ES", 580_000), ("Zaragoza", "ES", 680_000),
        ("Huesca", "ES", 53_000), ("Aragón", "PH", 2_000), ("Andalucía", "CO", 17_000),
    ]:  # fmt: skip
        spanish = _with_place(spanish, name, code, population)
    page = (
        HEAD
        + "Municipios adheridos por comunidad:\n\n"
        + (
            "Andalucía\nAyuntamiento de Sevilla – Alcalde José Ruiz\n"
            "Ayuntamiento de Málaga – Alcaldesa Ana Gil\n"
            "ARAGÓN\nAyuntamiento de Zaragoza – Alcaldesa Pilar Sanz\n"
            "Ayuntamiento de Huesca – Alcalde Luis Pardo\n"
        )
    )
    assert [c for c, _ in _read_with(data, page, spanish)] == [
        "Sevilla", "Málaga", "Zaragoza", "Huesca"
    ]  # fmt: skip


def test_states_and_provinces_as_the_press_abbreviates_them(data: store.AtlasData) -> None:
    """A state's or province's abbreviation with its stops ('Kingston, Ont.', 'Valladolid,
    Yuc.') gives the place its country, though a bigger namesake is elsewhere; the stop is
    the abbreviation's, not the line's end."""
    canadian = GAZETTEER
    for name, code, population in [
        ("Kingston", "JM", 660_000), ("Kingston", "CA", 130_000), ("Moncton", "CA", 80_000),
        ("Richmond", "US", 230_000), ("Richmond", "CA", 210_000), ("Laval", "CA", 440_000),
        ("Charlottetown", "CA", 38_000),
    ]:  # fmt: skip
        canadian = _with_place(canadian, name, code, population)
    page = (
        HEAD
        + "Les villes signataires :\n\n"
        + (
            "Kingston, Ont.\nMoncton, N.-B.\nRichmond, C.-B.\nLaval, Qc\n"
            "Charlottetown, Î.-P.-É.\n\nJoignez-vous au réseau.\n"
        )
    )
    assert _read_with(data, page, canadian) == [
        ("Kingston", "Canada"), ("Moncton", "Canada"), ("Richmond", "Canada"), ("Laval", "Canada"),
        ("Charlottetown", "Canada"),
    ]  # fmt: skip
    mexican = GAZETTEER
    for name, code, population in [
        ("Valladolid", "ES", 300_000), ("Valladolid", "MX", 50_000), ("Mérida", "VE", 300_000),
        ("Mérida", "MX", 900_000), ("Córdoba", "AR", 1_300_000), ("Córdoba", "MX", 200_000),
        ("León", "ES", 120_000), ("León", "MX", 1_500_000),
    ]:  # fmt: skip
        mexican = _with_place(mexican, name, code, population)
    page = (
        HEAD
        + "Municipios firmantes:\n\n"
        + ("Valladolid, Yuc.\nMérida, Yuc.\nCórdoba, Ver.\nLeón, Gto.\n\nÚnase a la red.\n")
    )
    assert _read_with(data, page, mexican) == [
        ("Valladolid", "Mexico"), ("Mérida", "Mexico"), ("Córdoba", "Mexico"), ("León", "Mexico")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("Kingston, Ont.", ("CA",)),
        ("Moncton, N.-B.", ("CA",)),
        ("Richmond, C.-B.", ("CA",)),
        ("Valladolid, Yuc.", ("MX",)),
        ("Mexicali, B.C.", ("CA", "MX")),  # British Columbia's or Baja California's
        ("Savannah, Ga.", ("US",)),  # not Gabon
        ("Muncie, Ind.", ("US",)),  # not India
    ],
)
def test_a_press_abbreviation_of_a_state_keeps_its_stop(line: str, codes: tuple[str, ...]) -> None:
    entry = read_entry(line, 1)
    assert entry is not None
    assert (entry.city, entry.region, entry.codes) == (
        line.split(",")[0],
        line[1 + line.index(",") :].strip(),
        codes,
    )


def test_institutes_academies_and_agencies_among_members_are_no_places(
    data: store.AtlasData,
) -> None:
    """A member list's institutions ('Universidad de Deusto, Bilbao', 'Instituto Tecnológico
    de Valencia', 'Agence d'urbanisme de Lyon', 'Fondation pour la ville durable') are
    members, not towns: a name whose noun is an institution's, that no gazetteer knows as a
    place ('College Station' is one), is left out, its country given or not; an institute
    of a town's municipal affairs ('Instituto para los Asuntos Municipales de Sevilla') is
    that town's municipal body and stays."""
    page = (
        HEAD
        + "Miembros de la red\n\n"
        + (
            "Miembro\tPaís\tCategoría\n"
            "Ayuntamiento de Bilbao\tEspaña\tPleno\n"
            "Universidad de Deusto, Bilbao\tEspaña\tAsociado\n"
            "Ayuntamiento de Madrid\tEspaña\tPleno\n"
            "Instituto Tecnológico de Valencia\tEspaña\tAsociado\n"
            "Ayuntamiento de Valencia\tEspaña\tPleno\n\n"
            "Únase a la red.\n"
        )
    )
    assert [c for c, _ in read(data, page)] == ["Bilbao", "Madrid", "Valencia"]
    page = (
        HEAD
        + "Miembros de la red\n\n"
        + (
            "Ayuntamiento de Bilbao (España)\nUniversidad de Deusto (España)\n"
            "Instituto para los Asuntos Municipales de Sevilla (España)\n"
            "Ayuntamiento de Madrid (España)\n\n"
            "Únase a la red.\n"
        )
    )
    institute = "Instituto para los Asuntos Municipales de Sevilla"  # its place read by the
    # gazetteer later (`inference.places_inside`)
    assert [c for c, _ in read(data, page)] == ["Bilbao", institute, "Madrid"]
    page = (
        HEAD
        + "Nos membres\n\n"
        + (
            "Ville de Lyon (France)\nAgence d'urbanisme de Lyon (France)\n"
            "Ville de Grenoble (France)\n"
            "Fondation pour la ville durable (Suisse)\nVille de Genève (Suisse)\n"
            "Institut des affaires municipales de Lausanne (Suisse)\n\n"
            "Rejoignez le réseau.\n"
        )
    )
    institute = "Institut des affaires municipales de Lausanne"
    assert [c for c, _ in read(data, page)] == ["Lyon", "Grenoble", "Genève", institute]


def test_group_headings_with_counts_over_lines_of_several_members(
    data: store.AtlasData,
) -> None:
    """Group headings whose counts are those of the names a comma parts in the lines under
    them ('Bayern (3)' over 'Augsburg, München, Nürnberg'): each name is a member, the
    heading none, though a line of two or three names reads like a place and its region."""
    places = _with_places("Augsburg, Nürnberg, Dresden, Bonn, Düsseldorf, Köln, Münster", "DE")
    page = HEAD + (
        "Unsere Mitglieder nach Bundesland (Stand: 1. Januar 2025)\n\n"
        "Bayern (3)\nAugsburg, München, Nürnberg\n\nSachsen (2)\nDresden, Leipzig\n\n"
        "Nordrhein-Westfalen (5)\nAachen, Bonn, Düsseldorf, Köln, Münster\n\n"
        "Ihre Stadt ist noch nicht dabei? Schreiben Sie uns, wir helfen gern weiter.\n"
    )
    assert [city for city, _ in _read_with(data, page, places)] == [
        "Augsburg", "München", "Nürnberg", "Dresden", "Leipzig",
        "Aachen", "Bonn", "Düsseldorf", "Köln", "Münster",
    ]  # fmt: skip


def test_lines_of_several_members_under_bare_group_headings(data: store.AtlasData) -> None:
    """Lines of two to five names a comma parts, as many as each group has, under headings
    of their own ('Aragón' over 'Huesca, Zaragoza'): a line's names are members each, not
    a place and its region, since the lines hold different numbers of them."""
    places = _with_places("Córdoba, Granada, Málaga, Sevilla, Huesca, Zaragoza, Burgos", "ES")
    places = _with_place(_with_place(places, "León", "ES", 120_000), "Salamanca", "ES", 140_000)
    page = HEAD + (
        "Ciudades socias por comunidad autónoma\n\n"
        "Andalucía\nCórdoba, Granada, Málaga, Sevilla\n\nAragón\nHuesca, Zaragoza\n\n"
        "Castilla y León\nBurgos, León, Salamanca\n\n"
        "¿Tu ciudad aún no forma parte de la red? Escríbenos y te ayudamos con la adhesión.\n"
    )
    assert [city for city, _ in _read_with(data, page, places)] == [
        "Córdoba", "Granada", "Málaga", "Sevilla", "Huesca", "Zaragoza",
        "Burgos", "León", "Salamanca",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("header", "footer", "head", "rows"),
    [
        (
            "Städtenetz Gesundheit · Jahresbericht 2023 11",
            "12 Jahresbericht 2023 · Städtenetz Gesundheit",
            "Land Stadt Einwohner Aufgenommen",
            ("Deutschland", "Dänemark", "Österreich", "Spanien"),
        ),
        (
            "Memoria anual 2023 | Red de Ciudades Saludables | 6",
            "7 | Red de Ciudades Saludables | Memoria anual 2023",
            "País Ciudad Población Incorporación",
            ("Alemania", "Dinamarca", "Austria", "España"),
        ),
    ],
)
def test_a_pdf_tables_rows_run_on_across_a_page_break_with_numbered_running_lines(
    data: store.AtlasData, header: str, footer: str, head: str, rows: tuple[str, ...]
) -> None:
    """A table copied from a PDF, the country before the city, one space between cells: a
    page's footer and the next page's header, the same words with consecutive page numbers
    ('... Jahresbericht 2023 11', '12 Jahresbericht 2023 ...'), and the table's repeated
    header row stand inside it; the rows after them are the same list's."""
    germany, denmark, austria, spain = rows
    places = _with_places("Augsburg, Dresden, Bonn", "DE")
    page = HEAD + (
        f"Tabelle 3 / Tabla 3\n{head}\n\n"
        f"{germany} Augsburg 296 000 03.2023\n{germany} Aachen 249 000 06.2023\n"
        f"{denmark} Aarhus 280 000 06.2023\n{austria} Graz 291 000 10.2023\n"
        f"{header}\n{footer}\n{head}\n"
        f"{germany} Bonn 330 000 03.2023\n{germany} Dresden 556 000 10.2023\n"
        f"{spain} Bilbao 345 000 06.2023\n{spain} Madrid 3 300 000 10.2023\n\n"
        "Quelle / Fuente: Sekretariat, 31.12.2023. The secretariat keeps the records.\n"
    )
    assert [city for city, _ in _read_with(data, page, places)] == [
        "Augsburg", "Aachen", "Aarhus", "Graz", "Bonn", "Dresden", "Bilbao", "Madrid",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("head", "rows", "cities"),
    [
        (
            "Nr.\tKommune\tBundesland\tUnterzeichnet von(in)",
            "1.\tStadt Augsburg\tBayern\tOberbürgermeisterin Eva Weber\n"
            "2.\tStadt Dresden\tSachsen\tOberbürgermeister Jan Roth\n"
            "3.\tStadt Bonn\tNordrhein-Westfalen\tOberbürgermeisterin Anna Berg\n"
            "4.\tStadt Aachen\tNordrhein-Westfalen\tOberbürgermeisterin Lea Roth\n",
            ["Augsburg", "Dresden", "Bonn", "Aachen"],
        ),
        (
            "N.º\tEntidad\tComunidad\tFirmado por(a)",
            "1.\tAyuntamiento de Bilbao\tPaís Vasco\talcalde Juan Mari Aburto\n"
            "2.\tAyuntamiento de Madrid\tMadrid\talcalde José Luis Martínez\n"
            "3.\tAyuntamiento de Valencia\tValenciana, Comunidad\talcaldesa María José Catalá\n"
            "4.\tAyuntamiento de Sevilla\tAndalucía\talcalde José Luis Sanz\n",
            ["Bilbao", "Madrid", "Valencia", "Sevilla"],
        ),
    ],
)
def test_a_tab_tables_head_over_a_column_of_regions_is_no_entry(
    data: store.AtlasData, head: str, rows: str, cities: list[str]
) -> None:
    """A tab table's first row over a column every other row of which names a region of a
    country ('Bayern', 'Andalucía'), where its own cell names none ('Bundesland',
    'Comunidad'): the columns' names, no entry, as over a column of countries."""
    places = _with_places("Augsburg, Dresden, Bonn, Aachen", "DE")
    for name in ("Sevilla", "Valencia"):
        places = _with_place(places, name, "ES", 700_000)
    page = HEAD + f"Firmantes / Unterzeichner\n\n{head}\n{rows}\nFuente: secretaría.\n"
    assert [city for city, _ in _read_with(data, page, places)] == cities


@pytest.mark.parametrize(
    ("head", "body", "rows"),
    [
        (
            "Entidade\tDistrito\tTipo\tAdesão",
            "Comunidade intermunicipal do Alto Minho\tViana do Castelo\tCIM\t2019",
            "Braga\tBraga\tM\t2012\nFaro\tFaro\tM\t2014\nLisboa\tLisboa\tM\t2011\n",
        ),
        (
            "Entidad\tDepartamento\tTipo\tAdhesión",
            "Área metropolitana del Valle de Aburrá\tAntioquia\tAM\t2019",
            "Bilbao\tBizkaia\tM\t2012\nMadrid\tMadrid\tM\t2014\nValencia\tValencia\tM\t2011\n",
        ),
    ],
)
def test_a_tables_body_whose_form_has_words_in_lower_case_is_an_entry(
    data: store.AtlasData, head: str, body: str, rows: str
) -> None:
    """A tab table's first cell naming a body whose form words are partly in lower case
    ('Comunidade intermunicipal do', 'Área metropolitana del') and whose place no
    gazetteer has as a town ('Alto Minho', 'Valle de Aburrá'): an entry of its kind, its
    form's words not counted among its place's."""
    page = HEAD + f"Membros / Miembros\n\n{head}\n{rows}{body}\n\nFonte: secretariado.\n"
    found = [city for city, _ in _read_with(data, page, _with_places("Braga, Faro", "PT"))]
    assert found[-1] == body.split("\t")[0]
    assert len(found) == 4


@pytest.mark.parametrize(
    ("menu", "region", "after"),
    [
        (
            "Region wählen: Bayern | Hessen | Sachsen | Thüringen | Nordrhein-Westfalen",
            "Region Hannover\t–\tRegion\t2016",
            "Wie treten Sie bei",
        ),
        (
            "Wybierz region: Dolny Śląsk | Mazowsze | Małopolska | Pomorze | Śląsk",
            "Województwo Małopolskie\t–\twojewództwo\t2016",
            "Jak przystąpić",
        ),
    ],
)
def test_a_tables_rows_without_a_selector_above_and_with_a_regions_body(
    data: store.AtlasData, menu: str, region: str, after: str
) -> None:
    """A tab table of members, its first row a region's body whose place no gazetteer has
    as a town ('Region Hannover', 'Województwo Małopolskie'): an entry of its kind; a
    selector of regions above the table ('Region wählen: Bayern | Hessen | ...', names
    the gazetteer may read as towns) and a short line after it are no rows."""
    places = _with_places("Bayern, Hesse, Sachsen, Mazowsze, Pomorze, Śląsk, Augsburg", "DE")
    page = HEAD + (
        f"{menu}\n\nMitglieder / Członkowie\n\nName\tKreis\tArt\tSeit\n{region}\n"
        "Aachen\tAC\tStadt\t2018\nAugsburg\tA\tStadt\t2019\nLeipzig\tL\tStadt\t2012\n"
        "Munich\tM\tStadt\t2011\n\nKoordination: Anna Berg, Stadträtin in Leipzig\n\n"
        f"{after}\nDer Antrag geht an die Geschäftsstelle in Bonn, die ihn prüft.\n"
    )
    assert [city for city, _ in _read_with(data, page, places)] == [
        region.split("\t")[0], "Aachen", "Augsburg", "Leipzig", "Munich",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("cities", "regions", "long"),
    [
        (
            "Barcelona, Sabadell, Cornellà, Terrassa, Badalona, Viladecans",
            ("Comarca del Barcelonès", "Comarca del Vallès Occidental"),
            "Comarca del Baix Llobregat",
        ),
        (
            "Linz, Steyr, Kirchdorf, Wels, Enns, Kremsmünster",
            ("Bezirk Linz-Land", "Bezirk Steyr-Land"),
            "Bezirk Kirchdorf an der Krems",
        ),
    ],
)
def test_a_map_side_list_whose_region_line_has_particles_runs_on(
    data: store.AtlasData, cities: str, regions: tuple[str, str], long: str
) -> None:
    """A map's side list, each place over its region's line: a region of four words or
    more, three of them at most not particles ('Comarca del Baix Llobregat', 'Bezirk
    Kirchdorf an der Krems'), is a name, not prose that ends the list."""
    places = _with_places(cities, "ES" if "Barcelona" in cities else "AT")
    names = cities.split(", ")
    first, second = regions
    lines = [first, second, long, first, second, first]
    page = (
        HEAD
        + "Mapa / Karte\n\n"
        + "".join(f"{name}\n{region}\n\n" for name, region in zip(names, lines, strict=True))
    )
    page += "Map data ©2024 Google\nTerms\n"
    assert [city for city, _ in _read_with(data, page, places)] == names


@pytest.mark.parametrize(
    "line",
    [
        "Comarca del Baix Llobregat",
        "Bezirk Kirchdorf an der Krems",
        "Département de la Haute-Garonne",
    ],
)
def test_a_name_of_three_words_and_particles_is_no_prose(line: str) -> None:
    """A line of a name alone, its particles not counted ('Comarca del Baix Llobregat'):
    an entry, kept inside a run (a region's line under its place), not prose."""
    assert _classify(line, 1, PlaceNames(lambda name: False))[0] == "entry"


@pytest.mark.parametrize(
    ("lines", "code", "cities"),
    [
        (
            "• Bridgend\n• Cardiff Council – Cyngor Caerdydd\n• Newport\n"
            "• Swansea Council – Cyngor Abertawe\n• Wrexham\n",
            "GB",
            ["Bridgend", "Cardiff", "Newport", "Swansea", "Wrexham"],
        ),
        (
            "• Tartu linn\n• Võru linn – Võro liin\n• Pärnu linn\n• Viljandi linn\n",
            "EE",
            ["Tartu", "Võru", "Pärnu", "Viljandi"],
        ),
    ],
)
def test_a_body_named_in_two_languages_after_a_dash_is_its_first_name(
    data: store.AtlasData, lines: str, code: str, cities: list[str]
) -> None:
    """'Cardiff Council – Cyngor Caerdydd', 'Võru linn – Võro liin': a body's name with
    its form after it, then a dash and its name in another language, is the first: the
    place its form names, not a person's place after a dash."""
    places = _with_places(", ".join(cities), code)
    page = HEAD + "Members\n\n" + lines + "\nContact us\n"
    assert [city for city, _ in _read_with(data, page, places)] == cities


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Provincia di Bolzano – Provinz Bozen", "Provincia di Bolzano"),
        ("Kreis Nordfriesland – Kreis Nordfriisland", "Kreis Nordfriesland"),
    ],
)
def test_a_body_and_its_name_in_another_language_after_a_dash_is_the_first(
    line: str, body: str
) -> None:
    """'Provincia di Bolzano – Provinz Bozen' (Italian, German), 'Kreis Nordfriesland –
    Kreis Nordfriisland' (German, Frisian): both sides name a body, the same one in two
    languages; the first is the list's, not a person's name before a body's."""
    entry = read_entry(line, 1)
    assert entry is not None
    assert (entry.city, entry.kind != "city") == (body, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new members are Kisumu, Mombasa and Nakuru in Kenya; Aachen and Leipzig in "
        "Germany; and Prizren in Kosovo.",
        "Neu dabei sind Kisumu, Mombasa und Nakuru in Kenia, Aachen und Leipzig in "
        "Deutschland sowie Prizren in Kosovo.",
        "Les nouveaux membres sont Kisumu, Mombasa et Nakuru au Kenya, Aachen et Leipzig en "
        "Allemagne, et Prizren au Kosovo.",
    ],
)
def test_a_place_after_in_is_where_the_member_is(data: store.AtlasData, sentence: str) -> None:
    """'Prizren in Kosovo', 'Prizren au Kosovo': the name after a preposition of place
    says where the member is (a country a town is named like too), not another member."""
    places = _with_place(_with_place(GAZETTEER, "Prizren", "XK", 180_000), "Kosovo", "US", 900)
    page = HEAD + sentence + "\n\nRead more\n"
    assert [city for city, _ in _read_with(data, page, places)] == [
        "Kisumu", "Mombasa", "Nakuru", "Aachen", "Leipzig", "Prizren",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "code", "cities"),
    [
        (
            ["Tampereen kaupunki", "Lahden kaupunki", "Turun kaupunki", "Porin kaupunki",
             "Kangasalan kunta", "Sastamalan kunta"],
            "FI",
            ["Tampere", "Lahti", "Turku", "Pori", "Kangasala", "Sastamala"],
        ),
        (
            ["Vilniaus miesto savivaldybė", "Kauno miesto savivaldybė",
             "Klaipėdos miesto savivaldybė", "Šiaulių miesto savivaldybė",
             "Utenos rajono savivaldybė", "Alytaus rajono savivaldybė"],
            "LT",
            ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Utena", "Alytus"],
        ),
    ],
)  # fmt: skip
def test_a_tables_rows_of_genitives_in_two_frames_are_all_entries(
    data: store.AtlasData, rows: list[str], code: str, cities: list[str]
) -> None:
    """A tab table of bodies named in the genitive, most in one frame ('Tampereen
    kaupunki', 'Kauno miesto savivaldybė') and some in another ('Kangasalan kunta', 'Utenos
    rajono savivaldybė'): each row is an entry, not only those of the commonest frame."""
    places = _with_places(", ".join(cities), code)
    table = "".join(
        f"{k}.\t{row}\t{2010 + k}\tAnna Virtanen\n" for k, row in enumerate(rows, start=1)
    )
    page = HEAD + "Nr.\tMember\tYear\tContact\n" + table + "\nContact us\n"
    assert [city for city, _ in _read_with(data, page, places)] == cities


def test_a_town_s_title_the_reader_does_not_know_before_its_place_on_lines(
    data: store.AtlasData,
) -> None:
    """A bulleted list of towns named with their forms ('Gemeente Kampen', 'Malmö
    stad'), one under an honorific title written as one word with the word for 'town'
    at its end ('Vestingstad Naarden', 'Residensstaden Gävle': titles no list of forms
    has): the place after the title, not a person's name."""
    towns = GAZETTEER
    for name, country in [
        ("Kampen", "NL"),
        ("Naarden", "NL"),
        ("Deventer", "NL"),
        ("Heusden", "NL"),
        ("Zwolle", "NL"),
        ("Göteborg", "SE"),
        ("Malmö", "SE"),
        ("Uppsala", "SE"),
        ("Gävle", "SE"),
        ("Umeå", "SE"),
    ]:
        towns = _with_place(towns, name, country, 50_000)
    dutch = HEAD + (
        "Ondertekend door:\n\n- Gemeente Kampen\n- Gemeente Deventer\n- Vestingstad Naarden\n"
        "- Gemeente Heusden\n- Gemeente Zwolle\n\nDelen\n"
    )
    assert [c for c, _ in _read_with(data, dutch, towns)] == [
        "Kampen", "Deventer", "Naarden", "Heusden", "Zwolle",
    ]  # fmt: skip
    swedish = HEAD + (
        "Undertecknat av:\n\n- Göteborgs Stad\n- Malmö stad\n- Residensstaden Gävle\n"
        "- Uppsala kommun\n- Umeå kommun\n\nDela\n"
    )
    assert [c for c, _ in _read_with(data, swedish, towns)] == [
        "Göteborg", "Malmö", "Gävle", "Uppsala", "Umeå",
    ]  # fmt: skip


def test_a_menu_s_word_above_the_title_that_names_a_place_is_no_entry(
    data: store.AtlasData,
) -> None:
    """A one-word menu line at the top of the page ('Portal', 'Inicio'), a place's name
    somewhere too, above the page's title, date and a list of bodies: the site's
    menu, not the list's first entry."""
    menus = _with_place(_with_place(GAZETTEER, "Portal", "US", 2_000), "Inicio", "MX", 1_000)
    english = (
        "Portal\n\nJoint statement on clean air\n\n12 March 2024\n\nSignatories:\n"
        "1. City of Aarhus\n2. City of Bilbao\n3. City of Utrecht\n4. City of Zagreb\n"
    )
    assert [c for c, _ in _read_with(data, english, menus)] == [
        "Aarhus", "Bilbao", "Utrecht", "Zagreb",
    ]  # fmt: skip
    spanish = (
        "Inicio\n\nDeclaración de ciudades por el clima\n\n12 de marzo de 2024\n\nFirmantes:\n"
        "- Ayuntamiento de Bilbao\n- Ayuntamiento de Madrid\n- Ayuntamiento de Valencia\n"
    )
    assert [c for c, _ in _read_with(data, spanish, menus)] == ["Bilbao", "Madrid", "Valencia"]


def test_a_numbered_list_of_bodies_whose_small_word_is_a_country_s_code(
    data: store.AtlasData,
) -> None:
    """'1. Ayuntamiento de Bilbao', '1. Ville de Lyon': a numbered list's 'de' is a word of
    the body's name, not the code of Germany after it (as a PDF table's row, 'Athens
    Greece 12.03.2023', has its country)."""
    spanish = HEAD + (
        "Firmantes:\n\n1. Ayuntamiento de Bilbao\n2. Ayuntamiento de Madrid\n"
        "3. Ayuntamiento de Valencia\n"
    )
    assert [c for c, _ in read(data, spanish)] == ["Bilbao", "Madrid", "Valencia"]
    french = HEAD + "Signataires :\n\n1. Ville de Lyon\n2. Ville de Grenoble\n3. Ville de Genève\n"
    assert [c for c, _ in read(data, french)] == ["Lyon", "Grenoble", "Genève"]


def test_a_mayor_s_title_glued_after_the_city_s_name_in_japanese_and_chinese(
    data: store.AtlasData,
) -> None:
    """'横浜市長 山田太郎' (Yokohama's mayor), '上海市市长 李明' (Shanghai's): a script that
    glues the title to its city's name, the signer's name after it; the city is the word
    without its title (and without its form where the gazetteer has the name alone)."""
    japanese = HEAD + "署名者\n\n横浜市長 山田太郎\n神戸市長 佐藤花子\n仙台市長 鈴木一郎\n"
    assert [c for c, _ in read(data, japanese)] == ["横浜市", "神戸市", "仙台市"]
    chinese = GAZETTEER
    for name, alternate in [("Shanghai", "上海"), ("Hangzhou", "杭州"), ("Chengdu", "成都")]:
        chinese = _with_names(chinese, name, "CN", 5_000_000, alternate)
    page = HEAD + "签署城市\n\n上海市市长 李明\n杭州市市长 王芳\n成都市市长 张伟\n"
    assert [c for c, _ in _read_with(data, page, chinese)] == ["上海", "杭州", "成都"]


def _caseless_towns(towns: list[tuple[str, str, str]]) -> Gazetteer:
    """The test gazetteer with towns of scripts without capitals: (name, country, its name
    in the script)."""
    places = GAZETTEER
    for name, code, alternate in towns:
        places = _with_names(places, name, code, 400_000, alternate)
    return places


def test_a_line_of_a_script_without_capitals_names_its_one_town_beside_a_title_and_a_name(
    data: store.AtlasData,
) -> None:
    """'سیالکوٹ' after a title and a signer's name after the Arabic comma ('Name، میئر X'),
    a Devanagari town's body, a dash and its mayor ('X नगर निगम – महापौर Name'), a Thai
    mayor's title and form glued before the town ('นายกเทศมนตรีเมืองX'): no capital marks the
    name, so the line's words are read as places; where a signer's name is a town too
    ('عمر'), the town is the one beside the title's word."""
    urdu = _caseless_towns(
        [("Sialkot", "PK", "سیالکوٹ"), ("Gujranwala", "PK", "گوجرانوالہ"),
         ("Hyderabad", "PK", "حیدرآباد"), ("Umar", "PK", "عمر")]
    )  # fmt: skip
    page = HEAD + "دستخط کنندگان:\n\nعمر فاروق، میئر سیالکوٹ\nزینب علی، میئر گوجرانوالہ\n"
    page += "حمزہ شاہ، میئر حیدرآباد\n\nشکریہ۔\n"
    assert [c for c, _ in _read_with(data, page, urdu)] == ["سیالکوٹ", "گوجرانوالہ", "حیدرآباد"]
    hindi = _caseless_towns(
        [("Indore", "IN", "इंदौर"), ("Surat", "IN", "सूरत"), ("Agra", "IN", "आगरा")]
    )
    page = HEAD + "हस्ताक्षरकर्ता:\n\nइंदौर नगर निगम – महापौर राजेश गुप्ता\n"
    page += "सूरत नगर निगम – महापौर किरण पटेल\nआगरा नगर निगम – महापौर सुनील यादव\n"
    assert [c for c, _ in _read_with(data, page, hindi)] == ["इंदौर", "सूरत", "आगरा"]
    thai = _caseless_towns(
        [("Nan", "TH", "น่าน"), ("Trang", "TH", "ตรัง"), ("Lampang", "TH", "ลำปาง")]
    )
    page = HEAD + "ผู้ลงนาม\n\nนายกเทศมนตรีเมืองน่าน นายชัยวัฒน์ ดีงาม\n"
    page += "นายกเทศมนตรีนครตรัง นางสมศรี ใจงาม\nนายกเทศมนตรีนครลำปาง นายอนันต์ สุขใจ\n"
    assert [c for c, _ in _read_with(data, page, thai)] == ["น่าน", "ตรัง", "ลำปาง"]


def test_a_caseless_town_s_body_ending_in_a_vowel_sign_a_city_word_and_a_merged_name(
    data: store.AtlasData,
) -> None:
    """Gujarati bodies after their towns, a year in brackets after them: a form that ends in
    a vowel sign ('મહાનગરપાલિકા', no letter to `\\b`), 'city' before the form ('શહેર
    મહાનગરપાલિકા', though a village elsewhere has that name), a merged town's name whose
    first part ends in a vowel sign ('ગોધરા-વેજલપુર'): the town, the first part."""
    gujarati = _caseless_towns(
        [("Rajkot", "IN", "રાજકોટ"), ("Vadodara", "IN", "વડોદરા"), ("Bhavnagar", "IN", "ભાવનગર"),
         ("Godhra", "IN", "ગોધરા")]
    )  # fmt: skip
    gujarati = _with_names(gujarati, "Shahr", "IR", 900, "શહેર")
    page = HEAD + "સભ્યો:\n\n• રાજકોટ મહાનગરપાલિકા (૨૦૧૮)\n• વડોદરા શહેર મહાનગરપાલિકા (૨૦૧૯)\n"
    page += "• ભાવનગર મહાનગરપાલિકા (૨૦૨૦)\n• ગોધરા-વેજલપુર નગરપાલિકા (૨૦૨૧)\n\nઆભાર.\n"
    found = _read_with(data, page, gujarati)
    assert [c for c, _ in found][:3] == ["રાજકોટ", "વડોદરા", "ભાવનગર"]
    assert found[3][0] in ("ગોધરા", "Godhra")
    assert {country for _, country in found} == {"India"}


def test_a_caseless_word_a_pdf_cut_at_a_hyphen_and_a_labelled_line_after_the_list(
    data: store.AtlasData,
) -> None:
    """A numbered list of 'X नगर निगम — महापौर Name' copied from a PDF: a body's word the copy
    cut at a hyphen over two lines ('नगर नि-' / 'गम'), which the page writes whole elsewhere,
    is one word (no case tells a word's hyphenation there); a labelled line after a blank
    line under the list ('संयोजक: ..., लखनऊ।', its coordinator) is no entry of it."""
    hindi = _caseless_towns(
        [("Kanpur", "IN", "कानपुर"), ("Patna", "IN", "पटना"), ("Agra", "IN", "आगरा"),
         ("Indore", "IN", "इंदौर"), ("Surat", "IN", "सूरत"), ("Meerut", "IN", "मेरठ"),
         ("Lucknow", "IN", "लखनऊ")]
    )  # fmt: skip
    page = HEAD + "हस्ताक्षरकर्ता:\n\n१. कानपुर नगर निगम — महापौर श्री अमित कुमार\n"
    page += "२. पटना नगर निगम — महापौर श्रीमती सीमा देवी\n३. आगरा नगर नि-\n"
    page += "गम — महापौर श्री सुनील यादव\n४. इंदौर नगर निगम — महापौर श्री राजेश गुप्ता\n"
    page += "५. सूरत नगर निगम — महापौर श्री किरण पटेल\n६. मेरठ नगर निगम — महापौर श्री हरि सिंह\n"
    page += "\nसंयोजक: शहरी स्थानीय निकाय नेटवर्क, गोमती नगर, लखनऊ।\n"
    found = _read_with(data, page, hindi)
    assert [c for c, _ in found] == ["कानपुर", "पटना", "आगरा", "इंदौर", "सूरत", "मेरठ"]


def test_a_caseless_table_s_town_no_gazetteer_writes_so_is_read_by_its_body_s_form(
    data: store.AtlasData,
) -> None:
    """A table aligned with spaces, its first column 'X नगर निगम' (a municipal corporation):
    a town the gazetteer lacks in Devanagari is still the row's town, by its body's form,
    read as the place of the list's country it sounds like ('रायपुर', Raipur)."""
    hindi = _with_place(
        _caseless_towns(
            [("Kanpur", "IN", "कानपुर"), ("Patna", "IN", "पटना"), ("Agra", "IN", "आगरा")]
        ),
        "Raipur",
        "IN",
        1_000_000,
    )
    rows = [("कानपुर", "उत्तर प्रदेश"), ("पटना", "बिहार"), ("रायपुर", "छत्तीसगढ़"), ("आगरा", "उत्तर प्रदेश")]
    page = HEAD + "सूची:\n\nनगर निकाय                 राज्य             वर्ष\n"
    page += "".join(
        f"{t} नगर निगम{' ' * (18 - len(t))}{s}{' ' * (18 - len(s))}2021\n" for t, s in rows
    )
    page += "\nधन्यवाद।\n"
    found = _read_with(data, page, hindi)
    assert [c for c, _ in found] == ["कानपुर", "पटना", "Raipur", "आगरा"]


def test_a_list_s_last_towns_named_by_their_form_and_a_bracket_are_kept_unknown(
    data: store.AtlasData,
) -> None:
    """A bulleted list of Kannada bodies, the year each joined in brackets after its form
    ('X ನಗರಸಭೆ (೨೦೨೨)'): its last towns, which the gazetteer lacks in Kannada, are no
    headings at the list's edge: their form says they are towns."""
    towns = [("Mysore", "IN", "ಮೈಸೂರು"), ("Hubli", "IN", "ಹುಬ್ಬಳ್ಳಿ"), ("Mangalore", "IN", "ಮಂಗಳೂರು")]
    kannada = _caseless_towns([*towns, ("Belgaum", "IN", "ಬೆಳಗಾವಿ")])
    kannada = _with_place(_with_place(kannada, "Udupi", "IN", 165_000), "Hassan", "IN", 155_000)
    page = HEAD + "ಸದಸ್ಯರು:\n\n• ಮೈಸೂರು ಮಹಾನಗರ ಪಾಲಿಕೆ (೨೦೧೯)\n• ಹುಬ್ಬಳ್ಳಿ ಮಹಾನಗರ ಪಾಲಿಕೆ (೨೦೧೯)\n"
    page += "• ಮಂಗಳೂರು ಮಹಾನಗರ ಪಾಲಿಕೆ (೨೦೨೦)\n• ಬೆಳಗಾವಿ ಮಹಾನಗರ ಪಾಲಿಕೆ (೨೦೨೧)\n"
    page += "• ಉಡುಪಿ ನಗರಸಭೆ (೨೦೨೨)\n• ಹಾಸನ ನಗರಸಭೆ (೨೦೨೩)\n\nಧನ್ಯವಾದಗಳು.\n"
    found = _read_with(data, page, kannada)
    assert [c for c, _ in found][:4] == ["ಮೈಸೂರು", "ಹುಬ್ಬಳ್ಳಿ", "ಮಂಗಳೂರು", "ಬೆಳಗಾವಿ"]
    assert len(found) == 6
    assert {country for _, country in found} == {"India"}


def test_a_caseless_line_of_a_body_its_state_and_its_mayor_with_an_honorific(
    data: store.AtlasData,
) -> None:
    """'X नगर निगम, State — महापौर श्री Name' and 'میئر X، صوبہ State، جناب Name': a body or
    title with its town, its state or province, its mayor with an honorific, each field a
    few words though the line has more than a short one's: the town the title marks."""
    hindi = _caseless_towns(
        [("Kanpur", "IN", "कानपुर"), ("Patna", "IN", "पटना"), ("Nashik", "IN", "नासिक")]
    )
    page = HEAD + "सदस्य:\n\n• कानपुर नगर निगम, उत्तर प्रदेश — महापौर श्री अमित कुमार सिंह\n"
    page += "• पटना नगर निगम, बिहार — महापौर श्रीमती सीमा देवी\n"
    page += "• नासिक महानगरपालिका, महाराष्ट्र — महापौर श्री विजय पाटील\n\nधन्यवाद।\n"
    assert [c for c, _ in _read_with(data, page, hindi)] == ["कानपुर", "पटना", "नासिक"]
    urdu = _caseless_towns(
        [("Multan", "PK", "ملتان"), ("Quetta", "PK", "کوئٹہ"), ("Sukkur", "PK", "سکھر")]
    )
    page = HEAD + "دستخط کنندگان:\n\nمیئر ملتان، صوبہ پنجاب، محترم جناب علی رضا خان\n"
    page += "میئر کوئٹہ، صوبہ بلوچستان، جناب نور احمد کاکڑ\n"
    page += "میئر سکھر، صوبہ سندھ، جناب سلیم شاہ\n\nشکریہ۔\n"
    assert [c for c, _ in _read_with(data, page, urdu)] == ["ملتان", "کوئٹہ", "سکھر"]


def test_a_caseless_table_s_row_of_a_body_its_state_and_its_mayor(
    data: store.AtlasData,
) -> None:
    """A numbered table copied with tabs, its cells a town's body ('X नगर निगम', 'شهرداری
    X'), its state or province, its mayor: the town the body's word marks is the row's, a
    'ग्रेटर' (Greater) before or after it."""
    hindi = _caseless_towns(
        [("Kanpur", "IN", "कानपुर"), ("Patna", "IN", "पटना"), ("Nashik", "IN", "नासिक")]
    )
    rows = [("कानपुर", "उत्तर प्रदेश"), ("ग्रेटर पटना", "बिहार"), ("नासिक ग्रेटर", "महाराष्ट्र")]
    page = HEAD + "सूची:\n\nक्रम\tनगर निगम\tराज्य\tमहापौर\n"
    page += "".join(f"{k}\t{t} नगर निगम\t{s}\tश्री अमित कुमार\n" for k, (t, s) in enumerate(rows, 1))
    assert [c for c, _ in _read_with(data, page, hindi)] == ["कानपुर", "पटना", "नासिक"]
    persian = _caseless_towns(
        [("Shiraz", "IR", "شیراز"), ("Tabriz", "IR", "تبریز"), ("Yazd", "IR", "یزد")]
    )
    rows = [("شیراز", "فارس"), ("تبریز", "آذربایجان شرقی"), ("یزد", "یزد")]
    page = HEAD + "امضاکنندگان:\n\nردیف\tشهرداری\tاستان\tشهردار\n"
    page += "".join(
        f"{k}\tشهرداری {t}\tاستان {s}\tآقای علی رضایی\n" for k, (t, s) in enumerate(rows, 1)
    )
    assert [c for c, _ in _read_with(data, page, persian)] == ["شیراز", "تبریز", "یزد"]


def test_a_table_s_first_cell_a_hebrew_town_s_body_before_its_name(
    data: store.AtlasData,
) -> None:
    """A table's rows copied with tabs, their first cell the town's body in the construct
    state ('עיריית חדרה'), then its mayor, its district and a date: the town without its
    body's word, though no capital marks it a name."""
    hebrew = _caseless_towns(
        [("Hadera", "IL", "חדרה"), ("Lod", "IL", "לוד"), ("Ramla", "IL", "רמלה"),
         ("Haifa", "IL", "חיפה")]
    )  # fmt: skip
    rows = [("חדרה", "חיפה", "2024"), ("לוד", "המרכז", "2024"), ("רמלה", "המרכז", "2025")]
    page = HEAD + "הרשויות החתומות:\n\nרשות\tראש העירייה\tמחוז\tשנה\n"
    page += "".join(f"עיריית {town}\tדן כהן\t{district}\t{year}\n" for town, district, year in rows)
    assert [c for c, _ in _read_with(data, page, hebrew)] == ["חדרה", "לוד", "רמלה"]


def test_one_new_member_with_its_country_under_a_sentence_that_announces_it(
    data: store.AtlasData,
) -> None:
    """A page of news about one member: a sentence ending in a colon, then 'City,
    Country' on a line of its own; a label with a colon over an address is no such
    sentence."""
    english = HEAD + "The network warmly welcomes its newest member city:\n\nKisumu, Kenya\n\n"
    assert read(data, english + "Welcome!\n") == [("Kisumu", "Kenya")]
    italian = HEAD + "La rete dà il benvenuto al suo nuovo comune membro:\n\nBologna, Italia\n\n"
    assert read(data, italian + "Benvenuti!\n") == [("Bologna", "Italia")]
    with pytest.raises(ParseError, match="found no list"):
        read(data, HEAD + "Contact:\n\nLyon, France\n")


@pytest.mark.parametrize(
    ("body", "kind", "code", "towns"),
    [
        ("Region Midtjylland", "Region", "DK", ["Aarhus", "Aalborg", "Odense"]),
        ("Vestland fylkeskommune", "Fylkeskommune", "NO", ["Bergen", "Stavanger", "Bodø"]),
    ],
)
def test_a_regions_body_in_a_table_whose_type_column_reads_as_a_town(
    data: store.AtlasData, body: str, kind: str, code: str, towns: list[str]
) -> None:
    """A table's first cell naming a region's or county's body that no gazetteer has
    ('Region Midtjylland', 'Vestland fylkeskommune'), its type column a word that reads as
    an inflected town ('Region' as Regio): the body is the row's entry, in the list's
    country."""
    places = _with_places("Regio, Fylkes", "IT")
    for town in towns:
        places = _with_place(places, town, code, 100_000)
    rows = "".join(f"{town}\tKommune\t2024-02-0{k}\n" for k, town in enumerate(towns, 2))
    page = HEAD + f"Organisation\tType\tDate\n{body}\t{kind}\t2024-02-01\n{rows}\nShare\n"
    assert [city for city, _ in _read_with(data, page, places)] == [body, *towns]


@pytest.mark.parametrize(
    "page",
    [
        "Our members\n\nSpain (2)\nCity of Bilbao · member since 2016\nMadrid · joined 2019\n"
        "Germany (2)\nCity of Aachen · member since 2017\nLeipzig · member since 2020\n",
        "Miembros\n\nEspaña (2)\nAyuntamiento de Bilbao | miembro desde 2016\n"
        "Madrid | miembro desde 2019\nAlemania (2)\nAachen | miembro desde 2017\n"
        "Leipzig | miembro desde 2020\n",
    ],
)
def test_a_note_after_a_middle_dot_or_bar_is_no_second_item(
    data: store.AtlasData, page: str
) -> None:
    """'X · member since 2016': the part after the dot, in lower case or with a figure, is
    a note of the entry (as after a dash), not a second place of the line."""
    assert [city for city, _ in read(data, HEAD + page)] == [
        "Bilbao",
        "Madrid",
        "Aachen",
        "Leipzig",
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [
                "1 Guadalajara Jalisco Lic. Pablo Lemus Presidente Municipal",
                "2 Municipio de Zapopan Jalisco Juan Pérez Presidente Municipal",
                "3 Monterrey Nuevo León Luis Colosio Presidente Municipal",
            ],
            ["Guadalajara, Jalisco", "Municipio de Zapopan, Jalisco", "Monterrey, Nuevo León"],
        ),
        (
            [
                "1 Curitiba Paraná Rafael Greca Prefeito, Secretaria de Meio Ambiente",
                "2 Salvador Bahia Bruno Reis Prefeito",
                "3 Belo Horizonte Minas Gerais Fuad Noman Prefeito 12/2023",
            ],
            ["Curitiba, Paraná", "Salvador, Bahia", "Belo Horizonte, Minas Gerais"],
        ),
    ],
)
def test_a_pdf_row_s_state_after_the_place_when_no_country_is(
    rows: list[str], expected: list[str]
) -> None:
    """A PDF table of one country's cities, its rows numbered, names a state or province
    after each place and a person after it: read as 'Place, State'."""
    assert spaced_rows(rows) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [
                "1 Guadalajara Jalisco Pablo Lemus Presidente Municipal",
                "2 San Pedro Garza García Nuevo",
                "León Miguel Treviño Presidente Municipal",
                "3 Zapopan Jalisco Juan Pérez Presidente Municipal",
                "4 Monterrey Nuevo León Luis Colosio Presidente Municipal",
            ],
            [
                "Guadalajara, Jalisco",
                "San Pedro Garza García, Nuevo León",
                "",
                "Zapopan, Jalisco",
                "Monterrey, Nuevo León",
            ],
        ),
        (
            [
                "1 Curitiba Paraná Rafael Greca Prefeito",
                "2 Campo Grande Mato Grosso",
                "do Sul Adriane Lopes Prefeita",
                "3 Salvador Bahia Bruno Reis Prefeito",
                "4 Belo Horizonte Minas Gerais Fuad Noman Prefeito",
            ],
            [
                "Curitiba, Paraná",
                "Campo Grande, Mato Grosso do Sul",
                "",
                "Salvador, Bahia",
                "Belo Horizonte, Minas Gerais",
            ],
        ),
    ],
)
def test_a_pdf_row_broken_over_two_lines_is_joined(rows: list[str], expected: list[str]) -> None:
    """A numbered row the copy broke before its next row's number goes on: one row."""
    assert spaced_rows(rows) == expected


def test_a_pdf_row_hyphenated_over_two_lines_is_joined_without_the_hyphen() -> None:
    """A numbered row the copy hyphenated before its next row's number goes on: the word
    is whole again ('Jalis-' / 'co ...' -> 'Jalisco')."""
    rows = [
        "1 Guadalajara Jalisco Pablo Lemus Presidente Municipal",
        "2 Tlaquepaque Jalis-",
        "co Laura Imelda Pérez Presidenta Municipal",
        "3 Zapopan Jalisco Juan Pérez Presidente Municipal",
        "4 Monterrey Nuevo León Luis Colosio Presidente Municipal",
    ]
    assert spaced_rows(rows) == [
        "Guadalajara, Jalisco",
        "Tlaquepaque, Jalisco",
        "",
        "Zapopan, Jalisco",
        "Monterrey, Nuevo León",
    ]


def test_a_numbered_line_whose_dash_parts_a_body_from_its_signer_is_no_table_row() -> None:
    """'1. Ayuntamiento Burgos – Ana Gil Ortega, alcaldesa': the place is also its
    province's name, but the dash after it parts the body from its signer; the line is no
    row of a table naming a state after each place."""
    rows = [
        "1. Ayuntamiento Burgos – Ana Gil Ortega, alcaldesa",
        "2. Ayuntamiento Soria – Carlos Martín Pérez, alcalde",
        "3. Ayuntamiento Segovia – Clara Luengo Sanz, alcaldesa",
    ]
    assert spaced_rows(rows) == rows


@pytest.mark.parametrize(
    ("line", "city", "country"),
    [
        ("Alcaldía de Caracas, Venezuela (República Bolivariana de)", "Alcaldía de Caracas", "VE"),
        ("Tehran Municipality, Iran (Islamic Republic of)", "Tehran", "IR"),
        ("Gobierno Municipal de La Paz, Bolivia (Estado Plurinacional de)", "", "BO"),
    ],
)
def test_a_country_named_with_its_form_in_a_bracket(line: str, city: str, country: str) -> None:
    """'Iran (Islamic Republic of)', as the UN writes it, is one country's name: the
    bracket is no country of its own after a place 'Iran'."""
    entry = read_entry(line, 1)
    assert entry is not None
    assert entry.codes == (country,)
    assert entry.city == (city or entry.city)
    assert "(" not in entry.city


@pytest.mark.parametrize(
    ("line", "city", "region"),
    [
        ("Alcalde, Ayuntamiento de Zapopan, Jalisco", "Zapopan", "Jalisco"),
        ("Intendente, Municipalidad de Godoy Cruz, Mendoza", "Godoy Cruz", "Mendoza"),
        ("Prefeito, Prefeitura de Feira de Santana, Bahia", "Feira de Santana", "Bahia"),
    ],
)
def test_a_title_a_body_and_its_state_name_the_body_s_place(
    line: str, city: str, region: str
) -> None:
    """'Mayor, City of X, State': the last field is the place's state, though a place of
    the state's name is known too (Mendoza, Bahia, Jalisco): the place is the body's."""
    known = PlaceNames(
        lambda name: (
            fold(name) in {"zapopan", "jalisco", "godoy cruz", "mendoza", "bahia"}
            or fold(name) == "feira de santana"
        )
    )
    kind, entry = _classify(line, 1, known)
    assert kind == "entry"
    assert entry is not None
    assert (entry.city, entry.region) == (city, region)


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Municipio Libre de Bilbao — Sr. Juan Aburto, alcalde", "Bilbao"),
        ("Villa de Madrid — Sra. Ana Ruiz, concejala", "Madrid"),
        ("Stadtverwaltung Aachen — Fr. Sibylle Keupen, Oberbürgermeisterin", "Aachen"),
        ("Gemeindeamt Leipzig — Hr. Burkhard Jung, Oberbürgermeister", "Leipzig"),
        ("Comune di Torino — Sig.ra Chiara Appendino, sindaca", "Torino"),
        ("Villa de Bilbao — Sr. Juan Aburto, presidente de la comisión", "Bilbao"),
    ],
)
def test_a_person_after_a_dash_starts_with_an_honorific(line: str, city: str) -> None:
    """'Villa de Madrid — Sra. Ana Ruiz, concejala': 'Sr.', 'Fr.', 'Sig.ra', 'M.', 'Mme'
    start a person as 'Mr' does: the place is the body's before the dash, and the title
    after the person's comma no country ('maire' is no misspelt 'Mali')."""
    known = PlaceNames(
        lambda name: fold(name) in {"bilbao", "madrid", "aachen", "leipzig", "torino"}
    )
    kind, entry = _classify(line, 1, known)
    assert kind == "entry"
    assert entry is not None
    assert entry.city.endswith(city)  # 'Municipio Libre de Bilbao': the form read later
    assert (entry.country, entry.region) == ("", "")


@pytest.mark.parametrize(
    ("written", "name"),
    [("Mount Barker District Council", "Mount Barker"), ("Tamworth Regional Council", "Tamworth"),
     ("Mildura Rural City Council", "Mildura"), ("Tartu Linnavalitsus", "Tartu"),
     ("Viimsi Vallavalitsus", "Viimsi"), ("Debrecen Város Önkormányzata", "Debrecen"),
     ("Szeged Megyei Jogú Város Önkormányzata", "Szeged"),
     ("Budapest Főváros Önkormányzata", "Budapest"), ("Kandy Municipal Council", "Kandy"),
     ("Ócsa Nagyközség Önkormányzata", "Ócsa"), ("Tés Község Önkormányzata", "Tés"),
     ("Yendi Municipal Assembly", "Yendi"), ("Savelugu District Assembly", "Savelugu"),
     ("Томская городская дума", "Томская"), ("Adama City Administration", "Adama")],
)  # fmt: skip
def test_a_form_with_its_level_after_the_name_is_left_out(written: str, name: str) -> None:
    """A body's form after the name with the words that say its level ('District Council',
    'Regional Council', 'Municipal Assembly' (Ghana's towns' bodies), 'City Administration'
    (Ethiopia's chartered cities' governments), Estonian
    'Linnavalitsus' (city government), Hungarian 'Megyei Jogú Város Önkormányzata'
    (county-right city's self-government), 'Nagyközség Önkormányzata' (large village's))."""
    assert strip_form(written) == name


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Anna-Karin Berg (V), kommunalråd, Lunds kommun", "Lund"),
        ("Per-Olof Dahl (KD), kommunstyrelsens ordförande, Umeå kommun", "Umeå"),
        ("Jan-Willem de Boer (PvdA), wethouder, gemeente Utrecht", "Utrecht"),
        ("Karl-Heinz Roth (FdP), Bürgermeister, Graz", "Graz"),
    ],
)
def test_a_signer_s_party_letters_and_a_place_s_form_in_lower_case(line: str, city: str) -> None:
    """'Name (V), title, X kommun': a party's letters in a bracket ('V', 'KD', 'PvdA',
    'FdP') are no state's code nor a place, and the field that names the place may end in
    its form in lower case ('kommun'), or start with it ('gemeente')."""
    known = PlaceNames(lambda name: fold(name) in {"lund", "umea", "utrecht", "graz"})
    kind, entry = _classify(line, 1, known)
    assert kind == "entry"
    assert entry is not None
    assert (entry.city, entry.region) == (city, "")


@pytest.mark.parametrize(
    "heading",
    ["Región Norte", "Región Centro-Sur (4)", "Regione Nord-Ovest", "Regione Sud", "Région Est",
     "Northern Region", "Region Nord"],
)  # fmt: skip
def test_a_country_s_region_by_its_compass_point_is_a_heading(heading: str) -> None:
    """'Región Norte', 'Regione Nord-Ovest': a region of a country named by its compass
    point heads a group of places, and is none."""
    assert is_world_region(heading)
    assert not is_world_region("Norte")  # a word alone may be a place's name
    assert not is_world_region("Región de Murcia")


@pytest.mark.parametrize(
    "line",
    ["Mercedes Horvat, gradonačelnica", "Salta Nováková, primátorka", "Anna Berg, borgmester",
     "Loja Kovač, župan", "Mercedes Popescu, primar"],
)  # fmt: skip
def test_a_name_and_a_title_alone_is_a_person(line: str) -> None:
    """'Marija Horvat, gradonačelnica' under 'Za Grad Zadar': a person and her title, no
    place and its misspelt country; her given name is no place ('Mercedes', 'Salta')."""
    known = PlaceNames(lambda name: fold(name) in {"mercedes", "salta", "loja"})
    assert _classify(line, 1, known) == ("person", None)


@pytest.mark.parametrize(
    ("line", "city"),
    [("Ayuntamiento de Bilbao – Bilbo", "Bilbao"), ("Comune di Bolzano – Bozen", "Bolzano"),
     ("City of Cardiff – Caerdydd", "Cardiff"), ("Za Mesto Koper – Capodistria", "Koper")],
)  # fmt: skip
def test_a_body_s_place_and_its_other_language_s_name_after_a_dash(line: str, city: str) -> None:
    """'Ayuntamiento de Bilbao – Bilbo': the name after the dash is the place's in the
    region's other language, no misspelt country ('Pola' is no 'Polska') nor a state."""
    known = PlaceNames(lambda name: fold(name) in {"bilbao", "bolzano", "cardiff", "koper"})
    kind, entry = _classify(line, 1, known)
    assert kind == "entry"
    assert entry is not None
    assert (entry.city, entry.country, entry.region) == (city, "", "")


@pytest.mark.parametrize(
    "rows",
    [
        ["Ville\tPays\tReprésentée par", "Ville de Lyon\tF\tM. Jean Roy",
         "Genève\tCH\tMme Anne Roux", "Bruxelles\tB\tM. Paul Lenoir",
         "Luxembourg\tL\tMme Lydie Polfer"],
        ["Municipio\tPaís\tFirma", "Ayuntamiento de Bilbao\tE\tSr. Juan Aburto",
         "Oporto\tP\tSr. Rui Moreira", "Andorra la Vella\tAND\tSra. Conxita Marsol",
         "Ciudad de Mónaco\tMC\tSr. Georges Marsan"],
    ],
)  # fmt: skip
def test_a_header_row_over_a_column_of_vehicle_codes(rows: list[str]) -> None:
    """A table whose country column gives the countries' letters as on cars ('F', 'B',
    'E', 'CH'): its first row names the columns, no entry ('Ville', 'Municipio')."""
    assert without_header_rows(rows) == ["", *rows[1:]]


@pytest.mark.parametrize(
    ("heading", "code"),
    [("Provincia de Sevilla (3)", "ES"), ("Provincia di Bergamo:", "IT"),
     ("Región de Murcia (12)", "ES"), ("Provincie Limburg (10)", None),
     ("Provincia di Bergamo", None)],
)  # fmt: skip
def test_a_province_s_heading_with_its_count_gives_its_country(
    heading: str, code: str | None
) -> None:
    """'Provincia de Sevilla (3)' over a line of towns: a group's heading, in the one
    country that has such a province ('Limburg' is Belgian and Dutch: none); a province
    alone on its line may be a signatory, no heading."""
    assert heading_country(heading) == code


OTHER_NAMES = gazetteer_of(
    [("Patan", "NP", "", 300_000, "Lalitpur"), ("Lalitpur", "IN", "", 130_000, ""),
     ("Kathmandu", "NP", "", 1_000_000, ""), ("Pokhara", "NP", "", 400_000, "")]
)  # fmt: skip


@pytest.mark.parametrize(
    "members",
    ["Miembros:\n\nMunicipio de Lalitpur, Nepal\nKathmandu, Nepal\nPokhara, Nepal\n",
     "Mitglieder:\n\nStadt Lalitpur, Nepal\nStadt Kathmandu, Nepal\nStadt Pokhara, Nepal\n"],
)  # fmt: skip
def test_the_page_s_country_holds_where_the_place_has_another_name_there(
    data: store.AtlasData, members: str
) -> None:
    """'Lalitpur, Nepal': Nepal's Lalitpur is Patan by its main name, India's is Lalitpur;
    the page's country has a place of that name all the same, and keeps it."""
    page = HEAD + members
    signed = plan(data, page, OTHER_NAMES).signatories
    assert list(signed["country"]) == ["Nepal"] * 3


@pytest.mark.parametrize(
    ("written", "name"),
    [("Ủy ban nhân dân thành phố Đà Nẵng", "Đà Nẵng"), ("Thành phố Huế", "Huế"),
     ("Pemerintah Kota Bogor", "Bogor"), ("Majlis Bandaraya Petaling Jaya", "Petaling Jaya"),
     ("Dewan Bandaraya Kuala Lumpur", "Kuala Lumpur"), ("City and County of Denver", "Denver"),
     ("Da Nang City People's Committee", "Da Nang"), ("Louisville Metro Government", "Louisville"),
     ("Gobierno de la Ciudad de Buenos Aires", "Buenos Aires"),
     ("Lexington-Fayette Urban County Government", "Lexington-Fayette")],
)  # fmt: skip
def test_forms_of_city_governments_in_asia_and_the_americas(written: str, name: str) -> None:
    """A city's government by its official name in Vietnamese ('Ủy ban nhân dân thành phố',
    the city's people's committee), Indonesian ('Pemerintah Kota'), Malay ('Majlis
    Bandaraya'), Spanish and English ('City and County of', "People's Committee")."""
    assert strip_form(written) == name


@pytest.mark.parametrize(
    ("written", "name"),
    [("Unified Government of Wyandotte County and Kansas City", "Kansas City"),
     ("City of Baton Rouge and Parish of East Baton Rouge", "Baton Rouge"),
     ("Stadt Hof und Landkreis Hof", "Hof"),
     ("Ayuntamiento de Bilbao y Diputación de Bizkaia", "Bilbao")],
)  # fmt: skip
def test_a_city_s_body_joined_with_its_county_s_names_the_city(written: str, name: str) -> None:
    """A city's government joined with its county's or province's ('Wyandotte County and
    Kansas City', 'Stadt Hof und Landkreis Hof'): the city's place."""
    assert strip_form(written) == name


@pytest.mark.parametrize(
    ("line", "city"),
    [("zamjenik gradonačelnika Grada Splita", "Split"),
     ("viceprimarul municipiului Cluj-Napoca", "Cluj-Napoca"),
     ("náměstek primátora statutárního města Brna", "Brno")],
)  # fmt: skip
def test_a_deputy_s_title_names_the_place_in_the_genitive_as_the_mayor_s(
    line: str, city: str
) -> None:
    """'zamjenik gradonačelnika Grada Splita' (the mayor's deputy of the City of Split),
    'viceprimarul', 'náměstek primátora', 'Αντιδήμαρχος': a deputy's title before the
    mayor's, or the mayor's with a deputy's prefix, takes the place's genitive as it does."""
    known = PlaceNames(lambda name: fold(name) in {"split", "cluj-napoca", "brno"})
    kind, entry = _classify(line, 1, known)
    assert kind == "entry"
    assert entry is not None
    assert entry.city == city


@pytest.mark.parametrize(
    ("line", "city"),
    [("primátor mesta Banskej Bystrice Ján Kováč", "Banská Bystrica"),
     ("starosta města Rožnova pod Radhoštěm Karel Malý", "Rožnov pod Radhoštěm"),
     ("gradonačelnik Grada Slavonskog Broda Ivan Horvat", "Slavonski Brod"),
     ("Prezydent Miasta Nowego Targu Anna Maria Wójcik", "Nowy Targ")],
)  # fmt: skip
def test_a_place_of_several_words_in_the_genitive_before_its_mayor_s_name(
    line: str, city: str
) -> None:
    """A role's place of two or three words in the genitive (an adjective and a noun, or a
    noun and its river: 'Rožnova pod Radhoštěm'), its mayor's name after it with no comma:
    the whole place in its nominative, not its first word's nor one with the person's."""
    towns = {"banská bystrica", "rožnov pod radhoštěm", "slavonski brod", "nowy targ"}
    towns = {fold(town) for town in (*towns, "rožnov", "nowy", "slavonski")}  # a first word
    known = PlaceNames(  # is a place of its own too
        lambda name: fold(name) in towns,
        known_prefix=lambda text: any(town.startswith(fold(text)) for town in towns),
    )
    kind, entry = _classify(line, 1, known)
    assert kind == "entry"
    assert entry is not None
    assert fold(entry.city) == fold(city)  # the gazetteer reads its accents


SHORT_NAMES = gazetteer_of(
    [("Asse", "BE", "", 29_000, "As"), ("As", "BE", "", 7_000, ""),
     ("Genk", "BE", "", 66_000, ""), ("Hasselt", "BE", "", 78_000, "")]
)  # fmt: skip


@pytest.mark.parametrize(
    "members",
    ["Municipios (4):\n\nHasselt, Bélgica\nAs, Bélgica\nGenk, Bélgica\nAsse, Bélgica\n",
     "Gemeinden (4):\n\nHasselt, Belgien\nAs, Belgien\nGenk, Belgien\nAsse, Belgien\n"],
)  # fmt: skip
def test_a_place_s_own_name_is_not_a_bigger_place_s_other_name(
    data: store.AtlasData, members: str
) -> None:
    """'As' and 'Asse': As is its own place's name though GeoNames lists it among Asse's
    other names; two signatories, not one named twice."""
    page = HEAD + members
    signed = plan(data, page, SHORT_NAMES).signatories
    assert list(signed["city"]) == ["Hasselt", "As", "Genk", "Asse"]


@pytest.mark.parametrize(
    ("code", "page", "expected"),
    [
        (
            "IT",
            "Comuni partecipanti\n\nProvincia di Cuneo\nAlba, Bra, Fossano, Saluzzo\n\n"
            "Provincia di Torino\nIvrea\n\nProvincia di Novara\nArona, Oleggio\n\n"
            "Provincia di Asti\nCanelli\n\nLa prossima edizione si terrà a Torino.\n",
            ["Alba", "Bra", "Fossano", "Saluzzo", "Ivrea", "Arona", "Oleggio", "Canelli"],
        ),
        (
            "NL",
            "Deelnemende gemeenten\n\nProvincie Utrecht\nAmersfoort, Zeist, Houten\n\n"
            "Provincie Gelderland\nArnhem\n\nProvincie Drenthe\nAssen, Emmen\n\n"
            "Provincie Zeeland\nVlissingen\n\nVolgend jaar is de conferentie in Zwolle.\n",
            ["Amersfoort", "Zeist", "Houten", "Arnhem", "Assen", "Emmen", "Vlissingen"],
        ),
    ],
)
def test_lines_of_members_under_region_headings_some_of_one_member(
    data: store.AtlasData, code: str, page: str, expected: list[str]
) -> None:
    """Region headings that name a place too ('Provincia di Cuneo', 'Provincie Utrecht'),
    each over one line of its members a comma parts, some groups of one member alone
    ('Ivrea'): each name is a member, the headings none, though a heading reads as a place
    and a line of two names as a place and its region."""
    names = ", ".join({*expected, "Cuneo", "Torino", "Novara", "Asti", "Utrecht", "Gelderland"})
    places = _with_places(names, code)
    assert [city for city, _ in _read_with(data, HEAD + page, places)] == expected


@pytest.mark.parametrize(
    ("code", "lines", "expected"),
    [
        (
            "PT",
            "Município de Braga\nMunicípio de Guimarães\nGAM Executiva do Concelho Sintra\n"
            "Câmara Municipal do Concelho de Cascais\nMunicípio de Évora\n",
            ["Braga", "Guimarães", "Sintra", "Cascais", "Évora"],
        ),
        (
            "IT",
            "Comune di Bergamo\nComune di Brescia\nUTC Servizio del Distretto Lecco\n"
            "Giunta Esecutiva del Circondario di Imola\nComune di Cremona\n",
            ["Bergamo", "Brescia", "Lecco", "Imola", "Cremona"],
        ),
    ],
)
def test_a_body_s_words_then_a_unit_s_word_before_the_place(
    data: store.AtlasData, code: str, lines: str, expected: list[str]
) -> None:
    """A body's capitalised words and 'of', then the word of the unit it governs before
    the place ('GAM Executiva do Concelho Sintra', 'UTC Servizio del Distretto Lecco'),
    the whole no place: the place after the unit's word, an entry of the list."""
    places = _with_places(", ".join(expected), code)
    page = HEAD + "Signatários:\n\n" + lines + "\nPartilhar\n"
    assert [city for city, _ in _read_with(data, page, places)] == expected
    known = PlaceNames(lambda name: name in expected)
    kind, entry = _classify(lines.splitlines()[2], 1, known)  # its shape alone: no prose
    assert (kind, entry.city if entry else None) == ("entry", expected[2])


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Signataires :\n\nFRANCE\nVille de Lyon\nVille de Nantes\n\nSUISSE\nVille de Genève\n"
            "Bureau Exécutif du District Nyon\n\nSUÈDE\nBotkyrka\nTyresö\n\n"
            "Partager\n",
            ["Lyon", "Nantes", "Genève", "Nyon", "Botkyrka", "Tyresö"],
        ),
        (
            "Unterzeichner:\n\nDEUTSCHLAND\nStadt Bonn\nStadt Leipzig\n\nÖSTERREICH\nStadt Graz\n"
            "Amt Verwaltung der Marktgemeinde Velden\n\nNORWEGEN\nTynset\nTolga\n\n"
            "Teilen\n",
            ["Bonn", "Leipzig", "Graz", "Velden", "Tynset", "Tolga"],
        ),
    ],
)
def test_a_line_only_the_gazetteer_reads_and_names_it_lacks_under_the_last_heading(
    data: store.AtlasData, page: str, expected: list[str]
) -> None:
    """Under country headings, a line right under a group's last entry that the shapes
    alone read as no entry ('Bureau Exécutif du District Nyon'), which the gazetteer reads:
    the list goes on after it; and the last heading's group of names no gazetteer knows
    ('Botkyrka', 'Tyresö') is the list's, not lines after it."""
    places = _with_places("Nantes, Genève, Nyon, Graz, Velden", "FR")
    assert [city for city, _ in _read_with(data, HEAD + page, places)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Signed for:\n\nCity of Lisbon\nGovernment of the City of Porto\n"
            "City of Washington D.C.\nCity Council of the Northern District (Bilbao)\n"
            "City of Utrecht\n\nShare\n",
            ["Lisbon", "Porto", "Washington", "Bilbao", "Utrecht"],
        ),
        (
            "Signataires :\n\nPour la Ville de Lyon\nPour le Gouvernement de la Ville de Genève\n"
            "Pour la Ville de Mexico D.F.\nPour la Mairie du District Central (Grenoble)\n"
            "Pour la Ville de Nantes\n\nPartager\n",
            ["Lyon", "Genève", "Mexico", "Grenoble", "Nantes"],
        ),
    ],
)
def test_a_body_s_place_after_its_government_before_initials_or_in_a_bracket(
    data: store.AtlasData, page: str, expected: list[str]
) -> None:
    """A city's government ('Government of the City of Porto', 'Gouvernement de la Ville
    de Genève'), a place with its district's initials after it ('Washington D.C.', 'Mexico
    D.F.'), a district's name that is no place with its city in a bracket ('the Northern
    District (Bilbao)', 'District Central (Grenoble)'): each names its place, an entry of
    the list."""
    places = _with_places(", ".join(expected), "PT")
    assert [city for city, _ in _read_with(data, HEAD + page, places)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Unterzeichnet haben:\n\n• Stadt Aachen (Nordrhein-Westfalen)\n"
            "• Marktgemeinde Oberhaching am Deisenhofener Forst (Bayern)*\n"
            "• Stadt Leipzig (Sachsen)*\n• Stadt Erfurt (Thüringen)\n\n"
            "* neues Mitglied seit 2025\n",
            ["Aachen", "Leipzig", "Erfurt"],
        ),
        (
            "Hanno firmato:\n\n• Comune di Bergamo (Lombardia)\n"
            "• Frazione Villanova di San Giorgio al Monte (Veneto)†\n"
            "• Comune di Brescia (Lombardia)†\n• Comune di Cremona (Lombardia)\n\n"
            "† nuovo socio dal 2025\n",
            ["Bergamo", "Brescia", "Cremona"],
        ),
    ],
)
def test_footnote_marks_after_a_bracket_are_not_part_of_the_line(
    data: store.AtlasData, page: str, expected: list[str]
) -> None:
    """A footnote's mark after a line's bracket ('(Bayern)*', '(Veneto)†'), the footnote
    under the list: no part of the line, which reads as its neighbours do (a long name the
    gazetteer lacks among them does not end the list)."""
    places = _with_places(", ".join(expected), "DE")
    found = [city for city, _ in _read_with(data, HEAD + page, places)]
    assert [city for city in found if city in expected] == expected
    assert len(found) == len(expected) + 1  # the name no gazetteer knows, for review


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Signed by:", "", "• City of Leeds", "• West Riding Valleys", "• City of York",
             "• City of Hull", ""],
            ["Leeds", "West Riding Valleys", "York", "Hull"],
        ),
        (
            ["Firmantes:", "", "• Ayuntamiento de Pamplona", "• Tierra Estella Oeste",
             "• Ayuntamiento de Tudela", "• Ayuntamiento de Estella", ""],
            ["Pamplona", "Tierra Estella Oeste", "Tudela", "Estella"],
        ),
    ],
)  # fmt: skip
def test_a_bulleted_name_over_a_bulleted_body_is_an_item_not_its_signer(
    lines: list[str], expected: list[str]
) -> None:
    """A name of capitalised words no gazetteer has ('West Riding Valleys') on a line with
    the bullet of the next, a body's ('• City of York'): an item of the list, as its
    neighbours are, not a signer's name over its place."""
    known = PlaceNames(lambda name: name in expected[::2] + expected[3:])
    found = read_member_list(lines, known)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("code", "lines", "expected"),
    [
        (
            "PL",
            "Urząd Miasta Gdańsk – Anna Nowak, prezydent\nUrząd Miasta Sopot – Jan Kowal, "
            "prezydent\nUrząd Miasta Gdynia – Ewa Lis, prezydent\n",
            ["Gdańsk", "Sopot", "Gdynia"],
        ),
        (
            "HR",
            "Ured Gradonačelnika Split – Ivan Horvat, gradonačelnik\nUred Gradonačelnika "
            "Zadar – Ana Kovač, gradonačelnica\nUred Gradonačelnika Pula – Marko Babić, "
            "gradonačelnik\n",
            ["Split", "Zadar", "Pula"],
        ),
    ],
)
def test_a_body_before_a_dash_and_its_signer_s_name_and_title(
    data: store.AtlasData, code: str, lines: str, expected: list[str]
) -> None:
    """A body's name that no form says ('Urząd Miasta Gdańsk', the city's office), a dash,
    then the signer's name and their title after a comma ('Anna Nowak, prezydent'): the
    body's place, not the person's name."""
    places = _with_places(", ".join(expected), code)
    page = HEAD + "Podpisali:\n\n" + lines + "\nUdostępnij\n"
    assert [city for city, _ in _read_with(data, page, places)] == expected
    known = PlaceNames(lambda name: name in expected)
    for line, place in zip(lines.splitlines(), expected, strict=True):
        kind, entry = _classify(line, 1, known)  # its shape alone: the body's line
        assert kind == "entry"
        assert entry is not None
        assert entry.city.endswith(place)


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Landkreis Harburg (Winsen), Deutschland", "Landkreis Harburg"),
        ("Consiliul Județean Cluj (Cluj-Napoca), România", "Consiliul Județean Cluj"),
        ("County Government of Kisumu (Kisumu City), Kenya", "County Government of Kisumu"),
    ],
)
def test_a_county_s_body_with_its_seat_in_a_bracket(line: str, body: str) -> None:
    """A county's body with its seat in a bracket ('Landkreis Harburg (Winsen)'): the
    body is the entry, the seat no part of its name nor the entry's place."""
    kind, entry = _classify(line, 1, PlaceNames())
    assert kind == "entry"
    assert entry is not None
    assert (entry.city, entry.kind) == (body, "county")


@pytest.mark.parametrize(
    ("code", "lines", "joined", "parts"),
    [
        ("DE", "Stadt Aachen\nStadt Leipzig\nStadt Villingen-Schwenningen\nStadt Bonn\n",
         "Villingen-Schwenningen", "Villingen, Schwenningen, Bonn"),
        ("ES", "Ayuntamiento de Bilbao\nAyuntamiento de Vitoria-Gasteiz\n"
         "Ayuntamiento de Madrid\n", "Vitoria-Gasteiz", "Vitoria, Gasteiz, Madrid"),
    ],
)  # fmt: skip
def test_a_town_named_for_the_places_it_joined_is_in_their_country(
    data: store.AtlasData, code: str, lines: str, joined: str, parts: str
) -> None:
    """A town no gazetteer knows, named for the places it joined with a hyphen between
    them ('Villingen-Schwenningen', 'Vitoria-Gasteiz'): in the country they are both in,
    not an unknown place; read as its first place, as a gazetteer names such a town
    (GeoNames' Rapperswil is Rapperswil-Jona's, its Ottignies Ottignies-Louvain-la-Neuve's)."""
    places = _with_places(parts, code)
    found = dict(_read_with(data, HEAD + "Unterzeichner:\n\n" + lines + "\nTeilen\n", places))
    assert joined not in found
    assert find_country(found[joined.split("-")[0]]) == code


@pytest.mark.parametrize(
    ("line", "city", "code"),
    [
        ("Kermanshah (Iran (Islamic Republic of))", "Kermanshah", "IR"),
        ("Mérida (Venezuela (Bolivarian Republic of))", "Mérida", "VE"),
        ("Sucre, Bolivia (Plurinational State of)", "Sucre", "BO"),
        ("Palikir, Micronesia (Federated States of)", "Palikir", "FM"),
    ],
)
def test_a_country_named_as_the_un_writes_it_with_its_bracket(
    line: str, city: str, code: str
) -> None:
    """A country's name as UN lists write it, a bracket in it ('Iran (Islamic Republic
    of)', 'Bolivia (Plurinational State of)'), in a place's bracket or after its comma: the
    place and that country, not a place 'Kermanshah (Iran'."""
    entry = read_entry(line, 1)
    assert entry is not None
    assert (entry.city, entry.codes) == (city, (code,))


def test_a_bare_page_number_beside_a_running_footer_is_a_page_break(
    data: store.AtlasData,
) -> None:
    """A report's PDF copied in mid-list: the running footer the document repeats, the
    page's number on a line of its own ('– 5 –', '- 12 -'), the next page's header. The
    list goes on across it; a number alone is a break only beside the repeated line and
    with its next page's number further down."""
    places = _with_places("Dresden, Bonn, Köln, Münster", "DE")
    german = HEAD + (
        "Tabelle 2. Mitglieder nach Ländern\n\nBayern\n1. Stadt München 1995\n"
        "Sachsen\n2. Stadt Leipzig 1998\n3. Stadt Dresden 2001\n\n"
        "Jahresbericht 2024 des Städtenetzes Mitte\n– 5 –\n\nStädtenetz Mitte e. V.\n"
        "Nordrhein-Westfalen\n4. Stadt Aachen 1996\n5. Stadt Bonn 1999\n6. Stadt Köln 1995\n"
        "7. Stadt Münster 2003\n\nQuelle: Angaben der Mitglieder.\n\n"
        "Jahresbericht 2024 des Städtenetzes Mitte\n– 6 –\n\n3. Vorstand\n"
    )
    assert [c for c, _ in _read_with(data, german, places)] == [
        "München", "Leipzig", "Dresden", "Aachen", "Bonn", "Köln", "Münster",
    ]  # fmt: skip
    czech = HEAD + (
        "Členové sdružení (k 31. 12. 2024)\n\n1. Statutární město Brno\n"
        "2. Statutární město Olomouc\n3. Statutární město Ostrava\n\n"
        "Výroční zpráva Sdružení měst za rok 2024\n- 12 -\n"
        "4. Město Tábor\n5. Statutární město Zagreb\n6. Město Graz\n\n"
        "Výroční zpráva Sdružení měst za rok 2024\n- 13 -\n\nOrgány sdružení\n"
    )
    assert [c for c, _ in _read_with(data, czech, GAZETTEER)] == [
        "Brno", "Olomouc", "Ostrava", "Tábor", "Zagreb", "Graz",
    ]  # fmt: skip


def test_a_page_number_between_full_width_dashes_is_a_page_break() -> None:
    """A Japanese or Chinese PDF numbers its pages between full-width dashes ('－ 3 －'),
    its running header repeated beside each: a page break as '– 3 –' is."""
    head = "加盟都市一覧（令和7年）"
    lines = [head, "1 富山市", "2 高岡市", "3 魚津市", "4 氷見市", "5 黒部市", "－ 3 －", head]
    lines += ["6 砺波市", "7 小矢部市", "8 南砺市", "9 射水市", "10 舟橋村", "－ 4 －", "以上"]
    broken = page_breaks(lines)
    assert [k for k, line in enumerate(broken) if line == PAGE_BREAK] == [6, 13]


def test_a_number_alone_between_list_lines_is_no_page_break_without_a_running_line() -> None:
    """Numbers on lines of their own without a repeated running line beside them (a card's
    count, a table's cell) stay lines of the page."""
    lines = ["Aarhus", "12", "Bilbao", "Utrecht", "Zagreb", "Graz", "Lyon", "13", "Porto"]
    assert page_breaks(lines) == lines


def test_a_copied_pdf_s_line_that_goes_on_in_lower_case_is_one_entry(
    data: store.AtlasData,
) -> None:
    """A signer's line a PDF broke before a word in lower case ('Sindaco della Città' /
    'metropolitana di Torino (Italia)'): the second line goes on with the first's name, so
    the first's last word (a form's, which names a hamlet somewhere too) is no place."""
    places = _with_place(_with_place(GAZETTEER, "Città", "SM", 4_000), "Distrito", "EC", 3_000)
    italian = HEAD + (
        "Firmatari:\n\nSig. Marco Bianchi, Sindaco di Bilbao (Spagna)\n"
        "Sig.ra Anna Rossi, Sindaca della Città\nmetropolitana di Torino (Italia)\n"
        "Sig. Luca Neri, Sindaco di Graz (Austria)\nSig. Piero Galli, Sindaco di Napoli (Italia)\n"
    )
    assert [c for c, _ in _read_with(data, italian, places)] == [
        "Bilbao", "Torino", "Graz", "Napoli",
    ]  # fmt: skip
    spanish = HEAD + (
        "Firmantes:\n\nSr. Juan Pérez, Alcalde de Bilbao (España)\n"
        "Sra. Ana Ruiz, Alcaldesa del Distrito\nmetropolitano de Zagreb (Croacia)\n"
        "Sr. Luis Gómez, Alcalde de Graz (Austria)\nSra. Eva Díaz, Alcaldesa de Lisboa (Portugal)\n"
    )
    assert [c for c, _ in _read_with(data, spanish, places)] == [
        "Bilbao", "Zagreb", "Graz", "Lisboa",
    ]  # fmt: skip


def test_a_hyphen_repeated_on_the_next_line_is_one_hyphen(data: store.AtlasData) -> None:
    """Where a compound name breaks at its own hyphen, Czech, Polish or Portuguese typesetting
    repeats the hyphen at the next line's start ('Frýdek-' / '-Místek'): the name has one."""
    places = _with_place(GAZETTEER, "Frýdek-Místek", "CZ", 55_000)
    czech = HEAD + (
        "Členové:\n\n1. Statutární město Brno\n2. Statutární město Frýdek-\n-Místek\n"
        "3. Statutární město Olomouc\n4. Statutární město Ostrava\n"
    )
    assert [c for c, _ in _read_with(data, czech, places)] == [
        "Brno", "Frýdek-Místek", "Olomouc", "Ostrava",
    ]  # fmt: skip
    places = _with_place(GAZETTEER, "Montemor-o-Novo", "PT", 17_000)
    portuguese = HEAD + (
        "Municípios aderentes:\n\n1. Município do Porto\n2. Município de Montemor-\n-o-Novo\n"
        "3. Município de Lisboa\n4. Município de Valencia\n"
    )
    assert [c for c, _ in _read_with(data, portuguese, places)] == [
        "Porto", "Montemor-o-Novo", "Lisboa", "Valencia",
    ]  # fmt: skip


def test_a_code_column_s_scheme_decides_a_town_that_two_countries_regions_have(
    data: store.AtlasData,
) -> None:
    """A table's column of codes that are most rows' provinces of one country ('TO', 'SO',
    'LE' Spain's; 'GR', 'AG', 'ZG' Switzerland's cantons) decides a row whose town is in
    two countries that each have a region of its code: the country whose regions the
    column's codes are, not the first found."""
    places = GAZETTEER
    for name, code, population in [
        ("Talavera de la Reina", "ES", 83_000), ("Almazán", "ES", 5_500),
        ("Jerez de la Frontera", "ES", 212_000), ("Écija", "ES", 40_000),
        ("Lucena", "ES", 42_000), ("León", "ES", 120_000), ("Cervera", "ES", 9_000),
        ("Cervera", "CH", 600), ("Baden", "CH", 19_000), ("Baden", "AM", 900),
        ("Chur", "CH", 37_000), ("Sion", "CH", 34_000), ("Zug", "CH", 30_000),
        ("Wil", "CH", 24_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    rows = [
        ("Talavera de la Reina", "TO", "Castilla-La Mancha"), ("Almazán", "SO", "Castilla y León"),
        ("Jerez de la Frontera", "CA", "Andalucía"), ("Écija", "SE", "Andalucía"),
        ("Cervera", "LU", "Galicia"), ("Lucena", "CO", "Andalucía"),
        ("León", "LE", "Castilla y León"),
    ]  # fmt: skip
    page = HEAD + "Municipios adheridos:\n\nN.\tMunicipio\tProv.\tComunidad\tAcuerdo\n"
    page += "".join(
        f"{k}\t{n}\t{c}\t{r}\tAcuerdo n. {k} del 12/03/2021\n"
        for k, (n, c, r) in enumerate(rows, 1)
    )
    assert _read_with(data, page, places)[4] == ("Cervera", "Spain")
    rows = [("Chur", "GR"), ("Baden", "AG"), ("Wil", "SG"), ("Sion", "VS"), ("Zug", "ZG")]
    page = HEAD + "Mitgliedsgemeinden:\n\nNr.\tGemeinde\tKanton\tBeschluss\n"
    page += "".join(
        f"{k}\t{n}\t{c}\tBeschluss Nr. {k} vom 12.03.2021\n" for k, (n, c) in enumerate(rows, 1)
    )
    assert _read_with(data, page, places)[1] == ("Baden", "Switzerland")


def test_a_hungarian_city_with_county_rights_without_its_council_s_word() -> None:
    """'Hódmezővásárhely Megyei Jogú Város' (a city with county rights) names its town as
    'Veszprém Megyei Jogú Város Önkormányzata' (its council) does: a list's line, not prose
    that parts the list."""
    places = PlaceNames(lambda name: fold(name) in {"hodmezovasarhely", "veszprem"})
    for line, town in [
        ("Hódmezővásárhely Megyei Jogú Város", "Hódmezővásárhely"),
        ("Veszprém Megyei Jogú Város Önkormányzata", "Veszprém"),
    ]:
        kind, entry = _classify(line, 1, places)
        assert kind == "entry"
        assert entry is not None
        assert entry.city == town


@pytest.mark.parametrize(
    "rows",
    [
        [  # Italian, middle dots: a province's letters, inhabitants, a year, a label
            "Bologna · BO · 390.000 abitanti · dal 2004 · Comune Oro",
            "Milano · MI · 1.300.000 abitanti · dal 2006 · Comune",
            "Palermo · PA · 650.000 abitanti · dal 2011 · Comune",
            "Torino · TO · 870.000 abitanti · dal 2008 · Comune Oro",
        ],
        [  # Spanish, bullets
            "Bilbao • BI • 345.000 hab. • desde 2003 • Sello Oro",
            "Madrid • M • 3.200.000 hab. • desde 1999 • Sello",
            "Valencia • V • 800.000 hab. • desde 2010 • Sello",
            "Porto • PT • 230.000 hab. • desde 2012 • Sello",
        ],
    ],
)
def test_a_directorys_fields_parted_by_middle_dots_or_bullets_are_a_tables_cells(
    data: store.AtlasData, rows: list[str]
) -> None:
    """A directory's rows whose fields a middle dot or a bullet parts, as bars do ('Name ·
    code · inhabitants · since · label'), in a column of figures on every row: a table,
    whose first cell is the place; a code in capitals is no second place, nor the name and
    its code one."""
    page = HEAD + "Directorio · Nombre · Código · Habitantes · Desde · Sello\n\n"
    page += "\n".join(rows) + "\n\nShare\n"
    assert [city for city, _ in read(data, page)] == [row.split()[0] for row in rows]


@pytest.mark.parametrize(
    ("page", "towns", "code"),
    [
        (
            "Výzvu podpísali:\n\nOkres Nitra\nNitra – Mgr. Marek Hattas, primátor (nez.)\n"
            "Vráble – Bc. Tibor Tóth, primátor (SaS)\n"
            "Zlaté Moravce – Ing. Peter Lednár, primátor (ODS)\n\nOkres Banská Bystrica\n"
            "Banská Bystrica – Ing. Ján Nosko, primátor (ODS)\n"
            "Brezno – Mgr. Eva Nová, primátorka (nez.)\nDetva – Bc. Juraj Kubo, primátor (SMER)"
            "\n\nOkres Levice\nLevice – Mgr. Ján Krtík, primátor (ODS)\n"
            "Tlmače – Eva Malá, primátorka (nez.)\n\n"
            "Ďalšie mestá sa môžu pripojiť prostredníctvom formulára na našom webe.\n",
            ["Nitra", "Vráble", "Zlaté Moravce", "Banská Bystrica", "Brezno", "Detva", "Levice",
             "Tlmače"],
            "SK",
        ),
        (
            "Unterzeichnet haben:\n\nBezirk Gmunden\n"
            "Gmunden – Mag. Stefan Krapf, Bürgermeister (ÖVP)\n"
            "Laakirchen – Fritz Feichtinger, Bürgermeister (SPÖ)\n"
            "Ohlsdorf – Ing. Christine Eder, Bürgermeisterin (ODS)\n\n"
            "Bezirk Bruck an der Leitha\n"
            "Hainburg an der Donau – DI Helmut Gruber, Bürgermeister (ÖVP)\n"
            "Bruck an der Leitha – Gerhard Weil, Bürgermeister (ODS)\n\nBezirk Mödling\n"
            "Perchtoldsdorf – DI Andrea Kö, Bürgermeisterin (Grüne)\n"
            "Brunn am Gebirge – Anna Koch, Bürgermeisterin (NEOS)\n\n"
            "Weitere Gemeinden können sich über das Formular auf unserer Website anschließen.\n",
            ["Gmunden", "Laakirchen", "Ohlsdorf", "Hainburg an der Donau", "Bruck an der Leitha",
             "Perchtoldsdorf", "Brunn am Gebirge"],
            "AT",
        ),
    ],
)  # fmt: skip
def test_district_headings_over_town_dash_signer_title_and_party_lines(
    data: store.AtlasData, page: str, towns: list[str], code: str
) -> None:
    """Lines of a town, a dash and its signer ('Levice – Mgr. Ján Krtík, primátor (ODS)')
    under district headings ('Okres Banská Bystrica', 'Bezirk Bruck an der Leitha'): each
    town is an entry, though the signer's honorific is none the reader knows ('Mgr.', 'DI')
    and a party's letters in a bracket follow the title ('ODS' is no spreadsheet's link);
    the districts are headings, no places."""
    places = GAZETTEER
    for town in [*towns, "Mödling"]:
        places = _with_place(places, town, code, 20_000)
    assert [city for city, _ in _read_with(data, HEAD + page, places)] == towns


@pytest.mark.parametrize(
    ("rows", "towns", "code"),
    [
        (
            "Mendoza / Municipalidad de Maipú — 2018\nSalta / Municipalidad de Tartagal — 2019\n"
            "Santa Fe / Municipalidad de Rosario — 2016\n"
            "Mendoza / Municipalidad de Lavalle — 2021\n",
            ["Maipú", "Tartagal", "Rosario", "Lavalle"],
            "AR",
        ),
        (
            "Utrecht / Gemeente Amersfoort — 2017\nGroningen / Gemeente Delfzijl — 2018\n"
            "Utrecht / Gemeente Zeist — 2019\nGroningen / Gemeente Groningen — 2020\n",
            ["Amersfoort", "Delfzijl", "Zeist", "Groningen"],
            "NL",
        ),
    ],
)
def test_a_province_then_a_slash_then_its_municipality_is_the_municipality(
    data: store.AtlasData, rows: str, towns: list[str], code: str
) -> None:
    """'Mendoza / Municipalidad de Maipú — 2018': a province or state, a slash, then a
    member in it (as a directory orders them, province first): the member, though the
    province's name is a town's too (Mendoza, Utrecht); a slash between two names of one
    place keeps the first ('Ville de Québec / Quebec City')."""
    places = GAZETTEER
    for town in [*towns, "Groningen"]:
        places = _with_place(places, town, code, 20_000)
    page = HEAD + "Miembros / Leden:\n\n" + rows + "\nShare\n"
    assert [city for city, _ in _read_with(data, page, places)] == towns


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Unterzeichnet haben:\n\nStadt Leipzig\nStadt Aachen-Eilendorf\nStadt München\n",
            ["Leipzig", "Aachen", "München"],
        ),
        (
            "Ont signé :\n\nVille de Lyon\nVille de Grenoble-Échirolles\nVille de Bruxelles\n",
            ["Lyon", "Grenoble", "Bruxelles"],
        ),
    ],
)
def test_a_merged_towns_name_no_gazetteer_has_is_its_first_place(
    data: store.AtlasData, page: str, expected: list[str]
) -> None:
    """A town merged of two and named by both with a hyphen ('Aachen-Eilendorf',
    'Grenoble-Échirolles', as Rapperswil-Jona or Ottignies-Louvain-la-Neuve are): where the
    gazetteer has no such name, the longest part before a hyphen that is a place."""
    assert [city for city, _ in read(data, HEAD + page)] == expected


MONTH_NAMED_PLACES = gazetteer_of(
    [
        ("Sevilla", "ES", "", 680_000, ""),
        ("Bilbao", "ES", "", 345_000, ""),
        ("Málaga", "ES", "", 570_000, ""),
        ("Köln", "DE", "", 1_080_000, ""),
        ("Aachen", "DE", "", 250_000, ""),
        ("Bonn", "DE", "", 330_000, ""),
        ("Mayo", "US", "FL", 9_000, ""),
        ("Mai", "DE", "", 2_000, ""),
        ("Mar", "VE", "", 30_000, ""),
        ("Okt", "DE", "", 1_000, ""),
    ]
)


@pytest.mark.parametrize(
    "rows",
    [
        "3 de mayo de 2021 · Sevilla, España · firmado por la alcaldesa\n"
        "14 mar 2022 · Bilbao, España · firmado por el alcalde\n"
        "1 de mayo de 2023 · Málaga, España · firmado por el alcalde\n",
        "3. Mai 2021 · Köln, Deutschland · unterzeichnet von der Oberbürgermeisterin\n"
        "14. Okt. 2022 · Aachen, Deutschland · unterzeichnet von der Oberbürgermeisterin\n"
        "1. Mai 2023 · Bonn, Deutschland · unterzeichnet von der Oberbürgermeisterin\n",
    ],
)
def test_a_date_s_month_before_each_place_is_no_place(data: store.AtlasData, rows: str) -> None:
    page = HEAD + "Signatories\n\n" + rows + "\nContact us\n"
    found = _read_with(data, page, MONTH_NAMED_PLACES)
    assert [city for city, _ in found] == [
        line.split(" · ")[1].split(",")[0] for line in rows.splitlines()
    ]


COUNTED_PLACES = gazetteer_of(
    [
        ("Temuco", "CL", "", 280_000, ""),
        ("Valdivia", "CL", "", 150_000, ""),
        ("Cusco", "PE", "", 430_000, ""),
        ("Arequipa", "PE", "", 1_000_000, ""),
        ("Trujillo", "PE", "", 900_000, ""),
        ("Rosario", "AR", "", 1_200_000, ""),
        ("Graz", "AT", "", 290_000, ""),
        ("Linz", "AT", "", 200_000, ""),
        ("Luzern", "CH", "", 80_000, ""),
        ("Basel", "CH", "", 170_000, ""),
        ("Aachen", "DE", "", 250_000, ""),
        ("Bonn", "DE", "", 330_000, ""),
    ]
)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            "Argentina (1): Rosario\nChile (2): Temuco; Valdivia\n"
            "Perú (3): Arequipa; Cusco; Trujillo\n",
            ["Rosario", "Temuco", "Valdivia", "Arequipa", "Cusco", "Trujillo"],
        ),
        (
            "Deutschland (2): Aachen; Bonn\nÖsterreich (2): Graz; Linz\n"
            "Schweiz (2): Basel; Luzern\n",
            ["Aachen", "Bonn", "Graz", "Linz", "Basel", "Luzern"],
        ),
    ],
)
def test_a_country_with_its_count_then_places_a_semicolon_parts(
    data: store.AtlasData, rows: str, expected: list[str]
) -> None:
    page = HEAD + "Mitglieder / Miembros (12)\n\n" + rows + "\nContact us\n"
    assert [city for city, _ in _read_with(data, page, COUNTED_PLACES)] == expected


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["08 – Barcelona", "Ajuntament de Sabadell", "Ajuntament de Terrassa",
          "17 – Girona", "Ajuntament de Figueres", "25 – Lleida", "Ajuntament de Tàrrega"],
         ["Sabadell", "Terrassa", "Figueres", "Tàrrega"]),
        (["01 – Nordfriesland", "Stadt Husum", "Gemeinde Sylt", "02 – Ostholstein",
          "Stadt Eutin", "03 – Dithmarschen", "Stadt Heide", "Stadt Brunsbüttel"],
         ["Husum", "Sylt", "Eutin", "Heide", "Brunsbüttel"]),
    ],
)  # fmt: skip
def test_numbered_region_headings_over_bodies_lines(lines: list[str], cities: list[str]) -> None:
    """A region's number, a dash and its name ('17 – Girona', '02 – Ostholstein') over
    lines that name bodies by their form are the list's headings, even where a town bears
    the region's name."""
    towns = {fold(t) for t in [*cities, "Barcelona", "Girona", "Lleida", "Nordfriesland"]}
    known = PlaceNames(lambda name: fold(name) in towns)
    found = read_member_list(["Membres nous / Neue Mitglieder:", "", *lines, ""], known)
    assert found is not None
    assert [e.city for e in found.entries] == cities


LOCAL_CODES = gazetteer_of(
    [
        ("Kraków", "PL", "", 800_000, ""),
        ("Gdańsk", "PL", "", 470_000, ""),
        ("Lublin", "PL", "", 340_000, ""),
        ("Olsztyn", "PL", "", 170_000, ""),
        ("Białystok", "PL", "", 290_000, ""),
        ("Beroun", "CZ", "", 20_000, ""),
        ("Cheb", "CZ", "", 32_000, ""),
        ("Liberec", "CZ", "", 100_000, ""),
        ("Přerov", "CZ", "", 43_000, ""),
        ("Karviná", "CZ", "", 51_000, ""),
        ("Nowy Targ", "PL", "", 33_000, ""),
        ("Bad Homburg", "DE", "", 54_000, ""),
        ("Bad Kreuznach", "DE", "", 51_000, ""),
        ("Marburg", "DE", "", 77_000, ""),
    ]
)


@pytest.mark.parametrize(
    ("lines", "country"),
    [
        (  # Polish plates: Korea, Grenada, Luxembourg, Norway, Burundi as ISO codes
            "Miasto Kraków (KR)\nMiasto Gdańsk (GD)\nMiasto Lublin (LU)\n"
            "Miasto Olsztyn (NO)\nMiasto Białystok (BI)\n",
            "Poland",
        ),
        (  # Czech districts: Belgium, Switzerland, Lebanon, Puerto Rico, Kiribati
            "Město Beroun (BE)\nMěsto Cheb (CH)\nMěsto Liberec (LB)\n"
            "Město Přerov (PR)\nMěsto Karviná (KI)\n",
            "Czechia",
        ),
    ],
)
def test_local_codes_that_are_other_countries_codes_are_no_countries(
    data: store.AtlasData, lines: str, country: str
) -> None:
    """A list whose codes mostly name countries where the gazetteer has none of its places,
    all of which it has in one country, writes a local scheme (district or plate codes)."""
    page = HEAD + "Signatories:\n\n" + lines
    signed = plan(data, page, LOCAL_CODES).signatories
    assert set(signed["country"]) == {country}
    assert len(signed) == 5


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        ("Miasto Kraków (KR)\nMiasto Nowy\nTarg (NT)\nMiasto Lublin (LU)\n", "Nowy Targ"),
        ("Stadt Marburg (MR)\nStadt Bad\nHomburg (HG)\nStadt Bad Kreuznach (KH)\n", "Bad Homburg"),
    ],
)
def test_a_name_broken_in_a_list_of_framed_lines_is_joined(
    data: store.AtlasData, lines: str, name: str
) -> None:
    """Lines that each start with a form and end with a code: a line with the form and no
    code, over one with a code and no form, is one entry the copy broke."""
    page = HEAD + "Signatories:\n\n" + lines
    signed = plan(data, page, LOCAL_CODES).signatories
    assert list(signed["city"])[1] == name
    assert len(signed) == 3


@pytest.mark.parametrize(
    "rows",
    [  # a grid of places three a line, tabs apart, each after its country's code
        "DK Aarhus\tES Bilbao\tIE Dublin\nPT Lisboa\tNL Utrecht\tHR Zagreb\n"
        "DE Aachen\tDE Leipzig\tAT Graz\n",
        # the same in a Spanish report, without codes: the cells are known places
        "Aarhus\tBilbao\tDublín\nLisboa\tUtrecht\tZagreb\nAquisgrán\tLeipzig\tGraz\n",
    ],
)
def test_a_grid_of_places_tabs_apart_is_read_cell_by_cell(data: store.AtlasData, rows: str) -> None:
    page = HEAD + "Members of the network (country code, city):\n\n" + rows + "\nContact\n"
    found = read(data, page)
    assert [find_country(country) for _, country in found] == [
        "DK", "ES", "IE", "PT", "NL", "HR", "DE", "DE", "AT"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "rows",
    [
        "Stop 1 · Aarhus · Mayor Jacob Lund\nStop 2 · Utrecht · Deputy Mayor Anna Visser\n"
        "Stop 3 · Bilbao · Councillor Jon Ander Etxeberria\nStop 4 · Lisbon · Mayor Rui Costa\n",
        "Etapa 1 · Aarhus · Alcalde Jacob Lund\nEtapa 2 · Utrecht · Teniente de Alcalde Anna "
        "Visser\nEtapa 3 · Bilbao · Concejal Jon Ander Etxeberria\nEtapa 4 · Lisboa · "
        "Alcaldesa Rita Costa\n",
    ],
)
def test_a_title_and_a_name_after_the_place_in_a_line_of_items_name_no_place(
    data: store.AtlasData, rows: str
) -> None:
    """'Aarhus · Mayor Jacob Lund': the signer's item is a title before a person's name,
    no place, though a surname be a town's."""
    page = HEAD + "Signed, from north to south:\n\n" + rows + "\nContact\n"
    assert [city for city, _ in read(data, page)] == [
        "Aarhus", "Utrecht", "Bilbao", "Lisboa" if "Lisboa" in rows else "Lisbon"
    ]  # fmt: skip


GROUPS = gazetteer_of(
    [
        (name, country, "", 100_000, "")
        for country, names in (
            ("GB", "Bolton Bury Oldham Wigan Rochdale Salford Preston Burnley"),
            ("ES", "Bilbao Getxo Barakaldo Durango Vitoria Irun Eibar Tolosa"),
            ("FR", "Montreuil Bobigny Pantin Le_Blanc-Mesnil Créteil Vitry Ivry"),
        )
        for name in names.replace("_", " ").split(" ")
    ]
)


@pytest.mark.parametrize(
    ("rows", "count"),
    [
        (
            "Greater Manchester: Bolton, Bury, Oldham and Wigan.\nSalford: Salford.\n"
            "Lancashire: Preston, Burnley and Rochdale.\n",
            8,
        ),
        (
            "Bizkaia: Bilbao, Getxo, Barakaldo y Durango.\nÁlava: Vitoria.\n"
            "Gipuzkoa: Irun, Eibar y Tolosa.\n",
            8,
        ),
        (  # an article in lower case before a name, as French and Catalan write it
            "Seine-Saint-Denis : Montreuil, Bobigny, Pantin et le Blanc-Mesnil.\n"
            "Val-de-Marne : Créteil, Vitry et Ivry.\n",
            7,
        ),
    ],
)
def test_a_groups_label_a_colon_and_its_places_ending_in_a_stop_are_no_prose(
    data: store.AtlasData, rows: str, count: int
) -> None:
    page = HEAD + "Signed, by county:\n\n" + rows + "\nContact\n"
    parsed = importer.read_statement(data, page, network="scn", gazetteer=lambda: GROUPS)
    assert parsed.members is not None
    names = [e.city for e in parsed.members.entries]
    assert len(names) == count


TWO_NAMES = gazetteer_of(
    [
        ("Cardiff", "GB", "", 360_000, "Caerdydd"),
        ("Swansea", "GB", "", 240_000, "Abertawe"),
        ("Newport", "GB", "", 150_000, ""),
        ("Wrexham", "GB", "", 60_000, ""),
        ("Porvoo", "FI", "", 50_000, "Borgå"),
        ("Raseborg", "FI", "", 27_000, ""),
        ("Vaasa", "FI", "", 67_000, "Vasa"),
        ("Kokkola", "FI", "", 47_000, "Karleby"),
        ("Lleida", "ES", "", 140_000, "Lérida"),
        ("Girona", "ES", "", 100_000, "Gerona"),
        ("Tarragona", "ES", "", 130_000, ""),
    ]
)


@pytest.mark.parametrize(
    ("rows", "names"),
    [
        (  # Welsh and English: the Welsh name of Newport and Wrexham unknown
            "Caerdydd / Cardiff ★\nAbertawe / Swansea\nCasnewydd / Newport\nWrecsam / Wrexham ★\n",
            ["Caerdydd", "Abertawe", "Newport", "Wrexham"],
        ),
        (  # Finnish and Swedish
            "Porvoo / Borgå\nRaasepori / Raseborg\nVaasa / Vasa\nKokkola / Karleby\n",
            ["Porvoo", "Raseborg", "Vaasa", "Kokkola"],
        ),
        (  # Catalan and Spanish: Lleida and Girona are provinces too, one place here
            "Lleida / Lérida\nGirona / Gerona\nTarragona\nVaasa / Vasa\n",
            ["Lleida", "Girona", "Tarragona", "Vaasa"],
        ),
    ],
)
def test_a_places_names_in_two_languages_a_slash_parts(
    data: store.AtlasData, rows: str, names: list[str]
) -> None:
    """'A / B': one place's names; the first known one names it, and a name that is also a
    region's is no region where the gazetteer has one place of both names."""
    page = HEAD + "Member towns:\n\n" + rows + "\nContact\n"
    signed = plan(data, page, TWO_NAMES).signatories
    assert list(signed["city"]) == names


@pytest.mark.parametrize(
    ("written", "name"),
    [("Conselho Municipal da Cidade de Maputo", "Maputo"), ("Magistrat der Stadt Graz", "Graz"),
     ("Corporation of the City of Panaji", "Panaji"), ("Municipal Corporation Chandigarh",
     "Chandigarh"), ("Gobierno Autónomo Municipal Sucre", "Sucre")],
)  # fmt: skip
def test_a_body_of_the_city_and_a_body_s_words_right_before_its_name_are_left_out(
    written: str, name: str
) -> None:
    """A body's noun, 'of the' and the city's form ('Conselho Municipal da Cidade de',
    'Magistrat der Stadt', 'Corporation of the City of'), or a body's words with their level
    right before the capitalised name, no 'of' between: the place after them."""
    assert strip_form(written) == name
    assert strip_form("Ciudad de México") == "Ciudad de México"  # a city's own name


def _indian(*names: str) -> Gazetteer:
    places = _with_place(GAZETTEER, "Corporation", "US", 1_000)  # GeoNames has such places
    for name in names:
        places = _with_place(places, name, "IN", 1_000_000)
    return places


def test_a_word_of_a_body_s_form_that_names_a_place_is_none_in_a_table(
    data: store.AtlasData,
) -> None:
    """A table of bodies whose form follows the town ('X Municipal Corporation', the list's
    frame), one of them with its form before the town ('Municipal Corporation of Delhi'),
    whose word GeoNames names a place by ('Corporation'): the town after the form is the
    entry, the form's word none, on a Spanish and a French page as on an English one."""
    places = _indian("Pune", "Nagpur", "Thane", "Delhi", "Surat")
    rows = (
        "1\tPune Municipal Corporation\tMaharashtra\t2008\n"
        "2\tMunicipal Corporation of Delhi\tNCT of Delhi\t2010\n"
        "3\tNagpur Municipal Corporation\tMaharashtra\t2012\n"
        "4\tThane Municipal Corporation\tMaharashtra\t2015\n"
        "5\tSurat Municipal Corporation\tGujarat\t2016\n"
    )
    spanish = HEAD + "Nuestros miembros en la India:\n\nN.º\tMiembro\tEstado\tDesde\n" + rows
    french = HEAD + "Nos membres en Inde :\n\nN°\tMembre\tÉtat\tDepuis\n" + rows
    for page in (spanish, french):
        assert [c for c, _ in _read_with(data, page, places)] == [
            "Pune", "Delhi", "Nagpur", "Thane", "Surat",
        ]  # fmt: skip


def test_a_word_of_the_official_name_before_a_town_and_its_form_after_it(
    data: store.AtlasData,
) -> None:
    """A table of bodies named 'X Municipal Corporation' (the list's frame) with some whose
    official name has a word before the town and another form after it ('Greater Chennai
    Corporation', 'Bruhat Bengaluru Mahanagara Palike': 'Bruhat' is Kannada for 'greater'):
    the town, not a row dropped as another body's name that holds a place, on a Spanish and
    a Portuguese page."""
    places = _indian("Pune", "Chennai", "Nagpur", "Bengaluru", "Thane")
    rows = (
        "Pune Municipal Corporation\tMaharashtra\t2008\n"
        "Greater Chennai Corporation\tTamil Nadu\t2010\n"
        "Nagpur Municipal Corporation\tMaharashtra\t2012\n"
        "Bruhat Bengaluru Mahanagara Palike\tKarnataka\t2014\n"
        "Thane Municipal Corporation\tMaharashtra\t2015\n"
    )
    spanish = HEAD + "Miembros en la India:\n\nMiembro\tEstado\tDesde\n" + rows
    portuguese = HEAD + "Membros na Índia:\n\nMembro\tEstado\tDesde\n" + rows
    for page in (spanish, portuguese):
        assert [c for c, _ in _read_with(data, page, places)] == [
            "Pune", "Chennai", "Nagpur", "Bengaluru", "Thane",
        ]  # fmt: skip


def test_a_signer_s_town_body_with_its_state_in_a_bracket_after_it(
    data: store.AtlasData,
) -> None:
    """Signer lines 'honorific name, role, the town's body (its state)' where some bodies
    have a word before the town too ('Greater Hyderabad Municipal Corporation', 'Bruhat
    Mysuru Mahanagara Palike'), so that the town alone is no field of the line: the town
    the body is named for, its state the bracket's, not the state read as the place, on
    an English and a Spanish page."""
    places = _with_places("Lucknow, Hyderabad, Jaipur, Mysuru, Patna, Ranchi, Raipur", "IN")
    lines = (
        "Shri Ravi Menon, Mayor, Lucknow Nagar Nigam (Uttar Pradesh)\n"
        "Smt. Anita Rao, Mayor, Greater Hyderabad Municipal Corporation (Telangana)\n"
        "Dr. Vikram Singh, Commissioner, Jaipur Municipal Corporation (Rajasthan)\n"
        "Shri Mohan Kumar, Administrator, Bruhat Mysuru Mahanagara Palike (Karnataka)\n"
        "Smt. Usha Devi, Mayor, Patna Municipal Corporation (Bihar)\n"
        "Shri Ajay Oraon, Mayor, Ranchi Municipal Corporation (Jharkhand)\n"
        "Smt. Meera Sahu, Mayor, Raipur Municipal Corporation (Chhattisgarh)\n"
    )
    for heading in ("Signed on behalf of their cities by:", "Firmado en nombre de sus ciudades:"):
        assert [c for c, _ in _read_with(data, f"{HEAD}{heading}\n\n{lines}", places)] == [
            "Lucknow", "Hyderabad", "Jaipur", "Mysuru", "Patna", "Ranchi", "Raipur",
        ]  # fmt: skip


def test_a_regional_municipality_named_for_its_town_in_english_and_french(
    data: store.AtlasData,
) -> None:
    """A single-tier municipality named for its town with 'Regional Municipality' after it
    ('Halifax Regional Municipality') or 'Municipalité régionale de' before it (Québec's
    French): the town, no person's given name before a surname, on a Spanish and a French
    page; a 'municipalité régionale de comté' is a county."""
    places = _with_place(GAZETTEER, "Halifax", "CA", 440_000)
    for name, population in [("Barrie", 150_000), ("Guelph", 140_000), ("Sherbrooke", 170_000)]:
        places = _with_place(places, name, "CA", population)
    spanish = HEAD + (
        "Municipios participantes:\n\nMunicipio\tProvincia\tDesde\n"
        "City of Barrie\tON\t2006\nHalifax Regional Municipality\tNS\t2001\n"
        "City of Guelph\tON\t1999\nCity of Toronto\tON\t1998\n"
    )
    assert [c for c, _ in _read_with(data, spanish, places)] == [
        "Barrie", "Halifax", "Guelph", "Toronto",
    ]  # fmt: skip
    french = HEAD + (
        "Municipalités participantes :\n\nMunicipalité\tProvince\tDepuis\n"
        "Ville de Sherbrooke\tQC\t2003\nMunicipalité régionale d'Halifax\tN.-É.\t2001\n"
        "Ville de Guelph\tON\t1999\nVille de Toronto\tON\t1998\n"
    )
    assert [c for c, _ in _read_with(data, french, places)] == [
        "Sherbrooke", "Halifax", "Guelph", "Toronto",
    ]  # fmt: skip
    assert body_kind("Municipalité régionale de comté de Memphrémagog") == "county"


KIND_COLUMN_PLACES = gazetteer_of(
    [
        ("Jaén", "ES", "", 110_000, ""),
        ("Getafe", "ES", "", 180_000, ""),
        ("Leganés", "ES", "", 190_000, ""),
        ("Barcelona", "ES", "", 1_600_000, ""),
        ("Lyon", "FR", "", 510_000, ""),
        ("Grenoble", "FR", "", 160_000, ""),
        ("Nantes", "FR", "", 310_000, ""),
        ("Braga", "PT", "", 190_000, ""),
        ("Guimarães", "PT", "", 150_000, ""),
        ("Viseu", "PT", "", 100_000, ""),
        ("Kluuvi", "FI", "01", 687, "02|Gloet"),  # as GeoNames has it: '02', a postal code
    ]
)


@pytest.mark.parametrize(
    ("rows", "signed"),
    [
        (
            "Entidad\tTipo\tFecha de adhesión\n"
            "Diputación de Jaén\tDiputación\t12/01/2024\n"
            "Ayuntamiento de Getafe\tAyuntamiento\t03/02/2024\n"
            "Ayuntamiento de Leganés\tAyuntamiento\t15/02/2024\n"
            "Área Metropolitana de Barcelona\tÁrea metropolitana\t20/02/2024\n",
            [("Diputación de Jaén", "province"), ("Getafe", "city"), ("Leganés", "city"),
             ("Área Metropolitana de Barcelona", "metropolitan area")],
        ),
        (
            "Collectivité\tType\tDate de délibération\n"
            "Métropole de Lyon\tMétropole\t12/01/2024\n"
            "Ville de Grenoble\tVille\t03/02/2024\n"
            "Ville de Nantes\tVille\t15/02/2024\n",
            [("Métropole de Lyon", "metropolitan area"), ("Grenoble", "city"),
             ("Nantes", "city")],
        ),
        (
            "Entidade\tTipo\tData\n"
            "Câmara Municipal de Braga\tCâmara Municipal\t12/01/2024\n"
            "Câmara Municipal de Guimarães\tCâmara Municipal\t03/02/2024\n"
            "Câmara Municipal de Viseu\tCâmara Municipal\t20/02/2024\n",
            [("Braga", "city"), ("Guimarães", "city"), ("Viseu", "city")],
        ),
    ],
)  # fmt: skip
def test_a_date_s_figures_in_a_body_s_row_name_no_place(
    data: store.AtlasData, rows: str, signed: list[tuple[str, str]]
) -> None:
    """A table's rows of a body's name, its kind and a date ('Ayuntamiento de Getafe\t
    Ayuntamiento\t03/02/2024', 'Métropole de Lyon\tMétropole'): the date's figures that a
    slash parts are no place, though GeoNames names some places by a postal code ('02' is
    a name of Kluuvi, Finland), so the rows are no run of known places that the kind and
    the date stay glued to."""
    page = HEAD + "Signatories:\n\n" + rows + "\nShare\n"
    parsed = importer.read_statement(
        data, page, network="scn", gazetteer=lambda: KIND_COLUMN_PLACES
    )
    assert parsed.members is not None
    assert [(e.city, e.kind) for e in parsed.members.entries] == signed


ROW_PLACES = gazetteer_of(
    [
        ("Freiburg im Breisgau", "DE", "01", 230_000, ""),
        ("Magdeburg", "DE", "14", 237_000, ""),
        ("Ulm", "DE", "01", 126_000, ""),
        ("Bologna", "IT", "05", 390_000, ""),
        ("Modena", "IT", "05", 184_000, ""),
        ("Padova", "IT", "20", 209_000, ""),
        ("Valsa", "IT", "05", 600, ""),  # a hamlet whose name starts the municipality's
    ]
)


@pytest.mark.parametrize(
    ("rows", "signed"),
    [
        (
            "Gemeinde\tLand\tEinwohner\tBürgermeister\n"
            "Freiburg im Breisgau\tBaden-Württemberg\t230.000\tMartin Horn\n"
            "Wedemark\tNiedersachsen\t29.000\tHelge Zychlinski\n"
            "Magdeburg\tSachsen-Anhalt\t237.000\tSimone Borris\n"
            "Ulm\tBaden-Württemberg\t126.000\tMartin Ansbacher\n",
            [("Freiburg im Breisgau", "Germany"), ("Wedemark", "Germany"),
             ("Magdeburg", "Germany"), ("Ulm", "Germany")],
        ),
        (
            "Comune\tRegione\tAbitanti\tSindaco\n"
            "Bologna\tEmilia-Romagna\t390.000\tMatteo Lepore\n"
            "Valsamoggia\tEmilia-Romagna\t31.000\tMilena Zanna\n"
            "Modena\tEmilia-Romagna\t184.000\tGian Carlo Muzzarelli\n"
            "Padova\tVeneto\t209.000\tSergio Giordani\n",
            [("Bologna", "Italy"), ("Valsamoggia", "Italy"), ("Modena", "Italy"),
             ("Padova", "Italy")],
        ),
    ],
)  # fmt: skip
def test_a_table_s_row_between_its_places_is_a_municipality_the_gazetteer_lacks(
    data: store.AtlasData, rows: str, signed: list[tuple[str, str]]
) -> None:
    """A row of a table among rows whose first cells are known places, its cells of the
    same shape (a name, a region, a figure, a person), names a place too: a municipality
    named otherwise than any town ('Wedemark', 'Valsamoggia'), in the country of its
    region's cell; not a town whose name it starts with and a lower-case word glued to it
    ('Valsa' + 'moggia', as 'Haarlemmermeer' is no Haarlem)."""
    page = HEAD + "Signatories:\n\n" + rows + "\nShare\n"
    assert _read_with(data, page, ROW_PLACES) == signed


@pytest.mark.parametrize(
    ("names", "country"),
    [
        (["Freiburg im Breisgau", "Magdeburg", "Wedemark", "Ulm", "Kassel", "Jena"], "Germany"),
        (["Bologna", "Modena", "Valsamoggia", "Padova", "Parma", "Rimini"], "Italy"),
    ],
)
def test_a_name_no_gazetteer_knows_among_five_places_of_one_country_is_that_country_s(
    data: store.AtlasData, names: list[str], country: str
) -> None:
    """A name no gazetteer knows inside a list whose places, five or more, are all of one
    country ('Wedemark' among German cities, 'Valsamoggia' among Italian ones: municipalities
    named otherwise than any town) is a place of that country, flagged for review; among
    fewer, or several countries, it is skipped for its country to be given (as 'Atlantis'
    between Kumasi and Tamale)."""
    places = _with_places(", ".join(n for n in names if n not in ("Wedemark", "Valsamoggia")),
                          "DE" if country == "Germany" else "IT")  # fmt: skip
    page = HEAD + "Signatories:\n\n" + "\n".join(names) + "\n\nShare\n"
    found = plan(data, page, places)
    assert list(zip(found.signatories["city"], found.signatories["country"], strict=True)) == [
        (name, country) for name in names
    ]
    unknown = found.review[found.review["city"].isin(["Wedemark", "Valsamoggia"])]
    assert list(unknown["note"].str.startswith("its country is the list's")) == [True]


# East Slavic towns and the namesakes their adjectives could also be read as: Жуков's and
# Советский's adjectives are Жуковский's and Советск's too.
SLAVIC_TOWNS = gazetteer_of([
    ("Donetsk", "RU", "", 50_000, "Донецк"),
    ("Podolsk", "RU", "", 300_000, "Подольск"),
    ("Zhukovsky", "RU", "", 100_000, "Жуковский"),
    ("Zhukov", "RU", "", 3_000, "Жуков"),
    ("Sovetsk", "RU", "", 40_000, "Советск"),
    ("Sovetskiy", "RU", "", 23_000, "Советский"),
    ("Bucha", "UA", "", 42_000, "Буча"),
    ("Polatsk", "BY", "", 80_000, "Полацк"),
    ("Navapolatsk", "BY", "", 100_000, "Наваполацк"),
    ("Zhodzina", "BY", "", 60_000, "Жодзіна"),
    ("Salihorsk", "BY", "", 100_000, "Салігорск"),
    ("Barysaw", "BY", "", 140_000, "Барысаў"),
])  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["1. Донецкая городская дума — действительный член, 2016",
          "2. Подольская городская дума Московской области — действительный член, 2017",
          "3. Жуковская городская дума — действительный член, 2018",
          "4. Советская городская дума — действительный член, 2019",
          "5. Бучанская городская дума — ассоциированный член, 2020"],
         ["Донецк", "Подольск", "Жуковский", "Советск", "Буча"]),
        (["Полацкі гарадскі выканаўчы камітэт Віцебскай вобласці — сапраўдны сябра, 2016",
          "Наваполацкі гарадскі выканаўчы камітэт — сапраўдны сябра, 2017",
          "Жодзінскі гарадскі выканаўчы камітэт Мінскай вобласці — сапраўдны сябра, 2018",
          "Барысаўскі гарадскі выканаўчы камітэт — сапраўдны сябра, 2019",
          "Салігорскі гарадскі выканаўчы камітэт — сапраўдны сябра, 2020"],
         ["Полацк", "Наваполацк", "Жодзіна", "Барысаў", "Салігорск"]),
    ],
)  # fmt: skip
def test_a_body_named_by_its_towns_adjective_reads_the_town_by_its_grammar(
    data: store.AtlasData, lines: list[str], cities: list[str]
) -> None:
    """An East Slavic body named by its town's adjective ('Донецкая городская дума'), even
    with its region after it in the genitive ('... Московской области', '... Мінскай
    вобласці'), is the town the adjective is made from, as the language makes it: a
    consonant before the suffix changed ('Полацкі' of Полацк), a syllable put in ('Бучанская'
    of Буча), or the town named by the adjective itself ('Жуковский'); where it may be
    several towns' ('Жуковская': Жуков's too; 'Советская': Советский's too), the bigger in
    the list's country."""
    page = HEAD + "Члены:\n\n" + "\n".join(lines) + "\n\nКонтакты сети.\n"
    assert [c for c, _ in _read_with(data, page, SLAVIC_TOWNS)] == cities


def test_an_adjective_s_suffix_drops_its_town_s_last_vowel() -> None:
    """A town's adjective drops its name's last vowel before the suffix ('Полтава'
    Полтавська, Russian 'Самара' Самарская, Belarusian 'Ліда' Лідскі): a stem that ends in
    a vowel is no name of its own, and 'Вараська' is Вараш's (whose 'ш' the suffix takes
    in), not Вара's ('Варська'), nor is Russian 'Вараская' Вара's."""
    towns = {fold(n) for n in ("Вара", "Вараш", "Самара", "Ліда")}
    known = PlaceNames(lambda name: fold(name) in towns)
    assert adjective_readings("Вараська", known) == ["Вараш"]
    assert adjective_readings("Самарская", known) == ["Самара"]
    assert adjective_readings("Лідскі", known) == ["Ліда"]
    assert adjective_readings("Вараская", known) == []


def test_a_russian_adjective_puts_a_syllable_in_before_its_suffix() -> None:
    """Russian makes a town's adjective with 'енск' after a stem whose name ends in a vowel
    ('Пенза' Пензенская; a town 'Сторно' would have Сторненский: the vowel dropped, 'ен'
    put in)."""
    towns = {fold(n) for n in ("Пенза", "Сторно")}
    known = PlaceNames(lambda name: fold(name) in towns)
    assert adjective_readings("Пензенской", known) == ["Пенза"]
    assert adjective_readings("Сторненского", known) == ["Сторно"]


def test_an_adjective_s_stem_read_back_through_its_vowel_change_and_compounds() -> None:
    """Ukrainian changes the vowel the suffix's syllable closes ('Іванове' Іванівська,
    'Мукачево' Мукачівська) and puts one between two consonants ('Ромни' Роменська); a
    two-word name's adjective is one word, its first word's stem and 'о' before the noun's
    ('Старий Самбір' Старосамбірська, Russian 'Новый Уренгой' Новоуренгойский): each read
    back to the gazetteer's name."""
    towns = {fold(n) for n in ("Іванове", "Ромни", "Старий Самбір", "Новый Уренгой", "Бровари")}
    known = PlaceNames(lambda name: fold(name) in towns)
    assert adjective_readings("Іванівська", known) == ["Іванове"]
    assert adjective_readings("Роменської", known) == ["Ромни"]
    assert adjective_readings("Старосамбірська", known) == ["Старий Самбір"]
    assert adjective_readings("Новоуренгойский", known) == ["Новый Уренгой"]
    assert adjective_readings("Броварська", known) == ["Бровари"]
    assert adjective_readings("Новосамбірська", known) == []


def test_a_body_named_by_a_compound_adjective_is_its_two_word_town(
    data: store.AtlasData,
) -> None:
    """'Старосамбірська міська рада' and Russian 'Новоуренгойский городской округ' in a list
    of bodies named by their towns' adjectives: Старий Самбір and Новый Уренгой."""
    towns = SLAVIC_TOWNS
    for name, code, population, other in [
        ("Staryi Sambir", "UA", 6_000, "Старий Самбір"), ("Ivanove", "UA", 3_000, "Іванове"),
        ("Novy Urengoy", "RU", 110_000, "Новый Уренгой"),
    ]:  # fmt: skip
        towns = _with_names(towns, name, code, population, other)
    page = HEAD + "Члени мережі:\n\n" + "\n".join([
        "Бучанська міська рада — член з 2020", "Старосамбірська міська рада — член з 2021",
        "Іванівська сільська рада — член з 2022", "Новоуренгойский городской округ — член з 2023",
        "Подольская городская дума — член з 2019",
    ]) + "\n\nКонтакти.\n"  # fmt: skip
    assert [c for c, _ in _read_with(data, page, towns)] == [
        "Буча", "Старий Самбір", "Іванове", "Новый Уренгой", "Подольск",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("cells", "cities"),
    [
        (["Stadt", "Name, Funktion", "Unterschrift", "Datum",
          "Leipzig", "Anna Schmidt, Oberbürgermeisterin", "(unterschrieben)", "12.06.2025",
          "Graz", "Elke Berger, Bürgermeisterin", "(unterschrieben)", "13.06.2025",
          "Aachen", "Sibylle Kern, Oberbürgermeisterin", "(unterschrieben)", "14.06.2025",
          "Lund", "Philip Sand, Kommunstyrelsens ordförande", "(unterschrieben)", "15.06.2025",
          "Aarhus", "Bürgermeister von Aarhus", "unterzeichnet später", "–"],
         ["Leipzig", "Graz", "Aachen", "Lund"]),
        (["Ciudad", "Nombre y cargo", "Firma", "Fecha",
          "Bilbao", "Juan Aguirre, alcalde", "(firma)", "12/06/2025",
          "Madrid", "Marta López, teniente de alcalde", "(firma)", "12/06/2025",
          "Valencia", "Pilar Soler, alcaldesa", "(firma)", "13/06/2025",
          "Porto", "Rui Moreira, presidente da Câmara", "(firma)", "16/06/2025",
          "Lyon", "Alcalde de Lyon", "firmará más tarde", "—"],
         ["Bilbao", "Madrid", "Valencia", "Porto"]),
    ],
)  # fmt: skip
def test_a_signature_table_one_cell_a_line_with_a_row_not_signed_yet(
    data: store.AtlasData, cells: list[str], cities: list[str]
) -> None:
    """A signature table copied one cell a line (city, name and title, signature, date): its
    head's cells are the columns' names, no places or people; a row whose date is a dash
    is still a row, and one whose signature cell says it will sign later ('unterzeichnet
    später', 'firmará más tarde') did not sign."""
    page = HEAD + "Unterzeichnet von / Firmado por:\n\n" + "\n".join(cells) + "\n\nTeilen\n"
    assert [c for c, _ in read(data, page)] == cities


def test_a_line_that_says_its_place_will_sign_later_is_no_signatory(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Signed by:\n\nAarhus, Denmark\nBilbao, Spain\nUtrecht, Netherlands\n"
        "Lyon, France (will sign later)\nGraz, Austria\n"
    )
    assert [c for c, _ in read(data, page)] == ["Aarhus", "Bilbao", "Utrecht", "Graz"]


@pytest.mark.parametrize(
    "page",
    [
        "Kommunen har vänorter i Norden och samarbetsavtal med städer i Tyskland och "
        "Frankrike.\n\nVåra vänorter\n\nDanmark\nAarhus\n\nSpanien\nBilbao\n\nNederländerna\n"
        "Utrecht\n\nSamarbetsavtal\n\nTyskland\nLeipzig\n\nFrankrike\nLyon\n",
        "Il comune ha gemellaggi in Europa e collaborazioni con città in Germania e "
        "Francia.\n\nGemellaggi\n\nDanimarca\nAarhus\n\nSpagna\nBilbao\n\nPaesi Bassi\n"
        "Utrecht\n\nCollaborazioni\n\nGermania\nLeipzig\n\nFrancia\nLyon\n",
    ],
)
def test_a_word_the_page_writes_in_lower_case_between_country_groups_is_a_heading(
    data: store.AtlasData, page: str
) -> None:
    """A one-word line between a list's country groups that is no known place and that the
    page writes in lower case elsewhere ('Samarbetsavtal' of 'samarbetsavtal med städer',
    'Collaborazioni') is a heading in the page's language, not a town of the group above."""
    assert [c for c, _ in read(data, HEAD + page)] == [
        "Aarhus",
        "Bilbao",
        "Utrecht",
        "Leipzig",
        "Lyon",
    ]


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        ("Members by country\n\nUNITED STATES (5)\nAustin (Texas)\nDallas (Texas)\nFort Worth\n"
         "El Paso (Texas)\nSan Antonio (Texas)\n\nCANADA (2)\nLaval (Quebec)\nGatineau (Quebec)\n",
         ["Austin", "Dallas", "Fort Worth", "El Paso", "San Antonio", "Laval", "Gatineau"]),
        ("Membros por país\n\nBRASIL (5)\nCanoas (Rio Grande do Sul)\nPelotas (Rio Grande do Sul)"
         "\nSanta Maria\nCaxias do Sul (Rio Grande do Sul)\nGravataí (Rio Grande do Sul)\n",
         ["Canoas", "Pelotas", "Santa Maria", "Caxias do Sul", "Gravataí"]),
    ],
)  # fmt: skip
def test_a_two_word_name_among_places_is_a_place_not_a_signer_over_one(
    page: str, cities: list[str]
) -> None:
    """'Fort Worth' or 'Santa Maria' over 'El Paso (Texas)', right under two places with
    no name over them: a place of the run, not a person's name over the next place, as a
    signer's is over each place."""
    lines = page.split("\n")
    found = read_member_list(lines, PlaceNames(lambda name: False), page=lines)
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("page", "codes"),
    [
        ("Member cities\n\nCOLOMBIA\nBogotá, D.C.\nMedellín\nCali\n\nMEXICO\nTijuana, BC\n"
         "Monterrey\n", ["CO", "CO", "CO", "MX", "MX"]),
        ("Cidades membro\n\nCOLÔMBIA\nBogotá, D.C.\nMedellín\nCali\n\nMÉXICO\nTijuana, BC\n"
         "Monterrey\n", ["CO", "CO", "CO", "MX", "MX"]),
    ],
)  # fmt: skip
def test_a_country_heading_beats_region_initials_another_country_has(
    page: str, codes: list[str]
) -> None:
    """'Bogotá, D.C.' under 'COLOMBIA': the initials are a state's of the United States
    too, but the heading says where the place is."""
    lines = page.split("\n")
    known = {"bogota", "medellin", "cali", "tijuana", "monterrey"}
    found = read_member_list(lines, PlaceNames(lambda name: fold(name) in known), page=lines)
    assert found is not None
    assert [e.codes for e in found.entries] == [(code,) for code in codes]


@pytest.mark.parametrize(
    ("rows", "cities"),
    [
        (["ITALIA                      CROAZIA", "Bari                        Spalato",
          "Pescara                     Zara", "Brindisi                    Fiume",
          "SLOVENIA                    ALBANIA", "Capodistria                 Durazzo",
          "                            Valona"],
         [("Bari", "IT"), ("Pescara", "IT"), ("Brindisi", "IT"), ("Capodistria", "SI"),
          ("Spalato", "HR"), ("Zara", "HR"), ("Fiume", "HR"), ("Durazzo", "AL"),
          ("Valona", "AL")]),
        (["NORGE                       DANMARK", "Bergen                      Aarhus",
          "Stavanger                   Odense", "SVERIGE                     Aalborg",
          "Göteborg                    FINLAND", "Malmö                       Turku"],
         [("Bergen", "NO"), ("Stavanger", "NO"), ("Göteborg", "SE"), ("Malmö", "SE"),
          ("Aarhus", "DK"), ("Odense", "DK"), ("Aalborg", "DK"), ("Turku", "FI")]),
    ],
)  # fmt: skip
def test_two_columns_of_a_list_each_under_its_own_country_headings(
    rows: list[str], cities: list[tuple[str, str]]
) -> None:
    """A PDF's two columns of a list side by side, each with its own country headings
    ('ITALIA' over 'Bari' on the left, 'CROAZIA' over 'Spalato' on the right): each column
    is read top to bottom under its headings, not row by row."""
    lines = ["Firmatari:", "", *rows, "", "Il Forum si riunirà nel 2026."]
    known = {fold(city) for city, _ in cities}
    found = read_member_list(lines, PlaceNames(lambda name: fold(name) in known), page=lines)
    assert found is not None
    assert [(e.city, e.codes[0] if e.codes else "") for e in found.entries] == cities


def test_a_country_code_beside_a_place_stands_under_another_countrys_heading() -> None:
    """'Basel (CH)' under 'DEUTSCHLAND' (a border town's partner): the page gives its own
    country's code, which no heading overrides."""
    lines = ["Mitglieder", "", "DEUTSCHLAND", "Freiburg", "Basel (CH)", "Lörrach", ""]
    known = {"freiburg", "basel", "lorrach"}
    found = read_member_list(lines, PlaceNames(lambda name: fold(name) in known), page=lines)
    assert found is not None
    assert [(e.city, e.codes[0]) for e in found.entries] == [
        ("Freiburg", "DE"), ("Basel", "CH"), ("Lörrach", "DE"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("header", "rows", "places"),
    [
        (
            "Kommune\tInnbyggere\tMedlem siden",
            "Nordre Follo kommune\t60 000\t2020\nTromsø kommune\t77 000\t2019\n"
            "Bodø kommune\t52 000\t2021\nHamar kommune\t32 000\t2018\n",
            "Tromsø, Bodø, Hamar",
        ),
        (
            "Kommune\tIndbyggere\tMedlem siden",
            "Egedal Kommune\t44 000\t2020\nAarhus Kommune\t360 000\t2019\n"
            "Odense Kommune\t200 000\t2021\nAalborg Kommune\t220 000\t2018\n",
            "Aarhus, Odense, Aalborg",
        ),
    ],
)
def test_a_tables_first_row_names_its_body_by_the_form_in_its_first_cell(
    data: store.AtlasData, header: str, rows: str, places: str
) -> None:
    """A table's rows copied with tabs, each a body named by its form after the name
    ('Nordre Follo kommune', columns of people and a year after it): the first row, whose
    name no gazetteer knows, is an entry of the table as the others, not a heading at the
    run's edge."""
    known = _with_places(places, "NO" if "Tromsø" in places else "DK")
    page = HEAD + "Medlemmer\n\n" + header + "\n" + rows + "\nKontakt\n"
    first = rows.partition(" k")[0].partition(" K")[0]
    assert [c for c, _ in _read_with(data, page, known)] == [first, *places.split(", ")]


def test_cards_ended_by_the_same_link_whose_other_line_is_a_region(
    data: store.AtlasData,
) -> None:
    """Member cards of a name, a region and the same link ('Comune di Bologna' /
    'Emilia-Romagna' / 'Scopri di più' / ...), with neither a country nor a number on any
    line: the link that ends each card at one interval, and a region several cards share,
    make them cards, so the region line is the card's field, not an entry, nor is the
    link."""
    cards = [
        ("Comune di Bologna", "Emilia-Romagna"),
        ("Comune di Milano", "Lombardia"),
        ("Comune di Torino", "Piemonte"),
        ("Comune di Palermo", "Sicilia"),
        ("Comune di Brescia", "Lombardia"),
    ]
    grid = "".join(f"{c}\n{r}\nScopri di più\n" for c, r in cards)
    page = HEAD + "I comuni della rete\n\n" + grid + "\nCondividi\n"
    gazetteer = _with_place(GAZETTEER, "Brescia", "IT", 200_000)
    assert _read_with(data, page, gazetteer) == [
        ("Bologna", "Italy"), ("Milano", "Italy"), ("Torino", "Italy"), ("Palermo", "Italy"),
        ("Brescia", "Italy"),
    ]  # fmt: skip
    lines = [line for c, r in cards for line in (f"📍 {c}", f"{r} · Zona I", "Ver no mapa")]
    assert cards_joined(lines)[::3] == [f"📍 {c}\t{r}\tZona I" for c, r in cards]


def test_a_line_of_buttons_over_the_list_is_no_place(data: store.AtlasData) -> None:
    """'Alle anzeigen | Alle ausblenden' above an accordion's groups: buttons of a verb and
    the same word, no places, though 'Alle' is a Swiss village; names that share a word or
    a body's form are no buttons."""
    page = HEAD + (
        "Mitglieder nach Ländern\n\nAlle anzeigen | Alle ausblenden\n\nÖsterreich (1) ▾\n"
        "Graz\nDeutschland (2) ▾\nAachen\nLeipzig\nItalien (1) ▾\nTurin\n\nTeilen\n"
    )
    gazetteer = _with_place(GAZETTEER, "Alle", "CH", 1_800)
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "Graz", "Aachen", "Leipzig", "Turin"
    ]  # fmt: skip
    assert is_menu("Mostrar todo | Ocultar todo")
    assert is_menu("Expand all | Collapse all")
    assert not is_menu("Santa Cruz | Santa Fe")
    assert not is_menu("Aarhus Kommune | Odense Kommune")


def test_accordion_headings_with_their_count_and_a_disclosure_mark(
    data: store.AtlasData,
) -> None:
    """An accordion copied open: each group's heading gives its count and ends in a
    disclosure mark ('Österreich (2) ▾') or stands over its open mark alone ('−'): the mark
    is no line of the group and no part of the heading, so a region's heading is no place
    ('Lombardia (2)') and a country's still gives its entries' country."""
    page = HEAD + (
        "Mitglieder nach Ländern\n\nÖsterreich (1) ▾\nGraz\nDeutschland (2) ▾\nAachen\n"
        "Leipzig\nItalien (1) ▾\nTurin\n\nTeilen\n"
    )
    assert _read_with(data, page, GAZETTEER) == [
        ("Graz", "Österreich"), ("Aachen", "Deutschland"), ("Leipzig", "Deutschland"),
        ("Turin", "Italien"),
    ]  # fmt: skip
    lines = ["Lombardia (2)", "−", "Milano", "Bologna", "Sicilia (1)", "−", "Palermo"]
    assert without_counted_headings(lines) == ["", "−", "Milano", "Bologna", "", "−", "Palermo"]
    lines += ["Campania (1)", "−", "Napoli"]
    page = HEAD + "Comuni per regione\n\n" + "\n".join(lines) + "\n\nCondividi\n"
    assert [c for c, _ in _read_with(data, page, GAZETTEER)] == [
        "Milano", "Bologna", "Palermo", "Napoli"
    ]  # fmt: skip


def test_heading_marks_over_groups_and_a_form_the_gazetteer_lacks(
    data: store.AtlasData,
) -> None:
    """'【华东】' and '■수도권' over their groups: a section's heading in a script without
    case, no place; a town written with its form ('杭州市', '수원시') where the gazetteer
    has only its name (杭州, 수원) is that place."""
    gazetteer = gazetteer_of(
        [("Hangzhou", "CN", "", 10_000_000, "杭州"), ("Suzhou", "CN", "", 7_000_000, "苏州市"),
         ("Nanjing", "CN", "", 8_000_000, "南京市"), ("Wuhan", "CN", "", 11_000_000, "武汉市"),
         ("Changsha", "CN", "", 5_000_000, "长沙市"), ("Huadong", "CN", "", 5_000, "华东"),
         ("Suwon", "KR", "", 1_200_000, "수원"), ("Seongnam", "KR", "", 900_000, "성남시"),
         ("Busan", "KR", "", 3_400_000, "부산광역시"), ("Ulsan", "KR", "", 1_100_000, "울산광역시")]
    )  # fmt: skip
    page = HEAD + "成员城市\n\n【华东】\n苏州市\n杭州市\n南京市\n【华中】\n武汉市\n长沙市\n\n分享\n"
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "苏州市", "杭州", "南京市", "武汉市", "长沙市"
    ]  # fmt: skip
    page = HEAD + "회원 도시\n\n■수도권\n성남시\n수원시\n■영남권\n부산광역시\n울산광역시\n\n공유\n"
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "성남시", "수원", "부산광역시", "울산광역시"
    ]  # fmt: skip


def test_a_subdivision_s_whole_name_is_no_body_around_a_place() -> None:
    """'Rio Grande do Norte', 'Castilla y León': a state's or community's whole name, read
    whole, not as a body around the place one of its words names (Rio Grande, León); a
    body's name around its place ('Prefeitura de Natal') still is its place."""
    gazetteer = gazetteer_of(
        [("Rio Grande", "BR", "", 200_000, ""), ("León", "ES", "", 120_000, ""),
         ("Natal", "BR", "", 800_000, "")]
    )  # fmt: skip
    entries = [
        RawEntry(1, "Rio Grande do Norte", "Rio Grande do Norte", codes=("BR",)),
        RawEntry(2, "Castilla y León", "Castilla y León", codes=("ES",)),
        RawEntry(3, "Prefeitura de Natal", "Prefeitura de Natal", codes=("BR",)),
    ]
    assert [e.city for e in places_inside(entries, gazetteer, lambda name: [name])] == [
        "Rio Grande do Norte", "Castilla y León", "Natal"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Neue Mitglieder\n\n12. März 2024\n\nWir begrüßen drei neue Mitglieder.\n\n"
            "Stadt Mendoza, Argentinien\nDie Stadt am Fuß der Anden bringt ihre Erfahrung mit "
            "Bewässerungskanälen ein und wird die Arbeitsgruppe Wasser leiten.\n\n"
            "Stadt Salta, Argentinien\nSalta plant neue Grünflächen und einen Busplan für die "
            "Stadt, sagte der Bürgermeister bei der Versammlung.\n\n"
            "Stadt Loja, Ecuador\nDie Stadt im Süden des Landes setzt auf saubere Luft und "
            "möchte von Quito und Cuenca lernen.\n\nMehr Nachrichten\n",
            [("Mendoza", "Argentinien"), ("Salta", "Argentinien"), ("Loja", "Ecuador")],
        ),
        (
            "Nuevos miembros\n\n12 de marzo de 2024\n\nDamos la bienvenida a tres ciudades.\n\n"
            "Municipalidad de Mercedes, Argentina\nLa ciudad trae su experiencia en huertas "
            "urbanas y coordinará el grupo de trabajo sobre alimentos.\n\n"
            "Municipio de Cuenca, Ecuador\nCuenca restaura las orillas de sus cuatro ríos y "
            "comparte su plan de movilidad con la red.\n\n"
            "Municipalidad de Rosario, Argentina\nLa tercera ciudad del país suma su programa "
            "de reciclaje, dijo la intendenta en Nakuru.\n\nMás noticias\n",
            [("Mercedes", "Argentina"), ("Cuenca", "Ecuador"), ("Rosario", "Argentina")],
        ),
    ],
)
def test_each_member_s_line_over_a_paragraph_about_it(
    data: store.AtlasData, page: str, expected: list[tuple[str, str]]
) -> None:
    assert _read_with(data, page, GAZETTEER) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            [
                "Premios Ciudades Caminables 2024",
                "",
                "Categoría A – municipios de más de 50.000 habitantes",
                "1º Ayuntamiento de Pontevedra – puntuación 94/100",
                "2º Ayuntamiento de Vitoria-Gasteiz – 90/100",
                "3º Ayuntamiento de Valencia – 85/100",
                "",
                "Categoría B – municipios de menos de 50.000 habitantes",
                "1º Ayuntamiento de Soria – 88/100",
                "2º Ayuntamiento de Huesca – 81/100",
            ],
            ["Pontevedra", "Vitoria-Gasteiz", "Valencia", "Soria", "Huesca"],
        ),
        (
            [
                "Prémio Cidades Ciclistas 2024",
                "",
                "Categoria A – municípios com mais de 100 mil habitantes",
                "1ª Câmara Municipal de Braga – 91/100",
                "2ª Câmara Municipal de Aveiro – 86/100",
                "3ª Câmara Municipal de Coimbra – 79/100",
            ],
            ["Braga", "Aveiro", "Coimbra"],
        ),
    ],
)
def test_a_ranking_s_scores_out_of_a_hundred_are_entries_not_page_numbers(
    page: list[str], expected: list[str]
) -> None:
    """An award's ranking in Spanish and Portuguese: each line's score out of a hundred at
    its end ('94/100') is no page's number 'N/M' (those stand a page apart, not on
    consecutive lines), and the lines are the list's."""
    assert page_breaks(page) == page
    found = read_member_list(page, PlaceNames(lambda name: name in expected))
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            [
                "Municipios de la red",
                "",
                "Provincia de Sevilla",
                "41001 Sevilla",
                "41500 Alcalá de Guadaíra",
                "41700 Dos Hermanas",
                "",
                "Región de Murcia",
                "30001 Murcia",
                "30201 Cartagena",
                "30800 Lorca",
                "",
                "Provincia de Málaga",
                "29001 Málaga",
                "29600 Marbella",
                "29400 Ronda",
                "",
                "Red de Ciudades – Calle Mayor 5 – 28013 Madrid",
            ],
            "Sevilla|Alcalá de Guadaíra|Dos Hermanas|Murcia|Cartagena|Lorca|Málaga|Marbella|Ronda",
        ),
        (
            [
                "Comuni aderenti",
                "",
                "Regione Lombardia",
                "20121 Milano",
                "24121 Bergamo",
                "25121 Brescia",
                "",
                "Provincia di Cuneo",
                "12100 Cuneo",
                "12051 Alba",
                "12042 Bra",
                "",
                "Città metropolitana di Venezia",
                "30121 Venezia",
                "30027 San Donà di Piave",
                "30015 Chioggia",
            ],
            "Milano|Bergamo|Brescia|Cuneo|Alba|Bra|Venezia|San Donà di Piave|Chioggia",
        ),
    ],
)
def test_towns_after_their_postcodes_under_headings_of_regions_and_provinces(
    page: list[str], expected: str
) -> None:
    """A list that gives each town after its postcode ('41500 Alcalá de Guadaíra', '12051
    Alba'), three lines or more in a row, under the headings of its provinces and regions,
    in Spanish and Italian: the towns, not addresses (the footer's address, with its street,
    stays one), and the headings of bodies of another kind head their groups, though they
    share no first word."""
    towns = expected.split("|")
    found = read_member_list(page, PlaceNames(lambda name: name in towns))
    assert found is not None
    assert [e.city for e in found.entries] == towns


@pytest.mark.parametrize(
    ("title", "page", "expected"),
    [
        (
            "Jahresbericht 2024: Unsere Mitgliedsstädte",
            ["Mitglieder nach Ländern", "", "BAYERN (2)", "Erlangen, Würzburg", "HESSEN (3)",
             "Kassel, Marburg, Fulda", "STÄDTENETZ MITTE · JAHRESBERICHT 2024 · 17",
             "SAARLAND (1)", "Saarbrücken", "SACHSEN (1)", "Leipzig", "THÜRINGEN (2)",
             "Jena, Erfurt", "",
             "Kontakt: Geschäftsstelle, Bonn"],
            "Erlangen|Würzburg|Kassel|Marburg|Fulda|Saarbrücken|Leipzig|Jena|Erfurt",
        ),
        (
            "Memoria anual 2024",
            ["Ciudades por comunidad", "", "ANDALUCÍA (3)", "Sevilla, Málaga, Almería",
             "ARAGÓN (1)", "Zaragoza", "Memoria anual 2024 | Red de Ciudades Saludables 9",
             "CASTILLA Y LEÓN (2)", "Burgos, Palencia", "CANTABRIA (1)", "Santander",
             "GALICIA (2)", "Vigo, Lugo", "LA RIOJA (1)", "Logroño"],
            "Sevilla|Málaga|Almería|Zaragoza|Burgos|Palencia|Santander|Vigo|Lugo|Logroño",
        ),
        (
            "Relazione annuale 2023 – Allegato 2: i comuni soci",
            ["Comuni per regione", "", "PIEMONTE (2)", "Asti", "Biella", "UMBRIA (1)",
             "Terni", "Relazione annuale 2023 · 14", "MARCHE (2)", "Fermo", "Macerata",
             "SARDEGNA (1)", "Nuoro"],
            "Asti|Biella|Terni|Fermo|Macerata|Nuoro",
        ),
    ],
)  # fmt: skip
def test_a_running_line_that_names_the_page_s_title_and_its_number_is_a_page_break(
    title: str, page: list[str], expected: str
) -> None:
    """A report's PDF copied with one running footer in mid-list, which names the page's
    title (or its part before a colon) and ends in the page's number, in German and
    Spanish: a page break, not a line of the list, so that the groups' counted headings
    ('HESSEN (3)' over 'Kassel, Marburg, Fulda') still count their lines and each name is
    an entry, a group's one member too ('Leipzig')."""
    towns = expected.split("|")
    assert without_running_title(page, title).count(PAGE_BREAK) == 1
    found = read_member_list(page, PlaceNames(lambda name: name in towns), title=title)
    assert found is not None
    assert [e.city for e in found.entries] == towns


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            ["Tabella 2. Soci al 31 dicembre 2024", "", "Comune Regione Socio dal",
             "Bergamo Lombardia 2014", "L'Aquila Abruzzo 2019", "Reggio Emilia Emilia-Romagna 2012",
             "Lucca Toscana 2016", "Novara Piemonte 2020", "Padova Veneto 2013", "",
             "Fonte: segreteria della rete."],
            "Bergamo|L'Aquila|Reggio Emilia|Lucca|Novara|Padova",
        ),
        (
            ["Tabla 3. Miembros", "", "Municipio Comunidad Año de adhesión",
             "Huesca Aragón 2015", "Pamplona Navarra 2012", "Gijón Asturias 2018",
             "Burgos Castilla y León 2014", "Córdoba Andalucía 2019", "",
             "Fuente: secretaría técnica."],
            "Huesca|Pamplona|Gijón|Burgos|Córdoba",
        ),
    ],
)  # fmt: skip
def test_a_pdf_table_of_places_their_regions_and_a_year_parted_by_single_spaces(
    page: list[str], expected: str
) -> None:
    """A PDF's table copied with single spaces between its cells, a place, its region and
    the year it joined, under its header row, in Italian and Spanish: each row is its place
    in its region (the figure after the region ends the row's names, as a signer's name
    does), and the header row names the columns, no entry."""
    towns = expected.split("|")
    found = read_member_list(page, PlaceNames(lambda name: name in towns))
    assert found is not None
    assert [e.city for e in found.entries] == towns


@pytest.mark.parametrize(
    ("country", "label"),
    [
        ("Brasil", "Página {} de 3"),
        ("Bundesrepublik Deutschland", "Seite {} von 3"),
    ],
)
def test_a_list_s_repeated_line_beside_one_page_break_is_no_running_line(
    country: str, label: str
) -> None:
    """A signature block's country line, which the list repeats under several signers, in
    Portuguese and German: where it stands right over one of a document's page breaks it
    is still the list's line (a running header or footer stands beside each break); the
    page labels are breaks."""
    lines = [
        "Ana Souza", "Prefeita de Campinas", country,
        "Rui Lima", "Prefeito de Niterói", country, label.format(1),
        "Eva Braga", "Prefeita de Londrina", "Outro País Qualquer",
        "Ivo Reis", "Prefeito de Santos", "Outro País Qualquer", label.format(2),
        "Lia Mota", "Prefeita de Recife", country,
    ]  # fmt: skip
    out = page_breaks(lines)
    assert [k for k, line in enumerate(out) if line == PAGE_BREAK] == [6, 13]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            ["Villes membres", "", "Lyon", "France", "Genève, Suisse", "Lausanne", "Suisse",
             "Liège", "Belgique"],
            [("Lyon", "FR"), ("Genève", "CH"), ("Lausanne", "CH"), ("Liège", "BE")],
        ),
        (
            ["Mitglieder", "", "Graz", "Österreich", "Basel, Schweiz", "Zürich", "Schweiz",
             "Jena", "Deutschland"],
            [("Graz", "AT"), ("Basel", "CH"), ("Zürich", "CH"), ("Jena", "DE")],
        ),
    ],
)  # fmt: skip
def test_cards_whose_country_line_follows_and_one_card_gives_it_on_the_place_s_line(
    page: list[str], expected: list[tuple[str, str]]
) -> None:
    """Cards flattened to a place's line and its country's line, in French and German, one
    card giving its country on the place's own line ('Genève, Suisse'): each country line
    is the places' since the last one, not a heading over the next ('Lausanne' is Swiss,
    not French)."""
    towns = {city for city, _ in expected}
    found = read_member_list(page, PlaceNames(lambda name: name in towns))
    assert found is not None
    assert [(e.city, e.codes) for e in found.entries] == [(c, (code,)) for c, code in expected]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            ["Les maires des communes", "", "Antony\tBagneux", "Cachan\tl'Haÿ-les-Roses",
             "Fresnes\tSceaux"],
            ["Antony", "Bagneux", "Cachan", "l'Haÿ-les-Roses", "Fresnes", "Sceaux"],
        ),
        (
            ["Signed by the mayors of", "", "Delft\tLeiden", "Gouda\t's-Gravenhage",
             "Zwolle\t's-Heerenberg"],
            ["Delft", "Leiden", "Gouda", "'s-Gravenhage", "Zwolle", "'s-Heerenberg"],
        ),
    ],
)  # fmt: skip
def test_a_grid_of_places_whose_cell_starts_with_an_elided_article(
    page: list[str], expected: list[str]
) -> None:
    """A grid copied with its tabs, in French and English, where a place's name starts with
    an article elided in lower case ('l'Haÿ-les-Roses', ''s-Gravenhage'): its cell is a
    place's as much as a capitalised one."""
    found = read_member_list(page, PlaceNames(lambda name: name in set(expected)))
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    "head",
    [
        "Gemeinsame Erklärung der Städte\n\n12. März 2024\n\nWir stehen zusammen.\n\n"
        "Unterzeichnet von:\n\n",
        "Declaración conjunta de ciudades\n\n12 de marzo de 2024\n\nEstamos unidos.\n\n"
        "Firmada por:\n\n",
    ],
)
def test_a_county_under_a_us_state_named_like_a_country_is_in_the_state(
    data: store.AtlasData, head: str
) -> None:
    """A county the gazetteer knows ('Athens-Clarke County', the consolidated government of
    Athens), on a German and a Spanish page, after a comma and a US state named like a
    country ('Georgia'): the state's, as a town is, not the country's."""
    athens = _with_place(_with_place(GAZETTEER, "Athens", "GR", 660_000), "Athens", "US", 127_000)
    athens = _with_place(athens, "Athens-Clarke County", "US", 127_000, "GA")
    page = head + "Athens-Clarke County, Georgia\nPortland, Maine\nChapel Hill, NC\n"
    found = plan(data, page, athens)
    rows = found.signatories[["city", "country"]].values.tolist()
    assert rows[0] == ["Athens-Clarke County", "United States"]


@pytest.mark.parametrize(
    ("cells", "cities"),
    [
        (["Comune", "Regione", "Sindaco/a",
          "Bologna", "Emilia-Romagna", "Matteo Costa Bianchi",
          "Milan", "Lombardia", "Anna Mercedes Rossi",
          "Turin", "Piemonte", "Luca Porto Ferri",
          "Palermo", "Sicilia", "Rosa Salta Lima",
          "Naples", "Campania", "Marco Rosario Esposito"],
         ["Bologna", "Milan", "Turin", "Palermo", "Naples"]),
        (["Stadt", "Land", "Oberbürgermeister/in",
          "Leipzig", "Deutschland", "Anna Porto Weber",
          "Graz", "Österreich", "Jan Costa Huber",
          "Aachen", "Deutschland", "Eva Salta Krüger",
          "Munich", "Deutschland", "Paul Mercedes Roth",
          "Lyon", "Frankreich", "Marie Rosario Blanc"],
         ["Leipzig", "Graz", "Aachen", "Munich", "Lyon"]),
    ],
)  # fmt: skip
def test_a_table_one_cell_a_line_under_a_head_naming_its_columns(
    data: store.AtlasData, cells: list[str], cities: list[str]
) -> None:
    """A table copied one cell a line with no figure or honorific in any column (town,
    region or country, mayor): its head names the columns, so its lines are read as rows
    of that many cells; the town column's cells are the members, the region and the mayor
    (whose surnames may be places: 'Costa', 'Salta') only their rows' context."""
    page = HEAD + "Firmatari / Unterzeichner\n\n" + "\n".join(cells) + "\n\nCondividi\n"
    assert [c for c, _ in read(data, page)] == cities


@pytest.mark.parametrize(
    ("cells", "cities"),
    [
        (["Amersfoort", "Utrecht", "157.000", "Deventer", "Overijssel", "101.000",
          "Enschede", "Overijssel", "160.000", "Breda", "Noord-Brabant", "185.000"],
         ["Amersfoort", "Deventer", "Enschede", "Breda"]),
        (["Hallein", "Salzburg", "01.03.2024", "Wels", "Oberösterreich", "15.04.2024",
          "Leoben", "Steiermark", "02.05.2024", "Dornbirn", "Vorarlberg", "20.06.2024"],
         ["Hallein", "Wels", "Leoben", "Dornbirn"]),
    ],
)  # fmt: skip
def test_a_table_one_cell_a_line_without_a_head_by_its_column_of_figures(
    data: store.AtlasData, cells: list[str], cities: list[str]
) -> None:
    """A table copied one cell a line with no head, a column of bare figures (a population,
    a date) in every row: its lines are read as rows, so that a region named as a city is
    ('Utrecht', 'Salzburg' in the province column) is its row's context, no member."""
    page = HEAD + "Leden / Mitglieder\n\n" + "\n".join(cells) + "\n\nDelen\n"
    assert [c for c, _ in read(data, page)] == cities


@pytest.mark.parametrize(
    ("rows", "cities"),
    [
        (["Nr.\tKommune\tLand\tVertreten durch",
          "1\tStadt Leipzig\tDeutschland\tHerr Oberbürgermeister",
          "2\tStadt Graz\tÖsterreich\tFrau Bürgermeisterin",
          "3\tStadt Aachen\tDeutschland\tHerr Bürgermeister",
          "4\tStadt Lyon\tFrankreich\tFrau Stadträtin"],
         ["Leipzig", "Graz", "Aachen", "Lyon"]),
        (["N.º\tMunicípio\tPaís\tRepresentado por",
          "1\tCâmara Municipal de Lisboa\tPortugal\tO Presidente",
          "2\tCâmara Municipal do Porto\tPortugal\tA Vereadora",
          "3\tPrefeitura de Costa\tBrasil\tO Prefeito",
          "4\tMunicipio de Quito\tEquador\tA Alcaldesa"],
         ["Lisboa", "Porto", "Costa", "Quito"]),
    ],
)  # fmt: skip
def test_a_table_with_tabs_whose_first_column_numbers_its_rows(
    data: store.AtlasData, rows: list[str], cities: list[str]
) -> None:
    """A table copied with its tabs whose first column only counts its rows (a 'Nr.' or
    'N.º' column: 1, 2, 3, ...): the number is no member; the next cell names it."""
    page = HEAD + "Unterzeichnet / Assinado por:\n\n" + "\n".join(rows) + "\n\nTeilen\n"
    assert [c for c, _ in read(data, page)] == cities


def test_cards_blank_lines_apart_lose_their_repeated_link_line(data: store.AtlasData) -> None:
    """A directory of cards, a blank line between them, each ended by the same link
    ('Bekijk profiel', 'Profil ansehen'): the link is the site's, no place of the card; a
    card's years ('Lid van het netwerk sinds 2012', '... 2009') are no PDF's page numbers,
    which grow down the page; a town named as a country ('Nederland', a town in Colorado)
    heads a card that gives its own country."""
    cards = [
        ("Utrecht", "Nederland", "2012"),
        ("Nederland", "Verenigde Staten", "2010"),
        ("Graz", "Oostenrijk", "2009"),
        ("Porto", "Portugal", "2014"),
    ]
    grid = "".join(
        f"{c}\n{k}\nLid van het netwerk sinds {y}\nBekijk profiel\n\n" for c, k, y in cards
    )
    page = HEAD + "Leden van het netwerk\n\n4 steden\n\n" + grid + "Deel deze pagina\n"
    assert _coded(_read_with(data, page, GAZETTEER)) == [
        ("Utrecht", "NL"), ("Nederland", "US"), ("Graz", "AT"), ("Porto", "PT"),
    ]  # fmt: skip
    german = [
        ("Leipzig", "Deutschland", "2011"),
        ("Lyon", "Frankreich", "2010"),
        ("Aachen", "Deutschland", "2009"),
    ]
    lines = [
        line
        for c, k, y in german
        for line in (c, k, f"Mitglied des Netzes seit {y}", "Profil ansehen", "")
    ]
    assert [row for row in cards_joined(lines) if row] == [
        f"{c}\t{k}\tMitglied des Netzes seit {y}" for c, k, y in german
    ]


@pytest.mark.parametrize(
    ("groups", "link"),
    [
        ([("Andalucía", [("Málaga", "España"), ("Almería", "España"), ("Huelva", "España")]),
          ("Norte de África", [("Tánger", "Marruecos"), ("Orán", "Argelia")])], "Ver ficha"),
        ([("Nord", [("Torino", "Italia"), ("Genova", "Italia"), ("Trieste", "Italia")]),
          ("Balcani", [("Spalato", "Croazia")]),
          ("Levante", [("Smirne", "Turchia"), ("Beirut", "Libano")])], "Scheda"),
    ],
)  # fmt: skip
def test_a_small_group_of_linked_cards_under_its_heading_is_joined_as_the_others(
    groups: list[tuple[str, list[tuple[str, str]]]], link: str
) -> None:
    """A directory of cards under group headings, each card ended by the same link ('Ver
    ficha'), one group of fewer cards than a directory needs: its cards are the
    directory's too, read as the others (the heading between the groups parts no run of
    linked cards)."""
    lines: list[str] = []
    for heading, cards in groups:
        lines += [heading, ""]
        for town, country in cards:
            lines += [town, f"{country} · Miembro desde 2019", link, ""]
    joined = [row for row in cards_joined(lines) if "\t" in row]
    assert joined == [f"{t}\t{c}\tMiembro desde 2019" for _, cards in groups for t, c in cards]


def test_cards_with_contacts_and_websites_are_read_by_their_first_field(
    data: store.AtlasData,
) -> None:
    """Cards of a town, its region, its population, a contact and a website ('Brno' /
    'Jihomoravský kraj' / '380 000 obyvatel' / 'Kontakt: Jana Nováková' / 'brno.cz'): each
    a record named by its first field, its other fields describing it; a search form's
    labelled lines over the cards ('Kraj: všechny kraje') are none of the list."""
    cards = [
        ("Brno", "Jihomoravský kraj", "380 000", "Jana Nováková", "brno.cz"),
        ("Olomouc", "Olomoucký kraj", "100 000", "Petr Svoboda", "olomouc.eu"),
        ("Ostrava", "Moravskoslezský kraj", "280 000", "Eva Dvořáková", "ostrava.cz"),
        ("Tábor", "Jihočeský kraj", "36 000", "Karel Černý", "taborcz.eu"),
    ]
    grid = "".join(f"{c}\n{r}\n{n} obyvatel\nKontakt: {p}\n{w}\n\n" for c, r, n, p, w in cards)
    head = "Členská města\n\nKraj: všechny kraje\nŘadit: abecedně\n\n"
    page = HEAD + head + grid + "Sdílet\n"
    assert _coded(_read_with(data, page, GAZETTEER)) == [
        ("Brno", "CZ"), ("Olomouc", "CZ"), ("Ostrava", "CZ"), ("Tábor", "CZ"),
    ]  # fmt: skip
    italian = [
        ("Bologna", "Italia", "390 000", "Marco Rossi", "comune.bologna.it"),
        ("Torino", "Italia", "870 000", "Anna Bianchi", "comune.torino.it"),
        ("Palermo", "Italia", "650 000", "Luca Greco", "comune.palermo.it"),
    ]
    grid = "".join(f"{c}\n{k}\n{n} abitanti\nReferente: {p}\n{w}\n\n" for c, k, n, p, w in italian)
    page = HEAD + "Comuni aderenti\n\n" + grid + "Condividi\n"
    assert _coded(_read_with(data, page, GAZETTEER)) == [
        ("Bologna", "IT"), ("Torino", "IT"), ("Palermo", "IT"),
    ]  # fmt: skip


def _coded(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each place found with its country's code."""
    return [(city, find_country(country) or country) for city, country in found]


def test_a_region_s_label_a_colon_and_its_places_in_a_script_without_case(
    data: store.AtlasData,
) -> None:
    """'广东省：广州市、深圳市', '경기도: 수원시, 성남시': lines of a region, a colon and its
    places, in a script without case, are a list of lines (one group a line), as
    'Polska: Wrocław, Szczecin' is, not one sentence running over them: every place a
    member, no region."""
    gazetteer = gazetteer_of(
        [
            ("Guangzhou", "CN", "", 13_000_000, "广州市"),
            ("Shenzhen", "CN", "", 12_000_000, "深圳市"),
            ("Hangzhou", "CN", "", 10_000_000, "杭州市"),
            ("Ningbo", "CN", "", 8_000_000, "宁波市"),
            ("Wenzhou", "CN", "", 9_000_000, "温州市"),
            ("Chengdu", "CN", "", 16_000_000, "成都市"),
            ("Suwon", "KR", "", 1_200_000, "수원시"),
            ("Seongnam", "KR", "", 900_000, "성남시"),
            ("Busan", "KR", "", 3_400_000, "부산광역시"),
            ("Gimhae", "KR", "", 540_000, "김해시"),
            ("Changwon", "KR", "", 1_000_000, "창원시"),
            ("Jeonju", "KR", "", 650_000, "전주시"),
        ]
    )  # fmt: skip
    page = HEAD + (
        "成员城市\n\n成员城市如下（共6市）。\n\n广东省：广州市、深圳市\n"
        "浙江省：杭州市、宁波市、温州市\n四川省：成都市\n\n欢迎其他城市加入。\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "广州市", "深圳市", "杭州市", "宁波市", "温州市", "成都市"
    ]  # fmt: skip
    page = HEAD + (
        "회원 도시\n\n회원 도시는 다음과 같습니다.\n\n경기도: 수원시, 성남시\n"
        "경상남도: 김해시, 창원시\n전라북도: 전주시\n부산: 부산광역시\n\n가입 문의는 사무국으로.\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "수원시", "성남시", "김해시", "창원시", "전주시", "부산광역시"
    ]  # fmt: skip


def test_a_town_s_word_cut_short_before_its_name_under_regions_named_for_towns(
    data: store.AtlasData,
) -> None:
    """'г. Томск — Иван Петров, мэр', 'гр. Пловдив — Иван Петров, кмет': a town's word cut
    short in lower case ('г.' город, 'гр.' град, 'м.' місто) before its name is its form,
    no part of the name; the lines of regions named for their towns ('Томская область',
    'Област Варна') are the groups' headings, no members."""
    gazetteer = _with_places("Томск, Северск, Новосибирск, Бердск, Омск, Тара", "RU")
    for name in ("Пловдив", "Асеновград", "Варна", "Провадия", "Русе"):
        gazetteer = _with_place(gazetteer, name, "BG", 100_000)
    page = HEAD + (
        "Подписали:\n\nТомская область\nг. Томск — Иван Петров, мэр\n"
        "г. Северск — Анна Орлова, глава города\n\nНовосибирская область\n"
        "г. Новосибирск — Олег Сидоров, мэр\nг. Бердск — Мария Лебедева, глава города\n\n"
        "Омская область\nг. Омск — Сергей Волков, мэр\nг. Тара — Ольга Белова, глава города\n"
        "\nОбращение открыто для других городов.\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "Томск", "Северск", "Новосибирск", "Бердск", "Омск", "Тара"
    ]  # fmt: skip
    page = HEAD + (
        "Подписали:\n\nОбласт Пловдив\nгр. Пловдив — Иван Петров, кмет\n"
        "гр. Асеновград — Мария Иванова, кмет\n\nОбласт Варна\nгр. Варна — Георги Колев, кмет\n"
        "гр. Провадия — Анна Стоянова, кмет\n\nОбласт Русе\nгр. Русе — Петър Димов, кмет\n"
        "\nДекларацията е отворена за други общини.\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "Пловдив", "Асеновград", "Варна", "Провадия", "Русе"
    ]  # fmt: skip


def test_the_statement_s_place_and_date_over_its_signature_blocks_is_no_signatory(
    data: store.AtlasData,
) -> None:
    """'Cusco (Perú), 3 de mayo de 2024.' over blocks of a name in capitals and 'Alcalde de
    Arequipa – AR': the line of the place and the date the letter was signed, at the
    list's edge, where no other entry has a date, is its venue, no signatory; a signer
    whose surname is a place ('ANA TOLEDO RUIZ', 'GIULIA FIRENZE') is a person still. A
    list whose every line has its place and a date (the day each joined) keeps them all."""
    gazetteer = _with_places("Cusco, Arequipa, Puno, Tacna, Toledo", "PE")
    for name in ("Parma", "Modena", "Ferrara", "Rimini", "Firenze"):
        gazetteer = _with_place(gazetteer, name, "IT", 100_000)
    page = HEAD + (
        "CARTA DE CUSCO\n\nLos alcaldes firmantes pedimos agua para todos.\n\n"
        "Cusco (Perú), 3 de mayo de 2024.\n\nLUIS QUISPE MAMANI\nAlcalde de Arequipa – Perú\n\n"
        "ANA TOLEDO RUIZ\nAlcaldesa de Puno – Perú\n\nJORGE CHOQUE APAZA\nAlcalde de Tacna – Perú\n"
        "\nDescargue la carta en PDF\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == ["Arequipa", "Puno", "Tacna"]
    page = HEAD + (
        "CARTA DI PARMA\n\nI sindaci firmatari chiedono più treni.\n\n"
        "GIULIA FIRENZE\nSindaca di Modena (MO)\n\nMARCO BIANCHI\nSindaco di Ferrara (FE)\n\n"
        "PAOLO NERI\nSindaco di Rimini (RN)\n\nParma (PR), 12 marzo 2024.\n\n"
        "Scarica la carta in PDF\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == ["Modena", "Ferrara", "Rimini"]
    page = HEAD + (
        "Adesioni\n\nModena (MO), 12 marzo 2024\nFerrara (FE), 3 aprile 2024\n"
        "Rimini (RN), 9 maggio 2024\n\nScarica la carta in PDF\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == ["Modena", "Ferrara", "Rimini"]


def test_a_board_s_labelled_lines_over_a_gap_and_the_list_are_not_its_members(
    data: store.AtlasData,
) -> None:
    """'Vorsitz: Jan Weber, Bürgermeister der Stadt Aachen' over a blank line and a list of
    lines none of which has a label and a colon: the network's board over its list, as
    under it; the list's heading between them is no member either."""
    german = _with_places("Augsburg, Bonn, Dresden, Erlangen, Nürnberg, Potsdam", "DE")
    page = HEAD + (
        "Vorstand\nVorsitz: Jan Weber, Bürgermeister der Stadt Aachen\n"
        "Stellvertretung: Eva Roth, Stadträtin, Leipzig\n\nMitgliedsstädte (alphabetisch)\n\n"
        "Stadt Augsburg\nStadt Bonn\nStadt Dresden\nStadt Erlangen\nStadt Nürnberg\n"
        "Stadt Potsdam\n\nTeilen\n"
    )
    assert [c for c, _ in _read_with(data, page, german)] == [
        "Augsburg", "Bonn", "Dresden", "Erlangen", "Nürnberg", "Potsdam"
    ]  # fmt: skip
    spanish = _with_places("Zaragoza, Cáceres, Girona, Huesca, Lleida, Soria", "ES")
    page = HEAD + (
        "Junta directiva\nPresidenta: Ana Ruiz, alcaldesa de Bilbao\n"
        "Secretario: Luis Gil, concejal, Zaragoza\n\nCiudades miembro (por orden alfabético)\n"
        "\nAyuntamiento de Cáceres\nAyuntamiento de Girona\nAyuntamiento de Huesca\n"
        "Ayuntamiento de Lleida\nAyuntamiento de Soria\n\nCompartir\n"
    )
    assert [c for c, _ in _read_with(data, page, spanish)] == [
        "Cáceres", "Girona", "Huesca", "Lleida", "Soria"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "city"),
    [("Hlavní město ČR Praha", "Praha"), ("Hlavní město České republiky Praha", "Praha"),
     ("Glavni grad RH Zagreb", "Zagreb"), ("Glavni grad Republike Hrvatske Zagreb", "Zagreb"),
     ("Ing. Eva Malá, primátorka hlavního města ČR Prahy", "Praha")],
)  # fmt: skip
def test_a_capital_s_body_may_name_its_country_before_the_city(line: str, city: str) -> None:
    """'Hlavní město ČR Praha': a capital's body names its country, in the genitive or by
    its letters, between the word for 'city' and the city, also in the genitive after a
    mayor's title ('primátorka hlavního města ČR Prahy'); the place is the city, no name
    with the country's letters before it."""
    known = PlaceNames(lambda name: fold(name) in {"praha", "zagreb"})
    kind, entry = _classify(line, 1, known)
    assert kind == "entry"
    assert entry is not None
    assert entry.city == city


def test_a_capital_s_body_first_in_a_list_of_bodies_is_no_heading() -> None:
    """'• Hlavní město Praha – koordinátorka: ...' over '• Město Tábor – ...': a body's
    name that ends in the word for 'city' says it names a town, as 'Město Tábor' does; it
    heads no group of the lines under it."""
    known = PlaceNames(lambda name: fold(name) in {"praha", "tabor", "brno", "olomouc", "zagreb",
                                                   "split", "rijeka"})  # fmt: skip
    czech = [
        "• Hlavní město Praha – koordinátorka: Jana Malá",
        "• Město Tábor – koordinátor: Petr Novák",
        "• Statutární město Brno – koordinátorka: Eva Horská",
        "• Město Olomouc – koordinátor: Jan Dvořák",
    ]
    croatian = [
        "• Glavni grad Zagreb – koordinatorica: Ana Horvat",
        "• Grad Split – koordinator: Ivan Kovač",
        "• Grad Rijeka – koordinatorica: Maja Babić",
    ]
    for lines, cities in ((czech, {"Praha", "Tábor", "Brno", "Olomouc"}),
                          (croatian, {"Zagreb", "Split", "Rijeka"})):  # fmt: skip
        found = read_lines(["Zapojené:", "", *lines], known)
        assert found is not None
        assert {e.city for e in found.entries} == cities


@pytest.mark.parametrize(
    ("line", "city"),
    [("Vice Mayor Ann Lee, on behalf of the Mayor of Portland/ME", "Portland"),
     ("Assessore Marco Neri, in rappresentanza del sindaco di Bolzano/BZ", "Bolzano"),
     ("Concejal Ana Ruiz, en representación del alcalde de Zapopan/JAL", "Zapopan")],
)  # fmt: skip
def test_a_role_s_place_with_its_state_s_code_after_a_slash(line: str, city: str) -> None:
    """'... the Mayor of Portland/ME': a state's or province's code after a role's place and
    a slash is read as one in brackets is, not as part of the place's name."""
    known = PlaceNames(lambda name: fold(name) in {"portland", "bolzano", "zapopan"})
    kind, entry = _classify(line, 1, known)
    assert kind == "entry"
    assert entry is not None
    assert entry.city == city


@pytest.mark.parametrize(
    ("line", "city"),
    [("Ana Lima, vereadora de Habitação de Coimbra", "Coimbra"),
     ("Marta Puig, regidora de Medi Ambient de Girona", "Girona"),
     ("Joan Roca, regidor de Santiago de Compostela", "Santiago de Compostela")],
)  # fmt: skip
def test_a_councillor_s_portfolio_before_the_place_is_no_part_of_it(line: str, city: str) -> None:
    """'vereadora de Habitação de Coimbra': a councillor's portfolio of one to three
    capitalised words and 'of' stands between the role and its place, where the whole is
    no known place and the rest is ('Santiago de Compostela' is one)."""
    towns = {"coimbra", "girona", "santiago de compostela", "santiago"}
    kind, entry = _classify(line, 1, PlaceNames(lambda name: fold(name) in towns))
    assert kind == "entry"
    assert entry is not None
    assert entry.city == city


@pytest.mark.parametrize(
    ("line", "city", "region"),
    [("Ann Lee – Deputy Mayor of Portland/ME, on behalf of the Mayor", "Portland", "ME"),
     ("Hans Weber – Bürgermeister von Erlangen/BY, in Vertretung", "Erlangen", "BY"),
     ("Portland/ME, USA", "Portland", "ME")],
)  # fmt: skip
def test_a_slashed_code_before_a_comma_is_the_place_s_state(
    line: str, city: str, region: str
) -> None:
    """A state's code after a slash ends the place though a comma's clause or country
    follows ('Portland/ME, on behalf of the Mayor', 'Portland/ME, USA'): the code is the
    place's region, not a part of its name."""
    entry = read_entry(line, 1)
    assert entry is not None
    assert (entry.city, entry.region) == (city, region)


@pytest.mark.parametrize(
    ("line", "city"),
    [("Jonas Jonaitis, Kauno miesto savivaldybės meras", "Kaunas"),
     ("Vilniaus miesto savivaldybės tarybos narė Ona Onaitė", "Vilnius"),
     ("Utenos rajono savivaldybės meras Petras Petraitis", "Utena"),
     ("Mari Mets, Tartu linna volikogu esimees", "Tartu"),
     ("Harku valla vallavanem Jaan Tamm", "Harku"),
     # the body's own word in the genitive before its council's: 'savivaldybės tarybos'
     ("Eva Holm, Lundo savivaldybės tarybos pirmininkė", "Lundas"),
     # a title first, the unit 'miesto' no form before a name ('savivaldybės meras ...')
     ("Alytaus miesto savivaldybės meras Tomas Rimkus", "Alytus")],
)  # fmt: skip
def test_a_place_in_the_genitive_before_its_unit_s_word_and_a_title(line: str, city: str) -> None:
    """'Kauno miesto savivaldybės meras' (the mayor of the municipality of the city of
    Kaunas), 'Tartu linna volikogu esimees': a signer's title names the body of a place
    whose genitive stands before the word of its unit (city, district, parish), or before
    its body's own word and its council's ('Lundo savivaldybės tarybos pirmininkė'), before
    or after the person's name."""
    towns = {"kaunas", "vilnius", "utena", "tartu", "harku", "lundas", "alytus"}
    known = PlaceNames(lambda name: fold(name) in towns)
    kind, entry = _classify(line, 1, known)
    assert kind == "entry"
    assert entry is not None
    assert entry.city == city


@pytest.mark.parametrize(
    ("line", "city", "country"),
    [("Mari Mets, Tartu linna volikogu esimees (Eesti)", "Tartu", "Eesti"),
     ("Liis Kask, Pärnu linna linnapea (Estonia)", "Pärnu", "Estonia"),
     ("Anna Ozola, Jelgavas valstspilsētas domes priekšsēdētāja (Latvija)", "Jelgava", "Latvija")],
)  # fmt: skip
def test_a_genitive_title_s_place_before_its_country_in_a_bracket(
    line: str, city: str, country: str
) -> None:
    """'Name, Tartu linna volikogu esimees (Eesti)': a country's bracket after a signer's
    title that names its place by the genitive before its unit's word reads that place in
    that country, not the person and the title as one place's name."""
    known = PlaceNames(lambda name: fold(name) in {"tartu", "parnu", "jelgava"})
    kind, entry = _classify(line, 1, known)
    assert kind == "entry"
    assert entry is not None
    assert (entry.city, entry.country) == (city, country)


@pytest.mark.parametrize(
    ("rows", "cities"),
    [
        (["Gemeente              Provincie         Burgemeester          Lid sinds",
          "Gemeente Amersfoort   Utrecht           Lotte de Vries        2016",
          "Gemeente Deventer     Overijssel        Jan Bakker            2017",
          "Gemeente Enschede     Overijssel        Piet Jansen           2018",
          "Gemeente Breda        Noord-Brabant     Anna Visser           2019"],
         ["Amersfoort", "Deventer", "Enschede", "Breda"]),
        (["Stadt            Bundesland              Bürgermeister      Mitglied seit",
          "Stadt Hallein    Land Salzburg           Eva Moser          2015",
          "Stadt Wels       Land Oberösterreich     Karl Huber         2016",
          "Stadt Leoben     Land Steiermark         Anna Gruber        2018",
          "Stadt Dornbirn   Land Vorarlberg         Josef Wolf         2020"],
         ["Hallein", "Wels", "Leoben", "Dornbirn"]),
    ],
)  # fmt: skip
def test_a_table_whose_columns_runs_of_spaces_align(
    data: store.AtlasData, rows: list[str], cities: list[str]
) -> None:
    """A table copied from a PDF with its columns set by runs of spaces that start each
    column at one place in every row: its cells are read apart as a tab's would be, so the
    region's cell ('Provincie Utrecht', 'Land Salzburg') is no part of the town's name."""
    page = HEAD + "Leden / Mitglieder\n\n" + "\n".join(rows) + "\n\nDelen\n"
    assert [c for c, _ in read(data, page)] == cities


@pytest.mark.parametrize(
    ("table", "cities"),
    [
        ("Nr.  Kommune  Beitritt\n\n"
         "1   Stadt Aachen (NW)  12.03.2025\n"
         "2   Landeshauptstadt Mün-\n"
         "    chen (BY)  20.03.2025\n"
         "3   Stadt Leipzig (SN)  12.03.2025\n"
         "4   Stadt Wels (OÖ)  02.04.2025\n"
         "5   Stadt Graz (ST)  02.04.2025\n"
         "6   Stadt Lund (SK)  15.05.2025\n"
         "\n\f\n"
         "7   Stadt Hallein (SB)  15.05.2025\n"
         "8   Marktgemeinde Leoben (ST)  09.06.2025\n"
         "9   Stadt Dornbirn (VB)  09.06.2025\n",
         ["Aachen", "München", "Leipzig", "Wels", "Graz", "Lund", "Hallein", "Leoben",
          "Dornbirn"]),
        ("N°  Commune  Adhésion\n\n"
         "1   Ville de Lyon (69)  12/03/2025\n"
         "2   Ville de Gre-\n"
         "    noble (38)  12/03/2025\n"
         "3   Ville de Genève (GE)  20/03/2025\n"
         "4   Ville de Porto (PT)  02/04/2025\n"
         "5   Ville de Turin (TO)  02/04/2025\n"
         "6   Commune de Bruxelles  02/04/2025\n"
         "7   Ville de Bologna (BO)  02/04/2025\n",
         ["Lyon", "Grenoble", "Genève", "Porto", "Turin", "Bruxelles", "Bologna"]),
    ],
)  # fmt: skip
def test_a_pdf_table_s_numbered_rows_with_gaps_that_do_not_line_up(
    data: store.AtlasData, table: str, cities: list[str]
) -> None:
    """A table copied from a PDF whose cells are parted by runs of spaces that do not line
    up from row to row, each row numbered, a name cut by its line's end and run on under
    it ('Mün-' / 'chen'): every numbered row is read, the first ones and the last too."""
    page = HEAD + "Unterzeichner / Signataires\n\n" + table + "\nKontakt\n"
    assert [c for c, _ in read(data, page)] == cities


@pytest.mark.parametrize(
    ("lines", "rows"),
    [
        (["Municipio      Provincia     Alcalde",
          "Cuenca         Azuay         Ana Vega",
          "Loja           Loja          Luis Mora",
          "",
          "Página 2",
          "",
          "Municipio      Provincia     Alcalde",
          "Quito          Pichincha     Rosa Paz",
          "Mendoza        Mendoza       Juan Gil"],
         ["Municipio\tProvincia\tAlcalde", "Cuenca\tAzuay\tAna Vega", "Loja\tLoja\tLuis Mora",
          "", "Página 2", "", "", "Quito\tPichincha\tRosa Paz", "Mendoza\tMendoza\tJuan Gil"]),
        (["Comune   Regione   Sindaco",
          "Bologna   Emilia-Romagna   Matteo Lepore",
          "Accetta tutto  Rifiuta"],
         ["Comune   Regione   Sindaco",
          "Bologna   Emilia-Romagna   Matteo Lepore",
          "Accetta tutto  Rifiuta"]),
    ],
)  # fmt: skip
def test_aligned_rows_reads_a_tables_columns_and_drops_its_repeated_header(
    lines: list[str], rows: list[str]
) -> None:
    """Columns that runs of spaces start at one place in MIN_BAR_ROWS rows or more are
    cells; the header a PDF prints again atop its next page is no row; lines whose gaps do
    not line up are left as they are."""
    assert aligned_rows(lines) == rows


@pytest.mark.parametrize(
    ("rows", "cities"),
    [
        (["Nr.\tProvincie\tGemeente\tSoort\tInwoners\tLid sinds\tWebsite",
          "1\tUtrecht\tGemeente Amersfoort\tstad\t157 000\t12.03.2015\tamersfoort.nl",
          "2\tOverijssel\tGemeente Deventer\tstad\t101 000\t12.03.2015\twww.deventer.nl",
          "3\tOverijssel\tGemeente Enschede\tstad\t160 000\t05.10.2016\tenschede.nl",
          "4\tNoord-Brabant\tGemeente Breda\tstad\t185 000\t05.10.2016\thttps://breda.nl"],
         ["Amersfoort", "Deventer", "Enschede", "Breda"]),
        (["Nº\tRegión\tMunicipio\tTipo\tHabitantes\tAlta\tCorreo",
          "1\tAzuay\tMunicipio de Cuenca\turbano\t640 000\t12.03.2015\tinfo@cuenca.gob.ec",
          "2\tLoja\tMunicipio de Loja\turbano\t180 000\t12.03.2015\tloja.gob.ec",
          "3\tPichincha\tMunicipio de Quito\turbano\t2 800 000\t05.10.2016\tquito.gob.ec",
          "4\tMendoza\tMunicipio de Mendoza\turbano\t115 000\t05.10.2016\tciudaddemendoza.gob.ar"],
         ["Cuenca", "Loja", "Quito", "Mendoza"]),
    ],
)  # fmt: skip
def test_a_table_with_a_column_of_web_addresses(
    data: store.AtlasData, rows: list[str], cities: list[str]
) -> None:
    """A table copied with its tabs whose last column gives each member's web site or
    e-mail ('amersfoort.nl', 'info@cuenca.gob.ec'): the place's name in an address, in
    small letters, is no word of the page's language that would make the name a word."""
    page = HEAD + "Leden / Miembros\n\n" + "\n".join(rows) + "\n\nDelen\n"
    assert [c for c, _ in read(data, page)] == cities


@pytest.mark.parametrize(
    ("rows", "cities"),
    [
        (["国\t都市\t加盟年", "日本\t横浜市\t2012", "日本\t神戸市\t2014", "日本\t仙台市\t2016",
          "スペイン\tビルバオ (Bilbao)\t2018"],
         ["横浜市", "神戸市", "仙台市", "Bilbao"]),
        (["Land\tStadt\tBeitritt", "Österreich\tWels\t2012", "Österreich\tLeoben\t2014",
          "Niederlande\tBreda\t2016", "Tschechien\tBrno\t2018"],
         ["Wels", "Leoben", "Breda", "Brno"]),
    ],
)  # fmt: skip
def test_a_table_with_tabs_whose_first_column_names_the_country(
    data: store.AtlasData, rows: list[str], cities: list[str]
) -> None:
    """A table copied with its tabs whose first column names each row's country and its
    second the town ('日本\t横浜市\t2012', 'Österreich\tWels\t2012'): each row is the town in
    that country, in a script with no capitals too; the header row names the columns."""
    page = HEAD + "Mitglieder / 会員都市\n\n" + "\n".join(rows) + "\n\nTeilen\n"
    assert [c for c, _ in read(data, page)] == cities


@pytest.mark.parametrize(
    ("cells", "cities"),
    [
        (["Municipio", "Provincia", "Alcalde de la Ciudad", "Año",
          "Bilbao", "Bizkaia", "Ana Ruiz", "2019",
          "Madrid", "Madrid", "Luis Gil", "2020",
          "Cuenca", "Cuenca", "Eva Sanz", "2021",
          "Valencia", "Valencia", "Pau Roig", "2022",
          "Salta", "Salta", "Ana Paz", "2023",
          "Rosario", "Santa Fe", "Rita Vela", "2024"],
         ["Bilbao", "Madrid", "Cuenca", "Valencia", "Salta", "Rosario"]),
        (["Stadt", "Land", "Bürgermeister der Stadt", "Beitritt",
          "Graz", "Steiermark", "Eva Roth", "2015",
          "Salzburg", "Salzburg", "Jan Weber", "2016",
          "Wels", "Oberösterreich", "Ute Berg", "2018",
          "Leoben", "Steiermark", "Tom Kern", "2020",
          "Hallein", "Salzburg", "Ida Moser", "2021",
          "Dornbirn", "Vorarlberg", "Max Rhomberg", "2022"],
         ["Graz", "Salzburg", "Wels", "Leoben", "Hallein", "Dornbirn"]),
    ],
)  # fmt: skip
def test_a_table_one_cell_a_line_whose_head_names_a_column_of_signers_by_their_title(
    data: store.AtlasData, cells: list[str], cities: list[str]
) -> None:
    """A table copied one cell a line whose head names a column of people by their title
    ('Alcalde de la Ciudad', 'Bürgermeister der Stadt' over bare names): the title is the
    column's name, a head, not a row's mark, so the lines are read as rows and the region
    column ('Madrid', 'Salzburg') is context; printed over two pages, its head printed
    again after the page break, it is one table."""
    body = "\n".join(cells)
    page = HEAD + "Miembros / Mitglieder\n\n" + body + "\n\nCompartir\n"
    assert [c for c, _ in read(data, page)] == cities
    first, second = "\n".join(cells[:16]), "\n".join(cells[:4] + cells[16:])
    footer = "Informe anual 2024 · Jahresbericht 2024 ·"
    paged = HEAD + "Miembros / Mitglieder\n\n" + first + f"\n{footer} 4\n" + second
    paged += f"\n{footer} 5\n\nCompartir\n"
    assert [c for c, _ in read(data, paged)] == cities


@pytest.mark.parametrize(
    ("rows", "cities"),
    [
        (["Nr.   Land               Stadt                      Bürgermeister      Beitritt",
          "1     Salzburg           Stadt Hallein              Ida Moser          2012",
          "2     Steiermark         Stadt Graz                 Eva Roth           2013",
          "3     Oberösterreich     Stadt Wels                 Jan Weber          2015",
          "4     Vorarlberg         Stadt Dornbirn             Max Rhomberg       2018"],
         ["Hallein", "Graz", "Wels", "Dornbirn"]),
        (["Comune            Provincia          Regione              Sindaco",
          "Bologna           Bologna            Emilia-Romagna       Marco Neri",
          "Milan             Milano             Lombardia            Anna Salta",
          "Palermo           Palermo            Sicilia              Luca Costa",
          "Turin             Torino             Piemonte             Sara Lund"],
         ["Bologna", "Milan", "Palermo", "Turin"]),
    ],
)  # fmt: skip
def test_a_table_with_columns_aligned_by_spaces_is_read_cell_by_cell(
    data: store.AtlasData, rows: list[str], cities: list[str]
) -> None:
    """A table copied from a PDF with its columns aligned by wide gaps: each cell is read
    as a field of its own, as a tab-parted one is, so that a region's cell before the
    town's ('Salzburg      Stadt Hallein') does not run on into it, nor a signer whose
    surname is a place ('Anna Salta', 'Sara Lund') into the row's town."""
    page = HEAD + "Unterzeichner / Firmatari\n\n" + "\n".join(rows) + "\n\nTeilen\n"
    assert [c for c, _ in read(data, page)] == cities


@pytest.mark.parametrize(
    ("cells", "cities"),
    [
        (["Stadt Hallein", "Salzburg", "Ida Moser, Bürgermeisterin",
          "Stadt Graz", "Steiermark", "Eva Roth, Bürgermeisterin",
          "Stadt Wels", "Oberösterreich", "Jan Weber, Bürgermeister",
          "Stadt Leoben", "Steiermark", "Tom Kern, Bürgermeister",
          "Stadt Dornbirn", "Vorarlberg", "Max Rhomberg, Bürgermeister"],
         ["Hallein", "Graz", "Wels", "Leoben", "Dornbirn"]),
        (["Municipalidad de Rosario", "Santa Fe", "Pablo Javkin, intendente",
          "Municipalidad de Salta", "Salta", "Emiliano Durand, intendente",
          "Municipalidad de Mendoza", "Mendoza", "Ulpiano Suarez, intendente",
          "Municipalidad de Mercedes", "Corrientes", "Luis Costa, intendente"],
         ["Rosario", "Salta", "Mendoza", "Mercedes"]),
    ],
)  # fmt: skip
def test_a_table_one_cell_a_line_without_head_or_figure_by_its_column_of_signers(
    data: store.AtlasData, cells: list[str], cities: list[str]
) -> None:
    """A table copied one cell a line with no head and no figure (town, region, signer):
    its column of signers, each a name and title ('Ida Moser, Bürgermeisterin'), marks
    every row, the first too, so its lines are read as rows, and the region column
    ('Salzburg') is context, no member; nor is a signer's surname ('Costa')."""
    page = HEAD + "Unterzeichnet / Firmantes:\n\n" + "\n".join(cells) + "\n\nTeilen\n"
    assert [c for c, _ in read(data, page)] == cities


@pytest.mark.parametrize(
    ("rows", "cities"),
    [
        (["Lfd. Nr.\tKommune\tLand\tUnterzeichnet von",
          "1.\tStadt Hallein\tSalzburg\tIda Moser, Bürgermeisterin",
          "2.\tStadt Graz\tSteiermark\tEva Roth, Bürgermeisterin",
          "3.\tStadt Wels\tOberösterreich\tJan Weber, Bürgermeister",
          "4.\tStadt Dornbirn\tVorarlberg\tMax Rhomberg, Bürgermeister"],
         ["Hallein", "Graz", "Wels", "Dornbirn"]),
        (["Núm.\tMunicipio\tProvincia\tFirmante",
          "1\tMunicipalidad de Rosario\tSanta Fe\tPablo Javkin, intendente",
          "2\tMunicipalidad de Salta\tSalta\tEmiliano Durand, intendente",
          "3\tMunicipalidad de Mendoza\tMendoza\tUlpiano Suarez, intendente",
          "4\tMunicipalidad de Mercedes\tCorrientes\tLuis Costa, intendente"],
         ["Rosario", "Salta", "Mendoza", "Mercedes"]),
    ],
)  # fmt: skip
def test_a_table_with_tabs_numbered_under_a_head_with_a_column_of_signers(
    data: store.AtlasData, rows: list[str], cities: list[str]
) -> None:
    """A table copied with its tabs whose first column numbers its rows, under a head: the
    numbers column's name ('Lfd. Nr.', 'Núm.') goes with it, no place; each row's signer,
    a name and title ('Ida Moser, Bürgermeisterin'), is its context, so its comma does
    not part the row, and the region ('Salzburg') is no member."""
    page = HEAD + "Unterzeichnet / Firmantes:\n\n" + "\n".join(rows) + "\n\nTeilen\n"
    assert [c for c, _ in read(data, page)] == cities


@pytest.mark.parametrize(
    ("form", "kyrgyz"),
    [
        ("Азербайджанска република", "Киргизка република"),
        ("Азербайджанская Рэспубліка", "Кіргізская Рэспубліка"),
    ],
)
def test_a_country_s_official_name_in_its_own_wording_in_a_bracket(
    data: store.AtlasData, form: str, kyrgyz: str
) -> None:
    page = HEAD + f"Членове\n\nБаку ({form})\nГянджа ({form})\nБишкек ({kyrgyz})\n\nМеню\n"
    assert [find_country(country) for _, country in read(data, page)] == ["AZ", "AZ", "KG"]


@pytest.mark.parametrize(
    ("heading", "first", "second"),
    [
        ("Lauréats", "Premier prix", "Mention spéciale"),
        ("Vencedores", "Primeiro prémio", "Menção honrosa"),
    ],
)
def test_a_place_and_its_country_in_a_bracket_then_a_dash_and_its_project(
    data: store.AtlasData, heading: str, first: str, second: str
) -> None:
    page = HEAD + f"{heading}\n\n{first}: Grenoble (France) – Quartiers fertiles\n"
    page += f"{second}: Porto (Portugal) – Hortas de Lisboa e do Norte\n\n"
    page += f"{first}: Cuenca (Ecuador) – Barrios amigables\n"
    page += f"{second}: Mendoza (Argentina) – Calles para jugar\n"
    page += "Torino (Italia) – Strade scolastiche\n\nMenu\n"
    assert [city for city, _ in read(data, page)] == [
        "Grenoble",
        "Porto",
        "Cuenca",
        "Mendoza",
        "Torino",
    ]


@pytest.mark.parametrize(
    ("title", "mayor", "south_africa", "kenya"),
    [
        ("Signataires", "Maire", "Afrique du Sud", "Kenya"),
        ("Unterzeichner", "Bürgermeisterin", "Südafrika", "Kenia"),
    ],
)
def test_a_body_s_name_in_a_prefixed_script_or_holding_its_city_s(
    data: store.AtlasData, title: str, mayor: str, south_africa: str, kenya: str
) -> None:
    page = HEAD + f"{title}\n\n{mayor} Thandiwe Nkosi — eThekwini Municipality (Durban), "
    page += f"{south_africa}\n{mayor} Zanele Dube — uMhlathuze Municipality (Richards Bay), "
    page += f"{south_africa}\n{mayor} Joseph Odhiambo — Nairobi City County, {kenya}\n"
    page += f"{mayor} Amina Yusuf — Kisumu, {kenya}\n\nMenu\n"
    assert [city for city, _ in read(data, page)] == [
        "Durban",
        "Richards Bay",
        "Nairobi",
        "Kisumu",
    ]


@pytest.mark.parametrize(
    ("heading", "mayor", "chair"),
    [("Underskrevet af:", "borgmester", "formand"), ("Signed by:", "Mayor", "Chair")],
)
def test_an_icelandic_mayor_s_title_and_council_in_a_list_of_several_countries(
    data: store.AtlasData, heading: str, mayor: str, chair: str
) -> None:
    page = HEAD + f"{heading}\n\nMette Dahl, {mayor}, Aarhus Kommune\n"
    page += f"Anna Berg, {chair}, Lund\nJan de Vries, {mayor}, Utrecht\n"
    page += "Guðrún Jónsdóttir, borgarstjóri, Reykjavíkurborg\n"
    page += "Ásthildur Sturludóttir, bæjarstjóri, Akureyrarbær\n\nMenu\n"
    assert [city for city, _ in read(data, page)] == [
        "Aarhus",
        "Lund",
        "Utrecht",
        "Reykjavíkur",
        "Akureyrar",
    ]


@pytest.mark.parametrize(
    ("chair", "heading", "rows"),
    [
        ("Vorsitz: Eva Lind, Klimachefin, Stadt Graz", "Mitglieder",
         ["• Jan Roth, Projektleiter, Stadt Bonn", "• Ole Falk, Ingenieur, Stadt Aachen",
          "• Anna Berg, Planerin, Stadt Wien"]),
        ("Presidencia: Ana Ruiz, jefa de clima, Ayuntamiento de Bilbao", "Miembros",
         ["• Luis Gil, ingeniero, Ayuntamiento de Oporto",
          "• Rita Lobo, técnica, Ayuntamiento de Bonn",
          "• Rui Costa, asesor, Ayuntamiento de Graz"]),
    ],
)  # fmt: skip
def test_the_word_members_alone_in_other_languages_heads_the_list(
    chair: str, heading: str, rows: list[str]
) -> None:
    """'Mitglieder', 'Miembros', 'Medlemmer' alone on a line head the members under them as
    'Members' does: the word names no place, though no gazetteer knows it either."""
    known = PlaceNames(
        lambda name: fold(name) in {"aachen", "graz", "bonn", "wien", "bilbao", "oporto"}
    )
    assert _classify(heading, 1, known) == ("heading", None)
    found = read_lines(["Arbeitsgruppe", "", chair, "", heading, "", *rows, "", "Kontakt."], known)
    assert found is not None
    assert heading not in [e.city for e in found.entries]


@pytest.mark.parametrize(
    "rows",
    [
        [
            "Ville / Commune\tRégion\tSignée par",
            "Ville de Lyon\tAuvergne-Rhône-Alpes\tM. Jean Roy",
            "Ville de Nantes\tPays de la Loire\tMme Anne Roux",
            "Ville de Lille\tHauts-de-France\tM. Paul Lenoir",
            "Ville de Rennes\tBretagne\tMme Lydie Morin",
        ],
        [
            "Comune / Gemeinde\tProvincia\tFirmato da",
            "Comune di Bolzano\tAlto Adige\tSig. Renzo Caramaschi",
            "Comune di Trento\tTrentino\tSig. Franco Ianeselli",
            "Comune di Merano\tAlto Adige\tSig. Dario Dal Medico",
            "Comune di Verona\tVeneto\tSig. Damiano Tommasi",
        ],
    ],
)  # fmt: skip
def test_a_header_row_that_names_the_place_column_over_a_region_column(rows: list[str]) -> None:
    """A table whose second column names regions, no country: its first row names the
    columns, its place column's name in words that name a town's kind in one language or
    more ('Ville / Commune', 'Comune / Gemeinde'), where the rows under it name places."""
    assert without_header_rows(rows) == ["", *rows[1:]]
    assert without_header_rows(rows[1:]) == rows[1:]


@pytest.mark.parametrize(
    "rows",
    [
        ["Alcalde Juan Aburto, Ayuntamiento de Bilbao | Bilboko Udala",
         "Alcaldesa Ana Ruiz, Ayuntamiento de Graz",
         "Alcalde Luis Gil, Ayuntamiento de Vitoria | Gasteizko Udala",
         "Alcaldesa Rita Lobo, Ayuntamiento de Bonn"],
        ["Maire Jean Roy, Ville de Rennes | Kêr Roazhon",
         "Maire Anne Roux, Ville de Graz",
         "Maire Paul Lenoir, Ville de Quimper | Kêr Kemper",
         "Maire Lydie Morin, Ville de Bonn"],
    ],
)  # fmt: skip
def test_a_signer_s_body_with_its_name_in_another_language_after_a_bar(rows: list[str]) -> None:
    """'Mayor X, Wellington City Council | Te Kaunihera o Pōneke': the body's name in the
    other language after a bar is the same place, no second entry, no reason to drop the
    line."""
    known = PlaceNames(
        lambda name: fold(name) in {"graz", "bonn", "bilbao", "vitoria", "rennes", "quimper"}
    )
    found = read_lines(["Firmantes", "", *rows, "", "Contacto."], known)
    assert found is not None
    assert len(found.entries) == len(rows)
    assert not {"Graz", "Bonn"} - {e.city for e in found.entries}


@pytest.mark.parametrize(
    ("heading", "code"),
    [("Pour la République du Sénégal", "SN"), ("POUR LA RÉPUBLIQUE DU MALI", "ML"),
     ("Por la República de Chile", "CL"), ("Für die Republik Österreich", "AT"),
     ("Pour la Ville de Dakar", None)],
)  # fmt: skip
def test_signing_for_a_country_over_its_signers_blocks_is_its_heading(
    heading: str, code: str | None
) -> None:
    """'Pour la République du Sénégal' over its mayors' blocks, as a treaty signs for each
    party: the country's heading; signing for a town is no country's."""
    found = heading_country(heading)
    assert (find_country(found) if found else None) == code


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Our project partners", "Partners"),
        ("Nos partenaires", "Partenaires :"),
        ("Partnerzy projektu", "Partnerzy"),
    ],
)
def test_a_group_the_page_s_title_names_is_the_page_s_list(title: str, heading: str) -> None:
    lines = ["Coordinator", "", heading, "City of Aarhus", "Denmark", "City of Bilbao", "Spain"]
    assert without_other_groups(lines, title) == lines
    assert not any(without_other_groups(lines, "Declaration of Bilbao")[2:])


@pytest.mark.parametrize(
    ("cells", "cities"),
    [
        (["Socio", "País", "Función",
          "Ciudad de Lyon", "Francia", "Socio principal",
          "Ciudad de Graz", "Austria", "Socio",
          "Ciudad de Aquisgrán", "Alemania", "Socio",
          "Ciudad de Palermo", "Italia", "Socio",
          "Universidad de Deusto", "España", "Socio científico"],
         ["Lyon", "Graz", "Aquisgrán", "Palermo"]),
        (["Uczestnik", "Kraj", "Rola",
          "Miasto Bologna", "Włochy", "Lider",
          "Miasto Milan", "Włochy", "Uczestnik",
          "Miasto Turin", "Włochy", "Uczestnik",
          "Miasto Leipzig", "Niemcy", "Uczestnik",
          "Uniwersytet Gdański", "Polska", "Uczestnik"],
         ["Bologna", "Milan", "Turin", "Leipzig"]),
    ],
)  # fmt: skip
def test_a_table_one_cell_a_line_whose_head_words_are_values_of_other_columns(
    data: store.AtlasData, cells: list[str], cities: list[str]
) -> None:
    """A table copied one cell a line whose head names its columns with words that are
    values of another column too ('Socio' over the partners, and each row's role 'Socio')
    or a place's name ('País', 'Kraj', towns somewhere): a column's name is a value only in
    its own column, and a country column's head is no country."""
    page = HEAD + "Socios / Uczestnicy projektu\n\n" + "\n".join(cells) + "\n\nKontakt\n"
    assert [c for c, _ in read(data, page)][: len(cities)] == cities


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["MOBILITÀ ATTIVA",
          "Comuni con più di 500 mila abitanti: Comune di Milano (MI), con il programma "
          "Strade Scolastiche, che ha creato 84 km di percorsi sicuri.",
          "Comuni fino a 500 mila abitanti: Comune di Bologna (BO), per la rete ciclabile.",
          "",
          "CASA E RIGENERAZIONE",
          "Comuni con più di 500 mila abitanti: Comune di Torino (TO), con il programma "
          "Abitare il Centro.",
          "Comuni fino a 500 mila abitanti: Comune di Palermo (PA), per 6 mila alloggi.",
          "",
          "CLIMA",
          "Comuni con più di 500 mila abitanti: Comune di Napoli (NA), per le allerte via SMS."],
         ["Milano", "Bologna", "Torino", "Palermo", "Napoli"]),
        (["MOVILIDAD ACTIVA",
          "Municipios de más de 500 mil habitantes: Ayuntamiento de Madrid (M), con el "
          "programa Caminos Escolares, que creó 84 km de rutas seguras.",
          "Municipios de hasta 500 mil habitantes: Ayuntamiento de Bilbao (BI), por su red "
          "de carriles bici.",
          "",
          "VIVIENDA",
          "Municipios de más de 500 mil habitantes: Ayuntamiento de Valencia (V), con el "
          "programa Vivir en el Centro.",
          "Municipios de hasta 500 mil habitantes: Ayuntamiento de Aquisgrán (AC), por 6 mil "
          "viviendas."],
         ["Madrid", "Bilbao", "Valencia", "Aquisgrán"]),
    ],
)  # fmt: skip
def test_award_winners_by_category_a_label_then_the_town_and_code_then_why(
    data: store.AtlasData, lines: list[str], cities: list[str]
) -> None:
    """Winners under category headings, each line a label, the town with its province's
    code and what it won for ('...: Comune di Torino (TO), con il programma Abitare il
    Centro.'): a reading that takes a clause in lower case for a place ('con il programma
    Abitare il Centro') is no reading of a list that gives every country, so the lines are
    read with the gazetteer."""
    page = HEAD + "I vincitori / Los ganadores:\n\n" + "\n".join(lines) + "\n\nContatti\n"
    assert [c for c, _ in read(data, page)] == cities


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            ["Medlemmer", "", "Kommuner (efter region)", "", "Frederiksberg Kommune",
             "Gentofte Kommune", "", "Region Sjælland", "Roskilde Kommune", "Køge Kommune", "",
             "Region Syddanmark", "Odense Kommune", "Vejle Kommune", "Kolding Kommune", "",
             "Region Nordjylland", "Aalborg Kommune", "Hjørring Kommune", "",
             "Regioner, der er medlemmer", "Region Sjælland", "Region Nordjylland", "",
             "Kontakt: sekretariatet"],
            "Frederiksberg|Gentofte|Roskilde|Køge|Odense|Vejle|Kolding|Aalborg|Hjørring"
            "|Region Sjælland|Region Nordjylland",
        ),
        (
            ["Członkowie", "", "Samorządy według województw", "", "Miasto Stołeczne Warszawa",
             "Miasto Stołeczne Warszawa", "", "Województwo małopolskie", "Gmina Miejska Kraków",
             "Gmina Wieliczka", "", "Województwo śląskie", "Gmina Miasto Katowice",
             "Gmina Miasto Gliwice", "Gmina Miasto Rybnik", "", "Województwo pomorskie",
             "Gmina Miasto Gdańsk", "Gmina Miasto Gdynia", "", "Województwa członkowskie",
             "Województwo małopolskie", "Województwo pomorskie", "", "Kontakt: biuro"],
            "Warszawa|Warszawa|Kraków|Wieliczka|Katowice|Gliwice|Rybnik|Gdańsk|Gdynia"
            "|Województwo małopolskie|Województwo pomorskie",
        ),
        (  # a heading's region signing itself, its body's longer name under it
            ["Členské mestá", "", "Nitriansky kraj", "Mesto Levice", "Mesto Komárno", "",
             "Trenčiansky kraj", "Trenčiansky samosprávny kraj", "Mesto Prievidza",
             "Mesto Považská Bystrica", "", "Trnavský kraj", "Mesto Senica",
             "Mesto Hlohovec", "", "Kontakt: sekretariát"],
            "Levice|Komárno|Trenčiansky samosprávny kraj|Prievidza|Považská Bystrica|Senica"
            "|Hlohovec",
        ),
    ],
)  # fmt: skip
def test_regions_heading_their_towns_then_member_regions_are_headings_there(
    page: list[str], expected: str
) -> None:
    """Blocks of towns, each under a region's line ('Region Sjælland', 'Województwo
    śląskie'), then a block of the regions that are members themselves (and a block of a
    city that is its own county, 'Miasto Stołeczne Warszawa' over itself): the regions over
    towns are headings, the regions of the last block members; so is a heading over its
    region's body by a longer name ('Trenčiansky samosprávny kraj' under 'Trenčiansky
    kraj'), which signs."""
    names = set(expected.split("|"))
    found = read_member_list(page, PlaceNames(lambda name: name in names))
    assert found is not None
    assert [e.city for e in found.entries] == expected.split("|")


@pytest.mark.parametrize(
    ("page", "cities"),
    [
        (  # Slovene: 'Novo mesto', 'Ravne na Koroškem'
            "Članice po regijah\n\nKoroška\nSlovenj Gradec, Ravne na Koroškem, Dravograd\n\n"
            "Dolenjska\nNovo mesto, Trebnje\n\nPomurje\nMurska Sobota\n\n"
            "Želite postati članica? Pišite nam in pomagali vam bomo pri pristopu.\n",
            "Slovenj Gradec, Ravne na Koroškem, Dravograd, Novo mesto, Trebnje, Murska Sobota",
        ),
        (  # German: 'Rothenburg ob der Tauber'
            "Mitgliedsstädte nach Ländern\n\nBayern\n"
            "Ansbach, Rothenburg ob der Tauber, Dinkelsbühl, Feuchtwangen\n\n"
            "Hessen\nFulda, Kassel\n\nSachsen\nGörlitz, Bautzen, Zittau\n\n"
            "Sie möchten Mitglied werden? Schreiben Sie uns, wir helfen Ihnen beim Beitritt.\n",
            "Ansbach, Rothenburg ob der Tauber, Dinkelsbühl, Feuchtwangen, Fulda, Kassel, "
            "Görlitz, Bautzen, Zittau",
        ),
    ],
)
def test_a_line_of_names_keeps_a_place_with_a_word_in_lower_case(
    data: store.AtlasData, page: str, cities: str
) -> None:
    """A line of a group's members a comma parts, one of them a place the gazetteer has
    with a word in lower case that is no particle ('Novo mesto', 'Ravne na Koroškem',
    'Rothenburg ob der Tauber'): still a name each, the line's members all read."""
    code = "SI" if "Novo mesto" in cities else "DE"
    places = _with_places(cities, code)
    assert [city for city, _ in _read_with(data, HEAD + page, places)] == cities.split(", ")


def test_a_short_place_s_genitive_in_a_running_list_with_its_country_in_brackets(
    data: store.AtlasData,
) -> None:
    """A place of two letters makes a genitive of three (Ukrainian and Serbian 'Оша', Ош),
    too short to read from a word alone; where the page gives the entry's country in a
    bracket and the word is no place there, the word without its case's vowel is that
    country's place, in a list the gazetteer reads (a clause in lower case among its
    items)."""
    places = _with_names(GAZETTEER, "Osh", "KG", 322_000, "Ош")
    places = _with_names(places, "Karakol", "KG", 75_000, "Каракол")
    places = _with_names(places, "Bishkek", "KG", 1_000_000, "Бішкек|Бишкек")
    places = _with_names(places, "Talas", "KG", 40_000, "Талас")
    page = HEAD + (
        "Новими членами стали мерії міст Оша та Каракола (Киргизстан), Бішкека (Киргизстан), "
        "а також адміністрація міського району Талас (Киргизстан).\n"
    )
    assert [c for c, _ in _read_with(data, page, places)][:3] == ["Osh", "Karakol", "Bishkek"]
    page = HEAD + (
        "Нови чланови су постали градови Оша и Каракола (Киргистан), Бишкека (Киргистан) и "
        "управа градског округа Талас (Киргистан).\n"
    )
    assert [c for c, _ in _read_with(data, page, places)][:3] == ["Osh", "Karakol", "Bishkek"]


@pytest.mark.parametrize(
    ("page", "cities", "code", "namesake"),
    [
        (
            "Členské mestá\n\nKošice, Prešov, Poprad\n\nTrnava, Nitra\n\n"
            "Sekretariát siete: Horné námestie 3, Trnava\n",
            "Košice, Prešov, Poprad, Trnava, Nitra",
            "SK",
            "Horna",
        ),
        (
            "Mestne članice\n\nMaribor, Celje, Kranj\n\nKoper, Ptuj\n\n"
            "Pisarna mreže: Gornji trg 3, Ptuj\n",
            "Maribor, Celje, Kranj, Koper, Ptuj",
            "SI",
            "Gornja",
        ),
    ],
)
def test_a_street_address_is_no_place_s_case_form(
    data: store.AtlasData, page: str, cities: str, code: str, namesake: str
) -> None:
    """An office's address after a list ('Horné námestie 3', 'Gornji trg 3'): a name, a
    street's noun in lower case and a house number; its first word is no case form of a
    place ('Horné' is no Horna), only its town is one."""
    places = _with_place(_with_places(cities, code), namesake, "TR", 50_000)
    assert [city for city, _ in _read_with(data, HEAD + page, places)] == cities.split(", ")


@pytest.mark.parametrize(
    ("intro", "heading", "rank", "form"),
    [
        ("Ganadoras del premio:", "Categoría", "{n}.º puesto – ", "Ayuntamiento de "),
        ("Die Preisträger:", "Kategorie", "{n}. Platz – ", "Stadt "),
    ],
)
def test_places_ranked_under_category_headings_are_a_list_not_cards(
    data: store.AtlasData, intro: str, heading: str, rank: str, form: str
) -> None:
    groups = [
        ("Energie", ["Bilbao", "Utrecht", "Graz"]),
        ("Verkehr", ["Lyon", "Aarhus", "Leipzig"]),
        ("Kultur", ["Porto", "Zagreb", "Brno"]),
        ("Digital", ["Salzburg", "Breda"]),
    ]
    page = HEAD + intro + "\n\n"
    page += "\n\n".join(
        f"{heading} {name}\n"
        + "\n".join(f"{rank.format(n=n)}{form}{city}" for n, city in enumerate(cities, 1))
        for name, cities in groups
    )
    found = [city for city, _ in read(data, page + "\n\nMehr lesen\n")]
    assert found == [city for _, cities in groups for city in cities]


@pytest.mark.parametrize(
    ("heading", "long_name"),
    [("Categoría", "Medio Ambiente y Clima"), ("Kategorie", "Umwelt und Klima")],
)
def test_a_group_heading_of_several_words_like_the_other_headings_keeps_the_list(
    data: store.AtlasData, heading: str, long_name: str
) -> None:
    groups = [
        ("Energía", ["Bilbao", "Utrecht"]),
        ("Transporte", ["Lyon", "Aarhus"]),
        ("Cultura", ["Graz", "Leipzig"]),
        (long_name, ["Porto", "Zagreb"]),
        ("Digital", ["Salzburg", "Breda"]),
    ]
    page = HEAD + "\n\n".join(f"{heading} {name}\n" + "\n".join(cities) for name, cities in groups)
    found = [city for city, _ in read(data, page + "\n")]
    assert found == [city for _, cities in groups for city in cities]


@pytest.mark.parametrize(
    ("rows", "broken", "field"),
    [
        (["FRANCE", "Métropole de Lyon, Rhône", "Métropole européenne de Lille,", "Nord",
          "Nantes Métropole, Loire-Atlantique"], "Métropole européenne de Lille", "Nord"),
        (["ESPAÑA", "Ayuntamiento de Sevilla, Andalucía", "Ayuntamiento de Bilbao,", "Bizkaia",
          "Ayuntamiento de Vigo, Galicia"], "Bilbao", "Bizkaia"),
    ],
)  # fmt: skip
def test_a_field_broken_onto_a_line_of_its_own_is_the_entry_s_region(
    rows: list[str], broken: str, field: str
) -> None:
    """A copied PDF's entry broken after its comma ('Ayuntamiento de Bilbao,' / 'Bizkaia'),
    between entries that give a second field: the lone name on the next line is the
    entry's region, not a member of its own (French, Spanish)."""
    towns = {"lyon", "lille", "nantes", "sevilla", "bilbao", "vigo"}
    regions = {"rhone", "nord", "loire-atlantique", "andalucia", "bizkaia", "galicia"}
    known = PlaceNames(lambda name: fold(name) in towns | regions)
    found = read_member_list(["Miembros", "", *rows, "", "Contact: see our pages here."], known)
    assert found is not None
    assert field not in [e.city for e in found.entries]
    assert [e.region for e in found.entries if broken in e.city] == [field]


def test_linked_cards_of_assemblies_under_region_headings_in_capitals() -> None:
    """A directory of cards with no blank line between them, each an assembly named for its
    town ('Yendi Municipal Assembly', or the town in a bracket after it), its chief
    executive after a colon and an honorific, its year and the same link, a region's
    heading in capitals between some of them: each card's town is an entry; the headings,
    the executives, the years and the links none."""
    towns = {"yendi", "savelugu", "winneba", "swedru", "nkawkaw"}
    known = PlaceNames(lambda name: fold(name) in towns)
    cards = [
        ("Yendi Municipal Assembly", "Municipal Chief Executive: Hon. Mohammed Abdul-Salam"),
        ("Savelugu Municipal Assembly", "Municipal Chief Executive: Hon. Mariama Iddi"),
        ("Effutu Municipal Assembly (Winneba)", "Municipal Chief Executive: Hon. Kweku Arthur"),
        ("Agona West Municipal Assembly (Swedru)", "Municipal Chief Executive: Hon. Esi Quansah"),
        ("Kwahu West Municipal Assembly (Nkawkaw)", "District Chief Executive: Hon. Yaw Ofori"),
    ]
    headings = {0: "SAVANNAH REGION", 2: "CENTRAL REGION", 4: "EASTERN REGION"}
    lines = ["Member assemblies", ""]
    for k, (name, executive) in enumerate(cards):
        lines += [headings[k]] if k in headings else []
        lines += [name, executive, f"Member since {2015 + k}", "View profile"]
    found = read_member_list([*lines, "", "Write to the secretariat to join."], known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Yendi", "Savelugu", "Winneba", "Swedru", "Nkawkaw"]


@pytest.mark.parametrize(
    ("heading", "rows", "code"),
    [
        ("COSTA RICA", ["Municipalidad de San José", "Municipalidad de Heredia"], "CR"),
        ("NOUVELLE-ZÉLANDE", ["Conseil de Wellington", "Conseil de Nelson"], "NZ"),
        ("SRI LANKA", ["Colombo Municipal Council", "Kandy Municipal Council"], "LK"),
    ],
)  # fmt: skip
def test_a_country_s_two_word_heading_is_no_person_s_name(
    heading: str, rows: list[str], code: str
) -> None:
    """A country's heading of two words over its members ('COSTA RICA', 'SRI LANKA') reads
    as a person's name over a place by its shape alone: the country it names makes it the
    heading of the entries under it (Spanish, French, English)."""
    towns = {"san jose", "heredia", "wellington", "nelson", "colombo", "kandy", "lima"}
    known = PlaceNames(lambda name: fold(name) in towns)
    lines = ["Miembros", "", "PERÚ", "Municipalidad de Lima", "", heading, *rows]
    found = read_member_list([*lines, "", "Contact: see our pages here."], known)
    assert found is not None
    assert heading not in [s.text for s in found.skipped if "person" in s.reason]
    assert [find_country(e.country) for e in found.entries[1:]] == [code, code]


@pytest.mark.parametrize(
    ("lines", "cities"),
    [(["Nieuwe leden", "", "Noord-Holland (2)", "Vestingstad Naarden", "Gemeente Haarlem", "",
       "Gelderland (2)", "Gemeente Zutphen", "Gemeente Arnhem", "", "Zuid-Holland (2)",
       "Gemeente Leiden", "Gemeente Delft", "", "Utrecht (1)", "Gemeente Amersfoort"],
      ["Naarden", "Haarlem", "Zutphen", "Arnhem", "Leiden", "Delft", "Amersfoort"])],
)  # fmt: skip
def test_a_town_s_title_first_under_a_region_heading_is_an_entry(
    lines: list[str], cities: list[str]
) -> None:
    """'Vestingstad Naarden' first under its region's heading: a town's title ('vestingstad',
    a fortified town) says the line names a place, as a form does ('Gemeente Haarlem'): an
    entry, not the heading of the lines after it."""
    known = {fold(c) for c in cities}
    found = read_member_list(lines, PlaceNames(lambda n: fold(n) in known))
    assert found is not None
    assert [e.city for e in found.entries] == cities


@pytest.mark.parametrize(
    ("lines", "cities"),
    [(["Metropolitan Borough Council of Wirral (United Kingdom) – Mayor Jane Roe",
       "City of Leeds (United Kingdom) – Mayor Tom Ash", "City of York (United Kingdom) – "
       "Mayor Ann Lee", "City of Derby (United Kingdom) – Mayor Raj Patel"],
      ["Wirral", "Leeds", "York", "Derby"]),
     (["Comune di Bari (Italia) – Sindaco Marco Neri", "Comune di Lecce (Italia) – Sindaca "
       "Lia Russo", "Distretto Turistico di Matera (Italia) – Presidente Ugo Galli",
       "Comune di Prato (Italia) – Sindaco Elio Conti"],
      ["Bari", "Lecce", "Matera", "Prato"])],
)  # fmt: skip
def test_a_body_s_words_before_of_and_its_place_with_a_country_bracket(
    lines: list[str], cities: list[str]
) -> None:
    """'Metropolitan Borough Council of Wirral (United Kingdom) – Mayor ...': a body's name
    no list of forms holds, capitalised words and 'of' before a known place, with its
    country in a bracket and its signer after a dash: the entry is the place, in the
    bracket's country."""
    known = {fold(c) for c in cities}
    found = read_member_list(
        ["Signatories", "", *lines, ""], PlaceNames(lambda n: fold(n) in known)
    )
    assert found is not None
    assert [(e.city, len(e.codes)) for e in found.entries] == [(c, 1) for c in cities]


# Towns, and towns named like regions elsewhere ('Andalucía', Colombia; 'Toscana', Brazil).
REGIONS_IN_CAPITALS = gazetteer_of([
    ("Seville", "ES", "51", 690_000, "Sevilla"), ("Jerez de la Frontera", "ES", "51", 210_000, ""),
    ("Girona", "ES", "56", 100_000, ""), ("Lleida", "ES", "56", 140_000, ""),
    ("Cáceres", "ES", "57", 96_000, ""), ("Badajoz", "ES", "57", 150_000, ""),
    ("Andalucía", "CO", "29", 18_000, "Andalucia"), ("Extremadura", "BR", "27", 2_000, ""),
    ("Prato", "IT", "16", 190_000, ""), ("Lucca", "IT", "16", 90_000, ""),
    ("Alba", "IT", "12", 31_000, ""), ("Cuneo", "IT", "12", 56_000, ""),
    ("Toscana", "BR", "15", 1_000, ""), ("Piemonte", "BR", "15", 800, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("listing", "towns"),
    [
        (
            "ANDALUCÍA\nSevilla\nJerez de la Frontera\n\nCATALUÑA\nGirona\nLleida\n\n"
            "EXTREMADURA\nCáceres\nBadajoz\n",
            ["Sevilla", "Jerez de la Frontera", "Girona", "Lleida", "Cáceres", "Badajoz"],
        ),
        (
            "TOSCANA\nPrato\nLucca\n\nPIEMONTE\nAlba\nCuneo\n",
            ["Prato", "Lucca", "Alba", "Cuneo"],
        ),
    ],
)
def test_regions_in_capitals_heading_blocks_of_towns_are_no_signatories(
    data: store.AtlasData, listing: str, towns: list[str]
) -> None:
    """Region names in capitals, each over a block of towns written otherwise, are the
    list's headings (Spanish, Italian), though a town elsewhere bears the name."""
    page = f"{HEAD}Firmantes / Firmatari:\n\n{listing}\nGracias."
    planned = plan(data, page, REGIONS_IN_CAPITALS)
    assert list(planned.signatories["city"]) == towns


GROUPED = gazetteer_of([
    ("Lyon", "FR", "84", 500_000, ""), ("Grenoble", "FR", "84", 160_000, ""),
    ("Nice", "FR", "93", 340_000, ""), ("Toulon", "FR", "93", 170_000, ""),
    ("Marseille", "FR", "93", 870_000, ""), ("Kiel", "DE", "10", 246_000, ""),
    ("Lübeck", "DE", "10", 216_000, ""),
    ("Rostock", "DE", "12", 208_000, ""), ("Leipzig", "DE", "13", 590_000, ""),
    ("Munich", "DE", "02", 1_400_000, "München"), ("Augsburg", "DE", "02", 300_000, ""),
    ("Bilbao", "ES", "59", 345_000, ""), ("Madrid", "ES", "29", 3_200_000, ""),
    ("Valencia", "ES", "60", 800_000, ""), ("Prato", "IT", "16", 190_000, ""),
    ("Lucca", "IT", "16", 90_000, ""), ("Alba", "IT", "12", 31_000, ""),
    ("Cuneo", "IT", "12", 56_000, ""), ("Bergen", "NO", "46", 285_000, ""),
    ("Voss", "NO", "46", 14_000, ""), ("Bodø", "NO", "18", 52_000, ""),
    ("Narvik", "NO", "18", 18_000, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("listing", "towns"),
    [
        (
            "Rhône-Alpes\nVille de Lyon (2019)\nVille de Grenoble (2021)\n\n"
            "Provence et la Côte d'Azur\nVille de Nice (2020)\nVille de Toulon (2019)\n"
            "Ville de Marseille (2022)\n",
            ["Lyon", "Grenoble", "Nice", "Toulon", "Marseille"],
        ),
        (
            "Bayern\nStadt München (2019)\nStadt Augsburg (2021)\n\n"
            "Der Norden und Osten\nStadt Kiel (2020)\nHansestadt Lübeck (2019)\n"
            "Hansestadt Rostock (2022)\nStadt Leipzig (2019)\n",
            ["München", "Augsburg", "Kiel", "Lübeck", "Rostock", "Leipzig"],
        ),
    ],
)
def test_a_group_heading_with_and_between_blocks_does_not_end_the_list(
    data: store.AtlasData, listing: str, towns: list[str]
) -> None:
    """A short heading in title case with the language's 'and' and an article ('Provence
    et la Côte d'Azur', 'Der Norden und Osten'), between blocks whose first lines end alike
    ('(2019)', '(2020)'), is the list's next group's heading, not prose that ends the list
    (French, German)."""
    page = f"{HEAD}Membres / Mitglieder (année / Jahr):\n\n{listing}\nMerci."
    planned = plan(data, page, GROUPED)
    assert list(planned.signatories["city"]) == towns


@pytest.mark.parametrize(
    ("caption", "listing", "towns"),
    [
        (
            "Membri per regione (dal)",
            "Toscana\nComune di Prato (2019)\nComune di Lucca (2021)\n\n"
            "Piemonte\nComune di Alba (2020)\nComune di Cuneo (2019)\n",
            ["Prato", "Lucca", "Alba", "Cuneo"],
        ),
        (
            "Medlemmer etter region (medlem siden)",
            "Vestlandet\nBergen kommune (2019)\nVoss kommune (2021)\n\n"
            "Nord-Norge\nBodø kommune (2020)\nNarvik kommune (2022)\n",
            ["Bergen", "Voss", "Bodø", "Narvik"],
        ),
    ],
)
def test_a_list_s_caption_over_its_first_group_is_no_signatory(
    data: store.AtlasData, caption: str, listing: str, towns: list[str]
) -> None:
    """A list's caption with a bracket, a blank line over the first group ('Membri per
    regione (dal)'), is no place: its lower-case words are longer than any joining word a
    place's name has (Italian, Norwegian)."""
    page = f"{HEAD}{caption}\n\n{listing}\nGrazie."
    planned = plan(data, page, GROUPED)
    assert list(planned.signatories["city"]) == towns


@pytest.mark.parametrize(
    ("text", "parts"),
    [(" Noord- en Zuid-Hollandse Gemeenten ", ["Noord- en Zuid-Hollandse Gemeenten"]),
     (" Leiden en Delft ", ["Leiden", "Delft"]),
     (" Öster- och Västergötland ", ["Öster- och Västergötland"]),
     (" Lund och Malmö ", ["Lund", "Malmö"])],
)  # fmt: skip
def test_an_and_after_a_word_cut_at_its_hyphen_joins_two_compounds_not_two_names(
    text: str, parts: list[str]
) -> None:
    """'Noord- en Zuid-Holland', 'Öster- och Västergötland': a word that ends in a hyphen is
    the first half of a compound whose end the word after the 'and' gives; no list of two
    names, one of them 'Noord-'."""
    assert [p.strip() for p in _split_conjunctions(text) if p.strip()] == parts


@pytest.mark.parametrize(
    "page",
    [
        ["Mitglieder nach Bundesland", "", "TIROL (2)", "Gemeinde\tEinwohner\tMitglied seit",
         "Innsbruck\t131.059\t2004", "Kufstein\t19.917\t2008", "",
         "STEIERMARK (3)", "Gemeinde\tEinwohner\tMitglied seit", "Graz\t291.072\t2002",
         "Leoben\t24.645\t2006", "Kapfenberg\t22.537\t2011", "",
         "Impressum und Datenschutz dieser Seite finden Sie unten."],
        ["Soci per regione", "", "PIEMONTE (3)", "Località\tAbitanti\tAdesione",
         "Torino\t848 885\t2003", "Novara\t101 916\t2005", "Asti\t73 899\t2009", "",
         "LIGURIA (2)", "Località\tAbitanti\tAdesione", "Genova\t558 745\t2002",
         "Savona\t59 344\t2010", "",
         "Per informazioni scrivere alla segreteria della rete."],
    ],
)  # fmt: skip
def test_tables_under_counted_headings_each_with_its_header_row(page: list[str]) -> None:
    """A list of tables copied with their tabs, one a region, each under a heading that
    counts its rows ('TIROL (2)') and each with its own row naming the columns ('Gemeinde /
    Einwohner / Mitglied seit'): a header row names its columns of figures in words, where
    every row under it gives figures alone; each is no entry and ends no list, and the
    headings are no places."""
    towns = [line.split("\t")[0] for line in page if "\t" in line and line[-1].isdigit()]
    known = PlaceNames(lambda name: name in towns)
    found = read_member_list(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == towns
    rows = ["Gemeinde\tEinwohner", "Graz\t291.072", "Leoben\t24.645", "Kapfenberg\t22.537"]
    assert without_header_rows(rows) == ["", *rows[1:]]
    assert without_header_rows(rows[1:]) == rows[1:]  # a first row of figures names none


@pytest.mark.parametrize(
    "page",
    [
        ["Annuaire des membres", "", "A", "Ville d'Albi", "Ville d'Arles", "",
         "B", "Ville de Bayonne", "Communauté des Hautes Terres de Bresse", "Ville de Blois", "",
         "C", "Ville de Cahors", "Ville de Colmar", "",
         "Pour adhérer, écrivez au secrétariat du réseau."],
        ["Soci dalla A alla Z", "", "A", "Comune di Aosta", "Comune di Asti", "",
         "B", "Comune di Bergamo", "Consorzio dei Comuni del Monviso", "Comune di Biella", "",
         "C", "Comune di Cuneo", "Comune di Como", "",
         "Per aderire scrivete alla segreteria della rete, grazie."],
    ],
)  # fmt: skip
def test_a_body_s_name_under_an_index_letter_is_an_entry(page: list[str]) -> None:
    """An A-Z index of members under letter headings ('B') with a body's name among its
    towns ('Consorzio dei Comuni del Monviso'), of more words than a bare place's: a line
    shaped as a name (no sentence, no figure) between the index's entries is one of them,
    and the index read above it is not lost."""
    towns = ["Albi", "Arles", "Bayonne", "Blois", "Cahors", "Colmar"]
    towns += ["Aosta", "Asti", "Bergamo", "Biella", "Cuneo", "Como"]
    known = PlaceNames(lambda name: name in towns)
    found = read_member_list(page, known)
    assert found is not None
    body = page[8]
    assert [e.written for e in found.entries] == [
        line for line in page[3:15] if line and len(line) > 1
    ]
    assert any(e.written == body for e in found.entries)


@pytest.mark.parametrize(
    "page",
    [
        ["Assinado em Lisboa, a 3 de maio de 2024.", "",
         "Pela Câmara Municipal de Braga", "Rita Sousa", "Presidente", "",
         "Pela Câmara Municipal de Évora", "João Pires Mota",
         "Diretora Municipal de Proteção Civil, em nome da Presidente", "",
         "Pela Câmara Municipal de Faro", "Ana Lopes",
         "Diretora do Departamento de Ambiente e Clima", "",
         "Pela Câmara Municipal de Viseu", "Paulo Reis", "Presidente", "",
         "As câmaras anfitriãs não subscrevem as declarações que organizam, como é costume."],
        ["Firmato a Torino, il 4 aprile 2024.", "",
         "Per il Comune di Asti", "Marco Bianchi", "Sindaco", "",
         "Per il Comune di Biella", "Giulia Neri",
         "Coordinatrice dell Ufficio Politiche Sociali, su delega del Sindaco", "",
         "Per il Comune di Cuneo", "Paolo Verdi",
         "Dirigente del Settore Ambiente e Verde Pubblico", "",
         "Per il Comune di Novara", "Sara Rossi", "Sindaca", "",
         "Il Comune ospite, come di consueto, non sottoscrive le dichiarazioni che coordina."],
    ],
)  # fmt: skip
def test_a_signer_s_long_title_inside_parallel_blocks_does_not_end_the_list(
    page: list[str],
) -> None:
    """Signature blocks one under another, each a body's line opening as the others do
    ('Pela Câmara Municipal de X', 'Per il Comune di X'), the signer's name, then the
    title: a long title ('Diretora Municipal de Proteção Civil, em nome da Presidente') closes
    its block as the next block opens like this one, and ends no list."""
    towns = ["Braga", "Évora", "Faro", "Viseu", "Asti", "Biella", "Cuneo", "Novara"]
    known = PlaceNames(lambda name: name in towns)
    found = read_member_list(page, known)
    assert found is not None
    named = [t for t in towns if any(t in x for x in page)]
    assert [e.city for e in found.entries] == named
    by_lines = read_lines(page, known)  # the blocks read as one list, not the place finder's
    assert by_lines is not None
    assert [e.city for e in by_lines.entries] == named


@pytest.mark.parametrize(
    ("page", "members"),
    [
        (["Члени мережі", "", "Міста-члени", "Львів", "Полтава", "Вінниця", "Житомир", "",
          "Міста-спостерігачі", "Ужгород", "Чернівці", "",
          "Щоб вступити, місто надсилає заявку до секретаріату мережі."],
         ["Львів", "Полтава", "Вінниця", "Житомир"]),
        (["Članovi mreže", "", "Gradovi članovi", "Rijeka", "Osijek", "Pula", "Zadar", "",
          "Promatrači", "Grad Varaždin", "Grad Šibenik", "",
          "Za pristupanje mreži grad šalje zahtjev tajništvu."],
         ["Rijeka", "Osijek", "Pula", "Zadar"]),
    ],
)  # fmt: skip
def test_observers_under_their_own_heading_after_the_members(
    page: list[str], members: list[str]
) -> None:
    """A members' list, then a group of observers under its heading, in a word of the
    page's language alone ('Promatrači') or joined to its kind by a hyphen
    ('Міста-спостерігачі', cities-observers): the observers are no members."""
    towns = [*members, "Ужгород", "Чернівці", "Varaždin", "Šibenik"]
    found = read_member_list(page, PlaceNames(lambda name: name in towns))
    assert found is not None
    assert [e.city for e in found.entries] == members


@pytest.mark.parametrize(
    "rows",
    [
        ["Stadt\tLand\tEinwohner\tStatus", "Graz\tSteiermark\t291.072\tMitglied",
         "Linz\tOberösterreich\t210.165\tMitglied", "Villach\tKärnten\t65.069\tMitglied",
         "Wels\tOberösterreich\t63.181\tMitglied", "Dornbirn\tVorarlberg\t50.890\tBeobachter",
         "Leoben\tSteiermark\t24.645\tPartner"],
        ["Miasto\tWojewództwo\tOd roku\tStatus", "Gdynia\tpomorskie\t2012\tczłonek",
         "Lublin\tlubelskie\t2013\tczłonek", "Kielce\tświętokrzyskie\t2015\tczłonek",
         "Opole\topolskie\t2016\tczłonek", "Elbląg\twarmińsko-mazurskie\t2023\tobserwator",
         "Płock\tmazowieckie\t2019\tbyły członek"],
    ],
)  # fmt: skip
def test_a_table_s_rows_whose_status_cell_says_observer_or_partner(rows: list[str]) -> None:
    """A table of members with a status column ('Status': 'Mitglied', 'członek'), some of
    its rows saying another status ('Beobachter', 'Partner', 'obserwator', 'były członek',
    a former member): those rows name no members."""
    page = ["Mitglieder / Członkowie", "", *rows, "", "Stand: Juni 2024, alle Angaben ohne Gewähr."]
    towns = [row.split("\t")[0] for row in rows[1:]]
    found = read_member_list(page, PlaceNames(lambda name: name in towns))
    assert found is not None
    assert [e.city for e in found.entries] == towns[:4]


@pytest.mark.parametrize(
    ("page", "members"),
    [
        (["Чланови мреже", "", "Градови – пуноправни чланови", "",
          "1. Град Нови Сад – градоначелник Петар Јовић", "2. Град Ниш – градоначелница Ана Ilić",
          "3. Град Крагујевац – градоначелник Марко Рајић", "",
          "Посматрачи", "Општина Пирот", "", "Секретаријат мреже налази се у Београду."],
         ["Нови Сад", "Ниш", "Крагујевац"]),
        (["Seznam členů", "", "Města – řádní členové", "",
          "1. Statutární město Brno – primátorka Jana Malá",
          "2. Statutární město Ostrava – primátor Petr Veselý",
          "3. Statutární město Plzeň – primátor Karel Novák", "",
          "Sekretariát sítě sídlí v Praze, kde se konají i valná shromáždění."],
         ["Brno", "Ostrava", "Plzeň"]),
    ],
)  # fmt: skip
def test_a_heading_that_names_the_members_status(page: list[str], members: list[str]) -> None:
    """A group's heading that names its entries' kind and status after a dash ('Města –
    řádní členové', cities – full members; 'Градови – пуноправни чланови'): a heading,
    though its first word may be a place's name somewhere, no entry."""
    towns = [*members, "Města", "Градови", "Пирот"]
    known = PlaceNames(lambda name: name in towns)
    found = read_member_list(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == members
    assert _classify(page[2], 3, known) == ("heading", None)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (["Signatory cities", "", "IRELAND", "Galway – Cllr Mary Byrne, Mayor",
          "Limerick – Cllr John Ryan, Mayor", "", "SCOTLAND (UNITED KINGDOM)",
          "Dundee – Cllr Ann Reid, Lord Provost", "Stirling – Cllr Ian Muir, Provost", "",
          "NORWAY", "Bergen – Ms Kari Lie, Mayor", "Tromsø – Mr Ola Berg, Mayor", "",
          "The secretariat will publish the minutes of the meeting next month."],
         [("Galway", "IE"), ("Limerick", "IE"), ("Dundee", "GB"), ("Stirling", "GB"),
          ("Bergen", "NO"), ("Tromsø", "NO")]),
        (["Ciudades firmantes", "", "CHILE", "Temuco – Sr. Juan Soto, alcalde",
          "Valdivia – Sra. Ana Díaz, alcaldesa", "", "PATAGONIA (ARGENTINA)",
          "Neuquén – Sr. Luis Gaido, intendente", "Bariloche – Sr. Walter Cortés, intendente",
          "", "URUGUAY", "Salto – Sr. Carlos Albisu, intendente",
          "Paysandú – Sr. Nicolás Olivera, intendente", "",
          "La secretaría publicará el acta de la reunión el próximo mes."],
         [("Temuco", "CL"), ("Valdivia", "CL"), ("Neuquén", "AR"), ("Bariloche", "AR"),
          ("Salto", "UY"), ("Paysandú", "UY")]),
    ],
)  # fmt: skip
def test_a_region_s_heading_in_capitals_with_its_country_in_brackets(
    page: list[str], expected: list[tuple[str, str]]
) -> None:
    """A list under its countries' headings in capitals ('IRELAND', 'NORWAY'), one of them
    a region's or province's with its country in brackets ('SCOTLAND (UNITED KINGDOM)'):
    that line is a heading as the others are, its country its entries', no entry."""
    towns = [town for town, _ in expected] + ["Scotland", "Patagonia"]
    found = read_member_list(page, PlaceNames(lambda name: name in towns))
    assert found is not None
    assert [(e.city, e.codes[0] if e.codes else "") for e in found.entries] == expected


def test_a_table_with_tabs_of_towns_and_their_regions_in_a_script_without_case(
    data: store.AtlasData,
) -> None:
    """A table copied with its tabs, its rows numbered, whose town column stands before its
    region's and then a year, a grade and a population ('1\t杭州市\t浙江省\t2015\t优秀\t
    12,000,000'), in a script without capital letters: each row's town is a member, as in
    'Kraków\tmałopolskie\t2015' (`_uncased_place` reads each cell); the region none."""
    gazetteer = gazetteer_of(
        [
            ("Hangzhou", "CN", "", 10_000_000, "杭州市"),
            ("Ningbo", "CN", "", 8_000_000, "宁波市"),
            ("Chengdu", "CN", "", 16_000_000, "成都市"),
            ("Guangzhou", "CN", "", 13_000_000, "广州市"),
            ("Yokohama", "JP", "", 3_700_000, "横浜市"),
            ("Kobe", "JP", "", 1_500_000, "神戸市"),
            ("Sendai", "JP", "", 1_000_000, "仙台市"),
            ("Kyoto", "JP", "", 1_400_000, "京都市"),
        ]
    )  # fmt: skip
    page = HEAD + (
        "认证城市名单\n\n序号\t城市\t省份\t首次认证\t等级\t人口\n"
        "1\t杭州市\t浙江省\t2015\t优秀\t12,000,000\n2\t宁波市\t浙江省\t2016\t良好\t9,000,000\n"
        "3\t成都市\t四川省\t2018\t优秀\t21,000,000\n4\t广州市\t广东省\t2019\t良好\t18,000,000\n"
        "\n※ 等级：优秀、良好\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "杭州市", "宁波市", "成都市", "广州市"
    ]  # fmt: skip
    page = HEAD + (
        "認定都市一覧\n\n番号\t都市\t都道府県\t認定年\t段階\t人口（人）\n"
        "1\t横浜市\t神奈川県\t2015\t上位\t3,700,000\n2\t神戸市\t兵庫県\t2016\t最優秀\t1,500,000\n"
        "3\t仙台市\t宮城県\t2018\t上位\t1,000,000\n4\t京都市\t京都府\t2019\t上位\t1,400,000\n"
        "\n※ 段階：上位、最優秀\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "横浜市", "神戸市", "仙台市", "京都市"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "rows",
    [
        ["City\tCountry\tJoined\tStatus", "Aarhus\tDenmark\t2016\tMember",
         "Bilbao\tSpain\t2012\tMember", "Bologna\tItaly\t2014\tMember",
         "Graz\tAustria\t2023\tObserver member", "Zagreb\tCroatia\t2019\tMember",
         "Lyon\tFrance\t2023\tObserver"],
        # one cell a line, the observer between the members
        ["Ville", "Pays", "Adhésion", "Statut", "Aarhus", "Danemark", "2016", "Membre",
         "Bilbao", "Espagne", "2012", "Membre", "Bologna", "Italie", "2014", "Membre",
         "Graz", "Autriche", "2023", "Membre observateur", "Zagreb", "Croatie", "2019",
         "Membre", "Lyon", "France", "2023", "Membre observateur"],
    ],
)  # fmt: skip
def test_a_table_s_rows_of_observers_beside_its_members_are_no_signatories(
    data: store.AtlasData, rows: list[str]
) -> None:
    """A table whose status column says most rows are members and a few observers
    ('Graz\tAustria\t2023\tObserver member', one cell a line too: 'Membre observateur'): the
    observers' rows are of a group that did not sign, as under an 'Observers' heading; the
    status said again down the column is no heading of a group that hides the rows after."""
    page = HEAD + "Members\n\n" + "\n".join(rows) + "\n\nObservers attend without a vote.\n"
    assert [c for c, _ in read(data, page)] == ["Aarhus", "Bilbao", "Bologna", "Zagreb"]


@pytest.mark.parametrize(
    ("observers", "partners"),
    [("옵서버 도시", "파트너"), ("オブザーバー", "パートナー"), ("المراقبون", "الشركاء")],
)
def test_headings_of_observers_and_partners_beyond_europe_s_languages(
    data: store.AtlasData, observers: str, partners: str
) -> None:
    """The headings of observers and partners in Korean, Japanese and Arabic ('옵서버 도시',
    'オブザーバー', 'المراقبون', 'الشركاء') part the groups that did not sign from the
    members above them, as 'Observers' and 'Partners' do."""
    page = HEAD + (
        "Members\n\n• Aarhus (Denmark)\n• Bilbao (Spain)\n• Bologna (Italy)\n• Zagreb (Croatia)\n"
        f"{observers}\n• Graz (Austria)\n• Lyon (France)\n{partners}\n• Porto (Portugal)\n"
    )
    assert [c for c, _ in read(data, page)] == ["Aarhus", "Bilbao", "Bologna", "Zagreb"]


@pytest.mark.parametrize(
    "lines",
    [
        ["奥胡斯市（丹麦）Aarhus", "毕尔巴鄂市（西班牙）", "博洛尼亚市（意大利）Bologna",
         "萨格勒布市（克罗地亚）Zagreb", "格拉茨市（奥地利）Graz", "里昂市（法国）Lyon"],
        ["Όρχους (Δανία) Aarhus", "Μπιλμπάο (Ισπανία)", "Μπολόνια (Ιταλία) Bologna",
         "Ζάγκρεμπ (Κροατία) Zagreb", "Γκρατς (Αυστρία) Graz", "Λυών (Γαλλία) Lyon"],
        ["Орхус (Дания) Aarhus", "Бильбао (Испания)", "Болонья (Италия) Bologna",
         "Загреб (Хорватия) Zagreb", "Грац (Австрия) Graz", "Лион (Франция) Lyon"],
    ],
)  # fmt: skip
def test_a_name_its_country_in_a_bracket_and_its_latin_spelling_after(
    data: store.AtlasData, lines: list[str]
) -> None:
    """'奥胡斯市（丹麦）Aarhus', 'Орхус (Дания) Aarhus': a town's name in the page's script, its
    country in a bracket, then the name in Latin letters, is one member, the Latin spelling
    its name and the bracket its country; a line without the Latin name reads as before."""
    page = HEAD + "Members\n\n" + "\n".join(lines) + "\n\nShare\n"
    found = read(data, page)
    latin = ["Aarhus", "Bologna", "Zagreb", "Graz", "Lyon"]
    assert [c for c, _ in found if c in latin] == latin
    assert len(found) == len(lines)


def test_vietnamese_forms_of_a_town_and_a_capital_before_the_name(data: store.AtlasData) -> None:
    """'Thị xã' (a town), 'Thị trấn' (a township) and 'Thủ đô' (the capital) before a name
    are its form, as 'Thành phố' (a city) is: no part of the name, so that a list of such
    lines reads as one."""
    page = HEAD + (
        "Danh sách hội viên\n\nThành phố Aarhus (Đan Mạch)\nThị xã Bilbao (Tây Ban Nha)\n"
        "Thị trấn Bologna (Ý)\nThủ đô Zagreb (Croatia)\nThành phố Graz (Áo)\n\nChia sẻ\n"
    )
    assert [c for c, _ in read(data, page)] == ["Aarhus", "Bilbao", "Bologna", "Zagreb", "Graz"]


COUNTED_GROUPS = gazetteer_of([
    ("Turin", "IT", "12", 870_000, "Torino"), ("Novara", "IT", "12", 100_000, ""),
    ("Asti", "IT", "12", 74_000, ""), ("Bergamo", "IT", "09", 120_000, ""),
    ("Brescia", "IT", "09", 200_000, ""), ("Florence", "IT", "16", 370_000, "Firenze"),
    ("Prato", "IT", "16", 190_000, ""), ("Kraków", "PL", "77", 780_000, ""),
    ("Tarnów", "PL", "77", 110_000, ""), ("Katowice", "PL", "83", 290_000, ""),
    ("Gliwice", "PL", "83", 180_000, ""), ("Radom", "PL", "78", 210_000, ""),
    ("Płock", "PL", "78", 120_000, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("listing", "towns"),
    [
        (
            "PIEMONTE (3)\nTorino · Novara · Asti\n\nLOMBARDIA (2)\nBergamo · Brescia\n\n"
            "REGIONE TOSCANA (2)\nFirenze · Prato\n\nMOLISE (1)\n"
            "Unione dei Comuni del Basso Molise\n",
            ["Torino", "Novara", "Asti", "Bergamo", "Brescia", "Firenze", "Prato"],
        ),
        (
            "MAŁOPOLSKA (2)\nKraków · Tarnów\n\nŚLĄSK (2)\nKatowice · Gliwice\n\n"
            "Województwo mazowieckie (2)\nRadom · Płock\n\nMAZOWSZE PŁN. (1)\n"
            "Związek Gmin Regionu Płockiego\n",
            ["Kraków", "Tarnów", "Katowice", "Gliwice", "Radom", "Płock"],
        ),
    ],
)
def test_counted_groups_over_several_names_a_line_are_read_whole(
    data: store.AtlasData, listing: str, towns: list[str]
) -> None:
    """Groups under counted headings, several names a line, whose last heading names a
    region of a country ('REGIONE TOSCANA (2)', 'Województwo mazowieckie (2)'): the whole
    list, not its last group alone, which the shapes read without the gazetteer as entries
    with a country (Italian, Polish). The towns come first; the union after them is a body
    that this gazetteer cannot confirm."""
    page = f"{HEAD}Elenco / Lista (2025):\n\n{listing}\nGrazie."
    planned = plan(data, page, COUNTED_GROUPS)
    assert list(planned.signatories["city"])[: len(towns)] == towns


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            ["Gemeinsame Erklärung", "", "Die unterzeichnenden Städte", "",
             "Stadt Kassel – der Oberbürgermeister Jan Wolf", "Stadt Marburg – die Bürgermeis-",
             "terin Eva Roth", "Stadt Fulda – der Bürgermeister Tim Lang", "",
             "Erklärung der Städte zur Wärmewende – März 2024                    2", "",
             "Stadt Gießen – die Oberbürgermeisterin Ina Kurz",
             "Stadt Hanau – der Bürgermeister Ole Berg"],
            "Kassel|Marburg|Fulda|Gießen|Hanau",
        ),
        (
            ["Declaración conjunta", "", "Los municipios firmantes", "",
             "Ayuntamiento de Huesca – el Alcalde Juan Gil", "Ayuntamiento de Soria – la Alcal-",
             "desa Ana Ruiz", "Ayuntamiento de Teruel – el Alcalde Luis Sanz", "",
             "Declaración de los municipios por el clima – mayo 2024      3", "",
             "Ayuntamiento de Burgos – la Alcaldesa Eva Mora",
             "Ayuntamiento de Lugo – el Alcalde Pablo Rey"],
            "Huesca|Soria|Teruel|Burgos|Lugo",
        ),
    ],
)  # fmt: skip
def test_a_running_line_set_apart_from_its_page_number_once_in_mid_list_is_a_page_break(
    page: list[str], expected: str
) -> None:
    """A declaration's PDF copied with one running header in mid-list, its text set apart
    from the page's number by a run of spaces (the PDF's layout, which no line of a list
    has), in German and Spanish: a page break, though the page prints it once and it names
    no title, so that the list's lines above it are read with those below."""
    towns = expected.split("|")
    assert page_breaks(page).count(PAGE_BREAK) == 1
    found = read_member_list(page, PlaceNames(lambda name: name in towns))
    assert found is not None
    assert [e.city for e in found.entries] == towns


@pytest.mark.parametrize(
    ("page", "places"),
    [
        (
            "Member cities\n\nCity of Leeds\nMayor: Anna Keller\nCity of York\n"
            "Mayor: John de Neto\nCity of Hull\nMayor: Mary Brown\nCity of Bath\n"
            "Mayor: Tom Hill\nCity of Ely\nMayor: Sue Lee\n",
            ["Leeds", "York", "Hull", "Bath", "Ely"],
        ),
        (
            "Comuni aderenti\n\nComune di Bari\nSindaco: Anna Rossi\nComune di Lecce\n"
            "Sindaco: Marco di Neto\nComune di Termoli\nSindaco: Sara Verdi\nComune di Isernia\n"
            "Sindaco: Luca Bianchi\nComune di Cosenza\nSindaco: Paolo Russo\n",
            ["Bari", "Lecce", "Termoli", "Isernia", "Cosenza"],
        ),
    ],
)
def test_a_title_a_colon_and_a_person_s_name_is_the_signer_not_an_entry(
    page: str, places: list[str]
) -> None:
    """'Mayor: Mary Brown' under 'City of Hull' is the body's signer, though a place bears
    a word of the name ('Neto')."""
    known = {"leeds", "york", "hull", "bath", "ely", "bari", "lecce", "termoli", "isernia"}
    is_place = PlaceNames(lambda name: fold(name) in known | {"cosenza", "neto"})
    found = read_member_list(page.split("\n"), is_place)
    assert found is not None
    assert [e.city for e in found.entries] == places


@pytest.mark.parametrize(
    "page",
    [
        "Villes membres\n\nFRANCE\nVille de Lyon\nVille de Lille\nVille de Nantes\n"
        "Ville de Brest\n\nMEMBRES ASSOCIÉS (SANS DROIT DE VOTE)\n"
        "Institut national des villes, Rennes\n",
        "Ciudades miembro\n\nESPAÑA\nAyuntamiento de Sevilla\nAyuntamiento de Málaga\n"
        "Ayuntamiento de Cádiz\nAyuntamiento de Huelva\n\nMiembros asociados (sin voto)\n"
        "Universidad de Jaén, Jaén\n",
    ],
)
def test_a_group_of_members_named_by_its_status_is_a_heading(page: str) -> None:
    """'Associate members (non-voting)': the word 'members' first or last, its status
    beside it and a bracket, heads a group; no entry."""
    known = {"lyon", "lille", "nantes", "brest", "rennes", "sevilla", "malaga", "cadiz"}
    is_place = PlaceNames(lambda name: fold(name) in known | {"huelva", "jaen"})
    found = read_member_list(page.split("\n"), is_place)
    assert found is not None
    assert len(found.entries) == 4
    assert all("mem" not in fold(e.city) and "miem" not in fold(e.city) for e in found.entries)


def test_counted_group_headings_under_headings_of_a_higher_level() -> None:
    """'Andalucía (3)' and 'Murcia (1)' under 'ZONA SUR', after a blank line that ends the
    group above: a group's lines end at the blank line, the heading over the next groups
    is none of its lines, and the counts still hold ('Bayern (2)' under 'SÜDEN')."""
    lines = [
        "ZONA NORTE", "Galicia (2)", "Vigo · Lugo", "Asturias (1)", "Gijón", "",
        "ZONA SUR", "Andalucía (3)", "Sevilla · Málaga · Cádiz", "Murcia (1)", "Lorca",
    ]  # fmt: skip
    assert without_counted_headings(lines) == [
        "ZONA NORTE", "", "Vigo · Lugo", "", "Gijón", "",
        "ZONA SUR", "", "Sevilla · Málaga · Cádiz", "", "Lorca",
    ]  # fmt: skip
    lines = [
        "NORDEN", "Hamburg (1)", "Hamburg", "Bremen (1)", "Bremerhaven", "",
        "SÜDEN", "Bayern (2)", "München", "Augsburg", "Hessen (1)", "Kassel",
    ]  # fmt: skip
    assert without_counted_headings(lines)[7] == ""  # 'Bayern (2)'
    uneven = ["Noord (3)", "Utrecht", "", "ZUID", "Zuid (1)", "Porto", "Oost (1)", "Enschede"]
    assert without_counted_headings(uneven) == uneven  # neither 1 nor 2 lines are 3


def test_a_place_after_its_town_s_form_is_no_bigger_place_inside_it() -> None:
    """'Stadt Frankfurt Oder', 'City of Port Louis', 'Kota Tangerang Selatan': the place
    after the form the geocoder leaves out (its name variants) is the entry's, not a bigger
    place that the first words of it name (Frankfurt, Port, Tangerang)."""
    gazetteer = gazetteer_of(
        [("Frankfurt", "DE", "", 750_000, ""), ("Frankfurt Oder", "DE", "", 57_000, ""),
         ("Tangerang", "ID", "", 1_800_000, ""), ("Tangerang Selatan", "ID", "", 1_300_000, ""),
         ("Port", "MU", "", 200_000, ""), ("Port Louis", "MU", "", 150_000, "")]
    )  # fmt: skip
    entries = [
        RawEntry(1, "Stadt Frankfurt Oder", "Stadt Frankfurt Oder", codes=("DE",)),
        RawEntry(2, "City of Port Louis", "City of Port Louis", codes=("MU",)),
        RawEntry(3, "Kota Tangerang Selatan", "Kota Tangerang Selatan", codes=("ID",)),
    ]
    assert [e.city for e in places_inside(entries, gazetteer, name_variants)] == [
        "Frankfurt Oder", "Port Louis", "Tangerang Selatan"
    ]  # fmt: skip


def test_a_state_by_its_short_name_after_a_town_is_its_region(data: store.AtlasData) -> None:
    """'Morelia, Michoacán', 'Xalapa, Veracruz', 'Providencia, Región Metropolitana': the
    short names in common use of regions ISO names at length ('Michoacán de Ocampo'), a
    town's region field as any other, in an English and a French directory."""
    gazetteer = gazetteer_of(
        [("Morelia", "MX", "", 740_000, ""), ("Xalapa", "MX", "", 440_000, ""),
         ("Saltillo", "MX", "", 800_000, ""), ("Providencia", "CL", "", 140_000, ""),
         ("Puebla", "MX", "", 1_500_000, "")]
    )  # fmt: skip
    rows = (
        "Morelia, Michoacán · {0} 2018\nXalapa, Veracruz · {0} 2023\n"
        "Saltillo, Coahuila · {0} 2019\nPuebla, Puebla · {0} 2014\n"
        "Providencia, Región Metropolitana · {0} 2013\n"
    )
    for heading, since in (("Member cities", "since"), ("Villes membres", "depuis")):
        page = HEAD + f"{heading}\n\n" + rows.format(since) + "\nShare\n"
        assert _read_with(data, page, gazetteer) == [
            ("Morelia", "Mexico"), ("Xalapa", "Mexico"), ("Saltillo", "Mexico"),
            ("Puebla", "Mexico"), ("Providencia", "Chile"),
        ]  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "cities"),
    [
        (["Land\tStadt\tUnterzeichnet von",
          "Österreich\tStadt Wels\tFrau Eva Roth, Bürgermeisterin",
          "\tStadt Leoben\tHerr Jan Weber, Bürgermeister",
          "Niederlande\tGemeente Breda\tHerr Tom Kern",
          "\tGemeente Delft\tFrau Ida Moser, Zweite Vizebürgermeisterin",
          "Tschechien\tMěsto Brno\tHerr Petr Novák"],
         [("Wels", "Österreich"), ("Leoben", "Österreich"), ("Breda", "Niederlande"),
          ("Delft", "Niederlande"), ("Brno", "Tschechien")]),
        (["País\tCiudad\tFirmante", "Argentina\tRosario\tSra. Ana Paz, Intendenta",
          "\tSalta\tSr. Luis Gil, Intendente",
          "\tMendoza\tSra. Rita Vela, Primera Teniente de Alcalde",
          "Uruguay\tMontevideo\tSra. Eva Sanz, Intendenta"],
         [("Rosario", "Argentina"), ("Salta", "Argentina"), ("Mendoza", "Argentina"),
          ("Montevideo", "Uruguay")]),
    ],
)  # fmt: skip
def test_a_table_s_empty_country_cell_continues_the_country_above(
    data: store.AtlasData, rows: list[str], cities: list[tuple[str, str]]
) -> None:
    """A table whose first column names each group's country once, its cells under it
    empty, as merged cells copy ('\tStadt Leoben\t...' under 'Österreich\tStadt Wels'):
    an empty leading cell continues the value above it, so every row is a town in that
    country, and the signer's cell is the row's context, not a place."""
    page = HEAD + "Unterzeichner / Firmantes\n\n" + "\n".join(rows) + "\n\nTeilen\n"
    assert read(data, page) == cities


@pytest.mark.parametrize(
    ("blocks", "cities"),
    [
        (["La Alcaldesa de Teruel                 El Alcalde de Huesca",
          "Eva Sanz Gil                           Luis Mora Paz",
          "",
          "El Presidente de la Diputación de Soria    La Alcaldesa de Cuenca",
          "Pedro Ruiz Vela                            Rosa Vega"],
         ["Teruel", "Huesca", "Diputación de Soria", "Cuenca"]),
        (["Der Oberbürgermeister von Jena           Die Bürgermeisterin von Gotha",
          "Thomas Berg                              Anna Keller",
          "",
          "Der Landrat des Landkreises Hof          Der Bürgermeister von Suhl",
          "Peter Roth                               Jan Weber"],
         ["Jena", "Gotha", "Landkreis Hof", "Suhl"]),  # a Landrat heads the Landkreis
    ],
)  # fmt: skip
def test_blocks_in_two_columns_keep_the_signer_s_name_apart_from_the_place(
    data: store.AtlasData, blocks: list[str], cities: list[str]
) -> None:
    """Signature blocks side by side at wide gaps, each a title that ends in its place over
    the signer's name ('El Presidente de la Diputación de Soria' over 'Pedro Ruiz Vela'):
    each block is one signer's line whose name is its own field, so that it runs on into
    no place's name ('Soria Pedro Ruiz Vela')."""
    towns = ", ".join(city.rpartition(" ")[2] for city in cities)
    places = _with_places(towns, "ES" if "Teruel" in cities else "DE")
    page = HEAD + "Firmantes / Unterzeichnet:\n\n" + "\n".join(blocks) + "\n\nCompartir\n"
    assert [c for c, _ in _read_with(data, page, places)] == cities


QUALIFIED_ROWS = [
    ("Imola", "IT", "45", 69_000, ""),
    ("Casalecchio di Reno", "IT", "45", 36_000, ""),
    ("Cefalù", "IT", "15", 14_000, ""),
    ("Bagheria", "IT", "15", 54_000, ""),
    ("Pozzuoli", "IT", "04", 76_000, ""),
    ("Bologna", "IT", "45", 390_000, ""),
    ("Palermo", "IT", "15", 650_000, ""),
    ("Heidelberg", "DE", "01", 160_000, ""),
    ("Freiburg im Breisgau", "DE", "01", 230_000, ""),
    ("Erlangen", "DE", "02", 110_000, ""),
    ("Regensburg", "DE", "02", 150_000, ""),
    ("Potsdam", "DE", "11", 180_000, ""),
    ("Plano", "US", "TX", 285_000, ""),
    ("Round Rock", "US", "TX", 120_000, ""),
    ("Eugene", "US", "OR", 175_000, ""),
    ("Gresham", "US", "OR", 114_000, ""),
    ("Boulder", "US", "CO", 105_000, ""),
    ("Castel San Pietro Terme", "IT", "45", 20_000, ""),
    ("San Giovanni in Persiceto", "IT", "45", 28_000, ""),
    ("Mülheim an der Ruhr", "DE", "07", 170_000, ""),
    ("Neustadt an der Weinstraße", "DE", "08", 53_000, ""),
    ("Jena", "DE", "15", 110_000, ""),
]
QUALIFIED_PLACES = gazetteer_of(QUALIFIED_ROWS)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # Italian: a comune, a dash and its province, which repeats down the list
            "Comuni aderenti\n\nImola – Bologna\nCasalecchio di Reno – Bologna\n"
            "Cefalù – Palermo\nBagheria – Palermo\nPozzuoli – Napoli\n",
            ["Imola", "Casalecchio di Reno", "Cefalù", "Bagheria", "Pozzuoli"],
        ),
        (  # German: a town, a dash and its Land
            "Mitgliedsstädte\n\nHeidelberg – Baden-Württemberg\n"
            "Freiburg im Breisgau – Baden-Württemberg\nErlangen – Bayern\n"
            "Regensburg – Bayern\nPotsdam – Brandenburg\n",
            ["Heidelberg", "Freiburg im Breisgau", "Erlangen", "Regensburg", "Potsdam"],
        ),
        (  # American: a city, a dash and its state's code
            "Member cities\n\nPlano – TX\nRound Rock – TX\nEugene – OR\nGresham – OR\n"
            "Boulder – CO\n",
            ["Plano", "Round Rock", "Eugene", "Gresham", "Boulder"],
        ),
    ],
)
def test_a_dash_before_a_column_of_provinces_leaves_the_town(
    data: store.AtlasData, lines: str, expected: list[str]
) -> None:
    """A list whose lines all put a first-order division after a dash, repeated down the
    list, names the town before the dash: the province is its qualifier, no place."""
    signed = plan(data, HEAD + lines, QUALIFIED_PLACES).signatories
    assert list(signed["city"]) == expected
    countries = {"Imola": "Italy", "Heidelberg": "Germany", "Plano": "United States"}
    assert set(signed["country"]) == {countries[expected[0]]}


CODED_ROWS = [
    ("Toledo", "US", "OH", 270_000, ""),
    ("Toledo", "ES", "52", 85_000, ""),
    ("León", "MX", "11", 1_500_000, ""),
    ("León", "ES", "55", 125_000, ""),
    ("Córdoba", "AR", "05", 1_400_000, ""),
    ("Córdoba", "ES", "51", 320_000, ""),
    ("Guadalajara", "MX", "14", 1_400_000, ""),
    ("Guadalajara", "ES", "54", 85_000, ""),
    ("Dublin", "IE", "L", 1_000_000, ""),
    ("Dublin", "US", "CA", 70_000, ""),
    ("Athens", "GR", "ESYE31", 660_000, ""),
    ("Athens", "US", "GA", 127_000, ""),
    ("Paris", "FR", "11", 2_100_000, ""),
    ("Paris", "US", "TX", 25_000, ""),
]


@pytest.mark.parametrize(
    ("lines", "expected", "country"),
    [
        (  # Spanish: a town, a dash and its province's code, each province once
            "Municipios adheridos\n\nToledo – TO\nLeón – LE\nCórdoba – CO\nGuadalajara – GU\n",
            ["Toledo", "León", "Córdoba", "Guadalajara"],
            "Spain",
        ),
        (  # English: a city, a slash and its state's code, each state once
            "Member cities\n\nDublin/CA\nAthens/GA\nParis/TX\nPlano/IL\n",
            ["Dublin", "Athens", "Paris", "Plano"],
            "United States",
        ),
    ],
)
def test_codes_after_every_entry_are_its_states_though_none_repeats(
    data: store.AtlasData, lines: str, expected: list[str], country: str
) -> None:
    """A list whose every entry puts a code after a dash or slash, codes one country's
    first-order divisions all share, reads each code as its entry's state or province,
    though no code repeats (a list of one town a state): Toledo in Spain, not Ohio."""
    places = gazetteer_of([*QUALIFIED_ROWS, *CODED_ROWS])
    signed = plan(data, HEAD + lines, places).signatories
    assert list(signed["city"]) == expected
    assert set(signed["country"]) == {country}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # American: cities with their states' codes, three a line in a tabbed grid
            "Member cities\n\nPlano (TX)\tRound Rock (TX)\tEugene (OR)\n"
            "Gresham (OR)\tBoulder (CO)\tPortland (OR)\nSpringfield (IL)\tChapel Hill (NC)\t"
            "Dublin (CA)\n",
            [
                "Plano",
                "Round Rock",
                "Eugene",
                "Gresham",
                "Boulder",
                "Portland",
                "Springfield",
                "Chapel Hill",
                "Dublin",
            ],
        ),
        (  # Italian: comuni with their provinces' codes, three a line
            "Comuni aderenti\n\nImola (BO)\tCasalecchio di Reno (BO)\tCefalù (PA)\n"
            "Bagheria (PA)\tCastel San Pietro Terme (BO)\tPozzuoli (NA)\n"
            "San Giovanni in Persiceto (BO)\tPalermo (PA)\tTorino (TO)\n",
            [
                "Imola",
                "Casalecchio di Reno",
                "Cefalù",
                "Bagheria",
                "Castel San Pietro Terme",
                "Pozzuoli",
                "San Giovanni in Persiceto",
                "Palermo",
                "Torino",
            ],
        ),
        (  # German: towns with their Länder's codes (BY, BB, BW, TH: also countries')
            "Mitgliedsstädte\n\nMülheim an der Ruhr (NW)\tErlangen (BY)\tPotsdam (BB)\n"
            "Neustadt an der Weinstraße (RP)\tHeidelberg (BW)\tRegensburg (BY)\n"
            "Freiburg im Breisgau (BW)\tJena (TH)\tLeipzig (SN)\n",
            [
                "Mülheim an der Ruhr",
                "Erlangen",
                "Potsdam",
                "Neustadt an der Weinstraße",
                "Heidelberg",
                "Regensburg",
                "Freiburg im Breisgau",
                "Jena",
                "Leipzig",
            ],
        ),
    ],
)
def test_a_grid_of_places_with_their_regions_codes_reads_each_cell(
    data: store.AtlasData, lines: str, expected: list[str]
) -> None:
    """A grid copied with its tabs whose cells are each a place and its state's or
    province's code in a bracket reads every cell, the code as the place's region (Oregon,
    not Spain's neighbour; Palermo's province, not Panama)."""
    places = gazetteer_of([*PLACES, *QUALIFIED_ROWS])
    signed = plan(data, HEAD + lines, places).signatories
    assert list(signed["city"]) == expected
    countries = {"Plano": "United States", "Imola": "Italy", "Mülheim an der Ruhr": "Germany"}
    assert set(signed["country"]) == {countries[expected[0]]}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # Hungarian: a town named with its form after it, 'Város' (town), 'Község'
            "Díjazottak\n\nArany fokozat – Jena Város (Vas vármegye)\n"
            "Ezüst fokozat – Leipzig Város (Zala vármegye)\n"
            "Bronz fokozat – Potsdam Község (Pest vármegye)\n",
            ["Jena", "Leipzig", "Potsdam"],
        ),
        (  # Norwegian: the form 'kommune' after the name, the county in a bracket
            "Vinnere\n\nGull – Jena kommune (Trøndelag)\nSølv – Leipzig kommune (Nordland)\n"
            "Bronse – Potsdam kommune (Viken)\n",
            ["Jena", "Leipzig", "Potsdam"],
        ),
        (  # English: a council's form after the name, the county in a bracket
            "Winners\n\nGold – Jena Town Council (Shropshire)\n"
            "Silver – Leipzig Town Council (Devon)\nBronze – Potsdam Town Council (Kent)\n",
            ["Jena", "Leipzig", "Potsdam"],
        ),
    ],
)
def test_a_grade_a_dash_and_a_town_with_its_form_and_county(
    data: store.AtlasData, lines: str, expected: list[str]
) -> None:
    """An award's list: a grade, a dash, the town's name with its form after it and its
    county in a bracket. The town is the place, not its form's word ('Város' is a hamlet's
    name somewhere too) nor its county."""
    places = gazetteer_of([*QUALIFIED_ROWS, ("Város", "MK", "", 500, "")])
    signed = plan(data, HEAD + lines, places).signatories
    assert list(signed["city"]) == expected


def test_hungarian_forms_after_a_towns_name() -> None:
    assert strip_form("Hévíz Város") == "Hévíz"
    assert strip_form("Tihany Község") == "Tihany"
    assert strip_form("Szeged Megyei Jogú Város") == "Szeged"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # German: each town's district in a bracket; Straßburg is Strasbourg's German name
            "Mitglieder\n\n• Stadt Erlangen (Mittelfranken)\n• Stadt Regensburg (Oberpfalz)\n"
            "• Stadt Heidelberg (Kurpfalz)\n• Stadt Potsdam (Havelland)\n"
            "• Stadt Straßburg (Elsass)\n",
            [
                ("Erlangen", "Germany"),
                ("Regensburg", "Germany"),
                ("Heidelberg", "Germany"),
                ("Potsdam", "Germany"),
                ("Straßburg", "France"),
            ],
        ),
        (  # Italian: each comune's area in a bracket; Nizza is Nice's Italian name
            "Comuni aderenti\n\n• Comune di Imola (Romagna)\n• Comune di Cefalù (Madonie)\n"
            "• Comune di Bagheria (Conca d'Oro)\n• Comune di Pozzuoli (Campi Flegrei)\n"
            "• Città di Nizza (Provenza)\n",
            [
                ("Imola", "Italy"),
                ("Cefalù", "Italy"),
                ("Bagheria", "Italy"),
                ("Pozzuoli", "Italy"),
                ("Nizza", "France"),
            ],
        ),
    ],
)
def test_a_column_of_brackets_qualifies_the_name_before_them(
    data: store.AtlasData, lines: str, expected: list[tuple[str, str]]
) -> None:
    """A list whose entries put a district, comarca or area in a bracket after a known
    place's name reads the name before the bracket as the place, in whichever country it
    is: not a village of the list's country that the last bracket's area is named like."""
    places = gazetteer_of(
        [
            *QUALIFIED_ROWS,
            ("Strasbourg", "FR", "", 290_000, "Straßburg"),
            ("Nice", "FR", "", 340_000, "Nizza"),
            ("Elsass", "DE", "", 300, ""),  # villages named like the areas
            ("Provenza", "IT", "", 200, ""),
        ]
    )
    assert read(data, HEAD + lines, places=places) == expected


def test_lines_of_a_region_or_country_then_a_place_parted_by_an_ideographic_space(
    data: store.AtlasData,
) -> None:
    """Chinese and Korean write a list's columns with a wide space (U+3000) between them, as
    a tab would: a region or a country, then the place; numbered points ('二\u3000...') are
    no rows."""
    places = GAZETTEER
    for name, code, other in [
        ("Shenzhen", "CN", "深圳市"), ("Hangzhou", "CN", "杭州市"), ("Chengdu", "CN", "成都市"),
        ("Chiang Mai", "TH", "清迈"), ("Da Nang", "VN", "岘港"), ("Penang", "MY", "槟城"),
        ("Er", "CN", "二"),  # a numeral that names a place too
    ]:  # fmt: skip
        places = _with_names(places, name, code, 1_000_000, other)
    page = (
        "新成员城市公告\n\n2025年6月1日\n\n各城市承诺：\n一　加强城市合作。\n二　推动绿色发展。\n"
        "三　共享经验。\n\n本月有六个城市加入网络，名单如下。\n\n【国内】\n"
        "广东省　深圳市\n浙江省　杭州市\n四川省　成都市\n【国外】\n泰国　清迈\n越南　岘港\n"
        "马来西亚　槟城\n\n欢迎各城市参加年会。\n"
    )
    assert _read_with(data, page, places) == [
        ("深圳市", "China"), ("杭州市", "China"), ("成都市", "China"),
        ("清迈", "Thailand"), ("岘港", "Vietnam"), ("槟城", "Malaysia"),
    ]  # fmt: skip
    places = GAZETTEER
    for name, code, other in [
        ("Chiang Mai", "TH", "치앙마이"), ("Da Nang", "VN", "다낭"), ("Penang", "MY", "페낭"),
    ]:  # fmt: skip
        places = _with_names(places, name, code, 1_000_000, other)
    page = (
        "신규 회원 도시 안내\n\n2025년 6월 1일\n\n새로 가입한 도시는 다음과 같다.\n\n"
        "태국　치앙마이\n베트남　다낭\n말레이시아　페낭\n\n총회에 초대합니다.\n"
    )
    found = [(city, find_country(country)) for city, country in _read_with(data, page, places)]
    assert found == [("치앙마이", "TH"), ("다낭", "VN"), ("페낭", "MY")]


@pytest.mark.parametrize(
    "statuses",
    [
        ("Membre titulaire", "Membre titulaire", "Membre associé", "Membre titulaire"),
        ("Miembro pleno", "Miembro pleno", "Miembro pleno", "Miembro asociado"),
    ],
)
def test_a_status_after_every_entry_s_dash_is_a_column_no_place(
    data: store.AtlasData, statuses: tuple[str, ...]
) -> None:
    """A field that ends every line of a directory after a dash, a member's category, is a
    column: not the place, whichever body the line names before it."""
    bodies = ["Ville de Lyon", "Ayuntamiento de Bilbao", "Câmara Municipal do Porto", "Graz"]
    page = HEAD + "Nos membres\n\n"
    page += "".join(f"{body} – {status}\n" for body, status in zip(bodies, statuses, strict=True))
    assert read(data, page) == [
        ("Lyon", "France"),
        ("Bilbao", "Spain"),
        ("Porto", "Portugal"),
        ("Graz", "Austria"),
    ]


@pytest.mark.parametrize(
    ("members", "cities"),
    [
        (
            "Ville de Lyon\nVille de Grenoble\nAssociation des Maires de Rhône-Alpes\nGraz\n",
            ["Lyon", "Grenoble", "Graz"],
        ),
        (
            "Ayuntamiento de Bilbao\nAsociación de Municipios del Norte\nAyuntamiento de Madrid\n"
            "Banco Municipal de Crédito\nAyuntamiento de Valencia\n",
            ["Bilbao", "Madrid", "Valencia"],
        ),
    ],
)
def test_an_association_or_a_bank_among_members_is_no_place_nor_ends_the_list(
    data: store.AtlasData, members: str, cities: list[str]
) -> None:
    page = HEAD + "Members\n\n" + members
    assert [city for city, _ in read(data, page)] == cities


@pytest.mark.parametrize(
    "lines",
    [
        (
            "Lyon – Président du Conseil Exécutif Jean Dupont",
            "Grenoble – Maire Claire Martin",
            "Graz – Maire Anna Berger",
        ),
        (
            "Bilbao – Presidente del Consejo Ejecutivo Juan Pérez",
            "Madrid – Alcaldesa Ana López",
            "Valencia – Alcalde Pedro Gil",
        ),
    ],
)
def test_a_place_before_a_dash_and_a_title_of_a_body_s_board_is_the_place(
    data: store.AtlasData, lines: tuple[str, ...]
) -> None:
    """'City – Chair of the Executive Board Name': the title's 'of' names the council's
    board, no place; the known place before the dash is the signatory."""
    page = HEAD + "Signed,\n\n" + "\n".join(lines) + "\n"
    assert [city for city, _ in read(data, page)] == [line.split(" – ")[0] for line in lines]


@pytest.mark.parametrize(
    ("heading", "name"),
    [("HONG KONG (CHINE)", "HONG KONG"), ("PUERTO RICO (ESTADOS UNIDOS)", "PUERTO RICO"),
     ("GROENLÂNDIA (DINAMARCA)", "GROENLÂNDIA"), ("Bangui (Centrafrique)", None),
     ("Lyon (France)", None), ("Nederland (Verenigde Staten)", None)],
)  # fmt: skip
def test_a_territory_s_heading_with_its_sovereign_in_a_bracket_is_a_country_s(
    heading: str, name: str | None
) -> None:
    """A country's heading in capitals may name the state it belongs to in a bracket ('HONG
    KONG (CHINE)'): a heading of the territory, as a town with its country's is not, though
    named like a country ('Nederland (Verenigde Staten)', a town of Colorado)."""
    assert heading_country(heading) == name


@pytest.mark.parametrize(
    ("heading", "name"),
    [("España (Cataluña)", "España"), ("Deutschland (Bayern)", "Deutschland"),
     ("Belgique (Wallonie) :", "Belgique"), ("Mexico (Missouri)", None),
     ("Jordan (MN)", None)],
)  # fmt: skip
def test_a_country_s_heading_with_one_of_its_regions_in_a_bracket_is_the_country_s(
    heading: str, name: str | None
) -> None:
    """A country's heading may name the part of it its places are in, in a bracket
    ('España (Cataluña)'): a heading of the country; a town named like a country, with
    another country's state in its bracket ('Mexico (Missouri)'), is no heading."""
    assert heading_country(heading) == name


CITY_STATES = gazetteer_of(
    [
        ("Madrid", "ES", "", 3_200_000, ""),
        ("Bilbao", "ES", "", 345_000, ""),
        ("Lyon", "FR", "", 500_000, ""),
        ("Grenoble", "FR", "", 160_000, ""),
        ("Singapore", "SG", "", 5_600_000, ""),
        ("Monaco", "MC", "", 38_000, ""),
    ]
)


@pytest.mark.parametrize(
    ("members", "cities"),
    [
        (
            "ESPAÑA\nAyuntamiento de Madrid\nAyuntamiento de Bilbao\nSINGAPUR\n"
            "Oficina de Asuntos Municipales\n",
            ["Madrid", "Bilbao", "Singapore"],
        ),
        (
            "FRANCE\nVille de Lyon\nVille de Grenoble\nMONACO\n"
            "Direction des Affaires Municipales\n",
            ["Lyon", "Grenoble", "Monaco"],
        ),
    ],
)
def test_a_municipal_body_under_a_city_state_s_heading_is_the_city(
    data: store.AtlasData, members: str, cities: list[str]
) -> None:
    """Under a country's heading that is a city too (Singapore, Monaco), a municipal body
    naming no place is the city's own: the member is the city."""
    page = HEAD + "Membres\n\n" + members + "\n© 2024\n"
    signed = plan(data, page, CITY_STATES).signatories
    assert list(signed["city"]) == cities


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # English: a council's name, its leader's title, then the leader
            "Leeds City Council Leader Jordan Hull\nBristol City Council Leader Chester Kent\n"
            "York City Council Leader Lincoln Bath\nDerby City Council Leader Clare Ely\n",
            ["Leeds", "Bristol", "York", "Derby"],
        ),
        (  # Estonian: the town, 'linnapea' (mayor), then the mayor, given names like towns
            "Tartu linnapea Urmas Rakvere\nPärnu linnapea Elva Kask\n"
            "Narva linnapea Paide Tamm\nViljandi linnapea Kärdla Saar\n",
            ["Tartu", "Pärnu", "Narva", "Viljandi"],
        ),
        (  # Hungarian: the town, 'polgármestere' (its mayor), then the mayor
            "Pécs polgármestere Szeged Péter\nGyőr polgármestere Eger Anna\n"
            "Sopron polgármestere Baja Gábor\nVác polgármestere Tata Éva\n",
            ["Pécs", "Győr", "Sopron", "Vác"],
        ),
        (  # Estonian, numbered 'N)': the number before the town is no word of the line
            "1) Tartu linnapea Urmas Rakvere\n2) Pärnu linnapea Elva Kask\n"
            "3) Narva linnapea Paide Tamm\n4) Viljandi linnapea Kärdla Saar\n",
            ["Tartu", "Pärnu", "Narva", "Viljandi"],
        ),
        (  # Hungarian, numbered 'N.'
            "1. Pécs polgármestere Szeged Péter\n2. Győr polgármestere Eger Anna\n"
            "3. Sopron polgármestere Baja Gábor\n4. Vác polgármestere Tata Éva\n",
            ["Pécs", "Győr", "Sopron", "Vác"],
        ),
    ],
)
def test_a_title_after_its_place_parts_it_from_the_holder(lines: str, expected: list[str]) -> None:
    """'Place Title Name' lines: the title (a word of the list's frame or a known title)
    stands between the place it follows and its holder, whose names are no places though
    the gazetteer knows towns so named ('Jordan Hull', 'Elva Kask', 'Eger Anna')."""
    towns = {"leeds", "bristol", "york", "derby", "hull", "kent", "lincoln", "bath", "ely",
             "chester", "jordan", "clare", "tartu", "parnu", "narva", "viljandi", "rakvere",
             "elva", "paide", "kardla", "pecs", "gyor", "sopron", "vac", "szeged", "eger",
             "baja", "tata"}  # fmt: skip
    known = PlaceNames(lambda name: fold(name) in towns)
    page = ["Signatories:", "", *lines.splitlines(), "", "Share"]
    found = read_member_list(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # Polish: voivodeships over their towns, one a member itself, named again
            ["Członkowie sieci", "", "Województwo małopolskie", "Miasto Kraków", "Miasto Tarnów",
             "", "Województwo śląskie", "Województwo śląskie", "Miasto Katowice", "Miasto Gliwice",
             "", "Województwo pomorskie", "Miasto Gdańsk", "Miasto Sopot", "", "Udostępnij"],
            "Kraków|Tarnów|Województwo śląskie|Katowice|Gliwice|Gdańsk|Sopot",
        ),
        (  # Italian: provinces over their comuni, two of them members, named again
            ["Enti aderenti", "", "Provincia di Cuneo", "Provincia di Cuneo", "Comune di Alba",
             "Comune di Bra", "", "Provincia di Torino", "Comune di Ivrea", "Comune di Chieri",
             "", "Provincia di Novara", "Comune di Arona", "Comune di Oleggio", "",
             "Provincia di Asti", "Provincia di Asti", "Comune di Nizza Monferrato", "",
             "Condividi"],
            "Provincia di Cuneo|Alba|Bra|Ivrea|Chieri|Arona|Oleggio|Provincia di Asti|"
            "Nizza Monferrato",
        ),
    ],
)  # fmt: skip
def test_a_region_heading_over_its_own_body_as_a_member(page: list[str], expected: str) -> None:
    """Blocks each headed by a region's body over its towns: a heading followed by entries
    is a heading, and the same line again among its block's entries is the region as a
    member ('Województwo śląskie' over 'Województwo śląskie', 'Miasto Katowice')."""
    members = expected.split("|")
    towns = {"Kraków", "Tarnów", "Katowice", "Gliwice", "Gdańsk", "Sopot", "Alba", "Bra",
             "Ivrea", "Chieri", "Arona", "Oleggio", "Nizza Monferrato", "Cuneo", "Torino",
             "Novara", "Asti"}  # fmt: skip
    found = read_member_list(page, PlaceNames(lambda name: name in towns))
    assert found is not None
    assert [e.city for e in found.entries] == members


def test_a_greek_verb_of_hosting_drops_its_part_of_the_sentence() -> None:
    """Greek 'φιλοξένησε' (hosted), 'φιλοξενήθηκε' (was hosted): the host is no signatory,
    as the noun 'οικοδεσπότης' says it."""
    greek = "Στη συνάντηση, που φιλοξένησε ο Δήμος Πάτρας, υπογράφηκε η δήλωση."
    assert "Πάτρας" not in without_roles(greek)


def test_a_word_for_except_is_a_whole_word_not_the_start_of_a_place_s_name() -> None:
    """Czech 'kromě' (except) drops its part of a sentence; 'Kroměříž', 'Kroměříže' start
    with its letters and are a signatory's name, kept."""
    czech = "Výzvu podepsali starosta Písku Martin Hrubý a starostka Kroměříže Lenka Dvořáková."
    assert without_roles(czech) == czech
    english = "Signed by Brno, Olomouc and Kroměříž, hosted by Zlín."
    assert without_roles(english) == "Signed by Brno, Olomouc and Kroměříž"


def test_places_a_comma_parts_under_region_headings_in_a_script_without_case(
    data: store.AtlasData,
) -> None:
    """'广东省' over '广州市、深圳市', '경기도' over '수원시, 성남시': a region's heading on its
    own line, then its places a comma (or '、') parts, in a script without capitals: every
    place a member, though no capital marks a name, and no heading one."""
    gazetteer = gazetteer_of(
        [
            ("Guangzhou", "CN", "", 13_000_000, "广州市"),
            ("Shenzhen", "CN", "", 12_000_000, "深圳市"),
            ("Hangzhou", "CN", "", 10_000_000, "杭州市"),
            ("Ningbo", "CN", "", 8_000_000, "宁波市"),
            ("Chengdu", "CN", "", 16_000_000, "成都市"),
            ("Suwon", "KR", "", 1_200_000, "수원시"),
            ("Seongnam", "KR", "", 900_000, "성남시"),
            ("Gimhae", "KR", "", 540_000, "김해시"),
            ("Changwon", "KR", "", 1_000_000, "창원시"),
            ("Jeonju", "KR", "", 650_000, "전주시"),
        ]
    )  # fmt: skip
    page = HEAD + (
        "成员城市\n\n目前共有5个成员城市（按省排列）。\n\n广东省\n广州市、深圳市\n\n"
        "浙江省\n杭州市、宁波市\n\n四川省\n成都市\n\n欢迎其他城市加入。\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "广州市", "深圳市", "杭州市", "宁波市", "成都市"
    ]  # fmt: skip
    page = HEAD + (
        "회원 도시\n\n회원 도시는 다음과 같습니다.\n\n경기도\n수원시, 성남시\n\n"
        "경상남도\n김해시, 창원시\n\n전라북도\n전주시\n\n가입 문의는 사무국으로 해 주십시오.\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "수원시", "성남시", "김해시", "창원시", "전주시"
    ]  # fmt: skip


def test_a_country_a_colon_and_places_the_arabic_comma_parts(data: store.AtlasData) -> None:
    """'ایران: تهران، اصفهان، شیراز' (Persian), 'ישראל: חיפה, אילת, באר שבע' (Hebrew): a
    country, a colon and its places in a script without capitals, parted by the Arabic
    comma '،' or a comma, a name of two words too: every place a member."""
    gazetteer = gazetteer_of(
        [
            ("Tehran", "IR", "", 9_000_000, "تهران"),
            ("Isfahan", "IR", "", 2_000_000, "اصفهان"),
            ("Shiraz", "IR", "", 1_500_000, "شیراز"),
            ("Kabul", "AF", "", 4_000_000, "کابل"),
            ("Herat", "AF", "", 500_000, "هرات"),
            ("Haifa", "IL", "", 280_000, "חיפה"),
            ("Eilat", "IL", "", 50_000, "אילת"),
            ("Beersheba", "IL", "", 200_000, "באר שבע"),
            ("Nazareth", "IL", "", 77_000, "נצרת"),
        ]
    )  # fmt: skip
    page = HEAD + (
        "شهرهای امضاکننده:\n\nایران: تهران، اصفهان، شیراز\nافغانستان: کابل، هرات\n\n"
        "متن کامل بیانیه را دانلود کنید.\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "تهران", "اصفهان", "شیراز", "کابل", "هرات"
    ]  # fmt: skip
    page = HEAD + "הערים החתומות:\n\nישראל: חיפה, אילת, באר שבע, נצרת\n\nלהורדת ההצהרה המלאה.\n"
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "חיפה", "אילת", "באר שבע", "נצרת"
    ]  # fmt: skip


def test_a_mayor_s_title_glued_after_a_city_its_region_before_and_wide_spaces(
    data: store.AtlasData,
) -> None:
    """'浙江省杭州市市长\u3000周\u3000江山', '경상북도 포항시장\u3000박\u3000영주': the city is the
    name the title is glued to, its region glued or set before it; the cells after the
    title are its holder's name, though a town bears it (Jiangshan, Yeongju)."""
    gazetteer = gazetteer_of(
        [
            ("Hangzhou", "CN", "", 10_000_000, "杭州市"),
            ("Nanjing", "CN", "", 9_000_000, "南京市"),
            ("Chengdu", "CN", "", 16_000_000, "成都市"),
            ("Jiangshan", "CN", "", 500_000, "江山"),
            ("Pohang", "KR", "", 500_000, "포항시"),
            ("Suwon", "KR", "", 1_200_000, "수원시"),
            ("Suncheon", "KR", "", 280_000, "순천시"),
            ("Yeongju", "KR", "", 100_000, "영주"),
        ]
    )  # fmt: skip
    page = HEAD + (
        "签署者（排名不分先后）\n\n浙江省杭州市市长\u3000周\u3000江山\n"
        "江苏省南京市市长\u3000李\u3000明\n四川省成都市市长\u3000张\u3000伟\n\n声明全文（PDF）\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == ["杭州市", "南京市", "成都市"]
    page = HEAD + (
        "서명자\n\n경상북도 포항시장\u3000박\u3000영주\n수원시장\u3000김\u3000철수\n"
        "전라남도 순천시장\u3000이\u3000민호\n\n성명서 전문 (PDF)\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == ["포항시", "수원시", "순천시"]


def test_a_table_s_rows_ending_in_a_date_written_with_stops(data: store.AtlasData) -> None:
    """'1\t수원시\t시장 김철수\t2025. 11. 4.': a row's last cell a date written year,
    month and day each with its stop, as Korean writes it, ends no sentence: the row is
    a table's, its town a member, however many words its cells hold."""
    gazetteer = gazetteer_of(
        [
            ("Suwon", "KR", "", 1_200_000, "수원시"),
            ("Yongin", "KR", "", 1_000_000, "용인시"),
            ("Goyang", "KR", "", 1_000_000, "고양시"),
            ("Gumi", "KR", "", 400_000, "구미시"),
        ]
    )  # fmt: skip
    rows = [
        ("수원시", "김철수", 4),
        ("용인시", "이하나", 4),
        ("고양시", "박민준", 5),
        ("구미시", "정다은", 7),
    ]
    page = (
        HEAD
        + "참여 현황\n\n번호\t도시\t시장\t서명일\n"
        + "".join(
            f"{k}\t{city}\t시장 {name}\t2025. 11. {day}.\n"
            for k, (city, name, day) in enumerate(rows, 1)
        )
    )
    assert [c for c, _ in _read_with(data, page + "\n문의\n", gazetteer)] == [c for c, _, _ in rows]


def test_a_sentence_s_places_with_their_regions_and_an_and_glued_in_a_script_without_case(
    data: store.AtlasData,
) -> None:
    """'横浜市、神奈川県川崎市と静岡県浜松市です', '杭州市、江苏省南京市和四川省成都市':
    a sentence's places in a script without capitals, some after their region's name, the
    last two joined by the language's 'and' glued to them (と, 和) and the sentence's end
    glued after the last: each place a member, no region."""
    gazetteer = gazetteer_of(
        [
            ("Yokohama", "JP", "", 3_700_000, "横浜市"),
            ("Kawasaki", "JP", "", 1_500_000, "川崎市"),
            ("Hamamatsu", "JP", "", 800_000, "浜松市"),
            ("Hangzhou", "CN", "", 10_000_000, "杭州市"),
            ("Nanjing", "CN", "", 9_000_000, "南京市"),
            ("Chengdu", "CN", "", 16_000_000, "成都市"),
        ]
    )  # fmt: skip
    page = HEAD + (
        "新規加盟のお知らせ\n\n総会で新たに加盟したのは、横浜市、神奈川県川崎市と静岡県浜松市です。"
        "これにより会員は20都市となりました。\n\n共有\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == ["横浜市", "川崎市", "浜松市"]
    page = HEAD + (
        "新成员\n\n大会批准新加入的城市有浙江省杭州市、江苏省南京市和四川省成都市。"
        "网络成员增至30个城市。\n\n分享\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == ["杭州市", "南京市", "成都市"]


def test_a_sentence_s_places_each_after_its_region_s_short_name_and_a_space(
    data: store.AtlasData,
) -> None:
    """'神奈川 川崎市、静岡 浜松市', '浙江 杭州市、江苏 南京市': each item of a sentence's list in
    a script without capitals is a region's short name (without its form: no '県', '省'),
    a space, then its town: the town is the member, the region's name no part of it."""
    gazetteer = gazetteer_of(
        [
            ("Kawasaki", "JP", "", 1_500_000, "川崎市"),
            ("Hamamatsu", "JP", "", 800_000, "浜松市"),
            ("Sapporo", "JP", "", 1_900_000, "札幌市"),
            ("Hangzhou", "CN", "", 10_000_000, "杭州市"),
            ("Nanjing", "CN", "", 9_000_000, "南京市"),
            ("Chengdu", "CN", "", 16_000_000, "成都市"),
        ]
    )  # fmt: skip
    page = HEAD + (
        "新規加盟のお知らせ\n\n総会で新たに加盟したのは、神奈川 川崎市、静岡 浜松市、"
        "北海道 札幌市です。これにより会員は20都市となりました。\n\n共有\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == ["川崎市", "浜松市", "札幌市"]
    page = HEAD + (
        "新成员\n\n大会批准新加入的城市有浙江 杭州市、江苏 南京市、四川 成都市等3个城市。"
        "网络成员增至30个城市。\n\n分享\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == ["杭州市", "南京市", "成都市"]


def test_korean_places_each_after_a_province_s_short_name_glued_and_or_after_a_label(
    data: store.AtlasData,
) -> None:
    """'경남 김해시, 전북 전주시와 충북 청주시가', '신규 회원도시: 경기 수원시, ..., 제주
    서귀포시': a province's short name ('경남', '제주', a town's name too) before each town,
    the last after a glued 'and' (와) or a label's colon: the towns alone."""
    gazetteer = gazetteer_of(
        [
            ("Gimhae", "KR", "", 540_000, "김해시"),
            ("Jeonju", "KR", "", 650_000, "전주시"),
            ("Cheongju", "KR", "", 850_000, "청주시"),
            ("Suwon", "KR", "", 1_200_000, "수원시"),
            ("Changwon", "KR", "", 1_000_000, "창원시"),
            ("Yeosu", "KR", "", 270_000, "여수시"),
            ("Seogwipo", "KR", "", 180_000, "서귀포시"),
            ("Jeju", "KR", "", 490_000, "제주"),
        ]
    )  # fmt: skip
    page = (
        HEAD + "총회에서 경남 김해시, 전북 전주시와 충북 청주시가 협의회에 새로 가입했다.\n\n문의\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == ["김해시", "전주시", "청주시"]
    page = HEAD + "신규 회원도시: 경기 수원시, 경남 창원시, 전남 여수시, 제주 서귀포시\n\n문의\n"
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "수원시", "창원시", "여수시", "서귀포시"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "lines",
    [
        "Signataires :\nVille de Lyon (F) – Anne Roux, maire\nVille de Grenoble (F) – Paul Morel, "
        "maire\nVille de Genève (CH) – Marc Blanc, maire\nVille de Bruxelles (B) – Karim "
        "Amrani, bourgmestre\nCittà di Torino (I) – Lia Conti, sindaca\n",
        "Firmatari:\nComune di Torino (I) · Sindaca Lia Conti\nStadt Graz (A) · Bürgermeisterin "
        "Eva Kern\nStadt Leipzig (D) · Oberbürgermeister Jan Lenz\nVille de Lyon (F) · Maire "
        "Anne Roux\nStad Lund (S) · Kommunstyrelsens ordförande Eva Berg\n",
    ],
)
def test_vehicle_codes_beside_places_name_their_countries(
    data: store.AtlasData, lines: str
) -> None:
    """A list whose brackets hold the distinguishing signs of cars ('F', 'I', 'A', 'D'; the
    Vienna Convention's) names countries by them, not Argentina's provinces (AR-F, AR-A)."""
    decoys = gazetteer_of([*PLACES, ("Leipzig", "AR", "", 900, ""), ("Lyon", "AR", "", 700, "")])
    found = read(data, HEAD + lines + "\nShare this\n", places=decoys)
    countries = {"Lyon": "France", "Grenoble": "France", "Genève": "Switzerland"}
    countries |= {"Bruxelles": "Belgium", "Torino": "Italy", "Graz": "Austria"}
    countries |= {"Leipzig": "Germany", "Lund": "Sweden"}
    assert len(found) == 5
    assert all(countries[city] == country for city, country in found), found


@pytest.mark.parametrize(
    ("heading", "name"),
    [("Belgique (2 villes)", "Belgique"), ("Polska (3 miasta):", "Polska"),
     ("ベルギー（1都市）", "ベルギー"), ("Deutschland (4 Mitgliedsstädte)", "Deutschland"),
     ("日本（2都市）", "日本"), ("대한민국 (3개 도시)", "대한민국"), ("Grenoble (38)", None)],
)  # fmt: skip
def test_a_country_heading_with_its_count_in_words_gives_its_country(
    heading: str, name: str | None
) -> None:
    """A country's heading may count its places with a word ('(2 villes)', '（1都市）' in
    full-width brackets): a heading all the same, never a place named like the country. A
    name of two letters in a script without capitals ('日本') is no code in lower case."""
    assert heading_country(heading) == name


def test_places_under_country_headings_counted_in_words(data: store.AtlasData) -> None:
    decoys = gazetteer_of([*PLACES, ("Belgique", "FR", "", 300, ""), ("Czechy", "PL", "", 400, "")])
    for page, many in (
        (
            "Nouveaux membres\n\nBelgique (1 ville)\nBruxelles\n\nFrance (2 villes)\nLyon\n"
            "Grenoble\n\nEspagne (1 ville)\nBilbao\n",
            4,
        ),
        (
            "Nowi członkowie\n\nCzechy (2 miasta)\nBrno\nOstrava\n\nNiemcy (2 miasta)\nLeipzig"
            "\nAachen\n\nChorwacja (1 miasto)\nZagreb\n",
            5,
        ),
    ):
        found = read(data, HEAD + page + "\nShare this\n", places=decoys)
        assert not {"Belgique", "Czechy"} & set(dict(found))
        assert len(found) == many


@pytest.mark.parametrize(
    ("lines", "places"),
    [
        ("Firmatari\n\nComune di Torino · Sindaca Lia Conti\nComune di Bologna · Assessore "
         "alla Mobilità Marco Milano\nComune di Palermo · Sindaco Roberto Lagalla\nComune di "
         "Napoli · Vicesindaca delegata Laura Porto\nComune di Milano · Sindaco Giuseppe Sala\n",
         {"Torino", "Bologna", "Palermo", "Napoli", "Milano"}),
        ("Signatários\n\nCâmara Municipal de Lisboa · Presidente Carlos Moedas\nCâmara "
         "Municipal do Porto · Vereadora do Ambiente Filipa Lisbon\nMunicipio de Quito · "
         "Presidente Ana Rocha\nMunicipio de Loja · Chefe de Gabinete Rui Valencia\n"
         "Municipio de Cuenca · Presidente Rui Mendes\n",
         {"Lisboa", "Porto", "Quito", "Loja", "Cuenca"}),
    ],
)  # fmt: skip
def test_a_surname_in_the_list_s_signer_item_is_no_place(
    data: store.AtlasData, lines: str, places: set[str]
) -> None:
    """Rows of a body and its signer parted by '·', most signers a title and a name: the
    signer's item of every row is a person's, whatever office stands before the name
    ('Assessore alla Mobilità Marco Milano'), and a surname that is a town's is no place."""
    found = read(data, HEAD + lines + "\nShare this\n")
    assert [city for city, _ in found] == list(dict.fromkeys(c for c, _ in found))
    assert {city for city, _ in found} == places


@pytest.mark.parametrize(
    "lines",
    [
        "Подписаха:\n\n– Утрехт (Utrecht)\n– Ротердам (Rotterdam)\n– Билбао (Bilbao)\n"
        "– Орхус (Aarhus)\n",
        "Υπογράφουν:\n\nΟυτρέχτη (Utrecht)\nΡότερνταμ (Rotterdam)\nΜπιλμπάο (Bilbao)\n"
        "Ώρχους (Aarhus)\n",
    ],
)
def test_a_name_in_another_script_is_named_by_its_latin_name_in_the_bracket(
    data: store.AtlasData, lines: str
) -> None:
    """A town's name in the page's script and its name in Latin letters in a bracket,
    where the gazetteer knows only the Latin one: the place the Latin name names, named so,
    not the whole line as one name."""
    assert read(data, HEAD + lines + "\nShare this\n") == [
        ("Utrecht", "Netherlands"), ("Rotterdam", "Netherlands"), ("Bilbao", "Spain"),
        ("Aarhus", "Denmark"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "La déclaration a été signée par les maires de Lyon, de Da Nang et de Des Moines.",
        "La declaración fue firmada por Bilbao, Del Rio y Da Nang.",
    ],
)
def test_a_capitalised_preposition_in_running_text_starts_the_name(
    data: store.AtlasData, sentence: str
) -> None:
    """'de Lyon' is Lyon; 'Da Nang', 'Des Moines', 'Del Rio' are names that start with a
    preposition's word, capitalised: no preposition before 'Nang'."""
    places = gazetteer_of(
        [*PLACES, ("Da Nang", "VN", "", 1_200_000, ""), ("Des Moines", "US", "IA", 210_000, ""),
         ("Del Rio", "US", "TX", 35_000, ""), ("Nang", "TH", "", 3_000, ""),
         ("Moines", "FR", "", 500, ""), ("Rio", "GR", "", 3_000, "")]
    )  # fmt: skip
    found = {city for city, _ in read(data, HEAD + sentence + "\n\nShare this\n", places=places)}
    assert found & {"Da Nang", "Des Moines", "Del Rio"} == found - {"Lyon", "Bilbao"}
    assert len(found) == 3


@pytest.mark.parametrize(
    ("line", "city", "code"),
    [
        # a country and a town in one script, a slash, the town's body and its country in
        # Latin letters: the half that reads as a place and its country
        ("日本国 高崎市 / City of Takasaki, Japan", "Takasaki", "JP"),
        ("Україна місто Львів / City of Lviv, Ukraine", "Lviv", "UA"),
        ("ประเทศไทย เทศบาลนครเชียงใหม่ / City of Chiang Mai, Thailand", "Chiang Mai", "TH"),
        ("Ville de Lyon, France / City of Lyon, France", "Lyon", "FR"),  # both: the first
    ],
)
def test_a_bilingual_line_takes_the_half_that_reads_as_a_place_and_its_country(
    line: str, city: str, code: str
) -> None:
    entry = read_entry(line, 1)
    assert entry is not None
    assert (entry.city, entry.codes) == (city, (code,))


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("三春町（福島県）, 日本", "三春町"),  # a prefecture in full-width brackets
        ("三春町 (福島県), 日本", "三春町"),
        ("安吉县（浙江省）, 中国", "安吉县"),  # a province
        ("춘천시 (강원도), 대한민국", "춘천시"),
    ],
)
def test_a_town_s_subdivision_in_a_bracket_before_its_country_is_no_part_of_its_name(
    line: str, city: str
) -> None:
    entry = read_entry(line, 1)
    assert entry is not None
    assert entry.city == city


@pytest.mark.parametrize(
    ("page", "word", "towns"),
    [
        (  # Dutch: a search box's label, then the directory under its letters
            "Onze leden\n\nZoek gemeente\nToon als kaart | Toon als lijst\n\n5 leden\n\n"
            "A\nGemeente Almere\nGemeente Arnhem\nB\nGemeente Breda\nD\nGemeente Delft\n"
            "Gemeente Deventer\n\nContact\n",
            "Zoek",
            ["Almere", "Arnhem", "Breda", "Delft", "Deventer"],
        ),
        (  # Finnish
            "Jäsenet\n\nHae kunta\n\n5 jäsentä\n\nE\nEspoon kaupunki\nH\nHelsingin kaupunki\n"
            "L\nLahden kaupunki\nO\nOulun kaupunki\nT\nTurun kaupunki\n\nYhteystiedot\n",
            "Hae",
            ["Espoo", "Helsinki", "Lahti", "Oulu", "Turku"],
        ),
    ],
)
def test_a_line_above_a_directory_s_first_letter_heading_is_the_page_s(
    data: store.AtlasData, page: str, word: str, towns: list[str]
) -> None:
    """A directory under letter headings starts at its first letter: a line above it that
    holds a foreign town's name folded ('Sök medlem', Sōka) is the site's search box."""
    places = _with_place(GAZETTEER, word, "JP", 240_000)
    for town in towns:
        places = _with_place(places, town, "FI" if word == "Hae" else "NL", 50_000)
    assert [city for city, _ in _read_with(data, HEAD + page, places)] == towns


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Vice-présidents", "Maire de"),  # French
        ("Vice-Presidentes", "Prefeito de"),  # Portuguese
        ("Vice-Mayors", "Mayor of"),  # English, the office's title in the plural
    ],
)
def test_a_deputies_heading_over_signers_names_no_place(heading: str, title: str) -> None:
    """A heading over a block of signers that names their office in the plural with a
    deputy's prefix ('Vice-présidents', 'Vice-Presidentes') is a title, no place, though
    the gazetteer knows a town named as the prefix (Vice, Peru)."""
    towns = {"vice", "lyon", "nantes", "porto", "braga", "lille", "rennes", "evora"}
    known = PlaceNames(lambda name: fold(name) in towns)
    page = ["Signataires", "", "Ana Dias", f"{title} Lyon", "", heading, "Rui Costa",
            f"{title} Nantes", "Eva Mota", f"{title} Porto", "Leo Sá", f"{title} Braga",
            "Ines Luz", f"{title} Lille", "", "Partager"]  # fmt: skip
    found = read_member_list(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lyon", "Nantes", "Porto", "Braga", "Lille"]


@pytest.mark.parametrize(
    "links",
    [
        # French: the text in four languages, each a file, a bar between them
        "Télécharger l'appel : English (DOCX) | 中文 (DOCX) | Français (DOCX) | Español (DOCX)",
        # Italian
        "Scarica l'appello: English (PDF) | 中文 (PDF) | Italiano (PDF) | Español (PDF)",
        # Polish, brackets of another kind
        "Pobierz apel: Polski [PDF] | English [PDF] | Deutsch [PDF] | Français [PDF] | "
        "Italiano [PDF]",
    ],
)
def test_a_line_of_file_links_after_the_list_names_no_place(links: str) -> None:
    """A line of links to a file in several languages at a list's end ('English (PDF) |
    Français (PDF)') is site furniture however many words it has: its language's names
    are no places, though towns are named English (Indiana) or Polski."""
    towns = {"english", "polski", "deutsch", "lyon", "graz", "leon", "lugo", "linz"}
    known = PlaceNames(lambda name: fold(name) in towns)
    page = ["Unterzeichner", "", "Anna Berg", "Mayor of Lyon", "Jan Ott", "Mayor of Graz",
            "Eva Ruiz", "Mayor of Leon", "Ana Gil", "Mayor of Lugo", "Pia Mohr", "Mayor of Linz",
            "", links, "", "Teilen"]  # fmt: skip
    found = read_member_list(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Lyon", "Graz", "Leon", "Lugo", "Linz"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # Norwegian: a city commissioner ('byråd') among mayors, a title we have no word for
            [
                "Ordfører Kari Dahl, Bergen kommune",
                "Ordfører Ole Lie, Molde kommune",
                "Byråd Siri Berg, Oslo kommune",
                "Ordfører Per Moe, Skien kommune",
            ],
            ["Bergen", "Molde", "Oslo", "Skien"],
        ),
        (  # Dutch: a councillor ('raadslid') among aldermen
            [
                "Wethouder Jan Smit, Gemeente Utrecht",
                "Raadslid Eva de Wit, Gemeente Zwolle",
                "Wethouder Piet Bos, Gemeente Delft",
                "Wethouder Anne Kok, Gemeente Breda",
            ],
            ["Utrecht", "Zwolle", "Delft", "Breda"],
        ),
    ],
)
def test_a_signer_with_a_title_we_lack_before_their_body_among_titled_signers(
    lines: list[str], expected: list[str]
) -> None:
    """'Title Given Family, X kommune' lines where one signer's title is none the reader
    knows ('Byråd', 'Raadslid'): the field after the name is a body of a known place, its
    form after or before the place, the line as much a signer's as its neighbours'."""
    towns = {"bergen", "molde", "oslo", "skien", "utrecht", "zwolle", "delft", "breda", "siri"}
    known = PlaceNames(lambda name: fold(name) in towns)
    page = ["Underskrevet av:", "", *lines, "", "Del"]
    found = read_member_list(page, known)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("lines", "sentence"),
    [
        (  # Czech: the mayors, then who handed the statement over, a mayor among them
            [
                "Anna Malá, starostka Brna",
                "Jan Novák, starosta Kolína",
                "Eva Malá, starostka Jihlavy",
                "Petr Král, starosta Zlína",
            ],
            "Prohlášení jménem Svazu předal jeho předseda, starosta Plzně, premiérovi v Praze.",
        ),
        (  # Norwegian
            [
                "Kari Dahl, ordfører i Bergen",
                "Ole Lie, ordfører i Molde",
                "Per Moe, ordfører i Skien",
                "Siri Berg, ordfører i Lund",
            ],
            "Uttalelsen ble overlevert på vegne av forbundet av dets leder, ordfører i Oslo, til "
            "statsministeren i går.",
        ),
        (  # Slovene
            [
                "Ana Novak, županja Kranja",
                "Janez Kos, župan Celja",
                "Eva Zupan, županja Ptuja",
                "Marko Vidmar, župan Kopra",
            ],
            "Izjavo je v imenu Skupnosti njen predsednik, župan Nove Gorice, poslal predsedniku "
            "vlade v Ljubljano.",
        ),
    ],
)
def test_a_sentence_after_the_list_that_names_a_mayor_as_its_sender_is_prose(
    lines: list[str], sentence: str
) -> None:
    """A sentence after the signers whose first field is a clause ('Prohlášení jménem Svazu
    předal jeho předseda, starosta Plzně, ...'): it names who handed the list
    over, a host or a sender, no signer, though its fields have a mayor's title."""
    towns = {"brno", "kolin", "jihlava", "zlin", "plzen", "praha", "bergen", "molde", "skien",
             "lund", "oslo", "kranj", "celje", "ptuj", "koper", "nova gorica",
             "ljubljana"}  # fmt: skip
    known = PlaceNames(lambda name: fold(name) in towns)
    page = ["Podpisali:", "", *lines, "", sentence, "", "Udostępnij"]
    found = read_member_list(page, known)
    assert found is not None
    assert len(found.entries) == len(lines)


FORMS_BEFORE_A_DASH = gazetteer_of([
    ("Dresden", "DE", "13", 556_000, ""), ("Erlangen", "DE", "02", 116_000, ""),
    ("Potsdam", "DE", "11", 183_000, ""), ("Trnava", "SK", "07", 65_000, ""),
    ("Nitra", "SK", "06", 76_000, ""), ("Žilina", "SK", "08", 80_000, ""),
    ("Stadt", "AT", "06", 1_000, ""), ("Obec", "CZ", "80", 500, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("listing", "towns"),
    [
        (
            "1. Stadt Erlangen (Bayern) – Mitglied seit 1994\n"
            "2. Stadt – Landeshauptstadt Dresden (Sachsen) – seit 1995\n"
            "3. Stadt Potsdam (Brandenburg) – seit 1999\n",
            ["Erlangen", "Dresden", "Potsdam"],
        ),
        (
            "1) Mesto Nitra (Nitriansky kraj) - členom od 2001\n"
            "2) Obec - Mesto Trnava (Trnavský kraj) - od 2004\n"
            "3) Mesto Žilina (Žilinský kraj) - od 2010\n",
            ["Nitra", "Trnava", "Žilina"],
        ),
    ],
)
def test_a_body_s_form_alone_before_a_dash_is_no_place_of_its_own(
    data: store.AtlasData, listing: str, towns: list[str]
) -> None:
    """A town's official name in two forms parted by a dash ('Stadt – Landeshauptstadt
    Dresden', 'Obec - Mesto Trnava'), numbered, with a region and a year after it: the
    first form is a word of the body's name, no place (a hamlet may bear it), and the
    town is the name after the second form (German, Slovak)."""
    page = f"{HEAD}Mitglieder / Členovia\n\n{listing}\nDanke.\n"
    assert list(plan(data, page, FORMS_BEFORE_A_DASH).signatories["city"]) == towns


REGION_HEADINGS = gazetteer_of([
    ("Bergamo", "IT", "09", 120_000, ""), ("Treviglio", "IT", "09", 30_000, ""),
    ("Dalmine", "IT", "09", 23_000, ""), ("Brescia", "IT", "09", 200_000, ""),
    ("Chiari", "IT", "09", 19_000, ""), ("Lumezzane", "IT", "09", 22_000, ""),
    ("Cremona", "IT", "09", 71_000, ""), ("Crema", "IT", "09", 34_000, ""),
    ("Casalmaggiore", "IT", "09", 15_000, ""), ("Łódź", "PL", "74", 670_000, ""),
    ("Zgierz", "PL", "74", 55_000, ""), ("Pabianice", "PL", "74", 64_000, ""),
    ("Kielce", "PL", "84", 190_000, ""), ("Starachowice", "PL", "84", 47_000, ""),
    ("Ostrowiec Świętokrzyski", "PL", "84", 66_000, ""), ("Opole", "PL", "79", 127_000, ""),
    ("Nysa", "PL", "79", 43_000, ""), ("Brzeg", "PL", "79", 35_000, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("listing", "towns"),
    [
        (
            "Provincia di Bergamo\nComune di Treviglio\tA\nComune di Dalmine\tB\n"
            "Provincia di Brescia\nComune di Chiari\tA\nComune di Lumezzane\tC\n"
            "Provincia di Cremona\nComune di Crema\tB\nComune di Casalmaggiore\tA\n",
            ["Treviglio", "Dalmine", "Chiari", "Lumezzane", "Crema", "Casalmaggiore"],
        ),
        (
            "Województwo łódzkie\nMiasto Zgierz\t1998\nMiasto Pabianice\t2003\n"
            "Województwo świętokrzyskie\nMiasto Starachowice\t2001\n"
            "Gmina Ostrowiec Świętokrzyski\t2005\n"
            "Województwo opolskie\nGmina Nysa\t1999\nMiasto Brzeg\t2010\n",
            ["Zgierz", "Pabianice", "Starachowice", "Ostrowiec Świętokrzyski", "Nysa", "Brzeg"],
        ),
    ],
)
def test_region_headings_alike_over_their_towns_are_no_members(
    data: store.AtlasData, listing: str, towns: list[str]
) -> None:
    """Region headings written alike ('Provincia di X', 'Województwo X'), each alone on its
    line right over its towns' rows, no blank line between the groups: headings, though
    some name their region after a town the gazetteer knows (Bergamo, Łódź, an
    adjective of Kielce or Opole), as their like-shaped siblings show (Italian, Polish)."""
    page = f"{HEAD}Soci / Członkowie\n\n{listing}\nGrazie.\n"
    assert list(plan(data, page, REGION_HEADINGS).signatories["city"]) == towns


CAPITALS = gazetteer_of([
    ("Bogotá", "CO", "34", 7_700_000, ""), ("Medellín", "CO", "02", 2_500_000, ""),
    ("Cali", "CO", "29", 2_200_000, ""), ("Pasto", "CO", "20", 390_000, ""),
    ("Budapest", "HU", "05", 1_700_000, ""), ("Pécs", "HU", "02", 140_000, ""),
    ("Győr", "HU", "25", 130_000, ""), ("Szeged", "HU", "06", 160_000, ""),
    ("Bratislava", "SK", "02", 430_000, ""), ("Košice", "SK", "03", 230_000, ""),
    ("Prešov", "SK", "04", 85_000, ""), ("Martin", "SK", "08", 54_000, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("listing", "towns"),
    [
        (
            "ANTIOQUIA (1)\nAlcaldía de Medellín\nBOGOTÁ (1)\nBogotá Distrito Capital\n"
            "VALLE DEL CAUCA (1)\nAlcaldía de Cali\nNARIÑO (1)\nAlcaldía de Pasto\n",
            ["Medellín", "Bogotá", "Cali", "Pasto"],
        ),
        (
            "- Budapest Főváros\n- Pécs Megyei Jogú Város\n- Győr Megyei Jogú Város\n"
            "- Szeged Megyei Jogú Város\n",
            ["Budapest", "Pécs", "Győr", "Szeged"],
        ),
        (
            "1. Hlavné mesto Bratislava\n2. Mesto Košice\n3. Mesto Prešov\n4. Mesto Martin\n",
            ["Bratislava", "Košice", "Prešov", "Martin"],
        ),
    ],
)
def test_a_capital_s_rank_with_its_name_is_no_part_of_the_town(
    data: store.AtlasData, listing: str, towns: list[str]
) -> None:
    """A capital named by its body's rank after or before its name ('Bogotá Distrito
    Capital', 'Budapest Főváros', 'Hlavné mesto Bratislava'), as Italian writes 'Roma
    Capitale': the town, not a name no gazetteer knows nor a person's (Spanish, Hungarian,
    Slovak)."""
    page = f"{HEAD}Miembros / Tagok / Členovia\n\n{listing}\nGracias.\n"
    assert list(plan(data, page, CAPITALS).signatories["city"]) == towns


UNIONS_UNDER_REGIONS = gazetteer_of([
    ("Łódź", "PL", "74", 670_000, ""), ("Zgierz", "PL", "74", 55_000, ""),
    ("Opole", "PL", "79", 127_000, ""), ("Nysa", "PL", "79", 43_000, ""),
    ("Katowice", "PL", "83", 290_000, ""), ("Gliwice", "PL", "83", 180_000, ""),
    ("Bergamo", "IT", "09", 120_000, ""), ("Lecco", "IT", "09", 48_000, ""),
    ("Arezzo", "IT", "16", 99_000, ""), ("Siena", "IT", "16", 53_000, ""),
    ("Trento", "IT", "17", 118_000, ""), ("Rovereto", "IT", "17", 40_000, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("listing", "members"),
    [
        (
            "Województwo łódzkie\nMiasto Łódź\nGmina Miasto Zgierz\n\nWojewództwo opolskie\n"
            "Gmina Nysa\nZwiązek Gmin Śląska Opolskiego\nMiasto Opole\n\n"
            "Górnośląsko-Zagłębiowska Metropolia\nMiasto Katowice\nMiasto Gliwice\n",
            ["Łódź", "Zgierz", "Nysa", "Związek Gmin Śląska Opolskiego", "Opole", "Katowice",
             "Gliwice"],
        ),
        (
            "Regione Lombardia\nComune di Bergamo\nComune di Lecco\n\nRegione Toscana\n"
            "Comune di Arezzo\nUnione dei Comuni del Casentino\nComune di Siena\n\n"
            "Provincia autonoma di Trento\nComune di Trento\nComune di Rovereto\n",
            ["Bergamo", "Lecco", "Arezzo", "Unione dei Comuni del Casentino", "Siena",
             "Trento", "Rovereto"],
        ),
    ],
)  # fmt: skip
def test_region_headings_over_towns_and_a_union_of_towns_are_no_members(
    data: store.AtlasData, listing: str, members: list[str]
) -> None:
    """Regions heading blocks of towns, one block holding a union of towns too (a
    microregion, an 'Unione dei Comuni'): the union is below the regions as the towns are,
    and the regions are still headings, worded alike or not (Polish, Italian)."""
    page = f"{HEAD}Nowi członkowie / Nuovi soci\n\n{listing}\nGrazie.\n"
    assert list(plan(data, page, UNIONS_UNDER_REGIONS).signatories["city"]) == members


SOUTH_SLAVIC = gazetteer_of([
    ("Murska Sobota", "SI", "80", 11_000, ""), ("Lendava", "SI", "59", 3_000, ""),
    ("Maribor", "SI", "98", 95_000, ""), ("Ptuj", "SI", "96", 18_000, ""),
    ("Celje", "SI", "11", 37_000, ""), ("Žalec", "SI", "J1", 5_000, ""),
    ("Zagreb", "HR", "21", 790_000, ""), ("Split", "HR", "15", 160_000, ""),
    ("Bol", "HR", "15", 1_600, ""), ("Rijeka", "HR", "12", 110_000, ""),
    ("Osijek", "HR", "10", 96_000, ""), ("Baranja", "HR", "10", 500, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("listing", "members"),
    [
        (
            "Pomurska regija\nMestna občina Murska Sobota; od 2004\nObčina Lendava; od 2011\n"
            "Podravska regija\nMestna občina Maribor; od 1998\nMestna občina Ptuj; od 2002\n"
            "Savinjska regija\nMestna občina Celje; od 2001\nObčina Žalec; od 2015\n",
            ["Murska Sobota", "Lendava", "Maribor", "Ptuj", "Celje", "Žalec"],
        ),
        (
            "a) Grad — Zagreb (Grad Zagreb), član od 1999.\n"
            "b) Grad Split (Splitsko-dalmatinska županija), član od 2001.\n"
            "c) Općina — Bol (Splitsko-dalmatinska županija), član od 2005.\n"
            "d) Grad Rijeka (Primorsko-goranska županija), član od 2003.\n"
            "e) Mikroregija Baranja (Osječko-baranjska županija), član od 2010.\n"
            "f) Grad Osijek (Osječko-baranjska županija), član od 2002.\n",
            ["Zagreb", "Split", "Bol", "Rijeka", "Mikroregija Baranja", "Osijek"],
        ),
    ],
)  # fmt: skip
def test_region_headings_forms_and_unions_in_south_slavic_lists(
    data: store.AtlasData, listing: str, members: list[str]
) -> None:
    """Slovenian rows under region headings ('Pomurska regija'), each its year after a
    semicolon ('Mestna občina Ptuj; od 2002'); Croatian rows whose form stands before a
    dash ('Općina — Bol') and a microregion named like a hamlet ('Mikroregija Baranja'):
    the towns and the union, no heading, no year, no hamlet."""
    page = f"{HEAD}Članice / Članovi\n\n{listing}\nHvala.\n"
    signed = plan(data, page, SOUTH_SLAVIC).signatories
    assert list(signed["city"]) == members
    kinds = dict(zip(signed["city"], signed["kind"], strict=True))
    assert all(kinds[m] == "union of municipalities" for m in members if m.startswith("Mikro"))


DATED_BODIES = gazetteer_of([
    ("Zagreb", "HR", "21", 790_000, ""), ("Osijek", "HR", "10", 96_000, ""),
    ("Vukovar", "HR", "19", 27_000, ""), ("Maribor", "SI", "98", 95_000, ""),
    ("Celje", "SI", "11", 37_000, ""), ("Ptuj", "SI", "96", 18_000, ""),
    ("Brodsko", "BG", "02", 900, ""),  # a village abroad named as a county's first half
])  # fmt: skip


@pytest.mark.parametrize(
    ("listing", "members"),
    [
        (
            "1. Brodsko-posavska županija (župan) – 3. 4. 2024.\n"
            "2. Grad Osijek (gradonačelnik) – 3. 4. 2024.\n"
            "3. Vukovarsko-srijemska županija – Vukovarsko-sremska županija (župan) – 5. 4. 2024.\n"
            "4. Grad Vukovar (gradonačelnica) – 5. 4. 2024.\n"
            "5. Grad Zagreb (gradonačelnik) – 6. 4. 2024.\n",
            ["Brodsko-posavska županija", "Osijek", "Vukovarsko-srijemska županija", "Vukovar",
             "Zagreb"],
        ),
        (
            "1. Mestna občina Maribor (župan) – 3. 4. 2024.\n"
            "2. Savinjska regija – Regione della Savinja (predsednik) – 3. 4. 2024.\n"
            "3. Mestna občina Celje (župan) – 5. 4. 2024.\n"
            "4. Mestna občina Ptuj (županja) – 6. 4. 2024.\n",
            ["Maribor", "Savinjska regija", "Celje", "Ptuj"],
        ),
    ],
)  # fmt: skip
def test_numbered_bodies_named_by_adjective_with_a_role_and_date_after(
    data: store.AtlasData, listing: str, members: list[str]
) -> None:
    """Numbered lines of a county or region named by its adjective and its body's word in
    lower case ('Brodsko-posavska županija', 'Savinjska regija'), its name in a second
    language after a dash, then its head's role and a date ending in a full stop: the body,
    whole, among the towns' lines; not a sentence, nor a town its name's first half reads."""
    page = f"{HEAD}Potpisnici / Podpisniki:\n\n{listing}\nHvala.\n"
    assert list(plan(data, page, DATED_BODIES).signatories["city"]) == members


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Mestna občina Ptuj; od 2002", "Ptuj"),  # Slovenian
        ("Comune di Prato; dal 2011", "Prato"),  # Italian
        ("Gdańsk (pop. 486,000; member since 2021)", "Gdańsk"),  # inside a bracket
        ("Ville de Lyon; Grand Lyon", "Lyon; Grand Lyon"),  # a name after it: kept
    ],
)
def test_a_note_after_a_semicolon_is_no_part_of_the_name(line: str, city: str) -> None:
    """A row's year or note after a semicolon is a note, as after a middle dot; not a
    semicolon inside a bracket, nor a capitalised name after one."""
    entry = read_entry(line, 1)
    assert entry is not None
    assert entry.city == city


@pytest.mark.parametrize(
    ("page", "expected", "headings"),
    [
        (
            "Mitgliedsgemeinden\n\nKanton Zürich\nWinterthur\nUster\nDübendorf\n\n"
            "Kanton Bern\nThun\nBurgdorf\n\nKanton Luzern\nEmmen\nKriens\n\n"
            "Kanton Zug\nBaar\nCham\n\nDas Sekretariat ist in Olten.\n",
            "Winterthur Uster Dübendorf Thun Burgdorf Emmen Kriens Baar Cham".split(),
            "Zürich, Bern, Luzern, Zug",
        ),
        (
            "Comuni aderenti\n\nCantone Ticino\nLugano\nLocarno\nMendrisio\n\n"
            "Cantone dei Grigioni\nRoveredo\nPoschiavo\n\nCantone di Berna\nBienne\n"
            "Moutier\n\nCantone di Zurigo\nWinterthur\nUster\n\nIl segretariato ha sede a "
            "Bellinzona.\n",
            "Lugano Locarno Mendrisio Roveredo Poschiavo Bienne Moutier Winterthur Uster".split(),
            "Ticino, Grigioni, Berna, Zurigo, Dei Grigioni",
        ),
    ],
)
def test_canton_headings_over_their_communes_one_a_line(
    data: store.AtlasData, page: str, expected: list[str], headings: str
) -> None:
    """A canton's heading ('Kanton Zürich', 'Cantone dei Grigioni') over its communes, one
    a line: a region's body, like the page's other headings, never a member, though the
    canton's name is its capital's too."""
    places = _with_places(", ".join([*expected, *headings.split(", ")]), "CH")
    assert [city for city, _ in _read_with(data, HEAD + page, places)] == expected


@pytest.mark.parametrize(
    ("page", "expected", "headings"),
    [
        (
            "Communes membres\n\nCanton de Vaud :\nLausanne, Nyon, Morges\n\n"
            "Canton de Genève :\nCarouge, Onex\n\nCanton du Jura :\nDelémont\n\n"
            "Canton de Neuchâtel :\nBoudry, Cortaillod\n\nContact : secrétariat à Neuchâtel.\n",
            "Lausanne Nyon Morges Carouge Onex Delémont Boudry Cortaillod".split(),
            "Vaud, Genève, Jura, Neuchâtel",
        ),
        (
            "Mitglieder\n\nKanton Aargau\n• Stadt Aarau\n• Gemeinde Wohlen\n\n"
            "Kanton Solothurn\n• Stadt Olten\n• Gemeinde Grenchen\n\nKanton Schwyz\n"
            "• Gemeinde Einsiedeln\n\nGeschäftsstelle: Solothurn\n",
            "Aarau Wohlen Olten Grenchen Einsiedeln".split(),
            "Aargau, Solothurn, Schwyz",
        ),
    ],
)
def test_canton_headings_over_lines_of_communes_or_bodies(
    data: store.AtlasData, page: str, expected: list[str], headings: str
) -> None:
    """Canton headings with a colon over a line of communes a comma parts, or over bullets
    of towns' bodies ('• Stadt Olten'), the secretariat's town after the list: the towns,
    never the cantons nor the secretariat."""
    places = _with_places(", ".join([*expected, *headings.split(", ")]), "CH")
    assert [city for city, _ in _read_with(data, HEAD + page, places)] == expected


@pytest.mark.parametrize("line", ["Læs også", "Lire aussi", "Leggi anche", "Lees ook"])
def test_read_also_over_a_teaser_is_page_furniture_in_any_language(line: str) -> None:
    """'Read also' over a teaser ('Læs også', 'Lire aussi'): the site's link, whose verb
    may be a place somewhere ('Læs', 'Lire'), no entry."""
    assert is_furniture(line)


def test_a_dutch_page_of_countries_each_before_its_bodies_a_dash_parts(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Het manifest is ondertekend door:\n\n"
        "Oostenrijk: Stadtgemeinde Leoben — Marktgemeinde Hallein — Graz\n"
        "Tsjechië: Statutární město Brno - Statutární město Olomouc\n"
        "Nederland: Gemeente Breda\n\n"
        "De volgende bijeenkomst is in Rotterdam.\n"
    )
    assert read(data, page) == [
        ("Leoben", "Oostenrijk"), ("Hallein", "Oostenrijk"), ("Graz", "Oostenrijk"),
        ("Brno", "Tsjechië"), ("Olomouc", "Tsjechië"), ("Breda", "Nederland"),
    ]  # fmt: skip


def test_an_italian_paragraph_naming_members_by_their_forms_over_two_sentences(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Nuovi soci\n\n"
        "Entrano nella rete il Comune di Bologna, il Comune di Palermo e il Comune di Milano. "
        "Dal Piemonte aderisce il Comune di Torino, mentre dall'Austria arrivano la "
        "Stadtgemeinde Leoben e la Marktgemeinde Hallein. Il sindaco del Comune di Napoli "
        "ha salutato i nuovi soci.\n\nContatti\n"
    )
    assert [city for city, _ in read(data, page)] == [
        "Bologna", "Palermo", "Milano", "Torino", "Leoben", "Hallein",
    ]  # fmt: skip


def test_cards_in_small_groups_under_headings_with_a_labelled_contact_field(
    data: store.AtlasData,
) -> None:
    """A directory's cards ('Comune di Bergamo' / 'Referente: Dott.ssa Anna Neri, Ufficio
    Ambiente' / 'Socio dal 2012') in groups of two or three under one-line headings (a
    region's code, some of them countries' codes too: 'LOM', 'PIE', 'VEN'; a region's
    name): one list, its headings no places, its labelled contact field however long no
    part of the member's name; on an Italian and a French page."""
    italian = HEAD + (
        "Soci per regione\n\nLOM\n\nComune di Bergamo\nReferente: Dott.ssa Anna Neri, "
        "Ufficio Ambiente e Transizione Ecologica\nSocio dal 2012\n\nComune di Brescia\n"
        "Referente: Marco Galli, Settore Sostenibilità\nSocio dal 2015\n\nPIE\n\n"
        "Città di Novara\nReferente: Luca Ferri, Servizio Salute\nSocio dal 2009\n\n"
        "VEN\n\nComune di Padova\nReferente: Giulia Conte, Settore Ambiente e Territorio\n"
        "Socio dal 2011\n\nComune di Vicenza\nReferente: Paolo Riva, Ufficio Mobilità\n"
        "Socio dal 2020\n"
    )
    french = HEAD + (
        "Membres par région\n\nBretagne\n\nVille de Rennes\nContact : Marie Le Goff, "
        "direction de la santé publique et du handicap\nMembre depuis 2004\n\n"
        "Ville de Brest\nContact : Yann Kerbrat, service environnement\nMembre depuis 2010\n\n"
        "Occitanie\n\nVille de Montpellier\nContact : Claire Vidal, mission santé\n"
        "Membre depuis 2001\n\nVille de Nîmes\nContact : Paul Roux, pôle solidarités\n"
        "Membre depuis 2018\n"
    )
    places = gazetteer_of([
        ("Bergamo", "IT", "", 120_000, ""), ("Brescia", "IT", "", 200_000, ""),
        ("Novara", "IT", "", 100_000, ""), ("Padova", "IT", "", 210_000, "Padua"),
        ("Vicenza", "IT", "", 110_000, ""), ("Rennes", "FR", "", 220_000, ""),
        ("Brest", "FR", "", 140_000, ""), ("Brest", "BY", "", 340_000, ""),
        ("Montpellier", "FR", "", 290_000, ""), ("Nîmes", "FR", "", 150_000, ""),
    ])  # fmt: skip
    for page, country in [(italian, "Italy"), (french, "France")]:
        signed = plan(data, page, places).signatories
        assert set(signed["country"]) == {country}
    assert list(plan(data, italian, places).signatories["city"]) == [
        "Bergamo", "Brescia", "Novara", "Padova", "Vicenza",
    ]  # fmt: skip
    assert list(plan(data, french, places).signatories["city"]) == [
        "Rennes", "Brest", "Montpellier", "Nîmes",
    ]  # fmt: skip


def test_a_labelled_contact_field_after_a_middle_dot_is_no_part_of_the_name(
    data: store.AtlasData,
) -> None:
    """A member a line, its contact after a middle dot ('Gemeente Utrecht · Contactpersoon:
    Jan de Vries, afdeling Volksgezondheid', 'Ayuntamiento de Zaragoza · Contacto: Ana
    Ruiz'), under headings or none: the labelled field is the record's detail, never part
    of its name nor its country; on a Dutch and a Spanish page."""
    dutch = HEAD + (
        "Leden\n\nUT\nGemeente Utrecht · Contactpersoon: Jan de Vries, afdeling "
        "Volksgezondheid\nGemeente Amersfoort · Contactpersoon: Mieke Bos\n\nNH\n"
        "Gemeente Haarlem · Contactpersoon: drs. Pieter Smit, GGD Kennemerland\n"
        "Gemeente Alkmaar · Contactpersoon: Sanne Visser\n"
    )
    spanish = (
        "Socios de la red\n\n3 de febrero de 2025\n\nLa red reúne a los ayuntamientos que "
        "trabajan por la salud en todas las políticas.\n\n"
        "Ayuntamiento de Zaragoza · Contacto: Ana Ruiz, Servicio de Salud Pública\n"
        "Ayuntamiento de Huesca · Contacto: Pedro Gil\n"
        "Ayuntamiento de Teruel · Contacto: Lucía Sanz, Concejalía de Medio Ambiente\n"
    )
    places = gazetteer_of([
        ("Utrecht", "NL", "", 360_000, ""), ("Amersfoort", "NL", "", 160_000, ""),
        ("Haarlem", "NL", "", 160_000, ""), ("Alkmaar", "NL", "", 110_000, ""),
        ("Zaragoza", "ES", "", 670_000, ""), ("Huesca", "ES", "", 53_000, ""),
        ("Teruel", "ES", "", 36_000, ""),
    ])  # fmt: skip
    assert list(plan(data, dutch, places).signatories["city"]) == [
        "Utrecht", "Amersfoort", "Haarlem", "Alkmaar",
    ]  # fmt: skip
    assert list(plan(data, spanish, places).signatories["city"]) == [
        "Zaragoza", "Huesca", "Teruel",
    ]  # fmt: skip


def test_codes_heading_a_list_s_blocks_are_one_kind_though_some_are_countries(
    data: store.AtlasData,
) -> None:
    """Blocks of members under codes ('UT', 'NH', 'GE'; 'TE', 'ZA', 'HU'): where one code is
    no country's, all are provinces' headings, 'GE' (Gelderland) no Georgia nor 'ZA'
    (Zaragoza) South Africa; on a Dutch and a Spanish page, a contact after a middle dot."""
    dutch = (
        "Leden van het netwerk\n\n3 februari 2025\n\nHet netwerk verbindt gemeenten die "
        "werken aan gezondheid in alle beleid.\n\nUT\nGemeente Utrecht · Contactpersoon: Jan "
        "de Vries\nGemeente Amersfoort · Contactpersoon: Mieke Bos\n\nNH\nGemeente Haarlem · "
        "Contactpersoon: Sanne Visser\n\nGE\nGemeente Arnhem · Contactpersoon: Karin Mulder\n"
        "Gemeente Nijmegen · Contactpersoon: Tom Jansen, team Gezondheid\n"
    )
    spanish = (
        "Socios de la red\n\n3 de febrero de 2025\n\nLa red reúne a los ayuntamientos que "
        "trabajan por la salud en todas las políticas.\n\nTE\nAyuntamiento de Teruel · "
        "Contacto: Lucía Sanz\nAyuntamiento de Alcañiz · Contacto: Pedro Gil\n\nZA\n"
        "Ayuntamiento de Zaragoza · Contacto: Ana Ruiz, Servicio de Salud Pública\n"
        "Ayuntamiento de Calatayud · Contacto: Marta Sola\n\nHU\nAyuntamiento de Huesca · "
        "Contacto: Jorge Lasa\nAyuntamiento de Jaca · Contacto: Elena Puyo\n"
    )
    places = gazetteer_of([
        ("Utrecht", "NL", "", 360_000, ""), ("Amersfoort", "NL", "", 160_000, ""),
        ("Haarlem", "NL", "", 160_000, ""), ("Arnhem", "NL", "", 160_000, ""),
        ("Nijmegen", "NL", "", 180_000, ""), ("Teruel", "ES", "", 36_000, ""),
        ("Alcañiz", "ES", "", 16_000, ""), ("Zaragoza", "ES", "", 670_000, ""),
        ("Calatayud", "ES", "", 20_000, ""), ("Huesca", "ES", "", 53_000, ""),
        ("Jaca", "ES", "", 13_000, ""),
    ])  # fmt: skip
    assert list(plan(data, dutch, places).signatories["city"]) == [
        "Utrecht", "Amersfoort", "Haarlem", "Arnhem", "Nijmegen",
    ]  # fmt: skip
    assert list(plan(data, spanish, places).signatories["city"]) == [
        "Teruel", "Alcañiz", "Zaragoza", "Calatayud", "Huesca", "Jaca",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("cells", "read_as"),
    [
        (["Stadt", "Land", "Vertreten durch",
          "Leipzig", "Deutschland", "Oberbürgermeisterin Eva Krüger",
          "Valencia", "Venezuela", "Herr Julio Pérez",
          "Graz", "Österreich", "Judith Bauer",
          "Aachen", "Deutschland", "Dr. Jan Roth",
          "Valencia", "Spanien", "Marta Ruiz",
          "Lyon", "Frankreich", "Herr Paul Blanc",
          "Porto", "Portugal", "Rui Moreira",
          "Rotterdam", "Niederlande", "Dr. Ahmed Aboutaleb",
          "Salzburg", "Österreich", "Anna Huber"],
         [("Leipzig", "DE"), ("Valencia", "VE"), ("Graz", "AT"), ("Aachen", "DE"),
          ("Valencia", "ES"), ("Lyon", "FR"), ("Porto", "PT"), ("Rotterdam", "NL"),
          ("Salzburg", "AT")]),
        (["Ville", "Pays", "Représentée par",
          "Grenoble", "France", "Éric Piolle",
          "Valencia", "Venezuela", "M. Julio Pérez",
          "Genève", "Suisse", "Marie Barbey",
          "Kumasi", "Ghana", "Mme Ama Pyne",
          "Lyon", "France", "Sylvie Tomic",
          "Valencia", "Espagne", "Mme María José Catalá",
          "Bruxelles", "Belgique", "Benoît Hellings",
          "Cuenca", "Équateur", "M. Pedro Palacios",
          "Utrecht", "Pays-Bas", "Sharon Dijksma"],
         [("Grenoble", "FR"), ("Valencia", "VE"), ("Genève", "CH"), ("Kumasi", "GH"),
          ("Lyon", "FR"), ("Valencia", "ES"), ("Bruxelles", "BE"), ("Cuenca", "EC"),
          ("Utrecht", "NL")]),
    ],
)  # fmt: skip
def test_a_table_one_cell_a_line_whose_rows_are_told_by_their_country_cells(
    data: store.AtlasData, cells: list[str], read_as: list[tuple[str, str]]
) -> None:
    """A table copied one cell a line (town, country, signer) whose signers' column is
    marked in some rows only (a title before some names, a bare office before others): a
    country every three lines tells its rows of three cells, not of six (two rows run
    together, whose first row would be the head and whose second country would be the
    first town's); each town is of its own row's country ('Valencia' twice)."""
    page = HEAD + "Unterzeichner / Signataires\n\n" + "\n".join(cells) + "\n\nTeilen\n"
    assert [(city, find_country(country)) for city, country in read(data, page)] == read_as


@pytest.mark.parametrize(
    ("cells", "read_as"),
    [
        (["Utrecht", "Burgemeester Sharon Dijksma", "Nederland",
          "Valencia", "Julio Pérez", "Venezuela",
          "Breda", "Dhr. Paul Depla", "Nederland",
          "Valencia", "María José Catalá", "Spanje",
          "Aachen", "Dr. Sibylle Keupen", "Duitsland",
          "Graz", "Elke Kahr", "Oostenrijk",
          "Lyon", "Dhr. Grégory Doucet", "Frankrijk"],
         [("Utrecht", "NL"), ("Valencia", "VE"), ("Breda", "NL"), ("Valencia", "ES"),
          ("Aachen", "DE"), ("Graz", "AT"), ("Lyon", "FR")]),
        (["Italia", "Bologna", "Sindaco Matteo Lepore",
          "Venezuela", "Valencia", "Julio Pérez",
          "Italia", "Palermo", "Dott. Roberto Lagalla",
          "Spagna", "Valencia", "María José Catalá",
          "Francia", "Lyon", "Sig. Grégory Doucet",
          "Austria", "Graz", "Elke Kahr",
          "Ecuador", "Quito", "Pabel Muñoz"],
         [("Bologna", "IT"), ("Valencia", "VE"), ("Palermo", "IT"), ("Valencia", "ES"),
          ("Lyon", "FR"), ("Graz", "AT"), ("Quito", "EC")]),
    ],
)  # fmt: skip
def test_a_table_one_cell_a_line_with_no_head_whose_rows_are_told_by_their_country(
    data: store.AtlasData, cells: list[str], read_as: list[tuple[str, str]]
) -> None:
    """A table copied one cell a line with no head (town, signer, country; or country,
    town, signer) whose signers are titled in some rows only: a country every third line
    from the first row to the last tells its rows, so that the signers' names are no
    places; each town is of its row's country."""
    page = HEAD + "Ondertekenaars / Firmatari\n\n" + "\n".join(cells) + "\n\nDelen\n"
    assert [(city, find_country(country)) for city, country in read(data, page)] == read_as


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["M. Paul Blanc", "Maire de Lyon", "France",
          "Mme Anne Roux", "Maire de Grenoble", "France",
          "M. Jan Peeters", "Bourgmestre de Bruxelles", "Belgique",
          "Mme Marie Barbey", "Maire de Genève", "Suisse"],
         ["Lyon", "Grenoble", "Bruxelles", "Genève"]),
        (["Dr. Rui Moreira", "Presidente da Câmara do Porto", "Portugal",
          "Dra. Ana Lopes", "Presidente da Câmara de Lisboa", "Portugal",
          "Sr. João Silva", "Prefeito de Costa", "Brasil",
          "Sr. Pabel Muñoz", "Alcalde de Quito", "Ecuador"],
         ["Porto", "Lisboa", "Costa", "Quito"]),
    ],
)  # fmt: skip
def test_signature_blocks_one_line_each_with_a_country_every_third_line_are_no_table(
    data: store.AtlasData, lines: list[str], cities: list[str]
) -> None:
    """Signature blocks copied from a PDF (a name, a title naming the town, the state),
    a country every third line as a table's column would be: no column of places, so no
    table whose first cell (the signer's name) is the place; the titles name the towns."""
    page = HEAD + "Signataires / Signatários\n\n" + "\n".join(lines) + "\n\nPartager\n"
    assert [c for c, _ in read(data, page)] == cities


def test_a_view_switch_over_the_list_is_no_place(data: store.AtlasData) -> None:
    """'Vis som: Liste | Kart', 'Zobrazit jako: Seznam | Mapa': a page's controls that show
    its list as a list or a map, whose words are places somewhere ('Mapa', 'Kart'), but
    the site's in the company of another such word."""
    gazetteer = _with_place(GAZETTEER, "Kart", "NO", 1_500)
    gazetteer = _with_place(gazetteer, "Vis", "HR", 1_900)
    gazetteer = _with_place(gazetteer, "Mapa", "PL", 1_200)
    page = HEAD + ("Medlemmer\n\nVis som: Liste | Kart\n\nAarhus\nLund\nReykjavík\n\nDel siden\n")
    assert [c for c, _ in _read_with(data, page, gazetteer)] == ["Aarhus", "Lund", "Reykjavík"]
    page = HEAD + "Členská města\n\nZobrazit jako: Seznam | Mapa\n\nTábor\nBrno\nOstrava\n"
    assert [c for c, _ in _read_with(data, page, gazetteer)] == ["Tábor", "Brno", "Ostrava"]
    assert is_menu("Liste | Karte")
    assert is_menu("Mappa | Elenco")
    assert not is_menu("Lisboa | Porto")


def test_share_and_print_in_other_languages_are_the_site_s(data: store.AtlasData) -> None:
    """'Partilhar', 'Udostępnij', 'Drucken' under a page's list: the site's buttons, no
    entry nor title; a menu may part its items with dots ('Início · Notícias')."""
    assert all(map(is_furniture, ["Partilhar", "Udostępnij", "Drucken", "Compartir"]))
    assert not any(map(is_furniture, ["Del Rio", "Delen", "Stampa"]))
    assert is_dotted_menu("Início · Quem somos · Notícias · Contactos")
    assert not is_dotted_menu("Braga · Porto · Lisboa")
    assert not is_dotted_menu("Jönköpings kommun · Värnamo kommun")


def test_a_running_footer_that_numbers_its_page_after_a_dash_is_a_page_break() -> None:
    """A PDF's running footer whose page number follows its title after a dash ('Charte
    des communes pour l'eau – Page 1 sur 2') is a page break, not a line of the list."""
    lines = [
        "Commune de Vannes",
        "Charte des communes pour l'eau – Page 1 sur 2",
        "Commune de Lorient",
    ]
    assert page_breaks(lines) == ["Commune de Vannes", PAGE_BREAK, "Commune de Lorient"]


def test_a_signer_s_line_saying_for_whom_they_signed_is_no_prose(data: store.AtlasData) -> None:
    """Signature blocks of a name, a title and a body: a deputy's block says for whom they
    signed instead of a title ('in Vertretung des Bürgermeisters'); the list reads on."""
    page = HEAD + (
        "Unterzeichnet:\n\n"
        "Eva Maria Kunz\nBürgermeisterin\nStadt Salzburg\n\n"
        "Jonas Wirth\nin Vertretung des Bürgermeisters\nStadt Graz\n\n"
        "Lena Hofer\nBürgermeisterin\nStadt Dornbirn\n\n"
        "Paul Aigner\nBürgermeister\nStadt Leoben\n\n"
        "Mia Gruber\nBürgermeisterin\nStadt Wels\n"
    )
    assert [city for city, _ in read(data, page)] == [
        "Salzburg", "Graz", "Dornbirn", "Leoben", "Wels",
    ]  # fmt: skip


def test_a_body_s_name_with_an_and_keeps_its_and_before_a_shared_bracket() -> None:
    """A body read by its form whose name holds an 'and' ('Unione dei Comuni Alto Reno e
    Montagna (BO)', 'Communauté de communes Rhône et Lac (FR)'): one member, not a town per
    part."""
    places = PlaceNames(lambda name: fold(name) in {"asti", "alba", "bra", "cuneo"})
    page = (
        "Nuovi membri\n\n• Comune di Asti (AT)\n• Comune di Alba (CN)\n• Comune di Bra (CN)\n"
        "• Unione di Comuni Mugello e Valbisenzio (FI)\n"
        "• Comune di Cuneo (CN)\n"
    )
    found = read_member_list(page.split("\n"), places, page=page.split("\n"))
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Asti", "Alba", "Bra", "Unione di Comuni Mugello e Valbisenzio", "Cuneo",
    ]  # fmt: skip


def test_two_columns_of_places_with_countries_run_together_under_counted_regions(
    data: store.AtlasData,
) -> None:
    """A PDF's two columns of 'place, country' under world regions with their counts, copied
    with a wide gap or a single space between the columns: each cell is one entry with its
    own country, not the first place with the second's country."""
    page = HEAD + (
        "Nos villes membres\n\nAFRICA (4)\nKumasi, Ghana                 Maroua, Cameroon\n"
        "Nairobi, Kenya                Tamale, Ghana\n\nEUROPE (4)\nLyon, France Aarhus, Denmark\n"
        "Graz, Austria Bologna, Italy\n\nLe secrétariat répond à vos questions.\n"
    )
    assert sorted(read(data, page)) == [
        ("Aarhus", "Denmark"), ("Bologna", "Italy"), ("Graz", "Austria"), ("Kumasi", "Ghana"),
        ("Lyon", "France"), ("Maroua", "Cameroon"), ("Nairobi", "Kenya"), ("Tamale", "Ghana"),
    ]  # fmt: skip


def test_two_columns_of_bodies_under_counted_regions_some_rows_run_together() -> None:
    """Two columns of towns and municipalities by their forms ('Grad Split', 'Općina Vir')
    under regions with their counts, each region's heading in the paragraph of its rows: a
    grid, no signature blocks side by side; a row the copy ran together at one space holds
    two bodies too, the second by another form ('Grad Pula Općina Bol')."""
    known = {"split", "rijeka", "zadar", "vir", "osijek", "pula", "sibenik", "bol", "krk"}
    places = PlaceNames(lambda name: fold(name) in known)
    page = (
        "Članovi mreže\n\nDalmacija (3)\nGrad Split          Grad Zadar\nGrad Šibenik\n\n"
        "Sjever i Istok (6)\nGrad Rijeka         Grad Osijek\nGrad Krk            Općina Vir\n"
        "Grad Pula Općina Bol\n\nKontakt: ured mreže.\n"
    ).split("\n")
    found = read_member_list(page, places)
    assert found is not None
    assert sorted(e.city for e in found.entries) == [
        "Bol", "Krk", "Osijek", "Pula", "Rijeka", "Split", "Vir", "Zadar", "Šibenik"
    ]  # fmt: skip


def test_an_ending_table_finds_the_rows_a_word_ends_in_in_their_order() -> None:
    table = EndingTable((("ej", ("a",)), ("", ("y",)), ("nej", ("na",)), ("e", ("a",))))
    assert table.rows_ending("zielonej") == (("ej", ("a",)), ("", ("y",)), ("nej", ("na",)))
    assert table.rows_ending("góre") == (("", ("y",)), ("e", ("a",)))
    assert table.rows_ending("j") == (("", ("y",)),)  # no ending longer than the word


@pytest.mark.parametrize("name", ["Springfield", "Stadt", "Gmina", "м.Ужгород", "Ville-Marie"])
def test_a_name_without_a_space_has_no_form_to_strip(name: str) -> None:
    assert strip_form(name) == name  # every form has a space after it: 'Stadt Wien' Wien
    assert strip_form("Stadt Wien") == "Wien"


def test_a_sentence_s_towns_after_a_plural_with_province_codes_and_a_union_with_a_clause(
    data: store.AtlasData,
) -> None:
    """A sentence naming the towns that joined after a plural word for towns ('i Comuni di
    Imola (BO), ...'), the first after a capitalised noun and an 'and' that is no name's
    ('alla Rete i Comuni'), the province's code shared by the names before it; then a union
    of municipalities after 'insieme all'' (its article elided onto it), and a relative
    clause with a capital ('che aderisce a nome dei suoi nove Comuni') that ends the list."""
    towns = GAZETTEER
    for name in ["Imola", "Faenza", "Cervia", "Cesena", "Rimini"]:
        towns = _with_place(towns, name, "IT", 50_000)
    page = HEAD + (
        "Hanno aderito alla Rete i Comuni di Imola (BO), Faenza e Cervia (RA), Cesena (FC) e "
        "Rimini (RN), insieme all'Unione dei Comuni del Frignano, che aderisce a nome dei "
        "suoi dieci Comuni.\n\nCondividi\n"
    )
    assert [c for c, _ in _read_with(data, page, towns)] == [
        "Imola", "Faenza", "Cervia", "Cesena", "Rimini", "Unione dei Comuni del Frignano",
    ]  # fmt: skip


def test_blocks_headed_by_regions_of_one_country_named_like_towns(data: store.AtlasData) -> None:
    """Blocks of towns, each under the name of a region of one country ('Tirol', 'Salzburg',
    'Kärnten'), some of which towns bear too: every first line a heading, no member."""
    places = _with_places("Tirol, Salzburg, Kärnten, Lienz, Kufstein", "AT")
    places = _with_places("Hallein, Villach, Spittal, Leoben, Kapfenberg", "AT", places)
    page = HEAD + (
        "Unsere Mitgliedsgemeinden\n\nTirol\nLienz\nKufstein\n\nSalzburg\nHallein\n\n"
        "Kärnten\nVillach\nSpittal\n\nSteiermark\nLeoben\nKapfenberg\n\nKontakt: info\n"
    )
    assert [c for c, _ in _read_with(data, page, places)] == [
        "Lienz", "Kufstein", "Hallein", "Villach", "Spittal", "Leoben", "Kapfenberg",
    ]  # fmt: skip


def test_members_abroad_under_a_heading_in_words_then_countries(data: store.AtlasData) -> None:
    """A heading that says its members are abroad in a few words ('Geassocieerde leden uit
    het buitenland') goes on with the list, its countries' headings after it."""
    places = _with_places(
        "Gent", "BE", _with_places("Kleve", "DE", _with_places("Zwolle, Deventer, Kampen", "NL"))
    )
    page = HEAD + (
        "Leden\n\nZwolle\nDeventer\nKampen\n\nGeassocieerde leden uit het buitenland\n\n"
        "België\nGent\n\nDuitsland\nKleve\n\nContact: info\n"
    )
    assert _read_with(data, page, places) == [
        ("Zwolle", "Netherlands"), ("Deventer", "Netherlands"), ("Kampen", "Netherlands"),
        ("Gent", "België"), ("Kleve", "Duitsland"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Ada Kaya, Trabzon Büyükşehir Belediye Başkanı", "Trabzon"),
        ("Ada Kaya – Bornova Belediye Başkan Vekili", "Bornova"),
        ("Ada Kivi, Viljandi linnapea", "Viljandi"),
        ("Ada Kaya, Trabzon Büyükşehir Belediyesi Genel Sekreteri", "Trabzon"),
    ],
)
def test_a_heads_title_after_the_place_in_a_signers_field_names_the_place(
    line: str, city: str
) -> None:
    """A signer's name (a given name that is a place elsewhere), then their town and the
    title of its head after it, with no word for 'of' (Turkish 'Belediye Başkanı',
    Estonian 'linnapea'): the town is the line's place, the person's name none."""
    known = PlaceNames(lambda name: name in {"Ada", "Trabzon", "Bornova", "Viljandi"})
    kind, entry = _classify(line, 1, known)
    assert kind == "entry"
    assert entry is not None
    assert entry.city == city


@pytest.mark.parametrize(
    ("line", "body", "kind"),
    [
        ("Ada Kaya, Ege Belediyeler Birliği Genel Sekreteri", "Ege Belediyeler Birliği",
         "union of municipalities"),
        ("Ada Kaya, Sahil Kentler Birliği Başkanı", "Sahil Kentler Birliği",
         "union of municipalities"),
        ("Ada Kaya, Rize İl Özel İdaresi Genel Sekreteri", "Rize İl Özel İdaresi", "province"),
    ],
)  # fmt: skip
def test_a_body_before_its_heads_title_in_a_signers_field_is_the_lines_body(
    line: str, body: str, kind: str
) -> None:
    """A signer's name, then a body other than a town and the title of its head or secretary
    after it (Turkish 'Başkanı', 'Genel Sekreteri'): the body with its whole name and kind,
    not the place its name starts with."""
    known = PlaceNames(lambda name: name in {"Ada", "Ege", "Rize"})
    _, entry = _classify(line, 1, known)
    assert entry is not None
    assert (entry.city, entry.kind) == (body, kind)


def test_a_bare_title_after_a_persons_name_names_no_place() -> None:
    """A title in its bare form after a name is the person's ('Kiss Anna polgármester',
    Hungarian: the mayor Anna Kiss), not the title of a place's head that says whose it is
    ('Győr polgármestere'): the line keeps it, no place is read from the name before it."""
    assert without_head_title("Kiss Anna polgármester") == "Kiss Anna polgármester"
    assert without_head_title("Győr polgármestere") == "Győr"


def test_towns_with_their_form_glued_before_them_under_region_headings(
    data: store.AtlasData,
) -> None:
    """Thai and Lao glue a town's form before its name, with no space ('เทศบาลนครตรัง', Trang
    city municipality; 'ນະຄອນປາກເຊ', Pakse city), its province's after a space: the form
    says the line names a place, and the region headings over them (no form) are none."""
    places = GAZETTEER
    for name, code, population, alternate in [
        ("Trang", "TH", 60_000, "ตรัง"), ("Nan", "TH", 20_000, "น่าน"),
        ("Yala", "TH", 60_000, "ยะลา"), ("Lamphun", "TH", 14_000, "ลำพูน"),
        ("Pakse", "LA", 88_000, "ປາກເຊ"), ("Luang Prabang", "LA", 55_000, "ຫຼວງພະບາງ"),
        ("Vientiane", "LA", 820_000, "ວຽງຈັນ"),
    ]:  # fmt: skip
        places = _with_names(places, name, code, population, alternate)
    thai = HEAD + (
        "ภาคเหนือ\nเทศบาลเมืองน่าน จังหวัดน่าน\nเทศบาลเมืองลำพูน จังหวัดลำพูน\n"
        "ภาคใต้\nเทศบาลนครตรัง จังหวัดตรัง\nเทศบาลนครยะลา จังหวัดยะลา\n"
    )
    assert _read_with(data, thai, places) == [
        ("น่าน", "Thailand"), ("ลำพูน", "Thailand"), ("ตรัง", "Thailand"), ("Yala", "Thailand"),
    ]  # fmt: skip
    lao = HEAD + (
        "ພາກໃຕ້\nນະຄອນປາກເຊ ແຂວງຈຳປາສັກ\nພາກເໜືອ\nນະຄອນຫຼວງພະບາງ ແຂວງຫຼວງພະບາງ\nພາກກາງ\nນະຄອນຫຼວງວຽງຈັນ\n"
    )  # 'ນະຄອນຫຼວງພະບາງ': Luang Prabang city, not the capital (ນະຄອນຫຼວງ) 'ພະບາງ'
    assert _read_with(data, lao, places) == [
        ("ປາກເຊ", "Laos"), ("ຫຼວງພະບາງ", "Laos"), ("ວຽງຈັນ", "Laos"),
    ]  # fmt: skip


def test_a_table_of_thai_bodies_with_their_form_glued_before_and_a_province_column(
    data: store.AtlasData,
) -> None:
    """A tab table of Thai local bodies, each with its form glued before its town's name
    ('เทศบาลเมืองหัวหิน', Hua Hin town municipality), its province in the next column: the
    body's column is the list's, though the province's names fill their cells whole; a
    province's administrative organisation ('องค์การบริหารส่วนจังหวัดกระบี่') is a body of
    its province, and 'เมือง' glued before a name is a city's form ('เมืองเบตง')."""
    places = GAZETTEER
    for name, population, alternate in [
        ("Hua Hin", 60_000, "หัวหิน"), ("Prachuap Khiri Khan", 30_000, "ประจวบคีรีขันธ์"),
        ("Mae Sot", 50_000, "แม่สอด"), ("Tak", 20_000, "ตาก"), ("Betong", 25_000, "เบตง"),
        ("Yala", 60_000, "ยะลา"), ("Krabi", 30_000, "กระบี่"),
    ]:  # fmt: skip
        places = _with_names(places, name, "TH", population, alternate)
    page = HEAD + (
        "ลำดับ\tหน่วยงาน\tจังหวัด\n1\tเทศบาลเมืองหัวหิน\tประจวบคีรีขันธ์\n"
        "2\tเทศบาลนครแม่สอด\tตาก\n3\tเมืองเบตง\tยะลา\n4\tองค์การบริหารส่วนจังหวัดกระบี่\tกระบี่\n"
    )
    assert _read_with(data, page, places) == [
        ("หัวหิน", "Thailand"), ("แม่สอด", "Thailand"), ("เบตง", "Thailand"),
        ("องค์การบริหารส่วนจังหวัดกระบี่", "Thailand"),
    ]  # fmt: skip


def test_chinese_counties_with_their_form_glued_after_them_are_counties(
    data: store.AtlasData,
) -> None:
    """A Chinese county names itself with '縣' (traditional) or '县' glued after its name
    ('苗栗縣', Miaoli County): a body of its kind, in the list's country, though the
    gazetteer has the name with its form only for another country's namesake."""
    places = GAZETTEER
    for name, code, alternate in [
        ("Miaoli", "TW", "苗栗"), ("Hsinchu", "TW", "新竹"), ("Penghu", "TW", "澎湖"),
        ("Tainan", "TW", "臺南市"), ("Miaoli Town", "CN", "苗栗縣"),
    ]:  # fmt: skip
        places = _with_names(places, name, code, 90_000, alternate)
    page = HEAD + "會員名單：\n\n北部：新竹縣、苗栗縣\n南部：臺南市、澎湖縣\n"
    assert _read_with(data, page, places) == [
        ("新竹縣", "Taiwan"), ("苗栗縣", "Taiwan"), ("臺南市", "Taiwan"), ("澎湖縣", "Taiwan"),
    ]  # fmt: skip


def test_a_region_cell_that_joins_its_towns_names_with_dashes_is_no_region_of_its_first(
    data: store.AtlasData,
) -> None:
    """A table's region column may name a region for the towns it joins with spaced
    dashes ('Centre - Val de Loire', 'Bourgogne - Franche-Comté'): the cell's first name
    alone ('Centre', a region of Haiti, Cameroon and Burkina Faso too) says nothing of the
    row's country, and a namesake there is not the town."""
    places = GAZETTEER
    for name, code, population in [
        ("Tours", "FR", 135_000), ("Orléans", "FR", 115_000), ("Dijon", "FR", 155_000),
        ("Besançon", "FR", 115_000), ("Tours", "HT", 3_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    page = HEAD + (
        "Commune\tRégion\tAdhésion\nVille de Tours\tCentre - Val de Loire\t2015\n"
        "Ville d'Orléans\tCentre - Val de Loire\t2016\nVille de Dijon\tBourgogne - Franche-Comté"
        "\t2017\nVille de Besançon\tBourgogne - Franche-Comté\t2018\n"
    )
    assert _read_with(data, page, places) == [
        ("Tours", "France"), ("Orléans", "France"), ("Dijon", "France"), ("Besançon", "France"),
    ]  # fmt: skip


def test_georgian_towns_in_the_genitive_before_their_heads_titles(data: store.AtlasData) -> None:
    """Georgian names a town's mayor by the town in the genitive ('-ის' for the nominative's
    last vowel: 'ზესტაფონის' of ზესტაფონი, 'მცხეთის' of მცხეთა), its body's words and the
    title after it, the person after a dash; its letters have no capitals in use, though
    Python calls them small: no line of them is a title alone in lower case."""
    places = GAZETTEER
    for name, population, alternate in [
        ("Zestaponi", 20_000, "ზესტაფონი"), ("Mtskheta", 8_000, "მცხეთა"),
        ("Akhaltsikhe", 17_000, "ახალციხე"), ("Samtredia", 25_000, "სამტრედია"),
    ]:  # fmt: skip
        places = _with_names(places, name, "GE", population, alternate)
    page = HEAD + (
        "ხელმომწერები:\n\n"
        "ზესტაფონის მუნიციპალიტეტის გამგებელი – ლაშა ბერიძე\n"
        "მცხეთის მუნიციპალიტეტის მერი – ნინო კაპანაძე\n"
        "ქ. ახალციხის მერი – გიორგი ნოზაძე\n"
        "ქ. სამტრედიის მერი – მაია ცერცვაძე\n"
    )
    assert _read_with(data, page, places) == [
        ("ზესტაფონი", "Georgia"), ("მცხეთა", "Georgia"),
        ("ახალციხე", "Georgia"), ("სამტრედია", "Georgia"),
    ]  # fmt: skip


def test_a_group_heading_of_two_areas_an_and_joins_goes_on_with_the_list() -> None:
    """A group's heading that names two areas an 'and' joins ('Northern Mindanao and
    Caraga'), more words than a bare name's, over bulleted lines of towns: a heading of
    names, no prose that ends the list above it."""
    known = {fold(name) for name in ["Cebu", "Iloilo", "Bacolod", "Butuan", "Iligan"]}
    lines = ["Member cities:", "", "Visayas", "• City of Cebu", "• City of Iloilo"]
    lines += ["• City of Bacolod", "Northern Mindanao and Caraga", "• City of Butuan"]
    lines += ["• City of Iligan", "", "Share"]
    found = read_member_list(lines, PlaceNames(lambda name: fold(name) in known))
    assert found is not None
    assert [e.city for e in found.entries] == ["Cebu", "Iloilo", "Bacolod", "Butuan", "Iligan"]


def test_a_region_s_name_after_its_status_abbreviated_in_capitals_is_the_region() -> None:
    """'Kota Banda Aceh, DI Aceh': the field after the town names its region after the
    region's status in capitals (Indonesian 'DI', Daerah Istimewa, special region): the
    region, not a country no one knows."""
    entry = read_entry("• Kota Banda Aceh, DI Aceh", 1)
    assert entry is not None
    assert (entry.city, entry.region, entry.country, entry.codes) == (
        "Kota Banda Aceh", "DI Aceh", "", ("ID",)
    )  # fmt: skip


@pytest.mark.parametrize(
    ("line", "city", "kind"),
    [("Mhe. Wanjiru Kamau, Gavana wa Kaunti ya Nyeri", "Kaunti ya Nyeri", "county"),
     ("Mhe. Issa Mrisho, Meya wa Jiji la Kigoma", "Kigoma", "city"),
     ("Mhe. Grace Mushi, Meya wa Manispaa ya Bukoba (Tanzania)", "Bukoba", "city")],
)  # fmt: skip
def test_a_swahili_signer_s_title_and_body_after_its_class_s_of(
    line: str, city: str, kind: str
) -> None:
    """Swahili names a head's place after 'wa' (of: 'Meya wa', 'Gavana wa') and a body's
    town after its class's 'of' ('Jiji la', the city of; 'Manispaa ya', the municipality
    of); a county ('Kaunti ya Nyeri') is the county's, not its seat's."""
    known = PlaceNames(lambda name: fold(name) in {"nyeri", "kigoma", "bukoba"})
    found, entry = _classify(line, 1, known)
    assert found == "entry"
    assert entry is not None
    assert (entry.city, entry.kind) == (city, kind)


@pytest.mark.parametrize(
    ("line", "city"),
    [("ठाणे महानगरपालिका – महापौर रमेश सावंत", "ठाणे"),
     ("कोटा नगर निगम – महापौर सीमा गुप्ता", "कोटा"),
     ("बरेली नगर निगम", "बरेली"),
     ("नगर निगम फरीदाबाद – महापौर अनिल यादव", "फरीदाबाद")],
)  # fmt: skip
def test_a_devanagari_town_s_body_by_its_form_and_the_mayor_after_a_dash(
    line: str, city: str
) -> None:
    """Hindi and Marathi name a town's body by its form after the town ('नगर निगम', the
    municipal corporation; 'महानगरपालिका') or before it, whatever vowel sign ends the
    town's name (no letter to `\\w`: 'ठाणे', 'कोटा'); the mayor after the dash is no place."""
    known = PlaceNames(lambda name: name in {"ठाणे", "कोटा", "बरेली", "फरीदाबाद"})
    found, entry = _classify(line, 1, known)
    assert found == "entry"
    assert entry is not None
    assert entry.city == city


@pytest.mark.parametrize(
    ("line", "city"),
    [("கடலூர் மாநகராட்சி", "கடலூர்"),
     ("திரு. ரவி கண்ணன், மேயர், கடலூர் மாநகராட்சி", "கடலூர்"),
     ("ஆம்பூர் நகராட்சி", "ஆம்பூர்"),
     ("నెల్లూరు నగరపాలక సంస్థ", "నెల్లూరు"),
     ("ఒంగోలు పురపాలక సంఘం", "ఒంగోలు"),
     ("ගාල්ල මහ නගර සභාව", "ගාල්ල"),
     ("මාතර නගර සභාව", "මාතර")],
)  # fmt: skip
def test_a_tamil_telugu_or_sinhala_town_s_body_by_its_form_after_the_town(
    line: str, city: str
) -> None:
    """Tamil ('மாநகராட்சி', a municipal corporation; 'நகராட்சி'), Telugu ('నగరపాలక సంస్థ',
    'పురపాలక సంఘం') and Sinhala ('මහ නගර සභාව', a municipal council; 'නගර සභාව') name a
    town's body by its form after the town, a signer's name and role before it."""
    known = PlaceNames(lambda name: name in {"கடலூர்", "ஆம்பூர்", "నెల్లూరు", "ఒంగోలు", "ගාල්ල", "මාතර"})
    found, entry = _classify(line, 1, known)
    assert found == "entry"
    assert entry is not None
    assert entry.city == city


@pytest.mark.parametrize(
    ("line", "city"),
    [("বৰপেটা পৌৰসভা", "বৰপেটা"),
     ("শিৱসাগৰ পৌৰ নিগম", "শিৱসাগৰ"),
     ("হাওড়া পুরসভা", "হাওড়া"),
     ("বর্ধমান পৌর নিগম", "বর্ধমান")],
)  # fmt: skip
def test_an_assamese_or_bengali_town_s_body_by_its_form_after_the_town(
    line: str, city: str
) -> None:
    """Assamese writes its municipality's and corporation's forms with its own r ('পৌৰসভা',
    'পৌৰ নিগম'), Bengali with its ('পৌর নিগম', 'পুরসভা'): the town before them."""
    known = PlaceNames(lambda name: name in {"বৰপেটা", "শিৱসাগৰ", "হাওড়া", "বর্ধমান"})
    found, entry = _classify(line, 1, known)
    assert found == "entry"
    assert entry is not None
    assert entry.city == city


def test_an_honorific_with_its_stop_before_a_signers_name_ends_no_sentence(
    data: store.AtlasData,
) -> None:
    page = HEAD + (
        "Signed:\n\n"
        "Hon. Kofi Mensah-Arthur, Metropolitan Chief Executive, Kumasi Metropolitan Assembly, "
        "Ghana\n"
        "Hon. Amina Seidu, Metropolitan Chief Executive, Tamale Metropolitan Assembly, Ghana\n"
        "His Worship Otieno Were, Mayor, Kisumu City Council, Kenya\n"
        "Cllr. Themba Ngcobo-Zulu, Mayor, uMhlathuze Local Municipality (Richards Bay), "
        "South Africa\n"
        "Cllr. Naledi Khoza, Executive Mayor, eThekwini Metropolitan Municipality (Durban), "
        "South Africa\n"
    )  # 'Cllr. Themba': a word of four letters, a stop and a capital, as a sentence ends,
    # but a title before a signer's name
    assert read(data, page) == [
        ("Kumasi", "Ghana"), ("Tamale", "Ghana"), ("Kisumu", "Kenya"),
        ("Richards Bay", "South Africa"), ("Durban", "South Africa"),
    ]  # fmt: skip


def test_a_numbered_list_of_genitives_after_a_polish_role_names_the_places_as_the_atlas_does(
    data: store.AtlasData,
) -> None:
    """Every town of a list in the genitive after its head's title ('Prezydent Miasta
    Gdańska', Polish: the president of the city of Gdańsk), none named as the atlas names
    it nor with its country, two words villages' names ('Tarnowa'): the list's country is
    the one its case forms read in, and each entry the place's own name ('Tarnów')."""
    polish = _with_places("Gdańsk, Szczecin, Olsztyn, Tarnów, Elbląg, Radom, Kalisz", "PL")
    polish = _with_place(_with_place(polish, "Tarnowa", "PL", 200), "Kalisza", "PL", 100)
    page = HEAD + (
        "Apel podpisali:\n\n"
        "1. Jan Nowak – Prezydent Miasta Gdańska\n"
        "2. Ewa Lis – Prezydent Miasta Szczecina\n"
        "3. Adam Bąk – Prezydent Miasta Olsztyna\n"
        "4. Maria Wróbel – Prezydent Miasta Tarnowa\n"
        "5. Piotr Kania – Zastępca Prezydenta Miasta Elbląga\n"
        "6. Anna Sowa – Prezydent Miasta Radomia\n"
        "7. Jerzy Pawlak – Prezydent Miasta Kalisza\n"
    )
    towns = ("Gdańsk", "Szczecin", "Olsztyn", "Tarnów", "Elbląg", "Radom", "Kalisz")
    assert _read_with(data, page, polish) == [(name, "Poland") for name in towns]


def test_group_blocks_of_items_each_with_a_year_after_a_dash_are_no_cards() -> None:
    """Blocks of one number of lines, each a region's heading over places with the year
    they joined after a dash ('Kassel – 2012'): a list's groups, whose items name other
    places, not cards whose fields a label names alike in each ('Joined – 2019')."""
    groups = [
        ("Hessen", ["Kassel – 2012", "Fulda – 2019"]),
        ("Thüringen", ["Erfurt – 2014", "Jena – 2020"]),
        ("Sachsen", ["Leipzig – 2011", "Zwickau – 2023"]),
    ]
    lines = [line for head, items in groups for line in (head, *items, "")]
    assert cards_joined(lines) == lines
    cards = [("Aarhus", "2019", "12"), ("Bilbao", "2015", "9"), ("Porto", "2021", "4")]
    lines = [x for c, y, n in cards for x in (c, f"Joined – {y}", f"Members – {n}", "")]
    assert cards_joined(lines)[::4] == [f"{c}\tJoined – {y}\tMembers – {n}" for c, y, n in cards]


def test_a_directory_s_field_of_the_body_s_kind_after_a_middle_dot_is_no_place(
    data: store.AtlasData,
) -> None:
    """A directory writes each member's kind after its name and a middle dot ('X City
    Council · City council', 'X Borough Council · Borough'), as others write a category
    after a dash: a field that ends many rows alike, and those sharing a word with it
    ('Town council' beside 'City council'), naming no place, is a column of kinds."""
    irish = _with_places(
        "Galway, Sligo, Kilkenny, Drogheda, Dundalk, Cork, Clonmel, Limerick", "IE"
    )
    page = HEAD + (
        "Our members\n\nConnacht\nGalway City Council · City council\n"
        "Sligo Borough Council · Borough\n\nLeinster\nKilkenny Borough Council · Borough\n"
        "Drogheda Borough Council · Borough\nDundalk Town Council · Town council\n\n"
        "Munster\nCork City Council · City council\nClonmel Borough Council · Borough\n"
        "Limerick City Council · City council\n"
    )
    assert _read_with(data, page, irish) == [
        (town, "Ireland")
        for town in (
            "Galway", "Sligo", "Kilkenny", "Drogheda", "Dundalk", "Cork", "Clonmel", "Limerick",
        )
    ]  # fmt: skip


def test_rows_of_two_columns_of_bodies_parted_at_a_wide_gap_whatever_their_forms(
    data: store.AtlasData,
) -> None:
    """Two columns of bodies set apart by a wide gap, mostly of one form ('Ville de X      Ville
    de Y'): a row of other forms ('Commune de X      Commune de Y'), or whose right body is of
    another form ('Ville de X      Commune de Y'), parts at its gap as the others do."""
    places = _with_places("Dijon, Rennes, Nantes, Bordeaux, Lille, Metz", "FR")
    places = _with_places("Lausanne, Sion, Genève, Fribourg", "CH", places)
    page = HEAD + (
        "Membres signataires\n\nFrance\n\n"
        "Ville de Lyon             Ville de Grenoble\n"
        "Ville de Bordeaux         Ville de Nantes\n"
        "Ville de Rennes           Ville de Lille\n"
        "Ville de Dijon            Commune de Metz\n\n"
        "Suisse\n\n"
        "Commune de Lausanne       Commune de Genève\n"
        "Commune de Sion           Commune de Fribourg\n\n"
        "Contact | Mentions légales\n"
    )
    assert sorted(city for city, _ in _read_with(data, page, places)) == sorted([
        "Lyon", "Bordeaux", "Rennes", "Dijon", "Lausanne", "Sion", "Grenoble", "Nantes",
        "Lille", "Metz", "Genève", "Fribourg",
    ])  # fmt: skip


def test_rows_ending_in_a_spaced_date_of_day_month_and_year_are_no_sentences() -> None:
    """A table aligned with spaces whose last column is a date written day, month and year,
    each with its stop ('7. 4. 2022.', as Croatian, Czech and Slovak write it): its rows
    end in a stop but are no sentences, and the table is the list."""
    towns = PlaceNames(lambda name: fold(name) in {"trnava", "senica", "skalica", "holic"})
    page = [
        "Signatári memoranda", "",
        "Mesto          Okres          Dátum podpisu",
        "Mesto Trnava   Trnavský       7. 4. 2022.",
        "Mesto Senica   Senický        7. 4. 2022.",
        "Mesto Skalica  Skalický       19. 10. 2023.",
        "Mesto Holíč    Skalický       3. 1. 2024.",
    ]  # fmt: skip
    found = read_member_list(page, towns, page=page)
    assert found is not None
    assert [e.city for e in found.entries] == ["Trnava", "Senica", "Skalica", "Holíč"]


def test_linked_cards_of_a_kind_and_a_region_under_country_headings(
    data: store.AtlasData,
) -> None:
    """A directory browsed by country: a country's name over its cards, each card a name,
    a field of its kind in a sentence's case and its region after a middle dot
    ('Metropolitan assembly · Ashanti Region') and the same link ('View profile'): each card
    its name's place in the heading's country, no region read as a place."""
    places = _with_places("Kumasi, Tamale, Cape Coast", "GH")
    places = _with_places("Nakuru, Kisumu, Eldoret", "KE", places)
    cards = [
        ("Ghana", "Kumasi Metropolitan Assembly", "Metropolitan assembly · Ashanti Region"),
        ("", "Tamale Metropolitan Assembly", "Metropolitan assembly · Northern Region"),
        ("", "Cape Coast Metropolitan Assembly", "Metropolitan assembly · Central Region"),
        ("Kenya", "Nakuru", "County capital · Nakuru County"),
        ("", "Kisumu", "Port city · Kisumu County"),
        ("", "Eldoret", "County capital · Uasin Gishu County"),
    ]
    page = HEAD + "Our members\n\nBrowse our members by country.\n\n"
    page += "".join(
        f"{head}\n{name}\n{kind}\nView profile\n".lstrip() for head, name, kind in cards
    )
    assert _read_with(data, page + "\nShowing 6 of 6 members.\n", places) == [
        ("Kumasi", "Ghana"), ("Tamale", "Ghana"), ("Cape Coast", "Ghana"),
        ("Nakuru", "Kenya"), ("Kisumu", "Kenya"), ("Eldoret", "Kenya"),
    ]  # fmt: skip


def test_a_card_s_status_field_under_its_name_is_no_place(data: store.AtlasData) -> None:
    """Directory cards of a town's line, then its status as a member and its themes after a
    middle dot ('Miembro pleno · Agua', 'Membre associé · Énergie, Mobilité') under country
    headings with counts: the status is the card's field, however often it stands alone
    once its themes are gone, no place."""
    page = HEAD + (
        "Nuestros miembros\n\nPortugal (3)\nBraga\nMiembro pleno · Agua\nCoimbra\n"
        "Miembro asociado · Energía, Movilidad\nFaro\nMiembro pleno · Agua\n"
        "Italia (2)\nParma\nMiembro asociado · Agua\nLecce\nMiembro pleno · Energía\n\n"
        "Compartir\n"
    )
    places = _with_places("Braga, Coimbra, Faro", "PT", _with_places("Parma, Lecce", "IT"))
    assert [c for c, _ in _read_with(data, page, places)] == [
        "Braga", "Coimbra", "Faro", "Parma", "Lecce"
    ]  # fmt: skip
    page = HEAD + (
        "Nos membres\n\nBelgique (3)\nNamur\nMembre titulaire · Eau\nMons\n"
        "Membre associé · Énergie\nLiège\nMembre titulaire · Eau, Énergie\n"
        "Suisse (2)\nSion\nMembre associé · Eau\nNyon\nMembre titulaire · Eau\n\nPartager\n"
    )
    places = _with_places("Namur, Mons, Liège", "BE", _with_places("Sion, Nyon", "CH"))
    assert [c for c, _ in _read_with(data, page, places)] == [
        "Namur", "Mons", "Liège", "Sion", "Nyon"
    ]  # fmt: skip


def test_a_card_s_labelled_signer_field_names_no_place(data: store.AtlasData) -> None:
    """Cards blank lines apart of a body's line, its head's labelled line and a link
    ('Municipio de X' / 'Presidente de la junta municipal : Name' / 'Ver ficha'): the label
    is a title of any length whose 'de la ciudad' names no place, the card's place is its
    body's."""
    cards = [
        ("Municipio de Cuenca", "Alcalde : Pedro Palacios"),
        ("Municipio de Loja", "Alcaldesa de la ciudad : Ana Jaramillo"),
        ("Municipio de Ambato", "Presidente de la junta municipal especial : Luis Mena"),
        ("Municipio de Manta", "Alcalde : Jorge Zambrano"),
        ("Municipio de Tena", "Alcaldesa de la ciudad : Eva Grefa"),
    ]
    page = (
        HEAD + "Directorio\n\nEcuador\n\n" + "".join(f"{c}\n{s}\nVer ficha\n\n" for c, s in cards)
    )
    page += "\nCompartir\n"
    places = _with_places("Cuenca, Loja, Ambato, Manta, Tena", "EC")
    assert [c for c, _ in _read_with(data, page, places)] == [
        "Cuenca", "Loja", "Ambato", "Manta", "Tena"
    ]  # fmt: skip


def test_a_state_between_the_role_s_town_and_its_country(data: store.AtlasData) -> None:
    """Signers' lines 'Name, Mayor of X, State, Country': the town is the role's, the state
    or province between it and its country is no place of its own ('Alcaldesa de Cuenca,
    Azuay, Ecuador'; 'Mayor of Boise, Idaho, USA')."""
    page = HEAD + (
        "Signatories\n\nLena Holt, Mayor of Boise, Idaho, USA\n"
        "Rosa Paz, Alcaldesa de Cuenca, Azuay, Ecuador\n"
        "Omar Díaz, Intendente of Paraná, Entre Ríos, Argentina\n\nShare\n"
    )
    places = _with_places("Boise, Idaho", "US", _with_places("Cuenca, Azuay", "EC"))
    places = _with_places("Paraná, Entre Ríos", "AR", places)
    assert _read_with(data, page, places) == [
        ("Boise", "USA"), ("Cuenca", "Ecuador"), ("Paraná", "Argentina")
    ]  # fmt: skip


def test_cards_of_three_lines_under_headings_that_count_them(data: store.AtlasData) -> None:
    """Member cards of a body, its area with the year it joined, and the same link, under
    regional headings that count the cards ('Lombardia (4)'), some groups of one or two
    cards: each heading counts cards, not lines, so it is no place; a small group's cards
    end in the link the page's other cards end in, and its heading's count is no figure of
    a card ('Svizzera (1)')."""
    lombardia = [("Lodi", "Lodigiano"), ("Crema", "Cremasco"), ("Vigevano", "Lomellina")]
    groups = [
        ("Lombardia (4)", [*lombardia, ("Lecco", "Lario")]),
        ("Toscana (2)", [("Lucca", "Lucchesia"), ("Siena", "Senese")]),
        ("Svizzera (1)", [("Lugano", "Luganese")]),
    ]
    page = HEAD + "I comuni della rete\n\n"
    for heading, cards in groups:
        page += f"{heading}\n" + "".join(
            f"Comune di {town}\n{area} · membro dal 2015\nVedi scheda\n" for town, area in cards
        )
        page += "\n"
    page += "Condividi\n"
    places = _with_places("Lodi, Crema, Vigevano, Lecco, Lucca, Siena", "IT")
    places = _with_places("Lugano", "CH", places)
    assert [c for c, _ in _read_with(data, page, places)] == [
        "Lodi", "Crema", "Vigevano", "Lecco", "Lucca", "Siena", "Lugano"
    ]  # fmt: skip
    towns = [("Salem", "Marion County"), ("Eugene", "Lane County"), ("Bend", "Deschutes County")]
    page = HEAD + "Our member cities\n\nOregon (3)\n"
    page += "".join(f"City of {t}\n{c} · member since 2016\nView profile\n" for t, c in towns)
    page += "\nIdaho (1)\nCity of Boise\nAda County · member since 2019\nView profile\n\nShare\n"
    places = _with_places("Salem, Eugene, Bend, Boise", "US")
    assert [c for c, _ in _read_with(data, page, places)] == ["Salem", "Eugene", "Bend", "Boise"]


@pytest.mark.parametrize(
    ("lines", "towns", "read"),
    [
        (["Ing. Marek Hudák, primátor mesta Žiliny", "Ján Kováč, predseda Prešovského kraja",
          "Mgr. Eva Kráľová, primátorka mesta Trenčína", "Ing. Peter Bača, primátor mesta Nitry",
          "Mgr. Eva Malá, primátorka mesta Popradu"],
         {"zilina", "trencin", "nitra", "poprad"},
         [("Žilina", "city"), ("Prešovský kraj", "region"), ("Trenčín", "city"),
          ("Nitra", "city"), ("Poprad", "city")]),
        (["Prezydent Miasta Kalisza – Adam Nowak", "Prezydent Miasta Płocka – Ewa Lis",
          "Starosta Powiatu Tatrzańskiego – Anna Kmita", "Prezydent Miasta Koszalina – Jan Wrona",
          "Prezydent Miasta Legnicy – Olga Sowa", "Marszałek Województwa Opolskiego – Piotr Bury"],
         {"kalisz", "plock", "koszalin", "legnica", "opole"},
         [("Kalisz", "city"), ("Płock", "city"), ("Powiat Tatrzański", "county"),
          ("Koszalin", "city"), ("Legnica", "city"), ("Województwo Opolskie", "region")]),
    ],
)  # fmt: skip
def test_a_region_s_body_in_the_genitive_after_its_head_s_title(
    lines: list[str], towns: set[str], read: list[tuple[str, str]]
) -> None:
    """'predseda Prešovského kraja', 'Starosta Powiatu Tatrzańskiego', 'Marszałek
    Województwa Opolskiego' among mayors' lines (Slovak, Polish): the head of a region's or
    county's body signs for that body, read in its nominative, not for a town its adjective
    names, nor for no one."""
    known = PlaceNames(lambda name: fold(name) in towns)
    found = read_member_list(["Signatories:", "", *lines, "", "More towns may join later."], known)
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries] == read


def test_a_cjk_running_footer_that_numbers_its_page_is_a_page_break() -> None:
    """A PDF's running footer as Chinese and Japanese number a page, '第 N 页 共 M 页'
    (page N of M), after its title and a wide gap of ideographic spaces: a page break, not
    a line of the list."""
    lines = ["桂林市、柳州市、", "江河保护联盟　　　　　　第 3 页 共 5 页", "梧州市、北海市"]
    assert page_breaks(lines) == ["桂林市、柳州市、", PAGE_BREAK, "梧州市、北海市"]
    assert page_breaks(["旭川市、釧路市", "第2頁", "帯広市"])[1] == PAGE_BREAK


def test_a_name_cut_at_a_line_s_end_in_a_list_parted_by_ideographic_commas_is_joined() -> None:
    """A PDF copy wraps a list of names parted by '、' inside a name: the line's last part
    lacks the body's last character its other parts end in ('县'), the next line's first
    part has it; the two are one name. A line whose parts all end alike is left as it is."""
    cut = ["和平县、龙川县、紫金", "县、连平县"]
    assert rejoined(cut) == ["和平县、龙川县、紫金县、连平县", ""]
    whole = ["和平县、龙川县", "紫金县、连平县"]
    assert rejoined(whole) == whole


def test_the_share_buttons_of_east_asia_s_social_networks_are_furniture() -> None:
    """A share block's buttons on a Chinese, Korean or Japanese page name the networks
    there ('微信', '微博', 'QQ空间', '카카오톡', 'LINE'); a network's name may read as a
    place somewhere ('微博'), but alone on its line it is the page's furniture."""
    assert all(map(is_furniture, ["微信", "微博", "QQ空间", "카카오톡", "카카오스토리", "LINE"]))
    assert not is_furniture("微山县")


def test_a_special_city_s_word_at_a_list_s_edge_is_a_member() -> None:
    """A list's first town written with its special city's form ('고양특례시', which the
    gazetteer has as '고양시' only) names a place, as the same form inside the list does:
    kept at the list's edge, not taken for page text."""
    places = PlaceNames(lambda name: name in {"고양시", "강릉시", "목포시"})
    entries = [RawEntry(k, city, city) for k, city in enumerate(["고양특례시", "강릉시", "목포시"])]
    kept, dropped = _trim_unconfirmed(entries, places)
    assert (kept, dropped) == (entries, [])


def test_aligned_rows_counts_the_columns_a_script_s_marks_take_none_of() -> None:
    """A table aligned by eye in a script that sets its vowel signs and joiners on its
    letters (Bengali 'কৃষ্ণনগর', Devanagari): its columns start where its rows show them,
    each mark taking no column of its own, though its characters count more."""
    lines = [
        "নং   পৌরসভা                জেলা              মেয়র",
        "১    কৃষ্ণনগর পৌরসভা         নদিয়া             রিতা দাস",
        "২    শ্রীরামপুর পৌরসভা       হুগলি              অমল সেন",
        "৩    সিউড়ি পৌরসভা          বীরভূম             সুমন রায়",
        "৪    দুর্গাপুর পৌরসভা         পশ্চিম বর্ধমান      কৃষ্ণ ঘোষ",
    ]
    assert aligned_rows(lines) == [
        "নং\tপৌরসভা\tজেলা\tমেয়র",
        "১\tকৃষ্ণনগর পৌরসভা\tনদিয়া\tরিতা দাস",
        "২\tশ্রীরামপুর পৌরসভা\tহুগলি\tঅমল সেন",
        "৩\tসিউড়ি পৌরসভা\tবীরভূম\tসুমন রায়",
        "৪\tদুর্গাপুর পৌরসভা\tপশ্চিম বর্ধমান\tকৃষ্ণ ঘোষ",
    ]


def test_a_city_with_sanskrit_s_greater_glued_before_its_name(data: store.AtlasData) -> None:
    """Hindi and Marathi glue Sanskrit's 'Greater' before a city's name ('बृहन्', before a
    vowel or a nasal it joins; 'बृहत्'): the body is the city's, as 'ग्रेटर X' is."""
    places = GAZETTEER
    for name, alternate in [("Nagpur", "नागपुर"), ("Nashik", "नाशिक"), ("Thane", "ठाणे")]:
        places = _with_names(places, name, "IN", 500_000, alternate)
    page = HEAD + "बृहन्नागपुर महानगरपालिका\nनाशिक महानगरपालिका\nठाणे महानगरपालिका\n"
    assert [city for city, _ in _read_with(data, page, places)] == ["नागपुर", "नाशिक", "ठाणे"]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "Entidad | Comunidad | Año\n--- | --- | ---\nAyuntamiento de Bilbao | País Vasco | "
            "2019\nAyuntamiento de Madrid | Comunidad de Madrid | 2020\nAyuntamiento de "
            "Valencia | Comunitat Valenciana | 2021\n",
            [("Bilbao", "Spain"), ("Madrid", "Spain"), ("Valencia", "Spain")],
        ),
        (
            "Mitglied | Bundesland | seit\n:--- | :---: | ---:\nStadt Aachen | Nordrhein-"
            "Westfalen | 2016\nStadt Leipzig | Sachsen | 2018\nStadt Pirna | Sachsen | 2022\n",
            [("Aachen", "Germany"), ("Leipzig", "Germany"), ("Pirna", "Germany")],
        ),
    ],
)
def test_a_markdown_table_without_outer_bars_is_a_table_under_its_head_and_rule(
    data: store.AtlasData, table: str, expected: list[tuple[str, str]]
) -> None:
    """A Markdown table written without bars at its rows' ends, its head ('Entidad |
    Comunidad | Año') over a rule ('--- | --- | ---'): its rows are a table's though the
    head names no country or number in the column where the rows do."""
    assert read(data, HEAD + "Miembros\n\n" + table + "\nContacto\n") == expected


def test_a_town_of_the_list_s_country_of_no_known_size_is_no_village_abroad_s(
    data: store.AtlasData,
) -> None:
    """A name the gazetteer has in the list's country with no population (a city's
    district, as GeoNames often has one) and abroad as a village alone: the list's town,
    its size unknown being no sign it is small."""
    places = _with_place(_with_place(GAZETTEER, "Zuidwijk", "AU", 600), "Zuidwijk", "NL", 0)
    page = "Deelnemers\n\nUtrecht\nAmersfoort\nDeventer\nZuidwijk\nEnschede\nBreda\n"
    found = dict(_read_with(data, HEAD + page + "\nContact\n", places))
    assert found["Zuidwijk"] == "Netherlands"


@pytest.mark.parametrize(
    ("rows", "host"),
    [
        (
            [
                "1. Ivan Horvat – gradonačelnik Splita",
                "2. Ana Kovač – gradonačelnica Zadra",
                "3. Marko Babić – gradonačelnik Osijeka",
                "",
                "Domaćin je bio Grad Pula, čiji gradonačelnik nije potpisao",
                "deklaraciju jer grad ima vlastiti program.",
            ],
            "Pula",
        ),
        (
            [
                "1. Jana Nováková – primátorka města Brna",
                "2. Petr Malý – primátor města Olomouce",
                "3. Karel Dvořák – primátor města Zlína",
                "",
                "Hostitelem bylo město Kladno, jehož primátor nepodepsal",
                "deklaraci, protože město má vlastní program.",
            ],
            "Kladno",
        ),
    ],
)
def test_a_sentence_whose_role_leads_a_verb_names_no_signer(rows: list[str], host: str) -> None:
    """A prose line after the list whose role leads lower-case words ('whose mayor did
    not sign') is no entry: those words are no place."""
    known = PlaceNames(members=("Split", "Zadar", "Osijek", "Brno", "Olomouc", "Zlín", host))
    found = read_lines(rows, known)
    assert found is not None
    assert len(found.entries) == 3
    assert all(e.city[0].isupper() for e in found.entries)


@pytest.mark.parametrize(
    ("rows", "paragraph"),
    [
        (
            ["Konya, Türkiye", "Adana, Türkiye", "Kayseri, Türkiye", "Eskişehir, Türkiye"],
            [
                "Toplantının sonunda ev sahibi Bursa Büyükşehir Belediyesi, gelecek yılki",
                "toplantının Konya’da yapılacağını açıkladı.",
            ],
        ),
        (
            ["Pécs, Magyarország", "Szeged, Magyarország", "Eger, Magyarország"],
            [
                "A záróülésen a házigazda Győr Megyei Jogú Város, bejelentette, hogy a",
                "következő fórum Egerben lesz.",
            ],
        ),
    ],
)
def test_a_paragraph_under_the_list_naming_its_host_is_no_entry(
    rows: list[str], paragraph: list[str]
) -> None:
    """A paragraph after a blank line under the list whose first line names the host's body
    and wraps into a line in lower case is page text, not the list's last entry."""
    towns = ("Konya", "Adana", "Kayseri", "Eskişehir", "Bursa", "Pécs", "Szeged", "Eger", "Győr")
    known = PlaceNames(members=towns)
    found = read_lines([*rows, "", *paragraph], known)
    assert found is not None
    assert [e.written for e in found.entries] == rows


@pytest.mark.parametrize(
    "rows",
    [
        ["Gemeente Zwolle", "Burgemeester Dr. Pieter", "Kampen", "", "Gemeente Deventer"],
        ["Ayuntamiento de Soria", "Alcaldesa Dra. Lucía", "León", "", "Ayuntamiento de Burgos"],
        ["City of Leeds", "Mayor Dr. Hannah", "York", "", "City of Hull"],
    ],
)
def test_a_signers_surname_wrapped_under_a_given_name_is_no_place(rows: list[str]) -> None:
    """A block's body line over a title line that names its signer by a given name alone:
    the one word on the next line ends that name, though a town is called so."""
    towns = ("Zwolle", "Kampen", "Deventer", "Soria", "León", "Burgos", "Leeds", "York", "Hull")
    found = read_lines(
        [*rows, "Mayor Ann Lee", "", "Gemeente Almelo", "Wethouder Jan Smit"],
        PlaceNames(members=towns),
    )
    assert found is not None
    assert [e.line for e in found.entries] == [1, 5, 8]


@pytest.mark.parametrize(
    ("card", "label"),
    [
        (["Commune de Golfe 4 (Lomé)", "Maire : Kossi Amedome", "Voir la fiche"], "Maire :"),
        (["Municipio Plateau 2 (Abidjan)", "Alcalde: Yao Koffi", "Ver ficha"], "Alcalde:"),
    ],
)
def test_a_card_of_a_numbered_commune_with_its_town_in_a_bracket_joins(
    card: list[str], label: str
) -> None:
    """A directory's card named by a commune its number tells apart, its town in a bracket,
    is a card as its neighbours are: its number is no date nor count."""
    link = card[2]
    cards = [[f"Ville de {town}", f"{label} Awa Bodjona", link, ""] for town in ("Kara", "Dapaong")]
    lines = [*cards[0], *cards[1], "Ville de Kpalimé", f"{label} Ali Tchani", link, "", *card, ""]
    assert cards_joined(lines)[12] == f"{card[0]}\t{card[1]}"


def test_numbered_lines_of_a_caseless_script_across_a_pdf_s_page_breaks(
    data: store.AtlasData,
) -> None:
    """A copied PDF's numbered signatories in a script without case: each body then the
    word for 'by' and its head's title (Thai 'โดย'), and a page break between them that
    numbers the page in the page's own words ('หน้า 2 จาก 2', Arabic 'صفحة 2 من 2') beside a
    running line the page repeats, of one unspaced word: no entry, and the list reads on."""
    places = GAZETTEER
    for name, code, alternate in [
        ("Lampang", "TH", "เทศบาลนครลำปาง"), ("Nakhon Sawan", "TH", "เทศบาลนครนครสวรรค์"),
        ("Ubon Ratchathani", "TH", "เทศบาลนครอุบลราชธานี"),
        ("Surat Thani", "TH", "เทศบาลนครสุราษฎร์ธานี"),
        ("Sfax", "TN", "صفاقس"), ("Bizerte", "TN", "بنزرت"), ("Gabes", "TN", "قابس"),
        ("Nabeul", "TN", "نابل"),
    ]:  # fmt: skip
        places = _with_names(places, name, code, 100_000, alternate)
    page = HEAD + (
        "ผู้ลงนาม\n\n1. เทศบาลนครลำปาง โดย นายกเทศมนตรี (นายสมชาย ใจดี)\n"
        "2. เทศบาลนครนครสวรรค์ โดย รองนายกเทศมนตรี (นางสาวสุดา แสงทอง)\n\n"
        "ปฏิญญาเมืองสีเขียว                    หน้า 2 จาก 2\nสมาคมเมืองสีเขียวแห่งประเทศไทย\n\n"
        "3. เทศบาลนครอุบลราชธานี โดย นายกเทศมนตรี (นายวิชัย มั่นคง)\n"
        "4. เทศบาลนครสุราษฎร์ธานี โดย นายกเทศมนตรี (นางมาลี ศรีสุข)\n\n"
        "ปฏิญญาเมืองสีเขียว                    หน้า 3 จาก 3\nสมาคมเมืองสีเขียวแห่งประเทศไทย\n"
    )
    assert [country for _, country in _read_with(data, page, places)] == ["Thailand"] * 4
    page = HEAD + (
        "الموقعون\n\n1. بلدية صفاقس\n2. بلدية بنزرت\n\n"
        "إعلان المدن الخضراء                    صفحة 2 من 3\nالشبكةالعربيةللمدنالخضراء\n\n"
        "3. بلدية قابس\n4. بلدية نابل\n\n"
        "إعلان المدن الخضراء                    صفحة 3 من 3\nالشبكةالعربيةللمدنالخضراء\n"
    )
    assert _read_with(data, page, places) == [
        ("صفاقس", "Tunisia"), ("بنزرت", "Tunisia"), ("قابس", "Tunisia"), ("نابل", "Tunisia"),
    ]  # fmt: skip


def test_bodies_of_a_caseless_script_under_their_divisions_headings(
    data: store.AtlasData,
) -> None:
    """Towns' bodies, each its town then its form ('পাবনা পৌরসভা', Pabna municipality;
    'उज्जैन नगर निगम'), in blocks under their divisions' headings, each its town then the
    word for a division (Bengali 'বিভাগ', Hindi 'संभाग'): the headings are regions, no
    members, and the paragraph above that ends in a danda ('।') is a sentence, no entry."""
    places = GAZETTEER
    for name, code, alternate in [
        ("Pabna", "BD", "পাবনা"), ("Sirajganj", "BD", "সিরাজগঞ্জ"), ("Dinajpur", "BD", "দিনাজপুর"),
        ("Thakurgaon", "BD", "ঠাকুরগাঁও"), ("Ujjain", "IN", "उज्जैन"), ("Dewas", "IN", "देवास"),
        ("Indore", "IN", "इंदौर"), ("Khargone", "IN", "खरगोन"),
    ]:  # fmt: skip
        places = _with_names(places, name, code, 100_000, alternate)
    bengali = HEAD + (
        "আমাদের সদস্য পৌরসভা, সিটি কর্পোরেশন ও জেলা পরিষদ নিচে দেওয়া হলো।\n\n"
        "রাজশাহী বিভাগ\nপাবনা পৌরসভা\nসিরাজগঞ্জ পৌরসভা\n\n"
        "রংপুর বিভাগ\nদিনাজপুর পৌরসভা\nঠাকুরগাঁও পৌরসভা\n\nযোগাযোগ\n"
    )
    assert _read_with(data, bengali, places) == [
        ("পাবনা", "Bangladesh"), ("সিরাজগঞ্জ", "Bangladesh"), ("দিনাজপুর", "Bangladesh"),
        ("ঠাকুরগাঁও", "Bangladesh"),
    ]  # fmt: skip
    hindi = HEAD + (
        "उज्जैन संभाग\nउज्जैन नगर निगम\nदेवास नगर निगम\n\n"
        "इंदौर संभाग\nइंदौर नगर निगम\nखरगोन नगर पालिका\n\nसंपर्क\n"
    )
    assert _read_with(data, hindi, places) == [
        ("उज्जैन", "India"), ("देवास", "India"), ("इंदौर", "India"), ("खरगोन", "India"),
    ]  # fmt: skip


def test_a_surname_wrapped_under_a_body_s_entry_after_its_signer_s_given_name() -> None:
    """A body's entry line with its signer after a comma, cut after the given name
    ('Město Tábor, zastoupené starostkou Janou' / 'Olomoucovou', 'City of Leeds,
    represented by the mayor Anna' / 'Lund'): the one word on the next line is the
    surname, no place, though it reads as one."""
    known = PlaceNames(
        lambda name: (
            fold(name)
            in {"tabor", "brno", "jihlava", "olomouc", "lund", "leeds", "pisek", "znojmo"}
        )
    )
    czech = [
        "Smluvní strany:", "", "Město Tábor, zastoupené starostkou Janou", "Olomoucovou",
        "Město Brno, zastoupené primátorem Petrem Novákem",
        "Město Jihlava, zastoupené primátorem Karlem Horákem",
        "Město Písek, zastoupené starostou Ivanem Malým",
        "Město Znojmo, zastoupené starostou Janem Kolářem", "",
    ]  # fmt: skip
    found = read_member_list(czech, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Tábor", "Brno", "Jihlava", "Písek", "Znojmo"]
    english = [
        "Parties:", "", "City of Leeds, represented by the mayor Anna", "Lund",
        "City of Brno, represented by the mayor Petr Novák",
        "City of Jihlava, represented by the mayor Karel Dvořák",
        "City of Písek, represented by the mayor Ivan Malý",
        "City of Znojmo, represented by the mayor Jan Kolář", "",
    ]  # fmt: skip
    found = read_member_list(english, known)
    assert found is not None
    assert [e.city for e in found.entries] == ["Leeds", "Brno", "Jihlava", "Písek", "Znojmo"]


def test_a_numbered_body_under_its_association_s_legal_form_keeps_the_list_going() -> None:
    """A numbered list of Romanian towns with a metropolitan area among them, named under
    the legal form it is registered as ('Asociația de Dezvoltare Intercomunitară Zona
    Metropolitană Iași'): the metropolitan area's entry, and the towns after it read too."""
    known = PlaceNames(
        lambda name: fold(name) in {"arad", "deva", "iasi", "pitesti", "ploiesti", "zalau"}
    )
    lines = [
        "Membrii:", "", "1. Municipiul Arad, județul Arad – 2017",
        "2. Municipiul Deva, județul Hunedoara – 2018",
        "3. Asociația de Dezvoltare Intercomunitară Zona Metropolitană Iași – 2019",
        "4. Municipiul Pitești, județul Argeș – 2020",
        "5. Municipiul Ploiești, județul Prahova – 2021",
        "6. Municipiul Zalău, județul Sălaj – 2022", "",
    ]  # fmt: skip
    found = read_member_list(lines, known)
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries] == [
        ("Arad", "city"), ("Deva", "city"), ("Zona Metropolitană Iași", "metropolitan area"),
        ("Pitești", "city"), ("Ploiești", "city"), ("Zalău", "city"),
    ]  # fmt: skip


def test_a_signer_s_body_named_for_two_places_is_its_first_place_s(
    data: store.AtlasData,
) -> None:
    """'Cllr Ann Lee, Leader, Lyon & Grenoble City Council': one council for the places an
    'and' joins, one form after the last; the first is its seat, as a body of one place's
    name is that place's."""
    page = HEAD + (
        "Signatories\n\nCllr Ann Lee, Leader, Aarhus City Council\n"
        "Cllr Bo Ek, Leader, Lyon & Grenoble City Council\n"
        "Cllr Al Ma, Deputy Leader, Deventer and Enschede Borough Council\n"
        "Cllr Jo Poe, Leader, Utrecht City Council\n"
    )
    assert [city for city, _ in read(data, page)] == ["Aarhus", "Lyon", "Deventer", "Utrecht"]


def test_a_body_s_form_alone_on_the_next_line_joins_its_name() -> None:
    lines = [
        "Cllr Ann Lee, Leader, Aarhus City",
        "Council",
        "Ordfører Bo Ek, Tromsø",
        "Kommune",
        "Zagreb",
        "Council of Europe",
    ]  # a name cut before its form; not a body's name that starts with a form
    assert rejoined(lines) == [
        "Cllr Ann Lee, Leader, Aarhus City Council",
        "",
        "Ordfører Bo Ek, Tromsø Kommune",
        "",
        "Zagreb",
        "Council of Europe",
    ]


def test_a_list_of_bracketed_countries_goes_on_after_a_gap_above_a_labelled_line() -> None:
    """A country's bracket is a field: the list's lines after a page's gap are of its shape,
    and only the labelled line at its end (the secretariat's) is of another."""
    towns = ["Aarhus", "Bilbao", "Porto", "Lyon", "Grenoble", "Leipzig", "Aachen", "Graz"]
    lines = [f"{n}. Ciudad de {town} (Europa) — alcalde" for n, town in enumerate(towns, 1)]
    lines[6:6] = [""]  # a page's foot between the sixth and the seventh
    lines += ["", "Secretaría: Red de Ciudades, Madrid"]
    entries = [
        RawEntry(n, line, line.split()[3], "Europa", codes=("EU",))
        for n, line in enumerate(lines, 1)
        if line[:1].isdigit()
    ]
    secretariat = RawEntry(len(lines), lines[-1], "Madrid", "")
    kept, other = _other_shape_after_a_gap([*entries, secretariat], lines)
    assert [e.city for e in kept] == towns
    assert [s.text for s in other] == [secretariat.written]


@pytest.mark.parametrize(
    ("regions", "towns", "country", "abroad"),
    [
        (("Bayern", "Sachsen"), ("Augsburg", "Passau", "Leipzig", "Dresden"), "Österreich",
         ("Linz", "Graz")),
        (("Ontario", "Quebec"), ("Guelph", "Sarnia", "Laval", "Gatineau"), "United States",
         ("Buffalo", "Burlington")),
    ],
)  # fmt: skip
def test_one_counted_country_heading_after_counted_region_headings(
    data: store.AtlasData,
    regions: tuple[str, str],
    towns: tuple[str, ...],
    country: str,
    abroad: tuple[str, str],
) -> None:
    """Groups under their regions' headings with counts ('Bayern (2)'), the last under a
    country's ('Österreich (2)'): the one country heading is its group's, no member of its
    own, though the list names no other country alone."""
    places = _with_places(", ".join(towns), "CA" if regions[0] == "Ontario" else "DE")
    places = _with_places(", ".join(abroad), find_country(country) or "", places)
    places = _with_places(country, "AU", places)  # a hamlet of the country's name elsewhere
    page = HEAD + (
        "Members are listed by region, those abroad last.\n\n"
        f"{regions[0]} (2)\nCity of {towns[0]}\nCity of {towns[1]}\n\n"
        f"{regions[1]} (2)\nCity of {towns[2]}\nCity of {towns[3]}\n\n"
        f"{country} (2)\nCity of {abroad[0]}\nCity of {abroad[1]}\n\nContact us\n"
    )
    assert [city for city, _ in _read_with(data, page, places)] == [*towns, *abroad]


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (["Podpisali:", "", "Lublin (lubelskie)", "Prezydent Anna Nowak (podpis)", "",
          "Radom (mazowieckie)", "Wiceprezydent Jan Kowal (p.o. prezydenta) (podpis)", "",
          "Kielce (świętokrzyskie)", "Prezydent Ewa Lis (podpis)"],
         ["Lublin", "Radom", "Kielce"]),
        (["서명:", "", "광주시 (경기도)", "시장 박민수 (서명)", "", "안산시 (경기도)",
          "부시장 김영희 (시장 권한대행) (서명)", "", "목포시 (전라남도)", "시장 이철수 (서명)"],
         ["광주시", "안산시", "목포시"]),
    ],
)  # fmt: skip
def test_a_signer_s_line_ending_in_several_brackets_of_notes_goes_on_with_the_list(
    lines: list[str], cities: list[str]
) -> None:
    """A signature block's name line with two brackets of notes after the name (an acting
    mayor's: 'Jan Kowal (p.o. prezydenta) (podpis)') is a bare name's line, no prose:
    the list goes on to the block under it."""
    known = {fold(city) for city in cities}
    found = read_member_list(lines, PlaceNames(lambda name: fold(name) in known))
    assert found is not None
    assert [e.city for e in found.entries] == cities


def test_a_prefecture_s_heading_gives_its_towns_japan_whatever_their_namesakes(
    data: store.AtlasData,
) -> None:
    """'【静岡県】' over '沼津市': '県' is written so in Japan alone, so the towns under a
    prefecture's heading are Japan's, though the gazetteer gives a town's name with its
    form to a place abroad (a Chinese city's other name) and has the Japanese town by its
    name alone (沼津)."""
    gazetteer = gazetteer_of(
        [("Numazu", "JP", "", 190_000, "沼津"), ("Fuzhou", "CN", "", 3_000_000, "沼津市"),
         ("Shizuoka", "JP", "", 690_000, "静岡市"), ("Chiba", "JP", "", 970_000, "千葉市"),
         ("Funabashi", "JP", "", 640_000, "船橋市")]
    )  # fmt: skip
    page = HEAD + "新しい会員\n\n【静岡県】\n静岡市\n沼津市\n\n【千葉県】\n千葉市\n船橋市\n\n共有\n"
    assert _read_with(data, page, gazetteer) == [
        ("静岡市", "Japan"), ("沼津", "Japan"), ("千葉市", "Japan"), ("船橋市", "Japan")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("Jordan — member since 2018", "Jordan"),
        ("Chad — miembro desde 2020", "Chad"),
        ("Niger – Mitglied seit 2017", "Niger"),
    ],
)
def test_a_town_named_as_a_country_before_a_note_is_the_place(line: str, town: str) -> None:
    """'Jordan — member since 2018': a name that is also a country's before a dash, then a
    note in lower case with a year, is the line's town; the note is no place the country
    first would make it ('Argentina – Rosario' is Rosario, Argentina)."""
    entry = read_entry(line, 1)
    assert entry is not None
    assert (entry.city, entry.country) == (town, "")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["静岡市\t市長\t山田太郎", "浜松市\t市長\t佐藤花子", "沼津市\t副市長\t鈴木一郎",
          "富士市\t市長\t高橋健", "伊豆町\t町長\t田中誠", "函南町\t町長\t伊藤恵"],
         ["静岡市", "浜松市", "沼津市", "富士市", "伊豆町", "函南町"]),
        (["수원시 시장 김민수", "용인시 시장 이영희", "성남시 부시장 박철수", "화성시 시장 최지은",
          "가평군 군수 정우성", "양평군 군수 한지민"],
         ["수원시", "용인시", "성남시", "화성시", "가평군", "양평군"]),
    ],
)  # fmt: skip
def test_lines_of_a_town_its_heads_title_and_name_in_scripts_without_case(
    lines: list[str], expected: list[str]
) -> None:
    """Japanese and Korean lines of a town, its head's title (its form's: '市長' after '市',
    '군수' after '군') and the head's name, parted by tabs (a wide space) or spaces: the
    town, known or not, as its line without the title and the name reads."""
    known = PlaceNames(lambda name: name in set(expected) - {expected[2]})
    found = read_member_list(["署名自治体", "", *lines, "", "以上"], known)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["番号 都道府県 団体名 代表者", "1 静岡県 沼津市 市長 鈴木 一郎",
          "2 静岡県 伊東市 副市長 田中 誠", "3 山梨県 甲府市 市長 望月 恵",
          "4 山梨県 山梨県 知事 長崎 次郎", "5 － 中部広域連合 広域連合長 伊藤 健"],
         ["沼津市", "伊東市", "甲府市", "山梨県", "中部広域連合"]),
        (["1 경상남도 김해시 시장 홍태용", "2 경상남도 양산시 시장 나동연",
          "3 강원특별자치도 평창군 군수 심재국", "4 충청북도 청주시 부시장 이범석"],
         ["김해시", "양산시", "평창군", "청주시"]),
        (["1. 江西省 九江市 市长 李明", "2. 江西省 赣州市 副市长 王芳",
          "3. 湖北省 宜昌市 市长 陈刚"],
         ["九江市", "赣州市", "宜昌市"]),
    ],
)  # fmt: skip
def test_numbered_rows_of_a_region_a_town_its_heads_title_and_name(
    lines: list[str], expected: list[str]
) -> None:
    """A table copied from a PDF with spaces between its cells, in a script without case:
    a row's number, its region (or a dash for none), the town or body, its head's title
    (its form's, or its body's last word and '長': '広域連合長' after '…広域連合') and
    name: the town, as the row without its number, region, title and name reads."""
    known = PlaceNames(lambda name: name in set(expected) - {expected[1]})
    found = read_member_list(["署名自治体", "", *lines, "", "以上"], known)
    assert found is not None
    assert [e.city for e in found.entries] == expected


@pytest.mark.parametrize(
    ("blocks", "towns"),
    [
        (  # Spanish: compass regions and a province's and a metropolitan area's bodies
            [
                ["Noroeste", "Oviedo", "Gijón"],
                ["Área Metropolitana de Barcelona", "Badalona", "Sabadell"],
                ["Sur", "Málaga", "Cádiz"],
                ["Provincia de Toledo", "Talavera de la Reina", "Illescas"],
            ],
            [
                "Oviedo",
                "Gijón",
                "Badalona",
                "Sabadell",
                "Málaga",
                "Cádiz",
                "Talavera de la Reina",
                "Illescas",
            ],
        ),
        (  # Italian
            [
                ["Città metropolitana di Torino", "Ivrea", "Pinerolo"],
                ["Nordest", "Treviso", "Rovigo"],
                ["Provincia di Lecce", "Gallipoli", "Nardò"],
            ],
            ["Ivrea", "Pinerolo", "Treviso", "Rovigo", "Gallipoli", "Nardò"],
        ),
        (  # French
            [
                ["Grand Ouest", "Lorient", "Vannes"],
                ["Métropole de Lyon", "Villeurbanne", "Vénissieux"],
                ["Province de Namur", "Dinant", "Ciney"],
            ],
            ["Lorient", "Vannes", "Villeurbanne", "Vénissieux", "Dinant", "Ciney"],
        ),
    ],
)
def test_bare_block_heads_among_regions_bodies_heading_blocks(
    blocks: list[list[str]], towns: list[str]
) -> None:
    """Blocks of towns, each under a first line: where two or more of those first lines name
    a region's, province's or metropolitan area's body over towns, the bare names heading
    the other blocks ('Sur', 'Nordest', 'Grand Ouest') are headings of the same kind, not
    towns, as a reader takes a list's headings as one kind."""
    lines = ["Members", ""]
    for block in blocks:
        lines += [*block, ""]
    names = {fold(name) for block in blocks for name in block}
    known = PlaceNames(lambda name: fold(name) in names)
    found = read_member_list([*lines, "Contact us here today."], known)
    assert found is not None
    assert [e.city for e in found.entries] == towns


@pytest.mark.parametrize(
    ("page", "towns"),
    [
        ("Signed by:\n\nCity Government of Le Havre, France\n"
         "City Government of Le Mans, France\nCity Government of Brest, France\n",
         ["Le Havre", "Le Mans", "Brest"]),
        ("Pernyataan ini ditandatangani oleh:\n\nKomite Rakyat Kota Da Lat, Vietnam\n"
         "Komite Rakyat Kota Vinh, Vietnam\nPemerintah Kota Bogor, Indonesia\n",
         ["Da Lat", "Vinh", "Bogor"]),
        ("Firmaron:\n\nGobierno Municipal La Serena, Chile\n"
         "Gobierno Municipal Los Ángeles, Chile\nGobierno Municipal Temuco, Chile\n",
         ["La Serena", "Los Ángeles", "Temuco"]),
    ],
)  # fmt: skip
def test_a_body_around_a_place_whose_name_starts_with_its_article_is_the_place(
    data: store.AtlasData, page: str, towns: list[str]
) -> None:
    """A body's name around a place whose own name starts with an article or a particle,
    capitalised as the name's first word ('City Government of Le Havre', 'Komite Rakyat
    Kota Da Lat'): the whole name is the place, not its last word, though that is a
    place's name too ('Havre', 'Lat')."""
    places = GAZETTEER
    for name, code in [
        ("Le Havre", "FR"), ("Havre", "US"), ("Le Mans", "FR"), ("Mans", "SN"), ("Brest", "FR"),
        ("Da Lat", "VN"), ("Lat", "CN"), ("Vinh", "VN"), ("Bogor", "ID"),
        ("La Serena", "CL"), ("Serena", "IT"), ("Los Ángeles", "CL"), ("Temuco", "CL"),
    ]:  # fmt: skip
        places = _with_place(places, name, code, 50_000 if " " in name else 5_000)
    assert [city for city, _ in _read_with(data, HEAD + page, places)] == towns


def test_a_country_s_bracket_alone_on_the_next_line_joins_its_entry() -> None:
    lines = [
        "Gemeente Deventer, Overijssel",
        "(Nederland)",
        "Ville de Grenoble (Francia)",
        "(Francia)",
        "Kommune Tromsø",
        "(NO)",
        "Signatories",
        "(Europe)",
    ]  # the bracket the copy set under its line; not one under a line with its own
    assert rejoined(lines) == [
        "Gemeente Deventer, Overijssel (Nederland)",
        "",
        "Ville de Grenoble (Francia)",
        "(Francia)",
        "Kommune Tromsø (NO)",
        "",
        "Signatories",
        "(Europe)",
    ]


def test_a_town_s_form_before_a_name_with_an_and_names_one_town(data: store.AtlasData) -> None:
    """A singular body's form before a name that holds an 'and' ('Comune di Arco e Riva
    (TN)', 'Gemeinde Thal und Wald (SG)'): the town's name is a joint one, one member, its
    first place's where the whole is no known place; two forms name two ('Comune di Asti e
    Comune di Alba (CN)')."""
    towns = [("Arco", "IT"), ("Riva", "IT"), ("Asti", "IT"), ("Alba", "IT"), ("Bra", "IT")]
    towns += [("Thal", "CH"), ("Wald", "CH"), ("Sion", "CH")]
    places = gazetteer_of([(name, code, "", 20_000, "") for name, code in towns])
    page = HEAD + (
        "Signatories:\n\nComune di Bra (CN)\nComune di Arco e Riva (TN)\nGemeinde Sion (VS)\n"
        "Gemeinde Thal und Wald (SG)\nComune di Asti e Comune di Alba (CN)\n"
    )
    signed = plan(data, page, places).signatories
    assert list(signed["city"]) == ["Bra", "Arco", "Sion", "Thal", "Asti", "Alba"]


def test_cards_of_bodies_with_their_form_glued_before_them_under_region_headings(
    data: store.AtlasData,
) -> None:
    """A directory's cards under region headings in a script without spaces, each a body
    with its form glued before its town's name ('ນະຄອນປາກເຊ', Pakse city; 'เทศบาลเมืองน่าน',
    Nan town municipality) over its province, the year it joined and a link: each card is
    its body's, named by its first field, the province no country of it, and the headings
    none."""
    places = GAZETTEER
    for name, code, population, alternate in [
        ("Pakse", "LA", 88_000, "ປາກເຊ"), ("Luang Prabang", "LA", 55_000, "ຫຼວງພະບາງ"),
        ("Thakhek", "LA", 26_000, "ທ່າແຂກ"), ("Savannakhet", "LA", 120_000, "ສະຫວັນນະເຂດ"),
        ("Nan", "TH", 20_000, "น่าน"), ("Lamphun", "TH", 14_000, "ลำพูน"),
        ("Betong", "TH", 25_000, "เบตง"),
    ]:  # fmt: skip
        places = _with_names(places, name, code, population, alternate)

    def cards(region: str, bodies: list[tuple[str, str]], since: str, link: str) -> str:
        return f"{region}\n\n" + "".join(
            f"{body}\n{province}\n{since} 2020\n{link}\n\n" for body, province in bodies
        )

    lao = (
        HEAD
        + cards(
            "ພາກໃຕ້",
            [("ນະຄອນປາກເຊ", "ແຂວງຈຳປາສັກ")],
            "ສະມາຊິກແຕ່",
            "ເບິ່ງລາຍລະອຽດ",
        )
        + cards(
            "ພາກກາງ",
            [("ນະຄອນທ່າແຂກ", "ແຂວງຄຳມ່ວນ"), ("ນະຄອນສະຫວັນນະເຂດ", "ແຂວງສະຫວັນນະເຂດ")],
            "ສະມາຊິກແຕ່",
            "ເບິ່ງລາຍລະອຽດ",
        )
        + cards("ພາກເໜືອ", [("ນະຄອນຫຼວງພະບາງ", "ແຂວງຫຼວງພະບາງ")], "ສະມາຊິກແຕ່", "ເບິ່ງລາຍລະອຽດ")
    )
    found = _read_with(data, lao, places)
    assert found == [
        ("ປາກເຊ", "Laos"), ("ທ່າແຂກ", "Laos"), ("ສະຫວັນນະເຂດ", "Laos"), ("ຫຼວງພະບາງ", "Laos"),
    ]  # fmt: skip
    thai = (
        HEAD
        + cards(
            "ภาคเหนือ",
            [("เทศบาลเมืองน่าน", "จังหวัดน่าน"), ("เทศบาลเมืองลำพูน", "จังหวัดลำพูน")],
            "สมาชิกตั้งแต่",
            "ดูรายละเอียด",
        )
        + cards("ภาคใต้", [("เทศบาลเมืองเบตง", "จังหวัดยะลา")], "สมาชิกตั้งแต่", "ดูรายละเอียด")
    )
    assert _read_with(data, thai, places) == [
        ("น่าน", "Thailand"), ("ลำพูน", "Thailand"), ("เบตง", "Thailand"),
    ]  # fmt: skip


def test_bulleted_towns_each_after_its_province_s_word_in_a_script_without_case(
    data: store.AtlasData,
) -> None:
    """A list of new members under a sentence that announces them, each a Korean town
    after its province's word and a space ('전라남도 순천시', South Jeolla's Suncheon; the
    province's form glued after its name), the last a province alone: each line is its
    town's, the province its region, no place of its own."""
    places = GAZETTEER
    for name, population, alternate in [
        ("Suncheon", 280_000, "순천시"), ("Cheongju", 850_000, "청주시"),
        ("Gimhae", 530_000, "김해시"), ("Yangpyeong", 110_000, "양평군"),
    ]:  # fmt: skip
        places = _with_names(places, name, "KR", population, alternate)
    page = HEAD + (
        "신규 회원은 다음과 같다.\n\n- 전라남도 순천시\n- 충청북도 청주시\n- 경상남도 김해시\n"
        "- 경기도 양평군\n\n다음 총회는 서울에서 열린다.\n"
    )
    assert _read_with(data, page, places) == [
        ("순천시", "South Korea"), ("청주시", "South Korea"), ("김해시", "South Korea"),
        ("양평군", "South Korea"),
    ]  # fmt: skip


def test_turkic_cards_under_oblast_headings_and_an_oblast_s_akimat() -> None:
    """Kazakh cards ('Атырау қаласы' / 'Әкім: ...' / 'Мүше болған жылы: 2020' /
    'Толығырақ') grouped under their oblasts' headings ('Атырау облысы'): each card's town,
    its word for 'city' after its name ('қаласы') no part of it, the headings none; an
    oblast's akimat ('Жамбыл облысының әкімдігі') the oblast, a region."""
    card = "{}\nӘкім: {}\nМүше болған жылы: {}\nТолығырақ\n"
    page = (
        "Мүше қалалар\n\n"
        "Атырау облысы\n\n"
        + card.format("Атырау қаласы", "Асқар Бекұлы Нұрланов", 2019)
        + card.format("Құлсары қаласы", "Ерлан Маратұлы Әлиев", 2021)
        + "\nЖамбыл облысы\n\n"
        + card.format("Жамбыл облысының әкімдігі", "Бақыт Серікұлы Омаров", 2022)
        + card.format("Тараз қаласы", "Айдар Болатұлы Сейітов", 2020)
        + card.format("Қаратау қаласы", "Нұржан Әлібекұлы Тоқтаров", 2023)
        + "\nҚостанай облысы\n\n"
        + card.format("Лисаковск қаласы", "Динара Серікқызы Әбенова", 2018)
        + "\nБайланыс\n"
    )
    known = {"Атырау", "Құлсары", "Жамбыл", "Тараз", "Қаратау", "Лисаковск", "Қостанай"}
    found = read_member_list(page.split("\n"), PlaceNames(lambda name: name in known))
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries] == [
        ("Атырау", "city"), ("Құлсары", "city"), ("Жамбыл облысы", "region"),
        ("Тараз", "city"), ("Қаратау", "city"), ("Лисаковск", "city"),
    ]  # fmt: skip
    assert strip_form("Тараз қаласы") == "Тараз"
    assert body_kind("Жамбыл облысы") == "region"


def test_georgian_regions_named_by_their_genitive_before_their_kind_s_word() -> None:
    """Georgian signers' lines: towns' city halls by their genitive ('ფოთის
    მუნიციპალიტეტის მერია'), an autonomous republic's government ('აფხაზეთის ავტონომიური
    რესპუბლიკის მთავრობა') and a state trustee's administration in a region ('გურიის
    მხარეში ...'): the republic and the region, each in its nominative, regions."""
    page = (
        "მემორანდუმს ხელი მოაწერეს:\n\n"
        "— ფოთის მუნიციპალიტეტის მერია\n— სამტრედიის მუნიციპალიტეტის მერია\n"
        "— ხაშურის მუნიციპალიტეტის მერია\n— აფხაზეთის ავტონომიური რესპუბლიკის მთავრობა\n"
        "— გურიის მხარეში სახელმწიფო რწმუნებულის ადმინისტრაცია\n\nკონტაქტი\n"
    )
    known = {"ფოთი", "სამტრედია", "ხაშური"}
    found = read_member_list(page.split("\n"), PlaceNames(lambda name: name in known))
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries] == [
        ("ფოთი", "city"), ("სამტრედია", "city"), ("ხაშური", "city"),
        ("აფხაზეთის ავტონომიური რესპუბლიკა", "region"), ("გურიის მხარე", "region"),
    ]  # fmt: skip
    page = "ხელი მოაწერეს:\n\n• ფოთი (სამეგრელოს მხარე)\n• სამტრედია (იმერეთის მხარე)\n"
    found = read_member_list(page.split("\n"), PlaceNames(lambda name: name in known))
    assert found is not None  # a town's region in a bracket after it: the town's
    assert [(e.city, e.kind) for e in found.entries] == [("ფოთი", "city"), ("სამტრედია", "city")]


def test_groups_of_one_member_under_region_headings_close_a_list_by_region(
    data: store.AtlasData,
) -> None:
    """A list by region whose last groups hold one member each ('Region VIII – Biobío' /
    'Talcahuano · member since 2017') reads them as its earlier groups, not as cards
    whose heading is the member; every region's heading is left out, provinces' bodies
    under it kept."""
    towns = ["Valparaíso", "Viña del Mar", "Quilpué", "Rancagua", "Talca", "Talcahuano"]
    towns += ["Temuco", "Valdivia"]
    places = gazetteer_of([(name, "CL", "", 90_000, "") for name in towns])
    page = HEAD + (
        "Our members, by region:\n\nRegion V – Valparaíso\nValparaíso · member since 2015\n"
        "Viña del Mar · member since 2016\nProvince of Marga Marga · member since 2018\n"
        "Quilpué · member since 2020\n\nRegion VI – O'Higgins\n"
        "Rancagua · member since 2016\nProvince of Cachapoal · member since 2019\n\n"
        "Region VII – Maule\nTalca · member since 2017\n\n"
        "Region VIII – Biobío\nTalcahuano · member since 2017\n\n"
        "Region IX – Araucanía\nTemuco · member since 2021\n\n"
        "Region XIV – Los Ríos\nValdivia · member since 2022\n\n"
        "Write to the secretariat to join.\n"
    )
    signed = plan(data, page, places).signatories
    assert list(signed["city"]) == [
        "Valparaíso",
        "Viña del Mar",
        "Province of Marga Marga",
        "Quilpué",
        "Rancagua",
        "Province of Cachapoal",
        "Talca",
        "Talcahuano",
        "Temuco",
        "Valdivia",
    ]


def test_an_award_s_ranked_lines_read_the_place_after_their_rank_and_label(
    data: store.AtlasData,
) -> None:
    """A prize's winners by category, each line a rank and a colon before the town's body
    ('1. mjesto: Grad Rovinj – obnova luke'), and a special mention by a label of a few
    words before its body ('Posebno priznanje: Općina Motovun'): the town after the label,
    not the label's words with it, whatever the description after a dash."""
    towns = GAZETTEER
    for name in ["Rovinj", "Poreč", "Pazin", "Labin", "Umag", "Motovun"]:
        towns = _with_place(towns, name, "HR", 10_000)
    page = HEAD + (
        "Dobitnici nagrade za 2023.\n\nKATEGORIJA: ENERGIJA\n"
        "1. mjesto: Grad Rovinj – obnova luke i javne rasvjete\n"
        "2. mjesto: Grad Poreč\n3. mjesto: Grad Pazin – solarni krovovi\n\n"
        "KATEGORIJA: OTPAD\n1. mjesto: Grad Labin\n2. mjesto: Grad Umag – novo reciklažno "
        "dvorište\nPosebno priznanje: Općina Motovun\n\n"
        "Nagrade su uručene na svečanosti u gradskoj vijećnici. Čestitamo dobitnicima.\n"
    )
    assert [c for c, _ in _read_with(data, page, towns)] == [
        "Rovinj", "Poreč", "Pazin", "Labin", "Umag", "Motovun",
    ]  # fmt: skip


def test_regions_of_two_countries_each_under_its_countrys_heading(data: store.AtlasData) -> None:
    """A member list by country, then by state or Land under each country's heading
    ('Deutschland' over 'Sachsen', 'Österreich' over 'Vorarlberg'), each Land over lines
    more than a name: the Länder, of two countries, are headings all, no members."""
    places = _with_places("Sachsen, Hessen, Leipzig, Mainz, Darmstadt", "DE")
    places = _with_places("Salzburg, Vorarlberg, Hallein, Dornbirn, Bregenz", "AT", places)
    page = HEAD + (
        "Mitglieder\n\nDeutschland\nSachsen\nStadt Leipzig – Mitglied seit 2015\n"
        "Rheinland-Pfalz\nLandeshauptstadt Mainz – Mitglied seit 2017\n"
        "Hessen\nWissenschaftsstadt Darmstadt – Mitglied seit 2019\n"
        "Österreich\nSalzburg\nStadt Hallein – Mitglied seit 2020\n"
        "Vorarlberg\nStadt Dornbirn – Mitglied seit 2021\n"
        "Landeshauptstadt Bregenz – Mitglied seit 2022\n"
        "\nKontakt: info\n"
    )
    assert [c for c, _ in _read_with(data, page, places)] == [
        "Leipzig", "Mainz", "Darmstadt", "Hallein", "Dornbirn", "Bregenz",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "En qualité d'observatrice : Mme Lucie Martin, conseillère, Ville de Toulouse.",
        "À titre d'observateur : M. Paul Girard, adjoint au maire de Rennes",
        "En calidad de observadora: Ana Ruiz, concejala de Sevilla",
        "In qualità di osservatrice: Laura Bianchi, assessora del Comune di Parma",
        "Na qualidade de observador: João Silva, vereador de Braga",
        "As an observer: Tom Hill, councillor, Leeds City Council",
        "Als Beobachterin: Eva Lang, Stadträtin, Stadt Kassel",
    ],
)
def test_a_signer_in_the_capacity_of_an_observer_after_the_list_is_hidden(line: str) -> None:
    """A line after the signatures that names one who attended in a capacity of no signer
    ('En qualité d'observatrice :', 'As an observer:', 'Als Beobachterin:', the group's
    word in the singular after a phrase for 'as'): an observer's line, hidden as under an
    'Observers' heading; the list's lines and the prose after it are kept."""
    prose = "The declaration stays open to the network's other cities until the end of the year."
    lines = ["Pour la Ville de Lyon", "Maire", "", line, "", prose]
    assert without_other_groups(lines) == [*lines[:3], "", "", prose]


def test_a_metropolis_named_for_its_seat_and_a_region_after_a_hyphen(
    data: store.AtlasData,
) -> None:
    """A body no gazetteer knows, named for its seat and a region or range after a hyphen
    ('Toulon-Provence Métropole'), in a list of several countries: the seat's country is
    the body's."""
    places = _with_places("Toulon, Nantes", "FR", _with_places("Namur", "BE"))
    places = _with_places("Sherbrooke", "CA", _with_places("Fribourg", "CH", places))
    page = HEAD + (
        "Les signataires\n\nPour la Ville de Nantes\nMme Anne Roux\nMaire\n\n"
        "Pour Toulon-Provence Métropole\nM. Paul Blanc\nVice-président\n\n"
        "Pour la Ville de Namur\nM. Luc Petit\nBourgmestre\n\n"
        "Pour la Ville de Fribourg\nM. Marc Roth\nSyndic\n\n"
        "Pour la Ville de Sherbrooke\nMme Julie Roy\nMairesse\n\nContact : info\n"
    )
    assert _read_with(data, page, places)[1] == ("Toulon-Provence Métropole", "France")


def test_a_town_of_two_countries_in_the_frame_of_one_country_s_bodies(
    data: store.AtlasData,
) -> None:
    """A list of two countries' bodies, each country's written in its own frame ('Pela
    Câmara Municipal de X', Portugal's; 'Pela Prefeitura de X', Brazil's): a town of both
    countries in the frame of Portugal's found towns is Portugal's, though Brazil's are
    more of the list."""
    places = _with_place(_with_place(GAZETTEER, "Tomar", "PT", 40_000), "Tomar", "BR", 12_000)
    places = _with_places("Guimarães, Leiria", "PT", places)
    places = _with_places("Recife, Natal, Manaus, Salvador", "BR", places)
    blocks = [
        ("Câmara Municipal de Guimarães", "Rui Costa", "Presidente da Câmara Municipal"),
        ("Câmara Municipal de Leiria", "Ana Luz", "Vereadora"),
        ("Câmara Municipal de Tomar", "José Reis", "Vice-Presidente"),
        ("Prefeitura de Recife", "Paulo Melo", "Prefeito"),
        ("Prefeitura Municipal de Natal", "Rita Lins", "Prefeita"),
        ("Prefeitura de Manaus", "Caio Brito", "Prefeito"),
        ("Prefeitura Municipal de Salvador", "Lia Souza", "Prefeita"),
    ]
    page = HEAD + "".join(f"Pela {body}\n{name}\n{title}\n\n" for body, name, title in blocks)
    assert _read_with(data, page + "Contactos\n", places)[2] == ("Tomar", "Portugal")


def test_a_caseless_list_s_names_between_the_words_of_its_own_body_s_form(
    data: store.AtlasData,
) -> None:
    """A list in a script without capitals whose every name stands between the same words of
    its body's form, which no word list of the reader's holds: a Tigrinya table aligned with
    spaces ('X ምምሕዳር ከተማ', the town's administration, its region, its mayor), a Sorani
    numbered list in Arabic-Indic figures ('شارەوانیی X', the municipality of X). The words
    that frame several names are the list's form: each row is its town, and a town the
    gazetteer lacks in the script, between words that frame known ones, is read without
    them too ('ዓድዋ', Adwa)."""
    tigrinya = PlaceNames(members=("መቐለ", "ዓዲግራት", "ኣክሱም", "ሽረ"))
    page = HEAD + "ዝፈረሙ ከተማታት\n\n"
    page += "ቁ.   ከተማ                    ዞባ          ከንቲባ\n"
    page += "1    መቐለ ምምሕዳር ከተማ          ትግራይ        ኣቶ ገብረ ሃይለ\n"
    page += "2    ዓዲግራት ምምሕዳር ከተማ        ትግራይ        ወ/ሮ ለተ ብርሃን\n"
    page += "3    ዓድዋ ምምሕዳር ከተማ          ትግራይ        ኣቶ ተስፋይ ኪዳነ\n"
    page += "4    ኣክሱም ምምሕዳር ከተማ         ትግራይ        ኣቶ ሃብቶም ገብሩ\n"
    page += "5    ሽረ ምምሕዳር ከተማ           ትግራይ        ወ/ሮ ሰላም ተኽለ\n"
    page += "\nእቲ ጉባኤ ኣብ ከተማ ተኻይዱ።\n"
    found = statements.parse_page(page, places=tigrinya).members
    assert found is not None
    assert [e.city for e in found.entries] == ["መቐለ", "ዓዲግራት", "ዓድዋ", "ኣክሱም", "ሽረ"]
    sorani = _caseless_towns(
        [("Erbil", "IQ", "هەولێر"), ("Sulaymaniyah", "IQ", "سلێمانی"), ("Duhok", "IQ", "دهۆک"),
         ("Halabja", "IQ", "هەڵەبجە")]
    )  # fmt: skip
    page = HEAD + "واژۆکەران\n\n"
    page += "١. شارەوانیی هەولێر\n٢. شارەوانیی سلێمانی\n٣. شارەوانیی دهۆک\n"
    page += "٤. شارەوانیی هەڵەبجە\n\nکۆبوونەوەی داهاتوو لە هەولێر دەبێت.\n"
    found_towns = [c for c, _ in _read_with(data, page, sorani)]
    assert found_towns == ["هەولێر", "سلێمانی", "دهۆک", "هەڵەبجە"]


def test_a_pdf_s_page_labels_in_words_no_list_knows_between_a_list_s_numbered_lines(
    data: store.AtlasData,
) -> None:
    """A numbered Tigrinya list copied from a PDF, each page labelled 'ገጽ N ካብ M' (page N
    of M) in words no list of the reader's holds: lines of the same two words and count,
    their numbers growing page by page, are the pages' labels, no prose that ends the list."""
    towns = _caseless_towns(
        [("Mekele", "ET", "መቐለ"), ("Adigrat", "ET", "ዓዲግራት"), ("Axum", "ET", "ኣክሱም"),
         ("Shire", "ET", "ሽረ"), ("Alamata", "ET", "ኣላማጣ"), ("Humera", "ET", "ሑመራ")]
    )  # fmt: skip
    page = HEAD + "ዝፈረሙ ከተማታት\n\n1. መቐለ\n2. ዓዲግራት\n3. ኣክሱም\nገጽ 1 ካብ 2\n\n"
    page += "4. ሽረ\n5. ኣላማጣ\n6. ሑመራ\nገጽ 2 ካብ 2\n\nእቲ ጉባኤ ኣብ መቐለ ተኻይዱ።\n"
    found = [c for c, _ in _read_with(data, page, towns)]
    assert found == ["መቐለ", "ዓዲግራት", "ኣክሱም", "ሽረ", "ኣላማጣ", "ሑመራ"]


def test_turkmen_table_of_city_administrations_in_the_genitive_and_plain() -> None:
    """A Turkmen table aligned with spaces ('№  Häkimlik  Welaýat  ýyly'): a city's
    administration by its city's genitive ('Seýdi şäheriniň häkimligi') and plain ('Kerki
    şäher häkimligi'), its province after it ('Lebap welaýaty'): each row's town, the
    city's word and its body no part of it; a province's administration ('Ahal
    welaýatynyň häkimligi') the province, a region."""
    row = "{:<4}{:<38}{:<19}{}\n"
    page = (
        "Ulgamyň agzalary:\n\n"
        + row.format("№", "Häkimlik", "Welaýat", "Agza bolan ýyly")
        + row.format(1, "Seýdi şäheriniň häkimligi", "Lebap welaýaty", 2019)
        + row.format(2, "Bereket şäheriniň häkimligi", "Balkan welaýaty", 2019)
        + row.format(3, "Kerki şäher häkimligi", "Lebap welaýaty", 2020)
        + row.format(4, "Hazar şäher häkimligi", "Balkan welaýaty", 2021)
        + row.format(5, "Ahal welaýatynyň häkimligi", "Ahal welaýaty", 2022)
        + "\nHabarlaşmak\n"
    )
    known = {"Seýdi", "Bereket", "Kerki", "Hazar", "Ahal", "Lebap", "Balkan"}
    found = read_member_list(page.split("\n"), PlaceNames(lambda name: name in known))
    assert found is not None
    assert [(e.city, e.kind) for e in found.entries] == [
        ("Seýdi", "city"), ("Bereket", "city"), ("Kerki", "city"), ("Hazar", "city"),
        ("Ahal welaýaty", "region"),
    ]  # fmt: skip
    assert strip_form("Seýdi şäheriniň häkimligi") == "Seýdi"
    assert body_kind("Ahal welaýatynyň häkimligi") == "region"


def test_a_town_glued_to_the_ending_its_list_s_names_share_is_read_without_it() -> None:
    """Signature blocks in Burmese, which writes no space between words: most towns' bodies
    are 'Xမြို့ စည်ပင်သာယာရေးအဖွဲ့' (X town development body), the town word 'မြို့' glued to
    the name, and the city ones glue more body words too ('Xမြို့တော်စည်ပင်သာယာရေးကော်မတီ').
    The ending that most of the list's names share is the list's glued body word: a name
    the gazetteer knows only without it is read so, and so is the known town before it in
    a block's one glued word."""
    burmese = PlaceNames(members=("စစ်တွေ", "မြစ်ကြီးနားမြို့", "မကွေး", "လားရှိုး", "ပြည်"))
    page = HEAD + "လက်မှတ်ရေးထိုးသူများ\n\n"
    page += "ဦးမောင်မောင်\nမြို့တော်ဝန်\nစစ်တွေမြို့တော်စည်ပင်သာယာရေးကော်မတီ\n\n"
    for town, person in [
        ("မြစ်ကြီးနား", "ဦးလှထွန်း"), ("မကွေး", "ဒေါ်မြမြ"), ("လားရှိုး", "ဦးစိုးနိုင်"),
        ("ပြည်", "ဒေါ်ခင်ခင်"),
    ]:  # fmt: skip
        page += f"{person}\nဥက္ကဋ္ဌ\n{town}မြို့ စည်ပင်သာယာရေးအဖွဲ့\n\n"
    page += "နောက်နှစ် အစည်းအဝေးကို ကျင်းပမည်။\n"
    found = statements.parse_page(page, places=burmese).members
    assert found is not None
    assert [e.city for e in found.entries] == [
        "စစ်တွေ", "မြစ်ကြီးနားမြို့", "မကွေး", "လားရှိုး", "ပြည်",
    ]  # fmt: skip


def test_a_form_of_two_words_before_names_with_their_region_in_brackets(
    data: store.AtlasData,
) -> None:
    """A numbered Tigrinya list of bodies, 'ምምሕዳር ከተማ X (ዞባ Y)' (administration of the
    town of X, region Y): the words that stand in the first two of many lines are the
    list's form, the bracket after the name its region, not part of the name."""
    towns = _caseless_towns(
        [("Mekele", "ET", "መቐለ"), ("Adigrat", "ET", "ዓዲግራት"), ("Axum", "ET", "ኣክሱም"),
         ("Shire", "ET", "ሽረ")]
    )  # fmt: skip
    page = HEAD + "ዝፈረሙ ምምሕዳራት ከተማታት፦\n\n"
    page += "1. ምምሕዳር ከተማ መቐለ (ዞባ ትግራይ)\n2. ምምሕዳር ከተማ ዓዲግራት (ዞባ ምብራቓዊ ትግራይ)\n"
    page += "3. ምምሕዳር ከተማ ኣክሱም (ዞባ ማእከላይ)\n4. ምምሕዳር ከተማ ሽረ (ዞባ ሰሜን ምዕራብ)\n"
    page += "\nእቲ ጉባኤ ኣብ መቐለ ተኻይዱ።\n"
    found = [c for c, _ in _read_with(data, page, towns)]
    assert found == ["መቐለ", "ዓዲግራት", "ኣክሱም", "ሽረ"]


def test_a_numbered_list_ends_at_its_last_number_though_its_last_names_are_unknown(
    data: store.AtlasData,
) -> None:
    """A numbered list whose last items name towns the gazetteer does not know, one of two
    words with its region in a bracket ('5. ዓዲ ሓላ (ዞባ ደቡብ)'): numbered one after
    another with the known ones, they are the list's items to its end, no heading or
    menu at its edge, and the bracket is no part of the name."""
    towns = _caseless_towns(
        [("Mekele", "ET", "መቐለ"), ("Adigrat", "ET", "ዓዲግራት"), ("Axum", "ET", "ኣክሱም"),
         ("Shire", "ET", "ሽረ")]
    )  # fmt: skip
    page = HEAD + "ዝፈረሙ ከተማታት፦\n\n"
    page += "1. መቐለ (ዞባ ትግራይ)\n2. ዓዲግራት (ዞባ ምብራቕ)\n3. ኣክሱም (ዞባ ማእከል)\n"
    page += "4. ሽረ (ዞባ ምዕራብ)\n5. ዓዲ ሓላ (ዞባ ደቡብ)\n6. ዛላንበሳ (ዞባ ምብራቕ)\n"
    page += "\nእቲ ጉባኤ ኣብ መቐለ ተኻይዱ።\n"
    planned = plan(data, page, towns)
    assert list(planned.signatories["city"]) == ["መቐለ", "ዓዲግራት", "ኣክሱም", "ሽረ"]
    unknown = [w for w in planned.warnings if "unknown place" in w]
    assert len(unknown) == 2  # read, to be checked
    assert "'5. ዓዲ ሓላ (ዞባ ደቡብ)'" in unknown[0]

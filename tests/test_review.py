"""The import review's logic (geo.importing.review, and what it asks of inference, geocoding
and the view): places already in the atlas preferred, a state kept with its city, every edit
checked again, a choice among a name's places, a saved statement shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from geo import view
from geo.data import csvfiles, store
from geo.geocoding.geocode import Gazetteer, name_variants, resolve_offline
from geo.importing import importer, review
from geo.importing.entries import RawEntry
from geo.importing.inference import Found, infer_countries
from tests.atlases import planned

# Places of one name in several countries and states, as GeoNames has them (ids, names,
# admin1 codes, populations and rounded coordinates from GeoNames' cities500), and one made up.
PLACES = pd.DataFrame(
    [
        ("5746545", "Portland", "US", "OR", 45.52, -122.68, 652503, ""),
        ("4975802", "Portland", "US", "ME", 43.66, -70.26, 66881, ""),
        ("3625549", "Valencia", "VE", "07", 10.16, -68.00, 1619470, ""),
        ("2509954", "Valencia", "ES", "60", 39.47, -0.38, 824340, ""),
        ("0", "Valencia", "ES", "99", 40.0, -4.0, 1000, ""),  # made up: a second one in Spain
        ("2735943", "Porto", "PT", "17", 41.15, -8.61, 252687, ""),
        ("3031582", "Bordeaux", "FR", "75", 44.84, -0.58, 265328, "Porto"),
        ("4951788", "Springfield", "US", "MA", 42.10, -72.59, 154341, ""),
        ("4250542", "Springfield", "US", "IL", 39.80, -89.64, 114394, ""),
        ("2965140", "Cork", "IE", "M", 51.90, -8.47, 224004, ""),
    ],
    columns=[
        "geonameid", "name", "country_code", "admin1", "lat", "lon", "population",
        "alternatenames",
    ],
)  # fmt: skip


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return Gazetteer(PLACES)


def entry(city: str, line: int = 1, **fields: object) -> RawEntry:
    return RawEntry(line=line, written=city, city=city, **fields)  # type: ignore[arg-type]


def countries_of(entries: list[RawEntry], places: Gazetteer, **options: object) -> list[str]:
    found = infer_countries(entries, gazetteer=lambda: places, **options)  # type: ignore[arg-type]
    return [f"{s.city}:{s.country_code}:{s.found}" for s in found]


def test_a_name_the_atlas_has_in_one_country_goes_there(places: Gazetteer) -> None:
    atlas = {"valencia": frozenset({"ES"})}
    assert countries_of([entry("Valencia")], places) == ["Valencia:VE:gazetteer"]
    assert countries_of([entry("Valencia")], places, known=atlas) == ["Valencia:ES:atlas"]


def test_the_page_says_otherwise_and_wins_over_the_atlas(places: Gazetteer) -> None:
    atlas = {"valencia": frozenset({"ES"})}
    venezuela = entry("Valencia", country="Venezuela", codes=("VE",))
    assert countries_of([venezuela], places, known=atlas) == ["Valencia:VE:page"]


def test_a_page_country_the_gazetteer_lacks_the_place_in_stays_where_the_atlas_has_it(
    places: Gazetteer,
) -> None:
    # The gazetteer has no Cork in Spain and a big one in Ireland: the page is taken as wrong,
    # unless the atlas already has a Cork in Spain (a place the gazetteer lacks).
    spain = entry("Cork", country="Spain", codes=("ES",))
    assert countries_of([spain], places) == ["Cork:IE:gazetteer"]
    atlas = {"cork": frozenset({"ES"})}
    assert countries_of([spain], places, known=atlas) == ["Cork:ES:page"]


def test_a_region_of_the_page_s_country_is_no_wrong_country(places: Gazetteer) -> None:
    # Valencia is a Spanish province (ISO 3166-2 ES-V): with a gazetteer that has only
    # Venezuela's, 'Valencia (Spain)' still stays in Spain, as 'Victoria (Australia)' does.
    venezuela_only = Gazetteer(PLACES[PLACES["country_code"] != "ES"])
    spain = entry("Valencia", country="Spain", codes=("ES",))
    assert countries_of([spain], venezuela_only) == ["Valencia:ES:page"]
    # Cork is no region of the United Kingdom: a big place next door wins, with a warning.
    assert countries_of([entry("Cork", country="United Kingdom", codes=("GB",))], places) == [
        "Cork:IE:gazetteer"
    ]
    # A big place an ocean away does not: Springfield (Ireland) may be a place the
    # gazetteer lacks, as Méri (Cameroon) is.
    assert countries_of([entry("Springfield", country="Ireland", codes=("IE",))], places) == [
        "Springfield:IE:page"
    ]


def test_a_name_the_atlas_has_in_two_countries_is_left_to_the_rest(places: Gazetteer) -> None:
    atlas = {"valencia": frozenset({"ES", "VE"})}
    assert countries_of([entry("Valencia")], places, known=atlas) == ["Valencia:VE:gazetteer"]


def test_a_state_that_running_text_parted_from_its_city_is_joined_back(
    places: Gazetteer,
) -> None:
    entries = [entry("Portland"), entry("Maine"), entry("Cork")]  # 'Portland, Maine and Cork'
    found = infer_countries(entries, gazetteer=lambda: places)
    assert [(s.written, s.city, s.region, s.country_code) for s in found] == [
        ("Portland, Maine", "Portland", "Maine", "US"),
        ("Cork", "Cork", "", "IE"),
    ]
    # On two lines, or with a country of its own, the second name stays an entry.
    apart = [entry("Portland"), entry("Maine", line=2)]
    assert len(infer_countries(apart, gazetteer=lambda: places)) == 2


def test_a_name_means_its_own_places_before_those_it_is_another_name_of(
    places: Gazetteer,
) -> None:
    assert countries_of([entry("Porto")], places) == ["Porto:PT:gazetteer"]  # not Bordeaux


def test_a_region_narrows_the_gazetteer_to_its_places(places: Gazetteer) -> None:
    todo = pd.DataFrame(
        {
            "key": ["US:portland", "US:springfield"],
            "city": ["Portland", "Springfield"],
            "country_code": ["US", "US"],
            "region": ["Maine", "IL"],
        }
    )
    none = pd.DataFrame(columns=list(csvfiles.OVERRIDE_COLUMNS))
    resolved = resolve_offline(todo, places, none)
    assert list(resolved["source_id"]) == ["geonames:4975802", "geonames:4250542"]
    unnamed = resolve_offline(todo.assign(region=["", "Atlantis"]), places, none)
    assert list(unnamed["source_id"]) == ["geonames:5746545", "geonames:4951788"]


@pytest.fixture
def atlas(tmp_path: Path) -> store.AtlasData:
    """An atlas with SCN and one located place, Valencia, Spain."""
    (tmp_path / "networks.csv").write_text(
        "id,name,short_name,website,colour\nscn,Strong Cities,SCN,https://x.example,#0072B2\n",
        encoding="utf-8",
    )
    (tmp_path / "signatories.csv").write_text(
        "statement_id,city,country,region\n", encoding="utf-8"
    )
    (tmp_path / "places.csv").write_text(
        ",".join(csvfiles.PLACE_COLUMNS)
        + "\nES:valencia,Valencia,ES,ok,39.47391,-0.37966,city,gazetteer,geonames:2509954,"
        "Valencia,,2026-01-01\n",
        encoding="utf-8",
    )
    return store.load(tmp_path)


PAGE = "Harbour pledge\n\n14 May 2025\n\nSigned by:\n\nPortland, Maine\nValencia\nSpringfield\n"


def reviewed(atlas: store.AtlasData, places: Gazetteer) -> tuple[importer.ImportPlan, pd.DataFrame]:
    plan = planned(atlas, PAGE, places)
    return plan, review.recheck(review.review_rows(plan), atlas, places)


def test_the_review_says_where_each_coordinate_comes_from(
    atlas: store.AtlasData, places: Gazetteer
) -> None:
    _, rows = reviewed(atlas, places)
    assert list(rows["found"]) == ["state code", "atlas", "gazetteer"]
    assert list(rows["place"]) == [
        "new: gazetteer geonames:4975802 Portland, 43.6600, -70.2600",
        "already in the atlas: 39.4739, -0.3797",
        "new: gazetteer geonames:4951788 Springfield, 42.1000, -72.5900 (ambiguous: 2 places "
        "named 'Springfield' in US; chose Springfield (population 154,341))",
    ]
    points = review.map_points(rows, "scn")
    assert list(points["place_key"]) == ["US:portland", "ES:valencia", "US:springfield"]


def test_every_edit_is_checked_again(atlas: store.AtlasData, places: Gazetteer) -> None:
    _, rows = reviewed(atlas, places)
    edited = review.apply_edits(
        rows,
        {0: {"region": "Oregon"}, 1: {"lat": 39.5, "lon": -0.4, "coordinate_source": "x"}},
        added=[{"city": "Atlantis", "country": "Spain"}],
        deleted=[2],
    )
    rows = review.recheck(edited, atlas, places)
    assert list(rows["found"]) == ["edited", "atlas", "edited"]
    assert list(rows["place"]) == [
        "new: gazetteer geonames:5746545 Portland, 45.5200, -122.6800",
        "typed: 39.50000, -0.40000",
        "NOT FOUND: no gazetteer place named 'Atlantis' in ES",
    ]
    assert list(review.map_points(rows, "scn")["lat"]) == [45.52, 39.5]


def test_a_choice_among_a_names_places_is_applied_to_its_row(
    atlas: store.AtlasData, places: Gazetteer
) -> None:
    plan, rows = reviewed(atlas, places)
    options = review.choices(places, "Springfield")
    assert [o.label for o in options] == [
        "Springfield, Massachusetts, United States · population 154,341 · 42.10, -72.59",
        "Springfield, Illinois, United States · population 114,394 · 39.80, -89.64",
    ]
    assert review.is_ambiguous(options)
    assert not review.is_ambiguous(review.choices(places, "Cork"))
    rows = review.recheck(review.choose(rows, 2, options[1], places), atlas, places)
    springfield = rows.iloc[2]
    assert (springfield["region"], springfield["found"]) == ("Illinois", "chosen")
    assert springfield["place"].startswith("new: gazetteer geonames:4250542")  # no override
    # Venezuela's Valencia: its country leads the gazetteer there.
    venezuela, _, small = review.choices(places, "Valencia")
    rows = review.recheck(review.choose(rows, 1, venezuela, places), atlas, places)
    assert rows.iloc[1]["place"] == "new: gazetteer geonames:3625549 Valencia, 10.1600, -68.0000"
    # A small Valencia in Spain: its region code is not ISO's, so the country leads to the
    # large one; the choice is a coordinate, citing GeoNames.
    rows = review.recheck(review.choose(rows, 1, small, places), atlas, places)
    assert rows.iloc[1]["place"] == "typed: 40.00000, -4.00000"
    saved = importer.apply_review(plan, rows)
    assert list(saved.plan.signatories["region"]) == ["Maine", "", "Illinois"]
    assert list(saved.overrides["source"]) == ["https://www.geonames.org/0"]


def test_a_new_title_is_a_new_statement(atlas: store.AtlasData, places: Gazetteer) -> None:
    plan, _ = reviewed(atlas, places)
    titled = importer.retitled(plan, "  Harbour Cities Pledge ")
    assert titled.statement_id == "2025-05-14-harbour-cities-pledge"
    assert set(titled.signatories["statement_id"]) == {"2025-05-14-harbour-cities-pledge"}
    assert importer.retitled(plan, "Harbour pledge") is plan
    with pytest.raises(Exception, match="needs a title"):
        importer.retitled(plan, " ")


def test_a_saved_statement_widens_the_filters_that_hid_it() -> None:
    hiding = view.View(
        networks=("icc",),
        countries=("NO",),
        start=dt.date(2016, 6, 29),
        end=dt.date(2022, 3, 4),
        shared=True,
        city="NO:oslo",
    )
    shown = view.including(
        hiding, statement="s", network="scn", date=dt.date(2025, 5, 14), countries=["US", "ES"]
    )
    assert shown == view.View(
        networks=("icc", "scn"),
        countries=("NO", "US", "ES"),
        start=dt.date(2016, 6, 29),
        end=dt.date(2025, 5, 14),
        statement="s",
    )
    everything = view.View()
    assert view.including(
        everything, statement="s", network="scn", date=dt.date(2010, 1, 1), countries=["US"]
    ) == view.View(statement="s")


def test_name_variants_are_what_the_choices_look_up(places: Gazetteer) -> None:
    assert name_variants("City of Portland") == ["City of Portland", "Portland"]
    assert [o.name for o in review.choices(places, "City of Portland")] == ["Portland"] * 2
    assert review.choices(places, "Atlantis") == []
    assert Found.CHOSEN == "chosen"


def test_the_warnings_follow_the_editor_s_edits(atlas: store.AtlasData, places: Gazetteer) -> None:
    plan, rows = reviewed(atlas, places)
    before = review.warnings(plan, rows)
    assert any("Springfield" in w and "ambiguous" in w for w in before)
    assert "2 countries inferred" in " ".join(before)
    # Springfield deleted, Valencia's country typed: no warning about either is left.
    edited = review.apply_edits(rows, {1: {"country": "Spain"}}, deleted=[2])
    after = review.warnings(plan, review.recheck(edited, atlas, places))
    assert not any("Springfield" in w for w in after)
    assert not any("countries inferred" in w for w in after)

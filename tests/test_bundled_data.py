"""The committed data: complete, valid, and each city at the right place."""

from __future__ import annotations

import hashlib
import math
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from geo import atlas, membership, view
from geo.cli import main
from geo.data import checks, store
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def data() -> store.AtlasData:
    return store.load(ROOT / "data")


def test_bundled_data_is_valid(data: store.AtlasData) -> None:
    assert checks.check(data) == []


def test_every_member_city_has_a_coordinate(data: store.AtlasData) -> None:
    rows = atlas.signatory_rows(data)
    assert atlas.unlocated(rows).empty
    assert set(data.places["status"]) == {"ok"}
    assert set(data.places["source"]) <= {"gazetteer", "override", "directory"}


def test_both_seed_statements_are_there(data: store.AtlasData) -> None:
    rows = atlas.signatory_rows(data)
    by_statement = rows.groupby("statement_id").size().to_dict()
    assert by_statement == {
        "2016-06-29-official-statement-of-solidarity-with-istanbul": 53,
        "2022-03-04-declaration-on-solidarity-with-ukraine": 142,
        "2022-11-16-the-hague-mayoral-declaration-on-preventing-hate-extremism": 41,
    }
    istanbul = view.View(statements=("2016-06-29-official-statement-of-solidarity-with-istanbul",))
    points = view.show(rows, istanbul).points
    assert atlas.summary(points) == "53 cities in 31 countries"


@pytest.mark.parametrize(
    "key", ["CA:montreal", "ES:malaga", "NO:oslo", "FR:paris", "IT:palermo", "DK:copenhagen"]
)
def test_a_city_in_two_networks_is_one_place(data: store.AtlasData, key: str) -> None:
    points = atlas.city_points(atlas.signatory_rows(data)).set_index("place_key")
    assert points.at[key, "networks"] == ("icc", "scn")
    assert (data.places["key"] == key).sum() == 1


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(h))


# Independent reference points (rounded, from each place's Wikipedia infobox) and tolerance.
@pytest.mark.parametrize(
    ("key", "where", "kind", "within_km"),
    [
        ("BA:centar", (43.86, 18.41), "district", 10),
        ("MK:cair", (42.01, 21.44), "district", 5),
        ("US:montgomery-county", (39.14, -77.20), "county", 30),
        ("AU:victoria", (-37.0, 144.0), "region", 400),
        ("CM:kolofata", (11.16, 14.01), "city", 5),
        ("CM:meri", (10.78, 14.10), "city", 5),
        ("CM:yaounde-ii", (3.87, 11.52), "district", 15),
        ("XK:pec-peja", (42.66, 20.29), "city", 5),
        ("SE:malmo", (55.61, 13.0), "city", 5),
        ("CA:montreal", (45.5, -73.57), "city", 10),
        ("US:new-york", (40.71, -74.0), "city", 10),
        ("GB:london", (51.51, -0.13), "city", 10),
        ("US:highland-park", (42.18, -87.80), "city", 5),
        ("HU:budavar-budapest-i", (47.50, 19.04), "district", 5),
        ("GB:greater-manchester-region", (53.48, -2.24), "region", 30),
        ("PL:wroclaw", (51.11, 17.03), "city", 10),
        ("DE:dusseldorf", (51.23, 6.78), "city", 10),
        ("KR:guro-gu-seoul", (37.495, 126.887), "district", 2),  # its own district, not Seoul
    ],
)
def test_tricky_places_are_at_the_right_place(
    data: store.AtlasData, key: str, where: tuple[float, float], kind: str, within_km: float
) -> None:
    place = data.places.set_index("key").loc[key]
    assert km((place["lat"], place["lon"]), where) < within_km
    assert place["kind"] == kind


def test_overrides_cite_a_source(data: store.AtlasData) -> None:
    assert data.overrides["source"].str.startswith("https://").all()


def test_every_member_has_a_located_place_and_a_source(data: store.AtlasData) -> None:
    rows = membership.member_rows(data)
    assert len(rows) == len(data.members)  # no member of an unknown country or network
    assert rows["lat"].notna().all()
    sources = {p.stem for p in (data.root / "sources").iterdir()}
    cited = set(data.members["source"])
    assert {s for s in cited if not s.startswith("https://")} <= sources


def test_covenant_members_have_their_dates_and_ids(data: store.AtlasData) -> None:
    names = data.networks.set_index("id")["name"]
    assert "Covenant of Mayors" in names["gcom"]
    gcom = data.members[data.members["network"] == "gcom"]
    assert gcom["joined"].notna().all()
    assert gcom["joined"].min() >= pd.Timestamp("2008-01-01")  # the Covenant began in 2008
    assert gcom["source_id"].ne("").all()
    assert not gcom["source_id"].duplicated().any()
    assert gcom["source_name"].ne("").all()


def test_kept_source_points_cite_their_member(data: store.AtlasData) -> None:
    own = data.places[data.places["source"] == "directory"]
    cited = set(data.members["source"] + ":" + data.members["source_id"])
    assert set(own["source_id"]) <= cited


def test_the_covenant_copy_is_the_one_its_notes_describe() -> None:
    folder = ROOT / "data" / "sources"
    digest = hashlib.sha256((folder / "gcom-2024.csv").read_bytes()).hexdigest()
    assert f"sha256 `{digest}`" in (folder / "gcom-2024.md").read_text(encoding="utf-8")


def test_importing_the_covenant_s_source_again_changes_nothing(tmp_path: Path) -> None:
    """The members and places of the Covenant are what its import makes of its source, as
    data/sources/README.md says: run again on a copy, it writes nothing new."""
    copy = tmp_path / "data"
    shutil.copytree(ROOT / "data", copy)
    before = {p.name: p.read_bytes() for p in copy.glob("*.csv")}
    source = ROOT / "data" / "sources" / "gcom-2024.csv"
    result = CliRunner().invoke(
        main,
        ["--data-dir", str(copy), "import-members", str(source), "--network", "gcom",
         "--leave-out-unfound"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert {p.name: p.read_bytes() for p in copy.glob("*.csv")} == before

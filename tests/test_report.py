"""`python -m geo report`: the cached table's quality, and the country check behind it."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from geo.cli import main
from geo.data import csvfiles, store
from geo.geocoding import report
from geo.geocoding.report import Polygon, country_checks, counts_by_source_and_kind, km_outside
from geo.maps import basemap
from tests.conftest import ROOT

KM_PER_DEGREE = math.radians(1) * report.EARTH_RADIUS_KM  # at the equator


def square(west: float, south: float, east: float, north: float) -> list[list[float]]:
    return [[west, south], [east, south], [east, north], [west, north], [west, south]]


# Two neighbours on the equator: AA from 0 to 10 degrees east, BB from 10 to 20; AA has a lake.
SHAPES: dict[str, list[Polygon]] = {
    "AA": [[square(0, 0, 10, 10), square(4, 4, 6, 6)]],
    "BB": [[square(10, 0, 20, 10)]],
}


def places(*rows: tuple[str, float, float]) -> pd.DataFrame:
    """Located places (code, lat, lon), keyed by their order."""
    return pd.DataFrame(
        [
            (f"{code}:p{i}", f"P{i}", code, "ok", lat, lon)
            for i, (code, lat, lon) in enumerate(rows)
        ],
        columns=["key", "city", "country_code", "status", "lat", "lon"],
    ).reindex(columns=list(csvfiles.PLACE_COLUMNS), fill_value="")


def run(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--data-dir", str(data_dir), "report", *args])


def test_a_point_is_inside_outside_or_in_a_hole() -> None:
    aa = SHAPES["AA"]
    assert km_outside((1.0, 1.0), aa) == 0.0
    assert km_outside((5.0, 5.5), aa) == pytest.approx(0.5 * KM_PER_DEGREE, rel=1e-3)  # in the lake
    assert km_outside((5.0, -0.5), aa) == pytest.approx(0.5 * KM_PER_DEGREE, rel=1e-3)


def test_an_outline_across_the_antimeridian_holds_points_on_both_sides() -> None:
    fiji = [[square(177, -19, 182, -16)]]  # unwrapped past 180 degrees, as geo.maps.basemap does
    assert km_outside((178.4, -18.1), fiji) == 0.0
    assert km_outside((-179.5, -17.0), fiji) == 0.0
    east = 8 * KM_PER_DEGREE * math.cos(math.radians(17))  # -170 is 8 degrees past 182 (-178)
    assert km_outside((-170.0, -17.0), fiji) == pytest.approx(east, rel=1e-3)


def test_each_place_is_inside_near_outside_offshore_or_not_checkable() -> None:
    checks = country_checks(
        places(
            ("AA", 2.0, 2.0),  # inside
            ("AA", 2.0, -0.1),  # 11 km off the coarse coast
            ("AA", 2.0, 15.0),  # in BB, 5 degrees (556 km) from AA
            ("AA", 2.0, -5.0),  # at sea, as far out
            ("CC", 2.0, 2.0),  # CC has no outline
        ),
        SHAPES,
        tolerance_km=25,
    )
    assert list(checks["check"]) == ["inside", "near", "outside", "offshore", "not checkable"]
    assert list(checks["on_land_of"]) == ["", "", "BB", "", ""]
    assert checks["km"].tolist()[:4] == pytest.approx([0.0, 11.1, 555.6, 555.6], abs=0.1)


def test_counts_are_by_source_and_kind_of_located_places() -> None:
    table = pd.DataFrame(
        {
            "status": ["ok", "ok", "ok", "failed"],
            "source": ["gazetteer", "override", "override", "nominatim"],
            "kind": ["city", "county", "city", "district"],
        }
    ).reindex(columns=list(csvfiles.PLACE_COLUMNS), fill_value="")
    counts = counts_by_source_and_kind(table)
    assert list(counts.columns) == ["city", "county", "total"]
    assert counts.loc["override"].tolist() == [1, 1, 2]
    assert counts.loc["total"].tolist() == [2, 1, 3]


def test_the_bundled_table_passes(bundled_data_copy: Path) -> None:
    result = run(bundled_data_copy)
    assert result.exit_code == 0, result.output
    data = store.load(bundled_data_copy)
    assert f"{len(data.places)} places: {len(data.places)} with a coordinate, 0 failed" in (
        result.output
    )
    for line in (
        "Failures: 0",
        "Ambiguous names (the rule chose one): ",
        "Overrides without a cited source: 0",
        "Outside their country (more than 25 km from its 1:110m outline): 0",
        "ES:tenerife-cabildo Tenerife (Cabildo) at (28.4682, -16.2546): 1289.2 km from ES",
        "  MT: ",
    ):
        assert line in result.output
    assert "XK:" not in result.output  # Kosovo's outline has no ISO id; its name gives XK


def test_each_problem_is_named_and_fails_the_report(bundled_data_copy: Path) -> None:
    path = bundled_data_copy / "places.csv"
    table = store.read_places(path).set_index("key")
    table.loc["NO:oslo", ["lat", "lon"]] = (59.33, 18.07)  # Stockholm
    table.loc["NO:atlantis"] = {
        "city": "Atlantis",
        "country_code": "NO",
        "status": "failed",
        "kind": "city",
        "source": "nominatim",
        "detail": "no Nominatim place named 'Atlantis' in NO",
        "geocoded_at": "2026-01-02",
    }
    csvfiles.write_places(path, table.reset_index())
    with (bundled_data_copy / "overrides.csv").open("a", encoding="utf-8") as overrides:
        overrides.write("Nowhere,Norway,city,,60.0,5.0,,a note but no source\n")

    result = run(bundled_data_copy)
    assert result.exit_code == 1
    for line in (
        "Failures: 1",
        "  NO:atlantis Atlantis: no Nominatim place named 'Atlantis' in NO (nominatim, 2026-01-02)",
        "Overrides without a cited source: 1",
        "overrides.csv:",
        ": Nowhere (Norway)",
        "  NO:oslo Oslo at (59.3300, 18.0700): ",
        " km outside NO, in SE",
        "Error: 1 failed, 1 outside their country",
    ):
        assert line in result.output
    assert run(bundled_data_copy, "--tolerance-km", "1000").output.endswith(
        "Error: 1 failed, 0 outside their country\n"
    )


def test_the_report_reads_the_committed_data_without_writing() -> None:
    before = {p: p.stat().st_mtime_ns for p in (ROOT / "data").rglob("*") if p.is_file()}
    assert run(ROOT / "data").exit_code == 0
    assert {p: p.stat().st_mtime_ns for p in (ROOT / "data").rglob("*") if p.is_file()} == before


def test_crimea_counts_as_ukraine_though_natural_earth_draws_it_in_russia() -> None:
    shapes = report.country_shapes(basemap.countries())
    checks = country_checks(
        places(
            ("UA", 44.95, 34.10), ("UA", 45.2, 33.37), ("UA", 55.75, 37.62), ("RU", 44.95, 34.1)
        ),
        shapes,
    )  # Simferopol and Yevpatoria; Moscow is no Ukrainian place, nor Simferopol Russia's
    assert list(checks["check"]) == ["inside", "inside", "outside", "inside"]

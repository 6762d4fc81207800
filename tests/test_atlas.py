"""The pure functions that turn signatory rows into what the map and panels show."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from geo import atlas


def rows(*entries: tuple[str, str, str, float]) -> pd.DataFrame:
    """Signatory rows: (network, statement, city, lat) with the other columns filled in."""
    frame = pd.DataFrame(entries, columns=["network", "statement_id", "city", "lat"])
    return frame.assign(
        statement_date=dt.date(2020, 1, 1),
        statement_title="T",
        country="Norway",
        country_code="NO",
        lon=np.where(frame["lat"].isna(), np.nan, 10.0),
        kind="city",
        source="gazetteer",
        source_id="geonames:1",
        place_key="NO:" + frame["city"].str.lower(),
    )


def test_city_points_one_row_per_place_with_sorted_networks_and_statement_counts() -> None:
    points = atlas.city_points(
        rows(
            ("scn", "s1", "Oslo", 59.9),
            ("icc", "s2", "Oslo", 59.9),
            ("scn", "s3", "Oslo", 59.9),
            ("scn", "s1", "Bergen", 60.4),
            ("scn", "s1", "Nowhere", np.nan),
        )
    )
    assert list(points["place_key"]) == ["NO:bergen", "NO:oslo"]
    assert list(points["networks"]) == [("scn",), ("icc", "scn")]
    assert list(points["statements"]) == [1, 3]
    assert list(points.columns) == list(atlas.POINT_COLUMNS)


def test_city_points_of_nothing_is_an_empty_table() -> None:
    points = atlas.city_points(rows(("scn", "s1", "Nowhere", np.nan)))
    assert points.empty
    assert list(points.columns) == list(atlas.POINT_COLUMNS)

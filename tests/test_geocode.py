from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from geo.data.csvfiles import OVERRIDE_COLUMNS, PLACE_COLUMNS
from geo.data.placekeys import place_key
from geo.geocoding import geocode
from geo.geocoding.geocode import (
    Gazetteer,
    merge_places,
    name_variants,
    places_to_geocode,
    resolve_offline,
)

TODAY = dt.date(2026, 1, 2)


def todo(*places: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [(place_key(city, cc), city, cc) for city, cc in places],
        columns=["key", "city", "country_code"],
    )


def places_table(columns: dict[str, list[str]]) -> pd.DataFrame:
    """A places table (PLACE_COLUMNS) with these columns, the others blank."""
    return pd.DataFrame(columns).reindex(columns=list(PLACE_COLUMNS), fill_value="")


def no_overrides() -> pd.DataFrame:
    return pd.DataFrame(columns=list(OVERRIDE_COLUMNS))


@pytest.mark.parametrize(
    ("city", "variants"),
    [
        ("Pec/Peja", ["Pec/Peja", "Pec", "Peja"]),
        ("Selçuk (Ephesus)", ["Selçuk (Ephesus)", "Selçuk", "Ephesus"]),
        ("City of Sydney", ["City of Sydney", "Sydney"]),
        ("Kota Bogor", ["Kota Bogor", "Bogor"]),  # Indonesian and Malay: the city of
        ("Kota Kinabalu", ["Kota Kinabalu", "Kinabalu"]),  # the whole name first
        ("Oslo", ["Oslo"]),
        # a date's figures that a slash parts name no place ('02' is a postal code)
        ("Getafe 03/02/2024", ["Getafe 03/02/2024", "Getafe 03"]),
    ],
)
def test_name_variants(city: str, variants: list[str]) -> None:
    assert name_variants(city) == variants


@pytest.mark.parametrize(
    ("city", "full"),
    [("Bad Homburg v. d. Höhe", "Bad Homburg vor der Höhe"),
     ("Mülheim a. d. Ruhr", "Mülheim an der Ruhr"),
     ("Ústí n. Labem", "Ústí nad Labem"),
     ("Nowe Miasto n. Pilicą", "Nowe Miasto nad Pilicą"),
     ("Rothenburg o. d. Tauber", "Rothenburg ob der Tauber")],
)  # fmt: skip
def test_a_name_with_its_small_words_abbreviated_is_tried_in_full(city: str, full: str) -> None:
    """'v. d.', 'a. d.' (German 'vor der', 'an der'), 'n.' (Czech and Polish 'nad'): a
    town's name with the small words between its words cut to a letter and a dot is tried
    with each word they may stand for."""
    assert full in name_variants(city)
    assert name_variants("Oslo") == ["Oslo"]


def test_accents_and_alternate_names_match(tiny_gazetteer: Gazetteer) -> None:
    out = resolve_offline(
        todo(("Malmo", "SE"), ("Pec/Peja", "XK")), tiny_gazetteer, no_overrides(), today=TODAY
    )
    assert list(out["status"]) == ["ok", "ok"]
    assert list(out["source_id"]) == ["geonames:1", "geonames:4"]
    assert list(out["source"]) == ["gazetteer", "gazetteer"]
    assert set(out["geocoded_at"]) == {"2026-01-02"}
    assert list(out.columns) == list(PLACE_COLUMNS)


def test_same_name_picks_most_populous_and_flags_it(tiny_gazetteer: Gazetteer) -> None:
    row = resolve_offline(todo(("Valencia", "ES")), tiny_gazetteer, no_overrides()).iloc[0]
    assert row["source_id"] == "geonames:2"
    assert "ambiguous: 2 places" in row["detail"]


def test_country_must_match(tiny_gazetteer: Gazetteer) -> None:
    row = resolve_offline(todo(("Malmö", "NO")), tiny_gazetteer, no_overrides()).iloc[0]
    assert row["status"] == "failed"
    assert "'Malmö' in NO" in row["detail"]


def test_overrides_come_first_by_id_or_by_coordinate(tiny_gazetteer: Gazetteer) -> None:
    overrides = pd.DataFrame(
        [
            (
                "Tenerife (Cabildo)",
                "Spain",
                "region",
                "5",
                "",
                "",
                "https://example.org/t",
                "island",
            ),
            ("Méri", "Cameroon", "city", "", "10.77611", "14.1", "https://example.org/m", ""),
            ("Nowhere", "Spain", "city", "999", "", "", "https://example.org/n", ""),
        ],
        columns=list(OVERRIDE_COLUMNS),
    )
    out = resolve_offline(
        todo(("Tenerife (Cabildo)", "ES"), ("Méri", "CM"), ("Nowhere", "ES")),
        tiny_gazetteer,
        overrides,
    ).set_index("city")
    assert out.at["Tenerife (Cabildo)", "kind"] == "region"
    assert out.at["Tenerife (Cabildo)", "lat"] == pytest.approx(28.47)
    assert out.at["Tenerife (Cabildo)", "source_id"] == "https://example.org/t"
    assert "Santa Cruz de Tenerife (GeoNames 5)" in out.at["Tenerife (Cabildo)", "detail"]
    assert (out.at["Méri", "lat"], out.at["Méri", "lon"]) == (10.77611, 14.1)
    assert out.at["Méri", "source"] == "override"
    assert out.at["Nowhere", "status"] == "failed"
    assert "GeoNames id 999" in out.at["Nowhere", "detail"]


def test_cached_places_are_never_looked_up_again() -> None:
    needed = todo(("Oslo", "NO"), ("Paris", "FR"), ("Lyon", "FR"))
    cached = pd.DataFrame({"key": ["NO:oslo", "FR:paris"], "status": ["ok", "failed"]})
    assert list(needed["key"]) == ["NO:oslo", "FR:paris", "FR:lyon"]
    assert list(places_to_geocode(needed, cached)["key"]) == ["FR:lyon"]
    assert list(places_to_geocode(needed, cached, retry_failed=True)["key"]) == [
        "FR:paris",
        "FR:lyon",
    ]


def test_merge_replaces_rows_of_the_same_key() -> None:
    cached = places_table({"key": ["a", "b"], "status": ["ok", "failed"]})
    resolved = places_table({"key": ["b", "c"], "status": ["ok", "ok"]})
    merged = merge_places(cached, resolved)
    assert list(merged["key"]) == ["a", "b", "c"]
    assert list(merged["status"]) == ["ok", "ok", "ok"]


def test_geonames_gazetteer_knows_the_seed_cities() -> None:
    gazetteer = geocode.load_geonames()
    hits = gazetteer.candidates("Malmö", "SE")
    assert hits.iloc[0]["name"] == "Malmö"
    assert gazetteer.candidates("Peja", "XK").iloc[0]["name"] == "Pejë"

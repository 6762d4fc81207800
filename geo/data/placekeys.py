"""A place's identity (its key), and the places that member tables name."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from geo.countries import country_code, find_country
from geo.data.csvfiles import PLACE_NAME_COLUMNS, per_value
from geo.text import clean, slug


def place_key(city: str, code: str) -> str:
    """The identity of a place: ISO country code and folded name ('CA:montreal')."""
    return f"{code}:{slug(city)}"


def used_place_keys(frames: Iterable[pd.DataFrame]) -> set[str]:
    """The keys of the places that member tables name (rows of unknown countries aside)."""
    keys: set[str] = set()
    for frame in frames:
        codes = per_value(frame["country"], lambda v: find_country(v) or "")
        known = codes != ""
        slugs = per_value(frame.loc[known, "city"], slug)
        keys.update((codes[known] + ":" + slugs).tolist())
    return keys


def unique_places(frames: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Every distinct place (key, first spelling, country code) named in member tables."""
    rows: dict[str, tuple[str, str]] = {}
    for frame in frames:
        for city, country in zip(frame["city"], frame["country"], strict=True):
            code = country_code(country)
            rows.setdefault(place_key(city, code), (clean(city), code))
    return pd.DataFrame(
        [(k, c, cc) for k, (c, cc) in sorted(rows.items())], columns=list(PLACE_NAME_COLUMNS)
    )

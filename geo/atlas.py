"""Joining the data files into tables the app and the exports use: pure functions."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import pandas as pd

from geo import markup
from geo.countries import country_code, country_name
from geo.data.store import AtlasData, place_key
from geo.errors import UnknownCountryError
from geo.markup import as_markdown_text as as_markdown_text  # re-exported
from geo.model import Source, Status
from geo.schema import require_columns
from geo.text import clean, fold

T = TypeVar("T")
EXPORT_COLUMNS = (
    "network",
    "statement_id",
    "statement_date",
    "statement_title",
    "city",
    "country",
    "country_code",
    "lat",
    "lon",
    "kind",
    "source",
    "source_id",
    "place_key",
)


def signatory_rows(data: AtlasData) -> pd.DataFrame:
    """One row per (statement, city): who signed what, where, and where the point came from.

    Cities whose place is missing or failed in the cached table keep NaN coordinates. Rows
    that `store.check` reports (an unknown country, a statement without a file, with a bad
    date or of an unknown network) are left out, so one bad line does not hide the rest.
    """
    sig = data.signatories
    codes = [code_or_blank(c) for c in sig["country"]]
    rows = pd.DataFrame(
        {
            "statement_id": sig["statement_id"].to_numpy(),
            "city": [clean(c) for c in sig["city"]],
            "country_code": codes,
            "place_key": [place_key(c, cc) for c, cc in zip(sig["city"], codes, strict=True)],
        },
        dtype=str,  # also when there are no signatories yet: the merges need text keys
    )
    rows = rows[rows["country_code"] != ""]
    rows["country"] = rows["country_code"].map(country_name)
    statements = data.statements.rename(
        columns={"id": "statement_id", "date": "statement_date", "title": "statement_title"}
    )[["statement_id", "network", "statement_date", "statement_title"]]
    statements = statements.assign(
        statement_date=pd.to_datetime(statements["statement_date"], errors="coerce").dt.date
    ).dropna(subset=["statement_date"])
    statements = statements[statements["network"].isin(set(data.networks["id"]))]
    places = data.places[data.places["status"] == Status.OK].rename(columns={"key": "place_key"})[
        ["place_key", "lat", "lon", "kind", "source", "source_id"]
    ]
    merged = rows.merge(statements, on="statement_id", how="inner").merge(
        places, on="place_key", how="left"
    )
    return merged[list(EXPORT_COLUMNS)].sort_values(
        ["statement_date", "statement_id", "city"], kind="stable", ignore_index=True
    )


def code_or_blank(country: str) -> str:
    """A country's ISO code, or '' for a name the atlas does not know."""
    try:
        return country_code(country)
    except UnknownCountryError:
        return ""


POINT_COLUMNS = (
    "place_key", "city", "country", "country_code", "lat", "lon", "kind", "networks", "statements",
)  # fmt: skip


def city_points(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per place with coordinates: the cities to draw, with their networks and the
    number of statements they signed (a row without a statement_id is a membership).

    Works on integer codes (pandas.factorize) rather than grouping strings: at 50,000 cities
    a per-group Python aggregation takes seconds, this about a tenth of one.
    """
    require_columns(rows, EXPORT_COLUMNS, "city_points: signatory rows")
    located = rows[rows["lat"].notna().to_numpy() & rows["lon"].notna().to_numpy()]
    if not len(located):
        return pd.DataFrame(columns=list(POINT_COLUMNS))
    place, keys = pd.factorize(located["place_key"], sort=True)
    network, network_ids = pd.factorize(located["network"], sort=True)
    statement, statement_ids = pd.factorize(located["statement_id"])  # a member's: -1
    _, first = np.unique(place, return_index=True)
    places = located.iloc[first]
    names = network_ids.tolist()
    networks: list[list[str]] = [[] for _ in range(len(keys))]
    for pair in np.unique(place.astype(np.int64) * len(names) + network).tolist():
        networks[pair // len(names)].append(names[pair % len(names)])
    signature = statement >= 0
    signed = np.unique(
        place[signature].astype(np.int64) * len(statement_ids) + statement[signature]
    )
    return places.assign(
        networks=pd.Series([tuple(n) for n in networks], index=places.index, dtype=object),
        statements=np.bincount(signed // max(len(statement_ids), 1), minlength=len(keys)),
    )[list(POINT_COLUMNS)].reset_index(drop=True)


def summary(points: pd.DataFrame, kind: str = "") -> str:
    """'53 cities in 22 countries'; of kind 'member ', '53 member cities in 22 countries'."""
    cities, countries = len(points), points["country_code"].nunique() if len(points) else 0
    return f"{cities} {kind}{'city' if cities == 1 else 'cities'} in {countries} " + (
        "country" if countries == 1 else "countries"
    )


def unlocated(rows: pd.DataFrame) -> pd.DataFrame:
    """Signatories that the cached table gives no coordinate (yet)."""
    return rows[rows["lat"].isna()].drop_duplicates("place_key")


@dataclass(frozen=True)
class CityDetails:
    """Everything the city panel shows about one place."""

    key: str
    city: str
    country: str
    networks: list[str]
    statements: pd.DataFrame
    place: dict[str, object]
    memberships: pd.DataFrame  # network, joined, status, list_name, evidence_url, evidence_quote


def place_details(
    data: AtlasData, rows: pd.DataFrame, members: pd.DataFrame, key: str
) -> CityDetails:
    """The city, its networks, the statements it signed, its coordinate's source, and its
    memberships (`members` as geo.view.member_rows makes them), earliest first."""
    require_columns(rows, EXPORT_COLUMNS, "place_details: signatory rows")
    mine = rows[rows["place_key"] == key]
    place = data.places[data.places["key"] == key]
    joined = members[members["place_key"] == key].sort_values(["joined", "network"])
    named = mine if len(mine) else joined
    return CityDetails(
        key=key,
        city=str(named["city"].iloc[0]) if len(named) else key,
        country=str(named["country"].iloc[0]) if len(named) else "",
        networks=sorted(set(mine["network"]) | set(joined["network"])),
        statements=mine[["statement_date", "statement_title", "network"]].drop_duplicates(),
        place={str(k): v for k, v in place.iloc[0].items()} if len(place) else {},
        memberships=joined[
            ["network", "joined", "status", "list_name", "evidence_url", "evidence_quote"]
        ],
    )


def to_geojson(rows: pd.DataFrame) -> str:
    """Export rows as a GeoJSON FeatureCollection of points (rows without a point are left out)."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(r["lon"], 5), round(r["lat"], 5)]},
            "properties": {
                k: (v.isoformat() if isinstance(v, dt.date) else v)
                for k, v in r.items()
                if k not in ("lat", "lon")
            },
        }
        for r in rows.dropna(subset=["lat", "lon"]).to_dict("records")
    ]
    return json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1
    )


def nearest_place(
    points: pd.DataFrame, lat: float, lon: float, tolerance: float = 0.01
) -> str | None:
    """The key of the drawn place at (lat, lon), as a map click reports it; None if none."""
    if not len(points):
        return None
    distance = ((points["lat"] - lat).abs() + (points["lon"] - lon).abs()).to_numpy()
    best = int(distance.argmin())
    return str(points["place_key"].iloc[best]) if distance[best] <= tolerance else None


def search_places(points: pd.DataFrame, query: str, limit: int = 10) -> pd.DataFrame:
    """Places whose name matches a query, accent- and case-insensitively, best first.

    'malmo' finds Malmö; 'pec' finds Pec/Peja. A name that starts with the query ranks
    before one that contains it elsewhere.
    """
    wanted = fold(query)
    if not wanted or not len(points):
        return points.iloc[0:0]
    names = points["city"].map(fold)
    prefix = names.str.startswith(wanted)
    word = names.map(lambda n: any(w.startswith(wanted) for w in n.split()))
    contains = names.str.contains(wanted, regex=False)
    rank = (~prefix).astype(int) + (~word).astype(int) + (~contains).astype(int)
    ranked = points.assign(_rank=rank, _name=names)
    found = ranked[contains].sort_values(["_rank", "_name"], kind="stable")
    return found.drop(columns=["_rank", "_name"]).head(limit)


def shared_only(points: pd.DataFrame) -> pd.DataFrame:
    """Cities that belong to two or more networks."""
    return points[points["networks"].map(len) >= 2]


def per_country(points: pd.DataFrame) -> pd.DataFrame:
    """Cities per country, most first: country, country_code, cities."""
    counts = points.groupby(["country", "country_code"], as_index=False).size()
    counts = counts.rename(columns={"size": "cities"})
    return counts.sort_values(["cities", "country"], ascending=[False, True], ignore_index=True)


def outreach(points: pd.DataFrame, member_of: str, not_in: str) -> pd.DataFrame:
    """Cities in one network but not in another: whom the second network could invite."""
    mask = points["networks"].map(lambda ns: member_of in ns and not_in not in ns).astype(bool)
    return points.loc[mask, ["city", "country", "country_code", "lat", "lon", "networks"]].assign(
        networks=lambda f: f["networks"].map(", ".join)
    )


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot run as spreadsheet formulas ('=1+1' -> "'=1+1")."""

    def neutral(value: object) -> object:
        return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_START) else value

    return frame.map(neutral)


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
    return as_markdown_text(f"{source} {ref}".strip() or "unknown")


_OSM_REF = re.compile(r"(?:node|way|relation)/[0-9]+")


def human_date(value: dt.date | str) -> str:
    """'2016-06-29' -> '29 June 2016'."""
    date = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return f"{date.day} {date:%B %Y}"


def excerpt(text: str, limit: int = 300) -> str:
    """The opening of a statement, cut at a word, for a story step or a slide."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def excerpt_paragraphs(text: str, limit: int = 600) -> list[str]:
    """The opening paragraphs of a statement, cut at a word after `limit` characters.

    Paragraphs are separated by blank lines; the lines of one paragraph run together.
    """
    kept: list[str] = []
    left = limit
    for block in re.split(r"\n\s*\n", text):
        flat = " ".join(block.split())
        if not flat:
            continue
        if len(flat) > left:
            cut = flat[:left].rsplit(" ", 1)[0].rstrip(",;:") if " " in flat[:left] else ""
            if cut:
                kept.append(cut + " …")
            elif kept:
                kept[-1] += " …"
            break
        kept.append(flat)
        left -= len(flat)
    return kept


def place_in(ordered: list[T], current: T) -> str:
    """Where `current` is in `ordered`, as a room reads it: '2 of 3'; '' when not in it."""
    return f"{ordered.index(current) + 1} of {len(ordered)}" if current in ordered else ""


def neighbour(ordered: list[T], current: T, step: int) -> T:
    """The statement (or year) `step` places from `current` in a list in order, clamped at
    the ends.

    From none ('', or a year not in the list), forward starts at the first and back at the
    last.
    """
    if not ordered:
        return current
    if current not in ordered:
        return ordered[0] if step > 0 else ordered[-1]
    return ordered[max(0, min(len(ordered) - 1, ordered.index(current) + step))]

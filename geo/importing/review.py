"""The app's review of an import: the rows an editor corrects, checked again after each edit.

A review is a table: each entry as the page wrote it, its city, country, region and kind (a
city, or a body that is not one: geo.model.Kind) as the editor has them now, how the country
was found, what to check, and where its coordinate comes
from (`place`), with the point a map of the review draws (`map_lat`, `map_lon`). `recheck`
works the last three out again, offline (the atlas's places, curated overrides, then the
gazetteer, narrowed by the region), so they follow every edit; `apply_edits` takes the edits
of an editable table and `choose` one of the gazetteer's places an ambiguous name may mean.
Nothing here writes: `importer.apply_review` makes the plan that is saved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from geo.countries import country_name, find_country, subdivision_name
from geo.data import placekeys, store
from geo.geocoding.geocode import Gazetteer, gazetteer_matches, name_variants
from geo.importing.importer import REVIEW_COLUMNS, ImportPlan, inferred_warning, resolve_kinds
from geo.importing.inference import AMBIGUOUS_SHARE, Found
from geo.model import Kind, Status
from geo.text import clean, fold

TYPED_COLUMNS = ("lat", "lon", "coordinate_source")  # a coordinate the editor types
CHECKED_COLUMNS = ("place", "map_lat", "map_lon")  # recheck's: the coordinate's outcome
COLUMNS = (*REVIEW_COLUMNS, "place", *TYPED_COLUMNS, "map_lat", "map_lon")
# What an edit of these changes: the row is the editor's now, and is checked again.
PLACE_FIELDS = ("city", "country", "region")


def review_rows(plan: ImportPlan) -> pd.DataFrame:
    """A plan's entries as the review starts (not yet checked: `recheck`)."""
    rows = plan.review.reset_index(drop=True).assign(
        place="", lat=None, lon=None, coordinate_source="", map_lat=None, map_lon=None
    )
    return rows.reindex(columns=list(COLUMNS))


def apply_edits(
    rows: pd.DataFrame,
    edited: Mapping[int, Mapping[str, Any]],
    added: Sequence[Mapping[str, Any]] = (),
    deleted: Sequence[int] = (),
) -> pd.DataFrame:
    """The review with an editable table's edits: rows changed (by position), added, deleted.

    A row whose city, country or region changed is the editor's (`found` 'edited', and the
    reader's notes about it dropped); an added row too. Values are kept as typed.
    """
    frame = rows.reset_index(drop=True).copy()
    for position, changes in edited.items():
        for column, value in changes.items():
            if column in COLUMNS:
                frame.at[int(position), column] = value
        if set(changes) & set(PLACE_FIELDS):
            frame.at[int(position), "found"] = str(Found.EDITED)
            frame.at[int(position), "note"] = ""
    new = pd.DataFrame([dict(row) for row in added], columns=list(COLUMNS)).assign(
        line=0, entry="", found=str(Found.EDITED), note=""
    )
    frame = frame.drop(index=[int(d) for d in deleted if 0 <= int(d) < len(frame)])
    frames = [f for f in (frame, new) if len(f)]
    merged = pd.concat(frames, ignore_index=True) if frames else frame
    return merged.reindex(columns=list(COLUMNS))


def warnings(plan: ImportPlan, rows: pd.DataFrame) -> tuple[str, ...]:
    """The review's warnings as its rows are now: each row's notes (an edited row has none;
    a deleted row is gone), how many countries are still inferred, and what the plan says
    of the page itself (a list that may go on at the source)."""
    read = set(_about_rows(plan.review))
    return (*_about_rows(rows), *(w for w in plan.warnings if w not in read))


def _about_rows(frame: pd.DataFrame) -> list[str]:
    notes = [
        f"line {line}: {entry!r}: {note}"
        for line, entry, text in zip(frame["line"], frame["entry"], frame["note"], strict=True)
        if isinstance(text, str)
        for note in filter(None, text.split("; "))
    ]
    return [*notes, *inferred_warning([str(f) for f in frame["found"]])]


def recheck(rows: pd.DataFrame, data: store.AtlasData, gazetteer: Gazetteer) -> pd.DataFrame:
    """Each row's coordinate worked out again for its city, country and region as they are
    now: typed by the editor, already in the atlas, new (an override, or the gazetteer's best
    place in the country and region), or not found. Offline; writes nothing."""
    frame = rows.reset_index(drop=True).copy()
    atlas = data.places.set_index("key").to_dict("index")
    todo: list[tuple[int, str, str, str, str, str]] = []  # position, key, city, code, region, kind
    for position, row in frame.iterrows():
        city, country = clean(_text(row["city"])), clean(_text(row["country"]))
        typed = _typed(row)
        code = find_country(country) if country else None
        if typed is not None:
            _checked(frame, position, f"typed: {typed[0]:.5f}, {typed[1]:.5f}", typed)
        elif not city:
            _checked(frame, position, "no city", None)
        elif code is None:
            _checked(frame, position, f"unknown country {country!r}" if country else "no country")
        elif (key := placekeys.place_key(city, code)) in atlas:
            known = atlas[key]
            if known["status"] == Status.OK:
                point = (float(known["lat"]), float(known["lon"]))
                _checked(frame, position, f"already in the atlas: {_at(point)}", point)
            else:
                _checked(frame, position, f"already in the atlas, NOT FOUND: {known['detail']}")
        else:
            region, kind = clean(_text(row["region"])), _kind(row)
            todo.append((int(str(position)), key, city, code, region, kind))
    if todo:
        places = pd.DataFrame(
            [t[1:] for t in todo], columns=["key", "city", "country_code", "region", "kind"]
        ).drop_duplicates("key")
        resolved = resolve_kinds(places, gazetteer, data.overrides).set_index("key")
        hits = resolved.to_dict("index")
        for position, key, *_ in todo:
            hit = hits[key]
            if hit["status"] == Status.OK:
                point = (float(hit["lat"]), float(hit["lon"]))
                where = f"{hit['source']} {hit['source_id']} {hit['matched_name']}"
                detail = f" ({hit['detail']})" if hit["detail"] else ""
                _checked(frame, position, f"new: {where}, {_at(point)}{detail}", point)
            else:
                _checked(frame, position, f"NOT FOUND: {hit['detail']}")
    return frame


def _kind(row: pd.Series) -> str:
    """A row's kind as the reader or the editor gave it; a city where it has none."""
    return clean(_text(row.get("kind"))) or str(Kind.CITY)


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _typed(row: pd.Series) -> tuple[float, float] | None:
    try:
        lat, lon = float(_text(row["lat"])), float(_text(row["lon"]))
    except ValueError:
        return None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


def _at(point: tuple[float, float]) -> str:
    return f"{point[0]:.4f}, {point[1]:.4f}"


def _checked(
    frame: pd.DataFrame, position: object, place: str, point: tuple[float, float] | None = None
) -> None:
    frame.at[position, "place"] = place
    frame.at[position, "map_lat"] = point[0] if point else None
    frame.at[position, "map_lon"] = point[1] if point else None


@dataclass(frozen=True)
class Choice:
    """A gazetteer place that a name may mean."""

    geonameid: str
    name: str
    country_code: str
    region: str  # the ISO 3166-2 name of its region, or '' where GeoNames codes it otherwise
    population: int
    lat: float
    lon: float

    @property
    def label(self) -> str:
        """'Portland, Maine, United States · population 66,881 · 43.66, -70.26'."""
        names = (self.name, self.region, country_name(self.country_code))
        where = ", ".join(p for p in names if p)
        return f"{where} · population {self.population:,} · {self.lat:.2f}, {self.lon:.2f}"


def choices(gazetteer: Gazetteer, city: str, limit: int = 10) -> list[Choice]:
    """The places the gazetteer has of this name (its first variant it knows), in any
    country, most populous first; more than one means the name is ambiguous."""
    for variant in name_variants(clean(city)):
        countries = dict.fromkeys(c.country_code for c in gazetteer.places_named(variant))
        if countries:
            break
    else:
        return []
    frames = [gazetteer.candidates(variant, code) for code in countries]
    found = pd.concat(frames).sort_values("population", ascending=False, kind="stable")
    named = found[found["name"].map(fold) == fold(variant)]  # not places it is another name of
    found = named if len(named) else found
    return [
        Choice(
            geonameid=str(row["geonameid"]),
            name=str(row["name"]),
            country_code=str(row["country_code"]),
            region=subdivision_name(str(row["country_code"]), str(row["admin1"])),
            population=int(row["population"]),
            lat=float(row["lat"]),
            lon=float(row["lon"]),
        )
        for row in found.head(limit).to_dict("records")
    ]


def is_ambiguous(options: Sequence[Choice]) -> bool:
    """Whether a name's places (`choices`) make it worth a choice: a second place with at
    least AMBIGUOUS_SHARE of the first's population (Portland, Maine beside Oregon's)."""
    return len(options) > 1 and options[1].population >= options[0].population * AMBIGUOUS_SHARE


def choose(rows: pd.DataFrame, position: int, choice: Choice, gazetteer: Gazetteer) -> pd.DataFrame:
    """The review with one row set to a chosen place: its country and region, and (where
    country and region alone would lead the gazetteer elsewhere) its coordinate, citing
    GeoNames. The city keeps the page's spelling. Check it again with `recheck`."""
    frame = rows.reset_index(drop=True).copy()
    city = clean(_text(frame.at[position, "city"]))
    frame.at[position, "country"] = country_name(choice.country_code)
    frame.at[position, "region"] = choice.region
    frame.at[position, "found"] = str(Found.CHOSEN)
    frame.at[position, "note"] = f"chosen: {choice.label}"
    matches = gazetteer_matches(gazetteer, city, choice.country_code, choice.region)
    led_to = str(matches[1]["geonameid"].iloc[0]) if matches is not None else ""
    typed = (choice.lat, choice.lon) if led_to != choice.geonameid else (None, None)
    source = f"https://www.geonames.org/{choice.geonameid}" if led_to != choice.geonameid else ""
    frame.at[position, "lat"], frame.at[position, "lon"] = typed
    frame.at[position, "coordinate_source"] = source
    return frame


def map_points(rows: pd.DataFrame, network: str) -> pd.DataFrame:
    """The review's rows that have a coordinate, as a map of the atlas draws cities
    (atlas.city_points' columns), in the network's colour."""
    located = rows.dropna(subset=["map_lat", "map_lon"])
    codes = [find_country(clean(_text(c))) or "" for c in located["country"]]
    return pd.DataFrame(
        {
            "place_key": [
                placekeys.place_key(clean(_text(c)), code)
                for c, code in zip(located["city"], codes, strict=True)
            ],
            "city": located["city"].map(_text).to_numpy(),
            "country": located["country"].map(_text).to_numpy(),
            "country_code": codes,
            "lat": located["map_lat"].astype(float).to_numpy(),
            "lon": located["map_lon"].astype(float).to_numpy(),
            "kind": [_kind(row) for _, row in located.iterrows()],
            "networks": [(network,)] * len(located),
        }
    )

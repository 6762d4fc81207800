"""The current selection as files: CSV, GeoJSON, a self-contained HTML map, a PNG for slides."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pandas as pd

from geo import atlas, view
from geo.data import csvfiles, store
from geo.maps import snapshot
from geo.membership import MEMBER_EXPORT_COLUMNS
from geo.text import human_date, slug

FORMATS = ("csv", "geojson", "html", "png")


def rows_csv(rows: pd.DataFrame) -> str:
    """One line per (statement, city); text cells cannot run as spreadsheet formulas."""
    out = rows.assign(statement_date=rows["statement_date"].map(dt.date.isoformat))
    return csvfiles.csv_text(spreadsheet_safe(out), atlas.EXPORT_COLUMNS)


def titled(data: store.AtlasData, rows: pd.DataFrame, current: view.View) -> list[str]:
    """What an export shows, as the parts of its title: the statement and its date when the
    rows are one statement's (else 'City Networks Atlas'), then the view's active filters."""
    statements = rows["statement_id"].unique()
    heading = "City Networks Atlas"
    if len(statements) == 1:
        row = data.statements.set_index("id").loc[str(statements[0])]
        heading = f"{row['title']} ({human_date(str(row['date']))})"
        current = replace(current, statements=())  # the heading names it
    names = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    return [heading, *view.described(current, names)]


def caption(title: list[str], points: pd.DataFrame) -> str:
    """The title box of an exported map: what is shown (`title`: see titled), and how much;
    the filters on a line of their own."""
    return "\n".join(filter(None, [title[0], " · ".join(title[1:]), atlas.summary(points)]))


def file_name(data: store.AtlasData, shown: view.Shown, current: view.View, fmt: str) -> str:
    """The name an export is saved as: its title ('the-hague-...-16-november-2022.csv')."""
    return f"{slug(' '.join(titled(data, view.signed(shown, current), current)))}.{fmt}"


def map_html(data: store.AtlasData, shown: view.Shown, current: view.View) -> str:
    """The view's map as the app draws it, in a page that opens offline (all assets inline),
    with a title box of what it shows, and that as the page's title."""
    # Imported here: folium takes about a second to import (it compiles its templates), which
    # every other command of the CLI would pay at each start (`python -m geo check`, ...).
    from geo.maps import mapping

    rows = view.signed(shown, current)
    title = titled(data, rows, current)
    box = caption(title, atlas.city_points(rows))
    drawn = mapping.view_map(data.networks, shown, current, caption=box, large=True)
    return mapping.standalone_html(drawn.whole(), title=" · ".join(title))


def export(
    data: store.AtlasData,
    shown: view.Shown,
    current: view.View,
    fmt: str,
    visitor: str | None = None,
) -> bytes:
    """What a view shows, in one of FORMATS, as the bytes of a file: the rows (CSV, GeoJSON)
    are the picked statement's, or all shown; the map (HTML, PNG) is the view's map. A PNG
    is drawn within this process's budget (snapshot.PICTURES), `visitor`'s share of it."""
    if fmt == "csv":
        return rows_csv(view.signed(shown, current)).encode("utf-8")
    if fmt == "geojson":
        return to_geojson(view.signed(shown, current)).encode("utf-8")
    if fmt == "html":
        return map_html(data, shown, current).encode("utf-8")
    if fmt == "png":
        return snapshot.PICTURES.png(map_html(data, shown, current), visitor)
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")


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


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot run as spreadsheet formulas ('=1+1' -> "'=1+1")."""

    def neutral(value: object) -> object:
        return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_START) else value

    return frame.map(neutral)


def members_csv(rows: pd.DataFrame) -> str:
    """The rows as CSV; text cells cannot run as spreadsheet formulas."""
    return csvfiles.csv_text(spreadsheet_safe(rows), MEMBER_EXPORT_COLUMNS)

"""The current selection as files: CSV, GeoJSON, a self-contained HTML map, a PNG for slides."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from geo import atlas, view
from geo.data import store
from geo.maps import mapping, snapshot
from geo.text import slug

FORMATS = ("csv", "geojson", "html", "png")


def rows_csv(rows: pd.DataFrame) -> str:
    """One line per (statement, city); text cells cannot run as spreadsheet formulas."""
    out = rows.assign(statement_date=rows["statement_date"].map(dt.date.isoformat))
    return store.csv_text(atlas.spreadsheet_safe(out), atlas.EXPORT_COLUMNS)


def titled(data: store.AtlasData, rows: pd.DataFrame, current: view.View) -> list[str]:
    """What an export shows, as the parts of its title: the statement and its date when the
    rows are one statement's (else 'City Networks Atlas'), then the view's active filters."""
    statements = rows["statement_id"].unique()
    heading = "City Networks Atlas"
    if len(statements) == 1:
        row = data.statements.set_index("id").loc[str(statements[0])]
        heading = f"{row['title']} ({atlas.human_date(str(row['date']))})"
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
        return atlas.to_geojson(view.signed(shown, current)).encode("utf-8")
    if fmt == "html":
        return map_html(data, shown, current).encode("utf-8")
    if fmt == "png":
        return snapshot.PICTURES.png(map_html(data, shown, current), visitor)
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")

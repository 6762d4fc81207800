"""Building the Folium map: cities as one compact layer over country outlines, offline assets.

The outlines (about 110 KB of TopoJSON, 190 KB as GeoJSON) are the same on every map, so a map
shown in the app only says where to fetch them (`outlines_url`): the browser downloads them
once a page, and each map sent over the websocket carries the cities alone. A map that must
open on its own (exports) embeds them instead.
"""

from __future__ import annotations

import html
import json
from collections.abc import Collection
from functools import cache
from pathlib import Path
from typing import Any

import folium
import pandas as pd

from geo import basemap
from geo.citylayer import (
    AREA_KINDS,
    SHARED_COLOUR,
    OutlineLayer,
    Verbatim,
    city_layer,
    script_json,
)

SHARED_LABEL = "Several networks"
OUTLINE_STYLE = {"color": "#ffffff", "weight": 0.8, "fillColor": "#d9d4c7", "fillOpacity": 1}
# Countries shaded by their number of cities: ColorBrewer "Blues", light to dark.
SHADES = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
# In basemap.assets(): the script that draws the outlines, and the outlines.
OUTLINES_SCRIPT = "outlines.js"
OUTLINES_FILE = basemap.COUNTRIES_FILE
# What browsers fetch: the same file gzipped once, here (tests/test_packaging.py checks it is
# the same). Streamlit would gzip the plain file again for every visitor (25 ms of CPU each).
OUTLINES_PACKED = f"{OUTLINES_FILE}.gz"


def leaflet_dir() -> Path:
    """Leaflet 1.9.3 (the version folium uses) as installed by the xstatic-leaflet package."""
    from xstatic.pkg import leaflet

    return Path(leaflet.BASE_DIR)


def assets_dir() -> Path:
    """The package's map assets (outlines and their script), for the app to serve as files."""
    return basemap.assets()


def use_local_assets(fmap: folium.Map, base_url: str) -> folium.Map:
    """Make the map load Leaflet from `base_url` instead of public CDNs.

    The layers this module draws need Leaflet alone (no jQuery, Bootstrap or icon fonts),
    so a map built here works with no internet once `base_url` serves leaflet_dir().
    """
    fmap.default_js = [("leaflet", f"{base_url}/leaflet.js")]
    fmap.default_css = [("leaflet_css", f"{base_url}/leaflet.css")]
    return fmap


@cache
def _names_by_code() -> dict[str, tuple[str, ...]]:
    names: dict[str, tuple[str, ...]] = {}
    for feature in basemap.countries()["features"]:
        code, name = feature["properties"]["iso2"], feature["properties"]["name"]
        names[code] = (*names.get(code, ()), name)
    return names


def country_shading(counts: pd.DataFrame) -> dict[str, tuple[int, str]]:
    """{outline name: (cities, shade)} for the countries with cities, from per_country().

    The outlines are keyed by their Natural Earth name, which outlines.js reads from the file.
    """
    top = max(counts["cities"], default=1)
    shading = {}
    for code, count in zip(counts["country_code"], counts["cities"], strict=True):
        if count:
            shade = SHADES[min(len(SHADES) - 1, (int(count) * len(SHADES) - 1) // int(top))]
            for name in _names_by_code().get(code, ()):
                shading[name] = (int(count), shade)
    return shading


def build_map(
    points: pd.DataFrame,
    networks: pd.DataFrame,
    *,
    highlight: Collection[str] = (),
    focus: tuple[float, float] | None = None,
    shading: pd.DataFrame | None = None,
    assets_url: str | None = None,
    outlines_url: str | None = None,
    tiles: str | None = None,
    caption: str = "",
    large: bool = False,
) -> folium.Map:
    """A map of city_points(): one vector layer, a legend, the city name on hover.

    `highlight` makes some places stand out; `focus` centres the map on a point; `shading`
    (per_country() counts) shades countries by their number of cities instead of drawing
    cities. `assets_url` serves Leaflet locally (see use_local_assets); `outlines_url` serves
    assets_dir(), from where the browser loads the outlines and their script, instead of
    their being in the page (about 110 KB, the same for every map). By default the map
    needs no internet: bundled country outlines and no tiles; `tiles` names a tile layer
    (e.g. "OpenStreetMap") for those online. `caption` is a title box drawn on the map (for
    presenting and exports); `large` makes every text on the map readable from across a room.
    """
    fmap = folium.Map(
        location=list(focus) if focus else [30, 10],
        zoom_start=9 if focus else 2,
        tiles=tiles,
        control_scale=True,
        zoom_snap=0.25,
    )
    if assets_url is not None:
        use_local_assets(fmap, assets_url)
    root: Any = fmap.get_root()
    root.header.add_child(Verbatim(_text_css(large)), name="atlas_css")
    if caption:
        root.html.add_child(Verbatim(caption_html(caption)))
    if outlines_url is None:
        root.header.add_child(Verbatim(f"<script>{outlines_script()}</script>"), name="outlines")
        source = topology_json()
    else:
        fmap.default_js = [*fmap.default_js, ("outlines", f"{outlines_url}/{OUTLINES_SCRIPT}")]
        source = script_json(f"{outlines_url}/{OUTLINES_PACKED}")
    if shading is not None:
        OutlineLayer(source, OUTLINE_STYLE, country_shading(shading)).add_to(fmap)
        root.html.add_child(Verbatim(shading_legend(shading)))
        return stable_ids(fmap)
    OutlineLayer(source, OUTLINE_STYLE).add_to(fmap)
    colours = dict(zip(networks["id"], networks["colour"], strict=True))
    if len(points):
        city_layer(points, colours, highlight).add_to(fmap)
    shown = points[points["place_key"].isin(set(highlight))] if highlight else points
    if focus is None and len(shown):
        fmap.fit_bounds(
            [
                [shown["lat"].min(), shown["lon"].min()],
                [shown["lat"].max(), shown["lon"].max()],
            ],
            padding=(20, 20),
            max_zoom=9,
        )
    root.html.add_child(Verbatim(legend_html(networks, points)))
    return stable_ids(fmap)


def stable_ids(fmap: folium.Map) -> folium.Map:
    """Name the map's elements by their place in it instead of at random.

    The same view then renders to the same page, byte for byte, so streamlit-folium keeps
    its map (no reload, no flicker) when the page reruns for anything else.
    """
    root: Any = fmap.get_root()
    pending: list[Any] = [root]
    number = 0
    while pending:
        element = pending.pop()
        element._id = f"{number:04d}"
        number += 1
        pending.extend(reversed(list(element._children.values())))
    return fmap


@cache
def topology_json() -> str:
    """The bundled outlines' TopoJSON as script-safe JSON, made once per process."""
    return script_json(json.loads(basemap.topology_text()))


@cache
def outlines_script() -> str:
    """outlines.js, as text that can go inside a <script> element."""
    return (assets_dir() / OUTLINES_SCRIPT).read_text(encoding="utf-8").replace("</", "<\\/")


def _text_css(large: bool) -> str:
    size = 22 if large else 15
    return (
        "<style>"
        f".leaflet-tooltip{{font:{size}px/1.3 system-ui,sans-serif}}"
        f".atlas-box{{font:{size}px/1.6 system-ui,sans-serif}}"
        f".atlas-caption{{font-size:{size + 6}px;font-weight:600}}"
        "</style>"
    )


def caption_html(text: str) -> str:
    """A title box at the map's bottom left; each line of `text` is a line in the box."""
    lines = "<br>".join(html.escape(line) for line in text.splitlines())
    return (
        '<div class="atlas-box atlas-caption" id="atlas-caption" style="position:absolute;'
        "bottom:28px;left:12px;z-index:1000;max-width:70%;background:rgba(255,255,255,.92);"
        f'padding:8px 14px;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.3)">{lines}</div>'
    )


def _legend_box(items: list[tuple[str, str]]) -> str:
    rows = "".join(
        f'<div><span style="display:inline-block;width:14px;height:14px;border-radius:50%;'
        f"background:{html.escape(colour)};border:2px solid #222;margin-right:6px;"
        f'vertical-align:middle"></span>{html.escape(label)}</div>'
        for colour, label in items
    )
    return (
        '<div class="atlas-box" id="atlas-legend" style="position:absolute;top:12px;right:12px;'
        "z-index:1000;background:rgba(255,255,255,.92);padding:8px 12px;border-radius:6px;"
        'box-shadow:0 1px 4px rgba(0,0,0,.3)">'
        f"{rows}</div>"
    )


def shading_legend(counts: pd.DataFrame) -> str:
    top = int(counts["cities"].max()) if len(counts) else 0
    steps = [(i * top) // len(SHADES) + 1 for i in range(len(SHADES))]
    bands = [
        (shade, f"{low}–{max(low, high - 1)} cities")
        for shade, low, high in zip(SHADES, steps, [*steps[1:], top + 1], strict=True)
        if low <= top
    ]
    return _legend_box(bands)


def legend_html(networks: pd.DataFrame, points: pd.DataFrame) -> str:
    """A legend box drawn over the map: one swatch per network shown, plus shared cities."""
    shown = {ns[0] for ns in points.get("networks", []) if len(ns) == 1}
    entries = [
        (str(colour), str(name))
        for nid, colour, name in zip(
            networks["id"], networks["colour"], networks["short_name"], strict=True
        )
        if nid in shown
    ]
    if any(len(ns) > 1 for ns in points.get("networks", [])):
        entries.append((SHARED_COLOUR, SHARED_LABEL))
    if any(k in AREA_KINDS for k in points.get("kind", [])):
        entries.append(("transparent", "District, county or region (hollow)"))
    return _legend_box(entries)


def standalone_html(fmap: folium.Map) -> str:
    """The map as one HTML file that opens offline: Leaflet's script and style inlined."""
    folder = leaflet_dir()
    script = (folder / "leaflet.js").read_text(encoding="utf-8").replace("</", "<\\/")
    style = (folder / "leaflet.css").read_text(encoding="utf-8")
    fmap.default_js, fmap.default_css = [], []
    root: Any = fmap.get_root()
    root.header.add_child(Verbatim(f"<style>{style}</style>"), name="leaflet_css_inline")
    root.header.add_child(Verbatim(f"<script>{script}</script>"), name="leaflet_js_inline")
    return str(root.render())

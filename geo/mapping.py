"""Building the Folium map: cities as one compact layer over country outlines, offline assets."""

from __future__ import annotations

import html
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


def leaflet_dir() -> Path:
    """Leaflet 1.9.3 (the version folium uses) as installed by the xstatic-leaflet package."""
    from xstatic.pkg import leaflet

    return Path(leaflet.BASE_DIR)


def use_local_assets(fmap: folium.Map, base_url: str) -> folium.Map:
    """Make the map load Leaflet from `base_url` instead of public CDNs.

    The layers this module draws need Leaflet alone (no jQuery, Bootstrap or icon fonts),
    so a map built here works with no internet once `base_url` serves leaflet_dir().
    """
    fmap.default_js = [("leaflet", f"{base_url}/leaflet.js")]
    fmap.default_css = [("leaflet_css", f"{base_url}/leaflet.css")]
    return fmap


def country_shading(counts: pd.DataFrame) -> dict[str, Any]:
    """Country outlines with a `cities` count and a shade from per_country() counts."""
    by_code = dict(zip(counts["country_code"], counts["cities"], strict=True))
    top = max(by_code.values(), default=1)
    features = []
    for feature in basemap.countries()["features"]:
        count = int(by_code.get(feature["properties"]["iso2"], 0))
        shade = SHADES[min(len(SHADES) - 1, (count * len(SHADES) - 1) // top)] if count else ""
        label = html.escape(f"{feature['properties']['name']}: {count}")
        features.append(feature | {"properties": {"label": label, "shade": shade}})
    return {"type": "FeatureCollection", "features": features}


def _shade_style(feature: dict[str, dict[str, object]]) -> dict[str, object]:
    shade = feature["properties"]["shade"]
    return OUTLINE_STYLE | ({"fillColor": shade} if shade else {})


def build_map(
    points: pd.DataFrame,
    networks: pd.DataFrame,
    *,
    highlight: Collection[str] = (),
    focus: tuple[float, float] | None = None,
    shading: pd.DataFrame | None = None,
    assets_url: str | None = None,
    tiles: str | None = None,
    caption: str = "",
    large: bool = False,
) -> folium.Map:
    """A map of city_points(): one vector layer, a legend, the city name on hover.

    `highlight` makes some places stand out; `focus` centres the map on a point; `shading`
    (per_country() counts) shades countries by their number of cities instead of drawing
    cities. `assets_url` serves Leaflet locally (see use_local_assets). By default the map
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
    if shading is not None:
        folium.GeoJson(
            country_shading(shading),
            name="countries",
            style_function=_shade_style,
            tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
        ).add_to(fmap)
        root.html.add_child(Verbatim(shading_legend(shading)))
        return stable_ids(fmap)
    OutlineLayer(outlines_json(), OUTLINE_STYLE).add_to(fmap)
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
def outlines_json() -> str:
    """The bundled country outlines as script-safe JSON, made once per process."""
    return script_json(basemap.countries())


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

"""Three ways to put city_points() on a map, and what st_folium sends for a map.

naive    one folium.Marker with a folium.Popup per city (what the style guide warns about; its
         popups need jQuery, which the page does not load: it is not timed in a browser)
app      geo.maps.mapping.build_map, as the app draws it: the city layer and the legend, and the
         bundled country outlines, with Leaflet, Leaflet.markercluster and the scripts drawing
         the outlines, the cities and the legend (one file), fetched from SERVED_URL, as the
         app serves them (the outlines, 110 KB whatever the number of cities, and the
         scripts are files, not part of the map)
ours     geo.maps.citylayer.city_layer alone on a map with build_map's options, its script fetched
         from OUTLINES_URL (no cluster plugin: every city a marker)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass

import folium
import pandas as pd
import streamlit_folium

from geo.maps import citylayer, mapping

OUTLINES_URL = "atlas"  # relative: browser.serve puts mapping.assets_dir() there
SERVED_URL = "map"  # and mapping.served_dir(), as the app serves it, there
MapBuilder = Callable[[pd.DataFrame, pd.DataFrame, Collection[str], str], folium.Map]


def naive_map(
    points: pd.DataFrame, networks: pd.DataFrame, highlight: Collection[str], assets_url: str
) -> folium.Map:
    fmap = folium.Map(location=[30, 10], zoom_start=2, tiles=None)
    mapping.use_local_assets(fmap, assets_url)
    for lat, lon, city, country in zip(
        points["lat"], points["lon"], points["city"], points["country"], strict=True
    ):
        folium.Marker([lat, lon], popup=folium.Popup(f"{city} ({country})")).add_to(fmap)
    return fmap


def app_map(
    points: pd.DataFrame, networks: pd.DataFrame, highlight: Collection[str], assets_url: str
) -> folium.Map:
    """`assets_url` is not used: the app's map gets Leaflet from SERVED_URL with the rest."""
    return mapping.build_map(
        points,
        networks,
        highlight=highlight,
        served_url=SERVED_URL,
    ).whole()  # the base map and the cities' group, as one map


def our_map(
    points: pd.DataFrame, networks: pd.DataFrame, highlight: Collection[str], assets_url: str
) -> folium.Map:
    fmap = folium.Map(location=[30, 10], zoom_start=2, tiles=None, control_scale=True)
    mapping.use_local_assets(fmap, assets_url)
    fmap.default_js = [*fmap.default_js, ("cities", f"{OUTLINES_URL}/{mapping.CITIES_SCRIPT}")]
    colours = dict(zip(networks["id"], networks["colour"], strict=True))
    citylayer.city_layer(points, colours, highlight).add_to(fmap)
    if len(points):
        fmap.fit_bounds(
            [
                [points["lat"].min(), points["lon"].min()],
                [points["lat"].max(), points["lon"].max()],
            ],
            padding=(20, 20),
            max_zoom=9,
        )
    return fmap


BUILDERS: dict[str, MapBuilder] = {"naive": naive_map, "app": app_map, "ours": our_map}


@dataclass(frozen=True)
class Rendered:
    """A map as a saved page (folium's own HTML) and as st_folium's message to the browser."""

    page: str
    message: str


def render(fmap: folium.Map) -> Rendered:
    """Render as st_folium(fmap, key="map") does, without a Streamlit server.

    The same calls in the same order (streamlit-folium 0.27, whose helpers are private), then
    the JSON Streamlit sends the component: the map script, its HTML and header.
    """
    page = fmap.get_root().render()
    fmap.render()  # type: ignore[no-untyped-call]  # folium leaves Map.render unannotated
    html = streamlit_folium._get_html(fmap)
    header = streamlit_folium._get_header(fmap)
    script = streamlit_folium._get_map_string(fmap)
    streamlit_folium.generate_js_hash(script, "map", False)
    return Rendered(page, json.dumps({"script": script, "html": html, "header": header}))

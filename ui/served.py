"""Files the app serves to map frames: Leaflet, its cluster plugin and the atlas's map scripts
(one file), Leaflet's CSS, the country outlines, and every city of the atlas (one file a state
of the data).

Declaring a component makes Streamlit serve its folder at /component/<name>/, so the maps load
them from this app, never from a CDN, and a map sent over the websocket carries only which
cities it shows.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st
from streamlit.components import v1 as components

from geo import view
from geo.data import store
from geo.maps import citylayer, mapping
from ui.loading import CACHE_TTL, VIEW_KEY, data_dir, load, select
from ui.mapframe import FramedMap

MAP_ASSETS = components.declare_component("map_assets", path=str(mapping.served_dir()))
MAP_CITIES = components.declare_component("map_cities", path=str(mapping.cities_dir()))
# Where the maps find them (geo.maps.mapping.view_map's served_url, and its cities' file).
SERVED = f"../{MAP_ASSETS.name}"
CITIES = f"../{MAP_CITIES.name}"


@st.cache_resource(show_spinner=False, max_entries=4, ttl=CACHE_TTL)
def served_cities(data_dir: str, state: str) -> citylayer.ServedCities:
    """Every city of the atlas in `data_dir` as it is in `state` (store.state_token), as the
    file the maps fetch once a page: written once per state of the data, shared by visitors.
    Every city is what the unfiltered view shows: the signatories' and the members' places."""
    everything = select(data_dir, state, view.filters(view.View()))
    return mapping.served_cities(citylayer.all_cities(everything.points), CITIES)


@st.cache_resource(show_spinner=False, max_entries=64, ttl=CACHE_TTL, hash_funcs=VIEW_KEY)
def drawn_cities(
    data_dir: str, state: str, wanted: view.View, focused: bool
) -> mapping.DrawnCities:
    """The cities' part of the map (mapping.DrawnCities: the city layer, the legend, the fit)
    of what `wanted`'s filters keep (`select`), drawn as its statement, city, `others` and
    presentation say, worked out once for every visitor of that view; `focused`: a search
    centres the map (no fit)."""
    data, _, _ = load(data_dir, state)
    points, highlight = view.drawn(select(data_dir, state, view.filters(wanted)), wanted)
    served = served_cities(data_dir, state)
    return mapping.drawn_cities(
        points, data.networks, highlight, wanted.city or None, focused, served
    )


def drawing(current: view.View) -> view.View:
    """What of a view the cities' part of its map depends on: its filters, its statement and
    city, how the others are drawn, and presentation (the key of `drawn_cities`)."""
    return replace(
        view.filters(current),
        statement=current.statement,
        city=current.city,
        others=current.others,
        present=current.present,
    )


def framing(current: view.View) -> view.View:
    """What of a view its whole map depends on: what its cities do (`drawing`), the layer
    and the tiles (the key of `framed_map`)."""
    return replace(drawing(current), layer=current.layer, tiles=current.tiles)


@st.cache_resource(show_spinner=False, max_entries=64, ttl=CACHE_TTL, hash_funcs=VIEW_KEY)
def framed_map(
    data_dir: str,
    state: str,
    wanted: view.View,
    focus: tuple[float, float] | None,
    large: bool,
    members_only: bool,
) -> FramedMap:
    """The map of what `wanted`'s filters keep (`select`; the members' cities alone if
    `members_only`), rendered for streamlit-folium's frame once for every visitor of the view:
    folium's base map and its rendering are the same for all of them."""
    data, _, _ = load(data_dir, state)
    shown = select(data_dir, state, view.filters(wanted))
    return FramedMap.of(_city_map(data, shown, wanted, state, focus, large, members_only))


def _city_map(
    data: store.AtlasData,
    shown: view.Shown,
    current: view.View,
    state: str,
    focus: tuple[float, float] | None,
    large: bool,
    members_only: bool,
) -> mapping.CityMap:
    folder = str(data_dir())
    cities = None
    if current.layer == "cities" and not members_only:
        cities = drawn_cities(folder, state, drawing(current), focus is not None)
    return mapping.view_map(
        data.networks,
        view.members_only(shown) if members_only else shown,
        current,
        served_url=SERVED,
        focus=focus,
        large=large,
        city_file=served_cities(folder, state),
        cities=cities,
    )


def app_map(
    current: view.View,
    state: str,
    *,
    focus: tuple[float, float] | None = None,
    large: bool = False,
    members_only: bool = False,
) -> FramedMap:
    """The map of a view on the app's page (mapping.view_map) of the data in `state`,
    rendered for its frame: its scripts and every city of the atlas served by this app, the
    cities its filters keep (`select`) chosen among them; `members_only`: the cities of the
    members among them alone. Made once for every visitor of the view (`framed_map`)."""
    return framed_map(str(data_dir()), state, framing(current), focus, large, members_only)

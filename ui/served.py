"""Files the app serves to map frames: Leaflet, its cluster plugin and the atlas's map scripts
(one file), Leaflet's CSS, and the country outlines.

Declaring a component makes Streamlit serve its folder at /component/<name>/, so the maps load
them from this app, never from a CDN, and a map sent over the websocket carries only its cities.
"""

from __future__ import annotations

from streamlit.components import v1 as components

from geo.maps import mapping

MAP_ASSETS = components.declare_component("map_assets", path=str(mapping.served_dir()))
# Where the maps find them (geo.maps.mapping.view_map's served_url).
SERVED = f"../{MAP_ASSETS.name}"

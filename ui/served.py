"""Files the app serves to browsers: Leaflet, its cluster plugin, the outlines and their script.

Declaring a component makes Streamlit serve its folder at /component/<name>/, so the maps load
them from this app, never from a CDN, and each browser fetches them once.
"""

from __future__ import annotations

from streamlit.components import v1 as components

from geo.maps import mapping

# Leaflet is served by this app from the installed xstatic-leaflet package, never from a CDN:
# declaring a component makes Streamlit serve that folder at /component/<name>/.
LEAFLET = components.declare_component("leaflet_assets", path=str(mapping.leaflet_dir()))
ASSETS_URL = f"../{LEAFLET.name}"
# The country outlines and the script that draws them, served the same way: each browser page
# fetches them once, and a map sent over the websocket carries only its cities.
ATLAS_ASSETS = components.declare_component("atlas_assets", path=str(mapping.assets_dir()))
OUTLINES_URL = f"../{ATLAS_ASSETS.name}"
# Leaflet.markercluster (clusters of nearby cities) from xstatic-leaflet-markercluster, likewise.
CLUSTERS = components.declare_component("cluster_assets", path=str(mapping.markercluster_dir()))
CLUSTER_URL = f"../{CLUSTERS.name}"
# All three, as the maps take them (geo.maps.mapping.view_map).
SERVED = mapping.Served(leaflet=ASSETS_URL, outlines=OUTLINES_URL, clusters=CLUSTER_URL)

"""The ten-minute app the atlas is measured against: what one writes from the folium docs.

One folium map, one CircleMarker (with a tooltip) per city, st_folium, and Leaflet served by the
app itself (from a CDN the map would draw nothing offline, where the benchmarks run). It has the
filters the benchmarks change (network, country, "only cities in two or more networks") and
reads the data as the atlas does, cached: the statements' signatories and the networks'
members (`geo.view.show` keeps what the filters keep). No outlines, legend, panels or
timeline: it does less than the atlas.

    ATLAS_DATA_DIR=data python -m streamlit run benchmarks/naive_app.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import folium
import pandas as pd
import streamlit as st
from streamlit.components import v1 as components
from streamlit_folium import st_folium

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo import atlas, view  # noqa: E402
from geo.data import store  # noqa: E402
from geo.maps import mapping  # noqa: E402

DATA_DIR = Path(os.environ.get("ATLAS_DATA_DIR", ROOT / "data"))
LEAFLET = components.declare_component("leaflet_assets", path=str(mapping.leaflet_dir()))


@st.cache_data
def load(data_dir: str) -> tuple[store.AtlasData, pd.DataFrame, pd.DataFrame]:
    data = store.load(Path(data_dir))
    return data, atlas.signatory_rows(data), view.member_rows(data)


data, rows, members = load(str(DATA_DIR))
codes = dict(zip(rows["country"], rows["country_code"], strict=False))
codes.update(zip(members["country"], members["country_code"], strict=False))
networks = st.sidebar.multiselect("Network", list(data.networks["id"]), key="networks")
chosen = st.sidebar.multiselect("Country", sorted(codes), key="countries")
shared = st.sidebar.checkbox("Only cities in two or more networks", key="shared")
wanted = view.View(
    networks=tuple(networks), countries=tuple(codes[c] for c in chosen), shared=shared
)
points = view.show(rows, wanted, members).points
st.title("City Networks Atlas")
st.markdown(f"#### {atlas.summary(points)}")
fmap = folium.Map(location=[30, 10], zoom_start=2, tiles=None)
mapping.use_local_assets(fmap, f"../{LEAFLET.name}")
for lat, lon, city, country in zip(
    points["lat"], points["lon"], points["city"], points["country"], strict=True
):
    folium.CircleMarker(
        [lat, lon], radius=7, tooltip=f"{city} ({country})", fill=True, fill_opacity=0.9
    ).add_to(fmap)
st_folium(fmap, key="map", height=640, use_container_width=True)

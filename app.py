"""City Networks Atlas: the Streamlit page. Thin: the logic lives in geo/."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.components import v1 as components
from streamlit_folium import st_folium

from geo import atlas, mapping, store
from geo.errors import AtlasError

DATA_DIR = Path(os.environ.get("ATLAS_DATA_DIR", Path(__file__).parent / "data"))
# Leaflet is served by this app from the installed xstatic-leaflet package, never from a CDN:
# declaring a component makes Streamlit serve that folder at /component/<name>/.
LEAFLET = components.declare_component("leaflet_assets", path=str(mapping.leaflet_dir()))
ASSETS_URL = f"../{LEAFLET.name}"


@st.cache_data(show_spinner="Loading the atlas ...")
def load(data_dir: str) -> tuple[store.AtlasData, pd.DataFrame]:
    data = store.load(Path(data_dir))
    return data, atlas.signatory_rows(data)


def sidebar_filter(data: store.AtlasData, rows: pd.DataFrame) -> atlas.Filter:
    st.sidebar.header("Filter")
    names = dict(zip(data.networks["id"], data.networks["short_name"], strict=True))
    networks = st.sidebar.multiselect(
        "Network",
        list(names),
        format_func=lambda n: names[n],
        key="networks",
        placeholder="All networks",
    )
    countries = dict(sorted(zip(rows["country"], rows["country_code"], strict=True)))
    chosen = st.sidebar.multiselect(
        "Country", list(countries), key="countries", placeholder="All countries"
    )
    first, last = rows["statement_date"].min(), rows["statement_date"].max()
    start, end = first, last
    if first < last:
        start, end = st.sidebar.slider(
            "Statement date",
            min_value=first,
            max_value=last,
            value=(first, last),
            format="D MMM YYYY",
            key="dates",
        )
    return atlas.Filter(
        networks=networks, countries=[countries[c] for c in chosen], start=start, end=end
    )


def statement_panel(data: store.AtlasData, shown: pd.DataFrame) -> None:
    statements = data.statements[data.statements["id"].isin(set(shown["statement_id"]))]
    if not len(statements):
        st.info("No statement matches the filter.")
        return
    statements = statements.sort_values("date").set_index("id")
    labels = {str(sid): f"{r['date']} · {r['title']}" for sid, r in statements.iterrows()}
    sid = st.selectbox("Statement", list(labels), format_func=labels.__getitem__, key="statement")
    row = statements.loc[str(sid)]
    networks = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    st.subheader(row["title"])
    st.caption(
        f"{row['date']} · {networks[row['network']]} · "
        f"{(shown['statement_id'] == sid).sum()} signatories"
    )
    st.caption(f"Source: {row['source']}")
    if row["note"]:
        st.info(row["note"])
    st.text(row["text"])


def city_panel(data: store.AtlasData, rows: pd.DataFrame, key: str | None) -> None:
    if key is None:
        st.info("Click a city on the map to see its details.")
        return
    city = atlas.place_details(data, rows, key)
    place = city.place
    networks = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    st.subheader(city.city)
    st.write(f"**Country:** {city.country}")
    st.write(f"**Kind:** {place.get('kind', 'unknown')}")
    st.write("**Networks:** " + ", ".join(networks.get(n, n) for n in city.networks))
    st.write("**Statements signed:**")
    st.dataframe(city.statements, hide_index=True, use_container_width=True)
    st.write(
        f"**Coordinate:** {place.get('lat')}, {place.get('lon')} from {place.get('source')} "
        f"({place.get('source_id')})"
    )
    if place.get("detail"):
        st.caption(str(place["detail"]))
    if len(city.evidence):
        st.write("**Evidence of membership:**")
        st.dataframe(
            city.evidence,
            hide_index=True,
            use_container_width=True,
            column_config={"evidence_url": st.column_config.LinkColumn("source")},
        )


def main() -> None:
    st.set_page_config(page_title="City Networks Atlas", page_icon="🌍", layout="wide")
    try:
        data, rows = load(str(DATA_DIR))
    except AtlasError as exc:
        st.error(f"The atlas's data could not be read: {exc}")
        st.stop()
    view = sidebar_filter(data, rows)
    shown = atlas.apply_filter(rows, view)
    points = atlas.city_points(shown)

    st.title("City Networks Atlas")
    st.markdown(f"#### {atlas.summary(points)}")
    missing = atlas.unlocated(shown)
    if len(missing):
        st.warning(
            f"{len(missing)} signatories have no coordinate yet: run `python -m geo geocode`."
        )

    left, right = st.columns([3, 2], gap="medium")
    with left:
        fmap = mapping.build_map(points, data.networks, assets_url=ASSETS_URL)
        clicked = st_folium(
            fmap,
            key="map",
            height=640,
            use_container_width=True,
            returned_objects=["last_object_clicked"],
        )
    spot = (clicked or {}).get("last_object_clicked")
    if spot:
        st.session_state["city"] = atlas.nearest_place(points, spot["lat"], spot["lng"])
    with right:
        statement_tab, city_tab = st.tabs(["Statement", "City"])
        with statement_tab:
            statement_panel(data, shown)
        with city_tab:
            city_panel(data, rows, st.session_state.get("city"))


main()

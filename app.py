"""City Networks Atlas: the Streamlit page. Thin: the logic lives in geo/."""

from __future__ import annotations

import functools
import html
import os
import threading
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
from streamlit.components import v1 as components
from streamlit_folium import st_folium

from geo import atlas, exports, geocode, importer, mapping, snapshot, store, view
from geo.errors import AtlasError
from geo.statements import decode_page, parse_date, parse_page

DATA_DIR = Path(os.environ.get("ATLAS_DATA_DIR", Path(__file__).parent / "data"))
# Leaflet is served by this app from the installed xstatic-leaflet package, never from a CDN:
# declaring a component makes Streamlit serve that folder at /component/<name>/.
LEAFLET = components.declare_component("leaflet_assets", path=str(mapping.leaflet_dir()))
ASSETS_URL = f"../{LEAFLET.name}"
# The country outlines and the script that draws them, served the same way: each browser page
# fetches them once, and a map sent over the websocket carries only its cities.
ATLAS_ASSETS = components.declare_component("atlas_assets", path=str(mapping.assets_dir()))
OUTLINES_URL = f"../{ATLAS_ASSETS.name}"
NO_STATEMENT = ""


@st.cache_data(show_spinner="Loading the atlas ...")
def load(data_dir: str) -> tuple[store.AtlasData, pd.DataFrame, list[str]]:
    """The data, its signatory rows, and the problems `geo check` would report."""
    data = store.load(Path(data_dir))
    return data, atlas.signatory_rows(data), store.check(data)


@st.cache_data(show_spinner=False, max_entries=64)
def select(data_dir: str, wanted: atlas.Filter, shared: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows and the cities a filter keeps; the same filter is not worked out twice."""
    _, rows, _ = load(data_dir)
    shown = atlas.apply_filter(rows, wanted)
    points = atlas.city_points(shown)
    if shared:
        points = atlas.shared_only(points)
        shown = shown[shown["place_key"].isin(set(points["place_key"]))]
    return shown, points


@st.cache_resource(show_spinner="Loading the offline gazetteer (once) ...")
def gazetteer() -> geocode.Gazetteer:
    return geocode.load_geonames()


# ------------------------------------------------------------------------ view <-> URL


def restore_view_from_url() -> None:
    """On a session's first run, put the view a link carries into the widgets."""
    if st.session_state.get("_restored"):
        return
    st.session_state["_restored"] = True
    params: dict[str, str | list[str]] = {**st.query_params.to_dict()}
    saved = view.from_params(params | _lists("networks", "countries"))
    state: dict[str, Any] = {
        "networks": list(saved.networks),
        "countries": list(saved.countries),
        "statement": saved.statement,
        "city": saved.city or None,
        "shared": saved.shared,
        "layer": saved.layer,
        "tiles": saved.tiles,
        "q": saved.q,
        "present": saved.present,
    }
    if saved.start and saved.end:
        state["dates"] = (saved.start, saved.end)
    st.session_state.update({k: v for k, v in state.items() if v})


def _lists(*names: str) -> dict[str, str | list[str]]:
    return {n: st.query_params.get_all(n) for n in names if n in st.query_params}


def save_view_to_url(current: view.View) -> None:
    st.query_params.from_dict(view.to_params(current))


# ------------------------------------------------------------------------------ parts


def sidebar(data: store.AtlasData, rows: pd.DataFrame) -> tuple[view.View, atlas.Filter]:
    bar = st.sidebar
    bar.header("Find")
    bar.text_input("Search a city", key="q", placeholder="e.g. malmo, pec, montreal")
    bar.header("Filter")
    names = dict(zip(data.networks["id"], data.networks["short_name"], strict=True))
    # A link may name what this data does not have: keep only what it has.
    st.session_state["networks"] = [n for n in st.session_state.get("networks", []) if n in names]
    networks = bar.multiselect(
        "Network",
        list(names),
        format_func=lambda n: names[n],
        key="networks",
        placeholder="All networks",
    )
    pairs = rows[["country", "country_code"]].drop_duplicates()  # not a loop over every row
    countries = dict(sorted(zip(pairs["country"], pairs["country_code"], strict=True)))
    st.session_state["countries"] = [
        c for c in st.session_state.get("countries", []) if c in countries
    ]
    chosen = bar.multiselect(
        "Country", list(countries), key="countries", placeholder="All countries"
    )
    first, last = rows["statement_date"].min(), rows["statement_date"].max()
    start, end = first, last
    low, high = st.session_state.get("dates", (first, last))
    st.session_state["dates"] = (max(first, min(low, last)), min(last, max(high, first)))
    if first < last:
        start, end = bar.slider(
            "Statement date",
            min_value=first,
            max_value=last,
            format="D MMM YYYY",
            key="dates",
        )
    shared = bar.checkbox("Only cities in two or more networks", key="shared")
    bar.header("Show")
    layer = bar.radio(
        "Map layer",
        view.LAYERS,
        format_func={"cities": "Cities", "countries": "Cities per country"}.__getitem__,
        key="layer",
        horizontal=True,
    )
    tiles = bar.checkbox("Online map tiles (OpenStreetMap)", key="tiles")
    present = bar.toggle("Presentation mode", key="present", help="Full-screen map for a room")
    current = view.View(
        networks=tuple(networks),
        countries=tuple(chosen),
        start=start if (start, end) != (first, last) else None,
        end=end if (start, end) != (first, last) else None,
        statement=st.session_state.get("statement", NO_STATEMENT),
        city=st.session_state.get("city") or "",
        shared=shared,
        layer=layer,
        tiles=tiles,
        q=st.session_state.get("q", ""),
        present=present,
    )
    wanted = atlas.Filter(
        networks=tuple(networks),
        countries=tuple(countries[c] for c in chosen),
        start=start if (start, end) != (first, last) else None,
        end=end if (start, end) != (first, last) else None,
    )
    return current, wanted


def search(points: pd.DataFrame) -> tuple[float, float] | None:
    """Open the panel of the city a search finds; the map centres on it."""
    query = st.session_state.get("q", "")
    found = atlas.search_places(points, query)
    if query and not len(found):
        st.sidebar.warning(f"No city shown matches {query!r}.")
        return None
    if not len(found):
        return None
    labels = {
        k: f"{c} ({n})"
        for k, c, n in zip(found["place_key"], found["city"], found["country"], strict=True)
    }
    key = str(found["place_key"].iloc[0])
    if len(found) > 1:
        key = st.sidebar.radio("Matches", list(labels), format_func=labels.__getitem__, key="match")
    if st.session_state.get("_searched") != (query, key):
        st.session_state["_searched"] = (query, key)
        st.session_state["city"] = key
    hit = found[found["place_key"] == key]
    return float(hit["lat"].iloc[0]), float(hit["lon"].iloc[0])


def statement_order(data: store.AtlasData, shown: pd.DataFrame) -> list[str]:
    """Ids of the statements with shown signatories, in date order."""
    statements = data.statements[data.statements["id"].isin(set(shown["statement_id"]))]
    return list(statements.sort_values(["date", "id"])["id"])


def statement_picker(data: store.AtlasData, order: list[str]) -> str:
    titles = data.statements.set_index("id")
    labels = {NO_STATEMENT: "All statements"} | {
        sid: f"{titles.at[sid, 'date']!s} · {titles.at[sid, 'title']!s}" for sid in order
    }
    if st.session_state.get("statement") not in labels:
        st.session_state["statement"] = NO_STATEMENT
    return str(
        st.selectbox("Statement", list(labels), format_func=labels.__getitem__, key="statement")
    )


def story_buttons(order: list[str]) -> None:
    """Step through the statements in date order (also with the ← and → keys)."""
    back, forward = st.columns(2)
    back.button(
        "◀ Previous statement",
        key="story_back",
        on_click=_step,
        args=(order, -1),
        shortcut="Left",
        width="stretch",
    )
    forward.button(
        "Next statement ▶",
        key="story_next",
        on_click=_step,
        args=(order, 1),
        shortcut="Right",
        width="stretch",
    )


def _step(order: list[str], step: int) -> None:
    st.session_state["statement"] = atlas.neighbour(
        order, st.session_state.get("statement", ""), step
    )


def timeline(data: store.AtlasData, rows: pd.DataFrame) -> None:
    """Statements by date and network; clicking one picks it."""
    counts = rows["statement_id"].value_counts()
    spec = timeline_spec(str(DATA_DIR), tuple(sorted((str(k), int(n)) for k, n in counts.items())))
    if spec is None:
        return
    st.caption("Statements over time (click one to pick it)")
    st.vega_lite_chart(spec, on_select=_pick_from_timeline, key="timeline", width="stretch")


@st.cache_data(show_spinner=False, max_entries=64)
def timeline_spec(data_dir: str, counts: tuple[tuple[str, int], ...]) -> dict[str, Any] | None:
    """The timeline's Vega-Lite spec for these signatory counts, made once, not every rerun.

    (Building the Altair chart and turning it into a spec was a third of a page view's CPU.)
    """
    data, _, _ = load(data_dir)
    signed = pd.Series(dict(counts), name="signatories", dtype="int64")
    frame = data.statements.merge(signed, left_on="id", right_index=True).merge(
        data.networks.rename(columns={"id": "network"}), on="network"
    )
    if not len(frame):
        return None
    pick = alt.selection_point(name="pick", fields=["id"])
    chart = (
        alt.Chart(frame[["id", "date", "title", "short_name", "colour", "signatories"]])
        .mark_circle(opacity=0.85, stroke="#222", strokeWidth=1)
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("short_name:N", title=None),
            size=alt.Size("signatories:Q", legend=None, scale=alt.Scale(range=[150, 900])),
            color=alt.Color("colour:N", scale=None),
            tooltip=[alt.Tooltip("title:N", title="statement"), "date:T", "signatories:Q"],
        )
        .add_params(pick)
        .properties(height=140)
    )
    return dict(chart.to_dict())


def _pick_from_timeline() -> None:
    picked = st.session_state["timeline"]["selection"].get("pick") or []
    st.session_state["statement"] = picked[0]["id"] if picked else NO_STATEMENT


def table_with_download(table: pd.DataFrame, label: str, file_name: str) -> None:
    """A sortable table and its CSV (cells that could run as formulas neutralised)."""
    st.dataframe(table, hide_index=True, width="stretch")
    st.download_button(
        label,
        store.csv_text(atlas.spreadsheet_safe(table), list(table.columns)),
        file_name=file_name,
        mime="text/csv",
        key=f"download_{label}",
    )


def statement_panel(data: store.AtlasData, shown: pd.DataFrame, sid: str) -> None:
    if sid == NO_STATEMENT:
        st.info("Pick a statement above, or on the timeline, to read it and see its signatories.")
        return
    row = data.statements.set_index("id").loc[sid]
    networks = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    signed = shown[shown["statement_id"] == sid]
    st.subheader(atlas.as_markdown_text(str(row["title"])))
    st.caption(f"{row['date']} · {networks[row['network']]} · {len(signed)} signatories")
    source = str(row["source"])
    st.caption(
        f"Source: [{source}]({source})" if source.startswith("http") else f"Source: {source}"
    )
    if row["note"]:
        st.info(row["note"])
    if str(row["text"]).strip():
        with st.container(height=320):
            st.text(row["text"])
    else:
        st.caption("The statement's text is not in the atlas: read it at its source.")
    table = signed[["city", "country", "lat", "lon", "source"]].reset_index(drop=True)
    table_with_download(table, "Download signatories (CSV)", f"{sid}-signatories.csv")


def city_panel(data: store.AtlasData, rows: pd.DataFrame, key: str | None) -> None:
    if not key:
        st.info("Click a city on the map, or search for one, to see its details.")
        return
    city = atlas.place_details(data, rows, key)
    place = city.place
    networks = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    st.subheader(atlas.as_markdown_text(city.city))
    st.write(f"**Country:** {city.country}")
    st.write(f"**Kind:** {place.get('kind', 'unknown')}")
    st.write("**Networks:** " + ", ".join(networks.get(n, n) for n in city.networks))
    st.write("**Statements signed:**")
    st.dataframe(city.statements, hide_index=True, width="stretch")
    st.write(f"**Coordinate:** {place.get('lat')}, {place.get('lon')}: {atlas.provenance(place)}")
    if place.get("detail"):
        st.caption(str(place["detail"]))
    if len(city.evidence):
        st.write("**Evidence of membership:**")
        st.dataframe(
            city.evidence,
            hide_index=True,
            width="stretch",
            column_config={"evidence_url": st.column_config.LinkColumn("source")},
        )


def countries_panel(points: pd.DataFrame) -> None:
    counts = atlas.per_country(points)
    top = counts.head(25)
    pairs = tuple((str(c), int(n)) for c, n in zip(top["country"], top["cities"], strict=True))
    st.vega_lite_chart(countries_spec(pairs), height=480, width="stretch")
    st.dataframe(counts, hide_index=True, width="stretch")


@st.cache_data(show_spinner=False, max_entries=64)
def countries_spec(counts: tuple[tuple[str, int], ...]) -> dict[str, Any]:
    """A bar a country, most cities first: a Vega-Lite spec made once for these counts
    (st.bar_chart builds an Altair chart again at every rerun)."""
    frame = pd.DataFrame(list(counts), columns=["country", "cities"])
    chart = alt.Chart(frame).mark_bar().encode(
        x=alt.X("cities:Q", title="cities"),
        y=alt.Y("country:N", sort=None, title="country"),
        tooltip=["country:N", "cities:Q"],
    )
    return dict(chart.to_dict())


def outreach_panel(data: store.AtlasData, points: pd.DataFrame) -> None:
    names = dict(zip(data.networks["id"], data.networks["short_name"], strict=True))
    ids = list(names)
    left, right = st.columns(2)
    member_of = left.selectbox("Cities in", ids, format_func=names.__getitem__, key="out_in")
    others = [n for n in ids if n != member_of] or ids
    not_in = right.selectbox("but not in", others, format_func=names.__getitem__, key="out_not")
    found = atlas.outreach(points, member_of, not_in)
    st.write(f"{len(found)} cities in {names[member_of]} are not in {names[not_in]}.")
    table_with_download(
        found, "Download outreach list (CSV)", f"outreach-{member_of}-not-{not_in}.csv"
    )


def add_statement_panel(data: store.AtlasData) -> None:
    st.write("Paste the text of a statement's web page, or upload it as a text file.")
    text = st.text_area("Page text", key="new_text", height=200)
    upload = st.file_uploader("…or a .txt file", type=["txt"], key="new_file")
    names = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    network = st.selectbox("Network", list(names), format_func=names.__getitem__, key="new_network")
    title = st.text_input("Title (if the page has none)", key="new_title")
    date = st.text_input("Date (if the page has none), e.g. 2024-05-01", key="new_date")
    source = st.text_input("Source (URL of the page)", key="new_source")
    members_signed = st.checkbox(
        "The page lists no cities: the network's members signed it", key="new_members"
    )
    if st.button("Preview", key="new_preview"):
        st.session_state.pop("new_plan", None)
        try:
            page = decode_page(upload.getvalue()) if upload is not None else text
            parsed = parse_page(page, title=title or None, date=parse_date(date) if date else None)
            plan = importer.plan_statement(
                data,
                parsed,
                network=network,
                source=source or (upload.name if upload is not None else "pasted text"),
                signed_by_members=members_signed,
            )
        except AtlasError as exc:
            st.error(str(exc))
            return
        fresh = importer.new_places(data, plan)
        resolved = geocode.resolve_offline(fresh, gazetteer(), data.overrides)
        st.session_state["new_plan"] = (plan, resolved)
    if "new_plan" not in st.session_state:
        return
    plan, resolved = st.session_state["new_plan"]
    st.subheader(atlas.as_markdown_text(plan.meta["title"]))
    st.caption(
        f"{plan.meta['date']} · {names[plan.meta['network']]} · {len(plan.signatories)} signatories"
    )
    st.dataframe(atlas.import_review(plan.signatories, resolved), hide_index=True, width="stretch")
    failed = int((resolved["status"] != "ok").sum())
    if failed:
        st.warning(
            f"{failed} new places have no coordinate yet; add them to overrides.csv with a source."
        )
    if st.button("Save to the atlas", type="primary", key="new_save"):
        importer.write_statement(data, plan)
        if len(resolved):
            geocode.save_places(data, resolved)
        st.session_state.pop("new_plan")
        load.clear()
        select.clear()
        st.success(f"Saved {plan.statement_id}.")
        st.rerun()


# ------------------------------------------------------------------------------- page


def export_panel(data: store.AtlasData, rows: pd.DataFrame) -> None:
    """The current selection as files; maps open offline, PNGs go on slides."""
    st.write(f"The current selection: {len(rows)} signatures.")
    labels = {
        "csv": "Rows (CSV)",
        "geojson": "Points (GeoJSON)",
        "html": "Map (HTML, works offline)",
        "png": "Map picture (PNG)",
    }
    mimes = {"csv": "text/csv", "geojson": "application/geo+json", "html": "text/html"}
    if reason := snapshot.unavailable():
        del labels["png"]
        st.caption(reason)
    for fmt, label in labels.items():
        st.download_button(
            label,
            data=functools.partial(exports.export, data, rows, fmt),
            file_name=f"city-networks-atlas.{fmt}",
            mime=mimes.get(fmt, "image/png"),
            key=f"export_{fmt}",
            on_click="ignore",
        )


PRESENTATION_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"], footer { display: none !important; }
.block-container { padding: 1rem 1.5rem 0 1.5rem !important; max-width: 100% !important; }
.atlas-excerpt { font-size: 1.35rem; line-height: 1.5; }
</style>
"""


def presentation(
    data: store.AtlasData, shown: pd.DataFrame, points: pd.DataFrame, current: view.View
) -> None:
    """The map filling the screen, a title, the counts, and the statements as a story."""
    st.markdown(PRESENTATION_CSS, unsafe_allow_html=True)  # our own constant CSS, no data
    order = statement_order(data, shown)
    pick, steps, leave = st.columns([4, 4, 1], vertical_alignment="bottom")
    with pick:
        sid = statement_picker(data, order)
    with steps:
        story_buttons(order)
    leave.button(
        "Exit", key="present_exit", on_click=st.session_state.update, args=({"present": False},)
    )
    if sid:
        shown = shown[shown["statement_id"] == sid]
        points = points[points["place_key"].isin(set(shown["place_key"]))]
        row = data.statements.set_index("id").loc[sid]
        st.markdown(f"## {atlas.as_markdown_text(str(row['title']))}")
        st.markdown(f"#### {atlas.human_date(str(row['date']))} · {atlas.summary(points)}")
        text = html.escape(atlas.excerpt(str(row["text"])))
        st.markdown(f'<div class="atlas-excerpt">{text}</div>', unsafe_allow_html=True)
    else:
        st.markdown("## City Networks Atlas")
        st.markdown(f"#### {atlas.summary(points)}")
    fmap = mapping.build_map(
        points,
        data.networks,
        shading=atlas.per_country(points) if current.layer == "countries" else None,
        assets_url=ASSETS_URL,
        outlines_url=OUTLINES_URL,
        tiles="OpenStreetMap" if current.tiles else None,
        large=True,
    )
    st_folium(fmap, key="map", height=760, use_container_width=True, returned_objects=[])


def explore(
    data: store.AtlasData,
    rows: pd.DataFrame,
    shown: pd.DataFrame,
    points: pd.DataFrame,
    current: view.View,
) -> None:
    """The working page: map, timeline and panels."""
    focus = search(points)
    st.title("City Networks Atlas")
    st.markdown(f"#### {atlas.summary(points)}")
    missing = atlas.unlocated(shown)
    if len(missing):
        st.warning(
            f"{len(missing)} {'signatory has' if len(missing) == 1 else 'signatories have'} "
            "no coordinate yet: run `python -m geo geocode`."
        )
    order = statement_order(data, shown)
    left, right = st.columns([3, 2], gap="medium")
    with right:
        sid = statement_picker(data, order)
        story_buttons(order)
    signed = shown[shown["statement_id"] == sid] if sid else shown
    with left:
        fmap = mapping.build_map(
            points,
            data.networks,
            highlight=set(signed["place_key"]) if sid else (),
            focus=focus,
            shading=atlas.per_country(points) if current.layer == "countries" else None,
            assets_url=ASSETS_URL,
            outlines_url=OUTLINES_URL,
            tiles="OpenStreetMap" if current.tiles else None,
        )
        clicked = st_folium(
            fmap,
            key="map",
            height=640,
            use_container_width=True,
            returned_objects=["last_object_clicked"],
        )
        timeline(data, shown)
    spot = (clicked or {}).get("last_object_clicked")
    if spot and spot != st.session_state.get("_clicked"):
        st.session_state["_clicked"] = spot
        st.session_state["city"] = atlas.nearest_place(points, spot["lat"], spot["lng"])
    with right:
        tabs = st.tabs(["Statement", "City", "Countries", "Outreach", "Export", "Add a statement"])
        with tabs[0]:
            statement_panel(data, shown, sid)
        with tabs[1]:
            city_panel(data, rows, st.session_state.get("city"))
        with tabs[2]:
            countries_panel(points)
        with tabs[3]:
            outreach_panel(data, points)
        with tabs[4]:
            export_panel(data, signed)
        with tabs[5]:
            add_statement_panel(data)


def main() -> None:
    st.set_page_config(page_title="City Networks Atlas", page_icon="🌍", layout="wide")
    try:
        data, rows, problems = load(str(DATA_DIR))
    except AtlasError as exc:
        st.error(f"The atlas's data could not be read: {exc}")
        st.stop()
    if problems:
        with st.expander(f"⚠️ {len(problems)} problems in the data: those lines are left out"):
            st.text("\n".join(problems))
    if not len(rows):
        st.info(
            "The atlas has no statements with signatories yet: "
            "import one with `python -m geo import-statement`."
        )
        st.stop()
    restore_view_from_url()
    current, wanted = sidebar(data, rows)
    shown, points = select(str(DATA_DIR), wanted, current.shared)
    if current.present:
        presentation(data, shown, points, current)
    else:
        explore(data, rows, shown, points, current)
    city = st.session_state.get("city") or ""
    save_view_to_url(
        view.View(**{**current.__dict__, "statement": st.session_state["statement"], "city": city})
    )


@st.cache_resource
def page_turns() -> threading.Lock:
    """Page runs take turns in this process instead of running side by side.

    Python runs one thread at a time, so 20 visitors' runs side by side all end at about the
    same time, when the 20th would have; in turn the first sees the map after one run.
    """
    return threading.Lock()


with page_turns():
    main()

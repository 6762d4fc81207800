"""City Networks Atlas: the Streamlit page. Thin: the logic lives in geo/."""

from __future__ import annotations

import functools
import html
import json
import logging
import os
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal

import altair as alt
import pandas as pd
import streamlit as st
from streamlit.components import v1 as components
from streamlit.runtime.app_session import AppSession
from streamlit_folium import st_folium

from geo import access, atlas, exports, geocode, importer, mapping, markup, snapshot, store, view
from geo.errors import AtlasError, ConflictError
from geo.markup import as_markdown_text, link
from geo.statements import MAX_PAGE_BYTES, decode_page, parse_date

DATA_DIR = Path(os.environ.get("ATLAS_DATA_DIR", Path(__file__).parent / "data"))
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
NO_STATEMENT = ""
LOG = logging.getLogger("atlas")
# Caches are shared by every visitor and bounded (entries, and an hour's life); no visitor
# can clear them. The data's cache key is the files' state, so a change shows at once.
CACHE_TTL = "1h"


@st.cache_data(show_spinner="Loading the atlas ...", max_entries=4, ttl=CACHE_TTL)
def load(data_dir: str, state: str) -> tuple[store.AtlasData, pd.DataFrame, list[str]]:
    """The data, its signatory rows, and the problems `geo check` would report.

    `state` is `store.state_token(data_dir)`: when a file changes, so does the cache key, and
    every visitor sees the files as they are now.
    """
    data = store.load(Path(data_dir))
    return data, atlas.signatory_rows(data), store.check(data)


@st.cache_data(show_spinner=False, max_entries=64, ttl=CACHE_TTL)
def select(
    data_dir: str, state: str, wanted: atlas.Filter, shared: bool
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows and the cities a filter keeps; the same filter is not worked out twice."""
    _, rows, _ = load(data_dir, state)
    shown = atlas.apply_filter(rows, wanted)
    points = atlas.city_points(shown)
    if shared:
        points = atlas.shared_only(points)
        shown = shown[shown["place_key"].isin(set(points["place_key"]))]
    return shown, points


@st.cache_resource(show_spinner="Loading the offline gazetteer (once) ...", max_entries=1)
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
    # A link may name what this data does not have: keep only what it has, and say so.
    keep_known("networks", names, "network")
    networks = bar.multiselect(
        "Network",
        list(names),
        format_func=lambda n: names[n],
        key="networks",
        placeholder="All networks",
    )
    pairs = rows[["country", "country_code"]].drop_duplicates()  # not a loop over every row
    countries = dict(sorted(zip(pairs["country"], pairs["country_code"], strict=True)))
    keep_known("countries", countries, "country")
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


def keep_known(key: str, known: Mapping[str, str], what: str) -> None:
    """Drop values of a widget (from a link) that the data lacks, naming them once."""
    asked = list(st.session_state.get(key, []))
    unknown = [value for value in asked if value not in known]
    if unknown:
        st.session_state[key] = [value for value in asked if value in known]
        st.sidebar.warning(
            as_markdown_text(
                f"The link names {what} {', '.join(map(repr, unknown))}, which the "
                "atlas does not have: left out."
            )
        )


def search(points: pd.DataFrame) -> tuple[float, float] | None:
    """Open the panel of the city a search finds; the map centres on it."""
    query = st.session_state.get("q", "")
    found = atlas.search_places(points, query)
    if query and not len(found):
        st.sidebar.warning(f"No city shown matches “{as_markdown_text(query)}”.")
        return None
    if not len(found):
        return None
    labels = {  # radio labels are Markdown
        k: as_markdown_text(f"{c} ({n})")
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


def statement_picker(data: store.AtlasData, order: list[str], collapsed: bool = False) -> str:
    titles = data.statements.set_index("id")
    labels = {NO_STATEMENT: "All statements"} | {
        sid: f"{titles.at[sid, 'date']!s} · {titles.at[sid, 'title']!s}" for sid in order
    }
    if st.session_state.get("statement") not in labels:
        st.session_state["statement"] = NO_STATEMENT
    return str(
        st.selectbox(
            "Statement",
            list(labels),
            format_func=labels.__getitem__,
            key="statement",
            label_visibility="collapsed" if collapsed else "visible",
        )
    )


def story_buttons(order: list[str], back: Any, forward: Any) -> None:
    """Step through the statements in date order (also with the ← and → keys), in two
    containers (columns) given."""
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


def timeline(data: store.AtlasData, rows: pd.DataFrame, state: str) -> None:
    """Statements by date and network; clicking one picks it."""
    counts = rows["statement_id"].value_counts()
    signed = tuple(sorted((str(k), int(n)) for k, n in counts.items()))
    picked = st.session_state.get("statement", NO_STATEMENT)
    spec = timeline_spec(str(DATA_DIR), state, signed, picked)
    if spec is None:
        return
    st.caption("Statements over time (click one to pick it)")
    st.vega_lite_chart(spec, on_select=_pick_from_timeline, key="timeline", width="stretch")


@st.cache_data(show_spinner=False, max_entries=64, ttl=CACHE_TTL)
def timeline_spec(
    data_dir: str, state: str, counts: tuple[tuple[str, int], ...], picked: str = NO_STATEMENT
) -> dict[str, Any] | None:
    """The timeline's Vega-Lite spec for these signatory counts, made once, not every rerun.

    Dates are days (ISO strings read as UTC days, so no time zone moves them), shown as dates
    on the axis and in the tooltip; the picked statement has a thick outline.

    (Building the Altair chart and turning it into a spec was a third of a page view's CPU.)
    """
    data, _, _ = load(data_dir, state)
    signed = pd.Series(dict(counts), name="signatories", dtype="int64")
    frame = data.statements.merge(signed, left_on="id", right_index=True).merge(
        data.networks.rename(columns={"id": "network"}), on="network"
    )
    if not len(frame):
        return None
    frame = frame.assign(date=frame["date"].astype(str))
    pick = alt.selection_point(name="pick", fields=["id"])
    day: Literal["utcyearmonthdate"] = "utcyearmonthdate"
    chart = (
        alt.Chart(frame[["id", "date", "title", "short_name", "colour", "signatories"]])
        .mark_circle(opacity=0.85, stroke="#222")
        .encode(
            x=alt.X("date:T", timeUnit=day, title=None, axis=alt.Axis(format="%b %Y")),
            y=alt.Y("short_name:N", title=None),
            size=alt.Size("signatories:Q", legend=None, scale=alt.Scale(range=[150, 900])),
            color=alt.Color("colour:N", scale=None),
            strokeWidth=alt.condition(  # a predicate on the data, not an expression: no quoting
                alt.FieldEqualPredicate(field="id", equal=picked), alt.value(5), alt.value(1)
            ),
            tooltip=[
                alt.Tooltip("title:N", title="statement"),
                alt.Tooltip("date:T", timeUnit=day, title="date", format="%-d %B %Y"),
                alt.Tooltip("signatories:Q", title="signatories"),
            ],
        )
        .add_params(pick)
        .properties(height=140)
    )
    return dict(chart.to_dict())


def _pick_from_timeline() -> None:
    picked = st.session_state["timeline"]["selection"].get("pick") or []
    st.session_state["statement"] = picked[0]["id"] if picked else NO_STATEMENT


# Column headers as a person reads them; the CSV downloads keep the data's own names.
COLUMN_LABELS = {
    "city": "City",
    "country": "Country",
    "country_code": "Country code",
    "lat": "Latitude",
    "lon": "Longitude",
    "source": "Coordinate source",
    "networks": "Networks",
    "network": "Network",
    "cities": "Cities",
    "statement_date": "Date",
    "statement_title": "Statement",
    "evidence_quote": "Quote",
    "line": "Line",
    "text": "As written",
    "reason": "Why skipped",
}


def column_labels(table: pd.DataFrame) -> dict[str, Any]:
    """A readable header for each column: a label, never a raw id like `statement_id`."""
    return {
        str(c): COLUMN_LABELS.get(str(c), str(c).replace("_", " ").capitalize())
        for c in table.columns
    }


def table(frame: pd.DataFrame, config: Mapping[str, Any] | None = None) -> None:
    """A sortable table with readable headers (`config` overrides some columns)."""
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config=column_labels(frame) | dict(config or {}),
    )


def table_with_download(frame: pd.DataFrame, label: str, file_name: str) -> None:
    """A sortable table and its CSV (cells that could run as formulas neutralised)."""
    table(frame)
    st.download_button(
        label,
        store.csv_text(atlas.spreadsheet_safe(frame), list(frame.columns)),
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
    st.subheader(as_markdown_text(str(row["title"])))
    st.caption(
        as_markdown_text(f"{row['date']} · {networks[row['network']]} · {len(signed)} signatories")
    )
    st.caption(link("Source", str(row["source"])))
    if row["note"]:
        st.info(as_markdown_text(str(row["note"])))
    if str(row["text"]).strip():
        with st.expander("Full text", expanded=True):  # not a scroll box: no keyboard trap
            st.text(row["text"])
    else:
        st.caption("The statement's text is not in the atlas: read it at its source.")
    rows = signed[["city", "country", "lat", "lon", "source"]].reset_index(drop=True)
    table_with_download(rows, "Download signatories (CSV)", f"{sid}-signatories.csv")


def city_panel(data: store.AtlasData, rows: pd.DataFrame, key: str | None) -> None:
    if not key:
        st.info("Click a city on the map, or search for one, to see its details.")
        return
    city = atlas.place_details(data, rows, key)
    place = city.place
    networks = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    st.subheader(as_markdown_text(city.city))
    st.markdown(f"**Country:** {as_markdown_text(city.country)}")
    st.markdown(f"**Kind:** {as_markdown_text(str(place.get('kind', 'unknown')))}")
    names = ", ".join(networks.get(n, n) for n in city.networks)
    st.markdown(f"**Networks:** {as_markdown_text(names)}")
    st.markdown("**Statements signed:**")
    table(city.statements)
    point = as_markdown_text(f"{place.get('lat')}, {place.get('lon')}")
    st.markdown(f"**Coordinate:** {point}: {atlas.provenance(place)}")
    if place.get("detail"):
        st.caption(as_markdown_text(str(place["detail"])))
    if len(city.evidence):
        st.markdown("**Evidence of membership:**")
        evidence = city.evidence.assign(  # a link only to a web page
            evidence_url=[markup.web_url(str(u)) or "" for u in city.evidence["evidence_url"]]
        )
        table(
            evidence,
            {  # shown by its domain, as a statement's source is
                "evidence_url": st.column_config.LinkColumn(
                    "Source", display_text=r"^https?://(?:www\.)?([^/?#:]+)"
                )
            },
        )


def countries_panel(points: pd.DataFrame) -> None:
    counts = atlas.per_country(points)
    top = counts.head(25)
    pairs = tuple((str(c), int(n)) for c, n in zip(top["country"], top["cities"], strict=True))
    st.vega_lite_chart(countries_spec(pairs), height=480, width="stretch")
    table(counts)


@st.cache_data(show_spinner=False, max_entries=64)
def countries_spec(counts: tuple[tuple[str, int], ...]) -> dict[str, Any]:
    """A bar a country, most cities first: a Vega-Lite spec made once for these counts
    (st.bar_chart builds an Altair chart again at every rerun)."""
    frame = pd.DataFrame(list(counts), columns=["country", "cities"])
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("cities:Q", title="cities"),
            y=alt.Y("country:N", sort=None, title="country"),
            tooltip=["country:N", "cities:Q"],
        )
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
    st.text(f"{len(found)} cities in {names[member_of]} are not in {names[not_in]}.")
    table_with_download(
        found, "Download outreach list (CSV)", f"outreach-{member_of}-not-{not_in}.csv"
    )


# What settles an import error, as the fields of this panel name it (never a CLI flag).
FIELD_LABELS = {
    "title": "fill in the Title field",
    "date": "fill in the Date field",
    "allow_truncated": "tick “Keep the complete entries of a cut-off list”",
    "signed_by_members": "tick or untick “The page lists no cities: the network's members "
    "signed it”",
}
REVIEW_CONFIG = {
    "line": st.column_config.NumberColumn("Line", disabled=True),
    "entry": st.column_config.TextColumn("As written", disabled=True),
    "city": st.column_config.TextColumn("City", required=True, max_chars=200),
    "country": st.column_config.TextColumn("Country", required=True, max_chars=80),
    "region": st.column_config.TextColumn("State or region", max_chars=80),
    "found": st.column_config.TextColumn("Country found by", disabled=True),
    "note": st.column_config.TextColumn("Check", disabled=True),
    "place": st.column_config.TextColumn("Coordinate", disabled=True),
    "lat": st.column_config.NumberColumn("Latitude", min_value=-90, max_value=90),
    "lon": st.column_config.NumberColumn("Longitude", min_value=-180, max_value=180),
    "coordinate_source": st.column_config.TextColumn("Source of the coordinate", max_chars=500),
}


def add_statement_panel(data: store.AtlasData) -> None:
    st.write("Paste the text of a statement's web page, or upload it as a text file.")
    text = st.text_area("Page text", key="new_text", height=200, max_chars=MAX_PAGE_BYTES)
    upload = st.file_uploader("…or a .txt file", type=["txt"], key="new_file")
    names = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    network = st.selectbox(
        "Network",
        list(names),
        format_func=names.__getitem__,
        key="new_network",
        index=None,
        placeholder="Choose the network that published it",
    )
    title = st.text_input("Title (if the page has none)", key="new_title", max_chars=300)
    date = st.text_input(
        "Date (if the page has none), e.g. 2024-05-01", key="new_date", max_chars=40
    )
    source = st.text_input("Source (URL of the page)", key="new_source", max_chars=2000)
    country = st.text_input(
        "Country of entries the page gives none for (optional)", key="new_country", max_chars=80
    )
    truncated = st.checkbox("Keep the complete entries of a cut-off list", key="new_truncated")
    members_signed = st.checkbox(
        "The page lists no cities: the network's members signed it", key="new_members"
    )
    if st.button("Preview", key="new_preview", disabled=network is None):
        st.session_state.pop("new_plan", None)
        try:
            page = decode_page(upload.getvalue() if upload is not None else text.encode())
            parsed = importer.read_statement(
                data,
                page,
                network=str(network),
                title=title or None,
                date=parse_date(date) if date else None,
                gazetteer=gazetteer,
            )
            plan = importer.plan_statement(
                data,
                parsed,
                network=str(network),
                source=source or (upload.name if upload is not None else "pasted text"),
                signed_by_members=members_signed,
                default_country=country or None,
                allow_truncated=truncated,
                gazetteer=gazetteer,
            )
        except AtlasError as exc:
            option = getattr(exc, "option", None)
            hint = f" ({FIELD_LABELS[option]})" if option in FIELD_LABELS else ""
            st.error(as_markdown_text(f"{exc}{hint}"))
            return
        fresh = importer.new_places(data, plan)
        resolved = geocode.resolve_offline(fresh, gazetteer(), data.overrides)
        st.session_state["new_plan"] = (plan, resolved)
    if "new_plan" in st.session_state:
        review_import(data, *st.session_state["new_plan"])


def review_import(data: store.AtlasData, plan: importer.ImportPlan, resolved: pd.DataFrame) -> None:
    """What the page was read as, editable; nothing is written before Save."""
    names = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    st.subheader(as_markdown_text(plan.meta["title"]), anchor=False)
    st.caption(
        f"{plan.meta['date']} · {names[plan.meta['network']]} · {len(plan.signatories)} signatories"
    )
    for warning in importer.summarise(plan.warnings):
        st.warning(as_markdown_text(warning), icon="⚠️")
    st.write(
        "Correct, add or delete rows. A place marked NOT FOUND can be given a latitude and "
        "longitude with their source: they are saved as a curated coordinate."
    )
    review = atlas.import_review(plan.review, resolved)
    edited = st.data_editor(
        review,
        key="new_review",
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_config=REVIEW_CONFIG,
        column_order=list(REVIEW_CONFIG),
    )
    if len(plan.skipped):
        with st.expander(f"Skipped {len(plan.skipped)} lines"):
            table(plan.skipped)
    if st.button("Save to the atlas", type="primary", key="new_save"):
        try:
            reviewed = importer.apply_review(plan, edited)
            overrides = pd.concat([data.overrides, reviewed.overrides], ignore_index=True)
            fresh = importer.new_places(data, reviewed.plan)
            places = geocode.resolve_offline(fresh, gazetteer(), overrides) if len(fresh) else None
            importer.save_statement(
                data.root,
                reviewed.plan,
                places=places,
                overrides=reviewed.overrides,
                replace=st.session_state.get("new_replace", False),
            )
        except ConflictError as exc:
            st.error(as_markdown_text(str(exc)))
            st.checkbox("Replace the statement already in the atlas", key="new_replace")
            return
        except AtlasError as exc:
            st.error(as_markdown_text(str(exc)))
            return
        st.session_state.pop("new_plan")
        st.session_state.pop("new_replace", None)
        st.session_state["saved_message"] = (
            f"Saved “{reviewed.plan.meta['title']}” with {len(reviewed.plan.signatories)} "
            "signatories."
        )
        st.rerun()


# ---------------------------------------------------------------------------- editing


def secrets_section(name: str) -> Mapping[str, Any]:
    """A section of the secrets file; empty without the file or the section."""
    if not st.secrets.load_if_toml_exists():
        return {}
    section = st.secrets.get(name)
    return section if isinstance(section, Mapping) else {}


def editors_allowed() -> list[str]:
    """The allow-list `[atlas] editors = ["a@example.org", ...]` in the secrets file."""
    editors = secrets_section("atlas").get("editors", [])
    if isinstance(editors, str) or not all(isinstance(e, str) for e in editors):
        LOG.error("[atlas] editors in the secrets must be a list of e-mails; nobody may edit")
        return []
    return list(editors)


def who_may_edit() -> access.Access:
    """What this session may do: read (everyone), edit (a signed-in editor, local mode)."""
    user = st.user.to_dict()
    verified = user.get("email_verified")
    email = user.get("email")
    return access.can_edit(
        auth_configured=bool(secrets_section("auth")),
        logged_in=bool(user.get("is_logged_in", False)),
        email=str(email) if email else None,
        editors=editors_allowed(),
        local_mode=access.local_mode_requested(os.environ.get(access.LOCAL_EDITOR_ENV)),
        server_address=st.get_option("server.address"),
        email_verified=verified if isinstance(verified, bool) else None,
        proxied=access.is_proxied(st.context.headers.keys()),
    )


def sign_in_providers(auth: Mapping[str, Any]) -> list[str | None]:
    """`st.login()` for one provider set up in `[auth]` itself, `st.login(name)` for each
    `[auth.name]` section."""
    named: list[str | None] = [n for n, value in auth.items() if isinstance(value, Mapping)]
    return named or [None]


def account(rights: access.Access) -> None:
    """The sidebar's sign-in or sign-out, and what this person may do; nothing at all
    without `[auth]` in the secrets or local editor mode."""
    auth = secrets_section("auth")
    local = access.local_mode_requested(os.environ.get(access.LOCAL_EDITOR_ENV))
    if not auth and not local:
        return
    bar = st.sidebar
    bar.header("Editing")
    if local:  # switched on: say whether it was refused
        say = bar.caption if rights.can_edit else bar.warning
        say(as_markdown_text(rights.reason))
    if not auth:
        return
    if st.user.to_dict().get("is_logged_in"):
        if not local:
            bar.caption(as_markdown_text(rights.reason))
        if bar.button("Sign out", key="sign_out"):
            st.logout()  # sends the browser away; nothing more for this run
            st.stop()
        return
    for provider in sign_in_providers(auth):
        label = "Sign in to edit" if provider is None else f"Sign in with {provider}"
        if bar.button(as_markdown_text(label), key=f"sign_in_{provider or ''}"):
            st.login(*([provider] if provider else []))


def keep_caches_from_visitors() -> None:
    """Ignore a browser's "clear cache" message: it would empty every visitor's caches.

    The page offers no such menu item (client.toolbarMode = "viewer"), but Streamlit's server
    obeys the message from any websocket. Only an editor's save clears the caches. (Streamlit
    has no setting for this, hence the patch; tests/test_deploy.py checks it still works.)
    """
    if getattr(AppSession._handle_clear_cache_request, "atlas_guard", False):
        return

    def ignore(session: AppSession) -> None:
        LOG.warning("ignored a browser's request to clear the shared caches")

    ignore.atlas_guard = True  # type: ignore[attr-defined]
    AppSession._handle_clear_cache_request = ignore  # type: ignore[method-assign, assignment]


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


# Every page: captions dark enough to read (WCAG AA contrast), the count under the title a
# second-level heading of modest size, and a skip link seen when it has the keyboard's focus.
PAGE_CSS = """
<style>
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p {
  color: inherit !important; opacity: 0.85; }
.st-key-summary h2 { font-size: 1.4rem; padding: 0.25rem 0; }
.atlas-skip { position: absolute; left: -10000px; }
.atlas-skip:focus { position: static; display: inline-block; padding: 0.3rem 0.6rem;
  outline: 3px solid #1a56db; }
</style>
"""
# Presentation: no Streamlit chrome, the controls and a one-line heading on top, the map and a
# strip of text beside it (under it on a phone) filling the window; PRESENT_JS sizes them.
PRESENTATION_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"], footer { display: none !important; }
.block-container { padding: 0.5rem 1rem 0 1rem !important; max-width: 100% !important; }
.block-container [data-testid="stVerticalBlock"] { gap: 0.4rem; }
.st-key-present_title h1 { font-size: 1.6rem; line-height: 1.25; padding: 0; margin: 0;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.st-key-present_title [data-testid="stHorizontalBlock"] { flex-wrap: nowrap; gap: 1rem; }
.st-key-present_title [data-testid="stColumn"]:last-child { flex: 0 0 auto; width: auto;
  min-width: 0; white-space: nowrap; font-size: 1.2rem; }
.st-key-present_title [data-testid="stColumn"]:last-child p { font-size: 1.2rem; }
iframe[title="streamlit_folium.st_folium"] { height: calc(100vh - 130px); }
.atlas-strip { overflow-y: auto; max-height: calc(100vh - 140px); font-size: 1.15rem;
  line-height: 1.45; padding-right: 0.4rem; }
.atlas-strip p { margin: 0 0 0.6rem 0; }
.atlas-strip .atlas-signed { font-size: 1rem; }
@media (max-width: 640px) {
  .st-key-present_title [data-testid="stHorizontalBlock"] { flex-wrap: wrap; gap: 0; }
  .st-key-present_title h1 { font-size: 1.2rem; }
  .st-key-present_bar [data-testid="stHorizontalBlock"] { flex-wrap: wrap; gap: 0.3rem; }
  .st-key-present_bar [data-testid="stColumn"] { flex: 1 1 30%; min-width: 0; }
  .st-key-present_bar [data-testid="stColumn"]:first-child { flex-basis: 100%; }
  .st-key-present_bar button p { font-size: 0.8rem; }
  .atlas-strip { font-size: 0.95rem; }
}
</style>
"""
# Presentation's keys and sizes, run in the page itself (the map's frame is same-origin):
# - the arrow keys and PageUp/PageDown click the story buttons wherever the focus is, in the
#   page or inside the map's frame (where Leaflet would pan with them), except in an open list;
# - the map's frame takes the window's height below its top (the strip's too, on a phone under
#   the map), measured in the browser, and the map fits its cities again at that size.
# It acts only while a presentation is on the page (.atlas-present), so it can stay installed.
PRESENT_JS = """
<script>
(() => {
  const top = window;
  if (top.atlasPresentation) return;
  top.atlasPresentation = true;
  const MAP = 'iframe[title="streamlit_folium.st_folium"]';
  const STEPS = {ArrowRight: "story_next", ArrowDown: "story_next", PageDown: "story_next",
                 ArrowLeft: "story_back", ArrowUp: "story_back", PageUp: "story_back"};
  const present = () => document.querySelector(".atlas-present");
  function busy(target) {
    if (!target || !target.closest) return false;
    if (target.closest('[role="combobox"][aria-expanded="true"], [role="listbox"], textarea'))
      return true;
    return !!target.closest('input:not([role="combobox"]):not([type="checkbox"])');
  }
  function onKey(event) {
    const button = STEPS[event.key];
    if (!button || !present() || event.altKey || event.ctrlKey || event.metaKey) return;
    if (busy(event.target)) return;
    const target = document.querySelector(".st-key-" + button + " button");
    if (!target) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!event.repeat || !target.disabled) target.click();
  }
  top.addEventListener("keydown", onKey, true);
  function fit() {
    const marker = present();
    if (!marker) return;
    const frame = document.querySelector(MAP);
    if (!frame) return;
    const inner = frame.contentWindow;
    if (inner && inner.document && !inner.atlasKeys) {
      inner.addEventListener("keydown", onKey, true);
      inner.atlasKeys = true;
    }
    const strip = document.querySelector(".atlas-strip");
    const frameTop = frame.getBoundingClientRect().top;
    const low = innerHeight - 10;
    let height = low - frameTop;
    if (strip) {
      const under = strip.getBoundingClientRect().top > frameTop + 40;
      const room = under ? Math.round(innerHeight * 0.24) : low - strip.getBoundingClientRect().top;
      strip.style.maxHeight = Math.max(room, 80) + "px";
      if (under) height -= Math.max(room, 80) + 12;
    }
    height = Math.max(Math.round(height), 180);
    if (frame.style.getPropertyValue("height") !== height + "px")
      frame.style.setProperty("height", height + "px", "important");
    const div = inner && inner.document && inner.document.getElementById("map_div");
    if (!div || !inner.map) return;
    if (div.style.height !== "100vh") div.style.height = "100vh";
    const size = inner.map.getSize();
    if (Math.abs(size.y - inner.innerHeight) > 2 || !inner.atlasFitted) {
      inner.map.invalidateSize({animate: false});
      const bounds = JSON.parse(marker.dataset.bounds || "null");
      if (bounds && !inner.atlasFitted)
        inner.map.fitBounds(bounds, {padding: [20, 20], maxZoom: 9, animate: false});
      inner.atlasFitted = true;
    }
  }
  setInterval(fit, 250);
  top.addEventListener("resize", fit);
})();
</script>
"""


FILTER_KEYS = ("networks", "countries", "dates", "shared", "statement")


def explain_empty(culprits: list[str]) -> None:
    """Say which filter left the map empty, and offer to show everything again."""
    st.warning(
        f"No city matches these filters: the {' and the '.join(culprits)} filter "
        f"{'leaves' if len(culprits) == 1 else 'leave'} nothing to show.",
        icon="🔎",
    )
    st.button("Show every city", key="reset_filters", on_click=_reset_filters, type="primary")


def _reset_filters() -> None:
    for key in FILTER_KEYS:
        st.session_state.pop(key, None)


def presentation(
    data: store.AtlasData, shown: pd.DataFrame, points: pd.DataFrame, current: view.View
) -> None:
    """The map filling the window, a one-line heading, the statement's opening and its
    signatories beside the map, and the statements as a story stepped with the arrow keys."""
    st.html(PRESENTATION_CSS)  # our own constants, no data
    st.html(PRESENT_JS, unsafe_allow_javascript=True)
    order = statement_order(data, shown)
    with st.container(key="present_bar"):
        pick, back, forward, leave = st.columns([6, 2, 2, 1], vertical_alignment="center")
        with pick:
            sid = statement_picker(data, order, collapsed=True)
        story_buttons(order, back, forward)
        leave.button(
            "Exit",
            key="present_exit",
            on_click=st.session_state.update,
            args=({"present": False},),
            width="stretch",
        )
    if sid:
        shown = shown[shown["statement_id"] == sid]
        points = points[points["place_key"].isin(set(shown["place_key"]))]
        row = data.statements.set_index("id").loc[sid]
        title, when = str(row["title"]), atlas.human_date(str(row["date"]))
        paragraphs = atlas.excerpt_paragraphs(str(row["text"]))
    else:
        title, when, paragraphs = "City Networks Atlas", "", []
    with st.container(key="present_title"):
        heading, counts = st.columns([5, 1], vertical_alignment="center")
        heading.markdown(f"# {as_markdown_text(title)}")
        counts.markdown(as_markdown_text(" · ".join(filter(None, [when, atlas.summary(points)]))))
    fmap = mapping.build_map(
        points,
        data.networks,
        shading=atlas.per_country(points) if current.layer == "countries" else None,
        assets_url=ASSETS_URL,
        outlines_url=OUTLINES_URL,
        cluster_url=CLUSTER_URL,
        tiles="OpenStreetMap" if current.tiles else None,
        large=True,
    )
    where, beside = st.columns([3, 1], gap="small")
    with where:
        st_folium(fmap, key="map", height=560, use_container_width=True, returned_objects=[])
    beside.markdown(strip_html(paragraphs, points, map_bounds(points)), unsafe_allow_html=True)


def map_bounds(points: pd.DataFrame) -> list[list[float]] | None:
    """The cities' bounding box, as the map fits it: [[south, west], [north, east]]."""
    if not len(points):
        return None
    return [
        [float(points["lat"].min()), float(points["lon"].min())],
        [float(points["lat"].max()), float(points["lon"].max())],
    ]


def strip_html(
    paragraphs: list[str], points: pd.DataFrame, bounds: list[list[float]] | None
) -> str:
    """The presentation's strip: a statement's opening paragraphs and its signatories.

    One line of HTML, every text escaped, so Markdown does not read it; the strip scrolls, so
    it is a focusable, labelled region. It carries the map's bounds for PRESENT_JS.
    """
    texts = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    names = " · ".join(
        html.escape(f"{c} ({n})")
        for c, n in sorted(zip(points["city"], points["country"], strict=True))
    )
    signed = f'<p class="atlas-signed"><strong>{len(points)} cities:</strong> {names}</p>'
    box = html.escape(json.dumps(bounds), quote=True)
    return (
        f'<div class="atlas-present atlas-strip" data-bounds="{box}" tabindex="0" '
        f'role="region" aria-label="Statement and signatories">{texts}{signed}</div>'
    )


def explore(
    data: store.AtlasData,
    rows: pd.DataFrame,
    shown: pd.DataFrame,
    points: pd.DataFrame,
    current: view.View,
    editor: bool,
    state: str,
) -> None:
    """The working page: map, timeline and panels; editing only for an editor.

    `state` is the data's `store.state_token`, worked out once per run by `main`."""
    focus = search(points)
    st.html(PAGE_CSS)  # our own constant, no data
    st.title("City Networks Atlas", anchor=False)
    if saved := st.session_state.pop("saved_message", None):
        st.success(as_markdown_text(saved))
    with st.container(key="summary"):
        st.header(as_markdown_text(atlas.summary(points)), anchor=False)
        picked_line = st.empty()  # filled once the statement picker below has its value
    missing = atlas.unlocated(shown)
    if len(missing):
        st.warning(
            f"{len(missing)} {'signatory has' if len(missing) == 1 else 'signatories have'} "
            "no coordinate yet: run `python -m geo geocode`."
        )
    order = statement_order(data, shown)
    # The keyboard's way through the statements comes before the map (a few Tabs from the top),
    # and a skip link passes the map's cities to the panels.
    pick, back, forward = st.columns([2, 1, 1], vertical_alignment="bottom")
    with pick:
        sid = statement_picker(data, order)
    story_buttons(order, back, forward)
    st.markdown(
        '<a class="atlas-skip" href="#atlas-panels">Skip the map</a>', unsafe_allow_html=True
    )
    signed = shown[shown["statement_id"] == sid] if sid else shown
    if sid:
        row = data.statements.set_index("id").loc[sid]
        signers = points[points["place_key"].isin(set(signed["place_key"]))]
        picked_line.markdown(
            as_markdown_text(
                f"{row['title']} ({atlas.human_date(str(row['date']))}): "
                f"signed by {atlas.summary(signers)}"
            )
        )
    left, right = st.columns([3, 2], gap="medium")
    with left:
        fmap = mapping.build_map(
            points,
            data.networks,
            highlight=set(signed["place_key"]) if sid else (),
            focus=focus,
            shading=atlas.per_country(points) if current.layer == "countries" else None,
            assets_url=ASSETS_URL,
            outlines_url=OUTLINES_URL,
            cluster_url=CLUSTER_URL,
            selected=st.session_state.get("city"),
            tiles="OpenStreetMap" if current.tiles else None,
        )
        clicked = st_folium(
            fmap,
            key="map",
            height=640,
            use_container_width=True,
            returned_objects=["last_object_clicked", "last_object_clicked_tooltip"],
        )
        timeline(data, shown, state)
    spot = [
        (clicked or {}).get(name) for name in ("last_object_clicked", "last_object_clicked_tooltip")
    ]
    if spot[0] and spot != st.session_state.get("_clicked"):
        st.session_state["_clicked"] = spot
        key = mapping.clicked_place(points, clicked)  # None for a cluster
        if key and key != st.session_state.get("city"):
            st.session_state["city"] = key
            st.rerun()  # the map of this run was drawn before the click was read: ring it
    with right:
        st.markdown('<div id="atlas-panels" tabindex="-1"></div>', unsafe_allow_html=True)
        panels: dict[str, Callable[[], None]] = {
            "Statement": lambda: statement_panel(data, shown, sid),
            "City": lambda: city_panel(data, rows, st.session_state.get("city")),
            "Countries": lambda: countries_panel(points),
            "Outreach": lambda: outreach_panel(data, points),
            "Export": lambda: export_panel(data, signed),
        }
        if editor:
            panels["Add a statement"] = lambda: add_statement_panel(data)
        follow_selection(sid)
        # Only the open panel runs: a tab's content is built when it is shown.
        for tab, render in zip(
            st.tabs(list(panels), key="panel", on_change="rerun"), panels.values(), strict=True
        ):
            if tab.open:
                with tab:
                    render()


def follow_selection(sid: str) -> None:
    """Open the panel of what was just selected: a city (click, search, link), a statement."""
    city = st.session_state.get("city") or ""
    before = st.session_state.get("_selected", ("", ""))
    if city and city != before[0]:
        st.session_state["panel"] = "City"
    elif sid and sid != before[1]:
        st.session_state["panel"] = "Statement"
    st.session_state["_selected"] = (city, sid)


def without_paths(message: str) -> str:
    """A message for the page: the server's data directory named `data/`, not by its path."""
    return message.replace(str(DATA_DIR.resolve()), "data").replace(str(DATA_DIR), "data")


def empty_atlas(data: store.AtlasData, rows: pd.DataFrame) -> None:
    """No statement to show yet: an empty map, and how to add one."""
    st.title("City Networks Atlas")
    st.info(
        "The atlas has no statements with signatories yet. Add one under *Add a statement* "
        "below, or import one with `python -m geo import-statement page.txt --network ID`."
    )
    left, right = st.columns([3, 2], gap="medium")
    with left:
        fmap = mapping.build_map(
            atlas.city_points(rows), data.networks, assets_url=ASSETS_URL, cluster_url=CLUSTER_URL
        )
        st_folium(fmap, key="map", height=640, use_container_width=True, returned_objects=[])
    if len(data.networks):
        with right:
            st.subheader("Add a statement")
            add_statement_panel(data)


def main() -> None:
    st.set_page_config(page_title="City Networks Atlas", page_icon="🌍", layout="wide")
    state = store.state_token(DATA_DIR)
    try:
        data, rows, problems = load(str(DATA_DIR), state)
    except AtlasError as exc:
        LOG.exception("the atlas's data in %s could not be read", DATA_DIR)
        st.error(f"The atlas's data could not be read: {as_markdown_text(without_paths(str(exc)))}")
        st.stop()
    if problems:
        with st.expander(f"⚠️ {len(problems)} problems in the data: those lines are left out"):
            st.text(without_paths("\n".join(problems)))
    if not len(rows):
        empty_atlas(data, rows)
        return
    restore_view_from_url()
    current, wanted = sidebar(data, rows)
    rights = who_may_edit()
    account(rights)
    shown, points = select(str(DATA_DIR), state, wanted, current.shared)
    if not len(points):
        explain_empty(atlas.emptied_by(rows, wanted, current.shared))
    if current.present:
        presentation(data, shown, points, current)
    else:
        explore(data, rows, shown, points, current, editor=rights.can_edit, state=state)
    city = st.session_state.get("city") or ""
    save_view_to_url(
        view.View(**{**current.__dict__, "statement": st.session_state["statement"], "city": city})
    )


@st.cache_resource(max_entries=1)
def page_turns() -> threading.Lock:
    """Page runs take turns in this process instead of running side by side.

    Python runs one thread at a time, so 20 visitors' runs side by side all end at about the
    same time, when the 20th would have; in turn the first sees the map after one run.
    """
    return threading.Lock()


keep_caches_from_visitors()
with page_turns():
    main()

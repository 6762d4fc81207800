"""The side panels: a statement, a city, countries, outreach, exports."""

from __future__ import annotations

import functools
import html
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from geo import atlas, markup, view
from geo.data import statementfiles, store
from geo.geocoding import report
from geo.maps import exports, snapshot
from geo.markup import as_markdown_text, link
from geo.text import human_date
from ui.guards import session_id
from ui.loading import data_dir
from ui.story import NO_STATEMENT
from ui.tables import table, table_with_download


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
    source_panel(str(row["source"]), sid)
    if row["note"]:
        st.info(as_markdown_text(str(row["note"])))
    if str(row["text"]).strip():
        with st.expander("Full text", expanded=True):  # not a scroll box: no keyboard trap
            st.text(row["text"])
    else:
        st.caption("The statement's text is not in the atlas: read it at its source.")
    rows = signed[["city", "country", "lat", "lon", "source"]].reset_index(drop=True)
    table_with_download(rows, "Download signatories (CSV)", f"{sid}-signatories.csv")


def source_panel(source: str, sid: str) -> None:
    """A statement's source: a link to its page; or, when the atlas keeps the page's text
    in data/sources/ (its address not recorded), that text to download; else as written."""
    copy = statementfiles.source_copy(data_dir(), source)
    if copy is None:
        st.caption(link("Source", source))
        return
    st.caption(
        as_markdown_text(
            f"Source: the text of its web page as published, kept in the atlas as "
            f"data/sources/{copy.name} (the page's address was not recorded)."
        )
    )
    st.download_button(
        "Download the page's text (TXT)",
        data=copy.read_bytes(),
        file_name=copy.name,
        mime="text/plain",
        key=f"source_{sid}",
        on_click="ignore",
    )


def city_panel(
    data: store.AtlasData, rows: pd.DataFrame, members: pd.DataFrame, key: str | None
) -> None:
    if not key:
        st.info("Click a city on the map, or search for one, to see its details.")
        return
    city = atlas.place_details(data, rows, members, key)
    place = city.place
    networks = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    st.subheader(as_markdown_text(city.city))
    st.markdown(f"**Country:** {as_markdown_text(city.country)}")
    st.markdown(f"**Kind:** {as_markdown_text(str(place.get('kind', 'unknown')))}")
    names = ", ".join(networks.get(n, n) for n in city.networks)
    st.markdown(f"**Networks:** {as_markdown_text(names)}")
    if len(city.memberships):
        st.markdown("**Memberships:**")
        table(membership_table(city.memberships, networks), MEMBERSHIP_COLUMNS)
    st.markdown("**Statements signed:**")
    table(city.statements.assign(network=[networks.get(n, n) for n in city.statements["network"]]))
    point = as_markdown_text(f"{place.get('lat')}, {place.get('lon')}")
    st.markdown(f"**Coordinate:** {point}: {report.provenance(place)}")
    if place.get("detail"):
        st.caption(as_markdown_text(str(place["detail"])))


# The evidence's page shown by its domain, as a statement's source is.
MEMBERSHIP_COLUMNS = {
    "evidence_url": st.column_config.LinkColumn(
        "Source", display_text=r"^https?://(?:www\.)?([^/?#:]+)"
    )
}


def membership_table(memberships: pd.DataFrame, networks: dict[str, str]) -> pd.DataFrame:
    """A city's memberships as its panel lists them: the network by its name, the day it
    joined ("date unknown"), its status, the member list and the evidence (a link only to a
    web page)."""
    return pd.DataFrame(
        {
            "network": [networks.get(n, n) for n in memberships["network"]],
            "joined": [
                "date unknown" if pd.isna(d) else human_date(d.date())
                for d in memberships["joined"]
            ],
            "status": memberships["status"].to_numpy(),
            "member_list": memberships["list_name"].to_numpy(),
            "evidence_url": [markup.web_url(str(u)) or "" for u in memberships["evidence_url"]],
            "evidence_quote": memberships["evidence_quote"].to_numpy(),
        }
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


def export_panel(data: store.AtlasData, shown: view.Shown, current: view.View) -> None:
    """The current view as files: its rows, and its map as the page draws it; maps open
    offline, PNGs go on slides. Then its link, to copy, and an iframe to embed it."""
    st.write(f"The current selection: {len(view.signed(shown, current))} signatures.")
    labels = {
        "csv": "Rows (CSV)",
        "geojson": "Points (GeoJSON)",
        "html": "Map (HTML, works offline)",
        "png": "Map picture (PNG)",
    }
    mimes = {"csv": "text/csv", "geojson": "application/geo+json", "html": "text/html"}
    visitor = session_id()
    if reason := snapshot.unavailable():
        del labels["png"]
        st.caption(reason)
    elif not snapshot.PICTURES.left(visitor):
        del labels["png"]
        st.caption(
            f"Map pictures: you have had {snapshot.RENDERS_PER_VISITOR} drawn in the last "
            f"{snapshot.RENDER_WINDOW_S / 60:.0f} minutes, the most a visitor may: the next "
            "in a few minutes."
        )
    else:
        st.caption(
            f"Map pictures are drawn {snapshot.RENDERS_AT_ONCE} at a time on this server: if "
            "it is busy the download fails, try again in a minute."
        )
    for fmt, label in labels.items():
        st.download_button(
            label,
            data=functools.partial(exports.export, data, shown, current, fmt, visitor),
            file_name=exports.file_name(data, shown, current, fmt),
            mime=mimes.get(fmt, "image/png"),
            key=f"export_{fmt}",
            on_click="ignore",
        )
    share_links(current)


def share_links(current: view.View) -> None:
    """The view's link, and an iframe showing it on another page (Streamlit's embed=true: no
    menu), each in a box with a copy button."""
    base = st.context.url or ""
    st.markdown("**Link to this view** (the copy button is at the box's right):")
    st.code(view.link(base, current), language=None, wrap_lines=True)
    st.markdown("**Embed** this map in a web page:")
    frame = html.escape(view.link(base, current, embed="true"), quote=True)
    snippet = (
        f'<iframe src="{frame}" title="City Networks Atlas" width="100%" height="600" '
        'style="border:0" loading="lazy"></iframe>'
    )
    st.code(snippet, language="html", wrap_lines=True)

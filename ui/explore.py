"""The working page: map, timeline and panels; and the page of an atlas with no statements."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pandas as pd
import streamlit as st

from geo import atlas, view
from geo.data import store
from geo.maps import mapping
from geo.markup import as_markdown_text
from geo.text import human_date
from ui.filters import search
from ui.importing import add_statement_panel
from ui.loading import data_dir, summary
from ui.mapframe import show_map
from ui.panels import city_panel, countries_panel, export_panel, outreach_panel, statement_panel
from ui.served import SERVED, app_map
from ui.story import joins_timeline, statement_picker, story_buttons, timeline

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
def explore(
    data: store.AtlasData,
    rows: pd.DataFrame,
    members: pd.DataFrame,
    shown: view.Shown,
    current: view.View,
    editor: bool,
    state: str,
) -> None:
    """The working page: map, timelines and panels; editing only for an editor.

    `rows` and `members` are all the data's signatory and member rows; `state` is the
    data's `store.state_token`, worked out once per run by `main`."""
    points = shown.points
    focus = search(points)
    st.html(PAGE_CSS)  # our own constant, no data
    st.title("City Networks Atlas", anchor=False)
    if saved := st.session_state.pop("saved_message", None):
        st.success(as_markdown_text(saved))
    with st.container(key="summary"):
        said = summary(str(data_dir()), state, view.filters(current))
        st.header(as_markdown_text(said.headline), anchor=False)
        picked_line = st.empty()  # filled once the statement picker below has its value
    # One slot, filled or not: the elements after it (the map) keep their place in the page,
    # and Streamlit keeps the map's frame when a filter change shows or hides the warning.
    unlocated = st.empty()
    if said.unlocated:
        unlocated.warning(
            f"{said.unlocated} {'signatory has' if said.unlocated == 1 else 'signatories have'} "
            "no coordinate yet: run `python -m geo geocode`."
        )
    order = said.statements
    # The keyboard's way through the statements comes before the map (a few Tabs from the top),
    # and a skip link passes the map's cities to the panels.
    pick, back, forward = st.columns([2, 1, 1], vertical_alignment="bottom")
    with pick:
        sid = statement_picker(state, order)
    story_buttons(order, back, forward)
    st.html('<a class="atlas-skip" href="#atlas-panels">Skip the map</a>')
    current = replace(current, statement=sid, city=st.session_state.get("city") or "")
    if sid:
        row = data.statements.set_index("id").loc[sid]
        _, signers = view.drawn(shown, current)
        picked_line.markdown(
            as_markdown_text(
                f"{row['title']} ({human_date(str(row['date']))}): "
                f"signed by {atlas.summary(points[points['place_key'].isin(signers)])}"
            )
        )
    left, right = st.columns([3, 2], gap="medium")
    with left:
        drawn = app_map(current, state, focus=focus)
        clicked = show_map(
            drawn,
            height=640,
            returned_objects=["last_object_clicked", "last_object_clicked_tooltip"],
        )
        statements_over_time, joins_over_time = st.columns(2)
        with statements_over_time:
            timeline(data, shown.rows, state, sid)
        with joins_over_time:
            joins_timeline(data, shown.members)
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
        st.html('<div id="atlas-panels" tabindex="-1"></div>')
        follow_selection(sid)
        side_panels(data, rows, members, shown, current, editor)


@st.fragment
def side_panels(
    data: store.AtlasData,
    rows: pd.DataFrame,
    members: pd.DataFrame,
    shown: view.Shown,
    current: view.View,
    editor: bool,
) -> None:
    """The panels, as tabs. A fragment: choosing a tab or using a panel's widgets reruns this
    part alone, and the map, the timeline and the sidebar are neither rebuilt nor sent again.
    Only the open panel runs: a tab's content is built when it is shown."""
    panels: dict[str, Callable[[], None]] = {
        "Statement": lambda: statement_panel(data, shown.rows, current.statement),
        "City": lambda: city_panel(data, rows, members, st.session_state.get("city")),
        "Countries": lambda: countries_panel(shown.points),
        "Outreach": lambda: outreach_panel(data, shown.points),
        "Export": lambda: export_panel(data, shown, current),
    }
    if editor:
        panels["Add a statement"] = lambda: add_statement_panel(data)
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


def empty_atlas(data: store.AtlasData, rows: pd.DataFrame, editor: bool) -> None:
    """No statement to show yet: an empty map, how to add one, and for an editor the way."""
    st.title("City Networks Atlas")
    where = "under *Add a statement* below, or " if editor and len(data.networks) else ""
    st.info(
        f"The atlas has no statements with signatories yet. Add one {where}with "
        "`python -m geo import-statement page.txt --network ID`."
    )
    left, right = st.columns([3, 2], gap="medium")
    with left:
        everything = view.View()
        show_map(
            mapping.view_map(
                data.networks, view.show(rows, everything), everything, served_url=SERVED
            ),
            height=640,
        )
    if editor and len(data.networks):
        with right:
            st.subheader("Add a statement")
            add_statement_panel(data)

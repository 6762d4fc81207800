"""The statements as a story: the picker, the previous/next buttons, the timeline."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal

import altair as alt
import pandas as pd
import streamlit as st

from geo import story, view
from geo.data import store
from ui.loading import CACHE_TTL, data_dir, load

NO_STATEMENT = ""


@st.cache_resource(show_spinner=False, max_entries=4, ttl=CACHE_TTL)
def statement_labels(data_dir: str, state: str) -> Mapping[str, str]:
    """The statement picker's labels, "date · title" by statement id, made once per state
    of the data (store.state_token) and shared by every visitor: read, never changed."""
    data, _, _ = load(data_dir, state)
    return MappingProxyType(
        {
            str(sid): f"{date!s} · {title!s}"
            for sid, date, title in zip(
                data.statements["id"],
                data.statements["date"],
                data.statements["title"],
                strict=True,
            )
        }
    )


def statement_picker(state: str, order: Sequence[str], collapsed: bool = False) -> str:
    """The statement picker: all statements, or one of `order` (ids, in date order) of the
    data in `state` (store.state_token)."""
    titles = statement_labels(str(data_dir()), state)
    labels = {NO_STATEMENT: "All statements"} | {sid: titles[sid] for sid in order}
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


def story_buttons(order: Sequence[str], back: Any, forward: Any) -> None:
    """Step through the statements in date order (also with the ← and → keys), in two
    containers (columns) given."""
    step_buttons("statement", functools.partial(_step, order), back, forward)


def step_buttons(what: str, step: Callable[[int], None], back: Any, forward: Any) -> None:
    """'◀ Previous `what`' and 'Next `what` ▶' buttons, in the two containers given, calling
    step(-1) and step(1); the ← and → keys click them, and in presentation mode PRESENT_JS
    does (by their keys) wherever the focus is."""
    back.button(
        f"◀ Previous {what}",
        key="story_back",
        on_click=step,
        args=(-1,),
        shortcut="Left",
        width="stretch",
    )
    forward.button(
        f"Next {what} ▶",
        key="story_next",
        on_click=step,
        args=(1,),
        shortcut="Right",
        width="stretch",
    )


def _step(order: Sequence[str], step: int) -> None:
    """The story starts at the overview (no statement picked): ← from the first statement
    goes back to it, → from it goes to the first."""
    st.session_state["statement"] = story.neighbour(
        [NO_STATEMENT, *order], st.session_state.get("statement", NO_STATEMENT), step
    )


@st.fragment
def timeline(data: store.AtlasData, rows: pd.DataFrame, state: str, picked: str) -> None:
    """Statements by date and network, in an expander that starts closed; clicking one picks
    it (`picked` is the statement the page shows now).

    Only an open expander builds its chart, so a first visit does not load and run the
    charting library (Vega, about 0.8 MB of script) before the map; a fragment, so opening it
    reruns this part alone. A statement picked on it reruns the whole page.
    """
    box = st.expander("Statements over time", key="timeline_open", on_change="rerun")
    if not box.open:
        return
    counts = rows["statement_id"].value_counts()
    signed = tuple(sorted((str(k), int(n)) for k, n in counts.items()))
    spec = timeline_spec(str(data_dir()), state, signed, picked)
    with box:
        if spec is None:
            st.caption("No statement has signatories shown.")
            return
        st.caption("Click a statement to pick it.")
        st.vega_lite_chart(spec, on_select=_pick_from_timeline, key="timeline", width="stretch")
    if st.session_state.get("statement", NO_STATEMENT) != picked:
        st.rerun(scope="app")  # the map, headline and panels follow the pick


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


@st.fragment
def joins_timeline(data: store.AtlasData, members: pd.DataFrame) -> None:
    """Members joining by year and network (`members`: the member rows shown), beside the
    statements' timeline; in an expander that starts closed, as that one is."""
    box = st.expander("Members joining by year", key="joins_open", on_change="rerun")
    if not box.open:
        return
    joins = view.joins_by_year(members)
    names = dict(zip(data.networks["id"], data.networks["short_name"], strict=True))
    colours = dict(zip(data.networks["id"], data.networks["colour"], strict=True))
    counts = tuple(
        (names[n], colours[n], int(y), int(j))
        for n, y, j in zip(joins["network"], joins["year"], joins["joins"], strict=True)
    )
    undated = int(members["joined"].isna().sum())
    with box:
        if not counts:
            st.caption("No member shown has a known join date.")
            return
        if undated:
            st.caption(f"{undated} memberships of unknown date are not on it.")
        st.vega_lite_chart(joins_spec(counts), key="joins", width="stretch")


@st.cache_data(show_spinner=False, max_entries=64, ttl=CACHE_TTL)
def joins_spec(counts: tuple[tuple[str, str, int, int], ...]) -> dict[str, Any]:
    """A bar a year, stacked by network in its colour: (network, colour, year, joins) each;
    made once for these counts, not every rerun."""
    frame = pd.DataFrame(list(counts), columns=["network", "colour", "year", "joins"])
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("year:O", title=None),
            y=alt.Y("sum(joins):Q", title="members joining"),
            color=alt.Color("colour:N", scale=None),
            tooltip=[
                alt.Tooltip("network:N", title="network"),
                alt.Tooltip("year:O", title="year"),
                alt.Tooltip("joins:Q", title="members joining"),
            ],
        )
        .properties(height=140)
    )
    return dict(chart.to_dict())

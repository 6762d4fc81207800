"""The sidebar: search, filters, display switches; the view they make, and the link it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from geo import atlas, view
from geo.countries import find_country
from geo.markup import as_markdown_text
from geo.text import human_date
from ui.story import NO_STATEMENT

# ------------------------------------------------------------------------ view <-> URL


def restore_view_from_url() -> None:
    """On a session's first run, put the view a link carries into the widgets (its values
    cut to size first: view.capped)."""
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
        "start": saved.start,
        "end": saved.end,
        "as_of": saved.as_of,
        "joined_from": saved.joined_from,
        "joined_to": saved.joined_to,
        "dated_only": saved.dated_only,
        "others": saved.others,
    }
    st.session_state.update({k: v for k, v in state.items() if v})


def show_saved_statement(meta: Mapping[str, str], signatories: pd.DataFrame) -> None:
    """Have the next run show a statement just saved, picked: its filters widened to it.

    The sidebar's widgets of this run are drawn already, so their values are changed at the
    start of the next run (`follow_saved_statement`), before they are drawn again.
    """
    codes = [find_country(str(c)) for c in signatories["country"]]
    st.session_state["_show_saved"] = (
        meta["id"],
        meta["network"],
        dt.date.fromisoformat(meta["date"]),
        tuple(c for c in codes if c),
    )


def follow_saved_statement() -> None:
    """Widen the filters to the statement saved in the last run and pick it (its panel
    opens, the map shows its signatories standing out, and the link follows)."""
    saved = st.session_state.pop("_show_saved", None)
    if saved is None:
        return
    sid, network, date, countries = saved
    state = st.session_state
    before = view.View(
        networks=tuple(state.get("networks", ())),
        countries=tuple(state.get("countries", ())),
        start=state.get("start"),
        end=state.get("end"),
        shared=bool(state.get("shared", False)),
    )
    after = view.including(before, statement=sid, network=network, date=date, countries=countries)
    state.update(
        networks=list(after.networks),
        countries=list(after.countries),
        start=after.start,
        end=after.end,
        shared=after.shared,
        statement=sid,
        city=None,
    )


def _lists(*names: str) -> dict[str, str | list[str]]:
    return {n: st.query_params.get_all(n) for n in names if n in st.query_params}


def save_view_to_url(current: view.View) -> None:
    st.query_params.from_dict(view.to_params(current))


# ------------------------------------------------------------------------------ parts


def sidebar(offered: view.Choices) -> view.View:
    """The sidebar's widgets, and the view they make (the picked statement and city as the
    session has them). `offered` is what the data offers (view.Choices, made once per state
    of the data and shared: read here, never changed)."""
    bar = st.sidebar
    bar.header("Find")
    bar.text_input(
        "Search a city",
        key="q",
        placeholder="e.g. malmo, pec, montreal",
        max_chars=view.MAX_TEXT,
        on_change=_cut_search,
    )
    bar.header("Filter")
    names = offered.networks
    # A link may name what this data does not have: keep only what it has, and say so.
    keep_known("networks", names, "network")
    networks = bar.multiselect(
        "Network",
        list(names),
        format_func=lambda n: names[n],
        key="networks",
        placeholder="All networks",
    )
    countries = offered.countries
    keep_known("countries", countries, "country")
    chosen = bar.multiselect(
        "Country",
        list(countries),
        format_func=countries.__getitem__,
        key="countries",
        placeholder="All countries",
    )
    start, end = statement_dates(offered.dates)
    shared = bar.checkbox("Only cities in two or more networks", key="shared")
    as_of, joined_from, joined_to, dated_only = membership_dates(offered)
    bar.header("Show")
    layer = bar.radio(
        "Map layer",
        view.LAYERS,
        format_func={"cities": "Cities", "countries": "Cities per country"}.__getitem__,
        key="layer",
        horizontal=True,
    )
    others = others_switch()
    tiles = bar.checkbox("Online map tiles (OpenStreetMap)", key="tiles")
    present = bar.toggle("Presentation mode", key="present", help="Full-screen map for a room")
    return view.View(
        networks=tuple(networks),
        countries=tuple(chosen),
        start=start,
        end=end,
        shared=shared,
        statement=st.session_state.get("statement", NO_STATEMENT),
        city=st.session_state.get("city") or "",
        layer=layer,
        tiles=tiles,
        q=searched(),
        present=present,
        as_of=as_of,
        joined_from=joined_from,
        joined_to=joined_to,
        dated_only=dated_only,
        others=others,
    )


OTHERS = {"faint": "Faint, not counted", "hide": "Hidden"}


def others_switch() -> str:
    """How the map draws, with a statement picked, the cities that did not sign it (one of
    view.OTHERS): faint beneath its signatories, or not at all. Its signatories are the map
    either way: the clusters count them alone."""
    return str(
        st.sidebar.radio(
            "With a statement picked, other cities",
            view.OTHERS,
            format_func=OTHERS.__getitem__,
            key="others",
            horizontal=True,
            help="The statement's signatories are clustered and counted among themselves; "
            "the other cities shown are small grey dots beneath them, or hidden.",
        )
    )


def statement_dates(dates: Sequence[dt.date]) -> tuple[dt.date | None, dt.date | None]:
    """The "Signed from" and "Signed until" lists of the statements' dates, and the range
    they pick (None at either end that is the first or last date: no limit there).

    Lists rather than a date slider: a statement is signed on a day, so only those days
    narrow the map, and the page does not load a slider's scripts (moment, numbro: 126 KB)
    before its map. A link's dates are moved in to the statements inside them
    (`view.dates_within`).
    """
    if len(dates) < 2:
        return None, None
    state = st.session_state
    state["start"], state["end"] = view.dates_within(dates, state.get("start"), state.get("end"))
    bar = st.sidebar  # one under the other: side by side, a sidebar cuts the dates short
    start = bar.selectbox("Signed from", dates, format_func=human_date, key="start")
    end = bar.selectbox("Signed until", dates, format_func=human_date, key="end")
    return (start if start != dates[0] else None), (end if end != dates[-1] else None)


UNDATED = {False: "counted", True: "left out"}


def membership_dates(
    offered: view.Choices,
) -> tuple[dt.date | None, dt.date | None, dt.date | None, bool]:
    """ "Members as of" a day, "Joined from" and "until" days (each may be empty: no limit),
    and whether members whose join date is unknown are left out.

    Offered only when some member has a known join date. A member of unknown date is
    counted by the date filters, as it may have joined at any time, unless left out; the
    caption under the choice says how many they are. A link's days outside the members'
    years are moved in to them (date pickers refuse them).
    """
    if offered.joined is None:
        return None, None, None, False
    state = st.session_state
    chosen = any(state.get(key) is not None for key in ("as_of", "joined_from", "joined_to"))
    # Folded until used: the statement picker stays a few Tab presses from the top.
    bar = st.sidebar.expander("Membership dates", expanded=chosen or bool(state.get("dated_only")))
    first, last = offered.joined
    days: list[dt.date | None] = []
    for key, label in (
        ("as_of", "Members as of"),
        ("joined_from", "Joined from"),
        ("joined_to", "Joined until"),
    ):
        if state.get(key) is not None:
            state[key] = min(max(state[key], first), last)
        days.append(
            bar.date_input(
                label, value=None, min_value=first, max_value=last, key=key, format="YYYY-MM-DD"
            )
        )
    undated = offered.undated
    dated_only = False
    if undated:
        dated_only = bool(
            bar.radio(
                "Members whose join date is unknown",
                list(UNDATED),
                format_func=UNDATED.__getitem__,
                key="dated_only",
                horizontal=True,
            )
        )
        bar.caption(
            f"{undated} of {offered.memberships} memberships have no known join date. Counted, "
            "they are members at every date and in every range of dates; left out, they are "
            "not on the map."
        )
    as_of, joined_from, joined_to = days
    return as_of, joined_from, joined_to, dated_only


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


def _cut_search() -> None:
    """A browser keeps to max_chars, a crafted message need not: the session keeps the cut."""
    st.session_state["q"] = view.cut(st.session_state["q"])


def searched() -> str:
    """The search box's text, cut to size (a crafted message is not held to its max_chars)."""
    return view.cut(st.session_state.get("q", ""))


def search(points: pd.DataFrame) -> tuple[float, float] | None:
    """Open the panel of the city a search finds; the map centres on it."""
    query = searched()
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


FILTER_KEYS = (
    "networks",
    "countries",
    "start",
    "end",
    "as_of",
    "joined_from",
    "joined_to",
    "dated_only",
    "shared",
    "statement",
)


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

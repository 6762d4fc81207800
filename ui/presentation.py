"""Presentation mode: the map filling the window, the statements as a story for a room."""

from __future__ import annotations

import functools
import html
import json
from dataclasses import replace
from typing import Any

import pandas as pd
import streamlit as st

from geo import atlas, story, view
from geo.data import store
from geo.maps import mapping
from geo.markup import as_markdown_text
from geo.text import human_date
from ui.loading import data_dir, summary
from ui.mapframe import FRAME, show_map
from ui.served import app_map
from ui.story import statement_picker, step_buttons, story_buttons

PRESENTATION_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"], footer { display: none !important; }
.block-container { padding: 0.5rem 1rem 0 1rem !important; max-width: 100% !important; }
.block-container [data-testid="stVerticalBlock"] { gap: 0.4rem; }
.st-key-present_title h1 { font-size: 1.6rem; line-height: 1.25; padding: 0; margin: 0;
  overflow-wrap: anywhere; }
.st-key-present_title [data-testid="stColumn"]:first-child { min-width: 0; }
.st-key-present_title [data-testid="stMarkdownContainer"] { margin-bottom: 0 !important; }
.st-key-present_title [data-testid="stHorizontalBlock"] { flex-wrap: nowrap; gap: 1rem; }
.st-key-present_title [data-testid="stColumn"]:last-child { flex: 0 0 auto; width: auto;
  min-width: 0; white-space: nowrap; font-size: 1.2rem; }
.st-key-present_title [data-testid="stColumn"]:last-child p { font-size: 1.2rem; }
MAP_FRAME { height: calc(100vh - 130px); }
.atlas-strip { overflow-y: auto; max-height: calc(100vh - 140px); font-size: 1.15rem;
  line-height: 1.45; padding-right: 0.4rem; }
.atlas-strip p { margin: 0 0 0.6rem 0; }
.atlas-strip .atlas-signed { font-size: 1rem; }
.atlas-strip .atlas-note { font-size: 1rem; background: #e8f0fb; color: #123a6b;
  border-left: 4px solid #1c62b9; padding: 0.4rem 0.6rem; border-radius: 4px; }
@media (max-width: 640px) {
  .st-key-present_title [data-testid="stHorizontalBlock"] { flex-wrap: wrap; gap: 0; }
  .st-key-present_title h1 { font-size: 1.2rem; }
  .st-key-present_title [data-testid="stColumn"]:last-child { white-space: normal;
    flex: 1 1 100%; }
  .st-key-present_title [data-testid="stColumn"]:last-child p { font-size: 0.9rem; }
  .st-key-present_bar [data-testid="stHorizontalBlock"] { flex-wrap: wrap; gap: 0.3rem; }
  .st-key-present_bar [data-testid="stColumn"] { flex: 1 1 30%; min-width: 0; }
  .st-key-present_bar [data-testid="stColumn"]:first-child { flex-basis: 100%; }
  .st-key-present_bar button p { font-size: 0.8rem; }
  .atlas-strip { font-size: 0.95rem; }
}
</style>
""".replace("MAP_FRAME", FRAME)  # the map's frame (ui.mapframe)
# Presentation's keys, sizes and player, run in the page itself (the map's frame is same-origin):
# - the arrow keys and PageUp/PageDown click the story buttons wherever the focus is, in the
#   page or inside the map's frame (where Leaflet would pan with them), except in an open list;
# - the map's frame takes the window's height below its top (the strip's too, on a phone under
#   the map), measured in the browser, and the map fits its cities again at that size.
# - playing the years, it clicks "Next year" every PLAY_MS (the server stops at the last year).
# It acts only while a presentation is on the page (.atlas-present), so it can stay installed.
PRESENT_JS = """
<script>
(() => {
  const top = window;
  if (top.atlasPresentation) return;
  top.atlasPresentation = true;
  const MAP = 'MAP_FRAME';
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
      if (under) height -= Math.max(room, 80) + 16;  // the gap between, and a margin
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
      const fitted = inner.map.atlas && inner.map.atlas.refit;  // clear of the legend
      if (bounds && !inner.atlasFitted) {
        if (!fitted || !inner.document.querySelector("[data-atlas-cities]")) return;  // drawn
        fitted(bounds);
      }
      inner.atlasFitted = true;
    }
  }
  setInterval(fit, 250);
  top.addEventListener("resize", fit);
  // Playing the years: the next year PLAY_MS after the strip shows a new one, as if the
  // "Next year" button were clicked; one click a year shown, however slow the page's rerun.
  const PLAY_MS = 1500;
  let seenYear = null, seenAt = 0;
  function play() {
    const strip = document.querySelector(".atlas-present[data-playing]");
    if (!strip) { seenYear = null; return; }
    if (strip.dataset.year !== seenYear) { seenYear = strip.dataset.year; seenAt = Date.now(); }
    if (!seenAt || Date.now() - seenAt < PLAY_MS) return;
    const next = document.querySelector(".st-key-story_next button");
    seenAt = 0;
    if (next) next.click();
  }
  setInterval(play, 250);
})();
</script>
""".replace("MAP_FRAME", FRAME)


STEPS = {"statements": "Statements", "years": "Years"}
# The strip names this many cities at most: a room reads no more, and the browser took
# seconds to lay out the 11,954 names of the overview of the bundled atlas.
NAMES_AT_MOST = 300


def presentation(
    data: store.AtlasData,
    shown: view.Shown,
    current: view.View,
    members: pd.DataFrame,
    data_state: str,
) -> None:
    """The map filling the window, a one-line heading, the statement's opening and its
    signatories beside the map, and the statements as a story stepped with the arrow keys;
    or, when the members have join dates, the years, stepped or played, the map showing the
    members as of each year's end (`members`: all member rows; `data_state`: the data's, as
    store.state_token gives it).

    The map's cities come from the file of every city the browser fetches once (as in the
    explorer), not inline: a link to the overview of 12,000 cities drew after 9-11 s."""
    st.html(PRESENTATION_CSS)  # our own constants, no data
    st.html(PRESENT_JS, unsafe_allow_javascript=True)
    years = view.join_years(members, current)
    state = st.session_state
    as_of = current.as_of if years else None  # the years are shown: the day they are at
    state["present_steps"] = "statements" if as_of is None else "years"
    with st.container(key="present_bar"):
        if years:
            steps, pick, back, forward, play, leave = st.columns(
                [2, 5, 2, 2, 2, 1], vertical_alignment="center"
            )
            steps.radio(
                "Step through",
                list(STEPS),
                format_func=STEPS.__getitem__,
                key="present_steps",
                on_change=_switch_steps,
                args=(years,),
                horizontal=True,
                label_visibility="collapsed",
            )
        else:
            pick, back, forward, leave = st.columns([6, 2, 2, 1], vertical_alignment="center")
        if as_of is not None:
            year = as_of.year
            pick.markdown(f"**{year}** · {story.place_in(years, year)}")
            year_buttons(years, back, forward, play)
        else:
            with pick:
                order = summary(str(data_dir()), data_state, view.filters(current)).statements
                sid = statement_picker(data_state, order, True)
            story_buttons(order, back, forward)
        leave.button(
            "Exit",
            key="present_exit",
            on_click=state.update,
            args=({"present": False, "playing": False},),
            width="stretch",
        )
    if as_of is not None:
        shown = view.members_only(shown)
        current = replace(current, statement="")
        points, _ = view.drawn(shown, current)
        title, when = view.as_of_label(as_of), ""
        joined = shown.members[shown.members["joined"].dt.year == year]
        newcomers = points[points["place_key"].isin(set(joined["place_key"]))]
        everyone = view.members_filtered(members, replace(current, as_of=None))
        bounds = mapping.map_bounds(everyone.dropna(subset=["lat", "lon"]))
        playing = bool(state.get("playing"))
        strip = strip_html([], newcomers, bounds, f"joined in {year}", year, playing)
    else:
        current = replace(current, statement=sid)
        points, _ = view.drawn(shown, current)  # the picked statement's cities alone
        if sid:
            row = data.statements.set_index("id").loc[sid]
            title, when = str(row["title"]), human_date(str(row["date"]))
            when = f"{story.place_in(order, sid)} · {when}"
            paragraphs = story.excerpt_paragraphs(str(row["text"]))
            note = str(row["note"])
        else:
            title, when, paragraphs, note = "City Networks Atlas", "", [], ""
        strip = strip_html(paragraphs, points, mapping.map_bounds(points), note=note)
    with st.container(key="present_title"):
        heading, counts = st.columns([5, 1], vertical_alignment="center")
        heading.markdown(f"# {as_markdown_text(title)}")
        count = atlas.summary(points) if as_of is None else view.headline(shown)
        counts.markdown(as_markdown_text(" · ".join(filter(None, [when, count]))))
    drawn = app_map(current, data_state, large=True, members_only=as_of is not None)
    where, beside = st.columns([3, 1], gap="small")
    with where:
        show_map(drawn, height=560)
    beside.markdown(strip, unsafe_allow_html=True)


def year_buttons(years: list[int], back: Any, forward: Any, play: Any) -> None:
    """Step through the years (also with the ← and → keys, as the statements), and play
    them: the buttons have the statements' keys, so presentation's keys click them."""
    playing = bool(st.session_state.get("playing"))
    step_buttons("year", functools.partial(_year_step, years), back, forward)
    play.button(
        "❚❚ Pause" if playing else "▶ Play years",
        key="year_play",
        on_click=_play,
        args=(years,),
        type="primary",
        width="stretch",
    )


def _switch_steps(years: list[int]) -> None:
    """Years: from the first year, no statement picked; statements: every member again."""
    state = st.session_state
    state["playing"] = False
    state["as_of"] = view.end_of(years[0]) if state["present_steps"] == "years" else None
    if state["as_of"]:
        state["statement"] = ""


def _year_step(years: list[int], step: int) -> None:
    state = st.session_state
    now = state.get("as_of")
    year = story.neighbour(years, now.year if now else 0, step)
    state["as_of"] = view.end_of(year)
    if year == years[-1]:
        state["playing"] = False  # the last year: the player stops there


def _play(years: list[int]) -> None:
    """Play from the year shown (from the first, at the last); pause."""
    state = st.session_state
    state["playing"] = not state.get("playing")
    now = state.get("as_of")
    if state["playing"] and (now is None or now.year >= years[-1]):
        state["as_of"] = view.end_of(years[0])


def strip_html(
    paragraphs: list[str],
    points: pd.DataFrame,
    bounds: list[list[float]] | None,
    what: str = "",
    year: int | None = None,
    playing: bool = False,
    note: str = "",
) -> str:
    """The presentation's strip: a statement's note first (the ICC's: its page names no
    cities), its opening paragraphs and its signatories, or the cities that joined in a year
    (`what`: 'joined in 2019').

    One line of HTML, every text escaped, so Markdown does not read it; the strip scrolls, so
    it is a focusable, labelled region; it names NAMES_AT_MOST cities at most. It carries the
    map's bounds for PRESENT_JS, and the year shown and whether the years are playing, for its
    player.
    """
    texts = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    if note:
        texts = f'<p class="atlas-note">{html.escape(note)}</p>{texts}'
    listed = sorted(zip(points["city"], points["country"], strict=True))
    names = " · ".join(html.escape(f"{c} ({n})") for c, n in listed[:NAMES_AT_MOST])
    if len(listed) > NAMES_AT_MOST:
        names += f" … and {len(listed) - NAMES_AT_MOST:,} more"
    cities = f"{len(points)} {'city' if len(points) == 1 else 'cities'}"
    heading = html.escape(f"{cities} {what}".strip())
    signed = f'<p class="atlas-signed"><strong>{heading}:</strong> {names}</p>'
    box = html.escape(json.dumps(bounds), quote=True)
    player = (f' data-year="{year}"' if year else "") + (" data-playing" if playing else "")
    label = "Members who joined" if year else "Statement and signatories"
    return (
        f'<div class="atlas-present atlas-strip" data-bounds="{box}"{player} tabindex="0" '
        f'role="region" aria-label="{label}">{texts}{signed}</div>'
    )

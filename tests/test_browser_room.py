"""Presentation in a room and the page's accessibility, in headless Chromium, offline."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import axe_playwright_python
import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect

from geo.data import store
from tests.browser import (
    DATA_DIR,
    MAP_FRAME,
    NOT_LOOPBACK,
    WAIT_MS,
    Traffic,
    block,
    city_markers,
    headline,
    press_in_map,
    shows,
    wait_for_map_to_settle,
)

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.browser

ISTANBUL = "Official Statement of Solidarity with Istanbul"
UKRAINE = "Declaration on Solidarity with Ukraine"
ISTANBUL_ID = "2016-06-29-official-statement-of-solidarity-with-istanbul"
SCREENS: dict[str, ViewportSize] = {
    "projector": {"width": 1280, "height": 720},
    "laptop": {"width": 1366, "height": 768},
    "full-hd": {"width": 1920, "height": 1080},
    "phone": {"width": 390, "height": 844},
}
SERIOUS = {"serious", "critical"}


@cache
def axe_script() -> str:
    """axe-core, as the axe-playwright-python package ships it (no download)."""
    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


def open_page(chromium: Browser, url: str, size: ViewportSize, traffic: Traffic) -> Page:
    context = chromium.new_context(viewport=size)
    context.route(NOT_LOOPBACK, lambda route: block(route, traffic))
    page = context.new_page()
    page.goto(url)
    return page


@pytest.fixture
def room(chromium: Browser, atlas_url: str, traffic: Traffic) -> Iterator[Any]:
    """Opens the app at a window size; closes what it opened."""
    pages: list[Page] = []

    def opener(query: str = "", size: ViewportSize = SCREENS["projector"]) -> Page:
        pages.append(open_page(chromium, f"{atlas_url}/{query}", size, traffic))
        return pages[-1]

    yield opener
    for page in pages:
        page.context.close()


def fits_the_window(page: Page) -> dict[str, float]:
    """How far the page and the map reach, against the window's height."""
    return dict(
        page.evaluate(
            """() => {
            const main = document.querySelector('[data-testid="stMain"]');
            const map = document.querySelector('iframe[title="ui.mapframe.st_folium"]');
            const box = map.getBoundingClientRect();
            return {window: innerHeight, page: document.scrollingElement.scrollHeight,
                    main: main.scrollHeight, mainBox: main.clientHeight,
                    mapTop: box.top, mapBottom: box.bottom, mapHeight: box.height};
        }"""
        )
    )


def map_is_sized(page: Page) -> None:
    """Wait until the presentation script has given the map the window's height."""
    page.wait_for_function(
        """() => {
        const map = document.querySelector('iframe[title="ui.mapframe.st_folium"]');
        return map && map.style.getPropertyValue('height') && map.contentWindow.atlasFitted;
    }""",
        timeout=WAIT_MS,
    )


@pytest.mark.parametrize("screen", list(SCREENS))
def test_presentation_fits_the_window_without_scrolling(room: Any, screen: str) -> None:
    page = room(f"?present=1&statement={ISTANBUL_ID}", SCREENS[screen])
    expect(headline(page, ISTANBUL)).to_be_visible(timeout=WAIT_MS)
    expect(city_markers(page).first).to_be_attached(timeout=WAIT_MS)
    map_is_sized(page)
    seen = fits_the_window(page)
    assert seen["page"] <= seen["window"], seen
    assert seen["main"] <= seen["mainBox"] + 1, seen  # Streamlit's own scrolling area
    assert seen["mapBottom"] <= seen["window"], seen
    share = 0.4 if screen == "phone" else 0.75  # a phone has the text under the map
    assert seen["mapHeight"] >= share * seen["window"], seen
    assert seen["mapTop"] <= 0.3 * seen["window"], seen
    # the excerpt keeps its paragraphs
    strip = page.locator(".atlas-strip")
    expect(strip.locator("p").first).to_have_text(
        "Strong Cities Network stands in solidarity with Istanbul"
    )
    assert strip.locator("p").count() >= 3


def test_arrow_keys_and_page_down_step_after_a_click_on_the_map(room: Any) -> None:
    page = room("?present=1")
    expect(headline(page, "City Networks Atlas")).to_be_visible(timeout=WAIT_MS)
    expect(city_markers(page).first).to_be_attached(timeout=WAIT_MS)
    map_is_sized(page)
    before = "City Networks Atlas"
    for key, title in (("ArrowRight", ISTANBUL), ("PageDown", UKRAINE), ("ArrowLeft", ISTANBUL)):
        press_in_map(page, key, before, title)
        before = title
    # and in the page itself, with the focus on the statement picker (its list closed)
    page.get_by_role("combobox", name="Statement").focus()
    shows(page, ISTANBUL)
    page.keyboard.press("PageDown")
    shows(page, UKRAINE)
    page.keyboard.press("PageUp")
    shows(page, ISTANBUL)


def serious_violations(page: Page, in_map: bool = False) -> list[tuple[str, str, list[Any]]]:
    """axe-core's serious and critical findings on the page, or inside the map's frame."""
    target = page.locator(MAP_FRAME).element_handle().content_frame() if in_map else page
    assert target is not None
    target.add_script_tag(content=axe_script())
    found = target.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5])
        for v in found["violations"]
        if v["impact"] in SERIOUS
    ]


@pytest.mark.parametrize(
    "query", ["", f"?statement={ISTANBUL_ID}", f"?present=1&statement={ISTANBUL_ID}"]
)
def test_axe_finds_nothing_serious(room: Any, query: str) -> None:
    page = room(query)
    expect(city_markers(page).first).to_be_attached(timeout=WAIT_MS)
    if "statement" in query:
        expect(headline(page, ISTANBUL)).to_be_visible(timeout=WAIT_MS)
    if "present" not in query:  # the timeline, opened, is checked too
        page.get_by_text("Statements over time", exact=True).click()
    expect(page.locator('[data-testid="stVegaLiteChart"], .atlas-strip').first).to_be_visible()
    wait_for_map_to_settle(page)
    assert serious_violations(page) == []
    assert serious_violations(page, in_map=True) == []


def test_statement_picker_is_a_few_tabs_from_the_top(room: Any) -> None:
    page = room()
    expect(city_markers(page).first).to_be_attached(timeout=WAIT_MS)
    picker = page.get_by_role("combobox", name="Statement")
    presses = 0
    while presses < 25 and not picker.evaluate("e => e === document.activeElement"):
        page.keyboard.press("Tab")
        presses += 1
    assert picker.evaluate("e => e === document.activeElement"), f"not within {presses} Tabs"
    # then the story buttons, the skip link, and past the map to the panels
    for _ in range(3):
        page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip the map")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.get_by_role("tab", name="Statement", exact=True)).to_be_focused()


def test_timeline_shows_dates_and_marks_the_picked_statement(room: Any) -> None:
    page = room(f"?statement={ISTANBUL_ID}")
    expect(headline(page, ISTANBUL)).to_be_visible(timeout=WAIT_MS)
    page.get_by_text("Statements over time", exact=True).click()
    chart = page.locator('[data-testid="stVegaLiteChart"]')
    dot = chart.locator('path[aria-label*="Istanbul"]')
    expect(dot).to_have_attribute("aria-label", re.compile("29 June 2016"))
    width = dot.evaluate("e => getComputedStyle(e).strokeWidth")
    others = chart.locator('path[aria-label*="Ukraine"]').evaluate(
        "e => getComputedStyle(e).strokeWidth"
    )
    assert float(width.removesuffix("px")) > float(others.removesuffix("px"))
    dot.hover()
    expect(page.locator("#vg-tooltip-element")).to_contain_text("29 June 2016")


HAGUE_ID = "2022-11-16-the-hague-mayoral-declaration-on-preventing-hate-extremism"
UKRAINE_ID = "2022-03-04-declaration-on-solidarity-with-ukraine"
SHOTS = Path(os.environ.get("ATLAS_SHOTS", tempfile.gettempdir()))


def test_a_room_sees_where_it_is_the_note_and_back_to_the_overview(room: Any) -> None:
    statements = len(store.load(DATA_DIR).statements)
    page = room(f"?present=1&statement={ISTANBUL_ID}")
    expect(headline(page, ISTANBUL)).to_be_visible(timeout=WAIT_MS)
    title_line = page.locator(".st-key-present_title")
    expect(title_line).to_contain_text(f"1 of {statements}")
    expect(city_markers(page).first).to_be_attached(timeout=WAIT_MS)
    map_is_sized(page)
    press_in_map(page, "ArrowRight", ISTANBUL, UKRAINE)
    expect(title_line).to_contain_text(f"2 of {statements}")
    note = page.locator(".atlas-note")
    expect(note).to_be_visible()
    expect(note).to_contain_text("The page names no cities")
    assert note.evaluate("e => e.getBoundingClientRect().bottom <= innerHeight")
    page.screenshot(path=str(SHOTS / "atlas-presentation-note.png"))
    press_in_map(page, "ArrowLeft", UKRAINE, ISTANBUL)
    press_in_map(page, "ArrowLeft", ISTANBUL, "City Networks Atlas")  # back to the overview


@pytest.mark.parametrize("screen", ["projector", "phone"])
def test_a_long_title_wraps_and_is_not_cut(room: Any, screen: str) -> None:
    page = room(f"?present=1&statement={HAGUE_ID}", SCREENS[screen])
    title = page.locator(".st-key-present_title h1")
    expect(title).to_contain_text("Safeguarding Local Democracy", timeout=3 * WAIT_MS)
    expect(city_markers(page).first).to_be_attached(timeout=WAIT_MS)
    map_is_sized(page)
    box = title.evaluate(
        """e => {
        const line = e.closest('[data-testid="stHorizontalBlock"]').lastElementChild;
        const map = document.querySelector('iframe[title="ui.mapframe.st_folium"]');
        const r = e.getBoundingClientRect(), c = line.getBoundingClientRect();
        return {sw: e.scrollWidth, cw: e.clientWidth, sh: e.scrollHeight, ch: e.clientHeight,
                lines: Math.round(r.height / parseFloat(getComputedStyle(e).lineHeight)),
                right: r.right, bottom: r.bottom, mapTop: map.getBoundingClientRect().top,
                countsTop: c.top, countsBottom: c.bottom, countsLeft: c.left, countsRight: c.right,
                countsSw: line.scrollWidth, countsCw: line.clientWidth};
        }"""
    )
    assert box["sw"] <= box["cw"], box
    assert box["sh"] <= box["ch"] + 1, box  # every line shown, none clamped away
    assert box["right"] <= SCREENS[screen]["width"], box
    assert box["lines"] >= 2, box  # it wraps
    assert box["bottom"] <= box["mapTop"], box  # nothing under the title: not the map
    assert box["countsBottom"] <= box["mapTop"] + 1, box
    assert box["countsSw"] <= box["countsCw"], box  # the date and counts are not cut either
    assert box["countsRight"] <= SCREENS[screen]["width"], box
    if box["countsLeft"] < box["right"]:  # the counts under the title (a phone): not on it
        assert box["countsTop"] >= box["bottom"] - 1, box
    page.screenshot(path=str(SHOTS / f"atlas-presentation-title-{screen}.png"))

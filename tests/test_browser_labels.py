"""Names on the map, offline, measured in headless Chromium: text in the page, none overlapping
another name or a box on the map, none cut by the map's edge, readable from across a room."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Frame, Locator, Page, ViewportSize, expect

from tests.browser import (
    MAP_FRAME,
    NOT_LOOPBACK,
    WAIT_MS,
    Traffic,
    block,
    headline,
    map_frame,
    wait_for_map_to_settle,
)

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.browser

PROJECTOR: ViewportSize = {"width": 1280, "height": 720}
UKRAINE = "Declaration on Solidarity with Ukraine"  # the ICC's
UKRAINE_ID = "2022-03-04-declaration-on-solidarity-with-ukraine"

# Every name on the map and every box on it, in px from the map's top left corner.
MEASURE = """() => {
    const map = document.querySelector(".leaflet-container");
    const origin = map.getBoundingClientRect();
    const box = (e) => {
        const r = e.getBoundingClientRect();
        return {left: r.left - origin.left, top: r.top - origin.top,
                right: r.right - origin.left, bottom: r.bottom - origin.top};
    };
    return {
        width: origin.width, height: origin.height,
        labels: [...document.querySelectorAll(".atlas-label")].map((e) => ({
            text: e.textContent, kind: e.className, ...box(e),
            size: parseFloat(getComputedStyle(e).fontSize),
            visible: getComputedStyle(e).visibility === "visible",
        })),
        boxes: [...document.querySelectorAll(".leaflet-control, .atlas-box")].map((e) => ({
            id: e.id || e.className, ...box(e)})),
    };
}"""


def overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )


@pytest.fixture
def opened(chromium: Browser, atlas_url: str, traffic: Traffic) -> Iterator[Any]:
    pages: list[Page] = []

    def opener(query: str, size: ViewportSize = PROJECTOR) -> Page:
        context = chromium.new_context(viewport=size)
        context.route(NOT_LOOPBACK, lambda route: block(route, traffic))
        pages.append(context.new_page())
        pages[-1].goto(f"{atlas_url}/{query}")
        return pages[-1]

    yield opener
    for page in pages:
        page.context.close()


def drawn(page: Page) -> Locator:
    """The map's first city or cluster."""
    return map_frame(page).locator("path.leaflet-interactive, .marker-cluster").first


def map_document(page: Page) -> Frame:
    frame = page.locator(MAP_FRAME).last.element_handle(timeout=WAIT_MS).content_frame()
    assert frame is not None
    return frame


def names_on_the_map(page: Page) -> dict[str, Any]:
    """The names once they are placed for the map's settled view, checked: none overlaps
    another or a box on the map, each wholly inside the map."""
    wait_for_map_to_settle(page)
    frame = map_document(page)
    frame.wait_for_function(
        "document.querySelector('.leaflet-container').dataset.atlasLabels", timeout=WAIT_MS
    )
    seen: dict[str, Any] = frame.evaluate(MEASURE)
    labels = seen["labels"]
    assert labels, seen
    for i, label in enumerate(labels):
        assert label["visible"], label
        inside = (0, 0, seen["width"], seen["height"])
        assert label["left"] >= 0, label
        assert label["top"] >= 0, label
        assert label["right"] <= inside[2], label
        assert label["bottom"] <= inside[3], label
        for other in labels[i + 1 :]:
            assert not overlap(label, other), (label, other)
        for box in seen["boxes"]:
            assert not overlap(label, box), (label, box)
    return seen


def city_names(seen: dict[str, Any]) -> list[str]:
    return [
        label["text"]
        for label in seen["labels"]
        if "atlas-label-city" in label["kind"] or "atlas-label-selected" in label["kind"]
    ]


def test_presenting_a_statement_names_its_cities_readably(opened: Any) -> None:
    page = opened(f"?present=1&statement={UKRAINE_ID}")
    expect(headline(page, UKRAINE)).to_be_visible(timeout=WAIT_MS)
    expect(drawn(page)).to_be_attached(timeout=3 * WAIT_MS)  # a cold page
    page.wait_for_function(
        """() => {
        const map = document.querySelector('iframe[title="ui.mapframe.st_folium"]');
        return map && map.style.getPropertyValue('height') && map.contentWindow.atlasFitted;
    }""",
        timeout=WAIT_MS,
    )
    seen = names_on_the_map(page)
    names = city_names(seen)
    assert len(names) >= 8, names
    # from across a room: presentation's city names are 20 px bold
    assert all(label["size"] >= 20 for label in seen["labels"] if label["text"] in names), seen
    assert any("atlas-legend" in str(box["id"]) for box in seen["boxes"]), seen["boxes"]
    # the names are the page's text, as a screen reader reads it
    frame = map_document(page)
    expect(frame.get_by_text(names[0], exact=True).first).to_be_visible()


def test_a_selected_city_is_named_with_others_around_it(opened: Any) -> None:
    page = opened(f"?statement={UKRAINE_ID}&city=NO:bergen")
    expect(drawn(page)).to_be_attached(timeout=3 * WAIT_MS)  # a cold page
    seen = names_on_the_map(page)
    selected = [label for label in seen["labels"] if "atlas-label-selected" in label["kind"]]
    assert [label["text"] for label in selected] == ["Bergen"], seen["labels"]
    others = [label["text"] for label in seen["labels"] if label["text"] != "Bergen"]
    assert len(others) >= 2, seen["labels"]
    # first: its name is the biggest on the map
    assert selected[0]["size"] == max(label["size"] for label in seen["labels"])


def test_zooming_in_names_cities_that_had_no_room(opened: Any) -> None:
    page = opened(f"?statement={UKRAINE_ID}", {"width": 1000, "height": 700})
    expect(drawn(page)).to_be_attached(timeout=3 * WAIT_MS)  # a cold page
    before = set(city_names(names_on_the_map(page)))
    frame = map_document(page)
    frame.evaluate("document.querySelectorAll('.atlas-label').forEach(e => e.dataset.old = 1)")
    frame.locator(".leaflet-control-zoom-in").click()
    frame.locator(".leaflet-control-zoom-in").click()
    frame.wait_for_function(
        """document.querySelector('.leaflet-container').dataset.atlasLabels
        && !document.querySelector('.atlas-label[data-old]')""",
        timeout=WAIT_MS,
    )
    after = set(city_names(names_on_the_map(page)))
    assert after - before, (before, after)

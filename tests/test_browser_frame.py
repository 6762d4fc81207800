"""How the map frames what it shows, in headless Chromium, offline: a selected city among its
neighbours (never at street level, never hidden in a cluster), and no city starting under the
legend or a title box, in the app, presentation and the exports, at the sizes tested."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Frame, Page, ViewportSize

from geo import atlas, view
from geo.data import store
from geo.maps import exports, snapshot
from geo.maps.citylayer import SELECTED_ZOOM_AT_MOST
from tests.browser import DATA_DIR, MAP_FRAME, NOT_LOOPBACK, WAIT_MS, block, wait_for_map_to_settle

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.browser

SIZES: dict[str, ViewportSize] = {
    "projector": {"width": 1280, "height": 720},
    "full-hd": {"width": 1920, "height": 1080},
    "phone": {"width": 390, "height": 844},
}
PNG_SIZE: ViewportSize = {"width": 1600, "height": 900}  # snapshot.render_png's page

# Every city (loose marker or cluster) whose box meets a box on the map (the legend, a title
# box), in the page's pixels.
COVERED = """() => {
    const boxes = [...document.querySelectorAll(".atlas-box")]
        .map(e => e.getBoundingClientRect()).filter(r => r.width && r.height);
    const cities = document.querySelectorAll(
        ".leaflet-overlay-pane path.leaflet-interactive, .marker-cluster");
    const covered = [];
    for (const city of cities) {
        const c = city.getBoundingClientRect();
        for (const b of boxes) {
            if (c.right > b.left && c.left < b.right && c.bottom > b.top && c.top < b.bottom) {
                covered.push([city.textContent || "city", Math.round(c.x), Math.round(c.y)]);
            }
        }
    }
    return {covered: covered, boxes: boxes.length, cities: cities.length};
}"""

# The selected city: the map's zoom, and what is at the ring's centre and around it in view.
SELECTION = """() => {
    const ring = document.querySelector(".atlas-selected").getBoundingClientRect();
    const x = ring.x + ring.width / 2, y = ring.y + ring.height / 2;
    const centre = r => [r.x + r.width / 2, r.y + r.height / 2];
    const near = r => Math.hypot(centre(r)[0] - x, centre(r)[1] - y) < 4;
    const view = document.querySelector(".leaflet-container").getBoundingClientRect();
    const inView = r => r.right > view.left && r.left < view.right
        && r.bottom > view.top && r.top < view.bottom;
    const loose = [...document.querySelectorAll(".leaflet-overlay-pane path.leaflet-interactive")]
        .map(e => e.getBoundingClientRect());
    const clusters = [...document.querySelectorAll(".marker-cluster")]
        .map(e => e.getBoundingClientRect());
    return {
        zoom: map.getZoom(),
        cityAtRing: loose.some(near),
        clusterAtRing: clusters.some(r => Math.hypot(centre(r)[0] - x, centre(r)[1] - y) < 30),
        othersInView: [...loose, ...clusters].filter(r => inView(r) && !near(r)).length
    };
}"""


def map_of(page: Page) -> Frame:
    frame = page.locator(MAP_FRAME).last.element_handle(timeout=WAIT_MS).content_frame()
    assert frame is not None
    return frame


def nothing_covered(frame: Frame) -> dict[str, Any]:
    """What COVERED finds once the map has settled (it may fit again as its frame grows)."""
    seen: dict[str, Any] = frame.evaluate(COVERED)
    for _ in range(30):
        if not seen["covered"]:
            break
        frame.wait_for_timeout(100)
        seen = frame.evaluate(COVERED)
    return seen


@pytest.fixture
def opened(chromium: Browser, traffic: Any) -> Iterator[Any]:
    """Opens a URL at a window size, offline; closes what it opened."""
    pages: list[Page] = []

    def opener(url: str, size: ViewportSize) -> Page:
        context = chromium.new_context(viewport=size)
        # a file from disk may fetch nothing at all; the app, only from this machine
        outside = "http*://**" if url.startswith("file:") else NOT_LOOPBACK
        context.route(outside, lambda route: block(route, traffic))
        pages.append(context.new_page())
        pages[-1].goto(url)
        return pages[-1]

    yield opener
    for page in pages:
        page.context.close()


def app_map(page: Page, present: bool = False) -> Frame:
    page.frame_locator(MAP_FRAME).last.locator("[data-atlas-cities]").wait_for(
        state="attached",
        timeout=3 * WAIT_MS,  # a first page of the app, on a busy machine
    )
    if present:  # the presentation has given the map the window's height, and fitted it
        page.wait_for_function(
            f"() => document.querySelector('{MAP_FRAME}').contentWindow.atlasFitted",
            timeout=WAIT_MS,
        )
    wait_for_map_to_settle(page)
    return map_of(page)


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("city", ["CA:montreal", "FR:paris"])
def test_a_selected_city_is_shown_ringed_among_its_neighbours(
    opened: Any, atlas_url: str, size: str, city: str
) -> None:
    frame = app_map(opened(f"{atlas_url}/?city={city}", SIZES[size]))
    frame.locator(".atlas-selected").first.wait_for(state="attached", timeout=WAIT_MS)
    seen = frame.evaluate(SELECTION)
    assert seen["zoom"] <= SELECTED_ZOOM_AT_MOST, seen  # its country's outline, not its streets
    assert seen["cityAtRing"], seen  # the ring is round the city ...
    assert not seen["clusterAtRing"], seen  # ... not round a cluster
    assert seen["othersInView"] >= 3, seen  # with its neighbours


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("query", ["", "?present=1"])
def test_no_city_starts_under_the_legend_in_the_app(
    opened: Any, atlas_url: str, size: str, query: str
) -> None:
    frame = app_map(opened(f"{atlas_url}/{query}", SIZES[size]), present=bool(query))
    seen = nothing_covered(frame)
    assert seen["boxes"], seen
    assert seen["cities"], seen
    assert seen["covered"] == [], seen


@pytest.fixture(scope="module")
def exported_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every statement's cities as the HTML export (and the PNG's page) draws them."""
    data = store.load(DATA_DIR)
    wanted = view.View()
    shown = view.show(atlas.signatory_rows(data), wanted)
    page_file = tmp_path_factory.mktemp("export") / "atlas.html"
    page_file.write_text(exports.map_html(data, shown, wanted), encoding="utf-8")
    return page_file


@pytest.mark.parametrize("size", [*SIZES, "png"])
def test_no_city_starts_under_the_title_box_or_legend_of_an_export(
    opened: Any, exported_page: Path, size: str
) -> None:
    page = opened(exported_page.as_uri(), SIZES.get(size, PNG_SIZE))
    if size == "png":  # as snapshot.draw sees the page
        page.add_style_tag(content=snapshot.NO_CONTROLS)
    page.wait_for_selector(snapshot.CITIES_DRAWN, state="attached", timeout=WAIT_MS)
    page.wait_for_function(snapshot.ZOOMING, polling="raf")
    seen = nothing_covered(page.main_frame)
    assert seen["boxes"] == 2, seen  # the legend and the title box
    assert seen["cities"], seen
    assert seen["covered"] == [], seen

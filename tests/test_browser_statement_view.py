"""A statement's own view in Chromium: with a statement picked, its signatories are the map
(clustered among themselves, the clusters counting them alone), the other cities faint
beneath them or hidden; the same in the PNG export.

The atlas is small and made up of real places (tests.atlases.crowded_atlas): forty Dutch
cities, every other one a signatory, so that the others would share the signatories'
clusters if they were counted with them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from playwright.sync_api import Browser, Locator, Page, expect

from geo import atlas, view
from geo.data import store
from geo.maps import exports, snapshot
from tests.atlases import STATEMENT, crowded_atlas
from tests.browser import (
    MAP_FRAME,
    NOT_LOOPBACK,
    STARTUP_SECONDS,
    VIEWPORT,
    WAIT_MS,
    map_frame,
    serve_atlas,
    wait_for_map_to_settle,
)

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.browser

# What a map page shows of its cities: the number on each cluster, and the circle markers on
# the map (those in no cluster, in view or not) that can be clicked and that cannot (faded),
# the selected city's ring left out. Counted on Leaflet's layers: a canvas has no elements.
MARKERS_ON_MAP = """() => {
    var map = Object.keys(window).map(function (k) { return window[k]; })
        .find(function (v) { return v instanceof L.Map; });
    var loose = 0, faded = 0;
    map.eachLayer(function (layer) {
        if (layer instanceof L.CircleMarker && !layer.options.className) {
            if (layer.options.interactive === false) { faded += 1; } else { loose += 1; }
        }
    });
    var clusters = Array.from(document.querySelectorAll(".marker-cluster")).map(function (c) {
        return parseInt(c.textContent, 10);
    });
    return {clusters: clusters, loose: loose, faded: faded};
}"""


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    return crowded_atlas(tmp_path_factory.mktemp("crowded") / "data")


@pytest.fixture(scope="module")
def crowded_url(
    crowded: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    with serve_atlas(crowded[0], tmp_path_factory.mktemp("log") / "server.log") as url:
        yield url


def markers(body: Locator) -> dict[str, int | list[int]]:
    return dict(body.evaluate(MARKERS_ON_MAP))


def settled_markers(page: Page, signers: int, faded: int) -> dict[str, int | list[int]]:
    """The app's map's markers, once it shows `signers` counted cities and `faded` faint."""
    body = map_frame(page).locator("body")
    expect(
        body.locator(f'[data-atlas-cities="{signers}"][data-atlas-faded="{faded}"]')
    ).to_have_count(1, timeout=WAIT_MS)
    wait_for_map_to_settle(page)
    return markers(body)


def test_a_picked_statements_clusters_count_its_signatories_and_the_others_recede_or_hide(
    chromium: Browser, crowded: tuple[Path, int], crowded_url: str
) -> None:
    _, signers = crowded
    others = 40 - signers
    context = chromium.new_context(viewport=VIEWPORT)
    context.route(NOT_LOOPBACK, lambda route: route.abort())
    page = context.new_page()
    page.goto(f"{crowded_url}/?statement={STATEMENT}")
    page.locator(MAP_FRAME).wait_for(timeout=STARTUP_SECONDS * 1000)  # a first run is slow
    shown = settled_markers(page, signers, others)  # the others faint, by default
    assert shown["clusters"], "no cluster at all: the test shows nothing"
    assert sum(shown["clusters"]) + shown["loose"] == signers, shown
    assert shown["faded"] == others
    page.get_by_text("Hidden", exact=True).click()
    shown = settled_markers(page, signers, 0)
    assert sum(shown["clusters"]) + shown["loose"] == signers, shown
    assert shown["faded"] == 0  # no other marker on the map at all
    expect(page).to_have_url(re.compile(r"[?&]others=hide(&|$)"), timeout=WAIT_MS)
    context.close()


def test_the_png_of_a_picked_statement_shows_clusters_adding_up_to_its_signatories(
    chromium: Browser, crowded: tuple[Path, int], tmp_path: Path
) -> None:
    root, signers = crowded
    data = store.load(root)
    picked = view.View(statement=STATEMENT)
    shown = view.show(atlas.signatory_rows(data), picked, view.member_rows(data))
    png = exports.export(data, shown, picked, "png")
    (tmp_path / "statement.png").write_bytes(png)
    # The page the PNG is a picture of, drawn as snapshot.draw draws it: what it counts.
    page_file = tmp_path / "statement.html"
    page_file.write_text(exports.map_html(data, shown, picked), encoding="utf-8")
    context = chromium.new_context(viewport={"width": 1600, "height": 900})
    context.route("http*://**", lambda route: route.abort())
    page = context.new_page()
    page.goto(page_file.as_uri())
    page.add_style_tag(content=snapshot.NO_CONTROLS)
    page.wait_for_selector(snapshot.CITIES_DRAWN, state="attached")
    page.evaluate(snapshot.NEXT_FRAMES)
    page.wait_for_function(snapshot.ZOOMING, polling="raf")
    page.evaluate(snapshot.NEXT_FRAMES)
    counted = markers(page.locator("body"))
    assert counted["clusters"], "no cluster in the picture: the test shows nothing"
    assert sum(counted["clusters"]) + counted["loose"] == signers, counted
    expect(page.locator("#atlas-caption")).to_contain_text(f"{signers} cities in 1 country")
    picture = Image.open(io.BytesIO(png)).convert("RGB")
    seen = Image.open(io.BytesIO(page.screenshot())).convert("RGB")
    assert picture.size == seen.size == (1600, 900)
    assert ImageChops.difference(picture, seen).getbbox() is None  # the same picture
    context.close()

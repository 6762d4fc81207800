"""An editor's import, in Chromium, offline: a press release pasted (tests/fixtures, fictional
prose with real place names), its review checked, one row fixed, saved, and the new statement
shown picked on the map with the places the review showed."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from geo.data import store
from tests.browser import (
    DATA_DIR,
    MAP_FRAME,
    NOT_LOOPBACK,
    VIEWPORT,
    WAIT_MS,
    Traffic,
    block,
    serve_atlas,
)
from tests.conftest import ROOT
from ui.importing import REVIEW_WIDTH

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.browser

TOKEN = "review-test-token"  # noqa: S105 (a test value)
PRESS_RELEASE = ROOT / "tests" / "fixtures" / "press_release.txt"
TITLE = "Harbour Cities Pledge to Share Flood Warnings"
SCREENSHOT = ROOT / "docs" / "import-review.png"
# The labels of the cities a map shows standing out (not faded), loose or in a cluster.
STANDING_OUT = """() => {
    const labels = new Set();
    Object.values(window).filter(v => v instanceof L.Map).forEach(map => map.eachLayer(layer => {
        (layer.getLayers ? layer.getLayers() : [layer]).forEach(marker => {
            if (marker.label && marker.options.opacity === 1) { labels.add(marker.label); }
        });
    }));
    return [...labels].sort();
}"""


@pytest.fixture
def editing(chromium: Browser, tmp_path: Path) -> Iterator[tuple[Page, Path]]:
    """A tab that opened the local editing link, on a copy of the bundled data; offline."""
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    options = ["--server.allowedHosts", "localhost", "--server.allowedHosts", "127.0.0.1"]
    env = {"ATLAS_LOCAL_EDITOR": "1", "ATLAS_EDIT_TOKEN": TOKEN}
    traffic = Traffic()
    with serve_atlas(data, tmp_path / "server.log", options, env=env) as url:
        context = chromium.new_context(viewport=VIEWPORT)
        context.route(NOT_LOOPBACK, lambda route: block(route, traffic))
        page = context.new_page()
        page.goto(f"{url}/?edit={TOKEN}")
        yield page, data
        context.close()
    assert traffic.blocked == []


def type_into_review(page: Page, column: int, row: int, text: str) -> None:
    """Type into a cell of the review's table (a canvas, with a column of row markers
    and then the columns the editor corrects, each REVIEW_WIDTH wide), as a person does: a
    double click opens the cell's editor, Enter keeps the text. Once the page is idle, so
    that no rerun redraws the table meanwhile."""
    expect(page.get_by_test_id("stStatusWidgetRunningIcon")).to_have_count(0, timeout=WAIT_MS)
    grid = page.get_by_role("tabpanel", name="Add a statement").get_by_test_id("stDataFrame").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    assert box is not None
    marker, header, height = 35, 35, 35  # pixels: the row markers, the header, a row
    x = box["x"] + marker + (column + 0.5) * REVIEW_WIDTH
    y = box["y"] + header + (row + 0.5) * height
    page.mouse.dblclick(x, y)
    editor = page.locator("textarea.gdg-input")  # the cell's editor, over the canvas
    editor.fill(text)
    editor.press("Enter")


def picture_of_the_review(page: Page) -> None:
    """docs/import-review.png: the review, from its title to its map."""
    panel = page.get_by_role("tabpanel", name="Add a statement")
    page.set_viewport_size({"width": VIEWPORT["width"], "height": 3000})  # all of it in view
    title = panel.get_by_role("textbox", name="Title", exact=True)
    review_map = page.locator(MAP_FRAME).last
    expect(review_map.content_frame.locator("[data-atlas-cities='8']")).to_have_count(1)
    top, frame = title.bounding_box(), review_map.bounding_box()
    whole = panel.bounding_box()
    assert top is not None
    assert frame is not None
    assert whole is not None
    page.screenshot(
        path=SCREENSHOT,
        clip={
            "x": whole["x"] - 8,
            "y": top["y"] - 40,
            "width": whole["width"] + 16,
            "height": frame["y"] + frame["height"] - top["y"] + 50,
        },
    )
    page.set_viewport_size(VIEWPORT)


def test_an_editor_reviews_a_press_release_fixes_a_row_and_sees_it_saved_and_picked(
    editing: tuple[Page, Path],
) -> None:
    page, data = editing
    # A first page of a fresh server on a busy machine can take a while.
    page.get_by_role("tab", name="Add a statement").click(timeout=3 * WAIT_MS)
    panel = page.get_by_role("tabpanel", name="Add a statement")
    panel.get_by_role("textbox", name="Page text").fill(PRESS_RELEASE.read_text(encoding="utf-8"))
    panel.get_by_role("combobox", name="Network").click()
    page.get_by_role("option", name="Strong Cities Network").click()
    preview = panel.get_by_role("button", name="Preview")
    expect(preview).to_be_enabled(timeout=WAIT_MS)
    preview.click()
    title = panel.get_by_role("textbox", name="Title", exact=True)
    expect(title).to_have_value(TITLE, timeout=WAIT_MS)
    # The review's own map shows the 8 places it found.
    review_map = page.locator(MAP_FRAME).last.content_frame
    expect(review_map.locator("[data-atlas-cities='8']")).to_have_count(1, timeout=WAIT_MS)
    springfield = panel.get_by_text("Line 22: Springfield (now: new: gazetteer geonames:4409896")
    expect(springfield).to_be_visible()  # Missouri's, the most populous: a choice is offered
    # The editor fixes Springfield's row: Illinois, typed in its State or region cell.
    type_into_review(page, column=2, row=7, text="Illinois")
    expect(
        panel.get_by_text("Line 22: Springfield (now: new: gazetteer geonames:4250542")
    ).to_be_visible(timeout=WAIT_MS)
    review_map.locator("[data-atlas-cities='8']").wait_for(timeout=WAIT_MS)
    picture_of_the_review(page)
    panel.get_by_role("button", name="Save to the atlas").click()
    message = f"Saved “{TITLE}” (14 May 2025) with 8 signatories: picked on the map."
    expect(page.get_by_text(message)).to_be_visible(timeout=WAIT_MS)
    expect(
        page.get_by_text(f"{TITLE} (14 May 2025): signed by 8 cities in 7 countries")
    ).to_be_visible()
    sid = "2025-05-14-harbour-cities-pledge-to-share-flood-warnings"
    # The link follows once the page run that showed the message has ended: wait for it.
    expect(page).to_have_url(re.compile(rf"[?&]statement={sid}(&|$)"), timeout=WAIT_MS)
    saved = store.load(data)
    springfield_row = saved.signatories[saved.signatories["statement_id"] == sid].set_index("city")
    assert springfield_row.at["Springfield", "region"] == "Illinois"
    assert saved.places.set_index("key").at["US:springfield", "source_id"] == "geonames:4250542"
    main_map = page.locator(MAP_FRAME).first.content_frame
    expected = sorted([
        "Cork (Ireland)", "Gdańsk (Poland)", "Halifax (Canada)", "Porto (Portugal)",
        "Portland (United States)", "Rotterdam (Netherlands)", "Springfield (United States)",
        "Valencia (Spain)",
    ])  # fmt: skip
    main_map.locator("[data-atlas-cities]").wait_for(timeout=WAIT_MS)
    assert main_map.locator("body").evaluate(STANDING_OUT) == expected

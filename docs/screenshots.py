"""Regenerate the README's screenshots: the app on the bundled data at a projector's 1280x720.

    python docs/screenshots.py [DATA_DIR]

Starts the app on 127.0.0.1 on DATA_DIR (by default the bundled data), opens it in headless
Chromium (offline: every request off this machine is refused), and writes docs/screenshot.png
(the normal view with a statement picked) and docs/presentation.png (presentation mode on the
same statement), if the data has that statement; docs/labels.png (the ICC's declaration on
Ukraine presented: the names on the map), if it has that one; and docs/presentation-years.png
(presentation mode playing the members' years, caught halfway), if members have join dates.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo import view  # noqa: E402  (the repository's root is on the path first)
from geo.data import store  # noqa: E402
from tests.browser import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    MAP_FRAME,
    NOT_LOOPBACK,
    WAIT_MS,
    serve_atlas,
)

STATEMENT = "2016-06-29-official-statement-of-solidarity-with-istanbul"
SHOTS = {
    "screenshot.png": f"?statement={STATEMENT}",
    "presentation.png": f"?present=1&statement={STATEMENT}",
}
# Names on the map: the ICC's declaration presented.
LABELS_STATEMENT = "2022-03-04-declaration-on-solidarity-with-ukraine"
LABELS_SHOT = {"labels.png": f"?present=1&statement={LABELS_STATEMENT}"}


def settle(page: Page, present: bool) -> None:
    """Wait for the markers, the map's zoom to end, the names on the map and, presenting, the
    map's full height."""
    frame = page.frame_locator(MAP_FRAME)
    # a city (an SVG path; on a canvas above 2,000 cities, none) or a cluster
    first = frame.locator("path.leaflet-interactive, .marker-cluster").first
    first.wait_for(state="attached", timeout=WAIT_MS)
    if present:
        page.wait_for_function(
            f"() => document.querySelector('{MAP_FRAME}')?.contentWindow?.atlasFitted",
            timeout=WAIT_MS,
        )
    inner = page.locator(MAP_FRAME).element_handle(timeout=WAIT_MS).content_frame()
    if inner is not None:
        inner.wait_for_function(
            "!document.querySelector('.leaflet-map-pane.leaflet-zoom-anim')",
            polling="raf",
            timeout=WAIT_MS,
        )
        inner.wait_for_function(
            "document.querySelector('.leaflet-container').dataset.atlasLabels",
            timeout=WAIT_MS,
        )
    page.wait_for_load_state("networkidle")


def play_years(page: Page, years: list[int]) -> None:
    """Play the years from the first, and wait until the player reaches the middle one."""
    page.get_by_role("button", name="▶ Play years").click()
    middle = view.as_of_label(view.end_of(years[len(years) // 2]))
    page.get_by_role("heading", name=middle, exact=True).wait_for(timeout=WAIT_MS * 3)
    settle(page, present=True)


def main(data_dir: Path) -> None:
    data = store.load(data_dir)
    shots = dict(SHOTS) if STATEMENT in set(data.statements["id"]) else {}
    if LABELS_STATEMENT in set(data.statements["id"]):
        shots.update(LABELS_SHOT)
    years = view.join_years(view.member_rows(data), view.View())
    if years:
        shots["presentation-years.png"] = f"?present=1&as_of={view.end_of(years[0])}"
    with (
        tempfile.TemporaryDirectory() as tmp,
        serve_atlas(data_dir, Path(tmp) / "server.log") as url,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for name, query in shots.items():
            context = browser.new_context(viewport={"width": 1280, "height": 720})
            context.route(NOT_LOOPBACK, lambda route: route.abort())
            page = context.new_page()
            page.goto(f"{url}/{query}")
            settle(page, present="present" in query)
            if "as_of" in query:
                play_years(page, years)
            page.screenshot(path=ROOT / "docs" / name)
            print(f"wrote docs/{name}")
            context.close()
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data")

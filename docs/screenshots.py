"""Regenerate the screenshots: the app and its exports on the bundled data, offline.

    python docs/screenshots.py [DATA_DIR]

Starts the app on 127.0.0.1 on DATA_DIR (by default the bundled data), opens it in headless
Chromium (offline: every request off this machine is refused), and writes, at a projector's
1280x720:

- docs/screenshot.png (the normal view with a statement picked) and docs/presentation.png
  (presentation mode on the same statement), if the data has that statement;
- docs/labels.png (the ICC's declaration on Ukraine presented: the names on the map), if the
  data has that declaration;
- docs/presentation-years.png (presentation mode playing the members' years, caught
  halfway), if members have join dates;

and in docs/screens/, at 1280x720, 1920x1080 and a phone's 390x844 (`NAME-WxH.png`): the
normal view (`explore`), presentation mode (`presentation`) and a selected city (`city`) of
the bundled views that the data has, and the exported HTML map of a statement
(`export-html`); with the exported PNG (`export.png`, drawn at its own 1600x900).
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo import atlas, view  # noqa: E402  (the repository's root is on the path first)
from geo.data import store  # noqa: E402
from geo.maps import exports  # noqa: E402
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
# docs/screens/: the sizes the app is tested at, and the views taken at each, if the data has
# their statement and city.
SIZES = ((1280, 720), (1920, 1080), (390, 844))
DECLARATION = "2022-03-04-declaration-on-solidarity-with-ukraine"
CITY = "CA:montreal"
SCREENS_DIR = ROOT / "docs" / "screens"
ONLINE = re.compile(r"^(?!file:)")
SCREENS = {
    "explore": view.View(statement=STATEMENT),
    "presentation": view.View(present=True, statement=DECLARATION),
    "city": view.View(city=CITY),
}
EXPORTED = view.View(statements=(STATEMENT,), statement=STATEMENT)


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


def screens(data: store.AtlasData) -> dict[str, str]:
    """docs/screens/'s pictures of the app that the data can show: name -> link's query."""
    known = {"statement": set(data.statements["id"]), "city": set(data.places["key"])}
    wanted = {
        name: shown
        for name, shown in SCREENS.items()
        if (not shown.statement or shown.statement in known["statement"])
        and (not shown.city or shown.city in known["city"])
    }
    return {name: f"?{urlencode(view.to_params(v), doseq=True)}" for name, v in wanted.items()}


def exported_map(data: store.AtlasData, folder: Path) -> Path | None:
    """The HTML export of EXPORTED's statement as a file in `folder`, and its PNG in docs/."""
    if STATEMENT not in set(data.statements["id"]):
        return None
    shown = view.show(atlas.signatory_rows(data), EXPORTED, view.member_rows(data))
    page = folder / "export.html"
    page.write_bytes(exports.export(data, shown, EXPORTED, "html"))
    SCREENS_DIR.joinpath("export.png").write_bytes(exports.export(data, shown, EXPORTED, "png"))
    print("wrote docs/screens/export.png")
    return page


def new_page(
    browser: Browser, width: int, height: int, blocked: re.Pattern[str] = NOT_LOOPBACK
) -> Page:
    """A page of its own context at that size, offline: requests to `blocked` addresses are
    refused (by default every one but this machine's app; an exported file: every web one)."""
    context = browser.new_context(viewport={"width": width, "height": height})
    context.route(blocked, lambda route: route.abort())
    return context.new_page()


def main(data_dir: Path) -> None:
    data = store.load(data_dir)
    shots: dict[tuple[int, int, str], str] = {}
    if STATEMENT in set(data.statements["id"]):
        shots.update({(1280, 720, name): query for name, query in SHOTS.items()})
    if DECLARATION in set(data.statements["id"]):
        shots[1280, 720, "labels.png"] = f"?present=1&statement={DECLARATION}"
    years = view.join_years(view.member_rows(data), view.View())
    if years:
        shots[1280, 720, "presentation-years.png"] = f"?present=1&as_of={view.end_of(years[0])}"
    for name, query in screens(data).items():
        for width, height in SIZES:
            shots[width, height, f"screens/{name}-{width}x{height}.png"] = query
    SCREENS_DIR.mkdir(exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as tmp,
        serve_atlas(data_dir, Path(tmp) / "server.log") as url,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for (width, height, name), query in shots.items():
            page = new_page(browser, width, height)
            page.goto(f"{url}/{query}")
            settle(page, present="present" in query)
            if "as_of" in query:
                play_years(page, years)
            page.screenshot(path=ROOT / "docs" / name)
            print(f"wrote docs/{name}")
            page.context.close()
        export = exported_map(data, Path(tmp))
        for width, height in SIZES if export is not None else ():
            page = new_page(browser, width, height, ONLINE)
            page.goto(f"file://{export}")
            city = page.locator(".marker-cluster, path.leaflet-interactive").first
            city.wait_for(state="attached", timeout=WAIT_MS)
            name = f"screens/export-html-{width}x{height}.png"
            page.screenshot(path=ROOT / "docs" / name)
            print(f"wrote docs/{name}")
            page.context.close()
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data")

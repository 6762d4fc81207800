"""Real-browser fixtures: the app served by Streamlit, seen by headless Chromium, offline.

A test module loads these with `pytest_plugins = ["tests.browser"]`. It imports the helpers
first, too late for pytest to rewrite asserts here; there are none, hence PYTEST_DONT_REWRITE.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import (
    Browser,
    FrameLocator,
    Locator,
    Page,
    Playwright,
    Route,
    ViewportSize,
    expect,
    sync_playwright,
)
from playwright.sync_api import Error as PlaywrightError

from benchmarks import serving
from benchmarks.serving import STARTUP_SECONDS as STARTUP_SECONDS
from benchmarks.serving import free_port as free_port
from geo.maps import snapshot
from tests.atlases import statement_networks
from tests.conftest import ROOT

CHROMIUM = Path(snapshot.CHROMIUM)
CHROMIUM_ARGS = list(snapshot.CHROMIUM_ARGS)
NOT_LOOPBACK = serving.NOT_LOOPBACK
VIEWPORT: ViewportSize = {"width": 1600, "height": 1000}
# Playwright's expect() waits 5 s by default; a cold first page load can take longer.
WAIT_MS = 20_000
DATA_DIR = statement_networks()  # the shipped statements, without the Covenant members
MAP_FRAME = 'iframe[title="ui.mapframe.st_folium"]'


@dataclass
class Traffic:
    """The requests a page made: those served (from this machine), those blocked (elsewhere)."""

    served: list[str] = field(default_factory=list)
    blocked: list[tuple[str, str]] = field(default_factory=list)  # (resource type, url)


def wait_until_healthy(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    """serving.wait_until_healthy, failing the test (with the server's log) if it fails."""
    try:
        serving.wait_until_healthy(url, server, log)
    except serving.ServerFailed as exc:
        pytest.fail(str(exc))


@contextmanager
def serve_atlas(
    data_dir: Path,
    log: Path,
    options: Sequence[str] = (),
    port: int | None = None,
    env: Mapping[str, str] | None = None,
) -> Iterator[str]:
    """Run `streamlit run app.py` on a free loopback port reading `data_dir`; yield its URL.

    `options` are more `streamlit run` options (e.g. `--secrets.files FILE`), `env` more
    environment variables (e.g. ATLAS_LOCAL_EDITOR).
    """
    port = port or free_port()
    command = serving.streamlit_command("app.py", port, options)
    env = {**(env or {}), "ATLAS_DATA_DIR": str(data_dir)}
    try:
        with serving.running(command, port, log, cwd=ROOT, env=env):
            yield f"http://127.0.0.1:{port}"
    except serving.ServerFailed as exc:
        pytest.fail(str(exc))


def require_chromium() -> None:
    """Skip without Chromium on a workstation; in CI a missing browser is a failure."""
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is missing (apt-get install chromium)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def block(route: Route, traffic: Traffic) -> None:
    traffic.blocked.append((route.request.resource_type, route.request.url))
    route.abort()


def map_frame(page: Page) -> FrameLocator:
    """The newest map frame: streamlit-folium may show an old frame beside its new one a moment."""
    return page.locator(MAP_FRAME).last.content_frame


def city_markers(page: Page) -> Locator:
    """The city markers drawn on the map (country outlines are not interactive)."""
    return map_frame(page).locator("path.leaflet-interactive")


# The cities a map shows: its loose markers plus the number on each cluster.
CITIES_SHOWN = """() => {
    var n = document.querySelectorAll(".leaflet-overlay-pane path.leaflet-interactive").length;
    document.querySelectorAll(".marker-cluster").forEach(function (cluster) {
        n += parseInt(cluster.textContent, 10);
    });
    return n;
}"""


def cities_shown_on(body: Locator) -> int | None:
    """The cities the map in `body` shows (loose or counted in a cluster); None before it has a
    city layer, or while a new map replaces it."""
    try:
        if not body.locator("[data-atlas-cities]").count():
            return None
        return int(body.evaluate(CITIES_SHOWN))
    except PlaywrightError:
        return None


def expect_cities_shown(page: Page, count: int, body: Locator | None = None) -> None:
    """Wait (up to WAIT_MS) until the map shows `count` cities, loose or in clusters.

    `body` is the map page's body; by default the app's map frame's.
    """
    body = body or map_frame(page).locator("body")
    deadline = time.monotonic() + WAIT_MS / 1000
    shown = cities_shown_on(body)
    while shown != count and time.monotonic() < deadline:
        page.wait_for_timeout(100)
        shown = cities_shown_on(body)
    if shown != count:
        pytest.fail(f"the map shows {shown} cities, not {count}")


def clusters(page: Page) -> Locator:
    return map_frame(page).locator(".marker-cluster")


def wait_for_map_to_settle(page: Page) -> None:
    """Wait until Leaflet's zoom to fit the cities has ended (it rescales the markers).

    Checked in animation frames, after the one in which Leaflet starts a zoom it has scheduled.
    """
    for _ in range(100):
        # The newest map: streamlit-folium may swap an old frame for a new one meanwhile, and
        # a frame just put in the page has its document a moment later.
        frame = page.locator(MAP_FRAME).last.element_handle(timeout=WAIT_MS).content_frame()
        if frame is None:
            page.wait_for_timeout(100)
            continue
        try:
            frame.wait_for_function(
                "!document.querySelector('.leaflet-map-pane.leaflet-zoom-anim')",
                polling="raf",
                timeout=WAIT_MS,
            )
            return
        except PlaywrightError as exc:
            if "detached" not in str(exc):
                raise
    pytest.fail("the map never settled: its frames kept being replaced")


def press_in_map(page: Page, key: str, before: str, after: str) -> None:
    """Press `key` with the focus in the map, as a presenter who clicked it; a fresh map frame
    takes keys once its listener is attached, so press again while nothing has moved."""
    for _ in range(10):
        expect(page.locator(MAP_FRAME)).to_have_count(1, timeout=WAIT_MS)
        wait_for_map_to_settle(page)
        page.frame_locator(MAP_FRAME).last.locator(".leaflet-container").click(
            position={"x": 30, "y": 300}
        )
        page.keyboard.press(key)
        try:
            expect(headline(page, after)).to_be_visible(timeout=3_000)
            return
        except AssertionError:
            expect(headline(page, before)).to_be_visible()  # not stepped at all: again
    expect(headline(page, after)).to_be_visible(timeout=WAIT_MS)


def country_outlines(page: Page) -> Locator:
    return map_frame(page).locator(".leaflet-overlay-pane path:not(.leaflet-interactive)")


def headline(page: Page, text: str) -> Locator:
    return page.get_by_role("heading", name=text, exact=True)


def shows(page: Page, title: str) -> None:
    """Wait until the page shows `title` and its run has ended, as a presenter who looks at
    a slide before the next key: a key pressed while the page still runs may be read
    against the widgets' values of the run before."""
    expect(headline(page, title)).to_be_visible(timeout=WAIT_MS)
    expect(page.get_by_test_id("stStatusWidgetRunningIcon")).to_have_count(0, timeout=WAIT_MS)


def choose(page: Page, label: str, option: str) -> None:
    """Pick `option` in the multiselect labelled `label`, as a person does, and close it.

    The option list is virtualised (only the first few are in the DOM), so type to find it.
    """
    box = page.get_by_role("combobox", name=label, exact=True)
    box.click()
    box.fill(option)
    page.get_by_role("option", name=option, exact=True).click()
    # The open list hides the rest of the page from the accessibility tree.
    box.press("Escape")


@pytest.fixture(scope="session")
def atlas_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on the bundled data (DATA_DIR, read only), one server a test process: the
    browser test files that read it share it, each test in a session of its own."""
    with serve_atlas(DATA_DIR, tmp_path_factory.mktemp("streamlit") / "server.log") as url:
        yield url


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    """Playwright, once a test process: its sync API runs one at a time, so every browser a
    test file launches comes from this one."""
    require_chromium()
    with sync_playwright() as running:
        yield running


@pytest.fixture(scope="session")
def chromium(playwright: Playwright) -> Iterator[Browser]:
    """One Chromium a test process; each test opens a context of its own in it."""
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def traffic() -> Traffic:
    return Traffic()


@pytest.fixture
def offline_page(chromium: Browser, traffic: Traffic) -> Iterator[Page]:
    """A blank page in a fresh context that cannot reach beyond this machine: for a test that
    opens the app at a link of its own (not at its start page first: a page run wasted)."""
    context = chromium.new_context(viewport=VIEWPORT)
    context.route(NOT_LOOPBACK, lambda route: block(route, traffic))
    context.on("requestfinished", lambda request: traffic.served.append(request.url))
    yield context.new_page()
    context.close()


@pytest.fixture
def atlas_page(offline_page: Page, atlas_url: str) -> Page:
    """A fresh session on the app, in a context that cannot reach beyond this machine."""
    offline_page.goto(atlas_url)
    return offline_page

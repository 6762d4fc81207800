"""Time in headless Chromium from navigation to every city marker drawn (run.py --browser).

Each map is saved as a static page and served, with Leaflet, from a loopback http.server;
the browser may fetch nothing else. Two small scripts are put into the page: one after Leaflet
loads counts the circle markers the canvas renderer draws, one after the map's script waits,
frame by frame, until as many markers are drawn (on a canvas or as SVG paths) as there are
cities, then for the next frame to be painted, and notes the time.

For run.py --app and load.py: the apps themselves in `streamlit run` (serve_app), the time from
navigation to the first map drawn (open_to_first_city), and filter changes with the bytes the
page received over the websocket and HTTP (filter_changes).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import (
    Browser,
    BrowserContext,
    Frame,
    Page,
    Request,
    sync_playwright,
)
from playwright.sync_api import Error as PlaywrightError

from benchmarks import serving
from geo.maps import mapping
from geo.maps.snapshot import CHROMIUM, CHROMIUM_ARGS

NOT_LOOPBACK = serving.NOT_LOOPBACK
TIMEOUT_MS = 600_000  # the ten-minute app at 12,000 cities on a busy machine: minutes
COUNT_DRAWS = """<script>
window.benchDrawn = 0;
(function (draw) {
    L.Canvas.prototype._updateCircle = function (layer) {
        if (this._drawing && !layer._empty()) { window.benchDrawn++; }
        return draw.call(this, layer);
    };
})(L.Canvas.prototype._updateCircle);
</script>
"""
WAIT_DRAWN = """<script>
window.benchScriptDone = performance.now();
window.benchDone = new Promise(function (resolve) {
    (function poll() {
        var svg = document.querySelectorAll("path.leaflet-interactive").length;
        document.querySelectorAll(".marker-cluster").forEach(function (cluster) {
            svg += parseInt(cluster.textContent, 10);  // the cities a cluster stands for
        });
        if (window.benchDrawn + svg >= EXPECTED) {
            requestAnimationFrame(function () {  // the frame that shows them, once painted
                setTimeout(function () {
                    resolve({script: window.benchScriptDone, drawn: performance.now()});
                }, 0);
            });
        } else {
            requestAnimationFrame(poll);
        }
    })();
});
</script>
"""


@dataclass(frozen=True)
class PageTiming:
    """Milliseconds from navigation start: the map's script done, every marker drawn and shown."""

    script_ms: float
    drawn_ms: float


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No line per request."""


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory`, with Leaflet at /leaflet, the package's map assets at /atlas and
    the app's served folder (mapping.served_dir) at /map, on a free loopback port; yield its
    URL."""
    shutil.copytree(mapping.leaflet_dir(), directory / "leaflet", dirs_exist_ok=True)
    shutil.copytree(mapping.assets_dir(), directory / "atlas", dirs_exist_ok=True)
    shutil.copytree(mapping.served_dir(), directory / "map", dirs_exist_ok=True)
    handler = functools.partial(_Quiet, directory=str(directory))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            thread.join()


def instrument(page: str, markers: int) -> str:
    """The page with the draw counter after Leaflet and the wait after the map's script."""
    head, _, rest = page.partition("</head>")
    body, _, _ = rest.rpartition("</html>")
    wait = WAIT_DRAWN.replace("EXPECTED", str(markers))
    return f"{head}{COUNT_DRAWS}</head>{body}{wait}</html>"


@contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def time_page(browser: Browser, url: str, repeat: int) -> PageTiming:
    """The median of `repeat` loads, each in a fresh context (an empty cache)."""
    runs = []
    for _ in range(repeat):
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        context.route(NOT_LOOPBACK, lambda route: route.abort())
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(url)
        done = page.evaluate("window.benchDone")
        runs.append(PageTiming(float(done["script"]), float(done["drawn"])))
        context.close()
    return PageTiming(
        statistics.median(r.script_ms for r in runs), statistics.median(r.drawn_ms for r in runs)
    )


# ------------------------------------------------------------------ an app, served by Streamlit

# In a map's frame: the time (ms since the epoch, a clock all frames share) of the first
# animation frame in which the frame's map holds `markers` city markers none of which was seen
# before (SEEN marks those on it), then painted: a new map, or (the atlas since issue #14) new
# cities put on the same map. Counted on Leaflet's layers, not in the page, so that markers
# drawn on a canvas (above 2,000 cities) count: a circle marker one can click is a city, a
# cluster the cities it holds. (Scripts added to every frame do not run in these: Chromium
# reuses the window of the frame's first, blank document for the map's page, and Playwright's
# init scripts ran in that one.)
CITY_LAYERS = """function cityLayers() {
    var map = window.map, found = [];
    if (!window.L || !map || !map._layers) { return found; }
    Object.keys(map._layers).forEach(function (id) {
        var layer = map._layers[id];
        var cities = layer.getChildCount ? layer.getChildCount()
            : layer instanceof L.CircleMarker && layer.options.interactive !== false ? 1 : 0;
        if (cities) { found.push([layer, cities]); }
    });
    return found;
}"""
NEW_MAP_DRAWN = (
    """(markers) => new Promise(function (resolve) {
    """
    + CITY_LAYERS
    + """
    (function poll() {
        var count = 0, old = false;
        cityLayers().forEach(function (found) {
            old = old || found[0].benchSeen === true;
            count += found[1];
        });
        if (!old && count === markers) {
            requestAnimationFrame(function () {  // the frame that draws them, once painted
                setTimeout(function () { resolve(performance.timeOrigin + performance.now()); }, 0);
            });
        } else {
            requestAnimationFrame(poll);
        }
    })();
})"""
)
SEEN = (
    """() => {
    """
    + CITY_LAYERS
    + """
    cityLayers().forEach(function (found) { found[0].benchSeen = true; });
}"""
)
MAP_FRAME = "st_folium"
# Apps run from the project's folder, so both get its .streamlit/config.toml.
PROJECT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ChangeTiming:
    """A filter change: from the click to the new map drawn, and what the page received."""

    name: str
    ms: float
    ws_bytes: int  # websocket messages from the server (Streamlit's protobufs), uncompressed
    http_bytes: int  # HTTP responses (bodies and headers) the page and its frames fetched


@dataclass(frozen=True)
class Served:
    """An app running in `streamlit run`: its URL and its process."""

    url: str
    pid: int

    def cpu_seconds(self) -> float:
        """CPU time the server process has used so far, all threads (Linux /proc)."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def memory_mb(self) -> tuple[float, float]:
        """The server process's resident memory now and at its peak, in MB (Linux /proc)."""
        status = dict(
            line.split(":", 1) for line in Path(f"/proc/{self.pid}/status").read_text().splitlines()
        )
        return tuple(int(status[name].split()[0]) / 1024 for name in ("VmRSS", "VmHWM"))  # type: ignore[return-value]


@contextmanager
def serve_app(script: Path, data_dir: Path, log: Path, cwd: Path = PROJECT) -> Iterator[Served]:
    """`streamlit run script` from the project's folder (or `cwd`, another checkout, whose
    modules it then imports) on a free loopback port, reading `data_dir`."""
    port = serving.free_port()
    command = serving.streamlit_command(script, port)
    env = {"ATLAS_DATA_DIR": str(data_dir), "PYTHONPATH": str(cwd)}
    with serving.running(command, port, log, cwd=cwd, env=env) as server:
        yield Served(f"http://127.0.0.1:{port}", server.pid)


def wait_until_quiet(servers: list[Served], timeout_s: float = 30.0) -> None:
    """Wait until the servers use no CPU to speak of (under 20 ms in 300 ms).

    A visit leaves a server working after its map is drawn (the ten-minute app reruns its
    whole script when the map first reports back); the next visit, to either app, would be
    timed on a busy machine, and the app measured after the other would pay for it.
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        before = sum(server.cpu_seconds() for server in servers)
        time.sleep(0.3)
        if sum(server.cpu_seconds() for server in servers) - before < 0.02:
            return


def _offline_context(browser: Browser) -> BrowserContext:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.route(NOT_LOOPBACK, lambda route: route.abort())
    return context


def _map_frames(page: Page) -> list[Frame]:
    return [frame for frame in page.frames if MAP_FRAME in frame.url]


def _mark_maps_seen(page: Page) -> None:
    for frame in _map_frames(page):
        with contextlib.suppress(PlaywrightError):
            frame.evaluate(SEEN)


def _new_map_drawn(page: Page, markers: int) -> float:
    """When a map frame was first painted with `markers` city markers none marked seen.

    Each map frame is asked to watch, frame by frame; a frame that goes away (Streamlit
    replaces it) is left, and new ones are asked too.
    """
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    watching: dict[Frame, object] = {}
    while time.monotonic() < deadline:
        for frame in _map_frames(page):
            if frame not in watching and not frame.is_detached():
                with contextlib.suppress(PlaywrightError):
                    watching[frame] = frame.evaluate_handle(NEW_MAP_DRAWN, markers)
        for frame, handle in list(watching.items()):
            if frame.is_detached():
                del watching[frame]
                continue
            with contextlib.suppress(PlaywrightError):
                done = frame.evaluate("(p) => Promise.race([p, null])", handle)
                if done is not None:
                    return float(done)
        page.wait_for_timeout(20)
    raise TimeoutError(f"no map with {markers} markers within {TIMEOUT_MS} ms")


def open_to_first_city(browser: Browser, url: str, markers: int) -> float:
    """Milliseconds from navigation start to the map drawn with its `markers` cities.

    A fresh context (an empty cache), so everything is fetched as on a first visit.
    """
    context = _offline_context(browser)
    try:
        page = context.new_page()
        page.goto(url)
        return open_to_first_city_on(page, markers)
    finally:
        context.close()


def open_to_first_city_on(page: Page, markers: int) -> float:
    """Milliseconds from the page's navigation start to its map drawn with `markers` cities."""
    start = float(page.evaluate("performance.timeOrigin"))
    return _new_map_drawn(page, markers) - start


@dataclass(frozen=True)
class Change:
    """A filter change as a person makes it, and how many cities the map shows after it.

    `control` is a checkbox's label, or with `option` a multiselect's label and the option
    to add to it.
    """

    name: str
    markers: int
    control: str
    option: str = ""


def _prepare(page: Page, change: Change) -> Callable[[], None]:
    """Everything before the click that changes the filter; return that click."""
    if not change.option:
        return page.get_by_text(change.control, exact=True).click
    box = page.get_by_role("combobox", name=change.control, exact=True)
    box.click()
    box.fill(change.option)  # the list is virtualised: type to find the option
    option = page.get_by_role("option", name=change.option, exact=True)
    option.wait_for()
    return option.click


def filter_changes(
    browser: Browser, url: str, markers: int, changes: list[Change]
) -> list[ChangeTiming]:
    """Make `changes` one after the other on one page; time each and count its bytes.

    A change is over when the new map is drawn with as many markers as it should have; the
    bytes are those received from the click until then, and for another 300 ms.
    """
    context = _offline_context(browser)
    received: list[int] = []
    responses: list[Request] = []
    try:
        page = context.new_page()
        page.on(
            "websocket",
            lambda ws: ws.on("framereceived", lambda payload: received.append(len(payload))),
        )
        page.on("requestfinished", lambda request: responses.append(request))
        page.goto(url)
        _new_map_drawn(page, markers)
        page.wait_for_timeout(1000)  # the first page's last messages
        timings = []
        for change in changes:
            click = _prepare(page, change)
            page.wait_for_timeout(300)
            received.clear()
            responses.clear()
            _mark_maps_seen(page)
            clicked = float(page.evaluate("performance.timeOrigin + performance.now()"))
            click()
            drawn = _new_map_drawn(page, change.markers)
            page.wait_for_timeout(300)
            http = 0
            for request in responses:
                sizes = request.sizes()
                http += sizes["responseBodySize"] + sizes["responseHeadersSize"]
            timings.append(ChangeTiming(change.name, drawn - clicked, sum(received), http))
            if change.option:
                page.keyboard.press("Escape")  # close the option list
        return timings
    finally:
        context.close()

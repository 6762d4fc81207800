"""Time in headless Chromium from navigation to every city marker drawn (run.py --browser).

Each map is saved as a static page and served, with Leaflet, from a loopback http.server;
the browser may fetch nothing else. Two small scripts are put into the page: one after Leaflet
loads counts the circle markers the canvas renderer draws, one after the map's script waits,
frame by frame, until as many markers are drawn (on a canvas or as SVG paths) as there are
cities, then for the next frame to be painted, and notes the time.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import statistics
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from geo import mapping
from geo.snapshot import CHROMIUM, CHROMIUM_ARGS

NOT_LOOPBACK = re.compile(r"^(?!https?://(?:127\.0\.0\.1|localhost)(?::\d+)?(?:[/?#]|$))")
TIMEOUT_MS = 180_000
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
    """Serve `directory`, with Leaflet at /leaflet, on a free loopback port; yield its URL."""
    shutil.copytree(mapping.leaflet_dir(), directory / "leaflet", dirs_exist_ok=True)
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

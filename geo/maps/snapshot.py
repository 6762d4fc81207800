"""A PNG of a map, drawn by headless Chromium (the one the tests use): a picture for slides.

Drawing costs a Chromium (some 300 MB and a core for seconds), so it has a budget
(`Pictures`): a few at a time per process, refused at once past that; a few per visitor in
a while; a hard deadline, past which the drawing process and its Chromium are killed; and the
same page is not drawn twice while its picture is in a cache bounded by bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from cachetools import LRUCache, TTLCache

from geo.errors import AtlasError

CHROMIUM = os.environ.get("ATLAS_CHROMIUM", "/usr/bin/chromium")
# Each flag on purpose (the browser tests launch with these too). Not --single-process:
# Chromium does not support it (a renderer's crash takes the browser with it, and some pages
# hang); the deadline below ends a runaway instead.
CHROMIUM_ARGS = (
    "--disable-gpu",  # a server has none: software drawing
    "--disable-dev-shm-usage",  # a container's /dev/shm is 64 MB: shared memory in /tmp
    # The page is drawn offline (every request refused): nothing to fetch, nothing to update.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-extensions",  # no code runs but the page's own
    "--mute-audio",
)
# A picture is one page: one renderer process, and its script heap bounded. A map of 10,000
# cities needs some 60 MB; a bigger page fails here instead of taking the server's memory.
ONE_PAGE_ARGS = ("--renderer-process-limit=1", "--js-flags=--max-old-space-size=256")

# The budget of a process (see Pictures): at most RENDERS_AT_ONCE drawings at a time, each
# waiting at most WAIT_FOR_TURN_S for its turn; RENDERS_PER_VISITOR per RENDER_WINDOW_S;
# RENDER_DEADLINE_S for one drawing, each of its steps STEP_TIMEOUT_MS; CACHE_BYTES of PNGs.
RENDERS_AT_ONCE = 2
WAIT_FOR_TURN_S = 1.0
RENDERS_PER_VISITOR = 5
RENDER_WINDOW_S = 300.0
RENDER_DEADLINE_S = 60.0
STEP_TIMEOUT_MS = 20_000
CACHE_BYTES = 32 << 20
VISITORS_REMEMBERED = 10_000

# The picture is taken once the map has settled: a zoom to fit the cities ended (mid-zoom the
# markers are drawn scaled up) and painted.
NEXT_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
ZOOMING = "!document.querySelector('.leaflet-map-pane.leaflet-zoom-anim')"
# The city layer marks the map once its cities (and clusters) are on it (citylayer.CityLayer).
CITIES_DRAWN = "[data-atlas-cities]"
# A picture has no use for buttons: the zoom control is left out.
NO_CONTROLS = ".leaflet-control-zoom{display:none!important}"


class SnapshotError(AtlasError):
    """A PNG could not be made."""


class SnapshotRefused(SnapshotError):
    """A PNG is not drawn now: enough are being drawn, or this visitor had enough lately."""


def unavailable() -> str:
    """Why a PNG cannot be made here, or '' when it can."""
    if not Path(CHROMIUM).exists():
        return (
            f"PNG export needs Chromium at {CHROMIUM} "
            "(apt-get install chromium, or set ATLAS_CHROMIUM)"
        )
    return ""


Draw = Callable[[str, int, int], bytes]


class Pictures:
    """PNGs of map pages, drawn within a budget; safe to share between threads."""

    def __init__(
        self,
        draw: Draw | None = None,
        *,
        at_once: int = RENDERS_AT_ONCE,
        wait_s: float = WAIT_FOR_TURN_S,
        per_visitor: int = RENDERS_PER_VISITOR,
        window_s: float = RENDER_WINDOW_S,
        cache_bytes: int = CACHE_BYTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._draw: Draw = draw or (lambda html, w, h: render_png(html, width=w, height=h))
        self._turns = threading.BoundedSemaphore(at_once)
        self._at_once, self._wait_s = at_once, wait_s
        self._per_visitor, self._window_s = per_visitor, window_s
        self._clock = clock
        self._lock = threading.Lock()
        self._drawn: LRUCache[str, bytes] = LRUCache(maxsize=cache_bytes, getsizeof=len)
        self._recent: TTLCache[str, tuple[float, ...]] = TTLCache(
            maxsize=VISITORS_REMEMBERED, ttl=window_s, timer=clock
        )

    def left(self, visitor: str) -> int:
        """How many more pictures `visitor` may have drawn now."""
        with self._lock:
            return self._left(visitor)

    def png(
        self, html: str, visitor: str | None = None, *, width: int = 1600, height: int = 900
    ) -> bytes:
        """The page drawn as a PNG (see render_png), or from the cache if it was drawn before.

        SnapshotRefused when `visitor` (None: no limit, as on the command line) had its
        share lately, or when no turn comes within the wait.
        """
        key = hashlib.sha256(f"{width}x{height}\0{html}".encode()).hexdigest()
        with self._lock:
            if (hit := self._drawn.get(key)) is not None:
                return hit
            if visitor is not None and self._left(visitor) <= 0:
                minutes = max(1, round(self._window_s / 60))
                raise SnapshotRefused(
                    f"{self._per_visitor} map pictures in {minutes} minutes is the most one "
                    "visitor may have drawn: try again in a few minutes"
                )
        if not self._turns.acquire(timeout=self._wait_s):
            raise SnapshotRefused(
                f"{self._at_once} map pictures are being drawn already: try again in a minute"
            )
        try:
            if visitor is not None:
                with self._lock:
                    self._recent[visitor] = (*self._lately(visitor), self._clock())
            png = self._draw(html, width, height)
        finally:
            self._turns.release()
        with self._lock:
            if len(png) <= self._drawn.maxsize:
                self._drawn[key] = png
        return png

    def _left(self, visitor: str) -> int:  # hold the lock
        return self._per_visitor - len(self._lately(visitor))

    def _lately(self, visitor: str) -> tuple[float, ...]:
        now = self._clock()
        return tuple(t for t in self._recent.get(visitor, ()) if now - t < self._window_s)


# This process's budget: every PNG the app or the command line makes is drawn through it.
PICTURES = Pictures()


def render_png(
    html: str, *, width: int = 1600, height: int = 900, deadline_s: float = RENDER_DEADLINE_S
) -> bytes:
    """Draw a self-contained map page (see mapping.standalone_html) and return PNG bytes.

    The page is opened from a file with every network request refused, so what is drawn is
    exactly what works offline. It is drawn by a process of its own (`python -m
    geo.maps.snapshot`), killed with its Chromium if it takes longer than `deadline_s`.
    Needs Playwright and Chromium at $ATLAS_CHROMIUM.
    """
    if reason := unavailable():
        raise SnapshotError(reason)
    with tempfile.TemporaryDirectory() as folder:
        page_file, png_file = Path(folder) / "map.html", Path(folder) / "map.png"
        page_file.write_text(html, encoding="utf-8")
        package_root = str(Path(__file__).resolve().parents[2])
        paths = [package_root, *filter(None, [os.environ.get("PYTHONPATH")])]
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                __name__,
                str(page_file),
                str(png_file),
                str(width),
                str(height),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(paths)},
            start_new_session=True,  # its own process group: Chromium's processes are in it
        )
        try:
            _, errors = child.communicate(timeout=deadline_s)
        except subprocess.TimeoutExpired:
            raise SnapshotError(
                f"Chromium took longer than {deadline_s:.0f} s to draw the map: stopped"
            ) from None
        finally:
            _kill_group(child)
        if child.returncode != 0:
            why = errors.decode("utf-8", "replace").strip().splitlines() or ["no message"]
            raise SnapshotError(why[-1])
        return png_file.read_bytes()


def _kill_group(child: subprocess.Popen[bytes]) -> None:
    """End the drawing process and whatever it started (Chromium and its helpers)."""
    with contextlib.suppress(ProcessLookupError):  # all gone already
        os.killpg(child.pid, signal.SIGKILL)
    child.wait()


def draw(page_file: Path, png_file: Path, width: int, height: int) -> None:
    """In the drawing process: open `page_file` in Chromium, offline, and save its picture.
    Every step waits at most STEP_TIMEOUT_MS."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as exc:
        raise SnapshotError("PNG export needs Playwright: pip install playwright") from exc
    try:
        with sync_playwright() as driver:
            browser = driver.chromium.launch(
                executable_path=CHROMIUM,
                args=[*CHROMIUM_ARGS, *ONE_PAGE_ARGS],
                timeout=STEP_TIMEOUT_MS,
            )
            context = browser.new_context(viewport={"width": width, "height": height})
            context.set_default_timeout(STEP_TIMEOUT_MS)
            context.route("http*://**", lambda route: route.abort())
            page = context.new_page()
            page.goto(page_file.as_uri())
            page.add_style_tag(content=NO_CONTROLS)
            page.wait_for_selector(CITIES_DRAWN, state="attached")
            page.evaluate(NEXT_FRAMES)  # Leaflet starts a zoom it scheduled ...
            page.wait_for_function(ZOOMING, polling="raf")  # ... and it ends
            page.evaluate(NEXT_FRAMES)  # then it is painted
            png_file.write_bytes(page.screenshot(full_page=False))
            browser.close()
    except Error as exc:
        raise SnapshotError(f"Chromium could not draw the map: {exc.message}") from exc


def main(args: list[str]) -> int:
    page_file, png_file, width, height = args
    try:
        draw(Path(page_file), Path(png_file), int(width), int(height))
    except SnapshotError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

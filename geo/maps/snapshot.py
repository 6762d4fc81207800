"""A PNG of a map, drawn by headless Chromium (the one the tests use): a picture for slides."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from geo.errors import AtlasError

CHROMIUM = os.environ.get("ATLAS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)

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


def unavailable() -> str:
    """Why a PNG cannot be made here, or '' when it can."""
    if not Path(CHROMIUM).exists():
        return (
            f"PNG export needs Chromium at {CHROMIUM} "
            "(apt-get install chromium, or set ATLAS_CHROMIUM)"
        )
    return ""


def render_png(html: str, *, width: int = 1600, height: int = 900) -> bytes:
    """Draw a self-contained map page (see mapping.standalone_html) and return PNG bytes.

    The page is opened from a file with every network request refused, so what is drawn is
    exactly what works offline. Needs Playwright and Chromium at $ATLAS_CHROMIUM.
    """
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as exc:
        raise SnapshotError("PNG export needs Playwright: pip install playwright") from exc
    if reason := unavailable():
        raise SnapshotError(reason)
    with tempfile.TemporaryDirectory() as folder:
        page_file = Path(folder) / "map.html"
        page_file.write_text(html, encoding="utf-8")
        try:
            with sync_playwright() as driver:
                browser = driver.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
                context = browser.new_context(viewport={"width": width, "height": height})
                context.route("http*://**", lambda route: route.abort())
                page = context.new_page()
                page.goto(page_file.as_uri())
                page.add_style_tag(content=NO_CONTROLS)
                page.wait_for_selector(CITIES_DRAWN, state="attached")
                page.evaluate(NEXT_FRAMES)  # Leaflet starts a zoom it scheduled ...
                page.wait_for_function(ZOOMING, polling="raf")  # ... and it ends
                page.evaluate(NEXT_FRAMES)  # then it is painted
                png = page.screenshot(full_page=False)
                browser.close()
        except Error as exc:
            raise SnapshotError(f"Chromium could not draw the map: {exc.message}") from exc
    return png

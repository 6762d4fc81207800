"""Exports as a person meets them: the HTML file opened from disk offline, the PNG on a slide,
and names that try to be markup shown as text in the running app."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Browser, Dialog, Page, expect

from geo import atlas, view
from geo.data import store
from geo.maps import exports
from tests.browser import (
    DATA_DIR,
    MAP_FRAME,
    NOT_LOOPBACK,
    VIEWPORT,
    WAIT_MS,
    expect_cities_shown,
    headline,
    map_frame,
    serve_atlas,
    wait_for_map_to_settle,
)
from tests.conftest import ROOT

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.browser

EVIL_CITY = "<img src=x onerror=alert(1)>"
EVIL_TEXT = "We stand together. <script>alert(2)</script>"


@pytest.fixture(scope="module")
def bundled() -> tuple[store.AtlasData, atlas.pd.DataFrame]:
    data = store.load(DATA_DIR)
    return data, atlas.signatory_rows(data)


def test_exported_html_opens_from_disk_offline_with_every_city(
    chromium: Browser, bundled: tuple[store.AtlasData, atlas.pd.DataFrame], tmp_path: Path
) -> None:
    data, rows = bundled
    wanted = view.View(networks=("scn",))
    scn = view.show(rows, wanted).rows
    page_file = tmp_path / "scn.html"
    page_file.write_bytes(exports.export(data, view.show(rows, wanted), wanted, "html"))
    context = chromium.new_context(viewport=VIEWPORT)
    blocked: list[str] = []
    context.route("http*://**", lambda route: (blocked.append(route.request.url), route.abort()))
    page = context.new_page()
    page.goto(page_file.as_uri())
    expect_cities_shown(page, len(atlas.city_points(scn)), page.locator("body"))
    expect(page.locator(".marker-cluster").first).to_be_visible()  # the plugin is in the file
    expect(page.locator(".leaflet-control-zoom")).to_be_visible()  # an HTML map can be zoomed
    expect(page.locator("#atlas-caption")).to_contain_text(atlas.summary(atlas.city_points(scn)))
    assert [url for url in blocked if not url.endswith(".png")] == []
    context.close()


def test_exported_png_is_a_full_size_picture_of_the_map(tmp_path: Path) -> None:
    """`geo export --format png`, run as a user runs it (its Chromium is its own)."""
    target = tmp_path / "atlas.png"
    subprocess.run(
        [sys.executable, "-m", "geo", "export", "--format", "png", "--output", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    picture = Image.open(target).convert("RGB")
    assert picture.size == (1600, 900)
    colours = picture.getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 50  # not blank
    # The SCN cities out of clusters are drawn: about 940 pixels near SCN blue (#0072B2; the
    # markers are 90% opaque), some 125 of them the legend's swatch.
    scn_blue = sum(n for n, (r, g, b) in colours if r < 40 and abs(g - 114) < 40 and b > 138)
    assert scn_blue > 500
    cluster_grey = sum(n for n, rgb in colours if rgb == (0x33, 0x33, 0x33))
    assert cluster_grey > 2000  # and the clusters, a dark disc each with its count (8,600 px)
    # No zoom buttons: where they would be (top left, 26 px squares from 10 px in) is map.
    corner = picture.crop((12, 12, 38, 64)).getcolors(maxcolors=10_000) or []
    white = sum(n for n, rgb in corner if rgb == (0xFF, 0xFF, 0xFF))
    assert white < 26 * 52 / 2, "the zoom control is in the picture"


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data with a city and a statement text that try to run script."""
    target = tmp_path_factory.mktemp("hostile") / "data"
    shutil.copytree(DATA_DIR, target)
    signatories = target / "signatories.csv"
    signatories.write_text(signatories.read_text().replace(",Aarhus,", f',"{EVIL_CITY}",'))
    places = target / "places.csv"
    places.write_text(
        places.read_text().replace("DK:aarhus,Aarhus", "DK:img-src-x-onerror-alert-1,x")
    )
    statement = (
        target / "statements" / "2016-06-29-official-statement-of-solidarity-with-istanbul.md"
    )
    statement.write_text(
        statement.read_text().replace("Today we stand", f"{EVIL_TEXT} Today we stand")
    )
    return target


@pytest.fixture(scope="module")
def hostile_url(hostile_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve_atlas(hostile_data, tmp_path_factory.mktemp("log") / "server.log") as url:
        yield url


def test_names_and_texts_are_shown_as_text_and_never_run(
    chromium: Browser, hostile_url: str
) -> None:
    context = chromium.new_context(viewport=VIEWPORT)
    context.route(NOT_LOOPBACK, lambda route: route.abort())
    dialogs: list[str] = []
    page: Page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    context.on("page", lambda p: p.on("dialog", Dialog.dismiss))
    istanbul = "2016-06-29-official-statement-of-solidarity-with-istanbul"
    page.goto(f"{hostile_url}/?statement={istanbul}")
    data = store.load(DATA_DIR)
    everything = view.show(atlas.signatory_rows(data), view.View(), view.member_rows(data))
    expect(headline(page, view.headline(everything))).to_be_visible(timeout=WAIT_MS)
    # the statement's own view: its signatories counted, the other cities faint beneath them
    _, signers = view.drawn(everything, view.View(statement=istanbul))
    expect_cities_shown(page, int(everything.points["place_key"].isin(signers).sum()))
    expect(page.get_by_text(EVIL_TEXT[:20])).to_be_visible()  # the statement text, as text
    search = page.get_by_role("textbox", name="Search a city")
    search.fill("onerror")
    search.press("Enter")
    page.get_by_role("tab", name="City", exact=True).click()
    expect(page.get_by_role("heading", name=EVIL_CITY, exact=True)).to_be_visible(timeout=WAIT_MS)
    # The map is centred on the city found: hover its marker, in the middle of the map.
    # (The new map rings it, and names it on the ring: it has replaced the statement's.)
    ring = map_frame(page).locator(".atlas-selected").first
    expect(ring).to_have_attribute("aria-label", f"{EVIL_CITY} (Denmark)", timeout=WAIT_MS)
    wait_for_map_to_settle(page)
    tooltip = map_frame(page).locator(".leaflet-tooltip")
    for attempt in range(40):  # a busy machine may still be panning or re-sending the map
        box = page.locator(MAP_FRAME).bounding_box()
        assert box is not None
        page.mouse.move(box["x"] + box["width"] / 2 + attempt % 2, box["y"] + box["height"] / 2)
        if tooltip.count():
            break
        page.wait_for_timeout(500)
    expect(tooltip).to_have_text(f"{EVIL_CITY} (Denmark)", timeout=WAIT_MS)
    page.wait_for_timeout(500)  # give any injected handler a chance to fire
    assert dialogs == []
    assert page.locator("img[src='x']").count() == 0
    assert map_frame(page).locator("img[src='x']").count() == 0
    context.close()

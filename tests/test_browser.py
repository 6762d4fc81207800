"""What a person sees: the app in headless Chromium, with no way off this machine."""

from __future__ import annotations

import gzip
import json
import os
import re
import urllib.request
from collections.abc import Collection
from functools import cache
from urllib.parse import urlsplit

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from geo import atlas, basemap, store
from tests.browser import (
    DATA_DIR,
    WAIT_MS,
    Traffic,
    choose,
    city_markers,
    country_outlines,
    headline,
    map_frame,
    wait_for_map_to_settle,
)
from tests.conftest import ROOT

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.browser

SCREENSHOT = ROOT / "docs" / "screenshot.png"


@cache
def bundled_rows() -> pd.DataFrame:
    return atlas.signatory_rows(store.load(DATA_DIR))


def cities_shown(networks: Collection[str] = (), countries: Collection[str] = ()) -> pd.DataFrame:
    """The cities the app's own logic draws for this filter."""
    view = atlas.Filter(networks=networks, countries=countries)
    return atlas.city_points(atlas.apply_filter(bundled_rows(), view))


def expect_map_of(page: Page, cities: pd.DataFrame) -> None:
    """The headline names these cities, and the map draws one marker for each."""
    expect(headline(page, atlas.summary(cities))).to_be_visible(timeout=WAIT_MS)
    expect(city_markers(page)).to_have_count(len(cities), timeout=WAIT_MS)


def test_opens_offline_with_every_city_on_the_map(atlas_page: Page, traffic: Traffic) -> None:
    expect_map_of(atlas_page, cities_shown())
    expect(country_outlines(atlas_page)).to_have_count(len(basemap.countries()["features"]))
    assert any(urlsplit(url).path.endswith("/leaflet.js") for url in traffic.served)
    assert any(urlsplit(url).path.endswith("/countries-110m.json.gz") for url in traffic.served)
    assert [(kind, url) for kind, url in traffic.blocked if kind != "image"] == []
    wait_for_map_to_settle(atlas_page)
    if os.environ.get("ATLAS_SCREENSHOT"):
        atlas_page.screenshot(path=SCREENSHOT, full_page=True)


def test_network_filter_redraws_the_map_on_the_outlines_fetched_once(
    atlas_page: Page, traffic: Traffic
) -> None:
    expect_map_of(atlas_page, cities_shown())
    choose(atlas_page, "Network", "SCN")
    expect_map_of(atlas_page, cities_shown(networks=["scn"]))
    outlines = country_outlines(atlas_page)
    expect(outlines).to_have_count(len(basemap.countries()["features"]), timeout=WAIT_MS)
    fetched = [url for url in traffic.served if "/countries-110m.json" in urlsplit(url).path]
    assert len(fetched) == 1  # the new map's frame reuses what the first one fetched


def test_the_app_serves_the_outlines_as_a_file(atlas_url: str) -> None:
    url = f"{atlas_url}/component/app.atlas_assets/countries-110m.json.gz"
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200
        assert answer.headers["Content-Encoding"] is None  # gzipped once, not per request
        topology = json.loads(gzip.decompress(answer.read()))
    assert len(topology["objects"]["countries"]["geometries"]) == len(
        basemap.countries()["features"]
    )


def test_clicking_a_marker_shows_that_city(atlas_page: Page) -> None:
    expect_map_of(atlas_page, cities_shown())
    choose(atlas_page, "Country", "Kosovo")
    expect_map_of(atlas_page, cities_shown(countries=["XK"]))
    markers = city_markers(atlas_page)
    markers.first.hover()
    label = map_frame(atlas_page).locator(".leaflet-tooltip").inner_text()  # "Gjilan (Kosovo)"
    city = label.rsplit(" (", 1)[0]
    markers.first.click()
    atlas_page.get_by_role("tab", name="City", exact=True).click()
    expect(atlas_page.get_by_role("heading", name=city, exact=True)).to_be_visible(timeout=WAIT_MS)


def test_search_opens_the_city_and_centres_the_map(atlas_page: Page) -> None:
    expect_map_of(atlas_page, cities_shown())
    box = atlas_page.get_by_role("textbox", name="Search a city")
    box.fill("malmo")
    box.press("Enter")
    atlas_page.get_by_role("tab", name="City", exact=True).click()
    expect(atlas_page.get_by_role("heading", name="Malmö", exact=True)).to_be_visible(
        timeout=WAIT_MS
    )


def test_a_shared_link_reopens_the_same_view(atlas_page: Page, atlas_url: str) -> None:
    atlas_page.goto(f"{atlas_url}/?networks=scn&countries=Kosovo&city=XK:pec-peja")
    expect_map_of(atlas_page, cities_shown(networks=["scn"], countries=["XK"]))
    atlas_page.get_by_role("tab", name="City", exact=True).click()
    expect(atlas_page.get_by_role("heading", name="Pec/Peja", exact=True)).to_be_visible()
    choose(atlas_page, "Country", "Cameroon")
    expect(atlas_page).to_have_url(re.compile(r"countries=Kosovo&countries=Cameroon"))


def test_presentation_mode_hides_the_controls_and_steps_through_the_story(
    atlas_page: Page, atlas_url: str
) -> None:
    atlas_page.goto(f"{atlas_url}/?present=1")
    expect(city_markers(atlas_page)).to_have_count(len(cities_shown()), timeout=WAIT_MS)
    expect(atlas_page.get_by_test_id("stSidebar")).to_be_hidden()
    expect(atlas_page.get_by_role("textbox", name="Search a city")).to_be_hidden()
    expect(headline(atlas_page, "City Networks Atlas")).to_be_visible()
    shown = "City Networks Atlas"
    for title in (
        "Official Statement of Solidarity with Istanbul",
        "Declaration on Solidarity with Ukraine",
    ):
        headline(atlas_page, shown).click()  # the page, not the map's frame, has the focus
        atlas_page.keyboard.press("ArrowRight")
        shown = title
        expect(headline(atlas_page, title)).to_be_visible(timeout=WAIT_MS)
        signed = bundled_rows()[bundled_rows()["statement_title"] == title]
        expect(city_markers(atlas_page)).to_have_count(
            signed["place_key"].nunique(), timeout=WAIT_MS
        )


def test_picking_a_statement_on_the_timeline_opens_it(atlas_page: Page) -> None:
    expect_map_of(atlas_page, cities_shown())
    dot = atlas_page.locator('[data-testid="stVegaLiteChart"] path[aria-label*="Istanbul"]')
    dot.click()
    title = "Official Statement of Solidarity with Istanbul"
    expect(atlas_page.get_by_role("heading", name=title, exact=True)).to_be_visible(timeout=WAIT_MS)
    expect(atlas_page.get_by_text("53 signatories")).to_be_visible()

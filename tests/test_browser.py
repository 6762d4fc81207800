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
from playwright.sync_api import Browser, Locator, Page, expect

from geo import atlas, view
from geo.data import store
from geo.maps import basemap, mapping
from tests.browser import (
    DATA_DIR,
    MAP_FRAME,
    NOT_LOOPBACK,
    VIEWPORT,
    WAIT_MS,
    Traffic,
    block,
    choose,
    city_markers,
    clusters,
    country_outlines,
    expect_cities_shown,
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


@cache
def bundled_members() -> pd.DataFrame:
    return view.member_rows(store.load(DATA_DIR))


def cities_shown(networks: Collection[str] = (), countries: Collection[str] = ()) -> view.Shown:
    """What the app's own logic shows for this filter: members and signatories."""
    wanted = view.View(networks=tuple(networks), countries=tuple(countries))
    return view.show(bundled_rows(), wanted, bundled_members())


def expect_map_of(page: Page, shown: view.Shown) -> None:
    """The headline counts these cities, and the map shows each, as a marker or in a cluster."""
    expect(headline(page, view.headline(shown))).to_be_visible(timeout=WAIT_MS)
    expect_cities_shown(page, len(shown.points))


# Streamlit's scripts a first page must not wait for: a slider's (moment, numbro: 126 KB), the
# charts' (Vega), raw HTML in Markdown (rehype-raw: 187 KB). Each is a chunk the browser loads
# when an element first needs it, in line with the map's own (benchmarks/README.md).
NOT_ON_A_FIRST_PAGE = ("Slider", "moment", "numbro", "ArrowVegaLiteChart", "loadVegaEmbed",
                       "rehype-raw")  # fmt: skip


def test_opens_offline_with_every_city_on_the_map(atlas_page: Page, traffic: Traffic) -> None:
    expect_map_of(atlas_page, cities_shown())
    scripts = [urlsplit(url).path for url in traffic.served if "/static/js/" in url]
    assert len(scripts) > 10  # Streamlit's own, served by the app
    loaded = {path.rsplit("/", 1)[1].split(".")[0] for path in scripts}
    assert loaded.isdisjoint(NOT_ON_A_FIRST_PAGE)
    expect(country_outlines(atlas_page)).to_have_count(len(basemap.countries()["features"]))
    assert any(urlsplit(url).path.endswith("/atlas-map.js.gz") for url in traffic.served)  # Leaflet
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
    url = f"{atlas_url}/component/ui.served.map_assets/countries-110m.json.gz"
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
    expect(selection_ring(atlas_page)).to_have_count(2, timeout=WAIT_MS)  # white in dark


def test_search_opens_the_city_and_centres_the_map(atlas_page: Page) -> None:
    expect_map_of(atlas_page, cities_shown())
    box = atlas_page.get_by_role("textbox", name="Search a city")
    box.fill("malmo")
    box.press("Enter")
    atlas_page.get_by_role("tab", name="City", exact=True).click()
    expect(atlas_page.get_by_role("heading", name="Malmö", exact=True)).to_be_visible(
        timeout=WAIT_MS
    )
    expect(selection_ring(atlas_page)).to_have_count(2, timeout=WAIT_MS)
    wait_for_map_to_settle(atlas_page)
    centre = atlas_page.locator(MAP_FRAME).evaluate(MAP_VIEW)  # st_folium's center and zoom
    at = [pytest.approx(55.60587, abs=1e-4), pytest.approx(13.00073, abs=1e-4)]
    assert centre == [mapping.FOCUS_ZOOM, *at]  # its region, not its streets


# In the map's frame: count the cluster layers' animated zooms (Leaflet.markercluster's
# _withAnimation, which each new cluster layer copies when it is made) from now on.
COUNT_CLUSTER_ANIMATIONS = """(_) => {
    window.clusterAnimations = 0;
    const animated = L.MarkerClusterGroup.prototype._withAnimation;
    for (const name of ["_animationZoomIn", "_animationZoomOut"]) {
        const zoom = animated[name];
        animated[name] = function () {
            window.clusterAnimations++;
            return zoom.apply(this, arguments);
        };
    }
}"""


def test_the_pages_own_fits_move_the_clusters_at_once(atlas_page: Page) -> None:
    """A fit the page makes (here to the cities a filter leaves) swaps the clusters without
    their animation, during which not every city is on the map; a person's zoom keeps it."""
    expect_map_of(atlas_page, cities_shown())
    wait_for_map_to_settle(atlas_page)
    frame = atlas_page.locator(MAP_FRAME).last
    world = frame.evaluate("f => f.contentWindow.map.getZoom()")
    map_frame(atlas_page).locator("body").evaluate(COUNT_CLUSTER_ANIMATIONS)
    choose(atlas_page, "Country", "Kosovo")
    expect_map_of(atlas_page, cities_shown(countries=["XK"]))
    wait_for_map_to_settle(atlas_page)
    assert frame.evaluate("f => f.contentWindow.map.getZoom()") > world  # fitted to Kosovo
    assert frame.evaluate("f => f.contentWindow.clusterAnimations") == 0
    map_frame(atlas_page).get_by_role("button", name="Zoom out").click()  # a person's zoom
    for _ in range(50):
        if frame.evaluate("f => f.contentWindow.clusterAnimations"):
            break  # animated: the count sees the animations there are
        atlas_page.wait_for_timeout(100)
    assert frame.evaluate("f => f.contentWindow.clusterAnimations") > 0


def test_a_shared_link_reopens_the_same_view(offline_page: Page, atlas_url: str) -> None:
    offline_page.goto(f"{atlas_url}/?networks=scn&countries=Kosovo&city=XK:pec-peja")
    expect_map_of(offline_page, cities_shown(networks=["scn"], countries=["XK"]))
    offline_page.get_by_role("tab", name="City", exact=True).click()
    expect(offline_page.get_by_role("heading", name="Pec/Peja", exact=True)).to_be_visible()
    expect(selection_ring(offline_page)).to_have_count(2, timeout=WAIT_MS)
    choose(offline_page, "Country", "Cameroon")
    expect(offline_page).to_have_url(re.compile(r"countries=XK&countries=CM"))


def test_presentation_mode_hides_the_controls_and_steps_through_the_story(
    offline_page: Page, atlas_url: str
) -> None:
    offline_page.goto(f"{atlas_url}/?present=1")
    expect_cities_shown(offline_page, len(cities_shown().points))
    expect(offline_page.get_by_test_id("stSidebar")).to_be_hidden()
    expect(offline_page.get_by_role("textbox", name="Search a city")).to_be_hidden()
    expect(headline(offline_page, "City Networks Atlas")).to_be_visible()
    shown = "City Networks Atlas"
    for title in (
        "Official Statement of Solidarity with Istanbul",
        "Declaration on Solidarity with Ukraine",
    ):
        headline(offline_page, shown).click()  # the page, not the map's frame, has the focus
        offline_page.keyboard.press("ArrowRight")
        shown = title
        expect(headline(offline_page, title)).to_be_visible(timeout=WAIT_MS)
        signed = bundled_rows()[bundled_rows()["statement_title"] == title]
        expect_cities_shown(offline_page, signed["place_key"].nunique())


def test_picking_a_statement_on_the_timeline_opens_it(atlas_page: Page) -> None:
    expect_map_of(atlas_page, cities_shown())
    expect(atlas_page.locator('[data-testid="stVegaLiteChart"]')).to_have_count(0)  # not built
    atlas_page.get_by_text("Statements over time", exact=True).click()
    dot = atlas_page.locator('[data-testid="stVegaLiteChart"] path[aria-label*="Istanbul"]')
    dot.click()
    title = "Official Statement of Solidarity with Istanbul"
    expect(atlas_page.get_by_role("heading", name=title, exact=True)).to_be_visible(timeout=WAIT_MS)
    expect(atlas_page.get_by_text("53 signatories")).to_be_visible()


def selection_ring(page: Page) -> Locator:
    """The ring around the selected city: a white circle inside a dark one."""
    return map_frame(page).locator(".atlas-selected")


def test_the_world_view_groups_cities_into_clusters_that_count_them(atlas_page: Page) -> None:
    everything = cities_shown()
    expect_map_of(atlas_page, everything)  # loose markers plus the clusters' numbers
    wait_for_map_to_settle(atlas_page)
    groups = clusters(atlas_page)
    assert groups.count() > 0
    assert city_markers(atlas_page).count() < len(everything.points) / 2  # most are in clusters
    counts = [int(text) for text in groups.all_inner_texts()]
    loose = city_markers(atlas_page).count()
    groups.nth(counts.index(max(counts))).click()  # the largest cluster: Italy's, or Spain's
    expect(city_markers(atlas_page)).not_to_have_count(loose, timeout=WAIT_MS)
    wait_for_map_to_settle(atlas_page)
    assert city_markers(atlas_page).count() > loose  # zoomed in: its cities come apart


# Listens, on the map and every cluster group put on it later (a rerun may replace the group),
# for markercluster's `spiderfied` event, and names each spread-out marker by its city
# (data-spread="label") so that the test can click it as a person would.
LISTEN_FOR_SPIDERFIED = """() => {
    var map = Object.keys(window).filter(function (name) { return name.startsWith("map_"); })
        .map(function (name) { return window[name]; })
        .find(function (value) { return value instanceof L.Map; });
    function listen(layer) {
        if (!(layer instanceof L.MarkerClusterGroup) || layer.atlasTestListens) { return; }
        layer.atlasTestListens = true;
        layer.on("spiderfied", function (event) {
            event.markers.forEach(function (marker) {
                marker.getElement().setAttribute("data-spread", marker.label);
            });
        });
    }
    map.eachLayer(listen);
    map.on("layeradd", function (event) { listen(event.layer); });
}"""


def click_city_in_cluster(page: Page, label: str) -> None:
    """Click the cluster in the middle of the map (the selected city's, which the map is centred
    on); once markercluster says it has spread its cities out (its `spiderfied` event), click
    the marker of `label`."""
    wait_for_map_to_settle(page)
    frame = page.locator(MAP_FRAME).last.element_handle(timeout=WAIT_MS).content_frame()
    assert frame is not None
    frame.evaluate(LISTEN_FOR_SPIDERFIED)
    box = page.locator(MAP_FRAME).bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # centred on it
    spread = map_frame(page).locator(f"[data-spread={json.dumps(label)}]")
    expect(spread).to_have_count(1, timeout=WAIT_MS)
    spread.click()


def test_cities_sharing_a_coordinate_can_each_be_clicked(
    offline_page: Page, atlas_url: str
) -> None:
    """Manchester and Greater Manchester are drawn at one point: a click spreads them out."""
    offline_page.goto(f"{atlas_url}/?city=GB:manchester")
    expect(headline(offline_page, view.headline(cities_shown()))).to_be_visible(timeout=WAIT_MS)
    expect(selection_ring(offline_page)).to_have_count(2, timeout=WAIT_MS)
    both = map_frame(offline_page).locator(".marker-cluster", has_text=re.compile(r"^2$"))
    expect(both.first).to_be_visible(timeout=WAIT_MS)  # zoomed in: the pair alone is a cluster
    for city in ("Greater Manchester Region", "Manchester"):
        label = f"{city} (United Kingdom)"
        click_city_in_cluster(offline_page, label)
        offline_page.get_by_role("tab", name="City", exact=True).click()
        heading = offline_page.get_by_role("heading", name=city, exact=True)
        expect(heading).to_be_visible(timeout=WAIT_MS)
        # The map is drawn again with the ring around the city chosen (the ring names it).
        ring = selection_ring(offline_page).and_(map_frame(offline_page).get_by_label(label))
        expect(ring).to_have_count(2, timeout=WAIT_MS)


def test_the_legend_folds_and_covers_no_city(atlas_page: Page) -> None:
    expect_map_of(atlas_page, cities_shown())
    wait_for_map_to_settle(atlas_page)
    legend = map_frame(atlas_page).locator("#atlas-legend")
    box = legend.bounding_box()
    assert box is not None
    for shown in [*city_markers(atlas_page).all(), *clusters(atlas_page).all()]:
        spot = shown.bounding_box()
        assert spot is not None
        apart = (
            spot["x"] + spot["width"] <= box["x"]
            or spot["x"] >= box["x"] + box["width"]
            or spot["y"] + spot["height"] <= box["y"]
            or spot["y"] >= box["y"] + box["height"]
        )
        assert apart, f"the legend covers a city at {spot}"
    colours = legend.evaluate(
        "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]"
    )
    assert colours == ["rgb(26, 26, 26)", "rgb(255, 255, 255)"]  # its own, in any theme
    expect(legend.get_by_text("SCN")).to_be_visible()
    legend.get_by_text("Legend").click()
    expect(legend.get_by_text("SCN")).to_be_hidden()
    # A filter change puts new cities and a new legend on the map: folded, as it was left.
    choose(atlas_page, "Network", "SCN")
    expect_map_of(atlas_page, cities_shown(networks=["scn"]))
    expect(legend.get_by_text("Legend")).to_be_visible()
    expect(legend.get_by_text("SCN")).to_be_hidden()
    legend.get_by_text("Legend").click()
    expect(legend.get_by_text("SCN")).to_be_visible()


def page_counting_websocket(chromium: Browser, traffic: Traffic) -> tuple[Page, list[int]]:
    """A page in a fresh offline context, and the size of each websocket message it will
    receive (listened to before it opens anything)."""
    context = chromium.new_context(viewport=VIEWPORT)
    context.route(NOT_LOOPBACK, lambda route: block(route, traffic))
    page = context.new_page()
    received: list[int] = []
    page.on(
        "websocket",
        lambda ws: ws.on("framereceived", lambda frame: received.append(len(frame))),
    )
    return page, received


def test_a_panel_tab_reruns_the_panels_alone_and_sends_no_map(
    chromium: Browser, atlas_url: str, traffic: Traffic
) -> None:
    """The panels are a fragment: choosing a tab sends its content, not the map (about 14 KB
    with every city) nor the timeline, and the map's frame stays the same page."""
    page, received = page_counting_websocket(chromium, traffic)
    page.goto(atlas_url)
    expect_cities_shown(page, len(cities_shown().points))
    wait_for_map_to_settle(page)
    page.locator(MAP_FRAME).evaluate("frame => { frame.contentWindow.atlasUntouched = true; }")
    before = sum(received)
    page.get_by_role("tab", name="City", exact=True).click()
    expect(page.get_by_text("Click a city on the map, or search for one")).to_be_visible()
    # A full rerun sends the map (left) before the panels (right): it would be counted by now.
    assert sum(received) - before < 4_000
    assert page.locator(MAP_FRAME).evaluate("frame => frame.contentWindow.atlasUntouched")
    page.context.close()


# The map's view, as Leaflet has it: [zoom, centre latitude, centre longitude].
MAP_VIEW = (
    "f => { const m = f.contentWindow.map, c = m.getCenter(); return [m.getZoom(), c.lat, c.lng]; }"
)
# Leaflet is still at a zoom above `above`: no zoom and no pan (a drag's inertia) under way.
MAP_STILL = """(above) => {
    const map = document.querySelector('iframe[title="ui.mapframe.st_folium"]')
        .contentWindow.map;
    const still = !map._animatingZoom && !(map._panAnim && map._panAnim._inProgress);
    return still && map.getZoom() > above;
}"""


def move_map_as_a_person_does(page: Page, around: tuple[float, float]) -> list[float]:
    """Zoom in with the wheel over `around` (latitude, longitude), then drag the map a little;
    return the map's view once it is still."""
    frame = page.locator(MAP_FRAME)
    start = frame.evaluate(MAP_VIEW)
    spot = frame.evaluate("(f, at) => f.contentWindow.map.latLngToContainerPoint(at)", list(around))
    box = frame.bounding_box()
    assert box is not None
    x, y = box["x"] + spot["x"], box["y"] + spot["y"]
    page.mouse.move(x, y)
    page.mouse.wheel(0, -240)
    page.wait_for_function(MAP_STILL, arg=start[0], polling="raf")
    page.mouse.down()
    page.mouse.move(x + 60, y + 40, steps=12)
    page.mouse.up()
    page.wait_for_timeout(300)  # a drag's inertia starts at the next frame
    page.wait_for_function(MAP_STILL, arg=start[0], polling="raf")
    moved = list(frame.evaluate(MAP_VIEW))
    assert moved[0] > start[0]
    assert moved[1:] != start[1:]
    return moved


def test_a_filter_change_updates_the_same_map_frame_keeping_pan_and_zoom(
    chromium: Browser, atlas_url: str, traffic: Traffic
) -> None:
    """The cities' group is swapped in the frame the person is looking at: no new frame, no
    Leaflet downloaded again, their pan and zoom kept; new cities all out of view are fitted."""
    page, received = page_counting_websocket(chromium, traffic)
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(atlas_url)
    expect_cities_shown(page, len(cities_shown().points))
    wait_for_map_to_settle(page)
    frame = page.locator(MAP_FRAME)
    paris = (48.85341, 2.3488)
    moved = move_map_as_a_person_does(page, paris)
    frame.evaluate("f => { f.contentWindow.atlasKept = true; }")
    before, fetched[:] = len(received), []
    page.get_by_text("Only cities in two or more networks", exact=True).click()
    choose(page, "Country", "France")
    expect(headline(page, "1 member city in 1 country")).to_be_visible(timeout=WAIT_MS)
    expect_cities_shown(page, 1)  # Paris, the one French city in two networks
    wait_for_map_to_settle(page)
    assert frame.evaluate("f => f.contentWindow.atlasKept")  # the same page in the same frame
    assert frame.count() == 1
    assert frame.evaluate(MAP_VIEW) == moved  # Paris is in view: the view stays
    component_files = [url for url in fetched if "/component/" in urlsplit(url).path]
    assert component_files == []  # no Leaflet, clusters, scripts or streamlit-folium again
    sent = received[before:]
    # Two reruns (the tick, the country): each sends the page's elements again (about 10 KB),
    # the base map (3 KB) and the cities' group. Before, each sent a new map of 4 to 14 KB and
    # its frame fetched 105 KB (Leaflet, streamlit-folium's bundle, the scripts) again.
    assert sum(sent) < 2 * 20_000, sent
    assert max(sent) < 6_000, sent  # the largest message: the map, base and Paris

    page.get_by_role("button", name="Remove France").click()
    choose(page, "Country", "Canada")  # Montréal alone, far out of view: fitted
    expect_cities_shown(page, 1)
    wait_for_map_to_settle(page)
    assert frame.evaluate("f => f.contentWindow.atlasKept")
    assert frame.evaluate(MAP_VIEW) != moved
    assert frame.evaluate("f => f.contentWindow.map.getBounds().contains([45.50884, -73.58781])")
    page.context.close()


def test_the_selected_city_centres_the_map_once_not_at_every_filter_change(
    offline_page: Page, atlas_url: str
) -> None:
    offline_page.goto(f"{atlas_url}/?city=FR:paris")
    expect(selection_ring(offline_page)).to_have_count(2, timeout=WAIT_MS)
    wait_for_map_to_settle(offline_page)
    centre = offline_page.locator(MAP_FRAME).evaluate(MAP_VIEW)
    assert centre[1:] == [pytest.approx(48.85341, abs=0.01), pytest.approx(2.3488, abs=0.01)]
    moved = move_map_as_a_person_does(offline_page, (48.85341, 2.3488))
    offline_page.get_by_text("Only cities in two or more networks", exact=True).click()
    # Paris among the 8 on the map (those out of view are not drawn), selected, in view
    expect(map_frame(offline_page).locator('[data-atlas-cities="8"]')).to_have_count(
        1, timeout=WAIT_MS
    )
    expect(selection_ring(offline_page)).to_have_count(2, timeout=WAIT_MS)
    wait_for_map_to_settle(offline_page)
    assert offline_page.locator(MAP_FRAME).evaluate(MAP_VIEW) == moved

"""A large atlas in Chromium: the cities come once, as a file; a filter change sends a few KB.

The atlas is synthetic (benchmarks/synthetic.py), under CANVAS_ABOVE cities so that each city
not in a cluster is an SVG path the test can count. Its speed is measured in benchmarks/, not
here: these check what is sent and what is drawn.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pandas as pd
import pytest
from playwright.sync_api import Browser, Response, expect

from benchmarks import synthetic
from geo import atlas, view
from geo.data import store
from geo.maps.citylayer import CANVAS_ABOVE
from tests.browser import (
    WAIT_MS,
    Traffic,
    choose,
    clusters,
    expect_cities_shown,
    headline,
    serve_atlas,
    wait_for_map_to_settle,
)
from tests.test_browser import page_counting_websocket

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.browser

CITIES = CANVAS_ABOVE - 100
# What a filter change may send over the websocket, the page's other elements included.
CHANGE_BYTES_AT_MOST = 20_000
# A file the map's frame loads that Streamlit would gzip at each request (above 1,000 bytes),
# and that is worth gzipping once: its scripts (225 KB each), the outlines, the cities.
LARGE_FILE = 20_000
GZIP = "application/gzip"


@pytest.fixture(scope="module")
def big_atlas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, pd.DataFrame]]:
    """The app on a synthetic atlas of CITIES cities, and its signatory rows."""
    root = tmp_path_factory.mktemp("big") / "data"
    synthetic.write_data(root, CITIES)
    rows = atlas.signatory_rows(store.load(root))
    with serve_atlas(root, tmp_path_factory.mktemp("streamlit") / "server.log") as url:
        yield url, rows


def test_a_filter_change_sends_a_few_kb_fetches_nothing_and_draws_the_right_cities(
    chromium: Browser, big_atlas: tuple[str, pd.DataFrame], traffic: Traffic
) -> None:
    url, rows = big_atlas
    page, received = page_counting_websocket(chromium, traffic)
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(url)
    expect_cities_shown(page, len(atlas.city_points(rows)))
    wait_for_map_to_settle(page)
    cities_files = [u for u in fetched if "/cities-" in urlsplit(u).path]
    assert len(cities_files) == 1  # every city, once

    changes = [
        (view.View(shared=True), lambda: page.get_by_text(SHARED, exact=True).click()),
        (view.View(shared=True, countries=("IT",)), lambda: choose(page, "Country", "Italy")),
        (view.View(countries=("IT",)), lambda: page.get_by_text(SHARED, exact=True).click()),
    ]
    for wanted, change in changes:
        before, fetched[:] = len(received), []
        change()
        cities = view.show(rows, wanted).points
        expect(headline(page, atlas.summary(cities))).to_be_visible(timeout=WAIT_MS)
        expect_cities_shown(page, len(cities))
        wait_for_map_to_settle(page)
        sent = received[before:]
        assert sum(sent) < CHANGE_BYTES_AT_MOST, sent
        assert fetched == []  # nothing over HTTP: not the cities, not a script
    page.context.close()


SHARED = "Only cities in two or more networks"


def test_the_map_frame_s_large_files_come_packed_once_not_gzipped_at_each_visit(
    chromium: Browser, big_atlas: tuple[str, pd.DataFrame], traffic: Traffic
) -> None:
    """Streamlit gzips a component's files again at every request: the map's frame gets its
    large files (its scripts, the outlines, the cities) gzipped once, as they are on disk."""
    url, rows = big_atlas
    page, _ = page_counting_websocket(chromium, traffic)
    answers: list[Response] = []
    page.on("response", lambda answer: answers.append(answer))
    page.goto(url)
    expect_cities_shown(page, len(atlas.city_points(rows)))
    frame = {
        urlsplit(answer.url).path: (answer.all_headers(), len(answer.body()))
        for answer in answers
        if urlsplit(answer.url).path.startswith("/component/")
    }
    large = {path: headers for path, (headers, size) in frame.items() if size > LARGE_FILE}
    gzipped_at_request = [path for path, headers in large.items() if "content-encoding" in headers]
    assert gzipped_at_request == []
    packed = [path for path, headers in large.items() if headers["content-type"] == GZIP]
    assert sorted(packed) == sorted(large)
    assert len([path for path in packed if path.endswith(".js.gz")]) == 2  # the two scripts
    page.context.close()


@pytest.mark.parametrize("query", ["", "?present=1"])
def test_no_cluster_hides_another(
    chromium: Browser, big_atlas: tuple[str, pd.DataFrame], traffic: Traffic, query: str
) -> None:
    """Cluster markers are bigger than a city's dot, the more so with more cities in them and
    in presentation mode: nearby clusters must still not cover one another's count, and
    each count fits inside its own marker."""
    url, rows = big_atlas
    page, _ = page_counting_websocket(chromium, traffic)
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{url}/{query}")
    expect_cities_shown(page, len(atlas.city_points(rows)))
    wait_for_map_to_settle(page)
    boxes = clusters(page).evaluate_all(
        "(icons) => icons.map((e) => { const r = e.getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom, e.textContent,"
        " e.firstElementChild.getBoundingClientRect().width, e.clientWidth]; })"
    )
    assert len(boxes) > 5, boxes
    assert [b for b in boxes if b[5] > b[6]] == []  # the count's width, the marker's
    covered = [
        (a[4], b[4])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    ]
    assert covered == [], covered
    page.context.close()

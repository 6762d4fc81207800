"""Presentation mode's years in headless Chromium, offline: the arrow keys step through them
as through the statements, and the play control steps on by itself, to the last year."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.atlases import member_atlas
from tests.browser import (
    NOT_LOOPBACK,
    WAIT_MS,
    Traffic,
    block,
    expect_cities_shown,
    headline,
    press_in_map,
    serve_atlas,
)

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def members_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a small atlas whose members joined in 2010, 2012 and 2016."""
    root = tmp_path_factory.mktemp("years")
    with serve_atlas(member_atlas(root / "data"), root / "server.log") as url:
        yield url


@pytest.fixture
def years_page(chromium: Browser, members_url: str, traffic: Traffic) -> Iterator[Page]:
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    context.route(NOT_LOOPBACK, lambda route: block(route, traffic))
    page = context.new_page()
    page.goto(f"{members_url}/?present=1&as_of=2010-12-31")
    yield page
    context.close()


def year(day: str) -> str:
    return f"Members as of {day}"


def test_arrow_keys_step_through_the_years_and_play_runs_them_to_the_last(
    years_page: Page, traffic: Traffic
) -> None:
    page = years_page
    first, second, last = "31 December 2010", "31 December 2012", "31 December 2016"
    expect(headline(page, year(first))).to_be_visible(timeout=WAIT_MS)
    expect_cities_shown(page, 2)  # Oslo; Porto, whose date is unknown, is counted
    press_in_map(page, "ArrowRight", year(first), year(second))
    expect_cities_shown(page, 4)
    press_in_map(page, "ArrowLeft", year(second), year(first))
    expect_cities_shown(page, 2)
    page.get_by_role("button", name="▶ Play years").click()
    expect(page.get_by_role("button", name="❚❚ Pause")).to_be_visible(timeout=WAIT_MS)
    expect(headline(page, year(second))).to_be_visible(timeout=WAIT_MS)  # by itself
    expect(headline(page, year(last))).to_be_visible(timeout=WAIT_MS)
    # stopped there: the button plays again
    expect(page.get_by_role("button", name="▶ Play years")).to_be_visible(timeout=WAIT_MS)
    expect_cities_shown(page, 4)  # Oslo joined SCN in 2016, an ICC member already
    assert not traffic.blocked

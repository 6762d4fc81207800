"""The page on a small atlas of members with and without join dates: the map, the headline,
the City panel, the membership date filters and their link, the joins timeline,
presentation mode's years; and visitors sharing the data's tables, which no page run changes."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from geo import atlas, view
from geo.data import store
from geo.maps import mapping
from tests.atlases import STATEMENT, member_atlas
from tests.test_app import APP, cities_sent_to_map, headline, map_sent, opened
from tests.test_cli import run as run_cli
from ui import loading

T = TypeVar("T")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = member_atlas(tmp_path / "data")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(folder))
    return folder


def page(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception
    return at


def test_members_are_on_the_map_and_counted_in_the_headline(folder: Path) -> None:
    at = page()
    assert headline(at) == "4 member cities in 4 countries · 1 more city signed a statement"
    assert cities_sent_to_map(at) == 5  # Bergen signed, Lyon, Bari and Porto are members only
    at.multiselect(key="networks").set_value(["icc"]).run()
    assert headline(at) == "4 member cities in 4 countries"
    assert cities_sent_to_map(at) == 4


def test_the_city_panel_lists_each_membership_by_network_name_and_date(folder: Path) -> None:
    at = page(city="NO:oslo")
    opened(at, "City")
    memberships = at.dataframe[0].value
    assert memberships[["network", "joined", "status"]].to_dict("records") == [
        {"network": "Council of Europe Intercultural Cities", "joined": "1 May 2010",
         "status": "full member"},
        {"network": "Strong Cities Network", "joined": "1 February 2016", "status": ""},
    ]  # fmt: skip
    assert list(memberships["evidence_url"]) == ["https://example.org/oslo"] * 2
    at.session_state["city"] = "PT:porto"
    at.run()
    porto = at.dataframe[0].value
    assert list(porto["joined"]) == ["date unknown"]
    assert "**Networks:** Council of Europe Intercultural Cities" in [m.value for m in at.markdown]


def test_members_as_of_a_day_and_the_link_that_keeps_it(folder: Path) -> None:
    at = page()
    at.date_input(key="as_of").set_value(dt.date(2011, 1, 1)).run()
    # Oslo had joined; Porto's date is unknown, so counted; Bergen signed a statement
    assert headline(at) == "2 member cities in 2 countries · 1 more city signed a statement"
    assert at.query_params["as_of"] == "2011-01-01"
    at.radio(key="dated_only").set_value(True).run()
    assert headline(at) == "1 member city in 1 country · 1 more city signed a statement"
    assert at.query_params["dated_only"] == "1"
    shared = page(as_of="2011-01-01", dated_only="1")  # the link opens the same view
    assert shared.date_input(key="as_of").value == dt.date(2011, 1, 1)
    assert shared.radio(key="dated_only").value is True
    assert headline(shared) == headline(at)


def test_members_who_joined_between_two_days(folder: Path) -> None:
    at = page(networks="icc", dated_only="1")
    at.date_input(key="joined_from").set_value(dt.date(2012, 1, 1)).run()
    at.date_input(key="joined_to").set_value(dt.date(2012, 6, 30)).run()
    assert headline(at) == "1 member city in 1 country"  # Lyon
    assert at.query_params["joined_from"] == "2012-01-01"
    at.date_input(key="joined_to").set_value(dt.date(2011, 1, 1)).run()
    assert headline(at) == "0 cities in 0 countries"
    assert "the membership date" in at.warning[0].value
    at.button(key="reset_filters").click().run()
    assert at.date_input(key="joined_from").value is None
    assert cities_sent_to_map(at) == 5


def test_how_unknown_join_dates_are_treated_is_said_and_a_link_day_is_moved_in(
    folder: Path,
) -> None:
    at = page(as_of="1999-05-01")  # before any member joined: the first day of its year
    assert at.date_input(key="as_of").value == dt.date(2010, 1, 1)
    assert "1 of 5 memberships have no known join date" in at.sidebar.caption[0].value
    assert at.radio(key="dated_only").options == ["counted", "left out"]


def test_an_atlas_whose_members_have_no_dates_offers_no_date_filter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    undated = member_atlas(tmp_path / "data", members=(("icc", "Lyon", "France", "", ""),))
    monkeypatch.setenv("ATLAS_DATA_DIR", str(undated))
    at = page()
    assert not at.date_input
    assert headline(at) == "1 member city in 1 country · 2 more cities signed a statement"


def test_an_atlas_of_members_and_no_statement_shows_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = member_atlas(tmp_path / "data")
    (folder / "signatories.csv").write_text("statement_id,city,country,region\n")
    for statement in (folder / "statements").iterdir():
        statement.unlink()
    monkeypatch.setenv("ATLAS_DATA_DIR", str(folder))
    at = page()
    assert headline(at) == "4 member cities in 4 countries"
    assert cities_sent_to_map(at) == 4


def test_the_joins_timeline_counts_members_by_year(folder: Path) -> None:
    at = page()
    assert not at.get("vega_lite_chart")  # closed at first, as the statements' timeline
    at.session_state["joins_open"] = True
    at.run()
    (chart,) = at.get("vega_lite_chart")
    assert "members joining" in chart.proto.spec
    assert '"field": "year"' in chart.proto.spec
    assert "1 memberships of unknown date are not on it." in [c.value for c in at.caption]


def strip(at: AppTest) -> str:
    return next(m.value for m in at.markdown if 'class="atlas-present' in m.value)


def test_presentation_steps_and_plays_the_years(folder: Path) -> None:
    at = page(present="1")
    assert at.radio(key="present_steps").value == "statements"
    at.radio(key="present_steps").set_value("years").run()
    assert "# Members as of 31 December 2010" in [m.value for m in at.markdown]
    assert cities_sent_to_map(at) == 2  # Oslo, and Porto of unknown date; no signatory
    assert "1 city joined in 2010:</strong> Oslo (Norway)" in strip(at)
    at.button(key="story_next").click().run()
    assert at.query_params["as_of"] == "2012-12-31"
    assert cities_sent_to_map(at) == 4
    at.button(key="year_play").click().run()  # the player goes on from here
    assert at.button(key="year_play").label == "❚❚ Pause"
    assert "data-playing" in strip(at)
    at.button(key="story_next").click().run()  # as the page's player clicks it
    assert 'data-year="2016"' in strip(at)
    assert "data-playing" not in strip(at)  # the last year: stopped
    assert at.button(key="year_play").label == "▶ Play years"
    at.button(key="year_play").click().run()  # played again from the last: from the first
    assert 'data-year="2010"' in strip(at)
    at.button(key="story_back").click().run()
    assert 'data-year="2010"' in strip(at)  # clamped at the first year
    at.radio(key="present_steps").set_value("statements").run()
    assert "as_of" not in at.query_params
    assert "data-playing" not in strip(at)
    assert cities_sent_to_map(at) == 5


def test_a_presentation_link_with_a_day_opens_at_its_year(folder: Path) -> None:
    at = page(present="1", as_of="2012-12-31", networks="icc")
    assert at.radio(key="present_steps").value == "years"
    assert "# Members as of 31 December 2012" in [m.value for m in at.markdown]
    assert "2 cities joined in 2012:</strong> Bari (Italy) · Lyon (France)" in strip(at)
    at.button(key="story_next").click().run()  # ICC's members joined in 2010 and 2012 only
    assert at.query_params["as_of"] == "2012-12-31"


def test_member_cities_reach_the_map_through_the_served_file(folder: Path) -> None:
    """The file of every city holds the members' places too, so a view of members sends
    which cities to show, not the cities themselves (the inline layer is the fallback)."""
    at = page()
    script = map_sent(at)
    call = re.search(r"atlasCities\(\w+, (?=\{)", script)
    assert call, "no atlasCities call"
    data, _ = json.JSONDecoder().raw_decode(script, call.end())
    assert "points" in data  # served: the file's address and a mask, no labels inline
    assert cities_sent_to_map(at) == 5


def test_visitors_share_the_tables_and_their_runs_leave_them_as_loaded(folder: Path) -> None:
    state = store.state_token(folder)
    first = page()
    first.multiselect(key="networks").set_value(["icc"]).run()
    opened(first, "Countries")
    second = page(city="NO:oslo", statement=STATEMENT)
    opened(second, "City")
    opened(second, "Export")
    page(present="1")
    assert not first.exception
    assert not second.exception
    # every page run is handed the same objects, not a copy each (st.cache_data's way)
    data, rows, _ = loading.load(str(folder), state)
    assert loading.load(str(folder), state)[0] is data
    assert loading.memberships(str(folder), state) is loading.memberships(str(folder), state)
    everything = view.filters(view.View())
    assert loading.select(str(folder), state, everything) is loading.select(
        str(folder), state, everything
    )
    # ... which is safe because no run changed them: they are what the files hold
    fresh = store.load(folder)
    for name in ("networks", "statements", "signatories", "places", "members"):
        pd.testing.assert_frame_equal(getattr(data, name), getattr(fresh, name))
    pd.testing.assert_frame_equal(rows, atlas.signatory_rows(fresh))
    pd.testing.assert_frame_equal(loading.memberships(str(folder), state), view.member_rows(fresh))
    shown = loading.select(str(folder), state, everything)
    expected = view.show(atlas.signatory_rows(fresh), everything, view.member_rows(fresh))
    pd.testing.assert_frame_equal(shown.points, expected.points)
    pd.testing.assert_frame_equal(shown.rows, expected.rows)


def counted(function: Callable[..., T], name: str, calls: Counter[str]) -> Callable[..., T]:
    """`function`, counting its calls under `name` in `calls`."""

    def wrapper(*args: object, **kwargs: object) -> T:
        calls[name] += 1
        return function(*args, **kwargs)

    return wrapper


def test_visitors_share_what_the_data_offers_and_a_save_makes_it_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What depends on the data alone (the sidebar's lists: view.choices), on the filters
    alone (the headline, the statements in order: view.summary) or on the view (the map's
    cities: mapping.drawn_cities; the whole map, built and rendered for its frame:
    mapping.view_map) is made once for every visitor, and made again when a save changes the
    files. What a visitor picks stays theirs."""
    built: Counter[str] = Counter()
    shared = (
        (view, "choices"),
        (view, "summary"),
        (mapping, "drawn_cities"),
        (mapping, "view_map"),
    )
    for module, name in shared:
        monkeypatch.setattr(module, name, counted(getattr(module, name), name, built))
    first = page()
    first.multiselect(key="countries").set_value(["NO"]).run()
    first.selectbox(key="statement").set_value(STATEMENT).run()
    second = page()
    # every city, Norway's (the first's filter) and its cities with the statement picked
    assert built == {"choices": 1, "summary": 2, "drawn_cities": 3, "view_map": 3}
    assert cities_sent_to_map(second) == 5
    assert second.multiselect(key="countries").value == []  # none of the first's picks
    assert second.selectbox(key="statement").value == ""
    assert second.selectbox(key="statement").options == [
        "All statements",
        "2020-05-01 · Nordic statement",
    ]
    assert "start" not in [box.key for box in second.selectbox]  # one date: no lists of dates
    saved = tmp_path / "page.txt"  # an editor saves a second statement, signed by Lyon
    saved.write_text("Lyon statement\n\n1 June 2021\n\nSigned: Lyon (France).\n")
    assert run_cli(folder, "import-statement", str(saved), "--network", "icc").exit_code == 0
    third = page()
    # of the files as they are now
    assert built == {"choices": 2, "summary": 3, "drawn_cities": 4, "view_map": 4}
    assert third.selectbox(key="start").options == ["1 May 2020", "1 June 2021"]
    assert third.selectbox(key="statement").options[-1] == "2021-06-01 · Lyon statement"
    assert first.multiselect(key="countries").value == ["NO"]  # the first visitor's, kept

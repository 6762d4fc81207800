"""The page's logic through Streamlit's AppTest (no browser)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "app.py")


def cities_sent_to_map(at: AppTest) -> int:
    """How many city markers the page sent to the map component."""
    args = json.loads(at.get("component_instance")[0].proto.json_args)
    return int(args["script"].count('"label":'))


def headline(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.startswith("####")).removeprefix("#### ")


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    return at


def test_opens_with_every_city_on_the_map(app: AppTest) -> None:
    assert headline(app) == "188 cities in 52 countries"
    assert cities_sent_to_map(app) == 188
    assert not app.warning


def test_network_filter_changes_what_is_shown(app: AppTest) -> None:
    app.multiselect(key="networks").set_value(["scn"]).run()
    assert headline(app) == "53 cities in 31 countries"
    assert cities_sent_to_map(app) == 53


def test_country_filter_uses_names(app: AppTest) -> None:
    assert "Kosovo" in app.multiselect(key="countries").options
    app.multiselect(key="countries").set_value(["Kosovo"]).run()
    assert headline(app) == "3 cities in 1 country"
    assert cities_sent_to_map(app) == 3


def test_date_range_filter(app: AppTest) -> None:
    app.slider(key="dates").set_value((dt.date(2020, 1, 1), dt.date(2022, 3, 4))).run()
    assert headline(app) == "142 cities in 35 countries"
    assert list(app.selectbox(key="statement").options) == [
        "All statements",
        "2022-03-04 · Declaration on Solidarity with Ukraine",
    ]


def test_statement_panel_shows_the_chosen_statement(app: AppTest) -> None:
    app.selectbox(key="statement").select("2022-03-04-declaration-on-solidarity-with-ukraine").run()
    assert any(h.value == "Declaration on Solidarity with Ukraine" for h in app.subheader)
    assert any("Standing strong and speaking up" in t.value for t in app.text)
    assert any("142 signatories" in c.value for c in app.caption)


def test_city_panel_shows_networks_statements_and_source(app: AppTest) -> None:
    app.session_state["city"] = "CA:montreal"
    app.run()
    assert any(h.value == "Montréal" for h in app.subheader)
    text = " ".join(m.value for m in app.markdown)
    assert "Council of Europe Intercultural Cities, Strong Cities Network" in text
    assert "GeoNames [" in text


def test_unreadable_data_shows_an_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "networks.csv").write_text("id,name\n")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "networks.csv:1: header is 'id,name'" in at.error[0].value

"""A presentation a room can follow, and what a journalist takes away: the app through
AppTest on a small story atlas (tests.atlases.story_atlas), and the exports' titles."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from geo import atlas, view
from geo.data import store
from geo.maps import exports
from tests.atlases import LONG, LONG_TITLE, MEMBERS_NOTE, MEMBERS_PAGE, STATEMENT, story_atlas
from tests.test_app import map_sent, opened
from tests.test_app_members import page
from ui.presentation import NAMES_AT_MOST, strip_html


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = story_atlas(tmp_path / "data")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(folder))
    return folder


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def strip(at: AppTest) -> str:
    return next(m for m in texts(at) if 'class="atlas-present' in m)


def test_a_presentation_says_which_statement_of_how_many(folder: Path) -> None:
    at = page(present="1", statement=STATEMENT)
    assert "1 of 3 · 1 May 2020 · 2 cities in 1 country" in texts(at)
    at.button(key="story_next").click().run()
    assert "2 of 3 · 4 March 2021 · 2 cities in 2 countries" in texts(at)


def test_back_from_the_first_statement_is_the_overview(folder: Path) -> None:
    at = page(present="1", statement=STATEMENT)
    at.button(key="story_back").click().run()
    assert "# City Networks Atlas" in texts(at)
    assert "statement" not in at.query_params
    at.button(key="story_back").click().run()  # the overview is the story's start: it stays
    assert "# City Networks Atlas" in texts(at)
    at.button(key="story_next").click().run()
    assert at.query_params["statement"] == STATEMENT


def test_the_statement_s_note_is_shown_first_in_the_strip(folder: Path) -> None:
    at = page(present="1", statement=MEMBERS_PAGE)
    assert re.search(f'<p class="atlas-note">{re.escape(MEMBERS_NOTE)}</p><p>Members', strip(at))


def test_the_strip_names_so_many_cities_at_most() -> None:
    many = NAMES_AT_MOST + 12
    points = pd.DataFrame({"city": [f"City {i:04}" for i in range(many)], "country": "Italy"})
    shown = strip_html([], points, None)
    assert shown.count("(Italy)") == NAMES_AT_MOST
    assert f"{many} cities:" in shown
    assert "… and 12 more" in shown


def test_a_presentation_s_cities_come_from_the_served_file(folder: Path) -> None:
    """As in the explorer, the map says which cities of the file to show: a link to the
    overview of 12,000 cities sent them all inline, and drew after 9-11 s."""
    script = map_sent(page(present="1"))
    assert '"points"' in script
    assert '"label"' not in script


def test_a_source_kept_in_the_atlas_is_its_page_text_to_download(folder: Path) -> None:
    at = page(statement=MEMBERS_PAGE)
    assert any(r"data/sources/members\_page\.txt" in c.value for c in at.caption)
    assert "seed" not in " ".join(c.value for c in at.caption)
    button = at.get("download_button")[0]
    assert button.proto.label == "Download the page's text (TXT)"
    at = page(statement=LONG)
    assert r"Source: [example\.org](https://example.org/long)" in [c.value for c in at.caption]


def test_the_city_panel_names_the_networks_of_the_statements_signed(folder: Path) -> None:
    at = opened(page(city="NO:bergen"), "City")
    signed = at.dataframe[0].value
    assert set(signed["network"]) == {"Strong Cities Network"}


def test_the_export_panel_gives_the_view_s_link_and_an_iframe(folder: Path) -> None:
    at = opened(page(statement=LONG, networks="scn"), "Export")
    link, embed = (c.value for c in at.code)
    assert link.endswith(f"/?networks=scn&statement={LONG}")
    assert re.fullmatch(
        rf'<iframe src="[^"]*\?networks=scn&amp;statement={LONG}&amp;embed=true" .*</iframe>',
        embed,
    )


def test_a_view_s_link_is_on_the_app_s_own_address() -> None:
    picked = view.View(countries=("XK", "CM"), statement=LONG)
    expected = f"?countries=XK&countries=CM&statement={LONG}"
    assert view.link("http://localhost:8501", picked) == f"http://localhost:8501/{expected}"
    served = "https://example.org/atlas/?q=old#top"
    assert view.link(served, picked, embed="true") == (
        f"https://example.org/atlas/{expected}&embed=true"
    )
    assert view.link("https://example.org/atlas", view.View()) == "https://example.org/atlas"


def test_exports_are_titled_with_the_statement_and_the_filters(folder: Path) -> None:
    data = store.load(folder)
    rows = atlas.signatory_rows(data)
    picked = view.View(networks=("scn",), countries=("IT",), statement=LONG)
    shown = view.show(rows, picked)
    page_html = exports.map_html(data, shown, picked)
    title = f"{LONG_TITLE} (16 November 2022) · Strong Cities Network · Italy"
    assert f"<title>{title}</title>" in page_html
    assert exports.file_name(data, shown, picked, "csv") == (
        "the-bergen-and-bari-mayoral-declaration-on-preventing-hate-extremism-and.csv"
    )
    dates = view.View(start=pd.Timestamp("2021-01-01").date(), shared=True)
    titled = exports.titled(data, view.signed(view.show(rows, dates), dates), dates)
    assert titled == [
        "City Networks Atlas", "signed from 1 January 2021", "in two or more networks"
    ]  # fmt: skip


def test_an_export_of_one_statement_named_on_the_command_line_is_titled_by_it_alone(
    folder: Path,
) -> None:
    """`geo export --statement ID` filters by that one statement: its title names it, and
    says neither '1 statements' nor '1 statement'; two statements are counted."""
    data = store.load(folder)
    rows = atlas.signatory_rows(data)
    one = view.View(statements=(LONG,))
    assert exports.titled(data, view.signed(view.show(rows, one), one), one) == [
        f"{LONG_TITLE} (16 November 2022)"
    ]
    two = view.View(statements=(LONG, MEMBERS_PAGE))
    assert exports.titled(data, view.signed(view.show(rows, two), two), two)[1:] == ["2 statements"]

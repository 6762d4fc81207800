"""The page's logic through Streamlit's AppTest (no browser)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from geo import atlas, view
from geo.data import store
from geo.maps import mapping
from tests.atlases import statement_networks
from tests.conftest import ROOT
from tests.test_access import AUTH, local_server, signed_in_editor, with_edit_link
from tests.test_citylayer import layer_data, marker_styles
from tests.test_cli import GAZETTEER
from tests.test_cli import run as run_cli
from tests.test_markup import read

APP = str(ROOT / "app.py")


def map_args(at: AppTest) -> dict[str, Any]:
    """What the page sent the map component: the base map's script, the cities' group, ..."""
    return dict(json.loads(at.get("component_instance")[0].proto.json_args))


def map_sent(at: AppTest) -> str:
    """The scripts sent to the map: the base map's and the cities' feature group's."""
    args = map_args(at)
    return str(args["script"]) + str(args["feature_group"] or "")


def cities_sent_to_map(at: AppTest) -> int:
    """How many city markers the page sent to the map component."""
    script = map_sent(at)
    return len(layer_data(script)["label"]) if "atlasCities(" in script else 0


def headline(at: AppTest) -> str:
    return at.header[0].value


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The page on the shipped data's statement networks (tests.atlases)."""
    monkeypatch.setenv("ATLAS_DATA_DIR", str(statement_networks()))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    return at


def bundled_points() -> pd.DataFrame:
    """Every located city of the shipped data, worked out from its files (not a total)."""
    return bundled_everything().points


def bundled_everything() -> view.Shown:
    """What the shipped data shows with no filter: its signatories and members."""
    data = store.load(statement_networks())
    return view.show(atlas.signatory_rows(data), view.View(), view.member_rows(data))


def test_opens_with_every_city_on_the_map(app: AppTest) -> None:
    points = bundled_points()
    assert headline(app) == view.headline(bundled_everything())
    assert cities_sent_to_map(app) == len(points)
    assert not app.warning


def test_network_filter_changes_what_is_shown(app: AppTest) -> None:
    app.multiselect(key="networks").set_value(["scn"]).run()
    assert headline(app) == "81 cities in 34 countries"
    assert cities_sent_to_map(app) == 81


def test_country_filter_uses_names(app: AppTest) -> None:
    assert "Kosovo" in app.multiselect(key="countries").options
    app.multiselect(key="countries").set_value(["Kosovo"]).run()
    assert headline(app) == "3 cities in 1 country"
    assert cities_sent_to_map(app) == 3


def test_date_range_filter(app: AppTest) -> None:
    assert app.selectbox(key="start").format_func(app.selectbox(key="start").value) == (
        "29 June 2016"
    )
    app.selectbox(key="end").select(dt.date(2022, 3, 4)).run()
    app.selectbox(key="start").select(dt.date(2022, 3, 4)).run()
    assert headline(app) == "142 member cities in 35 countries"
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
    text = read(" ".join(m.value for m in app.markdown))
    assert "Council of Europe Intercultural Cities, Strong Cities Network" in text
    assert "GeoNames [" in text


def test_unreadable_data_is_listed_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "networks.csv").write_text("id,name\n")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path))
    at = signed_in_editor().run()  # an editor sees which files; a visitor how many problems
    assert not at.exception
    assert "networks.csv:1: header is 'id,name'" in at.text[0].value
    assert "signatories.csv: file is missing" in at.text[0].value
    assert str(tmp_path) not in at.text[0].value  # the server's paths stay on the server
    assert "no statements with signatories yet" in at.info[0].value


def test_a_missing_data_directory_shows_an_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path / "nowhere"))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "is not a data directory" in at.error[0].value
    assert str(tmp_path) not in at.error[0].value  # the server's paths stay on the server


def test_search_is_accent_and_case_insensitive_and_opens_the_city(app: AppTest) -> None:
    app.text_input(key="q").input("MALMO").run()
    assert any(h.value == "Malmö" for h in app.subheader)
    args = map_args(app)  # st_folium centres the map it has, with no new frame
    assert args["center"] == [55.60587, 13.00073]
    assert args["zoom"] == mapping.FOCUS_ZOOM  # its region, not its streets


def test_search_with_several_matches_offers_them(app: AppTest) -> None:
    app.text_input(key="q").input("pec").run()
    options = [read(option) for option in app.radio(key="match").options]
    assert options == ["Pec/Peja (Kosovo)", "Pécs (Hungary)"]
    app.radio(key="match").set_value("HU:pecs").run()
    assert any(h.value == "Pécs" for h in app.subheader)


def test_search_without_match_says_so(app: AppTest) -> None:
    app.text_input(key="q").input("Atlantis").run()
    assert "No city shown matches “Atlantis”" in app.sidebar.warning[0].value


def test_cities_in_two_networks_can_be_filtered_to(app: AppTest) -> None:
    app.checkbox(key="shared").check().run()
    assert headline(app) == "8 member cities in 7 countries"
    assert cities_sent_to_map(app) == 8


def test_picking_a_statement_highlights_its_signatories(app: AppTest) -> None:
    app.selectbox(key="statement").select(
        "2016-06-29-official-statement-of-solidarity-with-istanbul"
    ).run()
    assert any(
        read(m.value)
        == "Official Statement of Solidarity with Istanbul (29 June 2016): signed by 53 cities "
        "in 31 countries"
        for m in app.markdown
    )  # the headline follows the picked statement
    script = map_sent(app)
    faded = sum(style.get("interactive") is False for style in marker_styles(script))
    assert faded == len(bundled_points()) - 53  # all but the statement's 53 signatories
    assert any(b.label == "Download signatories (CSV)" for b in app.get("download_button"))
    app.radio(key="others").set_value("hide").run()  # the others hidden: its 53 alone
    assert cities_sent_to_map(app) == 53
    assert app.query_params["others"] == "hide"


def test_countries_layer_shades_countries_instead_of_cities(app: AppTest) -> None:
    app.radio(key="layer").set_value("countries").run()
    script = json.loads(app.get("component_instance")[0].proto.json_args)["script"]
    assert cities_sent_to_map(app) == 0
    assert '"Italy":[32,"#' in script  # a count and a shade per country; outlines are fetched
    assert '"arcs"' not in script


def opened(at: AppTest, panel: str) -> AppTest:
    """Open a panel, as a click on its tab does (only the open panel is built)."""
    at.session_state["panel"] = panel
    return at.run()


def test_only_the_open_panel_is_built(app: AppTest) -> None:
    assert not app.get("download_button")  # the Statement panel, with nothing picked
    opened(app, "Export")
    assert app.get("download_button")
    assert not any(s.key == "out_in" for s in app.selectbox)


def test_a_searched_city_opens_its_panel(app: AppTest) -> None:
    app.text_input(key="q").input("malmo").run()
    assert app.session_state["panel"] == "City"
    assert app.subheader[0].value == "Malmö"


def test_outreach_lists_cities_of_one_network_not_in_the_other(app: AppTest) -> None:
    opened(app, "Outreach")
    app.selectbox(key="out_in").select("scn").run()
    app.selectbox(key="out_not").select("icc").run()
    assert any("73 cities in SCN are not in ICC." in t.value for t in app.text)


def test_view_is_written_to_and_restored_from_the_url() -> None:
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["networks"] = ["scn"]
    at.query_params["countries"] = ["Kosovo", "Cameroon"]
    at.query_params["city"] = "XK:pec-peja"
    at.run()
    assert headline(at) == "8 cities in 2 countries"
    assert any(h.value == "Pec/Peja" for h in at.subheader)
    at.checkbox(key="shared").check().run()
    assert dict(at.query_params) == {
        "networks": "scn",
        "countries": ["XK", "CM"],  # ids in links; a name from an older link still works
        "city": "XK:pec-peja",
        "shared": "1",
    }


def test_add_a_statement_previews_and_writes_only_on_save(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(bundled_data_copy))
    before = (bundled_data_copy / "signatories.csv").read_text()
    at = opened(signed_in_editor(), "Add a statement")
    # Hammerfest: a place GeoNames has and the bundled data not (yet): new to the atlas
    assert "NO:hammerfest," not in (bundled_data_copy / "places.csv").read_text()
    page = (
        "Nordic\n\n1 May 2020\n\nSigned: Oslo (Norway); Hammerfest (Norway); Atlantis (Norway).\n"
    )
    at.text_area(key="new_text").input(page)
    at.selectbox(key="new_network").select("icc").run()
    at.button(key="new_preview").click().run()
    assert not at.exception
    review = review_table(at)
    assert list(review["city"]) == ["Oslo", "Hammerfest", "Atlantis"]
    assert list(review["found"]) == ["page"] * 3
    assert review["place"][0] == "already in the atlas: 59.9127, 10.7461"
    assert review["place"][1].startswith("new: gazetteer geonames:")
    assert review["place"][2].startswith("NOT FOUND")
    assert (bundled_data_copy / "signatories.csv").read_text() == before
    at.button(key="new_save").click().run()
    assert "2020-05-01-nordic" in (bundled_data_copy / "signatories.csv").read_text()
    places = (bundled_data_copy / "places.csv").read_text()
    assert "NO:hammerfest" in places
    assert "NO:atlantis" in places
    assert read(at.success[0].value) == (
        "Saved “Nordic” (1 May 2020) with 3 signatories: picked on the map."
    )
    assert at.session_state["statement"] == "2020-05-01-nordic"


def review_table(at: AppTest) -> pd.DataFrame:
    """The import review (an editable table) as the app sends it."""
    tables = [t for t in at.dataframe if "found" in t.value.columns]
    assert tables, "no import review on the page"
    return tables[-1].value


def edit_review(at: AppTest, **edits: object) -> AppTest:
    """Edit the review's table as a person does (rows edited, added, deleted by position):
    the edit reruns the page."""
    key = f"new_review_{at.session_state['new_version']}"
    at.session_state[key] = {"edited_rows": {}, "added_rows": [], "deleted_rows": []} | edits
    return at.run()


def test_the_review_table_edits_fix_a_place_and_save(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(bundled_data_copy))
    at = opened(signed_in_editor(), "Add a statement")
    page = "Mayors\n\n1 May 2021\n\n• Ann Lee, Mayor of Oslo\n• Bo Ek, Mayor of Atlantis\n"
    at.text_area(key="new_text").input(page)
    at.text_input(key="new_country").input("Norway")
    at.selectbox(key="new_network").select("scn").run()
    at.button(key="new_preview").click().run()
    review = review_table(at)
    assert list(review["city"]) == ["Oslo", "Atlantis"]
    assert list(review["found"]) == ["default", "default"]
    edit_review(
        at,
        edited_rows={"1": {"lat": 60.1, "lon": 10.2, "coordinate_source": "https://example.org"}},
        added_rows=[{"city": "Bergen", "country": "Norway"}],
    )
    review = review_table(at)  # checked again at once
    bergen = store.load(bundled_data_copy).places.set_index("key").loc["NO:bergen"]
    assert list(review["place"][1:]) == [
        "typed: 60.10000, 10.20000",
        f"already in the atlas: {bergen['lat']:.4f}, {bergen['lon']:.4f}",
    ]
    assert list(review["found"]) == ["default", "default", "edited"]
    at.button(key="new_save").click().run()
    assert not at.exception
    signed = (bundled_data_copy / "signatories.csv").read_text()
    assert "2021-05-01-mayors,Atlantis,Norway," in signed
    assert "2021-05-01-mayors,Bergen,Norway," in signed
    overrides = (bundled_data_copy / "overrides.csv").read_text()
    assert "Atlantis,Norway,city,,60.10000,10.20000,https://example.org" in overrides
    assert (
        "NO:atlantis,Atlantis,NO,ok,60.10000,10.20000,city,override"
        in (bundled_data_copy / "places.csv").read_text()
    )


def test_the_review_s_warnings_follow_the_editor_s_edits(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(bundled_data_copy))
    at = opened(signed_in_editor(), "Add a statement")
    page = "Mayors\n\n1 May 2021\n\n• Ann Lee, Mayor of Atlantis\n• Bo Ek, Mayor of Oslo\n"
    at.text_area(key="new_text").input(page)
    at.selectbox(key="new_network").select("scn").run()
    at.button(key="new_preview").click().run()
    shown = " ".join(w.value for w in at.warning)
    assert "2 countries inferred" in shown
    edit_review(at, edited_rows={"0": {"city": "Bergen", "country": "Norway"}})
    shown = " ".join(w.value for w in at.warning)
    assert "1 countries inferred" in shown  # the row the editor corrected is no longer one
    edit_review(at, edited_rows={"1": {"country": "Norway"}})
    assert "countries inferred" not in " ".join(w.value for w in at.warning)


def test_a_cut_off_list_is_named_with_the_field_that_keeps_the_rest() -> None:
    app = opened(signed_in_editor(), "Add a statement")
    app.text_area(key="new_text").input(
        "T\n\n1 May 2020\n\nSigned: Maroua (Cameroon); Kousseri (Cameroon); Garoua (Camero"
    )
    app.selectbox(key="new_network").select("scn").run()
    app.button(key="new_preview").click().run()
    message = read(app.error[0].value)
    assert "cut off at 'Garoua (Camero'" in message
    assert "'Kousseri (Cameroon)'" in message
    assert "Keep the complete entries of a cut-off list" in message
    assert "--" not in message  # no command-line flag in the app
    app.checkbox(key="new_truncated").check()
    app.button(key="new_preview").click().run()
    assert list(review_table(app)["city"]) == ["Maroua", "Kousseri"]


def test_a_filter_that_matches_nothing_shows_an_empty_map(app: AppTest) -> None:
    app.multiselect(key="networks").set_value(["scn"]).run()
    app.checkbox(key="shared").check().run()
    assert not app.exception
    assert headline(app) == "0 cities in 0 countries"
    why = app.warning[0].value
    assert "the network and the only cities in two or more networks filter leave nothing" in why
    app.button(key="reset_filters").click().run()
    assert headline(app) == view.headline(bundled_everything())
    assert not app.checkbox(key="shared").value


def test_dates_in_the_wrong_order_empty_the_map_and_say_why(app: AppTest) -> None:
    app.multiselect(key="networks").set_value(["scn"]).run()  # members of no date filter's
    app.selectbox(key="start").select(dt.date(2022, 11, 16)).run()
    app.selectbox(key="end").select(dt.date(2016, 6, 29)).run()
    assert headline(app) == "0 cities in 0 countries"
    assert "the network and the statement date filter leave nothing" in app.warning[0].value
    app.button(key="reset_filters").click().run()
    assert headline(app) == view.headline(bundled_everything())


def test_why_a_map_is_empty_names_the_filters_to_blame() -> None:
    rows = atlas.signatory_rows(store.load(statement_networks()))
    norway = view.View(countries=("NO",))
    assert view.emptied_by(rows, norway) == []
    nowhere = view.View(countries=("NO",), networks=("nope",))
    assert view.emptied_by(rows, nowhere) == ["network"]
    both = view.View(countries=("AQ",), networks=("nope",))
    assert view.emptied_by(rows, both) == ["all of them together"]


def test_story_steps_through_statements_in_date_order(app: AppTest) -> None:
    istanbul = "2016-06-29-official-statement-of-solidarity-with-istanbul"
    ukraine = "2022-03-04-declaration-on-solidarity-with-ukraine"
    hague = "2022-11-16-the-hague-mayoral-declaration-on-preventing-hate-extremism"
    seen = []
    for key in ("story_next", "story_next", "story_next", "story_next", "story_back"):
        app.button(key=key).click().run()
        seen.append(app.selectbox(key="statement").value)
    assert seen == [istanbul, ukraine, hague, hague, ukraine]


def test_presentation_mode_shows_the_story_and_only_the_signatories() -> None:
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["present"] = "1"
    at.query_params["statement"] = "2016-06-29-official-statement-of-solidarity-with-istanbul"
    at.run()
    assert not at.exception
    assert any(m.value == "# Official Statement of Solidarity with Istanbul" for m in at.markdown)
    assert any(m.value == "1 of 3 · 29 June 2016 · 53 cities in 31 countries" for m in at.markdown)
    strip = next(m.value for m in at.markdown if 'class="atlas-present' in m.value)
    assert "<p>Strong Cities Network stands in solidarity with Istanbul</p><p>We the" in strip
    assert cities_sent_to_map(at) == 53
    at.button(key="story_next").click().run()
    assert cities_sent_to_map(at) == 142
    at.button(key="present_exit").click().run()
    assert at.title[0].value == "City Networks Atlas"
    assert "present" not in at.query_params


def test_export_buttons_offer_every_format(app: AppTest) -> None:
    opened(app, "Export")
    labels = [b.label for b in app.get("download_button")]
    for label in (
        "Rows (CSV)",
        "Points (GeoJSON)",
        "Map (HTML, works offline)",
        "Map picture (PNG)",
    ):
        assert label in labels


def test_bad_lines_are_reported_and_the_rest_still_shows(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with (bundled_data_copy / "signatories.csv").open("a") as handle:
        handle.write("2016-06-29-official-statement-of-solidarity-with-istanbul,X,Atlantis,\n")
        handle.write("no-such-statement,Oslo,Norway,\n")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(bundled_data_copy))
    at = signed_in_editor().run()  # an editor sees which files; a visitor how many problems
    assert not at.exception
    assert at.expander[0].label.startswith("⚠️ 2 problems in the data")
    assert "unknown country 'Atlantis'" in at.text[0].value
    assert headline(at) == view.headline(bundled_everything())  # the bad lines add no city


def test_names_are_shown_as_text_never_as_markup(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    evil = "<img src=x onerror=alert(1)>"
    signatories = bundled_data_copy / "signatories.csv"
    signatories.write_text(signatories.read_text().replace(",Aarhus,", f',"{evil}",'))
    places = bundled_data_copy / "places.csv"
    places.write_text(
        places.read_text().replace("DK:aarhus,Aarhus", "DK:img-src-x-onerror-alert-1,x")
    )
    monkeypatch.setenv("ATLAS_DATA_DIR", str(bundled_data_copy))
    at = AppTest.from_file(APP, default_timeout=30).run()
    script = map_sent(at)
    assert evil not in script
    # plain text, shown with textContent; "<" and ">" written as JSON escapes
    assert "<img src=x onerror=alert(1)> (Denmark)" in layer_data(script)["label"]


def test_a_rerun_for_something_else_sends_the_very_same_map(app: AppTest) -> None:
    """streamlit-folium keeps its map (no reload) when the script it gets is unchanged."""
    opened(app, "Outreach")
    before = app.get("component_instance")[0].proto.json_args
    app.selectbox(key="out_in").select("scn").run()
    assert app.get("component_instance")[0].proto.json_args == before
    app.multiselect(key="networks").set_value(["icc"]).run()
    assert app.get("component_instance")[0].proto.json_args != before


def test_a_filter_change_sends_new_cities_to_the_same_base_map(app: AppTest) -> None:
    """streamlit-folium keys its frame on the base map's script: unchanged by a filter, so the
    browser keeps its frame (and the person's pan and zoom) and swaps the cities' group."""
    before = map_args(app)
    app.checkbox(key="shared").check().run()
    app.multiselect(key="countries").set_value(["IT"]).run()
    after = map_args(app)
    assert after["script"] == before["script"]
    assert after["feature_group"] != before["feature_group"]
    assert cities_sent_to_map(app) == len(
        atlas.shared_only(bundled_points()).query("country_code == 'IT'")
    )
    app.radio(key="layer").set_value("countries").run()  # the shading is the base map's
    assert map_args(app)["script"] != before["script"]


def test_a_link_with_values_the_data_lacks_still_opens() -> None:
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["networks"] = ["zzz", "scn"]
    at.query_params["countries"] = ["Atlantis"]
    at.query_params["start"] = "1900-01-01"
    at.query_params["end"] = "2016-07-01"
    at.query_params["statement"] = "no-such-statement"
    at.query_params["layer"] = "nonsense"
    at.run()
    assert not at.exception
    assert headline(at) == "53 cities in 31 countries"
    # the link's dates, moved in to the statements inside them (the first one alone)
    assert at.selectbox(key="start").value == at.selectbox(key="end").value == dt.date(2016, 6, 29)
    said = [read(w.value) for w in at.sidebar.warning]
    assert "The link names network 'zzz', which the atlas does not have: left out." in said
    assert "The link names country 'Atlantis', which the atlas does not have: left out." in said


def test_the_map_sent_carries_the_cities_not_the_outlines(app: AppTest) -> None:
    """The outlines (110 KB) are a file the browser fetches once; each map is a few KB."""
    sent = app.get("component_instance")[0].proto.json_args  # base map and cities' group
    script = map_sent(app)
    assert cities_sent_to_map(app) == len(bundled_points())
    assert '"arcs"' not in script
    assert "/countries-110m.json" in script
    assert "window.atlasCities" not in script  # the cities' and legend's script: a file too
    # 20.3 KB when the clusters', ring's and legend's script (5.8 KB) came with every map; then
    # 14.4 KB; now 14.2 KB: the base map (its script, 0.6 KB, and text styles, 2 KB) and the
    # cities' group (10.8 KB: coordinates, labels, styles, the legend's entries).
    assert len(sent.encode()) < 15_000
    assert len(map_args(app)["script"]) < 1_000  # the base: a filter change leaves it alone


def test_the_map_reports_only_clicks_so_pan_and_zoom_do_not_rerun(app: AppTest) -> None:
    args = json.loads(app.get("component_instance")[0].proto.json_args)
    # A click's place and tooltip: a city's label, or a cluster's count, which selects nothing
    assert args["returned_objects"] == ["last_object_clicked", "last_object_clicked_tooltip"]
    # Served by the app itself, in one file the atlas's frame holds and runs (ui.mapframe)
    assert args["js_links"] == []
    assert args["css_links"] == ["../ui.served.map_assets/leaflet.css"]


def test_without_chromium_the_png_export_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("geo.maps.snapshot.CHROMIUM", "/nonexistent/chromium")
    at = opened(AppTest.from_file(APP, default_timeout=30), "Export")
    labels = [b.label for b in at.get("download_button")]
    assert "Map picture (PNG)" not in labels
    assert any("PNG export needs Chromium at /nonexistent/chromium" in c.value for c in at.caption)


def test_damaged_files_hide_only_themselves(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = store.load(bundled_data_copy)
    istanbul = "2016-06-29-official-statement-of-solidarity-with-istanbul"
    statement = bundled_data_copy / "statements" / f"{istanbul}.md"
    statement.write_text(statement.read_text().replace("---\n\n", "\n\n", 1))
    places = bundled_data_copy / "places.csv"
    lines = places.read_text().splitlines(keepends=True)
    places.write_text("".join(lines[:-1]) + lines[-1][:15])  # the last row cut mid-row
    monkeypatch.setenv("ATLAS_DATA_DIR", str(bundled_data_copy))
    at = signed_in_editor().run()  # an editor sees which files; a visitor how many problems
    assert not at.exception
    assert at.expander[0].label.startswith("⚠️ 2 problems in the data")
    shown = at.text[0].value  # named inside the data folder, without the server's path
    assert f"data/statements/{statement.name}:1: front matter opened here has no closing" in shown
    assert f"data/places.csv:{len(lines)}: has 2 fields" in shown
    assert str(bundled_data_copy) not in shown
    rows = atlas.signatory_rows(whole)
    others = rows[rows["statement_id"] != istanbul]
    last = lines[-1].split(",")[0]  # the place whose row was cut has no coordinate now
    expected = atlas.city_points(others[others["place_key"] != last])
    assert cities_sent_to_map(at) == len(expected)
    members = view.member_rows(whole)
    assert headline(at) == view.headline(view.show(others, view.View(), members))
    assert istanbul not in at.selectbox(key="statement").options


def test_an_empty_atlas_shows_an_empty_map_and_how_to_add_a_statement(
    networks_only_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(networks_only_data))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "no statements with signatories yet" in at.info[0].value
    assert "python -m geo import-statement" in at.info[0].value
    assert cities_sent_to_map(at) == 0
    assert_no_way_to_write(at)


def assert_no_way_to_write(at: AppTest) -> None:
    """No paste area, no upload, no Preview, Import or Save: nothing that writes."""
    assert not at.exception
    assert list(at.text_area) == []
    assert list(at.file_uploader) == []
    writing = ("Save", "Preview", "Import", "Upload")
    assert [b.label for b in at.button if b.label.startswith(writing)] == []
    assert "Add a statement" not in [s.value for s in at.subheader]


@pytest.fixture(params=["empty", "damaged"])
def new_atlas(request: pytest.FixtureRequest, networks_only_data: Path) -> Path:
    """A new deployment's first day: networks, no statement yet; or its only statement
    damaged (front matter left open), so that none shows and the page lists a problem."""
    if request.param == "damaged":
        (networks_only_data / "statements").mkdir()
        page = "---\nid: 2024-05-01-x\nnetwork: scn\ndate: 2024-05-01\ntitle: X\n\nText.\n"
        (networks_only_data / "statements" / "2024-05-01-x.md").write_text(page)
        with (networks_only_data / "signatories.csv").open("a") as rows:
            rows.write("2024-05-01-x,Oslo,Norway,\n")
    return networks_only_data


def test_a_new_atlas_offers_visitors_nothing_that_writes(
    new_atlas: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(new_atlas))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert at.info[0].value.startswith("The atlas has no statements")
    assert len(at.expander) == (new_atlas / "statements").exists()  # the damage is named
    assert_no_way_to_write(at)
    signed_in_reader = AppTest.from_file(APP, default_timeout=30)
    signed_in_reader.secrets = {"auth": AUTH, "atlas": {"editors": ["editor@example.org"]}}
    signed_in_reader.user = {"is_logged_in": True, "email": "editor@example.org"}  # unverified
    assert_no_way_to_write(signed_in_reader.run())
    assert [b.label for b in signed_in_reader.sidebar.button] == ["Sign out"]


def test_a_new_atlas_offers_an_editor_the_way_to_add_a_statement(
    new_atlas: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(new_atlas))
    local_server(monkeypatch)
    at = with_edit_link(AppTest.from_file(APP, default_timeout=30)).run()
    assert not at.exception
    assert at.text_area(key="new_text").label == "Page text"
    assert at.file_uploader(key="new_file").label == "…or a .txt file"
    assert at.button(key="new_preview").label == "Preview"
    signed_in = signed_in_editor()
    monkeypatch.delenv("ATLAS_LOCAL_EDITOR")
    assert signed_in.run().text_area(key="new_text").label == "Page text"


def test_the_page_shows_the_files_as_they_are_now(
    networks_only_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save by someone else (the CLI, another session) shows on the next rerun."""
    monkeypatch.setenv("ATLAS_DATA_DIR", str(networks_only_data))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert at.info[0].value.startswith("The atlas has no statements")
    gazetteer = networks_only_data.parent / "gazetteer.csv"
    gazetteer.write_text(GAZETTEER)
    page = networks_only_data.parent / "page.txt"
    page.write_text("Nordic\n\n1 May 2020\n\nSigned: Oslo (Norway); Malmo (Sweden).\n")
    assert (
        run_cli(networks_only_data, "import-statement", str(page), "--network", "scn").exit_code
        == 0
    )
    assert run_cli(networks_only_data, "geocode", "--gazetteer", str(gazetteer)).exit_code == 0
    at.run()
    assert not at.exception
    assert headline(at) == "2 cities in 2 countries"


def test_saving_over_a_statement_in_the_atlas_is_refused_with_the_difference(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(bundled_data_copy))
    before = (bundled_data_copy / "signatories.csv").read_text()
    at = opened(signed_in_editor(), "Add a statement")
    page = "Official Statement of Solidarity with Istanbul\n\n29 June 2016\n\n"
    at.text_area(key="new_text").input(page + "Signed: Oslo (Norway); Bergen (Norway).\n")
    at.selectbox(key="new_network").select("scn").run()
    at.button(key="new_preview").click().run()
    at.button(key="new_save").click().run()
    assert not at.exception
    error = read(at.error[0].value)
    assert "is already in the atlas, and saving this would change it" in error
    assert "signatories added (1): Bergen (Norway)" in error
    assert (bundled_data_copy / "signatories.csv").read_text() == before
    at.checkbox(key="new_replace").check()
    at.button(key="new_save").click().run()  # confirmed: replaced
    assert not at.exception
    istanbul = store.load(bundled_data_copy).signatories.query(
        "statement_id == '2016-06-29-official-statement-of-solidarity-with-istanbul'"
    )
    assert sorted(istanbul["city"]) == ["Bergen", "Oslo"]


def test_every_table_has_readable_column_headers() -> None:
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["statement"] = "2016-06-29-official-statement-of-solidarity-with-istanbul"
    at.query_params["city"] = "DK:aarhus"
    at.run()
    configs = []
    for panel in ("Statement", "City", "Countries", "Outreach"):
        opened(at, panel)
        configs += [json.loads(d.proto.columns) for d in at.dataframe]
    assert len(configs) == 4  # signatories, the city's statements, countries, outreach
    for config in configs:
        labels = [c.get("label") for name, c in config.items() if name != "_index"]
        assert labels, config
        assert all(labels), config  # every column has a label
        assert not [label for label in labels if "_" in label or label.islower()], config


def test_the_timeline_is_built_only_once_opened(app: AppTest) -> None:
    """Closed at first, so a first visit does not load the charting library before the map."""
    assert not app.get("vega_lite_chart")
    timelines = ["Statements over time", "Members joining by year"]
    assert [e.label for e in app.expander if e.label in timelines] == timelines
    app.session_state["timeline_open"] = True
    app.run()
    (chart,) = app.get("vega_lite_chart")
    assert "signatories" in chart.proto.spec  # the timeline, its dots sized by signatories


def test_picking_a_city_or_searching_reuses_what_the_filters_selected(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The selection is cached on the filters alone, not on the whole view."""
    monkeypatch.setenv("ATLAS_DATA_DIR", str(bundled_data_copy))  # a cache entry of its own
    shows = []
    show = view.show
    monkeypatch.setattr(
        view,
        "show",
        lambda rows, wanted, members: shows.append(wanted) or show(rows, wanted, members),
    )
    at = AppTest.from_file(APP, default_timeout=30).run()
    at.session_state["city"] = "NO:oslo"
    at.run()
    at.text_input(key="q").input("berg").run()
    assert not at.exception
    assert shows == [view.View()]


PRESS_RELEASE = ROOT / "tests" / "fixtures" / "press_release.txt"
PRESS_RELEASE_ID = "2025-05-14-harbour-cities-pledge-to-share-flood-warnings"


def previewed_press_release(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, link: dict[str, str] | None = None
) -> AppTest:
    """An editor's review of tests/fixtures/press_release.txt (a fictional release naming
    Portland, Maine, Valencia and Springfield), in SCN, on a copy of the bundled data; the
    page opened with `link`'s parameters."""
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data_dir))
    at = signed_in_editor()
    for name, value in (link or {}).items():
        at.query_params[name] = value
    at = opened(at.run(), "Add a statement")
    at.text_area(key="new_text").input(PRESS_RELEASE.read_text(encoding="utf-8"))
    at.selectbox(key="new_network").select("scn").run()
    at.button(key="new_preview").click().run()
    assert not at.exception
    return at


def row_of(review: pd.DataFrame, city: str) -> pd.Series:
    return review[review["city"] == city].iloc[0]


def test_the_review_prefers_the_atlas_and_reads_a_state_with_its_city(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = previewed_press_release(bundled_data_copy, monkeypatch)
    review = review_table(at)
    assert list(review["city"]) == [
        "Portland", "Valencia", "Rotterdam", "Gdańsk", "Halifax", "Cork", "Porto", "Springfield"
    ]  # fmt: skip
    valencia = row_of(review, "Valencia")  # Spain's: the atlas has it, the page says nothing
    assert (valencia["country"], valencia["found"]) == ("Spain", "atlas")
    assert valencia["place"].startswith("already in the atlas: 39.4739, -0.3797")
    portland = row_of(review, "Portland")
    assert (portland["country"], portland["region"]) == ("United States", "Maine")
    assert portland["place"].startswith("new: gazetteer geonames:4975802 Portland")  # Maine's
    assert at.text_input(key="new_edit_title").value == (
        "Harbour Cities Pledge to Share Flood Warnings"
    )


def test_an_edited_row_is_checked_again_and_saved_as_typed(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = previewed_press_release(bundled_data_copy, monkeypatch)
    edit_review(at, edited_rows={"0": {"region": "Oregon"}})
    portland = row_of(review_table(at), "Portland")
    assert portland["found"] == "edited"
    assert portland["place"].startswith("new: gazetteer geonames:5746545 Portland")  # Oregon's
    edit_review(at, edited_rows={"0": {"region": "ME"}})  # a state's code does as well
    portland = row_of(review_table(at), "Portland")
    assert portland["place"].startswith("new: gazetteer geonames:4975802 Portland")
    at.text_input(key="new_edit_title").input("Harbour Cities Pledge")
    at.button(key="new_save").click().run()
    assert not at.exception
    saved = store.load(bundled_data_copy)
    signed = saved.signatories.set_index(["statement_id", "city"])
    assert signed.loc[("2025-05-14-harbour-cities-pledge", "Portland"), "region"] == "ME"
    place = saved.places.set_index("key").loc["US:portland"]
    assert place["source_id"] == "geonames:4975802"  # where the review said it would be


def test_an_ambiguous_name_offers_its_places_and_the_choice_is_saved(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = previewed_press_release(bundled_data_copy, monkeypatch)
    version = at.session_state["new_version"]
    choice = at.selectbox(key=f"new_choice_{version}_7")  # Springfield
    labels = choice.options
    illinois = next(i for i, label in enumerate(labels) if ", Illinois, " in label)
    assert labels[0].startswith("Springfield, Missouri, United States · population ")
    choice.select_index(illinois).run()
    springfield = row_of(review_table(at), "Springfield")
    assert (springfield["region"], springfield["found"]) == ("Illinois", "chosen")
    assert "Springfield" in springfield["place"]
    at.button(key="new_save").click().run()
    saved = store.load(bundled_data_copy)
    signed = saved.signatories.set_index(["statement_id", "city"])
    assert signed.loc[(PRESS_RELEASE_ID, "Springfield"), "region"] == "Illinois"
    place = saved.places.set_index("key").loc["US:springfield"]
    assert (round(place["lat"], 1), round(place["lon"], 1)) == (39.8, -89.6)


def test_after_save_the_statement_is_picked_whatever_the_filters_hid(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The link shows ICC's cities in two networks until 29 June 2016 (SCN's first statement)
    link = {"end": "2016-06-29", "networks": "icc", "shared": "1"}
    at = previewed_press_release(bundled_data_copy, monkeypatch, link)
    assert (at.session_state["networks"], at.session_state["end"]) == (
        ["icc"],
        dt.date(2016, 6, 29),
    )
    at.button(key="new_save").click().run()
    assert not at.exception
    assert read(at.success[0].value) == (
        "Saved “Harbour Cities Pledge to Share Flood Warnings” (14 May 2025) with 8 "
        "signatories: picked on the map."
    )
    assert at.session_state["statement"] == PRESS_RELEASE_ID
    assert at.query_params["statement"] == PRESS_RELEASE_ID
    assert at.query_params["networks"] == ["icc", "scn"]
    assert "end" not in at.query_params  # the last date: no limit
    assert "shared" not in at.query_params
    assert at.session_state["panel"] == "Statement"
    signers = layer_data(map_sent(at))["label"]  # the cities on the map, served or inline
    for city in ("Portland (United States)", "Valencia (Spain)", "Springfield (United States)"):
        assert city in signers

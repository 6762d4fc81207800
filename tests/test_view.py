"""One view model, one way from a view to its map: the page, presentation and exports alike."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import streamlit as st
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest

from geo import atlas, story, view
from geo.cli import main
from geo.data import checks, store
from geo.maps import exports, mapping
from tests.atlases import member_atlas
from tests.conftest import ROOT

APP = str(ROOT / "app.py")
ISTANBUL = "2016-06-29-official-statement-of-solidarity-with-istanbul"


def rows_of(*entries: tuple[str, str, str, str, float]) -> pd.DataFrame:
    """Signatory rows as atlas.signatory_rows() makes them: (statement, network, city,
    country code, latitude) each; statements 's1' and 's2' are a year apart."""
    dates = {"s1": dt.date(2020, 1, 1), "s2": dt.date(2021, 1, 1)}
    return pd.DataFrame(
        [
            {
                "network": network,
                "statement_id": sid,
                "statement_date": dates[sid],
                "statement_title": sid.upper(),
                "city": city,
                "country": code,
                "country_code": code,
                "lat": lat,
                "lon": 10.0,
                "kind": "city",
                "source": "override",
                "source_id": "",
                "place_key": f"{code}:{city.lower()}",
            }
            for sid, network, city, code, lat in entries
        ],
        columns=list(atlas.EXPORT_COLUMNS),
    )


ROWS = rows_of(
    ("s1", "scn", "Oslo", "NO", 59.9),
    ("s1", "scn", "Bergen", "NO", 60.4),
    ("s2", "icc", "Oslo", "NO", 59.9),
    ("s2", "icc", "Lyon", "FR", 45.8),
)


def test_a_view_survives_its_link() -> None:
    full = view.View(
        networks=("scn", "icc"),
        countries=("NO", "FR"),
        statements=("s1",),
        start=dt.date(2020, 1, 1),
        end=dt.date(2021, 6, 1),
        shared=True,
        statement="s2",
        city="NO:oslo",
        layer="countries",
        tiles=True,
        q="osl",
        present=True,
        others="hide",
    )
    assert view.from_params(view.to_params(full)) == full
    assert view.to_params(view.View()) == {}  # the default view is the bare address


def test_a_link_hides_the_other_cities_or_leaves_them_faint_and_nothing_else() -> None:
    assert view.to_params(view.View(statement="s2", others="hide"))["others"] == "hide"
    assert "others" not in view.to_params(view.View(statement="s2"))  # faint, the default
    for written in ("nonsense", "HIDE", "hide" * 100, ["faint", "x" * 10_000]):
        assert view.from_params({"others": written}).others == "faint"
    assert view.from_params({"others": ["faint", "hide"]}).others == "hide"  # the last, as others


def test_links_carry_country_codes_and_older_links_with_names_still_open() -> None:
    assert view.to_params(view.View(countries=("XK",))) == {"countries": ["XK"]}
    opened = view.from_params({"countries": ["Kosovo", "NO", "Atlantis"], "layer": "nonsense"})
    assert opened.countries == ("XK", "NO", "Atlantis")  # unknown: kept for the page to name
    assert opened.layer == "cities"


def test_filters_pick_rows_and_cities_and_the_selection_picks_none() -> None:
    assert sorted(view.show(ROWS, view.View(countries=("NO",))).points["city"]) == [
        "Bergen",
        "Oslo",
    ]
    assert list(view.show(ROWS, view.View(start=dt.date(2020, 6, 1))).rows["city"]) == [
        "Oslo",
        "Lyon",
    ]
    shared = view.show(ROWS, view.View(shared=True))
    assert list(shared.points["city"]) == ["Oslo"]  # the one city in two networks
    assert set(shared.rows["city"]) == {"Oslo"}
    picked = view.View(statement="s1", city="FR:lyon", q="ly")
    assert view.show(ROWS, picked).points.equals(view.show(ROWS, view.View()).points)
    assert view.filters(picked) == view.View()


def test_a_picked_statement_stands_out_or_is_drawn_alone_when_hiding_or_presenting() -> None:
    shown = view.show(ROWS, view.View())
    points, standing_out = view.drawn(shown, view.View(statement="s2"))
    assert len(points) == 3  # the others faint (citylayer: apart, not counted)
    assert standing_out == {"NO:oslo", "FR:lyon"}
    for alone in (
        view.View(statement="s2", others="hide"),
        view.View(statement="s2", present=True),
    ):
        points, standing_out = view.drawn(shown, alone)
        assert sorted(points["city"]) == ["Lyon", "Oslo"]
        assert standing_out == {"NO:oslo", "FR:lyon"}
    points, standing_out = view.drawn(shown, view.View(others="hide"))  # no statement: all
    assert (len(points), standing_out) == (3, frozenset())
    assert list(view.signed(shown, view.View(statement="s1"))["city"]) == ["Oslo", "Bergen"]
    assert len(view.signed(shown, view.View())) == len(ROWS)


def test_an_empty_view_names_the_filter_to_blame() -> None:
    assert view.emptied_by(ROWS, view.View(countries=("FR",), networks=("scn",))) == [
        "network",
        "country",
    ]
    assert view.emptied_by(ROWS, view.View(countries=("FR",), shared=True)) == [
        "country",
        "only cities in two or more networks",
    ]
    assert view.emptied_by(ROWS, view.View(countries=("DE",), networks=("x",))) == [
        "all of them together"
    ]
    assert view.emptied_by(ROWS, view.View(countries=("FR",))) == []


class MapCalls:
    """mapping.build_map, recording what each map was built from."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[dict[str, Any]] = []
        self.build = mapping.build_map
        monkeypatch.setattr(mapping, "build_map", self)

    def __call__(self, points: pd.DataFrame, networks: pd.DataFrame, **options: Any) -> Any:
        self.calls.append({"place_keys": sorted(points["place_key"]), **options})
        return self.build(points, networks, **options)

    def last(self) -> dict[str, Any]:
        """What the page and an export have in common: the cities and how they are drawn."""
        call = self.calls[-1]
        common = ("place_keys", "highlight", "shading", "selected", "tiles")
        shading = call["shading"]
        return {k: call[k] for k in common} | {
            "shading": None if shading is None else shading.to_dict("records")
        }


def test_the_page_and_its_export_draw_the_same_map_of_a_view(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The map export has the page's highlight, selected city and shading: one composition."""
    maps = MapCalls(monkeypatch)
    st.cache_resource.clear()  # the page builds its map, not one an earlier test built
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params.update(
        {"statement": ISTANBUL, "city": "NO:oslo", "layer": "countries", "networks": "scn"}
    )
    at.run()
    assert not at.exception
    on_the_page = maps.last()
    assert on_the_page["shading"] is not None

    data = store.load(ROOT / "data")
    wanted = view.View(networks=("scn",), statement=ISTANBUL, city="NO:oslo", layer="countries")
    exported = exports.map_html(data, view.show(atlas.signatory_rows(data), wanted), wanted)
    assert maps.last() == on_the_page
    assert "atlasOutlines" in exported

    cities = view.View(networks=("scn",), statement=ISTANBUL, city="NO:oslo")
    mapping.view_map(data.networks, view.show(atlas.signatory_rows(data), cities), cities)
    highlighted = maps.last()["highlight"]
    assert highlighted
    assert set(highlighted) < set(maps.last()["place_keys"])


def test_the_command_line_export_takes_the_same_view(tmp_path: Path) -> None:
    target = tmp_path / "istanbul.csv"
    command = ["--data-dir", str(ROOT / "data"), "export", "--statement", ISTANBUL, "-o", target]
    assert CliRunner().invoke(main, list(map(str, command))).exit_code == 0
    data = store.load(ROOT / "data")
    wanted = view.View(statements=(ISTANBUL,))
    expected = exports.export(data, view.show(atlas.signatory_rows(data), wanted), wanted, "csv")
    assert target.read_bytes() == expected


@pytest.mark.parametrize(
    ("start", "end", "within"),
    [
        (None, None, ("2016-06-29", "2022-11-16")),  # everything
        ("2017-01-01", None, ("2022-03-04", "2022-11-16")),  # moved in to a statement
        ("2016-06-29", "2022-03-04", ("2016-06-29", "2022-03-04")),  # on statements: as is
        (None, "2022-06-30", ("2016-06-29", "2022-03-04")),
        ("2020-01-01", "2021-01-01", ("2022-11-16", "2016-06-29")),  # none inside: nothing
        ("2030-01-01", None, ("2022-11-16", "2016-06-29")),
        (None, "2000-01-01", ("2022-11-16", "2016-06-29")),
    ],
)
def test_a_date_range_moves_in_to_the_statement_dates_inside_it(
    start: str | None, end: str | None, within: tuple[str, str]
) -> None:
    dates = [dt.date(2016, 6, 29), dt.date(2022, 3, 4), dt.date(2022, 11, 16)]

    def day(text: str | None) -> dt.date | None:
        return dt.date.fromisoformat(text) if text else None

    assert view.dates_within(dates, day(start), day(end)) == tuple(map(day, within))


# ------------------------------------------------------------------- members, with time


@pytest.fixture
def members_atlas(tmp_path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The signatory and member rows of tests.atlases.member_atlas."""
    data = store.load(member_atlas(tmp_path / "data"))
    assert not checks.check(data)
    return atlas.signatory_rows(data), view.member_rows(data)


def cities(shown: view.Shown) -> list[str]:
    return sorted(shown.points["city"])


def test_members_are_on_the_map_whether_or_not_they_signed(
    members_atlas: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    rows, members = members_atlas
    shown = view.show(rows, view.View(), members)
    assert cities(shown) == ["Bari", "Bergen", "Lyon", "Oslo", "Porto"]
    oslo = shown.points.set_index("city").loc["Oslo"]
    assert oslo["networks"] == ("icc", "scn")
    assert oslo["statements"] == 1
    assert shown.points.set_index("city").at["Lyon", "statements"] == 0
    # a network chosen: its members and its statements' signatories
    assert cities(view.show(rows, view.View(networks=("icc",)), members)) == [
        "Bari",
        "Lyon",
        "Oslo",
        "Porto",
    ]
    assert cities(view.show(rows, view.View(countries=("NO",)), members)) == ["Bergen", "Oslo"]


def test_a_picked_statement_still_stands_out_among_the_members(
    members_atlas: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    rows, members = members_atlas
    picked = view.View(statement="2020-05-01-nordic-statement")
    shown = view.show(rows, picked, members)
    points, signers = view.drawn(shown, picked)
    assert len(points) == 5
    assert signers == {"NO:oslo", "NO:bergen"}
    presented, _ = view.drawn(shown, replace(picked, present=True))
    assert sorted(presented["city"]) == ["Bergen", "Oslo"]


def test_members_as_of_a_day_count_those_who_joined_by_then_and_those_of_unknown_date(
    members_atlas: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    _, members = members_atlas
    icc = view.View(networks=("icc",))

    def kept(**dates: Any) -> list[str]:
        return sorted(view.members_filtered(members, replace(icc, **dates))["city"])

    assert kept(as_of=dt.date(2012, 3, 14)) == ["Oslo", "Porto"]
    assert kept(as_of=dt.date(2012, 3, 15)) == ["Lyon", "Oslo", "Porto"]  # the day itself
    assert kept(as_of=dt.date(2012, 3, 15), dated_only=True) == ["Lyon", "Oslo"]
    assert kept(joined_from=dt.date(2011, 1, 1)) == ["Bari", "Lyon", "Porto"]
    assert kept(joined_from=dt.date(2011, 1, 1), joined_to=dt.date(2012, 6, 1)) == [
        "Lyon",
        "Porto",
    ]
    assert kept(joined_to=dt.date(2012, 11, 30), dated_only=True) == ["Bari", "Lyon", "Oslo"]
    assert kept(dated_only=True) == ["Bari", "Lyon", "Oslo"]


def test_a_membership_filter_leaves_signatures_alone(
    members_atlas: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    rows, members = members_atlas
    early = view.show(rows, view.View(as_of=dt.date(2009, 1, 1), dated_only=True), members)
    assert cities(early) == ["Bergen", "Oslo"]  # they signed; no member had joined yet
    assert early.members.empty
    assert view.headline(early) == "2 cities in 1 country"
    early_icc = view.View(networks=("icc",), as_of=dt.date(2009, 1, 1), dated_only=True)
    assert view.emptied_by(rows, early_icc, members) == [
        "network",
        "membership date",
        "unknown join dates",
    ]
    early_italy = view.View(countries=("IT",), as_of=dt.date(2009, 1, 1))
    assert view.emptied_by(rows, early_italy, members) == ["country", "membership date"]


def test_the_headline_counts_member_cities_then_the_other_signatories(
    members_atlas: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    rows, members = members_atlas
    shown = view.show(rows, view.View(), members)
    assert view.headline(shown) == (
        "4 member cities in 4 countries · 1 more city signed a statement"
    )
    icc = view.show(rows, view.View(networks=("icc",), countries=("FR",)), members)
    assert view.headline(icc) == "1 member city in 1 country"


def test_joins_are_counted_by_network_and_year_and_the_years_are_the_steps(
    members_atlas: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    rows, members = members_atlas
    joins = view.joins_by_year(members)
    assert joins.to_dict("records") == [
        {"network": "icc", "year": 2010, "joins": 1},
        {"network": "icc", "year": 2012, "joins": 2},
        {"network": "scn", "year": 2016, "joins": 1},
    ]
    assert view.join_years(members, view.View()) == [2010, 2012, 2016]
    # the years do not depend on the day shown, else the player could not step on
    assert view.join_years(members, view.View(networks=("icc",), as_of=dt.date(2010, 12, 31))) == [
        2010,
        2012,
    ]
    assert view.end_of(2012) == dt.date(2012, 12, 31)
    assert story.neighbour([2010, 2012, 2016], 0, 1) == 2010
    assert story.neighbour([2010, 2012, 2016], 2016, 1) == 2016
    as_of_2012 = view.show(rows, view.View(as_of=view.end_of(2012), dated_only=True), members)
    assert cities(view.members_only(as_of_2012)) == ["Bari", "Lyon", "Oslo"]


def test_membership_filters_survive_the_link() -> None:
    dated = view.View(
        as_of=dt.date(2012, 12, 31),
        joined_from=dt.date(2010, 1, 1),
        joined_to=dt.date(2012, 6, 1),
        dated_only=True,
    )
    assert view.to_params(dated) == {
        "as_of": "2012-12-31",
        "joined_from": "2010-01-01",
        "joined_to": "2012-06-01",
        "dated_only": "1",
    }
    assert view.from_params(view.to_params(dated)) == dated
    assert view.filters(replace(dated, city="NO:oslo")) == dated
    assert view.from_params({"as_of": "2012-02-30"}).as_of is None  # no such day


def test_member_rows_leave_out_unknown_countries_and_networks(tmp_path: Path) -> None:
    folder = member_atlas(
        tmp_path / "data",
        members=(
            ("icc", "Oslo", "Norway", "2010-05-01", ""),
            ("icc", "Nowhere", "Atlantis", "", ""),
            ("zzz", "Lyon", "France", "", ""),
            ("icc", "Bergen", "Norway", "not a date", ""),
        ),
    )
    members = view.member_rows(store.load(folder))
    assert list(members["city"]) == ["Bergen", "Oslo"]
    assert members["joined"].isna().tolist() == [True, False]
    assert members.set_index("city").at["Oslo", "lat"] == pytest.approx(59.91273)


def test_the_headline_of_12000_member_cities_takes_a_few_milliseconds() -> None:
    """Every page run writes it: on the bundled atlas (about 12,000 members) it once took
    half a second of CPU, three quarters of a run."""
    keys = pd.Series([f"IT:town-{n}" for n in range(12_000)], dtype="str")
    points = pd.DataFrame({"place_key": keys, "country_code": "IT"})
    members = pd.DataFrame({"place_key": keys[:11_900]})
    shown = view.Shown(points.iloc[:0], points, members)
    started = time.process_time()
    line = view.headline(shown)
    assert time.process_time() - started < 0.1
    assert line == "11900 member cities in 1 country · 100 more cities signed a statement"

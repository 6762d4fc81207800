"""One view model, one way from a view to its map: the page, presentation and exports alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest

from geo import atlas, view
from geo.cli import main
from geo.data import store
from geo.maps import exports, mapping
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
    )
    assert view.from_params(view.to_params(full)) == full
    assert view.to_params(view.View()) == {}  # the default view is the bare address


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


def test_a_picked_statement_stands_out_or_is_drawn_alone_when_presenting() -> None:
    shown = view.show(ROWS, view.View())
    points, standing_out = view.drawn(shown, view.View(statement="s2"))
    assert len(points) == 3
    assert standing_out == {"NO:oslo", "FR:lyon"}
    points, standing_out = view.drawn(shown, view.View(statement="s2", present=True))
    assert sorted(points["city"]) == ["Lyon", "Oslo"]
    assert standing_out == frozenset()
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
        self.calls.append({"cities": sorted(points["place_key"]), **options})
        return self.build(points, networks, **options)

    def last(self) -> dict[str, Any]:
        """What the page and an export have in common: the cities and how they are drawn."""
        call = self.calls[-1]
        common = ("cities", "highlight", "shading", "selected", "tiles")
        shading = call["shading"]
        return {k: call[k] for k in common} | {
            "shading": None if shading is None else shading.to_dict("records")
        }


def test_the_page_and_its_export_draw_the_same_map_of_a_view(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The map export has the page's highlight, selected city and shading: one composition."""
    maps = MapCalls(monkeypatch)
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
    assert set(highlighted) < set(maps.last()["cities"])


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

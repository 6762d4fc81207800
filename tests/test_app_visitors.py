"""Many visitors on one server: they share the data's tables, which no page run changes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from geo import atlas, view
from geo.data import store
from tests.atlases import STATEMENT, member_atlas
from tests.test_app import APP, opened
from ui import loading


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = member_atlas(tmp_path / "data")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(folder))
    return folder


def visit(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception
    return at


def test_visitors_share_the_tables_and_their_runs_leave_them_as_loaded(folder: Path) -> None:
    state = store.state_token(folder)
    first = visit()
    first.multiselect(key="networks").set_value(["icc"]).run()
    opened(first, "Countries")
    second = visit(city="NO:oslo", statement=STATEMENT)
    opened(second, "City")
    opened(second, "Export")
    visit(present="1")
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

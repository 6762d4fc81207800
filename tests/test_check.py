"""`geo check`, vectorised, says what the row-by-row check said: same messages, same order."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from benchmarks.checking import check_rowwise, used_place_keys_rowwise
from geo.data import checks, placekeys, store


def with_rows(frame: pd.DataFrame, rows: list[dict[str, object]]) -> pd.DataFrame:
    """The frame with rows added at new line numbers (as a file with more lines)."""
    start = int(frame.index.max()) + 1 if len(frame) else 2
    added = pd.DataFrame(rows, columns=frame.columns, index=range(start, start + len(rows)))
    return pd.concat([frame, added.astype(frame.dtypes.to_dict())])


def messy(root: Path) -> store.AtlasData:
    """The bundled data with one of every problem check names, some lines twice."""
    data = store.load(root)
    data.networks = with_rows(
        data.networks,
        [
            {"id": "Bad Id", "name": "x", "short_name": "x", "website": "", "colour": "red"},
            {"id": "scn", "name": "x", "short_name": "x", "website": "", "colour": "#0072B2"},
            {"id": "ok-id\n", "name": "x", "short_name": "x", "website": "", "colour": "#12345"},
        ],
    )
    statement = data.statements.iloc[0].to_dict()
    data.statements = with_rows(
        data.statements,
        [
            statement | {"id": "other-id", "network": "nope"},
            statement | {"id": "lonely", "file": "lonely.md", "note": ""},
        ],
    )
    data.signatories = with_rows(
        data.signatories,
        [
            {"statement_id": "missing", "city": " ", "country": "Frnace", "region": ""},
            {"statement_id": "missing", "city": "Oslo", "country": "Norway", "region": ""},
            {"statement_id": statement["id"], "city": "\u00a0", "country": "Atlantis"},
        ],
    )
    data.members = with_rows(
        data.members,
        [
            {
                "network": "zzz",
                "city": "",
                "country": "Frnace",
                "evidence_url": "",
                "evidence_quote": "",
            }
        ],
    )
    data.overrides = with_rows(
        data.overrides,
        [
            {"city": "A", "country": "Norway", "kind": "town", "geonameid": "", "lat": "x",
             "lon": "1", "source": " ", "note": ""},
            {"city": "B", "country": "USA", "kind": "city", "geonameid": "", "lat": "91",
             "lon": "0", "source": "s", "note": ""},
            {"city": "C", "country": "USA", "kind": "city", "geonameid": "", "lat": "-90",
             "lon": "180", "source": "s", "note": ""},
        ],
    )  # fmt: skip
    place = data.places.iloc[0].to_dict()
    data.places = with_rows(
        data.places,
        [
            place,
            place | {"key": "NO:far", "lat": 95.0, "lon": 10.0},
            place | {"key": "NO:nan", "lat": np.nan},
            place | {"key": "NO:lost", "status": "lost", "lat": 300.0},
            place | {"key": "NO:failed", "status": "failed", "lat": np.nan, "lon": np.nan},
        ],
    )
    return data


def test_check_says_what_the_row_by_row_check_said(bundled_data_copy: Path) -> None:
    assert checks.check(store.load(bundled_data_copy)) == []
    data = messy(bundled_data_copy)
    expected = check_rowwise(data)
    assert len(expected) > 20
    assert checks.check(data) == expected
    data.problems = ["places.csv:9: something the load could not read"]
    assert checks.check(data) == check_rowwise(data)  # no orphans then


def test_used_place_keys_as_before(bundled_data_copy: Path) -> None:
    data = messy(bundled_data_copy)
    frames = [data.signatories, data.members]
    assert placekeys.used_place_keys(frames) == used_place_keys_rowwise(frames)
    empty = data.members.iloc[0:0]
    assert placekeys.used_place_keys([empty]) == set()

"""Tables handed between modules are checked for their columns at the door."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from geo import atlas, view
from geo.data import csvfiles, store
from geo.errors import AtlasError, SchemaError
from geo.geocoding import geocode, report
from geo.geocoding.geocode import Gazetteer
from geo.importing import importer
from geo.schema import require_columns
from tests.test_transactions import plan_for


def blank(columns: tuple[str, ...], *, without: str) -> pd.DataFrame:
    """An empty table of these columns but one."""
    return pd.DataFrame(columns=[c for c in columns if c != without])


def data_with(**tables: pd.DataFrame) -> store.AtlasData:
    """A loaded data directory holding these tables (the others empty)."""
    names = ("networks", "statements", "signatories", "members", "overrides", "places")
    return store.AtlasData(root=Path("."), **{n: tables.get(n, pd.DataFrame()) for n in names})


def test_a_missing_column_is_named_with_the_table() -> None:
    frame = pd.DataFrame(columns=["city", "lat"])
    with pytest.raises(SchemaError) as caught:
        require_columns(frame, ["city", "lat", "lon", "kind"], "the points")
    assert caught.value.missing == ["lon", "kind"]
    assert str(caught.value) == (
        "the points: missing column(s) 'lon', 'kind' (it has 'city', 'lat')"
    )
    assert isinstance(caught.value, AtlasError)  # the CLI reports it in one line
    require_columns(frame, ["lat"], "the points")  # extra columns are fine


def test_signatory_rows_need_the_export_columns() -> None:
    rows = blank(atlas.EXPORT_COLUMNS, without="lon")
    with pytest.raises(SchemaError, match=r"city_points: signatory rows: .*\(s\) 'lon'"):
        atlas.city_points(rows)
    assert list(atlas.city_points(rows.assign(lon=[])).columns) == list(atlas.POINT_COLUMNS)
    with pytest.raises(SchemaError, match=r"place_details: signatory rows: .*'place_key'"):
        atlas.place_details(
            data_with(), blank(atlas.EXPORT_COLUMNS, without="place_key"), view.no_members(), "X"
        )


def test_places_and_overrides_need_their_columns(tiny_gazetteer: Gazetteer) -> None:
    todo = pd.DataFrame([("SE:malmo", "Malmö", "SE")], columns=list(csvfiles.PLACE_NAME_COLUMNS))
    overrides = pd.DataFrame(columns=list(csvfiles.OVERRIDE_COLUMNS))
    with pytest.raises(SchemaError, match=r"^places to geocode: missing column\(s\) 'key'"):
        geocode.resolve_offline(todo.drop(columns="key"), tiny_gazetteer, overrides)
    with pytest.raises(SchemaError, match=r"^overrides: missing column\(s\) 'source'"):
        geocode.resolve_offline(todo, tiny_gazetteer, overrides.drop(columns="source"))
    resolved = geocode.resolve_offline(todo, tiny_gazetteer, overrides, today=dt.date(2026, 1, 2))
    places = pd.DataFrame(columns=list(csvfiles.PLACE_COLUMNS))
    assert list(geocode.merge_places(places, resolved)["key"]) == ["SE:malmo"]
    with pytest.raises(SchemaError, match=r"merge_places: the cached places: .*'geocoded_at'"):
        geocode.merge_places(places.drop(columns="geocoded_at"), resolved)
    with pytest.raises(SchemaError, match=r"report: places: missing column\(s\) 'status'"):
        report.quality(data_with(overrides=overrides, places=places.drop(columns="status")), {})
    with pytest.raises(SchemaError, match=r"country_checks: places: .*'lat'"):
        report.country_checks(places.drop(columns="lat"), {})


def test_the_reviewed_import_needs_its_editable_columns(networks_only_data: Path) -> None:
    plan = plan_for(networks_only_data, 0)
    edited = pd.DataFrame([("Oslo", "Norway", "", "", "", "")], columns=list(importer.EDIT_COLUMNS))
    assert list(importer.apply_review(plan, edited).plan.signatories["city"]) == ["Oslo"]
    with pytest.raises(SchemaError, match=r"the reviewed import: missing column\(s\) 'country'"):
        importer.apply_review(plan, edited.drop(columns="country"))

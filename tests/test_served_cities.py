"""Every city of the atlas as one served file, and a view's map that only says which to show."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from benchmarks import synthetic
from geo import atlas, view
from geo.data import store
from geo.maps import mapping
from geo.maps.citylayer import SHARED_COLOUR, ServedCityLayer, all_cities, city_layer
from tests.test_citylayer import layer_data, rendered
from tests.test_mapping import served_by_a_new_process

SERVED_URL = "../map"
CITIES_URL = "../cities"


@pytest.fixture(scope="module")
def big_rows(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    """The signatory rows of a synthetic atlas of 12,000 cities."""
    root = tmp_path_factory.mktemp("big") / "data"
    synthetic.write_data(root, 12_000)
    return atlas.signatory_rows(store.load(root))


def group_script(drawn: mapping.CityMap) -> str:
    """What the app sends for the cities of a map (st_folium's feature group)."""
    drawn.cities.add_to(drawn.base)
    return str(drawn.base.get_root().render()).partition(drawn.cities.get_name())[2]


def test_a_view_sends_which_cities_to_show_not_the_cities(big_rows: pd.DataFrame) -> None:
    networks = pd.DataFrame(
        {
            "id": [n[0] for n in synthetic.NETWORKS],
            "short_name": [n[2] for n in synthetic.NETWORKS],
            "colour": [n[3] for n in synthetic.NETWORKS],
        }
    )
    file = mapping.served_cities(all_cities(atlas.city_points(big_rows)), CITIES_URL)
    signers = big_rows["statement_id"].iloc[0]
    for wanted in [
        view.View(),
        view.View(shared=True),
        view.View(countries=("IT", "NO")),
        view.View(statement=signers, city=str(big_rows["place_key"].iloc[0])),
        view.View(statement=signers, others="hide"),
    ]:
        shown = view.show(big_rows, wanted)
        served = mapping.view_map(networks, shown, wanted, served_url=SERVED_URL, city_file=file)
        inline = mapping.view_map(networks, shown, wanted, served_url=SERVED_URL)
        sent, carried = group_script(served), group_script(inline)
        assert len(sent) < 20_000 < len(carried) or len(shown.points) < 400, len(sent)
        # What the browser draws is the same: each city in its style, the same one ringed,
        # and what should stand out drawn last (faded cities, then one network's, then shared).
        got, expected = drawn(layer_data(sent)), drawn(layer_data(carried))
        assert sorted(got) == sorted(expected)
        assert ringed(layer_data(sent)) == ringed(layer_data(carried))
        assert (ringed(layer_data(sent)) is None) == (not wanted.city)
        ranks = [
            (style.get("interactive", True), style["fillColor"] == SHARED_COLOUR)
            for *_, style in got
        ]
        assert ranks == sorted(ranks)


def ringed(data: dict[str, Any]) -> str | None:
    """The label of the city a layer rings, if any."""
    return str(data["label"][data["selected"]]) if data["selected"] >= 0 else None


def drawn(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Each marker a layer draws, in drawing order: label, coordinates and style."""
    return [
        (label, lat, lon, data["styles"][style])
        for label, lat, lon, style in zip(
            data["label"], data["lat"], data["lon"], data["style"], strict=True
        )
    ]


POINTS = pd.DataFrame(
    {
        "place_key": ["NO:oslo", "NO:bergen", "SE:malmo"],
        "city": ["Oslo", "Bergen", "Malmö"],
        "country": ["Norway", "Norway", "Sweden"],
        "lat": [59.91273, 60.39299, 55.60587],
        "lon": [10.74609, 5.32415, 13.00073],
        "kind": ["city"] * 3,
        "networks": [("scn",)] * 3,
    }
)


def test_a_city_not_in_the_file_is_drawn_from_the_map_itself() -> None:
    file = mapping.served_cities(all_cities(POINTS.iloc[:2]), CITIES_URL)
    assert isinstance(city_layer(POINTS.iloc[:2], {"scn": "#0072B2"}, served=file), ServedCityLayer)
    layer = city_layer(POINTS, {"scn": "#0072B2"}, served=file)  # Malmö is not in the file
    assert not isinstance(layer, ServedCityLayer)
    assert sorted(layer_data(rendered(layer))["label"]) == [
        "Bergen (Norway)",
        "Malmö (Sweden)",
        "Oslo (Norway)",
    ]


def test_the_file_is_named_by_the_atlas_written_once_and_a_changed_atlas_gets_another() -> None:
    first = mapping.served_cities(all_cities(POINTS), CITIES_URL)
    path = mapping.cities_dir() / first.cities.name
    assert first.file_url == f"{CITIES_URL}/{path.name}"
    columns = json.loads(gzip.decompress(path.read_bytes()))
    assert sorted(columns["label"]) == ["Bergen (Norway)", "Malmö (Sweden)", "Oslo (Norway)"]
    written = path.stat().st_mtime_ns
    assert mapping.served_cities(all_cities(POINTS), CITIES_URL) == first
    assert path.stat().st_mtime_ns == written  # the same atlas: the file is not written again

    moved = POINTS.assign(lat=[59.9, 60.39299, 55.60587])
    second = mapping.served_cities(all_cities(moved), CITIES_URL)
    assert second.cities.name != first.cities.name
    assert path.exists()
    assert (mapping.cities_dir() / second.cities.name).exists()


def test_a_file_of_that_name_holding_something_else_is_written_again() -> None:
    cities = all_cities(POINTS)
    path = mapping.cities_dir() / cities.name
    path.write_bytes(gzip.compress(b'{"label": ["planted"]}'))
    mapping.served_cities(cities, CITIES_URL)
    assert path.read_bytes() == cities.content


@pytest.mark.parametrize("how", ["owner", "mode", "symlink"])
def test_a_cities_folder_someone_else_may_write_is_not_used(tmp_path: Path, how: str) -> None:
    """The browser runs the map on what it reads from the file: another user of the machine
    must not choose it (geo.folders). As root here: the other user is a chown away."""
    cache, tmp = tmp_path / "cache", tmp_path / "tmp"
    tmp.mkdir()
    ours = cache / "city-networks-atlas"
    theirs = ours / mapping.CITIES_FOLDER
    if how == "symlink":
        (tmp_path / "elsewhere").mkdir(mode=0o700)
        ours.mkdir(parents=True, mode=0o700)
        theirs.symlink_to(tmp_path / "elsewhere")
    else:
        theirs.mkdir(parents=True, mode=0o700)
        ours.chmod(0o700)
        if how == "owner":
            os.chown(theirs, 12345, 12345)
        if how == "mode":
            theirs.chmod(0o777)
    folder = served_by_a_new_process(cache, tmp, "cities_dir")
    assert folder.resolve() != theirs.resolve()
    assert folder.stat().st_uid == os.getuid()
    assert folder.stat().st_mode & 0o077 == 0

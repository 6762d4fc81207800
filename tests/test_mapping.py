"""The map around the cities: clusters, the selected city, the legend, what a click chose."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pytest

from geo.maps import mapping
from geo.maps.citylayer import CityLayer, city_layer
from tests.test_citylayer import PALETTE, layer_data, legend_options, rendered

NETWORKS = pd.DataFrame(
    {"id": ["scn"], "name": ["Strong Cities"], "short_name": ["SCN"], "colour": ["#0072B2"]}
)
# Two places at one coordinate, as Manchester and Greater Manchester are, and one elsewhere.
POINTS = pd.DataFrame(
    {
        "place_key": ["GB:manchester", "GB:greater-manchester-region", "GB:leeds"],
        "city": ["Manchester", "Greater Manchester Region", "Leeds"],
        "country": ["United Kingdom"] * 3,
        "lat": [53.48095, 53.48095, 53.79648],
        "lon": [-2.23743, -2.23743, -1.54785],
        "kind": ["city", "region", "city"],
        "networks": [("scn",)] * 3,
    }
)


def page_of(drawn: mapping.CityMap) -> str:
    """The map's page, its cities in it (as an export has them)."""
    return str(drawn.whole().get_root().render())


def clicked(lat: float, lng: float, tooltip: str | None) -> dict[str, object]:
    return {
        "last_object_clicked": {"lat": lat, "lng": lng},
        "last_object_clicked_tooltip": tooltip,
    }


def test_a_click_on_a_city_chooses_it_by_its_label_among_cities_at_one_coordinate() -> None:
    for key, label in [
        ("GB:manchester", "Manchester (United Kingdom)"),
        ("GB:greater-manchester-region", "Greater Manchester Region (United Kingdom)"),
    ]:
        assert mapping.clicked_place(POINTS, clicked(53.48095, -2.23743, label)) == key


def test_a_city_spread_out_of_its_cluster_is_found_far_from_its_coordinate() -> None:
    # At a world view a spiderfied marker is drawn hundreds of kilometres from its place.
    spot = clicked(56.0, 4.0, "Greater Manchester Region (United Kingdom)")
    assert mapping.clicked_place(POINTS, spot) == "GB:greater-manchester-region"


def test_a_click_on_a_cluster_or_a_country_chooses_nothing() -> None:
    assert mapping.clicked_place(POINTS, clicked(53.48095, -2.23743, "2 cities: click")) is None
    assert mapping.clicked_place(POINTS, clicked(53.6, -1.9, "United Kingdom: 3")) is None
    assert mapping.clicked_place(POINTS, {}) is None
    assert mapping.clicked_place(POINTS, None) is None
    assert mapping.clicked_place(POINTS[:0], clicked(53.79648, -1.54785, "Leeds")) is None


def test_without_a_tooltip_the_city_drawn_at_the_click_is_chosen() -> None:
    assert mapping.clicked_place(POINTS, clicked(53.79648, -1.54785, None)) == "GB:leeds"
    assert mapping.clicked_place(POINTS, clicked(10.0, 10.0, None)) is None


def test_the_selected_city_is_named_to_the_layer_by_its_drawing_position() -> None:
    layer = city_layer(POINTS, {"scn": "#0072B2"}, selected="GB:leeds")
    data = layer_data(rendered(layer))
    assert data["label"][data["selected"]] == "Leeds (United Kingdom)"
    assert layer_data(rendered(city_layer(POINTS, {"scn": "#0072B2"})))["selected"] == -1
    assert (
        layer_data(rendered(city_layer(POINTS, {"scn": "#0072B2"}, selected="XX:none")))["selected"]
        == -1
    )


def test_a_selected_position_outside_the_cities_is_refused() -> None:
    with pytest.raises(ValueError, match="selected = 3"):
        CityLayer(
            lat=[0.0],
            lon=[0.0],
            label=["A"],
            colour=[0],
            palette=PALETTE,
            area=[0],
            faded=[0],
            selected=3,
        )


def test_a_map_with_a_selected_city_is_centred_on_it_instead_of_fitting_every_city() -> None:
    page = page_of(mapping.build_map(POINTS, NETWORKS, selected="GB:leeds"))
    assert legend_options(page)["fit"] is None  # the layer rings it and centres the map on it
    assert layer_data(page)["label"][layer_data(page)["selected"]] == "Leeds (United Kingdom)"
    assert "atlas-selected" in page
    fitted = [[53.48095, -2.23743], [53.79648, -1.54785]]
    assert legend_options(page_of(mapping.build_map(POINTS, NETWORKS)))["fit"] == fitted
    # A city not shown (filtered out) moves nothing.
    unshown = mapping.build_map(POINTS[:2], NETWORKS, selected="GB:leeds")
    assert legend_options(page_of(unshown))["fit"] == [[53.48095, -2.23743], [53.48095, -2.23743]]


def test_the_map_scripts_are_in_the_page_or_one_file_fetched_from_the_app() -> None:
    inline = page_of(mapping.build_map(POINTS, NETWORKS))
    served = page_of(mapping.build_map(POINTS, NETWORKS, served_url="../map"))
    assert "L.MarkerClusterGroup" in inline  # an export opens offline
    for name in mapping.ASSET_SCRIPTS:
        assert mapping.asset_script(name) in inline
    # The app's maps load one script (a map frame waits for each script in turn) and carry
    # the cities' data and calls alone.
    assert served.count("<script src=") == 1
    assert '<script src="../map/atlas-map.js"></script>' in served
    assert "L.MarkerClusterGroup" not in served
    assert "window.atlasCities" not in served
    assert layer_data(served)["label"] == layer_data(inline)["label"]


def test_the_served_folder_has_one_script_with_leaflet_the_plugin_and_the_atlas_scripts() -> None:
    folder = mapping.served_dir()
    script = (folder / mapping.MAP_SCRIPT).read_text(encoding="utf-8")
    order = [
        script.index("* Leaflet 1."),  # Leaflet first
        script.index("L.MarkerClusterGroup=L.FeatureGroup.extend("),
        *(script.index(mapping.asset_script(name)[:200]) for name in mapping.ASSET_SCRIPTS),
    ]
    assert order == sorted(order)
    packed = (mapping.assets_dir() / mapping.OUTLINES_PACKED).read_bytes()
    assert (folder / mapping.OUTLINES_PACKED).read_bytes() == packed
    assert (folder / mapping.MAP_STYLE).is_file()
    assert mapping.served_dir.__wrapped__() == folder  # the same content, the same folder


def test_the_legend_folds_and_has_its_own_colours_whatever_the_theme() -> None:
    assert mapping.legend_entries(NETWORKS, POINTS) == [
        ("#0072B2", "SCN"),
        ("transparent", "District, county or region (hollow)"),
    ]
    page = page_of(mapping.build_map(POINTS, NETWORKS))
    assert 'L.control({position: "bottomright"})' in page  # citylayer.js, in the page
    assert 'document.createElement("details")' in page  # a box that folds
    assert legend_options(page)["foldedBelow"] == mapping.LEGEND_FOLDED_BELOW
    assert legend_options(page)["entries"] == [
        list(e) for e in mapping.legend_entries(NETWORKS, POINTS)
    ]
    assert f"color:{mapping.BOX_TEXT};background:{mapping.BOX_BACKGROUND}" in page
    assert contrast(mapping.BOX_TEXT, mapping.BOX_BACKGROUND) >= 4.5  # WCAG AA, normal text
    assert contrast(mapping.CLUSTER_TEXT, mapping.CLUSTER_BACKGROUND) >= 4.5


def test_a_map_of_no_cities_still_marks_itself_drawn() -> None:
    page = page_of(mapping.build_map(POINTS[:0], NETWORKS))
    assert '"lat":[]' in page
    assert "data-atlas-cities" in page


def contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_base_map_stays_the_same_and_the_cities_come_in_their_group() -> None:
    """What the app keeps across a filter change (the base) and what it swaps (the group)."""
    served = {"served_url": "../map"}
    everything = mapping.build_map(POINTS, NETWORKS, **served)
    searched = mapping.build_map(
        POINTS[:1], NETWORKS, selected="GB:manchester", focus=(53.5, -2.2), **served
    )
    base = str(everything.base.get_root().render())
    assert str(searched.base.get_root().render()) == base
    assert "atlasCities(" not in base
    assert "atlasLegend(" not in base
    assert (searched.center, searched.zoom) == ((53.5, -2.2), mapping.FOCUS_ZOOM)
    assert (everything.center, everything.zoom) == (None, None)
    assert layer_data(page_of(searched))["label"] == ["Manchester (United Kingdom)"]
    assert "center: [53.5, -2.2]" in page_of(
        mapping.build_map(POINTS, NETWORKS, focus=(53.5, -2.2))
    )


def test_the_served_folder_is_made_whole_in_the_temporary_folder_without_a_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    folder = mapping.served_dir.__wrapped__()
    assert folder.is_relative_to(tmp_path / "tmp")
    assert (folder / mapping.MAP_SCRIPT).read_text(encoding="utf-8") == mapping.map_script()
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # no staging left


PLANTED = "alert('planted')"


def served_by_a_new_process(cache: Path, tmp: Path, folder: str = "served_dir") -> Path:
    """The folder a fresh process serves its maps from (or, with `folder="cities_dir"`, the
    cities' file), with these cache and temporary folders."""
    answer = subprocess.run(
        [sys.executable, "-c", f"from geo.maps import mapping; print(mapping.{folder}())"],
        env={**os.environ, "XDG_CACHE_HOME": str(cache), "TMPDIR": str(tmp)},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return Path(answer.stdout.strip())


def plant(folder: Path) -> Path:
    """A copy of the map's served folder at `folder` whose script is someone else's."""
    shutil.copytree(mapping.served_dir(), folder)
    (folder / mapping.MAP_SCRIPT).write_text(PLANTED, encoding="utf-8")
    return folder


@pytest.mark.parametrize("how", ["owner", "mode", "symlink", "content"])
def test_a_served_folder_planted_by_someone_else_is_not_used(tmp_path: Path, how: str) -> None:
    """Another user of the machine (or a folder anyone may write) must not choose the script
    every visitor's map runs. As root here: the other user is a chown away."""
    cache, tmp = tmp_path / "cache", tmp_path / "tmp"
    tmp.mkdir()
    name = mapping.served_dir().name
    ours = cache / "city-networks-atlas"
    if how == "symlink":
        elsewhere = tmp_path / "elsewhere"
        plant(elsewhere / name)
        ours.parent.mkdir()
        ours.symlink_to(elsewhere)
    else:
        planted = plant(ours / name)
        ours.chmod(0o700)
        if how == "owner":
            os.chown(ours, 12345, 12345)
        if how == "mode":
            ours.chmod(0o777)
    # A planted folder of this user's in the temporary folder is no better.
    plant(tmp / f"city-networks-atlas-{os.getuid()}" / name).parent.chmod(0o777)
    folder = served_by_a_new_process(cache, tmp)
    script = (folder / mapping.MAP_SCRIPT).read_text(encoding="utf-8")
    assert script == mapping.map_script()
    assert folder.stat().st_mode & 0o077 == 0
    if how == "content":  # the folder is private, its script is not the one made: a fresh one
        assert folder != planted
        assert (planted / mapping.MAP_SCRIPT).read_text(encoding="utf-8") == PLANTED

"""CityLayer: the compact city markers, read back from the page the browser gets (no browser)."""

from __future__ import annotations

import base64
import gzip
import json
import re
import zlib
from typing import Any

import folium
import numpy as np
import pandas as pd
import pytest
from streamlit_folium import generate_leaflet_string

from geo.maps import mapping
from geo.maps.citylayer import (
    CANVAS_ABOVE,
    SCALE,
    CityLayer,
    city_layer,
    faded_style,
    marker_style,
)

PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#CC79A7"]
COUNTRIES = ["France", "Germany", "Norway", "Brazil", "Cameroon", "Canada", "Türkiye", "Japan"]
SYLLABLES = ["ka", "lo", "mer", "vi", "san", "tor", "el", "bru", "na", "gö", "stad", "ville"]
HOSTILE = ["<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>", "{{ 7*7 }}"]


def synthetic_columns(n: int, seed: int = 1) -> dict[str, Any]:
    """n cities with made-up names like 'Kalomer (Norway)', about as long as real labels."""
    rng = np.random.default_rng(seed)
    names = ["".join(rng.choice(SYLLABLES, size=rng.integers(2, 5))).capitalize() for _ in range(n)]
    return {
        "lat": rng.uniform(-60, 70, n),
        "lon": rng.uniform(-180, 180, n),
        "label": [f"{name} ({rng.choice(COUNTRIES)})" for name in names],
        "colour": rng.integers(0, len(PALETTE), n),
        "palette": PALETTE,
        "area": rng.random(n) < 0.05,
        "faded": rng.random(n) < 0.5,
    }


def rendered(layer: CityLayer) -> str:
    """The whole HTML page of a bare map holding the layer."""
    fmap = folium.Map(tiles=None)
    layer.add_to(fmap)
    return str(fmap.get_root().render())


def layer_data(page: str) -> dict[str, Any]:
    """The columns a CityLayer embedded in a page or map script: its call's data; for a
    ServedCityLayer, the columns atlasCities makes of it (served_columns)."""
    call = re.search(r"atlasCities\(\w+, (?=\{)", page)
    assert call, "no atlasCities call"
    data, _ = json.JSONDecoder().raw_decode(page, call.end())
    return served_columns(data) if "points" in data else dict(data)


def served_file(data: dict[str, Any]) -> dict[str, Any]:
    """The file of every city a ServedCityLayer's data names, as the app serves it."""
    name = data["points"].rpartition("/")[2]
    return dict(json.loads(gzip.decompress((mapping.cities_dir() / name).read_bytes())))


def served_columns(data: dict[str, Any]) -> dict[str, Any]:
    """What atlasCities draws of a ServedCityLayer (citylayer.js's `chosen`): the file's
    columns of the cities shown, each style's in turn, and `selected` among them."""
    file = served_file(data)
    shown = np.frombuffer(zlib.decompress(base64.b64decode(data["shown"])), dtype=np.uint8)
    assert len(shown) == len(file["lat"])
    order = [int(i) for s in range(len(data["styles"])) for i in np.flatnonzero(shown == s + 1)]
    return {
        **data,
        **{column: [file[column][i] for i in order] for column in ("lat", "lon", "label")},
        "scale": file["scale"],
        "style": [int(shown[i]) - 1 for i in order],
        "selected": order.index(data["selected"]) if data["selected"] in order else -1,
    }


def legend_options(page: str) -> dict[str, Any]:
    """What a LegendControl asks of atlasLegend in a page or map script."""
    call = re.search(r"atlasLegend\(\w+, (?=\{)", page)
    assert call, "no atlasLegend call"
    options, _ = json.JSONDecoder().raw_decode(page, call.end())
    return dict(options)


def marker_styles(page: str) -> list[dict[str, Any]]:
    """Each city's Leaflet path options, in drawing order."""
    data = layer_data(page)
    return [data["styles"][i] for i in data["style"]]


def test_embeds_every_point_with_its_coordinates_colour_and_flags() -> None:
    columns = synthetic_columns(500)
    page = rendered(CityLayer(**columns))
    data = layer_data(page)
    assert data["scale"] == SCALE
    assert {len(data[c]) for c in ("lat", "lon", "label", "style")} == {500}
    assert data["lat"] == [round(v * SCALE) for v in columns["lat"]]
    assert data["lon"] == [round(v * SCALE) for v in columns["lon"]]
    assert data["label"] == columns["label"]
    expected = [
        marker_style(PALETTE[c], area=bool(a), faded=bool(f))
        for c, a, f in zip(columns["colour"], columns["area"], columns["faded"], strict=True)
    ]
    assert marker_styles(page) == expected
    assert len(data["styles"]) <= len(PALETTE) * 4


def test_city_points_get_colour_ring_and_fading_and_stand_out_on_top() -> None:
    points = pd.DataFrame(
        {
            "place_key": ["NO:oslo", "AU:victoria", "FR:paris"],
            "city": ["Oslo", "Victoria", "Paris"],
            "country": ["Norway", "Australia", "France"],
            "lat": [59.91273, -37.814, 48.85341],
            "lon": [10.74609, 144.96332, 2.3488],
            "kind": ["city", "region", "city"],
            "networks": [("scn",), ("icc",), ("icc", "scn")],
        }
    )
    colours = {"scn": "#0072B2", "icc": "#E69F00"}
    page = rendered(city_layer(points, colours, highlight={"NO:oslo"}))
    data = layer_data(page)
    # drawn in order: faded first, shared cities over single-network ones, the highlight on top
    assert data["label"] == ["Victoria (Australia)", "Paris (France)", "Oslo (Norway)"]
    # the faded: one grey dot, whatever their networks and kind, that cannot be clicked
    assert marker_styles(page) == [
        faded_style(),
        faded_style(),
        marker_style("#0072B2", area=False, faded=False),
    ]
    assert len(data["styles"]) == 2
    assert faded_style()["interactive"] is False
    assert "interactive" not in marker_style("#0072B2", area=False, faded=False)
    assert data["lat"] == [-3781400, 4885341, 5991273]


def test_labels_stay_inert_text_in_the_page_and_in_streamlit_folium_script() -> None:
    layer = CityLayer(
        lat=[1.0, 2.0, 3.0],
        lon=[4.0, 5.0, 6.0],
        label=HOSTILE,
        colour=[0, 0, 0],
        palette=PALETTE,
        area=[False] * 3,
        faded=[False] * 3,
    )
    fmap = folium.Map(tiles=None)
    layer.add_to(fmap)
    page = str(fmap.get_root().render())
    script = generate_leaflet_string(fmap)
    for text in (page, script):
        assert layer_data(text)["label"] == HOSTILE
        assert "<img" not in text
        assert "</script><script>" not in text
        assert "{{" not in text
    script = mapping.asset_script(mapping.CITIES_SCRIPT)  # what draws the labels
    assert "tip.textContent = marker.label" in script
    assert "innerHTML" not in script


@pytest.mark.parametrize(("size", "canvas"), [(CANVAS_ABOVE, False), (CANVAS_ABOVE + 1, True)])
def test_canvas_only_above_the_threshold(size: int, canvas: bool) -> None:
    columns = synthetic_columns(size) | {"faded": np.zeros(size, dtype=bool)}
    data = layer_data(rendered(CityLayer(**columns)))
    assert (data["canvas"], data["fadedCanvas"]) == (canvas, False)


def test_the_faded_cities_and_the_others_are_each_on_a_canvas_only_above_the_threshold() -> None:
    """With a statement picked, its 41 signatories stay SVG paths over 12,000 faded dots."""
    size = CANVAS_ABOVE + 42
    faded = np.arange(size) >= 41
    data = layer_data(rendered(CityLayer(**synthetic_columns(size) | {"faded": faded})))
    assert (data["canvas"], data["fadedCanvas"]) == (False, True)


def test_the_layer_sends_its_data_and_one_call_not_its_script() -> None:
    """atlasCities is in a file the page loads once; each map carries a call to it."""
    page = rendered(CityLayer(**synthetic_columns(3)))
    assert "L.circleMarker" not in page
    assert "L.circleMarker" in mapping.asset_script(mapping.CITIES_SCRIPT)


def test_at_most_45_bytes_a_city_at_10000_cities() -> None:
    page = rendered(CityLayer(**synthetic_columns(10_000)))
    assert len(page.encode()) / 10_000 <= 45


def test_no_cities_is_an_empty_layer() -> None:
    empty = {**synthetic_columns(0), "palette": []}
    data = layer_data(rendered(CityLayer(**empty)))
    assert data["lat"] == data["label"] == data["styles"] == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"lon": [1.0, 2.0]}, r"lon has shape \(2,\), expected \(3,\)"),
        ({"lat": [0.0, 0.0, 91.0]}, r"lat\[2\] = 91.0 is not a number from -90 to 90"),
        ({"lon": [0.0, float("nan"), 0.0]}, r"lon\[1\] = nan"),
        ({"colour": [0, 1, 5]}, "colour indexes must be 0 to 4"),
        ({"faded": [True]}, "faded has shape"),
    ],
)
def test_bad_columns_are_refused_with_the_value(change: dict[str, Any], message: str) -> None:
    good = {**synthetic_columns(3), **change}
    with pytest.raises(ValueError, match=message):
        CityLayer(**good)


def test_names_are_never_read_as_templates_anywhere_on_the_map() -> None:
    """A city or network named like a Jinja expression stays text in legend and caption."""
    points = pd.DataFrame(
        {
            "place_key": ["XX:a"],
            "city": ["{{ 7*7 }}"],
            "country": ["Norway"],
            "country_code": ["NO"],
            "lat": [60.0],
            "lon": [10.0],
            "kind": ["city"],
            "networks": [("n",)],
        }
    )
    networks = pd.DataFrame(
        {"id": ["n"], "name": ["{{ 6*7 }}"], "short_name": ["{{ 6*7 }}"], "colour": ["#0072B2"]}
    )
    drawn = mapping.build_map(points, networks, caption="{{ 5*5 }}")
    page = mapping.standalone_html(drawn.whole())
    assert legend_options(page)["entries"] == [["#0072B2", "{{ 6*7 }}"]]  # shown as text
    assert layer_data(page)["label"] == ["{{ 7*7 }} (Norway)"]
    assert "{{ 5*5 }}" in page
    assert ">42<" not in page
    assert ">25<" not in page
    assert "49" not in layer_data(page)["label"][0]

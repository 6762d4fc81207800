"""Cities as one compact Leaflet layer: columns of numbers in the page, markers made in a loop.

A GeoJSON layer costs some 230 bytes and a Python style call per city. CityLayer embeds its
points as columnar JSON (coordinates, a label, one small style number: about 40 bytes a city)
plus a table of the few distinct styles, and one call to atlasCities (geo/maps/assets/citylayer.js,
a script the app serves as a file) makes the circle markers. Above CANVAS_ABOVE points Leaflet
draws them on one canvas; below, one SVG <path> per city.

In the app the points go to the browser once: AllCities is every city the atlas can show, as
one gzipped file named by its content (the app serves it, mapping.served_cities), and a view's
layer (ServedCityLayer) sends only which of them it shows and in which style, a byte a city,
deflated: some bytes for a filter of networks or countries, at most a few KB at 12,000 cities.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from branca.element import Element, Figure, MacroElement
from folium.template import Template

from geo.maps import placenames
from geo.model import AREA_KINDS

# Colour for a city in more than one network (Okabe-Ito reddish purple; networks use the
# other Okabe-Ito colours, which stay distinct for colour-blind viewers).
SHARED_COLOUR = "#CC79A7"
# Kinds other than 'city' are drawn hollow with a dashed ring: an area, shown at its seat.
# Above this many points Leaflet draws on one canvas instead of one SVG element per city.
CANVAS_ABOVE = 2000
# Cities closer than this many pixels are grouped into one cluster marker showing their number.
CLUSTER_RADIUS = 60
# Without a tile layer Leaflet has no deepest zoom; clusters need one (cities sharing a
# coordinate are spread out there). Tile layers' usual deepest zoom.
MAX_ZOOM = 18
# A selected city is shown among its neighbours, zooming in at most to this zoom (a region and
# its country's borders), never at street level.
SELECTED_ZOOM_AT_MOST = 7
# Coordinates go into the page as whole numbers of 1e-5 degrees (about a metre; a map click
# is matched within 0.01): shorter than decimals, and several times faster to write as JSON.
SCALE = 100_000
# A point's style number: its colour's place in the palette, times 4, plus these flags.
AREA, FADED = 1, 2
# Characters that could end the <script> element or open an HTML comment inside it, and the
# line separators older JavaScript parsers reject in strings: written as \u escapes instead.
_SCRIPT_UNSAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
# A "{" that would open a Jinja tag ("{{", "{%", "{#"). In JSON text that is only ever inside a
# string (an object's "{" is followed by '"' or "}"), where \u007b means the same.
_TEMPLATE_OPEN = re.compile(r"\{(?=[{%#])")


def marker_style(colour: str, *, area: bool, faded: bool) -> dict[str, object]:
    """Leaflet path options of a city marker: a filled dot, or for an area a dashed ring.

    A faded city (not among those that stand out) is a small grey dot that cannot be
    clicked, whatever its networks: atlasCities draws such markers apart, beneath the others,
    neither clustered nor counted (`faded_style`).
    """
    if faded:
        return faded_style()
    return {
        "fill": True,
        "color": "#222222" if not area else colour,
        "weight": 1 if not area else 3,
        "dashArray": "4 3" if area else None,
        "fillColor": colour,
        "fillOpacity": 0.3 if area else 0.9,
        "opacity": 1,
        "radius": 9 if area else 7,
    }


# A faded city's dot: grey, small, see-through, no outline (the legend's swatch has its colour).
FADED_COLOUR = "#6b6b6b"


def faded_style() -> dict[str, object]:
    """Leaflet path options of a faded city: a small grey dot that cannot be clicked."""
    return {
        "fill": True,
        "stroke": False,
        "opacity": 0.35,  # no stroke to see: says it recedes (labels.js, tests read it)
        "fillColor": FADED_COLOUR,
        "fillOpacity": 0.35,
        "radius": 2.5,
        "interactive": False,
    }


def script_json(value: object) -> str:
    """Compact JSON that is inert inside an HTML <script> and inside a Jinja template."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for unsafe, escaped in _SCRIPT_UNSAFE.items():
        text = text.replace(unsafe, escaped)
    return _TEMPLATE_OPEN.sub(r"\\u007b", text)


def _column(name: str, values: npt.ArrayLike, dtype: npt.DTypeLike, size: int) -> npt.NDArray[Any]:
    array = np.asarray(values, dtype=dtype)
    if array.shape != (size,):
        raise ValueError(
            f"CityLayer: {name} has shape {array.shape}, expected ({size},): one per label"
        )
    return array


def _check_range(name: str, values: npt.NDArray[np.float64], limit: float) -> None:
    bad = np.flatnonzero(~(np.abs(values) <= limit))  # also catches NaN
    if len(bad):
        raise ValueError(
            f"CityLayer: {name}[{bad[0]}] = {float(values[bad[0]])} is not a number "
            f"from -{limit:g} to {limit:g}"
        )


class Verbatim(Element):
    """Text that goes into the page as it is, never read as a Jinja template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


class ScriptLayer(MacroElement):
    """A layer whose script goes into the page as text (see render)."""

    def render(self, **kwargs: object) -> str:
        """Add the script to the page as text, and return it.

        MacroElement.render would read it again as a Jinja template: 70 ms a megabyte, and any
        template tag in the data would run. (streamlit-folium calls the macro itself.)
        """
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError(f"{self._name}: add the layer to a folium.Map before rendering it")
        script = str(self._template.module.script(self, kwargs))
        # Without the template's indentation and blank lines: about 1 KB less in every map.
        script = "\n".join(line.strip() for line in script.splitlines() if line.strip())
        figure.script.add_child(Verbatim(script), name=self.get_name())
        return script


class OutlineLayer(ScriptLayer):
    """Country outlines under the cities, drawn by geo/maps/assets/outlines.js (atlasOutlines).

    `source` is JSON text: the URL the browser fetches the bundled TopoJSON from (once a
    page), or the topology itself for a page that must open offline on its own. `shading`
    ({country name: [cities, colour]}) fills countries and labels them "Name: cities".
    The page must load outlines.js (mapping.build_map sees to it).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = atlasOutlines(
            {{ this._parent.get_name() }}, {{ this.source }}, {{ this.options }}
        );
        {% endmacro %}
        """
    )

    def __init__(
        self,
        source: str,
        style: Mapping[str, object],
        shading: Mapping[str, tuple[int, str]] | None = None,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # branca leaves it unannotated
        self._name = "OutlineLayer"
        self.source = source
        options: dict[str, object] = {"style": dict(style)}
        if shading is not None:
            options["shading"] = {name: list(shade) for name, shade in shading.items()}
        self.options = script_json(options)


class LabelLayer(ScriptLayer):
    """Names on the map (geo/maps/assets/labels.js, atlasLabels): the cities' own, placed
    where they overlap nothing, and for context country names and nearby places.

    `source` is JSON text: the URL the browser fetches placenames.labels_packed() from (once a
    page), or placenames.labels_json() itself for a page that must open offline on its own.
    The cities' names come from the city layer (citylayer.js calls atlasLabelCities).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        atlasLabels({{ this._parent.get_name() }}, {{ this.source }});
        {% endmacro %}
        """
    )

    def __init__(self, source: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # branca leaves it unannotated
        self._name = "LabelLayer"
        self.source = source


class CityLayer(ScriptLayer):
    """City markers from plain columns, one entry per city, in one Leaflet feature group.

    `label` is plain text (the tooltip shows it as text, never as HTML); `colour` indexes
    `palette`; `area` draws a dashed ring; `faded` draws a city that is not highlighted as a
    small grey dot beneath the others, which cannot be clicked and is not in their clusters
    or their count (marker_style).
    `population` orders the cities' names on the map (the biggest first; labels.js).
    `selected` (a position) is ringed, and when it was not already the map's selected city
    the map is centred on it, zoomed in until it is out of its cluster. Its parent may be the
    map or a feature group put on the map later (mapping.CityMap): the layer is drawn then.

    The page must load citylayer.js (atlasCities draws the layer from `data`) and, for
    clusters, Leaflet.markercluster: mapping.build_map sees to both. Cities closer than
    CLUSTER_RADIUS pixels are then one cluster marker with their number; a click zooms in, or
    for cities sharing a coordinate spreads them out ("spiderfy"), so every city can be clicked.
    A click on a marker reports the marker's own lat/lng (Leaflet does so for circle markers
    of radius 10 px or less), which is what streamlit-folium's last_object_clicked returns,
    and its label as last_object_clicked_tooltip; a cluster's tooltip is "N cities: ...".
    The map's container gets data-atlas-cities="N" once the N cities are on the map, and
    data-atlas-faded="M" for the M faded ones beneath them.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        atlasCities({{ this._parent.get_name() }}, {{ this.data }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        *,
        lat: npt.ArrayLike,
        lon: npt.ArrayLike,
        label: Iterable[str],
        colour: npt.ArrayLike,
        palette: Sequence[str],
        area: npt.ArrayLike,
        faded: npt.ArrayLike,
        canvas_above: int = CANVAS_ABOVE,
        selected: int | None = None,
        population: npt.ArrayLike | None = None,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # branca leaves it unannotated
        self._name = "CityLayer"
        labels = [str(text) for text in label]
        size = len(labels)
        lats = _column("lat", lat, np.float64, size)
        lons = _column("lon", lon, np.float64, size)
        _check_range("lat", lats, 90)
        _check_range("lon", lons, 180)
        colours = _column("colour", colour, np.int64, size)
        if size and not (colours.min() >= 0 and colours.max() < len(palette)):
            raise ValueError(f"CityLayer: colour indexes must be 0 to {len(palette) - 1}")
        fades = _column("faded", faded, np.bool_, size)
        flags = AREA * _column("area", area, np.bool_, size) + FADED * fades
        if selected is not None and not 0 <= selected < size:
            raise ValueError(
                f"CityLayer: selected = {selected} is not a city's position 0 to {size - 1}"
            )
        codes, style = np.unique(colours * 4 + flags, return_inverse=True)
        self.data = script_json(
            {
                **_layer_options(size, int(fades.sum()), selected, canvas_above),
                **_columns(lats, lons, labels, population),
                "style": style.tolist(),
                "styles": _styles(codes, palette),
            }
        )


class MadeCityLayer(ScriptLayer):
    """A city layer (CityLayer or ServedCityLayer) from its `data`, made before: a map's own
    element of a layer worked out once for many maps (mapping.DrawnCities)."""

    _template = CityLayer._template

    def __init__(self, data: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # branca leaves it unannotated
        self._name = "CityLayer"
        self.data = data


def _layer_options(
    size: int, faded: int, selected: int | None, canvas_above: int = CANVAS_ABOVE
) -> dict[str, object]:
    """What atlasCities needs beside the cities themselves: of `size` cities, `faded` are
    drawn apart (each part on a canvas when it has more than `canvas_above`)."""
    return {
        "canvas": size - faded > canvas_above,
        "fadedCanvas": faded > canvas_above,
        "radius": CLUSTER_RADIUS,
        "maxZoom": MAX_ZOOM,
        "deepest": SELECTED_ZOOM_AT_MOST,
        "selected": -1 if selected is None else int(selected),
    }


def _columns(
    lats: npt.NDArray[np.float64],
    lons: npt.NDArray[np.float64],
    labels: list[str],
    population: npt.ArrayLike | None = None,
) -> dict[str, object]:
    """Coordinates as whole numbers of 1/SCALE degree, labels and, if given, populations (the
    order of the names on the map): the cities' own columns."""
    columns: dict[str, object] = {
        "scale": SCALE,
        "lat": np.rint(lats * SCALE).astype(np.int64).tolist(),
        "lon": np.rint(lons * SCALE).astype(np.int64).tolist(),
        "label": labels,
    }
    if population is not None:
        columns["pop"] = _column("population", population, np.int64, len(labels)).tolist()
    return columns


def _styles(codes: npt.NDArray[np.int64], palette: Sequence[str]) -> list[dict[str, object]]:
    """Leaflet path options of each style number (colour's place in palette * 4 + flags)."""
    return [
        marker_style(palette[int(code) // 4], area=bool(code & AREA), faded=bool(code & FADED))
        for code in codes
    ]


@dataclass(frozen=True)
class AllCities:
    """Every city the atlas can show, as one file for the browser to fetch once.

    `keys` are the place keys in the file's order (by country, then key: a country filter
    keeps a run of them), `content` the file (gzipped JSON of the columns atlasCities reads:
    scale, lat, lon, label, pop) and `name` its name, from a hash of it: another atlas, or the same
    one changed, is another file, and a browser never mixes an old file with a new view.
    """

    keys: tuple[str, ...]
    content: bytes
    name: str

    @cached_property
    def _index(self) -> pd.Index:
        return pd.Index(self.keys, dtype=object)

    def positions(self, keys: Sequence[str] | pd.Series) -> npt.NDArray[np.intp] | None:
        """The file's positions of `keys`; None if one is not in it."""
        found = self._index.get_indexer(pd.Index(np.asarray(keys, dtype=object)))
        return None if (found < 0).any() else found.astype(np.intp)


def all_cities(points: pd.DataFrame) -> AllCities:
    """The AllCities file of atlas.city_points() of every row (place_key, city, country,
    country_code, lat, lon)."""
    points = points.sort_values(["country", "place_key"], kind="stable")
    lats = _column("lat", points["lat"], np.float64, len(points))
    lons = _column("lon", points["lon"], np.float64, len(points))
    _check_range("lat", lats, 90)
    _check_range("lon", lons, 180)
    columns = _columns(lats, lons, city_label(points).tolist(), placenames.populations(points))
    text = script_json(columns).encode("utf-8")
    digest = hashlib.sha256(text).hexdigest()[:16]
    return AllCities(
        keys=tuple(points["place_key"].astype(str)),
        content=gzip.compress(text, compresslevel=9, mtime=0),
        name=f"cities-{digest}.json.gz",
    )


@dataclass(frozen=True)
class ServedCities:
    """An AllCities file and the URL of the folder the app serves it from."""

    cities: AllCities
    url: str

    @property
    def file_url(self) -> str:
        return f"{self.url}/{self.cities.name}"


# A view's layer gives each city of the file a byte: 0 for not shown, else its style's number.
MAX_STYLES = 255


class ServedCityLayer(ScriptLayer):
    """A view's cities as a choice among an AllCities file's, which atlasCities fetches once a
    page: for each city of the file, its style's number (1, 2, ...) or 0 for not shown, as
    deflated bytes in base64 (`shown`), and the table of styles in drawing order (the styles
    drawn last are on top). `selected` is a position in the file, `count` the cities shown and
    `faded` how many of them are faded.
    """

    _template = CityLayer._template

    def __init__(
        self,
        served: ServedCities,
        codes: npt.NDArray[np.uint8],
        styles: list[dict[str, object]],
        count: int,
        selected: int | None = None,
        faded: int = 0,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # branca leaves it unannotated
        self._name = "CityLayer"
        self.data = script_json(
            {
                **_layer_options(count, faded, selected),
                "points": served.file_url,
                "shown": base64.b64encode(zlib.compress(codes.tobytes(), 9)).decode("ascii"),
                "styles": styles,
                "count": count,
            }
        )


def city_label(points: pd.DataFrame) -> pd.Series:
    """A city's tooltip, "City (Country)": what a click on its marker reports."""
    return points["city"] + " (" + points["country"] + ")"


def city_layer(
    points: pd.DataFrame,
    colours: Mapping[str, str],
    highlight: Collection[str] = (),
    selected: str | None = None,
    served: ServedCities | None = None,
) -> CityLayer | ServedCityLayer:
    """The layer of atlas.city_points(): a city in its network's colour, "City (Country)".

    `colours` maps network ids to colours; a city in several networks gets SHARED_COLOUR.
    With `highlight` (place keys), the other places fade (grey dots apart, beneath, neither
    clustered nor counted); `selected` (a place key) is ringed if shown. Markers are drawn
    in draw_order(). With `served`, a file of every city that holds these, the layer only
    says which of them it shows (ServedCityLayer).
    """
    wanted = set(highlight)
    highlighted = points["place_key"].isin(wanted).to_numpy(dtype=bool)
    order = draw_order(highlighted, points["networks"])
    points = points.iloc[order]
    palette = list(dict.fromkeys([*colours.values(), SHARED_COLOUR]))
    index = {colour: i for i, colour in enumerate(palette)}
    networks = points["networks"].tolist()
    colour_of = {
        ns: index[colours.get(ns[0], SHARED_COLOUR) if len(ns) == 1 else SHARED_COLOUR]
        for ns in set(networks)
    }
    faded = ~highlighted[order] & bool(wanted)
    # a faded city is a grey dot whatever its networks and kind: one style for them all
    colour = np.where(faded, 0, np.asarray([colour_of[ns] for ns in networks], dtype=np.int64))
    area = points["kind"].isin(AREA_KINDS).to_numpy(dtype=bool) & ~faded
    positions = served.cities.positions(points["place_key"]) if served is not None else None
    if served is not None and positions is not None:
        at = _position(points, selected)
        layer = _served_layer(
            served,
            positions,
            colour * 4 + AREA * area + FADED * faded,
            palette,
            int(positions[at]) if at >= 0 else None,
        )
        if layer is not None:
            return layer
    return CityLayer(
        lat=points["lat"].to_numpy(dtype=float),
        lon=points["lon"].to_numpy(dtype=float),
        label=city_label(points).tolist(),
        colour=colour,
        palette=palette,
        area=area,
        faded=faded,
        selected=position if (position := _position(points, selected)) >= 0 else None,
        population=placenames.populations(points),
    )


def _served_layer(
    served: ServedCities,
    positions: npt.NDArray[np.intp],
    codes: npt.NDArray[np.int64],
    palette: Sequence[str],
    selected: int | None,
) -> ServedCityLayer | None:
    """The layer of cities at `positions` of the file, each in its style `codes` (in drawing
    order: their styles are numbered in the order they are first drawn); None if the styles
    are too many for a byte."""
    distinct, first = np.unique(codes, return_index=True)
    if len(distinct) > MAX_STYLES:
        return None
    in_order = distinct[np.argsort(first, kind="stable")]
    number = {int(code): i + 1 for i, code in enumerate(in_order)}
    shown = np.zeros(len(served.cities.keys), dtype=np.uint8)
    shown[positions] = [number[int(code)] for code in codes]
    return ServedCityLayer(
        served,
        shown,
        _styles(in_order, palette),
        len(positions),
        selected=selected,
        faded=int(np.count_nonzero(codes & FADED)),
    )


def _position(points: pd.DataFrame, key: str | None) -> int:
    """The row position of place `key` in points, or -1."""
    if not key:
        return -1
    found = np.flatnonzero(points["place_key"].to_numpy() == key)
    return int(found[0]) if len(found) else -1


def draw_order(highlighted: npt.NDArray[np.bool_], networks: pd.Series) -> npt.NDArray[np.intp]:
    """Row positions in drawing order: what should stand out is drawn last, on top.

    Faded cities first, then cities of one network, then cities in several networks.
    """
    shared = networks.map(len).to_numpy(dtype=int) > 1
    return np.lexsort((shared, highlighted))

"""Cities as one compact Leaflet layer: columns of numbers in the page, markers made in a loop.

A GeoJSON layer costs some 230 bytes and a Python style call per city. CityLayer embeds its
points as columnar JSON (coordinates, a label, one small style number: about 40 bytes a city)
plus a table of the few distinct styles, and one call to atlasCities (geo/maps/assets/citylayer.js,
a script the app serves as a file) makes the circle markers. Above CANVAS_ABOVE points Leaflet
draws them on one canvas; below, one SVG <path> per city.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from branca.element import Element, Figure, MacroElement
from folium.template import Template

from geo.model import AREA_KINDS

# Colour for a city in more than one network (Okabe-Ito reddish purple; networks use the
# other Okabe-Ito colours, which stay distinct for colour-blind viewers).
SHARED_COLOUR = "#CC79A7"
# Kinds other than 'city' are drawn hollow with a dashed ring: an area, shown at its seat.
# Above this many points Leaflet draws on one canvas instead of one SVG element per city.
CANVAS_ABOVE = 2000
# Cities closer than this many pixels are grouped into one cluster marker showing their number.
CLUSTER_RADIUS = 40
# Without a tile layer Leaflet has no deepest zoom; clusters need one (cities sharing a
# coordinate are spread out there). Tile layers' usual deepest zoom.
MAX_ZOOM = 18
# A selected city is shown out of its cluster, zooming in up to this zoom (a town's streets).
SELECTED_ZOOM_AT_MOST = 13
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
    """Leaflet path options of a city marker: a filled dot, or for an area a dashed ring."""
    return {
        "fill": True,
        "color": "#222222" if not area else colour,
        "weight": 1 if not area else 3,
        "dashArray": "4 3" if area else None,
        "fillColor": colour,
        "fillOpacity": 0.15 if faded else 0.3 if area else 0.9,
        "opacity": 0.3 if faded else 1,
        "radius": 9 if area else 7,
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


class CityLayer(ScriptLayer):
    """City markers from plain columns, one entry per city, in one Leaflet feature group.

    `label` is plain text (the tooltip shows it as text, never as HTML); `colour` indexes
    `palette`; `area` draws a dashed ring; `faded` dims a city that is not highlighted.
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
    The map's container gets data-atlas-cities="N" once the N cities are on the map.
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
        flags = AREA * _column("area", area, np.bool_, size) + FADED * _column(
            "faded", faded, np.bool_, size
        )
        if selected is not None and not 0 <= selected < size:
            raise ValueError(
                f"CityLayer: selected = {selected} is not a city's position 0 to {size - 1}"
            )
        codes, style = np.unique(colours * 4 + flags, return_inverse=True)
        self.data = script_json(
            {
                "scale": SCALE,
                "canvas": size > canvas_above,
                "radius": CLUSTER_RADIUS,
                "maxZoom": MAX_ZOOM,
                "deepest": SELECTED_ZOOM_AT_MOST,
                "selected": -1 if selected is None else int(selected),
                "lat": np.rint(lats * SCALE).astype(np.int64).tolist(),
                "lon": np.rint(lons * SCALE).astype(np.int64).tolist(),
                "label": labels,
                "style": style.tolist(),
                "styles": [
                    marker_style(
                        palette[int(code) // 4], area=bool(code & AREA), faded=bool(code & FADED)
                    )
                    for code in codes
                ],
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
) -> CityLayer:
    """The layer of atlas.city_points(): a city in its network's colour, "City (Country)".

    `colours` maps network ids to colours; a city in several networks gets SHARED_COLOUR.
    With `highlight` (place keys), the other places fade; `selected` (a place key) is ringed
    if shown. Markers are drawn in draw_order().
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
    return CityLayer(
        lat=points["lat"].to_numpy(dtype=float),
        lon=points["lon"].to_numpy(dtype=float),
        label=city_label(points).tolist(),
        colour=[colour_of[ns] for ns in networks],
        palette=palette,
        area=points["kind"].isin(AREA_KINDS).to_numpy(dtype=bool),
        faded=~highlighted[order] & bool(wanted),
        selected=position if (position := _position(points, selected)) >= 0 else None,
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

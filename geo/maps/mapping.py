"""Building the Folium map: cities as one compact layer over country outlines, offline assets.

The outlines (about 110 KB of TopoJSON, 190 KB as GeoJSON) and the scripts that draw them, the
cities and the legend (about 12 KB) are the same on every map, so a map shown in the app only
says where to fetch them (`served_url`, serving served_dir(): Leaflet, the cluster plugin and
those scripts joined into one file, so a map frame waits for one script instead of four), and
each map sent over the websocket carries the cities' data alone. A map that must open on its
own (exports) embeds them instead.

The cities themselves go the same way in the app: every city of the atlas is one file
(citylayer.AllCities, written to cities_dir() by served_cities, named by its content), which a
page fetches once; a filter change sends which of them to show (citylayer.ServedCityLayer).

A map is a base and a feature group of its cities (CityMap): the app sends both, and a filter
change that leaves the base alone updates the cities on the map the person is looking at.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import shutil
import tempfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import folium
import pandas as pd
from folium.template import Template

from geo import atlas, folders, view
from geo.maps import basemap, placenames
from geo.maps.citylayer import (
    FADED_COLOUR,
    SELECTED_ZOOM_AT_MOST,
    SHARED_COLOUR,
    AllCities,
    LabelLayer,
    MadeCityLayer,
    OutlineLayer,
    ScriptLayer,
    ServedCities,
    Verbatim,
    city_label,
    city_layer,
    script_json,
)
from geo.model import AREA_KINDS

SHARED_LABEL = "Several networks"
OUTLINE_STYLE = {"color": "#ffffff", "weight": 0.8, "fillColor": "#d9d4c7", "fillOpacity": 1}
# Countries shaded by their number of cities: ColorBrewer "Blues", light to dark.
SHADES = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
# In basemap.assets(): the scripts that draw the outlines, and the cities and the legend
# (geo/maps/assets/citylayer.js), and the outlines.
OUTLINES_SCRIPT = "outlines.js"
CITIES_SCRIPT = "citylayer.js"
LABELS_SCRIPT = "labels.js"
ASSET_SCRIPTS = (OUTLINES_SCRIPT, CITIES_SCRIPT, LABELS_SCRIPT)
OUTLINES_FILE = basemap.COUNTRIES_FILE
# What browsers fetch: the same file gzipped once, here (tests/test_packaging.py checks it is
# the same). Streamlit would gzip the plain file again for every visitor (25 ms of CPU each).
OUTLINES_PACKED = f"{OUTLINES_FILE}.gz"
# Country names and places for context on the map (geo.maps.placenames), gzipped.
LABELS_PACKED = "labels.json.gz"


def leaflet_dir() -> Path:
    """Leaflet 1.9.3 (the version folium uses) as installed by the xstatic-leaflet package."""
    from xstatic.pkg import leaflet

    return Path(leaflet.BASE_DIR)


def markercluster_dir() -> Path:
    """Leaflet.markercluster 1.4.1, as installed by the xstatic-leaflet-markercluster package."""
    from xstatic.pkg import leaflet_markercluster

    return Path(leaflet_markercluster.BASE_DIR)


# In markercluster_dir(): the plugin's script. Its MarkerCluster.css (animations) is
# CLUSTER_ANIMATION below, without its vendor prefixes; the clusters' look is the atlas's own.
CLUSTER_SCRIPT = "leaflet.markercluster.js"
CLUSTER_ANIMATION = (
    ".leaflet-cluster-anim .leaflet-marker-icon{transition:transform .3s ease-out,opacity .3s "
    "ease-in}.leaflet-cluster-spider-leg{transition:stroke-dashoffset .3s ease-out,"
    "stroke-opacity .3s ease-in}"
)


def assets_dir() -> Path:
    """The package's map assets (outlines and the map's scripts), for the app to serve as files."""
    return basemap.assets()


# What the app serves for its maps, from one folder (served_dir).
MAP_SCRIPT = "atlas-map.js"
MAP_STYLE = "leaflet.css"


def map_script() -> str:
    """Leaflet, the cluster plugin and the atlas's map scripts, in the order a map needs them,
    as one script."""
    parts = [
        leaflet_dir() / "leaflet.js",
        markercluster_dir() / CLUSTER_SCRIPT,
        *(assets_dir() / name for name in ASSET_SCRIPTS),
    ]
    return "\n;\n".join(part.read_text(encoding="utf-8") for part in parts)


@cache
def served_dir() -> Path:
    """The folder the app serves to map frames: MAP_SCRIPT, Leaflet's CSS and images, and the
    packed outlines. Made once per machine and content, in a folder only this user may write
    (geo.folders): the script runs in every visitor's page."""
    files = {
        MAP_SCRIPT: map_script().encode("utf-8"),
        MAP_STYLE: (leaflet_dir() / MAP_STYLE).read_bytes(),
        OUTLINES_PACKED: (assets_dir() / OUTLINES_PACKED).read_bytes(),
        LABELS_PACKED: placenames.labels_packed(),
        **{
            f"images/{image.name}": image.read_bytes()
            for image in sorted((leaflet_dir() / "images").glob("*.png"))
        },
    }
    return served_folder("map-assets", files)


def served_folder(prefix: str, files: Mapping[str, bytes]) -> Path:
    """A folder holding `files` (name to content) for the app to serve to map frames, named
    `prefix` and a digest of them: made once per machine and content, in a folder only this
    user may write (geo.folders), since browsers run what they read there."""
    digest = hashlib.sha256()
    for name, content in files.items():
        digest.update(name.encode() + b"\0" + content)
    name = f"{prefix}-{digest.hexdigest()[:16]}"
    for base in folders.private_cache_dirs():
        try:
            return _written_once(folders.private_folder(base) / name, files)
        except (OSError, folders.FolderNotPrivate):  # a read-only home, or not ours: the next
            continue
    return _written(Path(tempfile.mkdtemp(prefix=f"{name}-")), files)  # this process's own


# In a private cache folder (geo.folders): the AllCities files the app serves, one per atlas.
CITIES_FOLDER = "map-cities"


@cache
def cities_dir() -> Path:
    """The folder the app serves the cities' files from (served_cities): private to this user,
    as served_dir() is, since the browser runs what it reads there as the map's data."""
    for base in folders.private_cache_dirs():
        try:
            return folders.private_folder(folders.private_folder(base) / CITIES_FOLDER)
        except (OSError, folders.FolderNotPrivate):  # a read-only home, or not ours: the next
            continue
    return Path(tempfile.mkdtemp(prefix=f"{CITIES_FOLDER}-"))  # this process's own


def served_cities(cities: AllCities, url: str) -> ServedCities:
    """`cities` as a file in cities_dir(), which the app serves at `url`.

    The file is named by its content: written (whole, by a rename) unless one of that name
    holds that content already, as another process or an earlier run of the same atlas left it.
    """
    path = cities_dir() / cities.name
    if path.is_symlink() or not path.is_file() or path.read_bytes() != cities.content:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".", delete=False) as staging:
            staging.write(cities.content)
        os.replace(staging.name, path)
    return ServedCities(cities, url)


def _written_once(folder: Path, files: Mapping[str, bytes]) -> Path:
    """`folder` holding `files`, made whole or not at all if it is not there yet.

    Found (made before, or by another process meanwhile), it is used only if it is private
    (folders.private_folder) and holds exactly `files`: FolderNotPrivate otherwise.
    """
    if not os.path.lexists(folder):
        staging = _written(Path(tempfile.mkdtemp(prefix=".staging-", dir=folder.parent)), files)
        try:
            staging.rename(folder)  # whole or not at all, whoever comes first
        except OSError:  # another process made it meanwhile
            shutil.rmtree(staging, ignore_errors=True)
    folders.private_folder(folder)
    if not _holds(folder, files):
        raise folders.FolderNotPrivate(f"{folder} does not hold the map's files as made")
    return folder


def _written(folder: Path, files: Mapping[str, bytes]) -> Path:
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    return folder


def _holds(folder: Path, files: Mapping[str, bytes]) -> bool:
    """Whether `folder` holds `files` and nothing else, no symlinks among them."""
    found: dict[str, Path] = {}
    for root, subfolders, names in os.walk(folder):
        for entry in (Path(root) / n for n in [*names, *subfolders]):
            if entry.is_symlink():
                return False
            if entry.is_file():
                found[entry.relative_to(folder).as_posix()] = entry
    return found.keys() == files.keys() and all(
        found[name].read_bytes() == content for name, content in files.items()
    )


def use_local_assets(fmap: folium.Map, base_url: str) -> folium.Map:
    """Make the map load Leaflet from `base_url` instead of public CDNs.

    The layers this module draws need Leaflet alone (no jQuery, Bootstrap or icon fonts),
    so a map built here works with no internet once `base_url` serves leaflet_dir().
    """
    fmap.default_js = [("leaflet", f"{base_url}/leaflet.js")]
    fmap.default_css = [("leaflet_css", f"{base_url}/leaflet.css")]
    return fmap


@cache
def _names_by_code() -> dict[str, tuple[str, ...]]:
    names: dict[str, tuple[str, ...]] = {}
    for feature in basemap.countries()["features"]:
        code, name = feature["properties"]["iso2"], feature["properties"]["name"]
        names[code] = (*names.get(code, ()), name)
    return names


def country_shading(counts: pd.DataFrame) -> dict[str, tuple[int, str]]:
    """{outline name: (cities, shade)} for the countries with cities, from per_country().

    The outlines are keyed by their Natural Earth name, which outlines.js reads from the file.
    """
    top = max(counts["cities"], default=1)
    shading = {}
    for code, count in zip(counts["country_code"], counts["cities"], strict=True):
        if count:
            shade = SHADES[min(len(SHADES) - 1, (int(count) * len(SHADES) - 1) // int(top))]
            for name in _names_by_code().get(code, ()):
                shading[name] = (int(count), shade)
    return shading


@dataclass(frozen=True)
class CityMap:
    """A view's map in two parts, so that a filter change updates the map instead of making
    a new one.

    `base` is the same whatever the filters: tiles, outlines, the scripts it loads, text sizes,
    the caption and, on the "countries" layer, the shading. `cities` is a folium.FeatureGroup of
    what depends on the cities shown: their layer, the legend, the selected city's ring and the
    fit to the cities. The app sends the group beside the map (st_folium's
    `feature_group_to_add`): streamlit-folium keys its frame on the base map's script, so while
    the base is unchanged the frame stays, the old group is taken off the map and the new one
    put on, and the person's pan and zoom stay (atlasLegend in citylayer.js says when the map
    fits the new cities). `center` and `zoom` are where a search centres the map (st_folium's
    `center` and `zoom`, applied when they change), or None.
    """

    base: folium.Map
    cities: folium.FeatureGroup
    center: tuple[float, float] | None = None
    zoom: int | None = None

    def whole(self) -> folium.Map:
        """The base map with its cities in it, centred where a search would: one page
        (exports). Call it once."""
        if self.center is not None and self.zoom is not None:
            self.base.location = list(self.center)
            self.base.options["zoom"] = self.zoom
        self.cities.add_to(self.base)
        return stable_ids(self.base)


# The base map's view before the cities are fitted: the world.
WORLD_CENTRE, WORLD_ZOOM = (30.0, 10.0), 2
# A search centres the map on its city at this zoom: as close as a selected city is shown.
FOCUS_ZOOM = SELECTED_ZOOM_AT_MOST


def build_map(
    points: pd.DataFrame,
    networks: pd.DataFrame,
    *,
    highlight: Collection[str] = (),
    focus: tuple[float, float] | None = None,
    shading: pd.DataFrame | None = None,
    served_url: str | None = None,
    selected: str | None = None,
    tiles: str | None = None,
    caption: str = "",
    large: bool = False,
    city_file: ServedCities | None = None,
    cities: DrawnCities | None = None,
) -> CityMap:
    """A map of city_points(): one vector layer, a legend, the city name on hover.

    `highlight` makes some places stand out: they alone are clustered, counted and in the
    legend, the others drawn faint beneath them (citylayer.city_layer). `focus` centres the
    map on a point (as CityMap.center: the base map stays the same); `shading`
    (per_country() counts) shades countries by their number of cities instead of drawing
    cities. `served_url` serves served_dir(), from where the browser loads Leaflet, the
    cluster plugin and the scripts that draw the outlines, the cities and the legend (one
    file), and the outlines, instead of their being in the page (about 160 KB, the same for
    every map); without it the map is for a page of its own (standalone_html). `selected`
    (a place key) is ringed, and the map centred on it. By default the map needs no
    internet: bundled country outlines and no tiles; `tiles` names a tile layer
    (e.g. "OpenStreetMap") for those online. `caption` is a title box drawn on the map (for
    presenting and exports); `large` makes every text on the map readable from across a room.
    `city_file` (with `served_url`) is a served file of every city the map may show: the map
    then says which of them to show instead of carrying them (citylayer.city_layer).
    `cities` is drawn_cities() of these arguments, made before (the app makes it once for
    every visitor of a view); by default it is made here.
    """
    fmap = folium.Map(
        location=list(WORLD_CENTRE),
        zoom_start=WORLD_ZOOM,
        tiles=tiles,
        control_scale=True,
        zoom_snap=0.25,
    )
    root: Any = fmap.get_root()
    root.header.add_child(Verbatim(_text_css(large)), name="atlas_css")
    root.header.add_child(Verbatim(label_css(large)), name="atlas_label_css")
    if caption:
        root.html.add_child(Verbatim(caption_html(caption)))
    if served_url is None:
        # The cluster plugin in the body, after Leaflet, which the header loads.
        root.html.add_child(Verbatim(f"<script>{cluster_script()}</script>"), name="cluster")
        for name in ASSET_SCRIPTS:
            root.header.add_child(Verbatim(f"<script>{asset_script(name)}</script>"), name=name)
        source, names = topology_json(), script_json(json.loads(placenames.labels_json()))
    else:
        fmap.default_js = [("atlas_map", f"{served_url}/{MAP_SCRIPT}")]
        fmap.default_css = [("leaflet_css", f"{served_url}/{MAP_STYLE}")]
        source = script_json(f"{served_url}/{OUTLINES_PACKED}")
        names = script_json(f"{served_url}/{LABELS_PACKED}")
    group = folium.FeatureGroup(name="cities", control=False)
    if shading is not None:
        OutlineLayer(source, OUTLINE_STYLE, country_shading(shading)).add_to(fmap)
        LabelLayer(names).add_to(fmap)
        LegendControl(shading_legend(shading)).add_to(group)
        return CityMap(stable_ids(fmap), group)
    OutlineLayer(source, OUTLINE_STYLE).add_to(fmap)
    LabelLayer(names).add_to(fmap)
    if cities is None:
        served = city_file if served_url is not None else None
        cities = drawn_cities(points, networks, highlight, selected, focus is not None, served)
    # (no cities: the layer still marks the map)
    MadeCityLayer(cities.layer).add_to(group)
    fit = [list(corner) for corner in cities.fit] if cities.fit else None
    LegendControl(list(cities.legend), fit=fit).add_to(group)
    return CityMap(stable_ids(fmap), group, focus, FOCUS_ZOOM if focus else None)


@dataclass(frozen=True)
class DrawnCities:
    """What a map draws of its cities, as values rather than map elements, so that it can be
    worked out once and put on many maps: the city layer's data (CityLayer.data), the
    legend's entries and the box the map fits ([south, west], [north, east]; None to leave the
    view as it is)."""

    layer: str
    legend: tuple[tuple[str, str], ...]
    fit: tuple[tuple[float, float], tuple[float, float]] | None


def drawn_cities(
    points: pd.DataFrame,
    networks: pd.DataFrame,
    highlight: Collection[str] = (),
    selected: str | None = None,
    focused: bool = False,
    served: ServedCities | None = None,
) -> DrawnCities:
    """The DrawnCities of build_map: `points` in their networks' colours, `highlight` standing
    out, `selected` ringed, fitted unless the map is `focused` on a search or centred on the
    selected city; `served`, a served file holding them (citylayer.city_layer)."""
    colours = dict(zip(networks["id"], networks["colour"], strict=True))
    shown = points[points["place_key"].isin(set(highlight))] if highlight else points
    layer = city_layer(points, colours, highlight, selected, served)
    chosen = bool(selected) and bool((points["place_key"] == selected).any())
    box = map_bounds(shown) if not focused and not chosen else None
    entries = legend_entries(networks, shown) + faded_legend(len(points) - len(shown))
    return DrawnCities(
        layer=layer.data,
        legend=tuple(entries),
        fit=((box[0][0], box[0][1]), (box[1][0], box[1][1])) if box else None,
    )


def map_bounds(points: pd.DataFrame) -> list[list[float]] | None:
    """The cities' bounding box, as the map fits it: [[south, west], [north, east]]."""
    if not len(points):
        return None
    return [
        [float(points["lat"].min()), float(points["lon"].min())],
        [float(points["lat"].max()), float(points["lon"].max())],
    ]


def stable_ids(fmap: folium.Map) -> folium.Map:
    """Name the map's elements by their place in it instead of at random.

    The same view then renders to the same page, byte for byte, so streamlit-folium keeps
    its map (no reload, no flicker) when the page reruns for anything else.
    """
    root: Any = fmap.get_root()
    pending: list[Any] = [root]
    number = 0
    while pending:
        element = pending.pop()
        element._id = f"{number:04d}"
        number += 1
        pending.extend(reversed(list(element._children.values())))
    return fmap


@cache
def topology_json() -> str:
    """The bundled outlines' TopoJSON as script-safe JSON, made once per process."""
    return script_json(json.loads(basemap.topology_text()))


def _inline_script(path: Path) -> str:
    """A script file as text that can go inside a <script> element."""
    return path.read_text(encoding="utf-8").replace("</", "<\\/")


@cache
def cluster_script() -> str:
    """Leaflet.markercluster's script, to go inside a <script> element."""
    return _inline_script(markercluster_dir() / CLUSTER_SCRIPT)


@cache
def asset_script(name: str) -> str:
    """A script of assets_dir() (one of ASSET_SCRIPTS), to go inside a <script> element."""
    return _inline_script(assets_dir() / name)


# Boxes on the map (legend, caption) and clusters carry their own colours, whatever the
# page's theme: near-black on white (17:1) and white on dark grey (12:1), WCAG AA and more.
BOX_TEXT, BOX_BACKGROUND = "#1a1a1a", "#ffffff"
CLUSTER_TEXT, CLUSTER_BACKGROUND = "#ffffff", "#333333"


def _text_css(large: bool) -> str:
    size = 22 if large else 15
    return (
        "<style>"
        f".leaflet-tooltip{{font:{size}px/1.3 system-ui,sans-serif}}"
        f".atlas-box{{font:{size}px/1.6 system-ui,sans-serif;color:{BOX_TEXT};"
        f"background:{BOX_BACKGROUND};padding:8px 12px;border-radius:6px;"
        "box-shadow:0 1px 4px rgba(0,0,0,.4)}"
        f".atlas-caption{{font-size:{size + 6}px;font-weight:600}}"
        ".atlas-legend summary{cursor:pointer;font-weight:600}"
        ".atlas-swatch{display:inline-block;width:14px;height:14px;border-radius:50%;"
        "border:2px solid #222;margin-right:6px;vertical-align:middle}"
        ".atlas-legend[open] summary{margin-bottom:4px}"
        f".leaflet-marker-icon.atlas-cluster{{display:flex;align-items:center;justify-content:center;"
        f"border-radius:50%;background:{CLUSTER_BACKGROUND};color:{CLUSTER_TEXT};"
        f"border:3px solid {BOX_BACKGROUND};box-shadow:0 0 0 1px {CLUSTER_BACKGROUND};"
        f"font:600 {size - 2}px/1 system-ui,sans-serif}}"
        f"{CLUSTER_ANIMATION}"
        # a phone: the title box and the legend leave the map most of its height
        "@media (max-width:600px){.atlas-box{font-size:14px;padding:4px 8px}"
        ".atlas-caption{font-size:16px}}"
        "</style>"
    )


# Names on the map (labels.js), in px: the cities', the selected city's, the places' and
# countries' nearby; in presentation (large) and on a screen.
LABEL_SIZES = {True: (20, 24, 17, 17), False: (15, 17, 13, 13)}
# A white halo around each letter: readable on land, sea, outlines and markers alike.
LABEL_HALO = (
    ",".join(f"{x}px {y}px 0 #fff" for x in (-2, 0, 2) for y in (-2, 0, 2) if x or y)
    + ",0 0 4px #fff"
)


def label_css(large: bool) -> str:
    """The style of the names on the map: dark, bold, haloed, from across a room if large."""
    city, selected, place, country = LABEL_SIZES[large]
    return (
        "<style>"
        ".atlas-label{position:absolute;white-space:nowrap;padding:0 3px;"
        f"font:700 {city}px/1.25 system-ui,sans-serif;color:{BOX_TEXT};"
        f"text-shadow:{LABEL_HALO}}}"
        f".atlas-label-selected{{font-size:{selected}px;font-weight:800}}"
        ".atlas-label-receding{font-weight:600;color:#333}"
        f".atlas-label-place{{font:italic 500 {place}px/1.25 system-ui,sans-serif;color:#333}}"
        f".atlas-label-country{{font:600 {country}px/1.25 system-ui,sans-serif;color:#3d3d3d;"
        "letter-spacing:.04em}"
        "</style>"
    )


def caption_html(text: str) -> str:
    """A title box at the map's bottom left; each line of `text` is a line in the box."""
    lines = "<br>".join(html.escape(line) for line in text.splitlines())
    return (
        '<div class="atlas-box atlas-caption" id="atlas-caption" style="position:absolute;'
        "bottom:28px;left:12px;z-index:1000;max-width:70%;background:rgba(255,255,255,.92);"
        f'padding:8px 14px;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.3)">{lines}</div>'
    )


# Fitting the view to the cities zooms in no further than this (a city and its surroundings).
FIT_ZOOM_AT_MOST = 9
# Below this map width (pixels) the legend starts folded, leaving the map to the cities.
LEGEND_FOLDED_BELOW = 600


class LegendControl(ScriptLayer):
    """The legend (`entries`: colour and label of each swatch) in Leaflet's bottom-right
    corner, as a map control: a foldable box, its labels shown as text.

    There it stacks with the other controls instead of covering them. `fit` bounds are fitted
    so that no city starts under it or a title box (caption_html): beside or above them,
    whichever shows the cities larger; on a map narrower than
    LEGEND_FOLDED_BELOW it starts folded (one "Legend" line to open it). atlasLegend does it,
    in geo/maps/assets/citylayer.js, which the page must load (mapping.build_map sees to it).
    Its parent is the cities' feature group: the legend goes with the group when a filter
    change replaces it, and the map fits the new cities only where the person has not moved
    it, or none of them is in view.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        atlasLegend({{ this._parent.get_name() }}, {{ this.options }});
        {% endmacro %}
        """
    )

    def __init__(
        self, entries: list[tuple[str, str]], fit: list[list[float]] | None = None
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # branca leaves it unannotated
        self._name = "LegendControl"
        self.options = script_json(
            {
                "entries": entries,
                "fit": fit,
                "foldedBelow": LEGEND_FOLDED_BELOW,
                "maxZoom": FIT_ZOOM_AT_MOST,
            }
        )


def shading_legend(counts: pd.DataFrame) -> list[tuple[str, str]]:
    """The legend's entries for countries shaded by their number of cities: one per band."""
    top = int(counts["cities"].max()) if len(counts) else 0
    steps = [(i * top) // len(SHADES) + 1 for i in range(len(SHADES))]
    return [
        (shade, f"{low}–{max(low, high - 1)} cities")
        for shade, low, high in zip(SHADES, steps, [*steps[1:], top + 1], strict=True)
        if low <= top
    ]


def legend_entries(networks: pd.DataFrame, points: pd.DataFrame) -> list[tuple[str, str]]:
    """The legend's entries (colour, label): one per network shown, plus shared cities."""
    combinations = set(points.get("networks", []))  # a few distinct ones among many cities
    shown = {ns[0] for ns in combinations if len(ns) == 1}
    entries = [
        (str(colour), str(name))
        for nid, colour, name in zip(
            networks["id"], networks["colour"], networks["short_name"], strict=True
        )
        if nid in shown
    ]
    if any(len(ns) > 1 for ns in combinations):
        entries.append((SHARED_COLOUR, SHARED_LABEL))
    kinds = set(points["kind"].unique()) if "kind" in points else set()
    if any(kind in AREA_KINDS for kind in kinds):
        entries.append(("transparent", "District, county or region (hollow)"))
    return entries


# The legend's entry for the cities that did not sign the statement picked, drawn faint.
FADED_LABEL = "Other cities (faint, not counted)"


def faded_legend(faded: int) -> list[tuple[str, str]]:
    """The legend's entry for `faded` cities drawn faint beneath the others, if any."""
    return [(FADED_COLOUR, FADED_LABEL)] if faded else []


def standalone_html(fmap: folium.Map, title: str = "City Networks Atlas") -> str:
    """The map as one HTML file that opens offline: Leaflet's script and style inlined, and
    `title` the page's title (a browser's tab, a bookmark, a search)."""
    folder = leaflet_dir()
    script = _inline_script(folder / "leaflet.js")
    style = (folder / "leaflet.css").read_text(encoding="utf-8")
    fmap.default_js, fmap.default_css = [], []
    root: Any = fmap.get_root()
    root.header.add_child(Verbatim(f"<style>{style}</style>"), name="leaflet_css_inline")
    root.header.add_child(Verbatim(f"<script>{script}</script>"), name="leaflet_js_inline")
    root.header.add_child(Verbatim(f"<title>{html.escape(title)}</title>"), name="title")
    return str(root.render())


def clicked_place(points: pd.DataFrame, clicked: Mapping[str, Any] | None) -> str | None:
    """The place a click on the map chose, from st_folium's answer; None for anything else.

    streamlit-folium reports the clicked layer's position (`last_object_clicked`) and its
    tooltip (`last_object_clicked_tooltip`). A city's tooltip is its label; a cluster's says
    how many cities it holds and names none, so a click that opens a cluster chooses nothing.
    The label tells apart cities at one coordinate (Manchester and Greater Manchester), and a
    city spread out of its cluster is reported where it was drawn, away from its coordinate:
    of the cities with that label, the nearest to the click is the one.
    """
    spot = (clicked or {}).get("last_object_clicked")
    if not spot or not len(points):
        return None
    tooltip = (clicked or {}).get("last_object_clicked_tooltip")
    if tooltip is None:  # no tooltip reported: the city drawn there, if any
        return atlas.nearest_place(points, spot["lat"], spot["lng"])
    named = points[city_label(points).to_numpy() == str(tooltip).strip()]
    if not len(named):
        return None
    distance = (named["lat"] - spot["lat"]).abs() + (named["lon"] - spot["lng"]).abs()
    return str(named["place_key"].iloc[int(distance.to_numpy().argmin())])


def view_map(
    networks: pd.DataFrame,
    shown: view.Shown,
    current: view.View,
    *,
    served_url: str | None = None,
    focus: tuple[float, float] | None = None,
    caption: str = "",
    large: bool = False,
    city_file: ServedCities | None = None,
    cities: DrawnCities | None = None,
) -> CityMap:
    """The map of a view, the one way every page and export draws it: the cities it shows
    (the picked statement's signatories clustered and counted, the other cities faint beneath
    them or hidden: view.drawn), the picked city ringed,
    countries shaded on the "countries" layer, tiles if asked for. The app shows it with its
    cities as a feature group beside the base map (see CityMap); an export takes
    CityMap.whole(). `city_file` and `cities`: see build_map (`cities` made of this view)."""
    points, highlight = view.drawn(shown, current)
    return build_map(
        points,
        networks,
        highlight=highlight,
        focus=focus,
        shading=atlas.per_country(points) if current.layer == "countries" else None,
        served_url=served_url,
        selected=current.city or None,
        tiles="OpenStreetMap" if current.tiles else None,
        caption=caption,
        large=large,
        city_file=city_file,
        cities=cities,
    )

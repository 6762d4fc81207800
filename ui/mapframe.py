"""The map's frame: a view's map shown by streamlit-folium, updated in place on a filter change.

A map is rendered (folium's templates turned into the frame's script, header and HTML) once,
into a FramedMap, which the app can keep and send to every visitor of the same view: st_folium
renders the map again at every call, some 15% of a page run, the same for every visitor.
FramedMap.of does what st_folium does before it calls its component, with streamlit-folium's
own functions; they are not its public API, so streamlit-folium is pinned (constraints.txt)
and tests/test_mapframe.py checks that a FramedMap sends what st_folium sends.

The frame is streamlit-folium's own page and bundle, served from a folder of the app's
(frame_dir) with its two large scripts gzipped once: streamlit-folium's bundle and the map's
script (mapping.MAP_SCRIPT: Leaflet, the cluster plugin and the atlas's scripts). Streamlit
gzips a component's files again at every request, some 7 ms of CPU each, a fifth of the
server's CPU with 20 visitors at once; a file that is gzip already (application/gzip) it sends
as it is, and the page unpacks and runs them (DecompressionStream), the map's script first.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import streamlit as st
import streamlit_folium
from folium.elements import JSCSSMixin
from streamlit.components import v1 as components

from geo.maps import mapping

# What the frame holds, gzipped once, and runs in this order before streamlit-folium's bundle
# loads the map's other scripts: the map's script, then the bundle.
PACKED_SCRIPTS = (f"{mapping.MAP_SCRIPT}.gz", "streamlit-folium.js.gz")
# streamlit-folium 0.27's page loads its bundle with this tag (the bundle named by its hash).
BUNDLE_TAG = re.compile(r'<script defer="defer" src="\./(static/js/main\.[0-9a-f]+\.js)"></script>')
# Put in the page's place of it, at the end of the body: fetch, unpack and run each in turn.
LOADER = """<script>(async () => {
  for (const name of %s) {
    const answer = await fetch(name);
    if (!answer.ok) throw new Error(`${name}: ${answer.status}`);
    const unpacked = answer.body.pipeThrough(new DecompressionStream("gzip"));
    const script = document.createElement("script");
    script.text = await new Response(unpacked).text();
    document.body.appendChild(script);
  }
})();</script>"""


def frame_files() -> dict[str, bytes]:
    """The map frame's files: streamlit-folium's page, loading PACKED_SCRIPTS instead of its
    bundle, and the packed scripts (gzip at level 9, no timestamp: the same bytes each time)."""
    build = Path(streamlit_folium.__file__).parent / "frontend" / "build"
    page = (build / "index.html").read_text(encoding="utf-8")
    tag = BUNDLE_TAG.search(page)
    if tag is None or "</body>" not in page:
        raise RuntimeError(f"{build / 'index.html'}: no bundle's tag or no body, as in 0.27.4")
    page = page.replace(tag.group(0), "").replace(
        "</body>", LOADER % json.dumps(PACKED_SCRIPTS) + "</body>"
    )
    scripts = (mapping.map_script().encode("utf-8"), (build / tag.group(1)).read_bytes())
    return {
        "index.html": page.encode("utf-8"),
        **{
            name: gzip.compress(script, compresslevel=9, mtime=0)
            for name, script in zip(PACKED_SCRIPTS, scripts, strict=True)
        },
    }


@cache
def frame_dir() -> Path:
    """The folder of the map's frame (frame_files), made once per machine and content."""
    return mapping.served_folder("map-frame", frame_files())


# Served at /component/ui.mapframe.st_folium/ (the frame's title, which tests look for).
MAP_FRAME = components.declare_component("st_folium", path=str(frame_dir()))
# The frame on the page, for the page's own styles and scripts (ui.presentation).
FRAME = f'iframe[title="{MAP_FRAME.name}"]'


@dataclass(frozen=True)
class FramedMap:
    """A CityMap (mapping.view_map) as streamlit-folium's component receives it: the base
    map's script, header, HTML, element id, style sheets and scripts, and the bounds and zoom
    it reports before the person moves it; the cities' feature group as script; and where a
    search centres the map. Text only, read, never changed: one can be shown to any number of
    visitors."""

    script: str
    header: str
    html: str
    map_id: str
    css_links: tuple[str, ...]
    js_links: tuple[str, ...]
    bounds: tuple[tuple[float | None, float | None], tuple[float | None, float | None]]
    zoom: int | None
    feature_group: str
    center: tuple[float, float] | None = None
    focus_zoom: int | None = None

    @classmethod
    def of(cls, drawn: mapping.CityMap) -> FramedMap:
        """`drawn` rendered as st_folium(drawn.base, feature_group_to_add=drawn.cities, ...)
        renders it (streamlit-folium 0.27). Renders `drawn`'s elements: call it once."""
        fmap = drawn.base
        root: Any = fmap.get_root()
        root.render()
        fmap.render()  # type: ignore[no-untyped-call]  # folium leaves it unannotated
        html = streamlit_folium._get_html(fmap)
        header = streamlit_folium._get_header(fmap)
        script = streamlit_folium._get_map_string(fmap)
        map_id = streamlit_folium.get_full_id(fmap)
        south_west, north_east = fmap.get_bounds()
        zoom = fmap.options.get("zoom")
        group = streamlit_folium._get_feature_group_string(drawn.cities, map=fmap)
        elements = [element for element in _walk(fmap) if isinstance(element, JSCSSMixin)]
        return cls(
            script=script,
            header=header,
            html=html,
            map_id=map_id,
            css_links=tuple(dict.fromkeys(h for e in elements for _, h in e.default_css)),
            js_links=tuple(dict.fromkeys(s for e in elements for _, s in e.default_js)),
            bounds=(tuple(south_west), tuple(north_east)),  # type: ignore[arg-type]
            zoom=zoom if isinstance(zoom, int) else None,
            feature_group=group,
            center=drawn.center,
            focus_zoom=drawn.zoom,
        )


def _walk(element: Any) -> Any:
    yield element
    for child in element._children.values():
        yield from _walk(child)


# What st_folium reports before the person moves or clicks (its `_defaults`, in its order):
# nothing, but the map's bounds and zoom, which FramedMap holds.
REPORTED = (
    "last_clicked",
    "last_object_clicked",
    "last_object_clicked_count",
    "last_object_clicked_tooltip",
    "last_object_clicked_popup",
    "all_drawings",
    "last_active_drawing",
    "bounds",
    "zoom",
    "last_circle_radius",
    "last_circle_polygon",
    "selected_layers",
    "selected_tags",
    "last_geocoder_result",
)


def show_map(
    drawn: mapping.CityMap | FramedMap,
    *,
    height: int,
    returned_objects: Sequence[str] = (),
    key: str = "map",
) -> dict[str, Any] | None:
    """Show `drawn` (mapping.view_map, or a FramedMap of it made before) with its cities as
    st_folium's feature group, in the atlas's frame (MAP_FRAME), which runs the map's script
    itself: it is left out of the scripts the frame loads.

    streamlit-folium keys its frame on the base map alone: while the base stays the same (a
    filter change, a statement picked, a city selected), the frame, Leaflet and the person's
    pan and zoom stay, and only the cities' group is sent and swapped. A search's `center`
    and `zoom` move the map when they change. Returns what the map reports (st_folium's
    answer, narrowed to `returned_objects`). `key` tells two maps of one page apart.
    """
    framed = drawn if isinstance(drawn, FramedMap) else FramedMap.of(drawn)
    (south, west), (north, east) = framed.bounds
    known: dict[str, Any] = {
        "bounds": {
            "_southWest": {"lat": south, "lng": west},
            "_northEast": {"lat": north, "lng": east},
        },
        "zoom": framed.zoom,
    }
    frame_key = streamlit_folium.generate_js_hash(framed.script, key, False)

    def keep_answer() -> None:  # as st_folium does: the answer also under `key`
        st.session_state[key] = st.session_state.get(frame_key, {})

    answer: dict[str, Any] | None = MAP_FRAME(
        script=framed.script,
        header=framed.header,
        html=framed.html,
        id=framed.map_id,
        key=frame_key,
        height=height,
        width=None,  # the container's width
        returned_objects=list(returned_objects),
        default={name: known.get(name) for name in REPORTED if name in returned_objects},
        zoom=framed.focus_zoom,
        center=framed.center,
        feature_group=framed.feature_group,
        return_on_hover=False,
        layer_control=None,
        pixelated=False,
        css_links=list(framed.css_links),
        js_links=[link for link in framed.js_links if not link.endswith(f"/{mapping.MAP_SCRIPT}")],
        on_change=keep_answer,
        wrap_longitude=False,
    )
    return answer

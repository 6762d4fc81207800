"""The map's frame: a view's map shown by streamlit-folium, updated in place on a filter change.

A map is rendered (folium's templates turned into the frame's script, header and HTML) once,
into a FramedMap, which the app can keep and send to every visitor of the same view: st_folium
renders the map again at every call, some 15% of a page run, the same for every visitor.
FramedMap.of does what st_folium does before it calls its component, with streamlit-folium's
own functions; they are not its public API, so streamlit-folium is pinned (constraints.txt)
and tests/test_mapframe.py checks that a FramedMap sends what st_folium sends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import streamlit as st
import streamlit_folium
from folium.elements import JSCSSMixin

from geo.maps import mapping


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
    st_folium's feature group.

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

    answer: dict[str, Any] | None = streamlit_folium._component_func(
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
        js_links=list(framed.js_links),
        on_change=keep_answer,
        wrap_longitude=False,
    )
    return answer

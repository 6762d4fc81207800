"""The map's frame: a view's map shown by streamlit-folium, updated in place on a filter change."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from streamlit_folium import st_folium

from geo.maps import mapping


def show_map(
    drawn: mapping.CityMap,
    *,
    height: int,
    returned_objects: Sequence[str] = (),
    key: str = "map",
) -> dict[str, Any] | None:
    """Show `drawn` (mapping.view_map) with its cities as st_folium's feature group.

    streamlit-folium keys its frame on the base map alone: while the base stays the same (a
    filter change, a statement picked, a city selected), the frame, Leaflet and the person's
    pan and zoom stay, and only the cities' group is sent and swapped. A search's `center`
    and `zoom` move the map when they change. Returns what the map reports (st_folium's
    answer, narrowed to `returned_objects`). `key` tells two maps of one page apart.
    """
    answer: dict[str, Any] | None = st_folium(
        drawn.base,
        key=key,
        height=height,
        use_container_width=True,
        returned_objects=list(returned_objects),
        feature_group_to_add=drawn.cities,
        center=drawn.center,
        zoom=drawn.zoom,
    )
    return answer

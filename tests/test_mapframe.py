"""ui.mapframe: a map rendered once (FramedMap) is sent to the frame as st_folium sends it, and
the frame is streamlit-folium's, with its large scripts gzipped once.

FramedMap.of uses streamlit-folium's own, non-public functions; this test is what tells a new
release of it (constraints.txt pins 0.27.4) apart from one that still works.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
import streamlit_folium

from geo import atlas
from geo.maps import mapping
from tests.test_mapping import NETWORKS, POINTS
from ui import mapframe
from ui.mapframe import FramedMap, show_map

CLICKS = ["last_object_clicked", "last_object_clicked_tooltip"]


def sent(monkeypatch: pytest.MonkeyPatch, show: Any) -> dict[str, Any]:
    """What `show()` hands streamlit-folium's component or the atlas's frame of it (but its
    change callback)."""
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(streamlit_folium, "_component_func", lambda **kw: calls.append(kw))
    monkeypatch.setattr(mapframe, "MAP_FRAME", lambda **kw: calls.append(kw))
    show()
    (call,) = calls
    return {name: value for name, value in call.items() if name != "on_change"}


@pytest.mark.parametrize(
    "how",
    [
        {},
        {"selected": "GB:leeds", "focus": (53.8, -1.5), "large": True},
        {"shading": atlas.per_country(POINTS.assign(country_code="GB"))},
    ],
    ids=["every city", "a city searched, large", "countries shaded"],
)
def test_a_framed_map_sends_what_st_folium_sends(
    monkeypatch: pytest.MonkeyPatch, how: dict[str, Any]
) -> None:
    def drawn() -> mapping.CityMap:
        return mapping.build_map(POINTS, NETWORKS, served_url="../map_assets", **how)

    one, other = drawn(), drawn()
    by_st_folium = sent(
        monkeypatch,
        lambda: streamlit_folium.st_folium(
            one.base,
            key="map",
            height=640,
            use_container_width=True,
            returned_objects=CLICKS,
            feature_group_to_add=one.cities,
            center=one.center,
            zoom=one.zoom,
        ),
    )
    framed = FramedMap.of(other)
    by_frame = sent(
        monkeypatch, lambda: show_map(framed, height=640, returned_objects=CLICKS, key="map")
    )
    # but the map's script, which the atlas's frame holds and runs itself
    script = f"../map_assets/{mapping.MAP_SCRIPT}"
    assert script in by_st_folium["js_links"]
    by_st_folium["js_links"].remove(script)
    assert by_frame == by_st_folium
    assert "atlasCities(" in by_frame["feature_group"] or "shading" in how
    # shown again (another visitor), it sends the same: rendering left nothing to render twice
    again = sent(
        monkeypatch, lambda: show_map(framed, height=640, returned_objects=CLICKS, key="map")
    )
    assert again == by_frame


def test_the_frame_is_streamlit_folium_s_running_its_scripts_packed_once() -> None:
    folder = mapframe.frame_dir()
    build = Path(streamlit_folium.__file__).parent / "frontend" / "build"
    page = (folder / "index.html").read_text(encoding="utf-8")
    original = (build / "index.html").read_text(encoding="utf-8")
    bundle = mapframe.BUNDLE_TAG.search(original)
    assert bundle is not None
    assert page == original.replace(bundle.group(0), "").replace(
        "</body>", mapframe.LOADER % '["atlas-map.js.gz", "streamlit-folium.js.gz"]' + "</body>"
    )
    map_script, frame_script = (folder / name for name in mapframe.PACKED_SCRIPTS)
    assert gzip.decompress(map_script.read_bytes()).decode() == mapping.map_script()
    assert gzip.decompress(frame_script.read_bytes()) == (build / bundle.group(1)).read_bytes()
    assert mapframe.frame_files() == {  # the same bytes each time: one folder per content
        path.name: path.read_bytes() for path in folder.iterdir()
    }

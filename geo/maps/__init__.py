"""Maps of the atlas: the Folium map, its city layer and outlines, exports and snapshots."""

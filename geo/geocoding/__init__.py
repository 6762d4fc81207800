"""Places to coordinates, once: the offline gazetteer and overrides, Nominatim on request."""

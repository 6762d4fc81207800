"""The atlas's data: the files in data/, statements read from pages, and imports into them."""

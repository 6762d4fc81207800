"""City Networks Atlas: a plain library for city networks, their statements and members.

It never imports streamlit: app.py is a thin UI on top of it.
"""

import os
from pathlib import Path

__version__ = "0.1.0"


def cache_dir() -> Path:
    """Where the package keeps what it builds once per machine (the gazetteer's index, the
    map's served files): $XDG_CACHE_HOME (or ~/.cache)/city-networks-atlas."""
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    return (Path(base) if base else Path.home() / ".cache") / "city-networks-atlas"

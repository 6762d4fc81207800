"""The columns a table must have where it crosses from one module to another.

Tables travel between modules as DataFrames: a caller that builds one by hand (a test, a
benchmark, the app's editable review) and forgets a column would otherwise fail deep inside
with a bare KeyError, or not at all. The column sets are the constants of the modules that
own the tables (csvfiles.PLACE_COLUMNS, atlas.EXPORT_COLUMNS, ...); this checks names only,
once per call, never row by row.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from geo.errors import SchemaError


def require_columns(frame: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    """Raise SchemaError naming `what` and the columns of `columns` that `frame` lacks."""
    have = set(frame.columns)
    missing = [column for column in columns if column not in have]
    if missing:
        raise SchemaError(what, missing, list(frame.columns))

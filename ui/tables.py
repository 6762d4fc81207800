"""Tables with readable headers, and their CSV downloads."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from geo.data import csvfiles
from geo.maps import exports

# Column headers as a person reads them; the CSV downloads keep the data's own names.
COLUMN_LABELS = {
    "city": "City",
    "country": "Country",
    "country_code": "Country code",
    "lat": "Latitude",
    "lon": "Longitude",
    "source": "Coordinate source",
    "networks": "Networks",
    "network": "Network",
    "cities": "Cities",
    "statement_date": "Date",
    "statement_title": "Statement",
    "evidence_quote": "Quote",
    "line": "Line",
    "text": "As written",
    "reason": "Why skipped",
}


def column_labels(table: pd.DataFrame) -> dict[str, Any]:
    """A readable header for each column: a label, never a raw id like `statement_id`."""
    return {
        str(c): COLUMN_LABELS.get(str(c), str(c).replace("_", " ").capitalize())
        for c in table.columns
    }


def table(frame: pd.DataFrame, config: Mapping[str, Any] | None = None) -> None:
    """A sortable table with readable headers (`config` overrides some columns)."""
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config=column_labels(frame) | dict(config or {}),
    )


def table_with_download(frame: pd.DataFrame, label: str, file_name: str) -> None:
    """A sortable table and its CSV (cells that could run as formulas neutralised)."""
    table(frame)
    st.download_button(
        label,
        csvfiles.csv_text(exports.spreadsheet_safe(frame), list(frame.columns)),
        file_name=file_name,
        mime="text/csv",
        key=f"download_{label}",
    )

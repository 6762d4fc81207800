"""The data directory's CSV tables: their columns; read as text, the header checked, a
bad line named; written as plain text, sorted, one row a line, atomically."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import pandas as pd

from geo.data import journal
from geo.errors import DataError
from geo.text import fold

NETWORK_COLUMNS = ("id", "name", "short_name", "website", "colour")
SIGNATORY_COLUMNS = ("statement_id", "city", "country", "region")
MEMBER_COLUMNS = (
    "network",
    "city",
    "country",
    "joined",
    "status",
    "source",
    "source_id",
    "source_name",
    "evidence_url",
    "evidence_quote",
)
MEMBER_SORT = ["network", "country", "city", "source_id"]
OVERRIDE_COLUMNS = ("city", "country", "kind", "geonameid", "lat", "lon", "source", "note")
PLACE_COLUMNS = (
    "key",
    "city",
    "country_code",
    "status",
    "lat",
    "lon",
    "kind",
    "source",
    "source_id",
    "matched_name",
    "detail",
    "geocoded_at",
)
PLACE_NAME_COLUMNS = PLACE_COLUMNS[:3]  # a place to geocode: key, first spelling, country code
T = TypeVar("T")


def write_bytes_atomic(path: Path, content: bytes) -> None:
    """Write a file so that a reader (or a crash) sees the old or the new file, never half."""
    tmp = journal.write_temp(path, content)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def csv_text(frame: pd.DataFrame, columns: Sequence[str]) -> str:
    """Plain CSV with Unix line ends, every value as text: one row a line, easy to diff."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    cells = frame.reindex(columns=list(columns)).astype(object).fillna("").astype(str)
    for row in cells.itertuples(index=False):
        writer.writerow(row)
    return out.getvalue()


def sorted_csv_text(frame: pd.DataFrame, columns: Sequence[str], sort_by: list[str]) -> str:
    ordered = frame.sort_values(sort_by, key=_sort_key, kind="stable") if len(frame) else frame
    return csv_text(ordered, columns)


def places_text(places: pd.DataFrame) -> str:
    frame = places.copy()
    for column in ("lat", "lon"):
        frame[column] = frame[column].map(lambda v: "" if pd.isna(v) else f"{float(v):.5f}")
    return sorted_csv_text(frame, PLACE_COLUMNS, ["key"])


def signatories_text(signatories: pd.DataFrame) -> str:
    """signatories.csv: sorted by statement, city and country."""
    return sorted_csv_text(signatories, SIGNATORY_COLUMNS, ["statement_id", "city", "country"])


def members_text(members: pd.DataFrame) -> str:
    """members.csv: `joined` as YYYY-MM-DD (empty when unknown), sorted by network, country,
    city and the source's id."""
    joined = members["joined"]
    if pd.api.types.is_datetime64_any_dtype(joined):
        members = members.assign(joined=joined.dt.strftime("%Y-%m-%d"))
    return sorted_csv_text(members, MEMBER_COLUMNS, MEMBER_SORT)


def write_csv(path: Path, frame: pd.DataFrame, columns: Sequence[str], sort_by: list[str]) -> None:
    """One CSV file, atomically (to build a directory; changes to one go through transaction)."""
    write_text_atomic(path, sorted_csv_text(frame, columns, sort_by))


def _sort_key(column: pd.Series) -> pd.Series:
    return column.astype(str).map(fold)


def read_csv(path: Path, columns: Sequence[str], *, required: bool = True) -> pd.DataFrame:
    """Read a CSV (one named on the command line) as text, checking its header; errors name
    the file and line."""
    try:
        content: bytes | None = path.read_bytes()
    except FileNotFoundError:
        content = None
    except OSError as exc:
        raise DataError(f"cannot be read ({exc.strerror})", path=str(path)) from exc
    frame, bad_rows = csv_rows(path, content, columns, required=required)
    if bad_rows:
        raise bad_rows[0]
    return frame


def csv_rows(
    path: Path, content: bytes | None, columns: Sequence[str], *, required: bool
) -> tuple[pd.DataFrame, list[DataError]]:
    """The rows of a CSV's bytes (None: there is no such file) with the right number of
    fields, and an error for each other row.

    Raises DataError when the file as a whole cannot be read (missing, not UTF-8, bad header).
    """
    if content is None:
        if required:
            raise DataError("file is missing", path=str(path))
        return empty(columns), []
    raw = decoded(content, path, "utf-8-sig")
    try:
        rows = list(csv.reader(io.StringIO(raw, newline="")))
    except csv.Error as exc:
        raise DataError(f"is not CSV ({exc})", path=str(path)) from exc
    if not rows:
        raise DataError(f"is empty; expected a header {','.join(columns)}", path=str(path))
    header = [h.strip() for h in rows[0]]
    if header != list(columns):
        missing = [c for c in columns if c not in header]
        extra = [c for c in header if c not in columns]
        detail = "; ".join(
            part
            for part in (
                f"missing {', '.join(missing)}" if missing else "",
                f"unexpected {', '.join(extra)}" if extra else "",
            )
            if part
        )
        raise DataError(
            f"header is {','.join(header)!r}, expected {','.join(columns)!r}"
            + (f" ({detail})" if detail else ""),
            path=str(path),
            line=1,
        )
    kept: dict[int, list[str]] = {}
    bad: list[DataError] = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) == len(columns):
            kept[number] = row
        else:
            message = f"has {len(row)} fields, expected {len(columns)}"
            bad.append(DataError(message, path=str(path), line=number))
    frame = pd.DataFrame(list(kept.values()), columns=list(columns), dtype=str)
    frame.index = pd.Index(list(kept), dtype="int64")  # the index is the line number
    return frame, bad


def decoded(content: bytes, path: Path, encoding: str) -> str:
    """A data file's text; DataError names the file if it is not UTF-8."""
    try:
        return content.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DataError(f"is not UTF-8 text ({exc.reason})", path=str(path)) from exc


def empty(columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=str) for c in columns})


def write_places(path: Path, places: pd.DataFrame) -> None:
    write_text_atomic(path, places_text(places))


def write_signatories(root: Path, frame: pd.DataFrame) -> None:
    write_text_atomic(root / "signatories.csv", signatories_text(frame))


def per_value(
    column: pd.Series, function: Callable[[str], T], dtype: type[object] = object
) -> pd.Series:
    """`function` of every value of a column, called once for each distinct value."""
    distinct = column.unique().tolist()
    return column.map(dict(zip(distinct, map(function, distinct), strict=True))).astype(dtype)

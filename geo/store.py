"""The data directory: diff-friendly text files, read with validation, written atomically.

networks.csv           id, name, short_name, website, colour
statements/<id>.md     front matter (id, network, date, title, source, note) + full text
signatories.csv        statement_id, city, country, region   (as the page wrote them)
members.csv            network, city, country, evidence_url, evidence_quote
overrides.csv          curated coordinates for what a gazetteer cannot know
places.csv             the cached geocoded table (see geo.geocode)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from geo.countries import country_code
from geo.errors import DataError, UnknownCountryError
from geo.text import clean, fold, slug

NETWORK_COLUMNS = ("id", "name", "short_name", "website", "colour")
SIGNATORY_COLUMNS = ("statement_id", "city", "country", "region")
MEMBER_COLUMNS = ("network", "city", "country", "evidence_url", "evidence_quote")
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
STATEMENT_FIELDS = ("id", "network", "date", "title", "source", "note")
KINDS = ("city", "district", "county", "region")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def place_key(city: str, code: str) -> str:
    """The identity of a place: ISO country code and folded name ('CA:montreal')."""
    return f"{code}:{slug(city)}"


# --------------------------------------------------------------------------- writing


def write_bytes_atomic(path: Path, content: bytes) -> None:
    """Write a file so that a reader (or a crash) sees the old or the new file, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def csv_text(frame: pd.DataFrame, columns: Sequence[str]) -> str:
    """Plain CSV with Unix line ends, every value as text: one row a line, easy to diff."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in frame.reindex(columns=list(columns)).fillna("").astype(str).itertuples(index=False):
        writer.writerow(row)
    return out.getvalue()


def write_csv(path: Path, frame: pd.DataFrame, columns: Sequence[str], sort_by: list[str]) -> None:
    ordered = frame.sort_values(sort_by, key=_sort_key, kind="stable") if len(frame) else frame
    write_text_atomic(path, csv_text(ordered, columns))


def _sort_key(column: pd.Series) -> pd.Series:
    return column.astype(str).map(fold)


# --------------------------------------------------------------------------- reading


def read_csv(path: Path, columns: Sequence[str], *, required: bool = True) -> pd.DataFrame:
    """Read a CSV as text, checking its header; errors name the file and line."""
    if not path.exists():
        if required:
            raise DataError("file is missing", path=str(path))
        return pd.DataFrame({c: pd.Series(dtype=str) for c in columns})
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"is not UTF-8 text ({exc.reason})", path=str(path)) from exc
    rows = list(csv.reader(io.StringIO(raw, newline="")))
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
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(columns):
            raise DataError(
                f"has {len(row)} fields, expected {len(columns)}: {row!r}",
                path=str(path),
                line=number,
            )
    frame = pd.DataFrame(rows[1:], columns=list(columns), dtype=str)
    frame.index = pd.RangeIndex(2, 2 + len(frame))  # the index is the line number
    return frame


def read_front_matter(path: Path) -> tuple[dict[str, str], str]:
    """A statement file: '---' lines around 'key: value' pairs, then the text."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise DataError("does not start with a '---' front matter line", path=str(path), line=1)
    try:
        end = lines.index("---", 1)
    except ValueError:
        raise DataError("front matter has no closing '---' line", path=str(path)) from None
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        key, sep, value = line.partition(":")
        if not sep or key.strip() not in STATEMENT_FIELDS:
            raise DataError(f"not a known 'key: value' line: {line!r}", path=str(path), line=number)
        meta[key.strip()] = value.strip()
    missing = [f for f in ("id", "network", "date", "title") if not meta.get(f)]
    if missing:
        raise DataError(f"front matter lacks {', '.join(missing)}", path=str(path))
    return meta, "\n".join(lines[end + 1 :]).strip("\n") + "\n"


def statement_text(meta: dict[str, str], body: str) -> str:
    head = "\n".join(f"{k}: {clean(meta[k])}" for k in STATEMENT_FIELDS if meta.get(k))
    return f"---\n{head}\n---\n\n{body.strip()}\n"


def statement_id(date: dt.date, title: str) -> str:
    return f"{date.isoformat()}-{slug(title, max_length=60)}"


# --------------------------------------------------------------------------- the whole


@dataclass
class AtlasData:
    """Everything in a data directory, as DataFrames of text (index = line number)."""

    root: Path
    networks: pd.DataFrame
    statements: pd.DataFrame
    signatories: pd.DataFrame
    members: pd.DataFrame
    overrides: pd.DataFrame
    places: pd.DataFrame
    problems: list[str] = field(default_factory=list)

    def path(self, name: str) -> Path:
        return self.root / name


def load(root: Path) -> AtlasData:
    """Read a data directory. Raises DataError on the first file that cannot be read."""
    if not root.is_dir():
        raise DataError("is not a data directory", path=str(root))
    statements = []
    for path in sorted((root / "statements").glob("*.md")):
        meta, body = read_front_matter(path)
        statements.append(
            {**{f: meta.get(f, "") for f in STATEMENT_FIELDS}, "text": body, "file": path.name}
        )
    return AtlasData(
        root=root,
        networks=read_csv(root / "networks.csv", NETWORK_COLUMNS),
        statements=pd.DataFrame(statements, columns=[*STATEMENT_FIELDS, "text", "file"], dtype=str),
        signatories=read_csv(root / "signatories.csv", SIGNATORY_COLUMNS),
        members=read_csv(root / "members.csv", MEMBER_COLUMNS, required=False),
        overrides=read_csv(root / "overrides.csv", OVERRIDE_COLUMNS, required=False),
        places=read_places(root / "places.csv"),
    )


def read_places(path: Path) -> pd.DataFrame:
    frame = read_csv(path, PLACE_COLUMNS, required=False)
    for column in ("lat", "lon"):
        frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce")
    return frame


def write_places(path: Path, places: pd.DataFrame) -> None:
    frame = places.copy()
    for column in ("lat", "lon"):
        frame[column] = frame[column].map(lambda v: "" if pd.isna(v) else f"{float(v):.5f}")
    write_csv(path, frame, PLACE_COLUMNS, ["key"])


def write_overrides(root: Path, frame: pd.DataFrame) -> None:
    write_csv(root / "overrides.csv", frame, OVERRIDE_COLUMNS, ["country", "city"])


def write_signatories(root: Path, frame: pd.DataFrame) -> None:
    write_csv(
        root / "signatories.csv", frame, SIGNATORY_COLUMNS, ["statement_id", "city", "country"]
    )


def check(data: AtlasData) -> list[str]:
    """Every problem in a loaded data directory, one message each (empty when all is well)."""
    problems: list[str] = []

    def say(file: str, line: object, message: str) -> None:
        problems.append(f"{data.root / file}:{line}: {message}")

    networks = data.networks
    for line, row in networks.iterrows():
        if not _ID.match(row["id"]):
            say(
                "networks.csv",
                line,
                f"network id {row['id']!r} is not lower-case letters, digits and '-'",
            )
        if not _COLOUR.match(row["colour"]):
            say("networks.csv", line, f"colour {row['colour']!r} is not like #0072b2")
    for line in networks.index[networks["id"].duplicated()]:
        say("networks.csv", line, f"network id {networks.at[line, 'id']!r} is listed twice")
    known_networks = set(networks["id"])

    for _, row in data.statements.iterrows():
        file = f"statements/{row['file']}"
        if row["network"] not in known_networks:
            say(file, 1, f"network {row['network']!r} is not in networks.csv")
        try:
            dt.date.fromisoformat(row["date"])
        except ValueError:
            say(file, 1, f"date {row['date']!r} is not YYYY-MM-DD")
        if f"{row['id']}.md" != row["file"]:
            say(file, 1, f"id {row['id']!r} does not match the file name")
    known_statements = set(data.statements["id"])

    def check_places(name: str, frame: pd.DataFrame) -> None:
        for line, row in frame.iterrows():
            if not clean(row["city"]):
                say(name, line, "city is empty")
            try:
                country_code(row["country"])
            except UnknownCountryError as exc:
                say(name, line, str(exc))

    check_places("signatories.csv", data.signatories)
    for line, sid in data.signatories["statement_id"].items():
        if sid not in known_statements:
            say("signatories.csv", line, f"statement {sid!r} has no file in statements/")
    check_places("members.csv", data.members)
    for line, net in data.members["network"].items():
        if net not in known_networks:
            say("members.csv", line, f"network {net!r} is not in networks.csv")
    check_places("overrides.csv", data.overrides)
    for line, row in data.overrides.iterrows():
        if row["kind"] not in KINDS:
            say("overrides.csv", line, f"kind {row['kind']!r} is not one of {', '.join(KINDS)}")
        if not row["source"].strip():
            say("overrides.csv", line, f"override for {row['city']!r} cites no source")
        if not row["geonameid"] and not (
            _is_coordinate(row["lat"], 90) and _is_coordinate(row["lon"], 180)
        ):
            say(
                "overrides.csv",
                line,
                f"override for {row['city']!r} needs a geonameid or lat and lon",
            )

    places = data.places
    for line in places.index[places["key"].duplicated()]:
        say("places.csv", line, f"place {places.at[line, 'key']!r} is listed twice")
    ok = places[places["status"] == "ok"]
    for line, row in ok.iterrows():
        if not (-90 <= row["lat"] <= 90 and -180 <= row["lon"] <= 180):
            say(
                "places.csv",
                line,
                f"coordinate ({row['lat']}, {row['lon']}) of {row['key']!r} is out of range",
            )
    for line, row in places.iterrows():
        if row["status"] not in ("ok", "failed"):
            say("places.csv", line, f"status {row['status']!r} is not ok or failed")
    return problems


def _is_coordinate(value: str, limit: float) -> bool:
    try:
        return abs(float(value)) <= limit
    except ValueError:
        return False


def unique_places(frames: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Every distinct place (key, first spelling, country code) named in member tables."""
    rows: dict[str, tuple[str, str]] = {}
    for frame in frames:
        for city, country in zip(frame["city"], frame["country"], strict=True):
            code = country_code(country)
            rows.setdefault(place_key(city, code), (clean(city), code))
    return pd.DataFrame(
        [(k, c, cc) for k, (c, cc) in sorted(rows.items())], columns=["key", "city", "country_code"]
    )

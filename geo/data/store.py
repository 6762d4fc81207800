"""The data directory: diff-friendly text files, read tolerantly, changed in transactions.

networks.csv           id, name, short_name, website, colour
statements/<id>.md     front matter (id, network, date, title, source, note) + full text
signatories.csv        statement_id, city, country, region   (as the page wrote them)
members.csv            network, city, country, joined, status, source, source_id, source_name,
                       evidence_url, evidence_quote   (joined: YYYY-MM-DD or empty, unknown)
overrides.csv          curated coordinates for what a gazetteer cannot know
places.csv             the cached geocoded table (see geo.geocoding.geocode)

`load` never fails on a damaged file: what cannot be read is left out and listed in
`AtlasData.problems`. It takes no lock and writes nothing, so readers work on a read-only
mount, also while a save is under way or after one was interrupted (it reads the state the
save leads to). Every writer changes the directory through `transaction`, which holds the
directory's lock, finishes an interrupted save, and writes all files of a change together
(geo.data.journal). Data files are regular files in the data folder, of a bounded size.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TypeVar

import pandas as pd

from geo.countries import country_code, find_country
from geo.data import journal
from geo.errors import DataError, DataProblemsError, UnknownCountryError
from geo.model import KINDS, Status
from geo.text import clean, fold, slug

log = logging.getLogger(__name__)

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
STATEMENT_FIELDS = ("id", "network", "date", "title", "source", "note")
DATA_FILES = ("networks.csv", "signatories.csv", "members.csv", "overrides.csv", "places.csv")
# How a statement adopted by a network's members is marked (import-statement
# --signed-by-members writes it into the note): it may have no signatories of its own.
SIGNED_BY_MEMBERS_NOTE = "The page names no cities"
# The largest statement page the atlas takes (geo.importing refuses larger ones); a
# statement file holds a page's text and its front matter. A CSV of 12,000 places is about
# 1.5 MB (120 bytes a place), its members with their evidence about 2.5 MB; 32 MB leaves room
# for ten times that, and keeps what one file can make a reader hold in memory bounded.
MAX_PAGE_BYTES = 5_000_000
MAX_STATEMENT_BYTES = MAX_PAGE_BYTES + 100_000
MAX_CSV_BYTES = 32_000_000
# A reader reads again when a save began or ended during its read; this many times at most.
READ_ATTEMPTS = 12
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
T = TypeVar("T")


def place_key(city: str, code: str) -> str:
    """The identity of a place: ISO country code and folded name ('CA:montreal')."""
    return f"{code}:{slug(city)}"


# --------------------------------------------------------------------------- writing


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


# --------------------------------------------------------------------------- reading


def read_csv(path: Path, columns: Sequence[str], *, required: bool = True) -> pd.DataFrame:
    """Read a CSV (one named on the command line) as text, checking its header; errors name
    the file and line."""
    try:
        content: bytes | None = path.read_bytes()
    except FileNotFoundError:
        content = None
    except OSError as exc:
        raise DataError(f"cannot be read ({exc.strerror})", path=str(path)) from exc
    frame, bad_rows = _csv_rows(path, content, columns, required=required)
    if bad_rows:
        raise bad_rows[0]
    return frame


def _csv_rows(
    path: Path, content: bytes | None, columns: Sequence[str], *, required: bool
) -> tuple[pd.DataFrame, list[DataError]]:
    """The rows of a CSV's bytes (None: there is no such file) with the right number of
    fields, and an error for each other row.

    Raises DataError when the file as a whole cannot be read (missing, not UTF-8, bad header).
    """
    if content is None:
        if required:
            raise DataError("file is missing", path=str(path))
        return _empty(columns), []
    raw = _decoded(content, path, "utf-8-sig")
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


def _decoded(content: bytes, path: Path, encoding: str) -> str:
    """A data file's text; DataError names the file if it is not UTF-8."""
    try:
        return content.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DataError(f"is not UTF-8 text ({exc.reason})", path=str(path)) from exc


def _empty(columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=str) for c in columns})


def _front_matter(path: Path, content: bytes) -> tuple[dict[str, str], dict[str, int], str]:
    """The front matter, the line of each key, and the text; DataError names file and line."""
    text = _decoded(content, path, "utf-8")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise DataError("does not start with a '---' front matter line", path=str(path), line=1)
    try:
        end = lines.index("---", 1)
    except ValueError:
        raise DataError(
            "front matter opened here has no closing '---' line", path=str(path), line=1
        ) from None
    meta: dict[str, str] = {}
    where: dict[str, int] = {}
    for number, line in enumerate(lines[1:end], start=2):
        key, sep, value = line.partition(":")
        if not sep or key.strip() not in STATEMENT_FIELDS:
            raise DataError(
                f"not a 'key: value' line with a key of {', '.join(STATEMENT_FIELDS)}",
                path=str(path),
                line=number,
            )
        meta[key.strip()] = value.strip()
        where[key.strip()] = number
    missing = [f for f in ("id", "network", "date", "title") if not meta.get(f)]
    if missing:
        raise DataError(f"front matter lacks {', '.join(missing)}", path=str(path), line=1)
    return meta, where, "\n".join(lines[end + 1 :]).strip("\n") + "\n"


def read_statement(path: Path, content: bytes) -> dict[str, str]:
    """One statement file, its bytes read, as a row (front matter, text, file name); its
    date must exist."""
    meta, where, body = _front_matter(path, content)
    try:
        dt.date.fromisoformat(meta["date"])
    except ValueError:
        raise DataError(
            f"date {meta['date']!r} is not a date (YYYY-MM-DD)",
            path=str(path),
            line=where["date"],
        ) from None
    return {**{f: meta.get(f, "") for f in STATEMENT_FIELDS}, "text": body, "file": path.name}


def statement_text(meta: dict[str, str], body: str) -> str:
    head = "\n".join(f"{k}: {clean(meta[k])}" for k in STATEMENT_FIELDS if meta.get(k))
    return f"---\n{head}\n---\n\n{body.strip()}\n"


def statement_id(date: dt.date, title: str) -> str:
    return f"{date.isoformat()}-{slug(title, max_length=60)}"


def source_copy(folder: Path, source: str) -> Path | None:
    """The copy of a statement's page the atlas keeps, when its source names one: a file of
    `folder`/sources/ by its bare name (the importer's default source, the page's file);
    None for a URL, a description, or a name with a folder in it."""
    name = source.strip()
    if not name or PurePosixPath(name).name != name or "\\" in name or name.startswith("."):
        return None
    path = folder / "sources" / name
    return path if path.is_file() else None


def signed_by_members(note: str) -> bool:
    """Whether a statement's note says the page names no cities (`--signed-by-members`)."""
    return SIGNED_BY_MEMBERS_NOTE.casefold() in note.casefold()


# --------------------------------------------------------------------------- the whole


@dataclass
class AtlasData:
    """Everything in a data directory, as DataFrames of text (index = line number).

    But for numbers and dates: places' lat and lon are floats (NaN when none), members'
    `joined` is datetime64 (NaT when unknown) and their `status` text ('' when unknown).

    `problems` lists what could not be read ("file:line: what is wrong"); those rows, and
    what depends on them, are left out of the frames.
    """

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
    """Read a data directory, leaving out what cannot be read (listed in `problems`).

    Raises DataError only when `root` is not a directory, or when saves kept changing it
    during every one of READ_ATTEMPTS reads. Takes no lock and writes nothing: while a save
    is under way, or after one was interrupted (its journal is there), it reads the state
    that save leads to; the next writer finishes it (`transaction`, `geo check --repair`).
    """
    if not root.is_dir():
        raise DataError("is not a data directory", path=str(root))
    return _reported(_parsed(root, _read_consistent(root)))


def _reported(data: AtlasData) -> AtlasData:
    """Log what `load` left out: one warning, with the count and the first problem."""
    if data.problems:
        log.warning(
            "%s: %d problem(s) reading the data, so lines or files are left out (the first: "
            "%s); python -m geo check lists them all",
            data.root,
            len(data.problems),
            data.problems[0],
        )
    return data


# A data file's bytes, or why it cannot be read, by its name in the data directory
# ('networks.csv', 'statements/x.md'); a file that is not there has no entry.
Contents = dict[str, bytes | DataError]
STATEMENTS = "statements"


def _read_consistent(root: Path) -> Contents:
    """The data files' bytes as one save left them, or leads to, without a lock.

    Read again when a save began or ended meanwhile: the journal is not the one read first,
    or, without a journal, the files' state changed. (With the same journal, files renamed
    meanwhile are that save's: each of its targets is read from its temporary file or, once
    renamed, from the target, both the new file.)
    """
    for attempt in range(READ_ATTEMPTS):
        before = state_token(root)
        recorded, renames = journal.recorded(root)
        contents = _read_files(root, {_name(root, target): temp for temp, target in renames})
        if journal.recorded(root)[0] == recorded and (
            recorded is not None or state_token(root) == before
        ):
            return contents
        log.info("%s: a save began or ended while the data was read; reading again", root)
        time.sleep(min(0.002 * 2**attempt, 0.2))  # a reader has no lock to wait on
    raise DataError(
        f"changed while it was read, {READ_ATTEMPTS} times over; try again", path=str(root)
    )


def _read_files(root: Path, newer: dict[str, Path]) -> Contents:
    """Every data file's bytes; `newer` names the temporary file to read for a target
    while it is still there (a journal's renames)."""
    contents: Contents = {}
    folder = root / STATEMENTS
    if folder.is_symlink():
        contents[STATEMENTS] = DataError(
            "is a symbolic link; statements must be regular files in the data folder",
            path=str(folder),
        )
        statements: list[str] = []
    else:
        statements = [_name(root, path) for path in folder.glob("*.md")]
    pending = [n for n in newer if PurePosixPath(n).parent.name == STATEMENTS and n.endswith(".md")]
    for name in sorted({*DATA_FILES, *statements, *pending}):
        limit = MAX_STATEMENT_BYTES if name.startswith(f"{STATEMENTS}/") else MAX_CSV_BYTES
        try:
            contents[name] = _read_newest(root / name, newer.get(name), limit)
        except FileNotFoundError:
            continue
        except DataError as exc:
            contents[name] = exc
    return contents


def _read_newest(target: Path, temp: Path | None, limit: int) -> bytes:
    """A target's bytes: its temporary file's while that is there, else its own."""
    if temp is not None:
        with contextlib.suppress(FileNotFoundError):
            return journal.read_file(temp, limit)
    return journal.read_file(target, limit)


def _name(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _read(root: Path) -> AtlasData:
    """The directory as it is (the writer's read: it holds the lock, no save is under way)."""
    return _parsed(root, _read_files(root, {}))


def _parsed(root: Path, contents: Contents) -> AtlasData:
    problems: list[str] = []

    def table(name: str, columns: Sequence[str], *, required: bool) -> pd.DataFrame:
        try:
            frame, bad_rows = _csv_rows(
                root / name, _content(contents.get(name)), columns, required=required
            )
        except DataError as exc:
            problems.append(f"{exc}; nothing in it is shown")
            return _empty(columns)
        problems.extend(f"{exc}; that line is left out" for exc in bad_rows)
        return frame

    if isinstance(folder := contents.get(STATEMENTS), DataError):
        problems.append(f"{folder}; no statement in it is shown")
    statements, hidden = [], set()
    for name, content in contents.items():
        if not name.startswith(f"{STATEMENTS}/"):
            continue
        path = root / name
        try:
            if isinstance(content, DataError):
                raise content
            statements.append(read_statement(path, content))
        except DataError as exc:
            hidden.add(path.stem)
            problems.append(f"{exc}; statement {path.stem!r} and its signatories are not shown")
    signatories = table("signatories.csv", SIGNATORY_COLUMNS, required=True)
    places = table("places.csv", PLACE_COLUMNS, required=False)
    return AtlasData(
        root=root,
        networks=table("networks.csv", NETWORK_COLUMNS, required=True),
        statements=pd.DataFrame(statements, columns=[*STATEMENT_FIELDS, "text", "file"], dtype=str),
        signatories=signatories[~signatories["statement_id"].isin(hidden)],
        members=_with_dates(
            table("members.csv", MEMBER_COLUMNS, required=False), root / "members.csv", problems
        ),
        overrides=table("overrides.csv", OVERRIDE_COLUMNS, required=False),
        places=_with_coordinates(places, root / "places.csv", problems),
        problems=problems,
    )


def _content(entry: bytes | DataError | None) -> bytes | None:
    """A file's bytes (None: not there); DataError if it could not be read."""
    if isinstance(entry, DataError):
        raise entry
    return entry


def _with_coordinates(frame: pd.DataFrame, path: Path, problems: list[str]) -> pd.DataFrame:
    """lat and lon as numbers; a row whose coordinate is not a number is left out."""
    wrong = {
        column: (frame[column].str.strip() != "") & ~frame[column].map(_is_number).astype(bool)
        for column in ("lat", "lon")
    }  # by column, not by row: 10,000 places in milliseconds, not half a second
    dropped = wrong["lat"] | wrong["lon"]
    for line, row in frame[dropped].iterrows():  # the bad lines only
        problems.extend(
            f"{path}:{line}: {column} {row[column]!r} of {row['key']!r} is not a number; "
            "that line is left out"
            for column in ("lat", "lon")
            if wrong[column].at[line]
        )
    frame = frame[~dropped].copy()
    for column in ("lat", "lon"):
        frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce")
    return frame


def _with_dates(frame: pd.DataFrame, path: Path, problems: list[str]) -> pd.DataFrame:
    """`joined` as datetime64 (NaT when empty); a value that is no YYYY-MM-DD date is named
    with its line, and that member's date shown as unknown."""
    text = frame["joined"].str.strip()
    dates = pd.to_datetime(text.where(text != ""), format="%Y-%m-%d", errors="coerce")
    for line in frame.index[(text != "") & dates.isna()]:
        problems.append(
            f"{path}:{line}: joined {frame.at[line, 'joined']!r} of {frame.at[line, 'city']!r} "
            "is not a date (YYYY-MM-DD); it is shown as unknown"
        )
    return frame.assign(joined=dates, status=frame["status"].str.strip())


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def state_token(root: Path) -> str:
    """A short text that changes whenever a data file changes (stat only: cheap)."""
    paths = [root / name for name in (*DATA_FILES, journal.JOURNAL_NAME)]
    paths += sorted((root / STATEMENTS).glob("*.md"))
    parts = []
    for path in paths:
        try:
            stat = path.lstat()
        except OSError:
            parts.append(f"{path.name}:-")
            continue
        parts.append(f"{path.name}:{stat.st_ino}:{stat.st_mtime_ns}:{stat.st_size}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- saving


@dataclass
class Transaction:
    """One change to a data directory: read under the lock, written all together or not.

    `data` is the directory as it is now (read under the lock); `write_*` stage files, and
    leaving the `with transaction(root)` block writes them all (see geo.data.journal).
    """

    root: Path
    data: AtlasData
    staged: dict[Path, bytes] = field(default_factory=dict)

    def write_text(self, name: str, text: str) -> None:
        """Stage a file, named relative to the data directory ('statements/x.md')."""
        target = (self.root / name).resolve()
        if not target.is_relative_to(self.root.resolve()):
            raise DataError(f"{name!r} is outside the data directory", path=str(self.root))
        self.staged[self.root / name] = text.encode("utf-8")

    def write_csv(
        self, name: str, frame: pd.DataFrame, columns: Sequence[str], sort_by: list[str]
    ) -> None:
        self.write_text(name, sorted_csv_text(frame, columns, sort_by))

    def write_signatories(self, frame: pd.DataFrame) -> None:
        self.write_csv(
            "signatories.csv", frame, SIGNATORY_COLUMNS, ["statement_id", "city", "country"]
        )

    def write_places(self, places: pd.DataFrame) -> None:
        self.write_text("places.csv", places_text(places))

    def write_members(self, members: pd.DataFrame) -> None:
        self.write_text("members.csv", members_text(members))


@contextlib.contextmanager
def transaction(root: Path) -> Iterator[Transaction]:
    """Change a data directory: `with transaction(root) as tx: ... tx.write_text(...)`.

    Waits for other writers (saying so after a second), finishes or discards a save that
    was interrupted, reads the directory afresh, and refuses to write over damaged files.
    """
    if not root.is_dir():
        raise DataError("is not a data directory", path=str(root))
    with journal.locked(root):
        journal.recover(root)
        data = _read(root)
        if data.problems:
            raise DataProblemsError(
                f"{root}: fix the data first: {len(data.problems)} problem(s) "
                f"(the first: {data.problems[0]}); run python -m geo check"
            )
        tx = Transaction(root=root, data=data)
        yield tx
        journal.commit(root, tx.staged)


def read_places(path: Path) -> pd.DataFrame:
    """The cached table of one file, lat and lon as numbers; raises on the first bad line."""
    problems: list[str] = []
    frame = _with_coordinates(read_csv(path, PLACE_COLUMNS, required=False), path, problems)
    if problems:
        raise DataError(problems[0])
    return frame


def write_places(path: Path, places: pd.DataFrame) -> None:
    write_text_atomic(path, places_text(places))


def write_signatories(root: Path, frame: pd.DataFrame) -> None:
    write_csv(
        root / "signatories.csv", frame, SIGNATORY_COLUMNS, ["statement_id", "city", "country"]
    )


def check(data: AtlasData) -> list[str]:
    """Every problem in a loaded data directory, one message each (empty when all is well).

    First what `load` could not read, then wrong values, then orphans: statements without
    signatories (unless signed by the network's members), signatories without a statement,
    places that no signatory or member uses. Each test is one expression over a column
    (country names and cities are looked at once per distinct value); Python loops only
    over the lines with a problem, to word their messages.
    """
    problems: list[str] = list(data.problems)

    def say(file: str, line: object, message: str) -> None:
        problems.append(f"{data.root / file}:{line}: {message}")

    networks = data.networks
    bad_id = ~_per_value(networks["id"], lambda v: bool(_ID.match(v)), bool)
    bad_colour = ~_per_value(networks["colour"], lambda v: bool(_COLOUR.match(v)), bool)
    for line in networks.index[bad_id | bad_colour]:
        net, colour = networks.at[line, "id"], networks.at[line, "colour"]
        if bad_id[line]:
            say(
                "networks.csv",
                line,
                f"network id {net!r} is not lower-case letters, digits and '-'",
            )
        if bad_colour[line]:
            say("networks.csv", line, f"colour {colour!r} is not like #0072b2")
    for line in networks.index[networks["id"].duplicated()]:
        say("networks.csv", line, f"network id {networks.at[line, 'id']!r} is listed twice")
    known_networks = set(networks["id"])

    statements = data.statements
    unknown_network = ~statements["network"].isin(known_networks)
    misnamed = statements["id"] + ".md" != statements["file"]
    for position in (unknown_network | misnamed).to_numpy().nonzero()[0]:
        row = statements.iloc[position]
        file = f"statements/{row['file']}"
        if unknown_network.iloc[position]:
            say(file, 1, f"network {row['network']!r} is not in networks.csv")
        if misnamed.iloc[position]:
            say(file, 1, f"id {row['id']!r} does not match the file name")
    known_statements = set(statements["id"])

    def check_places(name: str, frame: pd.DataFrame) -> None:
        empty = _per_value(frame["city"], lambda v: not clean(v), bool)
        country = _per_value(frame["country"], _country_problem)
        for line in frame.index[empty | (country != "")]:
            if empty[line]:
                say(name, line, "city is empty")
            if country[line]:
                say(name, line, country[line])

    signatories, members, overrides = data.signatories, data.members, data.overrides
    check_places("signatories.csv", signatories)
    orphaned = signatories["statement_id"][~signatories["statement_id"].isin(known_statements)]
    for line, sid in orphaned.items():
        say("signatories.csv", line, f"statement {sid!r} has no file in statements/")
    check_places("members.csv", members)
    for line, net in members["network"][~members["network"].isin(known_networks)].items():
        say("members.csv", line, f"network {net!r} is not in networks.csv")
    check_places("overrides.csv", overrides)
    bad_kind = ~overrides["kind"].isin(KINDS)
    no_source = overrides["source"].str.strip() == ""
    located = _coordinates(overrides["lat"], 90) & _coordinates(overrides["lon"], 180)
    unplaced = (overrides["geonameid"] == "") & ~located
    for line in overrides.index[bad_kind | no_source | unplaced]:
        row = overrides.loc[line]
        if bad_kind[line]:
            say("overrides.csv", line, f"kind {row['kind']!r} is not one of {', '.join(KINDS)}")
        if no_source[line]:
            say("overrides.csv", line, f"override for {row['city']!r} cites no source")
        if unplaced[line]:
            say(
                "overrides.csv",
                line,
                f"override for {row['city']!r} needs a geonameid or lat and lon",
            )

    places = data.places
    for line, key in places["key"][places["key"].duplicated()].items():
        say("places.csv", line, f"place {key!r} is listed twice")
    in_range = places["lat"].between(-90, 90) & places["lon"].between(-180, 180)
    for line, row in places[(places["status"] == Status.OK) & ~in_range].iterrows():
        say(
            "places.csv",
            line,
            f"coordinate ({row['lat']}, {row['lon']}) of {row['key']!r} is out of range",
        )
    for line, status in places["status"][~places["status"].isin(tuple(Status))].items():
        say("places.csv", line, f"status {status!r} is not ok or failed")
    if not data.problems:  # with lines left out, what looks orphaned may not be
        problems += orphans(data)
    log.info("%s: checked, %d problem(s)", data.root, len(problems))
    return problems


def orphans(data: AtlasData) -> list[str]:
    """Statements without signatories (but those signed by the network's members), and
    places in places.csv that no signatory or member uses (signatories without a statement
    are named by `check` with their line)."""
    found = []
    signed = set(data.signatories["statement_id"])
    for _, row in data.statements.iterrows():
        if row["id"] not in signed and not signed_by_members(row["note"]):
            found.append(
                f"{data.root / 'statements' / row['file']}:1: statement {row['id']!r} has no "
                "signatories in signatories.csv (import it again, or say in its note "
                f"{SIGNED_BY_MEMBERS_NOTE!r} if the network's members signed it)"
            )
    used = used_place_keys([data.signatories, data.members])
    keys = data.places["key"]
    # as objects: a string column's isin makes an Arrow scalar of each of the used keys
    for line, key in keys[~keys.astype(object).isin(used)].items():
        found.append(
            f"{data.root / 'places.csv'}:{line}: place {key!r} is used by no signatory or member"
        )
    return found


def used_place_keys(frames: Iterable[pd.DataFrame]) -> set[str]:
    """The keys of the places that member tables name (rows of unknown countries aside)."""
    keys: set[str] = set()
    for frame in frames:
        codes = _per_value(frame["country"], lambda v: find_country(v) or "")
        known = codes != ""
        slugs = _per_value(frame.loc[known, "city"], slug)
        keys.update((codes[known] + ":" + slugs).tolist())
    return keys


def _per_value(
    column: pd.Series, function: Callable[[str], T], dtype: type[object] = object
) -> pd.Series:
    """`function` of every value of a column, called once for each distinct value."""
    distinct = column.unique().tolist()
    return column.map(dict(zip(distinct, map(function, distinct), strict=True))).astype(dtype)


def _country_problem(name: str) -> str:
    """What is wrong with a country name ('' if nothing)."""
    try:
        country_code(name)
    except UnknownCountryError as exc:
        return str(exc)
    return ""


def _coordinates(column: pd.Series, limit: float) -> pd.Series:
    """Whether each value is a number within +-limit (text like '12.5'; '' is not)."""
    return _per_value(column, lambda v: _is_coordinate(v, limit), bool)


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
        [(k, c, cc) for k, (c, cc) in sorted(rows.items())], columns=list(PLACE_NAME_COLUMNS)
    )

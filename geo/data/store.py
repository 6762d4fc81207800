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
save leads to). Every writer changes the directory through a transaction
(geo.data.transactions), which holds the directory's lock, finishes an interrupted save, and
writes all files of a change together (geo.data.journal). Data files are regular files in the
data folder, of a bounded size. Their formats: geo.data.csvfiles, geo.data.statementfiles;
what `geo check` finds wrong in them: geo.data.checks.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pandas as pd

from geo.data import journal
from geo.data.csvfiles import (
    MEMBER_COLUMNS,
    NETWORK_COLUMNS,
    OVERRIDE_COLUMNS,
    PLACE_COLUMNS,
    SIGNATORY_COLUMNS,
    csv_rows,
    empty,
    read_csv,
)
from geo.data.statementfiles import STATEMENT_FIELDS, read_statement
from geo.errors import DataError

log = logging.getLogger(__name__)

DATA_FILES = ("networks.csv", "signatories.csv", "members.csv", "overrides.csv", "places.csv")
# The largest statement page the atlas takes (geo.importing refuses larger ones); a
# statement file holds a page's text and its front matter. A CSV of 12,000 places is about
# 1.5 MB (120 bytes a place), its members with their evidence about 2.5 MB; 32 MB leaves room
# for ten times that, and keeps what one file can make a reader hold in memory bounded.
MAX_PAGE_BYTES = 5_000_000
MAX_STATEMENT_BYTES = MAX_PAGE_BYTES + 100_000
MAX_CSV_BYTES = 32_000_000
# A reader reads again when a save began or ended during its read; this many times at most.
READ_ATTEMPTS = 12


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
    that save leads to; the next writer finishes it (a transaction, `geo check --repair`).
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


def read_under_lock(root: Path) -> AtlasData:
    """The directory as it is (the writer's read: it holds the lock, no save is under way)."""
    return _parsed(root, _read_files(root, {}))


def _parsed(root: Path, contents: Contents) -> AtlasData:
    problems: list[str] = []

    def table(name: str, columns: Sequence[str], *, required: bool) -> pd.DataFrame:
        try:
            frame, bad_rows = csv_rows(
                root / name, _content(contents.get(name)), columns, required=required
            )
        except DataError as exc:
            problems.append(f"{exc}; nothing in it is shown")
            return empty(columns)
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


def read_places(path: Path) -> pd.DataFrame:
    """The cached table of one file, lat and lon as numbers; raises on the first bad line."""
    problems: list[str] = []
    frame = _with_coordinates(read_csv(path, PLACE_COLUMNS, required=False), path, problems)
    if problems:
        raise DataError(problems[0])
    return frame

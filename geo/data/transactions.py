"""Changing a data directory: read afresh under its lock, every file of a change written
together or none (geo.data.journal)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from geo.data import journal
from geo.data.csvfiles import members_text, places_text, signatories_text, sorted_csv_text
from geo.data.store import AtlasData, read_under_lock
from geo.errors import DataError, DataProblemsError


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
        self.write_text("signatories.csv", signatories_text(frame))

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
        data = read_under_lock(root)
        if data.problems:
            raise DataProblemsError(
                f"{root}: fix the data first: {len(data.problems)} problem(s) "
                f"(the first: {data.problems[0]}); run python -m geo check"
            )
        tx = Transaction(root=root, data=data)
        yield tx
        journal.commit(root, tx.staged)

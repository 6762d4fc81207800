"""Saving several files of a data directory together: one lock, and a journal of renames.

A save writes every new file as a temporary file beside its target (fsync), then a journal
naming the temp -> target renames (written whole, by rename, and fsync), then renames each
temp over its target, and deletes the journal. Whoever opens the directory next, holding the
lock, calls `recover`: a journal left by a killed save is complete by construction, so its
renames are finished (old state -> new); temporary files without a journal are deleted (the
old state stays). Readers and writers never see a mix of old and new files.

The lock is `filelock.FileLock` on a file in the directory: an OS lock that dies with its
process, so a killed writer never leaves the directory locked.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePosixPath

import filelock

from geo.errors import DataError, LockTimeoutError

LOCK_NAME = ".atlas.lock"
JOURNAL_NAME = ".atlas-journal.json"
# A writer says it waits after this long, and gives up only after LOCK_TIMEOUT seconds.
LOCK_PATIENCE = 1.0
LOCK_TIMEOUT = 600.0
# A new data file is readable by everyone, writable by its owner (rw-r--r--).
NEW_FILE_MODE = 0o644

log = logging.getLogger(__name__)


@contextlib.contextmanager
def locked(root: Path) -> Iterator[None]:
    """Hold the directory's lock, waiting for another writer (and saying so) if need be."""
    lock = filelock.FileLock(root / LOCK_NAME)
    try:
        lock.acquire(timeout=LOCK_PATIENCE)
    except filelock.Timeout:
        log.warning(
            "%s: another writer is saving to this directory; waiting for it to finish "
            "(lock %s) ...",
            root,
            root / LOCK_NAME,
        )
        try:
            lock.acquire(timeout=LOCK_TIMEOUT)
        except filelock.Timeout:
            raise LockTimeoutError(
                f"{root / LOCK_NAME}: another writer still holds the lock after "
                f"{LOCK_TIMEOUT / 60:.0f} minutes; try again when it is done"
            ) from None
    try:
        yield
    finally:
        lock.release()


def commit(root: Path, files: Mapping[Path, bytes]) -> list[Path]:
    """Write files under `root` so that they all land, or none (hold the lock).

    Files whose content is already on disk are left alone. Returns the files written.
    """
    root = Path(os.path.abspath(root))  # a relative data folder ('data') works as well
    changed = {
        Path(os.path.abspath(path)): content
        for path, content in files.items()
        if not _holds(path, content)
    }
    if not changed:
        return []
    renames: list[tuple[Path, Path]] = []
    try:
        for target, content in changed.items():
            renames.append((write_temp(target, content), target))
        journal = {"renames": [[_relative(root, t), _relative(root, p)] for t, p in renames]}
        _write_journal(root, json.dumps(journal, indent=1).encode("utf-8"))
    except BaseException:  # nothing renamed yet: the old state stays, without leftovers
        for temp, _ in renames:
            temp.unlink(missing_ok=True)
        raise
    _finish(root, renames)
    return list(changed)


def recover(root: Path) -> None:
    """Finish a save that a journal records, and delete temporary files of unfinished ones.

    Call it holding the lock: the temporary files of a save under way are not leftovers.
    """
    journal = root / JOURNAL_NAME
    if journal.exists():
        try:
            renames = _read_journal(root, journal)
        except DataError as exc:
            log.warning("%s; the interrupted save it records is discarded", exc)
            journal.unlink()
        else:
            log.warning("%s: finishing a save that was interrupted (%d files)", root, len(renames))
            _finish(root, [(t, p) for t, p in renames if t.exists()])
    for temp in temporary_files(root):
        log.warning("%s: deleting the temporary file of an interrupted save", temp)
        temp.unlink(missing_ok=True)


def temporary_files(root: Path) -> list[Path]:
    """Temporary files of saves (ours and `store.write_bytes_atomic`'s) in the directory."""
    folders = [root, root / "statements"]
    return sorted(p for folder in folders if folder.is_dir() for p in folder.glob(".*.tmp"))


def journal_exists(root: Path) -> bool:
    return (root / JOURNAL_NAME).exists()


# --------------------------------------------------------------------------- steps


def _holds(path: Path, content: bytes) -> bool:
    try:
        return path.read_bytes() == content
    except OSError:
        return False


def write_temp(target: Path, content: bytes) -> Path:
    """`content` in a synced temporary file beside `target`, to be renamed over it.

    It gets the target's permissions (a new file: readable by all, as a plain write would
    make it), not the owner-only mode of a temporary file, so readers running as another user
    still read the data after the rename.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _write_journal(root: Path, content: bytes) -> None:
    temp = write_temp(root / JOURNAL_NAME, content)
    os.replace(temp, root / JOURNAL_NAME)
    _fsync_dir(root)


def _finish(root: Path, renames: list[tuple[Path, Path]]) -> None:
    for temp, target in renames:
        os.replace(temp, target)
    for folder in sorted({target.parent for _, target in renames}):
        _fsync_dir(folder)
    (root / JOURNAL_NAME).unlink()
    _fsync_dir(root)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _read_journal(root: Path, journal: Path) -> list[tuple[Path, Path]]:
    """The journal's renames, each checked to be a temporary file beside a data file."""
    try:
        pairs = json.loads(journal.read_text(encoding="utf-8"))["renames"]
        renames = [(str(temp), str(target)) for temp, target in pairs]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"is not a journal of renames ({exc})", path=str(journal)) from None
    checked = []
    for temp, target in renames:
        t, p = PurePosixPath(temp), PurePosixPath(target)
        if (
            t.is_absolute()
            or ".." in t.parts
            or t.parent != p.parent
            or not (t.name.startswith(f".{p.name}.") and t.name.endswith(".tmp"))
        ):
            raise DataError(f"names {temp!r} -> {target!r}, not a save", path=str(journal))
        checked.append((root / t, root / p))
    return checked

"""Saving several files of a data directory together: one lock, and a journal of renames.

A save writes every new file as a temporary file beside its target (fsync), then a journal
naming the temp -> target renames (written whole, by rename, and fsync), then renames each
temp over its target, and deletes the journal. The next writer, holding the lock, calls
`recover`: a journal left by a killed save is complete by construction, so its renames are
finished (old state -> new); temporary files without a journal are deleted (the old state
stays). Readers take no lock and write nothing: they read through a journal (`recorded`),
each of its targets from its temporary file while that is still there, so they see the state
the save leads to. Readers and writers never see a mix of old and new files.

Every file is read by `read_file`: a regular file (no symbolic link, FIFO or device), of at
most a given size, opened so that it never blocks.

The lock is `filelock.FileLock` on a file in the directory: an OS lock that dies with its
process, so a killed writer never leaves the directory locked.
"""

from __future__ import annotations

import contextlib
import errno
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
MAX_JOURNAL_BYTES = 1_000_000  # a journal names a few files

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
    if journal.exists() or journal.is_symlink():
        try:
            renames = _renames(root, read_file(journal, MAX_JOURNAL_BYTES))
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
    """Temporary files of saves (ours and `csvfiles.write_bytes_atomic`'s) in the directory."""
    folders = [root, root / "statements"]
    return sorted(p for folder in folders if folder.is_dir() for p in folder.glob(".*.tmp"))


def recorded(root: Path) -> tuple[bytes | None, list[tuple[Path, Path]]]:
    """The journal of a save under way or interrupted, as it is on disk (None: there is
    none), and its temp -> target renames ([] if it records no save: `recover` discards it,
    so the old state stays). Reads only."""
    path = root / JOURNAL_NAME
    try:
        raw = read_file(path, MAX_JOURNAL_BYTES)
    except FileNotFoundError:
        return None, []
    except DataError as exc:
        return str(exc).encode("utf-8"), []
    try:
        return raw, _renames(root, raw)
    except DataError:
        return raw, []


def read_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, never following a symbolic link
    and never blocking (a FIFO is refused before it is read).

    Raises FileNotFoundError when there is no such file, and DataError naming the file and
    what it is otherwise (a link, a FIFO, a device, too big, unreadable); the error never
    quotes what the file holds.
    """
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DataError(
                "is a symbolic link; data files must be regular files in the data folder",
                path=str(path),
            ) from None
        raise DataError(f"cannot be read ({exc.strerror})", path=str(path)) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise DataError(
                f"is {_kind(info.st_mode)}, not a regular file; data files must be regular "
                "files in the data folder",
                path=str(path),
            )
        content = handle.read(limit + 1) if info.st_size <= limit else b""
    if info.st_size > limit or len(content) > limit:
        size = max(info.st_size, len(content))
        raise DataError(
            f"is {size:,} bytes{'' if len(content) <= limit else ' or more'}, more than the "
            f"{limit:,} a file of its kind may have",
            path=str(path),
        )
    return content


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")


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


def _renames(root: Path, raw: bytes) -> list[tuple[Path, Path]]:
    """A journal's renames, each checked to be a temporary file beside a data file."""
    journal = root / JOURNAL_NAME
    try:
        pairs = json.loads(raw.decode("utf-8"))["renames"]
        renames = [(str(temp), str(target)) for temp, target in pairs]
    except (ValueError, KeyError, TypeError) as exc:
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

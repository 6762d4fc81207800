"""Folders the package writes once and reads back: private to this process's user.

What the app serves to every visitor's browser (the map's script) is read from such a folder,
so a folder another user made, can write, or points elsewhere by a symlink is never used: a
script planted there would run in every visitor's page.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from geo import cache_dir
from geo.errors import AtlasError

NAME = "city-networks-atlas"


class FolderNotPrivate(AtlasError):
    """A folder that another user owns or may write, or that is not a plain folder."""


def private_folder(path: Path) -> Path:
    """`path` as a folder only this user may write: made with mode 0700 if missing; if found,
    it must be a folder (not a symlink to one) owned by this user that neither its group nor
    others may write. FolderNotPrivate otherwise; OSError if it cannot be made."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise FolderNotPrivate(f"{path} is not a plain folder (a symlink, or a file)")
    if info.st_uid != os.getuid():
        raise FolderNotPrivate(f"{path} belongs to user {info.st_uid}, not to {os.getuid()}")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise FolderNotPrivate(f"{path} may be written by others (mode {info.st_mode & 0o777:o})")
    return path


def private_cache_dirs() -> list[Path]:
    """Where to keep what is built once per machine, best first: geo.cache_dir(), then this
    user's folder in the temporary directory (for a read-only home). Neither is checked yet:
    see private_folder."""
    return [cache_dir(), Path(tempfile.gettempdir()) / f"{NAME}-{os.getuid()}"]

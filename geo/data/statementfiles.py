"""Statement files (statements/<id>.md): front matter (id, network, date, title, source,
note), then the statement's full text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path, PurePosixPath

from geo.data.csvfiles import decoded
from geo.errors import DataError
from geo.text import clean, slug

STATEMENT_FIELDS = ("id", "network", "date", "title", "source", "note")
# How a statement adopted by a network's members is marked (import-statement
# --signed-by-members writes it into the note): it may have no signatories of its own.
SIGNED_BY_MEMBERS_NOTE = "The page names no cities"


def _front_matter(path: Path, content: bytes) -> tuple[dict[str, str], dict[str, int], str]:
    """The front matter, the line of each key, and the text; DataError names file and line."""
    text = decoded(content, path, "utf-8")
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

"""Stepping through the story: statements (or years) in order, a statement's opening."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def excerpt_paragraphs(text: str, limit: int = 600) -> list[str]:
    """The opening paragraphs of a statement, cut at a word after `limit` characters.

    Paragraphs are separated by blank lines; the lines of one paragraph run together.
    """
    kept: list[str] = []
    left = limit
    for block in re.split(r"\n\s*\n", text):
        flat = " ".join(block.split())
        if not flat:
            continue
        if len(flat) > left:
            cut = flat[:left].rsplit(" ", 1)[0].rstrip(",;:") if " " in flat[:left] else ""
            if cut:
                kept.append(cut + " …")
            elif kept:
                kept[-1] += " …"
            break
        kept.append(flat)
        left -= len(flat)
    return kept


def neighbour(ordered: list[T], current: T, step: int) -> T:
    """The statement (or year) `step` places from `current` in a list in order, clamped at
    the ends.

    From none ('', or a year not in the list), forward starts at the first and back at the
    last.
    """
    if not ordered:
        return current
    if current not in ordered:
        return ordered[0] if step > 0 else ordered[-1]
    return ordered[max(0, min(len(ordered) - 1, ordered.index(current) + step))]


def place_in(ordered: Sequence[T], current: T) -> str:
    """Where `current` is in `ordered`, as a room reads it: '2 of 3'; '' when not in it."""
    return f"{ordered.index(current) + 1} of {len(ordered)}" if current in ordered else ""

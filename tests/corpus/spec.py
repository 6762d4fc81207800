"""A corpus page as written in pages_a.py and pages_b.py, before make.py renders it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """A statement page: its text in parts, and who signed it."""

    name: str
    language: str
    kinds: str  # ';'-separated, README's vocabulary
    title: str
    date: tuple[int, int, int]
    before: str  # the statement's text before the list
    listing: str  # the list as the page writes it (for running text: its paragraph)
    after: str  # the text after the list
    expected: str  # 'City/CC[/kind]; ...', 'A|B' for either name
    note: str = ""

    def rows(self) -> list[tuple[str, str, str]]:
        """(city, country code, kind) of each expected signatory."""
        found = []
        for item in filter(None, (part.strip() for part in self.expected.split(";"))):
            fields = [f.strip() for f in item.split("/")]
            city, code, kind = [*fields, "city"][:3]
            found.append((city, code, kind))
        return found

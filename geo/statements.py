"""Reading a statement's web page text: title, date, full text and the member list."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from geo.countries import country_code
from geo.errors import ParseError, UnknownCountryError
from geo.text import clean, fold

MAX_PAGE_BYTES = 5_000_000

_MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]  # fmt: skip
_MONTH = (
    r"(?P<month>" + "|".join(m.capitalize() + "|" + m.capitalize()[:3] for m in _MONTHS) + r")\.?"
)
_DATE_PATTERNS = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"),
)
# A member list entry: "City (Country)"; the city may carry a qualifier of its own,
# as in "Guro-gu (Seoul) (South Korea)": the last parenthesis is the country.
_ENTRY = re.compile(r"^(?P<city>.*?\S)\s*\((?P<country>[^()]*)\)$")
# One entry a line: "City, Country" or "City, State, Country" (qualifier allowed in the city).
_LINE_ENTRY = re.compile(
    r"^(?P<city>[^,;()]+?(?:\s*\([^(),;]*\))?)\s*,\s*"
    r"(?:(?P<region>[^,;()]+?)\s*,\s*)?(?P<country>[^,;()]+?)\.?$"
)
_LIST_LINE = re.compile(r"\([^()]+\)\s*;.*\)\s*\.?\s*$")
# "Declaration on Solidarity with Ukraine" in running text, when a page has no title line.
_TITLE_PHRASE = re.compile(
    r"\b((?:Joint |Official )?(?:Declaration|Statement|Resolution|Charter|Appeal|Pledge|Call)"
    r"(?: (?:on|of|for|with|to|the|and|in|against|[A-Z][\w'’-]*))+)"
)
_TRAILING_SMALL_WORDS = re.compile(r"(?: (?:on|of|for|with|to|the|and|in|against))+$")
# Page furniture: site chrome that is never part of a statement.
_FURNITURE = re.compile(
    r"^(click here\b|leave a reply|your email address will not be published|"
    r"share this|share on|tweet\b|print this|related posts?\b|posted in\b|tags?:)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MemberEntry:
    """One city of a member list, as the page wrote it."""

    city: str
    country: str
    line: int
    region: str = ""

    @property
    def country_code(self) -> str:
        return country_code(self.country)


@dataclass(frozen=True)
class ParsedStatement:
    """What a statement page says: everything the importer needs, nothing written yet."""

    title: str
    date: dt.date
    text: str
    members: tuple[MemberEntry, ...]


def read_page(path: Path) -> str:
    """Read a page's text whatever its encoding (UTF-8, UTF-8 with BOM, Latin-1)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ParseError(f"cannot read page: {exc.strerror}", path=str(path)) from exc
    if size > MAX_PAGE_BYTES:
        raise _too_big(size).in_file(str(path))
    return decode_page(path.read_bytes())


def _too_big(size: int) -> ParseError:
    return ParseError(
        f"page is {size:,} bytes, more than the {MAX_PAGE_BYTES:,} a statement page can be"
    )


def decode_page(raw: bytes) -> str:
    """Bytes of a page to text; refuses binary files and pages over MAX_PAGE_BYTES."""
    if len(raw) > MAX_PAGE_BYTES:
        raise _too_big(len(raw))
    if b"\x00" in raw[:8192]:
        raise ParseError("this is a binary file, not the text of a page")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: str) -> dt.date:
    """A date as pages write it: 'June 29, 2016', '4 March 2022', '2016-06-29'."""
    found = find_date(value)
    if found is None or found[1] != clean(value):
        raise ParseError(f"not a date: {value!r} (use e.g. 2016-06-29 or 29 June 2016)")
    return found[0]


def find_date(text: str) -> tuple[dt.date, str] | None:
    """The first full date (with a year) in a text, and the words that wrote it."""
    best: tuple[int, dt.date, str] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            month = match["month"]
            number = int(month) if month.isdigit() else _month_number(month)
            try:
                date = dt.date(int(match["year"]), number, int(match["day"]))
            except ValueError:
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), date, match.group(0))
            break
    return None if best is None else (best[1], best[2])


def _month_number(name: str) -> int:
    key = name.lower()[:3]
    return next(i for i, m in enumerate(_MONTHS, start=1) if m.startswith(key))


def parse_member_list(text: str, line: int = 1) -> tuple[MemberEntry, ...]:
    """'City (Country); City (Country); ... and City (Country).' into entries.

    Every entry is checked: its country must be known, its parentheses balanced, and no
    city may appear twice. Errors name the entry and the line.
    """
    if ":" in text and text.index(":") < text.index("("):
        text = text.split(":", 1)[1]
    entries: list[MemberEntry] = []
    seen: dict[tuple[str, str], str] = {}
    items = text.strip().rstrip(".").split(";")
    for number, raw in enumerate(items, start=1):
        item = re.sub(r"^and\s+", "", clean(raw), flags=re.IGNORECASE)
        if not item:
            raise ParseError(f"entry {number} of the member list is empty", line=line)
        match = _ENTRY.match(item)
        if match is None or match["city"].count("(") != match["city"].count(")"):
            raise ParseError(
                f"entry {number} of the member list, {item!r}, is not 'City (Country)'",
                line=line,
            )
        entry = MemberEntry(city=clean(match["city"]), country=clean(match["country"]), line=line)
        _check_entry(entry, seen)
        entries.append(entry)
    return tuple(entries)


def find_line_list(lines: list[str], least: int = 3) -> tuple[int, int] | None:
    """The first run of `least` or more lines like 'City, Country' (blank lines may part them).

    Most of the run's countries must be known, so that prose with commas is not taken for a
    list; (start, end) are line indexes, end exclusive.
    """
    start: int | None = None
    entries: list[str] = []
    for i, line in enumerate([*lines, "not, a, list, line, at, all"]):
        text = clean(line)
        if not text:
            continue
        match = _LINE_ENTRY.match(text)
        if match:
            start = i if start is None else start
            entries.append(match["country"])
            continue
        known = sum(_is_country(c) for c in entries)
        if start is not None and len(entries) >= least and known * 3 >= len(entries) * 2:
            return start, i
        start, entries = None, []
    return None


def _is_country(name: str) -> bool:
    try:
        country_code(name)
    except UnknownCountryError:
        return False
    return True


def parse_member_lines(lines: list[str], start: int, end: int) -> tuple[MemberEntry, ...]:
    """Entries from lines[start:end], one 'City, [Region, ]Country' a line; checked as above."""
    entries: list[MemberEntry] = []
    seen: dict[tuple[str, str], str] = {}
    for number in range(start, end):
        text = clean(lines[number])
        match = _LINE_ENTRY.match(text)
        if not text:
            continue
        if match is None:
            raise ParseError(f"{text!r} is not 'City, Country'", line=number + 1)
        entry = MemberEntry(
            city=clean(match["city"]),
            country=clean(match["country"]),
            line=number + 1,
            region=clean(match["region"] or ""),
        )
        _check_entry(entry, seen)
        entries.append(entry)
    return tuple(entries)


def _check_entry(entry: MemberEntry, seen: dict[tuple[str, str], str]) -> None:
    """The entry's country must be known and its city not seen before in the list."""
    try:
        code = entry.country_code
    except UnknownCountryError as exc:
        raise UnknownCountryError(exc.name, exc.suggestions, line=entry.line) from None
    key = (fold(entry.city), code)
    if key in seen:
        raise ParseError(
            f"{entry.city!r} ({entry.country}) is listed twice (also as {seen[key]!r})",
            line=entry.line,
        )
    seen[key] = entry.city


def parse_page(
    text: str, *, title: str | None = None, date: dt.date | None = None
) -> ParsedStatement:
    """Find the title, date, statement text and member list in a page's text.

    The title is the page's first short line, or else a 'Declaration on ...' phrase in its
    text; the date is the first full date. Everything after the member list, and lines of
    site furniture ('Click here to download ...', 'Leave a Reply'), is left out of the text.
    """
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    if not any(lines):
        raise ParseError("the page is empty")
    used: set[int] = set()

    if title is None:
        title, title_line = _find_title(lines)
        if title_line is not None:
            used.add(title_line)
    if date is None:
        date = _find_date_line(lines, used)

    list_line = next((i for i, line in enumerate(lines) if _LIST_LINE.search(line)), None)
    members: tuple[MemberEntry, ...] = ()
    end = len(lines)
    if list_line is not None:
        members = parse_member_list(lines[list_line], line=list_line + 1)
        end = list_line + 1
    elif (block := find_line_list(lines)) is not None:
        members = parse_member_lines(lines, *block)
        end = list_line = block[0]
    body = [
        line
        for i, line in enumerate(lines[:end])
        if i not in used and not _FURNITURE.match(line.strip())
    ]
    if list_line is None:
        body = _drop_trailing_headings(body)
    return ParsedStatement(title=clean(title), date=date, text=_tidy(body), members=members)


def _find_title(lines: list[str]) -> tuple[str, int | None]:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        candidate = clean(lines[first])
        if len(candidate) <= 150 and candidate[-1] not in ".;:,!?":
            return candidate, first
    match = _TITLE_PHRASE.search(" ".join(lines))
    if match:
        return _TRAILING_SMALL_WORDS.sub("", match.group(1)), None
    raise ParseError("found no title on the page: give one with --title")


def _find_date_line(lines: list[str], used: set[int]) -> dt.date:
    for i, line in enumerate(lines):
        if i in used:
            continue
        found = find_date(line)
        if found:
            if clean(line) == found[1]:
                used.add(i)
            return found[0]
    raise ParseError("found no date on the page (like 'June 29, 2016'): give one with --date")


def _drop_trailing_headings(body: list[str]) -> list[str]:
    """Without a member list, a page may end with the heading of its next section."""
    while body and (not body[-1].strip() or clean(body[-1])[-1] not in ".;:!?)\"'’”"):
        body = body[:-1]
    return body


def _tidy(body: list[str]) -> str:
    text = "\n".join(body).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text) + "\n"

"""Dates as pages write them, in any of DATE_LANGUAGES: read ('12. März 2024') and told
apart from the words around them."""

from __future__ import annotations

import datetime as dt
import functools
import re

from babel.dates import get_month_names

from geo.text import fold

# The languages whose month names a page's date may be written in (CLDR, through Babel).
DATE_LANGUAGES = (
    "en de fr es it pt nl pl sv da nb nn fi cs sk sl hr sr_Latn bs hu ro bg el et lv lt ga "
    "mt tr uk ru ca eu gl is sq mk lb id ms fil sw he ar fa uz ky kk az tk"
).split()
_WORD = r"[^\W\d_]+\.?"
_DAY = r"(?P<day>\d{1,2})"
_YEAR = r"(?P<year>\d{4})\b"
_DATE_PATTERNS = (  # day, month, year as words or numbers; each matched left to right
    re.compile(r"\b" + _DAY + r"(?:st|nd|rd|th|\.)?\s+(?:de\s+)?\b(?P<month>" + _WORD + r")"
               r",?\s+(?:de\s+|del\s+)?" + _YEAR),
    re.compile(r"\b(?P<month>" + _WORD + r")\s+" + _DAY + r"(?:st|nd|rd|th)?,?\s+" + _YEAR),
    # year first, then month and day, as ISO writes it or with slashes ('2025/03/14': no
    # page writes a day before the month after the year)
    re.compile(r"\b(?P<year>\d{4})(?P<mark>[-/])(?P<month>\d{1,2})(?P=mark)(?P<day>\d{1,2})\b"),
    re.compile(r"\b" + _DAY + r"\.\s?(?P<month>\d{1,2})\.\s?" + _YEAR),
    re.compile(r"\b(?P<first>\d{1,2})[/-](?P<second>\d{1,2})[/-]" + _YEAR),
    # year first: '2023. október 17.' (hu), '2024 m. gegužės 7 d.' (lt), '2023.10.17.' (hu)
    re.compile(r"\b(?P<year>\d{4})\.?\s+(?:m\.\s+)?(?P<month>" + _WORD + r")\s+"
               + _DAY + r"\b"),
    re.compile(r"\b(?P<year>\d{4})\.\s?(?P<month>\d{1,2})\.\s?(?P<day>\d{1,2})\b"),
    # the year and its word first, then day and month: '2024-yil 12-mart' (uz),
    # '2025-жылдын 30-сентябрь' (ky)
    re.compile(r"\b(?P<year>\d{4})-?\s?(?:yil|йил|жыл)\w*\s+" + _DAY + r"-?\s?(?P<month>"
               + _WORD + r")"),
    # Chinese, Japanese and Korean: '2024年8月6日', '2024년 8월 6일'
    re.compile(r"(?P<year>\d{4})\s?[年년]\s?(?P<month>\d{1,2})\s?[月월]\s?"
               r"(?P<day>\d{1,2})\s?[日일]"),
)  # fmt: skip


def find_date(text: str) -> tuple[dt.date, str] | None:
    """The first full date (with a year) in a text, and the words that wrote it.

    Month names in any of DATE_LANGUAGES ('12. März 2024', '3 de mayo de 2023', '5 maja
    2024', '14. helmikuuta 2024', '9 ביולי 2024'), or after the year ('2023. október 17.');
    numbers day first with dots ('05.03.2024'), or year first ('2023.10.17.', '2025/03/14',
    '2024年8月6日', '2024-yil 12-mart', '2025-жылдын 30-сентябрь');
    with slashes or dashes day first where the numbers tell ('25/03/2024', '03/25/2024' is 25
    March), and no date where they do not ('03/04/2024' may be 3 April or 4 March).
    """
    best: tuple[int, dt.date, str] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            date = _date_of(match)
            if date is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), date, match.group(0))
                break
    return None if best is None else (best[1], best[2])


def _date_of(match: re.Match[str]) -> dt.date | None:
    values = match.groupdict()
    if values.get("first") is not None:
        first, second = int(values["first"]), int(values["second"])
        if first <= 12 and second <= 12 and first != second:
            return None  # day first or month first: the page must say
        day, month = (second, first) if second > 12 else (first, second)
    else:
        day = int(values["day"])
        name = values["month"]
        month = int(name) if name.isdigit() else month_number(name)
    try:
        return dt.date(int(values["year"]), month, day)
    except ValueError:
        return None


def month_number(name: str) -> int:
    """A month's number from its name or abbreviation in DATE_LANGUAGES; 0 if none. Where
    languages disagree the first in DATE_LANGUAGES wins: 'listopad' is November (Polish,
    Czech), not October (Croatian)."""
    names = _month_names()
    found = names.get(fold(name.rstrip(".")), 0)
    if not found and name.startswith("ב"):  # Hebrew writes 'in' before the month: '9 ביולי'
        found = names.get(fold(name[1:].rstrip(".")), 0)
    return found


@functools.cache
def _month_names() -> dict[str, int]:
    numbers: dict[str, int] = {}
    for language in DATE_LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names = get_month_names(width, context=context, locale=language)
                for number, name in names.items():
                    key = fold(name.rstrip("."))
                    if len(key) >= 3:
                        numbers.setdefault(key, number)
    return numbers


# A middle dot, bar or bullet after a date at a line's start: the row's date cell.
_CELL_AFTER = re.compile(r"\.?\s+[·|•]\s+")
MAX_DATE_CHARS = 30


def without_date_cell(line: str) -> str:
    """A row without the date cell it starts with ('24 Jan 2015 · Bangkok, Thailand ·
    signed by the Mayor', '3. Mai 2021 | Köln', '2021-05-03 · Sevilla'): its place is
    then the row's first cell, as in rows with no date, and the date's month ('Jan', 'Mai')
    is never read as a place."""
    if not line[:1].isdigit():
        return line
    found = find_date(line[:MAX_DATE_CHARS])
    if found is None or not line.startswith(found[1]):
        return line
    after = _CELL_AFTER.match(line, len(found[1]))
    return line[after.end() :] if after else line

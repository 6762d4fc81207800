"""Name normalisation: how two spellings of one place are recognised as the same."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_NON_ALNUM_LINES = re.compile(r"[^a-z0-9\n]+")


def clean(value: str) -> str:
    """Trim and collapse white space (including no-break spaces) as a page writes it."""
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    return " ".join(value.split())  # str.split's white space is the same as a pattern's \s


def clean_lines(lines: list[str]) -> list[str]:
    """`clean` of each line, in one pass over them all (a page's lines: no Python call a
    line). NFC composes nothing across a line break, so the page is normalised at once."""
    text = "\n".join(lines)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    cleaned = [" ".join(line.split()) for line in text.split("\n")]
    if len(cleaned) != len(lines):  # a line held a line break
        return [clean(line) for line in lines]
    return cleaned


# Folding is memoised (a 10,000-entry member list folds the same names again and again), for
# names, not texts: a value longer than FOLD_CACHED_CHARS is folded afresh. So the cache holds
# at most FOLD_CACHE_ENTRIES short strings (a few MB), whatever a visitor searches for.
FOLD_CACHED_CHARS = 128
FOLD_CACHE_ENTRIES = 1 << 15


# Scripts written without spaces between words: Han, kana, Thai.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]+")


def word_count(text: str) -> int:
    """The words of a text; in a script written without spaces (Chinese, Japanese, Thai)
    every two characters count as a word, so a headline is no single word."""
    return len(text.split()) + sum((len(run) - 1) // 2 for run in UNSPACED.findall(text))


def fold(value: str) -> str:
    """Lower-case ASCII form for matching: 'Montréal' and 'Montreal' fold alike."""
    return folded(value) if len(value) <= FOLD_CACHED_CHARS else fold_afresh(value)


def fold_afresh(value: str) -> str:
    """fold, without its cache (for many names folded once)."""
    text = clean(value)
    ascii_text = text if text.isascii() else text.translate(_TRANSLITERATED)
    return _NON_ALNUM.sub(" ", ascii_text.lower()).strip()


def fold_lines(lines: list[str]) -> list[str]:
    """`fold_afresh` of each line, in one pass over them all (a page's lines, folded once)."""
    text = "\n".join(lines)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).translate(_TRANSLITERATED)
    folded = _NON_ALNUM_LINES.sub(" ", text.lower()).split("\n")
    if len(folded) != len(lines):  # a line held a line break (or a character's unidecode)
        return [fold_afresh(line) for line in lines]
    return [line.strip() for line in folded]


class _Transliterations(dict[int, str]):
    """unidecode of each character, for `str.translate`, a character at a time (unidecode
    reads each character alone, and in Python: a page's 'ó' is looked up once, not once a
    name; `translate` looks the characters up in C); white space is a space, as `clean` has
    it (`fold_lines` does not clean). Keeps at most TRANSLITERATIONS_KEPT."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = char if code < 0x80 else " " if char.isspace() else unidecode(char)
        if len(self) < TRANSLITERATIONS_KEPT:
            self[code] = value
        return value


TRANSLITERATIONS_KEPT = 1 << 16
_TRANSLITERATED = _Transliterations()


folded = lru_cache(maxsize=FOLD_CACHE_ENTRIES)(fold_afresh)


def slug(value: str, max_length: int = 80) -> str:
    """A file- and URL-safe identifier: 'Pec/Peja' -> 'pec-peja'. Never empty."""
    result = fold(value).replace(" ", "-")
    if len(result) > max_length:
        cut = result[: max_length + 1]
        result = cut.rsplit("-", 1)[0] if "-" in cut else cut[:max_length]
    return result.strip("-") or "unnamed"


def human_date(value: dt.date | str) -> str:
    """'2016-06-29' -> '29 June 2016'."""
    date = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return f"{date.day} {date:%B %Y}"


def is_latin(text: str) -> bool:
    """Whether a text's letters are all Latin ones, Vietnamese's past U+0250 ('Nghệ An')
    too, as GeoNames' main names are: 'Καβάλα' transliterates to Kabala, a town in Mali,
    but is Kavála's Greek name."""
    if text.isascii():
        return True  # every ASCII letter is a Latin one: no character looked up
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())

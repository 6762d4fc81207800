"""Name normalisation: how two spellings of one place are recognised as the same."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")


def clean(value: str) -> str:
    """Trim and collapse white space (including no-break spaces) as a page writes it."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


@lru_cache(maxsize=1 << 17)
def fold(value: str) -> str:
    """Lower-case ASCII form for matching: 'Montréal' and 'Montreal' fold alike."""
    return _NON_ALNUM.sub(" ", unidecode(clean(value)).lower()).strip()


def slug(value: str, max_length: int = 80) -> str:
    """A file- and URL-safe identifier: 'Pec/Peja' -> 'pec-peja'. Never empty."""
    result = fold(value).replace(" ", "-")
    if len(result) > max_length:
        cut = result[: max_length + 1]
        result = cut.rsplit("-", 1)[0] if "-" in cut else cut[:max_length]
    return result.strip("-") or "unnamed"

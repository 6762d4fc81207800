"""Country names as pages write them, mapped to ISO 3166-1 alpha-2 codes."""

from __future__ import annotations

import difflib
from functools import cache

import pycountry

from geo.errors import UnknownCountryError
from geo.text import clean, fold

# Names pages use that pycountry does not know, folded. Kosovo has no ISO code of its own;
# XK is the user-assigned code used by the EU, GeoNames and most data sets.
ALIASES: dict[str, str] = {
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "macedonia": "MK",
    "fyrom": "MK",
    "the netherlands": "NL",
    "holland": "NL",
    "turkey": "TR",
    "kosovo": "XK",
    "russia": "RU",
    "ivory coast": "CI",
    "cote d ivoire": "CI",
    "south korea": "KR",
    "korea": "KR",
    "north korea": "KP",
    "the gambia": "GM",
    "cape verde": "CV",
    "swaziland": "SZ",
    "burma": "MM",
    "czech republic": "CZ",
    "vatican": "VA",
    "palestine": "PS",
    "laos": "LA",
    "syria": "SY",
    "taiwan": "TW",
    "tanzania": "TZ",
    "bolivia": "BO",
    "venezuela": "VE",
    "usa": "US",
    "u s a": "US",
    "us": "US",
    "united states of america": "US",
    "uae": "AE",
    "drc": "CD",
    "dr congo": "CD",
    "democratic republic of congo": "CD",
    "republic of congo": "CG",
}

# Short names for display where ISO's own name is long or formal.
DISPLAY_NAMES: dict[str, str] = {
    "XK": "Kosovo",
    "KR": "South Korea",
    "KP": "North Korea",
    "RU": "Russia",
    "IR": "Iran",
    "SY": "Syria",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "VE": "Venezuela",
    "BO": "Bolivia",
    "MD": "Moldova",
    "LA": "Laos",
    "VN": "Vietnam",
    "PS": "Palestine",
    "CD": "DR Congo",
}


@cache
def _index() -> dict[str, str]:
    """Every folded name, official name, common name and code -> alpha-2."""
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name", "alpha_2", "alpha_3"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(fold(value), country.alpha_2)
    index.update(ALIASES)
    return index


@cache
def country_code(name: str) -> str:
    """ISO 3166-1 alpha-2 code for a country as written ('USA' -> 'US', 'Kosovo' -> 'XK').

    Raises UnknownCountryError naming the value, with the closest known names.
    """
    key = fold(name)
    code = _index().get(key) if key else None
    if code is None:
        raise UnknownCountryError(clean(name), suggest_countries(name))
    return code


def suggest_countries(name: str, limit: int = 3) -> list[str]:
    """Known country names closest to a misspelled one."""
    names = {country_name(code) for code in set(_index().values())}
    by_fold = {fold(n): n for n in names}
    close = difflib.get_close_matches(fold(name), list(by_fold), n=limit, cutoff=0.6)
    return [by_fold[c] for c in close]


@cache
def country_name(code: str) -> str:
    """A readable English name for an alpha-2 code ('GB' -> 'United Kingdom')."""
    if code in DISPLAY_NAMES:
        return DISPLAY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise UnknownCountryError(code)
    return str(getattr(country, "common_name", None) or country.name)

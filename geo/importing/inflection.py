"""Places named in a case form: a word inflected by its ending ('Krakowa', 'Brna',
'Tampereen', 'Вінниці'), or with a common noun glued to it ('Reykjavíkurborg'), read back to
the name the gazetteer has. Shared by the readers of lines, of running text and the place
finder."""

from __future__ import annotations

import unicodedata

from geo.countries import find_country
from geo.importing.entries import PlaceNames

_VOWELS = "aeiouy"


def inflected_place(word: str, is_place: PlaceNames) -> str | None:
    """The place an inflected word names: 'Krakowa' -> 'Krakow', 'Münchens' -> 'München',
    'Warszawy' -> 'Warszawa', 'Tampereen' -> 'Tampere'; None if none.

    The rule, for languages that inflect names by their ending (Polish, Czech, Finnish,
    German genitive, Greek): the word without its last letter, or that and one vowel, or
    without its last two letters, is a known place of at least five letters (four for the
    first when the letter cut is a genitive s: 'Kölns'), tried in that order; a country's
    name is never taken apart. Asked only of capitalised words of five letters or more
    ('Brně' is too short to tell from a word); an entry found so is taken only inside a
    list that places named exactly make (`read_places`).
    """
    if len(word) < 5 or not word[:1].isupper() or find_country(word) is not None:
        return None  # 'Germany' is no inflected 'German'
    stem = word[:-1]  # every try but the last starts with it: asked first, once
    tries = [stem, *(stem + vowel for vowel in _VOWELS)] if is_place.begins(stem) else []
    short = stem if word[-1] == "s" else None  # a genitive: 'Kölns', 'Göteborgs'
    tries.append(word[:-2])
    found = _case_form_place(word, is_place)  # a known case ending first: 'Vilniaus'
    return found or next((t for t in tries if len(t) >= 5 - (t == short) and is_place(t)), None)


MIN_GLUED_STEM = 4


def glued_place(word: str, is_place: PlaceNames) -> str | None:
    """The place a word starts with where a common noun in lower case is glued to it, as
    Icelandic names a town's council: 'Reykjavíkurborg' (Reykjavík's city) -> 'Reykjavíkur',
    a name of Reykjavík; 'Ísafjarðarbær' -> 'Ísafjarðar'; None if none. The longest such
    start of MIN_GLUED_STEM letters or more, leaving two letters or more, of a single
    capitalised word that is no place itself."""
    if " " in word or not word[:1].isupper() or len(word) < MIN_GLUED_STEM + 2:
        return None
    if is_place(word):
        return None
    found = None
    for end in range(MIN_GLUED_STEM, len(word) - 1):
        stem = word[:end]
        if not is_place.begins(stem):
            break
        if word[end:].islower() and is_place(stem):
            found = stem
    return found


def inflected_readings(word: str, is_place: PlaceNames) -> list[str]:
    """Every place an inflected word may name, for a caller that can weigh them by a list's
    country: `inflected_place`'s reading, its case form at any length ('Brna' -> 'Brno'), and
    the word without its last letter ('Tábora' -> 'Tábor', where 'Táboro' is a place too)."""
    cut = word[:-1] if len(word) >= 5 and word[:1].isupper() and is_place(word[:-1]) else None
    found = (inflected_place(word, is_place), _case_form_place(word, is_place), cut)
    return list(dict.fromkeys(f for f in found if f))


# Case endings (mostly genitive) and the endings of the form a gazetteer has, by language
# family, for what the rule of `inflected_place` does not reach: tried in this order.
_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Baltic: 'Vilniaus' Vilnius, 'Kauno' Kaunas, 'Klaipėdos' Klaipėda, 'Šiaulių'
    # Šiauliai, 'Panevėžio' Panevėžys, 'Daugavpils' (Latvian, the same form)
    ("aus", ("us",)),
    ("ių", ("iai",)),
    ("io", ("ys", "is", "ius")),
    ("os", ("a",)),
    ("ės", ("ė",)),
    ("as", ("a",)),  # Latvian: 'Valmieras' Valmiera, 'Rīgas' Rīga, 'Ogres' Ogre, 'Cēsu'
    ("es", ("e",)),  # Cēsis, 'Talsu' Talsi, 'Tukuma' Tukums (below: 'a')
    ("u", ("is", "i")),
    ("o", ("as", "a")),
    # Finnish, with consonant gradation: 'Helsingin' Helsinki, 'Lahden' Lahti, 'Seinäjoen'
    # Seinäjoki, 'Turun' Turku, 'Porvoon' Porvoo
    ("gin", ("ki",)),
    ("den", ("ti",)),
    ("en", ("ki", "i")),
    ("un", ("ku",)),
    # Finnish places' inner and outer locatives: 'Oulussa' Oulu, 'Porissa' Pori, 'Lahdessa'
    ("ssa", ("",)),
    ("ssä", ("",)),
    ("dessa", ("ti",)),
    ("n", ("",)),  # four letters left are enough here: 'Porin' Pori, 'Oulun' Oulu
    # Slavic: 'Liberce' Liberec, 'Plzně' Plzeň, 'Kielc' Kielce, 'Brna' Brno, 'Opavě' Opava
    ("ce", ("ec",)),
    ("ca", ("ac",)),  # a vowel that the other cases drop: 'Kragujevca' Kragujevac, 'Čačka'
    ("ka", ("ak",)),  # Čačak
    ("ně", ("eň",)),
    ("le", ("ła", "ło")),  # Polish locatives: 'w Pile' Piła, 'w Kole' Koło
    ("ě", ("a", "o")),
    ("cy", ("ca",)),  # Polish genitives of -ca and -ia: 'Legnicy' Legnica, 'Gdyni' Gdynia
    ("i", ("ia",)),
    ("a", ("o", "s")),
    ("", ("e",)),
    # Greek: 'Βόλου' Βόλος, 'Ηρακλείου' Ηράκλειο, 'Χανίων' Χανιά, 'Πατρέων' Πάτρα,
    # 'Αθηναίων' Αθήνα, 'Ιωαννιτών' Ιωάννινα
    ("ου", ("ος", "ο")),
    ("αίων", ("α",)),
    ("έων", ("α",)),
    ("ιτών", ("ινα",)),
    ("ίων", ("ιά", "ια")),
    ("ων", ("α",)),
    # Cyrillic Slavic genitives: 'Вінниці' Вінниця, 'Полтави' Полтава, 'Львова' Львів
    ("ці", ("ця",)),
    ("и", ("а",)),
    ("ы", ("а",)),  # Russian: 'Бухары' Бухара
    ("і", ("я", "а")),
    ("ова", ("ів",)),
    # East Slavic adjectives of a place, as a title names it ('Львівський міський голова',
    # 'Вінницька', 'Рівненської міської ради', 'Томский'): 'Львів', 'Вінниця', 'Рівне'
    ("ецький", ("ці",)),
    ("цький", ("ці", "цьк", "ця")),
    ("цька", ("ця", "ці", "цьк")),
    ("цької", ("ця", "ці", "цьк")),
    ("енської", ("е",)),
    ("ський", ("", "си", "са", "и", "а", "ськ", "е")),
    ("ська", ("", "си", "са", "и", "а", "ськ", "е")),
    ("ської", ("", "си", "са", "и", "а", "ськ", "е")),
    ("ский", ("", "ы", "а", "ск", "е")),
    ("ская", ("", "ы", "а", "ск", "е")),
    ("ской", ("", "ы", "а", "ск", "е")),
)


def _unaccented(text: str) -> str:
    """The text with each letter's accents dropped, letter for letter ('ού' -> 'ου')."""
    if text.isascii():
        return text
    return "".join(unicodedata.normalize("NFD", char)[0] for char in text)


def _case_form_place(word: str, is_place: PlaceNames) -> str | None:
    """The place a word in a case form names by `_CASE_ENDINGS`: its ending replaced by
    the gazetteer's form's ('Kauno' -> 'Kaunas', 'Lahden' -> 'Lahti', 'Pile' -> 'Piła'), a
    known place of four letters or more whose stem (two letters or more) a place's name may
    start with; None if none. Where no ending as written reads one, the endings are tried
    without the word's accents, which move as a word declines ('Λεμεσού' -> 'Λεμεσός', as
    'Ρόδου' -> 'Ρόδος'); the gazetteer's names are looked up without them."""
    lower = word.lower()
    found = _case_form(word, lower, is_place)
    if found is None and (bare := _unaccented(lower)) != lower:
        found = _case_form(word, bare, is_place)
    return found


def _case_form(word: str, lower: str, is_place: PlaceNames) -> str | None:
    for ending, bases in _CASE_ENDINGS:
        if not lower.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[: len(word) - len(ending)]
        if not is_place.begins(stem):
            continue
        for base in bases:
            if len(stem + base) >= 4 and is_place(stem + base):
                return stem + base
    return None

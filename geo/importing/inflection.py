"""Places named in a case form: a word inflected by its ending ('Krakowa', 'Brna',
'Tampereen', 'Вінниці'), or with a common noun glued to it ('Reykjavíkurborg'), read back to
the name the gazetteer has. Shared by the readers of lines, of running text and the place
finder."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from geo.countries import country_prefix, find_country
from geo.importing.entries import (
    PARTICLES,
    PlaceNames,
    RawEntry,
    body_kind,
    in_case_after_form,
    korean_province,
)

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
    list that places named exactly make (`read_places`). Last, an adjective and a noun
    glued in the genitive ('Białegostoku' -> 'Białystok', `_glued_adjective`).
    """
    if len(word) < 5 or not word[:1].isupper() or find_country(word) is not None:
        return None  # 'Germany' is no inflected 'German'
    stem = word[:-1]  # every try but the last starts with it: asked first, once
    vowels = _VOWELS if _latin(stem[-1]) else ""  # no 'Сергі' + 'i', which folds to Latin
    # a Hungarian accusative lengthens a name's last vowel: 'Nyíregyházát' Nyíregyháza
    stems = _hungarian_stems(stem, assimilated=False) if word[-1] == _ACCUSATIVE else [stem]
    tries = [*stems, *(stem + vowel for vowel in vowels)] if is_place.begins(stem) else []
    short = stem if word[-1] == "s" else None  # a genitive: 'Kölns', 'Göteborgs'
    tries.append(word[:-2])
    found = _case_form_place(word, is_place)  # a known case ending first: 'Vilniaus'
    found = found or next((t for t in tries if len(t) >= 5 - (t == short) and is_place(t)), None)
    found = found or _glued_adjective(word, is_place) or glued_place(word, is_place)
    return found or hungarian_case_place(word, is_place)


# Celtic initial mutations that no other language's name starts with, and the letters they
# stand for (Welsh: aspirate after 'a' (and), 'â' (with), 'ei' (her): 'Phwllheli' Pwllheli,
# 'Thyddewi' Tyddewi, 'Chaerdydd' Caerdydd; nasal after 'yn' (in), 'fy' (my): 'Nghaerdydd'
# Caerdydd, 'Mhorthmadog' Porthmadog, 'Nhywyn' Tywyn, 'Ngwynedd' Gwynedd, 'Mangor' no:
# a bare 'M' or 'N' starts too many names; soft: 'Ddinbych' Dinbych). Irish and Scottish
# Gaelic eclipsis ('bhFear' ...) keeps its own letters' case, no such start.
_MUTATIONS = (
    ("Ngh", "C"), ("Mh", "P"), ("Nh", "T"), ("Ng", "G"), ("Ph", "P"), ("Th", "T"),
    ("Ch", "C"), ("Dd", "D"),
)  # fmt: skip


def unmutated_place(word: str, is_place: PlaceNames) -> str | None:
    """The place a capitalised word names in a Celtic initial mutation (`_MUTATIONS`):
    'Phwllheli' -> Pwllheli, 'Thyddewi' -> Tyddewi, 'Nghaerdydd' -> Caerdydd; None if
    none. Asked only where the word itself is no place ('Chester', 'Thurso' are)."""
    for mutated, plain in _MUTATIONS:
        if word.startswith(mutated) and len(word) > len(mutated) + 2:
            rest = word[len(mutated) :]
            if rest[:1].islower():
                name = plain + rest
                return name if is_place(name) else None
    return None


# Hungarian vowels by harmony: a suffix takes the back or the front vowel its word's last
# vowel other than 'i' takes (neutral, as a word of only 'i's takes the front one).
_BACK_VOWELS = "aáoóuú"
_FRONT_VOWELS = "eéöőüű"
# Hungarian case suffixes, in back and front forms (`_in_harmony`): instrumental
# 'Szegeddel', dative 'Pécsnek', inessive 'Győrben', illative, elative, delative 'Egerről',
# sublative, ablative, allative 'Sopronhoz', adessive, superessive 'Szegeden', 'Győrön',
# terminative ('Gödöllőn', a bare 'n' after a vowel, is `_CASE_ENDINGS`' Finnish one).
_HUNGARIAN_SUFFIXES = (
    "val", "vel", "nak", "nek", "ban", "ben", "ba", "be", "ból", "ből", "ról", "ről",
    "ra", "re", "tól", "től", "hoz", "hez", "höz", "nál", "nél", "on", "en", "ön", "ig",
)  # fmt: skip
# The instrumental after a consonant, whose 'v' takes the consonant's sound and doubles it
# ('Szekszárddal', 'Kaposvárral', a digraph's first letter: 'Pécs' Péccsel).
_ASSIMILATED_SUFFIXES = ("al", "el")
_HUNGARIAN_DIGRAPHS = ("cs", "dz", "gy", "ly", "ny", "sz", "ty", "zs")
_ACCUSATIVE = "t"  # Hungarian's, after a vowel: 'Szentendrét', 'Békéscsabát'
_LENGTHENED = {"á": "a", "é": "e"}  # a name's last vowel a suffix lengthens: 'Nyíregyházán'
MIN_HUNGARIAN_STEM = 4  # 'Pécsnek', 'Győrben'; five after a suffix of one or two letters


def hungarian_case_place(word: str, is_place: PlaceNames) -> str | None:
    """The place a Hungarian word names with a case suffix after it (`_HUNGARIAN_SUFFIXES`,
    in the harmony of the name's vowels): 'Győrben' Győr, 'Gödöllővel' Gödöllő,
    'Szekszárddal' Szekszárd (the instrumental assimilated), 'Békéscsabán' Békéscsaba (its
    last vowel lengthened), a foreign name's suffix after a hyphen ('Bordeaux-val'); None
    if none."""
    head, hyphen, tail = word.rpartition("-")
    if hyphen and (tail in _HUNGARIAN_SUFFIXES or tail[1:] in _ASSIMILATED_SUFFIXES):
        return head if len(head) >= MIN_HUNGARIAN_STEM and is_place(head) else None
    for suffix in (*_HUNGARIAN_SUFFIXES, *_ASSIMILATED_SUFFIXES):
        rest = word[: -len(suffix)]
        if not word.endswith(suffix) or not _in_harmony(rest, suffix):
            continue
        assimilated = suffix in _ASSIMILATED_SUFFIXES
        for stem in _hungarian_stems(rest, assimilated):
            shortest = MIN_HUNGARIAN_STEM + (len(suffix) < 3 and not assimilated)
            if len(stem) >= shortest and is_place.begins(stem) and is_place(stem):
                return stem
    return None


def _in_harmony(stem: str, suffix: str) -> bool:
    """Whether a suffix's vowels are in the harmony of its stem's last vowel other than 'i'
    (a front one where the stem has none); a suffix without such vowels fits any ('ig')."""
    harmonic = _BACK_VOWELS + _FRONT_VOWELS
    vowels = [c for c in stem.lower() if c in harmonic]
    back = bool(vowels) and vowels[-1] in _BACK_VOWELS
    return all((c in _BACK_VOWELS) == back for c in suffix if c in harmonic)


def _hungarian_stems(rest: str, assimilated: bool) -> list[str]:
    """The names a word less its suffix may be: its lengthened last vowel shortened first
    ('Békéscsabá' Békéscsaba; the gazetteer's lookup drops accents), then as it is; after
    an assimilated suffix, less the doubled consonant ('Szekszárdd' Szekszárd, 'Péccs'
    Pécs)."""
    if assimilated:
        if rest[-2:] in _HUNGARIAN_DIGRAPHS and rest[-3:-2] == rest[-2:-1]:
            return [rest[:-3] + rest[-2:]]
        return [rest[:-1]] if len(rest) > 2 and rest[-1] == rest[-2] else []
    short = _LENGTHENED.get(rest[-1:])
    return [rest[:-1] + short, rest] if short else [rest]


MIN_GLUED_STEM = 4
# The nouns for a town or its council that a language glues to the town's name: Icelandic
# 'bær' (town), 'borg' (city), 'kaupstaður' (market town), 'byggð' (settlement), 'hreppur'
# (parish), 'sveit' (rural district). Not any word in lower case: 'Haarlemmermeer' (Haarlem's
# lake, a municipality) is no Haarlem.
_GLUED_NOUN = re.compile(r"bær|borg|kaupstaður|byggð|hreppur|sveit")
# The nouns' other cases, each with its nominative (Icelandic grammar: 'bæjar' of 'bær',
# 'borgar' of 'borg'): 'F.h. Reykjavíkurborgar' (for Reykjavík's city), 'Garðabæjar'.
_GLUED_CASES = {
    "bæjar": "bær", "bæ": "bær", "bænum": "bær", "borgar": "borg", "borginni": "borg",
    "kaupstaðar": "kaupstaður", "kaupstað": "kaupstaður", "byggðar": "byggð",
    "hrepps": "hreppur", "hreppi": "hreppur", "sveitar": "sveit",
}  # fmt: skip
_GLUED_CASE = re.compile(r"(?:" + "|".join(_GLUED_CASES) + r")$")
_GLUED_END = re.compile(r"(?:" + _GLUED_NOUN.pattern + "|" + "|".join(_GLUED_CASES) + r")$")


def glued_place(word: str, is_place: PlaceNames) -> str | None:
    """The place a word starts with where a noun for a town or its council is glued to it
    (`_GLUED_NOUN`), as Icelandic names a town's council: 'Reykjavíkurborg' (Reykjavík's
    city) -> 'Reykjavíkur', a name of Reykjavík; 'Ísafjarðarbær' -> 'Ísafjarðar'; the noun
    in another case too ('Akureyrarbæjar' -> 'Akureyrar'; 'Garðabæjar' -> 'Garðabær', the
    place's name with the noun in it, `_GLUED_CASES`); None if none. The longest such
    start of MIN_GLUED_STEM letters or more of a single capitalised word that is no place
    itself."""
    if " " in word or not word[:1].isupper() or len(word) < MIN_GLUED_STEM + 2:
        return None
    if not _GLUED_END.search(word) or is_place(word):  # no question asked of most words
        return None
    case = _GLUED_CASE.search(word)
    if case is not None:  # 'Garðabæjar' -> 'Garðabær', a place's name with the noun in it
        named = word[: case.start()] + _GLUED_CASES[case[0]]
        if is_place(named):
            return named
    found = None
    for end in range(MIN_GLUED_STEM, len(word) - 1):
        stem = word[:end]
        if not is_place.begins(stem):
            break
        glued = word[end:]
        if (_GLUED_NOUN.fullmatch(glued) or glued in _GLUED_CASES) and is_place(stem):
            found = stem
    return found


def inflected_readings(word: str, is_place: PlaceNames) -> list[str]:
    """Every place an inflected word may name, for a caller that can weigh them by a list's
    country: `inflected_place`'s reading, its case form at any length ('Brna' -> 'Brno'), and
    the word without its last letter ('Tábora' -> 'Tábor', where 'Táboro' is a place too;
    'Ełku' -> 'Ełk', a place of three letters, `_cut`), and every town an East Slavic
    adjective may be made from ('Хмельницька': Хмельник, Хмельницький, `adjective_readings`);
    a hyphened name with each part declined ('Frýdku-Místku', `declined_hyphened`); last,
    the word with a vowel the case dropped put back ('Zadra' -> 'Zadar', `_vowel_restored`),
    though another reading names a namesake abroad ('Písku': Píski, and Písek)."""
    cut = word[:-1] if _cut(word) and is_place(word[:-1]) else None
    found = (inflected_place(word, is_place), _case_form_place(word, is_place), cut)
    hyphened = declined_hyphened(word, is_place) if "-" in word else None
    readings = [*(f for f in found if f), *adjective_readings(word, is_place)]
    readings += [hyphened] if hyphened else []  # 'Frýdku-Místku': each part declined
    restored = [f for f in _vowel_restored(word) if is_place(f)]
    return list(dict.fromkeys((*readings, *restored)))


# The one-letter endings of a genitive after a short place's name (Slavic): 'Ełku' Ełk,
# 'Raba' Rab, 'Boru' Bor, 'Бора' Бор.
_SHORT_ENDINGS = frozenset("auyieěаеиуыі")


def _cut(word: str) -> bool:
    """Whether a capitalised word may be a place's name and one letter of a case ending: a
    word of five letters or more, or of four that ends in a genitive's vowel ('Ełku', a
    form of Ełk): a reading for callers that weigh it by the list's country or a role."""
    if not word[:1].isupper() or len(word) < 4:
        return False
    return len(word) >= 5 or word[-1] in _SHORT_ENDINGS


def short_genitive(word: str, is_place: PlaceNames) -> list[str]:
    """The place of two letters a capitalised word of three names in a Slavic genitive,
    its case's vowel cut ('Оша' Ош, Czech 'Oše' Oš): too short to read from a word
    alone (`_cut`), for a caller that weighs it in the country the page gives the word."""
    if len(word) != 3 or not word[:1].isupper() or word[-1] not in _SHORT_ENDINGS:
        return []
    return [word[:-1]] if is_place(word[:-1]) else []


def nominative(name: str, is_place: PlaceNames) -> str | None:
    """The place a name in the genitive names (after a role or a word for 'city' that takes
    one): a word in its case form (`inflected_readings`: 'Brna' Brno, 'Zadra' Zadar); an
    adjective and a noun, each in its case form ('Zielonej Góry' Zielona Góra, 'Novog Sada'
    Novi Sad, 'Gorzowa Wielkopolskiego' Gorzów Wielkopolski); the two written as one word
    ('Białegostoku' Białystok); None if none."""
    words = name.split()
    if len(words) == 1:
        readings = inflected_readings(name, is_place)
        return readings[0] if readings else declined_hyphened(name, is_place)
    if len(words) > MAX_DECLINED_WORDS:
        return None
    heads = [""]
    for word in words[:-1]:
        forms = dict.fromkeys(f for f in (word, *_adjective_forms(word), *_noun_forms(word)) if f)
        heads = [f"{head}{form} " for head in heads for form in forms]  # no empty word ('SR')
        heads = [head for head in heads if is_place.begins(head)][:MAX_DECLINED_HEADS]
    last = dict.fromkeys((words[-1], *_noun_forms(words[-1]), *_adjective_forms(words[-1])))
    found = next((head + form for head in heads for form in last if is_place(head + form)), None)
    return found or _after_epithets(words, is_place)


def _after_epithets(words: list[str], is_place: PlaceNames) -> str | None:
    """The place the last of a name's words names in its case form where each word before
    it is an epithet, an adjective in a case form that begins no place's name ('Stołecznego'
    capital, 'Hlavního', 'Statutárního'), or the word for 'city' in a case form ('Města'):
    a town's formal name in the genitive ('Hlavního Města Prahy' Praha); None if none."""
    for word in words[:-1]:
        forms = _adjective_forms(word)
        epithet = bool(forms) and not any(is_place.begins(f"{form} ") for form in forms)
        if not (epithet or in_case_after_form(f"{word} ")):
            return None
    readings = inflected_readings(words[-1], is_place)
    return readings[0] if readings else None


def country_in_case(name: str) -> str | None:
    """The code of the country a formal name of two to MAX_DECLINED_WORDS words names, as
    written or with each word in a case form ('Slovenskej republiky' Slovenská republika,
    'Republike Srbije' Republika Srbija); None if none, and for one word (a name's case
    forms would read 'Petr' as Peru). Asks the gazetteer nothing."""
    words = name.split()
    if not 1 < len(words) <= MAX_DECLINED_WORDS or not all(w.isalpha() for w in words):
        return None
    heads = [""]
    for word in words:
        forms = dict.fromkeys((word, *_adjective_forms(word), *_noun_forms(word)))
        heads = [f"{head} {form}".strip() for head in heads for form in forms]
        heads = [head for head in heads if country_prefix(head) or find_country(head)]
    return next((code for head in heads if (code := find_country(head))), None)


def declined_hyphened(word: str, is_place: PlaceNames) -> str | None:
    """The place a word of two parts a hyphen joins names where each part is in its case
    form ('Frýdku-Místku' Frýdek-Místek, 'Kędzierzyna-Koźla' Kędzierzyn-Koźle), the last
    one maybe an adjective ('Bielska-Białej' Bielsko-Biała, 'Петропавловска-Камчатского');
    None if none."""
    first, hyphen, last = word.partition("-")
    if not (first and hyphen and last) or "-" in last:
        return None
    heads = [f"{form}-" for form in dict.fromkeys((first, *_noun_forms(first)))]
    heads = [head for head in heads if is_place.begins(head)][:MAX_DECLINED_HEADS]
    forms = dict.fromkeys((last, *_noun_forms(last), *_adjective_forms(last)))
    return next((head + form for head in heads for form in forms if is_place(head + form)), None)


def _joint_parts(name: str) -> list[str]:
    """The parts of a joint municipality's name, a hyphen or a short word in lower case (an
    'and') between them: 'Hoče-Slivnica', 'Naxos and Small Cyclades'; [] if it has none."""
    if " " not in name:
        parts = name.split("-")
        return parts if len(parts) > 1 and all(parts) else []
    words = name.split()
    for k, word in enumerate(words[1:-1], start=1):
        if word.islower() and len(word) <= MAX_AND_LETTERS and word not in PARTICLES:
            return [" ".join(words[:k]), " ".join(words[k + 1 :])]
    return []


MAX_AND_LETTERS = 4  # 'and', 'und', 'et', 'och', 'και'


def nominative_entry(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """The entry of a place a role names in the genitive, by the place its words read in
    their case forms (`nominative`: 'Kragujevca' -> 'Kragujevac', 'Novog Sada' -> 'Novi
    Sad'), or, for a joint municipality's name, the first of its parts that names a place
    so (`_joint_parts`: 'Hoče-Slivnica' Hoče); as it was where they read none, or it is a
    place as it is ('Алматы')."""
    if entry.kind != "city" or is_place(entry.city):
        return entry
    found = nominative(entry.city, is_place)
    for part in [] if found else _joint_parts(entry.city):
        found = part if is_place(part) else nominative(part, is_place)
        if found:
            break
    return replace(entry, city=found) if found else entry


def declined_adjective(name: str) -> bool:
    """Whether a name of two or three capitalised words may be an adjective and a noun in
    a case form ('Zielonej Góry', 'Gorzowa Wielkopolskiego'), which `nominative` reads; not
    'Aachen 8' or 'Rio de Janeiro'. Asks the gazetteer nothing."""
    words = name.split()
    return (
        1 < len(words) <= MAX_DECLINED_WORDS
        and all(w.isalpha() and w[:1].isupper() for w in words)
        and any(_adjective_forms(w) for w in words)
    )


MAX_DECLINED_WORDS = 3  # a place's name in the genitive that `nominative` reads word by word
MAX_DECLINED_HEADS = 50  # readings of its first words kept, where the gazetteer cannot tell

# The genitive endings of an adjective in a place's name, and its nominative's: 'Zielonej
# Góry' Zielona Góra, 'Nowego Sącza' Nowy Sącz (Polish); 'Nového Jičína' Nový Jičín,
# 'Českých Budějovic' České Budějovice, 'Mladé Boleslavi' Mladá Boleslav (Czech); 'Banskej
# Bystrice' Banská Bystrica (Slovak); 'Novog Sada' Novi Sad, 'Velike Gorice' Velika Gorica
# (Croatian, Serbian); 'Novega mesta' Novo mesto (Slovene); 'Нижнего Новгорода' Нижний
# Новгород, 'Білої Церкви' Біла Церква.
_ADJECTIVE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("iego", ("i",)),  # after k, g: 'Wielkopolskiego' Wielkopolski, 'Wielkiej' Wielka
    ("iej", ("a",)),
    ("ego", ("y", "i")),
    ("ej", ("a", "á")),
    ("ého", ("ý", "é")),
    ("ých", ("é",)),  # plural names: 'Českých Budějovic', 'Ustrzyk Dolnych' Ustrzyki Dolne,
    ("ych", ("e",)),  # 'Dolních Břežan' Dolní Břežany, 'Tarnowskich Gór' Tarnowskie Góry,
    ("ich", ("ie",)),  # 'Великих Лук' Великие Луки, 'Набережных Челнов' Набережные Челны,
    ("их", ("ие", "і")),  # 'Великих Мостів' Великі Мости
    ("ых", ("ые",)),
    ("ích", ("í",)),
    ("ího", ("í",)),  # a Czech soft adjective's: 'Horního Slavkova' Horní Slavkov
    ("é", ("á",)),
    ("oga", ("i", "o")),
    ("og", ("i", "o")),
    ("ega", ("o", "i")),
    ("eg", ("i",)),
    ("e", ("a",)),
    ("ого", ("ый", "ий", "ой")),
    ("его", ("ий",)),
    ("ой", ("ая",)),
    ("ої", ("а",)),
    # a feminine adjective's accusative, dative and locative, read as its genitive is: 'Bačku
    # Topolu', 'Bačkoj Topoli' Bačka Topola (Serbian, Croatian), 'Zieloną Górę' Zielona Góra
    # (Polish), 'Mladou Boleslav' Mladá Boleslav (Czech), 'Banskú Bystricu' Banská Bystrica
    # (Slovak), 'Білу Церкву', 'Білій Церкві' Біла Церква, 'Белую' Белая; a masculine's and
    # a neuter's dative and locative: 'Novom Sadu' Novi Sad, 'Novém Jičíně' Nový Jičín
    ("u", ("a",)),
    ("oj", ("a",)),
    ("ą", ("a",)),
    ("ou", ("á",)),
    ("ú", ("á",)),
    ("у", ("а",)),
    ("ій", ("а",)),
    ("ую", ("ая",)),
    ("om", ("i", "o")),
    ("ém", ("ý", "é")),
    # Greek: a feminine adjective's genitive and a masculine's or a neuter's: 'Νέας Σμύρνης'
    # Νέα Σμύρνη, 'Αγίας Παρασκευής' Αγία Παρασκευή, 'Αγίου Νικολάου' Άγιος Νικόλαος, 'Νέου
    # Ηρακλείου' Νέο Ηράκλειο (the accent moved back is no letter the gazetteer's fold keeps)
    ("ας", ("α",)),
    ("ης", ("η",)),
    ("ου", ("ος", "ο")),
)


Endings = tuple[tuple[str, tuple[str, ...]], ...]  # endings and what each stands for


class EndingTable:
    """A table of endings (`_ADJECTIVE_ENDINGS`, `_CASE_ENDINGS`), asked which of its rows a
    word ends in by the word's last letters: a lookup for each length of an ending, not an
    `endswith` for each of its rows (a 10,000-line list of towns in a case form asks it some
    hundred times a word)."""

    def __init__(self, rows: Endings) -> None:
        self.rows = rows
        self._at: dict[str, list[int]] = {}
        for k, (ending, _) in enumerate(rows):
            self._at.setdefault(ending, []).append(k)
        self._longest = max(len(ending) for ending, _ in rows)

    def rows_ending(self, lower: str) -> Endings:
        """The rows whose ending a word in lower case ends in, in the table's order."""
        found = [*self._at.get("", ())]  # an empty ending: every word ends in it
        for size in range(1, min(self._longest, len(lower)) + 1):
            found += self._at.get(lower[-size:], ())
        return tuple(self.rows[k] for k in sorted(found))


def _adjective_forms(word: str) -> list[str]:
    return [
        word[: len(word) - len(ending)] + base
        for ending, bases in _ADJECTIVE_TABLE.rows_ending(word.lower())
        if len(word) > len(ending) + 1
        for base in bases
    ]


def _noun_forms(word: str) -> list[str]:
    """Every nominative a noun in a case form may have, known or not: its ending replaced
    by `_CASE_ENDINGS`' bases, the word less its last letter (and a vowel after it) or its
    last two, and a vowel the case dropped put back (`_vowel_restored`)."""
    lower = word.lower()
    cased = [
        word[: len(word) - len(ending)] + base
        for ending, bases in _NOUN_TABLE.rows_ending(lower)
        if len(word) - len(ending) >= 2
        for base in bases
    ]
    cut = word[:-1]
    polish = [word[:-3] + "ów"] if lower.endswith("owa") else []  # 'Gorzowa' Gorzów
    # a Czech possessive adjective's genitive and locative: 'Havlíčkova', 'Havlíčkově' Havlíčkův
    czech = [word[:-3] + "ův"] if lower.endswith(("ova", "ově")) else []
    vowels = (cut + vowel for vowel in _VOWELS)
    forms = [*polish, *czech, *cased, cut, *vowels, word[:-2], *_vowel_restored(word)]
    latin = _latin(word[-1:] or "a")
    return [f for f in forms if _latin(f[-1:] or "a") == latin]  # no 'Лукi' of 'Лук'


def _glued_adjective(word: str, is_place: PlaceNames) -> str | None:
    """A genitive of an adjective and a noun written as one word, as Polish writes
    'Białegostoku' (Białystok's): the adjective's ending inside it (two letters or more)
    and each part read in its nominative; None if none."""
    lower = word.lower()
    for ending, bases in _ADJECTIVE_ENDINGS:
        at = lower.find(ending, 2)
        rest = word[at + len(ending) :]
        if len(ending) < 2 or at == -1 or len(rest) < 3:
            continue
        for head in (word[:at] + base for base in bases):
            if not is_place.begins(head):
                continue
            found = next((n for n in (rest, *_noun_forms(rest)) if is_place(head + n)), None)
            if found is not None:
                return head + found
    return None


# A consonant and the one it stands for where the vowel after it is dropped before another
# consonant: 'Šabac' -> 'Šapca' (Serbian), 'Gródek' -> 'Gródka'.
_DEVOICED = {"p": "b", "t": "d", "s": "z", "š": "ž", "k": "g", "f": "v",
             "п": "б", "т": "д", "с": "з", "ш": "ж", "к": "г", "ф": "в"}  # fmt: skip
_ALL_VOWELS = frozenset("aeiouyáéíóúýůěąęôäöüøåæœаеиоуяюєіїыэё")


def _vowel_restored(word: str) -> list[str]:
    """A Slavic word whose case ending follows two consonants, with the vowel that its
    nominative has between them, which the case drops ('Zadra' Zadar, 'Písku' Písek,
    'Šapca' Šabac, the first consonant voiced again; Slovak 'Pezinka' Pezinok; in Cyrillic
    'Шапца' Шабац): every such form, known or not."""
    latin = _latin(word[-1:])
    if len(word) < 4 or word[-1] not in ("aeiuyě" if latin else "аеиу"):
        return []
    first, second = word[-3], word[-2]
    if not (first.isalpha() and second.isalpha()) or {first, second} & _ALL_VOWELS:
        return []
    stem = word[:-3]
    return [
        stem + consonant + vowel + second
        for consonant in dict.fromkeys((first, _DEVOICED.get(first, first)))
        for vowel in ("aeo" if latin else "аео")
    ]


# The endings of an East Slavic adjective, in each gender and case: 'Житомирська' (its
# feminine), 'Рівненської' (its genitive), 'Томской', 'Томскому', Belarusian 'Гомельскі'.
_ADJECTIVE_CASES = {
    "ukrainian": ("ий", "а", "е", "ого", "ої", "ому", "ій", "ою", "их", "і", "им", "у"),
    "russian": ("ий", "ая", "ое", "ого", "ой", "ому", "ом", "ую", "их", "ие", "им"),
    "belarusian": ("і", "ая", "ае", "ага", "ай", "аму", "ім", "ую", "іх"),
}

# East Slavic adjectives of a place, as a title or a body names it, in every gender and
# case (`_ADJECTIVE_CASES`): 'Львівський міський голова', 'Житомирська міська територіальна
# громада', 'Рівненської міської ради', 'Чернівецька', 'Томская городская дума': 'Львів',
# 'Житомир', 'Рівне', 'Чернівці', 'Томск'. The suffix follows the name's stem less its last
# vowel ('Полтава' Полтавська: `_vowel_dropped`); a consonant before it changes ('Славутич',
# 'Кременчук' Славутицька, Кременчуцька; 'Вараш' Вараська) or a syllable comes in ('Буча'
# Бучанська, 'Рівне' Рівненська); a place named by the adjective itself is its masculine
# ('Хмельницький', 'Кам'янець-Подільський', 'Кропивницкий'), tried last.
_PLACE_ADJECTIVES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (stem + ending, bases)
    for stem, bases, endings in (
        ("ецьк", ("ці",), "ukrainian"),
        ("енськ", ("е",), "ukrainian"),
        ("цьк", ("ці", "цьк", "ця", "ч", "к", "ки", "цький"), "ukrainian"),
        ("ськ", ("", "си", "са", "и", "а", "ськ", "е", "ш", "ський"), "ukrainian"),
        ("анськ", ("а",), "ukrainian"),
        ("ск", ("ск", "", "ы", "а", "е", "ский"), "russian"),
        ("цк", ("цк", "ц", "к", "цкий"), "russian"),
        ("анск", ("а",), "russian"),
        ("енск", ("а", "о"), "russian"),  # 'Пенза' Пензенский
        ("ск", ("ск", "", "ы", "а", "скі"), "belarusian"),
        # Belarusian writes 'т' and 'с' before the suffix as 'ц' ('Брэст' Брэсцкі), and 'ч'
        # as 'ц' ('Баранавічы' Баранавіцкі); a name in -цк keeps it ('Полацк' Полацкі)
        ("цк", ("цк", "т", "ц", "к", "чы", "цы", "цкі"), "belarusian"),
    )
    for ending in _ADJECTIVE_CASES[endings]
)
_CYRILLIC_VOWELS = frozenset("аеєиіїоуюяыэё")
_CYRILLIC_CONSONANTS = frozenset("бвгґджзйклмнпрстфхцчшщ")

# Case endings (mostly genitive) and the endings of the form a gazetteer has, by language
# family, for what the rule of `inflected_place` does not reach: tried in this order, then
# the East Slavic adjectives (`_PLACE_ADJECTIVES`).
_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Baltic: 'Vilniaus' Vilnius, 'Kauno' Kaunas, 'Klaipėdos' Klaipėda, 'Šiaulių'
    # Šiauliai, 'Druskininkų' Druskininkai, 'Panevėžio' Panevėžys, 'Daugavpils' (Latvian,
    # the same form)
    ("aus", ("us",)),
    ("ių", ("iai",)),
    ("ų", ("ai",)),
    ("io", ("ys", "is", "ius")),
    ("os", ("a",)),
    ("ės", ("ė",)),
    ("as", ("a",)),  # Latvian: 'Valmieras' Valmiera, 'Rīgas' Rīga, 'Ogres' Ogre, 'Cēsu'
    ("es", ("e",)),  # Cēsis, 'Talsu' Talsi, 'Tukuma' Tukums (below: 'a')
    ("u", ("is", "i")),
    ("o", ("as", "a")),
    # Finnish, with consonant gradation: 'Helsingin' Helsinki, 'Lahden' Lahti, 'Seinäjoen'
    # Seinäjoki, 'Turun' Turku, 'Porvoon' Porvoo; 'Hangon' Hanko, 'Limingan' Liminka,
    # 'Lappeenrannan' Lappeenranta, 'Kannuksen' Kannus (a name in -s takes -ksen)
    ("ngan", ("nka",)),
    ("ngon", ("nko",)),
    ("nnan", ("nta",)),
    ("nnon", ("nto",)),
    ("ksen", ("s",)),
    ("gin", ("ki",)),
    ("den", ("ti",)),
    ("sten", ("nen",)),  # names in -nen: 'Kuhmoisten', 'Kuhmoisen' Kuhmoinen
    ("sen", ("nen",)),
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
    ("ich", ("ie",)),  # a plural adjective's, one word: 'Końskich' Końskie
    ("i", ("ia",)),
    ("a", ("o", "s")),
    ("", ("e", "y", "i")),  # plural names: 'Kielc' Kielce, 'Poděbrad' Poděbrady, 'Suwałk' Suwałki
    ("ów", ("y", "e")),  # and in Polish: 'Tychów' Tychy, 'Międzyzdrojów' Międzyzdroje
    ("ach", ("e", "y", "i")),  # Polish plural locatives: 'w Kielcach' Kielce, 'w Tychach' Tychy
    # Basque local genitives ('udal' after them: 'Azpeitiko udala') and locatives:
    # 'Azpeitiko' Azpeitia, 'Tolosako' Tolosa, 'Bermeoko' Bermeo, 'Zarauzko' Zarautz,
    # 'Irungo' Irun, 'Donostian' Donostia (above: 'n')
    ("zko", ("tz",)),
    ("ko", ("", "a")),
    ("go", ("",)),
    # Greek: 'Βόλου' Βόλος, 'Ηρακλείου' Ηράκλειο, 'Χανίων' Χανιά, 'Πατρέων' Πάτρα,
    # 'Αθηναίων' Αθήνα, 'Ιωαννιτών' Ιωάννινα
    ("ου", ("ος", "ο")),
    ("αίων", ("α",)),
    ("έων", ("α", "εια")),  # 'Λεβαδέων' Λεβάδεια (its people's: Λεβαδείς)
    ("ιτών", ("ινα",)),
    ("ίων", ("ιά", "ια", "ος")),  # its people's: 'Καλυμνίων' Κάλυμνος, 'Σαμίων' Σάμος
    ("ών", ("ες",)),  # a plural name: 'Σερρών' Σέρρες, 'Σπετσών' Σπέτσες
    ("ων", ("α", "ες")),
    # an older genitive in -ης of a name now in -α or -ο: 'Πρεβέζης' Πρέβεζα, 'Λαρίσης'
    # Λάρισα, 'Ρεθύμνης' Ρέθυμνο (once Ρεθύμνη)
    ("ης", ("η", "α", "ο")),  # the plain genitive of one in -η first: 'Κατερίνης' Κατερίνη
    # Cyrillic Slavic genitives: 'Вінниці' Вінниця, 'Полтави' Полтава, 'Львова' Львів
    ("ці", ("ця",)),
    ("и", ("а",)),
    ("у", ("а",)),  # and accusatives, after a preposition: 'за Суботицу' Суботица
    ("ю", ("я",)),
    ("ы", ("а",)),  # Russian: 'Бухары' Бухара
    ("і", ("я", "а")),
    ("ова", ("ів",)),
    ("ів", ("и", "і")),  # a plural name's genitive: 'Броварів' Бровари, 'Чернівців' Чернівці
    ("ов", ("ы", "и")),  # and in Russian: 'Челнов' Челны, 'Мостов' Мосты; and with no
    ("", ("и", "ы")),  # ending: 'Лук' Луки
    # Serbian (Cyrillic, as the Latin rows above): a vowel the cases drop ('Крагујевца'
    # Крагујевац, 'Чачка' Чачак), a feminine's genitive ('Суботице' Суботица) and a
    # neuter's in -ево, -ово, -це ('Краљева' Краљево, 'Ужица' Ужице; a masculine's stem
    # first: 'Ростова' Ростов)
    ("ца", ("ац", "це")),
    ("ка", ("ак",)),
    ("ва", ("в", "во")),
    ("е", ("а",)),
    # Turkic genitives, by vowel harmony, after a vowel ('n' first) and after a consonant:
    # Azerbaijani and Turkish 'Şəkinin' Şəki, 'Lənkəranın' Lənkəran, 'Ordu'nun', 'Ürgüp'ün';
    # Uzbek 'Samarqandning'; Kazakh 'Шымкенттің' Шымкент, 'Ақтаудың' Ақтау, 'Атыраудың';
    # Kyrgyz 'Таластын', 'Ошунун' (Cyrillic: the endings no Slavic word's ends in)
    ("nin", ("",)),
    ("nın", ("",)),
    ("nun", ("",)),
    ("nün", ("",)),
    ("in", ("",)),
    ("ın", ("",)),
    ("un", ("",)),
    ("ün", ("",)),
    ("ning", ("",)),
    ("ның", ("",)),
    ("нің", ("",)),
    ("дың", ("",)),
    ("дің", ("",)),
    ("тың", ("",)),
    ("тің", ("",)),
    ("нын", ("",)),
    ("нүн", ("",)),
    ("дын", ("",)),
    ("дүн", ("",)),
    ("тын", ("",)),
    ("түн", ("",)),
)

_ADJECTIVE_TABLE = EndingTable(_ADJECTIVE_ENDINGS)
_CASE_TABLE = EndingTable(_CASE_ENDINGS)
_PLACE_ADJECTIVE_TABLE = EndingTable(_PLACE_ADJECTIVES)
_NOUN_TABLE = EndingTable((*_CASE_ENDINGS, *_PLACE_ADJECTIVES))


def _unaccented(text: str) -> str:
    """The text with each letter's accents dropped, letter for letter ('ού' -> 'ου')."""
    if text.isascii():
        return text
    return "".join(unicodedata.normalize("NFD", char)[0] for char in text)


MIN_FRAMED_PLACE = 2  # letters of a place read from a body's name: 'Iin kunta' is Ii's


def framed_readings(word: str, is_place: PlaceNames) -> list[str]:
    """The places of any length a word before a body's form may name in a case form, where
    `inflected_readings` reads none: 'Iin' (in 'Iin kunta') is Ii, 'Apes' (in 'Apes
    novads') Ape, 'Eds' (in 'Eds kommun') Ed, 'Κω' (in 'Δήμαρχος Κω', a Greek genitive that
    drops its final sigma) Κως. Too short to read from a word alone, the form or role around
    it and the list's country say what the word is."""
    genitive = word[:-1] if word.endswith("s") and is_place(word[:-1]) else None
    definite = word + "n" if is_place(word + "n") else None  # 'Falu' of Falun, as 'Tierps'
    sigma = word + "ς" if word[-1] in "ωα" and is_place(word + "ς") else None  # 'Κω' Κως
    found = (genitive, definite, sigma, _case_form_place(word, is_place, MIN_FRAMED_PLACE))
    return list(dict.fromkeys(f for f in found if f))


def _case_form_place(word: str, is_place: PlaceNames, shortest: int = 4) -> str | None:
    """The place a word in a case form names by `_CASE_ENDINGS`: its ending replaced by
    the gazetteer's form's ('Kauno' -> 'Kaunas', 'Lahden' -> 'Lahti', 'Pile' -> 'Piła'), a
    known place of four letters or more whose stem (two letters or more) a place's name may
    start with; None if none. Where no ending as written reads one, the endings are tried
    without the word's accents, which move as a word declines ('Λεμεσού' -> 'Λεμεσός', as
    'Ρόδου' -> 'Ρόδος'); the gazetteer's names are looked up without them."""
    lower = word.lower()
    found = _case_form(word, lower, is_place, shortest)
    if found is None and (bare := _unaccented(lower)) != lower:
        found = _case_form(word, bare, is_place, shortest)
    return found


def _latin(letter: str) -> bool:
    """Whether a letter is Latin (below the Greek block): 'e', 'ł'; not 'ε', 'е'."""
    return letter < "\u0370"


def _case_form(word: str, lower: str, is_place: PlaceNames, shortest: int) -> str | None:
    for ending, bases in _CASE_TABLE.rows_ending(lower):
        if len(word) - len(ending) < 2:
            continue
        stem = word[: len(word) - len(ending)]
        if not is_place.begins(stem):
            continue
        for base in bases:
            if base and _latin(base[-1]) != _latin(word[-1]):
                continue  # a Latin ending is no Greek or Cyrillic word's ('Σερρώνe')
            if len(stem + base) >= shortest and is_place(stem + base):
                return stem + base
    return next(iter(_adjective_readings(word, lower, is_place, shortest)), None)


def adjective_readings(word: str, is_place: PlaceNames) -> list[str]:
    """Every place an East Slavic adjective of a place may be made from
    (`_PLACE_ADJECTIVES`), for a caller that can weigh them by a list's country:
    'Хмельницька' Хмельницький (a town named by the adjective) or Хмельник (whose adjective
    it is too), 'Вараська' Вараш, not Вара (whose would be 'Варська'); [] if none."""
    return _adjective_readings(word, word.lower(), is_place, 4)


def _adjective_readings(
    word: str, lower: str, is_place: PlaceNames, shortest: int, before: str = ""
) -> list[str]:
    """The places an adjective is made from (`adjective_readings`), each read first as
    the stem is, then with its vowel alternated (`_alternated_stems`), then as a compound
    of a two-word name (`_compound_readings`); `before` is the first word of a compound's
    name, with its space."""
    found: list[str] = []
    rows = _PLACE_ADJECTIVE_TABLE.rows_ending(lower)
    for alternate in (False, True):
        for ending, bases in rows:
            if len(word) - len(ending) < 2:
                continue
            stem = word[: len(word) - len(ending)]
            for at in _alternated_stems(stem) if alternate else [stem]:
                if not is_place.begins(before + at):
                    continue
                found += [
                    before + at + base
                    for base in (*bases, *("о" * alternate))
                    if not _vowel_dropped(at, base)
                    and len(at + base) >= shortest
                    and is_place(before + at + base)
                ]
        if found:
            return list(dict.fromkeys(found))
    return [] if before else _compound_readings(word, lower, is_place, shortest)


def _alternated_stems(stem: str) -> list[str]:
    """An adjective's stem as the name has it where Ukrainian changes the stem's last vowel
    before the suffix: 'о' or 'е' becomes 'і' in the syllable the suffix closes ('Мукачево'
    Мукачівська, 'Іванове' Іванівська), and a vowel comes in between two consonants the
    name has together ('Церква' (Біло)церківська, 'Ромни' Роменська)."""
    if len(stem) < 4 or stem[-1].lower() not in _CYRILLIC_CONSONANTS:
        return []
    out = [stem[:-2] + vowel + stem[-1] for vowel in "ое" if stem[-2] == "і"]
    if stem[-2] in "іео" and stem[-3].lower() in _CYRILLIC_CONSONANTS:
        out.append(stem[:-2] + stem[-1])  # the vowel that came in: 'Церків' Церкв(а)
        if stem[-4:-2] == "дз":  # Belarusian 'д' before it is 'дз': 'Гродзен' Гродн(а)
            out.append(stem[:-3] + stem[-1])
    return out


# The endings of a two-word name's first word, an adjective, before its noun.
_COMPOUND_HEADS = ("а", "ий", "е", "і", "ая", "ое", "ый")


def _compound_readings(word: str, lower: str, is_place: PlaceNames, shortest: int) -> list[str]:
    """The two-word names an East Slavic compound adjective is made from: the first
    word's stem and 'о', then the noun's adjective ('Білоцерківська' Біла Церква,
    'Новокаховська' Нова Каховка, 'Старосамбірська' Старий Самбір)."""
    found: list[str] = []
    for at in range(3, len(word) - 5):
        if lower[at] != "о" or not is_place.begins(word[:at]):
            continue
        tail = word[at + 1].upper() + word[at + 2 :]
        for head in _COMPOUND_HEADS:
            first = word[:at] + head + " "
            if is_place.begins(first):
                found += _adjective_readings(tail, lower[at + 1 :], is_place, shortest, first)
    return found


def _vowel_dropped(stem: str, base: str) -> bool:
    """Whether a name read from an adjective's stem would end in the vowel its suffix
    follows, which the suffix drops ('Полтава' Полтавська): 'Вара' + 'ська' is no
    adjective of Вара ('Варська'); 'Черка' + 'си' (Черкаська) and 'Полтав' + 'а' are."""
    return stem[-1:].lower() in _CYRILLIC_VOWELS and base[:1].lower() not in _CYRILLIC_CONSONANTS


# Titles a script without case glues after its place's name, longest first: Korean '시장'
# (a city's mayor: '부산광역시장'), '도지사' (a province's governor), '군수', '구청장';
# Japanese '市長', '町長', '知事' ('横浜市長', '大阪府知事'); Chinese '市长' ('上海市市长').
_GLUED_TITLES = ("청장", "지사", "장", "수", "知事", "市长", "長", "长")
# The forms of a place's name the gazetteer may lack before such a title: '수원특례시'
# (a special city) is Suwon, '세종특별자치시' Sejong, '上海市' Shanghai.
_GLUED_FORMS = ("특별자치시", "특별자치도", "특별시", "광역시", "특례시", "시", "군", "구", "도",
                "市", "町", "村", "区", "府", "県", "县", "縣")  # fmt: skip


def titled_place(word: str, is_place: PlaceNames) -> str | None:
    """The place a word of a script without case names before a title glued to it
    ('부산광역시장' -> '부산광역시', '수원특례시장' -> '수원', '창원특례시장' -> '창원시',
    '横浜市長' -> '横浜市', '上海市市长' -> '上海'), without its form or with its plain one
    where the gazetteer has it so; None if none, or where the word is a place itself."""
    if len(word) < 3 or word[:1].isascii() or word[:1].isupper() or word[:1].islower():
        return None  # a script with case writes its titles apart
    if is_place(word):
        return None
    if (governed := _governed_region(word)) is not None:
        return governed
    for title in _GLUED_TITLES:
        rest = word[: -len(title)]
        if not word.endswith(title) or len(rest) < 2 or _deputy_s_form(rest):
            continue
        bases = [(rest[: -len(form)], form) for form in _GLUED_FORMS if rest.endswith(form)]
        bare = (name for base, form in bases for name in (base, base + form[-1]))
        found = next((n for n in (rest, *bare) if len(n) >= 2 and is_place(n)), None)
        if found is not None:
            return found
        if bases:  # '청주시장': '청주 시', as GeoNames writes it
            return _spaced_form(rest, is_place) or _after_region(rest, is_place)
    return None


# The mark of a deputy's title a script without case glues before its form and title:
# Chinese and Japanese '副' ('副市长', deputy mayor; '副省長'), Korean '부' ('부시장').
_DEPUTY_MARKS = ("副", "부")


def _deputy_s_form(rest: str) -> bool:
    """Whether what stands before a glued title is a deputy's mark and one form ('副市' of
    '副市长', '부시' of '부시장'): the word is a deputy's title, no town's name."""
    return len(rest) == 2 and rest.startswith(_DEPUTY_MARKS)


# A governor's title glued after the region it heads: Japanese '長野県知事' (a prefecture's
# governor), Korean '경기도지사', '제주특별자치도지사' (a province's).
_GOVERNED_REGION = re.compile(r"^(?P<region>.{2,7}(?:県|府|道|도))(?:知事|지사)$")


def _governed_region(word: str) -> str | None:
    """The region a governor's title glued after it names (`_GOVERNED_REGION`: '長野県知事'
    -> '長野県'), a body of its own, not its capital's town; None for any other word."""
    governed = _GOVERNED_REGION.match(word)
    return governed["region"] if governed else None


# The forms of a region a script without case glues its town's name after, with no space:
# '沖縄県那覇市' (Okinawa prefecture's Naha), '北海道旭川市', '浙江省杭州市', '전라남도순천시'.
# The region's name is short: '神奈川県', '黑龙江省', '강원특별자치도'.
_REGION_FORMS = re.compile(r"^.{2,5}?(?:県|府|道|都|省|自治区|특별자치도|도)(?=..)")


def _after_region(word: str, is_place: PlaceNames) -> str | None:
    """The place a word names after its region's name glued before it ('沖縄県那覇市' ->
    '那覇市', '浙江省杭州市' -> '杭州市'), as `formed_place` reads it; None if none."""
    region = _REGION_FORMS.match(word)
    if region is None or _own_office(word, region[0]):
        return None
    return formed_place(word[region.end() :], is_place)


def town_after_region(region: str, town: str, is_place: PlaceNames) -> str | None:
    """The place a town's word names after its region's word and a space, the region's
    form glued after its name ('경기도 수원시', Gyeonggi province's Suwon; '沖縄県 那覇市'),
    as `_after_region` reads the two glued; None where the first word is no region's whole
    word, or the second names no place."""
    found = _REGION_FORMS.match(region + town)
    return _after_region(region + town, is_place) if found and found.end() == len(region) else None


def _own_office(word: str, region: str) -> bool:
    """Whether a word is a region's own government's office glued after the region's name
    ('浙江省人民政府', `_GLUED_OFFICE`): the region's body, no town after it."""
    office = _GLUED_OFFICE.match(word)
    return office is not None and office["formed"] == region


def glued_title(written: str, place: str) -> bool:
    """Whether a word of a script without case names `place` with a title glued after it
    ('横浜市長' for '横浜市', '부산광역시장'): the word is the title's, the name after its
    holder's."""
    return written != place and written.endswith(_GLUED_TITLES) and not written[:1].isascii()


# The forms Thai, Lao and Khmer glue before a place's name, with no space, longest first:
# Thai 'เทศบาลนคร' (a city municipality: 'เทศบาลนครขอนแก่น'), 'เทศบาลเมือง' (a town's),
# 'เทศบาลตำบล' (a subdistrict's), 'จังหวัด' (a province), 'อำเภอ' (a district); Lao
# 'ນະຄອນຫຼວງ' (capital), 'ນະຄອນ' (city), 'ແຂວງ' (province), 'ເມືອງ' (district); Khmer
# 'រាជធានី' (capital), 'ក្រុង' (city), 'ខេត្ត' (province).
# A mayor's title glued before the form: 'นายกเทศมนตรีนครเชียงใหม่' (the mayor of Chiang
# Mai city), 'นายกเทศมนตรีเมืองน่าน' (of Nan town). Thai 'องค์การบริหารส่วนจังหวัด' (a
# province's administrative organisation: 'องค์การบริหารส่วนจังหวัดเลย', a body of its kind,
# `body_kind`), 'เมือง' (a city with its own statute: 'เมืองพัทยา', Pattaya City). Sanskrit's
# 'Greater', which Hindi and Marathi glue before a city's name: 'बृहन्मुंबई' (Greater Mumbai),
# 'बृहत्' before a consonant it does not join.
_FORMS_BEFORE = ("นายกเทศมนตรีนคร", "นายกเทศมนตรีเมือง", "นายกเทศมนตรีตำบล",
                 "องค์การบริหารส่วนจังหวัด", "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "เทศบาล",
                 "จังหวัด", "อำเภอ", "เมือง",
                 "ນະຄອນຫຼວງ", "ນະຄອນ", "ແຂວງ", "ເມືອງ", "រាជធានី", "ក្រុង", "ខេត្ត",
                 "बृहन्", "बृहत्")  # fmt: skip


def place_after_form(name: str, is_place: PlaceNames) -> str | None:
    """The place a name of a script that glues its form before a place's name
    (`_FORMS_BEFORE`) names by its first word: 'เทศบาลนครขอนแก่น' -> 'ขอนแก่น', and with
    its province after it, 'เทศบาลนครระยอง จังหวัดระยอง' -> 'ระยอง'; None if none."""
    first = name.partition(" ")[0]
    rests = (first[len(form) :] for form in _FORMS_BEFORE if first.startswith(form))
    # each form that starts it: 'ນະຄອນຫຼວງພະບາງ' is Luang Prabang city, no capital 'ພະບາງ'
    return next((rest for rest in rests if len(rest) > 1 and is_place(rest)), None)


# A word of Georgian's Mkhedruli letters.
_GEORGIAN_WORD = re.compile(r"[\u10d0-\u10ff]{2,}")
# Georgian's genitive of a place's name, 'ის' in place of the nominative's last vowel ('ი',
# 'ა' or 'ე': 'ზესტაფონის' ზესტაფონი, 'მცხეთის' მცხეთა, 'ახალციხის' ახალციხე), or 'ს' after
# an 'ო' or 'უ' it keeps; the words of its body or title follow it ('ხაშურის
# მუნიციპალიტეტის მერი', Khashuri municipality's mayor). Before an 'and' ('და') the
# genitive takes an 'ა' after it: 'თელავისა და გორის' (Telavi's and Gori's).
_GEORGIAN_GENITIVE = "ის"
_GEORGIAN_GENITIVE_BEFORE_AND = "ისა"
_GEORGIAN_VOWELS = "იაე"
_GEORGIAN_KEPT_VOWELS = "ოუ"


def georgian_genitive_place(name: str, is_place: PlaceNames) -> str | None:
    """The place the first of a Georgian name's words that names one names, as it is or
    in the genitive (`_GEORGIAN_GENITIVE`): 'ქ. სამტრედიის მერი' (the city of Samtredia's
    mayor) სამტრედია; None if none, and for a name of no Georgian word."""
    words: list[str] = _GEORGIAN_WORD.findall(name)
    for word in words:
        if word.endswith(_GEORGIAN_GENITIVE_BEFORE_AND):
            word = word[:-1]  # 'ზესტაფონისა და': the genitive 'ზესტაფონის'
        stem = word[: -len(_GEORGIAN_GENITIVE)] if word.endswith(_GEORGIAN_GENITIVE) else ""
        kept = word[:-1] if word[-1] == "ს" and word[-2] in _GEORGIAN_KEPT_VOWELS else ""
        readings = [word, *(stem + vowel for vowel in _GEORGIAN_VOWELS if stem), kept]
        found = next((r for r in readings if len(r) > 2 and is_place(r)), None)
        if found:
            return found
    return None


# A Georgian region named by its name's genitive before the word of its kind, in any case
# ('აჭარის ავტონომიური რესპუბლიკის მთავრობა', the government of the Autonomous Republic of
# Adjara; 'იმერეთის მხარეში', in the Imereti region), and that word's nominative.
_GEORGIAN_REGION = re.compile(
    r"(?<![\u10d0-\u10ff])([\u10d0-\u10ff]{2,}ის)\s+"
    r"(ავტონომიური\s+რესპუბლიკ|მხარ)[\u10d0-\u10ff]*"
)
_GEORGIAN_REGION_WORDS = {"ავტონომიური რესპუბლიკ": "ავტონომიური რესპუბლიკა", "მხარ": "მხარე"}


def georgian_region(text: str) -> str:
    """The region a Georgian text starts with, named by its genitive before its kind's word
    (`_GEORGIAN_REGION`), in the nominative ('აჭარის ავტონომიური რესპუბლიკა', 'იმერეთის
    მხარე'); '' where none."""
    if "მხარ" not in text and "რესპუბლიკ" not in text:
        return ""  # a cheap test first: most lines name no region
    named = _GEORGIAN_REGION.match(text)  # the text's own name, not its town's region in a
    # bracket after the town ('ბათუმი (აჭარის ავტონომიური რესპუბლიკა)')
    if named is None:
        return ""
    kind = _GEORGIAN_REGION_WORDS[re.sub(r"\s+", " ", named[2])]
    return f"{named[1]} {kind}"


def without_form_before(word: str) -> str:
    """A word without the form glued before its place's name (`_FORMS_BEFORE`):
    'เทศบาลนครหาดใหญ่' -> 'หาดใหญ่'; the word as it is where none starts it."""
    form = next((form for form in _FORMS_BEFORE if word.startswith(form)), "")
    return word[len(form) :]


def caseless_place(name: str, is_place: PlaceNames) -> str | None:
    """The place a name of a script without case names by its grammar, where no capital
    marks the name among its words: after a form glued before it (`place_after_form`:
    Thai, Lao, Khmer), or in the Georgian genitive (`georgian_genitive_place`); None if
    none."""
    return place_after_form(name, is_place) or georgian_genitive_place(name, is_place)


def form_before(word: str) -> bool:
    """Whether a word of Thai, Lao or Khmer starts with a form glued before a place's name
    (`_FORMS_BEFORE`: 'เทศบาลนคร' of 'เทศบาลนครขอนแก่น'), which says it names a place."""
    return word.startswith(_FORMS_BEFORE)


def inner_form_start(word: str) -> int:
    """Where a form glued before a place's name (`_FORMS_BEFORE`) starts inside a word of
    Thai, Lao or Khmer, after words glued before it ('จากเทศบาลนครแพร่', from Phrae city
    municipality: 3); the earliest, the longest form there ('องค์การบริหารส่วนจังหวัด', not
    its 'จังหวัด'); 0 where none does, or one starts it."""
    starts = [at for form in _FORMS_BEFORE if (at := word.find(form, 1)) > 0]
    return 0 if form_before(word) or not starts else min(starts)


def formed_place(word: str, is_place: PlaceNames) -> str | None:
    """The place a word of a script without case names with its form glued to it, as the
    gazetteer has it: the word ('수원시', '横浜市'), else the word without its form where the
    gazetteer lacks the form ('군포시' -> '군포', '石巻市' -> '石巻', a form glued before it:
    'เทศบาลนครขอนแก่น' -> 'ขอนแก่น', `_FORMS_BEFORE`) or with its plain form for a special
    one ('창원특례시' -> '창원시'); None if none is one."""
    if is_place(word):
        return word
    if (province := korean_province(word)) and is_place(province):
        return word  # '강원특별자치도': the province, not its namesake city '강원'
    if after_form := place_after_form(word, is_place):
        return after_form
    bases = (word[: -len(form)] for form in _GLUED_FORMS if word.endswith(form))
    # '창원특례시' -> '창원' or, its plain form, '창원시', as `titled_place` tries
    named = (name for base in bases for name in (base, base + word[-1]) if name != word)
    found = next((name for name in named if len(name) >= 2 and is_place(name)), None)
    return (
        found
        or _spaced_form(word, is_place)
        or _after_region(word, is_place)
        or _governed_by_office(word, is_place)
    )


# The word for a body's seat or office that a script without spaces glues after its place's
# formed name, the town's or county's government itself: Chinese '政府' ('臺北市政府', the
# city government; '人民政府' in the PRC: '杭州市人民政府'), Japanese '役所' and '役場' (a
# city's and a town's office: '札幌市役所', '美幌町役場'), '庁' (a prefecture's: '静岡県庁'),
# Korean '청' after a town's, county's or province's form ('수원시청', '양평군청').
_GLUED_OFFICE = re.compile(r"^(?P<formed>.{2,8}?)(?:人民政府|政府|役所|役場|庁|(?<=[시군구도])청)$")


def _governed_by_office(word: str, is_place: PlaceNames) -> str | None:
    """The place a word names with its government's office glued after its form
    (`_GLUED_OFFICE`: '臺北市政府' -> '臺北市'), as `formed_place` reads the rest, and a
    wider body's word as it is ('新竹縣政府' -> '新竹縣', the county, not its town); None
    if none."""
    office = _GLUED_OFFICE.match(word)
    if office is None:
        return None
    return (
        office["formed"]
        if body_kind(office["formed"])
        else formed_place(office["formed"], is_place)
    )


def _spaced_form(word: str, is_place: PlaceNames) -> str | None:
    """The name as the gazetteer writes it with a space before its glued form, as GeoNames
    has some Korean names ('다롄시' -> '다롄 시'); None if none."""
    forms = (form for form in _GLUED_FORMS if word.endswith(form) and len(word) > len(form) + 1)
    spaced = (f"{word[: -len(form)]} {form}" for form in forms)
    return next((name for name in spaced if is_place(name)), None)


# Particles Korean glues after a noun, longest first: '남원시는' (topic), '청주시가'
# (subject), '수원시와' (and), '화성시의' (of), '용인시에서' (in).
_KOREAN_PARTICLES = ("에서는", "에서", "는", "은", "가", "이", "와", "과", "의", "도", "를", "을")
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def particled_place(word: str, is_place: PlaceNames) -> str | None:
    """The place a Hangul word names, a particle glued after it or none ('남원시는' ->
    '남원시', '청주시가' -> '청주시'), as `formed_place` reads it; None if none."""
    if not HANGUL.match(word):
        return None
    bare = (
        word[: -len(p)] for p in _KOREAN_PARTICLES if word.endswith(p) and len(word) > len(p) + 1
    )
    return next((place for w in (word, *bare) if (place := formed_place(w, is_place))), None)


def form_alone(name: str) -> bool:
    """Whether a name is a form word of a script without case alone ('시', '市'): a count's
    noun ('4개 시', four cities), no place's name."""
    return name in _GLUED_FORMS

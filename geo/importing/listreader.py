"""Reading the member list of a statement page, in the shapes networks really publish.

A page's list is found by reading its text in each shape and keeping the reading that finds
the most places:

- `lines`: one entry a line, `City, Country`, `City, State, Country`, `City (XX)`,
  `Name, Mayor of City`, `Name - City (XX)`, `City of Springfield, IL`, bare `City`, with
  bullets, numbers, letter headings, blank lines and people's names on lines of their own;
  a flattened table row (`Sometown, ES12,345Mitigation`) keeps its name and country.
- `running text`: `City (Country); City (Country); ... and City (Country).` and
  `signed by Aarhus, Bilbao, ... and Zagreb.` in English, German, French, Italian, Spanish,
  Dutch and Nordic languages, with or without an Oxford comma, `d'Alger, de Bruxelles`,
  and shared brackets (`Lyon and Grenoble (France)`).

Everything here runs in time linear in the page: no regular expression backtracks over a
whole line, and a line longer than MAX_ENTRY_CHARS is prose, never an entry. Which names are
places is asked of a `PlaceNames` (the gazetteer and the network's members), only where the
page's own structure does not already say it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice, pairwise

from geo.countries import (
    country_prefix,
    find_country,
    is_iso_code,
    subdivision_countries,
    suggest_countries,
)
from geo.errors import ParseError
from geo.text import clean, fold, fold_lines

MAX_ENTRY_CHARS = 200
MAX_NAME_WORDS = 6
MAX_ENTRIES = 50_000
MAX_LINES = 100_000
FREE_LINES = 5_000  # a page with more short lines than this is sampled first
SAMPLED_LINES = 200
MIN_PLACE_SHARE = 0.5  # of the sampled lines, at least this share names a place
# Words that may stand inside a place's name: 'Rio de Janeiro', 'Frankfurt am Main'.
PARTICLES = frozenset(
    "de del della di da do dos das du la le les am an der im upon on sur en el y i".split()
)
_BULLET = re.compile(r"^(?:[•·*▪●◦‣►✓–—-]|\(?\d{1,4}[.)]|[a-z][.)])\s+")
_LETTER_HEADING = re.compile(r"^[A-Z](?:\s*[-–]\s*[A-Z])?$")
_ROLE = (
    r"(?:(?:lord|deputy|vice|former|acting|executive|first|governing|interim|county|city)\s+)*"
    r"(?:mayor|mayoress|maire|mairesse|(?:ober)?b[uü]rgermeister(?:in)?|sindaco|sindaca|"
    r"alcalde(?:sa)?|alcaldessa|burgemeester|borgmester|ordf[oø]rer|kommunstyrelsens ordf\w+|"
    r"president|presidente|presidenta|présidente?|leader|chair(?:man|woman|person)?|governor|"
    r"prefeit[oa]|intendent[ea]|executive|commissioner|councillor|council member)"
)
_ROLE_OF = re.compile(
    r"(?:^|\b)" + _ROLE + r"\s+"
    r"(?:(?:of the|of|de la|de|du|des|di|del|della|da|do|von|van|für|der)\s+"
    r"|d'|d’)"
    r"|(?:^|\b)(?:(?:over)?borgmester|ordf[oø]rer|ordf[öo]rande|kommunalr[åa]d)\s+i\s+"
    r"|(?:^|\b)(?:prezydent|burmistrz|w[óo]jt)(?:a|em)?\s+miasta\s+",
    re.IGNORECASE,
)  # a Nordic title takes 'i': 'Sofia Hansen, borgmester i Aarhus'; a Polish one 'miasta'
# (the city's): 'Prezydent Miasta Gdyni'

_PERSON = re.compile(
    r"^(?:" + _ROLE + r"|hon\.?|honourable|dr\.?|mr\.?|mrs\.?|ms\.?|cllr\.?|sir|dame|prof\.?)\s",
    re.IGNORECASE,
)
_FORM = re.compile(
    r"^(?:the\s+)?(?:(?:city|town|village|municipality|borough|city council|town council|"
    r"metropolitan city|comune|citt[aà]|ville|commune|munic[ií]pio|municipalidad|"
    r"(?:h\.\s*)?ayuntamiento|concello|c[aâ]mara municipal|prefeitura(?: municipal)?|mairie|"
    r"gmina|miasto|ajuntament|"
    r"urban municipality|district council|municipal council)\s+"
    r"(?:(?:of|de la|de|du|des|di|del|della|do|da)\s+|d'\s*|d’\s*)"  # not 'Ville de La|val'
    r"|(?:stadt|stad|landeshauptstadt|hansestadt|universitätsstadt|kreisstadt|gemeente|kommune|"
    r"kommun|gemeinde|markt|grad|mesto|město|mestna občina|občina|община|громада)\s+)",
    re.IGNORECASE,
)
# A form after the name: 'Sunderland City Council', 'Esbjerg Kommune' (not Swedish
# 'Linköpings kommun': a genitive, which the gazetteer's names and the case endings read).
_FORMS_AFTER = (
    r"(?:city council|town council|borough council|metropolitan borough council|council|"
    r"(?:capital )?city (?:authority|corporation|government)|municipal corporation|"
    r"(?:metropolitan|local|district) municipality|shire council|"
    r"kommune|municipality|büyükşehir belediyesi|belediyesi|linn|vald|"
    r"(?:valstspilsētas |novada )?pašvaldība)"
)
_FORM_AFTER = re.compile(r"(?<=\w)\s+" + _FORMS_AFTER + "$", re.IGNORECASE)
_FORM_NEXT = re.compile(r"\s+" + _FORMS_AFTER + r"\b", re.IGNORECASE)
# Bodies that are not cities, by the words their names start or end with, and their kind.
_BODY_KINDS = (
    ("union of municipalities", r"regionalverband|mancomunidad|unione dei comuni|"
     r"comunidade intermunicipal|communaut[ée] (?:de communes|d'agglom[ée]ration|urbaine)|"
     r"union of municipalities|gemeindeverband|zwi[aą]zek (?:gmin|komunalny)|stowarzyszenie",
     r"association of municipalities"),
    ("metropolitan area", r"[áa]rea metropolitana|citt[àa] metropolitana|m[ée]tropole|"
     r"metropolia|metropolitan (?:area|region|city)|combined authority",
     r"m[ée]tropole|metropolia|metropolitan area|metropolitan region|combined authority"),
    ("province", r"provincia|provincie|province|provincial council|provinz|diputaci[óo]n|"
     r"deputaci[óo]n", r"province"),
    ("county", r"landkreis|kreis|county council|consiliul jude[țţ]ean|jude[țţ]ul|"
     r"fylkeskommune", r"landkreis|kreis|county(?: council)?|district council"),
    ("region", r"region|regione|r[ée]gion|regi[óo]n|regi[ãa]o|regio|verband region|"
     r"wojew[óo]dztwo|voivodeship", r"region|regionen|kraj|regional council"),
)  # fmt: skip
_BODIES = tuple(
    (kind, re.compile(rf"^(?:the\s+)?(?:{first})\b", re.IGNORECASE),
     re.compile(rf"(?:\b|(?<=[a-zåäö]))(?:{last})$", re.IGNORECASE))
    for kind, first, last in _BODY_KINDS
)  # fmt: skip
# Kinds of body that one country alone has, by the words of their names: the body is in
# that country wherever its place is no gazetteer's ('West Midlands Combined Authority').
_BODY_COUNTRIES = tuple(
    (re.compile(rf"(?:^|\s)(?:{words})(?:\s|$)", re.IGNORECASE), code)
    for words, code in (
        (r"combined authority", "GB"),
        (r"citt[àa] metropolitana|unione dei comuni", "IT"),
        (r"landkreis|regionalverband", "DE"),
        (r"consiliul jude[țţ]ean", "RO"),
        (r"wojew[óo]dztwo|zwi[aą]zek gmin", "PL"),
        (r"fylkeskommune", "NO"),
        (r"comunidade intermunicipal", "PT"),
    )
)
# No body's last words are longer than this: its `last` pattern is searched for in a text's
# tail (from this far before its end, the pattern still seeing the character before).
_BODY_TAIL = 100
_BODY_WORDS = re.compile(
    r"^(?:the\s+)?(?:" + "|".join(first for _, first, _ in _BODY_KINDS) + r")\s+"
    r"(?:(?:autonoma|aut[óo]noma|provincial|foral|comarca|de la|de|du|des|di|del|della|do|da|"
    r"of|de l')\s+)*",
    re.IGNORECASE,
)
_DASH = re.compile(r"\s[-–—]\s")
# A postcode right before a town: '40121 Bologna', '1040 Brussels', '20-076 Lublin' (PL),
# '4000-447 Porto' (PT), '110 00 Praha' (CZ, SK, SE, GR), '200585 Craiova' (RO).
_POSTCODE = re.compile(r"(?<![\w.,])(?:\d{4,6}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3} \d{2})\s+[^\W\d_]")
_DIGIT = re.compile(r"\d")  # found in C at once where `_POSTCODE` tries each character
_CODE = re.compile(r"[A-Z]{2}")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{4}\b")  # 'Publicado el 27/02/2024'

# Where a flattened table runs a cell into the next: 'ES12', 'SpainMitigation'.
_RUN_IN = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=[a-z])(?=[A-Z])")
_CONJUNCTION = re.compile(
    r"\s(?:and|&|und|et|e|ed|y|i|oraz|og|och|en|ja|és|ve|si|și|ir|dan|và|και|та|і|и|as well as|"
    r"sowie|ainsi que)\s",
    re.IGNORECASE,
)
_LEADING_CONJUNCTION = re.compile(
    r"^(?:and|&|und|et|e|ed|y|i|oraz|og|och|en|ja|és|ve|si|și|ir|dan|và|και|та|і|и)\s+",
    re.IGNORECASE,
)
_GLUED_AND = re.compile(r"\sו(?=[^\W\d_])")
# "d'Alger, de Bruxelles", "di Milano", "von Wien": a preposition of running text, before a
# name ('From (Norway)' is a place named From).
_PREPOSITION = re.compile(
    r"^(?:d'|d’|de la |de |du |des |di |da |del |della |do |von |van |aus |of |from )(?=[^\s(])",
    re.IGNORECASE,
)
# A line of only these words heads a list: 'Signatories', 'List of signatories'.
_HEADING_WORDS = frozenset(
    "signatories signatory signed signers endorsers endorsed endorsements members member "
    "cities list of the by undersigned signatures firmatari unterzeichner signataires "
    "firmantes ondertekenaars mayors and".split()
)
# The heading of a group on a page that did not sign, under or beside its signatories:
# observers, partners, supporters and supporting organisations, in the corpus's languages
# (a line of its own, a colon after it or none; a word before it, 'Ciudades observadoras',
# 'Our partners', or a noun after it, 'Observer cities').
_OTHER_GROUP = re.compile(
    r"^[ \t]*(?:[^\W\d_]+[ \t]+)?(?:observers?|"
    r"observ(?:ateur|atrice|ador|adora)e?s?|osservator[ei]|waarnemers?|beobachter(?:innen)?|"
    r"obserwatorzy|partners?|partenaires?|socios|parceiros|partnerzy|supporters?|"
    r"soutiens?|unterstützer(?:innen)?|sostenitori|apoyos?|apoiadores|"
    r"(?:supporting|partner|associated)[ \t]+(?:organi[sz]ations?|institutions|bodies)|"
    r"organisations? partenaires|partnerorganisationen|organizaciones colaboradoras|"
    r"observer)(?:[ \t]+(?:cities|towns|municipalities|members|organi[sz]ations))?"
    r"[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A name read from a list item, and whether it was split from a bracket it shares.
Name = tuple[str, bool]
# A count after a country heading: 'Mexico (2)', 'Deutschland: 14', 'Kenya – 3 members'.
_COUNT_AFTER = re.compile(r"\s*(?:\(\d[\d ,.]*\)|[:–—-]\s*\d[\d ,.]*(?:\s+[^\W\d_]+)?)$")
# Continents and world regions, and the words around them, in the corpus's languages: a
# line of only these ('East Asia', 'South and West Asia', 'Afrique de l'Ouest') heads a
# block of places of several countries, and is none of them ('Africa' is a town in Tunisia).
_CONTINENT_WORDS = frozenset(
    "africa afrique afrika asia asie asien azja europe europa amerique america americas "
    "ameriques amerika ameryka oceania oceanie ozeanien oceanien pacific pacifique pazifik "
    "caribbean caraibes caribe karibik mena arctic antarctica middle east".split()
)
_WORLD_REGION_WORDS = _CONTINENT_WORDS | frozenset(
    "north south east west central northern southern eastern western southeast southwest "
    "northeast northwest sub saharan latin the and of de du del la l d nord sud est ouest "
    "centrale centrale latine norden suden osten westen mittel sud norte sur este oeste "
    "oriental occidental rest world et y und e en i og".split()
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_FURNITURE_WORDS = frozenset(
    "share article print tweet email menu home contact news login log sign search "
    "subscribe newsletter cookies cookie privacy policy read more back top related tags "
    "posted reply follow facebook twitter linkedin instagram youtube download click skip "
    "content next previous copyright rights reserved terms mail whatsapp "
    # folded: 'menu' and 'contact' in the languages of the corpus ('Меню' is 'meniu')
    "meni meny meniu menuu izbornik valikko izvelne kontakt kontakti kontaktai contacto "
    "contatti contato contacte kapcsolat yhteystiedot".split()
)


@dataclass(frozen=True)
class RawEntry:
    """One signatory as the page wrote it, before countries are worked out."""

    line: int
    written: str  # the entry as the page has it
    city: str  # the name, roles and forms stripped ('City of X' -> 'X')
    country: str = ""  # the country (or ISO code) the page gives, as written
    region: str = ""  # a state or province (name or code) the page gives
    codes: tuple[str, ...] = ()  # countries the page's code or region may mean
    shared_bracket: bool = False  # the country is the bracket of the entry after it
    kind: str = "city"  # or a body that is not a city: 'region', 'metropolitan area', ...


@dataclass(frozen=True)
class Skipped:
    """A line of the list that is not a signatory, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class MemberList:
    """The list a page holds, as read."""

    shape: str
    entries: tuple[RawEntry, ...]
    skipped: tuple[Skipped, ...] = ()
    first_line: int = 0
    last_line: int = 0
    cut: RawEntry | None = None  # the entry a cut-off copy ends in
    open_end: bool = False  # the page stops inside the list, after a complete entry


class PlaceNames:
    """Which names are places: asked only where a page's structure does not say it.

    `known(name)` is the gazetteer's, loaded when first asked; `members` are the folded
    names of the network's members and earlier signatories, which count as places too.
    `known_prefix(text)`, if given, says whether a known name may start with the text: the
    place finder asks it before it looks a longer name up (see `begins`). Each answer is
    kept for the page; `lookups` counts the questions the gazetteer was asked, `asked` all
    the questions.
    """

    def __init__(
        self,
        known: Callable[[str], bool] | None = None,
        members: Iterable[str] = (),
        known_prefix: Callable[[str], bool] | None = None,
    ) -> None:
        self._known = known
        self._known_prefix = known_prefix if known is not None else None
        self._members = frozenset(fold(m) for m in members)
        self._sorted_members = sorted(self._members)
        self._cache: dict[str, bool] = {}
        self._prefixes: dict[str, bool] = {}
        self.lookups = 0
        self.asked = 0

    def __call__(self, name: str) -> bool:
        self.asked += 1
        key = fold(name)
        if not key:
            return False
        if key not in self._cache:
            self.lookups += self._known is not None and key not in self._members
            self._cache[key] = key in self._members or (
                self._known is not None and self._known(name)
            )
        return self._cache[key]

    def begins(self, text: str) -> bool:
        """Whether a place's name may start with `text` (True where it cannot be told)."""
        self.asked += 1
        key = fold(text)
        if key not in self._prefixes:
            self._prefixes[key] = self._begins(text, key)
        return self._prefixes[key]

    def _begins(self, text: str, key: str) -> bool:
        at = bisect.bisect_left(self._sorted_members, key)
        if at < len(self._sorted_members) and self._sorted_members[at].startswith(key):
            return True
        if self._known is None:
            return False
        if self._known_prefix is None:
            return True
        self.lookups += 1
        return self._known_prefix(text)


@dataclass
class _Reading:
    entries: list[RawEntry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    places: int = 0  # entries whose place or country the page or the gazetteer confirms


# ----------------------------------------------------------------------------- one entry


@lru_cache(maxsize=1 << 15)  # asked of each entry's name three times or more
def body_kind(name: str) -> str:
    """The kind of body a name names where it is not a city ('Region Hannover': 'region',
    'Città metropolitana di Bari': 'metropolitan area', 'Landkreis Konstanz': 'county'), by
    the words it starts or ends with; '' for a city."""
    value = clean(name)
    if len(value.split()) < 2 and "-" not in value and not value.lower().endswith("regionen"):
        return ""  # 'Region' alone is a word; a body names its place
    tail = max(0, len(value) - _BODY_TAIL)  # the last words: a sentence is not searched through
    return next(
        (k for k, first, last in _BODIES if first.match(value) or last.search(value, tail)), ""
    )


def body_country(name: str) -> str:
    """The country a body's kind says it is in, where one country alone has such bodies
    ('Greater Manchester Combined Authority': GB, 'Landkreis Konstanz': DE); '' if none."""
    value = clean(name)
    return next((code for words, code in _BODY_COUNTRIES if words.search(value)), "")


def body_place(name: str) -> str:
    """The place a body's name holds: 'Métropole de Lyon' -> 'Lyon', 'Region Hannover' ->
    'Hannover'; the name itself where no body word starts it."""
    return _BODY_WORDS.sub("", clean(name), count=1) or name


@lru_cache(maxsize=1 << 15)  # each reading of a list asks of the same names
def strip_form(name: str) -> str:
    """'City of Springfield' -> 'Springfield', 'Comune di Napoli' -> 'Napoli', 'Stadt Wien',
    'Hull City Council' -> 'Hull'."""
    stripped = _FORM_AFTER.sub("", _FORM.sub("", name, count=1).strip(), count=1).strip()
    return stripped or name


def place_codes(text: str) -> tuple[str, str, tuple[str, ...]]:
    """What a country field may mean: (country as written, region as written, countries).

    'France' -> ('France', '', ('FR',)); 'IL' -> ('', 'IL', ('IL', 'US', 'RO')): a
    two-letter code may be a country or a state or province (Bologna is not in Bolivia), and
    the list decides; 'Ontario' -> ('', 'Ontario', ('CA',)); 'ES12,345Mitigation', a
    flattened table, -> ('', 'ES', ...); anything else -> ('', '', ()).
    """
    value = clean(text).rstrip(".")
    if _CODE.fullmatch(value) and (is_iso_code(value) or find_country(value) is None):
        iso = find_country(value)
        subdivisions = [c for c, _ in subdivision_countries(value) if c != iso]
        return "", value, tuple([iso] if iso else []) + tuple(dict.fromkeys(subdivisions))
    if (code := find_country(value)) is not None:
        return value, "", (code,)
    head = _RUN_IN.split(value, maxsplit=1)[0]
    if head != value and len(head) >= 2:
        return place_codes(head)
    countries = tuple(dict.fromkeys(c for c, _ in subdivision_countries(value)))
    return ("", value, countries) if countries else ("", "", ())


def _place_part(line: str) -> tuple[str, bool]:
    """The part of a line that names the place, and whether the line names a person too."""
    role = _role_in(line)
    if role is not None:  # 'Burgemeester van Apeldoorn: Sandra Kok': the person after a colon
        return line[role.end() :].partition(": ")[0], True
    dash = _DASH.search(line)
    if dash is not None:
        left, right = line[: dash.start()].strip(), line[dash.end() :].strip()
        if find_country(left) is not None and find_country(right.rstrip(".")) is None:
            return f"{right}, {left}", False  # 'Argentina – Rosario': the country first
        if _PERSON.match(right) is not None:  # 'Alcaldía de Medellín (Antioquia) – alcalde
            return left, True  # Andrés Gómez': a role starts the person after the place
        if _says_body(left) and not _says_body(right):  # 'Prefeitura de Joinville – Bahia',
            return f"{left}, {right}", False  # 'Provincie Overijssel – gedeputeerde L. Peters'
        if find_country(right.rstrip(".")) is None:  # 'Name - City (BO)', not 'City - Country'
            return right, True
        return f"{left}, {right}", False
    return line, False


def _says_body(text: str) -> bool:
    """A form of government or a body's words start the text ('Gemeente Zwolle', 'Provincie
    Overijssel' before a dash and a person)."""
    return _FORM.match(text) is not None or bool(body_kind(text))


@lru_cache(maxsize=1 << 15)
def _role_in(text: str) -> re.Match[str] | None:
    """Where a role ('Mayor of') is in an entry's text: searched once a text, though a
    line's shape, its entry and whether it says it names a place each ask (some 20 µs)."""
    return _ROLE_OF.search(text)


def read_entry(text: str, line: int) -> RawEntry | None:
    """One entry of a list line: a place, perhaps with country or code; None if not one.
    A body that is not a city keeps its whole name and its kind ('Landkreis Göttingen')."""
    if len(text) > CACHED_ENTRY_CHARS:
        return _with_kind(_read_entry(text, line))
    return _cached_entry(text, line)


# The readers of a page (each shape, without the gazetteer and with it) read the same lines'
# entries again: each is read once, for texts up to this long.
CACHED_ENTRY_CHARS = 2 * MAX_ENTRY_CHARS


@lru_cache(maxsize=1 << 15)
def _cached_entry(text: str, line: int) -> RawEntry | None:
    return _with_kind(_read_entry(text, line))


def _read_entry(text: str, line: int) -> RawEntry | None:
    written = clean(text)
    body = _BULLET.sub("", written, count=1).strip()
    if not body or len(body) > MAX_ENTRY_CHARS:
        return None
    flag = _FLAG.match(body)
    if flag is not None:  # '🇨🇴 Medellín': the flag's letters are the country's ISO code
        entry = _read_entry(body[flag.end() :], line)
        code = "".join(chr(ord(char) - _FLAG_A + ord("A")) for char in flag.group(1))
        if entry is None or entry.country or entry.codes or find_country(code) is None:
            return entry and replace(entry, written=written)
        return replace(entry, written=written, region=code, codes=(code,))  # as "Accra, GH"
    place, _ = _place_part(body)
    place = place.strip().rstrip(".;").strip()
    left, slash, right = place.partition(" / ")  # 'Ville de Québec / Quebec City': one place
    if slash:  # or 'Lyon / France': a place and its country
        place = left.strip() if find_country(right) is None else f"{left}, {right}"
    if not place:
        return None
    if (bracket := _person_bracket(place)) is not None:
        return _from_fields(written, bracket, line)  # 'Mayor Anne Smith (Bristol)'
    if place.endswith(")") and "(" in place:
        name, inner = place[: place.rindex("(")].strip(), place[place.rindex("(") + 1 : -1]
        if name and not any(char.isalpha() for char in inner):  # a column: 'Tartu linn (2021)'
            return _from_fields(written, name, line)
        country, region, codes = place_codes(_QUANTIFIER.sub("", inner))
        if codes and _name(name):
            return RawEntry(line, written, _name(name), country, region, codes)
        if _name(name) and could_be_country(inner):  # 'Porto (Portugual)', 'Garoua (Camero'
            return RawEntry(line, written, _name(name), clean(inner))
        # 'Tromsø (ordfører Kari Eide)', '仙台市（宮城県）'
        if _name(name) and (_about_a_person(inner) or _SUBDIVISION_SUFFIX.search(inner)):
            return _from_fields(written, name, line)
    return _from_fields(written, place, line)  # or a qualifier: 'Selçuk (Ephesus), Turkey'


# A flag emoji: two regional indicator letters, which spell the country's ISO code.
_FLAG_A = 0x1F1E6
_FLAG = re.compile("([\U0001f1e6-\U0001f1ff]{2})\\s*")


# A word before a country in a bracket that several names share: 'Ghent and Leuven (both
# Belgium)', 'Lyon, Grenoble and Nantes (all in France)', in the corpus's languages.
_QUANTIFIER = re.compile(
    r"^(?:both|all|each|beide|alle|tous|toutes|deux|todos|todas|ambos|ambas|tutte|tutti|"
    r"entrambe|entrambi|beide|allebei|oba|obie|obaj|wszystkie|begge|båda|alla|molemmat|"
    r"kaikki)\s+(?:(?:in|en|em|au|aux|à|in der|im|w|v|i)\s+)?",
    re.IGNORECASE,
)


# A subdivision named with a suffix in a script without letter case, where a bracket after
# a place names its prefecture or province: '横浜市（神奈川県）', '杭州市（浙江省）',
# '수원시 (경기도)'.
_SUBDIVISION_SUFFIX = re.compile(r"\w(?:県|府|都|道|省|州|도)$")


def _person_bracket(text: str) -> str | None:
    """The place after a person's title and name, in a bracket or after a party's bracket:
    'Mayor Anne Smith (Bristol)', 'Councillor Fiona MacLeod, Council Leader (Aberdeen)',
    'Prefeita Marina Duarte (PSB), de Niterói', 'Sindaca Maria Rossi (PD) – Bergamo'; None
    where the text is no such line, or names no place there ('Mayor Ana Ruiz (PSB)': a party
    in capitals, which may be a country's code)."""
    if _PERSON.match(text) is None:
        return None
    dash = _DASH.search(text)
    if text.endswith(")") and "(" in text:
        inner = clean(text[text.rindex("(") + 1 : -1])
    elif "," in text and "(" in text.rpartition(",")[0]:  # a party: 'Ana Ruiz (PSB), de X'
        inner = _PREPOSITION.sub("", clean(text.rpartition(",")[2]))
    elif dash is not None and "(" in text[: dash.start()]:  # 'Maria Rossi (PD) – Bergamo'
        inner = clean(text[dash.end() :])
    else:
        return None
    words = inner.split()
    if not words or len(words) > MAX_NAME_WORDS or inner.isupper() or not _name_like(inner):
        return None
    return None if find_country(inner) else inner  # 'Freiburg im Breisgau' is a name too


def _about_a_person(bracket: str) -> bool:
    """A bracket after a place that names a person or a role, not a place: three words or
    more, or a word in lower case ('ordfører Kari Eide', 'Landrätin Petra Lorenz')."""
    words = clean(bracket).split()
    return len(words) >= 3 or any(w[:1].islower() and w not in PARTICLES for w in words)


def _from_fields(written: str, place: str, line: int) -> RawEntry | None:
    fields = _comma_fields(place)
    name = _name(fields[0])
    if not name or len(name.split()) > MAX_NAME_WORDS:
        return None
    rest = fields[1:]
    readings = [place_codes(value) for value in rest]
    for i, (country, _, codes) in enumerate(readings):  # 'City, State, Country'
        if country:
            return RawEntry(line, written, name, country, ", ".join(rest[:i]), codes)
    for i, (_, region, codes) in enumerate(readings):  # 'City, IL' or 'Town, ES12,345...'
        if codes:
            return RawEntry(line, written, name, "", ", ".join([*rest[:i], region]), codes)
    if rest:  # a country the page wrote wrongly, or cut: 'Porto, Portu'
        return RawEntry(line, written, name, clean(rest[-1]), ", ".join(rest[:-1]))
    return RawEntry(line, written, name)


def _comma_fields(place: str) -> list[str]:
    """A place's fields, split on commas outside brackets."""
    if "(" not in place and ")" not in place:
        return [value.strip() for value in place.split(",")]
    depth, fields, start = 0, [], 0
    for i, char in enumerate(place):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            fields.append(place[start:i].strip())
            start = i + 1
    fields.append(place[start:].strip())
    return fields


def _name(text: str) -> str:
    value = clean(text).strip(" ,;:")
    return value if body_kind(value) else clean(strip_form(value))


def _with_kind(entry: RawEntry | None) -> RawEntry | None:
    if entry is None or not (kind := body_kind(entry.city)):
        return entry
    return RawEntry(entry.line, entry.written, entry.city, entry.country, entry.region,
                    entry.codes, entry.shared_bracket, kind)  # fmt: skip


def entry_is_complete(entry: RawEntry) -> bool:
    """Whether a copy that ends in this entry kept all of it (name and country or code)."""
    written = _BULLET.sub("", entry.written)
    if written.count("(") != written.count(")"):
        return False
    return not (entry.country and not entry.codes and country_prefix(entry.country))


# ----------------------------------------------------------------------------- lines


def is_furniture(text: str) -> bool:
    """A short line of site furniture: 'Share this', 'Facebook', 'Read more'."""
    words = fold(text).split()
    return bool(words) and len(words) <= 4 and any(w in _FURNITURE_WORDS for w in words)


def furniture_lines(lines: list[str]) -> list[bool]:
    """`is_furniture` of each line, the lines folded at once (`fold_lines`)."""
    return [
        bool(words := line.split()) and len(words) <= 4 and not _FURNITURE_WORDS.isdisjoint(words)
        for line in fold_lines(lines)
    ]


def is_address(text: str) -> bool:
    """A postal address: a postcode right before a name ('Via Roma 8 – 40121 Bologna',
    '1040 Brussels, Belgium', 'ul. Długa 5, 20-076 Lublin'), as a footer gives the network's
    own; a table's cells are parted by tabs and are never one."""
    if "\t" in text or _DIGIT.search(text) is None:
        return False
    return _POSTCODE.search(text) is not None


# What each line is, where its shape alone says it (no place name asked): the same for
# every reader of the page's lines. Keyed by (line's text, line number).
Shapes = dict[tuple[str, int], tuple[str, RawEntry | None]]


def read_lines(
    lines: list[str], is_place: PlaceNames, shapes: Shapes | None = None
) -> MemberList | None:
    """The run of entry lines naming the most places.

    Blank lines, letter headings, people's names and titles on lines of their own, and page
    furniture may stand between entries; a line of prose ends the run. `shapes`, if given,
    keeps what the lines' shapes say for the next reading of the same lines.
    """
    best: _Reading | None = None
    run = _Reading()
    shapes = {} if shapes is None else shapes
    for number, raw in enumerate([*lines, "."], start=1):
        if not raw:
            continue  # a blank line, or one hidden (a share block's): nothing to read
        text = clean(raw)
        kind, entry = _shape(raw, text, number, is_place, shapes)
        if kind == "entry" and entry is not None:
            for one in _shared_line(entry, is_place):
                run.entries.append(one)
                run.places += _confirmed(one, is_place)
        elif kind in _REASONS and run.entries:
            run.skipped.append(Skipped(number, text, _REASONS[kind]))
        elif kind == "prose":
            if best is None or run.places > best.places:
                best = run
            run = _Reading()
    if best is None or best.places < 2:
        return None
    trimmed, edges = _trim_unconfirmed(best.entries, is_place)
    entries, people = _people_before_places(trimmed, is_place)
    entries, headings = _under_headings(entries, lines)
    last = max(e.line for e in entries)
    skipped = [*edges, *people, *headings, *(s for s in best.skipped if s.line < last)]
    skipped.sort(key=_by_line)
    return _finish("lines", entries, tuple(skipped), lines, last)


def _shared_line(entry: RawEntry, is_place: PlaceNames) -> list[RawEntry]:
    """A line of several names that share its country ('Ghent and Leuven (both Belgium)',
    'Lyon, Grenoble and Nantes, France'): one entry each, flagged for review as a split
    bracket is; a name that is a place as a whole ('Brighton and Hove') stays whole."""
    city = entry.city
    if not entry.codes or ("," not in city and _CONJUNCTION.search(city) is None):
        return [entry]
    parts = [
        p.strip() for part in city.split(",") for p in _split_conjunctions(f" {part} ") if p.strip()
    ]
    if len(parts) < 2 or not all(_name_like(p) for p in parts) or is_place(city):
        return [entry]
    return [replace(entry, city=p, shared_bracket=True) for p in parts]


def _under_headings(
    entries: list[RawEntry], lines: list[str]
) -> tuple[list[RawEntry], list[Skipped]]:
    """A list's lines that are a country alone ('Nederland', 'België'), where two or more
    are or the list starts with one, are headings: the entries under each, up to the next,
    are in its country unless they give their own; so are the entries under the line
    right above the list where it is a country alone. A country named once inside a list
    ('Singapore' between Seoul and Sydney) stays an entry. Where the list ends in a country
    and one entry stands between each two, each country is the line after its place: cards
    flattened to a city line and a country line ('Aarhus' / 'Denmark' / 'Abidjan' / ...)."""
    bare = [not e.country and heading_country(e.written) is not None for e in entries]
    if not entries or len(bare) == sum(bare) or (sum(bare) < 2 and not bare[0]):
        return entries, []
    above = next((clean(t) for t in reversed(lines[: entries[0].line - 1]) if t.strip()), "")
    heading = heading_country(above) or ""
    marks = [k for k, is_heading in enumerate(bare) if is_heading]
    headings = [e for e, is_heading in zip(entries, bare, strict=True) if is_heading]
    skipped = [Skipped(e.line, e.written, _REASONS["heading"]) for e in headings]
    if not heading and not bare[0] and bare[-1] and all(b - a == 2 for a, b in pairwise(marks)):
        after = {k - 1: heading_country(entries[k].written) or "" for k in marks}
        return [
            replace(e, country=after[k], codes=(find_country(after[k]) or "",))
            if k in after and not e.country and not e.codes
            else e
            for k, e in enumerate(entries)
            if not bare[k]
        ], skipped
    under: list[RawEntry] = []
    for entry, is_heading in zip(entries, bare, strict=True):
        if is_heading:
            heading = heading_country(entry.written) or ""
        elif heading and not entry.country and not entry.codes:
            code = find_country(heading) or ""
            under.append(replace(entry, country=heading, codes=(code,)))
        else:
            under.append(entry)
    return under, skipped


def _shape(
    raw: str, text: str, number: int, is_place: PlaceNames, shapes: Shapes
) -> tuple[str, RawEntry | None]:
    """`_classify`'s answer for a line, read once where it asks `is_place` nothing."""
    found = shapes.get((text, number))
    if found is None:
        asked = is_place.asked
        found = ("furniture", None) if is_address(raw) else _classify(text, number, is_place)
        if is_place.asked == asked:
            shapes[(text, number)] = found
    return found


def _by_line(skipped: Skipped) -> int:
    return skipped.line


_AT_THE_EDGE = "not a known place, at the list's edge: taken for page text"
_REASONS = {
    "odd": "not read as an entry: check it",
    "heading": "a heading",
    "person": "a person's name and title",
    "furniture": "page furniture",
}


def _classify(text: str, number: int, is_place: PlaceNames) -> tuple[str, RawEntry | None]:
    if not text:
        return "blank", None
    if len(text) > MAX_ENTRY_CHARS:
        return "prose", None
    words = fold(text).split()
    if _LETTER_HEADING.match(text) or (text.endswith(":") and len(words) <= 6):
        return "heading", None
    if _NUMERIC_DATE.search(text) and len(text.split()) <= 4:
        return "furniture", None  # the page's date line
    if (words and all(w in _HEADING_WORDS for w in words)) or is_world_region(text):
        return "heading", None
    if len(words) >= MIN_TWO_SENTENCES_WORDS and _two_sentences(text):
        return "prose", None  # '... hosted by the Lord Mayor of Birmingham. Signed by:'
    if _country_and_places(text) or _several_places(text):
        return "odd", None  # 'Polska: Wrocław, Szczecin': several entries, the place finder's
    body = _BULLET.sub("", text, count=1)
    role = _role_in(body)
    if is_furniture(text) or (_PERSON.match(body) and role is None):
        entry = read_entry(text, number)  # 'Newport News, United States' is a place
        if entry is not None and _person_bracket(body) is not None:
            return "entry", entry
        if entry is None or not entry.country or not entry.codes:
            return ("furniture" if is_furniture(text) else "person"), None
        return "entry", entry
    entry = read_entry(text, number)
    if entry is not None and (entry.codes or _structured(entry)):
        if text[-1] in ".!?" and not _name_like(entry.city):
            return "prose", None  # 'The mayors met in Oslo, Norway.' is a sentence
        return "entry", entry  # 'Saint Croix, Virgin Islands, U.S.' ends in a full stop
    if entry is None or (role is None and text[-1] in ".!?" and len(words) >= 5):
        return "prose", None
    if entry.country:  # a country no one knows: misspelt or cut ('Germny', 'Portu'), or prose
        if could_be_country(entry.country):
            return "entry", entry
        return ("odd" if len(words) <= 8 and text[-1] not in ".!?" else "prose"), None
    if is_place(entry.city) or entry.kind != "city":
        return "entry", entry
    if entry.region or len(entry.city.split()) > 3 or text[-1] in ".!?":
        return "prose", None
    return "entry", entry  # a bare name: kept inside a run, trimmed at its ends


def heading_country(text: str) -> str | None:
    """The country a line names alone, as a heading over its places ('Nederland',
    'Belgique :', with its places' count 'Mexico (2)'); None for any other line."""
    name = clean(_COUNT_AFTER.sub("", text.rstrip(":"))).rstrip(" :")
    return name if name and find_country(name) is not None else None


def is_world_region(text: str) -> bool:
    """Whether a line names only a continent or world region ('Latin America', 'South and
    West Asia', 'Europe (12)'): a heading, never a place of the list."""
    words = fold(_COUNT_AFTER.sub("", text)).split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and all(w in _WORLD_REGION_WORDS for w in words)
        and any(w in _CONTINENT_WORDS for w in words)
        and text[:1].isupper()
    )


MIN_TWO_SENTENCES_WORDS = 8
_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{4}[.!?]\s+([^\W\d_])")


def _two_sentences(text: str) -> bool:
    """Whether a line holds the end of a sentence and the start of another: a word of four
    letters or more, a full stop and a capital ('... of Birmingham. Signed by:'); not an
    abbreviation ('St. Gallen', 'Hon. Daniel Reyes', 'Oaxaca de Juárez, Oax.')."""
    return any(m.group(1).isupper() for m in _SENTENCE_INSIDE.finditer(text))


def _country_and_places(text: str) -> bool:
    """A country, a colon and places a comma parts ('Polska: Wrocław, Szczecin, Zielona
    Góra'): several entries a line, which the place finder reads (`_items`)."""
    head, colon, rest = text.partition(":")
    return bool(colon) and "," in rest and find_country(head) is not None


MIN_COMMA_ITEMS = 4  # a place, its region and country are three fields at most


def _several_places(text: str) -> bool:
    """Four or more fields a comma parts and none of them a country ('Wien, Praha, Kraków,
    Lisboa'): several entries a line, not a place with its region and country."""
    fields = _comma_fields(_BULLET.sub("", text, count=1))
    return len(fields) >= MIN_COMMA_ITEMS and not any(find_country(f.rstrip(".")) for f in fields)


def _name_like(name: str) -> bool:
    """Every word capitalised, or a particle of a name ('Rio de Janeiro'), as names are."""
    return all(not w[:1].islower() or w in PARTICLES for w in name.split())


def could_be_country(text: str) -> bool:
    """A country misspelt ('Germny') or cut off ('Portu'), as far as can be told."""
    value = clean(text)
    if not (2 <= len(value) <= 40) or any(ch.isdigit() for ch in value):
        return False
    return country_prefix(value) or bool(suggest_countries(value, limit=1))


def _structured(entry: RawEntry) -> bool:
    """The line says it names a place: 'Mayor of X', 'City of X', 'Comune di X', or a body
    ('Provincie Overijssel – gedeputeerde L. Peters')."""
    return _says_place(entry.written) or entry.kind != "city"


@lru_cache(maxsize=1 << 15)
def _says_place(written: str) -> bool:  # asked of each entry by each reader, twice or more
    body = _BULLET.sub("", written, count=1)
    return bool(_role_in(body) or _FORM.match(body))


def _confirmed(entry: RawEntry, is_place: PlaceNames) -> bool:
    """The page gives a country (perhaps misspelt), the name is a known place, or a body
    naming one ('Provincia di Cuneo')."""
    if entry.kind != "city":
        return is_place(body_place(entry.city)) or bool(entry.codes or entry.country)
    return bool(entry.codes or entry.country) or is_place(entry.city)


def _bare(entry: RawEntry, is_place: PlaceNames) -> bool:
    """A name the line does not say is a place: no form, country or body's words."""
    return not _structured(entry) and not entry.country and not _confirmed(entry, is_place)


def _unnamed(entry: RawEntry, is_place: PlaceNames) -> bool:
    """A bare name that names no place, nor one with a noun glued to it ('Reykjavíkurborg'),
    nor a country (a heading, which `_under_headings` reads)."""
    return (
        _bare(entry, is_place)
        and glued_place(entry.city, is_place) is None
        and heading_country(entry.written) is None
    )


def _trim_unconfirmed(
    entries: list[RawEntry], is_place: PlaceNames
) -> tuple[list[RawEntry], list[Skipped]]:
    """Drop unconfirmed bare names at a run's ends: a heading or menu item, not a city; not
    a name right under a country heading at its end."""
    start, end = 0, len(entries)
    while start < end and _unnamed(entries[start], is_place):
        start += 1
    while (
        end > start + 1
        and _unnamed(entries[end - 1], is_place)
        and entry_is_complete(entries[end - 1])
        and not _under_a_country(entries[end - 1], entries[end - 2])
    ):
        end -= 1
    dropped = [*entries[:start], *entries[end:]]
    reason = _AT_THE_EDGE
    return entries[start:end], [Skipped(e.line, e.written, reason) for e in dropped]


def _under_a_country(entry: RawEntry, above: RawEntry) -> bool:
    """Whether an entry stands right under a country heading, which heads one entry at
    least ('Suède' over 'Botkyrka (depuis 2012)', a name the gazetteer lacks)."""
    return above.line == entry.line - 1 and heading_country(above.written) is not None


def _people_before_places(
    entries: list[RawEntry], is_place: PlaceNames
) -> tuple[list[RawEntry], list[Skipped]]:
    """'Jane Doe' on the line above 'City of Springfield, IL' is the mayor, not a place."""
    kept: list[RawEntry] = []
    people: list[Skipped] = []
    for entry, after in zip(entries, [*entries[1:], None], strict=True):
        if (
            after is not None
            and after.line == entry.line + 1
            and _bare(entry, is_place)
            and 2 <= len(entry.city.split()) <= 4
            and all(w[:1].isupper() for w in entry.city.split())
            and (_structured(after) or after.codes)
        ):
            people.append(Skipped(entry.line, entry.written, _REASONS["person"]))
        else:
            kept.append(entry)
    return kept, people


# ----------------------------------------------------------------------------- running text


def read_running_text(lines: list[str], is_place: PlaceNames) -> MemberList | None:
    """The paragraph whose comma- or semicolon-separated items name the most places."""
    best: tuple[_Reading, int] | None = None
    for first, last, paragraph in _paragraphs(lines):
        if _one_entry_a_line(lines[first - 1 : last]):
            continue  # a list of lines, which read_lines reads; not a sentence
        reading = _read_paragraph(paragraph, first, is_place)
        if reading is not None and (best is None or reading.places > best[0].places):
            best = (reading, last)
    if best is None:
        return None
    return _finish("running text", best[0].entries, (), lines, best[1])


def _one_entry_a_line(paragraph: list[str]) -> bool:
    """Five or more lines, nearly all of them an entry of their own: bulleted or numbered,
    'Name, Mayor of City', 'City of X', a person's title first ('Prefeita Ana Lima (PSB),
    de Niterói'), ending in a bracket, or 'City, Country'."""
    if len(paragraph) < 5:
        return False
    shaped = sum(
        bool(_BULLET.match(line) or _role_in(line) or _FORM.match(line) or _PERSON.match(line))
        or line.rstrip().endswith(")")
        or _ends_in_country(line)
        for line in (clean(raw)[:MAX_ENTRY_CHARS] for raw in paragraph)
    )
    return shaped * 5 >= len(paragraph) * 4


def _ends_in_country(line: str) -> bool:
    """'Aarhus, Denmark', 'Springfield, Illinois, United States': a line of its own."""
    name, comma, country = line.rpartition(",")
    if not (comma and name) or line.count(",") > 2 or ";" in line:
        return False
    return find_country(country.rstrip(".")) is not None


def _paragraphs(lines: list[str]) -> Iterable[tuple[int, int, str]]:
    """(first line, last line, text) of each paragraph; blank lines part them, a page break
    of a copied PDF (`PAGE_BREAK`) does not."""
    start, parts = 0, []
    for number, line in enumerate([*lines, ""], start=1):
        if line == PAGE_BREAK:
            continue
        if line.strip():
            start = start or number
            parts.append(line.strip())
        elif parts:
            yield start, number - 1, _joined_lines(parts)
            start, parts = 0, []


def _joined_lines(parts: list[str]) -> str:
    """A paragraph's lines as one text: a word the copy hyphenated at a line's end is one
    word again ('Düssel-' / 'dorf'), and a line of names a comma parts ends an item where
    the next line is one too ('Wien, Praha, København' / 'Göteborg, Den Haag')."""
    if len(parts) == 1:
        return parts[0]
    text = parts[0]
    for before, line in pairwise(parts):
        if before.endswith("-") and before[-2:-1].isalpha() and line[:1].islower():
            text = text[:-1] + line
        elif _comma_line(before) and _comma_line(line) and before[-1:].isalpha():
            text += ", " + line if not _BROKEN_AFTER.search(before) else " " + line
        else:
            text += " " + line
    return text


def _comma_line(line: str) -> bool:
    """A line of three or more items a comma parts, starting with a capital ('Wien, Praha,
    Kraków'), as a list wraps its names over lines; not one led by a heading and a colon
    ('Polska: Wrocław, Szczecin', which the place finder reads line by line)."""
    return line.count(",") >= 2 and line[:1].isupper() and ":" not in line


def _read_paragraph(text: str, line: int, is_place: PlaceNames) -> _Reading | None:
    """The run of short items ('Bilbao', 'Lyon and Grenoble (France)') naming most places,
    split on semicolons where they part a list ('Washington, D.C. (USA); ...'), else commas.

    A long item ends a run (its last item, 'and Zagreb. The mayors ...') and starts the next
    (its first item, '... signed by Aarhus'); where it ends no sentence, the two runs are one
    list ('first signed by Ghent, Lisbon and Warsaw in 2022, and has since been joined by
    Helsinki, Leipzig, ...').
    """
    for separator, least in ((";", 2), (",", 3)):
        if separator not in text:
            continue
        items = _split_outside_brackets(text, separator)
        if len(items) > MAX_ENTRIES:
            raise ParseError(f"a paragraph has more than {MAX_ENTRIES:,} items", line=line)
        run: list[str] = []
        found: _Reading | None = None
        before: _Reading | None = None  # the run that ended in the current run's first item
        for item, following in zip([*items, ""], [*items[1:], "", ""], strict=True):
            if item:
                run.append(item)
            ends = len(run) > 1 and _ends_before_joining(item, following)
            if (
                ends
                or not item
                or (len(run) > 1 and len(item.split()) > MAX_NAME_WORDS and not item.endswith(")"))
            ):
                reading = _read_items(run, line, is_place)
                found = _better(found, _better(reading, _one_list(before, reading)))
                if ends:  # 'Parma e Reggio Emilia' before 'che si aggiungono a Milano'
                    before, run = reading, []
                    continue
                before = _read_items(run[:-1], line, is_place) if _joins(item) else None
                run = [item]
        if (
            found is not None
            and found.places >= least
            and found.places * 5 >= len(found.entries) * 3
        ):
            return found
    return None


def _joins(item: str) -> bool:
    """Whether a long item of a sentence goes on with its list in other words: it ends no
    sentence and has a word of signing or joining ('and has since been joined by Helsinki',
    'y desde entonces se han sumado Bogotá')."""
    return _SENTENCE_END.search(item) is None and _SIGNING.search(item) is not None


def _ends_before_joining(item: str, following: str) -> bool:
    """Whether a part of a sentence with 'and' ends a list that the next part, a clause that
    `_joins` it, goes on with: 'i Comuni di Bergamo, Parma e Reggio Emilia, che si
    aggiungono a Milano, Torino, ...'."""
    return (
        following[:1].islower()
        and _CONJUNCTION.search(f" {item} ") is not None
        and _joins(following)
    )


def _one_list(before: _Reading | None, after: _Reading | None) -> _Reading | None:
    """Two runs of a sentence as one list, each reading two places or more: the run before
    the part that `_joins` them ('first signed by the mayors of Ghent, Lisbon and Warsaw in
    2022'), and the run it starts ('and has since been joined by Helsinki, Leipzig, ...')."""
    if before is None or after is None or min(before.places, after.places) < 2:
        return None
    return _Reading([*before.entries, *after.entries], [], before.places + after.places)


def _better(best: _Reading | None, other: _Reading | None) -> _Reading | None:
    if other is None or (best is not None and best.places >= other.places):
        return best
    return other


def _split_outside_brackets(text: str, separator: str) -> list[str]:
    if "(" not in text:  # no bracket to stay outside of: the loop below would split at each
        return [item.strip() for item in text.split(separator)]
    items, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == separator and depth <= 0:
            items.append(text[start:i].strip())
            start, depth = i + 1, 0
    items.append(text[start:].strip())
    return items


# `_CONJUNCTION` with case kept, for an ASCII text searched in lower case (as
# `_ROLE_WORDS_LOWERED`; the pattern is written in lower case), and what it parts kept.
_CONJUNCTION_LOWERED = re.compile(f"({_CONJUNCTION.pattern})")


def _split_conjunctions(text: str, maxsplit: int = 0) -> list[str]:
    """`_CONJUNCTION.split(text, maxsplit)`, some 3 times faster for an ASCII text: split
    in lower case with case kept, then the same spans taken from the text."""
    if not text.isascii():
        return _CONJUNCTION.split(text, maxsplit)
    parts = _CONJUNCTION_LOWERED.split(text.lower(), maxsplit)
    if len(parts) == 1:
        return [text]
    pieces, at = [], 0
    for k, part in enumerate(parts):  # a piece, a conjunction, a piece, ...
        if k % 2 == 0:
            pieces.append(text[at : at + len(part)])
        at += len(part)
    return pieces


def _read_items(items: list[str], line: int, is_place: PlaceNames) -> _Reading | None:
    if len(items) > 2 and _venue_before_clause(items[0], items[1]):
        items = items[1:]
    items = items[: next((k for k in range(1, len(items)) if _clause(items[k])), len(items))]
    if len(items) < 2:
        return None
    names: list[tuple[str, Name]] = []  # (item as written, one name with its bracket if any)
    names.extend((items[0], n) for n in _tail_place(items[0], is_place))
    for item in items[1:-1]:
        names.extend((item, n) for n in _split_shared(item, is_place))
    lead = _shared_lead(items[:-1])
    names.extend((items[-1], n) for n in _last_items(items[-1], is_place, lead))
    entries = [
        RawEntry(line, written.rstrip(" ."), e.city, e.country, e.region, e.codes, shared, e.kind)
        for written, (name, shared) in names
        if (e := read_entry(_unframed(name, lead, is_place), line)) is not None
    ]
    entries = _share_brackets(entries)
    if len(entries) < 2:
        return None
    return _Reading(entries, [], sum(_confirmed(e, is_place) for e in entries))


def _clause(item: str) -> bool:
    """Whether a part of a sentence after a list's first is a clause that ends the list:
    it starts in lower case, not with 'and', and has two words or more and no capital letter
    ('..., Cuenca y Guayaquil, que se incorporan como nuevos miembros'); a name with a
    prefix in lower case ('eMbalenhle', 'eThekwini') is none."""
    return (
        item[:1].islower()
        and item.islower()
        and len(item.split()) > 1
        and not _LEADING_CONJUNCTION.match(item)
    )


# Prepositions of where something happens: 'at the meeting in Nairobi', 'à Abidjan'.
_LOCATIVES = frozenset("in at à au en em bei di ở w we v".split())
# Those that never mean 'of': 'di' is Indonesian 'in' but Italian 'of' ('I sindaci di
# Bergamo, Brescia, ...'), so it says where only before a clause in lower case.
_ONLY_LOCATIVES = _LOCATIVES - {"di"}


def _venue_before_clause(item: str, following: str) -> bool:
    """Whether a sentence's first part says where it happened, not who (`says_where`), and
    the next part starts a clause in lower case ('the network welcomed Kisumu, ...'), not
    the list's next name."""
    return following[:1].islower() and says_where(item, _LOCATIVES)


def says_where(item: str, locatives: frozenset[str]) -> bool:
    """Whether a sentence's first part says where it happened: it ends in a preposition of
    place and capitalised words ('At the meeting in Nairobi', 'Lors de son assemblée à
    Abidjan', 'Durante la asamblea celebrada en Bogotá', 'Tại hội nghị ở Đà Lạt'), the
    preposition after a word in lower case or first, and no word of signing in it."""
    if _SIGNING.search(item):
        return False
    words = item.split()
    return any(
        words[k].lower() in locatives
        and (k == 0 or words[k - 1][:1].islower())
        and all(w[:1].isupper() or w in PARTICLES for w in words[k + 1 :])
        for k in range(max(0, len(words) - MAX_NAME_WORDS - 1), len(words) - 1)
    )


def _share_brackets(entries: list[RawEntry]) -> list[RawEntry]:
    """In a list of 'City (Country)', 'Lyon, Grenoble (France)': one bracket for both."""
    if sum(bool(e.codes) for e in entries) * 2 < len(entries):
        return entries
    shared: list[RawEntry] = []
    following: RawEntry | None = None
    for entry in reversed(entries):
        if entry.codes:
            following = entry
        elif following is not None and not entry.country:
            entry = RawEntry(
                entry.line, entry.written, entry.city, following.country, following.region,
                following.codes, shared_bracket=True, kind=entry.kind,
            )  # fmt: skip
        shared.append(entry)
    return shared[::-1]


def _tail_place(item: str, is_place: PlaceNames) -> list[Name]:
    """The places a list's first item ends in: 'signed by the mayors of Aarhus' -> [Aarhus];
    'Signed by: Lyon and Grenoble (France)' -> [Lyon (France), Grenoble (France)]; a body
    whose name ends in a place is the body ('Città metropolitana di Torino')."""
    _, colon, names = item.rpartition(":")
    if colon and names.strip():  # 'Signatories: ...': all after the colon is the list's
        return _split_shared(names, is_place)
    if item.endswith(")") and "(" in item:  # the page names the country: take the names
        words = item[: item.rindex("(")].split()
        size = 0
        while size < min(MAX_NAME_WORDS, len(words)) and _may_name(words, size):
            size += 1
        while size and words[-size][:1].islower():
            size -= 1
        bracket = item[item.rindex("(") :]
        return _split_shared(" ".join(words[-size:]) + " " + bracket, is_place) if size else []
    last = " ".join(item.split()[-MAX_NAME_WORDS:])
    runs = _tail_names(last)
    for k, (candidate, name) in enumerate(runs):
        if is_place(name):
            return [(candidate, False)]
        if body_kind(candidate) and any(is_place(place) for _, place in runs[k + 1 :]):
            return [(candidate, False)]  # 'Métropole du Grand Paris', not Paris
    return []


@lru_cache(maxsize=1 << 15)
def _tail_names(last: str) -> tuple[tuple[str, str], ...]:
    """The names `_tail_place` asks about, longest first: the runs of a text's last words
    (up to MAX_NAME_WORDS) without a preposition that start with a capital, each with its
    name less a form word. Read once for both readings of a paragraph (the second asks the
    gazetteer too)."""
    words = last.split()
    runs = (_PREPOSITION.sub("", " ".join(words[-size:])) for size in range(len(words), 0, -1))
    return tuple((run, strip_form(run)) for run in runs if _capital_or_caseless(run[:1]))


def _capital_or_caseless(letter: str) -> bool:
    """A letter a name may start with: a capital, or one of a script without case (Hebrew,
    Arabic, Georgian), where no word tells a name by its first letter."""
    return letter.isupper() or (letter.isalpha() and not letter.islower())


def _may_name(words: list[str], size: int) -> bool:
    """Whether the word before the last `size` words may belong to the list's first names."""
    word = words[-size - 1]
    if not word[:1].islower():
        return True
    return word in PARTICLES or (
        size > 0
        and _CONJUNCTION.fullmatch(f" {word} ") is not None
        and size < len(words) - 1
        and not words[-size - 2][:1].islower()
    )


def _split_shared(item: str, is_place: PlaceNames) -> list[Name]:
    """'Lyon and Grenoble (France)' -> ['Lyon (France)', 'Grenoble (France)']; else [item].

    A name that is a place as a whole ('Brighton and Hove', if the gazetteer or the network
    knows it) stays whole; a split is flagged for review (`RawEntry.shared_bracket`).
    """
    item = _PREPOSITION.sub("", _LEADING_CONJUNCTION.sub("", item.strip()))
    if not (item.endswith(")") and "(" in item):
        return [(item, False)]
    names, bracket = item[: item.rindex("(")], item[item.rindex("(") :]
    parts = [p.strip() for p in _split_conjunctions(f" {names} ") if p.strip()]
    if len(parts) < 2 or is_place(names):
        return [(item, False)]
    return [(f"{_PREPOSITION.sub('', p)} {bracket}", True) for p in parts]


def _last_items(item: str, is_place: PlaceNames, lead: str = "") -> list[Name]:
    """The list's last item: 'Utrecht and Zagreb. The mayors met ...' -> [Utrecht, Zagreb];
    `lead` the words the list's other items start with, which this one's last name keeps
    ('Thành phố Cần Thơ đã ký' -> 'Thành phố Cần Thơ', where 'phố' is no name's end)."""
    item, parted = _last_parts(item)
    if parted is None:
        return [(_led_place(item, is_place, lead), False)]
    before, after = parted
    return [*_split_shared(before, is_place), (_led_place(after, is_place, lead), False)]


def _led_place(text: str, is_place: PlaceNames, lead: str) -> str:
    if lead and text.startswith(lead + " "):
        return f"{lead} {_head_place(text[len(lead) + 1 :], is_place)}"
    return _head_place(text, is_place)


def _unframed(name: str, lead: str, is_place: PlaceNames) -> str:
    """A name without the list's frame (`_shared_lead`) where only the rest is a place:
    'Thành phố Đà Nẵng' -> 'Đà Nẵng'."""
    rest = name[len(lead) + 1 :] if lead and name.startswith(lead + " ") else ""
    return rest if rest and not is_place(name) and is_place(rest) else name


MIN_LED = 3  # items that start with the same words, for these to be the list's frame


def _shared_lead(items: list[str]) -> str:
    """The words all the items start with, where there are MIN_LED items or more and the
    words end before a capitalised one: a list's frame ('Thành phố Hà Nội, Thành phố Huế,
    ...'); '' if none."""
    if len(items) < MIN_LED:
        return ""
    split = [item.split() for item in items]
    lead: list[str] = []
    for words in zip(*split, strict=False):
        if len(set(words)) > 1:
            break
        lead.append(words[0])
    shortest = min(len(words) for words in split)
    return " ".join(lead) if lead and len(lead) < shortest else ""


@lru_cache(maxsize=1 << 15)
def _last_parts(item: str) -> tuple[str, tuple[str, str] | None]:
    """A list's last item without a leading 'and', and its parts before and after its first
    'and' (None where it has none outside a bracket); read once for both readings."""
    item = _LEADING_CONJUNCTION.sub("", item.strip())
    parts = _split_conjunctions(f" {item} ", maxsplit=1)
    if len(parts) == 1:  # Hebrew glues 'and' to the word after it: 'אשדוד ורמת גן'
        parts = _GLUED_AND.split(f" {item} ", maxsplit=1)
    if len(parts) == 1 or ("(" in parts[0] and ")" not in parts[0]):  # 'X (Bosnia and ...)'
        return item, None
    before, after = (p.strip() for p in parts)
    return item, (before, _LEADING_CONJUNCTION.sub("", after))


def _head_place(text: str, is_place: PlaceNames) -> str:
    """The place a list's last item starts with: 'Zagreb, on 4 March.' -> 'Zagreb'."""
    bracketed, head = _head_words(text)
    if bracketed:
        return bracketed
    words = list(head)
    for size in range(_most_place_words(words, is_place), 0, -1):
        candidate = " ".join(words[:size]).rstrip(",;:")
        if is_place(strip_form(candidate)):
            return candidate
    size = 0
    while size < min(MAX_NAME_WORDS, len(words)) and (
        words[size][:1].isupper() or (size and words[size] in PARTICLES)
    ):
        size += 1
    return " ".join(words[:size]) if size else " ".join(words)


@lru_cache(maxsize=1 << 15)
def _head_words(text: str) -> tuple[str, tuple[str, ...]]:
    """A list's last item without its preposition: its head where it starts with a bracket
    ('Lyon (France) and ...'), else its words to the sentence's end; read once for both
    readings of a paragraph (the second asks the gazetteer too)."""
    text = _PREPOSITION.sub("", text.strip())
    close = text.find(")")
    if close != -1 and "(" in text[:close]:
        return text[: close + 1], ()
    end = _SENTENCE_END.search(text)
    return "", tuple((text[: end.start()] if end else text).split())


def _most_place_words(words: list[str], is_place: PlaceNames) -> int:
    """How many of the words, from the first, a place's name may run to (`PlaceNames.begins`
    of the shorter runs), at most MAX_NAME_WORDS; all of them where a form word, a bracket
    or a slash may have the name tried without them."""
    most = min(MAX_NAME_WORDS, len(words))
    text = " ".join(words[:most])
    if _FORM.match(text) or "(" in text or "/" in text:
        return most
    return next(
        (size for size in range(1, most) if not is_place.begins(" ".join(words[:size]))), most
    )


# ----------------------------------------------------------------------------- the page


def _finish(
    shape: str,
    entries: list[RawEntry],
    skipped: tuple[Skipped, ...],
    lines: list[str],
    end: int,
) -> MemberList:
    """The list, its last entry checked when the copy of the page stops inside the list."""
    at_end = not any(line.strip() for line in lines[end:])
    stops_inside = at_end and (shape == "lines" or not lines[end - 1].rstrip().endswith("."))
    cut: RawEntry | None = None
    if stops_inside and not entry_is_complete(entries[-1]):
        cut, entries = entries[-1], entries[:-1]
    first = min((e.line for e in entries), default=end)
    open_end = stops_inside and cut is None and shape == "running text"
    return MemberList(shape, tuple(entries), skipped, first, end, cut, open_end)


# A footnote's mark right after a word: superscript digits, asterisks, daggers ('Leipzig¹',
# 'Gent*', 'Nantes†'). A footnote's own line starts with its mark and is prose.
_MARK = r"(?:[¹²³⁰⁴-⁹]+|[*†‡]+)"
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])" + _MARK)
_FOOTNOTE_LINE = re.compile(r"^[ \t]*(" + _MARK + r")[ \t]*[^\W\d_]", re.MULTILINE)
_FOOTNOTE_CHARS = frozenset("¹²³⁰⁴⁵⁶⁷⁸⁹*†‡")


def without_footnote_marks(lines: list[str]) -> list[str]:
    """The lines without footnote marks after words, where the page has the footnotes
    they mark (a line that starts with the mark: '¹ Joined in May'); searched once in the
    whole page. A mark with no footnote may be part of a name."""
    text = "\n".join(lines)
    if _FOOTNOTE_CHARS.isdisjoint(text):
        return lines
    notes = {found[1] for found in _FOOTNOTE_LINE.finditer(text)}
    if not notes:
        return lines
    return _FOOTNOTE_MARK.sub(lambda m: "" if m[0] in notes else m[0], text).split("\n")


def without_other_groups(lines: list[str]) -> list[str]:
    """The lines without the groups that did not sign (`_OTHER_GROUP`): each heading and the
    lines under it, up to the next heading ('Signatories:') or a line of prose, are hidden.
    Found by one search of the page, so that a page without any costs no call a line."""
    text = "\n".join(lines)
    if not (found := [m.start() for m in _OTHER_GROUP.finditer(text)]):
        return lines
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    out = list(lines)
    k = 0  # the next line to look at: each is looked at once, however many headings
    for at in found:
        number = bisect.bisect_right(starts, at) - 1
        out[number] = ""
        k = max(number + 1, k)
        while k < len(lines):
            line = clean(lines[k])
            heading = line.endswith(":") or _HEADING_WORDS.issuperset(fold(line).split() or ["-"])
            if _OTHER_GROUP.match(line) is None and (_is_prose(line) or heading):
                break
            out[k] = ""
            k += 1
    return out


# A page break of a text copied from a PDF: a line that holds a page number ('Page 7',
# 'Seite 2 von 4', 'Joint Declaration 2024      Page 2 of 4'), the bare number beside it, and
# the running header or footer beside it that the page repeats. Such a line is hidden
# (`PAGE_BREAK`, a form feed, which `unsafe_characters_removed` leaves in no page) and a
# paragraph runs on across it.
PAGE_BREAK = "\f"
_PAGE_LABEL = re.compile(
    r"^(?:.*(?:\t|[ \u00a0]{3,}+))?(?:page|p\.|seite|s\.|página|pág\.|pagina|pag\.|strona|str\.|"
    r"sida|side|sivu|stránka|strana|oldal|σελίδα|страница|стр\.|sayfa)[ \t]*\d{1,4}"
    r"(?:[ \t]*(?:of|von|de|sur|z|di|av|af|из|/)[ \t]*\d{1,4})?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_PAGE_NUMBER = re.compile(r"[-–—]?\s*\d{1,3}\s*[-–—]?")
PAGE_BESIDE = 2  # lines around a page number where the running header or footer stands


def page_breaks(lines: list[str]) -> list[str]:
    """The lines with a copied PDF's page breaks hidden as `PAGE_BREAK` (see above); found
    by one search of the page, so that a page without any costs no call a line."""
    text = "\n".join(lines)
    if not (found := [m.start() for m in _PAGE_LABEL.finditer(text)]):
        return lines
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    labels = [bisect.bisect_right(starts, at) - 1 for at in found]
    out = list(lines)
    seen: dict[str, int] = {}
    for line in lines:
        key = clean(line)
        seen[key] = seen.get(key, 0) + 1
    for label in labels:
        out[label] = PAGE_BREAK
        for k in range(max(0, label - PAGE_BESIDE), min(len(lines), label + PAGE_BESIDE + 1)):
            text_k = clean(lines[k])
            repeated = seen.get(text_k, 0) >= 2 and len(text_k.split()) >= 3
            if repeated or (abs(k - label) == 1 and _PAGE_NUMBER.fullmatch(text_k)):
                out[k] = PAGE_BREAK
    return out


def read_member_list(
    lines: list[str],
    is_place: PlaceNames,
    *,
    structure_only: PlaceNames | None = None,
    page: list[str] | None = None,
) -> MemberList | None:
    """The page's member list in whichever shape reads the most places; None if none.

    With `structure_only` (names known without a gazetteer), a page whose list gives every
    entry's country is read without asking `is_place` at all. `page` is the whole page
    where `lines` hide some of it (its title): its words in lower case are still words of
    its language, never places (`common_words`).
    """
    if sum(1 for line in lines if line.strip()) > MAX_LINES:
        raise ParseError(f"the page has more than {MAX_LINES:,} lines of text")
    check_worth_reading(lines, is_place)
    lines = without_other_groups(page_breaks(without_footnote_marks(lines)))
    piped = bar_table_rows(lines)
    lines = [  # a blank line is kept
        line
        if line == PAGE_BREAK
        else pipe_row(line)
        if line.startswith("|") or k in piped
        else without_roles(line)
        if line
        else line
        for k, line in enumerate(lines)
    ]
    joined = cards_joined(rejoined(lines))  # for the readers of lines; a paragraph's lines
    # are one text
    shapes: Shapes = {}
    if structure_only is not None:
        found = _best(
            [read_running_text(lines, structure_only), read_lines(joined, structure_only, shapes)]
        )
        if (
            found is not None
            and all(e.codes for e in found.entries)
            and not _trimmed_beside(found)
            and _most_items(lines[found.first_line - 1 : found.last_line]) < 2 * len(found.entries)
        ):
            return found  # unless the list's lines may hold twice as many ('A (X) · B (X)')
    found = _best([read_running_text(lines, is_place), read_lines(joined, is_place, shapes)])
    found = None if _examples(found, lines) else found
    if found is None:
        by_places = read_places(joined, is_place, page=page)
        by_places = None if _examples(by_places, lines) else by_places
        by_places = by_places or read_paragraph_places(joined, is_place, page=page)
        return by_places or read_signed_sentence(lines, is_place, page=page)
    confirmed = sum(_confirmed(e, is_place) for e in found.entries)
    if _most_items(lines) < 2 * confirmed:
        return found  # the place finder cannot find twice as many: not worth asking
    by_places = read_places(joined, is_place, page=page)
    if by_places is not None and len(by_places.entries) >= 2 * confirmed:
        return by_places  # the shapes read a part of the list, or another block
    return found


# Words naming a place's part in a statement that is not signing it (host, venue,
# coordinator, addressee, an exception), in the corpus's languages and their neighbours';
# matched at a word's start, case aside.
_ROLE_WORDS = re.compile(
    r"(?<!\w)(?:host(?:s|ed|ing)?\b|venue|coordinat(?:or|ed|eur|rice|ore)|addressed to|"
    r"except|excluding|gastgeber|ausgerichtet|koordinator|koordiniert|außer\b|ausgenommen|"
    r"hôte|accueillie?s? (?:par|à)|sauf\b|à l'exception|anfitri|acog[ií]|coordinador|excepto|"
    r"salvo\b|ospitat|"
    r"ospite|tranne|eccetto|coordenad|exceto|gastheer|gastvrouw|gaststad|coördinator|"
    r"behalve|uitgezonderd|gospodarz|koordynator|z wyjątkiem|oprócz|värd|samordnare|"
    r"utom\b|vært|undtagelse|vert\b|vertskap|unntatt|hostitel|koordinátor|kromě|isäntä|"
    r"paitsi|οικοδεσπ|συντονιστ|εκτός|g[aă]zd|coordonator|cu excepția|okrem|domaćin|osim\b|"
    r"išskyrus|"
    # a venue: 'Réunis à Lyon, les maires de ...', 'Gathered in Leeds, ...'
    r"r[ée]uni(?:e|s|es)?\s+(?:à|au|en)\s|rassembl[ée]e?s?\s+(?:à|au|en)\s|"
    r"(?:gathered|meeting|met|convened)\s+in\b|versammelt\s+in\b|trafen\s+sich\s+in\b|"
    r"reunid[oa]s?\s+(?:en|em)\s|riunit[ie]\s+a\s|bijeen(?:gekomen)?\s+in\b|"
    r"zebrani\s+w\s|samlade\s+i\s|samlet\s+i\s)",
    re.IGNORECASE,
)
# The same pattern with case kept, for a text that is ASCII, searched in lower case: there
# lowering is all that IGNORECASE does (no character folds to another), and the literal
# alternatives are tried some 4 times faster (the pattern is written in lower case).
_ROLE_WORDS_LOWERED = re.compile(_ROLE_WORDS.pattern)


def _has_role_word(text: str) -> bool:
    """Whether a text has a role word (`_ROLE_WORDS`)."""
    if text.isascii():
        return _ROLE_WORDS_LOWERED.search(text.lower()) is not None
    return _ROLE_WORDS.search(text) is not None


# A part of a sentence, up to a comma, with a preposition of place: where `says_where` may
# find the sentence's venue (searched in C, a line at a time).
_LOCATIVE_PART = re.compile(
    r"\s(?:" + "|".join(sorted(_ONLY_LOCATIVES)) + r")\s[^,]{1,80},", re.IGNORECASE
)


def without_roles(line: str) -> str:
    """A paragraph without the parts of its sentences that name a place's role other than
    signing: 'signed in Leeds, the host city, by Sheffield, York and Hull, with Doncaster
    as coordinator' reads 'by Sheffield, York and Hull'. A part (between commas) with a
    role word goes, and so does the part before it where it names no place of its own (an
    apposition: 'Leeds, the host city'). Lines that are no prose are kept as they are."""
    text = clean(line)
    if not _is_prose(text) or not (_has_role_word(text) or _LOCATIVE_PART.search(text)):
        return line
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        parts = _split_outside_brackets(sentence, ",")
        drop = set()
        if len(parts) > 2 and says_where(parts[0], _ONLY_LOCATIVES) and _SIGNING.search(sentence):
            drop.add(0)  # 'Tại hội nghị ở Đà Lạt, Thành phố Hà Nội, ... đã ký': the venue
        for k, part in enumerate(parts):
            if _has_role_word(part):
                drop.add(k)
                if k and not _names(part):
                    drop.add(k - 1)  # 'Leeds, the host city'
            elif k - 1 in drop and not _names(part):
                drop.add(k)  # the role's clause: '..., except Buzău, which signs in May'
        kept.append(", ".join(p for k, p in enumerate(parts) if k not in drop))
    return " ".join(kept)


MIN_BAR_ROWS = 3


def bar_table_rows(lines: list[str]) -> set[int]:
    """The lines of a table whose cells bars part, without a bar at the line's ends ('Cork |
    Ireland | 2021'): MIN_BAR_ROWS or more lines in a row of the same number of cells, in
    one of which after the first each row gives a country or a number. Places between bars
    with no such column ('Bamberg | Kempten | Wetzlar') are several entries a line."""
    rows: set[int] = set()
    run: list[int] = []
    for k, line in enumerate([*lines, ""]):
        cells = line.count(" | ")
        if cells and not line.startswith("|") and (not run or lines[run[0]].count(" | ") == cells):
            run.append(k)
            continue
        if len(run) >= MIN_BAR_ROWS and _bar_columns(run, lines):
            rows.update(run)
        run = [k] if cells and not line.startswith("|") else []
    return rows


def _bar_columns(run: list[int], lines: list[str]) -> bool:
    table = [[clean(cell) for cell in lines[k].split(" | ")] for k in run]
    return any(
        all(any(c.isdigit() for c in row[i]) or find_country(row[i]) for row in table)
        for i in range(1, len(table[0]))
    )


def pipe_row(line: str) -> str:
    """A Markdown table's row as a tab-separated one: '| Rosario | Argentina | 2020 |' ->
    'Rosario\tArgentina\t2020'; the rule under its header ('|---|:--|') is no text."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    if all(set(cell) <= set("-: ") for cell in cells):
        return ""
    return "\t".join(cells)


def _names(part: str) -> bool:
    """Whether a part of a sentence has a capitalised word after its first."""
    if part.islower():
        return False  # no capital letter in it: not parted into words
    return any(w[:1].isupper() for w in _WORD.findall(part)[1:])


def check_worth_reading(lines: list[str], is_place: PlaceNames) -> None:
    """Refuse, at once, a page of many short lines that name no places.

    Each short line costs the readers some 50 microseconds a shape, so a page of more than
    FREE_LINES of them (a list of 10,000 entries, or a megabyte of noise) is first sampled:
    SAMPLED_LINES lines spread over the page, each asked whether it names a place (the
    place finder's question) or gives a country. A list names one on most of its lines; a
    page on which fewer than MIN_PLACE_SHARE of them do is refused, naming its size, in a
    few milliseconds instead of read for seconds.
    """
    short = [line for line in lines if line.strip() and len(line) <= MAX_ENTRY_CHARS]
    if len(short) <= FREE_LINES:
        return
    step = len(short) / SAMPLED_LINES
    sample = [short[int(k * step)] for k in range(SAMPLED_LINES)]
    naming = sum(_names_a_place(line, is_place) for line in sample)
    if naming < MIN_PLACE_SHARE * SAMPLED_LINES:
        size = sum(len(line.encode("utf-8")) + 1 for line in lines)
        raise ParseError(
            f"the page ({size:,} bytes) has {len(short):,} short lines, but only {naming} of "
            f"{SAMPLED_LINES} of them, taken across the page, name a place or a country: it "
            "does not read as a member list; give the part of the page that lists the "
            "signatories"
        )


def _names_a_place(line: str, is_place: PlaceNames) -> bool:
    text = clean(line)
    entry = read_entry(text, 0)
    return bool(entry is not None and entry.codes) or bool(find_places(text, is_place, frozenset()))


_BROKEN_AFTER = re.compile(r"(?:[^\W\d_]-|\s(?:" + "|".join(PARTICLES) + r"))$")
_NAME_TAIL = re.compile(r"[^\W\d_]+,")


def rejoined(lines: list[str]) -> list[str]:
    """Entries the copy broke over two lines, joined on the first (the second left blank, so
    that line numbers stay): after a hyphen ('Stoke-on-' / 'Trent', 'Apel-' / 'doorn') or a
    particle ('Newcastle upon' / 'Tyne'), or an indented line under a bulleted one that is
    no entry of its own ('• Portland,' / '  Maine', '• Salt Lake' / '  City, Utah'), or a
    word and a comma under a bulleted line without one ('5. Milton' / 'Keynes, UK')."""
    out = list(lines)
    for i in range(len(out) - 1):
        line, following = out[i].rstrip(), out[i + 1]
        nxt = following.strip()
        if not line.strip() or not nxt or _BULLET.match(nxt) or len(line) > MAX_ENTRY_CHARS:
            continue
        bulleted = _BULLET.match(line.strip()) is not None
        indented = following[:1].isspace() and bulleted
        # '5. Milton' / 'Keynes, United Kingdom': a name's last word took the country along
        tail = bulleted and "," not in line and _NAME_TAIL.match(nxt) is not None
        if _BROKEN_AFTER.search(line) or indented or tail:
            glue = "" if line.endswith("-") else " "
            if line.endswith("-") and nxt[:1].islower():
                line = line[:-1]  # 'Apel-' 'doorn': a word the copy hyphenated
            out[i], out[i + 1] = line + glue + nxt, ""
    return out


MIN_CARDS = 3  # fewer blocks of the same lines are no directory of cards
MAX_CARD_LINES = 5
MAX_CARD_LINE_CHARS = 60


def cards_joined(lines: list[str]) -> list[str]:
    """A directory flattened from cards ('Aarhus' / 'Denmark' / 'Member since 2019', a blank
    line, the next card), each card joined on its first line as a table row (its fields
    tab-separated, its other lines left blank, so that line numbers stay): MIN_CARDS or more
    blocks in a row of the same number of short lines, whose first line holds no digit and
    is no country, and whose lines at some other position each give a country or a number
    (a year, a date, a population) or are the same link ('Read more'); a card's sentence
    ('The city joined in 2023.') is left out of its row."""
    out = list(lines)
    blocks: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.strip():
            blocks[-1].append(i)
        elif blocks[-1]:
            blocks.append([])
    run: list[list[int]] = []
    for block in [*blocks, []]:
        if run and len(block) == len(run[0]) and _card(block, lines):
            run.append(block)
            continue
        if len(run) >= MIN_CARDS and _card_fields(run, lines):
            for card in run:  # a card's sentence ('The city joined in 2023.') or link
                fields = [clean(lines[i]) for i in card]  # ('Read more') is no field of it
                kept = [fields[0], *(f for f in fields[1:] if not _is_prose(f))]
                out[card[0]] = "\t".join(f for f in kept if not is_furniture(f))
                for i in card[1:]:
                    out[i] = ""
        run = [block] if _card(block, lines) else []
    return out


def _card(block: list[int], lines: list[str]) -> bool:
    first = lines[block[0]] if block else ""
    return (
        2 <= len(block) <= MAX_CARD_LINES
        and len(first.strip()) <= MAX_CARD_LINE_CHARS
        and all(len(lines[i].strip()) <= MAX_ENTRY_CHARS for i in block)
        and not any(char.isdigit() for char in first)
        and find_country(clean(first)) is None
    )


def _card_fields(run: list[list[int]], lines: list[str]) -> bool:
    """Whether the cards' lines at some position after the first each give a country or a
    number, or are the same link in every card ('Read more', 'Leia mais'); the others
    short."""
    width = range(1, len(run[0]))
    if not all(len(lines[card[k]].strip()) <= MAX_CARD_LINE_CHARS for card in run for k in width):
        return any(len({clean(lines[card[k]]) for card in run}) == 1 for k in width)
    return any(
        all(
            any(c.isdigit() for c in lines[card[k]]) or find_country(clean(lines[card[k]]))
            for card in run
        )
        or len({clean(lines[card[k]]) for card in run}) == 1
        for k in width
    )


def _trimmed_beside(found: MemberList) -> bool:
    """Names trimmed right beside the list ('Lyon (maire Anne Roux)' above 'Utrecht
    (Netherlands)'), or a heading after its last entry ('Perú' over lines it could not
    read): only the gazetteer can tell whether they are places of it."""
    near = range(found.first_line - 2, found.last_line + 3)
    return any(
        (s.reason == _AT_THE_EDGE and s.line in near)
        or (s.reason == _REASONS["heading"] and s.line > found.last_line)
        for s in found.skipped
    )


def _most_items(lines: list[str]) -> int:
    """At most how many entries the place finder can read in the page: one an item of a
    line (items parted by ; · |), and in prose one a part between commas."""
    most = 0
    for line in (clean(raw) for raw in lines):
        if _is_prose(line):
            most += 1 + line.count(",") + line.count(";")
        elif line:
            most += 1 + sum(line.count(c) for c in ";·|")
    return most


def _best(readings: list[MemberList | None]) -> MemberList | None:
    found = [r for r in readings if r is not None and r.entries]
    if not found:
        return None
    return max(found, key=lambda r: (sum(bool(e.codes) for e in r.entries), len(r.entries)))


# ----------------------------------------------------------------------------- places first
#
# Where no shape reads a list, the list is found from its places: every run of one to four
# words of a short line is looked up among the gazetteer's names (main and alternate, in
# every language GeoNames has), a line's fields are parted by its separators (tabs, commas,
# dashes, brackets, colons, the digits of a table run together), and the list is the block
# of lines whose places stand in the same field. Each entry is read around its place: a
# country in another field of the line, or a country heading over the block.

MAX_PLACE_WORDS = 4
MIN_FOUND = 3  # fewer places than this in a block are prose or furniture, not a list
MIN_IN_SENTENCE = 4  # in running text, fewer are examples ('cities such as A, B and C')
# The place finder stops (and reads no list from the block it is in) once it has asked the
# gazetteer this many questions on a page: the news of benchmarks/reading.py's 1 MB page ask
# 7,000 (their names repeat), with its 2,000-row table 13,000.
MAX_FINDER_LOOKUPS = 40_000
_WORD = re.compile(r"[^\W\d_](?:(?:[^\W\d_]|['’-])*[^\W\d_])?")
_FIELD_SEPARATOR = re.compile(r"\t|\s+[·|•–—-]\s+|[,;:()\[\]]|\d+|\s{3,}")
_ITEM_SEPARATOR = re.compile(r"\s+[·|•]\s+|;")
# The items of a line after its country and a colon: 'Francia: Nizza, Lione e Marsiglia'.
_WIDE_GAP = re.compile(r"[ \u00a0]{3,}")  # between the columns of a line aligned with spaces
_COMMA_ITEMS = re.compile(r"," + "|" + _CONJUNCTION.pattern, re.IGNORECASE)
_VOWELS = "aeiouy"
_SUBJECT = re.compile(r" [^\W\d_]*[a-zß-ÿ]")  # a word in lower case right after
_BRACKETED = re.compile(r"\([^()]*\)")
_WORD_GAP = re.compile(r"[^\w\s'’-]|\s{2,}")  # words a place's name cannot run across


@dataclass(frozen=True)
class Found:
    """A place found in a line: its name, where it stands, and whether it was inflected."""

    name: str  # the gazetteer's form: 'Kraków' for 'Krakowa'
    start: int
    end: int
    inflected: bool = False


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
    ("as", ("a",)),  # Latvian: 'Valmieras' Valmiera, 'Rīgas' Rīga
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
    ("ně", ("eň",)),
    ("le", ("ła", "ło")),  # Polish locatives: 'w Pile' Piła, 'w Kole' Koło
    ("ě", ("a", "o")),
    ("cy", ("ca",)),  # Polish genitives of -ca and -ia: 'Legnicy' Legnica, 'Gdyni' Gdynia
    ("i", ("ia",)),
    ("a", ("o",)),
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
    ("і", ("я", "а")),
    ("ова", ("ів",)),
)


def _case_form_place(word: str, is_place: PlaceNames) -> str | None:
    """The place a word in a case form names by `_CASE_ENDINGS`: its ending replaced by
    the gazetteer's form's ('Kauno' -> 'Kaunas', 'Lahden' -> 'Lahti', 'Pile' -> 'Piła'), a
    known place of four letters or more whose stem (two letters or more) a place's name may
    start with; None if none."""
    lower = word.lower()
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


def common_words(lines: Iterable[str]) -> frozenset[str]:
    """The words a page writes in lower case somewhere: 'die', 'mehr', 'red' are words of
    its language there, not places, even where a line starts with them. A name that starts
    with a prefix in lower case ('eThekwini') is none of them."""
    return _common_words(tuple(lines))


@lru_cache(maxsize=1)  # the place finder and then the signed sentence ask of the same page
def _common_words(lines: tuple[str, ...]) -> frozenset[str]:
    written = {w for line in lines for w in _WORD.findall(line)}  # each word looked at once
    return frozenset(fold(w) for w in written if w.islower())  # not 'eThekwini'


def find_places(
    text: str, is_place: PlaceNames, common: frozenset[str], frames: frozenset[str] = frozenset()
) -> list[Found]:
    """The places a line names: the longest run of up to four words that is a known place,
    left to right; a capitalised word that is none may be an inflected place. A single
    word of the page's `common_words`, or of one or two letters, is no place, nor is a
    form after a place (`Council` in 'Hull City Council', `Kommune`); a place before a word
    of the list's frame (`frame_words`: 'Kumasi Metropolitan Assembly' beside 'Accra
    Metropolitan Assembly') is no person's given name."""
    words = list(_WORD.finditer(text))
    found: list[Found] = []
    i = 0
    while i < len(words):
        word = words[i].group()
        # capitalised, or after a one-letter prefix in lower case ('eThekwini', 'uMhlathuze')
        cased = word[:1].isupper() or word[1:2].isupper()
        size = _place_size(text, words, i, is_place, common) if cased else 0
        if size == 1 and _given_name(text, words, i, is_place, frames):
            size = 0
        if size:
            found.append(Found(text[words[i].start() : words[i + size - 1].end()], 0, 0))
            found[-1] = Found(found[-1].name, words[i].start(), words[i + size - 1].end())
            i += size
            form = _FORM_NEXT.match(text, words[i - 1].end())  # 'Hull City Council'
            while form and i < len(words) and words[i].start() < form.end():
                i += 1
            continue
        if word[:1].isupper() and fold(word) not in common:
            stem = inflected_place(word, is_place)
            if stem is not None:
                found.append(Found(stem, words[i].start(), words[i].end(), inflected=True))
        i += 1
    return found


def _given_name(
    text: str, words: list[re.Match[str]], i: int, is_place: PlaceNames, frames: frozenset[str]
) -> bool:
    """'Jan Novák', 'Sofia Hansen': a one-word place right before a capitalised word that
    is no place is a person's given name; not before a form ('Sunderland City Council') or
    a word of the list's frame."""
    if i + 1 >= len(words) or text[words[i].end() : words[i + 1].start()] != " ":
        return False
    if _FORM_NEXT.match(text, words[i].end()):
        return False
    following = words[i + 1].group()
    return following[:1].isupper() and fold(following) not in frames and not is_place(following)


def _place_size(
    text: str, words: list[re.Match[str]], i: int, is_place: PlaceNames, common: frozenset[str]
) -> int:
    """How many words from words[i] on name a known place (the most), or 0.

    Each longer run is looked up only if a place's name may start with the shorter one
    (`PlaceNames.begins`): most words start none, and cost one question, not four."""
    longest = 0
    for size in range(2, min(MAX_PLACE_WORDS, len(words) - i) + 1):
        name = text[words[i].start() : words[i + size - 1].end()]
        if _WORD_GAP.search(name) or not is_place.begins(name):
            break
        if is_place(name):
            longest = size
    if longest:
        return longest
    word = words[i].group()
    return int(len(word) >= 3 and fold(word) not in common and is_place(word))


def _fields(text: str) -> list[tuple[int, int]]:
    """Where each field of a line starts and ends, parted by its separators."""
    spans, start = [], 0
    for match in _FIELD_SEPARATOR.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


@dataclass(frozen=True)
class _Item:
    """One item of a line (a line is one item unless '·', '|' or ';' part several)."""

    line: int
    text: str
    fields: tuple[tuple[int, int], ...]
    places: tuple[tuple[int, Found], ...]  # (field index, place)
    country: str = ""  # a heading or 'Country:' before the items


def _split_items(text: str) -> list[str]:
    """`_ITEM_SEPARATOR.split(text)`: not searched where none of its characters is (some
    9 µs a sentence's piece, where most have none)."""
    if ";" in text or "·" in text or "|" in text or "•" in text:
        return _ITEM_SEPARATOR.split(text)
    return [text]


def _items(
    number: int,
    text: str,
    heading: str,
    is_place: PlaceNames,
    common: frozenset[str],
    *,
    in_sentence: bool = False,
    frames: frozenset[str] = frozenset(),
) -> list[_Item]:
    """A line's items and their places; a line that is a headline about a place names none
    (in a sentence, the verb after a list's last place is no headline)."""
    head, colon, rest = text.partition(":")
    country = heading
    if colon and find_country(head) is not None:
        country, text = clean(head), rest
    parts = [p for p in _split_items(text) if p.strip()]
    if country != heading and len(parts) == 1:  # 'Italia: Torino, Genova e Bergamo'
        parts = [p for p in _COMMA_ITEMS.split(text) if p.strip()]
    if len(parts) == 1 and "   " in text:  # two columns of places: 'Bilbao      Santander'
        cells = [c for c in _WIDE_GAP.split(text.strip()) if c]
        row = len(cells) > 1 and all(_only_a_place(c, is_place) for c in cells)
        if row and not all(find_country(clean(c)) for c in cells[1:]):  # 'Lyon    France'
            parts = cells
    items = []
    for part in parts if len(parts) > 1 else [text]:
        part = _after_person(part, is_place, common)
        fields = _fields(part)
        places = []
        for found in find_places(part, is_place, common, frames):
            if not in_sentence and _headline(part[found.end :], frames):
                break
            index = next((k for k, (s, e) in enumerate(fields) if s <= found.start < e), 0)
            places.append((index, found))
        items.append(_Item(number, part, tuple(fields), tuple(places), country))
    return items


def _only_a_place(cell: str, is_place: PlaceNames) -> bool:
    """A cell of a line that is a place's name and nothing else (no number): 'Granada' too,
    which is Grenada in Spanish."""
    value = clean(cell)
    return not any(c.isdigit() for c in value) and is_place(value)


# The preposition between a person and the place they speak for: 'Mayor Ana Ruiz of
# Bilbao', 'Burgemeester Jan de Boer van Amersfoort'.
_FOR_PLACE = re.compile(
    r"\s(?:of|van|von|de|di|du|del|della|da|do|för|für|namens)\s+$", re.IGNORECASE
)


def _after_person(part: str, is_place: PlaceNames, common: frozenset[str]) -> str:
    """An item that starts with a title and a name, its place parted from the person by a
    comma as by a preposition: 'Mayor Chris Leipzig of Graz' -> 'Mayor Chris Leipzig, Graz',
    as 'Mayor Ana de Vries, Bilbao' is written (the place is its last, not a country); the
    item as it is where it starts with no title or no preposition stands before that place."""
    if _PERSON.match(_BULLET.sub("", part, count=1)) is None:
        return part
    places = [f for f in find_places(part, is_place, common) if not find_country(f.name)]
    before = _FOR_PLACE.search(part, 0, places[-1].start) if places else None
    return f"{part[: before.start()]}, {part[before.end() :]}" if before else part


# A web or email address: a directory's column, no words of a sentence.
_WEB = re.compile(r"\S*(?:@|www\.|https?://)\S*")


def _headline(after: str, frames: frozenset[str] = frozenset()) -> bool:
    """What follows a place in a line is a sentence about it ('Zwolle opent een nieuwe
    fietsgarage', 'Zürich, Schweiz – neue Radwege eröffnet'): two or more words in lower
    case outside brackets and web or email addresses, not counting the page's
    `frame_words` ('Kauno miesto savivaldybė'). An entry has at most a role, a name or
    columns after its place."""
    words: list[str] = _WORD.findall(_WEB.sub(" ", _BRACKETED.sub(" ", after)))
    return sum(w[:1].islower() and fold(w) not in frames for w in words) >= 2


MIN_FRAMED_LINES = 3


def frame_words(lines: Iterable[str]) -> frozenset[str]:
    """Words that three or more short lines of a page write after a capitalised word, or
    end with after one: the frame of a list ('Lahden kaupunki', 'Kauno miesto savivaldybė',
    'gradonačelnik Grada', 'Rīgas valstspilsētas pašvaldība' beside 'Valmieras novada
    pašvaldība', 'Accra Metropolitan Assembly' beside 'Tamale Metropolitan Assembly'), not a
    headline's verbs or a person's family name, which do not repeat so."""
    counts: dict[str, int] = {}
    for line in lines:
        if not line or _is_prose(line) or len(line) > MAX_ENTRY_CHARS:
            continue
        words = _WORD.findall(line)
        after = {fold(w) for prev, w in pairwise(words) if prev[:1].isupper()}
        if len(words) > 2 and words[0][:1].isupper() and words[-1][:1].islower():
            after.add(fold(words[-1]))  # and the frame's last word: 'X valstspilsētas pašvaldība'
        for word in after:
            counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= MIN_FRAMED_LINES)


def _is_prose(text: str) -> bool:
    words = text.split()
    return len(text) > MAX_ENTRY_CHARS or (len(words) >= 6 and text.endswith((".", "!", "?")))


def _blocks(
    lines: list[str], is_place: PlaceNames, page: list[str] | None = None
) -> Iterable[list[_Item]]:
    """Runs of lines that name places, parted by prose or by three lines naming none."""
    common = common_words(lines if page is None else page)
    frames = frame_words(lines)
    block: list[_Item] = []
    heading, misses, budget = "", 0, is_place.lookups + MAX_FINDER_LOOKUPS
    for number, raw in enumerate(lines, start=1):
        text = clean(raw[: MAX_ENTRY_CHARS * 20]) if raw else ""
        if is_place.lookups > budget:
            return  # the block it is in may go on: a part of a list is no list
        if not text:
            continue
        if _is_prose(text) or misses >= 3:
            if block:
                yield block
            block, heading, misses = [], "", 0
            if _is_prose(text):
                yield from _sentences(number, text, is_place, common)
                continue
        if (country := heading_country(text)) is not None or is_world_region(text):
            heading = country or ""
            continue
        raw_text = _unglued(raw[: MAX_ENTRY_CHARS * 20].strip())  # tabs part a table's cells
        menu = "|" in text and any(map(is_furniture, text.split("|")))  # 'Home | Contact'
        skip = menu or is_furniture(text) or is_address(raw_text)
        items = [] if skip else _items(number, raw_text, heading, is_place, common, frames=frames)
        if any(item.places for item in items):
            block.extend(items)
            misses = 0
        else:
            misses += 1
    if block:
        yield block


# A table flattened with its cells run together: a word runs into a figure ('Bogotá2019',
# 'Aachen249270'), and a cell into the next where a small letter meets a capital.
_GLUED_ROW = re.compile(r"[^\W\d_]\d")


def _unglued(text: str) -> str:
    """A glued table's row with a tab between its cells, as a table copied with its tabs
    has: 'BogotáColombia2019' -> 'Bogotá\tColombia\t2019', 'San JoséCosta Rica2022' ->
    'San José\tCosta Rica\t2022'; any other line as it is."""
    if _GLUED_ROW.search(text) is None:
        return text
    cells = [text[0]] if text else []
    for before, char in pairwise(text):
        cells.append("\t" + char if before.islower() and char.isupper() else char)
    return "".join(cells)


def _sentences(
    number: int, text: str, is_place: PlaceNames, common: frozenset[str]
) -> Iterable[list[_Item]]:
    """Each sentence of a paragraph as a block of its items, parted by commas, semicolons
    and the language's 'and': a list in running text stays inside one sentence. A sentence's
    first word followed by a word in lower case is its subject ('Wir stehen ...'), not a
    place of a list."""
    for sentence in _SENTENCE_END.split(text):
        pieces = [
            piece.strip()
            for part in _split_outside_brackets(sentence, ",")
            for piece in _split_conjunctions(f" {part} ")
            if piece.strip()
        ]
        if _most_cased_items(pieces) < MIN_IN_SENTENCE:
            continue  # too few of its items can name a place to make a list: none looked up
        block = []
        for k, piece in enumerate(pieces):
            for item in _items(number, piece, "", is_place, common, in_sentence=True):
                places = tuple(
                    (0, f)
                    for _, f in item.places
                    if k or f.start or not _SUBJECT.match(item.text[f.end :])
                )
                block.append(_Item(item.line, item.text, ((0, len(item.text)),), places))
        yield block


def _after_locative(text: str, found: Found) -> bool:
    """Whether a place comes after a preposition of place ('Elbląga podczas spotkania w
    Olsztynie'): a piece of a list's sentence names one entry first, then may say where."""
    words = text[: found.start].split()
    return bool(words) and words[-1].lower() in _LOCATIVES


def _most_cased_items(pieces: list[str]) -> int:
    """At most how many of the pieces' items (`_items`) name a place: the ones with a
    capital letter, as a place found starts with one."""
    return sum(
        not part.islower() for piece in pieces for part in _split_items(piece) if part.strip()
    )


def _column(block: list[_Item]) -> int:
    """The field whose places, not countries, fill most of it over a block's items: 'Stadt
    Regensburg' more than 'Oberbürgermeisterin Anna Keller' fills its field. A place in a
    field that names a body counts half: 'Primăria Municipiului Arad, Județul Arad' lists
    the city, its county after it."""
    cover: dict[int, float] = {}
    for item in block:
        best: dict[int, float] = {}
        for k, found in item.places:
            if find_country(found.name) is None:
                start, end = item.fields[k] if k < len(item.fields) else (0, len(item.text))
                field = strip_form(item.text[start:end].strip())  # 'Bergen kommune' is full
                share = (found.end - found.start) / max(1, len(field))
                share /= 1 + found.inflected  # an inflected place is less sure: half
                share /= 1 + bool(body_kind(item.text[start:end]))  # 'Județul Arad': half
                best[k] = max(best.get(k, 0.0), share)
        for k, share in best.items():
            cover[k] = cover.get(k, 0.0) + share
    return max(cover, key=lambda k: (cover[k], -k), default=0)


def _entry(item: _Item, column: int) -> RawEntry | None:
    """An item's entry: its place in the list's column, and a country from another field."""
    places = [found for index, found in item.places if index == column]
    if not places:
        return None
    # an inflected place stands first, after its frame ('Primátor Plzně Tomáš Černý')
    place = _exact_place(item, column)
    country = item.country
    for k, (start, end) in enumerate(item.fields):
        value = clean(item.text[start:end])
        if k != column and value[:1].isupper() and find_country(value) is not None:
            country = value  # 'Estonia', 'EE'; not a column's 'no'
            break
    codes = (code,) if country and (code := find_country(country)) else ()
    start, end = item.fields[column] if column < len(item.fields) else (0, len(item.text))
    field = _BULLET.sub("", clean(item.text[start:end]), count=1)  # '• Consiliul Județean X'
    name, kind = (field, body_kind(field)) if body_kind(field) else (strip_form(place.name), "city")
    return RawEntry(item.line, clean(item.text), name, country, "", codes, kind=kind)


def _exact_place(item: _Item, column: int) -> Found:
    """The longest place named exactly in the item's column, else its first place."""
    places = [found for index, found in item.places if index == column]
    exact = [f for f in places if not f.inflected]
    return max(exact, key=lambda f: (f.end - f.start, f.start)) if exact else places[0]


def _framed(block: list[_Item], column: int) -> str:
    """Two thirds or more of a block's lines, three or more, frame their place in the list's
    column with the same word (`_frame_words`): 'Prezydent Miasta Lublina', 'Δήμος Βόλου',
    'Lahden kaupunki'."""
    firsts: dict[str, int] = {}
    lines = {item.line for item in block}
    for item in block:
        found = next((f for k, f in item.places if k == column), None)
        for frame in _frame_words(item.text, found) if found is not None else set():
            firsts[frame] = firsts.get(frame, 0) + 1
    frame, most = max(firsts.items(), key=lambda kv: (kv[1], kv[0]), default=("", 0))
    return frame if len(lines) == len(block) and most >= 3 and most * 3 >= len(block) * 2 else ""


def _genitive_entries(
    block: list[_Item], column: int, frame: str, is_place: PlaceNames
) -> list[RawEntry]:
    """The entries of a list of genitives framed by `frame`: each item that has the frame,
    its place in the column that stands after the word most of the list's places stand
    after ('města Brna', 'Primátor Plzně Tomáš Černý', 'Burgemeester Sanne Mulder van
    Leeuwarden'), read in a case form where one names a place ('Turun' is Turku, not a
    Turun elsewhere; 'Βόλου' is Βόλος)."""
    after: dict[str, int] = {}
    for item in block:
        for word in {_word_before(item.text, f) for k, f in item.places if k == column}:
            after[word] = after.get(word, 0) + 1
    entries = []
    for item in block:
        places = [f for k, f in item.places if k == column]
        if not places or frame not in _frame_words(item.text, places[0]):
            continue  # 'Privatumo politika' under a list of 'X miesto savivaldybė'
        found = max(places, key=lambda f: (after.get(_word_before(item.text, f), 0), -f.start))
        if not found.inflected:
            written = item.text[found.start : found.end]
            nominative = _case_form_place(written, is_place) if " " not in written else None
            found = replace(found, name=nominative or found.name, inflected=bool(nominative))
        entry = _entry(replace(item, places=((column, found),)), column)
        entries.extend([entry] if entry is not None else [])
    return entries


def _without_repeats(block: list[_Item]) -> list[_Item]:
    """A block's items without the places that most of its lines, three or more, name:
    the same word on every line is the frame ('Grada Zagreba', 'Grada Splita'), not a
    place each line lists again."""
    lines: dict[str, set[int]] = {}
    for item in block:
        for _, found in item.places:
            lines.setdefault(fold(item.text[found.start : found.end]), set()).add(item.line)
    count = len({item.line for item in block})
    repeated = {w for w, n in lines.items() if len(n) >= MIN_FRAMED_LINES and len(n) * 2 > count}
    if not repeated:
        return block
    return [
        replace(item, places=tuple(
            (k, f) for k, f in item.places if fold(item.text[f.start : f.end]) not in repeated
        ))
        for item in block
    ]  # fmt: skip


_FRAME_STEM = 5  # letters of a frame's word compared: 'Primátor' and 'Primátorka' agree


def _word_before(text: str, found: Found) -> str:
    words = _WORD.findall(text[: found.start])
    return fold(words[-1])[:_FRAME_STEM] if words else ""


def _frame_words(text: str, found: Found) -> set[str]:
    """The words that frame a place in its line, as stems: all before it ('Primátor mesta',
    'Ivan Horvat, gradonačelnik Grada') and the first two after it ('kaupunki', 'miesto
    savivaldybė'), of four letters or more."""
    before = _WORD.findall(text[: found.start])
    after = _WORD.findall(text[found.end :])[:2]
    return {fold(w)[:_FRAME_STEM] for w in (*before, *after) if len(w) >= 4}


def read_places(
    lines: list[str], is_place: PlaceNames, *, page: list[str] | None = None
) -> MemberList | None:
    """The block of lines whose places stand in one field: the list, found from its places.

    A block is a list when it names at least MIN_FOUND places (MIN_IN_SENTENCE in one
    sentence), most of its items name one in the same field, and either at least a third of
    them are named exactly (not only inflected) or most of its lines name their place after
    the same word ('Prezydent Miasta Lublina', 'Prezydent Miasta Kielc': a list of genitives
    has a frame, capitalised words that happen to look inflected have none); the longest
    such block wins.
    """
    best: list[RawEntry] = []
    for block in map(_without_repeats, _blocks(lines, is_place, page)):
        column = _column(block)
        most = sum(any(k == column for k, _ in item.places) for item in block)
        if most < MIN_FOUND or most <= len(best) or most * 3 < len(block) * 2:
            continue  # an entry is an item's place in the column: too few of them for a list
        entries = [e for item in block if (e := _entry(item, column)) is not None]
        exact = sum(not any(f.inflected for _, f in item.places) for item in block)
        regular = len(entries) * 3 >= len(block) * 2  # most items name it in one field
        least = MIN_IN_SENTENCE if len({e.line for e in entries}) == 1 else MIN_FOUND
        inflected = sum(any(f.inflected for k, f in i.places if k == column) for i in block)
        frame = _framed(block, column) if inflected * 2 >= len(entries) else ""  # genitives
        sure = exact * 3 >= len(entries) or bool(frame)
        if frame:
            entries = _genitive_entries(block, column, frame, is_place)
        if regular and len(entries) >= least and sure and len(entries) > len(best):
            best = entries
    if not best:
        return None
    return _finish("places", best, (), lines, best[-1].line)


# Words of signing, in the corpus's languages and their neighbours' (matched at a word's
# start, case aside): a sentence with one says who signed, however few they are. Joining
# counts as signing: a network's new members are named as its signatories are ('welcomed
# Kisumu, Mombasa and Nakuru as new members', 'a accueilli Lomé', 'dio la bienvenida a').
_SIGNING = re.compile(
    r"(?<!\w)(?:sign(?:ed|s|ing)\b|sign[ée]e?s?\b|signataires|signatories|put their names|"
    r"unterzeichne|unterschrieb|underskrev|underteckn|undertegn|signert|firmat[oi]|"
    r"firm(?:ad[oa]s?|aron|an|ó)\b|sottoscritt|assinad[oa]|assinaram|ondertekend|podpisa|podpísa|"
    r"podepsa|allekirjoitt|υπέγραψ|υπογράφ|semnat|potpisa|pasiraš|aláír|podpisal|signa[tr]|"
    r"imzala|parakst|allkirjast|підписал|подписа|"
    r"joined\b|welcomed\b|new members?\b|accueilli|rejoint|nouveaux membres|nouvelles membres|"
    r"bienvenida|se (?:suman|sumaron|unen|unieron|incorporan|incorporaron)\b|nuevos miembros|"
    r"sumad[oa]s?\b|adherid[oa]s?\b|si aggiung|"
    r"boas-vindas|novos membros|aderiram|beigetreten|neue mitglieder|aufgenommen|"
    r"nuovi membri|aderito|nieuwe leden|toegetreden|menyambut|bergabung|anggota baru|加盟|"
    r"asinaron|asinado|asinou|sinatu|undirrit|потписа|đã ký|서명|签署|署名|"
    r"חתמו|חתמה|נחתם|وقّع|وقع|توقيع|امضا)\w*",
    re.IGNORECASE,
)


def read_signed_sentence(
    lines: list[str], is_place: PlaceNames, *, page: list[str] | None = None
) -> MemberList | None:
    """Where no list is found: the first sentence with a word of signing that names a place
    names the signatories, one to three as well as more ('Signée par les maires de Lille et
    de Strasbourg, cette lettre est adressée ...': Lille, Strasbourg). They are the places
    after the word, in its part of the sentence (between commas) and the parts right after
    it that start with a place; else the places named exactly before the word in its
    sentence ('The Lord Mayor of Dublin, Cllr Ann Byrne, today signed the call'); a form is
    no place ('Jede unterzeichnende Stadt'). Roles are already left out
    (`without_roles`: a host, venue, addressee or exception is no signatory)."""
    common = common_words(lines if page is None else page)
    for first, last, text in _paragraphs(lines):
        for sentence in _SENTENCE_END.split(clean(text)):
            sign = _SIGNING.search(sentence)
            if sign is None:
                continue
            found = _signed_places(sentence[sign.end() :], is_place, common)
            before = find_places(sentence[: sign.start()], is_place, common)
            found = found or [f for f in before if not f.inflected]  # a subject: nominative
            entries = [
                RawEntry(first, sentence.strip(), strip_form(f.name))
                for f in found
                if not _FORM.match(f"{f.name} x")  # 'Jede unterzeichnende Stadt hat ...'
            ]
            if entries:
                return _finish("running text", entries, (), lines, last)
    return None


def _signed_places(after: str, is_place: PlaceNames, common: frozenset[str]) -> list[Found]:
    """The places of a signing word's part of its sentence, and of the parts after it that
    start with a place, after two words at most ('..., Norrköpings och Jönköpings
    kommuner', '..., et de Nantes')."""
    parts = _split_outside_brackets(after, ",")
    found = _listed(parts[0], find_places(parts[0], is_place, common))
    for part in parts[1:]:
        places = find_places(part, is_place, common)
        if not places or len(_WORD.findall(part[: places[0].start])) > 2:
            break  # 'cette lettre est adressée au ...': no more of the list
        found += _listed(part, places)
    return found


def _listed(part: str, places: list[Found]) -> list[Found]:
    """A part's places but those after its first that say where (`_after_locative`)."""
    return [f for j, f in enumerate(places) if not (j and _after_locative(part, f))]


MIN_PARAGRAPHS = 3  # fewer paragraphs that each lead with a place are prose, not a list
LEAD_WORDS = 4  # a paragraph of a list names its place within its first words
MAX_PARAGRAPH_CHARS = 2 * MAX_ENTRY_CHARS


def read_paragraph_places(
    lines: list[str], is_place: PlaceNames, *, page: list[str] | None = None
) -> MemberList | None:
    """Where no list is found: paragraphs of one entry each ('I Karlstad leder ...',
    'Prezydent Tarnowa Anna Kowalczyk chce ...', 'Oulussa pormestari ...', 'Hessen,
    Darmstadt: Die Stadt ...'), MIN_PARAGRAPHS or more short paragraphs of prose in a row
    that name a place within their first LEAD_WORDS words. Each gives the first place it
    names there (a person named Breda later in it is no entry; before a colon, the head's
    last place: 'Hessen, Darmstadt'); a paragraph of prose naming none there ('El próximo
    encuentro será en Badajoz') is passed over, anything else ends the run; the longest
    run wins. Where most of the run's paragraphs head their place with a colon, the others
    are no entries ('Vier gemeenten ondertekenden het akkoord' above 'Gemeente Enschede:
    ...'). Roles are already left out (`without_roles`)."""
    common = common_words(lines if page is None else page)
    best: list[tuple[RawEntry, bool]] = []
    run: list[tuple[RawEntry, bool]] = []
    for first, _, raw in [*_paragraphs(lines), (0, 0, "")]:
        text = clean(raw) if len(raw) <= MAX_PARAGRAPH_CHARS else ""
        if not _is_prose(text):
            best, run = (run if len(run) > len(best) else best), []
            continue
        found = _lead_place(text, is_place, common)
        if found is not None:
            run.append((RawEntry(first, text, strip_form(found.name)), _headed(text)))
    if sum(headed for _, headed in best) * 3 >= len(best) * 2:
        best = [(entry, headed) for entry, headed in best if headed]
    if len(best) < MIN_PARAGRAPHS:
        return None
    return _finish("paragraphs", [entry for entry, _ in best], (), lines, best[-1][0].line)


def _headed(text: str) -> bool:
    """Whether a paragraph starts with a short head before a colon ('Gemeente Enschede: ...')."""
    head, colon, _ = text.partition(":")
    return bool(colon) and len(head.split()) <= MAX_NAME_WORDS


def _lead_place(text: str, is_place: PlaceNames, common: frozenset[str]) -> Found | None:
    """The place a paragraph leads with (`read_paragraph_places`), or None."""
    if _headed(text):
        places = find_places(text.partition(":")[0], is_place, common)
        return places[-1] if places else None  # 'Hessen, Darmstadt', 'Gemeente Enschede'
    words = list(islice(_WORD.finditer(text), LEAD_WORDS + 1))  # the lead's alone
    if len(words) <= LEAD_WORDS:
        return None
    lead = find_places(text[: words[LEAD_WORDS].start()], is_place, common)
    lead = [f for f in lead if not _FORM.match(f"{f.name} x")]  # 'Jede unterzeichnende Stadt'
    return lead[0] if lead else None


MIN_UNSIGNED = 6  # fewer places in running text that says nothing of signing are examples


def _examples(found: MemberList | None, lines: list[str]) -> bool:
    """Whether a list read from running text is a few places its paragraph names for
    another reason than signing ('Offers of support from Lyon, Rotterdam and Bologna',
    'cidades como Coimbra, Évora, Faro e Viseu'): fewer than MIN_UNSIGNED, none with a
    country, and no word of signing (`_SIGNING`) in their paragraph."""
    if found is None or len(found.entries) >= MIN_UNSIGNED:
        return False
    if any(e.country or e.codes for e in found.entries):
        return False  # 'Oslo (Norway); Paris (France)': entries, each with its country
    if found.shape != "running text" and found.first_line != found.last_line:
        return False  # lines of a list, not a sentence
    text = " ".join(line.strip() for line in lines[found.first_line - 1 : found.last_line])
    return _is_prose(text) and not _SIGNING.search(text)

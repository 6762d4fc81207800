"""Working out each signatory's country, and saying how it was found.

In order: the page (a country, or a code the rest of the list reads as a country), a state
or province code or name (`Springfield, IL`, `Bologna (BO)`), the default country the user
gave, the network's other members, the places the atlas already has (a name it has in one
country only: `Valencia` is Spain's once the atlas has Valencia, Spain), the countries of the
rest of the list, then the gazetteer's most populous match. A name that several places
share, or that no gazetteer knows, is flagged for review, never guessed silently; one no
gazetteer knows among five places or more all of one country (a municipality named
otherwise than any town: 'Súdwest-Fryslân', 'Botkyrka') is given that country, flagged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache, lru_cache
from typing import Protocol

from geo.countries import (
    country_name,
    find_country,
    is_region_name,
    is_vehicle_sign_only,
    municipality_countries,
    near,
    subdivision_countries,
    suggest_countries,
    territories,
    vehicle_sign_country,
)
from geo.importing.entries import (
    _FORM_NEXT,
    MAX_CODE_LETTERS,
    NORDIC_FORMS,
    PARTICLES,
    PlaceNames,
    RawEntry,
    _role_in,
    area_name,
    body_country,
    body_place,
    hyphened_place,
    level_in,
    levelled_countries,
    named_by_form,
    names_a_levelled_body,
    names_in_genitive,
    strip_form,
    takes_genitive,
    word_country,
)
from geo.importing.inflection import (
    adjective_readings,
    formed_place,
    framed_readings,
    glued_place,
    inflected_readings,
    short_genitive,
)
from geo.importing.placefinder import MAX_PLACE_WORDS
from geo.text import clean, fold, is_latin

# A second place of the same name counts when it has at least this share of the first's
# population: Portland, Maine (66,000) beside Portland, Oregon (650,000) does.
AMBIGUOUS_SHARE = 0.10
# A place counts as a reading the rest of the list may support when it has at least this
# share of its namesake's population: Mérida, Spain (60,000) beside Mérida, Mexico; not a
# village called Rosario beside Rosario, Argentina.
PLAUSIBLE_SHARE = 0.05
# A place under this share of the biggest place of its own name is a village beside a city:
# no reading the list's country gives it (Wellington, New South Wales, 5,000, beside
# Wellington, New Zealand, 381,900; Mérida, Spain, at 5% of Mérida, Mexico, is one).
VILLAGE_SHARE = 0.02
# A name whose own places are all outside the list's country is the place there that it is
# another name of, where that place is this many times bigger: 'Hull' beside British
# cities is Kingston upon Hull (314,000), not Hull, Quebec (64,000); 'Porto' beside French
# ones stays Porto, though GeoNames calls Bordeaux (265,000) Porto too.
OTHER_NAME_FACTOR = 2
# A namesake at least this share of the most populous one's population is as likely, where
# the list has other entries in its country and none in the bigger one's.
COMPARABLE_SHARE = 0.5


class Found(StrEnum):
    """How a signatory's country was found."""

    PAGE = "page"
    CORRECTED = "page, corrected"
    STATE = "state code"
    DEFAULT = "default"
    NETWORK = "network"
    ATLAS = "atlas"
    LIST = "list"
    GAZETTEER = "gazetteer"
    UNKNOWN = "unknown"
    EDITED = "edited"  # in the app's review: the editor changed the row
    CHOSEN = "chosen"  # in the app's review: the editor chose among the gazetteer's places


# Countries the page does not give: worth a look before saving.
INFERRED = frozenset({Found.NETWORK, Found.ATLAS, Found.LIST, Found.GAZETTEER})


class Place(Protocol):
    @property
    def country_code(self) -> str: ...
    @property
    def admin1(self) -> str: ...
    @property
    def population(self) -> int: ...
    @property
    def name(self) -> str: ...


class Places(Protocol):
    """The gazetteer, as inference asks it (geo.geocoding.geocode.Gazetteer)."""

    def places_named(self, name: str) -> Sequence[Place]: ...

    def region_population(self, country_code: str, admin1: str) -> int: ...

    def sounding(self, name: str, country_code: str) -> str | None: ...

    def __hash__(self) -> int: ...  # a plan's answers are kept by gazetteer (`_populations`)


@dataclass(frozen=True)
class Signatory:
    """One entry of a list with its country worked out."""

    line: int
    written: str
    city: str
    country: str  # as the page wrote it, or the found country's name; '' if unknown
    country_code: str
    region: str
    found: Found
    flags: tuple[str, ...] = ()
    kind: str = "city"  # or a body that is not a city: 'region', 'metropolitan area', ...


def infer_countries(
    entries: Sequence[RawEntry],
    *,
    default: str | None = None,
    members: Mapping[str, str] | None = None,
    known: Mapping[str, frozenset[str]] | None = None,
    gazetteer: Callable[[], Places] | None = None,
    variants: Callable[[str], list[str]] = lambda name: [name],
) -> list[Signatory]:
    """Every entry with its country (see the module doc); `members` maps folded names to
    codes, `known` folded names to the countries of the atlas's places of that name;
    `gazetteer` is called (once) only for what the page, members and atlas leave open."""
    members = members or {}
    known = known or {}
    if gazetteer is not None:
        entries = [_before_form(e, gazetteer()) for e in entries]
        entries = bracketed_names(join_regions(entries, gazetteer(), variants), gazetteer())
        entries = uninflected(entries, gazetteer(), variants)
        entries = as_written(entries, gazetteer(), variants)
        entries = adjectives_weighed(entries, gazetteer(), variants)
        entries = governments(entries, gazetteer(), variants)
        entries = places_inside(entries, gazetteer(), variants, keep={*members, *known})
        entries = local_codes(entries, gazetteer(), variants)
        entries = [_two_names(e, gazetteer()) for e in entries]
        entries = [_latin_named(e, gazetteer()) for e in entries]
        entries = [_one_place_two_names(e, gazetteer(), {*members, *known}) for e in entries]
        entries = [_in_its_words_country(e, gazetteer(), variants) for e in entries]
    entries = _states_named_as_countries([_in_its_kinds_country(e) for e in entries])
    schemes = _code_schemes(entries)
    regions = _region_schemes(entries)
    seats = _region_seats(entries, gazetteer(), variants) if gazetteer is not None else {}
    first: list[Signatory | None] = []
    for entry in entries:
        codes = entry.codes
        if len(codes) > 1 and gazetteer is not None:  # is Bologna (BO) in Bolivia or Italy?
            codes = tuple(c for c in codes if _populations(gazetteer(), entry.city, variants, c))
            if len(codes) > 1 and seats:  # is Hasselt (Limburg) the Dutch or the Belgian?
                codes = _in_regions_seat(entry, codes, seats, gazetteer(), variants)
        first.append(
            _from_page(entry, codes or entry.codes, schemes)
            or _from_context(entry, default, members, known)
        )
    overruled: dict[int, Signatory] = {}  # entry -> the page's country the gazetteer denies
    for k, (s, e) in enumerate(zip(first, entries, strict=True)):
        if (
            gazetteer is not None
            and s is not None
            and s.found in _GIVEN
            and s.country_code not in known.get(fold(e.city), frozenset())  # the atlas's
        ):
            first[k] = _checked(s, e, gazetteer, variants, regions)
            overruled.update({id(e): s} if first[k] is None else {})
    in_list = Counter(s.country_code for s in first if s is not None)
    open_ = {  # an overruled entry is read as one the page gives no country
        id(e): replace(e, country="", region="", codes=()) if id(e) in overruled else e
        for e, s in zip(entries, first, strict=True)
        if s is None
    }
    guessed = _from_gazetteer(list(open_.values()), gazetteer, variants, in_list) if open_ else {}
    found = [
        s if s is not None else _overruled(guessed[id(open_[id(e)])], e, overruled.get(id(e)))
        for e, s in zip(entries, first, strict=True)
    ]
    _kept_populations.cache_clear()  # kept for this plan only: not a page's names in memory
    _kept_places.cache_clear()
    _kept_list_country.cache_clear()
    named = [_as_named(s, e, gazetteer) for s, e in zip(found, entries, strict=True)]
    return [_body_flagged(s, e) for s, e in zip(named, entries, strict=True)]


def _states_named_as_countries(entries: list[RawEntry]) -> list[RawEntry]:
    """The entries, those whose country is also the name of a state of the country most of
    the list's regions are in read as that state: 'Georgia' in a column of 'Kentucky',
    'Tennessee', 'Ohio' is the US state, not the country. A list whose countries are as
    many as its regions, or more, keeps them; so does a territory with a code of its own
    (`territories`: 'La Réunion', 'Puerto Rico', 'Aruba'), a subdivision of its sovereign
    in ISO 3166-2 whose places the gazetteer files under its own code."""
    states = Counter(e.codes[0] for e in entries if e.region and not e.country and e.codes)
    countries = sum(bool(e.country) for e in entries)
    if not countries or not states:
        return entries
    ((code, many),) = states.most_common(1)
    if many < MIN_STATES or many <= countries:
        return entries
    return [
        replace(e, country="", region=e.country, codes=(code,))
        if e.country
        and code in (c for c, _ in subdivision_countries(e.country))
        and find_country(e.country) not in territories(code)
        else e
        for e in entries
    ]


MIN_STATES = 3  # a list's regions of one country, at least, to read a column of its states


# What a language adds to a place's name to inflect it (genitives, locatives, datives of
# Slavic, Baltic and other languages): 'Zagreba' Zagreb, 'Słupska' Słupsk, 'Prešova' Prešov.
_CASE_SUFFIXES = frozenset("a u y i e ě ie ia ii ą ę iu".split())


def _as_named(
    signatory: Signatory, entry: RawEntry, gazetteer: Callable[[], Places] | None
) -> Signatory:
    """A signatory whose word is its place's name with a case ending, named as the place
    is: GeoNames lists 'Zagreba' among Zagreb's names, so the word is found, but the atlas
    shows Zagreb. Not where a place there has the word as its own name ('Pisa'), nor for a
    name whose ending is no case's ('Milano' stays: Milan is another name)."""
    if gazetteer is None or entry.kind != "city" or " " in signatory.city:
        return signatory
    word = fold(signatory.city)
    named = gazetteer().places_named(signatory.city)
    there = [p for p in named if p.country_code == signatory.country_code]
    if not there or any(fold(p.name) == word for p in there):
        return signatory
    main = max(there, key=lambda p: p.population).name
    return replace(signatory, city=main) if _inflects(word, fold(main)) else signatory


def _inflects(word: str, own: str) -> bool:
    """Whether a folded word is a place's folded own name with a case ending: added
    ('zagreba', 'zagreb'), in place of its last vowel ('ostravy', 'ostrava'; not by 'a' or
    'e', which other languages' names end in: 'Sevilla', 'Genève'), or less the ending a
    reading took off ('bratislav', from 'Bratislavy': 'bratislava')."""
    if word.startswith(own) and word[len(own) :] in _CASE_SUFFIXES:
        return True
    if own.startswith(word) and own[len(word) :] in _CASE_SUFFIXES:
        return True
    stem = own[:-1]
    return (
        len(stem) >= MIN_CASE_STEM
        and own[-1:] in ("a", "o")
        and word.startswith(stem)
        and word[len(stem) :] in _CASE_SUFFIXES - {"a", "e"}  # 'Genève': no case of Geneva
    )


MIN_CASE_STEM = 4


def uninflected(
    entries: Sequence[RawEntry], places: Places, variants: Callable[[str], list[str]]
) -> list[RawEntry]:
    """Entries whose word is a small namesake of the place it inflects, in the list's
    country, read as that place: Czech 'Brna' is Brno, not Pirna (whose other name it is),
    among Olomouc and Ostrava; 'Tábora' Tábor, not Tabora, Tanzania; Polish 'Tarnowa'
    Tarnów, not a village of that name. The list's country is the one most of the other
    entries' places are in; the entry's own name must have no place there, nor be the own
    name of a place anywhere (Tabora, written so, stays in Tanzania), unless under
    PLAUSIBLE_SHARE of the inflected place's population; nor another name of a place that
    many times bigger than it on the list's continent ('Linec' is Linz, not the village Líně
    among Czech cities; 'Sejn' is Sejny among Polish ones, Sejong being in Korea), except
    after a role that names its place in the genitive, whose grammar says the word is a
    case form ('starosta města Kolína' Kolín; 'Δήμαρχος Κω' Κως, read as a short word in
    a frame is, `framed_readings`).
    An entry the page gives a country ('Prezydent Miasta Gdyni (Poland)') is read in that
    country; one whose own name is a place of SURE_POPULATION or more there keeps its name.
    A word read so is named as the place is (`_main_name`: 'Krakowa' Kraków)."""
    open_ = {id(e) for e in entries if e.kind == "city" and len(e.codes) < 2 and " " not in e.city}
    if len(entries) < MIN_UNINFLECTED or not open_:
        return list(entries)
    is_place = PlaceNames(lambda name: bool(places.places_named(name)))
    own_places = [_populations(places, e.city, variants) for e in entries]  # once an entry
    list_country, most = _list_country(own_places)
    if most * 3 < len(entries):  # few names are places as written: 'Prezydent Miasta Kielc'
        list_country, most = _list_country(_genitives_places(entries, places, variants))
    if most * 3 < len(entries):
        list_country = ""  # no country of the list's: only the page's countries are
        open_ = {id(e) for e in entries if id(e) in open_ and e.codes}
    if not open_:
        return list(entries)  # no entry to read again: a list of the world's places
    out = []
    for entry, own_place in zip(entries, own_places, strict=True):
        country = entry.codes[0] if entry.codes else list_country  # the page's, or the list's
        sure = own_place.get(country, [0])[0] >= SURE_POPULATION  # the common case: no lookups
        readings = (
            [] if sure or id(entry) not in open_ else inflected_readings(entry.city, is_place)
        )
        if not (readings or sure) and id(entry) in open_ and _in_genitive_frame(entry):
            readings = framed_readings(entry.city, is_place)  # 'Δήμαρχος Κω': a short word
        if not (readings or sure) and id(entry) in open_ and entry.codes:
            readings = short_genitive(entry.city, is_place)  # 'Оша (Кыргызстан)': Ош
        there = {
            r: _populations(places, r, variants, country).get(country, [0])[0] for r in readings
        }
        base = max(there, key=lambda r: there[r], default="")
        if base and fold(base) != fold(entry.city) and there[base]:
            own = own_place.get(country, [0])[0]
            named = places.places_named(entry.city)
            own_name = [p.population for p in named if p.name == entry.city]
            if own_name and _derived(fold(entry.city), fold(base)):
                out.append(entry)  # 'Olsztynek', 'Kolínec', 'Lillers': towns of their own
                continue
            elsewhere = max(  # 'Linec' is Linz; 'Sejn' is Sejny, Poland, not Sejong, Korea
                (p.population for p in named if not country or near(country, p.country_code)),
                default=0,
            )
            if max([own, *own_name]) < there[base] * PLAUSIBLE_SHARE and (
                elsewhere * PLAUSIBLE_SHARE < there[base] or _after_genitive_role(entry)
            ):
                entry = replace(entry, city=_main_name(places, base, country))
        out.append(entry)
    return out


def _genitives_places(
    entries: Sequence[RawEntry], places: Places, variants: Callable[[str], list[str]]
) -> list[dict[str, list[int]]]:
    """For each entry whose name follows a title that takes its place's genitive
    ('Prezydent Miasta Kielc'), the countries and populations of the places its case forms
    read ('Kielc' Kielce), for `_list_country`: a list whose towns are all written in the
    genitive has its country there; an empty mapping for any other entry."""
    is_place = PlaceNames(lambda name: bool(places.places_named(name)))
    out: list[dict[str, list[int]]] = []
    for entry in entries:
        read: dict[str, list[int]] = {}
        role = _role_in(entry.written) if entry.kind == "city" else None
        if role is not None and takes_genitive(role):  # not 'Mayor of': no case form
            for reading in inflected_readings(entry.city, is_place):
                for code, sizes in _populations(places, reading, variants).items():
                    read[code] = sorted([*read.get(code, []), *sizes], reverse=True)
        out.append(read)
    return out


def _in_genitive_frame(entry: RawEntry) -> bool:
    """Whether an entry's name follows a role or stands before a body's form that takes its
    place's genitive ('Δήμαρχος Κω'; 'Eds kommun', 'Iin kunta'): a case form, however short."""
    return _after_genitive_role(entry) or _before_nordic_form(entry)


def _before_nordic_form(entry: RawEntry) -> bool:
    """Whether an entry's name is written right before a Nordic body's form that takes the
    town's genitive (`NORDIC_FORMS`: 'Eds kommun', 'Iin kunta', 'Iin kunta.' ending a
    sentence)."""
    at = entry.written.find(entry.city)
    if at < 0 or (at and entry.written[at - 1].isalnum()):
        return False
    rest = entry.written[at + len(entry.city) :]
    words = rest.split(maxsplit=1)
    return rest[:1].isspace() and bool(words) and words[0].rstrip(",;:.").lower() in NORDIC_FORMS


def _after_genitive_role(entry: RawEntry) -> bool:
    """Whether an entry's name follows a role that names its place in the genitive
    ('starosta města Kolína', 'Ο Δήμαρχος Κω'): its word is a case form, whatever bigger
    place elsewhere has it as another name."""
    role = _role_in(entry.written)
    return role is not None and names_in_genitive(role)


def as_written(
    entries: Sequence[RawEntry], places: Places, variants: Callable[[str], list[str]]
) -> list[RawEntry]:
    """Entries a reader read as a word's case form ('Sala' as a genitive of Salo, Finland)
    whose word as written is a place in the list's country (or the page's for it), where
    the reading has none: read as written ('Sala kommun' among Swedish municipalities is
    Sala, Sweden). The list's country is the one most entries' places are in."""
    read = {id(e) for e in entries if _read_in_case(e)}
    if len(entries) < MIN_UNINFLECTED or not read:
        return list(entries)
    list_country, most, _ = _lists_country(entries, places, variants)
    if most * 3 < len(entries):
        list_country = ""
    is_place = PlaceNames(lambda name: bool(places.places_named(name)))
    out = []
    for entry in entries:
        country = entry.codes[0] if entry.codes else list_country
        if (
            id(entry) in read
            and country
            and not _populations(places, entry.city, variants, country)
        ):
            word = next(
                (
                    w
                    for w in _WRITTEN_WORD.findall(entry.written)
                    if entry.city in inflected_readings(w, is_place)
                    and _populations(places, w, variants, country)
                ),
                "",
            )
            entry = replace(entry, city=word) if word else entry
        out.append(entry)
    return out


_WRITTEN_WORD = re.compile(r"\b[^\W\d_]{4,}\b")


def adjectives_weighed(
    entries: Sequence[RawEntry], places: Places, variants: Callable[[str], list[str]]
) -> list[RawEntry]:
    """Entries a reader read from an East Slavic adjective of a town that may be several
    towns' (`adjective_readings`: 'Хмельницький міський голова' is Хмельницький's, a town
    named by the adjective, or Хмельник's, whose adjective it is too): the most populous of
    them in the list's country (or the page's for the entry), where that is not the
    reader's. The list's country is the one most entries' places are in."""
    if len(entries) < MIN_UNINFLECTED:
        return list(entries)
    is_place = PlaceNames(lambda name: bool(places.places_named(name)))
    several = {}
    for k, entry in enumerate(entries):
        if entry.kind != "city" or " " in entry.city or entry.written.isascii():
            continue  # ASCII: its words are all Latin, none read here (no search a line)
        words = (w for w in _WRITTEN_WORD.findall(entry.written) if not is_latin(w[-1]))
        each = (adjective_readings(w, is_place) for w in words)
        found = next((r for r in each if len(r) > 1 and entry.city in r), None)
        if found is not None:
            several[k] = found
    if not several:
        return list(entries)
    list_country, most, _ = _lists_country(entries, places, variants)
    out = list(entries)
    for k, readings in several.items():
        country = entries[k].codes[0] if entries[k].codes else list_country
        if not country or (most * 3 < len(entries) and not entries[k].codes):
            continue
        there = {
            r: _populations(places, r, variants, country).get(country, [0])[0] for r in readings
        }
        best = max(readings, key=lambda r: there[r])
        if there[best] > there[entries[k].city]:
            out[k] = replace(entries[k], city=best)
    return out


def _read_in_case(entry: RawEntry) -> bool:
    """Whether an entry's place is not as its line writes it: one word read in a case form,
    its letters changed ('Salo' of 'Sala kommun') or cut ('Borå' of 'Borås Stad')."""
    return (
        entry.kind == "city"
        and " " not in entry.city
        and f" {fold(entry.city)} " not in f" {fold(entry.written)} "  # its words, folded
    )


def _derived(word: str, base: str) -> bool:
    """Whether a folded name is a folded place's name with letters no case adds after it
    ('olsztynek', 'olsztyn': the diminutive '-ek'; 'lillers', 'lille'): a name of its own."""
    return word.startswith(base) and word[len(base) :] not in _CASE_SUFFIXES


def _main_name(places: Places, name: str, country: str) -> str:
    """The own name of the largest place of this name in the country: a reading of an
    inflected word may be another name of it ('Krakowa' reads 'Krakowo', which GeoNames has
    for Kraków), and the atlas shows the place's own."""
    there = [p for p in places.places_named(name) if p.country_code == country]
    return max(there, key=lambda p: p.population).name if there else name


def _one_country(in_list: Counter[str]) -> bool:
    """Whether the places found of a list are all of one country, MIN_ONE_COUNTRY or more:
    a name no gazetteer knows among them is most likely that country's too."""
    return len(in_list) == 1 and sum(in_list.values()) >= MIN_ONE_COUNTRY


MIN_ONE_COUNTRY = 5


def _town_of_the_lists_country(
    code: str, by_country: Mapping[str, list[int]], in_list: Counter[str]
) -> bool:
    """Whether an entry's namesake in a country is a town (MIN_TOWN_POPULATION or more) of
    the country all the list's other places found are in (`_one_country`): no village
    beside a metropolis elsewhere, though a small share of it ('Lagos' among Portugal's
    municipalities is Portugal's town of 30,000, not Nigeria's city of millions)."""
    return code in in_list and _one_country(in_list) and by_country[code][0] >= MIN_TOWN_POPULATION


MIN_TOWN_POPULATION = 15_000  # a town, no village (Wellington, New South Wales: 5,000)


def _town_over_a_village(
    listed: list[str], by_country: Mapping[str, list[int]], in_list: Counter[str]
) -> list[str]:
    """The list's country for an entry (`listed`, its majority's), or where the name is
    only a village there (under MIN_TOWN_POPULATION) and a town of another country the list
    has places found in, TOWN_FACTOR times bigger, that country, the biggest such town's:
    'Hasselt' after Ghent and Leuven among Dutch towns is Belgium's city, not the Dutch
    village; a commune of 7,000 stays the list's beside a town of 17,000 over the border."""
    village = by_country.get(listed[0], [0])[0] if listed else MIN_TOWN_POPULATION
    if village >= MIN_TOWN_POPULATION:
        return listed
    towns = [
        c
        for c in in_list
        if c != listed[0]
        and by_country.get(c, [0])[0] >= max(MIN_TOWN_POPULATION, village * TOWN_FACTOR)
    ]
    return sorted(towns, key=lambda c: -by_country[c][0])[:1] or listed


TOWN_FACTOR = 5  # a town this many times a village's size is the one a list names


def _unsized_in_the_lists_country(
    code: str, by_country: Mapping[str, list[int]], in_list: Counter[str]
) -> bool:
    """Whether an entry's namesake in a country is a place of no known population (GeoNames
    has none for many a city's district: 'Hackney' in London) in the country all the list's
    other places found are in (`_one_country`), where each namesake elsewhere is a village
    (under MIN_TOWN_POPULATION): its size unknown is no sign it is smaller."""
    return (
        code in in_list
        and _one_country(in_list)
        and by_country[code][0] == 0
        and max(p[0] for p in by_country.values()) < MIN_TOWN_POPULATION
    )


def _town_of_all_the_others(
    code: str, by_country: Mapping[str, list[int]], support: Counter[str], entries: int
) -> bool:
    """Whether an entry's namesake in a country is a town (MIN_TOWN_POPULATION or more) of
    the country every other entry of a short list may be in (two or more: `support`, which
    counts no namesake this small beside a metropolis): 'os Municípios de Évora, de Lagos
    e de Viseu' is Portugal's Lagos, though Viseu has a namesake in Brazil and Nigeria's
    Lagos is five hundred times bigger."""
    top = max(p[0] for p in by_country.values())
    itself = by_country[code][0] >= top * PLAUSIBLE_SHARE  # counted in `support` already
    others = support[code] - itself
    return entries > 2 and others >= entries - 1 and by_country[code][0] >= MIN_TOWN_POPULATION


def _unknown_town(entry: RawEntry) -> bool:
    """Whether an entry no gazetteer knows may be a town of the list's country, as a
    municipality named otherwise than any town is ('Súdwest-Fryslân', 'Botkyrka'): a city's
    name the page gives no country or code for, and no state's, province's or region's
    (a heading's: 'Toscana', 'Hérault')."""
    return (
        entry.kind == "city"
        and not entry.country
        and not entry.codes
        and not subdivision_countries(entry.city)
    )


def _sounded_town(entry: RawEntry, code: str, places: Places | None) -> RawEntry:
    """An unknown town of the list's country, written in another script than Latin, named
    as the place of that country it sounds like (`Gazetteer.sounding`: 'গোরখপুর' among
    India's towns, Gorakhpur), as a reader who knows both scripts reads it; as it is where
    none or two places sound so."""
    if places is None or is_latin(entry.city):
        return entry
    place = places.sounding(entry.city, code)
    return replace(entry, city=place) if place else entry


def _list_country(own_places: Sequence[Mapping[str, list[int]]]) -> tuple[str, int]:
    """The country most entries' biggest own place is in, and of how many; ('', 0) if none
    has a place."""
    best = Counter(  # most names are one country's: no call a name
        next(iter(p)) if len(p) == 1 else max(p, key=lambda c: p[c][0]) for p in own_places if p
    )
    return best.most_common(1)[0] if best else ("", 0)


def _lists_country(
    entries: Sequence[RawEntry], places: Places, variants: Callable[[str], list[str]]
) -> tuple[str, int, int]:
    """`_list_country` of the entries' own places, and how many of them have places: each
    step of the plan asks it of the same names (until a step renames one), so it is kept
    for the plan (`infer_countries` clears it), not worked out again from each name."""
    return _kept_list_country(places, tuple(e.city for e in entries), variants)


@lru_cache(maxsize=4)
def _kept_list_country(
    places: Places, cities: tuple[str, ...], variants: Callable[[str], list[str]]
) -> tuple[str, int, int]:
    own = [_populations(places, city, variants) for city in cities]
    return (*_list_country(own), sum(1 for p in own if p))


MIN_UNINFLECTED = 3  # a list this long or longer has a country of its own
SURE_POPULATION = 10_000  # a place this big in the list's country is what its name names


def governments(
    entries: Sequence[RawEntry], places: Places, variants: Callable[[str], list[str]]
) -> list[RawEntry]:
    """Bodies of local government named for a place, read by what they govern in the
    entry's country (the page's, else the list's): a town's own government is the town
    ('Communauté urbaine de Garoua' in Cameroon, 'Tamworth Regional Council' in Australia:
    Garoua, Tamworth; 'Huye District' in Rwanda: Huye, though GeoNames calls it Butare, its
    old name), in the first of its countries where the gazetteer has the town, else in the
    first; a wider area's body stays a
    body of its kind, named as its area is ('Intendencia de Canelones' in Uruguay governs a
    department: a region; 'County Government of Uasin Gishu': Uasin Gishu County), unless
    its area is its town (`_is_its_town`: 'Intendencia de Montevideo' is Montevideo's).
    What a form governs is its words' kind (`body_kind`), or the country's own where its
    level differs between countries (`level_in`)."""
    listed, _, _ = _lists_country(entries, places, variants)
    return [
        _governed(entry, places, entry.codes or (listed,))
        if not (levelled := _levels_countries(entry, places, listed))
        else replace(_governed(entry, places, levelled), codes=tuple(levelled[:1]))
        for entry in entries
    ]


def _levels_countries(entry: RawEntry, places: Places, listed: str) -> list[str]:
    """The countries whose own level an entry's form has where the place it is named after
    is one of theirs, where the list's country has no such level: 'Intendencia de
    Montevideo' among towns of other countries is Uruguay's, the one country with
    'intendencias' and a place named Montevideo."""
    if not names_a_levelled_body(entry.city) or entry.kind != "city" or entry.codes:
        return []
    if entry.country or level_in(entry.city, listed):
        return []
    found = [
        (c, level) for c in levelled_countries(entry.city) if (level := level_in(entry.city, c))
    ]
    return [c for c, (_, town) in found if _place_in(places, town, c)]


def _governed(entry: RawEntry, places: Places, countries: Sequence[str]) -> RawEntry:
    """An entry read by what its body governs in the first of its countries where the
    place it is named after is one (else the first)."""
    levels = (
        [(c, level) for c in countries if (level := level_in(entry.city, c)) is not None]
        if names_a_levelled_body(entry.city)  # kept: `_levels_countries` asked it
        else []  # a name of no level's form has no level anywhere
    )
    if not levels and entry.kind == "city":
        return entry
    if not levels:
        levels = [(c, (entry.kind, body_place(entry.city))) for c in countries]
    populated = [(c, level) for c, level in levels if _place_in(places, level[1], c)]
    country, (kind, town) = (populated or levels)[0]
    if kind == "city":  # a town's own government: the town, though no gazetteer has it
        return replace(entry, city=town, kind="city")
    if populated and _is_its_town(places, town, country):
        return replace(entry, city=town, kind="city")
    return replace(entry, city=area_name(entry.city), kind=kind)


def _place_in(places: Places, name: str, country: str) -> Place | None:
    """The most populous place of a name in a country; None if it has none there."""
    there = [p for p in places.places_named(name) if p.country_code == country]
    return max(there, key=lambda p: p.population) if there else None


# A wider area's body is its town's where the town holds this share of the people of the
# country's first-level division of its name (the gazetteer's places there).
TOWN_SHARE = 0.95


def _is_its_town(places: Places, town: str, country: str) -> bool:
    """Whether the country's first-level division named like a town is the town: its
    people nearly all the town's (Montevideo's department; not Canelones', whose towns
    Las Piedras and Ciudad de la Costa are bigger than Canelones)."""
    place = _place_in(places, town, country)
    if place is None or country not in {c for c, _ in subdivision_countries(town)}:
        return False
    return place.population >= TOWN_SHARE * places.region_population(country, place.admin1)


def places_inside(
    entries: Sequence[RawEntry],
    places: Places,
    variants: Callable[[str], list[str]],
    keep: Collection[str] = (),
) -> list[RawEntry]:
    """Entries named for a body of government around a place's name, read as that place,
    in any language: 'Greater Chennai Corporation', 'Surabaya City Government', 'Pemerintah
    Kota Surabaya', 'Alcaldía de Medellín', 'Shire of Broome' are Chennai, Surabaya,
    Medellín and Broome; a bracket that is the place's other name or the city a body
    governs ('Нови Сад (Novi Sad)', 'Brihanmumbai Municipal Corporation (Mumbai)') too.

    A single word no place has may be a place's name with a noun glued to it
    ('Reykjavíkurborg', `glued_place`), or with its form in a script without spaces
    ('八戸市', `formed_place`: the gazetteer has 八戸), in any country where the page gives
    it none and no country has most of the list's places. Otherwise only for a name of two
    words or more that no place has. The place is a run of its words
    (or its bracket) that names a place in the countries the page gives the entry, else in
    the list's country (that of most entries' places): the words around it frame it. Among
    several, a run with no frame word of the list (a word that recurs in other entries'
    names: 'City', 'Kota', 'Ayuntamiento') is the place, then the most populous, then one in
    Latin letters. Never for a name the atlas or the network knows (`keep`: folded names),
    nor one with a number ('Yaoundé II', 'Lyon 3e': a district of the place), nor a
    region's whole name, read whole (`is_region_name`: 'Jawa Barat', 'Rio Grande do
    Norte')."""
    names = [fold(e.city) for e in entries]
    counts = Counter(w for name in names for w in set(name.split()) if w not in PARTICLES)
    frame = {w for w, n in counts.items() if n >= 2}
    listed, count, named = _lists_country(entries, places, variants)
    most = 2 * count > named  # a list of several countries has none
    is_place = PlaceNames(lambda name: bool(places.places_named(name)))
    qualified = any("(" in e.city for e in entries) and _brackets_qualify(entries, places)
    out = []
    for entry in entries:
        if (
            entry.kind == "city"
            and fold(entry.city) not in keep
            and (  # kept for the plan: most are places
                not places.places_named(entry.city) or _named_elsewhere_only(entry, places)
            )
            and not any(_NUMBER.fullmatch(w) for w in entry.city.split())
        ):
            wanted = set(entry.codes) or ({listed} if listed else set())
            wanted |= {t for code in entry.codes for t in territories(code)}  # Macau, China's
            if " " in entry.city:
                if after := _after_its_form(entry.city, wanted, places, variants):
                    entry = replace(entry, city=after)  # 'Kota Tangerang Selatan'
                elif not is_region_name(entry.city):
                    entry = _place_inside(entry, wanted, frame, places, qualified) or entry
                    entry = _inflected_inside(entry, wanted, frame, places, is_place) or entry
            elif _named_elsewhere_only(entry, places):  # '浦添市' in Japan: 浦添
                stem = formed_place(entry.city, _places_in(places, wanted))
                entry = replace(entry, city=stem or entry.city)
            elif (
                stem := glued_place(entry.city, is_place) or formed_place(entry.city, is_place)
            ) is not None and any(
                not wanted or (not entry.codes and not most) or p.country_code in wanted
                for p in places.places_named(stem)
            ):
                entry = replace(entry, city=stem)  # 'Reykjavíkurborg': Reykjavík's council
        out.append(entry)
    return out


def _named_elsewhere_only(entry: RawEntry, places: Places) -> bool:
    """Whether a word of a script without spaces, which the page gives countries
    (`codes`: '浦添市' under '【沖縄県】'), is a name the gazetteer has in none of them (an
    other name of China's Putian): its form may hide the place there (浦添, Japan's)."""
    return (
        bool(entry.codes)
        and " " not in entry.city
        and not is_latin(entry.city)
        and bool(places.places_named(entry.city))
        and not _has_place_in(places, entry.city, set(entry.codes))
    )


def _has_place_in(places: Places, name: str, countries: set[str]) -> bool:
    """Whether the gazetteer has a place of that name in one of those countries."""
    return any(p.country_code in countries for p in places.places_named(name))


def _places_in(places: Places, countries: set[str]) -> PlaceNames:
    """The names the gazetteer has for places in those countries."""
    return PlaceNames(lambda name: _has_place_in(places, name, countries))


def _after_its_form(
    name: str, wanted: set[str], places: Places, variants: Callable[[str], list[str]]
) -> str:
    """The place a name is after a town's form that the geocoder's variants leave out ('Kota
    Tangerang Selatan': 'Tangerang Selatan', not the bigger 'Tangerang' inside it), in the
    countries wanted; '' where none is (or a bracket or slash gives other names)."""
    if "(" in name or "/" in name:
        return ""
    for variant in variants(name)[1:]:
        if any(not wanted or p.country_code in wanted for p in places.places_named(variant)):
            return variant
    return ""


# A number in a name: a district of a place ('Yaoundé II', 'Paris 13e', 'Marseille 1er').
_NUMBER = re.compile(r"[IVX]+|\d+\w{0,3}")


def _brackets_qualify(entries: Sequence[RawEntry], places: Places) -> bool:
    """Whether a list's brackets after its names are a column of qualifiers (a comarca, a
    county, a district: 'Sitges (Garraf)', 'Vic (Osona)'): MIN_QUALIFIED entries or more
    have one, and the name before it is a known place in two thirds of them. Then the name
    before a bracket is the place wherever it is ('Perpinyà (Rosselló)': Perpignan, not
    the Spanish village its comarca's name is too)."""
    bracketed = [e.city.partition("(")[0].strip() for e in entries if e.written.endswith(")")]
    if len(bracketed) < MIN_QUALIFIED:
        return False
    known = sum(1 for name in bracketed if places.places_named(name))
    return 3 * known >= 2 * len(bracketed)


MIN_QUALIFIED = 3


def _place_inside(
    entry: RawEntry, wanted: set[str], frame: set[str], places: Places, qualified: bool = False
) -> RawEntry | None:
    name, _, bracket = entry.city.partition("(")
    if bracket and is_latin(name) == is_latin(bracket):  # not 'Нови Сад (Novi Sad)'
        named = places.places_named(name.strip())
        if any(not wanted or qualified or p.country_code in wanted for p in named):
            return replace(entry, city=name.strip())  # 'Lindau (Bodensee)': its qualifier
    words = _ELIDED.sub(r"\1 ", name).split()  # 'Commune urbaine d'Antananarivo'
    runs = [
        " ".join(words[i : i + size])
        for size in range(min(MAX_PLACE_WORDS, len(words)), 0, -1)
        for i in range(len(words) - size + 1)
        if _starts_a_run(words[i]) and _in_a_run(words[i + size - 1])
    ] + ([bracket.rstrip(") ")] if bracket else [])
    best: tuple[bool, int, bool] | None = None
    found = ""
    for run in runs:
        named = places.places_named(run)
        there = [p.population for p in named if not wanted or p.country_code in wanted]
        key = (not any(w in frame for w in fold(run).split()), max(there, default=0), is_latin(run))
        if there and (best is None or key > best):
            best, found = key, run
    return replace(entry, city=found) if found else None


# A preposition elided before a name, written in lower case ('Commune urbaine d'Antananarivo';
# 'L'Aquila', 'L'Hospitalet' keep their article, a name's own).
_ELIDED = re.compile(r"(?<!\w)(d['’])(?=\w)")


def _starts_a_run(word: str) -> bool:
    """Whether a word may start a place's name: no particle, or one capitalised, as the
    first word of a name is ('Le Havre', 'Da Nang', 'Den Helder')."""
    return _in_a_run(word) or word[:1].isupper()


def _in_a_run(word: str) -> bool:
    """Whether a word may start or end a place's name: no particle ('de', 'd'')."""
    return word.lower() not in PARTICLES and word not in ("d'", "d’")


def _inflected_inside(
    entry: RawEntry, wanted: set[str], frame: set[str], places: Places, is_place: PlaceNames
) -> RawEntry | None:
    """A name of words no run of which is a place, whose one capitalised word outside the
    list's frame inflects a place in the entry's countries, beside words in lower case: a
    body's name in the genitive, its form after it ('Lunds kommun', 'Tampereen kaupunki',
    'Hamarin kaupunki'): that place, the most populous reading; None otherwise."""
    if places.places_named(entry.city) or "(" in entry.city:
        return None
    words = [w for w in entry.city.split() if w[:1].isupper() and fold(w) not in frame]
    if len(words) != 1 or len(entry.city.split()) > MAX_PLACE_WORDS:
        return None
    for readings in (inflected_readings, framed_readings):
        there = {
            reading: max(
                (p.population for p in places.places_named(reading) if p.country_code in wanted),
                default=0,
            )
            for reading in readings(words[0], is_place)
        }
        best = max(there, key=lambda r: there[r], default="")
        if best and there[best]:
            return replace(entry, city=best)
    return None


def _body_flagged(signatory: Signatory, entry: RawEntry) -> Signatory:
    if entry.kind == "city":
        return signatory
    flag = f"a {entry.kind}, not a city: check its place"
    return replace(signatory, flags=(*signatory.flags, flag))


_GIVEN = frozenset({Found.PAGE, Found.CORRECTED, Found.STATE})
# A page's country is taken as wrong only for a place this big elsewhere: the gazetteer
# (GeoNames' cities500) lacks many small places, which may well be where the page says.
# Not big enough a test alone: 'Méri (Cameroon)', a commune it lacks, would go to Mary in
# Turkmenistan ('Meri' to GeoNames). So the place elsewhere must also be in a neighbour of
# the page's country or on its continent (`near`: a page may put Graz in Germany, not a
# Cameroonian commune in Turkmenistan); a place the atlas has in the page's country stays.
WRONG_COUNTRY_POPULATION = 100_000


def _region_schemes(entries: Sequence[RawEntry]) -> Counter[str]:
    """How many of the list's codes written as its entries' countries or regions each
    country has a region of: 'CN', 'BI', 'RA', 'FC' are Italy's provinces, of which a few
    are other countries' regions too ('CN' Spain's Canary Islands)."""
    return Counter(
        country
        for entry in entries
        if 0 < len(written := entry.country or entry.region) <= MAX_CODE_LETTERS
        for country in dict.fromkeys(c for c, _ in subdivision_countries(written))
    )


def _lists_scheme(regions: Counter[str] | None) -> str:
    """The country whose regions' codes a list writes, where one country's explain at least
    `LOCAL_SCHEME_MIN` of its codes and more than any other's ('BW', 'NI', 'SN', 'TH' are
    Germany's states, a few of them other countries' regions too); '' otherwise."""
    ranked = (regions or Counter()).most_common(2)
    if not ranked or ranked[0][1] < LOCAL_SCHEME_MIN:
        return ""
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else ""


# A region's name the list writes after its places, in one country -> the first-level
# regions of the gazetteer its places there lie in.
Seats = dict[tuple[str, str], set[str]]


def _region_seats(
    entries: Sequence[RawEntry], places: Places, variants: Callable[[str], list[str]]
) -> Seats:
    """Where each region's name that is several countries' lies in each, as the list's
    places written with it and found in one of them show ('Venlo (Limburg)': the Dutch
    Limburg is Venlo's first-level region; 'Genk (Limburg)': the Belgian is Genk's). Asked
    of entries whose region names several countries' only, and not of a country's own
    letters or name ('Bilbao, ES' is anywhere in Spain, though 'ES' is Brazil's state)."""
    seats: Seats = {}
    for entry in entries:
        if len(entry.codes) < 2 or entry.kind != "city":
            continue
        named = _named_in(entry, entry.codes, places, variants)
        written = entry.country or entry.region
        if len({p.country_code for p in named}) == 1 and find_country(written) is None:
            best = max(named, key=lambda p: p.population)
            seats.setdefault((fold(written), best.country_code), set()).add(best.admin1)
    return seats


def _named_in(
    entry: RawEntry, codes: Sequence[str], places: Places, variants: Callable[[str], list[str]]
) -> list[Place]:
    """The gazetteer's places an entry's name may mean in these countries."""
    return [
        p
        for name in variants(entry.city)
        for p in places.places_named(name)
        if p.country_code in codes
    ]


def _in_regions_seat(
    entry: RawEntry,
    codes: tuple[str, ...],
    seats: Seats,
    places: Places,
    variants: Callable[[str], list[str]],
) -> tuple[str, ...]:
    """An entry's countries without those where the list's other places written with its
    region (`_region_seats`) put that region elsewhere than any of its namesakes there
    ('Hasselt (Limburg)': the Dutch Hasselt is in Overijssel, not in Venlo's Limburg); all
    of them where that leaves none."""
    written = fold(entry.country or entry.region)
    named = _named_in(entry, codes, places, variants)
    kept = tuple(
        c
        for c in codes
        if (written, c) not in seats
        or any(p.country_code == c and p.admin1 in seats[written, c] for p in named)
    )
    return kept or codes


def _checked(
    signatory: Signatory,
    entry: RawEntry,
    gazetteer: Callable[[], Places],
    variants: Callable[[str], list[str]],
    regions: Counter[str] | None = None,
) -> Signatory | None:
    """The page's country, unless the gazetteer has no such place there: then a state or
    region of that name where the place is ('Athens, Georgia': the US state), in the
    country whose regions most of the list's codes are (`regions`, `_region_schemes`:
    'Alba, CN' among Italy's provinces is Italy's Alba, not Spain's), or None where the
    place is big elsewhere ('Graz, Germany'; 'Lancaster' in a region column's 'North
    West', a South African province): the list and the gazetteer decide, as for a place
    the page gives no country (`_overruled` says so). A region of the page's country
    ('Victoria (Australia)') keeps the page's country. A country the page only seems to
    misspell ('Skåne' Sudan, 'Montérégie' Montenegro: a region's name) is no country where
    the gazetteer has the place elsewhere only, however small."""
    named = entry.kind == "city" or (
        entry.kind == "county" and bool(gazetteer().places_named(entry.city))
    )  # a county the gazetteer knows whole: 'Athens-Clarke County, Georgia'
    if not named or signatory.country_code in {c for c, _ in subdivision_countries(entry.city)}:
        return signatory
    by_country = _populations(gazetteer(), entry.city, variants)
    if not by_country or signatory.country_code in by_country:
        return signatory
    if len(entry.country) > MAX_CODE_LETTERS and signatory.country_code in _populations(
        gazetteer(), entry.city, variants, own_first=False
    ):  # a country named, no code ('ES' may be a state's): 'Lalitpur, Nepal', Nepal's
        return signatory  # Lalitpur is Patan by its main name, India's is Lalitpur
    written = entry.country or entry.region
    states = [c for c, _ in subdivision_countries(written) if c in by_country]
    states.sort(key=lambda c: -(regions or Counter())[c])  # the list's scheme's first
    if states:
        flag = f"{written!r} read as a state or region of {country_name(states[0])}"
        return _signatory(entry, states[0], Found.STATE, (flag,), region=written)
    if signatory.found == Found.CORRECTED:
        return None  # a name only like a country's, where the place is not: 'Ystad (Skåne)'
    code = max(by_country, key=lambda c: by_country[c][0])
    guessed = signatory.found != Found.PAGE  # a region read as a country or state elsewhere
    if code == _lists_scheme(regions):
        return None  # 'Maastricht (LB)' in a column of Dutch provinces' codes: LB is the
        # list's abbreviation of Limburg, not Lebanon, where the gazetteer has no Maastricht
    if by_country[code][0] < WRONG_COUNTRY_POPULATION or not (
        guessed or near(signatory.country_code, code)
    ):
        return signatory
    return None  # overruled: the list's countries and the gazetteer's places decide


def _overruled(found: Signatory, entry: RawEntry, page: Signatory | None) -> Signatory:
    """A signatory whose country the page gave and the gazetteer denied (`_checked`),
    found as if the page gave none, flagged with what the page says; others as they are."""
    if page is None:
        return found
    flag = (
        f"the page says {entry.country or entry.region}, where the gazetteer has no "
        f"{entry.city}: read as {found.country}"
    )
    return replace(found, flags=(*page.flags, flag, *found.flags), region="")


def _before_form(entry: RawEntry, places: Places) -> RawEntry:
    """An entry whose name ends in the first word of the form after it ('Bristol City' in
    'Bristol City Council'), read as the name before the form where that is the bigger
    place: GeoNames calls a town in Virginia 'Bristol City', Bristol's council is meant;
    'Quezon City Council' stays Quezon City's (Quezon is a smaller town)."""
    shorter, space, _ = entry.city.rpartition(" ")
    at = entry.written.find(entry.city)
    if not space or at < 0 or entry.kind != "city":
        return entry
    form = _FORM_NEXT.match(entry.written, at + len(shorter))
    if form is None or form.end() <= at + len(entry.city):
        return entry  # the name's last word alone is no form's start
    if _biggest(places, shorter) > _biggest(places, entry.city):
        return replace(entry, city=shorter)
    return entry


def _biggest(places: Places, name: str) -> int:
    return max((p.population for p in places.places_named(name)), default=0)


def bracketed_names(entries: Sequence[RawEntry], places: Places) -> list[RawEntry]:
    """Entries whose bracket is part of the place's own name, not its country: 'Halle
    (Saale)', 'Frankfurt (Oder)' are names the gazetteer has, where 'Saale' would be read as
    a misspelt country (Samoa); or the place's other name: 'Чачак (Čačak)' is one place
    (Čačak, not Curaçao). Only a bracket the page gives as no country it knows."""
    out = []
    for entry in entries:
        whole = f"{entry.city} ({entry.country})"
        own = entry.country and not entry.codes and whole in entry.written
        if own and places.places_named(whole):
            entry = replace(entry, city=whole, country="")
        elif own and set(places.places_named(entry.city)) & set(places.places_named(entry.country)):
            entry = replace(entry, country="")
        out.append(entry)
    return out


def join_regions(
    entries: Sequence[RawEntry], places: Places, variants: Callable[[str], list[str]]
) -> list[RawEntry]:
    """Entries with a state that running text parted from its city put back together:
    'signed by Portland, Maine, Valencia and Cork' reads Portland and Maine as two entries;
    Maine is a state (ISO 3166-2) in which the gazetteer has a Portland, and no place called
    Maine as large, so they are one entry, Portland in Maine.
    """
    joined: list[RawEntry] = []
    for entry in entries:
        before = joined[-1] if joined else None
        region = _region_of(before, entry, places, variants) if before is not None else ""
        if before is not None and region:
            joined[-1] = replace(
                before,
                written=f"{before.written}, {entry.written}",
                region=entry.city,
                codes=(region,),
            )
        else:
            joined.append(entry)
    return joined


def _region_of(
    city: RawEntry, state: RawEntry, places: Places, variants: Callable[[str], list[str]]
) -> str:
    """The country of `state` if it is a state holding the place `city` names (see
    join_regions), else ''."""
    if city.line != state.line or city.country or city.region or city.codes:
        return ""
    if state.country or state.region or state.codes:
        return ""
    subdivisions = set(subdivision_countries(state.city))
    if not subdivisions:
        return ""
    inside = [
        p
        for name in variants(city.city)
        for p in places.places_named(name)
        if (p.country_code, p.admin1) in subdivisions
    ]
    if not inside:
        return ""
    itself = max((p.population for p in places.places_named(state.city)), default=0)
    best = max(inside, key=lambda p: p.population)
    return best.country_code if itself < best.population else ""


# A list's codes are a local scheme (district or plate codes) only where it has this many
LOCAL_SCHEME_MIN = 3


def local_codes(
    entries: Sequence[RawEntry], places: Places, variants: Callable[[str], list[str]]
) -> list[RawEntry]:
    """Entries whose bracketed codes are no country's nor region's they could mean, read
    with no code: in 'Žilina (ZA)', 'Košice (KE)', 'Trenčín (TN)' the codes are Slovak
    districts', though each is a country's (South Africa, Kenya, Tunisia). So read where
    most of the list's coded places are in none of their codes' countries, and one
    country has a place of the name for most of them, as `_code_schemes` reads a list by
    the country whose regions explain most codes; a code of that country stays."""
    coded = [e for e in entries if e.codes and not e.country and e.kind == "city"]
    if len(coded) < LOCAL_SCHEME_MIN:
        return list(entries)
    found = {id(e): _populations(places, e.city, variants) for e in coded}
    denied = [e for e in coded if found[id(e)] and not set(e.codes) & set(found[id(e)])]
    holders = Counter(c for e in coded for c in found[id(e)])
    if not holders or len(denied) * 2 <= len(coded):
        return list(entries)
    country, held = holders.most_common(1)[0]
    if held * 2 <= len(coded):
        return list(entries)
    local = {id(e) for e in coded if country not in e.codes and found[id(e)]}  # known places
    return [replace(e, region="", codes=()) if id(e) in local else e for e in entries]


def _code_schemes(entries: Sequence[RawEntry]) -> Counter[str]:
    """How many of the list's codes each reading explains: 'iso', or a country's regions.

    In `Bologna (BO); Milano (MI); Palermo (PA)` Italy's provinces explain all three and
    ISO countries two (Bolivia, Panama): the list is read as Italian provinces.
    """
    scores: Counter[str] = Counter()
    for entry in entries:
        if entry.country or not entry.codes:
            continue
        iso = find_country(entry.region) if len(entry.region) == 2 else None
        scores.update({"iso"} if iso else set())
        scores.update(c for c in entry.codes if c != iso)
    signs = [e.region for e in entries if not e.country and vehicle_sign_country(e.region)]
    if any(is_vehicle_sign_only(sign) for sign in signs):  # 'Konstanz (D)', 'Vaduz (FL)'
        scores[SIGNS] = len(signs)
    return scores


SIGNS = "signs"  # the scheme of the distinguishing signs of vehicles


def _in_its_words_country(
    entry: RawEntry, places: Places, variants: Callable[[str], list[str]]
) -> RawEntry:
    """A town the page gives no country, whose words name an officer or region one country
    alone has (`word_country`: 'Stad Genk (schepen An Claes)', 'de Vlaamse stad Genk'), as
    one in that country where the gazetteer has the town there; the entry as it is
    otherwise: the page's country, told by its words."""
    if entry.kind != "city" or entry.country or entry.region or entry.codes:
        return entry
    code = word_country(entry.written)
    if not code or code not in _populations(places, entry.city, variants):
        return entry
    return replace(entry, country=country_name(code), codes=(code,))  # as the page's


def _in_its_kinds_country(entry: RawEntry) -> RawEntry:
    """A body of a kind one country alone has (`body_country`: 'Unione Montana dei Comuni
    del Mugello', 'Comunidade Intermunicipal do Ave') with a code or region beside it that
    is another country's ('FI', Florence's province; 'Norte', Portugal's region and
    Guinea-Bissau's): the code is its province's or region's, not its country; read with
    none, or as its country's region where the code may be one ('Landkreis Harburg, NI':
    Lower Saxony's, not Nicaragua). A country written out stays the page's."""
    if entry.kind == "city" or not (entry.codes or entry.region):
        return entry
    code = body_country(entry.city)
    if not code or len(entry.country) > MAX_CODE_CHARS:
        return entry
    if code in entry.codes:
        return replace(entry, codes=(code,))
    return replace(entry, country="", region="", codes=())


MAX_CODE_CHARS = 3  # a country's or province's code: 'FI', 'GBR'


def _from_page(entry: RawEntry, codes: tuple[str, ...], schemes: Counter[str]) -> Signatory | None:
    if entry.country and codes:
        flags = ("read as one of several places sharing a bracket",) if entry.shared_bracket else ()
        return _signatory(entry, codes[0], Found.PAGE, flags, country=entry.country)
    if (sign := _by_sign(entry, schemes)) is not None:
        return _signatory(entry, sign, Found.PAGE, (), region="")
    if codes:
        iso = find_country(entry.region) if len(entry.region) == 2 else None
        best = max(codes, key=lambda c: (schemes["iso"] if c == iso else schemes[c], c == iso))
        if best == iso:
            return _signatory(entry, best, Found.PAGE, (), region="")
        return _signatory(entry, best, Found.STATE, ())
    if entry.country:
        suggestions = suggest_countries(entry.country, limit=1)
        if suggestions:
            code = find_country(suggestions[0]) or ""
            flag = f"country {entry.country!r} read as {suggestions[0]}"
            return _signatory(entry, code, Found.CORRECTED, (flag,))
    return None


def _by_sign(entry: RawEntry, schemes: Counter[str]) -> str | None:
    """The country of an entry's distinguishing sign of vehicles where the list's signs
    explain more of its codes than ISO's or any country's regions do ('Konstanz (D)',
    'Bregenz (A)', 'Kreuzlingen (CH)', 'Vaduz (FL)': Germany, not Argentina's San Luis);
    None otherwise ('Getafe (M)', 'Badalona (B)': Spain's provinces as many)."""
    sign = vehicle_sign_country(entry.region) if schemes[SIGNS] else None
    if sign is None or entry.country:
        return None
    others = [schemes["iso"]] + [schemes[c] for c in entry.codes]
    return sign if schemes[SIGNS] > max(others) else None


def _from_context(
    entry: RawEntry,
    default: str | None,
    members: Mapping[str, str],
    known: Mapping[str, frozenset[str]],
) -> Signatory | None:
    flags = (f"unknown country {entry.country!r} on the page",) if entry.country else ()
    if default:
        return _signatory(entry, default, Found.DEFAULT, flags)
    code = members.get(fold(entry.city))
    if code:
        return _signatory(entry, code, Found.NETWORK, flags)
    in_atlas = known.get(fold(entry.city), frozenset())
    if len(in_atlas) == 1:
        (code,) = in_atlas
        return _signatory(entry, code, Found.ATLAS, flags)
    return None


def _from_gazetteer(
    entries: Sequence[RawEntry],
    gazetteer: Callable[[], Places] | None,
    variants: Callable[[str], list[str]],
    in_list: Counter[str],
) -> dict[int, Signatory]:
    """Countries from the gazetteer: unambiguous names and bodies of a kind one country
    alone has first, then the list's countries."""
    places = gazetteer() if gazetteer is not None else None
    found: dict[int, Signatory] = {}
    given = Counter(in_list)  # the page's countries, before the gazetteer's
    pending: list[tuple[RawEntry, dict[str, list[int]]]] = []
    for entry in entries:
        city = entry.kind == "city"
        if not city and (code := body_country(entry.city)):
            flag = "its country read from its kind: the only one with such bodies"
            found[id(entry)] = _signatory(entry, code, Found.PAGE, (flag,))
            in_list[code] += 1
            continue
        name = entry.city if city else body_place(entry.city)  # its place
        by_country = _populations(places, name, variants, own_first=city) if places else {}
        if not by_country and places is not None and city:
            by_country = _joined_places(places, name, variants)
        elif not by_country and places is not None:
            by_country = _seat_before_hyphen(places, name, variants)
        if places is not None and city and " / " in entry.written:
            by_country = _named_both_ways(places, entry, by_country)
        if (
            len(by_country) == 1
            and (places is None or not _other_name_elsewhere(places, name, variants))
            and not (_areas_named(name) - by_country.keys() and _named_as_body(entry))
            and not _small_namesake(entry, by_country)
        ):  # not 'Cornwall Council', a county's in England, whose one town is in Canada
            (code,) = by_country
            found[id(entry)] = _guess(entry, code, Found.GAZETTEER, by_country)
            in_list[code] += 1
        else:
            pending.append((entry, by_country))
    # How many of the list's entries each country may hold: the ones the gazetteer placed
    # there, and the open ones with a place of their name there ('Valencia, Córdoba, Mérida,
    # Granada, Perpiñán y Zaragoza' may all be in Spain, not all in Venezuela or Mexico).
    support = Counter(in_list)
    for _, by_country in pending:
        top = max(p[0] for p in by_country.values()) if by_country else 0
        support.update(c for c, p in by_country.items() if p[0] >= top * PLAUSIBLE_SHARE)
    # Where no place found alone gives the list a country, the country most of the list's
    # names have their biggest place in ('Leeds', 'Derby' and 'Exeter' are England's
    # first, though each has a namesake in the United States).
    biggest = Counter(max(b, key=lambda c: b[c][0]) for _, b in pending if b).most_common(1)
    leading = [c for c, n in biggest if n * 2 > len(entries)]
    towns: list[RawEntry] = []
    on_line: dict[int, list[RawEntry]] = {}  # the entries of each line, clause and frame,
    on_clause: dict[tuple[int, str], list[RawEntry]] = {}  # for `_group_country`
    in_frame: dict[str, list[RawEntry]] = {}
    for each in entries:
        on_line.setdefault(each.line, []).append(each)
        on_clause.setdefault((each.line, each.written), []).append(each)
        in_frame.setdefault(_frame(each), []).append(each)
    beside = _places_beside(in_list)  # `in_list` is the places found alone, from here on
    for entry, by_country in pending:
        name = entry.city if entry.kind == "city" else body_place(entry.city)
        total = sum(in_list.values())  # most of the list's, and two places or more: the
        # country of one place found is no list's country ('Ciudad de México' among others)
        majority = [c for c in in_list if in_list[c] * 2 > total and in_list[c] > 1]
        if county := _county_in_list(entry, name, in_list):
            flag = "its country is the one the list holds with a county of its name"
            found[id(entry)] = _signatory(entry, county, Found.LIST, (flag,))
            continue
        if entry.kind != "city" and majority and majority[0] not in by_country:
            flag = "its country is the list's: no gazetteer knows the body"
            found[id(entry)] = _signatory(entry, majority[0], Found.LIST, (flag,))
            continue
        lead = majority[:1] or leading
        if (area := _lists_area(name, lead, by_country)) and _named_as_body(entry):
            flag = "its country is the list's, where a county or region bears its name"
            found[id(entry)] = _signatory(entry, area, Found.LIST, (flag,))
            continue
        if not by_country and lead and lead[0] in municipality_countries(name):
            flag = "its country is the list's, which has a municipality of its name (ISO 3166-2)"
            found[id(entry)] = _signatory(entry, lead[0], Found.LIST, (flag,))
            continue
        if not by_country and entry.kind == "city" and named_by_form(entry.written, entry.city):
            towns.append(entry)  # 'City of Ekurhuleni Metropolitan Municipality': its
            continue  # country is the list's, once the others' are known
        if not by_country and _unknown_town(entry) and _one_country(in_list):
            flag = "its country is the list's: no gazetteer knows the place; check it"
            code = next(iter(in_list))
            town = _sounded_town(entry, code, places)
            found[id(entry)] = _signatory(town, code, Found.LIST, (flag,))
            continue
        if _formed_in_the_lists_country(entry, by_country, in_list):
            flag = "its country is the list's, its form too; a small namesake elsewhere: check it"
            found[id(entry)] = _signatory(entry, next(iter(in_list)), Found.LIST, (flag,))
            continue
        if not by_country:
            flag = "unknown place: no gazetteer knows it; give its country"
            if entry.country:
                flag = f"unknown country {entry.country!r} and place: give its country"
            found[id(entry)] = _signatory(entry, "", Found.UNKNOWN, (flag,))
            continue
        top = max(p[0] for p in by_country.values())
        # The readings the list may support: no village beside a city elsewhere of that own
        # name (VILLAGE_SHARE; 'Alessandria' among Italian cities stays Italy's: it is only
        # Alexandria's other name)
        own = max((p.population for p in _own_places(places, name)), default=0)
        plausible = [
            c for c in by_country if by_country[c][0] >= own * VILLAGE_SHARE
            or _town_of_the_lists_country(c, by_country, in_list)
            or _unsized_in_the_lists_country(c, by_country, in_list)
            or _town_of_all_the_others(c, by_country, support, len(entries))
        ]  # fmt: skip
        listed = [c for c in plausible if c in majority]
        clause = on_clause[(entry.line, entry.written)]
        framed = in_frame.get(_frame(entry) or "\0", [])  # '': no frame (a lone place)
        placed = len(entries) + given.total()  # the list's entries and those the page placed
        listed = (
            _group_country(entry, clause, len(entries), found, [*by_country])
            or _group_country(entry, on_line[entry.line], len(entries), found, plausible)
            or _group_country(entry, framed, placed, found, plausible, MIN_FRAMED)
            or _town_over_a_village(listed, by_country, in_list)
        )
        if not listed and lead and places is not None and entry.kind == "city":
            there = _populations(places, name, variants, lead[0], own_first=False)
            if there and (
                there[lead[0]][0] > OTHER_NAME_FACTOR * top
                or _shortened(places, name, lead[0], top)
            ):
                by_country, listed = {**by_country, **there}, lead  # 'Hull': GB's
        shared = max(plausible, key=lambda c: (support[c], by_country[c][0]))
        if listed:
            found[id(entry)] = _guess(entry, listed[0], Found.LIST, by_country)
        elif len(entries) > 1 and support[shared] * 2 > len(entries):  # most of the list's
            found[id(entry)] = _guess(entry, shared, Found.LIST, by_country)
        elif close := _close_namesakes(plausible, by_country, in_list, majority):
            found[id(entry)] = _guess(entry, close[0], Found.LIST, by_country)
        elif same := _on_the_lists_continent(plausible, by_country, in_list, beside):
            found[id(entry)] = _guess(entry, same[0], Found.LIST, by_country)
        elif _list_supports(shared, by_country, support):
            found[id(entry)] = _guess(entry, shared, Found.LIST, by_country)
        else:
            code = max(by_country, key=lambda c: by_country[c][0])
            found[id(entry)] = _guess(entry, code, Found.GAZETTEER, by_country)
    guessed = [found[id(e)] for e, _ in pending if id(e) in found]
    found.update(_towns_of_the_list(towns, in_list, guessed, places))
    if places is not None:
        found.update(_other_names_in_the_lists_country(entries, found, given, places, variants))
    return _bodies_in_the_lists_country(entries, found)


def _other_names_in_the_lists_country(
    entries: Sequence[RawEntry],
    found: Mapping[int, Signatory],
    given: Counter[str],
    places: Places,
    variants: Callable[[str], list[str]],
) -> dict[int, Signatory]:
    """The entries the gazetteer alone placed outside the country of all the list's other
    places (MIN_ONE_COUNTRY or more), where that country has a town of SURE_POPULATION or
    more that this name is another name of ('Freiburg' among Swiss towns: Fribourg, not
    Freiburg im Breisgau; 'Bergen' among Belgian ones: Mons), read as in it and flagged."""
    counts = given + Counter(s.country_code for s in found.values() if s.country_code)
    lead, count = next(iter(counts.most_common(1)), ("", 0))
    if count < MIN_ONE_COUNTRY or count != sum(counts.values()) - 1:
        return {}  # not one entry alone outside the list's country
    moved: dict[int, Signatory] = {}
    for entry in entries:
        signatory = found.get(id(entry))
        if signatory is None or signatory.found is not Found.GAZETTEER or entry.kind != "city":
            continue
        if signatory.country_code in ("", lead):
            continue
        there = _populations(places, entry.city, variants, lead, own_first=False)
        if there and there[lead][0] >= SURE_POPULATION:
            flag = (
                f"its country is the list's, where a town has this name too; also a place in "
                f"{signatory.country_code}: check it"
            )
            moved[id(entry)] = _signatory(entry, lead, Found.LIST, (flag,))
    return moved


MIN_AGREED = 2  # entries found in one country, for a body no gazetteer knows to be there too


def _bodies_in_the_lists_country(
    entries: Sequence[RawEntry], found: dict[int, Signatory]
) -> dict[int, Signatory]:
    """Bodies that are no city and that no gazetteer knows ('Travis County / Condado de
    Travis'), where every other entry the gazetteer placed is in one country, two or more:
    in that country, as a county among a country's councils is."""
    codes = {s.country_code for s in found.values() if s.found != Found.UNKNOWN}
    placed = sum(s.found != Found.UNKNOWN for s in found.values())
    if len(codes) != 1 or placed < MIN_AGREED:
        return found
    (code,) = codes
    flag = "its country is the list's: no gazetteer knows the body"
    for entry in entries:
        signatory = found.get(id(entry))
        unknown = signatory is not None and signatory.found == Found.UNKNOWN
        if unknown and entry.kind != "city" and not entry.country:
            found[id(entry)] = _signatory(entry, code, Found.LIST, (flag,))
    return found


def _formed_in_the_lists_country(
    entry: RawEntry, by_country: Mapping[str, list[int]], in_list: Counter[str]
) -> bool:
    """Whether a town named with its body's form whose name the gazetteer knows only as
    small places (`_small_namesake`), in a list whose other places are all of one country
    (`_one_country`) and none of them there, is that country's: a municipality named
    otherwise than its seat, more likely than a village abroad ('Rana kommune', Mo i Rana's
    municipality, is no hamlet in Italy); 'Stadt Wien' among German towns stays Vienna's."""
    return (
        _small_namesake(entry, by_country)
        and _one_country(in_list)
        and next(iter(in_list)) not in by_country
    )


def _small_namesake(entry: RawEntry, by_country: Mapping[str, list[int]]) -> bool:
    """Whether a town is named with its body's form ('Rana kommune', 'Gmina Kłodawa') and
    the gazetteer's places of its name are all smaller than SMALL_NAMESAKE: not sure enough
    of their country to give it before the list's other entries are placed."""
    return (
        entry.kind == "city"
        and bool(by_country)
        and max(p[0] for p in by_country.values()) < SMALL_NAMESAKE
        and named_by_form(entry.written, entry.city)
    )


SMALL_NAMESAKE = 20_000


def _towns_of_the_list(
    towns: Sequence[RawEntry],
    in_list: Counter[str],
    guessed: Sequence[Signatory],
    places: Places | None,
) -> dict[int, Signatory]:
    """Entries that name a town by its body's form, no gazetteer knowing the town ('City of
    Ekurhuleni Metropolitan Municipality'): in the country that holds most of the list's
    other entries, where one does; of unknown country otherwise."""
    counts = in_list + Counter(s.country_code for s in guessed if s.country_code)
    top = counts.most_common(1)
    found = {}
    for entry in towns:
        if top and top[0][1] * 2 > counts.total():
            flag = "its country is the list's: no gazetteer knows the town its body names"
            town = _sounded_town(entry, top[0][0], places)
            found[id(entry)] = _signatory(town, top[0][0], Found.LIST, (flag,))
        else:
            flag = "unknown place: no gazetteer knows it; give its country"
            found[id(entry)] = _signatory(entry, "", Found.UNKNOWN, (flag,))
    return found


def _named_as_body(entry: RawEntry) -> bool:
    """Whether an entry is written as a body's name, with its form or its kind's words
    ('Cornwall Council', 'Mayo County Council'), not a bare name (a heading, 'Gironde'); a
    column after it aside ('Cornwall Council (2019)', 'Gwynedd Council – 2020', a card's
    labelled field: 'Cornwall Council, Region: South West')."""
    written = _COLUMN_AFTER.sub("", clean(entry.written))
    return entry.kind != "city" or strip_form(written) != written


# A column after an entry's name: a bracket ('(2019)', '(CA)'), a dash and a number, or a
# comma and a labelled field to the end ('Region: South West', 'Région : Bretagne').
_COLUMN_AFTER = re.compile(r"\s*(?:\([^()]*\)|[–—-]\s*\d[\d./ ]*|,\s+[^\W\d_][^,:]{0,30}\s?:\s.*)$")


def _county_in_list(entry: RawEntry, name: str, in_list: Mapping[str, int]) -> str:
    """The country of a county's or region's body ('Mayo County Council', 'Nordland
    fylkeskommune') whose name is a subdivision's in one country only (ISO 3166-2), where
    the list has a place found in that country: the county's, not a small town's abroad
    that the gazetteer names so; '' otherwise."""
    areas = _areas_named(name)
    if entry.kind == "city" or len(areas) != 1 or not _named_as_body(entry):
        return ""
    (code,) = areas
    return code if in_list.get(code, 0) > 0 else ""


def _lists_area(name: str, lead: Sequence[str], by_country: Mapping[str, list[int]]) -> str:
    """The list's country, where it has no town of the name but a county, region or other
    subdivision of it (ISO 3166-2): 'Cornwall Council' among English councils is Cornwall's
    (a county), not Cornwall's in Ontario; '' otherwise. A code ('BO') is no name here."""
    if not lead or lead[0] in by_country:
        return ""
    return lead[0] if lead[0] in _areas_named(name) else ""


def _areas_named(name: str) -> set[str]:
    """The countries with a subdivision of this name (ISO 3166-2), not of this code."""
    if len(fold(name)) <= MAX_CODE_LETTERS:
        return set()
    return {code for code, suffix in subdivision_countries(name) if fold(suffix) != fold(name)}


def _one_place_two_names(entry: RawEntry, places: Places, keep: set[str]) -> RawEntry:
    """A town's name in two languages a slash parts ('Cottbus/Chóśebuz', 'Donostia/San
    Sebastián', 'Helsinki/Helsingfors'), both names of one place the gazetteer has, named
    by the first, the page's; a name the gazetteer or the atlas (`keep`: folded names)
    has with its slash ('Biel/Bienne', 'Pec/Peja') or a pair of two places ('Ulm/Neu-Ulm')
    as it is."""
    first, slash, second = entry.city.partition("/")
    first, second = first.strip(), second.strip()
    if not slash or entry.kind != "city" or "/" in second or not first or not second:
        return entry
    if fold(entry.city) in keep:
        return entry
    named = places.places_named(entry.city)
    if any(fold(p.name) == fold(entry.city) for p in named):
        return entry
    if not set(places.places_named(first)) & set(places.places_named(second)):
        return entry
    return replace(entry, city=first)


# A name and another name of it in a bracket: 'ルーヴェン (Leuven)', 'Μπιλμπάο (Bilbao)'.
_BRACKETED_NAME = re.compile(r"([^()]+?)\s*\(([^()]+)\)")


def _latin_named(entry: RawEntry, places: Places) -> RawEntry:
    """A town's name in another script than Latin with its Latin name in a bracket
    ('ルーヴェン (Leuven)', 'Билбао (Bilbao)'), which the gazetteer has as no one name:
    named by the Latin name where the gazetteer has a place of it, and the other name names
    none or one of the same places; the entry as it is otherwise."""
    if not entry.city.endswith(")") or entry.kind != "city":
        return entry
    named = _BRACKETED_NAME.fullmatch(entry.city)
    if named is None or is_latin(named[1]) or not is_latin(named[2]) or not named[2][:1].isupper():
        return entry
    latin = set(places.places_named(named[2]))
    if not latin or places.places_named(entry.city):
        return entry
    own = set(places.places_named(named[1]))
    return replace(entry, city=named[2].strip()) if not own or own & latin else entry


def _two_names(entry: RawEntry, places: Places) -> RawEntry:
    """An entry a slash parts into a region and a place ('Varna / Vahrn': Bulgaria's
    province of Varna?) read as one place's two names where the gazetteer has one place
    of both ('Varna', Vahrn in South Tyrol), the first as its name."""
    if " / " not in entry.written or not (entry.region or entry.country):
        return entry
    names = [n.strip(" ★*") for n in entry.written.split(" / ")]
    if len(names) < 2 or entry.city not in names or not {entry.region, entry.country} & {*names}:
        return entry  # 'Donostia / San Sebastián — País Vasco': its region is none of them
    first, *others = names
    shared = set(places.places_named(first))
    if not any(shared & set(places.places_named(n)) for n in others if n):
        return entry
    return replace(entry, city=first, country="", region="", codes=())


def _named_both_ways(
    places: Places, entry: RawEntry, by_country: dict[str, list[int]]
) -> dict[str, list[int]]:
    """The countries of `by_country` with a place that also has the other names a slash
    parts from the entry's ('Varna / Vahrn': South Tyrol's Varna, whose German name is
    Vahrn, not Bulgaria's); all of them where no place has both."""
    own = set(places.places_named(entry.city))
    others = [n.strip(" ★*") for n in entry.written.split(" / ") if n.strip(" ★*") != entry.city]
    both = {p.country_code for n in others if n for p in own & set(places.places_named(n))}
    kept = {c: p for c, p in by_country.items() if c in both}
    if not kept or max(kept, key=lambda c: kept[c][0]) == max(
        by_country, key=lambda c: by_country[c][0]
    ):
        return by_country  # the biggest place has both names already: the list decides
    return kept


def _frame(entry: RawEntry) -> str:
    """The words an entry's line writes around its place, folded ('pela camara municipal
    de' of 'Pela Câmara Municipal de Aveiro'); '' where the line is the place alone or
    does not hold it as read."""
    before, place, after = entry.written.partition(entry.city)
    return fold(f"{before} | {after}") if place and (before or after) else ""


MIN_FRAMED = 2  # entries of a frame found in one country, for it to be the frame's


def _group_country(
    entry: RawEntry,
    group: Sequence[RawEntry],
    listed: int,
    found: Mapping[int, Signatory],
    plausible: Sequence[str],
    least: int = 1,
) -> list[str]:
    """The country of a group of the list's entries the entry is in (its clause, its line,
    its frame), where the group is neither the entry alone nor the whole list (of `listed`
    entries), and `least` or more of the others are found, all in one country the entry has
    a place in: 'Valença' in '... e as câmaras municipais portuguesas de Esposende e
    Valença' is Portugal's beside Esposende, though most of the list is Spanish and the
    bigger Valença Brazilian; 'Hasselt' after 'Roeselare' and 'Kortrijk' on a line of
    Flemish guest towns is Belgium's; 'Pela Câmara Municipal de Tomar' beside Portugal's
    'Pela Câmara Municipal de Leiria', 'de Guimarães' is Portugal's, though Brazil's 'Pela
    Prefeitura de Recife', 'de Natal' are more (a Tomar there); [] otherwise. A clause, a
    line, and each country's bodies' own form are each about one country."""
    if len(group) < 2 or len(group) >= listed:
        return []
    codes = [found[id(e)].country_code for e in group if e is not entry and id(e) in found]
    one = set(codes)
    return [*one] if len(codes) >= least and len(one) == 1 and one <= {*plausible} else []


def _shortened(places: Places, name: str, country: str, top: int) -> bool:
    """Whether a name is a short form of the own name of a place in `country` that has
    it among its names, at least PLAUSIBLE_SHARE of `top`, the biggest namesake's
    population: the place the name means in a list of that country's places. The short
    form leaves out the words a particle joins to it ('Newcastle', Newcastle upon Tyne;
    'Kingston', Kingston upon Thames; 'Hull', Kingston upon Hull; 'Frankfurt', Frankfurt
    am Main), not a district's name and number ('Paris 06 Luxembourg' is no Luxembourg)."""
    short = _NAME_WORDS.split(fold(name))
    size = len(short)
    for place in places.places_named(name):
        if place.country_code != country or place.population < top * PLAUSIBLE_SHARE:
            continue
        own = _NAME_WORDS.split(fold(place.name))
        if len(own) > size and (
            (own[:size] == short and own[size] in PARTICLES)
            or (own[-size:] == short and own[-size - 1] in PARTICLES)
        ):
            return True
    return False


_NAME_WORDS = re.compile(r"[\s-]+")  # 'Stoke-on-Trent', 'Newcastle upon Tyne'


def _joined_places(
    places: Places, name: str, variants: Callable[[str], list[str]]
) -> dict[str, list[int]]:
    """A town that no gazetteer knows, named for the places it joined, a hyphen between
    them ('Sittard-Geleen', 'Villingen-Schwenningen'): the countries each of them is in,
    with the first one's populations; none where a part is no place or no country holds
    them all."""
    parts = name.split("-")
    if not 2 <= len(parts) <= MAX_JOINED or not all(p[:1].isupper() for p in parts):
        return {}
    each = [_populations(places, part, variants) for part in parts]
    shared = set.intersection(*(set(found) for found in each))
    return {code: each[0][code] for code in sorted(shared)}


MAX_JOINED = 3  # places a merged town's name joins


def _seat_before_hyphen(
    places: Places, name: str, variants: Callable[[str], list[str]]
) -> dict[str, list[int]]:
    """A body's place no gazetteer knows, its seat's name and more after a hyphen (a
    region's, a range's: 'Grenoble-Alpes' of 'Grenoble-Alpes Métropole', 'Aix-Marseille-
    Provence'): the countries of the longest part before a hyphen that is a place; none if
    no part is, or the name is a person's or a state's (`hyphened_place`)."""
    known = PlaceNames(lambda part: bool(_populations(places, part, variants)))
    seat = hyphened_place(name, known)
    return _populations(places, seat, variants) if seat else {}


def _list_supports(shared: str, by_country: Mapping[str, list[int]], support: Counter[str]) -> bool:
    """Whether a namesake near as big as the most populous one (COMPARABLE_SHARE) is in
    the country more of the list's entries may be in than in the most populous one's:
    'Cádiz' after 'Barcelona' and 'Zaragoza' is Spain's, not the Philippines' (a bigger
    Cadiz there, and a small Zaragoza)."""
    top = max(by_country, key=lambda c: by_country[c][0])
    return (
        shared != top
        and support[shared] > support[top]
        and by_country[shared][0] >= by_country[top][0] * COMPARABLE_SHARE
    )


def _close_namesakes(
    plausible: list[str],
    by_country: Mapping[str, list[int]],
    in_list: Counter[str],
    majority: list[str],
) -> list[str]:
    """Where the list's own country has no place of the name and its most populous one is
    far away (neither in a country the list names nor near its country), the plausible
    namesakes in a country the list names that is near its own, biggest first: 'Bayonne'
    beside 'Anglet' (France) among Spanish Basque towns is France's, not New Jersey's."""
    if not majority:
        return []
    top = max(by_country, key=lambda c: by_country[c][0])
    if in_list[top] or near(majority[0], top):
        return []
    close = [c for c in plausible if in_list[c] and near(majority[0], c)]
    return sorted(close, key=lambda c: -by_country[c][0])


MIN_CONTINENT_PLACES = 3  # places found, for the continent most are on to be the list's


def _on_the_lists_continent(
    plausible: list[str],
    by_country: Mapping[str, list[int]],
    in_list: Counter[str],
    beside: Callable[[str], int],
) -> list[str]:
    """Where no country holds most of the list but most of its places found are on one
    continent (or in neighbours: `beside`, `_places_beside`) and the most populous
    namesake is not, the plausible namesakes there, biggest first: 'Valencia' among Nantes,
    Brno, Lille and Athens is Spain's, not Venezuela's; 'Córdoba' among Rosario, Salta and
    Mendoza stays Argentina's."""
    total = sum(in_list.values())
    if total < MIN_CONTINENT_PLACES:
        return []
    top = max(by_country, key=lambda c: by_country[c][0])
    if beside(top) * 2 > total:
        return []
    close = [c for c in plausible if beside(c) * 2 > total]
    return sorted(close, key=lambda c: -by_country[c][0])


def _places_beside(in_list: Counter[str]) -> Callable[[str], int]:
    """How many of the list's places found are in a country or near it (`near`), kept for
    each country asked: a list's open entries ask it of the same countries, each answer a
    sum over every country the list's places are in (once it no longer changes)."""

    @cache
    def beside(code: str) -> int:
        return sum(n for c, n in in_list.items() if c == code or near(code, c))

    return beside


def _populations(
    places: Places,
    city: str,
    variants: Callable[[str], list[str]],
    only: str = "",
    *,
    own_first: bool = True,
) -> dict[str, list[int]]:
    """Country -> populations (largest first) of the places the name may mean (for a body's
    place, every place of the name: a region is often no place's own name, 'Madeira').
    Kept for the plan (`infer_countries`): its callers read it, never change it."""
    return _kept_populations(places, city, variants, only, own_first)


@lru_cache(maxsize=1 << 15)  # asked of an entry's name for its own places, then its country
def _kept_populations(
    places: Places, city: str, variants: Callable[[str], list[str]], only: str, own_first: bool
) -> dict[str, list[int]]:
    if not only:  # the places of the first variant that has any, as `_kept_places` keeps
        name, named = _kept_places(places, city, variants)
        return _by_country(_main_names_first(named, name) if own_first else named)
    for name in variants(city):
        named = places.places_named(name)
        there = [
            p for p in (_main_names_first(named, name) if own_first else named)
            if p.country_code == only
        ]  # fmt: skip
        if there:
            return _by_country(there)
    return {}


@lru_cache(maxsize=1 << 15)
def _kept_places(
    places: Places, city: str, variants: Callable[[str], list[str]]
) -> tuple[str, Sequence[Place]]:
    """The first of a name's variants that the gazetteer has places of, and its places;
    ('', ()) where none has. Kept for the plan, as `_kept_populations` is: its own places
    (`_main_names_first`) and all of them are asked of the same variant."""
    for name in variants(city):
        named = places.places_named(name)
        if named:
            return name, named
    return "", ()


def _by_country(found: Sequence[Place]) -> dict[str, list[int]]:
    """Country -> the populations of the places there, largest first."""
    by_country: dict[str, list[int]] = {}
    for place in found:
        by_country.setdefault(place.country_code, []).append(place.population)
    return {c: sorted(p, reverse=True) for c, p in by_country.items()}


def _other_name_elsewhere(places: Places, name: str, variants: Callable[[str], list[str]]) -> bool:
    """Whether a name that is places' own in one country is also another name of a place
    in another country, at least OTHER_NAME_FACTOR times bigger ('Rhodes', a suburb's own
    name in Australia, is the English name of Ródos), or a short form of its name
    (`_shortened`: 'Kingston', Kingston upon Thames): the list decides between them. The
    other countries' places are those of the variant its own places are of (`_kept_places`)."""
    own = _populations(places, name, variants)
    if sum(map(len, own.values())) == len(_kept_places(places, name, variants)[1]):
        return False  # its own places are all of its places (most names): none elsewhere
    every = _populations(places, name, variants, own_first=False)
    top = max((p[0] for p in own.values()), default=0)
    return any(
        c not in own and (p[0] > OTHER_NAME_FACTOR * top or _shortened(places, name, c, top))
        for c, p in every.items()
    )


def _own_places(places: Places | None, name: str) -> list[Place]:
    """The places whose own (main) name this is."""
    key = fold(name)
    named = places.places_named(name) if places is not None else []
    return [p for p in named if fold(p.name) == key]


def _main_names_first(found: Sequence[Place], name: str) -> Sequence[Place]:
    """The places whose own name this is, where one of them is of note beside the largest
    of those it is another name of (AMBIGUOUS_SHARE); else all: 'Porto' is Porto, not
    Bordeaux, which GeoNames also calls Porto, but 'Ghent' is Gent, not a village of that
    name. A name in another script is no place's own name (`is_latin`)."""
    key = fold(name)  # once, not once a place: a common name has hundreds
    own = [p for p in found if fold(p.name) == key] if is_latin(name) else []
    top = max((p.population for p in found), default=0)
    if any(p.population >= top * AMBIGUOUS_SHARE for p in own):
        return own
    return found


def _guess(entry: RawEntry, code: str, found: Found, by_country: dict[str, list[int]]) -> Signatory:
    """A country from the gazetteer, flagged as inferred, and as ambiguous where it is."""
    top = by_country[code][0]
    flags = [f"unknown country {entry.country!r} on the page"] if entry.country else []
    others = sorted(
        (c for c in by_country if c != code and by_country[c][0] >= top * AMBIGUOUS_SHARE),
        key=lambda c: -by_country[c][0],
    )
    if others:
        flags.append(f"ambiguous: also a place in {', '.join(others[:5])}")
    same = [p for p in by_country[code] if p >= top * AMBIGUOUS_SHARE]
    if len(same) > 1:
        flags.append(f"ambiguous: {len(same)} places of this name in {code}")
    return _signatory(entry, code, found, tuple(flags))


def _signatory(
    entry: RawEntry,
    code: str,
    found: Found,
    flags: tuple[str, ...],
    *,
    country: str | None = None,
    region: str | None = None,
) -> Signatory:
    return Signatory(
        line=entry.line,
        written=entry.written,
        city=entry.city,
        country=country if country is not None else (country_name(code) if code else ""),
        country_code=code,
        region=entry.region if region is None else region,
        found=found,
        flags=flags,
        kind=entry.kind,
    )

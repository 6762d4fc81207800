"""Reading a member list written as running text.

`City (Country); City (Country); ... and City (Country).` and `signed by Aarhus, Bilbao, ...
and Zagreb.` in English, German, French, Italian, Spanish, Dutch and Nordic languages, with
or without an Oxford comma, `d'Alger, de Bruxelles`, and shared brackets (`Lyon and Grenoble
(France)`). A paragraph runs on across a page break; it is parted into items on its commas,
semicolons and conjunctions (its language's 'and'), outside brackets, and each item is read
as an entry, the clauses around a list ('at the meeting in Nairobi') left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from fractions import Fraction
from functools import lru_cache, partial
from itertools import islice, pairwise

from geo.countries import country_name, find_country, press_abbreviation, subdivision_countries
from geo.errors import ParseError
from geo.importing.entries import (
    _BULLET,
    _FORM,
    _FORM_IN_GENITIVE,
    _PERSON,
    _PREPOSITION,
    MAX_ENTRY_CHARS,
    MAX_NAME_WORDS,
    NORDIC_FORMS,
    PARTICLES,
    SUBDIVISION_SUFFIX,
    MemberList,
    PlaceNames,
    RawEntry,
    _confirmed,
    _finish,
    _name_like,
    _Reading,
    _role_in,
    body_in_genitive,
    body_kind,
    genitive_before_form,
    governed_body,
    has_title,
    in_case_after_form,
    is_signer_line,
    is_title,
    names_a_subdivision,
    names_in_genitive,
    nordic_body,
    oblast_named,
    one_body_of_places,
    place_codes,
    place_in_bracket,
    read_entry,
    region_adjective,
    role_before,
    strip_form,
    without_honorifics,
)
from geo.importing.inflection import (
    HANGUL,
    MAX_DECLINED_WORDS,
    declined_adjective,
    form_alone,
    formed_place,
    framed_readings,
    georgian_genitive_place,
    inflected_place,
    nominative,
    nominative_entry,
    particled_place,
    unmutated_place,
)
from geo.importing.pagetext import (
    _BROKEN_AFTER,
    _LOCATIVES,
    _ONLY_LOCATIVES,
    _SIGNING,
    JOINING,
    PAGE_BREAK,
    _split_outside_brackets,
    cut_in_ideographic_list,
    ends_sentence,
    is_address,
    mostly,
    says_where,
)
from geo.text import UNSPACED, cased, clean, fold, has_digit, word_count

MAX_ENTRIES = 50_000
# Words for 'and, as well as, together with' that add a list's last item: 'as well as',
# 'ainsi que', 'así como'; in lower case only as a sentence writes them (Turkish 'ile',
# Italian 'nonché', Swedish 'samt', Finnish 'sekä'...; 'Ile de France' is no 'ile').
_AS_WELL_AS = (
    r"as well as|sowie|ainsi que|(?-i:ile|nonché|samt|sekä|bem como|assim como|junto con|"
    r"así como|alsmede|evenals|a także|valamint|precum și|serta|together with|along with|"
    r"pamoja na|kao i|као и|ako aj|ako i|jakož i|както и|"  # Swahili, South Slavic, Slovak, ...
    r"além d[aeo]s?|además de|liksom|net als|de même que|"  # 'besides', 'like'
    r"ning|kā arī|baita|"  # Estonian, Latvian, Basque ('baita Getxoko udalek ere')
    r"eləcə də|habelə|сондай-ақ|shuningdek|шунингдек|ошондой эле|"  # Turkic: 'as well as'
    r"gemeinsam mit|zusammen mit|insieme a|insieme con|ensemble avec|samen met|"  # 'together
    r"sammen med|tillsammans med|junto a|juntamente com|razem z|spolu s|spolu se)"  # with'
)
# Japanese writes 'and' between names with no space: '松山市及び熊本市'; Korean begins a
# list's last item with '그리고' (and): '..., 그리고 전라남도 순천시'. The world's major
# languages' words for 'and' written apart, by script (not Latin words that are common
# words of other languages: Czech 'a', Swahili 'na', Tagalog 'at', Latvian 'un').
_AND_WORDS = (
    "and|&|und|et|e|ed|y|i|oraz|og|och|en|ja|és|ve|si|și|ir|dan|và|eta|dhe|iyo|agus|kaj|və|"
    "και|κι|та|і|и|й|ды|ва|ба|болон|жана|және|мен|һәм|"  # Greek, Cyrillic
    "և|ու|და|"  # Armenian, Georgian
    "اور|اتے|ۋە|"  # Urdu, Punjabi, Uyghur (Arabic's and Persian's: the place finder's)
    "और|एवं|तथा|व|आणि|र|এবং|ও|আর|আৰু|ਅਤੇ|અને|ଏବଂ|ଓ|"  # Devanagari, Bengali, ... Odia
    "மற்றும்|మరియు|ಮತ್ತು|ಹಾಗೂ|සහ|හා|"  # Tamil, Telugu, Kannada, Sinhala
    "และ|ແລະ|និង|နှင့်|နဲ့|དང་|እና|"  # Thai, Lao, Khmer, Burmese, Tibetan, Amharic
    "및|그리고"  # Korean
)
# An 'and' is written in lower case, or in capitals in a text in capitals ('LYON ET
# GRENOBLE'); capitalised, it is a name ('Mayor Ed Kowalczyk', 'Mayor Dan Ortiz').
_AND = f"(?-i:{_AND_WORDS}|{_AND_WORDS.upper()})"
# Not after a word cut at its hyphen, the first half of a compound the word after the 'and'
# ends: 'Universitäts- und Hansestadt', 'Noord- en Zuid-Holland', 'Öster- och Västergötland'.
_CONJUNCTION = re.compile(
    rf"(?<![-‐])\s(?:{_AND}|{_AS_WELL_AS})\s"
    r"|(?<=[\u3040-\u9fff])(?:及び|および|並びに)(?=[\u3040-\u9fff])",
    re.IGNORECASE,
)
_LEADING_CONJUNCTION = re.compile(rf"^(?:{_AND}|{_AS_WELL_AS})\s+", re.IGNORECASE)
_AS_WELL_AS_ONLY = re.compile(_AS_WELL_AS, re.IGNORECASE)
_AS_WELL_AS_LEAD = re.compile(rf"(?:{_AS_WELL_AS})\s", re.IGNORECASE)
_GLUED_AND = re.compile(r"\sו(?=[^\W\d_])")
# A name read from a list item, and whether it was split from a bracket it shares.
Name = tuple[str, bool]
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# A label's dash: spaced, as a colon ('Sachsen – Leipzig, Dresden'); not a name's hyphen.
_LABEL_DASH = re.compile(r"(?<=\s)[–—-](?=\s)")
MAX_LABEL_WORDS = 5
# A middle dot with no space beside it, between two words of Hangul or Chinese characters,
# parts a sentence's list as a comma does: Korean '세종·대전·수원 등 8개 도시', Japanese
# '東京・大阪・京都の3市', Chinese '北京·上海·广州等城市'. (Spaced, ' · ' parts a line's
# cells: `bar_table_rows`; between katakana it joins the parts of one foreign name.)
_LISTING_SCRIPT = r"[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]"
LISTING_DOT = re.compile(f"(?<={_LISTING_SCRIPT})[·・ㆍ](?={_LISTING_SCRIPT})")


# The commas, semicolons and full stops of scripts that write their own, as the Latin ones
# the reader parts a sentence on, one letter for one: Arabic's '؟' and Urdu's '۔';
# Ethiopic '፣' '፤' '።'; Burmese '၊' '။'; Mongolian '᠂' '᠃'; Khmer '។'; N'Ko '߸'; Tibetan
# '།'; the danda of Devanagari, Bengali and their neighbours '।' '॥'; Armenian '։'.
# (Chinese and Japanese '、' '。' are `_uncased_listing`'s; Thai and Lao part with spaces.)
_SCRIPT_MARKS = str.maketrans(
    "\u061f\u1363\u1364\u104a\u1802\u07f8\u06d4\u1362\u104b\u1803\u17d4\u0f0d\u0964\u0965\u0589",
    "?,;,,,.........",
)
# The Arabic comma and semicolon, read so in a text whose sentences end in Urdu's stop
# ('۔'): Arabic and Persian glue their 'and' to a name ('وصيدا'), and their lists are the
# place finder's (`_gluing_script_runs`); Urdu writes its 'and' apart ('اور').
_ARABIC_MARKS = str.maketrans("\u060c\u061b", ",;")
_URDU_STOP = "\u06d4"


def latin_marks(text: str) -> str:
    """A text with its script's own commas, semicolons and stops as the Latin ones
    (`_SCRIPT_MARKS`, `_ARABIC_MARKS`): 'لاہور، ملتان اور پشاور۔' -> 'لاہور, ملتان اور
    پشاور.'."""
    if _URDU_STOP in text:
        text = text.translate(_ARABIC_MARKS)
    return text.translate(_SCRIPT_MARKS)


def read_running_text(lines: list[str], is_place: PlaceNames) -> MemberList | None:
    """The paragraph whose comma- or semicolon-separated items name the most places; a
    paragraph whose list says its members joined goes on with the list of the
    paragraph right before it (`_joined_after`)."""
    best: tuple[_Reading, int] | None = None
    previous = ""
    listed: _Reading | None = None  # the list the paragraph before read
    for first, last, paragraph in _paragraphs(lines):
        block = lines[first - 1 : last]
        stated, previous = _stated_numbers(f"{previous} {paragraph}"), paragraph
        before, listed = listed, None
        if _one_entry_a_line(block) or any(is_address(line) for line in block):
            continue  # a list of lines, which read_lines reads, or a footer: not a sentence
        if _bodies_a_line(block):
            continue  # 'Umeå kommun, Borås Stad' under a heading: the place finder's lines
        text = LISTING_DOT.sub(", ", latin_marks(paragraph))
        text = _uncased_listing(_korean_listing(text), is_place)
        text = _turkic_listing(_tamil_listing(text, is_place), is_place)
        reading = _read_paragraph(text, first, is_place, stated)
        if reading is not None and _a_list(reading, 2):
            reading = _with_formed_members(reading, text, first, is_place)
            listed = reading = _joined_after(before, reading, text)
        if reading is not None and (best is None or reading.places > best[0].places):
            best = (reading, last)
    if best is None:
        return None
    return _finish("running text", best[0].entries, (), lines, best[1])


def _joined_after(before: _Reading | None, reading: _Reading, text: str) -> _Reading:
    """A paragraph's list after the list of the paragraph before, where its first part says
    its members joined ('In the weeks after, X, Y and Z joined the network.'), as
    one list; the paragraph's own list otherwise, and where the sentence that says so names
    none of its places: they are named after it ('The mayor said the network will help the
    new members. Ana Ruiz, of Cusco, ...': those the paragraph before named, a speaker's)."""
    if before is None or not _a_list(before, 2) or not _says_joined(text):
        return reading
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if not any(e.city in first or e.written in first for e in reading.entries):
        return reading
    return _Reading([*before.entries, *reading.entries], [], before.places + reading.places)


def _says_joined(text: str) -> bool:
    """Whether a paragraph's first sentence says others joined (`JOINING`): not only that
    they signed, as a paragraph that names the signatories says ('The declaration was
    signed by ...')."""
    return JOINING.search(_SENTENCE_END.split(text, maxsplit=1)[0]) is not None


def joined_after(lines: list[str], last: int) -> bool:
    """Whether the paragraph after a running text's list, whose last line is `last`, says
    others joined (`_joined_after`): the list goes on in it."""
    start = next((k for k in range(last, len(lines)) if lines[k].strip()), len(lines))
    end = next((k for k in range(start, len(lines)) if not lines[k].strip()), len(lines))
    return _says_joined(" ".join(lines[start:end]))


# A plural noun of wider bodies, which a sentence names its signing bodies after by their
# areas' names alone ('Namens de provincies tekenden de gedeputeerden van Gelderland en
# Fryslân'): the kind of each and its name in the noun's language.
_PLURAL_BODIES = {
    "provinces": ("province", "Province of {}"), "regions": ("region", "{} Region"),
    "counties": ("county", "{} County"), "provincies": ("province", "Provincie {}"),
    "provinzen": ("province", "Provinz {}"), "regionen": ("region", "Region {}"),
    "landkreise": ("county", "Landkreis {}"), "provincias": ("province", "Provincia de {}"),
    "regiones": ("region", "Región de {}"), "regioni": ("region", "Regione {}"),
    "régions": ("region", "Région {}"), "províncias": ("province", "Província de {}"),
    "regiões": ("region", "Região de {}"),
}  # fmt: skip
_PLURAL_BODY = re.compile(rf"(?<!\w)(?:{'|'.join(_PLURAL_BODIES)})(?!\w)", re.IGNORECASE)
# 'from the provinces', 'uit de provincies': where the signers come from, not who signs
_FROM_BEFORE = re.compile(r"(?:^|\s)(?:from|aus|uit|desde|dalle|depuis)\s+(?:\w+\s+)?$", re.I)
_ELIDED_BEFORE = re.compile(r"^[^\W\d_]+['’](?=[^\W\d_])")  # "dell'Umbria"


def has_plural_body(text: str) -> bool:
    """Whether a text names a plural of wider bodies (`_PLURAL_BODIES`)."""
    return _PLURAL_BODY.search(text) is not None


def bodies_named_in_plural(entries: Iterable[RawEntry], text: str, line: int) -> list[RawEntry]:
    """The wider bodies a list's sentence names by a plural of their kind with a word of
    signing, then by their areas' names alone, every one a country's first-level division
    ('On behalf of the provinces, the deputies of Gelderland and Overijssel signed', 'Per le
    regioni hanno firmato gli assessori della Toscana e dell'Umbria'): each the body of its
    area, named as the noun's language does ('Provincie Gelderland'). One search of the
    paragraph where it has no such noun."""
    if not has_plural_body(text):
        return []
    known = {fold(e.city) for e in entries}
    added: list[RawEntry] = []
    for sentence in _SENTENCE_END.split(text):
        noun = _PLURAL_BODY.search(sentence)
        if noun is None or _FROM_BEFORE.search(sentence[: noun.start()]) is not None:
            continue
        if _SIGNING.search(sentence) is None:
            continue
        names = [
            n for p in _MEMBER_PIECE.split(sentence[noun.end() :]) if p and (n := _last_name(p))
        ]
        if not names or not all(subdivision_countries(n) for n in names):
            continue  # a town among them: the areas are where the signers are
        kind, form = _PLURAL_BODIES[noun[0].casefold()]
        added += [
            RawEntry(line, sentence.strip(), form.format(n), kind=kind)
            for n in names
            if fold(n) not in known and fold(form.format(n)) not in known
        ]
    return added


def counties_by_form_before(entries: Iterable[RawEntry]) -> list[RawEntry]:
    """A list's entries, each named right after a wider body's form in the genitive or the
    plural that a title puts before it ('die Landrätin des Landkreises Coburg', 'die
    Landräte der Landkreise Passau und Bamberg'), as that body ('Landkreis Coburg'), though
    a town has its name; a plural's form goes on to the names its list joins to the first
    by an 'and' or bare ('Bamberg'). A town's form ('der Städte Ulm und Fulda') leaves its
    towns."""
    read: list[RawEntry] = []
    plural: tuple[str, str] | None = None  # the kind and name's form of a plural before
    for entry in entries:
        written = entry.written.strip()
        at = written.find(entry.city)
        words = written[: max(at, 0)].split()
        last = words[-1] if words else ""
        if last.casefold() in _PLURAL_BODIES:
            plural = _PLURAL_BODIES[last.casefold()]
        elif words and _LEADING_CONJUNCTION.match(f"{last} ") is None:
            plural = None
        genitive = _FORM_IN_GENITIVE.match(f"{last} {entry.city}")
        if plural is not None and not body_kind(entry.city):
            entry = replace(entry, city=plural[1].format(entry.city), kind=plural[0])
        elif genitive is not None and (kind := body_kind(f"{genitive[1]} {entry.city}")):
            entry = replace(entry, city=f"{genitive[1]} {entry.city}", kind=kind)
        read.append(entry)
    return read


def _last_name(piece: str) -> str:
    """The run of capitalised words a piece of a sentence ends its names with ('de
    gedeputeerden van Gelderland': 'Gelderland'; "dell'Umbria": 'Umbria'); '' if none."""
    words = [_ELIDED_BEFORE.sub("", w) for w in piece.strip().rstrip(".,;:").split()]
    end = next((k for k in range(len(words), 0, -1) if words[k - 1][:1].isupper()), 0)
    start = end
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in PARTICLES):
        start -= 1
    while start < end and not words[start][:1].isupper():
        start += 1  # 'della Toscana': a particle starts no name
    return " ".join(words[start:end])


# Where a paragraph's sentences part their names: a sentence's end, a comma, a semicolon,
# an 'and', 'as well as' or a spaced dash ('..., a od Софийска област – Община Ботевград').
_MEMBER_PIECE = re.compile(rf"[,;]|\s[–—]\s|{_CONJUNCTION.pattern}", re.IGNORECASE)
# Bulgarian's definite article glued to a body's first word, where a sentence's subject
# has it: 'Асоциацията на ...' (the association of), 'Сдружението на ...'; its name has none.
_BODY_WORDS_ARTICLE = re.compile(r"^([А-Я][а-я]{3,}[аеия])(?:та|то)(?=\s)")
# A preposition of where a wider body's places are, before it: 'aus', 'from', 'от'
# ('а от Софийска област – Община Ботевград'): a region, no member.
_ORIGIN_BEFORE = re.compile(
    r"(?:^|\s)(?:from|aus|von|uit|van|od|z|ze|iz|от|из|з|від|desde|de|da|dal|du|des)\s+$",
    re.IGNORECASE,
)
MAX_FORMED_WORDS = 6  # a wider body's name: 'Асоциацията на родопските общини'


def _with_formed_members(reading: _Reading, text: str, line: int, is_place: PlaceNames) -> _Reading:
    """A paragraph's list with the bodies its other sentences name by their forms ('Aus
    Bayern kommen die Gemeinde Ottobrunn und der Landkreis Ebersberg hinzu', 'Новите членове
    са Община Смолян'), where the list names its members so too ('die Universitätsstadt
    Tübingen, die Stadt Landau'): a reader takes every body so named as a member, not a body
    after a role ('Bürgermeisterin der Stadt Münster', 'le maire de la Ville de Dunkerque'),
    in the country of the region its sentence names before it ('aus Niederösterreich die
    Marktgemeinde Perchtoldsdorf'); the list's items that are neither places nor bodies are
    a sentence's words. The list as it was where it names no member by its form, or the
    paragraph no more."""
    formed = sum(map(_formed_item, islice(reading.entries, MAX_FORMED_WORDS))) >= MIN_FORMED_TOWNS
    if not formed and reading.places < len(reading.entries):
        return reading  # a wider body joins a list of places all confirmed, no uncertain one
    kept = [e for e in reading.entries if not (formed and _clause_item(e, is_place))]
    known = {fold(e.city) for e in kept}
    added = []
    for sentence in _SENTENCE_END.split(text):
        if not formed and not any(e.written in sentence for e in kept):
            continue  # a wider body is a member in its list's own sentence, not in one after
        code = ""
        for piece in _MEMBER_PIECE.split(sentence):
            name = _formed_name_in(piece) if piece and piece.strip() else ""
            code = _region_country(piece[: piece.find(name)] if name else piece) or code
            if name and _clause_after(piece, name):
                continue  # a sentence about a body ('The City of Gouda welcomed the text')
            if not formed and not body_kind(name):
                continue  # a town's body counts where the list names its members so (a
                # wider body's, 'Città metropolitana di Bari', wherever its paragraph does)
            entry = _read_named(name, line, is_place) if name else None
            if entry is None or _read_already(fold(entry.city), known):
                continue
            known.add(fold(entry.city))
            if code and not entry.country:
                entry = replace(entry, country=country_name(code), codes=(code,))
            added.append(replace(entry, written=name))
    if not added:
        return reading
    entries = sorted([*kept, *added], key=partial(_written_at, text))  # the page's order
    if not formed:  # a wider body adds a member, no confirmed place to weigh the list by
        return _Reading(entries, [], reading.places)
    named = sum(_confirmed(e, is_place) or names_a_subdivision(e) for e in entries)
    return _Reading(entries, [], named)


def _formed_item(entry: RawEntry) -> bool:
    """Whether a list's item names its place by a body's form ('die Stadt Landau in der
    Pfalz', 'Община Казанлък')."""
    name = _formed_name_in(_SENTENCE_END.split(entry.written, maxsplit=1)[0])
    place, city = fold(strip_form(name)), fold(entry.city)
    return bool(name) and (place in city or city in place)  # 'Stadt Landau' (in der Pfalz)


def _clause_item(entry: RawEntry, is_place: PlaceNames) -> bool:
    """Whether a list's item is a clause's words in lower case, no place ('представлявана
    от кмета Иван Петков', 'както'), where the paragraph names its members by forms."""
    return entry.kind == "city" and entry.written[:1].islower() and not _confirmed(entry, is_place)


def _written_at(text: str, entry: RawEntry) -> int:
    """Where a paragraph names an entry's place, or has its item; its end where neither."""
    at = text.find(entry.city)
    return at if at >= 0 else text.find(entry.written) % (len(text) + 1)


def _read_already(city: str, known: set[str]) -> bool:
    """Whether the list has a place, or one whose name starts with it ('San Sebastián' of
    'San Sebastián de los Reyes', broken over two lines)."""
    return city in known or any(
        k.startswith(f"{city} ") or k.endswith(f" {city}") for k in known
    )  # 'Rostock' of 'Hanse- und Universitätsstadt Rostock'


MAX_WORDS_AFTER_MEMBER = 2  # a verb's particle or participle: '... Ebersberg hinzu'


def _clause_after(piece: str, name: str) -> bool:
    """Whether more words follow a body's name in its piece of a sentence than a verb's
    end (`MAX_WORDS_AFTER_MEMBER`): a clause that says what the body did."""
    after = piece[piece.find(name) + len(name) :]
    return len(after.split()) > MAX_WORDS_AFTER_MEMBER


def _region_country(words: str) -> str:
    """The country of the one region a piece of a sentence names ('Aus Niederösterreich
    die', 'a od Софийска област'), '' where it names none or one of several countries'."""
    for word in _ITEM_WORD.finditer(words):
        if word.group()[:1].isupper() and len(found := subdivision_countries(word.group())) == 1:
            return found[0][0]
    return ""


def _formed_name_in(piece: str) -> str:
    """The body a piece of a sentence names by its form, from the first capitalised word
    that starts one: a town's form and the capitalised name after it, a bracket after that
    kept ('Gemeinde Ottobrunn (Landkreis München)'), or a wider body's words ('Landkreis
    Ebersberg', 'Асоциацията на родопските общини'); '' where none, or a role names it."""
    named = False  # the word before is a name's: 'Kathmandu Metropolitan City' is one name
    for capital in _ITEM_WORD.finditer(piece):
        start = capital.start() + _elided_length(capital.group())  # "all'Unione": 'Unione'
        if named and capital.group() in PARTICLES:
            continue  # 'Huis der Provincie': a name goes on after its particle
        if not piece[start].isupper() or named:
            named = piece[start].isupper()
            continue
        named = True
        rest = piece[start:].strip()
        town = _FORM.match(rest)
        if town is not None:
            name = _capitalised_name_at(rest, town.end())
        elif _ORIGIN_BEFORE.search(piece, 0, capital.start()):
            continue  # 'aus Bayern', 'от Софийска област': where members are from
        elif body_kind(rest.rstrip(" .")) or body_kind(" ".join(rest.split()[:2])):
            name = _capitalised_name_at(rest, 0)  # 'Landkreis Ebersberg', not the verb after it
            words = name.split()
            short = len(words) < 2 or words[-1] in PARTICLES  # 'Communauté de communes du'
            if short and len(rest.split()) <= MAX_FORMED_WORDS:
                name = rest  # 'Асоциацията на родопските общини': its words in lower case
            if len(name.split()) < 2 and body_kind(" ".join(rest.split()[:2])):
                return ""  # 'erster Landkreis des Netzwerks alle ...': a form word alone
            if len(name.split()) < 2:
                continue  # a sentence's first word, its last words a body's ('... обласна рада')
            name = _BODY_WORDS_ARTICLE.sub(r"\1", name, count=1)  # 'Асоциацията': 'Асоциация'
        else:
            continue
        if name == rest[: town.end()].strip() if town else not name:
            return ""
        return "" if role_before(piece[: capital.start()]) else name.rstrip(" .")
    return ""


def _elided_length(word: str) -> int:
    """The length of the article a word starts with, elided and glued to it ("all'Unione",
    "dell'Agglomération"); 0 where it starts with none."""
    elided = _ELIDED_ARTICLE.match(word)
    return 0 if elided is None else elided.end()


def _capitalised_name_at(text: str, start: int) -> str:
    """`text` up to the end of the capitalised words (and particles) from `start` on, with a
    bracket right after them: 'Stadtgemeinde Wolkersdorf im Weinviertel beigetreten' ->
    'Stadtgemeinde Wolkersdorf im Weinviertel'."""
    end = start
    for word in _ITEM_WORD.finditer(text, start):
        if word.group().startswith("(") and end > start:
            close = text.find(")", word.start())
            return text[: close + 1] if close > 0 else text[:end]
        if not (word.group()[:1].isupper() or word.group() in PARTICLES):
            break
        if word.group() == "der" and end > start and text[:end].split()[-1][:1].isupper():
            break  # German 'der' right after a name starts its object: 'Land Tirol der Charta'
        end = word.end()
    while end > start and text[:end].split()[-1] in PARTICLES:
        end = text.rindex(text[:end].split()[-1], 0, end)  # 'San Sebastián de' over a break
    return text[:end].rstrip()


# A word of a script without capitals (kana, Han, Hangul) and the 'and' such a script glues
# to a name: Korean '와'/'과' after it ('순천시와 홍천군'), Japanese 'と', Chinese '和', '与',
# '及' between two ('川崎市と浜松市', '南京市和成都市').
_UNCASED_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_GLUED_AND_UNCASED = re.compile(r"(?<=.)(?:及び|および|와|과|と|和|与|及)")
# The forms a town's name written in such a script ends with: '杭州市', '白馬村', '홍천군'.
_TOWNS_FORM = re.compile(r"[市町村区郡県府省州시군구]$")
MAX_UNCASED_ITEM = 24  # an item longer than this is a clause, no name (and no search)


def _uncased_listing(text: str, is_place: PlaceNames) -> str:
    """A sentence's list in a script without capitals as a list of its places' names: each
    comma's item read as the places it names (`_uncased_item`), its region's name before
    them, the 'and' glued between two and the sentence's end glued after the last left
    out ('전북특별자치도 전주시, 전라남도 순천시와 강원특별자치도 홍천군이다' -> '전주시,
    순천시, 홍천군'); the text as it is where it has no such script or no comma. The list
    ends where its sentence goes on after a name: the clauses after it, their commas
    spaced or not (the Chinese '，'), part no list of it ('안동시로, 이로써 ...')."""
    if ", " not in text or not _UNCASED_WORD.search(text):
        return text
    items = _region_groups(text, is_place).split(", ")
    read: list[str] = []
    for k, item in enumerate(items):
        listed, after = _uncased_item(item, k == 0, is_place)
        read.append(listed)
        if after is None and listed != item and _ENDED_LIST.search(listed):
            # the list's sentence ends inside the item ('熊本市 4市です. これにより'): the
            # next sentence's commas part no list of it, as the page's '、' did not
            return ", ".join(read) + "、".join(["", *items[k + 1 :]])
        rest = "、".join(part for part in [after or "", *items[k + 1 :]] if part)
        if after is not None and rest:
            end = "" if listed.endswith(".") else "."
            return f"{', '.join(read)}{end} {rest.replace(',', '、')}"
    return ", ".join(read)


_ENDED_LIST = re.compile(r"\.\s+\S")  # a sentence's end inside an item, words after it

# A list's groups by region in Chinese or Japanese: a town's name, the unspaced comma ('，')
# and an 'and' maybe, then the next region's name glued before its first town ('舟山市，
# 江苏省苏州市、无锡市', '常州市，以及安徽省合肥市'); '、' parts the towns of a group.
_REGION_GROUP = re.compile(
    r"(?<=[市町村区郡県])[,，](?:以及|及び|及|和|与|并)?"
    r"(?=[\u4e00-\u9fff]{2,5}?(?:省|県|府|道|都|自治区)[\u4e00-\u9fff])"
)
_GROUP_WORD = re.compile(r"[^\s,，、.。]+")


def _region_groups(text: str, is_place: PlaceNames) -> str:
    """A sentence's list with the comma before each region's group of towns (`_REGION_GROUP`)
    written as its items' comma, where a town's name follows the region's; the text as it
    is elsewhere ('成都市,四川省人民政府表示': a clause after the list)."""

    def parted(comma: re.Match[str]) -> str:
        word = _GROUP_WORD.match(text, comma.end())
        named = word is not None and _glued_names(word[0], is_place)[0]
        return ", " if named else comma[0]

    return _REGION_GROUP.sub(parted, text)


def _uncased_item(item: str, first: bool, is_place: PlaceNames) -> tuple[str, str | None]:
    """An item of a list in a script without capitals as its places' names, where it
    starts with them (the first item ends with one, after its lead-in); as it is if not.
    A count glued after the last name stays ('熊本市の4市です': `_stated_numbers`). With
    it, the item's words after its names where the list ends in the item: its last name
    has words glued after it, the sentence's predicate or end, a case's particle, a count
    ('桂林市正式加入网络', '안동시로'); None where the list goes on."""
    words = item.split(" ")
    if first:
        names = _glued_names(words[-1], is_place)[0] or _place_last(words[-1], is_place)
        if not names:
            return item, None
        lead, before = _names_joined_before(words[:-1], is_place)
        return " ".join([*lead, ", ".join([*before, *names])]), None
    if len(words) > 1 and _LEADING_CONJUNCTION.match(item):
        words = words[1:]  # '그리고 전라남도 순천시': (and) the list goes on
    found: list[str] = []
    k, end = 0, 0
    while k < len(words) and len(words[k]) <= MAX_UNCASED_ITEM:
        if found and k + 1 < len(words) and _LEADING_CONJUNCTION.match(f"{words[k]} "):
            k += 1  # '아산시 및 천안시로': an 'and' written apart between two names
            continue
        names, named = _glued_names(words[k], is_place)
        if k + 1 < len(words) and _region_before(words[k], bool(names)):
            towns, after = _glued_names(words[k + 1], is_place)  # '전라남도 순천시', '경기
            if towns and (not names or _TOWNS_FORM.search(words[k + 1][:after])):  # 화성시':
                names, named, k = towns, after, k + 1  # the region's name before its town's
        if not names:
            break  # the last name ends where it was read ('成都市共3个城市. 至此'), not here
        found, end = found + names, named
        k += 1
    if not found:
        return item, None
    tail = words[k - 1][end:]
    end_mark = "." if tail[-1:] in (".", "。") else ""  # the sentence's end, where written
    listed = ", ".join(found) + (tail if has_digit(tail) else end_mark)
    if tail:
        return listed, " ".join(words[k:])
    return " ".join([listed, *words[k:]]), None


def _names_joined_before(words: list[str], is_place: PlaceNames) -> tuple[list[str], list[str]]:
    """The lead-in of a list's first item and the names at its end that an 'and' glued to
    each joins to the item's last name, their region's name before them left out ('새로
    가입한 도시는 경상남도 창원시와' -> ['새로', '가입한', '도시는'], ['창원시']); the words
    as they are and no name where none is."""
    k, names = len(words), list[str]()
    while k > 0:
        found, named = _glued_names(words[k - 1], is_place)
        if not found or named != len(words[k - 1]) or not _GLUED_AND_END.search(words[k - 1]):
            break
        k, names = k - 1, [*found, *names]
    if names and k > 0 and _region_before(words[k - 1], False):
        k -= 1  # '경상남도 창원시와': the province of the names after it
    return words[:k], names


# An 'and' glued at a word's end, joining its name to the next word's: '창원시와', '영동군과'.
_GLUED_AND_END = re.compile(f"{_GLUED_AND_UNCASED.pattern}$")
MAX_SHORT_REGION = 3  # a region's short name: '경기', '충남' (Korean), '神奈川', '浙江'


def _region_before(word: str, named: bool) -> bool:
    """Whether a word of a script without capitals may name a region before its town's
    name in the word after it: with a region's form ('전라남도', '静岡県': `SUBDIVISION_SUFFIX`)
    where it names no place (`named`), or a short name of MAX_SHORT_REGION characters at
    most with no form (Korean '경기 화성시', '충남 당진시'; '神奈川 川崎市', '浙江 杭州市'),
    though a town bears it too ('静岡 浜松市'), where a name with a town's form follows."""
    if SUBDIVISION_SUFFIX.search(word):
        return not named
    return (
        len(word) <= MAX_SHORT_REGION
        and _UNCASED_WORD.match(word) is not None
        and not _TOWNS_FORM.search(word)
    )


def _glued_names(word: str, is_place: PlaceNames) -> tuple[list[str], int]:
    """The places a word of a script without capitals names, with the particles, the
    sentence's end and the 'and' glued to them ('순천시와' -> ['순천시'], '川崎市と静岡県浜松市
    です' -> ['川崎市', '浜松市']), and where the last name ends; [] where it starts with
    none."""
    word = word.rstrip(".。")
    if not _UNCASED_WORD.match(word) or len(word) > MAX_UNCASED_ITEM:
        return [], 0
    whole = _place_first(word, is_place)
    if whole is not None and whole[1] == len(word):
        return [whole[0]], whole[1]
    for glued in _GLUED_AND_UNCASED.finditer(word):
        before = _place_first(word[: glued.start()], is_place)
        if before is None or before[1] != glued.start():
            continue
        if glued.end() == len(word):
            return [before[0]], len(word)  # '순천시와': the next word is the next name
        after = _place_first(word[glued.end() :], is_place)
        if after is not None:
            return [before[0], after[0]], glued.end() + after[1]
    return ([whole[0]], whole[1]) if whole is not None else ([], 0)


def _place_last(word: str, is_place: PlaceNames) -> list[str]:
    """The place an unspaced word of a script without capitals ends with, its lead-in
    glued before it ('新加入的城市有浙江省杭州市' -> ['杭州市']): its longest end that is
    one, within MAX_UNCASED_ITEM characters, where the word ends in a town's form; [] if
    none."""
    if HANGUL.match(word):
        return []  # Korean parts its words with spaces
    if not _TOWNS_FORM.search(word):
        return []  # a word ending in no town's form: a clause ('加盟したのは'), no name
    ends = range(max(0, len(word) - MAX_UNCASED_ITEM), len(word) - 1)
    starts = (k for k in ends if _UNCASED_WORD.match(word, k))  # no comma's: '通过,成都市'
    return next(([p] for k in starts if (p := formed_place(word[k:], is_place))), [])


def _place_first(word: str, is_place: PlaceNames) -> tuple[str, int] | None:
    """The place a word starts with and where its name ends: the word itself or without a
    particle glued (`particled_place`), else its longest start that is one before a glued
    'and' or end (`_GLUED_ENDS`: '浜松市です'), not a clause's ('東京で開催'), else its
    longest start that ends in a town's form ('桂林市正式加入'); None if none."""
    if not word:
        return None
    if place := particled_place(word, is_place):
        return place, len(word)
    for end in range(len(word), 1, -1):
        ends = end == len(word) or word.startswith(_GLUED_ENDS, end)
        if (ends or _GLUED_AND_UNCASED.match(word, end)) and (
            place := formed_place(word[:end], is_place)
        ):
            return place, end
    for end in range(len(word) - 1, 1, -1):  # '桂林市正式加入网络': a list's last name, its
        if _TOWNS_FORM.search(word, 0, end) and (place := formed_place(word[:end], is_place)):
            return place, end  # sentence's predicate glued after its town's form
    return None


# What a script without spaces or case glues after a list's last name: the sentence's
# verb (Japanese 'です', 'である'; Korean '이다', '입니다', after a vowel '다': '여수시다'),
# a particle ('の', 'が', 'は', 'も'; Korean '로', '으로' (as, to) before the clause after
# the list: '... 강원특별자치도로, 이로써'), 'and others' ('など', '等').
_GLUED_ENDS = (
    *("です", "でした", "である", "の", "が", "は", "も", "など", "等"),
    *("이다", "입니다", "다", "으로", "로"),
)


# Korean lists a sentence's places with words that are no part of any name: 'X를 비롯해
# Y, Z' (X, and with it Y, Z: 비롯해, 비롯하여, 비롯한 after the object's particle 을 or
# 를) and 'Y, Z 등 12개 도시' (Y, Z and others, twelve cities: 등 ends the list).
_KOREAN_INCLUDING = re.compile(r"(?<=[\uac00-\ud7a3])[을를]\s+비롯(?:해|하여|한)\s+")
_KOREAN_AND_OTHERS = re.compile(r"(?<=[\uac00-\ud7a3])\s+등(?=\s|$)")


def _korean_listing(text: str) -> str:
    """A Korean sentence's list as a list of names: 'X를 비롯해 Y' read as 'X, Y', and the
    list ended before 'Y 등 12개 지방정부가' (and others) as before a sentence's end."""
    if "비롯" not in text and "등" not in text:
        return text
    return _KOREAN_AND_OTHERS.sub(".", _KOREAN_INCLUDING.sub(", ", text))


# Tamil's 'and', glued after each item of a list: 'X-உம் Y-உம்' (X and Y), its word's end.
_TAMIL_AND = "\u0bc1\u0bae\u0bcd"  # 'ும்'
_TAMIL_VOWEL_SIGNS = frozenset("\u0bbe\u0bbf\u0bc0\u0bc1\u0bc2\u0bc6\u0bc7\u0bc8\u0bca\u0bcb\u0bcc")
_TAMIL_GLIDES = frozenset("யவ")  # between a vowel and the 'and': 'மதுரையும்', 'புணேவும்'
_TAMIL_VIRAMA = "\u0bcd"
MAX_TAMIL_ITEM_WORDS = 3  # the words of one item: the town's name and its body's form


def _tamil_listing(text: str, is_place: PlaceNames) -> str:
    """A Tamil sentence's list whose items each end in the glued 'and' (`_TAMIL_AND`:
    'கடலூர் மாநகராட்சியும் ஈரோடும் ...') as a list: 'கடலூர் மாநகராட்சி, ஈரோடு மற்றும் ...'.
    Two such words at most MAX_TAMIL_ITEM_WORDS apart make a list; one alone ('all of
    them') none. The text as it is where it has none."""
    if _TAMIL_AND not in text:
        return text
    words = text.split(" ")
    ends = [k for k, word in enumerate(words) if word.endswith(_TAMIL_AND)]
    run = [ends[0]] if ends else []
    for k in ends[1:]:
        if k - run[-1] > MAX_TAMIL_ITEM_WORDS:
            if len(run) > 1:
                break
            run = []
        run.append(k)
    if len(run) < 2:
        return text
    for k in run:
        words[k] = _without_tamil_and(words[k], is_place) + ("," if k < run[-2] else "")
    words[run[-2]] += " மற்றும்"
    return " ".join(words)


def _without_tamil_and(word: str, is_place: PlaceNames) -> str:
    """A Tamil word without the 'and' glued after it: the glide between a vowel and it
    dropped ('மாநகராட்சியும்' -> 'மாநகராட்சி'), else the consonant it follows ending the
    word ('கடலூரும்' -> 'கடலூர்'), or the short 'u' it took the place of where that names a
    place ('ஈரோடும்' -> 'ஈரோடு')."""
    stem = word.removesuffix(_TAMIL_AND)
    if stem[-1:] in _TAMIL_GLIDES and stem[-2:-1] in _TAMIL_VOWEL_SIGNS:
        return stem[:-1]
    with_u = stem + _TAMIL_AND[0]
    return with_u if is_place(with_u) else stem + _TAMIL_VIRAMA


# A Turkic unit's word in the plural, or before its executives' plural, after the names of
# a list's part that share it, and the unit's word after one name ('' for a city's, whose
# name alone names it): Azerbaijani 'Quba, Qəbələ və Zaqatala rayon icra hakimiyyətləri'
# (the districts' executive powers: 'Quba rayonu', ...), 'Yevlax və Xaçmaz şəhər icra
# hakimiyyətlərinin' (the cities'), 'Şəkinin və Lənkəranın bələdiyyələri' (the
# municipalities of Şəki and Lənkəran); Kazakh 'облыстарының әкімдіктері', Uzbek
# 'viloyatlari hokimliklari', Kyrgyz 'облустары'.
_SHARED_UNITS = {
    "rayon": "rayonu", "şəhər": "", "облыс": "облысы", "аудан": "ауданы", "қала": "",
    "viloyat": "viloyati", "tuman": "tumani", "shahar": "", "облус": "облусу", "район": "району",
    "шаар": "",
}  # fmt: skip
_SHARED_UNIT = re.compile(
    rf"(?<=\w)\s+(?:(?P<unit>{'|'.join(_SHARED_UNITS)})(?:lar|lər|тар|дар|лар|тор|дор|лор)\w*"
    r"|(?P<before>rayon|şəhər)\s+icra\s+hakimiyyətlər\w*|bələdiyyələr\w*)"
    r"(?:\s+(?:icra\s+hakimiyyətlər|әкімдікт|hokimlik|мэриялар)\w*)?(?!\w)"
)
# What parts the names of a list's part in a Turkic language: a comma, an 'and'
# (Azerbaijani 'və', Turkish 've', Uzbek 'va', 'ва', Kazakh 'және', 'мен', Kyrgyz 'жана').
_TURKIC_PARTS = re.compile(r"\s*,\s*|\s+(?:və|ve|va|ва|және|мен|пен|бен|жана)\s+")


def _turkic_listing(text: str, is_place: PlaceNames) -> str:
    """A Turkic sentence's list parts that share a unit's plural after their names
    (`_SHARED_UNIT`) as lists of the units: each name before the plural, back to the first
    word that is none, in its nominative and with the unit's word after it ('Quba, Qəbələ
    və Zaqatala rayon icra hakimiyyətləri' -> 'Quba rayonu, Qəbələ rayonu və Zaqatala
    rayonu'; 'Şəkinin və Lənkəranın bələdiyyələri' -> 'Şəki və Lənkəran'); the text as it
    is where it has none."""
    for shared in reversed(list(_SHARED_UNIT.finditer(text))):
        word = shared["unit"] or shared["before"] or ""
        unit = _SHARED_UNITS.get(word.lower(), "")
        before = text[: shared.start()]
        pieces = _TURKIC_PARTS.split(before)
        seps = _TURKIC_PARTS.findall(before)
        named: list[str] = []
        for piece in reversed(pieces):
            words = piece.split()
            head = len(words)
            while head and words[head - 1][:1].isupper():
                head -= 1
            if head == len(words):
                break
            name = words[-1]
            place = name if is_place(name) else nominative(name, is_place) or name
            named.append(" ".join([*words[head:-1], place, unit]).strip())
            if head:
                named[-1] = " ".join([*words[:head], named[-1]])
                break
        if not named:
            continue
        kept = len(pieces) - len(named)
        start = "".join(p + s for p, s in zip(pieces[:kept], seps[:kept], strict=False))
        last = seps[kept + len(named) - 2] if len(named) > 1 else ""
        ends = not text[shared.end() :].lstrip().startswith(",")  # its list ends: its 'and'
        joined = ", ".join(reversed(named[1:])) + (last if ends else ", ") if last else ""
        text = start + joined + named[0] + text[shared.end() :]
    return _units_of_bodies(text)


# A Turkic unit's word in the genitive, before the name of a body of the unit's
# ('Naxçıvan Muxtar Respublikasının Ekologiya Nazirliyi', the autonomous republic's ministry;
# Kazakh 'Маңғыстау облысының Білім басқармасы'), and its nominative.
_UNIT_GENITIVE = re.compile(
    r"(?<=\w\s)(muxtar respublikası|rayonu|şəhəri|облысы|ауданы|қаласы|viloyati|tumani|shahri|"
    r"облусу|району|шаары)(?:nın|nin|ның|нің|ning|нын)(?!\w)",
    re.IGNORECASE,
)


def _units_of_bodies(text: str) -> str:
    """A text with each Turkic unit's body named after the unit's genitive
    (`_UNIT_GENITIVE`) as the unit alone, in its nominative: the body's capitalised words
    after it, and an 'and' between two of them, left out ('... Naxçıvan Muxtar
    Respublikasının Ekologiya və Təbii Sərvətlər Nazirliyi qoşulub' -> '... Naxçıvan Muxtar
    Respublikası qoşulub')."""
    for unit in reversed(list(_UNIT_GENITIVE.finditer(text))):
        words = text[unit.end() :].split(" ")
        taken = 1
        while taken < len(words) and (
            words[taken][:1].isupper()
            or (
                _TURKIC_PARTS.fullmatch(f" {words[taken]} ")
                and words[taken + 1 : taken + 2]
                and words[taken + 1][:1].isupper()
            )
        ):
            taken += 1
        if taken > 1:
            rest = " ".join(words[taken:])
            text = f"{text[: unit.start()]}{unit[1]} {rest}".rstrip()
    return text


def _one_entry_a_line(paragraph: list[str]) -> bool:
    """Five or more lines, nearly all of them an entry of their own: bulleted or numbered,
    'Name, Mayor of City', 'City of X', a person's title first ('Prefeita Ana Lima (PSB),
    de Niterói'), ending in a bracket, 'City, Country', or a label and its names ('Polska:
    Wrocław, Szczecin'); or two or more lines, each bulleted or naming a role ('Mayor of
    Lyon, Grégory Doucet') or labelled. A paragraph whose lines nearly all run on into
    the next (`_runs_on`) is prose wrapped at a fixed width, however many roles it names."""
    if len(paragraph) > 1 and mostly(_runs_on, list(pairwise(paragraph)), _SHAPED):
        return False
    if len(paragraph) < 5:
        return len(paragraph) > 1 and all(
            _BULLET.match(line) or _role_in(line) or is_signer_line(line) or _labelled_line(line)
            for line in (clean(raw)[:MAX_ENTRY_CHARS] for raw in paragraph)
        )
    return mostly(_shaped_line, [clean(raw)[:MAX_ENTRY_CHARS] for raw in paragraph], _SHAPED)


_SHAPED = Fraction(4, 5)  # of a paragraph's lines, an entry of their own each


def _runs_on(lines: tuple[str, str]) -> bool:
    """Whether a line goes on in the next as one sentence a copy wrapped at a fixed width (a
    PDF's, an e-mail's): it ends in a word, no stop nor other mark, and that word or the
    next line's first is in lower case ('... die Bürgermeisterin von' / 'Potsdam', '... und
    Oberbürgermeister' / 'der Städte ...', '... le maire de' / 'Rostock'); not a list's
    entry, which ends in its name ('Mayor of Lyon' / 'Mayor of Nantes')."""
    line, following = (part.strip() for part in lines)
    if not line[-1:].isalpha() or _BULLET.match(following):
        return False  # '1. UBND thành phố X – ..., Chủ tịch' / '2. ...': a list's lines
    return line.split()[-1][:1].islower() or following[:1].islower()


def _shaped_line(line: str) -> bool:
    """Whether a line has an entry's shape of its own (`_one_entry_a_line`). The tests of
    its start and end come first, its country next: a list's 'City, Country' line is one
    without the searches for a role or a title over the whole line (the tests have no side
    effects)."""
    return (
        bool(_BULLET.match(line) or _FORM.match(line) or _PERSON.match(line))
        or line.rstrip().endswith(")")
        or _ends_in_country(line)
        or _role_in(line) is not None
        or is_signer_line(line)
        or _labelled_line(line)
    )


def _bodies_a_line(paragraph: list[str]) -> bool:
    """Whether each line of a paragraph is bodies a comma parts, each named by its form
    (`formed_items`: 'Umeå kommun, Borås Stad'), under a heading of one field ('Skåne
    län'): a list's lines, several entries each, no sentence."""
    lines = paragraph[1:] if len(paragraph) > 1 and "," not in paragraph[0] else paragraph
    return all(";" not in line and formed_items(line) for line in lines)  # a semicolon's
    # list is a sentence's too ('Gemeente Zwolle ; Provincie Overijssel'), read here


MIN_FORMED_TOWNS = 2  # a line's bodies of towns named by their forms, for several entries
_FORMED_SEPARATOR = re.compile(rf"[,;]|{_CONJUNCTION.pattern}", re.IGNORECASE)


def formed_items(text: str) -> list[str]:
    """The names a comma, a semicolon or an 'and' parts in a line of bodies each named by
    its form ('Umeå kommun, Borås Stad, Region Skåne', 'Comune di Bari, Comune di Lecce',
    'Leeds City Council, Bradford Council,' a line a copy broke): several entries, not a
    place and its region's and country's fields; two or more of them a town's body
    (`strip_form`, `nordic_body`), so that a town's body and its county ('Lunds kommun,
    Skåne län') stay one entry. [] where any part names no body."""
    first = _FORMED_SEPARATOR.search(text) if "," in text or ";" in text else None
    if first is None or not _body_named(text[: first.start()].strip(), wider=False):
        return []  # one search and one town's body first, for most lines however long
    parts = [part.strip() for part in _FORMED_SEPARATOR.split(text)]
    if len(parts) > 1 and not parts[-1]:
        parts.pop()  # 'Leeds City Council, Bradford Council,': the list goes on below
    towns = 0
    for part in parts:
        town = _body_named(part.rstrip("."))
        if town is None:
            return []
        towns += town
    return parts if towns >= MIN_FORMED_TOWNS else []


def _body_named(name: str, *, wider: bool = True) -> bool | None:
    """Whether a body named by its form is a town's ('Borås Stad', 'Comune di Bari'),
    False for a wider body's ('Region Skåne', asked only if `wider`), None where the name
    names no body."""
    if not name or len(name) > MAX_ENTRY_CHARS:
        return None
    place = strip_form(name)
    if (place != name and _a_name(place)) or nordic_body(name):
        return True
    return False if wider and body_kind(name) else None


def _a_name(text: str) -> bool:
    """Capitalised words, and particles between them ('Viana do Castelo', 'San Sebastián
    de los Reyes'): a name, not a sentence's words before one ('Det drejer sig om Aalborg'
    of 'Det drejer sig om Aalborg Kommune')."""
    words = text.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in PARTICLES for w in words)
    )


def _labelled_line(line: str) -> bool:
    """A label of a few words, a colon or a spaced dash, and a name after it ('Polska:
    Wrocław, Szczecin', 'Sachsen – Leipzig, Dresden', 'Nordrhein-Westfalen – Aachen', in a
    script without case '広東省:広州市, 深圳市'): a group's line of its own, no piece of a
    sentence."""
    head, colon, rest = line.partition(":")
    dash = _LABEL_DASH.search(line) if not colon else None
    if dash is not None:
        head, rest = line[: dash.start()], line[dash.end() :]
    return (
        bool(colon or dash)
        and 0 < len(head.split()) <= MAX_LABEL_WORDS
        and _capital_or_caseless(head[:1])
        and not _SENTENCE_END.search(head)
        and _capital_or_caseless(rest.strip()[:1])
    )


def _ends_in_country(line: str) -> bool:
    """'Aarhus, Denmark', 'Springfield, Illinois, United States': a line of its own."""
    name, comma, country = line.rpartition(",")
    if not (comma and name) or line.count(",") > 2 or ";" in line:
        return False
    return find_country(country.rstrip(".")) is not None


def _paragraphs(lines: list[str]) -> Iterable[tuple[int, int, str]]:
    """(first line, last line, text) of each paragraph; blank lines part them, a page break
    of a copied PDF (`PAGE_BREAK`) does not, nor do the blank lines around one after a
    line that ends in no sentence's stop ('... Burgas, Varna,' / break / 'Haskovo and
    Vratsa.': one sentence the break interrupts)."""
    start, parts = 0, []
    paged = PAGE_BREAK in lines
    ended = [*lines, ""]
    for number, line in enumerate(ended, start=1):
        if line == PAGE_BREAK:
            continue
        if line.strip():
            start = start or number
            parts.append(line.strip())
        elif parts and not (paged and _runs_on_across_a_break(ended, number - 1, parts[-1])):
            yield start, number - 1, _joined_lines(parts)
            start, parts = 0, []


def _runs_on_across_a_break(lines: list[str], k: int, last: str) -> bool:
    """Whether a paragraph whose `last` line stands above the blank line k goes on after a
    page break (`PAGE_BREAK`) among the blank lines around k: its last line ends in no
    sentence's stop, and a line of text follows them."""
    if ends_sentence(last) or last.endswith(":"):
        return False
    start = k
    while start > 0 and (lines[start - 1] == PAGE_BREAK or not lines[start - 1].strip()):
        start -= 1
    while k < len(lines) and (lines[k] == PAGE_BREAK or not lines[k].strip()):
        k += 1
    return k < len(lines) - 1 and PAGE_BREAK in lines[start:k]


def _joined_lines(parts: list[str]) -> str:
    """A paragraph's lines as one text: a word the copy hyphenated at a line's end is one
    word again ('Düssel-' / 'dorf'), and a line of names a comma or a semicolon parts ends
    an item where the next line is one too, parted by the same ('Wien, Praha, København' /
    'Göteborg, Den Haag'; 'Région Hannover ; Landkreis Göttingen' / 'Stadt Kassel ; ...'),
    unless the line runs on into the next (`_runs_on`: '..., the mayor of' / 'Rostock, ...')."""
    text = parts[:1]  # joined once at the end: a paragraph may have 10,000 lines
    for before, line in pairwise(parts):
        separator = _items_separator(before)
        if before.endswith("-") and before[-2:-1].isalpha() and line[:1].islower():
            text[-1] = text[-1][:-1]
            text.append(line)
        elif cut_in_ideographic_list(before, line):
            text.append(line)  # '紫金' / '县、...': a name the copy wrapped, no space in it
        elif (
            separator
            and _items_separator(line) == separator
            and before[-1:].isalpha()
            and not _runs_on((before, line))
        ):
            text.append(f"{separator} {line}" if not _BROKEN_AFTER.search(before) else " " + line)
        else:
            text.append(" " + line)
    return "".join(text)


def _items_separator(line: str) -> str:
    """The separator of a line of three or more items, starting with a capital ('Wien,
    Praha, Kraków': ','; 'Métropole de Lyon ; Région Bretagne ; Ville de Nantes': ';'), as
    a list wraps its names over lines; '' for other lines, and for one led by a heading and
    a colon ('Polska: Wrocław, Szczecin', which the place finder reads line by line)."""
    if not line[:1].isupper() or ":" in line:
        return ""
    return next((s for s in ";," if line.count(s) >= 2), "")


_STATED_NUMBER = re.compile(r"(?<![\d.,])\d{1,4}(?![\d]|[.,]\d)")


def _stated_numbers(text: str) -> frozenset[int]:
    """The whole numbers a text writes in figures ('sieć liczyła 38 miast')."""
    return (
        frozenset(map(int, _STATED_NUMBER.findall(text)))
        if any(map(str.isdigit, text))
        else frozenset()
    )


MIN_COUNTED_RUNS = 2
MIN_COUNTED_PLACES = 6  # fewer entries may add up to a day's or a count's figure by chance


def _counted_runs(runs: list[_Reading], stated: frozenset[int]) -> _Reading | None:
    """A paragraph's lists in its sentences one after another ('In the voivodeship of X
    they are A, B and C. In Y, D and E; ...') as one list, where their entries add up to a
    number the paragraph or the one before it states ('the network counted 38 towns'): the
    page's own count says all of them are its members; None where they do not."""
    total = sum(len(run.entries) for run in runs)
    if len(runs) < MIN_COUNTED_RUNS or total < MIN_COUNTED_PLACES or total not in stated:
        return None
    entries = [e for run in runs for e in run.entries]
    return _Reading(entries, [], sum(run.places for run in runs))


def _read_paragraph(
    text: str, line: int, is_place: PlaceNames, stated: frozenset[int] = frozenset()
) -> _Reading | None:
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
        if separator == ";":  # '... Braga e Faro (Portugal), di Utrecht e Delft (Paesi Bassi)'
            items = [
                g for item in items for part in _country_after(item) for g in _bracket_groups(part)
            ]
        else:  # 'Thun und Chur sowie die Syndics von Lausanne und Sion, die Maire von Genf'
            items = _with_press_regions([p for item in items for p in _role_parts(item, is_place)])
        if len(items) > MAX_ENTRIES:
            raise ParseError(f"a paragraph has more than {MAX_ENTRIES:,} items", line=line)
        run: list[str] = []
        found: _Reading | None = None
        before: _Reading | None = None  # the run that ended in the current run's first item
        joining = ""  # the sentence the current run starts with, where it says others joined
        ended: _Reading | None = None  # the run whose last item ended its sentence
        runs: list[_Reading] = []  # each run that reads as a list, for `_counted_runs`
        for k, (item, following) in enumerate(zip([*items, ""], [*items[1:], "", ""], strict=True)):
            if item:
                run.append(item)
            ends = len(run) > 1 and _ends_before_joining(item, following)
            long = (
                _long(item)
                and not (separator == ";" and (_signer_item(item) or _signer_item(following)))
                and not _led_name(item)
                and not _named_by_form(item)
                and not _goes_on(item, following, is_place)
                and not _opens_next_group(item, following)
                and not _list_after_colon(item)
            )
            if run and (ends or not item or (len(run) > 1 and long and not item.endswith(")"))):
                reading = _read_items(run, line, is_place)
                found = _better(found, _better(reading, _one_list(before, reading)))
                if ended is not None and _sentence_says_joined(run):
                    found = _better(found, _one_list(ended, reading))
                ended = None
                if joining and (reading is None or reading.places < 2):
                    found = _better(found, _one_more(before, joining, line, is_place))
                joining = ""
                if reading is not None and _a_list(reading, 2):
                    runs.append(reading)
                if ends:  # 'Parma e Reggio Emilia' before 'che si aggiungono a Milano'
                    before, run = reading, []
                    continue
                if subject := _joining_subject(
                    [*run, *items[k + 1 : k + 1 + MAX_SUBJECT_ITEMS]], is_place
                ):  # '... Metz. La commune
                    found = _better(found, _one_named(reading, subject, line, is_place))
                elif _ITEM_SENTENCE_END.search(item):  # its next sentence may go on with it
                    ended = reading
                if joined := _joining_sentence(item):  # '... Lausanne. Ils ont été rejoints'
                    before, run, joining = reading or found, [joined], joined  # or the
                    continue  # list before a clause of its last item ('..., joka vastaa ...')
                before = _read_items(run[:-1], line, is_place) if _joins(item) else None
                if before is None and _leads_to_next_run(item, is_place):
                    before = _without_last_place(reading, item, is_place)
                run = [item]
        found = _better(found, _counted_runs(runs, stated))
        if found is not None and _a_list(found, least):
            return found
    return None


# 'Of' before a place's name after a lead-in: 'die Stadtchefs von Villach', 'the leaders of
# Leeds', 'de schepenen van Gent', 'les maires de Metz'.
_OF = frozenset({"of", "von", "van", "de", "di", "da", "do", "du", "des", "del", "della"})


def _leads_to_next_run(item: str, is_place: PlaceNames) -> bool:
    """Whether a long item that ends a run opens the next run of the same sentence's list
    with a lead-in of its own: it ends no sentence, and its part after its last 'and' (or
    all of it) starts in lower case with no role the reader knows, and ends in 'of' and a
    known place ('sowie die Beigeordneten von Speyer', 'door de wethouder klimaat van
    Zwolle', 'as well as the council leaders of Leeds'), the first of the next run's names."""
    if _SENTENCE_END.search(item.rstrip(" .")) is not None:
        return False
    last = _split_conjunctions(f" {item.strip()} ")[-1].strip()
    if not last[:1].islower() or _role_in(last) is not None:  # 'sowie die Erste
        return False  # Bürgermeisterin des Marktes X': a role the list's reading reads
    tail = _tail_place(last, is_place)
    at = last.rfind(tail[0][0]) if len(tail) == 1 else -1
    lead = last[:at].split() if at > 0 else []
    return len(lead) > 1 and lead[-1] in _OF


def _without_last_place(
    reading: _Reading | None, item: str, is_place: PlaceNames
) -> _Reading | None:
    """A run's reading without the place its last item ends in, which the next run reads as
    its first (`_leads_to_next_run`): one place, not two; None where the run reads an
    entry of no known place (a piece of the list it did not part)."""
    if reading is None or reading.places < len(reading.entries):
        return None  # a run read in part: 'Třebíč a Písek' as one name
    tail = {fold(name) for name, _ in _tail_place(item, is_place)}
    kept = [e for e in reading.entries if fold(e.city) not in tail]
    return _Reading(kept, [], reading.places - (len(reading.entries) - len(kept)))


def _with_press_regions(items: list[str]) -> list[str]:
    """A list's items parted by commas, each state or province the press abbreviates with its
    stop ('Sarnia, Ont., Eugene, Ore.') set in a bracket after the item before it, its town
    ('Sarnia (Ont.)'): no place of its own, though one has its letters ('Ont', 'Man'). An
    abbreviation whose stop ends its sentence too keeps the sentence after it ('and Truro,
    N.S. They will ...' -> 'and Truro (N.S.). They will ...')."""
    joined: list[str] = []
    for item in items:
        abbreviation, rest = _press_region_first(item)
        if not abbreviation or not joined or not joined[-1] or joined[-1].endswith(")"):
            joined.append(item)
            continue
        joined[-1] = f"{joined[-1]} ({abbreviation})" + (f". {rest}" if rest else "")
    return joined


def _press_region_first(item: str) -> tuple[str, str]:
    """A state's or province's press abbreviation an item starts with, with its stop, and
    the item's sentence after it where one starts there, capitalised ('Que. Each has ...' ->
    ('Que.', 'Each has ...')); ('', item) for any other item ('Quebec', 'Man of Aran'): one
    without a stop (most of a list's, each asked) has none, and is not parted into words."""
    if "." not in item:
        return "", item
    words = item.split(maxsplit=2)
    for size in (2, 1):
        head, rest = " ".join(words[:size]), " ".join(words[size:])
        if (
            len(words) >= size
            and head.endswith(".")
            and press_abbreviation(head)
            and (not rest or rest[:1].isupper())
        ):
            return head, rest
    return "", item


# Where one group of names with its bracket ends and the next starts, inside an item parted
# by semicolons: after the bracket, a comma or an 'and' ('as well as') at most.
_AFTER_GROUP = re.compile(rf"(?<=\))\s*,?\s+(?:(?:{_AND}|{_AS_WELL_AS})\s+)?(?=[^\W\d_])")


def _role_parts(item: str, is_place: PlaceNames) -> list[str]:
    """A long item of a list parted by commas, parted where an 'and' or 'as well as' leads
    to a signer's role after a place ('Thun und Chur sowie die Syndics von Lausanne und
    Sion' -> 'Thun und Chur', 'die Syndics von Lausanne und Sion'), so that the list goes on
    after it, the part after it parted again where it is long; [item] where none does."""
    if not _long(item) or _ITEM_SENTENCE_END.search(item):
        return [item]
    for conjunction in _CONJUNCTION.finditer(item):
        before, after = item[: conjunction.start()].strip(), item[conjunction.end() :].strip()
        origin = _after_origin(after)  # 'sowie aus der Schweiz Winterthur'
        after = origin or after
        led = bool(origin) or _led_by_role(after) or _ARTICLES_OF.match(after) is not None
        named = _names_place(after, is_place) or bool(_role_of_places(after, is_place))
        if led and named and _names_place(before, is_place):
            return [before, *_role_parts(after, is_place)]  # '... und der Bürgermeister
            # von Schwerin sowie die Bürgermeisterin von Bremen': parted again
    return [item]


MAX_COUNTRY_WORDS = 3  # a country's name after a preposition of origin: 'the Czech Republic'


def _after_origin(text: str) -> str:
    """The names a part of an item gives after the country its members come from, a
    preposition of origin and an article at most before it ('aus der Schweiz Winterthur' ->
    'Winterthur', 'from Slovenia Celje'): a group of the list's names by country; '' where
    it starts with no such words."""
    words = text.split()
    if not words or _ORIGIN_BEFORE.search(f"{words[0]} ") is None:
        return ""
    start = 2 if len(words) > 2 and _ARTICLE.fullmatch(words[1]) else 1
    for end in range(start + 1, min(len(words), start + MAX_COUNTRY_WORDS + 1)):
        if words[end][:1].isupper() and find_country(" ".join(words[start:end])) is not None:
            return " ".join(words[end:])
    return ""


def _bracket_groups(item: str) -> list[str]:
    """The groups of names an item holds, each ending in its bracket
    ('by the mayors of Braga and Faro (Portugal), of Utrecht, Leiden and Delft (Netherlands)
    and of Sevilla (Spain)'), each without its lead-in in lower case ('by the mayors of',
    'of'), so that its names share their bracket; [item] where it holds one group or where
    a part ends in no bracket."""
    if item.count(")") < 2:
        return [item]
    groups = _AFTER_GROUP.split(item.rstrip(" ."))
    if len(groups) < 2 or not all(g.endswith(")") and "(" in g for g in groups):
        return [item]
    return [_without_lead_in(group) for group in groups]


def _country_after(item: str) -> list[str]:
    """A group of names parted by semicolons from the next, ending in a comma, a preposition
    and the group's country ('Braga, Évora e Faro, de Portugal', 'Lille and Metz, in
    France'), as its names, each with the country's bracket where it has none ('Braga',
    'Évora e Faro (Portugal)'), without the words that say what a name is (`_apposition`):
    the country where they are, no place of its own; [item] otherwise."""
    parts = _split_outside_brackets(item.rstrip(" ."), ",")
    word, _, country = parts[-1].partition(" ")
    if len(parts) < 2 or word not in _COUNTRY_PREPOSITIONS or find_country(country) is None:
        return [item]
    names = [part for part in parts[:-1] if not _apposition(part)]
    return [part if part.endswith(")") else f"{part} ({country})" for part in names]


def _apposition(part: str) -> bool:
    """Whether a part of a sentence between commas says what the name before it is, in two
    words or more, the first in lower case and no 'and' ('capital of the province of
    Huelva', 'capitale régionale'): no name of its own."""
    return part[:1].islower() and len(part.split()) > 1 and not _LEADING_CONJUNCTION.match(part)


# Before a group's country after its comma: 'of' and the prepositions of place ('..., de
# Chile', '..., in Kenya', '..., au Sénégal').
_COUNTRY_PREPOSITIONS = _ONLY_LOCATIVES | {"of", "de", "da", "do", "du", "van", "von", "aus"}


def _without_lead_in(group: str) -> str:
    """A group of names without the words in lower case before its first name ('of Utrecht,
    Leiden and Delft (Netherlands)' -> 'Utrecht, Leiden and Delft (Netherlands)')."""
    words = group.split()
    first = next((k for k, w in enumerate(words) if not w.islower()), 0)
    return " ".join(words[first:]) if words[first][:1].isupper() else group


def _a_list(reading: _Reading, least: int) -> bool:
    """Whether a run reads as a list: `least` places or more, and most of its entries."""
    return reading.places >= least and reading.places * 5 >= len(reading.entries) * 3


@lru_cache(maxsize=1 << 12)
def _signer_item(item: str) -> bool:
    """Whether a list's item parted by semicolons names one signer, however many words it
    takes: a title's word with a place or a body, a person's name beside them ('il Comune
    di Pesaro, con il Sindaco Matteo Gennari', 'per Modena l'Assessore Andrea Ghelfi'),
    ending no sentence before its end. A long item before such an item is inside the list
    too (a title the reader lacks: 'Kai Berg, Senator für Inneres der Stadt Bremen').
    Asked only of a long item and the one after it (a list's names are short, and need no
    search for a title), each once, though each is an item and then the one following
    another."""
    return has_title(item) and _SENTENCE_END.search(item.rstrip(" .")) is None


@lru_cache(maxsize=1 << 15)
def _long(item: str) -> bool:
    """More words than a name has; in a script without spaces, two characters a word
    ('松山市及び熊本市の4市です. これにより' is no name). Cached: a paragraph's reader asks
    it of each item five times or more, in each of its two readings."""
    if len(item.split()) > MAX_NAME_WORDS:
        return True
    return UNSPACED.search(item) is not None and word_count(item) > MAX_NAME_WORDS


def _named_by_form(item: str) -> bool:
    """Whether a long item is a body's form and a name no longer than a name after it
    ('Câmara Municipal de Vila Nova de Famalicão', 'Ayuntamiento de San Sebastián de los
    Reyes'): one item of its list, however many words its form adds."""
    name = strip_form(item.strip())
    return name != item.strip() and not _long(name) and _SENTENCE_END.search(name) is None


def _goes_on(item: str, following: str, is_place: PlaceNames) -> bool:
    """Whether a long item goes on with its list: it names places after the words that
    group them (`_group_places`), and a list's item follows it, no clause ('..., insieme ai
    Comuni di Lodi e Crema, che aderiscono come città')."""
    if not following:
        return False
    if _country_group(item, is_place) and _country_group(following, is_place):
        return True  # 'de Thiès et de Kaolack au Sénégal, ainsi que de Daloa et de Man en ...'
    if _long(following) and not _led_name(following):
        return False
    return bool(_group_places(item, is_place)) or _added_after_clause(item, following)


def _added_after_clause(item: str, following: str) -> bool:
    """Whether a long item that ends no sentence is followed by one more name after a word
    for 'as well as' or 'besides' ('..., Uppsala kommun och Gävle kommun som nya medlemmar,
    liksom Region Dalarna', '..., além do Consórcio X'): the list goes on past the words of
    its sentence to that name."""
    led = _LEADING_CONJUNCTION.match(following.strip())
    return (
        led is not None
        and _AS_WELL_AS_ONLY.fullmatch(led.group().strip()) is not None
        and _SENTENCE_END.search(item) is None
        and not _long(following)
    )


def _country_group(item: str, is_place: PlaceNames) -> bool:
    """Whether a list's item is one group of a sentence's places by country: known places an
    'and' parts, each after its preposition at most, then a preposition of place and their
    country ('de Kaolack et de Mbour au Sénégal', 'as well as Kumasi and Tamale in Ghana');
    no sentence ends inside it."""
    bracketed = _where_in_bracket(item)
    if bracketed == item or _SENTENCE_END.search(item.rstrip(" .")):
        return False
    names = _LEADING_CONJUNCTION.sub("", bracketed[: bracketed.rindex("(")].strip())
    parts = _and_parts_of(names)
    return len(parts) > 1 and all(_place_in_list(part, is_place) for part in parts)


def _opens_next_group(item: str, following: str) -> bool:
    """Whether a long item ends one group of a sentence's list with the group's bracket and
    a few words that say where its members are, and the next item opens the next group
    with a member named by its form ('die Stadtgemeinde Lienz (Tirol) auf österreichischer
    Seite, die Stadt Sonthofen ...', 'Nantes (Loire-Atlantique) côté français, la Ville de
    Genève ...'): the list goes on."""
    return _group_tail(item) and bool(_led_by_body(following))


def _group_tail(item: str) -> bool:
    """Whether an item ends in a few words after its last bracket, the first in lower case
    and no 'and', no sentence: the words that say where a group's members are ('(Tirol) auf
    österreichischer Seite', '(Vaud) côté suisse'), not the next line's name."""
    if ")" not in item or _SENTENCE_END.search(item.rstrip(" .")):
        return False
    tail = item[item.rindex(")") + 1 :].strip()
    words = tail.split()
    return (
        0 < len(words) <= MAX_LEAD_WORDS
        and words[0].islower()
        and _LEADING_CONJUNCTION.match(tail) is None  # '(Badajoz) y Valencia': one more name
    )


def _group_places(item: str, is_place: PlaceNames) -> list[str]:
    """The known places an item names after the words that group them, an 'and' parting
    them, ending no sentence: 'par les villes belges de Liège et de Mouscron', 'by the
    Portuguese cities of Braga and Faro' (the first name after the last word in lower case
    where the words before it are no place) -> two places; [] where a piece is none."""
    if "(" in item or _SENTENCE_END.search(item.rstrip(" .")) or not _CONJUNCTION.search(item):
        return []
    parts = _and_parts_of(item)
    if len(parts) > 1 and not _place_in_list(parts[0], is_place):
        words = parts[0].split()
        lower = [k for k, word in enumerate(words[:-1]) if word.islower()]
        parts[0] = " ".join(words[lower[-1] + 1 :]) if lower else parts[0]
    places = len(parts) > 1 and all(_place_in_list(part, is_place) for part in parts)
    return parts if places else []


def _led_name(item: str) -> bool:
    """Whether a long item adds one name after its 'and' and short words of its sentence
    ('ainsi que par la Ville de Bruxelles', 'as well as by the City of Lund', 'así como por
    la Ciudad de Braga'), or a signer's role and its place ('ainsi que par la maire de
    Reims'): as long as that name, it goes on with its list, not ends it."""
    led = _LEADING_CONJUNCTION.match(item.strip())
    words = item.strip()[led.end() :].split() if led else []
    lead = next((k for k, word in enumerate(words) if not _ARTICLE.fullmatch(word)), len(words))
    name = " ".join(words[lead:])
    role = _role_in(name) if _led_by_role(name) else None
    name = name[role.end() :].strip() if role is not None else name
    return name[:1].isupper() and not _long(name) and _SENTENCE_END.search(name.rstrip(".")) is None


def _sentence_says_joined(run: list[str]) -> bool:
    """Whether the sentence a run's first item starts, after the sentence that item ends,
    says its members joined, however late its word of joining comes ('... Pécs. A hálózat
    azóta Zalaegerszeggel, Nagykanizsával és Kaposvárral bővült, amelyek döntöttek a
    csatlakozásról'): its list goes on with the list of the sentence before."""
    text = ", ".join(run)
    end = _ITEM_SENTENCE_END.search(run[0])
    if end is None:
        return False
    sentence = text[end.end() :]
    stop = _SENTENCE_END.search(sentence)
    return JOINING.search(sentence[: stop.start() if stop else None]) is not None


def _joins(item: str) -> bool:
    """Whether a long item of a sentence goes on with its list in other words: it ends no
    sentence and has a word of signing or joining ('and has since been joined by Helsinki',
    'y desde entonces se han sumado Bogotá')."""
    return _SENTENCE_END.search(item) is None and _SIGNING.search(item) is not None


def _joining_sentence(item: str) -> str:
    """The sentence a list's item ends in after the sentence its list ends, where that one
    says others joined or signed and goes on with the list ('... Lausanne. Ils ont été
    rejoints jeudi par la maire de Saint-Denis'); '' where it has none."""
    end = _ITEM_SENTENCE_END.search(item)
    rest = item[end.end() :] if end else ""
    return rest if rest and _joins(rest.rstrip(" .")) else ""  # its own stop at the end


def _ends_before_joining(item: str, following: str) -> bool:
    """Whether a part of a sentence with 'and' ends a list that the next part, a clause that
    `_joins` it, goes on with: 'i Comuni di Bergamo, Parma e Reggio Emilia, che si
    aggiungono a Milano, Torino, ...'."""
    return (
        following[:1].islower()
        and _CONJUNCTION.search(f" {item} ") is not None
        and _joins(following)
    )


def _one_more(
    before: _Reading | None, sentence: str, line: int, is_place: PlaceNames
) -> _Reading | None:
    """The list before a sentence that says one more signatory joined or signed, and that
    one, named after the sentence's word of joining ('Ha aderito inoltre l'Unione della
    Romagna Faentina', 'Also joining was the Greater Manchester Combined Authority'): a
    body that is no city, or a known place; None where the list reads fewer than two
    places, or the sentence names no such one."""
    signed = _SIGNING.search(sentence)
    if before is None or before.places < 2 or signed is None:
        return None
    if more := _several_more(before, sentence[signed.end() :], line, is_place):
        return more
    name = _ELIDED_ARTICLE.sub("", _head_place(sentence[signed.end() :], is_place))
    return _one_named(before, name, line, is_place) if name else None


def _several_more(before: _Reading, text: str, line: int, is_place: PlaceNames) -> _Reading | None:
    """The list `before` and each member a joining sentence names after its word of joining,
    an 'and' parting them ('Aus Italien schlossen sich die Bürgermeisterin von Como und der
    Bürgermeister von Lecco an', 'joined by the mayor of Aarhus and the mayor of Odense'),
    each one `_one_named` reads, in their nominative where all share one case form
    (`_in_one_case`: 'myös Vaasan ja Hämeenlinnan kaupungit'); None where it names one, or
    any part is none."""
    parts = [part for part in _split_conjunctions(f" {text.strip().rstrip('.')} ") if part.strip()]
    more: _Reading | None = before
    names = [_ELIDED_ARTICLE.sub("", _head_place(part.strip(), is_place)) for part in parts]
    for name in (_in_one_case(names, is_place) or names) if len(parts) > 1 else ():
        more = _one_named(more, name, line, is_place) if name and more else None
    return more if len(parts) > 1 else None


MAX_SUBJECT_ITEMS = 8  # the parts of the joining sentence after its subject: an apposition


def _joining_subject(items: list[str], is_place: PlaceNames) -> str:
    """The member named by its form after the sentence of a list's items ends inside one,
    where it is the subject of a sentence that says it joined or signed ('... et Metz. La
    commune de Reims, dans la Marne, a adhéré', '... și Câmpulung. Comuna Ciugud, din
    județul Alba, s-a alăturat'); '' where no item ends a sentence before such a member."""
    k, end = next(
        ((k, end) for k, item in enumerate(items) if (end := _ITEM_SENTENCE_END.search(item))),
        (0, None),
    )
    if end is None:
        return ""
    subject = items[k][end.end() :].strip()
    member = _subject_member(subject, is_place)
    if not member:
        return ""
    sentence = ", ".join([subject, *items[k + 1 :]])
    stop = _SENTENCE_END.search(sentence)
    return member if _SIGNING.search(sentence[: stop.start() if stop else None]) else ""


def _subject_member(subject: str, is_place: PlaceNames) -> str:
    """The member a sentence's subject starts with: named by its form after an article at
    most ('La commune de Reims', 'De gemeente Gouda'), or a Nordic body, its form after its
    town's name, after a word for 'also' ('Lisäksi Ulvilan kaupunki on tehnyt
    liittymispäätöksen': `_formed_head`), which says it is one more, not one that declines
    ('Stockholms stad undertecknar inte'); '' where none."""
    if named := _formed_after_article(subject):
        return named
    if _FORM.match(subject) or _led_by_body(subject):
        return subject
    also = _ALSO.match(subject[:1].lower() + subject[1:])  # the sentence's first word
    return _formed_head(subject[also.end() :].split(), is_place) if also else ""


def _one_named(
    before: _Reading | None, name: str, line: int, is_place: PlaceNames
) -> _Reading | None:
    """The list `before` and one more member `name`, a body that is no city or a known
    place (a Nordic body's its town: `_named_before_form`); None where the list reads fewer
    than two places."""
    if before is None or before.places < 2:
        return None
    entry = _read_named(name, line, is_place)
    entry = entry and _named_before_form(entry, is_place)
    if entry is None or not (entry.kind != "city" or _confirmed(entry, is_place)):
        return None
    return _Reading([*before.entries, entry], [], before.places + 1)


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


# `_CONJUNCTION` with case kept, for an ASCII text searched in lower case (as pagetext's
# `LoweredSearch` searches; the pattern is written in lower case), and what it parts kept.
_CONJUNCTION_LOWERED = re.compile(f"({_CONJUNCTION.pattern})")


def _split_conjunctions(text: str, maxsplit: int = 0) -> list[str]:
    """`_CONJUNCTION.split(text, maxsplit)`, some 3 times faster for an ASCII text: split
    in lower case with case kept, then the same spans taken from the text, where the text
    writes them as an 'and' (not 'Ed', a name)."""
    if not text.isascii():
        return _CONJUNCTION.split(text, maxsplit)
    parts = _CONJUNCTION_LOWERED.split(text.lower(), maxsplit)
    if len(parts) == 1:
        return [text]
    pieces, at, start = [], 0, 0
    for k, part in enumerate(parts):  # a piece, a conjunction, a piece, ...
        if k % 2 and _CONJUNCTION.fullmatch(text, at, at + len(part)) is not None:
            pieces.append(text[start:at])  # not a capitalised name ('Ed')
            start = at + len(part)
        at += len(part)
    if maxsplit and len(pieces) < len(parts) // 2:
        return _CONJUNCTION.split(text, maxsplit)  # a name took a split: split on
    return [*pieces, text[start:]]


def _read_items(items: list[str], line: int, is_place: PlaceNames) -> _Reading | None:
    if len(items) > 2 and _venue_before_clause(items[0], items[1]):
        items = items[1:]
    items = [items[0], *(part for item in items[1:] for part in _labelled_parts(item))]
    items = [i for k, i in enumerate(items) if not k or not role_holder(items[k - 1], i, is_place)]
    items = items[: next((k for k in range(1, len(items)) if _clause(items[k])), len(items))]
    items = _without_sentence_after(items)
    if len(items) < 2:
        return None
    items = [*(_holder_dropped(item, is_place) for item in items[:-1]), items[-1]]
    names: list[tuple[str, Name]] = []  # (item as written, one name with its bracket if any)
    names.extend((items[0], n) for n in _first_places(items[0], is_place))
    in_case = _in_role_genitive(items[0])
    for item in items[1:-1]:
        if not _where_country(item):  # 'in France': where the item before is
            names.extend((item, n) for n in _inner_places(item, is_place, in_case))
    lead = _shared_lead(items[:-1])
    plain = partial(_places_as_written, items, [name for _, (name, _) in names], is_place)
    names.extend((items[-1], n) for n in _last_items(items[-1], is_place, lead, plain, in_case))
    entries = [
        place_in_bracket(_written_as(e, written.rstrip(" ."), shared), is_place)
        for written, (name, shared) in names
        if (e := _read_named(_unframed(name, lead, is_place), line, is_place)) is not None
        and not _a_count(e.city)
        and not form_alone(e.city)
    ]
    entries = _in_shared_case(_share_brackets(entries), items[0], is_place)
    entries = _in_role_case(entries, items[0], is_place)
    entries = [_named_before_form(e, is_place) for e in entries]
    if len(entries) < 2:
        return None
    # a province's or region's body counts as its name says: 'Provincie Overijssel ; ...'
    named = sum(_confirmed(e, is_place) or names_a_subdivision(e) for e in entries)
    return _Reading(entries, [], named)


def _written_as(entry: RawEntry, written: str, shared: bool) -> RawEntry:
    """An item's entry as its list wrote it and whether it shares its bracket; the entry
    itself where it has both already (most items: 'Aarhus'), not a copy (some 10 µs)."""
    if entry.written == written and entry.shared_bracket == shared:
        return entry
    return replace(entry, written=written, shared_bracket=shared)


MAX_HOLDER_WORDS = 4  # a title's holder's name: 'Mathias Bernander Holt', 'Anne-Lise Berg'


def _holder_dropped(item: str, is_place: PlaceNames) -> str:
    """An item whose town's genitive stands before a title and its holder without them
    (`_genitive_holder_dropped`); an item of a role that names its place in the genitive,
    the place, then the name of the role's holder ('starosta Písku Martin Hrubý',
    'gradonačelnik Velike Gorice Marko Babić'), without the holder's name: the capitalised
    words right before it read a place in a case form (`nominative`); the item as it is
    otherwise. The shortest holder's name
    is tried first, with the longest place before it ('Nového Jičína Eva Malá')."""
    if not all(map(_holder_word, item.rsplit(None, 2)[-2:])):
        return item  # no name at its end: no search ('Lyon (France)')
    if (dropped := _genitive_holder_dropped(item, is_place)) != item:
        return dropped
    role = _role_in(item)
    if role is None or not names_in_genitive(role):
        return item
    words = list(_ITEM_WORD.finditer(item, role.end()))
    for size in range(2, min(MAX_HOLDER_WORDS, len(words) - 1) + 1):
        holder = words[-size:]
        if not all(_holder_word(w.group()) for w in holder):
            return item
        before = words[:-size]
        for k in range(min(MAX_DECLINED_WORDS, len(before)), 0, -1):
            place = [w.group() for w in before[-k:]]
            if all(w[:1].isupper() for w in place) and nominative(" ".join(place), is_place):
                return item[: holder[0].start()].rstrip()
    return item


_ITEM_WORD = re.compile(r"\S+")


def _genitive_holder_dropped(item: str, is_place: PlaceNames) -> str:
    """An item that ends in a town's genitive, a title and the title's holder ('signert av
    Bergens ordfører Marit Haugland', "og Aarhus' borgmester Jacob Lind", "Lyon's mayor
    Anna Berg") with the town in its nominative in their place ('signert av Bergen'): the
    genitive names the place whose title it is, the name after it a person; the item as it
    is otherwise."""
    body = item.rstrip(" .")
    words = body.split()
    for size in range(2, min(MAX_HOLDER_WORDS, len(words) - 2) + 1):
        if not _holder_word(words[-size]):
            return item  # no name at its end (no search)
        if not is_title(words[-size - 1]):
            continue
        place = _in_nominative(words[-size - 2], is_place)
        if place:
            head = " ".join(words[: -size - 2])
            return f"{head} {place}{item[len(body) :]}".strip()
    return item


def _in_nominative(genitive: str, is_place: PlaceNames) -> str:
    """The town a capitalised word in the genitive names ('Bergens', "Aarhus'", "Lyon's"),
    '' where it names none."""
    if not genitive[:1].isupper():
        return ""
    for mark in ("'s", "’s", "'", "’"):
        if genitive.endswith(mark) and is_place(genitive[: -len(mark)]):
            return genitive[: -len(mark)]
    if genitive.endswith("s") and not is_place(genitive):
        return nominative(genitive, is_place) or ""
    return ""


def role_holder(before: str, part: str, is_place: PlaceNames) -> bool:
    """Whether an item is a person's name (two to MAX_HOLDER_WORDS capitalised words and
    nothing else, no place as a whole nor in a case form) right after an item that ends in
    one signer's role and its place: the role's holder, named after it ('ordføreren i
    Tromsø, Gunnar Wilhelmsen Lie', 'the Mayor of Lyon, Anna Berg', honorifics before it
    aside: 'die Bürgermeisterin von Kiel, Frau Dr. Eva Roth'), whatever place a word
    of the name is elsewhere; not the next place after a plural role ('prezydenci Gorzowa
    Wielkopolskiego, Zielonej Góry') nor an item running on past a semicolon."""
    words = without_honorifics(part.strip()).split()  # 'Frau Dr. Anna Berg': her name
    if not (2 <= len(words) <= MAX_HOLDER_WORDS and all(map(_holder_word, words))):
        return False
    if not any(w[:1].islower() for w in before.split()):
        return False  # no role's words: a list's names one after another (no search)
    role = _role_in(before)
    if role is None or names_in_genitive(role):
        return False
    place = before[role.end() :].split()
    name = " ".join(words)
    return (
        0 < len(place) <= MAX_HOLDER_WORDS
        and not is_place(name)
        and nominative(name, is_place) is None
    )


_HOLDER_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word of a name: no stop nor ';' after it


def _holder_word(word: str) -> bool:
    return word[:1].isupper() and _HOLDER_WORD.fullmatch(word) is not None


def _named_before_form(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """An entry that names its town by its body, its Nordic form after it, as that town
    (`place_before_form`: 'Iisalmen kaupunki' -> Iisalmi); else as it is."""
    place = place_before_form(entry.city, is_place) if entry.kind == "city" else ""
    return replace(entry, city=place) if place else entry


def _labelled_parts(item: str) -> list[str]:
    """A list's item inside it without the words in lower case that label its group
    before a spaced dash ('w zachodniopomorskim – Bobolice i Sianów': in the West Pomeranian
    voivodeship; 'in Hessen – Kassel und Fulda'), and parted where its sentence ends and the
    next announces the list's next names after a colon ('... i Dobrzyń nad Wisłą. Pozostałe
    województwa reprezentuje po jednym mieście: Nowy Dwór Gdański'): as many items."""
    end = _ITEM_SENTENCE_END.search(item)
    colon = item.find(": ", end.end()) if end else -1
    if end is not None and colon > 0 and len(item[end.end() : colon].split()) > 1:
        return [*_labelled_parts(item[: end.start()]), item[colon + 2 :].strip()]
    dash = _LABEL_DASH.search(item)
    label = item[: dash.start()].split() if dash else []
    if dash and label and label[0][:1].islower() and len(label) <= MAX_LABEL_WORDS:
        return [item[dash.end() :].strip()]
    return [item]


MIN_SHARED_CASE = 3  # names in one case form, for that case to be the list's


def _in_shared_case(entries: list[RawEntry], first: str, is_place: PlaceNames) -> list[RawEntry]:
    """A list's names read back from the one case form they share, where each is a single
    word with the same last letter and they share a noun after the list ('Oulun, Porin ja
    Lahden kaupungit', Basque 'Azpeitiko, Tolosako eta Amurrioko udalek', 'vijeća Zagreba,
    Splita i Zadra'): each name that is no place as written, by its case form
    (`nominative_entry`), and the first item's last word in that form too where it gave no
    entry ('pristupila vijeća Zagreba'); as they were where fewer than MIN_SHARED_CASE
    share the letter or no more of them read a place so. A body that an 'as well as' adds
    last, no town ('..., valamint Zala Vármegye Önkormányzatát'), is none of them."""
    last = entries[-1] if entries else None
    if last is not None and last.kind != "city" and _AS_WELL_AS_LEAD.match(last.written):
        return [*_in_shared_case(entries[:-1], first, is_place), last]
    cities = [e.city for e in entries if e.kind == "city"]
    if len(cities) < MIN_SHARED_CASE - 1 or any(" " in c or not c[:1].isupper() for c in cities):
        return entries
    if len({city[-1] for city in cities}) > 1:
        return entries
    head = first.split()[-1].strip(" .:") if first.split() else ""
    lead = replace(entries[0], written=first.strip(" ."), city=head)
    if lead.written != entries[0].written and head[:1].isupper() and head[-1:] == cities[0][-1]:
        lead = nominative_entry(lead, is_place)
        entries = [lead, *entries] if lead.city != head else entries
    if len(entries) < MIN_SHARED_CASE:
        return entries
    read = [
        *(nominative_entry(e, is_place) for e in entries),
        *_added_in_case(entries[-1], is_place),
    ]
    known = sum(_confirmed(e, is_place) for e in read)
    return read if known > sum(_confirmed(e, is_place) for e in entries) else entries


def _in_role_genitive(first: str) -> bool:
    """Whether a list's first item has a role that names its place in the genitive, so
    that the list's other places are in that case too ('primátoři měst Brna, Ostravy')."""
    role = _role_in(first)
    return role is not None and names_in_genitive(role)


def _in_role_case(entries: list[RawEntry], first: str, is_place: PlaceNames) -> list[RawEntry]:
    """A list's names after a first item whose role names its place in the genitive, in
    that case too ('potpisali su gradonačelnici Splita, Zadra i Osijeka', 'primátori miest
    Trnavy, Nitry a Žiliny'): each name with no role of its own that is no place as written,
    read by its case form (`nominative_entry`)."""
    if not _in_role_genitive(first):
        return entries
    return [
        e if k == 0 or _role_in(e.written) is not None else nominative_entry(e, is_place)
        for k, e in enumerate(entries)
    ]


def _added_in_case(last: RawEntry, is_place: PlaceNames) -> list[RawEntry]:
    """The entries of the words in the last name's case form that an 'and' or 'as well as'
    adds after the noun the list shares ('Turun kaupungit sekä Oulun kaupunki'): each
    capitalised word after one, with the last name's last letter, that reads a place."""
    written = last.written
    at = written.find(last.city)
    added = []
    for match in _CONJUNCTION.finditer(written, at + len(last.city) if at >= 0 else len(written)):
        word = (written[match.end() :].split() or [""])[0].strip(" .,;:")
        if word[:1].isupper() and word[-1:] == last.city[-1:]:
            entry = nominative_entry(replace(last, city=word), is_place)
            added += [entry] if entry.city != word else []
    return added


def _where_country(item: str) -> bool:
    """Whether a list's item is a preposition of place and a country or a country's region
    alone ('in France', 'en Allemagne', 'en Cundinamarca'): where the item before it is,
    no entry of its own."""
    word, _, rest = item.strip().partition(" ")
    rest = rest.strip(" .")
    if word not in _ONLY_LOCATIVES or not rest[:1].isupper() or "(" in rest:
        return False  # 'V (Norway)' is a name and its country
    return find_country(rest) is not None or bool(subdivision_countries(rest))


def _where_in_bracket(item: str) -> str:
    """A list's item that ends in a preposition of place and a country ('the Shire of
    Esperance in Australia', 'la Ville de Sfax en Tunisie') as a name and its country's
    bracket ('the Shire of Esperance (Australia)'): where its place is, no place itself;
    the item as it is otherwise."""
    head, space, country = item.rstrip(" .").rpartition(" ")
    while space and len(country.split()) < MAX_COUNTRY_WORDS:
        head, space, word = head.rpartition(" ")
        if word in _ONLY_LOCATIVES and head.strip() and find_country(country) is not None:
            return f"{head} ({country})"  # not a region: Slovenian 'in' is 'and'
        country = f"{word} {country}"
    return item


def where_as_bracket(item: str, is_place: PlaceNames) -> str:
    """A list's item that ends in a preposition of place and a country as a bracket of that
    country ('Nancy et Metz en France' -> 'Nancy et Metz (France)'), one after a town's
    region in a bracket as one bracket of both ('la commune de Sion (Valais) en Suisse' ->
    'la commune de Sion (Valais, Suisse)', as a line writes them); the item as it is where
    the country's name is a town's too ('Amsterdam en Luxemburg': 'en' is Dutch 'and')."""
    where = _where_in_bracket(item)
    if where == item or is_place(country := where[where.rindex("(") + 1 : -1]):
        return item
    head = where[: where.rindex("(")].rstrip()
    return f"{head[:-1]}, {country})" if head.endswith(")") else where


MAX_COUNTRY_WORDS = 5  # a country's name after its locative: 'Democratic Republic of the Congo'


def _a_count(name: str) -> bool:
    """Whether a name read from a list's item is a count of others and no place's name: a
    number, then a word in lower case ('31 autres collectivités', '20 other towns', '12
    weitere Kommunen')."""
    words = name.split()
    return any(a.isdigit() and b[:1].islower() for a, b in pairwise(words))


def _first_places(item: str, is_place: PlaceNames) -> list[Name]:
    """The places a list's first item names: those it ends in (`_tail_place`), or, where
    it says others joined or signed and names two signers by their roles an 'and' apart
    after that ('They were joined by the mayor of X and the deputy mayor of Y'), each of
    them, as a list's last item's are."""
    signed = _SIGNING.search(item)
    after = item[signed.end() :] if signed else ""
    _, parted = _last_parts(after) if after.strip() else ("", None)
    if parted is not None and all(_role_in(part) is not None for part in parted):
        named = _last_items(after, is_place)
        if len(named) > 1:
            return named
    return _tail_place(item, is_place)


def _places_as_written(items: list[str], names: list[str], is_place: PlaceNames) -> bool:
    """Whether the items before a list's last are places as written (each item inside it,
    or each name read from them: 'sprejela Občino Radovljica'); asked only where the last
    item has no 'and' the reader knows."""
    return (len(items) > 2 and all(_formed_place(i.strip(), is_place) for i in items[1:-1])) or (
        bool(names) and all(_formed_place(name, is_place) for name in names)
    )


def _formed_place(text: str, is_place: PlaceNames) -> bool:
    """Whether a text is a place, after a form word at most ('Grad Split'), or one in the
    case of the form word before it ('Městu Kladnu'), or in a Celtic initial mutation
    ('Phwllheli', `unmutated_place`)."""
    name = strip_form(text)
    return (
        is_place(name)
        or _declined_after_form(text, name, is_place)
        or unmutated_place(name, is_place) is not None
    )


def _read_named(name: str, line: int, is_place: PlaceNames) -> RawEntry | None:
    """An item's entry, its place read in its case form where a role names it in the
    genitive ('primátorka mesta Nitry' -> Nitra) or a body's form word in any case stands
    before it ('Gradu Zadru', 'Miastu Gdyni'), or where a role stands before an adjective
    and a noun in a case form ('burmistrz Nowej Soli' -> Nowa Sól), as a line's reader
    reads them."""
    if oblast := oblast_named(name):  # 'голова Волинської обласної ради'
        return RawEntry(line, name, oblast, kind="region")
    if _led_by_genitive_body(name) and (body := body_in_genitive(name)):
        return RawEntry(line, name, body[0], kind=body_kind(body[0]))  # 'hejtman Zlínského kraje'
    entry = read_entry(_origin_as_bracket(name), line)
    if entry is not None and (genitive := _georgian_genitive(entry.city, is_place)):
        return replace(entry, city=genitive)  # 'ხაშურის მერებმა' (Khashuri's mayors)
    if entry is not None and (unmutated := _unmutated(entry.city, is_place)):
        return replace(entry, city=unmutated)  # 'a Phwllheli' (and Pwllheli)
    if entry is not None and genitive_before_form(name):  # 'Kauno miesto savivaldybė'
        return replace(entry, city=nominative(entry.city, is_place) or entry.city)
    if entry is not None and in_case_after_form(name):
        return nominative_entry(entry, is_place)
    role = _role_in(name) if entry is not None else None
    if entry is None or role is None:
        return entry
    if names_in_genitive(role) or declined_adjective(entry.city):  # 'prezydent Nowej Soli'
        return nominative_entry(entry, is_place)
    return entry


def _unmutated(name: str, is_place: PlaceNames) -> str | None:
    """The place a name no place as it is names in a Celtic initial mutation ('Thyddewi'
    Tyddewi, `unmutated_place`); None for a place as written ('Chester')."""
    return None if is_place(name) else unmutated_place(name, is_place)


def _georgian_genitive(name: str, is_place: PlaceNames) -> str | None:
    """The place a Georgian name no place as it is names in the genitive, its body's or
    its role's words after it ('ქუთაისის მერია', Kutaisi's city hall: `georgian_genitive_place`);
    None for a place as written, and for a name of no Georgian word."""
    return None if is_place(name) else georgian_genitive_place(name, is_place)


# A preposition of origin and the country a list's last name is from, after it: 'from
# Kenya', 'aus Österreich', Swahili 'kutoka Kenya'.
_ORIGIN_COUNTRY = re.compile(r"\s(?:from|aus|uit|desde|depuis|kutoka)\s+(?:the\s+)?(\S.*)$")


def _origin_as_bracket(name: str) -> str:
    """A name with the country a preposition of origin gives after it in the country's
    bracket ('Kaunti ya Nyeri kutoka Kenya' -> 'Kaunti ya Nyeri (Kenya)'), so that a body
    named by its form keeps its own words only; the name as it is otherwise."""
    origin = _ORIGIN_COUNTRY.search(name)
    if origin is None or find_country(origin[1].rstrip(".")) is None:
        return name
    return f"{name[: origin.start()]} ({origin[1].rstrip('.')})"


def _without_sentence_after(items: list[str]) -> list[str]:
    """A list's items without the parts after the item its 'and' marks as the last, where
    the sentence goes on in a long part ('..., Cuenca y Zamora, así como la Diputación de
    Jaén, la Red alcanza ya los 87 socios en toda España'): its capitalised words are no
    items. Not a part its 'and' leads (`_led_by_its_and`) or that has one between two names
    ('insieme ai Comuni di Lodi e Crema'), nor a bracket of an item, nor a part a signer's
    role leads, or with roles an 'and' joins ('the syndic of Lausanne and the mayor of
    Lyon'); a part that ends its sentence is measured to its end ('insieme al Comune di
    Pavia. La firma si è svolta a Milano')."""
    for k in range(2, len(items)):
        after = _ITEM_SENTENCE_END.split(items[k].strip(), maxsplit=1)[0]  # its sentence's
        if (
            _long(after)
            and _CONJUNCTION.search(f" {items[k - 1].strip()} ") is not None
            and not _led_by_its_and(after, items[k - 1])
            and "(" not in after
            and not _led_by_role(after)  # 'the Lord Mayor of Bradford'
            and not (_role_in(after) and _CONJUNCTION.search(after))  # 'the syndic of
            # Lausanne and the mayor of Lyon'; not one role after other words ('in the
            # presence of the chair of the Network')
            and not any(_between_names(after, m) for m in _CONJUNCTION.finditer(after))
        ):
            return items[:k]
    return items


def _led_by_its_and(part: str, before: str) -> bool:
    """Whether a part of a sentence starts with a word that adds a list's last item: one
    for 'as well as', or the 'and' of the part `before` it ('..., Lyon y Nantes, y Gante'),
    not another language's word that is one ('en presencia de ...' after a Spanish 'y':
    Dutch 'en')."""
    led = _LEADING_CONJUNCTION.match(part)
    if led is None:
        return False
    word = led[0].strip().casefold()
    if re.fullmatch(_AND, word, re.IGNORECASE) is None:
        return True  # 'así como', 'as well as'
    return any(m[0].strip().casefold() == word for m in _CONJUNCTION.finditer(f" {before} "))


def _between_names(text: str, conjunction: re.Match[str]) -> bool:
    """Whether an 'and' in a text stands between two names, the second after an article
    at most ('Lodi e Crema', 'Huelva y la Diputación de Jaén'; not 'socios en toda España')."""
    before = text[: conjunction.start()].split()[-1:]
    after = text[conjunction.end() :].split()[:2]
    if after and _ARTICLE.fullmatch(after[0]):
        after = after[1:]
    return bool(before and after) and before[0][:1].isupper() and after[0][:1].isupper()


def _clause(item: str) -> bool:
    """Whether a part of a sentence after a list's first is a clause that ends the list:
    it starts in lower case, not with 'and', and has two words or more and no capital letter
    ('..., Cuenca y Guayaquil, que se incorporan como nuevos miembros'), or, whatever its
    capitals, starts with a relative pronoun ('che aderisce a nome dei suoi otto Comuni',
    'which joins for its Councils'); a name with a prefix in lower case ('eMbalenhle',
    'eThekwini') is none. In a script without case (Georgian, whose letters Python calls
    small: `cased`) no small letter tells a clause: only its relative pronoun does."""
    return (
        item[:1].islower()
        and (
            (item.islower() and cased(item[:1]))
            or _RELATIVE.match(item) is not None
            or _WHILE.match(item) is not None
        )
        and len(item.split()) > 1
        and not _LEADING_CONJUNCTION.match(item)
    )


# A relative pronoun opening a clause about the item before it: 'che', 'que', 'which',
# Georgian 'რომელიც', 'რომლებიც' (which) and 'რომ' (that).
_RELATIVE = re.compile(
    r"(?:che|cui|que|qui|which|who|whose|welche[rs]?|som|joka|jotka|რომ(?:ე?ლ\w*)?)\s"
)


# A conjunction of contrast opening a clause about others than the list's ('..., Cremona e
# Mantova, mentre Lodi e Pesaro hanno annunciato la firma', 'while Leeds will sign in May'):
# 'while', 'whereas' in Italian, English, French, Spanish, Portuguese, Catalan, German,
# Dutch, the Nordic languages, Polish, Czech and Slovak, Slovenian, Croatian.
_WHILE = re.compile(
    r"(?:mentre|while|whilst|whereas|tandis\s+que|alors\s+que|mientras(?:\s+que)?|"
    r"en\s+tanto\s+que|enquanto|ao\s+passo\s+que|mentres|mentre\s+que|während|wohingegen|"
    r"terwijl|medan|mens|mens\s+at|podczas\s+gdy|zatímco|zatiaľ\s+čo|medtem\s+ko|"
    r"dok|a\s+dok)\s"
)


def _venue_before_clause(item: str, following: str) -> bool:
    """Whether a sentence's first part says where it happened, not who (`says_where`), and
    the next part starts a clause in lower case ('the network welcomed Kisumu, ...'), not
    the list's next name."""
    return following[:1].islower() and says_where(item, _LOCATIVES)


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
        size = taken = 0  # the words of the names, and of the name read
        while size < len(words) and taken < MAX_NAME_WORDS and _may_name(words, size):
            if PLURAL_TOWNS.search(" ".join(words[-size - PLURAL_TOWN_WORDS : len(words) - size])):
                break  # 'i Comuni di Cortona (AR)': the names start after their plural
            size += 1  # each name of a group may take as many: 'Belo Horizonte, Contagem e'
            taken = _name_words(words[-size], taken)
        while size and words[-size][:1].islower():
            size -= 1
        bracket = item[item.rindex("(") :]
        return _split_shared(" ".join(words[-size:]) + " " + bracket, is_place) if size else []
    head, comma, code = item.rpartition(",")
    if comma and len(code.split()) <= MAX_CODE_WORDS and place_codes(code)[2]:
        named = _tail_place(head, is_place)  # 'The mayors of Austin, TX': its state's code
        return [(f"{name}, {code.strip()}", shared) for name, shared in named]
    if after_plural := _after_plural_towns(item):
        return [(after_plural, False)]  # 'l'adhésion des communes de Ziguinchor'
    last = " ".join(item.split()[-MAX_NAME_WORDS:])
    runs = _tail_names(last)
    for k, (candidate, name) in enumerate(runs):
        if is_place(name) or _declined_after_form(candidate, name, is_place):
            return [(candidate, False)]
        if georgian_genitive_place(name.rpartition(" ")[2], is_place):  # 'ხელი მოაწერეს
            return [(name.rpartition(" ")[2], False)]  # გორის': Gori's (mayor) signed
        if (role := _genitive_role_before(item, candidate, is_place)) is not None:
            return [(item[role:], False)]  # 'podepsali starosta města Třebíče': its role too
        if place_before_form(candidate, is_place):  # 'är Borås Stad', 'ovat Oulun kaupunki'
            return [(candidate, False)]
        if body_kind(candidate) and any(is_place(place) for _, place in runs[k + 1 :]):
            return [(candidate, False)]  # 'Métropole du Grand Paris', not Paris
    return []


# A plural word for towns or municipalities, in the case it may take before their names:
# 'οι Δήμοι Ηρακλείου, Χανίων ...' (the municipalities of), 'zástupci měst Brna, ...', 'the
# cities of', 'die Städte', 'les communes de', 'i Comuni di', 'los municipios de'.
PLURAL_TOWNS = re.compile(
    r"(?:^|\s)(?:δήμοι|δήμους|δήμων|cities|towns|municipalities|städte|gemeinden|kommunen|"
    r"villes|communes|comuni|municipios|ayuntamientos|ciudades|municípios|cidades|gemeenten|"
    r"steden|města|měst|městům|obce|obcí|mesta|miest|miasta|miast|gminy|gmin|gradovi|gradova|"
    r"općine|općina|міста|міст|громади|громад|города|городов)"
    r"(?:\s+(?:of|de|du|des|di|del|de la))?\s*$",
    re.IGNORECASE,
)
PLURAL_TOWN_WORDS = 3  # the words of such a plural: 'the cities of', 'de la'


def _after_plural_towns(item: str) -> str:
    """The name an item ends in right after a plural word for towns and its 'of'
    (`PLURAL_TOWNS`, `_OF`: 'the adhesion of the communes of Ziguinchor', 'i Comuni di
    Piacenza'), capitalised words only: the first town of the list that word leads, known
    or not; '' otherwise."""
    words = item.rstrip(" .").split()
    for size in range(1, min(MAX_NAME_WORDS, len(words) - 1) + 1):
        if not words[-size][:1].isupper():
            return ""
        if words[-size - 1].casefold() not in _OF:
            continue  # 'měst Kladna': a plural that takes the genitive, its name in case
        if PLURAL_TOWNS.search(" ".join(words[-size - PLURAL_TOWN_WORDS : len(words) - size])):
            return " ".join(words[-size:])
    return ""


def _genitive_role_before(item: str, candidate: str, is_place: PlaceNames) -> int | None:
    """Where the role starts that stands right before an item's last words and names its
    place in the genitive, where they read one in a case form ('... podepsali starosta
    města Třebíče', 'gradonačelnik Velike Gorice'); None if none."""
    role = role_before(item[: len(item) - len(candidate)])
    if role is None or not names_in_genitive(role) or nominative(candidate, is_place) is None:
        return None
    return role.start() + len(role.group()) - len(role.group().lstrip())


def _name_words(word: str, after: int) -> int:
    """The words of the name read back from a shared bracket, once `word` is added to the
    `after` read after it: none at an 'and' between two names, one where the word ends an
    earlier name ('Horizonte,' in 'Belo Horizonte, Contagem e Juiz de Fora (MG)')."""
    if _CONJUNCTION.fullmatch(f" {word} ") is not None:
        return 0
    return 1 if word.endswith(",") else after + 1


def _declined_after_form(candidate: str, name: str, is_place: PlaceNames) -> bool:
    """Whether a name after a body's form word in a case form reads a place in that case
    ('Miastu Gdyni', 'Gradu Zadru'), or one before a form that takes its town's genitive
    ('Panevėžio miesto savivaldybė')."""
    formed = in_case_after_form(candidate) or genitive_before_form(candidate)
    return formed and nominative(name, is_place) is not None


def place_before_form(name: str, is_place: PlaceNames) -> str:
    """The known place a body's name gives before its Nordic form (`NORDIC_FORMS`), as
    written or in the genitive: 'Skellefteå kommun' -> Skellefteå, 'Tampereen kaupunki' ->
    Tampere, 'Tórshavnar kommuna' -> Tórshavn; '' where the name is no such body."""
    if not nordic_body(name):
        return ""
    head = name.rpartition(" ")[0]
    if is_place(head):
        return head
    if " " in head:
        return ""
    return inflected_place(head, is_place) or next(iter(framed_readings(head, is_place)), "")


def _formed_head(words: list[str], is_place: PlaceNames) -> str:
    """The body a list's last item starts with, its Nordic form after its place
    (`place_before_form`: 'Porin kaupunki ja ...') or a Baltic form after its place in the
    genitive (`genitive_before_form`: 'Trakų rajono savivaldybė ir ...'); '' where it starts
    with none."""
    forms = (
        k
        for k, w in enumerate(words[:MAX_NAME_WORDS])
        if fold(w) in NORDIC_FORMS or genitive_before_form(" " + w.rstrip(",;:."))
    )
    form = next(forms, 0)
    name = " ".join(words[: form + 1]).rstrip(",;:.")
    if form and genitive_before_form(name):
        entry = _read_named(name, 0, is_place)
        return name if entry is not None and is_place(entry.city) else ""
    return name if form and place_before_form(name, is_place) else ""


MAX_CODE_WORDS = 3  # a country, state or province after a list's first place: 'New Mexico'


@lru_cache(maxsize=1 << 15)
def _tail_names(last: str) -> tuple[tuple[str, str], ...]:
    """The names `_tail_place` asks about, longest first: the runs of a text's last words
    (up to MAX_NAME_WORDS) without a preposition that start with a capital, each with its
    name less a form word. Read once for both readings of a paragraph (the second asks the
    gazetteer too)."""
    words = last.split()
    runs = (
        _ELIDED_ARTICLE.sub("", _PREPOSITION.sub("", " ".join(words[-size:])))
        for size in range(len(words), 0, -1)
    )
    return tuple((run, strip_form(run)) for run in runs if _capital_or_caseless(run[:1]))


# An article elided before a name, with its preposition: 'l'Eurométropole', 'dell'Unione'.
_ELIDED_ARTICLE = re.compile(r"^(?:l|dell|all|nell)['’](?=[^\W\d_])", re.IGNORECASE)


def _capital_or_caseless(letter: str) -> bool:
    """A letter a name may start with: a capital, or one of a script without case (Hebrew,
    Arabic, Georgian: `cased`), where no word tells a name by its first letter."""
    return letter.isupper() or (letter.isalpha() and not cased(letter))


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

    A role's word of its place that is an 'and' elsewhere ('overborgmesteren i Flensborg
    (Flensburg)', where 'i' is 'in') parts nothing. A name that is a place as a whole
    ('Brighton and Hove', if the gazetteer or the network knows it) stays whole; a split is
    flagged for review (`RawEntry.shared_bracket`).
    """
    words = _LEADING_CONJUNCTION.sub("", item.strip()).split()
    item = _PREPOSITION.sub("", " ".join(words))
    if not (item.endswith(")") and "(" in item):
        one = words and _ARTICLE.fullmatch(words[0]) and not _CONJUNCTION.search(f" {item} ")
        return [((_titled_place(words, is_place) if one else "") or item, False)]
    names, bracket = item[: item.rindex("(")], item[item.rindex("(") :]
    parts = _comma_parts([p.strip() for p in _split_conjunctions(f" {names} ") if p.strip()])
    if len(parts) < 2 or is_place(names) or _role_across_and(names, parts[0]):
        return [(item, False)]
    return [(f"{_PREPOSITION.sub('', p)} {bracket}", True) for p in parts]


def _role_across_and(names: str, first: str) -> bool:
    """Whether a role that names its place after a word the reader takes for an 'and' runs
    past a text's `first` part ('overborgmesteren i Flensborg', where 'i' is 'in')."""
    role = _role_in(names)
    return role is not None and role.end() > names.find(first) + len(first)


def _comma_parts(parts: list[str]) -> list[str]:
    """A shared bracket's names that an 'and' parts, those before it parted by commas too
    where each is a name ('Campinas, Santos, Guarulhos' of 'Campinas, Santos, Guarulhos e
    Santo André (SP)'); as they are without an 'and' ('Washington, D.C. (USA)')."""
    if len(parts) < 2 or not any("," in part for part in parts):
        return parts
    split = [p.strip() for part in parts for p in part.split(",") if p.strip()]
    return split if all(_name_like(p) for p in split) else parts


def _split_places(item: str, is_place: PlaceNames) -> list[Name]:
    """A list's item inside it (`_split_shared`), and one that its language's 'and' parts
    into places where it is no place as a whole: 'Lodi e Mantova' before more of the list
    ('... Lodi e Mantova, insieme al Comune di Pavia'); 'Brighton and Hove' stays whole."""
    if one_role := _role_of_places(item, is_place):  # 'die Syndics von Lausanne und Sion'
        return [(name, False) for name in one_role]
    if _group_tail(item):  # 'die Stadtgemeinde Lienz (Tirol) auf österreichischer Seite'
        placed = where_as_bracket(item, is_place)  # 'Sion (Valais) en Suisse': its country
        item = placed if placed != item else item[: item.rindex(")") + 1]
    if len(groups := _bracket_groups(item)) > 1:  # 'Sokodé (Togo) et Parakou (Bénin)'
        return [name for group in groups for name in _split_shared(group, is_place)]
    names = _split_shared(item, is_place)
    if len(names) == 1 and _long(item) and (grouped := _group_places(item, is_place)):
        return [(p, False) for p in grouped]  # before its tail alone
    led = _led_in(item, names) or (len(names) == 1 and _long(item))
    if led and not _reads_a_place(names[0][0], is_place):
        if (where := _where_in_bracket(item)) != item:
            return [(where, False)]  # 'the Shire of X in Australia': X, in its country
        if tail := _tail_place(item, is_place):
            return tail  # a lead-in to the list's next run: 'en door de centrumsteden
            # Gent'; a signer's long item among others: 'Kai Berg, Senator für Inneres der
            # Stadt Bremen'
    if len(names) > 1 or "(" in item or _CONJUNCTION.search(item) is None:
        return names
    parts = _and_parts_of(item)
    if len(parts) < 2 or is_place(strip_form(item)):
        return names
    if one_body_of_places(parts):
        return [(parts[0], False)]  # 'Brighton & Hove City Council': Brighton's and Hove's
    parts = [*parts[:-1], _without_plural_form(parts[-1])]
    known = [_place_in_list(p, is_place) for p in parts]
    if any(known) and all(k or bool(body_kind(p)) for p, k in zip(parts, known, strict=True)):
        return [(p, False) for p in parts]  # 'Borås stad och Region Dalarna': a body too
    if all(_place_in_case(p, is_place) for p in parts):  # 'Splita i Zadra' inside a list
        return [(p, False) for p in parts]
    return names


def _place_in_case(name: str, is_place: PlaceNames) -> bool:
    """Whether a piece of a list's item is one capitalised word that names a known place in
    a case form (`nominative`: 'Zadra' Zadar, 'Ваљева' Ваљево), as a list's names after a
    role that takes the genitive are."""
    return " " not in name and name[:1].isupper() and nominative(name, is_place) is not None


# The plural of a Nordic body's form (`NORDIC_FORMS`), after the last of the names an 'and'
# joins, which it is the form of each of: 'Tønder og Haderslev Kommuner', 'Umeå och Luleå
# städer', 'Oulun ja Kemin kaupungit'.
_NORDIC_PLURAL_FORMS = frozenset({"kommuner", "städer", "kaupungit", "kunnat", "kommunur"})


def _without_plural_form(name: str) -> str:
    """A name without the plural form after it (`_NORDIC_PLURAL_FORMS`: 'Haderslev
    Kommuner' -> 'Haderslev'); the name as it is where none follows it."""
    head, _, form = name.rpartition(" ")
    return head if head and form.casefold() in _NORDIC_PLURAL_FORMS else name


def _list_after_colon(item: str) -> bool:
    """Whether a long item ends its sentence and the next announces more of the list after
    a colon, its first name short (`_labelled_parts`: '... 48 leden. In Vlaanderen groeit
    het netwerk: Mechelen'): the list goes on with the items after it."""
    if ": " not in item:
        return False
    parts = _labelled_parts(item)
    return len(parts) > 1 and not _long(parts[-1])


def _inner_places(item: str, is_place: PlaceNames, in_case: bool = False) -> list[Name]:
    """A list's item inside it (`_split_places`); one that ends the sentence of a first
    list, whose next sentence goes on with more after a colon (`_labelled_parts`: '...,
    Almere en Heerlen telt het netwerk nu 48 leden. In Vlaanderen: Gent, ...'), read as
    that list's last item (`_last_items`) where it is no place as a whole, as is one whose
    'and' parts places before their predicate (`_long_or_predicate`). In a list in the
    genitive, two places in their case form a short word parts ('Pardubic a Zlína', which
    ends a first run: `_parted_by_a_short_word`) are two."""
    names = _split_places(item, is_place)
    if in_case and len(names) == 1 and not _long(item):
        parted = _parted_by_a_short_word(item, is_place, in_case)
        if parted is not None:
            return [(parted[0], False), (_head_place(parted[1], is_place), False)]
    if len(names) == 1 and not _long(item) and not is_place(names[0][0]):
        parted = _two_places(item, is_place)
        if parted is not None:
            return [(parted[0], False), (_head_place(parted[1], is_place), False)]
    if len(names) != 1 or not _long_or_predicate(item) or _CONJUNCTION.search(f" {item} ") is None:
        return names
    if _reads_a_place(names[0][0], is_place):
        return names
    last = _last_items(item, is_place)
    known = all(_reads_a_place(n, is_place) or _place_in_list(n, is_place) for n, _ in last)
    cased = all(_place_in_case(n, is_place) for n, _ in last)  # 'Gasteizko eta Iruñeko
    return last if len(last) > 1 and (known or cased) else names  # alkateek sinatu zuten'


def _long_or_predicate(item: str) -> bool:
    """Whether an item is longer than a name (`_long`) or ends in a predicate after its
    names, however few its words: MIN_PREDICATE_WORDS words in lower case or more ('Delft
    en Gouda sluiten zich aan', 'Lille et Metz ont adhéré'); a place's name ends in a
    capitalised word, and one word in lower case may be a role's ('... ir Panevėžio merai')."""
    words = item.rstrip(" .").split()[-MIN_PREDICATE_WORDS:]
    return _long(item) or (len(words) == MIN_PREDICATE_WORDS and all(w.islower() for w in words))


MIN_PREDICATE_WORDS = 2


def _and_parts_of(item: str) -> list[str]:
    """The pieces an 'and' parts an item into, without the lead-in in lower case before
    its first name or a preposition before each: 'di Napoli e di Pisa', 'par Genève et
    Lausanne', 'by the Dutch cities of Utrecht and Delft' -> two pieces."""
    return [
        _PREPOSITION.sub("", p.strip())
        for p in _split_conjunctions(f" {_without_lead_in(item.strip())} ")
        if p.strip()
    ]


def _place_in_list(name: str, is_place: PlaceNames) -> bool:
    """Whether a piece of a list's item is a name that is a known place after its form is
    taken off ('Comune di Lodi'), or one before its Nordic form (`place_before_form`:
    'Leiden kommun')."""
    return (_name_like(name) and is_place(strip_form(name))) or bool(
        place_before_form(name, is_place)
    )


def _reads_a_place(name: str, is_place: PlaceNames) -> bool:
    """Whether a name is a known place as an entry reads it: after its form ('Grad Split'),
    or after a body's form with a person after it ('pour la Ville de Reims, l'Adjointe
    Claire Vienne': Reims); or a role names its place, known or not ('la Sindaca di Lucca,
    Giulia Siena', 'il Presidente dell'Unione Terre di Castelli, Davide Ricci Bitti')."""
    if is_place(strip_form(name)) or _role_in(name) is not None:
        return True
    entry = read_entry(name, 0)
    return entry is not None and entry.city != name and is_place(entry.city)


def _led_in(item: str, names: list[Name]) -> bool:
    """Whether an item inside a list is one name after words of a sentence, with no 'and'
    or bracket of a list's item of its own: 'en door de Vlaamse centrumsteden Antwerpen'.
    The item's tests without a search first: a bracket or several names need none."""
    if len(names) != 1 or "(" in item:
        return False
    text = _LEADING_CONJUNCTION.sub("", item.strip())
    first = text.split()[:1]
    return (
        bool(first)
        and len(first[0]) > 1
        and first[0].isalpha()
        and first[0].islower()
        and _CONJUNCTION.search(f" {text} ") is None
    )


# One short word in lower case between two places of a list's piece: an 'and' of a
# language we lack ('Třebíč a Písek', 'Tiranë dhe Durrës', 'Rīga un Jelgava').
_SHORT_AND = re.compile(r"\s+[^\W\d_A-Z]{1,3}\s+")
_AND_WORD = re.compile(f"{_SHORT_AND.pattern}|(?i:{_CONJUNCTION.pattern})")


def _and_between(between: str) -> bool:
    """Whether the text between two places is an 'and' (`_SHORT_AND`, no particle of a
    name), alone or before the second's role ('Osijeka te gradonačelnica Zadra', 'Koper in
    županja Mestne občine Ptuj') or words in lower case."""
    short = _SHORT_AND.match(between)
    if short is None or not _is_and(short.group()):
        return False
    rest = between[short.end() :]
    if not rest or (rest.islower() and rest.endswith(" ")):
        return True
    role = role_before(rest)
    return role is not None and role.start() == 0


def _is_and(word: str) -> bool:
    """A short word in lower case (`_SHORT_AND`) that is no particle of a name ('de')."""
    return word.strip() not in PARTICLES


def _and_parts(text: str, is_place: PlaceNames) -> list[str]:
    """A list's last item parted where an 'and' of a language the reader lacks (`_is_and`)
    stands between a place and the next signer's role before its own, each read in its
    case form where a role names it in the genitive: 'primátor mesta Senca a primátorka
    mesta Žiliny' -> two parts, 'Osijeka te gradonačelnica Zadra' -> two; [text] where
    none does. Two places alone are `_parted_by_a_short_word`'s."""
    if added := _added_as_well_as(text, is_place):
        return added  # 'Görlitz sowie Zgorzelec', 'Hull as well as Derby'
    for short in _AND_WORD.finditer(text):
        before, after = text[: short.start()], text[short.end() :]
        known = _CONJUNCTION.fullmatch(short.group()) is not None  # 'sowie', 'ainsi que'
        if not (known or _is_and(short.group())):
            continue
        body = _led_by_body(after) if known and not _led_by_role(after) else ""
        if body and (led := _body_before(before, is_place)):  # 'e l'Unione Reno Galliera'
            return [led, *_and_parts(body, is_place)]
        also = _after_also(after)  # 'und außerdem die Stadt Graz', 'a dále město Šumperk'
        if also and _names_place(before, is_place) and _names_place(also, is_place):
            return [_holder_dropped(before, is_place), *_and_parts(also, is_place)]
        if _long(before):
            continue
        if known and _declined_pair(after, is_place):  # 'sowie als Gäste ... Triers und Bonns'
            return [_holder_dropped(before, is_place), after]
        if known and _titled_after(before, after, is_place):  # 'Valga linnapead ning Jõhvi'
            return [before, *_and_parts(after, is_place)]
        if _led_by_genitive_body(after) and _names_place(before, is_place):
            return [before, after]  # 'Kolína a hejtman Zlínského kraje': the region's head
        if _led_by_role(after):  # the next signer's role after the 'and'
            rest = _and_parts(after, is_place)
            before = _holder_dropped(before, is_place)  # 'starosta Písku Martin Hrubý'
            if _body_before(before, is_place) and _names_place(rest[0], is_place):
                return [before, *rest]  # 'Region Dalarna samt ordföranden i Umeå kommun'
    return [_holder_dropped(text, is_place)]


def _added_as_well_as(text: str, is_place: PlaceNames) -> list[str]:
    """A list's last item parted where a word for 'as well as, together with'
    (`_AS_WELL_AS`, no plain 'and', which a name may hold: 'Brighton and Hove') stands
    between two parts that each name a known place, after the list's 'and': 'Lübeck sowie
    Kiel', 'Görlitz gemeinsam mit ihrer Nachbarstadt Zgorzelec', 'Hull as well as Derby'
    -> the parts, the second parted again; [] where none does, or the first ends in a word
    in lower case (a noun its names share: 'Porin ja Lahden kaupungit sekä Kuopion
    kaupunki') or the second names a role or a plural of bodies (the next signers',
    `_role_parts`: 'sowie die Landräte der Landkreise Passau und Bamberg')."""
    for word in _AS_WELL_AS_BETWEEN.finditer(text):
        before, after = text[: word.start()].strip(), text[word.end() :]
        if (
            not _long(before)
            and before.rpartition(" ")[2][:1].isupper()  # not 'Lahden kaupungit': a shared noun
            and _role_in(after) is None  # 'sowie die Landräte der Landkreise Passau und ...'
            and not has_plural_body(after)
            and _names_place(before, is_place)
            and _names_place(after, is_place)
        ):
            return [before, *_and_parts(after, is_place)]
    return []


_AS_WELL_AS_BETWEEN = re.compile(rf"\s(?:{_AS_WELL_AS})\s", re.IGNORECASE)


def _led_by_genitive_body(text: str) -> bool:
    """Whether a text is a region's or county's body in the genitive after its head's
    title, one word ('hejtmanka Zlínského kraje', 'predseda Nitrianskeho kraja'), as the
    whole text (`body_in_genitive`)."""
    body = body_in_genitive(text)
    return (
        body is not None and len(text[: body[1]].split()) == 1 and not text[body[2] :].strip(" .,;")
    )


def _titled_after(before: str, after: str, is_place: PlaceNames) -> bool:
    """Whether an 'and' parts two signers each named by their place before their title in
    lower case, as languages that put the genitive first write them ('Valga linnapead ning
    Jõhvi vallavanem', 'Szeged polgármesterei valamint Tata jegyzője'): the part before it
    ends in a word in lower case after its place, and the part after starts with a
    capitalised place that no body's form follows (not 'Lahden kaupungit sekä Kuopion
    kaupunki': bodies, `_formed_head`)."""
    words = before.split()
    return (
        len(words) > 1
        and words[-1].islower()
        and after[:1].isupper()
        and _names_place(before, is_place)
        and _names_place(after, is_place)
        and not _formed_head(after.split(), is_place)
    )


# A word for 'also, further, moreover' after a list's 'and', before its last member, as a
# sentence writes it (in lower case): 'und außerdem die Stadt Graz', 'e inoltre il comune di
# Pavia', 'a dále město Šumperk', 'and also the City of Lund', 'y además Soria'.
_ALSO = re.compile(
    r"(?:also|further(?:more)?|moreover|additionally|auch|au(?:ß|ss)erdem|ferner|zudem|"
    r"weiters|weiterhin|aussi|également|en outre|encore|también|además|asimismo|também|"
    r"ainda|além disso|anche|inoltre|altresì|ook|eveneens|bovendien|daarnaast|także|"
    r"również|też|ponadto|dále|také|rovněž|též|tiež|taktiež|ďalej|továbbá|szintén|også|"
    r"dessutom|även|likaså|lisäksi|myös|de asemenea|totodată|također|tudi|prav tako|"
    r"taip pat|arī|samuti)\s+"
)


def _after_also(text: str) -> str:
    """What follows a word for 'also' (`_ALSO`) that starts a text after a list's 'and': a
    member named by its form after an article at most ('die Stadt Graz', 'město Šumperk'),
    or a capitalised name; '' where the text starts with no such word or no such member."""
    also = _ALSO.match(text.lstrip())
    if also is None:
        return ""
    rest = text.lstrip()[also.end() :]
    if led := _led_by_body(rest):
        return led
    if named := _formed_after_article(rest):  # a form in lower case: 'il comune di Pavia'
        return named
    return rest if rest[:1].isupper() or _FORM.match(rest) else ""


def _formed_after_article(text: str) -> str:
    """What follows a text's first word where that is an article and a body's form follows
    it ('La commune de Reims', 'De gemeente Gouda', 'il comune di Pavia'): the body named by
    its form; '' otherwise."""
    article, _, named = text.partition(" ")
    return named if _ARTICLE.fullmatch(article.lower()) and _FORM.match(named) else ""


_ELIDED = re.compile(r"^[dl]['’](?=[^\W\d_])", re.IGNORECASE)  # "d'Italie", "l'Espagne"
MAX_LEAD_WORDS = 3  # 'aus der', 'from the', 'de la': the words before a country's name


def _body_before(before: str, is_place: PlaceNames) -> str:
    """What before an 'and' that leads to a body is the list's member: a body from its form
    on (`_led_by_body`), or a short part that names a place; '' where it is neither."""
    if led := _led_by_body(before):
        return led
    return before if not _long(before) and _names_place(before, is_place) else ""


def _led_by_body(text: str) -> str:
    """The text from a body's form on, where it starts with one after an article or a
    country's group ('l'Unione Reno Galliera', 'die Gemeinde Davos', 'aus der Schweiz die
    Stadt Chur', 'from Spain the City of Bilbao'): a further member of a sentence's list,
    named by its form as its others are; '' where it starts with none."""
    words = _ELIDED_ARTICLE.sub("", text.strip()).split()
    lead = next((k for k, w in enumerate(words[: MAX_LEAD_WORDS + 1]) if not w.islower()), 0)
    country = next(
        (k for k in (lead + 1, lead + 2) if find_country(_ELIDED.sub("", " ".join(words[lead:k])))),
        lead,
    )  # 'aus der Schweiz', 'de los Países Bajos', "d'Italie"
    if country > lead:  # 'aus der Schweiz': the group's country, then the member
        words = words[country:]
        lead = next((k for k, w in enumerate(words[:MAX_LEAD_WORDS]) if not w.islower()), 0)
    if lead > 1 or (lead and not _ARTICLE.fullmatch(words[0])):
        return ""
    rest = " ".join(words[lead:])
    return rest if _FORM.match(rest) or body_kind(" ".join(words[lead : lead + 4])) else ""


def _led_by_role(text: str) -> bool:
    """Whether a text starts with a role, after an article at most ('la maire de Reims',
    'die Oberbürgermeisterin von Passau')."""
    role = _role_in(text)
    if role is None:
        return False
    before = text[: role.start()].split()
    return len(before) <= MAX_ROLE_LEAD and all(map(_role_lead_word, before))


MAX_ROLE_LEAD = 2  # 'av kommunstyrelsens ordförande i Lund': a preposition and a genitive


def _role_lead_word(word: str) -> bool:
    """Whether a word before a role may lead to it: an article or preposition, or a body's
    noun in the genitive in -s, whose chair the role is ('kommunstyrelsens ordförande',
    'regionstyrelsens ordförande')."""
    return _ARTICLE.fullmatch(word) is not None or (word.islower() and word.endswith("s"))


# An article, a noun or two (a role in the plural the reader has no word for) and 'of':
# 'die Syndics von ', 'les édiles de ', 'the city leaders of '.
_ARTICLES_OF = re.compile(
    r"[^\W\d_A-Z]{1,3}\s+(?:[^\W\d_]+\s+){1,2}?(?:of|de|di|von|van|du|des|da|do|del|della)\s+"
    r"(?=[^\W\d_a-z])"
)


def _role_of_places(text: str, is_place: PlaceNames) -> list[str]:
    """The known places a role of several, an 'and' or commas parting them, names: 'die
    Syndics von Lausanne und Sion' -> ['Lausanne', 'Sion'];
    [] where the text is led by no role, or a piece is no place as written ('the Lord
    Mayor of Brighton and Hove' where that is one place; a genitive's case forms)."""
    text = _LEADING_CONJUNCTION.sub("", text.strip())
    role = _role_in(text) if _led_by_role(text) else _ARTICLES_OF.match(text)
    if role is None:
        return []
    rest = text[role.end() :].rstrip(" .")
    if is_place(strip_form(rest)) or _CONJUNCTION.search(f" {rest} ") is None:
        return []
    pieces = [
        _PREPOSITION.sub("", piece.strip())
        for part in _split_conjunctions(f" {rest} ")
        for piece in part.split(",")
        if piece.strip()
    ]
    if len(pieces) < 2 or not all(is_place(strip_form(piece)) for piece in pieces):
        return []
    return pieces


def _names_place(text: str, is_place: PlaceNames) -> bool:
    """Whether a part of an item starts with an entry of a known place, or of one a role
    names in the genitive ('primátorka mesta Žiliny', 'the Lord Mayor of Bradford signed')."""
    head = _head_place(text, is_place)
    entry = read_entry(head, 0)
    if entry is None:
        return False
    return _confirmed(nominative_entry(entry, is_place), is_place) or bool(
        place_before_form(head, is_place)
    )  # 'ordföranden i Umeå kommun': the place before its Nordic form


# Where a list's last item ends its sentence: a stop after a word of three letters or more,
# or after its bracket, and before a capital ('... e Mantova. La firma si è svolta a
# Milano', '... e Roberta Greco (Catania). Ha aderito'), not an abbreviation ('St. Gallen',
# 'Washington, D.C.').
_ITEM_SENTENCE_END = re.compile(r"(?:(?<=\w{3})|(?<=\w\)))[.!?]\s+(?=[^\W\d_])")


# A relative clause after a comma, which says what the name before it is, not another name:
# ', que agrupa a once municipios', ', which brings together 12 towns', ', qui regroupe',
# ', che riunisce', ', die zwölf Gemeinden umfasst', ', która skupia' (a relative pronoun in
# lower case, then a word).
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:que|qui|quienes|which|who|whose|che|dont|cuy[oa]s?|welche[rs]?|die|der|das|"
    r"o qual|a qual|os quais|dat|który|która|które|kteří|která|který)\s+(?=\w)"
)


def _last_items(
    item: str,
    is_place: PlaceNames,
    lead: str = "",
    plain: Callable[[], bool] = lambda: False,
    in_case: bool = False,
) -> list[Name]:
    """The list's last item: 'Utrecht and Zagreb. The mayors met ...' -> [Utrecht, Zagreb];
    `lead` the words the list's other items start with, which this one's last name keeps
    ('Thành phố Cần Thơ đã ký' -> 'Thành phố Cần Thơ', where 'phố' is no name's end). Its
    sentence ends the list: a word of the next is no conjunction of it ('si' in 'La firma
    si è svolta'). Where it names a person and a role, as the other items of a list parted
    by semicolons do ('Pedro Sanz, Mayor of Valladolid'), it is read as they are. In a
    `plain` list (asked only here), whose items inside are each a place as written, a short
    word may be the 'and' of a language `_CONJUNCTION` does not know
    (`_parted_by_a_short_word`), as in a list `in_case`, whose first item's role names its
    places in the genitive ('starostové měst Tábora, Písku a Kolína': Czech's 'and' is 'a',
    which Italian's 'to' is too); after the list's 'and', another may lead to a signer's
    role and its place (`_and_parts`). Groups of names each with its bracket ('Lyon and
    Metz (France) as well as Gent (Belgium) signed') are each read as a list's item, the
    last as its last item."""
    end = _ITEM_SENTENCE_END.search(item)
    item = item[: end.start()] if end else item
    item = _RELATIVE_CLAUSE.split(item, maxsplit=1)[0]  # ', que agrupa a once municipios'
    if ")" in item and not item.rstrip(" .").endswith(")"):
        item = where_as_bracket(item, is_place)  # 'Genk (Limburg) in België': its country
    if "," in item and _role_in(item) is not None:  # a list parted by semicolons
        return _split_shared(item, is_place)
    if item.count(")") > 1 and len(groups := _bracket_groups(item[: item.rindex(")") + 1])) > 1:
        last = _last_items(f"{groups[-1]}{item[item.rindex(')') + 1 :]}", is_place, lead, plain)
        return [*(n for group in groups[:-1] for n in _split_shared(group, is_place)), *last]
    item, parted = _last_parts(item)
    if parted is not None:
        parted = _one_body_first(parted)
    if parted is None and (in_case or plain()):
        parted = _parted_by_a_short_word(item, is_place, in_case)
    before, after = parted if parted is not None else ("", item)
    before, after = (_genitive_holder_dropped(part, is_place) for part in (before, after))
    parts = [
        n
        for p in _and_parts(after, is_place)
        for n in _role_of_places(p, is_place) or _declined_pair(p, is_place) or [p]
    ]
    before = _holder_dropped(before, is_place) if before else before
    led = [(_led_place(part, is_place, lead), False) for part in parts]
    later = [(name, False) for name in _group_before_its_body_word(parts[-1], is_place)]
    return [*(_before_and(before, is_place, lead) if before else []), *led, *later]


MAX_GROUP_NAME_WORDS = 2  # a place's name in a later group: 'ఖమ్మం', 'Bahir Dar'
MIN_GROUPED_WORDS = 6  # a place, its body's word, a place, 'and', a place, the word again


def _group_before_its_body_word(part: str, is_place: PlaceNames) -> list[str]:
    """The places of a later group in a list's last part in a script without capitals,
    joined by 'and' and followed by the same body's word as the part's first place (the
    word learnt from the list itself, no commas between: Telugu 'తిరుపతి నగరపాలక
    సంస్థలతో పాటు తెలంగాణ నుంచి వరంగల్ మరియు ఖమ్మం నగరపాలక సంస్థల' -> 'వరంగల్',
    'ఖమ్మం', the municipal corporations' word after both groups): the last words of the
    piece before its first 'and' that are a place, and the pieces after it, each a place;
    [] where the part has no such group."""
    words = part.rstrip(" .").split()
    if len(words) < MIN_GROUPED_WORDS:
        return []
    first = next((n for n in (2, 1) if is_place(" ".join(words[:n]))), 0)
    if not first or first + 3 > len(words):
        return []
    body = words[first]
    if cased(body[:1]) or is_place(body) or body not in words[first + 1 :]:
        return []
    between = " ".join(words[first + 1 : words.index(body, first + 1)])
    pieces = [piece.split() for piece in _split_conjunctions(f" {between} ")]
    if len(pieces) < 2 or not all(is_place(" ".join(p)) for p in pieces[1:]):
        return []
    head = next(
        (n for n in range(MAX_GROUP_NAME_WORDS, 0, -1) if is_place(" ".join(pieces[0][-n:]))), 0
    )
    return [" ".join(pieces[0][-head:]), *(" ".join(p) for p in pieces[1:])] if head else []


def _declined_pair(text: str, is_place: PlaceNames) -> list[str]:
    """The two places a long lead-in ends in, an 'and' joining them, each one word in the
    same case form, its last letter alike, that no place is as written ('als Gäste die
    Bürgermeister Triers und Bonns'): their places in their nominative; [] where the text
    ends in no such pair."""
    parts = _split_conjunctions(f" {text.strip().rstrip(' .')} ")
    if len(parts) != 2 or not _long(parts[0]) or len(parts[1].split()) != 1:
        return []
    return _in_one_case([parts[0].split()[-1], parts[1].strip()], is_place)


def _in_one_case(words: list[str], is_place: PlaceNames) -> list[str]:
    """The places two or more capitalised words name in the one case form they share, their
    last letter alike and none a place as written ('Triers', 'Bonns'; 'Vaasan',
    'Hämeenlinnan'): each in its nominative; [] where any is not so."""
    if len(words) < 2 or len({word[-1:] for word in words}) > 1:
        return []
    if any(" " in word or not word[:1].isupper() or is_place(word) for word in words):
        return []
    places = [nominative(word, is_place) for word in words]
    return [place for place in places if place is not None] if all(places) else []


def _one_body_first(parted: tuple[str, str]) -> tuple[str, str]:
    """A last item's parts at its first 'and', where the names on both sides of it are one
    body's (`one_body_of_places`: 'Windsor & Maidenhead Borough Council e Plymouth City
    Council'): the body's first place, then what follows the next 'and' (or the first place
    alone after none)."""
    before, after = parted
    rest = _split_conjunctions(f" {after} ", maxsplit=1)
    if not one_body_of_places([before, rest[0].strip()]):
        return parted
    return (before, rest[1].strip()) if len(rest) > 1 else ("", before)


def _before_and(before: str, is_place: PlaceNames, lead: str) -> list[Name]:
    """The names of a list's last item before its 'and' (`_split_shared`); where that reads
    the words of a lead-in with no role the reader knows as the name ('the mayors of
    Zwolle', 'les bourgmestres de Liège' after 'as well as'), the place after them
    (`_head_place`)."""
    names = _split_shared(before, is_place)
    if len(names) == 1 and names[0][0][:1].islower() and _role_in(names[0][0]) is None:
        return [(_led_place(before, is_place, lead), False)]
    return names


# A short word in lower case between two names: a language's 'and' that `_CONJUNCTION` may
# not know ('Žilina a Trnava', 'Koper in Velenje', 'Jēkabpils un Ogre').
_SHORT_WORD = re.compile(r"\s([^\W\d_]{1,3})\s(?=[^\W\d_])")


def _parted_by_a_short_word(
    item: str, is_place: PlaceNames, in_case: bool = False
) -> tuple[str, str] | None:
    """A list's last item parted into its last two places at a short word in lower case,
    where each side names a place and the whole names none ('Frankfurt am Main' stays);
    `in_case`, each side may name it in its case form ('Pardubic a Zlína'), or after the
    'and' a region's head's title may name its body in the genitive ('Kolína a hejtman
    Zlínského kraje')."""
    if is_place(strip_form(item)):
        return None
    for match in _SHORT_WORD.finditer(item):
        before, after = item[: match.start()].strip(), item[match.end() :].strip()
        if not (match.group(1).islower() and after[:1].isupper()) or before.islower():
            continue
        head = _head_place(after, is_place)
        if _formed_place(_mutation_lead_in(before, head, is_place), is_place) and _formed_place(
            head, is_place
        ):
            return before, after
        if in_case and _cased_place(before, is_place) and _cased_place(after, is_place):
            return before, after
    return None


def _mutation_lead_in(before: str, after: str, is_place: PlaceNames) -> str:
    """The text before a short word without its lead-in in lower case ('ynghyd â chynghorau
    dinas Bangor' -> 'Bangor') where the place after the word is mutated (`unmutated_place`:
    'a Thyddewi', Welsh 'and' before Tyddewi), which makes the word an 'and' between two
    places; the text as it is otherwise."""
    return _without_lead_in(before) if unmutated_place(after, is_place) else before


def _two_places(item: str, is_place: PlaceNames) -> tuple[str, str] | None:
    """An item inside a list that is a place, a short word and a place mutated after it
    (`unmutated_place`: Welsh 'Conwy a Phorthcawl', 'and' mutates Porthcawl): the word is
    the 'and' of two places; None where the item is not so."""
    if _CONJUNCTION.search(f" {item} ") is not None:
        return None
    parted = _parted_by_a_short_word(item, is_place)
    if parted is None or unmutated_place(parted[1], is_place) is None:
        return None
    return parted


def _cased_place(text: str, is_place: PlaceNames) -> bool:
    """Whether a part of a list in the genitive names a place: a place's name in its case
    form ('Písku' Písek), or a region's body in the genitive after its head's title
    ('hejtmanka Zlínského kraje', `body_in_genitive`), first in its part."""
    head = _head_place(text, is_place)
    if head[:1].isupper() and nominative(strip_form(head), is_place) is not None:
        return True
    body = body_in_genitive(text)
    return body is not None and len(text[: body[1]].split()) <= 1


def _led_place(text: str, is_place: PlaceNames, lead: str) -> str:
    if oblast_named(named := text.rstrip(" .")):  # 'голова Волинської обласної ради'
        return named  # the oblast's council, as its head's title names it
    if _led_by_genitive_body(named):  # 'hejtmanka Zlínského kraje': the region, as its
        return named  # head's title names it
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
    ...'); '' if none. Where the first two items start apart (most lists), there is none,
    and no item is parted into words."""
    if len(items) < MIN_LED:
        return ""
    first, second = (item.split(maxsplit=1)[:1] for item in items[:2])
    if not first or first != second:
        return ""  # as the words' loop below finds at its first step
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
    role = _role_in(item) if _led_by_role(item) else None
    lead = item[: role.end()] if role is not None else ""  # 'ordförande i ': no 'and' ('i')
    parts = _split_conjunctions(f" {item[len(lead) :]} ", maxsplit=1)
    parts[0] = f"{lead}{parts[0].strip()}"
    if len(parts) == 1:  # Hebrew glues 'and' to the word after it: 'אשדוד ורמת גן'
        parts = _GLUED_AND.split(f" {item} ", maxsplit=1)
    if len(parts) == 1 or ("(" in parts[0] and ")" not in parts[0]):  # 'X (Bosnia and ...)'
        return item, None
    before, after = (p.strip() for p in parts)
    return item, (before, _LEADING_CONJUNCTION.sub("", after))


def _without_elided_article(word: str) -> str:
    """A capitalised word without the article in lower case elided onto it, the lead-in's
    last ("all'Unione", "dell'Unione": 'Unione'); as it is otherwise ("D'Angelo")."""
    return _ELIDED_BEFORE.sub("", word) if word[:1].islower() else word


def _body_without_predicate(words: list[str]) -> str:
    """A body's name at a list's end without the words in lower case after its last
    capitalised one, its sentence's predicate ('der Landkreis Ebersberg neu dabei', 'the
    County of Kent signed too', 'la Métropole de Lyon a signé'): a body's name ends in a
    name ('Communauté urbaine de Lille'), as long as what is left still names the body."""
    last = max((k for k, word in enumerate(words) if not word.islower()), default=-1)
    kept = " ".join(words[: last + 1])
    return kept if last > 0 and body_kind(kept) else " ".join(words)


def _before_comma(words: list[str]) -> str:
    """A head's words up to the first that a comma ends, without the comma ('Marin County,
    California' -> 'Marin County'); '' where no word has one."""
    end = next((k for k, word in enumerate(words) if word.endswith(",")), None)
    return "" if end is None else " ".join(words[: end + 1]).rstrip(",")


def _head_place(text: str, is_place: PlaceNames) -> str:
    """The place a list's last item starts with: 'Zagreb, on 4 March.' -> 'Zagreb'; its
    text where it starts with a role ('the Lord Mayor of Copenhagen') or names a body
    ('Communauté urbaine de Lille'), which `read_entry` reads."""
    bracketed, head = _head_words(text)
    if bracketed:
        return bracketed
    words = list(head)
    if words and _UNSPACED_START.match(words[0]):  # '熊本市の4市です': the place, then words
        unspaced = words[0]
        return next(
            (unspaced[:k] for k in range(min(len(unspaced), MAX_UNSPACED_NAME), 1, -1)
             if is_place(unspaced[:k])),
            unspaced,
        )  # fmt: skip
    if words and (place := particled_place(words[0], is_place)):
        return place  # '남원시는 10일 ...': the place, its particle, then the sentence
    lower = next((k for k, w in enumerate(words) if not w.islower()), 0)
    role = _role_in(" ".join(words))
    genitive = role is not None and role.start() == 0 and names_in_genitive(role)
    led_in = 0 < lower < len(words) and not genitive
    # the name before its other language's after a slash: 'Biel/Bienne' ('Bienne' is one)
    if led_in and not is_place(strip_form(" ".join(words)).partition("/")[0]):
        words = words[lower:]  # a lead-in: 'insieme al Comune di Pavia', 'as well as Turin'
        words[0] = _without_elided_article(words[0])  # "insieme all'Unione dei Comuni di X"
        role = _role_in(" ".join(words))  # not a role's: 'starosta Písku', read in its case
    if body_kind(" ".join(words)) or governed_body(" ".join(words)):
        return _body_without_predicate(words)  # 'Communauté urbaine de Lille'
    if body_kind(named := _before_comma(words)):
        return named  # 'King County, Washington': the body, its region after the comma
    if body_kind(named := _capitalised_head(words)):
        return named  # 'Naxçıvan Muxtar Respublikası qoşulub': the body, its verb after it
    if led_in and _given_and_family_name(words, is_place):
        return " ".join(words)  # 'su proposta del consigliere Marco Siena': a person, no place
    if role is not None and role.start() == 0:  # 'Lord Mayor of Copenhagen signed it'
        rest = " ".join(words)[role.end() :]
        place = _head_place(rest, is_place) if rest[:1].isupper() else ""
        return role.group() + place if place and is_place(strip_form(place)) else " ".join(words)

    if formed := _formed_head(words, is_place):
        return formed  # 'Porin kaupunki', 'Vasa stad'
    for size in range(_most_place_words(words, is_place), 0, -1):
        candidate = " ".join(words[:size]).rstrip(",;:")
        if not candidate.islower() and is_place(strip_form(candidate)):
            return candidate  # a word in lower case is none: 'the', 'as'; 'eThekwini' is
    size = 0
    while size < min(MAX_NAME_WORDS, len(words)) and (
        words[size][:1].isupper() or (size and words[size] in PARTICLES)
    ):
        size += 1
    led = lower or any(_ARTICLE.fullmatch(w) for w in text.split()[:1])  # 'de Vestingstad X'
    if led and size > 1:  # after a lead-in, a town's title: 'die Große Kreisstadt Pirna'
        ended = " ".join(words[:size]).rstrip(",;:.")
        return next((run for run, name in _tail_names(ended) if is_place(name)), ended)
    return " ".join(words[:size]) if size else " ".join(words)


def _capitalised_head(words: list[str]) -> str:
    """The capitalised words a text starts with, two or more ('Naxçıvan Muxtar
    Respublikası' of '... qoşulub'); '' where fewer."""
    size = next((k for k, word in enumerate(words) if not word[:1].isupper()), len(words))
    return " ".join(words[:size]).rstrip(",;:.") if size > 1 else ""


MIN_PERSON_WORDS = 2  # a given name and a family name


def _given_and_family_name(words: list[str], is_place: PlaceNames) -> bool:
    """Whether the capitalised words after a lead-in in lower case, all that is left of the
    item, are a person's name: MIN_PERSON_WORDS to MAX_HOLDER_WORDS words of a name, the
    first a place alone and all of them none ('... su proposta del consigliere Marco Siena',
    'on a motion by Anna Berg'), whatever place the family name is elsewhere: a given name
    cut from its family name is no place."""
    return (
        MIN_PERSON_WORDS <= len(words) <= MAX_HOLDER_WORDS
        and all(map(_holder_word, words))
        and is_place(words[0])
        and not is_place(" ".join(words))
    )


# A word in lower case of three letters or fewer: an article before a name ('die', 'la',
# 'the', 'il', 'de'), where a word of a sentence or a role ('maire', 'cities') is longer.
_ARTICLE = re.compile(r"[^\W\d_A-Z]{1,3}")


def _titled_place(words: list[str], is_place: PlaceNames) -> str:
    """The place that the capitalised words after an item's articles start or end with:
    'die Universitätsstadt Weimar' -> 'Weimar', 'die Hansestadt Stralsund' -> 'Hansestadt
    Stralsund' (a form word the entry reads), 'the City of York' -> 'City of York'; ''
    where they name none."""
    lead = 0
    while lead < len(words) and _ARTICLE.fullmatch(words[lead]) and lead < MAX_NAME_WORDS:
        lead += 1
    size = 0
    while (
        lead + size < len(words)
        and size < MAX_NAME_WORDS
        and (words[lead + size][:1].isupper() or (size and words[lead + size] in PARTICLES))
    ):
        size += 1
    run = [w.rstrip(",;:.") for w in words[lead : lead + size]]
    if body_kind(" ".join(run)) or _role_in(" ".join(run)) or (run and is_title(run[0])):
        return ""  # 'la Métropole de Lyon', a body, or a title ('il Presidente dell'Unione
        # X'), which `read_entry` reads whole
    heads = (" ".join(run[:k]) for k in range(len(run), 0, -1))
    found = next((h for h in heads if is_place(strip_form(h))), "")
    return found or next((r for r, name in _tail_names(" ".join(run)) if is_place(name)), "")


# A word of a script written without spaces (Han, kana), whose names are runs of its
# first characters: a place's name is at most this long.
_UNSPACED_START = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
MAX_UNSPACED_NAME = 8


@lru_cache(maxsize=1 << 15)
def _head_words(text: str) -> tuple[str, tuple[str, ...]]:
    """A list's last item without its preposition: its head where it starts with a bracket
    ('Lyon (France) and ...'), else its words to the sentence's end; read once for both
    readings of a paragraph (the second asks the gazetteer too)."""
    text = _PREPOSITION.sub("", text.strip())
    close = text.find(")")
    if close != -1 and "(" in text[:close]:
        article, _, rest = text[: close + 1].partition(" ")
        if _ARTICLE.fullmatch(article) and rest[:1].islower():  # 'la commune de Sierre (VS)'
            return rest, ()  # its form's, which `read_entry` reads without the article
        return text[: close + 1], ()
    end = _name_sentence_end(text)
    return "", tuple((text[: end.start()] if end else text).split())


# A name's short word cut to a capital, a letter in lower case and a dot, before its next
# capitalised word: 'St. Gallen', 'Mt. Vernon', 'Ft. Worth': no sentence ends there.
_SHORT_WORD_DOT = re.compile(r"(?<![^\W\d_])[^\W\d_a-z][a-z]\. (?=[^\W\d_a-z])")


def _name_sentence_end(text: str) -> re.Match[str] | None:
    """The first sentence end in a text that starts with a name, past the dot of a short
    word of the name (`_SHORT_WORD_DOT`: 'St. Pölten. Als ...' ends after 'Pölten')."""
    ends = _SENTENCE_END.finditer(text)
    return next((m for m in ends if not _SHORT_WORD_DOT.match(text, max(m.start() - 2, 0))), None)


def _most_place_words(words: list[str], is_place: PlaceNames) -> int:
    """How many of the words, from the first, a place's name may run to (`PlaceNames.begins`
    of the shorter runs), at most MAX_NAME_WORDS; all of them where a form word, a bracket
    or a slash may have the name tried without them."""
    most = min(MAX_NAME_WORDS, len(words))
    text = " ".join(words[:most])
    if _FORM.match(text) or "(" in text or "/" in text:
        return most
    if words and region_adjective(words[0]) and _FORM.match(text[len(words[0]) + 1 :]):
        return most  # a region's adjective before the form: 'Südtiroler Gemeinde Mals'
    return next(
        (size for size in range(1, most) if not is_place.begins(" ".join(words[:size]))), most
    )

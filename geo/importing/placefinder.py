"""The place finder: a page's list found from its places, where no shape reads it.

Every run of one to four words of a short line is looked up among the gazetteer's names
(main and alternate, in every language GeoNames has; inflected, glued to a word, or in a
case form of its language: `find_places`), a line's fields are parted by its separators
(tabs, commas, dashes, brackets, colons, the digits of a table run together), and the list
is the block of lines whose places stand in the same field (`read_places`). Each entry is
read around its place: a country in another field of the line, or a country heading over
the block. The same finder reads a sentence that says who signed (`read_signed_sentence`)
and paragraphs that each lead with a place (`read_paragraph_places`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import groupby, islice, pairwise

from geo.countries import country_adjective, find_country, subdivision_countries
from geo.importing.entries import (
    _BULLET,
    _FORM,
    _FORM_NEXT,
    _PERSON,
    COMPASS_WORDS,
    GREATER_AFTER,
    INSTITUTION_WORDS,
    MAX_ENTRY_CHARS,
    MAX_NAME_WORDS,
    MAX_ROLE_CHARS,
    NORDIC_FORMS,
    PARTICLES,
    TITLES_AFTER_PLACE,
    MemberList,
    PlaceNames,
    RawEntry,
    _finish,
    _name_like,
    _role_in,
    after_article,
    after_cased_form,
    body_in_genitive,
    body_kind,
    body_place,
    head_title_alone,
    heading_country,
    hyphened_place,
    in_case_after_form,
    is_degree,
    is_title,
    is_world_region,
    levelled_town,
    named_by_form,
    names_holder_after,
    names_in_genitive,
    nordic_body,
    oblast_named,
    place_codes,
    role_before,
    signed_for,
    strip_form,
    without_acting_field,
    without_government,
)
from geo.importing.inflection import (
    MAX_DECLINED_WORDS,
    _case_form_place,
    declined_adjective,
    declined_hyphened,
    form_before,
    formed_place,
    framed_readings,
    glued_title,
    inflected_place,
    inner_form_start,
    nominative,
    titled_place,
    without_form_before,
)
from geo.importing.pagetext import (
    _LOCATIVES,
    _ONLY_LOCATIVES,
    _SIGNING,
    _WORD,
    REGION_LOCATIVES,
    _capitalised,
    _is_prose,
    _split_outside_brackets,
    ends_sentence,
    is_address,
    is_closing,
    is_furniture,
    is_letter_heading,
    is_menu,
    unknown_title,
    without_web_addresses,
)
from geo.importing.runningtext import (
    _CONJUNCTION,
    _LABEL_DASH,
    _SENTENCE_END,
    _SHORT_AND,
    LISTING_DOT,
    MAX_HOLDER_WORDS,
    MAX_LABEL_WORDS,
    PLURAL_TOWNS,
    _after_also,
    _and_between,
    _is_and,
    _paragraphs,
    _split_conjunctions,
    formed_items,
    role_holder,
    where_as_bracket,
)
from geo.text import cased, clean, fold, has_digit, is_latin

MAX_PLACE_WORDS = 4
MIN_FOUND = 3  # fewer places than this in a block are prose or furniture, not a list
MIN_IN_SENTENCE = 4  # in running text, fewer are examples ('cities such as A, B and C')
MIN_JOINED = 2  # the places a sentence right after a list says joined or signed it too
# The place finder stops (and reads no list from the block it is in) once it has asked the
# gazetteer this many questions on a page: the news of benchmarks/reading.py's 1 MB page ask
# 7,000 (their names repeat), with its 2,000-row table 13,000.
MAX_FINDER_LOOKUPS = 40_000
_FIELD_SEPARATOR = re.compile(r"\t|\s+[·|•–—-]\s+|[,;:()\[\]]|\d+|\s{3,}")
_ITEM_SEPARATOR = re.compile(r"\s+[·|•]\s+|;")
# The items of a line after its country and a colon: 'Francia: Nizza, Lione e Marsiglia'.
_WIDE_GAP = re.compile(r"[ \u00a0]{3,}")  # between the columns of a line aligned with spaces
_COMMA_ITEMS = re.compile(r"[,،]" + "|" + _CONJUNCTION.pattern, re.IGNORECASE)  # '،' Arabic's
_SUBJECT = re.compile(r" [^\W\d_]*[a-zß-ÿ]")  # a word in lower case right after
_BRACKETED = re.compile(r"\([^()]*\)")
# Words a place's name cannot run across: a tab parts a table's cells.
_WORD_GAP = re.compile(r"[^\w\s'’-]|\s{2,}|\t")
# The dot of a short word's abbreviation inside a name ('St.Gallen', 'Sta. Cruz', 'Ste.Foy'):
# after a capital and one or two letters in lower case, and before the name's next word.
_ABBREVIATION_DOT = re.compile(
    r"(?:(?<=\b[^\W\d_a-z])|(?<=\b[^\W\d_a-z][a-z])|(?<=\b[^\W\d_a-z][a-z]{2}))\.(?= ?[^\W\d_])"
)


@dataclass(frozen=True)
class Found:
    """A place found in a line: its name, where it stands, and whether it was inflected."""

    name: str  # the gazetteer's form: 'Kraków' for 'Krakowa'
    start: int
    end: int
    inflected: bool = False


def common_words(lines: Iterable[str]) -> frozenset[str]:
    """The words a page writes in lower case somewhere: 'die', 'mehr', 'red' are words of
    its language there, not places, even where a line starts with them. A name that starts
    with a prefix in lower case ('eThekwini') is none of them."""
    return _common_words(tuple(lines))


@lru_cache(maxsize=1)  # the place finder and then the signed sentence ask of the same page
def _common_words(lines: tuple[str, ...]) -> frozenset[str]:
    text = "\n".join(lines)  # one search of the page, not a call a line
    written = set(_WORD.findall(without_web_addresses(text) if "." in text else text))
    lower = frozenset(fold(w) for w in written if w.islower())  # not 'eThekwini'
    return lower | defined_abbreviations(lines)


# A bracket of capitals after a name: its abbreviation, if the capitals are its initials.
_ABBREVIATION = re.compile(r"\(([^\W\d_a-zß-ÿ]{3,8})\)")
MAX_SKIPPED_WORDS = 3  # small words an abbreviation leaves out: 'Union of the Baltic Cities'


def defined_abbreviations(lines: Iterable[str]) -> frozenset[str]:
    """The folded abbreviations a page defines in a bracket after a name whose words'
    initials they are ('Baltijas pilsētu savienība (BPS)', 'Union of the Baltic Cities
    (UBC)'): an organisation's, the network's, no place, though GeoNames gives the letters
    as a place's name (an airport's code) wherever the page writes them again."""
    found = set()
    for line in lines:
        if "(" not in line:
            continue
        for match in _ABBREVIATION.finditer(line):
            letters = match[1]
            words = _WORD.findall(line, 0, match.start())[-(len(letters) + MAX_SKIPPED_WORDS) :]
            if letters.isupper() and _initials_of(words, letters.casefold()):
                found.add(fold(letters))
    return frozenset(found)


def _initials_of(words: list[str], letters: str) -> bool:
    """Whether `letters` are the initials of some of the words, in order, the last word's
    the last letter (the name ends before the bracket)."""
    if not words or words[-1][:1].casefold() != letters[-1]:
        return False
    left = letters
    for word in reversed(words):
        if word[:1].casefold() == left[-1:]:
            left = left[:-1]
            if not left:
                return True
    return False


# 'd'' (of) elided before a capitalised name, as a word of its own: 'Mairie d'Anglet'.
_ELIDED_OF = re.compile(r"(?:(?<=\s)|^)(d)['’](?=[^\W\d_a-zß-ÿ])")  # not 'D'Angelo'


def find_places(
    text: str, is_place: PlaceNames, common: frozenset[str], frames: frozenset[str] = frozenset()
) -> list[Found]:
    """The places a line names: the longest run of up to four words that is a known place,
    left to right; a capitalised word that is none may be an inflected place. A single
    word of the page's `common_words`, or of one or two letters, is no place, nor is a
    form after a place (`Council` in 'Hull City Council', `Kommune`); a place before a word
    of the list's frame (`frame_words`: 'Kumasi Metropolitan Assembly' beside 'Accra
    Metropolitan Assembly') is no person's given name. An elided 'd'' before a name is no
    part of it ('Mairie d'Anglet', 'Ajuntament d'Igualada')."""
    if "'" in text or "’" in text:
        text = _ELIDED_OF.sub(r"\1 ", text)  # as long: the places' spans stay the line's
    words = list(_WORD.finditer(text))
    found: list[Found] = []
    i = 0
    while i < len(words):
        word = words[i].group()
        # capitalised, or after a one-letter prefix in lower case ('eThekwini', 'uMhlathuze')
        cased = word[:1].isupper() or word[1:2].isupper() or _capitalised(word)
        if cased and (is_title(word) or is_degree(word) or _heads_place_before(word)):
            i += 1  # 'Le Maire', 'Il Sindaco', 'PhD', 'Pécs Polgármestere': a title, no place
            continue
        if cased and found and (region := _region_in_genitive_after(text, words, i, found[-1])):
            i += region  # 'город Уфа Республики Башкортостан': the town's region, no place
            continue
        if cased and found and (holder := _holder_after_genitive(text, words, i, found[-1])):
            i += holder  # 'Bergens ordfører Marit Haugland': the title's holder, no place
            continue
        if cased and found and (holder := _holder_after_title(text, words, i, found[-1], frames)):
            i += holder  # 'Uşak Belediye Başkanı Derya Kaya': the title's holder, no place
            continue
        if cased and found and (holder := _holder_after_role(text, words, i, found[-1])):
            i += holder  # 'Alta kommune v/ordfører Tor Hamar': the title's holder, no place
            continue
        size = _place_size(text, words, i, is_place, common) if cased else 0
        form = _FORM.match(text[words[i].start() :]) if cased else None  # its '^'
        end = words[i].start() + form.end() if form is not None else 0
        if form is not None and (named := _after_form(words, i, end)) < len(words):
            # the form's place, though the page writes its name as a word ('de Cuenca')
            after = _place_size(text, words, named, is_place, frozenset())
            inside = not size or words[i + size - 1].end() <= end
            if inside and not after:
                i = named  # a form's words name no place: 'Municipal Corporation of X'
                continue
            if inside or after >= size:  # 'Stadt Brandenburg an der Havel', not 'Stadt
                i, size = named, after  # Brandenburg'; 'Corporation of the City of X'
        if size == 1 and word[:1] in _GENITIVE_BODY_LETTERS and _genitive_body_word(word):
            i += 1  # 'Για τον Δήμο Βόλου': the body's word in a case, no namesake place
            continue
        if size >= 2 and _compass_ends(text, words, i + 1, size, is_place):
            i += 1  # 'Kota Tangerang Selatan': 'Tangerang Selatan', not 'Kota Tangerang'
        bodys = cased and size < 2 and not found and _after_bodys_word(text, words, i)
        declined = (  # an item of a list, after a place, at the line's start or its role
            _declined_item(text, words, i, is_place, bodys)
            if cased
            and size < 2
            and (
                found
                or not i
                or bodys
                or (words[i].start() <= MAX_ROLE_CHARS and _after_title_word(text, words, i))
            )
            else None
        )
        if declined is not None:
            found.append(declined[0])  # 'Hajnówki i Ustrzyk Dolnych', 'i Velike Gorice'
            i += declined[1]
            continue
        if cased and size < 2 and _INITIAL_BEFORE.search(text, 0, words[i].start()):
            i += 1  # 'J. Kampen', 'A. Veenstra': a surname after a given name's initial,
            continue  # neither a place nor one's case form
        given = size == 1 and _given_name(text, words, i, is_place, frames)
        role = role_before(text[: words[i].start()]) if given else None
        holder = 0  # the words of the role's holder after its place
        if role is not None and _OF_PLACE.search(role.group()):
            given = False  # 'the Mayor of Lyon Anna Berg': the role's place, then its signer;
            # 'Primátor Jan Novák', 'Prezydent Tomasz Nowak' name a person after a title
        elif role is not None:
            holder = _holder_after_genitive_place(text, words, i)
            given = not holder  # 'ο Δήμαρχος Τρικκαίων Νικόλαος Παπαδόπουλος'
        if given:
            size = 0
        if size:
            found.append(Found(text[words[i].start() : words[i + size - 1].end()], 0, 0))
            found[-1] = Found(found[-1].name, words[i].start(), words[i + size - 1].end())
            i += size
            form = _FORM_NEXT.match(text, words[i - 1].end()) or _compass_then_form(
                text, words, i
            )  # 'Hull City Council', 'Ilorin West Local Government'
            while form and i < len(words) and words[i].start() < form.end():
                i += 1
            i += holder
            continue
        if word[:1].isupper() and fold(word) not in common:
            if in_case_after_form(f"{word} "):
                i += 1  # 'Gradu', 'Miastu': a body's form word, no namesake's case form
                continue
            stem = inflected_place(word, is_place)
            if given and stem != word:
                stem = None  # 'Andreas Vogt': a given name or the place it names, never
                # another place's case form ('Andrea'; 'Colombo' is no 'Colomba')
            if stem is None and _after_genitive_role(text, words[i]):
                stem = nominative(word, is_place)  # 'města Brna' (four letters), 'Zadra'
            elif stem is None and _before_frame(text, words, i, frames):  # 'Falu kommun'
                stem = next(iter(framed_readings(word, is_place)), None)
            elif stem is not None and i == 0 and _given_name_first(text, words, is_place, frames):
                stem = None  # 'Martina Kováčová, ...': a given name, not Martin's genitive
            elif stem is not None and _street_address(text, words, i):
                stem = None  # 'Horní náměstí 1': a street, not Horna's case form
            if stem is None and "-" in word:
                stem = declined_hyphened(word, is_place)  # 'Bielska-Białej', 'Frýdku-Místku'
            if stem is None and "-" in word and _formed_next(text, words, i, frames):
                stem = joined_place(word, is_place)  # 'Lyngby-Taarbæk Kommune'
            if stem is None and (run := _declined_last(text, words, i, is_place)) is not None:
                found.append(run[0])  # 'Donibane Lohizuneko alkatea'
                i += run[1]
                continue
            if stem is not None:
                found.append(Found(stem, words[i].start(), words[i].end(), inflected=True))
        elif not cased and (titled := titled_place(word, is_place)) is not None:
            found.append(Found(titled, words[i].start(), words[i].end()))  # '부산광역시장'
        i += 1
    return found


# An East Slavic region named in the genitive after its town, as the town's official name
# has it: 'город Уфа Республики Башкортостан' (of the Republic of Bashkortostan), 'город
# Барнаул Алтайского края' (of Altai krai), 'Ханты-Мансийского автономного округа',
# Ukrainian 'Львівської області', Belarusian 'Рэспублікі', 'Мінскай вобласці'.
_REGION_GENITIVE = re.compile(
    r"(?:Республики|Республіки|Рэспублікі)\s+[^\W\d_][\w-]*|"
    r"[^\W\d_][\w-]*(?:ого|ої|ой|ага|ай)\s+(?:(?:автономн(?:ого|ої|ага)\s+)?"
    r"(?:края|краю|области|області|вобласці|округа|округу))(?!\w)"
)


def _region_in_genitive_after(text: str, words: list[re.Match[str]], i: int, place: Found) -> int:
    """The number of words from words[i] on that name the region of the place right before
    them in the genitive (`_REGION_GENITIVE`: 'Уфа Республики Башкортостан', 'Барнаул
    Алтайского края'), no place of their own; 0 where they name none."""
    if i < 1 or place.end != words[i - 1].end() or text[place.end : words[i].start()] != " ":
        return 0
    region = _REGION_GENITIVE.match(text, words[i].start())
    if region is None:
        return 0
    return sum(1 for word in words[i:] if word.end() <= region.end())


def _holder_after_genitive(text: str, words: list[re.Match[str]], i: int, place: Found) -> int:
    """The number of capitalised words from words[i] on that name a title's holder, where
    a town's genitive and the title stand right before them ('Bergens ordfører Marit
    Haugland', "Aarhus' borgmester Jacob Lind", 'Münchens Oberbürgermeister Dieter Reiter'):
    the genitive names the place whose title it is, the name after it a person, whatever
    places its words are elsewhere; 0 in any other shape."""
    if i < 2 or place.end != words[i - 2].end():
        return 0
    between = text[words[i - 2].end() : words[i - 1].start()]
    genitive = words[i - 2].group().endswith("s") or between.startswith(("'", "’"))
    if not genitive or between.strip() not in ("", "'", "’"):
        return 0
    if text[words[i - 1].end() : words[i].start()] != " " or not is_title(words[i - 1].group()):
        return 0
    return _capitalised_run(text, words, i)


def _capitalised_run(text: str, words: list[re.Match[str]], i: int) -> int:
    """The number of capitalised words from words[i] on, parted by a space or a hyphen, up
    to a holder's most (`MAX_HOLDER_WORDS`): the words a title's holder's name may take."""
    size = 1
    while (
        size < MAX_HOLDER_WORDS
        and i + size < len(words)
        and text[words[i + size - 1].end() : words[i + size].start()] in (" ", "-")
        and words[i + size].group()[:1].isupper()
    ):
        size += 1
    return size


MAX_TITLE_WORDS = 4  # a title's words between a place and its holder: 'Büyükşehir Belediye Başkanı'


def _holder_after_title(
    text: str, words: list[re.Match[str]], i: int, place: Found, frames: frozenset[str]
) -> int:
    """The number of capitalised words from words[i] on that name a title's holder, where
    the title stands between them and the place it follows, its words the list's frame
    (`frame_words`) or a title, the last a title ('Uşak Belediye Başkanı Derya Kaya', 'Leeds
    City Council Leader Jordan Hull', 'Tartu linnapea Urmas Klaas'): the title parts the
    place from the person, whose name is no place whatever places its words are
    elsewhere. Only where the place starts the line and the holder has two names or more (a
    given name and a family name): 'v Českém Těšíně primátor Ostravy Jan Mrázek' names
    places after a title; 0 in any other shape."""
    if i < 2 or text[words[i - 1].end() : words[i].start()] != " ":
        return 0
    if not _title_after_place(words[i - 1].group()):
        return 0
    if _BULLET_BEFORE.sub("", text[: place.start]):
        return 0  # the place is not the line's first words
    first = next((k for k in range(i - 1, -1, -1) if words[k].start() < place.end), -1) + 1
    between = words[first:i]
    if not between or len(between) > MAX_TITLE_WORDS or text[place.end : between[0].start()] != " ":
        return 0
    if any(text[a.end() : b.start()] != " " for a, b in pairwise(between)):
        return 0
    if not all(fold(w.group()) in frames or _title_after_place(w.group()) for w in between[:-1]):
        return 0
    size = _capitalised_run(text, words, i)
    return size if size >= MIN_HOLDER_WORDS else 0


MIN_HOLDER_WORDS = 2  # a given name and a family name


def _holder_after_role(text: str, words: list[re.Match[str]], i: int, place: Found) -> int:
    """The number of capitalised words from words[i] on that name a title's holder, where
    the line has named its place before the title and the title names its holder right
    after it (`names_holder_after`: 'Alta kommune v/ordfører Tor Hamar', 'Stadt Jena,
    vertreten durch Oberbürgermeister Thomas Nitzsche', 'Aarhus – borgmester Jacob Lind'):
    a person's given name and family name (two words or more), no place whatever places
    its words are elsewhere; 0 in any other shape ('primátor Ostravy Jan Mrázek' names its
    place in the genitive after the title)."""
    if i < 1 or place.end > words[i - 1].start():
        return 0
    if text[words[i - 1].end() : words[i].start()] != " ":
        return 0
    if not names_holder_after(words[i - 1].group()):
        return 0
    size = _capitalised_run(text, words, i)
    return size if size >= MIN_HOLDER_WORDS else 0


def _holder_after_genitive_place(text: str, words: list[re.Match[str]], i: int) -> int:
    """The number of capitalised words after words[i] that name a title's holder, where a
    title that takes its place in the genitive with no word for 'of' stands right before
    words[i] ('ο Δήμαρχος Τρικκαίων Νικόλαος Παπαδόπουλος', 'prezydent Gdyni Wojciech
    Szczurek'): words[i] is the title's place, the given name and family name after it
    (two words or more) its holder; 0 where fewer follow ('Prezydent Tomasz Nowak')."""
    if i + 1 >= len(words) or text[words[i].end() : words[i + 1].start()] != " ":
        return 0
    if not words[i + 1].group()[:1].isupper():
        return 0
    size = _capitalised_run(text, words, i + 1)
    return size if size >= MIN_HOLDER_WORDS else 0


def _title_follows(words: list[re.Match[str]], i: int) -> bool:
    """Whether a title that follows the place it heads (`TITLES_AFTER_PLACE`) stands
    within MAX_TITLE_WORDS words after words[i], or one more for a deputy's word after it
    ('Antakya Belediye Başkanı', 'Malatya Büyükşehir Belediye Başkan Vekili', 'Pécs Megyei
    Jogú Város Polgármestere'): words[i] is that place, no person's given name."""
    after = words[i + 1 : i + 2 + MAX_TITLE_WORDS]
    return any(_heads_place_before(w.group()) for w in after)


@lru_cache(maxsize=1 << 12)
def _heads_place_before(word: str) -> bool:
    return fold(word) in TITLES_AFTER_PLACE


# a bullet or a list's number ('3. ', '12) ', '(4) ') before a line's first words
_BULLET_BEFORE = re.compile(r"^[\s•·▪◦*–—-]*(?:\(?\d{1,4}[.)]\s+)?")


@lru_cache(maxsize=1 << 12)
def _title_after_place(word: str) -> bool:
    return fold(word) in TITLES_AFTER_PLACE or is_title(word)


def _street_address(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether words[i] starts a street's address: a word in lower case that is no particle
    nor a body's form after it (the street's noun: 'náměstí', 'trg', 'ulice'), then a
    house number one space on ('Horní náměstí 1', 'Gornji trg 3')."""
    if i + 1 >= len(words):
        return False
    noun = words[i + 1]
    word = noun.group()
    return (
        word[:1].islower()
        and word not in PARTICLES
        and text[words[i].end() : noun.start()] == " "
        and _HOUSE_NUMBER.match(text, noun.end()) is not None
        and _FORM_NEXT.match(text, words[i].end()) is None  # 'Cēsu novads 2012': a body
    )


_HOUSE_NUMBER = re.compile(r" \d")  # one space: a table's next cell is no house number


def _after_form(words: list[re.Match[str]], i: int, end: int) -> int:
    """The index of the first word after a body's form that starts at words[i] and ends at
    `end` ('Municipal Corporation of ' before 'Delhi'); the next word's where the form ends
    inside a word."""
    return next((k for k in range(i + 1, len(words)) if words[k].start() >= end), len(words))


def _declined_last(
    text: str, words: list[re.Match[str]], i: int, is_place: PlaceNames
) -> tuple[Found, int] | None:
    """A place's name of two or three capitalised words from words[i] whose last alone
    takes a case's ending, as agglutinative languages write it (Basque 'Donibane Garaziko
    alkatea', of Donibane Garazi), the words before it as written the start of a known
    place's name, no capitalised word after it: the place (`nominative`), of as many
    words, and the words' count; None if none."""
    for size in range(2, MAX_DECLINED_WORDS + 1):
        last = i + size - 1
        if last >= len(words) or text[words[last - 1].end() : words[last].start()] != " ":
            return None
        if not words[last].group()[:1].isupper():
            return None
        if last + 1 < len(words) and words[last + 1].group()[:1].isupper():
            continue  # 'Ông Nguyễn Văn Khoa': a name goes on, no case's ending ends it
        head = text[words[i].start() : words[last - 1].end()]
        if not is_place.begins(f"{head} "):
            return None  # asked after the cheap tests: a few questions a word at most
        name = f"{head} {words[last].group()}"
        place = None if is_place(name) else nominative(name, is_place)
        if place is not None and len(place.split()) == size:
            return Found(place, words[i].start(), words[last].end(), inflected=True), size
    return None


# What stands before a list's item: the text's start, a comma or a short word in lower
# case (an 'and'); after it, a comma, a stop or the text's end.
_BEFORE_ITEM = re.compile(r"(?:^|,|(?:^|\s)[^\W\d_A-Z]{1,3})\s*$")
# a tab: the end of a card's field; a dash between spaces: a signer's field follows
_AFTER_ITEM = re.compile(r"\s*(?:[,.;:)]|$)|\t|\s[–—-]\s")
BEFORE_ITEM_CHARS = 8  # the text before a word that `_BEFORE_ITEM` reads: ', ', ' i '
# A short word in lower case between an item and a capitalised word after it, as
# `_BEFORE_ITEM` reads one before: an 'and' the reader's list of them lacks, where the
# language's is also another word ('Banskej Bystrice a Nitry', Czech and Slovak 'a').
_BEFORE_NEXT_ITEM = re.compile(r"\s[^\W\d_A-Z]{1,3}\s")


def _before_next_item(text: str, end: int) -> bool:
    """Whether a short word in lower case and a capitalised word follow text[:end]
    (`_BEFORE_NEXT_ITEM`)."""
    short = _BEFORE_NEXT_ITEM.match(text, end)
    return short is not None and text[short.end() : short.end() + 1].isupper()


def _declined_item(
    text: str, words: list[re.Match[str]], i: int, is_place: PlaceNames, bodys: bool = False
) -> tuple[Found, int] | None:
    """A list's item (`_BEFORE_ITEM` or a role, `_AFTER_ITEM`) of two or three capitalised words
    from words[i] that are no place as written but an adjective and a noun in a case form
    (`declined_adjective`): the place their nominative names and the words' count
    ('Ustrzyk Dolnych' Ustrzyki Dolne, 'a Banskej Bystrice' Banská Bystrica, 'i Velike
    Gorice' Velika Gorica, though 'Velike' and 'Gorice' be places too); None if none."""
    start = words[i].start()
    item = not start or _BEFORE_ITEM.search(text, max(0, start - BEFORE_ITEM_CHARS), start)
    if not (item or bodys or _after_title_word(text, words, i)):
        return None  # `bodys`: after a body's word ('Δήμος Νέας Σμύρνης', `_after_bodys_word`)
    if _FORM_NEXT.match(text, words[i].end()):
        return None  # 'Skive Kommune': a place and its body's form, no two declined words
    if _title_follows(words, i):
        return None  # 'Düzce Belediye Başkanı': a place, then the title of its head
    for size in range(2, MAX_DECLINED_WORDS + 1):
        last = i + size - 1
        if last >= len(words) or text[words[last - 1].end() : words[last].start()] != " ":
            return None
        end = words[last].end()
        if not (
            _AFTER_ITEM.match(text, end)
            or _CONJUNCTION.match(text, end)
            or _before_next_item(text, end)
            or (bodys and text[end : end + 1] == " " and text[end + 1 : end + 2].islower())
        ):
            continue  # 'Stalowej Woli oraz ...', 'Velike Gorice i ...': an item before an 'and';
            # after a body's word, a name before a word in lower case ('Grad Veliku Goricu je')
        name = text[words[i].start() : end]
        if not declined_adjective(name):
            return None
        if is_place(name):
            return None
        place = nominative(name, is_place)
        return (Found(place, words[i].start(), words[last].end(), True), size) if place else None
    return None


# A town's body named by a noun its place's name follows in the genitive, in Greek: 'Δήμος
# Νέας Σμύρνης' (the municipality of Nea Smyrni), 'Κοινότητα', 'Περιφέρεια' (a region's).
_GENITIVE_BODY_LETTERS = frozenset("ΔδΚκΠπ")
_GENITIVE_BODY_WORD = re.compile(r"(?:δήμος|δήμου|δήμο|κοινότητα|περιφέρεια)\s$", re.IGNORECASE)


def _genitive_body_word(word: str) -> bool:
    """Whether a word is a Greek body's word in any case its text gives it
    (`_GENITIVE_BODY_WORD`: 'Δήμος', 'Δήμου', 'Δήμο' after 'για τον'), which names no place
    itself, whatever namesake a gazetteer knows."""
    return _GENITIVE_BODY_WORD.fullmatch(f"{word} ") is not None


def _after_bodys_word(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether words[i] follows, one space after it, a body's word that takes its place's
    name in the genitive (`_GENITIVE_BODY_WORD`), or a Slavic body's form word in a case,
    whose name is in the same case ('Miasta Gorzowa Wielkopolskiego', 'Grada Velike
    Gorice', `in_case_after_form`)."""
    first = words[i - 1].group()[:1] if i else ""
    start = words[i].start()
    if first in _CASED_FORM_LETTERS and in_case_after_form(text[words[i - 1].start() : start]):
        return True
    if first not in _GENITIVE_BODY_LETTERS:
        return False  # a cheap test first: most words follow no such word
    return _GENITIVE_BODY_WORD.search(text, max(0, start - 12), start) is not None


# The first letters of the Slavic body's form words `in_case_after_form` reads: 'Grada',
# 'Općine', 'Miasta', 'Města', 'Obce', 'Gminy', 'Міста', 'Града', 'Општине'.
_CASED_FORM_LETTERS = frozenset("GgOoMmМмГгОо")


def _after_title_word(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether words[i] follows a signer's title of one word in lower case, or one that
    opens the line ('Starosta Nového Jičína'), one space before it ('prezydent Nowego
    Sącza', 'gradonačelnica Velike Gorice'): a list's item too, where the title names its
    place after it."""
    before = words[i - 1] if i else None
    return (
        before is not None
        and (before.group()[:1].islower() or not text[: before.start()].strip())
        and text[before.end() : words[i].start()] == " "
        and _title_word(before.group())
    )


@lru_cache(maxsize=1 << 12)
def _title_word(word: str) -> bool:
    return role_before(f"{word} ") is not None


def _after_genitive_role(text: str, word: re.Match[str]) -> bool:
    """Whether a word stands right after a role that names its place in the genitive
    ('primátorka statutárního města Brna', 'gradonačelnik Grada Zadra'), after a body's
    form word in any case, which its name shares ('Gradu Zadru', 'Miastu Gdyni'), or after
    a plural word for towns ('zástupci měst Brna', `PLURAL_TOWNS`)."""
    if after_cased_form(text[: word.start()]):
        return True  # 'Gradu Zadru', 'Miastu Gdyni': the form's case is the name's
    if PLURAL_TOWNS.search(text, max(0, word.start() - MAX_ROLE_CHARS), word.start()):
        return True  # 'zástupci měst Brna': the plural's genitive
    cyrillic = "\u0400" <= word.group()[:1] <= "\u04ff"  # no search before a Latin word
    if cyrillic and _EAST_SLAVIC_HEAD.search(
        text, max(0, word.start() - MAX_ROLE_CHARS), word.start()
    ):
        return True  # 'мэр Сум', 'міський голова Сум': a town's head, its town's genitive
    role = role_before(text[: word.start()])
    return role is not None and names_in_genitive(role)


def _given_name_first(
    text: str, words: list[re.Match[str]], is_place: PlaceNames, frames: frozenset[str]
) -> bool:
    """A text's first word, no place as it is, before a capitalised word that is none
    (`_given_name`): a person's given name ('Martina Kováčová'), though it reads as an
    inflected place (Martin's genitive)."""
    if len(words) > 1 and _FORM.match(f"{words[1].group()} x"):
        return False  # 'Göteborgs Stad': the city's genitive before its form
    return not is_place(words[0].group()) and _given_name(text, words, 0, is_place, frames)


def _before_frame(text: str, words: list[re.Match[str]], i: int, frames: frozenset[str]) -> bool:
    """Whether words[i] stands right before a word in lower case of the list's frame
    (`frame_words`): 'Falu kommun' beside 'Ystads kommun', 'Iin kunta' beside 'Kemin kunta'."""
    if i + 1 >= len(words) or text[words[i].end() : words[i + 1].start()] != " ":
        return False
    following = words[i + 1].group()
    return following[:1].islower() and fold(following) in frames


def _formed_next(text: str, words: list[re.Match[str]], i: int, frames: frozenset[str]) -> bool:
    """Whether words[i] stands right before a body's form ('Kommune', 'kommun') or a word of
    the list's frame."""
    return _FORM_NEXT.match(text, words[i].end()) is not None or _before_frame(
        text, words, i, frames
    )


MIN_JOINED_PART = 3  # letters of each part of a name of two joined by a hyphen: 'Upplands-Bro'


def joined_place(word: str, is_place: PlaceNames) -> str | None:
    """The place a municipality's name of two parts joined by a hyphen is named for, where
    no place has the whole name: its first part that is a place ('Lyngby-Taarbæk'
    Lyngby, 'Ikast-Brande' Ikast, 'Høje-Taastrup' Taastrup, 'Upplands-Bro' Bro); None if
    neither is. Asked only before the body's form, which says the word names a place."""
    parts = word.split("-")
    if len(parts) != 2 or not all(len(p) >= MIN_JOINED_PART and p[:1].isupper() for p in parts):
        return None
    if is_place(word):
        return None
    return next((part for part in parts if is_place(part)), None)


# A given name's initial right before a word: 'J. ' in 'J. Kampen, burgemeester'.
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[^\W\d_a-zß-ÿ]\.\s$")
# A district's initials after a place's name: 'Bogotá D.C.', 'México D.F.'.
_INITIALS_NEXT = re.compile(r" [^\W\d_](?:\.[^\W\d_])+\.?(?!\w)")


# The East Slavic and Bulgarian word for 'city' in the nominative, in lower case, right
# before a word: 'город Уфа', 'місто Ірпінь', 'горад Ліда', 'град Бургас' (the capital
# that starts a name is no such word).
_CITY_WORD_BEFORE = re.compile(r"(?:^|\s)(?-i:город|місто|горад|град)\s$")


def _given_name(
    text: str, words: list[re.Match[str]], i: int, is_place: PlaceNames, frames: frozenset[str]
) -> bool:
    """'Jan Novák', 'Sofia Hansen': a one-word place right before a capitalised word that
    is no place is a person's given name; not before a form ('Sunderland City Council',
    Swedish 'Borås Stad', `NORDIC_FORMS`) or
    a word of the list's frame, nor where the words from it on name a body of its place
    ('Quimperlé Communauté', `body_kind`), nor right after a body's form: the body's town,
    then a word of its official name ('Majlis Bandaraya Melaka Bersejarah', Historic
    Melaka's city council)."""
    if i + 1 >= len(words) or text[words[i].end() : words[i + 1].start()] != " ":
        return False
    if _after_a_form(text, words, i) or _CITY_WORD_BEFORE.search(text, 0, words[i].start()):
        return False  # 'город Кызыл Республики Тыва': the city, in its republic
    if _FORM_NEXT.match(text, words[i].end()) or _INITIALS_NEXT.match(text, words[i].end()):
        return False  # 'Hull City Council', 'Bogotá D.C.'
    if _compass_then_form(text, words, i + 1):
        return False  # 'Akure South Local Government': a town's part's body, no person
    if body_kind(text[words[i].start() :]):
        return False
    following = words[i + 1].group()
    if following.lower() in NORDIC_FORMS:
        return False  # 'Borås Stad', 'Alta Kommune' on a card: a body's form, no surname
    if not following[:1].isupper() or fold(following) in frames or is_place(following):
        return False
    return not _title_follows(words, i)  # 'Antakya Belediye Başkanı': the place, its title


MAX_FORM_BEFORE_WORDS = 4  # a form's words before its town: 'Majlis Perbandaran', 'Jiji la'


def _after_a_form(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether words[i] stands right after a town's body's form ('Majlis Bandaraya', 'Stadt',
    'Jiji la'): the form's town."""
    start = words[i].start()
    return any(
        (form := _FORM.match(text[words[j].start() : start])) is not None
        and words[j].start() + form.end() == start
        for j in range(max(0, i - MAX_FORM_BEFORE_WORDS), i)
    )


def _compass_then_form(text: str, words: list[re.Match[str]], i: int) -> re.Match[str] | None:
    """A compass word at words[i], one space after the word before it, and a body's form
    right after it ('Ilorin West Local Government', 'Kuching Selatan City Council', 'Lille
    Sud Municipality'): the form, the body of the town's part named by the word before the
    compass word; None otherwise."""
    if i < 1 or i >= len(words) or fold(words[i].group()) not in COMPASS_WORDS:
        return None
    if text[words[i - 1].end() : words[i].start()] != " ":
        return None
    return _FORM_NEXT.match(text, words[i].end())


def _compass_ends(
    text: str, words: list[re.Match[str]], start: int, size: int, is_place: PlaceNames
) -> bool:
    """Whether the known place of `size` words from words[start] ends in a compass word
    that stands right after a shorter run before it, with a space between: 'Tangerang
    Selatan' (South Tangerang) in 'Kota Tangerang Selatan', though 'Kota Tangerang' is
    a known name too. A compass word alone is no place of its own after a place."""
    last = start + size - 1
    return (
        last < len(words)
        and fold(words[last].group()) in COMPASS_WORDS
        and not text[words[last - 1].end() : words[last].start()].strip()
        and is_place(text[words[start].start() : words[last].end()])
    )


def _place_size(
    text: str, words: list[re.Match[str]], i: int, is_place: PlaceNames, common: frozenset[str]
) -> int:
    """How many words from words[i] on name a known place (the most: up to MAX_PLACE_WORDS
    not counting particles), or 0.

    Each longer run is looked up only if a place's name may start with the shorter one
    (`PlaceNames.begins`): most words start none, and cost one question, not four."""
    longest, cased = 0, 1
    for size in range(2, len(words) - i + 1):
        cased += words[i + size - 1].group() not in PARTICLES
        if cased > MAX_PLACE_WORDS:
            break  # four words and the particles between ('Sant Andreu de la Barca')
        name = text[words[i].start() : words[i + size - 1].end()]
        if _WORD_GAP.search(_ABBREVIATION_DOT.sub("", name)) or not is_place.begins(name):
            break
        if is_place(name):
            longest = size
    if longest:
        return longest
    word = words[i].group()
    return int(len(word) >= 3 and fold(word) not in common and is_place(word))


def _fields(text: str) -> list[tuple[int, int]]:
    """Where each field of a line starts and ends, parted by its separators; a signer's
    academic degrees after a comma are the name's field ('Eva Roth, PhD, Mayor of X'), so
    that the place stands in the same field with or without them; so is a body's form
    before a dash, a town's name with two forms ('Gmina - Miasto Płock', 'Stadt –
    Landeshauptstadt Dresden')."""
    spans, start = [], 0
    for match in _FIELD_SEPARATOR.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    fields: list[tuple[int, int]] = []
    for s, e in spans:
        if fields and (is_degree(text[s:e]) or _form_before_dash(text, *fields[-1], s)):
            fields[-1] = (fields[-1][0], e)
        elif text[s:e].strip():
            fields.append((s, e))
    return fields


def _form_before_dash(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether a field is a body's form alone ('Gmina', 'Stadt') and a dash parts it from
    the next field: one name's two forms, no two fields."""
    return text[end:next_start].strip() in ("-", "–", "—") and bool(
        _FORM.fullmatch(f"{text[start:end].strip()} ")
    )


@dataclass(frozen=True)
class _Item:
    """One item of a line (a line is one item unless '·', '|' or ';' part several)."""

    line: int
    text: str
    fields: tuple[tuple[int, int], ...]
    places: tuple[tuple[int, Found], ...]  # (field index, place)
    country: str = ""  # a heading or 'Country:' before the items
    labelled: bool = False  # one of the names after a label and a colon (`labelled_items`)
    led: bool = False  # a gluing script's run's first, after a plural word for towns


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
    signers: frozenset[int] = frozenset(),
) -> list[_Item]:
    """A line's items and their places; a line that is a headline about a place names none
    (in a sentence, the verb after a list's last place is no headline); `signers`: the
    items' places in a row that are the list's signers' (`signer_columns`)."""
    text = without_acting_field(text)  # '..., a polgármester megbízásából': no item
    head, colon, rest = text.partition(":")
    country = heading
    own = bool(colon) and find_country(without_count(head)) is not None
    if own:
        country, text = clean(without_count(head)), rest  # 'Chile (2): Temuco; Valdivia'
    formed = formed_items(text) if not colon and "," in text else []  # 'A kommun, B kommun'
    parts = formed or [p for p in _split_items(text) if p.strip()]
    # one name after its country ('Tschechien: Brno') is labelled like several are
    least = 1 if own else 2
    label_first = colon and (len(parts) == 1 or ":" in next(iter(parts), ""))
    labelled = labelled_items(f"{head}:{rest}", least) if label_first else None
    if labelled is None and not colon and not in_sentence and len(parts) == 1:
        labelled = _dash_labelled(text, is_place)  # 'Sachsen – Leipzig, Dresden'
    if labelled is not None:  # 'Italia: Torino, Genova e Bergamo', 'Sverige (6): Lund, Umeå'
        country, parts = labelled[0] or heading, labelled[1]
    if len(parts) == 1 and labelled is None and _UNCASED_MARKS.intersection(text):
        parts = _uncased_comma_items(text) or parts  # '札幌市, 旭川市, ニセコ町', '仙台市・盛岡市'
    if len(parts) == 1 and labelled is None and not text.isascii():
        parts = _spaced_formed_items(text) or parts  # 'เทศบาลนครตรัง เทศบาลนครยะลา'
    if len(parts) == 1 and "   " in text:  # two columns of places: 'Bilbao      Santander'
        cells = [c for c in _WIDE_GAP.split(text.strip()) if c]
        row = len(cells) > 1 and all(_only_a_place(c, is_place) for c in cells)
        if row and not all(find_country(clean(c)) for c in cells[1:]):  # 'Lyon    France'
            parts = cells
    items = []
    before = ""
    for part in _without_row_fields(parts, signers) if len(parts) > 1 else [text]:
        before, holder = part, role_holder(before, part, is_place)
        if holder or _person_and_title(part):  # 'Marko Horvat, gradonačelnik': a signer
            items.append(_Item(number, part, (), (), country))  # under his city's line,
            continue  # or the holder of the role before ('ordføreren i Tromsø, Gunnar Lie')
        part = _after_person(part, is_place, common)
        fields = _fields(part)
        places = []
        every = [
            f for f in find_places(part, is_place, common, frames) if not _in_institution(part, f)
        ]
        if every and all(_a_region(part, f) for f in every):
            continue  # 'no Ceará', 'na Bahia': where the places around it are, no item
        every = [f for f in every if not _a_region(part, f)]
        every = _with_genitive_body(part, every)  # 'hejtman Zlínského kraje': not Zlín
        if not every and (len(parts) > 1 or (not in_sentence and _uncased_word(text))):
            every = _uncased_place(part, is_place)  # one a line too: '八王子市' under its region
        elif "\t" in part and (uncased := _uncased_cells(part, fields, is_place, every)):
            every = sorted([*every, *uncased], key=lambda f: f.start)  # '수원시\t경기도\t2015'
        elif not every and colon:
            every = _uncased_after_label(part, is_place)  # '四川省:成都市'
        if not every and fields and len(parts) > 1:
            every = _body_item(part, fields[0])  # 'Powiat Poznański' among its region's towns
        elif not every and len(fields) > 1 and not in_sentence:
            every = _signer_s_body(part, fields)  # 'Ordfører Ola Berg, Rogaland fylkeskommune'
        for k, found in enumerate(every):
            form = _FORM_NEXT.match(part, found.end)  # 'Томская городская дума — ...'
            after = part[form.end() if form else found.end :]
            index = next((k for k, (s, e) in enumerate(fields) if s <= found.start < e), 0)
            if not in_sentence and (
                (
                    _headline(after, frames)
                    and not _field_after(part, found, every[k + 1 :], fields, index)
                )
                or _label_after(after, found)
            ):
                break
            places.append((index, found))
        if "\t" in part and (short := _short_cell(part, fields, is_place, common)):
            places = sorted([*places, short], key=lambda place: place[1].start)
        if "-" in part and "\t" in part and not any(k == 0 for k, _ in places):
            places = [*_hyphened_cell(part, fields, is_place), *places]
        if not every and not places and (len(fields) > 1 or country):
            places = _sounded_cell(part, fields, is_place, country)  # 'Германия\tБад Кьоцтинг'
        exact_first = any(k == 0 and not f.inflected for k, f in places)
        if "\t" in part and not exact_first and (body := _body_cell(part, fields)):
            places = [*body, *((k, f) for k, f in places if k)]  # not 'Regio', inflected
        items.append(
            _Item(number, part, tuple(fields), tuple(places), country, labelled is not None)
        )
    return items


def _with_genitive_body(part: str, places: list[Found]) -> list[Found]:
    """An item's places with the region's or county's body it names in the genitive after
    its head's title (`body_in_genitive`: 'hejtman Zlínského kraje', 'Starosta Powiatu
    Tatrzańskiego') in place of any town read inside it; the places as they are where it
    names none."""
    body = body_in_genitive(part)
    if body is None:
        return places
    name, start, end = body
    kept = [f for f in places if f.end <= start or f.start >= end]
    return sorted([*kept, Found(name, start, end)], key=lambda f: f.start)


def _in_genitive_body(text: str, found: Found) -> bool:
    """Whether a place found is the region's or county's body a line names in the genitive
    after its head's title (`_with_genitive_body`: 'Marszałek Województwa Opolskiego' among
    'Prezydent Miasta X' lines), in a frame of its own."""
    body = body_in_genitive(text)
    return body is not None and (body[1], body[2]) == (found.start, found.end)


MAX_ROW_LABEL_WORDS = 3  # 'km 2225', 'Stop 3': a row's label, no place's item
_DIGIT = re.compile(r"\d")


def _without_row_fields(parts: list[str], columns: frozenset[int] = frozenset()) -> list[str]:
    """A line's items without those that are its row's other fields, no place's item: a
    title before a person's name ('Bürgermeister Jan Roth'), or any words before one in an
    item where the list's rows have their signers (`columns`: 'Secretario de Movilidad
    Tomás Benítez', 'Teniente Alcalde Jorge Quispe', whose surnames are towns too), and a
    short label with a figure ('km 2225', 'Stop 3') in a line with such a signer, where
    some item is left: 'km 12 · Aarhus · Mayor Jacob Lund' names one place, not three items
    one of which names it."""
    signers = [
        p
        for k, p in enumerate(parts)
        if _titled_name(p.split()) or (k in columns and _ends_in_a_name(p.split()))
    ]
    if not signers:
        return parts
    kept = [
        p
        for p in parts
        if p not in signers and not (len(p.split()) <= MAX_ROW_LABEL_WORDS and _DIGIT.search(p))
    ]
    return kept or parts


def _ends_in_a_name(words: list[str]) -> bool:
    """Whether words end in a person's name after words of a title or office: two or three
    capitalised words after one or more others ('Secretario de Movilidad Tomás Benítez')."""
    return len(words) >= MIN_HOLDER_WORDS + 1 and all(
        w[:1].isupper() and w.isalpha() for w in words[-MIN_HOLDER_WORDS:]
    )


MIN_SIGNER_ROWS = 3  # rows whose item in one place is a titled person's, to read it so in all


def signer_columns(lines: list[str]) -> frozenset[int]:
    """Where the items of a list's rows parted by '·', '|', '•' or ';' are its signers: the
    item that is a title and a person's name ('Intendente Diego Ferreyra') in more than
    half of the page's rows of items, and in MIN_SIGNER_ROWS rows or more. Found by one
    search of the page where none has such a row."""
    if _ROW_MARKS.search("\n".join(lines)) is None:
        return frozenset()
    counts: Counter[int] = Counter()
    rows = 0
    for line in lines:
        parts = _split_items(line) if _ROW_MARKS.search(line) else []
        if len(parts) < 2:
            continue
        rows += 1
        counts.update(k for k, part in enumerate(parts) if _titled_name(clean(part).split()))
    return frozenset(k for k, n in counts.items() if n >= MIN_SIGNER_ROWS and 2 * n > rows)


_ROW_MARKS = re.compile(r"\s[·|•]\s|;")


_GLUED_MARK = re.compile(r"(?<=\S)[(（][^()（）]*[)）]$")


# A comma of a line in a script without capitals: the Latin, the Arabic one ('،'); '、' is
# read as ', ' before (`statements._FULL_WIDTH`); a middle dot with no space beside it
# between Chinese characters or Hangul, as a comma (`LISTING_DOT`: '札幌市・旭川市').
_UNCASED_MARKS = frozenset(",،·・ㆍ")
_UNCASED_COMMA = re.compile(rf"\s*[,،]\s*|{LISTING_DOT.pattern}")


# Thai, Lao and Khmer's 'and', glued before a list's last item or apart.
_SPACED_ANDS = ("และ", "ແລະ", "និង")
MIN_SPACED_FORMED = 2


def _spaced_formed_items(text: str) -> list[str]:
    """A line's parts where a script that writes no spaces between its words (Thai, Lao,
    Khmer) parts a list's items by spaces, each a body's form glued before its town's name
    (`form_before`: 'เทศบาลนครตรัง เทศบาลนครยะลา และเทศบาลเมืองสตูล'), its 'and' glued
    before the last or apart: the words before the longest run of MIN_SPACED_FORMED such
    items or more, each item, and the words after; none where no such run is. A body glued
    after other words right before the run or right after it is an item too, its words
    glued before it the lead's ('...จากเทศบาลนครแพร่', from; 'ร่วมกับองค์การบริหารส่วน
    จังหวัดตาก', together with: `inner_form_start`)."""
    words = [word for word in text.split() if word not in _SPACED_ANDS]
    bare = [w[len(a) :] if (a := next((a for a in _SPACED_ANDS if w.startswith(a)), "")) else w
            for w in words]  # fmt: skip
    best, start = (0, 0), 0
    for k, word in enumerate([*bare, ""]):
        if word and form_before(word):
            continue
        if k - start > best[1] - best[0]:
            best = (start, k)
        start = k + 1
    first, end = best
    if end - first < MIN_SPACED_FORMED:
        return []
    lead = inner_form_start(bare[first - 1]) if first else 0  # 'โดยมีผู้แทนจากเทศบาลนคร...'
    last = inner_form_start(bare[end]) if end < len(bare) else 0  # 'ร่วมกับองค์การบริหาร...'
    items = [
        *([bare[first - 1][lead:]] if lead else []),
        *bare[first:end],
        *([bare[end][last:]] if last else []),
    ]
    before = " ".join([*words[: first - 1], bare[first - 1][:lead]] if lead else words[:first])
    after = " ".join(words[end + 1 :] if last else words[end:])
    return [part for part in (before, *items, after) if part]


def _uncased_word(text: str) -> bool:
    """Whether `text` is a few words of a script without capitals alone: no capital nor
    small letter, no digit, no stop ('札幌市', 'بيت لحم', 'באר שבע')."""
    words = text.strip().split(" ")
    return (
        0 < len(words) <= MAX_PLACE_WORDS_UNCASED
        and "\t" not in text
        and all(w[:1].isalpha() and not cased(w[:1]) for w in words)
        and not any(c.isdigit() or c in ".!?:;。" for c in text)
    )


def _uncased_comma_items(text: str) -> list[str]:
    """A line's parts a comma parts ('、' read as one, or the Arabic '،'), each a name of a
    script without capitals (`_uncased_word`): a line of several places, as middle dots part
    them ('札幌市、旭川市、ニセコ町', '수원시, 성남시'); none where a part is no such name."""
    parts = _UNCASED_COMMA.split(text.strip())
    return parts if len(parts) > 1 and all(_uncased_word(p) for p in parts) else []


def _uncased_place(part: str, is_place: PlaceNames) -> list[Found]:
    """An item of a line of several (between middle dots, bars or semicolons) that is a
    word of a script without capital letters and a place as a whole ('수원시', '横浜市'), or
    without the form glued to it (`formed_place`: '군포시'): that place, though no capital
    marks it a name (`find_places` reads capitalised words only); asked only of such a
    script's items. A mark glued after it in brackets ('홍천군(신규)', '温州市（新）': new) is
    no part of the name; a name of a few words ('بيت لحم') is read whole, or without its
    body's form before or after it ('עיריית אילת', 'بلدية جرش': `strip_form`)."""
    name = _GLUED_MARK.sub("", part.strip())
    if not _uncased_word(name):
        return []
    start = part.index(name)
    place = formed_place(name, is_place)
    if place is None and (bare := strip_form(name)) != name:
        place = formed_place(bare, is_place) or _town_by_form(name, bare)
    return [Found(place, start, start + len(name))] if place else []


def _town_by_form(name: str, bare: str) -> str | None:
    """The town a cell names by its body's form after it ('ग्वालियर नगर निगम', a municipal
    corporation), though the gazetteer lacks the town as the script writes it: the words
    before the form, a place of the list's country that sounds like it is read later
    (`Gazetteer.sounding`); None where no town's form names it."""
    return bare if bare and named_by_form(name, bare) and not has_digit(bare) else None


def _body_item(part: str, field: tuple[int, int]) -> list[Found]:
    """An item whose first field is a wider body by its form and a capitalised name
    ('Powiat Poznański', 'Landkreis Kassel (2019)', 'Harju Omavalitsuste Liit', 'Vestland
    fylkeskommune'), its place no town the gazetteer has (an adjective, a district's name),
    capitalised: the body as a whole, which its kind says (`body_kind`)."""
    start, end = field
    name = _BULLET.sub("", part[start:end].strip(), count=1)
    if not body_kind(name) or not _capitalised_place(body_place(name)):
        return []
    start = part.index(name, start)
    return [Found(name, start, start + len(name))]


def _signer_s_body(part: str, fields: list[tuple[int, int]]) -> list[Found]:
    """A signer's line naming no place, its fields a person's and a wider body's, last or
    first ('Fylkesordfører Ola Berg, Rogaland fylkeskommune', 'Somogy Vármegyei
    Önkormányzat, a közgyűlés elnöke'): the body (`_body_item`); [] for any other line."""
    return _body_item(part, fields[-1]) or _body_item(part, fields[0])


def _capitalised_place(place: str) -> bool:
    """Whether a body's place, its name without its kind's words, is a capitalised name
    ('Vestland', 'Etelä-Karjalan'), not a sentence's words ('the whole region')."""
    words = [word for word in place.split() if word[:1].isalpha()]  # not '(2019)'
    return bool(words) and all(word[:1].isupper() or word in PARTICLES for word in words)


def _uncased_cells(
    row: str, fields: list[tuple[int, int]], is_place: PlaceNames, found: list[Found]
) -> list[Found]:
    """The cells of a table's row copied with its tabs, none of `found` in them, that are
    each a place as a whole in a script without capital letters ('杭州市\t浙江省\t2015',
    '수원시\t경기도'), as `_uncased_place` reads an item of a line of several: the column
    they fill is told later, as a row of capitalised names' is ('Kraków\tmałopolskie')."""
    cells = []
    for start, end in fields:
        if any(f.end <= start and glued_title(row[f.start : f.end], f.name) for f in found):
            break  # '長崎市長\t山口\t健一': the title's holder after it, no place
        if any(start <= f.start < end for f in found):
            continue
        cells += [
            replace(f, start=f.start + start, end=f.end + start)
            for f in _uncased_place(row[start:end], is_place)
        ]
    return cells


def _uncased_after_label(line: str, is_place: PlaceNames) -> list[Found]:
    """The one name after a short label and a colon, in a script without capital letters
    ('四川省:成都市', '전라북도: 전주시'), that is a place as a whole (`_uncased_place`), at
    its place in the line: the line of a region's one place, as 'Saarland: Saarbrücken'."""
    head, colon, rest = line.partition(":")
    if not colon or len(head.split()) > MAX_LABEL_WORDS:
        return []
    cut = len(head) + 1
    found = _uncased_place(rest, is_place)
    return [replace(f, start=f.start + cut, end=f.end + cut) for f in found]


def _field_after(
    text: str, found: Found, later: list[Found], fields: list[tuple[int, int]], index: int
) -> bool:
    """Whether a place ends its field of `text` (no word in lower case after it there but
    its body's form) and a place of `later` ends a later field: the words after the first
    place are then a record's fields, a person's name, their role and its place ('Paul
    York, Councillor for Transport of Sheffield', 'Олена Гай, секретар Ровенської міської
    ради, в. о. міського голови Рівного'), no headline about the first."""
    form = _FORM_NEXT.match(text, found.end)
    end = form.end() if form else found.end
    if index >= len(fields) or any(
        w[:1].islower() for w in _WORD.findall(text[end : fields[index][1]])
    ):
        return False
    ends = {s + len(text[s:e].rstrip()) for k, (s, e) in enumerate(fields) if k > index}
    return any(f.end in ends for f in later)


# A name of two letters, a capital and a small one ('Ii', 'Au', 'Eu'), not a code ('NY').
_SHORT_NAME = re.compile(r"[^\W\d_a-zß-ÿ][^\W\d_A-Z]")


def _short_cell(
    row: str, fields: list[tuple[int, int]], is_place: PlaceNames, common: frozenset[str]
) -> tuple[int, Found] | None:
    """A table row's first cell (a card's first line) that holds a known place's name of
    two letters alone ('Ii', 'Au', 'Eu'): too short to tell from a word in a line, where a
    cell says where the name starts and ends; not a word the page writes in lower case
    ('Ja', 'No' in a yes/no column)."""
    start, end = fields[0] if fields else (0, 0)
    cell = row[start:end].strip()
    if not _SHORT_NAME.fullmatch(cell) or fold(cell) in common or not is_place(cell):
        return None
    at = row.index(cell, start)
    return 0, Found(cell, at, at + len(cell))


def _hyphened_cell(
    row: str, fields: list[tuple[int, int]], is_place: PlaceNames
) -> list[tuple[int, Found]]:
    """A table row's first cell that is a merged town's name the gazetteer lacks, its
    parts a hyphen joins ('Rapperswil-Jona', 'Knokke-Heist'): the place `hyphened_place`
    reads in it, as a list's line with that name reads ('Rapperswil'); [] if none."""
    start, end = fields[0] if fields else (0, 0)
    cell = row[start:end].strip()
    if "-" not in cell or is_place(cell) or not (place := hyphened_place(cell, is_place)):
        return []
    at = row.index(cell, start)
    return [(0, Found(place, at, at + len(cell)))]


def _sounded_cell(
    row: str, fields: list[tuple[int, int]], is_place: PlaceNames, heading: str = ""
) -> list[tuple[int, Found]]:
    """A row's field that names a town the gazetteer lacks in the script the page writes
    it in, beside a field that names its country ('Германия\tБад Кьоцтинг\t1991',
    'Сезимбра (Португалия)'): the place of that country whose name sounds like it
    (`PlaceNames.sounds_like`: Kötzting, Sesimbra), read as a reader who knows both
    scripts reads it, or as another language spells it ('Norčēpinga (SE)', Norrköping);
    [] if no field names a country, or none a capitalised name the gazetteer lacks that
    sounds like one place of it. A line of one field under a country's `heading` is read so
    too, if it is written in another script than Latin ('Германия' over 'Бад Кьоцтинг'):
    a name in Latin letters there may be a person's."""
    cells = [(k, clean(row[s:e])) for k, (s, e) in enumerate(fields)]
    codes = [code for _, cell in cells if (code := find_country(cell)) is not None]
    under = False  # a line of one field under a country's heading
    if not codes and len(cells) == 1 and heading and (code := find_country(heading)):
        codes, under = [code], True
    if len(codes) != 1:
        return []
    for k, cell in cells:
        words = cell.split()
        if (
            not 0 < len(words) <= MAX_PLACE_WORDS
            or (under and is_latin(cell))
            or not cell[:1].isupper()
            or _DIGIT.search(cell)
            or find_country(cell) is not None
            or is_place(cell)
        ):
            continue
        place = is_place.sounds_like(cell, codes[0])
        if place is not None:
            at = row.index(cell, fields[k][0])
            return [(k, Found(place, at, at + len(cell)))]
    return []


def _body_cell(row: str, fields: list[tuple[int, int]]) -> list[tuple[int, Found]]:
    """A table row's first cell, or a list's line's first field, that names a body which
    is no city, a region's, county's or province's ('Region Hannover', 'Västra
    Götalandsregionen', 'Vestland fylkeskommune', Greek 'Περιφέρεια Κρήτης' whose genitive
    reads as a village's case form), its words capitalised, particles or the body's word,
    where no place is found in it as written (the type column's 'Region' may read as
    Regio): its place, the body's whole name."""
    if not fields:
        return []
    cell = row.split("\t", 1)[0] if "\t" in row else row[: fields[0][1]]  # a line's: its first
    name = _BULLET_BEFORE.sub("", clean(cell), count=1)  # field ('• Περιφέρεια Κρήτης (...)')
    name = signed_for(name)  # a block's lead that signs for it: 'Για την Περιφέρεια Ηπείρου'
    words = body_place(name).split()  # the place's words, not its form's ('Communauté
    # d'agglomération du Pays Basque', 'Área metropolitana del Valle de Aburrá')
    if not body_kind(name) or len(words) > MAX_PLACE_WORDS:
        return []
    if not all(w[:1].isupper() or w in PARTICLES or body_kind(f"X {w}") for w in words):
        return []
    start = row.index(name[:1])
    return [(0, Found(name, start, start + len(name)))]


_COUNT_BRACKET = re.compile(r"\s*\(\d+\)\s*$")


def without_count(label: str) -> str:
    """A label without the count of its places in a bracket at its end ('Chile (2)')."""
    return _COUNT_BRACKET.sub("", label) if label.endswith(")") else label


def labelled_items(text: str, least: int = 2) -> tuple[str, list[str]] | None:
    """A short label, a colon and `least` or more names (`_bare_name`, or with a body's
    form: `_formed_name`) a comma or 'and' parts (or a middle dot, bar or semicolon: a
    region's towns, 'Tirol: Lienz · Imst'): the label's
    country ('' if it names none) and the names. The label may be a country alone
    ('Polska: Wrocław, Szczecin') or with more ('Belgique — 5 membres : Liège, Namur',
    'Members in Kenya: Kisumu, Nakuru'); a country in the label is one of its fields."""
    head, colon, rest = text.partition(":")
    if not colon or len(head.split()) > MAX_LABEL_WORDS or _SENTENCE_END.search(head):
        return None
    parts = [p.strip() for p in _COMMA_ITEMS.split(rest) if p.strip()]
    if len(parts) == 1 and ITEMS_DASH.search(rest) and find_country(clean(head)):
        parts = [p.strip() for p in ITEMS_DASH.split(rest)]  # 'CHILE: Temuco – Valdivia'
    if len(parts) == 1 and not _ITEM_SEPARATOR.search(head):
        parts = [p.strip() for p in _split_items(rest) if p.strip()]  # 'Tirol: Lienz · Imst'
    if len(parts) < least or not all(_bare_name(p) or _formed_name(p) for p in parts):
        return None  # 'Signed by: Mayor Ana Ruiz, City of Tacoma' is one entry
    fields = (clean(head[s:e]) for s, e in _fields(head))
    return next((f for f in (clean(head), *fields) if find_country(f)), ""), parts


# A spaced dash between the names after a country's label and colon, where no comma parts
# them: 'ARGENTINA: Rosario – Córdoba', 'Niemcy: Aachen - München'.
ITEMS_DASH = re.compile(r"\s[–—-]\s")
MAX_ITEM_WORDS = 5  # a longer part of a line is a clause, no place's name


def _labelled_list(text: str) -> bool:
    """Whether a line that ends in a stop is a label and its places, no sentence: 'Osona:
    Vic, Manlleu i Torelló.' (`labelled_items`, each part a name's length, no bracket: a
    sentence's asides, 'Supporters: Eudel (the association), the University (Leioa) and
    ...')."""
    short = len(text) <= MAX_ENTRY_CHARS and "(" not in text
    found = labelled_items(text.rstrip(".")) if short else None
    return found is not None and all(len(p.split()) <= MAX_ITEM_WORDS for p in found[1])


def _items_line(text: str) -> bool:
    """Whether a line that is no sentence, however long, is items a middle dot, bar or
    semicolon parts (`_ITEM_SEPARATOR`), each a name's length ('Aarhus Kommune · Herning
    Kommune · ...' over 200 characters): a line of a list, no paragraph; not a sentence's
    clauses ('...; the mayors met in Lyon.')."""
    if ends_sentence(text):
        return False
    parts = _split_items(text)
    return len(parts) > 1 and all(len(p.split()) <= MAX_ITEM_WORDS for p in parts)


def _dash_as_colon(text: str) -> str | None:
    """A line with no colon, its first spaced dash written as one, of the same length
    ('Sachsen – Leipzig' -> 'Sachsen : Leipzig'); None where it has a colon or no dash."""
    dash = _LABEL_DASH.search(text) if ":" not in text else None
    return None if dash is None else f"{text[: dash.start()]}:{text[dash.end() :]}"


def _dash_labelled(text: str, is_place: PlaceNames) -> tuple[str, list[str]] | None:
    """A label, a spaced dash and two or more names a comma parts (`labelled_items`), two
    thirds of them or more places ('Drenthe – Assen, Emmen', 'Occitanie — Toulouse, Albi'):
    a region's or group's places, as after a colon; not a place, a dash and its region,
    whose name may join two ('León — Castilla y León'), nor its signer's name and role
    ('Aarhus – Jacob Bundsgaard, Mayor'). Two names an 'and' joins, no comma, follow a
    label that is a country alone, and both are places ('Irlanda – Galway e Cork')."""
    colon = _dash_as_colon(text)
    if colon is None:
        return None
    label, _, rest = colon.partition(":")
    if "," not in rest and find_country(clean(label)) is None:
        return None
    labelled = labelled_items(colon)
    if labelled is None or sum(map(is_place, labelled[1])) * 3 < len(labelled[1]) * 2:
        return None
    if "," not in rest and not all(map(is_place, labelled[1])):
        return None
    return labelled


def _bare_name(part: str) -> bool:
    """A part that is a name alone: capitalised (or in a script without case: '深圳市'), no
    person's title, role or form word."""
    return (
        (not part[:1].islower() or after_article(part))
        and not _PERSON.match(part)
        and not _FORM.match(part)
        and _role_in(part) is None
    )


def _formed_name(part: str) -> bool:
    """A part that is a body's form and its place's name, no person nor role ('Ville de
    Nevers', 'Communauté d'agglomération de Chaumont', 'Gemeente Ede'): a name too."""
    return _FORM.match(part) is not None and _bare_name(_FORM.sub("", part, count=1).strip())


def _only_a_place(cell: str, is_place: PlaceNames) -> bool:
    """A cell of a line that is a place's name and nothing else (no number): 'Granada' too,
    which is Grenada in Spanish."""
    value = clean(cell)
    return not has_digit(value) and is_place(value)


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


def _person_and_title(part: str) -> bool:
    """A person's name and a title alone after a comma ('Ana Ruiz, alcaldesa', 'Marko
    Horvat, gradonačelnik') or before it with no comma ('Bürgermeister Jan Roth'): no
    place in it, its given name or surname a town's though it be."""
    name, comma, title = _BULLET.sub("", part, count=1).partition(",")
    words = name.split()
    if not comma:
        return _titled_name(words)
    return (
        is_title(title.strip())
        and 2 <= len(words) <= MAX_PERSON_WORDS
        and all(w[:1].isupper() for w in words)
        and _FORM.match(name) is None
    )


def _titled_name(words: list[str]) -> bool:
    """Whether words are a title of one to three words and a person's name of two to
    MAX_PERSON_WORDS capitalised words ('Deputy Mayor Anna Visser'; 'Teniente de Alcalde
    Ana Ruiz'): the longest title first."""
    for cut in range(min(3, len(words) - 2), 0, -1):
        name = words[cut:]
        if (
            is_title(" ".join(words[:cut]))
            and len(name) <= MAX_PERSON_WORDS
            and all(w[:1].isupper() and w.isalpha() for w in name)
        ):
            return True
    return False


MAX_PERSON_WORDS = 4


# A web or email address: a directory's column, no words of a sentence.
_WEB = re.compile(r"\S*(?:@|www\.|https?://)\S*")


MIN_ROW_CELLS = 3  # a place's cell and two more: a table's row


def _label_after(after: str, found: Found) -> bool:
    """Whether a place named exactly stands first in a label over a list, words in lower
    case that end in a colon ('Ağa katılan belediyeler:', those joining the network): no
    entry. (A label's first word read as an inflected place is `_label`'s.)"""
    return (
        not found.inflected
        and after.rstrip().endswith(":")
        and any(w[:1].islower() for w in _WORD.findall(after))
    )


def _headline(after: str, frames: frozenset[str] = frozenset()) -> bool:
    """What follows a place in a line is a sentence about it ('Zwolle opent een nieuwe
    fietsgarage', 'Zürich, Schweiz – neue Radwege eröffnet'): two or more words in lower
    case outside brackets and web or email addresses, not counting a Nordic body's form
    or the page's `frame_words` in any case (their stems: 'Kauno miesto savivaldybė', 'секретар
    Рівненської міської ради' where the frame is 'міська', 'міський'). An entry has at
    most a role, a name or columns after its place: a text ending in a person's name (two
    capitalised words after a comma) is the role and the name, however many words the
    role takes ('zastoupené náměstkem primátora Petrem Králem', 'représentée par
    l'échevine Anne Roux'), and a table's row with a country's cell, or MIN_ROW_CELLS
    cells or more, names a body in its own words, no headline."""
    words: list[str] = _WORD.findall(_WEB.sub(" ", _BRACKETED.sub(" ", after)))
    stems = {frame[:_FRAME_STEM] for frame in frames}  # a frame's word in another case
    if sum(_sentence_word(w, stems) for w in words) < 2:
        return False
    if fold(words[0])[:_FRAME_STEM] in stems and not _SENTENCE_END.search(after):
        return False  # the frame, then a signer's role of any length: 'shahar hokimining
    # birinchi oʻrinbosari' (the first deputy of the city's mayor), no sentence
    cells = after.split("\t")
    if len(cells) >= MIN_ROW_CELLS or any(find_country(clean(cell)) for cell in cells[1:]):
        return False  # a table's row of cells or with a country's: 'Vilniaus miesto
    # savivaldybė\tLietuva', 'Utenos rajono savivaldybė\t2015\tAnna Virtanen'
    if _figures_at_end(after) >= MIN_ROW_FIGURES:
        return False  # a row's year and population: 'Legnica – miasto na prawach powiatu
    # 1991 93 006', 'Lyon – chef-lieu de la région 1997 522 250'

    named = len(words) >= 2 and all(w[:1].isupper() for w in words[-2:])
    parted = after.lstrip()[:1] in ",–—"  # 'Житомирська міська рада — міський голова X Y'
    return not (named and parted and not _SENTENCE_END.search(after))


def _sentence_word(word: str, stems: set[str]) -> bool:
    """A word in lower case that may be a sentence's: none of the frame's (its `stems`) and
    no Nordic body's form ('kunta', 'kommun' in 'Kirkkonummen kunta / Kyrkslätts kommun')."""
    return word[:1].islower() and fold(word)[:_FRAME_STEM] not in stems and word not in NORDIC_FORMS


MIN_ROW_FIGURES = 2  # a table's columns of figures after a name: a year, a population
_FIGURES_TAIL = 40  # characters at a line's end where its figures are looked for
_FIGURE = re.compile(r"\d[\d.,]*")
_THOUSANDS = re.compile(r"\d{3}")  # a group of a number written with spaces: '93 006'
_FIRST_GROUP = re.compile(r"\d{1,3}")


def _figures_at_end(text: str) -> int:
    """How many numbers end a text, a number's groups of thousands parted by spaces
    counting as one ('1991 93 006': 2; 'a tram line in 2024': 1; '2 000': 1)."""
    words = text[-_FIGURES_TAIL:].split()
    numbers, groups = 0, 0
    for word in reversed(words):
        if not _FIGURE.fullmatch(word):
            break
        if _THOUSANDS.fullmatch(word):
            groups += 1  # another group of the number, or a number of three digits
            continue
        leads = groups and _FIRST_GROUP.fullmatch(word)  # '93' of '93 006', not '1991 006'
        numbers, groups = numbers + 1 + bool(groups and not leads), 0
    return numbers + (groups > 0)


MIN_FRAMED_LINES = 3


def frame_words(lines: Iterable[str]) -> frozenset[str]:
    """Words that three or more short lines of a page write after a capitalised word, or
    end with after one: the frame of a list ('Lahden kaupunki', 'Kauno miesto savivaldybė',
    'gradonačelnik Grada', 'Rīgas valstspilsētas pašvaldība' beside 'Valmieras novada
    pašvaldība', 'Accra Metropolitan Assembly' beside 'Tamale Metropolitan Assembly'), not a
    headline's verbs or a person's family name, which do not repeat so. A word that three
    or more lines write after a word of the frame is the frame's too, however long it runs
    ('Utenos rajono savivaldybės meras', 'Vantaan kaupungin kaupunginjohtaja'): a line with
    a word of its own inside the frame ('Alytaus miesto savivaldybės meras') is still the
    list's."""
    counts: dict[str, int] = {}
    framed: list[list[str]] = []
    for line in lines:
        if not line or _is_prose(line) or len(line) > MAX_ENTRY_CHARS:
            continue
        words = _WORD.findall(line)
        after = {fold(w) for prev, w in pairwise(words) if prev[:1].isupper()}
        if len(words) > 2 and words[0][:1].isupper() and words[-1][:1].islower():
            after.add(fold(words[-1]))  # and the frame's last word: 'X valstspilsētas pašvaldība'
        for word in after:
            counts[word] = counts.get(word, 0) + 1
        if len(words) > 2 and words[0][:1].isupper():
            framed.append([fold(w) if w[:1].islower() else "" for w in words])
    frames = frozenset(w for w, n in counts.items() if n >= MIN_FRAMED_LINES)
    return _frame_runs(framed, frames) if frames else frames


def _frame_runs(lines: list[list[str]], frames: frozenset[str]) -> frozenset[str]:
    """The frame's words (`frame_words`) and the words in lower case that MIN_FRAMED_LINES
    or more of the lines (their words in lower case folded, the others '') write right
    after one of them, again until none is added."""
    while True:
        counts: dict[str, int] = {}
        for words in lines:
            after = {w for prev, w in pairwise(words) if prev in frames and w and w not in frames}
            for word in after:
                counts[word] = counts.get(word, 0) + 1
        more = {w for w, n in counts.items() if n >= MIN_FRAMED_LINES}
        if not more:
            return frames
        frames = frames | more


def _blocks(
    lines: list[str], is_place: PlaceNames, page: list[str] | None = None
) -> Iterable[list[_Item]]:
    """Runs of lines that name places, parted by prose or by three lines naming none."""
    common = common_words(lines if page is None else page)
    frames = frame_words(lines)
    signers = signer_columns(lines)
    block: list[_Item] = []
    heading, misses, budget = "", 0, is_place.lookups + MAX_FINDER_LOOKUPS
    under_state = False
    regions = _numbered_region_headings(lines) | _region_headings(lines)
    for number, raw in enumerate(lines, start=1):
        text = clean(raw[: MAX_ENTRY_CHARS * 20]) if raw else ""
        if is_place.lookups > budget:
            return  # the block it is in may go on: a part of a list is no list
        if not text:
            continue
        prose = (
            _is_prose(text)
            and not _labelled_list(text)
            and not _items_line(text)
            and not ("," in text and formed_items(text))  # 'Oulun kaupunki, Iin kunta'
        )
        if prose or misses >= 3:
            if block:
                yield block
            block, heading, misses = [], "", 0
            if prose:
                yield from _sentences(number, text, is_place, common)
                continue
        below = lines[number] if number < len(lines) else ""
        if _heads_bodies(lines, number, text, below):
            continue  # 'West Midlands' over 'Coventry City Council, Dudley Council'
        if number in regions:
            heading = regions[number] or heading  # a region of no country known: the one in force
            continue
        if (state := _state_heading(text, below, heading)) is not None:
            heading, under_state = state, True
            continue
        if under_state:  # a country is no state's group: 'Columbia' under 'SOUTH CAROLINA'
            under_state = False
        elif (
            (country := heading_country(text)) is not None or is_world_region(text)
        ) and not _heading_s_own_city(lines, number, heading, is_place):
            heading = country or ""
            continue
        raw_text = _unglued(raw[: MAX_ENTRY_CHARS * 20].strip())  # tabs part a table's cells
        skip = is_menu(text) or is_furniture(text) or is_address(raw_text) or is_closing(text)
        items = (
            []
            if skip
            else _items(number, raw_text, heading, is_place, common, frames=frames, signers=signers)
        )
        if any(item.places for item in items):
            block.extend(items)
            misses = 0
        elif block and len(items) == 1 and _region_body(items[0]):
            block.extend(items)  # 'Περιφέρεια Βορείου Αιγαίου', no place: `_region_lines`
        elif _header_row(raw_text) and block:
            yield block  # the lines above a table are none of its rows
            block, misses = [], 0
        else:
            misses += 1
    if block:
        yield block


def _heads_bodies(lines: list[str], number: int, text: str, below: str) -> bool:
    """Whether a line of one field, first in its block, stands over a line of bodies each
    named by its form (`formed_items`: 'Västerbottens län' or 'North West' over 'Liverpool
    City Council, Wigan Council'): their group's heading, no member, though a place bears
    its name."""
    return (
        (number == 1 or not lines[number - 2].strip())
        and "," not in text
        and ";" not in text
        and "," in below
        and bool(formed_items(clean(below)))
    )


def _region_headings(lines: list[str]) -> dict[int, str]:
    """The lines (numbered from 1) that name a province's or region's body alone, first
    in their block (a blank line above) and over a line of their own block, two or more
    naming subdivisions of one country: the list's headings over its towns ('Regione
    Puglia' over 'Comune di Bari', 'Province of Limpopo' over 'City of Polokwane'), with
    that country, though a place abroad bears a heading's name (Gaza, a town and a
    province of Mozambique; a body over no block is a member)."""
    named: dict[int, set[str]] = {}
    for number, raw in enumerate(lines, start=1):
        if (
            number == 1
            or lines[number - 2].strip()
            or number == len(lines)
            or not lines[number].strip()
            or len(raw) > MAX_STATE_CHARS
        ):
            continue
        text = fold(raw)  # 'Província de Gaza', as 'Provincia di Cuneo'
        if body_kind(text) in ("province", "region") and body_kind(fold(lines[number])) == "":
            named[number] = {code for code, _ in subdivision_countries(body_place(text))}
    shared = Counter(code for codes in named.values() for code in codes)
    countries = [code for code, n in shared.items() if n >= 2]
    if len(countries) != 1:
        return {}
    return {number: countries[0] for number, codes in named.items() if countries[0] in codes}


def _numbered_region_headings(lines: list[str]) -> dict[int, str]:
    """The lines (numbered from 1) first in their block (a blank line above) and over a
    line of their own block whose bracket names a region or province by its kind and its
    number, two or more ('Maule (Región VII)', 'Bicol (Region V)', 'Plateaux (Région 3)'):
    the list's headings, of no country they tell (''), though a place bears the name."""
    heads = {
        number: ""
        for number, raw in enumerate(lines, start=1)
        if 1 < number < len(lines)
        and not lines[number - 2].strip()
        and lines[number].strip()
        and len(raw) <= MAX_STATE_CHARS
        and (bracket := _NUMBERED_BRACKET.search(raw)) is not None
        and body_kind(bracket["kind"]) in ("province", "region")
    }
    return heads if len(heads) >= MIN_NUMBERED_HEADS else {}


# A bracket at a line's end naming a body's kind and its number, Arabic or Roman: '(Región
# VII)', '(Region IV-A)', '(Région 3)'.
_NUMBERED_BRACKET = re.compile(r"\((?P<kind>[^\W\d_]+\s+(?:\d{1,2}|[IVXL]{1,5})(?:-[A-Z])?)\)\s*$")
MIN_NUMBERED_HEADS = 2


def _heading_s_own_city(lines: list[str], number: int, heading: str, is_place: PlaceNames) -> bool:
    """Whether a country's name on its line `number` (from 1), right under the same
    country's heading, is its one city, the place the gazetteer knows by that name
    ('Singapore' under 'Singapore', 'Luxemburg' under 'Luxemburg'): no heading of its own."""
    text = clean(lines[number - 1])
    if not heading or find_country(text) != find_country(heading):
        return False
    above = next((clean(x) for x in reversed(lines[: number - 1]) if x.strip()), "")
    return heading_country(above) == heading and is_place(text)


def _state_heading(text: str, below: str, heading: str) -> str | None:
    """The country of a state's or province's name in capitals on a line of its own, right
    over a line of its places that is not in capitals ('SOUTH CAROLINA' over 'Columbia',
    'NUEVO LEÓN' over 'Monterrey | Apodaca'): a heading, no place ('León'). Its country is
    the one country with a subdivision of that name, or the heading's in force where its
    country has one ('GEORGIA' after 'ALABAMA': a state of the United States), else ''; a
    country's name no heading in force has as a state's is a country's heading (None), as
    is any other line, and a place over its country's name ('LUSAKA' over 'Zambia', a
    province's name too: a card)."""
    if not text.isupper() or not below.strip() or below.isupper() or len(text) > MAX_STATE_CHARS:
        return None
    countries = {code for code, _ in subdivision_countries(text)}
    if not countries or find_country(clean(below)) in countries:
        return None  # 'LUSAKA' over 'Zambia': a card's place and its country
    if heading and find_country(heading) in countries:
        return heading
    if find_country(text) is not None:
        return None
    return countries.pop() if len(countries) == 1 else ""


MAX_STATE_CHARS = 40  # 'DISTRICT OF COLUMBIA', 'MECKLENBURG-VORPOMMERN'


MIN_HEADER_CELLS = 3


def _header_row(text: str) -> bool:
    """A table's header row: three or more cells parted by tabs, no figure in any, naming
    no place ('Nr.\tGemeinde\tBeitritt\tKontakt')."""
    return text.count("\t") >= MIN_HEADER_CELLS - 1 and not has_digit(text)


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
    place of a list. The places of a range ('from Ystad in the south to Kiruna in the
    north': `_RANGE`) are a network's extremes, no items of its list; the pieces after the
    last place are the rest of the sentence ('... och Skellefteå kommuner har fattat
    beslut, som ...'), none of its list's items. A sentence right after a list's that says
    others joined or signed names MIN_JOINED or more ('Later Seinäjoen ja Kokkolan kaupungit
    joined'): it goes on with that list, one block with it."""
    gluing = _GLUING_SCRIPT.search(text) is not None  # one search a paragraph
    listed: list[_Item] = []  # the sentence before's list, that one saying others joined goes on
    carried: list[_Item] = []  # a gluing script's last run, that the next sentence may go on
    for sentence in _SENTENCE_END.split(text):
        if gluing and len(_GLUING_SCRIPT.findall(sentence)) * 2 > len(sentence):
            runs = _gluing_script_runs(number, sentence, is_place)
            if carried and runs and _next_country_group(carried, runs[0]):
                runs[0] = [*carried, *runs[0]]
            elif carried:
                yield carried
            *done, carried = runs or [[]]
            yield from done
            continue
        if carried:
            yield carried
            carried = []
        if not sentence.isascii() and _spaced_formed_items(sentence):
            yield _items(number, sentence, "", is_place, common)  # Thai, Lao, Khmer: spaces
            continue  # part its bodies, no comma ('โดยมีผู้แทนจากเทศบาลนครแพร่ เทศบาลเมืองน่าน ...')
        sentence = _without_ranges(sentence)
        if (records := _records(sentence)) is not None:
            frames = frame_words(records)
            yield [
                item
                for record in records
                for item in _items(
                    number, record, "", is_place, common, in_sentence=True, frames=frames
                )
            ]
            continue
        parts = _split_outside_brackets(sentence, ",")
        parts = [
            p for k, p in enumerate(parts) if not k or not role_holder(parts[k - 1], p, is_place)
        ]
        seats = _SEAT_AFTER.search(sentence) is not None
        pieces = [  # a piece after a word for 'also' is the member it adds: 'taip pat Kelmės'
            _after_also(piece) or piece.strip()
            for k, part in enumerate(parts)
            for piece in _split_conjunctions(f" {where_as_bracket(_after_where(part), is_place)} ")[
                : -1 if seats and _seat_next(parts, k) else None
            ]
            if piece.strip()
        ]
        joins = bool(listed) and (_SIGNING.search(sentence) is not None or _region_led(sentence))
        few = MIN_JOINED if joins else MIN_FOUND if _plural_led(pieces) else MIN_IN_SENTENCE
        if _most_cased_items(pieces) < few:
            listed = []
            continue  # too few of its items can name a place to make a list: none looked up
        block = []
        frames = frame_words(pieces)  # 'Ystads kommun, Falu kommun och ...'
        for k, piece in enumerate(pieces):
            items = _items(number, piece, "", is_place, common, in_sentence=True, frames=frames)
            for item in (part for whole in items for part in _conjoined(whole)):
                named = _signers_name(item)
                places = tuple(
                    (0, f)
                    for _, f in item.places
                    if (k or f.start or not _SUBJECT.match(item.text[f.end :])) and f.end <= named
                )
                country = _bracket_country(item.text)
                block.append(_Item(item.line, item.text, ((0, len(item.text)),), places, country))
        while block and not block[-1].places:
            block.pop()  # the words after a list's last place are its sentence's, no items
        block = [*listed, *block] if joins else block
        yield block
        listed = block if joins or len(block) >= MIN_IN_SENTENCE else []
    if carried:
        yield carried


def _bracket_country(text: str) -> str:
    """The country a sentence's item names in the bracket it ends in, alone or after its
    town's region ('Metz (France)', 'la commune de Sion (Valais, Suisse)'); '' otherwise."""
    if not text.endswith(")") or "(" not in text:
        return ""
    country = text[text.rindex("(") + 1 : -1].rpartition(",")[2].strip()
    return country if find_country(country) else ""


def _plural_led(pieces: list[str]) -> bool:
    """Whether a sentence's first piece ends in a name of one to three capitalised words
    right after a plural word for towns (`PLURAL_TOWNS`: 'se adhirieron los municipios de
    Vigo'): the sentence lists the network's towns, MIN_FOUND of them a list."""
    words = pieces[0].split() if pieces else []
    return any(
        all(w[:1].isupper() for w in words[-n:]) and PLURAL_TOWNS.search(" ".join(words[:-n]))
        for n in range(1, min(len(words), MAX_LED_NAME_WORDS + 1))
    )


MAX_LED_NAME_WORDS = 3  # a first name's words after its plural: 'Alcalá', 'Ciudad Real'


# Prepositions of place or origin a group of a list's places may start with, its region's
# name after them: 'In Gelderland tekenden ...', 'Uit Overijssel deden ...', 'Aus Bayern
# kamen ...', 'From Wales, ...', 'Z Mazowsza ...', 'Från Skåne ...'.
_GROUP_LEADS = (
    _ONLY_LOCATIVES
    | REGION_LOCATIVES
    | frozenset("uit from aus du des z ze iz från fra frá desde dalla dal".split())
)
MAX_REGION_WORDS = 3  # a region's name after its preposition: 'Noord-Brabant', 'New South Wales'


def _region_led(sentence: str) -> bool:
    """Whether a sentence starts with a preposition of place or origin and a region's or
    country's name (`_GROUP_LEADS`): one group of a list grouped by region, that a list's
    sentence before goes on with ('In Gelderland tekenden A, B en C. Uit Overijssel deden D,
    E en F mee')."""
    words = sentence.split(maxsplit=MAX_REGION_WORDS + 1)
    if len(words) < 3 or words[0].lower() not in _GROUP_LEADS or not words[1][:1].isupper():
        return False
    return any(
        subdivision_countries(name := " ".join(words[1:n]).strip(" ,")) or find_country(name)
        for n in range(2, min(len(words), MAX_REGION_WORDS + 2))
    )


def _next_country_group(before: list[_Item], run: list[_Item]) -> bool:
    """Whether a sentence's first run goes on with the list of places grouped by country
    that the sentence before ended in: each names its group's country, another one ('...
    من مصر الإسكندرية وأسوان. ومن الأردن إربد والزرقاء')."""
    return bool(before[-1].country and run[0].country and before[-1].country != run[0].country)


# Letters of the scripts without capitals that glue their 'and' to the word after it
# (Hebrew 'ו', Arabic and Persian 'و'): their sentences are read by `_gluing_script_runs`.
_GLUING_SCRIPT = re.compile(r"[\u0590-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")
_GLUED_AND = "وו"  # Arabic and Persian 'wa', Hebrew 've', glued to the word after it
# Persian writes its 'va' apart, Urdu its 'aur' ('لاہور اور ملتان')
_SEPARATE_AND = frozenset({"و", "ו", "اور"})
_FROM_WORDS = frozenset({"من", "از"})  # 'from' before a group's country: 'من لبنان', 'از ایران'
_COMMAS = re.compile(r"[،؛;]")  # the Arabic comma and semicolon, and the Latin semicolon
_OWN_COUNTRY = re.compile(r"\(([^()]+)\)\s*$")  # 'صيدا (لبنان)'
MAX_FORM_WORDS = 1  # a word for the place's body before it in a list's piece: 'بلدية صيدا'
# A plural word for towns or their bodies that ends a run's lead in a script that glues its
# 'and' (`_gluing_script_runs`), that 'and' or an article glued before it or not: Arabic
# 'بلديات', 'جماعات', 'مدن' ('انضمام بلديات صفاقس'), Hebrew 'עיריות', 'ערים', Persian
# 'شهرداری های', 'شهرهای'.
_PLURAL_TOWNS_GLUED = re.compile(
    r"(?:^|\s)(?:و|ו)?(?:ال|ה)?(?:بلديات|جماعات|مدن|עיריות|ערים|רשויות|"
    r"شهرداری\s?های|شهرداری\u200cهای|شهرهای)$"
)
# A union of municipalities a sentence names, its name's words up to a relative pronoun
# or the piece's end ('رئيس اتحاد بلديات الضنية الذي وقّع'): no gazetteer names it.
_UNION_IN_PROSE = re.compile(r"اتحاد بلديات(?:\s+\S+){1,3}?(?=\s+(?:الذي|التي)\s|$)")


def _gluing_script_runs(number: int, sentence: str, is_place: PlaceNames) -> list[list[_Item]]:
    """The runs of a sentence in Arabic, Persian or Hebrew that list places, as blocks: the
    sentence parted by its commas and semicolons (',', '،', '؛') and by its 'and' (`_and_pieces`),
    a run is a piece that ends in a place (its lead before it: 'وقّع رؤساء بلديات إربد') and
    the pieces right after it that are a place alone, one word for its body before it at
    most ('بلدية سوسة', 'העיר נצרת'), or start with one where the sentence's verb follows
    the run's last ('... و تبریز امضا کردند'). A piece's country is a bracket after it
    ('صيدا (لبنان)'), the next one in its part closing its group ('صيدا وصور (لبنان)'), or a
    group's 'from' and country before it ('ومن لبنان صيدا وطرابلس'), for the pieces after it
    in its part; a piece after a new group's country goes on with the run ('ومن تونس
    بلديات صفاقس وسوسة'). The gazetteer knows many words of these languages as places
    ('دولة', 'כל'): a place mentioned in prose is no piece of its own; a union of
    municipalities named in prose is one (`_UNION_IN_PROSE`), though no gazetteer knows it.
    A piece whose lead ends in a plural word for towns (`_PLURAL_TOWNS_GLUED`: '...،
    ورؤساء مجالس جماعات طنجة') goes on with the run: its list's next group."""
    runs: list[list[_Item]] = []
    run: list[_Item] = []
    for part in _split_outside_brackets(_COMMAS.sub(",", sentence), ","):
        group = ""
        pieces = [_own_country(piece) for piece in _and_pieces(part, is_place)]
        for (piece, _), own in zip(pieces, _closing_countries([c for _, c in pieces]), strict=True):
            words, group = _after_group_country(piece.split(), group)
            body = _UNION_IN_PROSE.search(" ".join(words))
            place, short = (
                (body.group(), True) if body else _piece_place(words, is_place, lead=not run)
            )
            if place is None:
                runs, run = [*runs, run] if run else runs, []
                continue
            lead = " ".join(words[: len(words) - len(place.split())])
            led = _PLURAL_TOWNS_GLUED.search(lead) is not None
            if not short and not led and run and len(words) == len(piece.split()):  # no new
                runs, run = [*runs, run], []  # group's country, no new plural's lead
            found = Found(place, 0, len(place))
            item = _Item(number, place, ((0, len(place)),), ((0, found),), own or group)
            run.append(replace(item, led=led and not run))
    return [*runs, run] if run else runs


def _and_pieces(part: str, is_place: PlaceNames) -> list[str]:
    """A part of a sentence in a script that glues its 'and' to a word, parted before each
    'and': one written apart ('اصفهان و تبریز'), or glued to a word that is a known place
    with the word after it or without ('والزرقاء', 'وبيت لحم', 'ונתניה'), or to any word
    after a bracket's end ('صيدا (لبنان) وبلدية سوسة'); the glued 'and' left out, as at the
    part's start after a comma ('، وصيدا وصور'), where the word is no place itself ('وهران')."""
    words = part.split()
    pieces: list[list[str]] = [[]]
    for k, word in enumerate(words):
        if word in _SEPARATE_AND:
            pieces.append([])
            continue
        if _glued_and(words, k, is_place):
            pieces.append([word[1:]])
            continue
        pieces[-1].append(word)
    return [" ".join(p) for p in pieces if p]


def _glued_and(words: list[str], k: int, is_place: PlaceNames) -> bool:
    """Whether a part's word starts with a glued 'and' before a place: the word without it
    a known place, alone or with the word after it, or the word after a bracket's end; the
    part's first word, or one after a word that is no place, only where it is no place in
    full ('وهران' is Oran)."""
    word = words[k]
    if len(word) <= 2 or word[0] not in _GLUED_AND:
        return False
    if k and words[k - 1].endswith(")"):
        return True
    if is_place(word) and not _place_before(words, k, is_place):
        return False  # 'بلديتا وهران': Oran after a form word, no 'and' after a place
    return any(is_place(" ".join([word[1:], *words[k + 1 : k + n]])) for n in (1, 2))


def _place_before(words: list[str], k: int, is_place: PlaceNames) -> bool:
    """Whether a part's words right before word k end in a known place, of one or two
    words, a glued 'and' before it or not ('ونابلس ورام الله', 'رام الله والبيرة')."""
    for n in (1, 2):
        if k < n:
            break
        name = " ".join(words[k - n : k])
        if is_place(name) or (name[:1] in _GLUED_AND and is_place(name[1:])):
            return True
    return False


def _closing_countries(owns: list[str]) -> list[str]:
    """Each piece's country from the bracket that closes its group in its part: its own, or
    the next piece's after it ('إربد والزرقاء والسلط (الأردن)': all three in Jordan)."""
    closing = ""
    ahead = []
    for own in reversed(owns):
        closing = own or closing
        ahead.append(closing)
    return ahead[::-1]


def _own_country(piece: str) -> tuple[str, str]:
    """A piece without the country in a bracket at its end, and that country ('' if none)."""
    bracket = _OWN_COUNTRY.search(piece)
    if bracket is None or find_country(bracket.group(1).strip()) is None:
        return piece, ""
    return piece[: bracket.start()], bracket.group(1).strip()


def _after_group_country(words: list[str], group: str) -> tuple[list[str], str]:
    """A piece's words after its last 'from' and a country's name of one or two words
    ('ومن سلطنة عُمان صلالة' -> ['صلالة'], 'عُمان'), with a place after them; else the words
    and the group's country in force."""
    for k in range(len(words) - 2, -1, -1):
        word = words[k][1:] if words[k][:1] in _GLUED_AND else words[k]
        if words[k] not in _FROM_WORDS and word not in _FROM_WORDS:
            continue
        for n in (2, 3, 1):  # three where two name none: 'المملكة العربية السعودية'
            if k + n + 1 < len(words) and find_country(" ".join(words[k + 1 : k + 1 + n])):
                return words[k + 1 + n :], " ".join(words[k + 1 : k + 1 + n])
    return words, group


def _piece_place(words: list[str], is_place: PlaceNames, *, lead: bool) -> tuple[str | None, bool]:
    """The place a piece names with its last one to three words, the longest, no country
    ('بيت لحم', 'באר שבע'), and whether the piece is the place alone or after one word for
    its body (a list's item); where it ends in none, a piece in a run (not its `lead`) that
    starts with a place, the sentence's verb after it ('تبریز امضا کردند'), alone."""
    for n in range(min(MAX_PLACE_WORDS_UNCASED, len(words)), 0, -1):
        name = " ".join(words[-n:])
        if n < len(words) and words[-n - 1] in _DEMONSTRATIVES:
            continue  # 'با این امضا' (with this signature): a common noun after 'this'
        if is_place(name) and find_country(name) is None:
            return name, len(words) - n <= MAX_FORM_WORDS or _formed_piece(words, name)
    if len(words) > 1 and words[-1] in GREATER_AFTER:  # 'إربد الكبرى' where no place is named so
        return _piece_place(words[:-1], is_place, lead=lead)
    if lead:
        return None, False
    formed = _formed_piece(words, "")
    if formed:  # 'میونسپل کارپوریشن سکھر کے میئرز': the form's place, the verb after it
        words = strip_form(" ".join(words)).split()
    for n in range(min(MAX_PLACE_WORDS_UNCASED, len(words) - 1), 0, -1):
        name = " ".join(words[:n])
        if is_place(name) and find_country(name) is None:
            return name, True
    if formed and len(words) <= MAX_UNKNOWN_FORMED_WORDS:
        return " ".join(words), True  # a body's form names a place no gazetteer knows
    return None, False


# 'This' and 'that' before a noun in scripts without capitals: Persian 'این', 'آن', Arabic
# 'هذا', 'هذه', 'ذلك', 'تلك', Urdu 'اس', 'یہ', 'وہ', 'اسی': the noun after them is no
# place's name, though a gazetteer knows it as one.
_DEMONSTRATIVES = frozenset("این آن هذا هذه ذلك تلك اس یہ وہ اسی".split())
MAX_UNKNOWN_FORMED_WORDS = 2  # a name after its body's form in a run: 'میونسپل کارپوریشن ملتان'


MAX_PLACE_WORDS_UNCASED = 3  # 'بيت لحم', 'באר שבע', 'رأس الخيمة': a name's words


def _formed_piece(words: list[str], name: str) -> bool:
    """Whether a piece's words start with its body's form of several words, the place
    `name` (any, where '') right after it ('میونسپل کارپوریشن فیصل آباد', Urdu's
    municipal corporation): a list's item, as one with one word for its body is."""
    rest = strip_form(" ".join(words))
    return len(rest) < len(" ".join(words)) and (not name or rest == name)


# A body's seat named after it: 'com sede em Assomada', 'con sede en Tarma', 'avec siège à
# Lomé', 'with its seat in Tabor', 'mit Sitz in Aurich', 'con sede a Prato'.
_SEAT_AFTER = re.compile(
    r"\b(?:com|con|avec|with|mit)\s+(?:(?:its|sua|su|seu|son|sa)\s+)?"
    r"(?:sede|si[èe]ge|seat|sitz)\s+(?:em|en|in|a|à|na|no|at)\s",
    re.IGNORECASE,
)


def _seat_next(parts: list[str], k: int) -> bool:
    """Whether the part after a sentence's part names the seat of the body its last piece
    names ('a Câmara Municipal de Santa Catarina' before 'com sede em Assomada'): the
    body's municipality bears another name than the town it sits in, the place signing."""
    return k + 1 < len(parts) and _SEAT_AFTER.match(parts[k + 1].strip()) is not None


# Prepositions of place a sentence's part may start with before a country's name ('em
# Moçambique', 'in Kenya', 'en Colombia': 'en' as Dutch 'and' joins no country alone).
_WHERE_STARTS = _ONLY_LOCATIVES | REGION_LOCATIVES


def _after_where(part: str) -> str:
    """A sentence's part without the preposition of place and country's name it starts
    with, up to a semicolon, after the places it says where ('Quelimane e Pemba, em
    Moçambique; as ...', 'Arusha and Mwanza, in Tanzania'): the country's name in the
    page's language is the country, no place of the list though a town bears the name."""
    head, _, rest = part.partition(";")
    words = head.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() in _WHERE_STARTS and find_country(words[1].strip(" .")):
        return rest
    return part


# A range a sentence names from one place to another, a few words in lower case between
# ('from Cork in the south to Donegal', 'från Ystad i söder till Kiruna', 'von Flensburg
# im Norden bis Konstanz', 'od Gdańska po Zakopane', 'desde Vigo hasta Almería', 'de Lille à
# Nice'): up to three words between; each language's pair of words, not one that is a
# name's particle too ('Viana do Castelo').
_RANGE_WORDS = (
    ("from", "to"), ("från", "till"), ("fra", "til"), ("von|vom", "bis"), ("van|vanaf", "tot"),
    ("od", "do|po"), ("desde", "hasta|até|a"), ("de", "à"),
)  # fmt: skip
_NAME = r"[^\W\d_a-zß-ÿ][\w'’-]*(?:\s+[^\W\d_a-zß-ÿ][\w'’-]*){0,3}"
_RANGE = re.compile(
    "|".join(
        rf"(?<!\w)(?:{start})\s+{_NAME}(?:\s+[\w'’-]+){{0,3}}"  # 'in the south', 'im Norden'
        rf"\s+(?:{end})\s+(?:(?:the|der|die)\s+)?{_NAME}"
        for start, end in _RANGE_WORDS
    )
)


def _without_ranges(sentence: str) -> str:
    """A sentence without the ranges it names (`_RANGE`): their places are no list's."""
    return _RANGE.sub(" ", sentence)


# A piece of a sentence that ends in a title in lower case and a person's name of two
# capitalised words: 'Vantaan kaupunginjohtaja Ritva Salo', 'Bristol mayor Tom Chester'.
_TITLE_AND_NAME = re.compile(
    r"\s[^\W\d_]*[a-zß-ÿ][^\W\d_]{3,}\s+(?P<name>[^\W\d_a-zß-ÿ][\w'’-]*\s+[^\W\d_a-zß-ÿ][\w'’-]*)$"
)


def _signers_name(item: _Item) -> int:
    """Where a person's name starts that ends an item after its place and a title in lower
    case ('Tampereen pormestari Aino Koskinen'): no place of the list in it; the item's
    length where it has none."""
    tail = _TITLE_AND_NAME.search(item.text)
    if tail is None or not tail.group().split()[0].islower():
        return len(item.text)
    if not any(f.end <= tail.start() for _, f in item.places):
        return len(item.text)  # no place before the title: 'mayor Tom Chester' alone
    return tail.start("name")


def _records(sentence: str) -> list[str] | None:
    """A sentence's records a semicolon parts, MIN_IN_SENTENCE or more, two thirds of them
    a signer's (`_signers_record`) ('Anna Keller, Oberbürgermeisterin der Stadt
    Regensburg; Jan Berg, Bürgermeister der Stadt Lindau; ...'): each record one item of
    fields, as a line of a list is, so that its place is the one in the field that names
    one in most records, not a signer's surname that names one too; None otherwise."""
    if sentence.count(";") < MIN_IN_SENTENCE - 1:
        return None
    records = [r.strip() for r in _split_outside_brackets(sentence, ";") if r.strip()]
    fielded = sum(_signers_record(*r.split(",", 1)) for r in records if "," in r)
    return records if fielded * 3 >= len(records) * 2 else None


def _signers_record(name: str, rest: str) -> bool:
    """A person's name (two words or more, each capitalised: 'Dr. Jana Ebert') before
    words among which some are in lower case (a role: 'maire de Rennes'); not a place
    before others ('Mombasa, Garissa and Lamu in Kenya')."""
    words = name.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and any(w[:1].islower() for w in _WORD.findall(rest))
    )


# Prepositions of place before a country's name after a place ('Prizren in Kosovo',
# 'Prizren au Kosovo'): the country says where the place is. Not 'en', Dutch 'and'.
_WHERE = _ONLY_LOCATIVES - {"en"}


def _conjoined(item: _Item) -> list[_Item]:
    """A piece of a sentence that names two places an 'and' apart (`_and_between`), as two
    items: a short word in lower case of a language the reader lacks is an 'and'; but a
    country after a preposition of place (`_WHERE`: 'Prizren in Kosovo', not Slovenian
    'Koper in Ptuj') is where the first is, none of the list's places."""
    places = [f for _, f in item.places]
    for first, second in pairwise(places):
        between = item.text[first.end : second.start]
        if between.split() in ([w] for w in _WHERE) and find_country(second.name):
            return _conjoined(replace(item, places=tuple(p for p in item.places if p[1] != second)))
        if _and_between(between):
            cut = second.start
            rest = replace(item, text=item.text[cut:], fields=((0, len(item.text) - cut),))
            moved = tuple(
                (k, replace(f, start=f.start - cut, end=f.end - cut))
                for k, f in item.places
                if f.start >= cut
            )
            head = replace(item, text=item.text[: first.end], places=tuple(
                (k, f) for k, f in item.places if f.start < cut
            ))  # fmt: skip
            return [head, *_conjoined(replace(rest, places=moved))]
    return [item]


_NAME_END = re.compile(r"[,;.:()]")


def _in_institution(text: str, found: Found) -> bool:
    """Whether a place found is a word of an institution's name in its field, not the
    field's whole name ('Semmelweis Egyetem Egészségügyi Közszolgálati Kar', 'Magyar
    Vöröskereszt Baranya Vármegyei Szervezete', 'Universidad de Deusto'): an institution
    the list names beside its towns, no town of it."""
    field = next((text[s:e] for s, e in _fields(text) if s <= found.start < e), "")
    words = set(fold(field).replace("-", " ").split())
    return bool(words & INSTITUTION_WORDS) and fold(field).strip() != fold(found.name)


def _a_region(text: str, found: Found) -> bool:
    """Whether a place found is, with the words after it, a country's subdivision named
    whole after a preposition of place ('no Ceará, foram certificados Sobral, ...', 'Santarém
    e Altamira, no Pará', 'no Rio Grande do Norte', not Rio Grande): where a group's places
    are, none of them."""
    words = text[: found.start].split()
    if not words or words[-1].lower() not in REGION_LOCATIVES:
        return _where_piece(text, found)
    name = _NAME_END.split(text[found.start :], maxsplit=1)[0].split()
    return any(
        subdivision_countries(" ".join(name[:n]))
        for n in range(len(name), 0, -1)
        if found.start + len(" ".join(name[:n])) >= found.end
    )


def _where_piece(text: str, found: Found) -> bool:
    """Whether a place found is in a piece that is a preposition of place before a region
    and names nothing else ('Na Amazônia Legal', a sentence's first piece before the verb
    and its list): where the list's places are."""
    words = text.split()
    return (
        len(words) > 1
        and words[0].lower() in REGION_LOCATIVES
        and found.start >= len(words[0])
        and all(w[:1].isupper() or w in PARTICLES for w in words[1:])
    )


def _after_locative(text: str, found: Found) -> bool:
    """Whether a place comes after a preposition of place ('Elbląga podczas spotkania w
    Olsztynie'): a piece of a list's sentence names one entry first, then may say where."""
    words = text[: found.start].split()
    return bool(words) and words[-1].lower() in _LOCATIVES


def _most_cased_items(pieces: list[str]) -> int:
    """At most how many of the pieces' items (`_items`) name a place: the ones with a
    capital letter, as a place found starts with one, each and the capitalised words after
    an 'and' of a language the reader lacks in it (`_ands_before_capitals`: 'Dobeles novada
    un Saldus novada', which `_conjoined` parts)."""
    return sum(
        1 + _ands_before_capitals(part)
        for piece in pieces
        for part in _split_items(piece)
        if part.strip() and not part.islower()
    )


def _ands_before_capitals(part: str) -> int:
    """How many short words in lower case that may be an 'and' (`_SHORT_AND`, `_is_and`)
    stand right before a capitalised word in a part ('Rīga un Jelgava': one)."""
    return sum(
        _is_and(short.group()) and part[short.end() : short.end() + 1].isupper()
        for short in _SHORT_AND.finditer(part)
    )


def _column(block: list[_Item]) -> int:
    """The field whose places, not countries, fill most of it over a block's items: 'Stadt
    Regensburg' more than 'Oberbürgermeisterin Anna Keller' fills its field. A place in a
    field that names a body counts half: 'Primăria Municipiului Arad, Județul Arad' lists
    the city, its county after it. A place in a bracket that names a body's city counts
    for the body's field (`_bracket_place`). A place a field names again on a later line
    counts once: a region's column repeats its names, the list's own names each once
    ('Ayuntamiento de Écija | Sevilla', 'Ayuntamiento de Dos Hermanas | Sevilla')."""
    cover: dict[int, float] = {}
    seen: set[tuple[int, str]] = set()
    for item in block:
        best: dict[int, float] = {}
        rivals = len({k for k, _ in item.places}) > 1  # a signer's name that names one too
        for k, found in item.places:
            if find_country(found.name) is None:
                start, end = item.fields[k] if k < len(item.fields) else (0, len(item.text))
                field = item.text[start:end].strip()
                headed = rivals and _after_east_slavic_head(item.text, found)
                field = strip_form(_after_role(field) if rivals else field)  # 'Bergen
                # kommune', 'Mayor of Leeds' are full: a signer's 'Tom Preston' is not
                field = without_form_before(field)  # 'เทศบาลนครหาดใหญ่' is full too
                field = item.text[found.start : end] if headed else field  # 'голова Луцька'
                share = (found.end - found.start) / max(1, len(field))
                share /= 1 + (found.inflected and not headed)  # an inflected place is less
                # sure: half; not the genitive a town's head's title asks for ('мэр Томска')
                share /= 1 + bool(body_kind(item.text[start:end]))  # 'Județul Arad': half
                share *= 1 + _town_body(item.text[start:end])  # 'Comune di Lodi': twice
                if k and _bracket_place(item, k - 1) is found:
                    k -= 1  # 'Distrito Nacional (Santo Domingo)': the body's city, its field's
                if (k, found.name) in seen and found.name:
                    continue
                best[k] = max(best.get(k, 0.0), share)
        seen.update((k, found.name) for k, found in item.places)
        for k, share in best.items():
            cover[k] = cover.get(k, 0.0) + share
    return max(cover, key=lambda k: (cover[k], -k), default=0)


def _town_body(field: str) -> bool:
    """Whether a table's field names a town's body by its form ('Stadt Erlangen', 'Comune
    di Lodi', 'Bergen kommune'): a member's own cell, which a column of its regions' bare
    names ('Milano', 'Bayern') is not, however many of those are known places."""
    field = field.strip()
    return strip_form(field) != field and not body_kind(field)


def _after_east_slavic_head(text: str, found: Found) -> bool:
    """Whether a place stands right after an East Slavic title of a town's head, which
    names it in the genitive (`_EAST_SLAVIC_HEAD`: 'Іван Мельник, міський голова Луцька'):
    the signer's place, though the signer's name names one too (Мельник)."""
    start = max(0, found.start - MAX_ROLE_CHARS)
    return _EAST_SLAVIC_HEAD.search(text, start, found.start) is not None


def _after_role(field: str) -> str:
    """A field without the role it starts with ('Mayor of Leeds': 'Leeds')."""
    role = _role_in(field)
    return field[role.end() :] if role is not None and role.start() == 0 else field


# A region named as a part of its country: 'Norte de Portugal', 'North of England', 'Nord
# de la France', 'Süden von Österreich'.
_OF_COUNTRY = re.compile(r"^[^\W\d_][\w-]*\s+(?:de|do|da|du|del|of|von)\s+(?:la\s+|the\s+)?(.+)$")


def _country_of_region(field: str) -> str:
    """The country a field names as the whole of which its region is a part ('Norte de
    Portugal': Portugal); '' for any other field."""
    match = _OF_COUNTRY.match(field)
    return match[1] if match and match[1][:1].isupper() and find_country(match[1]) else ""


def _entry(item: _Item, column: int, last: bool = False, *, before: bool = True) -> RawEntry | None:
    """An item's entry: its place in the list's column (the last one where `last`), and a
    country from another field (one after the column's only, unless `before`)."""
    places = [found for index, found in item.places if index == column]
    bracket = _bracket_place(item, column)
    if not places and bracket is None:
        return _body_entry(item, column)
    # an inflected place stands first, after its frame ('Primátor Plzně Tomáš Černý')
    place = _exact_place(item, column, last) if places else None
    if bracket is not None and (
        place is None or _inside_a_name(item.text, place, item.fields[column][0])
    ):
        place = bracket  # 'Alcaldía del Distrito Central (Tegucigalpa)': not 'Central'
    if place is None:
        return None
    country = item.country
    coded = _code_after(item, column)  # 'Serra (ES)': Espírito Santo's, or Spain: the list's
    for k, (start, end) in enumerate(item.fields):
        value = clean(item.text[start:end])
        if coded[1] and k == column + 1:
            continue
        if k != column and (before or k > column) and value[:1].isupper() and find_country(value):
            country = value  # 'Estonia', 'EE'; not a column's 'no'
            break
        if k > column and (inside := _country_of_region(value)):
            country = inside  # 'Norte de Portugal': a region of Portugal
            break
    codes: tuple[str, ...] = (code,) if country and (code := find_country(country)) else ()
    region, codes = ("", codes) if codes else _region_cell(item, column)
    if not country and not codes:
        region, codes = coded
    start, end = item.fields[column] if column < len(item.fields) else (0, len(item.text))
    field = _BULLET.sub("", clean(item.text[start:end]), count=1)  # '• Consiliul Județean X'
    field = signed_for(field)  # 'Pentru Consiliul Județean X': the body it signs for
    name, kind = (
        (without_government(field), body_kind(field))
        if body_kind(field)
        else (strip_form(place.name), "city")
    )
    if kind == "city" and fold(levelled_town(field)) == fold(name):
        name = field  # 'Intendencia de Salto': its country says what it governs (`level_in`)
    if kind == "city" and " " not in place.name and body_kind(place.name):
        name, kind = place.name, body_kind(place.name)  # '長野県知事': the prefecture's head
    if kind == "city" and (oblast := oblast_named(field)):
        name, kind = oblast, "region"  # 'губернатор Ленинградской области': not Ленинград
    if kind == "city" and (body := body_in_genitive(field)):
        name, kind = body[0], body_kind(body[0])  # 'Starosta Powiatu Tatrzańskiego'
    return RawEntry(item.line, clean(item.text), name, country, region, codes, kind=kind)


# The kinds of body a name's own words say for certain, whatever place it is named after:
# a union of a region's municipalities ('Harjumaa Omavalitsuste Liit', 'Związek Gmin
# Podhala'), a metropolitan area ('Área Metropolitana do Porto').
_CERTAIN_BODIES = frozenset({"union of municipalities", "metropolitan area"})
# The bodies a line of its own names among a list's places, no place found in it
# (`_region_body`): a region's, or one of a certain kind.
_LINE_BODIES = _CERTAIN_BODIES | {"region"}


def _body_entry(item: _Item, column: int) -> RawEntry | None:
    """An item's entry where it names no known place but its line is a body of a certain
    kind alone (`_region_body`, `_CERTAIN_BODIES`: 'Harjumaa Omavalitsuste Liit (2022)'
    among 'Tallinna linn (2018)' items, a member named after a county the gazetteer does
    not know): the body's whole name; None otherwise, or where it is named after a plural
    word for towns ('Stowarzyszenie Miast Średnich', of medium towns: a network of towns,
    the page's own, no member named after a place)."""
    body = _region_body(item) if column == 0 else []
    name = body[0][1].name if body else ""
    kind = body_kind(name) if body else ""
    if kind not in _CERTAIN_BODIES or PLURAL_TOWNS.search(body_place(name).split(" ", 1)[0]):
        return None
    return RawEntry(item.line, clean(item.text), name, item.country, kind=kind)


def _countries_before(block: list[_Item], column: int) -> bool:
    """Whether half or more of a block's items with a place in its column name a country in
    one field before it, as a table whose first column is the country's does ('Österreich\t
    Wien'); where fewer do, such a field is something else that reads as a country, a
    person's surname or given name in a table of people ('Jordan, Nils', 'Dahl, Per')."""
    placed = [item for item in block if any(k == column for k, _ in item.places)]
    named: dict[int, int] = {}
    for item in placed:
        for k, (start, end) in enumerate(item.fields[:column]):
            value = clean(item.text[start:end])
            if value[:1].isupper() and find_country(value) is not None:
                named[k] = named.get(k, 0) + 1
    return max(named.values(), default=0) * 2 >= len(placed) > 0


def _in_the_lists_frame(block: list[_Item], column: int) -> list[_Item]:
    """A table (its rows' cells parted by tabs) whose column's cells, more than half and
    MIN_FOUND or more, frame their place with the same word after it ('Bodø kommune', 'Umeå
    kommun', 'Aarhus Kommune'), without the rows whose cell names its place only inside
    another body's name: words before it that are no form ('Länsstyrelsen i Gävle'), a name
    or a company's form in capitals after it ('Kiruna Energi AB', 'Enova SF'). A cell of
    the place alone, after a form ('Stadt Graz'), before a form the reader knows ('Kirklees
    Council') or one word not in capitals (another form in the list's language: 'Malmö
    stad', 'Göteborgs Stad' among 'X kommun'), or a body's ('Region Skåne'), stays; so does
    one word of the town's official name before it and the town's form after it ('Greater
    Chennai Corporation', 'Bruhat Bengaluru Mahanagara Palike' among 'X Municipal
    Corporation')."""
    if not all("\t" in item.text for item in block):
        return block  # a sentence's or a list's own lines: their shapes read them
    cells = {id(item): _cell_around(item, column) for item in block}
    words: dict[str, int] = {}
    for cell in cells.values():
        if cell is not None and cell[1]:
            word = fold(cell[1].split()[0])
            words[word] = words.get(word, 0) + 1
    frame, most = max(words.items(), key=lambda kv: (kv[1], kv[0]), default=("", 0))
    placed = sum(cell is not None for cell in cells.values())
    if most < MIN_FOUND or most * 2 <= placed:
        return block
    return [
        item
        for item in block
        if (cell := cells[id(item)]) is None or _in_frame(item, cell, frame, column)
    ]


def _cell_around(item: _Item, column: int) -> tuple[str, str] | None:
    """The words before an item's place in the list's column and after it in the same
    field (a bullet left out); None where the column names no place."""
    found = next((f for k, f in item.places if k == column), None)
    if found is None or column >= len(item.fields):
        return None
    start, end = item.fields[column]
    lead = _BULLET.sub("", item.text[start : found.start].strip(), count=1)
    return lead.strip(), item.text[found.end : end].strip()


def _in_frame(item: _Item, cell: tuple[str, str], frame: str, column: int) -> bool:
    """Whether an item's cell (`_cell_around`) is a member's in a list framed by `frame`."""
    lead, rest = cell
    if frame in map(fold, _WORD.findall(rest)) or (rest and find_country(rest) is not None):
        return True  # 'Bodø kommune', 'Brighton & Hove City Council'; 'Lyon France'
    start, end = item.fields[column]
    if body_kind(clean(item.text[start:end])):
        return True  # 'Region Skåne', 'Trøndelag fylkeskommune'
    led = not lead or _FORM.match(f"{lead} X") is not None
    found = next(f for k, f in item.places if k == column)
    formed = not rest or _FORM_NEXT.match(item.text, found.end) is not None
    if rest and formed and " " not in lead and lead[:1].isupper():
        return True  # a word of the town's official name before it, the town's form after
        # it: 'Greater Chennai Corporation', 'Bruhat Bengaluru Mahanagara Palike'
    return led and (formed or (" " not in rest and not rest.isupper()))


def _in_column(item: _Item, column: int) -> bool:
    """Whether an item names a place in the list's column, or in a bracket right after it
    that names its body's city (`_bracket_place`)."""
    return any(k == column for k, _ in item.places) or _bracket_place(item, column) is not None


def _bracket_place(item: _Item, column: int) -> Found | None:
    """The place a bracket right after the item's column names as a whole, no country: the
    city a body named for its district governs ('Ayuntamiento del Distrito Nacional (Santo
    Domingo)'); None if none."""
    if column + 1 >= len(item.fields):
        return None
    end, (start, stop) = item.fields[column][1], item.fields[column + 1]
    if item.text[end:start].strip() != "(" or item.text[stop : stop + 1] != ")":
        return None
    inside = [f for k, f in item.places if k == column + 1]
    if len(inside) != 1 or inside[0].name != item.text[start:stop].strip():
        return None
    return None if find_country(inside[0].name) else inside[0]


def _inside_a_name(text: str, place: Found, start: int = 0) -> bool:
    """Whether a place found in a text is the end of a longer name, a capitalised word no
    particle right before it in its field, from `start` ('Distrito Central', 'the Central
    District' is none; nor is a label's field before it: 'First Prize: Getafe (Madrid)')."""
    before = text[start : place.start].split()[-1:]
    return bool(before) and before[0][:1].isupper() and before[0].lower() not in PARTICLES


def _code_after(item: _Item, column: int) -> tuple[str, tuple[str, ...]]:
    """The code in a bracket right after an item's place, a state's or province's or a
    country's ('Guarulhos (SP)', 'Plano (TX)', 'Serra (ES)': Espírito Santo, or Spain):
    the region and the countries it may be of, which the list's codes decide as a whole
    (`place_codes`); ('', ()) for any other field."""
    if column + 1 >= len(item.fields):
        return "", ()
    start, end = item.fields[column + 1]
    cell = clean(item.text[start:end])
    if len(cell) != 2 or not cell.isupper() or not item.text[end:].lstrip().startswith(")"):
        return "", ()  # a table's cell ('Vaduz\tFL') is left to the table's readers
    _, region, codes = place_codes(cell)
    return (region, codes) if codes else ("", ())


def _region_cell(item: _Item, column: int) -> tuple[str, tuple[str, ...]]:
    """A table row's cell right after its place's that names a state, province or district
    of a country ('Lagos\tFaro\t2008': Faro, Portugal's): the region and its countries'
    codes; ('', ()) where it names none or the row is no table's."""
    if "\t" not in item.text or column + 1 >= len(item.fields):
        return "", ()
    start, end = item.fields[column + 1]
    cell = clean(item.text[start:end])
    if not _name_like(cell) or cell.isupper() or any(char.isdigit() for char in cell):
        return "", ()  # not a code ('D', 'CH': a country's, which the list's codes read)
    if _joined_by_dashes(item.text, start, end):
        return "", ()  # 'فاس - مكناس' (Fès-Meknès): a region named for its towns, not its first
    _, region, codes = place_codes(cell)
    return (region, codes) if codes else ("", ())


# A dash between the names a region joins into its own, spaced: 'Fès - Meknès', 'طنجة - تطوان'.
_JOINING_DASH = re.compile(r"\s[-‐–—]\s")


def _joined_by_dashes(text: str, start: int, end: int) -> bool:
    """Whether a field of a table's row is one of the names its tab cell joins with dashes
    (`_JOINING_DASH`): a region named for its towns ('Fès - Meknès'), no region by the
    field's name alone."""
    cell_end = text.find("\t", end)
    cell = text[text.rfind("\t", 0, start) + 1 : cell_end if cell_end >= 0 else len(text)]
    return _JOINING_DASH.search(cell) is not None


def _exact_place(item: _Item, column: int, last: bool = False) -> Found:
    """The longest place named exactly in the item's column after its form's words, or
    where `last` the second of two one space apart that start it (a title word that is a
    place's name too, then the place); else its first place."""
    places = [found for index, found in item.places if index == column]
    start = item.fields[column][0] if column < len(item.fields) else 0
    field = item.text[start:]
    lead = len(field) - len(field.lstrip())
    bullet = _BULLET.match(field[lead:])
    lead += bullet.end() if bullet else 0
    form = _FORM.match(field[lead:])  # 'Câmara Municipal de' (GeoNames has a Câmara) is none
    after = start + lead + (form.end() if form else 0)
    exact = [f for f in places if not f.inflected and f.end > after]
    exact = [f for f in exact if not _in_country_name(item.text, f)] or exact
    exact = [f for f in exact if not _qualifier(item.text, f, exact)] or exact
    exact = [f for f in exact if not _peoples_adjective(item.text, f)] or exact
    if not exact:
        return places[0]
    if (
        last
        and len(exact) == 2
        and not item.text[start : exact[0].start].strip()
        and item.text[exact[0].end : exact[1].start] == " "
    ):
        return exact[1]  # 'Bundesstadt Bonn', not 'Las Palmas de Gran Canaria' (five words)
    if (formed := _formed_after_region(item.text, exact)) is not None:
        return formed
    return max(exact, key=lambda f: (f.end - f.start, f.start))


def _formed_after_region(text: str, exact: list[Found]) -> Found | None:
    """Of two places one space apart, the second where a body's form follows it: the
    body's town, after its province or county ('Eskişehir Tepebaşı Belediyesi', 'Innlandet
    Hamar kommune', 'Lancashire Preston City Council'), however long the first's name."""
    for first, second in pairwise(exact):
        if text[first.end : second.start] == " " and _FORM_NEXT.match(text, second.end):
            return second
    return None


def _qualifier(text: str, found: Found, places: list[Found]) -> bool:
    """Whether a place stands in a bracket right after another place, as the lake, river
    or region that tells the place from its namesakes ('Lindau (Bodensee)', 'Frankfurt
    (Oder)', 'Saint-Denis (La Réunion)'): the place is the one before it."""
    return any(
        other.end <= found.start and text[other.end : found.start].strip() == "("
        for other in places
    )


def _peoples_adjective(text: str, found: Found) -> bool:
    """Whether a place found is a people's adjective too, the adjective of a country
    (`country_adjective`), beside another place: the body of that people in the town
    ('Lefkoşa Türk Belediyesi', 'Nicosia Turkish Municipality'), not a town of that name."""
    return country_adjective(text[found.start : found.end]) is not None


_NEXT_WORD = re.compile(r"\s+[^\W\d_]+")
_WORD_BEFORE = re.compile(r"[^\W\d_]+\s+$")


def _in_country_name(text: str, found: Found) -> bool:
    """Whether a place found is a country's name or a word of one with the word beside it
    ('Macedonia', 'North' of 'North Macedonia' in 'North Macedonia Skopje 526 000'): a
    table's country cell, not its city."""
    if find_country(found.name) is not None:
        return True
    after = _NEXT_WORD.match(text, found.end)
    before = _WORD_BEFORE.search(text, 0, found.start)
    return bool(after and find_country(text[found.start : after.end()])) or bool(
        before and find_country(text[before.start() : found.end])
    )


def _ends_fields(block: list[_Item], column: int) -> bool:
    """Whether two thirds or more of a block's items that name one place in the column,
    three or more, end their field with it ('Stadt Köln', 'Landeshauptstadt Linz'): the
    list writes its places last, and a line naming two ('Bundesstadt Bonn', where the
    first word is a name of Bern too) names its place last as well."""
    ends = single = 0
    for item in block:
        places = [f for k, f in item.places if k == column]
        if len(places) == 1 and column < len(item.fields):
            single += 1
            ends += item.text[places[0].end : item.fields[column][1]].strip() == ""
    return single >= MIN_FOUND and ends * 3 >= single * 2


def _framed(block: list[_Item], column: int) -> str:
    """Two thirds or more of a block's lines, three or more, frame their place in the list's
    column with the same word (`_frame_words`): 'Prezydent Miasta Lublina', 'Δήμος Βόλου',
    'Lahden kaupunki'; a line's items count each where several stand a line as names do,
    after a label's colon or as Nordic bodies."""
    firsts: dict[str, int] = {}
    per_line = Counter(item.line for item in block)
    for item in block:
        found = next((f for k, f in item.places if k == column), None)
        for frame in _frame_words(item.text, found) if found is not None else set():
            firsts[frame] = firsts.get(frame, 0) + 1
    frame, most = max(firsts.items(), key=lambda kv: (kv[1], kv[0]), default=("", 0))
    lined = all(
        per_line[item.line] == 1 or item.labelled or nordic_body(item.text) for item in block
    )
    return frame if lined and most >= 3 and most * 3 >= len(block) * 2 else ""  # one a line,
    # or bodies several a line ('Oulun kaupunki, Iin kunta': `formed_items`), or a label's
    # names after its colon ('Θεσσαλία: Δήμος Βόλου, Δήμος Λάρισας': `labelled_items`)


# The word of belonging right before a place, as a body's name has it: 'Mairie de X'.
_OF_PLACE = re.compile(r"\s(?:(?:of|de|di|du|da|do|del|della|van|von)\s|d['’])$", re.IGNORECASE)


def _genitive_entries(
    block: list[_Item], column: int, frame: str, is_place: PlaceNames
) -> list[RawEntry]:
    """The entries of a list of genitives framed by `frame`: each item that has the frame,
    its place in the column that stands after the word most of the list's places stand
    after ('města Brna', 'Primátor Plzně Tomáš Černý', 'Burgemeester Sanne Mulder van
    Leeuwarden'), read in a case form where one names a place ('Turun' is Turku, not a
    Turun elsewhere; 'Βόλου' is Βόλος); and an item in another frame that names its place
    after a word of belonging ('Baionako Herriko Etxea / Mairie de Bayonne'), or is a row of
    the same table ('Jelgavas valstspilsēta' among rows of 'X novads'), or has a Nordic
    body's other form ('Lunds kommun' among 'X stad', `_body_form_after`). An item's place
    right after an East Slavic town's head's title is its place whatever its field or frame
    ('Павел Орёл, мэр города Пскова' among 'Омская городская дума': `_headed_entry`). A
    region's body on a line of its own among them is one (`_region_lines`)."""
    after: dict[str, int] = {}
    for item in block:
        for word in {_word_before(item.text, f) for k, f in item.places if k == column}:
            after[word] = after.get(word, 0) + 1
    regions = _region_lines(block, column)
    entries = []
    for item in block:
        if (headed := _headed_entry(item, is_place)) is not None:
            entries.append(headed)
            continue
        if id(item) in regions:
            entries.extend(e for e in [_entry(regions[id(item)], 0)] if e is not None)
            continue
        places = [f for k, f in item.places if k == column]
        titled = bool(places) and _titled_place(item.text, places[0])
        if places and frame not in _frame_words(item.text, places[0]) and "\t" not in item.text:
            kept = (
                titled
                or _title_alone_after(item.text, places[0])
                or _body_form_after(item.text, places[0])
                or _in_genitive_body(item.text, places[0])
                or any(_OF_PLACE.search(item.text, 0, f.start) for f in places if not f.inflected)
            )  # 'Baionako Herriko Etxea / Mairie de Bayonne'; not 'Privatumo politika'
            entry = _entry(item, column) if kept or item.labelled else None  # read once kept
            if entry is not None and (kept or entry.kind != "city"):  # a labelled body
                entries.append(entry)
            continue
        if not places:
            continue
        found = max(places, key=lambda f: (after.get(_word_before(item.text, f), 0), -f.start))
        found = _in_case_form(item, found, is_place)
        entry = _entry(replace(item, places=((column, found),)), column)
        entries.extend([entry] if entry is not None else [])
    return entries


def _region_body(item: _Item) -> list[tuple[int, Found]]:
    """An item's line that is a region's body alone, its whole name as its place
    (`_body_cell`: 'Περιφέρεια Κρήτης (συνεργαζόμενο μέλος)'); [] if it is none."""
    if "\t" in item.text:
        return []
    body = _body_cell(item.text, list(item.fields))
    return body if body and body_kind(body[0][1].name) in _LINE_BODIES else []


def _region_lines(block: list[_Item], column: int) -> dict[int, _Item]:
    """The items of a list of genitives (by their ids) that are a region's body, by its
    whole name ('Περιφέρεια Κρήτης' among 'Δήμος Βόλου' lines, whose genitive reads as a
    village's case form or as no place: `_body_cell`), as items with that place, where
    they are fewer than a third of the other items with a place in the column: many are a
    field of the towns' cards, the region each is in, no signer."""
    regions = {
        id(item): replace(item, places=tuple(body))
        for item in block
        if (body := _region_body(item))
    }
    placed = sum(
        id(item) not in regions and any(k == column for k, _ in item.places) for item in block
    )
    return regions if len(regions) * 3 < placed else {}


def _without_region_fields(block: list[_Item], column: int) -> list[_Item]:
    """A block without its lines of a region's body that name no place and are no signers
    (`_region_lines`): the region each town's card is in."""
    regions = _region_lines(block, column)
    return [i for i in block if i.places or id(i) in regions or not _region_body(i)]


def _headed_entry(item: _Item, is_place: PlaceNames) -> RawEntry | None:
    """An item's entry where a place stands right after an East Slavic town's head's title
    in any of its fields (`_after_east_slavic_head`: 'Павел Орёл, мэр города Пскова'), read
    in its case form; None where none does."""
    for k, found in item.places:
        if _after_east_slavic_head(item.text, found):
            return _entry(replace(item, places=((k, _in_case_form(item, found, is_place)),)), k)
    return None


def _in_case_form(item: _Item, found: Found, is_place: PlaceNames) -> Found:
    """A place found exactly, read in a case form where one names a place ('Turun' is
    Turku's genitive, not a Turun elsewhere)."""
    if found.inflected:
        return found
    written = item.text[found.start : found.end]
    nominative = _case_form_place(written, is_place) if " " not in written else None
    return replace(found, name=nominative or found.name, inflected=bool(nominative))


# A word in lower case right after a place, one space apart: a title that takes the
# place's genitive before it ('Turun pormestari', 'Oulun kaupunginjohtaja').
_LOWER_WORD_NEXT = re.compile(r" ([a-zß-ÿ][^\W\d_]{3,})\b")


def _title_after(item: _Item) -> dict[str, tuple[int, Found]]:
    """An item's words in lower case, folded, each right after one of its places, with
    that place and its field."""
    found: dict[str, tuple[int, Found]] = {}
    for k, place in item.places:
        word = _LOWER_WORD_NEXT.match(item.text, place.end)
        if word is not None and not _a_form(word[1].lower()):
            found.setdefault(fold(word[1]), (k, place))
    return found


@lru_cache(maxsize=1 << 10)
def _a_form(word: str) -> bool:
    """Whether a word after a place is its body's form, no title ('Harju maakond', 'Zala
    vármegye', 'Rana kommune', 'Lahden kaupunki'): the place's own column."""
    return (
        word in NORDIC_FORMS
        or bool(body_kind(f"Xx {word}"))
        or _FORM_NEXT.match(f" {word}") is not None
    )


def _before_shared_title(block: list[_Item]) -> frozenset[str]:
    """The titles of a list whose lines name their place before a word in lower case that
    two or more of them share, one shared by MIN_FRAMED_LINES or more, in two thirds of
    its lines, MIN_FOUND or more ('Minna Aaltonen, Turun pormestari', 'Oulun
    kaupunginjohtaja Sami Heikkilä'): a title after its place's genitive, whatever field
    or item of the line it stands in and whatever other name (a given name that is a
    place) the line holds; empty for any other block."""
    lines = _titles_by_line(block)
    if len(lines) < MIN_FOUND:
        return frozenset()
    words = Counter(word for _, after in lines for word in after)
    titles = frozenset(word for word, n in words.items() if n >= 2)
    if not titles or max(words.values()) < MIN_FRAMED_LINES:
        return frozenset()
    titled = sum(not titles.isdisjoint(after) for _, after in lines)
    return titles if titled >= MIN_FOUND and titled * 3 >= len(lines) * 2 else frozenset()


def _titles_by_line(
    block: list[_Item],
) -> list[tuple[list[_Item], dict[str, tuple[_Item, int, Found]]]]:
    """A block's lines, each its items and the words in lower case right after their places
    (`_title_after`), with the item, field and place each follows."""
    lines = []
    for _, group in groupby(block, key=lambda item: item.line):
        items = list(group)
        after = {
            w: (item, k, f) for item in reversed(items) for w, (k, f) in _title_after(item).items()
        }
        lines.append((items, after))
    return lines


def _titled_entries(
    block: list[_Item], titles: frozenset[str], is_place: PlaceNames
) -> list[RawEntry]:
    """The entries of a list of titles after their places' genitives (`_before_shared_title`):
    each line's place before its title, in the field or item it stands in; a line with
    none inside the list keeps its places in the list's column, and one outside the titled
    lines (a 'Lue myös' link under the list) is none of it."""
    column = _column(block)
    lines = _titles_by_line(block)
    at = [k for k, (_, after) in enumerate(lines) if not titles.isdisjoint(after)]
    entries: list[RawEntry] = []
    for items, after in lines[at[0] : at[-1] + 1]:
        title = next((word for word in after if word in titles), None)
        if title is None:
            entries.extend(e for item in items if (e := _entry(item, column)) is not None)
            continue
        item, k, found = after[title]
        found = _in_case_form(item, found, is_place)
        entry = _entry(replace(item, places=((k, found),)), k)
        entries.extend([entry] if entry is not None else [])
    return entries


def _titled_place(text: str, found: Found) -> bool:
    """Whether a line's place stands right after a role that opens the line ('Starosta
    Písku – ...', 'Burmistrz Sandomierza – ...' among 'Prezydent Miasta X' lines): its
    town's head under another title, which names the place as the frame's does."""
    role = role_before(text[: found.start])
    return role is not None and not text[: role.start()].strip()


def _title_alone_after(text: str, found: Found) -> bool:
    """Whether a line ends in its place's case form and one word in lower case after it
    ('Maddi Harriet, Donibane Garaziko auzapeza' among lines of 'X-ko alkatea'): its town's
    head under another title, which names the place as the frame's does."""
    after = text[found.end :].split()
    return found.inflected and len(after) == 1 and after[0].isalpha() and after[0].islower()


def _body_form_after(text: str, found: Found) -> bool:
    """Whether a Nordic body's form right after its place ends the name ('Lunds kommun',
    'Kirkkonummen kunta / Kyrkslätts kommun', the name again in the other language): a
    town's body of another form than its list's frame ('Göteborgs stad'), which names its
    town as the frame does."""
    form = _NORDIC_FORM_NEXT.match(text, found.end)
    return form is not None and form[1].lower() in NORDIC_FORMS


# A word right after a place that ends its name: the end, or a slash, comma or bracket.
_NORDIC_FORM_NEXT = re.compile(r" (\w+)[ \t]*(?:$|[/,(])")


def _labelled_lines(block: list[_Item]) -> list[_Item]:
    """A block whose lines are mostly labels, each over its names ('Belgique — 5 membres :
    Liège, Namur'), without its other lines: the lines of one list share a shape, and a
    line of another shape beside them is a total or a note ('Total : 26 membres'). A line
    of the same shape with one name after its label ('Saarland: Saarbrücken') is one of
    the list's lines: its name is its item."""
    if not any(item.labelled for item in block):
        return block
    kept = [item if item.labelled else _one_labelled_name(item) for item in block]
    lines = {item.line: new is not None for item, new in zip(block, kept, strict=True)}
    if sum(lines.values()) < 2 or sum(lines.values()) * 2 <= len(lines):
        return block
    return [item for item in kept if item is not None]


def _one_labelled_name(item: _Item) -> _Item | None:
    """The item of a line's one name after its label and colon ('Saarland: Saarbrücken'),
    its places where they stand in the name; None where the line has no such shape."""
    written = _dash_as_colon(item.text) or item.text  # 'Noord-Holland – Alkmaar' too
    labelled = labelled_items(written, least=1)
    if labelled is None or len(labelled[1]) != 1:
        return None
    cut = written.index(":") + 1
    cut += len(item.text[cut:]) - len(item.text[cut:].lstrip())
    text = item.text[cut:]
    fields = tuple(_fields(text))
    places = []
    for _, found in item.places:
        if found.start >= cut:
            moved = replace(found, start=found.start - cut, end=found.end - cut)
            index = next((k for k, (s, e) in enumerate(fields) if s <= moved.start < e), 0)
            places.append((index, moved))
    return replace(
        item, text=text, fields=fields, places=tuple(places),
        country=labelled[0] or item.country, labelled=True,
    )  # fmt: skip


def _without_header_rows(block: list[_Item]) -> list[_Item]:
    """A table's block without the rows above its first with a figure, where two thirds or
    more of its rows have one ('Einwohner', 'Mitglied seit'): its header and filter rows
    ('Kommune / Bundesland / Einwohner', 'Suche / Bundesland wählen'), in any language,
    whose words read as inflected places ('Suche' as Sucha) are no entries (the lines
    without cells above the rows are `_table_rows`')."""
    rows = [item for item in block if "\t" in item.text]
    figures = [any(char.isdigit() for char in item.text) for item in rows]
    if len(rows) < MIN_FOUND or sum(figures) * 3 < len(rows) * 2 or figures[0]:
        return block
    first = rows[figures.index(True)].line
    return [item for item in block if item.line >= first or "\t" not in item.text]


MIN_NAMES_ROW = 4  # a place, its region and country are three fields at most


def _names_a_line(block: list[_Item], lines: list[str]) -> list[_Item]:
    """A block of lines of names a comma parts, each a place and nothing else, as many a
    line as its group has ('Almere, Lelystad', 'Arnhem, Ede, Nijmegen, Tiel'): each name an
    item, and a name alone that starts a paragraph right over such a line its group's
    heading ('Aragón' over 'Huesca, Zaragoza'), dropped. A table's lines of a place and its
    region ('Springfield, Illinois') hold as many fields each, and fewer than
    MIN_NAMES_ROW: a block whose lines hold different numbers of names, or one line
    MIN_NAMES_ROW or more, is of names; two thirds of its lines hold two or more, or are
    a group's one member, its paragraph's last line under its heading ('Uppsala län' over
    'Enköping, Tierp', 'Hallands län' over 'Halmstad')."""
    rows = {item.line: names for item in block if len(names := _comma_names(item)) >= 2}
    alone = {item.line for item in block if _under_a_heading(item.line, lines)}
    headings = {
        item.line
        for item in block
        if (item.line + 1 in rows or item.line + 1 in alone)
        and _starts_paragraph(item.line, lines)
        and len(item.fields) == 1
    }
    sizes = {len(names) for names in rows.values()}
    others = {item.line for item in block} - headings
    if len(rows) < 2 or len(rows.keys() | alone) * 3 < len(others) * 2:
        return block
    if len(sizes) == 1 and max(sizes) < MIN_NAMES_ROW:
        return block
    items: list[_Item] = []
    for item in block:
        if item.line in rows:
            items.extend(rows[item.line])
        elif item.line not in headings:
            items.append(item)
    return items


def _starts_paragraph(number: int, lines: list[str]) -> bool:
    """Whether line `number` (from 1) is written and starts a paragraph."""
    return bool(lines[number - 1].strip()) and (number == 1 or not lines[number - 2].strip())


def _under_a_heading(number: int, lines: list[str]) -> bool:
    """Whether line `number` (from 1) is the last of a paragraph of two lines, the first of
    them a heading (its line over a group's line of members), or a paragraph of its own
    (its group's heading dropped as a counted one: `without_counted_headings`)."""
    last = number == len(lines) or not lines[number].strip()
    above = number >= 2 and _starts_paragraph(number - 1, lines)
    return last and (above or _starts_paragraph(number, lines))


def _comma_names(item: _Item) -> list[_Item]:
    """An item's names a comma parts, each an item, where each of its two or more fields
    is a name or a place as a whole ('Novo mesto', 'Nové Město na Moravě'), the last no
    country, and two thirds of them or more a place exactly (the others, names among
    places, as they are written: 'Súdwest-Fryslân'); [] otherwise."""
    names = []
    exact = 0
    for k, (start, end) in enumerate(item.fields):
        if k and item.text[item.fields[k - 1][1] : start].strip() != ",":
            return []
        name = item.text[start:end].strip()
        at = start + item.text[start:end].index(name[:1])
        places = [f for index, f in item.places if index == k]
        whole = [f for f in places if not f.inflected and _whole_field(item.text, f, at, end)]
        if not (whole or _name_like(name)) or (k == len(item.fields) - 1 and find_country(name)):
            return []  # a country last is the names' ('Lyon, Grenoble, France'); not between
        place = replace(whole[0], start=0, end=len(name)) if whole else Found(name, 0, len(name))
        exact += bool(whole)
        names.append(replace(item, text=name, fields=((0, len(name)),), places=((0, place),)))
    return names if exact * 3 >= len(names) * 2 else []


def _whole_field(text: str, found: Found, start: int, end: int) -> bool:
    """Whether a place is a field's whole text, from `start` to `end`, or its first words
    and a body's form after them ('Çankaya Belediyesi', 'Leeds City Council')."""
    if found.start != start:
        return False
    last = len(text[:end].rstrip())
    form = _FORM_NEXT.match(text, found.end) if found.end < last else None
    return found.end == last or (form is not None and form.end() == last)


def _table_rows(block: list[_Item]) -> list[_Item]:
    """A block that is mostly a table's rows (cells parted by tabs; two thirds of its lines,
    MIN_FOUND or more) without the lines of another shape before its first row and after
    its last: a directory's filters or a selector above it ('Region: All regions', 'Sort
    by: Name', 'Seleziona la regione: Abruzzo | Basilicata | ...'), a heading or a note
    after it ('Come aderire'), not the table's."""
    rows = sorted({item.line for item in block if "\t" in item.text})
    count = len({item.line for item in block})
    if len(rows) < MIN_FOUND or len(rows) * 3 < count * 2:
        return block
    return [item for item in block if rows[0] <= item.line <= rows[-1]]


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
    repeated |= _labels_before_values(block)
    if not repeated:
        return block
    return [replace(item, places=_unrepeated(item, repeated)) for item in block]


def _labels_before_values(block: list[_Item]) -> set[str]:
    """The places (folded) that open MIN_FRAMED_LINES or more of a block's items before a
    value (`_before_value`): a card's label the gazetteer knows as a village ('Lid sinds
    2014', 'Mitglied seit 2015' on each card), not a member each card names again."""
    lines: dict[str, set[int]] = {}
    for item in block:
        for _, found in item.places:
            if not item.text[: found.start].strip() and _before_value(item.text[found.end :]):
                lines.setdefault(fold(found.name), set()).add(item.line)
    return {w for w, n in lines.items() if len(n) >= MIN_FRAMED_LINES}


def _before_value(after: str) -> bool:
    """Whether what follows a word is a value after it: one or two words in lower case,
    then a figure ending the item (' sinds 2014', ' seit 2015', ' desde 2018'); a
    date of more words is no label's value."""
    words = after.split()
    return (
        1 < len(words) <= MAX_LABEL_VALUE_WORDS
        and all(w.islower() for w in words[:-1])
        and words[-1][:1].isdigit()
    )


MAX_LABEL_VALUE_WORDS = 3  # 'sinds 2014', 'member since 2014'


def _unrepeated(item: _Item, repeated: set[str]) -> tuple[tuple[int, Found], ...]:
    """An item's places but those `repeated` down its block; a table row whose first cell
    lost its place so names a body for it ('Provincia di Ancona' over rows in the province
    of 'Ancona', `_body_cell`) keeps the body, whole: a member, not the region repeated."""
    kept = tuple((k, f) for k, f in item.places if fold(item.text[f.start : f.end]) not in repeated)
    if len(kept) == len(item.places) or "\t" not in item.text or any(k == 0 for k, _ in kept):
        return kept
    return (*_body_cell(item.text, list(item.fields)), *kept)


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


MIN_RECORDS = 3  # fewer records of the same lines are no signature blocks
MAX_RECORD_LINES = 6


def _one_a_record(entries: list[RawEntry], lines: list[str]) -> list[RawEntry]:
    """The entries of a list of records, blank lines between them and most of the same
    number of lines ('Stadt Mannheim' over 'Oberbürgermeister Christian Berger', 'Lahden
    kaupunki' over 'Jari Hämäläinen, kaupunginjohtaja'): each names one signatory, on the
    line of the record where most records name a place. A place found on another line,
    which fewer records have one on, is the signer's name (Berger, Salo, Laine), and so is
    one on a line that never says it names a place where as many records have one there
    as on lines that do ('Jana Weber, primátorka' under 'Mesto Brno'); where as many
    records name places on two lines alike (twinned towns), all are kept."""
    if len(entries) < MIN_RECORDS:
        return entries
    low, high = entries[0].line, entries[-1].line
    while low > 1 and lines[low - 2].strip() and entries[0].line - low < MAX_RECORD_LINES:
        low -= 1
    while high < len(lines) and lines[high].strip() and high - entries[-1].line < MAX_RECORD_LINES:
        high += 1
    record: dict[int, tuple[int, int]] = {}  # a line's record (its first line) and place in it
    sizes: dict[int, int] = {}
    start = 0
    for number in range(low, high + 1):
        start = (start or number) if lines[number - 1].strip() else 0
        if start:
            record[number] = (start, number - start)
            sizes[start] = number - start + 1
    named: dict[int, set[int]] = {}  # each record's lines that name a place
    for entry in entries:
        first, at = record[entry.line]
        named.setdefault(first, set()).add(at)
    size = max({sizes[r] for r in named}, key=lambda n: sum(sizes[r] == n for r in named))
    regular = [r for r in named if sizes[r] == size]
    if size < 2 or len(regular) < MIN_RECORDS or len(regular) * 3 < len(named) * 2:
        return entries
    counts = [sum(at in named[r] for r in regular) for at in range(size)]
    says = [0] * size  # the lines at each place that say they name one ('Mesto Brno')
    for entry in entries:
        first, at = record[entry.line]
        if sizes[first] == size:  # a longer record's line may stand past the size
            says[at] += _says_place(entry)
    line = max(range(size), key=lambda at: (counts[at], says[at], -at))
    saying = [
        at
        for at in range(size)
        if says[at] * 3 >= counts[at] * 2 > 0 and counts[at] * 3 >= counts[line] * 2
    ]  # 'Por la Municipalidad de Lima' over 'Rosa Huamán Torres, ...', a surname a place
    if len(saying) >= 2:
        return entries  # two lines that each say their place: two signers a record, side
        # by side ('Anne Morel, Maire de Lyon' over 'Paul Girard, Maire de Nantes')
    if says[line] * 3 < counts[line] * 2 and saying:
        line = max(saying, key=lambda at: (counts[at], says[at], -at))
    framed = says[line] * 3 >= counts[line] * 2  # and the other lines none: their names
    if counts[line] * 3 < len(regular) * 2 or any(
        n == counts[line] and (says[at] or not framed) for at, n in enumerate(counts) if at != line
    ):
        return entries
    return [
        e
        for e in entries
        if sizes[record[e.line][0]] != size
        or record[e.line][1] == line
        or (line not in named[record[e.line][0]] and not framed)
    ]  # where the line says it names the place, the others never do: 'Lars Lindberg' under
    # 'Für die Stadt Kiruna', a place the gazetteer lacks


def _says_place(entry: RawEntry) -> bool:
    """The line says it names a place: a form ('Mesto Brno', 'City of X', 'Leeds City
    Council'), a role ('Mayor of X'), a body's words, or a word of belonging before its
    place ('Per il Comune di Bergamo', 'Pour la Ville d'Angers')."""
    body = _BULLET.sub("", entry.written, count=1)
    at = body.find(entry.city)
    belongs = at > 0 and _OF_PLACE.search(body, 0, at) is not None
    formed = strip_form(body) != body  # 'Mesto Brno', 'Leeds City Council'
    return bool(belongs or formed or _role_in(body) or body_kind(body))


def _over_a_title(entry: RawEntry, lines: list[str]) -> bool:
    """A name right over a line that is a title alone ('Mette Rasmussen' over 'borgmester',
    'Erik Ahl' over 'Deputy Mayor'), under a body's line of a signature block: the signer,
    not a place. A line that says it names a place ('Stadt X', 'Mayor of X'), or that is
    its place alone ('Lund' over 'Mayor'), is none."""
    following = _BULLET.sub("", clean(lines[entry.line]) if entry.line < len(lines) else "")
    title = _PERSON.match(f"{following} ")
    rest = following[title.end() :].strip() if title is not None else "-"
    if title is None and (unknown_title(following) or head_title_alone(following)):
        rest = ""  # 'kaupunginjohtaja', 'wethouder': a title the reader has no word for
    return (
        (not rest or rest[0] in ",;(" or rest[:1].islower())  # no name after the title
        and len(entry.city.split()) < len(_BULLET.sub("", entry.written, count=1).split())
        and _role_in(following) is None
        and not _FORM.match(_BULLET.sub("", entry.written, count=1))
        and _role_in(entry.written) is None
    )


def _with_paragraph_before(
    entries: list[RawEntry], before: list[RawEntry], lines: list[str]
) -> list[RawEntry]:
    """A paragraph's list with the list of the paragraph right before it, only blank lines
    between them, where each is one paragraph's and most of its entries are written as
    bare names: a list in running text that goes on in the next paragraph ('No Ceará,
    foram certificados Sobral, ...' / 'Na Amazônia Legal, receberam o Selo Santarém, Marabá
    e Altamira, no Pará; ...'), not a quote that names places inside its clauses ('señaló
    la alcaldesa de Logroño'); the entries alone otherwise."""
    if len({e.line for e in entries}) > 1 or not _next_paragraph(entries[0].line, before, lines):
        return entries
    bare = sum(e.written.strip(" .;") == e.city for e in entries)
    return [*before, *entries] if bare * 2 > len(entries) else entries


def _next_paragraph(line: int, before: list[RawEntry], lines: list[str]) -> bool:
    """Whether a line is the paragraph right after the one paragraph of a list read before
    it, only blank lines between them."""
    if not before or len({e.line for e in before}) > 1 or line <= before[-1].line:
        return False
    return not any(text.strip() for text in lines[before[-1].line : line - 1])


def read_places(
    lines: list[str], is_place: PlaceNames, *, page: list[str] | None = None
) -> MemberList | None:
    """The block of lines whose places stand in one field: the list, found from its places.

    A block is a list when it names at least MIN_FOUND places (MIN_IN_SENTENCE in one
    sentence, unless they follow a plural word for towns: `_led_by_bodies`), most of its
    items name one in the same field, and either at least a third of them are named exactly
    (not only inflected) or most of its lines name their place after the same word
    ('Prezydent Miasta Lublina', 'Prezydent Miasta Kielc': a list of genitives has a frame,
    capitalised words that happen to look inflected have none); the longest such block wins.
    """
    best: list[RawEntry] = []
    listed: list[RawEntry] = []  # the last block read as a list
    blocks = map(_table_rows, _blocks(lines, is_place, page))
    blocks = map(_without_header_rows, map(_labelled_lines, blocks))
    for block in (_names_a_line(_without_repeats(b), lines) for b in blocks):
        column = _column(block)
        block = _without_region_fields(block, column)
        most = sum(_in_column(item, column) for item in block)
        goes_on = bool(block) and _next_paragraph(block[0].line, listed, lines)
        if most < MIN_FOUND or (most <= len(best) and not goes_on) or most * 3 < len(block) * 2:
            continue  # an entry is an item's place in the column: too few of them for a list
        last, before = _ends_fields(block, column), _countries_before(block, column)
        block = _in_the_lists_frame(block, column)
        entries = [
            e
            for item in block
            if not _label(item, column)
            and (e := _entry(item, column, last, before=before)) is not None
        ]
        exact = sum(_exact_in(item, column) for item in block)
        regular = len(entries) * 3 >= len(block) * 2  # most items name it in one field
        # a sentence's few places each with its country are a list: 'Oslo (Norway), ...'
        one_line = len({e.line for e in entries}) == 1
        loose = one_line and not all(e.codes for e in entries) and not _led_by_bodies(block)
        least = MIN_IN_SENTENCE if loose else MIN_FOUND  # few after 'the towns of' are a list
        inflected = sum(any(f.inflected for k, f in i.places if k == column) for i in block)
        signers = {e.line for e in entries if _over_a_title(e, lines)}  # a block's signers
        framed = [item for item in block if item.line not in signers]
        frame = _framed(framed, column) if inflected * 2 >= len(entries) else ""  # genitives
        sure = exact * 3 >= len(entries) or bool(frame)
        if not sure and (_signed_list(block) or _led_by_bodies(block)):
            sure, entries = True, _each_place(block, column)
        if frame:
            entries = _genitive_entries(block, column, frame, is_place)
        elif titled := _before_shared_title(block):  # 'Minna Aaltonen, Turun pormestari'
            sure, regular, entries = True, True, _titled_entries(block, titled, is_place)
        entries = [
            e
            for e in _one_a_record(entries, lines)
            if not (_over_a_title(e, lines) or head_title_alone(e.written))
        ]
        if not (regular and len(entries) >= least and sure):
            continue
        entries = _with_paragraph_before(entries, listed, lines)
        listed = entries
        if len(entries) > len(best):
            best = entries
    if not best:
        return None
    first = first_letter_heading(best, lines)
    best = _with_unknown_rows([e for e in best if e.line > first], lines)
    return _finish("places", best, (), lines, best[-1].line)


MIN_LETTER_HEADINGS = 3


def first_letter_heading(entries: list[RawEntry], lines: list[str]) -> int:
    """The line (counted from 1) of the first letter heading of a directory under letter
    headings ('A', 'B', 'E', or 'A – H', 'I – O'), MIN_LETTER_HEADINGS or more, most in A-Z
    order, among its entries, where an entry stands above it; 0 otherwise. The directory starts
    there: a line above is the page's (a search box's 'Sök medlem', whose 'Sök' folds to a
    Japanese town's name)."""
    if not entries:
        return 0
    start, end = entries[0].line, entries[-1].line
    above = next((text for n in range(start - 2, -1, -1) if (text := lines[n].strip())), "")
    if is_letter_heading(above):  # the directory starts right above its first entry
        return 0
    letters = [(n, text) for n in range(start, end) if is_letter_heading(text := lines[n].strip())]
    if len(letters) < MIN_LETTER_HEADINGS:
        return 0
    ordered = sum(a < b for (_, a), (_, b) in pairwise(letters))  # 'Å', 'Ä', 'Ö' in Swedish
    return letters[0][0] + 1 if ordered * 3 >= (len(letters) - 1) * 2 else 0


def _with_unknown_rows(entries: list[RawEntry], lines: list[str]) -> list[RawEntry]:
    """A table's entries with its rows between them whose first cell names no known place
    but whose cells are of the same shape as theirs (`_cells_shape`), as a municipality
    named otherwise than a town is ('Haarlemmermeer\tNoord-Holland\t162.990\tNadia el
    Idrissi' among 'Houten\tUtrecht\t50.210\tEllen Dijkstra' rows): a row of the table,
    its region that of the row's region cell where the entries' regions stand in one."""
    rows = {e.line: e for e in entries}
    if len(rows) < MIN_FOUND or any("\t" not in lines[n - 1] for n in rows):
        return entries
    shapes = {_cells_shape(lines[n - 1]) for n in rows}
    cells = {n: [clean(c) for c in lines[n - 1].split("\t")] for n in rows}
    if len(shapes) > 1 or any(fold(e.city) != fold(cells[n][0]) for n, e in rows.items()):
        return entries  # the entries are no table's first cells
    column = next(
        (k for k in range(1, len(next(iter(cells.values()))))
         if all(e.region and cells[n][k] == e.region for n, e in rows.items())),
        None,
    )  # fmt: skip
    added = []
    for number in range(min(rows) + 1, max(rows)):
        line = lines[number - 1]
        if number in rows or _cells_shape(line) not in shapes:
            continue
        row = [clean(c) for c in line.split("\t")]
        if not row[0][:1].isupper() or len(row[0].split()) > MAX_PLACE_WORDS:
            continue
        if not _name_like(row[0]) or find_country(row[0]) is not None:
            continue  # a sentence's cell, or a country's row ('Total', 'Nederland')
        region = row[column] if column is not None else ""
        codes = tuple(dict.fromkeys(c for c, _ in subdivision_countries(region))) if region else ()
        added.append(RawEntry(number, clean(line), row[0], "", region if codes else "", codes))
    return sorted([*entries, *added], key=lambda e: e.line) if added else entries


def _cells_shape(line: str) -> tuple[bool, ...]:
    """Which of a table's row's cells hold a figure: 'Houten\tUtrecht\t50.210\tEllen
    Dijkstra' -> (False, False, True, False)."""
    return tuple(any(char.isdigit() for char in cell) for cell in line.split("\t"))


def _signed_list(block: list[_Item]) -> bool:
    """Whether a block is one sentence's list whose first item says it was signed before
    its first place ('Apel podpisali prezydenci Gdańska, Gdyni, ...'): its places are the
    signatories, however many of them only inflect a known place (the genitives after a
    title, 'les maires de', 'die Oberbürgermeister von')."""
    if not block or len({item.line for item in block}) > 1:
        return False
    first = block[0]
    return (
        _SIGNING.search(
            first.text, 0, min((f.start for _, f in first.places), default=len(first.text))
        )
        is not None
    )


# An East Slavic title of a town's head, which names its town in the genitive right after
# it: 'мэр Сум' (Russian, Belarusian: the mayor of Sumy), 'глава города Уфы', 'міський
# голова Сум' (Ukrainian: a town's head; a village's 'сільський', a settlement's 'селищний';
# an acting one's 'в. о. міського голови Сум'; 'мер Луцька').
_EAST_SLAVIC_HEAD = re.compile(
    r"(?:^|\s)(?:мэр|мер|глава|(?:міськ|сільськ|селищн)(?:ий|а|ого)\s+голов[аи])"
    r"(?:\s+(?:города|міста|горада))?\s+$",
    re.IGNORECASE,
)


def _led_by_bodies(block: list[_Item]) -> bool:
    """Whether a block is one sentence's list whose first place follows a plural word for
    towns or municipalities (`PLURAL_TOWNS`): the sentence names its places as the
    network's towns, however many of them only inflect a known place ('οι Δήμοι Ηρακλείου,
    Χανίων, ...', 'zástupci měst Brna, Plzně, ...')."""
    if not block or len({item.line for item in block}) > 1:
        return False
    first = block[0]
    if first.led:  # 'بلديات صفاقس وسوسة': read so by `_gluing_script_runs`
        return True
    start = min((f.start for _, f in first.places), default=0)
    return bool(start) and PLURAL_TOWNS.search(first.text, 0, start) is not None


def _each_place(block: list[_Item], column: int) -> list[RawEntry]:
    """An entry for each place of the block's items, not one an item: a signed sentence's
    piece may join two with a word for 'and' we lack ('Turun kaupungit sekä Oulun
    kaupunki')."""
    return [
        entry
        for item in block
        for k, found in item.places
        if k == column and (entry := _entry(replace(item, places=((k, found),)), column))
    ]


def _label(item: _Item, column: int) -> bool:
    """A label over the list ('Strony porozumienia:', the parties to the agreement), its
    first word read as an inflected place ('Stron'): a line ending in a colon that names
    no place exactly."""
    return item.text.rstrip().endswith(":") and not _exact_in(item, column)


def _exact_in(item: _Item, column: int) -> bool:
    """Whether an item names its place in the list's column exactly, not only inflected;
    what other columns hold (a contact person's name, read as an inflected place: 'Māri
    Liepiņe') says nothing of the list's places."""
    found = [f for k, f in item.places if k == column]
    return bool(found) and not any(f.inflected for f in found)


def read_signed_sentence(
    lines: list[str], is_place: PlaceNames, *, page: list[str] | None = None
) -> MemberList | None:
    """Where no list is found: the first sentence with a word of signing that names a place
    names the signatories, one to three as well as more ('Signée par les maires de Lille et
    de Strasbourg, cette lettre est adressée ...': Lille, Strasbourg). They are the places
    after the word, in its part of the sentence (between commas) and the parts right after
    it that start with a place; else the places named exactly before the word in its
    sentence ('The Lord Mayor of Dublin, Cllr Ann Byrne, today signed the call'); a form is
    no place ('Jede unterzeichnende Stadt'); a sentence whose word of signing is denied
    ('Bisher hat keine Stadt unterzeichnet') names none. Roles are already left out
    (`without_roles`: a host, venue, addressee or exception is no signatory)."""
    common = common_words(lines if page is None else page)
    for first, last, text in _paragraphs(lines):
        for sentence in _SENTENCE_END.split(clean(text)):
            if len(sentence) > MAX_SIGNED_SENTENCE_CHARS:
                continue  # no sentence, but a page's text with no stop: not searched
            sign = _SIGNING.search(sentence)
            if sign is None or _NEGATION.search(sentence, 0, sign.start()):
                continue  # 'Seni ei ole ükski omavalitsus allkirjastanud': none signed
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


MAX_SIGNED_SENTENCE_CHARS = 10_000  # some 1,500 words; a signing sentence naming 100 towns
# runs to some 2,000 characters


# A word that denies what follows, in the corpus's languages and their neighbours': before a
# sentence's word of signing, it says a place (or none) has not signed; not 'not only' nor
# 'no fewer than', which count the signatories.
_NEGATION = re.compile(
    r"(?:(?<!\w)(?:not|never|none|no(?!\.?\s*\d)|nobody|nicht|nie|kein\w*|niemand|pas|"
    r"aucun\w*|jamais|ningun\w*|nadie|non|nessun\w*|niet|geen|nooit|inte|ingen|ikke|aldri|"
    r"ei|pole|mitte|não|nenhum\w*|niciun\w*|nav|не|ні)|n't)(?![\w-])"
    r"(?!\s+(?:only|just|nur|seulement|solo|solamente|sólo|alleen|bara|bare|só|tylko|"
    r"ainult|vain|fewer|less|weniger|moins|meno|menos|minder|mindre|färre|mniej)(?!\w))",
    re.IGNORECASE,
)


def _signed_places(after: str, is_place: PlaceNames, common: frozenset[str]) -> list[Found]:
    """The places of a signing word's part of its sentence, and of the parts after it that
    start with a place, after two words at most ('..., Norrköpings och Jönköpings
    kommuner', '..., et de Nantes') besides a signer's role ('..., primátorka statutárního
    města Brna')."""
    parts = _split_outside_brackets(after, ",")
    listed = [(parts[0], _listed(parts[0], find_places(parts[0], is_place, common)))]
    for k, part in enumerate(parts[1:], start=1):
        if role_holder(parts[k - 1], part, is_place):
            continue  # 'ordføreren i Tromsø, Gunnar Wilhelmsen Lie': the role's holder
        places = find_places(part, is_place, common)
        lead = part[: places[0].start] if places else ""
        role = role_before(lead)  # a signer's role is no words of another clause
        if not places or len(_WORD.findall(lead[: role.start()] if role else lead)) > 2:
            break  # 'cette lettre est adressée au ...': no more of the list
        listed.append((part, _listed(part, places)))
    return _signers_places(listed)


def _signers_places(listed: list[tuple[str, list[Found]]]) -> list[Found]:
    """The places of a signing sentence's parts but, where a role names one of them
    ('primátor Ostravy', 'the Mayor of Lyon'), the signers' names after a role's place
    (`_in_signers_name`) and the places the sentence says it was signed in (`_venue`: 'v
    Českém Těšíně', 'in Brussels'): the roles name the signatories."""
    roled = any(role_before(part[: f.start]) for part, places in listed for f in places)
    if not roled:
        return [f for _, places in listed for f in places]
    return [
        f
        for part, places in listed
        for f in places
        if not _venue(part, f) and not _in_signers_name(part, f, places)
    ]


def _in_signers_name(part: str, found: Found, places: list[Found]) -> bool:
    """Whether a place stands in a signer's name right after the place a role names, only
    capitalised words between them ('primátor Žiliny Peter Kováčik': neither 'Peter' nor
    'Kováčik' is a place's case form)."""
    return any(
        other.end < found.start
        and role_before(part[: other.start]) is not None
        and _NAME_BETWEEN.fullmatch(part, other.end, found.start) is not None
        for other in places
    )


_NAME_BETWEEN = re.compile(r"(?:\s+[^\W\d_a-zß-ÿ][\w'’-]*){0,3}\s+")
_VENUE = re.compile(r"(?:^|\s)(\w+)\s+(?:[^\W\d_a-zß-ÿ][\w'’-]*\s+)?$")


def _venue(part: str, found: Found) -> bool:
    """Whether a place comes after a preposition of place, perhaps an adjective of its name
    between them ('v Českém Těšíně', 'in Brussels'): where a text was signed."""
    before = _VENUE.search(part, 0, found.start)
    return before is not None and before[1].lower() in _LOCATIVES


def _listed(part: str, places: list[Found]) -> list[Found]:
    """A part's places but those after its first that say where (`_after_locative`), save
    one between two others that a locative which is also a language's 'and' joins to the
    place before it (`_joined_by_and`)."""
    return [
        f
        for j, f in enumerate(places)
        if not (j and _after_locative(part, f) and not _joined_by_and(part, places, j))
    ]


# Prepositions of place that are also a language's 'and': Dutch and Afrikaans 'en'
# ('Zwolle en Leeuwarden'), Slovenian 'in' ('Ljubljana in Maribor').
_AND_LOCATIVES = frozenset(("en", "in"))


def _joined_by_and(part: str, places: list[Found], j: int) -> bool:
    """Whether place `j` stands right after the place before it, only such a word between
    them, and another place follows it or the same word joined the two before: 'Zwolle en
    Leeuwarden en ... Mechelen', 'Celje in Kranj in Koper' go on as a list, where 'the
    Mayor of Lyon in Brussels' ends in its venue."""
    between = _between(part, places, j)
    if between not in _AND_LOCATIVES:
        return False
    return j + 1 < len(places) or (j > 1 and _between(part, places, j - 1) == between)


def _between(part: str, places: list[Found], j: int) -> str:
    """The words between place `j` and the one before it, in lower case."""
    return part[places[j - 1].end : places[j].start].strip().lower()


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
    run wins, where it names MIN_PARAGRAPHS places or more. Where most of the run's
    paragraphs head their place with a colon, the others are no entries ('Vier gemeenten
    ondertekenden het akkoord' above 'Gemeente Enschede: ...'). Roles are already left out
    (`without_roles`)."""
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
    if len({entry.city for entry, _ in best}) < MIN_PARAGRAPHS:
        return None  # one place again and again: an interview's 'جواب:' (answer), no list
    return _finish("paragraphs", [entry for entry, _ in best], (), lines, best[-1][0].line)


_HEAD_END = re.compile(r"\s[–—-]\s|:")  # a paragraph's head before a dash or a colon
MIN_HEAD_LETTERS = 2  # '札幌', 'صور', not an interview's 'س:'


def _uncased_head(text: str, is_place: PlaceNames) -> Found | None:
    """The place a paragraph in a script without capitals names as its head, alone before
    a dash or a colon, its body's form cut ('חולון – העירייה תוביל ...', 'بلدية صور: ...',
    'شهرداری یزد – ...'): no capital marks a name there (`find_places` reads capitalised
    words), so the head is read as a whole (`_uncased_place`); None otherwise."""
    if cased(text[:1]):
        return None  # a cased script's: its lead's capitalised words are read
    end = _HEAD_END.search(text, 0, MAX_ENTRY_CHARS)
    if end is None:
        return None
    name = strip_form(text[: end.start()].strip())
    if len(name) < MIN_HEAD_LETTERS:
        return None  # a question's or an answer's letter ('ש:', 'ج:'), no town's name
    found = _uncased_place(name, is_place)
    if not found:
        return None
    start = max(text.find(name), 0)
    return Found(found[0].name, start, start + len(name))


def _headed(text: str) -> bool:
    """Whether a paragraph starts with a short head before a colon ('Gemeente Enschede: ...')."""
    head, colon, _ = text.partition(":")
    return bool(colon) and len(head.split()) <= MAX_NAME_WORDS


def _lead_place(text: str, is_place: PlaceNames, common: frozenset[str]) -> Found | None:
    """The place a paragraph leads with (`read_paragraph_places`), or None."""
    if (head := _uncased_head(text, is_place)) is not None:
        return head
    if _headed(text):
        places = find_places(text.partition(":")[0], is_place, common)
        return places[-1] if places else None  # 'Hessen, Darmstadt', 'Gemeente Enschede'
    words = list(islice(_WORD.finditer(text), LEAD_WORDS + 1))  # the lead's alone
    if len(words) <= LEAD_WORDS:
        return None
    lead = find_places(text[: words[LEAD_WORDS].start()], is_place, common)
    lead = [f for f in lead if not _FORM.match(f"{f.name} x")]  # 'Jede unterzeichnende Stadt'
    if lead and fold(lead[0].name) != fold(words[0].group()):
        return lead[0]
    # none, or the sentence's first word ('Des de les comarques ...', from): a body its
    # first sentence names by its form later is the paragraph's ("... s'incorpora
    # l'Ajuntament d'Olot")
    formed = _formed_body(_SENTENCE_END.split(text, maxsplit=1)[0], is_place, common)
    return formed or (lead[0] if lead else None)


# An article elided before a capitalised word: "l'Ajuntament", "l'Alcaldia".
_ELIDED_ARTICLE = re.compile(r"[lL]['’](?=[^\W\d_a-zß-ÿ])")
# The word for 'city' before its name, which some cities' own names hold ('Ciutat de
# Mèxic', 'Ciudad de Panamá'): a form where the name with it is no known place ('la Ciutat
# de Perpinyà'), as the longest place found from it tells.
_CITY_OF = re.compile(r"(?:ciutat|ciudad|cidade)\s+de\s", re.IGNORECASE)


def _formed_body(sentence: str, is_place: PlaceNames, common: frozenset[str]) -> Found | None:
    """The place of the first body a sentence names by its capitalised form, after an
    article at most, elided or not ("s'incorpora l'Ajuntament d'Olot", 'la Ciutat de
    Perpinyà', 'il Comune di Lodi'); None if none."""
    for word in _WORD.finditer(sentence):
        start = word.start() + (2 if _ELIDED_ARTICLE.match(word.group()) else 0)
        rest = sentence[start:]
        if not rest[:1].isupper():
            continue
        city = _CITY_OF.match(rest)
        if city is None and _FORM.match(rest) is None:
            continue
        places = find_places(rest, is_place, common)
        if city is not None and places and places[0].end <= city.end():
            places = find_places(rest[city.end() :], is_place, common)  # 'Ciutat' no place
        if places:
            return places[0]
    return None

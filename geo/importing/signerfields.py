"""A signer's line read by its fields: the place among a person's name, title, body and
country in any order and parting ('Name, Mayor of City', 'Name, title, Place', 'Place –
Name, starosta (party)', 'Manaus/AM'), a body's place after a title or inside its name,
and a place in its genitive before its form ('Göteborgs Stad'). Used by the list reader."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.countries import find_country, subdivision_countries
from geo.importing.entries import (
    _BULLET,
    _FORM,
    _TITLE_IN,
    _WIDER_KINDS,
    PARTY_LETTERS,
    PlaceNames,
    RawEntry,
    _name_like,
    _role_in,
    acting_for,
    adjective_before_form,
    body_kind,
    has_title,
    hyphened_place,
    place_codes,
    read_entry,
    signed_for,
    strip_form,
    without_head_title,
)
from geo.importing.inflection import (
    inflected_place,
)
from geo.text import has_digit

SIGNER_FIELD = re.compile(r"\s*(?:,|:\s|\s[-–—]\s|[()])\s*")
MAX_CODE_CHARS = 3  # a country's code, or a province's or state's ('TO', 'NSW'): a field in
# capitals this long is a code or a party's letters, no place
# A state's or province's code after a place and a slash: 'Manaus/AM', 'Portland/ME'.
_SLASH_CODE = re.compile(r"\s?/\s?([A-Z]{2,3})$")


MAX_TITLE_WORDS = 3


def lower_field(text: str) -> bool:
    """A field of a line of three or more in lower case alone, one to MAX_TITLE_WORDS words:
    a title the reader has no word for, between a signer's name and the place ('Sorin
    Dragomir – primar, Oradea', 'Maria Rossi – prima cittadina, Bologna')."""
    fields = [f.strip() for f in SIGNER_FIELD.split(text) if f.strip()]
    return len(fields) >= 3 and any(
        f.islower() and f.replace(" ", "").isalpha() and len(f.split()) <= MAX_TITLE_WORDS
        for f in fields
    )


def place_among_fields(text: str, number: int, is_place: PlaceNames) -> RawEntry | None:
    """The place of a signer's line that names the person, a title and the place in any
    order and parting ('Dr Eva Roth, Lord Mayor, Leipzig', 'Sofia Marques (Presidente,
    Porto)', 'Deputy Mayor for Transport, Utrecht – Sanne Mulder', 'Anna Berg (S),
    borgmester, Lunds kommun'): the one field, of two or more, that is a known place with
    no title (or a role's place, 'Borgmester i Esbjerg Kommune', or the body before a title,
    'Roskilde Kommune v/ borgmester Pia Kjeldsen'), with the country in the field after it
    where one is; None where no field or more than one is such a place. A field's words
    that say its body signs are no part of it (`signed_for`: 'Konak Belediyesi adına')."""
    fields = [
        signed_for(f) for f in SIGNER_FIELD.split(_BULLET.sub("", text, count=1)) if f.strip()
    ]
    slashed = {k: m[1] for k, field in enumerate(fields) if (m := _SLASH_CODE.search(field))}
    fields = [_SLASH_CODE.sub("", field) for field in fields]
    named = [
        (k, name)
        for k, field in enumerate(fields)
        if not _wider_body(field)
        and (name := _field_place(field, k == 0) or _town_named_as_country(fields, k))
    ]
    places = [
        (k, found)
        for k, name in named
        if (found := _place_or_genitive(name, is_place, _in_case_before_form(fields[k])))
    ]
    if len(fields) >= 2 and not places:  # 'presidente dell'Unione dei Comuni della X'
        bodies = [
            (k, body)
            for k, field in enumerate(fields)
            if (body := _body_after_title(field) or _body_before_title(field))
        ]
        if not bodies:  # 'Name, Director, Dhaka Metropolitan Development Authority'
            bodies = [(k, field) for k, field in enumerate(fields) if _body_field(field)]
        kinds = [body_kind(body) for _, body in bodies]
        if not bodies:  # 'Executive Mayor: City of Ekurhuleni Metropolitan Municipality'
            bodies = [(k, town) for k, field in enumerate(fields) if (town := _town_body(field))]
            kinds = ["city"] * len(bodies)
        if len(bodies) != 1:
            return None
        country = _country_after(fields, bodies[0][0])  # 'Mayor, X Municipality (Jordan)'
        country = country if len(country.strip()) > MAX_CODE_CHARS else ""  # not '(TO)',
        # a province's code ('Unione Montana Alta Valle Susa (TO)'), though Tonga's too
        codes = (code,) if country and (code := find_country(country)) else ()
        name = _with_its_towns(bodies[0][1], text)
        return RawEntry(number, text, name, country, "", codes, kind=kinds[0])
    region = ""
    states: tuple[str, ...] = ()
    if len(places) > 1 and places[-1][0] == len(fields) - 1 and ends_in_state(text):
        _, region, states = place_codes(fields[-1])  # 'Mayor, City of Tacoma, Washington'
        places = places[:-1]
    if len(fields) < 2 or len(places) != 1:
        return None
    if region:
        return RawEntry(number, text, places[0][1], "", region, states)
    name = places[0][1]
    state = slashed.get(places[0][0])
    if state is not None and (coded := read_entry(f"{name} ({state})", number)):
        return replace(coded, written=text)  # 'Manaus/AM' is read as 'Manaus (AM)' is
    if places[0][0] == len(fields) - 2 and state_code(fields[-1]):
        _, region, states = place_codes(fields[-1])  # 'Mayor, City of Gary, IN'
        return RawEntry(number, text, name, "", region, states)
    country = _country_after(fields, places[0][0])
    codes = (code,) if country and (code := find_country(country)) else ()
    return RawEntry(number, text, name, country, "", codes)


def _town_named_as_country(fields: list[str], k: int) -> str:
    """Field `k` where it names a country and the next field, the line's last, is a state's
    code: a town named as a country in its state ('Lebanon, NH', 'Mexico, MO', 'Jordan,
    MN'); '' otherwise."""
    field = fields[k].strip()
    if k != len(fields) - 2 or find_country(field) is None or not state_code(fields[-1]):
        return ""
    return field


def _country_after(fields: list[str], k: int) -> str:
    """The field after field `k` where it names a country; '' otherwise."""
    after = fields[k + 1 : k + 2]
    return after[0] if after and find_country(after[0]) is not None else ""


def state_code(field: str) -> bool:
    """Whether a signer's last field is a state's or province's code ('ON', 'NSW'), a
    country's too or not ('IN': Indiana or India, as the list says; `place_codes`)."""
    code = field.strip()
    return code.isupper() and len(code) <= MAX_CODE_CHARS and bool(subdivision_countries(code))


def ends_in_state(text: str) -> bool:
    """Whether a signer's line of three fields or more ends in a state's or province's name
    ('Alcalde, Ayuntamiento de Zapopan, Jalisco'): the place is in a field before it."""
    fields = [f for f in SIGNER_FIELD.split(text) if f.strip()]
    return (
        len(fields) >= 3
        and find_country(fields[-1]) is None
        and bool(subdivision_countries(fields[-1].strip()))
    )


def _form_alone(field: str) -> bool:
    """Whether a field is a body's form alone ('Stadt', 'Kommune', 'Gemeinde'), as lists
    that put it after the name write it: no place's case form ('Stadt' is no Stade's)."""
    form = _FORM.match(f"{field} X")  # a form stands before its name
    return form is not None and form.end() > len(field)


def _wider_body(field: str) -> bool:
    """Whether a signer's line's field is a county's, province's or region's body whole,
    no title in it, its form in lower case after its place ('Nordland fylkeskommune',
    'Baranya vármegye'): the body, not the town its place's name may be abroad
    (`_body_field` reads it); not a town's council of a capitalised name ('Cairns Regional
    Council', a municipality)."""
    form = field.split()[-1:]
    return (
        bool(form) and form[0].islower() and _body_field(field) and body_kind(field) in _WIDER_KINDS
    )


def _field_place(field: str, opens: bool) -> str:
    """What of a signer's line's field may name its place ('' if nothing): the field with
    no form ('Aarhus Kommune' -> 'Aarhus'), a role's place ('Mayor of Leeds'), or the
    capitalised words before a title ('Roskilde Kommune v/ borgmester ...'), else a body
    its form names after the title ('assessore alla Mobilità del Comune di Parma'); not a
    country, a party's or a code's letters, figures alone, nor a title alone. In the field
    that `opens` the line, a lone word before words of a sentence and the title is the
    sentence's capital, no name (`_sentence_capital`: 'Vous êtes maire et ...'). A head's
    title after its place is no part of it ('Trabzon Belediye Başkanı', `without_head_title`)."""
    field = field.strip(" -–—")  # '(PD) – Bologna': the dash after a bracket
    if not any(ch.isalpha() for ch in field):
        return ""  # '(35)': a département's number, a postcode, a year
    if find_country(field) is not None or (field.isupper() and len(field) <= MAX_CODE_CHARS):
        return ""
    if PARTY_LETTERS.fullmatch(field):
        return ""  # 'Per Dahl (FrP), ordfører': a party's letters
    if (role := _role_in(field)) is not None:
        field = field[role.end() :]
    elif (title := _TITLE_IN.search(field)) is not None:
        before = field[: title.start()].split()
        words = list(before)
        while words and not words[-1][:1].isupper():
            words.pop()  # 'v/', 'für', 'on behalf of'
        if opens and _sentence_capital(before, len(words)):
            words = []
        after = body_inside(field[title.end() :])  # 'assessore alla Mobilità del Comune di X'
        field = " ".join(words) or after or ""
    words = strip_form(without_head_title(field)).split() if field else []
    if len(words) > 1 and (not words[-1][:1].isupper() or _genitive_form(field)):
        words.pop()  # a form in lower case after the name: 'Alta kommune', 'Lunds kommun'
    name = " ".join(words)
    return name if name and _name_like(name) and not has_title(field) else ""


def _sentence_capital(before: list[str], kept: int) -> bool:
    """Whether the words before a title, at a line's start, are one capitalised word, then
    only words of letters in lower case, `kept` the capitalised ones: a sentence's first
    word and its verb ('Vous êtes maire', 'Usted es alcalde', 'Sie sind Bürgermeisterin'),
    its capital the sentence's; not a place before a link that is no word ('Roskilde v/
    borgmester') or a link saying for whom its signer signs (`acting_for`: 'Kempten für
    Oberbürgermeisterin ...')."""
    return (
        kept == 1
        and len(before) > 1
        and all(w.isalpha() for w in before[1:])
        and not acting_for(" ".join(before[1:]))
    )


_OF_WORDS = re.compile(
    r"^\s*(?:of the|of|for the|for|de la|dell['’]|della|del|des|der|de|di|du|von|van|d['’])"
    r"(?:\s+|(?<=['’]))"
)


def _body_after_title(field: str) -> str:
    """A body other than a city named after a title ('President of the Region Skåne',
    'presidente dell'Unione dei Comuni della Romagna Forlivese'); '' if none."""
    title = _TITLE_IN.search(field)
    rest = _OF_WORDS.sub("", field[title.end() :], count=1) if title is not None else ""
    return rest if rest[:1].isupper() and body_kind(rest) else ""


def _body_before_title(field: str) -> str:
    """A body other than a city named before its head's title that follows it
    (`without_head_title`: Turkish 'Ege Belediyeler Birliği Genel Sekreteri', its secretary
    general; 'Kentler Birliği Başkanı'); '' if none."""
    body = without_head_title(field)
    return body if body != field and body[:1].isupper() and body_kind(body) else ""


def _body_field(field: str) -> bool:
    """Whether a signer's field is a body other than a city as a whole, no title in it
    ('Dhaka Metropolitan Development Authority', after its signer's name and title)."""
    return field[:1].isupper() and not has_title(field) and bool(body_kind(field))


# 'and' between the last two names of a list, in the corpus's languages.
_LAST_AND = re.compile(r"\s+(?:and|e|ed|y|et|und|og|och|i|és|en|a|si|și)\s+")


def _with_its_towns(body: str, text: str) -> str:
    """A union's name as the line goes on with it, where the fields after it are the towns
    it joins, a list closed by 'and' ('Unione dei Comuni Valli del Reno, Lavino e
    Samoggia', 'Communauté de communes Pays de Gex, Bugey et Valserine'): each a name of
    capitalised words, no title, country or figure; the body alone otherwise."""
    rest = text[text.rfind(body) + len(body) :]
    if not rest.startswith(", ") or not _LAST_AND.search(rest):
        return body  # no list after it: no call a line
    *firsts, last = rest[2:].split(", ")
    names = [*firsts, *_LAST_AND.split(last, maxsplit=1)]
    if len(names) < 2 or not all(_listed_name(name) for name in names):
        return body
    return body + rest.rstrip()


def _listed_name(name: str) -> bool:
    words = name.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and words[0][:1].isupper()
        and not has_title(name)
        and find_country(name) is None
        and not has_digit(name)
    )


def _town_body(field: str) -> str:
    """The town a field names by its body's form around a name no gazetteer need know
    ('City of Ekurhuleni Metropolitan Municipality', 'Município de Xai-Xai', 'Gemeinde
    Hinterzarten'): the name, capitalised words MAX_NAME_WORDS or fewer; '' where the
    field has no such form, a title or a country."""
    field = field.strip()
    if has_title(field) or find_country(field) is not None or body_kind(field):
        return ""
    name = strip_form(field)
    words = name.split()
    if name == field or not words or len(words) > MAX_NAME_WORDS or not _name_like(name):
        return ""
    if _TOPIC_FORM.search(field) and not _FORM.match(field):
        return ""  # 'Water Council', 'Water Corporation': a council for a topic, no town's
    return name if words[0][:1].isupper() or words[0][1:2].isupper() else ""


MAX_NAME_WORDS = 4  # a town's name inside its body's: 'Nelson Mandela Bay', 'Saint John'
# A body's noun alone after a name, which names councils and companies for a topic too.
_TOPIC_FORM = re.compile(r"(?<=\w)\s+(?:council|corporation)$", re.IGNORECASE)


def body_inside(field: str) -> str | None:
    """A body named by its form inside a title's field, from the form on ('Deputy Mayor for
    Transport of the City of Leeds' -> 'City of Leeds'); None if none."""
    for word in re.finditer(r"(?<![\w'’])[^\W\d_]", field):
        if _FORM.match(field[word.start() :]) is not None:
            return field[word.start() :]
    return None


# A form after a town's name that takes its genitive, and the genitive's ending: Swedish
# 'Göteborgs Stad', 'Lunds kommun'; Finnish 'Turun kaupunki', 'Iin kunta'; Faroese
# 'Tórshavnar kommuna'.
_GENITIVE_FORM = re.compile(
    r"[^\W\d_](?:s\s+(?:kommun|stad)|n\s+(?:kaupunki|kunta)|ar\s+kommuna)$", re.IGNORECASE
)


def _genitive_form(field: str) -> bool:
    """Whether a field is a word in the genitive and a form after it that takes one."""
    return _GENITIVE_FORM.search(field.strip()) is not None


def _in_case_before_form(field: str) -> bool:
    """Whether a field's name stands before a form that takes it in a case (`_genitive_form`:
    'Lunds kommun') or as an adjective (`adjective_before_form`: 'Вараська міська рада')."""
    return _genitive_form(field) or adjective_before_form(field)


# A town's word after its name in a signer's field, where the name with it is no place:
# 'Kisumu City', 'Musanze District', 'Hawassa City Administration' ('Quezon City' is one).
_TOWN_WORD_AFTER = re.compile(
    r"(?<=\w)\s+(?:city(?:\s+administration)?|town|district|municipality)$", re.IGNORECASE
)
_TOWN_WORD_ENDS = ("city", "administration", "town", "district", "municipality")  # a cheap test
# 'Greater' before a town's name in its body's official name, where the two are no place
# ('Greater Karachi Municipal Corporation'; 'Greater Manchester' is one, the gazetteer's).
_GREATER_BEFORE = re.compile(r"^Greater\s+(?=[^\W\d_])")


def _place_or_genitive(name: str, is_place: PlaceNames, genitive: bool = False) -> str:
    """The name where it is a known place, or the place a one-word name inflects
    ('Københavns' of 'Københavns Kommune': København); '' if neither. A `genitive` (its
    form after it takes one: `_genitive_form`) is read in its case first: 'Turun' of
    'Turun kaupunki' is Turku, though a small place elsewhere is named 'Turun'; so is an
    adjective before its form ('Долинська міська рада' is Долина's, though a town elsewhere
    is named 'Долинська')."""
    if genitive and " " not in name and (read := inflected_place(name, is_place)):
        return read
    if is_place(name):
        return name
    if "-" in name and (place := hyphened_place(name, is_place)):
        return place  # 'Knokke-Heist': Knokke
    if (town := _GREATER_BEFORE.sub("", name, count=1)) != name and is_place(town):
        return town  # 'Greater Karachi' of 'Greater Karachi Municipal Corporation'
    if (
        name.lower().endswith(_TOWN_WORD_ENDS)
        and (town := _TOWN_WORD_AFTER.sub("", name)) != name
        and is_place(town)
    ):
        return town  # 'Kisumu City', 'Musanze District': the town its word follows
    if " " in name or _form_alone(name):
        return ""  # 'Aachen, Stadt (NW)': no town Stade's case form
    return inflected_place(name, is_place) or ""

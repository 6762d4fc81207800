"""Reading the member list of a statement page, in the shapes networks really publish.

A page's list is found by reading its text in each shape and keeping the reading that finds
the most places (`read_member_list`), once the page is cleaned (geo.importing.pagetext):

- `lines` (here): one entry a line, `City, Country`, `City, State, Country`, `City (XX)`,
  `Name, Mayor of City`, `Name - City (XX)`, `City of Springfield, IL`, bare `City`, with
  bullets, numbers, letter headings, blank lines and people's names on lines of their own;
  a flattened table row (`Sometown, ES12,345Mitigation`) keeps its name and country.
- `running text` (geo.importing.runningtext): `City (Country); City (Country); ... and
  City (Country).` and `signed by Aarhus, Bilbao, ... and Zagreb.`, with or without an
  Oxford comma, and shared brackets (`Lyon and Grenoble (France)`).
- `places` (geo.importing.placefinder): where no shape reads a list, the block of lines
  whose places stand in one field, a sentence that says who signed, or paragraphs that each
  lead with a place.

Each entry is read by geo.importing.entries. All of this runs in time linear in the page: no
regular expression backtracks over a whole line, and a line longer than MAX_ENTRY_CHARS is
prose, never an entry. Which names are places is asked of a `PlaceNames` (the gazetteer and
the network's members), only where the page's own structure does not already say it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from geo.countries import city_state, country_name, find_country, subdivision_countries
from geo.errors import ParseError
from geo.importing.dates import find_date, without_date_cell
from geo.importing.entries import (
    _ABROAD,
    _BULLET,
    _FORM,
    _PERSON,
    COMPASS_AFTER,
    GREATER_AFTER,
    INSTITUTION_WORDS,
    MAX_CODE_LETTERS,
    MAX_ENTRY_CHARS,
    MAX_NAME_WORDS,
    PARTICLES,
    PARTY,
    MemberList,
    PlaceNames,
    RawEntry,
    Skipped,
    _comma_fields,
    _confirmed,
    _finish,
    _name_like,
    _person_bracket,
    _Reading,
    _role_in,
    acts_for_title,
    adjective_before_form,
    body_in_genitive,
    body_kind,
    body_place,
    could_be_country,
    entry_is_complete,
    form_ahead,
    genitive_before_form,
    has_title,
    heading_country,
    hyphened_place,
    is_body_noun,
    is_degree,
    is_signer_line,
    is_title,
    is_titles,
    is_world_region,
    named_by_form,
    named_with_form_after,
    names_a_levelled_body,
    names_a_subdivision,
    names_in_genitive,
    names_nordic_body,
    one_body_of_places,
    read_entry,
    signed_for,
    strip_form,
    without_head_title,
    without_honorifics,
)
from geo.importing.inflection import (
    MAX_DECLINED_WORDS,
    caseless_place,
    country_in_case,
    declined_adjective,
    form_before,
    formed_place,
    georgian_region,
    glued_place,
    inflected_place,
    inflected_readings,
    nominative,
    nominative_entry,
    particled_place,
    town_after_region,
)
from geo.importing.pagetext import (
    _HEADING_WORDS,
    _SIGNING,
    HEADING_MARKS,
    MEMBERS_WORDS,
    PAGE_BREAK,
    SCRIPT_STOPS,
    _capitalised,
    _is_prose,
    aligned_rows,
    bar_table_rows,
    cards_joined,
    cell_rows,
    coded_row,
    column_blocks,
    column_views,
    dashed_qualifiers,
    ends_sentence,
    form_columns,
    is_address,
    is_closing,
    is_furniture,
    is_letter_heading,
    numbered_rows,
    page_breaks,
    pipe_row,
    rejoined,
    spaced_rows,
    without_blurbs,
    without_counted_headings,
    without_datelines,
    without_disclosure_marks,
    without_footnote_marks,
    without_header_rows,
    without_other_groups,
    without_other_rows,
    without_postcodes,
    without_repeated_heads,
    without_roles,
    without_row_numbers,
    without_running_title,
    without_signature_marks,
    without_unsigned,
)
from geo.importing.placefinder import (
    ITEMS_DASH,
    _dash_as_colon,
    _one_a_record,
    common_words,
    find_places,
    first_letter_heading,
    labelled_items,
    read_paragraph_places,
    read_places,
    read_signed_sentence,
    without_count,
)
from geo.importing.runningtext import (
    _CONJUNCTION,
    _split_conjunctions,
    bodies_named_in_plural,
    counties_by_form_before,
    has_plural_body,
    joined_after,
    read_running_text,
)
from geo.importing.signerfields import (
    SIGNER_FIELD,
    body_inside,
    ends_in_state,
    lower_field,
    place_among_fields,
    state_code,
)
from geo.text import cased, clean, fold, has_digit, is_latin

MAX_LINES = 100_000
FREE_LINES = 5_000  # a page with more short lines than this is sampled first
SAMPLED_LINES = 200
MIN_PLACE_SHARE = 0.5  # of the sampled lines, at least this share names a place
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{4}\b")  # 'Publicado el 27/02/2024'


# What each line is, where its shape alone says it (no place name asked): the same for
# every reader of the page's lines. Keyed by (line's text, line number).
Shapes = dict[tuple[str, int], tuple[str, RawEntry | None]]


def read_lines(
    lines: list[str],
    is_place: PlaceNames,
    shapes: Shapes | None = None,
    cards: frozenset[int] = frozenset(),
) -> MemberList | None:
    """The run of entry lines naming the most places.

    Blank lines, letter headings, people's names and titles on lines of their own, and page
    furniture may stand between entries; a line of prose ends the run. `shapes`, if given,
    keeps what the lines' shapes say for the next reading of the same lines. `cards` are
    the indexes of lines that are a directory's cards joined (`cards_joined`): each is a
    record named by its first field (`_first_field`).
    """
    best: _Reading | None = None
    run = _Reading()
    shapes = {} if shapes is None else shapes
    columns = _country_columns(lines)  # a table's rows: read as place and country
    group_heads = _card_headings(lines, cards) if cards else set()
    for number, raw in enumerate([*lines, "."], start=1):
        if not raw:
            continue  # a blank line, or one hidden (a share block's): nothing to read
        text = _place_and_country(raw, columns.get(number - 1)) or _fields_text(raw)
        kind, entry = _shape(raw, text, number, is_place, shapes)
        if number - 1 in cards and number - 1 not in columns and _fields_run_on(kind, entry):
            whole = "prose" if _into_a_label(entry) else kind
            kind, entry = _first_field(raw, number, whole, is_place, shapes) or (kind, entry)
        elif number - 1 in group_heads:
            kind, entry = "heading", None  # 'HE' between Hessen's cards and Bayern's
        if kind == "prose" and run.entries and run.entries[-1].line == number - 1:
            entry = _titled_place(text, number, is_place)  # 'Lord Provost of Aberdeen'
            kind = "entry" if entry is not None else kind
        if kind in ("prose", "person") and run.entries and run.entries[-1].line == number - 1:
            among = _body_among_signers(text, number, run.entries[-1], is_place)
            kind, entry = ("entry", among) if among is not None else (kind, entry)
        if kind in _READS_NO_PLACE and run.entries and run.entries[-1].line == number - 1:
            named = _city_states_body(text, number, run.entries[-1], entry, is_place)
            kind, entry = named or (kind, entry)
        if kind == "prose" and run.entries and _like_its_headings(text, number, run, lines):
            kind = "heading"  # 'Categoria Meio Ambiente e Clima' under 'Categoria Saúde'
        if kind == "prose" and "\t" in raw and (row := _caseless_row(raw, number, run, is_place)):
            kind, entry = "entry", row  # 'ድሬዳዋ<tab>ድሬዳዋ<tab>አቶ ...': a table's row
        if kind == "prose" and run.entries and _named_in_an_index(text, number, run):
            kind, entry = "entry", read_entry(text, number)  # 'Consell Comarcal del X'
        if kind == "prose" and run.entries and _closes_a_block(text, number, run, lines):
            kind = "person"  # a signer's long title, the next block opening as this one
        if kind == "prose" and run.entries and _opens_a_block(text, number, run, lines):
            kind = "person"  # a card's first line ('Regent Anak Agung Gede Putra')
        if kind == "prose" and run.entries and _inside_a_block(text, number, run, lines):
            kind = "person"  # a signer's long title between their name and their body's line
        if kind == "entry" and entry is not None:
            for one in _shared_line(entry, is_place):
                run.entries.append(one)
                run.places += _counted(one, run, is_place)
        elif kind in _REASONS and run.entries:
            run.skipped.append(Skipped(number, text, _REASONS[kind]))
        elif kind == "prose":
            if best is None or run.places > best.places:
                best = run
            run = _Reading()
    if best is None or (best.places < 2 and not _announced(best, lines)):
        return None
    kept, outside = _within_cards(best.entries, cards, lines)
    kept, board = _other_shape_before_a_gap(kept, lines)
    kept, above = _above_letter_headings(kept, lines)
    board += above
    kept, other = _other_shape_after_a_gap(kept, lines)
    kept, paragraph = _paragraph_after_a_gap(kept, lines)
    kept, unnumbered = _unnumbered_after_a_gap(kept, lines)
    other = [*outside, *board, *other, *paragraph, *unnumbered]
    kept, dateline = _without_dateline(kept)
    kept, groups = _group_headings(kept)
    trimmed, edges = _trim_unconfirmed(kept, is_place)
    if not trimmed:  # the run's places were its group headings ('Region Sjælland')
        return None
    edges = [*other, *dateline, *edges]
    entries, people = _people_before_places(trimmed, is_place)
    titles = {s.line for s in best.skipped if s.reason == _REASONS["person"]}
    entries, signers = _signers_apart(entries, lines, titles, is_place)
    people += signers
    entries, surnames = _surnames_wrapped(entries, lines, titles)
    people += surnames
    entries, regions = _bare_headings(entries, is_place)
    entries, unmarked = _unmarked_headings(entries)
    regions += unmarked
    entries, capitals = _capital_headings(entries)
    regions += capitals
    entries, region_heads = _region_headings(entries, lines)
    regions += region_heads
    entries, coded = _code_headings(entries, lines)
    regions += coded
    entries = _broken_names(_fields_broken(entries, lines), lines, is_place)
    entries, headings = _under_headings(entries, lines)
    entries = _under_prefectures(entries, lines)
    entries = [_sounded_entry(e, is_place) for e in entries]
    entries, institutions = _institutions(entries, is_place)
    if not entries:
        return None
    last = max([e.line for e in entries] + [s.line for s in institutions])  # its rows too
    skipped = [*edges, *people, *regions, *headings, *groups, *institutions]
    skipped += [s for s in best.skipped if s.line < last]
    skipped.sort(key=_by_line)
    return _finish("lines", entries, tuple(skipped), lines, last)


# A Japanese prefecture's name alone as a heading ('【静岡県】', '■長野県'): '県' is written
# so in Japan alone (China writes '县', Taiwan '縣').
_PREFECTURE_HEADING = re.compile(rf"^[{HEADING_MARKS}【]?\s*[\u4e00-\u9fff]{{1,4}}県】?$")


def _under_prefectures(entries: list[RawEntry], lines: list[str]) -> list[RawEntry]:
    """The entries of no country in a block under a Japanese prefecture's heading
    (`_PREFECTURE_HEADING`, up to the next blank line), in Japan, whatever their namesakes
    abroad ('【沖縄県】' over '那覇市')."""
    japanese: set[int] = set()
    under = False
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        under = bool(_PREFECTURE_HEADING.match(text)) or (under and bool(text))
        if under:
            japanese.add(number)
    return [
        replace(e, codes=("JP",)) if e.line in japanese and not (e.country or e.codes) else e
        for e in entries
    ]


def _fields_text(raw: str) -> str:
    """A line as its shapes read it: a row of a table or of a card's lines (tab-parted
    fields: `cards_joined`) with its fields parted by middle dots, as a row copied with
    them is ('Anna Berg · Mayor of Lund · Date: 3.5.2024'), so that no field runs on into
    the next; a line of fields parted by middle dots without those after the first that a
    label names (`_without_labels`); a line of a town, its head's title and name as the
    town (`_headed_town`); any other line as it is."""
    if town := _headed_town(raw):
        return town
    if "\t" not in raw:
        text = _without_rank(clean(raw)) if ": " in raw else clean(raw)
        return _without_labels(text) if ":" in text and "·" in text else text
    cells = _after_signer([clean(cell) for cell in raw.split("\t") if cell.strip()])
    if _signers_role(cells[0], cells[1:]):  # a signature block's card: its signer's name
        cells = cells[1:]  # over a role that names the place ('Mayor, Jinja City')
    named = [cell for cell in cells if not _signers_cell(cell)]
    named = named[:1] + [c for c in named[1:] if not _kind_cell(c) and not _titled_label(c)]
    return " · ".join(named or cells)


# A line's rank before its entry: a figure and a word or two of a place's or a prize's
# rank, or those words and a figure, then a colon ('1. mesto: Grad Šabac', '2nd place:
# City of Leeds', 'Platz 3: Stadt Jena', '1er prix : Ville de Nantes').
_RANK_LABEL = re.compile(
    r"^(?:\d{1,3}(?:[.)]|[^\W\d_]{1,3}\.?)?\s+[^\W\d_]+(?:\s+[^\W\d_]+)?"
    r"|[^\W\d_]+(?:\s+[^\W\d_]+)?\s+\d{1,3}\.?)\s?:\s+(?=\S)"
)


def _without_rank(text: str) -> str:
    """A line without the rank that labels its entry (`_RANK_LABEL`): 'Grad Šabac' of
    '1. mesto: Grad Šabac – obnova javnih zgrada', an award's list by its places; or
    without a label of a few words in a sentence's case before a body its form names, no
    comma after ('Posebno priznanje: Opština Ivanjica', 'Special mention: City of Bath'; not
    a board's 'Leder: Elin Sætre, ordfører i Hamar kommune')."""
    ranked = _RANK_LABEL.sub("", text, count=1)
    if ranked != text:
        return ranked
    label, _, value = text.partition(": ")
    words = label.split()
    if (
        0 < len(words) <= MAX_RANK_WORDS
        and words[0][:1].isupper()
        and all(w.isalpha() and w.islower() for w in words[1:])
        and value[:1].isupper()
        and "," not in value  # 'Leder: Elin Sætre, ordfører i Hamar kommune': a board's
        and strip_form(value) != value
    ):
        return value
    return text


MAX_RANK_WORDS = 3  # 'Mention spéciale', 'Prix du public'; more are a sentence's


# The titles of a town's head by the form its name ends in, in the scripts without case:
# Chinese and Japanese '市長' after '市', '縣長' after '縣', '町長' after '町', '知事' after a
# prefecture's '県'; Korean '시장' after '시', '군수' after '군', '구청장' after '구'. A
# deputy's title is the same after '副', '부' ('副市長', '부시장').
_HEADS_BY_FORM = {
    **{form: (form + "長", form + "长") for form in "市縣县町村区區"},
    **{form: ("知事",) for form in "県都府道"},
    "시": ("시장",),
    "군": ("군수",),
    "구": ("구청장",),
}
MAX_HEAD_NAME_WORDS = 2  # '山田 太郎', a space between family and given name


def _headed_town(raw: str) -> str:
    """The town of a line of three fields, a town, its head's title by its form
    (`_HEADS_BY_FORM`) and the head's name, in a script without case, parted by spaces or
    tabs ('静岡市 市長 山田太郎', '가평군 군수 정우성'); '' for any other line, as a table's row
    with more fields ('전주시<tab>시장 김민호<tab>전북특별자치도': its region too)."""
    if raw.isascii():
        return ""  # no town of such a script: asked of every line of a list
    tabbed = "\t" in raw
    parts = [c.strip() for c in raw.split("\t") if c.strip()] if tabbed else raw.split()
    towns = (_town_headed(parts[start:], tabbed) for start in _row_leads(parts))
    return next((town for town in towns if town), "")


def _town_headed(parts: list[str], tabbed: bool) -> str:
    """The town of a row's cells from its town on ('静岡市', '市長', '山田太郎'): its
    head's title by its form, or its body's last word and '長' ('広域連合長' after
    '関西広域連合'), then the head's name; '' for any other cells."""
    if len(parts) < 3 or (tabbed and len(parts) != 3) or parts[0][:1].isascii():
        return ""
    if len(" ".join(parts[2:]).split()) > MAX_HEAD_NAME_WORDS:
        return ""
    town, title = parts[0], parts[1].removeprefix("副").removeprefix("부")
    headed = title in _HEADS_BY_FORM.get(town[-1], ())
    bodys = len(title) > 1 and title[-1] in "長长" and town.endswith(title[:-1])
    return town if headed or bodys else ""


# What a table's row may give before its town in a script without case: its number ('12',
# '12.') and its region, by a region's form ('静岡県', '경상남도', '江西省') or a dash for
# none ('－').
_ROW_NUMBER = re.compile(r"^\d{1,4}\.?$")
_ROW_REGION = re.compile(r"^(?:\S+(?:[県都府道省]|도)|[－—–-])$")


def _row_leads(parts: list[str]) -> list[int]:
    """Where a row's town may start: after its number if it has one, and after the region
    that follows."""
    start = 1 if parts and _ROW_NUMBER.match(parts[0]) else 0
    region = start < len(parts) and _ROW_REGION.match(parts[start])
    return [start, start + 1] if region else [start]


def _titled_label(cell: str) -> bool:
    """A card's field of its head: a title of a few words or many as its label, a colon and
    a name ('Maire : Awa Diop', 'Président de la délégation spéciale : Issa Kaboré'), the
    card's signer, no field of its place, though its words may read as a role's ('de la
    ville')."""
    label, colon, name = cell.partition(":")
    return (
        bool(colon)
        and bool(name.strip())
        and len(label.split()) <= MAX_LABEL_WORDS
        and has_title(label)
        and not has_digit(cell)
    )


MAX_LABEL_WORDS = 6  # 'Président de la délégation spéciale'; more are a sentence's


def _kind_cell(cell: str) -> bool:
    """A card's or row's field after its name that says what kind of place it is, in words
    of a sentence's case ('Local municipality', 'State capital', 'Regional council'): its
    description, no place, so that its name's place is read with the fields that place it."""
    first, *rest = cell.split()
    return (
        0 < len(rest) < MAX_KIND_WORDS
        and first.isalpha()
        and first[:1].isupper()
        and all(w.isalpha() and w.islower() for w in rest)
        and body_kind(cell) not in _WIDER_AREAS  # 'Jihočeský kraj': a card's region
    )


_WIDER_AREAS = frozenset({"region", "province", "county"})


MAX_KIND_WORDS = 3  # a kind's words: 'Local government area'; more are a note's


def _without_labels(text: str) -> str:
    """A line of fields parted by middle dots without those after the first that a label
    names ('Gemeente Utrecht · Contactpersoon: Jan de Vries' -> 'Gemeente Utrecht')."""
    first, *others = text.split(" · ")
    return " · ".join([first, *(f for f in others if not _labelled_field(f))])


def _labelled_field(cell: str) -> bool:
    """A field a label names, with no figure in it (a contact, a region), not a date's."""
    return _LABELLED.match(cell) is not None and not has_digit(cell)


# A labelled field: a label of a few words and a colon, then its value ('Ansprechperson:
# Dr. Miriam Kessler', 'Contacto: Ana Ruiz', 'Région : Bretagne'), a record's detail.
_LABELLED = re.compile(r"[^\W\d_][^\W\d_ .-]*(?:[ .-][^\W\d_]+){0,3}\s?:\s")


def _after_signer(cells: list[str]) -> list[str]:
    """A card's fields after its signer's, where it opens with a person's name over a title
    that names no place ('Aminata Kamara' / 'Mayor' / 'Freetown, Sierra Leone', 'Marta Gil'
    / 'Presidenta, Junta de Gobierno' / 'Valparaíso, Chile'; 'Ana Souza – Prefeita' / 'Recife,
    Brasil', the two on one line after a dash): the card's rhythm names the
    person and the office, its place is a later field. Kept whole where no later field may
    name the place (each a country alone, a figure or a label: 'Buenos Aires' / 'Jefe de
    Gobierno' / 'Argentina' is the city's card)."""
    name, dash, office = cells[0].partition(" – ") if cells else ("", "", "")
    signer = 1 if dash and _bare_office(office) else 2  # 'Ana Souza – Prefeita'
    if len(cells) < signer + 1 or not _bare_office(office if dash else cells[1]):
        return cells
    first = without_honorifics(name if dash else cells[0])
    if _PERSON_NAME.fullmatch(first) is None or has_title(first):
        return cells
    rest = cells[signer:]
    if not any(":" not in c and not has_digit(c) and find_country(c) is None for c in rest):
        return cells
    return rest


def _bare_office(cell: str) -> bool:
    """A field of a title that names no place ('Mayor', 'Municipal Commissioner', 'Chair,
    Board of Directors', 'Maire adjointe chargée du climat'): no role's 'of', no label, no
    figure."""
    return (
        has_title(cell)
        and _role_in(cell) is None
        and ":" not in cell
        and not has_digit(cell)
        and find_country(cell) is None
    )


def _signers_cell(cell: str) -> bool:
    """A row's cell that is its signer alone, a name and a title ('Marko Jurić,
    gradonačelnik', 'Ida Moser, Bürgermeisterin'): the row's context, no field of its
    place, whose comma would part the row ('Grad Rijeka · Primorsko-goranska · Marko Jurić'
    taken for a place in a country 'gradonačelnik')."""
    name, comma, title = cell.partition(",")
    return (
        bool(comma)
        and _PERSON_NAME.fullmatch(name.strip()) is not None
        and (is_title(title.strip()) or has_title(title))
    )


_NOT_A_NAME = re.compile(r":|\.$")


def _within_cards(
    entries: list[RawEntry], cards: frozenset[int], lines: list[str]
) -> tuple[list[RawEntry], list[Skipped]]:
    """A list's entries from its first card to its last where it has MIN_CARD_ENTRIES or
    more (`cards`: a directory's cards joined), without the lines around them: a search
    form's ('Županija: sve županije', 'Prikaži: abecedno'), a heading's, not members."""
    at = [k for k, e in enumerate(entries) if e.line - 1 in cards]
    if len(at) < MIN_CARD_ENTRIES:
        return entries, []
    at += [k for k, e in enumerate(entries) if _signed_under(e, lines)]  # blocks unjoined
    at.sort()
    outside = entries[: at[0]] + entries[at[-1] + 1 :]
    return entries[at[0] : at[-1] + 1], [Skipped(e.line, e.written, _AT_THE_EDGE) for e in outside]


def _card_headings(lines: list[str], cards: frozenset[int]) -> set[int]:
    """The lines that head groups of a directory's cards (`cards_joined`): each alone
    between two cards, short (a state's code, a region: 'HE', 'NW', 'Norte'), as a reader
    takes a line the cards' rhythm has no field for. Where every such line names a
    country, none: they give their cards their country ('Danmark' over Aarhus's card);
    where one does not, codes that happen to be countries' are states' too ('BY', 'ST')."""
    found = set()
    ordered = sorted(cards)
    for before, after in pairwise(ordered):
        between = [k for k in range(before + 1, after) if lines[k]]
        if len(between) == 1 and _group_heading(lines[between[0]]):
            found.add(between[0])
    first = next((k for k in range(ordered[0] - 1, -1, -1) if lines[k]), None)
    if found and first is not None and _group_heading(lines[first]):
        found.add(first)  # the first group's heading, over its first card
    if all(find_country(clean(lines[k])) is not None for k in found):
        return set()
    return found


def _group_heading(line: str) -> bool:
    """A line short enough to head a group of cards, no card's row itself."""
    return "\t" not in line and len(line.split()) <= MAX_BARE_WORDS


def _signed_under(entry: RawEntry, lines: list[str]) -> bool:
    """Whether an entry is a signature block's role line right under its signer's name
    (`_signers_role`: 'H.W. Jane Achieng' over 'Mayor, Kisumu City'), a card of the list
    whose block has no country line where the other cards have one."""
    above = lines[entry.line - 2] if entry.line >= 2 else ""
    return "\t" not in above and bool(above) and bool(_signers_role(clean(above), [entry.written]))


MIN_CARD_ENTRIES = 3


def _fields_run_on(kind: str, entry: RawEntry | None) -> bool:
    """Whether a row of tab-parted fields read as a whole is prose, or an entry whose
    name runs over fields ('Pamplona/Iruña · Navarra · Navarra'): no name holds a field's
    mark."""
    return kind == "prose" or (entry is not None and " · " in entry.city)


def _into_a_label(entry: RawEntry | None) -> bool:
    """Whether a row's name read as a whole runs into a labelled field ('Erlangen ·
    Ansprechperson: Sabine Fürst'): no reading of the row as a whole, as prose is not."""
    return entry is not None and ":" in entry.city.partition(" · ")[2]


def _first_field(
    raw: str, number: int, whole: str, is_place: PlaceNames, shapes: Shapes
) -> tuple[str, RawEntry | None] | None:
    """A row of a table or a card's lines (tab-parted fields) that reads as prose as a
    whole ('Hämeenlinna · Kanta-Häme · 68 000 asukasta · Jäsen vuodesta 2019 · Yhteyshenkilö:
    Laura Virtanen · hameenlinna.fi'), or as a name over several fields, read as its first
    field, the record's name ('Hämeenlinna'), placed by the first of its other fields that
    names a country ('Praia, Cabo Verde') or else by the next field ('Hämeenlinna,
    Kanta-Häme', a region) where that gives its country: its other fields describe it.
    None where the first field is no entry, or gives no country where the row as a whole
    (`whole`, its shape) read as an entry ('Município de Vila Real · Norte de Portugal')."""
    first, *others = _after_signer([clean(cell) for cell in raw.split("\t")])
    if not first or _NOT_A_NAME.search(first):
        return None  # a label's field ('Županija: sve'), a column's head ('Lp.', 'Nr.')
    if role := _signers_role(first, others):  # a signature block's card: named by its
        first, others = role, [c for c in others if c != role]  # role's place
    country = next((c for c in others if len(c) > 3 and _names_country(c)), "")  # not 'FR',
    after = others[0] if others and not has_digit(others[0]) else ""  # a code
    after = "" if _labelled_field(after) else after  # 'Ansprechperson: Dr. Miriam Kessler'
    texts = [f"{first}, {field}" for field in (country, after) if field] + [first]
    found = [_shape(raw, text, number, is_place, shapes) for text in dict.fromkeys(texts)]
    entries = [(kind, entry) for kind, entry in found if kind == "entry" and entry is not None]
    placed = [(kind, entry) for kind, entry in entries if entry is not None and entry.codes]
    formed = [(kind, entry) for kind, entry in entries if entry and _formed_name(entry)]
    return next(iter(placed or formed or (entries if whole == "prose" else [])), None)


def _formed_name(entry: RawEntry) -> bool:
    """Whether an entry without a country is a body's name of a script without spaces, its
    form glued before its place's name ('เทศบาลนครขอนแก่น', Khon Kaen city municipality;
    'ក្រុងកំពត', Kampot town), which says it names a place: a card's name, its other
    fields (its province, 'จังหวัดขอนแก่น') no country of it."""
    return not entry.country and form_before(entry.city)


def _formed_place(entry: RawEntry, is_place: PlaceNames) -> bool:
    """Whether an entry is a body's name of a script without spaces (`_formed_name`) whose
    place, after its form, is known, though the gazetteer has no such name with the form."""
    return _formed_name(entry) and caseless_place(entry.city, is_place) is not None


def _counted(entry: RawEntry, run: _Reading, is_place: PlaceNames) -> bool:
    """Whether an entry counts as a place of its run: confirmed, or a name under a country
    heading of the run ('Kenya (4)' over 'Kisumu'), which gives its country (as
    `_under_headings` reads), though structure alone knows no such name. Notes the
    heading in `run`."""
    if not entry.country and heading_country(entry.written) is not None:
        run.headed = True
        return _confirmed(entry, is_place)
    if _confirmed(entry, is_place) or _formed_place(entry, is_place):
        return True
    return run.headed and not entry.country and not entry.codes


def _announced(run: _Reading, lines: list[str]) -> bool:
    """A list of one entry that gives its country, right under a sentence that ends in a
    colon and announces it ('A rede dá as boas-vindas ao seu mais recente membro:' over
    'Guimarães, Portugal'): a page of news about one new member."""
    if len(run.entries) != 1 or not run.entries[0].codes or not run.entries[0].country:
        return False
    above = next((clean(t) for t in reversed(lines[: run.entries[0].line - 1]) if t.strip()), "")
    return above.endswith(":") and len(above.split()) >= MIN_ANNOUNCING_WORDS


MIN_ANNOUNCING_WORDS = 5  # a sentence, not a label ('Sede:', 'Contact:')


# A title of capitalised words, then 'of' and the place: 'Lord Provost of Aberdeen'.
_TITLE_OF = re.compile(
    r"^((?:[^\W\d_][\w.'’-]*\s+){1,3})(?:of|de|di|du|van|von|da|do|del|della)\s+([^,]+)"
)


_DATELINE = "the place and date of signing, at the list's edge: its venue, no signatory"
MIN_DATELINE_ENTRIES = 3  # the dateline and two entries or more, so that it stands apart


def _dated(entry: RawEntry) -> bool:
    """Whether an entry's line is a place, a comma and a full date, an article before it at
    most ('Cusco (Perú), 3 de mayo de 2024.', 'Parma (PR), 12 marzo 2024')."""
    _, comma, rest = entry.written.partition(",")
    found = find_date(rest) if comma else None
    return found is not None and len(rest.replace(found[1], " ", 1).strip(" .").split()) <= 1


def _without_dateline(entries: list[RawEntry]) -> tuple[list[RawEntry], list[Skipped]]:
    """A list without its first or last entry where that one alone is a place and a date
    (`_dated`): the line a letter gives where and when it was signed, over or under its
    signature blocks, names its venue, no signatory; in a list whose lines all have their
    date (the day each joined), none is such."""
    if len(entries) < MIN_DATELINE_ENTRIES:
        return entries, []
    k = 0 if _dated(entries[0]) else len(entries) - 1 if _dated(entries[-1]) else -1
    if k < 0 or any(_dated(e) for j, e in enumerate(entries) if j != k):
        return entries, []  # the edges asked first: most lists have no date at either
    return entries[:k] + entries[k + 1 :], [Skipped(entries[k].line, entries[k].written, _DATELINE)]


def _titled_place(text: str, number: int, is_place: PlaceNames) -> RawEntry | None:
    """A line right under an entry (a signer's name) that is a title the reader does not
    know, then 'of' and a known place ('Lord Provost of Aberdeen', 'Chief Burgomaster of
    Malmö, on behalf of the Mayor'): the place, as 'Mayor of X' reads; None otherwise."""
    title = _TITLE_OF.match(text)
    if title is None or not all(w[:1].isupper() for w in title[1].split()):
        return None
    place = title[2].strip()
    return RawEntry(number, text, place) if is_place(place) else None


def _body_among_signers(
    text: str, number: int, above: RawEntry, is_place: PlaceNames
) -> RawEntry | None:
    """The entry of a signer's line under another of the same shape (a person's name, a
    comma, a title) whose title the reader does not know or whose clause after it makes it
    long ('Eva Roth, Delegada de Medio Ambiente del Ayuntamiento de Valencia, en nombre de
    la alcaldía'): the place of the one field that names a body by its form ('Ayuntamiento
    de Valencia'), as a reader takes a line among lines of one shape for one of the list;
    None where no field or several name such a known place, or the line is a sentence."""
    if ends_sentence(text) or not (_named_first(text) and _named_first(above.written)):
        return None
    fields = SIGNER_FIELD.split(_BULLET.sub("", text, count=1))[1:]
    places = {
        place
        for field in fields
        if (body := body_inside(field)) and is_place(place := strip_form(body))
    }
    return RawEntry(number, text, places.pop()) if len(places) == 1 else None


MAX_PERSON_WORDS = 4


def _named_first(line: str) -> bool:
    """Whether a line opens with a person's name and a comma: two to MAX_PERSON_WORDS
    capitalised words, no figure ('Dr. Eva Roth, ...', 'Jan de Vries, ...')."""
    first, comma, _ = _BULLET.sub("", line, count=1).partition(",")
    words = first.split()
    return (
        bool(comma)
        and 2 <= len(words) <= MAX_PERSON_WORDS
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and not has_digit(first)
    )


def _titled(entry: RawEntry) -> bool:
    """The entry is a title and its place (`_titled_place`)."""
    title = _TITLE_OF.match(entry.written)
    return title is not None and title[2].strip() == entry.city


def _signers_apart(
    entries: list[RawEntry], lines: list[str], titles: set[int], is_place: PlaceNames
) -> tuple[list[RawEntry], list[Skipped]]:
    """A signature block's lines that are its signer's, not entries: in records of the same
    lines, the ones other than the body's (`_one_a_record`: 'Pour la Ville de Lyon' over
    'Le Maire,' and a name), and an unknown name right over a title line of its own ('Anna
    Ek' over 'kommunalråd'; `titles`: the lines skipped as a person's)."""
    signed = {e.line for e in _one_a_record(entries, lines)}
    keep = [
        e.line in signed and not (e.line + 1 in titles and _unnamed(e, is_place)) for e in entries
    ]
    kept = [e for e, k in zip(entries, keep, strict=True) if k]
    people = [
        Skipped(e.line, e.written, _REASONS["person"])
        for e, k in zip(entries, keep, strict=True)
        if not k
    ]
    return kept, people


def _surnames_wrapped(
    entries: list[RawEntry], lines: list[str], titles: set[int]
) -> tuple[list[RawEntry], list[Skipped]]:
    """A block's entries without a one-word line that ends its signer's name, wrapped from
    the title line over it, whose name is a given name alone, under the body's line that
    opens the block ('Gemeente Zwolle' / 'Burgemeester Dr. Pieter' / 'Kampen'): its
    place is the body's, the word a surname that may be a town's name too; so is such a
    line under a body's entry whose signer's field ends in a given name
    (`_signer_cut_after_given_name`)."""
    opening = {e.line for e in entries if e.line < 2 or not lines[e.line - 2].strip()}
    read = {e.line: e.city for e in entries}
    wrapped = {
        e.line
        for e in entries
        if len(e.written.split()) == 1
        and not (e.country or e.codes or _structured(e))
        and (_title_cut(e.line, lines, titles, opening) or _entry_cut(e.line, lines, read))
    }
    kept = [e for e in entries if e.line not in wrapped]
    return kept, [
        Skipped(e.line, e.written, _REASONS["person"]) for e in entries if e.line in wrapped
    ]


def _title_cut(line: int, lines: list[str], titles: set[int], opening: set[int]) -> bool:
    """Whether the line over `line` is a title line naming its signer by a given name alone,
    under the block's opening body line (`_given_name_alone`)."""
    above = line - 1
    return above in titles and above - 1 in opening and _given_name_alone(lines[above - 1])


def _entry_cut(line: int, lines: list[str], read: dict[int, str]) -> bool:
    """Whether the line over `line` is an entry cut after its signer's given name
    (`_signer_cut_after_given_name`), not after its place ('Anna Berg, mayor of Lund')."""
    above = lines[line - 2] if line - 1 in read else ""
    return (
        _signer_cut_after_given_name(above)
        and fold(above.split()[-1]) != fold(read[line - 1])
        and find_country(lines[line - 1].strip()) is None
    )


def _signer_cut_after_given_name(entry_line: str) -> bool:
    """Whether a body's entry line ends in its signer's field cut after the given name: the
    last field after a comma is words in lower case (a role, in any case: 'zastúpené
    primátorkou', 'represented by the mayor') and one capitalised word ('Mesto Zvolen,
    zastúpené primátorkou Zuzanou'): the surname is wrapped onto the next line."""
    head, comma, field = entry_line.rpartition(",")
    words = field.split()
    return (
        bool(comma and head.strip())
        and len(words) >= 2
        and words[-1][:1].isupper()
        and all(w[:1].islower() for w in words[:-1])
    )


def _given_name_alone(title_line: str) -> bool:
    """Whether a signer's title line names them by one word after their title and degrees
    ('Oberbürgermeisterin Dr. Anna'): the rest of the name is on the next line."""
    words = [w for w in title_line.split() if not w.endswith(".")]
    named = [w for w in words if w[:1].isupper() and not is_title(w)]
    return len(named) == 1 and words[-1] == named[0] and is_title(words[0])


MIN_SHAPED = 5  # entries before a gap that show the list's shape
_LABEL = re.compile(r"^[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+)?:\s")  # 'Leder: ', 'Vice-chair: '


def _labelled(entry: RawEntry) -> bool:
    return _LABEL.match(entry.written) is not None


def _other_shape_after_a_gap(
    entries: list[RawEntry], lines: list[str]
) -> tuple[list[RawEntry], list[Skipped]]:
    """A list without its lines after a blank line where most of those with fields are of
    a shape none of the MIN_SHAPED or more lines before it has, a label and a colon
    ('Leder: Elin Sætre, ordfører i Hamar kommune', 'Sekretariat: KS, Oslo' under 'Arendal
    kommune', 'Bodø kommune', ...): the network's board or staff, not its list."""
    shaped = [_labelled(e) for e in entries]
    fielded = [bool(_FIELDS.search(e.written) or e.codes) for e in entries]  # a bare line is
    # a heading; a country's bracket is a field ('Мэрия города Оша (Кыргызстан)')
    if len(entries) <= MIN_SHAPED or any(shaped[:MIN_SHAPED]):
        return entries, []
    later, later_fielded = sum(shaped), sum(fielded)
    for k in range(1, len(entries)):
        later, later_fielded = later - shaped[k - 1], later_fielded - fielded[k - 1]
        if shaped[k - 1]:
            return entries, []  # the list's own lines have that shape
        between = range(entries[k - 1].line + 1, entries[k].line)
        blank = not all(lines[n - 1].strip() for n in between)
        if k >= MIN_SHAPED and blank and later * 2 > later_fielded:
            return entries[:k], [Skipped(e.line, e.written, _AFTER_THE_LIST) for e in entries[k:]]
    return entries, []


def _paragraph_after_a_gap(
    entries: list[RawEntry], lines: list[str]
) -> tuple[list[RawEntry], list[Skipped]]:
    """A list without its last entry where that is a paragraph's first line after a blank
    line: a sentence's words (MIN_TWO_SENTENCES_WORDS or more), the next line going on in
    lower case ('At the closing session the host City of Graz said that the next' over
    'forum will meet in ...'). A list's line ends its entry; a paragraph's wraps."""
    if len(entries) < 2:
        return entries, []
    last, before = entries[-1], entries[-2]
    if last.line >= len(lines) or all(
        lines[n - 1].strip() for n in range(before.line + 1, last.line)
    ):
        return entries, []
    after = lines[last.line].strip()
    if len(last.written.split()) < MIN_TWO_SENTENCES_WORDS or not after[:1].islower():
        return entries, []
    return entries[:-1], [Skipped(last.line, last.written, _AFTER_THE_LIST)]


def _unnumbered_after_a_gap(
    entries: list[RawEntry], lines: list[str]
) -> tuple[list[RawEntry], list[Skipped]]:
    """A numbered list without the lines after a blank line that have no number, where the
    MIN_SHAPED or more entries before them all have one and none after them has ('১১. X
    পৌরসভা — মেয়র Name' over 'সমন্বয়ক: ..., ঢাকা।', its coordinator's line): the page's text
    under the list, whose own lines go on numbered."""
    numbered = [_NUMBERED_ENTRY.match(e.written) is not None for e in entries]
    k = next((k for k, n in enumerate(numbered) if not n), len(entries))
    if k < MIN_SHAPED or k == len(entries) or any(numbered[k:]):
        return entries, []
    if all(lines[n - 1].strip() for n in range(entries[k - 1].line + 1, entries[k].line)):
        return entries, []  # no blank line between: the list's own line
    return entries[:k], [Skipped(e.line, e.written, _AFTER_THE_LIST) for e in entries[k:]]


_NUMBERED_ENTRY = re.compile(r"^\s*\(?(\d{1,4})[.)]\s")  # '1. ', '(12) ', '১১. '
_FIELDS = re.compile(r"[,:]")
_AFTER_THE_LIST = "of another shape than the list, after it: taken for page text"
_BEFORE_THE_LIST = "of another shape than the list, before it: taken for page text"


def _other_shape_before_a_gap(
    entries: list[RawEntry], lines: list[str]
) -> tuple[list[RawEntry], list[Skipped]]:
    """A list without its lines before a blank line where most of those with fields have a
    label and a colon and none of the MIN_SHAPED or more lines after it has ('Председател:
    Иван Петров, кмет на Община Габрово' over 'гр. Бургас', 'гр. Видин', ...): the
    network's board or staff over its list, as `_other_shape_after_a_gap` finds under it."""
    for k in range(1, len(entries) - MIN_SHAPED + 1):
        between = range(entries[k - 1].line + 1, entries[k].line)
        if all(lines[n - 1].strip() for n in between):
            continue
        fielded = sum(bool(_FIELDS.search(e.written)) for e in entries[:k])
        shaped = sum(_labelled(e) for e in entries[:k])
        if shaped * 2 <= fielded or any(_labelled(e) for e in entries[k:]):
            return entries, []
        return entries[k:], [Skipped(e.line, e.written, _BEFORE_THE_LIST) for e in entries[:k]]
    return entries, []


def _above_letter_headings(
    entries: list[RawEntry], lines: list[str]
) -> tuple[list[RawEntry], list[Skipped]]:
    """A list without the entries above its first letter heading (`first_letter_heading`)."""
    first = first_letter_heading(entries, lines)
    if not first:
        return entries, []
    above = [Skipped(e.line, e.written, _BEFORE_THE_LIST) for e in entries if e.line < first]
    return [e for e in entries if e.line > first], above


def _shared_line(entry: RawEntry, is_place: PlaceNames) -> list[RawEntry]:
    """A line of several names that share its country ('Ghent and Leuven (both Belgium)',
    'Lyon, Grenoble and Nantes, France'): one entry each, flagged for review as a split
    bracket is; a name that is a place as a whole ('Brighton and Hove') stays whole, and a
    body's name read by its form, unless each part names a body by its own ('Unione dei
    Comuni Alto Reno e Montagna (BO)' is one; 'Comune di Asti e Comune di Alba' two). A line
    of cells each a place and its country ('Accra, Ghana · Mopti, Mali') is one entry a
    cell (`_cells_with_countries`)."""
    if (cells := _cells_with_countries(entry) or _cells_of_bodies(entry)) is not None:
        return cells
    city = entry.city
    if not entry.codes or ("," not in city and _CONJUNCTION.search(city) is None):
        return [entry]
    parts = [
        p.strip() for part in city.split(",") for p in _split_conjunctions(f" {part} ") if p.strip()
    ]
    named = [p for p in parts if not is_title(p)]  # 'Mayor, Dhaka North': a title, no name
    if len(named) == 1 < len(parts):
        return [replace(entry, city=named[0])]
    if len(parts) < 2 or not all(_name_like(p) for p in parts) or is_place(city):
        return [entry]
    if _one_town_by_form(entry, parts):
        return [entry]
    if entry.kind != "city" and not all(body_kind(p) for p in parts):
        return [entry]
    return [replace(entry, city=p, shared_bracket=True) for p in parts]


def _one_town_by_form(entry: RawEntry, parts: list[str]) -> bool:
    """Whether a line names one town by a single body's form before a name that holds an
    'and' ('Comune di Arco e Riva (TN)', 'Gemeinde Thal und Wald (SG)'): no comma lists
    names, and no part names a body by a form of its own ('Comune di Asti e Comune di
    Alba' is two)."""
    return (
        "," not in entry.city
        and named_by_form(entry.written, entry.city)
        and all(strip_form(p) == p for p in parts)
    )


def _cells_with_countries(entry: RawEntry) -> list[RawEntry] | None:
    """The entries of a line of two cells parted by a middle dot, each a place, a comma and
    its country ('Accra, Ghana · Mopti, Mali': two columns, `places_with_countries_rows`);
    None for any other entry. A row of three cells or more is the place finder's, which the
    reader asks where the lines may hold twice the entries their shapes read."""
    cells = entry.written.split(" · ")
    if len(cells) != 2 or not all(c.count(",") == 1 and _names_country(c) for c in cells):
        return None
    read = [read_entry(cell, entry.line) for cell in cells]
    return [one for one in read if one is not None] if all(read) else None


def _cells_of_bodies(entry: RawEntry) -> list[RawEntry] | None:
    """The entries of a line of two cells parted by a middle dot (a wide gap, as the page's
    columns are read), each a town's body by its form, whatever their forms ('Stad Gent ·
    Stad Leuven', 'Gemeente Assen · Stad Aalst': two columns of a list of bodies); None for
    any other entry, and where a cell is a wider body ('Comune di Prato · Provincia di
    Prato': a municipality's province)."""
    cells = entry.written.split(" · ")
    if len(cells) != 2 or not all(strip_form(c) != c and not body_kind(c) for c in cells):
        return None
    read = [read_entry(cell, entry.line) for cell in cells]
    return [one for one in read if one is not None] if all(read) else None


def _under_headings(
    entries: list[RawEntry], lines: list[str]
) -> tuple[list[RawEntry], list[Skipped]]:
    """A list's lines that are a country alone ('Nederland', 'België'), where two or more
    are or the list starts with one, are headings: the entries under each, up to the next,
    are in its country unless they give their own; so are the entries under the line
    right above the list where it is a country alone. A country named once inside a list
    ('Singapore' between Seoul and Sydney) stays an entry. Where the list starts with a
    place and ends in a country, and one entry or more stands between each two, each
    country is the line after its places: cards flattened to a city line and a country line
    ('Aarhus' / 'Denmark' / 'Abidjan' / ...), signature blocks whose last line is the
    country ('Alcalde de León' / 'República de Nicaragua'), one a block's place broken over
    two lines."""
    bare = [not e.country and heading_country(e.written) is not None for e in entries]
    counted = any(b and _counts_its_group(e) for e, b in zip(entries, bare, strict=True))
    if not entries or len(bare) == sum(bare) or (sum(bare) < 2 and not bare[0] and not counted):
        return entries, []
    bare = _headings_in_capitals(entries, bare)
    above = next((clean(t) for t in reversed(lines[: entries[0].line - 1]) if t.strip()), "")
    heading = heading_country(above) or ""
    marks = [k for k, is_heading in enumerate(bare) if is_heading]
    headings = [e for e, is_heading in zip(entries, bare, strict=True) if is_heading]
    skipped = [Skipped(e.line, e.written, _REASONS["heading"]) for e in headings]
    if not heading and not bare[0] and bare[-1] and all(b - a >= 2 for a, b in pairwise(marks)):
        group = max((b - a - 1 for a, b in pairwise(marks)), default=1)  # a block's places
        after = {  # each entry's country: the next country line after it, a block's length
            k: heading_country(entries[next(m for m in marks if m > k)].written) or ""
            for k in range(max(0, marks[0] - group), marks[-1])  # above it: the page's
            if not bare[k]
        }
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
            heading = heading_country(entry.written) or entry.country
        elif heading and not entry.country and not _in_heading(entry, heading):
            code = find_country(heading) or ""
            under.append(replace(entry, country=heading, codes=(code,)))
        else:
            under.append(entry)
    return under, skipped


def _counts_its_group(entry: RawEntry) -> bool:
    """Whether a country's line gives a count in a bracket ('Kenya (4)'): its group's
    heading, as no town names a count, even where the list names no other country alone."""
    return without_count(entry.written.strip()) != entry.written.strip()


def _headings_in_capitals(entries: list[RawEntry], bare: list[bool]) -> list[bool]:
    """Which entries are headings (`bare`, countries alone), where each such heading is
    written in capitals ('SÉNÉGAL', 'SUISSE'): with them a line in capitals that names a
    region with its country in brackets ('QUÉBEC (CANADA)', 'SCOTLAND (UNITED KINGDOM)')
    over an entry in lower case, as a reader takes a line of the headings' shape for one
    of them, its country its entries'."""
    headings = [clean(e.written) for e, b in zip(entries, bare, strict=True) if b]
    if len(headings) < 2 or not all(heading.isupper() for heading in headings):
        return bare
    return [
        is_heading
        or (
            bool(entry.country)
            and clean(entry.written).isupper()
            and entry.written.rstrip().endswith(")")
            and k + 1 < len(entries)
            and not clean(entries[k + 1].written).isupper()
        )
        for k, (entry, is_heading) in enumerate(zip(entries, bare, strict=True))
    ]


def _sounded_entry(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """An entry of one country (its heading's or its own) whose name, in another script
    than Latin, the gazetteer lacks: named as the place of that country it sounds like
    (`PlaceNames.sounds_like`: 'Μπρίντιζι' under 'ΙΤΑΛΙΑ', Brindisi), as a reader who knows
    both scripts reads it; as it is where none or two places sound so."""
    if entry.kind != "city" or len(entry.codes) != 1 or is_latin(entry.city):
        return entry
    if is_place(entry.city):
        return entry
    place = is_place.sounds_like(entry.city, entry.codes[0])
    return replace(entry, city=place) if place else entry


def _sounded_list(found: MemberList, is_place: PlaceNames) -> MemberList:
    """A list read by its structure alone with its towns in another script than Latin
    sounded out (`_sounded_entry`); the gazetteer is asked only of such names."""
    entries = tuple(_sounded_entry(e, is_place) for e in found.entries)
    return replace(found, entries=entries) if entries != found.entries else found


def _fields_broken(entries: list[RawEntry], lines: list[str]) -> list[RawEntry]:
    """A list's entries with a field a copied PDF put on a line of its own: between entries
    that give a second field ('Kochi Municipal Corporation, Kerala'), an entry without one
    whose line ends in a comma ('Thiruvananthapuram Municipal Corporation,') takes the next
    line's lone name ('Kerala') as its region, not as an entry of its own."""
    out: list[RawEntry] = []
    for k, entry in enumerate(entries):
        if len(out) > 1 and k + 1 < len(entries) and _field_on_its_own(out[-2:], entry, lines):
            above = out[-1]
            written = f"{above.written} {entry.written}"
            out[-1] = replace(above, written=written, region=entry.written)
            continue
        out.append(entry)
    return out


def _field_on_its_own(before: list[RawEntry], entry: RawEntry, lines: list[str]) -> bool:
    """Whether `entry`, a lone name on the line after an entry broken after its comma, is
    that entry's second field, the entry before them giving one (see `_fields_broken`)."""
    fielded, above = before
    return (
        entry.line == above.line + 1
        and bool(fielded.region or fielded.country)
        and not (above.region or above.country or entry.region or entry.country)
        and clean(lines[above.line - 1]).endswith(",")
        and "," not in lines[entry.line - 1]
    )


def _broken_names(
    entries: list[RawEntry], lines: list[str], is_place: PlaceNames
) -> list[RawEntry]:
    """A list's entries with a place's name that a copied PDF broke over two lines joined
    where the joined name is a known place: a line that ends in the name's first words
    ('Alcalde Municipal de San Pedro'), and the next, which starts with its last ones and
    goes on with its fields ('Sula, República de Honduras'): 'San Pedro Sula', in the
    second line's country."""
    out: list[RawEntry] = []
    for entry in entries:
        above = out[-1] if out else None
        if (
            above is not None
            and entry.line == above.line + 1
            and clean(lines[above.line - 1]).endswith(above.city)
            and clean(lines[entry.line - 1]).startswith(f"{entry.city},")
            and not above.country
            and is_place(joined := f"{above.city} {entry.city}")
        ):
            out[-1] = replace(entry, written=f"{above.written} {entry.written}", city=joined)
            continue
        out.append(entry)
    return out


def _in_heading(entry: RawEntry, heading: str) -> bool:
    """Whether an entry's own codes stand, under its heading: a country's code ('Basel
    (CH)'), or a region's whose countries hold the heading's; none where it names no region.
    'Bogotá, D.C.' under 'COLOMBIA', whose initials a state of the United States has too, is
    in the heading's country (so is 'Tijuana, BC' under 'MÉXICO')."""
    return bool(entry.codes) and (
        find_country(heading) in entry.codes or find_country(entry.region) is not None
    )


def _country_columns(lines: list[str]) -> dict[int, int]:
    """Each row of a table copied with its tabs (its rows on lines of their own, or blank
    lines apart, as joined cards are), by its line's index, and the column in which every
    row of the table names a country, alone or after its region ('Österreich', 'Åland,
    Finland', 'ES'); none where one row names none ('NW', a state's code beside 'SN'). A
    first column of countries, the town in the next ('日本\t横浜市\t2012'), is column 0."""
    columns: dict[int, int] = {}
    tables: list[list[int]] = []
    for k, line in enumerate(lines):
        if "\t" not in line:
            continue
        if tables and all(not lines[i].strip() for i in range(tables[-1][-1] + 1, k)):
            tables[-1].append(k)
        else:
            tables.append([k])
    for table in tables:
        column = _country_column([lines[k].split("\t") for k in table])
        if column is None and all(_country_first(lines[k].split("\t")) for k in table[1:]):
            table = table[1:]  # a first column of countries under its head ('Pays\tVille')
            column = 0
        if column is not None and len(table) >= MIN_COUNTRY_ROWS:
            columns.update(dict.fromkeys(table, column))
    return columns


def _country_column(rows: list[list[str]]) -> int | None:
    """The column in which every row names a country (`_country_columns`), or None."""
    return next(
        (
            c
            for c in range(1, max(map(len, rows)))
            if all(c < len(row) and _names_country(row[c]) for row in rows)
        ),
        0 if all(_country_first(row) for row in rows) else None,
    )


def merged_cells(lines: list[str]) -> list[str]:
    """A table copied with its tabs whose first columns group its rows, each group's value
    written once, the cells under it empty, as merged cells copy ('Österreich\tWels\t…'
    over '\tLeoben\t…'): each empty leading cell of a row takes the value above it in the
    row before (a table's rows on lines of their own), so every row names its group."""
    if "\n\t" not in "\n".join(lines):
        return lines  # no row opens with an empty cell
    out = list(lines)
    for k in range(1, len(out)):
        line, above = out[k], out[k - 1]
        if not line.startswith("\t") or "\t" not in above or not line.strip():
            continue
        cells, upper = line.split("\t"), above.split("\t")
        lead = next((c for c, cell in enumerate(cells) if cell.strip()), 0)
        if len(cells) == len(upper) and all(cell.strip() for cell in upper[:lead]):
            out[k] = "\t".join(upper[:lead] + cells[lead:])
    return out


def _country_first(row: list[str]) -> bool:
    """Whether a table's row names its country in its first cell, a town's name in the
    next ('Österreich\tWels\t2012')."""
    return len(row) >= 2 and _names_country(row[0]) and not _names_country(row[1])


MIN_COUNTRY_ROWS = 2
MAX_GRID_CELL_WORDS = 4
KNOWN_GRID_SHARE = 2 / 3  # of a grid's cells without codes that must be known places
_CODE_FIRST = re.compile(r"^([A-Z]{2})\s+([^\W\d_][^,;()]*)$")  # 'PL Gdańsk'


def grid_rows(lines: list[str], is_place: PlaceNames) -> list[str]:
    """A grid of places copied with its tabs or wide gaps, several a line ('DE Kiel\tDE
    Rostock\tDK Aarhus', 'Leipzig City Council      Dublin City Council'), each line's cells
    parted by ' · ' as a line of places is, a country's code before a name put after it
    ('Kiel (DE)'): where MIN_COUNTRY_ROWS lines or more hold two short cells or more, and
    every cell starts with a country's code or most are known places or their bodies
    (`strip_form`). A table whose columns name a country (`_country_columns`), or columns
    under their countries' headings (`column_views`), are no such grid."""
    countried = _country_columns(lines)
    grid = {
        k: cells
        for k, line in enumerate(lines)
        if ("\t" in line or "   " in line) and k not in countried and (cells := _grid_cells(line))
    }
    if len(grid) < MIN_COUNTRY_ROWS:
        return lines
    if not all("\t" in lines[k] for k in grid) and column_views(lines) is not None:
        return lines  # columns each under its country's headings: read column by column
    cells = [c for row in grid.values() for c in row]
    coded = [_code_first(c) for c in cells]
    known = sum(1 for c in cells if is_place(c) or is_place(strip_form(c)))
    if not all(coded) and known < KNOWN_GRID_SHARE * len(cells):
        return lines
    forms = {c.split()[0] for c in cells if strip_form(f"{c.split()[0]} X") == "X"}
    out = list(lines)
    for k, line in enumerate(lines):
        row = grid.get(k) or (_bodies_run_together(line, forms) if k not in countried else [])
        if row:
            out[k] = " · ".join(_code_first(c) or c for c in row)
    return out


def places_with_countries_rows(lines: list[str]) -> list[str]:
    """Lines of two columns or more of places each with its country, run together at a wide
    gap or at one space ('Lagos, Nigeria      Mopti, Mali', 'Lagos, Nigeria Mopti, Mali'),
    each cell parted by ' · ' as a line of places is; other lines as they are. Found by one
    search of the page."""
    text = "\n".join(lines)
    if text.count(",") < 2:
        return lines  # no line of two cells: no call a line
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    out = list(lines)
    for match in _TWO_COMMAS.finditer(text):
        number = bisect.bisect_right(starts, match.start()) - 1
        if cells := _with_countries(lines[number]):
            out[number] = " · ".join(cells)
    return out


_TWO_COMMAS = re.compile(r"^[^\n,]*,[^\n,]*,[^\n]*$", re.MULTILINE)  # a line with two commas


def _with_countries(line: str) -> list[str]:
    """A line's cells of `places_with_countries_rows`: each a name, a comma and a country
    that the next name follows ('Viet Nam Surabaya': the longest country the words start
    with); [] where any part between commas is no such country before a name, or where dots
    part the cells already."""
    if line.count(",") < 2 or "\t" in line or "·" in line or has_digit(line):
        return []
    first, *middles, last = (clean(part) for part in line.split(","))
    if not first or find_country(last) is None:
        return []
    cells, name = [], first
    for middle in middles:
        words = middle.split()
        cut = next(
            (k for k in range(len(words) - 1, 0, -1) if find_country(" ".join(words[:k]))), 0
        )
        if not cut or not words[cut][:1].isupper():
            return []
        cells.append(f"{name}, {' '.join(words[:cut])}")
        name = " ".join(words[cut:])
    return [*cells, f"{name}, {last}"]


def _bodies_run_together(line: str, forms: set[str]) -> list[str]:
    """A grid's row whose cells a copy ran together at one space ('Grad Niš Grad Pirot'
    beside rows parted by wide gaps): its cells, each of two words or more that start with
    a body's word (`forms`) the grid's cells start with; [] for any other line."""
    words = line.split()
    if not forms or not words or words[0] not in forms or len(words) > 2 * MAX_GRID_CELL_WORDS:
        return []
    starts = [k for k, word in enumerate(words) if word in forms]
    cells = [" ".join(words[a:b]) for a, b in pairwise([*starts, len(words)])]
    return cells if len(cells) >= 2 and all(len(c.split()) >= 2 for c in cells) else []


_GRID_GAP = re.compile(r"\t|[ \u00a0]{3,}")  # between a grid's cells: a tab or a wide gap


def _grid_cells(line: str) -> list[str]:
    """A line's cells where it has two or more and each is short and has no figure."""
    cells = [clean(c) for c in _GRID_GAP.split(line) if c.strip()]
    if len(cells) < 2 or any(char.isdigit() for char in line):
        return []
    short = all(
        len(_TRAILING_BRACKET.sub("", c).split()) <= MAX_GRID_CELL_WORDS and len(c) > 2
        for c in cells
    )  # a region's bracket after the name is no word of it: 'São José dos Campos (SP)'
    return cells if short and all(_capitalised(c) for c in cells) else []


_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")


def _code_first(cell: str) -> str:
    """'Kiel (DE)' for 'DE Kiel', a country's code before a name; '' for other cells."""
    m = _CODE_FIRST.match(cell)
    return f"{m[2]} ({m[1]})" if m and find_country(m[1]) else ""


def _names_country(cell: str) -> bool:
    """A cell that names a country, alone or after its region ('Åland, Finland')."""
    return find_country(clean(cell).rpartition(",")[2].strip()) is not None


def _place_and_country(raw: str, column: int | None) -> str:
    """A table's row as its place and its country ('Graz\tÖsterreich\tHerr Jan Roth,
    Stadtrat' -> 'Graz, Österreich'): its first cell and the cell of the table's country
    column (`_country_columns`), or that cell alone where it gives a place and its country
    after the signer's name and title; '' where it has none or its first cell is empty."""
    if column is None:
        return ""
    cells = raw.split("\t")
    place = clean(cells[1] if column == 0 else cells[0])  # after a first column of countries
    place = _signers_role(place, [clean(c) for c in cells[1:]]) or place
    if column > 0 and "," in cells[column] and _signer_first(cells):
        return clean(cells[column])  # 'Freetown, Sierra Leone' under its mayor's name
    return f"{place}, {clean(cells[column])}" if place else ""


def _signer_first(cells: list[str]) -> bool:
    """Whether a row opens with its signer's name and bare title (`_after_signer`)."""
    filled = [clean(c) for c in cells if c.strip()]
    return len(_after_signer(filled)) < len(filled)


def _signers_role(first: str, others: list[str]) -> str:
    """The cell of a row's role and its place, where the row's first cell is a signer's
    name (two to four capitalised words, no role): a signature block of three lines joined
    as a card ('Ana Ruiz' / 'Mayor of Rosario' / 'Argentina') is named by its role's
    place, not by the person; '' where the first cell is no person's name, or no other
    cell holds a role."""
    if _PERSON_NAME.fullmatch(without_honorifics(first)) is None or _role_in(first) is not None:
        return ""
    return next((c for c in others if _role_in(c) is not None or _titled_field(c)), "")


def _titled_field(cell: str) -> bool:
    """A role's cell of a title, a comma, then its place ('Mayor, Jinja City', 'Alcaldesa,
    Ciudad de Cusco'), as a signature block writes it under the signer's name."""
    title, comma, place = cell.partition(",")
    return bool(comma and place.strip()) and has_title(title)


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


MAX_HEADING_WORDS = 8


_READS_NO_PLACE = frozenset(("prose", "institution", "entry"))


def _city_states_body(
    text: str, number: int, above: RawEntry, entry: RawEntry | None, is_place: PlaceNames
) -> tuple[str, RawEntry] | None:
    """The entry of a municipal body's line that names no known place ('Instituto para os
    Assuntos Municipais', 'Oficina de Asuntos Municipales') under a country's heading whose
    country is a city as well (`city_state`: 'MACAU (CHINA)', 'SINGAPUR'): the city, as a
    reader takes the body for the city's own; None otherwise."""
    if above.country or not _MUNICIPAL.search(text.lower()) or ends_sentence(text):
        return None
    heading = heading_country(above.written)
    code = find_country(heading) if heading else None
    city = city_state(code) if code else None
    if city is None or (entry is not None and (entry.codes or is_place(entry.city))):
        return None
    return "entry", RawEntry(number, text, city, country=heading or "")


def _like_its_headings(text: str, number: int, run: _Reading, lines: list[str]) -> bool:
    """Whether line `number` (counted from 1), read as prose, is a group heading like one
    the run has passed: short, no sentence, after a blank line, its first word the first
    word of an earlier line of the run that also stands after a blank line with lines under
    it ('Categoria Meio Ambiente e Clima' after 'Categoria Educação', 'Kategorie Umwelt und
    Klima'), as a reader takes parallel headings for one list's groups."""
    words = text.split()
    if not 2 <= len(words) <= MAX_HEADING_WORDS or not words[0][:1].isupper():
        return False
    if ends_sentence(text) or text.endswith(":") or not _group_start(number, lines):
        return False
    passed = [s.line for s in run.skipped] + [e.line for e in run.entries]
    return any(
        _group_start(k, lines)
        and (
            lines[k - 1].split(maxsplit=1)[0] == words[0]
            or _parallel_titles(text, number, lines[k - 1], k, lines)
        )
        for k in passed
    )


def _parallel_titles(text: str, number: int, earlier: str, at: int, lines: list[str]) -> bool:
    """Whether a heading in title case with a joining word ('Yorkshire and the Humber',
    "Provence et la Côte d'Azur") parallels an earlier group's heading in title case ('North
    West'): the first lines under both end alike ('... Council (2019)', '... (2020)')."""
    if not (_title_cased(text) and _title_cased(earlier)):
        return False
    below, earlier_below = lines[number].split(), lines[at].split()
    return bool(below and earlier_below) and _tail_shape(below[-1]) == _tail_shape(
        earlier_below[-1]
    )


def _title_cased(text: str) -> bool:
    """A short name's words all capitalised but short joining ones ('and', 'the', 'la'), no
    digits, brackets nor commas: a heading's, not a sentence's."""
    if any(c.isdigit() or c in "(),;" for c in text):
        return False
    words = [_ELIDED.sub("", w) for w in text.split()]  # "d'Azur": 'Azur'
    return all(
        w[:1].isupper() or (w.islower() and len(w) <= MAX_JOINING_LETTERS)
        for w in words
        if w[:1].isalpha()
    )


_ELIDED = re.compile(r"^[^\W\d_]{1,2}['’](?=\w)")


MAX_JOINING_LETTERS = 4  # 'and', 'the', 'und', 'och': a heading's lower-case words


def _tail_shape(word: str) -> str:
    """A line's last word with its digits alike ('(2019)' and '(2020)': '(0000)')."""
    return re.sub(r"\d", "0", word)


def _caseless_row(raw: str, number: int, run: _Reading, is_place: PlaceNames) -> RawEntry | None:
    """The entry of a table's row in a script without case, read as prose (its other cells,
    a region's, a person's, are no place a title marks): its first cell, a name of
    MAX_CASELESS_NAME_WORDS words at most, no figure in the row (a year's, a date's: its
    other readers' rows) nor a country, where it is a known place or the
    row stands right under the run's last entry, a row of as many cells (a member the
    gazetteer does not know, among known ones); None otherwise."""
    cells = [cell.strip() for cell in raw.split("\t")]
    first = cells[0]
    if not 0 < len(first.split()) <= MAX_CASELESS_NAME_WORDS or has_digit(first):
        return None
    if any(map(cased, raw)) or has_digit(raw) or first[-1] in _SENTENCE_STOPS:
        return None
    if any(find_country(cell) for cell in cells[1:]):
        return None  # a place and its country: `_place_and_country` reads them
    last = run.entries[-1] if run.entries else None
    width = len(cells) - 1
    under = last is not None and last.line == number - 1 and last.written.count("\t") == width
    return RawEntry(number, raw, first) if under or is_place(first) else None


def _named_in_an_index(text: str, number: int, run: _Reading) -> bool:
    """Whether line `number` (counted from 1), read as prose, is a name in an A-Z index: the
    run has passed a letter heading ('C'), the line stands right under the run's last entry
    or heading, and it is shaped as a name, no sentence (capitalised, MAX_HEADING_WORDS
    words at most, no figure, no closing mark): a body's name of many words among the
    towns ('Consell Comarcal del Pallars Jussà', 'Consorzio dei Comuni del Monviso')."""
    words = text.split()
    if not 2 <= len(words) <= MAX_HEADING_WORDS or not words[0][:1].isupper():
        return False
    if text[-1] in ".!?:;," or has_digit(text):
        return False
    above = max(run.entries[-1].line, run.skipped[-1].line if run.skipped else 0)
    return above == number - 1 and any(is_letter_heading(s.text) for s in run.skipped)


MAX_BLOCK_LINES = 4  # a signature block: its body's line, a name, a title or two


def _closes_a_block(text: str, number: int, run: _Reading, lines: list[str]) -> bool:
    """Whether line `number` (counted from 1), read as prose, is the last line of a block
    among parallel blocks of three lines or more (a body, a name, a title): a blank line
    under it, its block's first line an entry of the run, and the next block's first line
    opening with the same word as that one ('Por la Municipalidad de X' / name /
    'Secretaria de Género, en representación del Intendente', then 'Por la Prefeitura de
    Y'): a signer's long title, no sentence, as a reader sees the blocks' one shape and
    reads on."""
    k = number - 1
    if ends_sentence(text) or k + 2 >= len(lines) or lines[k + 1].strip():
        return False
    start = k
    while start > 0 and lines[start - 1].strip() and k - start < MAX_BLOCK_LINES:
        start -= 1
    if start > k - 2 or lines[start - 1].strip() or run.entries[0].line > start + 1:
        return False
    if not any(e.line == start + 1 for e in run.entries):
        return False
    after = k + 1
    while after < len(lines) and not lines[after].strip():
        after += 1
    first, following = lines[start].split(), lines[after].split() if after < len(lines) else []
    return bool(following) and first[0][:1].isupper() and following[0] == first[0]


def _inside_a_block(text: str, number: int, run: _Reading, lines: list[str]) -> bool:
    """Whether line `number` (counted from 1), read as prose, is inside a block of lines (a
    line above it and under it, no sentence) that opens with the same word as the block
    just above it, one of whose lines is the run's entry: a signer's long title between
    their name and their body's line ('Cabinet Member for Housing and Planning' between
    'Cllr ...' and 'X City Council', under 'Cllr ...' / 'Leader' / 'Y City Council')."""
    k = number - 1
    if ends_sentence(text) or not 0 < k < len(lines) - 1 or not lines[k + 1].strip():
        return False
    start = _block_top(lines, k)
    if start == k or start < 2 or lines[start - 1].strip():
        return False
    end = _filled_above(lines, start - 1)  # the block above: its last line, then its first
    above = _block_top(lines, end)
    if not any(above < e.line <= end + 1 for e in run.entries):
        return False
    return lines[above].split()[0] == lines[start].split()[0]


def _opens_a_block(text: str, number: int, run: _Reading, lines: list[str]) -> bool:
    """Whether line `number` (counted from 1), read as prose, opens a block of lines (a
    card: a signer's name over their place, 'Regent Anak Agung Gede Putra' over 'Gianyar,
    Indonesia') as long as the block just above it, every line of which the run read (or
    opens with) and one of which is its entry: the list's rhythm says it is the next card's head, no
    sentence, whatever its words."""
    k = number - 1
    if ends_sentence(text) or text.endswith(":") or k < 2 or lines[k - 1].strip():
        return False
    size = _block_size(lines, k)
    end = _filled_above(lines, k - 1)
    start = end - size + 1
    if (
        size < 2
        or start < 0
        or _block_size(lines, start) != size
        or (start and lines[start - 1].strip())
    ):
        return False
    read = {e.line for e in run.entries} | {s.line for s in run.skipped}
    block = range(start + 1, start + size + 1)  # its lines above the run's first: its head
    first = run.entries[0].line
    return all(n in read or n < first for n in block) and any(e.line in block for e in run.entries)


def _block_size(lines: list[str], k: int) -> int:
    """The lines from index `k` down to the next blank line, MAX_BLOCK_LINES at most."""
    size = 0
    while k + size < len(lines) and lines[k + size].strip() and size < MAX_BLOCK_LINES:
        size += 1
    return size


def _block_top(lines: list[str], k: int) -> int:
    """The index of the first line of the block holding index `k`: up to the blank line
    above it, MAX_BLOCK_LINES lines up at most."""
    top = k
    while top > 0 and lines[top - 1].strip() and k - top < MAX_BLOCK_LINES:
        top -= 1
    return top


def _filled_above(lines: list[str], k: int) -> int:
    """The index of the last line at or above index `k` that is not blank (0 at most)."""
    while k > 0 and not lines[k].strip():
        k -= 1
    return k


def _group_start(number: int, lines: list[str]) -> bool:
    """Whether line `number` (counted from 1) follows a blank line and has a line under it."""
    k = number - 1
    return (
        0 < k < len(lines) - 1
        and not lines[k - 1].strip()
        and bool(lines[k].strip())
        and bool(lines[k + 1].strip())
    )


def _by_line(skipped: Skipped) -> int:
    return skipped.line


_AT_THE_EDGE = "not a known place, at the list's edge: taken for page text"
_REASONS = {
    "odd": "not read as an entry: check it",
    "heading": "a heading",
    "person": "a person's name and title",
    "furniture": "page furniture",
    "institution": "an institution, not a town",
}


def _classify_fields(text: str, number: int, is_place: PlaceNames) -> tuple[str, RawEntry | None]:
    """A line's shape and entry; a signer's line (a title's word or a party's letters in
    it) whose fields the shapes do not read, or read as no known place and no role's, is
    read by its fields (`place_among_fields`). A sentence with a clause in it is prose
    (`_clause_field`), whatever its fields name."""
    kind, entry = _classify_shape(text, number, is_place)
    if (
        kind in ("person", "prose", "odd")
        or (kind == "entry" and entry is not None and entry.city[:1].islower())
    ) and (unit := _place_before_unit(text, number, is_place)):
        return "entry", unit  # 'Kauno miesto savivaldybės meras Jonas Jonaitis' (not read
        # as the words after a form's 'miesto': 'savivaldybės meras Jonas Jonaitis')
    if kind == "entry" and entry is not None and entry.country and "," in entry.city:
        unit = _place_before_unit(entry.city, number, is_place)  # a bracket's country after
        if unit is not None:  # 'Mari Mets, Tartu linna linnapea (Eesti)': Tartu, in Eesti
            return kind, replace(entry, city=unit.city)
    if kind in ("entry", "odd") and text[-1] in ".!?" and _clause_field(_bracketed_head(text)):
        return "prose", None  # 'Our host, the Mayor of Aberdeen, stressed that ...'
    if kind not in ("person", "prose", "odd", "entry") or (kind == "entry" and entry is None):
        return kind, entry
    if len(text) > MAX_ENTRY_CHARS or not SIGNER_FIELD.search(text):
        return kind, entry
    body = _BULLET.sub("", text, count=1)  # as `_classify_shape` asks: once a line
    if entry is not None and kind == "entry" and _roles_place_last(body):
        return kind, entry  # 'Jane Doe, Mayor of Aachen': as below, whatever the title's words
    if (
        not has_title(text)
        and not PARTY.search(text)
        and not lower_field(text)
        and not _titled_name_before_body(body)
        and without_head_title(body) == body  # 'Ada Kaya, Trabzon Belediye Başkanı'
    ):
        return kind, entry
    if entry is not None and kind == "entry":
        if is_place(entry.city) and not ends_in_state(body):
            return kind, entry
        if _roles_body_in_state(body, entry):
            return kind, entry  # 'Ana Ruiz, Mayor of Orange County, Florida': the county
        if entry.kind != "city" and entry.codes and is_place(body_place(entry.city)):
            return kind, entry  # 'Nowy Targ, Powiat (MA)': a body of a known place, no party's
        if (
            entry.kind != "city"
            and _role_in(body.partition(",")[0])
            and is_place(body_place(entry.city))
        ):
            return kind, entry  # 'Il Sindaco metropolitano di Firenze, Sara Fiorentino'
    place = place_among_fields(text, number, is_place)
    if place is not None and entry is not None and _half_of_bodys_word(place.city, entry):
        return kind, entry  # 'Primorsko-goranska županija (župan)': the county, not Primorsko
    return ("entry", place) if place is not None else (kind, entry)


def _roles_body_in_state(body: str, entry: RawEntry) -> bool:
    """Whether a signer's line names a county's or region's body by its role, then the state
    or province it is in, of the entry's country ('Ana Ruiz, Mayor of Orange County,
    Florida'): the body signs, whether the gazetteer knows it or not; its state is where it
    is, no member, though a town abroad bears the state's name."""
    role = _role_in(body)
    return (
        role is not None
        and entry.kind != "city"
        and bool(entry.codes)
        and body[role.end() :].lstrip().startswith(entry.city)
        and ends_in_state(body)
    )


def _half_of_bodys_word(city: str, entry: RawEntry) -> bool:
    """Whether a place read among a line's fields is only the first half of a hyphened
    word of the body its line names ('Primorsko' of 'Primorsko-goranska županija', a
    county named by two regions' adjectives), no town of its own there."""
    return entry.kind != "city" and any(w.startswith(f"{city}-") for w in entry.city.split())


def _titled_name_before_body(body: str) -> bool:
    """A signer's line of two fields: a title the reader has no word for before a given
    and a family name ('Rådmand Sara Nielsen', 'Byråd Siri Berg', 'Raadslid Eva de Wit'),
    then their body, its form before or after its place ('Aarhus Kommune', 'Gemeente
    Zwolle'): read by its fields as a titled signer's line is."""
    name, comma, field = body.partition(", ")
    if not comma or "," in field or strip_form(field) == field:
        return False
    words = name.split()
    return (
        MIN_TITLED_NAME_WORDS <= len(words) <= MAX_SIGNER_NAME_WORDS + 1
        and all(w[:1].isupper() for w in (words[0], words[1], words[-1]))
        and not has_digit(name)
    )


MIN_TITLED_NAME_WORDS = 3  # a title, a given name and a family name


def _roles_place_last(body: str) -> bool:
    """Whether a signer's line names its place by a role in its last field ('Jane Doe,
    Mayor of Aachen') and starts with no form of government: the entry its shape read; not
    'Ville de Bruxelles (Belgique) – Karim El Amrani, échevin de l'Instruction'. Asked of
    an entry's line before its title's words (`has_title`, a search of its own), as its
    answer is the same: its role is `_classify_shape`'s, kept (`_role_in`)."""
    role = _role_in(body)
    return role is not None and not SIGNER_FIELD.search(body, role.end()) and not _FORM.match(body)


# The word of a town's unit in the genitive, after the town's own genitive and before its
# body's words and a title: Latvian 'valstspilsētas', 'pilsētas', 'novada' (of the state
# city, the city, the county), Lithuanian 'miesto', 'rajono' (of the city, the district),
# Estonian 'linna', 'valla' (of the city, the parish); or the body's own word in the genitive
# before a word of its council's and a title: Lithuanian 'Kalmaro savivaldybės tarybos
# pirmininkas' (chair of Kalmar municipality's council), Latvian 'pašvaldības'.
_UNIT_IN_GENITIVE = re.compile(
    r"(?<=[^\W\d_])\s+(?:valstspilsētas|pilsētas|novada|miesto|rajono|linna|valla|"
    r"savivaldybės|pašvaldības)\s+(?=[^\W\d_])"
)
MAX_SIGNER_LINE_WORDS = 12


def _place_before_unit(text: str, number: int, is_place: PlaceNames) -> RawEntry | None:
    """The entry of a signer's line whose title names a place's body by the place's
    genitive and its unit's word (`_UNIT_IN_GENITIVE`), before or after the person's name:
    'Jonas Jonaitis, Kauno miesto savivaldybės meras' Kaunas, 'Harku valla vallavanem Jaan
    Tamm' Harku; None where the words before the unit's read no known place."""
    body = _BULLET.sub("", text, count=1)
    if text[-1] in ".!?" or len(body.split()) > MAX_SIGNER_LINE_WORDS:
        return None
    for unit in _UNIT_IN_GENITIVE.finditer(body):
        words = body[: unit.start()].replace(",", " , ").split()
        start = len(words)
        while start > max(0, len(words) - MAX_DECLINED_WORDS) and words[start - 1][:1].isupper():
            start -= 1
        for size in range(len(words) - start, 0, -1):
            name = " ".join(words[-size:])
            place = name if is_place(name) else nominative(name, is_place)
            if place:
                return RawEntry(number, text, place)
    return None


def _classify(text: str, number: int, is_place: PlaceNames) -> tuple[str, RawEntry | None]:
    """A line's shape and entry (`_classify_fields`), its place the one it names beside
    initials or a district's name where the entry as read is none, or, in a script without
    capitals, the one a title marks among its words (`_caseless_line`)."""
    kind, entry = _classify_fields(text, number, is_place)
    caseless = not any(map(cased, text))
    if caseless and kind in ("entry", "prose", "odd") and (region := _georgian_region_line(text)):
        return "entry", RawEntry(number, text, region, kind="region")  # 'აჭარის ავტონომიური
        # რესპუბლიკის მთავრობა': the autonomous republic's government, the republic's
    # no cased letter, asked first: a line of a cased script asks the gazetteer nothing here
    if caseless and _unread_caseless(kind, entry, is_place):
        named = _caseless_line(text, number, is_place)  # 'عمران احمد، میئر لاہور'
        named = named or _town_under_region(text, number, is_place)  # '경기도 수원시'
        kind, entry = ("entry", named) if named else (kind, entry)
    if " | " in text and (entry is None or " | " in entry.city):
        kind, entry = _before_other_languages_name(text, number, is_place) or (kind, entry)
    if kind != "entry" or entry is None:
        return kind, entry
    if entry.city.endswith(")"):  # asked only of such lines: the rest keep their shapes
        entry = _in_its_bracket(entry, is_place)
    if _INITIALS_AFTER.search(entry.city) and not is_place(entry.city):
        entry = _without_initials(entry, is_place)
    if "-" in entry.city and entry.kind == "city" and not is_place(entry.city):
        entry = _hyphened_name(entry, is_place)  # not 'Primorsko-goranska županija', a county
    if entry.city.rpartition(" ")[2].lower() in _WORDS_AFTER_TOWN and not is_place(entry.city):
        entry = _without_greater(entry, is_place)
    return kind, entry


def _georgian_region_line(text: str) -> str:
    """The region a short Georgian line (no sentence) names by its genitive before its
    kind's word (`georgian_region`): '— იმერეთის მხარეში სახელმწიფო რწმუნებულის
    ადმინისტრაცია' (the state trustee's administration in Imereti region) 'იმერეთის მხარე';
    '' where none."""
    body = _BULLET.sub("", text, count=1).strip()
    if not body or body[-1] in _SENTENCE_STOPS or len(body.split()) > MAX_CASELESS_LINE_WORDS:
        return ""
    return georgian_region(body)


def _unread_caseless(kind: str, entry: RawEntry | None, is_place: PlaceNames) -> bool:
    """Whether a line's shape, read as a cased script's is, found no place in it: prose or
    an entry whose name is no known place (a person's line names none)."""
    if kind == "prose":
        return True
    return (
        kind == "entry" and entry is not None and entry.kind == "city" and not is_place(entry.city)
    )


MAX_CASELESS_LINE_WORDS = 8  # 'नागपुर नगर निगम – महापौर अरुण देशपांडे': a body, a title, a name
# What parts a line's fields in a script without capitals: a comma (the Arabic one, the
# ideographic one), a colon, a semicolon, a middle dot, a bar, a dash between spaces.
_CASELESS_FIELD = re.compile(r"\s*(?:[,،、:;·|]|\s[-–—]\s)\s*")
_SENTENCE_STOPS = ".!?。।۔؟"


def _caseless_line(text: str, number: int, is_place: PlaceNames) -> RawEntry | None:
    """The entry of a short line in a script without capitals that names one known place
    beside a title's or a body's word, a person's name besides ('नागपुर नगर निगम – महापौर
    अरुण देशपांडे', 'عمران احمد، میئر لاہور', 'นายกเทศมนตรีนครเชียงใหม่ นายสมชาย ใจดี'): no
    capital marks the name there, so each field's words are read as places, with the forms
    and particles its script glues to a word (`_caseless_name`), and the one a title marks
    is the line's (`_caseless_places`), as 'Imran Ahmed, Mayor of Lahore' is read by its
    title; a person's name may be a place's too ('عمران', 'احمد'). Asked of a line with no
    cased letter; None for a sentence, a line of more words, or where no place or several
    are so marked."""
    body = _BULLET.sub("", text, count=1).strip()
    fields = _CASELESS_FIELD.split(body)
    if not _short_caseless(fields) or body[-1] in _SENTENCE_STOPS:
        return None
    found = {p for f in fields for p, titled in _caseless_places(f.split(), is_place) if titled}
    return RawEntry(number, text, found.pop()) if len(found) == 1 else None


def _town_under_region(text: str, number: int, is_place: PlaceNames) -> RawEntry | None:
    """The entry of a line of a script without case of two words, a region's, its form
    glued after its name, then a town's ('경기도 수원시', Gyeonggi province's Suwon; '沖縄県
    那覇市'): the town, its region the first word (`town_after_region`); None otherwise."""
    words = _BULLET.sub("", text, count=1).split()
    town = town_after_region(words[0], words[1], is_place) if len(words) == 2 else None
    return RawEntry(number, text, town, region=words[0]) if town else None


MAX_CASELESS_FIELD_WORDS = 5  # "महापौर श्री अमित कुमार सिंह": a title, an honorific, a name
MAX_CASELESS_FIELDS = 3  # a body, its state or province, its mayor


def _short_caseless(fields: list[str]) -> bool:
    """Whether a line of a script without capitals, parted in these fields, is short as a
    signer's line is: two to MAX_CASELESS_LINE_WORDS words, or up to MAX_CASELESS_FIELDS
    fields of MAX_CASELESS_FIELD_WORDS words at most each ('इंदौर नगर निगम, मध्य प्रदेश —
    महापौर श्री राजेश मालवीय': a body, its state, its mayor with an honorific)."""
    sizes = [len(field.split()) for field in fields]
    if sum(sizes) <= MAX_CASELESS_LINE_WORDS:
        return sum(sizes) >= 2
    return len(sizes) <= MAX_CASELESS_FIELDS and max(sizes) <= MAX_CASELESS_FIELD_WORDS


MAX_CASELESS_NAME_WORDS = 3  # 'فیصل آباد', 'בת ים', 'رأس الخيمة'
# Words of a mayor's title and of a town's body in scripts without capitals, beside the
# town's name: Urdu 'میئر', Persian 'شهردار', 'شهرداری', Arabic 'رئيس', 'بلدية', 'عمدة',
# Hebrew 'ראש', 'עיריית', Hindi 'महापौर', 'मेयर', 'नगर' (निगम, पालिका), 'महानगरपालिका', and
# 'ग्रेटर' (Greater) before or after the town of a body ('ग्रेटर X नगर निगम', 'X ग्रेटर नगर निगम').
_CASELESS_OFFICE = frozenset(
    ("میئر", "شهردار", "شهرداری", "رئيس", "بلدية", "عمدة", "ראש", "עיריית", "महापौर", "मेयर",
     "नगर", "महानगरपालिका", "नगरपालिका", "ग्रेटर")
)  # fmt: skip
# A mayor's title a script without spaces glues before the town's form and name: Thai
# 'นายกเทศมนตรี' ('นายกเทศมนตรีนครเชียงใหม่', the mayor of Chiang Mai city).
_GLUED_TITLES = ("นายกเทศมนตรี",)


def _caseless_places(words: list[str], is_place: PlaceNames) -> list[tuple[str, bool]]:
    """The places a field's words of a script without capitals name, each the longest run
    of words from its first that names one (`_caseless_name`), read left to right, no
    title's or body's word (`_CASELESS_OFFICE`: 'नगर' is a town too) nor figure; each with
    whether a title marks it: a title's or body's word right before or after it, or a
    title glued before it (`_GLUED_TITLES`)."""
    places = []
    start = 0
    while start < len(words):
        ends = range(min(len(words), start + MAX_CASELESS_NAME_WORDS), start, -1)
        runs = ((end, " ".join(words[start:end])) for end in ends)
        named = ((end, _caseless_name(run, is_place)) for end, run in runs)
        end, place = next(((e, p) for e, p in named if p), (start + 1, None))
        if (
            place
            and not has_digit(place)
            and not set(place.split()) & _CASELESS_OFFICE
            and not _starts_a_form(words, start, end)
        ):
            beside = {*words[max(0, start - 1) : end + 1]} & _CASELESS_OFFICE
            places.append((place, bool(beside) or words[start].startswith(_GLUED_TITLES)))
        start = end
    return places


def _starts_a_form(words: list[str], start: int, end: int) -> bool:
    """Whether a run of a line's words is the first of a body's form after a town's name,
    no place though one has its name ('शहर' in 'X शहर महानगरपालिका', a city's municipal
    corporation: 'शहर' is a city, and a village's name)."""
    run = " " + " ".join(words[start:end])
    return form_ahead(" " + " ".join(words[start:])) >= len(run)


def _caseless_name(name: str, is_place: PlaceNames) -> str | None:
    """The place a name of a script without capitals names: as it is or with its form
    glued after it (`formed_place`: '여수시'), a particle after it (`particled_place`), its
    form or a mayor's title glued before it or in the Georgian genitive (`caseless_place`:
    'นายกเทศมนตรีนครเชียงใหม่'), or after a body's word (`strip_form`: 'עיריית חולון'); None
    if none."""
    found = (
        formed_place(name, is_place)
        or particled_place(name, is_place)
        or caseless_place(name, is_place)
    )
    if found:
        return found
    bare = strip_form(name)
    return bare if bare != name and is_place(bare) else None


def _before_other_languages_name(
    text: str, number: int, is_place: PlaceNames
) -> tuple[str, RawEntry] | None:
    """A signer's line whose body is named again in another language after one bar ('Mayor
    X, Wellington City Council | Te Kaunihera o Pōneke', 'Helsingin kaupunki | Helsingfors
    stad'): the entry read before the bar, where the part after it is no place of its own
    and holds no figure (a table's row); None otherwise."""
    before, _, after = text.partition(" | ")
    if " | " in after or has_digit(after) or is_place(after.strip()):
        return None
    kind, entry = _classify_fields(before.rstrip(), number, is_place)
    if kind != "entry" or entry is None:
        return None
    return kind, replace(entry, written=text)


def _other_languages_name(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """An entry whose name is one of several a slash parts ('Termeno sulla Strada del Vino /
    Tramin an der Weinstraße', a bilingual town's; 'For Kárášjoga gielda / Karasjok
    kommune', a body's), named by the first known place among the others, without their
    form, where its first is none; the entry itself where none is."""
    names = [clean(n).rstrip(" ★*") for n in signed_for(entry.written).split(" / ")]
    if entry.city not in names:
        return entry  # 'Donostia / San Sebastián — País Vasco': read by its other fields
    others = [strip_form(n) for n in names if n != entry.city and n]  # 'Karasjok kommune'
    known = next((n for n in others if is_place(n)), "")
    return replace(entry, city=known) if known else entry


def _named_part(entry: RawEntry) -> str:
    """The words of an entry's name that a name capitalises: a town's whole name, a body's
    without its body's word where that word is written in lower case after its adjective
    ('Istarska županija', 'Savinjska regija': 'Istarska', 'Savinjska')."""
    return entry.city if entry.kind == "city" else body_place(entry.city)


def _hyphened_name(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """An entry whose name has a hyphen and is no known place, as `hyphened_place` reads
    it; the entry itself where that reads none."""
    city = hyphened_place(entry.city, is_place)
    return replace(entry, city=city) if city else entry


_INITIALS_AFTER = re.compile(r"\s+[A-Z](?:\.[A-Z])+\.?$")  # 'Bogotá D.C.', 'México D.F.'
_BRACKET_AFTER = re.compile(r"^(?:the\s+)?(.+?)\s*\(([^()]+)\)$")


# The words after a town's name its body's or its part's name has: 'Greater', a compass word.
_WORDS_AFTER_TOWN = GREATER_AFTER | COMPASS_AFTER


def _without_greater(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """A town's body named with a word after its name (`_WORDS_AFTER_TOWN`: 'بلدية الزرقاء
    الكبرى', 'עיריית חיפה רבתי', 'Majlis Bandaraya Kuching Selatan'): the town, where the
    name with it is no place."""
    city = entry.city.rpartition(" ")[0]
    return replace(entry, city=city) if is_place(city) else entry


def _without_initials(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """A place with its district's initials after it ('Bogotá D.C.', 'Washington D.C.'):
    the place, where the name with them is none."""
    city = _INITIALS_AFTER.sub("", entry.city)
    return replace(entry, city=city) if city != entry.city and is_place(city) else entry


def _in_its_bracket(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """A district's name that is no place, then its city in a bracket ('Distrito Central
    (Tegucigalpa)', 'the Northern District (Bilbao)'): the city; not a party's letters
    ('Jan Olsen (H)'). A body that is no city's, its seat in the bracket ('County Government
    of Uasin Gishu (Eldoret)'): the body. In a script without case, a bracket that names
    no place is the name's note, its region's name: the name before it."""
    named = _BRACKET_AFTER.match(entry.city)
    if named is None or named[2].isupper() or not _name_like(named[2]):  # a party's 'H', 'FrP'
        return entry
    if entry.kind != "city" and not find_country(named[2]):  # a county's body and its seat
        return replace(entry, city=named[1])
    if is_place(named[2]) and not is_place(named[1]) and not find_country(named[2]):
        return replace(entry, city=named[2])
    if not any(map(cased, entry.city)) and not is_place(named[2]):
        return replace(entry, city=named[1])  # 'ዓዲ ቐይሕ (ዞባ ደቡብ)': its region, no place
    return entry


# What parts a signer's line into its fields: a comma, a colon, a dash between spaces, a
# bracket.
# A section's heading mark, as Japanese, Chinese and Korean pages set their headings:
# '■中部', '◆九州・沖縄', '【関東】' over the group's places, no place itself.
_HEADING_MARK = re.compile(rf"^(?:[{HEADING_MARKS}]|【[^】]+】$)")


def _classify_shape(text: str, number: int, is_place: PlaceNames) -> tuple[str, RawEntry | None]:
    if not text:
        return "blank", None
    if len(text) > MAX_ENTRY_CHARS:
        return "prose", None
    words = fold(text).split()
    if (
        is_letter_heading(text)
        or (text.endswith(":") and len(words) <= 6 and not _signing_for_body(text))
        or _HEADING_MARK.match(text)
    ):
        return "heading", None
    if (
        (_NUMERIC_DATE.search(text) and len(text.split()) <= 4)
        or _NUMBER_ONLY.match(text)
        or is_closing(text)
    ):
        return "furniture", None  # the date line, a number ('40', '1,250'), a closing
    if (words and all(w in _HEADING_WORDS for w in words)) or is_world_region(text):
        return "heading", None
    if words and words[-1] in MEMBERS_WORDS and _status_heading(text, words):
        return "heading", None  # 'Общини – пълноправни членове' (municipalities – full members)
    if _members_by_status(text):
        return "heading", None  # 'ASSOCIATE MEMBERS (NON-VOTING)', 'Membres associés'
    if _members_status(words):
        return "furniture", None  # a card's 'Full member · Food', 'Miembro asociado'
    if len(words) >= MIN_TWO_SENTENCES_WORDS and _two_sentences(text):
        return "prose", None  # '... hosted by the Lord Mayor of Birmingham. Signed by:'
    if _country_and_places(text) or _several_places(text) or coded_row(text):
        return "odd", None  # 'Polska: Wrocław, Szczecin': several entries, the place finder's
    body = _BULLET.sub("", text, count=1)
    if (genitive := _genitive_body_entry(body, number)) is not None:
        return "entry", genitive  # 'Jan Novák, hejtman Zlínského kraje': the region
    if _LABEL.match(body) and _titled_person(body, is_place):
        return "person", None  # 'Presidente: Amina Sualehe' under her town's body
    if acts_for_title(body):
        return "person", None  # 'on behalf of the Mayor' under a deputy's name
    role = _role_in(body)
    if is_furniture(text) or (role is None and _PERSON.match(f"{body} ")):  # a role: no search
        entry = read_entry(text, number)  # 'Newport News, United States' is a place
        if entry is not None and _person_bracket(body) is not None:
            return "entry", entry
        if (after := _place_after_person(text, body, number, is_place)) is not None:
            return "entry", after  # 'Mayor Sadiq Khan, London'
        if entry is None or not entry.country or not entry.codes:
            return ("furniture" if is_furniture(text) else "person"), None
        return "entry", entry
    entry = read_entry(text, number)
    if entry is None and heading_country(text) is not None:  # a state's name too long for
        return "entry", RawEntry(number, text, text)  # an entry's: 'FOR THE FEDERAL ...'
    if entry is not None and entry.codes and text[-1] == ")" and heading_country(text):
        return "entry", RawEntry(number, text, text)  # a territory's: 'MACAU (CHINA)'
    fielded = entry is not None and bool(entry.region or entry.country)
    if fielded and (last := _place_after_fields(text, body, number, is_place)) is not None:
        return "entry", last  # 'Jan de Boer, Alderman for Housing, Amsterdam'
    if role is not None and entry is not None and is_body_noun(entry.city):
        return "person", None  # 'Leader of the Council': its body's line names the place
    if role is not None and entry is not None and not (entry.codes or entry.country):
        entry = _place_before_person(entry, is_place)  # 'Mayor of Lyon Grégory Doucet'
        entry = _place_before_role(entry, body[: role.start()], is_place)
        entry = _after_bodys_words(entry, is_place, _PORTFOLIO)  # 'concejal de Urbanismo de X'
        if names_in_genitive(role):  # 'hlavného mesta Slovenskej republiky Bratislavy',
            entry = _after_countrys_letters(_after_its_country(entry), is_place)  # 'SR Bratislavy'
        if names_in_genitive(role) or declined_adjective(entry.city):  # 'Grada Kragujevca',
            entry = nominative_entry(entry, is_place)  # 'Prezydent Miasta Zielonej Góry'
        if _person_after_title(role, entry, is_place):
            return "person", None  # 'starosta Petr Novák'
        if _clause_after_role(entry, is_place):
            return "person", None  # '..., którego prezydent nie podpisał': a verb, no place
    elif entry is not None:  # 'Акимат города Ташкента', 'Wissenschaftsstadt Darmstadt'
        entry = _after_towns_title(_after_citys_frame(entry, is_place), is_place)
        if entry.codes:  # 'Distrito Metropolitano de Quito (Ecuador)': a body, its country
            entry = _after_bodys_words(entry, is_place)
        if genitive_before_form(body.partition(",")[0]):  # 'Kauno miesto savivaldybė'
            entry = replace(entry, city=nominative(entry.city, is_place) or entry.city)
        elif " " not in (town := _after_lower_words(entry.city)) and adjective_before_form(
            SIGNER_FIELD.split(body, 1)[0]
        ):
            read = inflected_place(town, is_place)  # 'Долинська міська рада': Долина's,
            entry = replace(entry, city=read or town)  # though a town is 'Долинська'
    if entry is not None and (entry.codes or _structured(entry)):
        if (text[-1] in ".!?" and not _name_like(_named_part(entry))) or text.endswith(
            SCRIPT_STOPS
        ):
            return "prose", None  # 'The mayors met in Oslo, Norway.' is a sentence, and so
            # is a line that ends in a script's own stop (the danda, '।'): no name does
        return "entry", entry  # 'Saint Croix, Virgin Islands, U.S.' ends in a full stop
    if entry is None or (role is None and ends_sentence(text) and len(words) >= 5):
        return "prose", None
    if entry.country and is_title(entry.country):
        return "person", None  # 'Marija Horvat, gradonačelnica': a title, no country
    if entry.country:  # a country no one knows: misspelt or cut ('Germny', 'Portu'), or prose
        if could_be_country(entry.country):
            return "entry", entry
        if is_signer_line(text) and _person_field(entry.city, is_place):
            return "person", None  # 'Ana Ruiz Vega, Secretaria de Ambiente, en representación
            # del Alcalde': a signer's name and title, however long, under their body's line
        return ("odd" if len(words) <= 8 and text[-1] not in ".!?" else "prose"), None
    if " / " in entry.written and entry.kind == "city" and not is_place(entry.city):
        entry = _other_languages_name(entry, is_place)
    if entry.kind == "city" and not is_place(entry.city):
        caseless = caseless_place(entry.city, is_place)  # 'เทศบาลนครระยอง จังหวัดระยอง'
        entry = replace(entry, city=caseless) if caseless else entry  # Rayong
    if is_place(entry.city) or entry.kind != "city":
        return "entry", entry
    if _signer(text):
        return "person", None  # 'náměstek primátora Petr Lange': a title, then a name
    if entry.region or text[-1] in ".!?":
        return "prose", None
    if _names_joined(text) and heading_country(text) is None:
        return "heading", None  # 'Northern Mindanao and Caraga' over its group's towns
    if _bare_words(entry.city) > MAX_BARE_WORDS:  # prose, or a body's name of many words
        if heading_country(text) is not None:  # a state's formal name, a block's country
            return "entry", entry  # line as a short name is: 'United Republic of Tanzania'
        named = _after_bodys_words(entry, is_place)  # 'Gobierno Autónomo Municipal de X'
        if named is not entry:
            return "entry", named
        if _institutions_name(text):
            return "institution", None  # 'Local Government Association of Zambia'
        if _name_with_notes(text):
            return "entry", entry  # 'Jan Kowal (p.o. prezydenta) (podpis)': a bare name
        return ("person", None) if _persons_name(text) else ("prose", None)
    if text == text.lower() and any(map(cased, text)):
        return "person", None  # no capital: a title alone ('wethouder', 'kommunalråd')
    if is_titles(entry.city):
        return "person", None  # titles over a block of signers: 'Vice-Presidents'
    return "entry", entry  # a bare name: kept inside a run, trimmed at its ends


def _signing_for_body(text: str) -> bool:
    """Whether a line before its colon says a body signs, by its form ('For the City of
    Tacloban:', 'Por el Ayuntamiento de Jaén:'): a signature block's first line, its signer
    under it, not a heading."""
    name = text.rstrip(" :")
    return signed_for(name) != name


def _name_with_notes(name: str) -> bool:
    """Whether a line is a bare name, of a bare name's words at most, before two or more
    brackets of notes ('부시장 김영희 (시장 권한대행) (서명)', the deputy mayor acting for
    the mayor, signed; 'Wiceprezydent Jan Kowal (p.o. prezydenta) (podpis)'): a list's
    line however many brackets it ends in, no prose. In a cased script the name's words
    are capitalised."""
    head = _NOTES_AT_END.sub("", name)
    words = head.split()
    return (
        head != name
        and 0 < _name_words(head) <= MAX_BARE_WORDS
        and all(w[:1].isupper() or not any(map(cased, w)) for w in words)
    )


# Two or more brackets of short notes ending a line: '(p.o. prezydenta) (podpis)'; one
# bracket is a place's ('Effutu Municipal Assembly (Winneba)'), read as such.
_NOTES_AT_END = re.compile(r"(?:\s*\([^()]{1,40}\)){2,}$")


def _genitive_body_entry(body: str, number: int) -> RawEntry | None:
    """A signer's line that names a region's or county's body in the genitive after its
    head's title (`body_in_genitive`: 'Jan Novák, hejtman Zlínského kraje', 'Starosta
    Powiatu Tatrzańskiego – Anna Nowak'), as that body's entry in its nominative; None for
    any other line, or a sentence that names such a body."""
    named = body_in_genitive(body)
    if named is None or len(body.split()) > MAX_SIGNER_LINE_WORDS or ends_sentence(body):
        return None
    return RawEntry(number, body, named[0], kind=body_kind(named[0]))


MAX_STATUS_HEADING_WORDS = 6


def _status_heading(text: str, words: list[str]) -> bool:
    """Whether a line ending in the word 'members' (`MEMBERS_WORDS`) is a group's heading
    that names its entries' kind, a dash, then their status: 'Obce – řádní členové',
    'Municipalities - full members'; a few words, no figure, no sentence."""
    return (
        len(words) <= MAX_STATUS_HEADING_WORDS
        and bool(_DASH_FIELD.search(text))
        and not has_digit(text)
    )


_DASH_FIELD = re.compile(r"\S\s+[-–—]\s+\S")


def _titled_person(body: str, is_place: PlaceNames) -> bool:
    """Whether a line is a title, a colon and a person's name ('Mayor: Mary Brown',
    'Sindaco: Marco di Neto'): capitalised words but particles, two to
    MAX_SIGNER_NAME_WORDS of them besides, no place's name whole: the signer of the body
    named above, no entry."""
    label, _, name = body.partition(":")
    words = name.split()
    return (
        is_title(label.strip())
        and 2 <= len(words) - sum(w in PARTICLES for w in words) <= MAX_SIGNER_NAME_WORDS
        and all(w in PARTICLES or (w[:1].isupper() and w.isalpha()) for w in words)
        and not is_place(name.strip())
    )


_BRACKETS = re.compile(r"\([^()]*\)")


def _members_by_status(text: str) -> bool:
    """Whether a line names a group of members by their status, the word 'members'
    (`MEMBERS_WORDS`) first or last outside its brackets: 'Associate members
    (non-voting)', 'Membres associés', 'Full Members', or before a word saying they are
    abroad last ('Associate members from abroad', 'Assoziierte Mitglieder aus dem
    Ausland'); a few words, no figure, no comma."""
    if "," in text or ";" in text or len(text) > _MAX_STATUS_CHARS:
        return False  # asked of every line: the cheap tests first
    words = fold(_BRACKETS.sub("", text)).split()
    return (
        2 <= len(words) <= MAX_STATUS_HEADING_WORDS
        and (
            words[0] in MEMBERS_WORDS
            or words[-1] in MEMBERS_WORDS
            or (words[-1] in _ABROAD and not MEMBERS_WORDS.isdisjoint(words))
        )
        and not has_digit(text)
    )


_MAX_STATUS_CHARS = 80


def _members_status(words: list[str]) -> bool:
    """Whether a line's words (folded) before any middle dot are a card's field of its
    member's status, the word 'member' in the singular first or last of a few words ('Full
    member · Food, Water', 'Miembro asociado', 'Membre titulaire', 'Fördermitglied',
    'Member since 2019'): its record's detail, no place."""
    first = words[: words.index("·")] if "·" in words else words
    return 0 < len(first) <= MAX_STATUS_WORDS and (
        first[0] in _MEMBER_WORDS or first[-1] in _MEMBER_WORDS or first[-1].endswith("mitglied")
    )


MAX_STATUS_WORDS = 4  # 'Membre des de 2012'
# 'Member' in the singular in the languages of the corpus, folded.
_MEMBER_WORDS = frozenset(
    "member membre miembro membro mitglied lid medlem jasen czlonek clen clan membru "
    "anggota narys liige biedrs".split()
)


def _institutions_name(text: str) -> bool:
    """Whether a line is an institution's name in title case, an institution's noun among
    its words (`INSTITUTION_WORDS`): a member that is no town, no sentence ending the list."""
    return _title_cased(text) and bool(set(fold(text).split()) & INSTITUTION_WORDS)


def _persons_name(text: str) -> bool:
    """A line of a person's name alone, of more words than a bare place's, as a signature
    block prints it over the title: up to MAX_SIGNER_NAME_WORDS capitalised words of
    letters, no particle ('MARÍA FERNANDA QUISPE HUAMÁN', 'Ana Lúcia Souza Lima'); no
    prose, so the list goes on under it."""
    words = text.split()
    return (
        MAX_BARE_WORDS < len(words) <= MAX_SIGNER_NAME_WORDS
        and _name_words(text) == len(words)
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    )


def _person_after_title(role: re.Match[str], entry: RawEntry, is_place: PlaceNames) -> bool:
    """A title alone, one word that takes its place's genitive with no word for 'city' or
    'of' ('starosta', 'župan', 'Burmistrz', 'δήμαρχος'), then a person's name that reads no
    place in any case form ('starosta Petr Novák', not 'starosta Písku'): the line names a
    signer, no place; nor is a body the title says its holder heads ('Περιφερειάρχης
    Κρήτης': the Περιφέρεια Κρήτης, `_headed_body`)."""
    words = entry.city.split()
    return (
        entry.kind == "city"
        and len(role.group().split()) == 1
        and 2 <= len(words) <= MAX_SIGNER_NAME_WORDS
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and not is_place(entry.city)
    )


# A person's name: two to four capitalised words ('Carolina Rincón Vega').
_PERSON_NAME = re.compile(r"(?:[^\W\d_a-zß-ÿ][\w'’-]*\s+){1,3}[^\W\d_a-zß-ÿ][\w'’-]*")


def _person_field(name: str, is_place: PlaceNames) -> bool:
    """Whether a line's first field is a person's name (`_PERSON_NAME`) that is no place."""
    return _PERSON_NAME.fullmatch(name) is not None and not is_place(name)


MAX_BARE_WORDS = 3  # a bare name of more words, particles aside, is prose


def _name_words(name: str) -> int:
    """A name's words, not counting its particles ('Distrito de Viana do Castelo': 3)."""
    return sum(word not in PARTICLES for word in name.split())


def _bare_words(name: str) -> int:
    """`_name_words` of an entry's name, in a script without case not counting a bracket
    that ends it ('ዓዲ ቐይሕ (ዞባ ደቡብ)': a town of two words, its region in the bracket)."""
    caseless = not any(map(cased, name))
    return _name_words(_FIELD_BRACKET.sub("", name) if caseless else name)


def _names_joined(text: str) -> bool:
    """Whether a line is two names an 'and' joins, each of a bare name's words at most
    and capitalised ('Northern Mindanao and Caraga', 'Bali dan Nusa Tenggara'): where the
    gazetteer knows no place so named ('Vilanova i la Geltrú'), a group's heading over its
    places, no prose."""
    parts = _CONJUNCTION.split(text)
    return len(parts) == 2 and all(
        _name_words(part) <= MAX_BARE_WORDS and _title_cased(part) for part in parts
    )


def _signer(text: str) -> bool:
    """A signer's line: a title in lower case, then a name of two to four capitalised words
    ('náměstek primátora Petr Lange', 'zastępca prezydenta Anna Nowak'), no sentence."""
    words = text.split()
    first = next((k for k, w in enumerate(words) if w[:1].isupper()), 0)
    name = words[first:]
    return (
        first > 0
        and all(w.isalpha() and w.islower() for w in words[:first])
        and 2 <= len(name) <= MAX_SIGNER_NAME_WORDS
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name)
    )


MAX_SIGNER_NAME_WORDS = 4


def _after_lower_words(name: str) -> str:
    """A name without the words in lower case that start it, a signer's title the reader
    has no word for ('секретар Калуської' of 'секретар Калуської міської ради' -> 'Калуської');
    the name as it is where no word is in capitals."""
    words = name.split()
    first = next((k for k, word in enumerate(words) if not word.islower()), 0)
    return " ".join(words[first:])


def _place_after_person(text: str, body: str, number: int, is_place: PlaceNames) -> RawEntry | None:
    """The place after a person's title, name and a comma: 'Mayor Sadiq Khan, London',
    'Lord Mayor Sally Capp, Melbourne, Australia', 'Governor Sakshi Mehta, Pune Municipal
    Corporation, India'; None where what follows names no place (no country: 'Dr Ann Lee,
    Director of Urban Policy', 'Jane Roe, Germany') or the line is the site's."""
    person, comma, rest = body.partition(",")
    if not comma or not rest.strip() or is_furniture(text) or _role_in(person) is not None:
        return None
    rest = _after_titles(rest)  # 'Cllr Eoin Kelly, Cathaoirleach, Kilkenny County Council'
    if state_code(rest):
        return None  # 'Mayor Ann Holt — Lebanon, NH': the state of the town before it
    entry = read_entry(rest, number) if rest else None
    if entry is None or _country_alone(entry) or is_title(entry.city):
        return None  # not 'Councillor Tom Hunt, Leader'
    if "-" in entry.city and not is_place(entry.city):
        entry = _hyphened_name(entry, is_place)  # 'Athlone-Moate Municipal District'
    entry = _after_towns_title(entry, is_place)  # 'Mayor Jan Vos, Vestingstad Naarden'
    entry = _joint_bodys_place(entry, is_place)  # 'Leader, Brighton & Hove City Council'
    confirmed = entry.codes or entry.country or _confirmed(entry, is_place)
    if not (confirmed or names_a_subdivision(entry)):  # 'Leader, Lancashire County Council'
        return None
    return replace(entry, written=text)


def _joint_bodys_place(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """A body named for the places an 'and' joins, one form after the last, where the
    whole is no known place ('Brighton & Hove City Council', 'Windsor and Maidenhead
    Borough Council', `one_body_of_places`): its first place's, where that one is known."""
    if entry.kind != "city" or is_place(entry.city):
        return entry
    written = entry.written.partition(",")[0].strip()
    parts = [p.strip() for p in _split_conjunctions(f" {written} ") if p.strip()]
    if not one_body_of_places(parts) or not is_place(first := strip_form(parts[0])):
        return entry
    return replace(entry, city=first)


def _country_alone(entry: RawEntry) -> bool:
    """Whether an entry's name is a country's with no field after it naming a state or
    region or another country ('Jane Roe, Germany'); not a town named as a country, its
    state's code after it ('Georgia, VT', 'Columbia, SC', 'Jordan, MN')."""
    code = find_country(entry.city)
    return code is not None and not entry.region and find_country(entry.country) in (None, code)


def _after_titles(fields: str) -> str:
    """Fields a comma parts without the titles alone that start them ('Cathaoirleach,
    Kilkenny County Council' -> 'Kilkenny County Council', 'Leader' -> '')."""
    first, comma, rest = fields.partition(",")
    while comma and is_title(first.strip()):
        first, comma, rest = rest.partition(",")
    return f"{first},{rest}" if comma else ("" if is_title(first.strip()) else first)


def _place_after_fields(text: str, body: str, number: int, is_place: PlaceNames) -> RawEntry | None:
    """The place in the last of three or more fields a comma parts (the last but one where
    four or more end in a country), where the first is a name and those between name no
    place: a signer, a title of any wording and the place ('Jan de Boer, Alderman for
    Housing, Amsterdam', 'Ilse Peeters, Deputy Mayor for Mobility, City of Ghent', 'Ana
    Sousa, Vereadora da Habitação, Porto, Portugal'); None where the first field is a place
    or names one with a form (the body signs through its mayor) or a middle one is a place
    ('Springfield, Sangamon County, Illinois')."""
    fields = _comma_fields(body)
    if len(fields) < 3 or not _name_like(fields[0]) or is_place(fields[0]):
        return None
    first = read_entry(fields[0], number)
    if first is not None and (_structured(first) or is_place(first.city)):
        return None  # the body signs: 'Por el Ayuntamiento de Jaén, su teniente de alcalde, D.'
    size = 2 if len(fields) >= 4 and find_country(fields[-1].rstrip(".")) is not None else 1
    if size == 1 and (body_of := read_entry(body, number)) and _roles_body_in_state(body, body_of):
        return None  # 'Ana Ruiz, Mayor of Orange County, Florida': the county, in its state
    town = _roles_town_over_region(fields, is_place) if size == 2 else ""
    last = read_entry(", ".join([town, *fields[-size:]] if town else fields[-size:]), number)
    if last is None or (size == 1 and find_country(fields[-1]) is not None):
        return None  # 'Jane Roe, Director, Germany': no place
    titled = any(has_title(f) for f in fields[1:-size])  # a known place needs no title
    if not (titled or _structured(last) or is_place(last.city)):
        return None
    if any(is_place(f) for f in fields[1:-size]):
        return None  # 'Kerry, Munster, Ireland'
    return replace(last, written=text)


def _roles_town_over_region(fields: list[str], is_place: PlaceNames) -> str:
    """The known place a role names in the field before a state or province of the last
    field's country, as an address places it between the two ('Mayor of Tucson' before
    'Arizona, USA'; 'Alcaldesa de Cuenca, Azuay, Ecuador'); '' where no such role or region
    stands there, or the role names a portfolio ('Vereadora do Ambiente, Braga, Portugal')."""
    role = _role_in(fields[-3])
    code = find_country(fields[-1].rstrip("."))
    town = fields[-3][role.end() :].strip() if role is not None else ""
    if code is None or not town or not is_place(town):
        return ""
    if all(country != code for country, _ in subdivision_countries(fields[-2])):
        return ""
    return town


def _place_before_person(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """The entry of a role's place where the person follows it with no comma: its name the
    longest run of first words that is a place or inflects one, before two to four
    capitalised words ('Lyon Grégory Doucet' -> 'Lyon'; 'Krakowa Anna Nowak' -> 'Krakowa',
    a genitive the gazetteer's reading takes back to Kraków; 'Nowego Targu Anna Nowak' and
    'Rožnova pod Radhoštěm Jan Malý', a name of several words read in its case forms by
    `nominative`, whole before its first word, its words all letters: no 'Krakowa –');
    as it was where its name is a place."""
    words = entry.city.split()
    if len(words) < 3 or entry.kind != "city" or is_place(entry.city):
        return entry
    for size in range(len(words) - 2, max(0, len(words) - 5), -1):  # a person: 2 to 4 words
        if not all(w[:1].isupper() for w in words[size:]):
            continue
        head = " ".join(words[:size])
        lettered = all(w.isalpha() for w in words[:size])
        if (
            is_place(head)
            or (size == 1 and inflected_readings(head, is_place))
            or (lettered and nominative(head, is_place) is not None)
        ):
            return replace(entry, city=head)
    return entry


_FIELD_BEFORE_ROLE = re.compile(r"^(.+?)\s+[–—-]\s*$")


def _clause_after_role(entry: RawEntry, is_place: PlaceNames) -> bool:
    """Whether what a role leads is a sentence's words, no name: all in lower case ('čiji
    gradonačelnik nije potpisao'), not a place's ('m.st. Warszawy', 'documenta-Stadt
    Kassel'), and no place is written so."""
    city = entry.city
    return any(map(cased, city)) and city == city.lower() and not is_place(city)


def _place_before_role(entry: RawEntry, before: str, is_place: PlaceNames) -> RawEntry:
    """The entry of a line whose known place stands in a field before its role's, a dash
    between ('Uppsala – Chair of the Municipal Executive Board Karl Nyberg',
    'Lyon – Président du Conseil Exécutif Jean Dupont'), where what the role's 'of' reads
    is no known place (a council's board): the place before; as it was otherwise. Not
    after a comma: 'Jane Doe, Mayor of X' asks no more of the gazetteer."""
    field = _FIELD_BEFORE_ROLE.match(before)
    if field is None or is_place(entry.city) or not is_place(field[1]):
        return entry
    return replace(entry, city=field[1])


def _after_its_country(entry: RawEntry) -> RawEntry:
    """A role's place in the genitive after its country's name in the same case, the
    capital's title naming both ('primátor hlavného mesta Slovenskej republiky Bratislavy',
    'gradonačelnik glavnog grada Republike Srbije Beograda'): the place, its country the
    one named; as it was where its first words name no country, or nothing follows them."""
    words = entry.city.split()
    for size in range(min(MAX_DECLINED_WORDS, len(words) - 1), 0, -1):
        if (code := country_in_case(" ".join(words[:size]))) is not None:
            name = country_name(code)
            return replace(entry, city=" ".join(words[size:]), country=name, codes=(code,))
    return entry


# A city's body or title in one to four words and the word for 'city' in lower case, as
# a word inside the name, the city's name after it, in the genitive where the word is:
# 'Акимат города Ташкента' (the akimat of the city of Tashkent), 'Magistrát hlavního města
# Prahy', 'Statutární město Ostrava', a body's whole name ('Исполнительный орган
# государственной власти города X', a hukumat); not a form that starts a name ('Logo Miasto
# Poznań').
_CITYS_BODY = re.compile(
    r"^(?:[^\W\d_]+\s+){1,4}(?:город|города|місто|міста|град|града|miasto|miasta|město|"
    r"města|mesto|mesta|grad|grada|miestas|miesto|pilsēta|pilsētas)\s+"
)


# A town's honorific title ending in a word with the word for 'town' at its end, before
# its name: 'Wissenschaftsstadt Darmstadt', 'Vestingstad Naarden', 'Residensstaden Gävle',
# 'Marktgemeinde Lustenau', 'Freie und Hansestadt Hamburg', 'Hanse- und Universitätsstadt
# Rostock'; titles no list of forms (`_FORM`) can hold them all.
_TOWNS_TITLE = re.compile(
    r"^(?:[^\W\d_]+-?\s+){0,3}?[^\W\d_]{3,}(?:stadt|stad|staden|gemeinde|gemeente)\s+"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)


def _after_towns_title(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """The entry of the place after a town's title (`_TOWNS_TITLE`) where the name with
    it is no place and the name after it is; as it was otherwise ('Neustadt Holstein'
    where the gazetteer knows it so)."""
    title = _TOWNS_TITLE.match(entry.city)
    if title is None or entry.kind != "city" or is_place(entry.city):
        return entry
    rest = entry.city[title.end() :]
    return replace(entry, city=rest) if is_place(rest) else entry


# A body's name the reader has no form for, too long for a bare name: two to four
# capitalised words, then 'of' and its place ('Unified City-County Government of
# Springfield', 'Gobierno Autónomo Municipal de La Paz').
_OF_AFTER_WORDS = (
    r"(?:of the|of|de la|del|de|di|della|du|des|da|do|van|von|der|dell['’])(?:\s+|(?<=['’]))"
)
_CAPITALISED_WORD = r"[^\W\d_a-zß-ÿ][^\s]*\s+"
_BODYS_WORDS = re.compile(rf"(?:{_CAPITALISED_WORD}){{2,4}}{_OF_AFTER_WORDS}")
# A councillor's portfolio between the role's 'of' and its place, one to three capitalised
# words and 'of': 'concejal de Urbanismo de X', 'regidora de Medi Ambient de X'.
_PORTFOLIO = re.compile(rf"(?:{_CAPITALISED_WORD}){{1,3}}{_OF_AFTER_WORDS}")


def _after_bodys_words(
    entry: RawEntry, is_place: PlaceNames, words_before: re.Pattern[str] = _BODYS_WORDS
) -> RawEntry:
    """The entry of the place after a body's name of capitalised words and 'of'
    (`_BODYS_WORDS`; after a role, its portfolio's: `_PORTFOLIO`) where the whole is no
    place and the rest is, or the rest after the word of the unit the body governs ('GAD
    Municipal del Cantón Cuenca'); the entry itself otherwise."""
    words = words_before.match(entry.city)
    if words is None or entry.kind != "city" or is_place(entry.city):
        return entry
    rest = entry.city[words.end() :]
    if rest[:1].isupper() and not is_place(rest) and (unit := _UNITS_WORD.match(rest)):
        rest = rest[unit.end() :]  # 'Cantón Cuenca', 'Concelho de Sintra': the unit's word
    return replace(entry, city=rest) if rest[:1].isupper() and is_place(rest) else entry


# The word of the unit a body governs, before its place: 'Cantón ', 'Distretto di '.
_UNITS_WORD = re.compile(r"[^\W\d_a-zß-ÿ][^\W\d_]+\s+(?:(?:de|del|do|da|di|of|von|van)\s+)?")


def _after_citys_frame(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """The entry of the city a body's name holds after the word for 'city' (`_CITYS_BODY`),
    read in its case form; as it was where its name has no such frame or is a place."""
    frame = _CITYS_BODY.match(entry.city)
    if frame is None or is_place(entry.city):
        return entry
    after = replace(entry, city=entry.city[frame.end() :])
    if not is_place(after.city):  # 'Hlavné mesto SR Bratislava': a capital names its country
        after = _after_countrys_letters(_after_its_country(after), is_place)
    return nominative_entry(after, is_place)


# A country's letters: two to four capitals ('SR', 'ČR', 'RH', 'BiH' is not, nor 'Praha').
_COUNTRYS_LETTERS = re.compile(r"[^\W\d_a-zß-ÿ]{2,4}\s+(?=[^\W\d_])")


def _after_countrys_letters(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """The entry of the place after its country's letters, where a capital's body names
    them between its word for 'city' and the city ('Hlavné mesto SR Bratislava', 'Glavni
    grad RH Zagreb', in the genitive after a role: 'primátor hlavného mesta SR
    Bratislavy'); as it was where no known place, nor one in its case form, follows them."""
    letters = _COUNTRYS_LETTERS.match(entry.city)
    if letters is None or not letters.group().strip().isupper():
        return entry
    rest = entry.city[letters.end() :]
    named = is_place(rest) or nominative(rest, is_place) is not None  # 'SR Bratislavy'
    return replace(entry, city=rest) if named else entry


MIN_TWO_SENTENCES_WORDS = 8
_NUMBER_ONLY = re.compile(r"[\W_]*\d[\d\W_]*$")  # no letter: '40', '(2021)', '1 250'.
_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{4}[.!?]\s+([^\W\d_])")


def _two_sentences(text: str) -> bool:
    """Whether a line holds the end of a sentence and the start of another: a word of four
    letters or more, a full stop and a capital ('... of Birmingham. Signed by:'); not an
    abbreviation ('St. Gallen', 'Hon. Daniel Reyes', 'Oaxaca de Juárez, Oax.'), nor an
    academic degree's ('JUDr. Eva Malá', 'Ing. arch. Ján Hudec') or an honorific's before
    a name ('Cllr. Themba Ngcobo', 'Licda. Ana Ruiz')."""
    return any(
        m.group(1).isupper() and not _title_before_name(_word_ending_at(text, m.start() + 4))
        for m in _SENTENCE_INSIDE.finditer(text)
    )


def _title_before_name(word: str) -> bool:
    """Whether a word before a stop is an academic degree or an honorific that stop
    abbreviates ('JUDr', 'Cllr', 'Licda'), no sentence's last word."""
    return is_degree(word) or _PERSON.fullmatch(f"{word}. ") is not None


_WORD_BEFORE = re.compile(r"[^\W\d_]+$")


def _word_ending_at(text: str, end: int) -> str:
    """The word that ends at `end` (a stop's place)."""
    found = _WORD_BEFORE.search(text, 0, end)
    return found.group() if found else ""


MIN_CLAUSE_WORDS = 6


def _clause_field(text: str) -> bool:
    """Whether a line has a field after a comma that is a clause: MIN_CLAUSE_WORDS words or
    more, the first and two in three of them in lower case ('Our host, the Mayor of
    Aberdeen, stressed that the charter stays open to new signatures', '..., betonte, dass
    die Erklärung offen bleibt'): a sentence about a signer, whose fields are places,
    countries, bodies and names. Where the sentence goes on in lower case after its last
    comma, its first field may be the clause, its first word the sentence's capital
    ('Prohlášení jménem Svazu předal jeho předseda, starosta Plzně, premiérovi v Praze.').
    """
    fields = text.split(",")
    if len(fields) > 2 and fields[-1].strip()[:1].islower():
        first = fields[0].split()
        if first and _clause_words([first[0].lower(), *first[1:]]):
            return True
    return any(_clause_words(field.split()) for field in fields[1:])


def _bracketed_head(text: str) -> str:
    """A paragraph's head where a place with its bracket (its region's code, its country)
    and a dash open it ('Londrina (PR) – O prefeito, Marcelo Antunes, apresentou ...',
    'Nantes (France) – La ville, ...'): the place's line, the sentence after the dash
    about it; any other line as it is."""
    head = _BRACKETED_HEAD.match(text)
    return head[1] if head else text


# A place with a bracket of no figure nor comma, then a spaced dash: 'Londrina (PR) – '.
_BRACKETED_HEAD = re.compile(r"([^,()]+\([^,()\d]+\))\s[–—-]\s")


def _clause_words(words: list[str]) -> bool:
    """MIN_CLAUSE_WORDS words or more, the first and two in three in lower case."""
    if len(words) < MIN_CLAUSE_WORDS or not words[0][:1].islower():
        return False
    return sum(w[:1].islower() for w in words) * 3 >= len(words) * 2


def _country_and_places(text: str) -> bool:
    """A country, a colon and places a comma or semicolon parts ('Polska: Wrocław,
    Szczecin, Zielona Góra', 'Chile (2): Temuco; Valdivia', the country's count of places in
    a bracket): several entries a line, which the place finder reads (`_items`); a spaced
    dash stands for the colon where there is none ('Österreich – Graz, Linz und Wels')."""
    head, colon, rest = (_dash_as_colon(text) or text).partition(":")
    return (
        bool(colon)
        and ("," in rest or ";" in rest or ITEMS_DASH.search(rest) is not None)
        and find_country(without_count(head)) is not None
    )


MIN_COMMA_ITEMS = 4  # a place, its region and country are three fields at most


def _several_places(text: str) -> bool:
    """Four or more fields a comma parts and none of them a country ('Wien, Praha, Kraków,
    Lisboa'): several entries a line, not a place with its region and country. Four
    fields are three commas or more (`_comma_fields` parts on commas alone): a line with
    fewer is not parted."""
    if text.count(",") < MIN_COMMA_ITEMS - 1:
        return False
    fields = _comma_fields(_BULLET.sub("", text, count=1))
    return len(fields) >= MIN_COMMA_ITEMS and not any(find_country(f.rstrip(".")) for f in fields)


def _structured(entry: RawEntry) -> bool:
    """The line says it names a place: 'Mayor of X', 'City of X', 'Comune di X', or a body
    ('Provincie Overijssel – gedeputeerde L. Peters')."""
    return (
        _says_place(entry.written)
        or entry.kind != "city"
        or _titled_town(entry)
        or names_a_levelled_body(entry.city)  # 'Intendencia de Canelones'
    )


def _titled_town(entry: RawEntry) -> bool:
    """The line names its town after a title the reader took off (`_after_towns_title`:
    'Wissenschaftsstadt Darmstadt', 'Vestingstad Naarden'), which says it is a place."""
    return entry.city != entry.written and _TOWNS_TITLE.match(entry.written) is not None


@lru_cache(maxsize=1 << 15)
def _says_place(written: str) -> bool:  # asked of each entry by each reader, twice or more
    body = _BULLET.sub("", written, count=1)
    return bool(
        _role_in(body)  # asked first: a role's line ('Mayor of X') asks no form's pattern
        or _FORM.match(body)
        or _CITYS_BODY.match(body)  # 'Mesto X', 'Hlavní město X'
        or form_before(body)  # 'เทศบาลนครระยอง': a form glued before the name, no space
        or named_with_form_after(body)
    )


def _bare(entry: RawEntry, is_place: PlaceNames) -> bool:
    """A name the line does not say is a place: no form, country or body's words."""
    return not entry.country and not _structured(entry) and not _confirmed(entry, is_place)


def _unnamed(entry: RawEntry, is_place: PlaceNames) -> bool:
    """A bare name that names no place, nor one with a noun glued to it ('Reykjavíkurborg'),
    nor a country (a heading, which `_under_headings` reads)."""
    return (
        _bare(entry, is_place)
        and glued_place(entry.city, is_place) is None
        and formed_place(entry.city, is_place) is None  # '수원특례시': the gazetteer's '수원시'
        and not _genitive_before_form(entry, is_place)
        and heading_country(entry.written) is None
    )


def _genitive_before_form(entry: RawEntry, is_place: PlaceNames) -> bool:
    """Whether an entry's name is a place's genitive in '-s' before the form word the entry
    lost ('Københavns' of 'Københavns Kommune', 'Lunds' of 'Lunds kommun')."""
    name = entry.city
    written = _BULLET.sub("", entry.written, count=1)
    return (
        name.endswith("s")
        and written.startswith(f"{name} ")
        and len(name) > MIN_GENITIVE_CHARS
        and is_place(name[:-1])
    )


MIN_GENITIVE_CHARS = 4  # 'Lunds': a shorter word's 's' may be any word's end


def _trim_unconfirmed(
    entries: list[RawEntry], is_place: PlaceNames
) -> tuple[list[RawEntry], list[Skipped]]:
    """Drop unconfirmed bare names at a run's ends: a heading or menu item, not a city; not
    a name of a group under a country heading at its end."""
    start, end = 0, len(entries)
    while start < end and _unnamed(entries[start], is_place):
        start += 1
    if start + 1 < end and _caption(entries[start], entries[start + 1], is_place):
        start += 1
    counted = _counted_on(entries[start:end])
    while (
        end > start + 1
        and _unnamed(entries[end - 1], is_place)
        and entry_is_complete(entries[end - 1])
        and not _in_a_countrys_group(entries[:end])
        and not counted
    ):
        end -= 1
    dropped = [*entries[:start], *entries[end:]]
    reason = _AT_THE_EDGE
    return entries[start:end], [Skipped(e.line, e.written, reason) for e in dropped]


def _counted_on(entries: list[RawEntry]) -> bool:
    """Whether a run's entries are numbered one after another from its first to its last
    (1., 2., 3., ...), MIN_SHAPED of them or more: a list's own items to its end, a name
    the gazetteer does not know among them no menu item or heading at its edge."""
    found = [_NUMBERED_ENTRY.match(e.written) for e in entries]
    numbers = [int(m[1]) for m in found if m is not None]
    return len(numbers) == len(entries) >= MIN_SHAPED and numbers == list(
        range(numbers[0], numbers[0] + len(numbers))
    )


def _caption(entry: RawEntry, after: RawEntry, is_place: PlaceNames) -> bool:
    """Whether a list's first entry is its caption, a blank line over the next: a name with
    a lower-case word longer than a joining one ('Members by region (year joined)'), which
    no place's name has ('Newcastle upon Tyne', 'Frankfurt an der Oder'), naming no place
    (`_unnamed`: not 'Lunds kommun (Skåne län)', a town's form and its county)."""
    return (
        after.line > entry.line + 1
        and any(
            w.isalpha() and w.islower() and len(w) > MAX_JOINING_LETTERS for w in entry.city.split()
        )
        and _unnamed(entry, is_place)
    )


def _in_a_countrys_group(entries: list[RawEntry]) -> bool:
    """Whether the last entry stands in a paragraph under a country heading: on the lines
    right under it, with the group's other entries ('URUGUAY' over 'Intendencia de
    Canelones', 'Intendencia de Paysandú'; 'Suède' over 'Botkyrka')."""
    for entry, above in zip(reversed(entries), reversed(entries[:-1]), strict=False):
        if above.line != entry.line - 1:
            return False
        if _under_a_country(entry, above):
            return True
    return False


def _under_a_country(entry: RawEntry, above: RawEntry) -> bool:
    """Whether an entry stands right under a country heading, which heads one entry at
    least ('Suède' over 'Botkyrka (depuis 2012)', a name the gazetteer lacks)."""
    return above.line == entry.line - 1 and heading_country(above.written) is not None


def _people_before_places(
    entries: list[RawEntry], is_place: PlaceNames
) -> tuple[list[RawEntry], list[Skipped]]:
    """'Jane Doe' on the line above 'City of Springfield, IL' is the mayor, not a place
    (not an item with the same bullet as the next: '• Kraj Vysočina'); a name with a column
    after it, as the list's lines have ('Roma Capitale – firmato il ...'
    among 'Comune di X – firmato il ...'), is an entry."""
    kept: list[RawEntry] = []
    people: list[Skipped] = []
    named = [
        after is not None
        and after.line == entry.line + 1
        and _BULLET.sub("", entry.written, count=1) == entry.city  # cheap tests first:
        and 2 <= len(entry.city.split()) <= 4  # most entries fail them
        and all(w[:1].isupper() for w in entry.city.split())
        and not _same_bullet(entry, after)
        and _bare(entry, is_place)
        and (_structured(after) or bool(after.codes) or _titled(after))
        and find_country(entry.city) is None  # a country's heading: 'SRI LANKA', 'COSTA RICA'
        for entry, after in zip(entries, [*entries[1:], None], strict=True)
    ]
    for k, entry in enumerate(entries):
        if named[k] and not _amid_places(entries, named, k):
            people.append(Skipped(entry.line, entry.written, _REASONS["person"]))
        else:
            kept.append(entry)
    return kept, people


def _amid_places(entries: list[RawEntry], named: list[bool], k: int) -> bool:
    """Whether the k-th entry, read as a name over a place, stands right under two entries
    in a row that no name stands over ('Godoy Cruz (Mendoza)', 'Granadero Baigorria (Santa
    Fe)' over 'La Plata'): one of a run of places, as the lines around it, where a signer's
    name stands over each place ('Jane Doe' / 'City of X' / 'John Roe' / 'City of Y')."""
    line = entries[k].line
    return (
        k >= 2
        and entries[k - 1].line == line - 1
        and entries[k - 2].line == line - 2
        and not named[k - 1]
        and not named[k - 2]
    )


def _same_bullet(entry: RawEntry, after: RawEntry) -> bool:
    """Whether two lines start with the same bullet ('• Kraj Vysočina' over '• Město
    Třebíč'): items of one list, not a signer's name over its place."""
    bullet = _BULLET.match(entry.written)
    return bullet is not None and after.written.startswith(bullet[0].strip())


def _bare_headings(
    entries: list[RawEntry], is_place: PlaceNames
) -> tuple[list[RawEntry], list[Skipped]]:
    """In a list whose lines are nearly all more than a name (fields a comma parts,
    'Bürgermeisterin Anna Keller, Stadt Regensburg'; a body's form or a role, 'Stadtgemeinde
    Wörgl'; a bracket, 'Comune di Prato (PO)'), a bare name alone that starts a block of
    them (after a blank line, right over the next entry) is its heading: a state, a region
    or a group ('Thüringen', 'Tirol', a town's name too; 'Founding members'). A country is
    `_under_headings'`."""
    if len(entries) < MIN_HEADED:
        return entries, []
    comma_list = sum("," in e.written for e in entries) * 3 >= len(entries) * 2
    lines = [e.line for e in entries]
    bare = [
        k + 1 < len(entries)
        and lines[k + 1] == entry.line + 1
        and "," not in entry.written
        and (comma_list or "(" not in entry.written)  # 'Lyon (depuis 2012)' is the list's
        and not (_structured(entry) or entry.codes or entry.country)
        and heading_country(entry.written) is None
        and _PERSON.match(_BULLET.sub("", entry.written)) is None  # 'H.E. Awang Haji Rosli'
        and _person_bracket(entry.written) is None  # 'Mayor Karl Huber (City of Graz)'
        and not _caseless_beside(entry)
        for k, entry in enumerate(entries)
    ]
    regions = _regions_of_one_country(entries, bare) | _numbered_headings(entries, bare)
    shaped = sum(_more_than_a_name(e) for e in entries)
    if shaped * 3 < (len(entries) - len(regions)) * 2:  # nearly all, the regions' aside
        return entries, []
    kept: list[RawEntry] = []
    headings: list[Skipped] = []
    for k, entry in enumerate(entries):
        starts = k == 0 or lines[k - 1] < entry.line - 1
        if bare[k] and (starts or k in regions):
            headings.append(Skipped(entry.line, entry.written, _REASONS["heading"]))
        else:
            kept.append(entry)
    return kept, headings


def _unmarked_headings(entries: list[RawEntry]) -> tuple[list[RawEntry], list[Skipped]]:
    """In a list whose lines all carry a mark (a bullet, '• Město Brno'; a row's fields,
    'Cuenca · capital · 2016') but for the first of each block, two blocks or more, those
    first lines are the blocks' headings, whatever they name ('Statutární město a kraj',
    'Provincia de Azuay'), as a reader takes the lines the list's shape leaves out: each
    opens its block (first, or after a gap) over MIN_BLOCK_LINES marked lines or more. A
    country's stays, for `_under_headings` to give its block its country."""
    marked = [_BULLET.match(e.written) is not None or " · " in e.written for e in entries]
    heads = [k for k, mark in enumerate(marked) if not mark]
    if len(heads) < 2 or len(entries) < MIN_HEADED:
        return entries, []
    for k, after in zip(heads, [*heads[1:], len(entries)], strict=True):
        opens = k == 0 or entries[k - 1].line < entries[k].line - 1
        if not opens or after - k - 1 < MIN_BLOCK_LINES:
            return entries, []
    dropped = {k for k in heads if heading_country(entries[k].written) is None}
    kept = [e for k, e in enumerate(entries) if k not in dropped]
    headings = [Skipped(entries[k].line, entries[k].written, _REASONS["heading"]) for k in dropped]
    return kept, headings


MIN_BLOCK_LINES = 2  # marked lines under a heading the list's mark leaves out


def _code_headings(
    entries: list[RawEntry], lines: list[str]
) -> tuple[list[RawEntry], list[Skipped]]:
    """The entries that are a code alone heading a block ('GE' over Arnhem's line), where
    the list's other blocks open with codes alike, one or more of them no country's ('UT',
    'NH'): states' or provinces' codes all, though some are countries' too, as a reader
    takes the list's headings as one kind."""
    if not any(_CODE_HEADING.fullmatch(e.written) for e in entries):
        return entries, []  # no code among the entries: the lines are not searched
    heads = [
        k
        for k, line in enumerate(lines)
        if _CODE_HEADING.fullmatch(line.strip())
        and (k == 0 or not lines[k - 1].strip())
        and k + 1 < len(lines)
        and lines[k + 1].strip()
    ]
    if len(heads) < 2 or all(find_country(lines[k].strip()) is not None for k in heads):
        return entries, []
    at = {k + 1 for k in heads}  # the entries' lines count from 1
    kept = [e for e in entries if e.line not in at]
    return kept, [Skipped(e.line, e.written, _REASONS["heading"]) for e in entries if e.line in at]


_CODE_HEADING = re.compile(r"[A-Z]{2,3}")


def _capital_headings(entries: list[RawEntry]) -> tuple[list[RawEntry], list[Skipped]]:
    """The bare names in capitals that each start a block of entries not in capitals
    (after a blank line or first, over the next entry) and name regions of one country,
    two or more: the list's headings ('BRETAGNE' over 'Brest', 'TOSCANA' over 'Prato'), as
    a reader takes a heading by its type, though a town elsewhere bears the name."""
    heads = {
        k
        for k in _block_starts(entries)
        if _in_capitals(entries[k].written) and not _in_capitals(entries[k + 1].written)
    }
    if len(heads) < 2 or len(heads) * 2 > len(entries):
        return entries, []
    named = {k: {code for code, _ in subdivision_countries(entries[k].written)} for k in heads}
    shared = Counter(code for codes in named.values() for code in codes)
    if not any(n == len(heads) for n in shared.values()):
        return entries, []  # not every heading a region of one country
    return _without_heads(entries, heads)


def _region_headings(
    entries: list[RawEntry], lines: list[str]
) -> tuple[list[RawEntry], list[Skipped]]:
    """The bare names that each start a block of entries (after a blank line or first,
    over the next entry) and name regions of one country, MIN_KIND_HEADS or more, where
    hardly any other entry names one of its regions: the list's headings ('Sachsen' over
    'Leipzig', 'Dresden'; 'Tirol' over 'Lienz'), though a town bears the name too; not the
    first lines of blocks of towns that are their provinces' names too ('Torino', 'Genova'),
    nor a region's body that is a member, its form written ('Kraj Vysočina'), nor a line
    under another heading (`lines`, the page's: a blank line or none above a heading)."""
    starts = [
        k
        for k in _block_starts(entries)
        if entries[k].kind == "city" and not lines[max(0, entries[k].line - 2)].strip()
    ]
    named = {k: {code for code, _ in subdivision_countries(entries[k].written)} for k in starts}
    shared = Counter(code for codes in named.values() for code in codes)
    country, count = shared.most_common(1)[0] if shared else ("", 0)
    heads = {k for k, codes in named.items() if country in codes}
    if count < MIN_KIND_HEADS:
        return entries, []
    others = [e for k, e in enumerate(entries) if k not in heads]
    regional = sum(any(c == country for c, _ in subdivision_countries(e.written)) for e in others)
    if regional * MAX_REGIONAL_SHARE > len(others):
        return entries, []  # the towns are regions' names too: no heading among them
    return _without_heads(entries, heads)


MAX_REGIONAL_SHARE = 5  # at most one entry in this many under regions' headings names one


def _block_starts(entries: list[RawEntry]) -> list[int]:
    """The entries, bare and of no country, that start a block of them (after a blank line
    or first) right over the next entry: where a list's headings stand."""
    lines = [e.line for e in entries]
    return [
        k
        for k, entry in enumerate(entries)
        if (k == 0 or lines[k - 1] < entry.line - 1)
        and k + 1 < len(entries)
        and lines[k + 1] == entry.line + 1
        and not (entry.codes or entry.country)
    ]


def _without_heads(
    entries: list[RawEntry], heads: set[int]
) -> tuple[list[RawEntry], list[Skipped]]:
    """The entries without those at `heads`, which are skipped as headings."""
    kept = [e for k, e in enumerate(entries) if k not in heads]
    return kept, [Skipped(entries[k].line, entries[k].written, _REASONS["heading"]) for k in heads]


def _in_capitals(text: str) -> bool:
    """Whether a line's letters, more than a code's, are all capitals ('NOUVELLE-AQUITAINE')."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > MAX_CODE_LETTERS and all(c.isupper() for c in letters)


# A region's or group's number and a dash before its name: '13 – Laval', '02 - Ostholstein'.
_NUMBERED_HEADING = re.compile(r"^\d{1,3}\s+[–—-]\s+[^\W\d_]")


def _numbered_headings(entries: list[RawEntry], bare: list[bool]) -> set[int]:
    """The bare names a number and a dash start ('09 – Côte-Nord'), two or more, each over
    a shaped line: the list's numbered headings (its regions), though a place bears one's
    name."""
    numbered = {
        k
        for k, entry in enumerate(entries)
        if bare[k] and not bare[k + 1] and _NUMBERED_HEADING.match(entry.written)
    }
    return numbered if len(numbered) >= 2 else set()


def _regions_of_one_country(entries: list[RawEntry], bare: list[bool]) -> set[int]:
    """The bare names over a shaped line ('LOMBARDIA' over 'Comune di Brescia – Sindaca
    ...') that name regions of one country, two or more: the list's regions, its headings
    with or without a blank line above, in capitals or not, though a place abroad bears
    the name; of two countries or more, those under their own country's heading
    ('Österreich' over 'Tirol'). Not a name over another bare one (a run of towns), nor a
    code ('BO')."""
    named: dict[int, set[str]] = {}
    for k, entry in enumerate(entries):
        if not bare[k] or bare[k + 1]:
            continue  # the name is read of a bare line over a shaped one alone
        name = clean(_BULLET.sub("", entry.written)).rstrip(" :")
        if len(name) > MAX_CODE_LETTERS:
            named[k] = {code for code, _ in subdivision_countries(name)}
    shared = Counter(code for codes in named.values() for code in codes)
    countries = {code for code, n in shared.items() if n >= 2}
    if len(countries) == 1:
        return {k for k, codes in named.items() if codes & countries}
    under = _countries_headed(entries)
    return {k for k, codes in named.items() if under.get(k) in codes & countries}


def _countries_headed(entries: list[RawEntry]) -> dict[int, str]:
    """Each entry's country where a country's heading stands above it in the list
    ('Österreich' over 'Tirol' and the lines after), by code: a list by country, then by
    region, whose regions are read under their own country's heading."""
    under: dict[int, str] = {}
    country: str | None = None
    for k, entry in enumerate(entries):
        heading = heading_country(entry.written)
        if heading is not None:
            country = find_country(heading)
        elif country is not None:
            under[k] = country
    return under


MIN_HEADED = 3  # entries in a list, for a name alone among them to be read as a heading

# A government's unit: a town's where its name says whose ('Environmental Protection
# Department of Hong Kong'), an institution where it names none ('Local Government
# Engineering Department').
_UNIT_WORDS = frozenset("department departement departamento dipartimento bureau".split())
_WHOSE = re.compile(r"\b(?:of|de|du|des|di|do|da|von)\s+(?:the\s+)?(.+)$")
# A word for a town's municipal affairs, folded: an institute named with one is the town's
# own municipal body ('Instituto para os Assuntos Municipais de Macau'), no institution.
_MUNICIPAL = re.compile(r"\b(?:municip|comunal|kommunal|gemeentelijk|miejsk)\w*")


def _institutions(
    entries: list[RawEntry], is_place: PlaceNames
) -> tuple[list[RawEntry], list[Skipped]]:
    """A list's entries without its institutions ('Local Government Academy', 'Asian
    Institute of Technology, Pathum Thani', 'Universidad de Deusto, Bilbao'): a name with
    an institution's noun (`INSTITUTION_WORDS`), or a government unit's that names no
    place it belongs to (`_UNIT_WORDS`), and no town's form nor municipal word (`_MUNICIPAL`),
    that is no place."""
    kept: list[RawEntry] = []
    skipped: list[Skipped] = []
    for entry in entries:
        folded = fold(entry.city)
        words = set(folded.replace("-", " ").split())
        unit = bool(words & _UNIT_WORDS) and not _names_whose(entry.city, is_place)
        if (unit or words & INSTITUTION_WORDS) and not (
            _MUNICIPAL.search(folded) or _structured(entry) or is_place(entry.city)
        ):
            skipped.append(Skipped(entry.line, entry.written, _REASONS["institution"]))
        else:
            kept.append(entry)
    return kept, skipped


def _names_whose(name: str, is_place: PlaceNames) -> bool:
    """Whether a unit's name ends in the place it is a unit of, known or a proper name of
    capitalised words ('... Department of Hong Kong'; not '... of Environment and Natural
    Resources')."""
    whose = _WHOSE.search(name)
    if whose is None:
        return False
    owner = whose.group(1).strip()
    return is_place(owner) or all(word[:1].isupper() for word in owner.split())


def _more_than_a_name(entry: RawEntry) -> bool:
    """A line with more than a name: fields a comma parts, a bracket, a form or a role, or,
    in a script without capitals, other words beside its name (`_caseless_line`)."""
    return (
        "," in entry.written
        or "(" in entry.written
        or _structured(entry)
        or _caseless_beside(entry)
    )


def _caseless_beside(entry: RawEntry) -> bool:
    """Whether an entry's line in a script without capitals holds words beside its name
    ('नागपुर नगर निगम – महापौर अरुण देशपांडे'), no heading's name alone."""
    written = _BULLET.sub("", entry.written, count=1).strip()
    return written != entry.city and not any(map(cased, written))


def _group_headings(entries: list[RawEntry]) -> tuple[list[RawEntry], list[Skipped]]:
    """In a list of two or more blocks of two entries or more (a blank line or another
    line between them), the first lines of those blocks where they share a first or last
    word no other line has: group headings ('Region Hovedstaden' over 'Københavns Kommune',
    'Ballerup Kommune'; 'Provincia di Cuneo' over 'Comune di Alba', 'Comune di Bra'), where
    each names a body that is no city (a region, province or county): a city's body over
    its signers' lines signs ('Município de Braga' over 'Rui Costa, Presidente ...'). So
    are they, sharing no word, where MIN_KIND_HEADS blocks or more each start with such a
    body and every other line is a town's or a union of towns' ('Région de
    Bruxelles-Capitale' over 'Ixelles', 'Forest'; 'Province de Hainaut' over 'Mons', 'Ath';
    'Kraj Vysočina' over 'Mikroregion Telčsko'). A block of one entry (a line after the
    list) heads nothing."""
    starts = [k for k, e in enumerate(entries) if k == 0 or entries[k - 1].line < e.line - 1]
    ends = [*starts[1:], len(entries)]
    blocks = [(start, end) for start, end in zip(starts, ends, strict=True) if end - start >= 2]
    heads = [start for start, _ in blocks]
    if len(heads) < 2:
        return entries, []
    firsts = set(heads)
    skipped = [Skipped(entries[k].line, entries[k].written, _REASONS["heading"]) for k in heads]
    if _heads_beside_regions_bodies(entries, blocks):  # 'Sur' as 'Provincia de Toledo'
        return [e for k, e in enumerate(entries) if k not in firsts], skipped
    if any(entries[k].kind == "city" for k in heads):  # a city's body over its signers' lines
        return _bodies_over_towns(entries, blocks)  # ('Município de Braga'), or a few blocks
    words = [fold(e.written).split() or [""] for e in entries]
    for pick in (0, -1):
        word = words[heads[0]][pick]
        shared = all(words[k][pick] == word for k in heads)
        if word and shared and all(w[pick] != word for k, w in enumerate(words) if k not in firsts):
            return [e for k, e in enumerate(entries) if k not in firsts], skipped
    lowest = min(_HEAD_RANKS.get(entries[k].kind, 0) for k in heads)
    if len(heads) >= MIN_KIND_HEADS and all(
        _below_any_head(e.kind) or _HEAD_RANKS.get(e.kind, lowest) < lowest
        for k, e in enumerate(entries)
        if k not in firsts
    ):
        return [e for k, e in enumerate(entries) if k not in firsts], skipped
    return _bodies_over_towns(entries, blocks)


def _heads_beside_regions_bodies(entries: list[RawEntry], blocks: list[tuple[int, int]]) -> bool:
    """Whether every block's first line is its heading, MIN_KIND_HEADS blocks or more: two
    or more of them a region's, province's or metropolitan area's body over towns' lines
    ('Provincia de Toledo', 'Área Metropolitana de Barcelona'), the others bare names
    ('Sur', 'Nordest'), and no line under them of a region's kind, as a reader takes a
    list's headings as one kind though some name no region the gazetteer knows."""
    heads = [start for start, _ in blocks]
    under = [k for start, end in blocks for k in range(start + 1, end)]
    regional = [k for k in heads if entries[k].kind in _HEADING_KINDS]
    return (
        len(heads) >= MIN_KIND_HEADS
        and len(regional) >= MIN_REGIONS_BODIES
        and all(_below_any_head(entries[k].kind) for k in under)
        and all(k in regional or _bare_head(entries[k]) for k in heads)
    )


def _bare_head(entry: RawEntry) -> bool:
    """Whether a block's first line is a bare name of a town's kind, no country, code or
    comma with it: what a heading's line is where it names a region by no body's form."""
    return (
        entry.kind == "city"
        and not (entry.country or entry.codes)
        and "," not in entry.written
        and clean(entry.written) == entry.city
    )


_HEADING_KINDS = frozenset({"region", "province", "county", "metropolitan area"})
# How wide a heading's body is: a region's blocks may list provinces' bodies beside their
# towns ('Region VI – Western Visayas' over 'Province of Iloilo', 'Iloilo City'), a
# province's its counties'; a heading of no such kind ranks 0, over no body.
_HEAD_RANKS = {"region": 3, "metropolitan area": 3, "province": 2, "county": 1}
MIN_REGIONS_BODIES = 2  # blocks headed by a region's body that make the others' heads such


def _below_any_head(kind: str) -> bool:
    """Whether an entry's kind is below a region's, a province's or a county's: a town, or
    a union of towns ('Mikroregion Telčsko', 'Unione dei Comuni X' under its region)."""
    return kind in ("city", "union of municipalities")


def _bodies_over_towns(
    entries: list[RawEntry], blocks: list[tuple[int, int]]
) -> tuple[list[RawEntry], list[Skipped]]:
    """The first lines of MIN_KIND_HEADS blocks or more that each start with a body of no
    city's kind over towns' lines only ('Zagrebačka županija' over 'Grad Samobor'), where
    every other block is of one kind throughout: a city that is its own county over itself
    ('Grad Zagreb' over 'Grad Zagreb'), or the counties that are members themselves, after
    the towns, under a section's heading though it be ('Member counties'). Those lines are
    the blocks' headings; none where fewer blocks are so headed. A heading over its own
    body as a member, the same line again among the towns ('Zlínský kraj' over 'Zlínský
    kraj', 'Město Zlín'), or by a longer name holding all its words ('Žilinský samosprávny
    kraj' under 'Žilinský kraj'), heads its block as the others do: that line is the entry."""
    headed = [
        start
        for start, end in blocks
        if entries[start].kind != "city"
        and all(
            entries[k].kind == "city" or _heading_s_own_body(entries[start], entries[k])
            for k in range(start + 1, end)
        )
    ]
    if len(headed) < MIN_KIND_HEADS or any(
        len({entries[k].kind for k in range(start + 1, end)}) > 1
        for start, end in blocks
        if start not in headed
    ):
        return entries, []
    firsts = set(headed)
    skipped = [Skipped(entries[k].line, entries[k].written, _REASONS["heading"]) for k in headed]
    return [e for k, e in enumerate(entries) if k not in firsts], skipped


MIN_KIND_HEADS = 3  # blocks each headed by a body of another kind than its towns' lines


def _heading_s_own_body(heading: RawEntry, entry: RawEntry) -> bool:
    """Whether an entry under a region's heading is that region's body: of its kind, its
    name holding every word of the heading's ('Zlínský kraj' again; 'Žilinský samosprávny
    kraj' under 'Žilinský kraj')."""
    return entry.kind == heading.kind and set(fold(heading.written).split()) <= set(
        fold(entry.written).split()
    )


def read_member_list(
    lines: list[str],
    is_place: PlaceNames,
    *,
    structure_only: PlaceNames | None = None,
    page: list[str] | None = None,
    title: str = "",
) -> MemberList | None:
    """The page's member list in whichever shape reads the most places; None if none.

    With `structure_only` (names known without a gazetteer), a page whose list gives every
    entry's country is read without asking `is_place` at all. `page` is the whole page
    where `lines` hide some of it (its title): its words in lower case are still words of
    its language, never places (`common_words`). A name is given without the dash that
    parted it from a person's name ('Mayor of Palermo – Salvatore Lo Cascio': 'Palermo').
    A line that names the page's `title` and a page's number is a PDF's running line
    (`without_running_title`).
    """
    if _ARABIC_COMMA in "\n".join(lines):  # one search: 'خالد العمري، رئيس بلدية إربد'
        lines = [_latin_commas(line) if _ARABIC_COMMA in line else line for line in lines]
    found = _member_list(lines, is_place, structure_only=structure_only, page=page, title=title)
    found = _without_page_words(found, is_place, lines if page is None else page)
    found = _without_body_headings(found, lines)
    found = found and replace(found, entries=tuple(counties_by_form_before(found.entries)))
    found = _with_bodies_named_in_plural(found, lines)
    if found is None or not any(_DASH_END.search(e.city) for e in found.entries):
        return found
    entries = tuple(replace(e, city=_DASH_END.sub("", e.city)) for e in found.entries)
    return replace(found, entries=entries)


_DASH_END = re.compile(r"\s+[-–—]$")


def _with_bodies_named_in_plural(found: MemberList | None, lines: list[str]) -> MemberList | None:
    """A list with the wider bodies the sentences of its lines name after a plural of their
    kind (`bodies_named_in_plural`: 'Namens de provincies tekenden de gedeputeerden van
    Gelderland en Fryslân'), whichever reader read it; one search of its lines' text."""
    if found is None:
        return None
    numbers = sorted({e.line for e in found.entries if 0 < e.line <= len(lines)})
    if not numbers or not has_plural_body("\n".join(lines[n - 1] for n in numbers)):
        return found
    added = [
        entry for n in numbers for entry in bodies_named_in_plural(found.entries, lines[n - 1], n)
    ]
    return replace(found, entries=(*found.entries, *added)) if added else found


# The Arabic script's comma (Persian's, Urdu's too), which parts a line's fields as the
# Latin one does: read as it.
_ARABIC_COMMA = "\u060c"


def _latin_commas(line: str) -> str:
    """A signer's line with the Arabic script's commas as Latin ones: a list's line, a
    role in it ('خالد العمري، رئيس بلدية إربد – الأردن'); running text's and an address's
    as they are, which the place finder reads ('عمّان، الأردن')."""
    if _ARABIC_COMMA not in line or len(line) > MAX_ENTRY_CHARS or _role_in(line) is None:
        return line
    return line.replace(_ARABIC_COMMA, ",")


_PAGE_WORD = "a word the page writes in lower case, no known place: a heading"


def _without_page_words(
    found: MemberList | None, is_place: PlaceNames, page: list[str]
) -> MemberList | None:
    """The list without its names alone on their lines, capitalised, that are words of the
    page's language, which it writes in lower case elsewhere (`common_words`), and no known
    place: a heading between a list's groups ('Samarbejdsaftaler' over 'Tyskland' / 'Stadt
    Husum', where the page says 'samarbejdsaftaler med byer i Tyskland'), not a town; None
    if none is left."""
    if found is None:
        return None
    alone = [  # the page's words are read only where an entry may be one (a table: none)
        k
        for k, e in enumerate(found.entries)
        if e.kind == "city"
        and e.city[:1].isupper()
        and clean(_BULLET.sub("", e.written, count=1)) == e.city  # its line is the name alone
    ]
    common = common_words(page) if alone else frozenset()
    entries = found.entries
    words = {k for k in alone if fold(entries[k].city) in common and not is_place(entries[k].city)}
    if not words:
        return found
    kept = tuple(e for k, e in enumerate(found.entries) if k not in words)
    dropped = [
        Skipped(e.line, e.written, _PAGE_WORD) for k, e in enumerate(found.entries) if k in words
    ]
    skipped = tuple(sorted((*found.skipped, *dropped), key=lambda s: s.line))
    return replace(found, entries=kept, skipped=skipped) if kept else None


_ROW_FIELDS = re.compile(r"\t|\s[·|•–—-]\s|[,;]")


def _without_body_headings(found: MemberList | None, lines: list[str]) -> MemberList | None:
    """The list without its bodies (a region, a province: no city) that head a group as
    their like-worded siblings do: a line of one field right over a row of more
    ('Provincia di Bergamo' over 'Comune di Treviglio<tab>2001', 'Olomoucký kraj' over
    'Město Šternberk<tab>A'), sharing its first or last word with another such line in the
    list ('Provincia di Brescia', 'Jihomoravský kraj', though no place), each right over
    an entry (a card's first line is over its details): a heading, not a member; a region
    that is one has its row's fields ('Kraj Vysočina<tab>B')."""
    if found is None:
        return None
    rows = {e.line - 1 for e in found.entries}  # the entries' lines, as `lines` counts them
    if not any(e.kind != "city" and _heads_a_row(lines, e.line - 1) for e in found.entries):
        return found  # no body over an entry: nothing to compare (most lists)
    low, high = min(rows) - 1, max(rows)
    heads = {
        i: fold(lines[i]).split()
        for i in range(max(0, low), high)
        if i + 1 in rows and _heads_a_row(lines, i)
    }
    firsts = Counter(words[0] for words in heads.values())
    lasts = Counter(words[-1] for words in heads.values())
    dropped = {
        e.line
        for e in found.entries
        if e.kind != "city"
        and (words := heads.get(e.line - 1))
        and (firsts[words[0]] > 1 or lasts[words[-1]] > 1)
    }
    if not dropped:
        return found
    kept = tuple(e for e in found.entries if e.line not in dropped)
    skipped = [
        Skipped(e.line, e.written, _REASONS["heading"]) for e in found.entries if e.line in dropped
    ]
    ordered = tuple(sorted((*found.skipped, *skipped), key=lambda s: s.line))
    return replace(found, entries=kept, skipped=ordered) if kept else None


def _heads_a_row(lines: list[str], i: int) -> bool:
    """Whether line i is one field right over a line of more (a heading over its rows)."""
    return (
        bool(lines[i].strip())
        and _ROW_FIELDS.search(lines[i].strip()) is None
        and _ROW_FIELDS.search(lines[i + 1].strip()) is not None
    )


def _member_list(
    lines: list[str],
    is_place: PlaceNames,
    *,
    structure_only: PlaceNames | None,
    page: list[str] | None,
    title: str = "",
) -> MemberList | None:
    if sum(1 for line in lines if line.strip()) > MAX_LINES:
        raise ParseError(f"the page has more than {MAX_LINES:,} lines of text")
    written = lines  # as the page says it, before roles and venues are cut (`_examples`)
    lines = [without_date_cell(x) if x[:1].isdigit() else x for x in lines]  # a row's date
    check_worth_reading(lines, is_place)
    lines = page_breaks(without_footnote_marks(without_disclosure_marks(lines)))
    lines = without_datelines(without_signature_marks(lines))
    lines = column_blocks(numbered_rows(aligned_rows(without_running_title(lines, title))))
    lines = dashed_qualifiers(_without_status_column(without_postcodes(lines), is_place))
    lines = spaced_rows(without_counted_headings(without_other_groups(lines, title)))
    lines = merged_cells(without_row_numbers(without_header_rows(lines)))
    lines = framed_names(lines, is_place)
    lines = grid_rows(places_with_countries_rows(lines), is_place)
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
    # for the readers of lines; a paragraph's lines are one text
    rows = without_repeated_heads(cell_rows(rejoined(without_blurbs(lines)), is_place))
    joined = without_other_rows(without_unsigned(cards_joined(rows)))
    cards = frozenset(k for k, row in enumerate(joined) if "\t" in row and row != rows[k])
    shapes: Shapes = {}
    if structure_only is not None:
        found = _best(
            [
                read_running_text(lines, structure_only),
                read_lines(joined, structure_only, shapes, cards),
            ]
        )
        if (
            found is not None
            and all(e.codes for e in found.entries)
            and not any(_clause(e.city) for e in found.entries)
            and not _trimmed_beside(found)
            and not _cut_above(found, lines)
            and not (found.shape == "running text" and joined_after(lines, found.last_line))
            and _most_items(lines[found.first_line - 1 : found.last_line]) < 2 * len(found.entries)
        ):
            return _sounded_list(found, is_place)  # unless the list's lines may hold twice
            # as many ('A (X) · B (X)')
    found = _best(
        [
            read_running_text(lines, is_place),
            read_lines(joined, is_place, shapes, cards),
            read_columns(joined, is_place, shapes),
        ]
    )
    found = None if _examples(found, lines, written) else found
    if found is None:
        by_places = read_places(joined, is_place, page=page)
        by_places = None if _examples(by_places, lines, written) else by_places
        by_places = by_places or read_paragraph_places(joined, is_place, page=page)
        return by_places or read_signed_sentence(lines, is_place, page=page)
    confirmed = sum(_confirmed(e, is_place) for e in found.entries)
    if _most_items(lines) < 2 * confirmed:
        return found  # the place finder cannot find twice as many: not worth asking
    by_places = read_places(joined, is_place, page=page)
    if (
        by_places is not None
        and len(by_places.entries) >= 2 * confirmed
        and _unread(by_places, found) >= confirmed
    ):
        return by_places  # the shapes read a part of the list, or another block
    return found


# A last field after a spaced dash or middle dot, short, with no figure: 'Gaborone City
# Council – Full member', 'Ville de Lyon – Membre associé', 'Sligo Borough Council ·
# Borough' (a directory's column of members' categories, or of their kinds).
_LAST_DASH_FIELD = re.compile(
    r"[ \t][–—·-][ \t]+([^\W\d_][^\W\d]*(?:[ \t]+[^\W\d]+){0,3})[ \t]*$", re.M
)
MIN_COLUMN_LINES = 3


def _without_status_column(lines: list[str], is_place: PlaceNames) -> list[str]:
    """The lines without the last field after a dash or a middle dot that ends many of them
    alike, and those that share a word with it ('– Full member', '– Associate member';
    '– Miembro pleno', '– Miembro asociado'; '· District'): a column of the entries'
    category or kind, as a reader takes
    a word that follows every entry, not a place. Where a field is a place, a country or
    a country's region ('– Andalucía'), or holds a title ('– Mayor'), all stay. Found by
    one search of the page."""
    text = "\n".join(lines)
    if "–" not in text and "—" not in text and " - " not in text and " · " not in text:
        return lines
    found = [(m.start(), m[1]) for m in _LAST_DASH_FIELD.finditer(text)]
    words = {field: {w for w in fold(field).split() if len(w) > 3} for _, field in found}
    repeated = Counter(field for _, field in found)
    columns = {w for field, n in repeated.items() if n >= MIN_COLUMN_LINES for w in words[field]}
    fields = {field for field in words if words[field] & columns}
    if any(
        is_place(f) or find_country(f) or subdivision_countries(f) or has_title(f) for f in fields
    ):
        return lines
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    out = list(lines)
    for at, field in found:
        if field in fields:
            number = bisect.bisect_right(starts, at) - 1
            out[number] = out[number][: at - starts[number]].rstrip()
    return out


MIN_FRAMED = 3  # fields framed by the same word, at least, for it to be the list's own form


def framed_names(lines: list[str], is_place: PlaceNames) -> list[str]:
    """The lines with the names of a list in a script without case written without the
    words of their body's form that frame them on many lines, which no word list of the
    reader's needs to know: 'د کندهار ښاروالي' (Pashto: of Kandahar municipality) among 'د
    هرات ښاروالي', 'ድሬዳዋ ከተማ አስተዳደር' (Amharic: Dire Dawa city administration) among 'ጅማ
    ከተማ አስተዳደር'. A word that starts, or stands in the last two of, MIN_FRAMED short
    fields or more of the page (`_framing_words`) is the list's form; a line's first field
    that is no known place and names one without such words around it is written as that
    place, and so is one the gazetteer does not know between words that frame MIN_FRAMED
    known places or more ('አዳማ ከተማ አስተዳደር': 'አዳማ'). A field of a form the reader knows
    ('X नगर निगम') is read by it, with its form. Other lines as they are."""
    read = {k: _caseless_field(line) for k, line in enumerate(lines) if line}
    fields = {k: f for k, f in read.items() if f is not None and strip_form(f[1]) == f[1]}
    heads, tails = _framing_words([field[1].split() for field in fields.values()])
    if not heads and not tails:
        return lines
    framed = {k: _unframed(field, heads, tails) for k, (_, field) in fields.items()}
    known = {
        k
        for k, (name, frame) in framed.items()
        if frame and is_place(name) and not is_place(fields[k][1])
    }
    confirmed = Counter(w for k in known for w in framed[k][1])  # the frame known places have
    out = list(lines)
    ending = glued_ending([name for name, frame in framed.values() if frame])
    for k, line in enumerate(lines if ending else []):  # a town glued to the list's ending
        word = None if k in known or k in fields else _caseless_field(line, min_words=1)
        name = framed[k][0] if k in fields else word[1] if word else ""
        place = _unglued(name, ending, is_place) if name and not is_place(name) else None
        if place is not None and k in fields:
            framed[k], known = (place, framed[k][1] or frozenset({ending})), known | {k}
        elif place is not None and word is not None:
            out[k] = line[: word[0]] + place + line[word[0] + len(name) :]
    for k, (name, frame) in framed.items():
        if k in known or (
            frame
            and all(confirmed[w] >= MIN_FRAMED for w in frame)
            and len(name.split()) <= MAX_CASELESS_NAME_WORDS
        ):
            start, field = fields[k]
            out[k] = lines[k][:start] + lines[k][start:].replace(field, name, 1)
    return out


MIN_GLUED_ENDING = 2  # characters: an ending of one is a vowel or a case, no body's word


def glued_ending(names: list[str]) -> str:
    """The longest ending of MIN_GLUED_ENDING characters or more that MIN_FRAMED of the names
    or more, and half of them at least, share, each glued to more before it: a body's word a
    script without spaces glues to its town ('ပဲခူးမြို့', 'ပုသိမ်မြို့', 'မုံရွာမြို့':
    Burmese 'town'), learnt from the list; '' where none is."""
    least = max(MIN_FRAMED, (len(names) + 1) // 2)
    best = ""
    for size in range(MIN_GLUED_ENDING, max(map(len, names), default=0)):
        shared = Counter(name[-size:] for name in names if name[-size - 1 : -size].strip())
        ending, count = max(shared.items(), key=lambda x: x[1], default=("", 0))
        if count < least:
            break
        best, least = ending, count  # longer only while as many names share it
    return best


def _unglued(name: str, ending: str, is_place: PlaceNames) -> str | None:
    """The known place a name holds before the glued ending its list's names share
    (`glued_ending`), with the ending or without it, where the name is one word and the
    ending ends it or glues more body words to it ('ရန်ကုန်မြို့တော်စည်ပင်သာယာရေးကော်မတီ': Yangon city
    development committee); None otherwise."""
    at = name.find(ending, 1)
    if not ending or at < 0 or len(name.split()) > 1:
        return None
    return next((n for n in (name[: at + len(ending)], name[:at]) if is_place(n)), None)


def _unframed(
    field: str, heads: frozenset[str], tails: frozenset[str]
) -> tuple[str, frozenset[str]]:
    """A field without the framing words before and after its name (`_framing_words`), and
    those words; the field and no words where it is all of them."""
    words = field.split()
    first = next((i for i, w in enumerate(words) if w not in heads), len(words))
    last = next((i for i in range(len(words), first, -1) if words[i - 1] not in tails), first)
    if first >= last:
        return field, frozenset()
    return " ".join(words[first:last]), frozenset(words[:first] + words[last:])


_SPACED_DASH = re.compile(r"\s[-–—]\s")
# A bracket that ends a field after its name: the place's region or country ('(ዞባ ደቡብ)').
_FIELD_BRACKET = re.compile(r"\s+\([^()\t]+\)\s*$")


def _caseless_field(line: str, min_words: int = 2) -> tuple[int, str] | None:
    """A line's first field (before a tab or a spaced dash: 'رئيس بلدية X – لبنان', its
    country after it; and without a bracket that ends it) without its bullet or number,
    and where it starts, where it is short words of a script without case (min_words at
    least, MAX_CASELESS_FIELD_WORDS at most), no figure, no sentence; None otherwise."""
    bullet = _BULLET.match(line)
    start = bullet.end() if bullet else 0
    first = _SPACED_DASH.split(line[start:].partition("\t")[0].strip(), maxsplit=1)[0]
    field = _FIELD_BRACKET.sub("", first).strip()
    words = field.split()
    if not min_words <= len(words) <= MAX_CASELESS_FIELD_WORDS or field[-1] in _SENTENCE_STOPS:
        return None
    if any(map(cased, field)) or has_digit(field):
        return None
    return line.index(field, start), field


def _framing_words(fields: list[list[str]]) -> tuple[frozenset[str], frozenset[str]]:
    """The words that stand in the first two words of, and those that stand in the last
    two words of, MIN_FRAMED or more of the fields (each a field's words), each field with
    another word than they: a list's form before its names ('ምምሕዳር ከተማ', administration
    of the town of) and its form after them."""
    firsts = Counter(w for words in fields for w in set(words[:2]))
    lasts = Counter(w for words in fields for w in set(words[-2:]))
    heads = frozenset(w for w, n in firsts.items() if n >= MIN_FRAMED)
    tails = frozenset(w for w, n in lasts.items() if n >= MIN_FRAMED)
    return heads, tails


def _clause(name: str) -> bool:
    """Whether a name read is a clause in lower case, no place ('com o programa Morar no
    Centro'): three words or more, the first in lower case."""
    return name[:1].islower() and len(name.split()) >= 3


def read_columns(
    lines: list[str], is_place: PlaceNames, shapes: Shapes | None = None
) -> MemberList | None:
    """A list printed in two columns side by side, each under its own headings
    (`column_views`), or of bodies run together on each line (`form_columns`): each
    column's lines read top to bottom, the left's entries then the right's, at their lines;
    None where the page has no such columns or one reads none."""
    views = column_views(lines)
    bodies = form_columns(lines) if views is None else None
    if bodies is not None:  # their places in their bodies' names: found by the place finder
        left, right = (read_lines(v, is_place, shapes) or read_places(v, is_place) for v in bodies)
    elif views is not None:
        left, right = (read_lines(view, is_place, shapes) for view in views)
    else:
        return None
    if left is None or right is None:
        return None
    return MemberList(
        "lines",
        (*left.entries, *right.entries),
        tuple(sorted((*left.skipped, *right.skipped), key=_by_line)),
        min(left.first_line, right.first_line),
        max(left.last_line, right.last_line),
    )


def _unread(by_places: MemberList, found: MemberList) -> int:
    """How many of the place finder's entries name a place the shapes' entries do not have
    (in any form: `_stems`): a name inside an entry that names a person's role ('Marta' in
    'Marta Ruiz, Mayor of Zaragoza') is that person, not a place the shapes missed."""
    cities = {stem for e in found.entries for stem in _stems(fold(e.city))}
    others = [fold(e.city) for e in by_places.entries if cities.isdisjoint(_stems(fold(e.city)))]
    if not others:
        return 0  # no entry's text searched for a role
    people = {
        word
        for e in found.entries
        if _role_in(e.written) is not None
        for word in _WORDS.findall(fold(e.written))
    }
    return sum(not people.issuperset(_WORDS.findall(city)) for city in others)


_WORDS = re.compile(r"\w+")


def _stems(name: str) -> list[str]:
    """A name and its forms less one or two last letters (four or more left): an entry
    the shapes read inflected ('Krakowa') and the place finder's reading of it ('Krakowo',
    'Krakow') share one."""
    return [name[: len(name) - cut] for cut in range(3) if len(name) - cut >= 4 or not cut]


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


def _cut_above(found: MemberList, lines: list[str]) -> bool:
    """Whether the line right above a list (and above its first heading) is short and ends
    no sentence: an entry of the list that the shapes could not read without the gazetteer
    ('Gobierno Autónomo Municipal de Cochabamba' over 'BRASIL' and its cities), which
    cut it; or the line right under its last entry ('GAD Municipal del Cantón Cuenca' under
    'Municipio de Quito'); only the gazetteer can tell. Above a first heading, blank lines are
    passed over: the list's earlier group ('Bergamo · Brescia' over a blank line and 'REGIONE
    TOSCANA (2)', where the shapes read only the group under the heading naming a country's
    region)."""
    above = found.first_line - 2  # the line above the first entry, counted from 0
    headings = {s.line for s in found.skipped if s.reason == _REASONS["heading"]}
    if above + 1 in headings:
        above -= 1
        while above > 0 and not lines[above].strip():
            above -= 1
    return _unread_entry(lines, above) or _unread_entry(lines, found.last_line)


def _unread_entry(lines: list[str], number: int) -> bool:
    """Whether the line of index `number` is short and ends no sentence: maybe an entry
    that the shapes could not read without the gazetteer."""
    text = clean(lines[number]) if 0 <= number < len(lines) else ""
    return bool(text) and len(text) <= MAX_ENTRY_CHARS and text[-1] not in ".!?:"


MAX_AND_COUNTED = 2_000  # the characters of a paragraph whose 'and's `_most_items` counts


def _most_items(lines: list[str]) -> int:
    """At most how many entries the place finder can read in the page: one an item of a
    line (items parted by ; · |, by the middle dots of Japanese and Korean, or by commas
    in lines of names: `_more_names`), one a
    name after a label and a colon, and in prose one a part between commas or, in a
    paragraph of a few sentences, the language's 'and' ('In Bayern A, B und C. Aus Sachsen
    D und E'; a longer one's are not searched: its commas are enough)."""
    most = 0
    for line in (clean(raw) for raw in lines):
        if _is_prose(line):
            most += 1 + line.count(",") + line.count(";")
            most += len(_CONJUNCTION.findall(line)) if len(line) <= MAX_AND_COUNTED else 0
        elif line and ":" in line and (labelled := labelled_items(line)) is not None:
            most += len(labelled[1])
        elif line:
            most += 1 + sum(line.count(c) for c in ";·|・ㆍ") + _more_names(line)
    return most


def _more_names(line: str) -> int:
    """How many more names than one a line of names a comma parts holds, as the place
    finder reads them (`_names_a_line`): its parts that are names and no country, less one
    ('Arnhem, Ede, Tiel': 2; 'Aarhus, Denmark' and 'Jane Doe, Mayor of Aarhus': 0)."""
    if "," not in line:
        return 0
    names = [p for p in (p.strip() for p in line.split(",")) if p and _name_like(p)]
    if len(names) == 2:  # 'Aarhus, Denmark', a list's common line: its country asked first
        return int(find_country(names[1]) is None and find_country(names[0]) is None)
    return max(0, sum(find_country(p) is None for p in names) - 1)


def _best(readings: list[MemberList | None]) -> MemberList | None:
    found = [r for r in readings if r is not None and r.entries]
    if not found:
        return None
    keys = [(sum(bool(e.codes) for e in r.entries), len(r.entries)) for r in found]
    tied = [r for r, key in zip(found, keys, strict=True) if key == max(keys)]
    return tied[0] if len(tied) == 1 else max(tied, key=_signed)  # asked of ties alone


def _signed(reading: MemberList) -> int:
    """A reading's entries that are a signer's title on a line of its own, one entry a line
    ('Mairesse de Gatineau', 'Maire de Saguenay'): between readings of as many places, a
    careful reader takes the signature blocks' over a sentence's that names others."""
    lines = Counter(e.line for e in reading.entries)
    return sum(lines[e.line] == 1 and _role_in(e.written) is not None for e in reading.entries)


MIN_UNSIGNED = 6  # fewer places in running text that says nothing of signing are examples


def _examples(found: MemberList | None, lines: list[str], written: list[str] | None = None) -> bool:
    """Whether a list read from running text is a few places its paragraph names for
    another reason than signing ('Offers of support from Lyon, Rotterdam and Bologna',
    'cidades como Coimbra, Évora, Faro e Viseu'): fewer than MIN_UNSIGNED, none with a
    country, and no word of signing (`_SIGNING`) in their paragraph or the one above as
    the page `written` has it, its venue's clause not cut ('The Assembly, meeting in
    Nairobi, welcomed three new members.')."""
    if found is None or len(found.entries) >= MIN_UNSIGNED:
        return False
    if any(e.country or e.codes for e in found.entries):
        return False  # 'Oslo (Norway); Paris (France)': entries, each with its country
    if sum(_role_in(e.written) is not None for e in found.entries) * 2 > len(found.entries):
        return False  # 'Marta Ruiz, alcaldesa de Zaragoza; ...': people sign for their places
    if found.shape != "running text" and found.first_line != found.last_line:
        return False  # lines of a list, not a sentence
    if all(_named_as_body(e.written) or names_nordic_body(e.written) for e in found.entries):
        return False  # 'Rakvere linn, Võru linn ja Viljandi linn': members by their names
    text = " ".join(line.strip() for line in lines[found.first_line - 1 : found.last_line])
    if _counts_members(text, len(found.entries)):
        return False  # 'the network has three members: A, B and C': its members, counted
    above = _paragraph_before(written or lines, found)
    return _is_prose(text) and not _SIGNING.search(text + " " + above)


# Numbers from two to ten in words, folded, in languages of the corpus and their
# neighbours (English, French, German, Dutch, Spanish, Portuguese, Italian, Turkish,
# Indonesian, Vietnamese); a word two languages share names the same number.
_COUNT_WORDS: dict[str, int] = {
    word: number
    for words in (
        "two three four five six seven eight nine ten",
        "deux trois quatre cinq six sept huit neuf dix",
        "zwei drei vier funf sechs sieben acht neun zehn",
        "twee drie vier vijf zes zeven acht negen tien",
        "dos tres cuatro cinco seis siete ocho nueve diez",
        "dois tres quatro cinco seis sete oito nove dez",
        "due tre quattro cinque sei sette otto nove dieci",
        "iki uc dort bes alti yedi sekiz dokuz",
        "dua tiga empat lima enam tujuh delapan sembilan sepuluh",
        "hai ba bon nam sau bay tam chin muoi",
    )
    for number, word in enumerate(words.split(), start=2)
}
# 'Member(s)', folded, as a count of them says it ('three members', 'drei Mitglieder',
# 'ba thành viên', Vietnamese; 'üç üye', Turkish), a word or none between ('3 new members').
_COUNTED_MEMBERS = re.compile(
    rf"(?<!\w)(\d{{1,2}}|{'|'.join(sorted(_COUNT_WORDS))}) (?:[a-z]+ )?"
    rf"(?:{'|'.join(sorted(MEMBERS_WORDS | _MEMBER_WORDS))}|thanh vien|uye\w*)(?!\w)"
)


def _counts_members(text: str, count: int) -> bool:
    """Whether a text says how many members it names, that many as it names: 'Việt Nam hiện
    có ba thành viên ... là A, B và C' (Vietnam has three members: A, B and C), 'hat drei
    Mitglieder: A, B und C'; a list of the network's members, though it says nothing of
    signing, not a sentence's examples."""
    for counted in _COUNTED_MEMBERS.finditer(fold(text)):
        word = counted[1]
        if (int(word) if word.isdigit() else _COUNT_WORDS.get(word)) == count:
            return True
    return False


def _named_as_body(written: str) -> bool:
    """Whether a list's item ends in a place named as its municipality, with a form word
    before or after it ('... accepted Rakvere linn', 'Mestno občino Ptuj', 'Comune di Lodi'),
    as a list of members or signatories names them; a sentence giving examples names the
    places alone ('cities such as Coimbra, Évora and Faro')."""
    words = written.split()[-MAX_NAME_WORDS:]
    runs = (" ".join(words[-size:]) for size in range(len(words), 1, -1))
    return any(run[:1].isupper() and strip_form(run) != run for run in runs)


MAX_LEAD_LINES = 5


def _paragraph_before(lines: list[str], found: MemberList) -> str:
    """The paragraph right above a list's (its last MAX_LEAD_LINES lines), which may say
    what its places did: '... hat drei neue Mitglieder aufgenommen.' over 'Neu im Netzwerk
    sind die Hansestadt Stralsund, ...'."""
    k = found.first_line - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    above: list[str] = []
    while k >= 0 and lines[k].strip() and len(above) < MAX_LEAD_LINES:
        above.append(lines[k].strip())
        k -= 1
    return " ".join(reversed(above))

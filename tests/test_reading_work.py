"""How much work reading a page takes, counted rather than timed: each line's shape is read
once for both readers of the lines, a sentence that cannot hold a list asks the place
finder nothing, and twice the entries cost twice the work, not more (issue #20, item 5).
Small invented pages and a tiny gazetteer; benchmarks/reading.py has the times."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from functools import partial
from inspect import CO_GENERATOR
from pathlib import Path
from types import FrameType
from typing import Any

import pandas as pd
import pytest

from geo.data import store
from geo.geocoding import geocode
from geo.geocoding.gazetteer import GazetteerIndex
from geo.geocoding.geocode import Gazetteer as Places
from geo.importing import (
    entries,
    importer,
    inference,
    listreader,
    pagetext,
    placefinder,
    runningtext,
    statements,
)
from geo.importing.entries import PlaceNames, body_kind, read_entry
from geo.importing.listreader import read_member_list
from geo.importing.pagetext import mostly
from geo.importing.statements import ParsedStatement
from geo.text import clean, clean_lines, fold, fold_afresh, is_latin

TOWNS = ["Aachen", "Bonn", "Erlangen", "Potsdam", "Krakow", "Graz", "Lyon", "Nantes"]
KNOWN = frozenset(fold(t) for t in TOWNS)
READER = (entries, pagetext, runningtext, placefinder, listreader)  # the list reader's modules


def patch_reader(patch: pytest.MonkeyPatch, name: str, value: object) -> None:
    """Sets one of the reader's names to `value` in each of its modules that uses it."""
    for module in READER:
        if name in vars(module):
            patch.setattr(module, name, value)


class Gazetteer:
    """A tiny gazetteer that counts the questions it is asked."""

    def __init__(self) -> None:
        self.asked, self.keys = 0, sorted(KNOWN)

    def known(self, name: str) -> bool:
        self.asked += 1
        return fold(name) in KNOWN

    def known_prefix(self, text: str) -> bool:
        self.asked += 1
        return any(k.startswith(fold(text)) for k in self.keys)

    def places(self) -> PlaceNames:
        return PlaceNames(self.known, (), self.known_prefix)


def gazetteer() -> PlaceNames:
    return Gazetteer().places()


def mayors(count: int) -> list[str]:
    """A list of `count` 'Name, Mayor of Town' lines, each town written differently."""
    return ["Signatories", ""] + [
        f"• Jane Doe{k}, Mayor of {TOWNS[k % len(TOWNS)]}{'' if k < 8 else f' {k}'}"
        for k in range(count)
    ]


class Counting:
    """A pattern that counts its searches (monkeypatched over one of the reader's)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.search(text, *args)

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        return self.pattern.match(text, *args)


def counted(monkeypatch: pytest.MonkeyPatch, read: Callable[[], object]) -> tuple[int, int]:
    """How often reading calls `_classify`, and searches a line for a role ('Mayor of')."""
    calls = [0]
    classify = listreader._classify

    def counting_classify(*args: Any) -> tuple[str, object]:
        calls[0] += 1
        return classify(*args)

    role = Counting(entries._ROLE_OF)
    with monkeypatch.context() as patch:
        patch.setattr(listreader, "_classify", counting_classify)
        patch_reader(patch, "_ROLE_OF", role)
        entries._cached_entry.cache_clear()
        listreader._says_place.cache_clear()
        entries._role_in.cache_clear()
        read()
    return calls[0], role.calls


@pytest.mark.parametrize("count", [300, 600])
def test_each_line_is_classified_once_for_both_readers_of_the_lines(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    lines = mayors(count)
    found: list[object] = []

    def read() -> None:
        found.append(read_member_list(lines, gazetteer(), structure_only=PlaceNames(None, ())))

    classified, roles = counted(monkeypatch, read)
    entries = found[0].entries  # type: ignore[attr-defined]
    assert len(entries) == count  # read without, then with the gazetteer: no countries given
    assert classified <= len(lines) + 1  # it was twice that: once a reader
    assert roles <= len(lines)  # once a line; it was 3 a line (8 or more before that)


def test_twice_the_entries_cost_twice_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    work = []
    for count in (400, 800):
        asked = Gazetteer()
        read = partial(
            read_member_list, mayors(count), asked.places(), structure_only=PlaceNames(None, ())
        )
        work.append((*counted(monkeypatch, read), asked.asked))
    for small, large in zip(work[0], work[1], strict=True):
        assert large <= 2.1 * small


def test_sentences_that_cannot_hold_a_list_ask_the_place_finder_nothing() -> None:
    prose = (
        "The mayors of Lyon and Nantes met in Graz to agree on the next steps for clean air, "
        "safe streets and affordable housing, and the working groups reported on the year. "
        "Delegations from Bonn described their plans in detail."
    )
    lines = ["News", ""] + [prose, ""] * 200
    asked = Gazetteer()
    placefinder.read_places(lines, asked.places())
    assert asked.asked == 0  # three places a sentence at most: no list of four or more


def test_a_list_in_a_sentence_is_still_found_by_its_places() -> None:
    lines = ["News", "", "Mayors from Lyon, Nantes, Graz, Bonn and Aachen met this week."]
    found = placefinder.read_places(lines, gazetteer())
    assert found is not None
    assert [e.city for e in found.entries] == ["Lyon", "Nantes", "Graz", "Bonn", "Aachen"]


def test_an_entry_read_again_keeps_its_own_line_and_a_long_texts_body_its_kind() -> None:
    first, again = read_entry("Lyon, France", 3), read_entry("Lyon, France", 7)
    assert first is not None
    assert again is not None
    assert (first.line, again.line, again.city, again.codes) == (3, 7, "Lyon", ("FR",))
    assert body_kind("Hannover Region") == "region"
    assert body_kind("The long name of a body " * 10 + "Hannover Region") == "region"
    assert body_kind("Region Hannover and " + "more words " * 20) == "region"


@pytest.mark.parametrize("count", [300, 600])
def test_a_page_of_short_lines_is_folded_once_a_line_for_its_furniture(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    """The page's furniture passes (menus, share blocks) look at each line once: a page of
    more lines than `fold` keeps was folded two or three times a line, each time afresh."""
    calls = {"furniture_lines": 0, "_furniture_lines": 0}

    def counting(name: str) -> Callable[..., Any]:
        function = getattr(statements, name)

        def count_call(*args: Any) -> Any:
            calls[name] += 1
            return function(*args)

        return count_call

    for name in calls:
        monkeypatch.setattr(statements, name, counting(name))
    towns = [f"{TOWNS[k % len(TOWNS)]} {k}" for k in range(count)]
    page = "\n".join(["Mayors stand together", "12 March 2024", "", *towns, "Share"])
    statements.parse_page(page, places=gazetteer())
    assert calls["_furniture_lines"] == 1  # it was twice: for the title, and for the text
    assert calls["furniture_lines"] == 1  # a block's lines; it was twice a line, one by one


@pytest.mark.parametrize("count", [300, 600])
def test_a_share_blocks_lines_are_folded_together(count: int) -> None:
    """A hostile page of 68,000 short lines of accented words is one block of short lines,
    one of them furniture ('Log'): each was folded alone (Python calls a line; 0.5 s of
    its reading), now the block in one pass."""
    lines = [f"Włocławek {k}" if k % 100 else "Log" for k in range(count)]
    fold("Włocławek 0123456789 Log")  # each character's first fold
    calls = [0]  # is once a process (`text.fold`'s table), counted in no test's order

    def count_calls(frame: FrameType, event: str, arg: object) -> None:
        calls[0] += event == "call" and not frame.f_code.co_flags & CO_GENERATOR  # not resumed

    sys.setprofile(count_calls)
    try:
        kept = statements._share_blocks(lines)
    finally:
        sys.setprofile(None)
    assert kept == {k for k in range(count) if k % 100}  # the block goes; its furniture stays
    assert calls[0] <= 20  # it was two or more a line


class CountingCalls:
    """A pattern that counts every use (monkeypatched over one of the reader's)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def __getattr__(self, method: str) -> Callable[..., Any]:
        self.calls += 1
        return getattr(self.pattern, method)  # type: ignore[no-any-return]


def uses(monkeypatch: pytest.MonkeyPatch, name: str, read: Callable[[], object]) -> int:
    """How often reading uses one of the reader's patterns, every cache cleared first."""
    pattern = CountingCalls(next(getattr(m, name) for m in READER if name in vars(m)))
    with monkeypatch.context() as patch:
        patch_reader(patch, name, pattern)
        entries._cached_entry.cache_clear()
        listreader._says_place.cache_clear()
        entries.body_kind.cache_clear()
        runningtext._tail_names.cache_clear()
        runningtext._head_words.cache_clear()
        runningtext._last_parts.cache_clear()
        entries.strip_form.cache_clear()
        entries.place_codes.cache_clear()
        entries._role_in.cache_clear()
        placefinder._common_words.cache_clear()
        read()
    return pattern.calls


@pytest.mark.parametrize("count", [300, 600])
def test_a_names_kind_of_body_is_read_once(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    lines = mayors(count)
    read = partial(read_member_list, lines, gazetteer(), structure_only=PlaceNames(None, ()))
    bodies = entries._BODIES
    first = CountingCalls(bodies[0][1])
    with monkeypatch.context() as patch:
        patch.setattr(entries, "_BODIES", ((bodies[0][0], first, bodies[0][2]), *bodies[1:]))
        uses(monkeypatch, "_ROLE_OF", read)  # every cache cleared, then read
    assert first.calls <= count + 20  # each name's kind once; it was 1,184 for 300 names


def read_news(count: int) -> Callable[[], object]:
    """Reading `count` paragraphs of news, without the gazetteer and then with it."""
    news = (
        "The mayors of Lyon and Nantes met in Graz to agree on the next steps for clean air, "
        "safe streets and affordable housing, and the working groups reported on the year {k}."
    )
    lines = ["News", ""] + [line for k in range(count) for line in (news.format(k=k), "")]
    return partial(read_member_list, lines, gazetteer(), structure_only=PlaceNames(None, ()))


@pytest.mark.parametrize("count", [100, 200])
def test_a_running_texts_items_are_read_once_for_both_readings(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    assert uses(monkeypatch, "_PREPOSITION", read_news(count)) <= 9 * count  # it was 16


@pytest.mark.parametrize("count", [100, 200])
def test_a_running_texts_last_items_are_read_once_for_both_readings(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    """A paragraph's last items ('and the working groups reported ...') are parted at their
    first 'and' and cut at the sentence's end, and each name tried is read without its form
    words ('City of', '... Council'), once for both readings of the paragraph."""
    assert uses(monkeypatch, "_FORM_AFTER", read_news(count)) <= count + 5  # it was 6 times
    assert uses(monkeypatch, "_LEADING_CONJUNCTION", read_news(count)) <= 3 * count  # 4
    assert uses(monkeypatch, "_SENTENCE_END", read_news(count)) <= 2 * count  # 3


@dataclass(frozen=True)
class Place:
    country_code: str
    admin1: str
    population: int
    name: str


@pytest.mark.parametrize("count", [50, 100])
def test_a_names_places_are_each_folded_once_when_told_apart(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    folds = [0]

    def counting_fold(text: str) -> str:
        folds[0] += 1
        return fold(text)

    monkeypatch.setattr(inference, "fold", counting_fold)
    found = [Place("DE", "", 1000 - k, "Neustadt" if k % 2 else "Nova Ves") for k in range(count)]
    assert len(inference._main_names_first(found, "Neustadt")) == count // 2
    assert folds[0] <= count + 1  # it was twice a place: the name folded again for each


def count_calls(patch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """How often `owner.name` (a module's function, a class's method) is called from now
    on, monkeypatched over it: a list of one count, which grows with each call."""
    calls = [0]
    original = getattr(owner, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    patch.setattr(owner, name, counting)
    return calls


@pytest.mark.parametrize("count", [300, 600])
def test_city_country_lines_are_not_read_again_as_running_text(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    """A paragraph of 'City, Country' lines is the lines reader's: the running-text reader
    read it as one sentence of `count` items ('Germany Bonn 1', ...) and lost to it."""
    calls = count_calls(monkeypatch, runningtext, "_read_items")
    lines = ["Signatories", ""] + [f"{TOWNS[k % len(TOWNS)]} {k}, Germany" for k in range(count)]
    found = read_member_list(lines, gazetteer(), structure_only=PlaceNames(None, ()))
    assert found is not None
    assert (found.shape, len(found.entries)) == ("lines", count)
    assert calls[0] == 0  # it was one paragraph's items, all of them


def places_gazetteer(
    count: int,
    name: Callable[[int], str] = "Testburg {}".format,
    country: Callable[[int], str] = lambda k: "DE",
) -> Places:
    """`count` made-up places, one a name, in Germany (or `country`'s): a list of them
    needs the gazetteer for every country."""
    return Places(
        pd.DataFrame(
            {
                "geonameid": [str(k) for k in range(count)],
                "name": [name(k) for k in range(count)],
                "country_code": [country(k) for k in range(count)],
                "lat": [50.0] * count,
                "lon": [10.0] * count,
                "population": [10_000 + k for k in range(count)],
                "alternatenames": [""] * count,
            }
        )
    )


def mayors_statement(
    folder: Path, towns: list[str], places: Places
) -> tuple[store.AtlasData, ParsedStatement]:
    """An atlas of one network in `folder`, and a statement of 'Jane Doe, Mayor of X' lines
    for `towns`, read with `places` as the gazetteer."""
    (folder / "networks.csv").write_text(
        "id,name,short_name,website,colour\nscn,SCN,SCN,https://a.example,#0072B2\n"
    )
    (folder / "signatories.csv").write_text("statement_id,city,country,region\n")
    data = store.load(folder)
    page = "A Joint Statement\n\n12 March 2024\n\nSigned by:\n\n" + "\n".join(
        f"Jane Doe, Mayor of {town}" for town in towns
    )
    return data, importer.read_statement(data, page, network="scn", gazetteer=lambda: places)


@pytest.mark.parametrize("count", [200, 400])
def test_a_plan_reads_each_names_places_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, count: int
) -> None:
    """Planning a list asks the gazetteer's index for each name's places once, not once for
    its country and again for what tells two signatories apart."""
    places = places_gazetteer(count)
    data, parsed = mayors_statement(tmp_path, [f"Testburg {k}" for k in range(count)], places)
    calls = count_calls(monkeypatch, GazetteerIndex, "postings")
    plan = importer.plan_statement(
        data, parsed, network="scn", source="test", gazetteer=lambda: places
    )
    assert len(plan.signatories) == count
    assert set(plan.signatories["country"]) == {"Germany"}
    assert calls[0] <= count + 5  # it was twice a name


def test_the_places_beside_a_country_are_counted_once_a_country(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A list's open entries each ask how many of its places found are near a country; the
    answer, a sum over every country of the list, is kept for each country asked."""
    asked = [0]

    def counting_near(code: str, other: str) -> bool:
        asked[0] += 1
        return {code, other} <= {"DE", "AT", "FR"}

    monkeypatch.setattr(inference, "near", counting_near)
    beside = inference._places_beside(Counter({"DE": 3, "AT": 1, "BR": 2}))
    assert (beside("DE"), beside("BR"), beside("FR")) == (4, 2, 4)
    once = asked[0]
    assert (beside("DE"), beside("BR"), beside("FR")) == (4, 2, 4)
    assert asked[0] == once  # it was a sum over the list's countries each time


def test_another_countrys_bigger_place_of_a_name_is_found_among_its_variants_places() -> None:
    """A name that is a small place's own ('Rhodesby', Denmark) and another name of a place
    twice as big elsewhere ('Rodosia', Greece) is the list's to decide; not where the other
    place is smaller, nor where it is in the same country."""

    def places(other: int, country: str) -> Places:
        return Places(
            pd.DataFrame(
                {
                    "geonameid": ["1", "2"],
                    "name": ["Rhodesby", "Rodosia"],
                    "country_code": ["DK", country],
                    "lat": [55.0, 36.0],
                    "lon": [10.0, 28.0],
                    "population": [20_000, other],
                    "alternatenames": ["", "Rhodesby"],
                }
            )
        )

    def asked(gazetteer: Places) -> bool:
        found = inference._other_name_elsewhere(gazetteer, "Rhodesby", geocode.name_variants)
        inference._kept_populations.cache_clear()
        inference._kept_places.cache_clear()
        return found

    assert asked(places(50_000, "GR"))
    assert not asked(places(30_000, "GR"))  # not twice as big
    assert not asked(places(50_000, "DK"))  # its own country
    assert inference._by_country(places(50_000, "DK").places_named("Rhodesby")) == {
        "DK": [50_000, 20_000]
    }


@pytest.mark.parametrize("count", [100, 200])
def test_a_pages_common_words_are_found_once(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    """A page with no list is read by the place finder, by paragraphs, then for a signed
    sentence: each asks for the page's words in lower case, a pass over every line, which
    is made once."""
    prose = "The weather was fine on day {k} and everyone went outside to play in the park."
    lines = ["News", ""] + [line for k in range(count) for line in (prose.format(k=k), "")]
    found: list[object] = []

    def read() -> None:
        found.append(read_member_list(lines, gazetteer(), page=lines))

    uses(monkeypatch, "_WORD", read)  # every cache cleared first
    assert found == [None]
    assert placefinder._common_words.cache_info().misses == 1  # one pass; it was one a reader


@pytest.mark.parametrize("words", [100, 200])
def test_folding_a_line_of_accented_words_runs_no_python_code_a_word(words: int) -> None:
    """A hostile page's 68,000 short lines of accented words are each folded: each run of
    non-ASCII letters called a Python function (the transliteration, 'ó' looked up in a
    cache); now `str.translate` looks each character up in C, Python only for a character
    never seen before."""
    line = " ".join(f"Włocławek{k} Gdańsk Łódź Kraków Zürich" for k in range(words // 5))
    assert fold_afresh(line).startswith("wloclawek0 gdansk lodz krakow zurich")  # seen once
    folded: list[str] = []
    calls = python_calls(lambda: folded.append(fold_afresh(line)))
    assert folded[0].endswith(f"wloclawek{words // 5 - 1} gdansk lodz krakow zurich")
    assert calls <= 3  # fold_afresh and clean; it was one a run of accented letters


ROLE_TEXTS = [
    "The summit in Leeds, the HOST city, was signed by Sheffield and York.",
    "Signed by all members, Except Buzău, which signs in May.",
    "With Doncaster as Coordinator and Hull as co-host of the meeting.",
    "Gastgeber war die Stadt Bonn, AUSSER Graz.",
    "Signed by Lyon and Nantes; the ghost town of Graz took part too.",  # 'ghost' is no 'host'
    "Δήμος Βόλου, ΟΙΚΟΔΕΣΠΟΙΝΑ πόλη, και Πάτρα.",
    "Mayors of Aachen and Erlangen met in Potsdam to agree on the next steps.",
]


@pytest.mark.parametrize("text", ROLE_TEXTS)
def test_an_ascii_paragraph_is_searched_for_role_words_case_kept(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """A paragraph is searched for a role word ('host', 'except', 'koordinator') on each
    line of a page: the pattern's 60 words, case aside, cost some 300 µs a paragraph of
    news. An ASCII paragraph is lowered and searched with case kept, some 4 times faster,
    and so is one whose lowering is all IGNORECASE does ('Buzău'; not the Greek one); the
    answer is the case-insensitive search's, the word's case changed or not."""
    line = " ".join([text] * 4)
    venues = pagetext._VENUE_WORDS.finditer(line)  # a venue's words before a capital
    expected = pagetext._ROLE_WORDS.search(line) is not None or any(
        line[m.end() : m.end() + 1].isupper() for m in venues
    )
    for changed in (line, line.upper(), line.swapcase(), line.title()):
        assert pagetext._ROLE_WORD.found_in(changed) == (
            pagetext._ROLE_WORDS.search(changed) is not None
        )
        assert pagetext._VENUE_WORD.spans(changed) == [
            m.span() for m in pagetext._VENUE_WORDS.finditer(changed)
        ]
    assert pagetext._ROLE_WORD.case_kept.pattern == pagetext._ROLE_WORDS.pattern
    lowered = Counting(pagetext._ROLE_WORD.case_kept)
    monkeypatch.setattr(pagetext._ROLE_WORD, "case_kept", lowered)
    kept = pagetext.without_roles(line)
    assert (lowered.calls > 0) == (pagetext._FOLDED_APART.search(line) is None)
    assert (kept != line) == expected


def python_calls(ask: Callable[[], object]) -> int:
    """How many Python functions a question calls (C functions not counted)."""
    calls = [0]

    def count(frame: FrameType, event: str, arg: object) -> None:
        calls[0] += event == "call"

    sys.setprofile(count)
    try:
        ask()
    finally:
        sys.setprofile(None)
    return calls[0]


@pytest.mark.parametrize("count", [1_000, 4_000])
def test_a_gazetteer_question_searches_its_names_in_c(count: int) -> None:
    """The place finder asks the gazetteer a few thousand names a page, most of them in
    crowded buckets of names that start alike ('Testburg ...', 'San ...'): the binary
    search of a bucket called a Python function at each of its steps (13 in 4,000 names);
    now its steps are written out in one function, with no list of the bucket's names made."""
    index = places_gazetteer(count).index
    assert index.has("testburg 7")
    assert index.has_prefix("testburg 12")
    asked = python_calls(lambda: (index.has("testburg 5"), index.has_prefix("testburg 5")))
    assert index.has("testburg 5")
    assert not index.has("testburg x")
    assert index.has_prefix("te")
    assert asked <= 12  # both questions; it was 30 for 1,000 names and 34 for 4,000


SPLIT_TEXTS = [
    " Lyon AND Nantes ",
    " Signed by Aachen, Bonn und Erlangen as well as Graz ",
    " Krakow i Gdańsk og Bergen ",
    " The mayors of Lyon and Nantes met in Graz and\tBonn ",
    " Lyon · Nantes | Graz • Bonn; Aachen ",
    " Home | News › About us ",
    " Via Roma 8 – 40121 Bologna ",
    " Zwei  Leerzeichen ",
    " nothing to part here ",
]


@pytest.mark.parametrize("text", SPLIT_TEXTS)
def test_the_quick_paths_answer_as_the_patterns_do(text: str) -> None:
    """Each quick path (a lowered ASCII text searched with case kept, a pattern searched
    only where a character it needs is) gives the pattern's own answer, in any case."""
    for changed in (text, text.upper(), text.swapcase(), text.title()):
        for maxsplit in (0, 1):
            expected = runningtext._CONJUNCTION.split(changed, maxsplit)
            assert runningtext._split_conjunctions(changed, maxsplit) == expected
        assert placefinder._split_items(changed) == placefinder._ITEM_SEPARATOR.split(changed)
        assert pagetext.is_address(changed) == (
            "\t" not in changed
            and any(not m[1].islower() for m in pagetext._POSTCODE.finditer(changed))
        )  # a postcode before a town's name, never before a word in lower case
        assert statements._menu_like(changed) == bool(statements._MENU.search(changed.strip()))
        for size in range(len(changed)):
            prefix = changed[:size]
            folded = fold(prefix)
            slow = any(w.startswith(folded) or folded.startswith(w) for w in geocode._PREFIX_WORDS)
            assert geocode.may_lose_prefix(prefix) == slow


def test_a_page_of_news_is_not_searched_case_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    """The place finder and the running-text reader part each ASCII sentence on its
    conjunctions ('and', 'und', 'og' ...: 20 words, case aside, some 10 µs a piece); they
    split it lowered with case kept. A paragraph of news is not searched for a postcode
    or a menu's separators, having none of their characters."""
    prose = (
        "The mayors of Lyon and Nantes met in Graz to agree on the next steps for clean air, "
        "safe streets and affordable housing, and the working groups reported on the year."
    )
    lines = ["News", "", "12 March 2024", ""] + [prose, ""] * 50
    counters = {
        name: CountingCalls(vars(module)[name])
        for module, name in ((runningtext, "_CONJUNCTION"), (pagetext, "_POSTCODE"))
    }
    menu = CountingCalls(statements._MENU)
    with monkeypatch.context() as patch:
        for name, counter in counters.items():
            patch_reader(patch, name, counter)
        patch.setattr(statements, "_MENU", menu)
        statements.parse_page("\n".join(lines), places=gazetteer())
    assert [c.calls for c in counters.values()] == [0, 0]  # 250 and 105 before
    assert menu.calls <= 1  # 53 before: a line a paragraph


@pytest.mark.parametrize("count", [300, 600])
def test_a_pages_furniture_pass_makes_no_python_call_a_line(count: int) -> None:
    """The page's furniture pass (menus, repeated lines, single words, runs of short lines)
    cleaned each line, looked for a menu's characters and counted its words twice, five
    Python calls a line (0.2 s of a page of 68,000 short lines); now the page's lines are
    cleaned and their words counted at once, and only a line with a menu's character is
    searched for a menu."""
    prose = [f"Włocławek {k} and Gdańsk signed the statement." for k in range(count)]
    lines = ["Home | News › About us", "Eurocities", "Mayors stand together for clean air",
             "Share this page", "Lyon\tFrance\t2019", *prose,
             "Facebook", "X", "E-mail", "Eurocities"]  # fmt: skip
    statements._furniture_lines(lines[:9])  # what a process does once (Counter's checks)
    found: list[set[int]] = []
    calls = python_calls(lambda: found.append(statements._furniture_lines(lines)))
    end = 5 + count
    assert found[0] == {0, 1, 3, end, end + 1, end + 2, end + 3}
    assert calls <= 30  # as many for 300 lines as for 600: it was five a line


def test_a_pages_lines_are_cleaned_and_counted_as_one_at_a_time() -> None:
    lines = ["  Zürich\u00a0 Genève ", "\u0301Cafe\u0301", "e\u0301", "\uf900 東京都 横浜市",
             "Lyon\tFrance", "", " ", "ไทย กรุงเทพ", "Łódź\u2003\u2003Kraków"]  # fmt: skip
    assert clean_lines(lines) == [clean(line) for line in lines]
    assert clean_lines(["a\nb", "c"]) == [clean("a\nb"), "c"]
    texts = [clean(line) for line in lines]
    assert statements.word_counts(texts) == [statements.word_count(t) for t in texts]
    assert statements.word_counts(texts[:3]) == [2, 1, 1]


def one_word(k: int) -> str:
    """A made-up place's name of one word ('Testburgbad'), as an inflected name may be."""
    return "Testburg" + "".join("bcdfghklmnprstvz"[int(d, 16)] for d in f"{k:x}")


@pytest.mark.parametrize("count", [200, 400])
def test_a_plan_weighs_each_names_places_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, count: int
) -> None:
    """Planning a list without countries weighed each name's places (its own name first,
    `_main_names_first`) twice: for the list's country (`uninflected`), then for the
    entry's; now once a name and plan."""
    places = places_gazetteer(count, one_word)
    data, parsed = mayors_statement(tmp_path, [one_word(k) for k in range(count)], places)
    calls = count_calls(monkeypatch, inference, "_main_names_first")
    for _ in range(2):  # each plan weighs its own names
        calls[0] = 0
        plan = importer.plan_statement(
            data, parsed, network="scn", source="test", gazetteer=lambda: places
        )
        assert len(plan.signatories) == count
        assert set(plan.signatories["country"]) == {"Germany"}
        assert calls[0] <= count + 5  # it was twice a name
    assert all(is_latin(name) for name in ("Testburg", "Zürich", ""))
    assert not any(is_latin(name) for name in ("Καβάλα", "Zürich Καβάλα"))


def test_a_world_list_after_mayors_titles_reads_no_case_forms(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A list of 'Jane Doe, Mayor of X' whose places are in four countries has no country
    of its own; its names follow a title that takes no genitive ('Mayor of', unlike
    'Prezydent Miasta'), so no entry's case forms are read to look for one (they were, every
    entry's: a third of planning 10,000 such lines), and each place keeps its country."""
    countries = ("DE", "FR", "IT", "ES")
    places = places_gazetteer(80, one_word, lambda k: countries[k % 4])
    data, parsed = mayors_statement(tmp_path, [one_word(k) for k in range(80)], places)
    calls = count_calls(monkeypatch, inference, "inflected_readings")
    plan = importer.plan_statement(
        data, parsed, network="scn", source="test", gazetteer=lambda: places
    )
    assert list(plan.signatories["country"][:4]) == ["Germany", "France", "Italy", "Spain"]
    assert calls[0] == 0  # it was 80: each entry's case forms, for no list country


@pytest.mark.parametrize("count", [3_000, 6_000])
def test_blank_and_hidden_lines_cost_the_readers_no_python_call(count: int) -> None:
    """A share block's lines are hidden from the readers as blank lines: the page of 68,000
    short lines is one such block, and each reader cleaned, classified or asked for roles
    and prose each of its blank lines, some twelve Python calls a line (0.1 s of that
    page); now a blank line is passed over."""
    head = ["Mayors stand together", "12 March 2024", "", "We stand together.", ""]
    found: list[object] = []

    def calls(blank: int) -> int:
        lines = [*head, *[""] * blank, "Log"]
        read = partial(read_member_list, lines, gazetteer(), structure_only=PlaceNames(None, ()))
        read()  # what a process does once
        return python_calls(lambda: found.append(read()))

    assert calls(count) <= calls(1) + 50  # it was 36,552 for 3,000 blank lines, 1,000 for one
    assert found == [None, None]


def test_a_part_without_a_capital_is_not_parted_into_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph with a role word ('met in') loses the parts of its sentences that name
    no place of their own: each was parted into words to look for a capital one (`_names`,
    some 3 µs a part, twice a sentence of news); a part with no capital letter is not."""
    news = (
        "The mayors of Lyon and Nantes met in Graz to agree on the next steps for clean air, "
        "safe streets and affordable housing, and the working groups reported on the year. "
        "Delegations from Bonn described their plans. "
    )
    word = CountingCalls(pagetext._WORD)
    patch_reader(monkeypatch, "_WORD", word)
    kept = pagetext.without_roles(news * 4)
    assert kept.split() == "Delegations from Bonn described their plans.".split() * 4
    assert word.calls == 0  # it was 8: twice a sentence with a role word
    assert pagetext._names("the host city, with Leeds")
    assert not pagetext._names("Leeds, the host city")


class CountingTable(dict[int, Any]):
    """A translation table that counts the characters looked up in it."""

    calls = 0

    def __getitem__(self, code: int) -> Any:
        self.calls += 1
        return super().__getitem__(code)


def test_a_page_without_full_width_characters_is_not_translated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """East Asian punctuation and full-width letters are read as their ASCII forms, each
    line translated (some 0.04 s a megabyte of accented text); a page with none of them
    (one search of it) is read as it is."""
    towns = [f"• Jane Doe{k}, Mayor of Kraków {k}" for k in range(300)]
    page = "\n".join(["Mayors stand together", "12 March 2024", "", "Signatories", *towns])
    table = CountingTable(statements._HALF_WIDTH)
    monkeypatch.setattr(statements, "_HALF_WIDTH", table)
    statements.parse_page(page, places=gazetteer())
    assert table.calls == 0  # it was each character of each non-ASCII line: 9,990
    statements.parse_page(page.replace("Signatories", "Signatories："), places=gazetteer())
    assert table.calls > 20 * len(towns)  # a wide colon: every line translated as before
    assert set(table) == {c for c in range(0x110000) if statements._FULL_WIDTH.match(chr(c))}


@pytest.mark.parametrize(
    ("answers", "share", "expected", "asked"),
    [
        ([True] * 6 + [False] * 2, Fraction(3, 4), True, 6),  # sure once 6 of 8 held
        ([False] * 3 + [True] * 7, Fraction(3, 4), False, 3),  # sure once 3 of 10 failed
        ([True] * 4 + [False], Fraction(4, 5), True, 4),  # exactly the share: 4 of 5
        ([True] * 3 + [False] * 2, Fraction(4, 5), False, 5),
        ([], Fraction(3, 4), True, 0),
    ],
)
def test_a_share_is_asked_of_items_only_until_it_is_sure(
    answers: list[bool], share: Fraction, expected: bool, asked: int
) -> None:
    questions: list[int] = []

    def holds(k: int) -> bool:
        questions.append(k)
        return answers[k]

    assert mostly(holds, range(len(answers)), share) is expected
    assert len(questions) == asked


def _lettered(k: int) -> str:
    """A made-up town's name for `k`, in letters only ('Aburg', 'Baburg'): no figure."""
    letters = ""
    while True:
        k, digit = divmod(k, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[digit]
        if not k:
            return f"{letters.capitalize()}burg"


@pytest.mark.parametrize("count", [120, 240])
def test_a_list_of_lines_asks_a_quarter_of_them_whether_they_are_a_tables_cells(
    count: int,
) -> None:
    """A block of 'Town, Country' lines, no table copied one cell a line (`cell_rows`): a
    column of places is looked for first, which fails after a quarter of each column's
    cells; a column without one was looked for first, asking every cell of the first."""
    asked: list[str] = []

    def is_place(name: str) -> bool:
        asked.append(name)
        return False

    lines = [f"{_lettered(k)}, Germany" for k in range(count)]
    assert pagetext.cell_rows(lines, PlaceNames(is_place)) == lines
    assert 0 < len(asked) <= count // 3


RUNNING_LINES = [
    "Annual report 2023 · Healthy Cities 17\n\nLyon\nNantes\nGraz\nBonn\nBern\n\n18 Healthy "
    "Cities · Annual report 2023\nAachen",
    "Joint Declaration 2024      Page 2 of 4\n3\n \n7 \n\t12\tfigures 12/14\nSeite 3 von 4",
    "\n\n19\n\nAnnex I: Signatories 2/2\n   \nLeeds 1\nYork 2",
    "no figure here\nnor here",
]


@pytest.mark.parametrize("text", RUNNING_LINES)
def test_running_line_patterns_tried_at_their_lines_find_what_finditer_does(text: str) -> None:
    """A page break's patterns, tried only where their lines may start (a line that ends
    in a figure, a blank one over it, one that starts with a figure), find what a search
    of the whole page finds."""
    figured = pagetext.figure_ending_lines(text)
    for pattern, starts in (
        (pagetext._PAGE_LABEL, figured),
        (pagetext._NUMBERED_LINE, figured),
        (pagetext._PAGED_LINE, pagetext._paged_line_starts(text, figured)),
    ):
        found = pagetext.matches_at(pattern, text, starts)
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


class ReadCharacters:
    """A line-anchored pattern that counts the characters it is given to search from where
    it is tried: the whole text after `pos` for a search, the line at `pos` for a match
    (its look-ahead reads no further; `_PAGED_LINE` reads on into the next line only
    from a blank one)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def finditer(self, text: str, pos: int = 0) -> Any:
        self.read += len(text) - pos
        return self.pattern.finditer(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        end = text.find("\n", pos + 1)
        self.read += (len(text) if end < 0 else end) - pos
        return self.pattern.match(text, pos)


@pytest.mark.parametrize("count", [300, 600])
def test_a_page_break_is_looked_for_only_on_lines_with_a_figure(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    """A page break's three patterns each looked ahead through every line of the page for
    a figure at its end (0.12 s of a megabyte of news); now they are tried only at the
    lines that end or start in one, found by one search: as much read for 600 lines of
    prose as for 300."""
    prose = "The mayors of Lyon and Nantes met in Graz to agree on the next steps for clean air."
    lines = ["Report 2024 · Cities 1", *[prose] * count, "2 Cities · Report 2024", "", "Lyon"]
    counters = {name: ReadCharacters(getattr(pagetext, name)) for name in PAGE_BREAK_PATTERNS}
    with monkeypatch.context() as patch:
        for name, counter in counters.items():
            patch.setattr(pagetext, name, counter)
        out = pagetext.page_breaks(lines)
    assert out == pagetext.page_breaks(lines)
    assert sum(c.read for c in counters.values()) <= 200  # 3 patterns, 2 lines: it was all


PAGE_BREAK_PATTERNS = ("_PAGE_LABEL", "_NUMBERED_LINE", "_PAGED_LINE")


def test_a_tables_entries_do_not_read_the_pages_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """A list's names alone on their lines may be words of the page's language (a heading:
    `_without_page_words`), which a pass over every line finds (0.09 s of a megabyte of
    news); a table's rows are no names alone, and the pass is not made for them."""
    rows = [f"{town}\tGermany\t2019\tSolar" for town in TOWNS]
    passes = [0]
    common_words = listreader.common_words

    def counting(lines: list[str]) -> frozenset[str]:
        passes[0] += 1
        return common_words(lines)

    monkeypatch.setattr(listreader, "common_words", counting)
    for lines, made in ((["Members", "", *rows], 0), (["Members", "", *TOWNS], 1)):
        passes[0] = 0
        found = read_member_list(lines, gazetteer())
        assert found is not None
        assert [e.city for e in found.entries] == TOWNS
        assert passes[0] == made


class CountingSearch:
    """A `LoweredSearch` that counts the texts it is asked about (monkeypatched over one)."""

    def __init__(self, search: pagetext.LoweredSearch) -> None:
        self.search, self.calls = search, 0

    def found_in(self, text: str) -> bool:
        self.calls += 1
        return self.search.found_in(text)

    def spans(self, text: str) -> list[tuple[int, int]]:
        self.calls += 1
        return self.search.spans(text)


def test_a_paragraph_without_role_words_is_not_searched_for_them_part_by_part(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A paragraph that names where its signers met ('met in Graz') loses its parts that
    name a role: each part between commas was searched for role words (some 100 words)
    though the paragraph has none (0.1 s of a megabyte of news); a part can hold one only
    where its paragraph does, so the paragraph is searched once. Where it has one, its
    parts are searched as before."""
    news = (
        "The mayors of Lyon and Nantes met in Graz to agree on the next steps for clean air, "
        "safe streets and affordable housing, and the working groups reported on the year. "
        "Delegations from Bonn described their plans. "
    )
    hosted = "Signed in Leeds, the host city, by Sheffield, York and Hull, with Doncaster."
    role = CountingSearch(pagetext._ROLE_WORD)
    monkeypatch.setattr(pagetext, "_ROLE_WORD", role)
    kept = " Delegations from Bonn described their plans."
    assert pagetext.without_roles(news * 4) == " ".join([kept] * 4)  # 'met in Graz' goes
    assert role.calls == 1  # it was 1 + 16, a search a part
    role.calls = 0
    assert pagetext.without_roles(hosted) == "by Sheffield, York and Hull, with Doncaster."
    assert role.calls == 1 + 5  # the paragraph, then each of its parts


def test_a_part_without_a_capital_is_not_searched_for_a_venue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A paragraph that says where its signers met ('met in Graz') has each part between
    commas searched for the venue's words before a capital; a part with no capital letter
    ('safe streets and affordable housing') can name no venue, so it is not searched: a
    part's search in 16 paragraphs' parts of a megabyte of news, 8 now."""
    news = (
        "The mayors of Lyon and Nantes met in Graz to agree on the next steps for clean air, "
        "safe streets and affordable housing, and the working groups reported on the year. "
        "Delegations from Bonn described their plans. "
    )
    venue = CountingSearch(pagetext._VENUE_WORD)
    monkeypatch.setattr(pagetext, "_VENUE_WORD", venue)
    kept = " Delegations from Bonn described their plans."
    assert pagetext.without_roles(news * 4) == " ".join([kept] * 4)  # 'met in Graz' goes
    assert venue.calls == 1 + 8  # it was 1 + 16: the paragraph, then each of its parts


def test_an_ascii_word_is_tried_for_no_glued_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """A body whose form is glued to its place's name is written in a script without
    spaces ('屏東縣'): a one-word name in ASCII ('Aarhus', most of a list's names, each
    asked `body_kind`) tries none of their patterns."""
    tried: list[str] = []

    class Counting:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def match(self, word: str) -> re.Match[str] | None:
            tried.append(word)
            return self.pattern.match(word)

    glued = tuple((kind, Counting(pattern)) for kind, pattern in entries._GLUED_BODIES)
    monkeypatch.setattr(entries, "_GLUED_BODIES", glued)
    assert entries._glued_body("Aarhus") is None
    assert not tried
    assert entries._glued_body("屏東縣") == ("county", "屏東")
    tried.clear()
    assert entries._glued_body("Zürich") is None
    assert tried == ["Zürich"] * len(glued)  # not ASCII: each pattern tried, as before


def test_a_lists_role_is_read_for_its_genitive_once() -> None:
    """Whether a role names its place in the genitive ('Mayor of ' does not, 'primátor
    města ' does) is asked of each line of a list of 'Name, Mayor of X': once a distinct
    role's text, then kept."""
    entries._role_is.cache_clear()
    for line in (
        "Jane Doe, Mayor of Aachen",
        "Jan Roe, Mayor of Bonn",
        "Eva Malá, primátor města Brna",
    ):
        role = entries._role_in(line)
        assert role is not None
        assert entries.names_in_genitive(role) == ("města" in line)
    assert entries._role_is.cache_info().misses == 2


def test_a_page_without_a_marks_letters_is_not_searched_for_a_mark_after_a_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A signature's mark after a name ('Kiss Anna s.k.') is searched for after every
    letter of a page: only where a search of the page's stops and brackets finds what such
    a mark holds; a page with one reads as before."""
    after = CountingCalls(pagetext._SIGNATURE_MARK_AFTER)
    monkeypatch.setattr(pagetext, "_SIGNATURE_MARK_AFTER", after)
    plain = ["Jane Doe, Mayor of Aachen", "Signed in Bonn (Germany).", "Eva Malá s. r. o."]
    assert pagetext.without_signature_marks(plain) is plain
    assert after.calls == 0
    marked = ["Kiss Anna s.k.", "Baja Tamás, v. r.", "Jane Doe (signed)", "gez. Anna Weber"]
    assert pagetext.without_signature_marks(marked) == [
        "Kiss Anna",
        "Baja Tamás",
        "Jane Doe",
        "Anna Weber",
    ]
    assert after.calls == 1


def test_a_city_and_its_country_ask_for_one_country(monkeypatch: pytest.MonkeyPatch) -> None:
    """How many names a line of two fields holds beyond one (`_more_names`, asked of each
    line of a page) is none where its last is a country: its first is not asked."""
    asked = count_calls(monkeypatch, listreader, "find_country")
    assert listreader._more_names("Aarhus, Denmark") == 0
    assert asked == [1]
    assert listreader._more_names("Arnhem, Ede, Tiel") == 2
    assert listreader._more_names("Arnhem, Ede") == 1
    assert asked == [1 + 3 + 2]  # 'Ede' no country: 'Arnhem' asked too


def test_a_list_whose_first_two_items_start_apart_has_no_lead_read() -> None:
    """A running text's items are searched for the words they all start with (a frame:
    'Thành phố Hà Nội, Thành phố Huế, ...'): where the first two start apart, none is
    shared, and the other items (10,000 in a long list) are not parted into words."""
    parted: list[str] = []

    class Item(str):
        def split(self, sep: str | None = None, maxsplit: int = -1) -> list[str]:
            parted.append(str(self))
            return str(self).split(sep, maxsplit)

    assert runningtext._shared_lead(["Aarhus", "Bergen", Item("Oslo"), Item("Turku")]) == ""
    assert parted == []
    framed = ["Thành phố Hà Nội", "Thành phố Huế", Item("Thành phố Đà Nẵng")]
    assert runningtext._shared_lead(framed) == "Thành phố"
    assert parted == ["Thành phố Đà Nẵng"]  # a shared start: every item read, as before


@pytest.mark.parametrize("breaks", [200, 400])
def test_a_pdf_copys_repeated_table_heads_cost_a_line_each_not_a_page_each(
    monkeypatch: pytest.MonkeyPatch, breaks: int
) -> None:
    """Finding a table's head printed again under each page break gathered the lines above
    each break from the page's start (quadratic in the breaks); now they are gathered once,
    break by break: twice the breaks, twice the lines cleaned, and every head still hidden."""
    head = "Town\t\tRegion\t\tMayor"
    lines = [head]
    for k in range(breaks):
        lines += [
            f"{TOWNS[k % len(TOWNS)]}\t\tRegion {k}\t\tJane Doe{k}",
            pagetext.PAGE_BREAK,
            head,
        ]
    cleaned = [0]

    def counting_clean(text: str) -> str:
        cleaned[0] += 1
        return clean(text)

    with monkeypatch.context() as patch:
        patch.setattr(pagetext, "clean", counting_clean)
        out = pagetext.without_repeated_heads(lines)
    assert out.count(head) == 1
    assert out.count(pagetext.PAGE_BREAK) == 2 * breaks
    assert cleaned[0] <= 3 * len(lines)  # a line above each break once, a line after it once

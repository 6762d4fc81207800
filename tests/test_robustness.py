"""Bad input fails clearly; property-based tests for the parser and the country names."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
import pycountry
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from geo.cli import main
from geo.countries import country_code
from geo.data import checks, csvfiles, statementfiles, store, transactions
from geo.data.journal import LOCK_NAME
from geo.errors import ParseError, UnknownCountryError
from geo.geocoding import geocode
from geo.geocoding.geocode import Gazetteer
from geo.importing import importer
from geo.importing.entries import PlaceNames
from geo.importing.pagetext import _ROLE_WORDS
from geo.importing.statements import MAX_PAGE_BYTES, decode_page, parse_page, read_page
from geo.maps import exports
from geo.text import clean, fold
from tests.atlases import statement_networks
from tests.conftest import LIST_COUNT, LIST_PAGE
from tests.test_transactions import data_files, hidden_files, plan_for

T = TypeVar("T")
_CONJUNCTIONS = re.compile(
    r"\s(and|&|und|et|e|ed|y|i|og|och|en|ja|és|ve|si|și|ir|dan|oraz|và|και|та|і|и)\s",
    re.IGNORECASE,
)  # the reader's words for 'and' (runningtext._CONJUNCTION)
# as inflection._GLUED_FORMS: a body's form alone ('县', county; '특별자치시', a special
# self-governing city)
_FORM_WORDS = frozenset(
    ("특별자치시", "특별자치도", "특별시", "광역시", "특례시", *"市町村区府県县縣郡시군구도")
)
COUNTRIES = ["Norway", "France", "USA", "UK", "Kosovo", "The Netherlands", "Côte d'Ivoire"]
city_names = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp"), blacklist_characters=";:(),\n\r"
    ),  # a comma parts a place from a region or a person ('Ab, cd'); format characters
    # (bidirectional isolates) are taken out of a page as unsafe
    min_size=1,
    max_size=30,
).filter(
    lambda s: (
        clean(s)
        and fold(s)
        and not _CONJUNCTIONS.search(f" {clean(s)} ")  # 'Lyon and Grenoble (France)' is two cities
        and clean(s).strip(",;:.- ") == clean(s)  # punctuation around an item is the list's
        # ('- 0' is a bullet and a 0)
        # a name of digits, or of two capitals, is no place: the reader takes 'ON', 'IL', 'DO'
        # for a state's or province's code (Hypothesis found 'DO (Norway)' read as '(Norway)')
        and not re.fullmatch(r"\d+|[A-Z]{2}", clean(s))
        and _ROLE_WORDS.search(s) is None  # 'HOST', 'COORDENAD': a host's or coordinator's
        and clean(s) not in _FORM_WORDS  # a body's word alone ('县', county) names no place
    )
)


@given(st.lists(st.tuples(city_names, st.sampled_from(COUNTRIES)), min_size=2, max_size=20))
@example([("FROM", "Norway"), ("A", "Norway")])  # a name that is a preposition: no preposition
@example([("A", "Norway"), ("FROM", "Norway")])
@example([("®", "Norway"), ("A¹", "Norway")])  # a mark with no footnote on the page is the name's
@settings(max_examples=150, deadline=None, derandomize=True)  # the same names at every run:
# random ones meet the reader's words now and then ('COORDENAD' is a role word's start)
def test_a_written_member_list_reads_back(entries: list[tuple[str, str]]) -> None:
    unique = list({(fold(c), country_code(n)): (c, n) for c, n in entries}.values())
    if len(unique) < 2:
        return
    items = [f"{city} ({country})" for city, country in unique]
    text = "Title\n1 May 2020\n\nSigned by: " + "; ".join(items[:-1]) + f"; and {items[-1]}."
    parsed = parse_page(text).members
    assert parsed is not None
    assert [(m.city, m.country) for m in parsed.entries] == [(clean(c), n) for c, n in unique]


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_text_parses_or_fails_with_a_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError, UnknownCountryError):
        parse_page(text)


_PLACES = frozenset({"Lyon", "Lille", "Nantes", "Kraków", "成都市", "Aarhus"})
_PIECES = [*sorted(_PLACES), ",", ", ", "，", "、", ";", " and ", " und ", ". ", "。", " (France)",
           "(", ")", " the mayors of ", "Mayor of ", "Jane Doe", "\n", "\n\n", ": ", "Signed by",
           "• ", "1. ", "2024", " joined", "\t", " – "]  # fmt: skip


@given(
    st.lists(st.sampled_from(_PIECES), max_size=40).map(
        lambda pieces: "A title\n\n1 May 2024\n\n" + "".join(pieces)
    )
)
@example(
    "A title\n\n1 May 2024\n\n, Lyon, Lille, Nantes and Aarhus joined."
)  # a paragraph that opens with
@settings(max_examples=300, deadline=None)  # its separator (its sentence's start cut off)
def test_any_text_of_places_and_separators_parses_or_fails_with_a_parse_error(text: str) -> None:
    """Random text has few places and separators: these texts are made of them, so that
    every reader (lines, running text, tables, blocks) meets its odd cases."""
    with contextlib.suppress(ParseError, UnknownCountryError):
        parse_page(text, places=PlaceNames(members=_PLACES))


@given(st.sampled_from(list(pycountry.countries)), st.sampled_from(["name", "alpha_2", "alpha_3"]))
@settings(deadline=None)  # what it answers, not how fast: a busy machine pauses
def test_every_iso_name_and_code_is_known(country: object, attribute: str) -> None:
    name = getattr(country, attribute)
    assert country_code(name) == country.alpha_2  # type: ignore[attr-defined]
    assert country_code(f"  {name.upper()} ") == country.alpha_2  # type: ignore[attr-defined]


@given(st.text(max_size=40))
@settings(deadline=None)
def test_any_country_name_is_a_code_or_an_unknown_country_error(name: str) -> None:
    try:
        code = country_code(name)
    except UnknownCountryError as exc:
        message = str(exc)
        assert repr(clean(name)) in message
    else:
        assert len(code) == 2


def test_a_page_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "huge.txt"
    page.write_bytes(b"x" * (MAX_PAGE_BYTES + 1))
    with pytest.raises(ParseError, match="more than the"):
        read_page(page)


def test_a_missing_page_is_named(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match=r"nope\.txt"):
        read_page(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    ("file", "content", "message"),
    [
        ("networks.csv", "", "is empty"),
        ("networks.csv", "id,name,short_name,website,colour,extra\n", "unexpected extra"),
        ("signatories.csv", "statement_id,city\n", "missing country, region"),
        ("signatories.csv", "statement_id,city,country,region\nx,Oslo\n", ":2: has 2 fields"),
        ("places.csv", "key,city\n", "places.csv:1: header"),
    ],
)
def test_broken_data_files_are_named_and_the_rest_loads(
    bundled_data_copy: Path, file: str, content: str, message: str
) -> None:
    (bundled_data_copy / file).write_text(content)
    data = store.load(bundled_data_copy)
    assert [p for p in data.problems if message in p and file in p] != []
    whole = store.load(statement_networks())
    for name in ("networks", "statements", "signatories", "places"):
        if f"{name}.csv" != file:  # the other files load as they are
            assert len(getattr(data, name)) == len(getattr(whole, name))


def test_places_whose_coordinates_are_not_numbers_are_named_and_left_out(
    bundled_data_copy: Path,
) -> None:
    path = bundled_data_copy / "places.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[0, "lat"] = "north"
    frame.loc[2, ["lat", "lon"]] = ["x", "1.5.2"]
    frame.to_csv(path, index=False)
    data = store.load(bundled_data_copy)
    first, third = frame.loc[0, "key"], frame.loc[2, "key"]
    assert data.problems == [  # in the order of the lines (the header is line 1)
        f"{path}:2: lat 'north' of {first!r} is not a number; that line is left out",
        f"{path}:4: lat 'x' of {third!r} is not a number; that line is left out",
        f"{path}:4: lon '1.5.2' of {third!r} is not a number; that line is left out",
    ]
    assert list(data.places["key"]) == [k for k in frame["key"] if k not in (first, third)]
    assert data.places["lat"].dtype == float


def die_at(step: int, work: Callable[[], object]) -> bool:
    """Run `work` in a child process that SIGKILLs itself at its `step`th fsync, rename or
    delete. Whether it was killed (else it ran to its end, or failed: both end the child)."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            calls = 0
            for name in ("fsync", "replace", "unlink"):
                real = getattr(os, name)

                def dying(*args: object, _real: Any = real) -> object:
                    nonlocal calls
                    calls += 1
                    if calls == step:
                        os.kill(os.getpid(), signal.SIGKILL)
                    return _real(*args)

                setattr(os, name, dying)
            work()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def killed_at_each_step(
    root: Path, pristine: Path, work: Callable[[], object], outcome: Callable[[], T]
) -> list[T]:
    """From a fresh copy of `pristine` each time, kill `work` at its first, second, ... fsync,
    rename or delete, until it runs to its end. After each, a reader's load writes nothing,
    its check passes, and it sees what the next writer then leaves (the writer finishes or
    discards the save, and finds nothing else left over). The `outcome` after each writer,
    in order."""
    seen = []
    for step in range(1, 100):
        shutil.rmtree(root)
        shutil.copytree(pristine, root)
        killed = die_at(step, work)
        left = listing(root)
        read = store.load(root)
        assert listing(root) == left, step
        assert checks.check(read) == [], step
        with transactions.transaction(root):
            pass
        assert hidden_files(root) == [LOCK_NAME], step
        assert as_read(store.load(root)) == as_read(read), step
        seen.append(outcome())
        if not killed:
            return seen
    raise AssertionError("the work was still running at its 99th step")


def listing(root: Path) -> dict[str, tuple[int, int, int]]:
    """Every file and folder under `root` (hidden ones too), with its inode, size and mtime."""
    return {
        str(p.relative_to(root)): (s.st_ino, s.st_size, s.st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if (s := p.lstat())
    }


def as_read(data: store.AtlasData) -> list[str]:
    """What a reader sees of a data directory: each table, as CSV."""
    tables = (data.networks, data.statements, data.signatories, data.members, data.places)
    return [table.to_csv() for table in tables]


def cli(*args: str) -> Callable[[], object]:
    """A CLI command as a user types it (after `python -m geo`), run in this process."""
    return lambda: main(list(args), standalone_mode=False)


def old_then_new(seen: list[T], old: T, new: T) -> None:
    """Each outcome is the old state or the new one: old until the commit point, new from
    then on, and each seen (a kill before the commit point, and a run to the end)."""
    assert all(outcome in (old, new) for outcome in seen), seen
    assert seen[-1] == new  # not killed: the work ran to its end
    commit = seen.index(new)
    assert seen[commit:] == [new] * (len(seen) - commit), seen
    assert commit > 0, seen  # killed before the commit point at least once


def test_killing_the_importer_leaves_the_old_state_or_the_new_one(
    bundled_data_copy: Path, tmp_path: Path
) -> None:
    """Kill import-statement at each of its fsyncs, renames and deletes in turn: the
    statement file and its signatories are both there or both not, and check passes."""
    pristine = tmp_path / "pristine"
    shutil.copytree(bundled_data_copy, pristine)
    added = bundled_data_copy / "statements" / "2017-03-21-renamed.md"

    def outcome() -> tuple[int, bool]:
        signatories = store.load(bundled_data_copy).signatories
        return int((signatories["statement_id"] == added.stem).sum()), added.exists()

    command = cli(
        "--data-dir", str(bundled_data_copy),
        "import-statement", str(LIST_PAGE), "--network", "scn", "--title", "Renamed",
    )  # fmt: skip
    seen = killed_at_each_step(bundled_data_copy, pristine, command, outcome)
    old_then_new(seen, (0, False), (LIST_COUNT, True))


def test_a_save_killed_at_any_step_leaves_the_old_state_or_the_new_one(
    bundled_data_copy: Path, tmp_path: Path, tiny_gazetteer: Gazetteer
) -> None:
    """Kill a save of a statement, its signatories and its places (three files) at each of
    its steps in turn (every fsync, rename and delete): the next load sees all three files
    old, or all three new, and the next writer finds nothing left over."""
    pristine = tmp_path / "pristine"
    shutil.copytree(bundled_data_copy, pristine)
    old = data_files(pristine)
    plan = plan_for(pristine, 0)
    places = geocode.resolve_offline(
        importer.new_places(store.load(pristine), plan),
        tiny_gazetteer,
        pd.DataFrame(columns=list(csvfiles.OVERRIDE_COLUMNS)),
    )
    importer.save_statement(bundled_data_copy, plan, places=places)
    new = data_files(bundled_data_copy)
    assert {name for name in new if old.get(name) != new[name]} == {
        f"statements/{plan.statement_id}.md", "signatories.csv", "places.csv",
    }  # fmt: skip
    seen = killed_at_each_step(
        bundled_data_copy,
        pristine,
        lambda: importer.save_statement(bundled_data_copy, plan, places=places),
        lambda: data_files(bundled_data_copy),
    )
    old_then_new(seen, old, new)
    assert seen.count(old) > 3
    assert seen.count(new) > 3


def test_killing_the_geocoder_never_leaves_a_broken_table(
    bundled_data_copy: Path, tmp_path: Path
) -> None:
    """Kill geocode at each of its fsyncs, renames and deletes in turn: places.csv is
    absent (as before) or whole, and loads."""
    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_text(
        "geonameid,name,country_code,lat,lon,population,alternatenames\n"
        "1,Oslo,NO,59.91,10.75,700000,\n"
    )
    whole = len(store.load(bundled_data_copy).places)
    pristine = tmp_path / "pristine"
    shutil.copytree(bundled_data_copy, pristine)
    (pristine / "places.csv").unlink()
    seen = killed_at_each_step(
        bundled_data_copy,
        pristine,
        cli("--data-dir", str(bundled_data_copy), "geocode", "--gazetteer", str(gazetteer)),
        lambda: len(store.load(bundled_data_copy).places),
    )
    old_then_new(seen, 0, whole)


@pytest.mark.parametrize("title", ["../../etc/passwd", "..\\..\\x", "/abs/path", "a/../../b", "  "])
def test_statement_ids_cannot_escape_the_data_directory(title: str) -> None:
    sid = statementfiles.statement_id(dt.date(2020, 1, 2), title)
    assert re.fullmatch(r"2020-01-02-[a-z0-9-]+", sid)


def test_csv_exports_neutralise_formulas() -> None:
    frame = pd.DataFrame(
        {
            "city": ["=HYPERLINK(1)", "+1", "-cmd", "@SUM(A1)", "Oslo"],
            "lat": [1.0, -2.0, 3.0, 4.0, 5.0],
        }
    )
    safe = exports.spreadsheet_safe(frame)
    assert list(safe["city"]) == ["'=HYPERLINK(1)", "'+1", "'-cmd", "'@SUM(A1)", "Oslo"]
    assert list(safe["lat"]) == [1.0, -2.0, 3.0, 4.0, 5.0]


def test_uploaded_bytes_over_the_limit_are_refused() -> None:
    with pytest.raises(ParseError, match="more than the"):
        decode_page(b"a" * (MAX_PAGE_BYTES + 1))

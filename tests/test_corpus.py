"""The statement corpus (tests/corpus): its invariants, and the pages the importer reads today.

The corpus measures the importer (benchmarks/corpus.py); these tests keep it sound: every page
has its expected file and manifest row, every expected city is a GeoNames place in that
country (bodies that are not cities are noted in unlisted.csv), the kinds and languages are
covered, the pages stay small. The pages listed in passing.txt must keep importing exactly.
"""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import corpus
from geo.geocoding.geocode import Gazetteer, load_geonames

FOLDER = corpus.CORPUS
README = FOLDER / "README.md"
PAGES = corpus.load_corpus()
LANGUAGES = {"en", "fr", "de", "es", "it", "pt", "nl", "pl"}
NORDIC = {"sv", "da", "no", "fi"}


def _vocabulary() -> set[str]:
    """The kinds README.md defines: the rows '| `kind` | ... |' under "## Kinds of page"."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Kinds of page", 1)[1].split("\n## ", 1)[0]
    return {line.split("`")[1] for line in section.splitlines() if line.startswith("| `")}


def _passing() -> list[str]:
    lines = (FOLDER / "passing.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_geonames()


def test_every_page_has_its_expected_file_and_a_manifest_row() -> None:
    texts = {p.stem for p in FOLDER.glob("*.txt") if p.name != "passing.txt"}
    expected = {p.stem for p in FOLDER.glob("*.csv")} - {"pages", "unlisted", "handmade"}
    listed = [p.name for p in PAGES]
    assert len(listed) == len(set(listed))
    assert texts == expected == set(listed)


def test_expected_files_have_the_columns_and_rows_of_one_place_each() -> None:
    for page in PAGES:
        with page.path.with_suffix(".csv").open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            assert next(reader) == ["city", "country_code", "kind"], page.name
            rows = list(reader)
        assert all(len(row) == 3 and all(row) for row in rows), page.name
        keys = [(row[0], row[1]) for row in rows]
        assert len(keys) == len(set(keys)), f"{page.name}: a signatory expected twice"


def test_every_expected_city_is_a_gazetteer_place_in_its_country(gazetteer: Gazetteer) -> None:
    with (FOLDER / "unlisted.csv").open(encoding="utf-8", newline="") as handle:
        noted = {
            (r["page"], r["city"], r["country_code"]): r["reason"] for r in csv.DictReader(handle)
        }
    wrong = []
    for page in PAGES:
        for want in page.expected:
            key = (page.name, "|".join(want.names), want.country_code)
            if want.kind != "city":
                if not noted.get(key):
                    wrong.append(f"{page.name}: {want.label} ({want.kind}) not in unlisted.csv")
            elif noted.get(key):
                continue  # a real place GeoNames' cities500 lacks ('Méri', Cameroon), noted why
            elif not any(len(gazetteer.candidates(n, want.country_code)) for n in want.names):
                wrong.append(f"{page.name}: no GeoNames place {want.label}")
    assert not wrong


def test_kinds_come_from_the_vocabulary_and_each_is_covered_three_times() -> None:
    vocabulary = _vocabulary()
    used = Counter(kind for page in PAGES for kind in page.kinds)
    assert set(used) <= vocabulary, set(used) - vocabulary
    assert {k: n for k, n in used.items() if n < 3} == {}
    assert vocabulary - set(used) == set()


def test_languages_cover_the_eight_and_a_nordic_one() -> None:
    languages = {page.language for page in PAGES}
    assert len(languages) >= 9
    assert languages >= LANGUAGES
    assert languages & NORDIC


def test_pages_without_a_list_expect_no_one_and_say_why() -> None:
    for page in PAGES:
        if "no_list" in page.kinds:
            assert page.expected == (), page.name
            assert page.note, page.name
        else:
            assert page.expected, page.name


def test_no_page_is_over_30_kb() -> None:
    assert [p.name for p in PAGES if p.path.stat().st_size > 30_000] == []


def test_passing_pages_are_pages() -> None:
    assert set(_passing()) <= {p.name for p in PAGES}


@pytest.fixture(scope="module")
def atlas(tmp_path_factory: pytest.TempPathFactory) -> corpus.store.AtlasData:
    return corpus.fixture_atlas(Path(tmp_path_factory.mktemp("atlas")))


@pytest.mark.parametrize("name", _passing())
def test_the_importer_still_reads_the_page_exactly(
    name: str, atlas: corpus.store.AtlasData, gazetteer: Gazetteer
) -> None:
    page = next(p for p in PAGES if p.name == name)
    imported = corpus.import_page(atlas, page.text(), lambda: gazetteer)
    result = corpus.compare(page, imported, corpus.SamePlace(gazetteer))
    assert (result.missing, result.extra) == ([], [])
    assert result.title_ok, f"title read as {result.title!r}, not {page.title!r}"


def test_the_generated_files_are_what_make_py_writes(tmp_path: Path, gazetteer: Gazetteer) -> None:
    from tests.corpus import make

    shutil.copy(FOLDER / "handmade.csv", tmp_path / "handmade.csv")
    make.write(make.all_pages(gazetteer), tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir() if p.name != "handmade.csv")
    changed = [
        name for name in written if (tmp_path / name).read_bytes() != (FOLDER / name).read_bytes()
    ]
    assert changed == [], "run python tests/corpus/make.py and commit what it writes"


def _page(expected: str) -> corpus.CorpusPage:
    rows = [line.split(",") for line in expected.split(";")]
    return corpus.CorpusPage(
        "p", "de", (), "", FOLDER / "p.txt",
        tuple(corpus.Expected(tuple(c.split("|")), cc, "city") for c, cc in rows),
    )  # fmt: skip


def test_a_found_signatory_matches_the_same_place_by_any_of_its_names(
    gazetteer: Gazetteer,
) -> None:
    page = _page("Cologne,DE;Vilnius,LT;Metropole de Lyon|Lyon Metropolis,FR;Porto,PT")
    found = (("Köln", "DE"), ("Wilno", "LT"), ("Métropole de Lyon", "FR"), ("Porto", "ES"))
    result = corpus.compare(page, corpus.Imported(found), corpus.SamePlace(gazetteer))
    assert result.missing == ["Porto (PT)"]  # the wrong country is a miss and an extra
    assert result.extra == ["Porto (ES)"]
    assert result.matched == 3


def test_a_place_found_twice_in_two_forms_is_one_match_and_one_extra(
    gazetteer: Gazetteer,
) -> None:
    page = _page("Munich,DE;Leipzig,DE")
    found = (("München", "DE"), ("Munich", "DE"), ("Lipsk", "DE"), ("Hamburg", "DE"))
    result = corpus.compare(page, corpus.Imported(found), corpus.SamePlace(gazetteer))
    assert (result.missing, result.extra) == ([], ["Munich (DE)", "Hamburg (DE)"])
    assert not result.no_edits
    assert not result.tolerated  # two extras on a page of two places: more than one


def test_a_page_missing_one_place_of_twelve_is_within_the_tolerance_not_two(
    gazetteer: Gazetteer,
) -> None:
    towns = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Tromsø", "Bodø",
             "Ålesund", "Molde", "Hamar", "Gjøvik", "Lillehammer"]  # fmt: skip
    page = _page(";".join(f"{town},NO" for town in towns))
    same = corpus.SamePlace(gazetteer)
    found = tuple((town, "NO") for town in towns)
    one_missing = corpus.compare(page, corpus.Imported(found[1:]), same)
    assert (one_missing.no_edits, one_missing.tolerated) == (False, True)
    two_missing = corpus.compare(page, corpus.Imported(found[2:]), same)
    assert not two_missing.tolerated
    one_extra = corpus.compare(page, corpus.Imported((*found, ("Hamburg", "DE"))), same)
    assert one_extra.tolerated


def test_a_page_that_lists_no_one_refused_for_want_of_a_list_is_within_the_tolerance(
    gazetteer: Gazetteer, atlas: corpus.store.AtlasData
) -> None:
    page = corpus.CorpusPage("p", "de", ("no_list",), "", FOLDER / "p.txt", ())
    imported = corpus.import_page(
        atlas, "A title\n\n2024-01-01\n\nNo list here.\n", lambda: gazetteer
    )
    assert imported.error.startswith("found no list")
    result = corpus.compare(page, imported, corpus.SamePlace(gazetteer))
    assert (result.no_edits, result.tolerated) == (True, True)


def test_an_import_error_counts_every_expected_signatory_missing(
    gazetteer: Gazetteer, atlas: corpus.store.AtlasData
) -> None:
    page = _page("Oslo,NO;Bergen,NO")
    imported = corpus.import_page(
        atlas, "A title\n\n2024-01-01\n\nNo list here.\n", lambda: gazetteer
    )
    assert imported.error.startswith("found no list")
    result = corpus.compare(page, imported, corpus.SamePlace(gazetteer))
    assert result.missing == ["Oslo (NO)", "Bergen (NO)"]

"""The statement importer on the test corpus: what it finds against what the pages list.

    python benchmarks/corpus.py [--json results.json] [--page NAME ...] [--verbose]

Every page of tests/corpus is read as `geo import-statement PAGE --network net --dry-run`
reads it (read_statement, then plan_statement, with the offline GeoNames gazetteer), into a
fixture atlas that has the network and nothing else. A page without a date the importer
can read is read again with one given, as a person would with --date (counted apart: the
signatories do not depend on it). A found signatory matches an expected one when their
countries are the same and the names name the same place: equal when folded, or the
gazetteer's best place in that country for each is the same, or one name is among the
names of the other's best place. Each expected and each found signatory matches once.

Prints each page (missing and extra signatories), recall and precision by language, by kind
of page and overall, the pages that import with no edits, those within issue #20's tolerance
for unseen pages (missing at most max(1, 10%) of a page's places, as many extras at most),
and the time.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: python benchmarks/corpus.py
    sys.path.insert(0, str(ROOT))

from geo.countries import find_country  # noqa: E402
from geo.data import store  # noqa: E402
from geo.errors import DataError  # noqa: E402
from geo.geocoding.geocode import Gazetteer, load_geonames  # noqa: E402
from geo.importing import importer, statements  # noqa: E402
from geo.text import fold  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
NETWORK = "net"
GIVEN_DATE = dt.date(2024, 1, 1)  # for pages whose date the importer cannot read


# ----------------------------------------------------------------------------- the corpus


@dataclass(frozen=True)
class Expected:
    """A signatory a page lists: the names it may go by, its country and kind."""

    names: tuple[str, ...]  # the csv's city, split on '|'
    country_code: str
    kind: str

    @property
    def label(self) -> str:
        return f"{self.names[0]} ({self.country_code})"


@dataclass(frozen=True)
class CorpusPage:
    """One page of the corpus, its expected signatories and its manifest row."""

    name: str
    language: str
    kinds: tuple[str, ...]
    note: str
    path: Path
    expected: tuple[Expected, ...]
    batch: str = ""  # the part of the corpus: a, b, c, d (written for issue #20), long, handmade
    title: str = ""  # the page's headline, as the importer should read it

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def read_expected(path: Path) -> tuple[Expected, ...]:
    """A page's expected signatories (city,country_code,kind; city may be 'A|B')."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        Expected(
            tuple(n.strip() for n in row["city"].split("|")),
            row["country_code"].strip(),
            row["kind"].strip(),
        )
        for row in rows
    )


def load_corpus(folder: Path = CORPUS) -> list[CorpusPage]:
    """Every page in the manifest (pages.csv), in its order."""
    with (folder / "pages.csv").open(encoding="utf-8", newline="") as handle:
        manifest = list(csv.DictReader(handle))
    return [
        CorpusPage(
            name=row["page"],
            language=row["language"],
            kinds=tuple(k for k in row["kinds"].split(";") if k),
            note=row["note"],
            path=folder / f"{row['page']}.txt",
            expected=read_expected(folder / f"{row['page']}.csv"),
            batch=row["batch"],
            title=row["title"],
        )
        for row in manifest
    ]


# ----------------------------------------------------------------------------- importing


def fixture_atlas(folder: Path) -> store.AtlasData:
    """An atlas with the network `net` and no statements, written to `folder`."""
    (folder / "networks.csv").write_text(
        f"id,name,short_name,website,colour\n{NETWORK},Net,Net,https://net.example,#0072B2\n",
        encoding="utf-8",
    )
    (folder / "signatories.csv").write_text("statement_id,city,country,region\n", encoding="utf-8")
    return store.load(folder)


@dataclass(frozen=True)
class Imported:
    """What the importer made of a page: (city, country code) of each signatory."""

    found: tuple[tuple[str, str], ...]
    title: str = ""  # the title it read
    error: str = ""  # the import's error: the page then counts as read with nothing found
    date_given: bool = False  # the importer found no date: one was given, as --date does


def import_page(data: store.AtlasData, text: str, gazetteer: Callable[[], Gazetteer]) -> Imported:
    """Read and plan a page as `geo import-statement --dry-run` does."""
    date: dt.date | None = None
    while True:
        try:
            parsed = importer.read_statement(
                data, text, network=NETWORK, date=date, gazetteer=gazetteer
            )
            plan = importer.plan_statement(
                data, parsed, network=NETWORK, source="corpus", gazetteer=gazetteer
            )
        except DataError as exc:  # ParseError: no list, a cut list; no date: give one
            if exc.option == "date" and date is None:
                date = GIVEN_DATE
                continue
            return Imported((), _title(text), exc.message, date is not None)
        break
    found = tuple(
        (str(city), find_country(str(country)) or "")
        for city, country in zip(plan.signatories["city"], plan.signatories["country"], strict=True)
    )
    return Imported(found, parsed.title, "", date is not None)


def _title(text: str) -> str:
    """The title the importer reads on a page it could not import (no list: its error)."""
    try:
        return statements.parse_page(text, date=GIVEN_DATE).title
    except DataError:
        return ""


# ----------------------------------------------------------------------------- matching


class SamePlace:
    """Whether a found name and an expected one name the same place in a country."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        self._best: dict[tuple[str, str], int | None] = {}

    def _rows(self, name: str, code: str) -> set[int]:
        index = self._gazetteer.index
        rows, _ = index.postings(fold(name))
        return {r for r in rows if index.country_code[r] == code}

    def _best_row(self, name: str, code: str) -> int | None:
        key = (fold(name), code)
        if key not in self._best:
            hits = self._gazetteer.candidates(name, code)
            self._best[key] = int(hits.index[0]) if len(hits) else None
        return self._best[key]

    def __call__(self, found: str, expected: str, code: str) -> bool:
        if fold(found) == fold(expected):
            return True
        one, other = self._best_row(found, code), self._best_row(expected, code)
        if one is None and other is None:
            return False
        return (
            one == other
            or (one is not None and one in self._rows(expected, code))
            or (other is not None and other in self._rows(found, code))
        )


@dataclass
class PageResult:
    """How a page imported against what it lists."""

    page: str
    language: str
    kinds: list[str]
    expected: int
    found: int
    matched: int
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    error: str = ""
    date_given: bool = False
    batch: str = ""
    title: str = ""  # the title read, where it is not the page's headline
    title_ok: bool = True

    @property
    def no_edits(self) -> bool:
        return not self.missing and not self.extra

    @property
    def tolerated(self) -> bool:
        """Within issue #20's tolerance for an unseen page: imported (or, for a page that
        lists no one, refused: 'found no list' is its right answer), missing at most
        max(1, 10%) of its places, and no more extras than that."""
        allowed = max(1, self.expected // 10)
        imported = not self.error or not self.expected
        return imported and len(self.missing) <= allowed and len(self.extra) <= allowed


def compare(
    page: CorpusPage, imported: Imported, same: Callable[[str, str, str], bool]
) -> PageResult:
    """Match found signatories to expected ones, each at most once, in list order."""
    unused = list(imported.found)
    missing: list[str] = []
    for want in page.expected:
        hit = next(
            (
                i
                for i, (city, code) in enumerate(unused)
                if code == want.country_code and any(same(city, n, code) for n in want.names)
            ),
            None,
        )
        if hit is None:
            missing.append(want.label)
        else:
            del unused[hit]
    return PageResult(
        page=page.name,
        language=page.language,
        kinds=list(page.kinds),
        expected=len(page.expected),
        found=len(imported.found),
        matched=len(page.expected) - len(missing),
        missing=missing,
        extra=[f"{city} ({code or '?'})" for city, code in unused],
        error=imported.error,
        date_given=imported.date_given,
        batch=page.batch,
        title="" if imported.title == page.title else imported.title,
        title_ok=imported.title == page.title or not page.title,
    )


def run(pages: Sequence[CorpusPage], gazetteer: Gazetteer) -> list[PageResult]:
    """Import every page into a fresh fixture atlas and compare."""
    same = SamePlace(gazetteer)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        data = fixture_atlas(Path(folder))
        for page in pages:
            imported = import_page(data, page.text(), lambda: gazetteer)
            results.append(compare(page, imported, same))
    return results


# ----------------------------------------------------------------------------- reporting


@dataclass(frozen=True)
class Totals:
    pages: int
    no_edits: int
    tolerated: int  # pages within issue #20's tolerance (`PageResult.tolerated`)
    expected: int
    found: int
    matched: int
    titles: int = 0  # pages whose title was read right

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0


def totals(results: Iterable[PageResult]) -> Totals:
    chosen = list(results)
    return Totals(
        pages=len(chosen),
        no_edits=sum(r.no_edits for r in chosen),
        tolerated=sum(r.tolerated for r in chosen),
        expected=sum(r.expected for r in chosen),
        found=sum(r.found for r in chosen),
        matched=sum(r.matched for r in chosen),
        titles=sum(r.title_ok for r in chosen),
    )


def grouped(
    results: list[PageResult], key: Callable[[PageResult], Iterable[str]]
) -> dict[str, Totals]:
    groups = sorted({k for r in results for k in key(r)})
    return {g: totals(r for r in results if g in key(r)) for g in groups}


def _row(label: str, t: Totals) -> str:
    return (
        f"{label:26} {t.pages:>5} {t.no_edits:>8} {t.tolerated:>9} {t.expected:>8} {t.found:>6} "
        f"{t.matched:>7} {t.recall:>7.1%} {t.precision:>9.1%} {t.titles:>6}"
    )


def report(results: list[PageResult], seconds: float, verbose: bool) -> str:
    lines = [f"{'page':36} {'exp':>4} {'found':>5} {'ok':>4}  no edits / what is wrong"]
    for r in results:
        wrong = "yes" if r.no_edits else ""
        if r.error:
            wrong = f"error: {r.error[:70]}"
        if not r.no_edits:
            shown = (r.missing + r.extra) if verbose else (r.missing[:4] + r.extra[:4])
            more = len(r.missing) + len(r.extra) - len(shown)
            wrong += (
                f" missing {len(r.missing)}, extra {len(r.extra)}: "
                + "; ".join(f"-{m}" for m in shown if m in r.missing)
                + " | "
                + "; ".join(f"+{e}" for e in shown if e in r.extra)
                + (f" (+{more} more)" if more else "")
            )
        date = " [date given]" if r.date_given else ""
        if not r.title_ok:
            date += f" [title read: {r.title[:60]!r}]" if verbose else " [title wrong]"
        lines.append(f"{r.page:36} {r.expected:>4} {r.found:>5} {r.matched:>4}  {wrong}{date}")
    header = (
        f"{'':26} {'pages':>5} {'no edits':>8} {'tolerated':>9} {'expected':>8} {'found':>6} "
        f"{'matched':>7} {'recall':>7} {'precision':>9} {'titles':>6}"
    )
    for title, key in (
        ("by batch (d: written for issue #20 before the reader was changed)", lambda r: [r.batch]),
        ("by language", lambda r: [r.language]),
        ("by kind of page", lambda r: r.kinds),
    ):
        lines += ["", title, header]
        lines += [_row(g, t) for g, t in grouped(results, key).items()]
    overall = totals(results)
    lines += ["", header, _row("overall", overall)]
    lines.append(
        f"\n{overall.no_edits} of {overall.pages} pages import with no edits to their "
        f"signatories, {overall.tolerated} within issue #20's tolerance (missing at most "
        f"max(1, 10%) of a page's places, as many extras at most); "
        f"{overall.titles} titles read right; "
        f"{sum(r.date_given for r in results)} needed a date given (--date); "
        f"{sum(bool(r.error) for r in results)} import errors; {seconds:.1f} s "
        "(the gazetteer load not counted)"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the results to this file")
    parser.add_argument("--page", action="append", help="only this page (repeatable)")
    parser.add_argument("--verbose", action="store_true", help="every missing and extra")
    args = parser.parse_args(argv)
    pages = load_corpus()
    if args.page:
        pages = [p for p in pages if p.name in set(args.page)]
    gazetteer = load_geonames()
    started = time.perf_counter()
    results = run(pages, gazetteer)
    seconds = time.perf_counter() - started
    print(report(results, seconds, args.verbose))
    if args.json:
        overall = totals(results)
        payload = {
            "seconds": round(seconds, 2),
            "overall": asdict(overall) | {"recall": overall.recall, "precision": overall.precision},
            "pages": [
                asdict(r) | {"no_edits": r.no_edits, "tolerated": r.tolerated} for r in results
            ],
        }
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()

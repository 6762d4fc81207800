"""Many writers at once, saves interrupted half-way, and replacing a statement knowingly."""

from __future__ import annotations

import dataclasses
import errno
import json
import stat
import string
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import filelock
import pandas as pd
import pytest

from geo.data import checks, csvfiles, journal, statementfiles, store, transactions
from geo.errors import ConflictError, DataProblemsError
from geo.geocoding import geocode
from geo.importing import importer
from geo.importing.statements import parse_page
from tests.conftest import ROOT

GAZETTEER = (
    "geonameid,name,country_code,lat,lon,population,alternatenames\n"
    "1,Oslo,NO,59.91,10.75,700000,\n2,Malmö,SE,55.6,13.0,300000,Malmo\n"
)


def page(n: int, towns: int = 3) -> str:
    """Statement n: its own towns, plus Oslo and Malmö, which every statement shares."""
    own = [
        f"Vik{string.ascii_lowercase[n]}{string.ascii_lowercase[k]} (Norway)" for k in range(towns)
    ]
    cities = [*own, "Oslo (Norway)", "Malmö (Sweden)"]
    return (
        f"Statement {string.ascii_uppercase[n]}\n\n1 May 2020\n\n"
        f"Signed: {'; '.join(cities[:-1])}; and {cities[-1]}.\n"
    )


def plan_for(root: Path, n: int, towns: int = 3) -> importer.ImportPlan:
    return importer.plan_statement(
        store.load(root), parse_page(page(n, towns)), network="scn", source="test"
    )


def geo_command(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "geo", "--data-dir", str(root), *args]


def import_command(root: Path, page_file: Path) -> list[str]:
    return geo_command(root, "import-statement", str(page_file), "--network", "scn")


def start(command: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def signatory_counts(root: Path) -> dict[str, int]:
    return store.load(root).signatories.groupby("statement_id").size().to_dict()


def test_twenty_imports_and_a_geocode_at_once_keep_everything(
    networks_only_data: Path, tmp_path: Path
) -> None:
    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_text(GAZETTEER)
    commands = []
    for n in range(20):
        (tmp_path / f"page{n}.txt").write_text(page(n))
        commands.append(import_command(networks_only_data, tmp_path / f"page{n}.txt"))
    commands.insert(10, geo_command(networks_only_data, "geocode", "--gazetteer", str(gazetteer)))
    processes = [start(command) for command in commands]
    results = [(p.wait(), *p.communicate()) for p in processes]
    imports = results[:10] + results[11:]
    assert [code for code, _, _ in imports] == [0] * 20, imports
    assert results[10][0] in (0, 1), results[10]  # geocode: 1 when towns it never saw stay new
    counts = signatory_counts(networks_only_data)
    assert counts == {f"2020-05-01-statement-{string.ascii_lowercase[n]}": 5 for n in range(20)}
    data = store.load(networks_only_data)
    assert len(data.statements) == 20
    assert checks.check(data) == []
    check = subprocess.run(
        geo_command(networks_only_data, "check"), cwd=ROOT, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr


def test_the_apps_save_from_many_threads_at_once_keeps_everything(
    networks_only_data: Path, tiny_gazetteer: geocode.Gazetteer
) -> None:
    """Each session of the app is a thread: their saves wait for one another."""
    plans = [plan_for(networks_only_data, n) for n in range(8)]
    empty = store.load(networks_only_data)

    def save(plan: importer.ImportPlan) -> None:
        fresh = importer.new_places(empty, plan)
        places = geocode.resolve_offline(fresh, tiny_gazetteer, empty.overrides)
        importer.save_statement(networks_only_data, plan, places=places)

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(save, plans))
    data = store.load(networks_only_data)
    assert signatory_counts(networks_only_data) == {p.statement_id: 5 for p in plans}
    # every place of every statement, saved once: 3 towns each, and the shared Oslo and Malmö
    assert len(data.places) == 3 * 8 + 2
    assert data.places["key"].is_unique
    assert checks.check(data) == []


def test_a_writer_waits_for_the_lock_and_says_so(networks_only_data: Path, tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(page(0))
    lock = filelock.FileLock(networks_only_data / journal.LOCK_NAME)
    with lock:
        process = start(import_command(networks_only_data, tmp_path / "page.txt"))
        assert process.stderr is not None
        # blocks until the writer says it waits (after loading its gazetteer, which it says)
        said = next((line for line in process.stderr if "another writer" in line), "")
        assert "another writer is saving to this directory; waiting" in said
        assert str(networks_only_data / journal.LOCK_NAME) in said
        assert not (networks_only_data / "statements").exists()
    out, err = process.communicate()
    assert process.returncode == 0, err
    assert "5 signatories" in out
    assert signatory_counts(networks_only_data) == {"2020-05-01-statement-a": 5}


# ------------------------------------------------------------------ the journal


def staged_save(root: Path) -> tuple[dict[str, bytes], list[tuple[Path, Path]]]:
    """The temporary files a save of statement A would rename, written; not yet renamed."""
    plan = plan_for(root, 0)
    tx_files = {
        "statements/2020-05-01-statement-a.md": statementfiles.statement_text(plan.meta, plan.text),
        "signatories.csv": csvfiles.signatories_text(plan.signatories),
    }
    renames = []
    for name, text in tx_files.items():
        target = root / name
        target.parent.mkdir(exist_ok=True)
        temp = target.parent / f".{target.name}.x1.tmp"
        temp.write_text(text)
        renames.append((temp, target))
    return {k: v.encode() for k, v in tx_files.items()}, renames


def write_journal(root: Path, renames: list[tuple[Path, Path]]) -> None:
    pairs = [[str(t.relative_to(root)), str(p.relative_to(root))] for t, p in renames]
    (root / journal.JOURNAL_NAME).write_text(json.dumps({"renames": pairs}))


def data_files(root: Path) -> dict[str, bytes]:
    """What a reader sees: every file but the hidden ones (lock, journal, temporary files)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def hidden_files(root: Path) -> list[str]:
    return sorted(p.name for p in root.rglob(".*"))


def test_a_leftover_journal_is_read_through_and_finished_by_the_next_writer(
    networks_only_data: Path,
) -> None:
    """Readers see the state an interrupted save leads to, and write nothing; the next
    writer finishes the save."""
    new, renames = staged_save(networks_only_data)
    renames[0][0].rename(renames[0][1])  # killed after the first of two renames
    write_journal(networks_only_data, renames)
    left = hidden_files(networks_only_data)
    data = store.load(networks_only_data)
    assert hidden_files(networks_only_data) == left  # no lock taken, the journal is there
    assert list(data.statements["id"]) == ["2020-05-01-statement-a"]
    assert len(data.signatories) == 5
    assert checks.check(data) == []
    with transactions.transaction(networks_only_data):
        pass
    assert hidden_files(networks_only_data) == [journal.LOCK_NAME]
    assert signatory_counts(networks_only_data) == {"2020-05-01-statement-a": 5}
    written = data_files(networks_only_data)
    assert {name: written[name] for name in new} == new
    assert set(written) == {"networks.csv", *new}


def test_temporary_files_without_a_journal_are_deleted_by_the_next_writer(
    networks_only_data: Path,
) -> None:
    before = data_files(networks_only_data)
    staged_save(networks_only_data)  # killed before the journal was written: old state
    assert len(store.load(networks_only_data).statements) == 0
    assert len(hidden_files(networks_only_data)) == 2
    with transactions.transaction(networks_only_data):
        pass
    assert data_files(networks_only_data) == before
    assert hidden_files(networks_only_data) == [journal.LOCK_NAME]


def test_a_journal_naming_files_outside_the_directory_is_discarded(
    networks_only_data: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (networks_only_data / ".victim.txt.x.tmp").write_text("overwritten")
    (networks_only_data / journal.JOURNAL_NAME).write_text(
        json.dumps({"renames": [[".victim.txt.x.tmp", "../victim.txt"]]})
    )
    assert len(store.load(networks_only_data).networks) == 2  # the old state, as it is
    assert victim.read_text() == "keep me"
    with transactions.transaction(networks_only_data):
        pass
    assert victim.read_text() == "keep me"
    assert set(data_files(networks_only_data)) == {"networks.csv", "signatories.csv"}
    assert hidden_files(networks_only_data) == [journal.LOCK_NAME]


# ------------------------------------------------------------------ replacing


def test_saving_a_changed_statement_needs_replace(networks_only_data: Path) -> None:
    importer.save_statement(networks_only_data, plan_for(networks_only_data, 0, towns=3))
    before = data_files(networks_only_data)
    smaller = plan_for(networks_only_data, 0, towns=1)
    change = importer.compare(store.load(networks_only_data), smaller)
    assert change is not None
    assert change.removed == ("Vikab (Norway)", "Vikac (Norway)")
    assert change.added == ()
    with pytest.raises(ConflictError, match=r"signatories removed \(2\): Vikab \(Norway\)"):
        importer.save_statement(networks_only_data, smaller)
    assert data_files(networks_only_data) == before
    importer.save_statement(networks_only_data, smaller, replace=True)
    assert signatory_counts(networks_only_data) == {"2020-05-01-statement-a": 3}


def test_replacing_drops_the_places_only_the_old_signatories_used(
    networks_only_data: Path, tiny_gazetteer: geocode.Gazetteer
) -> None:
    first = plan_for(networks_only_data, 0, towns=3)
    empty = store.load(networks_only_data)
    places = geocode.resolve_offline(
        importer.new_places(empty, first), tiny_gazetteer, empty.overrides
    )
    importer.save_statement(networks_only_data, first, places=places)
    assert len(store.load(networks_only_data).places) == 5
    importer.save_statement(networks_only_data, plan_for(networks_only_data, 0, 1), replace=True)
    data = store.load(networks_only_data)
    assert sorted(data.places["key"]) == ["NO:oslo", "NO:vikaa", "SE:malmo"]
    assert checks.check(data) == []


def test_compare_names_every_changed_field(networks_only_data: Path) -> None:
    plan = plan_for(networks_only_data, 0)
    importer.save_statement(networks_only_data, plan)
    other = dataclasses.replace(
        plan, meta=plan.meta | {"network": "icc", "source": "elsewhere"}, text=plan.text + "\nMore."
    )
    change = importer.compare(store.load(networks_only_data), other)
    assert change is not None
    assert change.fields == {"network": ("scn", "icc"), "source": ("test", "elsewhere")}
    assert change.text_changed
    assert "network: 'scn' -> 'icc'" in change.describe()
    assert importer.compare(store.load(networks_only_data), plan) == importer.StatementChange(
        plan.statement_id, {}, False, (), ()
    )
    assert importer.compare(store.load(networks_only_data), plan_for(networks_only_data, 1)) is None


# ------------------------------------------------------------------ damaged files


def test_writing_is_refused_while_files_are_damaged(networks_only_data: Path) -> None:
    importer.save_statement(networks_only_data, plan_for(networks_only_data, 0))
    signatories = networks_only_data / "signatories.csv"
    signatories.write_text(signatories.read_text()[:-12])  # cut mid-row
    before = data_files(networks_only_data)
    with pytest.raises(DataProblemsError, match=r"fix the data first: 1 problem\(s\)"):
        importer.save_statement(networks_only_data, plan_for(networks_only_data, 1))
    with pytest.raises(DataProblemsError, match=r"signatories.csv:6: has \d fields"):
        geocode.save_places(networks_only_data, pd.DataFrame(columns=csvfiles.PLACE_COLUMNS))
    assert data_files(networks_only_data) == before


def test_the_state_token_changes_with_every_save(networks_only_data: Path) -> None:
    tokens = {store.state_token(networks_only_data)}
    importer.save_statement(networks_only_data, plan_for(networks_only_data, 0))
    tokens.add(store.state_token(networks_only_data))
    importer.save_statement(networks_only_data, plan_for(networks_only_data, 0))  # the same
    tokens.add(store.state_token(networks_only_data))
    importer.save_statement(networks_only_data, plan_for(networks_only_data, 1))
    tokens.add(store.state_token(networks_only_data))
    assert len(tokens) == 3


def test_a_read_overlapping_a_save_is_read_again(
    networks_only_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save landing while load reads the files: load reads them again, never a mix."""
    plan = plan_for(networks_only_data, 0)
    real_read = store._read_files
    reads = []

    def read_while_another_saves(root: Path, newer: dict[str, Path]) -> store.Contents:
        contents = real_read(root, newer)
        reads.append(len([name for name in contents if name.startswith("statements/")]))
        if len(reads) == 1:  # another process renames its files in between
            (root / "statements").mkdir()
            (root / "statements" / f"{plan.statement_id}.md").write_text(
                statementfiles.statement_text(plan.meta, plan.text)
            )
        return contents

    monkeypatch.setattr(store, "_read_files", read_while_another_saves)
    data = store.load(networks_only_data)
    assert reads == [0, 1]
    assert len(data.statements) == 1


def test_a_relative_data_folder_saves_with_the_files_readable_by_all(
    networks_only_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--data-dir data` as a user types it (the default): the journal names its files
    relative to the folder, and the files keep rw-r--r--, not a temporary file's rw-------."""
    monkeypatch.chdir(networks_only_data.parent)
    root = Path(networks_only_data.name)
    with transactions.transaction(root) as tx:
        tx.write_text("statements/x.md", "new\n")
        tx.write_text("networks.csv", (root / "networks.csv").read_text() + "\n")
    assert (root / "statements" / "x.md").read_text() == "new\n"
    for name in ("statements/x.md", "networks.csv"):
        assert stat.S_IMODE((root / name).stat().st_mode) == 0o644, name
    assert not journal.temporary_files(root)


def test_a_save_that_fails_before_its_journal_leaves_no_temporary_file(
    networks_only_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(root: Path, content: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal, "_write_journal", disk_full)

    def files() -> set[str]:
        return {p.name for p in networks_only_data.rglob("*") if p.is_file()} - {journal.LOCK_NAME}

    before = files()
    with (
        pytest.raises(OSError, match="No space"),
        transactions.transaction(networks_only_data) as tx,
    ):
        tx.write_text("statements/x.md", "new\n")
    assert files() == before

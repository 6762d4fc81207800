"""Readers that cannot write: a read-only mount, a save under way or interrupted, and data
files that are not what they should be (links out of the folder, FIFOs, devices, huge files).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Browser
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block, Node

from geo import atlas, view
from geo.data import csvfiles, journal, statementfiles, store, transactions
from tests.atlases import statement_networks
from tests.browser import NOT_LOOPBACK, Traffic, block, expect_cities_shown, serve_atlas
from tests.conftest import LIST_COUNT, LIST_PAGE, ROOT
from tests.test_access import signed_in_editor
from tests.test_robustness import as_read, cli, die_at, listing

pytest_plugins = ["tests.browser"]

APP = str(ROOT / "app.py")
RENAMED = "2017-03-21-renamed"  # the statement the interrupted import adds
OUTSIDE_TEXT = "TOP SECRET: the launch codes"
SECONDS = 60  # a child that reads the data gets this long (a FIFO must not make it hang)


# ------------------------------------------------------------------ a read-only mount


@contextmanager
def read_only_mount(source: Path, target: Path) -> Iterator[Path]:
    """`source` bind-mounted read-only at `target` (root only, as TESTING.md measured)."""
    if os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root (mount --bind)")
    target.mkdir()
    mounted = subprocess.run(["mount", "--bind", source, target], capture_output=True, text=True)
    if mounted.returncode:
        pytest.skip(f"mount --bind is not allowed here: {mounted.stderr.strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", target], check=True)
        yield target
    finally:
        subprocess.run(["umount", target], check=True)


def interrupted_import(root: Path, pristine: Path) -> None:
    """`root` as a real import process left it, SIGKILLed just after it wrote its journal and
    renamed its first file (the statement) but not its second (the signatories).

    The process kills itself at its Nth fsync, rename or delete (tests.test_robustness.die_at)
    for N = 1, 2, ... until that is the state it leaves: the same SIGKILL as one sent from
    outside the moment the journal appears, without the race of polling for it.
    """
    command = cli(
        "--data-dir", str(root), "import-statement", str(LIST_PAGE),
        "--network", "scn", "--title", "Renamed",
    )  # fmt: skip
    for step in range(1, 100):
        shutil.rmtree(root)
        shutil.copytree(pristine, root)
        if not die_at(step, command):
            break
        recorded = root / journal.JOURNAL_NAME
        if recorded.exists():
            renames = json.loads(recorded.read_text())["renames"]
            if [(root / temp).exists() for temp, _ in renames] == [False, True]:
                return
    pytest.fail("the import never stopped between its two renames")


@pytest.fixture
def interrupted(bundled_data_copy: Path, tmp_path: Path) -> Path:
    """The bundled data with an import killed half-way through its renames."""
    pristine = tmp_path / "pristine"
    shutil.copytree(bundled_data_copy, pristine)
    interrupted_import(bundled_data_copy, pristine)
    return bundled_data_copy


@pytest.fixture
def mounted(interrupted: Path, tmp_path: Path) -> Iterator[Path]:
    """The interrupted data, mounted read-only."""
    with read_only_mount(interrupted, tmp_path / "read-only") as target:
        yield target


def finished(root: Path, tmp_path: Path) -> store.AtlasData:
    """What `root` holds once a writer has finished its interrupted save (in a copy)."""
    copy = tmp_path / "finished"
    shutil.copytree(root, copy)
    with transactions.transaction(copy):
        pass
    return store.load(copy)


def at_most_2_gb() -> None:
    """A child's memory limit: reading /dev/zero must fail it, not the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def run(*command: str) -> subprocess.CompletedProcess[str]:
    """A command in a child process, bounded in time and memory."""
    return subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=SECONDS,
        preexec_fn=at_most_2_gb,
    )


READER = """
import json, sys
from pathlib import Path
from geo.data import store
data = store.load(Path(sys.argv[1]))
print(json.dumps({"statements": sorted(data.statements["id"]),
                  "signatories": len(data.signatories), "problems": data.problems}))
"""


def load_in_child(root: Path) -> dict[str, object]:
    """store.load in a second process, as a reader on another machine would."""
    answer = run(sys.executable, "-c", READER, str(root))
    assert answer.returncode == 0, answer.stderr
    return dict(json.loads(answer.stdout))


def geo_check(root: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return run(sys.executable, "-m", "geo", "--data-dir", str(root), "check", *options)


def test_a_reader_on_a_read_only_mount_sees_the_interrupted_save_and_writes_nothing(
    interrupted: Path, mounted: Path, tmp_path: Path
) -> None:
    """A reader in a second process and `geo check` read the state the killed import leads
    to, through the read-only mount, and write nothing; `check --repair` says why it cannot
    repair there; the writer (a repair on the real folder) then leaves what they read."""
    before = listing(interrupted)
    new = finished(interrupted, tmp_path)
    assert RENAMED in set(new.statements["id"])
    seen = load_in_child(mounted)
    assert seen == {
        "statements": sorted(new.statements["id"]),
        "signatories": len(new.signatories),
        "problems": [],
    }
    checked = geo_check(mounted)
    assert checked.returncode == 0, checked.stderr
    assert "a save was interrupted, or is under way" in checked.stderr
    assert "all data files are valid" in checked.stderr
    refused = geo_check(mounted, "--repair")
    assert refused.returncode == 1
    assert "cannot be repaired here (Read-only file system)" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert listing(interrupted) == before  # nothing renamed, deleted or created (no lock)
    repaired = geo_check(interrupted, "--repair")
    assert repaired.returncode == 0, repaired.stderr
    assert "finishing a save that was interrupted (2 files)" in repaired.stderr
    assert not (interrupted / journal.JOURNAL_NAME).exists()
    assert as_read(store.load(interrupted)) == as_read(new)


@pytest.mark.browser
def test_the_app_on_a_read_only_mount_shows_the_interrupted_save_without_an_error(
    interrupted: Path, mounted: Path, tmp_path: Path, chromium: Browser, traffic: Traffic
) -> None:
    """A real Streamlit server on the read-only mount: the page shows the cities of the
    statement the killed import was adding, no error, and nothing is written."""
    before = listing(interrupted)
    new = finished(interrupted, tmp_path)
    wanted = view.View(statement=RENAMED, present=True)  # its signatories alone are drawn
    shown = view.show(atlas.signatory_rows(new), view.filters(wanted))
    cities = len(view.drawn(shown, wanted)[0])
    assert 10 < cities <= LIST_COUNT < len(shown.points)  # the statement's, not all
    with serve_atlas(mounted, tmp_path / "server.log") as url:
        context = chromium.new_context()
        context.route(NOT_LOOPBACK, lambda route: block(route, traffic))
        page = context.new_page()
        page.goto(f"{url}/?{urlencode(view.to_params(wanted), doseq=True)}")
        expect_cities_shown(page, cities)
        assert page.get_by_text("could not be read").count() == 0
        assert page.locator('[data-testid="stException"]').count() == 0
        context.close()
    assert listing(interrupted) == before


SAVER = """
import sys
from pathlib import Path
from geo.importing import importer
from tests.test_transactions import plan_for
root = Path(sys.argv[1])
for i in range(int(sys.argv[2])):
    importer.save_statement(root, plan_for(root, 0, towns=1 + i % 3), replace=True)
"""


def test_readers_during_saves_in_another_process_always_see_a_whole_state(
    networks_only_data: Path, tmp_path: Path
) -> None:
    """Another process saves a statement over and over, its towns 1, 2, 3, 1, ... (the
    statement file and signatories.csv change together); readers load through a read-only
    mount all the while: every load succeeds, and its statement's text names as many towns
    as it has signatories."""
    saves = 60
    with read_only_mount(networks_only_data, tmp_path / "read-only") as mounted:
        writer = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(networks_only_data), str(saves)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        seen: set[int] = set()
        deadline = time.monotonic() + 300
        try:
            while writer.poll() is None and time.monotonic() < deadline:
                data = store.load(mounted)
                text = "".join(data.statements["text"])
                towns = data.signatories["city"].str.startswith("Vik").sum()
                assert text.count("(Norway)") - text.count("Oslo") == towns
                assert len(data.statements) == (1 if towns else 0)
                seen.add(int(towns))
        finally:
            writer.kill()
            _, errors = writer.communicate()
        assert writer.returncode == 0, errors
    assert seen >= {1, 2, 3}


# ------------------------------------------------------------------ files that are not files


def secret_outside(tmp_path: Path) -> Path:
    """A file outside the data folder that looks like the start of a statement."""
    outside = tmp_path / "outside.md"
    outside.write_text(f"---\n{OUTSIDE_TEXT}\n---\n{OUTSIDE_TEXT}\n")
    return outside


def huge_statement(path: Path) -> None:
    """A well-formed statement of 50 MB of text."""
    head = statementfiles.statement_text(
        {"id": path.stem, "network": "scn", "date": "2099-01-01", "title": "Huge"}, "Huge."
    )
    with path.open("w") as out:
        out.write(head)
        line = "All work and no play makes a long statement. " * 20 + "\n"
        out.write(line * (50_000_000 // len(line)))


def huge_members(path: Path) -> None:
    """members.csv of 40 MB, each line well formed."""
    with path.open("w") as out:
        out.write(",".join(csvfiles.MEMBER_COLUMNS) + "\n")
        line = "icc,Oslo,Norway,https://example.org/," + "q" * 200 + "\n"
        out.write(line * (40_000_000 // len(line)))


STATEMENT = "statements/2099-01-01-odd.md"
CASES = {  # name: (the file, how it is made, what geo check says of it)
    "link out of the folder": (
        STATEMENT,
        lambda path, tmp: path.symlink_to(secret_outside(tmp)),
        "is a symbolic link",
    ),
    "FIFO": (STATEMENT, lambda path, tmp: os.mkfifo(path), "is a FIFO (named pipe)"),
    "link to /dev/zero": (
        STATEMENT,
        lambda path, tmp: path.symlink_to("/dev/zero"),
        "is a symbolic link",
    ),
    "50 MB statement": (
        STATEMENT,
        lambda path, tmp: huge_statement(path),
        "bytes, more than the 5,100,000 a file of its kind may have",
    ),
    "places.csv linked out of the folder": (
        "places.csv",
        lambda path, tmp: (
            shutil.move(path, tmp / "places.csv"),
            path.symlink_to(tmp / "places.csv"),
        ),
        "is a symbolic link",
    ),
    "40 MB members.csv": (
        "members.csv",
        lambda path, tmp: huge_members(path),
        "bytes, more than the 32,000,000 a file of its kind may have",
    ),
}


@pytest.fixture(params=list(CASES))
def odd_file(
    request: pytest.FixtureRequest, bundled_data_copy: Path, tmp_path: Path
) -> tuple[Path, str]:
    """The bundled data with one data file that is not a regular file of a sane size: the
    file, and what geo check says of it."""
    name, make, said = CASES[request.param]
    outside = tmp_path / "outside"
    outside.mkdir()
    make(bundled_data_copy / name, outside)
    return bundled_data_copy / name, said


def test_a_file_that_is_not_a_regular_file_of_a_sane_size_is_refused_and_named(
    odd_file: tuple[Path, str], bundled_data_copy: Path
) -> None:
    """The load (in a child, bounded in time and memory) leaves the file out and loads the
    rest; `geo check` names the file and what it is, and never what an outside file holds."""
    path, said = odd_file
    root = bundled_data_copy
    whole = store.load(statement_networks())
    seen = load_in_child(root)
    problems = seen["problems"]
    assert isinstance(problems, list)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}: ")
    assert said in problems[0]
    assert seen["statements"] == sorted(whole.statements["id"])
    assert seen["signatories"] == len(whole.signatories)
    checked = geo_check(root)
    assert checked.returncode == 1
    assert f"{path}: " in checked.stderr
    assert said in checked.stderr
    assert "launch codes" not in checked.stderr


def nodes(node: Node) -> Iterator[Node]:
    yield node
    if isinstance(node, Block):
        for child in node.children.values():
            yield from nodes(child)


def page_text(at: AppTest) -> str:
    """Everything the page sent, as the protobuf text of each element."""
    return "\n".join(str(getattr(node, "proto", "")) for node in nodes(at._tree))


@pytest.mark.parametrize(
    "case",
    ["link out of the folder", "FIFO", "50 MB statement", "places.csv linked out of the folder"],
)
def test_the_page_shows_the_rest_and_nothing_of_an_outside_file(
    case: str, bundled_data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A visitor sees how many problems there are; an editor which file and what is wrong;
    neither sees what the file outside the data folder holds, or a page over 5 MB."""
    name, make, said = CASES[case]
    make(bundled_data_copy / name, tmp_path)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(bundled_data_copy))
    visitor = AppTest.from_file(APP, default_timeout=30).run()
    assert not visitor.exception
    assert visitor.expander[0].label.startswith("⚠️ 1 problems in the data")
    assert any("An editor sees here which files" in c.value for c in visitor.caption)
    assert name not in page_text(visitor)
    editor = signed_in_editor().run()
    assert not editor.exception
    assert f"data/{name}: " in editor.text[0].value
    assert said in editor.text[0].value
    for at in (visitor, editor):
        shown = page_text(at)
        assert "launch codes" not in shown
        assert "All work and no play" not in shown
        assert len(shown) < 2_000_000

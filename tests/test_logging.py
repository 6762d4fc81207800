"""What the library logs for an operator, and the CLI's -v that shows it."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from geo.cli import main
from geo.data import csvfiles, store
from geo.geocoding.gazetteer import GazetteerIndex
from geo.geocoding.geocode import Gazetteer, resolve_offline
from tests.conftest import LIST_COUNT, LIST_ID, LIST_PAGE, ROOT


def said(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == level]


def test_a_damaged_data_line_is_a_warning_naming_the_file_and_line(
    bundled_data_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    signatories = bundled_data_copy / "signatories.csv"
    lines = signatories.read_text(encoding="utf-8").count("\n")
    with signatories.open("a", encoding="utf-8") as handle:
        handle.write("only,three,fields\n")
    caplog.set_level(logging.WARNING, logger="geo")
    store.load(bundled_data_copy)
    [warning] = said(caplog, logging.WARNING)
    assert warning.startswith(f"{bundled_data_copy}: 1 problem(s) reading the data")
    assert f"{signatories}:{lines + 1}: has 3 fields, expected 4" in warning


def test_clean_data_loads_without_a_warning(
    bundled_data_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="geo")
    store.load(bundled_data_copy)
    assert said(caplog, logging.WARNING) == []


def test_geocoding_logs_each_place_and_a_summary(
    tiny_gazetteer: Gazetteer, caplog: pytest.LogCaptureFixture
) -> None:
    todo = pd.DataFrame(
        [("SE:malmo", "Malmö", "SE"), ("NO:atlantis", "Atlantis", "NO")],
        columns=list(csvfiles.PLACE_NAME_COLUMNS),
    )
    caplog.set_level(logging.DEBUG, logger="geo")
    resolve_offline(todo, tiny_gazetteer, pd.DataFrame(columns=list(csvfiles.OVERRIDE_COLUMNS)))
    assert said(caplog, logging.DEBUG) == [
        "SE:malmo: ok from gazetteer ",
        "NO:atlantis: failed from gazetteer no gazetteer place named 'Atlantis' in NO",
    ]
    assert said(caplog, logging.INFO) == [
        "geocoded offline: 1 of 2 places (0 from overrides, 1 from the gazetteer)"
    ]


def test_a_damaged_gazetteer_cache_is_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "geonames.npz"
    cache.write_bytes(b"not an npz")
    caplog.set_level(logging.INFO, logger="geo")
    assert GazetteerIndex.load(cache, {"format": 1}) is None
    [warning] = said(caplog, logging.WARNING)
    assert warning.startswith(f"gazetteer: {cache} is damaged")
    assert GazetteerIndex.load(tmp_path / "missing.npz", {"format": 1}) is None
    assert len(caplog.records) == 1  # a cache not built yet is no news


def test_the_cli_says_more_with_v(
    networks_only_data: Path, caplog: pytest.LogCaptureFixture
) -> None:
    command = ["import-statement", str(LIST_PAGE), "--network", "scn", "--dry-run"]
    quiet = CliRunner().invoke(main, ["--data-dir", str(networks_only_data), *command])
    assert quiet.exit_code == 0, quiet.output
    assert said(caplog, logging.INFO) == []
    command.remove("--dry-run")
    verbose = CliRunner().invoke(main, ["--data-dir", str(networks_only_data), "-v", *command])
    assert verbose.exit_code == 0, verbose.output
    [saved] = [m for m in said(caplog, logging.INFO) if "saved statement" in m]
    assert saved == (
        f"{networks_only_data}: saved statement '{LIST_ID}': {LIST_COUNT} signatories, "
        f"{LIST_COUNT} new places, 0 overrides"  # geocoded offline as they are imported
    )
    assert said(caplog, logging.DEBUG) == []


def test_v_puts_info_lines_on_stderr(bundled_data_copy: Path) -> None:
    """A real process, where `logging.basicConfig` is the only handler."""

    def check(*options: str) -> str:
        command = [sys.executable, "-m", "geo", "--data-dir", str(bundled_data_copy), *options]
        done = subprocess.run(
            [*command, "check"], capture_output=True, text=True, cwd=ROOT, check=True
        )
        return done.stderr

    assert f"{bundled_data_copy}: checked, 0 problem(s)" in check("-v")
    assert "checked," not in check()


def test_check_names_each_problem_once(bundled_data_copy: Path) -> None:
    """`geo check` lists the problems itself: the load's warning does not repeat the first."""
    with (bundled_data_copy / "signatories.csv").open("a", encoding="utf-8") as table:
        table.write("a,line,with,six,fields,here\n")  # a line the load leaves out
    command = [sys.executable, "-m", "geo", "--data-dir", str(bundled_data_copy), "check"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 1
    assert done.stderr.count("has 6 fields, expected 4") == 1

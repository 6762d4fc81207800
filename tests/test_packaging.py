"""The package as a user installs it (`pip install .`, not editable) has what its maps need."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from geo.maps import mapping
from tests.conftest import ROOT

INSTALL_SECONDS = 120


def run(command: list[str | Path], cwd: Path) -> str:
    out = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=INSTALL_SECONDS)
    assert out.returncode == 0, f"{command}:\n{out.stdout}\n{out.stderr}"
    return out.stdout + out.stderr


def test_a_non_editable_install_checks_and_exports_from_another_folder(tmp_path: Path) -> None:
    """About 10 s: a new venv gets only this package, built from a copy of the sources (the
    build leaves files behind), offline: its dependencies, pip and the build backend are
    the test environment's own, seen through a .pth file (not --system-site-packages: the
    test environment is a venv too, and its base Python has none of them)."""
    source = tmp_path / "source"
    shutil.copytree(ROOT / "geo", source / "geo", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], tmp_path)
    python = venv / "bin" / "python"
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(run([python, "-c", purelib], tmp_path).strip())
    (site / "test-environment.pth").write_text(sysconfig.get_paths()["purelib"])
    install = ["install", "-q", "--no-deps", "--no-build-isolation", "--no-index", source]
    run([python, "-m", "pip", *install], tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = run([python, "-c", "import geo; print(geo.__file__)"], elsewhere).strip()
    assert Path(where).is_relative_to(venv), where  # not the sources, not an editable
    data = ["--data-dir", ROOT / "data"]
    assert "all data files are valid" in run([python, "-m", "geo", *data, "check"], elsewhere)
    page = elsewhere / "atlas.html"
    run([python, "-m", "geo", *data, "export", "--format", "html", "-o", page], elsewhere)
    html = page.read_text(encoding="utf-8")
    assert "atlasOutlines" in html  # the outlines' script and TopoJSON are in the page
    assert "window.atlasCities" in html  # and the script drawing the cities and legend
    assert "window.atlasLabels" in html  # and the names on the map, with their places
    assert "markerClusterGroup" in html  # and the clusters' plugin
    assert '"arcs":' in html


def test_the_gzipped_outlines_browsers_fetch_are_the_bundled_outlines() -> None:
    """Made with: gzip.compress(json_bytes, compresslevel=9, mtime=0)."""
    folder = mapping.assets_dir()
    packed = (folder / mapping.OUTLINES_PACKED).read_bytes()
    assert gzip.decompress(packed) == (folder / mapping.OUTLINES_FILE).read_bytes()

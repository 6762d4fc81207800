"""geo/ is a plain library: it never imports streamlit, so it runs without a UI."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import ROOT


def test_no_geo_module_imports_streamlit() -> None:
    offenders = []
    for path in sorted((ROOT / "geo").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders += [
                f"{path.name}: {n}"
                for n in names
                if n.split(".")[0] in ("streamlit", "streamlit_folium")
            ]
    assert offenders == []


def test_importing_the_whole_library_loads_no_streamlit() -> None:
    code = (
        "import sys, geo.cli, geo.atlas, geo.geocoding.geocode, geo.maps.mapping, geo.maps.basemap;"
        " "
        "print(any(m.split('.')[0] == 'streamlit' for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"

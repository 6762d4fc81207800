"""geo/ is a plain library: it never imports streamlit, so it runs without a UI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

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


# Inside geo/, what each part must not import (README, Code layout): cli.py is on top;
# importing/ sits above data/ and geocoding/; maps/ and geocoding/ stand side by side on
# data/; data/ and the small modules at the bottom know nothing of the parts above them.
ABOVE = {
    "importing": ("geo.maps", "geo.cli", "geo.atlas", "geo.view"),
    "data": ("geo.geocoding", "geo.maps", "geo.importing", "geo.cli", "geo.atlas", "geo.view"),
    "geocoding": ("geo.maps", "geo.importing", "geo.cli", "geo.view"),
    "maps": ("geo.geocoding", "geo.importing", "geo.cli"),
    "bottom": ("geo.data", "geo.geocoding", "geo.maps", "geo.importing", "geo.cli", "geo.atlas",
               "geo.view"),
}  # fmt: skip
BOTTOM = ("access", "countries", "errors", "markup", "model", "schema", "story", "text")


def imported(path: Path) -> set[str]:
    """Every geo module a file imports, named in full (`from geo import x` is geo.x)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
    return {name for name in names if name == "geo" or name.startswith("geo.")}


def part_of(path: Path) -> str | None:
    inside = path.relative_to(ROOT / "geo")
    if len(inside.parts) > 1:
        return inside.parts[0]
    return "bottom" if path.stem in BOTTOM else None


def test_imports_inside_geo_go_one_way() -> None:
    against = []
    for path in sorted((ROOT / "geo").rglob("*.py")):
        part = part_of(path)
        for name in sorted(imported(path)):
            if any(name == no or name.startswith(f"{no}.") for no in ABOVE.get(part, ())):
                against.append(f"{path.relative_to(ROOT)} imports {name}")
    assert against == []


# Inside data/, each module imports only those before it (README, Code layout): the files'
# formats, then the directory read whole, then what changes or checks it.
DATA_ORDER = ("journal", "csvfiles", "statementfiles", "placekeys", "store",
              "transactions", "checks")  # fmt: skip


# The list reader's modules in importing/, likewise: one entry, case forms, the page cleaned,
# running text, the place finder, then the list finder that tries them all.
READER_ORDER = (
    "dates",
    "entries",
    "inflection",
    "pagetext",
    "runningtext",
    "placefinder",
    "signerfields",
    "listreader",
)


def imports_against(package: str, order: tuple[str, ...]) -> list[str]:
    """Where a module of `package` imports itself or one after it in `order`."""
    against = []
    for position, module in enumerate(order):
        later = {f"geo.{package}.{name}" for name in order[position:]}
        path = ROOT / "geo" / package / f"{module}.py"
        against += [f"{module} imports {name}" for name in sorted(imported(path) & later)]
    return against


def test_imports_inside_data_go_one_way() -> None:
    modules = sorted(p.stem for p in (ROOT / "geo" / "data").glob("*.py") if p.stem != "__init__")
    assert modules == sorted(DATA_ORDER), "a new module of geo/data/ needs its place in DATA_ORDER"
    assert imports_against("data", DATA_ORDER) == []


def test_the_list_readers_imports_go_one_way() -> None:
    assert imports_against("importing", READER_ORDER) == []

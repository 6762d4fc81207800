"""README's picture of the code is the code's layout: every module in it, and none that is gone."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def pictured() -> set[str]:
    """The paths the code block under "## Code layout" names, two spaces a level."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Code layout\n\n```\n(.*?)```", text, re.S)
    assert block, "README has no code layout picture"
    folders: list[str] = []
    paths = set()
    for line in block.group(1).splitlines():
        depth = (len(line) - len(line.lstrip(" "))) // 2
        names = re.split(r"\s{2,}", line.strip())[0]
        folders = folders[:depth]
        for name in names.split(", "):
            paths.add("".join(folders) + name)
        if names.endswith("/"):
            folders.append(names)
    return paths


def test_the_readme_pictures_every_module_of_the_library_and_the_page() -> None:
    modules = {
        str(path.relative_to(ROOT))
        for folder in ("geo", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if not path.name.startswith("__")
    }
    folders = {
        str(path.relative_to(ROOT)) + "/"
        for folder in ("geo", "ui")
        for path in [ROOT / folder, *(ROOT / folder).rglob("*")]
        if path.is_dir() and path.name != "__pycache__"
    }
    assert pictured() == modules | folders | {"app.py"}

"""Fixtures named for the state they set up."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from geo.geocoding.geocode import Gazetteer
from tests.atlases import statement_networks

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).resolve().parent / "pages"  # written for the tests: see its README
LIST_PAGE = PAGES / "list_statement.txt"  # 17 cities, all in the bundled atlas
LIST_COUNT = 17
LIST_ID = "2017-03-21-joint-statement-on-safe-and-welcoming-public-spaces"
MEMBERS_PAGE = PAGES / "members_statement.txt"  # a declaration with no list


# Files without a browser test that take minutes (alone, -n 0: test_readme_commands 3.6,
# test_transactions 1.7 on a busy machine), longest first.
LONG_FILES = ("test_readme_commands.py", "test_transactions.py", "test_readers.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """LONG_FILES first, then the files with a browser test, then the rest, each file whole
    and in its own order: pytest-xdist hands out files in this order (--dist loadfile
    --no-loadscope-reorder), so the short ones fill in at the end instead of one long file
    running alone on one worker while the other has finished."""
    browser = {item.path for item in items if item.get_closest_marker("browser")}

    def rank(item: pytest.Item) -> int:
        if item.path.name in LONG_FILES:
            return LONG_FILES.index(item.path.name)
        return len(LONG_FILES) + (item.path not in browser)

    items.sort(key=rank)


@pytest.fixture(autouse=True)
def geo_log_level() -> Iterator[None]:
    """The CLI sets the level of the `geo` logger (-v): each test starts from the default."""
    logger = logging.getLogger("geo")
    level = logger.level
    yield
    logger.setLevel(level)


@pytest.fixture
def bundled_data_copy(tmp_path: Path) -> Path:
    """A writable copy of the committed data's statement networks (tests.atlases)."""
    target = tmp_path / "data"
    shutil.copytree(statement_networks(), target)
    return target


@pytest.fixture
def networks_only_data(tmp_path: Path) -> Path:
    """A data directory with the networks and nothing imported yet."""
    target = tmp_path / "data"
    target.mkdir()
    shutil.copy(statement_networks() / "networks.csv", target / "networks.csv")
    (target / "signatories.csv").write_text("statement_id,city,country,region\n", encoding="utf-8")
    return target


@pytest.fixture
def tiny_gazetteer() -> Gazetteer:
    """Five places, with a same-name pair and an alternate name."""
    return Gazetteer(
        pd.DataFrame(
            {
                "geonameid": ["1", "2", "3", "4", "5"],
                "name": ["Malmö", "Valencia", "Valencia", "Pejë", "Santa Cruz de Tenerife"],
                "country_code": ["SE", "ES", "ES", "XK", "ES"],
                "lat": [55.6, 39.47, 42.0, 42.66, 28.47],
                "lon": [13.0, -0.38, -8.6, 20.29, -16.25],
                "population": [300000, 800000, 2000, 48000, 200000],
                "alternatenames": ["Malmo", "", "", "Peja|Pec", "Tenerife"],
            }
        )
    )

"""Reading and planning a 10,000-entry member list, in each shape, beside the gazetteer load.

    python benchmarks/reading.py [--entries 10000]

The list names real GeoNames places (the most populous names that are unique), so that
pages without countries make the importer infer them all from the gazetteer: the slowest
path. Prints seconds per shape; the one-time gazetteer load (and its name index) is timed
apart, since the CLI and the app pay it once per process.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from geo.countries import country_name
from geo.data import store
from geo.geocoding.geocode import Gazetteer, load_geonames
from geo.importing import importer

HEAD = "A Joint Statement of Cities\n\n12 March 2024\n\nWe stand together.\n\n"


def unique_places(gazetteer: Gazetteer, count: int) -> list[tuple[str, str]]:
    """The `count` most populous (name, country code) whose name no other place has."""
    frame = gazetteer.frame.sort_values("population", ascending=False)
    names = frame["name"].map(str)
    single = frame[~names.duplicated(keep=False) & names.str.fullmatch(r"[A-Za-z][A-Za-z -]+")]
    return list(zip(single["name"], single["country_code"], strict=True))[:count]


def pages(places: list[tuple[str, str]]) -> dict[str, str]:
    lines = "\n".join(f"{name}, {country_name(code)}" for name, code in places)
    mayors = "\n".join(f"• Jane Doe, Mayor of {name}" for name, _ in places)
    brackets = "; ".join(f"{name} ({country_name(code)})" for name, code in places)
    names = [name for name, _ in places]
    running = f"Signed by {', '.join(names[:-1])} and {names[-1]}."
    return {
        "City, Country lines": HEAD + lines + "\n",
        "City (Country); ...": HEAD + "Signed by: " + brackets + ".\n",
        "Name, Mayor of City (countries inferred)": HEAD + mayors + "\n",
        "running text (countries inferred)": HEAD + running + "\n",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    started = time.perf_counter()
    gazetteer = load_geonames()
    print(f"gazetteer load (once a process): {time.perf_counter() - started:.1f} s")
    places = unique_places(gazetteer, args.entries)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "networks.csv").write_text(
            "id,name,short_name,website,colour\nscn,SCN,SCN,https://a.example,#0072B2\n"
        )
        (root / "signatories.csv").write_text("statement_id,city,country,region\n")
        data = store.load(root)
        print(f"{'shape':45} {'entries':>8} {'read + plan':>12}")
        for shape, page in pages(places).items():
            started = time.perf_counter()
            parsed = importer.read_statement(data, page, network="scn", gazetteer=lambda: gazetteer)
            plan = importer.plan_statement(
                data, parsed, network="scn", source="bench", gazetteer=lambda: gazetteer
            )
            seconds = time.perf_counter() - started
            print(f"{shape:45} {len(plan.signatories):>8,} {seconds:>10.2f} s")


if __name__ == "__main__":
    main()

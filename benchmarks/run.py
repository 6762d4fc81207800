"""How the atlas scales: synthetic data of 1,000 to 50,000 cities, our city layer beside others.

    python benchmarks/run.py [--sizes 1000 10000 50000] [--out benchmarks/results/latest.json]
                             [--repeat 3] [--browser]
    python benchmarks/run.py --app [--repeat 5] [--cities 12500] [--before DIR]

--app instead serves the atlas (app.py) and the ten-minute app (benchmarks/naive_app.py) on
the bundled data, each in `streamlit run`, and measures them side by side in headless Chromium,
offline: from navigation to the first city drawn (a fresh browser context each time, so a first
visit), and for a filter change ("Only cities in two or more networks", ticked then unticked),
the milliseconds from the click to the new map drawn and the bytes the page received over the
websocket and over HTTP. With --cities N both run on a synthetic atlas of N real GeoNames
places, most in Italy and Spain (synthetic.write_data's real_places) instead; --before DIR
runs the app.py of another checkout (the code before a change) beside them, as "before".

For each size: write a synthetic data directory (benchmarks/synthetic.py) to a temp dir, then
time loading it (store.load + atlas.signatory_rows), filtering it (atlas.apply_filter +
city_points), and building and rendering the map three ways (benchmarks/maps.py) as st_folium
would; count the bytes sent to the browser per city; measure peak Python memory with
tracemalloc (in a separate run, as tracing slows Python). Times are the best of --repeat runs;
the naive map runs once (it takes seconds). --browser also times, in headless Chromium, the
page of our layer and of today's GeoJSON map from navigation to every marker drawn.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # `python benchmarks/run.py` from a clone, installed or not

import pandas as pd  # noqa: E402

from benchmarks import browser, maps, synthetic  # noqa: E402
from geo import atlas, view  # noqa: E402
from geo.data import store  # noqa: E402

T = TypeVar("T")
ASSETS_URL = "leaflet"  # relative: the browser benchmark serves Leaflet next to the page
NAIVE_REPEAT = 1
WAYS_IN_BROWSER = ("ours", "app")  # the naive page's popups need jQuery


def timed(action: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The best wall time of `repeat` runs, in milliseconds, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = action()
        best = min(best, (time.perf_counter() - start) * 1000)
    assert result is not None
    return best, result


def peak_mb(action: Callable[[], object]) -> float:
    """Peak memory Python allocates while `action` runs, in MB."""
    gc.collect()
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def load(root: Path) -> tuple[store.AtlasData, pd.DataFrame]:
    data = store.load(root)
    return data, atlas.signatory_rows(data)


def everything(data: store.AtlasData, rows: pd.DataFrame) -> pd.DataFrame:
    """city_points() of a filter naming every network and the whole date range."""
    wanted = view.View(
        networks=tuple(data.networks["id"]),
        start=rows["statement_date"].min(),
        end=rows["statement_date"].max(),
    )
    return view.show(rows, wanted).points


def measure_map(
    way: str, points: pd.DataFrame, networks: pd.DataFrame, highlight: set[str], repeat: int
) -> tuple[dict[str, float], maps.Rendered]:
    build = maps.BUILDERS[way]
    runs = []
    for _ in range(NAIVE_REPEAT if way == "naive" else repeat):
        gc.collect()
        start = time.perf_counter()
        fmap = build(points, networks, highlight, ASSETS_URL)
        built = time.perf_counter()
        rendered = maps.render(fmap)
        runs.append(((built - start) * 1000, (time.perf_counter() - built) * 1000, rendered))
    build_ms, render_ms, rendered = min(runs, key=lambda run: run[0] + run[1])
    count = max(len(points), 1)
    return {
        "build_ms": build_ms,
        "render_ms": render_ms,
        "total_ms": build_ms + render_ms,
        "page_bytes_per_city": len(rendered.page.encode()) / count,
        "sent_bytes_per_city": len(rendered.message.encode()) / count,
        "peak_mb": peak_mb(lambda: maps.render(build(points, networks, highlight, ASSETS_URL))),
    }, rendered


def ratios(ways: dict[str, dict[str, float]], slow: str, fast: str) -> dict[str, float]:
    return {
        metric: ways[slow][key] / ways[fast][key]
        for metric, key in (
            ("time", "total_ms"),
            ("bytes", "sent_bytes_per_city"),
            ("memory", "peak_mb"),
        )
    }


def measure_size(cities: int, repeat: int, pages: Path | None) -> dict[str, Any]:
    """Every measurement at one size; with `pages`, also save the pages to time in a browser."""
    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as tmp:
        root = Path(tmp) / "data"
        synthetic.write_data(root, cities)
        load_ms, (data, rows) = timed(lambda: load(root), repeat)
        result: dict[str, Any] = {
            "cities": cities,
            "signatories": len(rows),
            "load": {"ms": load_ms, "peak_mb": peak_mb(lambda: load(root))},
        }
    filter_ms, points = timed(lambda: everything(data, rows), repeat)
    result["points"] = len(points)
    result["filter"] = {"ms": filter_ms, "peak_mb": peak_mb(lambda: everything(data, rows))}
    first = data.statements["id"].iloc[0]
    highlight = set(rows.loc[rows["statement_id"] == first, "place_key"])
    ways = {}
    for way in maps.BUILDERS:
        print(f"  {cities:,} cities: {way} map ...", file=sys.stderr, flush=True)
        ways[way], rendered = measure_map(way, points, data.networks, highlight, repeat)
        if pages is not None and way in WAYS_IN_BROWSER:
            page = browser.instrument(rendered.page, len(points))
            (pages / f"{way}-{cities}.html").write_text(page, encoding="utf-8")
    result["maps"] = ways
    result["ratios"] = {
        "naive/ours": ratios(ways, "naive", "ours"),
        "naive/app": ratios(ways, "naive", "app"),
    }
    return result


def time_in_browser(results: list[dict[str, Any]], pages: Path, repeat: int) -> None:
    with browser.serve(pages) as url, browser.chromium() as chromium:
        for result in results:
            result["browser"] = {}
            for way in WAYS_IN_BROWSER:
                print(f"  {result['cities']:,} cities: {way} in Chromium ...", file=sys.stderr)
                timing = browser.time_page(chromium, f"{url}/{way}-{result['cities']}.html", repeat)
                result["browser"][way] = {
                    "script_ms": timing.script_ms,
                    "drawn_ms": timing.drawn_ms,
                }


def table(results: list[dict[str, Any]]) -> Iterable[str]:
    yield (
        f"{'cities':>7} {'load ms':>8} {'filter ms':>9}  {'map':<8}"
        f"{'build ms':>9} {'render ms':>10} {'total ms':>9} {'page B/city':>12} "
        f"{'sent B/city':>12} {'peak MB':>8}"
    )
    for result in results:
        lead = f"{result['cities']:>7,} {result['load']['ms']:>8.0f} {result['filter']['ms']:>9.0f}"
        for way, m in result["maps"].items():
            yield (
                f"{lead}  {way:<8}{m['build_ms']:>9.0f} {m['render_ms']:>10.0f} "
                f"{m['total_ms']:>9.0f} {m['page_bytes_per_city']:>12.0f} "
                f"{m['sent_bytes_per_city']:>12.0f} {m['peak_mb']:>8.1f}"
            )
            lead = " " * len(lead)
        for pair, r in result["ratios"].items():
            yield (
                f"{'':>26}  {pair}: {r['time']:.0f}x the time, {r['bytes']:.1f}x the bytes, "
                f"{r['memory']:.1f}x the memory"
            )
        for way, b in result.get("browser", {}).items():
            yield (
                f"{'':>26}  Chromium, {way}: script done {b['script_ms']:.0f} ms, "
                f"every marker drawn {b['drawn_ms']:.0f} ms after navigation"
            )


SHARED = "Only cities in two or more networks"
COUNTRIES = ("Kosovo", "Cameroon", "Italy", "Norway")


def app_rows(data_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The signatory rows and the member rows of a data directory, as both apps read them."""
    data = store.load(data_dir)
    return atlas.signatory_rows(data), view.member_rows(data)


def cities_shown(rows: pd.DataFrame, members: pd.DataFrame, wanted: view.View) -> int:
    """How many cities the apps' maps show for a view: signatories' and members' places."""
    return len(view.show(rows, wanted, members).points)


def changes_to_make(rows: pd.DataFrame, members: pd.DataFrame) -> list[browser.Change]:
    """Tick "only shared cities", untick it (a map seen before), then add countries one by
    one: each a map never seen before on this page, whose message Streamlit cannot have cached.
    """
    made = [
        browser.Change("tick shared", cities_shown(rows, members, view.View(shared=True)), SHARED),
        browser.Change("untick shared", cities_shown(rows, members, view.View()), SHARED),
    ]
    codes = dict(zip(rows["country"], rows["country_code"], strict=True))
    for n, country in enumerate(COUNTRIES, start=1):
        wanted = view.View(countries=tuple(codes[c] for c in COUNTRIES[:n]))
        cities = cities_shown(rows, members, wanted)
        made.append(browser.Change(f"+ {country}", cities, "Country", country))
    return made


def data_for_apps(tmp: Path, cities: int | None) -> Path:
    """The bundled data, or with `cities` a synthetic atlas of that many real places in tmp."""
    if cities is None:
        return ROOT / "data"
    print(f"  writing {cities:,} real places ...", file=sys.stderr, flush=True)
    synthetic.write_data(tmp / "data", cities, real_places=True)
    return tmp / "data"


def measure_apps(
    repeat: int, cities: int | None = None, before: Path | None = None, changes_made: int = 6
) -> dict[str, Any]:
    """The atlas and the ten-minute app in Chromium, side by side, on the bundled data (or
    data_for_apps' synthetic atlas); with `before` (another checkout), its app.py too."""
    apps = {"atlas": (ROOT / "app.py", ROOT)}
    if before is not None:
        apps["before"] = (before / "app.py", before)
    apps["naive"] = (ROOT / "benchmarks" / "naive_app.py", ROOT)
    opens: dict[str, list[float]] = {name: [] for name in apps}
    changes: dict[str, list[browser.ChangeTiming]] = {name: [] for name in apps}
    with tempfile.TemporaryDirectory(prefix="atlas-apps-") as tmp, ExitStack() as stack:
        logs = Path(tmp)
        data_dir = data_for_apps(logs, cities)
        rows, members = app_rows(data_dir)
        everything = cities_shown(rows, members, view.View())
        served = {
            name: stack.enter_context(
                browser.serve_app(script, data_dir, logs / f"{name}.log", cwd=cwd)
            )
            for name, (script, cwd) in apps.items()
        }
        chromium = stack.enter_context(browser.chromium())
        for app in served.values():  # a first page that warms the servers' caches
            browser.open_to_first_city(chromium, app.url, everything)
        quiet = list(served.values())
        for _ in range(repeat):  # alternately, so that both see the same machine
            for name, app in served.items():
                print(f"  {name}: open ...", file=sys.stderr, flush=True)
                browser.wait_until_quiet(quiet)  # not timed on the other app's last work
                opens[name].append(browser.open_to_first_city(chromium, app.url, everything))
        for _ in range(max(1, repeat // 2)):
            for name, app in served.items():
                print(f"  {name}: filter changes ...", file=sys.stderr, flush=True)
                browser.wait_until_quiet(quiet)
                changes[name] += browser.filter_changes(
                    chromium, app.url, everything, changes_to_make(rows, members)[:changes_made]
                )
    return {
        name: {
            "open_ms": statistics.median(opens[name]),
            "open_runs_ms": opens[name],
            "change_ms": statistics.median(c.ms for c in changes[name]),
            "change_ws_bytes": statistics.median(c.ws_bytes for c in changes[name]),
            "change_ws_bytes_max": max(c.ws_bytes for c in changes[name]),
            "change_http_bytes": statistics.median(c.http_bytes for c in changes[name]),
            "change_ws_bytes_by_change": {
                change: statistics.median(c.ws_bytes for c in changes[name] if c.name == change)
                for change in dict.fromkeys(c.name for c in changes[name])
            },
            "changes": [c.__dict__ for c in changes[name]],
        }
        for name in apps
    }


def app_table(result: dict[str, Any]) -> Iterable[str]:
    yield (
        f"{'app':<7} {'open to first city ms':>22} {'filter change ms':>17} "
        f"{'websocket B/change':>19} {'(max)':>7} {'HTTP B/change':>14}"
    )
    for name, r in result.items():
        yield (
            f"{name:<7} {r['open_ms']:>22.0f} {r['change_ms']:>17.0f} "
            f"{r['change_ws_bytes']:>19,.0f} {r['change_ws_bytes_max']:>7,} "
            f"{r['change_http_bytes']:>14,.0f}"
        )
    yield "websocket bytes by change (median):"
    for change in result["atlas"]["change_ws_bytes_by_change"]:
        yield f"  {change:<15}" + "".join(
            f" {name} {r['change_ws_bytes_by_change'][change]:>9,.0f}" for name, r in result.items()
        )
    a, n = result["atlas"], result["naive"]
    if "before" in result:
        b = result["before"]
        yield (
            f"before/atlas: {b['open_ms'] / a['open_ms']:.2f}x the time to the first city, "
            f"{b['change_ms'] / a['change_ms']:.2f}x the time per change, "
            f"{b['change_ws_bytes'] / a['change_ws_bytes']:.2f}x the websocket bytes per change"
        )
    yield (
        f"naive/atlas: {n['open_ms'] / a['open_ms']:.2f}x the time to the first city, "
        f"{n['change_ms'] / a['change_ms']:.2f}x the time per change, "
        f"{n['change_ws_bytes'] / a['change_ws_bytes']:.2f}x the websocket bytes per change"
    )


def machine() -> dict[str, object]:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        **{name: metadata.version(name) for name in ("folium", "streamlit-folium", "pandas")},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 50_000])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/latest.json")
    parser.add_argument("--repeat", type=int, default=3, help="runs to take the best of")
    parser.add_argument("--browser", action="store_true", help="also time pages in Chromium")
    parser.add_argument(
        "--app", action="store_true", help="the atlas beside the ten-minute app, in Chromium"
    )
    parser.add_argument("--cities", type=int, help="--app on this many real places")
    parser.add_argument("--before", type=Path, help="--app: also the app.py of this checkout")
    parser.add_argument("--changes", type=int, default=6, help="--app: the first N changes")
    args = parser.parse_args(argv)
    if args.app:
        before = args.before and args.before.resolve()
        result = measure_apps(args.repeat, args.cities, before, args.changes)
        print("\n".join(app_table(result)))
        out = args.out.with_name("apps.json") if args.out.name == "latest.json" else args.out
        out.parent.mkdir(parents=True, exist_ok=True)
        report = {
            "machine": machine(),
            "repeat": args.repeat,
            "cities": args.cities,
            "before": str(args.before),
            "apps": result,
        }
        out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        print(f"written to {out}")
        return
    with tempfile.TemporaryDirectory(prefix="atlas-pages-") as tmp:
        pages = Path(tmp) if args.browser else None
        results = [measure_size(n, args.repeat, pages) for n in args.sizes]
        if pages is not None:
            time_in_browser(results, pages, args.repeat)
    print("\n".join(table(results)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {"machine": machine(), "repeat": args.repeat, "results": results}
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()

"""Many visitors at once: N first visits started together, the atlas beside the ten-minute app.

    python benchmarks/load.py [--visitors 20 50] [--repeat 2] [--cities 12500] [--apps atlas]
                              [--before CHECKOUT]

Each app (app.py and benchmarks/naive_app.py, on the bundled data) runs in its own
`streamlit run`. One visit in headless Chromium first records what a browser fetches from the
app to draw the map. Then N visitors start at the same moment, each speaking Streamlit's own
protocol as its frontend does: it fetches the page's HTML and the endpoints the frontend asks
before connecting, opens the websocket (/_stcore/stream), asks for a script run
(BackMsg.rerun_script), reads ForwardMsgs until the map (the st_folium component) arrives,
then fetches what the map's frame loads (streamlit-folium's bundle, Leaflet, for the atlas the
outlines and their script; six connections at a time, like a browser). A visitor's "first city"
time is when it has all of that (the page's elements after the map may still be coming); the
drawing itself happens on each visitor's own machine and is not counted (in Chromium it is some
100 ms after the last file). Streamlit's own frontend
bundle (/static/, the same for both apps, cached by browsers for a year) is not fetched. The
visitors run in this process, on asyncio: a few ms of CPU each.

Printed: the median and the slowest visitor's time to first city for each app and N, and their
ratio (naive / atlas), and the server's memory (resident, from /proc) after each crowd and at
its peak. The apps are measured one after the other, alternately, in one run. --cities N runs
them on a synthetic atlas of N real places (run.data_for_apps); --apps measures some alone.
--before CHECKOUT runs that checkout's app.py (another version, e.g. `git archive` of a commit)
too, as "before", alternately with the others, and prints before / atlas.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import ssl
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import websockets  # noqa: E402
from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

from benchmarks import browser, run  # noqa: E402
from geo import view  # noqa: E402

APPS = {"atlas": ROOT / "app.py", "naive": ROOT / "benchmarks" / "naive_app.py"}
MAP_COMPONENT = "st_folium"
CONNECTIONS = 6  # a browser's connections per host
TIMEOUT_S = 300.0


@dataclass(frozen=True)
class Fetches:
    """What one browser visit fetched from the app: before the websocket, and for the map."""

    page: list[str]
    map: list[str]


@dataclass(frozen=True)
class Visit:
    map_message_s: float  # the map's ForwardMsg received
    first_city_s: float  # ... and every file the map's frame loads fetched
    ws_bytes: int


def record_fetches(url: str, markers: int) -> Fetches:
    """The loopback URLs one Chromium visit fetches, but Streamlit's frontend bundle."""
    with browser.chromium() as chromium:
        context = chromium.new_context()
        context.route(browser.NOT_LOOPBACK, lambda route: route.abort())
        page = context.new_page()
        urls: list[str] = []
        page.on("requestfinished", lambda request: urls.append(request.url))
        page.goto(url)
        browser.open_to_first_city_on(page, markers)
        context.close()
    paths = []
    for address in dict.fromkeys(urls):
        parts = urlsplit(address)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if not parts.path.startswith(("/static/", "/media/", "/_stcore/stream")):
            paths.append(path)
    return Fetches(
        page=[p for p in paths if not p.startswith("/component/")],
        map=[p for p in paths if p.startswith("/component/")],
    )


async def fetch_all(client: httpx.AsyncClient, paths: Iterable[str]) -> None:
    gate = asyncio.Semaphore(CONNECTIONS)

    async def one(path: str) -> None:
        async with gate:
            try:
                answer = await client.get(path)
            except (httpx.ReadError, httpx.RemoteProtocolError):
                # a kept-alive connection the server closed as it was reused (idle a few
                # seconds while the visitor waited for its run): a browser asks again
                answer = await client.get(path)
            answer.raise_for_status()

    await asyncio.gather(*(one(path) for path in paths))


async def fetched_at(client: httpx.AsyncClient, paths: Iterable[str]) -> float:
    """Fetch `paths` (fetch_all); the time they were all in."""
    await fetch_all(client, paths)
    return time.perf_counter()


def rerun_message() -> bytes:
    message = BackMsg()
    message.rerun_script.query_string = ""
    message.rerun_script.page_script_hash = ""
    return bytes(message.SerializeToString())


def is_map(message: ForwardMsg) -> bool:
    if message.WhichOneof("type") != "delta":
        return False
    element = message.delta.new_element
    return (
        message.delta.WhichOneof("type") == "new_element"
        and element.WhichOneof("type") == "component_instance"
        and MAP_COMPONENT in element.component_instance.component_name
    )


async def visit(url: str, fetches: Fetches, start: float, tls: ssl.SSLContext) -> Visit:
    limits = httpx.Limits(max_connections=CONNECTIONS)
    client = httpx.AsyncClient(base_url=url, limits=limits, timeout=TIMEOUT_S, verify=tls)
    async with client:
        await fetch_all(client, fetches.page)
        stream = url.replace("http://", "ws://") + "/_stcore/stream"
        received = 0
        async with websockets.connect(stream, subprotocols=[websockets.Subprotocol("streamlit")],
                                      max_size=None, open_timeout=TIMEOUT_S) as ws:  # fmt: skip
            await ws.send(rerun_message())
            map_at = None
            while True:
                data = await ws.recv()
                received += len(data)
                message = ForwardMsg()
                message.ParseFromString(data if isinstance(data, bytes) else data.encode())
                if map_at is None and is_map(message):
                    map_at = time.perf_counter() - start
                    drawn = asyncio.ensure_future(fetched_at(client, fetches.map))
                if message.WhichOneof("type") == "script_finished":
                    break
        if map_at is None:
            raise RuntimeError(f"{url}: the script finished without sending a map")
        # when the map's files were in: the rest of the page may have come after them
        return Visit(map_at, await drawn - start, received)


async def crowd(url: str, fetches: Fetches, visitors: int) -> list[Visit]:
    # One TLS context for the crowd, made before it starts (the apps are plain HTTP: it is
    # never used): an httpx client makes its own otherwise, loading the CA certificates, about
    # 0.1 s of CPU each in this one thread, 2 to 3 s before the 20th visitor's first request.
    tls = ssl.create_default_context()
    start = time.perf_counter()
    return list(await asyncio.gather(*(visit(url, fetches, start, tls) for _ in range(visitors))))


def summary(visits: list[Visit]) -> dict[str, float]:
    firsts = [v.first_city_s for v in visits]
    return {
        "median_s": statistics.median(firsts),
        "max_s": max(firsts),
        "map_message_median_s": statistics.median(v.map_message_s for v in visits),
        "ws_kb_per_visitor": statistics.mean(v.ws_bytes for v in visits) / 1000,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visitors", type=int, nargs="+", default=[20, 50])
    parser.add_argument("--repeat", type=int, default=2, help="crowds per app and size")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/load.json")
    parser.add_argument("--cities", type=int, help="on this many real places")
    parser.add_argument("--apps", nargs="+", choices=list(APPS), default=list(APPS))
    parser.add_argument("--before", type=Path, help="another checkout's app, as 'before'")
    args = parser.parse_args(argv)
    apps = {name: (APPS[name], ROOT) for name in args.apps}
    if args.before:
        apps["before"] = (args.before.resolve() / "app.py", args.before.resolve())
    results: dict[str, dict[int, list[dict[str, float]]]] = {name: {} for name in apps}
    with tempfile.TemporaryDirectory(prefix="atlas-load-") as tmp, ExitStack() as stack:
        logs = Path(tmp)
        data_dir = run.data_for_apps(logs, args.cities)
        markers = run.cities_shown(*run.app_rows(data_dir), view.View())
        servers = {
            name: stack.enter_context(
                browser.serve_app(script, data_dir, logs / f"{name}.log", cwd=cwd)
            )
            for name, (script, cwd) in apps.items()
        }
        fetches = {name: record_fetches(app.url, markers) for name, app in servers.items()}
        for visitors in args.visitors:
            for _ in range(args.repeat):
                for name, app in servers.items():
                    print(f"  {visitors} visitors: {name} ...", file=sys.stderr, flush=True)
                    cpu = app.cpu_seconds()
                    visits = asyncio.run(crowd(app.url, fetches[name], visitors))
                    result = summary(visits)
                    time.sleep(2)  # the sessions close
                    result["server_cpu_s_per_view"] = (app.cpu_seconds() - cpu) / visitors
                    result["server_mb"], result["server_peak_mb"] = app.memory_mb()
                    results[name].setdefault(visitors, []).append(result)
                    print(
                        f"    median {result['median_s']:.2f} s, slowest {result['max_s']:.2f} s,"
                        f" {result['server_cpu_s_per_view']:.2f} s CPU a view, server"
                        f" {result['server_mb']:.0f} MB (peak {result['server_peak_mb']:.0f})",
                        file=sys.stderr,
                        flush=True,
                    )
    print(
        f"{'visitors':>8}  {'app':<6} {'median s':>9} {'max s':>7} {'map msg s':>10} {'ws KB':>7}"
        f" {'CPU s/view':>11} {'server MB':>10} {'peak MB':>8}"
    )
    for visitors in args.visitors:
        best = {}
        for name in apps:
            runs = results[name][visitors]
            best[name] = min(runs, key=lambda run: run["median_s"])
            r = best[name]
            print(
                f"{visitors:>8}  {name:<6} {r['median_s']:>9.2f} {r['max_s']:>7.2f} "
                f"{r['map_message_median_s']:>10.2f} {r['ws_kb_per_visitor']:>7.1f}"
                f" {r['server_cpu_s_per_view']:>11.2f} {r['server_mb']:>10.0f}"
                f" {r['server_peak_mb']:>8.0f}"
            )
        for other in ("naive", "before"):
            if other in best and "atlas" in best:
                print(
                    f"{'':>8}  {other}/atlas: "
                    f"{best[other]['median_s'] / best['atlas']['median_s']:.2f}x the median, "
                    f"{best[other]['max_s'] / best['atlas']['max_s']:.2f}x the slowest"
                )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "machine": run.machine(),
        "cities": args.cities,
        "fetches": {k: v.__dict__ for k, v in fetches.items()},
        "results": results,
    }
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()

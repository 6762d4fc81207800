"""The app's first run and a rerun on a large atlas, beside the ten-minute app, in one run.

    python benchmarks/first_run.py [--cities 10000] [--repeat 3] [--real-places]
    python -m benchmarks.first_run --bundled --repeat 1

Each app runs in a fresh Python process (so nothing is cached: the first run of a new server)
through Streamlit's AppTest on a synthetic data directory (benchmarks/synthetic.py): the time
of the first page run, of a rerun with nothing changed, and the bytes of the map message a
city. Medians of --repeat processes, and the ten-minute app's times over the atlas's.
--real-places: real GeoNames places, most in Italy and Spain (synthetic.write_data).
--bundled: the bundled data/ instead (its signatories and the Covenant's members).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import run, synthetic
from geo import view

ROOT = Path(__file__).resolve().parent.parent
APPS = {"atlas": ROOT / "app.py", "naive": ROOT / "benchmarks" / "naive_app.py"}
# Run in the child: both runs timed, and what the map component was sent.
CHILD = """
import json, sys, time
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=600)
started = time.perf_counter()
at.run()
first = time.perf_counter() - started
started = time.perf_counter()
at.run()
rerun = time.perf_counter() - started
assert not at.exception, at.exception
sent = sum(len(e.proto.json_args) for e in at.get("component_instance"))
print(json.dumps({"first_s": first, "rerun_s": rerun, "map_bytes": sent}))
"""


def run_once(app: Path, data_dir: Path) -> dict[str, float]:
    env = {"ATLAS_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(app)],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--real-places", action="store_true")
    parser.add_argument("--bundled", action="store_true", help="the bundled data/ instead")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="atlas-first-run-") as tmp:
        if args.bundled:
            data_dir = ROOT / "data"
            args.cities = run.cities_shown(*run.app_rows(data_dir), view.View())
        else:
            data_dir = Path(tmp) / "data"
            synthetic.write_data(data_dir, args.cities, real_places=args.real_places)
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in APPS}
        for _ in range(args.repeat):  # alternately, so that both see the same machine
            for name, app in APPS.items():
                print(f"  {name} ...", file=sys.stderr, flush=True)
                runs[name].append(run_once(app, data_dir))
    medians = {
        name: {k: statistics.median(r[k] for r in found) for k in found[0]}
        for name, found in runs.items()
    }
    print(f"{args.cities:,} cities, medians of {args.repeat} fresh processes")
    print(f"{'app':<7} {'first run s':>12} {'rerun s':>9} {'map B/city':>11}")
    for name, m in medians.items():
        print(
            f"{name:<7} {m['first_s']:>12.2f} {m['rerun_s']:>9.2f} "
            f"{m['map_bytes'] / args.cities:>11.1f}"
        )
    atlas, naive = medians["atlas"], medians["naive"]
    print(
        f"naive/atlas: {naive['first_s'] / atlas['first_s']:.1f}x the first run, "
        f"{naive['rerun_s'] / atlas['rerun_s']:.1f}x the rerun"
    )


if __name__ == "__main__":
    main()

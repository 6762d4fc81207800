"""Every command block of README.md, pasted into a fresh copy of the repository as written.

A fresh copy is the repository's files (tracked, or new and not ignored) in a temporary
folder, without `.venv`: the commands run there with relative paths and the default `data/`
folder, as a user types them, with `python` the test environment's. The files a block reads
that a user brings (`page.txt`, `statement.txt`, ...) are our own small pages, written first.

Two kinds of line are not run as such, and are checked otherwise:
- the set-up block's installs: its second command is exactly what CI runs (`.ci/run`), and
  its first is that command's virtual environment with a plain install; the app it starts
  is started here;
- `docker ...`: no engine runs here; tests/test_deploy.py checks the Dockerfile and runs its
  command.
Servers (`streamlit run`) are started on a free loopback port (Streamlit's own
STREAMLIT_SERVER_PORT), checked healthy, and stopped. Nominatim is a fake on loopback
(ATLAS_NOMINATIM_URL): no line reaches the internet.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from benchmarks.serving import free_port, running
from geo.geocoding import nominatim
from geo.maps import snapshot
from tests.conftest import ROOT

COMMAND_SECONDS = 300

# What a user brings: our own pages and tables, never a real page.
PAGE = """\
Joint Statement of Mayors on Clean Rivers

12 March 2024

We, the mayors of the cities below, commit to rivers our children can swim in.

Signed by:
Aarhus, Denmark
Bilbao, Spain
Zagreb, Croatia
"""
STATEMENT = """\
Cities for Cleaner Air

3 June 2024

Signed by Ghent (Belgium), Utrecht (Netherlands) and Tampere (Finland).
"""
NO_LIST = """\
Declaration on Libraries Open to All

7 May 2024

The members of the network, meeting in plenary, adopted this declaration.
"""
USER_FILES = {
    "page.txt": PAGE,
    "statement.txt": STATEMENT,
    "ukraine.txt": NO_LIST,
    "icc_members.csv": "city,country\nBergen,Norway\nLublin,Poland\n",
    "members.csv": "Mitglied,Land,Beitritt\nBergen,Norway,2019-05-01\nLublin,Poland,\n",
    "my-places.csv": "geonameid,name,country_code,lat,lon,population,alternatenames\n"
    "2624652,Aarhus,DK,56.15674,10.21076,285273,Århus\n",
}


@dataclass(frozen=True)
class Block:
    number: int  # the block's place among README's bash blocks, from 0
    commands: tuple[str, ...]  # its command lines, comments left out


def bash_blocks() -> list[Block]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = []
    for number, body in enumerate(re.findall(r"```bash\n(.*?)```", text, re.S)):
        joined = body.replace("\\\n", " ")
        lines = (re.sub(r"(^|\s)#.*$", "", line).strip() for line in joined.splitlines())
        blocks.append(Block(number, tuple(line for line in lines if line)))
    return blocks


def set_up_block() -> Block:
    return next(b for b in bash_blocks() if b.commands[0].startswith("python3 -m venv"))


def exit_status(command: str) -> int:
    """What a line must exit with: 0, but for what the README says exits 1 without Chromium."""
    if "--format png" in command and snapshot.unavailable():
        return 1
    return 0


def fresh_copy(folder: Path) -> Path:
    """The repository as a clone has it (no .venv, no caches), and the user's files."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    clone = folder / "clone"
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, clone / name)
    for name, text in USER_FILES.items():
        (clone / name).write_text(text, encoding="utf-8")
    return clone


class _Nominatim(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.server.asked.append(self.path)  # type: ignore[attr-defined]
        body = b"[]"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def fake_nominatim() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    server.asked = []  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def environment(fake: ThreadingHTTPServer) -> dict[str, str]:
    """The user's shell: the test environment's `python` first on PATH, a Nominatim on
    loopback, servers on a free loopback port."""
    return {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        nominatim.URL_ENV: f"http://127.0.0.1:{fake.server_address[1]}",
        "STREAMLIT_SERVER_ADDRESS": "127.0.0.1",
        "STREAMLIT_SERVER_HEADLESS": "true",
    }


def run_line(command: str, clone: Path, env: dict[str, str]) -> None:
    if "streamlit run" in command:
        port = free_port()
        with running(
            ["bash", "-c", command],
            port,
            clone / "streamlit.log",
            cwd=clone,
            env={**env, "STREAMLIT_SERVER_PORT": str(port)},
        ):
            return
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=COMMAND_SECONDS,
    )
    assert done.returncode == exit_status(command), (
        f"{command}\nexit {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    )


def runnable(block: Block) -> bool:
    return block != set_up_block() and not block.commands[0].startswith("docker ")


@pytest.mark.parametrize(
    "block", [b for b in bash_blocks() if runnable(b)], ids=lambda b: f"block{b.number}"
)
def test_a_command_block_works_pasted_into_a_fresh_copy(
    block: Block, tmp_path: Path, fake_nominatim: ThreadingHTTPServer
) -> None:
    clone = fresh_copy(tmp_path)
    env = environment(fake_nominatim)
    for command in block.commands:
        run_line(command, clone, env)
    assert fake_nominatim.asked == []  # every place was found offline: nothing to ask
    assert not list((clone / "data").rglob(".*.tmp"))


def test_the_set_up_block_is_what_ci_runs_and_starts_the_app(
    tmp_path: Path, fake_nominatim: ThreadingHTTPServer
) -> None:
    install_and_run, install_and_test = set_up_block().commands
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert install_and_test in ci  # CI runs it, verbatim, on a clean clone
    venv, activate, install, start = install_and_run.split(" && ")
    assert install_and_test.startswith(f"{venv} && {activate} && python -m pip install ")
    assert install == "python -m pip install -e ."
    run_line(start, fresh_copy(tmp_path), environment(fake_nominatim))

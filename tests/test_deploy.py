"""Server hygiene and deployment: the Streamlit config, the caches, the Dockerfile's command.

No container engine runs here, so the Dockerfile is read, and the command it would run is
run on this machine (on 127.0.0.1 instead of 0.0.0.0), with its health check.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from playwright.sync_api import Browser, expect
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.app_session import AppSession
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from websockets.sync.client import ClientConnection, connect

from benchmarks import serving
from tests.browser import (
    DATA_DIR,
    NOT_LOOPBACK,
    STARTUP_SECONDS,
    VIEWPORT,
    WAIT_MS,
    Traffic,
    block,
    free_port,
    serve_atlas,
)
from tests.conftest import ROOT
from ui import guards

pytest_plugins = ["tests.browser"]

DOCKERFILE = ROOT / "Dockerfile"
CACHES = ("cache_data", "cache_resource")


def instructions() -> list[tuple[str, str]]:
    """The Dockerfile as (INSTRUCTION, arguments), continuation lines joined."""
    joined = DOCKERFILE.read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in joined.splitlines()]
    return [
        (word.upper(), rest.strip())
        for word, _, rest in (line.partition(" ") for line in lines)
        if word and not word.startswith("#")
    ]


def last(name: str) -> str:
    found = [args for instruction, args in instructions() if instruction == name]
    assert found, f"the Dockerfile has no {name}"
    return found[-1]


def env() -> dict[str, str]:
    pairs = shlex.split(" ".join(a for i, a in instructions() if i == "ENV"))
    return dict(pair.split("=", 1) for pair in pairs)


def test_streamlit_shows_visitors_no_error_details_and_no_developer_menu() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["showErrorDetails"] == "none"
    assert config["client"]["toolbarMode"] == "viewer"  # no "Clear cache" for visitors


def test_the_server_does_not_collect_all_garbage_after_every_page_run() -> None:
    """A full collection after each run was most of a page view's CPU (benchmarks/load.py)."""
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["postScriptGC"] is False


def app_tree() -> ast.Module:
    """The page's code as one tree: app.py and the parts in ui/."""
    files = [ROOT / "app.py", *sorted((ROOT / "ui").glob("*.py"))]
    body = [node for f in files for node in ast.parse(f.read_text(encoding="utf-8")).body]
    return ast.Module(body=body, type_ignores=[])


def cached_functions() -> dict[str, ast.Call]:
    """Every function of the page cached by Streamlit, with its decorator call."""
    found = {}
    for node in ast.walk(app_tree()):
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                call = decorator if isinstance(decorator, ast.Call) else None
                target = call.func if call else decorator
                if isinstance(target, ast.Attribute) and target.attr in CACHES:
                    assert call is not None, f"{node.name}: a cache without bounds"
                    found[node.name] = call
    return found


def test_every_cache_is_bounded() -> None:
    cached = cached_functions()
    assert {"load", "select", "gazetteer"} <= set(cached)
    for name, call in cached.items():
        assert {k.arg for k in call.keywords} & {"max_entries", "ttl"}, name


def test_no_visitor_path_clears_the_caches() -> None:
    cached = set(cached_functions())
    clearing = {}
    for function in ast.walk(app_tree()):
        if not isinstance(function, ast.FunctionDef):
            continue
        for node in ast.walk(function):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "clear"
                and isinstance(node.func.value, ast.Name | ast.Attribute)
                and ast.unparse(node.func.value).split(".")[-1] in {*cached, *CACHES}
            ):
                clearing.setdefault(function.name, []).append(ast.unparse(node.func.value))
    assert clearing == {}  # caches follow the files' state: no one clears them, not even a save


@contextmanager
def run_page_once(url: str) -> Iterator[ClientConnection]:
    """Open a session on the app's websocket, as a browser does, and run the page once."""
    with connect(f"ws://{url.split('://', 1)[1]}/_stcore/stream", subprotocols=["streamlit"]) as ws:
        run_page(ws)
        yield ws


def run_page(ws: ClientConnection) -> None:
    """Run the page in this session and wait until the run has finished."""
    rerun = BackMsg()
    rerun.rerun_script.query_string = ""
    ws.send(rerun.SerializeToString())
    while True:
        answer = ForwardMsg()
        answer.ParseFromString(ws.recv(timeout=STARTUP_SECONDS))
        if answer.WhichOneof("type") == "script_finished":
            return


def test_a_browser_cannot_clear_the_shared_caches(tmp_path: Path) -> None:
    """Streamlit's server obeys "clear cache" from any websocket; the app makes it ignore it."""
    log = tmp_path / "server.log"
    ignored = "ignored a browser's request to clear the shared caches"
    with serve_atlas(DATA_DIR, log) as url, run_page_once(url) as ws:
        assert ignored not in log.read_text()
        clear = BackMsg()
        clear.clear_cache = True
        ws.send(clear.SerializeToString())
        # The session handles its messages in turn: once a run asked after it has finished,
        # the request has been handled, and its line logged (stderr is line-buffered).
        run_page(ws)
        assert ignored in log.read_text()


FAILURE_HOOK = """# Test hook, loaded by Python at start-up: the atlas fails unexpectedly.
import sys
sys.path.insert(0, {root!r})
import geo.atlas

def fail(*args, **kwargs):
    raise RuntimeError("an unexpected failure, reported from " + __file__)

geo.atlas.signatory_rows = fail
"""


@pytest.mark.browser
def test_an_unexpected_error_shows_no_details_and_is_logged(
    chromium: Browser, tmp_path: Path, traffic: Traffic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Data files no longer break the page (damaged lines are listed), so a start-up hook
    makes the app fail where nothing catches it."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(FAILURE_HOOK.format(root=str(ROOT)))
    paths = [str(hooks), *filter(None, [os.environ.get("PYTHONPATH")])]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(paths))
    log = tmp_path / "server.log"
    with serve_atlas(DATA_DIR, log) as url:
        context = chromium.new_context(viewport=VIEWPORT)
        context.route(NOT_LOOPBACK, lambda route: block(route, traffic))
        page = context.new_page()
        page.goto(url)
        expect(page.get_by_text("This app has encountered an error")).to_be_visible(timeout=WAIT_MS)
        shown = page.locator("body").inner_text()
        context.close()
    assert "an unexpected failure" not in shown
    assert str(tmp_path) not in shown
    assert "Traceback" not in shown
    logged = log.read_text()
    assert "RuntimeError: an unexpected failure" in logged  # the details stay on the server
    assert str(hooks) in logged


# ------------------------------------------------------------------------------ Docker


def test_the_image_runs_as_a_user_with_data_in_a_volume_and_a_health_check() -> None:
    base = last("FROM")
    assert base.startswith("python:3.")
    assert "-slim" in base
    assert last("USER") not in {"root", "0", ""}
    assert last("EXPOSE") == "8501"
    assert env()["ATLAS_DATA_DIR"] in json.loads(last("VOLUME"))
    assert "/_stcore/health" in last("HEALTHCHECK")
    command = json.loads(last("CMD"))
    assert command[:5] == ["python", "-m", "streamlit", "run", "app.py"]
    assert command[command.index("--server.address") + 1] == "0.0.0.0"
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    assert ".streamlit/secrets.toml" in ignored  # never baked into an image


def test_everything_the_image_copies_is_in_the_build_context() -> None:
    ignored = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for args in (a for i, a in instructions() if i == "COPY"):
        *sources, _ = args.split()
        for source in sources:
            assert (ROOT / source).exists(), f"COPY {source}: not in the repository"
            assert source.rstrip("/") not in ignored, f"COPY {source}: left out by .dockerignore"


def on_port(command: list[str], port: int) -> list[str]:
    """A Dockerfile command with its port 8501 replaced, and 0.0.0.0 by loopback."""
    swapped = [a.replace("8501", str(port)) for a in command]
    return ["127.0.0.1" if a == "0.0.0.0" else a for a in swapped]


def image_files(root: Path) -> Path:
    """The files the Dockerfile's COPY lines put in the image, under `root`; its WORKDIR."""
    workdir = root / last("WORKDIR").lstrip("/")
    for args in (a for i, a in instructions() if i == "COPY"):
        *sources, target = args.split()
        into = root / target.lstrip("/") if target.startswith("/") else workdir / target
        for source in sources:
            found = ROOT / source
            place = into / found.name if target.endswith("/") else into
            if found.is_dir():
                shutil.copytree(found, place, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                place.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(found, place)
    return workdir


def health_check(command: list[str]) -> int:
    return subprocess.run(command, capture_output=True, timeout=30).returncode


def test_the_image_command_serves_the_atlas_and_passes_its_health_check(tmp_path: Path) -> None:
    port = free_port()
    command = on_port(json.loads(last("CMD")), port)
    check = on_port(json.loads(last("HEALTHCHECK").split("CMD", 1)[1]), port)
    command[0] = check[0] = sys.executable  # "python" in the image
    log = tmp_path / "server.log"
    image = tmp_path / "image"
    workdir = image_files(image)  # only what the image has: a missing COPY fails here
    data = image / env()["ATLAS_DATA_DIR"].lstrip("/")
    with serving.running(command, port, log, cwd=workdir, env={"ATLAS_DATA_DIR": str(data)}):
        assert health_check(check) == 0
        with run_page_once(f"http://127.0.0.1:{port}"):  # the page runs with what was copied
            pass
        assert "Traceback" not in log.read_text()
    assert health_check(check) != 0  # and it fails when the server is gone


def pinned() -> dict[str, str]:
    """constraints.txt as {normalised name: version}."""
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned with =="
            pins[canonicalize_name(name)] = version
    return pins


def runtime_dependencies() -> set[str]:
    """The distributions the app needs to run, its dependencies' dependencies too (pyproject's
    dependencies, not the test extras), as installed here."""
    wanted = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    todo = [Requirement(r) for r in wanted["project"]["dependencies"]]
    found: set[str] = set()
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in found or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        found.add(name)
        todo += [Requirement(r) for r in metadata.requires(name) or ()]
    return found


def test_everything_the_image_runs_is_pinned_to_the_tested_version() -> None:
    """`pip install -c constraints.txt .` leaves no runtime dependency to the day's release."""
    pins = pinned()
    unpinned = sorted(runtime_dependencies() - set(pins))
    assert unpinned == [], f"add to constraints.txt: {unpinned}"
    for name in runtime_dependencies():
        assert metadata.version(name) == pins[name], f"{name}: tested with {pins[name]}"


def test_the_image_installs_the_tested_set_on_a_pinned_base() -> None:
    installs = [a for i, a in instructions() if i == "RUN" and "pip install" in a]
    assert installs, "the Dockerfile installs nothing"
    for command in installs:
        words = shlex.split(command)
        assert "-c" in words, f"{command}: without -c constraints.txt"
        assert words[words.index("-c") + 1] == "constraints.txt"
        assert "-e" not in words, f"{command}: an editable install in an image"
    copied = [source for i, a in instructions() if i == "COPY" for source in a.split()[:-1]]
    assert "constraints.txt" in copied
    base = last("FROM")
    assert re.fullmatch(r"python:3\.11[\w.-]*-slim[\w-]*@sha256:[0-9a-f]{64}", base), base


@pytest.mark.parametrize(
    ("owner", "name", "guard"),
    [
        (AppSession, "_handle_clear_cache_request", guards.keep_caches_from_visitors),
        (MemoryUploadedFileManager, "add_file", guards.guard_uploads),
        (MemoryUploadedFileManager, "get_upload_urls", guards.guard_uploads),
    ],
)
def test_a_guard_fails_loudly_when_streamlit_renames_what_it_replaces(
    monkeypatch: pytest.MonkeyPatch, owner: type, name: str, guard: Callable[[], None]
) -> None:
    """After an upgrade that renames a private method, the page stops with the reason,
    rather than run unguarded."""
    monkeypatch.delattr(owner, name)
    with pytest.raises(guards.StreamlitChanged, match=f"{owner.__qualname__}.{name} is gone"):
        guard()


def test_a_guard_fails_loudly_when_streamlit_changes_its_parameters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def add_file(self: object, session_id: str, file: object, replace: bool) -> None: ...

    monkeypatch.setattr(MemoryUploadedFileManager, "add_file", add_file)
    with pytest.raises(guards.StreamlitChanged, match="add_file takes"):
        guards.guard_uploads()


def test_the_server_still_stores_uploads_where_the_upload_guard_looks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from streamlit.web.server import server

    monkeypatch.setattr(server, "MemoryUploadedFileManager", type("OtherManager", (), {}))
    with pytest.raises(guards.StreamlitChanged, match="no longer stores uploads"):
        guards.guard_uploads()

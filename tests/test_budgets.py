"""Budgets for what a visitor can make the server do: map pictures, long text, uploads.

Each is tried as an attacker would: a real server and its websocket, real Chromiums counted
in /proc, PUTs to Streamlit's upload endpoint from a session that was shown no uploader.
"""

from __future__ import annotations

import http.cookiejar
import os
import select
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest
from starlette.exceptions import HTTPException
from streamlit import config
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.uploaded_file_manager import UploadedFileRec
from websockets.sync.client import ClientConnection, connect

from benchmarks import serving
from geo import atlas, view
from geo.data import store
from geo.maps import exports, snapshot
from tests.browser import DATA_DIR, STARTUP_SECONDS, require_chromium
from tests.conftest import ROOT
from ui import guards

# ------------------------------------------------------------------------ processes


def children() -> dict[int, list[int]]:
    """Every process's children, from /proc."""
    found: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # not a process, or gone meanwhile
        found.setdefault(int(fields[1]), []).append(int(entry.name))
    return found


def descendants(pid: int, tree: dict[int, list[int]] | None = None) -> list[int]:
    """Process `pid`'s children, theirs, and so on, from `tree` (`children()`: read now)."""
    tree, found, todo = children() if tree is None else tree, [], [pid]
    while todo:
        kids = tree.get(todo.pop(), [])
        found += kids
        todo += kids
    return found


def chromiums(pid: int, tree: dict[int, list[int]] | None = None) -> list[str]:
    """Chromium browsers started by process `pid`, however deep: their command lines. Not
    their helpers (--type=...), nor a browser's fork for a moment before it runs a helper."""
    tree, found, todo = children() if tree is None else tree, [], [(pid, False)]
    while todo:
        parent, in_chromium = todo.pop()
        for child in tree.get(parent, []):
            try:
                args = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
            except OSError:
                continue  # gone meanwhile
            chromium = Path(args[0].decode()).name == "chromium"
            if chromium and not in_chromium and not any(a.startswith(b"--type=") for a in args):
                found.append(f"{child}: {b' '.join(args[:3]).decode()}")
            todo.append((child, in_chromium or chromium))
    return found


def drawings(pid: int, tree: dict[int, list[int]]) -> set[int]:
    """The drawing processes (`python -m geo.maps.snapshot`) among process `pid`'s
    descendants, and every process under them."""
    found: set[int] = set()
    for child in descendants(pid, tree):
        try:
            args = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # gone meanwhile
        if snapshot.__name__.encode() in args:
            found |= {child, *descendants(child, tree)}
    return found


def still_running(pids: set[int], timeout_s: float) -> set[int]:
    """Those of `pids` that have not ended within `timeout_s`: each waited for by its pidfd,
    which becomes readable when the process ends (no polling)."""
    left, ends = set(), time.monotonic() + timeout_s
    for pid in pids:
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            continue  # ended already
        try:
            if not select.select([fd], [], [], max(0.0, ends - time.monotonic()))[0]:
                left.add(pid)
        finally:
            os.close(fd)
    return left


class Counting:
    """The most Chromium browsers this process ran at one moment, sampled every 20 ms, beside
    those it ran already (a test process's own, tests.browser's `chromium`); and every process
    a drawing started meanwhile (`drawings`), not what other threads of a test process start."""

    def __init__(self, pid: int) -> None:
        self.pid, self.most, self.done = pid, 0, threading.Event()
        self.seen: list[str] = []
        self.started: set[int] = set()
        self.before = set(chromiums(pid))
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self.done.wait(0.02):
            tree = children()  # /proc read once a sample, for both counts
            browsers = [b for b in chromiums(self.pid, tree) if b not in self.before]
            if len(browsers) > self.most:
                self.most, self.seen = len(browsers), browsers
            self.started |= drawings(self.pid, tree)

    def __enter__(self) -> Counting:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()


# ------------------------------------------------------------------------ map pictures


@pytest.mark.browser
def test_six_pictures_asked_at_once_are_drawn_two_at_a_time_the_rest_refused_quickly() -> None:
    """Six visitors ask for six different map pictures at the same moment."""
    require_chromium()
    data = store.load(DATA_DIR)
    shown = view.show(atlas.signatory_rows(data), view.View())
    sids = list(data.statements["id"])[:6]
    outcomes: list[tuple[str, float]] = []
    start = threading.Barrier(len(sids))

    def ask(sid: str) -> None:
        start.wait()
        began = time.monotonic()
        try:
            exports.export(data, shown, view.View(statement=sid), "png")
            outcomes.append(("drawn", time.monotonic() - began))
        except snapshot.SnapshotRefused:
            outcomes.append(("refused", time.monotonic() - began))

    with Counting(os.getpid()) as counting:
        threads = [threading.Thread(target=ask, args=(sid,)) for sid in sids]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=3 * snapshot.RENDER_DEADLINE_S)
    assert 1 <= counting.most <= snapshot.RENDERS_AT_ONCE, counting.seen
    assert len(outcomes) == len(sids)
    drawn = [seconds for outcome, seconds in outcomes if outcome == "drawn"]
    refused = [seconds for outcome, seconds in outcomes if outcome == "refused"]
    assert refused, "every picture was drawn: none waited for a turn"
    assert max(refused) < min(drawn)  # refused before any drawing ended: not queued


@pytest.mark.browser
def test_a_drawing_past_its_deadline_is_killed_with_its_chromium() -> None:
    """A page that never says it is drawn: Playwright would wait; the deadline ends it all."""
    require_chromium()
    deadline = 8.0
    began = time.monotonic()
    with Counting(os.getpid()) as counting, pytest.raises(snapshot.SnapshotError, match="longer"):
        snapshot.render_png("<html><body>never drawn</body></html>", deadline_s=deadline)
    assert time.monotonic() - began < deadline + 3
    assert counting.most == 1  # Chromium was running ...
    assert counting.started  # ... under the drawing's process ...
    assert not still_running(counting.started, timeout_s=5)  # ... and nothing of it is left


class Drawing:
    """A stand-in for Chromium: counts its drawings; each waits for `go` when asked to."""

    def __init__(self, hold: bool = False) -> None:
        self.count, self.go, self.started = 0, threading.Event(), threading.Event()
        if not hold:
            self.go.set()

    def __call__(self, html: str, width: int, height: int) -> bytes:
        self.count += 1
        self.started.set()
        self.go.wait(timeout=10)
        return f"PNG of {html}".encode()


def test_a_view_is_drawn_once_and_the_cache_is_bounded_by_bytes() -> None:
    drawing = Drawing()
    pictures = snapshot.Pictures(drawing, cache_bytes=25)
    assert pictures.png("<a>", "one") == pictures.png("<a>", "two") == b"PNG of <a>"
    assert drawing.count == 1  # the same page is not drawn twice
    pictures.png("<b>" * 4, "one")  # 19 bytes: "<a>" (10) is pushed out of 25 bytes
    pictures.png("<a>", "one")
    assert drawing.count == 3


def test_a_visitor_has_so_many_pictures_in_a_while() -> None:
    now = [0.0]
    pictures = snapshot.Pictures(Drawing(), per_visitor=2, window_s=60, clock=lambda: now[0])
    pictures.png("<a>", "one")
    pictures.png("<b>", "one")
    assert pictures.left("one") == 0
    with pytest.raises(snapshot.SnapshotRefused, match="2 map pictures in 1 minutes"):
        pictures.png("<c>", "one")
    assert pictures.png("<a>", "one") == b"PNG of <a>"  # drawn before: no cost
    pictures.png("<c>", "two")  # another visitor's share
    pictures.png("<d>")  # the command line has no share
    now[0] = 61.0
    assert pictures.left("one") == 2
    pictures.png("<c>", "one")


def test_past_the_pictures_at_once_one_is_refused_without_waiting_long() -> None:
    drawing = Drawing(hold=True)
    pictures = snapshot.Pictures(drawing, at_once=1, wait_s=0.2)
    first = threading.Thread(target=pictures.png, args=("<a>",))
    first.start()
    assert drawing.started.wait(timeout=10)
    began = time.monotonic()
    with pytest.raises(snapshot.SnapshotRefused, match="1 map pictures are being drawn"):
        pictures.png("<b>")
    assert time.monotonic() - began < 1
    drawing.go.set()
    first.join()
    assert pictures.png("<b>") == b"PNG of <b>"


# ------------------------------------------------------------------------ a real server


@contextmanager
def atlas_server(tmp_path: Path) -> Iterator[tuple[str, int]]:
    """The app on a free port: its URL and its process id."""
    port = serving.free_port()
    command = serving.streamlit_command("app.py", port)
    env = {"ATLAS_DATA_DIR": str(DATA_DIR)}
    with serving.running(command, port, tmp_path / "server.log", cwd=ROOT, env=env) as server:
        yield f"http://127.0.0.1:{port}", server.pid


@contextmanager
def visiting(url: str, query: str = "") -> Iterator[Visit]:
    """A visitor on the app's websocket, its page run once; the socket closed after."""
    address = f"ws://{url.split('://', 1)[1]}/_stcore/stream"
    with connect(address, subprotocols=["streamlit"], max_size=None) as ws:
        yield Visit(ws, query)


class Visit:
    """A visitor speaking Streamlit's websocket protocol, as its frontend does."""

    def __init__(self, ws: ClientConnection, query: str = "") -> None:
        self.ws = ws
        self.session_id = self.search_box = ""
        self.query = query
        self.send(rerun_script=query)

    def send(self, **message: Any) -> list[ForwardMsg]:
        """Send one BackMsg; the ForwardMsgs up to the end of the page's run (past a rerun
        it asks for), or up to the answer to a file_urls_request."""
        back = BackMsg()
        if "rerun_script" in message:
            back.rerun_script.query_string = message["rerun_script"]
        if "search" in message:
            back.rerun_script.query_string = self.query
            widget = back.rerun_script.widget_states.widgets.add()
            widget.id, widget.string_value = self.search_box, message["search"]
        if "file_urls" in message:
            back.file_urls_request.request_id = "1"
            back.file_urls_request.file_names.extend(message["file_urls"])
        self.ws.send(back.SerializeToString())
        answers = []
        while True:
            answer = ForwardMsg()
            answer.ParseFromString(self.ws.recv(timeout=STARTUP_SECONDS))
            answers.append(answer)
            kind = answer.WhichOneof("type")
            if kind == "new_session":
                self.session_id = answer.new_session.initialize.session_id
            if kind == "page_info_changed":
                self.query = answer.page_info_changed.query_string
            if kind == "delta" and answer.delta.new_element.text_input.label == "Search a city":
                self.search_box = answer.delta.new_element.text_input.id
            ran = answer.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY
            if (kind == "script_finished" and ran) or (
                kind == "file_urls_response" and "file_urls" in message
            ):
                return answers


def resident_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return (
        int(next(line for line in status.splitlines() if line.startswith("VmRSS:")).split()[1])
        / 1024
    )


def test_huge_searches_and_links_are_cut_to_size_and_the_server_does_not_keep_them(
    tmp_path: Path,
) -> None:
    """Ten visitors open links of 480 KB (Streamlit ignores a query string past 512 KB) and
    type 2 MB in the search box (a crafted message: a browser keeps to max_chars), then search
    for something short. Measured: the server grew by 160 MB when the text was kept (a folding
    cache of every search, the session's link values), 52 MB when it is cut (Streamlit's copies
    of the messages, and memory Python keeps for reuse)."""
    big = 160_000
    with atlas_server(tmp_path) as (url, pid):
        with visiting(url):  # the caches filled by a first visit
            before = resident_mb(pid)
        with ExitStack() as open_visits:
            visits = [
                open_visits.enter_context(
                    visiting(url, f"q={n}{'a' * big}&city={'b' * big}&junk={'c' * big}")
                )
                for n in range(10)
            ]
            linked = [visit.query for visit in visits]
            for n, visit in enumerate(visits):
                visit.send(search=f"{n}{'d' * 2 * 2**20}")
            searched = [visit.query for visit in visits]
            for n, visit in enumerate(visits):
                visit.send(search=f"{n}x")
            grown = resident_mb(pid) - before
    assert all(len(query) < 1000 for query in linked + searched)
    assert f"q=0{'a' * (view.MAX_TEXT - 1)}" in linked[0]  # the link's search, cut
    assert f"q=0{'d' * (view.MAX_TEXT - 1)}" in searched[0]  # the search box's, cut
    assert grown < 80, f"the server grew by {grown:.0f} MB"


def upload(url: str, session_id: str, file_id: str, content: bytes) -> int:
    """PUT a file to Streamlit's upload endpoint, as its frontend does; the HTTP status."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{url}/_stcore/health", timeout=10).read()
    xsrf = next((c.value for c in jar if c.name == "_streamlit_xsrf"), "")
    body = (
        b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
        b"Content-Type: text/plain\r\n\r\n" + content + b"\r\n--x--\r\n"
    )
    request = urllib.request.Request(
        f"{url}/_stcore/upload_file/{session_id}/{file_id}",
        data=body,
        method="PUT",
        headers={"Content-Type": "multipart/form-data; boundary=x", "X-Xsrftoken": xsrf},
    )
    try:
        with opener.open(request, timeout=30) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as refused:
        return int(refused.code)


def test_a_visitor_shown_no_uploader_cannot_park_files_on_the_server(tmp_path: Path) -> None:
    """A visitor's session (no editor: no uploader on its page) asks for upload URLs and PUTs
    files anyway, to a made-up file id and to any it was given."""
    with atlas_server(tmp_path) as (url, _), visiting(url) as visit:
        assert visit.session_id
        answers = visit.send(file_urls=["a.txt"])
        given = [u.file_id for a in answers for u in a.file_urls_response.file_urls]
        assert given == []  # no upload URLs for a page without an uploader
        for file_id in [str(uuid.uuid4()), *given]:
            assert upload(url, visit.session_id, file_id, b"x" * 4_000_000) == 403


def test_an_editor_shown_the_uploader_uploads_within_the_session_cap() -> None:
    """The other side of the upload guard, on Streamlit's own store (as its routes call it)."""
    guards.guard_uploads()
    store_ = MemoryUploadedFileManager("/_stcore/upload_file")
    gate: guards.UploadGate = vars(MemoryUploadedFileManager)["add_file"].atlas_gate
    gate.offer("editor")
    [url] = store_.get_upload_urls("editor", ["page.txt"])
    store_.add_file("editor", UploadedFileRec(url.file_id, "page.txt", "text/plain", b"x" * 5))
    assert [f.data for f in store_.get_files("editor", [url.file_id])] == [b"x" * 5]
    [more] = store_.get_upload_urls("editor", ["big.txt"])
    cap = guards.UPLOAD_FILES_PER_SESSION * config.get_option("server.maxUploadSize") << 20
    past = b"x" * (cap - 5 + 1)  # with the 5 bytes held, one byte past the session's cap
    with pytest.raises(HTTPException) as refused:
        store_.add_file("editor", UploadedFileRec(more.file_id, "big.txt", "", past))
    assert refused.value.status_code == 413
    with pytest.raises(HTTPException) as refused:
        store_.add_file("editor", UploadedFileRec(str(uuid.uuid4()), "made-up.txt", "", b"x"))
    assert refused.value.status_code == 403
    store_.remove_session_files("editor")
    assert store_.get_upload_urls("editor", ["again.txt"]) == []  # its page is gone

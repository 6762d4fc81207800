"""`streamlit run` on a free loopback port, waited for and stopped: one copy for the
benchmarks (browser.serve_app) and the browser tests (tests/browser.serve_atlas).

It lives here, not in tests/, because the benchmarks must not import the tests' helpers
(they import pytest and its fixtures); tests may import benchmarks (test_check does). It
imports neither pytest nor Playwright, only the standard library. NOT_LOOPBACK is here for
the same reason: both keep their browsers offline with it.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

# Every URL except http(s) to this machine, for a browser's route(): a regex is matched inside
# the browser, so loopback requests (some 165 a page) never round-trip through Python.
NOT_LOOPBACK = re.compile(r"^(?!https?://(?:127\.0\.0\.1|localhost)(?::\d+)?(?:[/?#]|$))")
STARTUP_SECONDS = 60.0
STOP_SECONDS = 10.0


class ServerFailed(RuntimeError):
    """The server exited, or did not answer its health check in time; with its log."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def streamlit_command(script: str | Path, port: int, options: Sequence[str] = ()) -> list[str]:
    """`streamlit run script` headless on 127.0.0.1:port, no usage statistics."""
    return [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.headless", "true", "--server.address", "127.0.0.1",
        "--server.port", str(port), "--browser.gatherUsageStats", "false", *options,
    ]  # fmt: skip


def wait_until_healthy(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    """Poll Streamlit's health endpoint until it answers "ok"; ServerFailed with the log if
    the server exits or STARTUP_SECONDS pass first."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise ServerFailed(f"streamlit exited with {server.returncode}:\n{log.read_text()}")
        try:
            health = f"{url}/_stcore/health"  # http on loopback, made here
            with urllib.request.urlopen(health, timeout=2) as answer:  # noqa: S310
                if answer.read().decode().strip() == "ok":
                    return
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.2)
    raise ServerFailed(f"streamlit not healthy after {STARTUP_SECONDS:.0f} s:\n{log.read_text()}")


def stop(server: subprocess.Popen[bytes]) -> None:
    """Terminate the server; kill it if it has not ended STOP_SECONDS later."""
    server.terminate()
    try:
        server.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@contextmanager
def running(
    command: Sequence[str], port: int, log: Path, *, cwd: Path, env: dict[str, str]
) -> Iterator[subprocess.Popen[bytes]]:
    """Start `command` (a server on `port`, its output in `log`), wait until it is healthy,
    yield the process, and stop it afterwards."""
    with log.open("wb") as out:
        server = subprocess.Popen(
            list(command), cwd=cwd, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}", server, log)
        yield server
    finally:
        stop(server)

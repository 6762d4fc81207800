"""Guards on Streamlit's own parts, where it has no setting for what the atlas needs.

- A browser's "clear cache" message is ignored (keep_caches_from_visitors).
- Uploads are taken only from a session whose page showed an uploader, to the upload URLs
  handed to it, and only so many bytes a session (guard_uploads): Streamlit's upload endpoint
  otherwise stores files PUT by any session, uploader or not, until the session ends.

They replace private methods, so each first checks that the method is still there with the
parameters it was written for, and stops the page with StreamlitChanged otherwise: after a
Streamlit upgrade a guard fails loudly at the first page run instead of guarding nothing.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st
from starlette.exceptions import HTTPException
from streamlit import config
from streamlit.runtime.app_session import AppSession
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit.runtime.uploaded_file_manager import UploadedFileRec, UploadFileUrlInfo
from streamlit.web.server import server as web_server

LOG = logging.getLogger("atlas")

# What each guard replaces, with the parameters it was written for (streamlit 1.67).
CLEAR_CACHE = (AppSession, "_handle_clear_cache_request", ("self",))
UPLOADS = {
    "get_upload_urls": ("self", "session_id", "file_names"),
    "add_file": ("self", "session_id", "file"),
    "remove_session_files": ("self", "session_id"),
}
# A session's uploads held at once: two files of server.maxUploadSize (the panel takes one).
UPLOAD_FILES_PER_SESSION = 2


class StreamlitChanged(RuntimeError):
    """A private part of Streamlit that a guard replaces is gone or has changed."""


def expect_method(owner: type, name: str, parameters: tuple[str, ...]) -> Callable[..., Any]:
    """`owner.name` (its own, not inherited), checked to take `parameters`; StreamlitChanged
    otherwise."""
    method: Callable[..., Any] | None = vars(owner).get(name)
    where = f"streamlit {st.__version__}: {owner.__qualname__}.{name}"
    if method is None or not callable(method):
        raise StreamlitChanged(f"{where} is gone; ui/guards.py must be updated for it")
    found = tuple(inspect.signature(method).parameters)
    if found != parameters:
        raise StreamlitChanged(
            f"{where} takes {found}, not {parameters}; ui/guards.py must be updated for it"
        )
    return method


def session_id() -> str:
    """The id of the session this page run is for."""
    context = get_script_run_ctx()
    if context is None:
        raise StreamlitChanged("a page run without Streamlit's script run context")
    return context.session_id


def keep_caches_from_visitors() -> None:
    """Ignore a browser's "clear cache" message: it would empty every visitor's caches.

    The page offers no such menu item (client.toolbarMode = "viewer"), but Streamlit's server
    obeys the message from any websocket. Only an editor's save clears the caches. (Streamlit
    has no setting for this, hence the patch; tests/test_deploy.py checks it still works.)
    """
    owner, name, parameters = CLEAR_CACHE
    if getattr(vars(owner).get(name), "atlas_guard", False):
        return
    expect_method(owner, name, parameters)

    def ignore(self: AppSession) -> None:
        LOG.warning("ignored a browser's request to clear the shared caches")

    ignore.atlas_guard = True  # type: ignore[attr-defined]
    setattr(owner, name, ignore)


class UploadGate:
    """Which sessions were shown an uploader, and the upload URLs handed to each."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self._granted: dict[str, set[str]] = {}

    def offer(self, session: str) -> None:
        with self.lock:
            self._granted.setdefault(session, set())

    def offered(self, session: str) -> bool:
        with self.lock:
            return session in self._granted

    def grant(self, session: str, file_ids: Sequence[str]) -> None:
        with self.lock:
            self._granted.setdefault(session, set()).update(file_ids)

    def granted(self, session: str, file_id: str) -> bool:
        return file_id in self._granted.get(session, ())

    def forget(self, session: str) -> None:
        with self.lock:
            self._granted.pop(session, None)


def guard_uploads() -> None:
    """Make Streamlit's uploaded file manager refuse what no uploader of the page asked for.

    Upload URLs go only to a session whose page showed an uploader (offer_upload); a PUT is
    kept only to a URL handed out so, and only while the session holds at most
    UPLOAD_FILES_PER_SESSION files of server.maxUploadSize: 403 or 413 otherwise.
    """
    manager = MemoryUploadedFileManager
    if getattr(web_server, "MemoryUploadedFileManager", None) is not manager:
        raise StreamlitChanged(
            f"streamlit {st.__version__}'s server no longer stores uploads in a "
            "MemoryUploadedFileManager; ui/guards.py must be updated for it"
        )
    if all(getattr(vars(manager).get(name), "atlas_guard", False) for name in UPLOADS):
        return
    original = {name: expect_method(manager, name, p) for name, p in UPLOADS.items()}
    gate = UploadGate()

    def get_upload_urls(
        self: MemoryUploadedFileManager, session_id: str, file_names: Sequence[str]
    ) -> list[UploadFileUrlInfo]:
        if not gate.offered(session_id):
            LOG.warning("refused upload URLs to a session whose page shows no uploader")
            return []
        urls: list[UploadFileUrlInfo] = original["get_upload_urls"](self, session_id, file_names)
        gate.grant(session_id, [url.file_id for url in urls])
        return urls

    def add_file(self: MemoryUploadedFileManager, session_id: str, file: UploadedFileRec) -> None:
        cap = UPLOAD_FILES_PER_SESSION * config.get_option("server.maxUploadSize") << 20
        with gate.lock:
            if not gate.granted(session_id, file.file_id):
                LOG.warning("refused an upload to a URL not handed to its session")
                raise HTTPException(status_code=403, detail="No upload was asked for here")
            held = self.file_storage.get(session_id, {})
            others = sum(len(f.data) for i, f in held.items() if i != file.file_id)
            if others + len(file.data) > cap:
                raise HTTPException(status_code=413, detail="Too many uploads at once")
            original["add_file"](self, session_id, file)

    def remove_session_files(self: MemoryUploadedFileManager, session_id: str) -> None:
        gate.forget(session_id)
        original["remove_session_files"](self, session_id)

    for guard in (get_upload_urls, add_file, remove_session_files):
        guard.atlas_guard = True  # type: ignore[union-attr]
    add_file.atlas_gate = gate  # type: ignore[attr-defined]
    manager.get_upload_urls = get_upload_urls  # type: ignore[method-assign]
    manager.add_file = add_file  # type: ignore[method-assign]
    manager.remove_session_files = remove_session_files  # type: ignore[method-assign]


def offer_upload() -> None:
    """Let this session upload: call it where the page shows an uploader, before it."""
    gate: UploadGate = getattr(MemoryUploadedFileManager.add_file, "atlas_gate")  # noqa: B009
    gate.offer(session_id())

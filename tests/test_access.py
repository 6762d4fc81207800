"""Read-only by default: who may edit (a pure decision), and what the page shows each person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import streamlit
from streamlit.testing.v1 import AppTest

from geo.access import Role, can_edit, is_loopback, is_proxied, local_mode_requested
from tests.conftest import ROOT

APP = str(ROOT / "app.py")
EDITOR = "Editor@Example.org"
AUTH = {  # what st.login needs; AppTest never calls the provider
    "redirect_uri": "http://127.0.0.1:8501/oauth2callback",
    "cookie_secret": "not-a-secret-only-a-test-value-0123456789",
    "client_id": "atlas",
    "client_secret": "not-a-secret",
    "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
}
EDITING_KEYS = ("new_text", "new_file", "new_preview", "new_save", "new_network", "new_source")


@pytest.fixture(autouse=True)
def no_local_editor_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' own environment does not switch local editor mode on."""
    monkeypatch.delenv("ATLAS_LOCAL_EDITOR", raising=False)


def decide(**given: Any) -> Role:
    defaults: dict[str, Any] = {
        "auth_configured": True,
        "logged_in": False,
        "email": None,
        "editors": ["editor@example.org"],
        "local_mode": False,
        "server_address": None,
    }
    return can_edit(**(defaults | given)).role


@pytest.mark.parametrize(
    ("given", "role"),
    [
        ({}, Role.VISITOR),
        ({"logged_in": True, "email": EDITOR}, Role.EDITOR),  # case and spaces do not matter
        ({"logged_in": True, "email": " editor@example.org "}, Role.EDITOR),
        ({"logged_in": True, "email": "reader@example.org"}, Role.READER),
        ({"logged_in": True, "email": None}, Role.READER),
        ({"logged_in": True, "email": EDITOR, "editors": []}, Role.READER),
        ({"logged_in": True, "email": EDITOR, "email_verified": False}, Role.READER),
        ({"logged_in": True, "email": EDITOR, "email_verified": True}, Role.EDITOR),
        ({"logged_in": True, "email": EDITOR, "auth_configured": False}, Role.VISITOR),
        ({"local_mode": True, "server_address": "127.0.0.1"}, Role.LOCAL_EDITOR),
        ({"local_mode": True, "server_address": "localhost"}, Role.LOCAL_EDITOR),
        ({"local_mode": True, "server_address": "::1"}, Role.LOCAL_EDITOR),
        ({"local_mode": True, "server_address": None}, Role.VISITOR),  # every interface
        ({"local_mode": True, "server_address": ""}, Role.VISITOR),
        ({"local_mode": True, "server_address": "0.0.0.0"}, Role.VISITOR),
        ({"local_mode": True, "server_address": "192.168.1.5"}, Role.VISITOR),
        ({"local_mode": False, "server_address": "127.0.0.1"}, Role.VISITOR),
        ({"local_mode": True, "server_address": "0.0.0.0", "logged_in": True}, Role.READER),
        ({"local_mode": True, "server_address": "127.0.0.1", "proxied": True}, Role.VISITOR),
    ],
)
def test_who_may_edit(given: dict[str, Any], role: Role) -> None:
    assert decide(**given) == role


def test_a_refused_local_mode_says_why() -> None:
    refused = can_edit(
        auth_configured=False,
        logged_in=False,
        email=None,
        editors=[],
        local_mode=True,
        server_address="0.0.0.0",
    )
    assert not refused.can_edit
    assert "refused" in refused.reason
    assert "0.0.0.0" in refused.reason


@pytest.mark.parametrize(
    ("address", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("[::1]", True),
        ("LOCALHOST", True),
        ("", False),
        (None, False),
        ("0.0.0.0", False),
        ("::", False),
        ("example.org", False),
    ],
)
def test_loopback_addresses(address: str | None, loopback: bool) -> None:
    assert is_loopback(address) is loopback


@pytest.mark.parametrize(
    ("headers", "proxied"),
    [(["Host", "Cookie"], False), (["Host", "X-Forwarded-For"], True), (["forwarded"], True)],
)
def test_a_proxy_is_known_by_its_forwarding_headers(headers: list[str], proxied: bool) -> None:
    assert is_proxied(headers) is proxied


@pytest.mark.parametrize(("value", "on"), [("1", True), ("yes", True), ("0", False), (None, False)])
def test_local_mode_is_switched_on_explicitly(value: str | None, on: bool) -> None:
    assert local_mode_requested(value) is on


# ------------------------------------------------------------------------------ the page


def editing_controls(at: AppTest) -> list[str]:
    """The keys of the Add-a-statement widgets on the page, and that tab's label if shown."""
    found = [key for key in EDITING_KEYS if key in at.session_state]
    tabs = [t.label for t in at.tabs if t.label == "Add a statement"]
    return found + tabs


def session(user: dict[str, Any] | None = None, secrets: dict[str, Any] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    if secrets is not None:
        at.secrets = secrets
    if user is not None:
        at.user = user
    return at


def signed_in_editor() -> AppTest:
    """A session signed in (OpenID Connect) with an e-mail on the allow-list."""
    return session(
        {"is_logged_in": True, "email": EDITOR},
        {"auth": AUTH, "atlas": {"editors": [EDITOR.lower()]}},
    )


def listening_on(address: str) -> Callable[[str], Any]:
    """`st.get_option` as a server bound to `address` answers it."""
    original = streamlit.get_option
    return lambda name: address if name == "server.address" else original(name)


def test_a_visitor_sees_no_editing_control_and_no_sign_in() -> None:
    at = session().run()
    assert not at.exception
    assert editing_controls(at) == []
    assert [b.label for b in at.sidebar.button] == []


def test_with_sign_in_configured_a_visitor_gets_a_button_and_still_no_editing() -> None:
    at = session({"is_logged_in": False}, {"auth": AUTH}).run()
    assert editing_controls(at) == []
    assert [b.label for b in at.sidebar.button] == ["Sign in to edit"]


def test_a_signed_in_editor_can_add_a_statement_and_sign_out() -> None:
    at = signed_in_editor()
    at.session_state["panel"] = "Add a statement"  # only the open panel is built
    at.run()
    assert not at.exception
    assert "Add a statement" in editing_controls(at)
    assert "new_preview" in editing_controls(at)
    assert any("an editor" in c.value for c in at.sidebar.caption)
    at.sidebar.button(key="sign_out").click().run()  # signs out, and the browser reloads
    at.run()
    assert editing_controls(at) == []
    assert [b.label for b in at.sidebar.button] == ["Sign in to edit"]


def test_a_signed_in_reader_is_told_they_can_read_only() -> None:
    at = session(
        {"is_logged_in": True, "email": "someone@example.org"},
        {"auth": AUTH, "atlas": {"editors": [EDITOR]}},
    ).run()
    assert editing_controls(at) == []
    assert any("you can read, not edit" in c.value for c in at.sidebar.caption)


def test_an_allow_list_that_is_not_a_list_lets_nobody_edit() -> None:
    at = session(
        {"is_logged_in": True, "email": EDITOR}, {"auth": AUTH, "atlas": {"editors": EDITOR}}
    ).run()
    assert editing_controls(at) == []


def test_local_editor_mode_on_loopback_edits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATLAS_LOCAL_EDITOR", "1")
    monkeypatch.setattr(streamlit, "get_option", listening_on("127.0.0.1"))
    at = session().run()
    assert not at.exception
    assert "Add a statement" in editing_controls(at)
    assert any("Local editor mode" in c.value for c in at.sidebar.caption)


@pytest.mark.parametrize("address", ["", "0.0.0.0"])
def test_local_editor_mode_is_refused_off_loopback(
    monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    monkeypatch.setenv("ATLAS_LOCAL_EDITOR", "1")
    monkeypatch.setattr(streamlit, "get_option", listening_on(address))
    at = session().run()
    assert editing_controls(at) == []
    assert "Local editor mode refused" in at.sidebar.warning[0].value


def test_loopback_alone_does_not_make_an_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streamlit, "get_option", listening_on("127.0.0.1"))
    assert editing_controls(session().run()) == []

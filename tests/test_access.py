"""Read-only by default: who may edit (a pure decision), and what the page shows each person."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
import streamlit
from streamlit.testing.v1 import AppTest

from geo.access import (
    DEFAULT_PROVIDER,
    Editors,
    Identity,
    LocalRequest,
    Role,
    can_edit,
    email_key,
    is_loopback,
    is_loopback_host,
    is_proxied,
    local_mode_requested,
    token_matches,
)
from tests.conftest import ROOT
from ui import account

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


GOOGLE = "https://accounts.google.com"
LAB = "http://127.0.0.1:9"
LOOPBACK_SERVER = LocalRequest(
    server_address="127.0.0.1",
    allowed_hosts=("localhost", "127.0.0.1"),
    host="127.0.0.1:8501",
    opened_edit_link=True,
)


def signed_in(
    email: str | None = EDITOR,
    verified: bool | None = True,
    issuer: str = GOOGLE,
    provider: str = DEFAULT_PROVIDER,
) -> Identity:
    return Identity(email=email, email_verified=verified, issuer=issuer, provider=provider)


def decide(
    user: Identity | None = None,
    editors: Editors | None = None,
    local: LocalRequest | None = None,
    auth: bool = True,
) -> Role:
    """The role `can_edit` gives; the allow-list names editor@example.org by default."""
    return can_edit(
        auth_configured=auth,
        user=user,
        editors=editors or Editors(entries=("editor@example.org",)),
        local_mode=local is not None,
        request=local or LocalRequest(server_address=None),
    ).role


@pytest.mark.parametrize(
    ("user", "role"),
    [
        (None, Role.VISITOR),
        (signed_in(), Role.EDITOR),  # ASCII capitals do not matter
        (signed_in("reader@example.org"), Role.READER),
        (signed_in(None), Role.READER),
        # the provider must say the e-mail is verified: a missing claim is not a yes
        (signed_in(verified=None), Role.READER),
        (signed_in(verified=False), Role.READER),
        # look-alikes of editor@example.org match nothing
        (signed_in("editor@example.org".replace("e", "\u0435", 1)), Role.READER),  # Cyrillic е
        (signed_in("editor@ex\u0430mple.org"), Role.READER),  # Cyrillic а
        (signed_in("editor@example.org".replace("o", "\uff4f")), Role.READER),  # fullwidth ｏ
        (signed_in("\uff45\uff44\uff49\uff54\uff4f\uff52@example.org"), Role.READER),
        (signed_in("editor@example.org."), Role.READER),  # trailing dot
        (signed_in(" editor@example.org "), Role.READER),  # surrounding spaces
        (signed_in("editor@example.org\u200b"), Role.READER),  # a zero-width space
    ],
)
def test_who_signs_in_as_an_editor(user: Identity | None, role: Role) -> None:
    assert decide(user) == role


@pytest.mark.parametrize(
    ("entry", "email"),
    [
        ("kim@example.org", "\u212aim@example.org"),  # Kelvin sign K folds to k
        ("kim@example.org", "\u212aIM@example.org"),
        ("fin@example.org", "\ufb01n@example.org"),  # ligature ﬁ folds to fi
        ("iris@example.org", "\u0130ris@example.org"),  # dotted capital İ
        ("strasse@example.org", "stra\u00dfe@example.org"),  # ß folds to ss
        ("\u212aim@example.org", "\u212aim@example.org"),  # not even itself: never usable
    ],
)
def test_a_look_alike_that_folds_into_an_entry_matches_nothing(entry: str, email: str) -> None:
    assert email_key(email) is None
    assert decide(signed_in(email), Editors(entries=(entry,))) == Role.READER


@pytest.mark.parametrize(
    ("email", "key"),
    [
        ("Editor@Example.ORG", "editor@example.org"),
        ("jos\u00e9@example.org", "jos\u00e9@example.org"),  # non-ASCII small letters stay
        ("JOS\u00c9@example.org", None),  # a non-ASCII capital folds: refused
        ("", None),
    ],
)
def test_emails_are_compared_nfkc_case_folded(email: str, key: str | None) -> None:
    assert email_key(email) == key


@pytest.mark.parametrize(
    ("entries", "trusted", "providers", "user", "role"),
    [
        # a provider trusted by issuer or by its [auth.<name>] name admits unverified e-mails
        ((EDITOR,), (GOOGLE,), ("default",), signed_in(verified=None), Role.EDITOR),
        ((EDITOR,), ("default",), ("default",), signed_in(verified=None), Role.EDITOR),
        ((EDITOR,), (LAB,), ("default",), signed_in(verified=None), Role.READER),
        ((EDITOR,), (GOOGLE,), ("default",), signed_in(verified=False), Role.EDITOR),
        # an entry may name its provider, by issuer or name; another provider does not match
        ((f"{GOOGLE} {EDITOR}",), (), ("default",), signed_in(), Role.EDITOR),
        ((f"{LAB} {EDITOR}",), (), ("default",), signed_in(), Role.READER),
        ((f"lab {EDITOR}",), (), ("google", "lab"), signed_in(provider="lab"), Role.EDITOR),
        ((f"lab {EDITOR}",), (), ("google", "lab"), signed_in(provider="google"), Role.READER),
        # an entry without a provider: only while exactly one provider is configured
        ((EDITOR,), (), ("google",), signed_in(provider="google"), Role.EDITOR),
        ((EDITOR,), (), ("google", "lab"), signed_in(provider="google"), Role.READER),
        # a sign-in from a provider no longer configured (an old cookie) edits nothing
        ((EDITOR,), (), ("google",), signed_in(provider="old"), Role.READER),
        # entries that are not 'e-mail' or 'provider e-mail'
        ((f"{GOOGLE} {EDITOR} extra",), (), ("default",), signed_in(), Role.READER),
        ((), (), ("default",), signed_in(), Role.READER),
    ],
)
def test_editors_are_a_provider_and_a_verified_email(
    entries: tuple[str, ...],
    trusted: tuple[str, ...],
    providers: tuple[str, ...],
    user: Identity,
    role: Role,
) -> None:
    assert decide(user, Editors(entries, trusted, providers)) == role


def test_unusable_entries_are_named() -> None:
    editors = Editors(
        (EDITOR, f"lab {EDITOR}", "a b c", "\u212aim@example.org"), providers=("lab", "google")
    )
    assert [problem.split(":")[0] for problem in editors.unusable()] == [
        repr(EDITOR),
        "'a b c'",
        repr("\u212aim@example.org"),
    ]


def test_a_sign_in_counts_only_with_sign_in_configured() -> None:
    assert decide(signed_in(), auth=False) == Role.VISITOR


@pytest.mark.parametrize(
    ("local", "role"),
    [
        (LOOPBACK_SERVER, Role.LOCAL_EDITOR),
        (replace(LOOPBACK_SERVER, server_address="localhost"), Role.LOCAL_EDITOR),
        (replace(LOOPBACK_SERVER, server_address="::1", host="[::1]:8501"), Role.LOCAL_EDITOR),
        (replace(LOOPBACK_SERVER, host="localhost:8501"), Role.LOCAL_EDITOR),
        (replace(LOOPBACK_SERVER, host="localhost"), Role.LOCAL_EDITOR),
        # the server must listen on loopback only
        (replace(LOOPBACK_SERVER, server_address=None), Role.VISITOR),  # every interface
        (replace(LOOPBACK_SERVER, server_address=""), Role.VISITOR),
        (replace(LOOPBACK_SERVER, server_address="0.0.0.0"), Role.VISITOR),
        (replace(LOOPBACK_SERVER, server_address="192.168.1.5"), Role.VISITOR),
        (replace(LOOPBACK_SERVER, proxied=True), Role.VISITOR),
        # its websocket must refuse other names: server.allowedHosts set, loopback names only
        (replace(LOOPBACK_SERVER, allowed_hosts=()), Role.VISITOR),
        (replace(LOOPBACK_SERVER, allowed_hosts=("*",)), Role.VISITOR),
        (replace(LOOPBACK_SERVER, allowed_hosts=("localhost", "*.example")), Role.VISITOR),
        # the page must be opened under a loopback name (DNS rebinding)
        (replace(LOOPBACK_SERVER, host="evil.example:8501"), Role.VISITOR),
        (replace(LOOPBACK_SERVER, host="localhost.evil.example"), Role.VISITOR),
        (replace(LOOPBACK_SERVER, host="127.0.0.1.nip.io:8501"), Role.VISITOR),
        (replace(LOOPBACK_SERVER, host="localhost.:8501"), Role.VISITOR),
        (replace(LOOPBACK_SERVER, host="evil.example@localhost"), Role.VISITOR),
        (replace(LOOPBACK_SERVER, host="localhost:x"), Role.VISITOR),
        (replace(LOOPBACK_SERVER, host=None), Role.VISITOR),
        # and this session must have opened the editing link
        (replace(LOOPBACK_SERVER, opened_edit_link=False), Role.VISITOR),
    ],
)
def test_local_editor_mode(local: LocalRequest, role: Role) -> None:
    assert decide(local=local) == role


def test_local_editor_mode_needs_to_be_switched_on() -> None:
    assert decide() == Role.VISITOR


def test_a_refused_local_mode_says_why() -> None:
    refused = can_edit(
        auth_configured=False,
        user=None,
        editors=Editors(),
        local_mode=True,
        request=replace(LOOPBACK_SERVER, server_address="0.0.0.0"),
    )
    assert not refused.can_edit
    assert "refused" in refused.reason
    assert "0.0.0.0" in refused.reason


@pytest.mark.parametrize(
    ("given", "matches"),
    [("s3cret-token", True), ("s3cret-tokeN", False), ("", False), (None, False), ("é", False)],
)
def test_the_edit_link_token_must_match(given: str | None, matches: bool) -> None:
    assert token_matches(given, "s3cret-token") is matches


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST:8501", True),
        ("127.0.0.1:8501", True),
        ("[::1]:8501", True),
        ("evil.example", False),
        ("evil.example:8501", False),
        ("::1", False),  # a Host header brackets an IPv6 address
        ("127.0.0.1 ", False),
        ("", False),
    ],
)
def test_loopback_host_headers(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


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
    """A session signed in (OpenID Connect) with a verified e-mail on the allow-list."""
    return session(
        {
            "is_logged_in": True,
            "email": EDITOR,
            "email_verified": True,
            "iss": "http://127.0.0.1:9",
            "provider": "default",
        },
        {"auth": AUTH, "atlas": {"editors": [EDITOR.lower()]}},
    )


def local_server(
    monkeypatch: pytest.MonkeyPatch,
    address: str = "127.0.0.1",
    allowed_hosts: tuple[str, ...] = ("localhost", "127.0.0.1"),
    host: str = "127.0.0.1:8501",
) -> None:
    """Local editor mode switched on, on a server as `streamlit run` with these options
    makes it, for a request with this Host header."""
    monkeypatch.setenv("ATLAS_LOCAL_EDITOR", "1")
    options = {"server.address": address, "server.allowedHosts": list(allowed_hosts)}
    original = streamlit.get_option
    monkeypatch.setattr(streamlit, "get_option", lambda name: options.get(name, original(name)))
    monkeypatch.setattr(account, "request_host", lambda: host)


def with_edit_link(at: AppTest, token: str | None = None) -> AppTest:
    """The session opened the editing link the server printed (or one with `token`)."""
    at.query_params["edit"] = account.edit_token() if token is None else token
    return at


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


def test_local_editor_mode_edits_in_the_session_that_opened_the_link(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    local_server(monkeypatch)
    at = with_edit_link(session())
    at.session_state["panel"] = "Add a statement"
    at.run()
    assert not at.exception
    assert "new_preview" in editing_controls(at)
    assert any("Local editor mode" in c.value for c in at.sidebar.caption)
    assert "edit" not in at.query_params  # the token leaves the address bar
    at.run()
    assert "new_preview" in editing_controls(at)  # and the session keeps editing


@pytest.mark.parametrize("token", [None, "", "a-guess"])
def test_local_editor_mode_without_the_link_reads(
    monkeypatch: pytest.MonkeyPatch, token: str | None
) -> None:
    local_server(monkeypatch)
    at = session() if token is None else with_edit_link(session(), token)
    at.run()
    assert editing_controls(at) == []
    assert "printed in its console" in at.sidebar.warning[0].value


@pytest.mark.parametrize(
    "server",
    [
        {"address": ""},  # every interface
        {"address": "0.0.0.0"},
        {"allowed_hosts": ()},  # the websocket takes any Host
        {"allowed_hosts": ("*",)},
        {"host": "evil.example:8501"},  # DNS rebinding: a name that resolves to 127.0.0.1
    ],
)
def test_local_editor_mode_is_refused_off_loopback(
    monkeypatch: pytest.MonkeyPatch, server: dict[str, Any]
) -> None:
    local_server(monkeypatch, **server)
    at = with_edit_link(session()).run()
    assert editing_controls(at) == []
    assert "Local editor mode refused" in at.sidebar.warning[0].value


def test_loopback_alone_does_not_make_an_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    local_server(monkeypatch)
    monkeypatch.delenv("ATLAS_LOCAL_EDITOR")
    assert editing_controls(with_edit_link(session()).run()) == []


def test_the_log_names_allow_list_entries_that_can_never_match(
    caplog: pytest.LogCaptureFixture,
) -> None:
    kelvin = "\u212aim@example.org"
    editors = {"editors": [kelvin, "lab editor@example.org extra"]}
    at = session({"is_logged_in": False}, {"auth": AUTH, "atlas": editors})
    with caplog.at_level("ERROR", logger="atlas"):
        at.run()
        at.run()  # named once, not at every page run
    named = [r.getMessage() for r in caplog.records if "lets nobody edit" in r.getMessage()]
    assert len(named) == 2
    assert repr(kelvin) in named[0]
    assert "not 'e-mail' or 'provider e-mail'" in named[1]

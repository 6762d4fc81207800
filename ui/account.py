"""Who may edit: sign-in, sign-out, the allow-list from the secrets, local editor mode."""

from __future__ import annotations

import functools
import os
import secrets
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import streamlit as st

from geo import access
from geo.markup import as_markdown_text
from ui.loading import LOG

# ---------------------------------------------------------------------------- editing


def secrets_section(name: str) -> Mapping[str, Any]:
    """A section of the secrets file; empty without the file or the section."""
    if not st.secrets.load_if_toml_exists():
        return {}
    section = st.secrets.get(name)
    return section if isinstance(section, Mapping) else {}


def setting_list(section: Mapping[str, Any], name: str) -> tuple[str, ...]:
    """A list of strings in `[atlas]`; empty (and an error in the log) if it is not one."""
    values = section.get(name, [])
    if isinstance(values, str) or not all(isinstance(v, str) for v in values):
        LOG.error("[atlas] %s in the secrets must be a list of strings; it is ignored", name)
        return ()
    return tuple(values)


def editors_allowed() -> access.Editors:
    """`[atlas] editors` and `trust_unverified_email` in the secrets file, and the providers
    `[auth]` configures."""
    atlas = secrets_section("atlas")
    names = sign_in_providers(secrets_section("auth"))
    editors = access.Editors(
        entries=setting_list(atlas, "editors"),
        trust_unverified_email=setting_list(atlas, "trust_unverified_email"),
        providers=tuple(name or access.DEFAULT_PROVIDER for name in names),
    )
    log_unusable(editors)
    return editors


@functools.cache
def log_unusable(editors: access.Editors) -> None:
    """Name, once per setting, each allow-list entry that can never match."""
    for problem in editors.unusable():
        LOG.error("[atlas] editors: %s; that entry lets nobody edit", problem)


def signed_in_user() -> access.Identity | None:
    """Who `st.user` says this session is; None if not signed in."""
    user = st.user.to_dict()
    if not user.get("is_logged_in", False):
        return None
    verified = user.get("email_verified")

    def text(name: str) -> str | None:
        value = user.get(name)
        return value if isinstance(value, str) else None

    return access.Identity(
        email=text("email"),
        email_verified=verified if isinstance(verified, bool) else None,
        issuer=text("iss"),
        provider=text("provider"),
    )


def request_host() -> str | None:
    """The Host header of the request that opened this session."""
    return st.context.headers.get("Host")


@functools.cache
def edit_token() -> str:
    """The editing link's token for this server process: $ATLAS_EDIT_TOKEN if the person set
    it, else a random one; its link goes to the server's console once."""
    token = os.environ.get(access.EDIT_TOKEN_ENV) or secrets.token_urlsafe(24)
    address = st.get_option("server.address") or "localhost"
    host = f"[{address}]" if ":" in address else address
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    path = f"/{base}/" if base else "/"
    port = st.get_option("server.port")
    link = f"http://{host}:{port}{path}?{access.EDIT_PARAMETER}={token}"
    LOG.warning("Local editor mode: to edit, open %s", link)
    return token


def opened_edit_link() -> bool:
    """True once this session has opened the editing link; the token leaves the address bar."""
    token = edit_token()
    given = st.query_params.get(access.EDIT_PARAMETER)
    if given is not None:
        del st.query_params[access.EDIT_PARAMETER]
        if access.token_matches(given, token):
            st.session_state["_opened_edit_link"] = True
    return bool(st.session_state.get("_opened_edit_link"))


def local_mode() -> bool:
    return access.local_mode_requested(os.environ.get(access.LOCAL_EDITOR_ENV))


def who_may_edit() -> access.Access:
    """What this session may do: read (everyone), edit (a signed-in editor, local mode)."""
    request = access.LocalRequest(
        server_address=st.get_option("server.address"),
        allowed_hosts=tuple(st.get_option("server.allowedHosts") or ()),
        host=request_host(),
        proxied=access.is_proxied(st.context.headers.keys()),
    )
    local = local_mode()
    if local and request.refusal() is None:  # only then is there a link to print or open
        request = replace(request, opened_edit_link=opened_edit_link())
    return access.can_edit(
        auth_configured=bool(secrets_section("auth")),
        user=signed_in_user(),
        editors=editors_allowed(),
        local_mode=local,
        request=request,
    )


def sign_in_providers(auth: Mapping[str, Any]) -> list[str | None]:
    """`st.login()` for one provider set up in `[auth]` itself, `st.login(name)` for each
    `[auth.name]` section."""
    named: list[str | None] = [n for n, value in auth.items() if isinstance(value, Mapping)]
    return named or [None]


def account(rights: access.Access) -> None:
    """The sidebar's sign-in or sign-out, and what this person may do; nothing at all
    without `[auth]` in the secrets or local editor mode."""
    auth = secrets_section("auth")
    local = local_mode()
    if not auth and not local:
        return
    bar = st.sidebar
    bar.header("Editing")
    if local:  # switched on: say whether this session edits, and if not why
        say = bar.caption if rights.can_edit else bar.warning
        say(as_markdown_text(rights.reason))
    if not auth:
        return
    if st.user.to_dict().get("is_logged_in"):
        if not local:
            bar.caption(as_markdown_text(rights.reason))
        if bar.button("Sign out", key="sign_out"):
            st.logout()  # sends the browser away; nothing more for this run
            st.stop()
        return
    for provider in sign_in_providers(auth):
        label = "Sign in to edit" if provider is None else f"Sign in with {provider}"
        if bar.button(as_markdown_text(label), key=f"sign_in_{provider or ''}"):
            st.login(*([provider] if provider else []))

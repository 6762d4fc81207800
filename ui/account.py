"""Who may edit: sign-in, sign-out and the allow-list from the secrets."""

from __future__ import annotations

import os
from collections.abc import Mapping
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


def editors_allowed() -> list[str]:
    """The allow-list `[atlas] editors = ["a@example.org", ...]` in the secrets file."""
    editors = secrets_section("atlas").get("editors", [])
    if isinstance(editors, str) or not all(isinstance(e, str) for e in editors):
        LOG.error("[atlas] editors in the secrets must be a list of e-mails; nobody may edit")
        return []
    return list(editors)


def who_may_edit() -> access.Access:
    """What this session may do: read (everyone), edit (a signed-in editor, local mode)."""
    user = st.user.to_dict()
    verified = user.get("email_verified")
    email = user.get("email")
    return access.can_edit(
        auth_configured=bool(secrets_section("auth")),
        logged_in=bool(user.get("is_logged_in", False)),
        email=str(email) if email else None,
        editors=editors_allowed(),
        local_mode=access.local_mode_requested(os.environ.get(access.LOCAL_EDITOR_ENV)),
        server_address=st.get_option("server.address"),
        email_verified=verified if isinstance(verified, bool) else None,
        proxied=access.is_proxied(st.context.headers.keys()),
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
    local = access.local_mode_requested(os.environ.get(access.LOCAL_EDITOR_ENV))
    if not auth and not local:
        return
    bar = st.sidebar
    bar.header("Editing")
    if local:  # switched on: say whether it was refused
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

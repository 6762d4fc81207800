"""Who may edit the atlas: one pure decision, so the page only has to ask it.

Reading is open to everyone; editing is not. A person edits when they are signed in (OpenID
Connect, Streamlit's `st.login`) with an e-mail on the editors' allow-list, or when the one
person running the app on their own machine switched on local editor mode and the server
listens on loopback only. Everything else, including a local mode on a server that other
machines can reach, is read-only, with a reason the page shows.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

LOCAL_EDITOR_ENV = "ATLAS_LOCAL_EDITOR"
# Headers a reverse proxy adds (compared without case)
FORWARDING_HEADERS = frozenset({"forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip"})
_LOOPBACK_NAMES = frozenset({"localhost"})


class Role(Enum):
    VISITOR = "visitor"  # not signed in: reads
    READER = "reader"  # signed in, not on the allow-list: reads
    EDITOR = "editor"  # signed in and on the allow-list
    LOCAL_EDITOR = "local editor"  # local editor mode on a loopback-only server


@dataclass(frozen=True)
class Access:
    role: Role
    reason: str  # one sentence for the page: why this person may or may not edit

    @property
    def can_edit(self) -> bool:
        return self.role in (Role.EDITOR, Role.LOCAL_EDITOR)


def is_loopback(address: str | None) -> bool:
    """True if a server bound to `address` is reachable from this machine only.

    The empty (default) address means every interface, so it is not loopback.
    """
    host = (address or "").strip().strip("[]").lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def local_mode_requested(value: str | None) -> bool:
    """`ATLAS_LOCAL_EDITOR=1` (or true/yes/on) switches local editor mode on; nothing else."""
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def is_proxied(header_names: Iterable[str]) -> bool:
    """True if a request's headers show that a reverse proxy passed it on."""
    return any(name.lower() in FORWARDING_HEADERS for name in header_names)


def normalise_email(email: str) -> str:
    return email.strip().lower()


def can_edit(
    *,
    auth_configured: bool,
    logged_in: bool,
    email: str | None,
    editors: Iterable[str],
    local_mode: bool,
    server_address: str | None,
    email_verified: bool | None = None,
    proxied: bool = False,
) -> Access:
    """Decide what this person may do.

    `email_verified` is the provider's claim when it sends one: an e-mail it says is not
    verified never makes an editor, whatever the allow-list says. `proxied` is true when the
    request came through a reverse proxy (it says so in a forwarding header): a loopback
    server behind a proxy answers other machines, so local editor mode is refused.
    """
    allowed = {normalise_email(e) for e in editors if normalise_email(e)}
    signed_in = auth_configured and logged_in
    if signed_in and email and email_verified is not False and normalise_email(email) in allowed:
        return Access(Role.EDITOR, f"Signed in as {email}, an editor.")
    if local_mode and is_loopback(server_address) and not proxied:
        return Access(Role.LOCAL_EDITOR, "Local editor mode: the server answers this machine only.")
    if local_mode:
        shown = server_address or "every interface"
        why = (
            "this request came through a proxy"
            if proxied and is_loopback(server_address)
            else f"the server listens on {shown}, not on loopback only "
            "(run it with --server.address 127.0.0.1)"
        )
        return Access(
            Role.READER if signed_in else Role.VISITOR,
            f"Local editor mode refused: {why}. The atlas is read-only.",
        )
    if signed_in:
        who = email or "an account without an e-mail"
        why = " (the provider has not verified it)" if email and email_verified is False else ""
        return Access(Role.READER, f"Signed in as {who}{why}: you can read, not edit.")
    return Access(Role.VISITOR, "Read-only.")

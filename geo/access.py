"""Who may edit the atlas: one pure decision, so the page only has to ask it.

Reading is open to everyone; editing is not. A person edits when they are signed in (OpenID
Connect, Streamlit's `st.login`) with a verified e-mail that the editors' allow-list names for
that provider, or when the one person running the app on their own machine switched on local
editor mode, the server answers loopback names only, and this browser tab opened the editing
link the server printed. Everything else is read-only, with a reason the page shows.
"""

from __future__ import annotations

import hmac
import ipaddress
import string
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urlsplit

LOCAL_EDITOR_ENV = "ATLAS_LOCAL_EDITOR"
EDIT_TOKEN_ENV = "ATLAS_EDIT_TOKEN"  # noqa: S105 (a variable's name: the link's token, if set)
EDIT_PARAMETER = "edit"  # http://localhost:8501/?edit=<token>
DEFAULT_PROVIDER = "default"  # Streamlit's name for the provider set up in [auth] itself
# Headers a reverse proxy adds (compared without case)
FORWARDING_HEADERS = frozenset({"forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip"})
_LOOPBACK_NAMES = frozenset({"localhost"})
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


class Role(Enum):
    VISITOR = "visitor"  # not signed in: reads
    READER = "reader"  # signed in, not an editor: reads
    EDITOR = "editor"  # signed in with a verified e-mail on the allow-list
    LOCAL_EDITOR = "local editor"  # local editor mode, loopback only, the editing link opened


@dataclass(frozen=True)
class Access:
    role: Role
    reason: str  # one sentence for the page: why this person may or may not edit

    @property
    def can_edit(self) -> bool:
        return self.role in (Role.EDITOR, Role.LOCAL_EDITOR)


@dataclass(frozen=True)
class Identity:
    """Who a sign-in says this person is: the claims the provider signed (`st.user`)."""

    email: str | None
    email_verified: bool | None = None  # None: no such claim, or not a JSON boolean
    issuer: str | None = None  # the ID token's `iss`, e.g. https://accounts.google.com
    provider: str | None = None  # the [auth.<name>] section signed in with ("default")


@dataclass(frozen=True)
class Editor:
    """One allow-list entry: an e-mail, and the provider it must come from, named by its
    issuer or its [auth.<name>]; None: the one provider configured, if there is only one."""

    email: str
    provider: str | None = None

    @classmethod
    def parse(cls, entry: str) -> Editor | None:
        """`"a@example.org"` or `"https://accounts.google.com a@example.org"`; None otherwise."""
        words = entry.split()
        if len(words) == 1:
            return cls(words[0])
        if len(words) == 2:
            return cls(words[1], words[0])
        return None


@dataclass(frozen=True)
class Editors:
    """The editing settings: `[atlas] editors` and `trust_unverified_email`, and the names of
    the sign-in providers configured in `[auth]`."""

    entries: tuple[str, ...] = ()
    trust_unverified_email: tuple[str, ...] = ()  # issuers or [auth.<name>] names
    providers: tuple[str, ...] = (DEFAULT_PROVIDER,)

    def verified(self, who: Identity) -> bool:
        """The provider said the e-mail is verified (`email_verified` true), or the settings
        trust this provider's e-mails without it."""
        trusted = set(self.trust_unverified_email)
        return who.email_verified is True or bool({who.issuer, who.provider} & trusted)

    def admits(self, who: Identity) -> bool:
        """`who` signed in with a configured provider, with a verified e-mail that an entry
        names for that provider."""
        key = email_key(who.email or "")
        if not key or who.provider not in self.providers or not self.verified(who):
            return False
        return any(self._names(entry, who, key) for entry in self.entries)

    def unusable(self) -> list[str]:
        """The entries that can never match, each with why (for the server's log)."""
        bad = []
        for entry in self.entries:
            editor = Editor.parse(entry)
            if editor is None:
                bad.append(f"{entry!r}: not 'e-mail' or 'provider e-mail'")
            elif not email_key(editor.email):
                bad.append(f"{entry!r}: the e-mail has look-alike or non-ASCII capitals")
            elif editor.provider is None and len(self.providers) != 1:
                bad.append(f"{entry!r}: name the provider (several are configured)")
        return bad

    def _names(self, entry: str, who: Identity, key: str) -> bool:
        editor = Editor.parse(entry)
        if editor is None or email_key(editor.email) != key:
            return False
        if editor.provider is None:
            return len(self.providers) == 1
        return editor.provider in (who.issuer, who.provider)


def email_key(email: str) -> str | None:
    """The form in which e-mails are compared: NFKC, case-folded; None for one that must not
    match anything.

    An e-mail matches only if folding it changes nothing but ASCII capitals: a Kelvin sign K
    (U+212A), fullwidth letters, ligatures or a dotted capital İ, which fold into other
    letters, make it match nothing, so that a look-alike address cannot pass for an editor's.
    Surrounding spaces and a trailing dot are kept, so they match no entry either.
    """
    folded = unicodedata.normalize("NFKC", email).casefold()
    return folded if folded and folded == email.translate(_ASCII_LOWER) else None


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


def is_loopback_host(host: str | None) -> bool:
    """True if a request's Host header names this machine (localhost, 127.0.0.1, [::1], any
    port), not a name that merely resolves to it (DNS rebinding: evil.example -> 127.0.0.1)."""
    if not host or host != host.strip():
        return False
    try:
        parts = urlsplit(f"//{host}")
        _ = parts.port  # a port that is not a number is refused here
    except ValueError:
        return False
    extra = (parts.username, parts.password, parts.path, parts.query, parts.fragment)
    return parts.hostname is not None and not any(extra) and is_loopback(parts.hostname)


def loopback_hosts_only(allowed_hosts: Iterable[str]) -> bool:
    """True if Streamlit's `server.allowedHosts` is set, and to loopback names only: its
    websocket then refuses a page opened under any other name."""
    hosts = list(allowed_hosts)
    return bool(hosts) and all(is_loopback(host) for host in hosts)


def local_mode_requested(value: str | None) -> bool:
    """`ATLAS_LOCAL_EDITOR=1` (or true/yes/on) switches local editor mode on; nothing else."""
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def token_matches(given: str | None, token: str) -> bool:
    """The editing link's token, compared in constant time."""
    return bool(given) and hmac.compare_digest(str(given).encode(), token.encode())


def is_proxied(header_names: Iterable[str]) -> bool:
    """True if a request's headers show that a reverse proxy passed it on."""
    return any(name.lower() in FORWARDING_HEADERS for name in header_names)


@dataclass(frozen=True)
class LocalRequest:
    """What local editor mode depends on: the server's settings and this session's request."""

    server_address: str | None
    allowed_hosts: tuple[str, ...] = ()  # server.allowedHosts
    host: str | None = None  # the request's Host header
    proxied: bool = False  # the request carries a reverse proxy's forwarding header
    opened_edit_link: bool = False  # this session opened the link with the server's token

    def refusal(self) -> str | None:
        """Why local editor mode cannot be trusted for this request; None if it can."""
        if not is_loopback(self.server_address):
            shown = self.server_address or "every interface"
            return (
                f"the server listens on {shown}, not on loopback only "
                "(run it with --server.address 127.0.0.1)"
            )
        if self.proxied:
            return "this request came through a proxy"
        if not loopback_hosts_only(self.allowed_hosts):
            return (
                "server.allowedHosts does not list loopback names only (run it with "
                "--server.allowedHosts localhost --server.allowedHosts 127.0.0.1)"
            )
        if not is_loopback_host(self.host):
            return "this page was opened under a name that is not localhost or 127.0.0.1"
        return None


def can_edit(
    *,
    auth_configured: bool,
    user: Identity | None,
    editors: Editors,
    local_mode: bool,
    request: LocalRequest,
) -> Access:
    """Decide what this person may do.

    `user` is None for someone not signed in. A signed-in person edits when `editors` admits
    them: a verified e-mail (or a trusted provider), named for the provider they used. Local
    editor mode edits only on a loopback-only server, for a request to a loopback name that
    no proxy passed on, in a session that opened the editing link.
    """
    signed_in = user if auth_configured else None  # a sign-in counts only with [auth]
    if signed_in and editors.admits(signed_in):
        return Access(Role.EDITOR, f"Signed in as {signed_in.email}, an editor.")
    role = Role.READER if signed_in else Role.VISITOR
    if local_mode:
        if why := request.refusal():
            return Access(role, f"Local editor mode refused: {why}. The atlas is read-only.")
        if request.opened_edit_link:
            return Access(Role.LOCAL_EDITOR, "Local editor mode: this machine only.")
        return Access(
            role,
            "Local editor mode: to edit, open the link with ?edit= that the server printed "
            "in its console. This tab is read-only.",
        )
    if signed_in:
        who = signed_in.email or "an account without an e-mail"
        unverified = signed_in.email and not editors.verified(signed_in)
        why = " (not a verified e-mail)" if unverified else ""
        return Access(Role.READER, f"Signed in as {who}{why}: you can read, not edit.")
    return Access(Role.VISITOR, "Read-only.")

"""Data shown through Markdown stays text: one escaping helper, and the only links we make.

Titles, statement texts, city names, notes, sources and what a visitor types are data. Where
the page has to pass them through Markdown (headings, captions, alerts, radio labels), they go
through `as_markdown_text` first. The only links built from data are a source's or an
evidence page's http(s) URL, shown by its domain (`link`).
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

# CommonMark lets a backslash escape any ASCII punctuation, and shows the character itself.
# These are the characters that start or make markup in GitHub-flavoured Markdown and in
# Streamlit's extensions: escaped, no link, image, HTML tag, entity (`\&`), emphasis, heading,
# list, quote, table, code, math (`$`) or directive (`:red[...]`) is left. The rest
# (, ; / ? % ' ") is shown as it is.
_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:@&=^])")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
# Escapes do not stop GFM's literal autolinks: remark-gfm (Streamlit's renderer) links
# `http://...`, `www.x` and `a@b.c` found in the text *after* escapes are read. An invisible
# WORD JOINER (U+2060) where those patterns need two characters side by side prevents it.
WORD_JOINER = "\u2060"
_AUTOLINK_SEAMS = re.compile(r"(?<=:)(?=/)|(?<=www)(?=\\\.)|(?=\\@)", re.IGNORECASE)
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST = re.compile(rf"^{_LABEL}(?:\.{_LABEL})*$")
# What may stay as it is in a link destination: no space, no parenthesis, no angle bracket,
# no backslash, so the URL cannot end the Markdown link early or open another one.
_URL_SAFE = "/:?#@!$&'*+,;=%~-._"


def as_markdown_text(text: str) -> str:
    """Text that Markdown shows as it is, on one line: '[x](y)' stays '[x](y)', never markup."""
    escaped = _PUNCTUATION.sub(r"\\\1", _LINE_BREAKS.sub(" ", text).strip())
    return _AUTOLINK_SEAMS.sub(WORD_JOINER, escaped)


def web_url(value: str) -> str | None:
    """`value` if it is an http(s) URL with a plain host name, percent-encoded so it cannot
    break out of a Markdown link; None for anything else (javascript:, data:, relative, ...)."""
    text = value.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 (raises on a malformed port)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() not in {"http", "https"} or not _HOST.match(host):
        return None
    if parts.username is not None or parts.password is not None:
        return None  # "https://trusted.org@evil.example/" reads as trusted.org; it is not
    return quote(text, safe=_URL_SAFE)


def domain(url: str) -> str:
    """The host a URL points to, as a reader knows it: 'https://www.x.org/a' -> 'x.org'."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def link(label: str, value: str) -> str:
    """Markdown for `label: domain` linking to `value` if it is an http(s) URL; else the value
    as text (a file name, "pasted text")."""
    url = web_url(value)
    if url is None:
        return as_markdown_text(f"{label}: {value}" if value.strip() else f"{label}: none")
    return f"{as_markdown_text(label)}: [{as_markdown_text(domain(url))}]({url})"

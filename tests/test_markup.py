"""Data shown through Markdown stays text: the escaping helper, the links we make."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from geo import atlas
from geo.markup import WORD_JOINER, as_markdown_text, domain, link, web_url

HOSTILE = (
    "![x](http://evil.example/x.png) [click](http://evil.example) <img src=http://evil.example/y>"
    " *bold* _it_ # h `code` $x$ :red[x] &amp; www.evil.example mail@evil.example http://evil.example"
)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# remark-gfm's literal autolinks, found in text nodes after escapes are read (Streamlit's
# renderer; the patterns are those of mdast-util-gfm-autolink-literal, a little wider here)
_AUTOLINK_LITERAL = re.compile(r"https?://|www\.|[-.\w+]@", re.IGNORECASE)


def read(markdown: str) -> str:
    """What a reader sees of escaped Markdown text: escapes resolved, word joiners invisible."""
    return _ESCAPE.sub(r"\1", markdown).replace(WORD_JOINER, "")


def as_html_text(text: str) -> str:
    """Text in HTML as markdown-it writes it."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def renders(markdown: str) -> str:
    """HTML from a CommonMark + GFM renderer that links bare URLs (linkify)."""
    return MarkdownIt("gfm-like").render(markdown)


def test_hostile_markdown_renders_as_its_own_text() -> None:
    out = renders(as_markdown_text(HOSTILE))
    assert "<a" not in out
    assert "<img" not in out
    assert "<em>" not in out
    assert "<strong>" not in out
    assert "<code>" not in out
    assert out.replace(WORD_JOINER, "") == f"<p>{as_html_text(HOSTILE)}</p>\n"


def test_text_nodes_hold_no_literal_autolink() -> None:
    """The escaped text, as remark reads it, has no http://, www. or a@ for remark-gfm to link."""
    text_node = _ESCAPE.sub(r"\1", as_markdown_text(HOSTILE))
    assert _AUTOLINK_LITERAL.findall(text_node) == []
    assert read(as_markdown_text(HOSTILE)) == HOSTILE


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("1. first", "<p>1. first</p>"),
        ("- item", "<p>- item</p>"),
        ("> quote", "<p>&gt; quote</p>"),
        ("Title\n===", "<p>Title ===</p>"),
        ("| a | b |", "<p>| a | b |</p>"),
        ("a\\b", "<p>a\\b</p>"),
    ],
)
def test_block_markup_stays_one_line_of_text(text: str, shown: str) -> None:
    assert renders(as_markdown_text(text)).strip() == shown


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80))
@settings(max_examples=300, deadline=None)
def test_any_text_renders_as_itself(text: str) -> None:
    flat = re.sub(r"\s*[\r\n]+\s*", " ", text).strip()  # one line, as a heading needs
    out = renders(as_markdown_text(text)).replace(WORD_JOINER, "")
    assert out in {f"<p>{as_html_text(flat)}</p>\n", ""}
    assert not _AUTOLINK_LITERAL.search(_ESCAPE.sub(r"\1", as_markdown_text(text)))


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "ftp://example.org/x",
        "//evil.example/x",
        "pasted text",
        "https://trusted.org@evil.example/",
        "http://evil.example:99999/",
        "https://exa mple.org/",
        "",
    ],
)
def test_only_web_urls_become_links(value: str) -> None:
    assert web_url(value) is None
    assert "](" not in link("Source", value)


def test_a_web_url_becomes_a_link_shown_by_its_domain() -> None:
    url = "https://www.strongcitiesnetwork.org/news/statement-(2016)?a=1 b<x>"
    made = link("Source", url)
    assert made == (
        "Source: [strongcitiesnetwork\\.org]"
        "(https://www.strongcitiesnetwork.org/news/statement-%282016%29?a=1%20b%3Cx%3E)"
    )
    assert '<a href="https://www.strongcitiesnetwork.org/news/statement-%282016%29' in renders(made)
    assert domain("HTTP://Example.ORG/x") == "example.org"


def test_provenance_links_only_ids_and_web_sources() -> None:
    geonames = atlas.provenance({"source": "gazetteer", "source_id": "geonames:123"})
    assert geonames == "GeoNames [123](https://www.geonames.org/123)"
    hostile_id = atlas.provenance({"source": "gazetteer", "source_id": "geonames:1](http://x)"})
    assert "<a" not in renders(hostile_id)
    override = atlas.provenance({"source": "override", "source_id": "https://en.wikipedia.org/x"})
    assert (
        override == "curated override, source: [en\\.wikipedia\\.org](https://en.wikipedia.org/x)"
    )
    cited = atlas.provenance({"source": "override", "source_id": "[a](javascript:alert(1))"})
    assert "<a" not in renders(cited)
    assert read(cited) == "curated override, source: [a](javascript:alert(1))"

"""Data shown through Markdown stays text: the escaping helper, the links we make."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from streamlit.testing.v1 import AppTest

from geo.geocoding import report
from geo.markup import WORD_JOINER, as_markdown_text, domain, link, web_url
from tests.conftest import ROOT

HOSTILE = (
    "![x](http://evil.example/x.png) [click](http://evil.example) <img src=http://evil.example/y>"
    " *bold* _it_ # h `code` $x$ :red[x] &amp; www.evil.example mail@evil.example http://evil.example"
)
EVIL = "evil.example"
HOSTILE_ID = "2024-01-01-hostile-markup"
HOSTILE_TITLE = f"Hostile [click](http://{EVIL}) ![t](http://{EVIL}/title.png) www.{EVIL}"
HOSTILE_NOTE = (
    f'Note ![n](http://{EVIL}/note.png) <img src="http://{EVIL}/note-tag.png"> http://{EVIL}/bare'
)
HOSTILE_STATEMENT = f"""---
id: {HOSTILE_ID}
network: scn
date: 2024-01-01
title: {HOSTILE_TITLE}
source: javascript:alert(1)
note: {HOSTILE_NOTE}
---

Text ![x](http://{EVIL}/x.png) and [click](http://{EVIL}) and <img src="http://{EVIL}/tag.png">.
"""
HOSTILE_QUERY = f"[a](http://{EVIL})"
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
    assert out in {f"<p>{as_html_text(flat.replace(WORD_JOINER, ''))}</p>\n", ""}
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
    geonames = report.provenance({"source": "gazetteer", "source_id": "geonames:123"})
    assert geonames == "GeoNames [123](https://www.geonames.org/123)"
    hostile_id = report.provenance({"source": "gazetteer", "source_id": "geonames:1](http://x)"})
    assert "<a" not in renders(hostile_id)
    override = report.provenance({"source": "override", "source_id": "https://en.wikipedia.org/x"})
    assert (
        override == "curated override, source: [en\\.wikipedia\\.org](https://en.wikipedia.org/x)"
    )
    cited = report.provenance({"source": "override", "source_id": "[a](javascript:alert(1))"})
    assert "<a" not in renders(cited)
    assert read(cited) == "curated override, source: [a](javascript:alert(1))"


# ----------------------------------------------------------------------------- the page


def add_hostile_statement(data_dir: Path) -> None:
    """A statement whose title, note, source and text are hostile Markdown, signed by Oslo."""
    path = data_dir / "statements" / f"{HOSTILE_ID}.md"
    path.write_text(HOSTILE_STATEMENT, encoding="utf-8")
    with (data_dir / "signatories.csv").open("a", encoding="utf-8") as rows:
        rows.write(f"{HOSTILE_ID},Oslo,Norway,\n")


def markdown_shown(at: AppTest) -> list[str]:
    """Every string the page hands to Streamlit's Markdown renderer."""
    blocks = [at.markdown, at.caption, at.title, at.header, at.subheader]
    alerts = [at.info, at.warning, at.error, at.success, at.sidebar.warning]
    values = [e.value for group in [*blocks, *alerts] for e in group]
    labels = [o for r in at.radio for o in r.options] + [b.label for b in at.button]
    return [str(v) for v in [*values, *labels]]


@pytest.mark.parametrize("present", [False, True])
def test_hostile_markup_in_a_statement_and_the_query_renders_no_link_or_image(
    bundled_data_copy: Path, monkeypatch: pytest.MonkeyPatch, present: bool
) -> None:
    add_hostile_statement(bundled_data_copy)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(bundled_data_copy))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["statement"] = HOSTILE_ID
    at.query_params["q"] = HOSTILE_QUERY
    if present:
        at.query_params["present"] = "1"
    at.run()
    assert not at.exception
    shown = markdown_shown(at)
    read_back = [read(v) for v in shown]
    assert any(HOSTILE_TITLE in v for v in read_back)  # the title is there, as text
    rendered = [renders(v) for v in shown]
    assert [h for h in rendered if EVIL in h and ("<a " in h or "<img" in h)] == []
    # Markdown text (not the excerpt's HTML block, whose text is HTML-escaped and not read
    # as Markdown) holds nothing remark-gfm would link
    text = [_ESCAPE.sub(r"\1", v) for v in shown if not v.startswith("<div")]
    assert [t for t in text if EVIL in t and _AUTOLINK_LITERAL.search(t)] == []
    if not present:
        assert HOSTILE_NOTE in read_back
        assert f"No city shown matches “{HOSTILE_QUERY}”." in read_back
        assert "Source: javascript:alert(1)" in read_back
        assert any("Text ![x](http://evil.example/x.png)" in t.value for t in at.text)

"""Batch r66a: (the writer fills this in)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

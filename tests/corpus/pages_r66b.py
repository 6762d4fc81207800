"""Batch r66b: (the writer fills this in)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

"""Batch r63b: (the writer fills this in)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

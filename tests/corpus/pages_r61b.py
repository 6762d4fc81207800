"""Batch r61b: (to be written)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

"""Batch r58b: (to be written)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

"""Batch r61a: (to be written)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

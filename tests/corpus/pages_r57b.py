"""Batch r57b: (to be written)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

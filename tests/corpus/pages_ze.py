"""Batch ze: to be written (held out from rounds 13 and 14)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

"""Batch r50b: scaffold (held out from round 49)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

"""Batch r48b: scaffold (held out from round 48)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

"""Batch r49b: scaffold (held out from round 48's second fixers)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

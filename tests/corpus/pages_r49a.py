"""Batch r49a: scaffold (held out from round 48's second fixers)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

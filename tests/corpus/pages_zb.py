"""Batch zb: to be written (held out from round 13's fixes)."""

from tests.corpus.spec import Page

PAGES: list[Page] = []

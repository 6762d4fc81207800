"""Hand-written pages, batch y: written for issue #20 as a held-out check, before any change to
the reader for them (filled in by its writer)."""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = []

from __future__ import annotations

from tests.corpus.spec import Page

PAGES: list[Page] = []

"""The data as the page reads it: loaded once per state of the files, shared, bounded."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from geo import atlas, view
from geo.data import checks, store
from geo.geocoding import geocode

LOG = logging.getLogger("atlas")


def data_dir() -> Path:
    """The data folder: $ATLAS_DATA_DIR, or data/ beside app.py (read at every page run)."""
    return Path(os.environ.get("ATLAS_DATA_DIR", Path(__file__).parent.parent / "data"))


# Caches are shared by every visitor and bounded (entries, and an hour's life); no visitor
# can clear them. The data's cache key is the files' state, so a change shows at once.
CACHE_TTL = "1h"
# A view in a cache key is hashed as its repr (every field, each as its repr): Streamlit's own
# hashing of a dataclass copies it first (dataclasses.asdict), 0.8 ms a call against 0.1.
VIEW_KEY: dict[str | type[Any], Callable[[Any], Any]] = {view.View: repr}

# The data's tables are cached as resources: every page run gets the same objects, read,
# never changed (tests/test_app_visitors.py checks a session's runs leave them as loaded).
# st.cache_data would hand each run a copy (unpickled: 70 ms of a page run's CPU on the
# bundled atlas) and leave each visitor's script thread with its own copies' garbage.


@st.cache_resource(show_spinner="Loading the atlas ...", max_entries=4, ttl=CACHE_TTL)
def load(data_dir: str, state: str) -> tuple[store.AtlasData, pd.DataFrame, list[str]]:
    """The data, its signatory rows, and the problems `geo check` would report.

    `state` is `store.state_token(data_dir)`: when a file changes, so does the cache key, and
    every visitor sees the files as they are now.
    """
    data = store.load(Path(data_dir))
    return data, atlas.signatory_rows(data), checks.check(data)


@st.cache_resource(show_spinner=False, max_entries=4, ttl=CACHE_TTL)
def memberships(data_dir: str, state: str) -> pd.DataFrame:
    """The data's member rows (`view.member_rows`), made once per state of the files."""
    data, _, _ = load(data_dir, state)
    return view.member_rows(data)


@st.cache_resource(show_spinner=False, max_entries=64, ttl=CACHE_TTL, hash_funcs=VIEW_KEY)
def select(data_dir: str, state: str, wanted: view.View) -> view.Shown:
    """What a view's filters keep; the same filters are not worked out twice.

    `wanted` is the filters alone (`view.filters`): the cache is keyed on it, so a city
    clicked or a search typed finds the entry the filters made.
    """
    _, rows, _ = load(data_dir, state)
    return view.show(rows, wanted, memberships(data_dir, state))


@st.cache_resource(show_spinner=False, max_entries=4, ttl=CACHE_TTL)
def choices(data_dir: str, state: str) -> view.Choices:
    """What the sidebar offers (view.Choices), made once per state of the files: every
    visitor's sidebar lists the same networks, countries and dates."""
    data, rows, _ = load(data_dir, state)
    return view.choices(data.networks, rows, memberships(data_dir, state))


@st.cache_resource(show_spinner=False, max_entries=64, ttl=CACHE_TTL, hash_funcs=VIEW_KEY)
def summary(data_dir: str, state: str, wanted: view.View) -> view.Summary:
    """The headline, the signatories without a coordinate and the statements in order
    (view.Summary) of what `wanted`'s filters keep, worked out once for them: every visitor
    of the unfiltered atlas gets the same."""
    data, _, _ = load(data_dir, state)
    return view.summary(select(data_dir, state, wanted), data.statements)


@st.cache_resource(show_spinner="Loading the offline gazetteer (once) ...", max_entries=1)
def gazetteer() -> geocode.Gazetteer:
    """The gazetteer, loaded once a server; what the server holds then is left out of the
    full garbage collections (`geocode.freeze_loaded`)."""
    loaded = geocode.load_geonames()
    geocode.freeze_loaded()
    return loaded


def without_paths(message: str) -> str:
    """A message for the page: the server's data directory named `data/`, not by its path."""
    folder = data_dir()
    return message.replace(str(folder.resolve()), "data").replace(str(folder), "data")

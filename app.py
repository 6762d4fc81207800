"""City Networks Atlas: the Streamlit page. Thin: it composes the parts in ui/, whose logic
lives in geo/."""

from __future__ import annotations

import threading
from dataclasses import replace

import streamlit as st

from geo import view
from geo.data import store
from geo.errors import AtlasError
from geo.markup import as_markdown_text
from ui.account import account, who_may_edit
from ui.explore import empty_atlas, explore
from ui.filters import (
    explain_empty,
    follow_saved_statement,
    restore_view_from_url,
    save_view_to_url,
    sidebar,
)
from ui.guards import guard_uploads, keep_caches_from_visitors
from ui.loading import LOG, choices, data_dir, load, memberships, select, without_paths
from ui.presentation import presentation


def main() -> None:
    st.set_page_config(page_title="City Networks Atlas", page_icon="🌍", layout="wide")
    folder = data_dir()
    state = store.state_token(folder)
    try:
        data, rows, problems = load(str(folder), state)
    except AtlasError as exc:
        LOG.exception("the atlas's data in %s could not be read", folder)
        st.error(f"The atlas's data could not be read: {as_markdown_text(without_paths(str(exc)))}")
        st.stop()
    rights = who_may_edit()  # before anything that could offer editing
    if problems:
        problems_in_the_data(problems, editor=rights.can_edit)
    members = memberships(str(folder), state)
    if not len(rows) and not len(members):
        account(rights)
        empty_atlas(data, rows, editor=rights.can_edit)
        return
    restore_view_from_url()
    follow_saved_statement()
    current = sidebar(choices(str(folder), state))
    account(rights)
    shown = select(str(folder), state, view.filters(current))
    if not len(shown.points):
        explain_empty(view.emptied_by(rows, current, members))
    if current.present:
        presentation(data, shown, current, members, state)
    else:
        explore(data, rows, members, shown, current, editor=rights.can_edit, state=state)
    city = st.session_state.get("city") or ""
    save_view_to_url(replace(current, statement=st.session_state.get("statement", ""), city=city))


def problems_in_the_data(problems: list[str], *, editor: bool) -> None:
    """How many problems the data has, for everyone; which files and lines, for editors."""
    with st.expander(f"⚠️ {len(problems)} problems in the data: those lines are left out"):
        if editor:
            st.text(without_paths("\n".join(problems)))
        else:
            st.caption(
                "An editor sees here which files and lines they are; "
                "`python -m geo check` lists them."
            )


@st.cache_resource(max_entries=1)
def page_turns() -> threading.Lock:
    """Page runs take turns in this process instead of running side by side.

    Python runs one thread at a time, so 20 visitors' runs side by side all end at about the
    same time, when the 20th would have; in turn the first sees the map after one run.
    """
    return threading.Lock()


keep_caches_from_visitors()
guard_uploads()
with page_turns():
    main()

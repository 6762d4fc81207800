"""The Add a statement panel: read a page, show what was read, editable, then save."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo.data import store
from geo.errors import AtlasError, ConflictError
from geo.importing import importer, review
from geo.importing.statements import MAX_PAGE_BYTES, decode_page, parse_date
from geo.maps import mapping
from geo.markup import as_markdown_text
from geo.model import KINDS
from geo.text import human_date
from ui.filters import show_saved_statement
from ui.guards import offer_upload
from ui.loading import gazetteer
from ui.mapframe import show_map
from ui.served import SERVED
from ui.tables import table

# What settles an import error, as the fields of this panel name it (never a CLI flag).
FIELD_LABELS = {
    "title": "fill in the Title field",
    "date": "fill in the Date field",
    "allow_truncated": "tick “Keep the complete entries of a cut-off list”",
    "signed_by_members": "tick or untick “The page lists no cities: the network's members "
    "signed it”",
}
REVIEW_WIDTH = 110  # pixels, of each column an editor corrects
MAX_CHOICES = 20  # ambiguous names offered a choice at once
# What the editor corrects comes first (city, country, state or region, and the coordinate
# they lead to, then the kind), then what the page wrote and how it was read.
REVIEW_CONFIG = {
    "city": st.column_config.TextColumn("City", required=True, max_chars=200, width=REVIEW_WIDTH),
    "country": st.column_config.TextColumn(
        "Country", required=True, max_chars=80, width=REVIEW_WIDTH
    ),
    "region": st.column_config.TextColumn("State or region", max_chars=80, width=REVIEW_WIDTH),
    "place": st.column_config.TextColumn("Coordinate", disabled=True),
    "kind": st.column_config.SelectboxColumn("Kind", options=list(KINDS), required=True),
    "line": st.column_config.NumberColumn("Line", disabled=True),
    "entry": st.column_config.TextColumn("As written", disabled=True),
    "found": st.column_config.TextColumn("Country found by", disabled=True),
    "note": st.column_config.TextColumn("Check", disabled=True),
    "lat": st.column_config.NumberColumn("Latitude", min_value=-90, max_value=90),
    "lon": st.column_config.NumberColumn("Longitude", min_value=-180, max_value=180),
    "coordinate_source": st.column_config.TextColumn("Source of the coordinate", max_chars=500),
}


def add_statement_panel(data: store.AtlasData) -> None:
    st.write("Paste the text of a statement's web page, or upload it as a text file.")
    text = st.text_area("Page text", key="new_text", height=200, max_chars=MAX_PAGE_BYTES)
    offer_upload()
    upload = st.file_uploader("…or a .txt file", type=["txt"], key="new_file")
    names = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    network = st.selectbox(
        "Network",
        list(names),
        format_func=names.__getitem__,
        key="new_network",
        index=None,
        placeholder="Choose the network that published it",
    )
    title = st.text_input("Title (if the page has none)", key="new_title", max_chars=300)
    date = st.text_input(
        "Date (if the page has none), e.g. 2024-05-01", key="new_date", max_chars=40
    )
    source = st.text_input("Source (URL of the page)", key="new_source", max_chars=2000)
    country = st.text_input(
        "Country of entries the page gives none for (optional)", key="new_country", max_chars=80
    )
    truncated = st.checkbox("Keep the complete entries of a cut-off list", key="new_truncated")
    members_signed = st.checkbox(
        "The page lists no cities: the network's members signed it", key="new_members"
    )
    if st.button("Preview", key="new_preview", disabled=network is None):
        st.session_state.pop("new_plan", None)
        try:
            page = decode_page(upload.getvalue() if upload is not None else text.encode())
            parsed = importer.read_statement(
                data,
                page,
                network=str(network),
                title=title or None,
                date=parse_date(date) if date else None,
                gazetteer=gazetteer,
            )
            plan = importer.plan_statement(
                data,
                parsed,
                network=str(network),
                source=source or (upload.name if upload is not None else "pasted text"),
                signed_by_members=members_signed,
                default_country=country or None,
                allow_truncated=truncated,
                gazetteer=gazetteer,
            )
        except AtlasError as exc:
            option = getattr(exc, "option", None)
            hint = f" ({FIELD_LABELS[option]})" if option in FIELD_LABELS else ""
            st.error(as_markdown_text(f"{exc}{hint}"))
            return
        start_review(data, plan)
    if "new_plan" in st.session_state:
        review_import(data)


def start_review(data: store.AtlasData, plan: importer.ImportPlan) -> None:
    """A new review: the plan's rows, checked; its title in the title field."""
    state = st.session_state
    state["new_plan"] = plan
    state["new_rows"] = review.recheck(review.review_rows(plan), data, gazetteer())
    state["new_edit_title"] = plan.meta["title"]
    state["new_version"] = state.get("new_version", 0) + 1


def review_import(data: store.AtlasData) -> None:
    """What the page was read as, editable and checked again after every edit; nothing is
    written before Save."""
    state = st.session_state
    plan: importer.ImportPlan = state["new_plan"]
    take_edits(data)
    version = state["new_version"]
    rows: pd.DataFrame = state["new_rows"]
    names = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    st.text_input("Title", key="new_edit_title", max_chars=300)
    st.caption(f"{plan.meta['date']} · {names[plan.meta['network']]} · {len(rows)} signatories")
    for warning in importer.summarise(review.warnings(plan, rows)):
        st.warning(as_markdown_text(warning), icon="⚠️")
    st.write(
        "Correct, add or delete rows: each edit is checked again at once (the coordinate and "
        "how the country was found follow it). A place marked NOT FOUND can be given a "
        "latitude and longitude with their source: they are saved as a curated coordinate."
    )
    st.data_editor(
        rows,
        key=f"new_review_{version}",
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_config=REVIEW_CONFIG,
        column_order=list(REVIEW_CONFIG),
    )
    review_map(data, rows, plan.meta["network"])
    offer_choices(rows, version)
    if len(plan.skipped):
        with st.expander(f"Skipped {len(plan.skipped)} lines"):
            table(plan.skipped)
    if st.button("Save to the atlas", type="primary", key="new_save"):
        save_review(data, plan, rows)


def take_edits(data: store.AtlasData) -> None:
    """Apply what the editor did since the last run (edits in the table, a place chosen),
    check the rows again, and start a fresh table on them (a new key: no edits pending)."""
    state = st.session_state
    version = state["new_version"]
    rows: pd.DataFrame = state["new_rows"]
    edits = state.get(f"new_review_{version}") or {}
    changed = rows
    if any(edits.get(part) for part in ("edited_rows", "added_rows", "deleted_rows")):
        changed = review.apply_edits(
            rows,
            {int(k): v for k, v in edits.get("edited_rows", {}).items()},
            edits.get("added_rows", []),
            edits.get("deleted_rows", []),
        )
    for position, options in ambiguous(rows).items():
        picked = state.get(f"new_choice_{version}_{position}")
        if picked is not None and position < len(changed):
            changed = review.choose(changed, position, options[picked], gazetteer())
    if changed is not rows:
        state["new_rows"] = review.recheck(changed, data, gazetteer())
        state["new_version"] = version + 1


def ambiguous(rows: pd.DataFrame) -> dict[int, list[review.Choice]]:
    """Rows whose name the gazetteer has for several places of note (MAX_CHOICES at most)."""
    found: dict[int, list[review.Choice]] = {}
    for position, city in enumerate(rows["city"].fillna("").astype(str)):
        options = review.choices(gazetteer(), city) if city else []
        if review.is_ambiguous(options):
            found[position] = options
        if len(found) == MAX_CHOICES:
            break
    return found


def offer_choices(rows: pd.DataFrame, version: int) -> None:
    """A choice among the gazetteer's places for each ambiguous name; the choice is applied
    to its row (country, region and, where those do not settle it, the coordinate)."""
    options = ambiguous(rows)
    if not options:
        return
    st.write("Names that several places share: choose the place the page means.")
    for position, places in options.items():
        row = rows.iloc[position]
        labels = [place.label for place in places]
        st.selectbox(
            as_markdown_text(f"Line {row['line']}: {row['city']} (now: {row['place']})"),
            range(len(places)),
            format_func=labels.__getitem__,
            index=None,
            placeholder="Choose a place …",
            key=f"new_choice_{version}_{position}",
        )


def review_map(data: store.AtlasData, rows: pd.DataFrame, network: str) -> None:
    """The review's rows with a coordinate, on a small map of their own."""
    points = review.map_points(rows, network)
    networks = data.networks[data.networks["id"] == network]
    st.caption(f"{len(points)} of {len(rows)} rows have a coordinate, shown on this map.")
    show_map(
        mapping.build_map(points, networks, served_url=SERVED), height=320, key="new_review_map"
    )


def save_review(data: store.AtlasData, plan: importer.ImportPlan, rows: pd.DataFrame) -> None:
    """Save the reviewed statement as the editor left it; then show it, picked on the map."""
    state = st.session_state
    try:
        titled = importer.retitled(plan, state.get("new_edit_title", ""))
        reviewed = importer.apply_review(titled, rows)
        overrides = pd.concat([data.overrides, reviewed.overrides], ignore_index=True)
        places = importer.geocode_plan(data, reviewed.plan, gazetteer, overrides)
        importer.save_statement(
            data.root,
            reviewed.plan,
            places=places,
            overrides=reviewed.overrides,
            replace=state.get("new_replace", False),
        )
    except ConflictError as exc:
        st.error(as_markdown_text(str(exc)))
        st.checkbox("Replace the statement already in the atlas", key="new_replace")
        return
    except AtlasError as exc:
        st.error(as_markdown_text(str(exc)))
        return
    for key in ("new_plan", "new_rows", "new_replace"):
        state.pop(key, None)
    meta, signed = reviewed.plan.meta, reviewed.plan.signatories
    state["saved_message"] = (
        f"Saved “{meta['title']}” ({human_date(meta['date'])}) with {len(signed)} "
        "signatories: picked on the map."
    )
    show_saved_statement(meta, signed)
    st.rerun()

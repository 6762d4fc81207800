"""The Add a statement panel: read a page, show what was read, editable, then save."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo import atlas
from geo.data import store
from geo.errors import AtlasError, ConflictError
from geo.importing import importer
from geo.importing.statements import MAX_PAGE_BYTES, decode_page, parse_date
from geo.markup import as_markdown_text
from ui.guards import offer_upload
from ui.loading import gazetteer
from ui.tables import table

# What settles an import error, as the fields of this panel name it (never a CLI flag).
FIELD_LABELS = {
    "title": "fill in the Title field",
    "date": "fill in the Date field",
    "allow_truncated": "tick “Keep the complete entries of a cut-off list”",
    "signed_by_members": "tick or untick “The page lists no cities: the network's members "
    "signed it”",
}
REVIEW_CONFIG = {
    "line": st.column_config.NumberColumn("Line", disabled=True),
    "entry": st.column_config.TextColumn("As written", disabled=True),
    "city": st.column_config.TextColumn("City", required=True, max_chars=200),
    "country": st.column_config.TextColumn("Country", required=True, max_chars=80),
    "region": st.column_config.TextColumn("State or region", max_chars=80),
    "found": st.column_config.TextColumn("Country found by", disabled=True),
    "note": st.column_config.TextColumn("Check", disabled=True),
    "place": st.column_config.TextColumn("Coordinate", disabled=True),
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
        st.session_state["new_plan"] = (plan, importer.geocode_plan(data, plan, gazetteer))
    if "new_plan" in st.session_state:
        review_import(data, *st.session_state["new_plan"])


def review_import(data: store.AtlasData, plan: importer.ImportPlan, resolved: pd.DataFrame) -> None:
    """What the page was read as, editable; nothing is written before Save."""
    names = dict(zip(data.networks["id"], data.networks["name"], strict=True))
    st.subheader(as_markdown_text(plan.meta["title"]), anchor=False)
    st.caption(
        f"{plan.meta['date']} · {names[plan.meta['network']]} · {len(plan.signatories)} signatories"
    )
    for warning in importer.summarise(plan.warnings):
        st.warning(as_markdown_text(warning), icon="⚠️")
    st.write(
        "Correct, add or delete rows. A place marked NOT FOUND can be given a latitude and "
        "longitude with their source: they are saved as a curated coordinate."
    )
    review = atlas.import_review(plan.review, resolved)
    edited = st.data_editor(
        review,
        key="new_review",
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_config=REVIEW_CONFIG,
        column_order=list(REVIEW_CONFIG),
    )
    if len(plan.skipped):
        with st.expander(f"Skipped {len(plan.skipped)} lines"):
            table(plan.skipped)
    if st.button("Save to the atlas", type="primary", key="new_save"):
        try:
            reviewed = importer.apply_review(plan, edited)
            overrides = pd.concat([data.overrides, reviewed.overrides], ignore_index=True)
            places = importer.geocode_plan(data, reviewed.plan, gazetteer, overrides)
            importer.save_statement(
                data.root,
                reviewed.plan,
                places=places,
                overrides=reviewed.overrides,
                replace=st.session_state.get("new_replace", False),
            )
        except ConflictError as exc:
            st.error(as_markdown_text(str(exc)))
            st.checkbox("Replace the statement already in the atlas", key="new_replace")
            return
        except AtlasError as exc:
            st.error(as_markdown_text(str(exc)))
            return
        st.session_state.pop("new_plan")
        st.session_state.pop("new_replace", None)
        st.session_state["saved_message"] = (
            f"Saved “{reviewed.plan.meta['title']}” with {len(reviewed.plan.signatories)} "
            "signatories."
        )
        st.rerun()

"""Importing a statement: plan what would be written, show it, then save it.

The CLI and the app share this: nothing is written until `save_statement` is called, which
saves the statement, its signatories and their new places in one transaction, and refuses
to replace a statement already in the atlas unless told to (`compare` says what differs).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from geo import store
from geo.errors import ConflictError, DataError, ParseError
from geo.geocode import merge_places
from geo.statements import ParsedStatement
from geo.text import clean


@dataclass(frozen=True)
class ImportPlan:
    """A statement and its signatories, ready to be written."""

    meta: dict[str, str]
    text: str
    signatories: pd.DataFrame

    @property
    def statement_id(self) -> str:
        return self.meta["id"]


def plan_statement(
    data: store.AtlasData,
    parsed: ParsedStatement,
    *,
    network: str,
    source: str,
    note: str = "",
    signed_by_members: bool = False,
) -> ImportPlan:
    """What importing a parsed page would write. Raises if the network or list is wrong."""
    known = list(data.networks["id"])
    if network not in known:
        raise DataError(f"network {network!r} is not in networks.csv (known: {', '.join(known)})")
    sid = store.statement_id(parsed.date, parsed.title)
    if parsed.members and signed_by_members:
        raise ParseError("the page lists its signatories; drop --signed-by-members")
    if parsed.members:
        signed = pd.DataFrame(
            [(sid, m.city, m.country, m.region) for m in parsed.members],
            columns=list(store.SIGNATORY_COLUMNS),
        )
    elif signed_by_members:
        mine = data.members[data.members["network"] == network]
        if not len(mine):
            raise DataError(f"network {network!r} has no members in members.csv to sign for it")
        signed = pd.DataFrame(
            {"statement_id": sid, "city": mine["city"], "country": mine["country"], "region": ""}
        )
        note = note or (
            f"The page names no cities; its signatories are the {network} members in members.csv."
        )
    else:
        raise ParseError(
            "found no member list 'City (Country); City (Country); ...' on the page; "
            "if the network's members signed it, pass --signed-by-members"
        )
    meta = {
        "id": sid,
        "network": network,
        "date": parsed.date.isoformat(),
        "title": parsed.title,
        "source": source,
        "note": note,
    }
    return ImportPlan(meta=meta, text=parsed.text, signatories=signed.reset_index(drop=True))


@dataclass(frozen=True)
class StatementChange:
    """What saving a plan would change in a statement the atlas already has."""

    statement_id: str
    fields: dict[str, tuple[str, str]]  # network, date, title, source, note: (old, new)
    text_changed: bool
    added: tuple[str, ...]  # signatories, "City (Country)"
    removed: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.fields or self.text_changed or self.added or self.removed)

    def describe(self, most: int = 12) -> str:
        """One line per difference, naming old and new values and the cities."""
        lines = [f"{name}: {old!r} -> {new!r}" for name, (old, new) in self.fields.items()]
        if self.text_changed:
            lines.append("text: changed")
        for verb, names in (("added", self.added), ("removed", self.removed)):
            if names:
                shown = ", ".join(names[:most])
                more = f" and {len(names) - most} more" if len(names) > most else ""
                lines.append(f"signatories {verb} ({len(names)}): {shown}{more}")
        return "\n".join(f"  {line}" for line in lines)


def compare(existing: store.AtlasData, plan: ImportPlan) -> StatementChange | None:
    """What saving `plan` would change in the statement of its id; None if that is new."""
    sid = plan.statement_id
    rows = existing.statements[existing.statements["id"] == sid]
    if not len(rows):
        return None
    old = rows.iloc[0]
    fields = {
        name: (str(old[name]), clean(plan.meta.get(name, "")))
        for name in ("network", "date", "title", "source", "note")
        if str(old[name]) != clean(plan.meta.get(name, ""))
    }
    before = _names(existing.signatories[existing.signatories["statement_id"] == sid])
    after = _names(plan.signatories)
    return StatementChange(
        statement_id=sid,
        fields=fields,
        text_changed=str(old["text"]).strip() != plan.text.strip(),
        added=tuple(n for n in after if n not in set(before)),
        removed=tuple(n for n in before if n not in set(after)),
    )


def _names(signatories: pd.DataFrame) -> list[str]:
    """'City (Country)', or 'City, Region (Country)', as the signatories file has them."""
    frame = signatories.reindex(columns=["city", "region", "country"]).fillna("").astype(str)
    return [
        f"{city}, {region} ({country})" if region else f"{city} ({country})"
        for city, region, country in frame.itertuples(index=False)
    ]


def save_statement(
    root: Path,
    plan: ImportPlan,
    places: pd.DataFrame | None = None,
    *,
    replace: bool = False,
) -> StatementChange | None:
    """Save a statement, its signatories and the geocoded `places` new to it, all or nothing.

    Reads the directory afresh under its lock (other writers wait). A statement of the same
    id that differs is replaced only with `replace` (else ConflictError, nothing written);
    places that only the replaced signatories used leave places.csv with them. Returns what
    changed in an existing statement (empty when the same page is saved again), or None.
    """
    with store.transaction(root) as tx:
        data = tx.data
        change = compare(data, plan)
        if change is not None and not change.is_empty and not replace:
            raise ConflictError(
                f"statement {plan.statement_id!r} is already in the atlas, and saving this "
                f"would change it:\n{change.describe()}"
            )
        others = data.signatories[data.signatories["statement_id"] != plan.statement_id]
        signatories = pd.concat([others, plan.signatories], ignore_index=True)
        tx.write_text(
            f"statements/{plan.statement_id}.md", store.statement_text(plan.meta, plan.text)
        )
        tx.write_signatories(signatories)
        used = store.used_place_keys([signatories, data.members])
        unused = set(data.places["key"]) - used
        dropped = unused & store.used_place_keys([data.signatories, data.members])
        table = data.places[~data.places["key"].isin(dropped)]
        fresh = table.iloc[0:0]  # places the table lacks (another writer may have saved some)
        if places is not None:
            fresh = places[places["key"].isin(used) & ~places["key"].isin(set(table["key"]))]
        if dropped or len(fresh):
            tx.write_places(merge_places(table, fresh))
    return change


def new_places(data: store.AtlasData, plan: ImportPlan) -> pd.DataFrame:
    """The plan's places that the cached table does not have yet (key, city, country_code)."""
    places = store.unique_places([plan.signatories])
    return places[~places["key"].isin(set(data.places["key"]))].reset_index(drop=True)

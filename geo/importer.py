"""Importing a statement: plan what would be written, show it, then write it.

The CLI and the app share this: nothing is written until `write_statement` is called.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from geo import store
from geo.errors import DataError, ParseError
from geo.statements import ParsedStatement


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


def write_statement(data: store.AtlasData, plan: ImportPlan) -> None:
    """Write the statement file, then its signatories (replacing any earlier import of it)."""
    others = data.signatories[data.signatories["statement_id"] != plan.statement_id]
    store.write_text_atomic(
        data.path("statements") / f"{plan.statement_id}.md",
        store.statement_text(plan.meta, plan.text),
    )
    store.write_signatories(data.root, pd.concat([others, plan.signatories], ignore_index=True))


def new_places(data: store.AtlasData, plan: ImportPlan) -> pd.DataFrame:
    """The plan's places that the cached table does not have yet (key, city, country_code)."""
    places = store.unique_places([plan.signatories])
    return places[~places["key"].isin(set(data.places["key"]))].reset_index(drop=True)

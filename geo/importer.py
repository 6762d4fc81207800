"""Importing a statement: plan what would be written, show it, then write it.

The CLI and the app share this: nothing is written until `write_statement` is called.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

import pandas as pd

from geo import store
from geo.countries import country_code, country_name, find_country
from geo.errors import DataError, ParseError, UnknownCountryError
from geo.geocode import Gazetteer, name_variants
from geo.inference import INFERRED, Signatory, infer_countries
from geo.listreader import MemberList, PlaceNames
from geo.statements import ParsedStatement, parse_page
from geo.text import clean, fold

REVIEW_COLUMNS = ("line", "entry", "city", "country", "region", "found", "note")
SKIPPED_COLUMNS = ("line", "text", "reason")


@dataclass(frozen=True)
class ImportPlan:
    """A statement and its signatories, ready to be written, and how the page was read."""

    meta: dict[str, str]
    text: str
    signatories: pd.DataFrame
    review: pd.DataFrame  # every entry read: REVIEW_COLUMNS
    skipped: pd.DataFrame  # what was not taken, and why: SKIPPED_COLUMNS
    warnings: tuple[str, ...] = ()  # flagged entries, one message each

    @property
    def statement_id(self) -> str:
        return self.meta["id"]


GazetteerLoader = Callable[[], Gazetteer]


def network_members(data: store.AtlasData, network: str) -> dict[str, str]:
    """Folded name -> country code of a network's members and earlier signatories."""
    ids = set(data.statements.loc[data.statements["network"] == network, "id"])
    frames = [
        data.members.loc[data.members["network"] == network, ["city", "country"]],
        data.signatories.loc[data.signatories["statement_id"].isin(ids), ["city", "country"]],
    ]
    found: dict[str, str] = {}
    for frame in frames:
        for city, country in zip(frame["city"], frame["country"], strict=True):
            if code := find_country(country):
                found.setdefault(fold(city), code)
    return found


def read_statement(
    data: store.AtlasData,
    text: str,
    *,
    network: str,
    title: str | None = None,
    date: dt.date | None = None,
    gazetteer: GazetteerLoader | None = None,
) -> ParsedStatement:
    """Read a page, knowing the network's members as places (and the gazetteer's, if given)."""
    members = network_members(data, network)

    def known(name: str) -> bool:
        return gazetteer is not None and any(
            gazetteer().by_name.get(fold(v)) for v in name_variants(name)
        )

    return parse_page(
        text,
        title=title,
        date=date,
        places=PlaceNames(known, members),
        known_without_gazetteer=PlaceNames(None, members),
    )


def plan_statement(
    data: store.AtlasData,
    parsed: ParsedStatement,
    *,
    network: str,
    source: str,
    note: str = "",
    signed_by_members: bool = False,
    default_country: str | None = None,
    allow_truncated: bool = False,
    gazetteer: GazetteerLoader | None = None,
) -> ImportPlan:
    """What importing a parsed page would write. Raises if the network, list or options are
    wrong; entries it is unsure of are warnings (`plan.warnings`), not errors."""
    known = list(data.networks["id"])
    if network not in known:
        raise DataError(f"network {network!r} is not in networks.csv (known: {', '.join(known)})")
    default = country_code(default_country) if default_country else None
    sid = store.statement_id(parsed.date, parsed.title)
    listed = parsed.members
    if listed is not None and signed_by_members:
        raise ParseError(
            f"the page lists {len(listed.entries)} signatories, so the network's members did "
            "not sign it as a whole",
            option="signed_by_members",
        )
    meta = {
        "id": sid,
        "network": network,
        "date": parsed.date.isoformat(),
        "title": parsed.title,
        "source": source,
        "note": note,
    }
    if listed is None:
        if not signed_by_members:
            raise ParseError(
                "found no list of signatories on the page (one a line, 'Name, Mayor of City', "
                "'City (Country); ...' or running text naming the cities); if the network's "
                "members signed it as a whole, say so",
                option="signed_by_members",
            )
        return _signed_by_members(data, meta, parsed.text)
    if listed.cut is not None and not allow_truncated:
        last = (
            f" (the last complete one is {listed.entries[-1].written!r})" if listed.entries else ""
        )
        raise ParseError(
            f"the list looks cut off at {listed.cut.written!r}{last}: the copy of the page "
            "stops inside an entry; keep the complete entries",
            line=listed.cut.line,
            option="allow_truncated",
        )
    found = infer_countries(
        listed.entries,
        default=default,
        members=network_members(data, network),
        gazetteer=gazetteer,
        variants=name_variants,
    )
    return _plan(meta, parsed.text, found, listed)


def _plan(
    meta: dict[str, str], text: str, found: list[Signatory], listed: MemberList
) -> ImportPlan:
    skipped = [(s.line, s.text, s.reason) for s in listed.skipped]
    if listed.cut is not None:
        skipped.append((listed.cut.line, listed.cut.written, "cut off: the copy stops here"))
    warnings = [f"line {s.line}: {s.written!r}: {flag}" for s in found for flag in s.flags]
    inferred = Counter(str(s.found) for s in found if s.found in INFERRED)
    if inferred:
        how = ", ".join(f"{n} from the {how}" for how, n in inferred.most_common())
        warnings.append(f"{inferred.total()} countries inferred ({how}): check them")
    if listed.open_end:
        warnings.append(
            f"the page stops inside the list after {listed.entries[-1].written!r}: "
            "the list may go on at the source"
        )
    kept: dict[tuple[str, str], int] = {}
    rows = []
    for s in found:
        key = (fold(s.city), s.country_code)
        if not s.country_code:
            skipped.append((s.line, s.written, "country unknown: give it, or a default country"))
        elif key in kept:
            skipped.append((s.line, s.written, f"listed twice (also line {kept[key]})"))
        else:
            kept[key] = s.line
            rows.append((meta["id"], s.city, s.country, s.region))
    review = pd.DataFrame(
        [
            (s.line, s.written, s.city, s.country, s.region, str(s.found), "; ".join(s.flags))
            for s in found
        ],
        columns=list(REVIEW_COLUMNS),
    )
    return ImportPlan(
        meta=meta,
        text=text,
        signatories=pd.DataFrame(rows, columns=list(store.SIGNATORY_COLUMNS)),
        review=review,
        skipped=pd.DataFrame(sorted(skipped), columns=list(SKIPPED_COLUMNS)),
        warnings=tuple(warnings),
    )


def _signed_by_members(data: store.AtlasData, meta: dict[str, str], text: str) -> ImportPlan:
    network = meta["network"]
    mine = data.members[data.members["network"] == network]
    if not len(mine):
        raise DataError(f"network {network!r} has no members in members.csv to sign for it")
    signed = pd.DataFrame(
        {"statement_id": meta["id"], "city": mine["city"], "country": mine["country"], "region": ""}
    ).reset_index(drop=True)
    meta = meta | {
        "note": meta["note"]
        or f"The page names no cities; its signatories are the {network} members in members.csv."
    }
    review = pd.DataFrame(
        {
            "line": 0,
            "entry": signed["city"],
            "city": signed["city"],
            "country": signed["country"],
            "region": "",
            "found": "network",
            "note": "a member of the network",
        },
        columns=list(REVIEW_COLUMNS),
    )
    return ImportPlan(
        meta=meta,
        text=text,
        signatories=signed,
        review=review,
        skipped=pd.DataFrame(columns=list(SKIPPED_COLUMNS)),
    )


EDIT_COLUMNS = ("city", "country", "region", "lat", "lon", "coordinate_source")


@dataclass(frozen=True)
class Reviewed:
    """A plan as its editor corrected it, and the coordinates they typed, as overrides."""

    plan: ImportPlan
    overrides: pd.DataFrame  # store.OVERRIDE_COLUMNS


def apply_review(plan: ImportPlan, edited: pd.DataFrame, limit: int = 20) -> Reviewed:
    """The plan with its signatories as edited (rows corrected, added or deleted).

    `edited` has EDIT_COLUMNS; a row with lat and lon must cite their source and becomes a
    curated override. Every bad row is named at once (up to `limit`, then a count).
    """
    problems: list[str] = []
    rows: list[tuple[str, str, str, str]] = []
    overrides: list[dict[str, str]] = []
    frame = edited.reindex(columns=list(EDIT_COLUMNS)).fillna("").astype(str)
    for number, values in enumerate(frame.itertuples(index=False, name=None), start=1):
        city, country, region, lat, lon, source = (clean(str(v)) for v in values)
        if not city:
            continue
        try:
            code = country_code(country)
        except UnknownCountryError as exc:
            problems.append(f"row {number} ({city}): {exc}")
            continue
        rows.append((plan.statement_id, city, country, region))
        if not (lat or lon):
            continue
        try:
            point = (float(lat), float(lon))
        except ValueError:
            problems.append(f"row {number} ({city}): coordinate {lat!r}, {lon!r} is not numbers")
            continue
        if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
            problems.append(f"row {number} ({city}): coordinate {lat}, {lon} is out of range")
        elif not source:
            problems.append(f"row {number} ({city}): a typed coordinate needs its source")
        else:
            overrides.append(
                {"city": city, "country": country_name(code), "kind": "city", "geonameid": "",
                 "lat": f"{point[0]:.5f}", "lon": f"{point[1]:.5f}", "source": source,
                 "note": "typed in the app's import review"}
            )  # fmt: skip
    if problems:
        raise DataError("; ".join(summarise(tuple(problems), limit)))
    if not rows:
        raise DataError("the reviewed list has no signatories left")
    signatories = pd.DataFrame(rows, columns=list(store.SIGNATORY_COLUMNS))
    duplicated = signatories[
        signatories.assign(k=signatories["city"].map(fold) + "|" + signatories["country"])[
            "k"
        ].duplicated()
    ]
    if len(duplicated):
        raise DataError(f"listed twice: {', '.join(duplicated['city'])}")
    return Reviewed(
        plan=replace(plan, signatories=signatories),
        overrides=pd.DataFrame(overrides, columns=list(store.OVERRIDE_COLUMNS)),
    )


def describe(plan: ImportPlan) -> str:
    """What an import read, as text: every entry, how its country was found, what was skipped."""
    parts = [f"Read {len(plan.review)} entries:", _table(plan.review)]
    if len(plan.skipped):
        parts += [f"Skipped {len(plan.skipped)}:", _table(plan.skipped)]
    return "\n".join(parts)


def _table(frame: pd.DataFrame) -> str:
    return frame.to_string(index=False) if len(frame) else "(none)"


def summarise(warnings: tuple[str, ...], limit: int = 20) -> list[str]:
    """At most `limit` warnings, and a count of the rest."""
    shown = list(warnings[:limit])
    if len(warnings) > limit:
        shown.append(f"... and {len(warnings) - limit} more")
    return shown


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

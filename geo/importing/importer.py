"""Importing a statement: plan what would be written, show it, then save it.

The CLI and the app share this: nothing is written until `save_statement` is called, which
saves the statement, its signatories and their new places in one transaction, and refuses
to replace a statement already in the atlas unless told to (`compare` says what differs).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from geo.countries import country_code, country_name, find_country
from geo.data import csvfiles, placekeys, statementfiles, store, transactions
from geo.errors import ConflictError, DataError, ParseError, UnknownCountryError
from geo.geocoding.geocode import (
    Gazetteer,
    may_lose_prefix,
    merge_places,
    name_variants,
    resolve_offline,
)
from geo.importing.entries import MemberList, PlaceNames, body_place
from geo.importing.inference import INFERRED, MIN_TOWN_POPULATION, Signatory, infer_countries
from geo.importing.statements import ParsedStatement, parse_page
from geo.model import KINDS, Kind, Source, Status
from geo.schema import require_columns
from geo.text import clean, fold

log = logging.getLogger(__name__)

REVIEW_COLUMNS = ("line", "entry", "city", "country", "region", "found", "note", "kind")
# A plan's signatories: the rows of signatories.csv, and the kind of each (a Kind: 'city', or
# a body that is not one, which its place keeps in places.csv).
PLAN_COLUMNS = (*csvfiles.SIGNATORY_COLUMNS, "kind")
SKIPPED_COLUMNS = ("line", "text", "reason")


@dataclass(frozen=True)
class ImportPlan:
    """A statement and its signatories, ready to be written, and how the page was read."""

    meta: dict[str, str]
    text: str
    signatories: pd.DataFrame  # PLAN_COLUMNS
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


def atlas_places(data: store.AtlasData) -> dict[str, frozenset[str]]:
    """Folded name -> the countries of the places of that name the atlas has located."""
    located = data.places[data.places["status"] == Status.OK]
    found: dict[str, set[str]] = {}
    for city, code in zip(located["city"], located["country_code"], strict=True):
        found.setdefault(fold(city), set()).add(code)
    return {name: frozenset(codes) for name, codes in found.items()}


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
        return gazetteer is not None and any(gazetteer().knows(v) for v in name_variants(name))

    def known_prefix(text: str) -> bool:
        return gazetteer is not None and (may_lose_prefix(text) or gazetteer().knows_prefix(text))

    def sounding(name: str, code: str) -> str | None:
        return None if gazetteer is None else gazetteer().sounding(name, code)

    def towns(name: str) -> frozenset[str]:
        return frozenset(
            place.country_code
            for variant in name_variants(name)
            for place in ([] if gazetteer is None else gazetteer().places_named(variant))
            if place.population >= MIN_TOWN_POPULATION
        )

    return parse_page(
        text,
        title=title,
        date=date,
        places=PlaceNames(known, members, known_prefix, sounding, towns),
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
    sid = statementfiles.statement_id(parsed.date, parsed.title)
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
        known=atlas_places(data),
        gazetteer=gazetteer,
        variants=name_variants,
    )
    return _plan(meta, parsed.text, found, listed, _same_place(gazetteer))


def _same_place(gazetteer: GazetteerLoader | None) -> Callable[[str, str], str]:
    """What tells two signatories apart in a country: the gazetteer's most populous place of
    the name there, so that one place named twice in two forms ('Lisboa' and 'Lisbon', 'Den
    Haag' and 'The Hague') is one signatory; the folded name where it has none (a body)."""

    def key(city: str, code: str) -> str:
        if gazetteer is not None and code:
            places = [p for p in gazetteer().places_named(city) if p.country_code == code]
            name = fold(city)  # once, not once a place
            own = [p for p in places if fold(p.name) == name]
            places = own or places  # 'As' is As's own name, and one of Asse's others
            if places:
                top = max(places, key=lambda p: p.population)
                spelt = _han_spelling(city) if len(places) > 1 else ""
                return f"{fold(top.name)}|{top.admin1}|{top.population}{spelt}"
        return fold(city)

    return key


# Han characters, which fold to their reading: towns read alike fold alike ('福岡市' and
# '富岡市' both 'fu gang shi'); and a town's form after its name ('福岡市', '福岡').
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_HAN_TOWN_FORM = re.compile(r"(?<=.)[市町村区县縣]$")


def _han_spelling(city: str) -> str:
    """What tells apart namesakes a name in Han characters may mean, which its folded
    reading does not: the characters themselves, without a town's form ('|福岡' for '福岡市'),
    so that '富岡市' is another town; '' for a name in another script."""
    name = clean(city)
    return f"|{_HAN_TOWN_FORM.sub('', name)}" if _HAN.search(name) else ""


def _plan(
    meta: dict[str, str],
    text: str,
    found: list[Signatory],
    listed: MemberList,
    same_place: Callable[[str, str], str] = lambda city, _: fold(city),
) -> ImportPlan:
    skipped = [(s.line, s.text, s.reason) for s in listed.skipped]
    if listed.cut is not None:
        skipped.append((listed.cut.line, listed.cut.written, "cut off: the copy stops here"))
    warnings = [f"line {s.line}: {s.written!r}: {flag}" for s in found for flag in s.flags]
    warnings.extend(inferred_warning([str(s.found) for s in found]))
    if listed.open_end:
        warnings.append(
            f"the page stops inside the list after {listed.entries[-1].written!r}: "
            "the list may go on at the source"
        )
    kept: dict[tuple[str, str], int] = {}
    rows = []
    kinds = [s.kind for s in found]
    for s, kind in zip(found, kinds, strict=True):
        key = (same_place(s.city, s.country_code), s.country_code)
        if not s.country_code:
            skipped.append((s.line, s.written, "country unknown: give it, or a default country"))
        elif key in kept:
            skipped.append((s.line, s.written, f"listed twice (also line {kept[key]})"))
        else:
            kept[key] = s.line
            rows.append((meta["id"], s.city, s.country, s.region, kind))
    review = pd.DataFrame(
        [
            (s.line, s.written, s.city, s.country, s.region, str(s.found), "; ".join(s.flags), kind)
            for s, kind in zip(found, kinds, strict=True)
        ],
        columns=list(REVIEW_COLUMNS),
    )
    return ImportPlan(
        meta=meta,
        text=text,
        signatories=pd.DataFrame(rows, columns=list(PLAN_COLUMNS)),
        review=review,
        skipped=pd.DataFrame(sorted(skipped), columns=list(SKIPPED_COLUMNS)),
        warnings=tuple(warnings),
    )


def inferred_warning(found: Sequence[str]) -> list[str]:
    """How many countries were inferred, and how ('3 countries inferred (2 from the list,
    1 from the gazetteer): check them'), from each row's `found`; none if none."""
    inferred = Counter(how for how in found if how in INFERRED)
    if not inferred:
        return []
    how = ", ".join(f"{n} from the {how}" for how, n in inferred.most_common())
    return [f"{inferred.total()} countries inferred ({how}): check them"]


def _signed_by_members(data: store.AtlasData, meta: dict[str, str], text: str) -> ImportPlan:
    network = meta["network"]
    mine = data.members[data.members["network"] == network]
    if not len(mine):
        raise DataError(f"network {network!r} has no members in members.csv to sign for it")
    signed = pd.DataFrame(
        {"statement_id": meta["id"], "city": mine["city"], "country": mine["country"],
         "region": "", "kind": str(Kind.CITY)}
    ).reset_index(drop=True)  # fmt: skip
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
            "kind": signed["kind"],
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
    overrides: pd.DataFrame  # csvfiles.OVERRIDE_COLUMNS


def apply_review(plan: ImportPlan, edited: pd.DataFrame, limit: int = 20) -> Reviewed:
    """The plan with its signatories as edited (rows corrected, added or deleted).

    `edited` has EDIT_COLUMNS, and may have `kind` (a Kind; a city where empty); a row with
    lat and lon must cite their source and becomes a curated override. Every bad row is
    named at once (up to `limit`, then a count).
    """
    problems: list[str] = []
    rows: list[tuple[str, str, str, str, str]] = []
    overrides: list[dict[str, str]] = []
    require_columns(edited, EDIT_COLUMNS, "the reviewed import")
    frame = edited.reindex(columns=[*EDIT_COLUMNS, "kind"], fill_value="").fillna("").astype(str)
    for number, values in enumerate(frame.itertuples(index=False, name=None), start=1):
        city, country, region, lat, lon, source, kind = (clean(str(v)) for v in values)
        if not city:
            continue
        kind = kind or Kind.CITY
        if kind not in KINDS:
            problems.append(
                f"row {number} ({city}): kind {kind!r} is not one of {', '.join(KINDS)}"
            )
            continue
        try:
            code = country_code(country)
        except UnknownCountryError as exc:
            problems.append(f"row {number} ({city}): {exc}")
            continue
        rows.append((plan.statement_id, city, country, region, kind))
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
                {"city": city, "country": country_name(code), "kind": kind, "geonameid": "",
                 "lat": f"{point[0]:.5f}", "lon": f"{point[1]:.5f}", "source": source,
                 "note": "typed in the app's import review"}
            )  # fmt: skip
    if problems:
        raise DataError("; ".join(summarise(tuple(problems), limit)))
    if not rows:
        raise DataError("the reviewed list has no signatories left")
    signatories = pd.DataFrame(rows, columns=list(PLAN_COLUMNS))
    duplicated = signatories[
        signatories.assign(k=signatories["city"].map(fold) + "|" + signatories["country"])[
            "k"
        ].duplicated()
    ]
    if len(duplicated):
        raise DataError(f"listed twice: {', '.join(duplicated['city'])}")
    return Reviewed(
        plan=replace(plan, signatories=signatories),
        overrides=pd.DataFrame(overrides, columns=list(csvfiles.OVERRIDE_COLUMNS)),
    )


def retitled(plan: ImportPlan, title: str) -> ImportPlan:
    """The plan under another title (an editor's), and so another id; refused if empty."""
    title = clean(title)
    if not title:
        raise ParseError("the statement needs a title", option="title")
    if title == plan.meta["title"]:
        return plan
    sid = statementfiles.statement_id(dt.date.fromisoformat(plan.meta["date"]), title)
    return replace(
        plan,
        meta=plan.meta | {"id": sid, "title": title},
        signatories=plan.signatories.assign(statement_id=sid),
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
    overrides: pd.DataFrame | None = None,
    replace: bool = False,
) -> StatementChange | None:
    """Save a statement, its signatories, the geocoded `places` new to it and curated
    `overrides` (coordinates an editor typed, with their source), all or nothing.

    Reads the directory afresh under its lock (other writers wait). A statement of the same
    id that differs is replaced only with `replace` (else ConflictError, nothing written);
    places that only the replaced signatories used leave places.csv with them. Returns what
    changed in an existing statement (empty when the same page is saved again), or None.
    """
    with transactions.transaction(root) as tx:
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
            f"statements/{plan.statement_id}.md",
            statementfiles.statement_text(plan.meta, plan.text),
        )
        tx.write_signatories(signatories)
        if overrides is not None and len(overrides):
            curated = pd.concat([data.overrides, overrides], ignore_index=True)
            tx.write_csv("overrides.csv", curated, csvfiles.OVERRIDE_COLUMNS, ["country", "city"])
        used = placekeys.used_place_keys([signatories, data.members])
        unused = set(data.places["key"]) - used
        dropped = unused & placekeys.used_place_keys([data.signatories, data.members])
        table = data.places[~data.places["key"].isin(dropped)]
        fresh = table.iloc[0:0]  # places the table lacks (another writer may have saved some)
        if places is not None:
            fresh = places[places["key"].isin(used) & ~places["key"].isin(set(table["key"]))]
        if dropped or len(fresh):
            tx.write_places(merge_places(table, fresh))
    log.info(
        "%s: saved statement %r: %d signatories, %d new places, %d overrides%s",
        root,
        plan.statement_id,
        len(plan.signatories),
        len(fresh),
        0 if overrides is None else len(overrides),
        " (replacing the one saved before)" if change is not None and not change.is_empty else "",
    )
    return change


def new_places(data: store.AtlasData, plan: ImportPlan) -> pd.DataFrame:
    """The plan's places that the cached table does not have yet (key, city, country_code),
    with the region the page or the editor gave (it narrows the gazetteer's choice) and
    their kind."""
    places = placekeys.unique_places([plan.signatories])
    fresh = places[~places["key"].isin(set(data.places["key"]))].reset_index(drop=True)
    signed = plan.signatories.reindex(columns=list(PLAN_COLUMNS)).fillna("")
    regions: dict[str, tuple[str, str]] = {}
    for city, country, region, kind in zip(
        signed["city"], signed["country"], signed["region"], signed["kind"], strict=True
    ):
        key = placekeys.place_key(city, country_code(country))
        regions.setdefault(key, (clean(str(region)), str(kind) or Kind.CITY))
    found = fresh["key"].map(regions)
    return fresh.assign(
        region=[r[0] if isinstance(r, tuple) else "" for r in found],
        kind=[r[1] if isinstance(r, tuple) else str(Kind.CITY) for r in found],
    )


def geocode_plan(
    data: store.AtlasData,
    plan: ImportPlan,
    gazetteer: GazetteerLoader,
    overrides: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The plan's new places geocoded offline (curated overrides, then the gazetteer), as
    rows of the cached table; what neither has comes back failed, with the reason.

    The one geocoding step of an import, shared by the CLI and the app's review: the
    gazetteer is loaded only when the plan has new places. `overrides` defaults to the
    atlas's (the review adds the coordinates an editor typed).
    """
    fresh = new_places(data, plan)
    if not len(fresh):
        return fresh.reindex(columns=list(csvfiles.PLACE_COLUMNS))
    curated = data.overrides if overrides is None else overrides
    return resolve_kinds(fresh, gazetteer(), curated)


def resolve_kinds(
    places: pd.DataFrame, gazetteer: Gazetteer, overrides: pd.DataFrame
) -> pd.DataFrame:
    """`resolve_offline` for places with a `kind`: a body that is not a city keeps its kind
    (an override's kind is the curator's), and one the gazetteer does not know by its name
    is placed at its seat, the place its name holds ('Città metropolitana di Bari' at Bari),
    as the map draws areas."""
    resolved = resolve_offline(places.drop(columns="kind"), gazetteer, overrides)
    kinds = places["kind"].fillna("").astype(str).replace("", str(Kind.CITY)).to_numpy()
    body = kinds != Kind.CITY
    seats = places["city"].map(body_place).to_numpy()
    retry = body & (resolved["status"] != Status.OK).to_numpy() & (seats != places["city"])
    if retry.any():
        asked = places[retry].drop(columns="kind").assign(city=seats[retry])
        at_seat = resolve_offline(asked, gazetteer, overrides).set_index("key").to_dict("index")
        records = resolved.to_dict("records")
        for record in records:
            hit = at_seat.get(record["key"])
            if hit is not None and hit["status"] == Status.OK:
                seat = f"shown at its seat, {hit['matched_name']}"
                detail = "; ".join(filter(None, [seat, str(hit["detail"])]))
                named = record["city"]  # the body's name; the hit's is its seat's
                record.update({str(k): v for k, v in hit.items()})
                record.update(city=named, detail=detail)
        resolved = pd.DataFrame(records, columns=resolved.columns)
    curated = (resolved["source"] == Source.OVERRIDE).to_numpy()
    resolved.loc[body & ~curated, "kind"] = kinds[body & ~curated]
    return resolved


def not_found(places: pd.DataFrame) -> list[str]:
    """'City (CC)' for each place geocoding left without a coordinate."""
    failed = places[places["status"] != Status.OK]
    return [f"{c} ({cc})" for c, cc in zip(failed["city"], failed["country_code"], strict=True)]

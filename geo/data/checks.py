"""Checking a loaded data directory: what could not be read, wrong values, orphans; one
message each."""

from __future__ import annotations

import logging
import re

import pandas as pd

from geo.countries import country_code
from geo.data.csvfiles import per_value
from geo.data.placekeys import used_place_keys
from geo.data.statementfiles import SIGNED_BY_MEMBERS_NOTE, signed_by_members
from geo.data.store import AtlasData
from geo.errors import UnknownCountryError
from geo.model import KINDS, Status
from geo.text import clean

log = logging.getLogger(__name__)

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def check(data: AtlasData) -> list[str]:
    """Every problem in a loaded data directory, one message each (empty when all is well).

    First what `load` could not read, then wrong values, then orphans: statements without
    signatories (unless signed by the network's members), signatories without a statement,
    places that no signatory or member uses. Each test is one expression over a column
    (country names and cities are looked at once per distinct value); Python loops only
    over the lines with a problem, to word their messages.
    """
    problems: list[str] = list(data.problems)

    def say(file: str, line: object, message: str) -> None:
        problems.append(f"{data.root / file}:{line}: {message}")

    networks = data.networks
    bad_id = ~per_value(networks["id"], lambda v: bool(_ID.match(v)), bool)
    bad_colour = ~per_value(networks["colour"], lambda v: bool(_COLOUR.match(v)), bool)
    for line in networks.index[bad_id | bad_colour]:
        net, colour = networks.at[line, "id"], networks.at[line, "colour"]
        if bad_id[line]:
            say(
                "networks.csv",
                line,
                f"network id {net!r} is not lower-case letters, digits and '-'",
            )
        if bad_colour[line]:
            say("networks.csv", line, f"colour {colour!r} is not like #0072b2")
    for line in networks.index[networks["id"].duplicated()]:
        say("networks.csv", line, f"network id {networks.at[line, 'id']!r} is listed twice")
    known_networks = set(networks["id"])

    statements = data.statements
    unknown_network = ~statements["network"].isin(known_networks)
    misnamed = statements["id"] + ".md" != statements["file"]
    for position in (unknown_network | misnamed).to_numpy().nonzero()[0]:
        row = statements.iloc[position]
        file = f"statements/{row['file']}"
        if unknown_network.iloc[position]:
            say(file, 1, f"network {row['network']!r} is not in networks.csv")
        if misnamed.iloc[position]:
            say(file, 1, f"id {row['id']!r} does not match the file name")
    known_statements = set(statements["id"])

    def check_places(name: str, frame: pd.DataFrame) -> None:
        empty = per_value(frame["city"], lambda v: not clean(v), bool)
        country = per_value(frame["country"], _country_problem)
        for line in frame.index[empty | (country != "")]:
            if empty[line]:
                say(name, line, "city is empty")
            if country[line]:
                say(name, line, country[line])

    signatories, members, overrides = data.signatories, data.members, data.overrides
    check_places("signatories.csv", signatories)
    orphaned = signatories["statement_id"][~signatories["statement_id"].isin(known_statements)]
    for line, sid in orphaned.items():
        say("signatories.csv", line, f"statement {sid!r} has no file in statements/")
    check_places("members.csv", members)
    for line, net in members["network"][~members["network"].isin(known_networks)].items():
        say("members.csv", line, f"network {net!r} is not in networks.csv")
    check_places("overrides.csv", overrides)
    bad_kind = ~overrides["kind"].isin(KINDS)
    no_source = overrides["source"].str.strip() == ""
    located = _coordinates(overrides["lat"], 90) & _coordinates(overrides["lon"], 180)
    unplaced = (overrides["geonameid"] == "") & ~located
    for line in overrides.index[bad_kind | no_source | unplaced]:
        row = overrides.loc[line]
        if bad_kind[line]:
            say("overrides.csv", line, f"kind {row['kind']!r} is not one of {', '.join(KINDS)}")
        if no_source[line]:
            say("overrides.csv", line, f"override for {row['city']!r} cites no source")
        if unplaced[line]:
            say(
                "overrides.csv",
                line,
                f"override for {row['city']!r} needs a geonameid or lat and lon",
            )

    places = data.places
    for line, key in places["key"][places["key"].duplicated()].items():
        say("places.csv", line, f"place {key!r} is listed twice")
    in_range = places["lat"].between(-90, 90) & places["lon"].between(-180, 180)
    for line, row in places[(places["status"] == Status.OK) & ~in_range].iterrows():
        say(
            "places.csv",
            line,
            f"coordinate ({row['lat']}, {row['lon']}) of {row['key']!r} is out of range",
        )
    for line, status in places["status"][~places["status"].isin(tuple(Status))].items():
        say("places.csv", line, f"status {status!r} is not ok or failed")
    if not data.problems:  # with lines left out, what looks orphaned may not be
        problems += orphans(data)
    log.info("%s: checked, %d problem(s)", data.root, len(problems))
    return problems


def orphans(data: AtlasData) -> list[str]:
    """Statements without signatories (but those signed by the network's members), and
    places in places.csv that no signatory or member uses (signatories without a statement
    are named by `check` with their line)."""
    found = []
    signed = set(data.signatories["statement_id"])
    for _, row in data.statements.iterrows():
        if row["id"] not in signed and not signed_by_members(row["note"]):
            found.append(
                f"{data.root / 'statements' / row['file']}:1: statement {row['id']!r} has no "
                "signatories in signatories.csv (import it again, or say in its note "
                f"{SIGNED_BY_MEMBERS_NOTE!r} if the network's members signed it)"
            )
    used = used_place_keys([data.signatories, data.members])
    keys = data.places["key"]
    # as objects: a string column's isin makes an Arrow scalar of each of the used keys
    for line, key in keys[~keys.astype(object).isin(used)].items():
        found.append(
            f"{data.root / 'places.csv'}:{line}: place {key!r} is used by no signatory or member"
        )
    return found


def _country_problem(name: str) -> str:
    """What is wrong with a country name ('' if nothing)."""
    try:
        country_code(name)
    except UnknownCountryError as exc:
        return str(exc)
    return ""


def _coordinates(column: pd.Series, limit: float) -> pd.Series:
    """Whether each value is a number within +-limit (text like '12.5'; '' is not)."""
    return per_value(column, lambda v: _is_coordinate(v, limit), bool)


def _is_coordinate(value: str, limit: float) -> bool:
    try:
        return abs(float(value)) <= limit
    except ValueError:
        return False

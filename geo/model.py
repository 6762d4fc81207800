"""The values the cached places table and the curated overrides hold, named once.

They are StrEnums: each member equals its text ('ok' == Status.OK), so files keep their
text and a DataFrame compares with them as with strings, while the code spells each value
in one place and mypy catches a misspelt member.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Whether a place has a coordinate."""

    OK = "ok"
    FAILED = "failed"


class Source(StrEnum):
    """Where a place's coordinate came from."""

    GAZETTEER = "gazetteer"
    OVERRIDE = "override"
    NOMINATIM = "nominatim"
    DIRECTORY = "directory"  # a member directory's own point, kept after checks


class Kind(StrEnum):
    """What kind of place a member is; areas are drawn hollow, at their seat."""

    CITY = "city"
    DISTRICT = "district"
    COUNTY = "county"
    REGION = "region"


KINDS = tuple(Kind)
AREA_KINDS = (Kind.DISTRICT, Kind.COUNTY, Kind.REGION)

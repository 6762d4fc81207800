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
    """What kind of place a member is; areas are drawn hollow, at their seat. The last three
    are bodies a statement's reader tells by their names (geo.importing.entries)."""

    CITY = "city"
    DISTRICT = "district"
    COUNTY = "county"
    REGION = "region"
    PROVINCE = "province"  # a provincial council: Provincia di Bari, Diputación de Cádiz
    METROPOLITAN_AREA = "metropolitan area"  # Città metropolitana di Bari, Métropole de Lyon
    UNION = "union of municipalities"  # Unione dei Comuni, Mancomunidad, communauté de communes


KINDS = tuple(Kind)
AREA_KINDS = tuple(k for k in Kind if k != Kind.CITY)

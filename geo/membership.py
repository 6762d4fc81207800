"""Members joined with their places: one row a member, as `python -m geo export --members`
writes them."""

from __future__ import annotations

import pandas as pd

from geo.countries import find_country
from geo.data import placekeys, store
from geo.model import Status

MEMBER_EXPORT_COLUMNS = (
    "network",
    "city",
    "country_code",
    "lat",
    "lon",
    "joined",
    "status",
    "source",
    "source_id",
    "source_name",
    "country",
    "kind",
    "place_key",
    "coordinate_source",
)


def member_rows(data: store.AtlasData, networks: tuple[str, ...] = ()) -> pd.DataFrame:
    """One row a member (of `networks`, or all): its place's point (NaN where it has none
    yet), `joined` as YYYY-MM-DD ('' when unknown) and where the point came from. Members of
    an unknown country or network are left out, as `geo check` reports them."""
    members = data.members[data.members["network"].isin(networks or set(data.networks["id"]))]
    codes = [find_country(country) or "" for country in members["country"]]
    rows = members.assign(
        country_code=codes,
        place_key=[
            placekeys.place_key(city, code)
            for city, code in zip(members["city"], codes, strict=True)
        ],
        joined=members["joined"].dt.strftime("%Y-%m-%d").fillna(""),
    )
    rows = rows[rows["country_code"] != ""]
    places = data.places[data.places["status"] == Status.OK].rename(
        columns={"key": "place_key", "source": "coordinate_source"}
    )[["place_key", "lat", "lon", "kind", "coordinate_source"]]
    merged = rows.merge(places, on="place_key", how="left")
    merged["kind"] = merged["kind"].fillna("")
    merged["coordinate_source"] = merged["coordinate_source"].fillna("")
    return merged[list(MEMBER_EXPORT_COLUMNS)].reset_index(drop=True)

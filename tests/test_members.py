"""Member directories: import-members on small CSV and XLSX files the tests write, the
members' dates in the store, and export --members. Never the real JRC file."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner, Result

from geo.cli import main
from geo.data import checks, store
from geo.errors import DataError
from geo.importing.members import lookups, read_date, read_name, read_point
from tests.test_cli import tree

# A gazetteer of our own: the places the directories below name, as GeoNames has them.
GAZETTEER = (
    "geonameid,name,country_code,lat,lon,population,alternatenames\n"
    "1,Aarhus,DK,56.15674,10.21076,285273,Århus\n"
    "2,Odense,DK,55.39594,10.38831,180863,\n"
    "3,Vejle,DK,55.70927,9.5357,51177,\n"
    "4,Kolding,DK,55.4904,9.47216,57583,\n"
    "5,Horsens,DK,55.86066,9.85034,54765,\n"
    "6,Malmö,SE,55.60587,13.00073,301706,Malmo\n"
    "7,Herning,DK,56.13615,8.97662,44191,\n"
    "8,Randers,DK,56.4607,10.03639,55780,\n"
    "9,Torrent,ES,39.43705,-0.46546,80630,\n"
    "10,Esbjerg,DK,55.47028,8.45187,72205,\n"
)
HEADER = ["Ville", "Pays", "Latitude", "Longitude", "Date d'adhésion", "Statut", "ID"]
ROWS = [
    ["Aarhus", "Denmark", "56.16", "10.20", "2010-01-26", "published", "101"],  # a place: kept
    ["Odense", "Denmark", "55", "10", "2011-03-04", "published", "102"],  # whole degrees
    ["Vejle", "Denmark", "55.5", "9.7123", "2012-05-06", "on_hold", "103"],  # shared by 3
    ["Kolding", "Denmark", "55.5", "9.7123", "2012-05-07", "published", "104"],
    ["Horsens", "Denmark", "55.5", "9.7123", "2012-05-08", "published", "105"],
    ["Malmo", "Sweden", "56.3", "9.2", "2013-01-01", "published", "106"],  # in Denmark
    ["RANDERS", "Denmark", "", "", "2014-02-02", "-", "107"],  # capitals, no point
    ["Torrent, VLC", "Spain", "-", "-", "", "published", "108"],  # a province code
    ["Herning, Ikast, Brande", "Denmark", "", "", "2015-06-01", "published", "109"],  # a group
    ["Atlantis", "Denmark", "", "", "2016-01-01", "published", "110"],  # nowhere
    ["Vejen", "Denmark", "55.48", "9.14", "2017-01-01", "published", "111"],  # unknown: kept
    ["Esbjerg", "Denmark", "56.05", "10.5", "2018-01-01", "published", "112"],  # 143 km off
]


def write_csv(path: Path, rows: list[list[str]], separator: str = ";") -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=separator).writerows([HEADER, *rows])
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    """The same rows in the second sheet of a workbook, dates as date cells, numbers as
    numbers, after a README sheet (as the JRC's file has)."""
    book = openpyxl.Workbook()
    book.active.title = "README"
    book.active.append(["This workbook lists the members."])
    sheet = book.create_sheet("members")
    sheet.append(HEADER)
    for row in rows:
        cells: list[object] = list(row)
        for column in (2, 3):
            cells[column] = float(row[column]) if row[column] not in ("", "-") else row[column]
        cells[4] = dt.datetime.fromisoformat(row[4]) if row[4] else None
        cells[6] = int(row[6])
        sheet.append(cells)
    book.save(path)
    return path


def run(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--data-dir", str(data_dir), *args], catch_exceptions=False)


@pytest.fixture
def gazetteer(tmp_path: Path) -> Path:
    path = tmp_path / "gazetteer.csv"
    path.write_text(GAZETTEER, encoding="utf-8")
    return path


def import_members(data: Path, table: Path, gazetteer: Path, *more: str) -> Result:
    return run(data, "import-members", str(table), "--network", "icc", "--gazetteer",
               str(gazetteer), "--source", "test-list", *more)  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "display", "lookup", "group"),
    [
        ("ALAQUÀS", "Alaquàs", "Alaquàs", 0),
        ("COMARCA DE SANGÜESA", "Comarca de Sangüesa", "Comarca de Sangüesa", 0),
        ("L'HOSPITALET DE LLOBREGAT", "L'Hospitalet de Llobregat", "L'Hospitalet de Llobregat", 0),
        ("Torrent, VLC", "Torrent", "Torrent", 0),
        ("Zolochiv, Lviv  region", "Zolochiv", "Zolochiv", 0),
        ("Vendrell, el", "El Vendrell", "El Vendrell", 0),
        ("Alkmaar, Bergen, Castricum", "Alkmaar, Bergen, Castricum", "Alkmaar", 3),
        (
            "Flero, Gambara, Verolanuova e Verolavecchia",
            "Flero, Gambara, Verolanuova e Verolavecchia",
            "Flero",
            4,
        ),
        (
            "Sierra (Sierra Minera, Ribera de Huelva)",
            "Sierra (Sierra Minera, Ribera de Huelva)",
            "Sierra (Sierra Minera, Ribera de Huelva)",
            0,
        ),
        ("Montréal", "Montréal", "Montréal", 0),
        ("MILANO (MI)", "Milano (MI)", "Milano (MI)", 0),
    ],
)
def test_names_are_cleaned_for_display(raw: str, display: str, lookup: str, group: int) -> None:
    assert read_name(raw) == read_name(raw).__class__(display, lookup, group)


@pytest.mark.parametrize(
    ("raw", "code", "found"),
    [
        ("Concello de Ourense", "ES", "Ourense"),
        ("Ayuntamiento de Toledo", "ES", "Toledo"),
        ("Villa de Breña Alta", "ES", "Breña Alta"),
        ("Comune di Bari", "IT", "Bari"),
        ("Congiunto Comuni di Mereto di Tomba", "IT", "Mereto di Tomba"),
        ("Občina Ptuj", "SI", "Ptuj"),
        ("Gmina Miejska Kraków", "PL", "Kraków"),
        ("Gemeente Utrecht", "NL", "Utrecht"),
        ("Municipality of Larnaca", "CY", "Larnaca"),
        ("Primăria Comunei Podari", "RO", "Podari"),
        ("Commune d'Oujda", "MA", "Oujda"),
        ("Józsefvárosi Önkormányzat", "HU", "Józsefváros"),
        ("Szegedi Városi Önkormányzat", "HU", "Szeged"),
        ("Polatlı Belediyesi", "TR", "Polatlı"),
        ("Eilat City ISRAEL", "IL", "Eilat"),
        ("Granze (PD) - Italy", "IT", "Granze"),
        ("Cisternino (BR) ITALY", "IT", "Cisternino"),
        ("Conselice 2030", "IT", "Conselice"),
        ("Landeshauptstadt Stuttgart", "DE", "Stuttgart"),
        ("Freie und Hansestadt Hamburg", "DE", "Hamburg"),
        ("Große Kreisstadt Freising", "DE", "Freising"),
        ("Ajuntament de Girona", "ES", "Girona"),
        ("Ajuntament d'Igualada", "ES", "Igualada"),
        ("Prefeitura Municipal de Curitiba", "BR", "Curitiba"),
        ("Municipalidad de Rosario", "AR", "Rosario"),
        ("Miasto Stołeczne Warszawa", "PL", "Warszawa"),
    ],
)
def test_a_name_is_looked_up_without_its_form_of_government_or_country(
    raw: str, code: str, found: str
) -> None:
    names = lookups(raw, code)
    assert names[0] == raw  # the source's spelling is tried first
    assert found in names


@pytest.mark.parametrize(
    ("raw", "code", "not_tried"),
    [
        ("Slănic Moldova", "RO", "Slănic"),  # Moldova is not Romania
        ("Mioveni AG", "RO", "Mioveni"),  # a county code is no country's name
        ("Luxembourg", "LU", ""),  # a name that is its country's stays itself
    ],
)
def test_a_name_keeps_what_is_not_its_own_country(raw: str, code: str, not_tried: str) -> None:
    assert lookups(raw, code)[0] == raw
    assert not_tried not in lookups(raw, code)


def test_prefixed_names_are_placed_by_the_gazetteer(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    rows = [
        ["Kommune Odense Kommune", "Denmark", "55", "10", "2011-03-04", "published", "201"],
        ["Gemeente Vejle DENMARK", "Denmark", "", "", "2012-05-06", "published", "202"],
        ["Ayuntamiento de Torrent", "Spain", "39", "0", "", "published", "203"],
        ["Municipality of Horsens 2030", "Denmark", "-", "-", "", "published", "204"],
    ]
    table = write_csv(tmp_path / "directory.csv", rows)
    result = import_members(networks_only_data, table, gazetteer)
    assert result.exit_code == 0, result.output
    assert "places: 0 of the source's points kept, 4 found offline instead, 0 not found" in (
        result.stdout
    )
    data = store.load(networks_only_data)
    places = data.places.set_index("matched_name")
    assert places.loc["Vejle", "source_id"] == "geonames:3"
    assert set(places.index) == {"Odense", "Vejle", "Torrent", "Horsens"}
    members = data.members.set_index("source_id")
    assert members.loc["202", "source_name"] == "Gemeente Vejle DENMARK"  # as the source wrote it


def test_a_directory_becomes_members_with_checked_points(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    table = write_csv(tmp_path / "directory.csv", ROWS)
    result = import_members(networks_only_data, table, gazetteer)
    assert result.exit_code == 0, result.output
    assert "reading" in result.stderr
    assert "geocoding 10 places offline" in result.stderr
    assert "icc: 12 members (before: 0)" in result.stdout
    assert "places: 2 of the source's points kept, 9 found offline instead, 1 not found" in (
        result.stdout
    )
    assert "not found: Atlantis (DK)" in result.stderr
    data = store.load(networks_only_data)
    assert checks.check(data) == []
    members = data.members.set_index("source_id")
    assert members.at["101", "joined"] == pd.Timestamp("2010-01-26")
    assert pd.isna(members.at["108", "joined"])
    assert members.at["107", "status"] == ""  # '-' is no status
    assert members.at["103", "status"] == "on_hold"
    assert (members.at["107", "city"], members.at["107", "source_name"]) == ("Randers", "RANDERS")
    assert (members.at["108", "city"], members.at["108", "country"]) == ("Torrent", "Spain")
    assert set(members["source"]) == {"test-list"}
    places = data.places.set_index("key")
    aarhus = places.loc["DK:aarhus"]
    assert (aarhus["source"], aarhus["source_id"]) == ("directory", "test-list:101")
    assert (aarhus["lat"], aarhus["lon"]) == (56.16, 10.2)  # the source's point, kept
    assert places.at["DK:vejen", "source"] == "directory"  # the gazetteer does not know it
    assert "143 km from every gazetteer place of its name" in places.at["DK:esbjerg", "detail"]
    assert places.at["DK:odense", "source"] == "gazetteer"
    assert "whole degrees" in places.at["DK:odense", "detail"]
    assert "shared by 3 members" in places.at["DK:vejle", "detail"]
    assert places.at["SE:malmo", "lat"] == pytest.approx(55.60587)
    assert "outside SE, in DK" in places.at["SE:malmo", "detail"]
    group = places.loc["DK:herning-ikast-brande"]
    assert (group["kind"], group["lat"]) == ("county", pytest.approx(56.13615))
    assert "a group of 3 municipalities, shown at its first, Herning" in group["detail"]
    assert places.at["DK:atlantis", "status"] == "failed"


def test_importing_the_same_file_twice_changes_nothing(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    table = write_csv(tmp_path / "directory.csv", ROWS)
    assert import_members(networks_only_data, table, gazetteer).exit_code == 0
    before = tree(networks_only_data)
    again = import_members(networks_only_data, table, gazetteer)
    assert again.exit_code == 0
    assert "(unchanged)" in again.stdout
    assert tree(networks_only_data) == before


def test_an_xlsx_reads_as_its_csv(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    as_csv = write_csv(tmp_path / "directory.csv", ROWS, separator=",")
    assert import_members(networks_only_data, as_csv, gazetteer).exit_code == 0
    from_csv = tree(networks_only_data)
    as_xlsx = write_xlsx(tmp_path / "directory.xlsx", ROWS)
    result = import_members(networks_only_data, as_xlsx, gazetteer)
    assert result.exit_code == 0, result.output
    assert "(sheet 'members')" in result.stderr
    assert "(unchanged)" in result.stdout
    assert tree(networks_only_data) == from_csv


def test_a_newer_release_replaces_the_old_and_says_who_joined_left_and_moved(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    assert import_members(networks_only_data, write_csv(tmp_path / "v1.csv", ROWS), gazetteer)
    newer = [r for r in ROWS if r[0] != "Atlantis"]  # left
    newer[0] = ["Aarhus", "Denmark", "56.20", "10.15", "2010-01-26", "published", "101"]  # moved
    newer.append(["Horsens", "Denmark", "", "", "2020-01-01", "published", "113"])  # joined
    result = import_members(networks_only_data, write_csv(tmp_path / "v2.csv", newer), gazetteer)
    assert result.exit_code == 0, result.output
    assert "icc: 12 members (before: 12)" in result.stdout
    assert "joined (1): Horsens (Denmark)" in result.stdout
    assert "left (1): Atlantis (Denmark)" in result.stdout
    assert "moved (1): Aarhus (Denmark)" in result.stdout
    data = store.load(networks_only_data)
    assert "DK:atlantis" not in set(data.places["key"])  # no member uses it any more
    assert data.places.set_index("key").at["DK:aarhus", "lat"] == 56.2


def test_leave_out_unfound(networks_only_data: Path, tmp_path: Path, gazetteer: Path) -> None:
    table = write_csv(tmp_path / "directory.csv", ROWS)
    result = import_members(networks_only_data, table, gazetteer, "--leave-out-unfound")
    assert "1 not found (those members left out)" in result.stdout
    data = store.load(networks_only_data)
    assert "Atlantis" not in set(data.members["city"])
    assert set(data.places["status"]) == {"ok"}


def test_columns_can_be_named(networks_only_data: Path, tmp_path: Path, gazetteer: Path) -> None:
    table = tmp_path / "odd.csv"
    table.write_text("who,where,when\nOdense,DK,2019-09-09\n", encoding="utf-8")
    unnamed = import_members(networks_only_data, table, gazetteer)
    assert unnamed.exit_code == 1
    assert "has no name column" in unnamed.output
    assert "--name-column" in unnamed.output
    named = import_members(networks_only_data, table, gazetteer, "--name-column", "who",
                           "--country-column", "where", "--joined-column", "when")  # fmt: skip
    assert named.exit_code == 0, named.output
    member = store.load(networks_only_data).members.iloc[0]
    assert (member["city"], member["joined"]) == ("Odense", pd.Timestamp("2019-09-09"))
    wrong = import_members(networks_only_data, table, gazetteer, "--name-column", "nobody")
    assert "has no column 'nobody'" in wrong.output


def test_bad_values_are_named_with_their_line(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    table = write_csv(tmp_path / "bad.csv", [ROWS[0], ["Odense", "Denmark", "", "", "someday",
                                                       "", "1"]])  # fmt: skip
    result = import_members(networks_only_data, table, gazetteer)
    assert result.exit_code == 1
    assert f"{table}:3: joined 'someday' is not a date" in result.output
    assert not (networks_only_data / "members.csv").exists()


def test_check_names_a_bad_join_date(bundled_data_copy: Path) -> None:
    members = bundled_data_copy / "members.csv"
    lines = members.read_text(encoding="utf-8").splitlines()
    fields = lines[1].split(",")
    fields[3] = "2021-02-30"
    lines[1] = ",".join(fields)
    members.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = store.load(bundled_data_copy)
    assert pd.isna(data.members.loc[2, "joined"])  # shown as unknown, the line kept
    problems = checks.check(data)
    assert problems == [
        f"{members}:2: joined '2021-02-30' of {fields[1]!r} is not a date (YYYY-MM-DD); it is "
        "shown as unknown"
    ]


def test_export_members(networks_only_data: Path, tmp_path: Path, gazetteer: Path) -> None:
    assert import_members(networks_only_data, write_csv(tmp_path / "d.csv", ROWS), gazetteer)
    out = run(networks_only_data, "export", "--members", "--network", "icc")
    assert out.exit_code == 0, out.output
    rows = pd.read_csv(__import__("io").StringIO(out.stdout), dtype=str, keep_default_na=False)
    assert list(rows.columns[:8]) == ["network", "city", "country_code", "lat", "lon", "joined",
                                      "status", "source"]  # fmt: skip
    aarhus = rows.set_index("source_id").loc["101"]
    assert (aarhus["lat"], aarhus["joined"], aarhus["coordinate_source"]) == (
        "56.16",
        "2010-01-26",
        "directory",
    )
    assert rows.set_index("source_id").at["108", "joined"] == ""
    geojson = json.loads(
        run(networks_only_data, "export", "--members", "--format", "geojson").stdout
    )
    assert len(geojson["features"]) == 11  # Atlantis has no point
    refused = run(networks_only_data, "export", "--members", "--format", "html")
    assert refused.exit_code == 2


# Names a gazetteer knows only in another form: a letter apart, or with more words.
READINGS_GAZETTEER = (
    "geonameid,name,country_code,lat,lon,population,alternatenames\n"
    "1,Silkeborg,DK,56.1697,9.54508,43990,\n"
    "2,Hadersleben,DK,55.24,9.48,100,\n"  # two places a letter from 'Haderslebn'
    "3,Haderslebon,DK,55.26,9.50,100,\n"
    "4,Vejle,DK,55.70927,9.5357,51177,\n"
    "5,Ljubno ob Savinji,SI,46.34361,14.83389,1104,\n"
    "6,My Drarga,MA,30.37727,-9.47338,55631,\n"
    "7,Skovby Nord,DK,55.9,9.9,100,\n"  # two places with more words than 'Skovby'
    "8,Skovby Syd,DK,55.8,9.9,100,\n"
    "9,Silkeborg Bad,SE,59.0,15.0,100,\n"  # another country's: not a reading in DK
)


@pytest.mark.parametrize(
    ("name", "country", "found", "how"),
    [
        ("Silkebrg", "Denmark", "Silkeborg", "one letter apart"),  # a letter left out
        ("Silkeborq", "Denmark", "Silkeborg", "one letter apart"),  # a letter mistyped
        ("Občina Ljubno", "Slovenia", "Ljubno ob Savinji", "the only place in SI"),
        ("Drarga", "Morocco", "My Drarga", "the only place in MA"),
        ("Haderslebn", "Denmark", "", ""),  # two places a letter apart: not read
        ("Vejl", "Denmark", "", ""),  # too short to read as Vejle
        ("Skovby", "Denmark", "", ""),  # two places hold the name
        ("Ljubn", "Slovenia", "", ""),  # not a whole word of 'Ljubno ob Savinji'
    ],
)
def test_a_name_the_gazetteer_lacks_is_read_only_when_one_place_fits(
    networks_only_data: Path, tmp_path: Path, name: str, country: str, found: str, how: str
) -> None:
    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_text(READINGS_GAZETTEER, encoding="utf-8")
    table = write_csv(tmp_path / "directory.csv",
                      [[name, country, "", "", "2012-05-06", "published", "401"]])  # fmt: skip
    result = import_members(networks_only_data, table, gazetteer)
    assert result.exit_code == 0, result.output
    place = store.load(networks_only_data).places.iloc[0]
    if not found:
        assert place["status"] == "failed"
        return
    assert (place["status"], place["matched_name"], place["source"]) == ("ok", found, "gazetteer")
    assert how in place["detail"]
    assert f"read as {found}" in place["detail"]


GROUP_HEADER = [*HEADER, "group_organisation_id", "population_adhesion"]
GROUP_ROWS = [
    # a group whose point is a placeholder, and its members: shown at its most populous
    ["Comarca Norte", "Denmark", "55", "10", "", "published", "301", "-", "-"],
    ["Randers", "Denmark", "56.46", "10.04", "", "published", "302", "301", "55780"],
    ["Aarhus", "Denmark", "56.16", "10.2", "", "published", "303", "301", "285273"],
    ["Kolding", "Denmark", "55", "10", "", "published", "304", "301", "1000"],  # no point
    # a group that gives the point of one of its members (and of that member's namesake):
    # shown there, not at its most populous
    ["Unione Sud", "Denmark", "55.40111", "10.38", "", "published", "311", "-", "-"],
    ["Vejle", "Denmark", "55.70927", "9.5357", "", "published", "312", "311", "51177"],
    ["Odense 2030", "Denmark", "55.40111", "10.38", "", "published", "313", "311", "1000"],
    ["Odense", "Denmark", "55.40111", "10.38", "", "published", "314", "-", "180863"],
    # a group none of whose members is placed: left unplaced
    ["Comarca Vacia", "Denmark", "", "", "", "published", "321", "-", "-"],
    ["Atlantis", "Denmark", "", "", "", "published", "322", "321", "100"],
]


def test_a_group_the_gazetteer_lacks_is_shown_at_one_of_its_own_members(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    table = tmp_path / "groups.csv"
    with table.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([GROUP_HEADER, *GROUP_ROWS])
    result = import_members(networks_only_data, table, gazetteer)
    assert result.exit_code == 0, result.output
    data = store.load(networks_only_data)
    assert checks.check(data) == []
    places = data.places.set_index("key")
    north = places.loc["DK:comarca-norte"]
    assert (north["status"], north["kind"], north["lat"]) == ("ok", "county", 56.16)
    assert (
        "a group of 3 municipalities in the source, shown at its most populous, Aarhus"
        in (north["detail"])
    )
    south = places.loc["DK:unione-sud"]
    assert (south["kind"], south["lat"]) == ("county", pytest.approx(55.39594))  # Odense's
    assert "shown at Odense 2030, the member whose point it shares" in south["detail"]
    assert places.at["DK:comarca-vacia", "status"] == "failed"
    assert places.at["DK:randers", "source"] == "directory"  # members keep their own points
    files = {p.name: p.read_bytes() for p in networks_only_data.glob("*.csv")}
    again = import_members(networks_only_data, table, gazetteer)
    assert again.exit_code == 0, again.output  # the same file again: nothing changes
    assert {p.name: p.read_bytes() for p in networks_only_data.glob("*.csv")} == files


def test_a_point_kept_off_the_coast_is_not_read_otherwise(
    networks_only_data: Path, tmp_path: Path
) -> None:
    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_text(READINGS_GAZETTEER, encoding="utf-8")
    row = ["Silkebrg", "Denmark", "56.6", "11.4", "", "published", "501"]  # in the Kattegat
    table = write_csv(tmp_path / "directory.csv", [row])
    assert import_members(networks_only_data, table, gazetteer).exit_code == 0
    place = store.load(networks_only_data).places.iloc[0]
    assert (place["source"], place["lat"]) == ("directory", 56.6)  # an island, maybe
    assert "the source's own point kept" in place["detail"]


def _title_above(path: Path) -> Path:
    """A title line and a blank line above the header, as a report's export writes them."""
    text = write_csv(path, ROWS[:2]).read_text(encoding="utf-8")
    path.write_text("Members of the network, 31 December 2023;;\n;;\n" + text, encoding="utf-8")
    return path


def _windows_1252(path: Path) -> Path:
    path.write_bytes(write_csv(path, ROWS[:2]).read_text(encoding="utf-8").encode("cp1252"))
    return path


def _with_totals(path: Path) -> Path:
    return write_csv(path, [*ROWS[:2], [""] * 7, ["Total", "2", "", "", "", "", ""]])


def _xlsx_under_a_merged_title(path: Path) -> Path:
    """The members' sheet first, its header on row 3 under a merged title and a blank row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Members of the network"])
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(HEADER)
    for row in ROWS[:2]:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("write", "name"),
    [
        (_title_above, "directory.csv"),
        (_windows_1252, "directory.csv"),
        (_with_totals, "directory.csv"),
        (_xlsx_under_a_merged_title, "directory.xlsx"),
    ],
)
def test_a_header_under_a_title_a_windows_file_and_a_totals_row_are_read(
    networks_only_data: Path,
    tmp_path: Path,
    gazetteer: Path,
    write: Callable[[Path], Path],
    name: str,
) -> None:
    result = import_members(networks_only_data, write(tmp_path / name), gazetteer)
    assert result.exit_code == 0, result.output
    assert "icc: 2 members" in result.stdout
    members = store.load(networks_only_data).members.set_index("source_id")
    assert members.at["101", "joined"] == pd.Timestamp("2010-01-26")
    assert set(members["city"]) == {"Aarhus", "Odense"}
    if write is _with_totals:
        assert "skipped: line 5: a total ('Total')" in result.stderr


@pytest.mark.parametrize(
    ("text", "day_first", "date"),
    [
        ("2019-03-15", None, "2019-03-15"),
        ("2019-03-15 00:00:00", None, "2019-03-15"),
        ("15.03.2019", None, "2019-03-15"),
        ("15/03/2019", None, "2019-03-15"),
        ("03/15/2019", None, "2019-03-15"),
        ("02/10/2020", True, "2020-10-02"),  # the column's other dates are day first
        ("02/10/2020", False, "2020-02-10"),
        ("15 March 2019", None, "2019-03-15"),
        ("15. März 2019", None, "2019-03-15"),
        ("March 2019", None, "2019-03-01"),  # a month: its first day
        ("marzo 2019", None, "2019-03-01"),
        ("marzo de 2019", None, "2019-03-01"),
        ("03/2019", None, "2019-03-01"),
        ("2019", None, "2019-01-01"),  # a year: its first day
        ("43539", None, "2019-03-15"),  # an Excel day number
        ("2019-03", None, "2019-03-01"),
        ("15-Mar-2019", None, "2019-03-15"),
    ],
)
def test_dates_as_directories_write_them(text: str, day_first: bool | None, date: str) -> None:
    assert read_date(text, day_first).isoformat() == date


@pytest.mark.parametrize("text", ["someday", "02/10/2020", "31.02.2019", "Maybe 2019", "123"])
def test_what_is_no_date_is_named(text: str) -> None:
    with pytest.raises(DataError, match=f"joined '{text}'"):
        read_date(text)


def test_a_column_of_dates_says_which_number_is_the_day(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    rows = [[*ROWS[0][:4], "02/10/2020", *ROWS[0][5:]], [*ROWS[1][:4], "21/06/2018", *ROWS[1][5:]]]
    result = import_members(networks_only_data, write_csv(tmp_path / "d.csv", rows), gazetteer)
    assert result.exit_code == 0, result.output
    members = store.load(networks_only_data).members.set_index("source_id")
    assert members.at["101", "joined"] == pd.Timestamp("2020-10-02")
    untold = write_csv(tmp_path / "untold.csv", rows[:1])
    result = import_members(networks_only_data, untold, gazetteer)
    assert result.exit_code == 1
    assert f"{untold}:2: joined '02/10/2020' may be day or month first" in result.output


def test_headers_in_more_languages(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    table = tmp_path / "aderentes.csv"
    table.write_text(
        "Município;Distrito;País;Latitudine;Longitudine;Data de adesão (dd/mm/aaaa);Situação\n"
        "Aarhus;Midtjylland;Dinamarca;56,16;10,20;26/01/2010;ativo\n",
        encoding="utf-8",
    )
    result = import_members(networks_only_data, table, gazetteer)
    assert result.exit_code == 0, result.output
    data = store.load(networks_only_data)
    member = data.members.iloc[0]
    assert (member["city"], member["country"]) == ("Aarhus", "Denmark")
    assert (member["joined"], member["status"]) == (pd.Timestamp("2010-01-26"), "ativo")
    place = data.places.iloc[0]
    assert (place["source"], place["lat"], place["lon"]) == ("directory", 56.16, 10.2)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("56.16, 10.2", (56.16, 10.2)),
        ("56,16; 10,2", (56.16, 10.2)),
        ("56.16 10.2", (56.16, 10.2)),
        ("POINT(10.2 56.16)", (56.16, 10.2)),
        ("point (10.2 56.16)", (56.16, 10.2)),
        ("51.5, -4.1e-05", (51.5, -4.1e-05)),  # as a spreadsheet writes a number near 0
        ("5.616E+01, 1.02e1", (56.16, 10.2)),
    ],
)
def test_a_point_in_one_cell(text: str, point: tuple[float, float]) -> None:
    assert read_point(text) == point


def test_a_coordinates_column_gives_the_source_s_point(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    table = tmp_path / "directory.csv"
    table.write_text(
        'Member,Country,Coordinates\nAarhus,DNK,"56.16, 10.2"\nRanders,DNK,somewhere\n',
        encoding="utf-8",
    )
    result = import_members(networks_only_data, table, gazetteer)
    assert result.exit_code == 1
    assert f"{table}:3: coordinates 'somewhere' are no point" in result.output
    assert not (networks_only_data / "members.csv").exists()
    table.write_text(table.read_text(encoding="utf-8").replace("somewhere", "POINT(10.04 56.46)"))
    result = import_members(networks_only_data, table, gazetteer)
    assert result.exit_code == 0, result.output
    places = store.load(networks_only_data).places.set_index("key")
    assert places.loc["DK:aarhus", ["source", "lat", "lon"]].tolist() == ["directory", 56.16, 10.2]
    assert places.loc["DK:randers", ["source", "lat", "lon"]].tolist() == [
        "directory",
        56.46,
        10.04,
    ]


def test_a_directory_without_a_country_column_takes_the_country_given(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    table = tmp_path / "leden.csv"
    table.write_text("Gemeente;Land;Lid sinds\nAarhus;;2010\nMalmö;Zweden;2013\n", "utf-8")
    result = import_members(networks_only_data, table, gazetteer, "--country", "DNK")
    assert result.exit_code == 0, result.output
    members = store.load(networks_only_data).members.set_index("city")
    assert members["country"].to_dict() == {"Aarhus": "Denmark", "Malmö": "Sweden"}
    table.write_text("Gemeente;Lid sinds\nAarhus;2010\n", "utf-8")
    assert "has no country column" in import_members(networks_only_data, table, gazetteer).output
    unknown = import_members(networks_only_data, table, gazetteer, "--country", "Atlantis")
    assert "unknown country 'Atlantis'" in unknown.output


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Nazwa gminy", "city"),  # 'gmina' in the genitive
        ("Kommun", "city"),  # Swedish, 'kommune' without its ending
        ("Municipi", "city"),  # Catalan
        ("Member City", "city"),
        ("Date of adhesion to the network", "joined"),
        ("Medlem sedan", "joined"),
    ],
)
def test_a_header_that_holds_a_known_one_in_its_words_is_read(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path, header: str, role: str
) -> None:
    table = tmp_path / "directory.csv"
    other = "Date joined" if role == "city" else "City"
    table.write_text(f"Contact name;{header};Country;{other}\nJane Doe;Aarhus;Denmark;2010\n")
    if role == "joined":
        table.write_text(f"Contact name;City;Country;{header}\nJane Doe;Aarhus;Denmark;2010\n")
    result = import_members(networks_only_data, table, gazetteer)
    assert result.exit_code == 0, result.output
    member = store.load(networks_only_data).members.iloc[0]
    assert (member["city"], member["joined"]) == ("Aarhus", pd.Timestamp("2010-01-01"))


@pytest.mark.parametrize(
    ("text", "encoding", "member"),
    [
        # a country named twice, degrees with their hemisphere, a note under the table
        ("City,Country,Latitude,Longitude,Year of accession\n"
         "Aarhus,Denmark (DK),56.16° N,10.2° E,2010\n,,,,\nSource: the secretariat (2024),,,,\n",
         "utf-8", ("Aarhus", "Denmark", "2010-01-01", 56.16, 10.2)),
        ("City,Country,Latitude,Longitude,Joined\nTorrent,ES - Spain,39.437,0.4655° W,2019-03\n",
         "utf-8", ("Torrent", "Spain", "2019-03-01", 39.437, -0.4655)),
        # Excel's 'Unicode text': UTF-16, tabs
        ("City\tCountry\tMember since\nAarhus\tdk\t15-Mar-2019\n", "utf-16",
         ("Aarhus", "Denmark", "2019-03-15", 56.15674, 10.21076)),
    ],
)  # fmt: skip
def test_cells_as_more_directories_write_them(
    networks_only_data: Path,
    tmp_path: Path,
    gazetteer: Path,
    text: str,
    encoding: str,
    member: tuple[str, str, str, float, float],
) -> None:
    table = tmp_path / "directory.csv"
    table.write_bytes(text.encode(encoding))
    result = import_members(networks_only_data, table, gazetteer)
    assert result.exit_code == 0, result.output
    data = store.load(networks_only_data)
    row, place = data.members.iloc[0], data.places.iloc[0]
    joined = row["joined"].date().isoformat()
    read = (row["city"], row["country"], joined, place["lat"], place["lon"])
    assert read == pytest.approx(member)
    if "Source:" in text:
        assert "skipped: line 4: a note under the table ('Source: the secretariat (2024)')" in (
            result.stderr
        )


@pytest.mark.parametrize("country", ["Italy (DK)", "Congo (Kinshasa)", "Denmark - Atlantis"])
def test_a_country_named_twice_must_be_named_the_same(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path, country: str
) -> None:
    table = tmp_path / "directory.csv"
    table.write_text(f'City,Country\nAarhus,"{country}"\n', encoding="utf-8")
    result = import_members(networks_only_data, table, gazetteer)
    assert f"{table}:2: unknown country {country!r}" in result.output


def test_a_last_member_with_only_its_name_is_no_note(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    table = tmp_path / "leden.csv"
    table.write_text("Gemeente;Lid sinds\nAarhus;2010\nOdense;\n* founding members\n", "utf-8")
    result = import_members(networks_only_data, table, gazetteer, "--country", "DK")
    assert result.exit_code == 0, result.output
    assert set(store.load(networks_only_data).members["city"]) == {"Aarhus", "Odense"}
    assert "a note under the table ('* founding members')" in result.stderr


def test_a_workbook_is_known_by_its_content_and_other_member_sheets_are_named(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Danmark"
    book.active.append(HEADER)
    book.active.append(ROWS[0])
    sverige = book.create_sheet("Sverige")
    sverige.append(HEADER)
    sverige.append(ROWS[5])
    saved_as_csv = tmp_path / "members.csv"  # a workbook with the wrong name
    book.save(saved_as_csv)
    result = import_members(networks_only_data, saved_as_csv, gazetteer)
    assert result.exit_code == 0, result.output
    assert "(sheet 'Danmark')" in result.stderr
    assert "not read: sheet 'Sverige', which has members' columns too" in result.stderr
    old = tmp_path / "members.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    refused = import_members(networks_only_data, old, gazetteer)
    assert refused.exit_code == 1
    assert f"{old}: is an old Excel workbook (XLS)" in refused.output


def test_an_adhesion_status_is_no_date_joined(
    networks_only_data: Path, tmp_path: Path, gazetteer: Path
) -> None:
    table = tmp_path / "directory.csv"
    table.write_text("City,Country,Adhesion status\nAarhus,Denmark,active\n", encoding="utf-8")
    result = import_members(networks_only_data, table, gazetteer)
    assert result.exit_code == 0, result.output
    assert pd.isna(store.load(networks_only_data).members.iloc[0]["joined"])

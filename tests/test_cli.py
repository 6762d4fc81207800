"""Every CLI command, invoked as a user would, on copies of the data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from geo import cli
from geo.cli import main
from geo.data import placekeys, store
from geo.data.journal import LOCK_NAME
from geo.geocoding import geocode
from geo.text import fold
from tests.conftest import LIST_COUNT, LIST_ID, LIST_PAGE, MEMBERS_PAGE, ROOT

GAZETTEER = (
    "geonameid,name,country_code,lat,lon,population,alternatenames\n"
    "1,Oslo,NO,59.91,10.75,700000,\n2,Malmö,SE,55.6,13.0,300000,Malmo\n"
)


def run(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--data-dir", str(data_dir), *args], catch_exceptions=False)


def tree(root: Path) -> dict[str, bytes]:
    """Every file of a data directory but the writers' lock file, which holds no data."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != LOCK_NAME
    }


def test_import_a_page_twice_changes_nothing(networks_only_data: Path) -> None:
    first = run(networks_only_data, "import-statement", str(LIST_PAGE), "--network", "scn")
    assert first.exit_code == 0, first.output
    assert f"{LIST_COUNT} signatories" in first.output
    before = tree(networks_only_data)
    again = run(networks_only_data, "import-statement", str(LIST_PAGE), "--network", "scn")
    assert again.exit_code == 0
    assert tree(networks_only_data) == before
    signatories = pd.read_csv(
        networks_only_data / "signatories.csv", dtype=str, keep_default_na=False
    )
    assert len(signatories) == LIST_COUNT
    assert list(signatories["city"]) == sorted(signatories["city"], key=fold)
    statement = networks_only_data / "statements" / f"{LIST_ID}.md"
    assert "title: Joint Statement on Safe and Welcoming Public Spaces" in statement.read_text()


def test_the_committed_import_is_what_the_importer_makes(bundled_data_copy: Path) -> None:
    before = tree(bundled_data_copy)
    """The bundled statement's page, kept as its provenance in data/sources/."""
    page = ROOT / "data" / "sources" / "scn_2016-06-29_statement_page.txt"
    # its source is the copy's file name, the importer's default (the page's address is
    # not known), which the statement panel offers as a download
    result = run(bundled_data_copy, "import-statement", str(page), "--network", "scn")
    assert result.exit_code == 0, result.output
    assert tree(bundled_data_copy) == before


def test_page_without_list_needs_signed_by_members(networks_only_data: Path) -> None:
    result = run(networks_only_data, "import-statement", str(MEMBERS_PAGE), "--network", "icc")
    assert result.exit_code == 1
    assert "--signed-by-members" in result.output
    assert not (networks_only_data / "statements").exists()


def test_a_network_s_members_sign_its_declaration(networks_only_data: Path, tmp_path: Path) -> None:
    members = tmp_path / "icc.csv"
    members.write_text(
        "city,country,evidence_url,evidence_quote\nMontreal,Canada,https://e.org,joined\nMálaga,Spain,,\n"
    )
    assert (
        run(networks_only_data, "import-members", str(members), "--network", "icc").exit_code == 0
    )
    result = run(
        networks_only_data,
        "import-statement",
        str(MEMBERS_PAGE),
        "--network",
        "icc",
        "--signed-by-members",
        "--date",
        "2021-05-12",
    )
    assert result.exit_code == 0, result.output
    assert "Declaration on Housing for All (12 May 2021), 2 signatories" in result.output


def test_unknown_network_and_bad_date_are_named(networks_only_data: Path) -> None:
    result = run(networks_only_data, "import-statement", str(LIST_PAGE), "--network", "nope")
    assert result.exit_code == 1
    assert "'nope'" in result.output
    result = run(
        networks_only_data, "import-statement", str(LIST_PAGE), "--network", "scn", "--date", "soon"
    )
    assert result.exit_code == 1
    assert "'soon'" in result.output


def test_a_misspelt_country_is_read_as_the_closest_and_named(
    networks_only_data: Path, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text("A statement\n\n1 May 2020\n\nSigned: Oslo (Norway); Paris (Frnace).\n")
    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_text(GAZETTEER)
    result = run(
        networks_only_data, "import-statement", str(page), "--network", "scn",
        "--gazetteer", str(gazetteer),
    )  # fmt: skip
    assert result.exit_code == 0
    assert "warning: line 5: 'Paris (Frnace)': country 'Frnace' read as France" in result.output
    assert "2020-05-01-a-statement,Paris,France," in (
        networks_only_data / "signatories.csv"
    ).read_text(encoding="utf-8")


def test_geocode_fills_the_table_once_and_lists_what_fails(
    networks_only_data: Path, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Nordic statement\n\n1 May 2020\n\n"
        "Signed: Oslo (Norway); Malmo (Sweden); Atlantis (Norway).\n"
    )
    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_text(GAZETTEER)
    assert run(networks_only_data, "import-statement", str(page), "--network", "scn").exit_code == 0
    result = run(networks_only_data, "geocode", "--gazetteer", str(gazetteer))
    assert result.exit_code == 1
    assert "unresolved: Atlantis (NO)" in result.output
    assert "1 of 3 places have no coordinate" in result.output
    places = pd.read_csv(networks_only_data / "places.csv", dtype=str, keep_default_na=False)
    assert list(places["key"]) == ["NO:atlantis", "NO:oslo", "SE:malmo"]
    assert list(places["status"]) == ["failed", "ok", "ok"]
    again = run(networks_only_data, "geocode", "--gazetteer", str(gazetteer))
    assert "3 places, 0 to geocode" in again.output
    overrides = networks_only_data / "overrides.csv"
    overrides.write_text(
        "city,country,kind,geonameid,lat,lon,source,note\nAtlantis,Norway,city,,60.0,5.0,https://example.org,\n"
    )
    retried = run(networks_only_data, "geocode", "--gazetteer", str(gazetteer), "--retry-failed")
    assert retried.exit_code == 0, retried.output
    assert "all 3 places have a coordinate" in retried.output


def test_export_csv_and_geojson(bundled_data_copy: Path) -> None:
    result = run(bundled_data_copy, "export", "--network", "scn")
    assert result.exit_code == 0
    rows = pd.read_csv(pd.io.common.StringIO(result.output), dtype=str, keep_default_na=False)
    for column in (
        "network",
        "statement_id",
        "statement_date",
        "city",
        "country",
        "country_code",
        "lat",
        "lon",
        "source",
    ):
        assert column in rows.columns
    data = store.load(bundled_data_copy)
    scn = set(data.statements.loc[data.statements["network"] == "scn", "id"])
    assert len(rows) == data.signatories["statement_id"].isin(scn).sum()
    assert set(rows["statement_id"]) == scn
    geo = json.loads(run(bundled_data_copy, "export", "--format", "geojson").output)
    assert len(geo["features"]) == len(data.signatories)
    assert run(bundled_data_copy, "export", "--network", "nope").exit_code == 1


def test_check_passes_on_bundled_data_and_names_each_problem(bundled_data_copy: Path) -> None:
    ok = run(bundled_data_copy, "check")
    assert ok.exit_code == 0, ok.output
    places = bundled_data_copy / "places.csv"
    lines = places.read_text().splitlines()
    first = lines[1].split(",")[0]  # the first place, whichever the data holds
    lines[1] = (
        lines[1].replace(",ok,", ",ok,", 1).split(",")[0]
        + ",X,DK,ok,abc,10.2,city,gazetteer,1,X,,2026-01-01"
    )
    lines.append(lines[2])
    places.write_text("\n".join(lines) + "\n")
    (bundled_data_copy / "signatories.csv").open("a").write("no-such-statement,Oslo,Norway,\n")
    bad = run(bundled_data_copy, "check")
    assert bad.exit_code == 1
    assert f"places.csv:2: lat 'abc' of '{first}' is not a number" in bad.output
    assert "is listed twice" in bad.output
    assert "statement 'no-such-statement' has no file" in bad.output
    assert "3 problem(s)" in bad.output


def test_truncated_file_is_named(bundled_data_copy: Path) -> None:
    (bundled_data_copy / "networks.csv").write_text("id,name\n")
    result = run(bundled_data_copy, "check")
    assert result.exit_code == 1
    assert "networks.csv:1: header is 'id,name'" in result.output


def test_python_dash_m_geo_runs_without_the_map_library() -> None:
    """Every command starts a Python: folium (a second to import) is for the map exports only."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "geo", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    for command in ("import-statement", "import-members", "geocode", "export", "check"):
        assert command in out.stdout
    imported = {line.rsplit("|", 1)[1].strip() for line in out.stderr.splitlines()}
    assert "pandas" in imported  # what -X importtime lists
    assert {"folium", "jinja2", "branca"}.isdisjoint(imported)


@pytest.mark.parametrize(
    "command", ["import-statement", "import-members", "geocode", "export", "check", "report"]
)
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"python -m geo {command}" in (ROOT / "README.md").read_text() or (
        f"geo {command}" in (ROOT / "README.md").read_text()
    )


def test_a_bad_member_list_is_named_and_nothing_written(
    networks_only_data: Path, tmp_path: Path
) -> None:
    members = tmp_path / "members.csv"
    members.write_text("city,country\nOslo,Norway\nParis,Frnace\n")
    result = run(networks_only_data, "import-members", str(members), "--network", "icc")
    assert result.exit_code == 1
    assert f"{members}:3: unknown country 'Frnace'" in result.output
    assert not (networks_only_data / "members.csv").exists()
    members.write_bytes(b"\x00\x01\x02garbage")
    result = run(networks_only_data, "import-members", str(members), "--network", "icc")
    assert result.exit_code == 1
    assert str(members) in result.output


def test_reimporting_a_changed_page_is_refused_without_replace(
    networks_only_data: Path, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Nordic\n\n1 May 2020\n\nSigned: Oslo (Norway); Bergen (Norway); Malmo (Sweden).\n"
    )
    assert run(networks_only_data, "import-statement", str(page), "--network", "scn").exit_code == 0
    before = tree(networks_only_data)
    page.write_text("Nordic\n\n1 May 2020\n\nSigned: Oslo (Norway); Tromsø (Norway).\n")
    refused = run(networks_only_data, "import-statement", str(page), "--network", "icc")
    assert refused.exit_code == 1
    assert "statement '2020-05-01-nordic' is already in the atlas" in refused.output
    assert "network: 'scn' -> 'icc'" in refused.output
    assert "signatories added (1): Tromsø (Norway)" in refused.output
    assert "signatories removed (2): Bergen (Norway), Malmo (Sweden)" in refused.output
    assert "--replace" in refused.output
    assert tree(networks_only_data) == before
    replaced = run(
        networks_only_data, "import-statement", str(page), "--network", "icc", "--replace"
    )
    assert replaced.exit_code == 0, replaced.output
    assert "2 signatories (replaced)" in replaced.output
    signatories = (networks_only_data / "signatories.csv").read_text()
    assert "Tromsø" in signatories
    assert "Bergen" not in signatories
    assert run(networks_only_data, "check").exit_code == 0


def test_check_reports_orphans(bundled_data_copy: Path) -> None:
    icc = "2022-03-04-declaration-on-solidarity-with-ukraine"
    istanbul = "2016-06-29-official-statement-of-solidarity-with-istanbul"
    signatories = bundled_data_copy / "signatories.csv"
    kept = [
        line
        for line in signatories.read_text().splitlines()
        if not line.startswith((icc, istanbul))
    ]
    signatories.write_text("\n".join([*kept, "gone-statement,Oslo,Norway,"]) + "\n")
    with (bundled_data_copy / "places.csv").open("a") as handle:
        handle.write(
            "NO:nowhere,Nowhere,NO,ok,60.00000,5.00000,city,override,x,Nowhere,,2026-01-01\n"
        )
    result = run(bundled_data_copy, "check")
    assert result.exit_code == 1
    assert f"statements/{istanbul}.md:1: statement '{istanbul}' has no signatories" in result.output
    assert f"'{icc}' has no signatories" not in result.output  # its network's members signed it
    assert "statement 'gone-statement' has no file in statements/" in result.output
    assert "place 'NO:nowhere' is used by no signatory or member" in result.output
    data = store.load(bundled_data_copy)
    unused = set(data.places["key"]) - placekeys.used_place_keys([data.signatories, data.members])
    assert len(unused) > 1  # Nowhere, and places only the Istanbul statement named
    for key in unused:
        assert f"place {key!r} is used by no signatory or member" in result.output


def test_check_names_damaged_files_and_their_lines(bundled_data_copy: Path) -> None:
    places = bundled_data_copy / "places.csv"
    text = places.read_text()
    cut = text[: len(text) // 2].count("\n") + 1  # the line in the middle
    places.write_text(text[: text.rindex("\n", 0, len(text) // 2) + 20])  # cut mid-row
    hague = next((bundled_data_copy / "statements").glob("2022-11-16-*.md"))
    hague.write_text(hague.read_text().replace("---\n\n", "\n\n", 1))  # front matter left open
    ukraine = (
        bundled_data_copy / "statements" / "2022-03-04-declaration-on-solidarity-with-ukraine.md"
    )
    ukraine.write_text(ukraine.read_text().replace("date: 2022-03-04", "date: 2022-02-30"))
    result = run(bundled_data_copy, "check")
    assert result.exit_code == 1
    assert f"places.csv:{cut}: has " in result.output
    assert f"{hague}:1: front matter opened here has no closing '---' line" in result.output
    assert f"{ukraine}:4: date '2022-02-30' is not a date" in result.output
    assert "3 problem(s)" in result.output
    export = run(bundled_data_copy, "export")  # the rest still loads: the Istanbul statement
    assert export.exit_code == 0
    assert set(pd.read_csv(pd.io.common.StringIO(export.output))["statement_id"]) == {
        "2016-06-29-official-statement-of-solidarity-with-istanbul"
    }
    refused = run(bundled_data_copy, "import-statement", str(LIST_PAGE), "--network", "scn")
    assert refused.exit_code == 1
    assert "fix the data first: 3 problem(s)" in refused.output


def test_an_import_geocodes_its_new_places_offline_and_names_those_it_cannot(
    networks_only_data: Path, tmp_path: Path
) -> None:
    """The CLI's import geocodes as the app's Save does (one step, importer.geocode_plan)."""
    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_text(GAZETTEER)
    page = tmp_path / "page.txt"
    page.write_text("Rivers Pledge\n\n1 May 2024\n\nSigned:\nOslo, Norway\nNowhereville, Sweden\n")
    args = ["import-statement", str(page), "--network", "scn", "--gazetteer", str(gazetteer)]
    result = CliRunner().invoke(main, ["--data-dir", str(networks_only_data), *args])
    assert result.exit_code == 0, result.output
    places = store.load(networks_only_data).places.set_index("city")
    assert places.loc["Oslo", "status"] == "ok"
    assert places.loc["Oslo", "source"] == "gazetteer"
    assert places.loc["Nowhereville", "status"] == "failed"
    assert "1 new place(s) not found offline: Nowhereville (SE)" in result.stderr


def test_the_gazetteer_s_load_is_followed_by_one_freeze_a_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What is loaded is left out of the full garbage collections once, after the load (a
    freeze per read would keep each read's objects for good)."""
    freezes: list[None] = []
    monkeypatch.setattr(geocode, "freeze_loaded", lambda: freezes.append(None))
    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_text(GAZETTEER)
    load = cli._gazetteer_loader(gazetteer)
    assert freezes == []
    assert load() is load()
    assert len(freezes) == 1

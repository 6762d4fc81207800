"""Bodies that are not cities (a metropolitan area, a province, a union of municipalities),
signing a statement: kept with their kind from the page through the review to places.csv,
drawn at their seat, and shown in the City panel. A page of our own, never a real one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.data import store
from geo.errors import DataError
from geo.importing import importer, review
from tests.test_access import signed_in_editor
from tests.test_app import edit_review, opened, review_table
from tests.test_cli import run

# A gazetteer of our own: the seats the page's bodies name, as GeoNames has them (ids,
# rounded coordinates and populations from GeoNames' cities500).
GAZETTEER = (
    "geonameid,name,country_code,lat,lon,population,alternatenames\n"
    "3182351,Bari,IT,41.12066,16.86982,316140,\n"
    "3177838,Cremona,IT,45.13325,10.02129,71901,\n"
    "3181928,Bologna,IT,44.49381,11.33875,366133,\n"
)
PAGE = """Cities and their regions for clean air

12 March 2024

We, the undersigned local and regional governments, commit to cleaner air in our streets.

Signed by:

Città metropolitana di Bari (Italy)
Provincia di Cremona (Italy)
Unione dei Comuni della Bassa Romagna (Italy)
Bologna (Italy)
"""
KINDS = ["metropolitan area", "province", "union of municipalities", "city"]
CITIES = [
    "Città metropolitana di Bari", "Provincia di Cremona", "Unione dei Comuni della Bassa Romagna",
    "Bologna",
]  # fmt: skip


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_the_cli_keeps_each_body_s_kind_and_draws_it_at_its_seat(
    networks_only_data: Path, tmp_path: Path, page: Path
) -> None:
    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_text(GAZETTEER, encoding="utf-8")
    args = ["import-statement", str(page), "--network", "scn", "--gazetteer", str(gazetteer)]
    dry = run(networks_only_data, *args, "--dry-run")
    assert dry.exit_code == 0, dry.output
    header = next(line for line in dry.stdout.splitlines() if "entry" in line)
    assert header.split() == ["line", "entry", "city", "country", "region", "found", "note", "kind"]
    assert re.search(r"check its place\s+union of municipalities\n", dry.stdout)
    result = run(networks_only_data, *args)
    assert result.exit_code == 0, result.output
    places = store.load(networks_only_data).places.set_index("city")
    assert [places.loc[city, "kind"] for city in CITIES] == KINDS
    bari = places.loc["Città metropolitana di Bari"]
    assert (bari["status"], bari["source_id"], bari["matched_name"]) == (
        "ok",
        "geonames:3182351",
        "Bari",
    )
    assert bari["detail"] == "shown at its seat, Bari"
    assert places.loc["Provincia di Cremona", "source_id"] == "geonames:3177838"
    union = places.loc["Unione dei Comuni della Bassa Romagna"]  # no seat in its name
    assert (union["status"], union["kind"]) == ("failed", "union of municipalities")
    assert "Unione dei Comuni della Bassa Romagna (IT)" in result.stderr
    written = (networks_only_data / "places.csv").read_text(encoding="utf-8")
    assert run(networks_only_data, *args).exit_code == 0  # the same page again: no change
    assert (networks_only_data / "places.csv").read_text(encoding="utf-8") == written


def test_the_review_shows_the_kind_the_editor_may_change_and_the_city_panel_shows_it(
    networks_only_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(networks_only_data))
    at = opened(signed_in_editor(), "Add a statement")
    at.text_area(key="new_text").input(PAGE)
    at.selectbox(key="new_network").select("scn").run()
    at.button(key="new_preview").click().run()
    assert not at.exception
    review = review_table(at)
    assert list(review["kind"]) == KINDS
    assert review["place"][0].startswith("new: gazetteer geonames:3182351 Bari")
    assert "shown at its seat, Bari" in review["place"][0]
    assert review["place"][2].startswith("NOT FOUND")
    edit_review(at, edited_rows={3: {"kind": "metropolitan area"}})  # the editor's word
    assert list(review_table(at)["kind"]) == [*KINDS[:3], "metropolitan area"]
    at.button(key="new_save").click().run()
    assert not at.exception
    places = store.load(networks_only_data).places.set_index("city")
    assert places.loc["Città metropolitana di Bari", "kind"] == "metropolitan area"
    assert places.loc["Provincia di Cremona", "kind"] == "province"
    assert places.loc["Bologna", "kind"] == "metropolitan area"
    panel = AppTest.from_file(str(Path(__file__).parent.parent / "app.py"), default_timeout=60)
    panel.query_params["city"] = "IT:citta-metropolitana-di-bari"
    panel.run()
    assert any(h.value == "Città metropolitana di Bari" for h in panel.subheader)
    assert "**Kind:** metropolitan area" in [m.value for m in panel.markdown]
    assert any("shown at its seat, Bari" in c.value for c in panel.caption)


def test_a_kind_the_atlas_does_not_know_is_refused_by_name(networks_only_data: Path) -> None:
    data = store.load(networks_only_data)
    parsed = importer.read_statement(data, PAGE, network="scn")
    plan = importer.plan_statement(data, parsed, network="scn", source="test")
    rows = review.review_rows(plan).assign(kind=["galaxy", "", "province", "city"])
    with pytest.raises(DataError, match="row 1 \\(Città metropolitana di Bari\\): kind 'galaxy'"):
        importer.apply_review(plan, rows)
    kept = importer.apply_review(plan, rows.assign(kind=["", *KINDS[1:]]))
    assert list(kept.plan.signatories["kind"]) == ["city", *KINDS[1:]]  # empty: a city

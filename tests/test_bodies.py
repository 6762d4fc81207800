"""Bodies that are not cities (a metropolitan area, a province, a union of municipalities),
signing a statement: kept with their kind from the page through the review to places.csv,
drawn at their seat, and shown in the City panel. A page of our own, never a real one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.countries import country_name, find_country, municipality_countries
from geo.data import store
from geo.errors import DataError
from geo.importing import importer, review
from geo.importing.entries import (
    area_name,
    body_in_genitive,
    body_kind,
    body_place,
    level_in,
    levelled_countries,
    oblast_named,
    read_entry,
)
from tests.atlases import gazetteer_of, planned
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


# Bodies named for a place, read by what they govern there: a town's own government is the
# town, a wider area's body keeps its kind. Places as GeoNames' cities500 has them (name,
# country, first-level division, population; rounded).
GOVERNED = gazetteer_of([
    ("Douala", "CM", "05", 2_446_945, ""), ("Bafoussam", "CM", "08", 347_517, ""),
    ("Dunkerque", "FR", "32", 86_263, "Dunkirk"), ("Lille", "FR", "32", 234_475, ""),
    ("Toowoomba", "AU", "04", 125_339, ""), ("Bundaberg", "AU", "04", 70_921, ""),
    ("Brisbane", "AU", "04", 2_360_241, ""), ("Taupo", "NZ", "E7", 23_900, "Taupō"),
    ("Maldonado", "UY", "09", 62_590, ""), ("San Carlos", "UY", "09", 27_471, ""),
    ("Rivera", "UY", "13", 78_900, ""), ("Tranqueras", "UY", "13", 7_235, ""),
    ("Montevideo", "UY", "10", 1_270_737, ""), ("Nakuru", "KE", "33", 307_990, ""),
    ("Naivasha", "KE", "33", 181_966, ""),
    ("Vancouver", "CA", "02", 600_000, ""), ("Antsirabe", "MG", "05", 238_478, ""),
    ("Yamoussoukro", "CI", "81", 194_530, ""),
    ("Leeds", "GB", "ENG", 455_123, ""), ("Wigan", "GB", "ENG", 97_000, ""),
    ("Rotherham", "GB", "ENG", 109_691, ""), ("Kendal", "GB", "ENG", 28_586, ""),
])  # fmt: skip


def _kinds(data: store.AtlasData, page: str) -> list[tuple[str, str]]:
    plan = planned(data, page, GOVERNED)
    return list(zip(plan.signatories["city"], plan.signatories["kind"], strict=True))


def test_a_body_is_its_town_where_it_governs_the_town_and_keeps_its_kind_where_wider(
    networks_only_data: Path,
) -> None:
    """'Communauté urbaine de Douala' governs Douala (Cameroon's big cities), 'Communauté
    urbaine de Dunkerque' a union of communes (France's); an Australian regional council a
    local government area named for its town; a Uruguayan 'Intendencia' a department, which
    is the town only where the town is nearly all of it (Montevideo); a Kenyan county's
    government its county, named as the county is; 'Metro X' a metropolitan area."""
    page = (
        "Gemeinsame Erklärung der Städte für saubere Luft\n\n12. März 2024\n\n"
        "Wir, die unterzeichnenden Städte und Gebietskörperschaften, verpflichten uns zu "
        "sauberer Luft in unseren Straßen.\n\nUnterzeichnet von:\n\n"
        "Communauté urbaine de Douala (Kamerun)\nCommunauté urbaine de Dunkerque (Frankreich)\n"
        "Toowoomba Regional Council (Australien)\nIntendencia de Maldonado (Uruguay)\n"
        "Intendencia de Montevideo (Uruguay)\nCounty Government of Nakuru (Kenia)\n"
        "Metro Vancouver (Kanada)\n"
    )
    assert _kinds(store.load(networks_only_data), page) == [
        ("Douala", "city"), ("Communauté urbaine de Dunkerque", "union of municipalities"),
        ("Toowoomba", "city"), ("Intendencia de Maldonado", "region"), ("Montevideo", "city"),
        ("Nakuru County", "county"), ("Metro Vancouver", "metropolitan area"),
    ]  # fmt: skip


def test_a_town_s_government_after_a_signer_s_title_and_an_elided_article(
    networks_only_data: Path,
) -> None:
    """A town's government after a signer's name and title in French ('Gouverneur du
    District autonome de Yamoussoukro', 'Maire de la Commune urbaine d'Antsirabe': the town
    after an elided 'd''); a New Zealand district council is a town's, its regional council
    a region's; on an Italian page."""
    page = (
        "Dichiarazione dei sindaci per l'acqua pulita\n\n12 marzo 2024\n\n"
        "Noi, sindaci e amministratori locali, ci impegniamo per l'acqua pulita.\n\n"
        "Firmatari:\n\n"
        "M. Ibrahim Touré, Gouverneur du District autonome de Yamoussoukro (Costa d'Avorio)\n"
        "Mme Awa Rabe, Maire de la Commune urbaine d'Antsirabe (Madagascar)\n"
        "Communauté urbaine de Bafoussam (Camerun)\nBundaberg Regional Council (Australia)\n"
        "Taupō District Council (Nuova Zelanda)\nWaikato Regional Council (Nuova Zelanda)\n"
        "Intendencia de Rivera (Uruguay)\n"
    )
    assert _kinds(store.load(networks_only_data), page) == [
        ("Yamoussoukro", "city"), ("Antsirabe", "city"), ("Bafoussam", "city"),
        ("Bundaberg", "city"), ("Taupō", "city"), ("Waikato Regional Council", "region"),
        ("Intendencia de Rivera", "region"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "country", "level"),
    [("Communauté urbaine de Garoua", "CM", ("city", "Garoua")),
     ("Communauté urbaine de Nouakchott", "MR", ("city", "Nouakchott")),
     ("Communauté urbaine de Dunkerque", "FR", None),
     ("Rockhampton Regional Council", "AU", ("city", "Rockhampton")),
     ("Waikato Regional Council", "NZ", None),
     ("Taupō District Council", "NZ", ("city", "Taupō")),
     ("Intendencia de Salto", "UY", ("region", "Salto")),
     ("Intendencia Municipal de Asunción", "PY", None)],
)  # fmt: skip
def test_a_form_whose_level_is_its_country_s_own(
    name: str, country: str, level: tuple[str, str] | None
) -> None:
    """What a form governs where countries differ: the kind in that country and the place
    it is named after; None where its words' kind holds (`body_kind`)."""
    assert level_in(name, country) == level


@pytest.mark.parametrize(
    ("name", "countries"),
    [("Intendencia\u00a0de  Salto", ("UY",)), ("Huye\tDistrict", ("RW",)),
     ("Huye", ()), ("District", ()), ("Intendencia", ())],
)  # fmt: skip
def test_a_level_s_form_is_words_beside_its_place_s_name(
    name: str, countries: tuple[str, ...]
) -> None:
    """Any white space parts a form's words from the name; a single word has no form."""
    assert levelled_countries(name) == countries


@pytest.mark.parametrize(
    ("name", "area"),
    [("County Government of Machakos", "Machakos County"),
     ("the District Council of Mount Barker", "Mount Barker District"),
     ("Provincia di Cuneo", "Provincia di Cuneo")],
)  # fmt: skip
def test_a_body_named_as_its_area(name: str, area: str) -> None:
    assert area_name(name) == area


def test_the_people_of_a_first_level_division_are_its_places() -> None:
    assert GOVERNED.region_population("UY", "09") == 62_590 + 27_471
    assert GOVERNED.region_population("UY", "99") == 0
    assert GOVERNED.region_population("ZZ", "09") == 0


@pytest.mark.parametrize(
    "page",
    [
        "Offener Brief der Städte zur Wohnungsnot\n\n12. März 2024\n\nWir, die "
        "unterzeichnenden Städte, fordern mehr Mittel für den Wohnungsbau.\n\n"
        "Unterzeichnet von:\n\n{}\n",
        "Carta abierta de las ciudades sobre la vivienda\n\n12 de marzo de 2024\n\n"
        "Nosotras, las ciudades firmantes, pedimos más fondos para la vivienda.\n\n"
        "Firmantes:\n\n{}\n",
    ],
)
def test_a_metropolitan_district_council_is_its_town_s(networks_only_data: Path, page: str) -> None:
    """An English metropolitan district's or borough's council is the unitary government
    of the town it is named for ('City of Leeds Metropolitan District Council': Leeds,
    'Wigan Metropolitan Borough Council': Wigan), on a German and a Spanish page; a county's
    district council stays a body of its kind."""
    councils = (
        "City of Leeds Metropolitan District Council ({0})\nWigan Metropolitan Borough "
        "Council ({0})\nRotherham Metropolitan Borough Council ({0})\n"
        "South Lakeland District Council ({0})"
    )
    country = "Reino Unido" if "Firmantes" in page else "Vereinigtes Königreich"
    assert _kinds(store.load(networks_only_data), page.format(councils.format(country))) == [
        ("Leeds", "city"), ("Wigan", "city"), ("Rotherham", "city"),
        ("South Lakeland District Council", "county"),
    ]  # fmt: skip


# Councils named with their level's words after the place, and in a second language after a
# slash; places as GeoNames' cities500 has them: county seats and towns abroad named like a
# county, no county itself (rounded populations).
COUNCILS = gazetteer_of([
    ("Bodø", "NO", "18", 52_000, ""), ("Tromsø", "NO", "54", 64_000, ""),
    ("Nordland", "US", "WA", 1_000, ""), ("Troms", "SE", "", 300, ""),
    ("Austin", "US", "TX", 960_000, ""), ("El Paso", "US", "TX", 680_000, ""),
    ("Austin", "CA", "03", 600, ""), ("El Paso", "CO", "", 2_000, ""),
    ("Dane", "US", "WI", 1_100, ""), ("Dagneux", "FR", "84", 4_100, "Dane"),
    ("Hidalgo", "MX", "19", 15_000, ""), ("Hidalgo", "US", "TX", 14_000, ""),
    ("Denver", "US", "CO", 716_000, ""), ("Honolulu", "US", "HI", 350_000, ""),
    ("Swansea", "GB", "WLS", 170_000, "Abertawe"), ("Zakopane", "PL", "72", 27_000, ""),
    ("Anykščiai", "LT", "65", 9_000, ""), ("Utena", "LT", "65", 25_000, ""),
    ("Mora", "SE", "10", 12_600, ""), ("Mora", "CM", "12", 61_500, ""),
    ("Sala", "SE", "25", 13_100, ""), ("Sala", "FI", "02", 50_800, ""),
])  # fmt: skip


def _councils(data: store.AtlasData, page: str) -> list[tuple[str, str, str]]:
    plan = planned(data, page, COUNCILS)
    signed = plan.signatories
    return list(zip(signed["city"], signed["country"], signed["kind"], strict=True))


@pytest.mark.parametrize(
    ("page", "country"),
    [
        ("Nye medlemmer i nettverket\n\n9. april 2025\n\nNettverket ønsker velkommen til fem "
         "nye medlemmer:\n\n• Bodø kommune / Bådåddjo suohkan\n• Tromsø kommune / Romsa "
         "suohkan\n• Nordland fylkeskommune / Nordlánnda fylkkasuohkan\n• Troms "
         "fylkeskommune / Romssa fylkkasuohkan\n", "Norway"),
        ("Nuevos miembros de la red\n\n9 de abril de 2025\n\nLa red da la bienvenida a "
         "cuatro nuevos miembros:\n\n• City of Austin / Ciudad de Austin\n• City of El Paso / "
         "Ciudad de El Paso\n• Dane County / Condado de Dane\n• Hidalgo County / Condado de "
         "Hidalgo\n• Travis County / Condado de Travis\n", "United States"),
        ("Nya medlemmar i nätverket\n\n9 april 2025\n\nNätverket välkomnar tre nya "
         "medlemmar:\n\n• Mora\n• Sala\n• Region Dalarna Västmanland\n",
         "Sweden"),
    ],
)  # fmt: skip
def test_councils_named_with_their_level_after_the_place_and_in_two_languages(
    networks_only_data: Path, page: str, country: str
) -> None:
    """A body named with its level's words after its place ('Nordland fylkeskommune', 'Dane
    County') names that place, whatever the gazetteer calls a town so abroad: each line is
    the body, its other language's name after a slash aside, and a town's council first in
    the list is its first entry, no heading over the rest (on a Norwegian page with Sami
    names, on a Spanish one with US councils). A county no gazetteer knows ('Travis County',
    'Region Dalarna Västmanland' on a Swedish page) is in the country of the list's others."""
    found = _councils(store.load(networks_only_data), page)
    assert [(city, kind) for city, _, kind in found] == {
        "Norway": [("Bodø", "city"), ("Tromsø", "city"), ("Nordland fylkeskommune", "county"),
                   ("Troms fylkeskommune", "county")],
        "United States": [("Austin", "city"), ("El Paso", "city"), ("Dane County", "county"),
                          ("Hidalgo County", "county"), ("Travis County", "county")],
        "Sweden": [("Mora", "city"), ("Sala", "city"),
                   ("Region Dalarna Västmanland", "region")],
    }[country]  # fmt: skip
    assert {c for _, c, _ in found} == {country}


def test_a_city_and_county_council_is_its_city_s(networks_only_data: Path) -> None:
    """A city's and county's one government ('Honolulu City and County', 'City and County of
    Swansea Council', Spanish 'Ciudad y Condado de Denver') is the city's, on a German page."""
    page = (
        "Neue Mitglieder im Netzwerk\n\n9. April 2025\n\nDas Netzwerk begrüßt drei neue "
        "Mitglieder:\n\n• Honolulu City and County (USA)\n• City and County of Swansea Council "
        "(Vereinigtes Königreich)\n• Ciudad y Condado de Denver (USA)\n"
    )
    assert _councils(store.load(networks_only_data), page) == [
        ("Honolulu", "USA", "city"), ("Swansea", "Vereinigtes Königreich", "city"),
        ("Denver", "USA", "city"),
    ]  # fmt: skip


CONTACTS = gazetteer_of([
    ("Bodø", "NO", "18", 52_000, ""), ("Tromsø", "NO", "54", 64_000, ""),
    ("Nordland", "US", "WA", 1_000, ""), ("Pécs", "HU", "02", 140_000, ""),
    ("Szeged", "HU", "06", 160_000, ""), ("Baranya", "AR", "", 800, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Nye medlemmer\n\n9. april 2025\n\nVi ønsker velkommen til:\n\nBodø kommune – "
         "kontakt: Ola Dahl\nNordland fylkeskommune – kontakt: Kari Moen\nTromsø kommune – "
         "kontakt: Per Lie\n",
         [("Bodø", "city"), ("Nordland fylkeskommune", "county"), ("Tromsø", "city")]),
        ("Új tagok\n\n2025. április 9.\n\nA hálózat új tagjai:\n\nPécs – kapcsolattartó: "
         "Kiss Anna\nBaranya vármegye – kapcsolattartó: Tóth Éva\nSzeged – kapcsolattartó: "
         "Nagy Béla\n",
         [("Pécs", "city"), ("Baranya vármegye", "county"), ("Szeged", "city")]),
    ],
)  # fmt: skip
def test_a_county_s_body_before_its_contact_is_the_body_whole(
    networks_only_data: Path, page: str, expected: list[tuple[str, str]]
) -> None:
    """A county's body named by its place and its form in lower case ('Nordland
    fylkeskommune', Hungarian 'Baranya vármegye'), a dash and its contact person after it,
    is the body whole, in the country of its kind, though the gazetteer knows its place's
    name as a town abroad only (in Norwegian and Hungarian)."""
    plan = planned(store.load(networks_only_data), page, CONTACTS)
    signed = plan.signatories
    found = list(zip(signed["city"], signed["country"], signed["kind"], strict=True))
    assert [(city, kind) for city, _, kind in found] == expected
    assert len({country for _, country, _ in found}) == 1


def test_a_town_a_dash_and_the_body_of_its_county_is_the_town() -> None:
    """'Zakopane – Powiat Tatrzański', 'Bodø – Nordland fylkeskommune': a town of one word,
    then its wider area's body, in Polish and Norwegian (a person's name before a body is the
    body's signer)."""
    for line, town in [("1. Zakopane – Powiat Tatrzański", "Zakopane"),
                       ("Bodø – Nordland fylkeskommune", "Bodø")]:  # fmt: skip
        entry = read_entry(line, 1)
        assert entry is not None
        assert (entry.city, entry.kind) == (town, "city")
    entry = read_entry("Anna Nowak – Powiat Tatrzański", 1)
    assert entry is not None
    assert entry.city == "Powiat Tatrzański"


def test_a_town_s_body_by_its_form_a_dash_and_its_region_s_body_is_the_town() -> None:
    """'Municipio de Cuenca – Provincia de Azuay', 'Commune rurale de Kati — Région de
    Koulikoro': a town's body by its form, then the body of the region it is in, whose
    name has more words than an other language's name of the town: the town is the entry."""
    for line, town in [("Municipio de Cuenca – Provincia de Azuay", "Cuenca"),
                       ("Commune rurale de Kati — Région de Koulikoro", "Kati"),
                       ("Ville de Kayes — Région de Kayes", "Kayes"),
                       ("Shire of Broome – Kimberley Region", "Broome")]:  # fmt: skip
        entry = read_entry(line, 1)
        assert entry is not None
        assert (entry.city, entry.kind) == (town, "city")


def test_a_body_s_place_is_its_name_without_its_level_s_words_before_or_after_it() -> None:
    assert body_place("Nordland fylkeskommune") == "Nordland"
    assert body_place("Dane County") == "Dane"
    assert body_place("Landkreis Göttingen") == "Göttingen"
    assert body_place("Skåneregionen") == "Skåneregionen"  # a word's ending, not a word


@pytest.mark.parametrize(
    ("name", "kind", "place"),
    [
        ("Košický samosprávny kraj", "region", "Košický"),  # Slovak: a self-governing region
        ("Kurzemes plānošanas reģions", "region", "Kurzemes"),  # Latvian: a planning region
        ("Kanta-Hämeen hyvinvointialue", "region", "Kanta-Hämeen"),  # Finnish: wellbeing area
        ("Somogy Vármegyei Önkormányzat", "county", "Somogy"),  # Hungarian: a county's government
        ("Pamahalaang Panlalawigan ng Pampanga", "province", "Pampanga"),  # Tagalog
        ("Lalawigan ng Pangasinan", "province", "Pangasinan"),  # Tagalog: the province
        ("Rehiyon ng Ilocos", "region", "Ilocos"),  # Tagalog: the region
    ],
)  # fmt: skip
def test_a_body_s_kind_is_its_words_of_more_than_one_word_in_lower_case_or_glued(
    name: str, kind: str, place: str
) -> None:
    """A body's kind in words of its own language, an adjective with its noun ('samosprávny
    kraj', 'plānošanas reģions', 'Vármegyei Önkormányzat'), after or before its place: its
    kind, and its place without them."""
    assert (body_kind(name), body_place(name)) == (kind, place)


# English and Welsh councils' towns, and towns abroad named like an English county.
UNITARY = gazetteer_of([
    ("Plymouth", "GB", "ENG", 260_000, ""), ("Exeter", "GB", "ENG", 130_000, ""),
    ("Brighton", "GB", "ENG", 284_000, ""), ("Hove", "GB", "ENG", 75_000, ""),
    ("Hove", "BE", "VLG", 8_000, ""), ("Windsor", "GB", "ENG", 32_000, ""),
    ("Windsor", "CA", "08", 280_000, ""), ("Maidenhead", "GB", "ENG", 70_000, ""),
    ("Lowestoft", "GB", "ENG", 71_000, ""), ("Margate", "GB", "ENG", 62_000, ""),
    ("Cornwall", "CA", "08", 49_000, ""), ("Cardiff", "GB", "WLS", 360_000, ""),
    ("Swansea", "GB", "WLS", 170_000, ""), ("Gwynedd", "US", "PA", 2_000, ""),
])  # fmt: skip


def _unitary(data: store.AtlasData, page: str) -> list[tuple[str, str]]:
    plan = planned(data, page, UNITARY)
    return list(zip(plan.signatories["city"], plan.signatories["country"], strict=True))


def test_one_council_named_for_two_places_is_one_signatory(networks_only_data: Path) -> None:
    """A council's form after two places an 'and' joins ('Brighton & Hove City Council',
    'Windsor and Maidenhead Borough Council') names one body of both, read as its first
    place; a form after each is two councils, on a German and an Italian page."""
    german = (
        "Offener Brief der Küstenstädte\n\n12. März 2024\n\nIm Namen von Plymouth City "
        "Council, Brighton & Hove City Council, Windsor and Maidenhead Borough Council, "
        "Lowestoft Town Council und Margate Town Council.\n"
    )
    italian = (
        "Lettera aperta delle città costiere\n\n12 marzo 2024\n\nHanno firmato Exeter City "
        "Council, Brighton and Hove City Council, Windsor & Maidenhead Borough Council e "
        "Plymouth City Council.\n"
    )
    data = store.load(networks_only_data)
    assert [c for c, _ in _unitary(data, german)] == [
        "Plymouth", "Brighton", "Windsor", "Lowestoft", "Margate",
    ]  # fmt: skip
    assert [c for c, _ in _unitary(data, italian)] == [
        "Exeter", "Brighton", "Windsor", "Plymouth",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("page", "county"),
    [
        (
            "Carta abierta de los consejos\n\n12 de marzo de 2024\n\nFirmantes:\n\n"
            "Plymouth City Council\nExeter City Council\nCornwall Council\n"
            "Brighton City Council\n",
            "Cornwall",
        ),
        (
            "Offener Brief der Räte\n\n12. März 2024\n\nUnterzeichnet von:\n\n"
            "Cardiff Council\nSwansea Council\nGwynedd Council\n",
            "Gwynedd",
        ),
        (
            "Soci per anno di adesione\n\n12 marzo 2024\n\nSoci:\n\n"
            "Plymouth City Council (2019)\nExeter City Council (2020)\nCornwall Council (2019)\n"
            "Brighton City Council (2021)\n",
            "Cornwall",
        ),
        (
            "Mitglieder nach Beitrittsjahr\n\n12. März 2024\n\nMitglieder:\n\n"
            "Cardiff Council – 2018\nSwansea Council – 2019\nGwynedd Council – 2020\n",
            "Gwynedd",
        ),
        (
            "Miembros por región\n\n12 de marzo de 2024\n\nMiembros:\n\n"
            "Plymouth City Council, Región: Suroeste\nExeter City Council, Región: Suroeste\n"
            "Cornwall Council, Región: Suroeste\nBrighton City Council, Región: Sureste\n",
            "Cornwall",
        ),
        (
            "Membres par région\n\n12 mars 2024\n\nMembres :\n\n"
            "Cardiff Council, Région : Sud du pays de Galles\n"
            "Swansea Council, Région : Sud du pays de Galles\n"
            "Gwynedd Council, Région : Nord du pays de Galles\n",
            "Gwynedd",
        ),
    ],
)
def test_a_council_named_for_a_county_of_the_list_s_country(
    networks_only_data: Path, page: str, county: str
) -> None:
    """'Cornwall Council' among English councils is Cornwall's (England), though no English
    town and a Canadian one bear the name; 'Gwynedd Council' among Welsh ones Gwynedd's, not
    a Pennsylvanian town's: the list's country has a county of the name (ISO 3166-2); on
    Spanish, German and Italian pages, bare or with a year after the name ('Cornwall Council
    (2019)', 'Gwynedd Council – 2020') or a labelled field ('Cornwall Council, Región:
    Suroeste', a card's region). A bare name is no council ('Gironde' over its towns)."""
    data = store.load(networks_only_data)
    assert _unitary(data, page)[2] == (county, "United Kingdom")


# Towns as GeoNames' cities500 has them; the municipalities Ankaran (Slovenia, 2011) and Iklin
# (Malta) it lacks, which ISO 3166-2 lists.
MUNICIPALITIES = gazetteer_of([
    ("Ljubljana", "SI", "61", 280_000, ""), ("Maribor", "SI", "", 96_000, ""),
    ("Koper", "SI", "", 25_000, ""), ("Valletta", "MT", "", 6_400, ""),
    ("Sliema", "MT", "", 16_000, ""), ("Birkirkara", "MT", "", 22_000, ""),
])  # fmt: skip


def test_a_municipality_no_gazetteer_town_names_is_in_the_list_s_country(
    networks_only_data: Path,
) -> None:
    """A municipality's official name that no town of the gazetteer bears, but ISO 3166-2
    lists as one of the list's country's municipalities, is a place there, not one to give
    a country to; on a Slovenian and a Maltese page (inside the list: at its edge, an unknown
    name is still taken for page text). A department's name is no municipality's."""
    slovene = (
        "Nove članice mreže zdravih mest\n\n2025-10-01\n\nMreži so se pridružile občine:\n\n"
        "– Ljubljana\n– Ankaran\n– Maribor\n– Koper\n"
    )
    maltese = (
        "Il-kunsilli lokali li ffirmaw\n\n2025-10-01\n\nIffirmaw il-kunsilli lokali:\n\n"
        "– Valletta\n– Iklin\n– Sliema\n– Birkirkara\n"
    )
    data = store.load(networks_only_data)
    for page, country in [(slovene, "Slovenia"), (maltese, "Malta")]:
        plan = planned(data, page, MUNICIPALITIES)
        assert list(plan.signatories["country"]) == [country] * 4
    assert municipality_countries("Múlaþing") == {"IS"}
    assert municipality_countries("Gironde") == frozenset()  # a department: no town's


@pytest.mark.parametrize(
    "name",
    ["Autonomna Pokrajina Vojvodina", "Autonomna pokrajina Kosovo i Metohija",
     "Autonomní pokrajina Vojvodina"],
)  # fmt: skip
def test_an_autonomous_province_is_a_region(name: str) -> None:
    """Serbia's autonomous provinces as Serbian, Croatian or Czech write them: a region's
    body, not a town."""
    assert body_kind(name) == "region"


@pytest.mark.parametrize(
    "name",
    ["Ленинградская область", "Пловдивска област", "Kharkiv Oblast", "Мінская вобласць"],
)  # fmt: skip
def test_an_oblast_is_a_region(name: str) -> None:
    """An oblast as Russian, Bulgarian, English or Belarusian write it, its adjective
    before the word: a region's body, not a town named like its centre."""
    assert body_kind(name) == "region"


# Towns and the oblasts' centres as GeoNames' cities500 has them (rounded populations).
OBLASTS = gazetteer_of([
    ("Tver", "RU", "77", 420_000, "Тверь"), ("Rzhev", "RU", "77", 60_000, "Ржев"),
    ("Torzhok", "RU", "77", 45_000, "Торжок"), ("Yaroslavl", "RU", "88", 600_000, "Ярославль"),
    ("Rybinsk", "RU", "88", 190_000, "Рыбинск"), ("Uglich", "RU", "88", 32_000, "Углич"),
    ("Vologda", "RU", "85", 310_000, "Вологда"), ("Cherepovets", "RU", "85", 310_000, "Череповец"),
    ("Plovdiv", "BG", "51", 340_000, "Пловдив"), ("Asenovgrad", "BG", "51", 50_000, "Асеновград"),
    ("Varna", "BG", "61", 330_000, "Варна"), ("Provadia", "BG", "61", 13_000, "Провадия"),
    ("Burgas", "BG", "39", 200_000, "Бургас"), ("Pomorie", "BG", "39", 14_000, "Поморие"),
])  # fmt: skip


def test_oblast_headings_over_their_towns_are_no_signatories(networks_only_data: Path) -> None:
    """Oblasts as headings over blocks of their towns (Russian, Bulgarian): the headings
    share their last word and name regions, not the towns named like their centres."""
    russian = (
        "Новые члены ассоциации\n\n12 марта 2024\n\nНовые члены по областям:\n\n"
        "Тверская область\nРжев\nТоржок\n\nЯрославская область\nРыбинск\nУглич\n\n"
        "Вологодская область\nЧереповец\nВологда\n"
    )
    bulgarian = (
        "Нови членове на мрежата\n\n12 март 2024\n\nНовите членове по области:\n\n"
        "Пловдивска област\nАсеновград\nПловдив\n\nВарненска област\nПровадия\nВарна\n\n"
        "Бургаска област\nПоморие\nБургас\n"
    )
    data = store.load(networks_only_data)
    for page, towns in [
        (russian, ["Ржев", "Торжок", "Рыбинск", "Углич", "Череповец", "Вологда"]),
        (bulgarian, ["Асеновград", "Пловдив", "Provadia", "Варна", "Поморие", "Бургас"]),
    ]:
        plan = planned(data, page, OBLASTS)
        assert list(plan.signatories["city"]) == towns


# Portugal's towns beside their namesakes elsewhere, as GeoNames' cities500 has them
# (rounded); 'Ave' a place in Guinea-Bissau only, whose province 'Norte' is also the name
# of Portugal's northern region.
PORTUGAL = gazetteer_of([
    ("Braga", "PT", "04", 136_885, ""), ("Guimarães", "PT", "04", 40_604, ""),
    ("Matosinhos", "PT", "13", 45_703, ""), ("Coimbra", "PT", "06", 140_796, ""),
    ("Évora", "PT", "08", 56_596, "Evora"), ("Loulé", "PT", "09", 22_000, "Loule"),
    ("Lagos", "PT", "09", 33_494, ""), ("Lagos", "NG", "05", 15_388_000, ""),
    ("Ave", "GW", "04", 600, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("head", "page"),
    [
        ("Members of the network on 31 December 2024\n\nMunicipality\tRegion\tJoined\n",
         "English"),
        ("Miembros de la red a 31 de diciembre de 2024\n\nMunicipio\tRegión\tAdhesión\n",
         "Spanish"),
    ],
)  # fmt: skip
def test_a_town_of_the_list_s_country_beside_a_metropolis_and_a_body_of_one_country_s_kind(
    networks_only_data: Path, head: str, page: str
) -> None:
    """A table of one country's municipalities with a column of its regions, in English and
    Spanish (the cells Portuguese): 'Lagos' among Portugal's towns is Portugal's town of
    30,000, though Nigeria's namesake is 500 times bigger; 'Comunidade Intermunicipal do
    Ave', a kind of body Portugal alone has, is Portugal's, though its region's name 'Norte'
    is a province of Guinea-Bissau too and its place 'Ave' a village there."""
    text = (
        f"{head}Braga\tNorte\t2001\nGuimarães\tNorte\t2018\nMatosinhos\tNorte\t2002\n"
        "Comunidade Intermunicipal do Ave\tNorte\t2024\nCoimbra\tCentro\t2010\n"
        "Évora\tAlentejo\t2000\nLoulé\tAlgarve\t2013\nLagos\tAlgarve\t2021\n"
    )
    data = store.load(networks_only_data)
    plan = planned(data, text, PORTUGAL)
    found = dict(zip(plan.signatories["city"], plan.signatories["country"], strict=True))
    assert len(found) == 8, page
    assert set(found.values()) == {"Portugal"}, found


# Towns of two neighbours, each list's last a town of the second and a village of the first
# (made up).
NEIGHBOURS = gazetteer_of([
    ("Kassel", "DE", "05", 200_000, ""), ("Erfurt", "DE", "15", 213_000, ""),
    ("Ulm", "DE", "01", 126_000, ""), ("Würzburg", "DE", "02", 127_000, ""),
    ("Graz", "AT", "06", 291_000, ""), ("Linz", "AT", "04", 206_000, ""),
    ("Steyrbach", "AT", "04", 38_000, ""), ("Steyrbach", "DE", "02", 4_000, ""),
    ("Nantes", "FR", "52", 318_000, ""), ("Rennes", "FR", "53", 222_000, ""),
    ("Tours", "FR", "24", 136_000, ""), ("Angers", "FR", "52", 157_000, ""),
    ("Namur", "BE", "WAL", 111_000, ""), ("Liège", "BE", "WAL", 197_000, ""),
    ("Orvanne", "BE", "WAL", 52_000, ""), ("Orvanne", "FR", "11", 3_000, ""),
    ("Denver", "US", "CO", 716_000, ""), ("Tulsa", "US", "OK", 413_000, ""),
    ("Omaha", "US", "NE", 486_000, ""), ("Wichita", "US", "KS", 397_000, ""),
    ("Regina", "CA", "11", 226_000, ""), ("Saskatoon", "CA", "11", 266_000, ""),
    ("Pellham", "CA", "11", 61_000, ""), ("Pellham", "US", "KS", 2_000, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("text", "towns", "there"),
    [
        ("Gemeinsame Erklärung der Bürgermeister\n\n12. März 2024\n\nEs unterzeichnen:\n\n"
         "Anna Maier, Bürgermeisterin von Kassel\nJonas Brandt, Bürgermeister von Erfurt\n"
         "Eva Roth, Bürgermeisterin von Ulm\nPaul Kern, Bürgermeister von Würzburg\n"
         "Lisa Pichler, Bürgermeisterin von Graz\nKlaus Huber, Bürgermeister von Linz\n"
         "Maria Gruber, Bürgermeisterin von Steyrbach\n\nDie Erklärung bleibt offen.\n",
         ["Kassel", "Erfurt", "Ulm", "Würzburg", "Graz", "Linz", "Steyrbach"], "Austria"),
        ("Déclaration commune des maires\n\n12 mars 2024\n\nOnt signé :\n\n"
         "Anne Morel, maire de Nantes\nLuc Girard, maire de Rennes\n"
         "Claire Petit, maire de Tours\nMarc Blanc, maire d'Angers\n"
         "Sophie Dubois, bourgmestre de Namur\nJean Lambert, bourgmestre de Liège\n"
         "Julie Renard, bourgmestre d'Orvanne\n\nLa déclaration reste ouverte.\n",
         ["Nantes", "Rennes", "Tours", "Angers", "Namur", "Liège", "Orvanne"], "Belgium"),
        ("Joint statement of mayors\n\n12 March 2024\n\nSigned by:\n\n"
         "Ann Moore, Mayor of Denver\nJohn Baker, Mayor of Tulsa\n"
         "Mary Cole, Mayor of Omaha\nPeter Hall, Mayor of Wichita\n"
         "Susan Grant, Mayor of Regina\nDavid Clark, Mayor of Saskatoon\n"
         "Laura King, Mayor of Pellham\n\nThe statement remains open.\n",
         ["Denver", "Tulsa", "Omaha", "Wichita", "Regina", "Saskatoon", "Pellham"], "Canada"),
    ],
)  # fmt: skip
def test_a_town_of_a_country_the_list_names_beside_a_village_of_its_majority_s(
    networks_only_data: Path, text: str, towns: list[str], there: str
) -> None:
    """A list of one country's towns and a few of a neighbour's, in German, French and
    English: a name that is a town of the neighbour (the list names it) and only a village
    of the list's main country is the neighbour's town, as a reader takes it."""
    data = store.load(networks_only_data)
    plan = planned(data, text, NEIGHBOURS)
    found = dict(zip(plan.signatories["city"], plan.signatories["country"], strict=True))
    assert list(found) == towns
    assert found[towns[-1]] == there, found


# US towns and their namesakes, as GeoNames' cities500 has them (rounded).
STATES = gazetteer_of([
    ("Louisville", "US", "KY", 620_000, ""), ("Lexington", "US", "KY", 320_000, ""),
    ("Memphis", "US", "TN", 630_000, ""), ("Nashville", "US", "TN", 690_000, ""),
    ("Athens", "US", "GA", 127_000, ""), ("Athens", "GR", "35", 664_000, "Athína"),
    ("Columbus", "US", "GA", 206_000, ""), ("Columbus", "US", "OH", 905_000, ""),
    ("Batumi", "GE", "04", 152_000, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    "head",
    [
        "Mitglieder des Netzwerks am 1. März 2024\n\nStadt\tBundesstaat\tBeitritt\n",
        "Membres du réseau au 12 mars 2024\n\nVille\tÉtat\tAdhésion\n",
    ],
)
def test_a_state_named_as_a_country_in_a_column_of_states_is_the_state(
    networks_only_data: Path, head: str
) -> None:
    """A table of US cities with a column of their states, in German and French: 'Georgia'
    among 'Kentucky' and 'Tennessee' is the state, so that 'Clarke County', a body no
    gazetteer places, and 'Columbus' are its (not the country's, nor Ohio's)."""
    text = (
        f"{head}Louisville\tKentucky\t2014\nLexington\tKentucky\t2016\n"
        "Memphis\tTennessee\t2018\nNashville\tTennessee\t2013\nClarke County\tGeorgia\t2019\n"
        "Columbus\tGeorgia\t2021\n"
    )
    data = store.load(networks_only_data)
    plan = planned(data, text, STATES)
    found = list(zip(plan.signatories["city"], plan.signatories["country"], strict=True))
    assert [city for city, _ in found] == [
        "Louisville", "Lexington", "Memphis", "Nashville", "Clarke County", "Columbus"
    ]  # fmt: skip
    assert {country for _, country in found} == {"United States"}
    assert list(plan.signatories["region"])[-2:] == ["Georgia", "Georgia"]


TERRITORIES = gazetteer_of([
    ("Utrecht", "NL", "09", 290_000, ""), ("Zwolle", "NL", "15", 110_000, ""),
    ("Groningen", "NL", "04", 200_000, ""), ("Leiden", "NL", "11", 120_000, ""),
    ("Oranjestad", "AW", "", 29_000, ""), ("Oranjestad", "BQ", "", 1_000, ""),
    ("Willemstad", "CW", "", 125_000, ""), ("Willemstad", "NL", "06", 5_000, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("text", "last", "code"),
    [
        ("Neue Mitglieder 2024: Utrecht (Utrecht), Zwolle (Overijssel), Groningen "
         "(Groningen), Leiden (Zuid-Holland) und Willemstad (Curaçao).", "Willemstad", "CW"),
        ("Nieuwe leden in 2024: Utrecht (Utrecht), Zwolle (Overijssel), Groningen "
         "(Groningen), Leiden (Zuid-Holland) en Oranjestad (Aruba).", "Oranjestad", "AW"),
    ],
)  # fmt: skip
def test_a_territory_with_its_own_code_among_its_sovereigns_states_is_its_own_country(
    networks_only_data: Path, text: str, last: str, code: str
) -> None:
    """'Willemstad (Curaçao)', 'Oranjestad (Aruba)' among Dutch provinces, in German
    and Dutch: the territory is a subdivision of its sovereign in ISO 3166-2, but a country
    code of its own, under which the gazetteer files its places; the place is there."""
    data = store.load(networks_only_data)
    plan = planned(data, f"New members\n\n12 March 2024\n\n{text}\n", TERRITORIES)
    found = dict(zip(plan.signatories["city"], plan.signatories["country"], strict=True))
    assert found[last] == country_name(code)


URUGUAY = gazetteer_of([
    ("Montevideo", "UY", "10", 1_270_737, ""), ("Canelones", "UY", "02", 19_631, ""),
    ("Las Piedras", "UY", "02", 71_258, ""), ("Rosario", "AR", "21", 1_173_533, ""),
    ("Córdoba", "AR", "05", 1_428_214, "Cordoba"), ("Porto Alegre", "BR", "23", 1_372_741, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("head", "lead"),
    [
        (
            "Joint declaration on care\n\n28 November 2024\n\nThe cities commit to local care "
            "systems.\n\nSigned:\n\n",
            "For the",
        ),
        (
            "Déclaration commune sur les soins\n\n28 novembre 2024\n\nLes villes s'engagent pour "
            "les soins.\n\nSignataires :\n\n",
            "Pour l'",
        ),
    ],
)
def test_a_signature_block_for_an_intendencia_among_other_countries_towns(
    networks_only_data: Path, head: str, lead: str
) -> None:
    """Signature blocks that each open with the body the signer signs for, in English and
    French, the first two for Uruguay's 'Intendencias' among other countries' towns: the
    words signing for it are no part of its name, the form says a place, and Uruguay, the
    one country whose own level it is and which has the place, is its country (Montevideo's
    is the town; Canelones' a department's body)."""
    article = lead if lead.endswith("'") else f"{lead} "
    page = head + "\n\n".join(
        f"{article}{body}\n{person}\n{title}"
        for body, person, title in [
            ("Intendencia de Montevideo", "Ana Pérez", "Intendenta"),
            ("Intendencia de Canelones", "Luis Gómez", "Intendente"),
            ("Municipalidad de Rosario", "Eva Ruiz", "Intendenta"),
            ("Municipalidad de Córdoba", "Juan Sosa", "Intendente"),
            ("Prefeitura de Porto Alegre", "Rui Lima", "Prefeito"),
        ]
    )
    data = store.load(networks_only_data)
    plan = planned(data, page, URUGUAY)
    assert list(zip(plan.signatories["city"], plan.signatories["country"], strict=True)) == [
        ("Montevideo", "Uruguay"), ("Intendencia de Canelones", "Uruguay"),
        ("Rosario", "Argentina"), ("Córdoba", "Argentina"), ("Porto Alegre", "Brazil"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "kind", "place"),
    [
        ("Dakahlia Governorate", "region", "Dakahlia"),  # English
        ("Gouvernorat de Sfax", "region", "Sfax"),  # French
        ("Kano State", "region", "Kano"),
        ("Conseil régional de Dosso", "region", "Dosso"),
        ("Περιφέρεια Ηπείρου", "region", "Ηπείρου"),
        ("Pirkanmaan liitto", "region", "Pirkanmaan"),  # a Finnish region's council
        ("Diputació de Girona", "province", "Girona"),  # Catalan
        ("Provinsi Jawa Barat", "province", "Jawa Barat"),  # Indonesian
        ("Tỉnh Quảng Ninh", "province", "Quảng Ninh"),  # Vietnamese
        ("Kabupaten Bantul", "county", "Bantul"),  # an Indonesian regency
        ("Bantul Regency", "county", "Bantul"),
        ("Garissa County Government", "county", "Garissa"),  # a Kenyan county's body
        ("Grand Bassa County Government", "county", "Grand Bassa"),  # a Liberian one's
        ("Vilniaus rajono savivaldybė", "county", "Vilniaus"),  # a district municipality
        ("Waals Gewest", "region", "Waals"),  # a Belgian region in Dutch
        ("Communauté métropolitaine de Montréal", "metropolitan area", "Montréal"),  # Québec's
        ("Mikroregión Levočsko", "union of municipalities", "Levočsko"),  # Slovak
        ("Mikroregion Dolina Baryczy", "union of municipalities", "Dolina Baryczy"),  # Polish
        ("Comunità Montana Valle Seriana", "union of municipalities", "Valle Seriana"),
        ("Dobrovolný svazek obcí Podralsko", "union of municipalities", "Podralsko"),
        ("Združenie obcí Hornád", "union of municipalities", "Hornád"),
        # Brazil's and Spain's intermunicipal consortia, Italy's intercommunal ones
        ("Consórcio Intermunicipal Vale do Ivaí", "union of municipalities", "Vale do Ivaí"),
        ("Consorcio Intermunicipal Alto Tajo", "union of municipalities", "Alto Tajo"),
        ("Consorzio Intercomunale Val Trompia", "union of municipalities", "Val Trompia"),
        ("Zona Metropolitana de Toluca", "metropolitan area", "Toluca"),  # Mexico's
        ("Zona Metropolitană Oradea", "metropolitan area", "Oradea"),  # Romania's
        ("Land Kärnten", "region", "Kärnten"),  # an Austrian state
        ("Gobierno Regional de Arequipa", "region", "Arequipa"),  # a Peruvian region's
        ("Arabako Foru Aldundia", "province", "Arabako"),  # a Basque province's council
        ("Pärnumaa Omavalitsuste Liit", "union of municipalities", "Pärnumaa"),  # Estonian
        ("Kainuun sote -kuntayhtymä", "union of municipalities", "Kainuun sote -kuntayhtymä"),
        ("静岡県", "region", "静岡"),  # a Japanese prefecture, its form glued on
        ("福建省", "province", "福建"),  # a Chinese province
        ("충청북도", "province", "충청"),  # Korean provinces
        ("강원특별자치도", "province", "강원"),
    ],
)
def test_a_body_s_word_in_many_languages_says_its_kind(name: str, kind: str, place: str) -> None:
    """A body's word (governorate, state, region's council, province, regency, district
    municipality) before or after its place's name, in the language of its country: a body
    of that kind, named for its place; not the town of that name."""
    assert (body_kind(name), body_place(name)) == (kind, place)


@pytest.mark.parametrize(
    "name",
    ["Tinh Bien", "Kuntaliitto", "Suomen Kuntaliitto", "Kota Bandung", "Land use",
     "Richmond Urban County Government"],
)  # fmt: skip
def test_words_like_a_body_s_are_no_body(name: str) -> None:
    """A town's name like a body's word without its diacritics (Tịnh Biên), a union of all
    a country's municipalities (no genitive before 'liitto'), a city, 'Land' before a word
    in lower case, a US town's urban county government: no wider body."""
    assert body_kind(name) == ""


def test_a_level_s_government_is_named_as_its_area() -> None:
    """'Ogun State Government', 'Kisumu County Government': the state's and county's body,
    named as its area is."""
    assert area_name("Ogun State Government") == "Ogun State"
    assert area_name("Kisumu County Government") == "Kisumu County"
    assert body_kind("Ogun State Government") == "region"


# Towns named like the bodies' seats, as GeoNames' cities500 has them (rounded populations).
SEATS = gazetteer_of([
    ("Sfax", "TN", "32", 280_000, ""), ("Sakiet Ezzit", "TN", "32", 100_000, ""),
    ("Sakiet Eddaïer", "TN", "32", 110_000, ""), ("Sousse", "TN", "23", 220_000, ""),
    ("Gabès", "TN", "29", 130_000, ""), ("Bizerte", "TN", "18", 140_000, ""),
    ("Girona", "ES", "CT", 100_000, ""), ("Lleida", "ES", "CT", 140_000, ""),
    ("Reus", "ES", "CT", 100_000, ""), ("Manresa", "ES", "CT", 77_000, ""),
])  # fmt: skip


def test_a_body_named_by_its_word_and_its_place_is_kept_with_its_kind(
    networks_only_data: Path,
) -> None:
    """A governorate (French, Tunisia) and a provincial council (Catalan) among towns: kept
    as written with their kind, in the list's country, not read as their seat towns."""
    french = (
        "Les villes signataires\n\n12 mars 2024\n\nOnt signé la charte :\n\n"
        "– Sousse\n– Gouvernorat de Sfax\n– Gabès\n– Bizerte\n"
    )
    catalan = (
        "Adhesions a la xarxa\n\n12 de març de 2024\n\nS'hi han adherit:\n\n"
        "– Lleida\n– Diputació de Girona\n– Reus\n– Manresa\n"
    )
    data = store.load(networks_only_data)
    for page, body, kind in [
        (french, "Gouvernorat de Sfax", "region"),
        (catalan, "Diputació de Girona", "province"),
    ]:
        plan = planned(data, page, SEATS)
        rows = plan.signatories.set_index("city")
        assert body in rows.index, list(rows.index)
        assert rows.loc[body, "kind"] == kind
        assert len(set(rows["country"])) == 1


# Towns of Austria and Indonesia, as GeoNames' cities500 has them (rounded populations);
# no state of Austria's is a town.
HEADS = gazetteer_of([
    ("Salzburg", "AT", "05", 150_000, ""), ("Linz", "AT", "04", 200_000, ""),
    ("Graz", "AT", "06", 290_000, ""), ("Villach", "AT", "02", 60_000, ""),
    ("Bogor", "ID", "30", 1_000_000, ""), ("Malang", "ID", "08", 800_000, ""),
    ("Kediri", "ID", "08", 270_000, ""), ("Bantul", "ID", "10", 60_000, ""),
])  # fmt: skip


def test_a_head_s_title_over_a_state_or_before_a_regency_signs_for_that_body(
    networks_only_data: Path,
) -> None:
    """A signature block for an Austrian state ('Für das Land Kärnten', its councillor's
    title and a degree under it) and an Indonesian regent's ('Bupati Bantul', the head of
    the regency): the state and the regency sign with their kind, not a town."""
    german = (
        "Erklärung der Städte zum Radverkehr\n\n3. März 2025\n\nUnterzeichnet haben:\n\n"
        "Für die Stadt Salzburg\nBürgermeister Hans Maier\n\n"
        "Für das Land Kärnten\nLandesrätin Mag. Eva Huber\n\n"
        "Für die Stadt Linz\nBürgermeisterin Eva Gruber\n\n"
        "Für die Stadt Graz\nBürgermeister Karl Berger\n\n"
        "Für die Stadt Villach\nBürgermeisterin Anna Wolf\n"
    )
    indonesian = (
        "Deklarasi Kota Hijau\n\n3 Maret 2025\n\nDitandatangani oleh:\n\n"
        "Wali Kota Bogor,\nttd.\nAhmad Fauzi\n\nWali Kota Malang,\nttd.\nSri Lestari\n\n"
        "Bupati Bantul,\nttd.\nDewi Anggraini\n\nWali Kota Kediri,\nttd.\nBudi Santoso\n"
    )
    data = store.load(networks_only_data)
    for page, body, kind in [
        (german, "Land Kärnten", "region"),
        (indonesian, "Kabupaten Bantul", "county"),
    ]:
        rows = planned(data, page, HEADS).signatories.set_index("city")
        assert body in rows.index, list(rows.index)
        assert rows.loc[body, "kind"] == kind
        assert len(rows) == 4 + (page == german), list(rows.index)


LEADERS = gazetteer_of([
    ("Leeds", "GB", "ENG", 450_000, ""), ("York", "GB", "ENG", 150_000, ""),
    ("Norwich", "GB", "ENG", 140_000, ""), ("Galway", "IE", "C", 80_000, ""),
    ("Sligo", "IE", "C", 20_000, ""), ("Ennis", "IE", "M", 25_000, ""),
])  # fmt: skip


def test_a_signer_s_council_named_for_a_county_no_gazetteer_has(
    networks_only_data: Path,
) -> None:
    """'Name, title, X County Council' where X is a county (ISO 3166-2) that no gazetteer
    of towns has, on a German and an Irish page: the council signs, in the list's country,
    as the towns' councils do."""
    german = (
        "Offener Brief an die Regierung\n\n12. März 2024\n\nUnterzeichnet von:\n\n"
        "Cllr Anna Reid, Leader, Leeds City Council\nCllr Tom Hart, Leader, Hertfordshire "
        "County Council\nCllr Jo Lane, Leader, City of York Council\n"
        "Cllr Sam Cole, Leader, Norwich City Council\n"
    )
    irish = (
        "Litir oscailte chuig an Rialtas\n\n12 Márta 2024\n\nSínithe ag:\n\n"
        "Cllr Seán Ó Briain, Cathaoirleach, Galway City Council\nCllr Máire Ní Bhriain, "
        "Cathaoirleach, Offaly County Council\nCllr Pól Mac Aodha, Cathaoirleach, Sligo "
        "County Council\nCllr Nóra Ní Laoi, Cathaoirleach, Ennis Municipal District\n"
    )
    data = store.load(networks_only_data)
    for page, body in [(german, "Hertfordshire"), (irish, "Offaly")]:
        plan = planned(data, page, LEADERS)
        names = list(plan.signatories["city"])
        assert any(body in name for name in names), names
        assert len(set(plan.signatories["country"])) == 1


@pytest.mark.parametrize(
    ("text", "town"),
    [("أمانة محافظة الطائف", "الطائف"), ("Municipalité du Gouvernorat de Sfax", "Sfax")],
)
def test_a_town_s_form_before_a_body_s_words_is_the_town(text: str, town: str) -> None:
    """A town's form before a body's words (the municipality of a governorate named for
    its town, Arabic and French): the town's government, read as the town."""
    entry = read_entry(text, 1)
    assert entry is not None
    assert (entry.city, entry.kind) == (town, "city")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Pemerintah Kabupaten Sleman", "Kabupaten Sleman", "county"),  # Indonesian
        ("Pemerintah Provinsi Jawa Tengah", "Provinsi Jawa Tengah", "province"),
        ("Pemerintah Kota Bandung", "Bandung", "city"),
        ("Ủy ban nhân dân tỉnh Quảng Ninh", "tỉnh Quảng Ninh", "province"),  # Vietnamese
        ("UBND thành phố Huế", "Huế", "city"),
        ("People's Committee of Quang Ninh Province", "Quang Ninh Province", "province"),
        ("People's Committee of Hai Phong", "Hai Phong", "city"),
    ],
)
def test_a_government_s_words_before_a_body_leave_the_body(text: str, name: str, kind: str) -> None:
    """A government's words that name no level of their own (Indonesian 'Pemerintah',
    Vietnamese 'Ủy ban nhân dân', English 'People's Committee of') before a body's words:
    that body, of its kind; before a town's name or form, the town."""
    entry = read_entry(text, 1)
    assert entry is not None
    assert (entry.city, entry.kind) == (name, kind)


COLUMNS = gazetteer_of([
    ("Göttingen", "DE", "06", 120_000, ""), ("Hannover", "DE", "06", 530_000, ""),
    ("Celle", "DE", "06", 70_000, ""), ("Kraków", "PL", "77", 770_000, ""),
    ("Tarnów", "PL", "77", 110_000, ""), ("Nowy Sącz", "PL", "77", 83_000, ""),
])  # fmt: skip


def test_a_body_of_one_country_s_kind_is_there_whatever_its_code_column(
    networks_only_data: Path,
) -> None:
    """A table's column of state codes beside a body of a kind one country alone has
    ('Landkreis Harburg' beside 'NI', Lower Saxony's code and Nicaragua's; 'Powiat
    tatrzański' beside 'MA', Lesser Poland's and Morocco's): the body is in its kind's
    country, on a German and a Polish page."""
    german = (
        "Mitglieder des Netzwerks\n\n12. März 2024\n\nMitglieder:\n\n"
        "Göttingen\tNI\t2019\nHannover\tNI\t2018\nLandkreis Harburg\tNI\t2020\n"
        "Celle\tNI\t2021\n"
    )
    polish = (
        "Członkowie sieci\n\n12 marca 2024\n\nCzłonkowie:\n\n"
        "Kraków\tMA\t2019\nTarnów\tMA\t2018\nPowiat tatrzański\tMA\t2020\n"
        "Nowy Sącz\tMA\t2021\n"
    )
    data = store.load(networks_only_data)
    for page, country in [(german, "Germany"), (polish, "Poland")]:
        plan = planned(data, page, COLUMNS)
        assert list(plan.signatories["country"]) == [country] * 4, plan.signatories


def test_a_body_s_form_in_the_genitive_after_a_title_is_named_in_the_nominative() -> None:
    """'Landrat des Kreises Lippe': the body is the Kreis Lippe, a county, as its register
    names it; 'Landrätin des Landkreises Göttingen' the Landkreis Göttingen."""
    for line, name in [
        ("Karl Bauer, Landrat des Kreises Lippe", "Kreis Lippe"),
        ("Anna Roth, Landrätin des Landkreises Göttingen", "Landkreis Göttingen"),
    ]:
        entry = read_entry(line, 1)
        assert entry is not None
        assert (entry.city, entry.kind) == (name, "county")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("die Südtiroler Gemeinde Mals im Vinschgau", "Mals im Vinschgau"),
        ("Limburgse gemeente Venlo", "Venlo"),
        ("the Flemish City of Ghent", "Ghent"),
        ("die Kärntner Stadt Villach", "Villach"),
    ],
)
def test_a_regions_adjective_before_a_bodys_form_word_is_no_part_of_its_town(
    text: str, city: str
) -> None:
    """A capitalised word before a body's form word ('Südtiroler Gemeinde', 'Limburgse
    gemeente', 'Flemish City of'): the adjective of the region the town is in, no part of
    the town's name, which follows the form."""
    entry = read_entry(text, 1)
    assert entry is not None
    assert entry.city == city


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Metropolregion Rhein-Neckar", "metropolitan area"),  # German
        ("Metropolregion Hamburg", "metropolitan area"),
        ("Union des municipalités du Dannieh", "union of municipalities"),  # French (Lebanon)
        ("Marmara Belediyeler Birliği", "union of municipalities"),  # Turkish
        ("Western Galilee Cluster", "union of municipalities"),  # English (Israel)
        ("Cluster Springs", ""),  # a town's name that starts with the word
    ],
)
def test_unions_clusters_and_metropolitan_regions_in_more_languages(name: str, kind: str) -> None:
    assert body_kind(name) == kind


# Places as GeoNames' cities500 has them, and a homonym in another country.
SCHEMED = gazetteer_of([
    ("Stuttgart", "DE", "01", 630_305, ""), ("Munich", "DE", "02", 1_260_391, "München"),
    ("Hannover", "DE", "06", 535_061, ""), ("Dresden", "DE", "13", 556_227, ""),
    ("Magdeburg", "DE", "14", 238_136, ""), ("Erfurt", "DE", "15", 213_699, ""),
    ("Bologna", "IT", "05", 390_636, ""), ("Modena", "IT", "05", 184_663, ""),
    ("Parma", "IT", "05", 198_292, ""), ("Ravenna", "IT", "05", 156_444, ""),
    ("Forlì", "IT", "05", 117_946, "Forli"), ("Rimini", "IT", "05", 150_576, ""),
    ("Parma", "US", "OH", 79_937, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("page", "places"),
    [
        (  # German, a state's common abbreviation that is Saudi Arabia's code
            "Erklärung der Landeshauptstädte\n\n4. Mai 2024\n\nWir, die unterzeichnenden "
            "Städte, fordern mehr Mittel für den Nahverkehr.\n\nUnterzeichnet von:\n\n"
            "Stuttgart (BW)\nMünchen (BY)\nHannover (NI)\nDresden (SN)\nMagdeburg (SA)\n"
            "Erfurt (TH)\n",
            ["Stuttgart", "München", "Hannover", "Dresden", "Magdeburg", "Erfurt"],
        ),
        (  # Italian, a province's old plate code that is the Faroe Islands'
            "Dichiarazione dei comuni emiliano-romagnoli\n\n4 maggio 2024\n\nNoi, comuni "
            "firmatari, chiediamo più fondi per il trasporto pubblico.\n\nFirmatari:\n\n"
            "Comune di Bologna (BO)\nComune di Modena (MO)\nComune di Parma (PR)\n"
            "Comune di Ravenna (RA)\nComune di Forlì (FO)\nComune di Rimini (RN)\n",
            ["Bologna", "Modena", "Parma", "Ravenna", "Forlì", "Rimini"],
        ),
    ],
)
def test_a_code_that_is_a_country_s_in_a_column_of_one_country_s_regions_codes(
    networks_only_data: Path, page: str, places: list[str]
) -> None:
    """Where most of a list's codes are one country's regions' and a code that is also a
    country's stands beside a place the gazetteer has in that country only, big as it is,
    the code is the list's abbreviation of a region ('SA' Sachsen-Anhalt, 'FO' Forlì's old
    plate), not Saudi Arabia nor the Faroe Islands."""
    plan = planned(store.load(networks_only_data), page, SCHEMED)
    assert list(plan.signatories["city"]) == places
    assert set(plan.signatories["country"]) == {"Germany" if "Stuttgart" in places else "Italy"}


@pytest.mark.parametrize(
    ("text", "oblast"),
    [
        ("голова Львівської області", "Львівська область"),  # Ukrainian
        ("старшыня Мінскай вобласці", "Мінская вобласць"),  # Belarusian
        ("голова Херсонської обласної ради", "Херсонська обласна рада"),  # its council
        ("председатель Тверской областной думы", "Тверская областная дума"),  # Russian
        ("міський голова Львова", ""),  # a town's head: the town
        ("місто Стрий Львівської області", ""),  # a town, in its oblast
        ("губернатор", ""),
    ],
)
def test_an_oblast_named_in_the_genitive_after_its_head_s_title(text: str, oblast: str) -> None:
    assert oblast_named(text) == oblast


COUNTRY_LINES = gazetteer_of([
    ("Montevideo", "UY", "10", 1_270_737, ""), ("Canelones", "UY", "02", 19_631, ""),
    ("Las Piedras", "UY", "02", 71_258, ""), ("Rivera", "UY", "13", 64_465, ""),
    ("Tranqueras", "UY", "13", 7_235, ""), ("Rosario", "AR", "21", 1_173_533, ""),
    ("Mendoza", "AR", "07", 876_884, ""), ("Temuco", "CL", "02", 238_129, ""),
    ("Valdivia", "CL", "14", 133_419, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            "Charter of cities for clean rivers\n\n3 June 2025\n\nThe cities commit to clean "
            "rivers.\n\nSigned by:\n\n",
            "Argentina: Rosario · Mendoza\nChile: Municipalidad de Temuco · Municipalidad de "
            "Valdivia\nUruguay: Intendencia de Rivera · Intendencia de Montevideo\n",
        ),
        (
            "Carta das cidades pelos rios limpos\n\n3 de junho de 2025\n\nAs cidades "
            "comprometem-se com rios limpos.\n\nAssinaram:\n\n",
            "ARGENTINA: Rosario; Mendoza\nCHILE: Municipalidad de Temuco; Municipalidad de "
            "Valdivia\nURUGUAI: Intendência de Rivera; Intendência de Canelones\n",
        ),
    ],
)
def test_a_levelled_body_among_several_places_after_its_country(
    networks_only_data: Path, head: str, lines: str
) -> None:
    """Several signatories a line after their country and a colon, in English and
    Portuguese: a Uruguayan 'Intendencia' (Portuguese 'Intendência') keeps its name there as
    on a line of its own, so that its country reads it: a department's body, or its town
    where the town is nearly all of it (Montevideo), while a Chilean 'Municipalidad' is its
    town."""
    data = store.load(networks_only_data)
    plan = planned(data, head + lines, COUNTRY_LINES)
    found = list(zip(plan.signatories["city"], plan.signatories["kind"], strict=True))
    last = (
        ("Montevideo", "city") if "Montevideo" in lines else ("Intendência de Canelones", "region")
    )
    assert found == [
        ("Rosario", "city"), ("Mendoza", "city"), ("Temuco", "city"), ("Valdivia", "city"),
        ("Intendencia de Rivera" if "Intendencia" in lines else "Intendência de Rivera", "region"),
        last,
    ]  # fmt: skip


ISLAND = gazetteer_of([
    ("Derry", "GB", "NIR", 83_652, "Londonderry"), ("Armagh", "GB", "NIR", 14_777, ""),
    ("Belfast", "GB", "NIR", 274_770, ""), ("Strabane", "GB", "NIR", 13_172, ""),
    ("Derry", "US", "NH", 22_015, ""), ("Cork", "IE", "M", 190_384, ""),
    ("Galway", "IE", "C", 79_934, ""), ("Limerick", "IE", "M", 94_192, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (
            "Erklärung der Städte für sichere Schulwege\n\n4. Mai 2025\n\nDie Städte fordern "
            "sichere Schulwege.\n\nUnterzeichnet von:\n\n",
            "{body} ({who}, Bürgermeisterin)",
        ),
        (
            "Déclaration des villes pour des écoles sûres\n\n4 mai 2025\n\nLes villes demandent "
            "des chemins d'école sûrs.\n\nSignataires :\n\n",
            "{body} : {who}, maire",
        ),
    ],
)
def test_a_council_named_for_its_city_and_the_districts_joined_to_it(
    networks_only_data: Path, head: str, line: str
) -> None:
    """A council named for a city first and the districts joined to it governs them as one
    (Northern Ireland's since 2015, as 'Limerick City and County Council' Limerick's): the
    city's, in its own country (Derry in the UK, not New Hampshire's Derry nor an Irish
    body beside Cork and Galway), on German and French pages."""
    bodies = [
        "Belfast City Council", "Derry City and Strabane District Council",
        "Armagh City, Banbridge & Craigavon Borough Council", "Cork City Council",
        "Galway City Council", "Limerick City and County Council",
    ]  # fmt: skip
    people = ["Ann Kerr", "Una Doyle", "Eve Moore", "Mary Walsh", "Rose Burke", "Jane Ryan"]
    lines = [line.format(body=b, who=w) for b, w in zip(bodies, people, strict=True)]
    plan = planned(store.load(networks_only_data), head + "\n".join(lines) + "\n", ISLAND)
    found = list(zip(plan.signatories["city"], plan.signatories["country"], strict=True))
    assert found == [
        ("Belfast", "United Kingdom"), ("Derry", "United Kingdom"),
        ("Armagh", "United Kingdom"), ("Cork", "Ireland"), ("Galway", "Ireland"),
        ("Limerick", "Ireland"),
    ]  # fmt: skip


PROVINCES = gazetteer_of([
    ("Arnhem", "NL", "03", 141_674, ""), ("Zwolle", "NL", "15", 111_805, ""),
    ("Deventer", "NL", "15", 98_322, ""), ("Firenze", "IT", "16", 349_296, "Florence"),
    ("Perugia", "IT", "18", 166_134, ""), ("Siena", "IT", "16", 52_839, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("page", "bodies"),
    [
        (
            "Green deal on circular building\n\n15 May 2025\n\nAt the congress, three towns and "
            "two provinces signed the deal. Arnhem, Zwolle and Deventer signed for the towns. "
            "On behalf of the provinces, the deputies of Gelderland and Overijssel signed.\n",
            [("Province of Gelderland", "province"), ("Province of Overijssel", "province")],
        ),
        (
            "Patto per l'acqua\n\n15 maggio 2025\n\nAl convegno hanno aderito tre comuni e due "
            "regioni. Hanno firmato Firenze, Perugia e Siena. Per le regioni hanno firmato gli "
            "assessori della Toscana e dell'Umbria.\n",
            [("Regione Toscana", "region"), ("Regione Umbria", "region")],
        ),
        (
            "Green deal on circular building\n\n15 May 2025\n\nMayors from the provinces of "
            "Gelderland and Overijssel signed the deal: Arnhem, Zwolle and Deventer.\n",
            [],
        ),
    ],
)
def test_bodies_a_sentence_names_after_a_plural_of_their_kind(
    networks_only_data: Path, page: str, bodies: list[tuple[str, str]]
) -> None:
    """A sentence of the list that names wider bodies by a plural of their kind and a word
    of signing, then by their areas' names alone (English, Italian): each area's body signs,
    of that kind, besides the towns; areas the signers come from ('from the provinces of')
    sign nothing."""
    plan = planned(store.load(networks_only_data), page, PROVINCES)
    found = list(zip(plan.signatories["city"], plan.signatories["kind"], strict=True))
    towns = [(t, "city") for t in re.findall(r"Arnhem|Zwolle|Deventer|Firenze|Perugia|Siena", page)]
    assert found == [*dict.fromkeys(towns), *bodies]


@pytest.mark.parametrize(
    ("text", "city", "kind"),
    [
        ("Landkreis Erding, Landkreis", "Landkreis Erding", "county"),
        ("Provincia di Cremona, Provincia", "Provincia di Cremona", "province"),
        ("Landkreis Erding", "Landkreis Erding", "county"),
    ],
)
def test_a_body_s_form_after_a_comma_that_its_name_starts_with_is_not_doubled(
    text: str, city: str, kind: str
) -> None:
    """A card's name with its kind after a comma ('Landkreis Erding, Landkreis'), the name
    already led by that form: the body's name as written, its form once."""
    entry = read_entry(text, 1)
    assert entry is not None
    assert (entry.city, entry.kind) == (city, kind)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Piotr Lis – Marszałek Województwa Lubuskiego", "Województwo Lubuskie"),
        ("Marszałek Województwa Świętokrzyskiego", "Województwo Świętokrzyskie"),
        ("Wicemarszałek Województwa Kujawsko-Pomorskiego", "Województwo Kujawsko-Pomorskie"),
    ],
)
def test_a_voivodeship_in_the_genitive_after_its_head_s_title_is_named_in_the_nominative(
    text: str, city: str
) -> None:
    """'Marszałek Województwa Lubuskiego': the voivodeship its marshal heads, a region,
    named as its register names it, not the title before it."""
    entry = read_entry(text, 1)
    assert entry is not None
    assert (entry.city, entry.kind) == (city, "region")


@pytest.mark.parametrize(
    ("line", "body", "kind"),
    [
        ("Für den Kreis Lippe", "Kreis Lippe", "county"),
        (
            "Pel Consell Comarcal del Baix Llobregat",
            "Consell Comarcal del Baix Llobregat",
            "county",
        ),
        ("Pela Área Metropolitana de Lisboa", "Área Metropolitana de Lisboa", "metropolitan area"),
    ],
)
def test_a_body_signed_for_after_an_article_in_its_case_is_the_body(
    line: str, body: str, kind: str
) -> None:
    """Signing for a body, its article in the case its preposition takes (German 'für den',
    accusative) or one word with it (Catalan 'pel', Portuguese 'pela'): the body with its
    whole name and kind."""
    entry = read_entry(line, 1)
    assert entry is not None
    assert (entry.city, entry.kind) == (body, kind)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ing. Jana Malá, hejtmanka Zlínského kraje", "Zlínský kraj"),  # Czech
        ("predseda Trnavského kraja Ján Kováč", "Trnavský kraj"),  # Slovak
        # Slovak's rhythmic law: a short ending after a long syllable ('-ianskeho',
        # '-ávneho'), and the region's second adjective ('samosprávny')
        ("podpredsedníčka Žilinského samosprávneho kraja", "Žilinský samosprávny kraj"),
        ("so zástupcami Nitrianskeho samosprávneho kraja", "Nitriansky samosprávny kraj"),
        ("predseda Banskobystrického kraja", "Banskobystrický kraj"),
        ("Starosta Powiatu Nowotarskiego – Jan Gąsienica", "Powiat Nowotarski"),  # Polish
        ("Marszałek Województwa Lubuskiego", "Województwo Lubuskie"),
        ("Președintele Consiliului Județean Satu Mare", "Consiliul Județean Satu Mare"),  # Romanian
        ("Ana Dinu, vicepreședinte al Consiliului Județean Vâlcea", "Consiliul Județean Vâlcea"),
        # an East Slavic district or its executive committee, named by its adjective:
        # Belarusian 'райвыканкам', Russian 'райисполком', Ukrainian 'районна рада'
        ("К. С. Новік — старшыня Слуцкага райвыканкама", "Слуцкі раён"),
        ("председатель Пинского райисполкома", "Пинский район"),
        ("голова Стрийської районної ради", "Стрийський район"),
        ("глава Мытищинского района", "Мытищинский район"),
        ("старшыня Мазырскага гарвыканкама", ""),  # a city's committee: the city
        ("primátor statutárního města Zlína", ""),  # a town's head: the town
        ("Prezydent Miasta Kalisza", ""),
    ],
)  # fmt: skip
def test_a_region_s_body_named_in_the_genitive_after_its_head_s_title(text: str, body: str) -> None:
    named = body_in_genitive(text)
    assert (named[0] if named else "") == body


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Pemerintah Kabupaten Gianyar", "county"),  # Indonesian: the regency's government
        ("Pemerintah Provinsi Maluku Utara", "province"),
        ("Serikali ya Kaunti ya Kakamega", "county"),  # Swahili: the county's government
        ("UBND tỉnh Lâm Đồng", "province"),  # Vietnamese: the province's people's committee
        ("Gobierno de la Provincia de Salta", "province"),  # Spanish: the province's government
        ("Government of the Region of Tarapacá", "region"),
        ("Pemerintah Kota Kupang", ""),  # a city's government: the city's
        ("Serikali ya Tanzania", ""),  # a country's government: no body of a town's list
    ],
)
def test_a_government_s_words_before_a_body_s_kind_leave_the_kind(name: str, kind: str) -> None:
    """A government's words that name no level of their own before a body's ('Pemerintah',
    'Serikali ya', 'Gobierno de la', 'Government of the'): the body's kind, as without them."""
    assert body_kind(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("MRC de Kamouraska", "county"),  # Québec: a regional county municipality
        ("MRC des Laurentides", "county"),
        ("Skupnost občin Primorske", "union of municipalities"),  # Slovenian: of municipalities
        ("Združenje občin Koroške", "union of municipalities"),
        ("Udruga gradova Slavonije", "union of municipalities"),  # Croatian: of towns
        ("Hrvatska zajednica općina", "union of municipalities"),  # Croatian: of municipalities
        ("Kymenlaakson jätehuolto -kuntayhtymä (KJH)", "union of municipalities"),
        ("Tyne and Wear Combined Authority (TWCA)", "metropolitan area"),
        ("Lyon (FR)", ""),  # a country's code in the bracket: a town
    ],
)
def test_a_body_s_kind_by_its_short_names_and_before_its_abbreviation(name: str, kind: str) -> None:
    """A body named by its kind's abbreviation (Québec's 'MRC de X', a municipalité régionale
    de comté), an association of municipalities or towns by its South Slavic words, and a
    body's name with its abbreviation in a bracket after it: the body's kind."""
    assert body_kind(name) == kind


def test_a_government_s_words_before_two_names_an_and_joins_name_no_body() -> None:
    """A government's words before a body and a town an 'and' of a language the reader
    lacks joins ('Serikali ya Kaunti ya Kilifi na Jiji la Mombasa'): no one body's name."""
    assert body_kind("Serikali ya Kaunti ya Kilifi na Jiji la Mombasa (Kenya)") == ""
    assert body_kind("Serikali ya Kaunti ya Kilifi (Kenya)") == "county"


# A county's name that only a small town abroad bears in the gazetteer (rounded populations).
COUNTY_NAMESAKES = gazetteer_of([
    ("Leeds", "GB", "ENG", 455_000, ""), ("York", "GB", "ENG", 150_000, ""),
    ("Hull", "GB", "ENG", 260_000, ""), ("Sligo", "IE", "C", 20_000, ""),
    ("Mayo", "US", "FL", 1_200, ""), ("Umeå", "SE", "24", 90_000, ""),
    ("Luleå", "SE", "25", 48_000, ""), ("Kiruna", "SE", "25", 17_000, ""),
    ("Bodø", "NO", "18", 52_000, ""), ("Nordland", "US", "WA", 1_000, ""),
])  # fmt: skip


@pytest.mark.parametrize(
    ("page", "county"),
    [
        ("Coastal councils' letter\n\n9 April 2025\n\nWe, the undersigned, ask for a fund.\n\n"
         "Cllr Ann Reed, Leader, Leeds City Council\nCllr Tom Pike, Leader, York Council\n"
         "Cllr Joe Hart, Leader, Hull City Council\nCllr Máire Ní Bhriain, Mayor of Sligo\n"
         "Cllr Pól Ó Sé, Cathaoirleach, Mayo County Council\n", ("Mayo County Council", "IE")),
        ("Nordiskt upprop\n\n9 april 2025\n\nVi, undertecknade, kräver en fond.\n\n"
         "Umeå kommun\nLuleå kommun\nKiruna kommun\nBodø kommune\nNordland fylkeskommune\n",
         ("Nordland fylkeskommune", "NO")),
    ],
)  # fmt: skip
def test_a_county_s_council_is_in_the_list_s_country_with_that_county(
    networks_only_data: Path, page: str, county: tuple[str, str]
) -> None:
    """A county's council ('Mayo County Council', 'Nordland fylkeskommune') whose county is
    one country's (ISO 3166-2), a country the list holds, is that county's, not a small
    town's abroad the gazetteer names so, though most of the list is of another country."""
    plan = planned(store.load(networks_only_data), page, COUNTY_NAMESAKES)
    signed = plan.signatories
    found = dict(zip(signed["city"], signed["country"], strict=True))
    assert find_country(found[county[0]]) == county[1]


@pytest.mark.parametrize(
    ("name", "kind", "place"),
    [
        ("Département du Finistère", "county", "Finistère"),
        ("Département de la Creuse", "county", "Creuse"),
        ("Département Haute-Savoie", "county", "Haute-Savoie"),
        ("Departement Bau und Umwelt", "", "Departement Bau und Umwelt"),  # a ministry's
    ],
)
def test_a_french_departement_by_its_word_is_a_county(name: str, kind: str, place: str) -> None:
    """A French département named by its word before its name: a body of a county's rank
    named for its area, not the town its name's first letters spell; a Swiss canton's
    'Departement' (no accent) is a ministry, no area."""
    assert (body_kind(name), body_place(name)) == (kind, place)

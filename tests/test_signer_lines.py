"""Signers' lines and lists in the shapes held-out batch r showed were misread, each tested on
pages written here in other languages and places than the batch's (issue #20)."""

from __future__ import annotations

import pytest

from geo.countries import country_code
from geo.data import store
from geo.importing.entries import PlaceNames, RawEntry, read_entry, strip_form
from geo.importing.inference import as_written
from geo.importing.inflection import country_in_case
from geo.importing.listreader import _classify, read_member_list
from geo.importing.statements import parse_page
from geo.text import fold
from tests.atlases import planned
from tests.test_listreader import (
    GAZETTEER,
    HEAD,
    _read_with,
    _with_names,
    _with_place,
    _with_places,
    data,
    plan,
    read,
)

__all__ = ["data"]  # the fixture, used by name


def test_a_signer_a_title_of_any_wording_and_the_place_in_the_last_field(
    data: store.AtlasData,
) -> None:
    """'Name, title, place': the title need not be one the reader knows, nor say 'of' the
    place; the place is the last field, the name the first."""
    page = HEAD + (
        "Unterzeichnet von:\n\nJan Weber, Oberbürgermeister von Aachen\n"
        "Klaus Berger, Beigeordneter für Umwelt, Stadt Leipzig\n"
        "Eva Roth, Bürgermeisterin von Graz\nPeter Lang, Referent für Verkehr, Munich\n"
        "Ana Sousa, Vereadora da Habitação, Porto\n"
    )
    assert read(data, page) == [
        ("Aachen", "Germany"), ("Leipzig", "Germany"), ("Graz", "Austria"),
        ("Munich", "Germany"), ("Porto", "Portugal"),
    ]  # fmt: skip


def test_a_place_its_region_and_a_misspelt_country_stay_one_place(
    data: store.AtlasData,
) -> None:
    page = HEAD + "Signed by:\n\nAarhus, Midtjylland, Denmrak\nLisbon, Lisboa, Portgal\n"
    assert [c for c, _ in read(data, page)] == ["Aarhus", "Lisbon"]


def test_a_namesake_on_the_continent_most_of_the_list_is_on(data: store.AtlasData) -> None:
    """No country holds most of the list, but a continent does: a name there whose bigger
    namesake is on another continent is the one there, both ways."""
    places = _with_place(GAZETTEER, "Valencia", "ES", 790_000)
    places = _with_place(places, "Valencia", "VE", 1_480_000)
    page = HEAD + ("Signed by:\n\nAarhus\nLisbon\nUtrecht\nZagreb\nGraz\nValencia\n")
    assert _read_with(data, page, places)[-1] == ("Valencia", "Spain")
    for name, code, population in [
        ("Rosario", "AR", 1_200_000), ("Medellín", "CO", 2_500_000),
        ("Quito", "EC", 1_400_000), ("Cusco", "PE", 430_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    page = HEAD + "Firmantes:\n\nRosario\nMedellín\nQuito\nCusco\nValencia\n"
    assert _read_with(data, page, places)[-1] == ("Valencia", "Venezuela")


def test_a_link_to_a_file_is_page_furniture_in_any_language(data: store.AtlasData) -> None:
    for link in ["Ladda ner deklarationen (PDF, 1,2 MB)", "Stáhnout prohlášení [DOCX]"]:
        page = HEAD + (
            f"Signed by:\n\nAarhus, Denmark\nBilbao, Spain\n\n{link}\n\n"
            "Lisbon, Portugal\nUtrecht, Netherlands\n"
        )
        result = plan(data, page)
        assert list(result.signatories["city"]) == ["Aarhus", "Bilbao", "Lisbon", "Utrecht"]
        reasons = dict(zip(result.skipped["text"], result.skipped["reason"], strict=True))
        assert reasons[link] == "page furniture"  # not an unknown place to give a country


def test_a_table_s_header_and_filter_rows_above_its_figures_are_no_entries(
    data: store.AtlasData,
) -> None:
    """Rows of a tab table above its first row with a figure, where most rows have one,
    are its header and filters, whatever their words (here 'Sort', a town in Catalonia)."""
    places = _with_place(GAZETTEER, "Sort", "ES", 2_000)
    rows = "".join(
        f"Gemeente {city}\t{province}\t{population}\t20{k}1\n"
        for k, (city, province, population) in enumerate(
            [("Utrecht", "Utrecht", "361.000"), ("Aarhus", "Midtjylland", "285.000"),
             ("Porto", "Norte", "232.000"), ("Graz", "Steiermark", "291.000")]
        )
    )  # fmt: skip
    page = HEAD + "Leden\n\nSort\tFilter\tReset\n\nGemeente\tRegio\tInwoners\tLid sinds\n" + rows
    assert [c for c, _ in _read_with(data, page, places)] == ["Utrecht", "Aarhus", "Porto", "Graz"]


def test_a_form_s_longer_place_beats_the_form_and_a_shorter_name(data: store.AtlasData) -> None:
    """'Gemeente Alphen aan den Rijn' where the gazetteer knows 'Gemeente Alphen' as another
    name: the longer place after the form is the place."""
    places = _with_place(GAZETTEER, "Alphen aan den Rijn", "NL", 112_000)
    frame = places.frame
    frame.loc[frame.index[-1], "alternatenames"] = "Gemeente Alphen"
    rows = "".join(
        f"{name}\tZuid-Holland\t{k}1.000\t20{k}0\n"
        for k, name in enumerate(
            ["Gemeente Utrecht", "Gemeente Alphen aan den Rijn", "Gemeente Porto", "Stad Graz"]
        )
    )
    found = _read_with(data, page := HEAD + "Leden\n\n" + rows, type(places)(frame))
    assert [c for c, _ in found] == ["Utrecht", "Alphen aan den Rijn", "Porto", "Graz"], page


def test_a_region_and_country_in_one_bracket_after_the_place(data: store.AtlasData) -> None:
    page = HEAD + (
        "Firmado por:\n\nAyuntamiento de Bilbao (País Vasco, España)\n"
        "Câmara Municipal do Porto (Norte, Portugal)\nStadt Graz (Steiermark, Österreich)\n"
    )
    assert read(data, page) == [("Bilbao", "España"), ("Porto", "Portugal"), ("Graz", "Österreich")]


def test_the_first_lines_of_blocks_that_share_a_word_no_other_line_has_are_headings(
    data: store.AtlasData,
) -> None:
    """Group headings of any wording ('Provincia di X', 'Landkreis X') over blocks of entries
    of another shape are no entries."""
    page = HEAD + (
        "Hanno aderito:\n\nProvincia di Torino\nComune di Turin\nComune di Grenoble\n\n"
        "Provincia di Lisbona\nComune di Lisbon\nComune di Porto\n"
    )
    assert [c for c, _ in read(data, page)] == ["Turin", "Grenoble", "Lisbon", "Porto"]
    page = HEAD + ("Mitglieder:\n\nAachen Region\nAachen\nLeipzig\n\nMunich Region\nMunich\nGraz\n")
    assert [c for c, _ in read(data, page)] == ["Aachen", "Leipzig", "Munich", "Graz"]
    page = HEAD + (  # the first heading names no known place, at the list's edge
        "Nye medlemmer:\n\nVestland fylke\nAarhus kommune\nUtrecht kommune\n\n"
        "Innlandet fylke\nLisbon kommune\nPorto kommune\n\nNordland fylke\nGraz kommune\n"
        "Dublin kommune\n"
    )
    result = plan(data, page)
    assert list(result.signatories["city"]) == [
        "Aarhus", "Utrecht", "Lisbon", "Porto", "Graz", "Dublin",
    ]  # fmt: skip
    reasons = dict(zip(result.skipped["text"], result.skipped["reason"], strict=True))
    assert [reasons[f"{h} fylke"] for h in ["Vestland", "Innlandet", "Nordland"]] == [
        "a heading"
    ] * 3  # not unknown places to give a country


def test_a_body_s_name_in_the_genitive_with_its_form_after_is_the_place(
    data: store.AtlasData,
) -> None:
    """'Linköpings kommun', 'Turun kaupunki': the one capitalised word inflects a place in
    the country the line gives; the form after it in lower case is no part of the name."""
    places = _with_place(GAZETTEER, "Linköping", "SE", 160_000)
    places = _with_place(places, "Turku", "FI", 195_000)
    page = HEAD + (
        "New signatories:\n\nLinköpings kommun, Sweden\nTurun kaupunki, Finland\n"
        "Stadt Aachen, Germany\nComune di Turin, Italy\n"
    )
    assert [c for c, _ in _read_with(data, page, places)] == [
        "Linköping", "Turku", "Aachen", "Turin",
    ]  # fmt: skip


def test_a_table_of_municipalities_with_their_form_beside_a_region_named_as_a_city(
    data: store.AtlasData,
) -> None:
    """'Obec Terchová' beside 'Žilina', 'Općina Konavle' beside 'Dubrovnik': the form words
    of Slovak, Czech, Croatian, Serbian and Romanian municipalities mark the list's column."""
    places = GAZETTEER
    for name, code, population in [
        ("Terchová", "SK", 4_000), ("Žilina", "SK", 80_000), ("Čičmany", "SK", 200),
        ("Prešov", "SK", 85_000), ("Vysoké Tatry", "SK", 4_000), ("Konavle", "HR", 8_000),
        ("Dubrovnik", "HR", 41_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    rows = [
        ("Obec Terchová", "Žilina"), ("Obec Čičmany", "Žilina"), ("Mesto Vysoké Tatry", "Prešov"),
        ("Općina Konavle", "Dubrovnik"),
    ]  # fmt: skip
    page = (
        HEAD
        + "Č.\tSamospráva\tKraj\tDátum\n"
        + "".join(
            f"{k}\t{name}\t{region}\t0{k}.02.2024\n"
            for k, (name, region) in enumerate(rows, start=1)
        )
    )
    assert [c for c, _ in _read_with(data, page, places)] == [
        "Terchová", "Čičmany", "Vysoké Tatry", "Konavle",
    ]  # fmt: skip


def test_a_lead_in_inside_a_sentence_s_list_before_its_next_run(data: store.AtlasData) -> None:
    """'..., und von den bayerischen Großstädten Munich, Aachen und Leipzig': a part of the
    list that starts in lower case and ends in a place, after which the list goes on."""
    page = HEAD + (
        "Die Erklärung unterzeichneten die Partnerstädte Graz, Porto und Turin, und die "
        "deutschen Großstädte Munich, Aachen und Leipzig.\n"
    )
    assert [c for c, _ in read(data, page)] == [
        "Graz", "Porto", "Turin", "Munich", "Aachen", "Leipzig",
    ]  # fmt: skip
    page = HEAD + (
        "Firmaron la declaración Bilbao, Lisbon y Porto, y las capitales europeas "
        "Zagreb, Brussels y Dublin.\n"
    )
    assert [c for c, _ in read(data, page)] == [
        "Bilbao", "Lisbon", "Porto", "Zagreb", "Brussels", "Dublin",
    ]  # fmt: skip


def test_a_genitive_whose_accent_moves_to_its_ending_reads_its_place(
    data: store.AtlasData,
) -> None:
    """'Κορυδαλλού' is Κορυδαλλός: the ending 'ού' is 'ου' with its accent, as 'Βόλου' is
    Βόλος."""
    places = GAZETTEER
    for name, code, population in [
        ("Κορυδαλλός", "GR", 63_000), ("Βόλος", "GR", 144_000), ("Πάφος", "CY", 35_000),
        ("Χαλκίδα", "GR", 60_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    page = HEAD + (
        "Υπογράφουν:\n\nΔήμος Βόλου\nΔήμος Κορυδαλλού\nΔήμος Πάφου (Κύπρος)\nΔήμος Χαλκιδέων\n"
    )
    found = [c for c, _ in _read_with(data, page, places)]
    assert [fold(c) for c in found] == [
        fold(c) for c in ["Βόλος", "Κορυδαλλός", "Πάφος", "Χαλκίδα"]
    ]


def test_a_headline_that_reads_as_a_menu_item_is_the_title_where_the_breadcrumb_ends_in_it() -> (
    None
):
    page = (
        "Zum Inhalt springen\nStädte für saubere Luft\nMenü\nAktuelles\n\nUnsere Mitglieder\n\n"
        "Veröffentlicht am 18.11.2024\n\nStartseite › Über uns › Unsere Mitglieder\n\n"
        "Zu den Mitgliedern gehören Aachen (Deutschland); Graz (Österreich); Leipzig "
        "(Deutschland); Munich (Deutschland).\n"
    )
    assert parse_page(page).title == "Unsere Mitglieder"


def test_a_signer_a_title_a_place_and_its_country(data: store.AtlasData) -> None:
    """'Name, title, place, country': the place is the field before the country, known or
    not, where a field between names a title."""
    page = HEAD + (
        "Firmatari:\n\nGiulia Bianchi, Vicesindaca con delega all'Ambiente, Turin, Italia\n"
        "Pierre Martin, Adjoint au maire chargé du climat, Grenoble, France\n"
        "Jan Weber, Stadtrat für Umwelt, Leipzig, Deutschland\n"
        "Ana Costa, Vereadora do Ambiente, Braga, Portugal\n"
    )
    assert [c for c, _ in read(data, page)] == ["Turin", "Grenoble", "Leipzig", "Braga"]


def test_polish_forms_without_of_before_the_name_in_a_signer_s_last_field(
    data: store.AtlasData,
) -> None:
    places = _with_place(GAZETTEER, "Wieliczka", "PL", 23_000)
    places = _with_place(places, "Kościerzyna", "PL", 23_000)
    page = HEAD + (
        "Deklarację podpisali:\n\nPiotr Zieliński, Burmistrz, Gmina Wieliczka\n"
        "Marek Lis, Wójt, Gmina Kościerzyna\nEwa Mazur, Pełnomocniczka, Miasto Graz\n"
    )
    assert [c for c, _ in _read_with(data, page, places)] == ["Wieliczka", "Kościerzyna", "Graz"]
    assert [strip_form(n) for n in ["Gmina Wieliczka", "Miasto Gdańsk", "Comuna Bran"]] == [
        "Wieliczka", "Gdańsk", "Bran",
    ]  # fmt: skip


def test_a_short_place_s_genitive_before_its_body_s_form_is_the_place(
    data: store.AtlasData,
) -> None:
    """'Apes novads' is Ape's municipality, 'Eds kommun' Ed's: a place of two or three
    letters, too short to read from any capitalised word, is read from a body's name, its
    form after it in lower case and the list's country saying what the word is."""
    places = GAZETTEER
    for name, code, population in [
        ("Ape", "LV", 800), ("Cēsis", "LV", 15_000), ("Valmiera", "LV", 23_000),
        ("Ed", "SE", 3_000), ("Linköping", "SE", 160_000), ("Umeå", "SE", 90_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    latvian = ["Cēsu novads", "Apes novads", "Valmieras novads"]
    page = HEAD + "Parakstītāji:\n\n" + "".join(f"{line}, Latvija\n" for line in latvian)
    assert [c for c, _ in _read_with(data, page, places)] == ["Cēsis", "Ape", "Valmiera"]
    swedish = ["Linköpings kommun", "Eds kommun", "Umeå kommun"]
    page = HEAD + "Undertecknare:\n\n" + "".join(f"{line}, Sverige\n" for line in swedish)
    assert [c for c, _ in _read_with(data, page, places)] == ["Linköping", "Ed", "Umeå"]


def test_a_small_town_named_as_a_bigger_one_with_more_than_a_case_s_ending_keeps_its_name(
    data: store.AtlasData,
) -> None:
    """'Kolínec' is a village of its own, not Kolín in a case form ('-ec' is no case
    ending), 'Lillers' a town, not Lille: a name that is a place's own name and a bigger
    place's name with letters no case adds stays, however small; 'Kolína' is Kolín."""
    places = GAZETTEER
    for name, code, population in [
        ("Kolín", "CZ", 31_000), ("Kolínec", "CZ", 900), ("Olomouc", "CZ", 100_000),
        ("Ostrava", "CZ", 280_000), ("Lille", "FR", 230_000), ("Lillers", "FR", 9_800),
        ("Lens", "FR", 31_000), ("Arras", "FR", 41_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    page = HEAD + "Signatáři:\n\nOlomouc\nKolínec\nOstrava\n"
    assert [c for c, _ in _read_with(data, page, places)] == ["Olomouc", "Kolínec", "Ostrava"]
    page = HEAD + "Signatáři:\n\nOlomouc\nKolína\nOstrava\n"
    assert [c for c, _ in _read_with(data, page, places)] == ["Olomouc", "Kolín", "Ostrava"]
    page = HEAD + "Signataires :\n\nLens\nLillers\nArras\n"
    assert [c for c, _ in _read_with(data, page, places)] == ["Lens", "Lillers", "Arras"]


def test_a_namesake_near_as_big_in_the_country_more_of_the_list_may_be_in(
    data: store.AtlasData,
) -> None:
    """No country holds most of a list of two continents: 'Valencia' after Madrid and
    Bilbao is Spain's (800,000), not Venezuela's (1,300,000), where no other entry may be
    in Venezuela, though more of the list is in South America; the bigger namesake wins
    where the list supports neither."""
    page = HEAD + "Signed by:\n\nQuito\nRosario\nMendoza\nSalta\nMadrid\nBilbao\nValencia\n"
    assert read(data, page)[-1] == ("Valencia", "Spain")
    page = HEAD + (
        "Die Erklärung unterzeichneten die Bürgermeister von Quito, Rosario, Mendoza, Salta, "
        "Madrid, Bilbao und Valencia.\n"
    )
    assert read(data, page)[-1] == ("Valencia", "Spain")
    page = HEAD + "Signed by:\n\nQuito\nRosario\nKisumu\nNakuru\nValencia\n"
    assert read(data, page)[-1] == ("Valencia", "Venezuela")


def test_a_county_named_as_its_languages_counties_are_is_a_body_with_its_kind(
    data: store.AtlasData,
) -> None:
    """'Istarska županija', 'Pest vármegye': a county in the words of its own language (no
    gazetteer's place) closing a list of towns is a signatory of the kind 'county', in the
    country that alone has such counties."""
    places = GAZETTEER
    for name, code, population in [
        ("Rijeka", "HR", 128_000), ("Pula", "HR", 57_000), ("Split", "HR", 160_000),
        ("Szeged", "HU", 160_000), ("Pécs", "HU", 140_000), ("Győr", "HU", 130_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    for lines, county, country in [
        (["Grad Rijeka", "Grad Pula", "Grad Split"], "Istarska županija", "Croatia"),
        (["Szeged", "Pécs", "Győr"], "Pest vármegye", "Hungary"),
    ]:
        numbered = "".join(f"{k}. {line}\n" for k, line in enumerate([*lines, county], 1))
        page = HEAD + "Signatories:\n\n" + numbered
        found = planned(data, page, places).signatories
        assert found[["city", "country", "kind"]].values.tolist()[-1] == [
            county, country, "county",
        ]  # fmt: skip


def test_a_signer_s_name_title_and_place_in_any_order_and_parting(
    data: store.AtlasData,
) -> None:
    """A signer's line names the person, the title and the place in any order, parted by
    commas, dashes or a bracket: the place is the one field that is a known place."""
    page = HEAD + (
        "Unterzeichnet von:\n\n"
        "Bürgermeister von Aachen – Jan Weber\n"
        "Oberbürgermeisterin Eva Roth, Leipzig\n"
        "Dr. Klaus Berger, Oberbürgermeister, Munich\n"
        "Sofia Marques (Presidente, Porto)\n"
        "Bürgermeisterin Anna Keller (Graz)\n"
        "Alcalde de Bilbao — Iñaki Etxeberria\n"
        "Stellvertretende Bürgermeisterin für Verkehr, Utrecht – Sanne Mulder\n"
        "Gemeente Rotterdam (Nederland) – Sanne de Wit, wethouder van Onderwijs\n"
    )
    assert read(data, page) == [
        ("Aachen", "Germany"), ("Leipzig", "Germany"), ("Munich", "Germany"),
        ("Porto", "Portugal"), ("Graz", "Austria"), ("Bilbao", "Spain"),
        ("Utrecht", "Netherlands"), ("Rotterdam", "Nederland"),
    ]  # fmt: skip


def test_a_signer_s_academic_degrees_are_part_of_the_name_never_a_place(
    data: store.AtlasData,
) -> None:
    """Degrees before or after a signer's name ('Ing.', 'Mgr.', 'Dr.', 'Prof.', ', Ph.D.,',
    ', MBA,') are no places, though GeoNames gives airports' codes as names ('PhD', 'MBA'),
    and a field of degrees after a comma is the name's, not a field of its own: the place
    stands in the same field in every line, with or without them."""
    places = _with_names(GAZETTEER, "New Philadelphia", "US", 17_000, "PhD|MBA|MSc|Mgr")
    german = HEAD + (
        "Unterzeichnet von:\n\n"
        "Dr. Anna Keller, MBA, Oberbürgermeisterin der Stadt Aachen\n"
        "Jan Weber, Oberbürgermeister der Stadt Leipzig\n"
        "Prof. Eva Roth, PhD, Bürgermeisterin der Stadt Graz\n"
        "Mag. Peter Lang, MSc, Oberbürgermeister der Stadt München\n"
    )
    assert [c for c, _ in _read_with(data, german, places)] == [
        "Aachen", "Leipzig", "Graz", "München",
    ]  # fmt: skip
    czech = HEAD + (
        "Prohlášení podepsali:\n\n"
        "Ing. Jana Nováková, Ph.D., primátorka statutárního města Olomouc\n"
        "Mgr. Petr Svoboda, primátor statutárního města Ostravy\n"
        "JUDr. Eva Dvořáková, MBA, primátorka statutárního města Tábora\n"
        "Bc. Karel Novotný, PhD, primátor statutárního města Brna\n"
    )
    assert [c for c, _ in _read_with(data, czech, places)] == [
        "Olomouc", "Ostrava", "Tábor", "Brno",
    ]  # fmt: skip


def test_a_capital_s_title_names_its_country_in_the_genitive_before_the_place(
    data: store.AtlasData,
) -> None:
    """'primátor hlavního města České republiky Prahy' (the mayor of the capital of the
    Czech Republic, Prague): the country's name in the role's case stands between the role
    and the place; it is the entry's country, not part of the place's name."""
    places = _with_place(GAZETTEER, "Praha", "CZ", 1_300_000)
    page = HEAD + (
        "Prohlášení podepsali:\n\n"
        "Jan Novák, primátor hlavního města České republiky Prahy\n"
        "Petr Svoboda, primátor statutárního města Ostravy\n"
        "Eva Dvořáková, primátorka statutárního města Olomouce\n"
    )
    assert _read_with(data, page, places) == [
        ("Praha", "Czechia"), ("Ostrava", "Czechia"), ("Olomouc", "Czechia"),
    ]  # fmt: skip
    assert [country_in_case(n) for n in ("Republike Srbije", "Republike Hrvatske")] == ["RS", "HR"]
    assert country_in_case("Zielonej Góry") is None  # a place's, no country's
    assert country_in_case("Petr") is None  # one word: a name's forms read Peru


def test_a_table_copied_one_cell_a_line_is_read_by_its_rows(data: store.AtlasData) -> None:
    """A web table copied one cell a line (its head, then each row's cells: the city, a
    state's code that is a country's too, the signer, the date): read a row at a time, so
    that neither the code nor the signer's name is an entry."""
    german = (
        "Unterzeichnende Städte:\n\nStadt\nLand\nOberbürgermeister(in)\nUnterzeichnet\n"
        "Aachen\nNW\nSibylle Keupen\n12.03.2024\nLeipzig\nSN\nBurkhard Jung\n12.03.2024\n"
        "Munich\nBY\nDieter Reiter\n13.03.2024\n\nTeilen\n"
    )
    assert read(data, HEAD + german) == [
        ("Aachen", "Germany"), ("Leipzig", "Germany"), ("Munich", "Germany"),
    ]  # fmt: skip
    italian = (
        "Comuni firmatari:\n\nComune\nProv.\nSindaco\nData\nBologna\nBO\nMatteo Lepore\n"
        "12/03/2024\nMilano\nMI\nGiuseppe Sala\n12/03/2024\nPalermo\nPA\nRoberto Lagalla\n"
        "14/03/2024\nNapoli\nNA\nGaetano Manfredi\n15/03/2024\n\nCondividi\n"
    )
    assert [c for _, c in read(data, HEAD + italian)] == ["Italy"] * 4


def test_a_table_copied_one_cell_a_line_with_no_dates_is_read_by_its_rows(
    data: store.AtlasData,
) -> None:
    """A table copied one cell a line whose columns hold no figure (the place, its region,
    the signer): the signers' column, each cell a person's honorific and name ('D.ª Ana
    ...', 'Dott.ssa Lucia ...'), parts its rows; neither the region nor a surname that is
    a place ('Madrid', 'Porto') is an entry."""
    portuguese = (
        "Assinaram a carta:\n\nMunicípio\nRegião\nPresidente\n"
        "Lisboa\nLisboa\nD. Carla Valencia Santos\nPorto\nPorto\nDr. Rui Madrid Costa\n"
        "Graz\nSteiermark\nD.ª Ana Bilbao Lopes\nUtrecht\nUtrecht\nSr. João Aachen\n\n"
        "Partilhar\n"
    )
    assert [c for c, _ in read(data, HEAD + portuguese)] == ["Lisboa", "Porto", "Graz", "Utrecht"]
    italian = (
        "Comuni firmatari:\n\nComune\nProvincia\nSindaco\n"
        "Bologna\nBologna\nDott. Matteo Madrid\nMilano\nMilano\nSig.ra Anna Valencia\n"
        "Palermo\nPalermo\nDott.ssa Lucia Porto\nNapoli\nNapoli\nSig. Gaetano Graz\n\n"
        "Condividi\n"
    )
    assert [c for c, _ in read(data, HEAD + italian)] == ["Bologna", "Milano", "Palermo", "Napoli"]


def test_signers_with_a_party_s_letters_and_their_body_in_any_order(
    data: store.AtlasData,
) -> None:
    """Signers' lines with the party's letters in a bracket after the name ('(SPD)',
    '(PS)'), the body named with its form before or after the title, with a colon, or with
    no title at all: the party is no country nor place, the body's place is the entry."""
    german = HEAD + (
        "Mit freundlichen Grüßen\n\n"
        "Jan Weber (SPD), Oberbürgermeister, Stadt Aachen\n"
        "Eva Roth (CDU), Oberbürgermeisterin der Stadt Leipzig\n"
        "Klaus Berger (FW), Landeshauptstadt München\n"
        "Stadt Graz: Bürgermeisterin Anna Keller (KPÖ)\n"
    )
    assert [c for c, _ in read(data, german)] == ["Aachen", "Leipzig", "München", "Graz"]
    portuguese = HEAD + (
        "Subscrevem:\n\n"
        "Rui Costa (PS), Câmara Municipal de Lisboa\n"
        "Câmara Municipal do Porto: presidente Ana Sousa (PSD)\n"
        "Vereadora Marta Reis (BE), Bilbao\n"
    )
    assert read(data, portuguese) == [
        ("Lisboa", "Portugal"), ("Porto", "Portugal"), ("Bilbao", "Spain"),
    ]  # fmt: skip


def test_a_signer_s_title_holding_the_body_it_speaks_for(data: store.AtlasData) -> None:
    """A title that names its body inside it ('Deputy Mayor for ... of the City of Leipzig')
    is no sentence that ends the list: the city the form names is the entry. A title that
    heads a body other than a city ('Chair for the Communauté de communes du Pays de Gex')
    names that body, with its kind."""
    page = HEAD + (
        "Firmantes:\n\n"
        "• Ane Etxeberria, alcaldesa de Bilbao\n"
        "• Anna Berg, Deputy Mayor for the Environment of the City of Leipzig\n"
        "• Luis Gil, alcalde de Madrid\n"
        "• Eva Roth, alcaldesa de Valencia\n"
    )
    assert [c for c, _ in read(data, page)] == ["Bilbao", "Leipzig", "Madrid", "Valencia"]
    line = "• Anne Roux, Chair for the Communauté de communes du Pays de Gex"
    kind, entry = _classify(line, 1, PlaceNames(lambda name: False))
    assert entry is not None
    assert (kind, entry.city, entry.kind) == (
        "entry",
        "Communauté de communes du Pays de Gex",
        "union of municipalities",
    )


def test_a_signer_s_title_the_reader_does_not_know_in_a_field_of_its_own(
    data: store.AtlasData,
) -> None:
    """A title the reader has no word for, in lower case in a field of its own between the
    signer's name and the place ('edil', 'prima cittadina', 'autarca'): the place is the
    field that is one, and the list's lines stay one list with 'alcalde de Madrid'."""
    page = HEAD + (
        "Firmantes:\n\n"
        "Ane Etxeberria – edil, Bilbao\n"
        "Maria Rossi – prima cittadina, Bologna\n"
        "Rui Costa – autarca, Porto\n"
        "Luis Gil, alcalde de Madrid\n"
    )
    assert [c for c, _ in read(data, page)] == ["Bilbao", "Bologna", "Porto", "Madrid"]


def test_a_place_with_its_state_s_code_after_a_slash_before_its_signer(
    data: store.AtlasData,
) -> None:
    """'Portland/ME – Name, Mayor': the place's field carries its state's code after a
    slash, as Brazilian pages write 'Cidade/UF'; read as 'Portland (ME)' is, the code
    choosing the namesake, never kept in the name."""
    english = HEAD + (
        "Mayors present:\n\n"
        "• Portland/ME – Kate Snow, Mayor\n"
        "• Springfield/IL – Tom Reed, Mayor\n"
        "• Chapel Hill/NC – Jess Park, Deputy Mayor\n"
    )
    spanish = (
        english.replace("Mayors present", "Alcaldes presentes")
        .replace("Deputy Mayor", "teniente de alcalde")
        .replace("Mayor", "alcalde")
    )
    for page in (english, spanish):
        assert read(data, page) == [
            ("Portland", "United States"), ("Springfield", "United States"),
            ("Chapel Hill", "United States"),
        ]  # fmt: skip


def test_a_body_s_name_of_words_the_reader_does_not_know_then_of_and_its_place(
    data: store.AtlasData,
) -> None:
    """'Unified City-County Government of Springfield', 'Amministrazione Comunale Autonoma di
    Palermo':
    a body's name of capitalised words, then 'of' and its place, names that place though
    the reader knows none of its words, as it does 'City of Portland'; it is no prose
    that cuts the list in two."""
    english = HEAD + (
        "Signed:\n\nCity of Dublin\nUnified City-County Government of Springfield\n"
        "City of Portland\n"
        "City of Toronto\nCity of Lisbon\nCity of Utrecht\nCity of Zagreb\n"
    )
    assert [c for c, _ in read(data, english)] == [
        "Dublin", "Springfield", "Portland", "Toronto", "Lisbon", "Utrecht", "Zagreb",
    ]  # fmt: skip
    italian = HEAD + (
        "Firmatari:\n\nComune di Bologna\nAmministrazione Comunale Autonoma di Palermo\n"
        "Comune di Milano\nComune di Napoli\nComune di Torino\nCittà di Porto\n"
        "Città di Grenoble\n"
    )
    assert [c for c, _ in read(data, italian)] == [
        "Bologna", "Palermo", "Milano", "Napoli", "Torino", "Porto", "Grenoble",
    ]  # fmt: skip
    known = PlaceNames(lambda name: fold(name) in {"springfield", "palermo", "la paz"})
    for line, place in (
        ("Unified City-County Government of Springfield", "Springfield"),
        ("Amministrazione Comunale Autonoma di Palermo", "Palermo"),
        ("Gobierno Autónomo Municipal de La Paz", "La Paz"),
    ):
        kind, entry = _classify(line, 1, known)
        assert (kind, entry and entry.city) == ("entry", place)
    assert _classify("Signed by the Unified Government of Springfield.", 1, known)[0] == "prose"


def test_a_list_under_country_headings_is_not_cut_at_a_body_only_the_gazetteer_reads(
    data: store.AtlasData,
) -> None:
    """Countries' headings give every entry its country, so the list is first read without
    the gazetteer; a body whose words the reader has no form for ('Gobierno Autónomo
    Municipal de Mendoza', 'Unified Government of Portland') then reads as no entry and
    cuts the list above the next heading. A short line right above is a reason to read it
    again with the gazetteer, not to lose the first country's entries."""
    spanish = HEAD + (
        "Firman:\n\nARGENTINA\nMunicipalidad de Rosario\nGobierno Autónomo Municipal de "
        "Mendoza\nESPAÑA\nAyuntamiento de Madrid\nAyuntamiento de Bilbao\nAyuntamiento de "
        "Valencia\nPORTUGAL\nCâmara Municipal de Lisboa\nCâmara Municipal do Porto\n"
    )
    assert [c for c, _ in read(data, spanish)] == [
        "Rosario", "Mendoza", "Madrid", "Bilbao", "Valencia", "Lisboa", "Porto",
    ]  # fmt: skip
    english = HEAD + (
        "Signed:\n\nUNITED STATES\nCity of Chapel Hill\nUnified Government of Portland\n"
        "CANADA\nCity of Toronto\nCity of Mississauga\nIRELAND\nCity of Dublin\n"
    )
    assert [c for c, _ in read(data, english)] == [
        "Chapel Hill", "Portland", "Toronto", "Mississauga", "Dublin",
    ]  # fmt: skip


def _southeast_asian() -> object:
    gazetteer = GAZETTEER
    for name, code, population in [
        ("Kuala Lumpur", "MY", 1_800_000), ("Ipoh", "MY", 700_000), ("Kuching", "MY", 570_000),
        ("Melaka", "MY", 500_000), ("Bandar Seri Begawan", "BN", 100_000),
        ("Bandung", "ID", 2_400_000), ("Surabaya", "ID", 2_900_000), ("Cebu", "PH", 960_000),
        ("Awang", "ID", 20_000), ("Haji", "PK", 5_000), ("Sri", "LK", 3_000),
    ]:  # fmt: skip
        gazetteer = _with_place(gazetteer, name, code, population)
    return gazetteer


def test_southeast_asian_honorifics_degrees_and_titles_mark_a_person(
    data: store.AtlasData,
) -> None:
    """Honorifics of Southeast Asia ('Dato' Sri', 'Tan Sri', 'Haji', 'Hj.', 'Awang', 'H.E.',
    'Ir.', 'Drs.') and Indonesian degrees ('M.T.', 'M.Si.', 'S.E.') mark a person, whose
    place is the bracket's; a Malay or Indonesian title names its place right after it with
    no 'of' ('Datuk Bandar Melaka', 'Wali Kota Bandung'), the person after a comma."""
    gazetteer = _southeast_asian()
    page = HEAD + (
        "Ditandatangani oleh:\n\nDato' Sri Ahmad Zaki (Kuala Lumpur)\n"
        "Tan Sri Mahadi Musa (Ipoh)\nHaji Rosli Awang (Kuching)\n"
        "Datuk Bandar Melaka, Hj. Omar Ali (Malaysia)\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "Kuala Lumpur", "Ipoh", "Kuching", "Melaka"
    ]  # fmt: skip
    page = HEAD + (
        "Signed by:\n\nH.E. Awang Haji Rosli (Bandar Seri Begawan)\n"
        "Ir. Agus Salim, M.T. (Bandung)\nDrs. Budi Hartono, M.Si., S.E. (Surabaya)\n"
        "Wali Kota Cebu, Maria Cruz (Philippines)\n"
    )
    assert [c for c, _ in _read_with(data, page, gazetteer)] == [
        "Bandar Seri Begawan", "Bandung", "Surabaya", "Cebu"
    ]  # fmt: skip


def test_a_genitive_before_a_form_that_takes_one_is_read_as_its_place_first(
    data: store.AtlasData,
) -> None:
    """Swedish 'Göteborgs Stad', 'Lunds kommun' and Finnish 'Turun kaupunki', 'Lahden
    kaupunki' name their town in the genitive before a form that takes it (capitalised or
    not): the word is the town's case form, though some small place elsewhere has it as a
    name ('Turun', 'Lahden', 'Lunds' here)."""
    places = GAZETTEER
    for name, code, population in [
        ("Turku", "FI", 195_000), ("Turun", "MN", 0), ("Lahti", "FI", 120_000),
        ("Lahden", "DE", 4_000), ("Göteborg", "SE", 600_000), ("Lund", "SE", 90_000),
        ("Lunds", "US", 300), ("Linköping", "SE", 160_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    page = HEAD + (
        "Signed by:\n\nMika Salo, Mayor, Turun kaupunki\nAnna Virtanen, Mayor, Lahden kaupunki\n"
        "Erik Berg, Chair of the Executive Board, Göteborgs Stad\n"
        "Lena Ek, Chair of the Executive Board, Linköpings kommun\n"
    )
    assert _read_with(data, page, places) == [
        ("Turku", "Finland"), ("Lahti", "Finland"), ("Göteborg", "Sweden"),
        ("Linköping", "Sweden"),
    ]  # fmt: skip
    page = HEAD + (
        "Undertecknat av:\n\nKarin Ek, kommunstyrelsens ordförande, Göteborgs Stad\n"
        "Ola Berg, kommunstyrelsens ordförande, Lunds kommun\n"
        "Pekka Laine, kaupunginjohtaja, Turun kaupunki\n"
    )
    assert [c for c, _ in _read_with(data, page, places)] == ["Göteborg", "Lund", "Turku"]


def test_a_table_copied_one_cell_a_line_with_a_long_signer_cell_is_read_by_its_rows(
    data: store.AtlasData,
) -> None:
    """A table copied one cell a line whose signers' cells give a long title ('Presidenta
    de la Comisión Gestora Municipal de la ciudad', over sixty characters): a cell no
    longer than an entry keeps the table whole, so that its rows do not shift and no
    title, region or country is read as a place."""
    spanish = (
        "Firmantes:\n\nN.º\nMunicipio\nPaís\nFirmante\n"
        "1\nAyuntamiento de Bilbao\nEspaña\nD. Juan Mari Aburto, Alcalde\n"
        "2\nCâmara Municipal de Lisboa\nPortugal\n"
        "D.ª Carla Valencia Santos, Presidenta de la Comisión Gestora Municipal de la ciudad\n"
        "3\nMunicipalidad de Graz\nAustria\nSra. Elke Kahr, Alcaldesa\n"
        "4\nAyuntamiento de Utrecht\nPaíses Bajos\n"
        "Sra. Sharon Dijksma, Presidenta de la Junta de Gobierno Local de la ciudad\n"
        "\nCompartir\n"
    )
    assert [c for c, _ in read(data, HEAD + spanish)] == ["Bilbao", "Lisboa", "Graz", "Utrecht"]
    english = (
        "Signatories:\n\nNo.\nCity\nCountry\nSigned by\n"
        "1\nCity of Aarhus\nDenmark\nMr Jacob Bundsgaard, Mayor\n"
        "2\nCity of Zagreb\nCroatia\n"
        "Mr Tomislav Tomašević, Mayor and Chair of the Standing Committee of the Mayors\n"
        "3\nCity of Leipzig\nGermany\nMr Burkhard Jung, Lord Mayor\n"
        "4\nCity of Porto\nPortugal\nMs Ana Sousa, Deputy Mayor\n"
        "\nShare\n"
    )
    assert [c for c, _ in read(data, HEAD + english)] == ["Aarhus", "Zagreb", "Leipzig", "Porto"]


def test_a_place_with_its_country_s_official_name_in_a_bracket_in_another_script(
    data: store.AtlasData,
) -> None:
    """A list in Persian or Hebrew with each country's official name in a bracket after
    the place, written with or without its vowel points (harakat, niqqud): the bracket is
    the place's country, not a part of its name; a short name in another script ('مصر',
    Egypt) is no country's Latin code ('MSR')."""
    places = _with_names(GAZETTEER, "Mashhad", "IR", 3_000_000, "مشهد")
    places = _with_names(places, "Cairo", "EG", 9_500_000, "قاهره|קהיר")
    places = _with_names(places, "Muscat", "OM", 1_400_000, "مسقط")
    places = _with_names(places, "Haifa", "IL", 290_000, "حیفا|חיפה")
    places = _with_names(places, "Irbid", "JO", 500_000, "اربد|אירביד")
    persian = HEAD + (
        "شهرهای عضو جدید:\n\n1. شهرداری مشهد (جمهوری اسلامی ایران)\n"
        "2. شهرداری قاهره (مصر)\n3. شهرداری مسقط (پادشاهی عُمان)\n"
        "4. شهرداری اربد (پادشاهی هاشمی اردن)\n"
    )
    assert [(c, country_code(k)) for c, k in _read_with(data, persian, places)] == [
        ("مشهد", "IR"), ("قاهره", "EG"), ("مسقط", "OM"), ("اربد", "JO"),
    ]  # fmt: skip
    hebrew = HEAD + (
        "הערים החותמות:\n\n1. חיפה (מְדִינַת יִשְׂרָאֵל)\n2. קהיר (מִצְרַיִם)\n"
        "3. אירביד (הממלכה ההאשמית של ירדן)\n"
    )
    assert [(c, country_code(k)) for c, k in _read_with(data, hebrew, places)] == [
        ("חיפה", "IL"), ("קהיר", "EG"), ("אירביד", "JO"),
    ]  # fmt: skip


def test_a_body_in_a_territory_with_its_sovereign_country_in_a_bracket(
    data: store.AtlasData,
) -> None:
    """A body's long name around a place in a territory with a code of its own (Macau,
    Hong Kong, Puerto Rico), bracketed with the country pages name with it, alone or after
    the territory's status ('Hong Kong SAR, China'): the place is looked for in that
    country's territories too, and is the territory's."""
    places = _with_place(GAZETTEER, "Macau", "MO", 650_000)
    places = _with_place(places, "Hong Kong", "HK", 7_500_000)
    places = _with_place(places, "Mayagüez", "PR", 70_000)
    english = HEAD + (
        "Signed by:\n\nMunicipal Affairs Bureau of Macau (China)\n"
        "Environmental Protection Department of Hong Kong (Hong Kong SAR, China)\n"
        "City of Aarhus (Denmark)\nCity of Zagreb (Croatia)\n"
    )
    assert [(c, country_code(k)) for c, k in _read_with(data, english, places)] == [
        ("Macau", "MO"), ("Hong Kong", "HK"), ("Aarhus", "DK"), ("Zagreb", "HR"),
    ]  # fmt: skip
    spanish = HEAD + (
        "Firmantes:\n\nAyuntamiento de Bilbao (España)\n"
        "Oficina de Asuntos Culturales de Mayagüez (Puerto Rico, Estados Unidos)\n"
        "Ayuntamiento de Madrid (España)\n"
    )
    assert [(c, country_code(k)) for c, k in _read_with(data, spanish, places)] == [
        ("Bilbao", "ES"), ("Mayagüez", "PR"), ("Madrid", "ES"),
    ]  # fmt: skip


def test_a_word_that_is_a_place_of_the_list_s_country_is_no_case_form_of_one_elsewhere() -> None:
    """Entries of a list of bodies framed alike ('X kommune', 'Comune di X') that a reader
    read as a case form of a place ('Rauma' as a genitive of Raumo, Rauma in Finland;
    'Gela' of Gelo, elsewhere), where the word as written is a place of the list's country
    and the reading is none there: read as written."""
    places = _with_place(GAZETTEER, "Rauma", "NO", 7_500)
    places = _with_names(places, "Rauma", "FI", 40_000, "Raumo")
    for name, population in [("Molde", 32_000), ("Ålesund", 67_000), ("Kristiansund", 24_000)]:
        places = _with_place(places, name, "NO", population)
    norwegian = [
        RawEntry(k, f"{name} kommune", city)
        for k, (name, city) in enumerate(
            [("Molde", "Molde"), ("Ålesund", "Ålesund"), ("Rauma", "Raumo"),
             ("Kristiansund", "Kristiansund")]
        )
    ]  # fmt: skip
    assert [e.city for e in as_written(norwegian, places, lambda n: [n])] == [
        "Molde", "Ålesund", "Rauma", "Kristiansund",
    ]  # fmt: skip
    places = _with_place(GAZETTEER, "Gela", "IT", 75_000)
    places = _with_place(places, "Gelo", "BR", 90_000)
    italian = [
        RawEntry(1, "Comune di Palermo", "Palermo"), RawEntry(2, "Comune di Gela", "Gelo"),
        RawEntry(3, "Comune di Bologna", "Bologna"), RawEntry(4, "Comune di Napoli", "Napoli"),
    ]  # fmt: skip
    assert [e.city for e in as_written(italian, places, lambda n: [n])][1] == "Gela"
    assert as_written(italian[:1] + italian[2:], places, lambda n: [n]) == italian[:1] + italian[2:]


def test_a_case_reading_that_cut_a_place_s_last_letter_is_read_as_written() -> None:
    """A reader that read a word as a case form and cut its end ('Borås Stad' as Borå's,
    which folds to Bora, India; 'Kongsvinger kommune' as a case of a 'Kongsvinge') where the
    word as written is a place of the list's country: read as written, as a reading that
    changed a letter is ('Raumo' of 'Rauma kommune')."""
    places = _with_place(GAZETTEER, "Bora", "IN", 9_900)
    places = _with_place(places, "Kongsvinge", "SE", 12_000)
    for name, code, population in [
        ("Borås", "SE", 72_000), ("Lund", "SE", 90_000), ("Umeå", "SE", 90_000),
        ("Uppsala", "SE", 170_000), ("Kongsvinger", "NO", 18_000), ("Molde", "NO", 32_000),
        ("Bodø", "NO", 52_000), ("Hamar", "NO", 31_000),
    ]:  # fmt: skip
        places = _with_place(places, name, code, population)
    swedish = [
        RawEntry(1, "Lunds kommun", "Lund"), RawEntry(2, "Borås Stad", "Borå"),
        RawEntry(3, "Umeå kommun", "Umeå"), RawEntry(4, "Uppsala kommun", "Uppsala"),
    ]  # fmt: skip
    assert [e.city for e in as_written(swedish, places, lambda n: [n])][1] == "Borås"
    norwegian = [
        RawEntry(1, "Molde kommune", "Molde"), RawEntry(2, "Kongsvinger kommune", "Kongsvinge"),
        RawEntry(3, "Bodø kommune", "Bodø"), RawEntry(4, "Hamar kommune", "Hamar"),
    ]  # fmt: skip
    assert [e.city for e in as_written(norwegian, places, lambda n: [n])][1] == "Kongsvinger"


def test_a_place_in_a_bracket_after_a_place_is_its_qualifier(data: store.AtlasData) -> None:
    """A place with a bracket that tells it from its namesakes by the province or city
    near it ('Mérida (Badajoz)', 'Vienne (Valence)'), where the bracket names a place too,
    even a longer or bigger one: the place is the one before the bracket."""
    places = _with_place(GAZETTEER, "Mérida", "ES", 60_000)
    places = _with_place(places, "Mérida", "MX", 900_000)
    places = _with_place(places, "Badajoz", "ES", 150_000)
    places = _with_place(places, "Sevilla", "ES", 690_000)
    spanish = HEAD + (
        "Noticias\n\nFirmaron el manifiesto los alcaldes de Sevilla, Madrid, Mérida "
        "(Badajoz) y Valencia, así como el presidente de la Diputación.\n"
    )
    assert [c for c, _ in _read_with(data, spanish, places)] == [
        "Sevilla", "Madrid", "Mérida", "Valencia",
    ]  # fmt: skip
    places = _with_place(GAZETTEER, "Vienne", "FR", 30_000)
    places = _with_place(places, "Valence", "FR", 64_000)
    places = _with_place(places, "Brest", "FR", 140_000)
    french = HEAD + (
        "Actualités\n\nLes maires de Lyon, Grenoble, Vienne (Valence) et Brest ainsi que la "
        "maire de la ville de Lille ont signé la charte.\n"
    )
    assert [c for c, _ in _read_with(data, french, places)] == [
        "Lyon", "Grenoble", "Vienne", "Brest",
    ]  # fmt: skip


def test_a_country_named_as_international_bodies_name_it(data: store.AtlasData) -> None:
    """A list of places and countries where Taiwan is 'Chinese Taipei' in the language of
    the page ('Taipei chinois', 'Taipéi Chino'): the place is kept, in Taiwan."""
    places = _with_place(GAZETTEER, "Taipei", "TW", 2_600_000)
    french = HEAD + (
        "Membres :\n\nLyon — France\nTaipei — Taipei chinois\nGrenoble — France\nPorto — Portugal\n"
    )
    assert [(c, country_code(k)) for c, k in _read_with(data, french, places)] == [
        ("Lyon", "FR"), ("Taipei", "TW"), ("Grenoble", "FR"), ("Porto", "PT"),
    ]  # fmt: skip
    spanish = HEAD + (
        "Miembros:\n\nMadrid — España\nTaipéi — Taipéi Chino\nValencia — España\nQuito — Ecuador\n"
    )
    assert [(c, country_code(k)) for c, k in _read_with(data, spanish, places)] == [
        ("Madrid", "ES"), ("Taipéi", "TW"), ("Valencia", "ES"), ("Quito", "EC"),
    ]  # fmt: skip


def test_a_rwandan_district_is_its_town_in_any_language(data: store.AtlasData) -> None:
    """Rwanda's districts are its local governments, each named for its town ('District
    de Rubavu', 'Akarere ka Musanze'): read as the town, even one the gazetteer knows by
    another name only (Rubavu is Gisenyi's new name)."""
    places = _with_place(GAZETTEER, "Musanze", "RW", 150_000)
    places = _with_place(places, "Gisenyi", "RW", 130_000)
    places = _with_place(places, "Kigali", "RW", 1_100_000)
    french = HEAD + (
        "Signataires :\n\nVille de Kigali (Rwanda)\nDistrict de Rubavu (Rwanda)\n"
        "District de Musanze (Rwanda)\nVille de Lyon (France)\n"
    )
    assert [(c, country_code(k)) for c, k in _read_with(data, french, places)] == [
        ("Kigali", "RW"), ("Rubavu", "RW"), ("Musanze", "RW"), ("Lyon", "FR"),
    ]  # fmt: skip
    kinyarwanda = HEAD + (
        "Abashyize umukono:\n\nUmujyi wa Kigali (Rwanda)\nAkarere ka Musanze (Rwanda)\n"
        "Akarere ka Rubavu (Rwanda)\n"
    )
    assert [c for c, _ in _read_with(data, kinyarwanda, places)][1:] == ["Musanze", "Rubavu"]


def test_degrees_before_and_after_a_signer_s_name_in_any_order_are_no_place_nor_of() -> None:
    """Academic degrees around a signer's name, in their own case ('DI', 'BEd', 'MAS') or
    with a feminine ending ('Mag.a', 'Dr.in'), are the name's: a 'DI' after a title is no
    'di' before a place, and a degree before the name starts a person as a title does; the
    place in the bracket is read, not the person's name (one named like a place, 'Hall')."""
    lines = {
        "Mayor DI Karl Hall (City of Graz)": "Graz",
        "Mag.a Eva Wels, MEd (City of Dublin)": "Dublin",
        "Sindaco DI Franz Hall (Comune di Bologna)": "Bologna",
        "Dr.in Maria Hall, MAS (Comune di Palermo)": "Palermo",
        "Burgemeester DI Jan Hall (Gemeente Utrecht)": "Utrecht",
        "Starosta DI Jan Hall (Město Tábor)": "Tábor",
    }
    assert {line: getattr(read_entry(line, 1), "city", None) for line in lines} == lines


def test_a_signer_s_place_with_a_prefix_in_lower_case_after_the_title(
    data: store.AtlasData,
) -> None:
    """'Name, title: eThekwini ...': a place written with its prefix in lower case (Zulu's
    locative 'e-', 'eThekwini' for Durban) is a name as a capitalised one is, on a German and
    a Portuguese page."""
    places = _with_names(GAZETTEER, "Durban", "ZA", 3_700_000, "eThekwini")
    german = HEAD + (
        "Unterzeichnet von:\n\nAnna Weber, Oberbürgermeisterin: Stadt Leipzig\n"
        "Sipho Dlamini, Bürgermeister: eThekwini Metropolitan Municipality\n"
        "Jan Roth, Oberbürgermeister: Stadt Aachen\n"
    )
    assert [c for c, _ in _read_with(data, german, places)] == ["Leipzig", "eThekwini", "Aachen"]
    portuguese = HEAD + (
        "Assinado por:\n\nAna Sousa, Presidente: Câmara Municipal de Lisboa\n"
        "Sipho Dlamini, Presidente: Município de eThekwini\n"
        "Rui Costa, Presidente: Câmara Municipal do Porto\n"
    )
    assert [c for c, _ in _read_with(data, portuguese, places)] == ["Lisboa", "eThekwini", "Porto"]


def test_a_town_its_body_names_that_no_gazetteer_knows_is_in_the_list_s_country(
    data: store.AtlasData,
) -> None:
    """'Name, title: Município de Xai-Xai', 'Name, Bürgermeister: Gemeinde Hinterzarten': a
    town named by its body's form, though the gazetteer lacks it, is the list's entry, in
    the country most of the list is in (flagged); a council for a topic ('Conselho da Água',
    'Water Council') is none."""
    places = GAZETTEER
    for name, code in [("Maputo", "MZ"), ("Beira", "MZ"), ("Nampula", "MZ")]:
        places = _with_place(places, name, code, 500_000)
    portuguese = HEAD + (
        "Assinado por:\n\nAna Sitoe, Presidente: Conselho Municipal de Maputo\n"
        "Rui Macuácua, Presidente: Município de Xai-Xai\n"
        "Eva Mondlane, Presidente: Conselho Municipal da Beira\n"
        "Jorge Tembe, Presidente: Conselho Municipal de Nampula\n"
        "Paulo Nhaca, Presidente, Water Council\n"
    )
    assert _read_with(data, portuguese, places) == [
        ("Maputo", "Mozambique"), ("Xai-Xai", "Mozambique"), ("Beira", "Mozambique"),
        ("Nampula", "Mozambique"),
    ]  # fmt: skip
    german = HEAD + (
        "Unterzeichnet von:\n\nAnna Weber, Oberbürgermeisterin: Stadt Leipzig\n"
        "Jan Roth, Bürgermeister: Gemeinde Hinterzarten\n"
        "Eva Lang, Oberbürgermeisterin: Stadt Aachen\n"
        "Klaus Berg, Oberbürgermeister: Stadt München\n"
    )
    assert _read_with(data, german, places) == [
        ("Leipzig", "Germany"), ("Hinterzarten", "Germany"), ("Aachen", "Germany"),
        ("München", "Germany"),
    ]  # fmt: skip


def test_a_place_and_its_country_before_a_dash_then_a_signer_of_any_title() -> None:
    """'Place, Country – Title Name': the place and its country before the dash, its
    signer after it, whatever words the title takes (the reader knows no 'Directrice de
    l'Éducation', 'Leder for oppvekst'); the list of such lines is read whole, none of it
    taken for prose. 'City Government of X' is a form, as 'Government of the City of X'."""
    lines = [
        "Lyon, France – Maire Grégory Doucet",
        "Nantes, France – Directrice de l'Éducation Marie Roux",
        "Hamar kommune, Norge – Leder for oppvekst Eva Holm",
        "Rosario, Argentina – Secretaria de Educación Ana Paz",
        "City Government of Balanga, Bataan, Philippines – City Mayor Ramon Dizon",
    ]
    entries = [read_entry(line, k) for k, line in enumerate(lines, start=1)]
    assert [(e.city, e.country) for e in entries if e is not None] == [
        ("Lyon", "France"), ("Nantes", "France"), ("Hamar", "Norge"),
        ("Rosario", "Argentina"), ("Balanga", "Philippines"),
    ]  # fmt: skip
    found = read_member_list(["Signataires", "", *lines, ""], PlaceNames())
    assert found is not None
    assert [e.city for e in found.entries] == ["Lyon", "Nantes", "Hamar", "Rosario", "Balanga"]


def test_a_signer_then_a_body_of_a_kind_one_country_alone_has_is_an_entry() -> None:
    """The body a signer stands for, of a kind only one country has, is the line's place
    though the gazetteer knows no town of its name."""
    known = PlaceNames(lambda name: False)
    for line, city in (
        ("Frau Anna Weber, Landkreis Südwestpfalz", "Landkreis Südwestpfalz"),
        ("Dott.ssa Anna Bianchi, Unione Terre di Castelli", "Unione Terre di Castelli"),
        ("Mayor Ann Lee, West Midlands Combined Authority", "West Midlands Combined Authority"),
    ):
        kind, entry = _classify(line, 1, known)
        assert (kind, entry and entry.city) == ("entry", city)


def test_a_name_with_its_form_after_a_comma_is_the_town_or_its_body() -> None:
    """Official registers put a name's form after it ('Aachen, Stadt', 'Bristol, City
    of'): the town, or the body in its usual order where the form names one, not a party's
    letters nor a second place."""
    known = PlaceNames(lambda name: fold(name) in {"bristol", "kraków", "nowy targ", "stade"})
    for line, city in (
        ("Bristol, City of (ENG)", "Bristol"),
        ("Kraków, Miasto (MA)", "Kraków"),
        ("Nowy Targ, Powiat (MA)", "Powiat Nowy Targ"),
        ("Sevilla, Ayuntamiento de", "Sevilla"),
    ):
        kind, entry = _classify(line, 1, known)
        assert (kind, entry and entry.city) == ("entry", city)


def test_a_signer_s_professional_title_and_a_title_naming_its_body_s_level() -> None:
    """Signature blocks of three lines (a name after a professional title, a title that
    names its body's level before 'of', the country), in Portuguese and Italian: the
    title names the place ('Prefeito Municipal de Campinas'), or the body its holder heads
    ('Sindaco metropolitano di Bologna': the Città metropolitana, legge 56/2014); a name
    after 'Licda.', 'Inga.', 'Abog.' or 'Arq.' is a person's."""
    portuguese = [
        "Anexo: prefeitos signatários", "",
        "Arq. Ricardo Nunes Prado", "Prefeito Municipal de Campinas", "Brasil",
        "Abog. Helena Costa Lima", "Prefeita Municipal de Londrina", "Brasil",
        "Licda. Marta Ruiz Souza", "Prefeita Municipal de Niterói", "Brasil",
    ]  # fmt: skip
    italian = [
        "Allegato: firmatari", "",
        "Inga. Paola Bianchi", "Sindaca metropolitana di Bologna", "Repubblica Italiana",
        "Arq. Marco Neri", "Sindaco metropolitano di Genova", "Repubblica Italiana",
        "Lcda. Anna Conti", "Sindaca metropolitana di Firenze", "Repubblica Italiana",
    ]  # fmt: skip
    metropolitan = [f"Città metropolitana di {t}" for t in ("Bologna", "Genova", "Firenze")]
    for page, towns, named in (
        (portuguese, ["Campinas", "Londrina", "Niterói"], ["Campinas", "Londrina", "Niterói"]),
        (italian, ["Bologna", "Genova", "Firenze"], metropolitan),
    ):
        known = PlaceNames(lambda name, towns=towns: name in towns)
        shapes = [_classify(line, k, known) for k, line in enumerate(page[2:], start=3)]
        assert [kind for kind, _ in shapes[0::3]] == ["person"] * 3
        assert [e.city for _, e in shapes[1::3] if e is not None] == named
        found = read_member_list(page, known)
        assert found is not None
        # the place finder, which reads these blocks run together, names the town yet
        assert [e.city for e in found.entries] == towns


def test_a_place_s_name_broken_over_two_lines_of_a_signature_block_and_its_country_last() -> None:
    """Signature blocks of a name, a title and place, then the country, in Italian and
    English, one place's name broken by the PDF's line ('Sindaco di Reggio' / 'Emilia,
    Italia'): the place whole where the joined name is a known one, and each block's
    place in the country on its last line."""
    italian = [
        "Firmatari", "",
        "Dott. Marco Rossi", "Sindaco di Reggio", "Emilia, Italia",
        "Dott.ssa Anna Neri", "Sindaca di Parma", "Italia",
        "Ing. Luca Bianchi", "Sindaco di Bra", "Italia",
    ]  # fmt: skip
    english = [
        "Signatories", "",
        "Ms. Jane Doe", "Mayor of Tucson", "United States",
        "Mr. John Roe", "Mayor of Palm", "Springs, United States",
        "Dr. Ann Poe", "Mayor of Boise", "United States",
    ]  # fmt: skip
    for page, towns, code in (
        (italian, ["Reggio Emilia", "Parma", "Bra"], "IT"),
        (english, ["Tucson", "Palm Springs", "Boise"], "US"),
    ):
        known = {*towns, "Reggio", "Emilia", "Palm", "Springs"}
        found = read_member_list(page, PlaceNames(lambda name, known=known: name in known))
        assert found is not None
        assert [(e.city, e.codes) for e in found.entries] == [(t, (code,)) for t in towns]


def test_a_town_s_word_after_its_name_in_a_signer_s_field() -> None:
    """'Mayor, Kisumu City', 'Mayor, Musanze District', 'Mayor, Hawassa City Administration':
    the town the word follows, where the name with it is no place ('Quezon City' is one)."""
    known = PlaceNames(lambda name: fold(name) in {"kisumu", "musanze", "hawassa", "quezon city"})
    for line, town in [
        ("Mayor, Kisumu City", "Kisumu"),
        ("Deputy Mayor, Musanze District (on behalf of the Mayor)", "Musanze"),
        ("Mayor, Hawassa City Administration", "Hawassa"),
        ("Mayor, Quezon City", "Quezon City"),
    ]:
        kind, entry = _classify(line, 1, known)
        assert kind == "entry", line
        assert entry is not None
        assert entry.city == town


def test_a_field_that_is_a_body_s_form_alone_names_no_place() -> None:
    """'Aachen, Stadt (NW)', 'Halden, Kommune': a list whose each line puts the body's form
    after the name, as a field of its own. Where the name is none the gazetteer knows
    ('Quxburg v. d. Weide'), the form alone is no place, nor a place's case form ('Stadt'
    is no genitive of a town Stade, 'Kommune' none of a Kommun)."""
    known = {"aachen", "bonn", "erlangen", "stade", "halden", "moss", "kommun"}
    places = PlaceNames(lambda name: fold(name) in known)
    german = "Quxburg v. d. Weide, Stadt (HE)"
    norwegian = "Quxvik i Nord, Kommune"
    for line in (german, norwegian):
        found = _classify(line, 1, places)
        assert not (found[0] == "entry" and found[1].city in {"Stade", "Kommun"}), found


def test_a_union_s_name_that_lists_its_towns_after_commas_is_read_whole() -> None:
    """'Presidenta de la Mancomunidad de Municipios Sierra Norte, Lozoya y Rascafría': the
    union's name goes on with the towns it joins, a list of names closed by 'and', not cut
    at its first comma as a field."""
    known = PlaceNames(lambda name: False)
    for line, union in [
        (
            "Ana Ruiz, Presidenta de la Mancomunidad de Municipios Sierra Norte, Lozoya y "
            "Rascafría",
            "Mancomunidad de Municipios Sierra Norte, Lozoya y Rascafría",
        ),
        (
            "Jean Dupont, Président de la Communauté de communes Pays de Gex, Bugey et Valserine",
            "Communauté de communes Pays de Gex, Bugey et Valserine",
        ),
        (
            "Jane Doe, Chair of the Union of Municipalities of Reno, Lavino and Samoggia",
            "Union of Municipalities of Reno, Lavino and Samoggia",
        ),
    ]:
        kind, entry = _classify(line, 1, known)
        assert kind == "entry", line
        assert entry is not None
        assert entry.city == union
    kind, entry = _classify(
        "Ana Ruiz, Presidenta de la Mancomunidad Sierra Norte, Madrid", 1, known
    )
    assert entry is None or entry.city == "Mancomunidad Sierra Norte"


def test_a_title_that_ends_a_compound_word_is_a_title() -> None:
    """Nordic and German write a title as the head of a compound ('kommunstyrelseordförande',
    'regionrådsleder', 'Stadtpräsidentin'): the title's place follows as after the title
    alone."""
    known = PlaceNames(lambda name: fold(name) in {"lund", "aarhus", "graz", "geneva"})
    for line, town in [
        ("Anna Berg, kommunstyrelseordförande i Lund", "Lund"),
        ("Jens Holm, byrådsformand i Aarhus", "Aarhus"),
        ("Jens Holm, byrådsleder i Aarhus", "Aarhus"),
        ("Eva Roth, Stadtpräsidentin von Graz", "Graz"),
    ]:
        kind, entry = _classify(line, 1, known)
        assert kind == "entry", line
        assert entry is not None
        assert entry.city == town


def test_a_title_alone_before_an_unknown_place_is_no_name_of_a_shared_line() -> None:
    """'Name — Title, Place (Country)', the place no known one: the title before the comma
    is the signer's, no second place sharing the country ('Starosta', 'Maire')."""
    places = PlaceNames(lambda name: False)
    for line, city, code in [
        ("Jan Novák — Starosta, Horní Lhota Sever (Česko)", "Horní Lhota Sever", "CZ"),
        ("Anne Roux — Maire, Saint-Ouen Nord (France)", "Saint-Ouen Nord", "FR"),
    ]:
        found = read_member_list([line, line.replace("Jan", "Eva"), ""], places)
        assert found is not None
        assert {(e.city, e.codes) for e in found.entries} == {(city, (code,))}


def test_a_body_after_a_title_keeps_the_country_in_the_bracket_after_it() -> None:
    """'Title, X Municipality (Country)', a body whose town is no known place as written: it
    is read with the country after it, as a known place's field is."""
    places = PlaceNames(lambda name: False)
    for line, code in [
        ("Ana Ruiz — Alcaldesa, Municipalidad de Gran Lomas (Argentina)", "AR"),
        ("Omar Said — Mayor, Greater Zarqa Municipality (Jordan)", "JO"),
    ]:
        kind, entry = _classify(line, 1, places)
        assert kind == "entry"
        assert entry is not None
        assert entry.codes == (code,)


def test_a_body_after_a_title_takes_no_provinces_code_in_a_bracket_for_its_country() -> None:
    """'presidente dell'Unione ... (BG)': the bracket is Bergamo's province, not Bulgaria."""
    kind, entry = _classify(
        "Elena Neri, presidente dell'Unione Montana Valle Alta (BG)", 1, PlaceNames()
    )
    assert kind == "entry"
    assert entry is not None
    assert entry.codes != ("BG",)


def test_a_signer_with_a_longer_title_among_signers_does_not_end_the_list(
    data: store.AtlasData,
) -> None:
    """One signer of many has a longer title the reader has no word for, with a clause after
    it ('Déléguée ... de la Ville de Lyon, au nom de la maire'): it still names a body and a
    place among lines of the same shape, and the signers after it are read too."""
    page = HEAD + (
        "Signataires :\n\nMarie Dupont, maire de la Ville de Grenoble\n"
        "Paul Martin, maire de la Ville de Bruxelles\n"
        "Julie Roux, Déléguée à la transition écologique et au climat de la Ville de Lyon, "
        "au nom de la maire\n"
        "Luc Blanc, maire de la Ville de Genève\nAnne Noir, maire de la Ville de Porto\n\n"
        "D'autres villes peuvent rejoindre la déclaration.\n"
    )
    assert [c for c, _ in read(data, page)] == ["Grenoble", "Bruxelles", "Lyon", "Genève", "Porto"]
    page = HEAD + (
        "Firmantes:\n\nAna López, alcaldesa del Ayuntamiento de Madrid\n"
        "Jorge Ruiz, alcalde del Ayuntamiento de Bilbao\n"
        "Carmen Vidal, Delegada de Medio Ambiente y Movilidad del Ayuntamiento de Valencia, "
        "en nombre de la alcaldía\n"
        "Pedro Gil, intendente de la Municipalidad de Rosario\n"
        "Luis Mora, intendente de la Municipalidad de Salta\n\n"
        "Otras ciudades pueden adherirse a la declaración.\n"
    )
    assert [c for c, _ in read(data, page)] == ["Madrid", "Bilbao", "Valencia", "Rosario", "Salta"]


def test_a_signer_with_a_longer_title_in_other_shapes_among_signers(
    data: store.AtlasData,
) -> None:
    """As above in other shapes: an English title the reader lacks after the name, with an
    'on behalf of' clause, its signers' lines bulleted; an Italian one in a numbered list."""
    page = HEAD + (
        "Signatories\n\n• Anna Berg, Mayor of the City of Aarhus\n"
        "• Tom Hill, Cabinet Member for Climate and Environment of the City of Dublin, "
        "on behalf of the Lord Mayor\n• Sara Lind, Mayor of the City of Utrecht\n"
        "• Ole Dahl, Mayor of the City of Lund\n"
    )
    assert [c for c, _ in read(data, page)] == ["Aarhus", "Dublin", "Utrecht", "Lund"]
    page = HEAD + (
        "Firmatari:\n\n1. Marco Neri, sindaco del Comune di Bologna\n"
        "2. Laura Gatti, Delegata alla Transizione ecologica del Comune di Milano, in "
        "rappresentanza del sindaco\n3. Paolo Riva, sindaco del Comune di Palermo\n"
        "4. Anna Sala, sindaca del Comune di Torino\n"
    )
    assert [c for c, _ in read(data, page)] == ["Bologna", "Milano", "Palermo", "Torino"]


def test_a_card_s_head_with_a_surname_s_particle_is_no_prose(data: store.AtlasData) -> None:
    """Cards of a title and a name over 'City, Country': a name with a surname's particle
    in lower case ('Pieter van den Berg', 'Ana Maria dos Santos') after a title the reader
    has no word for opens a card as the ones above do: no prose that ends the list."""
    cards = [
        ("Burgemeester Anna de Vries", "Utrecht, Nederland"),
        ("Raadslid Pieter van den Berg", "Rotterdam, Nederland"),
        ("Burgemeester Kees Jansen", "Breda, Nederland"),
        ("Burgemeester Eva Bakker", "Enschede, Nederland"),
    ]
    page = HEAD + "Ondertekenaars\n\n" + "".join(f"{a}\n{b}\n\n" for a, b in cards)
    assert [c for c, _ in read(data, page)] == ["Utrecht", "Rotterdam", "Breda", "Enschede"]
    cards = [
        ("Presidente Rui Moreira", "Porto, Portugal"),
        ("Deputada Ana Maria dos Santos Lima", "Lisboa, Portugal"),
        ("Vereador João Costa", "Aarhus, Dinamarca"),
        ("Presidente Luís Rocha", "Zagreb, Croácia"),
    ]
    page = HEAD + "Signatários\n\n" + "".join(f"{a}\n{b}\n\n" for a, b in cards)
    assert [c for c, _ in read(data, page)] == ["Porto", "Lisboa", "Aarhus", "Zagreb"]


def test_a_card_s_head_of_any_words_in_the_list_s_rhythm(data: store.AtlasData) -> None:
    """Cards of two lines, a signer over 'City, Country': a head the reader cannot read
    as a name (a long title it has no word for) opens a card as the one above it does,
    so the list goes on under it."""
    cards = [
        ("Oberbürgermeister Jan Weber", "Aachen, Deutschland"),
        ("Erste Beigeordnete Anna-Lena Katharina Maier", "Leipzig, Deutschland"),
        ("Bürgermeisterin Eva Roth", "Graz, Österreich"),
        ("Oberbürgermeister Peter Lang", "München, Deutschland"),
    ]
    page = HEAD + "Unterzeichnende\n\n" + "".join(f"{a}\n{b}\n\n" for a, b in cards)
    assert [c for c, _ in read(data, page)] == ["Aachen", "Leipzig", "Graz", "München"]
    cards = [
        ("Presidente Rui Moreira", "Porto, Portugal"),
        ("Deputada Ana Maria Santos Lima", "Lisboa, Portugal"),
        ("Vereador João Costa", "Aarhus, Dinamarca"),
        ("Presidente Luís Rocha", "Zagreb, Croácia"),
    ]
    page = HEAD + "Signatários\n\n" + "".join(f"{a}\n{b}\n\n" for a, b in cards)
    assert [c for c, _ in read(data, page)] == ["Porto", "Lisboa", "Aarhus", "Zagreb"]


def test_signature_blocks_outweigh_a_sentence_naming_as_many_other_places(
    data: store.AtlasData,
) -> None:
    """A paragraph names three places for another reason, then three signature blocks of
    a name over 'Title of Place': as many places each way, the blocks are the signers."""
    page = HEAD + (
        "La declaración sigue a la reunión de los alcaldes de Lisboa, de Porto y de Aarhus"
        " en febrero, que firmaron una carta parecida.\n\nFirmado en Madrid, el 3 de mayo de"
        " 2025.\n\n\nAna Ruiz Gómez\nAlcaldesa de Bilbao\n\nLuis Pérez\nAlcalde de Valencia\n\n"
        "Marta Gil\nAlcaldesa de Madrid\n"
    )
    assert [c for c, _ in read(data, page)] == ["Bilbao", "Valencia", "Madrid"]
    page = HEAD + (
        "La dichiarazione segue l'incontro dei sindaci di Napoli, di Palermo e di Torino a"
        " febbraio, senza firmare un testo comune.\n\nFirmato a Roma, il 3 maggio 2025.\n\n\n"
        "Giulia Rossi\nSindaca di Bologna\n\nMarco Bianchi\nSindaco di Milano\n\n"
        "Anna Verdi\nSindaca di Porto\n"
    )
    assert [c for c, _ in read(data, page)] == ["Bologna", "Milano", "Porto"]


def test_a_body_then_words_that_say_who_signs_for_it_and_a_holder_named_like_a_place(
    data: store.AtlasData,
) -> None:
    """'X kommune v/ordfører Name', 'Stadt X vertreten durch Name': the body before the
    words for 'represented by' signs, its title's holder after them is a person whatever
    places his given name and surname are elsewhere (Danish and German here)."""
    places = _with_places("Jena, Erfurt, Gotha, Weimar, Suhl", "DE")
    page = HEAD + (
        "Unterzeichnet von:\n\nStadt Jena vertreten durch Oberbürgermeister Thomas Weimar\n"
        "Stadt Erfurt vertreten durch Oberbürgermeisterin Anna Suhl\n"
        "Landkreis Gotha vertreten durch Landrat Onno Eckert\n\nKontakt\n"
    )
    assert [c for c, _ in _read_with(data, page, places)] == ["Jena", "Erfurt", "Landkreis Gotha"]
    places = _with_places("Vejle, Odense, Randers, Herning, Viborg", "DK")
    page = HEAD + (
        "Underskrevet af:\n\nVejle Kommune v/borgmester Jens Herning\n"
        "Odense Kommune v/viceborgmester Lise Viborg\nRanders Kommune v/borgmester Torben Hansen\n"
        "\nKontakt\n"
    )
    assert [c for c, _ in _read_with(data, page, places)] == ["Vejle", "Odense", "Randers"]


def test_a_one_word_title_of_a_body_s_head_then_its_place_names_the_body_no_person(
    data: store.AtlasData,
) -> None:
    """'Name, Περιφερειάρχης Θεσσαλίας' under mayors' lines: a region's governor's title
    names the region (Περιφέρεια Θεσσαλίας), a body of two capitalised words that is no
    signer's name, as 'starosta Petr Novák' would be."""
    page = HEAD + (
        "Υπογράφουν:\n\nΕλένη Παππά, Δήμαρχος Αθηναίων\nΓιώργος Νικολάου, Δήμαρχος Πειραιώς\n"
        "Κατερίνα Λάμπρου, Αντιπεριφερειάρχης Θεσσαλίας\n\nΕπικοινωνία\n"
    )
    places = _with_places("Καβάλα, Δράμα, Ξάνθη", "GR")
    page = page.replace("Αθηναίων", "Καβάλας").replace("Πειραιώς", "Δράμας")
    assert [c for c, _ in _read_with(data, page, places)][-1] == "Περιφέρεια Θεσσαλίας"


def test_a_signer_s_card_of_a_name_a_bare_title_and_the_place_with_its_country(
    data: store.AtlasData,
) -> None:
    """A card of a signer's name, a title without its place ('Alcaldesa', 'Maire adjoint',
    'Presidenta, Junta de Gobierno'), then 'place, country' and a date: the card's rhythm
    names the person and the title, so the place is the field that gives its country, not
    the name; on a Spanish and a French page (a mayor named like a place: 'Victoria')."""
    spanish = HEAD + (
        "Firmantes:\n\nVictoria Paredes Luna\nAlcaldesa\nRosario, Argentina\n"
        "Firmado el 3 mar 2025\n\nJulián Ortega Rey\nIntendente\nMontevideo, Uruguay\n"
        "Firmado el 3 mar 2025\n\nMarta Gil Soler\nPresidenta, Junta de Gobierno\n"
        "Valparaíso, Chile\nFirmado el 4 mar 2025\n\nRaúl Pinto\nAlcalde\nCuenca, Ecuador\n"
        "Firmado el 5 mar 2025\n"
    )
    french = HEAD + (
        "Signataires\n\nAmadou Sarr Ndiaye\nMaire\nDakar, Sénégal\nSigné le 2 juin 2025\n\n"
        "Claire Dubois\nMaire adjointe chargée du climat\nLyon, France\n"
        "Signé le 2 juin 2025\n\nKoffi Mensah Adjo\nMaire\nLomé, Togo\nSigné le 3 juin 2025\n"
    )
    assert [c for c, _ in read(data, spanish)] == ["Rosario", "Montevideo", "Valparaíso", "Cuenca"]
    assert [c for c, _ in read(data, french)] == ["Dakar", "Lyon", "Lomé"]


def test_a_signer_s_card_of_a_name_and_title_after_a_dash_over_its_place(
    data: store.AtlasData,
) -> None:
    """A card of a signer's name and title on one line after a dash ('Ana Souza Lima –
    Prefeita'), then 'place, country' and a date, on a Portuguese page: the place the field
    that gives its country; the forum's and the secretariat's cities none of the list."""
    page = (
        "Carta pelo Ar Limpo: signatários\n\n5 de maio de 2025\n\nA carta foi lançada no "
        "Fórum de Prefeitos em Lisboa, com o apoio do secretariado em Paris.\n\nSignatários\n\n"
        "Ana Souza Lima – Prefeita\nRecife, Brasil\nAssinada em 5/5/2025\n\n"
        "Joaquim Moura – Presidente\nBraga, Portugal\n"
        "Assinada em 5/5/2025\n\nCelso Tavares Nunes – Prefeito\nCuritiba, Brasil\n"
        "Assinada em 6/5/2025\n\nLuísa Andrade – Presidente\n"
        "Maputo, Moçambique\nAssinada em 7/5/2025\n\nQuer que a sua cidade assine? "
        "Escreva-nos.\n"
    )
    assert [c for c, _ in read(data, page)] == ["Recife", "Braga", "Curitiba", "Maputo"]


def test_a_country_after_a_dash_after_a_signer_s_title_and_place() -> None:
    """'Title of Place – Country' is a place and its country, as 'Body Place – Country' is
    (English, German; Arabic 'رئيس بلدية صيدا – لبنان')."""
    for text, city, code in [
        ("Mayor of Lyon – France", "Lyon", "FR"),
        ("Anna Berger, Bürgermeisterin von Graz – Österreich", "Graz", "AT"),
    ]:
        entry = read_entry(text, 1)
        assert entry is not None
        assert (entry.city, entry.codes) == (city, (code,))


def test_the_arabic_script_s_comma_parts_a_signer_s_fields_as_the_latin_one_does() -> None:
    """Persian and Urdu write the Arabic comma ('،') between a person's name and title, as
    Arabic does: the list of 'Name، Title of Place' lines is read as with a Latin comma."""
    lines = [
        "امضاکنندگان:",
        "",
        "Jane Doe، Mayor of Lyon، France",
        "Hans Weber، Bürgermeister von Graz، Österreich",
        "Ana Ruiz، Alcaldesa de Sevilla، España",
    ]
    found = read_member_list(lines, PlaceNames(lambda name: name in {"Lyon", "Graz", "Sevilla"}))
    assert found is not None
    assert [(e.city, e.codes) for e in found.entries] == [
        ("Lyon", ("FR",)), ("Graz", ("AT",)), ("Sevilla", ("ES",)),
    ]  # fmt: skip


def test_a_moroccan_commune_s_head_with_the_arabic_comma_before_the_title() -> None:
    """A Moroccan commune's head ('رئيس جماعة طنجة', the president of the commune of
    Tangier) is a head of a town's body as a mayor of a municipality ('رئيس بلدية') is: its
    line, parted by the Arabic comma, is the commune's town, and the list goes on after it."""
    lines = [
        "الموقعون:",
        "",
        "أحمد الزين، رئيس بلدية نابل – تونس",
        "سعاد بناني، رئيسة جماعة طنجة – المغرب",
        "يوسف العمراني، رئيس جماعة أكادير – المغرب",
        "هالة السويسي، رئيسة بلدية قابس – تونس",
    ]
    known = {"نابل", "طنجة", "أكادير", "قابس"}
    found = read_member_list(lines, PlaceNames(lambda name: name in known))
    assert found is not None
    assert [(e.city, e.codes) for e in found.entries] == [
        ("نابل", ("TN",)), ("طنجة", ("MA",)), ("أكادير", ("MA",)), ("قابس", ("TN",)),
    ]  # fmt: skip


def test_a_deputy_s_genitive_title_and_its_linking_word_before_a_town_of_two_words(
    data: store.AtlasData,
) -> None:
    """A title that names its town in the genitive, a deputy's ('podžupan') or linked by a
    word for 'of' ('Градоначалник на Општина'), before a town of one word or two."""
    places = _with_places("Celje, Nova Gorica, Murska Sobota", "SI")
    page = HEAD + (
        "Podpisali:\n\nAna Novak, županja Mestne občine Celje\n"
        "Jan Kos, podžupan Mestne občine Nova Gorica\n"
        "Miha Zupan, župan Mestne občine Murska Sobota\n"
    )
    assert [c for c, _ in _read_with(data, page, places)] == [
        "Celje",
        "Nova Gorica",
        "Murska Sobota",
    ]
    places = _with_places("Битола, Струмица, Кичево", "MK")
    page = HEAD + (
        "Потпишаа:\n\nАна Петрова, Градоначалник на Општина Битола\n"
        "Марко Марков, Заменик-градоначалник на Општина Кичево\n"
        "Иван Иванов, Градоначалник на Општина Струмица\n"
    )
    assert [c for c, _ in _read_with(data, page, places)] == ["Битола", "Кичево", "Струмица"]


def test_a_title_a_body_and_its_state_s_or_province_s_code_in_the_last_field(
    data: store.AtlasData,
) -> None:
    """'Mayor, City of X, ST' under the signer's name: the last field is the state's or
    province's code, which decides the country though most of the list is another's and
    the namesake there is as big; a code that is a country's too ('IN') is the state's."""
    places = _with_place(GAZETTEER, "Waterloo", "US", 68_000, "IA")
    places = _with_place(places, "Waterloo", "CA", 121_000, "08")
    places = _with_place(places, "Richmond", "US", 226_000, "VA")
    places = _with_place(places, "Richmond", "CA", 198_000, "02")
    places = _with_place(places, "Bloomington", "US", 79_000, "IN")
    page = HEAD + (
        "Signed,\n\nKate Snow\nMayor, City of Portland, OR\n\n"
        "Tom Reed\nMayor, City of Springfield, IL\n\n"
        "Jess Park\nMayor, Town of Chapel Hill, NC\n\n"
        "Ray Olsen\nMayor, City of Bloomington, IN\n\n"
        "Anne Roy\nMayor, City of Waterloo, ON\n\n"
        "Leo Hart\nMayor, City of Richmond, BC\n\n"
        "Dana Cole\nMayor, City of Richmond, VA\n"
    )
    assert _read_with(data, page, places) == [
        ("Portland", "United States"), ("Springfield", "United States"),
        ("Chapel Hill", "United States"), ("Bloomington", "United States"),
        ("Waterloo", "Canada"), ("Richmond", "Canada"), ("Richmond", "United States"),
    ]  # fmt: skip


def test_a_sentence_s_first_word_before_its_verb_and_a_title_is_no_place() -> None:
    """A sentence after the list that opens with a word capitalised as a sentence's first
    ('Usted', 'Sie', which name places too), its verb and a title ('alcalde',
    'Bürgermeisterin'): no signer's line, and its first word no place; a place before a
    link that is no word ('v/') and a title stays one."""
    known = {"Usted", "Sie", "Toledo", "Burgos", "Soria", "Cuenca", "Teruel", "Lugo", "Roskilde"}
    places = PlaceNames(lambda name: name in known)
    lines = [
        "Firmantes:", "", "Ana Ruiz, alcaldesa de Toledo", "Juan Gil, alcalde de Burgos",
        "Eva Sanz, alcaldesa de Soria", "Luis Mora, alcalde de Cuenca",
        "Rosa Vila, alcaldesa de Teruel", "Pablo Rey, alcalde de Lugo", "",
        "Usted es alcalde y quiere firmar? Escríbanos antes del 1 de octubre, Día de la Paz.",
    ]  # fmt: skip
    found = read_member_list(lines, places)
    assert found is not None
    cities = ["Toledo", "Burgos", "Soria", "Cuenca", "Teruel", "Lugo"]
    assert [e.city for e in found.entries] == cities
    sentence = "Sie sind Bürgermeisterin und wollen unterzeichnen, schreiben Sie uns."
    assert _classify(sentence, 3, places) == ("prose", None)
    _, entry = _classify("Roskilde v/ borgmester Pia Kjeldsen, Danmark", 3, places)
    assert entry is not None
    assert entry.city == "Roskilde"


def test_a_body_before_for_whom_its_signer_signs_is_its_place() -> None:
    """One capitalised word, then a link saying for whom the signer signs ('für', 'pour
    le'), then a title: the body's place, not a sentence's first word before its verb; the
    link and the title alone on a line are a signer's capacity."""
    places = PlaceNames(lambda name: name in {"Kempten", "Vienne"})
    for line, city in [
        ("Kempten für Oberbürgermeisterin Lena Vogt, Deutschland", "Kempten"),
        ("Vienne pour le maire Paul Girard, France", "Vienne"),
    ]:
        kind, entry = _classify(line, 3, places)
        assert (kind, entry.city if entry else None) == ("entry", city)
    assert _classify("für den Oberbürgermeister", 3, places) == ("person", None)


def test_a_figure_in_a_bracket_after_a_body_is_no_place() -> None:
    """A signer's line whose body's place is no known name, a figure in a bracket after it
    (a district's or département's number, a postcode): the body, never the figure, though
    a gazetteer knows a place named by figures."""
    known = PlaceNames(lambda name: name in {"Sevilla", "41", "12"})
    for line, body in (
        (
            "Ana Ruiz, presidenta del Área Metropolitana de Sevilla (41)",
            "Área Metropolitana de Sevilla",
        ),
        ("Ruth Adams, Chair of Leeds City Region (12)", "Leeds City Region"),
    ):
        kind, entry = _classify(line, 1, known)
        assert (kind, entry.city if entry else None) == ("entry", body), line


def test_a_signer_s_body_with_greater_before_its_town_and_a_development_authority(
    data: store.AtlasData,
) -> None:
    """Signer lines 'name, title, body' whose body has 'Greater' before its town's name and
    a form after it ('Greater Karachi Municipal Corporation', 'Greater Dhaka City
    Corporation'), no bracket after it: the town; a metropolitan development authority
    ('Lahore Metropolitan Development Authority') is the town's metropolitan area."""
    places = _with_places("Karachi, Multan, Faisalabad, Peshawar, Quetta, Lahore", "PK")
    page = HEAD + (
        "Signatories\n\nMr. Imran Qureshi, Mayor, Greater Karachi Municipal Corporation\n"
        "Ms. Sana Javed, Mayor, Multan Municipal Corporation\n"
        "Mr. Bilal Ahmed, Commissioner, Faisalabad Municipal Corporation\n"
        "Ms. Hina Rauf, Mayor, Peshawar Municipal Corporation\n"
        "Mr. Tariq Aziz, Commissioner, Quetta Municipal Corporation\n"
        "Mr. Asad Khan, Vice Chairman, Lahore Metropolitan Development Authority\n"
    )
    found = plan(data, page, places).signatories
    assert list(found["city"]) == [
        "Karachi", "Multan", "Faisalabad", "Peshawar", "Quetta",
        "Lahore Metropolitan Development Authority",
    ]  # fmt: skip
    assert list(found["kind"])[-1] == "metropolitan area"


def test_a_malay_council_s_president_and_a_compass_word_after_its_town() -> None:
    """Malay lines 'Name, title, council': a municipal or district council's president
    ('Yang Dipertua', 'Yang Di-Pertua') is a title as 'Datuk Bandar' is, 'Majlis Daerah' (a
    district council) a town's body; a compass word after the town names its part's council
    ('Majlis Bandaraya Kuala Terengganu Utara'): the town, where the name with it is none."""
    places = PlaceNames(lambda name: name in {"Seremban", "Kuala Terengganu", "Kluang", "Miri"})
    page = [
        "Ditandatangani oleh:",
        "",
        "Datuk Ahmad bin Ali, Datuk Bandar, Majlis Bandaraya Seremban",
        "Dato' Lee Wai Ming, Datuk Bandar, Majlis Bandaraya Kuala Terengganu Utara",
        "Datuk Tan Ah Kow, Datuk Bandar, Dewan Bandaraya Miri",
        "Puan Noraini binti Hassan, Yang Dipertua, Majlis Daerah Kluang",
    ]
    found = read_member_list(page, places)
    assert found is not None
    assert [e.city for e in found.entries] == ["Seremban", "Kuala Terengganu", "Miri", "Kluang"]
    kind, entry = _classify(
        "Encik Musa bin Ali, Yang Di-Pertua, Majlis Perbandaran Kluang", 0, places
    )
    assert kind == "entry"
    assert entry is not None
    assert entry.city == "Kluang"


def test_a_town_named_as_a_country_before_its_state_s_code_after_a_dash() -> None:
    """A signer's title and name, a dash, then the town and its state's code: a town named
    as a country is ('Lebanon, NH', 'Mexico, MO', 'Jordan, MN'), the code after it naming
    its state; it is read as the other towns are."""
    towns = {"Lebanon", "Mexico", "Jordan", "Salem", "Keene"}
    places = PlaceNames(lambda name: name in towns | {"NH", "MO", "MN", "OR"})  # places too
    page = [
        "Signed,",
        "",
        "Mayor Ruth Ellery — Keene, NH",
        "Mayor Dale Pruett — Lebanon, NH",
        "Mayor Ivy Scoggins — Mexico, MO",
        "Mayor Lonnie Buhl — Jordan, MN",
        "Mayor Hal Ostrom — Salem, OR",
    ]
    found = read_member_list(page, places)
    assert found is not None
    assert [e.city for e in found.entries] == ["Keene", "Lebanon", "Mexico", "Jordan", "Salem"]


def test_a_title_in_lower_case_before_a_council_named_by_its_town_s_adjective() -> None:
    """A signer's title the reader has no word for, in lower case, before the council it
    serves, named by its town's adjective in the genitive ('секретар Калуської міської
    ради', the secretary of Kalush's city council; Russian 'председатель Томской городской
    думы'): the town, as the council's name alone reads."""
    places = PlaceNames(lambda name: name in {"Калуш", "Ужгород", "Томск"})
    lines = {
        "секретар Калуської міської ради": "Калуш",
        "перший заступник Ужгородської міської ради": "Ужгород",
        "председатель Томской городской думы": "Томск",
    }
    for line, town in lines.items():
        kind, entry = _classify(line, 0, places)
        assert kind == "entry"
        assert entry is not None
        assert entry.city == town


def test_a_last_field_saying_its_signer_stands_in_for_the_holder_is_no_country() -> None:
    """A signer's line whose last field says they act for the title's holder ('acting
    Mayor', Ukrainian 'виконувач обов'язків міського голови', Polish 'pełniący obowiązki
    burmistrza'): no country, the place is read before it."""
    places = PlaceNames(lambda name: name in {"Калуш", "Hexham", "Nysa"})
    lines = {
        "секретар Калуської міської ради, виконувачка обов'язків міського голови": "Калуш",
        "Deputy Mayor of Hexham, acting Mayor": "Hexham",
        "Gmina Nysa, pełniący obowiązki burmistrza": "Nysa",
    }
    for line, town in lines.items():
        entry = read_entry(line, 0)
        assert entry is not None
        assert (entry.country, entry.codes) == ("", ())
        kind, read = _classify(line, 0, places)
        assert kind == "entry"
        assert read is not None
        assert read.city == town


@pytest.mark.parametrize(
    ("line", "body", "kind"),
    [
        ("Marta Serra, regidora de Mobilitat del Consell Comarcal del Maresme",
         "Consell Comarcal del Maresme", "county"),
        ("Joan Puig, vicepresident de Medi Ambient de l'Àrea Metropolitana de Girona",
         "Àrea Metropolitana de Girona", "metropolitan area"),
        ("Eva Ruiz, concejala de Movilidad de la Diputación de Jaén", "Diputación de Jaén",
         "province"),
    ],
)  # fmt: skip
def test_a_signer_s_portfolio_before_a_wider_body_names_the_body(
    line: str, body: str, kind: str
) -> None:
    """A signer's role names a portfolio, then the body it is held in after a word of
    belonging ('regidora de Mobilitat del Consell Comarcal del Maresme'): the body by its
    whole name, not the portfolio's words nor the town the body is named after."""
    entry = read_entry(line, 1)
    assert entry is not None
    assert (entry.city, entry.kind) == (body, kind)


def test_a_signer_s_portfolio_before_a_town_keeps_the_town() -> None:
    """A portfolio before a town's name ('concejal de Movilidad de Gijón') names no body."""
    entry = read_entry("Pablo Orense, concejal de Movilidad de Huesca", 1)
    assert entry is not None
    assert entry.kind == "city"


@pytest.mark.parametrize(
    "line",
    [
        "Ruth Baker, Mayor of Travis County, Texas",
        "Omar Haddad, County Executive of Pima County, Arizona",
    ],
)
def test_a_role_s_county_before_its_state_is_the_signer_s_body(line: str) -> None:
    """'Name, Mayor of X County, State': the county's body signs, whether the gazetteer
    knows it or not; its state, a town's name somewhere too ('Texas', 'Arizona'), only
    says where it is."""
    places = PlaceNames(lambda name: name in {"Texas", "Arizona", "Austin", "Tucson"})
    kind, entry = _classify(line, 1, places)
    assert kind == "entry"
    assert entry is not None
    assert (entry.city, entry.kind, entry.codes[:1]) == (
        line.split(", ")[1].split(" of ")[1],
        "county",
        ("US",),
    )


def test_maltese_local_councils_of_the_town_with_its_article_glued() -> None:
    """Maltese signers' lines ('Name, Sindku, Kunsill Lokali tal-X'): the council's
    town after 'ta'' (of) with the article glued to it by a hyphen ('taż-Żurrieq',
    'tal-Għargħur', 'ta' Xbiex'), or bare: the town; a capital 'Tas-' is the name's own."""
    page = (
        "Iffirmaw:\n\n"
        "Carmel Zahra, Sindku, Kunsill Lokali taż-Żurrieq\n"
        "Lara Debono, Sindku, Kunsill Lokali tal-Għargħur\n"
        "Noel Spiteri, Sindku, Kunsill Lokali Gudja\n"
        "Maria Galea, Viċi Sindku, Kunsill Lokali tan-Nadur\n"
        "Tony Azzopardi, Sindku, Kunsill Lokali Tas-Sliema\n\nKuntatt\n"
    )
    known = {"Żurrieq", "Għargħur", "Gudja", "Nadur", "Tas-Sliema"}
    found = read_member_list(page.split("\n"), PlaceNames(lambda name: name in known))
    assert found is not None
    assert [e.city for e in found.entries] == [
        "Żurrieq", "Għargħur", "Gudja", "Nadur", "Tas-Sliema",
    ]  # fmt: skip
    assert strip_form("Kunsill Lokali taż-Żurrieq") == "Żurrieq"
    assert strip_form("Kunsill Lokali ta' Xbiex") == "Xbiex"

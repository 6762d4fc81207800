"""Signatories as declarations list them: a body's line with a column after it, signature
blocks of a body over its signer, supporters after the list. Small invented pages and a
tiny gazetteer (no corpus page, no real page)."""

from __future__ import annotations

import pytest

from geo.importing.entries import PlaceNames, read_entry
from geo.text import fold

KNOWN = {
    "hallstatt", "lugano", "tartu", "bergen", "liege", "sevilla", "cadiz", "malaga",
    "cordoba", "granada", "jaen", "brno", "ostrava", "zlin", "olomouc", "lund", "malmo",
    "umea", "orebro", "vasteras", "weber", "lange", "nowak", "wagner", "hansen", "lindberg",
    "berg", "holm", "strom", "dahl", "ahl", "larsen",
}  # fmt: skip
PLACES = PlaceNames(lambda name: fold(name) in KNOWN)


@pytest.mark.parametrize(
    ("line", "city", "country"),
    [
        ("Gemeinde Hallstatt (Österreich) – unterzeichnet am 3. Mai 2022", "Hallstatt", "AT"),
        ("Città di Lugano (Svizzera) – firmata il 4 maggio 2021", "Lugano", "CH"),
        ("City of Tartu (Estonia), represented by the Deputy Mayor", "Tartu", "EE"),
        ("Ville de Liège (Belgique), représentée par l'échevine Anne Roux", "Liège", "BE"),
        ("Municipality of Bergen (Norway) – signed on 2 June 2023", "Bergen", "NO"),
    ],
)
def test_a_bracketed_country_before_a_column_is_the_entrys_country(
    line: str, city: str, country: str
) -> None:
    entry = read_entry(line, 1)
    assert entry is not None
    assert (entry.city, entry.codes) == (city, (country,))


@pytest.mark.parametrize(
    "line",
    [
        "Ayuntamiento de Sevilla – firmado el 3 de marzo de 2022",
        "Statutární město Brno – podepsáno 12. 4. 2023",
        "Cádiz – adhesión el 9 de mayo de 2023",
    ],
)
def test_a_column_after_a_dash_is_neither_the_place_nor_its_country(line: str) -> None:
    entry = read_entry(line, 1)
    assert entry is not None
    assert entry.city.endswith(("Sevilla", "Brno", "Cádiz"))  # 'Statutární město' is kept
    assert not entry.country

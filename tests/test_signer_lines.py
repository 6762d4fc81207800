"""Signers' lines and lists in the shapes held-out batch r showed were misread, each tested on
pages written here in other languages and places than the batch's (issue #20)."""

from __future__ import annotations

from geo.data import store
from tests.test_listreader import GAZETTEER, HEAD, _read_with, _with_place, data, read

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

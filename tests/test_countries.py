from __future__ import annotations

import pytest

from geo.countries import (
    city_state,
    country_code,
    country_name,
    find_country,
    foreign_country_name,
    is_region_name,
    subdivision_countries,
)
from geo.errors import UnknownCountryError


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("USA", "US"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("Macedonia", "MK"),
        ("The Netherlands", "NL"),
        ("Netherlands", "NL"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Kosovo", "XK"),
        ("South Korea", "KR"),
        ("Bosnia and Herzegovina", "BA"),
        ("  france ", "FR"),
        ("Côte d'Ivoire", "CI"),
        ("الأردن", "JO"),  # Arabic, Hebrew, Japanese and Korean pages name countries
        ("لبنان", "LB"),  # in their own scripts
        ("ישראל", "IL"),
        ("日本", "JP"),
        ("مصر", "EG"),  # a name in another script is no Latin code ('msr' is MSR, Montserrat)
        ("عمان", "OM"),  # Persian, as Arabic: 'mn' is MN, Mongolia
        ("מְדִינַת יִשְׂרָאֵל", "IL"),  # written with its vowel points (niqqud, harakat)
        ("מִצְרַיִם", "EG"),
        ("پادشاهی عُمان", "OM"),
        ("الجمهورية اليمنية", "YE"),  # an Arabic state's own wording: a form of state and
        ("الجمهورية العراقية", "IQ"),  # the country's adjective (nisba), not ISO's name
        ("الجمهوريّة الجيبوتيّة", "DJ"),
        ("فلسطين", "PS"),  # Persian's ISO names give Eritrea's official name as 'فلسطین':
        ("فلسطین", "PS"),  # a country's own name comes before any official one
        ("إريتريا", "ER"),
        ("대한민국", "KR"),
        ("Republic of Korea", "KR"),  # ISO's inverted names, in the order pages write them
        ("Republic of Moldova", "MD"),
        ("United Republic of Tanzania", "TZ"),
        ("Democratic Republic of the Congo", "CD"),
        ("Lao PDR", "LA"),  # a formal name's descriptor as its initials
        ("RDP lao", "LA"),
        ("DPR Korea", "KP"),
        ("RDP de Corée", "KP"),
        ("Chinese Taipei", "TW"),  # as international bodies name Taiwan, in their languages
        ("Taipei chinois", "TW"),
        ("Taipéi Chino", "TW"),
        ("Hong Kong SAR, China", "HK"),
        ("East Timor", "TL"),
        ("Aotearoa New Zealand", "NZ"),  # its Māori name before its English one
        ("Aotearoa", "NZ"),
        ("Bosnia-Herzegovina", "BA"),  # a hyphen for the 'and' between a country's names
        ("Bosna-Hercegovina", "BA"),
        ("ΒΟΣΝΙΑ-ΕΡΖΕΓΟΒΙΝΗ", "BA"),
        ("Trinidad-Tobago", "TT"),
        ("Азербайджанска република", "AZ"),  # a Cyrillic state's own wording: the country's
        ("Азербејџанска Република", "AZ"),  # adjective and a form of state (Bulgarian,
        ("Кіргізская Рэспубліка", "KG"),  # Serbian, Belarusian), not ISO's name
        ("Словацкая Республика", "SK"),
    ],
)
def test_names_pages_use(name: str, code: str) -> None:
    assert country_code(name) == code


def test_unknown_country_is_named_with_suggestions() -> None:
    with pytest.raises(UnknownCountryError, match="'Swedn'") as info:
        country_code("Swedn")
    assert info.value.suggestions[0] == "Sweden"


def test_empty_country_is_an_error() -> None:
    with pytest.raises(UnknownCountryError):
        country_code("")


@pytest.mark.parametrize(
    ("code", "name"), [("XK", "Kosovo"), ("GB", "United Kingdom"), ("KR", "South Korea")]
)
def test_display_names(code: str, name: str) -> None:
    assert country_name(code) == name


def test_an_arabic_state_form_with_no_country_s_adjective_is_no_country() -> None:
    assert find_country("الجمهورية العربية") is None  # 'the Arab republic': which?
    assert find_country("بلدية صلالة") is None  # a municipality, no form of state


def test_a_cyrillic_republic_of_no_country_s_adjective_is_no_country() -> None:
    assert find_country("Новая Республика") is None  # 'the new republic': which?
    assert find_country("Братиславска република") is None  # a town's adjective


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Principado de Asturias", "ES-AS"),  # ISO: 'Asturias, Principado de'
        ("Région wallonne", "BE-WAL"),  # ISO: 'wallonne, Région'
        ("Respublika Tatarstan", "RU-TA"),  # ISO: 'Tatarstan, Respublika'
        ("Islas Baleares", "ES-IB"),  # ISO: 'Illes Balears [Islas Baleares]'
        ("Illes Balears", "ES-IB"),
        ("Cataluña", "ES-CT"),
        ("Comunitat Valenciana", "ES-VC"),  # a co-official name ISO does not give
        ("Euskadi", "ES-PV"),
        ("Südtirol", "IT-BZ"),  # ISO: 'Bolzano'; the constitution's 'Bolzano/Alto Adige'
        ("Alto Adige", "IT-BZ"),
        ("Värmlands län", "SE-S"),  # ISO: 'Värmlands län [SE-17]', its old code after it
    ],
)
def test_a_region_is_known_by_the_names_pages_write_it_with(name: str, code: str) -> None:
    country, suffix = code.split("-")
    assert is_region_name(name)
    assert (country, suffix) in subdivision_countries(name)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Россия", "RU"), ("Росія", "RU"), ("Русија", "RU"), ("Rosja", "RU"), ("Rusko", "RU"),
     ("Russland", "RU"), ("Rusya", "RU"), ("Venäjä", "RU"), ("Великобритания", "GB"),
     ("Косово", "XK"), ("ایران", "IR"), ("إيران", "IR"), ("ترکیه", "TR"), ("تركيا", "TR"),
     ("Centrafrique", "CF")],
)  # fmt: skip
def test_a_country_by_the_short_name_its_neighbours_write(name: str, code: str) -> None:
    """Russia as pages in its neighbours' languages write it ('Россия', 'Rosja', 'Rusko'),
    where ISO's translations give only its formal name ('Российская Федерация'), in Latin
    letters and in others; Iran and Türkiye in Persian and Arabic ('ایران', 'تركيا')."""
    assert find_country(name) == code


def test_a_capital_a_language_names_its_country_by_is_the_city() -> None:
    """Finnish calls Brazil 'Brasilia': on a page, a line 'Brasília' is the capital, no
    heading for Brazil; the country's own names in other languages stay."""
    assert find_country("Brasília") is None
    assert find_country("Brasilia") is None
    assert [find_country(n) for n in ("Brasil", "Brasilien", "Brésil", "Brasile")] == ["BR"] * 4
    assert find_country("Singapore") == "SG"  # English names the country so
    assert find_country("Luxemburg") == "LU"


@pytest.mark.parametrize(
    ("code", "city"),
    [("SG", "Singapore"), ("MO", "Macao"), ("MC", "Monaco"), ("TN", None), ("FR", None),
     ("KW", None)],
)  # fmt: skip
def test_a_city_state_is_the_city_its_name_names(code: str, city: str | None) -> None:
    """A country whose capital bears its English name ('Singapore', 'Macao') is a city as
    much as a state; Tunisia's capital, Tunis, is not named so in English."""
    assert city_state(code) == city


@pytest.mark.parametrize(
    ("name", "code"),
    [("Vācija", "DE"), ("Prancūzija", "FR"), ("Saksamaa", "DE"), ("Igaunija", "EE")],
)
def test_baltic_languages_name_countries(name: str, code: str) -> None:
    """Latvian, Lithuanian and Estonian pages head their groups by country in their own
    languages."""
    assert find_country(name) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [("Danmark", "DK"), ("Lietuva", "LT"), ("Polska", "PL"), ("Lebanon", None), ("DE", None)],
)
def test_a_country_s_name_in_another_language_than_english(name: str, code: str | None) -> None:
    assert foreign_country_name(name) == code

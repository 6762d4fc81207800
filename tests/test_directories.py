"""A held-out set of member directories as other networks export them, written by the tests
(never copied from a real file): a title above the header, a notes sheet first, merged
cells, cp1252, a byte order mark, semicolons with decimal commas, headers in seven
languages, dates as networks write them, one coordinates column, ISO-3 and local country
names, region columns beside the city's, empty rows and a totals row. Each is imported with
no options (the Dutch list, which has no country column, with --country) and must read
every member with its country, the date it joined and a place near the real one, the
directory's own point where it gives one."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from geo.cli import main
from geo.countries import find_country
from geo.data import store
from geo.data.placekeys import place_key

# The places the directories name, as GeoNames has them (id, name, country, point,
# population, some alternate names).
GAZETTEER = """geonameid,name,country_code,lat,lon,population,alternatenames
3173435,Milan,IT,45.46427,9.18951,1371498,Milano|Mailand
3182164,Bergamo,IT,45.69601,9.66721,121200,
3165524,Turin,IT,45.07049,7.68682,847287,Torino
3181554,Brescia,IT,45.53558,10.21472,200423,
3181928,Bologna,IT,44.49381,11.33875,394843,
2867714,Munich,DE,48.13743,11.57549,1505005,München|Muenchen
2825297,Stuttgart,DE,48.78232,9.17702,612663,
2911298,Hamburg,DE,53.55073,9.99302,1973896,
2879139,Leipzig,DE,51.33962,12.37129,504971,
2778067,Graz,AT,47.06733,15.44197,303270,
2761369,Vienna,AT,48.20849,16.37208,1691468,Wien
2996944,Lyon,FR,45.74906,4.84789,520774,
2968254,Villeurbanne,FR,45.76601,4.8795,131445,
2980291,Saint-Étienne,FR,45.43389,4.39,176280,Saint-Etienne
3014728,Grenoble,FR,45.17869,5.71479,158552,
2990969,Nantes,FR,47.21725,-1.55336,325070,
2792413,Liège,BE,50.63373,5.56749,195278,Luik|Lüttich
2509954,Valencia,ES,39.47391,-0.37966,824340,València
2510911,Sevilla,ES,37.38283,-5.97317,686741,Seville
3104324,Zaragoza,ES,41.65606,-0.87734,686986,
3128026,Bilbao,ES,43.26271,-2.92528,347342,Bilbo
2745912,Utrecht,NL,52.09083,5.12222,376435,
2759794,Amsterdam,NL,52.37403,4.88969,741636,
2747891,Rotterdam,NL,51.9225,4.47917,868135,
2756253,Eindhoven,NL,51.44083,5.47778,235691,
2755251,Groningen,NL,53.21917,6.56667,244807,
3094802,Kraków,PL,50.06143,19.93658,816614,Krakow|Cracow
3099434,Gdańsk,PL,54.35227,18.64912,487371,Gdansk|Danzig
3081368,Wrocław,PL,51.10286,17.03006,672545,Wroclaw|Breslau
3088171,Poznań,PL,52.40692,16.92993,536151,Poznan
2267057,Lisbon,PT,38.72509,-9.1498,517802,Lisboa
2735943,Porto,PT,41.1485,-8.61097,252687,
2742032,Braga,PT,41.5514,-8.42311,193324,
2740637,Coimbra,PT,40.20686,-8.41996,140796,
"""

# Where each place is (GeoNames), by the name the gazetteer gives it.
POINTS = {
    line.split(",")[1]: (float(line.split(",")[3]), float(line.split(",")[4]))
    for line in GAZETTEER.splitlines()[1:]
}


@dataclass(frozen=True)
class Member:
    """What a directory's row should read as: its country, when it joined, its place."""

    source_name: str
    country_code: str
    joined: str  # YYYY-MM-DD, '' when the directory gives none
    place: str  # the gazetteer's name of its place


@dataclass(frozen=True)
class Case:
    write: Callable[[Path], Path]
    members: tuple[Member, ...]
    options: tuple[str, ...] = ()
    points: bool = False  # the directory gives each member's point: it must be kept


def _text(name: str, text: str, encoding: str = "utf-8") -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


def _xlsx_title_notes(folder: Path) -> Path:
    """A notes sheet first; the members under a merged title and a blank row (header on
    row 3), dates as date cells, a region column left of the country, two empty rows and
    a totals row at the end."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["About this list"])
    notes.append(["Members of the network in Italy and Germany, as of 31 December 2023."])
    notes.append(["Source: the network's secretariat"])
    sheet = book.create_sheet("Members")
    sheet.append(["Network members 2023"])
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(["City", "Region", "Country", "Population", "Latitude", "Longitude", "Joined"])
    sheet.append(["Milano", "Lombardia", "Italy", 1371498, 45.4642, 9.19,
                  dt.datetime(2019, 3, 15)])  # fmt: skip
    sheet.append(["München", "Bayern", "Germany", 1505005, 48.1374, 11.5755,
                  dt.datetime(2020, 6, 1)])  # fmt: skip
    sheet.append(["Stuttgart", "Baden-Württemberg", "Germany", 612663, 48.7823, 9.177,
                  dt.datetime(2016, 7, 1)])  # fmt: skip
    sheet.append(["Bergamo", "Lombardia", "Italy", 121200, 45.6983, 9.6773,
                  dt.datetime(2021, 11, 30)])  # fmt: skip
    sheet.append([])
    sheet.append([])
    sheet.append(["Total", None, None, 3610366, None, None, None])
    path = folder / "network-members-2023.xlsx"
    book.save(path)
    return path


def _xlsx_dutch_serials(folder: Path) -> Path:
    """A Dutch list without a country column; 'Lid sinds' as Excel's day numbers."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Leden"
    sheet.append(["Gemeente", "Provincie", "Lid sinds", "Inwoners"])
    sheet.append(["Gemeente Utrecht", "Utrecht", 43539, 376435])  # 2019-03-15
    sheet.append(["Gemeente Amsterdam", "Noord-Holland", 42736, 741636])  # 2017-01-01
    sheet.append(["Rotterdam", "Zuid-Holland", 44197, 868135])  # 2021-01-01
    sheet.append(["Gemeente Eindhoven", "Noord-Brabant", 43831, 235691])  # 2020-01-01
    sheet.append(["Groningen", "Groningen", 43101, 244807])  # 2018-01-01
    path = folder / "leden.xlsx"
    book.save(path)
    return path


CASES: dict[str, Case] = {
    "xlsx-title-notes-sheet": Case(
        _xlsx_title_notes,
        (
            Member("Milano", "IT", "2019-03-15", "Milan"),
            Member("München", "DE", "2020-06-01", "Munich"),
            Member("Stuttgart", "DE", "2016-07-01", "Stuttgart"),
            Member("Bergamo", "IT", "2021-11-30", "Bergamo"),
        ),
        points=True,
    ),
    "fr-cp1252-semicolons": Case(
        _text(
            "adherents.csv",
            "Commune;Département;Pays;Date d'adhésion;Statut\r\n"
            "Ville de Lyon;Rhône;France;15/03/2019;actif\r\n"
            "Villeurbanne;Rhône;France;02/10/2020;actif\r\n"
            "Saint-Étienne;Loire;France;21/06/2018;suspendu\r\n"
            "Grenoble;Isère;France;07/11/2017;actif\r\n"
            "Liège;Liège;Belgique;30/01/2021;actif\r\n",
            "cp1252",
        ),
        (
            Member("Ville de Lyon", "FR", "2019-03-15", "Lyon"),
            Member("Villeurbanne", "FR", "2020-10-02", "Villeurbanne"),
            Member("Saint-Étienne", "FR", "2018-06-21", "Saint-Étienne"),
            Member("Grenoble", "FR", "2017-11-07", "Grenoble"),
            Member("Liège", "BE", "2021-01-30", "Liège"),
        ),
    ),
    "de-bom-dotted-dates": Case(
        _text(
            "mitglieder.csv",
            "\ufeffGemeinde,Bundesland,Land,Beitrittsdatum,Status\n"
            "Stadt München,Bayern,Deutschland,15.03.2019,aktiv\n"
            "Landeshauptstadt Stuttgart,Baden-Württemberg,Deutschland,01.07.2016,aktiv\n"
            "Freie und Hansestadt Hamburg,Hamburg,Deutschland,12.12.2012,aktiv\n"
            "Stadt Leipzig,Sachsen,Deutschland,03.05.2021,ruhend\n"
            "Stadt Graz,Steiermark,Österreich,19.09.2018,aktiv\n",
        ),
        (
            Member("Stadt München", "DE", "2019-03-15", "Munich"),
            Member("Landeshauptstadt Stuttgart", "DE", "2016-07-01", "Stuttgart"),
            Member("Freie und Hansestadt Hamburg", "DE", "2012-12-12", "Hamburg"),
            Member("Stadt Leipzig", "DE", "2021-05-03", "Leipzig"),
            Member("Stadt Graz", "AT", "2018-09-19", "Graz"),
        ),
    ),
    "it-decimal-commas-month-names": Case(
        _text(
            "aderenti.csv",
            "Comune;Provincia;Regione;Paese;Latitudine;Longitudine;Data di adesione;Stato\n"
            "Comune di Milano;MI;Lombardia;Italia;45,4642;9,1900;marzo 2019;attivo\n"
            "BERGAMO (BG);BG;Lombardia;Italia;45,6983;9,6773;15/03/2019;attivo\n"
            "Comune di Torino;TO;Piemonte;Italia;45,0703;7,6869;2017;sospeso\n"
            "Brescia;BS;Lombardia;Italia;45,5416;10,2118;12/01/2020;attivo\n"
            "Comune di Bologna;BO;Emilia-Romagna;Italia;44,4949;11,3426;2016;attivo\n",
        ),
        (
            Member("Comune di Milano", "IT", "2019-03-01", "Milan"),
            Member("BERGAMO (BG)", "IT", "2019-03-15", "Bergamo"),
            Member("Comune di Torino", "IT", "2017-01-01", "Turin"),
            Member("Brescia", "IT", "2020-01-12", "Brescia"),
            Member("Comune di Bologna", "IT", "2016-01-01", "Bologna"),
        ),
        points=True,
    ),
    "es-years-and-provinces": Case(
        _text(
            "adheridos.csv",
            "Municipio,Provincia,Comunidad autónoma,País,Fecha de adhesión,Estado\n"
            "Ayuntamiento de Valencia,Valencia,Comunitat Valenciana,España,2019,activo\n"
            "Sevilla,Sevilla,Andalucía,España,2020,activo\n"
            "Zaragoza,Zaragoza,Aragón,España,2018,baja\n"
            "Ayuntamiento de Bilbao,Bizkaia,País Vasco,España,2021,activo\n",
        ),
        (
            Member("Ayuntamiento de Valencia", "ES", "2019-01-01", "Valencia"),
            Member("Sevilla", "ES", "2020-01-01", "Sevilla"),
            Member("Zaragoza", "ES", "2018-01-01", "Zaragoza"),
            Member("Ayuntamiento de Bilbao", "ES", "2021-01-01", "Bilbao"),
        ),
    ),
    "nl-no-country-excel-serials": Case(
        _xlsx_dutch_serials,
        (
            Member("Gemeente Utrecht", "NL", "2019-03-15", "Utrecht"),
            Member("Gemeente Amsterdam", "NL", "2017-01-01", "Amsterdam"),
            Member("Rotterdam", "NL", "2021-01-01", "Rotterdam"),
            Member("Gemeente Eindhoven", "NL", "2020-01-01", "Eindhoven"),
            Member("Groningen", "NL", "2018-01-01", "Groningen"),
        ),
        ("--country", "Netherlands"),
    ),
    "pl-ordinals-and-totals": Case(
        _text(
            "czlonkowie.csv",
            "Lp.,Gmina,Województwo,Kraj,Data przystąpienia,Status\n"
            "1,Gmina Miejska Kraków,małopolskie,Polska,2019-03-15,aktywny\n"
            "2,Miasto Gdańsk,pomorskie,Polska,2018-06-01,aktywny\n"
            "3,Wrocław,dolnośląskie,Polska,2020-09-10,aktywny\n"
            "4,Miasto Poznań,wielkopolskie,Polska,2017-02-20,zawieszony\n"
            ",,,,,\n"
            ",Razem: 4 gminy,,,,\n",
        ),
        (
            Member("Gmina Miejska Kraków", "PL", "2019-03-15", "Kraków"),
            Member("Miasto Gdańsk", "PL", "2018-06-01", "Gdańsk"),
            Member("Wrocław", "PL", "2020-09-10", "Wrocław"),
            Member("Miasto Poznań", "PL", "2017-02-20", "Poznań"),
        ),
    ),
    "pt-districts-and-slashed-dates": Case(
        _text(
            "aderentes.csv",
            "Município;Distrito;País;Data de adesão;Situação\n"
            "Câmara Municipal de Lisboa;Lisboa;Portugal;15/03/2019;ativo\n"
            "Porto;Porto;Portugal;01/02/2020;ativo\n"
            "Município de Braga;Braga;Portugal;28/09/2018;ativo\n"
            "Coimbra;Coimbra;Portugal;05/04/2017;suspenso\n",
        ),
        (
            Member("Câmara Municipal de Lisboa", "PT", "2019-03-15", "Lisbon"),
            Member("Porto", "PT", "2020-02-01", "Porto"),
            Member("Município de Braga", "PT", "2018-09-28", "Braga"),
            Member("Coimbra", "PT", "2017-04-05", "Coimbra"),
        ),
    ),
    "iso3-one-coordinates-column": Case(
        _text(
            "members.csv",
            "Member,Country,Coordinates,Member since\n"
            'MILANO (MI),ITA,"45.4642, 9.19",March 2019\n'
            "Stadt München,DEU,POINT(11.5755 48.1374),June 2020\n"
            'Lyon,FRA,"45.7485, 4.8467",2018\n'
            "Wien,AUT,POINT(16.3721 48.2083),September 2017\n"
            'Nantes,FRA,"47.2184, -1.5536",January 2021\n',
        ),
        (
            Member("MILANO (MI)", "IT", "2019-03-01", "Milan"),
            Member("Stadt München", "DE", "2020-06-01", "Munich"),
            Member("Lyon", "FR", "2018-01-01", "Lyon"),
            Member("Wien", "AT", "2017-09-01", "Vienna"),
            Member("Nantes", "FR", "2021-01-01", "Nantes"),
        ),
        points=True,
    ),
    "tsv-title-line-and-totals": Case(
        _text(
            "members.tsv",
            "Members of the network (as of 1 January 2024)\n"
            "\n"
            "Name\tCountry\tJoined\n"
            "Gemeente Utrecht\tNetherlands\t2019-03-15 00:00:00\n"
            "Kraków\tPoland\t2018-06-01 00:00:00\n"
            "Bologna\tItaly\t2016-05-20 00:00:00\n"
            "Porto\tPortugal\t2020-02-01 00:00:00\n"
            "\t\t\n"
            "Total\t4\t\n",
        ),
        (
            Member("Gemeente Utrecht", "NL", "2019-03-15", "Utrecht"),
            Member("Kraków", "PL", "2018-06-01", "Kraków"),
            Member("Bologna", "IT", "2016-05-20", "Bologna"),
            Member("Porto", "PT", "2020-02-01", "Porto"),
        ),
    ),
}

NEAR_KM = 25.0

# What the importer did not read right before the changes of branch 'dirs'.
FAILING_BEFORE: set[str] = set()


def misreadings(case: Case, data: Path, table: Path, gazetteer: Path) -> list[str]:
    """What importing a directory got wrong: its error, or each member misread."""
    result = CliRunner().invoke(
        main,
        ["--data-dir", str(data), "import-members", str(table), "--network", "icc",
         "--gazetteer", str(gazetteer), *case.options],
    )  # fmt: skip
    if result.exit_code != 0:
        return [f"exit {result.exit_code}: {result.output.strip().splitlines()[-1:]}"]
    atlas = store.load(data)
    members = atlas.members.set_index("source_name")
    places = atlas.places.set_index("key")
    wrong = []
    if set(members.index) != {m.source_name for m in case.members}:
        wrong.append(f"members {sorted(members.index)}")
    for member in case.members:
        if member.source_name not in members.index:
            continue
        row = members.loc[member.source_name]
        joined = (
            ""
            if row["joined"] is None or row["joined"] != row["joined"]
            else (row["joined"].date().isoformat())
        )
        code = find_country(str(row["country"])) or ""
        key = place_key(str(row["city"]), code)
        place = places.loc[key] if key in places.index else None
        at = (math.nan, math.nan) if place is None else (place["lat"], place["lon"])
        near = _km(at, POINTS[member.place]) <= NEAR_KM
        kept = place is not None and place["source"] == "directory"
        read = (code, joined, near, kept)
        if read != (member.country_code, member.joined, True, case.points):
            wrong.append(f"{member.source_name}: {read}")
    return wrong


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    if any(math.isnan(v) for v in (*a, *b)):
        return math.inf
    scale = math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot((a[1] - b[1]) * scale, a[0] - b[0]) * 111.2


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="read wrong before"))
        if name in FAILING_BEFORE
        else name
        for name in CASES
    ],
)
def test_a_held_out_directory_reads_with_no_options(
    name: str, networks_only_data: Path, tmp_path: Path
) -> None:
    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_text(GAZETTEER, encoding="utf-8")
    case = CASES[name]
    table = case.write(tmp_path)
    assert misreadings(case, networks_only_data, table, gazetteer) == []

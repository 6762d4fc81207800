"""A network's member directory (CSV or XLSX) as member rows and places, saved together.

A directory is a table, one member a row. Its columns are found by their names (`HEADERS`:
the usual headers, in several languages) or named by the caller. Each row becomes a row of
members.csv (csvfiles.MEMBER_COLUMNS): the name cleaned for display (`read_name`), the spelling
in the source kept in `source_name`, the country, the date it joined, its status and its id
in the source.

A source's coordinate for a place is kept, and cited, only when `point_problems` finds
nothing wrong with it: none given, whole degrees (45, 9), one point shared by three or more
members (a country's centroid), or outside the member's country (checked against the bundled
Natural Earth outlines, as `geo report` does). Otherwise the place is geocoded like any
other, offline: curated overrides, then the gazetteer (geo.geocoding.geocode) by each of
the member's `lookups`; a name no place of its country has is then read otherwise only
where exactly one place there fits (`_Readings`: the name as whole words of a longer name,
or a long name a letter apart).

A name that lists several municipalities ('Alkmaar, Bergen, Castricum') is one member: the
group, as the source counts it, kept as one body of kind `county` (drawn hollow) at its
first municipality, as unions of municipalities are. A group that the gazetteer does not
know, whose members the source links to it (a group id column), is shown at one of those
members (`_at_members`): the one whose point it shares, else the most populous.

Saving sets the network's member list to the directory's (a newer release replaces the old;
`MemberChange` says who joined, left and moved) in one transaction with the places it adds;
saving the same directory again writes nothing.
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import csv
import dataclasses
import datetime as dt
import itertools
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from geo.countries import country_code, country_name, find_country
from geo.data import csvfiles, placekeys, store, transactions
from geo.errors import DataError, UnknownCountryError
from geo.geocoding import geocode, report
from geo.importing import statements
from geo.model import Kind, Source, Status
from geo.text import clean, fold

Progress = Callable[[str], None]
GazetteerLoader = Callable[[], geocode.Gazetteer]

# The headers each column goes by, folded (geo.text.fold), most specific first.
HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "organisation name", "organization name", "name", "city", "city name", "member",
        "member city", "member name", "member municipality", "member organisation",
        "municipality", "local authority", "signatory", "town", "ville", "commune", "nom",
        "stadt", "gemeinde", "ort", "comune", "citta", "municipio", "ciudad", "nombre",
        "cidade", "nome", "gemeente", "naam", "stad", "kommune", "kommun", "miasto", "gmina",
        "nazwa", "obec", "obcina", "kunta", "municipi", "localitate", "telepules",
    ),
    "country_code": (
        "country code", "iso2", "iso code", "country iso", "code pays", "iso3", "iso 3",
        "country iso3", "alpha 2", "alpha 3",
    ),
    "country": (
        "country", "country name", "pays", "land", "staat", "paese", "nazione", "pais", "kraj",
        "zeme", "drzava", "orszag", "tara", "maa",
    ),
    "lat": (
        "latitude", "lat", "organisation latitude", "organization latitude", "breite",
        "breitengrad", "latitudine", "latitud", "szerokosc", "breedtegraad", "y",
    ),
    "lon": (
        "longitude", "lon", "lng", "long", "organisation longitude", "organization longitude",
        "laenge", "lange", "langengrad", "longitudine", "longitud", "dlugosc", "lengtegraad",
        "x",
    ),
    "coordinates": (
        "coordinates", "coordinate", "coords", "coordonnees", "koordinaten", "coordenadas",
        "coordinate geografiche", "wspolrzedne", "coordinaten", "lat lon", "lat long",
        "latitude longitude", "geometry", "wkt", "point",
    ),
    "joined": (
        "joined", "date of adhesion", "adhesion date", "date joined", "joined on", "join date",
        "joining date", "year joined", "member since", "membership date", "accession date",
        "year of accession", "year of adhesion", "accession year", "adhesion year",
        "date d adhesion", "date adhesion", "annee d adhesion", "membre depuis",
        "fecha de adhesion", "fecha adhesion", "ano de adhesion", "fecha de incorporacion",
        "data di adesione", "data adesione", "anno di adesione", "aderente dal",
        "data de adesao", "data adesao", "ano de adesao", "beitrittsdatum", "beitritt",
        "mitglied seit", "lid sinds", "datum toetreding", "toetredingsdatum",
        "data przystapienia", "rok przystapienia", "data d adhesio", "medlem sedan",
        "medlem siden", "datum vstupu", "csatlakozas datuma", "data aderarii", "since", "date",
    ),
    "status": (
        "status", "signatory status", "membership status", "statut", "estado", "stato",
        "situacao", "situacion", "estat", "stan",
    ),
    "id": ("organisation id", "organization id", "member id", "id", "identifier"),
    "group_id": ("group organisation id", "group organization id", "group id"),
    "population": ("population adhesion", "population"),
    "evidence_url": ("evidence url",),
    "evidence_quote": ("evidence quote",),
}  # fmt: skip
OPTIONS = ("name", "country", "lat", "lon", "coordinates", "joined", "status", "id")  # --X-column
MISSING = {"", "-", "--", "–", "—", "n/a", "na", "none", "null", "nan"}
_KNOWN_HEADERS = frozenset(h for names in HEADERS.values() for h in names)
SHARED = 3  # a point that this many members share is a placeholder, not a place
TODAY = dt.date.today


def _headers(
    columns: Iterable[str], named: Mapping[str, str | None], country_given: bool = False
) -> dict[str, str]:
    """Role -> the column that holds it: the one named (it must exist), else by HEADERS. A
    name column is needed, and a country column unless the country is given."""
    present = {_header_key(c): str(c) for c in columns}
    found: dict[str, str] = {}
    for role, column in named.items():
        if column is None:
            continue
        if column not in present.values():
            raise DataError(
                f"has no column {column!r} (its columns: {', '.join(present.values())})",
                option=f"{role}_column",
            )
        found["country" if role == "country" else role] = column
    for role, names in HEADERS.items():
        if role in found or (role == "country_code" and named.get("country")):
            continue
        taken = set(found.values())
        column = next((present[n] for n in names if n in present), None)
        if column is not None and column not in taken:
            found[role] = column
    for role, names in HEADERS.items():  # then headers that hold a known one as their words
        if role in found or (role == "country_code" and "country" in found):
            continue
        taken = set(found.values())
        column = next(
            (c for key, c in present.items() if c not in taken and _resembles(key, names)), None
        )
        if column is not None:
            found[role] = column
    if "name" not in found or not (country_given or {"country", "country_code"} & set(found)):
        lacking = "name" if "name" not in found else "country"
        raise DataError(
            f"has no {lacking} column that the importer knows (its columns: "
            f"{', '.join(present.values())}); name it",
            option=f"{lacking}_column",
        )
    return found


# --------------------------------------------------------------------------- reading


def read_table(
    path: Path, sheet: str | None = None, named: Iterable[str] = (), country_given: bool = False
) -> tuple[pd.DataFrame, str, tuple[str, ...]]:
    """A CSV or XLSX file's rows as text under its header (index: the row's line in the
    file), and which sheet was read ('' for a CSV). The header is the row among the first
    HEADER_ROWS with the most cells that are known headers or `named` columns, so a title,
    notes or blank rows above it are passed over; empty rows are left out. A CSV is read as
    UTF-8 (with or without a byte order mark) or UTF-16 (with one, as Excel's 'Unicode
    text' is), else as Windows-1252, with the separator that splits its rows most evenly.
    A workbook is known by its content, whatever its name ends with. Without `sheet`, an
    XLSX's first sheet whose header names members' names and countries (names only, if
    `country_given`) is read; the third value names the other sheets that do too."""
    kind = "CSV"
    try:
        with path.open("rb") as file:
            start = file.read(4)
        if start == b"\xd0\xcf\x11\xe0":
            raise DataError(
                "is an old Excel workbook (XLS), which the importer does not read: save it as "
                "XLSX or CSV",
                path=str(path),
            )
        if start == b"PK\x03\x04":
            kind = "XLSX"
            return _read_sheet(path, sheet, named, country_given)
        return _under_header(_read_csv(path), named), "", ()
    except (OSError, UnicodeDecodeError, ValueError, KeyError, ImportError, csv.Error) as exc:
        raise DataError(f"cannot be read as {kind} ({exc})", path=str(path)) from None


HEADER_ROWS = 30  # the header is looked for in this many rows at the top of a table
SEPARATORS = (",", ";", "\t", "|")


def _read_csv(path: Path) -> pd.DataFrame:
    """A CSV's rows as cells, no row taken for the header yet."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    lines = text.splitlines()
    head = [line for line in lines[: HEADER_ROWS * 2] if line.strip()]

    def evenness(separator: str) -> tuple[int, int]:
        widths = collections.Counter(len(r) for r in csv.reader(head, delimiter=separator))
        width, rows = widths.most_common(1)[0] if widths else (1, 0)
        return (rows, width) if width > 1 else (0, 0)

    separator = max(SEPARATORS, key=evenness)
    rows = list(csv.reader(lines, delimiter=separator))
    width = max(map(len, rows), default=0)
    return pd.DataFrame([row + [""] * (width - len(row)) for row in rows], dtype=object)


def _read_sheet(
    path: Path, sheet: str | None, named: Iterable[str], country_given: bool
) -> tuple[pd.DataFrame, str, tuple[str, ...]]:
    sheets: dict[str, pd.DataFrame] = pd.read_excel(
        path, sheet_name=None, header=None, dtype=object
    )
    if sheet is not None:
        if sheet not in sheets:
            raise DataError(
                f"has no sheet {sheet!r} (its sheets: {', '.join(sheets)})",
                path=str(path),
                option="sheet",
            )
        return _under_header(sheets[sheet], named), sheet, ()
    tables = {name: _under_header(frame, named) for name, frame in sheets.items()}
    fit = [name for name, table in tables.items() if _has_members(table, country_given)]
    if fit:
        return tables[fit[0]], fit[0], tuple(fit[1:])
    raise DataError(
        f"has no sheet with columns of members' names and countries (its sheets: "
        f"{', '.join(sheets)}); name the sheet",
        path=str(path),
        option="sheet",
    )


def _has_members(table: pd.DataFrame, country_given: bool) -> bool:
    try:
        _headers(table.columns, {}, country_given)
    except DataError:
        return False
    return True


def _under_header(rows: pd.DataFrame, named: Iterable[str]) -> pd.DataFrame:
    """The rows under the table's header row (`read_table`), as text, the header's cells
    as column names (an empty one named by its place, a repeated one numbered)."""
    text = rows.map(_cell).astype(str)
    text.index = pd.RangeIndex(1, len(rows) + 1)  # the lines of the file
    known = set(_KNOWN_HEADERS) | {_header_key(n) for n in named}
    top = text.head(HEADER_ROWS)
    cells: list[list[str]] = top.to_numpy().tolist()
    scores = [
        sum(bool(c) and (_header_key(c) in known or _resembles(_header_key(c), known)) for c in row)
        for row in cells
    ]
    best = max(scores, default=0)
    at = scores.index(best) if best else _first_filled(cells)
    columns: list[str] = []
    for number, cell in enumerate(text.iloc[at] if len(text) else [], start=1):
        name = cell or f"column {number}"
        columns.append(name if name not in columns else f"{name} ({number})")
    body = text.iloc[at + 1 :]
    body.columns = columns or list(text.columns)
    return body[(body != "").any(axis=1)]


def _first_filled(rows: list[list[str]]) -> int:
    return next((i for i, row in enumerate(rows) if any(row)), 0)


VAGUE = frozenset({"member", "since", "point", "status", "signatory", "joined"})


def _resembles(header: str, terms: Iterable[str]) -> bool:
    """Whether a folded header holds one of the known `terms` as its words, each the same
    or the same but for its ending ('Nazwa gminy': gmina; 'Municipi': municipio; 'Date of
    adhesion to the network'). A lone term is one of five letters or more that is not VAGUE
    ('Contact name' is no member's name, 'Member state' no member)."""
    words = header.split()
    for term in terms:
        wanted = term.split()
        if len(wanted) == 1 and (len(term) < 5 or term in VAGUE):
            continue
        size = len(wanted)
        if any(
            all(map(_same_word, words[i : i + size], wanted)) for i in range(len(words) - size + 1)
        ):
            return True
    return False


def _same_word(a: str, b: str) -> bool:
    """'gminy' and 'gmina', 'kommun' and 'kommune': four letters or more alike, then at most
    two more each."""
    pairs = enumerate(zip(a, b, strict=False))
    common = next((i for i, (x, y) in pairs if x != y), min(len(a), len(b)))
    return a == b or (common >= 4 and max(len(a), len(b)) - common <= 2)


def _header_key(header: str) -> str:
    """A header as HEADERS writes it: folded, without a bracket ('Joined (dd/mm/yyyy)')."""
    return fold(_BRACKETS.sub(" ", str(header)))


def _cell(value: object) -> str:
    """A cell as text: dates as YYYY-MM-DD, whole numbers without '.0', missing as ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = clean(str(value))
    return "" if text.casefold() in MISSING else text


# --------------------------------------------------------------------------- names


@dataclass(frozen=True)
class Name:
    """A member's name as shown, the name to look it up by, and whether it is a group."""

    display: str
    lookup: str
    group: int = 0  # how many municipalities the name lists (0: one body's name)


_CODE_SUFFIX = re.compile(r"^(?P<name>.+?)\s*,\s*[A-Z]{2,3}\.?$")
_REGION_SUFFIX = re.compile(
    r"^(?P<name>.+?)\s*,\s*[^,]*\b(region|oblast|province|provincia|county|raion|r-nul)\b[^,]*$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?P<name>[^,]+),\s*(?P<article>el|la|les|els|los|las|l'|o|a|il|lo|le)$")
_AND = re.compile(r"\s+(?:e|i|y|and|et|und|és|en)\s+", re.IGNORECASE)
_BRACKETS = re.compile(r"\([^()]*\)")
_CODE_IN_BRACKETS = re.compile(r"\(\w{1,3}\)")
_SMALL_WORDS = frozenset(
    "de del della delle dei degli di da do dos das du des la le les lo los las el en et e i y "
    "und am an im sur sul sulla al alla van von der den het op aan of and".split()
)


def read_name(raw: str) -> Name:
    """A member's name for display and lookup.

    'ALAQUÀS' -> Alaquàs (title case for a name in capitals); 'Torrent, VLC' -> Torrent (a
    province code after a comma); 'Zolochiv, Lviv region' -> Zolochiv; 'Vendrell, el' -> El
    Vendrell; 'Alkmaar, Bergen, Castricum' -> the group, looked up as Alkmaar, its first.
    """
    name = clean(raw)
    if any(c.isalpha() for c in name) and name == name.upper():
        name = _title(name)
    for suffix in (_CODE_SUFFIX, _REGION_SUFFIX):
        if match := suffix.match(name):
            name = match["name"]
    if match := _ARTICLE.match(name):
        article = match["article"].capitalize()
        space = "" if article.endswith("'") else " "
        name = f"{article}{space}{match['name']}"
    parts = [clean(p) for p in _AND.split(",".join(_BRACKETS.sub("", name).split(",")))]
    parts = [p for p in ",".join(parts).split(",") if clean(p)] if "," in name else [name]
    if len(parts) >= 2:
        return Name(display=name, lookup=clean(parts[0]), group=len(parts))
    return Name(display=name, lookup=name)


def _title(name: str) -> str:
    """'COMARCA DE SANGÜESA' -> 'Comarca de Sangüesa'; "L'HOSPITALET" -> "L'Hospitalet";
    a province's code in brackets stays in capitals ('MILANO (MI)' -> 'Milano (MI)')."""
    words = name.replace("İ", "I").lower().split(" ")
    titled = " ".join(
        w if i and w in _SMALL_WORDS else re.sub(r"(^|[-'’./(])(\w)", _upper, w)
        for i, w in enumerate(words)
    )
    return _CODE_IN_BRACKETS.sub(lambda m: m[0].upper(), titled)


def _upper(match: re.Match[str]) -> str:
    return match[1] + match[2].upper()


# --------------------------------------------------------------------------- the directory


@dataclass(frozen=True)
class Directory:
    """What a directory holds, read: member rows, with what their places need."""

    members: pd.DataFrame  # csvfiles.MEMBER_COLUMNS, and PLACE_FIELDS below
    skipped: tuple[str, ...]  # 'line 12: no name'
    sheet: str
    columns: dict[str, str]  # role -> the column read
    others: tuple[str, ...] = ()  # the workbook's other sheets with members' columns, not read


# and the group the member belongs to (its id in the source) and its population, by which
# a group the gazetteer does not know is shown at one of its members (`_at_members`)
PLACE_FIELDS = (
    "key", "country_code", "lookup", "group", "lat", "lon", "line", "group_id", "population"
)  # fmt: skip


def read_directory(
    path: Path,
    network: str,
    *,
    source: str,
    columns: Mapping[str, str | None] | None = None,
    sheet: str | None = None,
    country: str = "",
) -> Directory:
    """A member directory's rows as member rows of `network`, citing `source`; `country`
    (a name or code) is the country of members whose row gives none.

    Raises DataError naming the file and line of a country it does not know, a date that is
    not one, or a coordinate that is not a number; rows without a name are skipped, and
    so are totals (a row whose name starts with a word of TOTALS and that names no country)
    and notes under the table (`_notes_under`).
    """
    default = country_code(country) if country else ""
    named = [c for c in (columns or {}).values() if c]
    table, read_sheet, others = read_table(path, sheet, named, bool(default))
    try:
        found = _headers(table.columns, columns or {}, bool(default))
    except DataError as exc:
        raise exc.in_file(str(path)) from None
    day_first = _day_first(table[found["joined"]]) if "joined" in found else None
    reading = (day_first, default)
    notes = _notes_under(table, table[found["name"]])
    rows, skipped = [], []
    records: list[dict[str, str]] = table.to_dict("records")  # type: ignore[assignment]
    for line, cells in zip(table.index, records, strict=True):
        raw = cells[found["name"]]
        if line in notes:
            skipped.append(f"line {line}: a note under the table ({notes[line]!r})")
            continue
        if not raw:
            skipped.append(f"line {line}: no name")
            continue
        if _is_total(raw, [cells[found[r]] for r in ("country", "country_code") if r in found]):
            skipped.append(f"line {line}: a total ({raw!r})")
            continue
        try:
            rows.append(_member(cells, found, network, source, raw, int(line), reading))
        except DataError as exc:
            exc.line = int(line)
            raise exc.in_file(str(path)) from None
    frame = pd.DataFrame(rows, columns=[*csvfiles.MEMBER_COLUMNS, *PLACE_FIELDS])
    frame["joined"] = pd.to_datetime(frame["joined"].replace("", None), format="%Y-%m-%d")
    return Directory(
        members=frame, skipped=tuple(skipped), sheet=read_sheet, columns=found, others=others
    )


def _notes_under(table: pd.DataFrame, names: pd.Series) -> dict[int, str]:
    """Line -> text of the notes under a table: rows of one cell after its last row of two
    or more, whose text no name is like: it has a colon ('Source: ...'), starts with no
    letter ('* in 2023', '© 2024'), or has more words than every name above it. A member
    with only its name filled stays a member."""
    filled = (table != "").sum(axis=1)
    if not (filled >= 2).any():
        return {}
    last = filled.index[filled >= 2].max()
    longest = max((len(n.split()) for n in names[names.index <= last]), default=0)
    notes = {}
    for line in filled.index[(filled == 1) & (filled.index > last)]:
        text = " ".join(table.loc[line]).strip()
        if ":" in text or not text[0].isalpha() or len(text.split()) > longest:
            notes[int(line)] = text
    return notes


# The word a totals row starts with, folded, in the languages of HEADERS.
TOTALS = frozenset(
    "total totals totale totaal totalt gesamt insgesamt summe sum razem suma somme".split()
)


def _is_total(name: str, countries: list[str]) -> bool:
    """Whether a row is a total: its name starts with a word of TOTALS, it names no country."""
    words = fold(name).split()
    return bool(words) and words[0] in TOTALS and not any(map(find_country, countries))


def _member(
    cells: dict[str, str],
    found: dict[str, str],
    network: str,
    source: str,
    raw: str,
    line: int,
    reading: tuple[bool | None, str],  # whether dates are day first, the default country
) -> dict[str, object]:
    def cell(role: str) -> str:
        return cells[found[role]] if role in found else ""

    day_first, default = reading
    code = _country(cell("country_code"), cell("country"), default)
    name = read_name(raw)
    joined = read_date(cell("joined"), day_first).isoformat() if cell("joined") else ""
    lat, lon = _number(cell("lat"), "lat"), _number(cell("lon"), "lon")
    if math.isnan(lat) and math.isnan(lon) and cell("coordinates"):
        lat, lon = read_point(cell("coordinates"))
    return {
        "network": network,
        "city": name.display,
        "country": country_name(code),
        "joined": joined,
        "status": cell("status"),
        "source": source,
        "source_id": cell("id"),
        "source_name": clean(raw),
        "evidence_url": cell("evidence_url"),
        "evidence_quote": cell("evidence_quote"),
        "key": placekeys.place_key(name.display, code),
        "country_code": code,
        "lookup": name.lookup,
        "group": name.group,
        "lat": lat,
        "lon": lon,
        "line": line,
        "group_id": cell("group_id"),
        "population": _population(cell("population")),
    }


_NUMBERED_DATE = re.compile(r"(?P<first>\d{1,2})[./-](?P<second>\d{1,2})[./-](?P<year>\d{4})")
_MONTH_YEAR = re.compile(
    r"(?:(?P<name>[^\W\d_]+)\.?\s+(?:de\s+|del\s+)?|(?P<number>\d{1,2})[./-])(?P<year>\d{4})"
    r"|(?P<year_first>\d{4})[./-](?P<month>\d{1,2})"
)
_LETTER = re.compile(r"[^\W\d_]")
EXCEL_DAY_ZERO = dt.date(1899, 12, 30)  # Excel's day 1 is 1900-01-01 (it counts 1900-02-29)
EXCEL_DAYS = range(10_000, 100_000)  # 1927 to 2173: a number of days, not a year or an id


def _day_first(dates: Iterable[str]) -> bool | None:
    """Whether a column writes its dates with numbers day first ('15/03/2019'), month first
    ('03/15/2019'), or does not tell (None): a number over 12 tells."""
    matches = [m for d in dates if (m := _NUMBERED_DATE.fullmatch(d))]
    if any(int(m["first"]) > 12 for m in matches):
        return True
    if any(int(m["second"]) > 12 for m in matches):
        return False
    return None


def read_date(text: str, day_first: bool | None = None) -> dt.date:
    """A date as directories write it: ISO ('2019-03-15', with a time or not); numbers day
    first or month first as `day_first` says ('15.03.2019', '15/03/2019'; where it is None,
    only a date the numbers tell, or whose day and month are the same); words in any of
    statements.DATE_LANGUAGES ('15 March 2019', '15. März 2019'); a month and a year
    ('March 2019', 'marzo 2019', '03/2019', '2019-03') or a year alone ('2019'), read as its
    first day; words and numbers between dashes ('15-Mar-2019');
    an Excel day number ('43539', a date cell exported as a number).

    Raises DataError naming the value."""
    text = clean(text)
    with contextlib.suppress(ValueError):
        if re.match(r"\d{4}-\d{2}-\d{2}(?:$|[ T])", text):
            return dt.date.fromisoformat(text[:10])
        if match := _NUMBERED_DATE.fullmatch(text):
            first, second = int(match["first"]), int(match["second"])
            if day_first is None and first != second and max(first, second) <= 12:
                raise DataError(
                    f"joined {text!r} may be day or month first, and no date of the column "
                    "tells (one with a number over 12)",
                    option="joined_column",
                )
            day, month = (second, first) if day_first is False or second > 12 else (first, second)
            return dt.date(int(match["year"]), month, day)
        words = re.sub(r"(?<=\w)-(?=\w)", " ", text) if _LETTER.search(text) else text
        if (found := statements.find_date(words)) and found[1] == words:  # '15-Mar-2019' too
            return found[0]
        if text.isdigit() and len(text) == 4:
            return dt.date(int(text), 1, 1)
        if text.isdigit() and int(text) in EXCEL_DAYS:
            return EXCEL_DAY_ZERO + dt.timedelta(days=int(text))
        if match := _MONTH_YEAR.fullmatch(text):
            month = int(
                match["number"] or match["month"] or statements.month_number(match["name"] or "")
            )
            return dt.date(int(match["year"] or match["year_first"]), month, 1)
    raise DataError(
        f"joined {text!r} is not a date (e.g. 2019-03-15, 15.03.2019, 15 March 2019, "
        "March 2019, 2019, or a date cell)",
        option="joined_column",
    )


def _country(code: str, name: str, default: str) -> str:
    """The ISO code from a code column, else from a name column (an ISO code, a name in
    English or in one of countries.LANGUAGES), else the default where both are empty; the
    error names the value."""
    for value in (code, name):
        if value and (found := find_country(value) or _country_twice(value)):
            return found
    if default and not (code or name):
        return default
    raise UnknownCountryError(name or code)


def _country_twice(value: str) -> str | None:
    """The country a value names twice, its name and its code ('Italy (IT)', 'DE - Germany',
    'France / FRA'): every part of it names that country, or None."""
    parts = re.split(r"[()/]|\s[-–]\s", value)
    codes = {find_country(p) for p in parts if clean(p)}
    return codes.pop() if len(codes) == 1 and None not in codes else None


_DEGREES = re.compile(
    r"(?P<before>[NSEW])?\s*(?P<number>[-+]?\d+(?:[.,]\d+)?(?:e[-+]?\d+)?)\s*°?\s*"
    r"(?P<after>[NSEW])?",
    re.I,
)  # '45.4642', '45,4642', '45.4642° N', 'S 33.9', '-4.1e-05'

_HEMISPHERES = {"lat": "NS", "lon": "EW"}


def _number(text: str, what: str) -> float:
    """A coordinate cell as a number, NaN when empty: with a point or a decimal comma, in
    degrees ('45.4642°'), with its hemisphere ('45.4642° N', '3.7° W', 'S 33.9')."""
    match = _DEGREES.fullmatch(text.strip())
    hemisphere = ((match["before"] or "") + (match["after"] or "")).upper() if match else ""
    if not text:
        return math.nan
    if match is None or len(hemisphere) > 1 or hemisphere not in _HEMISPHERES[what]:
        raise DataError(f"{what} {text!r} is not a number", option=f"{what}_column")
    number = float(match["number"].replace(",", "."))
    return -number if hemisphere in ("S", "W") else number


_WKT_POINT = re.compile(r"POINT\s*Z?\s*\(\s*(?P<lon>\S+)\s+(?P<lat>\S+?)(?:\s+\S+)?\s*\)", re.I)
_PAIR_SEPARATORS = (";", ", ", ",", " ")  # the first that splits a point in two


def read_point(text: str) -> tuple[float, float]:
    """(lat, lon) from one cell: 'lat, lon' as most lists write it ('45.46, 9.19', '45,46;
    9,19', '45.46 9.19'), or WKT, longitude first ('POINT(9.19 45.46)').

    Raises DataError naming the value."""
    if match := _WKT_POINT.fullmatch(text.strip()):
        return _number(match["lat"], "lat"), _number(match["lon"], "lon")
    for separator in _PAIR_SEPARATORS:
        parts = [p for p in text.split(separator) if p.strip()]
        if len(parts) == 2:
            with contextlib.suppress(DataError):
                return _number(parts[0].strip(), "lat"), _number(parts[1].strip(), "lon")
    raise DataError(
        f"coordinates {text!r} are no point ('lat, lon' or 'POINT(lon lat)')",
        option="coordinates_column",
    )


def _population(text: str) -> float:
    """A population cell as a number, NaN when it is none (it only orders a group's members)."""
    try:
        return float(text.replace(",", "").replace(" ", ""))
    except ValueError:
        return math.nan


# --------------------------------------------------------------------------- the points


def point_problems(members: pd.DataFrame, shapes: dict[str, list[report.Polygon]]) -> pd.Series:
    """Why each member's own point is no place ('' when it is kept): none, whole degrees,
    shared by SHARED or more members, outside the member's country (on another country's
    land), or off its coast (OFFSHORE: `locate` keeps such a point where the gazetteer does
    not know the place; the 1:110m outlines leave out islands such as the Canaries)."""
    lat, lon = members["lat"], members["lon"]
    why = pd.Series("", index=members.index, dtype=object)
    located = lat.between(-90, 90) & lon.between(-180, 180)
    why[~located] = "no coordinate"
    whole = located & (lat % 1 == 0) & (lon % 1 == 0)
    why[whole] = "whole degrees"
    spot = lat.round(5).astype(str) + "," + lon.round(5).astype(str)
    shared = spot.map(spot[located].value_counts()).fillna(0).astype(int)
    crowded = located & ~whole & (shared >= SHARED)
    why[crowded] = "shared by " + shared[crowded].astype(str) + " members"
    rest = members[why == ""]
    places = pd.DataFrame("", index=rest.index, columns=list(csvfiles.PLACE_COLUMNS))
    places = places.assign(
        key=rest["key"],
        country_code=rest["country_code"],
        lat=rest["lat"],
        lon=rest["lon"],
        status=Status.OK,
    )
    checks = report.country_checks(places, shapes).set_axis(rest.index)
    outside = checks[checks["check"].isin(("outside", "offshore"))]
    why.loc[outside.index] = pd.Series(
        [
            f"{km:g} km outside {code}, in {land}" if land else f"{km:g} km {OFFSHORE} {code}"
            for km, code, land in zip(
                outside["km"], outside["country_code"], outside["on_land_of"], strict=True
            )
        ],
        index=outside.index,
        dtype=object,
    )
    return why


OFFSHORE = "off the 1:110m coast of"  # an island the coarse outlines leave out, or a mistake


@dataclass(frozen=True)
class Located:
    """The places a directory needs that the atlas does not settle yet, and how."""

    places: pd.DataFrame  # csvfiles.PLACE_COLUMNS
    kept: int  # the source's points kept
    replaced: int  # the source's points not kept, the place found offline

    @property
    def failed(self) -> pd.DataFrame:
        """The places found neither in the source nor offline."""
        return self.places[self.places["status"] != Status.OK]

    @property
    def unfound(self) -> tuple[str, ...]:
        """'City (CC): why the source's point was not kept, and what the lookup found'."""
        failed = self.failed
        return tuple(
            f"{city} ({code}): {detail}"
            for city, code, detail in zip(
                failed["city"], failed["country_code"], failed["detail"], strict=True
            )
        )


def leave_out_unfound(directory: Directory, located: Located) -> tuple[Directory, Located]:
    """The directory without the members whose place was found nowhere, and their places."""
    lost = set(located.failed["key"])
    members, places = directory.members, located.places
    return (
        dataclasses.replace(directory, members=members[~members["key"].isin(lost)]),
        dataclasses.replace(located, places=places[~places["key"].isin(lost)]),
    )


def locate(
    data: store.AtlasData,
    directory: Directory,
    shapes: dict[str, list[report.Polygon]],
    gazetteer: GazetteerLoader,
    progress: Progress,
) -> Located:
    """Rows of the cached table for the directory's places that it lacks, or that an earlier
    directory placed (a new release may move them): the source's point where it is good,
    else geocoded offline (overrides, then the gazetteer), a group at its first municipality.
    """
    members = directory.members
    known = data.places.set_index("key")["source"]
    owned = known.index[known == Source.DIRECTORY]
    todo = members[~members["key"].isin(known.index) | members["key"].isin(owned)]
    todo = todo.drop_duplicates("key")
    progress(f"checking {len(members)} of the source's points (country outlines) ...")
    why = point_problems(members, shapes)[todo.index]  # a point shared by any members
    progress(f"comparing {int((why == '').sum())} of them with the gazetteer ...")
    why[why == ""] = _gazetteer_disagrees(todo[why == ""], gazetteer())
    good, bad = todo[why == ""], todo[why != ""]
    today = TODAY()
    kept = _own_points(good, today)
    found = _geocoded(data, bad, why[bad.index], gazetteer, progress, today)
    offshore = (
        found["status"].ne(Status.OK).to_numpy() & why[bad.index].str.contains(OFFSHORE).to_numpy()
    )
    fallback = _own_points(bad[offshore], today).assign(
        detail=found["detail"][offshore].to_numpy() + "; the source's own point kept"
    )
    found = _read_otherwise(found[~offshore], bad, gazetteer)
    placed = pd.concat([data.places, kept, fallback, found[found["status"] == Status.OK]])
    found = _at_members(found, bad, why, members, placed)
    places = pd.concat([f for f in (kept, fallback, found) if len(f)] or [kept], ignore_index=True)
    return Located(
        places=places,
        kept=len(kept) + len(fallback),
        replaced=int((found["status"] == Status.OK).sum()),
    )


def _gazetteer_disagrees(members: pd.DataFrame, gazetteer: geocode.Gazetteer) -> pd.Series:
    """'' for each member whose point lies within AGREE_KM of a gazetteer place of its name
    in its country, or whose name the gazetteer does not know; else how far the nearest is."""
    why = []
    for lat, lon, code, name in zip(
        members["lat"], members["lon"], members["country_code"], members["lookup"], strict=True
    ):
        hits = next(
            (h for n in lookups(name, code) if len(h := gazetteer.candidates(n, code))), None
        )
        nearest = min(
            (_km((lat, lon), point) for point in zip(*_points(hits), strict=True)),
            default=0.0,
        )
        why.append(
            f"{nearest:.0f} km from every gazetteer place of its name" if nearest > AGREE_KM else ""
        )
    return pd.Series(why, index=members.index, dtype=object)


AGREE_KM = 25.0  # as geo report's tolerance


def _points(hits: pd.DataFrame | None) -> tuple[list[float], list[float]]:
    return ([], []) if hits is None else (hits["lat"].tolist(), hits["lon"].tolist())


def _own_points(members: pd.DataFrame, today: dt.date) -> pd.DataFrame:
    """The members' own points as rows of the cached table, citing the source and its id."""
    return pd.DataFrame(
        {
            "key": members["key"],
            "city": members["city"],
            "country_code": members["country_code"],
            "status": Status.OK,
            "lat": members["lat"].round(5),
            "lon": members["lon"].round(5),
            "kind": [_kind(n, g) for n, g in zip(members["city"], members["group"], strict=True)],
            "source": Source.DIRECTORY,
            "source_id": [
                f"{s}:{i}" if i else s
                for s, i in zip(members["source"], members["source_id"], strict=True)
            ],
            "matched_name": members["source_name"],
            "detail": "the source's own point",
            "geocoded_at": today.isoformat(),
        },
        columns=list(csvfiles.PLACE_COLUMNS),
    )


def _geocoded(
    data: store.AtlasData,
    todo: pd.DataFrame,
    why: pd.Series,
    gazetteer: GazetteerLoader,
    progress: Progress,
    today: dt.date,
) -> pd.DataFrame:
    """The places whose source point is no place, geocoded offline by each of their
    `lookups` in turn; a group at its first municipality, drawn as an area."""
    if not len(todo):
        return pd.DataFrame(columns=list(csvfiles.PLACE_COLUMNS))
    progress(f"geocoding {len(todo)} places offline (their source points are no places) ...")
    tries = {
        i: lookups(name, code)
        for i, name, code in zip(todo.index, todo["lookup"], todo["country_code"], strict=True)
    }
    found: dict[object, dict[str, object]] = {}
    pending = list(todo.index)
    for attempt in range(max(map(len, tries.values()))):
        names = {i: tries[i][attempt] for i in pending if attempt < len(tries[i])}
        if not names:
            break
        batch = todo.loc[list(names), ["key", "country_code"]]
        batch["city"] = pd.Series(names)
        resolved = geocode.iter_resolve_offline(batch, gazetteer(), data.overrides, today=today)
        for i, row in zip(batch.index, resolved, strict=True):
            if i not in found or row["status"] == Status.OK:
                found[i] = row
        pending = [i for i in pending if found[i]["status"] != Status.OK]
        progress(f"  {len(todo) - len(pending)} of {len(todo)} found ({attempt + 1} names tried)")
    rows = pd.DataFrame([found[i] for i in todo.index], columns=list(csvfiles.PLACE_COLUMNS))
    rows.index = todo.index
    groups = (todo["group"] > 0) & (rows["status"] == Status.OK)
    rows.loc[groups, "kind"] = Kind.COUNTY
    rows["detail"] = [
        "; ".join(filter(None, [f"source point not used: {w}", _group(size, first), detail]))
        for w, size, first, detail in zip(
            why, todo["group"], todo["lookup"], rows["detail"], strict=True
        )
    ]
    return rows.assign(city=todo["city"]).reset_index(drop=True)


# A form of local government before a place's name, as directories write it in many
# languages ('Concello de La Gudiña', 'Občina Ljubno', 'Villa de Breña Alta'), most words first.
_LEADING = re.compile(
    r"^(?:(?:the\s+)?(?:city|town|village|municipality|borough)(?:\s+council)?\s+of|"
    r"isla de|illa de|comarca(?:\s+de)?|(?:excmo\.?\s+)?ayuntamiento de|concello de|"
    r"concejo de|municipio de|villa de|vila de|c[aâ]mara municipal de|munic[ií]pio de|"
    r"comune di|citt[aà] di|congiunto\s+(?:dei\s+)?comuni di|comuni (?:della|del|di)|"
    r"ajuntament d(?:e|')|municipalidad de|alcald[ií]a de|prefeitura(?:\s+municipal)? de|"
    r"commune de|commune d'|ville de|mairie de|marktgemeinde|stadtgemeinde|gemeinde|"
    r"(?:freie\s+(?:und\s+)?)?hansestadt|landeshauptstadt|bundesstadt|kreisfreie\s+stadt|"
    r"gro(?:ß|ss)e\s+kreisstadt|universit(?:ä|ae)tsstadt|stadt|gemeente|"
    r"gmina(?:\s+miejska|\s+wiejska)?|miasto(?:\s+sto[lł]eczne|\s+i\s+gmina)?|"
    r"urz[aą]d (?:miasta|gminy)|mesto|město|obec|ob[cč]ina|op[sšćc]tina|grad|"
    r"prim[aă]ria(?:\s+(?:comunei|ora[sșş]ului|municipiului))?|municipiul|comuna|dimos|δήμος)"
    r"(?:\s+|(?<=')(?=\w))",
    re.IGNORECASE,
)
# Words anywhere in a name that say what it is, not which place ('Eilat City', 'Polatlı
# Belediyesi'), and a year ('... 2030').
_NOISE = re.compile(
    r"\b(municipality|municipal|city|town|village|council|metropolitan|m[eé]tropole|"
    r"(?:v[aá]rosi |k[oö]zs[eé]gi )?[oö]nkorm[aá]nyzata?|belediyesi|kommune|kommun|kunta|"
    r"amalgamated|territorial|community|hromada|otg|ac|atc|utc|governorate|\d+)\b",
    re.IGNORECASE,
)
# Hungarian names a council by an adjective: 'Józsefvárosi Önkormányzat' is Józsefváros's.
_HU_COUNCIL = re.compile(r"(?P<place>\w+)i\s+(?:v[aá]rosi\s+)?[oö]nkorm[aá]nyzata?\b", re.I)
_DASH = re.compile(r"\s+[-–]\s+")


def lookups(name: str, code: str = "") -> list[str]:
    """Names to look a member up by, in order: as written, without a form of government
    ('Comune di', 'Concello de', 'Občina', 'Municipality', 'Önkormányzat', 'Governorate', a
    year) and without a trailing name of its country `code` ('Eilat City ISRAEL'), then each
    part of a double name ('Sgonico-Zgonik', 'Burlada - Villava'), then what comes before an
    'and' ('Barchi and Piagge')."""
    bare = clean(_NOISE.sub(" ", _LEADING.sub("", _BRACKETS.sub(" ", name))))
    local = _without_country(bare, code)
    council = _HU_COUNCIL.search(name)
    parts = [clean(p) for p in re.split(r"\s+-\s+|-|/", local)]
    first = clean(_AND.split(local)[0])
    named = (name, bare, local, council["place"] if council else "", *parts, first)
    return list(dict.fromkeys(n for n in named if len(n) > 2))


def _without_country(name: str, code: str) -> str:
    """The name without its country's name at its end, in any case, after a dash or not
    ('Eilat ISRAEL', 'Granze - Italy'); a country's code is not read as one ('Mioveni AG')."""
    words = _DASH.sub(" ", name).split()
    for size in (3, 2, 1):
        tail = " ".join(words[-size:])
        if len(words) > size and len(tail) > 3 and code and find_country(tail) == code:
            return " ".join(words[:-size])
    return name


def _kind(name: str, group: int) -> str:
    return Kind.COUNTY if group else geocode.guess_kind(name)


def _group(size: int, first: str) -> str:
    return f"a group of {size} municipalities, shown at its first, {first}" if size else ""


NEAR_LETTERS = 8  # a name this long may be read as the one place a letter apart from it
WORDS_LETTERS = 6  # a name this long may be read as the one place whose longer name holds it
_TYPED = "abcdefghijklmnopqrstuvwxyz "  # what a letter left out, added or mistyped may be


def _read_otherwise(
    places: pd.DataFrame, todo: pd.DataFrame, gazetteer: GazetteerLoader
) -> pd.DataFrame:
    """`places` with those still unfound found by `_Readings` of their `lookups`, if any
    fits (a group's first municipality drawn as an area)."""
    if (places["status"] == Status.OK).all():
        return places
    member = {
        str(key): (str(city), str(lookup), int(group))
        for key, city, lookup, group in zip(
            todo["key"], todo["city"], todo["lookup"], todo["group"].tolist(), strict=True
        )
    }
    rows: list[dict[str, object]] = places.to_dict("records")  # type: ignore[assignment]
    tries = [
        lookups(member[str(row["key"])][1], str(row["country_code"]))
        if row["status"] != Status.OK
        else []
        for row in rows
    ]
    readings = _Readings(gazetteer(), [n for names in tries for n in names])
    for row, names in zip(rows, tries, strict=True):
        found = readings.place(row, names) if names else None
        if found is not None:
            city, _, group = member[str(row["key"])]
            row.update(found, kind=_kind(city, group))
    return pd.DataFrame(rows, index=places.index, columns=places.columns)


class _Readings:
    """Other readings of names that no place in their country has, each used only where
    exactly one place of that country (main or alternate name) fits: the name as whole
    words of a longer name ('Ljubno': Ljubno ob Savinji, 'Drarga': My Drarga), else, for a
    long name, a name a letter apart (one left out, added or mistyped: 'Vllablanca':
    Villablanca). Where two or more places fit, the name is not read at all."""

    def __init__(self, gazetteer: geocode.Gazetteer, names: Iterable[str]) -> None:
        self._gazetteer = gazetteer
        self._holding = _names_holding(
            gazetteer, {f for f in map(fold, names) if len(f) >= WORDS_LETTERS}
        )

    def place(self, row: Mapping[str, object], names: Iterable[str]) -> dict[str, object] | None:
        """`row` (an unfound place) found by the first of its `names` that a reading fits,
        if exactly one place fits it; else None."""
        code = str(row["country_code"])
        for name in names:
            folded = fold(name)
            for how, keys in (
                (f"the only place in {code} whose name holds {name!r} as words",
                 self._holding.get(folded, ())),
                (f"the only place in {code} one letter apart from {name!r}", self._near(folded)),
            ):  # fmt: skip
                fits = [self._gazetteer.candidates(k, code) for k in sorted(keys)]
                hits = pd.concat(fits).drop_duplicates("geonameid") if fits else None
                if hits is None or not len(hits):
                    continue
                if len(hits) > 1:
                    return None
                hit = hits.iloc[0]
                return dict(row) | {
                    "status": Status.OK,
                    "lat": float(hit["lat"]),
                    "lon": float(hit["lon"]),
                    "kind": Kind.CITY,
                    "source": Source.GAZETTEER,
                    "source_id": f"geonames:{hit['geonameid']}",
                    "matched_name": hit["name"],
                    "detail": f"{row['detail']}; read as {hit['name']}, {how}",
                }
        return None

    def _near(self, folded: str) -> set[str]:
        """The gazetteer's names a letter apart from a long folded name."""
        if len(folded.replace(" ", "")) < NEAR_LETTERS:
            return set()
        cuts = [(folded[:i], folded[i:]) for i in range(len(folded) + 1)]
        variants = {a + b[1:] for a, b in cuts if b} | {
            a + c + b[i:] for a, b in cuts for c in _TYPED for i in (0, 1) if i <= len(b)
        }
        index = self._gazetteer.index
        return {v for v in variants - {folded} if clean(v) == v and index.has(v)}


def _names_holding(gazetteer: geocode.Gazetteer, names: set[str]) -> dict[str, set[str]]:
    """For each folded name, the gazetteer's longer names that hold it as whole words
    (one pass over all its names: 'ljubno' -> {'ljubno ob savinji', ...})."""
    if not names:
        return {}
    index = gazetteer.index
    keys = index.keys.take(range(len(index.keys)))
    text = "\n" + "\n".join(keys) + "\n"  # each name between line breaks
    starts = list(itertools.accumulate((len(k) + 1 for k in keys), initial=1))
    found: dict[str, set[str]] = {}
    for name in names:
        at = text.find(name)
        while at >= 0:
            if text[at - 1] in " \n" and text[at + len(name)] in " \n":
                key = keys[bisect.bisect_right(starts, at) - 1]
                if key != name:
                    found.setdefault(name, set()).add(key)
            at = text.find(name, at + 1)
    return found


def _at_members(
    places: pd.DataFrame,
    todo: pd.DataFrame,
    why: pd.Series,
    members: pd.DataFrame,
    known: pd.DataFrame,
) -> pd.DataFrame:
    """`places` with each unfound group shown at one of its own members (the directory's
    rows whose group id is the group's id in the source) that `known` places: the member
    whose point the group gives as its own (a point not kept only for being shared: `why`),
    else the most populous; drawn as an area."""
    own = members[members["group_id"] != ""]
    unfound = places.index[places["status"] != Status.OK]
    if not len(own) or not len(unfound):
        return places
    located = known[known["status"] == Status.OK].drop_duplicates("key", keep="last")
    located = located.set_index("key")
    groups = todo.reset_index().set_index("key")
    written = ["status", "lat", "lon", "kind", "source", "source_id", "matched_name"]
    texts = [c for c in written if c not in ("lat", "lon")]
    places = places.astype({c: object for c in texts})  # all empty (NaN) on a second import
    for i in unfound:
        group = groups.loc[str(places.at[i, "key"])]
        shares = str(why[group["index"]]).startswith("shared by")
        mine = own[own["group_id"] == group["source_id"]] if group["source_id"] else own[:0]
        placed = mine[mine["key"].isin(located.index)]
        if not len(placed):
            continue
        same = placed[
            shares
            & (placed["lat"].round(5) == round(group["lat"], 5))
            & (placed["lon"].round(5) == round(group["lon"], 5))
        ]
        if len(same):
            pick = same.iloc[0]
            how = f"shown at {pick['city']}, the member whose point it shares"
        else:
            pick = placed.sort_values("population", ascending=False, kind="stable").iloc[0]
            how = f"shown at its most populous, {pick['city']}"
        at = located.loc[pick["key"]]
        places.loc[i, written] = [
            Status.OK, at["lat"], at["lon"], Kind.COUNTY, at["source"], at["source_id"],
            at["matched_name"],
        ]  # fmt: skip
        said = str(places.at[i, "detail"])
        places.at[i, "detail"] = (
            f"{said}; a group of {len(mine)} municipalities in the source, {how}"
        )
    return places


# --------------------------------------------------------------------------- saving


@dataclass(frozen=True)
class MemberChange:
    """What saving a directory changed in a network's member list."""

    network: str
    before: int
    after: int
    joined: tuple[str, ...]  # 'City (Country)'
    left: tuple[str, ...]
    moved: tuple[str, ...]  # to another place, or its point more than MOVED_KM away
    written: tuple[str, ...]  # the files written

    @property
    def is_empty(self) -> bool:
        return not self.written

    def describe(self, most: int = 12) -> str:
        """'gcom: 120 members (before: 118)', then who joined, left and moved."""
        lines = [f"{self.network}: {self.after} members (before: {self.before})"]
        for verb, names in (("joined", self.joined), ("left", self.left), ("moved", self.moved)):
            if names:
                shown = ", ".join(names[:most])
                more = f" and {len(names) - most} more" if len(names) > most else ""
                lines.append(f"  {verb} ({len(names)}): {shown}{more}")
        return "\n".join(lines)


MOVED_KM = 1.0


def save_directory(root: Path, directory: Directory, places: pd.DataFrame) -> MemberChange:
    """Set the network's members to the directory's, with the places they need, all or
    nothing (one transaction). Places that only former members used leave places.csv;
    files whose text would not change are not written."""
    members = directory.members
    network = str(members["network"].iloc[0]) if len(members) else ""
    with transactions.transaction(root) as tx:
        now = tx.data
        old = now.members[now.members["network"] == network]
        table = pd.concat(
            [
                now.members[now.members["network"] != network],
                members[list(csvfiles.MEMBER_COLUMNS)],
            ],
            ignore_index=True,
        )
        written = []
        if (text := csvfiles.members_text(table)) != csvfiles.members_text(now.members):
            tx.write_text("members.csv", text)
            written.append("members.csv")
        unused = placekeys.used_place_keys(
            [now.signatories, now.members]
        ) - placekeys.used_place_keys([now.signatories, table])
        cached = now.places
        ours = set(cached["key"][cached["source"] == Source.DIRECTORY])
        mine = places[
            places["key"].isin(set(members["key"]))
            & (~places["key"].isin(set(cached["key"])) | places["key"].isin(ours))
        ]
        fresh = mine[pd.Series(_differs(cached, mine), index=mine.index, dtype=bool)]
        kept = cached[~cached["key"].isin(unused)]
        table_after = geocode.merge_places(kept, fresh)
        if len(fresh) or len(kept) < len(cached):
            tx.write_places(table_after)
            written.append("places.csv")
    return MemberChange(
        network=network,
        before=len(old),
        after=len(members),
        **_turnover(old, members, cached, table_after),
        written=tuple(written),
    )


def _differs(cached: pd.DataFrame, rows: pd.DataFrame) -> list[bool]:
    """For each row, whether the cached table lacks it or has it otherwise (but for the date
    it was geocoded)."""
    old = set(_lines(cached[cached["key"].isin(set(rows["key"]))]))
    return [line not in old for line in _lines(rows)]


def _lines(places: pd.DataFrame) -> list[str]:
    """Each row of places as its line of places.csv, without its date, in the frame's order."""
    frame = places.assign(geocoded_at="")
    for column in ("lat", "lon"):
        frame[column] = frame[column].map(lambda v: "" if pd.isna(v) else f"{float(v):.5f}")
    return csvfiles.csv_text(frame, csvfiles.PLACE_COLUMNS).splitlines()[1:]


def _turnover(
    old: pd.DataFrame, new: pd.DataFrame, before: pd.DataFrame, after: pd.DataFrame
) -> dict[str, tuple[str, ...]]:
    """Who joined, left and moved: a member is its id in the source, else its place."""
    old_keys, new_keys = _keys(old), _keys(new)
    was = dict(
        zip(_identities(old, old_keys), zip(old_keys, _names(old), strict=True), strict=True)
    )
    now = dict(
        zip(_identities(new, new_keys), zip(new_keys, _names(new), strict=True), strict=True)
    )
    points = {
        name: dict(zip(table["key"], zip(table["lat"], table["lon"], strict=True), strict=True))
        for name, table in (("before", before), ("after", after))
    }
    moved = []
    for identity in was.keys() & now.keys():
        (key_before, _), (key_after, name) = was[identity], now[identity]
        a, b = points["before"].get(key_before), points["after"].get(key_after)
        if key_before != key_after or (a and b and _km(a, b) > MOVED_KM):
            moved.append(name)
    return {
        "joined": tuple(sorted(n for i, (_, n) in now.items() if i not in was)),
        "left": tuple(sorted(n for i, (_, n) in was.items() if i not in now)),
        "moved": tuple(sorted(moved)),
    }


def _keys(members: pd.DataFrame) -> list[str]:
    return [
        placekeys.place_key(city, find_country(country) or "")
        for city, country in zip(members["city"], members["country"], strict=True)
    ]


def _identities(members: pd.DataFrame, keys: list[str]) -> list[str]:
    ids = members["source_id"].astype(str).tolist()
    return [f"id:{i}" if i else f"place:{k}" for i, k in zip(ids, keys, strict=True)]


def _names(members: pd.DataFrame) -> list[str]:
    return [
        f"{city} ({country})"
        for city, country in zip(members["city"], members["country"], strict=True)
    ]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance in km between two (lat, lon) points (equirectangular: fine to tell a move or
    a namesake); 0 when either is unknown."""
    if any(pd.isna(v) for v in (*a, *b)):
        return 0.0
    scale = math.cos(math.radians((a[0] + b[0]) / 2))
    dx, dy = (b[1] - a[1]) * scale, b[0] - a[0]
    return math.radians(math.hypot(dx, dy)) * report.EARTH_RADIUS_KM

"""What the user is looking at: one frozen View, parsed from and written to a link.

The sidebar, the map, the panels, the exports and the command line all take a View: its
filters pick signatory rows and member rows (`show`), its selection picks a statement and a
city, and its switches say how the map is drawn. A city is on the map when a membership or a
signature of it is kept: the statement filters (statements, statement dates) narrow the
signatures, the membership filters (as of, joined between, undated) the memberships, and the
network and country filters both. Networks, countries and statements are ids in it and in
links (a country is its ISO code), never display names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from urllib.parse import urlencode, urlsplit, urlunsplit

import pandas as pd

from geo import atlas
from geo.countries import country_name, find_country
from geo.data.placekeys import place_key
from geo.data.store import AtlasData
from geo.errors import UnknownCountryError
from geo.model import Status
from geo.text import clean, human_date

LAYERS = ("cities", "countries")
# With a statement picked, the cities that did not sign it: drawn small and faint beneath its
# signatories, neither clustered nor counted with them (the default), or not drawn at all.
OTHERS = ("faint", "hide")
# A visitor's text is cut to size before anything reads it: a link's values (and the search
# box) to MAX_TEXT characters, a link's lists to MAX_VALUES values, and a link's parameters
# to the View's. Ids, place keys and city names are shorter; there are fewer countries.
MAX_TEXT = 200
MAX_VALUES = 300


def cut(text: str) -> str:
    """A visitor's text at most MAX_TEXT characters long."""
    return text[:MAX_TEXT]


def capped(params: Mapping[str, str | list[str]]) -> dict[str, str | list[str]]:
    """A link's parameters, the View's alone, each value cut, each list at most MAX_VALUES."""
    names = {f.name for f in fields(View)}
    return {
        name: cut(value) if isinstance(value, str) else [cut(v) for v in value[:MAX_VALUES]]
        for name, value in params.items()
        if name in names
    }


@dataclass(frozen=True)
class View:
    """Filters, selection and display switches of the page. Defaults show everything."""

    networks: tuple[str, ...] = ()  # network ids
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 codes
    statements: tuple[str, ...] = ()  # only these statements' signatories (exports, links)
    start: dt.date | None = None
    end: dt.date | None = None
    shared: bool = False  # only cities in two or more networks
    statement: str = ""  # the statement picked: read in its panel, its signatories stand out
    city: str = ""  # the place key of the city picked
    layer: str = "cities"
    tiles: bool = False
    q: str = ""
    present: bool = False
    as_of: dt.date | None = None  # members who had joined by the end of this day
    joined_from: dt.date | None = None  # members who joined on this day or later
    joined_to: dt.date | None = None  # ... or earlier
    dated_only: bool = False  # leave out members whose join date is unknown
    others: str = "faint"  # with a statement picked, the other cities: one of OTHERS


def to_params(view: View) -> dict[str, str | list[str]]:
    """Query parameters for a view, leaving out what is at its default."""
    params: dict[str, str | list[str]] = {}
    default = View()
    for f in fields(View):
        value = getattr(view, f.name)
        if value == getattr(default, f.name):
            continue
        if isinstance(value, tuple):
            params[f.name] = list(value)
        elif isinstance(value, bool):
            params[f.name] = "1"
        elif isinstance(value, dt.date):
            params[f.name] = value.isoformat()
        else:
            params[f.name] = str(value)
    return params


def from_params(params: Mapping[str, str | list[str]]) -> View:
    """A view from query parameters; values that make no sense are dropped, not fatal.

    A country may be written as its code or, as older links have it, its name ('Kosovo' is
    'XK'); one neither stays as written, for the page to name as unknown. The parameters
    are `capped` first.
    """
    params = capped(params)

    def many(name: str) -> tuple[str, ...]:
        value = params.get(name, [])
        return tuple([value] if isinstance(value, str) else value)

    def one(name: str) -> str:
        value = params.get(name, "")
        return value if isinstance(value, str) else (value[-1] if value else "")

    def date(name: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(one(name))
        except ValueError:
            return None

    layer = one("layer")
    return View(
        networks=many("networks"),
        countries=tuple(find_country(c) or c for c in many("countries")),
        statements=many("statements"),
        start=date("start"),
        end=date("end"),
        shared=one("shared") == "1",
        statement=one("statement"),
        city=one("city"),
        layer=layer if layer in LAYERS else "cities",
        tiles=one("tiles") == "1",
        q=one("q"),
        present=one("present") == "1",
        as_of=date("as_of"),
        joined_from=date("joined_from"),
        joined_to=date("joined_to"),
        dated_only=one("dated_only") == "1",
        others=others if (others := one("others")) in OTHERS else "faint",
    )


def link(base: str, view: View, **extra: str) -> str:
    """The view's link on the app at `base` (its address, without a query): what reopens it.
    `extra` parameters go after the view's (`embed="true"`: Streamlit's page without its
    menu, for an iframe)."""
    params = [*to_params(view).items(), *extra.items()]
    query = urlencode([(k, v) for k, vs in params for v in ([vs] if isinstance(vs, str) else vs)])
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


def described(view: View, networks: Mapping[str, str]) -> list[str]:
    """The view's active filters as a reader names them, to title what is exported:
    ['SCN', 'Kosovo, Cameroon', 'signed from 1 January 2016', 'in two or more networks'].
    `networks`: id -> name. Empty with no filter on."""
    parts = [
        ", ".join(networks.get(n, n) for n in view.networks),
        ", ".join(_country(c) for c in view.countries),
        _counted(len(view.statements), "statement"),
        _span("signed", view.start, view.end),
        f"members as of {human_date(view.as_of)}" if view.as_of else "",
        _span("joined", view.joined_from, view.joined_to),
        "members of known join date" if view.dated_only else "",
        "in two or more networks" if view.shared else "",
    ]
    return [p for p in parts if p]


def _counted(n: int, what: str) -> str:
    """'1 statement', '3 statements'; '' for none."""
    return f"{n} {what}{'' if n == 1 else 's'}" if n else ""


def _country(code: str) -> str:
    try:
        return country_name(code)
    except UnknownCountryError:
        return code


def _span(what: str, start: dt.date | None, end: dt.date | None) -> str:
    """'signed from 1 January 2016 until 4 March 2022', or '' with neither day."""
    days = [f"{word} {human_date(d)}" for word, d in (("from", start), ("until", end)) if d]
    return " ".join([what, *days]) if days else ""


def dates_within(
    dates: Sequence[dt.date], start: dt.date | None, end: dt.date | None
) -> tuple[dt.date, dt.date]:
    """A date range moved in to the first and last of `dates` (statement dates, sorted, two
    or more) inside it; open ends are the first and last dates.

    A range with no date inside becomes the last date to the first, which shows nothing,
    as it asked: 2020-01-01 to 2021-01-01 over [2019-05-01, 2022-03-04] is 2022-03-04 to
    2019-05-01.
    """
    inside = [d for d in dates if (start is None or d >= start) and (end is None or d <= end)]
    return (inside[0], inside[-1]) if inside else (dates[-1], dates[0])


MEMBER_ROW_COLUMNS = (
    "network", "city", "country", "country_code", "place_key", "joined", "status",
    "list_name", "evidence_url", "evidence_quote", "lat", "lon", "kind", "source", "source_id",
)  # fmt: skip


def member_rows(data: AtlasData) -> pd.DataFrame:
    """One row per membership: who is a member of which network, since when, where.

    `joined` is a datetime64 day (NaT: not known); `list_name` is where the member list
    came from; `source` and `source_id` are where the coordinate came from, as for
    signatory rows. Members whose place is missing or failed keep NaN coordinates; rows of
    an unknown country or network are left out, as `checks.check` reports them.
    """
    members = data.members
    codes = {name: atlas.code_or_blank(name) for name in members["country"].unique()}
    rows = pd.DataFrame(
        {
            "network": members["network"].to_numpy(dtype=str),
            "city": members["city"].map(clean).to_numpy(dtype=str),
            "country_code": members["country"].map(codes).to_numpy(dtype=str),
            "joined": pd.to_datetime(members["joined"]).to_numpy(),
            "status": members["status"].to_numpy(dtype=str),
            "list_name": members["source_name"].to_numpy(dtype=str),
            "evidence_url": members["evidence_url"].to_numpy(dtype=str),
            "evidence_quote": members["evidence_quote"].to_numpy(dtype=str),
        }
    )
    rows = rows[(rows["country_code"] != "") & rows["network"].isin(set(data.networks["id"]))]
    rows = rows.assign(
        country=rows["country_code"].map(country_name),
        place_key=pd.Series(  # text also when there are none: the merge needs text keys
            [place_key(c, cc) for c, cc in zip(rows["city"], rows["country_code"], strict=True)],
            index=rows.index,
            dtype=str,
        ),
    )
    places = data.places[data.places["status"] == Status.OK].rename(columns={"key": "place_key"})
    merged = rows.merge(
        places[["place_key", "lat", "lon", "kind", "source", "source_id"]],
        on="place_key",
        how="left",
    )
    return merged[list(MEMBER_ROW_COLUMNS)].sort_values(
        ["network", "country", "city"], kind="stable", ignore_index=True
    )


@dataclass(frozen=True)
class Choices:
    """What the sidebar offers: the same for every visitor of one state of the data, so made
    once for it and shared (read, never changed).

    `networks` and `countries` map ids to names (countries in order of name); `dates` are the
    days statements were signed, sorted; `joined` the first and last day of the members'
    years of joining (None when no join date is known); `undated` how many of the
    `memberships` have no known join date.
    """

    networks: Mapping[str, str]
    countries: Mapping[str, str]
    dates: tuple[dt.date, ...]
    joined: tuple[dt.date, dt.date] | None
    undated: int
    memberships: int


def choices(networks: pd.DataFrame, rows: pd.DataFrame, members: pd.DataFrame) -> Choices:
    """The sidebar's Choices of the data's networks, signatory rows and member rows."""
    pairs = pd.concat(  # not a loop over every row
        [rows[["country_code", "country"]], members[["country_code", "country"]]]
    ).drop_duplicates()
    countries = sorted(
        zip(pairs["country_code"], pairs["country"], strict=True), key=lambda p: p[1]
    )
    joined = members["joined"].dropna()
    return Choices(
        networks=MappingProxyType(dict(zip(networks["id"], networks["short_name"], strict=True))),
        countries=MappingProxyType(dict(countries)),
        dates=tuple(sorted(rows["statement_date"].unique())),
        joined=(dt.date(joined.min().year, 1, 1), end_of(joined.max().year))
        if len(joined)
        else None,
        undated=int(members["joined"].isna().sum()),
        memberships=len(members),
    )


@dataclass(frozen=True)
class Summary:
    """What the page says of a view's filters, the same for every visitor of them: the
    headline, how many signatories shown have no coordinate, and the ids of the statements
    with shown signatories in date order (the picker's, the story's)."""

    headline: str
    unlocated: int
    statements: tuple[str, ...]


def summary(shown: Shown, statements: pd.DataFrame) -> Summary:
    """The Summary of what a view's filters keep; `statements` are the data's."""
    return Summary(
        headline=headline(shown),
        unlocated=len(atlas.unlocated(shown.rows)),
        statements=statement_order(statements, shown.rows),
    )


def statement_order(statements: pd.DataFrame, rows: pd.DataFrame) -> tuple[str, ...]:
    """Ids of the statements with signatory rows among `rows`, in date order."""
    kept = statements[statements["id"].isin(set(rows["statement_id"]))]
    return tuple(kept.sort_values(["date", "id"])["id"])


@dataclass(frozen=True)
class Shown:
    """What a view's filters keep of the signatory and member rows."""

    rows: pd.DataFrame  # signatory rows, as atlas.signatory_rows() makes them
    points: pd.DataFrame  # the cities of both, as atlas.city_points() makes them
    members: pd.DataFrame = field(default_factory=lambda: no_members())  # as member_rows()


def no_members() -> pd.DataFrame:
    """Member rows of an atlas without members."""
    return pd.DataFrame(columns=list(MEMBER_ROW_COLUMNS)).astype({"joined": "datetime64[ns]"})


def filtered(rows: pd.DataFrame, view: View) -> pd.DataFrame:
    """Rows of atlas.signatory_rows() that the view's filters keep (not yet `shared`)."""
    keep = pd.Series(True, index=rows.index)
    if view.networks:
        keep &= rows["network"].isin(list(view.networks))
    if view.countries:
        keep &= rows["country_code"].isin(list(view.countries))
    if view.statements:
        keep &= rows["statement_id"].isin(list(view.statements))
    if view.start is not None:
        keep &= rows["statement_date"] >= view.start
    if view.end is not None:
        keep &= rows["statement_date"] <= view.end
    return rows[keep]


def members_filtered(members: pd.DataFrame, view: View) -> pd.DataFrame:
    """Rows of member_rows() that the view's filters keep (not yet `shared`).

    A member whose join date is unknown is kept by the date filters (it may have joined at
    any time) unless the view asks for `dated_only`, which leaves it out, dates or not.
    """
    keep = pd.Series(True, index=members.index)
    if view.networks:
        keep &= members["network"].isin(list(view.networks))
    if view.countries:
        keep &= members["country_code"].isin(list(view.countries))
    joined = members["joined"]
    undated = joined.isna()
    if view.dated_only:
        keep &= ~undated
    if view.as_of is not None:
        keep &= undated | (joined <= pd.Timestamp(view.as_of))
    if view.joined_from is not None:
        keep &= undated | (joined >= pd.Timestamp(view.joined_from))
    if view.joined_to is not None:
        keep &= undated | (joined <= pd.Timestamp(view.joined_to))
    return members[keep]


def show(rows: pd.DataFrame, view: View, members: pd.DataFrame | None = None) -> Shown:
    """The rows and cities a view's filters keep (its selection plays no part): the
    signatories the statement filters keep and the members the membership filters keep."""
    kept = filtered(rows, view)
    joined = no_members() if members is None else members_filtered(members, view)
    both = (
        pd.concat([kept, joined.reindex(columns=list(atlas.EXPORT_COLUMNS))])
        if len(joined)
        else kept
    )
    points = atlas.city_points(both)
    if view.shared:
        points = atlas.shared_only(points)
        wanted = set(points["place_key"])
        kept = kept[kept["place_key"].isin(wanted)]
        joined = joined[joined["place_key"].isin(wanted)]
    return Shown(kept, points, joined)


def headline(shown: Shown) -> str:
    """'142 member cities in 38 countries', then how many more cities signed a statement
    ('· 73 more cities signed a statement'); an atlas without members: '53 cities in 22
    countries'."""
    if not len(shown.members):
        return atlas.summary(shown.points)
    # A set and a loop: pandas' isin on its Arrow-backed strings took half a second at 12,000
    # cities, three quarters of a page run on the bundled atlas.
    keys = set(shown.members["place_key"].tolist())
    is_member = pd.Series(
        [key in keys for key in shown.points["place_key"].tolist()],
        index=shown.points.index,
        dtype=bool,
    )
    line = atlas.summary(shown.points[is_member], "member ")
    others = int((~is_member).sum())
    if others:
        line += f" · {others} more {'city' if others == 1 else 'cities'} signed a statement"
    return line


def joins_by_year(members: pd.DataFrame) -> pd.DataFrame:
    """Memberships with a known date, counted by network and year: network, year, joins."""
    dated = members.dropna(subset=["joined"])
    counts = dated.groupby(["network", dated["joined"].dt.year.rename("year")]).size()
    return counts.rename("joins").reset_index().astype({"year": "int64", "joins": "int64"})


def join_years(members: pd.DataFrame, view: View) -> list[int]:
    """The years in which members the view's networks and countries keep joined, in order:
    the steps of presentation mode's years (its membership dates play no part)."""
    everyone = members_filtered(
        members, replace(view, as_of=None, joined_from=None, joined_to=None, dated_only=True)
    )
    return sorted({int(y) for y in everyone["joined"].dt.year.unique()})


def members_only(shown: Shown) -> Shown:
    """What is shown, its cities only those of the memberships shown."""
    return replace(
        shown, points=shown.points[shown.points["place_key"].isin(set(shown.members["place_key"]))]
    )


def as_of_label(day: dt.date) -> str:
    """'Members as of 31 December 2019'."""
    return f"Members as of {human_date(day)}"


def end_of(year: int) -> dt.date:
    """The last day of a year: 'members as of' it counts everyone who joined that year."""
    return dt.date(year, 12, 31)


def signed(shown: Shown, view: View) -> pd.DataFrame:
    """The picked statement's rows; with none picked, every row shown."""
    return (
        shown.rows[shown.rows["statement_id"] == view.statement] if view.statement else shown.rows
    )


def drawn(shown: Shown, view: View) -> tuple[pd.DataFrame, frozenset[str]]:
    """The cities a map of the view draws, and the place keys of those that stand out.

    With a statement picked, its signatories are the map: they stand out, and they alone are
    clustered and counted (citylayer draws the others apart, faint, beneath them). The other
    cities shown are drawn so (`others` "faint"), or not at all ("hide", and presenting, as
    a room follows one statement at a time).
    """
    if not view.statement:
        return shown.points, frozenset()
    signers = frozenset(signed(shown, view)["place_key"])
    if view.present or view.others == "hide":
        return shown.points[shown.points["place_key"].isin(signers)], signers
    return shown.points, signers


def emptied_by(rows: pd.DataFrame, view: View, members: pd.DataFrame | None = None) -> list[str]:
    """Which of the active filters, dropped alone, would show cities again.

    For an empty map: 'network' and 'only cities in two or more networks' when SCN alone has
    no city in two networks; ['all of them together'] when no single filter is to blame.
    """
    if len(show(rows, view, members).points):
        return []
    without = {
        "network": (replace(view, networks=()), bool(view.networks)),
        "country": (replace(view, countries=()), bool(view.countries)),
        "statement date": (replace(view, start=None, end=None), bool(view.start or view.end)),
        "statement": (replace(view, statements=()), bool(view.statements)),
        "membership date": (
            replace(view, as_of=None, joined_from=None, joined_to=None),
            bool(view.as_of or view.joined_from or view.joined_to),
        ),
        "unknown join dates": (replace(view, dated_only=False), view.dated_only),
        "only cities in two or more networks": (replace(view, shared=False), view.shared),
    }
    found = [
        name
        for name, (other, active) in without.items()
        if active and len(show(rows, other, members).points)
    ]
    return found or ["all of them together"]


def including(
    view: View, *, statement: str, network: str, date: dt.date, countries: Iterable[str]
) -> View:
    """The view with its filters widened just enough to show a statement (its network, its
    signatories' countries, its date), and the statement picked: how a statement just saved
    is shown, whatever the filters hid.

    Filters that hide none of it stay as they were; "only cities in two or more networks"
    is switched off (a new statement's cities are often in one).
    """
    networks = view.networks
    if networks and network not in networks:
        networks = (*networks, network)
    chosen = view.countries
    if chosen:
        chosen = tuple(dict.fromkeys([*chosen, *countries]))
    return replace(
        view,
        networks=networks,
        countries=chosen,
        statements=(),
        start=None if view.start is None else min(view.start, date),
        end=None if view.end is None else max(view.end, date),
        shared=False,
        statement=statement,
        city="",
    )


def filters(view: View) -> View:
    """The view's filters alone: all that `show` depends on, so a cache keyed by it is not
    missed when a city or a statement is picked."""
    return View(
        networks=view.networks,
        countries=view.countries,
        statements=view.statements,
        start=view.start,
        end=view.end,
        shared=view.shared,
        as_of=view.as_of,
        joined_from=view.joined_from,
        joined_to=view.joined_to,
        dated_only=view.dated_only,
    )

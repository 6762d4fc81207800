"""The command line: `python -m geo [--data-dir DIR] COMMAND ...`."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
import pandas as pd

from geo import atlas, membership, view
from geo.data import checks, csvfiles, journal, placekeys, store
from geo.errors import AtlasError, ConflictError, DataError, ParseError, UnknownCountryError
from geo.geocoding import geocode, nominatim, report
from geo.importing import importer, members
from geo.importing.statements import parse_date, read_page
from geo.maps import basemap, exports
from geo.model import Status

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn the atlas's own errors into a one-line message and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AtlasError as exc:
            option = getattr(exc, "option", None)
            hint = f" (use --{option.replace('_', '-')})" if option else ""
            raise click.ClickException(f"{exc}{hint}") from exc

    return wrapper  # type: ignore[return-value]


@click.group()
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data"),
    show_default=True,
    help="The data directory to read and write.",
)
@click.option(
    "-v",
    "--verbose",
    count=True,
    help="Say more on stderr: -v what the atlas does (INFO), -vv each place (DEBUG).",
)
@click.pass_context
def main(ctx: click.Context, data_dir: Path, verbose: int) -> None:
    """City Networks Atlas: statements and member cities of city networks, on a map."""
    logging.basicConfig(format="%(message)s", level=logging.WARNING)  # e.g. waiting for a lock
    # only the atlas's own loggers get chattier: geopy, urllib3 and the rest stay at WARNING
    logging.getLogger("geo").setLevel(_LOG_LEVELS[min(verbose, len(_LOG_LEVELS) - 1)])
    ctx.obj = data_dir


_LOG_LEVELS = (logging.WARNING, logging.INFO, logging.DEBUG)


def _load(ctx: click.Context) -> store.AtlasData:
    data_dir: Path = ctx.obj
    return store.load(data_dir)


@main.command("import-statement")
@click.argument("page", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--network", required=True, help="Network id from networks.csv, e.g. scn.")
@click.option("--title", help="Title, where the page has none or the wrong one.")
@click.option("--date", "date_text", help="Date (e.g. 2016-06-29), where the page has none.")
@click.option("--source", help="Where the page came from (URL). Default: the file's name.")
@click.option("--note", default="", help="A note shown with the statement.")
@click.option(
    "--signed-by-members",
    is_flag=True,
    help="The page lists no cities: its signatories are the network's members (members.csv).",
)
@click.option(
    "--country",
    "default_country",
    metavar="COUNTRY",
    help="The country of entries for which the page gives none (e.g. Italy).",
)
@click.option(
    "--allow-truncated",
    is_flag=True,
    help="The copy of the page stops inside the list: import its complete entries.",
)
@click.option("--dry-run", is_flag=True, help="Show what was read, and write nothing.")
@click.option(
    "--gazetteer",
    "gazetteer_csv",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Your own gazetteer CSV, to find countries the page does not give (default GeoNames).",
)
@click.option(
    "--replace",
    is_flag=True,
    help="Replace the statement of the same title and date if it differs (else refused).",
)
@click.pass_context
@reports_errors
def import_statement(
    ctx: click.Context,
    page: Path,
    network: str,
    title: str | None,
    date_text: str | None,
    source: str | None,
    note: str,
    signed_by_members: bool,
    default_country: str | None,
    allow_truncated: bool,
    dry_run: bool,
    gazetteer_csv: Path | None,
    replace: bool,
) -> None:
    """Import a statement from the text of its web page.

    Entries the importer is unsure of (a country inferred or corrected, an ambiguous or
    unknown place) are listed as warnings; the import still succeeds. A statement of the
    same title and date that differs is replaced only with --replace; without it the
    command says what would change and writes nothing.
    """
    data = _load(ctx)
    gazetteer = _gazetteer_loader(gazetteer_csv)
    try:
        parsed = importer.read_statement(
            data,
            read_page(page),
            network=network,
            title=title,
            date=parse_date(date_text) if date_text else None,
            gazetteer=gazetteer,
        )
        plan = importer.plan_statement(
            data,
            parsed,
            network=network,
            source=source or page.name,
            note=note,
            signed_by_members=signed_by_members,
            default_country=default_country,
            allow_truncated=allow_truncated,
            gazetteer=gazetteer,
        )
    except (ParseError, UnknownCountryError) as exc:
        raise exc.in_file(str(page)) from None
    headline = (
        f"{plan.statement_id}: {parsed.title} ({parsed.date.day} {parsed.date:%B %Y}), "
        f"{len(plan.signatories)} signatories"
    )
    if dry_run:
        click.echo(importer.describe(plan))
        click.echo(f"{headline} (dry run: nothing written)")
    else:
        places = importer.geocode_plan(data, plan, gazetteer)
        try:
            change = importer.save_statement(data.root, plan, places, replace=replace)
        except ConflictError as exc:
            raise ConflictError(
                f"{exc}\nnothing was written; run again with --replace to replace it"
            ) from None
        said = "" if change is None else " (unchanged)" if change.is_empty else " (replaced)"
        click.echo(headline + said)
        if change is not None and not change.is_empty:
            click.echo(change.describe())
        if missing := importer.not_found(places):
            click.echo(
                f"{len(missing)} new place(s) not found offline: {', '.join(missing)}; add them "
                "to overrides.csv with a source, or run python -m geo geocode --online",
                err=True,
            )
    for line in importer.summarise(plan.warnings):
        click.echo(f"warning: {line}", err=True)


def _gazetteer_loader(path: Path | None) -> importer.GazetteerLoader:
    """The gazetteer, loaded on first use only (a page that gives every country needs none)."""

    @functools.cache
    def load() -> geocode.Gazetteer:
        click.echo(f"loading the gazetteer {path or '(GeoNames)'} ...", err=True)
        gazetteer = geocode.read_gazetteer(path) if path else geocode.load_geonames()
        geocode.freeze_loaded()
        return gazetteer

    return load


@main.command("import-members")
@click.argument("table", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--network", required=True, help="Network id from networks.csv.")
@click.option(
    "--source",
    help="The source's id (a file of data/sources/ without its extension) or URL. Default: "
    "the file's name without its extension.",
)
@click.option("--sheet", help="The XLSX sheet to read (default: the first with members' names).")
@click.option("--name-column", help="The column of members' names (default: found by name).")
@click.option(
    "--country",
    "default_country",
    help="The country (name or ISO code) of members whose row gives none, as in a national "
    "network's list without a country column.",
)
@click.option("--country-column", help="The column of countries, names or ISO codes.")
@click.option("--lat-column", help="The column of latitudes.")
@click.option("--lon-column", help="The column of longitudes.")
@click.option(
    "--coordinates-column", help="The column of points in one cell ('lat, lon' or WKT POINT)."
)
@click.option("--joined-column", help="The column of the dates members joined.")
@click.option("--status-column", help="The column of members' status.")
@click.option("--id-column", help="The column of the source's own id of each member.")
@click.option(
    "--gazetteer",
    "gazetteer_csv",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Your own gazetteer CSV to geocode with (default GeoNames).",
)
@click.option(
    "--leave-out-unfound",
    is_flag=True,
    help="Leave out (and list) the members whose place neither the source's point nor the "
    "offline geocoding gives, rather than keep them without a coordinate.",
)
@click.pass_context
@reports_errors
def import_members(
    ctx: click.Context,
    /,
    table: Path,
    network: str,
    source: str | None,
    sheet: str | None,
    gazetteer_csv: Path | None,
    leave_out_unfound: bool,
    default_country: str | None,
    **named: str | None,
) -> None:
    """Set a network's member list from a member directory (CSV or XLSX).

    Its columns are found by their usual names (name, country, latitude, longitude, joined,
    status, id, evidence_url, evidence_quote) or named with the options. A point the source
    gives is kept only if it is a place (not missing, whole degrees, shared by 3 or more
    members, or outside the member's country); other places are geocoded offline. A newer
    release replaces the old: the command says who joined, left and moved.
    """
    data = _load(ctx)
    if network not in set(data.networks["id"]):
        raise DataError(f"network {network!r} is not in networks.csv")
    say = functools.partial(click.echo, err=True)
    say(f"reading {table} ...")
    directory = members.read_directory(
        table,
        network,
        source=source or table.stem,
        columns={role: named[f"{role}_column"] for role in members.OPTIONS},
        sheet=sheet,
        country=default_country or "",
    )
    sheet_read = f" (sheet {directory.sheet!r})" if directory.sheet else ""
    say(f"{len(directory.members)} members read{sheet_read}, {len(directory.skipped)} rows skipped")
    for line in importer.summarise(directory.skipped):
        say(f"skipped: {line}")
    for other in directory.others:
        say(f"not read: sheet {other!r}, which has members' columns too (use --sheet)")
    located = members.locate(
        data,
        directory,
        report.country_shapes(basemap.countries()),
        _gazetteer_loader(gazetteer_csv),
        say,
    )
    unfound = located.unfound
    if leave_out_unfound:
        directory, located = members.leave_out_unfound(directory, located)
    change = members.save_directory(data.root, directory, located.places)
    click.echo(change.describe() + ("" if change.written else " (unchanged)"))
    if len(located.places) or unfound:
        click.echo(
            f"places: {located.kept} of the source's points kept, {located.replaced} found "
            f"offline instead, {len(unfound)} not found"
            + (" (those members left out)" if leave_out_unfound and unfound else "")
        )
    for line in importer.summarise(unfound):
        say(f"not found: {line}")
    if unfound and not leave_out_unfound:
        say(
            f"{len(unfound)} place(s) not found offline: add them to overrides.csv with a "
            "source, or run python -m geo geocode --online"
        )


@main.command("geocode")
@click.option("--retry-failed", is_flag=True, help="Look up places that failed before again.")
@click.option(
    "--gazetteer",
    "gazetteer_csv",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Your own gazetteer CSV (geonameid,name,country_code,lat,lon,population,alternatenames) "
    "instead of GeoNames.",
)
@click.option(
    "--online",
    is_flag=True,
    help="Look up what overrides and the gazetteer cannot resolve in Nominatim "
    "(at most one request a second).",
)
@click.option(
    "--nominatim-url",
    default=nominatim.PUBLIC_URL,
    envvar=nominatim.URL_ENV,
    show_default=True,
    metavar="URL",
    help=f"With --online: a Nominatim of your own, e.g. http://localhost:8080 (or set "
    f"{nominatim.URL_ENV}).",
)
@click.option(
    "--contact",
    envvar=nominatim.CONTACT_ENV,
    metavar="EMAIL",
    help=f"With --online: your e-mail or URL, sent in the User-Agent (or set "
    f"{nominatim.CONTACT_ENV}). The public Nominatim requires it.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    default=10.0,
    show_default=True,
    help="With --online: seconds to wait for an answer.",
)
@click.option(
    "--min-delay",
    type=click.FloatRange(min=0),
    default=nominatim.PUBLIC_MIN_DELAY,
    hidden=True,
    help="Seconds between requests, for a self-hosted Nominatim (never below 1 for the public "
    "one).",
)
@click.pass_context
@reports_errors
def geocode_command(
    ctx: click.Context,
    retry_failed: bool,
    gazetteer_csv: Path | None,
    online: bool,
    nominatim_url: str,
    contact: str | None,
    timeout: float,
    min_delay: float,
) -> None:
    """Give every member city a coordinate, once, in places.csv (offline, or --online)."""
    data = _load(ctx)
    settings = nominatim.OnlineSettings(
        url=nominatim_url, contact=contact or None, timeout=timeout, min_delay=min_delay
    )
    needed = placekeys.unique_places([data.signatories, data.members])
    todo = geocode.places_to_geocode(needed, data.places, retry_failed=retry_failed)
    if online:
        nominatim.checked(settings)  # refuse bad settings before any work
        untried = nominatim.untried_online(needed, data.places)
        todo = pd.concat([todo, untried]).drop_duplicates("key").reset_index(drop=True)
    click.echo(f"{len(needed)} places, {len(todo)} to geocode", err=True)
    if len(todo):
        click.echo(f"loading the gazetteer {gazetteer_csv or '(GeoNames)'} ...", err=True)
        gazetteer = (
            geocode.read_gazetteer(gazetteer_csv) if gazetteer_csv else geocode.load_geonames()
        )
        resolved = geocode.resolve_offline(todo, gazetteer, data.overrides)
        ask = resolved[nominatim.needs_online(resolved)] if online else resolved.iloc[0:0]
        data.places = geocode.save_places(data.root, resolved.drop(ask.index))
        if len(ask):
            _geocode_online(data, ask, settings)
    failed = data.places[
        data.places["key"].isin(set(needed["key"])) & (data.places["status"] != Status.OK)
    ]
    for row in failed.itertuples():
        click.echo(f"unresolved: {row.city} ({row.country_code}): {row.detail}", err=True)
    if len(failed):
        raise click.ClickException(
            f"{len(failed)} of {len(needed)} places have no coordinate: add them to overrides.csv "
            "with a cited source, then run geocode --retry-failed"
            + ("" if online else " (or look them up with geocode --online)")
        )
    click.echo(f"all {len(needed)} places have a coordinate", err=True)


def _geocode_online(
    data: store.AtlasData, todo: pd.DataFrame, settings: nominatim.OnlineSettings
) -> None:
    """Look places up one by one, saving each row as it comes, with progress on stderr."""
    service = f"Nominatim at {settings.url}"
    click.echo(f"looking up {len(todo)} places in {service} ...", err=True)
    lookups = nominatim.iter_resolve_online(
        todo, nominatim.online_geocoder(settings), service=service
    )
    started = time.monotonic()
    try:
        for done, row in enumerate(lookups, start=1):
            data.places = geocode.save_places(
                data.root, pd.DataFrame([row], columns=csvfiles.PLACE_COLUMNS)
            )
            status = "ok" if row["status"] == Status.OK else f"failed: {row['detail']}"
            pace = nominatim.progress(done, len(todo), time.monotonic() - started)
            click.echo(f"[{pace}] {row['city']} ({row['country_code']}): {status}", err=True)
    except KeyboardInterrupt:
        click.echo("interrupted: what was found is saved; run geocode again to go on", err=True)
        raise SystemExit(130) from None


@main.command("export")
@click.option(
    "--members",
    "member_list",
    is_flag=True,
    help="One row a member (network, city, country_code, lat, lon, joined, status, source, "
    "...), as CSV or GeoJSON, rather than one a signatory.",
)
@click.option("--network", multiple=True, help="Only this network (repeatable).")
@click.option("--statement", multiple=True, help="Only this statement id (repeatable).")
@click.option(
    "--format", "fmt", type=click.Choice(exports.FORMATS), default="csv", show_default=True
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (needed for png); default: stdout.",
)
@click.pass_context
@reports_errors
def export(
    ctx: click.Context,
    member_list: bool,
    network: tuple[str, ...],
    statement: tuple[str, ...],
    fmt: str,
    output: Path | None,
) -> None:
    """Export the selection: rows per (statement, city) as CSV/GeoJSON, or a map as HTML/PNG."""
    data = _load(ctx)
    for name, asked, known in (
        ("network", network, data.networks["id"]),
        ("statement", statement, data.statements["id"]),
    ):
        unknown = sorted(set(asked) - set(known))
        if unknown:
            raise DataError(f"{name} {', '.join(unknown)!r} is not in the data")
    if fmt == "png" and output is None:
        raise click.UsageError("--format png needs --output FILE")
    if member_list:
        if fmt not in ("csv", "geojson") or statement:
            raise click.UsageError("--members writes csv or geojson, of networks, not statements")
        rows = membership.member_rows(data, network)
        text = exports.members_csv(rows) if fmt == "csv" else exports.to_geojson(rows)
        content = text.encode("utf-8")
    else:
        wanted = view.View(networks=network, statements=statement)
        rows = atlas.signatory_rows(data)
        content = exports.export(data, view.show(rows, wanted), wanted, fmt)
    if output is None:
        click.echo(content.decode("utf-8"), nl=False)
    else:
        csvfiles.write_bytes_atomic(output, content)
        click.echo(f"wrote {output} ({len(content):,} bytes)", err=True)


@main.command("check")
@click.option(
    "--repair",
    is_flag=True,
    help="Finish a save that was interrupted, or delete its temporary files (takes the lock).",
)
@click.pass_context
@reports_errors
def check(ctx: click.Context, repair: bool) -> None:
    """Validate every data file; exit 1 with one message per problem."""
    root: Path = ctx.obj
    if repair:
        _repair(root)
    else:
        _note_unfinished_save(root)
    # check lists every problem itself: the load's warning would say the first one twice
    loading = logging.getLogger(store.__name__)
    level = loading.level
    loading.setLevel(logging.ERROR)
    try:
        data = _load(ctx)
    finally:
        loading.setLevel(level)
    problems = checks.check(data)
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) in {ctx.obj}")
    click.echo(f"{ctx.obj}: all data files are valid", err=True)


def _repair(root: Path) -> None:
    """What a writer does first: finish an interrupted save, delete leftover temporary files."""
    if not root.is_dir():
        raise DataError("is not a data directory", path=str(root))
    try:
        with journal.locked(root):
            journal.recover(root)
    except OSError as exc:
        raise DataError(f"cannot be repaired here ({exc.strerror})", path=str(root)) from exc


def _note_unfinished_save(root: Path) -> None:
    """Say (it is no problem in the data) what a save under way or interrupted left."""
    if journal.recorded(root)[0] is not None:
        click.echo(
            f"note: {root / journal.JOURNAL_NAME}: a save was interrupted, or is under way; "
            "readers and this check see the files as that save leaves them, and the next save "
            "or python -m geo check --repair finishes it",
            err=True,
        )
    elif leftovers := journal.temporary_files(root):
        click.echo(
            f"note: {root}: {len(leftovers)} temporary file(s) of a save that was interrupted "
            "before it wrote its journal, or is under way; they are not read, and the next "
            "save or python -m geo check --repair deletes them",
            err=True,
        )


@main.command("report")
@click.option(
    "--tolerance-km",
    type=click.FloatRange(min=0),
    default=report.TOLERANCE_KM,
    show_default=True,
    help="How far outside its country's coarse (1:110m) outline a place may lie.",
)
@click.pass_context
@reports_errors
def report_command(ctx: click.Context, tolerance_km: float) -> None:
    """How far to trust places.csv: sources, kinds, failures, ambiguities, misplaced points."""
    shapes = report.country_shapes(basemap.countries())
    found = report.quality(_load(ctx), shapes, tolerance_km=tolerance_km)
    click.echo(report.format_report(found), nl=False)
    if not found.ok:
        raise click.ClickException(
            f"{len(found.failures)} failed, {len(found.checked('outside'))} outside their country"
        )


def run() -> None:  # pragma: no cover - the console entry point
    main(prog_name="python -m geo")


if __name__ == "__main__":  # pragma: no cover
    run()

"""The command line: `python -m geo [--data-dir DIR] COMMAND ...`."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
import pandas as pd

from geo import atlas, geocode, importer, store
from geo.errors import AtlasError, DataError, ParseError, UnknownCountryError
from geo.statements import parse_date, parse_page, read_page
from geo.text import clean

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn the atlas's own errors into a one-line message and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AtlasError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


@click.group()
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data"),
    show_default=True,
    help="The data directory to read and write.",
)
@click.pass_context
def main(ctx: click.Context, data_dir: Path) -> None:
    """City Networks Atlas: statements and member cities of city networks, on a map."""
    ctx.obj = data_dir


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
) -> None:
    """Import a statement from the text of its web page."""
    data = _load(ctx)
    try:
        parsed = parse_page(
            read_page(page), title=title, date=parse_date(date_text) if date_text else None
        )
        plan = importer.plan_statement(
            data,
            parsed,
            network=network,
            source=source or page.name,
            note=note,
            signed_by_members=signed_by_members,
        )
    except (ParseError, UnknownCountryError) as exc:
        raise exc.in_file(str(page)) from None
    importer.write_statement(data, plan)
    click.echo(
        f"{plan.statement_id}: {parsed.title} ({parsed.date.day} {parsed.date:%B %Y}), "
        f"{len(plan.signatories)} signatories"
    )


@main.command("import-members")
@click.argument("table", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--network", required=True, help="Network id from networks.csv.")
@click.pass_context
@reports_errors
def import_members(ctx: click.Context, table: Path, network: str) -> None:
    """Set a network's member list from a CSV (city, country[, evidence_url, evidence_quote])."""
    data = _load(ctx)
    if network not in set(data.networks["id"]):
        raise DataError(f"network {network!r} is not in networks.csv")
    raw = pd.read_csv(table, dtype=str, keep_default_na=False)
    missing = {"city", "country"} - set(raw.columns)
    if missing:
        raise DataError(f"lacks the column(s) {', '.join(sorted(missing))}", path=str(table))
    rows = raw.reindex(columns=list(store.MEMBER_COLUMNS), fill_value="").assign(network=network)
    rows["city"] = rows["city"].map(clean)
    store.unique_places([rows])  # every country must be known before anything is written
    others = data.members[data.members["network"] != network]
    store.write_csv(
        data.path("members.csv"),
        pd.concat([others, rows], ignore_index=True),
        store.MEMBER_COLUMNS,
        ["network", "country", "city"],
    )
    click.echo(f"{network}: {len(rows)} members")


@main.command("geocode")
@click.option("--retry-failed", is_flag=True, help="Look up places that failed before again.")
@click.option(
    "--gazetteer",
    "gazetteer_csv",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Your own gazetteer CSV (geonameid,name,country_code,lat,lon,population,alternatenames) "
    "instead of GeoNames.",
)
@click.pass_context
@reports_errors
def geocode_command(ctx: click.Context, retry_failed: bool, gazetteer_csv: Path | None) -> None:
    """Give every member city a coordinate, once, in places.csv (offline)."""
    data = _load(ctx)
    needed = store.unique_places([data.signatories, data.members])
    todo = geocode.places_to_geocode(needed, data.places, retry_failed=retry_failed)
    click.echo(f"{len(needed)} places, {len(todo)} to geocode", err=True)
    if len(todo):
        click.echo(f"loading the gazetteer {gazetteer_csv or '(GeoNames)'} ...", err=True)
        gazetteer = (
            geocode.read_gazetteer(gazetteer_csv) if gazetteer_csv else geocode.load_geonames()
        )
        resolved = geocode.resolve_offline(todo, gazetteer, data.overrides)
        store.write_places(data.path("places.csv"), geocode.merge_places(data.places, resolved))
        data.places = store.read_places(data.path("places.csv"))
    failed = data.places[
        data.places["key"].isin(set(needed["key"])) & (data.places["status"] != "ok")
    ]
    for row in failed.itertuples():
        click.echo(f"unresolved: {row.city} ({row.country_code}): {row.detail}", err=True)
    if len(failed):
        raise click.ClickException(
            f"{len(failed)} of {len(needed)} places have no coordinate: add them to overrides.csv "
            "with a cited source, then run geocode --retry-failed"
        )
    click.echo(f"all {len(needed)} places have a coordinate", err=True)


@main.command("export")
@click.option("--network", multiple=True, help="Only this network (repeatable).")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "geojson"]), default="csv", show_default=True
)
@click.pass_context
@reports_errors
def export(ctx: click.Context, network: tuple[str, ...], fmt: str) -> None:
    """Write one row per (statement, city) to stdout."""
    data = _load(ctx)
    unknown = set(network) - set(data.networks["id"])
    if unknown:
        raise DataError(f"network {', '.join(sorted(unknown))!r} is not in networks.csv")
    rows = atlas.apply_filter(atlas.signatory_rows(data), atlas.Filter(networks=network))
    if fmt == "geojson":
        click.echo(atlas.to_geojson(rows))
    else:
        out = rows.assign(statement_date=rows["statement_date"].map(dt.date.isoformat))
        click.echo(store.csv_text(out, atlas.EXPORT_COLUMNS), nl=False)


@main.command("check")
@click.pass_context
@reports_errors
def check(ctx: click.Context) -> None:
    """Validate every data file; exit 1 with one message per problem."""
    problems = store.check(_load(ctx))
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) in {ctx.obj}")
    click.echo(f"{ctx.obj}: all data files are valid", err=True)


def run() -> None:  # pragma: no cover - the console entry point
    main(prog_name="python -m geo")


if __name__ == "__main__":  # pragma: no cover
    run()

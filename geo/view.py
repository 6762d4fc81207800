"""What the user is looking at, as URL query parameters: a view is a link."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields

LAYERS = ("cities", "countries")


@dataclass(frozen=True)
class View:
    """Filters, selection and display switches of the page. Defaults show everything."""

    networks: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # display names, as the filter shows them
    start: dt.date | None = None
    end: dt.date | None = None
    statement: str = ""
    city: str = ""
    shared: bool = False
    layer: str = "cities"
    tiles: bool = False
    q: str = ""
    present: bool = False


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
    """A view from query parameters; values that make no sense are dropped, not fatal."""

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
        countries=many("countries"),
        start=date("start"),
        end=date("end"),
        statement=one("statement"),
        city=one("city"),
        shared=one("shared") == "1",
        layer=layer if layer in LAYERS else "cities",
        tiles=one("tiles") == "1",
        q=one("q"),
        present=one("present") == "1",
    )

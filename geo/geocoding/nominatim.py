"""The online step: what overrides and the gazetteer could not resolve, looked up in Nominatim.

The seam is a geocode callable with the signature of geopy's `Nominatim.geocode`. In
production (`online_geocoder`) it is

    with_retries(RateLimiter(Nominatim(...).geocode, min_delay_seconds=1), ...)

so every request, retries included, waits at least `min_delay` seconds after the one before
(Nominatim's usage policy asks for at most one a second), and a 429, a 5xx or a timeout is
tried again after a back-off that doubles each time (or the server's Retry-After, if longer).
Tests pass geopy's real Nominatim pointed at a fake server on 127.0.0.1.

Each query names the member's country (`countrycodes`) and, for a county, district or region
(as `geo.geocoding.geocode.guess_kind` reads the name), Nominatim's `featuretype`. An answer whose
`address.country_code` is not the member's is rejected and reported, never stored as a hit.

Rule for ambiguity: Nominatim returns up to `CANDIDATES` matches, best first by its own
ranking (importance); the first in the member's country wins. If other matches in the country
lie more than `AMBIGUITY_KM` from it (so they are other places, not the same place mapped as
a point and as an area), the row's `detail` starts "ambiguous: N places named ..." as the
gazetteer's does, and `python -m geo report` lists it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pandas as pd
from geopy.adapters import RequestsAdapter
from geopy.distance import great_circle
from geopy.exc import (
    GeocoderAuthenticationFailure,
    GeocoderInsufficientPrivileges,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeocoderUnavailable,
    GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from geo import __version__
from geo.data.csvfiles import PLACE_COLUMNS, PLACE_NAME_COLUMNS
from geo.errors import NominatimError
from geo.geocoding.geocode import guess_kind, name_variants
from geo.model import Source, Status
from geo.schema import require_columns
from geo.text import clean

log = logging.getLogger(__name__)

PUBLIC_URL = "https://nominatim.openstreetmap.org"
PUBLIC_HOST = "nominatim.openstreetmap.org"
PUBLIC_MIN_DELAY = 1.0  # seconds between requests, as the usage policy requires
CONTACT_ENV = "ATLAS_CONTACT"
URL_ENV = "ATLAS_NOMINATIM_URL"  # --nominatim-url from the environment
PRODUCT = "city-networks-atlas"
CANDIDATES = 5
AMBIGUITY_KM = 25.0
# Nominatim's featuretype for a kind of place: 'state' is the state part of an address,
# 'settlement' anything inhabited from state down to neighbourhood. A city gets none, so
# that towns and municipalities are found too.
FEATURETYPES = {"region": "state", "county": "settlement", "district": "settlement"}
_CONTACT = re.compile(r"\S+@\S+\.\S+|https?://\S+")

Geocode = Callable[..., Any]
"""geocode(query, **params) -> Location | list[Location] | None, as geopy's geocoders."""


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class OnlineSettings:
    """How to reach Nominatim, and how politely."""

    url: str = PUBLIC_URL
    contact: str | None = None
    timeout: float = 10.0
    min_delay: float = PUBLIC_MIN_DELAY
    retries: int = 3
    backoff: float = 2.0

    @property
    def is_public(self) -> bool:
        return (urlsplit(self.url).hostname or "").lower().rstrip(".") == PUBLIC_HOST


def checked(settings: OnlineSettings) -> OnlineSettings:
    """The settings, or a NominatimError that names the value Nominatim would not accept."""
    parts = urlsplit(settings.url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
        raise NominatimError(
            f"Nominatim URL {settings.url!r} is not like https://host[:port][/path]"
        )
    if settings.contact is not None and not _CONTACT.fullmatch(settings.contact):
        raise NominatimError(
            f"contact {settings.contact!r} is not an e-mail address or an http(s) URL"
        )
    if settings.is_public and settings.min_delay < PUBLIC_MIN_DELAY:
        raise NominatimError(
            f"a delay of {settings.min_delay:g} s between requests is too short for {PUBLIC_URL}"
            f", whose usage policy asks for at least {PUBLIC_MIN_DELAY:g} s"
        )
    if settings.is_public and not settings.contact:
        raise NominatimError(
            f"{PUBLIC_URL} asks every application to say who runs it: pass --contact EMAIL "
            f"or set {CONTACT_ENV}"
        )
    if settings.min_delay < 0 or settings.timeout <= 0 or settings.retries < 0:
        raise NominatimError(
            f"delay {settings.min_delay:g} s, timeout {settings.timeout:g} s and "
            f"{settings.retries} retries: none can be negative, the timeout not zero"
        )
    return settings


def user_agent(contact: str | None) -> str:
    """'city-networks-atlas/0.1.0 (contact: someone@example.org)'."""
    return f"{PRODUCT}/{__version__}" + (f" (contact: {contact})" if contact else "")


def make_nominatim(settings: OnlineSettings) -> Any:
    """geopy's Nominatim for the settings' URL; HTTP-level retries off (ours are visible)."""
    parts = urlsplit(settings.url)
    return Nominatim(
        user_agent=user_agent(settings.contact),
        domain=parts.netloc + parts.path.rstrip("/"),
        scheme=parts.scheme,
        timeout=settings.timeout,
        adapter_factory=_adapter_without_retries,
    )


def _adapter_without_retries(proxies: Any, ssl_context: Any) -> Any:
    return RequestsAdapter(proxies=proxies, ssl_context=ssl_context, max_retries=0)


# --------------------------------------------------------------------------- the seam


def rate_limited(
    geocode: Geocode,
    min_delay: float,
    *,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> Any:
    """geopy's RateLimiter around a geocode callable; errors pass through to `with_retries`.

    `clock` and `sleep` replace RateLimiter's own (tests use a fake clock).
    """
    limiter = RateLimiter(
        geocode,
        min_delay_seconds=min_delay,
        max_retries=0,
        error_wait_seconds=min_delay,
        swallow_exceptions=False,
    )
    if clock is not None:
        limiter._clock = clock
    pause = sleep or limiter._sleep

    def logged_sleep(seconds: float) -> None:
        log.debug("rate limit: waiting %.2f s before the next request", seconds)
        pause(seconds)

    limiter._sleep = logged_sleep
    return limiter


def http_status(error: BaseException) -> int | None:
    """The HTTP status behind a geopy error, where there was one."""
    status = getattr(error.__cause__, "status_code", None)
    return status if isinstance(status, int) else None


def is_transient(error: GeopyError) -> bool:
    """Worth trying again later: rate limited (429), a server error (5xx), a timeout."""
    status = http_status(error)
    return isinstance(error, GeocoderTimedOut | GeocoderRateLimited | GeocoderUnavailable) or (
        status is not None and status >= 500
    )


def retry_wait(error: GeopyError, attempt: int, backoff: float) -> float:
    """Seconds to wait before try `attempt + 2`: doubling back-off, or Retry-After if longer."""
    retry_after = getattr(error, "retry_after", None) or 0
    return max(backoff * 2.0**attempt, float(retry_after))


def with_retries(
    geocode: Geocode,
    *,
    retries: int,
    backoff: float,
    sleep: Callable[[float], None] = time.sleep,
) -> Geocode:
    """Try a transient failure (`is_transient`) up to `retries` more times; raise the last."""

    def call(query: str, **params: Any) -> Any:
        attempt = 0
        while True:
            try:
                return geocode(query, **params)
            except GeopyError as error:
                if attempt >= retries or not is_transient(error):
                    raise
                wait = retry_wait(error, attempt, backoff)
                log.warning(
                    "%r: %s: %s; trying again in %.0f s (retry %d of %d)",
                    query, type(error).__name__, error, wait, attempt + 1, retries,
                )  # fmt: skip
                sleep(wait)
                attempt += 1

    return call


def online_geocoder(
    settings: OnlineSettings,
    *,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> Geocode:
    """The production seam: Nominatim, rate limited, with retries and back-off."""
    settings = checked(settings)
    limited = rate_limited(
        make_nominatim(settings).geocode, settings.min_delay, clock=clock, sleep=sleep
    )
    return with_retries(
        limited, retries=settings.retries, backoff=settings.backoff, sleep=sleep or time.sleep
    )


# --------------------------------------------------------------------------- looking up


def online_queries(city: str) -> list[str]:
    """Names to ask Nominatim for, in turn until one has a match in the country.

    Like geo.geocoding.geocode.name_variants, but a bracketed qualifier is dropped, never
    asked on its own: it may be a kind ('Neuchâtel (Canton)') or the parent city
    ('Guro-gu (Seoul)').
    """
    name = clean(city)
    qualifier = re.search(r"\s*\(([^()]*)\)\s*$", name)
    return name_variants(name[: qualifier.start()] if qualifier else name)


def search_params(code: str, kind: str) -> dict[str, Any]:
    """Keyword arguments for geopy's Nominatim.geocode for a place of a kind in a country."""
    params: dict[str, Any] = {
        "exactly_one": False,
        "limit": CANDIDATES,
        "addressdetails": True,
        "country_codes": code.lower(),
    }
    if kind in FEATURETYPES:
        params["featuretype"] = FEATURETYPES[kind]
    return params


def country_of(raw: dict[str, Any]) -> str:
    """The ISO code of the country a Nominatim result is in ('' if it does not say)."""
    address = raw.get("address") or {}
    return str(address.get("country_code", "")).upper()


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points (geopy's)."""
    return float(great_circle(a, b).km)


def _candidates(answer: Any) -> list[Any]:
    if answer is None:
        return []
    return list(answer) if isinstance(answer, list | tuple) else [answer]


def _hit(query: str, code: str, found: list[Any]) -> dict[str, object]:
    best = found[0]
    raw = best.raw
    others = [
        loc
        for loc in found[1:]
        if km_between((best.latitude, best.longitude), (loc.latitude, loc.longitude)) > AMBIGUITY_KM
    ]
    ambiguity = (
        f"ambiguous: {len(others) + 1} places named {query!r} in {code}; "
        f"chose Nominatim's first, {best.address}"
        if others
        else ""
    )
    return {
        "status": Status.OK,
        "lat": float(best.latitude),
        "lon": float(best.longitude),
        "source_id": f"{raw.get('osm_type', '')}/{raw.get('osm_id', '')}",
        "matched_name": raw.get("name") or str(best.address).split(",")[0],
        "detail": ambiguity or f"OpenStreetMap: {best.address}",
    }


def lookup(geocode: Geocode, city: str, code: str, kind: str) -> dict[str, object]:
    """Status, coordinate and provenance of one place (see the module doc for the rules).

    GeoPy errors after retries propagate: `resolve_online` decides which stop the run.
    """
    params = search_params(code, kind)
    rejected: list[str] = []
    queries = online_queries(city)
    for query in queries:
        log.info("Nominatim: asking for %r %s", query, params)
        found = _candidates(geocode(query, **params))
        inside = [loc for loc in found if country_of(loc.raw) == code]
        if inside:
            return _hit(query, code, inside)
        rejected += [f"{loc.address} ({country_of(loc.raw) or 'no country'})" for loc in found]
    asked = " or ".join(repr(q) for q in queries)
    if rejected:
        return {
            "status": Status.FAILED,
            "detail": f"rejected: Nominatim's matches for {asked} are not in {code}: "
            + "; ".join(rejected),
        }
    return {"status": Status.FAILED, "detail": f"no Nominatim place named {asked} in {code}"}


def _stops_the_run(error: GeopyError) -> bool:
    """Errors about the service, not the place: going on would only hammer it."""
    return isinstance(
        error,
        GeocoderRateLimited
        | GeocoderUnavailable
        | GeocoderAuthenticationFailure
        | GeocoderInsufficientPrivileges,
    ) or not isinstance(error, GeocoderServiceError)


def iter_resolve_online(
    todo: pd.DataFrame,
    geocode: Geocode,
    *,
    service: str = "Nominatim",
    today: dt.date | None = None,
) -> Iterator[dict[str, object]]:
    """One cached-table row per place (key, city, country_code), as each answer comes.

    A failure about the place (no match, only matches abroad, a timeout or a server error
    after the retries) is a 'failed' row with the reason; one about the service (rate limited
    after the retries, refused, unreachable) raises NominatimError: the rows yielded so far
    stand, the rest wait for the next run.
    """
    require_columns(todo, PLACE_NAME_COLUMNS, "places to geocode")
    when = (today or dt.datetime.now(dt.UTC).date()).isoformat()
    for key, city, code in zip(todo["key"], todo["city"], todo["country_code"], strict=True):
        kind = guess_kind(city)
        try:
            found = lookup(geocode, city, code, kind)
        except GeopyError as error:
            reason = f"{type(error).__name__}: {error}"
            if _stops_the_run(error):
                raise NominatimError(
                    f"{service} failed on {city!r} ({code}), so the run stopped: {reason}"
                ) from error
            found = {"status": Status.FAILED, "detail": f"{service} error after retries: {reason}"}
        log.debug("%s: %s %s", key, found["status"], found.get("detail") or "")
        yield {
            "key": key,
            "city": city,
            "country_code": code,
            "kind": kind,
            "source": Source.NOMINATIM,
            "geocoded_at": when,
        } | found


def resolve_online(todo: pd.DataFrame, geocode: Geocode, **options: Any) -> pd.DataFrame:
    """`iter_resolve_online` as one DataFrame in the cached table's columns."""
    rows = list(iter_resolve_online(todo, geocode, **options))
    return pd.DataFrame(rows, columns=list(PLACE_COLUMNS))


def needs_online(places: pd.DataFrame) -> pd.Series:
    """Rows the online step should look up: gazetteer misses ('' from older tables)."""
    return (places["status"] == Status.FAILED) & places["source"].isin([Source.GAZETTEER, ""])


def untried_online(needed: pd.DataFrame, cached: pd.DataFrame) -> pd.DataFrame:
    """Needed places whose cached row is a gazetteer miss, never looked up online."""
    missed = set(cached.loc[needs_online(cached), "key"])
    return needed[needed["key"].isin(missed)].reset_index(drop=True)


def progress(done: int, total: int, elapsed: float) -> str:
    """'3/8, about 0:00:05 left' from the pace so far."""
    left = round(elapsed / done * (total - done)) if done else 0
    return f"{done}/{total}, about {dt.timedelta(seconds=left)} left"

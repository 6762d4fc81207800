"""The online step, with geopy's real Nominatim against a fake Nominatim on 127.0.0.1.

The fake answers hand-written JSON in Nominatim's /search format with address details
(geopy asks for format=json; jsonv2 answers are the same but for `category` in place of
`class`, which the fake also serves). Rate limiting runs on a fake clock, so the spacing of
requests is asserted without waiting; only the timeout test (0.2 s) and the killed-run test
(a subprocess, 2-3 s) take real time. Every test fails if it connects anywhere but 127.0.0.1.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pandas as pd
import pytest
from click.testing import CliRunner, Result
from geopy.geocoders import Nominatim

from geo import __version__
from geo.cli import main
from geo.data import csvfiles, store
from geo.data.placekeys import place_key
from geo.errors import NominatimError
from geo.geocoding.geocode import guess_kind
from geo.geocoding.nominatim import (
    PUBLIC_URL,
    Geocode,
    OnlineSettings,
    iter_resolve_online,
    make_nominatim,
    online_geocoder,
    online_queries,
    progress,
    rate_limited,
    resolve_online,
    user_agent,
    with_retries,
)
from tests.conftest import ROOT

TODAY = dt.date(2026, 1, 2)
CONTACT = "atlas-tests@example.org"
AGENT = f"city-networks-atlas/{__version__} (contact: {CONTACT})"
GAZETTEER = (
    "geonameid,name,country_code,lat,lon,population,alternatenames\n1,Oslo,NO,59.91,10.75,700000,\n"
)


# --------------------------------------------------------------------------- the fake


@pytest.fixture(autouse=True)
def only_localhost(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection to an address other than 127.0.0.1 fails the test."""
    connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6) and address[0] != "127.0.0.1":
            raise AssertionError(f"a test tried to reach {address}")
        connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


class FakeClock:
    """Time that passes only when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@dataclass
class Answer:
    body: Any = field(default_factory=list)
    status: int = 200
    held: bool = False  # answered only when the test releases the fake (FakeNominatim.release)
    headers: dict[str, str] = field(default_factory=dict)


def place(
    name: str,
    country_code: str,
    lat: float,
    lon: float,
    *,
    osm: tuple[str, int] = ("relation", 1),
    addresstype: str = "city",
) -> dict[str, Any]:
    """One result of Nominatim's /search with addressdetails=1."""
    country = {"GB": "United Kingdom", "FR": "France", "DE": "Germany", "US": "United States"}
    display = f"{name}, {country.get(country_code, country_code)}"
    return {
        "place_id": osm[1] * 7,
        "licence": "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright",
        "osm_type": osm[0],
        "osm_id": osm[1],
        "lat": f"{lat:.7f}",
        "lon": f"{lon:.7f}",
        "class": "boundary",
        "type": "administrative",
        "place_rank": 16,
        "importance": 0.6,
        "addresstype": addresstype,
        "name": name,
        "display_name": display,
        "address": {
            addresstype: name,
            "country": country.get(country_code, country_code),
            "country_code": country_code.lower(),
        },
        "boundingbox": [
            f"{lat - 0.1:.7f}",
            f"{lat + 0.1:.7f}",
            f"{lon - 0.1:.7f}",
            f"{lon + 0.1:.7f}",
        ],
    }


def hits(*places: dict[str, Any], held: bool = False) -> Answer:
    return Answer(body=list(places), held=held)


def http_error(status: int, **headers: str) -> Answer:
    return Answer(
        body={"error": {"code": status, "message": "fake"}}, status=status, headers=headers
    )


@dataclass(frozen=True)
class Seen:
    path: str
    params: dict[str, str]
    user_agent: str
    at: float


class FakeNominatim(ThreadingHTTPServer):
    """Answers /search from a script: query -> answers, one per request, the last repeated.

    A held answer, and every answer after the first `answered` requests, waits until
    `release()`; `holding` is set when a request is first held.
    """

    daemon_threads = True

    def __init__(self, clock: Callable[[], float]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.clock = clock
        self.script: dict[str, list[Answer]] = {}
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.answered: int | None = None
        self.holding = threading.Event()
        self.released = threading.Event()

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    @property
    def url(self) -> str:
        return f"http://{self.domain}"

    def take(self, path: str, params: dict[str, str], agent: str) -> Answer:
        with self.lock:
            self.seen.append(Seen(path, params, agent, self.clock()))
            answers = self.script.get(params.get("q", ""), [Answer()])
            answer = answers.pop(0) if len(answers) > 1 else answers[0]
            held = answer.held or (self.answered is not None and len(self.seen) > self.answered)
        if held:
            self.holding.set()
            self.released.wait()
        return answer

    def release(self) -> None:
        """Answer every held request, and hold no more."""
        self.answered = None
        self.released.set()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that timed out and left is part of the test


class _Handler(BaseHTTPRequestHandler):
    server: FakeNominatim

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = dict(parse_qsl(url.query))
        answer = self.server.take(url.path, params, self.headers.get("User-Agent", ""))
        body = answer.body
        if params.get("format") == "jsonv2" and isinstance(body, list):
            body = [{("category" if k == "class" else k): v for k, v in r.items()} for r in body]
        data = json.dumps(body).encode()
        self.send_response(answer.status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(clock: FakeClock) -> Iterator[FakeNominatim]:
    """A fake Nominatim on 127.0.0.1 that records each request at the fake clock's time."""
    server = FakeNominatim(clock)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02})
    thread.start()
    yield server
    server.release()
    server.shutdown()
    server.server_close()
    thread.join()


def settings(fake: FakeNominatim, **changes: Any) -> OnlineSettings:
    """Public-Nominatim politeness (1 s apart, 3 retries from 2 s), at the fake's URL."""
    return replace(OnlineSettings(url=fake.url, contact=CONTACT, timeout=2.0), **changes)


def geocoder(fake: FakeNominatim, clock: FakeClock, **changes: Any) -> Geocode:
    return online_geocoder(settings(fake, **changes), clock=clock, sleep=clock.sleep)


def todo(*places: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [(place_key(city, cc), city, cc) for city, cc in places],
        columns=["key", "city", "country_code"],
    )


LEWISHAM = place("London Borough of Lewisham", "GB", 51.44, -0.02, addresstype="borough")


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("city", "kind"),
    [
        ("London Borough of Lewisham", "district"),
        ("Guro-gu (Seoul)", "district"),
        ("Montgomery County", "county"),
        ("Unione dei Comuni del Rubicone", "county"),
        ("Neuchâtel (Canton)", "region"),
        ("Tenerife (Cabildo)", "region"),
        ("Calderdale", "city"),
        ("Statesboro", "city"),
    ],
)
def test_the_kind_is_guessed_from_the_name(city: str, kind: str) -> None:
    assert guess_kind(city) == kind


@pytest.mark.parametrize(
    ("city", "queries"),
    [
        ("Neuchâtel (Canton)", ["Neuchâtel"]),
        ("Guro-gu (Seoul)", ["Guro-gu"]),
        ("Pec/Peja", ["Pec/Peja", "Pec", "Peja"]),
        ("City of Sydney", ["City of Sydney", "Sydney"]),
    ],
)
def test_a_bracketed_qualifier_is_never_asked_on_its_own(city: str, queries: list[str]) -> None:
    assert online_queries(city) == queries


# --------------------------------------------------------------------------- answers


def test_a_hit_is_stored_with_its_provenance(fake: FakeNominatim, clock: FakeClock) -> None:
    fake.script = {"London Borough of Lewisham": [hits(LEWISHAM)]}
    nominatim = Nominatim(user_agent=user_agent(CONTACT), domain=fake.domain, scheme="http")
    geocode = with_retries(
        rate_limited(nominatim.geocode, 1.0, clock=clock, sleep=clock.sleep),
        retries=3,
        backoff=2.0,
        sleep=clock.sleep,
    )
    row = resolve_online(todo(("London Borough of Lewisham", "GB")), geocode, today=TODAY).iloc[0]
    assert (row["status"], row["kind"], row["source"]) == ("ok", "district", "nominatim")
    assert (row["lat"], row["lon"]) == (51.44, -0.02)
    assert row["source_id"] == "relation/1"
    assert row["matched_name"] == "London Borough of Lewisham"
    assert row["detail"] == "OpenStreetMap: London Borough of Lewisham, United Kingdom"
    assert row["geocoded_at"] == "2026-01-02"
    [request] = fake.seen
    assert request.path == "/search"
    assert request.params == {
        "q": "London Borough of Lewisham",
        "format": "json",
        "limit": "5",
        "countrycodes": "gb",
        "addressdetails": "1",
        "featureType": "settlement",  # geopy spells it as Nominatim's docs do
    }
    assert request.user_agent == AGENT


def test_each_kind_asks_for_its_featuretype_and_requests_are_a_second_apart(
    fake: FakeNominatim, clock: FakeClock
) -> None:
    places = todo(
        ("Springfield", "US"),
        ("Montgomery County", "US"),
        ("Neuchâtel (Canton)", "CH"),
        ("London Borough of Lewisham", "GB"),
    )
    resolve_online(places, geocoder(fake, clock))
    asked = [
        (s.params["q"], s.params["countrycodes"], s.params.get("featureType")) for s in fake.seen
    ]
    assert asked == [
        ("Springfield", "us", None),
        ("Montgomery County", "us", "settlement"),
        ("Neuchâtel", "ch", "state"),
        ("London Borough of Lewisham", "gb", "settlement"),
    ]
    assert [s.at for s in fake.seen] == [0.0, 1.0, 2.0, 3.0]
    assert clock.sleeps == [1.0, 1.0, 1.0]


def test_nothing_found_is_a_dated_failure(fake: FakeNominatim, clock: FakeClock) -> None:
    row = resolve_online(todo(("Atlantis", "NO")), geocoder(fake, clock), today=TODAY).iloc[0]
    assert (row["status"], row["source"], row["geocoded_at"]) == (
        "failed",
        "nominatim",
        "2026-01-02",
    )
    assert row["detail"] == "no Nominatim place named 'Atlantis' in NO"
    assert pd.isna(row["lat"])


def test_a_hit_abroad_is_rejected_and_never_stored(fake: FakeNominatim, clock: FakeClock) -> None:
    fake.script = {"Mulhouse": [hits(place("Mülhausen", "DE", 50.6, 8.0))]}
    row = resolve_online(todo(("Mulhouse", "FR")), geocoder(fake, clock)).iloc[0]
    assert row["status"] == "failed"
    assert row[["lat", "lon", "source_id", "matched_name"]].isna().all()
    assert row["detail"] == (
        "rejected: Nominatim's matches for 'Mulhouse' are not in FR: Mülhausen, Germany (DE)"
    )


def test_a_match_at_home_wins_over_earlier_ones_abroad(
    fake: FakeNominatim, clock: FakeClock
) -> None:
    fake.script = {
        "Mulhouse": [
            hits(place("Mülhausen", "DE", 50.6, 8.0), place("Mulhouse", "FR", 47.75, 7.34))
        ]
    }
    row = resolve_online(todo(("Mulhouse", "FR")), geocoder(fake, clock)).iloc[0]
    assert (row["status"], row["lat"], row["lon"]) == ("ok", 47.75, 7.34)


@pytest.mark.parametrize(
    ("second", "flagged"),
    [
        (place("Springfield", "US", 37.21, -93.29, osm=("relation", 2)), True),  # Missouri
        (place("Springfield", "US", 39.80, -89.65, osm=("node", 3)), False),  # the same, a node
    ],
)
def test_several_places_in_the_country_pick_the_first_and_flag_it(
    fake: FakeNominatim, clock: FakeClock, second: dict[str, Any], flagged: bool
) -> None:
    illinois = place("Springfield", "US", 39.80, -89.64)
    fake.script = {"Springfield": [hits(illinois, second)]}
    row = resolve_online(todo(("Springfield", "US")), geocoder(fake, clock)).iloc[0]
    assert (row["lat"], row["source_id"]) == (39.80, "relation/1")
    assert row["detail"].startswith("ambiguous: 2 places named 'Springfield' in US") is flagged


# --------------------------------------------------------------------------- errors


def test_429_waits_for_retry_after_then_succeeds(fake: FakeNominatim, clock: FakeClock) -> None:
    fake.script = {
        "London Borough of Lewisham": [http_error(429, **{"Retry-After": "7"}), hits(LEWISHAM)]
    }
    row = resolve_online(todo(("London Borough of Lewisham", "GB")), geocoder(fake, clock)).iloc[0]
    assert row["status"] == "ok"
    assert [s.at for s in fake.seen] == [0.0, 7.0]
    assert clock.sleeps == [7.0]


def test_server_errors_are_retried_with_doubling_back_off(
    fake: FakeNominatim, clock: FakeClock
) -> None:
    fake.script = {
        "London Borough of Lewisham": [http_error(500), http_error(502), hits(LEWISHAM)],
        "Atlantis": [http_error(500)],
    }
    rows = resolve_online(
        todo(("London Borough of Lewisham", "GB"), ("Atlantis", "NO")), geocoder(fake, clock)
    )
    assert list(rows["status"]) == ["ok", "failed"]
    assert rows.at[1, "detail"].startswith(
        "Nominatim error after retries: GeocoderServiceError: Non-successful status code 500"
    )
    # Lewisham: 2 s, 4 s; then Atlantis after the 1 s rate limit: 2, 4, 8 s; 7 requests.
    assert [s.at for s in fake.seen] == [0.0, 2.0, 6.0, 7.0, 9.0, 13.0, 21.0]
    assert clock.sleeps == [2.0, 4.0, 1.0, 2.0, 4.0, 8.0]


def test_requests_retries_and_rate_limit_waits_are_logged(
    fake: FakeNominatim, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    fake.script = {
        "London Borough of Lewisham": [http_error(429), hits(LEWISHAM)],
        "Atlantis": [hits()],
    }
    caplog.set_level(logging.DEBUG, logger="geo")
    resolve_online(
        todo(("London Borough of Lewisham", "GB"), ("Atlantis", "NO")), geocoder(fake, clock)
    )
    said = [(r.levelname, r.getMessage()) for r in caplog.records if r.name.startswith("geo.")]
    asked = [m for level, m in said if level == "INFO" and m.startswith("Nominatim: asking")]
    assert [m.split("'")[1] for m in asked] == ["London Borough of Lewisham", "Atlantis"]
    [retry] = [m for level, m in said if level == "WARNING"]
    assert retry.startswith("'London Borough of Lewisham': GeocoderRateLimited")
    assert retry.endswith("trying again in 2 s (retry 1 of 3)")
    waits = [m for level, m in said if level == "DEBUG" and m.startswith("rate limit")]
    assert waits == ["rate limit: waiting 1.00 s before the next request"]  # before Atlantis


def test_a_slow_answer_times_out_and_is_tried_again(fake: FakeNominatim, clock: FakeClock) -> None:
    fake.script = {"London Borough of Lewisham": [hits(LEWISHAM, held=True), hits(LEWISHAM)]}
    row = resolve_online(
        todo(("London Borough of Lewisham", "GB")), geocoder(fake, clock, timeout=0.2)
    ).iloc[0]
    assert row["status"] == "ok"
    assert len(fake.seen) == 2  # waiting for the slow answer would have asked once
    assert clock.sleeps == [2.0]


@pytest.mark.parametrize(
    ("answer", "requests", "reason"),
    [
        (http_error(429), 4, "GeocoderRateLimited"),
        (http_error(403), 1, "GeocoderInsufficientPrivileges"),
    ],
)
def test_a_refusing_service_stops_the_run_after_the_rows_so_far(
    fake: FakeNominatim, clock: FakeClock, answer: Answer, requests: int, reason: str
) -> None:
    fake.script = {"London Borough of Lewisham": [hits(LEWISHAM)], "Atlantis": [answer]}
    rows = []
    lookups = iter_resolve_online(
        todo(("London Borough of Lewisham", "GB"), ("Atlantis", "NO")), geocoder(fake, clock)
    )
    with pytest.raises(NominatimError, match=f"Nominatim failed on 'Atlantis' \\(NO\\).*{reason}"):
        rows.extend(lookups)
    assert [r["key"] for r in rows] == ["GB:london-borough-of-lewisham"]
    assert len(fake.seen) == 1 + requests


# --------------------------------------------------------------------------- settings


def test_the_public_nominatim_gets_a_second_between_requests_and_a_contact() -> None:
    assert OnlineSettings().url == PUBLIC_URL
    assert OnlineSettings().min_delay >= 1.0
    with pytest.raises(NominatimError, match=r"a delay of 0.5 s .* at least 1 s"):
        online_geocoder(OnlineSettings(contact=CONTACT, min_delay=0.5))
    with pytest.raises(NominatimError, match="--contact EMAIL"):
        online_geocoder(OnlineSettings(contact=None))


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"url": "ftp://127.0.0.1:1"}, "'ftp://127.0.0.1:1'"),
        ({"url": "127.0.0.1:8080"}, "'127.0.0.1:8080'"),
        ({"contact": "bob"}, "'bob'"),
        ({"contact": "bob@example.org\n"}, "'bob@example.org\\\\n'"),
    ],
)
def test_bad_settings_are_named(changes: dict[str, str], named: str) -> None:
    with pytest.raises(NominatimError, match=named):
        online_geocoder(
            replace(OnlineSettings(url="http://127.0.0.1:1", contact=CONTACT), **changes)
        )


def test_a_self_hosted_url_keeps_its_path() -> None:
    geolocator = make_nominatim(OnlineSettings(url="http://127.0.0.1:8080/nominatim/"))
    assert isinstance(geolocator, Nominatim)
    assert geolocator.api == "http://127.0.0.1:8080/nominatim/search"


def test_progress_tells_the_time_left() -> None:
    assert progress(3, 8, 6.0) == "3/8, about 0:00:10 left"
    assert progress(8, 8, 16.0) == "8/8, about 0:00:00 left"


# --------------------------------------------------------------------------- the command


def run(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(
        main,
        ["--data-dir", str(data_dir), *args],
        env={"ATLAS_CONTACT": CONTACT},
        catch_exceptions=False,
    )


def with_members(data_dir: Path, *places: tuple[str, str]) -> Path:
    """The data directory with these (city, country) as ICC members and a one-city gazetteer."""
    rows = "".join(f"icc,{city},{country},,,,,,,\n" for city, country in places)
    (data_dir / "members.csv").write_text(
        ",".join(csvfiles.MEMBER_COLUMNS) + "\n" + rows, encoding="utf-8"
    )
    gazetteer = data_dir.parent / "gazetteer.csv"
    gazetteer.write_text(GAZETTEER, encoding="utf-8")
    return gazetteer


def online(fake: FakeNominatim, gazetteer: Path) -> list[str]:
    return [
        "geocode",
        "--gazetteer",
        str(gazetteer),
        "--online",
        "--nominatim-url",
        fake.url,
        "--min-delay",
        "0",
    ]


def test_geocode_online_resolves_the_rest_once_and_retries_failures_on_request(
    networks_only_data: Path, fake: FakeNominatim
) -> None:
    gazetteer = with_members(
        networks_only_data,
        ("Oslo", "Norway"),
        ("London Borough of Lewisham", "UK"),
        ("Atlantis", "Norway"),
    )
    offline = run(networks_only_data, "geocode", "--gazetteer", str(gazetteer))
    assert "or look them up with geocode --online" in offline.output
    fake.script = {"London Borough of Lewisham": [hits(LEWISHAM)]}

    first = run(networks_only_data, *online(fake, gazetteer))
    assert first.exit_code == 1
    assert "3 places, 2 to geocode" in first.output  # the offline failures, never tried online
    assert "[2/2, about 0:00:00 left] Atlantis (NO): failed: no Nominatim place" in first.output
    assert "unresolved: Atlantis (NO)" in first.output
    assert [s.params["q"] for s in fake.seen] == ["London Borough of Lewisham", "Atlantis"]
    assert {s.user_agent for s in fake.seen} == {AGENT}
    places = store.read_places(networks_only_data / "places.csv").set_index("key")
    assert places["source"].to_dict() == {
        "GB:london-borough-of-lewisham": "nominatim",
        "NO:atlantis": "nominatim",
        "NO:oslo": "gazetteer",
    }
    assert places.at["GB:london-borough-of-lewisham", "kind"] == "district"
    assert places.at["NO:atlantis", "status"] == "failed"

    again = run(networks_only_data, *online(fake, gazetteer))
    assert "3 places, 0 to geocode" in again.output
    assert len(fake.seen) == 2  # a run over a settled table asks nothing

    fake.script = {"Atlantis": [hits(place("Atlantis", "NO", 60.0, 5.0))]}
    retried = run(networks_only_data, *online(fake, gazetteer), "--retry-failed")
    assert retried.exit_code == 0, retried.output
    assert [s.params["q"] for s in fake.seen[2:]] == ["Atlantis"]
    assert "all 3 places have a coordinate" in retried.output


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--nominatim-url", "ftp://127.0.0.1"], "Nominatim URL 'ftp://127.0.0.1' is not like"),
        (["--min-delay", "0.5"], "a delay of 0.5 s between requests is too short"),
    ],
)
def test_geocode_online_refuses_bad_settings_before_any_work(
    networks_only_data: Path, options: list[str], message: str
) -> None:
    with_members(networks_only_data, ("Atlantis", "Norway"))
    result = run(networks_only_data, "geocode", "--online", *options)
    assert result.exit_code == 1
    assert message in result.output
    assert not (networks_only_data / "places.csv").exists()


def test_a_killed_run_keeps_every_row_it_wrote_and_the_next_run_goes_on(
    networks_only_data: Path, fake: FakeNominatim
) -> None:
    towns = [f"Town {letter}" for letter in "ABCDEFGH"]
    gazetteer = with_members(networks_only_data, *((town, "Norway") for town in towns))
    fake.script = {
        town: [hits(place(town, "NO", 60.0 + i / 10, 10.0))] for i, town in enumerate(towns)
    }
    fake.answered = 3  # the fourth request waits
    command = [sys.executable, "-m", "geo", "--data-dir", str(networks_only_data)]
    child = subprocess.Popen(
        [*command, *online(fake, gazetteer), "--contact", CONTACT],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # A row is saved before the next request: at the fourth, the first three are saved.
    assert fake.holding.wait(timeout=60), "the run never asked a fourth time"
    child.kill()  # SIGKILL: no clean-up runs
    assert child.wait() == -9, "the run ended before the kill"

    kept = store.load(networks_only_data).places  # still a valid table
    resolved = set(kept.loc[kept["status"] == "ok", "key"])
    assert len(resolved) == 3
    assert resolved < {place_key(t, "NO") for t in towns}

    fake.release()
    asked_before = len(fake.seen)
    resumed = run(networks_only_data, *online(fake, gazetteer))
    assert resumed.exit_code == 0, resumed.output
    # The resumed run asks for every town the killed one did not save, and for none it did.
    # Counted by town, not by number: a request the killed run had on the wire may reach the
    # fake only after the kill.
    asked = {seen.params["q"] for seen in fake.seen[asked_before:]}
    saved = {town for town in towns if place_key(town, "NO") in resolved}
    assert not asked & saved
    assert set(towns) - saved <= asked
    final = store.load(networks_only_data).places
    assert set(final.loc[final["status"] == "ok", "key"]) == {place_key(t, "NO") for t in towns}

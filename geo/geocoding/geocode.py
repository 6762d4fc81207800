"""Geocoding member cities once, offline first: curated overrides, then a gazetteer.

Rule for ambiguity: among gazetteer places of the same name in the member's country (and in
its state or region, where the page or the editor names one that GeoNames codes as ISO 3166-2
does: 'Portland, Maine'), an exact name match beats an alternate name, and then the most
populous wins; the row's `detail` says how many candidates there were so the report can flag
it.

What neither resolves is a 'failed' row with source 'gazetteer' and the kind its name
suggests (`guess_kind`); `geocode --online` looks those up in Nominatim (geo.geocoding.nominatim).
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import logging
import re
from collections.abc import Iterator
from itertools import product
from pathlib import Path

import pandas as pd

from geo.countries import country_code, subdivision_codes
from geo.data.csvfiles import OVERRIDE_COLUMNS, PLACE_COLUMNS, PLACE_NAME_COLUMNS, read_csv
from geo.data.placekeys import place_key, used_place_keys
from geo.data.transactions import transaction
from geo.geocoding.gazetteer import Candidate as Candidate
from geo.geocoding.gazetteer import Gazetteer as Gazetteer
from geo.geocoding.gazetteer import load_geonames as load_geonames
from geo.model import Kind, Source, Status
from geo.schema import require_columns
from geo.text import clean, fold

log = logging.getLogger(__name__)

GAZETTEER_COLUMNS = (
    "geonameid",
    "name",
    "country_code",
    "lat",
    "lon",
    "population",
    "alternatenames",
)
_QUALIFIER = re.compile(r"\s*\(([^()]*)\)\s*$")
# Words in a member's name that say what kind of place it is, most specific kind first.
_KIND_WORDS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        Kind.DISTRICT,
        re.compile(
            r"\b(borough|district|arrondissement|stadtbezirk|bezirk|ward)\b|\w-(gu|ku)\b",
            re.IGNORECASE,
        ),
    ),
    (
        Kind.COUNTY,
        re.compile(
            r"\b(county|comté|condado|landkreis|kreis|département|unione dei comuni|"
            r"union of municipalities)\b",
            re.IGNORECASE,
        ),
    ),
    (
        Kind.REGION,
        re.compile(
            r"\b(canton|region|région|regione|province|provincia|state|oblast|prefecture|"
            r"cabildo|voivodeship|autonomous community)\b",
            re.IGNORECASE,
        ),
    ),
)
_PREFIX_WORDS = (
    "city of", "city council of", "municipality of", "comune di", "ville de", "stadt", "gemeente",
    "town of", "kota",  # Indonesian and Malay: 'Kota Bogor' (the city of Bogor)
)  # fmt: skip
_PREFIXES = re.compile(r"^(" + "|".join(_PREFIX_WORDS) + r")\s+", re.IGNORECASE)
_PREFIX_STARTS = frozenset(w[:k] for w in _PREFIX_WORDS for k in range(len(w) + 1))


def read_gazetteer(path: Path) -> Gazetteer:
    """A gazetteer of your own: a CSV with the columns of GAZETTEER_COLUMNS (admin1 optional)."""
    columns = list(GAZETTEER_COLUMNS)
    with path.open(encoding="utf-8-sig") as handle:
        if "admin1" in handle.readline().strip().split(","):
            columns.append("admin1")
    frame = read_csv(path, columns)
    for column in ("lat", "lon"):
        frame[column] = pd.to_numeric(frame[column], errors="raise")
    frame["population"] = pd.to_numeric(frame["population"].replace("", "0"), errors="raise")
    return Gazetteer(frame.reset_index(drop=True))


def freeze_loaded() -> None:
    """Leave what the process holds once its gazetteer is loaded (the gazetteer, the atlas,
    pandas: 100,000 to 170,000 objects that live as long as the process) out of Python's
    full garbage collections, which otherwise walk all of them two or three times while a
    10,000-entry page is read and planned (0.15 to 0.2 s of CPU a read: benchmarks/README.md,
    speed62). Garbage is collected first, so that none is kept for good (a first build of
    the gazetteer leaves its JSON's); objects made afterwards are collected as before.
    Call it once a process, after the one-time load: the CLI's and the app's gazetteer."""
    gc.collect()
    gc.freeze()


def name_variants(city: str) -> list[str]:
    """Names to try for a member, most specific first.

    'Pec/Peja' -> Pec/Peja, Pec, Peja; 'Selçuk (Ephesus)' -> Selçuk (Ephesus), Selçuk, Ephesus;
    'City of Sydney' -> City of Sydney, Sydney.
    """
    name = clean(city)
    if "(" not in name and "/" not in name and ". " not in name and not _PREFIXES.match(name):
        return [name] if name else []  # the place finder's many n-grams: no more to try
    variants = [name, *_unabbreviated(name)]
    qualifier = _QUALIFIER.search(name)
    if qualifier:
        variants += [name[: qualifier.start()], qualifier.group(1)]
    variants += [part for v in list(variants) if "/" in v for part in v.split("/")]
    variants += [_PREFIXES.sub("", v) for v in list(variants)]
    return list(dict.fromkeys(clean(v) for v in variants if _has_letter(v)))


# The small words between a town's name's words that lists cut to a letter and a dot, and
# the words each letter may stand for: German 'Bad Homburg v. d. Höhe' (vor der), 'Mülheim
# a. d. Ruhr' (an der), 'Rothenburg o. d. Tauber' (ob der), 'Weiden i. d. Oberpfalz';
# Czech, Slovak and Polish 'n.' (nad: 'Ústí n. Labem') and 'p.' (pod).
_ABBREVIATED_WORDS = {
    "a": ("an", "am"), "d": ("der", "dem", "den"), "v": ("vor", "von"), "i": ("in", "im"),
    "o": ("ob",), "b": ("bei",), "n": ("nad",), "p": ("pod",),
}  # fmt: skip
_ABBREVIATED_WORD = re.compile(r"(?<= )([a-z])\. (?=\w)")
MAX_ABBREVIATED_WORDS = 3


def _unabbreviated(name: str) -> list[str]:
    """A name with each small word cut to a letter and a dot (`_ABBREVIATED_WORDS`) written
    in full, in each way it may be; [] if it has none, or more than MAX_ABBREVIATED_WORDS."""
    parts = _ABBREVIATED_WORD.split(name)  # text, letter, text, letter, ..., text
    letters = parts[1::2]
    if not letters or len(letters) > MAX_ABBREVIATED_WORDS:
        return []
    if any(letter not in _ABBREVIATED_WORDS for letter in letters):
        return []
    out = []
    for words in product(*(_ABBREVIATED_WORDS[letter] for letter in letters)):
        texts = parts[0::2]
        out.append(texts[0] + "".join(f"{w} {t}" for w, t in zip(words, texts[1:], strict=True)))
    return out


def _has_letter(name: str) -> bool:
    """Whether a name has a letter: a date's or a code's figures a slash parts ('03/02/2024'
    -> '02') name no place, though GeoNames gives some places postal codes as names."""
    return any(char.isalpha() for char in name)


def may_lose_prefix(text: str) -> bool:
    """Whether a name that starts with `text` may be tried without a form word
    (`name_variants`: 'City of X', 'Stadt X'), so that no gazetteer name need start with it."""
    folded = fold(text)
    return folded in _PREFIX_STARTS or folded.startswith(_PREFIX_WORDS)


def guess_kind(city: str) -> Kind:
    """The kind of place a member's name suggests: district, county, region, else city.

    'London Borough of Lewisham' -> district, 'Montgomery County' -> county,
    'Neuchâtel (Canton)' -> region, 'Calderdale' -> city (a name alone cannot tell).
    """
    return next((kind for kind, words in _KIND_WORDS if words.search(city)), Kind.CITY)


def _row(key: str, city: str, code: str, **values: object) -> dict[str, object]:
    return {"key": key, "city": city, "country_code": code} | values


def resolve_offline(
    todo: pd.DataFrame,
    gazetteer: Gazetteer,
    overrides: pd.DataFrame,
    *,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """Coordinates for places (key, city, country_code, and an optional region, which
    narrows the gazetteer's choice): overrides first, then the gazetteer.

    Returns one row per place in the cached table's columns; what cannot be resolved comes
    back with status 'failed' and the reason in `detail`.
    """
    rows = list(iter_resolve_offline(todo, gazetteer, overrides, today=today))
    resolved = pd.DataFrame(rows, columns=list(PLACE_COLUMNS))
    if len(resolved):
        found = resolved[resolved["status"] == Status.OK]
        log.info(
            "geocoded offline: %d of %d places (%d from overrides, %d from the gazetteer)",
            len(found),
            len(resolved),
            (found["source"] == Source.OVERRIDE).sum(),
            (found["source"] == Source.GAZETTEER).sum(),
        )
    return resolved


def iter_resolve_offline(
    todo: pd.DataFrame,
    gazetteer: Gazetteer,
    overrides: pd.DataFrame,
    *,
    today: dt.date | None = None,
) -> Iterator[dict[str, object]]:
    require_columns(todo, PLACE_NAME_COLUMNS, "places to geocode")
    require_columns(overrides, OVERRIDE_COLUMNS, "overrides")
    when = (today or dt.datetime.now(dt.UTC).date()).isoformat()
    curated = {
        place_key(row["city"], country_code(row["country"])): row for _, row in overrides.iterrows()
    }
    regions = todo["region"] if "region" in todo.columns else pd.Series("", index=todo.index)
    for key, city, code, region in zip(
        todo["key"], todo["city"], todo["country_code"], regions.fillna(""), strict=True
    ):
        override = curated.get(key)
        if override is not None:
            row = _from_override(key, city, code, override, gazetteer)
        else:
            row = _from_gazetteer(key, city, code, gazetteer, str(region))
        log.debug("%s: %s from %s %s", key, row["status"], row["source"], row.get("detail") or "")
        yield row | {"geocoded_at": when}


def _from_override(
    key: str, city: str, code: str, override: pd.Series, gazetteer: Gazetteer
) -> dict[str, object]:
    row = functools.partial(
        _row, key, city, code, kind=override["kind"], source=Source.OVERRIDE,
        source_id=override["source"],
    )  # fmt: skip
    gid = override["geonameid"].strip()
    if not gid:
        lat, lon = float(override["lat"]), float(override["lon"])
        return row(status=Status.OK, lat=lat, lon=lon, matched_name=city, detail=override["note"])
    position = gazetteer.by_id.get(gid)
    if position is None:
        missing = f"override names GeoNames id {gid}, which the gazetteer does not have"
        return row(status=Status.FAILED, detail=missing)
    hit = gazetteer.place(position)
    note = "; ".join(filter(None, [override["note"], f"shown at {hit.name} (GeoNames {gid})"]))
    return row(
        status=Status.OK, lat=hit.lat, lon=hit.lon, matched_name=hit.name, detail=note,
    )  # fmt: skip


def candidates_in(gazetteer: Gazetteer, name: str, code: str, region: str = "") -> pd.DataFrame:
    """The gazetteer's places of a name in a country, best first: those in the region named
    (a state's name or code, 'Maine' or 'ME') where GeoNames has any there, else all."""
    for suffix in subdivision_codes(region, code) if region else ():
        hits = gazetteer.candidates(name, code, suffix)
        if len(hits):
            return hits
    return gazetteer.candidates(name, code)


def gazetteer_matches(
    gazetteer: Gazetteer, city: str, code: str, region: str = ""
) -> tuple[str, pd.DataFrame] | None:
    """The first of a member's name variants the gazetteer has in the country (and region),
    and its places there, best first; None if it has none."""
    for variant in name_variants(city):
        hits = candidates_in(gazetteer, variant, code, region)
        if len(hits):
            return variant, hits
    return None


def _from_gazetteer(
    key: str, city: str, code: str, gazetteer: Gazetteer, region: str = ""
) -> dict[str, object]:
    matches = gazetteer_matches(gazetteer, city, code, region)
    if matches is not None:
        variant, hits = matches
        best = hits.iloc[0]
        detail = (
            f"ambiguous: {len(hits)} places named {variant!r} in {code}; "
            f"chose {best['name']} (population {int(best['population']):,})"
            if len(hits) > 1
            else ""
        )
        return _row(
            key,
            city,
            code,
            status=Status.OK,
            lat=float(best["lat"]),
            lon=float(best["lon"]),
            kind=Kind.CITY,
            source=Source.GAZETTEER,
            source_id=f"geonames:{best['geonameid']}",
            matched_name=best["name"],
            detail=detail,
        )
    return _row(
        key,
        city,
        code,
        status=Status.FAILED,
        kind=guess_kind(city),
        source=Source.GAZETTEER,
        detail=f"no gazetteer place named {city!r} in {code}",
    )


def places_to_geocode(
    needed: pd.DataFrame, cached: pd.DataFrame, *, retry_failed: bool = False
) -> pd.DataFrame:
    """The needed places that the cached table does not settle yet."""
    done = cached if not retry_failed else cached[cached["status"] == Status.OK]
    return needed[~needed["key"].isin(set(done["key"]))].reset_index(drop=True)


def merge_places(cached: pd.DataFrame, resolved: pd.DataFrame) -> pd.DataFrame:
    """The cached table with resolved rows added or replacing their earlier rows."""
    require_columns(cached, PLACE_COLUMNS, "merge_places: the cached places")
    require_columns(resolved, PLACE_COLUMNS, "merge_places: the resolved places")
    if not len(resolved):
        return cached
    kept = cached[~cached["key"].isin(set(resolved["key"]))]
    frames = [f for f in (kept, resolved) if len(f)]
    return pd.concat(frames, ignore_index=True).sort_values("key", kind="stable")


def save_places(root: Path, resolved: pd.DataFrame) -> pd.DataFrame:
    """Merge rows into places.csv in one transaction; return the table as saved.

    The table is read afresh under the directory's lock, so places that other writers
    saved meanwhile stay; rows of places no signatory or member names any more are dropped.
    """
    with transaction(root) as tx:
        used = used_place_keys([tx.data.signatories, tx.data.members])
        rows = resolved[resolved["key"].isin(used)]
        places = merge_places(tx.data.places, rows)
        if len(rows):
            tx.write_places(places)
    return places

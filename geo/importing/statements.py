"""Reading a statement's web page text: title, date, full text and the member list."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from geo.data.store import MAX_PAGE_BYTES as MAX_PAGE_BYTES
from geo.errors import ParseError
from geo.importing.dates import DATE_LANGUAGES as DATE_LANGUAGES
from geo.importing.dates import find_date as find_date
from geo.importing.dates import month_number as month_number
from geo.importing.entries import MemberList, PlaceNames, Skipped, _name_like
from geo.importing.listreader import read_member_list
from geo.importing.pagetext import (
    MENU_WORDS,
    SITE_PHRASES,
    SITE_WORDS,
    furniture_lines,
    is_dotted_menu,
    is_furniture,
    is_site_word,
    lines_matching,
    wide_space_rows,
)
from geo.text import UNSPACED, clean, clean_headline, clean_lines, fold, word_count

# Control characters (but tab and newline) and the bidirectional embeddings and overrides.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069\u200e\u200f]")
# "Declaration on Solidarity with Ukraine" in running text, when a page has no title line.
_TITLE_PHRASE = re.compile(
    r"\b((?:Joint |Official )?(?:Declaration|Statement|Resolution|Charter|Appeal|Pledge|Call)"
    r"(?: (?:on|of|for|with|to|the|and|in|against|[A-Z][\w'’-]*))+)"
)
_TRAILING_SMALL_WORDS = re.compile(r"(?: (?:on|of|for|with|to|the|and|in|against))+$")
# Menus, cookie banners, breadcrumbs: items parted by bars, arrows or runs of spaces.
_MENU = re.compile(r"\s[|›»>/]\s|\S {2,}\S|\t")
_MENU_CHARACTER = re.compile(r"  |[\t|›»>/]")  # a line without one is no menu
# A date the page writes ambiguously ('05/03/2024') still ends the page's header.
# So does one in a language whose months the page's reader does not know: a day, a month
# in words and a year ('Đăng ngày 9 tháng 4 năm 2024'), which is no headline either.
_DATE_LIKE = re.compile(
    r"\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{4}\b|\b\d{1,2}\b\D{1,20}\b(?:19|20)\d\d\b"
)
MIN_HEADLINE_WORDS = 4  # a shorter line is a headline only right above the date
MIN_BRACKETED_HEADLINE_WORDS = 3  # before a date in a bracket: 'Liste der Mitglieder (Stand: ...)'
MAX_HEADLINE_CHARS = 150
# East Asian punctuation and full-width letters as the list's readers know them:
# '横浜市（神奈川県）', '横浜市、神戸市' are 'X (Y)', 'X, Y'.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {
    0x3000: " ",
    0x3001: ", ",
    0x3002: ". ",
    0xFF08: " (",  # a name and its bracket have no space between them
    0xFF09: ") ",
}
_FULL_WIDTH = re.compile("[\u3000-\u3002\uff01-\uff5e]")  # a character _HALF_WIDTH changes
# Page furniture: site chrome that is never part of a statement.
_FURNITURE = re.compile(
    r"^(click here\b|leave a reply|your email address will not be published|"
    r"share this|share on|tweet\b|print this|related posts?\b|posted in\b|tags?:)",
    re.IGNORECASE | re.MULTILINE,  # at each line's start, the page searched at once
)


def _by_first_letter(words: tuple[str, ...]) -> str:
    """An alternation of plain words, factored by their first letters ('s(?:hare|ign)|h(?:em)'):
    the same words, but a line's start tries each letter once, not each of some 340 words
    (`_NAVIGATION` is searched in the whole page)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# A site's menu copied as one line with no separator ('Startseite Themen Presse
# Mitglieder', 'Hem Om oss Nyheter Kontakt'): two or more words, each one of the words
# sites name their sections and links with (pagetext's SITE_WORDS and MENU_WORDS).
_NAVIGATION_WORDS = _by_first_letter(SITE_WORDS + MENU_WORDS)
_NAVIGATION = re.compile(  # MULTILINE: a search of the page finds any line's match
    rf"^(?:{_NAVIGATION_WORDS})(?:\s+(?:{_NAVIGATION_WORDS}))+$", re.IGNORECASE | re.MULTILINE
)


@dataclass(frozen=True)
class ParsedStatement:
    """What a statement page says: everything the importer needs, nothing written yet."""

    title: str
    date: dt.date
    text: str
    members: MemberList | None  # None: the page lists no signatories


def read_page(path: Path) -> str:
    """Read a page's text whatever its encoding (UTF-8, UTF-8 with BOM, Latin-1)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ParseError(f"cannot read page: {exc.strerror}", path=str(path)) from exc
    if size > MAX_PAGE_BYTES:
        raise _too_big(size).in_file(str(path))
    return decode_page(path.read_bytes())


def _too_big(size: int) -> ParseError:
    return ParseError(
        f"page is {size:,} bytes, more than the {MAX_PAGE_BYTES:,} a statement page can be"
    )


def decode_page(raw: bytes) -> str:
    """Bytes of a page to text; refuses binary files and pages over MAX_PAGE_BYTES."""
    if len(raw) > MAX_PAGE_BYTES:
        raise _too_big(len(raw))
    if b"\x00" in raw[:8192]:
        raise ParseError("this is a binary file, not the text of a page")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: str) -> dt.date:
    """A date as pages write it: 'June 29, 2016', '4 March 2022', '2016-06-29'."""
    found = find_date(value)
    if found is None or found[1] != clean(value):
        raise ParseError(f"not a date: {value!r} (use e.g. 2016-06-29 or 29 June 2016)")
    return found[0]


def parse_page(
    text: str,
    *,
    title: str | None = None,
    date: dt.date | None = None,
    places: PlaceNames | None = None,
    known_without_gazetteer: PlaceNames | None = None,
) -> ParsedStatement:
    """Find the title, date, statement text and member list in a page's text.

    The title is the page's first short line, or else a 'Declaration on ...' phrase in its
    text; the date is the first full date; the member list is read by
    geo.importing.listreader, which asks `places` which names are places where the page's
    structure does not say it (and first tries `known_without_gazetteer`, so that a page
    giving every country is read without loading a gazetteer). Everything after the member
    list, and lines of site furniture ('Click here to download ...', 'Leave a Reply'), is
    left out of the text.
    """
    lines = [line.rstrip() for line in unsafe_characters_removed(text).split("\n")]
    if not any(line.strip() for line in lines):
        raise ParseError("the page is empty")
    used: set[int] = set()

    start, title_line = 0, None
    furniture = _furniture_lines(lines)
    if title is None:
        title, title_line = _find_title(lines, furniture)
        if title_line is not None:
            used.add(title_line)
            start = title_line  # above the headline: the site's name, menus, banners
    if date is None:
        date = _find_date_line(lines, used)

    hidden = used | _share_blocks(lines)
    wide = _FULL_WIDTH.search(text) is not None  # else no line is translated (0.04 s a MB)
    visible = [  # a wide space parting columns is a tab (`wide_space_rows`)
        "" if i in hidden else line.translate(_HALF_WIDTH) if wide else line
        for i, line in enumerate(wide_space_rows(lines) if wide else lines)
    ]
    members = _below_title(
        read_member_list(
            visible,
            places or PlaceNames(),
            structure_only=known_without_gazetteer,
            page=lines,
            title=title,
        ),
        title_line,
    )
    end = len(lines)
    if members is not None:
        end = members.last_line if members.shape == "running text" else members.first_line - 1
    body = [
        line
        for i, line in enumerate(lines[:end])
        if i >= start and i not in used and i not in furniture
    ]
    if members is None:
        body = _drop_trailing_headings(body)
    return ParsedStatement(
        title=clean_headline(title), date=date, text=_tidy(body), members=members
    )


def _below_title(members: MemberList | None, title_line: int | None) -> MemberList | None:
    """A list read across the page's title (its line `title_line`, from 0) without its
    entries above the title: the site's name or a menu's word that names a place too
    ('Start', 'Portal'), not the list that goes on below it; as it was where none is."""
    if members is None or title_line is None or members.first_line > title_line:
        return members
    below = tuple(e for e in members.entries if e.line > title_line + 1)
    if not below or len(below) == len(members.entries):
        return members
    above = tuple(
        Skipped(e.line, e.written, "above the page's title: its menu or the site's name")
        for e in members.entries
        if e.line <= title_line + 1
    )
    return replace(
        members, entries=below, skipped=(*above, *members.skipped), first_line=below[0].line
    )


def unsafe_characters_removed(text: str) -> str:
    """The text without NUL, other control characters and bidirectional overrides.

    A right-to-left override can make a stored name read differently from what it holds.
    """
    return _UNSAFE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _find_title(lines: list[str], furniture: set[int]) -> tuple[str, int | None]:
    """The page's headline and its line, or a 'Declaration on ...' phrase of its text
    (`furniture`: the page's `_furniture_lines`).

    The headline stands above the first date, after the page's furniture (menus, banners,
    breadcrumbs, the site's name where the footer repeats it): the first headline-like line
    of MIN_HEADLINE_WORDS words or more there that is no name (every word capitalised, as
    a site's is: 'Red de Ciudades Sostenibles') where there is one, or else the one right
    above the date, or the page's first line. A page that dates first has its headline right
    after the date.
    """
    date_line = next(
        (i for i, line in enumerate(lines) if _DATE_LIKE.search(line) or find_date(line)),
        len(lines),
    )
    if _dated_title(lines, date_line):
        return clean_headline(lines[date_line]), date_line
    above = [i for i in range(date_line) if lines[i].strip()]
    prose = next((k for k, i in enumerate(above) if _is_paragraph(lines[i])), len(above))
    header = above[:prose]
    last = max((k for k, i in enumerate(header) if i in furniture), default=-1)
    heads = [i for i in header[last + 1 :] if i not in furniture and _headline(lines[i])]
    long = [i for i in heads if word_count(lines[i]) >= MIN_HEADLINE_WORDS]
    first = [i for i in above[:1] if _headline(lines[i]) and not _MENU.search(lines[i].strip())]
    named = [i for i in long if not _name_like(clean(lines[i]))] or long  # not a site's name
    crumb = _crumbed(lines, header, date_line)
    # a section's name over the date, in a menu's words though it be ('Our Members' under
    # 'Skip to content' and the menu): the header's last headline that is no site's line
    section = [i for i in header if _headline(lines[i]) and not is_furniture(lines[i])][-1:]
    chosen = (
        named[:1]
        or heads[-1:]
        or crumb
        or _dated_headline(lines, date_line)
        or section
        or first
        or _headline_after(lines, date_line, furniture)
    )
    if chosen:
        return clean_headline(lines[chosen[0]]), chosen[0]
    match = _TITLE_PHRASE.search(" ".join(lines))
    if match:
        return _TRAILING_SMALL_WORDS.sub("", match.group(1)), None
    raise ParseError("found no title on the page: give one", option="title")


MAX_DATELINE_GAP = 3  # non-blank lines from a headline to the page's own date under it


def _dated_title(lines: list[str], date_line: int) -> bool:
    """Whether the first dated line is a headline that ends in a date of its own words
    ('Members as of 31 December 2023', 'Elenco degli Enti aderenti al 31 dicembre 2023'),
    MIN_HEADLINE_WORDS words or more before the date, with the page's own date in the few
    lines under it ('Published on 08/03/2024'): the date names what the title lists. Where
    the date under it is the same day ('Page last updated on 2025-05-16' over 'LEEDS, 16
    May 2025'), the line dates the page itself: no such title."""
    if date_line >= len(lines):
        return False
    text = clean(lines[date_line])
    dated = find_date(text)
    found = text.rfind(dated[1]) if dated else -1
    bracket = _DATE_BRACKET.search(text) if dated else None
    bracketed = bracket is not None and bracket.start() < found
    if dated and bracket is not None and bracketed:  # a bracket at its end
        found, text = bracket.start(), text[: bracket.start()] + dated[1]  # ('(Stand: ...)')
    rest = text[found + len(dated[1]) :] if dated else ""
    if not dated or _YEAR_MARK.sub("", rest).strip(" .") or len(text) > MAX_HEADLINE_CHARS:
        return False
    head = text[:found].rstrip()
    least = MIN_BRACKETED_HEADLINE_WORDS if bracketed else MIN_HEADLINE_WORDS
    if word_count(head) < least or head.endswith((",", ":")) or not _headline(head):
        return False
    if _headline_over(lines, date_line):
        return False  # a stamp under the headline: 'Mis à jour le 2024-02-12'
    under = [line for line in lines[date_line + 1 :] if line.strip()][:MAX_DATELINE_GAP]
    dates = [find_date(line) for line in under]
    if not bracketed and any(found is not None and found[0] == dated[0] for found in dates):
        return False  # the page's own date, stamped again over its dateline
    return any(_DATE_LIKE.search(line) or found for line, found in zip(under, dates, strict=True))


# The abbreviation of 'year' or 'day' a language writes after a date: '3 kwietnia 2024 r.',
# '3 апреля 2024 г.', '2024 m. balandžio 3 d.'.
_YEAR_MARK = re.compile(r"^\s+[^\W\d_]{1,2}\.$")


def _headline_over(lines: list[str], line: int) -> bool:
    """Whether the non-blank line above `line` is a headline of MIN_HEADLINE_WORDS words or
    more, no menu and no site's name: the page's title, `line` a stamp under it."""
    above = next((lines[i] for i in range(line - 1, -1, -1) if lines[i].strip()), "")
    return (
        _headline(above)
        and word_count(above) >= MIN_HEADLINE_WORDS
        and not _menu_like(above)
        and not _name_like(clean(above))
    )


# A bracket that ends a headline, its date inside: '(as of 1 March 2025)', '（2025年4月1日現在）'.
_DATE_BRACKET = re.compile(r"\s*[(（][^()（）]{4,40}[)）]$")


def _dated_headline(lines: list[str], date_line: int) -> list[int]:
    """The date's own line where it is a headline that ends in the date after a comma, a
    dash or a colon ('Communiqué: Council of Capital City Lord Mayors, 28 March 2025'), its
    words before the date MIN_HEADLINE_WORDS or more: [date_line]; [] otherwise ('Brussels,
    12 March 2024' is a dateline, 'Posted on 12 March 2024' no headline)."""
    found = find_date(lines[date_line]) if date_line < len(lines) else None
    if found is None:
        return []
    before, _, after = clean(lines[date_line]).rpartition(found[1])
    head = before.rstrip()
    if after.strip(" .") or not head.endswith((",", "–", "—", "-", ":")):
        return []
    head = head[:-1].rstrip()
    words = word_count(head)
    return [date_line] if words >= MIN_HEADLINE_WORDS and _headline(head) else []


_CRUMB = re.compile(r"\s[>›»]\s")  # between a breadcrumb's items: 'Home > About > Our members'
MAX_CRUMB_LINES = 20  # after the date, where a breadcrumb stands


def _crumbed(lines: list[str], header: list[int], date_line: int) -> list[int]:
    """The header's line that a breadcrumb near the date ends with: the page's own name,
    its headline though it reads as a menu's item ('Our members' over 'Home > About > Our
    members'); [] if none."""
    crumbs = {
        fold(_CRUMB.split(line)[-1])
        for line in lines[: date_line + MAX_CRUMB_LINES]
        if _CRUMB.search(line)
    }
    return [i for i in header if fold(lines[i]) in crumbs][-1:]


def word_counts(texts: list[str]) -> list[int]:
    """`word_count` of each text; where none has a character of a script written without
    spaces (one search of them all), their words parted by white space, no Python call a
    text."""
    if UNSPACED.search("\n".join(texts)) is None:
        return [len(text.split()) for text in texts]
    return [word_count(text) for text in texts]


def _headline_after(lines: list[str], date_line: int, furniture: set[int]) -> list[int]:
    following = [
        i for i in range(date_line + 1, len(lines)) if lines[i].strip() and i not in furniture
    ][:1]
    return [i for i in following if _headline(lines[i]) and word_count(lines[i]) >= 3]


def _headline(line: str) -> bool:
    text = clean(line)
    return (
        bool(text)
        and len(text) <= MAX_HEADLINE_CHARS
        and text[-1] not in ".;:,"
        and any(ch.isalpha() for ch in text)
        and find_date(text) is None
        and not _DATE_LIKE.search(text)
    )


def _is_paragraph(line: str) -> bool:
    text = clean(line)
    return (
        len(text) > MAX_HEADLINE_CHARS
        or text[-1] == ":"
        or (word_count(text) >= 8 and text[-1] in ".;")
    )


def _share_blocks(lines: list[str]) -> set[int]:
    """The other lines of blocks of three or more short lines, one of them site furniture
    ('Del', 'Facebook', 'X', 'E-mail'): a share block or a menu, whose words ('Del', Danish
    for 'share') may be place names. The furniture lines stay: they part the page's blocks."""
    found: set[int] = set()
    block: list[int] = []
    for i, count in enumerate([*word_counts(lines), 0]):  # 0 for a blank line, and the end
        if 0 < count <= 2:
            block.append(i)
            continue
        if len(block) >= 3:
            furniture = furniture_lines([lines[k] for k in block])  # folded at once
            if any(furniture):
                found.update(k for k, f in zip(block, furniture, strict=True) if not f)
        block = []
    return found


def _menu_like(raw: str) -> bool:
    """`_MENU` searched in the line, where it has a character `_MENU` needs (a paragraph
    of news has none: some 40 µs saved)."""
    return _MENU_CHARACTER.search(raw) is not None and _MENU.search(raw.strip()) is not None


MAX_NAVIGATION_WORDS = 12


def _furniture_lines(lines: list[str]) -> set[int]:
    """The lines that are the site's, not the statement's: menus, cookie banners and
    breadcrumbs (items parted by bars, arrows or runs of spaces, or words that name a
    site's sections alone: `_NAVIGATION`), lines a page repeats
    (the site's name in the header and the footer), 'Click here ...', single words, and
    runs of three or more lines of one or two words (a share block, a menu). Each pattern
    is searched once in the whole page, and asked of a line only where it may be found."""
    texts = clean_lines(lines)  # each line cleaned and its words counted once, in C
    words = word_counts(texts)
    seen = Counter(texts)
    found = {
        i
        for i, (text, count) in enumerate(zip(texts, words, strict=True))
        if text and (seen[text] > 1 or (count == 1 and text[-1] not in ".;:,!?)"))
    }
    found |= {  # comprehensions, no generators: no Python call a line
        i
        for i in lines_matching(_MENU_CHARACTER, lines)
        if texts[i] and "\t" not in lines[i] and _menu_like(lines[i])
    }
    found |= {i for i in lines_matching(_FURNITURE, texts) if texts[i]}
    found |= {  # 'Início · Notícias': a section's word
        i for i, raw in enumerate(lines) if "·" in raw and texts[i] and is_dotted_menu(raw)
    }
    page = "\n".join(texts)
    if _NAVIGATION.search(page) is not None:
        found |= {
            i
            for i, (text, count) in enumerate(zip(texts, words, strict=True))
            if text and count <= MAX_NAVIGATION_WORDS and _NAVIGATION.match(text)
        }
    folded = page.casefold().split("\n")  # a character at a time: each line's casefold
    found |= {i for i, text in enumerate(folded) if text and text in SITE_PHRASES}
    if UNSPACED.search(page) is not None:  # '本文へスキップ'
        found |= {i for i, text in enumerate(texts) if UNSPACED.match(text) and is_site_word(text)}
    run: list[int] = []
    for i, (text, count) in enumerate(zip([*texts, ""], [*words, 0], strict=True)):
        if text and count <= 2 and text[-1] not in ".;:,!?":
            run.append(i)
        else:
            found.update(run if len(run) >= 3 else [])
            run = []
    return found


def _find_date_line(lines: list[str], used: set[int]) -> dt.date:
    for i, line in enumerate(lines):
        if i in used:
            continue
        found = find_date(line)
        if found:
            if clean(line) == found[1]:
                used.add(i)
            return found[0]
    raise ParseError("found no date on the page (like 'June 29, 2016'): give one", option="date")


def _drop_trailing_headings(body: list[str]) -> list[str]:
    """Without a member list, a page may end with the heading of its next section."""
    while body and (not body[-1].strip() or clean(body[-1])[-1] not in ".;:!?)\"'’”"):
        body = body[:-1]
    return body


def _tidy(body: list[str]) -> str:
    text = "\n".join(body).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text) + "\n"

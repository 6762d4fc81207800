"""Name normalisation: how two spellings of one place are recognised as the same."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from unidecode import unidecode

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_NON_ALNUM_LINES = re.compile(r"[^a-z0-9\n]+")
_ASCII_DIGIT = re.compile(r"[0-9]")  # `has_digit` where the text is ASCII


def clean(value: str) -> str:
    """Trim and collapse white space (including no-break spaces) as a page writes it."""
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    return " ".join(value.split())  # str.split's white space is the same as a pattern's \s


def clean_headline(value: str) -> str:
    """`clean`, but an ideographic space between two words kept as it is: Chinese,
    Japanese and Korean headlines part their words with it ('誓約／日本\u3000署名一覧')."""
    if "\u3000" not in value:
        return clean(value)
    return "\u3000".join(clean(part) for part in value.split("\u3000") if part.strip())


def clean_lines(lines: list[str]) -> list[str]:
    """`clean` of each line, in one pass over them all (a page's lines: no Python call a
    line). NFC composes nothing across a line break, so the page is normalised at once."""
    text = "\n".join(lines)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    cleaned = [" ".join(line.split()) for line in text.split("\n")]
    if len(cleaned) != len(lines):  # a line held a line break
        return [clean(line) for line in lines]
    return cleaned


# Folding is memoised (a 10,000-entry member list folds the same names again and again), for
# names, not texts: a value longer than FOLD_CACHED_CHARS is folded afresh. So the cache holds
# at most FOLD_CACHE_ENTRIES short strings (a few MB), whatever a visitor searches for.
FOLD_CACHED_CHARS = 128
FOLD_CACHE_ENTRIES = 1 << 15


# Scripts written without spaces between words: Han, kana, Thai, Lao, Myanmar, Khmer.
UNSPACED = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+"
)
# The vowel signs and marks (Unicode's Mn and Mc) of the scripts of South Asia, Devanagari
# to Sinhala, which end many a syllable and so many a word ('पुणे', 'কর্পো-'), no letter to
# `\w`: a character class's contents, for a pattern that asks for a word's last character.
SOUTH_ASIAN_MARKS = "".join(
    c for c in map(chr, range(0x0900, 0x0E00)) if unicodedata.category(c) in ("Mn", "Mc")
)
# Georgian's Mkhedruli, the letters its pages are written in: Unicode gives them capitals
# (Mtavruli) that running text never uses, so a name starts with no capital.
_MKHEDRULI_FIRST, _MKHEDRULI_LAST = "\u10d0", "\u10ff"


def cased(letter: str) -> bool:
    """Whether a letter is of a script whose pages write capitals and small letters (Latin,
    Greek, Cyrillic, Armenian), so a capital may tell a name: not Georgian, though Python
    calls its letters small ('ქ'.islower()), nor Thai, Arabic or Han, which have no case."""
    if not (letter.isupper() or letter.islower()):
        return False
    return not _MKHEDRULI_FIRST <= letter <= _MKHEDRULI_LAST


def has_digit(text: str) -> bool:
    """`any(c.isdigit() for c in text)`, found in C where the text is ASCII (a line of a
    10,000-entry list is asked it twice); `str.isdigit`'s digits ('²') are more than `\\d`'s."""
    return _ASCII_DIGIT.search(text) is not None if text.isascii() else any(map(str.isdigit, text))


def word_count(text: str) -> int:
    """The words of a text; in a script written without spaces (Chinese, Japanese, Thai)
    every two characters count as a word, so a headline is no single word."""
    return len(text.split()) + sum((len(run) - 1) // 2 for run in UNSPACED.findall(text))


def fold(value: str) -> str:
    """Lower-case ASCII form for matching: 'Montréal' and 'Montreal' fold alike."""
    return folded(value) if len(value) <= FOLD_CACHED_CHARS else fold_afresh(value)


def fold_afresh(value: str) -> str:
    """fold, without its cache (for many names folded once)."""
    text = clean(value)
    ascii_text = text if text.isascii() else text.translate(_TRANSLITERATED)
    return _NON_ALNUM.sub(" ", ascii_text.lower()).strip()


def fold_lines(lines: list[str]) -> list[str]:
    """`fold_afresh` of each line, in one pass over them all (a page's lines, folded once)."""
    text = "\n".join(lines)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).translate(_TRANSLITERATED)
    folded = _NON_ALNUM_LINES.sub(" ", text.lower()).split("\n")
    if len(folded) != len(lines):  # a line held a line break (or a character's unidecode)
        return [fold_afresh(line) for line in lines]
    return [line.strip() for line in folded]


class _Transliterations(dict[int, str]):
    """unidecode of each character, for `str.translate`, a character at a time (unidecode
    reads each character alone, and in Python: a page's 'ó' is looked up once, not once a
    name; `translate` looks the characters up in C); white space is a space, as `clean` has
    it (`fold_lines` does not clean); a letter spelt alike another (`SPELT_ALIKE`) is that
    one's. Keeps at most TRANSLITERATIONS_KEPT."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if code < 0x80:
            value = char
        else:
            value = " " if char.isspace() else SPELT_ALIKE.get(char) or unidecode(char)
        if len(self) < TRANSLITERATIONS_KEPT:
            self[code] = value
        return value


TRANSLITERATIONS_KEPT = 1 << 16
# Letters written in place of others in the same name, folded as those: Persian's zero-width
# non-joiner parts a compound's words where GeoNames writes a space ('نجف‌آباد', 'نجف آباد');
# Arabic's tā' marbūṭa is written as a hā' too ('زحلة', 'زحله'), as unidecode reads that;
# Persian's kāf (ک) is Arabic's (ك), though unidecode reads it 'kh' ('کرمان', 'كرمان').
SPELT_ALIKE = {"\u200c": " ", "\u0629": "h", "\u06a9": "k"}
_TRANSLITERATED = _Transliterations()


folded = lru_cache(maxsize=FOLD_CACHE_ENTRIES)(fold_afresh)


def slug(value: str, max_length: int = 80) -> str:
    """A file- and URL-safe identifier: 'Pec/Peja' -> 'pec-peja'. Never empty."""
    result = fold(value).replace(" ", "-")
    if len(result) > max_length:
        cut = result[: max_length + 1]
        result = cut.rsplit("-", 1)[0] if "-" in cut else cut[:max_length]
    return result.strip("-") or "unnamed"


def human_date(value: dt.date | str) -> str:
    """'2016-06-29' -> '29 June 2016'."""
    date = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return f"{date.day} {date:%B %Y}"


def is_latin(text: str) -> bool:
    """Whether a text's letters are all Latin ones, Vietnamese's past U+0250 ('Nghệ An')
    too, as GeoNames' main names are: 'Καβάλα' transliterates to Kabala, a town in Mali,
    but is Kavála's Greek name."""
    if text.isascii():
        return True  # every ASCII letter is a Latin one: no character looked up
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


# How a name sounds, roughly, whatever the script it is written in: 'Сезимбра' and
# 'Sesimbra', 'Кьосег' and 'Kőszeg', 'Бъндорън' and 'Bundoran' sound alike. Letters in
# classes of like sounds (vowels; lips; hissing and throat sounds; d and t; l; m and n; r),
# runs of one class as one, a final vowel dropped: a coarse key, that many names of a
# country share, to be told apart by spelling (`sound_likeness`).
_SOUND_DIGRAPHS = (("sch", "s"), ("th", "t"), ("ph", "f"), ("rh", "r"), ("dh", "d"), ("ck", "k"))
_SOUND_CLASSES = {
    letter: code
    for letters, code in (
        ("aeiouy", "a"),
        ("bpfvw", "b"),
        ("cgkqsxz", "c"),
        ("dt", "d"),
        ("l", "l"),
        ("mn", "m"),
        ("r", "r"),
    )
    for letter in letters
}
# Letters a Latin name may sound in two ways: 'j' a vowel's glide (Judenburg, Юденбург) or
# a hiss (Jerez, Херес); 'h' a throat sound (Holstebro, Холстебро) or none (Huelva, Уелва).
_SOUND_EITHER = {"j": ("a", "c"), "h": ("c", "")}
_SOUND_EITHER_BUT_J = {"j": ("c",), "h": ("c", "")}
MAX_SOUND_KEYS = 8
# The hard and soft signs of Cyrillic: a vowel in Bulgarian ('Бъндорън', Bundoran), none
# in a name's sound otherwise ('Кьосег', Kőszeg).
_SIGNS = str.maketrans({"ъ": "a", "Ъ": "A", "ь": "", "Ь": ""})
# Greek writes b, d, g as two letters: alone at a word's start or after a consonant
# ('Μπούντοραν', Bundoran; 'Ντίσελντορφ', Düsseldorf), and the nasal and the stop after a
# vowel ('Σεζίμπρα', Sesimbra).
_GREEK_STOPS = re.compile(r"(?i)(?<![αεηιουωάέήίόύώϊϋΐΰ])(μπ|ντ|γκ)|(μπ|ντ|γκ)")
_GREEK_SOUNDS = {"μπ": ("b", "mb"), "ντ": ("d", "nd"), "γκ": ("g", "ng")}


def _sounded(name: str, *, stops: bool = False) -> str:
    """A name with the letters whose sound transliteration loses spelt as they sound; with
    `stops`, Greek's two letters after a vowel read as the stop alone, as Greek writes a
    foreign name's b, d, g there too ('Ντουμπρόβνικ', Dubrovnik; 'Λιουμπλιάνα', Ljubljana)."""
    text = name.translate(_SIGNS)
    return _GREEK_STOPS.sub(_greek_stop_alone if stops else _greek_stop, text)


def _greek_stop(match: re.Match[str]) -> str:
    alone, after_vowel = _GREEK_SOUNDS[(match[1] or match[2]).lower()]
    return alone if match[1] else after_vowel


def _greek_stop_alone(match: re.Match[str]) -> str:
    return _GREEK_SOUNDS[(match[1] or match[2]).lower()][0]


# Hangul and Japanese kana write l and r with one letter (ㄹ, the r-row of kana), which
# transliteration spells r, or lr where Hangul doubles it ('일로일로', Iloilo, is 'ilroilro';
# 'マニラ', Manila, is 'manira').
_ONE_LIQUID = re.compile(r"[\u3040-\u30ff\u3130-\u318f\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")


def _readings(name: str) -> tuple[str, ...]:
    """The ways a name is spelt as it sounds (`_sounded`): one, or two where Greek writes
    a stop after a vowel, or where a script has one letter for l and r (`_ONE_LIQUID`)."""
    readings: tuple[str, ...] = (_sounded(name), _sounded(name, stops=True))
    if _ONE_LIQUID.search(name):
        spelt = fold(name)
        if _KANA.search(name):  # Hepburn's fu for 'フ', which transliteration spells hu
            spelt = spelt.replace("hu", "fu")  # ('バフサム', Bafoussam; 'フクオカ', Fukuoka)
            readings += (spelt,)
        readings += (spelt.replace("lr", "l").replace("r", "l"),)
    return tuple(dict.fromkeys(readings))


def sound_keys(name: str, *, j_glides: bool = True) -> frozenset[str]:
    """The coarse keys of how a name may sound (see `_SOUND_CLASSES`), one for each reading
    of its ambiguous letters ('j', 'h'), at most MAX_SOUND_KEYS; without `j_glides`, a 'j'
    is a hiss alone, as in a name spelt from a script of India (`indic_latin`)."""
    return frozenset(
        key for spelt in _readings(name) for key in _spelt_keys(spelt, j_glides=j_glides)
    )


def _spelt_keys(spelt: str, *, j_glides: bool = True) -> frozenset[str]:
    text = fold(spelt).replace(" ", "")
    for digraph, sound in _SOUND_DIGRAPHS:
        text = text.replace(digraph, sound)
    keys = [""]
    either = _SOUND_EITHER if j_glides else _SOUND_EITHER_BUT_J
    for letter in text:
        readings = either.get(letter) or (_SOUND_CLASSES.get(letter, ""),)
        if len(keys) * len(readings) > MAX_SOUND_KEYS:
            readings = readings[:1]
        keys = [key + reading for key in keys for reading in readings]
    return frozenset(_sound_run(key) for key in keys)


def _sound_run(classes: str) -> str:
    runs = "".join(c for k, c in enumerate(classes) if not k or classes[k - 1] != c)
    runs = runs.replace("dc", "c")  # 'ts', 'tz': Lunzenau, Лунценау
    return runs[:-1] if len(runs) > 1 and runs.endswith("a") else runs


def sound_likeness(name: str, other: str) -> float:
    """How alike two names are spelt once folded to ASCII, from 0 to 1 (difflib's ratio)."""
    b = fold(_sounded(other)).replace(" ", "")
    return max(
        SequenceMatcher(None, fold(a).replace(" ", ""), b, autojunk=False).ratio()
        for a in _readings(name)
    )


# Scripts that write a name's consonants and leave vowels out: Arabic and Hebrew write no
# short vowel ('خميس مشيط', khmys mshyt, Khamis Mushait), the scripts of India and
# Bangladesh no consonant's own vowel ('गोरखपुर', gorkhpur, Gorakhpur). Their names sound like
# a Latin one by their consonants alone (`skeleton_keys`); 'w' and 'y' count as vowels, as
# Arabic writes its long u and i with them ('تونس', twns, Tunis), and 'v' right after a
# consonant, the glide India's scripts write as v and Latin names spell w ('ग्वालियर',
# gvaaliyr, Gwalior); a 'v' after a vowel or first is a consonant ('खामगाव', khaamgaav,
# Khamgaon, no Kiyamgei; Kurduvādi's v no glide to sound like 'कराड', Karad).
_VOWELLESS_SCRIPT = re.compile(
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u0900-\u0dff]"
)
_SKELETON_VOWELS = re.compile(r"[aeiouyw ]|(?<=[^aeiouyw ])v")
MIN_SKELETON_CHARS = 3  # 'صيدا' (syd, two consonants' classes) sounds like too many places


def writes_no_vowels(name: str) -> bool:
    """Whether a name is written in a script that leaves its vowels out (see above)."""
    return _VOWELLESS_SCRIPT.search(name) is not None


def skeleton_keys(name: str, *, j_glides: bool = True) -> frozenset[str]:
    """`sound_keys` of a name's consonants alone, 'w', 'y' and a 'v' after a consonant
    counted as vowels; none shorter than MIN_SKELETON_CHARS classes."""
    keys = sound_keys(_skeleton(name), j_glides=j_glides)
    found = (_sound_run(key.replace("a", "")) for key in keys)
    return frozenset(key for key in found if len(key) >= MIN_SKELETON_CHARS)


def skeleton_likeness(name: str, other: str) -> float:
    """`sound_likeness` of two names' consonants alone."""
    return SequenceMatcher(None, _skeleton(name), _skeleton(other), autojunk=False).ratio()


def _skeleton(name: str) -> str:
    """A name's consonants, folded; 'q' as 'k', as Latin names spell Arabic's qāf either
    way ('القيروان', Kairouan)."""
    return _SKELETON_VOWELS.sub("", fold(name)).replace("q", "k")


# The scripts of India and Bangladesh, Devanagari to Malayalam, share one layout and one
# way of writing: a consonant letter sounds its own vowel, 'a', unless a vowel sign or the
# virama follows it. Transliteration letter by letter (unidecode) loses that vowel and
# doubles the retroflexes and long vowels ('નવસારી', nvsaarii); `indic_latin` spells such a
# name as Latin names of its places do (Navsari), from Unicode's names of its characters.
_INDIC = re.compile(r"[\u0900-\u0d7f]")
_INDIC_VOWELS = {
    "A": "a", "AA": "a", "SHORT A": "a", "CANDRA A": "a", "I": "i", "II": "i", "U": "u",
    "UU": "u", "E": "e", "EE": "e", "CANDRA E": "e", "SHORT E": "e", "AI": "ai", "O": "o",
    "OO": "o", "CANDRA O": "o", "SHORT O": "o", "AU": "au", "VOCALIC R": "ri",
    "VOCALIC RR": "ri", "VOCALIC L": "li", "VOCALIC LL": "li",
}  # fmt: skip
# Consonants Latin names spell otherwise than their Unicode names: both sibilants 'sh'
# (Washim, Kushtia), c 'ch', the Dravidian zh (Alappuzha), the flapped d 'r'.
# Assamese's two letters of its own, 'ৰ' and 'ৱ' (Unicode: Bengali ra with a middle or a
# lower diagonal), are its r and w ('গুৱাহাটী', Guwahati; 'যোৰহাট', Jorhat).
_INDIC_CONSONANTS = {"SSA": "sh", "SHA": "sh", "CA": "ch", "CHA": "chh", "LLLA": "zh",
                     "DDDHA": "r", "RHA": "rh", "RA WITH MIDDLE DIAGONAL": "r",
                     "RA WITH LOWER DIAGONAL": "w"}  # fmt: skip
# A nukta under a consonant writes a sound Latin spells with another letter.
_NUKTA = {"j": "z", "ph": "f", "d": "r", "dh": "rh", "k": "q", "s": "sh"}
_INDIC_NASALS = ("ANUSVARA", "CANDRABINDU", "TIPPI", "BINDI")
_DOUBLED = re.compile(r"(.)\1+")
_LIPS_AFTER = re.compile(r"N(?=[pbm])")
# A nasal sign before a vowel letter nasalises the vowels it stands between, which Latin
# names spell with an n after them ('নগাঁও', na-ga-N-o: Nagaon).
_NASAL_BEFORE_VOWEL = re.compile(r"N([aeiou]+)")
# Scripts of Indo-Aryan languages (Devanagari to Oriya), whose words do not sound the
# vowel of a word's last consonant, nor of one between a vowel and a consonant and vowel
# ('ललितपुर', la-li-ta-pu-ra: Lalitpur); Dravidian ones sound it (Kerala, Karnataka).
_SCHWA_DROPPED_BEFORE = 0x0B80
_INHERENT = "\0"  # a consonant's own vowel, while it may yet be dropped
_VOWELS = frozenset("aeiou")
# Marathi's and Hindi's word for village, 'गाव', 'गांव', that ends many a town's name and that
# Latin names spell 'gaon' (Jalgaon, Goregaon).
_VILLAGE_AFTER = re.compile(r"(?<=[a-z])gaN?v\b")


def indic_latin(name: str) -> str | None:
    """A name written in a script of India or Bangladesh (`_INDIC`) spelt as Latin names of
    places spell it, its consonants' own vowels written ('નવસારી', Navsari; 'ਪਟਿਆਲਾ',
    Patiala; 'ഗുരുവായൂർ', Guruvayur); None for a name in no such script."""
    if _INDIC.search(name) is None:
        return None
    text = unicodedata.normalize("NFC", name)
    phones: list[str] = []
    for char in text:
        _add_indic_phone(phones, char)
    if any(_INDIC.match(c) and ord(c) < _SCHWA_DROPPED_BEFORE for c in text):
        _drop_schwas(phones)
    spelt = "".join(phones).replace(_INHERENT, "a")
    spelt = _VILLAGE_AFTER.sub("gaon", _NASAL_BEFORE_VOWEL.sub(r"\1N", spelt))
    return _LIPS_AFTER.sub("m", spelt).replace("N", "n").lower()


# Ethiopic writes syllables: each letter a consonant and one of seven vowel orders, which
# Unicode names ('ETHIOPIC SYLLABLE GO', 'DAA', 'GLOTTAL A'). Transliteration letter by
# letter (unidecode) writes the sixth order, a consonant alone or with a faint vowel, as
# 'e', which Latin names of places drop ('ጎንደር', go-ne-da-re: Gondar; 'ቢሾፍቱ', Bishoftu);
# `ethiopic_latin` spells a name as they do.
_ETHIOPIC = re.compile(r"[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]")
_ETHIOPIC_SYLLABLE = re.compile(r"(?:GLOTTAL |PHARYNGEAL |(.+?))(W?)(AA|EE|A|U|I|E|O)")
_ETHIOPIC_VOWELS = {"A": "a", "AA": "a", "U": "u", "I": "i", "EE": "e", "E": "", "O": "o"}
# Consonants Latin names spell otherwise than their Unicode names: the ejectives (th, ph,
# tz, ch as Unicode names them) as the plain ones, both h's as h, the second s as s.
_ETHIOPIC_CONSONANTS = {"HH": "h", "X": "h", "KX": "k", "SZ": "s", "TH": "t", "PH": "p",
                        "TZ": "ts", "C": "ch", "QH": "k", "GG": "g", "DD": "d"}  # fmt: skip


def ethiopic_latin(name: str) -> str | None:
    """A name written in Ethiopic (`_ETHIOPIC`) spelt as Latin names of places spell it,
    the sixth order's vowel unwritten ('አዳማ', Adama; 'ጎንደር', Gondar), a glottal one first
    as 'e'; None for a name in no Ethiopic."""
    if _ETHIOPIC.search(name) is None:
        return None
    return "".join(_ethiopic_sound(char, at == 0) for at, char in enumerate(name)).lower()


def _ethiopic_sound(char: str, first: bool) -> str:
    """One Ethiopic syllable as Latin spells it (`ethiopic_latin`); another character as
    it is, an Ethiopic sign (a wordspace, a comma) as a space."""
    if not _ETHIOPIC.match(char):
        return char
    what = unicodedata.name(char, "").removeprefix("ETHIOPIC SYLLABLE ")
    syllable = _ETHIOPIC_SYLLABLE.fullmatch(what)
    if syllable is None:
        return " "
    consonant = syllable[1] or ""
    spelt = _ETHIOPIC_CONSONANTS.get(consonant, consonant.lower())
    vowel = _ETHIOPIC_VOWELS[syllable[3]] or ("e" if first and not consonant else "")
    return spelt + syllable[2].lower() + vowel


def _add_indic_phone(phones: list[str], char: str) -> None:
    """Add to a name's sounds so far (consonants, vowels, `_INHERENT`, 'N' a nasal sign)
    one character's (Bengali's ya sounds j, but after a virama and with a nukta)."""
    if not _INDIC.match(char):
        phones.append(char)  # a space, a hyphen: a word's end
        return
    script, _, what = unicodedata.name(char, "").partition(" ")
    pending = bool(phones) and phones[-1] == _INHERENT
    if what.startswith("VOWEL SIGN "):
        vowel = _INDIC_VOWELS.get(what.removeprefix("VOWEL SIGN "), "")
        if pending:
            phones[-1] = vowel
        else:
            phones.append(vowel)
    elif what == "SIGN VIRAMA":
        if pending:
            phones.pop()
    elif what == "SIGN NUKTA":
        at = len(phones) - 2 if pending else len(phones) - 1
        if at >= 0:
            bengali_ya = phones[at] == "j" and script == "BENGALI"
            phones[at] = "y" if bengali_ya else _NUKTA.get(phones[at], phones[at])
    elif what.removeprefix("SIGN ") in _INDIC_NASALS:
        phones.append("N")
    elif what == "SIGN VISARGA":
        phones.append("h")
    elif what.startswith("LETTER "):
        letter = what.removeprefix("LETTER ")
        if letter in _INDIC_VOWELS:
            phones.append(_INDIC_VOWELS[letter])
        elif letter.startswith(("CHILLU ", "KHANDA ")):  # a consonant with no vowel
            phones.append(_indic_consonant(letter.split()[-1] + "A"))
        else:
            after_consonant = bool(phones) and phones[-1][-1:].isalpha()
            after_consonant = after_consonant and phones[-1][-1:] not in "aeiouN"
            bengali_ya = script == "BENGALI" and letter == "YA" and not after_consonant
            phones += ["j" if bengali_ya else _indic_consonant(letter), _INHERENT]


def _indic_consonant(letter: str) -> str:
    """A consonant as Latin spells it, from its Unicode name ('TTA', retroflex t: 't')."""
    if letter in _INDIC_CONSONANTS:
        return _INDIC_CONSONANTS[letter]
    return _DOUBLED.sub(r"\1", letter.lower().removesuffix("a"))


def _drop_schwas(phones: list[str]) -> None:
    """Drop the consonants' own vowels an Indo-Aryan word does not sound: its last one, and
    one after a consonant that follows a vowel (or a vowel and a nasal) and before a
    consonant and vowel (right to left: 'भरतपुर', Bharatpur; 'सांगली', Sangli)."""

    def vowel(at: int) -> bool:
        return 0 <= at < len(phones) and (phones[at] == _INHERENT or phones[at][:1] in _VOWELS)

    def consonant(at: int) -> bool:
        return 0 <= at < len(phones) and phones[at].isalpha() and not vowel(at)

    for at in range(len(phones) - 1, -1, -1):
        if phones[at] != _INHERENT:
            continue
        at_end = at + 1 == len(phones) or not phones[at + 1].isalpha()
        after_syllable = vowel(at - 2) or (at >= 2 and phones[at - 2] == "N" and vowel(at - 3))
        between = after_syllable and consonant(at - 1) and consonant(at + 1) and vowel(at + 2)
        if (at_end and any(vowel(k) for k in range(at - 1))) or between:
            del phones[at]

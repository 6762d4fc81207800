"""One entry of a member list, and the shapes every reader of a page shares.

`read_entry` reads one line or item as a `RawEntry`: the name it is written with, the place
it names, the country or state written with it (`City, Country`, `City (XX)`, `Name, Mayor
of City`, `Name - City (XX)`, a flag) and the kind of body its name says (`body_kind`: a
county, a region, a council ...). Here too are what the readers give (`MemberList`, with the
lines it `Skipped`), the `PlaceNames` they ask which names are places, and what a line alone
says of a country or world region heading a block of a list (`heading_country`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise, takewhile

from geo.countries import (
    country_prefix,
    find_country,
    foreign_country_name,
    is_iso_code,
    press_abbreviation,
    subdivision_countries,
    suggest_countries,
    vehicle_sign_country,
)
from geo.text import SOUTH_ASIAN_MARKS, cased, clean, fold, has_digit, is_latin

MAX_ENTRY_CHARS = 200
MAX_NAME_WORDS = 6
# Words that may stand inside a place's name: 'Rio de Janeiro', 'Frankfurt am Main', 'Ústí
# nad Labem', 'Dobrzyń nad Wisłą', 'Nové Město pod Smrkem'.
PARTICLES = frozenset(
    "de del della di da do dos das du la le les am an der im upon on sur en el y i nad pod".split()
)
_BULLET = re.compile(r"^(?:[•·*▪●◦‣►✓–—-]|\(?\d{1,4}[.)]|[a-z][.)])\s+")
_COMPOUND_HEAD = r"[^\W\d_]{2,}?(?:ordf[oø]rer|ordf[öo]rande|r[åa]dsleder|formand|präsident(?:in)?)"
_ROLE = (
    r"(?:(?:lord|deputy|vice|former|acting|executive|first|erster?|governing|interim|county|"
    r"city)\s+)*"
    r"(?:vara|vice-?|vize)?"  # a deputy's prefix written on: 'varaordfører', 'Vizebürgermeister'
    r"(?:mayor|mayoress|maire|mairesse|(?:ober)?b[uü]rgermeister(?:in)?|sindaco|sindaca|"
    r"alcalde(?:sa)?|alcaldessa|burgemeester|(?:over)?borgmester|ordf[oø]rer|"
    r"kommunstyrelsens ordf\w+|"
    r"(?:borgar|bæjar|sveitar)stjóri|"  # Icelandic and Faroese: the mayor of a city, a town's
    # and a municipality's ('Reykjavíkurborg', 'Akureyrarbær', 'Tórshavnar kommuna')
    r"president|presidente|presidenta|présidente?|leader|chair(?:man|woman|person)?|governor|"
    # a title as the head of a compound: 'kommunstyrelseordförande', 'fylkesordfører',
    # 'byrådsleder', 'regionsrådsformand', 'Stadtpräsidentin', 'Gemeindepräsident'
    rf"{_COMPOUND_HEAD}|"
    r"prefeit[oa]|intendent[ea]|executive|commissioner|councillor|council member|provost|"
    # a council's chair in Irish ('Cathaoirleach', its deputy 'Leas-Chathaoirleach') and in
    # Welsh ('Cadeirydd'; the council's leader 'Arweinydd')
    r"(?:leas-?)?ch?athaoirleach|cadeirydd|arweinydd|"
    r"bourgmestre|burgomaestre|s[ií]ndic[a]?|syndic|[ée]chevine?|schepen|wethouder|assessor[ea]|"
    r"adjointe?(?: au maire)?|conseill[eè]re?|regidora?|concejala?|vereadora?|"
    r"stadtr[aä]t(?:in)?|landr[aä]t(?:in)?|landesr[aä]t(?:in)?|deputy mayor|"
    r"wali\s?kota|bupati|gubernur|datuk bandar|"  # Indonesian and Malay: `_ROLE_BARE`
    r"gobernador(?:a)?|"  # Spanish's and Tagalog's governor
    # Tagalog: a city's or a municipality's mayor ('Punong Lungsod', 'Punong Bayan'), its
    # vice mayor ('Pangalawang Punong Lungsod'), a mayor ('Alkalde')
    r"(?:pangalawang\s+)?punong[\s-](?:lungsod|bayan)|alkalde|"
    r"yang di-?pertua|"  # Malay: a municipal or district council's president
    # an abbreviated title, its feminine ending after the dot: 'Bgm.', 'Bgm.in', 'Vzbgm.in'
    r"(?:vz|v)?bgm(?:\.in\b|:in\b|\.|in\b|\b)|"
    # Spanish abbreviated: 'Pdte.', 'Pdta.' (presidente, presidenta), 'Alc.' (alcalde)
    r"pdt[ea]\.|alc\.)"
)
# Indonesian and Malay titles name their place right after them, with no 'of' ('Wali Kota
# Bogor', 'Bupati Sleman', 'Gubernur Bangkok', 'Datuk Bandar Ipoh'), a deputy's or an
# acting one's ('Wakil', 'Pj.', 'Plt.') too; a chair's ('Ketua') names the body, then
# its town after 'Kota' (city) or 'Kabupaten' (regency).
_ROLE_BARE = (
    r"(?:(?:wakil|pj\.|plt\.)\s+)?(?:wali\s?kota|bupati|gubernur|datuk bandar)\s+"
    r"(?:(?:kota|kabupaten|provinsi)\s+)?"
    # not before the holder's name, which a one-letter word or a Balinese 'Ni' starts ('Wali
    # Kota I Made Sudarta', 'Bupati Ni Putu Eka': the Balinese given names' first words)
    r"(?!(?:\w|ni)\s)"
    # the chair of a city's body: 'Ketua Dewan Kota Bandar Seri Begawan' (the city council's)
    r"|(?:wakil\s+)?ketua\s+(?:\w+\s+){1,3}?(?:kota|kabupaten)\s+"
    # Hebrew and Arabic name a head's place in the construct state, with no word for 'of':
    # 'ראש עיריית כרמיאל', 'ראש העיר חיפה' (head of the municipality, of the city, of X),
    # 'رئيس بلدية صفاقس', 'رئيس المجلس البلدي لمدينة سوسة'; only before a town's body or
    # 'the city', as 'ראש הממשלה' (prime minister) is a head too
    r"|(?:סגנית |סגן |نائب |نائبة )?(?:ראש|ראשת|رئيس|رئيسة)\s+"
    r"(?:העיר\s+|(?=עיריית|המועצה|מועצה|بلدية|المجلس البلدي|مجلس بلدي|"
    # or a Moroccan commune ('رئيس جماعة فاس'), or a wider body's: a union of
    # municipalities, a commune's council, a region
    r"جماعة\s|اتحاد بلديات|مجلس جماعة|جهة\s))"
)
# A title in a language that names the place after it in the genitive, with no word for
# 'of' ('primátor statutárního města Brna', 'gradonačelnik Grada Zagreba', 'primarul
# municipiului Cluj-Napoca', 'кмет на Пловдив', 'δήμαρχος Αθηναίων'): the place follows,
# after the word for 'city' or, after one signer's title, without it ('starostka Kolína',
# 'župan Kranja').
_CZECH_TITLE = r"(?:primátor(?:ka|ky|i|ři)?|starost(?:a|ka|ky|ové|ovia))"  # one or many
_ROLE_GENITIVE = (
    # Czech and Slovak, one title or the plural's, the masculine and the feminine joined
    # ('primátoři a primátorky statutárních měst Brna, Ostravy', 'starostovia miest ...')
    rf"{_CZECH_TITLE}(?:\s+a\s+{_CZECH_TITLE})?\s+"
    r"(?:(?:hlavního|statutárního|hlavného|statutárneho|statutárních|statutárnych)\s+)?"
    r"(?:města|mesta|obce|měst|miest|obcí)\s+"
    r"|(?:primátor(?:ka)?|starost(?:a|ka))\s+"  # one signer's title: its line names one place
    r"|gradonačelni(?:k|ca|ci|ce|ka)\s+(?:grada\s+)?"  # 'zamjenica gradonačelnika' (the
    # mayor's deputy); the mayors in Cyrillic before their towns' names in the genitive
    # ('градоначелници Ваљева, Шапца и Вршца'), not 'of the following cities' ('следећих
    # градова')
    r"|градоначелни(?:ци|це)\s+(?!\S+\s+(?:градова|општина))"
    # the head of a municipality: 'načelnica Općine', 'predsednik opštine'
    r"|(?:načelni|predsedni|predsjedni|начелни|председни)(?:k|ca|к|ца)\s+"
    r"(?:(?:skupštine|скупштине)\s+(?:grada|града|opštine|општине)|općine|opštine|opcine|"
    r"opstine|општине)\s+"  # or its assembly's: 'predsednik Skupštine grada Sombora'
    r"|(?:pod)?župan(?:ja)?\s+(?:(?:mestne\s+)?občine\s+)?"  # a deputy's: 'podžupan'
    # Romanian's title without its article links its genitive with 'al' ('Viceprimar al
    # Municipiului Baia Mare', 'Primar al Comunei Ciugud'), as Macedonian's with 'на'
    r"|(?:vice)?primar(?:ul|ii)?\s+(?:(?:al|a|ai|ale)\s+)?"
    r"(?:municipiului|orașului|oraşului|comunei)\s+"
    r"|кмет(?:ът|овете)?\s+на\s+(?:(?:община|град)\s+)?"
    r"|градоначалник(?:от|ка)?\s+на\s+(?:(?:општина|град(?:от)?)\s+)?"
    r"|(?:αντι)?δήμαρχ(?:ος|οι)\s+(?:του\s+)?"  # a deputy's: 'viceprimarul', 'Αντιδήμαρχος'
    r"|(?:αντι)?περιφερειάρχ(?:ης|ες)\s+"  # a region's governor: 'Περιφερειάρχης Κρήτης'
)
# A Polish head's title, its place after it in the genitive, after 'miasta' (the city's) or
# none: 'Prezydent Miasta Gdyni', 'Burmistrz Kutna', 'Burmistrz Miasta i Gminy Serock'
_POLISH_ROLE = (
    r"(?:prezydenci|burmistrzowie|w[óo]jtowie|(?:prezydent|burmistrz|w[óo]jt)(?:a|em)?)"
    r"(?:\s+(?:miasta|gminy)(?:\s+i\s+gminy)?)?"
)
# A word for the level of the body a role heads, between the role and its 'of': 'Alcalde
# Municipal de Mixco', 'Prefeito Municipal de Campinas', 'Sindaco metropolitano di Bologna',
# 'Alcalde Provincial de Arequipa' (Peru's mayors of a province's seat and of its districts).
_ROLE_LEVEL = r"(?:(?:municipal|constitucional|metropolitan[oa]?|distrital|provincial|comunal)\s+)?"
_ROLE_HEAD = _ROLE + r"\s+" + _ROLE_LEVEL
# A role but a bare one (`_ROLE_BARE`, whose chair's and Hebrew and Arabic titles may
# follow a letter) starts a word, each of its forms a letter after no letter: the search
# asks that once, before its forms, and tries them only there, not at each character nor
# twice at the text's start (as '^|\b' did): a third of its time.
_ROLE_OF = re.compile(
    r"(?<!\w)(?=\w)(?:" + _ROLE_HEAD + r"(?:(?:(?-i:of the|OF THE|de la|DE LA)"
    r"|of|de|du|des|di|del|della|dello|da|do|von|van|für|der)\s+"
    r"|d'|d’|dell'|dell’)"  # Italian elides 'della', 'dello': 'Presidente dell'Unione X'
    # with the definite article its languages write on, 'the mayor in': 'ordføreren i
    # Tromsø', 'borgmesteren i Aarhus', 'ordföranden i Lund'
    r"|(?:(?:over)?borgmester(?:en)?|ordf[oø]rer(?:en)?|ordf[öo]rande(?:n)?|"
    r"kommunalr[åa]d(?:et)?"
    rf"|{_COMPOUND_HEAD})\s+i\s+"
    r"|" + _POLISH_ROLE + r"\s+"
    r"|(?:" + _ROLE_GENITIVE + r")"
    # Swahili's, its place after 'wa' (of): 'Meya wa Jiji la Mwanza', 'Gavana wa Kaunti ya
    # Nyeri' (a title alone is no Swahili word a list of places holds)
    r"|(?:naibu\s+)?(?:meya|gavana)\s+wa\s+)"
    r"|(?<!\w)" + _ROLE_BARE,
    re.IGNORECASE,
)  # a Nordic title takes 'i': 'Sofia Hansen, borgmester i Aarhus'; a Polish one 'miasta'
# (the city's) or none, and may name the town and its commune: 'Prezydent Miasta Gdyni',
# 'Burmistrz Kutna', 'Burmistrz Miasta i Gminy Serock'; its genitive is read where the
# list's country weighs its readings ('Krakowa' Kraków, not the village Krakowo). An article
# in capitals after the preposition starts the town's name: 'maire de La Rochelle',
# 'Mayor of The Hague', 'alcaldesa de La Línea'

_TITLE = re.compile(_ROLE, re.IGNORECASE)
_ROLE_BEFORE_GENITIVE = re.compile(_ROLE_GENITIVE, re.IGNORECASE)


def names_in_genitive(role: re.Match[str]) -> bool:
    """Whether a role found by `_role_in` names its place after it in the genitive
    ('gradonačelnik Grada Kragujevca', 'primátor města Brna', 'кмет на Пловдив')."""
    return _role_is(_ROLE_BEFORE_GENITIVE, role.group())


@lru_cache(maxsize=1 << 10)  # a list's roles are a few texts, asked of each of its lines
def _role_is(pattern: re.Pattern[str], role: str) -> bool:
    """Whether a role's text is all the pattern's (`names_in_genitive`, `takes_genitive`):
    once a distinct role ('Mayor of ') and pattern, not once a line that names it."""
    return pattern.fullmatch(role.lstrip()) is not None


_ROLE_TAKING_GENITIVE = re.compile(_ROLE_GENITIVE + r"|" + _POLISH_ROLE + r"\s+", re.IGNORECASE)


def takes_genitive(role: re.Match[str]) -> bool:
    """Whether a role found by `_role_in` names its place after it in the genitive, a
    Polish one's included (`names_in_genitive`, and 'Prezydent Miasta Kielc', whose case
    forms only the list's country reads): not 'Mayor of', 'maire de', 'borgmester i'."""
    return _role_is(_ROLE_TAKING_GENITIVE, role.group())


def is_title(text: str) -> bool:
    """A title alone ('Maire', 'Il Sindaco' without its article: 'Sindaco', 'Leader',
    'gradonačelnica', 'primátor'): no place, nor one inflected, however the gazetteer names
    one so."""
    return _TITLE.fullmatch(text) is not None or _GENITIVE_TITLE.fullmatch(text) is not None


def names_holder_after(text: str) -> bool:
    """A title alone that names its holder right after it, not its place in the genitive
    (`is_title` without `_GENITIVE_TITLE`): 'ordfører', 'Mayor', 'Bürgermeisterin' before
    'Tor Hamar', not 'Δήμαρχος' before 'Ηρακλείου'."""
    return _TITLE.fullmatch(text) is not None


_PLURAL_ENDINGS = ("s", "es", "en", "i")  # 'Mayors', 'Vice-Presidentes', 'Vizepräsidenten'


def is_titles(text: str) -> bool:
    """A title alone (`is_title`) or in the plural, as a heading over a block of signers
    names their office ('Vice-Presidents', 'Vice-présidents', 'Vice-Presidentes')."""
    return is_title(text) or any(
        text.endswith(end) and is_title(text[: -len(end)]) for end in _PLURAL_ENDINGS
    )


# A signer's capacity on a line of its own, under their name: signing for the holder of a
# title ('on behalf of the Mayor', 'in Vertretung des Oberbürgermeisters', 'en
# representación de la Alcaldesa', 'p.o. le Maire', 'per conto del Sindaco').
_ACTING_FOR = re.compile(
    r"(?:(?:for and )?on behalf of|for|in place of|in Vertretung|i\.\s?V\.|im Auftrag|namens|für|"
    r"en representaci[óo]n|en nombre|au nom|pour|p\.\s?o\.|per conto|in rappresentanza|"
    r"em nome|em representa[çc][ãa]o|w imieniu|v zastoupení|sa ngalan ng)"
    r"(?:\s+(?:of|de|des|der|den|dem|du|del|dello|della|do|da|van|the|la|le|el|il|o|a|de la))*\s+",
    re.IGNORECASE,
)


def acting_for(words: str) -> bool:
    """Whether words open with a link saying for whom someone signs ('für', 'pour le', 'on
    behalf of the'): between a body's name and its signer's title ('Kempten für
    Oberbürgermeisterin ...'), no sentence's verb."""
    return _ACTING_FOR.match(f"{words} ") is not None


def acts_for_title(text: str) -> bool:
    """Whether a line says for whom its signer signed, a title and no name ('on behalf of
    the Mayor', 'in Vertretung des Oberbürgermeisters'), in a bracket or not ('(on behalf of
    the Mayor)'): a signer's capacity, no place."""
    if text[:1] == "(" and text.rstrip()[-1:] == ")":
        text = text.strip()[1:-1]
    acting = _ACTING_FOR.match(text)
    return acting is not None and is_titles(text[acting.end() :].rstrip(" .,"))


# For whom a signer signs, a title and a postposition after it: Hungarian 'a polgármester
# megbízásából' (by the mayor's commission), 'a polgármester nevében' (in the mayor's name).
_ACTING_FOR_AFTER = re.compile(
    r"(?:az?\s+)?(?P<title>[^\W\d_]+)\s+(?:nevében|megbízásából|képviseletében)", re.IGNORECASE
)


# A signer's capacity as the holder's stand-in, a title after it: 'acting Mayor', Ukrainian
# 'виконувач обов'язків міського голови', Russian 'исполняющий обязанности мэра', Polish
# 'pełniący obowiązki burmistrza'.
_ACTING_TITLE = re.compile(
    r"(?:acting|interim|викону\w+ обов['’]язк\w+|в\.\s?о\.|исполняющ\w+ обязанност\w+|"
    r"и\.\s?о\.|pełniąc\w+ obowiązk\w+)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?",
    re.IGNORECASE,
)


def without_acting_field(text: str) -> str:
    """A line without its last comma's field where that says for whom its signer signs
    ('Deputy Mayor of Leeds, on behalf of the Mayor', 'Szeged alpolgármestere, a
    polgármester megbízásából') or that its signer stands in for the holder ('..., acting
    Mayor'): no country nor place of the line's; the line as it is otherwise."""
    head, comma, last = text.rpartition(",")
    if not comma or not head.strip():
        return text
    last = last.strip(" .")
    after = _ACTING_FOR_AFTER.fullmatch(last)
    if _ACTING_TITLE.fullmatch(last) or acts_for_title(last):
        return head.rstrip()  # 'Secretary of X Council, acting Mayor'
    if after is not None and fold(after["title"]) in TITLES_AFTER_PLACE:
        return head.rstrip()
    return text


# The titles that name their place after them in the genitive (`_ROLE_GENITIVE`), alone.
_GENITIVE_TITLE = re.compile(
    r"(?:prim[áa]tor(?:ka|in)?|starost(?:a|ka)|gradonačelni(?:k|ca)|(?:načelni|predsedni|"
    r"predsjedni)(?:k|ca)|župan(?:ja)?|primar(?:ul|ița)?|кмет|δήμαρχος)",
    re.IGNORECASE,
)


_TITLE_IN = re.compile(r"(?<!\w)" + _ROLE + r"(?!\w)", re.IGNORECASE)
# `_TITLE_IN` without IGNORECASE, for an ASCII text's lower case: its pattern is written in
# lower case, so IGNORECASE does no more there than lowering the text does ('ı' and 'ſ',
# which it takes for 'i' and 's', it has none of).
_TITLE_IN_LOWERED = re.compile(_TITLE_IN.pattern)


# A party's letters in a bracket after a name: 'Anna Berg (S)', 'Jan Weber (SPD)'.
# a party's letters: capitals, or capitals with small letters between ('FrP', 'PvdA', 'KrF')
PARTY_LETTERS = re.compile(
    r"[^\W\d_a-zß-ÿ]{1,4}|[^\W\d_a-zß-ÿ][a-zß-ÿ]{1,2}[^\W\d_a-zß-ÿ]{1,2}[a-zß-ÿ]?"
)
PARTY = re.compile(r"[^\W\d_] \((?:" + PARTY_LETTERS.pattern + r")\)")
_SIGNER_PARTS = re.compile(r",|:\s|\s[-–—]\s")


def is_signer_line(line: str) -> bool:
    """'Anna Berg (S), borgmester, Lund kommun', 'Rui Costa (PS), Câmara Municipal de
    Lisboa', 'Stadt Graz: Bürgermeisterin Anna Keller (KPÖ)': a line of fields a comma, a
    colon or a dash parts, with a title's word or a party's letters, that ends no
    sentence: a signer's line of its own, its fields in any order."""
    if _SIGNER_PARTS.search(line) is None or line.rstrip()[-1:] in ".!?":
        return False
    return has_title(line) or PARTY.search(line) is not None


def has_title(text: str) -> bool:
    """A title's word stands in the text ('Vice-Mayor for the Environment', 'Chief
    Executive'), however many words it has around it. An ASCII text is searched in lower
    case (`_TITLE_IN_LOWERED`), the same answer some twice as fast: a list asks each line."""
    if text.isascii():
        return _TITLE_IN_LOWERED.search(text.lower()) is not None
    return _TITLE_IN.search(text) is not None


# An academic degree written before or after a signer's name ('Ing.', 'Mgr.', 'JUDr.',
# 'Prof.', 'Mag.', 'Dipl.-Ing.', 'Ph.D.', 'MBA', 'MSc', 'LL.M.', 'M.Si.', 'DI', 'BEd'), or
# several, with a feminine ending ('Mag.a', 'Dr.in', 'DI.in'): part of the name, never a
# place, though GeoNames names airports by such letters ('PhD', 'MBA').
_DEGREE = (
    r"(?:ph\.?\s?d|d\.?\s?phil|m\.?\s?b\.?\s?a|m\.?\s?p\.?\s?[ah]|[mb]\.?\s?sc|ll\.?\s?[mb]|"
    r"(?-i:[BM]\.?\s?Ed|MAS|DI)|"  # in their own case: 'Bed', 'Mas', 'Di' are words
    r"csc|drsc|dsc|ing|mgr|judr|mudr|mvdr|mddr|phdr|rndr|paeddr|pharmdr|thdr|dr|prof|doc|"
    r"dipl|mag|mmag|dott|lic|dra|avv|arch|inż|hab|univ|"
    # Indonesian degrees, with their stops ('S.H.', 'S.E.', 'M.Si.', 'M.T.'; 'SE' is Sweden)
    r"s\.\s?(?:h|e|t|sos|pd|kom|ip|ag|ked|psi|hut|kep|farm)|"
    r"m\.\s?(?:si|m|t|h|pd|kes|ap|a\.p|hum|ikom|kn|e)|drs|ir\.)"
)
_DEGREES = re.compile(
    rf"{_DEGREE}(?:\.(?:a|in)\b)?\.?(?:[\s-]*{_DEGREE}(?:\.(?:a|in)\b)?\.?)*", re.IGNORECASE
)


# Degrees before a name, each with its dot or feminine ending ('Mag.a', 'Dr.in'), 'DI' in
# capitals: no words ('Doc Rivers', 'Mag Bay').
_DEGREE_BEFORE = rf"(?:{_DEGREE}(?:\.(?:a|in)\b|\.)|(?-i:DI))"


def is_degree(text: str) -> bool:
    """Whether a text is academic degrees alone ('PhD', 'Ph.D.', 'Ing. arch.', 'MBA')."""
    return _DEGREES.fullmatch(text.strip(" ,")) is not None


_PERSON = re.compile(
    r"^(?:" + _ROLE + r"|hon\.?|honourable|dr\.?|mr\.?|mrs\.?|ms\.?|cllr\.?|sir|dame|prof\.?|"
    # honorifics in other languages: 'M. Jean Roy', 'Mme', 'Sr.', 'Sra.', 'Herr', 'Frau',
    # 'Hr.', 'Fr.', 'Sig.ra', 'Dott.ssa', 'Shri', 'Smt.', Spanish and Portuguese 'D.', 'D.ª'
    # (don, doña, dom, dona) (a dot after the short ones)
    r"m\.|mmes?\.?|mlle\.?|sr\.|sra\.|srta\.|dña\.|d\.ª?|dª|herr|frau|hr\.|fr\.|sig\.(?:ra)?|"
    r"dott\.(?:ssa)?|ing\.|shri|smt\.|thiru|tmt\.|"
    # Latin America's professional titles, with their dot: 'Licda.' (licenciada), 'Lcdo.',
    # 'Inga.' (ingeniera), 'Abog.' (abogado), 'Arq.', 'Arqa.' (arquitecta)
    r"licda\.|lcd[oa]\.|inga\.|abog\.|abg\.|arqa?\.|"
    # Southeast Asia's: Malay and Bruneian 'Dato'', 'Datuk', 'Tan Sri', 'Haji', 'Hj.', 'Awang',
    # 'Pehin', 'H.E.' (His Excellency); Indonesian 'Ir.' (engineer), 'Drs.' (a graduate)
    r"dato['’]?|datuk|datin|tan sri|puan sri|toh puan|haji|hajah|hajjah|hj\.|hjh\.|awang|"
    r"dayang|pehin|h\.\s?e\.|ir\.|drs\.|"
    # East Africa's mayors: 'H.W.' and 'His Worship', 'Her Worship'; an ambassador's 'Amb.'
    r"h\.\s?w\.|(?:his|her) worship|amb\.|"
    # an academic degree, its dot or feminine ending after it: 'Mag.a', 'Dr.in', 'Dipl.-Ing.'
    rf"{_DEGREE_BEFORE}(?:[\s-]*{_DEGREE_BEFORE})*)\s",
    re.IGNORECASE,
)
# A town's body named by a noun with the words that say its level or kind, before or
# after it ('Metropolitan Municipality of Izmir', 'Municipal Corporation of Pune',
# 'Municipalidad Provincial de Arequipa', 'Gobierno Autónomo Municipal de Sucre', 'Governo
# Municipal de Maputo', Ghana's 'Tamale Metropolitan Assembly'): one such word at least, or
# the noun alone is no town's ('Government of Kenya', 'General Assembly').
_BODY_LEVEL = (
    r"(?:municipal|metropolitan[ao]?|provincial|distrital|district|departamental|"
    r"aut[óo]nom[oa]|descentralizad[oa])"
)
_BODY_NOUN = (
    r"(?:municipality|municipalidad|munic[ií]pio|corporation|council|government|assembly|"
    r"gobierno|governo|conselho|concejo|consejo|intendencia|prefeitura|alcald[ií]a|"
    r"gad)"  # Ecuador's 'GAD Municipal de Loja' (Gobierno Autónomo Descentralizado)
)
_BODY_NOUN_ALONE = re.compile(_BODY_NOUN, re.IGNORECASE)


def is_body_noun(text: str) -> bool:
    """Whether a text is a body's common noun alone, no place's name ('Council',
    'Municipality', 'Gobierno'): what a title names whose body is named on another line
    ('Leader of the Council' over 'Bristol City Council')."""
    return _BODY_NOUN_ALONE.fullmatch(text) is not None


_BODY_WITH_ADJECTIVES = (
    rf"(?:{_BODY_LEVEL}\s+)+{_BODY_NOUN}(?:\s+{_BODY_LEVEL})*"
    rf"|{_BODY_NOUN}(?:\s+{_BODY_LEVEL})+"
)
# A town's body named by its form word, which Slavic languages decline in every case, its
# town's name in the same case after it: 'Grad Zadar', 'Grada Zadra' (the city of Zadar's),
# 'Gradu Zadru' (to it), 'Općini Bol', 'Miastu Gdyni', 'Gminie Serock', 'Městu Kladnu',
# 'Mestni občini Ptuj', 'Місту Вінниці', 'Громаді Бучі', 'Општини Бор'. A Cyrillic word
# for 'city' in the nominative ('Місто Ірпінь (Irpin)', 'Град Бар') is kept with its name.
_CASED_FORMS = (
    r"grad(?:a|u|om)?|op[cć]in(?:a|e|i|u|om)|op[sš]tin(?:a|e|i|u|om)|mest(?:o|a|u|e|om)|"
    r"měst(?:o|a|u|ě|em)|městys(?:e|i|em)?|(?:mestn[aeio]\s+)?občin[aeio]|obec|obc(?:e|i|í|ou)|"
    r"gmin(?:a|y|ie|ę|ą)|miast(?:o|a|u|em)|mieście|"
    r"міст(?:а|у|і|ом)|город(?:а|у|е|ом)|град(?:а|у|ом)|громад(?:а|и|і|у|ою)|"
    r"общин(?:а|и|е|у|ой)|општин(?:а|е|и|у|ом)"
)
# A form's rank after it, as Polish names its towns' bodies: 'Gmina Miejska' (an urban
# municipality), 'Gmina Wiejska', 'Gmina Miejsko-Wiejska', 'Miasto Stołeczne' (the capital).
_FORMS_RANK = r"miejska|wiejska|miejsko-wiejska|sto[lł]eczne"
# and the capital's, 'Hlavní město Praha', 'Hlavné mesto Bratislava' (not 'hlavné mesto
# Slovenskej republiky Bratislava', 'Hlavní město ČR Praha', whose country comes first)
_RANKS_BEFORE = (
    r"statutární|štatutárne|hlavn[íé](?=\s+m[ěe]sto\s+(?!česk|čr\b|slovensk|sr\b))|"
    # Montenegro's 'Glavni grad Podgorica' (the capital city; not 'Glavni grad RH Zagreb')
    r"glavn(?:i|og|om)(?=\s+grad(?:a|u|om)?\s+(?!rh\b|republik|cg\b|crne\s+gore))"
)
_CASED_FORM = re.compile(rf"(?:{_CASED_FORMS})\s+", re.IGNORECASE)
_CASED_FORM_BEFORE = re.compile(rf"(?:^|(?<=\s))(?:{_CASED_FORMS})\s+$", re.IGNORECASE)


def in_case_after_form(text: str) -> bool:
    """Whether a name starts with a body's Slavic form word, in whichever case ('Gradu
    Novalji', 'Miastu Gdyni', 'Obci Líbeznice'): the name after it is in the same case."""
    return _CASED_FORM.match(text) is not None


def after_cased_form(text: str) -> bool:
    """Whether a text ends with a body's Slavic form word in any case, right before the
    name it frames ('... přijala Městu ', 'dobrodošlicu Općini ')."""
    return _CASED_FORM_BEFORE.search(text, max(0, len(text) - MAX_FORM_CHARS)) is not None


MAX_FORM_CHARS = 20  # a form word and the space after it: 'Mestni občini '


# 'Greater' after a town's name, its body's, in the scripts without capitals ('بلدية إربد
# الكبرى', Greater Irbid Municipality; 'עיריית תל אביב רבתי'), where the name and it are no
# place ('المحلة الكبرى' is one).
GREATER_AFTER = frozenset({"الكبرى", "الكبير", "רבתי", "بزرگ"})
# A compass word after a town's name, naming its part's body ('Majlis Bandaraya Kuching
# Selatan', the council of South Kuching; 'Wellington North'), in lower case: Malay and
# Indonesian, English, French; the town's where the name with it is no place ('Jakarta
# Selatan' is one).
COMPASS_AFTER = frozenset(
    "selatan utara timur barat tengah north south east west central nord sud ouest".split()
)
# Signing for a body or a country in the scripts without capitals, before its form or name:
# Arabic 'عن بلدية صور', 'باسم', 'نيابة عن'; Persian 'از طرف شهرداری یزد'; Urdu 'برائے
# میونسپل کارپوریشن' (for); Hebrew 'בשם עיריית חולון', 'עבור'.
_UNCASED_SIGNING_FOR = r"عن|باسم|(?:بال)?نيابة عن|از طرف|به نمایندگی از|برائے|בשם|עבור"
# The bodies of South Asia's towns in their own scripts, a town's name before them (or after
# some: 'नगर निगम फरीदाबाद'), 'city' before some as English has 'City Municipal Corporation':
# Devanagari (Hindi, Marathi, Nepali) 'नगर निगम', 'महानगरपालिका', 'नगर पालिका', 'नगर परिषद'
# (a town's council), 'नगर पंचायत', Nepal's 'उपमहानगरपालिका' (a sub-metropolitan city),
# 'शहर महानगरपालिका' (a city's); Gujarati 'મહાનગરપાલિકા', 'નગરપાલિકા'; Gurmukhi 'ਨਗਰ ਨਿਗਮ',
# 'ਨਗਰ ਕੌਂਸਲ', 'ਨਗਰ ਪੰਚਾਇਤ', 'ਮਿਉਂਸਪਲ ਕਾਰਪੋਰੇਸ਼ਨ'; Bengali 'সিটি কর্পোরেশন' (city
# corporation), 'পৌরসভা', 'পুরসভা' (a municipality), 'পৌরসংস্থা', Assamese (its own r, 'ৰ')
# 'পৌৰসভা', 'পৌৰ নিগম' (a municipal corporation); Odia 'ମହାନଗର ନିଗମ', 'ପୌରପାଳିକା'; Tamil
# 'மாநகராட்சி' (a municipal corporation), 'நகராட்சி'; Telugu 'నగరపాలక సంస్థ', 'పురపాలక
# సంఘం' (a municipality); Kannada 'ಮಹಾನಗರ ಪಾಲಿಕೆ', 'ನಗರಸಭೆ', 'ಪುರಸಭೆ'; Malayalam
# 'കോർപ്പറേഷൻ', 'നഗരസഭ'; Sinhala 'මහ නගර සභාව' (a municipal council), 'නගර සභාව'.
_INDIC_FORMS = (
    r"(?:(?:शहर|सिटी) )?(?:उप)?(?:महा)?नगर ?(?:निगम|पालिका|परिषद|पंचायत)|"
    r"(?:(?:શહેર|સિટી) )?(?:મહા)?નગર ?(?:પાલિકા|નિગમ|પંચાયત)|"
    r"ਨਗਰ ?(?:ਨਿਗਮ|ਕੌਂਸਲ|ਪੰਚਾਇਤ|ਪਾਲਿਕਾ)|ਮਿਉਂਸਪਲ (?:ਕਾਰਪੋਰੇਸ਼ਨ|ਕਮੇਟੀ|ਕੌਂਸਲ)|"
    r"(?:শহর )?সিটি কর্পোরেশন|(?:পৌ|পু)[রৰ] ?(?:সভা|নিগম|সংস্থা)|"
    r"(?:ମହା)?ନଗର ନିଗମ|ପୌର ?ପାଳିକା|"
    r"(?:மா)?நகராட்சி|"
    r"నగరపాలక సంస్థ|పురపాలక సంఘం|"
    r"(?:ಮಹಾ)?ನಗರ ?ಪಾಲಿಕೆ|ನಗರ ?ಸಭೆ|ಪುರ ?ಸಭೆ|"
    r"(?:മുനിസിപ്പൽ )?കോർപ്പറേഷൻ|നഗരസഭ|മുനിസിപ്പാലിറ്റി|"
    r"(?:මහ )?නගර සභාව"
)
_FORM = re.compile(
    r"^(?:(?:for and on behalf of|for|pour|per|por|para|für|on behalf of|namens|im namen|"
    r"au nom d[eu]|"
    r"en nombre d[el]l?|em nome d[aeo]|a nome d[ei]l?|på vegne af|på vegne av|za|w imieniu|"
    r"за|" + _UNCASED_SIGNING_FOR + r")\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]\s*|il\s+|lo\s+|el\s+|die\s+|der\s+|de\s+|den\s+|"
    r"sa\s+|"  # Tagalog's, after its 'para' (for): 'Para sa Lungsod ng Iloilo'"
    r"o\s+|a\s+)?)?"  # signing for it: 'Por el Ayuntamiento de X', 'Namens de gemeente X'
    # a city's government or body, its form after it: 'Gobierno de la Ciudad de X',
    # 'Government of the City of X' (not 'Government of Kenya'), 'Corporation of the City of
    # X', 'Conselho Municipal da Cidade de X'
    r"(?:(?:" + _BODY_WITH_ADJECTIVES + r"|" + _BODY_NOUN + r"|gouvernement|regierung|magistrat)\s+"
    r"(?:of\s+the|de\s+la|da|der)\s+(?=(?:city|ciudad|cidade|ville|stadt)\b))?"
    # a capital's rank before its form: 'the Capital City of Warsaw'
    r"(?:the\s+)?(?:(?:(?:capital\s+)?city|town|village|municipality|borough|city council|"
    r"town council|"
    r"cidade|"
    r"metropolitan city|shire|comune|citt[aà]|ville|commune(?:\s+(?:urbaine|rurale))?|munic[ií]pio|"
    r"municipalidad|"
    r"ciudad aut[óo]noma|"
    r"(?:h\.\s*)?ayuntamiento|concello|c[aâ]mara municipal|prefeitura(?: municipal)?|mairie|"
    r"gmina|miasto|ajuntament|city and county|ciudad y condado|city and borough|"
    r"gobierno de la ciudad|people['’]s committee|"
    r"(?:unified|consolidated|metropolitan|city|municipal) government|"
    r"urban municipality|district council|municipal council|municipal district|"
    r"municipalit[ée](?: r[ée]gionale)?|" + _BODY_WITH_ADJECTIVES + r")\s+"
    # the article in lower case only: 'Ville de La Rochelle', 'Municipalidad de La Paz' keep
    # theirs, a name's own
    r"(?:(?:of|de(?-i:\s+la)|de|du|des|di|del|della|do|da)\s+|d'\s*|d’\s*)"  # not 'de La|val'
    # a body's words with their level, right before its town's capitalised name: 'Municipal
    # Corporation Chandigarh', 'Metropolitan Municipality Izmir'
    r"|(?:" + _BODY_WITH_ADJECTIVES + r")\s+(?=(?-i:[^\W\d_a-zß-ÿ]))"
    # a capital's form and rank with no 'of' before its name: 'Capital City Podgorica' (as
    # Montenegro's 'Glavni grad Podgorica' is written in English)
    r"|capital\s+city\s+(?=(?-i:[^\W\d_a-zß-ÿ]))"
    # Maltese: a local council ('Kunsill Lokali') before its town's name, or before 'ta''
    # (of) and the town's, the article glued to it with a hyphen, its letter the sound's
    # after it ('tal-Mosta', 'taż-Żejtun', 'tax-Xagħra'); a capital is the name's own
    # ('Tas-Sliema')
    r"|kunsill\s+lokali\s+(?:(?-i:ta['’])\s+|(?-i:ta[lċdġnrstxżz])-(?=[^\W\d_]))?"
    r"|(?:stadt|stad|(?:landes|bundes)?hauptstadt|hansestadt|universitätsstadt|kreisstadt|gemeente|kommune|"
    r"(?:stadt|markt)gemeinde|statutarstadt|"  # Austria's: 'Stadtgemeinde Leoben'"
    # Slavic forms in any case ('sprejela Občino Izola in Mestno občino Ptuj'), forms of
    # Central and Eastern Europe that take no 'of' ('Municipiul Cluj-Napoca', 'Gmina Serock'),
    # and forms in Arabic, Persian and Hebrew ('بلدية صفاقس', 'جماعة الرباط', 'עיריית חיפה')
    r"kommun|gemeinde|markt|"
    # Icelandic's municipality, with its article, before a name that is no town's own:
    # 'Sveitarfélagið Árborg' (whose seat is Selfoss), 'Sveitarfélagið Vogar'
    r"sveitarfélagið|"
    # South Slavic 'Град' after 'за' (for), in the accusative its nominative's form takes,
    # its town's name in the accusative: 'За Град Бању Луку' (a list's 'Град Ниш' is kept)
    r"(?<=за\s)град|"
    # a second form or the form's rank after it: 'Gmina Miasto Szczecin', 'Gmina Miasta
    # Torunia', 'Gmina Miejska Kraków', 'Miasto Stołeczne Warszawa' (the capital city)
    # a city's rank before its form, as Czech and Slovak name it: 'statutární město Brno',
    # 'štatutárne mesto Košice' (a statutory city); not 'hlavné mesto' (the capital), which
    # may name its country before the city ('hlavné mesto Slovenskej republiky Bratislava')
    rf"(?:(?:{_RANKS_BEFORE})\s+)?"
    rf"(?:{_CASED_FORMS})(?:\s+(?:{_CASED_FORMS}|{_FORMS_RANK}))?|"
    r"municipiul|ora[șş]ul|comuna|"
    # Poland's town office, its town after 'w' (in) in the locative or in the genitive:
    # 'Urząd Miejski w Bochni', 'Urząd Miejski we Włocławku', 'Urząd Miasta Opola'
    r"urz[ąa]d\s+(?:miejski\s+we?|miasta)|"
    # a town's word cut short, in lower case only (a capital and a stop is an initial):
    # 'м. Ужгород' (місто), 'г. Томск' (город), 'гр. Пловдив' (град)
    r"(?-i:м|г|гр)\.|"
    # Vietnamese, Indonesian and Malay: 'Ủy ban nhân dân thành phố' (the city's people's
    # committee), 'Thị xã' (a town), 'Thị trấn' (a township), 'Thủ đô' (the capital),
    # 'Pemerintah Kota' (city government), 'Majlis Bandaraya' (city council)
    r"(?:ủy ban nhân dân |ubnd )?(?:thành phố|thị xã|thị trấn)|thủ đô|pemerintah kota|"
    r"majlis bandaraya|dewan bandaraya|majlis perbandaran|majlis daerah|"
    # Swahili, the town's name after its class's 'of': 'Jiji la Mbeya' (the city of),
    # 'Manispaa ya Kigoma' (the municipality of), 'Mji wa Bariadi' (the town of)
    r"jiji la|manispaa ya|mji wa|"
    # Tagalog, the town's name after its form's 'ng' (of) or right after 'Lungsod' (city):
    # 'Lungsod ng Iloilo', 'Lungsod Quezon', 'Bayan ng Taytay', 'Pamahalaang Lungsod ng X'
    r"(?:pamahalaang\s+)?(?:lungsod(?:\s+ng)?|bayan\s+ng|munisipalidad\s+ng)|"
    # Hindi's, which may stand before its town's name as English's 'Municipal Corporation'
    # may: 'नगर निगम फरीदाबाद'; Punjabi's too: 'ਨਗਰ ਨਿਗਮ ਲੁਧਿਆਣਾ'
     + _INDIC_FORMS + r"|"
    # Urdu's, English words borrowed, one to three: 'میونسپل کارپوریشن' (municipal
    # corporation), 'میٹروپولیٹن کارپوریشن', 'ٹاؤن میونسپل ایڈمنسٹریشن', 'ٹاؤن کمیٹی'
    r"(?:(?:میٹروپولیٹن|میونسپل|ٹاؤن|ضلعی|کنٹونمنٹ)\s+){1,2}"
    r"(?:کارپوریشن|کمیٹی|ایڈمنسٹریشن|کونسل|بورڈ)|بلدیہ|"
    r"بلدية|جماعة|مدينة|أمانة|شهرداری|עיריית|מועצה מקומית|המועצה המקומית)\s+)"
    r"(?![·|•])",  # a name after it, not a table's next field ('Kommune · Innbyggere')
    re.IGNORECASE,
)
# An East Slavic body's kind after the adjective of its town, which names it so in any
# case: 'Житомирська міська територіальна громада' (Zhytomyr's city community), 'Львівської
# міської ради', 'Томская городская дума', 'Гомельскі гарадскі выканаўчы камітэт'.
_ADJECTIVE_FORMS_AFTER = (
    r"(?:(?:міськ|селищн|сільськ)(?:а|ої|ій|у|ою)\s+(?:територіальн(?:а|ої|ій|у|ою)\s+"
    r"громад(?:а|и|і|у|ою)|рад(?:а|и|і|у|ою))|"
    r"(?:городск|поселков|сельск)(?:ая|ой|ую)\s+(?:дум|администраци|управ)[а-я]{0,3}|"
    r"(?:городск|сельск)(?:ой|ий|ого|ому)\s+(?:округ|совет)[а-я]{0,2}|"
    r"(?:гарадск|раённ)(?:і|ы|ога|ым)\s+(?:выканаўч(?:ы|ага)\s+камітэт[а-я]?|савет[а-я]?))"
    # and the district and region it is in, named by their adjectives in the genitive:
    # 'Золочівська міська рада Львівської області' (of Lviv oblast), 'Сосновоборская
    # городская дума Ленинградской области', 'Слуцкі раённы савет Мінскай вобласці'
    r"(?:\s+[^\W\d_]+(?:ого|ої|ой|ай|ага)\s+"
    r"(?:району|області|района|области|края|краю|раёна|вобласці)){0,2}"
)
# A form after the name: 'Sunderland City Council', 'Esbjerg Kommune' (not Swedish
# 'Linköpings kommun': a genitive, which the gazetteer's names and the case endings read).
_FORMS_AFTER = (
    r"(?:city(?: and)? county(?: council)?|"
    r"city council|town council|borough council|metropolitan borough council|"
    r"(?:district|regional|rural city|shire) council|council|"
    r"linnavalitsus|vallavalitsus|"
    r"(?:(?:megyei jogú )?(?:város|(?:nagy)?község)|főváros) önkormányzata|"
    r"(?:megyei jogú )?város|(?:nagy)?község|"  # 'Hévíz Város', 'Tihany Község'
    # a capital's rank after its name, part of its body's name: 'Roma Capitale', 'Bogotá
    # Distrito Capital', 'Budapest Főváros'
    r"capitale|distrito capital|főváros|"
    r"(?:capital )?city (?:authority|corporation|government|administration)|"
    r"(?:city )?municipal corporation|"
    # South Asia's: 'Madurai Corporation', 'Mysuru Mahanagara Palike' (Kannada), 'Pune
    # Mahanagarpalika' (Marathi), 'Siliguri Nagar Nigam' (Hindi: a municipal corporation)
    r"corporation|(?:maha)?nagara? ?palik[ae]|(?:maha)?nagar nigam|" + _INDIC_FORMS + r"|"
    # and in the scripts of South Asia (`_INDIC_FORMS`)
    r"(?:city )?people's committee|metro government|urban county government|"
    r"(?:metropolitan|local|district|regional) municipality|shire council|"
    # Ireland's municipal districts, a county's towns': 'Dundalk Municipal District'
    r"municipal district|"
    # Nigeria's local governments, each named for its town: 'Ikeja Local Government (Area)'
    r"local government(?: area| council)?|lga|"
    r"kommune|municipality|büyükşehir belediyesi|belediyesi|linn|vald|"
    # the Turkic word for a city after its name, with its possessive ending, and the city's
    # executive body after it: Kazakh 'Шымкент қаласы' ('қаласының әкімдігі', its akimat),
    # Kyrgyz 'Ош шаары', Uzbek 'Samarqand shahri', Azerbaijani 'Gəncə şəhəri' ('Gəncə şəhər
    # icra hakimiyyəti', its executive power; 'bələdiyyəsi', its municipality); Mongolian
    # 'Дархан хот' (city); Turkmen 'Mary şäheri' ('şäheriniň häkimligi', its administration,
    # or 'şäher häkimligi')
    r"қаласы(?:ның әкімдігі)?|шаары|shahri(?: hokimligi)?|шаҳри|şəhəri|şəhər icra hakimiyyəti|"
    r"şäheri(?:niň häkimligi)?|şäher häkimligi|"
    r"(?:şəhər )?bələdiyyəsi|хот|"
    # Turkish for an Arab capital's municipality, Arabic 'أمانة' ('Bağdat Emaneti', 'Amman
    # Emaneti': Amanat Baghdad, the Greater Amman Municipality)
    r"emaneti|"
    r"(?:valstspilsētas |novada )?pašvaldība|(?:miesto |rajono )?savivaldybė|"
    + _BODY_WITH_ADJECTIVES  # 'Colombo Municipal Council', 'Kandy Municipal Government'
    + "|"
    + _ADJECTIVE_FORMS_AFTER
    + r")"
)
# Forms after a town's name that take its genitive: 'Rīgas valstspilsētas pašvaldība' (Riga's
# municipality), 'Kauno miesto savivaldybė' (Kaunas's).
# A Nordic town's body's form after its name, which may take the name in the genitive:
# Swedish 'Borås Stad', 'Lunds kommun'; Finnish 'Oulun kaupunki', 'Iin kunta'; Faroese
# 'Tórshavnar kommuna' (Danish and Norwegian 'Kommune' is `strip_form`'s).
NORDIC_FORMS = frozenset({"kommun", "stad", "kaupunki", "kunta", "kommuna"})


def nordic_body(name: str) -> bool:
    """Whether a name is capitalised words and a Nordic form after them (`NORDIC_FORMS`):
    'Skellefteå kommun', 'Tampereen kaupunki'."""
    head, _, form = name.rpartition(" ")
    return (
        form.lower() in NORDIC_FORMS
        and bool(head)
        and all(word[:1].isupper() for word in head.split())
    )


def names_nordic_body(text: str) -> bool:
    """Whether a text names a body by a capitalised word and a Nordic form after it
    ('... ovat Oulun kaupunki ja ...')."""
    words = text.split()
    return any(
        a[:1].isupper() and b.rstrip(",;:.").lower() in NORDIC_FORMS for a, b in pairwise(words)
    )


_GENITIVE_FORM_AFTER = re.compile(
    r"\s(?:(?:valstspilsētas |novada )?pašvaldība|(?:miesto |rajono )?savivaldybė)$", re.IGNORECASE
)


def named_by_form(written: str, name: str) -> bool:
    """Whether a line names a town by its body's form around the name: right before it
    ('City of Ekurhuleni', 'Município de Xai-Xai') or right after it ('Ekurhuleni
    Metropolitan Municipality', 'Sol Plaatje Local Municipality')."""
    start = written.find(name)
    if start < 0 or not name:
        return False
    if _FORM_NEXT.match(written, start + len(name)):
        return True
    return any(
        (form := _FORM.match(written[word.start() : start])) is not None
        and word.start() + form.end() == start
        for word in re.finditer(r"\S+", written[:start])
    )


def form_ahead(text: str) -> int:
    """How long the body's form after a name that a text starts with is, with the spaces
    before it (' City Council', ' शहर महानगरपालिका': a city's municipal corporation); 0 if
    the text starts with none."""
    form = _FORM_NEXT.match(text)
    return form.end() if form is not None else 0


def genitive_before_form(name: str) -> bool:
    """Whether a body's name ends in a form that takes its town's genitive ('Kauno miesto
    savivaldybė', 'Valmieras novada pašvaldība')."""
    return _GENITIVE_FORM_AFTER.search(name) is not None


_ADJECTIVE_FORM_AFTER = re.compile(r"(?<=\w)\s+" + _ADJECTIVE_FORMS_AFTER + "$", re.IGNORECASE)


def adjective_before_form(name: str) -> bool:
    """Whether a body's name ends in an East Slavic form that names its town by an adjective
    ('Вараська міська рада', 'Томская городская дума'): the word before it is one."""
    return _ADJECTIVE_FORM_AFTER.search(name) is not None


# A word's last character: a letter, or the vowel sign or mark that ends a syllable in the
# scripts of South Asia (Devanagari to Sinhala), no letter to `\w`: 'पुणे', 'आगरा', 'चंडीगढ़'.
_WORD_END = r"(?:(?<=\w)|(?<=[\u0900-\u0dff]))"
_FORM_AFTER = re.compile(_WORD_END + r"\s+" + _FORMS_AFTER + "$", re.IGNORECASE)
# No word goes on after a form: neither a letter nor a vowel sign or mark of South Asia's
# scripts (`SOUTH_ASIAN_MARKS`), which `\b` misreads after a form that ends in one
# ('महानगरपालिका (२०१९)').
_NO_WORD_NEXT = rf"(?![\w{SOUTH_ASIAN_MARKS}])"
_FORM_NEXT = re.compile(r"\s+" + _FORMS_AFTER + _NO_WORD_NEXT, re.IGNORECASE)
_FORM_ALONE = re.compile(_FORMS_AFTER + "$", re.IGNORECASE)
# Bodies that are not cities, by the words their names start or end with, and their kind.
_BODY_KINDS = (
    ("union of municipalities", r"regionalverband|mancomunidad|unione(?!\s+europea)|"
     r"comunidade intermunicipal|communaut[ée] (?:de communes|d'agglom[ée]ration|urbaine)|"
     r"union of municipalities|gemeindeverband|zwi[aą]zek (?:gmin|komunalny)|stowarzyszenie|"
     # Brazil's and Spain's intermunicipal consortia ('Consórcio Intermunicipal do Vale do
     # X', 'Consorcio Intermunicipal X'), Italy's intercommunal ones ('Consorzio
     # Intercomunale X')
     r"cons[oó]rcio intermunicipal|consorzio intercomunale|"
     # Germany's unions of municipalities ('Verbandsgemeinde Nieder-Olm', 'Samtgemeinde
     # Bersenbrück'); Bulgarian 'Асоциация на родопските общини' (of Rhodope municipalities)
     r"verbandsgemeinde|samtgemeinde|(?:асоциаци|сдружени)[а-я]*\s+на\s+(?:\w+\s+)?общин[а-я]*|"
     # Central Europe's microregions and voluntary unions of villages, Italy's mountain
     # communities: 'Mikroregion Telčsko', 'Dobrovolný svazek obcí Podralsko', 'Združenie
     # obcí Hornád', 'Comunità Montana Valle Seriana' (bodies, named after a town or not)
     r"mikroregi(?:[oó]n|ja)|microregion|(?:dobrovoln[ýy]\s+)?svazek\s+obc[ií]|"
     r"(?:sdru[žz]en[ií]|zdru[žz]enie)\s+obc[ií]|comunit[àa]\s+montana|"
     # South Slavic associations and communities of municipalities or towns: Slovenian
     # 'Skupnost občin X', 'Združenje občin X', Croatian 'Udruga gradova X'
     r"(?:skupnost|zdru[žz]enje)\s+ob[čc]in|udru(?:ga|[žz]enje)\s+(?:gradova|op[ćc]ina)|"
     # France's intercommunalités named for their town: 'Le Grand Chalon' (not 'Le
     # Grand-Quevilly', a commune), 'Quimperlé Communauté', 'Annonay Rhône Agglo'
     r"le grand\s|"
     # Lebanon's unions of municipalities ('اتحاد بلديات الضنية', French 'Union des
     # municipalités du Dannieh'), Turkey's ('Belediyeler Birliği' after its name), Israel's
     # clusters of local authorities ('אשכול רשויות גליל מזרחי', the Eastern Galilee
     # Cluster: https://en.wikipedia.org/wiki/Regional_clusters_in_Israel)
     r"اتحاد بلديات|union des municipalit[ée]s|אשכול",
     r"association of municipalities|communaut[ée]|agglo|agglom[ée]ration|"
     r"mikroregi(?:[oó]n|ja)|"  # 'Telčsko mikroregion', not the region its word ends in
     r"mankomunitatea|"  # Basque: 'Debagoieneko Mankomunitatea' (Mancomunidad del Alto Deba)
     # Turkey's unions of municipalities and of towns ('Tarihi Kentler Birliği')
     r"(?:belediyeler|kentler) birli[ğg]i|(?<=\s)cluster|"  # 'Eastern Galilee Cluster'
     # Estonian 'Harjumaa Omavalitsuste Liit' (of local governments), Finnish joint
     # municipal authorities: 'Kainuun sote -kuntayhtymä', 'Savon koulutuskuntayhtymä'
     r"omavalitsuste liit|kuntayhtym[äa]|"
     # Croatian associations of municipalities after their adjective ('Hrvatska zajednica
     # općina')
     r"zajednica op[ćc]ina"),
    # 'Metro Manila', 'Metro Vancouver': a metropolitan area's name ('Louisville Metro
    # Government' is the city's)
    ("metropolitan area", r"[áàa]rea metropolitana|citt[àa] metropolitana|(?:euro)?m[ée]tropole|"
     r"metropolia|metropolitan (?:area|region|city)|combined authority|metro(?!\s+government)|"
     # Québec's metropolitan communities: 'Communauté métropolitaine de Montréal'
     r"communaut[ée] m[ée]tropolitaine|"
     # Dutch and German compounds: 'Metropoolregio Amsterdam', 'Metropolregion Hamburg'
     r"metropoolregio|metropolregion|"
     # Romanian, Spanish, Italian 'Zona Metropolitană Iași', 'Zona Metropolitana de Toluca'
     r"zona metropolitan[ăa]",
     r"m[ée]tropole|metropolia|metropolitan area|metropolitan region|combined authority|"
     # South Asia's planning bodies for a city's region: 'Dhaka Metropolitan Development
     # Authority', 'Mumbai Metropolitan Region Development Authority'
     r"metropolitan (?:region )?development authority"),
    # Catalan 'Diputació de Barcelona'; Indonesian 'Provinsi', Vietnamese 'Tỉnh Bến Tre'
    ("province", r"provincia|provincie|province|provincial council|provinz|diputaci[óo]n?|"
     r"deputaci[óo]n|provinsi|tỉnh|"
     # Tagalog: a province's government ('... ng Bulacan'), the province ('Lalawigan ng Albay')
     r"pamahalaang panlalawigan|lalawigan",
     # Basque: 'Gipuzkoako Foru Aldundia', a province's council; Turkey's special
     # provincial administration ('Bilecik İl Özel İdaresi')
     r"province|foru aldundia|il [öo]zel idaresi"),
    ("county", r"landkreis|kreis|county council|county government|parish of|"
     r"municipalit[ée] r[ée]gionale de comt[ée]|(?-i:MRC)|"  # Québec's MRC: its towns' county
     r"consiliul jude[țţ]ean|jude[țţ]ul|consell comarcal|"  # a Catalan comarca's council
     r"fylkeskommune|powiat|starostwo powiatowe|[žz]upanija|v[áa]rmegye|megye|"
     r"okres|(?:politischer\s+)?bezirk|"  # a district: 'Okres Jihlava', 'Bezirk Gmunden'
     r"kabupaten|"  # Indonesia's regencies: 'Kabupaten Sleman'
     r"département|"  # a French département ('Département du Finistère'), a county's rank
     r"kaunti ya",  # Swahili: Kenya's counties ('Kaunti ya Nyeri', the County of Nyeri)
     # a county's government after its name ('Kitui County Government'); not a US city's
     # 'Urban County Government', a town's form
     r"(?<!urban )county government|"
     r"landkreis|kreis|county(?: council)?|district council|fylke|fylkeskommune|powiat|"
     # a Turkic district after its name, with its possessive ending: Azerbaijani 'Quba
     # rayonu' ('rayon icra hakimiyyəti', its executive power), Kazakh 'Ордабасы ауданы',
     # Kyrgyz 'Аламүдүн району', Uzbek 'Zangiota tumani'
     r"rayonu|rayon icra hakimiyyəti|ауданы(?:ның әкімдігі)?|району|tumani(?: hokimligi)?|тумани|"
     r"etraby(?:nyň häkimligi)?|etrap häkimligi|"  # Turkmen 'Kaka etraby'
     r"[žz]upanija|v[áa]rmegye|megye|maakond|apskritis|j[áa]r[áa]s|regency|"
     r"(?<=[йі] )(?:район|раён)|"  # an East Slavic district after its adjective ('Лідскі раён')
     r"rajono savivaldyb[ėe]|"  # Lithuania's district municipalities: 'Kauno rajono savivaldybė'
     r"(?:v[áa]r)?megyei [öo]nkorm[áa]nyzat"),  # Hungarian: a county's self-government
    # 'Autonomna Pokrajina Vojvodina' (Serbian, Croatian; Slovenian 'Avtonomna', Czech 'Autonomní')
    # a state of Austria or Germany by its word: 'Land Tirol', 'Land Brandenburg' (capital:
    # the word 'land' starts many a name), not a state that is one city ('Berlin, Land' is
    # Berlin); Spanish 'Gobierno Regional de Arequipa'
    ("region", r"(?-i:Land(?=\s+[A-ZÄÖÜ])(?!\s+(?:Berlin|Hamburg|Wien)\b))|gobierno regional|"
     r"region|regione|r[ée]gion|regi[óo]n|regi[ãa]o|regio|rehiyon|verband region|"
     r"wojew[óo]dztwo|voivodeship|kraj|(?:a[uv]tonomn[aeoí]\s+)?pokrajin[aeiu]|"
     # a Swiss (or Bosnian) canton: 'Canton de Vaud', 'Kanton Zürich', 'Cantone Ticino';
     # not Spanish 'Cantón', Ecuador's and Costa Rica's municipality
     r"canton|kanton|cantone|"
     # Greek 'Περιφέρεια Κρήτης', Arabic 'محافظة البصرة' (a governorate), French 'Conseil
     # régional de Tillabéri'
     r"περιφέρεια|محافظة|governorate|gouvernorat|conseil r[ée]gional|"
     # Arabic 'جهة' (Morocco's and Mauritania's regions: 'جهة نواكشوط', 'جهة سوس ماسة')
     r"جهة",
     # an oblast after its adjective: 'Тверская область', 'Пловдивска област', 'Kharkiv Oblast'
     # Slovenian and Croatian regions after their adjective: 'Pomurska regija'
     r"region|regionen|kraj|regija|regional council|pokrajina|oblast|область|област|вобласць|"
     # and Turkic oblasts and provinces after their names, with the possessive ending:
     # Kazakh 'Маңғыстау облысы' ('облысының әкімдігі', its akimat), Kyrgyz 'Чүй облусу',
     # Uzbek 'Farg'ona viloyati', Turkmen 'Lebap welaýaty' ('welaýatynyň häkimligi');
     # Mongolian 'Дорнод аймаг'; an autonomous republic:
     # Azerbaijani 'Naxçıvan Muxtar Respublikası', Uzbek 'avtonom respublikasi'
     r"облысы(?:ның әкімдігі)?|облусу|viloyati(?: hokimligi)?|вилояти|аймаг|"
     r"welaýaty(?:nyň häkimligi)?|welaýat häkimligi|"
     r"muxtar respublikası|avtonom respublikasi|autonomous republic|"
     # an oblast's council after its adjective: Ukrainian 'Волинська обласна рада'
     r"oblast council|обласна рада|"
     # Belgium's regions in Dutch, after their adjective: 'Vlaams Gewest', 'Waals Gewest'
     r"gewest|"
     # Nigeria's states ('Lagos State'); a Finnish region's council after its genitive
     # ('Varsinais-Suomen liitto')
     r"governorate|gouvernorat|state(?: government)?|(?<=n\s)liitto|"
     # a division of Bangladesh or of an Indian state after its town: Bengali 'খুলনা বিভাগ',
     # Hindi 'उज्जैन संभाग'
     r"বিভাগ|संभाग|"
     # Slovakia's self-governing regions ('Žilinský samosprávny kraj'), Latvia's planning
     # regions ('Latgales plānošanas reģions'), Finland's wellbeing services counties
     # ('Pohjois-Savon hyvinvointialue'): the kind's words, an adjective with its noun
     r"samospr[áa]vn[yý] kraj|(?:pl[āa]no[šs]anas )?reģions|hyvinvointialue"),
)  # fmt: skip
_BODIES = tuple(
    (kind, re.compile(rf"^(?:the\s+)?(?:{first})\b", re.IGNORECASE),
     re.compile(rf"(?:\b|(?<=[a-zåäö]))(?:{last})$", re.IGNORECASE))
    for kind, first, last in _BODY_KINDS
)  # fmt: skip
# Kinds of body that one country alone has, by the words of their names: the body is in
# that country wherever its place is no gazetteer's ('West Midlands Combined Authority').
_BODY_COUNTRIES = tuple(
    (re.compile(rf"(?:^|\s)(?:{words})(?:\s|$)", re.IGNORECASE), code)
    for words, code in (
        (r"combined authority", "GB"),
        (r"citt[àa] metropolitana|unione(?!\s+europea)", "IT"),  # 'Unione Terre di Castelli'
        (r"landkreis|regionalverband", "DE"),
        (r"consiliul jude[țţ]ean", "RO"),
        (r"belediyeler birli[ğg]i|il [öo]zel idaresi", "TR"),
        (r"wojew[óo]dztwo|zwi[aą]zek gmin|powiat|starostwo powiatowe", "PL"),
        (r"[žz]upanija", "HR"),
        (r"v[áa]rmegye|megye", "HU"),
        (r"fylkeskommune", "NO"),
        (r"comunidade intermunicipal", "PT"),
        (r"kabupaten|provinsi", "ID"),
        (r"tỉnh", "VN"),
        (r"rajono savivaldyb[ėe]", "LT"),
    )
)
# Words for a town's officers or its region that one country alone uses, in a language
# other countries speak too: Dutch 'schepen' (Belgium's alderman; the Netherlands has a
# 'wethouder') and 'Vlaams(e)' (Flemish); Swiss German 'Stadtpräsident(in)' and
# 'Gemeindepräsident(in)' (Germany's and Austria's is a 'Bürgermeister'); Brazilian
# 'prefeito', 'prefeita', 'prefeitura' (Portugal's is a 'presidente da câmara').
_WORD_COUNTRIES = tuple(
    (re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE), code)
    for words, code in (
        (r"schepen(?:en)?|vlaamse?", "BE"),
        (r"(?:stadt|gemeinde)pr[äa]sident(?:in)?", "CH"),
        (r"prefeit(?:[oa]s?|ura)", "BR"),
    )
)


def word_country(text: str) -> str:
    """The country the words of an entry's text say it is in, where one country alone
    uses such a word for its officers or region (`_WORD_COUNTRIES`: 'Stad Gent (schepen An
    Claes)', 'la prefeita de Palmela'); '' if none."""
    return next((code for words, code in _WORD_COUNTRIES if words.search(text)), "")


# No body's last words are longer than this: its `last` pattern is searched for in a text's
# tail (from this far before its end, the pattern still seeing the character before).
_BODY_TAIL = 100
_BODY_WORDS = re.compile(
    r"^(?:the\s+)?(?:" + "|".join(first for _, first, _ in _BODY_KINDS) + r")\s+"
    r"(?:(?:autonoma|aut[óo]noma|provincial|foral|comarca|de la|de|du|des|di|del|della|do|da|"
    r"of|de l'|ng)\s+)*",
    re.IGNORECASE,
)
# A body's words after its place's name, a space before them: 'Sligo County Council',
# 'Nordland fylkeskommune', 'Dane County' (not a word they end: 'Skåneregionen').
_BODY_WORDS_AFTER = re.compile(
    r"(?<=\w)\s+(?:" + "|".join(last for _, _, last in _BODY_KINDS) + r")$", re.IGNORECASE
)
_DASH = re.compile(r"\s[-–—]\s")
_CODE = re.compile(r"[A-Z]{2}")

# Where a flattened table runs a cell into the next: 'ES12', 'SpainMitigation'.
_RUN_IN = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=[a-z])(?=[A-Z])")
# "d'Alger, de Bruxelles", "di Milano", "von Wien": a preposition of running text, before a
# name ('From (Norway)' is a place named From), in lower case: capitalised, it starts the
# name ('Da Nang', 'Des Moines', 'Del Rio', 'Van').
_PREPOSITION = re.compile(
    r"^(?:d'|d’|de la |de |du |des |di |da |del |della |do |von |van |aus |of |from )(?=[^\s(])"
)
# A heading's count of its places after it: 'Mexico (2)', 'Belgique (2 villes)', 'ベルギー
# （1都市）' (full-width brackets), 'Kenya: 4', 'Kenya – 4 cities'.
_COUNT_AFTER = re.compile(
    r"\s*(?:[(（]\d[\d ,.]*(?:\s*[^\W\d_]+){0,2}[)）]|[:–—-]\s*\d[\d ,.]*(?:\s+[^\W\d_]+)?)$"
)
# Continents and world regions, and the words around them, in the corpus's languages: a
# line of only these ('East Asia', 'South and West Asia', 'Afrique de l'Ouest') heads a
# block of places of several countries, and is none of them ('Africa' is a town in Tunisia).
_CONTINENT_WORDS = frozenset(
    "africa afrique afrika asia asie asien azja europe europa amerique america americas "
    "ameriques amerika ameryka oceania oceanie ozeanien oceanien pacific pacifique pazifik "
    "caribbean caraibes caribe karibik mena arctic antarctica middle east orient oriente "
    "pacifico afryka azja evropa asie azie azsia avrupa asya aasia".split()
)
_WORLD_REGION_WORDS = _CONTINENT_WORDS | frozenset(
    "north south east west central northern southern eastern western southeast southwest "
    "northeast northwest sub saharan latin the and of de du del la l d nord sud est ouest "
    "centrale centrale latine norden suden osten westen mittel sud norte sur este oeste "
    "oriental occidental rest world et y und e en i og".split()
)

# A group's heading that says its members are abroad, in the corpus's languages and their
# neighbours' ('Estero', 'Ausland', 'Étranger', 'Other countries', 'Altri paesi'): over
# entries of several countries, as a world region's is; a line of only these words.
_ABROAD = frozenset(
    "abroad international internationale internazionale internacional estero ausland "
    "etranger extranjero exterior estrangeiro buitenland utlandet udlandet ulkomaat "
    "zagranica zahranici zahranicie inozemstvo yurtdisi".split()
)
_OTHER_COUNTRIES = re.compile(
    r"(?:other|altri|andere|autres|otros|outros|overige|övriga|øvrige|muut|inne|"
    r"ostatní|pozostałe)\s+(?:countries|paesi|länder|lander|landen|pays|países|paises|"
    r"lande|land|maat|kraje|země|zeme|państwa)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RawEntry:
    """One signatory as the page wrote it, before countries are worked out."""

    line: int
    written: str  # the entry as the page has it
    city: str  # the name, roles and forms stripped ('City of X' -> 'X')
    country: str = ""  # the country (or ISO code) the page gives, as written
    region: str = ""  # a state or province (name or code) the page gives
    codes: tuple[str, ...] = ()  # countries the page's code or region may mean
    shared_bracket: bool = False  # the country is the bracket of the entry after it
    kind: str = "city"  # or a body that is not a city: 'region', 'metropolitan area', ...


@dataclass(frozen=True)
class Skipped:
    """A line of the list that is not a signatory, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class MemberList:
    """The list a page holds, as read."""

    shape: str
    entries: tuple[RawEntry, ...]
    skipped: tuple[Skipped, ...] = ()
    first_line: int = 0
    last_line: int = 0
    cut: RawEntry | None = None  # the entry a cut-off copy ends in
    open_end: bool = False  # the page stops inside the list, after a complete entry


class PlaceNames:
    """Which names are places: asked only where a page's structure does not say it.

    `known(name)` is the gazetteer's, loaded when first asked; `members` are the folded
    names of the network's members and earlier signatories, which count as places too.
    `known_prefix(text)`, if given, says whether a known name may start with the text: the
    place finder asks it before it looks a longer name up (see `begins`). Each answer is
    kept for the page; `lookups` counts the questions the gazetteer was asked, `asked` all
    the questions. `sounding(name, country_code)`, if given, is the gazetteer's place of a
    country whose name sounds like a name it lacks, written in another script
    (`Gazetteer.sounding`): asked only where a row gives the country. `towns(name)`, if
    given, are the countries where a town of the gazetteer has that name (`_foreign_only`).
    """

    def __init__(
        self,
        known: Callable[[str], bool] | None = None,
        members: Iterable[str] = (),
        known_prefix: Callable[[str], bool] | None = None,
        sounding: Callable[[str, str], str | None] | None = None,
        towns: Callable[[str], frozenset[str]] | None = None,
    ) -> None:
        self._known = known
        self._towns = towns if known is not None else None
        self._sounding = sounding if known is not None else None
        self._sounded: dict[tuple[str, str], str | None] = {}
        self._known_prefix = known_prefix if known is not None else None
        self._members = frozenset(fold(m) for m in members)
        self._sorted_members = sorted(self._members)
        self._cache: dict[str, bool] = {}
        self._prefixes: dict[str, bool] = {}
        self.lookups = 0
        self.asked = 0

    def __call__(self, name: str) -> bool:
        self.asked += 1
        key = fold(name)
        if not key:
            return False
        if key not in self._cache:
            self.lookups += self._known is not None and key not in self._members
            self._cache[key] = key in self._members or (
                self._known is not None and self._known(name) and not self._foreign_only(name)
            )
        return self._cache[key]

    def _foreign_only(self, name: str) -> bool:
        """Whether a name is a country's in a language other than English ('Danmark',
        'Lietuva', 'Island' for Iceland) that no town has, only a village elsewhere: the
        country a page names in its own language, not the hamlet. A town keeps it ('Granada',
        Spanish for Grenada), as does a country's English name (Lebanon in the United States)."""
        return (
            self._towns is not None
            and foreign_country_name(name) is not None
            and not self._towns(name)
        )

    def sounds_like(self, name: str, country_code: str) -> str | None:
        """The name of the place of a country that `name` sounds like (see the class)."""
        if self._sounding is None:
            return None
        key = (fold(name), country_code)
        if key not in self._sounded:
            self.lookups += 1
            self._sounded[key] = self._sounding(name, country_code)
        return self._sounded[key]

    def begins(self, text: str) -> bool:
        """Whether a place's name may start with `text` (True where it cannot be told)."""
        self.asked += 1
        key = fold(text)
        if key not in self._prefixes:
            self._prefixes[key] = self._begins(text, key)
        return self._prefixes[key]

    def _begins(self, text: str, key: str) -> bool:
        at = bisect.bisect_left(self._sorted_members, key)
        if at < len(self._sorted_members) and self._sorted_members[at].startswith(key):
            return True
        if self._known is None:
            return False
        if self._known_prefix is None:
            return True
        self.lookups += 1
        return self._known_prefix(text)


@dataclass
class _Reading:
    entries: list[RawEntry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    places: int = 0  # entries whose place or country the page or the gazetteer confirms
    headed: bool = False  # a country heading stood over the last entries ('Kenya (4)')


def hyphened_place(name: str, is_place: PlaceNames) -> str:
    """The place a name with a hyphen that is no known place names, read alike in a list's
    line and a table's cell: a name a line break cut in capitals, joined with its hyphen
    ('COCHA-' / 'BAMBA': the case does not tell a word's hyphenation from a name's hyphen,
    as in 'Apel-' / 'doorn'), the name without it where that is a known place
    ('COCHABAMBA'); else a merged town's name of two places, the longest part before a
    hyphen that is one ('Ottignies-Louvain-la-Neuve': Ottignies, 'Rapperswil-Jona':
    Rapperswil); '' if none, or if the name is of several words ('Anna-Liisa Mäkelä', a
    person's) or a state's or province's ('Baden-Württemberg')."""
    if " " in name or subdivision_countries(name) or is_titles(name):
        return ""  # 'Anna-Liisa Mäkelä': a person's; 'Baden-Württemberg': a state's;
        # 'Vice-Presidents': a deputy's title, no place named Vice
    hyphens = list(_WORD_HYPHEN.finditer(name))
    for hyphen in hyphens:
        if is_place(joined := name[: hyphen.start()] + name[hyphen.end() :]):
            return joined
    for hyphen in reversed(hyphens):
        if is_place(first := name[: hyphen.start()]):
            return first
    return ""


# A hyphen between a name's words: after a letter, or after a vowel sign or mark of South
# Asia's scripts (`SOUTH_ASIAN_MARKS`: 'सांगली-मिरज').
_WORD_HYPHEN = re.compile(rf"(?:(?<=[^\W\d_])|(?<=[{SOUTH_ASIAN_MARKS}]))-(?=[^\W\d_])")


def is_form_alone(text: str) -> bool:
    """Whether a text is a government's form that follows a name, and no name ('Council',
    'City Council', 'Kommune'): a line the copy cut from the name before it."""
    return _FORM_ALONE.match(text.strip()) is not None


def named_with_form_after(text: str) -> bool:
    """Whether a line's first field, a name, ends in its government's form ('Cork City
    Council', 'Esbjerg Kommune, Denmark'), its name in another language a slash or a dash
    parts from it aside ('Cork City Council / Comhairle Cathrach Chorcaí'), a table's next
    fields after a middle dot or bar ('Umeå kommun · 130 000 · 2019') or a bracket of figures
    after it ('भंडारा नगर परिषद (२०२२)', the year it joined) too; not a title before a comma ('Chair,
    Water Council')."""
    first = _DASH.split(text.partition(" / ")[0], maxsplit=1)[0].partition(",")[0]
    first = _NOTE_SEPARATOR.split(first, maxsplit=1)[0]  # a table's row: 'X kommune · 2019'
    return _FORM_AFTER.search(_BRACKET_AT_END.sub("", first.strip())) is not None


_BRACKET_AT_END = re.compile(
    r"\s+\(\d[\d\W]*\)$"
)  # figures alone: '(2019)', '(२०२२)'; not '(Muğla)'


def one_body_of_places(parts: Sequence[str]) -> bool:
    """Whether the names an 'and' parts are one body's, named for the places it governs
    together: one form of government for them all, after the last ('Brighton & Hove City
    Council', 'Windsor and Maidenhead Borough Council'); not a form each ('Lowestoft Town
    Council and Margate Town Council'), none ('Lodi e Mantova'), nor one before the first
    ('City of Vienna and Warsaw City Hall'), nor items with brackets of their own."""
    if len(parts) < 2 or any("(" in p or not _name_like(strip_form(p)) for p in parts):
        return False
    formed = [p != strip_form(p) for p in parts]
    return formed[-1] and not any(formed[:-1]) and _FORM_AFTER.search(parts[-1]) is not None


_CITY_AND_COUNTY = re.compile(r"\scity(?: and)? county(?:\s+council)?$", re.IGNORECASE)
# A council named for a city first and the districts joined to it ('Derry City and Strabane
# District Council', 'Armagh City, Banbridge and Craigavon Borough Council', Northern
# Ireland's since 2015) governs them as one, named for its city: the city's, as 'Limerick
# City and County Council' is Limerick's.
_CITY_AND_AREA = re.compile(r"^(?P<city>\S.*?)\s+city\s*(?:,|&|\band\b)\s.*\bcouncil$", re.I)


# Bodies that scripts without spaces name in one word, their form glued to the place's
# name, and their kind: a Chinese county ('屏東縣', '昆山县': 縣, 县 after a name of two to
# four characters, not 'X縣市', counties and cities), a Thai provincial administrative
# organisation ('องค์การบริหารส่วนจังหวัดเลย', the province of Loei's, before its name).
_GLUED_BODIES = (
    ("county", re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,4})[縣县]$")),
    ("province", re.compile(r"^องค์การบริหารส่วนจังหวัด(?P<place>[\u0e00-\u0e7f]{2,})$")),
    # a Japanese prefecture ('静岡県', its capital 静岡市), a Chinese province ('福建省'), a
    # Korean province ('충청북도', '강원특별자치도')
    ("region", re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,3})県$")),
    # and its other three forms after a name of two ('京都府', '東京都', '北海道'), not a
    # government's '政府' ('市政府')
    ("region", re.compile(r"^(?P<place>[\u4e00-\u9fff]{2})(?<!政)[府都道]$")),
    ("province", re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,3})省$")),
    ("province", re.compile(r"^(?P<place>[\uac00-\ud7a3]{2,4}?)(?:특별자치도|[남북]?도)$")),
)


def _glued_body(word: str) -> tuple[str, str] | None:
    """The kind of body one word names with its form glued to its place's name, and the
    place (`_GLUED_BODIES`: '屏東縣' a county, 屏東's); None for any other word. Each form
    is written in its script, never in ASCII: an ASCII word (most of a list's names, each
    asked) is none, with no pattern tried."""
    if word.isascii():
        return None
    found = ((kind, body.match(word)) for kind, body in _GLUED_BODIES)
    return next(((kind, match["place"]) for kind, match in found if match), None)


def korean_province(word: str) -> str | None:
    """The place a Korean province's word names, its form glued after it ('강원특별자치도'
    강원's, '충청남도' 충청's: `_GLUED_BODIES`); None for any other word, and for a town's
    word with the particle '도' (also) after it ('원주시도')."""
    glued = _glued_body(word)
    if glued is None or glued[0] != "province" or not "\uac00" <= word[0] <= "\ud7a3":
        return None
    return None if glued[1].endswith(("시", "군", "구")) else glued[1]


def _glued_body_kind(word: str) -> str:
    """The kind of body one word names with its form glued to it (`_glued_body`); ''
    for any other word."""
    glued = _glued_body(word)
    return glued[0] if glued else ""


@lru_cache(maxsize=1 << 15)  # asked of each entry's name three times or more
def body_kind(name: str) -> str:
    """The kind of body a name names where it is not a city ('Region Hannover': 'region',
    'Città metropolitana di Bari': 'metropolitan area', 'Landkreis Konstanz': 'county'), by
    the words it starts or ends with, after a government's words ('Serikali ya Kaunti ya
    Kisumu': 'county'); '' for a city."""
    value = _ABBREVIATION_AFTER.sub("", _governed(clean(name)))
    if len(value.split()) < 2 and "-" not in value and not value.lower().endswith("regionen"):
        return _glued_body_kind(value)  # 'Region' alone is a word; a body names its place
    if _CITY_AND_COUNTY.search(value) or _CITY_AND_AREA.match(value):
        return ""  # 'Limerick City and County Council' governs the city and its county as
        # one: the city's, as 'City and County of Denver' is Denver's, 'Nairobi City County'
        # Nairobi's
    tail = max(0, len(value) - _BODY_TAIL)  # the last words: a sentence is not searched through
    return next(
        (k for k, first, last in _BODIES if first.match(value) or last.search(value, tail)), ""
    )


# An East Slavic oblast named in the genitive after its head's title, as a signer's role
# names it ('губернатор Ленинградской области', Ukrainian 'голова Львівської обласної
# ради'... 'Львівської області', Belarusian 'Мінскай вобласці'): its adjective's and noun's
# genitive endings, and their nominative's.
_OBLAST_GENITIVE = re.compile(
    r"(?:^|\s)(?P<adjective>[А-ЯІЇЄЁЎ][^\W\d_]+)(?P<ending>ой|ої|ай)\s+"
    r"(?P<noun>области|області|вобласці|областной думы|обласної ради)$"
)
_OBLAST_NOMINATIVE = {
    "ой": "ая", "ої": "а", "ай": "ая",
    "области": "область", "області": "область", "вобласці": "вобласць",
    # an oblast's council: Ukrainian 'обласна рада', Russian 'областная дума'
    "обласної ради": "обласна рада", "областной думы": "областная дума",
}  # fmt: skip


def oblast_named(text: str) -> str:
    """The oblast a text ends in, named in the genitive after a title in lower case, in its
    nominative: 'губернатор Ленинградской области' -> 'Ленинградская область' (a region, not
    the city Ленинград its adjective names), its council too ('голова Волинської обласної
    ради' -> 'Волинська обласна рада'); '' where the text ends in none, or names a
    town before it ('город Омск Омской области')."""
    if "бласц" not in text and "бласт" not in text and "бласн" not in text:
        return ""  # a cheap test first: most texts name no oblast
    value = clean(text)
    named = _OBLAST_GENITIVE.search(value)
    if named is None:
        return ""
    title = value[: named.start("adjective")].rpartition(",")[2].split()
    if not title or not all(word.islower() for word in title):
        return ""  # 'городской округ город Омск Омской области': Omsk's, in its oblast
    nominative = _OBLAST_NOMINATIVE
    return f"{named['adjective']}{nominative[named['ending']]} {nominative[named['noun']]}"


# A region's or county's body named in the genitive after its head's title, as the
# signers' roles of Central and Eastern Europe name it, with its nominative: Czech and
# Slovak 'hejtman Jihočeského kraje', 'predseda Prešovského kraja' (a region, not a town
# its adjective names); Polish 'Starosta Powiatu Tatrzańskiego', 'Marszałek Województwa
# Opolskiego'.
# A Latin capital, those with a caron or a stroke too ('Žilinského', 'Łódzkiego'), which
# Latin Extended-A interleaves with their small letters.
_CAPITAL = "[" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper()) + "]"
_BODY_GENITIVES = (
    (re.compile(rf"(?<!\S)(?P<noun>[Pp]owiat)u\s+(?P<adjective>{_CAPITAL}[^\W\d_]+?)(?P<soft>i?)ego(?!\w)"),
     r"\g<noun> \g<adjective>y", r"\g<noun> \g<adjective>i"),
    (re.compile(rf"(?<!\S)(?P<noun>[Ww]ojew[óo]dztw)a\s+(?P<adjective>{_CAPITAL}[^\W\d_]+?)(?P<soft>i?)ego(?!\w)"),
     r"\g<noun>o \g<adjective>e", r"\g<noun>o \g<adjective>ie"),
    # Romanian: a county's council after its head's title, the county's name as it is
    # ('Președintele Consiliului Județean Satu Mare' -> 'Consiliul Județean Satu Mare')
    (re.compile(rf"(?<!\S)(?P<noun>[Cc]onsiliul)ui\s+(?P<adjective>[Jj]ude[țţ]ean)\s+"
                rf"(?P<place>{_CAPITAL}[^\W\d_]+(?:-{_CAPITAL}[^\W\d_]+|\s+{_CAPITAL}[^\W\d_]+)?)"),
     r"\g<noun> \g<adjective> \g<place>", r"\g<noun> \g<adjective> \g<place>"),
)  # fmt: skip
_BODY_GENITIVE_HINT = re.compile(r"kraj[ea]|owiatu|ojew[óo]dztwa|onsiliului|ра[йё]")
# An East Slavic district ('район', Belarusian 'раён') or its executive body named in the
# genitive after its adjective, as its head's title names it: Russian 'глава Лидского
# района', 'председатель Лидского райисполкома'; Ukrainian 'голова Бучанської районної
# ради', 'Бучанського району'; Belarusian 'старшыня Лідскага райвыканкама' (the district's
# executive committee) -> 'Лидский район', 'Бучанський район', 'Лідскі раён': a district,
# not the town its adjective names.
_DISTRICT_GENITIVE = re.compile(
    r"(?<!\S)(?P<adjective>[А-ЯІЇЄЁЎ][^\W\d_]+?(?:ськ|ск|цьк|цк))(?P<ending>ого|ої|ой|ага)\s+"
    r"(?:района|райисполкома|районной\s+администрации|району|райради|райдержадміністрації|"
    r"районної\s+(?:ради|(?:державної\s+)?адміністрації)|"
    r"раёна|райвыканкама|раённага\s+(?:выканаўчага\s+камітэта|савета))(?!\w)"
)
_DISTRICT_NOMINATIVE = {"ого": "ий район", "ої": "ий район", "ой": "ий район", "ага": "і раён"}


def _district_in_genitive(text: str) -> tuple[str, int, int] | None:
    """An East Slavic district a text names in the genitive (`_DISTRICT_GENITIVE`), in its
    nominative: 'старшыня Лідскага райвыканкама' -> 'Лідскі раён'; None where it names none."""
    named = _DISTRICT_GENITIVE.search(text)
    if named is None:
        return None
    district = named["adjective"] + _DISTRICT_NOMINATIVE[named["ending"]]
    return district, named.start(), named.end()


# A Czech or Slovak region ('kraj') in the genitive: its adjectives' endings, a Slovak one
# short after a long syllable ('Trenčianskeho samosprávneho kraja'), and their nominative's.
_KRAJ_ENDING = r"(?:ého|eho|ího)(?!\w)"
_KRAJ_GENITIVE = re.compile(
    rf"(?<!\S)(?P<adjectives>{_CAPITAL}[^\W\d_]+?{_KRAJ_ENDING}(?:\s+[^\W\d_]+?{_KRAJ_ENDING})?)"
    rf"\s+kraj[ea](?!\w)"
)
_KRAJ_NOMINATIVE = {"ého": "ý", "eho": "y", "ího": "í"}


def _kraj_in_genitive(text: str) -> tuple[str, int, int] | None:
    """A Czech or Slovak region a text names in the genitive (`_KRAJ_GENITIVE`), in its
    nominative: 'hejtman Zlínského kraje' -> 'Zlínský kraj', 'predseda Nitrianskeho
    samosprávneho kraja' -> 'Nitriansky samosprávny kraj'; None where it names none."""
    named = _KRAJ_GENITIVE.search(text)
    if named is None:
        return None
    words = [word[:-3] + _KRAJ_NOMINATIVE[word[-3:]] for word in named["adjectives"].split()]
    return " ".join([*words, "kraj"]), named.start(), named.end()


def body_in_genitive(text: str) -> tuple[str, int, int] | None:
    """The body of a region or county a text names in the genitive (`_KRAJ_GENITIVE`,
    `_BODY_GENITIVES`), in its nominative, and where it is written: 'Jan Novák, hejtman
    Zlínského kraje' -> ('Zlínský kraj', 19, 34); None where the text names none."""
    if _BODY_GENITIVE_HINT.search(text) is None:
        return None  # a cheap test first: most texts name no such body
    if (kraj := _kraj_in_genitive(text)) is not None:
        return kraj
    if (district := _district_in_genitive(text)) is not None:
        return district
    for genitive, hard, soft in _BODY_GENITIVES:
        named = genitive.search(text)
        if named is not None:
            ending = soft if "ího" in named[0] or named.groupdict().get("soft") else hard
            return named.expand(ending), named.start(), named.end()
    return None


# Forms of local government whose level differs between countries: the kind each has in
# the countries named, where it is not the kind its words give elsewhere (`body_kind`);
# 'city' where it is a town's own government, read as the town it is named after.
_LEVELS_IN = (
    # Cameroon's 'communautés urbaines' govern its big cities (led by the 'maire de la
    # ville'), Mauritania's one (2001-2018) its capital, whose nine communes it joined
    # (its president called the 'maire de Nouakchott'); France's are unions of communes
    (r"communaut[ée] urbaine", {"CM": "city", "MR": "city"}),
    # Australia's councils, regional and district ones too, govern local government areas
    # named for their towns; New Zealand's district councils too, not its regional ones
    (r"regional council", {"AU": "city"}),
    (r"district council", {"AU": "city", "NZ": "city"}),
    # England's metropolitan districts and boroughs are unitary: their councils govern the
    # city or town they are named for ('City of Bradford Metropolitan District Council')
    (r"metropolitan (?:district|borough) council", {"GB": "city"}),
    # Uruguay's 'intendencias' govern its departments; Paraguay's 'Intendencia Municipal',
    # elsewhere, a town (Portuguese 'Intendência')
    (r"intend[eê]ncia(?: departamental)?", {"UY": "region"}),
    # Rwanda's districts (uturere) are its local governments, each named for its town
    # ('Huye District', 'District de Rubavu', 'Akarere ka Musanze')
    (r"district|akarere", {"RW": "city"}),
)  # fmt: skip
_LEVEL_FORMS = tuple(
    (
        re.compile(
            rf"^(?:the\s+)?(?:{form})\s+(?:(?:de la|de|del|du|of|ka)\s+|d['’]\s*)(?P<after>.+)$"
            rf"|^(?P<before>.+?)\s+(?:{form})$",
            re.IGNORECASE,
        ),
        levels,
    )
    for form, levels in _LEVELS_IN
)


def level_in(name: str, country: str) -> tuple[str, str] | None:
    """The kind of body a name names in a country where its form's level is that country's
    own (`_LEVELS_IN`), and the place it is named after: ('Communauté urbaine de Garoua',
    'CM') -> ('city', 'Garoua'), ('Intendencia de Canelones', 'UY') -> ('region',
    'Canelones'); None where the form is none of those, or has no level of its own there.
    The place is named without a form of its own ('City of Bradford Metropolitan District
    Council': 'Bradford')."""
    for named, levels in _level_forms(name):
        if country in levels:
            return levels[country], strip_form((named["after"] or named["before"]).strip())
    return None


def _level_forms(name: str) -> Iterator[tuple[re.Match[str], dict[str, str]]]:
    """The forms of `_LEVEL_FORMS` a name has, in their order, and their levels. Each form
    is words beside the place's name, parted by white space, which `clean` makes a space: a
    name of one word has none, and is asked no pattern (most of a list's towns)."""
    value = clean(name)
    if " " not in value:
        return
    for form, levels in _LEVEL_FORMS:
        named = form.match(value)
        if named is not None:
            yield named, levels


# A body named '<Level> Government of X' is the area named 'X <Level>': 'County Government
# of Uasin Gishu' is Uasin Gishu County.
_GOVERNMENT_OF = re.compile(
    r"^(?:the\s+)?(county|district)\s+(?:government|council|assembly)\s+of\s+(?:the\s+)?(.+)$",
    re.IGNORECASE,
)


# ... or 'X <Level> Government': 'Lagos State Government' is Lagos State.
_LEVEL_GOVERNMENT = re.compile(
    r"^(?:the\s+)?(.+?\s+(?:state|county|province|region))\s+government$", re.IGNORECASE
)


def area_name(name: str) -> str:
    """A body's name as its area's: 'County Government of Uasin Gishu' -> 'Uasin Gishu
    County', 'Ogun State Government' -> 'Ogun State'; any other name as it is."""
    value = clean(name)
    if (named := _GOVERNMENT_OF.match(value)) is not None:
        return f"{named[2]} {named[1].title()}"
    named = _LEVEL_GOVERNMENT.match(value)
    return named[1] if named is not None else name


def body_country(name: str) -> str:
    """The country a body's kind says it is in, where one country alone has such bodies
    ('Greater Manchester Combined Authority': GB, 'Landkreis Konstanz': DE); '' if none."""
    value = clean(name)
    return next((code for words, code in _BODY_COUNTRIES if words.search(value)), "")


def body_place(name: str) -> str:
    """The place a body's name holds: 'Métropole de Lyon' -> 'Lyon', 'Region Hannover' ->
    'Hannover', 'Sligo County Council' -> 'Sligo'; the name itself where no body word
    starts or ends it."""
    value = clean(name)
    if glued := _glued_body(value):
        return glued[1]  # '屏東縣' -> '屏東'
    place = _BODY_WORDS.sub("", value, count=1)
    if place == value:
        place = _BODY_WORDS_AFTER.sub("", value, count=1)
    return place or name


@lru_cache(maxsize=1 << 15)  # each reading of a list asks of the same names
def strip_form(name: str) -> str:
    """'City of Springfield' -> 'Springfield', 'Comune di Napoli' -> 'Napoli', 'Stadt Wien',
    'Hull City Council' -> 'Hull'."""
    if _SPACE.search(name) is None:
        return name  # every form, and every joint of two names, has a space after or before it
    stripped = _FORM_AFTER.sub("", _FORM.sub(_form_gone, name, count=1).strip(), count=1).strip()
    if stripped == name:
        stripped = _without_attribute(name)  # 'Südtiroler Gemeinde Mals': Mals
    parts = _JOINED.split(stripped)
    if len(parts) > 1 and (joined := _CITY_AND_AREA.match(name)):
        return joined["city"]  # 'Derry City & Strabane District Council': Derry
    if len(parts) == 2:  # 'Wyandotte County and Kansas City': a city's body and its county's
        wider = [body_kind(part) in _WIDER_KINDS for part in parts]
        if sum(wider) == 1:
            return strip_form(parts[wider.index(False)])
    return stripped or name


# French's article joined to 'de' after a body's form, the name's own article: 'Ville du
# Mans' is Le Mans's, 'Commune des Abymes' Les Abymes's.
_CONTRACTED_ARTICLES = {"du": "Le ", "des": "Les "}


def _form_gone(form: re.Match[str]) -> str:
    """What stands for a body's form cut from a name (`_FORM`): nothing, or the article its
    last word holds before a capitalised name ('Ville du Havre': 'Le ', 'Commune des
    Abymes'); not before a word and a lower-case one, a wider body's phrase ('Municipalité du
    Gouvernorat de Sfax': its governorate, named for the town), no name's article."""
    last = form[0].split()[-1]
    words = form.string[form.end() :].split()
    named = bool(words) and words[0][0].isupper() and not any(w[0].islower() for w in words[1:2])
    return _CONTRACTED_ARTICLES.get(last, "") if named else ""


_JOINED = re.compile(r"\s+(?:and|&|und|y|et|e|og|en)\s+")
_SPACE = re.compile(r"\s")
_WIDER_KINDS = frozenset({"county", "province", "region"})


@lru_cache(maxsize=1 << 12)  # a list's country fields: a few hundred names, each on many lines
def place_codes(text: str) -> tuple[str, str, tuple[str, ...]]:
    """`_written_codes`, and a distinguishing sign of vehicles' country after the others
    ('D' -> ('', 'D', ('AR', 'DE')): Argentina's San Luis or Germany), which the list
    decides (`is_vehicle_sign_only`)."""
    country, region, codes = _written_codes(text)
    sign = vehicle_sign_country(clean(text).rstrip("."))
    if sign is None or country or sign in codes:
        return country, region, codes
    return "", region or clean(text).rstrip("."), (*codes, sign)


# A region's status abbreviated in capitals before its name: Indonesian 'DI Yogyakarta'
# (Daerah Istimewa, special region), 'DKI Jakarta'.
_STATUS_BEFORE = re.compile(r"^[A-Z]{2,3}\s+(?=[A-Z][a-z])")


def _written_codes(text: str) -> tuple[str, str, tuple[str, ...]]:
    """What a country field may mean: (country as written, region as written, countries).

    'France' -> ('France', '', ('FR',)); 'IL' -> ('', 'IL', ('IL', 'US', 'RO')): a
    two-letter code may be a country or a state or province (Bologna is not in Bolivia), and
    the list decides; 'Ontario' -> ('', 'Ontario', ('CA',)); 'ES12,345Mitigation', a
    flattened table, -> ('', 'ES', ...); anything else -> ('', '', ()).
    """
    if press := press_abbreviation(clean(text)):  # 'Calif.', 'Ind.': no Gabon, no India
        return "", clean(text), tuple(dict.fromkeys(code for code, _ in press))
    value = clean(text).rstrip(".")
    if _CODE.fullmatch(value) and (is_iso_code(value) or find_country(value) is None):
        iso = find_country(value)
        subdivisions = [c for c, _ in subdivision_countries(value) if c != iso]
        return "", value, tuple([iso] if iso else []) + tuple(dict.fromkeys(subdivisions))
    if (code := find_country(value)) is not None:
        return value, "", (code,)
    head = _RUN_IN.split(value, maxsplit=1)[0]
    if head != value and len(head) >= 2:
        return _written_codes(head)
    named = subdivision_countries(value) or subdivision_countries(_STATUS_BEFORE.sub("", value))
    countries = tuple(dict.fromkeys(c for c, _ in named))
    return ("", value, countries) if countries else ("", "", ())


# Words that say a body signs by the person after them: Norwegian and Danish 'v/' (ved),
# 'represented by', German 'vertreten durch', French 'représenté(e) par', Italian
# 'rappresentato da', Spanish and Portuguese 'representado por', Dutch 'vertegenwoordigd
# door', Swedish 'genom' (through), Czech 'zastoupené', Polish 'reprezentowane przez', Thai
# 'โดย' (by).
_REPRESENTED_BY = re.compile(
    r",?\s+(?:v/|(?i:represented by|vertreten durch|repr[ée]sent[ée]e?s? par|rappresentat[oa] da|"
    r"representad[oa] por|vertegenwoordigd door|genom|zastoupen[ée]\w*|reprezentowan\w+ przez|"
    r"โดย)\s)"
)


def _country_after_dash(place: str) -> str:
    """A place named after a role, its country after a dash as a field after a comma:
    'Mayor of Lyon – France', 'رئيس بلدية صيدا – لبنان' (Sidon, Lebanon); as it is else."""
    dash = _DASH.search(place)
    if dash is None or find_country(place[dash.end() :].strip().rstrip(".")) is None:
        return place
    return f"{place[: dash.start()].strip()}, {place[dash.end() :].strip()}"


# A word of belonging inside a role's place, between a portfolio and its body: 'de
# Mobilitat del Consell Comarcal', "de Medi Ambient de l'Àrea Metropolitana", 'of the'.
_PORTFOLIOS_OF = re.compile(
    r"\s(?:of\s+the|de\s+la|de\s+les|del|dels|della|du|of|de|di)\s+(?:l['’])?|\sd['’]"
)


def _body_after_portfolio(place: str) -> str:
    """A role's place that names the signer's portfolio before its body ('Medi Ambient de
    l'Àrea Metropolitana de Barcelona', 'Movilidad de la Diputación de Jaén'): the first
    body by a word of belonging in it that names a body no town is (`body_kind`), the
    body; the place as it is otherwise ('Movilidad de Gijón')."""
    if body_kind(place):
        return place
    for of in _PORTFOLIOS_OF.finditer(place):
        rest = place[of.end() :]
        if rest[:1].isupper() and body_kind(rest):
            return rest
    return place


def _starts_name(word: str) -> bool:
    """Whether a word may start a name: a capital, or a letter of a script without case
    (Thai 'เทศบาลนครลำปาง', Arabic, Bengali), where no capital tells a name."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not cased(first))


def _place_part(line: str) -> tuple[str, bool]:
    """The part of a line that names the place, and whether the line names a person too:
    before words that say the person after them signs for it ('Alta kommune v/ordfører Tor
    Hamar', 'Stadt Jena vertreten durch Oberbürgermeister Thomas Nitzsche')."""
    by = _REPRESENTED_BY.search(line)
    if by is not None and any(_starts_name(w) for w in line[: by.start()].split()):
        return line[: by.start()].strip(), True
    role = _role_in(line)
    dash = _DASH.search(line)
    if role is not None and dash is not None and dash.end() <= role.start():
        left = line[: dash.start()].strip()  # 'Ville de Bruxelles – Karim El Amrani, échevin
        if _says_body(left) or _signer_after(line[dash.end() :]):  # de l'Instruction
            return left, True  # publique': the role is the person's, its portfolio no place
        if _ends_in_country(left):  # 'Riga, LV — A. Kalniņš, Chairman of the City Council':
            return left, True  # a place with its country, then its signer whatever the title
    if role is not None:  # 'Burgemeester van Apeldoorn: Sandra Kok': the person after a colon
        place = line[role.end() :].partition(": ")[0]  # and a field after a middle dot or bar
        place = _NOTE_SEPARATOR.split(place, maxsplit=1)[0]  # ('Mayor of X · Date: ...')
        return _country_after_dash(_body_after_portfolio(place)), True
    body, colon, signer = line.partition(": ")
    if colon and _body_alone(body) and _names_signer(signer):
        return body, True  # 'Pécs Megyei Jogú Város: Kovács Péter polgármester'
    if dash is not None:
        left, right = line[: dash.start()].strip(), line[dash.end() :].strip()
        if _FORM.fullmatch(f"{left} "):  # a body's form alone, then its second: 'Gmina –
            return _place_part(f"{left} {right}")  # Miasto Płock', 'Stadt – Landeshauptstadt
            # Dresden': one name, the town after both forms
        if (
            find_country(left) is not None
            and find_country(right.rstrip(".")) is None
            and not _is_column(right)  # 'Man — membre depuis 2019': a town, then a note
        ):
            return f"{right}, {left}", False  # 'Argentina – Rosario': the country first
        if _PERSON.match(right) is not None:  # 'Alcaldía de Medellín (Antioquia) – alcalde
            return left, True  # Andrés Gómez': a role starts the person after the place
        if _labelled_signer(right):  # 'بلدية صيدا – رئيس البلدية: السيد وليد الحجار'
            return left, True
        if _title_then_signer(right):  # 'Kota Bogor – Sekretaris Daerah atas nama Wali Kota,
            return left, True  # Budi Santoso': a title, its signer's name after a comma
        if "/" not in left and _titled_signer(_BRACKET_END.sub("", right)):  # a place or a
            return left, True  # body's name, then its signer: 'Urząd Miasta Gdańsk – Anna
            # Nowak, prezydent'; not a state's code after a slash ('Juiz de Fora/MG'), which
            # the fields' reader reads
        if _is_column(right):  # 'Comune di Bari – firmato il 6 maggio 2023': a date, a note
            return left, False
        if _country_bracket_end(left) and find_country(right.rstrip(".")) is None:
            return left, False  # 'Rosario (Argentina) – Red de Centros de Cuidado': a place
            # and its country, then what it did, a project's name
        if _FORM_AFTER.search(left) is not None:  # 'Cardiff Council – Cyngor Caerdydd',
            return left, False  # 'Harstad kommune – Hárstták suohkan': its other name
        if _other_name(left, right):  # 'Comune di Bolzano – Bozen', 'Grad Pula – Pola'
            return left, False
        if body_kind(left) and body_kind(right):  # one body above a town's, in two
            return left, False  # languages: 'Provincia di Bolzano – Provinz Bozen' (not
            # 'Județul Cluj – Municipiul Cluj-Napoca', a county and a town in it)
        if _says_body(left) and not _says_body(right):  # 'Prefeitura de Joinville – Bahia',
            return f"{left}, {right}", False  # 'Provincie Overijssel – gedeputeerde L. Peters'
        if _town_and_its_area(left, right):  # 'Anykščiai – Utenos apskritis'
            return f"{left}, {right}", False
        if _ends_in_country(left) and not _ends_in_country(right):
            return left, True  # 'Surabaya City Government, Indonesia – Head of Education
            # Office Dewi Lestari': a place and its country, then its signer whatever the title
        if find_country(right.rstrip(".")) is None:  # 'Name - City (BO)', not 'City - Country'
            return right, True
        return f"{left}, {right}", False
    return line, False


def _body_alone(text: str) -> bool:
    """Whether a text is a body's name by its form before or after it ('Comune di Prato',
    'Pécs Megyei Jogú Város') and nothing else: no note or label after a separator ('Comune
    di Prato · Referente')."""
    return (_says_body(text) or _FORM_AFTER.search(text) is not None) and not _NOTES.search(text)


def _names_signer(text: str) -> bool:
    """Whether a field names a signer: an honorific or a title before a name ('Dr. Anna
    Berg', 'Bürgermeister Jan Olsen'), a name and a title after a comma (`_signer_after`),
    or a name and its title in lower case after it, as Hungarian writes ('Kovács Péter
    polgármester'); no place's name, which has no title."""
    return _PERSON.match(text) is not None or _signer_after(text) or _name_then_title(text)


def _name_then_title(text: str) -> bool:
    """A person's name of two to four capitalised words, then one to three words in lower
    case, their title ('Kovács Péter polgármester', 'Tamm Mari linnapea')."""
    words = text.split()
    names = len(list(takewhile(lambda w: w[:1].isupper(), words)))
    title = words[names:]
    return (
        2 <= names <= MAX_PERSON_WORDS
        and 1 <= len(title) <= 3
        and all(w.isalpha() and w.islower() for w in title)
    )


def _town_and_its_area(left: str, right: str) -> bool:
    """Whether a dash parts a town from the body of the wider area it is in ('Anykščiai –
    Utenos apskritis', 'Bodø – Nordland fylkeskommune', 'Commune de Kati — Cercle de Kati'):
    the town is the entry, its area's body its region. The town is named by one word or by
    its body's form (a town's, not a wider one's); not by a person's name (two words or
    more) before the body they sign for."""
    if body_kind(right) not in _WIDER_KINDS:
        return False
    if _FORM.match(left) is not None:
        return not body_kind(left)
    words = left.split()
    return len(words) == 1 and words[0][:1].isupper() and not _says_body(left)


def _country_bracket_end(text: str) -> bool:
    """Whether a text ends in a bracket naming a country after a name ('Cuenca (Ecuador)')."""
    if not text.endswith(")"):
        return False
    opened = text.rfind("(")
    return opened > 0 and find_country(text[opened + 1 : -1]) is not None


def _ends_in_country(text: str) -> bool:
    """Whether a text's last field after a comma names a country ('Gunpo City, Republic of
    Korea'); a text without a comma does not."""
    head, comma, last = text.rpartition(",")
    return bool(comma and head.strip()) and find_country(last.strip().rstrip(".")) is not None


_BRACKET_END = re.compile(r"\s*\([^()]*\)$")  # '(STAN)', '(nez.)', '(KDU-ČSL)' after a title


def _titled_signer(text: str) -> bool:
    """A person's name of two to four capitalised words, a comma and their title: a known
    one, or one to three words in lower case ('Anna Nowak, prezydent', 'Jane Doe, Mayor',
    'Victor Ciobanu, primar general')."""
    name, comma, title = text.partition(",")
    words, title = name.split(), title.strip()
    return (
        bool(comma)
        and 2 <= len(words) <= MAX_PERSON_WORDS
        and all(w[:1].isupper() for w in words)
        and (is_title(title) or (title.islower() and 1 <= len(title.split()) <= 3))
    )


MAX_SIGNER_CAPACITY_WORDS = 8  # 'Sekretaris Daerah atas nama Wali Kota': a title for a title


def _title_then_signer(text: str) -> bool:
    """A signer's title, however long (one acting for another's: 'Secretary General on
    behalf of the Mayor', 'Sekretaris Daerah atas nama Wali Kota'), a comma and a person's
    name of two to four capitalised words, no figure: `_titled_signer` the other way round."""
    title, comma, name = text.rpartition(",")
    words = name.split()
    return (
        bool(comma)
        and 1 <= len(title.split()) <= MAX_SIGNER_CAPACITY_WORDS
        and _TITLE_IN.search(title) is not None
        and 2 <= len(words) <= MAX_PERSON_WORDS
        and all(w[:1].isupper() for w in words)
        and not has_digit(text)
    )


def _labelled_signer(text: str) -> bool:
    """Whether a field is a signer's title, a colon and their name ('Bürgermeisterin: Frau
    Elke Kahr', 'رئيس البلدية: السيد وليد الحجار', its head: Mr ...): a few words before
    the colon, two to five after it, none in lower case (a script without capitals has
    none), no figure; no region's or country's name, which is one or two words."""
    title, colon, name = text.partition(":")
    words = [w for w in name.split() if w not in PARTICLES]
    return (
        bool(colon)
        and 1 <= len(title.split()) <= MAX_SIGNER_TITLE_WORDS
        and 2 <= len(words) <= MAX_PERSON_WORDS + 1
        and not any(w[:1].islower() for w in words)
        and not has_digit(text)
    )


MAX_SIGNER_TITLE_WORDS = 4  # a signer's title before a colon: 'Stellvertretende Bürgermeisterin'


def _signer_after(text: str) -> bool:
    """Whether the text after a place's dash names its signer: an honorific first ('M.
    Georges Khoury, président du conseil municipal'), or a name and a title, a party's or a
    note's bracket after it ('Mgr. David Musil, starosta (STAN)', 'Eva Tichá, starostka
    (nez.)'): the title is the person's, no role of a place after it."""
    return _honorific(text) or _titled_signer(_BRACKET_END.sub("", text.strip()))


def without_honorifics(name: str) -> str:
    """A name without the honorifics and degrees before it, however many ('S.E. M. Ousmane
    Ndiaye', 'H.W. Amb. Peter Achieng', 'His Worship Dr. Daniel Rono' -> the name)."""
    while (honorific := _PERSON.match(name)) is not None and honorific.end() < len(name):
        name = name[honorific.end() :].lstrip()
    return name


def _honorific(text: str) -> bool:
    """Whether a text starts with a person's honorific, no title ('M. Georges Khoury,
    président du conseil municipal', not 'Mayor of Leeds')."""
    return _PERSON.match(text.strip()) is not None and _TITLE.match(text.strip()) is None


def _other_name(left: str, right: str) -> bool:
    """Whether the name after a dash is the place's in another language, after its body's
    name by a form ('Ayuntamiento de Bilbao – Bilbo', 'City of Cardiff – Caerdydd'): one
    or two capitalised words, no country's nor a state's or province's name."""
    words = right.rstrip(".").split()
    return (
        _FORM.match(left) is not None
        and 1 <= len(words) <= 2
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and find_country(right.rstrip(".")) is None
        and not subdivision_countries(right.rstrip("."))
    )


def _is_column(text: str) -> bool:
    """A field after a place that is no name: it starts in lower case or holds a figure
    ('signée le 4 février 2020', 'podepsáno 12. 4. 2023', 'namens deze: wethouder ...');
    not a name whose capital follows a prefix in lower case ('eThekwini Municipality',
    'uMhlathuze', as Zulu writes its place names: `_PREFIXED_NAME`)."""
    return (text[:1].islower() and not _PREFIXED_NAME.match(text)) or any(
        char.isdigit() for char in text
    )


_PREFIXED_NAME = re.compile(r"[^\W\d_]{1,3}(?<=[a-z])[A-Z][a-z]")


def _without_person(place: str) -> str:
    """A role's place without the person named after it and a comma: 'Bordeaux, Pierre
    Hurmic' -> 'Bordeaux', where the name (two to four capitalised words) gives no country,
    state or province, known or misspelt ('Springfield, Illinois', 'Porto, Portugual');
    a bracket after the name is the place's ('Bogor, Bima Prasetyo (Indonesia)')."""
    if place.endswith(")") and "(" in place:
        opened = _bracket_start(place)
        name = place[:opened].rstrip()
        return f"{_without_person(name)} {place[opened:]}" if "," in name else place
    head, comma, tail = place.rpartition(",")
    words = tail.split()
    if not comma or not head.strip() or not 2 <= len(words) <= 4:
        return place
    if not all(w[:1].isupper() and w.isalpha() for w in words) or place_codes(tail)[2]:
        return place
    return place if could_be_country(tail) else head.strip()


def _says_body(text: str) -> bool:
    """A form of government or a body's words start the text ('Gemeente Zwolle', 'Provincie
    Overijssel' before a dash and a person)."""
    return _FORM.match(text) is not None or bool(body_kind(text))


# `_ROLE_OF` written in lower case (its case-kept 'of the', 'DE LA' in any case; 'ı' and 'ſ',
# which IGNORECASE takes for 'i' and 's', as those), searched without IGNORECASE in an ASCII
# text's lower case: it finds whatever `_ROLE_OF` finds, and more ('Of The'), at least as far
# left, some twice as fast (the alternatives' first letters tried in C's fast path).
_ROLE_OF_LOWERED = re.compile(
    _ROLE_OF.pattern.replace("(?-i:of the|OF THE|de la|DE LA)", "(?:of the|de la)")
    .replace("ı", "i")
    .replace("ſ", "s")
)


@lru_cache(maxsize=1 << 15)
def _role_in(text: str) -> re.Match[str] | None:
    """Where a role ('Mayor of') is in an entry's text: searched once a text, though a
    line's shape, its entry and whether it says it names a place each ask (some 20 µs). An
    ASCII text is first searched in lower case (`_ROLE_OF_LOWERED`): where that finds none,
    neither does `_ROLE_OF` (most lines of a list, most fields); where it does, `_ROLE_OF`
    is searched from there, as no role of its starts further left."""
    start = 0
    if text.isascii():
        lowered = _ROLE_OF_LOWERED.search(text.lower())
        if lowered is None:
            return None
        start = lowered.start()
    role = _ROLE_OF.search(text, start)  # its look-behind sees the text before `start`
    while role is not None and _capital_preposition(role):
        role = _ROLE_OF.search(text, role.end())
    return role


def _capital_preposition(role: re.Match[str]) -> bool:
    """Whether a role's last word, its preposition, is in capitals while its title is not:
    an academic degree that starts the signer's name ('Bürgermeister DI Harald Reisinger',
    'Sindaco DOTT. Rossi'), no 'di' nor 'de' before a place."""
    *title, last = role.group().split()
    return len(last) > 1 and last.isupper() and not any(w.isupper() for w in title)


_ROLE_AT_END = re.compile(f"(?:{_ROLE_OF.pattern})$", re.IGNORECASE)
MAX_ROLE_CHARS = 60  # a role's words before its place: 'primátorka statutárního města '


def role_before(text: str) -> re.Match[str] | None:
    """A role that ends a text, right before the place it names ('Deklaraci podepsala
    primátorka statutárního města ', 'signed by the Mayor of '); None if none."""
    return _ROLE_AT_END.search(text, max(0, len(text) - MAX_ROLE_CHARS))


def read_entry(text: str, line: int) -> RawEntry | None:
    """One entry of a list line: a place, perhaps with country or code; None if not one.
    A body that is not a city keeps its whole name and its kind ('Landkreis Göttingen')."""
    if len(text) > CACHED_ENTRY_CHARS:
        return _with_kind(_read_entry(text, line))
    governed = _body_of_its_government(text, line) if "nkorm" in text else None
    return governed or _cached_entry(text, line) or _body_under_legal_form(text, line)


# Hungarian's 'its self-government' after a county's name, in the nominative or the
# accusative a sentence names a new member in: 'Zala Vármegye Önkormányzata(t)'.
_GOVERNMENT_AFTER_BODY = re.compile(r"\s+[öo]nkorm[áa]nyzat(?:a|át)$", re.IGNORECASE)


def _body_of_its_government(text: str, line: int) -> RawEntry | None:
    """The entry of a body named with its self-government after it (`_GOVERNMENT_AFTER_BODY`)
    as that body ('Zala Vármegye Önkormányzatát' -> Zala Vármegye, a county); None for any
    other text, and where the rest names a town, whose forms read it already ('Eger Megyei
    Jogú Város Önkormányzata')."""
    rest = _GOVERNMENT_AFTER_BODY.sub("", text, count=1)
    entry = _cached_entry(rest, line) if rest != text else None
    return replace(entry, written=text) if entry is not None and entry.kind != "city" else None


def governed_body(text: str) -> bool:
    """Whether a text names a body with its self-government after it, as `read_entry`
    reads it ('Zala Vármegye Önkormányzatát': the county)."""
    return "nkorm" in text and _body_of_its_government(text, 0) is not None


# The legal form an association of municipalities is registered under, before the name of
# the body it is: Romania's intercommunal development association ('Asociația de Dezvoltare
# Intercomunitară Zona Metropolitană Iași'), after a list's number or bullet if any.
_LEGAL_FORM_BEFORE_BODY = re.compile(
    r"^(?P<bullet>\W*(?:\d+[.)]\s+)?)asocia[țţ]ia\s+de\s+dezvoltare\s+intercomunitar[ăa]\s+(?=\S)",
    re.IGNORECASE,
)


def _body_under_legal_form(text: str, line: int) -> RawEntry | None:
    """The entry of a line naming a body under its legal form (`_LEGAL_FORM_BEFORE_BODY`)
    as the body its name after the form names ('Zona Metropolitană Iași', a metropolitan
    area); None for any other line, and where the rest names no body but a town."""
    rest = _LEGAL_FORM_BEFORE_BODY.sub(r"\g<bullet>", text, count=1)
    entry = _cached_entry(rest, line) if rest != text else None
    return replace(entry, written=text) if entry is not None and entry.kind != "city" else None


# The readers of a page (each shape, without the gazetteer and with it) read the same lines'
# entries again: each is read once, for texts up to this long.
CACHED_ENTRY_CHARS = 2 * MAX_ENTRY_CHARS


@lru_cache(maxsize=1 << 15)
def _cached_entry(text: str, line: int) -> RawEntry | None:
    return _with_kind(_read_entry(text, line))


# A state's or province's code after a place's name and a slash, at the end or before a
# comma: 'Castanhal/PA', 'Bolzano/BZ', 'Itacoatiara/AM, representando o prefeito'.
_SLASHED_CODE = re.compile(r"(?<=[^\W\d_])\s?/\s?([A-Z]{2,3})(?=\s*,|$)")


def _code_field(code: re.Match[str]) -> str:
    """A slashed code as the field it is: a bracket at the end ('Castanhal (PA)'), a field
    before a comma's others ('Dublin, CA, USA'; 'Itacoatiara, AM, representando o prefeito')."""
    return f", {code[1]}" if code.end() < len(code.string) else f" ({code[1]})"


def signed_for(body: str) -> str:
    """A line without the lead that says its body signs ('Por la Intendencia de Montevideo',
    'For Alta kommune', 'For Kárášjoga gielda / Karasjok kommune'), where a body's or a
    town's name by its form follows it (one of its names in several languages a slash
    parts, at least); the line as it is otherwise ('For Lund' may be a name)."""
    after = _SIGNING_FOR_AFTER.search(body)
    if after is not None and _by_body_or_form(body[: after.start()]):
        return body[: after.start()] + body[after.end() :]  # 'Pécs Megyei Jogú Város nevében'
    lead = _SIGNING_FOR.match(body) if body[:1] in _SIGNING_FOR_LETTERS else None
    if lead is None:
        return body
    rest = body[lead.end() :]
    if _names_a_body(rest):
        return rest
    names = rest.split(" / ")  # names alone, not a signer named Per and their fields
    alone = all(_ONE_NAME.fullmatch(n) for n in names)  # ('Per Harstad (FrP), ordfører')
    return rest if alone and any(_by_body_or_form(n) for n in names) else body


# The word after a body's name that says it signs, a postposition, before a colon and its
# signer or ending the line: Hungarian 'nevében' (in the name of: 'Pécs Megyei Jogú Város
# nevében'), 'képviseletében' (representing), Turkish 'adına' ('Bursa Büyükşehir Belediyesi
# adına').
_SIGNING_FOR_AFTER = re.compile(r"\s+(?:nevében|képviseletében|adına)(?=:\s|:?$)", re.IGNORECASE)


def _by_body_or_form(name: str) -> bool:
    """Whether a name is a body's (`_names_a_body`) or a place's with its form ('Alta
    kommune', 'Pécs Megyei Jogú Város')."""
    return _names_a_body(name) or strip_form(name) != name


_ONE_NAME = re.compile(r"[^,;:()\d]+")  # a name alone: no field, bracket or figure


def _names_a_body(name: str) -> bool:
    """Whether a name is a body's, of its kind anywhere (`body_kind`) or in some country
    (`names_a_levelled_body`)."""
    return bool(body_kind(name)) or names_a_levelled_body(name)


@lru_cache(maxsize=1 << 15)  # asked of each entry's name by each reader
def names_a_levelled_body(name: str) -> bool:
    """Whether a name is a body's of a form whose level some countries have as their own
    (`_LEVELS_IN`: 'Intendencia de Canelones', a department's in Uruguay), which says it
    names a place, though its kind waits for the country."""
    return bool(levelled_countries(name))


def levelled_town(name: str) -> str:
    """The place a body of a form whose level some countries have as their own is named
    after ('Intendencia de Salto': 'Salto'); '' for any other name."""
    named = next((m for m, _ in _level_forms(name)), None)
    return "" if named is None else strip_form((named["after"] or named["before"]).strip())


def levelled_countries(name: str) -> tuple[str, ...]:
    """The countries whose own level a body's form has (`_LEVELS_IN`: 'Intendencia de
    Canelones': Uruguay's); () for any other name."""
    return next((tuple(levels) for _, levels in _level_forms(name)), ())


def _read_entry(text: str, line: int) -> RawEntry | None:
    written = clean(text)
    body = _BULLET.sub("", written, count=1).strip()
    if not body or len(body) > MAX_ENTRY_CHARS:
        return None
    flag = _FLAG.match(body)
    if flag is not None:  # '🇨🇴 Medellín': the flag's letters are the country's ISO code
        entry = _read_entry(body[flag.end() :], line)
        code = "".join(chr(ord(char) - _FLAG_A + ord("A")) for char in flag.group(1))
        if entry is None or entry.country or entry.codes or find_country(code) is None:
            return entry and replace(entry, written=written)
        return replace(entry, written=written, region=code, codes=(code,))  # as "Accra, GH"
    body = without_acting_field(signed_for(body))
    place, person = _place_part(_without_notes(body))
    place = _without_stop(place)
    if person and _role_in(body) is not None:
        place = _without_person(place)  # 'Mayor of Bordeaux, Pierre Hurmic'
    elif person:
        place = without_head_title(place)  # 'Ada Kaya – Trabzon Belediye Başkanı'
    left, slash, right = place.partition(" / ")
    if slash:
        place = _slashed_place(left.strip(), right.strip())
    place = _SLASHED_CODE.sub(_code_field, place)  # 'Castanhal/PA' as 'Castanhal (PA)'
    if not any(char.isalpha() for char in place):
        return None  # 'to 40 UK members': a number is no place
    if _PERSON.match(place) is not None and _town_body_bracketed(place):
        place = place.rpartition(",")[2].strip()  # 'Shri A. Nair, Mayor, Pune Corporation (X)'
    elif (bracket := _person_bracket(place)) is not None:
        return _from_fields(written, bracket, line)  # 'Mayor Anne Smith (Bristol)'
    if (glossed := _glossed_entry(written, place, line)) is not None:
        return glossed  # '仁川広域市 (韓国) Incheon'
    if place.endswith(")") and "(" in place and not _country_in_brackets(place):
        opened = _bracket_start(place)
        name, inner = place[:opened].strip(), place[opened + 1 : -1]
        if name and not any(char.isalpha() for char in inner):  # a column: 'Tartu linn (2021)'
            return _from_fields(written, name, line)
        if _other_script(name, inner) and find_country(inner) is None:
            return _from_fields(written, place, line)  # 'Δήμος Αρταίων (Arta)': one name
        country, region, codes = place_codes(_QUANTIFIER.sub("", inner))
        town = _name(name)  # read once: each branch below asks for it
        if not codes and town and "," in inner and place_codes(inner.split(",")[-1])[2]:
            return _from_fields(written, f"{name}, {inner}", line) or _in_region_and_country(
                written, name, inner, line
            )  # 'Montréal (Québec, Canada)'
        if codes and town:
            return RawEntry(line, written, town, country, region, codes)
        if town and could_be_country(inner):  # 'Porto (Portugual)', 'Garoua (Camero'
            return RawEntry(line, written, town, clean(inner))
        # 'Tromsø (ordfører Kari Eide)', '仙台市（宮城県）'
        if town and (_about_a_person(inner) or SUBDIVISION_SUFFIX.search(inner)):
            return _from_fields(written, name, line)
    return _from_fields(written, place, line)  # or a qualifier: 'Selçuk (Ephesus), Turkey'


# A name, its country in a bracket, and the name spelled again after it: '仁川広域市 (韓国)
# Incheon', 'Орхус (Дания) Aarhus'.
_GLOSSED = re.compile(r"([^()]+?)\s*\(([^()]+)\)\s+([^()\d]+)")


def _glossed_entry(written: str, place: str, line: int) -> RawEntry | None:
    """A town's name in the page's script, its country in a bracket and its name in Latin
    letters after it ('仁川広域市 (韓国) Incheon', 'Орхус (Дания) Aarhus'): the Latin name in
    that country, as a reader who knows only Latin letters reads it; None for any other
    place ('Selçuk (Ephesus), Turkey')."""
    glossed = _GLOSSED.fullmatch(place) if place[-1:].isalpha() and ")" in place else None
    if glossed is None:
        return None
    name, inner, gloss = (clean(part) for part in glossed.groups())
    if is_latin(name) or not is_latin(gloss) or not gloss[:1].isupper():
        return None
    country, region, codes = place_codes(inner)
    return RawEntry(line, written, _name(gloss), country, region, codes) if codes else None


def _without_stop(place: str) -> str:
    """A place's text without the sentence's stop after it, but for an abbreviation's that
    ends it ('Tulsa, Okla.', 'Laval, Qué.')."""
    place = place.strip().rstrip(";").strip()
    last = place.rpartition(",")[2].strip()
    return place if press_abbreviation(last) else place.rstrip(".;").strip()


def _slashed_place(left: str, right: str) -> str:
    """The place two names a slash parts name: one place in two languages, the first
    ('Ville de Québec / Quebec City'); a place and its country ('Lyon / France'); a state or
    province, then a place in it ('Ankara / Çankaya Belediyesi', 'Bayern / Stadt Erlangen'),
    the place in its region, as 'Çankaya Belediyesi, Ankara' reads. Of a line in two
    languages, the half that reads as a place and its country where the first does not
    ('대한민국 전주시 / City of Jeonju, Republic of Korea': its country before the town, in
    one field)."""
    if find_country(right) is not None:
        return f"{left}, {right}"
    if _ends_in_country(right) and not _ends_in_country(left):
        return right
    if right[:1].isupper() and find_country(left) is None and subdivision_countries(left):
        return f"{right}, {left}"
    return left


def _in_region_and_country(written: str, name: str, inner: str, line: int) -> RawEntry | None:
    """A body's long name and a bracket of its region and country, as a bracket of its
    country alone is read ('Instituto para os Assuntos Municipais de Macau (RAE de Macau,
    China)'); None where the bracket's last field is no country's name."""
    region, _, last = inner.rpartition(",")
    country, _, codes = place_codes(last)
    if not country:
        return None
    return RawEntry(line, written, _name(name), country, clean(region), codes)


def _bracket_start(text: str) -> int:
    """Where the bracket that ends a text opens, brackets inside it aside: 'Kermanshah (Iran
    (Islamic Republic of))' is Kermanshah and a country's name as the UN writes it."""
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        depth += (text[at] == ")") - (text[at] == "(")
        if depth == 0:
            return at
    return text.rindex("(")


def _country_in_brackets(place: str) -> bool:
    """Whether a place's last field is one country's name, its form in a bracket as the UN
    writes it ('Tehran, Iran (Islamic Republic of)', 'Venezuela (República Bolivariana
    de)'), not a name and its country ('Lyon (France)')."""
    comma = place.rfind(",")
    if not 0 < comma < place.rindex("("):
        return False  # 'Meran (Südtirol, Italien)': the bracket's own fields
    return find_country(place[comma + 1 :].strip()) is not None


def _without_notes(body: str) -> str:
    """A line without the notes a middle dot, a bar or a semicolon parts from its name, as a
    dash does ('Oslo kommune · medlem siden 2016', 'Bilbao | joined 2019', 'Mestna občina
    Ptuj; od 2002'): parts in lower case or
    with a figure (`_is_column`), or a grade's letter ('Comune di Prato · B', a table's
    column of levels); 'Lyon (FR) · Graz (AT)' names two places and keeps both."""
    if "·" not in body and "|" not in body and "•" not in body and ";" not in body:
        return body
    first, *rest = _NOTES.split(body)
    if rest and first.strip() and all(_note(part.strip()) for part in rest):
        return first
    return body


_NOTE_SEPARATOR = re.compile(r"\s+[·|•]\s+")
# and a semicolon outside a bracket: 'Ptuj; od 1998', not 'Gdańsk (pop. 486,000; member ...)'
_NOTES = re.compile(rf"{_NOTE_SEPARATOR.pattern}|;\s+(?![^();]*\))")  # to the next ';' only
_GRADE = re.compile(r"[A-Z][+-]?")  # a level's letter in a table's column: 'A', 'B+'


def _note(part: str) -> bool:
    """A field after a name that is a note: `_is_column`'s, or a grade's letter alone."""
    return _is_column(part) or _GRADE.fullmatch(part) is not None


def _other_script(name: str, bracket: str) -> bool:
    """Whether a bracket is written in Latin letters after a name in another script, or
    the other way round: the name transliterated ('Δήμος Λαρισαίων (Larissa)', 'Київ
    (Kyiv)'), not its region nor a country it is near to ('Larissa' is no 'Latvia')."""
    return is_latin(name) != is_latin(bracket)


# A flag emoji: two regional indicator letters, which spell the country's ISO code.
_FLAG_A = 0x1F1E6
_FLAG = re.compile("([\U0001f1e6-\U0001f1ff]{2})\\s*")


# A word before a country in a bracket that several names share: 'Ghent and Leuven (both
# Belgium)', 'Lyon, Grenoble and Nantes (all in France)', in the corpus's languages.
_QUANTIFIER = re.compile(
    r"^(?:both|all|each|beide|alle|tous|toutes|deux|todos|todas|ambos|ambas|tutte|tutti|"
    r"entrambe|entrambi|beide|allebei|oba|obie|obaj|wszystkie|begge|båda|alla|molemmat|"
    r"kaikki)\s+(?:(?:in|en|em|au|aux|à|in der|im|w|v|i)\s+)?",
    re.IGNORECASE,
)


# A subdivision named with a suffix in a script without letter case: where a bracket after
# a place names its prefecture or province ('横浜市（神奈川県）', '杭州市（浙江省）',
# '수원시 (경기도)'), or where running text sets the region before its town ('전라남도 순천시').
SUBDIVISION_SUFFIX = re.compile(r"\w(?:県|府|都|道|省|州|도)$")


def _person_bracket(text: str) -> str | None:
    """The place after a person's title and name, in a bracket or after a party's bracket:
    'Mayor Anne Smith (Bristol)', 'Councillor Fiona MacLeod, Council Leader (Aberdeen)',
    'Prefeita Marina Duarte (PSB), de Niterói', 'Sindaca Maria Rossi (PD) – Bergamo'; None
    where the text is no such line, or names no place there ('Mayor Ana Ruiz (PSB)': a party
    in capitals, which may be a country's code)."""
    if _PERSON.match(text) is None:
        return None
    dash = _DASH.search(text)
    if text.endswith(")") and "(" in text:
        inner = clean(text[text.rindex("(") + 1 : -1])
    elif "," in text and "(" in text.rpartition(",")[0]:  # a party: 'Ana Ruiz (PSB), de X'
        inner = _PREPOSITION.sub("", clean(text.rpartition(",")[2]))
    elif dash is not None and "(" in text[: dash.start()]:  # 'Maria Rossi (PD) – Bergamo'
        inner = clean(text[dash.end() :])
    else:
        return None
    words = inner.split()
    if not words or len(words) > MAX_NAME_WORDS or inner.isupper():
        return None
    if not _name_like(inner) and _FORM.match(inner) is None:  # a body's: '(City of Graz)'
        return None
    return None if find_country(inner) else inner  # 'Freiburg im Breisgau' is a name too


def _town_body_bracketed(text: str) -> bool:
    """Whether a line's last field is a town's body named by its form and a bracket after it
    ('Greater Chennai Corporation (Tamil Nadu)', 'Bruhat Bengaluru Mahanagara Palike
    (Karnataka)', 'Municipal Corporation Shimla (Himachal Pradesh)'): the bracket is the
    body's state or province, the body's the place, not the bracket, as after a person."""
    field = text.rpartition(",")[2]
    if "," not in text or not field.endswith(")") or "(" not in field:
        return False
    body = clean(field[: field.rindex("(")])
    return strip_form(body) != body


def _about_a_person(bracket: str) -> bool:
    """A bracket after a place that names a person or a role, not a place: three words or
    more, or a word in lower case ('ordfører Kari Eide', 'Landrätin Petra Lorenz')."""
    words = clean(bracket).split()
    return len(words) >= 3 or any(w[:1].islower() and w not in PARTICLES for w in words)


def _from_fields(written: str, place: str, line: int) -> RawEntry | None:
    fields = _comma_fields(place)
    name = _without_subdivision(_name(fields[0]))
    if not name or (len(name.split()) > MAX_NAME_WORDS and not _long_body_name(name)):
        return None
    rest = fields[1:]
    readings = [place_codes(value) for value in rest]
    for i, (country, _, codes) in enumerate(readings):  # 'City, State, Country'
        if country:
            return RawEntry(line, written, name, country, ", ".join(rest[:i]), codes)
    for i, (_, region, codes) in enumerate(readings):  # 'City, IL' or 'Town, ES12,345...'
        if codes:
            return RawEntry(line, written, name, "", ", ".join([*rest[:i], region]), codes)
    bracketed = _read_entry(fields[0], line) if rest and fields[0].endswith(")") else None
    if bracketed is not None and bracketed.codes:  # 'Stad Gent (België), namens deze: ...':
        return replace(bracketed, written=written)  # columns after the bracket's country
    if rest:  # a country the page wrote wrongly, or cut: 'Porto, Portu'
        return RawEntry(line, written, name, clean(rest[-1]), ", ".join(rest[:-1]))
    return RawEntry(line, written, name)


# A town's subdivision in a bracket after it, named with its suffix: '三春町（福島県）',
# '安吉县 (浙江省)', '춘천시 (강원도)'.
_SUBDIVISION_BRACKET = re.compile(r"(\S.*?)\s*[(（]([^()（）]+)[)）]")


def _without_subdivision(name: str) -> str:
    """A town's name without the bracket after it that names its prefecture or province
    (`SUBDIVISION_SUFFIX`), as a reader drops it before the town's country: '三春町（福島県）,
    日本' is 三春町 in Japan."""
    if not name.endswith((")", "）")):
        return name
    bracket = _SUBDIVISION_BRACKET.fullmatch(name)
    if bracket is None or not SUBDIVISION_SUFFIX.search(bracket[2]):
        return name
    return bracket[1]


def _long_body_name(name: str) -> bool:
    """A body's name of more than MAX_NAME_WORDS words with its particles, its form's and
    its area's words MAX_NAME_WORDS at most without them ('Mancomunidad de Municipios de la
    Costa del Sol Occidental', 'Communauté de Communes du Pays de Gex'), no
    sentence: its particles make it long, not a clause."""
    words = [w for w in name.split() if w not in PARTICLES]
    return (
        len(words) <= MAX_NAME_WORDS
        and all(w[:1].isupper() for w in words)
        and bool(body_kind(name))
    )


def place_in_bracket(entry: RawEntry, is_place: PlaceNames) -> RawEntry:
    """The place in a bracket after a person's name ('Giorgio Ferri (Bergamo)', 'Anna
    Vogel (Münster)'): where the name before it, two to four capitalised words, is no place
    and the bracket, read as its region, is one; the entry as it was otherwise (a place and
    its region: 'Bergamo (Lombardia)')."""
    words = entry.city.split()
    unknown = entry.country and find_country(entry.country) is None  # no country: 'Pesaro'
    bracket = entry.country if unknown else "" if entry.country else entry.region
    if (
        not bracket
        or not 2 <= len(words) <= MAX_PERSON_WORDS
        or f"({bracket})" not in entry.written
    ):
        return entry
    if not _name_like(entry.city) or is_place(entry.city) or not is_place(bracket):
        return entry
    return replace(entry, city=bracket, country="", region="")


MAX_PERSON_WORDS = 4


def _comma_fields(place: str) -> list[str]:
    """A place's fields, split on commas outside brackets."""
    if "(" not in place and ")" not in place:
        return [value.strip() for value in place.split(",")]
    depth, fields, start = 0, [], 0
    for i, char in enumerate(place):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            fields.append(place[start:i].strip())
            start = i + 1
    fields.append(place[start:].strip())
    return fields


# A government's words before a body's, which name no level of their own: 'Pemerintah
# Kabupaten Sleman' (the regency's government), 'UBND tỉnh Bến Tre' (the province's people's
# committee), 'People's Committee of Quang Ninh Province', Swahili 'Serikali ya Kaunti ya
# Nyeri' (the government of), 'Gobierno de la Provincia de Mendoza', 'Government of the
# Region of X'.
_GOVERNMENT_BEFORE = re.compile(
    r"^(?:pemerintah|ủy ban nhân dân|ubnd|people['’]s committee of(?:\s+the)?|serikali ya|"
    r"gobierno de(?:\s+la)?|government of(?:\s+the)?)\s+",
    re.IGNORECASE,
)


# A body's abbreviation in a bracket after its name: 'Helsingin seudun ympäristöpalvelut
# -kuntayhtymä (HSY)', 'West Midlands Combined Authority (WMCA)'.
_ABBREVIATION_AFTER = re.compile(r"\s+\((?-i:[A-ZÀ-ÖØ-Þ]{2,8})\)$")


def _governed(name: str) -> str:
    """A name without the government's words before it (`_GOVERNMENT_BEFORE`), where the
    rest is one name, its place's words capitalised ('Serikali ya Kaunti ya Kisumu' ->
    'Kaunti ya Kisumu'); the name as it is where the rest goes on past a name ('Serikali ya
    Kaunti ya Kisumu na Jiji la Nakuru', a list's item of two)."""
    governed = _GOVERNMENT_BEFORE.sub("", name, count=1)
    return governed if governed != name and _name_like(body_place(governed)) else name


def without_government(name: str) -> str:
    """A body's name without the government's words before its kind's (`_governed`:
    'Pemerintah Provinsi Bali' -> 'Provinsi Bali'), where the rest names a body that is no
    city; the name as it is otherwise ('Pemerintah Kota Bogor', 'Government of Kenya')."""
    governed = _governed(name)
    return governed if body_kind(governed) else name


# Titles that follow the place whose head they name, with no word for 'of', the place in
# its plain form or a genitive that is the same ('Bodrum Belediye Başkanı', Turkish: the
# head of Bodrum's municipality; 'Tartu linnapea', Estonian; 'Pécs polgármestere',
# Hungarian), folded: a title `is_title` does not know, as it names no place after it.
TITLES_AFTER_PLACE = frozenset(
    {
        "baskani",  # Turkish: its head ('Belediye Başkanı', the mayor)
        "baskan",  # Turkish: its head before a deputy's word ('Başkan Vekili', 'Başkan Yardımcısı')
        "baskanvekili",  # Turkish: its deputy head
        "vekili",  # Turkish: a deputy after the head's title ('Başkan Vekili')
        "yardimcisi",  # Turkish: an assistant after the head's title ('Başkan Yardımcısı')
        "sekreteri",  # Turkish: a body's secretary ('Genel Sekreteri', its secretary general)
        "sekreter",  # Turkish: a secretary before an assistant's word ('Sekreter Yardımcısı')
        "genel",  # Turkish: general, before 'Sekreteri'
        "linnapea",  # Estonian: a town's mayor
        "abilinnapea",  # Estonian: a town's deputy mayor
        "vallavanem",  # Estonian: a parish's mayor
        "polgarmestere",  # Hungarian: its mayor
        "polgarmester",
        "alpolgarmestere",  # Hungarian: its deputy mayor
    }
)
# Titles after the place in their bare form, which a person's name takes after it too
# ('Szabó Péter polgármester', Hungarian: the mayor Péter Szabó; 'Mansur Başkan'), not
# the form that says whose head they are ('Győr polgármestere', 'Trabzon Belediye
# Başkanı'): no place's title where they end a line.
_PERSONS_TITLES = frozenset({"polgarmester", "baskan"})
# The words of a town's body before its head's title that follows the place ('Belediye
# Başkanı', the municipality's head; 'Büyükşehir Belediye Başkanı', the metropolitan
# municipality's), folded: no part of the place's name.
_BODY_BEFORE_HEAD = frozenset({"belediye", "belediyesi", "buyuksehir"})


def head_title_alone(line: str) -> bool:
    """Whether a line is a head's title alone, of those that follow their place
    (`TITLES_AFTER_PLACE`), with its body's words before it and no place ('Belediye
    Başkanı', 'Büyükşehir Belediye Başkan Vekili', 'Genel Sekreter Yardımcısı'): a signer's
    title on its own line under their name, as a signature block writes it."""
    words = [fold(word) for word in line.split()]
    return (
        bool(words)
        and words[-1] in TITLES_AFTER_PLACE
        and all(word in TITLES_AFTER_PLACE or word in _BODY_BEFORE_HEAD for word in words)
    )


def without_head_title(name: str) -> str:
    """A name without the title of its head that follows it (`TITLES_AFTER_PLACE`) and the
    body's words before that (`_BODY_BEFORE_HEAD`), as a signer's field writes it after
    their name ('Trabzon Büyükşehir Belediye Başkanı', 'Bornova Belediye Başkan
    Yardımcısı', 'Viljandi linnapea', 'Győr polgármestere'): the place; the name as it is
    where no such title ends it, or the title is all it is."""
    words = name.split()
    if not words or fold(words[-1]) in _PERSONS_TITLES:
        return name  # 'Szabó Péter polgármester': the person's title, no place's
    kept = len(words)
    while kept > 1 and fold(words[kept - 1]) in TITLES_AFTER_PLACE:
        kept -= 1
    if kept == len(words):
        return name
    while kept > 1 and fold(words[kept - 1]) in _BODY_BEFORE_HEAD:
        kept -= 1
    return " ".join(words[:kept])


def _name(text: str) -> str:
    value = _ARTICLE.sub("", clean(text).strip(" ,;:"), count=1)
    governed = without_government(value)
    if body_kind(governed):
        return governed
    town = clean(strip_form(value))
    # a town's form before a body's words governs the town the body is named for: 'أمانة
    # محافظة جدة' (the municipality of Jeddah governorate) is Jeddah's
    return body_place(town) if town != value and body_kind(town) else town


def _without_attribute(name: str) -> str:
    """A body's name less one capitalised word right before its form word ('Südtiroler
    Gemeinde Mals', 'Limburgse gemeente Venlo', 'Flemish City of Ghent'): the adjective of
    the region its town is in, no part of the town's name; the name as it is in any other
    shape ('Bad Hersfeld')."""
    first, _, rest = name.partition(" ")
    if not ((region_adjective(first) or _rank_adjective(first)) and _FORM.match(rest)):
        return name  # not 'Logo City of Ghent'
    if in_case_after_form(rest):
        return name  # 'Magistrát města Ostravy': a body's noun, its town in a case form
    town = strip_form(rest)
    return town if town != rest else name


# The endings of a region's adjective written with a capital before a body's form word:
# German 'Südtiroler', 'Kärntner'; Dutch 'Limburgse', 'Friese'; English 'Flemish',
# 'Bavarian', 'Piedmontese'.
_REGION_ADJECTIVE_ENDS = ("er", "se", "sche", "ish", "an", "ese")


# A town's legal rank, an adjective written with a capital before its form word: German
# 'Große Kreisstadt Lindau', 'Kreisfreie Stadt Jena', 'Freie Hansestadt Bremen' (the laws
# on municipalities of Bavaria, Baden-Württemberg, Saxony and the Länder), Dutch 'Vrije
# stad', Swedish 'Kungliga staden', English 'Royal Borough of Greenwich'.
_RANK_ADJECTIVES = frozenset(
    {"große", "grosse", "kreisfreie", "freie", "mittlere", "selbständige", "selbstständige",
     "vrije", "kungliga", "royal"}
)  # fmt: skip


def _rank_adjective(word: str) -> bool:
    """Whether a word is a town's rank written before its form (`_RANK_ADJECTIVES`)."""
    return word[:1].isupper() and word.lower() in _RANK_ADJECTIVES


def region_adjective(word: str) -> bool:
    """Whether a word may be a region's adjective, written with a capital and one of its
    endings (`_REGION_ADJECTIVE_ENDS`): 'Südtiroler', 'Limburgse', 'Flemish'."""
    return word[:1].isupper() and word.endswith(_REGION_ADJECTIVE_ENDS)


# An article in lower case before a capitalised name, which running text puts before a
# body ('la Métropole de Lyon', 'die Hansestadt Rostock', 'het Rijk van Nijmegen'); one
# written with a capital is part of the name ('Le Havre', 'Den Haag', 'El Paso').
_ARTICLE = re.compile(
    r"^(?:la|le|les|the|die|der|das|el|los|las|il|lo|gli|het|os)\s+(?=[^\W\d_])(?=[^a-zß-ÿ])"
    r"|^l['’](?=[^\W\d_])(?=[^a-zß-ÿ])"
)


def after_article(text: str) -> bool:
    """Whether a name starts with an article in lower case ('el Prat de Llobregat')."""
    return _ARTICLE.match(text) is not None


# A German body's masculine form in the genitive, as a title's 'des' puts it before the
# name ('Landrat des Kreises Lippe', 'Bürgermeister des Marktes Garmisch'): its nominative.
_FORM_IN_GENITIVE = re.compile(r"^((?:Land)?[Kk]reis|Bezirk|Markt)e?s\s+(?=[^\W\d_])")


# A Polish voivodeship in the genitive at a name's end, after its head's title ('Marszałek
# Województwa Lubuskiego', 'Wojewoda Województwa Łódzkiego'): its adjective ends in '-kiego'.
_VOIVODESHIP_IN_GENITIVE = re.compile(r"\b[Ww]ojew[óo]dztwa\s+([^\W\d_]+(?:-[^\W\d_]+)?k)iego$")


def _with_kind(entry: RawEntry | None) -> RawEntry | None:
    entry = entry and _headed_body(_form_after_comma(entry))
    if entry is not None and (form := _FORM_IN_GENITIVE.match(entry.city)) is not None:
        entry = replace(entry, city=form[1] + " " + entry.city[form.end() :])
    if entry is not None and (named := _VOIVODESHIP_IN_GENITIVE.search(entry.city)):
        entry = replace(entry, city=f"Województwo {named[1]}ie")  # 'Województwo Lubuskie'
    if entry is None or not (kind := body_kind(entry.city)):
        return entry
    city = _ABBREVIATION_AFTER.sub("", entry.city)  # the body's name, not its abbreviation
    return RawEntry(entry.line, entry.written, city, entry.country, entry.region,
                    entry.codes, entry.shared_bracket, kind)  # fmt: skip


# Titles that name the body their holder heads, not its town, before the place's name: by
# law an Italian 'sindaco metropolitano' heads the città metropolitana (legge 56/2014), a
# Norwegian 'fylkesordfører' the fylkeskommune, a German 'Landrat' the Landkreis.
_HEADS_OF_BODIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\b(?:vice)?sindac[oa] metropolitan[oa] d(?:i\s|')", re.I),
        "Città metropolitana di {}",
    ),
    (re.compile(r"\bfylkesordf(?:ø|o|ae?)rer i\s", re.I), "{} fylkeskommune"),
    (re.compile(r"\blandr(?:a|ä)t(?:in)? (?:von|für)\s", re.I), "Landkreis {}"),
    # a Greek region's governor and deputy ('Αντιπεριφερειάρχης Κρήτης'): the Περιφέρεια,
    # its place's name in the genitive as the role has it
    (re.compile(r"περιφερειάρχ(?:ης|ες)\s", re.I), "Περιφέρεια {}"),
    # an Indonesian regent heads the regency, named right after the title ('Bupati Sleman',
    # its deputy 'Wakil Bupati Sleman'); not a governor, whose 'Gubernur Bangkok' is a city's
    (re.compile(r"\bbupati\s", re.I), "Kabupaten {}"),
)
_HEAD_WORDS = re.compile(r"metropolitan|fylkesordf|landr|περιφερειάρχ|bupati", re.IGNORECASE)


def _headed_body(entry: RawEntry) -> RawEntry:
    """An entry whose title names the body it heads (`_HEADS_OF_BODIES`: 'Il Sindaco
    metropolitano di Firenze', 'Fylkesordfører i Vestland', 'Landrätin von Konstanz') named
    as that body ('Città metropolitana di Firenze'); any other entry as it is."""
    if _HEAD_WORDS.search(entry.written) is None or body_kind(entry.city):
        return entry
    for title, body in _HEADS_OF_BODIES:
        if title.search(entry.written) is not None:
            return replace(entry, city=body.format(entry.city))
    return entry


def _form_after_comma(entry: RawEntry) -> RawEntry:
    """An entry named as official registers order a name, its form after a comma ('Aachen,
    Stadt', 'Bristol, City of', 'Sevilla, Ayuntamiento de', 'Fürstenfeldbruck, Landkreis'),
    as the town's name ('Aachen'), or the body's in its usual order where the form makes
    it one ('Landkreis Fürstenfeldbruck'); any other entry as it is."""
    name, comma, form = entry.city.rpartition(",")
    if not comma:
        if not entry.country or entry.codes:
            return entry
        name, form = entry.city, entry.country  # no bracket after it: read as its country
    name, form = clean(name), clean(form)
    words = form.split()
    if not name or not words or (len(words) > 1 and not words[-1].islower()):
        return entry  # a form is a word, or ends in its 'of': 'Mayor of Leeds' is none
    doubled = fold(name).startswith(f"{fold(form)} ")  # 'Kanton Uri, Kanton': once
    named = name[len(form) :].strip() if doubled else name
    whole = f"{form} {named}"
    if body_kind(whole) and body_place(whole) == named:
        city = whole
    elif strip_form(whole) == named:
        city = named
    else:
        return entry
    return replace(entry, city=city, country=entry.country if comma else "")


def entry_is_complete(entry: RawEntry) -> bool:
    """Whether a copy that ends in this entry kept all of it (name and country or code)."""
    written = _BULLET.sub("", entry.written)
    if written.count("(") != written.count(")"):
        return False
    return not (entry.country and not entry.codes and country_prefix(entry.country))


HEADINGS_CACHED = 1 << 14  # lines: a 10,000-entry list's, a few MB at most


@lru_cache(maxsize=HEADINGS_CACHED)  # each list's readers ask it of each entry's line
def heading_country(text: str) -> str | None:
    """The country a line names alone, as a heading over its places ('Nederland',
    'Belgique :', with its places' count 'Mexico (2)', a code in capitals 'NL'); None for
    any other line."""
    name = clean(_COUNT_AFTER.sub("", text.rstrip(":"))).rstrip(" :")
    signing = _SIGNING_FOR.match(name) if name[:1] in _SIGNING_FOR_LETTERS else None
    if signing is not None and find_country(name[signing.end() :]):
        return name[signing.end() :]  # 'FOR THE REPUBLIC OF KENYA', 'Pour la République du Mali'
    if len(name) <= MAX_CODE_LETTERS and not name.isupper() and is_latin(name):
        return None  # a code is written in capitals: 'Bra', a town, is no BRA (Brazil)
    if name and find_country(name) is not None:
        return name
    if name.endswith(")") and (territory := _territory(name)):
        return territory  # 'MACAU (CHINA)', 'Puerto Rico (Estados Unidos)'
    return _province_country(name) if name != clean(text) else None


_TERRITORY = re.compile(r"^([^()]+?)\s*\(([^()]+)\)$")


def _territory(name: str) -> str | None:
    """A heading's country, a bracket after its name: its sovereign's, each a country of its
    own, in capitals as headings are ('HONG KONG (CHINE)', 'GROENLÂNDIA (DINAMARCA)': the
    territory's), or one of the country's own regions ('España (Cataluña)'); None
    otherwise, as for a town named like a country in its country's bracket ('Nederland
    (United States)', a town of Colorado) or its state's ('Mexico (Missouri)', 'Jordan
    (MN)')."""
    named = _TERRITORY.match(name)
    code = find_country(named[1]) if named is not None else None
    if named is None or code is None:
        return None
    region = named[2]  # by its name: a code of a few letters may be many countries' ('MN')
    if len(region) > MAX_CODE_LETTERS and code in (c for c, _ in subdivision_countries(region)):
        return named[1]
    if not name.isupper() or not find_country(named[2]):
        return None
    return named[1]


# Signing for a country, over its signers' blocks, or for a body ('Por la Intendencia de
# Montevideo'), in the corpus's languages; the letters its words start with, a cheap test
# first.
_SIGNING_FOR_LETTERS = frozenset("FfPpVvOoAaEeΓγعبناבע")
_SIGNING_FOR = re.compile(
    r"(?:for and on behalf of|for|pour|por|para|per|für|voor|on behalf of|au nom d[eu]|"
    r"en nombre d[e]|em nome d[aeo]|a nome d[ei]l?|pentru|"
    r"για(?=\s+(?:τον|την|το|τη)\s)|"  # Greek 'Για τον Δήμο X', its article after it
    # with its article in one word: Catalan 'pel' (per el), Portuguese 'pela', 'pelo'
    r"pel|pela|pelo|"
    + _UNCASED_SIGNING_FOR
    + r")\s+(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+|die\s+|de\s+|sa\s+|"
    r"il\s+|a\s+|o\s+|"
    r"den\s+|das\s+|het\s+|lo\s+|les\s+|los\s+|las\s+|"  # an article's other cases
    r"τον\s+|την\s+|το\s+|τη\s+)?",  # Greek's: 'Για την Περιφέρεια X'
    re.IGNORECASE,
)


def _province_country(name: str) -> str | None:
    """The country of a province or region a group's heading names with its count or a
    colon ('Provincie Antwerpen (14)', 'Región de Murcia:'), where one country alone has
    a subdivision of that name; None otherwise."""
    if body_kind(name) not in ("province", "region"):
        return None
    countries = {code for code, _ in subdivision_countries(body_place(name))}
    return countries.pop() if len(countries) == 1 else None


MAX_CODE_LETTERS = 3

# The nouns of institutions that join networks beside towns (universities, institutes,
# academies, agencies, foundations, a ministry's department), folded, in the languages of
# the corpus: a name with one is an institution's, not a town's, where no gazetteer knows
# the whole name as a place ('College Station', 'University Park' are places).
INSTITUTION_WORDS = frozenset(
    "institute institut instituto istituto instytut university universidad universitat "
    "universite universita universidade uniwersytet universiteit college academy academie "
    "akademie academia accademia akademia agency agence agencia agenzia agentur agencja "
    "foundation fondation fundacion fundacao fondazione stiftung stichting fundacja "
    # universities, institutes, foundations and the Red Cross in the languages of central,
    # northern and south-eastern Europe: Hungarian 'Semmelweis Egyetem', 'Magyar
    # Vöröskereszt ... Szervezete', Czech 'univerzita', Finnish 'yliopisto', Swedish
    # 'universitet', Croatian 'sveučilište', Romanian 'universitatea', Turkish 'üniversitesi'
    "egyetem egyeteme intezet intezete alapitvany voroskereszt univerzita univerzitet "
    "yliopisto saatio universitet stiftelse sveuciliste zaklada universitatea fundatia "
    "institutul universitesi vakfi universitetas universitate ulikool "
    # associations (of local governments, among their members); not banks, as towns bear
    # the word ('El Banco', Colombia)
    "association associacao asociacion associazione".split()
)


def is_world_region(text: str) -> bool:
    """Whether a line names only a continent or world region ('Latin America', 'South and
    West Asia', 'Europe (12)'), or says its group is abroad (`_ABROAD`: 'Estero', 'Andere
    landen'): a heading, never a place of the list. In a language whose other words we
    lack, a continent's word (alone or ending a compound: 'Lateinamerika') in a line
    written as a name will do ('América Latina y el Caribe', 'Asia-Pacífico',
    'América do Sul'), unless it is a country's name ('South Africa' is a heading as a
    country) or has a comma, a sentence's stop or another separator."""
    name = _COUNT_AFTER.sub("", text)
    words = fold(name).split()
    if name[:1].isupper() and (
        (len(words) == 1 and words[0] in _ABROAD) or _OTHER_COUNTRIES.fullmatch(name.strip())
    ):
        return True  # 'Estero', 'Ausland (4)', 'Andere landen': members abroad
    if _compass_region(name, words):
        return True  # 'Região Norte', 'Regione Nord-Ovest': a country's part, no place
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and text[:1].isupper()
        and _continent_in(words)
        and (
            all(w in _WORLD_REGION_WORDS for w in words)
            or (
                _NOT_IN_A_NAME.search(name) is None
                and all(w[:1].isupper() or len(w) <= 3 for w in name.split())
                and find_country(name) is None
            )
        )
    )


def _compass_region(name: str, words: list[str]) -> bool:
    """Whether a line names a country's region by its compass point only: a word for
    'region' and compass words ('Região Centro-Oeste', 'Región Sur', 'Northern Region');
    `words` its folded words (a hyphen folds as a space)."""
    return (
        name[:1].isupper()
        and 2 <= len(words) <= MAX_COMPASS_WORDS
        and (words[0] in _REGION_WORDS or words[-1] in _REGION_WORDS)
        and all(w in _REGION_WORDS or w in COMPASS_WORDS for w in words)
        and not all(w in _REGION_WORDS for w in words)
    )


MAX_COMPASS_WORDS = 4
_REGION_WORDS = frozenset("region regiao regione regio regionen zona zone".split())
# Indonesian and Malay: 'utara' (north), 'selatan' (south), 'timur' (east), 'barat'
# (west), 'tengah' (central), as in 'Jakarta Selatan', 'Tangerang Selatan'.
COMPASS_WORDS = frozenset(
    "north south east west central northern southern eastern western northeast northwest "
    "southeast southwest nord sud est ouest ovest centre centro norte sur sul este leste oeste "
    "nordeste noroeste sudeste sudoeste nordest nordovest sudest sudovest noord zuid oost "
    "midden nordre sondre ostre vestre utara selatan timur barat tengah".split()
)


_NOT_IN_A_NAME = re.compile(r"[^\w\s'’&-]")  # a comma, a stop, a separator: more than a name
MIN_COMPOUND_CONTINENT = 5  # 'Südostasien' ends in 'asien'; 'Anastasia' is no region


_COMPOUND_ENDS = tuple(w for w in _CONTINENT_WORDS if len(w) >= MIN_COMPOUND_CONTINENT)


def _continent_in(words: list[str]) -> bool:
    """A continent's word among a folded line's words: one of them, or a compound's end
    ('lateinamerika'). Each word asked in C (a set, `str.endswith` of a tuple): a search of
    the line tried each of the words at each of its characters, some 10 µs a line, and each
    line of a list is asked."""
    return any(
        w in _CONTINENT_WORDS or (w.endswith(_COMPOUND_ENDS) and _compound(w)) for w in words
    )


MIN_COMPOUND_STEM = 3  # 'Ost|asien', 'Nord|afrika'; 'L|orient' is a town's name, no region


def _compound(word: str) -> bool:
    """Whether a folded word ending in a continent's word has a stem of MIN_COMPOUND_STEM
    letters or more before it ('lateinamerika'), not an article's letter ('lorient')."""
    return any(
        len(word) - len(end) >= MIN_COMPOUND_STEM for end in _COMPOUND_ENDS if word.endswith(end)
    )


def _name_like(name: str) -> bool:
    """Every word capitalised, or a particle of a name ('Rio de Janeiro'), as names are; a
    word with a one-letter prefix in lower case before its capital ('eThekwini',
    'uMhlathuze': Zulu's locative and class prefixes) is capitalised."""
    return all(not w[:1].islower() or w[1:2].isupper() or w in PARTICLES for w in name.split())


def could_be_country(text: str) -> bool:
    """A country misspelt ('Germny') or cut off ('Portu'), as far as can be told."""
    value = clean(text)
    if not (2 <= len(value) <= 40) or any(ch.isdigit() for ch in value):
        return False
    return country_prefix(value) or bool(suggest_countries(value, limit=1))


def _confirmed(entry: RawEntry, is_place: PlaceNames) -> bool:
    """The page gives a country (perhaps misspelt), the name is a known place, or a body
    naming one ('Provincia di Cuneo') or of a kind one country alone has ('Greater
    Manchester Combined Authority', `body_country`)."""
    if entry.kind != "city":
        if entry.codes or entry.country or body_country(entry.city):
            return True
        return is_place(body_place(entry.city))
    return bool(entry.codes or entry.country) or is_place(entry.city)


def _names_subdivision(place: str) -> bool:
    """Whether a body's place is a state's, province's or region's name (ISO 3166-2), not
    a code ('OV') nor the press's abbreviation ('Calif.')."""
    return (
        len(place) > MAX_SUBDIVISION_CODE
        and "." not in place
        and bool(subdivision_countries(place))
    )


def names_a_subdivision(entry: RawEntry) -> bool:
    """Whether an entry is a wider body whose words stand before a known state's,
    province's or region's name, which no gazetteer of towns has ('Provincie Overijssel',
    'Région Occitanie'); not a name the body's words end ('Utenos apskritis', which may be
    a town's county after it), nor a code ('Region OV')."""
    if entry.kind not in _WIDER_KINDS:
        return False
    place = body_place(entry.city)
    return place != entry.city and _names_subdivision(place)


MAX_SUBDIVISION_CODE = 3  # 'NH', 'OCC': a code of ISO 3166-2 has up to three characters


# A Turkic unit's executive body after the unit's word, and that word as the unit's own
# name ends in it: Kazakh 'Маңғыстау облысының әкімдігі' (the oblast's akimat) is
# 'Маңғыстау облысы', Azerbaijani 'Quba rayon icra hakimiyyəti' (the district's executive
# power) 'Quba rayonu', Uzbek 'Samarqand viloyati hokimligi' 'Samarqand viloyati'.
_UNITS_OF_EXECUTIVES = {
    "облысының әкімдігі": "облысы", "қаласының әкімдігі": "қаласы",
    "ауданының әкімдігі": "ауданы", "rayon icra hakimiyyəti": "rayonu",
    "şəhər icra hakimiyyəti": "şəhəri", "viloyati hokimligi": "viloyati",
    "tumani hokimligi": "tumani", "shahri hokimligi": "shahri",
    # Turkmen: 'Ahal welaýatynyň häkimligi' (the province's administration) 'Ahal welaýaty'
    "welaýatynyň häkimligi": "welaýaty", "welaýat häkimligi": "welaýaty",
    "etrabynyň häkimligi": "etraby", "etrap häkimligi": "etraby",
    "şäheriniň häkimligi": "şäheri", "şäher häkimligi": "şäheri",
}  # fmt: skip
_EXECUTIVE_AFTER_UNIT = re.compile(rf"(?<=\w)\s+({'|'.join(_UNITS_OF_EXECUTIVES)})$", re.IGNORECASE)


def unit_of_executive(entry: RawEntry) -> RawEntry:
    """An entry of a Turkic unit's executive body named as the unit its body governs
    (`_UNITS_OF_EXECUTIVES`); the entry itself otherwise."""
    executive = _EXECUTIVE_AFTER_UNIT.search(entry.city)
    if executive is None:
        return entry
    unit = _UNITS_OF_EXECUTIVES[executive[1].lower()]
    return replace(entry, city=f"{entry.city[: executive.start()]} {unit}")


def _finish(
    shape: str,
    entries: list[RawEntry],
    skipped: tuple[Skipped, ...],
    lines: list[str],
    end: int,
) -> MemberList:
    """The list, its last entry checked when the copy of the page stops inside the list,
    each Turkic executive body's named as its unit (`unit_of_executive`)."""
    entries = [unit_of_executive(e) for e in entries]
    at_end = not any(line.strip() for line in lines[end:])
    stops_inside = at_end and (shape == "lines" or not lines[end - 1].rstrip().endswith("."))
    cut: RawEntry | None = None
    if stops_inside and not entry_is_complete(entries[-1]):
        cut, entries = entries[-1], entries[:-1]
    first = min((e.line for e in entries), default=end)
    open_end = stops_inside and cut is None and shape == "running text"
    return MemberList(shape, tuple(entries), skipped, first, end, cut, open_end)

"""A page's text made ready for the readers of its list: what is no part of the list set aside.

Menus and other furniture, addresses, footnote marks, the page breaks of a text copied from
a PDF, the groups that did not sign (observers, partners), the parts of sentences that name
a place for another part than signing (a host, a venue: `without_roles`); names broken
across two lines are joined again (`rejoined`), a directory's cards become lines
(`cards_joined`) and a table drawn with bars or pipes its rows. Here too are the words of
signing and of where something happens (`says_where`), which the readers of running text
share with these.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from fractions import Fraction
from functools import cache
from itertools import islice, pairwise
from typing import TypeVar

from geo.countries import find_country, subdivision_countries
from geo.importing.dates import find_date
from geo.importing.entries import (
    _BULLET,
    _PERSON,
    MAX_ENTRY_CHARS,
    MAX_NAME_WORDS,
    MAX_SUBDIVISION_CODE,
    PARTICLES,
    PlaceNames,
    has_title,
    heading_country,
    is_form_alone,
    is_signer_line,
    is_title,
    is_world_region,
    strip_form,
)
from geo.text import SOUTH_ASIAN_MARKS, cased, clean, fold, fold_lines, has_digit, word_count

T = TypeVar("T")

# A postcode right before a town: '40121 Bologna', '1040 Brussels', '20-076 Lublin' (PL),
# '4000-447 Porto' (PT), '110 00 Praha' (CZ, SK, SE, GR), '200585 Craiova' (RO); its letter
# is the town's first, never one in lower case ('(tag 1992 óta)', '(1996 yılından beri)':
# a year before a word).
_POSTCODE = re.compile(r"(?<![\w.,])(?:\d{4,6}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3} \d{2})\s+([^\W\d_])")
_DIGIT = re.compile(r"\d")  # found in C at once where `_POSTCODE` tries each character
# 'Members' in the languages of the corpus, folded ('Mitglieder', 'Członkowie', 'Членове').
MEMBERS_WORDS = frozenset(
    "members membres miembros membri membros mitglieder leden medlemmar medlemmer jasenet "
    "czlonkowie clenove clenovia clanovi tagok membrii anggota nariai liikmed biedri "
    "chleny chlenove chleni chlanovi chleniv".split()
)
# A line of only these words heads a list: 'Signatories', 'List of signatories'; 'members'
# and 'signatories' in the languages of the corpus, a heading word alone ('Medlemmer',
# 'Mitglieder'), no place, though no gazetteer knows it either.
_HEADING_WORDS = MEMBERS_WORDS | frozenset(
    "signatories signatory signed signers endorsers endorsed endorsements member "
    "cities list of the by undersigned signatures firmatari unterzeichner signataires "
    "firmantes ondertekenaars mayors and underskrivere undertecknare "
    "allekirjoittajat sygnatariusze signatarios".split()
)
# The heading of a group on a page that did not sign, under or beside its signatories:
# observers, partners, supporters and supporting organisations, witnesses, those absent
# from the meeting, or 'supported by', in the
# corpus's languages and their neighbours' (a line of its own, a colon after it or none,
# the group's names after the colon or under it; a word before it, 'Ciudades observadoras',
# 'Our partners', 'Entidades de apoyo', a noun after it, 'Observer cities', a bracket
# after it, 'Sostenitori (non firmatari):').
_OTHER_GROUP = re.compile(
    r"^[ \t]*(?:[■□◆◇●○▶▷►]+[ \t]*)?"  # a heading's mark: '■オブザーバー'
    r"(?:[^\W\d_]+(?:[ \t]+|-)(?:(?:de|of|di|des|der|van|von)[ \t]+)?|"
    # in a capacity, before the group's word in the singular too: 'En qualité d'observatrice :',
    # 'À titre d'observateur', 'En calidad de observador', 'In qualità di osservatrice',
    # 'Na qualidade de observador', 'As an observer', 'Als Beobachterin'
    r"(?:en[ \t]+qualité|à[ \t]+titre|en[ \t]+calidad|a[ \t]+título|in[ \t]+qualità|"
    r"a[ \t]+titolo|na[ \t]+qualidade|in[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?capacity)"
    r"[ \t]+(?:d['’]|de[ \t]+|di[ \t]+|of[ \t]+(?:an?[ \t]+)?)|"
    r"en[ \t]+tant[ \t]+qu(?:e[ \t]+|['’])|as[ \t]+(?:an?[ \t]+)?|als[ \t]+|como[ \t]+|jako[ \t]+)?"
    r"(?:observers?|"
    r"supported[ \t]+by|with[ \t]+the[ \t]+support[ \t]+of|unterstützt[ \t]+(?:von|durch)|"
    r"mit[ \t]+(?:der[ \t]+)?unterstützung[ \t]+(?:von|der|des)|soutenue?s?[ \t]+par|"
    r"avec[ \t]+le[ \t]+soutien[ \t]+d\S*|con[ \t]+il[ \t]+sostegno[ \t]+d\S*|"
    r"sostenut[aoie][ \t]+da|con[ \t]+el[ \t]+apoyo[ \t]+d\S*|apoyad[oa]s?[ \t]+por|"
    r"com[ \t]+o[ \t]+apoio[ \t]+d\S*|apoiad[oa]s?[ \t]+por|ondersteund[ \t]+door|"
    r"met[ \t]+(?:de[ \t]+)?steun[ \t]+van|wspierane?[ \t]+przez|przy[ \t]+wsparciu|"
    r"støttet[ \t]+a[fv]|stöds[ \t]+av|med[ \t]+stöd[ \t]+av|tukijat|podporovatelé|"
    r"s[ \t]+podporou|támogatók|υποστηρικτές|destekçiler|"
    # organisations that support it, as a label or a table's header row: 'Organizaciones
    # que apoyan la declaración<tab>País', 'Organisations supporting the charter'
    r"(?:organi[sz]\w*|entidad\w*|entit\w*|enti|instituci\w*|istituzion\w*|institution\w*|"
    r"instytucj\w*|järjestö\w*|bodies)[ \t]+"
    r"[^\t\n:]{0,40}?(?:support|apoy|apoi|soutien|sosten|unterstütz|ondersteun|wspier|"
    r"støtt|stöd|tuke|podpor|támogat)[^\t\n:]{0,40}|"
    r"observ(?:ateur|atrice|ador|adora)e?s?|osservator[ei]|osservatric[ei]|observatori|"
    r"waarnemers?|beobachter(?:in(?:nen)?)?|"
    # observers in Slavic, Baltic and Nordic languages: 'Наблюдатели', 'Міста-спостерігачі'
    # (cities-observers), 'Promatrači', 'Novērotāji', 'Stebėtojai', 'Vaatlejad'
    r"наблюдатели|спостерігачі|назіральнікі|promatrači|posmatrači|посматрачи|opazovalci|"
    r"pozorovatelé|pozorovatelia|novērotāji|stebėtojai|vaatlejad|tarkkailijat|"
    r"observatører|observatörer|megfigyelők|παρατηρητές|gözlemciler|"
    # observers and partners in scripts and languages far from Europe's: Arabic's 'المراقبون'
    # ('عضو مراقب', an observer member), Vietnamese 'quan sát viên' and 'đối tác', Korean
    # '옵서버' and '참관 도시', Japanese 'オブザーバー' and 'パートナー'
    r"(?:ال)?مراقب(?:ون|ين|ة)?|(?:ال)?شركاء|(?:thành[ \t]+viên[ \t]+)?quan[ \t]+sát(?:[ \t]+viên)?|"
    r"đối[ \t]+tác|(?:옵서버|참관|파트너)(?:[ \t]*(?:도시|기관|회원))?|"
    r"(?:オブザーバー|パートナー)(?:都市|機関|団体|会員)?|"
    # members no more, as a members list names them apart: 'Former members', 'Fost membru'
    r"(?:former|past|ehemalige|anciens?|anciennes?|antiguos?|antigos?|ex|ex-membros|"
    r"voormalige|dawni|byli|bývalí|fo[sș]t[ie]?)[ \t]+(?:members?|mitglieder|membres?|"
    r"miembros?|membros?|leden|członkowie|členové|membr[iu]|membre)|"
    r"obserwatorzy|socios|parceiros|supporters?|"
    # witnesses of the signing: 'Witnessed by:', 'Turut menyaksikan:', 'Testigos'
    r"witness(?:es|ed[ \t]+by)?|t[ée]moins|testigos|testemunhas|testimoni|zeugen|getuigen|"
    r"świadkowie|svědci|svedoci|svjedoci|сведоци|свидетели|свідки|vitner|vittnen|vidner|"
    r"todistajat|tanúk|μάρτυρες|tanıklar|martori|saksi|menyaksikan|disaksikan[ \t]+oleh|"
    # those who were absent from a meeting that signed, or sent apologies: 'Apologies:',
    # 'Excusés :', 'Entschuldigt:', 'Met kennisgeving afwezig'
    r"apologies(?:[ \t]+received)?|absent|not[ \t]+present|excused|excus[ée]e?s|absents|"
    r"entschuldigt|abwesend|ausentes|excusad[oa]s|assenti|giustificati|(?:met[ \t]+"
    r"kennisgeving[ \t]+)?afwezig|afgemeld|frånvarande|fraværende|forfall|afbud|poissa|"
    r"nieobecni|omluveni|nepřítomni|απόντες|"
    # a letter's copies, sent to others than its signers: 'cc:', 'Copies to:', 'Kopie an:'
    r"cc|c\.c\.|copies|cop(?:y|ies)[ \t]+to|copie[ \t]+à|copia[ \t]+a|kopie[ \t]+an|"
    r"kopia[ \t]+do|afschrift[ \t]+aan|העתק(?:ים)?|העתק[ \t]+ל\S*|نسخة[ \t]+(?:إلى|الى)|نسخ|"
    # partners, in many languages, perhaps 'of the network' after: 'Партнёры сети'
    r"(?:partners?|partenaires?|partnerzy|партн[её]ры|партнери|партньори|partneri|partnerid|"
    r"partneriai|kumppanit|partnerek|εταίροι|paydaşlar)(?:[ \t]+[^\W\d_]+)?|"
    r"soutiens?|unterstützer(?:innen)?|sostenitori|apoyos?|apoiadores|"
    r"(?:supporting|partner|associated)[ \t]+(?:organi[sz]ations?|institutions|bodies)|"
    r"organisations? partenaires|partnerorganisationen|organizaciones colaboradoras|"
    r"observer)(?:[ \t]+(?:cities|towns|municipalities|members?|organi[sz]ations))?"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?::[^\n]*|\t[^\n]*)?$",
    re.IGNORECASE | re.MULTILINE,
)
# The words sites name their sections and links with, in the languages of Europe's city
# networks, as pages write them: one vocabulary, two rules. A short line with one of
# SITE_WORDS is the site's ('Share this', 'Kontakt', 'Read more': `is_furniture`); a line
# of SITE_WORDS and MENU_WORDS alone is a site's menu copied as one line ('Startseite Themen
# Presse Mitglieder', 'Hem Om oss Nyheter Kontakt': statements' `_NAVIGATION`). MENU_WORDS
# name a section or are a link's small words ('Members', 'About us', 'Skip to'): the site's
# only in such company, for 'Members' alone heads a list and 'to' is in any sentence.
SITE_WORDS = tuple(
    # buttons and links: share, print, follow, read more, back to top, the footer's lines
    "share article print tweet email login log sign search subscribe newsletter cookies "
    "cookie privacy policy read more back top related tags posted reply follow facebook "
    "twitter linkedin instagram youtube download click skip content next previous "
    "copyright rights reserved terms mail whatsapp telegram viber wechat weibo tiktok "
    "vkontakte pinterest reddit bluesky mastodon "
    # 'privacy' in other languages, as a footer's link names it ('Política de privacidad',
    # 'Politika privatnosti')
    "privacidad privacidade confidentialité datenschutz privatnosti prywatności soukromí "
    # 'share' and 'print' in other languages, where the word is no other's ('Del', 'Delen',
    # 'Stampa', 'Tisk' are words or names too)
    "partilhar compartilhar compartir partager teilen condividi megosztás udostępnij "
    "sdílet zdieľať distribuie podijeli dalintis μοιραστείτε imprimir imprimer drucken "
    "afdrukken tulosta drukuj "
    # 'share' in the scripts of Asia and Africa, one word: Russian, Ukrainian, Kazakh,
    # Kyrgyz, Mongolian, Persian, Urdu, Hindi, Bengali, Kannada, Lao, Thai, Amharic (not
    # Arabic 'مشاركة', participation too)
    "поделиться поділитися бөлісу бөлүшүү хуваалцах اشتراک‌گذاری شیئر साझा শেয়ার "
    "ಹಂಚಿಕೊಳ್ಳಿ ແບ່ງປັນ แชร์ አጋራ "
    # 'menu', 'home', 'news', 'contact', 'search' and 'log in' in the languages of the corpus
    "menu meni meny meniu меню menüü izbornik valikko izvēlne "
    "home homepage startseite accueil inicio início inici hjem forside etusivu "
    "kezdőlap főoldal acasă početna naslovnica αρχική "
    "news nieuws nyheter nyheder uutiset nachrichten aktuelles aktuality aktualności "
    "actualités actualité noticias notícias notizie novità hírek știri vijesti novosti "
    "новости "
    "contact contacts kontakt kontakti kontaktai kontakty contacto contato contatti contacte "
    "kapcsolat yhteystiedot επικοινωνία "
    "suche rechercher buscar haku szukaj hledat anmelden connexion "
    # the same, and 'skip to content', 'share' and 'press releases', in Japanese, Korean and
    # Chinese, whose lines are one word: '本文へスキップ', 'メニュー', '바로가기', '菜单'
    "本文へスキップ メニュー ホーム ニュース お知らせ お問い合わせ シェア 検索 プレスリリース "
    "바로가기 메뉴 홈 뉴스 공유 검색 "
    "跳到主要内容 跳至主要内容 跳转到主要内容 菜单 首页 新闻 新闻发布 分享 搜索".split()
)
MENU_WORDS = tuple(
    # home, about us, search, where the word is also a common one ('domu' is Polish for
    # 'of home', 'sok' Hungarian for 'many'): the site's only beside other such words
    "start hem koti domů úvod главная начало strona główna sök søk "
    "about über uns over ons om oss os qui sommes nous quiénes somos sobre nosotros chi "
    "siamo recherche cerca "
    # the sections of a network's site
    "members mitglieder membres miembros membri membros leden medlemmar medlemmer jäsenet "
    "członkowie events veranstaltungen événements eventos eventi evenementen evenemang "
    "arrangementer tapahtumat wydarzenia publications publikationen publicaciones "
    "pubblicazioni publicaties press presse prensa stampa pers imprensa media blog "
    "projects projekte projets proyectos progetti projecten themen thèmes temas temi "
    "topics network netzwerk réseau red rete netwerk resources ressources recursos risorse "
    "faq jobs careers library donate join "
    # a list's views, the buttons that show it as a list, a map, a table or a grid ('Visa
    # som: Lista | Karta', 'Ansicht: Liste | Karte'), in the languages of Europe's networks
    "list map grid table lista karta tabell liste kart kort tabel karte tabelle kacheln "
    "carte tableau grille mapa tabla tabela elenco mappa tabella griglia lijst kaart "
    "seznam tabulka zoznam tabuľka térkép táblázat luettelo kartta taulukko listă hartă "
    "popis tablica zemljevid nimekiri sąrašas žemėlapis saraksts λίστα χάρτης "
    # a site's languages
    "english deutsch français español italiano português nederlands polski svenska norsk "
    "dansk suomi čeština magyar română hrvatski "
    # skip to the content, our work, who we are
    "to main zum inhalt aller au contenu saltar al contenido passa ai contenuti our work "
    "what we do who are unsere arbeit nos actions us".split()
)
_FURNITURE_WORDS = frozenset(fold(word) for word in SITE_WORDS)
# A site's skip link and its menu's items as whole lines, in languages whose words SITE_WORDS
# cannot hold: written without spaces ('コンテンツへスキップ', 'ข้ามไปยังเนื้อหา') or in
# syllables ('Chuyển đến nội dung', 'Thông cáo báo chí'), which count as a headline's
# words; and the skip link of other languages ('Przejdź do treści'). As sites write them:
# skip to content, menu, home, news, press releases, contact, share, about us.
SITE_PHRASES = frozenset(
    phrase.casefold()
    for phrase in (
        # Vietnamese
        "chuyển đến nội dung", "bỏ qua nội dung", "danh mục", "trang chủ", "tin tức",
        "thông cáo báo chí", "liên hệ", "chia sẻ", "giới thiệu",
        # Japanese, Chinese, Korean
        "コンテンツへスキップ", "本文へスキップ", "メニュー", "ホーム", "ニュース", "お知らせ",
        "プレスリリース", "お問い合わせ", "シェア", "跳至内容", "跳到主要内容", "菜单", "首页",
        "新闻", "新闻稿", "联系我们", "分享", "본문 바로가기", "메뉴", "홈", "뉴스", "보도자료",
        "문의", "공유",
        # the share buttons of East Asia's social networks, whose names may read as a
        # place somewhere ('微博'): WeChat, Weibo, Qzone, Douyin, Xiaohongshu, Douban,
        # KakaoTalk, KakaoStory, Naver Blog, LINE, Hatena Bookmark
        "微信", "微博", "qq空间", "抖音", "小红书", "豆瓣", "wechat", "weibo", "카카오톡",
        "카카오스토리", "네이버 블로그", "line", "はてなブックマーク",
        # Thai
        "ข้ามไปยังเนื้อหา", "ข้ามไปที่เนื้อหา", "เมนู", "หน้าแรก", "ข่าว", "ข่าวประชาสัมพันธ์",
        "ติดต่อเรา", "แชร์",
        # Arabic, Hebrew
        "تخطي إلى المحتوى", "انتقل إلى المحتوى", "القائمة", "الرئيسية", "الأخبار",
        "بيانات صحفية", "اتصل بنا", "דלג לתוכן", "תפריט", "דף הבית", "חדשות",
        "הודעות לעיתונות", "צור קשר",
        # the skip link of other languages
        "przejdź do treści", "přejít k obsahu", "preskočiť na obsah", "preskoči na vsebino",
        "preskoči na sadržaj", "hoppa till innehållet", "gå til indhold", "hopp til innhold",
        "siirry sisältöön", "naar de inhoud springen", "ga naar inhoud", "ugrás a tartalomhoz",
        "μετάβαση στο περιεχόμενο", "sari la conținut", "saltar para o conteúdo",
        "pular para o conteúdo", "vai al contenuto", "pereiti prie turinio", "pāriet uz saturu",
        "liigu sisu juurde", "vés al contingut",
        "перейти к содержимому", "перейти до вмісту", "към съдържанието", "langsung ke konten",
        "içeriğe geç", "ana sayfa", "basın bültenleri", "siaran pers",
        # 'read also', 'read more', 'see also' over a teaser, whose first word may be a place
        # somewhere ('Läs', 'Lire'), in the languages of Europe's city networks
        "read also", "see also", "läs också", "läs även", "läs mer", "se även", "les også",
        "les mer", "se også", "læs også", "læs mere", "lue myös", "lue lisää", "lesen sie auch",
        "mehr lesen", "weiterlesen", "siehe auch", "lire aussi", "à lire aussi", "lire la suite",
        "voir aussi", "leia também", "leia mais", "veja também", "lea también", "leer más",
        "ver también", "llegiu també", "llegeix més", "leggi anche", "leggi tutto",
        "vedi anche", "lees ook", "lees meer", "zie ook", "czytaj też", "czytaj także",
        "czytaj więcej", "zobacz też", "čtěte také", "přečtěte si také", "citiți și",
        "pročitajte i", "preberite tudi", "olvassa el", "lásd még", "διαβάστε επίσης",
        "читайте также", "читайте також",
    )
)  # fmt: skip


def is_site_phrase(text: str) -> bool:
    """Whether a line is a site's skip link or menu item as a whole (`SITE_PHRASES`)."""
    return clean(text).casefold() in SITE_PHRASES


# A site's section named alone, a word of four letters or more ('Inicio', 'Noticias'), as
# an item of a breadcrumb or a menu; 'Red', 'Rete' too short to tell from a name's part.
_SECTION = re.compile("|".join(SITE_WORDS + MENU_WORDS), re.IGNORECASE)
# What parts a menu's or a breadcrumb's items: a bar, or a slash or an arrow between spaces.
_MENU_SEPARATOR = re.compile(r"\s*\|\s*|\s[/›»>]\s")
MIN_SECTION_CHARS = 4


def is_menu(text: str) -> bool:
    """A site's menu or breadcrumb on one line: items parted by bars, or slashes or arrows
    between spaces, one of them furniture or a section's name alone ('Home | Contact',
    'Inicio / Sala de prensa / Noticias', 'Startseite › Presse'): no list's line, however
    many places its sections' names hold."""
    if "|" not in text and _MENU_SEPARATOR.search(text) is None:
        return False
    items = [item.strip() for item in _MENU_SEPARATOR.split(text)]
    return len(items) > 1 and (_controls(items) or any(map(_site_item, items)))


def _site_item(item: str) -> bool:
    """Whether a menu's item is the site's: furniture, or a section's name alone."""
    return bool(item) and (
        is_furniture(item)
        or (len(item) >= MIN_SECTION_CHARS and _SECTION.fullmatch(item) is not None)
    )


def is_dotted_menu(text: str) -> bool:
    """A site's menu whose items dots part ('Início · Quem somos · Notícias'), one of them
    the site's (`_site_item`); a list's line of names parted so ('Lunds kommun · Ystads
    kommun') has none."""
    items = [item.strip() for item in re.split(r"\s[·•]\s", text)]
    return len(items) > 1 and any(map(_site_item, items))


def _controls(items: list[str]) -> bool:
    """Buttons that act on the same thing: two words each, one of them in lower case, the
    same word first or last in every item ('Expand all | Collapse all', 'Vis alle | Skjul
    alle', 'Alle anzeigen | Alle ausblenden', 'Tout afficher | Tout masquer'): no places,
    whose names' words are capitalised. A body's form the items share ('Oslo kommune |
    Bergen kommune') leaves them names."""
    words = [item.split() for item in items]
    return (
        all(len(w) == 2 and (w[0].islower() or w[1].islower()) for w in words)
        and (len({w[0] for w in words}) == 1 or len({w[1] for w in words}) == 1)
        and all(strip_form(item) == item for item in items)
    )


# A link to a file, in any language: its type or size in a bracket ('Scarica la Carta
# (PDF)', 'Descarrega la declaració (PDF, 320 kB)', 'Pobierz deklarację [DOCX]').
_FILE_LINK = re.compile(
    r"[(\[](?:pdf|docx?|odt|rtf|xlsx?|ods|csv|pptx?|zip|epub)\b[^)\]]{0,40}[)\]]"
    r"|[(\[][^)\]]{0,40}\b\d+(?:[.,]\d+)?\s?(?:[kKmM][bB]|[kKmM]o|[кК][бБ]|[мМ][бБ])[)\]]",
    re.IGNORECASE,
)
MAX_FILE_LINK_WORDS = 10


def is_furniture(text: str) -> bool:
    """A short line of site furniture: 'Share this', 'Facebook', 'Read more', or a link to
    a file ('Descargue la ficha de adhesión (PDF)')."""
    words = fold(text).split()
    return bool(words) and (_furniture(words, text) or is_site_phrase(text))


def is_site_word(text: str) -> bool:
    """Whether a line is one of SITE_WORDS alone, as a script without spaces writes it in
    one word ('本文へスキップ', 'プレスリリース', '바로가기')."""
    return fold(text) in _FURNITURE_WORDS


def _furniture(words: list[str], text: str) -> bool:
    if len(words) <= 4 and (not _FURNITURE_WORDS.isdisjoint(words) or is_site_word(text)):
        return True
    if "(" not in text and "[" not in text:  # where `_FILE_LINK` starts: most lines have none
        return False
    if len(words) > MAX_FILE_LINK_WORDS:
        return " | " in text and _file_links(text)
    return _FILE_LINK.search(text) is not None and not _party_of_a_signer(text)


def _file_links(text: str) -> bool:
    """Links to a file in several languages, a bar between them ('Download: English (PDF)
    | Français (PDF) | 日本語 (PDF)'): each item a file's link, whose language's name is
    no place however long the line."""
    items = text.split(" | ")
    return all(
        len(item.split()) <= MAX_FILE_LINK_WORDS and _FILE_LINK.search(item) is not None
        for item in items
    )


MAX_CLOSING_WORDS = 4


def is_closing(text: str) -> bool:
    """A letter's closing or greeting on a line of its own, a few words and a comma, the
    words after the first in lower case ('Yours sincerely,', 'Distinti saluti,', 'Met
    vriendelijke groet,', 'Un cordial saludo,'): a phrase, no name, whose words the place
    finder must not read ('Yours' is no place's genitive). A name's last word is
    capitalised; a body's form in lower case ('Aarhus kommune,') is the reader's."""
    words = text.rstrip().removesuffix(",").split()
    return (
        text.rstrip().endswith(",")
        and 2 <= len(words) <= MAX_CLOSING_WORDS
        and all(w.isalpha() and w.islower() for w in words[1:])
        and strip_form(text.rstrip().removesuffix(",")) == " ".join(words)
    )


def _party_of_a_signer(text: str) -> bool:
    """Whether a file type's letters in a bracket are a party's after a signer's fields
    ('Hlinsko – Ing. Jan Dušek, starosta (ODS)': the Civic Democrats, no spreadsheet): the
    line is a signer's (`is_signer_line`), a comma before its bracket."""
    return is_signer_line(text) and "," in text.partition("(")[0]


def lines_matching(pattern: re.Pattern[str], lines: list[str]) -> set[int]:
    """The numbers of the lines in which `pattern` finds something (a pattern that finds no
    line break, and anchors with `^` only where it is MULTILINE), by one search of the lines
    joined: a page's lines, no call a line."""
    text = "\n".join(lines)
    found = [m.start() for m in pattern.finditer(text)]
    if not found:  # most patterns on most pages: the lines' starts are not needed
        return set()
    starts = [0, *[m.end() for m in re.finditer("\n", text)]]  # a list: no call a line
    return {bisect.bisect_right(starts, at) - 1 for at in found}


def furniture_lines(lines: list[str]) -> list[bool]:
    """`is_furniture` of each line, the lines folded at once (`fold_lines`)."""
    return [  # inline, no call a line (`test_a_share_blocks_lines_are_folded_together`)
        bool(words := folded.split())
        and (
            (len(words) <= 4 and not _FURNITURE_WORDS.isdisjoint(words))
            or (
                len(words) <= MAX_FILE_LINK_WORDS
                and _FILE_LINK.search(line) is not None
                and not _party_of_a_signer(line)
            )
        )
        for line, folded in zip(lines, fold_lines(lines), strict=True)
    ]


def is_address(text: str) -> bool:
    """A postal address: a postcode right before a name ('Via Roma 8 – 40121 Bologna',
    '1040 Brussels, Belgium', 'ul. Długa 5, 20-076 Lublin'), a street number and name
    between a footer's dots or bars, as a footer gives the network's own, or a street's
    word, name and number without a postcode (`_STREET_ADDRESS`: 'Str. Mihai Viteazul nr.
    12, București'); a table's cells are parted by tabs and are never one. A line labelled
    as the network's secretariat or office gives its address too, with no number or one
    (`_OFFICE_LABEL`: 'Sekretariat: Jl. Ahmad Yani, Jakarta Pusat')."""
    if "\t" in text:
        return False
    if ":" in text and _OFFICE_LABEL.match(text) is not None:
        return True
    if _DIGIT.search(text) is None:
        return False
    if _FOOTER_STREET.search(text) is not None or _STREET_ADDRESS.search(text) is not None:
        return True
    return any(not m[1].islower() for m in _POSTCODE.finditer(text))


# A letter of an A-Z list's heading, in any alphabet: 'B', 'A – C', 'Ł', 'Ö', 'Ж'; or one
# of the letters an alphabet writes with two ('Sz', 'Cs', 'Gy', 'Zs' in Hungarian, 'Lj',
# 'Nj', 'Dž' in Croatian, 'Ch' in Czech, 'Ll' in Spanish and Welsh, 'IJ' in Dutch).
_LETTER_HEADING = re.compile(r"^[^\W\d_a-z](?:\s*[-–]\s*[^\W\d_a-z])?$")
_DIGRAPH_LETTERS = frozenset(
    "cs dz dzs gy ly ny sz ty zs lj nj dž ch ll ij dd ff ng ph rh th dh gj rr sh xh zh".split()
)
# An index's heading in a script without letters in A-Z order: a kana row of the Japanese
# syllabary, its first kana alone or with '行' (row: 'あ行', 'カ行', 'さ'), or a Korean
# consonant alone ('ㄱ', 'ㄴ'), as Japanese and Korean directories set their headings.
_SYLLABARY_HEADING = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]行?|[\u3131-\u314e]")


def is_letter_heading(text: str) -> bool:
    """Whether a line is an A-Z list's letter heading (`_LETTER_HEADING`): a capital, or a
    letter an alphabet writes with two, capitalised ('Sz', 'IJ'); or a syllabary's
    (`_SYLLABARY_HEADING`: 'か行', 'ㄱ')."""
    if _SYLLABARY_HEADING.fullmatch(text) is not None:
        return True
    if _LETTER_HEADING.match(text) is not None:
        return text.isupper()
    return (
        text.lower() in _DIGRAPH_LETTERS
        and text[:1].isupper()
        and text[1:]
        in (
            text[1:].lower(),
            text[1:].upper(),
        )
    )


# A footer's parts with a street number before a street's name, where the country writes no
# postcode: 'Mạng lưới Đô thị Xanh · 12 Tràng Tiền, Hoàn Kiếm, Hà Nội · Việt Nam'.
_FOOTER_STREET = re.compile(r"\s[·|]\s+\d{1,4}[a-zA-Z]?\s+[^\W\d_][^·|]*\s[·|]\s")
# The label of a line that gives where the network's secretariat or office sits, in the
# corpus's languages: 'Secretariat:', 'Sekretariat:', 'Secrétariat :', 'Geschäftsstelle:',
# perhaps with the network's name after it ('Sedište Mreže:', 'Siège du Réseau :').
_OFFICE_LABEL = re.compile(
    r"^\W*(?:secretariat|sekretariat|sekretariaat|secretariaat|secrétariat|secretaría|"
    r"secretaria|secretariado|segreteria|sekretariatet|sihteeristö|geschäftsstelle|"
    r"head office|headquarters|siège|sede|sídlo|siedziba|sedište|sjedište|sedež|седиште)"
    r"(?:[ \t]+[^\W\d_]+){0,2}\s*:",
    re.IGNORECASE,
)
# A street's address without a postcode, at a line's or a field's start: a street's word,
# abbreviated with its dot or whole, its name, and its number, perhaps after a number's word
# ('Str. Mihai Viteazul nr. 12', 'ul. Długa nr 5', 'Via Garibaldi n. 8', 'nám. Míru č. 1',
# 'Strada Unirii 14', 'вул. Хрещатик 36'). No 'St.', a saint's name's too ('St. Gallen').
_STREET_ADDRESS = re.compile(
    r"(?:^|[,;·|–—]\s*)(?:"
    r"(?:str|bd|bdul|bul|blvd|sos|șos|ul|al|pl|nám|nab|vul|вул|ул|пр|av|avda|br)\.\s*"
    r"|(?:strada|calea|bulevardul|aleea|ulica|aleja|via|viale|piazza|rue|avenue|boulevard|"
    r"avenida|calle|rua|praça|travessa|náměstí|třída|ulice|utca|вулиця|улица)\s+"
    r")[^\W\d_][^\d,;·|]{0,40}?\s(?:(?:nr|no|n|nº|n°|č|br|núm|num)\.?\s*)?\d{1,4}[a-zA-Z]?\b",
    re.IGNORECASE,
)


def _split_outside_brackets(text: str, separator: str) -> list[str]:
    if "(" not in text:  # no bracket to stay outside of: the loop below would split at each
        return [item.strip() for item in text.split(separator)]
    items, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == separator and depth <= 0:
            items.append(text[start:i].strip())
            start, depth = i + 1, 0
    items.append(text[start:].strip())
    return items


# Prepositions of where something happens: 'at the meeting in Nairobi', 'à Abidjan'.
_LOCATIVES = frozenset("in at à au en em bei di ở w we v".split())
# Those that never mean 'of': 'di' is Indonesian 'in' but Italian 'of' ('I sindaci di
# Bergamo, Brescia, ...'), so it says where only before a clause in lower case.
_ONLY_LOCATIVES = _LOCATIVES - {"di"}
# Prepositions of place before a country's subdivision, not a town: Portuguese 'no Ceará',
# 'na Bahia', 'em Pernambuco', Italian 'nel Lazio', German 'im Allgäu', French 'au Québec'
# (the province; 'à Québec' the city). Not 'in', Slovenian 'and' ('Ljubljana in Maribor'),
# nor 'en', Dutch 'and' ('Amsterdam en Utrecht').
REGION_LOCATIVES = frozenset("em no na nos nas nel nella nello im au dans".split())


def says_where(item: str, locatives: frozenset[str]) -> bool:
    """Whether a sentence's first part says where it happened: it ends in a preposition of
    place and capitalised words ('At the meeting in Nairobi', 'Lors de son assemblée à
    Abidjan', 'Durante la asamblea celebrada en Bogotá', 'Tại hội nghị ở Đà Lạt'), the
    preposition after a word in lower case or first, and no word of signing in it. The
    words are looked at first: a search for a word of signing costs ten times more, and
    most parts have no preposition before capitalised words at their end."""
    words = item.split()
    return (
        any(
            words[k].lower() in locatives
            and (k == 0 or words[k - 1][:1].islower())
            and all(w[:1].isupper() or w in PARTICLES for w in words[k + 1 :])
            for k in range(max(0, len(words) - MAX_NAME_WORDS - 1), len(words) - 1)
        )
        and _SIGNING.search(item) is None
    )


# A footnote's mark right after a word or a bracket: superscript digits, asterisks, daggers
# ('Leipzig¹', 'Gent*', 'Nantes†', 'Most (Ústecký kraj)*'). A footnote's own line starts with
# its mark and is prose.
_MARK = r"(?:[¹²³⁰⁴-⁹]+|[*†‡]+)"
_FOOTNOTE_MARK = re.compile(r"(?:(?<=[^\W\d_])|(?<=[)\]]))" + _MARK)
_FOOTNOTE_LINE = re.compile(r"^[ \t]*(" + _MARK + r")[ \t]*[^\W\d_]", re.MULTILINE)
_FOOTNOTE_CHARS = frozenset("¹²³⁰⁴⁵⁶⁷⁸⁹*†‡")


def without_footnote_marks(lines: list[str]) -> list[str]:
    """The lines without footnote marks after words, where the page has the footnotes
    they mark (a line that starts with the mark: '¹ Joined in May'); searched once in the
    whole page. A mark with no footnote may be part of a name."""
    text = "\n".join(lines)
    if _FOOTNOTE_CHARS.isdisjoint(text):
        return lines
    notes = {found[1] for found in _FOOTNOTE_LINE.finditer(text)}
    if not notes:
        return lines
    return _FOOTNOTE_MARK.sub(lambda m: "" if m[0] in notes else m[0], text).split("\n")


# The mark a copy of a signed letter writes for a signature, alone on a line or before the
# signer's name: '(signed)', 'sgd.', 'gez.' (gezeichnet), 'sign.', 'signé', 's.k.' (saját
# kezűleg), 'podpis', '(-)' and '/-/' (Polish), '/s/', 'w.g.' (was getekend), 'f.to' (firmato),
# 'firmado', 'assinado'; or the line a signer signs on, of dots or underscores ('……………',
# '________'), which holds no words.
_SIGNATURE_MARK = re.compile(
    r"^[ \t]*(?:[.…_]{3,}(?=[ \t]*$)|"
    r"\((?:signed|sgd\.?|signé|signe|gez\.?|podpis|s\.\s?k\.|w\.\s?g\.|firmado|assinado|-)\)|(?:signed|sgd\.|signé|gez\.|gezeichnet|sign\.|s\.\s?k\.|podpis|w\.\s?g\.|"
    r"f\.to|firmado|assinado)(?=$|[ \t])|/-/|/s/)[ \t]*(?=$|(?-i:[^\W\d_a-zß-ÿ]))",
    re.IGNORECASE | re.MULTILINE,
)


# The mark of a signature some languages write after the signer's name, ending its line:
# 's.k.' (Hungarian saját kezűleg), 'v. r.' (Czech and Slovak vlastní rukou, vlastnou
# rukou), 'm.p.' (manu propria: Croatian, Serbian), 'l.r.' (Slovenian lastnoročno), 'e.h.'
# (German eigenhändig), '(signed)'.
_SIGNATURE_MARK_AFTER = re.compile(
    r"(?<=[^\W\d_])[ \t]*,?[ \t]+"
    r"(?:(?:s\.[ \t]?k|v\.[ \t]?r|m\.[ \t]?p|l\.[ \t]?r|e\.[ \t]?h)\."
    r"|\((?:signed|sgd\.?)\))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# What every mark after a name holds ('.k.', '. r.', '(signed'), found by a search of the
# page's stops and brackets: 0.01 s a MB, where `_SIGNATURE_MARK_AFTER`, tried after every
# letter, takes 0.08 s. A page without it has no such mark.
_SIGNATURE_MARK_AFTER_END = re.compile(r"\.[ \t]?[krph]\.[ \t]*$|\((?:signed|sgd)", re.I | re.M)


def without_signature_marks(lines: list[str]) -> list[str]:
    """The lines without the marks a copy of a signed letter writes for a signature
    (`_SIGNATURE_MARK`, `_SIGNATURE_MARK_AFTER`): a line of the mark alone is left blank, a
    mark before or after a name goes ('gez. Anna Weber', 'Kiss Anna s.k.' read 'Anna
    Weber', 'Kiss Anna'); each pattern once over the whole page, the one after a name
    only where what its marks hold is found (`_SIGNATURE_MARK_AFTER_END`)."""
    text, before = _SIGNATURE_MARK.subn("", "\n".join(lines))
    after = 0
    if _SIGNATURE_MARK_AFTER_END.search(text) is not None:
        text, after = _SIGNATURE_MARK_AFTER.subn("", text)
    return text.split("\n") if before or after else lines


# A line that may be a letter's place and date of signing: words, a comma, a year near the end.
_DATELINE_LINE = re.compile(r"^[^\W\d_][^,\n\d]{0,40}, [^\n]{0,45}\d{4}[^\n]{0,15}$", re.MULTILINE)
DATELINE_REACH = 3  # lines: another place and date so near makes a list of dated rows


def without_datelines(lines: list[str]) -> list[str]:
    """The lines without a letter's place and date of signing ('Potsdam, den 14. März
    2025', 'Kecskemét, 2025. június 23.', 'Kraków, 7 października 2025 r.'), over or under
    its signature blocks: it names the venue, no signatory. A line of one to three
    capitalised words, a comma and a full date, a word beside it at most, with no other
    such line within DATELINE_REACH lines (a list of places and the day each joined keeps
    its rows); searched once in the whole page."""
    text = "\n".join(lines)
    found = [m for m in _DATELINE_LINE.finditer(text) if _dateline(m.group())]
    if not found:
        return lines
    numbers = [text.count("\n", 0, m.start()) for m in found]
    out = list(lines)
    for number in numbers:
        if sum(1 for other in numbers if abs(other - number) <= DATELINE_REACH) == 1:
            out[number] = ""
    return out


def _dateline(line: str) -> bool:
    """Whether a line is a place, a comma and a full date (`without_datelines`), an
    event's name and a dash before the place at most ('Assemblée générale – Lyon, 3 mars
    2025', a PDF's running header)."""
    place, _, rest = line.partition(",")
    words = _TITLE_DASH.split(place)[-1].split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    found = find_date(rest)
    return found is not None and len(rest.replace(found[1], " ", 1).strip(" .").split()) <= 1


_GROUPS_LISTED = re.compile(r"[・、,/&]|\s(?:and|und|et|y|e|i|og|och|en|ja|và|및|و)\s")


def without_other_groups(lines: list[str], title: str = "") -> list[str]:
    """The lines without the groups that did not sign (`_OTHER_GROUP`): each heading and the
    lines under it, up to the next heading ('Signatories:') or a line of prose, are hidden.
    A group whose heading's words the page's `title` has is the page's own list, kept ('Our
    project partners' over 'Partners'). Found by one search of the page, so that a page
    without any costs no call a line."""
    text = "\n".join(lines)
    # a title that names several groups ('加盟都市・オブザーバー・パートナー一覧', 'Members,
    # observers and partners') names no one group as the page's own list
    titled = set() if _GROUPS_LISTED.search(title) else set(fold(title).split())
    matches = [(start, text[start:end]) for start, end in _OTHER_GROUPS.spans(text)]
    values = _column_values([found.strip() for _, found in matches], lines)
    found = [
        start
        for start, heading in matches
        if not titled.issuperset(fold(heading.split(":")[0].split("\t")[0]).split())
        and heading.strip() not in values
    ]
    if not found:
        return lines
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    out = list(lines)
    k = 0  # the next line to look at: each is looked at once, however many headings
    for at in found:
        number = bisect.bisect_right(starts, at) - 1
        out[number] = ""
        k = max(number + 1, k)
        while k < len(lines):
            line = clean(lines[k])
            heading = line.endswith(":") or _HEADING_WORDS.issuperset(fold(line).split() or ["-"])
            if _OTHER_GROUP.match(line) is None and (_is_prose(line) or heading):
                break
            out[k] = ""
            k += 1
    return out


def _column_values(heads: list[str], lines: list[str]) -> set[str]:
    """The headings of other groups (`_OTHER_GROUP`) that are a column's values in a table
    copied one cell a line ('Membre observateur', 'عضو مراقب' below 'Membre', 'عضو'): said
    more than once, and one of their words is a line of its own too, the other rows' value.
    A heading said again alone ('Observers' over each page's part) is none."""
    said = Counter(heads)
    again = [head for head, times in said.items() if times > 1 and len(head.split()) > 1]
    if not again:
        return set()
    cells = {line.strip() for line in lines}
    return {head for head in again if any(word in cells for word in head.split())}


# The characters that IGNORECASE does not match as their lower case (`str.lower`) alone:
# those re folds to another besides ('ı' is 'i', 'ſ' is 's', 'ς' is 'σ', Cyrillic 'в'
# is 'ᲀ': re's extra cases, but for 'i' and 's' themselves), their capitals, and 'İ',
# whose lower case is two characters. A text without any is searched in lower case.
_FOLDED_APART = re.compile(  # written as code points: some have a canonical twin
    "[\u00b5\u0130\u0131\u017f\u0345\u0390\u0392\u0395\u0398\u0399\u039a\u039c\u03a0"
    "\u03a1\u03a3\u03a6\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0-\u03c3\u03c6"
    "\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f4\u03f5\u0412\u0414\u041e\u0421\u0422"
    "\u042a\u0432\u0434\u043e\u0441\u0442\u044a\u0462\u0463\u1c80-\u1c88\u1e60\u1e61"
    "\u1e9b\u1fbe\u1fd3\u1fe3\ua64a\ua64b\ufb05\ufb06]"
)


class LoweredSearch:
    """An IGNORECASE pattern written in lower case, searched in a text's lower case with
    case kept wherever lowering the text is all that IGNORECASE does (no character of
    `_FOLDED_APART`: any ASCII text, most Latin ones): the alternatives' first letters are
    then tried in C's fast path, some 3 to 4 times faster (0.1 s a MB for a pattern of a
    hundred words)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        # 'İ' is no letter of the pattern (no lowered text has it); its escapes ('\W', '\S')
        # are classes, which hold a character as they hold its lower case
        letters = re.sub(r"\\.", "", pattern.pattern)
        if letters != letters.lower():
            raise ValueError(f"not a pattern written in lower case: {pattern.pattern[:40]!r}")
        self.pattern = pattern
        # 'ı' and 'ſ' are 'i' and 's' to IGNORECASE: in a lowered text without them, 'i', 's'
        kept = pattern.pattern.replace("ı", "i").replace("ſ", "s")
        self.case_kept = re.compile(kept, pattern.flags & ~re.IGNORECASE)

    def _lowered(self, text: str) -> str | None:
        """The text's lower case, its characters where the text's stand, if IGNORECASE
        does no more than lowering it; None otherwise."""
        if text.isascii() or _FOLDED_APART.search(text) is None:
            return text.lower()
        return None

    def found_in(self, text: str) -> bool:
        """Whether the pattern finds something in the text."""
        lowered = self._lowered(text)
        if lowered is not None:
            return self.case_kept.search(lowered) is not None
        return self.pattern.search(text) is not None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the pattern finds something in the text (`finditer`'s matches): the same
        places in its lower case."""
        lowered = self._lowered(text)
        if lowered is not None:
            return [m.span() for m in self.case_kept.finditer(lowered)]
        return [m.span() for m in self.pattern.finditer(text)]


_OTHER_GROUPS = LoweredSearch(_OTHER_GROUP)  # 3 times faster on a page of short lines


# A list's line that says its place has not signed yet: it will sign later, its signature
# is pending, it has not signed ('Tallinn – will sign later', a table's row whose signature
# cell reads 'pasirašys vėliau'), in the corpus's languages and their neighbours'.
_NOT_SIGNED_YET = re.compile(
    r"(?<!\w)(?:"
    r"will sign later|to sign later|signs? later|not (?:yet )?signed|yet to sign|"
    r"signature (?:pending|to follow|awaited)|(?:pending|awaiting) signature|"
    r"unterzeichnet später|unterschreibt später|wird später unterzeichnen|"
    r"noch nicht unterzeichnet|noch nicht unterschrieben|unterschrift (?:folgt|ausstehend)|"
    r"signera plus tard|pas encore sign[ée]|(?:signature )?en attente de signature|"
    r"firmará (?:más tarde|posteriormente)|(?:aún|todavía) no (?:ha )?firmad[oa]|"
    r"pendiente de firma|firma pendiente|firmerà (?:in seguito|più tardi|successivamente)|"
    r"non (?:ha )?ancora firmat[oa]|in attesa di firma|assinará (?:mais tarde|posteriormente)|"
    r"ainda não assin|assinatura pendente|(?:onder)?tekent later|nog niet (?:onder)?tekend|"
    r"podpisze później|jeszcze nie podpisa|podepíše později|dosud nepodepsal|"
    r"undertecknar senare|inte (?:har )?undertecknat ännu|underskriver senere|"
    r"signerer senere|allekirjoittaa myöhemmin|ei ole vielä allekirjoittanut|"
    r"allkirjastab hiljem|pole (?:veel )?allkirjastanud|parakstīs vēlāk|vēl nav parakstīj|"
    r"pasirašys vėliau|dar nepasiraš|va semna ulterior|nu a semnat încă|"
    r"később írja alá|θα υπογράψει αργότερα|"
    r"подпишет позже|подпишет позднее|ещё не подписал|еще не подписал|"
    r"підпише пізніше|ще не підписал"
    r")(?!\w)",
    re.IGNORECASE,
)
_NOT_SIGNED = LoweredSearch(_NOT_SIGNED_YET)


MAX_STATUS_VALUES = 4  # a status column says a few things again and again


def without_other_rows(lines: list[str]) -> list[str]:
    """The lines without a table's rows (cells parted by tabs) whose cell after the first
    names a group that did not sign ('Graz\tAustria\t2023\tObserver'), where fewer than
    half the rows of as many cells have one: the others' cell in that column says they are
    members ('Member'); a table of partners only is a list of partners. Each such row is
    left blank, so that line numbers stay. Only a column of MAX_STATUS_VALUES values or
    fewer is a status column, whose values are asked (`_says_other_status`)."""
    rows: dict[int, list[tuple[int, list[str]]]] = {}
    for k, line in enumerate(lines):
        if "\t" in line:
            cells = line.split("\t")
            rows.setdefault(len(cells), []).append((k, cells))
    out = list(lines)
    for table in rows.values():
        for column in range(1, len(table[0][1])):
            values = Counter(clean(cells[column]) for _, cells in table)
            if len(values) > MAX_STATUS_VALUES:
                continue  # names, figures: no status column, none of its cells asked
            others = {v for v in values if v and _says_other_status(v)}
            if others and 2 * sum(values[v] for v in others) < len(table):
                for k, cells in table:
                    out[k] = "" if clean(cells[column]) in others else out[k]
    return out


def _says_other_status(cell: str) -> bool:
    """Whether a table's cell, whole, says its place is no member: a group's heading word
    (`_OTHER_GROUP`: 'Observer', 'عضو مراقب') or a status (`_STATUS_CELL`: 'Observador',
    'novērotājs / observer', 'former member', 'candidat')."""
    return bool(_OTHER_GROUP.fullmatch(cell) or _STATUS_CELL.fullmatch(cell))


# A status cell of a table's row, whole, that says its place is no member: an observer, a
# partner, a former member, a candidate, in the corpus's languages and their neighbours'
# (one language or two a slash parts: 'novērotājs / observer'; 'membro observador').
_STATUS_WORD = (
    r"(?:(?:member|membre|miembro|membro|mitglied|lid|członek|člen|член)\w*[ -]+)?(?:"
    r"observ|osservat|beobacht|waarnem|obserwat|pozorovat|megfigyel|gözlemci|παρατηρητ|"
    r"наблюдат|спостеріга|назіральн|promatra|posmatra|посматра|opazoval|novērotāj|stebėto|"
    r"vaatleja|tarkkailija|"
    r"partner|partenaire|parceir|партн[её]р|партньор|kumppani|"
    r"candidat|kandidat|кандидат|"
    r"(?:former|ex|ehemalig\w*|ancien\w*|antigu\w*|antig[oa]|były|była|bývalý|voormalig\w*|"
    r"бывш\w*|бивш\w*|колишн\w*)[ -]+"
    r"(?:member|mitglied|membre|miembro|membro|członek|člen|lid|член|учасник))\w*"
)
_STATUS_CELL = re.compile(rf"{_STATUS_WORD}(?:[ ]*/[ ]*{_STATUS_WORD})?", re.IGNORECASE)


def without_repeated_heads(lines: list[str]) -> list[str]:
    """The lines with a table's head that a copied PDF prints again below each page break
    (`PAGE_BREAK`) hidden as one: a row of cells (`_row_of_cells`) right after a break, or
    after the page's running header, each the same as a line above ('Commune    Département
    Maire' on each page), names the columns again, so that the table's rows run on across
    it. Other lines as they are."""
    breaks = [k for k, line in enumerate(lines) if line == PAGE_BREAK]
    if not breaks:
        return lines
    out = list(lines)
    above: set[str] = set()  # the lines above the break, grown break by break: one pass
    for before, k in pairwise([0, *breaks]):
        above.update(clean(line) for line in lines[before:k])
        filled = (j for j in range(k + 1, len(lines)) if lines[j].strip())
        repeats: list[int] = []
        for j in islice(filled, PAGE_BESIDE):
            if clean(lines[j]) not in above:
                break
            repeats.append(j)
        heads = [n for n, j in enumerate(repeats, start=1) if _row_of_cells(lines[j].strip())]
        for j in repeats[: heads[-1] if heads else 0]:
            out[j] = PAGE_BREAK  # the head, and the running header over it ('Annex 2')
    return out


_CELL_GAP = re.compile(r"\t|[ \u00a0]{3,}")  # between a row's cells: a tab or a wide gap
# A row of three cells or more of a script without case, which spaces no words: a single
# space parts its cells ('番号 都道府県 自治体名 首長', '순번 시도 시군구').
_UNCASED_CELL = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]+"
_UNCASED_CELLS = re.compile(rf"^{_UNCASED_CELL}(?: {_UNCASED_CELL}){{2,}}$")


def _row_of_cells(line: str) -> bool:
    """Whether a line is a table's row of cells: parted by tabs or wide gaps, or by single
    spaces in a script without case (`_UNCASED_CELLS`)."""
    return bool(_CELL_GAP.search(line) or _UNCASED_CELLS.match(line))


def without_unsigned(lines: list[str]) -> list[str]:
    """The lines without those of a list that say their place has not signed yet
    (`_NOT_SIGNED_YET`: 'Tallinn\tMayor of Tallinn\twill sign later\t–'): each is left
    blank, so that line numbers stay; a line of prose stays (its other places may have
    signed). Found by one search of the page, so that a page without any costs no call a
    line."""
    if not _NOT_SIGNED.found_in("\n".join(lines)):
        return lines
    return ["" if _NOT_SIGNED_YET.search(x) and not _is_prose(x) else x for x in lines]


# A group's heading with the number of its entries, a counter word or two after it or
# none: 'Ege Bölgesi (4)', 'Kanto (12)', 'Nord (3 villes)', '近畿 (3市)', '영남 (2개 시)'; after
# the mark Japanese, Chinese and Korean pages set before a heading: '■ 東北 (6市)'.
HEADING_MARKS = "■□◆◇"
_COUNTED = re.compile(
    rf"^[ \t]*(?:[{HEADING_MARKS}][ \t]*)?[^\W\d_][^\n\d()]{{0,60}}?"
    r"\((\d{1,4})(?:[ \t]?[^\W\d_]+){0,2}\)[ \t]*$",
    re.MULTILINE,
)


# A disclosure mark an accordion's heading ends in ('Nemčija (5) ▾', 'Agder (3) ▸'): a
# control of the page, no part of the heading's text.
_DISCLOSURE_MARKS = "▾▿▸▹▼▶►▲△▴◂◀⏷⏵⌄⌃˅˄"
_DISCLOSURE_MARK = re.compile(rf"\s+[{_DISCLOSURE_MARKS}]$")
_DISCLOSURE_CHARACTER = re.compile(f"[{_DISCLOSURE_MARKS}]")


def without_disclosure_marks(lines: list[str]) -> list[str]:
    """The lines without the disclosure mark after an accordion's heading ('Avstrija (3) ▾'
    -> 'Avstrija (3)'); a page without any such mark is searched once, no call a line."""
    if _DISCLOSURE_CHARACTER.search("\n".join(lines)) is None:
        return lines
    return [_DISCLOSURE_MARK.sub("", line) for line in lines]


# A line that is a postcode and a town's name and nothing more: '1190 Forest', '20-076 Lublin'.
_POSTCODE_LINE = re.compile(
    r"^[ \t]*(?:\d{4,6}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3} \d{2})[ \t]+([^\W\d_][^\d,;:|·\t]*?)[ \t]*$"
)


def without_postcodes(lines: list[str]) -> list[str]:
    """The lines without the postcode before each town of a list that gives them, where
    MIN_BAR_ROWS lines or more in a row are a postcode and a name alone ('1050 Ixelles',
    '1060 Saint-Gilles', '1080 Molenbeek-Saint-Jean'): a list of towns, not an address (a
    footer's one line, with its street); other lines as they are."""
    if not any(line[:1].isdigit() or line[:1] in " \t" for line in lines):
        return lines  # no line can start with a postcode: none searched
    towns = [(m[1] if (m := _POSTCODE_LINE.match(line)) else "") if line else "" for line in lines]
    out = list(lines)
    run: list[int] = []
    for k, town in enumerate([*towns, ""]):
        if town:
            run.append(k)
            continue
        if len(run) >= MIN_BAR_ROWS:
            for i in run:
                out[i] = towns[i]
        run = []
    return out


# A line of two names a dash parts, no bracket, comma nor figure: 'Imola – Bologna',
# '• Plano - TX'; its bullet kept apart.
_DASHED_PAIR = re.compile(
    r"^([ \t]*(?:[•·▪◦*][ \t]*)?)([^\W\d_][^\t\n–—,;:()|\d]*?)[ \t]+[-–—][ \t]+"
    r"([^\W\d_][^\t\n–—,;:()|\d]*?)[ \t]*$",
    re.MULTILINE,
)


def dashed_qualifiers(lines: list[str]) -> list[str]:
    """The lines of a list that writes each town, a dash and the province, state or region
    it is in ('Imola – Bologna', 'Cefalù – Palermo', 'Plano – TX') as the town and its
    region in a bracket ('Imola (Bologna)'), which the entry's reader takes as its region:
    where MIN_BAR_ROWS lines or more have that shape, two thirds of the names after the
    dash name a first-order division, and one of them repeats down the list (a column
    of regions; a list of signatories names a town once). Other lines as they are; a
    country before the dash ('Argentina – Rosario') is left to the entry's reader. Found
    by one search of the page, where it has a dash."""
    text = "\n".join(lines)
    if not any(dash in text for dash in "-–—") or _DASHED_PAIR.search(text) is None:
        return lines
    pairs = {k: m for k, line in enumerate(lines) if (m := _DASHED_PAIR.match(line))}
    rights = [fold(m[3]) for m in pairs.values()]
    divisions = sum(1 for m in pairs.values() if subdivision_countries(m[3]))
    if (
        len(pairs) < MIN_BAR_ROWS
        or 3 * divisions < 2 * len(pairs)
        or (
            len(set(rights)) == len(rights)
            and not _one_countrys_codes([m[3] for m in pairs.values()])
        )
    ):
        return lines
    out = list(lines)
    for k, m in pairs.items():
        if find_country(m[2]) is None:
            out[k] = f"{m[1]}{m[2]} ({m[3]})"
    return out


def _one_countrys_codes(names: list[str]) -> bool:
    """Whether names are all codes in capitals ('RJ', 'PA', 'TO') of first-order divisions
    of one country that has them all: a column of states' codes, which a list gives one to
    each of its towns though no state repeats (ten towns of ten states)."""
    shared: set[str] | None = None
    for name in names:
        if not (name.isupper() and len(name) <= MAX_SUBDIVISION_CODE):
            return False
        countries = {country for country, _ in subdivision_countries(name)}
        shared = countries if shared is None else shared & countries
        if not shared:
            return False
    return bool(shared)


def without_counted_headings(lines: list[str]) -> list[str]:
    """The lines without the headings of groups that give their entries' count ('Marmara
    Bölgesi (4)', 'Doğu ve Güneydoğu Anadolu (3)'), where two or more do and each but the
    last stands over exactly that many lines before the next, or over lines holding that
    many names a comma, semicolon or dot parts ('Gelderland (3)' over 'Arnhem, Ede, Tiel'):
    a region's name beside a place's ('Grenoble (38)', a department) is no such heading.
    A country's heading is kept, as the country of its entries, and a members' status's
    (`_of_members`). Found by one search of the page."""
    text = "\n".join(lines)
    found = list(_COUNTED.finditer(text))
    total = _total_heading(text, found)
    if total is not None:
        found = found[1:]
    if len(found) < 2:
        return lines
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    numbers = [bisect.bisect_right(starts, one.start()) - 1 for one in found]
    rows = without_header_rows(lines)  # a group's table's own header row is none of its lines
    groups = [rows[one + 1 : following] for one, following in pairwise(numbers)]
    counts = [int(one[1]) for one in found[:-1]]
    if not any(_counts_held(counts, each) for each in (groups, [_before_gap(g) for g in groups])):
        return lines
    out = list(lines)
    for match in [*([total] if total is not None else []), *found]:
        number = bisect.bisect_right(starts, match.start()) - 1
        line = clean(lines[number])
        if heading_country(line) is None and not is_world_region(line) and not _of_members(line):
            out[number] = ""
    return out


def _of_members(heading: str) -> bool:
    """Whether a heading names its group's members before its count ('Associate Members
    (5)', 'Membres associés (3)'): their status, which the readers of lines keep, as its
    group may not have signed; a region's count of them names none ('Regiunea Vest (3
    membri)')."""
    return not MEMBERS_WORDS.isdisjoint(fold(heading.partition("(")[0]).split())


def _counts_held(counts: list[int], groups: list[list[str]]) -> bool:
    """Whether each group holds its heading's count of lines, or of names (`_names_in`), or
    of cards of the same number of lines each ('Ajuntament de X' / 'Comarca · membre des
    de 2012' / 'Veure fitxa': three lines an entry)."""
    by_lines = [sum(1 for line in group if _has_word(line)) for group in groups]
    by_names = [sum(_names_in(line) for line in group if _has_word(line)) for group in groups]
    return counts in (by_lines, by_names) or _cards_of_a_size(counts, by_lines)


def _cards_of_a_size(counts: list[int], by_lines: list[int]) -> bool:
    """Whether each group's lines are its count's cards of one size for all, of two lines or
    more (`MAX_CARD_LINES` at most)."""
    if not counts or not counts[0] or by_lines[0] % counts[0]:
        return False
    size = by_lines[0] // counts[0]
    return 2 <= size <= MAX_CARD_LINES and by_lines == [count * size for count in counts]


def _before_gap(group: list[str]) -> list[str]:
    """A group's lines up to the blank line after its first: what follows that gap before
    the next counted heading is a heading over the next groups ('REGIÃO SUL' over 'Paraná
    (6)'), none of its lines."""
    first = next((k for k, line in enumerate(group) if _has_word(line)), len(group))
    gap = next((k for k in range(first, len(group)) if not group[k].strip()), len(group))
    return group[:gap]


def _total_heading(text: str, found: list[re.Match[str]]) -> re.Match[str] | None:
    """The first counted heading where it counts all the groups under it: the sum of the
    counts of two or more counted headings after it, with no line between it and the first
    ('Miembros por comunidad (5)' over 'Galicia (3)' and 'Aragón (2)'): the list's heading."""
    if len(found) < 3 or text[found[0].end() : found[1].start()].strip():
        return None
    return found[0] if int(found[0][1]) == sum(int(m[1]) for m in found[1:]) else None


_NAME_PARTS = re.compile(r"[,;·・ㆍ\t]|[ \u00a0]{3,}")


def _has_word(line: str) -> bool:
    """Whether a line holds a letter or a figure: an accordion's open or closed mark alone
    ('−', '+', '▾') is no line of its group."""
    return any(char.isalnum() for char in line)


def _names_in(line: str) -> int:
    """How many names a line of a group holds: its parts between commas, semicolons, dots,
    tabs or wide gaps ('Arnhem, Ede, Tiel': 3; 'Stad Gent      Stad Brugge', two columns: 2)."""
    return sum(1 for part in _NAME_PARTS.split(line) if part.strip())


# A page break of a text copied from a PDF: a line that holds a page number ('Page 7',
# 'Seite 2 von 4', 'Joint Declaration 2024      Page 2 of 4', after a wide gap or a dash or
# bar: 'Erklärung zur Wärmewende – Seite 2 von 4'; in scripts without case too, Thai
# 'หน้า 2 จาก 3', Arabic 'صفحة 2 من 3', Hebrew 'עמוד 2 מתוך 3'), the bare number beside it, and
# the running header or footer beside it that the page repeats. Such a line is hidden
# (`PAGE_BREAK`, a form feed, which `unsafe_characters_removed` leaves in no page) and a
# paragraph runs on across it.
PAGE_BREAK = "\f"
_PAGE_LABEL = re.compile(
    r"^(?=.*\d[ \t]*$)"  # a line that ends in a figure: the others are ruled out at once
    r"(?:.*(?:\t|[ \u00a0]{3,}+|[ \t][–—|·][ \t]))?"
    r"(?:page|p\.|seite|s\.|página|pág\.|pagina|pag\.|strona|str\.|sida|side|sivu|"
    r"stránka|strana|oldal|σελίδα|страница|сторінка|стр\.|sayfa|หน้า|পৃষ্ঠা|पृष्ठ|صفحة|עמוד)"
    r"[ \t]*\d{1,4}(?:[ \t]*(?:of|von|de|sur|z|di|av|af|из|з|จาก|من|מתוך|/)[ \t]*\d{1,4})?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The same as Chinese and Japanese write it, '第 N 页 共 M 页' (page N of M), '第2頁', after a
# title and a wide gap, which a copy may leave in ideographic spaces; it ends in no figure.
_CJK_PAGE_LABEL = re.compile(
    r"(?:.*(?:\t|[ \u00a0\u3000]{3,}+|[ \t][–—|·][ \t]))?"
    r"第[ \t]*\d{1,4}[ \t]*[页頁](?:[ \t]*[，,/]?[ \t]*共[ \t]*\d{1,4}[ \t]*[页頁])?[ \t]*$",
    re.MULTILINE,
)
_CJK_PAGE_ENDS_LINE = re.compile(r"[页頁][ \t]*$", re.MULTILINE)
_PAGE_NUMBER = re.compile(r"[-–—]?\s*\d{1,3}\s*[-–—]?")
PAGE_BESIDE = 2  # lines around a page number where the running header or footer stands


# A running header or footer that numbers the page after its text: 'Annex I: Signatories
# 2/2', or the same text on each page with another number ('Alliance e.V. | Bonn 1').
_NUMBERED_LINE = re.compile(  # a line that ends in a figure, the others ruled out at once
    r"^(?=.*\d[ \t]*$)([^\n]*?\S)[ \t]+(\d{1,3})(?:[ \t]*/[ \t]*(\d{1,3}))?[ \t]*$",
    re.MULTILINE,
)
MIN_RUNNING_WORDS = 3  # fewer words before a number may be a list's entry and its count
MIN_PAGE_LINES = 5  # lines between one page's running line and the next page's, at least


# A page's label in any language, a word and its number, a word (or a slash) and the pages'
# count: Pashto 'مخ ۱ له ۲', Tigrinya 'ገጽ 1 ካብ 3' (page 1 of 3), in any script's figures.
_PAGE_OF_PAGES = re.compile(
    r"^[ \t]*([^\W\d_]+)\.?[ \t]*(\d{1,4})[ \t]*([^\W\d_]+|/)[ \t]*(\d{1,4})[ \t]*$", re.MULTILINE
)


def _pages_of_pages(text: str, figured: list[int]) -> list[int]:
    """Where the labels of a PDF's pages stand that no word list knows the words of
    (`_PAGE_OF_PAGES`, tried at the lines that end in a figure, `figured`): two or more
    lines of the same two words and the same count, each number at most the count and
    growing down the page, MIN_PAGE_LINES lines apart or more (a list's lines are closer)."""
    by_words: dict[tuple[str, str, int], list[tuple[int, int]]] = {}
    for match in matches_at(_PAGE_OF_PAGES, text, figured):
        number, count = int(match[2]), int(match[4])
        if 0 < number <= count:
            key = (fold(match[1]), fold(match[3]), count)
            by_words.setdefault(key, []).append((number, match.start()))
    return [
        at
        for found in by_words.values()
        if len(found) >= 2
        and all(
            a[0] < b[0] and text.count("\n", a[1], b[1]) >= MIN_PAGE_LINES
            for a, b in pairwise(found)
        )
        for _, at in found
    ]


def _numbered_running_lines(text: str, figured: list[int]) -> list[int]:
    """Where the running lines that number a page stand (`_NUMBERED_LINE`, tried at the
    starts `figured` of the lines that end in a figure): a text of
    MIN_RUNNING_WORDS words or more before 'N/M' (N at most M), or before two or more
    different numbers on as many lines, MIN_PAGE_LINES apart or more (a list's lines that
    end in a number stand together: 'Ayuntamiento de Soria – 88/100' over 'Ayuntamiento de
    Huesca – 81/100' are a ranking's scores, no pages' numbers)."""
    numbers: dict[str, set[str]] = {}
    at: dict[str, list[int]] = {}
    found, paged, set_apart = [], [], []
    for match in matches_at(_NUMBERED_LINE, text, figured):
        head = clean(match[1])
        if len(head.split()) < MIN_RUNNING_WORDS:
            continue
        if match[3] is not None:
            paged.extend([match.start()] if int(match[2]) <= int(match[3]) else [])
            continue
        if _LAYOUT_GAP.fullmatch(text, match.end(1), match.start(2)):
            set_apart.append((int(match[2]), match.start()))
        numbers.setdefault(head, set()).add(match[2])
        at.setdefault(head, []).append(match.start())
    for head, starts in at.items():
        if len(numbers[head]) > 1 and all(  # not a list's lines: 'Testburg 1', 'Testburg 2'
            text.count("\n", a, b) >= MIN_PAGE_LINES for a, b in pairwise(starts)
        ):
            found.extend(starts)
    if all(text.count("\n", a, b) >= MIN_PAGE_LINES for a, b in pairwise(paged)):
        found.extend(paged)
    return sorted({*found, *_pages_set_apart(text, set_apart)})


# The run of spaces a PDF's layout leaves between a running line's text and its page's
# number at the margin: 'Carta dei Comuni – giugno 2024                    2'.
_LAYOUT_GAP = re.compile(r"[ \u00a0]{4,}")


def _pages_set_apart(text: str, numbered: list[tuple[int, int]]) -> list[int]:
    """Where the running lines set apart from their page's number (`_LAYOUT_GAP`) stand,
    (number, where) each: such lines whose numbers grow down the page, MIN_PAGE_LINES lines
    apart or more, even a single one (a PDF copy's one page break in mid-list); not a
    table's rows whose figures stand in a column ('Soria      88' over 'Huesca      81')."""
    if not numbered or not all(
        a[0] < b[0] and text.count("\n", a[1], b[1]) >= MIN_PAGE_LINES
        for a, b in pairwise(numbered)
    ):
        return []
    return [at for _, at in numbered]


# A page's footer and the next page's header, its number first or last and its parts in
# another order: 'Annual report 2023 · Healthy Cities 17', '18 Healthy Cities · Annual
# report 2023'.
_PAGED_LINE = re.compile(  # its number last where its line (or, blank, the next) ends in a figure
    r"^[ \t]*(?:(\d{1,4})[ \t]+(\D.{8,}?)|(?=\n?.*\d[ \t]*$)(\D.{8,}?)[ \t]+(\d{1,4}))[ \t]*$",
    re.MULTILINE,
)
_RUNNING_PARTS = re.compile(r"\s[·|•–—]\s|\t")


def _footer_and_header_lines(text: str, figured: list[int]) -> list[int]:
    """The lines of a page's footer and the next page's header that give their pages'
    numbers (`_PAGED_LINE`, tried where it may match: `_paged_line_starts`): two or more
    lines of the same parts in any order, three words
    or more, whose numbers are consecutive pages ('... 17', '18 ...'), and which stand as
    breaks do (`_pages_apart`)."""
    by_parts: dict[frozenset[str], list[tuple[int, int]]] = {}
    numbered = list(matches_at(_PAGED_LINE, text, _paged_line_starts(text, figured)))
    starts = [0, *(m.end() for m in re.finditer("\n", text))] if len(numbered) > 1 else []
    for match in numbered if starts else ():
        words = match[2] or match[3]
        parts = frozenset(fold(p) for p in _RUNNING_PARTS.split(f" {words} ") if p.strip())
        if len(words.split()) >= MIN_RUNNING_WORDS and not _is_prose(words):
            number = int(match[1] or match[4])
            line = bisect.bisect_right(starts, match.start()) - 1
            by_parts.setdefault(parts, []).append((number, line))
    return [
        line
        for found in by_parts.values()
        if len(found) >= 2
        and any(b[0] - a[0] == 1 for a, b in pairwise(sorted(found)))
        and _in_page_order(found)
        and _pages_apart(sorted(line for _, line in found))
        for _, line in found
    ]


def _in_page_order(found: list[tuple[int, int]]) -> bool:
    """Whether numbered lines' numbers (number, line) grow down the page, as pages' do:
    not a directory's years ('Member since 2009', '... 2014', '... 2011')."""
    numbers = [number for number, _ in sorted(found, key=lambda found: found[1])]
    return all(a <= b for a, b in pairwise(numbers))


def _pages_apart(lines: list[int]) -> bool:
    """Whether numbered lines stand as page breaks do: a page's footer and the next page's
    header together (two lines at most, one or two apart), each such break MIN_PAGE_LINES
    or more from the next; not a list's lines that differ only in a number ('Jane Doe,
    Mayor of Testburg 12', '... 13')."""
    breaks: list[list[int]] = []
    for line in lines:
        if breaks and line - breaks[-1][-1] <= 2:
            breaks[-1].append(line)
        else:
            breaks.append([line])
    return all(len(b) <= 2 for b in breaks) and all(
        b[0] - a[-1] >= MIN_PAGE_LINES for a, b in pairwise(breaks)
    )


# A figure that ends its line, white space after it or none: the lines on which a running
# line's patterns (`_PAGE_LABEL`, `_NUMBERED_LINE`, `_PAGED_LINE`) may match.
_FIGURE_ENDS_LINE = re.compile(r"\d[ \t]*$", re.MULTILINE)
_FIGURE_STARTS_LINE = re.compile(r"\n[ \t]*\d")


def figure_ending_lines(text: str) -> list[int]:
    """Where the lines that end in a figure (white space after it or none) start, in
    order: one search of the page, not one a line."""
    return [text.rfind("\n", 0, m.start()) + 1 for m in _FIGURE_ENDS_LINE.finditer(text)]


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """`pattern.finditer(text)`'s matches, for a pattern that can match only at `starts`
    (in order): tried there alone, as `finditer` tries on after a match's end; a pattern
    anchored at a line's start (`^`, MULTILINE) is not tried at every character between
    them, nor its look-ahead run through every line of the page."""
    found: list[re.Match[str]] = []
    for at in starts:
        if (not found or at >= found[-1].end()) and (match := pattern.match(text, at)):
            found.append(match)
    return found


def _paged_line_starts(text: str, figured: list[int]) -> list[int]:
    """Where `_PAGED_LINE` may match, in order: at the start of a line that ends in a figure
    (`figured`), of a blank one right above such a line (its look-ahead reads on into the
    next line), and of a line that starts with a figure (its number first)."""
    blank_above = [
        above
        for at in figured
        if at and not text[(above := text.rfind("\n", 0, at - 1) + 1) : at - 1].strip(" \t")
    ]
    first = [0] if re.match(r"[ \t]*\d", text) else []
    numbered = [m.start() + 1 for m in _FIGURE_STARTS_LINE.finditer(text)]
    return sorted({*figured, *blank_above, *first, *numbered})


def _cjk_paged_lines(text: str) -> list[int]:
    """Where the lines that end in '页' or '頁' (a page, `_CJK_PAGE_LABEL`) start, in order."""
    return [text.rfind("\n", 0, m.start()) + 1 for m in _CJK_PAGE_ENDS_LINE.finditer(text)]


def page_breaks(lines: list[str]) -> list[str]:
    """The lines with a copied PDF's page breaks hidden as `PAGE_BREAK` (see above, and
    `_footer_and_header_lines`), and the footnotes right above each, which a PDF prints at
    its page's foot; found by one search of the page, so that a page without any costs no
    call a line."""
    text = "\n".join(lines)
    figured = figure_ending_lines(text)  # where the patterns below may match, found once
    labels_at = [m.start() for m in matches_at(_PAGE_LABEL, text, figured)]
    labels_at += [m.start() for m in matches_at(_CJK_PAGE_LABEL, text, _cjk_paged_lines(text))]
    labels_at += _pages_of_pages(text, figured)
    found = sorted(labels_at + _numbered_running_lines(text, figured))
    running = _footer_and_header_lines(text, figured) if _DIGIT.search(text) else []
    numbers = _bare_numbers(text)
    if not found and not running and not numbers:
        return lines
    seen: dict[str, int] = {}
    for line in lines:
        key = clean(line)
        seen[key] = seen.get(key, 0) + 1
    running += _bare_page_numbers(lines, numbers, seen)
    if not found and not running:
        return lines
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    labels = sorted({*(bisect.bisect_right(starts, at) - 1 for at in found), *running})
    out = list(lines)
    beside = _beside_breaks(lines, labels)
    for label in labels:
        out[label] = PAGE_BREAK
        for k in range(max(0, label - PAGE_BESIDE), min(len(lines), label + PAGE_BESIDE + 1)):
            text_k = clean(lines[k])
            repeated = _repeated(text_k, seen) and (
                len(labels) < 2 or beside[text_k] >= 2 or _CELL_GAP.search(lines[k].strip())
            )
            if repeated or (abs(k - label) == 1 and _PAGE_NUMBER.fullmatch(text_k)):
                out[k] = PAGE_BREAK
        k = label - 1
        while k >= 0 and (out[k] == PAGE_BREAK or _FOOTNOTE_LINE.match(lines[k])):
            out[k], k = PAGE_BREAK, k - 1  # '¹ Signed by the Deputy Mayor.' at the foot
    return out


# A line's end that is a page's number: '... · 23', '... Warme Wijken 11'.
_PAGE_NUMBER_END = re.compile(r"\s(\d{1,3})$")
# A line that ends in a figure, white space after it or none (NFC makes no figure).
_FIGURE_AT_END = re.compile(r"\d\s*$", re.MULTILINE)
MIN_TITLE_WORDS = 2  # a running line's title, or the title's part before a colon or a dash
_TITLE_DASH = re.compile(r"\s[–—-]\s")  # a spaced dash that parts a title's parts


def without_running_title(lines: list[str], title: str) -> list[str]:
    """The lines with a copied PDF's running header or footer hidden as `PAGE_BREAK` where
    it names the page's title (the whole title, or its part before a colon or a spaced
    dash, MIN_TITLE_WORDS words or more) and ends in the page's number ('Jaarverslag 2024 |
    Vereniging Warme Wijken 11' on a page titled 'Jaarverslag 2024'; 'Rapport annuel 2024 ·
    12' under 'Rapport annuel 2024 – Annexe 3 : les adhérents'; 'SAĞLIKLI ŞEHİRLER BİRLİĞİ · 2024
    FAALİYET RAPORU · 23' under '2024 Faaliyet Raporu: Üye Belediyelerimiz'), though the
    page copies it once: no line of a list repeats the document's title. Other lines, and
    the title's own line, as they are."""
    heads = {fold(title), fold(title.partition(":")[0]), fold(_TITLE_DASH.split(title)[0])}
    heads = {h for h in heads if len(h.split()) >= MIN_TITLE_WORDS}
    if not heads:
        return lines
    out = list(lines)
    for k in lines_matching(_FIGURE_AT_END, lines):  # the others' clean text ends in none
        text = clean(lines[k])
        if not text or len(text) > MAX_ENTRY_CHARS or _PAGE_NUMBER_END.search(text) is None:
            continue
        folded = f" {fold(text)} "
        if fold(text) not in heads and any(f" {head} " in folded for head in heads):
            out[k] = PAGE_BREAK
    return out


def _beside_breaks(lines: list[str], labels: list[int]) -> Counter[str]:
    """How many of the page breaks (their lines, `labels`) each line's text stands beside
    (PAGE_BESIDE lines): a running header or footer stands beside two or more where a
    document has two; a list's line that its list repeats ('República de Panamá' under
    two signers) beside one at most."""
    beside: Counter[str] = Counter()
    for label in labels:
        around = range(max(0, label - PAGE_BESIDE), min(len(lines), label + PAGE_BESIDE + 1))
        beside.update({clean(lines[k]) for k in around if k != label})
    return beside


def _repeated(text: str, seen: dict[str, int]) -> bool:
    """Whether a line is one the page repeats, of MIN_RUNNING_WORDS words or more: a running
    header's or footer's (`seen`: how often each cleaned line stands on the page); a script
    written without spaces counts its words as `word_count` does ('เครือข่ายเมืองน่าอยู่')."""
    return seen.get(text, 0) >= 2 and word_count(text) >= MIN_RUNNING_WORDS


# A page's number on a line of its own, dashes around it or not: '– 7 –', '- 12 -', '7'.
_BARE_NUMBER = re.compile(r"^[ \t]*[-–—－]?[ \t]*(\d{1,3})[ \t]*[-–—－]?[ \t]*$", re.MULTILINE)


def _bare_numbers(text: str) -> list[tuple[int, int]]:
    """Each number alone on its line (`_BARE_NUMBER`), as (the number, its line's index);
    found by one search of the page."""
    matches = list(_BARE_NUMBER.finditer(text))
    if len(matches) < 2:
        return []
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    return [(int(m[1]), bisect.bisect_right(starts, m.start()) - 1) for m in matches]


def _bare_page_numbers(
    lines: list[str], numbers: list[tuple[int, int]], seen: dict[str, int]
) -> list[int]:
    """The lines of `numbers` (`_bare_numbers`) that number a page: each right beside
    (PAGE_BESIDE lines) a running line the page repeats (`_repeated`), and followed further
    down, MIN_PAGE_LINES lines or more, by the next page's number beside one too (a report's
    footer 'Annual report 2024' over '– 7 –', then over '– 8 –'). A number alone in a list or
    a card ('12') has no such neighbours."""

    def beside_running(line: int) -> bool:
        around = range(max(0, line - PAGE_BESIDE), min(len(lines), line + PAGE_BESIDE + 1))
        return any(_repeated(clean(lines[k]), seen) for k in around if k != line)

    paged = [(number, line) for number, line in numbers if beside_running(line)]
    found: set[int] = set()
    for (number, line), (after, after_line) in pairwise(paged):
        if after == number + 1 and after_line - line >= MIN_PAGE_LINES:
            found.update((line, after_line))
    for (number, line), (after, after_line) in pairwise(numbers):  # the last page's number
        alike = _dashed_alike(lines[line], lines[after_line])
        if alike and after == number + 1 and after_line - line >= MIN_PAGE_LINES:
            found.update((line, after_line) if beside_running(line) else ())
    return sorted(found)


def _dashed_alike(number: str, after: str) -> bool:
    """Whether two page numbers are written alike between dashes ('－ 1 －', '－ 2 －'): the
    last page's, which no next page's running header follows, numbers it as the others."""
    shape, after_shape = (re.sub(r"\d+", "#", x.strip()) for x in (number, after))
    return shape == after_shape and shape != "#"


# Words naming a place's part in a statement that is not signing it (host, venue,
# coordinator, addressee, an exception), in the corpus's languages and their neighbours';
# matched at a word's start, case aside.
_ROLE_WORDS = re.compile(
    r"(?<!\w)(?:host(?:s|ed|ing)?\b|venue|coordinat(?:or|ed|eur|rice|ore)|addressed to|"
    r"except|excluding|gastgeber|ausgerichtet|koordinator|koordiniert|außer\b|ausgenommen|"
    r"hôte|accueillie?s? (?:par|à)|sauf\b|à l'exception|anfitri|acog[ií]|coordinador|excepto|"
    r"salvo\b|ospitat|"
    r"ospite|tranne|eccetto|coordenad|exceto|gastheer|gastvrouw|gaststad|coördinator|"
    r"behalve|uitgezonderd|gospodarz|koordynator|z wyjątkiem|oprócz|värd|samordnare|"
    r"utom\b|vært|undtagelse|vert\b|vertskap|unntatt|hostitel|koordinátor|kromě\b|isäntä|"
    r"paitsi|οικοδεσπ|συντονιστ|εκτός|g[aă]zd|coordonator|cu excepția|okrem\b|domaćin|osim\b|"
    r"išskyrus|φιλοξ[εέ]ν)",
    re.IGNORECASE,
)
# Words saying where the signers met, a venue's name after them: 'Réunis à Lyon, les maires
# de ...', 'Gathered in Leeds, ...'; a role only where a capital follows them, not 'réuni en
# séance' (met in session), 'met in the spring'.
_VENUE_WORDS = re.compile(
    r"(?<!\w)(?:r[ée]uni(?:e|s|es)?\s+(?:à|au|en)\s|rassembl[ée]e?s?\s+(?:à|au|en)\s|"
    r"(?:gathered|meeting|met|convened)\s+in\s|versammelt\s+in\s|trafen\s+sich\s+in\s|"
    r"reunid[oa]s?\s+(?:en|em)\s|riunit[ie]\s+a\s|bijeen(?:gekomen)?\s+in\s|"
    r"zebrani\s+w\s|samlade\s+i\s|samlet\s+i\s)",
    re.IGNORECASE,
)


_ROLE_WORD = LoweredSearch(_ROLE_WORDS)
_VENUE_WORD = LoweredSearch(_VENUE_WORDS)


def _has_role_word(text: str, *, roles: bool = True, venues: bool = True) -> bool:
    """Whether a text has a role word (`_ROLE_WORDS`), or a venue's words before a name
    (`_VENUE_WORDS`); only those asked for (`roles`, `venues`: a part of a paragraph in
    which a pattern finds nothing is not searched for it, `without_roles`)."""
    return (roles and _ROLE_WORD.found_in(text)) or (
        venues and _venue_named(text, _VENUE_WORD.spans(text))
    )


def _venue_named(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a capital follows one of a text's venue's words (their `spans` in it)."""
    return any(text[end : end + 1].isupper() for _, end in spans)


# A part of a sentence, up to a comma, with a preposition of place: where `says_where` may
# find the sentence's venue (searched in C, a line at a time).
_LOCATIVE_PART = re.compile(
    r"\s(?:" + "|".join(sorted(_ONLY_LOCATIVES)) + r")\s[^,]{1,80},", re.IGNORECASE
)


def without_roles(line: str) -> str:
    """A paragraph without the parts of its sentences that name a place's role other than
    signing: 'signed in Leeds, the host city, by Sheffield, York and Hull, with Doncaster
    as coordinator' reads 'by Sheffield, York and Hull'. A part (between commas) with a
    role word goes, and so does the part before it where it names no place of its own (an
    apposition: 'Leeds, the host city'). Lines that are no prose are kept as they are."""
    text = clean(line)
    if not _is_prose(text):
        return line
    # A part (between white space or commas, as a pattern's words start and end) holds a
    # match of a pattern only where the paragraph does: each searched once in the paragraph,
    # and in its parts only if found there (a paragraph of news has no role word).
    roles, venues = _ROLE_WORD.found_in(text), _VENUE_WORD.spans(text)
    if not (roles or _venue_named(text, venues) or _LOCATIVE_PART.search(text)):
        return line
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        parts = _split_outside_brackets(sentence, ",")
        drop = set()
        if len(parts) > 2 and says_where(parts[0], _ONLY_LOCATIVES) and _SIGNING.search(sentence):
            drop.add(0)  # 'Tại hội nghị ở Đà Lạt, Thành phố Hà Nội, ... đã ký': the venue
        for k, part in enumerate(parts):
            named = bool(venues) and not part.islower()  # a venue's name needs a capital
            if (roles or named) and _has_role_word(part, roles=roles, venues=named):
                drop.add(k)
                if k and not _names(part):
                    drop.add(k - 1)  # 'Leeds, the host city'
                if _apposition_after(parts, k):
                    drop.add(k + 1)  # 'Our host, the Mayor of Aberdeen, said ...'
            elif k - 1 in drop and not _names(part):
                drop.add(k)  # the role's clause: '..., except Buzău, which signs in May'
        kept.append(", ".join(p for k, p in enumerate(parts) if k not in drop))
    return " ".join(kept)


def _apposition_after(parts: list[str], k: int) -> bool:
    """Whether the part after a role's part that names no place is its apposition, the
    place's body or title in lower case words first, and the sentence goes on in lower case
    after it ('Our host, the Mayor of Aberdeen, said ...', 'Gastgeber, der Oberbürgermeister
    von Erfurt, sagte ...'): not a list going on ('the host, Sheffield, York and Hull')."""
    if k + 2 >= len(parts):
        return False
    apposition, after = parts[k + 1].strip(), parts[k + 2].strip()
    return (
        apposition[:1].islower()
        and after[:1].islower()
        and _names(apposition)
        and not _names(parts[k])
    )


MIN_BAR_ROWS = 3


def bar_table_rows(lines: list[str]) -> set[int]:
    """The lines of a table whose cells bars, middle dots or bullets part, without a bar at
    the line's ends ('Cork | Ireland | 2021', 'Aarau · AG · 22’100 Einw. · seit 1998'):
    MIN_BAR_ROWS or more lines in a row of the same number of cells, in one of which after
    the first each row gives a country or a number. Places between bars with no such column
    ('Bamberg | Kempten | Wetzlar') are several entries a line. A blank line (a group's
    heading hidden, `without_counted_headings`) parts no such table where its rows on both
    sides make one; else it parts two."""
    rows: set[int] = set()
    run: list[list[int]] = []  # the run's blocks, between blank lines
    for k, line in enumerate([*lines, "."]):
        if not line.strip():
            if run and run[-1]:
                run.append([])
            continue
        cells = _cell_parts(line) if "|" in line or "·" in line or "•" in line else 0
        if (
            cells
            and not line.startswith("|")
            and (not run or _cell_parts(lines[run[0][0]]) == cells)
        ):
            if not run:
                run.append([])
            run[-1].append(k)
            continue
        rows.update(_table_rows(run, lines))
        run = [[k]] if cells and not line.startswith("|") else []
    return rows


def _table_rows(blocks: list[list[int]], lines: list[str]) -> list[int]:
    """A run's rows that make a table (`bar_table_rows`): all of them, else its blocks that
    make one each."""
    whole = [k for block in blocks for k in block]
    if len(whole) >= MIN_BAR_ROWS and (_bar_columns(whole, lines) or _ruled_head(whole, lines)):
        return whole
    return [
        k
        for block in blocks
        if len(block) >= MIN_BAR_ROWS and len(block) < len(whole) and _bar_columns(block, lines)
        for k in block
    ]


# What parts a directory's fields, as a table's cells: a bar, a middle dot or a bullet
# between spaces.
_CELL_SEPARATOR = re.compile(r" \| |\s[·•]\s")


def _cell_parts(line: str) -> int:
    """How many cell separators a line holds (none is read fast: most lines have none); a
    middle dot or a bullet parts cells where two or more do, one a name from its note
    ('Oslo kommune · medlem siden 2016', read as a dash's note is)."""
    if "|" not in line and "·" not in line and "•" not in line:
        return 0
    parts = len(_CELL_SEPARATOR.findall(line))
    return parts if parts >= MIN_DOT_CELLS - 1 or " | " in line else 0


MIN_DOT_CELLS = 3


def _ruled_head(run: list[int], lines: list[str]) -> bool:
    """Whether a run is a Markdown table written without bars at its rows' ends: its head
    over a rule of dashes ('Ente | Regione | Anno' over '--- | :---: | ---'), its cells'
    names whatever its rows hold."""
    return all(set(cell.strip()) <= set("-:") and "-" in cell for cell in lines[run[1]].split("|"))


def _bar_columns(run: list[int], lines: list[str]) -> bool:
    table = [[clean(cell) for cell in _CELL_SEPARATOR.split(lines[k])] for k in run]
    return any(
        all(has_digit(row[i]) or find_country(row[i]) for row in table)
        for i in range(1, len(table[0]))
    )


def without_header_rows(lines: list[str]) -> list[str]:
    """The lines without the header rows of tables copied with their tabs ('Ville\tPays\t
    Représentée par', 'Stadt\tLand'): a table's first row, over MIN_BAR_ROWS rows or more
    that each name a country in a column where it names none. Its words are the columns'
    names, no entry, though a place bears one ('Ville', 'Stadt'); its line is left blank."""
    out = list(lines)
    for k, line in enumerate(lines):
        if "\t" not in line or (k and "\t" in lines[k - 1]):
            continue  # a table's first row only
        end = k + 1
        while end < len(lines) and "\t" in lines[end]:
            end += 1
        if (
            end - k > MIN_BAR_ROWS
            and (_names_the_columns(lines[k:end]) or _names_the_place_column(lines[k:end]))
        ) or (end - k > MIN_FIGURE_ROWS and _names_a_figures_column(lines[k:end])):
            out[k] = ""
    return out


# The words a table's column of places goes by, folded, in the languages of the corpus:
# 'Stadt / Ville / Città', 'Comune / Gemeinde' (a town's kind named, no town).
_PLACE_COLUMN_WORDS = frozenset(
    "city cities town towns municipality municipalities member members name signatory "
    "local authority ville villes commune communes nom stadt stadte gemeinde gemeinden ort "
    "comune comuni citta municipio municipios ciudad ciudades nombre cidade cidades nome "
    "gemeente gemeenten naam stad kommune kommuner kommun miasto gmina nazwa obec obcina "
    "kunta municipi localitate telepules kota kabupaten bandar".split()
)


def _names_the_place_column(rows: list[str]) -> bool:
    """Whether a table's first row names its column of places in the words of a town's kind
    alone ('Stadt / Ville / Città', 'Comune / Gemeinde'), where no row under it does."""
    first = rows[0].split("\t")
    for k, cell in enumerate(first):
        if _kind_words_only(cell) and not any(
            _kind_words_only(row.split("\t")[k]) for row in rows[1:] if row.count("\t") >= k
        ):
            return True
    return False


def _names_a_figures_column(rows: list[str]) -> bool:
    """Whether a table's first row names a column of figures in words: a cell with no
    figure over cells that are figures alone in every row under it ('Biztanleak' over
    '257.423', 'Einwohner' over '12 400', 'Since' over '2004'): the columns' names."""
    first = rows[0].split("\t")
    for k, cell in enumerate(first):
        if (
            _LETTER.search(cell)
            and not _DIGIT.search(cell)
            and all(
                _FIGURE.fullmatch(row.split("\t")[k].strip()) if row.count("\t") >= k else False
                for row in rows[1:]
            )
        ):
            return True
    return False


MIN_FIGURE_ROWS = 2  # a region's small table under its own header row ('Gemeinde\tEinwohner')
_FIGURE = re.compile(r"\d[\d.,'’ \u00a0]*")
_LETTER = re.compile(r"[^\W\d_]")


def _kind_words_only(cell: str) -> bool:
    words = fold(cell).split()  # fold parts 'Stadt / Ville' at the slash too
    return bool(words) and _PLACE_COLUMN_WORDS.issuperset(words)


def without_row_numbers(lines: list[str]) -> list[str]:
    """The rows of tables copied with their tabs without a first column that only numbers
    them ('1\tCommune de Cotonou\tBénin', '2\tVille de Porto-Novo\tBénin', a 'N°' or
    'Nr.' column): MIN_BAR_ROWS rows or more in a row whose first cells count up by one,
    blank lines and page breaks between them; the row's number is no name of its own.
    Other lines as they are."""
    out = list(lines)
    run: list[int] = []
    last = 0
    for k, line in enumerate([*lines, "."]):
        if run and (not line or line == PAGE_BREAK):
            continue  # a row's line run on and joined to it (`numbered_rows`), a PDF's page
        number = _counted_row(line) if "\t" in line else None
        if number is not None and run and number == last + 1:
            run.append(k)
        else:
            if len(run) >= MIN_BAR_ROWS:
                for i in run:
                    out[i] = lines[i].split("\t", 1)[1]
                if run[0] and _numbers_head(lines[run[0] - 1], lines[run[0]]):
                    out[run[0] - 1] = lines[run[0] - 1].split("\t", 1)[1]
            run = [k] if number is not None else []
        last = number or 0
    return out


def _numbers_head(head: str, row: str) -> bool:
    """Whether a line over a table's numbered rows is its head, its first cell the name of
    the column that numbers them ('Rbr.', 'Nr. crt.', 'N°'): as many tab-parted cells as
    the row, and no figure in its first."""
    first = head.partition("\t")[0]
    return bool(first.strip()) and not _DIGIT.search(first) and head.count("\t") == row.count("\t")


def _counted_row(line: str) -> int | None:
    """The number of a tab-parted row whose first cell is one alone ('12\t...', '12.\t...')."""
    first, tab, rest = line.partition("\t")
    first = first.strip().rstrip(".)")
    return int(first) if tab and rest.strip() and first.isdigit() and len(first) <= 4 else None


def _names_the_columns(rows: list[str]) -> bool:
    cells = [[clean(cell) for cell in row.split("\t")] for row in rows]
    first, rest = cells[0], cells[1:]
    return any(
        not _country_cell(first[k]) and all(k < len(row) and _country_cell(row[k]) for row in rest)
        for k in range(len(first))  # a first column of countries too ('国\t都市')
    )


def _country_cell(cell: str) -> bool:
    """A cell that names a country, or gives its letters as cars do ('D', 'F', 'CH', 'FL'),
    or names a country's region in words ('mazowieckie', 'Bayern', 'Andalucía'): a
    column's name is none of these."""
    return (
        find_country(cell) is not None
        or (cell.isalpha() and cell.isupper() and len(cell) <= 3)
        or (len(cell) > MAX_REGION_CODE and bool(subdivision_countries(cell)))
    )


MAX_REGION_CODE = 3  # a region's code ('BY', 'NRW'), which a column's short name may be too


def pipe_row(line: str) -> str:
    """A Markdown table's row as a tab-separated one: '| Rosario | Argentina | 2020 |' ->
    'Rosario\tArgentina\t2020'; the rule under its header ('|---|:--|') is no text. A row of
    `bar_table_rows` the same way: 'Aarau · AG · 22’100 Einw.' -> 'Aarau\tAG\t22’100 Einw.'."""
    if not line.startswith("|") and _cell_parts(line):
        return "\t".join(cell.strip() for cell in _CELL_SEPARATOR.split(line.strip()))
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    if all(set(cell) <= set("-: ") for cell in cells):
        return ""
    return "\t".join(cells)


_SPACE_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
MIN_ALIGNED_GAPS = 2  # columns parted by runs of spaces: three or more make a table


def aligned_rows(lines: list[str]) -> list[str]:
    """A table copied from a PDF with its columns set by runs of spaces ('Aarhus Kommune
    Region Midtjylland   Jakob Thorsen', each column starting at one place in every row)
    as tab-separated rows: MIN_BAR_ROWS lines or more in a row that share MIN_ALIGNED_GAPS
    column starts or more, give or take MAX_COLUMN_SHIFT. Two columns (signature blocks
    side by side, `column_blocks`) and other lines are left as they are. A table's first
    row that a later table's repeats (its header, printed again atop each of a PDF's
    pages: 'Commune   Département   Maire') is left blank where it repeats."""
    if "  " not in "\n".join(lines):
        return lines  # no gap: no call a line
    out = list(lines)
    run: list[int] = []
    starts: list[int] = []
    heads: set[str] = set()
    for k, line in enumerate([*lines, ""]):
        ends = [end for _, end in _gap_ends(line)] if "\t" not in line else []
        shared = [s for s in starts if _near(s, ends)] if run else ends
        if len(shared) >= MIN_ALIGNED_GAPS:
            run, starts = [*run, k], shared
            continue
        if len(run) >= MIN_BAR_ROWS:
            for i in run:
                out[i] = _aligned_cells(lines[i], starts)
            head = out[run[0]]
            out[run[0]] = "" if head in heads else head
            heads.add(head)
        run, starts = ([k], ends) if len(ends) >= MIN_ALIGNED_GAPS else ([], [])
    return out


# A row of a PDF's table numbered in its first column, a run of spaces after the number:
# '1   Comune di Bergamo (BG)  12/03/2025', '10  Comune di Prato (PO)  30/06/2025'.
_GAPPED_ROW = re.compile(r" {0,3}(\d{1,4})[.)]? {2,}(?=\S)")
# A row's cell run on to the next line, indented under it: '    milia (RE)  20/03/2025'.
_RUN_ON_CELL = re.compile(r" {2,}(?=\S)")


def numbered_rows(lines: list[str]) -> list[str]:
    """A table copied from a PDF whose rows are numbered, their cells parted by runs of
    spaces that do not line up from row to row (`aligned_rows` reads those that do), as
    tab-parted rows: MIN_BAR_ROWS rows or more whose numbers count up by one, with only
    blank lines, page breaks and rows' cells run on to an indented line ('3   Comune di
    Reggio nell'E-' over '    milia (RE)  20/03/2025', joined to its row, its line left
    blank) between them, MIN_BAR_ROWS of them of two cells or more after the number.
    Other lines as they are."""
    if "  " not in "\n".join(lines):
        return lines  # no gap: no call a line
    out = list(lines)
    run: dict[int, list[str]] = {}
    run_on: list[int] = []  # the lines of the run's rows' cells run on
    last = 0  # the run's last row's number
    for k, line in enumerate([*lines, "."]):
        cells = _numbered_cells(line)
        if cells is not None and (not run or int(cells[0]) == last + 1):
            run[k], last = cells, int(cells[0])
            continue
        if run and cells is None and k - 1 in run and _RUN_ON_CELL.match(line):
            run[k - 1] = _run_on(run[k - 1], _SPACE_GAP.split(line.strip()))
            run_on.append(k)
            continue
        if run and (not line.strip() or line == PAGE_BREAK):
            continue
        if len(run) >= MIN_BAR_ROWS and sum(len(c) > 2 for c in run.values()) >= MIN_BAR_ROWS:
            for i, row in run.items():
                out[i] = "\t".join(row)
            for i in run_on:
                out[i] = ""
        run, run_on = ({k: cells} if cells is not None else {}), []
        last = int(cells[0]) if cells is not None else 0
    return out


def _numbered_cells(line: str) -> list[str] | None:
    """A numbered row's number and cells (`numbered_rows`), parted at tabs or gaps."""
    if "\t" in line:
        number = _counted_row(line)
        return None if number is None else [str(number), *line.split("\t")[1:]]
    gapped = _GAPPED_ROW.match(line)
    if gapped is None:
        return None
    return [gapped.group(1), *_SPACE_GAP.split(line[gapped.end() :].strip())]


def _run_on(row: list[str], cells: list[str]) -> list[str]:
    """A row with its cells run on to the next line joined to it: the first to the row's
    cell cut at a hyphen ('nell'E-' and 'milia': 'nell'Emilia', a capital keeps the
    hyphen: 'Vitoria-' and 'Gasteiz'), else to its name's, the cell after its number;
    the others after its last."""
    cut = max((i for i, cell in enumerate(row) if cell.endswith("-")), default=1)
    cell = row[cut] if cut < len(row) else ""
    if cell.endswith("-"):
        joined = (cell[:-1] if cells[0][:1].islower() else cell) + cells[0]
    else:
        joined = f"{cell} {cells[0]}".strip()
    return [*row[:cut], joined, *row[cut + 1 :], *cells[1:]]


# A wide space between words: Chinese, Japanese and Korean part a line's columns with it
# as a tab does ('北海道\u3000北見市', a prefecture then its city; 'メキシコ\u3000グアダラハラ市').
_WIDE_SPACE = re.compile("(?<=\\S)\u3000+(?=\\S)")


# A point of a text, numbered, after a wide space ('二\u3000再生可能エネルギーの...'), or a
# sentence ending in its stop: no row of a table.
_NUMBERED_CLAUSE = re.compile(r"\s*[0-9０-９一二三四五六七八九十]+\u3000|.*[。.]\s*$")


def wide_space_rows(lines: list[str]) -> list[str]:
    """Lines whose columns are parted by wide spaces (`_WIDE_SPACE`) as tab-separated rows,
    where MIN_BAR_ROWS lines or more in a row have one (a line alone with one is a title's
    or an address's spacing); other lines as they are."""
    if "\u3000" not in "\n".join(lines):
        return lines  # no wide space: no call a line
    out = list(lines)
    run: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if "\u3000" in line and _WIDE_SPACE.search(line) and not _NUMBERED_CLAUSE.match(line):
            run.append(k)
            continue
        if len(run) >= MIN_BAR_ROWS:
            for i in run:
                out[i] = _WIDE_SPACE.sub("\t", lines[i].strip())
        run = []
    return out


def _near(start: int, ends: list[int]) -> bool:
    return any(abs(start - end) <= MAX_COLUMN_SHIFT for end in ends)


def _gap_ends(line: str) -> list[tuple[re.Match[str], int]]:
    """Each gap of a line (`_SPACE_GAP`) and the column it ends at as the line is shown: a
    mark set on a letter takes no column of its own (Devanagari's vowel signs, 'इंदौर',
    Thai's, Arabic's), so a table aligned by eye has its columns where its rows show them."""
    if line.isascii():  # no mark: each gap ends at its own column
        return [(gap, gap.end()) for gap in _SPACE_GAP.finditer(line)]
    found, column, at = [], 0, 0
    for gap in _SPACE_GAP.finditer(line):
        shown = line[at : gap.end()]
        column += len(shown) - (0 if shown.isascii() else _unspaced_marks(shown))
        found.append((gap, column))
        at = gap.end()
    return found


def _unspaced_marks(text: str) -> int:
    """The marks of a text that take no column of their own: non-spacing and enclosing
    marks, format characters (a zero-width joiner)."""
    return sum(1 for char in text if unicodedata.category(char) in _UNSPACED)


_UNSPACED = frozenset(("Mn", "Me", "Cf"))


def _aligned_cells(line: str, starts: list[int]) -> str:
    """A row parted at its gaps that end where the table's columns start (`aligned_rows`)."""
    cells, begin = [], 0
    for gap, end in _gap_ends(line):
        if _near(end, starts):
            cells.append(line[begin : gap.start()].strip())
            begin = gap.end()
    return "\t".join([*cells, line[begin:].strip()])


# A web or e-mail address written bare: 'lublin.eu', 'www.breda.nl', 'https://breda.nl/en',
# 'info@cuenca.gob.ec' (a top-level domain in small letters: no date, no initials). The
# place's name in it ('lublin') is no word of the page's language.
WEB_ADDRESS = re.compile(
    r"(?<![\w.@/-])(?:[^\s@]+@|(?:https?://)?(?:www\.)?)(?:[^\W_][\w-]*\.)+[a-z]{2,}"
    r"(?![\w-])(?:[/?#]\S*)?/?"
)
# A line that may hold a web address: each has a dot before two small letters (its domain).
_ADDRESS_LINE = re.compile(r"^.*\.[a-z]{2}.*$", re.MULTILINE)


def without_web_addresses(text: str) -> str:
    """The text with a space for each of its web addresses (`WEB_ADDRESS`, which finds none
    across a line break), searched in its lines that may hold one (`_ADDRESS_LINE`): tried
    at every character, the pattern costs 0.05 s a MB."""
    return _ADDRESS_LINE.sub(lambda line: WEB_ADDRESS.sub(" ", line[0]), text)


def spaced_rows(lines: list[str]) -> list[str]:
    """A table copied from a PDF, its cells parted by single spaces ('1 Athens Greece
    Kostas Bakoyannis 12.03.2023'), as 'City, Country' lines: where MIN_BAR_ROWS lines or
    more in a row, each with a figure, name a country after capitalised words (a leading
    number left out); the columns after the country are dropped. Other lines as they are."""
    rows = {k: row for k, line in enumerate(lines) if line and (row := _spaced_row(line))}
    if len(rows) < MIN_BAR_ROWS:
        return lines  # a blank line costs no call
    lines = _broken_rows(_continued_rows(lines, rows))
    rows = {k: row for k, line in enumerate(lines) if line and (row := _spaced_row(line))}
    out = list(lines)
    run: list[int] = []
    for k in [*rows, -1]:
        if run and (k == run[-1] + 1 or (k == run[-1] + 2 and not lines[k - 1])):
            run.append(k)  # a blank line a row's second line left (`_continued_rows`)
            continue
        if run and k > 0 and _across_a_break(lines, run, k):
            out[run[-1] + 1 : k] = [x if x == PAGE_BREAK else "" for x in lines[run[-1] + 1 : k]]
            run.append(k)
            continue
        if len(run) >= MIN_BAR_ROWS:
            for i in run:
                out[i] = rows[i]
            if run[0] and _header_above(lines[run[0] - 1]):
                out[run[0] - 1] = ""  # 'Gemeente Provincie Lid sinds': the columns' names
        run = [k]
    return out


MAX_CELL_END_WORDS = 4  # a row's last cell run on to the next line: 'Executive Board'


def _across_a_break(lines: list[str], run: list[int], k: int) -> bool:
    """Whether row k goes on the table of the rows in `run` across a PDF's page break
    (`PAGE_BREAK`): between them stand only the break, blank lines, the table's head again
    (the line over its first row) and, right under the last row, its last cell run on
    ('Executive Board', MAX_CELL_END_WORDS words at most, no figure)."""
    between = [clean(x) if x != PAGE_BREAK else x for x in lines[run[-1] + 1 : k]]
    if PAGE_BREAK not in between or run[0] == 0:
        return False
    head = clean(lines[run[0] - 1])
    first = next((i for i, x in enumerate(between) if x), 0)
    return all(
        not x
        or x in (PAGE_BREAK, head)
        or (i == first and len(x.split()) <= MAX_CELL_END_WORDS and not _DIGIT.search(x))
        for i, x in enumerate(between)
    )


def _broken_rows(lines: list[str]) -> list[str]:
    """The lines with a table's row whose name the copy broke over two lines ('Newcastle
    upon' / 'Tyne United Kingdom Cllr Ann Lee, Mayor', 'Cluj-' / 'Napoca Romania ...')
    joined on its first (the second left blank): where the first ends as a broken name
    does (`_BROKEN_AFTER`) and the two read as a row (`_spaced_row`)."""
    out = list(lines)
    for k in range(len(lines) - 1):
        line = lines[k].rstrip()
        if len(line) > MAX_ENTRY_CHARS or not _broken_after(line) or _spaced_row(line):
            continue
        joined = joined_lines(line, lines[k + 1].strip())
        if _spaced_row(joined):
            out[k], out[k + 1] = joined, ""
    return out


def _header_above(line: str) -> bool:
    """Whether the line right over a table's rows that each hold a figure is its header
    row: two words or more, none a figure, no comma, no sentence ('Gemeente Provincie Lid
    sinds', 'Ville Pays Adhésion')."""
    text = clean(line)
    return (
        len(text.split()) >= 2
        and _DIGIT.search(text) is None
        and "," not in text
        and not text.endswith((".", ":", "!", "?"))
    )


_ROW_NUMBER = re.compile(r"^\d{1,4}[.)]?\s+")


def _continued_rows(lines: list[str], rows: dict[int, str]) -> list[str]:
    """A table's numbered rows with a row the copy broke over two lines joined on its first
    (the second left blank): '18 Port Blair Andaman & Nicobar' / 'Islands Shri R. Murugan'
    between rows 17 and 19, in a table whose rows read (`rows`)."""
    out = list(lines)
    for k in range(1, len(lines) - 2):
        if k - 1 not in rows or k in rows or not lines[k + 1]:
            continue
        above, this, below = (_row_number(lines[i]) for i in (k - 1, k, k + 2))
        if above is None or this is None or below is None or _row_number(lines[k + 1]):
            continue
        if this == above + 1 and below == this + 1:
            out[k], out[k + 1] = joined_lines(lines[k].rstrip(), lines[k + 1].strip()), ""
    return out


def _row_number(line: str) -> int | None:
    number = _ROW_NUMBER.match(line)
    return int(number.group().strip(" .)")) if number else None


def _country_cased(word: str) -> bool:
    """A country's name starts with a capital, its code is all capitals ('DE', 'Greece';
    not 'de', a word of 'Ayuntamiento de Bilbao')."""
    return word.isupper() if len(word) <= 3 else word[:1].isupper()


MAX_COUNTRY_WORDS = 4


def _spaced_row(line: str) -> str | None:
    """'Athens, Greece' for '1 Athens Greece Kostas Bakoyannis 12.03.2023'; None if the
    line is no such row (no figure, a tab, bar, middle dot, bullet or semicolon, or no country
    after a name).
    The name starts with a capital and may hold words in lower case, a comma and a bracket,
    as a body's does ('Comune di Bergamo', 'Oslo kommune', 'City of Victoria, British
    Columbia', 'County of Uasin Gishu (Eldoret)'); a line with a comma right before its
    country is one already ('Athens, Greece 2023')."""
    if len(line) > MAX_ENTRY_CHARS or any(c in line for c in "\t|;"):
        return None
    if ("·" in line or "•" in line) and _cell_parts(line):
        return None  # a table's cells, parted otherwise: 'Aarau · AG · 22’100 Einw.'
    text = clean(line)
    figured = has_digit(text)
    if not figured and ("," not in text or not _SIGNER_AFTER.search(text)):
        return None  # no figure and no signer's name before a comma: no call a line
    words = _ROW_NUMBER.sub("", text).split()
    if not words or not _capitalised(words[0]):
        return None
    state_end = 0  # where a state or province after a comma ends: 'Victoria, British Columbia'
    by_state, before = _state_row(words) if figured else (None, 0)
    for start in range(1, min(len(words), MAX_NAME_WORDS + 1)):
        if has_digit(words[start - 1]):
            return by_state  # a figure ends the name: no country came after it
        if words[start - 1].endswith(","):
            state_end = start + _state_size(words[start:])
        if start < state_end:
            continue  # 'Columbia' of 'British Columbia' is no Colombia
        if start < len(words) and not _country_cased(words[start]):
            continue  # 'Ayuntamiento de Bilbao': 'de' is no code of Germany
        for size in range(MAX_COUNTRY_WORDS, 0, -1):
            country = " ".join(words[start : start + size])
            if start + size > len(words) or not country[:1].isupper():
                continue  # 'de' is no 'DE': a country is capitalised
            if find_country(country) is not None:
                if not figured:
                    return _signed_row(words, start, size)
                if by_state is not None and before < start:
                    return by_state  # 'Belagavi Karnataka Shri P. Kulkarni MD': a title
                return (
                    None
                    if words[start - 1].endswith(",")
                    else f"{' '.join(words[:start])}, {country}"
                )
    return by_state


# A row without a figure whose columns a PDF's copy ran together ends in its signer's name
# and title ('Graz Österreich Sabine Hofer, Bürgermeisterin'): four words or more, the last
# before a comma capitalised, start its line.
_SIGNER_AFTER = re.compile(r"^[^\W\d_](?:[^\s,]*\s+){3,}?[^\W\d_a-z][^\s,]*,")
MIN_SIGNER_WORDS = 2  # a signer's name after the country: a given name and a surname


def _signed_row(words: list[str], start: int, size: int) -> str | None:
    """'Graz, Österreich' for a row without a figure, its country's words at `start` and of
    `size`, where MIN_SIGNER_WORDS capitalised words or more (its signer's name) stand after
    the country and before a comma, and no comma before; None where the line is no such row
    (a sentence: 'Wir danken Deutschland und Frankreich, die ...')."""
    before = words[:start]
    signer: list[str] = []
    for word in words[start + size :]:
        signer.append(word.rstrip(","))
        if word.endswith(","):
            break
    else:
        return None
    if any(w.endswith(",") for w in before) or len(signer) < MIN_SIGNER_WORDS:
        return None
    if not all(_capitalised(w) for w in (*before[:1], *before[-1:], *signer[:1], *signer[-1:])):
        return None
    return f"{' '.join(before)}, {' '.join(words[start : start + size])}"


# An elided article before a name's capital: 's-Hertogenbosch, 's-Gravenhage, l'Haÿ-les-Roses.
_ELIDED_START = re.compile(r"['’][^\W\d_]{1,2}-?|[^\W\d_]{1,2}['’]")


def _capitalised(word: str) -> bool:
    """Whether a word starts with a capital, or with an elided article before one
    ("'s-Hertogenbosch")."""
    elided = _ELIDED_START.match(word)
    return word[:1].isupper() or (
        elided is not None and word[elided.end() : elided.end() + 1].isupper()
    )


def _state_row(words: list[str]) -> tuple[str | None, int]:
    """('Pune, Maharashtra', 2) for a numbered row's words 'Pune Maharashtra Smt. Meera
    Deshpande CEO' (a table of one country's places): a state or province after a name of
    capitalised words, and more words (its signer) after it, or a figure ('Assen Drenthe
    2024': the year it joined) where the name is no country (a row 'Hungary Pécs 139 000'
    is a country's and its city's), and where the state's words end; (None, 0) if the row
    has no such state."""
    for start in range(1, min(len(words), MAX_NAME_WORDS + 1)):
        if any(c.isdigit() or c in ",()" for c in words[start - 1]):
            return None, 0  # a figure or a field's mark ends the name
        if not words[start][:1].isupper() or not _capitalised(words[start - 1]):
            continue  # 'de' starts no state, nor ends a name ('City of Ann Arbor')
        for size in range(min(MAX_COUNTRY_WORDS, len(words) - start - 1), 0, -1):
            state = " ".join(words[start : start + size])
            after = words[start + size][:1]
            if "," in state or not state[-1].isalpha() or not (after.isupper() or after.isdigit()):
                continue  # 'Vidin –': a dash parts the name from its signer, ends no state
            if after.isdigit() and find_country(" ".join(words[:start])) is not None:
                continue
            for name in (state, state.replace("&", "and")):  # 'Jammu & Kashmir' as named
                if subdivision_countries(name):
                    return f"{' '.join(words[:start])}, {name}", start + size
    return None, 0


def _state_size(words: list[str]) -> int:
    """How many of the first words name a state or province in more than one word ('British
    Columbia Canada 2023' -> 2), or 0."""
    sizes = range(min(MAX_COUNTRY_WORDS, len(words)), 1, -1)
    return next((n for n in sizes if subdivision_countries(" ".join(words[:n]))), 0)


def _names(part: str) -> bool:
    """Whether a part of a sentence has a capitalised word after its first."""
    if part.islower():
        return False  # no capital letter in it: not parted into words
    return any(w[:1].isupper() for w in _WORD.findall(part)[1:])


# A line's end after a word cut at a hyphen, its last character a letter or the vowel sign
# or mark that ends a syllable in the scripts of South Asia ('কর্পো-'), or a particle.
_BROKEN_AFTER = re.compile(
    rf"(?:(?:[^\W\d_]|[{SOUTH_ASIAN_MARKS}])-|\s(?:" + "|".join(PARTICLES) + r"))$"
)
_BROKEN_TAIL = 3 + max(map(len, PARTICLES))  # characters: the longest match and a line break


def _broken_after(line: str) -> bool:
    """Whether a line ends as a name the copy broke does (`_BROKEN_AFTER`), searched in its
    last characters only: a match ends the line, and the pattern looks at nothing before
    it (a line of 80 characters was tried at each)."""
    return _BROKEN_AFTER.search(line[-_BROKEN_TAIL:]) is not None


_NAME_TAIL = re.compile(r"[^\W\d_]+,")


def rejoined(lines: list[str]) -> list[str]:
    """Entries the copy broke over two lines, joined on the first (the second left blank, so
    that line numbers stay): after a hyphen ('Stoke-on-' / 'Trent', 'Apel-' / 'doorn') or a
    particle ('Newcastle upon' / 'Tyne'), or an indented line under a bulleted one that is
    no entry of its own ('• Portland,' / '  Maine', '• Salt Lake' / '  City, Utah'), or a
    word and a comma under a bulleted line without one ('5. Milton' / 'Keynes, UK'), or a
    line that goes on in lower case after a word ('Maire de la Commune' / "urbaine
    d'Antananarivo (Madagascar)", `_goes_on`), or a body's form alone under its name
    ('Leader, Derby City' / 'Council', `_form_under`)."""
    out = list(lines)
    for i in range(len(out) - 1):
        line, following = out[i].rstrip(), out[i + 1]
        nxt = following.strip()
        if not line.strip() or not nxt or _BULLET.match(nxt) or len(line) > MAX_ENTRY_CHARS:
            continue
        if line.endswith("-") and _uncased_cut(line, nxt, lines):
            out[i], out[i + 1] = joined_lines(line[:-1], nxt, glue=""), ""
            continue
        bulleted = _BULLET.match(line.strip()) is not None
        indented = following[:1].isspace() and bulleted
        # '5. Milton' / 'Keynes, United Kingdom': a name's last word took the country along
        tail = bulleted and "," not in line and _NAME_TAIL.match(nxt) is not None
        goes_on = _goes_on(line, nxt) or _surname_under(line, nxt) or _form_under(line, nxt)
        goes_on = goes_on or _country_under(line, nxt)
        if cut_in_ideographic_list(line.strip(), nxt):
            out[i], out[i + 1] = line + nxt, ""
        elif _broken_after(line) or indented or tail or goes_on or _cut_in_frame(out, i):
            out[i], out[i + 1] = joined_lines(line, nxt), ""
    return out


def cut_in_ideographic_list(line: str, nxt: str) -> bool:
    """Whether a PDF copy wrapped a list of names in a script without case inside a name,
    the names parted by '、' or commas: the line's parts before its last all end in one
    character (a body's: '市', '县', '시'), its last part ends in another, and the next
    line's first part ends in theirs ('乌鲁木' / '齐市、')."""
    if line.isascii() or nxt.isascii():
        return False  # asked of every line: each part must end in an ideograph or Hangul
    parts, first = _UNCASED_PARTS.split(line), _UNCASED_PARTS.split(nxt)[0]
    if len(parts) < 2 or not first or not all(parts):
        return False
    ends = {part[-1] for part in parts[:-1]}
    return (
        len(ends) == 1
        and parts[-1][-1] not in ends
        and first[-1] in ends
        and parts[-1][-1] not in _BODY_ENDS
        and all(_CJK_LETTER.fullmatch(part[-1]) for part in [*parts, first])
    )


_UNCASED_PARTS = re.compile(r"\s*[、,，]\s*")
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
# The last characters of a body's word in Chinese, Japanese and Korean: a part that ends
# in one is a whole name ('花蓮市' after '宜蘭縣'), not a name the line's end cut.
_BODY_ENDS = frozenset("市县縣区區町村郡省州都道府旗镇鎮乡鄉시군구도")


def _form_under(line: str, nxt: str) -> bool:
    """Whether the next line is a government's form alone ('Council', 'Kommune') under a
    line that ends in a capitalised word: the body's name cut before its form ('Cllr Ann
    Lee, Leader, Derby City' / 'Council')."""
    last = line.split()[-1]
    return last[:1].isupper() and last[-1:].isalpha() and is_form_alone(nxt)


def _country_under(line: str, nxt: str) -> bool:
    """Whether the next line is a country alone in brackets ('(Grecia)', '(NO)') under a
    line with no bracket that ends in a word: the entry's country the copy set under it
    ('Comune di Mitilene, isola di Lesbo' / '(Grecia)')."""
    bracket = _BRACKET_ALONE.fullmatch(nxt)
    return (
        bracket is not None
        and "(" not in line
        and line[-1:].isalpha()
        and find_country(bracket[1]) is not None
    )


_BRACKET_ALONE = re.compile(r"\(([^()]{2,40})\)")


def _goes_on(line: str, nxt: str) -> bool:
    """Whether a line the copy broke goes on in the next: it ends in an article and a
    capitalised word, a body's form the name follows ('Maire de la Commune', 'Sindaca della
    Città', 'Alcaldesa del Distrito'), and the next starts with a word in lower case
    ('metropolitana di Torino'): the form's name cut in the middle."""
    return nxt[:2].isalpha() and nxt[:1].islower() and _ARTICLE_AND_FORM.search(line) is not None


# A signer's field cut after its given name: a body, a dash, a field with a title, a comma
# and one capitalised word at the line's end ('Comune di X – il Presidente del Consiglio,
# Franco'); and a surname's line: one or two capitalised words alone ('Zanin', 'De Luca').
_TITLE_AND_GIVEN_NAME = re.compile(r"\S\s[–—-]\s([^,–—]+),\s+[^\W\d_a-zß-ÿ][^\W\d_]*$")
_SURNAME_LINE = re.compile(r"[^\W\d_a-zß-ÿ][^\W\d_'’]*(?:\s[^\W\d_a-zß-ÿ][^\W\d_'’]*)?")


def _surname_under(line: str, nxt: str) -> bool:
    """Whether a PDF's line broke a signer's name after the given name: the line ends in a
    field with a title, a comma and a capitalised word ('Comune di X (TV) – il Sindaco,
    Franco'), the next holds one or two capitalised words alone ('Zanin'): the surname, no
    place; a block's role alone ('Alcalde, Lugano' over 'Confederación Suiza') is none."""
    cut = _TITLE_AND_GIVEN_NAME.search(line)
    return cut is not None and has_title(cut[1]) and _SURNAME_LINE.fullmatch(nxt) is not None


# A line's end that leaves a body's name unfinished: a lower-case article (French, Italian,
# Spanish, Portuguese, English, German, Dutch) and one capitalised word.
_ARTICLE_AND_FORM = re.compile(
    r"\s(?:la|le|les|el|los|las|del|della|dello|delle|du|des|the|der|die|das|dem|den|do|da|"
    r"dos|het)\s+[A-ZÀ-ÞΑ-ΩА-Я][^\W\d_]*$"
)


def _uncased_cut(line: str, nxt: str, lines: list[str]) -> bool:
    """Whether a line ends in a word of a script without case that the copy cut at a hyphen
    of its own ('সিটি কর্পো-' / 'রেশন — মেয়র'), no name's hyphen: the word is written whole
    elsewhere on the page ('কর্পোরেশন'), as case tells it in Latin ('Apel-' / 'doorn')."""
    head, tail = line[:-1].split()[-1:], nxt.split()[:1]
    if not head or not tail or not tail[0][:1].isalpha() or cased(tail[0][:1]):
        return False
    whole = head[0] + tail[0]
    return any(whole in other for other in lines)


def joined_lines(line: str, nxt: str, glue: str | None = None) -> str:
    """A name the copy broke over two lines as one: 'Newcastle upon' 'Tyne' -> 'Newcastle
    upon Tyne', 'Cluj-' 'Napoca' -> 'Cluj-Napoca'; `glue` between them, if given."""
    if glue is not None:
        return line + glue + nxt
    glue = "" if line.endswith("-") else " "
    if line.endswith("-") and nxt[:1].islower():
        line = line[:-1]  # 'Apel-' 'doorn': a word the copy hyphenated
    elif line.endswith("-") and nxt[:1] == "-":
        nxt = nxt[1:]  # 'Frýdek-' '-Místek': a name's own hyphen, set on both lines
    return line + glue + nxt


_FRAMED = re.compile(r"^(\w+)\s.*\([A-Z]{1,3}\)$")  # 'Mesto Žilina (ZA)': a form, a name, a code


def _cut_in_frame(lines: list[str], i: int) -> bool:
    """Whether line i is the start of an entry the copy broke in a list whose lines each
    start with one word and end with a bracketed code ('Mesto Žilina (ZA)'): the line has
    the word and no bracket, the next the bracket and not the word ('Mesto Spišská Nová' /
    'Ves (SN)'), and a line beside them is whole."""
    line, nxt = lines[i].strip(), lines[i + 1].strip()
    first = line.split(maxsplit=1)
    if len(first) < 2 or "(" in line or not _FRAMED.match(nxt) or nxt.startswith(first[0] + " "):
        return False
    beside = [lines[k].strip() for k in (i - 1, i + 2) if 0 <= k < len(lines)]
    return any((m := _FRAMED.match(b)) is not None and m.group(1) == first[0] for b in beside)


# Two columns a PDF prints side by side: a gap of three spaces or more between two cells.
_COLUMN_GAP = re.compile(r"(?<=\S)\s{3,}(?=\S)")
MAX_COLUMN_SHIFT = 2  # the right column's cells start at the same place, give or take


def column_blocks(lines: list[str]) -> list[str]:
    """Signature blocks a PDF's two or three columns print side by side ('Pour la Ville de
    Mons,    Pour la Ville de Tournai,' / 'le Bourgmestre,    la Bourgmestre,' / 'Nicolas
    Desmet    Sophie Vandamme'), each block joined on a line of its own, as one signer's
    line: the left column's on the paragraph's first line, the next column's on its second,
    its other lines left blank (so that line numbers stay). A paragraph of two to
    MAX_CARD_LINES + 1 lines, two or more of which part at wide gaps where each column's
    cells start at one place, whose cells run on as a block does (a first cell ending in a
    comma or a hyphen, or a title in a cell): a table's rows of places side by side
    ('Bilbao      Santander') are left as they are. Blocks copied with tabs between the
    columns are read alike (`_tab_columns`)."""
    text = "\n".join(lines)
    if "   " not in text and "\t" not in text:
        return lines  # no gap: no call a line
    out = list(lines)
    start = 0
    above: list[str] = []  # the paragraph of blocks side by side before, if it is the last
    for k, line in enumerate([*lines, ""]):
        if line.strip():
            continue
        if (rows := _rows_of_blocks(lines[start:k])) is not None:
            out[start:k] = rows
            above = []
        elif 2 <= k - start <= MAX_CARD_LINES + 1:
            columns = _column_cells(lines[start:k])
            if columns is not None and len(columns) <= k - start:
                blank = [""] * (k - start - len(columns))
                out[start:k] = [*(_joined_cells(cells) for cells in columns), *blank]
                above = lines[start:k]
            elif (alone := _lone_block(above, lines[start:k])) is not None:
                out[start:k] = [_joined_cells(alone), *[""] * (k - start - 1)]
                above = []
            else:
                above = []
        elif k > start:
            above = []
        start = k + 1
    return out


def _rows_of_blocks(block: list[str]) -> list[str] | None:
    """A paragraph of rows of signature blocks side by side, parted by tabs, each row as
    many lines as the others, no gap between them ('Stadt Graz\tComune di Udine' / 'Elke
    Kahr, Bürgermeisterin\tAlberto Felice De Toni, sindaco' / 'Stadt Linz\tComune di
    Trieste' / ...): each block's lines as the fields of one line (`_fields_of`), left to
    right, row by row, on the row's first lines, its others blank; None where no height of
    MAX_CARD_LINES lines or fewer parts the paragraph in two rows or more whose lines are
    of the same shapes (`_line_shape`) in each row, not all of one shape."""
    cells = [_TABS.split(line.strip()) for line in block]
    width = len(cells[0]) if cells else 0
    if len(block) < 2 * MIN_BLOCK_ROWS or not 2 <= width <= MAX_BLOCK_COLUMNS:
        return None
    if any(len(row) != width for row in cells):
        return None
    shapes = [_line_shape(row) for row in cells]
    if None in shapes:
        return None
    for height in range(2, MAX_CARD_LINES + 1):
        periodic = all(shapes[k] == shapes[k % height] for k in range(len(block)))
        if len(block) % height or height < width or not periodic or len(set(shapes[:height])) < 2:
            continue
        out: list[str] = []
        for at in range(0, len(block), height):
            row = cells[at : at + height]
            out += [_joined_cells(_fields_of([line[n] for line in row])) for n in range(width)]
            out += [""] * (height - width)
        return out
    return None


MIN_BLOCK_ROWS = 2  # rows of blocks side by side in one paragraph
_FIELD_COMMAS = (",", "\u060c")  # the Latin comma, the Arabic script's


def _line_shape(cells: list[str]) -> bool | None:
    """A line's shape among blocks side by side: whether every cell of it parts fields at
    a comma (a signer's name and title: 'Anne Berg, rådmand'), or none does (a body's
    name); None where its cells differ, or one is empty (a table's row)."""
    commas = {any(c in cell for c in _FIELD_COMMAS) for cell in cells}
    if len(commas) != 1 or not all(cell.strip() for cell in cells):
        return None
    return commas.pop()


def _lone_block(above: list[str], block: list[str]) -> list[str] | None:
    """The fields of a signature block alone on its row under blocks side by side (an odd
    count of signers: 'Anna Kiss' / 'Pápa Város alpolgármestere' under 'Ede Nagy   Éva Tóth'
    / 'Eger Város polgármestere   Ózd Város polgármestere'): a paragraph of as many lines
    as the one above, none parted at a tab or a wide gap, that reads as one more column
    beside the above's left one (`_tab_columns`), its fields made as the above's blocks'
    are; None for any other paragraph."""
    if len(block) != len(above) or any(_COLUMN_GAP.search(line) or "\t" in line for line in block):
        return None
    cells = [line.strip() for line in block]
    left = [_COLUMN_GAP.split(_TABS.split(line.strip())[0])[0] for line in above]
    if _tab_columns([f"{a}\t{b}" for a, b in zip(left, cells, strict=True)]) is None:
        return None
    return _fields_of(cells) if any("\t" in line for line in above) else _name_apart(cells)


MAX_BLOCK_COLUMNS = 3  # signature blocks a page sets side by side; more make a table


def _column_cells(block: list[str]) -> list[list[str]] | None:
    """A paragraph's columns' cells, left to right, each top to bottom; None where it is no
    two or three columns of blocks (`column_blocks`)."""
    if (tabbed := _tab_columns(block)) is not None:
        return tabbed
    gaps = [list(_COLUMN_GAP.finditer(line)) for line in block]
    width = max(len(found) for found in gaps)
    full = [[gap.end() for gap in found] for found in gaps if len(found) == width]
    if not 1 <= width < MAX_BLOCK_COLUMNS or len(full) < 2:
        return None
    starts = [min(ends[n] for ends in full) for n in range(width)]
    if any(max(ends[n] for ends in full) - starts[n] > MAX_COLUMN_SHIFT for n in range(width)):
        return None
    columns: list[list[str]] = [[] for _ in range(width + 1)]
    for line, found in zip(block, gaps, strict=True):
        bounds = [len(line) - len(line.lstrip()), *(gap.end() for gap in found)]
        cuts = [*(gap.start() for gap in found), len(line)]
        taken: set[int] = set()
        for begin, end in zip(bounds, cuts, strict=True):
            n = sum(1 for s in starts if begin >= s - MAX_COLUMN_SHIFT)  # its column
            if n in taken:
                return None
            taken.add(n)
            columns[n].append(line[begin:end].strip())
    runs_on = any(cells[0].endswith((",", "-")) for cells in columns if cells)
    if not runs_on and not any(has_title(cell) for cells in columns for cell in cells):
        rows = [_COLUMN_GAP.split(line.strip()) for line in block]
        if not any(_cells_alike(cells) for cells in rows if len(cells) > 1) or any(
            _mostly_alike(cells) for cells in columns if len(cells) > 1
        ):
            return None  # no line of titles, or a grid of bodies ('Stadt Bonn   Stadt Jena')
    return [_name_apart(cells) for cells in columns if cells]


_NAME_LINE = re.compile(r"(?:[^\W\d_a-zß-ÿ][\w'’.-]*\s+){1,3}[^\W\d_a-zß-ÿ][\w'’-]*")


def _name_apart(cells: list[str]) -> list[str]:
    """A block's cells with its last, a signer's name under a title that ends in its place
    ('Il Presidente della Provincia di Lucca' over 'Andrea Massa'), parted by a comma, as
    'Title of Place, Name' is written on one line, so that the name runs on into no
    place's name; a title's line that breaks before its place ('Bürgermeister der Stadt'
    over 'Bad Homburg') ends in a word of the title, no comma is put."""
    if len(cells) < 2 or _NAME_LINE.fullmatch(cells[-1]) is None or has_title(cells[-1]):
        return cells
    title = cells[-2]
    last = title.rpartition(" ")[2]
    if title.endswith((",", "-")) or not has_title(title) or is_title(title):
        return cells
    if not last[:1].isupper() or strip_form(f"{last} X") == "X":  # 'di', 'der Stadt'
        return cells
    return [*cells[:-2], f"{title},", cells[-1]]


_TABS = re.compile(r"\t+")


def _tab_columns(block: list[str]) -> list[list[str]] | None:
    """A paragraph's columns' cells where tabs part each of its lines in two or three ('Anne
    Morel\tPaul Girard' over 'Maire de Lyon\tMaire de Nantes'): signature blocks side by
    side, where some line's cells are alike (`_cells_alike`: titles, or sharing a word) and
    some line's are not (the names), and no column's cells are alike (a table's rows of a
    name and its title each, a grid of bodies). Each block's lines are its fields
    (`_fields_of`)."""
    rows = [_TABS.split(line.strip()) for line in block]
    width = len(rows[0])
    if not 2 <= width <= MAX_BLOCK_COLUMNS or not all(
        len(row) == width and all(cell.strip() for cell in row) for row in rows
    ):
        return None
    alike = [_cells_alike(row) for row in rows]
    if (
        all(alike)
        or not any(alike)
        or any(_cells_alike([row[n] for row in rows]) for n in range(width))
    ):
        return None
    return [_fields_of([row[n] for row in rows]) for n in range(width)]


_SHARED_WORD = re.compile(r"[^\W\d_]{3,}")


def _cells_alike(cells: list[str]) -> bool:
    """Whether cells side by side are of one kind, as the like lines of blocks set side by
    side are: each a title ('Maire de Lyon', 'primátorka'), or all sharing a word ('Pécs
    Megyei Jogú Város polgármestere', 'Szeged Megyei Jogú Város polgármestere'; 'statutární
    město Zlín', 'město Písek'), where the reader knows no title of the language."""
    if all(has_title(cell) or is_title(cell.strip()) for cell in cells):
        return True
    words = [{fold(word) for word in _SHARED_WORD.findall(cell)} for cell in cells]
    return bool(set.intersection(*words))


def _mostly_alike(cells: list[str]) -> bool:
    """Whether a column's cells are of one kind (`_cells_alike`), or more than half of them
    share a word, as a grid's column of bodies under its heading does ('Megye (4)' over
    'Város Eger', 'Város Pápa', 'Község Ócsa'), where a block's lines (a body, a title, a
    name) share none."""
    if _cells_alike(cells):
        return True
    words = Counter(w for cell in cells for w in {fold(w) for w in _SHARED_WORD.findall(cell)})
    return bool(words) and 2 * max(words.values()) > len(cells)


def _fields_of(cells: list[str]) -> list[str]:
    """A block's lines as the fields of one line: each but the last ends in a comma
    ('Anne Morel,', 'Maire de Lyon'), as 'Name, Title of Place' is written on one line."""
    cells = [cell.strip() for cell in cells]
    return [cell if cell.endswith((",", "-")) else f"{cell}," for cell in cells[:-1]] + cells[-1:]


MIN_COLUMN_ROWS = 3  # lines parted at one wide gap, for a paragraph to be two columns


def column_views(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """A list a PDF prints in two columns side by side, each column under its own headings
    ('ΕΛΛΑΔΑ      ΚΡΟΑΤΙΑ' over 'Δήμος Πατρέων      Σπλιτ', 'ITALIA      ALBANIA' lower
    down), as two views of the page of its length, so that each column reads top to
    bottom under its headings: the page with each such line's left cell alone, and a page
    of the right cells alone (blank elsewhere); None where no paragraph of MIN_COLUMN_ROWS
    lines or more parts at one place with a country's heading in each column."""
    if "   " not in "\n".join(lines):
        return None  # no gap: no call a line
    left, right = list(lines), [""] * len(lines)
    start, found = 0, False
    for k, line in enumerate([*lines, ""]):
        if line.strip():
            continue
        cells = _list_columns(lines[start:k])
        if cells is not None:
            found = True
            for n, (cell_left, cell_right) in enumerate(cells, start=start):
                left[n], right[n] = cell_left, cell_right
        start = k + 1
    return (left, right) if found else None


# A line of two columns of bodies that a PDF's copy ran together at one space: its first
# word, a body's ('Δήμος', 'Comune'), stands again where the right column starts ('Comune
# di Bologna Comune di Torino').
_FORM_AGAIN = re.compile(r"^[ \t]*([^\W\d_]{3,})[ \t]+\S.{0,80}?[ \t]\1[ \t]+\S", re.MULTILINE)


def form_columns(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """A list of bodies a PDF prints in two columns, copied with one space between them
    ('Δήμος Λαρισαίων Δήμος Καλαμάτας'), as two views of the page as `column_views` gives
    them: where MIN_COLUMN_ROWS lines or more start with one capitalised word that stands
    again inside each (the bodies' word), each such line parted where it stands again;
    None where no such lines are. On a table's row (tab-parted cells) the word must stand
    again in its first cell, a later cell's being no column run on ('Kota Madiun\tJawa
    Timur\tWali Kota Andi Wijaya': a signer's title). Found by one search of the page."""
    matches = list(_FORM_AGAIN.finditer("\n".join(lines)))
    if len(matches) < MIN_COLUMN_ROWS:
        return None
    form, count = Counter(m[1] for m in matches).most_common(1)[0]
    if count < MIN_COLUMN_ROWS or not form[:1].isupper():
        return None
    left, right = list(lines), [""] * len(lines)
    for k, line in enumerate(lines):
        start = len(line) - len(line.lstrip())
        if len(line) > MAX_ENTRY_CHARS or not line.startswith(f"{form} ", start) or " · " in line:
            continue  # a line whose cells are parted already ('Comune di Bari · Comune di Lecce')
        cell_end = line.find("\t", start)
        at = _second_body(line, form, start, len(line) if cell_end < 0 else cell_end)
        if at > 0:
            left[k], right[k] = line[:at].strip(), line[at:].strip()
    return left, right


_SPACED_CAPITALISED_WORD = re.compile(r"[ \t]([^\W\d_a-z][^\W\d_]*)(?=[ \t]+\S)")


def _second_body(line: str, form: str, start: int, end: int) -> int:
    """Where the right column's body starts on a line of `form_columns` between `start`
    and `end`: at the page's `form` again ('Grad Niš Grad Pirot'), else at another word
    known as a body's form ('Grad Vranje Opština Knjaževac': a municipality beside a town);
    -1 where neither stands."""
    at = line.find(f" {form} ", start + len(form), end)
    if at > 0:
        return at
    for word in _SPACED_CAPITALISED_WORD.finditer(line, start + len(form), end):
        if strip_form(f"{word[1]} X") == "X":
            return word.start()
    return -1


def _list_columns(block: list[str]) -> list[tuple[str, str]] | None:
    """Each line's left and right cells in a paragraph of two columns of a list, each with
    a country's heading (`column_views`); None where it is none."""
    gaps = [_COLUMN_GAP.search(line) for line in block]
    starts = [gap.end() for gap in gaps if gap is not None]
    if len(starts) < MIN_COLUMN_ROWS or max(starts) - min(starts) > MAX_COLUMN_SHIFT:
        return None
    cells: list[tuple[str, str]] = []
    for line, gap in zip(block, gaps, strict=True):
        if gap is not None:
            cells.append((line[: gap.start()].strip(), line[gap.end() :].strip()))
        elif len(line) - len(line.lstrip()) >= min(starts) - MAX_COLUMN_SHIFT:
            cells.append(("", line.strip()))  # a cell of the right column alone
        else:
            cells.append((line.strip(), ""))
    if any(_COLUMN_GAP.search(cell) for pair in cells for cell in pair):
        return None  # three columns or more, or a table's row
    headed = [any(heading_country(pair[k]) for pair in cells if pair[k]) for k in (0, 1)]
    return cells if all(headed) else None


def _joined_cells(cells: list[str]) -> str:
    """A column's cells as one line: a name the line broke after a hyphen joined again
    ('Ottignies-Louvain-' / 'la-Neuve,')."""
    joined = ""
    for cell in cells:
        joined += cell if not joined or joined.endswith("-") else f" {cell}"
    return joined


MIN_CARDS = 3  # fewer blocks of the same lines are no directory of cards
MAX_CARD_LINES = 5
MAX_CARD_LINE_CHARS = 60


def cards_joined(lines: list[str]) -> list[str]:
    """A directory flattened from cards ('Aarhus' / 'Denmark' / 'Member since 2019', a blank
    line, the next card), each card joined on its first line as a table row (its fields
    tab-separated, its other lines left blank, so that line numbers stay): MIN_CARDS or more
    blocks in a row of the same number of short lines, whose first line holds no digit and
    is no country, and whose lines at some other position each give a country or a number
    (a year, a date, a population) or are the same link ('Read more'), or which are each
    ended by the same link and share a field (`_linked_fields`); a card's sentence
    ('The city joined in 2023.') is left out of its row."""
    out = list(lines)
    parted = _blocks(lines)
    links: dict[int, int] = {}  # a card's last line -> the link line after it
    found = [_linked_cards(block, lines, links) for block in parted]
    known = _page_links(links, lines)  # small groups' cards end in the same link
    if known:
        found = [
            _linked_cards(b, lines, links, known) if len(cards) == 1 else cards
            for b, cards in zip(parted, found, strict=True)
        ]
    blocks = [card for cards in found for card in cards]
    ends: dict[int, int] = {}  # the same for cards blank lines apart (`_without_link_lines`)
    blocks = _without_link_lines(blocks, lines, ends)
    blocks = _without_group_headings(blocks, lines)
    links.update(ends)
    run: list[list[int]] = []
    for k, block in enumerate([*blocks, []]):
        if run and _alike(block, run[0], ends) and _card(block, lines):
            run.append(block)
            continue
        if (
            len(run) >= MIN_CARDS
            and not _dated_items(run, lines)
            and not _groups_tail(run, blocks[k - len(run) - 1] if k > len(run) else [], lines)
            and (
                _linked_fields(run, lines, links)
                or _card_fields(run, lines)
                or all(card[-1] in ends for card in run)
            )
        ):
            for card in run:  # a card's sentence ('The city joined in 2023.') or link
                fields = [  # ('Read more') is no field of it; 'Ghana · Africa' two
                    clean(part) for i in card for part in lines[i].split(" · ") if part.strip()
                ]
                kept = [fields[0], *(f for f in fields[1:] if not _is_prose(f))]
                out[card[0]] = "\t".join(f for f in kept if not is_furniture(f))
                for i in card[1:]:
                    out[i] = ""
                if card[-1] in links:
                    out[links[card[-1]]] = ""  # 'View profile' under each card: no field
        run = [block] if _card(block, lines) else []
    return out


MAX_ROW_CELLS = 8  # a table copied one cell a line: at most this many cells a row
MAX_CELL_CHARS = 100  # a signer with a long title: "Présidente de la Délégation spéciale"


def cell_rows(lines: list[str], is_place: PlaceNames | None = None) -> list[str]:
    """A table copied one cell a line ('Município' / 'UF' / 'Prefeito' / 'Data' / 'Recife' /
    'PE' / 'Ana Lima' / '11/11/2025' / ...) with its rows joined, each on its first line, its
    cells tab-separated (the other lines left blank, so that line numbers stay): a block of
    short lines, MIN_CARDS rows or more of the same number of cells after a head of as many
    cells without a mark, where the cells at one place in a row all hold a mark and those at
    another none (a dash, `_NO_VALUE`, where a row has no figure: a date not given). A mark
    is a figure (a date, a number) or a person's honorific or title before a name ('D.ª Ana
    Ruiz', 'Dott. Marco Neri', a column of signers). Without a mark, a head that names the
    columns does (`_headed_width`, asked of `is_place`). Other lines as they are."""
    out = list(lines)
    start = 0
    for end, line in enumerate([*lines, ""]):
        if line.strip() and len(line) <= MAX_CELL_CHARS:
            continue
        if end - start > 2 * MIN_CARDS:
            width = _row_width(lines[start:end]) or _headed_width(lines[start:end], is_place)
            width = _country_rhythm(lines[start:end], width, is_place)
            for first in range(start, end - width + 1, width) if width else ():
                out[first] = "\t".join(clean(c) for c in lines[first : first + width])
                out[first + 1 : first + width] = [""] * (width - 1)
        start = end + 1
    return out


def _country_rhythm(cells: list[str], width: int, is_place: PlaceNames | None) -> int:
    """The number of cells a row has in a table copied one cell a line whose rows each name
    a country at one place (`cell_rows`): the interval at which the lines naming a country
    come back, from the first row (or the first after a head of as many cells) to the last
    ('Quilmes' / 'Argentina' / 'Intendenta Mayra Coronel' / 'Tandil' / 'Argentina' / ...).
    Where the marks gave a `width` of two rows or more, six for rows of three whose third
    cell is marked in every other row only, a smaller interval that divides it is the row;
    where they gave none (no head, a column marked in some rows), an interval of
    MIN_COUNTRIED_CELLS or more is, where another column holds places (`_place_column`)
    and no line comes back the same in every row (cards with their label:
    `_same_line_every`). `width` as it is otherwise, and where it is 2 or
    3 (one row's cells). Asks of 2 * MAX_ROW_CELLS lines at most where no country comes
    back."""
    if 0 < width < 2 * MIN_ROW_CELLS:
        return width
    first = [k for k in range(min(len(cells), 2 * MAX_ROW_CELLS)) if _country_line(cells[k])]
    if len(first) < 2:
        return width
    gap = first[1] - first[0]
    fits = width % gap == 0 if width else gap >= MIN_COUNTRIED_CELLS
    if not fits or gap < MIN_ROW_CELLS or first[0] >= 2 * gap or len(cells) % gap:
        return width
    column = cells[first[0] :: gap]
    if len(column) <= MIN_CARDS or not all(map(_country_line, column)):
        return width
    if width:
        return gap
    rows = cells[first[0] - first[0] % gap :]  # below a head, if any
    placed = _place_column(rows, gap, is_place)
    return gap if placed and not _same_line_every(cells, gap) else width


def _place_column(rows: list[str], gap: int, is_place: PlaceNames | None) -> bool:
    """Whether the rows of a table copied one cell a line, `gap` cells each, hold a column
    whose cells are most of them known places (`PLACE_COLUMN_SHARE`): a table of towns,
    not signature blocks whose lines (a name, a title, a country) come back alike."""
    if is_place is None:
        return False
    known = is_place  # narrowed for the lambda
    return any(
        mostly(lambda cell: known(clean(cell)), rows[k::gap], PLACE_COLUMN_SHARE)
        for k in range(gap)
        if not _country_line(rows[k])
    )


def _same_line_every(cells: list[str], gap: int) -> bool:
    """Whether one line comes back every `gap` lines, the same in every row: a directory's
    cards with their label or link ('Full Member', 'View profile'), which `cards_joined`
    reads, no table whose rows the marks could not tell."""
    return any(len(set(cells[k::gap])) == 1 for k in range(gap))


MIN_ROW_CELLS = 2  # a row of a table: a place and at least one other cell
MIN_COUNTRIED_CELLS = 3  # a row told by its country alone: its place, country and signer


def _row_width(cells: list[str]) -> int:
    """The number of cells a row of a table copied one cell a line has (`cell_rows`), with a
    head of as many cells without a mark or none (its first row marked as every row is: a
    directory's 'Deventer' / 'Overijssel' / '101.000'); 0 if the lines are no such table."""
    figured = [_marked(cell) for cell in cells]
    unfigured = _DIGIT.search("\n".join(cells)) is None
    if unfigured and 0 < 2 * len([c for c in cells if "," in c]) <= len(cells):
        figured = [  # a column of signers, each a name and title ('Ingrid Haugland, ordfører')
            f or ("," in c and is_signer_line(c.strip()))
            for c, f in zip(cells, figured, strict=True)
        ]  # not asked where most lines hold a comma: a list of 'Name, Mayor of City' lines
    dashed = [clean(cell) in _NO_VALUE for cell in cells]
    bare = all(_FIGURE.fullmatch(clean(c)) for c, f in zip(cells, figured, strict=True) if f)
    for width in range(2, MAX_ROW_CELLS + 1):
        rows = len(cells) // width
        if len(cells) % width or rows <= MIN_CARDS:
            continue
        marked_row = any(_marks_a_row(cells, figured, width, k) for k in range(width))
        alike = (
            unfigured
            and figured[:width] == [all(figured[k::width]) for k in range(width)]
            and all(_signers(cells[k::width]) for k in range(width) if figured[k])
        )
        head = 0 if marked_row and (bare or alike) else -1 if marked_row else width
        if head < 0:
            continue  # no head where each row is marked as the first is: a figure, a signer
        columns = [figured[head + k :: width] for k in range(width)]
        blanks = [dashed[head + k :: width] for k in range(width)]
        marked = (
            any(column) and all(f or b for f, b in zip(column, blank, strict=True))
            for column, blank in zip(columns, blanks, strict=True)
        )
        if any(marked) and any(not any(c) for c in columns):
            return width
    return 0


def _signers(cells: list[str]) -> bool:
    """Whether each cell of a column is a signer's fields, a name and title ('Ingrid
    Haugland, ordfører'): a column that marks each row alike, the first too, so that a
    table of no head and no figure is told by it (not by titles before names: 'Lic. Juan
    Ruiz' / 'Alcalde de Mixco' / 'República de Guatemala', a signature's lines)."""
    return all("," in cell and is_signer_line(cell.strip()) for cell in cells)


def _marks_a_row(cells: list[str], figured: list[bool], width: int, k: int) -> bool:
    """Whether the first row's cell `k` of a table `width` cells a row bears a row's mark:
    a figure, or a title before a name where the column's cells below all bear one too; a
    title over a column of names without ('Presidente da Câmara' over 'Hugo Macedo') is the
    column's name, in a head."""
    return figured[k] and (has_digit(cells[k]) or all(figured[width + k :: width]))


MIN_FIGURE_ROWS = 2  # a region's small table under its own header row ('Gemeinde\tEinwohner')
_FIGURE = re.compile(r"[\d\s.,/:%–-]*\d[\d\s.,/:%–-]*")  # '157.000', '01.02.2025', '2019'
MIN_HEAD_CELLS = 3  # a head of fewer columns names too little to tell a table by
MAX_HEAD_CELL_WORDS = 3  # a column's name: 'Comunidad autónoma', 'Presidente(a) municipal'
PLACE_COLUMN_SHARE = Fraction(3, 4)  # of a column's cells places or countries, for it to be one


def _headed_width(cells: list[str], is_place: PlaceNames | None) -> int:
    """The number of cells a row has in a table copied one cell a line with no mark in any
    column (`cell_rows`), whose head names its MIN_HEAD_CELLS columns or more ('Municipio'
    / 'Estado' / 'Alcalde', 'Partner' / 'Country' / 'Role'): the head's cells short, with no
    figure and none of them again below; in the rows, one column of places or countries
    (most of its cells, its name none) and another with no place (people, roles). 0 where
    the lines are no such table."""
    if is_place is None or len(cells) < MIN_HEAD_CELLS * (MIN_CARDS + 2):
        return 0
    texts = [clean(cell) for cell in cells]
    if any(_head_cell_fails(cell, set()) for cell in texts[:MIN_HEAD_CELLS]):
        return 0  # no head: no place asked of (a long list costs no lookups)
    folded = [fold(text) for text in texts]

    @cache
    def placed(i: int) -> bool:  # each cell asked once, and only where a question needs it
        return is_place(texts[i]) or find_country(texts[i]) is not None

    for width in range(MIN_HEAD_CELLS, MAX_ROW_CELLS + 1):
        if len(cells) % width or len(cells) // width <= MIN_CARDS:
            continue
        own = [set(folded[width + k :: width]) for k in range(width)]  # a column's values
        if any(_head_cell_fails(cell, own[k]) for k, cell in enumerate(texts[:width])):
            continue
        if 2 * sum(placed(k) for k in range(width)) > width:
            continue  # most of the first row's cells places: a row of values, no head
        columns = [range(width + k, len(texts), width) for k in range(width)]
        places = (
            mostly(placed, column, PLACE_COLUMN_SHARE)
            and (not placed(k) or _names_countries(texts[k], texts[2 * width + k :: width]))
            for k, column in enumerate(columns)
        )
        # a column of places first, then one without: a list of lines that are no cells
        # ('Tokyo, Japan') fails the first after a quarter of each column's cells, where
        # the second asked every cell of a column with no place
        if any(places) and not all(any(placed(i) for i in column) for column in columns):
            return width  # (the second asks a cell or two a column of a list)
    return 0


def mostly(holds: Callable[[T], bool], items: Sequence[T], share: Fraction) -> bool:
    """Whether `holds` is true of at least `share` of `items`, asked of each in turn only
    until the answer is sure: as many have held, or too many failed."""
    needed = share * len(items)
    held = failed = 0
    for item in items:
        if holds(item):
            held += 1
            if held >= needed:
                return True
        else:
            failed += 1
            if failed > len(items) - needed:
                return False
    return held >= needed


def _names_countries(head: str, cells: list[str]) -> bool:
    """Whether `head` names a column of countries (its `cells` below the first row, most of
    them countries) with a word that is also a town's name somewhere ('Maa', 'País',
    'Kraj'), but no country: a first row's country is a value, no column's name."""
    countries = sum(find_country(cell) is not None for cell in cells)
    return countries >= PLACE_COLUMN_SHARE * len(cells) and find_country(head) is None


def _head_cell_fails(cell: str, body: set[str]) -> bool:
    """Whether a cell cannot name a column: long, with a figure, or a value of the rows."""
    return len(cell.split()) > MAX_HEAD_CELL_WORDS or has_digit(cell) or fold(cell) in body


# What a cell of a table holds where it has no value: a dash ('2025-06-12' / ... / '–' in
# a column of dates, a row not signed yet), 'n/a'.
_NO_VALUE = frozenset({"-", "--", "–", "—", "n/a", "N/A", "/"})


def _marked(cell: str) -> bool:
    """A cell with a figure (a date, a number) or a person's honorific or title before a
    name ('D.ª Ana Ruiz', 'Dott. Marco Neri'): a column of such cells parts a table's rows
    (as one of signers does: `_row_width`)."""
    return has_digit(cell) or _PERSON.match(cell.strip()) is not None


def _page_links(links: dict[int, int], lines: list[str]) -> dict[str, int]:
    """The link lines found ending a page's cards (`links`), each with the cards' interval,
    the one most of them keep: a group of one or two cards under its own heading ends each
    in the same link ('Veure fitxa'), though too few to show it."""
    at = sorted(links.values())
    gaps = Counter(b - a for a, b in pairwise(at))
    if not gaps:
        return {}
    gap = gaps.most_common(1)[0][0]
    return {clean(lines[k]): gap for k in at}


def _linked_cards(
    block: list[int], lines: list[str], links: dict[int, int], known: dict[str, int] | None = None
) -> list[list[int]]:
    """A block of cards with no blank line between them, each ended by the same link line
    ('Name' / 'Country' / 'Joined 2011' / 'View profile' / 'Name' / ...): the cards without
    their link (noted in `links`, card's last line -> link), and the lines before the first
    and after the last as blocks of their own; the block as it is where no line without a
    digit comes back MIN_CARDS times or more at one interval of MAX_CARD_LINES + 1 or less.
    A group's heading may stand between two cards, right after a link ('View profile' /
    'ASHANTI REGION' / 'Kumasi Metropolitan Assembly' / ...): a block of its own, where each
    such line is one (`_headings_between`). A link `known` from the page's other groups
    (its text -> the cards' interval) ends cards however few."""
    known = known or {}
    if len(block) < (2 if known else 2 * MIN_CARDS):
        return [block]
    at: dict[str, list[int]] = {}
    for k, i in enumerate(block):
        at.setdefault(clean(lines[i]), []).append(k)
    for text, ks in at.items():
        gaps = {b - a for a, b in pairwise(ks)} or ({known[text]} if text in known else set())
        if len(ks) < (1 if text in known else MIN_CARDS) or not gaps or has_digit(text):
            continue
        gap = min(gaps)
        headed = {a + 1 for a, b in pairwise(ks) if b - a > gap}
        if not 2 < gap <= MAX_CARD_LINES + 1 or ks[0] < gap - 1 or not gaps <= {gap, gap + 1}:
            continue
        texts = [clean(lines[block[k]]) for k in headed]
        first = clean(lines[block[ks[0] - gap]]) if ks[0] >= gap else ""
        if headed and not (_headings_between(texts) or _country_headings(texts, first)):
            continue
        links.update((block[k - 1], block[k]) for k in ks)
        parts = [block[: ks[0] - gap + 1]]
        for k in ks:
            if k - gap in headed:
                parts.append([block[k - gap]])
            parts.append(block[k - gap + 1 : k])
        parts.append(block[ks[-1] + 1 :])
        return [part for part in parts if part]
    return [block]


def _headings_between(texts: list[str]) -> bool:
    """Whether lines between cards are their groups' headings: short, no digit, each in
    capitals or, two or more, ending in one word ('ASHANTI REGION', 'Volta Region'); a
    field some cards have and others lack is none ('Greece', 'Dr Ana Lima')."""
    short = all(len(text) <= MAX_CARD_LINE_CHARS and not has_digit(text) for text in texts)
    capitals = all(text.isupper() for text in texts)
    one_word = len(texts) > 1 and len({text.rsplit(" ", 1)[-1] for text in texts}) == 1
    return short and (capitals or one_word)


def _country_headings(texts: list[str], first: str) -> bool:
    """Whether lines between cards are countries over their groups, as the line right
    before the first card is too ('South Africa' / cards / 'Kenya' / cards): a directory
    browsed by country, not a country field some cards have."""
    return bool(first) and all(find_country(text) is not None for text in [first, *texts])


def _without_link_lines(
    blocks: list[list[int]], lines: list[str], links: dict[int, int]
) -> list[list[int]]:
    """Cards blank lines apart, MIN_CARDS or more in a row (a group's one-line heading
    between them parts no run), each ended by the same line with no digit that is no
    country ('Veure fitxa', 'Ver ficha', 'Περισσότερα »'): the
    cards without that link line (noted in `links`, card's last line -> link), which is
    the site's, not a field of its card; the other blocks as they are."""
    out = list(blocks)
    multi = [k for k, block in enumerate(blocks) if len(block) > 1]  # a heading parts no run
    ends = [_link_end(blocks[k], lines) for k in multi]
    start = 0
    for k in range(1, len(multi) + 1):
        if k < len(multi) and ends[k] and ends[k] == ends[start]:
            continue
        if ends[start] and k - start >= MIN_CARDS:
            for n in multi[start:k]:
                out[n] = blocks[n][:-1]
                links[blocks[n][-2]] = blocks[n][-1]
        start = k
    return out


def _without_group_headings(blocks: list[list[int]], lines: list[str]) -> list[list[int]]:
    """The blocks without the one-line headings between cards of one number of lines (a
    state's code, a region, a letter over its cards: 'BW', 'Norte', 'Île-de-France'), so
    that groups of fewer than MIN_CARDS cards each read as one directory; the headings'
    lines stay for the readers of lines. A heading may give its count ('Andorra (1)')."""
    kept = []
    for k, block in enumerate(blocks):
        heading = (
            len(block) == 1
            and 0 < k < len(blocks) - 1
            and len(blocks[k - 1]) == len(blocks[k + 1]) > 1
            and len(lines[block[0]].strip()) <= MAX_CARD_LINE_CHARS
            and not has_digit(_TRAILING_COUNT.sub("", lines[block[0]]))
            and not _of_members(lines[block[0]])
        )
        if not heading:
            kept.append(block)
    return kept


# A heading's count of its cards after its name: 'Andorra (1)', 'Catalunya del Nord (França) (1)'.
_TRAILING_COUNT = re.compile(r"\s*\(\d{1,4}\)\s*$")


# A row's field separator: a tab, a spaced dot, bar or dash, a comma.
_ITEM_FIELDS = re.compile(r"\t|\s[·|•–—-]\s|,\s")


def _item_shape(line: str) -> str:
    """A list item's fields after its name, their figures as 0 ('Kiel · joined 2019':
    'joined 0000'); '' for a line of one field."""
    fields = [clean(f) for f in _ITEM_FIELDS.split(line.strip())]
    return re.sub(r"\d", "0", " · ".join(fields[1:])) if len(fields) > 1 else ""


def _groups_tail(run: list[list[int]], before: list[int], lines: list[str]) -> bool:
    """Whether blocks of a heading over one item ('Region X – Northern Mindanao' / 'Kiel
    · joined 2019') follow a group of more such items under its heading ('Region IX' /
    'Rostock · joined 2018' / 'Lübeck · joined 2021'): the last groups of a list by
    region, one member each, not cards."""
    if len(run[0]) != 2 or len(before) < 3:
        return False
    shapes = {_item_shape(lines[i]) for i in before[1:]}
    return len(shapes) == 1 and "" not in shapes and shapes == {_item_shape(lines[run[0][1]])}


def _alike(block: list[int], card: list[int], ends: dict[int, int]) -> bool:
    """Whether a block has a card's number of lines and, like it, a link line after them
    or none: a search form's lines over the cards ('Županija: sve' / 'Prikaži: abecedno')
    are none of them."""
    return len(block) == len(card) and (block[-1] in ends) == (card[-1] in ends)


def _link_end(block: list[int], lines: list[str]) -> str:
    """A block's last line where it may be a card's link: a card's lines after it, and
    no digit or country in it, no signer's title (signature blocks each ended by their
    signer's 'ordfører', 'Mayor', or one the reader has no word for, `unknown_title`:
    'kaupunginjohtaja', which the blocks of other titles between them part); '' otherwise."""
    if not 3 <= len(block) <= MAX_CARD_LINES + 1:
        return ""
    text = clean(lines[block[-1]])
    if has_digit(text) or find_country(text) is not None or is_title(text) or unknown_title(text):
        return ""
    return text if len(text) <= MAX_CARD_LINE_CHARS else ""


def unknown_title(line: str) -> bool:
    """A line of one to MAX_BARE_TITLE_WORDS words in lower case, letters alone: a signer's title
    the reader has no word for ('kaupunginjohtaja', 'wethouder', 'primer tinent d'alcalde')."""
    words = line.replace("'", " ").replace("’", " ").split()
    lower = all(w.isalpha() and w.islower() for w in words)
    return lower and 0 < len(words) <= MAX_BARE_TITLE_WORDS


MAX_BARE_TITLE_WORDS = 3


# A commune a number tells from its town's others, its town in a bracket after it
# ('Commune de Golfe 4 (Lomé)', 'Plateau 2 (Abidjan)'): a card's name for all its digit.
_NUMBERED_TOWN = re.compile(r"(?<=[^\W\d_]) \d{1,2} (?=\([^\W\d_][^()]*\)\s*$)")


def _card(block: list[int], lines: list[str]) -> bool:
    first = lines[block[0]] if block else ""
    return (
        2 <= len(block) <= MAX_CARD_LINES
        and len(first.strip()) <= MAX_CARD_LINE_CHARS
        and all(len(lines[i].strip()) <= MAX_ENTRY_CHARS for i in block)
        and not any(char.isdigit() for char in _NUMBERED_TOWN.sub("", first))
        and not is_letter_heading(first.strip())  # an A-Z list's 'B' over its entries
        and (not _country_line(first) or any(_country_line(lines[i]) for i in block[1:]))
        and not _counted_items([lines[i] for i in block[1:]])
        and not _coded_items([lines[i] for i in block[1:]])
        and not any(coded_row(lines[i]) for i in block[1:])
    )  # a country over its places is a heading; a place named as one ('Tunis' over
    # 'Tunísia', 'Luxembourg' over 'Luxembourg') heads a card that gives its country


# A line's count at its start: '1.', '2)', '3º lugar', '1st', '2. Platz'.
_COUNT_START = re.compile(r"\s*(\d{1,2})(?:[.)º°ª]|st\b|nd\b|rd\b|th\b|\s)")


def _counted_items(texts: list[str]) -> bool:
    """Whether lines are counted 1, 2, 3 ... at their starts ('1º lugar – Prefeitura de
    Sobral' / '2º lugar – ...'): a list's items under its heading (a category's places
    ranked), not the fields of one card, which differ."""
    if len(texts) < 2 or not texts[0].lstrip()[:1].isdigit():
        return False  # no count: no call a line
    counts = [m.group(1) if (m := _COUNT_START.match(text)) else "" for text in texts]
    return counts == [str(n) for n in range(1, len(texts) + 1)]


# A name, then a figure in brackets, a mark after it: 'Nancy (54)', 'Albi (81)*'.
_CODED_ITEM = re.compile(r"[^\W\d_][^()\d]*\(\d+\)\W?")


def _coded_items(texts: list[str]) -> bool:
    """Whether lines are each a name with a figure in brackets ('Lyon (69)' / 'Brest (29)'
    / 'Metz (57)': a code, a count): a list's items under its group's heading, which are
    alike, not the fields of one card, which differ."""
    return len(texts) >= 2 and all(_CODED_ITEM.fullmatch(text.strip()) for text in texts)


def coded_row(text: str) -> bool:
    """Whether a line is two or more names, each with a figure in brackets, a semicolon or
    a middle dot parts ('Tartu linn (2018); Elva vald (2023)', 'Lyon (69) · Brest (29)'):
    several items of a list under its group's heading, no field of a card."""
    parts = re.split(r";|\s·\s", text.strip())
    return len(parts) >= 2 and all(_CODED_ITEM.fullmatch(part.strip()) for part in parts)


# A name, a spaced dash and a figure: 'Pécs – 2012', 'Kassel - 2019'.
_DASHED_FIGURE = re.compile(r"\s*([^\W\d_][^\d]*?)\s+[–—-]\s+\d[\d.,/]*\s*")


def _dated_items(run: list[list[int]], lines: list[str]) -> bool:
    """Whether the blocks' lines after their first each give a name, a dash and a figure,
    no name twice ('Pécs – 2012' / 'Mohács – 2019' under 'Baranya vármegye'): a list's
    items, each with its year, under its group's heading, not the fields of cards, whose
    labels each card repeats ('Joined – 2019' / 'Members – 12')."""
    named = [_DASHED_FIGURE.fullmatch(lines[i]) for card in run for i in card[1:]]
    names = [m[1] for m in named if m]
    return len(names) == len(named) and len(set(names)) == len(names)


def _country_line(line: str) -> bool:
    """A line that names a country, as it is written (not 'Bra', a town, as BRA)."""
    return find_country(clean(line)) is not None and not _code_not_in_capitals(clean(line))


def _blocks(lines: list[str]) -> list[list[int]]:
    """The indexes of each run of lines that are not blank (the last may be empty)."""
    parted: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.strip():
            parted[-1].append(i)
        elif parted[-1]:
            parted.append([])
    return parted


def without_blurbs(lines: list[str]) -> list[str]:
    """Members each named on a line of their own, with their country after a comma, over a
    paragraph about them ('Kisumu City, Kenya' / 'The lakeside city on ...'), MIN_CARDS or
    more in a row: the lines with the paragraphs left blank (line numbers stay), so that
    the names read as a list and the paragraphs' places as none of it."""
    out = list(lines)
    parted = _blocks(lines)
    run: list[list[int]] = []
    for block in [*parted, []]:
        if _blurbed(block, lines):
            run.append(block)
            continue
        if len(run) >= MIN_CARDS:
            for i in (i for card in run for i in card[1:]):
                out[i] = ""
        run = []
    return out


def _blurbed(block: list[int], lines: list[str]) -> bool:
    """Whether a block is a name and its country after a comma on its first line, then
    only paragraphs of prose."""
    if len(block) < 2 or not all(_is_prose(clean(lines[i])) for i in block[1:]):
        return False
    head = clean(lines[block[0]])
    name, comma, country = head.rpartition(",")
    return (
        bool(comma)
        and len(head) <= MAX_CARD_LINE_CHARS
        and not ends_sentence(head)
        and len(name.split()) <= MAX_NAME_WORDS
        and find_country(clean(country)) is not None
    )


def _code_not_in_capitals(text: str) -> bool:
    """A word that is a country only as its code but not written as one: 'Bra', a town,
    is Brazil's code BRA; 'Ita' is Italy's."""
    return len(text) <= 3 and not text.isupper()


def _linked_fields(run: list[list[int]], lines: list[str], links: dict[int, int]) -> bool:
    """Whether the cards are each ended by the same link and share a field at some position
    after the first: a value several cards have (a region, 'Galicia' / 'Galicia' / 'Norte
    de Portugal'; a kind, 'Local municipality · Limpopo' / 'Local municipality · Free
    State') is a group's, where an entry's name is its own."""
    if not all(card[-1] in links for card in run):
        return False
    width = range(1, len(run[0]))
    return any(_shared_value([lines[card[k]] for card in run]) for k in width)


def _shared_value(texts: list[str]) -> bool:
    """Whether two of the texts have a value in common, each value a text's field parted by
    ' · ' (the whole text where it has none)."""
    seen: set[str] = set()
    for text in texts:
        values = {clean(value) for value in text.split(" · ")}
        if values & seen:
            return True
        seen |= values
    return False


def _card_fields(run: list[list[int]], lines: list[str]) -> bool:
    """Whether the cards' lines at some position after the first each give a country or a
    number, or are the same link in every card ('Read more', 'Leia mais'); the others
    short, but for a field every card labels alike ('Ansprechperson: Dr. Miriam Kessler,
    Amt für Chancengleichheit'), however long."""
    width = range(1, len(run[0]))
    labelled = {k for k in width if _one_label(run, lines, k)}
    if not all(
        len(lines[card[k]].strip()) <= MAX_CARD_LINE_CHARS
        for card in run
        for k in width
        if k not in labelled
    ):
        return any(len({clean(lines[card[k]]) for card in run}) == 1 for k in width)
    return any(
        all(has_digit(lines[card[k]]) or find_country(clean(lines[card[k]])) for card in run)
        or len({clean(lines[card[k]]) for card in run}) == 1
        for k in width
    )


def _one_label(run: list[list[int]], lines: list[str], k: int) -> bool:
    """Whether every card's line at position k opens with one label ('Contact: ...')."""
    labels = {lines[card[k]].partition(":")[0].strip() for card in run}
    return len(labels) == 1 and all(":" in lines[card[k]] for card in run[:1])


# A word; an article elided before a name's capital is the name's ("'s-Hertogenbosch").
# Its letters in runs, apostrophes and hyphens between ('Saint-Étienne', "l'Aquila"): a run
# is matched in C's fast loop, not a letter at a time (some 2 times faster a page).
_WORD = re.compile(r"(?:['’](?=[^\W\d_]{1,2}-[^\W\d_a-zß-ÿ]))?[^\W\d_]+(?:['’-]+[^\W\d_]+)*")


def _is_prose(text: str) -> bool:
    words = text.split()
    return len(text) > MAX_ENTRY_CHARS or (len(words) >= 6 and ends_sentence(text))


# Stops at a line's end that end no sentence: a name's initials ('Bogotá D.C.'), a date
# written year, month and day, each with its stop, as Korean writes it ('2026. 3. 12.'), or
# day, month and year, spaced, as Croatian, Czech and Slovak do ('12. 3. 2021.').
_STOPS_END = re.compile(
    r"\s[^\W\d_](?:\.[^\W\d_])+\.$|(?<!\d)\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.$"
    r"|(?<![\d.])\d{1,2}\.\s\d{1,2}\.\s\d{4}\.$"
)


# The closing marks of a quotation or a bracket a sentence's stop may stand before: '...
# said: "We welcome them all."', '„... allen.“', '«... tous.»'.
_CLOSING_MARKS = "\"'”“’»«)"


# A bracket at a line's end that names a region and its level cut short, the stop the
# abbreviation's: one or two capitalised words, then one in lower case of two to four
# letters ending in a consonant ('(Вінницька обл.)', '(Lecce prov.)', '(Pinneberg kr.)').
_ABBREVIATED_BRACKET = re.compile(
    r"\((?:[^\W\d_a-zß-ÿа-яёєіїґ][^\s()]*\s){1,2}[a-zß-ÿа-яёєіїґ]{1,3}[^\W\d_aeiouyаеєиіїоуюяыэё]\.\)$"
)


def ends_sentence(text: str) -> bool:
    """Whether a line ends in a sentence's stop, not in a name's initials ('Bogotá D.C.',
    'Brasília D.F.') nor a date's stops ('2026. 3. 12.': `_STOPS_END`) nor in a bracket's
    abbreviation ('Lutsk (Волинська обл.)', `_ABBREVIATED_BRACKET`), closing quotation
    marks after it aside ('... said: "We sign."')."""
    if _ABBREVIATED_BRACKET.search(text):
        return False
    if text.endswith(tuple(_CLOSING_MARKS)):
        text = text.rstrip(_CLOSING_MARKS + " ")
    return text.endswith((".", "!", "?", *SCRIPT_STOPS)) and _STOPS_END.search(text) is None


# The full stops of scripts that write their own: Urdu's '۔', the danda of Devanagari and
# Bengali '।' (and its double '॥'), Armenian '։', Ethiopic '።', Burmese '။'.
SCRIPT_STOPS = ("۔", "।", "॥", "։", "።", "။")


# Words of signing, in the corpus's languages and their neighbours' (matched at a word's
# start, case aside): a sentence with one says who signed, however few they are.
_SIGNING_WORDS = (
    r"sign(?:ed|s|ing)\b|sign[ée]e?s?\b|signataires|signatories|put their names|"
    r"unterzeichne|unterschrieb|underskrev|underteckn|undertegn|signert|firmat[oi]|"
    r"skr[ie]v\w* under\b|"  # Nordic's split verb: 'skrev under', 'har skrivit under'
    r"firm(?:ad[oa]s?|aron|an|ó)\b|sottoscritt|assinad[oa]|assinaram|ondertekend|(?:ge)?tekend(?:en?)?\b|podpisa|podpísa|"
    r"podepsa|allekirjoitt|υπέγραψ|υπογράφ|semnat|potpisa|pasiraš|aláír|írt(?:a|ák) alá|"
    r"podpisal|signa[tr]|imzala|parakst|allkirjast|підписал|подписа|"
    r"asinaron|asinado|asinou|sinatu|undirrit|потписа|đã ký|서명|"
    r"חתמו|חתמה|נחתם|وقّع|وقع|توقيع|امضا|دستخط|हस्ताक्षर|"
    r"கையெழுத்|கையொப்ப|సంతకం|సంతకాలు|අත්සන්|"  # Tamil, Telugu, Sinhala: signed, a signature
    r"\w{0,4}saini|tia sahihi|"  # Swahili: 'wamesaini', 'limesainiwa' (signed)
    r"ಸಹಿ|સહી|હસ્તાક્ષર|ਦਸਤਖਤ|ਦਸਤਖ਼ਤ|ഒപ്പുവ|ഒപ്പിട്ട|"  # Kannada, Gujarati, Punjabi, Malayalam
    r"гарын үсэг|кол кой|nënshkru|падпіса|saxiix|لاسلیک|ፈረሙ|ፊርማ|"  # Mongolian, Kyrgyz, ...
    r"მოაწერ|ხელმოწერ|ხელმომწერ"  # Georgian: 'ხელი მოაწერეს' (signed), 'ხელმომწერები'
)
# Joining counts as signing: a network's new members are named as its signatories are
# ('welcomed Kisumu, Mombasa and Nakuru as new members', 'a accueilli Lomé', 'dio la
# bienvenida a'). Each language's words for joining, acceding, being admitted and new
# members, so that a few places a sentence says joined are a list, not examples; not its
# words of welcome alone, which networks say of decisions too ('välkomnar beskedet');
# Finnish 'new members' in each of its cases: 'uusina jäseninä' (as new members).
# Vietnamese 'kết nạp' (admitted); Korean '합류' (joined) and '새 회원' (new members).
_JOINING_WORDS = (
    r"joined\b|joins\b|joining\b|welcomed\b|new members?\b|admitted\b|admission|accession|"
    r"accueilli|rejoint|nouveaux membres|nouvelles membres|adhésion|adhér|adhèr|bienvenue|"
    r"beigetreten|beitr[ei]t|neue[ns]? mitglied|neumitglied|aufgenommen|angeschlossen|"
    r"schlossen sich|schloss sich|schließen sich|schliessen sich|schließt sich|"
    r"bienvenida|se (?:suman|sumaron|unen|unieron|incorporan|incorporaron)\b|nuev[oa]s miembros|"
    r"sumad[oa]s?\b|adherid[oa]s?\b|adhesi[oó]n|adhier[ea]n|adhirieron|incorporaci[oó]n|"
    r"si aggiung|nuovi membri|nuovi soci|aderit|aderisc|adesion|"
    r"boas-vindas|nov[oa]s membros|aderiram|aderiu|aderem|ades[ãõ]|juntaram-se|juntam-se|"
    r"adhesió|adherit|adhereix|nous membres|súmanse|"
    r"nieuwe leden|nieuw lid|toegetreden|toetred|treden toe|trad(?:en)? toe|sluiten zich aan|"
    r"sloten zich aan|aangesloten|"
    r"przystąpi|przystąpien|dołączy|dołączył|now(?:i|ych|ymi) członk|"
    r"přistoupil|přistoupen|připojil|nov(?:í|é|ých) člen|"
    r"pristúpil|pripojil|prihlášk|prihlášok|přihlášk|přihlášek|"
    r"pristupil|pridružil|pristopil|nov(?:i|e|ih) član|придружил|приступил|нови чланови|"
    r"csatlakoz|új tag|"
    r"aderat|aderare|aderă|alătur|noi membri|noii membri|"
    r"εντάχθηκ|ένταξη|εντάσσ|προσχώρ|νέα μέλη|νέων μελών|νέο μέλος|"
    r"присъедин|нови членове|новите членове|присоедин|вступил|новые члены|новых членов|"
    r"приєдна|нові члени|нових членів|"
    r"prisijung|nauj(?:i|os|ieji|osios|ų) nar|įstoj|"
    r"pievienoj|iestāj|jaun(?:i|ie|ās|o) biedr|"
    r"liitus|liitun|ühin|uued liikmed|uusi liikmeid|"
    r"liittyi|liittyn|liittyv|liittymis|yhtyi|yhtyn|yhtyv|"
    r"uu(?:si|det|sia|sina|siksi|tta|tena|deksi|sien|den) jäsen|"
    r"anslut|anslöt|nya medlem|tilslut|slutt(?:et|er) seg til|sluttet sig til|"
    r"slutter sig til|nye medlem|innmeld|indmeld|"
    r"katıl|yeni üye|üyeliğ|aramıza|"
    r"menyambut|bergabung|anggota baru|gia nhập|kết nạp|thành viên mới|가입|신규 회원|새 회원|합류|"
    r"انضم|أعضاء جدد|הצטרפ|חברות חדשות|חברים חדשים|atxiki|kide berri|"
    r"\w{0,4}jiung|wanachama wapya|mwanachama mpya|"  # Swahili: 'wamejiunga' (joined)
    r"შეუერთდ|ახალი წევრ|"  # Georgian: 'შეუერთდნენ' (joined), 'ახალი წევრები' (new members)
    r"қосыл|жаңа мүше|"  # Kazakh: 'қосылды' (joined), 'жаңа мүше' (new member)
    # Azerbaijani 'qoşulub' (joined), Kyrgyz 'кошулду', Uzbek 'qo'shildi' ('қўшилди')
    r"qoşul|кошул|qo['ʻ‘’]shil|қўшил|"
    r"жаңы мүчө|мүчө болу|мүчөлүккө|"  # Kyrgyz: new members, became members, to membership
    r"шинэ гишүүн|гишүүнээр|элс(?:сэн|эв|лээ)"  # Mongolian: new members, as members, joined
)
# New members in Thai and Khmer, glued to the words around them: 'สมาชิกใหม่', 'សមាជិកថ្មី'.
# Lao 'ສະມາຊິກໃໝ່' and Burmese 'အဖွဲ့ဝင်သစ်' too.
_GLUED_NEW_MEMBERS = "สมาชิกใหม่|សមាជិកថ្មី|ສະມາຊິກໃໝ່|အဖွဲ့ဝင်သစ်"
_SIGNING = re.compile(
    rf"(?<!\w)(?:{_SIGNING_WORDS}|{_JOINING_WORDS})\w*"
    # in a script without spaces, inside a run of other words: '新たに加盟した', '新加入的城市'
    # Thai 'ลงนาม' (sign), Khmer 'ចុះហត្ថលេខា', Lao 'ລົງນາມ', Burmese 'လက်မှတ်ရေးထိုး', and
    # their new members
    rf"|加盟|加入|签署|署名|ลงนาม|ចុះហត្ថលេខា|ລົງນາມ|လက်မှတ်ရေးထိုး|{_GLUED_NEW_MEMBERS}",
    re.IGNORECASE,
)
JOINING = re.compile(  # joining alone
    rf"(?<!\w)(?:{_JOINING_WORDS})\w*|加盟|加入|{_GLUED_NEW_MEMBERS}", re.IGNORECASE
)

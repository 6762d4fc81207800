from __future__ import annotations

import datetime as dt
import re

import pytest

from geo.errors import ParseError
from geo.importing import pagetext, statements
from geo.importing.entries import MemberList, RawEntry
from geo.importing.inference import infer_countries
from geo.importing.pagetext import lines_matching
from geo.importing.statements import decode_page, find_date, parse_date, parse_page, read_page
from tests.atlases import gazetteer_of
from tests.conftest import LIST_COUNT, LIST_PAGE, MEMBERS_PAGE


def entries(page: str) -> tuple[RawEntry, ...]:
    members = parse_page(page).members
    assert isinstance(members, MemberList)
    return members.entries


def test_a_listed_page_gives_title_date_and_its_signatories() -> None:
    page = parse_page(read_page(LIST_PAGE))
    assert page.title == "Joint Statement on Safe and Welcoming Public Spaces"
    assert page.date == dt.date(2017, 3, 21)
    assert page.members is not None
    assert len(page.members.entries) == LIST_COUNT
    assert len({m.city for m in page.members.entries}) == LIST_COUNT


@pytest.mark.parametrize(
    ("city", "country", "code"),
    [
        ("Pec/Peja", "Kosovo", "XK"),
        ("Ulcinj", "Montenegro", "ME"),
        ("Yaoundé II", "Cameroon", "CM"),
        ("Méri", "Cameroon", "CM"),
        ("Kaçanik", "Kosovo", "XK"),
        ("Montgomery County", "USA", "US"),
        ("Victoria", "Australia", "AU"),
        ("Cair", "Macedonia", "MK"),
        ("Rotterdam", "The Netherlands", "NL"),
        ("Antalya", "Turkey", "TR"),
        ("London", "UK", "GB"),
        ("Aarhus", "Denmark", "DK"),
    ],
)
def test_a_listed_page_s_tricky_entries(city: str, country: str, code: str) -> None:
    members = {m.city: m for m in infer_countries(entries(read_page(LIST_PAGE)))}
    assert members[city].country == country
    assert members[city].country_code == code


def test_a_listed_page_s_text_keeps_the_statement_and_drops_page_furniture() -> None:
    text = parse_page(read_page(LIST_PAGE)).text
    assert text.startswith("Mayors renew their pledge for open streets and squares")
    assert "We the Mayors and local leaders" in text
    assert "Click here" not in text
    assert "Leave a Reply" not in text
    assert "email address" not in text
    assert "March 21, 2017" not in text


def test_a_members_page_s_title_from_running_text_and_no_list() -> None:
    page = parse_page(read_page(MEMBERS_PAGE))
    assert page.title == "Declaration on Housing for All"
    assert page.date == dt.date(2021, 5, 12)
    assert page.members is None
    assert "3. Standing together" in page.text
    assert page.text.rstrip().endswith("join this declaration.")
    assert "Measures by member cities" not in page.text


@pytest.mark.parametrize(
    "title",
    ["气候城市联盟\u3000签署城市名单", "기후 도시 선언\u3000서명 도시 목록"],
)
def test_a_headline_s_ideographic_space_is_kept(title: str) -> None:
    """A Chinese or Korean headline parts its words with an ideographic space, as it is
    typeset: the title keeps it (other white space, a no-break space, is one space)."""
    page = f"首页\n\n{title}\u3000\n\n2024-03-12\n\n北京、上海、广州\n"
    assert parse_page(page).title == title


def test_title_and_date_overrides_win() -> None:
    page = parse_page(read_page(LIST_PAGE), title="Public spaces", date=dt.date(2017, 3, 22))
    assert (page.title, page.date) == ("Public spaces", dt.date(2017, 3, 22))
    assert "Joint Statement on Safe and Welcoming Public Spaces" in page.text


@pytest.mark.parametrize(
    "text",
    ["June 29, 2016", "29 June 2016", "2016-06-29", "Jun 29, 2016", "29th June 2016"],
)
def test_dates_as_pages_write_them(text: str) -> None:
    assert parse_date(text) == dt.date(2016, 6, 29)


@pytest.mark.parametrize(
    "text",
    [
        "12. März 2024", "12 de marzo de 2024", "12 marca 2024 r.", "12. března 2024",
        "12. maaliskuuta 2024", "12 Μαρτίου 2024", "Publié le 12 mars 2024", "12 mrt 2024",
        "Veröffentlicht am 12.03.2024", "Publikováno 12. 3. 2024",
        "2024-03-12", "2024. március 12.", "Közzétéve: 2024.03.12.", "2024 m. kovo 12 d.",
        "12 במרץ 2024", "12 مارس 2024",  # Hebrew ('in March'), Arabic
        "公開日 2024/03/12", "Julkaistu 2024/3/12",  # year first with slashes (ja, fi)
        "2024-yil 12-mart", "Eʼlon qilindi: 2024-yil 12-mart kuni",  # year's word first (uz)
        "2024-жылдын 12-март", "12 наурыз 2024 жыл", "12 mart 2024",  # Kyrgyz, Kazakh, Azeri
    ],
)  # fmt: skip
def test_dates_in_the_languages_of_pages(text: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found[0] == dt.date(2024, 3, 12)


def test_a_date_of_numbers_is_read_only_where_the_numbers_tell_day_from_month() -> None:
    assert find_date("Posted 03/25/2024") == (dt.date(2024, 3, 25), "03/25/2024")
    assert find_date("Posted 25-03-2024") == (dt.date(2024, 3, 25), "25-03-2024")
    assert find_date("Posted 03/04/2024") is None  # 3 April or 4 March: the page must say
    assert find_date("12 cities in 2024") is None  # a word that is no month
    assert find_date("In 2024 cities 12 met") is None  # year first, but no month


def test_first_full_date_wins() -> None:
    found = find_date("Gathering on 4 March in a meeting. 4 March 2022. Later: 2023-01-01")
    assert found == (dt.date(2022, 3, 4), "4 March 2022")


def test_bad_date_names_the_value() -> None:
    with pytest.raises(ParseError, match="'31 June 2016'"):
        parse_date("31 June 2016")


def test_member_list_with_qualifiers_spaces_and_final_and() -> None:
    page = (
        "T\n1 May 2020\n\n\n\n\n"
        "Members: Guro-gu (Seoul) (South Korea);  Ulcinj  (Montenegro); and Malmö (Sweden).\n"
    )
    assert [(m.city, m.country, m.line) for m in entries(page)] == [
        ("Guro-gu (Seoul)", "South Korea", 7),
        ("Ulcinj", "Montenegro", 7),
        ("Malmö", "Sweden", 7),
    ]


def test_a_misspelt_country_is_corrected_and_flagged() -> None:
    found = infer_countries(
        entries("T\n1 May 2020\n\nOslo (Norway); Paris (Frnace); Rome (Italy).")
    )
    paris = found[1]
    assert (paris.city, paris.country_code, paris.found) == ("Paris", "FR", "page, corrected")
    assert paris.flags == ("country 'Frnace' read as France",)


def test_empty_and_binary_pages_are_refused() -> None:
    with pytest.raises(ParseError, match="empty"):
        parse_page("\n \n")
    with pytest.raises(ParseError, match="binary"):
        decode_page(b"\x89PNG\x00\x00")


def test_bom_latin1_and_crlf_pages_read_alike() -> None:
    text = "Title\r\n\r\n1 May 2020\r\n\r\nMembers: Malmö (Sweden); Pécs (Hungary).\r\n"
    for raw in (text.encode("utf-8-sig"), text.encode("latin-1")):
        page = parse_page(decode_page(raw))
        assert page.members is not None
        assert [m.city for m in page.members.entries] == ["Malmö", "Pécs"]
        assert "\r" not in page.text


def test_one_entry_a_line_lists_are_read_with_their_region() -> None:
    page = (
        "Endorsers\n\n16 November 2022\n\nAmsterdam, The Netherlands\n"
        "Chattanooga, Tennessee, USA\n\nBudavár (Budapest I), Hungary\nLondon, United Kingdom\n"
        "\nThanks to all.\n"
    )
    members = infer_countries(entries(page))
    assert [(m.city, m.region, m.country_code, m.line) for m in members] == [
        ("Amsterdam", "", "NL", 5),
        ("Chattanooga", "Tennessee", "US", 6),
        ("Budavár (Budapest I)", "", "HU", 8),
        ("London", "", "GB", 9),
    ]


def test_prose_with_commas_is_not_a_list() -> None:
    page = "Title\n\n1 May 2020\n\nWe, the mayors, agree.\nHello, world\nYes, indeed, friends\n"
    assert parse_page(page).members is None


def test_a_misspelt_country_in_a_line_list_is_read_as_the_closest() -> None:
    page = "T\n\n1 May 2020\n\nOslo, Norway\nParis, France\nBerlin, Germny\nRome, Italy\n"
    berlin = infer_countries(entries(page))[2]
    assert (berlin.line, berlin.country_code, berlin.flags) == (
        7,
        "DE",
        ("country 'Germny' read as Germany",),
    )


PRESS_RELEASE = """Skip to content
Nordic Cities Together
Menu
News

We use cookies to improve your experience. Accept all  Reject  Settings

Home › News › Statements

Mayors sign the pledge on clean harbours

12 March 2024

Share
Facebook
X

Five harbour cities have signed the pledge.

Signatories:

Oslo, Norway
Bergen, Norway
Aarhus, Denmark

Nordic Cities Together
Privacy | Terms
"""


def test_the_title_is_the_headline_and_the_text_leaves_the_furniture_out() -> None:
    page = parse_page(PRESS_RELEASE)
    assert page.title == "Mayors sign the pledge on clean harbours"
    assert page.text == "Five harbour cities have signed the pledge.\n\nSignatories:\n"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("Network of Green Cities\n\n4 May 2023\n\nCities adopt the water charter\n\n"
         "Text of it.\n", "Network of Green Cities"),  # a site name right above the date
        ("Home | News\n\n4 May 2023\n\nCities adopt the water charter\n\nText of it.\n",
         "Cities adopt the water charter"),  # dated first: the headline follows the date
        ("Home | News\n\nKaupunkien julistus\n\nJulkaistu 05/03/2024\n\nText of it.\n",
         "Kaupunkien julistus"),  # two words right above a date written ambiguously
    ],
)  # fmt: skip
def test_the_headline_is_found_around_the_date(page: str, title: str) -> None:
    assert parse_page(page, date=dt.date(2024, 1, 1)).title == title


def test_a_site_s_words_in_a_script_without_spaces_are_no_headline() -> None:
    """'跳转到主要内容' (skip to the main content) over the headline, a line of its own, one
    word as Chinese writes it: the site's, not the headline."""
    page = (
        "城市气候网络\n菜单\n跳转到主要内容\n\n气候城市网络成员城市名单\n\n"
        "2025年7月1日\n\nText of it.\n"
    )
    assert parse_page(page).title == "气候城市网络成员城市名单"


@pytest.mark.parametrize(
    ("menu", "title"),
    [
        ("Home Chi siamo Notizie Contatti", "Appello dei sindaci per il clima"),
        ("Forside Om os Nyheder Medlemmer Kontakt", "Borgmestrenes erklæring om klima"),
        ("Skip to main content", "Mayors adopt the charter on clean air"),
    ],
)
def test_a_menu_copied_without_separators_is_no_headline(menu: str, title: str) -> None:
    page = f"{menu}\n\n{title}\n\n12 March 2024\n\nText of it.\n"
    parsed = parse_page(page)
    assert (parsed.title, parsed.text) == (title, "Text of it.\n")


def test_the_headline_is_the_one_nearest_the_date_after_the_site_s_name() -> None:
    page = (
        "Rede de Cidades Educadoras\n\nCarta das cidades sobre a água pública\n\n"
        "Lisboa, 21 de setembro de 2023\n\nText of it.\n"
    )  # the site's name is a headline-like line too, further from the date
    assert parse_page(page).title == "Carta das cidades sobre a água pública"


def test_a_date_in_words_the_reader_does_not_know_is_no_headline() -> None:
    page = "Cyhoeddwyd 9 Ebrill 2024\n\nCalon ni o ddinasoedd glân\n\nText of it.\n"
    # Welsh: a day, a month the reader does not know, a year, then the headline
    assert parse_page(page, date=dt.date(2024, 4, 9)).title == "Calon ni o ddinasoedd glân"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("Zum Inhalt springen\nStädtenetz Saubere Luft\nMenü\nPresse\n\nUnsere Mitglieder\n\n"
         "Veröffentlicht am 3. April 2025\n\nText of it.\n", "Unsere Mitglieder"),
        ("Saltar al contenido\nRed de Ciudades Limpias\nMenú\nPrensa\n\nNuestros miembros\n\n"
         "Publicado el 3 de abril de 2025\n\nText of it.\n", "Nuestros miembros"),
    ],
)  # fmt: skip
def test_a_section_s_name_over_the_date_is_the_title_not_the_skip_link(
    page: str, title: str
) -> None:
    """'Unsere Mitglieder' under the skip link, the site's name and its menu: a section's
    name in a menu's words, the page's title; the skip link above it is no title."""
    assert parse_page(page, date=dt.date(2024, 1, 1)).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("コンテンツへスキップ\n緑の都市ネットワーク\nメニュー\nプレスリリース\n\n"
         "日本の4都市がグローバル学習都市ネットワークに加盟\n\n2024年9月12日\n\nText of it.\n",
         "日本の4都市がグローバル学習都市ネットワークに加盟"),
        ("ข้ามไปยังเนื้อหา\nเครือข่ายเมืองสีเขียว\nเมนู\nข่าวประชาสัมพันธ์\n\n"
         "สี่เมืองของไทยเข้าร่วมเครือข่ายเมืองแห่งการเรียนรู้\n\n2024-09-12\n\nText of it.\n",
         "สี่เมืองของไทยเข้าร่วมเครือข่ายเมืองแห่งการเรียนรู้"),
        ("Chuyển đến nội dung\nMạng lưới Đô thị Xanh\nDanh mục\nThông cáo báo chí\n\n"
         "Bốn thành phố gia nhập mạng lưới\n\nĐăng ngày 12 tháng 9 năm 2024\n\nText of it.\n",
         "Bốn thành phố gia nhập mạng lưới"),
    ],
)  # fmt: skip
def test_a_skip_link_and_menu_in_the_site_s_language_are_no_headline(page: str, title: str) -> None:
    """The skip link, the site's name, its menu and a section's name above the headline,
    in languages whose words for them the reader must know, written without spaces or in
    syllables ('コンテンツへスキップ', 'ข้ามไปยังเนื้อหา', 'Chuyển đến nội dung'): the
    headline is the page's title."""
    assert parse_page(page, date=dt.date(2024, 1, 1)).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("Accueil | Actualités | Contact\n\nNous utilisons des cookies. Accepter  Refuser\n\n"
         "Communiqué : Conférence des maires des capitales régionales, 28 mars 2025\n\n"
         "28 mars 2025\n\nText of it.\n",
         "Communiqué : Conférence des maires des capitales régionales, 28 mars 2025"),
        ("Startseite | Presse | Kontakt\n\nWir verwenden Cookies. Alle akzeptieren  Ablehnen\n\n"
         "Kommuniqué: Konferenz der Oberbürgermeister der Landeshauptstädte – 28. März 2025\n\n"
         "28. März 2025\n\nText of it.\n",
         "Kommuniqué: Konferenz der Oberbürgermeister der Landeshauptstädte – 28. März 2025"),
        ("Home | News\n\nBrussels, 12 March 2024\n\nCities adopt the water charter\n\n"
         "Text of it.\n", "Cities adopt the water charter"),
    ],
)  # fmt: skip
def test_a_headline_that_ends_in_the_date_is_the_title(page: str, title: str) -> None:
    """The first date stands at the end of a headline, after a comma or a dash, only the
    site's menu and cookie banner above it: that line is the title, not the banner; a place
    and the date ('Brussels, 12 March 2024') is a dateline, no headline."""
    assert parse_page(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("Skip to content\nGreen Towns Network\nMenu\nNews\n\n"
         "Annex 2 – List of member towns as of 31 December 2023\n\n"
         "Posted on 18/03/2024\n\nThe list gives the towns in good standing.\n",
         "Annex 2 – List of member towns as of 31 December 2023"),
        ("Zum Inhalt springen\nNetzwerk Grüne Städte\nMenü\nAktuelles\n\n"
         "Anlage 2 – Verzeichnis der Mitgliedsstädte zum 31. Dezember 2023\n\n"
         "Veröffentlicht am 08.03.2024\n\nDas Verzeichnis nennt die Städte.\n",
         "Anlage 2 – Verzeichnis der Mitgliedsstädte zum 31. Dezember 2023"),
        ("Zum Inhalt springen\nNetzwerk Grüne Städte\nMenü\nAktuelles\n\n"
         "Neue Mitgliedsstädte unseres Netzwerks (Stand: 1. März 2025)\n\n"
         "Veröffentlicht am 08.03.2025\n\nDas Verzeichnis nennt die Städte.\n",
         "Neue Mitgliedsstädte unseres Netzwerks (Stand: 1. März 2025)"),
        ("Saltar al contenido\nRed de Ciudades Verdes\nMenú\nNoticias\n\n"
         "Nuevas ciudades miembro de la red (al 1 de marzo de 2025)\n\n"
         "Publicado el 8 de marzo de 2025\n\nLa lista nombra las ciudades.\n",
         "Nuevas ciudades miembro de la red (al 1 de marzo de 2025)"),
    ],
)  # fmt: skip
def test_a_headline_that_dates_its_list_over_the_page_s_date_is_the_title(
    page: str, title: str
) -> None:
    """A headline that ends in a date of its own words ('as of 31 December 2023', in a
    bracket: '(Stand: 1. März 2025)'), the page's own date ('Posted on 18/03/2024') right
    under it, is the title, not the menu's word above it."""
    assert parse_page(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("Green Towns Network\nAbout   Members   Press\n\n"
         "Housing: three mayors launch a joint appeal\n\nPage last updated on 2025-05-16\n\n"
         "Press releases\n\nLEEDS, 16 May 2025 – Three mayors made a joint statement.\n",
         "Housing: three mayors launch a joint appeal"),
        ("Netzwerk Grüne Städte\nÜber uns   Mitglieder   Presse\n\n"
         "Wohnen: drei Bürgermeister richten einen Appell an den Bund\n\n"
         "Seite zuletzt aktualisiert am 16.05.2025\n\nPressemitteilungen\n\n"
         "KASSEL, 16. Mai 2025 – Drei Bürgermeister haben eine Erklärung abgegeben.\n",
         "Wohnen: drei Bürgermeister richten einen Appell an den Bund"),
    ],
)  # fmt: skip
def test_a_stamp_dated_as_the_dateline_under_it_is_no_headline(page: str, title: str) -> None:
    """A line that ends in the same day as the dateline under it ('Page last updated on
    2025-05-16' over 'LEEDS, 16 May 2025') dates the page itself: no title dating a list."""
    assert parse_page(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("Green Towns Network\nAbout   Members   Press\n\n"
         "Charter of the river towns on flood safety\n\n"
         "This page was last updated on 2024-03-11\n\n"
         "Meeting in Passau on 4 and 5 March 2024, the mayors adopted the charter.\n",
         "Charter of the river towns on flood safety"),
        ("Red de Ciudades Verdes\nInicio   Miembros   Prensa\n\n"
         "Carta de los alcaldes por el agua limpia\n\n"
         "Página actualizada por última vez el 2024-03-11\n\n"
         "Carta de los alcaldes por el agua limpia\n"
         "aprobada en Zaragoza, el 9 de marzo de 2024\n\nLos alcaldes firmantes.\n",
         "Carta de los alcaldes por el agua limpia"),
        ("Rete delle Città Verdi\nChi siamo   Soci   Stampa\n\n"
         "Carta dei sindaci per i fiumi puliti\n\n"
         "Pagina aggiornata per l'ultima volta il 11/03/2024\n\n"
         "Riuniti a Mantova il 9 marzo 2024, i sindaci hanno firmato la carta.\n",
         "Carta dei sindaci per i fiumi puliti"),
    ],
)  # fmt: skip
def test_a_stamp_under_the_headline_is_no_title_of_its_own(page: str, title: str) -> None:
    """A stamp ending in a date ('This page was last updated on 2024-03-11') right under
    a headline, a date in the lines below it: the headline over it is the title, the stamp
    dates the page."""
    assert parse_page(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("Zum Inhalt springen\nNetzwerk Grüne Städte\nMenü\nAktuelles\n\n"
         "Die Mitgliedsstädte unseres Netzwerks (Stand: 1. März 2025)\n\n"
         "Veröffentlicht am 01.03.2025\n\nDas Verzeichnis nennt die Städte.\n",
         "Die Mitgliedsstädte unseres Netzwerks (Stand: 1. März 2025)"),
        ("Saltar al contenido\nRed de Ciudades Verdes\nMenú\nNoticias\n\n"
         "Ciudades miembro de la red (al 1 de marzo de 2025)\n\n"
         "Publicado el 1 de marzo de 2025\n\nLa lista nombra las ciudades.\n",
         "Ciudades miembro de la red (al 1 de marzo de 2025)"),
        ("본문 바로가기\n녹색도시협의회\n메뉴\n\n"
         "협의회 회원 도시 목록 (2025년 3월 1일 기준)\n\n"
         "게시일: 2025년 3월 1일\n\n협의회에는 다음 도시가 가입되어 있습니다.\n",
         "협의회 회원 도시 목록 (2025년 3월 1일 기준)"),
        ("Zum Inhalt springen\nNetzwerk Grüne Städte\nMenü\nAktuelles\n\n"
         "Liste der Mitgliedsstädte (Stand: 1. März 2025)\n\n"
         "Veröffentlicht am 01.03.2025\n\nDas Verzeichnis nennt die Städte.\n",
         "Liste der Mitgliedsstädte (Stand: 1. März 2025)"),
        ("Saltar al contenido\nRed de Ciudades Verdes\nMenú\nNoticias\n\n"
         "Lista de miembros (al 1 de marzo de 2025)\n\n"
         "Publicado el 3 de marzo de 2025\n\nLa lista nombra las ciudades.\n",
         "Lista de miembros (al 1 de marzo de 2025)"),
    ],
)  # fmt: skip
def test_a_headline_dated_in_a_bracket_is_the_title_over_the_same_day(
    page: str, title: str
) -> None:
    """A headline whose date stands in a bracket at its end ('(Stand: 1. März 2025)') names
    the day its list holds, though the page is dated the same day under it, and though its
    words before the bracket are as few as three ('Liste der Mitgliedsstädte')."""
    assert parse_page(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("Przejdź do treści\nSieć Zielonych Miast\nMenu\nAktualności\n\n"
         "Nowe miasta członkowskie – uchwała Rady z 3 kwietnia 2024 r.\n\n"
         "Opublikowano: 05.04.2024\n\nRada przyjęła nowe miasta.\n",
         "Nowe miasta członkowskie – uchwała Rady z 3 kwietnia 2024 r."),
        ("Перейти к содержанию\nСеть зелёных городов\nМеню\nНовости\n\n"
         "Новые члены сети – решение правления от 3 апреля 2024 г.\n\n"
         "Опубликовано: 05.04.2024\n\nПравление приняло новые города.\n",
         "Новые члены сети – решение правления от 3 апреля 2024 г."),
        ("Pereiti prie turinio\nŽaliųjų miestų tinklas\nMeniu\nNaujienos\n\n"
         "Nauji tinklo nariai – valdybos sprendimas 2024 m. balandžio 3 d.\n\n"
         "Paskelbta: 2024-04-05\n\nValdyba priėmė naujus miestus.\n",
         "Nauji tinklo nariai – valdybos sprendimas 2024 m. balandžio 3 d."),
    ],
)  # fmt: skip
def test_a_headline_that_ends_in_a_date_and_the_year_s_abbreviation_is_the_title(
    page: str, title: str
) -> None:
    """A headline ending in a date and the abbreviation a language writes after it ('3
    kwietnia 2024 r.', '3 апреля 2024 г.', '3 d.'), the page's own date under it: the
    title."""
    assert parse_page(page).title == title


FORMED_LISTS = [  # (line's form, the list's towns and country, a town with a small namesake)
    ("{} Kommune", ["Aarhus", "Odense", "Aalborg", "Vejle", "Esbjerg"], "DK", "Gribskov"),
    ("Gmina {}", ["Kłodawa", "Lubicz", "Czernichów", "Wieliczka", "Zabierzów"], "PL", "Kobylnica"),
    ("Stadt {}", ["Erfurt", "Jena", "Gera", "Weimar", "Suhl"], "DE", "Wien"),
]


@pytest.mark.parametrize(("form", "towns", "code", "other"), FORMED_LISTS)
def test_a_town_named_with_its_form_in_a_list_of_one_country_and_small_namesakes_abroad(
    form: str, towns: list[str], code: str, other: str
) -> None:
    """A municipality written with its form ('Gribskov Kommune', 'Gmina Kobylnica') among a
    list all of one country, which the gazetteer knows only as small places elsewhere, is
    the list's country's, flagged; a big place elsewhere ('Stadt Wien') stays where it is."""
    abroad = {"Gribskov": ("SE", 300), "Kobylnica": ("UA", 1_200), "Wien": ("AT", 1_700_000)}
    rows = [(t, code, "", 50_000, "") for t in towns]
    rows.append((other, abroad[other][0], "", abroad[other][1], ""))
    gazetteer = gazetteer_of(rows)
    listed = [RawEntry(k, form.format(t), t) for k, t in enumerate([*towns, other], start=1)]
    found = infer_countries(listed, gazetteer=lambda: gazetteer)
    expected = abroad[other][0] if abroad[other][1] > 100_000 else code
    assert [s.country_code for s in found] == [code] * len(towns) + [expected]
    assert found[-1].flags if expected == code else True


@pytest.mark.parametrize(
    "page",
    [
        "Städte\n\n1. Mai 2020\n\nStadt Kempten (Allgäu)\nStadt Füssen (Allgäu)\n"
        "Stadt Meschede (Sauerland)\nStadt Kiel\n",
        "Kommuner\n\n1 maj 2020\n\nYstad (Skåne)\nTrelleborg (Skåne)\nÖstersund (Jämtland)\nKiel\n",
    ],
)
def test_a_region_s_bracket_like_a_country_s_name_is_no_country_where_the_place_is_not(
    page: str,
) -> None:
    gazetteer = gazetteer_of(
        [
            ("Kempten", "DE", "02", 69_000, ""), ("Füssen", "DE", "02", 15_000, ""),
            ("Meschede", "DE", "07", 30_000, ""), ("Kiel", "DE", "10", 246_000, ""),
            ("Ystad", "SE", "27", 18_000, ""), ("Trelleborg", "SE", "27", 31_000, ""),
            ("Östersund", "SE", "08", 50_000, ""), ("Algiers", "DZ", "01", 2_000_000, ""),
        ]
    )  # fmt: skip
    found = infer_countries(entries(page), gazetteer=lambda: gazetteer)
    codes = {"DE" if "Stadt" in page else "SE"}
    assert {s.country_code for s in found[:3]} == codes


def test_a_place_s_two_names_a_slash_parts_are_the_place_by_its_first() -> None:
    gazetteer = gazetteer_of(
        [
            ("Helsinki", "FI", "18", 658_000, "Helsingfors"), ("Turku", "FI", "02", 195_000, "Åbo"),
            ("Donostia", "ES", "59", 186_000, "San Sebastián"), ("Bilbao", "ES", "59", 345_000, ""),
            ("Biel/Bienne", "CH", "BE", 55_000, "Biel|Bienne"),
        ]
    )  # fmt: skip
    pages = {
        "Jäsenet\n\n1.5.2020\n\nHelsinki/Helsingfors (FI)\nTurku/Åbo (FI)\nBiel/Bienne (CH)\n": [
            "Helsinki", "Turku", "Biel/Bienne",
        ],
        "Miembros\n\n1 de mayo de 2020\n\nDonostia/San Sebastián (ES)\nBilbao (ES)\n": [
            "Donostia", "Bilbao",
        ],
    }  # fmt: skip
    for page, cities in pages.items():
        found = infer_countries(entries(page), gazetteer=lambda: gazetteer)
        assert [s.city for s in found] == cities


def test_a_slashed_name_the_atlas_has_stays_as_it_is() -> None:
    gazetteer = gazetteer_of([("Turku", "FI", "02", 195_000, "Åbo")])
    page = "Jäsenet\n\n1.5.2020\n\nTurku/Åbo (FI)\nOulu (FI)\nVaasa (FI)\n"
    known = {"turku abo": frozenset({"FI"})}
    found = infer_countries(entries(page), known=known, gazetteer=lambda: gazetteer)
    assert [s.city for s in found] == ["Turku/Åbo", "Oulu", "Vaasa"]


@pytest.mark.parametrize(
    ("names", "other", "country"),
    [(["Gent", "Brugge", "Leuven", "Hasselt", "Mechelen", "Bergen"], "Bergen", "BE"),
     (["Pozsony", "Kassa", "Nyitra", "Érsekújvár", "Dunaszerdahely", "Komárom"], "Komárom",
      "SK")],
)  # fmt: skip
def test_a_name_of_a_town_in_the_list_s_country_is_read_there(
    names: list[str], other: str, country: str
) -> None:
    """In a list whose other places are all in one country, a name that is a place's own
    name elsewhere and another name of a town in that country ('Bergen', Mons in Dutch;
    'Komárom', Komárno in Hungarian) is read as the list's town, flagged for a check."""
    gazetteer = gazetteer_of(
        [("Gent", "BE", "", 260_000, ""), ("Brugge", "BE", "", 118_000, "Bruges"),
         ("Leuven", "BE", "", 100_000, "Louvain"), ("Hasselt", "BE", "", 78_000, ""),
         ("Mechelen", "BE", "", 86_000, "Malines"), ("Mons", "BE", "", 95_000, "Bergen"),
         ("Bergen", "NO", "", 285_000, ""), ("Bratislava", "SK", "", 475_000, "Pozsony"),
         ("Košice", "SK", "", 230_000, "Kassa"), ("Nitra", "SK", "", 78_000, "Nyitra"),
         ("Nové Zámky", "SK", "", 38_000, "Érsekújvár"),
         ("Dunajská Streda", "SK", "", 22_000, "Dunaszerdahely"),
         ("Komárno", "SK", "", 34_000, "Komárom"), ("Komárom", "HU", "", 19_000, "")]
    )  # fmt: skip
    found = infer_countries(
        [RawEntry(k + 1, name, name) for k, name in enumerate(names)], gazetteer=lambda: gazetteer
    )
    assert {s.country_code for s in found} == {country}
    (checked,) = [s for s in found if s.city == other]
    assert checked.flags


@pytest.mark.parametrize(
    ("page", "town", "country"),
    [
        (
            "Members\n\n1 May 2024\n\n"
            "Mbarara (Western)\nKasese (Western)\nHoima (Western)\nMasaka (Central)\n"
            "Mongu (Western)\nKabwe (Central)\nMumbwa (Central)\n",
            "Mumbwa",
            "ZM",
        ),
        (
            "Mitglieder\n\n1. Mai 2024\n\n"
            "Stadt Zwolle (Overijssel)\nStadt Arnhem (Gelderland)\n"
            "Stadt Maastricht (Limburg)\nStadt Venlo (Limburg)\nStadt Roermond (Limburg)\n"
            "Stadt Tongeren (Limburg)\nStadt Bree (Limburg)\n",
            "Bree",
            "BE",
        ),
    ],
)
def test_a_region_two_countries_name_holds_the_place_where_the_lists_others_are(
    page: str, town: str, country: str
) -> None:
    """A region's name that is two countries' ('Central' Uganda's and Zambia's, 'Limburg'
    Belgium's and the Netherlands'), after a town both countries have: the town of the
    country whose region of that name, as the list's other places of it show, holds it, not
    the one of the list's most places, whose namesake lies in another region."""
    gazetteer = gazetteer_of(
        [
            ("Mbarara", "UG", "W", 195_000, ""), ("Kasese", "UG", "W", 101_000, ""),
            ("Hoima", "UG", "W", 100_000, ""), ("Masaka", "UG", "C", 103_000, ""),
            ("Mongu", "ZM", "01", 52_000, ""), ("Kabwe", "ZM", "02", 202_000, ""),
            ("Mumbwa", "ZM", "02", 20_000, ""), ("Mumbwa", "UG", "E", 30_000, ""),
            ("Maastricht", "NL", "05", 120_000, ""), ("Venlo", "NL", "05", 101_000, ""),
            ("Roermond", "NL", "05", 58_000, ""), ("Tongeren", "BE", "VLG", 31_000, ""),
            ("Bree", "BE", "VLG", 16_000, ""), ("Bree", "NL", "15", 19_000, ""),
            ("Zwolle", "NL", "15", 130_000, ""), ("Arnhem", "NL", "03", 160_000, ""),
        ]
    )  # fmt: skip
    found = {
        s.city: s.country_code for s in infer_countries(entries(page), gazetteer=lambda: gazetteer)
    }
    assert found[town] == country


def test_a_country_s_letters_that_are_another_country_s_region_hold_all_its_places() -> None:
    """'Barcelona, ES' beside 'Bilbao, ES': the letters are Spain's, all of Spain, though
    'ES' is a Brazilian state's too and Bilbao lies in another Spanish region."""
    gazetteer = gazetteer_of(
        [
            ("Bilbao", "ES", "59", 345_000, ""), ("Sevilla", "ES", "51", 690_000, ""),
            ("Barcelona", "ES", "56", 1_600_000, ""), ("Barcelona", "BR", "24", 4_000, ""),
            ("Vitória", "BR", "08", 320_000, ""),
        ]
    )  # fmt: skip
    page = "Members\n\n1 May 2024\n\nBilbao, ES\nSevilla, ES\nBarcelona, ES\nVitória, BR\n"
    found = infer_countries(entries(page), gazetteer=lambda: gazetteer)
    assert [s.country_code for s in found] == ["ES", "ES", "ES", "BR"]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("Home | About | Members | News | Contact\n\n"
         "Annex 1. List of the association's members at 31 December 2024\n\n20 March 2025\n\n"
         "Text of it.\n", "Annex 1. List of the association's members at 31 December 2024"),
        ("Startseite | Über uns | Mitglieder | Kontakt\n\n"
         "Anlage 1. Verzeichnis der Mitglieder zum 31. Dezember 2024\n\n20. März 2025\n\n"
         "Text of it.\n", "Anlage 1. Verzeichnis der Mitglieder zum 31. Dezember 2024"),
    ],
)  # fmt: skip
def test_a_headline_with_a_date_inside_over_the_page_s_own_date_is_the_title(
    page: str, title: str
) -> None:
    """A headline that names a date among its words ('List of members at 31 December 2024')
    over the page's date on a line of its own: the page's date is that line's, the headline
    the title, not the menu above it."""
    assert parse_page(page).title == title


@pytest.mark.parametrize(
    ("page", "title", "date"),
    [
        ("Über uns   Projekte   Mitglieder   Presse\n\n"
         "Anhang 3: Mitgliedsstädte des Netzwerks zum 1. Januar 2025\n\n"
         "Veröffentlicht am 14.02.2025\n\nText of it.\n",
         "Anhang 3: Mitgliedsstädte des Netzwerks zum 1. Januar 2025", dt.date(2025, 2, 14)),
        ("Qui sommes-nous   Membres   Presse\n\n"
         "Liste des collectivités membres au 31 décembre 2024\n\n"
         "Publié le 3 avril 2025\n\nText of it.\n",
         "Liste des collectivités membres au 31 décembre 2024", dt.date(2025, 4, 3)),
    ],
)  # fmt: skip
def test_a_headline_with_a_date_in_its_words_over_the_page_s_date_is_the_title(
    page: str, title: str, date: dt.date
) -> None:
    """A headline that names a date inside its words ('members as at 31 December 2024'),
    the page's own date on a short line under it: the headline is the title, not the menu
    above it, and the date is the page's."""
    parsed = parse_page(page)
    assert (parsed.title, parsed.date) == (title, date)


@pytest.mark.parametrize(
    ("rows", "short", "place", "country"),
    [
        ([("Lunds kommun", "Lund"), ("Ystads kommun", "Ystad"), ("Höörs kommun", "Höör"),
          ("Eds kommun", "Eds")], "Eds", "Ed", "SE"),
        ([("Turun kaupunki", "Turku"), ("Porin kaupunki", "Pori"), ("Salon kaupunki", "Salo"),
          ("Vöyrin kunta", "Vöyrin")], "Vöyrin", "Vöyri", "FI"),
        ([("Vaasan kaupunki", "Vaasa"), ("Lohjan kaupunki", "Lohja"), ("Kemin kaupunki", "Kemi"),
          ("Porvoon kaupunki sekä Enon kunta.", "Enon")], "Enon", "Eno", "FI"),
    ],
)  # fmt: skip
def test_a_short_word_before_a_nordic_body_s_form_is_its_town_s_genitive(
    rows: list[tuple[str, str]], short: str, place: str, country: str
) -> None:
    """A word before a form that takes its town's genitive ('Eds kommun', 'Vöyrin kunta',
    the form ending a sentence: 'Enon kunta.') is a case form, however short, though the
    word as written is another name of a place far away: read as the town of the list's
    country."""
    towns = [city for _, city in rows[:-1]]
    gazetteer = gazetteer_of(
        [*((t, country, "", 30_000, "") for t in towns), (place, country, "", 5_000, ""),
         ("Yonago", "JP", "", 150_000, short)]
    )  # fmt: skip
    listed = [RawEntry(k, written, city) for k, (written, city) in enumerate(rows, start=1)]
    found = infer_countries(listed, gazetteer=lambda: gazetteer)
    assert (found[-1].city, found[-1].country_code) == (place, country)


@pytest.mark.parametrize(
    ("clauses", "town", "country"),
    [
        ([("les communes françaises de Lyon", ["Lyon"]), ("Grenoble et Annecy", ["Grenoble",
          "Annecy"]), ("et les villes suisses de Lausanne et Valence", ["Lausanne", "Valence"])],
         "Valence", "CH"),
        ([("i comuni lombardi di Bergamo", ["Bergamo"]), ("Brescia e Cremona", ["Brescia",
          "Cremona"]), ("e i comuni ticinesi di Bellinzona e Bodio", ["Bellinzona", "Bodio"])],
         "Bodio", "CH"),
    ],
)  # fmt: skip
def test_a_namesake_in_a_clause_is_in_the_country_of_the_clause_s_other_places(
    clauses: list[tuple[str, list[str]]], town: str, country: str
) -> None:
    """A sentence naming the list's places in clauses ('... et les villes suisses de
    Lausanne et Valence'), most of its places in one country: a namesake in a clause whose
    other places are all in another country it has a place in is that country's."""
    gazetteer = gazetteer_of(
        [("Lyon", "FR", "", 500_000, ""), ("Grenoble", "FR", "", 158_000, ""),
         ("Annecy", "FR", "", 130_000, ""), ("Lausanne", "CH", "", 140_000, ""),
         ("Valence", "FR", "", 64_000, ""), ("Valence", "CH", "", 9_000, ""),
         ("Bergamo", "IT", "", 120_000, ""), ("Brescia", "IT", "", 196_000, ""),
         ("Cremona", "IT", "", 71_000, ""), ("Bellinzona", "CH", "", 43_000, ""),
         ("Bodio", "IT", "", 12_000, ""), ("Bodio", "CH", "", 0, "")]
    )  # fmt: skip
    entries = [RawEntry(1, text, name) for text, names in clauses for name in names]
    found = {s.city: s.country_code for s in infer_countries(entries, gazetteer=lambda: gazetteer)}
    assert found[town] == country


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "Municípios aderentes\n\n3 de março de 2025\n\nBraga\nPorto\n\nPartilhar\n",
            "Municípios aderentes",
        ),
        (
            "Strona główna · Aktualności · Kontakt\n\nNowe miasta w sieci\n\n"
            "3 marca 2025\n\nText of it.\n\nUdostępnij\n",
            "Nowe miasta w sieci",
        ),
    ],
)
def test_share_buttons_and_a_menu_parted_by_dots_are_no_headline(page: str, title: str) -> None:
    """'Partilhar' (share) after the list, a menu whose items dots part ('Strona główna ·
    Aktualności'): the site's, not the headline."""
    assert parse_page(page).title == title


def test_a_share_block_of_social_networks_in_a_new_language_is_no_headline() -> None:
    """'Бөлүшүү' (Kyrgyz: share) and 'Telegram' under the date: the site's, not the headline."""
    page = (
        "Башкы бет | Биз жөнүндө | Байланыш\n\nЖаңы шаарлар тармакка кошулду\n\n"
        "2024-жылдын 12-март\n\nБөлүшүү\nFacebook\nTelegram\nWhatsApp\n\n"
        "Ош, Баткен жана Нарын шаарлары тармакка кошулду.\n"
    )
    parsed = parse_page(page)
    assert (parsed.title, parsed.date) == ("Жаңы шаарлар тармакка кошулду", dt.date(2024, 3, 12))


def test_navigation_words_factored_by_first_letter_are_the_same_words() -> None:
    pattern = re.compile(f"(?:{statements._by_first_letter(('share', 'sign', 'home', 'x'))})$")
    assert statements._by_first_letter(("share", "sign", "home")) == "s(?:hare|ign)|h(?:ome)"
    assert all(map(pattern.match, ["share", "sign", "home", "x"]))
    assert not any(map(pattern.match, ["shome", "sx", "hare", "signs"]))


def test_lines_matching_finds_each_line_a_pattern_finds_something_in() -> None:
    lines = ["Home | News", "", "Lyon and Genève", "Tags: city", "a|b|c"]
    assert lines_matching(re.compile(r"\|"), lines) == {0, 4}
    assert lines_matching(re.compile(r"^tags?:", re.I | re.M), lines) == {3}
    assert lines_matching(re.compile("Berlin"), lines) == set()


def test_folded_apart_has_every_character_ignorecase_folds_beyond_its_lower_case() -> None:
    import re._casefix  # re's own table of the characters it folds to others

    folded = {chr(c) for k, v in re._casefix._EXTRA_CASES.items() for c in (k, *v)} - {"i", "s"}
    capitals = {chr(c) for c in range(0x110000) if chr(c).lower() in folded}
    two_long = {chr(c) for c in range(0x110000) if len(chr(c).lower()) != 1}
    apart = folded | capitals | two_long
    assert all(pagetext._FOLDED_APART.match(c) for c in apart)


@pytest.mark.parametrize(
    "text",
    ["the HOST city", "Gastgeber: Zürich", "Zürich, Genève", "KOORDINATOR Łódź", "ΣΥΝΤΟΝΙΣΤΗΣ",
     "Wird später unterzeichnen", "noch nicht UNTERZEICHNET", "ſauf Lyon", "İstanbul hôte"],
)  # fmt: skip
def test_a_lowered_search_finds_what_the_pattern_finds(text: str) -> None:
    dotless = re.compile(r"^\W*katıl\S*", re.IGNORECASE | re.MULTILINE)  # 'ı' is 'i' to it
    for pattern in (pagetext._ROLE_WORDS, pagetext._NOT_SIGNED_YET, dotless):
        found = pagetext.LoweredSearch(pattern).found_in(text)
        assert found == (pattern.search(text) is not None)
    with pytest.raises(ValueError, match="lower case"):
        pagetext.LoweredSearch(re.compile("Katıl", re.IGNORECASE))


@pytest.mark.parametrize(
    "text",
    ["Observers:\nLyon", "KATILDI\n– Katıldı", "Partners\n\tObservers (2)", "İstanbul\nKATILIM"],
)
def test_a_lowered_search_spans_what_the_pattern_finds(text: str) -> None:
    for pattern in (pagetext._OTHER_GROUP, re.compile(r"^\W*katıl\S*", re.I | re.M)):
        spans = [m.span() for m in pattern.finditer(text)]
        assert pagetext.LoweredSearch(pattern).spans(text) == spans


@pytest.mark.parametrize(
    ("written", "town", "code"),
    [("en de Vlaamse stad Genk", "Genk", "BE"),
     ("Stad Genk (schepen An Peeters)", "Genk", "BE"),
     ("sowie Stadtpräsidentin Eva Roth aus Baden", "Baden", "CH"),
     ("e a prefeita de Palmela", "Palmela", "BR")],
)  # fmt: skip
def test_a_word_one_country_alone_uses_tells_a_namesake_in_it(
    written: str, town: str, code: str
) -> None:
    """A word of its officers or region only one country uses in a language others speak
    too (Dutch 'schepen', Belgium's alderman, and 'Vlaamse', Flemish; Swiss German
    'Stadtpräsident'; Brazilian 'prefeita', where Portugal has a 'presidente da câmara')
    places a town of several countries' names in that country, though a bigger namesake
    and most of the list are elsewhere; a town that country has none of stays where it is."""
    gazetteer = gazetteer_of(
        [
            ("Genk", "BE", "VLG", 66_000, ""), ("Genk", "NL", "05", 90_000, ""),
            ("Baden", "CH", "AG", 19_000, ""), ("Baden", "AT", "03", 26_000, ""),
            ("Palmela", "BR", "27", 3_000, ""), ("Palmela", "PT", "15", 62_000, ""),
            ("Gouda", "NL", "11", 73_000, ""), ("Delft", "NL", "11", 100_000, ""),
            ("Wien", "AT", "09", 1_700_000, ""), ("Graz", "AT", "06", 290_000, ""),
            ("Porto", "PT", "17", 230_000, ""), ("Braga", "PT", "04", 190_000, ""),
        ]
    )  # fmt: skip
    others = {"BE": ["Gouda", "Delft"], "CH": ["Wien", "Graz"], "BR": ["Porto", "Braga"]}[code]
    listed = [RawEntry(1, t, t) for t in others] + [RawEntry(2, written, town)]
    listed.append(RawEntry(3, f"{written} und Delft", "Delft"))  # no such town there
    found = infer_countries(listed, gazetteer=lambda: gazetteer)
    assert [s.country_code for s in found[2:]] == [code, "NL"]


@pytest.mark.parametrize(
    ("towns", "code", "written", "place"),
    [
        (["Lucknow", "Kanpur", "Varanasi", "Agra", "Meerut"], "IN", "गोरखपुर", "Gorakhpur"),
        (["Sfax", "Bizerte", "Gabès", "Monastir", "Nabeul"], "TN", "القيروان", "Kairouan"),
    ],
)
def test_an_unknown_town_in_a_vowelless_script_is_the_lists_country_s_that_sounds_like_it(
    towns: list[str], code: str, written: str, place: str
) -> None:
    """A town no gazetteer knows by a name written in a script that leaves vowels out,
    among a list all of one country, is the place of that country its consonants sound
    like, as a reader of both scripts reads it."""
    rows = [(t, code, "", 50_000, "") for t in [*towns, place]]
    gazetteer = gazetteer_of(rows)
    listed = [RawEntry(k, t, t) for k, t in enumerate([*towns, written], start=1)]
    found = infer_countries(listed, gazetteer=lambda: gazetteer)
    assert (found[-1].city, found[-1].country_code) == (place, code)

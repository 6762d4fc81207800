"""Editing needs a signed-in editor: st.login against a local OpenID provider, in Chromium.

oidc-provider-mock serves OpenID Connect on 127.0.0.1 and signs in whatever e-mail is typed
on its page; the app reads a temporary secrets file. The same data copy holds a statement
whose title, note, source and text are hostile Markdown and HTML, to show they stay text.
"""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import oidc_provider_mock
import pytest
from oidc_provider_mock import User
from playwright.sync_api import Browser, Page, expect
from werkzeug.serving import make_server

from geo.markup import WORD_JOINER
from tests.browser import (
    DATA_DIR,
    NOT_LOOPBACK,
    VIEWPORT,
    WAIT_MS,
    Traffic,
    block,
    free_port,
    headline,
    serve_atlas,
)
from tests.test_markup import (
    EVIL,
    HOSTILE_ID,
    HOSTILE_NOTE,
    HOSTILE_QUERY,
    HOSTILE_TITLE,
    add_hostile_statement,
)

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.browser

EDITOR = "editor@example.org"
UNVERIFIED = "unverified@example.org"  # the provider does not say it is verified
NEW_PAGE = "Test Statement\n1 May 2024\nText.\nOslo (Norway); Bergen (Norway).\n"


@pytest.fixture(scope="module")
def data_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data, plus a statement written to be hostile, signed by Oslo."""
    target = tmp_path_factory.mktemp("atlas") / "data"
    shutil.copytree(DATA_DIR, target)
    add_hostile_statement(target)
    return target


@pytest.fixture(scope="module")
def provider() -> Iterator[str]:
    """oidc-provider-mock on a loopback port, in this process; yields its URL, which is its
    issuer. EDITOR's e-mail is verified; any other e-mail typed in has no email_verified."""
    port = free_port()
    verified = User(sub=EDITOR, claims={"email": EDITOR, "email_verified": True})
    server = make_server(
        "127.0.0.1", port, oidc_provider_mock.app(user_claims=[verified]), threaded=True
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    server.shutdown()
    thread.join()


@contextmanager
def serve_with_sign_in(data: Path, provider: str, folder: Path, atlas: str) -> Iterator[str]:
    """The app with sign-in configured in a temporary secrets file (test values only) and
    `atlas` as its [atlas] section."""
    port = free_port()
    secrets = folder / "secrets.toml"
    secrets.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "test-only-cookie-secret-0123456789abcdef"\n'
        'client_id = "atlas"\n'
        'client_secret = "test-only"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n'
        f"\n[atlas]\n{atlas}",
        encoding="utf-8",
    )
    options = ["--secrets.files", str(secrets)]
    with serve_atlas(data, folder / "server.log", options=options, port=port) as url:
        yield url


@pytest.fixture(scope="module")
def signin_url(
    data_copy: Path, provider: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The app whose allow-list names EDITOR and UNVERIFIED."""
    folder = tmp_path_factory.mktemp("secrets")
    with serve_with_sign_in(
        data_copy, provider, folder, f'editors = ["{EDITOR}", "{UNVERIFIED}"]\n'
    ) as url:
        yield url


def open_app(chromium: Browser, url: str, traffic: Traffic) -> Page:
    """A fresh browser session on the app (no sign-in cookie), offline."""
    context = chromium.new_context(viewport=VIEWPORT)
    context.route(NOT_LOOPBACK, lambda route: block(route, traffic))
    page = context.new_page()
    page.goto(url)
    expect(headline(page, "City Networks Atlas")).to_be_visible(timeout=WAIT_MS)
    return page


@pytest.fixture
def visit(chromium: Browser, signin_url: str, traffic: Traffic) -> Iterator[Page]:
    page = open_app(chromium, signin_url, traffic)
    yield page
    page.context.close()


def shown(text: str) -> re.Pattern[str]:
    """`text` as the page shows it: invisible word joiners may sit anywhere in it (they keep
    `http://`, `www.` and `a@b` from becoming links)."""
    joiner = f"\\u{ord(WORD_JOINER):04x}?"  # escapes: Playwright passes a /regex/ to JavaScript
    return re.compile("^" + "".join(re.escape(c).replace("/", "\\/") + joiner for c in text) + "$")


def sign_in(page: Page, email: str) -> None:
    page.get_by_role("button", name="Sign in to edit").click()
    page.get_by_placeholder("sub").fill(email)
    page.get_by_role("button", name="Authorize").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible(timeout=WAIT_MS)


def expect_no_editing(page: Page) -> None:
    expect(page.get_by_role("tab", name="Export", exact=True)).to_be_visible(timeout=WAIT_MS)
    expect(page.get_by_role("tab", name="Add a statement")).to_have_count(0)
    expect(page.get_by_role("textbox", name="Page text")).to_have_count(0)
    expect(page.get_by_role("button", name="Preview")).to_have_count(0)
    expect(page.get_by_role("button", name="Save to the atlas")).to_have_count(0)


def expect_no_link_or_image_from_data(page: Page) -> None:
    assert page.locator(f'a[href*="{EVIL}"], img[src*="{EVIL}"]').count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0


def test_a_visitor_finds_no_editing_control(visit: Page) -> None:
    expect(visit.get_by_role("button", name="Sign in to edit")).to_be_visible(timeout=WAIT_MS)
    expect_no_editing(visit)


def test_an_editor_signs_in_and_saves_a_statement(visit: Page, data_copy: Path) -> None:
    sign_in(visit, EDITOR)
    expect(visit.get_by_text(shown(f"Signed in as {EDITOR}, an editor."))).to_be_visible()
    visit.get_by_role("tab", name="Add a statement").click()
    visit.get_by_role("textbox", name="Page text").fill(NEW_PAGE)
    panel = visit.get_by_role("tabpanel", name="Add a statement")
    panel.get_by_role("combobox", name="Network").click()
    visit.get_by_role("option", name="Strong Cities Network").click()
    preview = panel.get_by_role("button", name="Preview")
    expect(preview).to_be_enabled(timeout=WAIT_MS)  # the rerun for the network has ended
    preview.click()
    title = visit.get_by_role("textbox", name="Title", exact=True)  # the review's, editable
    expect(title).to_have_value("Test Statement", timeout=WAIT_MS)
    # the review's page run has ended (a click during it may be lost with the rerun)
    expect(visit.get_by_role("img", name="Running...")).to_have_count(0, timeout=WAIT_MS)
    visit.get_by_role("button", name="Save to the atlas").click()
    message = "Saved “Test Statement” (1 May 2024) with 2 signatories: picked on the map."
    expect(visit.get_by_text(message)).to_be_visible(timeout=WAIT_MS)
    saved = data_copy / "statements" / "2024-05-01-test-statement.md"
    assert "title: Test Statement" in saved.read_text(encoding="utf-8")
    assert "2024-05-01-test-statement,Bergen,Norway" in (data_copy / "signatories.csv").read_text()
    visit.get_by_role("button", name="Sign out").click()
    visit.get_by_role("button", name="End session").click()  # the provider's page
    expect(visit.get_by_role("button", name="Sign in to edit")).to_be_visible(timeout=WAIT_MS)
    expect_no_editing(visit)


def test_someone_not_on_the_list_signs_in_and_can_only_read(visit: Page) -> None:
    sign_in(visit, "reader@example.org")
    message = "Signed in as reader@example.org (not a verified e-mail): you can read, not edit."
    expect(visit.get_by_text(shown(message))).to_be_visible()
    expect_no_editing(visit)


def test_an_email_on_the_list_that_the_provider_does_not_call_verified_only_reads(
    visit: Page,
) -> None:
    sign_in(visit, UNVERIFIED)
    message = f"Signed in as {UNVERIFIED} (not a verified e-mail): you can read, not edit."
    expect(visit.get_by_text(shown(message))).to_be_visible()
    expect_no_editing(visit)


def test_a_provider_trusted_with_unverified_emails_makes_them_editors(
    chromium: Browser,
    data_copy: Path,
    provider: str,
    traffic: Traffic,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """`trust_unverified_email` names the provider by its issuer, the `iss` of its sign-ins;
    the allow-list entry names it too."""
    folder = tmp_path_factory.mktemp("trusting")
    atlas = f'editors = ["{provider} {UNVERIFIED}"]\ntrust_unverified_email = ["{provider}"]\n'
    with serve_with_sign_in(data_copy, provider, folder, atlas) as url:
        page = open_app(chromium, url, traffic)
        sign_in(page, UNVERIFIED)
        expect(page.get_by_text(shown(f"Signed in as {UNVERIFIED}, an editor."))).to_be_visible()
        expect(page.get_by_role("tab", name="Add a statement")).to_be_visible()
        page.context.close()


def test_hostile_markup_in_data_and_link_stays_text(
    visit: Page, signin_url: str, traffic: Traffic
) -> None:
    query = quote(HOSTILE_QUERY)
    visit.goto(f"{signin_url}/?statement={HOSTILE_ID}&q={query}")
    title = HOSTILE_TITLE
    expect(visit.get_by_role("heading", name=shown(title))).to_be_visible(timeout=WAIT_MS)
    warning = f"No city shown matches “{HOSTILE_QUERY}”."
    expect(visit.get_by_text(shown(warning))).to_be_visible()
    expect(visit.get_by_text(shown(HOSTILE_NOTE))).to_be_visible()
    expect(visit.get_by_text(shown("Source: javascript:alert(1)"))).to_be_visible()
    expect_no_link_or_image_from_data(visit)
    visit.goto(f"{signin_url}/?present=1&statement={HOSTILE_ID}")
    expect(visit.get_by_role("heading", name=shown(title))).to_be_visible(timeout=WAIT_MS)
    expect(visit.get_by_text(f"Text ![x](http://{EVIL}/x.png)", exact=False)).to_be_visible()
    expect_no_link_or_image_from_data(visit)
    assert [url for _, url in traffic.blocked if EVIL in url] == []  # no image was asked for

"""Local editor mode against DNS rebinding, in Chromium: a web page under another name that
resolves to 127.0.0.1 (evil.example here, by Chromium's host resolver rules) must not edit,
even with the editing link's token; the link the server printed, opened at 127.0.0.1, edits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright

from tests.browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DATA_DIR,
    VIEWPORT,
    WAIT_MS,
    Traffic,
    block,
    headline,
    serve_atlas,
)
from tests.test_browser_signin import expect_no_editing

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.browser

EVIL = "evil.example"
# Every request off this machine is blocked; evil.example is this machine, by the rule below.
OFF_MACHINE = re.compile(r"^(?!https?://(?:127\.0\.0\.1|localhost|evil\.example)(?::\d+)?[/?#])")
LOOPBACK_HOSTS = ["--server.allowedHosts", "localhost", "--server.allowedHosts", "127.0.0.1"]
CHOSEN_TOKEN = "a-token-the-person-chose"  # noqa: S105 (a test value)
PRINTED_LINK = re.compile(r"Local editor mode: to edit, open (http://\S+)")


@pytest.fixture(scope="module")
def rebinding_chromium(playwright: Playwright) -> Iterator[Browser]:
    """Chromium in which evil.example resolves to 127.0.0.1, as a rebinding attacker's DNS
    makes it."""
    browser = playwright.chromium.launch(
        executable_path=str(CHROMIUM),
        args=[*CHROMIUM_ARGS, f"--host-resolver-rules=MAP {EVIL} 127.0.0.1"],
    )
    yield browser
    browser.close()


@pytest.fixture(scope="module", params=["as the README says", "allowedHosts forgotten"])
def local_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Path, bool]]:
    """The app in local editor mode on 127.0.0.1: (its URL, its log, whether it was started
    with server.allowedHosts set to loopback names). Started without, its token is
    CHOSEN_TOKEN, as if the person had set ATLAS_EDIT_TOKEN."""
    hosts = request.param == "as the README says"
    log = tmp_path_factory.mktemp("local") / "server.log"
    options = LOOPBACK_HOSTS if hosts else []
    env = {"ATLAS_LOCAL_EDITOR": "1"} | ({} if hosts else {"ATLAS_EDIT_TOKEN": CHOSEN_TOKEN})
    with serve_atlas(DATA_DIR, log, options, env=env) as url:
        yield url, log, hosts


def open_page(browser: Browser, url: str, traffic: Traffic) -> Page:
    context = browser.new_context(viewport=VIEWPORT)
    context.route(OFF_MACHINE, lambda route: block(route, traffic))
    page = context.new_page()
    page.goto(url)
    return page


@pytest.fixture(scope="module")
def printed_link(rebinding_chromium: Browser, local_server: tuple[str, Path, bool]) -> str:
    """The editing link the server printed in its log when a first page opened; a server
    that refuses local editor mode prints none (the link with CHOSEN_TOKEN, then)."""
    url, log, hosts = local_server
    page = open_page(rebinding_chromium, url, Traffic())
    headline(page, "City Networks Atlas").wait_for(timeout=WAIT_MS)
    page.context.close()
    links = PRINTED_LINK.findall(log.read_text())
    if not hosts:
        assert links == []
        return f"{url}/?edit={CHOSEN_TOKEN}"
    assert len(links) == 1, log.read_text()
    assert links[0].startswith(f"{url}/?edit=")
    return str(links[0])


def test_the_local_page_without_the_link_reads(
    rebinding_chromium: Browser, local_server: tuple[str, Path, bool], printed_link: str
) -> None:
    page = open_page(rebinding_chromium, local_server[0], Traffic())
    expect_no_editing(page)
    page.context.close()


def test_the_printed_link_edits_at_127_0_0_1(
    rebinding_chromium: Browser, local_server: tuple[str, Path, bool], printed_link: str
) -> None:
    _, log, hosts = local_server
    page = open_page(rebinding_chromium, printed_link, Traffic())
    if hosts:
        page.get_by_role("tab", name="Add a statement").click(timeout=WAIT_MS)
        page.get_by_role("textbox", name="Page text").wait_for(timeout=WAIT_MS)
        assert "edit=" not in page.url  # the token leaves the address bar and history
    else:
        refused = page.get_by_text("Local editor mode refused: server.allowedHosts")
        refused.wait_for(timeout=WAIT_MS)
        expect_no_editing(page)
    page.context.close()
    assert len(PRINTED_LINK.findall(log.read_text())) == hosts  # printed once per server


def test_a_page_under_another_name_gets_no_editing_even_with_the_token(
    rebinding_chromium: Browser, local_server: tuple[str, Path, bool], printed_link: str
) -> None:
    _, log, hosts = local_server
    traffic = Traffic()
    evil = printed_link.replace("127.0.0.1", EVIL)
    context = rebinding_chromium.new_context(viewport=VIEWPORT)
    context.route(OFF_MACHINE, lambda route: block(route, traffic))
    page = context.new_page()
    if hosts:  # Streamlit's websocket refuses the name: the page never runs
        refusals: list[str] = []
        page.on(
            "websocket",
            lambda socket: socket.on("socketerror", lambda error: refusals.append(error)),
        )
        page.goto(evil)
        for _ in range(3):  # Streamlit tries again after each refusal, a few times
            if refusals:
                break
            page.wait_for_event("websocket", timeout=WAIT_MS)
        assert "403" in refusals[0]
        assert f"host={EVIL}:" in log.read_text()
        assert page.get_by_role("tab", name="Add a statement").count() == 0
        assert page.get_by_role("textbox").count() == 0
    else:  # the page runs, and refuses local editor mode
        page.goto(evil)
        page.get_by_text("Local editor mode refused").wait_for(timeout=WAIT_MS)
        expect_no_editing(page)
    assert [u for _, u in traffic.blocked if EVIL in u] == []  # it did reach the server
    context.close()

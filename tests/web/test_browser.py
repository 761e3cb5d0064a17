"""The dashboard in a real browser: Debian's chromium driven by Playwright (no downloaded browser).

Needs `apt-get install -y chromium` (the tests skip, saying so, when /usr/bin/chromium is missing).
Screenshots go to build/screenshots/.
"""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium is missing (apt-get install -y chromium)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(db: Path, sides: dict) -> Iterator[str]:
    """The app under uvicorn on a free loopback port, in a thread, as `sitroom serve` runs it."""
    import uvicorn

    from sitroom.web import create_app
    from sitroom.web.security import LOOPBACK_HOSTS
    port = free_port()
    app = create_app(db, sides=sides, allowed_hosts=LOOPBACK_HOSTS)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(web_store, sides) -> Iterator[str]:
    yield from _serve(web_store, sides)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


class PageWatch:
    """Dialogs (an alert means injected script ran), console errors, and requests to other hosts."""

    def __init__(self, page, base_url: str) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("request", lambda req: None if req.url.startswith((base_url, "data:"))
                else self.foreign.append(req.url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.watch = PageWatch(page, "http://127.0.0.1:")  # the apps under test; nothing else
    yield page
    context.close()


def load(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-loaded]", timeout=15000)


def shot(page, name: str, full_page: bool = True) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=full_page)


def event_rows(page) -> list[str]:
    return page.locator("#events tbody tr[data-event]").evaluate_all("rows => rows.map(r => r.dataset.event)")


def test_dashboard_draws_map_markers_timeline_and_dyads(page, base_url):
    load(page, base_url + "/")
    page.wait_for_selector("path.sr-marker")
    assert page.locator("path.sr-marker").count() == 3  # Basra, Baghdad, Najaf
    assert page.locator("#map .leaflet-overlay-pane path").count() > 100  # the country outlines
    assert page.locator("#timeline svg rect.conflict").count() == 2
    assert page.locator("#timeline svg rect.coop").count() == 1
    assert page.locator("table.matrix td", has_text="2").count() >= 1
    assert len(event_rows(page)) == 4
    shot(page, "dashboard.png")
    assert not page.watch.dialogs and not page.watch.foreign
    assert not page.watch.errors, page.watch.errors  # includes CSP violations


def test_filter_changes_the_event_list(page, base_url):
    from playwright.sync_api import expect
    load(page, base_url + "/")
    assert len(event_rows(page)) == 4
    page.fill("input[name=place]", "Basra")
    page.click("#apply")
    expect(page.locator("#events tbody tr[data-event]")).to_have_count(2)
    assert set(event_rows(page)) == {"alpha-1#e1", "beta-1#e1"}
    assert page.locator("path.sr-marker").count() == 1
    assert "place=Basra" in page.url
    page.select_option("select[name=side]", "Government")
    page.fill("input[name=place]", "")
    page.click("#apply")
    expect(page.locator("#events tbody tr[data-event]")).to_have_count(3)
    assert "https://evil.example/a/1#e1" not in event_rows(page)
    shot(page, "filtered.png")
    assert not page.watch.errors, page.watch.errors


def test_contested_claim_shows_both_versions_and_sources(page, base_url):
    load(page, base_url + "/")
    claim = page.locator("#contested .card.contested").first
    rows = claim.locator("tr.claim")
    assert rows.count() == 2
    versions = {(rows.nth(i).locator("td.outlet").inner_text(), rows.nth(i).locator("td.value").inner_text())
                for i in range(2)}
    assert versions == {("Alpha News", "40 killed"), ("Beta Wire", "12 killed")}
    claim.scroll_into_view_if_needed()
    claim.screenshot(path=str(SCREENSHOTS / "contested.png"))
    rows.filter(has_text="Alpha News").get_by_role("button", name="document").click()
    page.wait_for_selector("#document:not([hidden])")
    assert page.locator("#doc-title").inner_text() == "Heavy fighting in Basra"
    assert page.locator("#doc-text mark.focus.trigger").first.inner_text() == "clashed"
    shot(page, "document.png", full_page=False)


def test_hostile_document_is_shown_as_text_and_runs_nothing(page, base_url):
    from web_corpus import HOSTILE_TEXT, HOSTILE_TITLE
    load(page, base_url + "/")
    row = page.locator("#events tbody tr[data-event='https://evil.example/a/1#e1']")
    assert "<script>alert(1)</script>" in row.inner_text()  # the actor name, literally
    row.click()
    page.wait_for_selector("#document:not([hidden])")
    assert page.locator("#doc-title").inner_text() == HOSTILE_TITLE
    assert page.locator("#doc-text").inner_text() == HOSTILE_TEXT
    assert page.locator("#doc-meta").inner_text().count("<b onmouseover=alert(1)>Evil Wire</b>") == 1
    # the javascript: URL is shown as text, not as a link
    assert page.locator("#doc-url a").count() == 0
    assert page.locator("#doc-url").inner_text() == "javascript:alert(1)"
    # no markup from the data became elements anywhere on the page
    assert page.locator("body script:not([src])").count() == 0
    assert page.locator("img").count() == 0
    assert page.locator("[onerror], [onmouseover]").count() == 0
    hrefs = page.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    page.locator("#doc-text mark.trigger").first.hover()
    page.wait_for_timeout(300)
    shot(page, "hostile-document.png", full_page=False)
    assert page.watch.dialogs == []
    assert not page.watch.foreign, page.watch.foreign  # the x image was never even requested


def test_document_links_only_http_urls(page, base_url):
    load(page, base_url + "/")
    page.locator("#events tbody tr[data-event='gamma-1#e1']").click()
    page.wait_for_selector("#document:not([hidden])")
    link = page.locator("#doc-url a")
    assert link.get_attribute("href") == "https://gamma.example/talks"
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"


@pytest.fixture(scope="module")
def sample_url(sample_store, sample_sides) -> Iterator[str]:
    yield from _serve(sample_store, sample_sides)


def test_sample_corpus_dashboard(page, sample_url):
    load(page, sample_url + "/")
    page.wait_for_selector("path.sr-marker")
    assert page.locator("path.sr-marker").count() >= 3
    assert page.locator("#contested .card.contested").count() >= 1
    assert page.locator("#timeline svg rect").count() > 5
    shot(page, "sample-corpus.png")
    page.locator("#map-panel").scroll_into_view_if_needed()
    shot(page, "sample-overview.png", full_page=False)
    page.locator("#events tbody tr[data-event]").first.click()
    page.wait_for_selector("#document:not([hidden])")
    assert page.locator("#doc-text mark.focus").count() >= 1
    shot(page, "sample-document.png", full_page=False)
    assert not page.watch.dialogs and not page.watch.foreign
    assert not page.watch.errors, page.watch.errors

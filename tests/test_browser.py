"""The web UI in a real browser: Debian's headless Chromium driven by Playwright.

The app runs under uvicorn on 127.0.0.1 over a record built through the real
pipeline from ``fixtures/web``, hostile article included. Skipped when
``/usr/bin/chromium`` or playwright is missing, except under ``CI=true``.

``ONRECORD_SCREENSHOTS=docs/img`` also saves screenshots of the main pages.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import onrecord
from onrecord.api import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
WEB_FIXTURES = Path(__file__).parent / "fixtures" / "web"

pytestmark = pytest.mark.browser


def _require_browser() -> Any:
    """playwright's sync API, or a skip (a failure under CI=true)."""
    problem = None
    try:
        from playwright import sync_api
    except ImportError:
        problem = "playwright is not installed"
    if problem is None and not CHROMIUM.exists():
        problem = f"{CHROMIUM} is not installed"
    if problem is None:
        return sync_api
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests must run in CI: {problem}")
    pytest.skip(problem)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("browser") / "browser.db"
    with onrecord.open_record(db) as record:
        record.ingest(sorted(WEB_FIXTURES.glob("*.jsonl")))
    with serving(db) as url:
        yield url


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """The app over ``db`` under uvicorn on a free 127.0.0.1 port, in a thread."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = _require_browser()
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page that records every dialog, console error and page error it sees."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def page(browser: Any) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route("**/*", _local_only)
    yield Watched(context.new_page())
    context.close()


def _local_only(route: Any) -> None:
    """Nothing leaves 127.0.0.1: a page that tries to fetch elsewhere fails the test."""
    if route.request.url.startswith("http://127.0.0.1:"):
        route.continue_()
    else:
        route.abort()
        raise AssertionError(f"request outside the app: {route.request.url}")


def _open(page: Watched, url: str) -> None:
    response = page.page.goto(url)
    assert response is not None and response.status == 200, url
    assert not page.errors, page.errors


def test_every_main_page_opens(base_url: str, page: Watched) -> None:
    for path, heading in [("/", "What the record holds"), ("/statements", "Statements"),
                          ("/speakers", "Speakers"), ("/articles", "Articles"),
                          ("/timeline", "Timeline")]:
        _open(page, base_url + path)
        assert page.page.locator("h1").first.inner_text() == heading
        assert page.page.locator("header nav a").count() == 4
    assert page.page.locator("svg.timeline-chart a.bar-link rect").count() > 0


def test_speaker_to_statement_to_article(base_url: str, page: Watched) -> None:
    p = page.page
    _open(page, base_url + "/speakers")
    name = p.locator("table.speakers tbody a").first.inner_text()
    p.locator("table.speakers tbody a").first.click()
    assert p.locator("h1").inner_text() == name
    assert p.locator("svg.timeline-chart").count() == 1
    assert p.locator("svg.timeline-chart a.bar-link rect").count() >= 1

    quote = p.locator("table.statements a.quote-link").first
    quote_text = quote.inner_text()
    quote.click()
    assert p.url.startswith(base_url + "/statements/")
    assert p.locator("blockquote.statement-quote").inner_text() == quote_text
    assert quote_text in p.locator(".evidence .hl-content").first.inner_text()
    assert p.locator(".evidence .hl-mention").count() == 1

    p.locator("a.article-link").click()
    assert p.url.startswith(base_url + "/articles/")
    body = p.locator("article.article-text")
    assert body.locator(".hl-content").count() >= 1
    assert body.locator(".hl-cue").count() >= 1
    assert body.locator(".hl-mention").count() >= 1
    assert quote_text in " ".join(body.locator(".hl-content").all_inner_texts())
    mention = body.locator("a.hl-mention").first
    mention.click()
    assert p.url.startswith(base_url + "/speakers/")
    assert not page.errors, page.errors


def test_timeline_chart_has_a_lane_per_speaker(base_url: str, page: Watched) -> None:
    p = page.page
    _open(page, base_url + "/timeline")
    lanes = p.locator("svg.timeline-chart g.lane")
    assert lanes.count() >= 2
    assert p.locator("table.side-by-side thead th").count() == lanes.count() + 1
    p.locator("svg.timeline-chart a.bar-link").first.click()
    assert p.url.startswith(base_url + "/statements?speaker_id=")
    assert p.locator("table.statements tbody tr").count() >= 1


def test_statement_search_form(base_url: str, page: Watched) -> None:
    p = page.page
    _open(page, base_url + "/")
    p.fill("form.search input[name=q]", "harbor proposal")
    p.click("form.search button")
    assert "/statements?q=harbor+proposal" in p.url
    assert p.locator("h1").inner_text() == "Statements"


HOSTILE_PAGES = ("/articles", "/statements", "/statements?q=script", "/speakers", "/timeline", "/")


def test_hostile_article_executes_nothing(base_url: str, browser: Any) -> None:
    """Escaping alone must hold: the CSP is bypassed so it cannot be what saves us."""
    context = browser.new_context(bypass_csp=True)
    context.route("**/*", _local_only)
    page = Watched(context.new_page())
    try:
        p = page.page
        _open(page, base_url + "/articles")
        p.get_by_text("<script>alert('title')</script>", exact=False).first.click()
        assert p.url.startswith(base_url + "/articles/")
        urls = [p.url, *(base_url + path for path in HOSTILE_PAGES)]
        statement_links = p.locator("table.statements a.quote-link")
        urls += [base_url + href for href in (
            statement_links.nth(i).get_attribute("href") for i in range(statement_links.count()))
            if href]
        for url in urls:
            _open(page, url)
            _assert_inert(p)
            p.mouse.move(5, 5)
            for target in p.locator("main a, main span.hl").all()[:40]:
                target.hover()
        assert page.dialogs == [], page.dialogs
        assert p.evaluate("window.__pwned === undefined")
    finally:
        context.close()


def _assert_inert(p: Any) -> None:
    counts = p.evaluate("""() => ({
        scripts: document.querySelectorAll('script').length,
        frames: document.querySelectorAll('iframe, object, embed').length,
        images: document.querySelectorAll('img').length,
        handlers: [...document.querySelectorAll('*')].filter(
            el => [...el.attributes].some(a => a.name.startsWith('on'))).length,
        jsLinks: [...document.querySelectorAll('[href], [src], [action]')].filter(
            el => /javascript:/i.test(el.getAttribute('href') || el.getAttribute('src')
                                      || el.getAttribute('action') || '')).length,
        hidden: getComputedStyle(document.body).display === 'none',
    })""")
    assert counts == {"scripts": 0, "frames": 0, "images": 0, "handlers": 0, "jsLinks": 0,
                      "hidden": False}, (p.url, counts)


def test_hostile_text_is_shown_as_text(base_url: str, page: Watched) -> None:
    p = page.page
    _open(page, base_url + "/statements?q=script")
    assert p.get_by_text("<script>alert('quote')</script>", exact=False).count() >= 1


SCREENSHOTS = {
    "home.png": "/",
    "statements.png": "/statements",
    "timeline.png": "/timeline",
}


def test_screenshots(browser: Any, tmp_path: Path) -> None:
    """Saves the README screenshots, of the demo record, when ONRECORD_SCREENSHOTS is set."""
    folder = os.environ.get("ONRECORD_SCREENSHOTS")
    if not folder:
        pytest.skip("set ONRECORD_SCREENSHOTS=docs/img to refresh the screenshots")
    from onrecord.demo import build_demo

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    build_demo(tmp_path / "demo.db").close()
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    try:
        with serving(tmp_path / "demo.db") as base_url:
            _take_screenshots(context.new_page(), base_url, out)
    finally:
        context.close()


def _take_screenshots(p: Any, base_url: str, out: Path) -> None:
    for name, path in SCREENSHOTS.items():
        p.goto(base_url + path)
        p.screenshot(path=str(out / name))
    p.goto(base_url + "/speakers")
    p.locator("table.speakers tbody a").first.click()
    p.screenshot(path=str(out / "speaker.png"))
    p.locator("table.statements a.quote-link").first.click()
    p.screenshot(path=str(out / "statement.png"))
    p.locator("a.article-link").click()
    p.screenshot(path=str(out / "article.png"))

"""End to end in a real browser: Debian's chromium driven by Playwright's Python API (no browser download).

The server runs under uvicorn on 127.0.0.1 over a copy of the test knowledge
base. The walk is an analyst's: sign in, search, open an entity, open one of
its claims, confirm it, find the decision in the audit log. Screenshots go to
``$THREADLINE_ARTIFACTS`` (default ``build/screenshots``).

Skipped (with the reason) when Playwright or ``/usr/bin/chromium`` is missing;
``.ci/run`` installs both.
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.web.conftest import PASSWORD, PAYLOADS
from threadline.settings import Settings
from threadline.web.app import create_app

CHROMIUM = os.environ.get("THREADLINE_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("THREADLINE_ARTIFACTS", Path(__file__).resolve().parents[2] / "build" / "screenshots"))

pytestmark = pytest.mark.browser

# CI sets THREADLINE_REQUIRE_BROWSER=1: there a missing browser is a failure, not a skip.
_REQUIRED = os.environ.get("THREADLINE_REQUIRE_BROWSER") == "1"
try:
    from playwright import sync_api
except ImportError:
    if _REQUIRED:
        raise
    pytest.skip("Playwright is not installed (pip install playwright)", allow_module_level=True)
if not Path(CHROMIUM).exists():
    if _REQUIRED:
        raise FileNotFoundError(f"no chromium at {CHROMIUM}: apt-get install chromium (see .ci/run)")
    pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def server(web_kb, tmp_path_factory):
    """The workbench under uvicorn on a free local port; yields its base URL."""
    import uvicorn

    db = tmp_path_factory.mktemp("browser") / "kb.db"
    shutil.copy(web_kb, db)
    app = create_app(Settings.load(db=str(db), env={}))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    app.state.store.close()


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []
    pg.dialogs = []
    pg.on("pageerror", lambda exc: pg.problems.append(f"page error: {exc}"))
    pg.on("console", lambda msg: pg.problems.append(f"console {msg.type}: {msg.text}")
          if msg.type == "error" else None)
    yield pg
    context.close()


def _sign_in(page, who: str = "analyst") -> None:
    page.goto("/login")
    page.fill("input[name=username]", who)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/$"))


def _shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_entity_claim_confirm_audit(page):
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.accept()))
    _sign_in(page)
    _shot(page, "01-dashboard")
    assert page.locator("svg.chart").count() >= 1

    page.fill("header form.quick input[name=q]", "Factory 71")
    page.press("header form.quick input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?"))
    assert page.locator("ol.hits li").count() > 0
    _shot(page, "02-search")

    page.locator("a.entity-link", has_text="Munitions Factory 71").first.click()
    page.wait_for_url(re.compile(r"/entities/"))
    assert "Munitions Factory 71" in page.locator("h1").inner_text()
    assert page.locator("article.group").count() > 0
    _shot(page, "03-entity")

    # The happening the NIS briefing (relayed by Yonhap) tells.
    page.locator("article.group", has_text="intelligence: NIS").locator("a.open").first.click()
    page.wait_for_url(re.compile(r"/claims/"))
    claim_id = page.url.rsplit("/claims/", 1)[1].split("?")[0]
    highlighted = page.locator(".fulltext .hl").first
    assert highlighted.is_visible() and highlighted.inner_text().strip()
    _shot(page, "04-claim")

    page.fill("#review input[name=reason]", "matches the NIS briefing")
    page.click("#review button.confirm")
    page.wait_for_url(re.compile(r"done=confirm"))
    assert page.dialogs and "confirm" in page.dialogs[0]
    assert page.locator("h1 .badge.confirmed").count() == 1
    _shot(page, "05-confirmed")

    page.click("header nav a[href='/audit']")
    page.wait_for_url(re.compile(r"/audit$"))
    row = page.locator("table.audit tr.decision").first
    assert "confirm" in row.inner_text() and "analyst" in row.inner_text()
    assert "matches the NIS briefing" in row.inner_text()
    assert row.locator("a").first.get_attribute("href").endswith(claim_id.replace(":", "%3A")) or \
        claim_id in row.inner_text()
    _shot(page, "06-audit-log")
    assert not page.problems, page.problems


def test_the_xss_corpus_stays_inert_in_the_browser(page):
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    _sign_in(page, "reader")
    for i in range(len(PAYLOADS)):
        page.goto(f"/reports/hostile-{i}")
        page.wait_for_load_state("load")
        # Hover and click on the marked text: an injected handler would fire now.
        page.locator(".report-text").click(position={"x": 5, "y": 5})
    page.goto("/search?q=hostile+wire")
    page.goto("/entities/Munitions Factory 71")
    _shot(page, "07-hostile-report")
    assert page.dialogs == [], f"a payload ran: {page.dialogs}"
    assert page.evaluate("document.querySelectorAll('script:not([src=\"/static/app.js\"])').length") == 0
    assert not [p for p in page.problems if "xss" in p.lower()], page.problems


def test_the_map_and_report_pages_draw(page):
    _sign_in(page, "reader")
    page.goto("/map")
    # One path per outline layer (coast, borders, provinces), each drawn with a size on the page.
    for layer in ("coast", "borders", "provinces_kp", "provinces_kr"):
        box = page.locator(f"svg.map path.{layer}").bounding_box()
        assert box and box["width"] > 20 and box["height"] > 20, layer
    assert page.locator("svg.map circle").count() > 0
    _shot(page, "08-map")
    page.goto("/reports/dailynk-2024-03-factory71-inspection")
    assert page.locator(".report-text mark.tx").count() > 0 and page.locator(".report-text .ev").count() > 0
    _shot(page, "09-report")
    assert not page.problems, page.problems

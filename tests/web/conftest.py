"""Fixtures for the workbench: a knowledge base of the bundled samples plus hostile reports, users, clients.

The hostile reports are our own text carrying an XSS payload corpus (script
tags, event handlers, ``javascript:`` URLs, SVG, template syntax) in the
title, the outlet and the sentences that become claims, so the payloads reach
every page: search snippets, claim and report pages, the dashboard.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from threadline import pipeline
from threadline.settings import Settings
from threadline.store import open_store
from threadline.web import auth
from threadline.web.app import create_app

PAYLOADS = (
    "<script>alert('xss-1')</script>",
    "<img src=x onerror=alert('xss-2')>",
    "<a href=\"javascript:alert('xss-3')\">click</a>",
    "<svg onload=alert('xss-4')><circle r=5 /></svg>",
    "\"><script>alert('xss-5')</script>",
    "</textarea><iframe src=javascript:alert('xss-6')></iframe>",
    "<body onpageshow=alert('xss-7')>",
    "{{ 7*7 }} {% raw %}${alert('xss-8')}",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-9')>",
    "javascript:alert('xss-10')",
)

PASSWORD = "correct horse battery staple"


def hostile_reports() -> list[dict]:
    """Reports (JSON Lines records) whose text, title and outlet carry the payloads."""
    out = []
    for i, payload in enumerate(PAYLOADS):
        text = (f"Pyongyang, March {i + 2} (Hostile Wire) -- Munitions Factory 71 in Taechon County was inspected "
                f"on March {i + 1}, 2024 {payload} by a team from the Munitions Industry Department.\n"
                f"A source said the Second Economic Committee ordered the plant {payload} to raise output of "
                f"artillery shells in February 2024.")
        out.append({"id": f"hostile-{i}", "text": text, "published": f"2024-03-{i + 2:02d}",
                    "title": f"Hostile {i} {payload}", "outlet": f"Hostile Wire {payload}"})
    return out


@dataclass
class Workbench:
    """An app over a private copy of the test knowledge base, with one user and token per role."""

    app: object
    db: str
    tokens: dict[str, str]

    def client(self) -> TestClient:
        return TestClient(self.app)

    def api(self, role: str) -> TestClient:
        c = TestClient(self.app)
        c.headers["Authorization"] = f"Bearer {self.tokens[role]}"
        return c

    def browser(self, role: str) -> TestClient:
        """A client signed in through the login form (session cookie)."""
        c = TestClient(self.app)
        c.get("/login")
        r = c.post("/login", data={"username": role, "password": PASSWORD,
                                   "csrf_token": c.cookies.get("tl_login_csrf"), "next": "/"},
                   follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/", r.text
        return c


@pytest.fixture(scope="session")
def web_kb(tmp_path_factory, samples_dir) -> str:
    """A knowledge base of the samples and the hostile reports, with a user of each role (built once)."""
    folder = tmp_path_factory.mktemp("web-kb")
    hostile = folder / "hostile.jsonl"
    hostile.write_text("".join(json.dumps(r) + "\n" for r in hostile_reports()), encoding="utf-8")
    path = folder / "kb.db"
    with open_store(str(path)) as s:
        report = pipeline.run([str(samples_dir), str(hostile)], Settings(offline=True, db=str(path)), s)
        assert report.ok, report.failures
        hashed = auth.hash_password(PASSWORD)
        for role in ("reader", "analyst", "admin"):
            s.add_user(role, role, hashed)
    return str(path)


def _workbench(web_kb: str, tmp_path, public: bool = False) -> Workbench:
    db = tmp_path / "kb.db"
    shutil.copy(web_kb, db)
    app = create_app(Settings.load(db=str(db), env={}), public=public)
    tokens = {}
    for role in ("reader", "analyst", "admin"):
        tokens[role] = auth.new_token()
        app.state.store.add_token(role, auth.token_digest(tokens[role]), "api", "tests")
    return Workbench(app, str(db), tokens)


@pytest.fixture
def wb(web_kb, tmp_path) -> Workbench:
    """A private workbench (its own copy of the knowledge base)."""
    w = _workbench(web_kb, tmp_path)
    yield w
    w.app.state.store.close()


@pytest.fixture
def public_wb(web_kb, tmp_path) -> Workbench:
    """The same, made public by its admin: visitors without credentials may read."""
    w = _workbench(web_kb, tmp_path, public=True)
    yield w
    w.app.state.store.close()

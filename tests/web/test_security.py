"""Security: report text renders inert, readers cannot write, nothing is open without a token, CSRF, CSP."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import quote

import pytest

from tests.web.conftest import PAYLOADS
from threadline.web import api, auth, pages

OUR_SCRIPT = "/static/app.js"


class _Audit(HTMLParser):
    """Collects what would be live in a browser: elements, their attributes, and script bodies."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.script_text.append(data)


def assert_inert(html: str, where: str) -> None:
    audit = _Audit()
    audit.feed(html)
    for tag, attrs in audit.tags:
        handlers = [a for a in attrs if a.lower().startswith("on")]
        assert not handlers, f"{where}: <{tag}> has event handler attributes {handlers}"
        for a in ("href", "src", "action", "formaction", "xlink:href"):
            value = (attrs.get(a) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:text/html")), f"{where}: <{tag} {a}={value!r}>"
        assert tag not in ("iframe", "object", "embed", "math", "body") or tag == "body" and not attrs, \
            f"{where}: a <{tag}> element came from report text"
        if tag == "script":
            assert attrs.get("src") == OUR_SCRIPT, f"{where}: a script other than ours: {attrs}"
        if tag == "svg":
            assert attrs.get("class") in ("chart", "map"), f"{where}: an <svg> that is not one of our charts"
        assert "style" not in attrs, f"{where}: inline style on <{tag}> (the CSP forbids it)"
    assert not audit.script_text, f"{where}: inline script {audit.script_text[:1]}"


def _hostile_pages(wb) -> list[str]:
    api = wb.api("reader")
    pages = ["/", "/search?q=inspected", "/search?q=hostile+wire", "/search?facility=Munitions+Factory+71",
             "/entities/Munitions Factory 71", "/map", "/audit"]
    for i in range(len(PAYLOADS)):
        pages.append(f"/reports/hostile-{i}")
        events = api.get(f"/api/reports/hostile-{i}").json()["events"]
        assert events, f"hostile-{i} gave no claims, so its payload would not reach the claim pages"
        pages += [f"/claims/{quote(e['id'])}" for e in events]
    return pages


def test_the_xss_corpus_in_reports_renders_inert_on_every_page(wb):
    browser = wb.browser("analyst")
    # Confirm one hostile claim so the payload reaches the audit log and review history too.
    claim = wb.api("reader").get("/api/reports/hostile-0").json()["events"][0]["id"]
    wb.api("analyst").post(f"/api/claims/{claim}/review", json={"action": "confirm", "reason": PAYLOADS[1]})
    seen = 0
    for path in _hostile_pages(wb):
        r = browser.get(path)
        assert r.status_code == 200, (path, r.text[:300])
        assert_inert(r.text, path)
        seen += sum(1 for p in PAYLOADS if str(p.replace("<", "&lt;")[:12]) in r.text)
    assert seen, "no payload reached any page escaped: the corpus did not exercise the templates"


def test_the_escaped_payloads_are_shown_as_text(wb):
    html = wb.browser("reader").get("/reports/hostile-0").text
    assert "&lt;script&gt;alert(&#39;xss-1&#39;)&lt;/script&gt;" in html
    assert "<script>alert" not in html
    # Template syntax in a report is text, not evaluated.
    assert "{{ 7*7 }}" in wb.browser("reader").get("/reports/hostile-7").text

def test_json_responses_are_not_sniffed_as_html(wb):
    r = wb.api("reader").get("/api/reports/hostile-0")
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"


def test_every_response_carries_a_strict_content_security_policy(wb):
    for path in ("/login", "/", "/api/me", "/static/app.js"):
        r = wb.api("reader").get(path)
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp and r.headers["x-frame-options"] == "DENY"


def _routes(app, method: str):
    """Every route of the app's routers (read from the routers: FastAPI may wrap included ones)."""
    for route in (*api.router.routes, *pages.router.routes, *app.routes):
        if method in (getattr(route, "methods", None) or ()):
            yield route.path


def _fill(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "x", path)


WRITE_BODIES = {"/api/claims/{event_id}/review": {"action": "confirm"},
                "/api/entities/{entity}/review": {"action": "alias", "value": "x"},
                "/api/users": {"name": "x", "role": "admin"}, "/api/users/{name}/tokens": {}}


def test_a_reader_token_gets_403_on_every_write_route(wb):
    api = wb.api("reader")
    posts = [p for p in _routes(wb.app, "POST") if p not in ("/login", "/logout")]
    assert len(posts) >= 6, posts
    for path in posts:
        r = api.post(_fill(path), json=WRITE_BODIES.get(path, {}))
        assert r.status_code == 403, (path, r.status_code, r.text[:200])
    decisions_before = wb.app.state.store.count("decisions")
    browser = wb.browser("reader")
    page = browser.get("/entities/Munitions Factory 71")
    assert "review-form" not in page.text                    # no review form is offered to a reader
    for path in posts:
        if path.startswith("/api/"):
            continue
        r = browser.post(_fill(path), data={"action": "confirm", "value": "v", "csrf_token": "x"},
                         follow_redirects=False)
        assert r.status_code == 403, (path, r.status_code)
    assert wb.app.state.store.count("decisions") == decisions_before


def test_an_analyst_may_review_but_not_manage_users(wb):
    api = wb.api("analyst")
    assert api.get("/api/users").status_code == 403
    assert api.post("/api/users", json={"name": "x", "role": "admin"}).status_code == 403


def test_no_route_is_reachable_without_a_token(wb):
    anonymous = wb.client()
    gets = [p for p in _routes(wb.app, "GET") if p not in ("/login",)] + ["/api/openapi.json"]
    assert len(gets) >= 15
    for path in gets:
        r = anonymous.get(_fill(path), follow_redirects=False)
        if path.startswith("/api/"):
            assert r.status_code == 401 and r.json()["error"]["message"], path
        else:
            assert r.status_code == 303 and r.headers["location"].startswith("/login"), path
    for path in _routes(wb.app, "POST"):
        if path in ("/login",):
            continue
        r = anonymous.post(_fill(path), json={}, follow_redirects=False)
        assert r.status_code in (401, 303), (path, r.status_code)
    bad = anonymous.get("/api/me", headers={"Authorization": "Bearer not-a-token"})
    assert bad.status_code == 401
    assert anonymous.get("/api/me", headers={"Authorization": "Basic abc"}).status_code == 401


def test_a_public_instance_lets_anyone_read_but_not_write(public_wb):
    anonymous = public_wb.client()
    assert anonymous.get("/api/me").json() == {"name": "anonymous", "role": "reader", "via": "public"}
    assert anonymous.get("/").status_code == 200
    assert anonymous.get("/api/search", params={"q": "factory"}).status_code == 200
    claim = anonymous.get("/api/search").json()["items"][0]["event_id"]
    r = anonymous.post(f"/api/claims/{claim}/review", json={"action": "confirm"})
    assert r.status_code == 401


def test_cookie_writes_need_the_csrf_token(wb):
    browser = wb.browser("analyst")
    claim = wb.api("reader").get("/api/search").json()["items"][0]["event_id"]
    page = browser.get(f"/claims/{claim}").text
    token = re.search(r'name="csrf_token" value="([0-9a-f]{64})"', page).group(1)
    forged = browser.post(f"/claims/{claim}/review", data={"action": "confirm"}, follow_redirects=False)
    assert forged.status_code == 403 and "CSRF" in forged.text
    wrong = browser.post(f"/claims/{claim}/review", data={"action": "confirm", "csrf_token": "0" * 64},
                         follow_redirects=False)
    assert wrong.status_code == 403
    ok = browser.post(f"/claims/{claim}/review", data={"action": "confirm", "csrf_token": token},
                      follow_redirects=False)
    assert ok.status_code == 303
    assert browser.post(f"/api/claims/{claim}/review", json={"action": "reject"}).status_code == 403
    assert browser.post(f"/api/claims/{claim}/review", json={"action": "reject"},
                        headers={"X-CSRF-Token": token}).status_code == 200


def test_session_cookies_are_httponly_and_samesite_and_logout_ends_them(wb):
    c = wb.client()
    c.get("/login")
    r = c.post("/login", data={"username": "reader", "password": "correct horse battery staple",
                               "csrf_token": c.cookies.get("tl_login_csrf")}, follow_redirects=False)
    cookie = r.headers["set-cookie"]
    assert "tl_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    session = c.cookies.get("tl_session")
    token = re.search(r'name="csrf_token" value="([0-9a-f]{64})"', c.get("/").text).group(1)
    assert c.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    stale = wb.client()
    stale.cookies.set("tl_session", session)
    assert stale.get("/api/me").status_code == 401


@pytest.mark.parametrize("password, csrf_ok", [("wrong password!", True), ("correct horse battery staple", False)])
def test_login_refuses_a_wrong_password_or_a_forged_form(wb, password, csrf_ok):
    c = wb.client()
    c.get("/login")
    csrf = c.cookies.get("tl_login_csrf") if csrf_ok else "forged"
    r = c.post("/login", data={"username": "reader", "password": password, "csrf_token": csrf},
               follow_redirects=False)
    assert "tl_session" not in r.headers.get("set-cookie", "")
    assert r.status_code in (303, 403)
    assert c.get("/api/me").status_code == 401


def test_passwords_are_stored_as_salted_scrypt_hashes(wb):
    stored = wb.app.state.store.password_hash("reader")
    assert stored.startswith("scrypt$") and "correct horse" not in stored
    assert auth.verify_password("correct horse battery staple", stored)


def test_login_redirects_only_to_this_site(wb):
    c = wb.client()
    c.get("/login")
    r = c.post("/login", data={"username": "reader", "password": "correct horse battery staple",
                               "csrf_token": c.cookies.get("tl_login_csrf"), "next": "//evil.example/x"},
               follow_redirects=False)
    assert r.headers["location"] == "/"

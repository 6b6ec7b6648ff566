"""The HTML pages: what each shows, the forms each offers to whom, and errors as pages."""
from __future__ import annotations

import re


def test_search_page_keeps_filters_pages_and_lists_matching_entities(wb):
    b = wb.browser("reader")
    html = b.get("/search", params={"q": "factory", "type": "INSPECTION"}).text
    assert 'value="factory"' in html and "<option selected>INSPECTION</option>" in html
    assert "open-claim" in html and "<mark>" in html
    many = b.get("/search", params={"q": "artillery shells"}).text
    assert 'rel="next"' in many
    entity = b.get("/search", params={"q": "Factory 71"}).text
    assert re.search(r'class="entity-link" href="/entities/[^"]+">Munitions Factory 71<', entity)
    bad = b.get("/search", params={"since": "last year"}).text
    assert 'class="problem"' in bad and "YYYY" in bad


def test_entity_page_offers_review_only_to_analysts(wb):
    assert "review-form" in wb.browser("analyst").get("/entities/Munitions Factory 71").text
    html = wb.browser("reader").get("/entities/Munitions Factory 71").text
    assert "review-form" not in html and "independent source(s)" in html and "<svg class=\"map\"" in html


def test_claim_page_highlights_the_sentence_in_each_report(wb):
    claim = wb.api("reader").get("/api/entities/Munitions Factory 71").json()["groups"][0]["claims"][0]
    html = wb.browser("analyst").get(f"/claims/{claim['id']}").text
    assert html.count('class="hl"') >= 1 and "Counts as" in html
    assert 'name="action" value="confirm"' in html and 'name="action" value="reject"' in html


def test_an_entity_review_through_the_form_is_applied_and_logged(wb):
    b = wb.browser("analyst")
    page = b.get("/entities/Munitions Factory 71").text
    token = re.search(r'name="csrf_token" value="([0-9a-f]{64})"', page).group(1)
    r = b.post("/entities/Munitions Factory 71/review", data={"action": "alias", "value": "MF-71",
                                                               "reason": "seen in a report", "csrf_token": token},
               follow_redirects=False)
    assert r.status_code == 303 and "done=alias" in r.headers["location"]
    assert "MF-71" in b.get(r.headers["location"]).text
    assert "seen in a report" in b.get("/audit").text


def test_missing_things_are_error_pages(wb):
    r = wb.browser("reader").get("/entities/Atlantis Works")
    assert r.status_code == 404 and "Atlantis Works" in r.text and "<h1>404</h1>" in r.text


def test_dashboard_says_what_changed_since_the_last_visit(wb):
    b = wb.browser("reader")
    first = b.get("/").text
    assert "Since your last visit" not in first
    claim = wb.api("reader").get("/api/search").json()["items"][0]["event_id"]
    wb.api("analyst").post(f"/api/claims/{claim}/review", json={"action": "confirm", "reason": "checked"})
    second = b.get("/").text
    assert "Since your last visit" in second and "analyst: confirm" in second


def test_a_warm_start_computes_the_summaries_before_the_first_visit(web_kb, tmp_path):
    import shutil
    import time

    from fastapi.testclient import TestClient

    from threadline.settings import Settings
    from threadline.web.app import create_app
    db = tmp_path / "kb.db"
    shutil.copy(web_kb, db)
    app = create_app(Settings.load(db=str(db), env={}), warm=True)
    with TestClient(app):                      # runs the lifespan, which starts the warm-up
        for _ in range(100):
            if ("map", None, None) in app.state.memo:
                break
            time.sleep(0.05)
        assert ("dashboard",) in app.state.memo and ("map", None, None) in app.state.memo

"""The JSON API over the test knowledge base: what each route returns, filters, pagination, errors, reviews."""
from __future__ import annotations

import pytest


def _factory71(wb):
    r = wb.api("reader").get("/api/entities/Munitions Factory 71")
    assert r.status_code == 200, r.text
    return r.json()


def test_search_finds_reports_and_claims_and_pages_through_them(wb):
    api = wb.api("reader")
    first = api.get("/api/search", params={"q": "artillery shells", "per_page": 3}).json()
    assert first["total"] > 3 and len(first["items"]) == 3 and first["next_page"] == 2
    assert {i["kind"] for i in first["items"]} <= {"event", "document"}
    assert all("[" in i["snippet"] for i in first["items"] if i["kind"] == "document")
    second = api.get("/api/search", params={"q": "artillery shells", "per_page": 3, "page": 2}).json()
    ids = lambda page: [(i["doc_id"], i["event_id"], i["start"]) for i in page["items"]]  # noqa: E731
    assert not set(ids(first)) & set(ids(second))
    last_page = (first["total"] + 2) // 3
    assert api.get("/api/search", params={"q": "artillery shells", "per_page": 3,
                                          "page": last_page}).json()["next_page"] is None


def test_search_filters_narrow_claims(wb):
    api = wb.api("reader")
    every = api.get("/api/search", params={"per_page": 100}).json()
    inspections = api.get("/api/search", params={"type": "INSPECTION", "per_page": 100}).json()
    assert 0 < inspections["total"] < every["total"]
    assert {i["event_type"] for i in inspections["items"]} == {"INSPECTION"}
    in_north_pyongan = api.get("/api/search", params={"place": "North Pyongan", "per_page": 100}).json()
    assert 0 < in_north_pyongan["total"] < every["total"]
    # A place takes in everything below it: Munitions Factory 71 lies in Taechon, North Pyongan.
    factory = api.get("/api/search", params={"facility": "Munitions Factory 71", "per_page": 100}).json()
    assert {i["event_id"] for i in factory["items"]} <= {i["event_id"] for i in in_north_pyongan["items"]}
    dated = api.get("/api/search", params={"since": "2024-03", "until": "2024-03", "per_page": 100}).json()
    assert dated["total"] and all(i["when"].split("/")[0][:7] in ("2024", "2024-03") for i in dated["items"])
    by_outlet = api.get("/api/search", params={"q": "factory", "outlet": "Yonhap", "per_page": 100}).json()
    assert by_outlet["total"] and {i["outlet"] for i in by_outlet["items"]} == {"Yonhap"}
    relayed = api.get("/api/search", params={"attribution": "state_media", "per_page": 100}).json()
    assert relayed["total"] and {i["attribution"] for i in relayed["items"]} == {"state_media"}


@pytest.mark.parametrize("params, fix", [
    ({"type": "BOMBING"}, "type"), ({"since": "March 2024"}, "since"), ({"per_page": 0}, "per_page"),
    ({"modality": "certain"}, "modality"), ({"page": 0}, "page")])
def test_bad_filters_are_json_errors_that_say_what_to_fix(wb, params, fix):
    r = wb.api("reader").get("/api/search", params=params)
    assert r.status_code in (400, 422)
    body = r.json()
    assert body["error"]["status"] == r.status_code and fix in body["error"]["message"]


def test_unknown_things_are_404_with_a_hint(wb):
    api = wb.api("reader")
    for path in ("/api/entities/Atlantis Works", "/api/claims/event:nope", "/api/reports/nope",
                 "/api/no-such-route"):
        r = api.get(path)
        assert r.status_code == 404 and r.json()["error"]["message"], path
    r = api.get("/api/search", params={"place": "Atlantis"})
    assert r.status_code == 404 and "Atlantis" in r.json()["error"]["message"]


def test_entity_has_every_spelling_its_contents_timeline_and_claim_groups(wb):
    data = _factory71(wb)
    assert data["entity"]["kind"] == "facility"
    assert data["timeline"] and data["groups"]
    assert all(g["independent_sources"] >= 1 and g["claims"] for g in data["groups"])
    assert any(g["independent_sources"] >= 2 for g in data["groups"])
    written = {s["text"] for s in data["spellings"]}
    assert any("71" in w for w in written)
    place = wb.api("reader").get("/api/entities/North Pyongan").json()
    assert data["entity"]["id"] in {x["id"] for x in place["inside"]}


def test_claim_shows_each_source_with_its_sentence_and_why_it_counts(wb):
    group = max(_factory71(wb)["groups"], key=lambda g: g["independent_sources"])
    claim = wb.api("reader").get(f"/api/claims/{group['claims'][0]['id']}").json()
    assert claim["independent_sources"] == group["independent_sources"]
    assert len(claim["sources"]) == len(group["claims"])
    for s in claim["sources"]:
        assert s["sentence"] and s["why"] and s["document"]["id"] == s["doc_id"]
        assert s["attribution"] and s["modality"]


def test_report_lists_mentions_times_and_events_with_offsets(wb):
    r = wb.api("reader").get("/api/reports/dailynk-2024-03-factory71-inspection").json()
    assert r["document"]["outlet"] and r["document"]["published_basis"]
    assert r["mentions"] and r["timexes"] and r["events"]
    assert all(m["start"] < m["end"] for m in r["mentions"])


def test_dashboard_map_and_entities(wb):
    api = wb.api("reader")
    d = api.get("/api/dashboard").json()
    assert d["counts"]["documents"] >= 18 and d["latest"] and d["facilities"]
    assert d["activity"]["periods"] and d["activity"]["by_province"]
    m = api.get("/api/map").json()
    assert m["points"] and all(p["lat"] is not None for p in m["points"])
    fewer = api.get("/api/map", params={"since": "2025"}).json()
    assert sum(p["events"] for p in fewer["points"]) < sum(p["events"] for p in m["points"])
    ents = api.get("/api/entities", params={"kind": "facility", "per_page": 5}).json()
    assert len(ents["items"]) <= 5 and all(e["kind"] == "facility" for e in ents["items"])
    second = api.get("/api/entities", params={"kind": "facility", "per_page": 2, "page": 2}).json()
    first = api.get("/api/entities", params={"kind": "facility", "per_page": 4}).json()
    assert [e["id"] for e in second["items"]] == [e["id"] for e in first["items"]][2:4]
    assert second["total"] == first["total"] == ents["total"] > 4 and second["next_page"] == 3


def test_confirming_a_claim_writes_the_audit_log_the_cli_reads(wb):
    claim = _factory71(wb)["timeline"][0]
    r = wb.api("analyst").post(f"/api/claims/{claim['id']}/review", json={"action": "confirm", "reason": "seen"})
    assert r.status_code == 200, r.text
    log = wb.api("reader").get("/api/audit").json()
    assert log[0]["action"] == "confirm" and log[0]["subject"] == claim["id"] and log[0]["analyst"] == "analyst"
    assert wb.app.state.store.decisions()[-1].reason == "seen"         # the store's own log, as the CLI shows it
    again = wb.api("reader").get(f"/api/claims/{claim['id']}").json()
    assert again["claim"]["review"]["status"] == "confirmed" and again["history"]
    # Views cached before the review show it at once.
    latest = wb.api("reader").get("/api/dashboard").json()["latest"][0]
    wb.api("analyst").post(f"/api/claims/{latest['id']}/review", json={"action": "reject"})
    dash = wb.api("reader").get("/api/dashboard").json()
    assert dash["latest"][0]["review"]["status"] == "rejected" and dash["counts"]["decisions"] == 2
    entity = _factory71(wb)
    assert any(c["review"] and c["review"]["status"] == "confirmed" for c in entity["timeline"])


def test_entity_reviews_apply_and_are_logged(wb):
    api = wb.api("analyst")
    r = api.post("/api/entities/Munitions Factory 71/review",
                 json={"action": "alias", "value": "Taechon shell plant", "reason": "local name"})
    assert r.status_code == 200, r.text
    assert "Taechon shell plant" in wb.api("reader").get("/api/entities/Taechon shell plant").json()["entity"]["aliases"]
    r = api.post("/api/entities/Munitions Factory 71/review", json={"action": "rename", "value": "Factory No. 71"})
    assert r.status_code == 200
    assert wb.api("reader").get("/api/entities/Munitions Factory 71").json()["entity"]["name"] == "Factory No. 71"
    actions = [d.action for d in wb.app.state.store.decisions()]
    assert actions[-2:] == ["alias", "rename"]
    bad = api.post("/api/entities/Munitions Factory 71/review", json={"action": "merge", "value": "Atlantis"})
    assert bad.status_code == 404


def test_admins_manage_users_and_tokens(wb):
    adm = wb.api("admin")
    r = adm.post("/api/users", json={"name": "newbie", "role": "reader", "password": "a long enough pw"})
    assert r.status_code == 201
    token = adm.post("/api/users/newbie/tokens", json={"label": "laptop"}).json()["token"]
    me = wb.client().get("/api/me", headers={"Authorization": f"Bearer {token}"}).json()
    assert me == {"name": "newbie", "role": "reader", "via": "token"}
    taken = adm.post("/api/users", json={"name": "newbie", "role": "reader"})
    assert taken.status_code == 409 and "exists already" in taken.json()["error"]["message"]
    assert "newbie" in {u["name"] for u in adm.get("/api/users").json()}
    # Only a hash of the token is stored.
    import sqlite3
    with sqlite3.connect(wb.db) as conn:
        stored = [row[0] for row in conn.execute("select token_hash from tokens")]
    assert token not in stored and all(len(h) == 64 for h in stored)


def test_names_are_labelled_by_writing_system():
    from threadline.web.views import spelling_kind
    assert [spelling_kind(n) for n in ("구성시", "Kusŏng", "Guseong", "Kusong")] == [
        "Hangul", "McCune–Reischauer", "Revised romanization", "plain romanization"]

"""Workbench users, tokens, visits and claim reviews, on every backend."""
from __future__ import annotations

import pytest

from threadline.errors import NotFoundError, StoreError
from threadline.model import Decision


def test_users_are_created_once_with_a_known_role(store):
    alice = store.add_user("alice", "analyst", "scrypt$salt$hash")
    assert alice.role == "analyst" and alice.created_at.endswith("Z")
    assert store.get_user("alice") == alice
    assert store.password_hash("alice") == "scrypt$salt$hash"
    with pytest.raises(StoreError, match="exists already"):
        store.add_user("alice", "reader")
    with pytest.raises(StoreError, match="unknown role"):
        store.add_user("bob", "owner")
    with pytest.raises(NotFoundError, match="threadline user add"):
        store.get_user("bob")
    assert store.update_user("alice", role="admin").role == "admin"
    assert [u.name for u in store.users()] == ["alice"]


def test_tokens_find_their_user_by_kind_until_they_expire(store):
    store.add_user("reader1", "reader")
    store.add_token("reader1", "digest-api", "api", "laptop")
    store.add_token("reader1", "digest-session", "session", expires_at="2030-01-01T00:00:00Z")
    assert store.user_for_token("digest-api", "api").name == "reader1"
    with pytest.raises(NotFoundError):
        store.user_for_token("digest-api", "session")      # an API token is not a session
    assert store.user_for_token("digest-session", "session", now="2029-12-31T00:00:00Z").role == "reader"
    with pytest.raises(NotFoundError, match="expired"):
        store.user_for_token("digest-session", "session", now="2030-01-02T00:00:00Z")
    store.delete_token("digest-api")
    with pytest.raises(NotFoundError):
        store.user_for_token("digest-api", "api")
    with pytest.raises(NotFoundError):
        store.add_token("nobody", "x")


def test_revoked_tokens_are_refused_and_kept_on_record(store):
    store.add_user("ana", "analyst")
    store.add_token("ana", "digest-laptop", "api", "laptop")
    store.add_token("ana", "digest-old", "session", expires_at="2001-01-01T00:00:00Z")
    store.add_token("ana", "digest-phone", "api", "phone")
    active = store.tokens()
    assert [(k.label, k.kind) for k in active] == [("laptop", "api"), ("phone", "api")]   # the expired one is out
    laptop = active[0]
    revoked = store.revoke_token(laptop.id, "admin")
    assert revoked.revoked_by == "admin" and revoked.revoked_at.endswith("Z") and revoked.label == "laptop"
    with pytest.raises(NotFoundError, match="revoked"):
        store.user_for_token("digest-laptop", "api")
    assert store.user_for_token("digest-phone", "api").name == "ana"
    assert [k.label for k in store.tokens()] == ["phone"]
    everything = store.tokens(include_inactive=True)
    assert [k.id for k in everything] == sorted(k.id for k in everything) and len(everything) == 3
    assert store.tokens(user="nobody") == []
    with pytest.raises(StoreError, match="revoked already"):
        store.revoke_token(laptop.id, "admin")
    with pytest.raises(NotFoundError, match="token list"):
        store.revoke_token(10_000, "admin")


def test_a_visit_returns_the_previous_one(store):
    store.add_user("v", "reader")
    assert store.mark_visit("v") is None
    first = store.get_user("v").last_visit
    assert store.mark_visit("v") == first


def test_the_latest_review_of_a_claim_wins(store):
    store.add_decision(Decision("confirm", "event:1", "doc:1", "a", "two sources", created_at="2024-01-01T00:00:00Z"))
    store.add_decision(Decision("reject", "event:1", "doc:1", "b", "misread", created_at="2024-01-02T00:00:00Z"))
    store.add_decision(Decision("confirm", "event:2", "doc:2", "a", "", created_at="2024-01-03T00:00:00Z"))
    store.add_decision(Decision("rename", "event:3", "x", "a", "", created_at="2024-01-03T00:00:00Z"))
    reviews = store.claim_reviews()
    assert {k: v.action for k, v in reviews.items()} == {"event:1": "reject", "event:2": "confirm"}
    assert set(store.claim_reviews(["event:2", "event:9"])) == {"event:2"}


def test_events_are_read_by_id_in_one_call(store, kb):
    store.save_extractions(kb.docs)
    events = store.events()
    got = store.get_events([events[0].id, events[-1].id, "event:missing"])
    assert set(got) == {events[0].id, events[-1].id} and got[events[0].id] == events[0]
    assert store.get_event(events[-1].id) == events[-1]


def test_entities_are_read_by_id_in_one_call(store, kb):
    store.save_extractions(kb.docs)
    got = store.get_entities([kb.factory.id, kb.province.id, "place:nowhere"])
    assert set(got) == {kb.factory.id, kb.province.id}
    assert got[kb.factory.id] == store.get_entity(kb.factory.id)


def test_documents_are_read_by_id_in_one_call(store, kb):
    store.save_extractions(kb.docs)
    ids = [x.document.id for x in kb.docs]
    got = store.get_documents([ids[0], ids[-1], "doc:missing"])
    assert set(got) == {ids[0], ids[-1]} and got[ids[0]] == store.get_document(ids[0])

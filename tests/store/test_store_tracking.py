"""Undo, watches and followed feeds on every backend."""
from __future__ import annotations

import pytest

from threadline.errors import NotFoundError, StoreError
from threadline.model import Decision, Entity
from threadline.store import FeedState


def _state(store):
    return ({x.entity.id: x.entity for x in store.entities()},
            sorted((m.doc_id, m.start, m.end, m.entity_id) for m in store.mentions()),
            sorted((e.id, e.where, e.actors, e.facilities) for e in store.events()))


def _decision(action, subject, value):
    return Decision(action=action, subject=subject, value=value, analyst="tester")


def test_undo_restores_a_merge_split_rename_and_alias(filled, kb):
    before = _state(filled)
    filled.merge_entities(kb.kusong.id, kb.kanggye.id, decision=_decision("merge", kb.kusong.id, kb.kanggye.id))
    filled.rename_entity(kb.bureau.id, "The Bureau", decision=_decision("rename", kb.bureau.id, "The Bureau"))
    filled.add_alias(kb.bureau.id, "MID", decision=_decision("alias", kb.bureau.id, "MID"))
    new = Entity("place:split", "place", "Kusong Town")
    filled.split_entity(kb.kusong.id, "Kusŏng", new, decision=_decision("split", kb.kusong.id, "Kusŏng"))
    assert _state(filled) != before
    merge, rename, alias, split = filled.decisions()
    with pytest.raises(StoreError, match="undo it first"):
        filled.undo_decision(merge.id, _decision("undo", "", ""))
    for d in (split, alias, rename, merge):
        filled.undo_decision(d.id, _decision("undo", "", ""))
    assert _state(filled) == before
    assert filled.decisions(active_only=True) == []
    assert [d.action for d in filled.decisions()].count("undo") == 4
    with pytest.raises(StoreError, match="already undone"):
        filled.undo_decision(merge.id, _decision("undo", "", ""))
    with pytest.raises(NotFoundError):
        filled.undo_decision("decision:nope", _decision("undo", "", ""))


def test_watches_and_new_documents(filled, kb):
    w = filled.add_watch("entity", kb.kusong.id, "Kusong")
    assert filled.add_watch("entity", kb.kusong.id, "Kusong") == w        # once
    assert [x.id for x in filled.watches()] == [w.id]
    assert filled.documents_stored_since(w.reported_at) == {}
    assert set(filled.documents_stored_since("2000-01-01T00:00:00Z")) == {"doc:one", "doc:two", "doc:three"}
    filled.mark_reported([w.id], "2999-01-01T00:00:00Z")
    assert filled.watches()[0].reported_at == "2999-01-01T00:00:00Z"
    filled.remove_watch(w.id)
    assert filled.watches() == []
    with pytest.raises(NotFoundError):
        filled.remove_watch(w.id)


def test_feed_state_and_entries(store):
    url = "https://example.org/feed.xml"
    assert store.feed_state(url) == FeedState(url)
    store.save_feed_state(FeedState(url, '"v1"', "Mon, 04 Mar 2024 09:00:00 GMT", "2024-03-04T09:00:00Z", "ok"),
                          ["a", "b", "a"])
    store.save_feed_state(FeedState(url, '"v2"', None, "2024-03-05T09:00:00Z", "ok"), ["b", "c"])
    assert store.feed_state(url).etag == '"v2"' and store.feed_state(url).last_modified is None
    assert store.seen_entries(url) == {"a", "b", "c"}
    assert store.seen_entries("https://other.example/feed") == set()

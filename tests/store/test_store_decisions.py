"""Analyst decisions (merge, split, rename, alias) and the ingest failure log."""
from __future__ import annotations

from dataclasses import replace

import pytest

from threadline.errors import NotFoundError, StoreError
from threadline.model import Decision, Document, Entity, Event, Extraction, Mention, PublishedDate, Span


def test_decisions_are_audited_in_order(store):
    first = Decision("merge", "place:kusong", "place:guseong", "analyst-a", "same town")
    second = Decision("rename", "place:kusong", "Kusŏng County", "analyst-b",
                      created_at="2024-05-01T09:00:00Z")
    store.add_decision(first)
    store.add_decision(second)
    store.add_decision(second)          # the same decision twice is stored once
    got = store.decisions()
    assert [d.action for d in got] == ["merge", "rename"]
    assert got[0].analyst == "analyst-a" and got[0].reason == "same town"
    assert got[0].created_at.endswith("Z") and got[0].created_at[:4].isdigit()
    assert got[1] == second
    with pytest.raises(StoreError):
        store.add_decision(Decision("delete", "x", "y", "a"))
    with pytest.raises(StoreError):
        store.add_decision(Decision("alias", "x", "y", ""))


def _guseong_report(kb, doc_id: str = "doc:g") -> Extraction:
    """A report that resolved the town to a separate entity, 'Guseong'."""
    text = "Guseong factory workers were mobilised in Guseong in May 2024."
    dup = Entity(id="place:guseong", kind="place", name="Guseong", level="city", aliases=("Kuseong",),
                 lat=None, lon=None, located_in=None, source="extracted")
    child = Entity(id="facility:guseong-factory", kind="facility", name="Guseong factory",
                   located_in=dup.id)
    doc = Document(id=doc_id, source="g.txt", text=text, outlet="Other Outlet", content_hash="h" + doc_id,
                   published=PublishedDate("2024-06", "given"))
    return Extraction(
        document=doc, entities=(dup, child),
        mentions=(Mention(doc_id, 0, 7, "Guseong", "place", dup.id),
                  Mention(doc_id, 42, 49, "Guseong", "place", dup.id)),
        events=(Event(doc_id, "PRODUCTION_ACTIVITY", (Span(0, len(text)),), when="2024-05",
                      where=(dup.id, kb.kusong.id), facilities=(child.id,)),),
    )


def test_merge_entities_moves_everything(filled, kb):
    filled.save_extractions([_guseong_report(kb)])
    decision = Decision("merge", kb.kusong.id, "place:guseong", "analyst-a", "one town")
    filled.merge_entities(kb.kusong.id, "place:guseong", decision=decision)

    with pytest.raises(NotFoundError, match="merged into"):
        filled.get_entity("place:guseong")
    kusong = filled.get_entity(kb.kusong.id)
    assert kusong.name == "Kusŏng" and kusong.lat == 39.98           # keep's own fields win
    assert "Kuseong" in kusong.aliases and "Guseong" in kusong.aliases
    assert [e.id for e in filled.find_entities("kuseong")] == [kb.kusong.id]
    assert filled.mentions(entity_id="place:guseong") == []
    assert len(filled.mentions(entity_id=kb.kusong.id)) == 7
    event = filled.events(doc_id="doc:g")[0]
    assert event.where == (kb.kusong.id,)                           # deduplicated
    assert _ids(filled.events(entity_ids=["place:guseong"])) == []
    assert "doc:g" in {e.doc_id for e in filled.events(entity_ids=[kb.kusong.id])}
    assert filled.get_entity("facility:guseong-factory").located_in == kb.kusong.id
    summary = {s.entity.id: s for s in filled.entities()}[kb.kusong.id]
    assert (summary.reports, summary.sources) == (4, 3)
    assert filled.decisions() == [replace(decision, created_at=filled.decisions()[0].created_at)]

    # A later report naming the merged-away id is redirected, not resurrected.
    assert filled.save_extractions([_guseong_report(kb, "doc:g2")]) == 1
    with pytest.raises(NotFoundError):
        filled.get_entity("place:guseong")
    assert {m.entity_id for m in filled.mentions(doc_id="doc:g2")} == {kb.kusong.id}
    assert filled.events(doc_id="doc:g2")[0].where == (kb.kusong.id,)


def _ids(events):
    return [e.id for e in events]


def test_merge_refuses_bad_input(filled, kb):
    with pytest.raises(StoreError):
        filled.merge_entities(kb.kusong.id, kb.kusong.id)
    with pytest.raises(NotFoundError):
        filled.merge_entities(kb.kusong.id, "place:atlantis")
    # A failed merge changes nothing, including its decision.
    assert filled.decisions() == []
    assert filled.get_entity(kb.kusong.id) == kb.kusong


def test_split_entity_moves_mentions_with_that_surface(filled, kb):
    town = Entity(id="place:kusong-town", kind="place", name="Kusong (town)", level="county")
    moved = filled.split_entity(kb.kusong.id, "kusong", town,
                                decision=Decision("split", kb.kusong.id, "Kusong", "analyst-c"))
    # "Kusong" in doc:two and doc:three; "Kusŏng" compares equal once diacritics go.
    assert moved == 5
    assert filled.mentions(entity_id=kb.kusong.id) == []
    assert {m.doc_id for m in filled.mentions(entity_id=town.id)} == {"doc:one", "doc:two", "doc:three"}
    stored = filled.get_entity(town.id)
    assert "kusong" in stored.aliases
    assert "Kusong" not in filled.get_entity(kb.kusong.id).aliases
    assert "Guseong" in filled.get_entity(kb.kusong.id).aliases
    # The PRODUCTION_ORDER sentence holds a moved mention, so its place follows.
    order = [e for e in filled.events(doc_id="doc:one") if e.type == "PRODUCTION_ORDER"][0]
    assert order.where == (town.id,)
    # The other doc:one event's sentence has no Kusŏng mention: it stays.
    activity = [e for e in filled.events(doc_id="doc:one") if e.type == "PRODUCTION_ACTIVITY"][0]
    assert activity.where == (kb.kusong.id,)
    assert [d.action for d in filled.decisions()] == ["split"]
    with pytest.raises(StoreError):
        filled.split_entity(kb.kusong.id, "x", replace(town, id=kb.kusong.id))


def test_split_with_unknown_surface_moves_nothing(filled, kb):
    town = Entity(id="place:other", kind="place", name="Other")
    assert filled.split_entity(kb.kusong.id, "Nowhere", town) == 0
    assert filled.get_entity(town.id).name == "Other"
    with pytest.raises(NotFoundError):
        filled.split_entity("place:atlantis", "x", town)


def test_rename_keeps_old_name_as_alias(filled, kb):
    filled.rename_entity(kb.bureau.id, "Munitions Industry Dept.",
                         decision=Decision("rename", kb.bureau.id, "Munitions Industry Dept.", "a"))
    got = filled.get_entity(kb.bureau.id)
    assert got.name == "Munitions Industry Dept."
    assert "Munitions Industry Department" in got.aliases
    assert [e.id for e in filled.find_entities("Munitions Industry Department")] == [kb.bureau.id]
    with pytest.raises(StoreError):
        filled.rename_entity(kb.bureau.id, "  ")
    with pytest.raises(NotFoundError):
        filled.rename_entity("org:none", "X")


def test_add_alias(filled, kb):
    filled.add_alias(kb.bureau.id, "Munitions")
    filled.add_alias(kb.bureau.id, "munitions")        # already there: no change
    got = filled.get_entity(kb.bureau.id)
    assert got.aliases == ("Munitions",)
    # Exact alias match now ranks first, ahead of a prefix match.
    assert [e.id for e in filled.find_entities("munitions")] == [kb.bureau.id, kb.factory.id]
    with pytest.raises(StoreError):
        filled.add_alias(kb.bureau.id, "")


def test_failure_log(store):
    store.record_failure("feeds/a.xml", "not a feed: no <rss> element")
    store.record_failure("https://example.org/x", "HTTP 404")
    got = store.failures()
    assert [(s, r) for s, r, _ in got] == [("feeds/a.xml", "not a feed: no <rss> element"),
                                           ("https://example.org/x", "HTTP 404")]
    assert all(at.endswith("Z") and "T" in at for _, _, at in got)
    assert store.count("failures") == 2

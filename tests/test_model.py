"""Record types: an event's content-hash id is computed once and leaves equality and hashing alone."""
from __future__ import annotations

import pickle
from dataclasses import replace

from threadline.model import Event, Span, make_id


def test_an_events_id_is_its_content_hash_computed_once():
    ev = Event("doc-1", "INSPECTION", (Span(10, 40),), when="2024-03")
    assert ev.id == make_id("event", "doc-1", "INSPECTION", 10, 40)
    assert ev.id is ev.id                                  # kept, not recomputed
    twin = Event("doc-1", "INSPECTION", (Span(10, 40),), when="2024-03")
    assert twin == ev and hash(twin) == hash(ev)           # one has its id cached, the other not
    moved = replace(ev, evidence=(Span(50, 80),))
    assert moved.id == make_id("event", "doc-1", "INSPECTION", 50, 80)
    assert pickle.loads(pickle.dumps(ev)) == ev and pickle.loads(pickle.dumps(ev)).id == ev.id

"""An entity's timeline: every event about it or anything located in it, with its evidence."""
from __future__ import annotations

from dataclasses import dataclass

from threadline.model import Document, Entity, Event


@dataclass(frozen=True)
class TimelineEntry:
    """One event with the report it came from and the sentences that state it."""

    event: Event
    document: Document
    sentences: tuple[str, ...]


def timeline(store, entity: Entity) -> tuple[list[Entity], list[TimelineEntry]]:
    """Everything known about an entity and what is located in or under it.

    Returns:
        ``(entities located in it, events by date)``; each event once, even when
        it names the entity and one of its parts.
    """
    inside = store.children(entity.id)
    ids = [entity.id] + [e.id for e in inside]
    docs: dict[str, Document] = {}
    entries = []
    for event in store.events(entity_ids=ids):
        doc = docs.get(event.doc_id) or docs.setdefault(event.doc_id, store.get_document(event.doc_id))
        sentences = tuple(doc.text[s.start:s.end] for s in event.evidence)
        entries.append(TimelineEntry(event, doc, sentences))
    return inside, entries

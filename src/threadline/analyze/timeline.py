"""An entity's timeline: every event about it or anything located in it, with its evidence."""
from __future__ import annotations

from dataclasses import dataclass

from threadline.analyze.lookup import find_entity
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
    events = store.events(entity_ids=[entity.id] + [e.id for e in inside])
    entries = [TimelineEntry(event, doc, tuple(doc.text[s.start:s.end] for s in event.evidence))
               for event, doc in _with_documents(store, events)]
    return inside, entries


def _with_documents(store, events: list[Event]) -> list[tuple[Event, Document]]:
    """Each event with its document, reading each document once (in one query per thousand)."""
    docs: dict[str, Document] = store.linked_documents({e.doc_id for e in events})
    return [(e, docs[e.doc_id]) for e in events]


def find_events(store, *, type: str | None = None, since: str | None = None, until: str | None = None,
                within: tuple[str, ...] = (), domain_pack: str | None = None) -> list[tuple[Event, Document]]:
    """Events filtered by type, time and the entities they concern.

    Args:
        store: the knowledge base.
        type: an event type (any case).
        since, until: ISO date prefixes (``2024``, ``2024-01``...).
        within: names of entities (any spelling); an event qualifies when it
            names each of them or something located in it ("North Pyongan"
            takes in Kusong and Munitions Factory 71).
        domain_pack: the pack used to look names up.
    Returns:
        ``(event, document)`` pairs by date.
    """
    ids = None
    for name in within:
        ent = find_entity(store, name, domain_pack)
        found = {ent.id} | {e.id for e in store.children(ent.id)}
        ids = found if ids is None else ids & found
    return _with_documents(store, store.events(type=type.upper() if type else None, since=since, until=until,
                                               entity_ids=ids))

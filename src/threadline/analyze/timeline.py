"""An entity's timeline: every event about it or anything located in it, with its evidence."""
from __future__ import annotations

from dataclasses import dataclass

from threadline.analyze.lookup import find_entity
from threadline.model import Document, Entity, Event
from threadline.store.records import date_prefix


#: Listings count an entity's events, claims or search hits no further than this and then say
#: "more than": counting a place's hundreds of thousands of events costs what listing them would.
COUNT_CAP = 1_000


@dataclass(frozen=True)
class TimelineEntry:
    """One event with the report it came from and the sentences that state it."""

    event: Event
    document: Document
    sentences: tuple[str, ...]


def timeline(store, entity: Entity, latest: int | None = None,
             inside_limit: int | None = None) -> tuple[list[Entity], list[TimelineEntry]]:
    """Everything known about an entity and what is located in or under it.

    Args:
        latest: only the latest this many events by date (all when None); the database
            stops there, so a province of a long archive costs one page
            (``store.count_events`` says how many there are in all).
        inside_limit: list at most this many of the entities located in it (the events
            still cover all of them).
    Returns:
        ``(entities located in it, events by date)``; each event once, even when
        it names the entity and one of its parts.
    """
    inside = store.children(entity.id, limit=inside_limit)
    ids = [entity.id] + store.descendant_ids(entity.id)
    if latest is None:
        events = store.events(entity_ids=ids)
    else:
        # The page newest first from the database, shown in date order like the whole timeline.
        newest = store.events(entity_ids=ids, limit=latest, newest_first=True)
        dated = sorted((e for e in newest if date_prefix(e.when)),
                       key=lambda e: (date_prefix(e.when), e.doc_id, e.start, e.id))
        events = dated + [e for e in newest if not date_prefix(e.when)]
    entries = [TimelineEntry(event, doc, tuple(doc.text[s.start:s.end] for s in event.evidence))
               for event, doc in _with_documents(store, events)]
    return inside, entries


def _with_documents(store, events: list[Event]) -> list[tuple[Event, Document]]:
    """Each event with its document, reading each document once (in one query per thousand)."""
    docs: dict[str, Document] = store.linked_documents({e.doc_id for e in events})
    return [(e, docs[e.doc_id]) for e in events]


def find_events(store, *, type: str | None = None, since: str | None = None, until: str | None = None,
                within: tuple[str, ...] = (), domain_pack: str | None = None, limit: int | None = None,
                offset: int = 0) -> list[tuple[Event, Document]]:
    """Events filtered by type, time and the entities they concern.

    Args:
        store: the knowledge base.
        type: an event type (any case).
        since, until: ISO date prefixes (``2024``, ``2024-01``...).
        within: names of entities (any spelling); an event qualifies when it
            names each of them or something located in it ("North Pyongan"
            takes in Kusong and Munitions Factory 71).
        domain_pack: the pack used to look names up.
        limit, offset: one page of them (``count_events`` with the same filters counts them).
    Returns:
        ``(event, document)`` pairs by date.
    """
    filters = event_filters(store, type=type, since=since, until=until, within=within, domain_pack=domain_pack)
    return _with_documents(store, store.events(**filters, limit=limit, offset=offset))


def count_events(store, *, type: str | None = None, since: str | None = None, until: str | None = None,
                 within: tuple[str, ...] = (), domain_pack: str | None = None, cap: int | None = COUNT_CAP) -> int:
    """How many events ``find_events`` finds with the same filters, counted no further than ``cap``."""
    filters = event_filters(store, type=type, since=since, until=until, within=within, domain_pack=domain_pack)
    return store.count_events(**filters, cap=cap)


def event_filters(store, *, type, since, until, within, domain_pack) -> dict:
    """``find_events``' arguments as ``store.events`` filters (names looked up, places widened)."""
    ids = None
    for name in within:
        ent = find_entity(store, name, domain_pack)
        found = {ent.id} | set(store.descendant_ids(ent.id))
        ids = found if ids is None else ids & found
    return {"type": type.upper() if type else None, "since": since, "until": until, "entity_ids": ids}

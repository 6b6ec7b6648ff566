"""The knowledge base, or a slice of it, read once into memory for an export."""
from __future__ import annotations

from dataclasses import dataclass, field

from threadline.model import Decision, Document, Entity, Event, Mention, Timex


@dataclass
class KnowledgeBase:
    """Everything an exporter writes: reports with what was found in them, entities, decisions.

    Attributes:
        documents: the reports, by id.
        entities: every entity the reports name (and the places those lie in), by id.
        mentions, timexes: per document id.
        events: in date order.
        decisions: the analysts' decisions, oldest first (whole exports only).
        counts: reports and sources per entity id.
    """

    documents: dict[str, Document] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    timexes: dict[str, list[Timex]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)

    def events_of(self, doc_id: str) -> list[Event]:
        return [e for e in self.events if e.doc_id == doc_id]


def snapshot(store, *, type: str | None = None, since: str | None = None, until: str | None = None,
             within: tuple[str, ...] = (), domain_pack: str | None = None) -> KnowledgeBase:
    """Read the knowledge base, or the slice the ``events`` filters select.

    With no filter, everything is read. With filters, the slice holds the
    matching events, their reports (with all their mentions and times), the
    entities those name, and the places they lie in.
    """
    from threadline.analyze import find_events
    kb = KnowledgeBase()
    summaries = {s.entity.id: s for s in store.entities()}
    sliced = bool(type or since or until or within)
    if sliced:
        pairs = find_events(store, type=type, since=since, until=until, within=within, domain_pack=domain_pack)
        kb.events = [e for e, _ in pairs]
        kb.documents = {d.id: d for _, d in pairs}
    else:
        kb.events = store.events()
        kb.documents = {d.id: d for d in store.documents()}
        kb.decisions = store.decisions()
    for doc_id in kb.documents:
        kb.mentions[doc_id] = store.mentions(doc_id=doc_id)
        kb.timexes[doc_id] = store.timexes(doc_id)
    if sliced:
        wanted = {i for e in kb.events for i in (*e.where, *e.actors, *e.facilities)}
        wanted |= {m.entity_id for ms in kb.mentions.values() for m in ms if m.entity_id}
        for entity_id in sorted(wanted):
            _add_with_parents(kb, summaries, entity_id)
    else:
        kb.entities = {i: s.entity for i, s in summaries.items()}
    kb.counts = {i: (summaries[i].reports, summaries[i].sources) for i in kb.entities if i in summaries}
    return kb


def _add_with_parents(kb: KnowledgeBase, summaries: dict, entity_id: str | None) -> None:
    seen = set()
    while entity_id and entity_id in summaries and entity_id not in seen:
        seen.add(entity_id)
        entity = summaries[entity_id].entity
        kb.entities.setdefault(entity_id, entity)
        entity_id = entity.located_in

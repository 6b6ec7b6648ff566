"""Claims about the same happening across reports: who agrees, independently, and who disagrees.

Independence: two reports are one source when one is a near-copy of the other,
when they come from the same outlet, or when both only relay the same primary
source (state media, an intelligence agency, an official document). GDELT
counts articles; we count sources.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from threadline.domain.rules import event_lexicon
from threadline.model import Document, Event
from threadline.temporal import values_compatible

#: Attributions that name a primary source every relaying outlet shares.
PRIMARY_SOURCES = ("state_media", "intelligence_agency", "official_document")


@dataclass(frozen=True)
class ClaimGroup:
    """Claims of several reports about one happening.

    Attributes:
        type: the event type.
        when: the most precise date the claims give, or None.
        claims: ``(event, document)`` pairs, oldest report first.
        independent_sources: how many independent sources support it.
        sources: a label for each independent source.
        contradictions: human-readable notes on claims that disagree.
    """

    type: str
    when: str | None
    claims: tuple[tuple[Event, Document], ...]
    independent_sources: int
    sources: tuple[str, ...]
    contradictions: tuple[str, ...] = ()


def _start(when: str | None) -> str | None:
    return when.split("/")[0] if when else None


def source_key(event: Event, document: Document, documents: dict[str, Document]) -> str:
    """The independent source behind one claim."""
    if event.attribution in PRIMARY_SOURCES:
        return event.attribution.replace("_", " ")
    root, seen = document, set()
    while root.near_duplicate_of and root.near_duplicate_of in documents and root.id not in seen:
        seen.add(root.id)
        root = documents[root.near_duplicate_of]
    return root.outlet or root.source


@lru_cache(maxsize=4)
def _polarity(directory: str | None = None) -> tuple[re.Pattern, re.Pattern]:
    spec = event_lexicon(directory)["status_polarity"]
    join = lambda ps: re.compile("|".join(f"(?:{p})" for p in ps), re.IGNORECASE)  # noqa: E731
    return join(spec["running"]), join(spec["stopped"])


def polarity(event: Event, document: Document, domain_pack: str | None = None) -> str | None:
    """``running``, ``stopped`` or None, from the sentences stating a facility claim."""
    running, stopped = _polarity(domain_pack)
    text = " ".join(document.text[s.start:s.end] for s in event.evidence)
    if stopped.search(text):
        return "stopped"
    if running.search(text):
        return "running"
    return None


def claim_groups(claims: list[tuple[Event, Document]], documents: dict[str, Document] | None = None,
                 domain_pack: str | None = None) -> list[ClaimGroup]:
    """Group claims about one entity into happenings and weigh their support.

    Args:
        claims: ``(event, document)`` pairs, e.g. ``store.claims_for(entity_id)``.
        documents: every document a near-copy chain may lead to (default: those in ``claims``).
        domain_pack: the pack whose polarity cues mark contradictions.
    Returns:
        groups, best supported first; each lists its independent sources and
        any contradiction with claims of the same period about the same facility.
    """
    documents = dict(documents or {})
    documents.update({d.id: d for _, d in claims})
    groups: list[list[tuple[Event, Document]]] = []
    for event, doc in sorted(claims, key=lambda c: (c[1].published.value or "", c[1].id)):
        for group in groups:
            first = group[0][0]
            if first.type == event.type and all(values_compatible(e.when, event.when) for e, _ in group):
                group.append((event, doc))
                break
        else:
            groups.append([(event, doc)])

    status = [(e, d, polarity(e, d, domain_pack)) for e, d in claims
              if e.type in ("FACILITY_STATUS", "PRODUCTION_ACTIVITY")]
    out = []
    for group in groups:
        keys = sorted({source_key(e, d, documents) for e, d in group})
        whens = [e.when for e, _ in group if e.when]
        when = max(whens, key=lambda w: len(_start(w).replace("X", ""))) if whens else None
        notes = []
        for e, d in group:
            mine = next((p for x, _, p in status if x.id == e.id), None)
            if mine is None:
                continue
            for other, od, theirs in status:
                if theirs and theirs != mine and other.doc_id != e.doc_id and values_compatible(other.when, e.when) \
                        and set(other.facilities) & set(e.facilities):
                    note = (f"{d.outlet or d.id} ({d.published.value or 'undated'}) says {mine}; "
                            f"{od.outlet or od.id} ({od.published.value or 'undated'}) says {theirs}")
                    if note not in notes:
                        notes.append(note)
        out.append(ClaimGroup(group[0][0].type, when, tuple(group), len(keys), tuple(keys), tuple(notes)))
    out.sort(key=lambda g: (-g.independent_sources, -len(g.claims), g.type))
    return out

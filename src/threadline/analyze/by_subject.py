"""Claims grouped by what they are about: each facility (else place), then by happening.

``claim_groups`` groups the claims about one entity; here each event is
filed under its first facility, else its first place, and each subject's
claims are grouped, so one happening reported by several outlets is one row.
"""
from __future__ import annotations

from dataclasses import dataclass

from threadline.analyze.corroboration import ClaimGroup, claim_groups
from threadline.model import Document, Entity, Event


@dataclass(frozen=True)
class SubjectGroup:
    """A claim group with the entity it is about (``subject``, an entity id; None when it names none)."""

    subject: str | None
    group: ClaimGroup


def groups_by_subject(pairs: list[tuple[Event, Document]], documents: dict[str, Document] | None = None,
                      domain_pack: str | None = None, entities: dict[str, Entity] | None = None
                      ) -> list[SubjectGroup]:
    """Group ``(event, document)`` pairs into happenings, best supported first (``entities``: by id,
    for places beyond the pack and which are countries)."""
    by_subject: dict[str | None, list[tuple[Event, Document]]] = {}
    for event, doc in pairs:
        subject = next(iter(event.facilities or event.where), None)
        by_subject.setdefault(subject, []).append((event, doc))
    found = [SubjectGroup(subject, group) for subject, claims in by_subject.items()
             for group in claim_groups(claims, documents, domain_pack, entities)]
    found.sort(key=lambda h: (-h.group.independent_sources, -len(h.group.claims), h.group.type, h.subject or ""))
    return found

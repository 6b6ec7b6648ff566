"""Claims about an entity, grouped by happening, with their independent origins, the reason for
every join, and the claims that contradict each other.

One decision groups claims everywhere (``happenings.group_happenings``): the CLI's ``claims`` and
``show``, the workbench, the brief and the exports all show the same groups. GDELT counts
articles; we count origins, and say why each claim is counted as the origin it is.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from threadline.analyze.contradictions import Contradiction, find_contradictions, stances_of
from threadline.analyze.happenings import PairVerdict, group_happenings, origin, origin_reason, place_context
from threadline.model import Document, Entity, Event


@dataclass(frozen=True)
class ClaimGroup:
    """Claims of several reports about one happening.

    Attributes:
        id: the happening's id.
        type: the event type.
        when: the most precise date the claims give, or None.
        claims: ``(event, document)`` pairs, oldest report first.
        independent_sources: how many independent origins support it.
        sources: the origins, in words ("DPRK state media", "insiders of Daily NK").
        contradictions: claims of the group that another claim contradicts.
        decisions: why each claim joined the group (pair, verdict, reason).
        possibly_related: claims compatible with it but without the evidence to join it (never counted).
        why: each claim's event id with the reason it counts as its origin.
    """

    id: str
    type: str
    when: str | None
    claims: tuple[tuple[Event, Document], ...]
    independent_sources: int
    sources: tuple[str, ...]
    contradictions: tuple[Contradiction, ...] = ()
    decisions: tuple[PairVerdict, ...] = ()
    possibly_related: tuple[str, ...] = ()
    why: tuple[tuple[str, str], ...] = ()


def _most_precise(whens: Iterable[str | None]) -> str | None:
    dated = [w for w in whens if w]
    return max(dated, key=lambda w: len(w.split("/")[0].replace("X", ""))) if dated else None


def _once(flags: Iterable[Contradiction]) -> tuple[Contradiction, ...]:
    """Flags worded alike once: a report stating one thing in two claims disagrees once."""
    return tuple({(c.field, c.note): c for c in flags}.values())


def claim_groups(claims: list[tuple[Event, Document]], documents: dict[str, Document] | None = None,
                 domain_pack: str | None = None, entities: dict[str, Entity] | None = None) -> list[ClaimGroup]:
    """Group claims into happenings and weigh their support.

    Args:
        claims: ``(event, document)`` pairs, e.g. ``store.claims_for(entity_id)``.
        documents: every document a near-copy chain may lead to (default: those in ``claims``).
        domain_pack: the pack whose place hierarchy nests places and whose cues mark contradictions.
        entities: the claims' entities by id, for places beyond the pack and which are countries.
    Returns:
        groups, best supported first.
    """
    documents = dict(documents or {})
    documents.update({d.id: d for _, d in claims})
    chain, countries = place_context((entities or {}).values(), domain_pack)
    # What each claim says of its happening (denied, running, stopped) decides both joins and flags.
    stances = stances_of(claims, domain_pack)
    happenings = group_happenings(claims, chain, countries, documents, domain_pack, stances)
    origin_of = {e.id: origin(e, d, documents) for e, d in claims}
    contradictions = find_contradictions(claims, origin_of, countries, domain_pack, stances)
    out = []
    for h in happenings:
        ids = {e.id for e, _ in h.claims}
        out.append(ClaimGroup(
            h.id, h.type, _most_precise(e.when for e, _ in h.claims), h.claims, h.independent_sources, h.origins,
            _once(c for c in contradictions if c.a in ids or c.b in ids), h.decisions, h.possibly_related,
            tuple((e.id, origin_reason(e, d, documents)) for e, d in h.claims)))
    out.sort(key=lambda g: (-g.independent_sources, -len(g.claims), g.type))
    return out


def claims_about(store, entity_id: str, domain_pack: str | None = None, latest: int | None = None,
                 year: str | None = None) -> list[ClaimGroup]:
    """The claims whose arguments include an entity, grouped (what ``claims`` and ``show`` list).

    Reads only those claims, their reports and the originals of near-copies among them.
    ``latest`` groups only the latest this many claims by date (``store.count_claims`` says
    how many there are): a place of a long archive has hundreds of thousands, and the
    happenings an analyst checks first are the recent ones. ``year`` (``YYYY``) groups only
    the claims dated in that year: those a claim of that year can share a happening with.
    """
    claims = store.claims_for(entity_id, latest=latest, since=year, until=year)
    documents = store.linked_documents({d.id for _, d in claims})
    ids = {i for e, _ in claims for i in (*e.where, *e.actors, *e.facilities)}
    entities = store.get_entities(ids)
    # Places beyond the pack nest through each entity's located_in, up to the country.
    todo = {e.located_in for e in entities.values() if e.located_in} - set(entities)
    while todo:
        found = store.get_entities(todo)
        entities.update(found)
        todo = {e.located_in for e in found.values() if e.located_in} - set(entities)
    return claim_groups(claims, documents, domain_pack, entities)

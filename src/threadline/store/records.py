"""Conversions between model records and table rows, and the small helpers
(name normalisation, date prefixes, entity merging) the store applies to them.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator, Sequence

from threadline.model import (
    Quantity,
    EXTRACTED,
    Decision,
    Document,
    Entity,
    Event,
    Mention,
    PublishedDate,
    Span,
    Timex,
    merge_machine_entities,
)

_ISO_PREFIX = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")
#: Event roles kept in ``event_entities``, with the Event field each comes from.
ROLES = (("where", "where"), ("actor", "actors"), ("facility", "facilities"))


# Stay well below SQLite's bound-parameter limit in IN (...) lists.
CHUNK = 500


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """``items`` in slices of at most ``size``, for long IN (...) lists."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def utc_now() -> str:
    """The current time as a UTC ISO-8601 string (``2024-03-07T10:15:00.123456Z``)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def normalize_name(name: str) -> str:
    """A name as compared for lookup: diacritics removed, casefolded, single-spaced.

    Args:
        name: a name or alias ("Kusŏng", "  KUSONG ").
    Returns:
        the comparison key ("kusong").
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def date_prefix(value: str | None) -> str | None:
    """The ISO date prefix an event's ``when`` is filtered by.

    Args:
        value: a TIMEX3 value ("2024-03-02", "2024-03", "2023-06/2024-03",
            "XXXX-10-01", "PRESENT_REF") or None.
    Returns:
        the leading ``YYYY[-MM[-DD]]`` of the value (of its start, for an
        interval), or None when there is no known year.
    """
    if not value:
        return None
    match = _ISO_PREFIX.match(value.split("/", 1)[0].strip())
    return match.group(0) if match else None


def alias_key(name: str) -> str:
    """How aliases are told apart: case and spacing ignored, but not diacritics,
    so "Kusŏng" (McCune–Reischauer) and "Kusong" are both kept."""
    return " ".join(name.casefold().split())


def is_date_prefix(value: str) -> bool:
    """True when ``value`` is exactly ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    match = _ISO_PREFIX.match(value)
    return bool(match) and match.group(0) == value


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _spans(raw: str) -> tuple[Span, ...]:
    return tuple(Span(int(a), int(b)) for a, b in json.loads(raw))


def document_row(doc: Document, stored_at: str) -> dict[str, Any]:
    """The ``documents`` row for a Document."""
    return {
        "id": doc.id, "source": doc.source, "text": doc.text, "title": doc.title,
        "outlet": doc.outlet, "url": doc.url, "author": doc.author, "translator": doc.translator,
        "published_value": doc.published.value, "published_basis": doc.published.basis,
        "published_evidence": doc.published.evidence,
        "keywords": _dump(list(doc.keywords)),
        "content": _dump([[s.start, s.end] for s in doc.content]),
        "boilerplate": _dump([[s.start, s.end] for s in doc.boilerplate]),
        "language": doc.language, "source_type": doc.source_type,
        "content_hash": doc.content_hash or None,
        "near_duplicate_of": doc.near_duplicate_of, "stored_at": stored_at,
    }


def document_from(row: Any) -> Document:
    """The Document a ``documents`` row holds."""
    return Document(
        id=row.id, source=row.source, text=row.text, title=row.title, outlet=row.outlet,
        url=row.url, author=row.author, translator=row.translator,
        published=PublishedDate(row.published_value, row.published_basis, row.published_evidence),
        keywords=tuple(json.loads(row.keywords)), content=_spans(row.content),
        boilerplate=_spans(row.boilerplate), language=row.language,
        source_type=row.source_type, content_hash=row.content_hash or "",
        near_duplicate_of=row.near_duplicate_of,
    )


def entity_row(entity: Entity, updated_at: str) -> dict[str, Any]:
    """The ``entities`` row for an Entity."""
    return {
        "id": entity.id, "kind": entity.kind, "name": entity.name, "level": entity.level,
        "country": entity.country, "admin1": entity.admin1, "lat": entity.lat, "lon": entity.lon,
        "located_in": entity.located_in, "aliases": _dump(list(entity.aliases)),
        "source": entity.source, "updated_at": updated_at,
    }


def entity_from(row: Any) -> Entity:
    """The Entity an ``entities`` row holds."""
    return Entity(
        id=row.id, kind=row.kind, name=row.name, level=row.level, country=row.country,
        admin1=row.admin1, lat=row.lat, lon=row.lon, located_in=row.located_in,
        aliases=tuple(json.loads(row.aliases)), source=row.source,
    )


def entity_norms(entity: Entity) -> set[str]:
    """The lookup keys of an entity: its normalised name and aliases."""
    return {n for n in (normalize_name(x) for x in (entity.name, *entity.aliases)) if n}


def with_aliases(entity: Entity, extra: Iterable[str]) -> Entity:
    """``entity`` with ``extra`` names appended to its aliases.

    Names equal (see ``alias_key``) to the entity's name or an alias it
    already has are left out, so aliases never repeat.
    """
    have = {alias_key(entity.name)} | {alias_key(a) for a in entity.aliases}
    aliases = [a for a in entity.aliases if alias_key(a) != alias_key(entity.name)]
    for name in extra:
        key = alias_key(name or "")
        if key and key not in have:
            aliases.append(name)
            have.add(key)
    return replace(entity, aliases=tuple(aliases))


def merge_entity(stored: Entity, incoming: Entity, keep_name: str | None = None,
                 incoming_wins: bool = False) -> Entity:
    """What an upsert stores when ``incoming`` arrives for a stored entity.

    Fields ``incoming`` knows (not None) win; fields it leaves None keep the
    stored value, so a bare extracted entity never erases gazetteer
    coordinates. Aliases are the union; a replaced name stays as an alias so
    lookups by the old name still work. Two machine-made ("extracted")
    sightings merge the same whichever came first (``model.merge_machine_entities``),
    so that the knowledge base does not depend on the order reports are read in.

    Args:
        stored: the entity as stored.
        incoming: the entity as just extracted, or as an analyst edit makes it.
        keep_name: the name to keep whatever the two say (an analyst's rename).
        incoming_wins: ``incoming``'s known fields win even between two
            machine-made entities (an analyst's merge keeps the kept one's).
    """
    if stored.source == EXTRACTED and incoming.source == EXTRACTED and not incoming_wins:
        machine = merge_machine_entities(stored, incoming)
        if keep_name:
            machine = replace(machine, name=keep_name)
        return with_aliases(replace(machine, aliases=()), sorted({*machine.aliases, stored.name, incoming.name}))
    values = {}
    for name in ("kind", "name", "level", "country", "admin1", "lat", "lon", "located_in", "source"):
        new = getattr(incoming, name)
        values[name] = getattr(stored, name) if new is None else new
    if keep_name:
        values["name"] = keep_name
    merged = replace(stored, **values, aliases=())
    return with_aliases(merged, [*stored.aliases, stored.name, *incoming.aliases, incoming.name])


def mention_row(m: Mention) -> dict[str, Any]:
    """The ``mentions`` row for a Mention."""
    return {"doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
            "entity_id": m.entity_id, "confidence": m.confidence, "method": m.method}


def mention_from(row: Any) -> Mention:
    """The Mention a ``mentions`` row holds."""
    return Mention(doc_id=row.doc_id, start=row.start, end=row.end, text=row.text, kind=row.kind,
                   entity_id=row.entity_id, confidence=row.confidence, method=row.method)


def timex_row(doc_id: str, t: Timex) -> dict[str, Any]:
    """The ``timexes`` row for a Timex of document ``doc_id``."""
    return {"doc_id": doc_id, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
            "value": t.value, "interval_end": t.interval_end, "dct_inferred": bool(t.dct_inferred)}


def timex_from(row: Any) -> Timex:
    """The Timex a ``timexes`` row holds."""
    return Timex(start=row.start, end=row.end, text=row.text, type=row.type, value=row.value,
                 interval_end=row.interval_end, dct_inferred=bool(row.dct_inferred))


def event_row(e: Event) -> dict[str, Any]:
    """The ``events`` row for an Event."""
    return {
        "id": e.id, "doc_id": e.doc_id, "type": e.type, "when": e.when,
        "when_start": date_prefix(e.when), "when_text": e.when_text,
        "start": e.start, "end": e.end,
        "evidence": _dump([[s.start, s.end] for s in e.evidence]),
        "where": _dump(list(e.where)), "actors": _dump(list(e.actors)),
        "facilities": _dump(list(e.facilities)), "products": _dump(list(e.products)),
        "quantities": _dump([q.as_dict() for q in e.quantities]), "attribution": e.attribution,
        "attribution_text": e.attribution_text, "modality": e.modality, "trigger": e.trigger,
        "extractor": e.extractor,
    }


def event_from(row: Any) -> Event:
    """The Event an ``events`` row holds."""
    return Event(
        doc_id=row.doc_id, type=row.type, evidence=_spans(row.evidence), when=row.when,
        when_text=row.when_text, where=tuple(json.loads(row.where)),
        actors=tuple(json.loads(row.actors)), facilities=tuple(json.loads(row.facilities)),
        products=tuple(json.loads(row.products)), quantities=tuple(Quantity.from_stored(q) for q in json.loads(row.quantities)),
        attribution=row.attribution, attribution_text=row.attribution_text,
        modality=row.modality, trigger=row.trigger, extractor=row.extractor,
    )


def event_entity_rows(e: Event) -> list[dict[str, Any]]:
    """The ``event_entities`` rows for an Event (one per entity and role)."""
    rows, seen = [], set()
    for role, field_name in ROLES:
        for entity_id in getattr(e, field_name):
            if entity_id and (entity_id, role) not in seen:
                seen.add((entity_id, role))
                rows.append({"event_id": e.id, "entity_id": entity_id, "role": role})
    return rows


def replace_entity_ids(e: Event, old: str, new: str) -> Event:
    """``e`` with entity id ``old`` replaced by ``new`` in its argument lists."""
    def swap(ids: tuple[str, ...]) -> tuple[str, ...]:
        out: list[str] = []
        for x in ids:
            x = new if x == old else x
            if x not in out:
                out.append(x)
        return tuple(out)
    return replace(e, where=swap(e.where), actors=swap(e.actors), facilities=swap(e.facilities))


def decision_row(d: Decision) -> dict[str, Any]:
    """The ``decisions`` row for a Decision (with ``created_at`` filled in)."""
    return {"id": d.id, "action": d.action, "subject": d.subject, "value": d.value,
            "analyst": d.analyst, "reason": d.reason, "created_at": d.created_at}


def decision_from(row: Any) -> Decision:
    """The Decision a ``decisions`` row holds."""
    return Decision(action=row.action, subject=row.subject, value=row.value,
                    analyst=row.analyst, reason=row.reason, created_at=row.created_at)

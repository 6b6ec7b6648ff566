"""A STIX 2.1 bundle: reports, locations, identities, notes with the evidence, happenings.

- each report is a ``report`` (its outlet an ``identity``, ``created_by_ref``);
- places, and facilities with coordinates or a country, are ``location``s;
  organizations and people are ``identity`` objects (other facilities too);
- each event is a ``note``: its evidence sentence, type, time, attribution
  and modality, referring to the report and to what it names;
- "located in" is a ``relationship`` (``located-at`` from an identity to a
  location, else ``related-to``);
- each happening (claims about one facility or place grouped as
  ``threadline claims`` groups them) is a ``grouping`` of its notes.

Ids are UUIDv5 of Threadline's ids, so exporting twice gives the same ids and
a platform updates objects instead of duplicating them; the validator warns
(check 103) that STIX suggests UUIDv4, which would change on every export.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import IO

from threadline.errors import ExportError
from threadline.export.snapshot import KnowledgeBase
from threadline.temporal.humanize import humanize_when

#: Namespace of the UUIDv5 ids (any fixed UUID; this one is Threadline's).
NAMESPACE = uuid.UUID("8d0b5a8e-6f7e-5c1e-9a1f-3c5d2b7e4a10")
_IDENTITY_CLASS = {"organization": "organization", "person": "individual", "facility": "organization"}


def stix_id(kind: str, key: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, key)}"


def _timestamp(value: str | None) -> str | None:
    """A TIMEX date (2024, 2024-03, 2024-03-02) as a STIX timestamp at its start; None otherwise."""
    if not value or not value[:4].isdigit():
        return None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1
        return datetime(year, month, day, tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    except ValueError:
        return None


def bundle(kb: KnowledgeBase, domain_pack: str | None = None, now: datetime | None = None) -> dict:
    """The bundle as a dict (JSON-ready); built with the ``stix2`` library, which checks each object."""
    try:
        import stix2
    except ImportError as exc:
        raise ExportError("the stix export needs the stix2 package: pip install 'threadline[export]'") from exc

    from threadline.analyze import groups_by_subject
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    common = {"created": stamp, "modified": stamp, "allow_custom": False}
    objects: dict[str, object] = {}
    refs: dict[str, str] = {}     # Threadline entity id -> STIX id

    for e in kb.entities.values():
        if e.kind == "place" or (e.kind == "facility" and (e.lat is not None or e.country)):
            if e.lat is None and not e.country:
                continue
            sid = stix_id("location", e.id)
            fields = {"name": e.name, "description": f"{e.kind} ({e.level or 'unknown level'}); Threadline id {e.id}"}
            if e.lat is not None and e.lon is not None:
                fields.update(latitude=e.lat, longitude=e.lon)
            if e.country:
                fields["country"] = e.country
            objects[sid] = stix2.Location(id=sid, **fields, **common)
        else:
            sid = stix_id("identity", e.id)
            objects[sid] = stix2.Identity(id=sid, name=e.name, identity_class=_IDENTITY_CLASS.get(e.kind, "unknown"),
                                          description=f"{e.kind}; Threadline id {e.id}", **common)
        refs[e.id] = sid
    for e in kb.entities.values():
        if e.located_in in refs and e.id in refs:
            rid = stix_id("relationship", f"{e.id}>{e.located_in}")
            # located-at is the suggested type towards a location; between
            # identities (a department in a ministry) the generic related-to.
            to_location = refs[e.located_in].startswith("location--") and not refs[e.id].startswith("location--")
            objects[rid] = stix2.Relationship(id=rid, relationship_type="located-at" if to_location else "related-to",
                                              source_ref=refs[e.id], target_ref=refs[e.located_in],
                                              description="located in", **common)
    outlets: dict[str, str] = {}
    for doc in kb.documents.values():
        if doc.outlet and doc.outlet not in outlets:
            sid = stix_id("identity", "outlet:" + doc.outlet)
            objects[sid] = stix2.Identity(id=sid, name=doc.outlet, identity_class="organization",
                                          description="news outlet or publisher", **common)
            outlets[doc.outlet] = sid
    notes: dict[str, str] = {}
    reports: dict[str, list[str]] = {d: [] for d in kb.documents}
    for ev in kb.events:
        doc = kb.documents[ev.doc_id]
        sid = stix_id("note", ev.id)
        named = [refs[i] for i in dict.fromkeys((*ev.facilities, *ev.where, *ev.actors)) if i in refs]
        sentences = " … ".join(doc.text[s.start:s.end].strip() for s in ev.evidence)
        report_sid = stix_id("report", doc.id)
        content = (f"{sentences}\n\n[{ev.type}; when: {humanize_when(ev.when)} ({ev.when or 'no value'}); "
                   f"attribution: {ev.attribution}; modality: {ev.modality}; report {doc.id} "
                   f"characters {ev.start}-{ev.end}]")
        objects[sid] = stix2.Note(id=sid, abstract=f"{ev.type} {humanize_when(ev.when)}", content=content,
                                  object_refs=[report_sid, *named], authors=[doc.outlet] if doc.outlet else None,
                                  **common)
        notes[ev.id] = sid
        reports[doc.id] += [sid, *named]
    for doc in kb.documents.values():
        sid = stix_id("report", doc.id)
        published = _timestamp(doc.published.value)
        described = f"source: {doc.source}" + ("" if published else "; publication date unknown")
        contents = list(dict.fromkeys(reports[doc.id])) or [stix_id("identity", "outlet:" + doc.outlet)
                                                           if doc.outlet else None]
        contents = [c for c in contents if c in objects]
        if not contents:
            # A report with nothing extracted still refers to its outlet or, failing that, to itself's source
            # identity, because STIX requires object_refs.
            ident = stix_id("identity", "source:" + doc.id)
            objects[ident] = stix2.Identity(id=ident, name=doc.source[:200] or doc.id, identity_class="unknown",
                                            description="the source of a report with nothing extracted", **common)
            contents = [ident]
        objects[sid] = stix2.Report(id=sid, name=doc.title or doc.id, published=published or stamp,
                                    report_types=["threat-report"], object_refs=contents, description=described,
                                    created_by_ref=outlets.get(doc.outlet), external_references=(
                                        [{"source_name": doc.outlet or "source", "url": doc.url}] if doc.url else None),
                                    **common)
    # Happenings: the claims about each facility (else place), grouped as `claims` groups them.
    seen: set[frozenset] = set()
    for happening in groups_by_subject([(ev, kb.documents[ev.doc_id]) for ev in kb.events], kb.documents, domain_pack, kb.entities):
        group, subject = happening.group, happening.subject
        members = frozenset(notes[ev.id] for ev, _ in group.claims)
        if subject is None or members in seen:
            continue
        seen.add(members)
        gid = stix_id("grouping", "|".join(sorted(members)))
        name = kb.entities[subject].name if subject in kb.entities else subject
        described = (f"{len(group.claims)} claim(s), {group.independent_sources} independent source(s): "
                     f"{'; '.join(group.sources)}" + "".join(f"; contradiction ({c.field}): {c.note}" for c in group.contradictions))
        objects[gid] = stix2.Grouping(id=gid, name=f"{group.type} at {name}, {humanize_when(group.when)}",
                                      context="unspecified", object_refs=sorted(members),
                                      description=described, **common)
    result = stix2.Bundle(objects=list(objects.values()), allow_custom=False)
    import json
    return json.loads(result.serialize())


def write_stix(kb: KnowledgeBase, stream: IO[str], domain_pack: str | None = None) -> int:
    import json
    data = bundle(kb, domain_pack)
    stream.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return len(data["objects"])

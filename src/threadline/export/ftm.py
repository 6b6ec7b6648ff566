"""FollowTheMoney entities (one JSON object a line), loadable into Aleph.

- each report is an ``Article`` (title, publisher, date, URL, text);
- places are ``Address`` entities (with coordinates); organizations and
  facilities are ``Organization``; people are ``Person``;
- each event is an ``Event`` with its type, date, summary (the evidence
  sentence), the entities ``involved`` and the report as ``proof``;
- each stored mention is a ``Mention`` linking the report to the name.

Every entity is built through the ``followthemoney`` model, so a property
the schema does not have is an error here, not in Aleph.
"""
from __future__ import annotations

import json
from typing import IO, Iterator

from threadline.errors import ExportError
from threadline.export.snapshot import KnowledgeBase
from threadline.temporal.humanize import humanize_when

_SCHEMA = {"place": "Address", "organization": "Organization", "facility": "Organization", "person": "Person"}
#: The Mention schema of FtM reads the resolved entity's schema from this.
_DATE_PREFIX_LEN = 10


def _date(value: str | None) -> str | None:
    """The leading ISO date of a TIMEX value, when it has a year (FtM dates are prefixes)."""
    if not value or not value[:4].isdigit():
        return None
    head = value.split("/")[0][:_DATE_PREFIX_LEN]
    parts = head.split("-")
    kept = [parts[0]] + [p for p in parts[1:3] if p.isdigit()][: len(parts) - 1]
    return "-".join(kept)


def entities(kb: KnowledgeBase) -> Iterator[dict]:
    """The FtM entities as dicts (``id``, ``schema``, ``properties``)."""
    try:
        from followthemoney import model
    except ImportError as exc:
        raise ExportError("the ftm export needs the followthemoney package: "
                          "pip install 'threadline[export]'") from exc

    def make(schema: str, eid: str, **props) -> dict:
        proxy = model.make_entity(schema)
        proxy.id = eid
        for prop, values in props.items():
            for value in values if isinstance(values, (list, tuple)) else [values]:
                if value not in (None, ""):
                    proxy.add(prop, str(value))     # raises on a property the schema lacks
        return proxy.to_dict()

    ids = {}
    for e in kb.entities.values():
        schema = _SCHEMA.get(e.kind, "LegalEntity")
        fid = "tl-" + e.id.replace(":", "-")
        ids[e.id] = fid
        props = {"name": e.name, "alias": list(e.aliases), "country": (e.country or "").lower() or None,
                 "description": f"{e.kind}" + (f" ({e.level})" if e.level else "")}
        if schema == "Address":
            props.update(full=e.name, latitude=e.lat, longitude=e.lon)
            del props["name"]
            props["name"] = e.name
        yield make(schema, fid, **props)
    for doc in kb.documents.values():
        yield make("Article", "tl-doc-" + doc.id, title=doc.title or doc.id, name=doc.title or doc.id,
                   publisher=doc.outlet, publishedAt=_date(doc.published.value), sourceUrl=doc.url,
                   author=doc.author, language=_language(doc.language), bodyText=doc.text, fileName=doc.source,
                   keywords=list(doc.keywords))
        for n, m in enumerate(kb.mentions.get(doc.id, ())):
            if m.entity_id not in ids:
                continue
            yield make("Mention", f"tl-mention-{doc.id}-{m.start}-{m.end}", name=m.text,
                       document="tl-doc-" + doc.id, resolved=ids[m.entity_id],
                       detectedSchema=_SCHEMA.get(m.kind, "LegalEntity"))
    for ev in kb.events:
        doc = kb.documents[ev.doc_id]
        places = [kb.entities[i].name for i in ev.where if i in kb.entities]
        yield make("Event", "tl-" + ev.id.replace(":", "-"), name=f"{ev.type} {humanize_when(ev.when)}",
                   date=_date(ev.when), summary=" … ".join(doc.text[s.start:s.end].strip() for s in ev.evidence),
                   description=f"attribution: {ev.attribution}; modality: {ev.modality}; when: {ev.when or 'unknown'}",
                   involved=[ids[i] for i in dict.fromkeys((*ev.actors, *ev.facilities)) if i in ids],
                   location=places, addressEntity=[ids[i] for i in ev.where if i in ids][:1],
                   proof=["tl-doc-" + doc.id], publisher=doc.outlet)


def _language(code: str | None) -> str | None:
    """FtM languages are ISO 639-2/3 codes."""
    if not code:
        return None
    try:
        import pycountry
        found = pycountry.languages.get(alpha_2=code)
        return found.alpha_3 if found else None
    except (ImportError, KeyError, LookupError):
        return None


def write_ftm(kb: KnowledgeBase, stream: IO[str]) -> int:
    n = 0
    for obj in entities(kb):
        stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n

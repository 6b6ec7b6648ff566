"""The extraction contract of ``../shared/eval/CONTRACT.md``: one JSON object per document."""
from __future__ import annotations

from typing import Iterable, Iterator

from threadline.analyze.happenings import Happening, run_happenings
from threadline.model import Extraction


def stored_extraction(store, doc_id: str) -> Extraction:
    """A stored document's extraction, as it was written (for export)."""
    mentions = store.mentions(doc_id=doc_id)
    entities = tuple(store.get_entity(i) for i in sorted({m.entity_id for m in mentions if m.entity_id}))
    return Extraction(store.get_document(doc_id), entities, tuple(mentions), tuple(store.timexes(doc_id)),
                      tuple(store.events(doc_id=doc_id)))


def contract_records(extractions: Iterable[Extraction], domain_pack: str | None = None) -> Iterator[dict]:
    """The contract's objects for a whole run.

    Happenings group events across all of a run's documents, so the run is read whole before
    the first object is written.
    """
    xs = list(extractions)
    happening_of = {e.id: h for h in run_happenings(xs, domain_pack) for e, _ in h.claims}
    for x in xs:
        yield to_contract(x, happening_of)


def to_contract(x: Extraction, happening_of: dict[str, Happening] | None = None) -> dict:
    """One document's extraction as the contract's JSON object.

    Args:
        x: the extraction.
        happening_of: each event id's happening across the run (``contract_records``); without
            it, events carry no ``happening`` or ``independent_sources``.
    """
    d = x.document
    entities = {}
    for e in x.entities:
        rec = {"kind": e.kind, "name": e.name}
        for key in ("level", "country", "admin1", "lat", "lon", "located_in"):
            value = getattr(e, key)
            if value is not None:
                rec[key] = value
        if e.kind == "place" and e.level is None and e.country and not e.located_in:
            rec["level"] = "country"
        if e.aliases:
            rec["aliases"] = list(e.aliases)
        entities[e.id] = rec
    return {
        "id": d.id,
        "source": d.source,
        "document": {"published": d.published.value, "published_basis": d.published.basis,
                     "published_evidence": d.published.evidence, "title": d.title, "outlet": d.outlet,
                     "source_type": d.source_type, "author": d.author, "translator": d.translator,
                     "keywords": list(d.keywords), "near_duplicate_of": d.near_duplicate_of},
        "entities": entities,
        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "kind": m.kind, "entity": m.entity_id,
                      "confidence": round(m.confidence, 3), "method": m.method} for m in x.mentions],
        "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                     **({"interval_end": t.interval_end} if t.interval_end else {}),
                     **({"dct_inferred": True} if t.dct_inferred else {})} for t in x.timexes],
        "events": [{"id": e.id, "type": e.type, "start": e.start, "end": e.end,
                    "evidence": [[s.start, s.end] for s in e.evidence],
                    "when": e.when, "where": list(e.where), "actors": list(e.actors),
                    "facilities": list(e.facilities), "products": list(e.products),
                    "quantities": [q.as_dict() for q in e.quantities], "attribution": e.attribution,
                    "attribution_text": e.attribution_text, "modality": e.modality,
                    "trigger": e.trigger, "extractor": e.extractor,
                    **_happening_fields(happening_of, e.id)} for e in x.events],
    }


def _happening_fields(happening_of: dict[str, Happening] | None, event_id: str) -> dict:
    h = (happening_of or {}).get(event_id)
    if h is None:
        return {}
    return {"happening": h.id, "independent_sources": h.independent_sources, "origins": list(h.origins)}

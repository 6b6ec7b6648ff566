"""CSV tables (entities, events, claims, mentions) and GeoJSON, for spreadsheets and GIS."""
from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import IO

from threadline.errors import ExportError
from threadline.export.snapshot import KnowledgeBase
from threadline.temporal.humanize import humanize_when

ENTITY_COLUMNS = ("id", "kind", "name", "level", "country", "admin1", "lat", "lon", "located_in", "aliases",
                  "reports", "sources")
EVENT_COLUMNS = ("id", "type", "when", "when_text", "attribution", "modality", "doc_id", "outlet", "published",
                 "where", "actors", "facilities", "products", "quantities", "trigger", "evidence")
CLAIM_COLUMNS = ("event_id", "entity_id", "entity_name", "role", "type", "when", "doc_id", "outlet",
                 "attribution", "modality", "evidence_start", "evidence_end", "evidence")
MENTION_COLUMNS = ("doc_id", "start", "end", "text", "kind", "entity_id", "confidence", "method")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    # A spreadsheet runs a cell starting with = + - @ as a formula; keep it text.
    if text[:1] in ("=", "+", "-", "@") and not _numeric(text):
        text = "'" + text
    return text


def _numeric(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def csv_tables(kb: KnowledgeBase) -> dict[str, str]:
    """The four tables as CSV text, by file name."""
    docs = kb.documents

    def table(columns, rows) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return buffer.getvalue()

    entities = [{**{k: getattr(e, k) for k in ENTITY_COLUMNS[:-2]},
                 "reports": kb.counts.get(e.id, (0, 0))[0], "sources": kb.counts.get(e.id, (0, 0))[1]}
                for e in kb.entities.values()]
    events, claims = [], []
    for e in kb.events:
        doc = docs[e.doc_id]
        sentence = doc.text[e.start:e.end].strip()
        events.append({"id": e.id, "type": e.type, "when": e.when, "when_text": humanize_when(e.when),
                       "attribution": e.attribution, "modality": e.modality, "doc_id": e.doc_id,
                       "outlet": doc.outlet, "published": doc.published.value, "where": e.where,
                       "actors": e.actors, "facilities": e.facilities, "products": e.products,
                       "quantities": [q.text for q in e.quantities], "trigger": e.trigger, "evidence": sentence})
        for role, ids in (("where", e.where), ("actor", e.actors), ("facility", e.facilities)):
            for entity_id in ids:
                entity = kb.entities.get(entity_id)
                claims.append({"event_id": e.id, "entity_id": entity_id, "entity_name": entity.name if entity else None,
                               "role": role, "type": e.type, "when": e.when, "doc_id": e.doc_id,
                               "outlet": doc.outlet, "attribution": e.attribution, "modality": e.modality,
                               "evidence_start": e.start, "evidence_end": e.end, "evidence": sentence})
    mentions = [{k: getattr(m, k) for k in MENTION_COLUMNS} for ms in kb.mentions.values() for m in ms]
    return {"entities.csv": table(ENTITY_COLUMNS, entities), "events.csv": table(EVENT_COLUMNS, events),
            "claims.csv": table(CLAIM_COLUMNS, claims), "mentions.csv": table(MENTION_COLUMNS, mentions)}


def write_csv(kb: KnowledgeBase, dest: Path | None) -> int:
    """The four CSV tables into a folder or a .zip; returns the number of files."""
    if dest is None:
        raise ExportError("csv writes four tables (entities, events, claims, mentions): "
                          "give --output FOLDER or --output FILE.zip")
    files = csv_tables(kb)
    try:
        if dest.suffix.lower() == ".zip":
            with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, body in files.items():
                    archive.writestr(name, body)
        else:
            dest.mkdir(parents=True, exist_ok=True)
            for name, body in files.items():
                (dest / name).write_text(body, encoding="utf-8", newline="")
    except OSError as exc:
        raise ExportError(f"cannot write {dest}: {exc.strerror}") from exc
    return len(files)


def coordinates(kb: KnowledgeBase, entity_id: str | None) -> tuple[float, float] | None:
    """(lon, lat) of an entity, or of the nearest place it lies in that has them."""
    seen = set()
    while entity_id and entity_id in kb.entities and entity_id not in seen:
        seen.add(entity_id)
        e = kb.entities[entity_id]
        if e.lat is not None and e.lon is not None:
            return (e.lon, e.lat)
        entity_id = e.located_in
    return None


def geojson(kb: KnowledgeBase) -> dict:
    """A FeatureCollection: entities with coordinates, and events placed at their facility or place.

    An event is placed at its first facility with coordinates, else its first
    place; ``placed_at`` names the entity whose point it takes.
    """
    features = []
    for e in kb.entities.values():
        if e.lat is None or e.lon is None:
            continue
        reports, sources = kb.counts.get(e.id, (0, 0))
        features.append({"type": "Feature", "id": e.id,
                         "geometry": {"type": "Point", "coordinates": [e.lon, e.lat]},
                         "properties": {"feature": "entity", "id": e.id, "kind": e.kind, "name": e.name,
                                        "level": e.level, "country": e.country, "located_in": e.located_in,
                                        "reports": reports, "sources": sources}})
    for ev in kb.events:
        placed = None
        for entity_id in (*ev.facilities, *ev.where):
            point = coordinates(kb, entity_id)
            if point:
                placed = (entity_id, point)
                break
        if placed is None:
            continue
        doc = kb.documents[ev.doc_id]
        features.append({"type": "Feature", "id": ev.id,
                         "geometry": {"type": "Point", "coordinates": list(placed[1])},
                         "properties": {"feature": "event", "id": ev.id, "type": ev.type, "when": ev.when,
                                        "when_text": humanize_when(ev.when), "attribution": ev.attribution,
                                        "modality": ev.modality, "doc_id": ev.doc_id, "outlet": doc.outlet,
                                        "published": doc.published.value, "placed_at": placed[0],
                                        "evidence": doc.text[ev.start:ev.end].strip()}})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(kb: KnowledgeBase, stream: IO[str]) -> int:
    collection = geojson(kb)
    stream.write(json.dumps(collection, ensure_ascii=False) + "\n")
    return len(collection["features"])

"""The loss-free export: JSON Lines that ``threadline import`` reads back.

One object a line, each with a ``record`` key:

- ``{"record": "format", "name": "threadline-jsonl", "version": 1}`` first;
- ``{"record": "entity", ...Entity fields}`` for every entity;
- ``{"record": "report", "document": {...}, "mentions": [...], "timexes": [...], "events": [...]}``
  per report, with everything extracted from it;
- ``{"record": "decision", ...Decision fields}`` for every analyst decision.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from threadline.errors import ExportError
from threadline.export import records
from threadline.export.snapshot import KnowledgeBase
from threadline.model import Extraction

FORMAT_NAME = "threadline-jsonl"
FORMAT_VERSION = 1
#: Reports per transaction on import.
IMPORT_BATCH = 200


def write_jsonl(kb: KnowledgeBase, stream: IO[str]) -> int:
    """Write the knowledge base; returns the number of lines."""
    lines = [{"record": "format", "name": FORMAT_NAME, "version": FORMAT_VERSION}]
    lines += [{"record": "entity", **records.to_json(e)} for e in kb.entities.values()]
    for doc_id, doc in kb.documents.items():
        lines.append({"record": "report", "document": records.to_json(doc),
                      "mentions": [records.to_json(m) for m in kb.mentions.get(doc_id, ())],
                      "timexes": [records.to_json(t) for t in kb.timexes.get(doc_id, ())],
                      "events": [records.to_json(e) for e in kb.events_of(doc_id)]})
    lines += [{"record": "decision", **records.to_json(d)} for d in kb.decisions]
    for obj in lines:
        stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return len(lines)


def import_jsonl(store, path: Path) -> dict[str, int]:
    """Load an export into ``store``; reports already stored are skipped.

    Returns:
        counts of reports newly stored, entities read and decisions recorded.
    Raises:
        ExportError: the file cannot be read, or a line is not a record of
            this format (the message names the file and line); nothing of a
            failing batch is written.
    """
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot read {path}: {exc.strerror}") from exc
    entities: dict = {}
    batch: list[Extraction] = []
    counts = {"reports stored": 0, "reports already stored": 0, "entities": 0, "decisions": 0}
    decisions = []

    def flush():
        if not batch:
            return
        # Every entity travels with the first batch: entities are written with
        # new reports, and some (provinces) are named by no mention at all.
        first = batch[0]
        if entities and counts["entities"] == 0:
            batch[0] = Extraction(first.document, tuple(entities.values()), first.mentions, first.timexes,
                                  first.events)
            counts["entities"] = len(entities)
        written = store.save_extractions(batch)
        counts["reports stored"] += written
        counts["reports already stored"] += len(batch) - written
        batch.clear()

    with handle:
        for number, text in enumerate(handle, 1):
            where = f"{path}:{number}"
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ExportError(f"{where}: malformed JSON ({exc.msg})") from exc
            kind = obj.pop("record", None) if isinstance(obj, dict) else None
            if number == 1 and kind != "format":
                raise ExportError(f"{where}: not a Threadline JSON Lines export (no format line)")
            if kind == "format":
                if obj.get("name") != FORMAT_NAME or obj.get("version") != FORMAT_VERSION:
                    raise ExportError(f"{where}: format {obj.get('name')!r} version {obj.get('version')!r}; "
                                      f"this Threadline reads {FORMAT_NAME} version {FORMAT_VERSION}")
            elif kind == "entity":
                entity = records.entity_from(obj, where)
                entities[entity.id] = entity
            elif kind == "report":
                try:
                    doc = records.document_from(obj["document"], where)
                    batch.append(Extraction(
                        doc, (), tuple(records.mention_from(m, where) for m in obj.get("mentions", ())),
                        tuple(records.timex_from(t, where) for t in obj.get("timexes", ())),
                        tuple(records.event_from(e, where) for e in obj.get("events", ()))))
                except (KeyError, TypeError, AttributeError) as exc:
                    raise ExportError(f"{where}: malformed report record ({exc!r})") from exc
                if len(batch) >= IMPORT_BATCH:
                    flush()
            elif kind == "decision":
                decisions.append(records.decision_from(obj, where))
            else:
                raise ExportError(f"{where}: unknown record {kind!r}")
    flush()
    known = {d.id for d in store.decisions()}
    for d in decisions:
        if d.id not in known:
            store.add_decision(d)
            counts["decisions"] += 1
    return counts

"""Output formats: the evaluation contract, and exports of the whole knowledge base or a slice.

``snapshot(store, ...)`` reads what to export; ``write(kb, format, dest, stream)``
writes it as jsonl, csv, geojson, stix, ftm, graphml or timeml.
"""
from __future__ import annotations

from pathlib import Path
from typing import IO

from threadline.errors import ExportError
from threadline.export.snapshot import KnowledgeBase, snapshot

#: Formats of a knowledge-base export and what each writes.
FORMATS = {
    "jsonl": "everything, loss-free, re-importable with `threadline import`",
    "csv": "entities.csv, events.csv, claims.csv, mentions.csv (a folder or a .zip)",
    "geojson": "entities with coordinates and events placed at them",
    "stix": "a STIX 2.1 bundle",
    "ftm": "FollowTheMoney entities, one a line (Aleph)",
    "graphml": "entities and their relations",
    "timeml": "one TimeML file per report (a folder or a .zip)",
}

__all__ = ["snapshot", "write", "KnowledgeBase", "ExportError", "FORMATS"]


def write(kb: KnowledgeBase, format: str, dest: Path | None, stream: IO[str], domain_pack: str | None = None) -> str:
    """Write ``kb`` in ``format`` to ``dest`` (a file, folder or .zip) or, without one, to ``stream``.

    Returns:
        what was written, e.g. "12 reports as TimeML".
    Raises:
        ExportError: an unknown format, or a destination that cannot be written.
    """
    if format not in FORMATS:
        raise ExportError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    if format == "csv":
        from threadline.export.tables import write_csv
        return f"{write_csv(kb, dest)} CSV tables"
    if format == "timeml":
        from threadline.export.timeml import write_timeml
        return f"{write_timeml(kb, dest, stream)} TimeML file(s)"
    sink = stream
    if dest is not None:
        try:
            sink = open(dest, "w", encoding="utf-8")
        except OSError as exc:
            raise ExportError(f"cannot write {dest}: {exc.strerror}") from exc
    try:
        if format == "jsonl":
            from threadline.export.jsonl import write_jsonl
            return f"{write_jsonl(kb, sink)} JSON lines"
        if format == "geojson":
            from threadline.export.tables import write_geojson
            return f"{write_geojson(kb, sink)} GeoJSON features"
        if format == "stix":
            from threadline.export.stix import write_stix
            return f"{write_stix(kb, sink, domain_pack)} STIX objects"
        if format == "ftm":
            from threadline.export.ftm import write_ftm
            return f"{write_ftm(kb, sink)} FollowTheMoney entities"
        from threadline.export.graphml import write_graphml
        return f"{write_graphml(kb, sink)} GraphML nodes"
    finally:
        if dest is not None:
            sink.close()

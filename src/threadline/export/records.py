"""Records as JSON-ready dicts and back: the loss-free form of the JSON Lines export."""
from __future__ import annotations

import dataclasses
from typing import Any

from threadline.errors import ExportError
from threadline.model import Decision, Document, Entity, Event, Mention, PublishedDate, Quantity, Span, Timex


def to_json(record: Any) -> dict:
    """A frozen record as a dict of JSON values (tuples become lists)."""
    return _plain(dataclasses.asdict(record))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _spans(raw: Any) -> tuple[Span, ...]:
    return tuple(Span(int(s["start"]), int(s["end"])) for s in raw or ())


def _build(cls, raw: dict, where: str, **special):
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = set(raw) - names
    if unknown:
        raise ExportError(f"{where}: unknown {cls.__name__} field(s) {', '.join(sorted(unknown))}")
    values = {}
    for key, value in raw.items():
        if key in special:
            values[key] = special[key](value)
        elif isinstance(value, list):
            values[key] = tuple(value)
        else:
            values[key] = value
    try:
        return cls(**values)
    except TypeError as exc:
        raise ExportError(f"{where}: not a {cls.__name__} record ({exc})") from exc


def document_from(raw: dict, where: str) -> Document:
    return _build(Document, raw, where, published=lambda p: PublishedDate(**(p or {})),
                  content=_spans, boilerplate=_spans)


def entity_from(raw: dict, where: str) -> Entity:
    return _build(Entity, raw, where)


def mention_from(raw: dict, where: str) -> Mention:
    return _build(Mention, raw, where)


def timex_from(raw: dict, where: str) -> Timex:
    return _build(Timex, raw, where)


def event_from(raw: dict, where: str) -> Event:
    return _build(Event, raw, where, evidence=_spans,
                  quantities=lambda qs: tuple(Quantity.from_stored(q) for q in qs or ()))


def decision_from(raw: dict, where: str) -> Decision:
    return _build(Decision, raw, where)

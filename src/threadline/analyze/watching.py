"""What is new about what an analyst watches since the last report."""
from __future__ import annotations

from dataclasses import dataclass

from threadline.errors import NotFoundError
from threadline.model import Document, Event


@dataclass(frozen=True)
class WatchNews:
    """The events new for one watch: from reports stored after it was last reported on."""

    watch: object          # store.Watch
    events: tuple[tuple[Event, Document], ...]
    problem: str | None = None


def watch_news(store, watches=None) -> tuple[list[WatchNews], str | None]:
    """The news for each watch, and the newest report time seen (to mark them reported up to).

    An entity watch takes in everything located in the entity.
    """
    watches = store.watches() if watches is None else watches
    if not watches:
        return [], None
    oldest = min(w.reported_at for w in watches)
    fresh = store.documents_stored_since(oldest)
    newest = max(fresh.values()) if fresh else None
    docs: dict[str, Document] = {}
    out = []
    for w in watches:
        new_ids = {d for d, at in fresh.items() if at > w.reported_at}
        if not new_ids:
            out.append(WatchNews(w, ()))
            continue
        if w.kind == "type":
            events = store.events(type=w.target)
        else:
            try:
                ids = {w.target} | {e.id for e in store.children(w.target)}
            except NotFoundError as exc:
                out.append(WatchNews(w, (), str(exc)))
                continue
            events = store.events(entity_ids=ids)
        pairs = []
        for e in events:
            if e.doc_id in new_ids:
                doc = docs.get(e.doc_id) or docs.setdefault(e.doc_id, store.get_document(e.doc_id))
                pairs.append((e, doc))
        out.append(WatchNews(w, tuple(pairs)))
    return out, newest

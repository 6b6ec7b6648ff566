"""Store methods for watching (``threadline watch``) and following feeds (``threadline follow``).

A mixin of ``Store`` (``base.py``), which provides ``_tx`` and ``_insert``.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, update

from threadline.errors import NotFoundError
from threadline.model import make_id
from threadline.store import records as rec
from threadline.store import schema as t


@dataclass(frozen=True)
class Watch:
    """Something an analyst watches: ``kind`` "entity" (``target`` an id) or "type" (an event type)."""

    id: str
    kind: str
    target: str
    label: str
    created_at: str
    reported_at: str


@dataclass(frozen=True)
class FeedState:
    """What the last poll of a feed learned: its validators, when, and how it went."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    checked_at: str | None = None
    status: str | None = None


class Tracking:
    """Watches and followed feeds."""

    def add_watch(self, kind: str, target: str, label: str) -> Watch:
        """Watch an entity or an event type from now on (adding it twice keeps the first)."""
        now = rec.utc_now()
        watch = Watch(make_id("watch", kind, target), kind, target, label, now, now)
        with self._tx("adding a watch", write=True) as conn:
            conn.execute(self._insert(t.watches).values(**watch.__dict__).on_conflict_do_nothing())
            row = conn.execute(select(t.watches).where(t.watches.c.id == watch.id)).one()
        return Watch(**row._mapping)

    def watches(self) -> list[Watch]:
        with self._tx("listing watches") as conn:
            return [Watch(**row._mapping) for row in
                    conn.execute(select(t.watches).order_by(t.watches.c.created_at, t.watches.c.id))]

    def remove_watch(self, watch_id: str) -> None:
        with self._tx("removing a watch", write=True) as conn:
            if conn.execute(delete(t.watches).where(t.watches.c.id == watch_id)).rowcount == 0:
                raise NotFoundError(f"no watch {watch_id!r}; `threadline watch list` lists them")

    def mark_reported(self, watch_ids: list[str], at: str) -> None:
        """Record that the watches were reported on up to ``at``."""
        with self._tx("marking watches reported", write=True) as conn:
            conn.execute(update(t.watches).where(t.watches.c.id.in_(watch_ids)).values(reported_at=at))

    def documents_stored_since(self, at: str) -> dict[str, str]:
        """Ids of documents stored after ``at`` (a UTC ISO timestamp), with when."""
        d = t.documents
        with self._tx("listing new documents") as conn:
            return {row.id: row.stored_at for row in
                    conn.execute(select(d.c.id, d.c.stored_at).where(d.c.stored_at > at))}

    def feed_state(self, url: str) -> FeedState:
        with self._tx("reading a feed's state") as conn:
            row = conn.execute(select(t.feeds).where(t.feeds.c.url == url)).first()
        return FeedState(**row._mapping) if row else FeedState(url)

    def save_feed_state(self, state: FeedState, entries: list[str] = ()) -> None:
        """Record a poll: the feed's validators and the entries now taken (one transaction)."""
        now = rec.utc_now()
        with self._tx("recording a feed poll", write=True) as conn:
            conn.execute(delete(t.feeds).where(t.feeds.c.url == state.url))
            conn.execute(t.feeds.insert().values(**state.__dict__))
            if entries:
                conn.execute(self._insert(t.feed_entries).on_conflict_do_nothing(),
                             [{"feed_url": state.url, "entry": e, "seen_at": now} for e in dict.fromkeys(entries)])

    def seen_entries(self, url: str) -> set[str]:
        fe = t.feed_entries
        with self._tx("reading a feed's entries") as conn:
            return set(conn.execute(select(fe.c.entry).where(fe.c.feed_url == url)).scalars())

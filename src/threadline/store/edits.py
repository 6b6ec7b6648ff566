"""Analyst edits: the decision log and the merge, split, rename and alias
operations, each in one transaction with the decision that asked for it.

A mixin of ``Store`` (``base.py``), which provides the transaction and
entity helpers used here (``_tx``, ``_entity``, ``_insert``,
``_update_entity``, ``_upsert_entities``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Collection

from sqlalchemy import Connection, delete, select, update

from threadline.errors import StoreError
from threadline.model import DECISION_ACTIONS, Decision, Entity
from threadline.store import records as rec
from threadline.store import schema as t


class AnalystEdits:
    """Store methods that apply analyst decisions to the knowledge base."""

    def add_decision(self, d: Decision) -> None:
        """Record an analyst decision (audit log; the resolver replays it).

        ``created_at`` is set to now (UTC) when empty. Recording the same
        decision twice stores it once.

        Raises:
            StoreError: an unknown action or a missing analyst.
        """
        with self._tx("recording a decision", write=True) as conn:
            self._add_decision(conn, d)

    def _add_decision(self, conn: Connection, d: Decision | None) -> None:
        if d is None:
            return
        if d.action not in DECISION_ACTIONS:
            raise StoreError(f"unknown decision action {d.action!r}; known: {', '.join(DECISION_ACTIONS)}")
        if not d.analyst:
            raise StoreError("a decision needs the analyst who made it")
        if not d.created_at:
            d = replace(d, created_at=rec.utc_now())
        conn.execute(self._insert(t.decisions).values(**rec.decision_row(d)).on_conflict_do_nothing())

    def decisions(self) -> list[Decision]:
        """Every recorded decision, oldest first."""
        with self._tx("listing decisions") as conn:
            return [rec.decision_from(row) for row in
                    conn.execute(select(t.decisions).order_by(t.decisions.c.seq))]

    def merge_entities(self, keep: str, drop: str, decision: Decision | None = None) -> None:
        """Fold entity ``drop`` into ``keep``.

        Mentions, event arguments and ``located_in`` links to ``drop`` move to
        ``keep``; ``drop``'s name and aliases become aliases of ``keep``;
        fields ``keep`` lacks (coordinates, ...) are taken from ``drop``;
        ``drop`` is deleted and later saves that name it are redirected.

        Args:
            keep: the surviving entity id.
            drop: the entity id merged away.
            decision: the analyst decision to record in the same transaction.
        Raises:
            NotFoundError: either entity is not stored.
            StoreError: ``keep == drop``.
        """
        if keep == drop:
            raise StoreError(f"cannot merge entity {keep!r} into itself")
        with self._tx(f"merging {drop} into {keep}", write=True) as conn:
            kept, dropped = self._entity(conn, keep), self._entity(conn, drop)
            conn.execute(update(t.mentions).where(t.mentions.c.entity_id == drop).values(entity_id=keep))
            self._move_event_links(conn, drop, keep)
            conn.execute(update(t.entities).where(t.entities.c.located_in == drop).values(located_in=keep))
            # Keep's own fields win; drop fills the gaps; names become aliases.
            merged = replace(rec.merge_entity(dropped, kept, incoming_wins=True), id=keep, aliases=kept.aliases)
            merged = rec.with_aliases(merged, [dropped.name, *dropped.aliases])
            located = kept.located_in if kept.located_in not in (None, drop) else dropped.located_in
            self._update_entity(conn, replace(merged, located_in=None if located in (keep, drop) else located))
            conn.execute(delete(t.entity_names).where(t.entity_names.c.entity_id == drop))
            conn.execute(delete(t.entities).where(t.entities.c.id == drop))
            conn.execute(update(t.entity_redirects).where(t.entity_redirects.c.new_id == drop).values(new_id=keep))
            conn.execute(delete(t.entity_redirects).where(t.entity_redirects.c.old_id.in_([drop, keep])))
            conn.execute(t.entity_redirects.insert().values(old_id=drop, new_id=keep))
            self._add_decision(conn, decision)

    def _move_event_links(self, conn: Connection, old: str, new: str,
                          only_events: Collection[str] | None = None) -> None:
        """Point event arguments (JSON lists and ``event_entities``) from ``old`` to ``new``."""
        ee = t.event_entities
        query = select(ee).where(ee.c.entity_id == old)
        if only_events is not None:
            if not only_events:
                return
            query = query.where(ee.c.event_id.in_(sorted(only_events)))
        links = conn.execute(query).all()
        if not links:
            return
        event_ids = sorted({row.event_id for row in links})
        conn.execute(delete(ee).where(ee.c.entity_id == old, ee.c.event_id.in_(event_ids)))
        conn.execute(self._insert(ee).on_conflict_do_nothing(),
                     [{"event_id": row.event_id, "entity_id": new, "role": row.role} for row in links])
        for row in conn.execute(select(t.events).where(t.events.c.id.in_(event_ids))).all():
            moved = rec.replace_entity_ids(rec.event_from(row), old, new)
            conn.execute(update(t.events).where(t.events.c.id == row.id).values(
                where=rec.event_row(moved)["where"], actors=rec.event_row(moved)["actors"],
                facilities=rec.event_row(moved)["facilities"]))

    def rename_entity(self, entity_id: str, name: str, decision: Decision | None = None) -> None:
        """Give an entity a new name; the old name is kept as an alias.

        Args:
            entity_id: the entity.
            name: the new name.
            decision: the analyst decision to record in the same transaction.
        Raises:
            NotFoundError: no such entity.
            StoreError: an empty name.
        """
        if not name or not name.strip():
            raise StoreError("an entity name cannot be empty")
        with self._tx(f"renaming {entity_id}", write=True) as conn:
            entity = self._entity(conn, entity_id)
            renamed = rec.with_aliases(replace(entity, name=name.strip()), [entity.name])
            self._update_entity(conn, renamed)
            self._add_decision(conn, decision)

    def add_alias(self, entity_id: str, alias: str, decision: Decision | None = None) -> None:
        """Add an alias to an entity (no-op when it already has that name).

        Args:
            entity_id: the entity.
            alias: the other name.
            decision: the analyst decision to record in the same transaction.
        Raises:
            NotFoundError: no such entity.
            StoreError: an empty alias.
        """
        if not alias or not alias.strip():
            raise StoreError("an alias cannot be empty")
        with self._tx(f"adding an alias to {entity_id}", write=True) as conn:
            entity = self._entity(conn, entity_id)
            updated = rec.with_aliases(entity, [alias.strip()])
            if updated != entity:
                self._update_entity(conn, updated)
            self._add_decision(conn, decision)

    def split_entity(self, entity_id: str, surface: str, new_entity: Entity,
                     decision: Decision | None = None) -> int:
        """Move the mentions of an entity written ``surface`` to a new entity.

        Surface forms compare like names (case, diacritics and spacing
        ignored). Event arguments move too, for events whose evidence holds
        a moved mention. ``surface`` stops being an alias of the old entity
        and becomes one of the new entity (unless it is its name).

        Args:
            entity_id: the entity being split.
            surface: the mention text to take out of it.
            new_entity: the entity those mentions now refer to (stored, or
                merged into the stored one with that id).
            decision: the analyst decision to record in the same transaction.
        Returns:
            the number of mentions moved.
        Raises:
            NotFoundError: no such entity.
            StoreError: ``new_entity`` has the same id.
        """
        if new_entity.id == entity_id:
            raise StoreError(f"split {entity_id!r}: the new entity needs a different id")
        key = rec.normalize_name(surface)
        with self._tx(f"splitting {entity_id}", write=True) as conn:
            old = self._entity(conn, entity_id)
            self._upsert_entities(conn, [rec.with_aliases(new_entity, [surface])], rec.utc_now())
            m = t.mentions
            moved = [row for row in conn.execute(select(m).where(m.c.entity_id == entity_id))
                     if rec.normalize_name(row.text) == key]
            if moved:
                conn.execute(update(m).where(m.c.id.in_([row.id for row in moved])).values(entity_id=new_entity.id))
            # Events whose evidence contains a moved mention follow it.
            spots = {(row.doc_id, row.start, row.end) for row in moved}
            doc_ids = sorted({row.doc_id for row in moved})
            affected = set()
            for chunk in rec.chunks(doc_ids):
                query = select(t.events).where(t.events.c.doc_id.in_(chunk), t.events.c.id.in_(
                    select(t.event_entities.c.event_id).where(t.event_entities.c.entity_id == entity_id)))
                for row in conn.execute(query):
                    event = rec.event_from(row)
                    if any(d == event.doc_id and any(s.start <= a and b <= s.end for s in event.evidence)
                           for d, a, b in spots):
                        affected.add(event.id)
            self._move_event_links(conn, entity_id, new_entity.id, only_events=affected)
            kept = replace(old, aliases=tuple(a for a in old.aliases
                                              if rec.alias_key(a) != rec.alias_key(surface)))
            if kept != old:
                self._update_entity(conn, kept)
            self._add_decision(conn, decision)
        return len(moved)

"""Analyst edits: the decision log and the merge, split, rename and alias
operations, each in one transaction with the decision that asked for it.

A mixin of ``Store`` (``base.py``), which provides the transaction and
entity helpers used here (``_tx``, ``_entity``, ``_insert``,
``_update_entity``, ``_upsert_entities``).
"""
from __future__ import annotations

import json
from dataclasses import replace
from types import SimpleNamespace
from typing import Collection

from sqlalchemy import Connection, delete, select, update

from threadline.errors import NotFoundError, StoreError
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

    def _add_decision(self, conn: Connection, d: Decision | None, undo: dict | None = None) -> None:
        if d is None:
            return
        if d.action not in DECISION_ACTIONS:
            raise StoreError(f"unknown decision action {d.action!r}; known: {', '.join(DECISION_ACTIONS)}")
        if not d.analyst:
            raise StoreError("a decision needs the analyst who made it")
        if not d.created_at:
            d = replace(d, created_at=rec.utc_now())
        row = rec.decision_row(d)
        row["undo"] = json.dumps(undo, ensure_ascii=False) if undo is not None else None
        conn.execute(self._insert(t.decisions).values(**row).on_conflict_do_nothing())

    def decisions(self, active_only: bool = False) -> list[Decision]:
        """Every recorded decision, oldest first.

        Args:
            active_only: leave out ``undo`` decisions and the decisions they
                reversed (what the resolver should still apply).
        """
        with self._tx("listing decisions") as conn:
            found = [rec.decision_from(row) for row in
                     conn.execute(select(t.decisions).order_by(t.decisions.c.seq))]
        if not active_only:
            return found
        undone = {d.subject for d in found if d.action == "undo"}
        return [d for d in found if d.action != "undo" and d.id not in undone]

    def undo_decision(self, decision_id: str, decision: Decision) -> Decision:
        """Reverse an analyst decision and record ``decision`` (an ``undo``) with it.

        The knowledge base returns to its state before the decision: a merged
        entity comes back with its mentions, event arguments, places inside
        it and redirects; a rename, alias or split is reversed. Later ingests
        no longer apply the decision. Reports ingested after the decision
        keep how they were resolved then.

        Args:
            decision_id: the id of the decision (``threadline entity log``); a
                unique prefix of it is enough.
            decision: the ``undo`` decision to record.
        Returns:
            the decision reversed.
        Raises:
            NotFoundError: no such decision.
            StoreError: it is already undone, is itself an undo, was recorded
                without what it changed, or a later decision about the same
                entities must be undone first.
        """
        with self._tx(f"undoing decision {decision_id}", write=True) as conn:
            rows = conn.execute(select(t.decisions).order_by(t.decisions.c.seq)).all()
            matches = [r for r in rows if r.id == decision_id] or [r for r in rows if r.id.startswith(decision_id)]
            if not matches:
                raise NotFoundError(f"no decision {decision_id!r}; `threadline entity log` lists them")
            if len(matches) > 1:
                raise StoreError(f"{decision_id!r} starts {len(matches)} decision ids; give more of it")
            row = matches[0]
            target = rec.decision_from(row)
            undone = {r.subject for r in rows if r.action == "undo"}
            if target.action == "undo":
                raise StoreError(f"{row.id} is itself an undo; to redo, make the decision again")
            if row.id in undone:
                raise StoreError(f"decision {row.id} ({target.action}) is already undone")
            if row.undo is None:
                raise StoreError(f"decision {row.id} ({target.action}) was recorded without what it changed "
                                 "(before this version of Threadline), so it cannot be undone")
            state = json.loads(row.undo)
            touched = set(state.get("entities", ()))
            for later in rows:
                if later.seq <= row.seq or later.action == "undo" or later.id in undone:
                    continue
                later_state = json.loads(later.undo) if later.undo else {}
                if touched & (set(later_state.get("entities", ())) | {later.subject, later.value}):
                    raise StoreError(f"decision {later.id} ({later.action}, {later.created_at}) came later and "
                                     "touches the same entities: undo it first")
            {"merge": self._undo_merge, "split": self._undo_split}.get(
                target.action, self._undo_entity_edit)(conn, state)
            self._add_decision(conn, replace(decision, action="undo", subject=row.id, value=target.action))
        return target

    # -- reversing ---------------------------------------------------------------

    def _entity_state(self, entity: Entity) -> dict:
        row = rec.entity_row(entity, "")
        row.pop("updated_at", None)
        return row

    def _entity_from_state(self, state: dict) -> Entity:
        return rec.entity_from(SimpleNamespace(**state))

    def _event_state(self, conn: Connection, event_ids: Collection[str]) -> dict:
        """The argument columns and links of some events, to restore later."""
        ids = sorted(event_ids)
        if not ids:
            return {"events": {}, "links": []}
        ev, ee = t.events, t.event_entities
        events = {r.id: {"where": r.where, "actors": r.actors, "facilities": r.facilities}
                  for r in conn.execute(select(ev.c.id, ev.c.where, ev.c.actors, ev.c.facilities)
                                        .where(ev.c.id.in_(ids)))}
        links = [[r.event_id, r.entity_id, r.role] for r in conn.execute(select(ee).where(ee.c.event_id.in_(ids)))]
        return {"events": events, "links": links}

    def _restore_events(self, conn: Connection, state: dict) -> None:
        events = state.get("events", {})
        if not events:
            return
        for event_id, columns in events.items():
            conn.execute(update(t.events).where(t.events.c.id == event_id).values(**columns))
        conn.execute(delete(t.event_entities).where(t.event_entities.c.event_id.in_(sorted(events))))
        if state["links"]:
            conn.execute(t.event_entities.insert(),
                         [{"event_id": e, "entity_id": i, "role": r} for e, i, r in state["links"]])

    def _undo_entity_edit(self, conn: Connection, state: dict) -> None:
        before = self._entity_from_state(state["before"])
        self._entity(conn, before.id)
        self._update_entity(conn, before)

    def _undo_merge(self, conn: Connection, state: dict) -> None:
        kept, dropped = self._entity_from_state(state["kept"]), self._entity_from_state(state["dropped"])
        now = rec.utc_now()
        conn.execute(self._insert(t.entities).on_conflict_do_nothing(), [rec.entity_row(dropped, now)])
        self._update_entity(conn, dropped, now)
        self._update_entity(conn, kept, now)
        for chunk in rec.chunks(state["mentions"]):
            conn.execute(update(t.mentions).where(t.mentions.c.id.in_(chunk)).values(entity_id=dropped.id))
        self._restore_events(conn, state)
        for chunk in rec.chunks(state["children"]):
            conn.execute(update(t.entities).where(t.entities.c.id.in_(chunk)).values(located_in=dropped.id))
        r = t.entity_redirects
        conn.execute(delete(r).where(r.c.old_id == dropped.id))
        for chunk in rec.chunks(state["redirects_in"]):
            conn.execute(update(r).where(r.c.old_id.in_(chunk)).values(new_id=dropped.id))
        if state["redirects_deleted"]:
            conn.execute(self._insert(r).on_conflict_do_nothing(),
                         [{"old_id": o, "new_id": n} for o, n in state["redirects_deleted"]])

    def _undo_split(self, conn: Connection, state: dict) -> None:
        old = self._entity_from_state(state["before"])
        new_id = state["new_id"]
        for chunk in rec.chunks(state["mentions"]):
            conn.execute(update(t.mentions).where(t.mentions.c.id.in_(chunk)).values(entity_id=old.id))
        self._restore_events(conn, state)
        self._update_entity(conn, old)
        if state["new_before"] is not None:
            self._update_entity(conn, self._entity_from_state(state["new_before"]))
        else:
            still = conn.execute(select(t.mentions.c.id).where(t.mentions.c.entity_id == new_id).limit(1)).first()
            if still is None:
                conn.execute(delete(t.entity_names).where(t.entity_names.c.entity_id == new_id))
                conn.execute(delete(t.entities).where(t.entities.c.id == new_id))

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
            r = t.entity_redirects
            affected = {row.event_id for row in conn.execute(
                select(t.event_entities.c.event_id).where(t.event_entities.c.entity_id == drop))}
            undo = {"entities": [keep, drop], "kept": self._entity_state(kept), "dropped": self._entity_state(dropped),
                    "mentions": list(conn.execute(select(t.mentions.c.id).where(t.mentions.c.entity_id == drop))
                                     .scalars()),
                    "children": list(conn.execute(select(t.entities.c.id).where(t.entities.c.located_in == drop))
                                     .scalars()),
                    "redirects_in": list(conn.execute(select(r.c.old_id).where(r.c.new_id == drop)).scalars()),
                    "redirects_deleted": [[row.old_id, row.new_id] for row in conn.execute(
                        select(r).where(r.c.old_id.in_([drop, keep])))],
                    **self._event_state(conn, affected)}
            conn.execute(update(t.mentions).where(t.mentions.c.entity_id == drop).values(entity_id=keep))
            self._move_event_links(conn, drop, keep)
            conn.execute(update(t.entities).where(t.entities.c.located_in == drop).values(located_in=keep))
            # Keep's own fields win; drop fills the gaps; names become aliases.
            merged = replace(rec.merge_entity(dropped, kept), id=keep, aliases=kept.aliases)
            merged = rec.with_aliases(merged, [dropped.name, *dropped.aliases])
            located = kept.located_in if kept.located_in not in (None, drop) else dropped.located_in
            self._update_entity(conn, replace(merged, located_in=None if located in (keep, drop) else located))
            conn.execute(delete(t.entity_names).where(t.entity_names.c.entity_id == drop))
            conn.execute(delete(t.entities).where(t.entities.c.id == drop))
            conn.execute(update(t.entity_redirects).where(t.entity_redirects.c.new_id == drop).values(new_id=keep))
            conn.execute(delete(t.entity_redirects).where(t.entity_redirects.c.old_id.in_([drop, keep])))
            conn.execute(t.entity_redirects.insert().values(old_id=drop, new_id=keep))
            self._add_decision(conn, decision, undo)

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
            self._add_decision(conn, decision, {"entities": [entity_id], "before": self._entity_state(entity)})

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
            self._add_decision(conn, decision, {"entities": [entity_id], "before": self._entity_state(entity)})

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
            new_before = self._load_entities(conn, [new_entity.id]).get(new_entity.id)
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
            undo = {"entities": [entity_id, new_entity.id], "before": self._entity_state(old),
                    "new_id": new_entity.id,
                    "new_before": self._entity_state(new_before) if new_before is not None else None,
                    "mentions": [row.id for row in moved], **self._event_state(conn, affected)}
            self._move_event_links(conn, entity_id, new_entity.id, only_events=affected)
            kept = replace(old, aliases=tuple(a for a in old.aliases
                                              if rec.alias_key(a) != rec.alias_key(surface)))
            if kept != old:
                self._update_entity(conn, kept)
            self._add_decision(conn, decision, undo)
        return len(moved)

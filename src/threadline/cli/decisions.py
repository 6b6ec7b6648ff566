"""Analyst decisions: entity merge, split, rename, log, undo; alias add."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from threadline.cli.common import (ConfigOption, DbOption, FormatOption, OffsetOption, ReasonOption, alias_app,
                                   entity_app, fail, listing_format, make_decision, out, session)
from threadline.cli.output import Listing, line, page, render


@entity_app.command("merge")
def entity_merge(keep: str = typer.Argument(..., help="The entity to keep (name or id)."),
                 drop: str = typer.Argument(..., help="The entity folded into it."),
                 force: bool = typer.Option(False, "--force", help="Merge even entities of different kinds."),
                 reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Two entities are one thing: fold DROP into KEEP, now and on every later run."""
    from threadline import analyze
    with session(db, config, write=True) as (settings, store):
        a = analyze.find_entity(store, keep, settings.domain_pack)
        b = analyze.find_entity(store, drop, settings.domain_pack)
        problem = analyze.merge_problem(a, b)
        if problem and not force:
            fail(analyze.MergeRefused(f"{problem}; add --force if they really are one thing"))
        store.merge_entities(a.id, b.id, decision=make_decision(settings, "merge", a.id, b.id, reason))
    line(out, f"merged {b.name} ({b.id}) into {a.name} ({a.id})")


@entity_app.command("split")
def entity_split(entity: str = typer.Argument(..., help="The entity (name or id)."),
                 surface: str = typer.Argument(..., help="The spelling whose mentions are another thing."),
                 reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Mentions spelled SURFACE are a different thing: move them to a new entity."""
    from threadline import analyze
    from threadline.model import Entity, make_id
    with session(db, config, write=True) as (settings, store):
        ent = analyze.find_entity(store, entity, settings.domain_pack)
        new = Entity(make_id("split", ent.id, surface.lower()), ent.kind, surface,
                     source=f"analyst split of {ent.id}")
        moved = store.split_entity(ent.id, surface, new, decision=make_decision(settings, "split", ent.id, surface, reason))
    line(out, f"split {moved} mention(s) of {surface!r} out of {ent.name} into {new.id}")


@entity_app.command("rename")
def entity_rename(entity: str = typer.Argument(...), name: str = typer.Argument(..., help="The new name."),
                  reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Give an entity a new canonical name (the old one stays an alias)."""
    from threadline import analyze
    with session(db, config, write=True) as (settings, store):
        ent = analyze.find_entity(store, entity, settings.domain_pack)
        store.rename_entity(ent.id, name, decision=make_decision(settings, "rename", ent.id, name, reason))
    line(out, f"renamed {ent.id}: {ent.name} → {name}")


@alias_app.command("add")
def alias_add(entity: str = typer.Argument(...), alias: str = typer.Argument(..., help="Another name for it."),
              reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Record another name of an entity; later reports spelled so resolve to it."""
    from threadline import analyze
    with session(db, config, write=True) as (settings, store):
        ent = analyze.find_entity(store, entity, settings.domain_pack)
        store.add_alias(ent.id, alias, decision=make_decision(settings, "alias", ent.id, alias, reason))
    line(out, f"{alias!r} is now an alias of {ent.name} ({ent.id})")


@entity_app.command("log")
def entity_log(limit: int = typer.Option(0, "--limit", min=0, help="Rows to show (0: all)."),
               offset: int = OffsetOption, format: Optional[str] = FormatOption,
               db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """The audit log of analyst decisions: who, when, what, why."""
    fmt = listing_format(format)
    with session(db, config) as (settings, store):
        found = store.decisions()
    undone_by = {d.subject: d.id for d in found if d.action == "undo"}
    rows = [{"id": d.id, "when": d.created_at, "analyst": d.analyst, "action": d.action, "subject": d.subject,
             "value": d.value, "reason": d.reason, "undone_by": undone_by.get(d.id)}
            for d in page(found, limit, offset)]
    render(Listing("decisions", ["id", "when", "analyst", "action", "subject", "value", "reason", "undone_by"],
                   rows, len(found), offset,
                   cell={"undone_by": lambda r: f"undone by {r['undone_by']}" if r["undone_by"] else ""}),
           fmt, out)


@entity_app.command("undo")
def entity_undo(decision: str = typer.Argument(..., help="A decision id from `threadline entity log` (a unique "
                                                          "prefix is enough)."),
                reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Reverse an analyst decision (merge, split, rename, alias); the log keeps both."""
    with session(db, config, write=True) as (settings, store):
        undone = store.undo_decision(decision, make_decision(settings, "undo", decision, "", reason))
    line(out, f"undid {undone.action} of {undone.subject} ({undone.value}) made by {undone.analyst} "
              f"at {undone.created_at}")

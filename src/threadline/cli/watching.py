"""watch add/list/remove/report and follow."""
from __future__ import annotations

import time
from pathlib import Path
from typing import List, Optional

import typer

from threadline.cli.common import (ConfigOption, DbOption, FormatOption, app, err, event_row, fail, listing_format,
                                   out, session, styled, watch_app)
from threadline.cli.output import Listing, line, quote, render, safe
from threadline.errors import ThreadlineError
from threadline.model import EVENT_TYPES


# -- watching and following -------------------------------------------------------------------

@watch_app.command("add")
def watch_add(target: str = typer.Argument(..., help="An entity or place (any spelling, or id), or an event type."),
              db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Watch an entity (with everything located in it) or an event type from now on."""
    from threadline import analyze
    with session(db, config, write=True) as (settings, store):
        if target.upper() in EVENT_TYPES:
            w = store.add_watch("type", target.upper(), target.upper())
        else:
            ent = analyze.find_entity(store, target, settings.domain_pack)
            w = store.add_watch("entity", ent.id, ent.name)
    line(out, f"watching {w.kind} {w.label} ({w.target}) as {w.id}; `threadline watch report` shows what is new")


@watch_app.command("list")
def watch_list(format: Optional[str] = FormatOption, db: Optional[str] = DbOption,
               config: Optional[Path] = ConfigOption):
    """What is watched, and when it was last reported on."""
    fmt = listing_format(format)
    with session(db, config) as (settings, store):
        found = store.watches()
    rows = [{"id": w.id, "kind": w.kind, "target": w.target, "label": w.label, "since": w.created_at,
             "reported_at": w.reported_at} for w in found]
    render(Listing("watches", ["id", "kind", "target", "label", "since", "reported_at"], rows, len(rows)), fmt, out)


@watch_app.command("remove")
def watch_remove(watch_id: str = typer.Argument(..., help="A watch id from `threadline watch list`."),
                 db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Stop watching something."""
    with session(db, config, write=True) as (settings, store):
        store.remove_watch(watch_id)
    line(out, f"removed {watch_id}")


@watch_app.command("report")
def watch_report(keep: bool = typer.Option(False, "--keep", help="Do not mark what is shown as reported."),
                 format: Optional[str] = FormatOption, db: Optional[str] = DbOption,
                 config: Optional[Path] = ConfigOption):
    """What is new about each watch since the last report (then marks it reported)."""
    from threadline import analyze
    from threadline.temporal.humanize import humanize_when
    fmt = listing_format(format)
    with session(db, config, write=not keep) as (settings, store):
        news, newest = analyze.watch_news(store)
        if newest and not keep:
            store.mark_reported([n.watch.id for n in news], newest)
    rows = [{"watch": n.watch.id, "watching": n.watch.label, **event_row(e, d, humanize_when)}
            for n in news for e, d in n.events]
    if fmt != "table":
        render(Listing("events", list(rows[0]) if rows else ["watch", "watching", "id"], rows, len(rows)), fmt, out)
        return
    if not news:
        out.print("nothing is watched; add something with `threadline watch add NAME|TYPE`")
    for n in news:
        w = n.watch
        head = f"{w.label} ({w.kind}): " + (n.problem or f"{len(n.events)} new event(s) since {w.reported_at[:16]}")
        out.print(styled(safe(head), style="bold"), soft_wrap=True)
        for e, doc in n.events:
            line(out, f"  {humanize_when(e.when)} {e.type} — {doc.outlet or doc.id}: "
                      f"“{quote(doc.text[e.start:e.end], 160)}”")


@app.command()
def follow(feeds: List[str] = typer.Argument(..., help="RSS/Atom feed URLs."),
           every: str = typer.Option("30m", "--every", help="Time between polls: 90s, 30m, 2h, 1d."),
           once: bool = typer.Option(False, "--once", help="Poll each feed once and stop."),
           allow_private: bool = typer.Option(False, "--allow-private", help="Allow private/loopback addresses."),
           db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Poll feeds (conditional requests) and ingest only new items, until stopped (Ctrl-C or SIGTERM)."""
    import signal
    import threading

    from threadline.follow import follow as follow_feeds
    from threadline.follow import parse_interval
    try:
        every_s = parse_interval(every)
    except ThreadlineError as exc:
        fail(exc)
    stop = threading.Event()

    def on_signal(signum, frame):
        # Finish the poll in progress (its batch commits), then stop.
        stop.set()
        err.print("stopping after the current poll…")

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}

    def report(r):
        what = {"not modified": "not modified", "no new entries": "no new entries",
                "failed": "failed: " + "; ".join(f.reason for f in r.failures)}.get(
            r.status, f"{r.new_entries} new entr(ies), {r.stored} stored")
        line(out, f"{time.strftime('%H:%M:%S')} {r.url}: {what}")

    try:
        with session(db, config, write=True, allow_private=allow_private or None) as (settings, store):
            rounds = follow_feeds(feeds, settings, store, every_s, stop, report, rounds=1 if once else None)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    out.print(f"stopped after {rounds} round(s)", markup=False)

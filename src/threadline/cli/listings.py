"""The read commands: entities, show, events, search, claims, reports, failures."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from threadline.cli.common import (ConfigOption, DbOption, FormatOption, OffsetOption, app, choice, event_row,
                                   listing_format, out, session, styled)
from threadline.cli.output import Listing, line, page, quote, render, safe
from threadline.model import ENTITY_KINDS, EVENT_TYPES


#: Entities located in the one shown that ``show`` names.
INSIDE_SHOWN = 40


@app.command()
def entities(kind: Optional[str] = typer.Option(None, "--kind", help="place, organization, facility or person."),
             limit: int = typer.Option(50, "--limit", min=0, help="Rows to show (0: all)."),
             offset: int = OffsetOption, format: Optional[str] = FormatOption,
             db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """What is known, with counts of reports and sources."""
    kind = choice(kind, ENTITY_KINDS, "--kind")
    fmt = listing_format(format)
    with session(db, config) as (settings, store):
        # The page is cut by the database; the count is of the reported entities alone.
        found = store.entity_summaries(kind, limit=limit or None, offset=offset, reported=True)
        total = store.count_entities(kind, reported=True)
    rows = [{"id": s.entity.id, "kind": s.entity.kind, "name": s.entity.name, "located_in": s.entity.located_in,
             "country": s.entity.country, "lat": s.entity.lat, "lon": s.entity.lon,
             "aliases": list(s.entity.aliases), "reports": s.reports, "sources": s.sources,
             "mentions": s.mentions} for s in found]
    render(Listing("entities", list(rows[0]) if rows else ["id", "kind", "name"], rows, total, offset,
                   table_columns=["id", "kind", "name", "located_in", "reports", "sources", "mentions"]), fmt, out)


@app.command()
def show(name: str = typer.Argument(..., help="An entity's name (any spelling) or id."),
         latest: int = typer.Option(50, "--latest", min=0, help="Events to show, the latest by date (0: all)."),
         db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """One entity: what is located in it, and its timeline of events with their evidence."""
    from threadline import analyze
    from threadline.temporal.humanize import humanize_when
    with session(db, config) as (settings, store):
        entity = analyze.find_entity(store, name, settings.domain_pack)
        inside, entries = analyze.timeline(store, entity, latest=latest or None, inside_limit=INSIDE_SHOWN + 1)
        total = (store.count_events(entity_ids=[entity.id, *store.descendant_ids(entity.id)], cap=analyze.COUNT_CAP)
                 if latest and len(entries) == latest else len(entries))
        written = analyze.spellings(store, entity.id)
        groups = analyze.claims_about(store, entity.id, settings.domain_pack, latest=settings.claims_window or None)
    where = ", ".join(x for x in (entity.level, entity.admin1, entity.country) if x)
    coords = f" @ {entity.lat:.3f}, {entity.lon:.3f}" if entity.lat is not None else ""
    out.print(styled(safe(entity.name), style="bold") + styled(f" ({entity.kind}{', ' + safe(where) if where else ''})"
                                                             f"{coords}  ") + styled(entity.id, style="dim"))
    if entity.aliases:
        line(out, "also:", ", ".join(entity.aliases[:12]))
    if written:
        line(out, "written as:", "; ".join(f"{text} ×{n} ({method}, {conf:.2f})"
                                           for text, method, conf, n in written[:10]))
    if inside:
        line(out, "located in it:", ", ".join(e.name for e in inside[:INSIDE_SHOWN])
             + (", …" if len(inside) > INSIDE_SHOWN else ""))
    if not entries:
        out.print("no events stored for it yet")
    for x in entries:
        ev, doc = x.event, x.document
        out.print()
        out.print(styled(humanize_when(ev.when), style="bold")
                  + styled(safe(f" {ev.type} — {ev.attribution}, {ev.modality}  "))
                  + styled(safe(f"{doc.outlet or ''} {humanize_when(doc.published.value) if doc.published.value else ''} "
                               f"{doc.source}"), style="dim"), soft_wrap=True)
        for s, sentence in zip(ev.evidence, x.sentences):
            line(out, f"  [{s.start}:{s.end}] “{quote(sentence, 400)}”")
    if total > len(entries):
        out.print()
        line(out, f"the latest {len(entries)} of {'at least ' if total >= analyze.COUNT_CAP else ''}{total} events;",
             f"all of them: threadline show {entity.id} --latest 0, or threadline events --entity {entity.id}")
    told_twice = [g for g in groups if len(g.claims) > 1 or g.contradictions]
    if told_twice:
        out.print()
        out.print(styled("Happenings told by more than one report, or contradicted", style="bold"))
        for g in told_twice:
            out.print(safe(f"  {g.type} {humanize_when(g.when)}: {len(g.claims)} claim(s), {g.independent_sources} "
                           f"independent source(s): {'; '.join(g.sources)}"), markup=False, soft_wrap=True)
            for c in g.contradictions:
                out.print(safe(f"    contradiction ({c.field}): {c.note}"), markup=False, soft_wrap=True)
        line(out, "why:", f"threadline claims --entity {entity.id} --explain")


@app.command()
def events(type: Optional[str] = typer.Option(None, "--type", help="Event type, e.g. INSPECTION (any case)."),
           since: Optional[str] = typer.Option(None, "--since", help="YYYY, YYYY-MM or YYYY-MM-DD."),
           until: Optional[str] = typer.Option(None, "--until"),
           place: Optional[str] = typer.Option(None, "--place", help="Only events in this place or below it."),
           entity: Optional[str] = typer.Option(None, "--entity", help="Only events naming this entity."),
           limit: int = typer.Option(100, "--limit", min=0, help="Rows to show (0: all)."),
           offset: int = OffsetOption, format: Optional[str] = FormatOption,
           db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Events, filtered by type, time and place."""
    from threadline import analyze
    from threadline.temporal.humanize import humanize_when
    type = choice(type, EVENT_TYPES, "--type", upper=True)
    fmt = listing_format(format)
    with session(db, config) as (settings, store):
        filters = dict(type=type, since=since, until=until, within=tuple(n for n in (place, entity) if n),
                       domain_pack=settings.domain_pack)
        found = analyze.find_events(store, **filters, limit=limit or None, offset=offset)
        # Counted only as far as a listing needs: the page's end, or COUNT_CAP.
        cap = max(analyze.COUNT_CAP, offset + limit + 1) if limit else None
        total = analyze.count_events(store, **filters, cap=cap)
    rows = [event_row(e, doc, humanize_when) for e, doc in found]
    render(Listing("events", list(rows[0]) if rows else ["id", "when", "type"], rows, total, offset,
                   capped=cap is not None and total >= cap,
                   table_columns=["when", "type", "attribution", "modality", "report", "evidence"],
                   cell={"when": lambda r: r["when_text"] or "undated",
                         "report": lambda r: f"{r['outlet'] or ''} {r['doc_id']}",
                         "evidence": lambda r: f"“{quote(r['evidence'], 300)}”"}, long_column="evidence"), fmt, out)


@app.command()
def search(query: str = typer.Argument(..., help="Words or a \"quoted phrase\"."),
           limit: int = typer.Option(20, "--limit", min=0, help="Hits to show (0: all)."),
           offset: int = OffsetOption, format: Optional[str] = FormatOption,
           db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Full-text search over reports and claims (any query is accepted; punctuation is ignored)."""
    fmt = listing_format(format)
    with session(db, config) as (settings, store):
        from threadline.analyze import COUNT_CAP
        cap = max(COUNT_CAP, offset + limit + 1) if limit else None
        total = store.search_count(query, cap=cap)
        hits = store.search(query, (offset + limit) if limit else max(total, 1))[offset:]
    rows = [{"kind": h.kind, "event_type": h.event_type, "doc_id": h.doc_id, "event_id": h.event_id,
             "title": h.title, "start": h.start, "end": h.end, "snippet": h.snippet} for h in hits]
    listing = Listing("hits", list(rows[0]) if rows else ["kind", "doc_id", "snippet"], rows,
                      max(total, offset + len(rows)), offset, capped=cap is not None and total >= cap)
    if fmt != "table":
        render(listing, fmt, out)
        return
    for h in rows:
        what = f"{h['event_type']} event" if h["event_type"] else h["kind"]
        line(out, f"{what} {h['doc_id']} [{h['start']}:{h['end']}] {h['title'] or ''}")
        line(out, f"  {h['snippet']}")
    out.print(listing.summary(), markup=False)


@app.command()
def claims(entity: str = typer.Option(..., "--entity", help="The entity the claims are about."),
           explain: bool = typer.Option(False, "--explain",
                                        help="Say why each claim joined its happening and counts as its origin."),
           limit: int = typer.Option(0, "--limit", min=0, help="Groups to show (0: all)."),
           offset: int = OffsetOption, format: Optional[str] = FormatOption,
           db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Claims about an entity, grouped by happening, with independent origins and contradictions."""
    from threadline import analyze
    from threadline.temporal.humanize import humanize_when
    fmt = listing_format(format)
    with session(db, config) as (settings, store):
        ent = analyze.find_entity(store, entity, settings.domain_pack)
        window = settings.claims_window or None
        groups = analyze.claims_about(store, ent.id, settings.domain_pack, latest=window)
        grouped = sum(len(g.claims) for g in groups)
        stored = store.count_claims(ent.id) if window and grouped == window else grouped
    shown = page(groups, limit, offset)
    total = grouped
    if fmt != "table":
        rows = []
        for n, g in enumerate(shown, offset + 1):
            why = dict(g.why)
            for ev, doc in g.claims:
                rows.append({"group": n, "happening": g.id, "group_type": g.type, "group_when": g.when,
                             "independent_sources": g.independent_sources, "sources": list(g.sources),
                             "contradictions": [vars(c) for c in g.contradictions],
                             "joined_because": [vars(d) for d in g.decisions if d.a == ev.id],
                             "origin_reason": why.get(ev.id), "possibly_related": list(g.possibly_related),
                             **event_row(ev, doc, humanize_when)})
        render(Listing("claims", list(rows[0]) if rows else ["group", "id"], rows, total,
                       sum(len(g.claims) for g in groups[:offset])), fmt, out)
        return
    related = sum(1 for g in groups if g.possibly_related)
    out.print(styled(safe(ent.name), style="bold") + styled(f": {total} claim(s) in {len(groups)} happening(s)"))
    if stored > grouped:
        line(out, f"the latest {grouped} of {stored} claims by date were grouped (setting claims_window;",
             "THREADLINE_CLAIMS_WINDOW=0 groups them all)")
    labels = {e.id: f"{d.outlet or d.id} {humanize_when(d.published.value) if d.published.value else 'undated'} "
                    f"({e.type}, {humanize_when(e.when)})" for g in groups for e, d in g.claims}
    for g in shown:
        _print_group(g, explain, humanize_when, labels)
    if len(shown) < len(groups):
        out.print()
        out.print(Listing("groups", [], shown, len(groups), offset).summary(), markup=False)
    if not explain and (related or any(len(g.claims) > 1 for g in groups)):
        out.print()
        out.print("why claims were joined or kept apart, and why each counts as its origin: add --explain",
                  markup=False)


def _print_group(g, explain: bool, humanize_when, labels: dict[str, str]) -> None:
    """One happening: its count of origins and which they are, its flags, and its claims."""
    out.print()
    out.print(styled(safe(g.type), style="bold")
              + styled(safe(f" {humanize_when(g.when)} — {len(g.claims)} claim(s), {g.independent_sources} "
                           f"independent source(s): {'; '.join(g.sources)}")), soft_wrap=True)
    for c in g.contradictions:
        out.print(styled(f"  contradiction ({c.field}): ", style="bold red") + styled(safe(c.note)), soft_wrap=True)
    why = dict(g.why)
    for ev, doc in g.claims:
        published = humanize_when(doc.published.value) if doc.published.value else "undated"
        line(out, f"  {doc.outlet or ''} {published} ({ev.attribution}, {ev.modality}):",
             f"“{quote(doc.text[ev.start:ev.end], 200)}”")
        if explain:
            line(out, "      counts as:", why.get(ev.id, ""))
            for d in g.decisions:
                if d.a == ev.id:
                    line(out, "      joined:", f"{d.reason} (with {labels.get(d.b, d.b)})")
    if explain and g.possibly_related:
        line(out, "  possibly related, not counted (too little to join):",
             "; ".join(labels.get(i, i) for i in g.possibly_related))


@app.command()
def reports(outlet: Optional[str] = typer.Option(None, "--outlet", help="Only reports from this outlet (any case)."),
            since: Optional[str] = typer.Option(None, "--since", help="Published from (YYYY, YYYY-MM, YYYY-MM-DD)."),
            until: Optional[str] = typer.Option(None, "--until", help="Published up to and including."),
            language: Optional[str] = typer.Option(None, "--language", help="A language code: en, ko, es..."),
            limit: int = typer.Option(50, "--limit", min=0, help="Rows to show (0: all)."),
            offset: int = OffsetOption, format: Optional[str] = FormatOption,
            db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """The stored reports, newest first, with filters."""
    from threadline import analyze
    from threadline.temporal.humanize import humanize_when
    fmt = listing_format(format)
    with session(db, config) as (settings, store):
        filters = dict(outlet=outlet, since=since, until=until, language=language)
        found = analyze.find_reports(store, **filters, limit=limit or None, offset=offset)
        total = analyze.count_reports(store, **filters)
    rows = [{"id": d.id, "published": d.published.value, "outlet": d.outlet, "source_type": d.source_type,
             "language": d.language, "title": d.title, "source": d.source, "url": d.url, "chars": len(d.text),
             "near_duplicate_of": d.near_duplicate_of} for d in found]
    render(Listing("reports", list(rows[0]) if rows else ["id", "published", "outlet", "title"], rows,
                   total, offset, table_columns=["published", "outlet", "language", "id", "title"],
                   cell={"published": lambda r: humanize_when(r["published"]) if r["published"] else "undated",
                         "title": lambda r: quote(r["title"] or "", 80)}), fmt, out)


@app.command()
def failures(limit: int = typer.Option(0, "--limit", min=0, help="Rows to show (0: all)."),
             offset: int = OffsetOption, format: Optional[str] = FormatOption,
             db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Inputs that could not be read, and why."""
    fmt = listing_format(format)
    with session(db, config) as (settings, store):
        found = store.failures()
    rows = [{"at": at, "source": source, "reason": reason} for source, reason, at in page(found, limit, offset)]
    listing = Listing("failures", ["at", "source", "reason"], rows, len(found), offset)
    if fmt != "table":
        render(listing, fmt, out)
        return
    for r in rows:
        # One unwrapped line per failure, so the log can be grepped.
        line(out, f"{r['at']} {r['source']}: {r['reason']}")
    out.print(listing.summary(), markup=False)

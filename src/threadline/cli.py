"""The ``threadline`` command: a thin layer over the library.

Each command parses its flags into ``Settings``, calls one library function
and prints the result with Rich. No logic lives here.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from threadline import analyze, pipeline
from threadline.errors import ThreadlineError
from threadline.export.eval import stored_extraction, to_contract
from threadline.model import Decision, Entity, make_id
from threadline.settings import Settings
from threadline.store import open_store
from threadline.temporal import to_timeml

app = typer.Typer(help="Threadline: an evidence-backed knowledge base from reports on North Korea's defense industry.",
                  no_args_is_help=True, add_completion=False)
entity_app = typer.Typer(help="Analyst decisions about entities (they win over the machine).", no_args_is_help=True)
alias_app = typer.Typer(help="Names an entity is also known by.", no_args_is_help=True)
app.add_typer(entity_app, name="entity")
app.add_typer(alias_app, name="alias")

out = Console()
err = Console(stderr=True)

DbOption = typer.Option(None, "--db", help="SQLite file or postgresql:// URL (env THREADLINE_DB).")
ConfigOption = typer.Option(None, "--config", help="TOML settings file (env THREADLINE_CONFIG).")


def _settings(db: Optional[str], config: Optional[Path], **flags) -> Settings:
    return Settings.load(config_file=config, db=db, **flags)


@contextmanager
def _store(settings: Settings) -> Iterator:
    store = open_store(settings.db)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def _session(db: Optional[str], config: Optional[Path], **flags) -> Iterator:
    """Settings and an open store for one command; a Threadline error ends it with exit code 2."""
    try:
        settings = _settings(db, config, **flags)
        with _store(settings) as store:
            yield settings, store
    except ThreadlineError as exc:
        _fail(exc)


def _fail(exc: Exception) -> None:
    err.print(f"[bold red]error:[/] {exc}")
    raise typer.Exit(2)


@app.command()
def ingest(sources: List[str] = typer.Argument(..., help="Files, folders (recursive), .jsonl, HTML, RSS/Atom, URLs."),
           db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption,
           allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching from private/loopback addresses."),
           offline: bool = typer.Option(False, "--offline", help="Never fetch; feeds use the text they carry."),
           batch_size: Optional[int] = typer.Option(None, "--batch-size", help="Documents per batch and transaction.")):
    """Read reports into the knowledge base (re-running skips what is already stored)."""
    flags = dict(allow_private=allow_private or None, offline=offline or None, batch_size=batch_size)
    with _session(db, config, **flags) as (settings, store), Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task("reading reports", total=None)

        def progress(kind, payload):
            if kind == "document":
                bar.update(task, advance=1, description=f"reading {Path(payload.source).name[:40]}")
            elif kind == "failure":
                # One line per failed item, unwrapped, so logs and pipes can be grepped.
                bar.console.print(f"failed {payload.source}: {payload.reason}", soft_wrap=True,
                                  markup=False, highlight=False)

        report = pipeline.run(sources, settings, store, progress)
        totals = {k: store.count(k) for k in ("documents", "entities", "events")}
    out.print(f"read {report.read} report(s): {report.stored} stored, {report.unchanged} already stored, "
              f"{report.near_duplicates} near-duplicate(s) linked, {len(report.failures)} failed")
    if report.editions:
        out.print(f"{report.editions} report(s) linked to their edition in another language (one origin)")
    if report.not_english:
        out.print(f"{report.not_english} report(s) not in English or Korean: stored and searchable, "
                  f"nothing extracted (Threadline's recognisers read English and Korean)")
    out.print(f"knowledge base {settings.db}: {totals['documents']} reports, {totals['entities']} entities, "
              f"{totals['events']} events")
    if report.failures:
        raise typer.Exit(1)


@app.command()
def entities(kind: Optional[str] = typer.Option(None, "--kind", help="place, organization, facility or person."),
             limit: int = typer.Option(50, "--limit"), db: Optional[str] = DbOption,
             config: Optional[Path] = ConfigOption):
    """What is known, with counts of reports and sources."""
    with _session(db, config) as (settings, store):
        rows = [s for s in store.entities(kind) if s.reports][:limit]
    table = Table("id", "kind", "name", "located in", "reports", "sources", "mentions")
    for s in rows:
        e = s.entity
        table.add_row(e.id, e.kind, e.name, e.located_in or "", str(s.reports), str(s.sources), str(s.mentions))
    out.print(table)


@app.command()
def show(name: str = typer.Argument(..., help="An entity's name (any spelling) or id."),
         db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """One entity: what is located in it, and its timeline of events with their evidence."""
    with _session(db, config) as (settings, store):
        entity = analyze.find_entity(store, name, settings.domain_pack)
        inside, entries = analyze.timeline(store, entity)
        written = analyze.spellings(store, entity.id)
    where = ", ".join(x for x in (entity.level, entity.admin1, entity.country) if x)
    coords = f" @ {entity.lat:.3f}, {entity.lon:.3f}" if entity.lat is not None else ""
    out.print(f"[bold]{entity.name}[/] ({entity.kind}{', ' + where if where else ''}){coords}  [dim]{entity.id}[/]")
    if entity.aliases:
        out.print(f"also: {', '.join(entity.aliases[:12])}")
    if written:
        out.print("written as: " + "; ".join(f"{text} ×{n} ({method}, {conf:.2f})" for text, method, conf, n in written[:10]),
                  highlight=False, markup=False)
    if inside:
        out.print(f"located in it: {', '.join(e.name for e in inside[:40])}")
    if not entries:
        out.print("no events stored for it yet")
    for x in entries:
        ev, doc = x.event, x.document
        out.print(f"\n[bold]{ev.when or 'undated'}[/] {ev.type} — {ev.attribution}, {ev.modality}  "
                  f"[dim]{doc.outlet or ''} {doc.published.value or ''} {doc.source}[/]")
        for s, sentence in zip(ev.evidence, x.sentences):
            out.print(f"  [{s.start}:{s.end}] “{sentence.strip()}”", highlight=False, markup=False)


@app.command()
def events(type: Optional[str] = typer.Option(None, "--type", help="Event type, e.g. INSPECTION."),
           since: Optional[str] = typer.Option(None, "--since", help="YYYY, YYYY-MM or YYYY-MM-DD."),
           until: Optional[str] = typer.Option(None, "--until"),
           place: Optional[str] = typer.Option(None, "--place", help="Only events in this place or below it."),
           entity: Optional[str] = typer.Option(None, "--entity", help="Only events naming this entity."),
           db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Events, filtered by type, time and place."""
    with _session(db, config) as (settings, store):
        rows = analyze.find_events(store, type=type, since=since, until=until,
                                   within=tuple(n for n in (place, entity) if n), domain_pack=settings.domain_pack)
    table = Table("when", "type", "attribution", "modality", "report", "evidence")
    for e, doc in rows:
        table.add_row(e.when or "", e.type, e.attribution, e.modality, f"{doc.outlet or ''} {doc.id}",
                      doc.text[e.start:e.end].strip()[:160])
    out.print(table)
    out.print(f"{len(rows)} event(s)")


@app.command()
def search(query: str = typer.Argument(..., help="Words or a \"quoted phrase\"."),
           limit: int = typer.Option(20, "--limit"), db: Optional[str] = DbOption,
           config: Optional[Path] = ConfigOption):
    """Full-text search over reports and claims."""
    with _session(db, config) as (settings, store):
        hits = store.search(query, limit)
    for h in hits:
        what = f"{h.event_type} event" if h.event_type else h.kind
        out.print(f"{what} {h.doc_id} [{h.start}:{h.end}] {h.title or ''}", highlight=False, markup=False)
        out.print(f"  {h.snippet}", highlight=False, markup=False)
    out.print(f"{len(hits)} hit(s)")


@app.command()
def claims(entity: str = typer.Option(..., "--entity", help="The entity the claims are about."),
           db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Claims about an entity, grouped by happening, with independent sources and contradictions."""
    with _session(db, config) as (settings, store):
        ent = analyze.find_entity(store, entity, settings.domain_pack)
        found = store.claims_for(ent.id)
        docs = {d.id: d for d in store.documents()}
        groups = analyze.claim_groups(found, docs, settings.domain_pack)
    out.print(f"[bold]{ent.name}[/]: {len(found)} claim(s) in {len(groups)} group(s)")
    for g in groups:
        out.print(f"\n[bold]{g.type}[/] {g.when or 'undated'} — {len(g.claims)} claim(s), "
                  f"{g.independent_sources} independent source(s): {'; '.join(g.sources)}")
        for c in g.contradictions:
            out.print(f"  [bold red]contradiction:[/] {c}")
        for ev, doc in g.claims:
            out.print(f"  {doc.outlet or ''} {doc.published.value or ''} ({ev.attribution}, {ev.modality}): "
                      f"“{doc.text[ev.start:ev.end].strip()[:200]}”", highlight=False, markup=False)


@app.command()
def extract(paths: List[str] = typer.Argument(..., help="Files, folders or .jsonl of documents."),
            format: str = typer.Option("eval", "--format", help="eval (../shared/eval/CONTRACT.md) or timeml."),
            output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
            config: Optional[Path] = ConfigOption):
    """Extract without storing: the evaluation contract as JSON Lines, or TimeML."""
    if format not in ("eval", "timeml"):
        _fail(ValueError(f"--format {format}: use eval or timeml"))
    failures = []

    def failed(exc):
        failures.append(exc)
        err.print(f"failed {exc.source}: {exc.reason}", soft_wrap=True, markup=False, highlight=False)

    try:
        settings = _settings(None, config)
        sink = open(output, "w", encoding="utf-8") if output else sys.stdout
        try:
            for x in pipeline.extract_documents(paths, settings, failed):
                if format == "eval":
                    sink.write(json.dumps(to_contract(x), ensure_ascii=False) + "\n")
                else:
                    sink.write(to_timeml(x.document.id, x.document.text, x.document.published.value, x.timexes))
                    sink.write("\n")
        finally:
            if output:
                sink.close()
    except ThreadlineError as exc:
        _fail(exc)
    if failures:
        raise typer.Exit(1)


@app.command()
def export(doc_id: str = typer.Argument(..., help="A stored document's id."),
           format: str = typer.Option("timeml", "--format", help="timeml or eval."),
           db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Export one stored document: TimeML with its TIMEX3 tags, or the evaluation JSON."""
    if format not in ("timeml", "eval"):
        _fail(ValueError(f"--format {format}: use timeml or eval"))
    with _session(db, config) as (settings, store):
        x = stored_extraction(store, doc_id)
    if format == "timeml":
        doc = x.document
        out.print(to_timeml(doc.id, doc.text, doc.published.value, x.timexes), markup=False, highlight=False)
    else:
        print(json.dumps(to_contract(x), ensure_ascii=False))


def _decide(settings: Settings, action: str, subject: str, value: str, reason: str) -> Decision:
    return Decision(action=action, subject=subject, value=value, analyst=settings.analyst, reason=reason)


ReasonOption = typer.Option("", "--reason", help="Why; kept in the audit log.")


@entity_app.command("merge")
def entity_merge(keep: str = typer.Argument(..., help="The entity to keep (name or id)."),
                 drop: str = typer.Argument(..., help="The entity folded into it."),
                 reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Two entities are one thing: fold DROP into KEEP, now and on every later run."""
    with _session(db, config) as (settings, store):
        a = analyze.find_entity(store, keep, settings.domain_pack)
        b = analyze.find_entity(store, drop, settings.domain_pack)
        store.merge_entities(a.id, b.id, decision=_decide(settings, "merge", a.id, b.id, reason))
    out.print(f"merged {b.name} ({b.id}) into {a.name} ({a.id})")


@entity_app.command("split")
def entity_split(entity: str = typer.Argument(..., help="The entity (name or id)."),
                 surface: str = typer.Argument(..., help="The spelling whose mentions are another thing."),
                 reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Mentions spelled SURFACE are a different thing: move them to a new entity."""
    with _session(db, config) as (settings, store):
        ent = analyze.find_entity(store, entity, settings.domain_pack)
        new = Entity(make_id("split", ent.id, surface.lower()), ent.kind, surface,
                     source=f"analyst split of {ent.id}")
        moved = store.split_entity(ent.id, surface, new, decision=_decide(settings, "split", ent.id, surface, reason))
    out.print(f"split {moved} mention(s) of {surface!r} out of {ent.name} into {new.id}")


@entity_app.command("rename")
def entity_rename(entity: str = typer.Argument(...), name: str = typer.Argument(..., help="The new name."),
                  reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Give an entity a new canonical name (the old one stays an alias)."""
    with _session(db, config) as (settings, store):
        ent = analyze.find_entity(store, entity, settings.domain_pack)
        store.rename_entity(ent.id, name, decision=_decide(settings, "rename", ent.id, name, reason))
    out.print(f"renamed {ent.id}: {ent.name} → {name}")


@alias_app.command("add")
def alias_add(entity: str = typer.Argument(...), alias: str = typer.Argument(..., help="Another name for it."),
              reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Record another name of an entity; later reports spelled so resolve to it."""
    with _session(db, config) as (settings, store):
        ent = analyze.find_entity(store, entity, settings.domain_pack)
        store.add_alias(ent.id, alias, decision=_decide(settings, "alias", ent.id, alias, reason))
    out.print(f"{alias!r} is now an alias of {ent.name} ({ent.id})")


@entity_app.command("log")
def entity_log(db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """The audit log of analyst decisions: who, when, what, why."""
    with _session(db, config) as (settings, store):
        rows = store.decisions()
    table = Table("when", "analyst", "action", "subject", "value", "reason")
    for d in rows:
        table.add_row(d.created_at, d.analyst, d.action, d.subject, d.value, d.reason)
    out.print(table)


@app.command()
def failures(db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Inputs that could not be read, and why."""
    with _session(db, config) as (settings, store):
        rows = store.failures()
    for source, reason, at in rows:
        out.print(f"{at} {source}: {reason}", highlight=False)


@app.command()
def demo(db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Ingest the bundled sample reports and print a summary of the knowledge base."""
    samples = str(Path(__file__).parent / "samples")
    with _session(db, config, offline=True) as (settings, store):
        report = pipeline.run([samples], settings, store)
        summary = {k: store.count(k) for k in ("documents", "entities", "mentions", "events", "timexes")}
        facilities = [s for s in store.entities("facility") if s.reports][:8]
        by_type: dict[str, int] = {}
        for e in store.events():
            by_type[e.type] = by_type.get(e.type, 0) + 1
    out.print(f"[bold]Threadline demo[/] — sample reports from {samples}")
    out.print(f"read {report.read}: {report.stored} stored, {report.unchanged} already stored, "
              f"{report.near_duplicates} near-duplicate(s), {len(report.failures)} failed")
    out.print("knowledge base " + settings.db + ": " + ", ".join(f"{v} {k}" for k, v in summary.items()))
    table = Table("facility", "reports", "sources")
    for s in facilities:
        table.add_row(s.entity.name, str(s.reports), str(s.sources))
    out.print(table)
    out.print("events by type: " + ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())))
    out.print('next: threadline show "Munitions Factory 71" · threadline claims --entity "Factory No. 26" · '
              'threadline search "artillery shells"')

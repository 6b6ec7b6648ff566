"""The ``threadline`` command: a thin layer over the library.

Each command parses its flags into ``Settings``, calls one library function
and prints the result (``output.py``). No logic lives here.

The library is imported inside each command, not at the top: ``--help`` and
``--version`` must start in well under half a second, and spaCy alone takes
seconds to import.
"""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.console import Console

from threadline.cli.output import (FORMATS, Listing, TerminalStream, choose_format, line, page, quote, render,
                                   safe)
from threadline.errors import ThreadlineError
from threadline.model import ENTITY_KINDS, EVENT_TYPES

app = typer.Typer(help="Threadline: an evidence-backed knowledge base from reports on North Korea's defense industry.",
                  no_args_is_help=True, add_completion=False, rich_markup_mode=None)
entity_app = typer.Typer(help="Analyst decisions about entities (they win over the machine).", no_args_is_help=True)
alias_app = typer.Typer(help="Names an entity is also known by.", no_args_is_help=True)
app.add_typer(entity_app, name="entity")
app.add_typer(alias_app, name="alias")
watch_app = typer.Typer(help="Watch entities, places and event types; report what is new.", no_args_is_help=True)
app.add_typer(watch_app, name="watch")

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DbOption = typer.Option(None, "--db", help="SQLite file or postgresql:// URL (env THREADLINE_DB).")
ConfigOption = typer.Option(None, "--config", help="TOML settings file (env THREADLINE_CONFIG).")
FormatOption = typer.Option(None, "--format", "-f", metavar="FORMAT",
                            help="table, json, jsonl or csv (default: table on a terminal, json otherwise).")
OffsetOption = typer.Option(0, "--offset", min=0, help="Skip this many rows first.")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version
        try:
            v = version("threadline")
        except PackageNotFoundError:
            v = "unknown (not installed)"
        typer.echo(f"threadline {v}")
        raise typer.Exit()


@app.callback()
def _main(show_version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                            help="Print the version and exit.")):
    """Threadline: an evidence-backed knowledge base from reports on North Korea's defense industry."""


def _fail(exc: Exception) -> None:
    err.print(Text_("error: ", style="bold red") + Text_(safe(str(exc), one_line=False)), soft_wrap=True)
    raise typer.Exit(2)


def Text_(text: str, style: str = ""):
    from rich.text import Text
    return Text(text, style=style)


def _choice(value: Optional[str], allowed: tuple[str, ...], option: str, *, upper: bool = False) -> Optional[str]:
    """An enumerated option, checked: case is ignored; anything else exits 2 with the valid values."""
    if value is None:
        return None
    wanted = value.upper() if upper else value.lower()
    for a in allowed:
        if a == wanted or a.lower() == value.lower():
            return a
    _fail(ValueError(f"{option} {value!r} is not one of: {', '.join(allowed)}"))


def _settings(db: Optional[str], config: Optional[Path], **flags):
    from threadline.settings import Settings
    return Settings.load(config_file=config, db=db, **flags)


@contextmanager
def _session(db: Optional[str], config: Optional[Path], *, write: bool = False, **flags) -> Iterator:
    """Settings and an open store for one command; a Threadline error ends it with exit code 2.

    Only commands that write (``write=True``) may create a new knowledge base.
    """
    from threadline.store import open_store
    try:
        settings = _settings(db, config, **flags)
        store = open_store(settings.db, create=write)
        try:
            yield settings, store
        finally:
            store.close()
    except ThreadlineError as exc:
        _fail(exc)


# -- ingest ------------------------------------------------------------------------------------

#: Seconds between progress lines when stderr is not a terminal (a log, a pipe).
PROGRESS_EVERY_S = 10.0


class _Progress:
    """Progress of an ingest: a bar with a total and ETA on a terminal, periodic lines otherwise."""

    def __init__(self, total: Optional[int], every_s: Optional[float] = None):
        self.total, self.done = total, 0
        self.every_s = PROGRESS_EVERY_S if every_s is None else every_s
        self.started = self.last = time.monotonic()
        self.bar = None
        if _stderr_is_terminal():
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)
            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("ETA"),
                                TimeRemainingColumn(), console=err, transient=True)
            self.task = self.bar.add_task("reading reports", total=total)

    def __enter__(self):
        if self.bar:
            self.bar.__enter__()
        return self

    def __exit__(self, *exc):
        if self.bar:
            self.bar.__exit__(*exc)
        elif self.done:
            self._line()

    def _line(self):
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        of = f"/{self.total}" if self.total else ""
        eta = ""
        if self.total and rate > 0 and self.done < self.total:
            eta = f", about {_duration((self.total - self.done) / rate)} left"
        err.print(f"progress: {self.done}{of} reports read in {_duration(elapsed)} ({rate:.1f}/s){eta}",
                  markup=False, soft_wrap=True)

    def __call__(self, kind, payload):
        if kind == "document":
            self.done += 1
            if self.bar:
                self.bar.update(self.task, advance=1, description="reading " + safe(Path(payload.source).name[:40]))
            elif time.monotonic() - self.last >= self.every_s:
                self.last = time.monotonic()
                self._line()
        elif kind == "failure":
            # One line per failed item, unwrapped, so logs and pipes can be grepped.
            target = self.bar.console if self.bar else err
            target.print(Text_(f"failed {safe(payload.source)}: {safe(payload.reason)}"), soft_wrap=True)


def _stderr_is_terminal() -> bool:
    return err.is_terminal


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


@app.command()
def ingest(sources: List[str] = typer.Argument(..., help="Files, folders (recursive), .jsonl, HTML, RSS/Atom, URLs."),
           db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption,
           allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching from private/loopback addresses."),
           offline: bool = typer.Option(False, "--offline", help="Never fetch; feeds use the text they carry."),
           batch_size: Optional[int] = typer.Option(None, "--batch-size", help="Documents per batch and transaction.")):
    """Read reports into the knowledge base (re-running skips what is already stored)."""
    from threadline import pipeline
    from threadline.ingest.sources import count_documents
    flags = dict(allow_private=allow_private or None, offline=offline or None, batch_size=batch_size)
    with _session(db, config, write=True, **flags) as (settings, store), \
            _Progress(count_documents(sources)) as progress:
        report = pipeline.run(sources, settings, store, progress)
        totals = {k: store.count(k) for k in ("documents", "entities", "events")}
    out.print(f"read {report.read} report(s): {report.stored} stored, {report.unchanged} already stored, "
              f"{report.near_duplicates} near-duplicate(s) linked, {len(report.failures)} failed", markup=False,
              soft_wrap=True)
    if report.not_english:
        out.print(f"{report.not_english} report(s) not in English: stored and searchable, nothing extracted "
                  f"(Threadline's recognisers read English)", markup=False, soft_wrap=True)
    line(out, f"knowledge base {settings.db}: {totals['documents']} reports, {totals['entities']} entities, "
              f"{totals['events']} events")
    if report.failures:
        raise typer.Exit(1)


# -- listings ----------------------------------------------------------------------------------

def _format(fmt: Optional[str]) -> str:
    return choose_format(_choice(fmt, FORMATS, "--format"))


@app.command()
def entities(kind: Optional[str] = typer.Option(None, "--kind", help="place, organization, facility or person."),
             limit: int = typer.Option(50, "--limit", min=0, help="Rows to show (0: all)."),
             offset: int = OffsetOption, format: Optional[str] = FormatOption,
             db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """What is known, with counts of reports and sources."""
    kind = _choice(kind, ENTITY_KINDS, "--kind")
    fmt = _format(format)
    with _session(db, config) as (settings, store):
        found = [s for s in store.entities(kind) if s.reports]
    rows = [{"id": s.entity.id, "kind": s.entity.kind, "name": s.entity.name, "located_in": s.entity.located_in,
             "country": s.entity.country, "lat": s.entity.lat, "lon": s.entity.lon,
             "aliases": list(s.entity.aliases), "reports": s.reports, "sources": s.sources,
             "mentions": s.mentions} for s in page(found, limit, offset)]
    render(Listing("entities", list(rows[0]) if rows else ["id", "kind", "name"], rows, len(found), offset,
                   table_columns=["id", "kind", "name", "located_in", "reports", "sources", "mentions"]), fmt, out)


@app.command()
def show(name: str = typer.Argument(..., help="An entity's name (any spelling) or id."),
         db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """One entity: what is located in it, and its timeline of events with their evidence."""
    from threadline import analyze
    from threadline.temporal.humanize import humanize_when
    with _session(db, config) as (settings, store):
        entity = analyze.find_entity(store, name, settings.domain_pack)
        inside, entries = analyze.timeline(store, entity)
        written = analyze.spellings(store, entity.id)
    where = ", ".join(x for x in (entity.level, entity.admin1, entity.country) if x)
    coords = f" @ {entity.lat:.3f}, {entity.lon:.3f}" if entity.lat is not None else ""
    out.print(Text_(safe(entity.name), style="bold") + Text_(f" ({entity.kind}{', ' + safe(where) if where else ''})"
                                                             f"{coords}  ") + Text_(entity.id, style="dim"))
    if entity.aliases:
        line(out, "also:", ", ".join(entity.aliases[:12]))
    if written:
        line(out, "written as:", "; ".join(f"{text} ×{n} ({method}, {conf:.2f})"
                                           for text, method, conf, n in written[:10]))
    if inside:
        line(out, "located in it:", ", ".join(e.name for e in inside[:40]))
    if not entries:
        out.print("no events stored for it yet")
    for x in entries:
        ev, doc = x.event, x.document
        out.print()
        out.print(Text_(humanize_when(ev.when), style="bold")
                  + Text_(safe(f" {ev.type} — {ev.attribution}, {ev.modality}  "))
                  + Text_(safe(f"{doc.outlet or ''} {humanize_when(doc.published.value) if doc.published.value else ''} "
                               f"{doc.source}"), style="dim"), soft_wrap=True)
        for s, sentence in zip(ev.evidence, x.sentences):
            line(out, f"  [{s.start}:{s.end}] “{quote(sentence, 400)}”")


def _event_row(e, doc, humanize_when) -> dict:
    return {"id": e.id, "when": e.when, "when_text": humanize_when(e.when) if e.when else None, "type": e.type,
            "attribution": e.attribution, "modality": e.modality, "doc_id": doc.id, "outlet": doc.outlet,
            "published": doc.published.value, "where": list(e.where), "actors": list(e.actors),
            "facilities": list(e.facilities), "products": list(e.products), "quantities": list(e.quantities),
            "start": e.start, "end": e.end, "evidence": doc.text[e.start:e.end].strip()}


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
    type = _choice(type, EVENT_TYPES, "--type", upper=True)
    fmt = _format(format)
    with _session(db, config) as (settings, store):
        found = analyze.find_events(store, type=type, since=since, until=until,
                                    within=tuple(n for n in (place, entity) if n), domain_pack=settings.domain_pack)
    rows = [_event_row(e, doc, humanize_when) for e, doc in page(found, limit, offset)]
    render(Listing("events", list(rows[0]) if rows else ["id", "when", "type"], rows, len(found), offset,
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
    fmt = _format(format)
    with _session(db, config) as (settings, store):
        total = store.search_count(query)
        hits = store.search(query, (offset + limit) if limit else max(total, 1))[offset:]
    rows = [{"kind": h.kind, "event_type": h.event_type, "doc_id": h.doc_id, "event_id": h.event_id,
             "title": h.title, "start": h.start, "end": h.end, "snippet": h.snippet} for h in hits]
    listing = Listing("hits", list(rows[0]) if rows else ["kind", "doc_id", "snippet"], rows,
                      max(total, offset + len(rows)), offset)
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
           format: Optional[str] = FormatOption,
           db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Claims about an entity, grouped by happening, with independent sources and contradictions."""
    from threadline import analyze
    from threadline.temporal.humanize import humanize_when
    fmt = _format(format)
    with _session(db, config) as (settings, store):
        ent = analyze.find_entity(store, entity, settings.domain_pack)
        found = store.claims_for(ent.id)
        docs = {d.id: d for d in store.documents()}
        groups = analyze.claim_groups(found, docs, settings.domain_pack)
    if fmt != "table":
        rows = []
        for n, g in enumerate(groups, 1):
            for ev, doc in g.claims:
                rows.append({"group": n, "group_type": g.type, "group_when": g.when,
                             "independent_sources": g.independent_sources, "sources": list(g.sources),
                             "contradictions": list(g.contradictions), **_event_row(ev, doc, humanize_when)})
        render(Listing("claims", list(rows[0]) if rows else ["group", "id"], rows, len(rows)), fmt, out)
        return
    out.print(Text_(safe(ent.name), style="bold") + Text_(f": {len(found)} claim(s) in {len(groups)} group(s)"))
    for g in groups:
        out.print()
        out.print(Text_(safe(g.type), style="bold")
                  + Text_(safe(f" {humanize_when(g.when)} — {len(g.claims)} claim(s), {g.independent_sources} "
                               f"independent source(s): {'; '.join(g.sources)}")), soft_wrap=True)
        for c in g.contradictions:
            out.print(Text_("  contradiction: ", style="bold red") + Text_(safe(c)), soft_wrap=True)
        for ev, doc in g.claims:
            published = humanize_when(doc.published.value) if doc.published.value else "undated"
            line(out, f"  {doc.outlet or ''} {published} ({ev.attribution}, {ev.modality}):",
                 f"“{quote(doc.text[ev.start:ev.end], 200)}”")


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
    fmt = _format(format)
    with _session(db, config) as (settings, store):
        found = analyze.find_reports(store, outlet=outlet, since=since, until=until, language=language)
    rows = [{"id": d.id, "published": d.published.value, "outlet": d.outlet, "source_type": d.source_type,
             "language": d.language, "title": d.title, "source": d.source, "url": d.url, "chars": len(d.text),
             "near_duplicate_of": d.near_duplicate_of} for d in page(found, limit, offset)]
    render(Listing("reports", list(rows[0]) if rows else ["id", "published", "outlet", "title"], rows,
                   len(found), offset, table_columns=["published", "outlet", "language", "id", "title"],
                   cell={"published": lambda r: humanize_when(r["published"]) if r["published"] else "undated",
                         "title": lambda r: quote(r["title"] or "", 80)}), fmt, out)


@app.command()
def failures(limit: int = typer.Option(0, "--limit", min=0, help="Rows to show (0: all)."),
             offset: int = OffsetOption, format: Optional[str] = FormatOption,
             db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Inputs that could not be read, and why."""
    fmt = _format(format)
    with _session(db, config) as (settings, store):
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


# -- extract and export ------------------------------------------------------------------------

@app.command()
def extract(paths: List[str] = typer.Argument(..., help="Files, folders or .jsonl of documents."),
            format: str = typer.Option("eval", "--format", help="eval (../shared/eval/CONTRACT.md) or timeml."),
            output: Optional[Path] = typer.Option(None, "--output", "-o",
                                                  help="Write here instead of stdout (timeml: a folder or a .zip)."),
            config: Optional[Path] = ConfigOption):
    """Extract without storing: the evaluation contract as JSON Lines, or TimeML."""
    import json

    from threadline import pipeline
    from threadline.export.eval import to_contract
    from threadline.export.timeml import TimemlWriter
    format = _choice(format, ("eval", "timeml"), "--format")
    failures = []

    def failed(exc):
        failures.append(exc)
        err.print(Text_(f"failed {safe(exc.source)}: {safe(exc.reason)}"), soft_wrap=True)

    try:
        settings = _settings(None, config)
        items = pipeline.extract_documents(paths, settings, failed)
        if format == "timeml":
            with TimemlWriter(output, TerminalStream(sys.stdout)) as writer:
                for x in items:
                    writer.add(x.document, x.timexes)
        else:
            sink = open(output, "w", encoding="utf-8") if output else TerminalStream(sys.stdout)
            try:
                for x in items:
                    sink.write(json.dumps(to_contract(x), ensure_ascii=False) + "\n")
            finally:
                if output:
                    sink.close()
    except ThreadlineError as exc:
        _fail(exc)
    if failures:
        raise typer.Exit(1)


EXPORT_FORMATS = ("jsonl", "csv", "geojson", "stix", "ftm", "graphml", "timeml", "eval")


@app.command()
def export(doc_id: Optional[str] = typer.Argument(None, help="One stored report's id (timeml or eval); "
                                                               "without it, the whole knowledge base or a slice."),
           format: Optional[str] = typer.Option(None, "--format", "-f", help=", ".join(EXPORT_FORMATS)
                                                + " (default: jsonl; timeml for one report)."),
           output: Optional[Path] = typer.Option(None, "--output", "-o",
                                                 help="File to write (csv, timeml: a folder or .zip); default stdout."),
           type: Optional[str] = typer.Option(None, "--type", help="Only events of this type (and what they name)."),
           since: Optional[str] = typer.Option(None, "--since", help="YYYY, YYYY-MM or YYYY-MM-DD."),
           until: Optional[str] = typer.Option(None, "--until"),
           place: Optional[str] = typer.Option(None, "--place", help="Only events in this place or below it."),
           entity: Optional[str] = typer.Option(None, "--entity", help="Only events naming this entity."),
           db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Export the knowledge base, a slice of it (the filters of `events`), or one report."""
    import json

    from threadline import export as exporters
    from threadline.export.eval import stored_extraction, to_contract
    format = _choice(format, EXPORT_FORMATS, "--format") or ("timeml" if doc_id else "jsonl")
    type = _choice(type, EVENT_TYPES, "--type", upper=True)
    with _session(db, config) as (settings, store):
        try:
            if doc_id is not None:
                if format not in ("timeml", "eval"):
                    raise exporters.ExportError(f"one report exports as timeml or eval, not {format}; "
                                                "drop the report id to export the knowledge base")
                x = stored_extraction(store, doc_id)
                if format == "eval":
                    TerminalStream(sys.stdout).write(json.dumps(to_contract(x), ensure_ascii=False) + "\n")
                else:
                    from threadline.export.timeml import TimemlWriter
                    with TimemlWriter(output, TerminalStream(sys.stdout)) as writer:
                        writer.add(x.document, x.timexes)
                return
            if format == "eval":
                raise exporters.ExportError("eval exports one report: give its id")
            kb = exporters.snapshot(store, type=type, since=since, until=until,
                                    within=tuple(n for n in (place, entity) if n), domain_pack=settings.domain_pack)
            written = exporters.write(kb, format, output, TerminalStream(sys.stdout), settings.domain_pack)
        except ThreadlineError as exc:
            _fail(exc)
    if output:
        err.print(Text_(f"wrote {written} to {safe(str(output))}"), soft_wrap=True)


@app.command()
def brief(since: Optional[str] = typer.Option(None, "--since", help="YYYY, YYYY-MM or YYYY-MM-DD."),
          until: Optional[str] = typer.Option(None, "--until"),
          place: Optional[str] = typer.Option(None, "--place", help="Only events in this place or below it."),
          entity: Optional[str] = typer.Option(None, "--entity", help="Only events naming this entity."),
          type: Optional[str] = typer.Option(None, "--type", help="Only events of this type."),
          output: Path = typer.Option(Path("brief.html"), "--output", "-o", help="The HTML file to write."),
          pdf: bool = typer.Option(False, "--pdf", help="Also write a PDF beside it (WeasyPrint)."),
          db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """A briefing: what happened, charts over time and by province, a facility map, every claim cited."""
    from threadline import export as exporters
    from threadline.export.brief import render_brief, write_pdf
    type = _choice(type, EVENT_TYPES, "--type", upper=True)
    scope = ", ".join(f"{k} {v}" for k, v in (("since", since), ("until", until), ("place", place),
                                                ("entity", entity), ("type", type)) if v) or "the whole knowledge base"
    with _session(db, config) as (settings, store):
        try:
            kb = exporters.snapshot(store, type=type, since=since, until=until,
                                    within=tuple(n for n in (place, entity) if n), domain_pack=settings.domain_pack)
            page = render_brief(kb, scope, settings.domain_pack)
            try:
                output.write_text(page.html, encoding="utf-8")
            except OSError as exc:
                raise exporters.ExportError(f"cannot write {output}: {exc.strerror}") from exc
            written = [str(output)]
            if pdf:
                write_pdf(page.html, output.with_suffix(".pdf"))
                written.append(str(output.with_suffix(".pdf")))
        except ThreadlineError as exc:
            _fail(exc)
    line(out, f"briefing ({scope}): {page.happenings} happening(s), {page.claims} claim(s), "
              f"{page.facilities_on_map} facility(ies) on the map → {' and '.join(written)}")


@app.command("import")
def import_(path: Path = typer.Argument(..., help="A file written by `threadline export --format jsonl`."),
            db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Load a JSON Lines export into a knowledge base (records already there are kept)."""
    from threadline.export.jsonl import import_jsonl
    with _session(db, config, write=True) as (settings, store):
        counts = import_jsonl(store, path)
    out.print("imported " + ", ".join(f"{n} {k}" for k, n in counts.items()), markup=False)


# -- analyst decisions -------------------------------------------------------------------------

def _decide(settings, action: str, subject: str, value: str, reason: str):
    from threadline.model import Decision
    return Decision(action=action, subject=subject, value=value, analyst=settings.analyst, reason=reason)


ReasonOption = typer.Option("", "--reason", help="Why; kept in the audit log.")


@entity_app.command("merge")
def entity_merge(keep: str = typer.Argument(..., help="The entity to keep (name or id)."),
                 drop: str = typer.Argument(..., help="The entity folded into it."),
                 force: bool = typer.Option(False, "--force", help="Merge even entities of different kinds."),
                 reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Two entities are one thing: fold DROP into KEEP, now and on every later run."""
    from threadline import analyze
    with _session(db, config, write=True) as (settings, store):
        a = analyze.find_entity(store, keep, settings.domain_pack)
        b = analyze.find_entity(store, drop, settings.domain_pack)
        problem = analyze.merge_problem(a, b)
        if problem and not force:
            _fail(analyze.MergeRefused(f"{problem}; add --force if they really are one thing"))
        store.merge_entities(a.id, b.id, decision=_decide(settings, "merge", a.id, b.id, reason))
    line(out, f"merged {b.name} ({b.id}) into {a.name} ({a.id})")


@entity_app.command("split")
def entity_split(entity: str = typer.Argument(..., help="The entity (name or id)."),
                 surface: str = typer.Argument(..., help="The spelling whose mentions are another thing."),
                 reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Mentions spelled SURFACE are a different thing: move them to a new entity."""
    from threadline import analyze
    from threadline.model import Entity, make_id
    with _session(db, config, write=True) as (settings, store):
        ent = analyze.find_entity(store, entity, settings.domain_pack)
        new = Entity(make_id("split", ent.id, surface.lower()), ent.kind, surface,
                     source=f"analyst split of {ent.id}")
        moved = store.split_entity(ent.id, surface, new, decision=_decide(settings, "split", ent.id, surface, reason))
    line(out, f"split {moved} mention(s) of {surface!r} out of {ent.name} into {new.id}")


@entity_app.command("rename")
def entity_rename(entity: str = typer.Argument(...), name: str = typer.Argument(..., help="The new name."),
                  reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Give an entity a new canonical name (the old one stays an alias)."""
    from threadline import analyze
    with _session(db, config, write=True) as (settings, store):
        ent = analyze.find_entity(store, entity, settings.domain_pack)
        store.rename_entity(ent.id, name, decision=_decide(settings, "rename", ent.id, name, reason))
    line(out, f"renamed {ent.id}: {ent.name} → {name}")


@alias_app.command("add")
def alias_add(entity: str = typer.Argument(...), alias: str = typer.Argument(..., help="Another name for it."),
              reason: str = ReasonOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Record another name of an entity; later reports spelled so resolve to it."""
    from threadline import analyze
    with _session(db, config, write=True) as (settings, store):
        ent = analyze.find_entity(store, entity, settings.domain_pack)
        store.add_alias(ent.id, alias, decision=_decide(settings, "alias", ent.id, alias, reason))
    line(out, f"{alias!r} is now an alias of {ent.name} ({ent.id})")


@entity_app.command("log")
def entity_log(limit: int = typer.Option(0, "--limit", min=0, help="Rows to show (0: all)."),
               offset: int = OffsetOption, format: Optional[str] = FormatOption,
               db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """The audit log of analyst decisions: who, when, what, why."""
    fmt = _format(format)
    with _session(db, config) as (settings, store):
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
    with _session(db, config, write=True) as (settings, store):
        undone = store.undo_decision(decision, _decide(settings, "undo", decision, "", reason))
    line(out, f"undid {undone.action} of {undone.subject} ({undone.value}) made by {undone.analyst} "
              f"at {undone.created_at}")


# -- watching and following -------------------------------------------------------------------

@watch_app.command("add")
def watch_add(target: str = typer.Argument(..., help="An entity or place (any spelling, or id), or an event type."),
              db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Watch an entity (with everything located in it) or an event type from now on."""
    from threadline import analyze
    with _session(db, config, write=True) as (settings, store):
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
    fmt = _format(format)
    with _session(db, config) as (settings, store):
        found = store.watches()
    rows = [{"id": w.id, "kind": w.kind, "target": w.target, "label": w.label, "since": w.created_at,
             "reported_at": w.reported_at} for w in found]
    render(Listing("watches", ["id", "kind", "target", "label", "since", "reported_at"], rows, len(rows)), fmt, out)


@watch_app.command("remove")
def watch_remove(watch_id: str = typer.Argument(..., help="A watch id from `threadline watch list`."),
                 db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Stop watching something."""
    with _session(db, config, write=True) as (settings, store):
        store.remove_watch(watch_id)
    line(out, f"removed {watch_id}")


@watch_app.command("report")
def watch_report(keep: bool = typer.Option(False, "--keep", help="Do not mark what is shown as reported."),
                 format: Optional[str] = FormatOption, db: Optional[str] = DbOption,
                 config: Optional[Path] = ConfigOption):
    """What is new about each watch since the last report (then marks it reported)."""
    from threadline import analyze
    from threadline.temporal.humanize import humanize_when
    fmt = _format(format)
    with _session(db, config, write=not keep) as (settings, store):
        news, newest = analyze.watch_news(store)
        if newest and not keep:
            store.mark_reported([n.watch.id for n in news], newest)
    rows = [{"watch": n.watch.id, "watching": n.watch.label, **_event_row(e, d, humanize_when)}
            for n in news for e, d in n.events]
    if fmt != "table":
        render(Listing("events", list(rows[0]) if rows else ["watch", "watching", "id"], rows, len(rows)), fmt, out)
        return
    if not news:
        out.print("nothing is watched; add something with `threadline watch add NAME|TYPE`")
    for n in news:
        w = n.watch
        head = f"{w.label} ({w.kind}): " + (n.problem or f"{len(n.events)} new event(s) since {w.reported_at[:16]}")
        out.print(Text_(safe(head), style="bold"), soft_wrap=True)
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
        _fail(exc)
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
        with _session(db, config, write=True, allow_private=allow_private or None) as (settings, store):
            rounds = follow_feeds(feeds, settings, store, every_s, stop, report, rounds=1 if once else None)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    out.print(f"stopped after {rounds} round(s)", markup=False)


@app.command()
def demo(db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Ingest the bundled sample reports and print a summary of the knowledge base."""
    from rich.table import Table

    from threadline import pipeline
    samples = str(Path(__file__).resolve().parent.parent / "samples")
    with _session(db, config, write=True, offline=True) as (settings, store):
        report = pipeline.run([samples], settings, store)
        summary = {k: store.count(k) for k in ("documents", "entities", "mentions", "events", "timexes")}
        facilities = [s for s in store.entities("facility") if s.reports][:8]
        by_type: dict[str, int] = {}
        for e in store.events():
            by_type[e.type] = by_type.get(e.type, 0) + 1
    out.print(f"Threadline demo — sample reports from {samples}", markup=False)
    out.print(f"read {report.read}: {report.stored} stored, {report.unchanged} already stored, "
              f"{report.near_duplicates} near-duplicate(s), {len(report.failures)} failed")
    line(out, "knowledge base " + settings.db + ": " + ", ".join(f"{v} {k}" for k, v in summary.items()))
    table = Table("facility", "reports", "sources")
    for s in facilities:
        table.add_row(Text_(safe(s.entity.name)), str(s.reports), str(s.sources))
    out.print(table)
    out.print("events by type: " + ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())))
    out.print('next: threadline show "Munitions Factory 71" · threadline claims --entity "Factory No. 26" · '
              'threadline search "artillery shells"', markup=False)
    if report.failures:
        raise typer.Exit(1)


def _plain_metavars(*typers: typer.Typer) -> None:
    """Help shows ``--db DB``, not ``--db <str>``, and nothing after a flag."""
    import inspect

    from typer.models import ArgumentInfo, OptionInfo
    for t in typers:
        for command in t.registered_commands:
            for name, param in inspect.signature(command.callback).parameters.items():
                info = param.default
                if isinstance(info, (OptionInfo, ArgumentInfo)) and info.metavar is None \
                        and param.annotation not in (bool, "bool"):
                    info.metavar = name.upper().rstrip("_")


_plain_metavars(app, entity_app, alias_app, watch_app)

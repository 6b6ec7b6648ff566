"""extract, export, brief and import."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from threadline.cli.common import ConfigOption, DbOption, app, choice, err, fail, load_settings, out, session, styled
from threadline.cli.output import TerminalStream, line, safe
from threadline.errors import ThreadlineError
from threadline.model import EVENT_TYPES


@app.command()
def extract(paths: List[str] = typer.Argument(..., help="Files, folders or .jsonl of documents."),
            format: str = typer.Option("eval", "--format", help="eval (../shared/eval/CONTRACT.md) or timeml."),
            output: Optional[Path] = typer.Option(None, "--output", "-o",
                                                  help="Write here instead of stdout (timeml: a folder or a .zip)."),
            config: Optional[Path] = ConfigOption):
    """Extract without storing: the evaluation contract as JSON Lines, or TimeML."""
    import json

    from threadline import pipeline
    from threadline.export.eval import contract_records
    from threadline.export.timeml import TimemlWriter
    format = choice(format, ("eval", "timeml"), "--format")
    failures = []

    def failed(exc):
        failures.append(exc)
        err.print(styled(f"failed {safe(exc.source)}: {safe(exc.reason)}"), soft_wrap=True)

    try:
        settings = load_settings(None, config)
        items = pipeline.extract_documents(paths, settings, failed)
        if format == "timeml":
            with TimemlWriter(output, TerminalStream(sys.stdout)) as writer:
                for x in items:
                    writer.add(x.document, x.timexes)
        else:
            sink = open(output, "w", encoding="utf-8") if output else TerminalStream(sys.stdout)
            try:
                for record in contract_records(items, settings.domain_pack):
                    sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            finally:
                if output:
                    sink.close()
    except ThreadlineError as exc:
        fail(exc)
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
    format = choice(format, EXPORT_FORMATS, "--format") or ("timeml" if doc_id else "jsonl")
    type = choice(type, EVENT_TYPES, "--type", upper=True)
    with session(db, config) as (settings, store):
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
            fail(exc)
    if output:
        err.print(styled(f"wrote {written} to {safe(str(output))}"), soft_wrap=True)


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
    type = choice(type, EVENT_TYPES, "--type", upper=True)
    scope = ", ".join(f"{k} {v}" for k, v in (("since", since), ("until", until), ("place", place),
                                                ("entity", entity), ("type", type)) if v) or "the whole knowledge base"
    with session(db, config) as (settings, store):
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
            fail(exc)
    line(out, f"briefing ({scope}): {page.happenings} happening(s), {page.claims} claim(s), "
              f"{page.facilities_on_map} facility(ies) on the map → {' and '.join(written)}")


@app.command("import")
def import_(path: Path = typer.Argument(..., help="A file written by `threadline export --format jsonl`."),
            db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Load a JSON Lines export into a knowledge base (records already there are kept)."""
    from threadline.export.jsonl import import_jsonl
    with session(db, config, write=True) as (settings, store):
        counts = import_jsonl(store, path)
    out.print("imported " + ", ".join(f"{n} {k}" for k, n in counts.items()), markup=False)

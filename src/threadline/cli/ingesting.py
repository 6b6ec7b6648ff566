"""`ingest` with its progress display, and `demo`."""
from __future__ import annotations

import time
from pathlib import Path
from typing import List, Optional

import typer

from threadline.cli.common import (EXIT_INPUTS_FAILED, ConfigOption, DbOption, SchedulerOption, WorkersOption, app, err,
                                   out, runner_for, session, styled)
from threadline.cli.output import line, safe


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
            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False), BarColumn(),
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
            target.print(styled(f"failed {safe(payload.source)}: {safe(payload.reason)}"), soft_wrap=True)


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
           batch_size: Optional[int] = typer.Option(None, "--batch-size", help="Documents per batch and transaction."),
           workers: Optional[int] = WorkersOption, scheduler: Optional[str] = SchedulerOption):
    """Read reports into the knowledge base (re-running skips what is already stored)."""
    from threadline import pipeline
    from threadline.ingest.sources import count_documents
    flags = dict(allow_private=allow_private or None, offline=offline or None, batch_size=batch_size,
                 workers=workers, scheduler=scheduler)
    with session(db, config, write=True, **flags) as (settings, store), runner_for(settings) as runner, \
            _Progress(count_documents(sources)) as progress:
        report = pipeline.run(sources, settings, store, progress, runner=runner)
        totals = {k: store.count(k) for k in ("documents", "entities", "events")}
    out.print(f"read {report.read} report(s): {report.stored} stored, {report.unchanged} already stored, "
              f"{report.near_duplicates} near-duplicate(s) linked, {len(report.failures)} failed", markup=False,
              soft_wrap=True)
    if report.editions:
        out.print(f"{report.editions} report(s) linked to their edition in another language (one origin)",
                  markup=False, soft_wrap=True)
    if report.not_english:
        out.print(f"{report.not_english} report(s) not in English or Korean: stored and searchable, nothing "
                  f"extracted (Threadline's recognisers read English and Korean)", markup=False, soft_wrap=True)
    line(out, f"knowledge base {settings.db}: {totals['documents']} reports, {totals['entities']} entities, "
              f"{totals['events']} events")
    if report.failures:
        raise typer.Exit(EXIT_INPUTS_FAILED)


@app.command()
def demo(db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Ingest the bundled sample reports and print a summary of the knowledge base."""
    from rich.table import Table

    from threadline import pipeline
    samples = str(Path(__file__).resolve().parent.parent / "samples")
    with session(db, config, write=True, offline=True) as (settings, store):
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
        table.add_row(styled(safe(s.entity.name)), str(s.reports), str(s.sources))
    out.print(table)
    out.print("events by type: " + ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())))
    out.print('next: threadline show "Munitions Factory 71" · threadline claims --entity "Factory No. 26" · '
              'threadline search "artillery shells"', markup=False)
    if report.failures:
        raise typer.Exit(EXIT_INPUTS_FAILED)


# -- reprocess ---------------------------------------------------------------------------------

@app.command()
def reprocess(db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption,
              since: Optional[str] = typer.Option(None, "--since", help="Only reports published then or later (YYYY[-MM[-DD]])."),
              outlet: Optional[str] = typer.Option(None, "--outlet", help="Only reports of this outlet."),
              batch_size: Optional[int] = typer.Option(None, "--batch-size", help="Documents per batch and transaction."),
              workers: Optional[int] = WorkersOption, scheduler: Optional[str] = SchedulerOption,
              quiet: bool = typer.Option(False, "--quiet", "-q", help="Print the totals only, not each change.")):
    """Re-extract stored reports after an upgrade (model, detector, domain pack), keeping the analysts'
    decisions, and print the claims that are new, lost or changed."""
    from threadline.reprocess import reprocess as run_reprocess
    from threadline.temporal.humanize import humanize_when
    flags = dict(batch_size=batch_size, workers=workers, scheduler=scheduler)
    with session(db, config, write=True, **flags) as (settings, store), runner_for(settings) as runner, \
            _Progress(None) as progress:
        report = run_reprocess(settings, store, since=since, outlet=outlet, progress=progress, runner=runner)
        if not quiet:
            for sign, events in (("new", report.new), ("lost", report.lost)):
                for e in events:
                    quote = store.get_document(e.doc_id).text[e.start:e.end]
                    out.print(styled(safe(f"{sign:8} {e.type:18} {humanize_when(e.when) if e.when else '-':24} "
                                          f"{e.doc_id}  “{quote[:100]}”")), soft_wrap=True)
            for c in report.changed:
                what = "; ".join(f"{f}: {_shown(getattr(c.before, f))} -> {_shown(getattr(c.after, f))}" for f in c.fields)
                out.print(styled(safe(f"changed  {c.after.type:18} {c.after.doc_id}  {what}")), soft_wrap=True)
    out.print(f"re-extracted {report.reports} report(s): {len(report.new)} new claim(s), {len(report.lost)} lost, "
              f"{len(report.changed)} changed, {len(report.failures)} failed", markup=False, soft_wrap=True)
    if report.lost_reviewed:
        out.print(f"{len(report.lost_reviewed)} lost claim(s) had an analyst's review, kept in the log: "
                  + ", ".join(report.lost_reviewed), markup=False, soft_wrap=True)
    if report.failures:
        raise typer.Exit(EXIT_INPUTS_FAILED)


def _shown(value) -> str:
    """A claim's field as one short string: spans as start-end, quantities as their figures."""
    if isinstance(value, tuple):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    if hasattr(value, "as_dict"):
        return " ".join(f"{k}={v}" for k, v in value.as_dict().items() if v is not None)
    if hasattr(value, "start") and hasattr(value, "end"):
        return f"{value.start}-{value.end}"
    return "-" if value is None else str(value)

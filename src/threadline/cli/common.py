"""What every command shares: the Typer apps, the consoles, common options and small helpers."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import click
import typer
from rich.console import Console

from threadline.cli.output import FORMATS, choose_format, safe
from threadline.errors import ThreadlineError

app = typer.Typer(help="Threadline: an evidence-backed knowledge base from reports on North Korea's defense industry.",
                  no_args_is_help=True, add_completion=False, rich_markup_mode=None)
entity_app = typer.Typer(help="Analyst decisions about entities (they win over the machine).", no_args_is_help=True)
alias_app = typer.Typer(help="Names an entity is also known by.", no_args_is_help=True)
watch_app = typer.Typer(help="Watch entities, places and event types; report what is new.", no_args_is_help=True)
app.add_typer(entity_app, name="entity")
app.add_typer(alias_app, name="alias")
app.add_typer(watch_app, name="watch")

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DbOption = typer.Option(None, "--db", help="SQLite file or postgresql:// URL (env THREADLINE_DB).")
ConfigOption = typer.Option(None, "--config", help="TOML settings file (env THREADLINE_CONFIG).")
FormatOption = typer.Option(None, "--format", "-f", metavar="FORMAT",
                            help="table, json, jsonl or csv (default: table on a terminal, json otherwise).")
OffsetOption = typer.Option(0, "--offset", min=0, help="Skip this many rows first.")
ReasonOption = typer.Option("", "--reason", help="Why; kept in the audit log.")
WorkersOption = typer.Option(None, "--workers", min=0, metavar="N",
                             help="Processes that analyse reports (default: one per core; 1 = this process).")
SchedulerOption = typer.Option(None, "--scheduler", "--dask", metavar="ADDRESS",
                               help="Analyse on a Dask cluster: tcp://HOST:8786, or local:N for N local processes.")


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


#: Exit codes. A crash must not pass for "some inputs failed": scripts retry
#: the one and report the other.
EXIT_INPUTS_FAILED = 1    # the run finished; some inputs could not be read (see `threadline failures`)
EXIT_ERROR = 2            # a usage, setting, database or lookup error, named on stderr
EXIT_CRASH = 3            # an internal error (a bug); what was committed before it is kept
EXIT_INTERRUPTED = 130    # Ctrl-C; what was committed before it is kept


def fail(exc: Exception) -> None:
    err.print(styled("error: ", style="bold red") + styled(safe(str(exc), one_line=False)), soft_wrap=True)
    raise typer.Exit(EXIT_ERROR)


def interrupted() -> None:
    err.print("interrupted: every batch committed before it is kept; run the same command again to go on",
              markup=False, highlight=False)
    raise typer.Exit(EXIT_INTERRUPTED)


def crash(exc: Exception) -> None:
    """An exception Threadline did not expect: the traceback for a bug report, and exit code 3."""
    import traceback
    err.print(safe("".join(traceback.format_exception(exc)), one_line=False), markup=False, highlight=False,
              soft_wrap=True)
    err.print(f"internal error (a bug in Threadline): {type(exc).__name__}: {safe(str(exc))}. Every batch committed "
              "before it is kept; please report this with the command and the input.",
              markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(EXIT_CRASH)


def styled(text: str, style: str = ""):
    from rich.text import Text
    return Text(text, style=style)


def choice(value: Optional[str], allowed: tuple[str, ...], option: str, *, upper: bool = False) -> Optional[str]:
    """An enumerated option, checked: case is ignored; anything else exits 2 with the valid values."""
    if value is None:
        return None
    wanted = value.upper() if upper else value.lower()
    for a in allowed:
        if a == wanted or a.lower() == value.lower():
            return a
    fail(ValueError(f"{option} {value!r} is not one of: {', '.join(allowed)}"))


def load_settings(db: Optional[str], config: Optional[Path], **flags):
    from threadline.settings import Settings
    return Settings.load(config_file=config, db=db, **flags)


@contextmanager
def session(db: Optional[str], config: Optional[Path], *, write: bool = False, **flags) -> Iterator:
    """Settings and an open store for one command; a Threadline error ends it with exit code 2.

    Only commands that write (``write=True``) may create a new knowledge base.
    """
    from threadline.store import open_store
    try:
        settings = load_settings(db, config, **flags)
        store = open_store(settings.db, create=write)
        try:
            yield settings, store
        finally:
            store.close()
    except ThreadlineError as exc:
        fail(exc)
    except (typer.Exit, typer.Abort, click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
        raise
    except KeyboardInterrupt:
        interrupted()
    except Exception as exc:  # noqa: BLE001 - the last line of defence: name it, exit distinctly
        crash(exc)


@contextmanager
def runner_for(settings) -> Iterator:
    """Where a command's batches are analysed (``settings.workers``, ``settings.scheduler``), closed after."""
    from threadline.executors import open_runner
    runner = open_runner(settings.workers, settings.scheduler)
    try:
        yield runner
    finally:
        runner.close()


def listing_format(fmt: Optional[str]) -> str:
    return choose_format(choice(fmt, FORMATS, "--format"))



def event_row(e, doc, humanize_when) -> dict:
    return {"id": e.id, "when": e.when, "when_text": humanize_when(e.when) if e.when else None, "type": e.type,
            "attribution": e.attribution, "modality": e.modality, "doc_id": doc.id, "outlet": doc.outlet,
            "published": doc.published.value, "where": list(e.where), "actors": list(e.actors),
            "facilities": list(e.facilities), "products": list(e.products), "quantities": [q.as_dict() for q in e.quantities],
            "start": e.start, "end": e.end, "evidence": doc.text[e.start:e.end].strip()}


def make_decision(settings, action: str, subject: str, value: str, reason: str):
    from threadline.model import Decision
    return Decision(action=action, subject=subject, value=value, analyst=settings.analyst, reason=reason)




def plain_metavars(*typers: typer.Typer) -> None:
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

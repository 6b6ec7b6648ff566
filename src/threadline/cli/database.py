"""Looking after the knowledge base: schema upgrade, backup, restore."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from threadline.cli.common import ConfigOption, DbOption, app, fail, load_settings, out
from threadline.errors import ThreadlineError

db_app = typer.Typer(help="Look after the knowledge base: schema upgrade, backup, restore.", no_args_is_help=True)
app.add_typer(db_app, name="db")
ForceOption = typer.Option(False, "--force", help="Replace what is there.")


@db_app.command("upgrade")
def db_upgrade(db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Migrate a knowledge base made by an earlier release to this release's schema."""
    from threadline.store import admin
    try:
        settings = load_settings(db, config)
        applied = admin.upgrade(settings.db)
    except ThreadlineError as exc:
        fail(exc)
    if applied:
        out.print(f"upgraded {settings.db}: applied migration(s) {', '.join(map(str, applied))}; "
                  f"schema version {admin.latest_version()}", markup=False, highlight=False)
    else:
        out.print(f"{settings.db} is up to date (schema version {admin.latest_version()})", markup=False,
                  highlight=False)


@db_app.command("backup")
def db_backup(path: Path = typer.Argument(..., help="The backup file to write."), force: bool = ForceOption,
              db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """A consistent copy of the knowledge base, safe while an ingest runs (SQLite backup API; pg_dump)."""
    from threadline.store import admin
    try:
        settings = load_settings(db, config)
        written = admin.backup(settings.db, path, overwrite=force)
    except ThreadlineError as exc:
        fail(exc)
    out.print(f"backed up {settings.db} to {written}", markup=False, highlight=False)


@db_app.command("restore")
def db_restore(path: Path = typer.Argument(..., help="A backup made by `threadline db backup`."),
               force: bool = ForceOption, db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Put a backup in place as the knowledge base (refuses to replace one that holds data without --force)."""
    from threadline.store import admin
    try:
        settings = load_settings(db, config)
        admin.restore(path, settings.db, overwrite=force)
    except ThreadlineError as exc:
        fail(exc)
    out.print(f"restored {path} to {settings.db}", markup=False, highlight=False)

"""Looking after a knowledge base: schema upgrades, consistent backups, restores,
and a digest of what it knows (to check that two ways of building it agree).

SQLite uses its online backup API: the copy is one consistent snapshot taken
inside a read transaction, so an ingest may go on writing meanwhile (WAL). The
copy is written to a temporary file beside the target and renamed into place,
so a crash never leaves half a backup under the target's name. PostgreSQL uses
``pg_dump`` (custom format, the store's schema only) and ``pg_restore``.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing as _closing
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy import Integer, select
from sqlalchemy.exc import SQLAlchemyError

from threadline.errors import StoreError
from threadline.store.connect import describe, engine_for
from threadline.store.migrations import MIGRATIONS, migrate
from threadline.store import schema as t


def upgrade(url: str, migrations=MIGRATIONS) -> list[int]:
    """Bring a knowledge base's schema up to this release's.

    Args:
        url: the ``db`` setting.
        migrations: the steps (tests add a future one).
    Returns:
        the migration versions applied (empty when it was current).
    Raises:
        StoreError: the database cannot be opened, is newer than this code, or
            refused a step (then nothing of the upgrade is kept).
    """
    engine = engine_for(url)
    try:
        return migrate(engine, migrations)
    except SQLAlchemyError as exc:
        raise StoreError(f"upgrading {describe(engine)} failed, nothing was changed: "
                         f"{getattr(exc, 'orig', None) or exc}") from exc
    finally:
        engine.dispose()


def latest_version() -> int:
    """The schema version this release writes."""
    return MIGRATIONS[-1].version


def backup(url: str, dest: str | Path, overwrite: bool = False) -> Path:
    """Write a consistent copy of the knowledge base to ``dest``.

    Args:
        url: the ``db`` setting (a SQLite file or a ``postgresql://`` URL).
        dest: the backup file: a SQLite database, or a ``pg_dump`` custom-format archive.
        overwrite: replace an existing ``dest``.
    Returns:
        the path written.
    Raises:
        StoreError: in memory, ``dest`` exists, or the copy failed.
    """
    dest = Path(dest)
    if dest.exists() and not overwrite:
        raise StoreError(f"{dest} exists; choose another backup path or pass --force")
    if not dest.parent.is_dir():
        raise StoreError(f"cannot write {dest}: directory {dest.parent} does not exist")
    if _is_postgres(url):
        _pg_run(["pg_dump", "--format=custom", "--no-owner", *_schema_args(url), "--file", str(dest),
                 _libpq_url(url)], f"backing up {_safe(url)}")
        return dest
    source = _sqlite_path(url)
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        if not Path(source).is_file():
            raise StoreError(f"no knowledge base at {source}")
        with _closing(sqlite3.connect(source)) as src, _closing(sqlite3.connect(tmp)) as out:
            # pages=-1: the whole database in one step, one snapshot.
            src.backup(out, pages=-1)
            out.execute("PRAGMA journal_mode = DELETE")     # a single self-contained file
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"backing up {source} to {dest} failed: {exc}") from exc
    return dest


def restore(backup_file: str | Path, url: str, overwrite: bool = False) -> None:
    """Put a backup made by ``backup`` in place as the knowledge base at ``url``.

    Args:
        backup_file: the backup.
        url: where to restore it (a SQLite file path, or a ``postgresql://`` URL).
        overwrite: replace a knowledge base that already holds data.
    Raises:
        StoreError: the backup is missing or not a Threadline backup, the target
            holds data and ``overwrite`` is false, or the restore failed.
    """
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise StoreError(f"no backup at {backup_file}")
    if _is_postgres(url):
        if not overwrite and _pg_has_documents(url):
            raise StoreError(f"{_safe(url)} already holds a knowledge base; pass --force to replace it")
        _pg_run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                 "--dbname", _libpq_url(url), str(backup_file)], f"restoring {backup_file}")
        return
    target = Path(_sqlite_path(url))
    try:
        with _closing(sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)) as src:
            tables = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise StoreError(f"{backup_file} is not a SQLite backup ({exc})") from exc
    if "schema_migrations" not in tables:
        raise StoreError(f"{backup_file} is not a Threadline knowledge base (no schema_migrations table)")
    if target.exists() and target.stat().st_size and not overwrite:
        raise StoreError(f"{target} exists; pass --force to replace it with {backup_file}")
    if not target.parent.is_dir():
        raise StoreError(f"cannot restore to {target}: directory {target.parent} does not exist")
    try:
        # The backup API writes into the live database under its write lock, in
        # one step: a reader sees the old or the new knowledge base, never a mix.
        with _closing(sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)) as src, \
                _closing(sqlite3.connect(target, timeout=30)) as out:
            src.backup(out, pages=-1)
    except sqlite3.Error as exc:
        raise StoreError(f"restoring {backup_file} to {target} failed: {exc}") from exc


def _is_postgres(url: str) -> bool:
    return url.strip().startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


def _sqlite_path(url: str) -> str:
    url = url.strip()
    if url in ("", ":memory:") or url.startswith("sqlite://") and url.rstrip("/") in ("sqlite:", "sqlite:/"):
        raise StoreError("an in-memory knowledge base cannot be backed up or restored; use a file")
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    if "://" in url:
        raise StoreError(f"cannot back up {url.split('://')[0]}:// databases")
    return url


def _libpq_url(url: str) -> str:
    """The URL as libpq reads it (no SQLAlchemy driver suffix)."""
    rest = url.strip().split("://", 1)[1]
    return "postgresql://" + rest


def _schema_args(url: str) -> list[str]:
    """``pg_dump -n SCHEMA`` for the schema a ``?options=-csearch_path=...`` URL chooses."""
    options = " ".join(parse_qs(urlsplit(url).query).get("options", []))
    for part in unquote(options).split():
        if part.startswith("-csearch_path="):
            return ["--schema", part.split("=", 1)[1].split(",")[0]]
    return ["--schema", "public"]


def _pg_has_documents(url: str) -> bool:
    engine = engine_for(url)
    try:
        from sqlalchemy import inspect
        with engine.connect() as conn:
            if not inspect(conn).has_table("documents"):
                return False
            return bool(conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM documents)").scalar())
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot reach {_safe(url)}: {getattr(exc, 'orig', None) or exc}") from exc
    finally:
        engine.dispose()


def _pg_run(command: list[str], what: str) -> None:
    tool = command[0]
    if shutil.which(tool) is None:
        raise StoreError(f"{what}: {tool} is not installed (it comes with the PostgreSQL client tools)")
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        raise StoreError(f"{what} failed: {tool}: {proc.stderr.strip()[-500:]}")


def _safe(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@")
    return url


#: The tables that hold what the knowledge base knows (not users, failures or feeds).
KNOWLEDGE_TABLES = (t.documents, t.signatures, t.entities, t.entity_names, t.mentions, t.timexes, t.events,
                    t.event_entities, t.search_index)
#: Columns that say when a row was written, not what it holds (row numbers are left out too).
WRITE_TIME_COLUMNS = frozenset({"stored_at", "updated_at"})


def knowledge_rows(store) -> dict[str, list[tuple]]:
    """Every row of the knowledge tables, write times and row numbers (integer keys) left out, sorted.

    Two knowledge bases built from the same reports, in one process or many, in
    any batch order, give equal rows.

    Args:
        store: an open ``Store``.
    Returns:
        the rows (as ``repr`` of each value) by table name.
    """
    out = {}
    with store._tx("reading every row") as conn:
        for table in KNOWLEDGE_TABLES:
            columns = [c for c in table.c if c.name not in WRITE_TIME_COLUMNS
                       and not (c.primary_key and isinstance(c.type, Integer))]
            out[table.name] = sorted(tuple(map(repr, row)) for row in conn.execute(select(*columns)))
    return out


def knowledge_digest(store) -> dict[str, str]:
    """A SHA-256 of ``knowledge_rows`` by table, with the row count: ``{"events": "1234:9f…"}``."""
    digest = {}
    for name, rows in knowledge_rows(store).items():
        h = hashlib.sha256()
        for row in rows:
            h.update(repr(row).encode("utf-8"))
        digest[name] = f"{len(rows)}:{h.hexdigest()[:16]}"
    return digest

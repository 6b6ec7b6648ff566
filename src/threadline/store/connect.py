"""Turning a ``db`` setting into a configured SQLAlchemy ``Engine``.

Accepted forms: a file path or ``:memory:`` (SQLite), ``sqlite:///path``,
``sqlite://`` (in memory), and ``postgresql://`` / ``postgres://`` /
``postgresql+psycopg://`` URLs (always driven by psycopg 3). A PostgreSQL
schema other than ``public`` is chosen with libpq's ``options`` parameter,
e.g. ``postgresql://host/db?options=-csearch_path%3Dmy_schema``.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from threadline.errors import StoreError

#: Seconds to wait for a PostgreSQL server before giving up (unless the URL
#: sets ``connect_timeout`` itself).
PG_CONNECT_TIMEOUT = 10
#: Milliseconds a SQLite writer waits for another writer's lock.
SQLITE_BUSY_TIMEOUT_MS = 30_000
#: Connection execution option marking a read-only transaction (SQLite then
#: begins it with a plain BEGIN instead of BEGIN IMMEDIATE).
READ_ONLY_OPTION = "threadline_read_only"


def engine_for(url: str) -> Engine:
    """Build an engine for a ``db`` setting; does not connect yet.

    Args:
        url: a file path, ``:memory:``, ``sqlite://...`` or ``postgresql://...``.
    Returns:
        the engine, with SQLite transactions and foreign keys configured.
    Raises:
        StoreError: an unsupported scheme or a malformed URL.
    """
    url = (url or "").strip()
    if url in ("", ":memory:"):
        return _sqlite_engine(None)
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("postgresql+") and not url.startswith("postgresql+psycopg://"):
        raise StoreError(f"unsupported PostgreSQL driver in {url.split('://')[0]!r}: "
                         "use a postgresql:// URL (Threadline drives it with psycopg 3)")
    if url.startswith("postgresql+psycopg://"):
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(f"cannot read the PostgreSQL URL: {exc}") from exc
        connect_args = {} if "connect_timeout" in parsed.query else {"connect_timeout": PG_CONNECT_TIMEOUT}
        return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    if url.startswith("sqlite:"):
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(f"cannot read the SQLite URL {url!r}: {exc}") from exc
        if parsed.drivername not in ("sqlite", "sqlite+pysqlite"):
            raise StoreError(f"unsupported SQLite driver {parsed.drivername!r}; use sqlite:///path")
        return _sqlite_engine(None if parsed.database in (None, "", ":memory:") else parsed.database)
    if "://" in url:
        raise StoreError(f"unsupported database URL {url.split('://')[0]!r}://...: "
                         "give a SQLite file path, sqlite:///path or postgresql://...")
    return _sqlite_engine(url)


def sqlite_file(url: str) -> Path | None:
    """The SQLite file a ``db`` setting names; None for memory or a server URL."""
    url = (url or "").strip()
    if url in ("", ":memory:") or url.startswith(("postgres", "sqlite://")) and not url.startswith("sqlite:///"):
        return None
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        return Path(path).expanduser() if path and path != ":memory:" else None
    if "://" in url:
        return None
    return Path(url).expanduser()


def describe(engine: Engine) -> str:
    """The engine's URL as safe to show (password hidden)."""
    return engine.url.render_as_string(hide_password=True)


def _sqlite_engine(path: str | None) -> Engine:
    if path is None:
        # One shared connection: every new connection to :memory: would be an
        # empty database of its own.
        engine = create_engine("sqlite+pysqlite://", poolclass=StaticPool,
                               connect_args={"check_same_thread": False})
    else:
        file = Path(path).expanduser()
        if not file.parent.is_dir():
            raise StoreError(f"cannot open SQLite database {file}: directory {file.parent} "
                             "does not exist; create it or choose another --db path")
        engine = create_engine(URL.create("sqlite+pysqlite", database=str(file)),
                               connect_args={"check_same_thread": False})
    in_memory = path is None

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions
        # begin: sqlite3's implicit mode leaves DDL outside the transaction,
        # and a migration must be all-or-nothing too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        if not in_memory:
            # Readers (web, API) keep working while the pipeline writes.
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers (and migrations) take the write lock at BEGIN, so that
        # busy_timeout queues them instead of failing a lock upgrade later.
        read_only = conn.get_execution_options().get(READ_ONLY_OPTION, False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine

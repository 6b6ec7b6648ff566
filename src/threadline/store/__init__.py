"""Storage: one small interface over SQLite (embedded default) or PostgreSQL.

Open a knowledge base with ``open_store``; everything else is a ``Store``
method. This package imports only ``threadline.model`` and
``threadline.errors`` from the project.
"""
from __future__ import annotations

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from threadline.errors import StoreError
from threadline.store.base import EntitySummary, Store
from threadline.store.connect import describe, engine_for, sqlite_file
from threadline.store.migrations import MIGRATIONS, migrate
from threadline.store.search import SearchHit
from threadline.store.tracking import FeedState, Watch

__all__ = ["open_store", "Store", "EntitySummary", "SearchHit", "MIGRATIONS", "Watch", "FeedState"]


def open_store(url: str, create: bool = True) -> Store:
    """Open (creating or migrating as needed) the knowledge base at ``url``.

    Args:
        url: a SQLite file path, ``:memory:``, ``sqlite:///path``, or a
            ``postgresql://user@host:port/db`` URL (psycopg 3). A PostgreSQL
            schema is chosen with ``?options=-csearch_path%3Dname``.
        create: make a new SQLite file when none is there; read-only
            commands pass False, so a mistyped path is an error, not a new
            empty knowledge base.
    Returns:
        the open ``Store``; close it (or use it as a context manager).
    Raises:
        StoreError: the URL is not supported, the file cannot be opened, the
            server is unreachable, or the schema cannot be brought up to date.
    """
    if not create:
        missing = sqlite_file(url)
        if missing is not None and not missing.exists():
            raise StoreError(f"no knowledge base at {missing}: check --db (or THREADLINE_DB), "
                             "or create one with `threadline ingest`")
    engine = engine_for(url)
    try:
        migrate(engine)
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip()
        if not isinstance(exc, OperationalError):
            hint = "the database refused the schema; check the user's rights and the search_path schema"
        elif engine.dialect.name == "postgresql":
            hint = "is the server running, and does the database exist?"
        else:
            hint = "is it a SQLite database, and is the file readable and writable?"
        raise StoreError(f"cannot open the knowledge base at {describe(engine)}: {reason} ({hint})") from exc
    return Store(engine)

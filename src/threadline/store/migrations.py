"""Numbered schema migrations, applied when a store is opened.

Each step has a version number and a name, and is recorded in the
``schema_migrations`` table once applied, so opening a database again applies
nothing. All pending steps run in one transaction (DDL is transactional on
both SQLite and PostgreSQL): a failed upgrade leaves the database as it was.

* A fresh database is created from the current ``schema.py`` (plus the full-
  text index) and every known step is recorded as applied — the same thing
  Alembic's ``create_all`` + ``stamp head`` does.
* An existing database gets the steps whose numbers it has not recorded, in
  order.

To change the schema: edit ``schema.py`` **and** append a ``Migration`` below
whose ``apply`` takes a database at the previous version to the new one (e.g.
``ALTER TABLE ... ADD COLUMN``). Never edit or renumber a released step.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from sqlalchemy import Connection, Engine, inspect, insert, select, text

from threadline.errors import StoreError
from threadline.store import ngrams, schema, search
from threadline.store.records import utc_now


@dataclass(frozen=True)
class Migration:
    """One schema step: ``apply`` takes the database from ``version - 1`` to ``version``."""

    version: int
    name: str
    apply: Callable[[Connection], None]


def create_current(conn: Connection) -> None:
    """Create every table of the current schema, the full-text index and the n-gram index."""
    schema.metadata.create_all(conn)
    search.create_index(conn)
    ngrams.create(conn)


def _add_users_and_tokens(conn: Connection) -> None:
    schema.users.create(conn)
    schema.tokens.create(conn)
    for index in schema.documents.indexes:
        if index.name == "ix_documents_stored_at":
            index.create(conn)


def _query_indexes(conn: Connection) -> None:
    """Version 5: indexes for the hot queries at archive scale (see docs/scale.md)."""
    # Both are prefixes of the new indexes, which serve their queries too.
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_event_entities_entity")
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_events_type")
    for name in ("ix_events_type_when", "ix_event_entities_entity_event"):
        index = next(i for table in schema.metadata.sorted_tables for i in table.indexes if i.name == name)
        index.create(conn, checkfirst=True)


def _add_token_revocation(conn: Connection) -> None:
    """Version 7. Step 4 creates ``tokens`` from the current schema, so on a database older than 4
    the columns are there already."""
    have = {c["name"] for c in inspect(conn).get_columns("tokens")}
    for column in ("revoked_at", "revoked_by"):
        if column not in have:
            conn.execute(text(f"ALTER TABLE tokens ADD COLUMN {column} VARCHAR"))


#: Every migration, in order. Version 1 is the initial schema.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema: documents, entities, mentions, timexes, events, "
                 "decisions, failures, signatures, full-text index", create_current),
    Migration(2, "decisions.undo: what each decision changed, to reverse it",
              lambda conn: conn.execute(text("ALTER TABLE decisions ADD COLUMN undo TEXT"))),
    Migration(3, "watches, feeds and feed_entries: what analysts watch and the feeds they follow",
              lambda conn: [table.create(conn) for table in (schema.watches, schema.feeds, schema.feed_entries)]),
    Migration(4, "workbench users and access tokens; documents by time stored", _add_users_and_tokens),
    Migration(5, "indexes for hot queries: events by type and date, an entity's events", _query_indexes),
    # Filled from the stored rows as it is made, so `threadline db upgrade` makes old reports fast to search.
    Migration(6, "n-gram index for substring search (Korean): FTS5 trigram; CJK grams under GIN",
              ngrams.create),
    Migration(7, "tokens.revoked_at and revoked_by: revoked tokens are refused and kept on record",
              _add_token_revocation),
)


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Bring the database behind ``engine`` up to the latest schema.

    Args:
        engine: the store's engine.
        migrations: the steps, in increasing version order (tests pass extras).
    Returns:
        the versions applied by this call (empty when the schema was current).
    Raises:
        StoreError: the database is newer than this code, or holds tables
            that are not a Threadline schema.
        sqlalchemy.exc.SQLAlchemyError: the database refused a step (the
            caller wraps it).
    """
    latest = migrations[-1].version if migrations else 0
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Two processes opening one fresh database must not both create it.
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('threadline.schema_migrations'))"))
        if not inspect(conn).has_table(schema.schema_migrations.name):
            if inspect(conn).has_table(schema.documents.name):
                raise StoreError("the database has a 'documents' table but no Threadline "
                                 "schema_migrations table; point the store at an empty database")
            schema.schema_migrations.create(conn)
        applied = set(conn.execute(select(schema.schema_migrations.c.version)).scalars())
        if applied and max(applied) > latest:
            raise StoreError(f"the database schema is at version {max(applied)} but this "
                             f"Threadline knows only up to {latest}; upgrade Threadline")
        if not applied:
            create_current(conn)
            todo = list(migrations)
        else:
            todo = [m for m in migrations if m.version not in applied]
            for step in todo:
                step.apply(conn)
        now = utc_now()
        if todo:
            conn.execute(insert(schema.schema_migrations),
                         [{"version": m.version, "name": m.name, "applied_at": now} for m in todo])
        return [m.version for m in todo]

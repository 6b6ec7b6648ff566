"""Opening stores: URL forms, errors, and migrations applied exactly once."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text

from threadline.errors import StoreError
from threadline.store import MIGRATIONS, open_store
from threadline.store import schema
from threadline.store.connect import engine_for
from threadline.store.migrations import Migration, migrate


def _versions(url: str) -> list[int]:
    engine = engine_for(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(schema.schema_migrations.c.version)
                                     .order_by(schema.schema_migrations.c.version)).scalars())
    finally:
        engine.dispose()


def test_fresh_store_records_every_migration(store):
    with store._engine.connect() as conn:
        rows = conn.execute(select(schema.schema_migrations)).all()
    assert [r.version for r in rows] == [m.version for m in MIGRATIONS]
    assert all(r.applied_at.endswith("Z") for r in rows)


def test_reopen_keeps_data_and_applies_nothing(store_url, backend, kb):
    if backend == "sqlite-memory":
        pytest.skip("an in-memory database does not outlive its store")
    with open_store(store_url) as s:
        s.save_extractions(kb.docs)
    engine = engine_for(store_url)
    try:
        assert migrate(engine) == []
    finally:
        engine.dispose()
    with open_store(store_url) as s:
        assert s.count("documents") == 3
        assert s.search("artillery")
        assert s.save_extractions(kb.docs) == 0
    assert _versions(store_url) == [m.version for m in MIGRATIONS]


def test_new_migration_is_applied_once(store_url, backend):
    if backend == "sqlite-memory":
        pytest.skip("an in-memory database does not outlive its store")
    open_store(store_url).close()
    calls = []

    def add_notes(conn):
        calls.append(1)
        conn.execute(text("CREATE TABLE analyst_notes (id INTEGER PRIMARY KEY, body TEXT)"))

    steps = (*MIGRATIONS, Migration(MIGRATIONS[-1].version + 1, "analyst notes", add_notes))
    engine = engine_for(store_url)
    try:
        assert migrate(engine, steps) == [steps[-1].version]
        assert migrate(engine, steps) == []
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM analyst_notes")).scalar_one()
    finally:
        engine.dispose()
    assert calls == [1]
    # This code knows fewer migrations than the database has: refuse, do not guess.
    with pytest.raises(StoreError, match="upgrade Threadline"):
        open_store(store_url)


def test_failed_migration_changes_nothing(store_url, backend):
    if backend == "sqlite-memory":
        pytest.skip("an in-memory database does not outlive its store")
    open_store(store_url).close()

    def broken(conn):
        conn.execute(text("CREATE TABLE half_done (id INTEGER)"))
        conn.execute(text("SELECT * FROM no_such_table"))

    steps = (*MIGRATIONS, Migration(MIGRATIONS[-1].version + 1, "broken", broken))
    engine = engine_for(store_url)
    try:
        with pytest.raises(Exception):
            migrate(engine, steps)
        with engine.connect() as conn:
            with pytest.raises(Exception):
                conn.execute(text("SELECT * FROM half_done"))
    finally:
        engine.dispose()
    assert _versions(store_url) == [m.version for m in MIGRATIONS]


def test_token_revocation_columns_are_added_to_an_earlier_database(store_url, backend):
    if backend == "sqlite-memory":
        pytest.skip("an in-memory database does not outlive its store")
    with open_store(store_url) as s:
        s.add_user("ana", "reader")
        s.add_token("ana", "digest", "api", "laptop")
    engine = engine_for(store_url)
    try:
        with engine.begin() as conn:        # back to the schema before migration 7
            for column in ("revoked_at", "revoked_by"):
                conn.execute(text(f"ALTER TABLE tokens DROP COLUMN {column}"))
            conn.execute(schema.schema_migrations.delete().where(schema.schema_migrations.c.version == 7))
        assert migrate(engine) == [7]
    finally:
        engine.dispose()
    with open_store(store_url) as s:
        token = s.tokens()[0]
        assert s.user_for_token("digest", "api").name == "ana"
        assert s.revoke_token(token.id, "admin").revoked_by == "admin"


def test_sqlite_url_forms(tmp_path):
    path = tmp_path / "a.db"
    for url in (str(path), f"sqlite:///{path}", ":memory:", "sqlite://", "sqlite:///:memory:"):
        with open_store(url) as s:
            assert s.dialect == "sqlite"
            assert s.count("documents") == 0


def test_open_errors_are_store_errors(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "missing-dir" / "kb.db"))
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("this is not a database " * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(str(not_a_db))
    with pytest.raises(StoreError, match="unsupported"):
        open_store("mysql://localhost/x")
    with pytest.raises(StoreError, match="psycopg"):
        open_store("postgresql+psycopg2://localhost/x")


@pytest.mark.postgres
def test_unreachable_postgres_is_a_clear_store_error():
    # Nothing listens on port 1; the error must say so, not hang or leak a driver error.
    with pytest.raises(StoreError, match="server running"):
        open_store("postgresql://postgres@127.0.0.1:1/test?connect_timeout=2")


def test_foreign_database_is_refused(tmp_path):
    import sqlite3
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE documents (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="schema_migrations"):
        open_store(str(path))

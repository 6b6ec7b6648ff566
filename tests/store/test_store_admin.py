"""threadline db upgrade / backup / restore (issue 15).

``fixtures/kb-schema-v1.sqlite`` is a knowledge base written by the release with
schema version 1 (the three hand-written reports of ``conftest.build_kb`` and one
analyst rename). To make the fixture of a future release's schema, run
``python tests/store/test_store_admin.py OUT.sqlite`` with that release.
"""
from __future__ import annotations

import shutil
import sqlite3
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from threadline import cli
from threadline.errors import StoreError
from threadline.model import Decision, Document
from threadline.store import MIGRATIONS, admin, open_store
from threadline.store.migrations import Migration

FIXTURE = Path(__file__).parent / "fixtures" / "kb-schema-v1.sqlite"
runner = CliRunner()


def _snapshot(store) -> dict:
    return {"documents": sorted(d.id for d in store.documents()),
            "entities": sorted((s.entity.id, s.entity.name) for s in store.entities()),
            "mentions": store.count("mentions"), "events": store.count("events"),
            "timexes": store.count("timexes"), "decisions": [d.id for d in store.decisions()]}


def test_db_upgrade_takes_a_knowledge_base_of_schema_1_to_the_latest(tmp_path):
    db = tmp_path / "old.db"
    shutil.copy(FIXTURE, db)
    result = runner.invoke(cli.app, ["db", "upgrade", "--db", str(db)], env={})
    assert result.exit_code == 0, result.output
    with open_store(str(db)) as s:
        assert s.count("documents") == 3
        assert s.get_entity("facility:mf71").name == "Munitions Factory No. 71"
        assert [d.action for d in s.decisions()] == ["rename"]
        assert s.search("artillery")


def test_db_upgrade_applies_a_new_step_and_keeps_the_data(tmp_path):
    db = tmp_path / "old.db"
    shutil.copy(FIXTURE, db)

    def add_notes(conn):
        conn.execute(text("ALTER TABLE entities ADD COLUMN analyst_note TEXT"))

    steps = (*MIGRATIONS, Migration(MIGRATIONS[-1].version + 1, "entity notes", add_notes))
    assert admin.upgrade(str(db), steps) == [m.version for m in steps[1:]]   # the fixture is at version 1
    assert admin.upgrade(str(db), steps) == []
    with sqlite3.connect(db) as c:
        assert "analyst_note" in [r[1] for r in c.execute("PRAGMA table_info(entities)")]
        assert c.execute("SELECT count(*) FROM documents").fetchone() == (3,)


def test_a_failed_upgrade_step_changes_nothing(tmp_path):
    db = tmp_path / "old.db"
    shutil.copy(FIXTURE, db)

    def broken(conn):
        conn.execute(text("ALTER TABLE entities ADD COLUMN half_done TEXT"))
        conn.execute(text("ALTER TABLE no_such_table ADD COLUMN x TEXT"))

    with pytest.raises(StoreError) as info:
        admin.upgrade(str(db), (*MIGRATIONS, Migration(MIGRATIONS[-1].version + 1, "broken", broken)))
    assert "nothing was changed" in str(info.value)
    with sqlite3.connect(db) as c:
        assert "half_done" not in [r[1] for r in c.execute("PRAGMA table_info(entities)")]


def _copies(kb, n: int):
    """n batches of the sample extractions under new ids (no NLP needed)."""
    for i in range(n):
        batch = []
        for x in kb.docs:
            doc = x.document
            new_text = f"{doc.text}\nCopy {i}."
            new_doc = replace(doc, id=f"{doc.id}-{i}", text=new_text, content_hash=Document.hash_text(new_text))
            batch.append(replace(x, document=new_doc, mentions=tuple(replace(m, doc_id=new_doc.id) for m in x.mentions),
                                 events=tuple(replace(e, doc_id=new_doc.id) for e in x.events)))
        yield batch


def _consistent(path: Path) -> int:
    """Open a backup: integrity ok, and every document whole (its index row, its children's parent)."""
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        docs = c.execute("SELECT count(*) FROM documents").fetchone()[0]
        indexed = c.execute("SELECT count(DISTINCT doc_id) FROM search_index WHERE kind = 'document'").fetchone()[0]
        orphans = c.execute("SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0]
        assert docs == indexed and orphans == 0
        return docs


def test_backups_taken_while_an_ingest_writes_are_consistent_and_restore_round_trips(tmp_path, kb):
    db = tmp_path / "live.db"
    with open_store(str(db)) as s:
        s.save_extractions(kb.docs)
    done = threading.Event()
    errors = []

    def writer():
        try:
            with open_store(str(db)) as s:
                for batch in _copies(kb, 60):
                    s.save_extractions(batch)
        except Exception as exc:  # reported by the test below
            errors.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    seen = []
    while not done.is_set() or len(seen) < 3:
        path = tmp_path / f"backup-{len(seen)}.db"
        admin.backup(str(db), path)
        seen.append(_consistent(path))
        if len(seen) > 200:
            break
    thread.join()
    assert not errors
    assert all(n % 3 == 0 for n in seen)               # whole batches only
    assert seen == sorted(seen) and len(seen) >= 3
    # The last backup restores to a knowledge base equal to the source.
    final = tmp_path / "final.db"
    admin.backup(str(db), final)
    restored = tmp_path / "restored.db"
    admin.restore(final, str(restored))
    with open_store(str(db)) as a, open_store(str(restored)) as b:
        assert _snapshot(a) == _snapshot(b) and b.count("documents") == 3 * 61


def test_restore_refuses_to_replace_a_knowledge_base_without_force(tmp_path, kb):
    db, other = tmp_path / "kb.db", tmp_path / "other.db"
    with open_store(str(db)) as s:
        s.save_extractions(kb.docs[:1])
    with open_store(str(other)) as s:
        s.save_extractions(kb.docs)
    admin.backup(str(other), tmp_path / "b.db")
    result = runner.invoke(cli.app, ["db", "restore", str(tmp_path / "b.db"), "--db", str(db)], env={})
    assert result.exit_code == 2 and "--force" in result.stderr
    result = runner.invoke(cli.app, ["db", "restore", str(tmp_path / "b.db"), "--db", str(db), "--force"], env={})
    assert result.exit_code == 0, result.output
    with open_store(str(db)) as s:
        assert s.count("documents") == 3
    again = runner.invoke(cli.app, ["db", "backup", str(tmp_path / "b.db"), "--db", str(db)], env={})
    assert again.exit_code == 2 and "exists" in again.stderr


def test_restore_refuses_a_file_that_is_not_a_threadline_backup(tmp_path):
    (tmp_path / "x.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        admin.restore(tmp_path / "x.db", str(tmp_path / "kb.db"))
    with sqlite3.connect(tmp_path / "y.db") as c:
        c.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError) as info:
        admin.restore(tmp_path / "y.db", str(tmp_path / "kb.db"))
    assert "not a Threadline knowledge base" in str(info.value)


@pytest.mark.postgres
def test_postgres_backup_and_restore_round_trip(pg_schema_url, kb, tmp_path):
    with open_store(pg_schema_url) as s:
        s.save_extractions(kb.docs)
        s.add_decision(Decision(action="alias", subject="place:kusong", value="Kusong-up", analyst="t", reason="r"))
        before = _snapshot(s)
    admin.backup(pg_schema_url, tmp_path / "kb.dump")
    with open_store(pg_schema_url) as s:
        s.rename_entity("place:kusong", "Changed after the backup")
    with pytest.raises(StoreError):
        admin.restore(tmp_path / "kb.dump", pg_schema_url)
    admin.restore(tmp_path / "kb.dump", pg_schema_url, overwrite=True)
    with open_store(pg_schema_url) as s:
        assert _snapshot(s) == before
        assert s.search("artillery")


if __name__ == "__main__":       # rebuild the fixture with the release at hand
    sys.path.insert(0, str(Path(__file__).parent))
    from conftest import build_kb
    out = Path(sys.argv[1])
    with open_store(str(out)) as s:
        s.save_extractions(build_kb().docs, signatures={"doc:one": b"sig"})
        s.rename_entity("facility:mf71", "Munitions Factory No. 71",
                        decision=Decision(action="rename", subject="facility:mf71", value="Munitions Factory No. 71",
                                          analyst="fixture", reason="fixture"))
    with sqlite3.connect(out) as c:
        c.execute("PRAGMA journal_mode = DELETE")
    sqlite3.connect(out).execute("VACUUM")

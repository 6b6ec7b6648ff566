"""A full disk and a read-only database: a clear error, and the knowledge base intact (issue 15).

The full disk is SQLite's own size limit (``PRAGMA max_page_count``), which fails a
write exactly as a full file system does ("database or disk is full"); a
read-only file system is SQLite's read-only open mode (the tests run as root,
whom file permissions do not stop).
"""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import event

from threadline import pipeline
from threadline.errors import StoreError
from threadline.model import Document
from threadline.settings import Settings
from threadline.store import open_store


def _limit_pages(store, extra_pages: int) -> None:
    """Make every new connection of the store unable to grow the file past its size now."""
    with sqlite3.connect(store._engine.url.database) as c:
        pages = c.execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(store._engine, "connect")
    def _limit(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    store._engine.dispose()


def _big(kb, n):
    for i in range(n):
        for x in kb.docs:
            text = x.document.text + ("\nPadding line for a full disk." * 200) + f"\n{i}"
            doc = replace(x.document, id=f"{x.document.id}-{i}", text=text, content_hash=Document.hash_text(text))
            yield replace(x, document=doc, mentions=(), events=(), timexes=())


def test_a_full_disk_is_a_clear_error_and_the_knowledge_base_stays_whole(tmp_path, kb):
    db = tmp_path / "kb.db"
    with open_store(str(db)) as store:
        store.save_extractions(kb.docs)
        _limit_pages(store, 2)
        with pytest.raises(StoreError) as info:
            store.save_extractions(list(_big(kb, 20)))
        assert "full" in str(info.value)
        assert store.count("documents") == 3          # the failed batch left nothing behind
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with open_store(str(db)) as store:
        assert store.save_extractions(list(_big(kb, 1))) == 3       # room again: it goes on


def test_an_ingest_on_a_full_disk_stops_with_the_reason_after_its_retries(tmp_path, kb, monkeypatch):
    monkeypatch.setattr(pipeline, "SAVE_RETRY_WAITS", (0, 0))
    for i in range(4):
        (tmp_path / f"r{i}.txt").write_text(f"Report {i}. " + "The Hyesan mill restarted a line. " * 400,
                                            encoding="utf-8")
    db = tmp_path / "kb.db"
    with open_store(str(db)) as store:
        store.save_extractions(kb.docs)
        _limit_pages(store, 1)
        with pytest.raises(StoreError) as info:
            pipeline.run([str(p) for p in sorted(tmp_path.glob("r*.txt"))], Settings(offline=True), store)
        assert "database or disk is full" in str(info.value)
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert c.execute("SELECT count(*) FROM documents").fetchone() == (3,)


def test_a_read_only_database_is_a_clear_error(tmp_path, kb):
    db = tmp_path / "kb.db"
    with open_store(str(db)) as store:
        store.save_extractions(kb.docs)
    with open_store(f"sqlite:///{db}?mode=ro") as ro:
        assert ro.count("documents") == 3 and ro.search("artillery")     # reading works
        with pytest.raises(StoreError) as info:
            ro.save_extractions(list(_big(kb, 1)))
        assert "readonly" in str(info.value)
        with pytest.raises(StoreError):
            ro.record_failure("x.txt", "a reason")
    with open_store(str(db)) as store:
        assert store.count("documents") == 3

"""Two ingests of overlapping inputs and a query loop on one knowledge base, at once (issue 15).

The fast test here runs two writer threads with stores of their own (no NLP); the
slow one (``-m slow``, about 40 s a backend) runs real processes (the ``threadline``
command), on SQLite (WAL, busy timeout) and on
PostgreSQL: no "database is locked" or other error reaches anyone, nothing is
lost, nothing is stored twice, and an analyst's decision made meanwhile stays.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import threading
from dataclasses import replace

import pytest

from threadline.model import Document, Entity, Extraction, Mention
from threadline.errors import ThreadlineError
from threadline.model import Decision
from threadline.store import open_store

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _ingest(db: str, *inputs: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")]))
    return subprocess.Popen([sys.executable, "-c", "from threadline.cli import app; app()", "ingest", *inputs, "--db", db, "--offline",
                             "--batch-size", "2"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_two_ingests_and_a_query_loop_at_once_lose_nothing(any_db_url, samples_dir, tmp_path):
    files = sorted(p for p in samples_dir.rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".xml", ".jsonl"))
    first = [str(p) for p in files[:7]]                   # the two lists overlap by four reports
    second = [str(p) for p in files[3:10]]
    with open_store(any_db_url):
        pass                                              # create the schema before the race
    procs = [_ingest(any_db_url, *first), _ingest(any_db_url, *second)]
    queries, errors, decided = 0, [], False
    with open_store(any_db_url) as store:
        while any(p.poll() is None for p in procs):
            try:
                store.count("documents")
                store.search("artillery shells")
                store.entities("facility")
                if not decided and store.count("documents") >= 2:
                    # An analyst's decision while both ingests write.
                    target = next(s.entity for s in store.entities() if s.reports)
                    store.add_alias(target.id, "Kusong-up-test",
                                    decision=Decision(action="alias", subject=target.id, value="Kusong-up-test",
                                                      analyst="test", reason="made during an ingest"))
                    decided = True
                queries += 1
            except ThreadlineError as exc:
                errors.append(exc)
            time.sleep(0.05)
    outputs = [p.communicate() for p in procs]
    for p, (out, err) in zip(procs, outputs):
        assert p.returncode == 0, err
        assert "locked" not in err.lower()
    assert errors == [] and queries > 5
    with open_store(any_db_url) as store:
        docs = store.documents()
        assert len({d.id for d in docs}) == len(docs)
        assert len({d.content_hash for d in docs}) == len(docs)
        stored_each = [int(out.split(" stored,")[0].rsplit(" ", 1)[1]) for out, _ in outputs]
        assert sum(stored_each) == len(docs)
        names = [s.entity.id for s in store.entities()]
        assert len(names) == len(set(names))
        if decided:
            assert "Kusong-up-test" in store.get_entity(target.id).aliases
            assert [d.value for d in store.decisions() if d.analyst == "test"] == ["Kusong-up-test"]
    # Every report of both lists is there, once.
    from threadline.ingest.sources import iter_documents
    from threadline.settings import Settings
    expected = {d.content_hash for d in iter_documents(sorted(set(first) | set(second)), Settings(offline=True))}
    with open_store(any_db_url) as store:
        assert {d.content_hash for d in store.documents()} == expected


def _extraction(i: int, shared: bool) -> Extraction:
    text = f"Report {i}: workers at the Kanggye plant were told to raise output."
    doc = Document(id=f"r{i}", source=f"r{i}.txt", text=text, content_hash=Document.hash_text(text))
    ent = Entity("fac:shared" if shared else f"fac:{i}", "facility", "Kanggye plant", source="extracted")
    start = text.index("Kanggye")
    return Extraction(document=doc, entities=(ent,),
                      mentions=(Mention(doc.id, start, start + 13, "Kanggye plant", "facility", ent.id),))


def test_two_writers_and_a_reader_at_once_get_no_lock_error_and_store_each_report_once(any_db_url):
    with open_store(any_db_url):
        pass
    # Both writers write reports 0-59 (overlapping completely), in batches of 3, in opposite orders.
    batches = [[_extraction(i, shared=i % 2 == 0) for i in range(k, k + 3)] for k in range(0, 60, 3)]
    errors, written, reads = [], [], [0]
    stop, reading = threading.Event(), threading.Event()

    def write(order):
        reading.wait(10)              # the writers start once the reader is reading
        try:
            with open_store(any_db_url) as s:
                written.append(sum(s.save_extractions(b) for b in order))
        except Exception as exc:  # reported below
            errors.append(exc)

    def read():
        with open_store(any_db_url) as s:
            while not stop.is_set():
                try:
                    s.count("documents")
                    s.search("Kanggye")
                    s.entities("facility")
                    reads[0] += 1
                except Exception as exc:  # reported below
                    errors.append(exc)
                reading.set()

    reader = threading.Thread(target=read)
    reader.start()
    writers = [threading.Thread(target=write, args=(o,)) for o in (batches, batches[::-1])]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    stop.set()
    reader.join()
    assert errors == [] and reads[0] > 0
    assert sum(written) == 60
    with open_store(any_db_url) as s:
        assert s.count("documents") == 60 and s.count("mentions") == 60
        assert s.count("entities") == 31

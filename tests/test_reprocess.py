"""threadline reprocess: re-extraction of stored reports keeps the analysts' decisions and
says which claims are new, lost and changed."""
from __future__ import annotations

import shutil

import pytest
from sqlalchemy import delete

from tests.helpers import tl
from threadline import pipeline
from threadline.executors import ProcessPool
from threadline.model import Decision
from threadline.reprocess import reprocess
from threadline.settings import Settings
from threadline.store import open_store
from threadline.store import schema as t
from threadline.store.admin import knowledge_rows


@pytest.fixture(scope="module")
def rules_only_kb(tmp_path_factory, samples_dir) -> str:
    """The samples extracted by the lexicon's rules alone (as before the learned detector)."""
    db = str(tmp_path_factory.mktemp("rules") / "kb.db")
    with open_store(db) as s:
        assert pipeline.run([str(samples_dir)], Settings(offline=True, learned_events=False), s).ok
    return db


def test_the_same_pipeline_again_changes_nothing(samples_kb_copy):
    with open_store(samples_kb_copy) as store:
        before = knowledge_rows(store)
        report = reprocess(Settings(offline=True, batch_size=5), store)
        assert report.reports == 18 and report.ok
        assert (report.new, report.lost, report.changed) == ([], [], [])
        assert knowledge_rows(store) == before


def test_a_deleted_claim_comes_back_as_new(samples_kb_copy):
    with open_store(samples_kb_copy) as store:
        gone = store.events()[0]
        with store._engine.begin() as conn:
            for table in (t.event_entities,):
                conn.execute(delete(table).where(table.c.event_id == gone.id))
            conn.execute(delete(t.search_index).where(t.search_index.c.event_id == gone.id))
            conn.execute(delete(t.events).where(t.events.c.id == gone.id))
        report = reprocess(Settings(offline=True), store)
        assert [e.id for e in report.new] == [gone.id]
        assert report.lost == [] and report.changed == []
        assert store.get_event(gone.id) == gone


def test_a_new_detector_is_reported_claim_by_claim_on_worker_processes(rules_only_kb, samples_kb, tmp_path):
    db = str(tmp_path / "kb.db")
    shutil.copy(rules_only_kb, db)
    with open_store(rules_only_kb) as s:
        rules = {e.id: e for e in s.events()}
    with open_store(samples_kb) as s:
        learned = {e.id: e for e in s.events()}
        expected_rows = knowledge_rows(s)
    pool = ProcessPool(2)
    try:
        with open_store(db) as store:
            report = reprocess(Settings(offline=True, batch_size=4), store, runner=pool)
            rows = knowledge_rows(store)
    finally:
        pool.close()
    assert report.ok and report.reports == 18
    assert {e.id for e in report.new} == learned.keys() - rules.keys()
    assert {e.id for e in report.lost} == rules.keys() - learned.keys()
    assert {c.after.id for c in report.changed} == {i for i in rules.keys() & learned.keys()
                                                    if _says(rules[i]) != _says(learned[i])}
    assert report.new or report.lost or report.changed     # the detector does change claims
    for table in ("events", "event_entities", "mentions", "timexes"):
        assert rows[table] == expected_rows[table], table   # as if ingested with the new detector


def _says(e):
    from threadline.reprocess import CLAIM_FIELDS
    return tuple(getattr(e, f) for f in CLAIM_FIELDS)


def test_analysts_decisions_are_kept(samples_kb_copy):
    with open_store(samples_kb_copy) as store:
        facilities = sorted((s.entity for s in store.entities("facility") if s.reports), key=lambda e: e.id)
        keep, drop = facilities[0], facilities[1]
        store.merge_entities(keep.id, drop.id, Decision("merge", keep.id, drop.id, "analyst-a", "one plant"))
        store.rename_entity(keep.id, "The Kept Plant", Decision("rename", keep.id, "The Kept Plant", "analyst-a"))
        claim = store.events()[0]
        store.add_decision(Decision("reject", claim.id, claim.doc_id, "analyst-a", "misread"))
        mentions = len(store.mentions(entity_id=keep.id))
        decisions = store.decisions()

        report = reprocess(Settings(offline=True), store)

        assert report.ok and report.lost == [] and report.changed == []
        assert store.mentions(entity_id=drop.id) == []
        assert len(store.mentions(entity_id=keep.id)) == mentions
        assert store.get_entity(keep.id).name == "The Kept Plant"
        assert store.decisions() == decisions
        assert store.claim_reviews([claim.id])[claim.id].action == "reject"
        assert store.get_event(claim.id) == claim


def test_reprocess_command_filters_by_outlet_and_prints_the_changes(rules_only_kb, tmp_path):
    db = str(tmp_path / "kb.db")
    shutil.copy(rules_only_kb, db)
    with open_store(db) as s:
        daily_nk = [d.id for d in s.documents() if (d.outlet or "").lower() == "daily nk"]
    assert daily_nk
    result = tl("reprocess", "--db", db, "--outlet", "DAILY NK", "--workers", "1")
    assert result.exit_code == 0, result.output
    assert f"re-extracted {len(daily_nk)} report(s):" in result.output
    changes = [line for line in result.output.splitlines() if line.startswith(("new ", "lost ", "changed "))]
    assert all(any(doc_id in line for doc_id in daily_nk) for line in changes)


def test_a_lost_claim_an_analyst_reviewed_is_named(rules_only_kb, samples_kb, tmp_path):
    db = str(tmp_path / "kb.db")
    shutil.copy(rules_only_kb, db)
    with open_store(samples_kb) as s:
        learned = {e.id for e in s.events()}
    with open_store(db) as store:
        lost = next(e for e in store.events() if e.id not in learned)
        store.add_decision(Decision("confirm", lost.id, lost.doc_id, "analyst-a"))
    result = tl("reprocess", "--db", db, "--workers", "1", "-q")
    assert result.exit_code == 0, result.output
    assert f"1 lost claim(s) had an analyst's review, kept in the log: {lost.id}" in result.output


def test_reprocess_since_a_date_and_a_bad_date(samples_kb_copy):
    with open_store(samples_kb_copy) as s:
        recent = [d for d in s.documents() if (d.published.value or "")[:4] >= "2025"]
    result = tl("reprocess", "--db", samples_kb_copy, "--since", "2025", "--workers", "1", "-q")
    assert result.exit_code == 0, result.output
    assert f"re-extracted {len(recent)} report(s): 0 new claim(s), 0 lost, 0 changed, 0 failed" in result.output
    bad = tl("reprocess", "--db", samples_kb_copy, "--since", "last spring")
    assert bad.exit_code == 2 and "YYYY" in bad.output

"""Queries that stay fast on a large archive: bounded reads, and the plans of the hot queries.

The plans are read with the database's own EXPLAIN on the SQL the store really
sends (captured from the engine), so a query reshaped later is checked too.
On PostgreSQL, sequential scans are switched off for the EXPLAIN: on a table of
a few rows the planner rightly prefers them, and the test asks whether the
index *can* answer the query.
"""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import event

from threadline.model import Document, Extraction


def _statements(store, call) -> list[tuple[str, object]]:
    """The SELECTs ``call()`` sends, with their parameters."""
    seen = []

    def hook(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, parameters))

    event.listen(store._engine, "before_cursor_execute", hook)
    try:
        call()
    finally:
        event.remove(store._engine, "before_cursor_execute", hook)
    assert seen, "the call sent no query"
    return seen


def _plan(store, statement: str, parameters) -> str:
    with store._engine.connect() as conn, conn.begin():
        if store.dialect == "sqlite":
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            return "\n".join(str(r[-1]) for r in rows)
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        return "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters).all())


def _plans(store, call) -> str:
    return "\n---\n".join(_plan(store, s, p) for s, p in _statements(store, call))


def _uses(plan: str, index: str) -> bool:
    return index in plan


def test_lookup_by_name_seeks_the_name_index(filled, kb):
    plan = _plans(filled, lambda: filled.find_entities("kusong", limit=1))
    assert _uses(plan, "ix_entity_names_norm"), plan


def test_an_entitys_events_come_from_the_covering_index(filled, kb):
    plan = _plans(filled, lambda: filled.events(entity_ids=[kb.kusong.id, kb.factory.id]))
    assert _uses(plan, "ix_event_entities_entity_event"), plan
    plan = _plans(filled, lambda: filled.claims_for(kb.kusong.id))
    assert _uses(plan, "ix_event_entities_entity_event"), plan


def test_events_by_type_and_dates_use_the_type_date_index(filled):
    plan = _plans(filled, lambda: filled.events(type="INSPECTION", since="2024-01", until="2024-06"))
    # Either index seeks the date range (the planner picks by table statistics).
    assert _uses(plan, "ix_events_type_when") or _uses(plan, "ix_events_when_start"), plan
    plan = _plans(filled, lambda: filled.events(type="INSPECTION"))
    assert _uses(plan, "ix_events_type_when"), plan


def test_the_workbench_counts_find_placed_events_from_the_entities_side(filled):
    # The located entities and those with a province are few; their links come from the index
    # on the entity, not from a walk over every event's links. (PostgreSQL hashes the join or
    # not by the tables' statistics, which a test's few rows do not show.)
    if filled.dialect != "sqlite":
        pytest.skip("the plan is checked on SQLite")
    for call in (filled.events_by_province, filled.map_counts, lambda: filled.map_counts("2024")):
        assert _uses(_plans(filled, call), "ix_event_entities_entity_event")
    assert _uses(_plans(filled, filled.events_by_period), "ix_events_type_when")


def test_a_place_subtree_walks_the_located_in_index(filled, kb):
    plan = _plans(filled, lambda: filled.children(kb.province.id))
    assert _uses(plan, "ix_entities_located_in"), plan


def test_search_uses_the_full_text_index(filled):
    plan = _plans(filled, lambda: filled.search("artillery shells"))
    assert _uses(plan, "search_fts" if filled.dialect == "sqlite" else "ix_search_index_tsv"), plan


def test_events_date_filters_by_year_range_give_the_same_answers(filled):
    # The year-range superset must not change what the exact test keeps.
    assert sorted(e.when for e in filled.events(since="2024-02", until="2024-12-31")) == ["2024", "2024-03-05"]
    assert sorted(e.when for e in filled.events(until="2023")) == ["2023-06/2024-03"]


def test_find_entities_with_a_limit_gives_the_best_matches_first(filled, kb):
    for name in ("kusong", "Guseong", "munitions", "department", "Province", "factory no. 71", "Pyongyang"):
        assert filled.find_entities(name, limit=1) == filled.find_entities(name)[:1], name
    assert [e.id for e in filled.find_entities("munitions", limit=2)] == [kb.factory.id, kb.bureau.id]


def test_entity_summaries_stop_at_the_limit_and_skip_unreported(filled, kb):
    everything = filled.entities()
    assert filled.entities(limit=2) == everything[:2]
    assert filled.entities(reported=True) == [s for s in everything if s.reports]
    assert filled.entities(kind="place", limit=1, reported=True) == [s for s in everything
                                                                   if s.entity.kind == "place"][:1]


def test_linked_documents_follow_near_copy_chains_only(store, kb):
    one, two, three = (x.document for x in kb.docs)
    # three is a copy of two, which is a copy of one; a fourth report stands alone.
    docs = [kb.docs[0],
            replace(kb.docs[1], document=replace(two, near_duplicate_of=one.id)),
            replace(kb.docs[2], document=replace(three, near_duplicate_of=two.id)),
            Extraction(Document(id="doc:four", source="four.txt", text="Unrelated.",
                                content_hash=Document.hash_text("Unrelated.")))]
    store.save_extractions(docs)
    assert set(store.linked_documents([three.id])) == {one.id, two.id, three.id}
    assert set(store.linked_documents([two.id, "doc:four"])) == {one.id, two.id, "doc:four"}
    assert store.linked_documents([one.id])[one.id] == one
    assert store.linked_documents([]) == {}


def test_a_version_1_database_gets_the_query_indexes(tmp_path):
    """A knowledge base written by the schema-1 release (the fixture of test_store_admin) is upgraded."""
    import shutil
    from pathlib import Path

    from sqlalchemy import inspect

    from threadline.store import open_store

    db = tmp_path / "v1.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "kb-schema-v1.sqlite", db)
    with open_store(str(db)) as s:
        with s._engine.connect() as conn:
            names = {i["name"] for table in ("events", "event_entities") for i in inspect(conn).get_indexes(table)}
    assert {"ix_events_type_when", "ix_event_entities_entity_event"} <= names
    assert not names & {"ix_events_type", "ix_event_entities_entity"}


@pytest.mark.parametrize("query", ["혜산시에서", "\"군수공장 노동자\"", "혜산", "산"])
def test_korean_substring_search_uses_the_ngram_index(store, query):
    ko = "양강도 혜산시에서 군수공장 노동자들이 포탄을 생산하고 있다고 소식통이 전했다."
    store.save_extractions([Extraction(Document(id="doc:ko", source="ko.txt", text=ko, language="ko",
                                                content_hash=Document.hash_text(ko)))])
    long_ = len(query.strip('"')) >= 3
    if store.dialect == "sqlite":
        index = "search_trigram VIRTUAL TABLE" if long_ else "search_trigram_terms VIRTUAL TABLE"
    else:
        index = "ix_search_index_grams"
    for call in (lambda: store.search(query), lambda: store.search_count(query)):
        statements = [(s, p) for s, p in _statements(store, call) if "LIKE" in s]
        assert statements, "no substring query was sent"
        for statement, parameters in statements:
            plan = _plan(store, statement, parameters)
            assert _uses(plan, index), plan

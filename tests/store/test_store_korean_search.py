"""Korean search, on every backend: by word and by substring of a word with its particles."""
from threadline.model import Document, Extraction, PublishedDate, Span

TEXT = "양강도 혜산시에서 군수공장 노동자들이 포탄을 생산하고 있다고 소식통이 전했다."


def _korean(store):
    doc = Document(id="doc:ko", source="ko.txt", text=TEXT, title="혜산 군수공장", language="ko",
                   content=(Span(0, len(TEXT)),), published=PublishedDate("2024-03-07", "given"),
                   content_hash=Document.hash_text(TEXT))
    store.save_extractions([Extraction(document=doc)], signatures={"doc:ko": b"sig"})


def test_korean_word_and_substring(store):
    _korean(store)
    # "혜산" stands inside "혜산시에서"; "포탄을" is a whole word.
    for query in ("혜산", "포탄을", "혜산 포탄", "\"군수공장 노동자\""):
        hits = store.search(query)
        assert [h.doc_id for h in hits] == ["doc:ko"], query
    hit = store.search("혜산")[0]
    assert TEXT[hit.start:hit.end] == "혜산" and "[혜산]" in hit.snippet
    assert store.search("청진") == []
    assert store.search("혜산 청진") == []


def test_three_syllables_go_through_the_trigram_index(store):
    _korean(store)
    assert [h.doc_id for h in store.search("혜산시에서")] == ["doc:ko"]
    assert [h.doc_id for h in store.search("군수공장 생산하고")] == ["doc:ko"]
    assert store.search("혜산시로") == []


def test_a_version_1_database_gets_the_substring_index(store_url, backend):
    import pytest
    from threadline.store import MIGRATIONS, open_store
    from threadline.store.connect import engine_for
    from threadline.store.migrations import migrate
    if backend == "sqlite-memory":
        pytest.skip("an in-memory database does not outlive its engine")
    engine = engine_for(store_url)
    try:
        assert migrate(engine, MIGRATIONS[:1]) == [1]
        with engine.begin() as conn:  # as a database made before version 2 was
            if backend == "postgres":
                conn.exec_driver_sql("DROP INDEX IF EXISTS ix_search_index_trgm")
            else:
                conn.exec_driver_sql("DROP TABLE search_trigram")
                for t in ("ai", "ad", "au"):
                    conn.exec_driver_sql(f"DROP TRIGGER search_trigram_{t}")
        assert migrate(engine) == [2]
    finally:
        engine.dispose()
    with open_store(store_url) as s:
        _korean(s)
        assert [h.doc_id for h in s.search("혜산시에서")] == ["doc:ko"]

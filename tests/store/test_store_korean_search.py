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



def test_longer_korean_words_and_phrases(store):
    _korean(store)
    assert [h.doc_id for h in store.search("혜산시에서")] == ["doc:ko"]
    assert [h.doc_id for h in store.search("군수공장 생산하고")] == ["doc:ko"]
    assert store.search("혜산시로") == []


# Our own sentences: a needle at the very start and the very end of a row, a
# one-character word, Latin letters beside Hangul, an English report.
MORE = {
    "doc:ko2": "산림 보호 기관이 단속을 벌였다고 한다. 청진과 혜산",
    "doc:ko3": "KN23형 미사일 부품을 만드는 공장에서 새 설비가 들어왔다. 도 당위원회가 검열했다.",
    "doc:en": "Workers at the Hyesan mine were told to raise output, a source said.",
}
QUERIES = ("혜산", "산", "도", "혜", "청진과 혜산", "혜산 청진", "kn23형", "KN23형 미사일", "a혜", "혜산 source",
           '"새 설비가"', "공장", "공장에서", "검열했다", "미사일 포탄", "없는말", "산 source")


def _more(store):
    _korean(store)
    docs = []
    for doc_id, body in MORE.items():
        docs.append(Extraction(document=Document(
            id=doc_id, source=f"{doc_id}.txt", text=body, language="en" if doc_id == "doc:en" else "ko",
            content=(Span(0, len(body)),), published=PublishedDate("2024-03-08", "given"),
            content_hash=Document.hash_text(body))))
    store.save_extractions(docs)


def _scan_answers(store, monkeypatch, queries):
    """What the plain LIKE scan (no n-gram index) answers: the reference."""
    from threadline.store import ngrams
    with monkeypatch.context() as m:
        m.setattr(ngrams, "narrowing", lambda conn, needles: ("", {}))
        return {q: (store.search(q, 50), store.search_count(q)) for q in queries}


def test_the_index_answers_what_the_scan_answers(store, monkeypatch):
    _more(store)
    expected = _scan_answers(store, monkeypatch, QUERIES)
    for query in QUERIES:
        assert (store.search(query, 50), store.search_count(query)) == expected[query], query
    # The cases the index must not miss, checked by name too.
    assert {h.doc_id for h in store.search("혜산")} == {"doc:ko", "doc:ko2"}    # "혜산" ends doc:ko2
    assert {h.doc_id for h in store.search("산")} == {"doc:ko", "doc:ko2"}      # one character, starts doc:ko2
    assert [h.doc_id for h in store.search("kn23형")] == ["doc:ko3"]          # Latin case folded, as LIKE does
    assert store.search("없는말") == [] and store.search_count("없는말") == 0


def test_the_index_follows_deletes_and_replaced_extractions(store):
    _more(store)
    ko2 = MORE["doc:ko2"]
    store.replace_extractions([Extraction(document=Document(
        id="doc:ko2", source="doc:ko2.txt", text=ko2, language="ko", content=(Span(0, len(ko2)),),
        published=PublishedDate("2024-03-08", "given"), content_hash=Document.hash_text(ko2)))])
    assert {h.doc_id for h in store.search("혜산")} == {"doc:ko", "doc:ko2"}
    assert store.search_count("청진과 혜산") == 1


def test_upgrade_to_version_6_indexes_the_stored_reports(store_url, backend):
    import pytest
    from sqlalchemy import text

    from threadline.store import admin, open_store
    if backend == "sqlite-memory":
        pytest.skip("an in-memory database does not outlive its store")
    with open_store(store_url) as s:
        _more(s)
        with s._engine.begin() as conn:     # back to a version-5 knowledge base holding the reports
            if backend == "postgres":
                conn.exec_driver_sql("DROP INDEX ix_search_index_grams")
                conn.exec_driver_sql("DROP FUNCTION threadline_cjk_grams(text)")
            else:
                for trigger in ("ai", "ad", "au"):
                    conn.exec_driver_sql(f"DROP TRIGGER search_trigram_{trigger}")
                conn.exec_driver_sql("DROP TABLE search_trigram_terms")
                conn.exec_driver_sql("DROP TABLE search_trigram")
            conn.execute(text("DELETE FROM schema_migrations WHERE version = 6"))
    assert admin.upgrade(store_url) == [6]
    with open_store(store_url) as s:
        with s._engine.connect() as conn:
            if backend == "postgres":
                names = set(conn.exec_driver_sql(
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'search_index'").scalars())
                assert "ix_search_index_grams" in names
            else:     # filled from the stored rows, not only from later inserts
                indexed = conn.exec_driver_sql("SELECT count(DISTINCT doc) FROM search_trigram_terms").scalar()
                assert indexed == conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar() > 0
        assert {h.doc_id for h in s.search("혜산")} == {"doc:ko", "doc:ko2"}
        assert [h.doc_id for h in s.search("KN23형 미사일")] == ["doc:ko3"]

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

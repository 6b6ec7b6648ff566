"""Writing extractions: round trips, idempotence, all-or-nothing batches."""
from __future__ import annotations

from dataclasses import replace

import pytest

from threadline.errors import NotFoundError, StoreError
from threadline.model import Document, Entity, Extraction, Mention, PublishedDate


def test_documents_round_trip_exactly(filled, kb):
    for x in kb.docs:
        got = filled.get_document(x.document.id)
        assert got == x.document
        # Offsets survive: non-ASCII letters and curly quotes are one str index each.
        for m in x.mentions:
            assert got.text[m.start:m.end] == m.text
    doc = filled.get_document("doc:one")
    assert "“Kusŏng”" in doc.text
    assert doc.published.value == "2024-03-07" and doc.published.basis == "stated"
    assert doc.published.evidence == "March 7, 2024"


def test_document_listing_and_lookup(filled, kb):
    assert [d.id for d in filled.documents()] == ["doc:one", "doc:two", "doc:three"]
    assert [d.id for d in filled.documents(limit=2)] == ["doc:one", "doc:two"]
    assert filled.has_document("doc:two")
    assert filled.has_document(content_hash=kb.docs[2].document.content_hash)
    assert not filled.has_document("doc:nope")
    assert not filled.has_document(content_hash="0" * 40)
    with pytest.raises(StoreError):
        filled.has_document()
    with pytest.raises(NotFoundError):
        filled.get_document("doc:nope")


def test_entities_mentions_timexes_events_round_trip(filled, kb):
    for entity in (kb.province, kb.kusong, kb.factory, kb.chagang, kb.kanggye, kb.bureau):
        assert filled.get_entity(entity.id) == entity
    for x in kb.docs:
        assert filled.mentions(doc_id=x.document.id) == sorted(x.mentions, key=lambda m: m.start)
        assert filled.timexes(x.document.id) == sorted(x.timexes, key=lambda t: t.start)
        assert sorted(filled.events(doc_id=x.document.id), key=lambda e: e.id) == \
            sorted(x.events, key=lambda e: e.id)
    unresolved = [m for m in filled.mentions(doc_id="doc:two") if m.entity_id is None]
    assert [m.text for m in unresolved] == ["official"]
    assert filled.count("documents") == 3
    assert filled.count("entities") == 6
    assert filled.count("mentions") == 12
    assert filled.count("timexes") == 3
    assert filled.count("events") == 7
    with pytest.raises(StoreError):
        filled.count("sqlite_master")
    with pytest.raises(NotFoundError):
        filled.get_entity("place:atlantis")


def test_signatures_round_trip(filled):
    assert dict(filled.signatures()) == {"doc:one": b"\x00\x01sig-one\xff", "doc:two": bytes(range(256))}
    assert filled.count("signatures") == 2


def test_resave_is_idempotent(filled, kb):
    assert filled.save_extractions(kb.docs) == 0
    # Same text under another id: recognised by its content hash.
    copy = replace(kb.docs[0], document=replace(kb.docs[0].document, id="doc:one-again"))
    assert filled.save_extractions([copy]) == 0
    assert filled.count("documents") == 3
    assert filled.count("mentions") == 12
    assert filled.count("events") == 7
    assert filled.count("entities") == 6


def test_duplicates_inside_one_batch_are_written_once(store, kb):
    assert store.save_extractions([kb.docs[0], kb.docs[0], kb.docs[1]]) == 2
    assert store.count("documents") == 2
    assert store.count("mentions") == len(kb.docs[0].mentions) + len(kb.docs[1].mentions)


def test_documents_without_hash_do_not_collide(store):
    docs = [Extraction(Document(id=f"doc:{i}", source="x", text=f"text {i}",
                                    published=PublishedDate(None))) for i in range(3)]
    assert store.save_extractions(docs) == 3
    assert store.get_document("doc:1").content_hash == ""


def test_entity_upsert_updates_and_never_duplicates(filled, kb):
    better = replace(kb.kusong, name="Kusong", lat=39.99, lon=None, aliases=("구성",))
    doc = Document(id="doc:four", source="s", text="Kusong again.", content_hash="h4",
                   published=PublishedDate(None))
    mention = Mention("doc:four", 0, 6, "Kusong", "place", kb.kusong.id)
    assert filled.save_extractions([Extraction(doc, entities=(better,), mentions=(mention,))]) == 1
    got = filled.get_entity(kb.kusong.id)
    assert filled.count("entities") == 6
    assert got.name == "Kusong"
    assert got.lat == 39.99 and got.lon == 125.25      # None does not erase a known value
    assert got.located_in == kb.province.id
    # Old name kept as an alias; aliases never repeat ("Kusong" is now the name).
    assert set(got.aliases) == {"Guseong", "구성", "Kusŏng"}
    assert [e.id for e in filled.find_entities("구성")] == [kb.kusong.id]


def test_failed_batch_writes_nothing(store, kb):
    # The second report carries a mention of a document that does not exist:
    # a foreign-key violation after the first report was already written.
    bad = replace(kb.docs[1], mentions=kb.docs[1].mentions + (
        Mention("doc:missing", 0, 3, "Foo", "place", None),))
    new_entity = Entity(id="place:new", kind="place", name="Newtown")
    first = replace(kb.docs[0], entities=kb.docs[0].entities + (new_entity,))
    with pytest.raises(StoreError):
        store.save_extractions([first, bad], signatures={"doc:one": b"sig"})
    for table in ("documents", "entities", "mentions", "events", "timexes", "signatures"):
        assert store.count(table) == 0, table
    assert store.search("artillery") == []
    # The store is still usable and the same batch, fixed, goes in whole.
    assert store.save_extractions([first, kb.docs[1]]) == 2


def test_bad_record_rolls_back(store, kb):
    # A NOT NULL violation in a record, not just a foreign key.
    broken = replace(kb.docs[1], document=replace(kb.docs[1].document, text=None))
    with pytest.raises(StoreError):
        store.save_extractions([kb.docs[0], broken])
    assert store.count("documents") == 0
    assert store.count("entities") == 0


def test_closed_store_refuses(store_url):
    from threadline.store import open_store
    s = open_store(store_url)
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.count("documents")


def test_concurrent_writers_share_entities(store_url, backend, kb):
    """Two processes' worth of writers (e.g. Dask workers) saving reports that
    name the same entities: no duplicate, no integrity error."""
    if backend == "sqlite-memory":
        pytest.skip("an in-memory database belongs to one store")
    import threading
    from threadline.store import open_store

    def reports(prefix: str) -> list[Extraction]:
        out = []
        for i, x in enumerate(kb.docs * 4):
            doc = replace(x.document, id=f"doc:{prefix}{i}", content_hash=f"{prefix}{i}")
            out.append(replace(x, document=doc,
                               mentions=tuple(replace(m, doc_id=doc.id) for m in x.mentions),
                               events=tuple(replace(e, doc_id=doc.id) for e in x.events)))
        return out

    errors: list[Exception] = []

    def write(prefix: str) -> None:
        try:
            with open_store(store_url) as s:
                batch = reports(prefix)
                for i in range(0, len(batch), 3):
                    s.save_extractions(batch[i:i + 3])
        except Exception as exc:  # collected and re-raised by the test
            errors.append(exc)

    open_store(store_url).close()
    threads = [threading.Thread(target=write, args=(p,)) for p in ("a", "b")]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    with open_store(store_url) as s:
        assert s.count("documents") == 24
        assert s.count("entities") == 6
        assert {e.entity.id: e.reports for e in s.entities()}[kb.kusong.id] == 24

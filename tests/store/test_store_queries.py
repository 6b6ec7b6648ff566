"""Reading the knowledge base: entity summaries and lookups, events, search, claims."""
from __future__ import annotations

import pytest

from threadline.errors import NotFoundError, StoreError


def test_entity_summaries_count_reports_sources_mentions(filled, kb):
    summaries = {s.entity.id: s for s in filled.entities()}
    kusong = summaries[kb.kusong.id]
    # Mentioned in all three reports, from two outlets, four + one + two times.
    assert (kusong.reports, kusong.sources, kusong.mentions) == (3, 2, 5)
    kanggye = summaries[kb.kanggye.id]
    assert (kanggye.reports, kanggye.sources, kanggye.mentions) == (1, 1, 2)
    # Chagang: one mention, and two events in the same report: still one report.
    assert (summaries[kb.chagang.id].reports, summaries[kb.chagang.id].mentions) == (1, 1)
    assert summaries[kb.factory.id].reports == 1
    ordered = [s.entity.id for s in filled.entities()]
    assert ordered[0] == kb.kusong.id
    # Ties on reports are sorted by name.
    ones = [s.entity.name for s in filled.entities() if s.reports == 1]
    assert ones == sorted(ones, key=str.lower)


def test_entity_summaries_by_kind(filled, kb):
    assert [s.entity.id for s in filled.entities(kind="facility")] == [kb.factory.id]
    assert {s.entity.id for s in filled.entities(kind="place")} == {
        kb.province.id, kb.kusong.id, kb.chagang.id, kb.kanggye.id}
    assert filled.entities(kind="person") == []


def test_find_entities_by_name_alias_prefix_contains(filled, kb):
    assert [e.id for e in filled.find_entities("kusong")] == [kb.kusong.id]
    assert [e.id for e in filled.find_entities("KUSŎNG")] == [kb.kusong.id]
    assert [e.id for e in filled.find_entities("Guseong")] == [kb.kusong.id]
    assert [e.id for e in filled.find_entities("jagang")] == [kb.chagang.id]
    assert [e.id for e in filled.find_entities("factory no. 71")] == [kb.factory.id]
    # Prefix matches, sorted by name; then matches inside a name.
    assert [e.id for e in filled.find_entities("munitions")] == [kb.factory.id, kb.bureau.id]
    assert [e.id for e in filled.find_entities("department")] == [kb.bureau.id]
    assert [e.id for e in filled.find_entities("Province")] == [kb.chagang.id, kb.province.id]
    assert filled.find_entities("Pyongyang") == []
    assert filled.find_entities("  ") == []
    assert filled.find_entities("100%_") == []


def test_children_are_recursive(filled, kb):
    assert [e.id for e in filled.children(kb.province.id)] == [kb.kusong.id, kb.factory.id]
    assert [e.id for e in filled.children(kb.kusong.id)] == [kb.factory.id]
    assert filled.children(kb.factory.id) == []
    with pytest.raises(NotFoundError):
        filled.children("place:atlantis")


def test_mentions_by_entity(filled, kb):
    found = filled.mentions(entity_id=kb.kusong.id)
    assert [(m.doc_id, m.text) for m in found] == [
        ("doc:one", "Kusŏng"), ("doc:one", "Kusŏng"), ("doc:three", "Kusong"),
        ("doc:three", "Kusŏng"), ("doc:two", "Kusong")]
    assert [m.text for m in filled.mentions(entity_id=kb.kusong.id, doc_id="doc:two")] == ["Kusong"]


def _types(events):
    return sorted(e.type for e in events)


def test_events_by_type_and_document(filled):
    assert _types(filled.events(type="INSPECTION")) == ["INSPECTION", "INSPECTION"]
    assert _types(filled.events(doc_id="doc:two")) == ["INSPECTION", "SECURITY_MEASURE"]
    assert len(filled.events()) == 7
    # Dated events first, in date order; undated (and unknown-year) last.
    assert [e.when for e in filled.events()][:4] == ["2023-06/2024-03", "2024", "2024-01", "2024-03-05"]


def test_events_since_until_compare_iso_prefixes(filled):
    def whens(**kw):
        return sorted(e.when for e in filled.events(**kw))

    # "2023-06/2024-03" filters by its start; "2024" may lie in or after January.
    assert whens(since="2024-01") == ["2024", "2024-01", "2024-03-05"]
    assert whens(since="2024-02") == ["2024", "2024-03-05"]
    assert whens(since="2024-03-05") == ["2024", "2024-03-05"]
    assert whens(since="2024-03-06") == ["2024"]
    assert whens(since="2025") == []
    assert whens(until="2023-12") == ["2023-06/2024-03"]
    assert whens(until="2024-01") == ["2023-06/2024-03", "2024", "2024-01"]
    assert whens(since="2023", until="2023") == ["2023-06/2024-03"]
    assert whens(since="2024-01", until="2024-01-31") == ["2024", "2024-01"]
    # Events without a date or with an unknown year never match a time filter.
    assert all(w and not w.startswith("X") for w in whens(since="0001"))
    with pytest.raises(StoreError):
        filled.events(since="March 2024")
    with pytest.raises(StoreError):
        filled.events(until="2024-3")


def test_events_by_entity_any_role(filled, kb):
    assert _types(filled.events(entity_ids=[kb.factory.id])) == ["PRODUCTION_ACTIVITY", "PRODUCTION_ORDER"]
    assert _types(filled.events(entity_ids=[kb.bureau.id])) == ["INSPECTION"]           # actor
    assert _types(filled.events(entity_ids={kb.kanggye.id, kb.bureau.id})) == ["INSPECTION", "SECURITY_MEASURE"]
    assert _types(filled.events(entity_ids=[kb.kusong.id], since="2024-01")) == [
        "PERSONNEL", "PRODUCTION_ORDER"]
    assert _types(filled.events(entity_ids=[kb.kusong.id], type="INSPECTION")) == ["INSPECTION"]
    assert filled.events(entity_ids=[]) == []


def test_claims_for_entity_with_documents(filled, kb):
    claims = filled.claims_for(kb.kanggye.id)
    assert {(e.type, d.id) for e, d in claims} == {("INSPECTION", "doc:two"), ("SECURITY_MEASURE", "doc:two")}
    assert claims[0][0].when == "2024-01"           # dated first
    assert claims[0][1] == kb.docs[1].document
    outlets = {d.outlet for _, d in filled.claims_for(kb.kusong.id)}
    assert outlets == {"Daily Example"}
    assert filled.claims_for("place:atlantis") == []


def test_search_words_are_anded_and_highlighted(filled):
    hits = filled.search("artillery shells")
    assert hits, "multi-word query found nothing"
    by_kind = {h.kind: h for h in hits}
    doc_hit = by_kind["document"]
    assert doc_hit.doc_id == "doc:one" and doc_hit.event_id is None
    assert doc_hit.title.startswith("Munitions Factory 71")
    assert "[artillery]" in doc_hit.snippet
    text = filled.get_document("doc:one").text
    assert text[doc_hit.start:doc_hit.end].lower() == "artillery"
    event_hit = by_kind["event"]
    assert event_hit.event_id is not None
    assert text[event_hit.start:event_hit.end].startswith("Workers have made artillery shells")
    assert "[artillery] [shells]" in event_hit.snippet
    # Both words must be there: doc:two has "shells" but not "artillery".
    assert {h.doc_id for h in hits} == {"doc:one"}


def test_search_phrase_and_stemming(filled):
    assert {h.doc_id for h in filled.search('"unpaid rations"')} == {"doc:three"}
    assert filled.search('"rations unpaid"') == []
    # "shell" finds "shells" (stemmed) in two reports.
    assert {h.doc_id for h in filled.search("shell")} == {"doc:one", "doc:two"}


def test_search_survives_punctuation_and_operators(filled):
    for query in ['Kusŏng"', "artillery AND (shells", "NOT", "*", "'", "-shells", "a:b", "NEAR(x y)",
                  'plant"s', "“Kusŏng”", "", "   ", "..."]:
        filled.search(query)        # must not raise
    assert filled.search("...") == []
    assert {h.doc_id for h in filled.search("“Kusŏng”")} >= {"doc:one", "doc:three"}


def test_search_skips_boilerplate_and_limits(filled):
    assert filled.search("Korean") == []       # "Read in Korean" is boilerplate
    assert len(filled.search("plant", limit=2)) == 2
    assert filled.search("plant", limit=0) == []


def test_search_reports_each_event_once(filled):
    # The inspection sentence is evidence of two events; each event appears once.
    hits = [h for h in filled.search("inspectors") if h.kind == "event"]
    assert len(hits) == len({h.event_id for h in hits}) == 2


def test_search_count_matches_an_unlimited_search(filled):
    for query in ("plant", "artillery shells", '"unpaid rations"', "inspectors", "zeppelin", "NEAR(", ""):
        assert filled.search_count(query) == len(filled.search(query, limit=10_000)), query


def test_korean_text_is_found_by_substring_on_every_backend(store):
    text = "양강도 혜산시에서 제련소 가동이 다시 시작되었다고 한다. 혜산광산 노동자들도 동원되었다."
    from threadline.model import Document, Extraction
    store.save_extractions([Extraction(Document(id="ko", source="ko.txt", text=text, language="ko",
                                                content_hash="h-ko"))])
    hits = store.search("혜산")
    assert [h.doc_id for h in hits] == ["ko"]
    assert text[hits[0].start:hits[0].end] == "혜산"
    assert "[혜산]" in hits[0].snippet
    assert store.search_count("혜산") == 1
    assert store.search_count("제련소 가동") == 1 and store.search_count('"제련소 가동"') == 1
    assert store.search("평양") == [] and store.search_count("평양") == 0
    assert store.search("혜산%") != [] and store.search("혜_산") == []     # LIKE wildcards are literal


def test_other_language_reports_by_entity_day_outlet_and_language(filled, kb):
    ids = lambda found: [x.document.id for x in found]  # noqa: E731
    # A Korean report of 2024-03-08 from "Daily Example" that names Kusŏng and the factory.
    found = filled.other_language_reports("ko", {kb.kusong.id, kb.factory.id}, "2024-03-06", "2024-03-10",
                                          "Daily Example")
    assert ids(found) == ["doc:one", "doc:three"]      # most shared entities first; doc:three has no date
    one = found[0]
    assert one.document == kb.docs[0].document
    assert {m.entity_id for m in one.mentions} == {kb.kusong.id, kb.province.id, kb.factory.id}
    assert [t.value for t in one.timexes] == ["2024-03-05", "2023-06"]
    assert sorted(e.type for e in one.events) == ["PRODUCTION_ACTIVITY", "PRODUCTION_ORDER"]
    # Another outlet, another week, the same language, no shared entity: none of them.
    assert ids(filled.other_language_reports("ko", {kb.kusong.id}, "2024-03-06", "2024-03-10", "Other")) == []
    assert ids(filled.other_language_reports("ko", {kb.factory.id}, "2024-04-06", "2024-04-10", None)) == []
    assert ids(filled.other_language_reports("en", {kb.kusong.id}, "2024-03-06", "2024-03-10", None)) == []
    assert ids(filled.other_language_reports("ko", {"place:nowhere"}, "2024-03-06", "2024-03-10", None)) == []
    assert filled.other_language_reports("ko", set(), "2024-03-06", "2024-03-10", None) == []
    # A report dated by month only ("2024-02") may hold any of the days asked for.
    assert ids(filled.other_language_reports("ko", {kb.kanggye.id}, "2024-02-27", "2024-03-02", None)) == ["doc:two"]
    assert ids(filled.other_language_reports("ko", {kb.kusong.id}, "2024-03-06", "2024-03-10", None, limit=1)) == [
        "doc:one"]

"""Claims across reports: independent sources and contradictions."""
from threadline.analyze import claim_groups
from threadline.analyze.corroboration import source_key
from threadline.model import Document, Event, PublishedDate, Span


def _doc(doc_id, outlet, text, published="2024-10-20", copy_of=None):
    return Document(id=doc_id, source=doc_id, text=text, outlet=outlet, published=PublishedDate(published, "given"),
                    near_duplicate_of=copy_of, content_hash=doc_id)


def _event(doc, type_="FACILITY_STATUS", attribution="anonymous_insider", when="2024-10"):
    return Event(doc_id=doc.id, type=type_, evidence=(Span(0, len(doc.text)),), when=when,
                 facilities=("fac:kanggye-tractor",), attribution=attribution)


def test_copies_and_relays_of_one_source_count_once():
    a = _doc("a", "Daily NK", "The plant has been operating at full capacity.")
    b = _doc("b", "Wire", "The plant has been operating at full capacity.", copy_of="a")
    c = _doc("c", "Yonhap", "The NIS said the plant is running.")
    d = _doc("d", "Dong-A Ilbo", "The NIS said the plant is running.")
    claims = [(_event(a), a), (_event(b), b), (_event(c, attribution="intelligence_agency"), c),
              (_event(d, attribution="intelligence_agency"), d)]
    group, = claim_groups(claims)
    assert len(group.claims) == 4
    assert group.independent_sources == 2  # Daily NK (and its copy) + the NIS (relayed twice)
    assert source_key(claims[1][0], b, {"a": a, "b": b}) == source_key(claims[0][0], a, {"a": a})


def test_running_and_stopped_in_one_period_is_a_contradiction():
    a = _doc("a", "Daily NK", "The plant has been operating at full capacity since early October.")
    b = _doc("b", "Dong-A Ilbo", "The plant has ceased operation since Oct. 6 after a blast.")
    groups = claim_groups([(_event(a, "PRODUCTION_ACTIVITY"), a), (_event(b), b)])
    notes = [n for g in groups for n in g.contradictions]
    assert notes and "Daily NK" in notes[0] and "Dong-A Ilbo" in notes[0]


def test_different_periods_are_different_happenings():
    a = _doc("a", "Daily NK", "The plant was shut down.")
    b = _doc("b", "Yonhap", "The plant was shut down.")
    groups = claim_groups([(_event(a, when="2023-05"), a), (_event(b, when="2024-10"), b)])
    assert len(groups) == 2
    assert all(not g.contradictions for g in groups)

"""Happenings across reports: joined only on evidence, with reasons, counted by origin."""
from dataclasses import replace

from threadline.analyze.happenings import compare, group_happenings, origin
from threadline.model import Document, Event, PublishedDate, Quantity, Span

CHAIN = {"place:kusong": frozenset({"place:kusong", "place:npyongan", "country:KP"}),
         "place:npyongan": frozenset({"place:npyongan", "country:KP"}),
         "place:hyesan": frozenset({"place:hyesan", "place:ryanggang", "country:KP"})}
COUNTRIES = frozenset({"country:KP", "country:RU"})


def _doc(doc_id, outlet, published, source_type="news", copy_of=None):
    return Document(id=doc_id, source=f"{doc_id}.txt", text="x" * 200, content=(Span(0, 200),),
                    published=PublishedDate(published, "given"), outlet=outlet, source_type=source_type,
                    near_duplicate_of=copy_of)


def _event(doc_id, when, *, type_="INSPECTION", where=(), facilities=(), actors=(), attribution="outlet",
           cue=None, modality="asserted", quantities=()):
    return Event(doc_id=doc_id, type=type_, evidence=(Span(0, 50),), when=when, where=tuple(where),
                 facilities=tuple(facilities), actors=tuple(actors), attribution=attribution,
                 attribution_text=cue, modality=modality, quantities=tuple(quantities))


def test_a_prediction_and_a_later_report_are_two_happenings():
    said = _event("a", "2024-05", facilities=["fac:mf71"], modality="predicted")
    done = _event("b", "2024-05-03", facilities=["fac:mf71"])
    verdict, reason = compare(said, done, CHAIN, COUNTRIES)
    assert verdict == "apart" and "prediction" in reason


def test_nested_places_in_one_month_are_one_happening_and_others_are_not():
    a = _event("a", "2024-03-02", where=["place:kusong"])
    b = _event("b", "2024-03", where=["place:npyongan"])
    c = _event("c", "2024-03", where=["place:hyesan"])
    assert compare(a, b, CHAIN, COUNTRIES)[0] == "joined"
    assert compare(a, c, CHAIN, COUNTRIES)[0] == "apart"


def test_a_shared_country_alone_or_no_date_is_too_thin_to_corroborate():
    a = _event("a", "2024-03", type_="TRANSFER", where=["country:RU"], actors=["country:KP"])
    b = _event("b", "2024-03", type_="TRANSFER", where=["country:RU"], actors=["country:KP"])
    assert compare(a, b, CHAIN, COUNTRIES)[0] == "thin"
    undated = _event("c", None, facilities=["fac:mf71"])
    assert compare(undated, _event("d", "2024-03", facilities=["fac:mf71"]), CHAIN, COUNTRIES)[0] == "thin"


def test_times_that_disagree_keep_claims_apart_with_the_reason():
    verdict, reason = compare(_event("a", "2024-03", facilities=["fac:x"]), _event("b", "2024-04", facilities=["fac:x"]),
                              CHAIN, COUNTRIES)
    assert verdict == "apart" and "2024-03" in reason and "2024-04" in reason


def test_independent_sources_count_origins_not_outlets():
    kcna = _doc("k", "KCNA", "2024-03-03", "state_media")
    rewrite = _doc("y", "Yonhap", "2024-03-03")
    copy = _doc("c", "Korea Times", "2024-03-04", copy_of="y")
    insider = _doc("d", "Daily NK", "2024-03-05", "insider")
    claims = [(_event("k", "2024-03-02", facilities=["fac:mf71"], attribution="state_media", cue="KCNA"), kcna),
              (_event("y", "2024-03-02", facilities=["fac:mf71"], attribution="state_media", cue="state media"), rewrite),
              (_event("c", "2024-03-02", facilities=["fac:mf71"]), copy),
              (_event("d", "2024-03", facilities=["fac:mf71"], attribution="anonymous_insider"), insider)]
    (h,) = group_happenings(claims, CHAIN, COUNTRIES)
    assert len(h.claims) == 4
    assert h.origins == ("DPRK state media", "Yonhap", "insiders of Daily NK")
    assert h.independent_sources == 3
    assert all(d.verdict == "joined" and d.reason for d in h.decisions)
    assert origin(claims[2][0], copy, {d.id: d for _, d in claims}) == "Yonhap"


def test_figures_about_the_same_parties_join_dated_claims():
    a = _event("a", "2024-10", type_="TRANSFER", where=["country:RU"],
               quantities=[Quantity("13,000 containers", 13000.0, item="containers")])
    b = _event("b", "2024-10-02", type_="TRANSFER", where=["country:RU"],
               quantities=[Quantity("13,000 containers", 13000.0, item="containers")])
    assert compare(a, b, CHAIN, COUNTRIES) == ("joined", "same figure about the same parties")


def test_copies_of_one_report_tell_one_happening_however_vaguely_dated():
    original = _doc("a", "Daily NK", "2024-03-20")
    edition = _doc("b", "Daily NK", "2024-03-20", copy_of="a")
    said = _event("a", "2024", type_="PRODUCTION_ACTIVITY", facilities=["fac:mf71"])
    again = _event("b", "2024-SP", type_="PRODUCTION_ACTIVITY", facilities=["fac:mf71"])
    happening, = group_happenings([(said, original), (again, edition)], CHAIN, COUNTRIES)
    assert happening.independent_sources == 1 and "copy or edition" in happening.decisions[0].reason
    # Without the copy link the same two claims are too vaguely dated to join.
    other = _doc("c", "Yonhap", "2024-03-21")
    assert len(group_happenings([(said, original), (replace(again, doc_id="c"), other)], CHAIN, COUNTRIES)) == 2

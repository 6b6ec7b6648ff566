"""Claims across reports: independent sources and contradictions."""
from dataclasses import replace

from threadline.analyze import claim_groups
from threadline.analyze.happenings import origin as source_key
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
    flags = {c for g in groups for c in g.contradictions}
    assert len(flags) == 1
    flag, = flags
    assert flag.field == "status" and "Daily NK" in flag.note and "Dong-A Ilbo" in flag.note


def test_different_periods_are_different_happenings():
    a = _doc("a", "Daily NK", "The plant was shut down.")
    b = _doc("b", "Yonhap", "The plant was shut down.")
    groups = claim_groups([(_event(a, when="2023-05"), a), (_event(b, when="2024-10"), b)])
    assert len(groups) == 2
    assert all(not g.contradictions for g in groups)


def _claim(doc, type_, when, *, actors=(), where=(), facilities=(), attribution="outlet", cue=None,
           modality="asserted", trigger=None):
    return Event(doc_id=doc.id, type=type_, evidence=(Span(0, len(doc.text)),), when=when, actors=tuple(actors),
                 where=tuple(where), facilities=tuple(facilities), attribution=attribution, attribution_text=cue,
                 modality=modality, trigger=trigger)


def test_a_prediction_and_an_intelligence_headline_are_not_one_corroborated_transfer():
    # The shape of the demo's Russia claims: a 2025 guess about tanks and a 2024 briefing on shells.
    a = _doc("a", "Seoul Daily", "Officials suspect the tanks could be supplied to Russia next year.", "2025-06-11")
    b = _doc("b", "Wire", "Arms shipments to Russia continue, the spy agency said.", "2024-03-20")
    groups = claim_groups([
        (_claim(a, "TRANSFER", "2026", actors=["country:KP", "country:RU"], modality="predicted"), a),
        (_claim(b, "TRANSFER", "2024-03", actors=["country:KP", "country:RU"], attribution="intelligence_agency",
                cue="the spy agency"), b)])
    assert len(groups) == 2 and all(g.independent_sources == 1 for g in groups)


def test_state_media_under_two_names_is_one_origin():
    a = _doc("a", "KCNA", "The delegation met officials in Pyongyang.", "2011-05-03")
    b = _doc("b", "Rodong Sinmun", "The delegation met officials in Pyongyang.", "2011-05-04")
    group, = claim_groups([
        (_claim(a, "MEETING", "2011-05-02", actors=["org:delegation"], attribution="state_media", cue="KCNA"), a),
        (_claim(b, "MEETING", "2011-05-02", actors=["org:delegation"], attribution="state_media",
                cue="state media"), b)])
    assert group.independent_sources == 1 and group.sources == ("DPRK state media",)
    assert any("same actor" in d.reason for d in group.decisions)


def test_declarations_with_different_partners_are_different_agreements():
    a = _doc("a", "KCNA", "A joint declaration was signed with Japan.", "2011-07-01")
    b = _doc("b", "KCNA", "A declaration was adopted with Moscow.", "2011-07-02")
    groups = claim_groups([
        (_claim(a, "AGREEMENT", "2011-07", actors=["country:KP", "country:JP"], attribution="state_media"), a),
        (_claim(b, "AGREEMENT", "2011-07", actors=["country:KP", "country:RU"], attribution="state_media"), b)],
        entities={"country:KP": _country("KP"), "country:JP": _country("JP"), "country:RU": _country("RU")})
    assert len(groups) == 2


def _country(code):
    from threadline.model import Entity
    return Entity(id=f"country:{code}", kind="place", name=code, level="country", country=code)


def test_a_denial_is_kept_apart_from_the_claim_it_denies_and_flagged():
    a = _doc("a", "Wire", "North Korea shipped artillery shells to Russia in October, the NIS said.", "2024-11-02")
    b = _doc("b", "State radio", "Pyongyang and Moscow have dismissed reports of arms transfers as groundless.",
             "2024-11-05")
    ents = {"country:KP": _country("KP"), "country:RU": _country("RU")}
    groups = claim_groups([
        (_claim(a, "TRANSFER", "2024-10", actors=["country:KP", "country:RU"], attribution="intelligence_agency",
                cue="the NIS", trigger="shipped"), a),
        (_claim(b, "TRANSFER", "2024-11", actors=["country:KP", "country:RU"], trigger="transfers"), b)],
        entities=ents)
    assert len(groups) == 2
    flag, = {c for g in groups for c in g.contradictions}
    assert flag.field == "polarity" and "State radio" in flag.note and "denies" in flag.note


def test_never_before_the_trigger_is_a_denial_but_elsewhere_it_is_not():
    from threadline.analyze.contradictions import denied
    a = _doc("a", "KCNA", "The DPRK has never transferred any weapons to Russia.", "2024-06-08")
    b = _doc("b", "KCNA", "The workers never rested until the plant transferred its output.", "2024-06-08")
    assert denied(_claim(a, "TRANSFER", None, trigger="transferred"), a)
    assert not denied(_claim(b, "TRANSFER", None, trigger="transferred"), b)


def test_figures_that_cannot_both_hold_are_flagged_with_both_figures():
    from threadline.model import Quantity
    a = _doc("a", "Wire", "North Korea has sent about 1 million shells to Russia.", "2024-09-01")
    b = _doc("b", "Paper", "North Korea has sent some 6 million shells to Russia.", "2024-09-03")
    ea = replace(_claim(a, "TRANSFER", "2024-09", actors=["country:KP", "country:RU"]),
                 quantities=(Quantity("about 1 million shells", 1e6, True, "shell", "shells"),))
    eb = replace(_claim(b, "TRANSFER", "2024-09", actors=["country:KP", "country:RU"]),
                 quantities=(Quantity("some 6 million shells", 6e6, True, "shell", "shells"),))
    flag, = {c for g in claim_groups([(ea, a), (eb, b)]) for c in g.contradictions}
    assert flag.field == "quantity" and "1 million" in flag.note and "6 million" in flag.note
    # Figures within what "about" allows agree; one origin never contradicts itself.
    ec = replace(eb, quantities=(Quantity("some 1.2 million shells", 1.2e6, True, "shell", "shells"),))
    assert not any(g.contradictions for g in claim_groups([(ea, a), (ec, b)]))
    same = replace(b, outlet="Wire")
    assert not any(g.contradictions for g in claim_groups([(ea, a), (replace(eb, doc_id="b"), same)]))


def test_one_happening_dated_to_different_days_is_flagged():
    a = _doc("a", "Daily NK", "The inspection of the plant began on March 11.", "2024-03-14")
    b = _doc("b", "Wire", "The inspection of the plant began on March 13.", "2024-03-20")
    groups = claim_groups([(_claim(a, "INSPECTION", "2024-03-11", facilities=["fac:mf71"]), a),
                           (_claim(b, "INSPECTION", "2024-03-13", facilities=["fac:mf71"]), b)])
    flag, = {c for g in groups for c in g.contradictions}
    assert flag.field == "when" and "2024-03-11" in flag.note and "2024-03-13" in flag.note

"""The entity component: the domain's names and patterns win over the statistical model."""
from threadline.nlp.extensions import MENTIONS_KEY
from tests.helpers import doc_from


def _mentions(extractor, text):
    from threadline.nlp import annotate
    (_, doc, _), = list(annotate(extractor.nlp, [doc_from(text)], 8))
    return [(s.text, s.label_, s.kb_id_) for s in doc.spans[MENTIONS_KEY]]


def test_places_the_stock_model_calls_people_are_places(extractor):
    found = _mentions(extractor, "Officials from Chagang travelled to Hoeryong last week to meet guards.")
    assert ("Chagang", "place", "place:chagang") in found
    assert ("Hoeryong", "place", "place:hoeryong") in found


def test_numbered_facility_is_one_mention(extractor):
    found = _mentions(extractor, "Workers at Munitions Factory 71 in Taechon County were told to work nights.")
    assert ("Munitions Factory 71", "facility", "fac:mf71") in found
    assert ("Taechon County", "place", "place:taechon") in found
    assert not any(text == "71" for text, _, _ in found)


def test_described_facility_and_unknown_district(extractor):
    found = _mentions(extractor, "Guards were added at a missile parts factory in Ryongsong district of Hamhung.")
    assert ("missile parts factory", "facility", "") in found
    assert any(kind == "place" and text.startswith("Ryongsong") for text, kind, _ in found)


def test_model_finds_people_the_pack_does_not_list(extractor):
    found = _mentions(extractor, "Premier Pak Pong Ju toured the Kim Chaek Iron and Steel Complex on Monday.")
    assert ("Kim Chaek Iron and Steel Complex", "facility", "fac:kim-chaek-steel") in found
    assert any(kind == "person" and "Pak Pong Ju" in text for text, kind, _ in found)


def test_timex_component_uses_the_publication_date(extractor):
    from threadline.nlp import annotate
    (_, doc, _), = list(annotate(extractor.nlp, [doc_from("The order was issued last June.", published="2024-03-07")], 8))
    assert [(t.text, t.value) for t in doc._.timexes] == [("last June", "2023-06")]


def test_sentences_follow_punctuation_and_line_breaks(extractor):
    from threadline.nlp import annotate
    text = ("Factory No. 26 in Kanggye met its plan on Mar. 2. (Rodong Sinmun)\n"
            "Headline without a stop\nThe U.S. envoy said “the plant is idle.” Officials agreed.")
    (_, doc, _), = list(annotate(extractor.nlp, [doc_from(text)], 8))
    assert [s.text.strip() for s in doc.sents] == [
        "Factory No. 26 in Kanggye met its plan on Mar. 2.", "(Rodong Sinmun)", "Headline without a stop",
        "The U.S. envoy said “the plant is idle.”", "Officials agreed."]


def test_dependency_parse_setting_adds_the_parser_and_keeps_the_components():
    from threadline.nlp import build_nlp
    from threadline.settings import Settings
    nlp = build_nlp(Settings(dependency_parse=True))
    assert {"parser", "ner", "threadline_entities_v1", "threadline_timex_v1"} <= set(nlp.pipe_names)
    doc = nlp("Inspectors visited Munitions Factory 71 on Mar. 2.\nThe plant was shut down.")
    assert doc.has_annotation("DEP") and len(list(doc.sents)) == 2


def test_paired_provinces_name_the_first_by_its_direction_alone(extractor):
    found = _mentions(extractor, "Farms in North and South Hamgyong Provinces raised output.")
    assert ("North", "place", "place:nhamgyong") in found
    assert ("South Hamgyong", "place", "place:shamgyong") in found


def test_ideas_wars_and_slogans_are_not_organizations(extractor):
    found = _mentions(extractor, "The forum studied the Juche Idea and recalled the Fatherland Liberation War, "
                                 "as the crowd shouted Down with the aggressors in Songun Korea.")
    texts = {t for t, _, _ in found}
    assert not texts & {"Juche Idea", "Fatherland Liberation War", "Down", "Songun Korea"}, found


def test_overlap_lookup_over_sorted_spans():
    """The bisection that keeps a long report linear answers as a scan would."""
    from threadline.nlp.entities import _overlaps_any

    taken = [(0, 5), (10, 20), (30, 31)]
    for start, end in [(0, 1), (4, 6), (5, 10), (9, 11), (19, 30), (20, 30), (31, 40), (25, 35), (2, 3)]:
        scan = any(start < e and s < end for s, e in taken)
        assert _overlaps_any(taken, start, end) == scan, (start, end)
    assert not _overlaps_any([], 0, 10)


def test_a_place_inside_an_organization_name_is_part_of_the_name(extractor):
    found = _mentions(extractor, "A delegation of the China Flower Association arrived in Pyongyang on Monday.")
    assert ("China Flower Association", "organization", "") in found
    assert not any(text == "China" for text, _, _ in found)
    assert ("Pyongyang", "place", "place:pyongyang") in found


def test_the_north_is_north_korea_but_not_inside_other_names(extractor):
    found = _mentions(extractor, "The North fired two missiles. The North Sea was calm. "
                                 "Talks between the North and the South ended.")
    assert [kb for text, _, kb in found if text == "North"] == ["country:KP", "country:KP"]
    assert not any(text == "North" and kb != "country:KP" for text, _, kb in found)

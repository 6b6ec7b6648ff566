"""The clause that states an event: its arguments come from it, not from the words around it."""
import pytest

from threadline.extract.clauses import event_clause


@pytest.fixture(scope="module")
def parse(extractor):
    return lambda text: extractor.clauses.parse([text])[0]


def _names_in(text, doc, trigger, names, claims=()):
    at = text.index(trigger)
    ranges = event_clause(doc, at, at + len(trigger), claims)
    return {n for n in names if any(a <= text.index(n) < b for a, b in ranges)}


def test_a_coordinated_clause_with_its_own_subject_is_another_happening(parse):
    text = ("The Kim Chaek Iron and Steel Complex raised its steel output, and farmers in South Hamgyong "
            "Province harvested more grain.")
    names = {"Kim Chaek Iron and Steel Complex", "South Hamgyong Province"}
    assert _names_in(text, parse(text), "raised", names) == {"Kim Chaek Iron and Steel Complex"}
    assert _names_in(text, parse(text), "harvested", names) == {"South Hamgyong Province"}


def test_whoever_says_it_is_not_in_the_clause(parse):
    for text in ("The NIS said North Korea shipped artillery shells to Russia.",
                 "North Korea shipped artillery shells to Russia, the NIS said."):
        claims = [(text.index("said"), text.index("said") + 4)]
        assert _names_in(text, parse(text), "shipped", {"NIS", "North Korea", "Russia"}, claims) == \
            {"North Korea", "Russia"}, text


def test_a_noun_trigger_takes_the_clause_of_its_verb(parse):
    text = "An inspection of Munitions Factory 71 by party officials began in Taechon County on March 11."
    assert _names_in(text, parse(text), "inspection", {"Munitions Factory 71", "Taechon County"}) == \
        {"Munitions Factory 71", "Taechon County"}


def test_a_raised_subject_belongs_to_the_clause(parse):
    text = "North Korea is estimated to have shipped 13,000 containers of munitions to Russia."
    assert "North Korea" in _names_in(text, parse(text), "shipped", {"North Korea", "Russia"})


def test_an_unnamed_trigger_takes_the_whole_sentence(parse):
    text = "Workers of the Chollima Steel Complex overfulfilled their plan."
    assert event_clause(parse(text), 10, 10) == [(0, len(text))]

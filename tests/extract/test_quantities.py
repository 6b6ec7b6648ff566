"""Quantities as data: counts, approximations, units, items, rates and ratios."""
import pytest

from threadline.extract.quantities import find_quantities
from threadline.model import Quantity
from tests.helpers import extract_one


@pytest.mark.parametrize("sentence, text, value, approximate, unit, item, per, ratio", [
    ("Russia took delivery of more than 13,000 shipping containers from the North.",
     "more than 13,000 shipping containers", 13000, True, None, "shipping containers", None, False),
    ("Pyongyang has shipped 6 million 152-millimeter artillery shells so far.",
     "6 million 152-millimeter artillery shells", 6e6, False, None, "152-millimeter artillery shells", None, False),
    ("A dozen shipments were seen at the pier.", "A dozen shipments", 12, False, None, "shipments", None, False),
    ("The line now turns out 6,000 shells per month.", "6,000 shells per month", 6000, False, None, "shells", "month", False),
    ("Output reached four times the average annual level.", "four times", 4, False, None, "average annual level", None, True),
    ("Brigades hauled 300 tons of manure overnight.", "300 tons of manure", 300, False, "ton", "manure", None, False),
    ("The mine fulfilled its plan at 112 percent.", "112 percent", 112, False, "percent", None, None, False),
    ("Some 20 to 30 officers were dismissed.", "Some 20 to 30 officers", 20, True, None, "officers", None, False),
])
def test_each_kind_of_figure_becomes_structured(sentence, text, value, approximate, unit, item, per, ratio):
    found = find_quantities(sentence)
    assert found == [Quantity(text=text, value=float(value), approximate=approximate, unit=unit, item=item,
                              per=per, ratio=ratio)]
    assert found[0].text in sentence


def test_numbers_in_names_and_dates_are_not_quantities():
    sentence = "Workers of Factory 71 finished the job in 2023."
    at = sentence.index("Factory 71")
    assert find_quantities(sentence, [(at, at + len("Factory 71"))]) == []


def test_stored_plain_strings_still_load():
    assert Quantity.from_stored("3,000 shells") == Quantity(text="3,000 shells")
    q = Quantity(text="5 tons", value=5.0, unit="ton")
    assert Quantity.from_stored(q.as_dict()) == q


def test_an_event_carries_its_figures(extractor):
    x = extract_one(extractor, "Pyongyang shipped about 13,000 containers of munitions to Russia, "
                               "the defense ministry said on Monday.\n", published="2024-03-07")
    figures = [q for e in x.events for q in e.quantities]
    assert any(q.value == 13000 and q.approximate and q.item.startswith("containers") for q in figures)


def test_a_number_hyphened_to_a_word_is_a_designation_not_a_count():
    text = "North Korea supplied Russia with dozens of KN-23 missiles and iodine-131 was detected."
    found = find_quantities(text, [])
    assert [q.value for q in found] == [12]  # "dozens", not the 23 of KN-23 nor the 131

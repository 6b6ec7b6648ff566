"""TIMEX3 values in words, for people; unknown forms pass through unchanged."""
import pytest

from threadline.temporal.humanize import humanize_when


@pytest.mark.parametrize("value, words", [
    ("2023-FA", "autumn 2023"),
    ("XXXX-08/XXXX-03-20", "August (year unknown) to 20 March (year unknown)"),
    ("2024-03-02", "2 March 2024"),
    ("2024-03", "March 2024"),
    ("2024", "2024"),
    ("2024-Q1", "first quarter of 2024"),
    ("2024-H2", "second half of 2024"),
    ("2024-W12", "week 12 of 2024"),
    ("2024-03-02TAF", "afternoon of 2 March 2024"),
    ("2024-03-02T14:30", "2 March 2024, 14:30"),
    ("PRESENT_REF", "now"),
    ("P3D", "3 days"),
    ("P1Y", "1 year"),
    ("199", "the 1990s"),
    (None, "undated"),
    ("2024-13", "2024-13"),
    ("NONSENSE", "NONSENSE"),
])
def test_values_read_as_words(value, words):
    assert humanize_when(value) == words

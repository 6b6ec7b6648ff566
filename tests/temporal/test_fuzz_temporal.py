"""Property-based tests of publication-date inference and TIMEX normalisation (issue 15).

Properties: no exception at all; every timex inside the text and equal to the text
at its offsets; every value (and interval end) a valid TIMEX3 value; an inferred
publication date a real date. Example counts: ``tests/fuzz_support.py``.
"""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz_support import TIMEX3_VALUE, any_text, dcts, fuzz
from threadline.ingest.document import valid_date
from threadline.temporal import find_timexes, infer_publication_date


@fuzz
@given(any_text, dcts, st.booleans())
@example("since last June, the middle of last year", "2024-03-07", False)
@example("Juche 103 (2014)", None, False)
@example("on February 29", "2023-03-01", True)
def test_fuzz_timexes_lie_in_the_text_and_have_timex3_values(text, dct, inferred):
    for t in find_timexes(text, dct, dct_inferred=inferred):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value and TIMEX3_VALUE.match(t.value), t
        assert t.interval_end is None or TIMEX3_VALUE.match(t.interval_end), t


@fuzz
@given(any_text)
@example("Posted: Mar. 7, 2024")
@example("PYONGYANG, February 30 (KCNA) --")
@example("It was said yesterday that on March 5 the plant stopped.")      # an unknown year stays XXXX
def test_fuzz_an_inferred_publication_date_is_a_real_date(text):
    pub = infer_publication_date(text)
    # Normalisation never invents precision: a year the text does not give stays XXXX.
    known = pub.value.replace("XXXX", "2000", 1) if pub.value and pub.value.startswith("XXXX") else pub.value
    assert known is None or valid_date(known), pub
    if pub.evidence:
        assert pub.evidence in text or pub.basis != "stated"

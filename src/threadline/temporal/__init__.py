"""Time expressions: TIMEX3 recognition and normalisation, publication dates, TimeML.

Public API:
    find_timexes(text, dct, *, dct_inferred=False, spans=None) -> list[Timex]
    infer_publication_date(text, spans=None) -> PublishedDate
    to_timeml(doc_id, text, dct, timexes) -> str
    from_timeml(xml) -> (text, dct, timexes)
    values_compatible(a, b) -> bool
    times_overlap(a, b) -> bool: each value at its own precision (seasons, quarters, intervals)
"""
from threadline.temporal.normalize import times_overlap, value_bounds, values_compatible
from threadline.temporal.pubdate import infer_publication_date
from threadline.temporal.recognize import find_timexes
from threadline.temporal.timeml import from_timeml, to_timeml

__all__ = ["find_timexes", "infer_publication_date", "to_timeml", "from_timeml", "values_compatible", "times_overlap", "value_bounds"]

"""Property-based test of the whole extraction path on generated reports (issue 15).

Properties: no exception; every mention, timex and piece of evidence lies inside the
report; the text at a mention's offsets is the mention; the text at an evidence span
is a non-empty sentence of the report, and stored evidence reads back the same.
"""
from __future__ import annotations

from hypothesis import given, settings

from tests.fuzz_support import EXAMPLES, dcts, fuzz, report_like
from tests.helpers import doc_from
from threadline.store import open_store


@settings(fuzz, max_examples=max(20, EXAMPLES // 4))
@given(report_like, dcts)
def test_fuzz_extraction_offsets_point_at_their_text(extractor, text, dct):
    if not any(ch.isalnum() for ch in text):
        return
    document = doc_from(text.replace("\x00", "\ufffd"), published=dct if dct and len(dct) == 10 else None)
    [x] = list(extractor.extract([document]))
    text = document.text
    for m in x.mentions:
        assert text[m.start:m.end] == m.text
    for t in x.timexes:
        assert text[t.start:t.end] == t.text
    for e in x.events:
        assert 0 <= e.start <= e.end <= len(text)
        for s in e.evidence:
            assert 0 <= s.start < s.end <= len(text) and text[s.start:s.end].strip()
    with open_store(":memory:") as store:
        store.save_extractions([x])
        for e in store.events(doc_id=document.id):
            stored = store.get_document(document.id).text
            assert [stored[s.start:s.end] for s in e.evidence] == \
                [text[s.start:s.end] for s in next(v for v in x.events if v.id == e.id).evidence]

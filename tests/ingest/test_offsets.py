"""Offsets: every stored span points into the original text, exactly as read."""
from __future__ import annotations

import pytest

from threadline import pipeline
from threadline.ingest.offsets import SEPARATOR, OffsetMap
from threadline.model import Span
from threadline.settings import Settings
from threadline.store import open_store

REPORT = """munitions, kusong, tank plant, north pyongan,
Inspectors descend on Kusŏng tank works as quota pressure mounts
By Ri Chol-min - 2024.05.21 9:10am

A Daily NK source in North Pyongan Province said on Monday that a team from the Munitions Industry Department began a 10-day inspection of the tank plant in Kusŏng on May 20. “They want every ledger,” the source said.

According to the source, the Second Economic Committee ordered the plant to raise output of tank engines last month, and Munitions Factory 71 in Taechon County was told to send parts by rail since early May.

The source said managers at the Kusŏng plant could lose their posts if the inspection finds that figures were inflated, and the Ministry of State Security has posted guards at the gate.

Translated by Mina Park.

Please send any comments or questions about this article to tips@example.org.

Read in Korean
"""


def test_offset_map_round_trips_every_character():
    text = "TAG, LINE, HERE,\n\nFirst “para” on Kusŏng.\n\n  Second para.  \n\nFooter"
    content = [Span(18, 41), Span(45, 57)]
    omap = OffsetMap.build(text, content)
    assert omap.clean == "First “para” on Kusŏng." + SEPARATOR + "Second para."
    sep = omap.clean.index(SEPARATOR)
    for i, ch in enumerate(omap.clean):
        if sep <= i < sep + len(SEPARATOR):
            continue                      # the joining blank line has no original
        s, e = omap.to_original(i, i + 1)
        assert text[s:e] == ch
    second = omap.clean.index("Second")
    s, e = omap.to_original(0, len("First “para”"))
    assert text[s:e] == "First “para”"
    s, e = omap.to_original(second, len(omap.clean))
    assert text[s:e] == "Second para."


def test_a_range_across_the_separator_covers_both_spans():
    text = "aaa\nxx\nbbb"
    omap = OffsetMap.build(text, [Span(0, 3), Span(7, 10)])
    assert omap.clean == "aaa\n\nbbb"
    assert omap.to_original(1, 7) == (1, 9)


def test_no_content_spans_means_the_whole_text():
    omap = OffsetMap.build("all of it", [])
    assert omap.clean == "all of it"
    assert omap.to_original(4, 6) == (4, 6)


def _check_offsets(store, doc_id):
    doc = store.get_document(doc_id)
    text = doc.text
    n = 0
    for m in store.mentions(doc_id=doc_id):
        assert text[m.start:m.end] == m.text, (doc_id, m)
        n += 1
    for t in store.timexes(doc_id):
        assert text[t.start:t.end] == t.text, (doc_id, t)
        n += 1
    for e in store.events(doc_id=doc_id):
        for s in e.evidence:
            assert 0 <= s.start < s.end <= len(text)
            assert text[s.start:s.end].strip()
            assert not any(s.overlaps(b) for b in doc.boilerplate), (doc_id, text[s.start:s.end])
        if e.when_text:
            assert e.when_text in text
        n += 1
    return n


@pytest.fixture(scope="module")
def report_store(tmp_path_factory):
    root = tmp_path_factory.mktemp("offsets")
    (root / "kusong.txt").write_text(REPORT, encoding="utf-8")
    s = open_store(str(root / "kb.db"))
    report = pipeline.run([str(root / "kusong.txt")], Settings(offline=True), s)
    assert report.stored == 1
    yield s
    s.close()


def test_every_stored_span_of_a_report_with_boilerplate_points_into_the_original(report_store):
    doc = report_store.get_document("kusong")
    assert doc.text == REPORT
    assert _check_offsets(report_store, "kusong") > 0
    mentions = report_store.mentions(doc_id="kusong")
    assert any(m.text == "Kusŏng" for m in mentions)            # after the non-ASCII ŏ and “ ”
    assert any(m.text == "Munitions Factory 71" for m in mentions)
    assert report_store.events(doc_id="kusong")
    assert report_store.timexes("kusong")


def test_nothing_is_extracted_from_boilerplate(report_store):
    doc = report_store.get_document("kusong")
    spans = [Span(m.start, m.end) for m in report_store.mentions(doc_id="kusong")]
    spans += [Span(t.start, t.end) for t in report_store.timexes("kusong")]
    spans += [s for e in report_store.events(doc_id="kusong") for s in e.evidence]
    for s in spans:
        assert not any(s.overlaps(b) for b in doc.boilerplate), REPORT[s.start:s.end]


def test_every_span_of_every_bundled_sample_points_into_its_original(samples_kb):
    with open_store(samples_kb) as s:
        docs = s.documents()
        assert len(docs) == 18
        assert sum(_check_offsets(s, d.id) for d in docs) > 300

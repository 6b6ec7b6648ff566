"""Running reports through the spaCy pipeline: batches bounded in characters, sections one at a time."""
from __future__ import annotations

import gc
import weakref

from threadline.nlp import annotate
from threadline.nlp.extensions import MENTIONS_KEY
from tests.helpers import doc_from

PLACES = ["Kanggye", "Hyesan", "Sinpo", "Kusong", "Nampo"]


def _report(n: int, paragraphs: int = 3) -> str:
    return "\n\n".join(f"A source in {PLACES[(n + i) % 5]} said on March {1 + (n + i) % 28} that the plant there "
                       f"was ordered to raise output by {10 + n + i} percent." for i in range(paragraphs)) + "\n"


class Recording:
    """The real pipeline, noting the characters of each batch it is given."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.batches: list[int] = []

    def make_doc(self, text):
        return self.nlp.make_doc(text)

    def pipe(self, docs, batch_size):
        docs = list(docs)
        self.batches.append(sum(len(d.text) for d in docs))
        return self.nlp.pipe(docs, batch_size=batch_size)


def _annotations(items):
    return [(document.id, omap.to_original(0, len(doc.text)),
             [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in doc.spans[MENTIONS_KEY]],
             [s.start_char for s in doc.sents], [(t.start, t.value) for t in doc._.timexes or ()])
            for document, doc, omap in items]


def test_a_batch_holds_at_most_section_chars_and_finds_what_one_big_batch_finds(extractor):
    documents = [doc_from(_report(n), doc_id=f"r{n}") for n in range(12)]
    size = len(documents[0].text)
    one = Recording(extractor.nlp)
    whole = _annotations(annotate(one, documents, 64))
    bounded = Recording(extractor.nlp)
    parts = _annotations(annotate(bounded, documents, 64, section_chars=3 * size))
    assert len(one.batches) == 1
    assert len(bounded.batches) >= 4 and max(bounded.batches) <= 3 * size
    assert parts == whole


def test_a_long_reports_sections_are_annotated_one_at_a_time_and_freed_once_read(extractor):
    """The memory a long report needs is one section's, not the whole report's."""
    text = _report(0, paragraphs=40)
    recording = Recording(extractor.nlp)
    sections = annotate(recording, [doc_from(text, doc_id="long")], 64, section_chars=len(text) // 8)
    _, first, omap = next(sections)
    assert recording.batches == [len(first.text)]           # the later sections are not annotated yet
    freed = weakref.ref(first)
    found = _offsets(first, omap)
    del first
    rest = [_offsets(doc, omap) for _, doc, omap in sections]
    gc.collect()
    assert freed() is None
    assert len(rest) >= 7 and len(recording.batches) == len(rest) + 1
    found += [span for spans in rest for span in spans]
    assert len(found) >= 40 and all(text[start:end] == words for start, end, words in found)


def _offsets(doc, omap):
    return [(*omap.to_original(s.start_char, s.end_char), s.text) for s in doc.spans[MENTIONS_KEY]]

"""Property-based tests of decoding, the format readers and the boilerplate offset map (issue 15).

Properties: no exception but the typed ``InputError``; every span inside the text;
the cleaned text maps back character for character; sections cover the content.
Example counts: see ``tests/fuzz_support.py`` (THREADLINE_FUZZ_EXAMPLES).
"""
from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz_support import any_text, check_spans, fuzz, report_like, words
from threadline.errors import InputError
from threadline.ingest.boilerplate import analyse
from threadline.ingest.decode import decode_bytes
from threadline.ingest.document import valid_date
from threadline.ingest.formats import read_feed, read_html, read_jsonl, read_text, read_timeml
from threadline.ingest.offsets import SEPARATOR, OffsetMap, sections
from threadline.model import Document


def _read_all(reader, data: bytes) -> list:
    """Every item a reader gives, with an InputError it raises taken as one item."""
    try:
        return list(reader(data, "fuzz.input", "fuzz"))
    except InputError as exc:
        return [exc]


def _check_document(doc: Document) -> None:
    assert isinstance(doc, Document)
    check_spans(doc.text, doc.content)
    check_spans(doc.text, doc.boilerplate)
    assert "\x00" not in doc.text
    assert any(ch.isalnum() for ch in doc.text)
    value = doc.published.value
    if value and value.startswith("XXXX"):
        value = value.replace("XXXX", "2000", 1)       # a year the text does not give stays XXXX
    assert value is None or valid_date(value[:10]) or valid_date(value), doc.published


@fuzz
@given(st.one_of(st.binary(max_size=400), any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                 any_text.map(lambda t: t.encode("utf-16", "surrogatepass")),
                 any_text.map(lambda t: t.encode("utf-16-le", "surrogatepass"))))
@example(b"\xff\xfe")
@example("\u200b\u3000".encode("utf-8"))
def test_fuzz_decode_gives_text_or_a_typed_error(data):
    try:
        text, encoding = decode_bytes(data, "fuzz.txt")
    except InputError as exc:
        assert exc.source == "fuzz.txt" and exc.reason
        return
    assert isinstance(text, str) and encoding
    assert any(ch.isalnum() for ch in text)


def _html(body: str) -> bytes:
    return f"<!doctype html><html><head><title>{body[:30]}</title></head><body><article><p>{body}</p>" \
           f"<p>{body[::-1]}</p></article></body></html>".encode("utf-8", "surrogatepass")


def _feed(title: str, body: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<item><title>{title}</title><pubDate>{body[:20]}</pubDate><description>{body}</description></item>"
            "</channel></rss>").encode("utf-8", "surrogatepass")


def _jsonl(records) -> bytes:
    return "\n".join(json.dumps(r) if not isinstance(r, str) else r for r in records).encode("utf-8", "surrogatepass")


json_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), any_text,
                        st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))
records = st.one_of(
    st.fixed_dictionaries({"text": any_text}, optional={"id": json_values, "title": json_values, "outlet": json_values,
                                                        "url": json_values, "published": st.one_of(json_values, st.sampled_from(
                                                            ["2011-13-45", "2024-02-30", "2024-02-29", "0000-01-01", "2024"]))}),
    json_values, words)


@fuzz
@given(st.one_of(
    st.tuples(st.just("text"), st.one_of(st.binary(max_size=300), any_text.map(lambda t: t.encode("utf-8", "surrogatepass")))),
    st.tuples(st.just("html"), st.one_of(any_text.map(_html), st.binary(max_size=300))),
    st.tuples(st.just("feed"), st.one_of(st.builds(_feed, words, any_text), st.binary(max_size=300))),
    st.tuples(st.just("jsonl"), st.lists(records, max_size=5).map(_jsonl)),
    st.tuples(st.just("timeml"), any_text.map(lambda t: f"<TimeML><TEXT>{t}</TEXT></TimeML>".encode("utf-8", "surrogatepass"))),
))
@example(("jsonl", b'{"text": "x", "outlet": 5}'))
@example(("timeml", b"<TimeML><TEXT></TEXT></TimeML>"))      # once an empty document
@example(("text", b"yesterday March1"))                          # publication date XXXX-03
@example(("jsonl", b'{"text": "The plant.", "published": "2011-13-45"}'))
@example(("feed", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
                  b'<rss version="2.0"><channel><title>&b;</title><item><description>&b; Kanggye</description></item>'
                  b"</channel></rss>"))
def test_fuzz_readers_give_documents_or_typed_errors(case):
    kind, data = case
    reader = {"text": read_text, "html": read_html, "feed": read_feed, "jsonl": read_jsonl, "timeml": read_timeml}[kind]
    for item in _read_all(reader, data):
        if isinstance(item, InputError):
            assert item.reason
        else:
            _check_document(item)


@fuzz
@given(any_text)
@example("Posted: Mar. 7, 2024\nKanggye plant\n\n\nRead in Korean\n")
@example("\n\n\n")
def test_fuzz_boilerplate_and_the_offset_map_map_every_character_back(text):
    layout = analyse(text)
    check_spans(text, layout.content)
    check_spans(text, layout.boilerplate)
    omap = OffsetMap.build(text, layout.content)
    spans = omap.spans
    # Every character of the cleaned text that is not a separator comes from the original.
    for i, start in enumerate(omap.clean_starts):
        span = spans[i]
        for k in range(span.end - span.start):
            s, e = omap.to_original(start + k, start + k + 1)
            assert text[s:e] == omap.clean[start + k]
    if omap.clean:
        s, e = omap.to_original(0, len(omap.clean))
        assert 0 <= s <= e <= len(text)


@fuzz
@given(report_like, st.integers(min_value=5, max_value=80))
def test_fuzz_sections_cover_the_content_within_their_size(text, size):
    content = analyse(text).content
    parts = sections(text, content, size)
    covered = []
    for group in parts:
        check_spans(text, group)
        clean = OffsetMap.build(text, group).clean
        assert len(clean) <= max(size, 2 * len(SEPARATOR) + 1)
        covered += [i for s in group for i in range(s.start, s.end)]
    assert covered == sorted(set(covered))
    wanted = [i for s in (content or []) for i in range(s.start, s.end) if text[i] not in "\r\n"] if content else \
        [i for i in range(len(text)) if text[i] not in "\r\n"]
    assert set(wanted) <= set(covered)

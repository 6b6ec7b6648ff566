"""Readers for each input format. Each turns one input's bytes into documents.

A reader yields ``Document`` objects, or ``InputError`` for an item inside the
input that is bad (one malformed JSON line does not stop the rest of the file).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterator

import feedparser
import trafilatura

from threadline.errors import InputError
from threadline.ingest.decode import decode_bytes
from threadline.ingest.document import build_document
from threadline.model import make_id
from threadline.temporal.timeml import from_timeml


def read_text(data: bytes, source: str, doc_id: str, rules_dir: str | None = None, **meta) -> Iterator:
    text, _ = decode_bytes(data, source)
    yield build_document(text, source=source, doc_id=doc_id, rules_dir=rules_dir, **meta)


def read_html(data: bytes, source: str, doc_id: str, rules_dir: str | None = None, **meta) -> Iterator:
    html, _ = decode_bytes(data, source)
    # Only a date the page's markup states (meta tags, <time>) counts as given; htmldate's
    # extensive search would turn a footer's "Copyright 2019" into 2019-01-01.
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                         url=meta.get("url"),
                                         date_extraction_params={"extensive_search": False, "original_date": True})
    if result is None:
        raise InputError(source, "no article text found in the HTML page")
    doc = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (doc.get("text") or "").strip()
    if not text:
        raise InputError(source, "no article text found in the HTML page")
    date = doc.get("date")
    yield build_document(
        text, source=source, doc_id=doc_id, rules_dir=rules_dir,
        title=meta.get("title") or doc.get("title"), outlet=meta.get("outlet") or doc.get("sitename"),
        url=meta.get("url") or doc.get("url"), author=doc.get("author"),
        published=meta.get("published") or date)


def read_jsonl(data: bytes, source: str, doc_id: str, rules_dir: str | None = None, **meta) -> Iterator:
    text, _ = decode_bytes(data, source)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield InputError(where, 'each line must be an object with a string "text" field')
            continue
        if not rec["text"].strip():
            yield InputError(where, "empty text")
            continue
        published = rec.get("published")
        if published is not None and not isinstance(published, str):
            yield InputError(where, '"published" must be "YYYY-MM-DD" or null')
            continue
        yield build_document(
            rec["text"], source=where, doc_id=str(rec.get("id") or make_id("doc", rec["text"])),
            rules_dir=rules_dir, title=rec.get("title"), outlet=rec.get("outlet"),
            url=rec.get("url"), published=published)


def entry_key(entry) -> str | None:
    """What identifies a feed entry across polls: its id, else its link, else its title."""
    return entry.get("id") or entry.get("link") or entry.get("title")


def read_feed(data: bytes, source: str, doc_id: str, rules_dir: str | None = None,
              fetch_entry: Callable[[str], Iterator] | None = None,
              keep_entry: Callable[[str | None], bool] | None = None, **meta) -> Iterator:
    """RSS/Atom: each entry's linked page when it can be fetched, else the entry's own text.

    ``keep_entry(entry_key)`` returning False skips an entry before anything
    is fetched for it (``threadline follow`` skips the entries already taken).
    """
    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise InputError(source, f"not a readable RSS/Atom feed ({feed.bozo_exception})")
    outlet = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        if keep_entry is not None and not keep_entry(entry_key(entry)):
            continue
        link = entry.get("link")
        published = None
        if entry.get("published_parsed"):
            published = "%04d-%02d-%02d" % tuple(entry.published_parsed[:3])
        if fetch_entry and link:
            try:
                for doc in fetch_entry(link, title=entry.get("title"), outlet=outlet, published=published):
                    yield doc
                continue
            except InputError as exc:
                yield InputError(f"{source} entry {n}", f"{exc.reason}; using the feed's own text")
        html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        text = html
        if "<" in html:
            # A short fragment (a one-paragraph summary) is too small for
            # trafilatura to take as a page; wrapped in a body it is kept.
            text = trafilatura.extract(html) or trafilatura.extract(f"<html><body>{html}</body></html>")
        if not (text or "").strip():
            reason = "entry has no text" + (" and its link could not be fetched" if fetch_entry and link else
                                            " and its link was not fetched (offline)" if link else "")
            yield InputError(f"{source} entry {n}", reason)
            continue
        yield build_document(text.strip(), source=link or f"{source}#{n}",
                             doc_id=make_id("doc", link or text), rules_dir=rules_dir,
                             title=entry.get("title"), outlet=outlet, url=link, published=published)


def read_timeml(data: bytes, source: str, doc_id: str, rules_dir: str | None = None, **meta) -> Iterator:
    xml, _ = decode_bytes(data, source)
    try:
        text, dct, _gold = from_timeml(xml)
    except Exception as exc:  # malformed XML of any kind is one bad item
        raise InputError(source, f"not readable TimeML ({exc})") from exc
    yield build_document(text, source=source, doc_id=doc_id, rules_dir=rules_dir, published=dct)


READERS = {
    ".txt": read_text, ".text": read_text,
    ".html": read_html, ".htm": read_html,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl,
    ".xml": read_feed, ".rss": read_feed, ".atom": read_feed,
    ".tml": read_timeml, ".timeml": read_timeml,
}


def reader_for(path: str, data: bytes, content_type: str = "") -> Callable:
    """Pick a reader by extension, then by content type, then by sniffing the bytes."""
    ext = Path(path.split("?", 1)[0]).suffix.lower()
    if ext in READERS and not (ext == ".xml" and b"<TimeML" in data[:2000]):
        return READERS[ext]
    head = data[:2000].lstrip().lower()
    if b"<timeml" in head:
        return read_timeml
    if "rss" in content_type or "atom" in content_type or head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head):
        return read_feed
    if "html" in content_type or head.startswith((b"<!doctype html", b"<html")):
        return read_html
    return read_text

"""Building a ``Document`` from a report's text and whatever metadata came with it."""
from __future__ import annotations

import re
from datetime import date, datetime

from threadline.domain.rules import outlet_rules
from threadline.ingest.boilerplate import analyse
from threadline.ingest.language import detect_language
from threadline.model import Document, PublishedDate
from threadline.temporal import infer_publication_date

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$")
_TITLE_MAX = 160
#: NUL cannot be stored in PostgreSQL text; U+FFFD takes its place one for one,
#: so every offset into the text stays what it was.
_NUL, _REPLACEMENT = "\x00", "\ufffd"


def valid_date(value: str) -> bool:
    """True for a real calendar date given as ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or
    ``YYYY-MM-DDTHH:MM[:SS]`` ("2011-13-45" has the form but is no date)."""
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return False
    try:
        if len(value) > 10:
            datetime.fromisoformat(value)
        elif len(value) == 10:
            date.fromisoformat(value)
        elif len(value) == 7:
            date.fromisoformat(value + "-01")
        return 1 <= int(value[:4])
    except ValueError:
        return False


def _clean(value: str | None) -> str | None:
    return value.replace(_NUL, _REPLACEMENT) if value and _NUL in value else value


def detect_outlet(text: str, rules_dir: str | None = None) -> tuple[str | None, str | None]:
    """The outlet a report comes from and its source type, from the pack's outlet rules."""
    for rule in outlet_rules(rules_dir):
        if any(p.search(text) for p in rule.patterns):
            return rule.name, rule.source_type
    return None, None


def outlet_source_type(outlet: str | None, rules_dir: str | None = None) -> str | None:
    """The source type of a known outlet name, or None."""
    if not outlet:
        return None
    for rule in outlet_rules(rules_dir):
        if rule.name.lower() == outlet.lower():
            return rule.source_type
    return None


def canonical_outlet(outlet: str, rules_dir: str | None = None) -> str:
    """The pack's name for an outlet given in page or feed metadata.

    "The DONG-A ILBO" (``og:site_name``) or "Yonhap News Agency - North Korea" (a
    feed title) must count as the same outlet as a report the rules recognise in
    the text, or one outlet would pass for two independent sources.
    """
    low = outlet.lower()
    for rule in outlet_rules(rules_dir):
        # A Korean edition's name ("데일리NK", "연합뉴스") is one of the outlet's patterns.
        if rule.name.lower() in low or any(p.fullmatch(outlet) for p in rule.patterns):
            return rule.name
    return outlet


def _title_of(text: str, content) -> str | None:
    """A headline: a short first content line with no sentence-final full stop."""
    if not content:
        return None
    first = text[content[0].start:content[0].end].split("\n", 1)[0].strip()
    if 8 < len(first) <= _TITLE_MAX and not first.endswith((".", "”", '"', ":", ")")):
        return first
    return None


def build_document(text: str, *, source: str, doc_id: str, title: str | None = None,
                   outlet: str | None = None, url: str | None = None,
                   published: str | None = None, author: str | None = None,
                   rules_dir: str | None = None) -> Document:
    """Make a ``Document``: boilerplate split off, outlet, title and publication date found.

    Args:
        text: the report's text exactly as read (offsets will point into it).
        source: the path or URL it was read from.
        doc_id: its id (a file's stem, a JSONL ``id``, or a hash for URLs).
        title, outlet, url, author: metadata given with the report, if any.
        published: a given publication date (``YYYY-MM-DD`` or a prefix); when
            None, a date stated in the text is used, else one is inferred.
        rules_dir: domain-pack directory, or None for the bundled pack.
    Returns:
        the frozen ``Document``.
    """
    text = _clean(text)
    title, outlet, url, author, source, doc_id = map(_clean, (title, outlet, url, author, source, doc_id))
    layout = analyse(text, rules_dir)
    found_outlet, source_type = detect_outlet(text, rules_dir)
    if outlet:
        outlet = canonical_outlet(outlet, rules_dir)
        source_type = outlet_source_type(outlet, rules_dir) or source_type
    else:
        outlet = found_outlet or layout.fields.get("agency")
        source_type = source_type or outlet_source_type(outlet, rules_dir)
    if published and valid_date(published):
        pub = PublishedDate(published, "given")  # a given time of day is kept: TIMEX3 TIME values use it
    elif published and valid_date(published[:10]):
        pub = PublishedDate(published[:10], "given")
    else:
        spans = [(s.start, s.end) for s in layout.content] or None
        pub = infer_publication_date(text, spans)
    return Document(
        id=doc_id, source=source, text=text,
        title=title or _title_of(text, layout.content),
        outlet=outlet, url=url,
        author=author or layout.fields.get("author"),
        translator=layout.fields.get("translator"),
        published=pub, keywords=tuple(layout.keywords),
        content=tuple(layout.content), boilerplate=tuple(layout.boilerplate),
        source_type=source_type, content_hash=Document.hash_text(text),
        language=detect_language(text),
    )

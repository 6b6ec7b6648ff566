"""TimeML import and export (TIMEX3 only).

``to_timeml`` writes a document with its DCT as a TIMEX3 whose
``functionInDocument`` is ``CREATION_TIME`` and every time expression as an
inline TIMEX3 in ``<TEXT>``. ``from_timeml`` reads such a file back (and the
TempEval/TimeBank files): the ``<TEXT>`` content with all tags removed, the DCT
value and the TIMEX3 spans as offsets into that text, the way
``shared/eval/timeml_to_jsonl.py`` reads them, except that XML character
references are decoded (that script keeps ``&amp;`` as five characters).
``from_timeml(to_timeml(...))`` gives back exactly the text, DCT and timexes.
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from threadline.errors import InputError
from threadline.model import Timex

_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>(.*?)</DCT>", re.S)
_UNKNOWN_DCT = "XXXX-XX-XX"


def _dct_type(value: str) -> str:
    return "TIME" if "T" in value else "DATE"


def to_timeml(doc_id: str, text: str, dct: str | None, timexes: Sequence[Timex]) -> str:
    """Write one document as TimeML.

    Args:
        doc_id: the document id (``<DOCID>``).
        text: the document text the offsets point into.
        dct: the document creation time, or None (written as ``XXXX-XX-XX``).
        timexes: time expressions with offsets into ``text``; overlapping ones
            after the first are left out (TIMEX3 tags cannot cross).
    Returns:
        the TimeML document as a string.
    """
    dct_value = dct or _UNKNOWN_DCT
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n',
             f"<DOCID>{escape(doc_id)}</DOCID>\n",
             f'<DCT><TIMEX3 tid="t0" type="{_dct_type(dct_value)}" value={quoteattr(dct_value)} '
             f'temporalFunction="false" functionInDocument="CREATION_TIME">{escape(dct_value)}</TIMEX3></DCT>\n',
             "<TEXT>"]
    pos = 0
    n = 0
    for t in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if t.start < pos or t.end > len(text) or t.end <= t.start:
            continue
        n += 1
        parts.append(escape(text[pos:t.start]))
        attrs = [f'tid="t{n}"', f"type={quoteattr(t.type)}", f"value={quoteattr(t.value or '')}"]
        if t.interval_end:
            attrs.append(f"intervalEnd={quoteattr(t.interval_end)}")
        if t.dct_inferred:
            attrs.append('dctInferred="true"')
        parts.append(f"<TIMEX3 {' '.join(attrs)}>{escape(text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    parts.append(escape(text[pos:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


def from_timeml(xml: str) -> tuple[str, str | None, list[Timex]]:
    """Read a TimeML document.

    Args:
        xml: the TimeML document.
    Returns:
        ``(text, dct, timexes)``: the ``<TEXT>`` content with tags removed and
        character references decoded, the DCT value (None when absent or
        ``XXXX-XX-XX``), and the TIMEX3 expressions of the text with offsets into it.
    Raises:
        InputError: the document has no ``<TEXT>`` element.
    """
    mt = _TEXT.search(xml)
    if not mt:
        raise InputError("TimeML", "no <TEXT> element; is this a TimeML document?")
    dct = None
    md = _DCT.search(xml)
    if md:
        a = dict(_ATTR.findall(md.group(1)))
        dct = a.get("value") or None
        if dct == _UNKNOWN_DCT:
            dct = None
    body = mt.group(1)
    out: list[str] = []
    length = 0
    pos = 0
    stack: list[tuple[int, dict]] = []
    found: list[tuple[int, int, dict]] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs, selfclosing = m.group(1), m.group(2), m.group(3), m.group(4)
        if name != "TIMEX3":
            continue
        if closing:
            if stack:
                start, a = stack.pop()
                found.append((start, length, a))
        elif not selfclosing:
            stack.append((length, {k: html.unescape(v) for k, v in _ATTR.findall(attrs)}))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    timexes = [Timex(start=s, end=e, text=text[s:e], type=a.get("type") or "DATE", value=a.get("value") or None,
                     interval_end=a.get("intervalEnd") or None, dct_inferred=a.get("dctInferred") == "true")
               for s, e, a in sorted(found, key=lambda x: (x[0], x[1]))]
    return text, dct, timexes

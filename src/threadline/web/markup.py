"""Report text as HTML with spans marked: every character escaped, marks added around it.

Report text is untrusted. It is only ever turned into HTML here, by escaping
each piece with ``markupsafe.escape`` and wrapping the pieces in tags whose
names and attributes come from this module, never from the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    """A span to mark: ``css`` names its class; ``title`` is shown on hover (escaped)."""

    start: int
    end: int
    css: str
    title: str = ""
    anchor: str | None = None


_CSS = re.compile(r"^[a-z][a-z0-9 _-]*$")


def annotate(text: str, outer: list[Mark], inner: list[Mark]) -> Markup:
    """``text`` as HTML, with ``outer`` spans (sentences, events) and ``inner`` spans (mentions, times).

    Spans of one layer may overlap: an outer segment carries the classes of
    every outer span over it; of overlapping inner spans the earlier (then the
    longer) one wins. Each segment is closed before the next opens, so the
    result is always well-formed.

    Args:
        text: the report's text.
        outer: spans drawn as a background (``<span class="...">``).
        inner: spans drawn as ``<mark>``.
    Returns:
        safe HTML.
    """
    for m in (*outer, *inner):
        if not _CSS.match(m.css):
            raise ValueError(f"mark class {m.css!r}: use lower-case letters, digits, '-' and '_'")
    n = len(text)
    outer, inner = [_trimmed(text, m) for m in outer], [_trimmed(text, m) for m in inner]
    kept: list[Mark] = []
    for m in sorted(inner, key=lambda m: (m.start, -(m.end - m.start))):
        if 0 <= m.start < m.end <= n and (not kept or m.start >= kept[-1].end):
            kept.append(m)
    outer = [m for m in outer if 0 <= m.start < m.end <= n]
    cuts = sorted({0, n, *(p for m in outer for p in (m.start, m.end)),
                   *(p for m in kept for p in (m.start, m.end))})
    anchors_done: set[str] = set()
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = str(escape(text[a:b]))
        mark = next((m for m in kept if m.start <= a and b <= m.end), None)
        if mark is not None:
            title = f' title="{escape(mark.title)}"' if mark.title else ""
            piece = f'<mark class="{mark.css}"{title}>{piece}</mark>'
        over = [m for m in outer if m.start <= a and b <= m.end]
        if over:
            classes = " ".join(dict.fromkeys(m.css for m in over))
            titles = "; ".join(dict.fromkeys(m.title for m in over if m.title))
            anchor = next((m.anchor for m in over if m.anchor and m.anchor not in anchors_done), None)
            attrs = f' id="{escape(anchor)}"' if anchor else ""
            if anchor:
                anchors_done.add(anchor)
            if titles:
                attrs += f' title="{escape(titles)}"'
            piece = f'<span class="{classes}"{attrs}>{piece}</span>'
        parts.append(piece)
    return Markup("".join(parts))


def _trimmed(text: str, m: Mark) -> Mark:
    """A mark without the white space at its ends (a sentence span may take in the line break after it)."""
    if not 0 <= m.start < m.end <= len(text):
        return m                 # out of range: dropped by the caller
    start, end = m.start, m.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Mark(start, end, m.css, m.title, m.anchor)


_HIT = re.compile(r"\[([^\[\]]+)\]")


def snippet(text: str) -> Markup:
    """A search snippet (matched words in ``[ ]``, see ``store.SearchHit``) with the matches in ``<mark>``."""
    out, last = [], 0
    for m in _HIT.finditer(text):
        out.append(str(escape(text[last:m.start()])))
        out.append(f"<mark>{escape(m.group(1))}</mark>")
        last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))

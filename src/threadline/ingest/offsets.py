"""Cleaned text with an exact map back to offsets in the original text."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from threadline.model import Span

SEPARATOR = "\n\n"


@dataclass(frozen=True)
class OffsetMap:
    """Content spans of an original text joined into one cleaned text.

    ``clean`` is the content spans joined by blank lines; every character of
    ``clean`` that came from the original maps back to exactly one offset.
    """

    clean: str
    clean_starts: tuple[int, ...]
    spans: tuple[Span, ...]

    @classmethod
    def build(cls, text: str, content: tuple[Span, ...] | list[Span]) -> "OffsetMap":
        """Join ``content`` spans of ``text`` (all of it when there are none)."""
        spans = tuple(content) or (Span(0, len(text)),)
        parts, starts, pos = [], [], 0
        for s in spans:
            starts.append(pos)
            parts.append(text[s.start:s.end])
            pos += s.end - s.start + len(SEPARATOR)
        return cls(SEPARATOR.join(parts), tuple(starts), spans)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` range of the cleaned text to the original text.

        A range that crosses a separator is widened to cover both content spans.
        """
        i = max(0, bisect_right(self.clean_starts, start) - 1)
        j = max(0, bisect_right(self.clean_starts, max(start, end - 1)) - 1)
        s0 = self.spans[i].start + min(start - self.clean_starts[i], self.spans[i].end - self.spans[i].start)
        e0 = self.spans[j].start + min(end - self.clean_starts[j], self.spans[j].end - self.spans[j].start)
        return s0, e0


def sections(text: str, content: tuple[Span, ...] | list[Span], max_chars: int) -> list[tuple[Span, ...]]:
    """Content spans cut into sections of at most ``max_chars`` characters each.

    A long report goes through the NLP pipeline one section at a time: spaCy
    refuses a text over its ``max_length``, and its memory (and some stages'
    time) grows with the length of one text. Sections end at a line break where
    there is one, else after a sentence's full stop, else at a space, else
    anywhere; their spans are spans of ``text``, so offsets stay exact.

    Args:
        text: the original text.
        content: its content spans (all of it when empty).
        max_chars: the most characters one section holds (separators included).
    Returns:
        one tuple of spans per section, in text order; a single section when
        everything fits.
    """
    spans = list(content) or [Span(0, len(text))]
    max_chars = max(max_chars, 2 * len(SEPARATOR) + 1)
    pieces: list[Span] = []
    for s in spans:
        start = s.start
        while s.end - start > max_chars:
            cut = _cut_point(text, start, start + max_chars)
            pieces.append(Span(start, cut))
            start = cut
            while start < s.end and text[start] in "\n\r":
                start += 1
        if start < s.end:
            pieces.append(Span(start, s.end))
    out: list[tuple[Span, ...]] = []
    current: list[Span] = []
    size = 0
    for p in pieces:
        need = (p.end - p.start) + (len(SEPARATOR) if current else 0)
        if current and size + need > max_chars:
            out.append(tuple(current))
            current, size = [], 0
            need = p.end - p.start
        current.append(p)
        size += need
    if current:
        out.append(tuple(current))
    return out


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where to end a section that would run past ``limit``: after the last line break,
    else after the last ". ", else at the last space, else at ``limit`` (never at ``start``)."""
    window = text[start:limit]
    floor = len(window) // 2     # a cut in the first half would make many tiny sections
    for finder in (lambda: window.rfind("\n"), lambda: _after(window.rfind(". "), 1),
                   lambda: window.rfind(" ")):
        i = finder()
        if i > floor:
            return start + i
    return limit


def _after(i: int, n: int) -> int:
    return i + n if i >= 0 else -1

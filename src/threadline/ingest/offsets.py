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

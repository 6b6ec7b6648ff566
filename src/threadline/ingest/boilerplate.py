"""Separating outlet boilerplate (tag lines, datelines, bylines, footers) from report content.

The rules live in the domain pack (``domain/data/boilerplate.json``); this module
applies them and keeps every span as an offset range of the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from threadline.domain.rules import boilerplate_rules
from threadline.model import Span

HEAD_LINES = 6
TAIL_LINES = 8
_LINE = re.compile(r"[^\n]*\n?")
# A tag line: lowercase keywords separated by commas, as some pages start with. Keywords
# may carry McCune-Reischauer breves ("kusŏng"), Hangul or a "no." ("factory no. 26");
# ``analyse`` also requires the line to have no capital letter.
_TAG_WORD = r"[^\W_](?:[\w '&/-]|\.(?=\s*\d))*"
_TAG_LINE = re.compile(rf"^\s*{_TAG_WORD}(?:,\s*{_TAG_WORD}){{2,}},?\s*$")


@dataclass
class Layout:
    """What boilerplate analysis found in one text."""

    content: list[Span] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line without its newline, skipping blank lines."""
    out = []
    for m in _LINE.finditer(text):
        if m.start() == len(text):
            break
        line = m.group().rstrip("\n")
        if line.strip():
            out.append((m.start(), m.start() + len(line)))
    return out


def analyse(text: str, rules_dir: str | None = None) -> Layout:
    """Find the boilerplate of a report and the content left between it.

    Args:
        text: the report's original text.
        rules_dir: a domain-pack directory, or None for the bundled pack.
    Returns:
        a ``Layout`` whose spans index ``text``.
    """
    layout = Layout()
    lines = _lines(text)
    if not lines:
        return layout
    head = lines[:HEAD_LINES]
    tail = lines[-TAIL_LINES:]
    cut: list[Span] = []

    first_start, first_end = lines[0]
    first = text[first_start:first_end]
    if first == first.lower() and _TAG_LINE.match(first):
        cut.append(Span(first_start, first_end))
        layout.keywords = [k.strip() for k in text[first_start:first_end].split(",") if k.strip()]

    for rule in boilerplate_rules(rules_dir):
        scope = {"head": head, "tail": tail, "any": lines}[rule.where]
        for start, end in scope:
            m = rule.pattern.match(text, start, end)
            if not m or m.end() <= m.start():
                continue
            cut.append(Span(start + (len(m.group()) - len(m.group().lstrip())), m.end()))
            if rule.field:
                value = m.groupdict().get(rule.field) or m.group().strip()
                layout.fields.setdefault(rule.field, value.strip())
            for name, value in m.groupdict().items():
                if value and name != rule.field:
                    layout.fields.setdefault(name, value.strip())

    layout.boilerplate = _merge(cut)
    layout.content = _complement(text, layout.boilerplate)
    return layout


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        if out and s.start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, s.end))
        else:
            out.append(s)
    return out


def _complement(text: str, cut: list[Span]) -> list[Span]:
    """The stretches of ``text`` outside ``cut``, trimmed of surrounding whitespace."""
    out, pos = [], 0
    for s in cut + [Span(len(text), len(text))]:
        start, end = pos, s.start
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Span(start, end))
        pos = max(pos, s.end)
    return out

"""Who a sentence's claim comes from, and how surely it is made.

Attribution is found from reporting verbs and named sources in the sentence,
then carried: through an open quotation, and — in reports from an insider
network — from the source once cited to the sentences that follow.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from threadline.extract.lexicon import Lexicon

_OPEN_QUOTES = "“"
_CLOSE_QUOTES = "”"
_CLAUSE_BREAK = re.compile(r",\s*but\b|;\s|\bbut\b|,\s*while\b|,\s*adding\b|\badding that\b|\s“(?=[a-z])")


@dataclass
class AttributionState:
    """What the reader knows at a point in the document."""

    source_type: str | None
    cited: str | None = None   # attribution of the last named source
    in_quote: str | None = None  # attribution of an open quotation
    carrying: bool = False       # the insider source cited goes on speaking


#: A sentence that goes on reporting what the source said: a pronoun or "the
#: source" opening it, a quotation, or hearsay ("reportedly").
_CONTINUES = re.compile(r"^\s*(?:He|She|They|The source|“|\")|\breportedly\b")


def sentence_attribution(text: str, state: AttributionState, lex: Lexicon,
                         new_paragraph: bool = False) -> tuple[str, str | None]:
    """The attribution of one sentence, updating ``state`` for the next.

    In insider-network reports the cited source is carried to the sentences
    after it, within its paragraph; a new paragraph without a cue is the
    outlet's own voice (background, analysis) unless it plainly goes on.

    Args:
        text: the sentence.
        state: carried from the previous sentence.
        lex: the compiled lexicon.
        new_paragraph: the sentence opens a paragraph.
    Returns:
        ``(attribution, cue text)``; the cue is None when the attribution was carried.
    """
    if new_paragraph and not text.lstrip().startswith(("“", '"')):
        state.in_quote = None  # a quotation that goes on opens its next paragraph with a quote mark
    found, cue = None, None
    for name, pattern in lex.attribution:
        m = pattern.search(text)
        if m:
            found, cue = name, m.group()
            break
    if found == "anonymous_insider" and state.source_type not in lex.insider_source_types:
        # An unnamed "source" of a newsroom is whoever the report last named as one.
        found = state.cited if state.cited and state.cited != "anonymous_insider" else "other"
        if "government" in text.lower():
            found = "government_official"
    if found is None:
        if state.in_quote:
            found = state.in_quote
        elif state.source_type == "state_media":
            found = "state_media"
        elif state.carrying and (not new_paragraph or _CONTINUES.search(text)):
            found = "anonymous_insider"
        else:
            found = "outlet"
            state.carrying = False
    else:
        state.cited = found
        state.carrying = found == "anonymous_insider" and state.source_type in lex.insider_source_types
    opens, closes = sum(text.count(q) for q in _OPEN_QUOTES), sum(text.count(q) for q in _CLOSE_QUOTES)
    if opens > closes:
        state.in_quote = found
    elif closes > opens:
        state.in_quote = None
    return found, cue


def clause_around(text: str, pos: int) -> tuple[int, int]:
    """The clause of ``text`` containing offset ``pos`` (split at "but", ";", "adding")."""
    start, end = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def modality_of(clause: str, lex: Lexicon) -> tuple[str, str | None]:
    """``(modality, cue)`` of a clause: rumored, predicted, estimated, else asserted."""
    for name, pattern in lex.modality:
        m = pattern.search(clause)
        if m:
            return name, m.group()
    return "asserted", None

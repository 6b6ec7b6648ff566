"""The clause that states an event, from the dependency parse: where its arguments may be found.

A name is an event's argument when the clause stating the event is about it, not when it merely
sits nearby: in "The Kim Chaek Iron and Steel Complex raised its output, and farmers in South
Hamgyong harvested more grain", the province is no argument of the steel output. The clause of a
trigger is its sentence's main clause, or the coordinated clause with a subject of its own that
holds it, without:

- the other coordinated clauses with subjects of their own (other happenings);
- who says it, to whom, when and where it was said ("the NIS told lawmakers in Seoul on
  Wednesday"): the dependents of a verb of saying other than what was said.

What was said stays: "When asked which factories the inspectors had been sent to, the source said
they had been sent to Munitions Factory 71" names the factory the inspection is about.

Parsing every sentence would cost as much as the rest of the pipeline; only the sentences that
state an event are parsed (a few percent of a state-media story's text), with the model's own
tok2vec, tagger and parser, in one batch per report.
"""
from __future__ import annotations

from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

#: Fine-grained tags of the words that head a clause (verbs, modals): the walk up from a trigger
#: stops at the first. (The tagger's Penn tags: the attribute ruler that maps them to coarse parts
#: of speech is not loaded.)
_CLAUSE_HEADS = ("VB", "MD")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
#: Dependents of a verb of saying that hold what was said (the rest are who said it, to whom, when).
_SAID = ("ccomp", "xcomp", "advcl", "parataxis", "conj", "punct", "mark", "cc")


class ClauseParser:
    """Parses the sentences that state events (``parse``) with a pipeline of tok2vec, tagger, parser."""

    def __init__(self, nlp: Language):
        self.nlp = nlp

    def parse(self, texts: Sequence[str]) -> list[Doc]:
        return list(self.nlp.pipe(texts, batch_size=64)) if texts else []


def _own_clause(token: Token) -> bool:
    """Whether a verb heads a clause with a subject of its own."""
    return token.tag_.startswith(_CLAUSE_HEADS) and any(c.dep_ in _SUBJECTS for c in token.children)


def _clause_head(token: Token) -> Token:
    """The highest word above a trigger that is still the event's clause: the sentence's root, or
    a coordinated clause with a subject of its own ("…, and farmers harvested more grain")."""
    head = token
    while head.dep_ != "ROOT" and head.head is not head and not (head.dep_ == "conj" and _own_clause(head)):
        head = head.head
    return head


def event_clause(doc: Doc, start: int, end: int, claims: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The character ranges of ``doc`` (one parsed sentence) that hold the clause stating the event
    whose trigger is at ``[start, end)``.

    Args:
        doc: the parsed sentence.
        start, end: the trigger's characters in it; an empty trigger (the detector's guess, no
            word named) takes the whole sentence.
        claims: character ranges of the words that say who claims it (attribution cues): a
            clause inserted around them is the claim's source, not the event.
    Returns:
        sorted, non-overlapping ``(start, end)`` ranges.
    """
    if end <= start or not len(doc):
        return [(0, len(doc.text))]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [(0, len(doc.text))]
    in_claim = lambda t: any(a <= t.idx < b for a, b in claims)  # noqa: E731
    inside = lambda t: t.left_edge.idx <= start < t.right_edge.idx + len(t.right_edge.text)  # noqa: E731
    head = _clause_head(span.root)
    tokens = {t.i for t in head.subtree}
    for t in head.subtree:
        for child in t.children:
            if inside(child):
                continue
            # Who claims it, to whom, when and where it was said ("the NIS told lawmakers in Seoul
            # on Wednesday") is the claim's source; what was said is the event's clause.
            if in_claim(t) and child.dep_ not in _SAID:
                tokens -= {x.i for x in child.subtree}
            # A coordinated clause with its own subject tells another happening.
            elif child.dep_ == "conj" and _own_clause(child):
                tokens -= {x.i for x in child.subtree}
    ranges: list[tuple[int, int]] = []
    previous = None
    for i in sorted(tokens):
        a, b = doc[i].idx, doc[i].idx + len(doc[i].text)
        if ranges and previous == i - 1:  # adjacent tokens make one range
            ranges[-1] = (ranges[-1][0], b)
        else:
            ranges.append((a, b))
        previous = i
    return ranges

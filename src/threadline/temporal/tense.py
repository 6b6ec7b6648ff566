"""Sentence boundaries and the tense that decides the direction of a bare date.

"on Tuesday" in a past-tense report is the Tuesday before the DCT; "will meet
on Tuesday" is the one after. The test is cheap: cue words in the sentence,
with a reporting verb right before the expression ("said Tuesday") winning.
"""
from __future__ import annotations

import bisect
import re

from threadline.temporal.patterns import SENTENCE_END

_REPORTING_BEFORE = re.compile(
    r"(?i:\b(?:said|says|told|announced|reported|added|stated|disclosed|revealed|noted|was|were|had|did|began|"
    r"started|held|issued|ordered|met|visited|arrived|left|died|came|went|took|made|signed|launched)\s+"
    r"(?:\w+\s+){0,2})\Z")
# a future-pointing word right before the expression: "until Tuesday", "scheduled to close Monday"
_FUTURE_LOCAL = re.compile(
    r"(?i:\b(?:until|till|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|scheduled|planned|postponed|slated|"
    r"set\s+for|due|will|'ll|shall|expected|expire|expires|deadline|planning|payable|effective)\b(?:\s+[\w'’,]+){0,4}"
    r"\s+(?:on|by|at|for|in|until)?\s*)\Z")
_FUTURE_NEAR = re.compile(
    r"(?i:\b(?:will|won't|shall|'ll|going\s+to|plans?\s+to|planned\s+to|scheduled|expected\s+to|set\s+to|to\s+be\s+held|"
    r"intends?\s+to|would|ahead\s+of)\b[^.;]{0,60})\Z")
_FUTURE_SENT = re.compile(
    r"(?i:\b(?:will|won't|shall|going\s+to|plans?\s+to|planning\s+to|planned\s+to|scheduled\s+to|is\s+due|are\s+due|"
    r"expected\s+to|set\s+to|to\s+be\s+held|upcoming|intends?\s+to|"
    r"next\s+(?:week|month|year|quarter|season|spring|summer|fall|autumn|winter|\w+day))\b|'ll\b)")
_NOT_PAST_ED = re.compile(r"(?i)\b(?:scheduled|planned|expected|postponed|slated|delayed|extended|unspecified|unexpected|proposed|based|\w+ated)\b")
_PAST_VERB_BEFORE = re.compile(
    r"(?<!be )(?<!to )(?<!been )(?<!being )(?<!will )(?i:\b(?:(?-i:[a-z]{3,}ed)|bought|sold|met|said|told|was|were|had|did|took|began|came|went|made|left|got|gave|held|"
    r"won|lost|rose|fell|saw|became|paid|spent|found|brought|struck|hit|shot|ran|wrote|sent|built|caught|"
    r"kept|led|stood|thought|felt|heard)\b(?:\s+[\w'’,]+){0,6}\s+(?:on|in|at|during|since|from|until|by|last|early|late)?\s*)\Z")
_SINCE_LOCAL = re.compile(r"(?i:\b(?:since|ever\s+since)\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of)\s+)?)\Z")


_PAST_AFTER = re.compile(
    r"[^.;:!?]{0,60}?\b(?:(?-i:[a-z]{3,}ed)|bought|sold|met|said|told|was|were|had|did|took|began|came|went|made|"
    r"left|got|gave|held|won|lost|rose|fell|saw|became|paid|spent|found|brought|struck|hit|shot|ran|wrote|sent|built)\b")


_HAD_BEEN = re.compile(r"(?i:\bhad\s+(?:\w+ly\s+)?been\s+)\Z")
# a future cue in the clause after a fronted expression: "On Tuesday, the league plans to hold ..."
_FUTURE_AFTER = re.compile(
    r"[^.;:!?]{0,80}?\b(?:will|won't|shall|going\s+to|plans?\s+to|planning\s+to|scheduled\s+to|is\s+due|are\s+due|"
    r"expected\s+to|set\s+to|intends?\s+to)\b", re.I)
# a past-tense verb right after the expression: "the State Department on Sunday issued ..."
_PAST_RIGHT_AFTER = re.compile(r"\s*(?:(?-i:[a-z]+ly)\s+)?(?:(?-i:[a-z]{3,}ed)|said|told|was|were|had|did|took|began|came|went|made|"
                               r"left|got|gave|held|won|lost|rose|fell|saw|became|paid|sent|met)\b", re.I)


_UNTIL = re.compile(r"(?i)\s*(?:until|till)\b")
# the main clause after a fronted "Until X," in the past perfect: subject, then "had"
_PAST_PERFECT_AFTER = re.compile(r"\s*,\s*(?:[\w'’-]+\s+){1,3}had\s+(?:not\s+|never\s+)?\w+(?:ed|en|wn|ne|un)\b", re.I)


class Sentences:
    """Sentence boundaries of one text, found once, looked up by bisection."""

    def __init__(self, text: str):
        self.text = text
        starts = [0]
        for m in SENTENCE_END.finditer(text):
            starts.append(m.end())
        self.starts = starts
        self._tense_cache: dict[int, bool] = {}

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def bounds(self, pos: int) -> tuple[int, int]:
        i = self.index(pos)
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end

    def direction(self, start: int, end: int) -> int:
        """Negative when the expression at [start, end) points to the past, positive to the future.

        Magnitude 2 when a verb right before it says so ("bought ... in February",
        "will meet on"), 1 when only the sentence's tense does.
        """
        s0, s1 = self.bounds(start)
        before = self.text[max(s0, start - 80):start]
        if _SINCE_LOCAL.search(before[-20:]):
            return -2
        fl = _FUTURE_LOCAL.search(before[-45:])
        if fl:
            # "had been scheduled to expire Friday": a plan that lay in the past
            head = before[:len(before) - 45 + fl.start()] if len(before) > 45 else before[:fl.start()]
            if _HAD_BEEN.search(head):
                return -2
            if _UNTIL.match(fl.group(0)) and _PAST_PERFECT_AFTER.match(self.text, end, s1):
                return -2   # "Until Thursday, they had not called him a suspect"
            return 2
        right = _PAST_RIGHT_AFTER.match(self.text, end, s1)
        if right and not _NOT_PAST_ED.search(right.group(0)):
            return -2
        if _REPORTING_BEFORE.search(before[-40:]):
            return -2
        past = None
        for m in _PAST_VERB_BEFORE.finditer(before[-60:]):
            if not _NOT_PAST_ED.search(m.group(0)):
                past = m
                break
        fut = _FUTURE_NEAR.search(before)
        if past and fut:
            # the cue nearer the expression decides
            past_pos = len(before) - 60 + past.start() if len(before) > 60 else past.start()
            return 2 if fut.start() > past_pos else -2
        if past:
            return -2
        if fut:
            return 2
        # otherwise the tense of the clause up to the expression
        if _FUTURE_SENT.search(self.text, s0, min(s1, end + 30)):
            return 1
        after = self.text[end:min(s1, end + 90)]
        m = _PAST_AFTER.match(after[:70])
        if m and _NOT_PAST_ED.search(m.group(0)):
            m = None
        f = _FUTURE_AFTER.match(after)
        if f and (not m or f.end() < m.end()):
            return 1        # "On Tuesday, the league plans to hold ..."
        if m:
            return -2       # "In January, American Medical brought in ..."
        return -1

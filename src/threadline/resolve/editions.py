"""Editions of one story in two languages: the English and the Korean edition are one origin.

Outlets publish a story in Korean and English (Daily NK's "Read in Korean"; Yonhap's
two services). The texts share no words, so the near-duplicate index cannot see it;
what they share is language-independent: the entities they resolve to, the dates they
state, the figures they give, the event types, the outlet and the publication day.
:class:`EditionIndex` compares those and links a report to its edition in the other
language (``near_duplicate_of``), so that corroboration counts them once. Reports of
the same happening from different outlets are not linked: they corroborate each other.

The other edition may have been stored by an earlier run: given a ``stored`` lookup
(the pipeline passes ``Store.other_language_reports``), the index also compares a new
report with the stored reports in another language that name one of its entities and
were published within ``MAX_DAYS_APART`` days of it. A new report without a known
publication day is compared with the reports of its own run only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable, Iterable

from threadline.model import Extraction

#: How alike two reports' features must be (Jaccard) to be one story's editions.
MIN_SIMILARITY = 0.5
#: Editions appear within this many days of each other.
MAX_DAYS_APART = 2
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_KO_NUMBER = re.compile(r"(\d+)\s?만\s?(?:(\d+)\s?천)?|(\d+)\s?천")


@dataclass(frozen=True)
class _Print:
    doc_id: str
    language: str
    outlet: str | None
    published: date | None
    features: frozenset[str]
    entities: frozenset[str]


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def numbers(text: str) -> set[str]:
    """Figures a report states, as plain integers: "13,000" and "1만3천" are both ``13000``."""
    out = set()
    for m in _KO_NUMBER.finditer(text):
        if m.group(3):
            out.add(str(int(m.group(3)) * 1000))
        else:
            out.add(str(int(m.group(1)) * 10000 + int(m.group(2) or 0) * 1000))
    for m in _NUMBER.finditer(text):
        raw = m.group().replace(",", "")
        if raw.replace(".", "").isdigit() and len(raw) >= 2 and not re.fullmatch(r"(19|20)\d\d", raw):
            out.add(raw.rstrip("0").rstrip(".") if "." in raw else raw)
    return out


def fingerprint(x: Extraction) -> _Print:
    """The language-independent features of one extraction."""
    doc = x.document
    entities = frozenset(m.entity_id for m in x.mentions if m.entity_id and not m.entity_id.startswith("country:"))
    features = {f"e:{e}" for e in entities}
    features |= {f"t:{t.value}" for t in x.timexes if t.type == "DATE" and t.value and "X" not in t.value
                 and t.value != doc.published.value}
    features |= {f"v:{e.type}" for e in x.events}
    features |= {f"n:{n}" for n in numbers(doc.text)}
    return _Print(doc.id, doc.language, doc.outlet, _day(doc.published.value), frozenset(features), entities)


#: ``(language, entity ids, first day, last day, outlet)`` -> stored reports that may be
#: an edition of a new report (``Store.other_language_reports``).
StoredReports = Callable[[str, frozenset[str], str, str, "str | None"], Iterable[Extraction]]


class EditionIndex:
    """Reports seen in this run (and, through ``stored``, stored before), to find each new
    one's edition in another language."""

    def __init__(self, min_similarity: float = MIN_SIMILARITY, stored: StoredReports | None = None):
        self.min_similarity = min_similarity
        self._prints: list[_Print] = []
        self._stored = stored

    def _same_story(self, a: _Print, b: _Print) -> float:
        if a.language == b.language or not (a.entities & b.entities):
            return 0.0
        if a.outlet and b.outlet and a.outlet != b.outlet:
            return 0.0  # two outlets: two origins that corroborate each other
        if a.published and b.published and abs((a.published - b.published).days) > MAX_DAYS_APART:
            return 0.0
        union = a.features | b.features
        return len(a.features & b.features) / len(union) if union else 0.0

    def link(self, x: Extraction) -> Extraction:
        """The extraction, with ``near_duplicate_of`` set to its other-language edition when
        one was seen (the most similar above the threshold); remembered for later reports."""
        mine = fingerprint(x)
        best, score = None, self.min_similarity
        for other in [*self._prints, *self._stored_prints(mine)]:
            s = self._same_story(mine, other)
            if s >= score:
                best, score = other, s
        self._prints.append(mine)
        if best is None or x.document.near_duplicate_of:
            return x
        return replace(x, document=replace(x.document, near_duplicate_of=best.doc_id))

    def _stored_prints(self, mine: _Print) -> list[_Print]:
        """Fingerprints of stored reports that may be ``mine``'s edition (not those of this run)."""
        if self._stored is None or mine.published is None or not mine.entities:
            return []
        seen = {p.doc_id for p in self._prints}
        span = timedelta(days=MAX_DAYS_APART)
        found = self._stored(mine.language, mine.entities, (mine.published - span).isoformat(),
                             (mine.published + span).isoformat(), mine.outlet)
        return [fingerprint(x) for x in found if x.document.id not in seen]

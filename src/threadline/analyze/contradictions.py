"""Contradictions: two claims from different origins that cannot both hold, and the field on which
they disagree.

- ``status``: a facility running against stopped in one period (the pack's ``status_polarity``);
- ``quantity``: figures of the same unit about the same parties and period that differ by more
  than either figure's approximation allows ("1 million shells" against "6 million shells");
- ``when``: the same happening (same type and facility, place, actor or figure) dated to days a
  few days apart — one report has the date wrong;
- ``polarity``: a denial against an assertion ("North Korea denied supplying shells" against
  "North Korea supplied shells"; the pack's ``denial`` cues).

Claims of one origin are never set against each other: a source revising itself is not two
sources disagreeing. Predictions contradict nothing: they may simply not have come true.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from threadline.domain.rules import event_lexicon
from threadline.model import Document, Event
from threadline.temporal import times_overlap
from threadline.temporal.humanize import humanize_when

#: Figures within this factor of each other agree when either is approximate ("about", "more than").
APPROXIMATION = 1.5
#: Types whose claims say whether a facility runs.
STATUS_TYPES = ("FACILITY_STATUS", "PRODUCTION_ACTIVITY")
#: Days apart within which two dates of one happening are a disagreement, not two happenings.
NEAR_DAYS = 14


@dataclass(frozen=True)
class Contradiction:
    """Two claims (event ids ``a``, ``b``) that disagree on ``field``; ``note`` says how, in words."""

    a: str
    b: str
    field: str
    note: str

    def __str__(self) -> str:
        return self.note


@dataclass(frozen=True)
class _Cues:
    running: re.Pattern
    stopped: re.Pattern
    denial: re.Pattern
    negation: re.Pattern


@lru_cache(maxsize=8)
def _cues(directory: str | None = None) -> _Cues:
    lexicon = event_lexicon(directory)
    join = lambda ps: re.compile("|".join(f"(?:{p})" for p in ps) or r"(?!)", re.IGNORECASE)  # noqa: E731
    denial = lexicon.get("denial", {})
    return _Cues(join(lexicon["status_polarity"]["running"]), join(lexicon["status_polarity"]["stopped"]),
                 join(denial.get("denials", [])), join(denial.get("negations", [])))


def _stated(event: Event, document: Document) -> str:
    return " ".join(document.text[s.start:s.end] for s in event.evidence)


def polarity(event: Event, document: Document, domain_pack: str | None = None) -> str | None:
    """``running``, ``stopped`` or None, from the sentences stating a facility claim."""
    cues, text = _cues(domain_pack), _stated(event, document)
    if cues.stopped.search(text):
        return "stopped"
    if cues.running.search(text):
        return "running"
    return None


def denied(event: Event, document: Document, domain_pack: str | None = None) -> bool:
    """Whether the sentence stating a claim denies it rather than asserts it.

    A denial verb with the reports or the claimed act as its object ("dismissed reports of arms
    transfers as groundless"), or a negation right before the trigger ("has never transferred").
    Only the sentence that first states the claim counts: a report that adds "both countries have
    denied it" to what it asserts still asserts it.
    """
    cues = _cues(domain_pack)
    text = document.text[event.start:event.end]
    if cues.denial.search(text):
        return True
    at = text.find(event.trigger) if event.trigger else -1
    return at > 0 and bool(cues.negation.search(text[max(0, at - 30):at]))


def stance(event: Event, document: Document, domain_pack: str | None = None) -> str | None:
    """What a claim says of its happening beyond its type: ``denied``, ``running``, ``stopped`` or None.

    Claims of different stances are never one happening: they disagree about it.
    """
    if denied(event, document, domain_pack):
        return "denied"
    if event.type in STATUS_TYPES:
        return polarity(event, document, domain_pack)
    return None


def stances_of(claims: list[tuple[Event, Document]], domain_pack: str | None = None) -> dict[str, str]:
    """Each claim's ``stance``, by event id, for the claims that have one."""
    return {e.id: s for e, d in claims if (s := stance(e, d, domain_pack))}


def _day(value: str | None) -> date | None:
    head = (value or "").split("/")[0]
    if len(head) < 10 or "X" in head[:10]:
        return None
    try:
        return date.fromisoformat(head[:10])
    except ValueError:
        return None


def _parties(event: Event) -> set[str]:
    return {*event.facilities, *event.where, *event.actors}


def _figures_disagree(a: Event, b: Event) -> tuple[str, str] | None:
    """The two figures' texts when ``a`` and ``b`` count the same unit differently."""
    for qa in a.quantities:
        for qb in b.quantities:
            if not (qa.value and qb.value and qa.unit and qa.unit == qb.unit and qa.per == qb.per
                    and qa.ratio == qb.ratio):
                continue
            high, low = max(qa.value, qb.value), min(qa.value, qb.value)
            allowed = APPROXIMATION if (qa.approximate or qb.approximate) else 1.0
            if high > low * allowed:
                return qa.text, qb.text
    return None


def _label(document: Document) -> str:
    published = humanize_when(document.published.value) if document.published.value else "undated"
    return f"{document.outlet or document.id} ({published})"


def _pairs_that_may_disagree(ordered: list[tuple[Event, Document]], status: dict[str, str],
                             denies: dict[str, bool], countries: frozenset[str]) -> list[tuple[int, int]]:
    """The pairs ``(i, j)``, i < j, of ``ordered`` for which some test of ``find_contradictions``
    can hold, in order; the rest cannot disagree, and an entity with thousands of claims is not
    compared pair by pair.

    Each test needs: both a status and a shared facility (status); or one type, a shared party and
    one of them a denial (polarity), both with figures (quantity), or both dated to days close
    together with a party other than a country (when).
    """
    pairs: set[tuple[int, int]] = set()

    def _within(members: list[int]) -> None:
        pairs.update((min(i, j), max(i, j)) for n, i in enumerate(members) for j in members[n + 1:])

    by_facility: dict[str, list[int]] = {}
    by_type_party: dict[tuple[str, str], list[int]] = {}
    for i, (e, _) in enumerate(ordered):
        if e.id in status:
            for f in set(e.facilities):
                by_facility.setdefault(f, []).append(i)
        for p in _parties(e):
            by_type_party.setdefault((e.type, p), []).append(i)
    for members in by_facility.values():
        _within(members)
    for (_, party), members in by_type_party.items():
        denials = [i for i in members if denies[ordered[i][0].id]]
        for d in denials:
            pairs.update((min(d, i), max(d, i)) for i in members if i != d)
        _within([i for i in members if ordered[i][0].quantities])
        if party in countries:
            continue
        # Dated to days no more than NEAR_DAYS apart: a window over the members sorted by day.
        dated = sorted((day, i) for i in members if (day := _day(ordered[i][0].when)))
        for n, (day, i) in enumerate(dated):
            for later, j in dated[n + 1:]:
                if (later - day).days > NEAR_DAYS:
                    break
                pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def find_contradictions(claims: list[tuple[Event, Document]], origin_of: dict[str, str],
                        countries: frozenset[str] = frozenset(), domain_pack: str | None = None,
                        stances: dict[str, str] | None = None) -> list[Contradiction]:
    """Every pair of claims of different origins that cannot both hold.

    Args:
        claims: ``(event, document)`` pairs.
        origin_of: each event id's origin (``happenings.origin``).
        countries: country entity ids (too broad to say two claims are of one happening).
        domain_pack: the pack whose cues mark status and denials.
        stances: each claim's ``stance`` where it has one (computed here when not given).
    Returns:
        contradictions, oldest report first, each pair once.
    """
    if stances is None:
        stances = stances_of(claims, domain_pack)
    ordered = sorted(claims, key=lambda c: (c[1].published.value or "", c[1].id, c[0].start))
    status = {i: s for i, s in stances.items() if s in ("running", "stopped")}
    denies = {e.id: stances.get(e.id) == "denied" for e, _ in ordered}
    found: list[Contradiction] = []
    for i, j in _pairs_that_may_disagree(ordered, status, denies, countries):
        (a, da), (b, db) = ordered[i], ordered[j]
        if origin_of.get(a.id) == origin_of.get(b.id) or "predicted" in (a.modality, b.modality):
            continue
        said_a, said_b = _label(da), _label(db)
        same_time = times_overlap(a.when, b.when)
        shared = _parties(a) & _parties(b)
        pa, pb = status.get(a.id), status.get(b.id)
        if pa and pb and pa != pb and same_time and set(a.facilities) & set(b.facilities):
            found.append(Contradiction(a.id, b.id, "status", f"{said_a} says {pa}; {said_b} says {pb}"))
            continue
        if a.type != b.type or not shared:
            continue
        if denies[a.id] != denies[b.id]:
            (who, denial), (what, claim) = ((said_a, a), (said_b, b)) if denies[a.id] else ((said_b, b), (said_a, a))
            # A denial speaks of what was said to happen before it, and often carries no date.
            if not (same_time or not denial.when or (claim.when or "") <= denial.when):
                continue
            found.append(Contradiction(a.id, b.id, "polarity", f"{who} denies the {a.type} that {what} reports"))
            continue
        if denies[a.id] or denies[b.id]:
            continue
        figures = _figures_disagree(a, b)
        if figures and same_time:
            found.append(Contradiction(a.id, b.id, "quantity",
                                       f"{said_a} gives “{figures[0]}”; {said_b} gives “{figures[1]}”"))
            continue
        day_a, day_b = _day(a.when), _day(b.when)
        specific = shared - countries
        if day_a and day_b and day_a != day_b and abs((day_a - day_b).days) <= NEAR_DAYS and specific:
            found.append(Contradiction(a.id, b.id, "when", f"{said_a} dates it {day_a.isoformat()}; "
                                                            f"{said_b} dates it {day_b.isoformat()}"))
    return found

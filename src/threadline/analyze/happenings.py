"""Happenings: which claims, across reports, tell of one real-world happening, and from how
many independent origins.

Two claims are joined only on positive evidence, and every decision keeps its reason:

- never two claims of one report (extraction already folds a report's restatements);
- never across types, incompatible times (each at its own precision: "2024-03" holds
  "2024-03-02", not "2024-04"), facilities that differ, places of which neither lies in
  the other, or a prediction against an observation;
- joined when both are dated to a month or more precisely (a stretch that runs on, "since
  last month", by its start) and they share a facility,
  a place below the country, an actor other than a country, or a figure about the same
  parties;
- otherwise the evidence is too thin: they stay apart and are listed as possibly related,
  never counted as corroboration (false corroboration is worse than a missed link).

A group is built in publication order: a claim joins the first group one of whose claims it
is joined to and none of whose claims it is kept apart from.

Independence follows the origin, not the outlet: an agency and every report relaying it are
one origin (state media, an intelligence service, an official document); a syndicated or
near-duplicate copy is its original's origin; an outlet's anonymous insiders are that outlet's
network; anything else is the outlet that reports it.
"""
from __future__ import annotations

import re
from collections import ChainMap, Counter
from dataclasses import dataclass, field

from typing import Iterable, Mapping

from threadline.analyze.contradictions import stances_of
from threadline.model import Document, Entity, Event, make_id
from threadline.temporal import times_overlap, value_bounds

#: State media of the DPRK, whichever organ a report names: one origin.
_DPRK_STATE_MEDIA = re.compile(r"KCNA|Korean Central|Rodong|state media|Minju Joson|Uriminzokkiri", re.I)
_AGENCIES = (("NIS", re.compile(r"\bNIS\b|National Intelligence Service|South Korea'?s? (?:spy|intelligence) agency", re.I)),
             ("CIA", re.compile(r"\bCIA\b", re.I)), ("DIA", re.compile(r"\bDIA\b|Defense Intelligence Agency", re.I)))


@dataclass(frozen=True)
class PairVerdict:
    """Why two claims were joined or kept apart: ``verdict`` is ``joined``, ``apart`` or ``thin``."""

    a: str
    b: str
    verdict: str
    reason: str


@dataclass(frozen=True)
class Happening:
    """Claims of one happening: its id, the claims, their origins, and the reasons."""

    id: str
    type: str
    claims: tuple[tuple[Event, Document], ...]
    origins: tuple[str, ...]
    decisions: tuple[PairVerdict, ...] = ()  # why each claim joined the group
    possibly_related: tuple[str, ...] = ()

    @property
    def independent_sources(self) -> int:
        return len(self.origins)


def _root(document: Document, documents: dict[str, Document]) -> Document:
    seen = set()
    while document.near_duplicate_of and document.near_duplicate_of in documents and document.id not in seen:
        seen.add(document.id)
        document = documents[document.near_duplicate_of]
    return document


def origin(event: Event, document: Document, documents: dict[str, Document]) -> str:
    """The independent origin behind one claim, as words an analyst can check."""
    root = _root(document, documents)
    outlet = root.outlet or root.source or root.id
    cue = event.attribution_text or ""
    if event.attribution == "state_media":
        if _DPRK_STATE_MEDIA.search(cue) or root.source_type == "state_media" and not cue:
            return "DPRK state media"
        return f"state media: {cue}" if cue else "state media"
    if event.attribution == "intelligence_agency":
        name = next((n for n, p in _AGENCIES if p.search(cue)), None)
        return f"intelligence: {name or cue or 'unnamed agency'}"
    if event.attribution == "official_document":
        return "an official document"
    if event.attribution == "anonymous_insider":
        return f"insiders of {outlet}"
    return outlet


def origin_reason(event: Event, document: Document, documents: dict[str, Document]) -> str:
    """Why a claim counts as the origin ``origin`` gives it, in words an analyst can check."""
    root = _root(document, documents)
    copy = (f"a near-copy of {root.outlet or root.source} ({root.id}), so it counts with the original; "
            if root.id != document.id else "")
    if event.attribution in ("state_media", "intelligence_agency", "official_document"):
        said = f" (“{event.attribution_text}”)" if event.attribution_text else ""
        return (f"{copy}relays {event.attribution.replace('_', ' ')}{said}: every report relaying it is one "
                "origin, whichever outlet carries it")
    if event.attribution == "anonymous_insider":
        return f"{copy}the outlet's own insiders: one origin per outlet's network"
    return f"{copy}the outlet's own reporting: one origin per outlet"


def place_context(entities: Iterable[Entity], domain_pack: str | None = None
                  ) -> tuple[Mapping[str, frozenset[str]], frozenset[str]]:
    """Each place id with the places it lies in (the pack's hierarchy, then each entity's
    ``located_in``), and the ids of countries."""
    from threadline.extract.lexicon import load_lexicon

    # The places beyond the pack over the pack's own chains, which are not copied: this runs
    # for every entity page and every subject of a brief.
    chain = ChainMap({}, load_lexicon(domain_pack).place_chain)
    parents, countries = {}, set()
    for e in entities:
        if e.located_in:
            parents[e.id] = e.located_in
        if e.kind == "place" and (e.level == "country" or e.id.startswith("country:")):
            countries.add(e.id)
    for place in parents:
        if place not in chain:
            up, seen = [place], {place}
            while parents.get(up[-1]) and parents[up[-1]] not in seen:
                up.append(parents[up[-1]])
                seen.add(up[-1])
            chain[place] = frozenset(up) | chain.get(up[-1], frozenset())
    return chain, frozenset(countries)


#: The longest stretch of time (days) a claim's start may name and still place it at one time: a month.
PINNED_DAYS = 31


def _month_or_better(when: str | None) -> bool:
    """Whether a time pins a claim to a month or less: its start, for a stretch that runs on
    ("since last month": the month it began)."""
    bounds = value_bounds((when or "").split("/")[0])
    return bounds is not None and (bounds[1] - bounds[0]).days < PINNED_DAYS


def _nested(a: set[str], b: set[str], chain: Mapping[str, frozenset[str]]) -> bool:
    """Whether a place of ``a`` is one of ``b`` or lies in one, or the other way round."""
    return bool(a & _up(b, chain)) or bool(b & _up(a, chain))


def _up(places: set[str], chain: Mapping[str, frozenset[str]]) -> set[str]:
    """The places and everything they lie in."""
    out = set(places)
    for p in places:
        out |= chain.get(p, frozenset())
    return out


def compare(a: Event, b: Event, chain: dict[str, frozenset[str]], countries: frozenset[str] = frozenset(),
            stances: dict[str, str] | None = None, copies: bool = False) -> tuple[str, str]:
    """``(verdict, reason)`` for two claims: ``joined``, ``apart`` or ``thin`` (not enough to join).

    Args:
        a, b: the claims (resolved events).
        chain: each place id with the places it lies in.
        countries: ids of country entities (too broad to identify a happening alone).
        stances: each claim's ``contradictions.stance`` (denied, running, stopped) where it has one.
        copies: the two reports are copies of one report (syndicated, near-duplicate, another
            language's edition): what they tell alike is one happening, however vaguely dated.
    """
    if a.doc_id == b.doc_id:
        return "apart", "one report tells them as two happenings"
    if a.type != b.type:
        return "apart", f"types differ ({a.type}, {b.type})"
    if (a.modality == "predicted") != (b.modality == "predicted"):
        return "apart", "a prediction is not a report of what happened"
    sa, sb = (stances or {}).get(a.id), (stances or {}).get(b.id)
    if "denied" in (sa, sb) and sa != sb:
        return "apart", "a denial is not a report that it happened"
    if sa and sb and sa != sb:
        return "apart", f"they disagree: one says {sa}, the other {sb}"
    if not times_overlap(a.when, b.when):
        return "apart", f"times disagree ({a.when} against {b.when})"
    fa, fb = set(a.facilities), set(b.facilities)
    if fa and fb and not fa & fb:
        return "apart", "different facilities"
    pa, pb = set(a.where), set(b.where)
    if pa and pb and not _nested(pa, pb, chain):
        return "apart", "places of which neither lies in the other"
    if copies:
        return "joined", "the same report in another copy or edition"
    dated = _month_or_better(a.when) and _month_or_better(b.when)
    if not dated:
        # A facility's or a country's story runs for years: without a date on both sides, a
        # shared name says two claims are about one thing, not about one happening.
        return "thin", "not both dated to the month: nothing places them at one time"
    if fa & fb:
        return "joined", "same facility, same month or closer"
    # A place below the country on both sides (a town in one, its province in the other).
    shared_places = {p for p in pa - countries if _nested({p}, pb - countries, chain)}
    if shared_places:
        return "joined", "same place, same month or closer"
    shared_actors = (set(a.actors) & set(b.actors)) - countries
    if shared_actors:
        return "joined", "same actor, same month or closer"
    figures = {(q.value, q.per) for q in a.quantities if q.value} & {(q.value, q.per) for q in b.quantities if q.value}
    if figures and (pa & pb or set(a.actors) & set(b.actors)):
        return "joined", "same figure about the same parties"
    day_a, day_b = a.when.split("/")[0], b.when.split("/")[0]
    if (pa & pb or set(a.actors) & set(b.actors)) and day_a == day_b and len(day_a) >= 10 and "X" not in day_a:
        return "joined", "same parties, same day"
    return "thin", "compatible, but nothing identifies them as one happening"


class _GroupsByTime:
    """One type's groups, found by the time of their first claim.

    A claim whose time cannot overlap that of a group's first claim is kept apart from the group
    (``compare``: "times disagree"), so only the groups whose first claim's time overlaps need
    comparing: an entity's claims over many years are then compared with those of their own
    years, not with every claim ever made about it.
    """

    #: A first claim spanning more years than this (or undated) is compared with every claim.
    MAX_YEARS = 10

    def __init__(self) -> None:
        self.loose: list[dict] = []
        self.by_year: dict[int, list[dict]] = {}
        self.every: list[dict] = []

    def add(self, group: dict, when: str | None) -> None:
        group["when"] = when
        self.every.append(group)
        bounds = value_bounds(when)
        if bounds is None or bounds[1].year - bounds[0].year > self.MAX_YEARS:
            self.loose.append(group)
            return
        for year in range(bounds[0].year, bounds[1].year + 1):
            self.by_year.setdefault(year, []).append(group)

    def candidates(self, when: str | None) -> list[dict]:
        """The groups a claim of this time may join or be related to, in the order they were made."""
        bounds = value_bounds(when)
        if bounds is None or bounds[1].year - bounds[0].year > self.MAX_YEARS:
            found = self.every
        else:
            seen = {id(g): g for g in self.loose}
            for year in range(bounds[0].year, bounds[1].year + 1):
                seen.update((id(g), g) for g in self.by_year.get(year, ()))
            found = sorted(seen.values(), key=lambda g: g["n"])
        return [g for g in found if times_overlap(when, g["when"])]


def group_happenings(claims: list[tuple[Event, Document]], chain: dict[str, frozenset[str]],
                     countries: frozenset[str] = frozenset(),
                     documents: dict[str, Document] | None = None,
                     domain_pack: str | None = None, stances: dict[str, str] | None = None) -> list[Happening]:
    """Group claims into happenings, in publication order, with every decision's reason.

    Args:
        claims: ``(event, document)`` pairs with resolved arguments.
        chain: each place id with the places it lies in (``Lexicon.place_chain``).
        countries: country entity ids.
        documents: every document a near-copy chain may lead to (default: those in ``claims``).
        domain_pack: the pack whose cues mark denials and a facility's state.
        stances: each claim's ``contradictions.stance`` (computed here when not given).
    Returns:
        happenings, in the order of their first claim.
    """
    documents = dict(documents or {})
    documents.update({d.id: d for _, d in claims})
    if stances is None:
        stances = stances_of(claims, domain_pack)
    root = {d.id: _root(d, documents).id for _, d in claims}
    told = Counter((e.doc_id, e.type) for e, _ in claims)

    def _copies(a: Event, b: Event) -> bool:
        # Two copies of one report tell the same happening when each tells only one of the type.
        return root[a.doc_id] == root[b.doc_id] and told[a.doc_id, a.type] == told[b.doc_id, b.type] == 1
    ordered = sorted(claims, key=lambda c: (c[1].published.value or "", c[1].id, c[0].start))
    groups: list[dict] = []
    by_type: dict[str, _GroupsByTime] = {}  # types must agree: compare only within a type
    for event, doc in ordered:
        home, notes = None, []
        for g in (by_type[event.type].candidates(event.when) if event.type in by_type else ()):
            verdicts = []
            for other, _ in g["claims"]:
                verdict = compare(event, other, chain, countries, stances, _copies(event, other))
                if verdict[0] == "apart":
                    break       # one member kept apart keeps the claim out of the group
                verdicts.append((other, *verdict))
            else:
                joined = [(o, r) for o, v, r in verdicts if v == "joined"]
                if joined and home is None:
                    home = g
                    notes += [PairVerdict(event.id, o.id, "joined", r) for o, r in joined]
                elif any(v == "thin" for _, v, _ in verdicts):
                    g["related"].add(event.id)
        if home is None:
            home = {"claims": [], "decisions": [], "related": set(), "n": len(groups)}
            groups.append(home)
            by_type.setdefault(event.type, _GroupsByTime()).add(home, event.when)
        home["claims"].append((event, doc))
        home["decisions"].extend(notes)
    out = []
    for g in groups:
        first = g["claims"][0][0]
        origins = tuple(sorted({origin(e, d, documents) for e, d in g["claims"]}))
        related = tuple(sorted(g["related"] - {e.id for e, _ in g["claims"]}))
        out.append(Happening(make_id("happening", first.id), first.type, tuple(g["claims"]), origins,
                             tuple(g["decisions"]), related))
    return out


def run_happenings(extractions, domain_pack: str | None = None) -> list[Happening]:
    """The happenings of a run of extractions (``threadline extract``), with places nested by the
    pack's hierarchy and, beyond the pack, by each entity's ``located_in``."""
    chain, countries = place_context((e for x in extractions for e in x.entities), domain_pack)
    claims = [(e, x.document) for x in extractions for e in x.events]
    return group_happenings(claims, chain, countries, domain_pack=domain_pack)

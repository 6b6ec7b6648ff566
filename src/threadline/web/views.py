"""What the pages and the JSON API show: plain dicts built from the library's calls.

Every function here takes the open ``Store`` and ``Settings`` and calls
``threadline.analyze`` and ``threadline.store`` the way the CLI does; the API
returns the dicts as JSON and the pages render them with templates. Nothing
here writes except ``review`` (the analyst decisions, through the store's
decision functions, the same ones ``threadline entity ...`` uses).
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from threadline import analyze
from threadline.analyze.happenings import origin, origin_reason
from threadline.errors import NotFoundError, StoreError
from threadline.model import ATTRIBUTIONS, EVENT_TYPES, MODALITIES, Decision, Document, Entity, Event, Span, make_id
from threadline.settings import Settings
from threadline.web.markup import Mark, annotate

MAX_PER_PAGE = 100
#: Full-text hits read before filters apply, best first. The store marks up each hit's whole
#: text, so this bounds a search's cost; ``capped`` in the answer says when it was reached.
MAX_HITS = 200
TIMELINE_SHOWN = 200
#: Entities located in an entity that its page lists (a city of a long archive holds thousands).
INSIDE_SHOWN = 200
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_MR = re.compile(r"[ŏŭŎŬ]|[kptcKPTC]['’ʼ]")


class FilterError(StoreError):
    """A search filter has a value the workbench cannot use; the message says which and why."""


@dataclass(frozen=True)
class Filters:
    """Search filters: the CLI's (``events --type --since --until --place --entity``) and more."""

    q: str = ""
    type: str | None = None
    place: str | None = None
    facility: str | None = None
    since: str | None = None
    until: str | None = None
    attribution: str | None = None
    modality: str | None = None
    outlet: str | None = None

    def checked(self) -> "Filters":
        """The filters with empty values dropped and each value checked.

        Raises:
            FilterError: an unknown type, attribution or modality, or a date not YYYY[-MM[-DD]].
        """
        f = replace(self, **{k: (v.strip() or None) if isinstance(v, str) and k != "q" else v
                             for k, v in self.__dict__.items()})
        f = replace(f, q=(f.q or "").strip())
        if f.type:
            f = replace(f, type=f.type.upper())
            if f.type not in EVENT_TYPES:
                raise FilterError(f"type={self.type!r}: use one of {', '.join(EVENT_TYPES)}")
        if f.attribution and f.attribution not in ATTRIBUTIONS:
            raise FilterError(f"attribution={f.attribution!r}: use one of {', '.join(ATTRIBUTIONS)}")
        if f.modality and f.modality not in MODALITIES:
            raise FilterError(f"modality={f.modality!r}: use one of {', '.join(MODALITIES)}")
        for name in ("since", "until"):
            value = getattr(f, name)
            if value and not _DATE.match(value):
                raise FilterError(f"{name}={value!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
        return f


def _in_range(value: str | None, since: str | None, until: str | None) -> bool:
    """Whether an ISO date (prefix) lies in a range, compared at the precision both sides have."""
    if not since and not until:
        return True
    if not value or not value[:4].isdigit():
        return False
    value = value.split("/")[0]
    for bound, ok in ((since, lambda a, b: a >= b), (until, lambda a, b: a <= b)):
        if bound:
            n = min(len(value), len(bound))
            if not ok(value[:n], bound[:n]):
                return False
    return True


# -- records as JSON-able dicts -------------------------------------------------

def entity_brief(e: Entity) -> dict:
    return {"id": e.id, "kind": e.kind, "name": e.name}


def entity_dict(e: Entity) -> dict:
    return {"id": e.id, "kind": e.kind, "name": e.name, "level": e.level, "country": e.country,
            "admin1": e.admin1, "lat": e.lat, "lon": e.lon, "located_in": e.located_in,
            "aliases": list(e.aliases), "source": e.source}


def document_meta(d: Document) -> dict:
    return {"id": d.id, "title": d.title, "outlet": d.outlet, "source": d.source, "url": d.url,
            "author": d.author, "published": d.published.value, "published_basis": d.published.basis,
            "source_type": d.source_type, "language": d.language, "near_duplicate_of": d.near_duplicate_of}


def event_dict(e: Event, doc: Document | None = None, review: Decision | None = None) -> dict:
    out = {"id": e.id, "doc_id": e.doc_id, "type": e.type, "when": e.when, "when_text": e.when_text,
           "attribution": e.attribution, "attribution_text": e.attribution_text, "modality": e.modality,
           "trigger": e.trigger, "where": list(e.where), "actors": list(e.actors),
           "facilities": list(e.facilities), "products": list(e.products), "quantities": list(e.quantities),
           "evidence": [[s.start, s.end] for s in e.evidence],
           "review": review_dict(review)}
    if doc is not None:
        out["sentence"] = " ".join(doc.text[s.start:s.end].strip() for s in e.evidence)
        out["outlet"] = doc.outlet
        out["published"] = doc.published.value
        out["title"] = doc.title
    return out


def review_dict(d: Decision | None) -> dict | None:
    if d is None:
        return None
    return {"status": "confirmed" if d.action == "confirm" else "rejected", "analyst": d.analyst,
            "reason": d.reason, "at": d.created_at}


def decision_dict(d: Decision) -> dict:
    return {"id": d.id, "action": d.action, "subject": d.subject, "value": d.value, "analyst": d.analyst,
            "reason": d.reason, "created_at": d.created_at}


# -- search ---------------------------------------------------------------------

def _scope(store, settings: Settings, f: Filters) -> set[str] | None:
    """Entity ids the place and facility filters allow (each name with everything inside it)."""
    ids = None
    for name in (f.place, f.facility):
        if name:
            ent = analyze.find_entity(store, name, settings.domain_pack)
            found = {ent.id} | {e.id for e in store.children(ent.id)}
            ids = found if ids is None else ids & found
    return ids


def _event_ok(e: Event, f: Filters, scope: set[str] | None) -> bool:
    return ((not f.type or e.type == f.type) and (not f.attribution or e.attribution == f.attribution)
            and (not f.modality or e.modality == f.modality) and _in_range(e.when, f.since, f.until)
            and (scope is None or bool(scope & {*e.where, *e.actors, *e.facilities})))


class _Docs:
    """Documents read once per request."""

    def __init__(self, store):
        self.store, self.cache = store, {}

    def prefetch(self, doc_ids) -> None:
        """Read these documents in one query."""
        missing = {d for d in doc_ids if d not in self.cache}
        if missing:
            self.cache.update(self.store.get_documents(missing))

    def __call__(self, doc_id: str) -> Document:
        if doc_id not in self.cache:
            self.cache[doc_id] = self.store.get_document(doc_id)
        return self.cache[doc_id]


def search(store, settings: Settings, filters: Filters, page: int = 1, per_page: int = 20, memo=None) -> dict:
    """Full text over reports and claims, or (no words) the claims matching the filters.

    Args:
        store, settings: the knowledge base and its settings.
        filters: the words and filters (see ``Filters``).
        page: 1-based page number.
        per_page: items per page (at most ``MAX_PER_PAGE``).
        memo: ``memo(key, compute)`` returning a kept result; the matching (not the page's
            details, nor review states) is kept across pages and requests when given.
    Returns:
        ``{"items", "page", "per_page", "total", "capped", "next_page", "filters", "entities"}``
        (``capped``: the full-text search stopped at ``MAX_HITS`` hits, so there may be more);
        an item is a claim (``kind: "event"``) or a report (``kind: "document"``);
        ``entities`` are those whose name or alias matches the words.
    Raises:
        FilterError: a bad filter value, page or page size.
        NotFoundError: a place or facility that is not in the knowledge base.
    """
    f = filters.checked()
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        raise FilterError(f"page={page}, per_page={per_page}: page starts at 1, per_page is 1 to {MAX_PER_PAGE}")
    docs = _Docs(store)

    def find() -> tuple[list[dict], bool]:
        scope = _scope(store, settings, f)
        event_filters = bool(f.type or f.attribution or f.modality)
        matched: list[dict] = []
        capped = False
        if f.q:
            hits = store.search(f.q, MAX_HITS)
            capped = len(hits) >= MAX_HITS
            filtering = event_filters or scope is not None or f.since or f.until
            # Events are read (in one query) only when a filter needs them; the page's own are read below.
            events = store.get_events({h.event_id for h in hits if h.event_id}) if filtering else {}
            scope_docs = None
            if scope is not None:
                scope_docs = {e.doc_id for e in store.events(entity_ids=scope)}
            for h in hits:
                if h.kind == "event":
                    if filtering and not _event_ok(events[h.event_id], f, scope):
                        continue
                else:
                    if event_filters or (scope_docs is not None and h.doc_id not in scope_docs):
                        continue
                    if f.since or f.until:
                        if not _in_range(docs(h.doc_id).published.value, f.since, f.until):
                            continue
                if f.outlet and (docs(h.doc_id).outlet or "").lower() != f.outlet.lower():
                    continue
                matched.append({"kind": h.kind, "doc_id": h.doc_id, "event_id": h.event_id,
                                "event_type": h.event_type, "title": h.title, "snippet": h.snippet,
                                "start": h.start, "end": h.end})
        else:
            events = store.events(type=f.type, since=f.since, until=f.until,
                                  entity_ids=sorted(scope) if scope is not None else None)
            dated = [e for e in events if e.when]
            ordered = dated[::-1] + [e for e in events if not e.when]     # latest first, undated last
            for e in ordered:
                if not _event_ok(e, f, scope):
                    continue
                if f.outlet and (docs(e.doc_id).outlet or "").lower() != f.outlet.lower():
                    continue
                matched.append({"kind": "event", "doc_id": e.doc_id, "event_id": e.id, "event_type": e.type,
                                "title": None, "snippet": None, "start": e.start, "end": e.end})
        entities = [entity_brief(e) for e in store.find_entities(f.q)[:10]] if f.q else []
        return matched, capped, entities

    if not f.q and not (f.attribution or f.modality or f.outlet or f.since or f.until):
        # Claims by type and place only: the store cuts the page and counts, so a listing of a
        # knowledge base of millions of claims reads one page of them. (Dates stay with
        # ``_in_range``, which reads a week or season by its text where the store reads its year.)
        items, total = _claims_page(store, settings, f, page, per_page, memo)
        capped, entities = False, []
    else:
        matched, capped, entities = memo(("search", f), find) if memo else find()
        total = len(matched)
        # Copies: the page's items are filled in below, and the kept list must stay as it is.
        items = [dict(m) for m in matched[(page - 1) * per_page: page * per_page]]
    reviews = store.claim_reviews([i["event_id"] for i in items if i["event_id"]])
    page_events = store.get_events([i["event_id"] for i in items if i["event_id"]])
    docs.prefetch(i["doc_id"] for i in items)
    for item in items:
        doc = docs(item["doc_id"])
        item.update(title=doc.title, outlet=doc.outlet, published=doc.published.value)
        if item["event_id"]:
            e = page_events[item["event_id"]]
            item.update(when=e.when, attribution=e.attribution, modality=e.modality,
                        sentence=doc.text[e.start:e.end].strip(), review=review_dict(reviews.get(e.id)))
        else:
            item.update(when=None, attribution=None, modality=None, sentence=None, review=None)
        if item["snippet"] is None:
            item["snippet"] = item["sentence"]
    return {"items": items, "page": page, "per_page": per_page, "total": total, "capped": capped,
            "next_page": page + 1 if page * per_page < total else None,
            "filters": {k: v for k, v in f.__dict__.items() if v}, "entities": entities}


def _claims_page(store, settings: Settings, f: Filters, page: int, per_page: int, memo) -> tuple[list[dict], int]:
    """One page of the claims ``search`` lists for filters the store applies (type, place,
    facility), latest first (undated last), and how many there are."""
    scope = _scope(store, settings, f)
    filters = dict(type=f.type, entity_ids=sorted(scope) if scope is not None else None)
    events = store.events(**filters, limit=per_page, offset=(page - 1) * per_page, newest_first=True)
    count = lambda: store.count_events(**filters)     # noqa: E731
    total = memo(("search count", f), count) if memo else count()
    return [{"kind": "event", "doc_id": e.doc_id, "event_id": e.id, "event_type": e.type, "title": None,
             "snippet": None, "start": e.start, "end": e.end} for e in events], total


# -- entities ---------------------------------------------------------------------

def spelling_kind(name: str) -> str:
    """Which writing a name is in: Hangul; McCune–Reischauer (breves, aspirate apostrophes); or a
    plain romanization (Revised, or McCune–Reischauer without its marks, as the DPRK and most English
    reports write it: the two cannot be told apart reliably from one name)."""
    if _HANGUL.search(name):
        return "Hangul"
    if _MR.search(name):
        return "McCune–Reischauer"
    if re.search(r"eo|eu|^G|\bG", name):
        return "Revised romanization"
    return "plain romanization"


def _group_dict(g, reviews: dict[str, Decision]) -> dict:
    why = dict(g.why)
    return {"id": g.id, "type": g.type, "when": g.when, "independent_sources": g.independent_sources,
            "sources": list(g.sources), "contradictions": [vars(c) for c in g.contradictions],
            "joined": [vars(d) for d in g.decisions], "possibly_related": list(g.possibly_related),
            "claims": [dict(event_dict(e, d, reviews.get(e.id)), why=why.get(e.id)) for e, d in g.claims]}


def entity_view(store, settings: Settings, name: str) -> dict:
    """One entity: names in every spelling, what lies within it, its timeline and its claims by happening.

    Raises:
        NotFoundError: no entity by that name or id.
    """
    entity = analyze.find_entity(store, name, settings.domain_pack)
    # The timeline of analyze.timeline (events about it or anything inside it), with only the
    # shown entries' reports read: a province's timeline runs to thousands of events.
    inside = store.children(entity.id, limit=INSIDE_SHOWN)
    scope = [entity.id, *store.descendant_ids(entity.id)]
    # Latest first: dated events newest first, then those whose date is unknown or partial.
    shown = store.events(entity_ids=scope, limit=TIMELINE_SHOWN, newest_first=True)
    timeline_total = (store.count_events(entity_ids=scope, cap=analyze.COUNT_CAP)
                      if len(shown) == TIMELINE_SHOWN else len(shown))
    docs = _Docs(store)
    written = analyze.spellings(store, entity.id)
    groups = analyze.claims_about(store, entity.id, settings.domain_pack, latest=settings.claims_window or None)
    claims = [c for g in groups for c in g.claims]
    reviews = store.claim_reviews([e.id for e, _ in claims] + [e.id for e in shown])
    parent, where = None, None
    if entity.lat is not None and entity.lon is not None:
        where = {"lat": entity.lat, "lon": entity.lon, "of": entity.name}
    if entity.located_in:
        try:
            above = store.get_entity(entity.located_in)
            parent = entity_brief(above)
            if where is None and above.lat is not None and above.lon is not None:
                where = {"lat": above.lat, "lon": above.lon, "of": above.name}     # placed by what it lies in
        except NotFoundError:
            parent = None
    names = [{"name": n, "writing": spelling_kind(n), "kind": "name" if i == 0 else "alias"}
             for i, n in enumerate(dict.fromkeys([entity.name, *entity.aliases]))]
    docs.cache.update({d.id: d for _, d in claims})
    docs.prefetch(e.doc_id for e in shown)
    return {"entity": entity_dict(entity), "parent": parent, "position": where, "names": names,
            "spellings": [{"text": t, "method": m, "confidence": c, "count": n} for t, m, c, n in written],
            "inside": [entity_brief(e) for e in inside],
            "timeline": [event_dict(e, docs(e.doc_id), reviews.get(e.id)) for e in shown],
            "timeline_total": timeline_total, "timeline_total_is_at_least": timeline_total >= analyze.COUNT_CAP,
            "groups": [_group_dict(g, reviews) for g in groups]}


# -- a claim and its happening -------------------------------------------------------

def claim_view(store, settings: Settings, event_id: str) -> dict:
    """A claim with every claim of the same happening, each sentence highlighted in its report.

    Raises:
        NotFoundError: no such event.
    """
    event = store.get_event(event_id)
    doc = store.get_document(event.doc_id)
    subject = next(iter((*event.facilities, *event.actors, *event.where)), None)
    entity = None
    group = None
    documents = {doc.id: doc}
    if subject:
        try:
            entity = store.get_entity(subject)
        except NotFoundError:
            entity = None
    if entity is not None:
        # Its happening is among the claims of its year (times must overlap to join), when the
        # entity has more claims than are grouped at once.
        window = settings.claims_window
        year = (event.when or "")[:4]
        narrow = bool(window) and year.isdigit() and store.count_claims(entity.id, cap=window + 1) > window
        group = next((g for g in analyze.claims_about(store, entity.id, settings.domain_pack,
                                                      year=year if narrow else None)
                      if any(e.id == event.id for e, _ in g.claims)), None)
        documents = store.linked_documents({d.id for _, d in group.claims}) if group else documents
    pairs = list(group.claims) if group else [(event, doc)]
    reviews = store.claim_reviews([e.id for e, _ in pairs])
    sources = []
    for e, d in pairs:
        marks = [Mark(s.start, s.end, "hl", "the sentence stating this claim", anchor=f"ev-{e.id}")
                 for s in e.evidence]
        sources.append(dict(event_dict(e, d, reviews.get(e.id)), document=document_meta(d),
                            source=origin(e, d, documents), why=origin_reason(e, d, documents),
                            html=annotate(d.text, marks, [])))
    history = [decision_dict(x) for x in store.decisions() if x.subject == event.id]
    return {"claim": event_dict(event, doc, reviews.get(event.id)), "entity": entity_brief(entity) if entity else None,
            "type": event.type, "when": group.when if group else event.when,
            "independent_sources": group.independent_sources if group else 1,
            "sources_labels": list(group.sources) if group else [origin(event, doc, documents)],
            "contradictions": [vars(c) for c in group.contradictions] if group else [],
            "joined": [vars(d) for d in group.decisions] if group else [],
            "sources": sources, "history": history}


# -- a report -------------------------------------------------------------------------

def report_view(store, settings: Settings, doc_id: str) -> dict:
    """A report's metadata and its text with every mention, time and event marked.

    Raises:
        NotFoundError: no such document.
    """
    doc = store.get_document(doc_id)
    mentions = store.mentions(doc_id=doc.id)
    timexes = store.timexes(doc.id)
    events = store.events(doc_id=doc.id)
    reviews = store.claim_reviews([e.id for e in events])
    outer = [Mark(s.start, s.end, "ev", f"{e.type} ({e.attribution}, {e.modality})", anchor=f"ev-{e.id}")
             for e in events for s in e.evidence]
    outer += [Mark(s.start, s.end, "boiler", "boilerplate (not searched)") for s in doc.boilerplate]
    inner = [Mark(m.start, m.end, f"m-{m.kind}", f"{m.kind}: {m.text} ({m.method})") for m in mentions]
    inner += [Mark(x.start, x.end, "tx", f"{x.type} {x.value or ''}".strip()) for x in timexes]
    copy_of = None
    if doc.near_duplicate_of:
        try:
            copy_of = document_meta(store.get_document(doc.near_duplicate_of))
        except NotFoundError:
            copy_of = {"id": doc.near_duplicate_of}
    found = store.get_entities({m.entity_id for m in mentions if m.entity_id})
    linked = {}
    for m in mentions:
        if m.entity_id in found and m.entity_id not in linked:
            linked[m.entity_id] = entity_brief(found[m.entity_id])
    return {"document": dict(document_meta(doc), keywords=list(doc.keywords),
                             published_evidence=doc.published.evidence),
            "near_duplicate_of": copy_of, "html": annotate(doc.text, outer, inner),
            "events": [event_dict(e, doc, reviews.get(e.id)) for e in events],
            "entities": list(linked.values()),
            "timexes": [{"text": x.text, "type": x.type, "value": x.value, "start": x.start, "end": x.end}
                        for x in timexes],
            "mentions": [{"text": m.text, "kind": m.kind, "entity_id": m.entity_id, "start": m.start,
                          "end": m.end, "method": m.method} for m in mentions]}


# -- dashboard and map ---------------------------------------------------------------

def activity(store) -> dict:
    """Events by period (year, or month when there are few years) and type, and by province.

    Counted by the database (``Store.events_by_period``, ``Store.events_by_province``): a
    knowledge base of a long archive holds millions of events.

    Returns:
        ``{"periods", "types", "by_period": {period: {type: n}}, "by_province": [[name, n]...]}``;
        an event's province is that of its first facility or place that has one, named by the
        province's entity when the knowledge base has it; the 15 provinces with most events,
        most first (then by name).
    """
    counted = store.events_by_period()
    monthly = len({period[:4] for period, _ in counted}) <= 2
    by_period: dict[str, Counter] = defaultdict(Counter)
    for (period, type_), n in counted.items():
        # A month when months are shown; an event dated to a year only stays in its year.
        by_period[period if monthly else period[:4]][type_] += n
    by_province = store.events_by_province()
    names = store.province_names(by_province)
    named: Counter = Counter()
    for key, n in by_province.items():
        named[names.get(key, key)] += n
    types = sorted({t for c in by_period.values() for t in c})
    return {"periods": sorted(by_period), "types": types,
            "by_period": {k: dict(v) for k, v in sorted(by_period.items())},
            "by_province": sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[:15]}


def dashboard(store, settings: Settings, since_visit: str | None) -> dict:
    """Latest claims, activity over time, the most-reported facilities, and what changed since a visit."""
    # Latest by when it happened; claims whose year is unknown (XXXX) cannot be placed.
    latest_events = store.latest_events(10)
    docs = _Docs(store)
    docs.prefetch(e.doc_id for e in latest_events)
    reviews = store.claim_reviews([e.id for e in latest_events])
    facilities = store.entity_summaries("facility", limit=10, reported=True)
    changes = None
    if since_visit:
        changes = {"since": since_visit, "reports": store.count_documents_stored_since(since_visit),
                   "decisions": [decision_dict(d) for d in store.decisions() if d.created_at > since_visit][-20:]}
    return {"counts": {k: store.count(k) for k in ("documents", "entities", "events", "decisions")},
            "latest": [event_dict(e, docs(e.doc_id), reviews.get(e.id)) for e in latest_events],
            "facilities": [dict(entity_brief(s.entity), reports=s.reports, sources=s.sources)
                           for s in facilities],
            "activity": activity(store), "changes": changes}


def with_fresh_reviews(store, data: dict) -> dict:
    """A (cached) dashboard with the current counts and the current review of each latest claim."""
    reviews = store.claim_reviews([c["id"] for c in data["latest"]])
    latest = [dict(c, review=review_dict(reviews.get(c["id"]))) for c in data["latest"]]
    counts = {k: store.count(k) for k in ("documents", "entities", "events", "decisions")}
    return dict(data, latest=latest, counts=counts)


def map_points(store, since: str | None = None, until: str | None = None) -> dict:
    """Places, facilities and events with coordinates, counted over a time range.

    An event is placed at its facility when the facility has coordinates,
    otherwise at its most specific located place (``Store.map_counts``).

    Returns:
        ``{"since", "until", "points"}``, most events first.
    Raises:
        FilterError: a date not YYYY[-MM[-DD]].
    """
    Filters(since=since, until=until).checked()
    points = [dict(entity_brief(p.entity), lat=p.entity.lat, lon=p.entity.lon, events=p.events,
                   by_type=dict(p.by_type)) for p in store.map_counts(since, until)]
    return {"since": since, "until": until, "points": points}


# -- review ----------------------------------------------------------------------------

REVIEW_ACTIONS = ("confirm", "reject", "merge", "split", "rename", "alias")


def review(store, settings: Settings, analyst: str, action: str, subject: str, value: str = "",
           reason: str = "") -> dict:
    """Apply one analyst decision and record it in the audit log (as ``threadline entity ...`` does).

    Args:
        analyst: who decides (the signed-in user).
        action: confirm or reject (subject: a claim's event id); merge (subject
            kept, value folded into it), split (value: the spelling to take
            out), rename (value: the new name) or alias (value: the new alias),
            with subject an entity's name or id.
        reason: why; kept in the log.
    Returns:
        the recorded decision and a short message.
    Raises:
        FilterError: an unknown action, or a value the action needs is missing.
        NotFoundError: no such claim or entity.
    """
    if action not in REVIEW_ACTIONS:
        raise FilterError(f"action={action!r}: use one of {', '.join(REVIEW_ACTIONS)}")
    value, reason = (value or "").strip(), (reason or "").strip()
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if action in ("confirm", "reject"):
        event = store.get_event(subject)
        d = Decision(action, event.id, event.doc_id, analyst, reason, now)
        store.add_decision(d)
        return {"decision": decision_dict(d), "message": f"claim {event.id} {action}ed"}
    if not value:
        raise FilterError(f"{action} needs a value: " + {
            "merge": "the entity folded into the subject", "split": "the spelling to take out",
            "rename": "the new name", "alias": "the new alias"}[action])
    ent = analyze.find_entity(store, subject, settings.domain_pack)
    if action == "merge":
        other = analyze.find_entity(store, value, settings.domain_pack)
        d = Decision("merge", ent.id, other.id, analyst, reason, now)
        store.merge_entities(ent.id, other.id, decision=d)
        message = f"merged {other.name} ({other.id}) into {ent.name} ({ent.id})"
    elif action == "split":
        new = Entity(make_id("split", ent.id, value.lower()), ent.kind, value, source=f"analyst split of {ent.id}")
        d = Decision("split", ent.id, value, analyst, reason, now)
        moved = store.split_entity(ent.id, value, new, decision=d)
        message = f"split {moved} mention(s) of {value!r} out of {ent.name} into {new.id}"
    elif action == "rename":
        d = Decision("rename", ent.id, value, analyst, reason, now)
        store.rename_entity(ent.id, value, decision=d)
        message = f"renamed {ent.id}: {ent.name} → {value}"
    else:
        d = Decision("alias", ent.id, value, analyst, reason, now)
        store.add_alias(ent.id, value, decision=d)
        message = f"{value!r} is now an alias of {ent.name} ({ent.id})"
    return {"decision": decision_dict(d), "message": message}


def audit_log(store, limit: int = 200) -> list[dict]:
    """The latest analyst decisions, newest first."""
    return [decision_dict(d) for d in store.decisions()[-limit:][::-1]]


def span_text(doc: Document, span: Span) -> str:
    return doc.text[span.start:span.end]

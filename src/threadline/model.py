"""Record types shared by every stage.

Records are small frozen dataclasses. Ids are content hashes (the idea of
FollowTheMoney's ``Statement.make_key``): the same content always gets the same
id, so re-running the pipeline over the same report writes nothing new.
Offsets (``start``/``end``) are always Python ``str`` indices into the
document's original text, exactly as read.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

#: Bumped whenever extraction output can change for the same input; stored
#: with every claim so an analyst can tell which extractor produced it.
EXTRACTOR_VERSION = "threadline-extract/0.1"

ENTITY_KINDS = ("place", "organization", "facility", "person")
PLACE_LEVELS = ("country", "province", "city", "county", "district", "other")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
EVENT_TYPES = (
    "PRODUCTION_ORDER", "PRODUCTION_ACTIVITY", "INSPECTION", "SECURITY_MEASURE",
    "FACILITY_STATUS", "TRANSFER", "AGREEMENT", "THEFT", "PERSONNEL", "MEETING",
    "LEADER_TRAVEL", "WEAPONS_TEST", "OTHER_DIRECTIVE",
)
ATTRIBUTIONS = (
    "anonymous_insider", "government_official", "intelligence_agency", "state_media",
    "official_document", "outlet", "other",
)
MODALITIES = ("asserted", "estimated", "predicted", "rumored")
#: How a document's publication date was obtained.
PUBLISHED_BASES = ("stated", "given", "inferred", "unknown")


def make_id(prefix: str, *parts: object) -> str:
    """A short, stable content-hash id such as ``doc:3f2a...``.

    Args:
        prefix: the record kind, kept readable in the id.
        parts: the content that identifies the record; ``None`` counts as empty.
    Returns:
        ``prefix:`` followed by 16 hex digits of a SHA-1 over the parts.
    """
    h = hashlib.sha1()
    for p in parts:
        h.update(("" if p is None else str(p)).encode("utf-8"))
        h.update(b"\x1f")
    return f"{prefix}:{h.hexdigest()[:16]}"


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` in a document's original text."""

    start: int
    end: int

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class PublishedDate:
    """A publication date with the precision it really has.

    ``value`` is an ISO prefix (``2024-03-07``, ``2024-03``, ``2024``) or None;
    ``basis`` says where it came from (see ``PUBLISHED_BASES``); ``evidence``
    is the text it was read or inferred from, when there is one.
    """

    value: str | None = None
    basis: str = "unknown"
    evidence: str | None = None

    @property
    def granularity(self) -> str | None:
        if not self.value:
            return None
        return {4: "year", 7: "month", 10: "day"}.get(len(self.value), "day")


@dataclass(frozen=True)
class Document:
    """One report as ingested.

    ``text`` is the original text exactly as read (offsets point into it).
    ``content`` lists the spans of ``text`` that are report content; the rest
    (tag lines, bylines, footers, datelines, "Read in Korean") is boilerplate.
    """

    id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    translator: str | None = None
    published: PublishedDate = field(default_factory=PublishedDate)
    keywords: tuple[str, ...] = ()
    content: tuple[Span, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    language: str = "en"
    source_type: str | None = None  # insider | government | state_media | news | other
    content_hash: str = ""
    near_duplicate_of: str | None = None

    @staticmethod
    def hash_text(text: str) -> str:
        """The content hash used to recognise a report seen before."""
        return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Entity:
    """One real-world thing: a place, organization, facility or person."""

    id: str
    kind: str
    name: str
    level: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    located_in: str | None = None
    aliases: tuple[str, ...] = ()
    source: str | None = None  # where the domain fact comes from, or "extracted"


#: ``Entity.source`` of an entity the machine made from a report (not from a gazetteer).
EXTRACTED = "extracted"
#: The fields that say where an entity lies; they come from one parent together.
PLACEMENT_FIELDS = ("located_in", "country", "admin1", "lat", "lon")


def preferred_name(a: str, b: str) -> str:
    """Of two spellings of one machine-made entity, the one to show as its name.

    The choice depends on the two names only, never on which report came first,
    so that two runs over the same reports in another order agree. It prefers a
    name not in capitals (a headline's "TAECHON PLANT"), then one that opens
    with a capital, then the one with more non-ASCII letters (the precise
    romanization "Kusŏng" over "Kusong"), then the first in code-point order.
    """
    def rank(name: str) -> tuple:
        return (name.isupper(), not name[:1].isupper(), -sum(not c.isascii() for c in name), name)
    return min(a, b, key=rank)


def merge_machine_entities(first: "Entity", second: "Entity") -> "Entity":
    """One machine-made entity from two sightings of it, the same in either order:
    the preferred name, and the placement under the parent whose id sorts first
    when the two reports placed it under different places. Aliases are the union,
    sorted, the name left out."""
    a, b = sorted((first, second), key=lambda e: (e.located_in is None, e.located_in or ""))
    values = {f: getattr(a, f) if getattr(a, f) is not None else getattr(b, f) for f in PLACEMENT_FIELDS}
    if a.located_in is not None:
        values = {f: getattr(a, f) for f in PLACEMENT_FIELDS}
    name = preferred_name(first.name, second.name)
    names = {first.name, second.name, *first.aliases, *second.aliases} - {name}
    levels = sorted(x for x in (first.level, second.level) if x)
    return Entity(first.id, first.kind, name, level=levels[0] if levels else None, aliases=tuple(sorted(names)),
                  source=first.source, **values)


@dataclass(frozen=True)
class Mention:
    """A name in a document that refers to an entity."""

    doc_id: str
    start: int
    end: int
    text: str
    kind: str
    entity_id: str | None = None
    confidence: float = 1.0
    method: str = "model"  # gazetteer | fuzzy | geonames | coreference | analyst | new


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 time expression with its normalised value.

    ``value`` follows TIMEX3/ISO 8601 (``2024-03-02``, ``2023-06``, ``P10D``,
    ``PRESENT_REF``, ``XXXX-10-01``); ``interval_end`` is set for open ranges
    such as "since last June" (the end is the document creation time).
    ``dct_inferred`` is True when the value rests on an inferred publication date.
    """

    start: int
    end: int
    text: str
    type: str
    value: str | None = None
    interval_end: str | None = None
    dct_inferred: bool = False


@dataclass(frozen=True)
class Quantity:
    """A figure an event states: "more than 13,000 shipping containers", "6,000 shells per month".

    ``value`` is the number (a ratio's factor when ``ratio``: "four times" is 4); ``approximate``
    marks bounds and estimates ("more than", "about", "dozens"); ``per`` is a rate's period
    (day, week, month, year); ``unit`` a measure (ton, percent, kg...); ``item`` what is counted.
    """

    text: str
    value: float | None = None
    approximate: bool = False
    unit: str | None = None
    item: str | None = None
    per: str | None = None
    ratio: bool = False

    def as_dict(self) -> dict:
        return {"text": self.text, "value": self.value, "approximate": self.approximate, "unit": self.unit,
                "item": self.item, "per": self.per, "ratio": self.ratio}

    @classmethod
    def from_stored(cls, raw) -> "Quantity":
        """A stored quantity: a dict, or a plain string as releases before 0.2 stored them."""
        return cls(text=raw) if isinstance(raw, str) else cls(**raw)


@dataclass(frozen=True)
class Event:
    """One happening a document states, with every sentence that states it.

    ``evidence`` holds each span stating it; ``start``/``end`` are the first.
    Argument tuples hold entity ids.
    """

    doc_id: str
    type: str
    evidence: tuple[Span, ...]
    when: str | None = None
    when_text: str | None = None
    where: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    facilities: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    attribution: str = "outlet"
    attribution_text: str | None = None
    modality: str = "asserted"
    trigger: str | None = None
    extractor: str = EXTRACTOR_VERSION

    @property
    def start(self) -> int:
        return self.evidence[0].start

    @property
    def end(self) -> int:
        return self.evidence[0].end

    @cached_property
    def id(self) -> str:
        # Computed once per record: grouping an entity's claims reads each id hundreds of times
        # (a SHA-1 each, 2.6 s of 4.7 s for Pyongyang's page on the KCNA knowledge base). The cache
        # lives in the instance's __dict__, outside the fields, so equality and hashing are unchanged.
        return make_id("event", self.doc_id, self.type, self.evidence[0].start, self.evidence[0].end)


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()


#: What an analyst can decide about entities (merge, split, rename, alias), about claims
#: (confirm, reject), and the reversal of an earlier decision (undo); decisions win over the machine.
DECISION_ACTIONS = ("merge", "split", "rename", "alias", "confirm", "reject", "undo")

#: Roles of workbench users: readers only read, analysts also review, admins also manage users.
ROLES = ("reader", "analyst", "admin")


@dataclass(frozen=True)
class Decision:
    """An analyst's decision about entities, kept with who made it, when and why.

    ``action`` is one of ``DECISION_ACTIONS``; ``subject`` is the entity id it is
    about; ``value`` is the other entity id (merge: the one folded into
    ``subject``), the new name (rename), the new alias (alias), or the mention
    surface form to take out of ``subject`` into a new entity (split). For
    ``confirm`` and ``reject``, ``subject`` is a claim's event id and ``value``
    the id of the report that states it. An ``undo`` has the id of the decision it
    reverses as ``subject`` and that decision's action as ``value``.
    """

    action: str
    subject: str
    value: str
    analyst: str
    reason: str = ""
    created_at: str = ""

    @property
    def id(self) -> str:
        return make_id("decision", self.action, self.subject, self.value, self.created_at)


@dataclass(frozen=True)
class User:
    """A workbench user. Passwords and tokens are kept only as hashes, in the store.

    ``role`` is one of ``ROLES``; ``last_visit`` is when the user last opened
    the dashboard (UTC ISO-8601), or None.
    """

    name: str
    role: str
    created_at: str = ""
    last_visit: str | None = None


@dataclass(frozen=True)
class AccessToken:
    """What the store knows of a workbench token (never the token: only its digest is stored).

    ``id`` is the row number that ``threadline token revoke`` takes; ``kind`` is ``api``
    or ``session``; times are UTC ISO-8601; a revoked token keeps its row, with when and by
    whom it was revoked, so the revocation stays on record.
    """

    id: int
    user: str
    kind: str
    label: str
    created_at: str
    expires_at: str | None = None
    revoked_at: str | None = None
    revoked_by: str | None = None

"""The event lexicon of the domain pack, compiled once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from threadline.domain import load_pack
from threadline.domain.rules import event_lexicon, outlet_rules
from threadline.errors import DomainPackError
from threadline.model import ATTRIBUTIONS, EVENT_TYPES, MODALITIES


@dataclass(frozen=True)
class EventRule:
    type: str
    triggers: re.Pattern
    requires: re.Pattern | None
    vetoes: re.Pattern | None
    suppressed_by: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[EventRule, ...]
    attribution: tuple[tuple[str, re.Pattern], ...]  # in priority order
    modality: tuple[tuple[str, re.Pattern], ...]      # in priority order
    insider_source_types: frozenset[str]
    products: re.Pattern
    argument_exclusions: re.Pattern
    reporting_time: re.Pattern
    outlets: frozenset[str]  # outlet names (lower case): the reporters, never arguments
    #: who a reporting verb names, by attribution, in priority order (``speakers`` in events.json)
    speakers: tuple[tuple[str, re.Pattern], ...] = ()
    relay: re.Pattern | None = None
    #: each pack place with the places it lies in ("place:panghyon" → kusong, npyongan, KP)
    place_chain: dict[str, frozenset[str]] = field(default_factory=dict)


def _any(patterns: list[str], where: str) -> re.Pattern:
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as exc:
        raise DomainPackError(f"events.json: {where}: bad pattern: {exc}") from exc


#: Attribution cues are tried in this order: the most specific source first.
ATTRIBUTION_ORDER = ("intelligence_agency", "official_document", "state_media",
                     "government_official", "anonymous_insider")
MODALITY_ORDER = ("rumored", "predicted", "estimated")
#: A speaker's words are tried in this order: "Russia's state-run Sputnik news agency" is state media
#: before it is a news agency, "a military intelligence official" intelligence before an official.
SPEAKER_ORDER = ("intelligence_agency", "state_media", "official_document", "government_official",
                 "anonymous_insider", "other")


def _place_chains(directory: str | None) -> dict[str, frozenset[str]]:
    pack = load_pack(directory)
    return {pid: frozenset([pid, *pack.ancestors(pid)]) for pid in pack.places}


@lru_cache(maxsize=8)
def load_lexicon(directory: str | None = None) -> Lexicon:
    """Compile ``events.json`` of the pack at ``directory`` (None: the bundled pack)."""
    raw = event_lexicon(directory)
    rules = []
    for type_, spec in raw["types"].items():
        if type_ not in EVENT_TYPES:
            raise DomainPackError(f"events.json: unknown event type {type_}")
        rules.append(EventRule(
            type_, _any(spec["triggers"], type_),
            _any(spec["requires"], type_) if spec.get("requires") else None,
            _any(spec["not"], type_) if spec.get("not") else None,
            frozenset(spec.get("suppressed_by", ()))))
    for name in list(raw["attribution"]) + list(raw["modality"]):
        if name not in ATTRIBUTIONS and name not in MODALITIES:
            raise DomainPackError(f"events.json: unknown attribution or modality {name}")
    products = sorted(raw["products"], key=len, reverse=True)
    return Lexicon(
        rules=tuple(rules),
        attribution=tuple((a, _any(raw["attribution"][a], a)) for a in ATTRIBUTION_ORDER
                          if a in raw["attribution"]),
        modality=tuple((m, _any(raw["modality"][m], m)) for m in MODALITY_ORDER if m in raw["modality"]),
        insider_source_types=frozenset(raw.get("insider_outlet_source_types", ("insider",))),
        products=_any([rf"\b{re.escape(p)}\b" for p in products], "products"),
        argument_exclusions=_any(raw["argument_exclusions"], "argument_exclusions"),
        reporting_time=re.compile(raw["reporting_time"], re.IGNORECASE),
        outlets=frozenset(o.name.lower() for o in outlet_rules(directory)),
        speakers=tuple((a, _any(raw["speakers"][a], f"speakers.{a}")) for a in SPEAKER_ORDER
                       if a in raw.get("speakers", {})),
        relay=_any(raw["speakers"]["relay"], "speakers.relay") if raw.get("speakers", {}).get("relay") else None,
        place_chain=_place_chains(directory),
    )

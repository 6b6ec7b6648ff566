"""The domain pack's Korean-language data (``korean.json``), compiled once.

Hangul names come from two places: the ``hangul`` field of the pack's data lines
(places and organizations) and the ``names`` table of ``korean.json`` (short forms,
South Korean spellings, facilities). Each name is indexed with and without its
administrative suffix and in both Koreas' spellings, so that "혜산", "혜산시",
"녕변군" and "영변" all find their place.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from threadline.domain.pack import DATA_DIR, load_pack
from threadline.errors import DomainPackError
from threadline.hangul import has_hangul, initial_sound_variants
from threadline.model import ATTRIBUTIONS, EVENT_TYPES, MODALITIES

FILE = "korean.json"


@dataclass(frozen=True)
class KoreanEventRule:
    type: str
    triggers: re.Pattern
    #: lemma sequences ("보내", "들어가 수 없"), matched on ``nlp.korean.content_lemmas``
    verbs: tuple[tuple[str, ...], ...]
    requires: re.Pattern | None
    vetoes: re.Pattern | None
    suppressed_by: frozenset[str]
    #: mention kinds that, as the trigger's object ("평양을 방문해"), cancel it
    not_object: frozenset[str] = frozenset()


@dataclass(frozen=True)
class KoreanRules:
    """Everything the Korean reader takes from the domain pack.

    ``names`` maps a Hangul surface to ``(kind, entity id)`` candidates, best first.
    """

    names: dict[str, tuple[tuple[str, str], ...]]
    #: names only as a place's suffix-less base ("증산" of 증산군): common words too, so
    #: they count only where the morpheme analyser calls them proper nouns
    bare: frozenset[str]
    admin_suffixes: dict[str, str]
    particles: tuple[str, ...]
    known_persons: frozenset[str]
    surnames: frozenset[str]
    person_titles: tuple[str, ...]
    facility_heads: tuple[str, ...]
    numbered_facility: re.Pattern
    facility_numbers: dict[str, str]
    events: tuple[KoreanEventRule, ...]
    reporting: re.Pattern
    #: verbs of saying as lemmas ("말하" is 말했다, 말했습니다, 말하고 있다)
    reporting_verbs: frozenset[str]
    continues_quote: re.Pattern
    reporting_date: re.Pattern
    demonym_suffixes: tuple[str, ...]
    attribution: tuple[tuple[str, re.Pattern], ...]
    modality: tuple[tuple[str, re.Pattern], ...]


#: Hangul syllables that end in ㄹ (final-consonant index 8), the future adnominal of any verb
#: ("쏠", "할", "갈"), less the copula's "일" ("공장일 가능성" is a guess about what is, not a forecast).
_FUTURE_ADNOMINAL = "[" + "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 8 and chr(c) != "일") + "]"


def _compile(where: str, pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise DomainPackError(f"{where}: bad pattern {pattern!r}: {exc}") from exc


def _any(where: str, patterns: list[str]) -> re.Pattern:
    return _compile(where, "|".join(f"(?:{p})" for p in patterns))


def strip_suffix(name: str, suffixes: dict[str, str]) -> tuple[str, str | None]:
    """``("혜산", "city")`` for "혜산시": the name without its administrative suffix, and the
    level the suffix implies; ``(name, None)`` when none is there or under two syllables would remain."""
    for suffix in sorted(suffixes, key=len, reverse=True):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)], suffixes[suffix]
    return name, None


@lru_cache(maxsize=8)
def load_korean(directory: str | None = None) -> KoreanRules:
    """Compile ``korean.json`` of the pack at ``directory`` (None: the bundled pack).

    Raises:
        DomainPackError: the file is missing, malformed, or names an entity the pack lacks.
    """
    path = (Path(directory) if directory else DATA_DIR) / FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DomainPackError(f"{path}: cannot read ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise DomainPackError(f"{path}: line {exc.lineno}: invalid JSON ({exc.msg})") from exc
    pack = load_pack(directory)
    suffixes = dict(raw["admin_suffixes"])
    level_suffix = raw.get("level_suffix", {})
    names: dict[str, list[tuple[str, str]]] = {}
    bare: set[str] = set()
    full: set[str] = set()

    def add(surface: str, kind: str, eid: str, is_bare: bool = False) -> None:
        for form in (surface, *initial_sound_variants(surface)):
            (bare if is_bare else full).add(form)
            found = names.setdefault(form, [])
            if (kind, eid) not in found:
                found.append((kind, eid))

    def add_place(hangul: str, eid: str, level: str | None) -> None:
        add(hangul, "place", eid)
        base, _ = strip_suffix(hangul, suffixes)
        if base != hangul:
            add(base, "place", eid, is_bare=True)
            if level in level_suffix:
                add(base + level_suffix[level], "place", eid)

    for kind, table in (("place", pack.places), ("organization", pack.organizations),
                        ("facility", pack.facilities)):
        for eid, ent in table.items():
            hangul = pack.info(eid).get("hangul")
            if not hangul or not has_hangul(hangul):
                continue
            if kind == "place" and not eid.startswith("country:"):
                add_place(hangul, eid, ent.level)
            else:
                add(hangul, kind, eid)
    for eid, surfaces in raw.get("names", {}).items():
        if eid not in pack:
            raise DomainPackError(f"{path}: names: {eid!r} is not in the domain pack at {pack.path}")
        kind = pack.info(eid)["kind"]
        for surface in surfaces:
            if kind == "place" and not eid.startswith("country:"):
                add_place(surface, eid, pack.entity(eid).level)
            else:
                add(surface, kind, eid)
    # A larger unit first: "강서" is a district of Nampo, "평안" no city.
    rank = {"country": 0, "province": 1, "city": 2, "county": 3, "district": 4, "other": 5}
    for surface, cands in names.items():
        cands.sort(key=lambda c: rank.get(pack.entity(c[1]).level or "", 6) if c[0] == "place" else 0)
    numbers: dict[str, list[str]] = {}
    for eid in pack.facilities:
        for n in pack.info(eid).get("numbers") or ():
            numbers.setdefault(str(n), []).append(eid)
    events = []
    for type_, spec in raw["events"].items():
        if type_ not in EVENT_TYPES:
            raise DomainPackError(f"{path}: events: unknown event type {type_!r}; use one of {EVENT_TYPES}")
        where = f"{path}: events.{type_}"
        events.append(KoreanEventRule(
            type_, _any(where, spec["triggers"]) if spec.get("triggers") else re.compile("(?!)"),
            tuple(tuple(v.split()) for v in spec.get("verbs", ())),
            _any(where, spec["requires"]) if spec.get("requires") else None,
            _any(where, spec["not"]) if spec.get("not") else None,
            frozenset(spec.get("suppressed_by", ())), frozenset(spec.get("not_object", ()))))
    for name in list(raw["attribution"]) + list(raw["modality"]):
        if name not in ATTRIBUTIONS and name not in MODALITIES:
            raise DomainPackError(f"{path}: unknown attribution or modality {name!r}")
    attribution_order = ("intelligence_agency", "official_document", "state_media", "government_official",
                         "anonymous_insider", "other")
    return KoreanRules(
        names={k: tuple(v) for k, v in names.items()},
        bare=frozenset(bare - full),
        admin_suffixes=suffixes,
        particles=tuple(sorted(raw["particles"], key=len, reverse=True)),
        known_persons=frozenset(raw.get("known_persons", ())),
        surnames=frozenset(raw.get("surnames", "")),
        person_titles=tuple(sorted(raw.get("person_titles", ()), key=len, reverse=True)),
        facility_heads=tuple(sorted(raw.get("facility_heads", ()), key=len, reverse=True)),
        numbered_facility=_compile(f"{path}: numbered_facility", raw["numbered_facility"]),
        facility_numbers={n: ids[0] for n, ids in numbers.items() if len(ids) == 1},
        events=tuple(events),
        reporting=_compile(f"{path}: reporting", raw["reporting"]),
        reporting_verbs=frozenset(raw.get("reporting_verbs", ())),
        continues_quote=_compile(f"{path}: continues_quote", raw["continues_quote"]),
        reporting_date=_compile(f"{path}: reporting_date", raw.get("reporting_date", "(?!)")),
        demonym_suffixes=tuple(raw.get("demonym_suffixes", ())),
        attribution=tuple((a, _any(f"{path}: attribution.{a}", [re.escape(c) for c in raw["attribution"][a]]))
                          for a in attribution_order if a in raw["attribution"]),
        modality=tuple((m, _any(f"{path}: modality.{m}", [p.replace("<ㄹ>", _FUTURE_ADNOMINAL) for p in raw["modality"][m]]))
                       for m in ("rumored", "predicted", "estimated") if m in raw["modality"]),
    )

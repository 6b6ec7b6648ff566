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
from threadline.hangul import compound_variants, has_hangul, initial_sound_variants
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
    #: one-syllable heads that make a facility only right after a place the pack knows: "하산역"
    station_heads: tuple[str, ...]
    #: one Hanja for a country, as headlines write it: "北", "美", "露"
    hanja_countries: dict[str, str]
    #: nouns that may follow a name inside one word: "군수공업부장", "내각전원회의", "국방성대표단"
    name_followers: tuple[str, ...]
    #: organizations with local branches named by their place ("혜산시 보위부"): security bodies
    branched: frozenset[str]
    #: places below the country, which a branch may be named by
    subnational: frozenset[str]
    events: tuple[KoreanEventRule, ...]
    reporting: re.Pattern
    #: verbs of saying as lemmas ("말하" is 말했다, 말했습니다, 말하고 있다)
    reporting_verbs: frozenset[str]
    continues_quote: re.Pattern
    reporting_date: re.Pattern
    demonym_suffixes: tuple[str, ...]
    attribution: tuple[tuple[str, re.Pattern], ...]
    modality: tuple[tuple[str, re.Pattern], ...]
    #: a sentence that denies what it tells ("날조", "…한 적이 없다")
    denial: re.Pattern
    #: a bare facility noun and the head a named facility it points back to ends in
    #: ("항구": "항", so 항구 is 청진항 told before)
    facility_anaphors: dict[str, str]


#: Hangul syllables that end in ㄹ (final-consonant index 8), the future adnominal of any verb
#: ("쏠", "할", "갈"), less the copula's "일" ("공장일 가능성" is a guess about what is, not a forecast).
_FUTURE_ADNOMINAL = "[" + "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 8 and chr(c) != "일") + "]"


#: The customary short forms of institutions' names: (ending, its short form).
_SHORT_FORMS = (("위원회", "위"), ("연합기업소", ""), ("련합기업소", ""))
#: A body's Latin abbreviation: two to six capitals ("CSIS", "IAEA", "KIDA").
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _hanja(path: Path, table: dict[str, str], pack) -> dict[str, str]:
    for char, eid in table.items():
        if len(char) != 1 or eid not in pack:
            raise DomainPackError(f"{path}: hanja_countries: {char!r} must be one character naming an entity of the pack")
    return dict(table)


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
        forms = [surface, *initial_sound_variants(surface)]
        if kind in ("facility", "organization"):
            # Institutions' names are compounds: the North writes 황해제철련합기업소, the South 황해제철연합기업소.
            forms += compound_variants(surface)
            # Reports shorten them the customary way: a committee's 위원회 to 위 (정보위원회: 정보위,
            # 제2경제위원회: 제2경제위), a complex's 연합기업소 away (김책제철연합기업소: 김책제철).
            for long, short in _SHORT_FORMS:
                if surface.endswith(long) and len(surface) - len(long) + len(short) >= 3 and " " not in surface:
                    forms.append(surface[: -len(long)] + short)
            forms += [v for f in forms[1:] for v in compound_variants(f) if v not in forms]
        for form in forms:
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
    # Bodies are written by their Latin abbreviation in Korean text too: "CSIS", "KIDA", "IAEA". The
    # pack lists only abbreviations that are no English word; news outlets are left out (bylines).
    for eid, org in pack.organizations.items():
        if pack.info(eid).get("type") == "media":
            continue
        for alias in org.aliases:
            if _ACRONYM.fullmatch(alias):
                add(alias, "organization", eid)
    # Names that are common words too ("선양" of 국위를 선양하다, "하산" of 하산하다) count only
    # where the analyser reads a proper noun, as a place's bare base does.
    proper_only = set(raw.get("proper_only", ()))
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
        bare=frozenset((bare - full) | proper_only),
        admin_suffixes=suffixes,
        particles=tuple(sorted(raw["particles"], key=len, reverse=True)),
        known_persons=frozenset(raw.get("known_persons", ())),
        surnames=frozenset(raw.get("surnames", "")),
        person_titles=tuple(sorted(raw.get("person_titles", ()), key=len, reverse=True)),
        facility_heads=tuple(sorted({f for h in raw.get("facility_heads", ()) for f in (h, *compound_variants(h))},
                                    key=len, reverse=True)),
        numbered_facility=_compile(f"{path}: numbered_facility", raw["numbered_facility"]),
        facility_numbers={n: ids[0] for n, ids in numbers.items() if len(ids) == 1},
        station_heads=tuple(raw.get("station_heads", ())),
        hanja_countries=_hanja(path, raw.get("hanja_countries", {}), pack),
        name_followers=tuple(sorted(raw.get("name_followers", ()), key=len, reverse=True)),
        branched=frozenset(eid for eid in pack.organizations if pack.info(eid).get("type") == "security"),
        subnational=frozenset(eid for eid, ent in pack.places.items() if ent.level not in (None, "country")),
        events=tuple(events),
        reporting=_compile(f"{path}: reporting", raw["reporting"]),
        reporting_verbs=frozenset(raw.get("reporting_verbs", ())),
        continues_quote=_compile(f"{path}: continues_quote", raw["continues_quote"]),
        reporting_date=_compile(f"{path}: reporting_date", raw.get("reporting_date", "(?!)")),
        demonym_suffixes=tuple(raw.get("demonym_suffixes", ())),
        attribution=tuple((a, _any(f"{path}: attribution.{a}", [re.escape(c) for c in raw["attribution"][a]]))
                          for a in attribution_order if a in raw["attribution"]),
        facility_anaphors=dict(raw.get("facility_anaphors", {})),
        denial=_any(f"{path}: denial", raw["denial"]) if raw.get("denial") else re.compile("(?!)"),
        modality=tuple((m, _any(f"{path}: modality.{m}", [p.replace("<ㄹ>", _FUTURE_ADNOMINAL) for p in raw["modality"][m]]))
                       for m in ("rumored", "predicted", "estimated") if m in raw["modality"]),
    )

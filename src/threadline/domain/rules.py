"""Loaders for the domain pack's rule files: outlets, boilerplate and event triggers.

These are data, not code paths: a new outlet or footer is a new line in a JSON
file under ``domain/data/``. Each loader is cached for the bundled pack.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from threadline.errors import DomainPackError

DATA_DIR = Path(__file__).parent / "data"


def _read_json(directory: str | None, name: str) -> dict:
    path = Path(directory) / name if directory else DATA_DIR / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DomainPackError(f"{path}: cannot read ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise DomainPackError(f"{path}: line {exc.lineno}: invalid JSON ({exc.msg})") from exc


def _compile(path: str, pattern: str, flags: int = 0) -> re.Pattern:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise DomainPackError(f"{path}: bad pattern {pattern!r}: {exc}") from exc


@dataclass(frozen=True)
class OutletRule:
    name: str
    source_type: str
    patterns: tuple[re.Pattern, ...]


@dataclass(frozen=True)
class BoilerplateRule:
    name: str
    where: str  # head | tail | any
    pattern: re.Pattern
    field: str | None = None


@lru_cache(maxsize=8)
def outlet_rules(directory: str | None = None) -> tuple[OutletRule, ...]:
    """The outlets of the pack, in file order (the first that matches wins)."""
    data = _read_json(directory, "outlets.json")
    return tuple(
        OutletRule(o["name"], o["source_type"],
                   tuple(_compile("outlets.json", p, re.MULTILINE) for p in o["patterns"]))
        for o in data["outlets"])


@lru_cache(maxsize=8)
def boilerplate_rules(directory: str | None = None) -> tuple[BoilerplateRule, ...]:
    """The boilerplate rules of the pack."""
    data = _read_json(directory, "boilerplate.json")
    rules = []
    for r in data["rules"]:
        if r.get("where", "any") not in ("head", "tail", "any"):
            raise DomainPackError(f"boilerplate.json: rule {r.get('name')}: where must be head, tail or any")
        rules.append(BoilerplateRule(r["name"], r.get("where", "any"),
                                     _compile("boilerplate.json", r["pattern"], re.MULTILINE),
                                     r.get("field")))
    return tuple(rules)


@lru_cache(maxsize=8)
def event_lexicon(directory: str | None = None) -> dict:
    """The event-trigger lexicon and the attribution/modality cue lists (raw JSON)."""
    return _read_json(directory, "events.json")


@dataclass(frozen=True)
class NameRules:
    not_entities: frozenset[str]
    not_entity_pattern: re.Pattern
    korean_person: re.Pattern
    organization_head: re.Pattern = re.compile(r"(?!)")
    #: "the North": (pattern, entity id) pairs, matched after "the" and before no other name
    definite_aliases: tuple[tuple[re.Pattern, str], ...] = ()


@lru_cache(maxsize=8)
def name_rules(directory: str | None = None) -> NameRules:
    """Corrections to the statistical model: non-entities and Korean personal names."""
    data = _read_json(directory, "names.json")
    surnames = "|".join(sorted(map(re.escape, data["korean_surnames"]), key=len, reverse=True))
    # Surname + two capitalised syllables, or + one hyphenated given name ("Kim Yo-jong").
    pattern = rf"\b(?:{surnames}) [A-Z][a-z]{{1,5}}(?:(?: [A-Z][a-z]{{1,5}})|(?:-[a-z]{{2,5}}))\b"
    not_pattern = "|".join(f"(?:{p})" for p in data.get("not_entity_patterns", [])) or r"(?!)"
    heads = "|".join(data.get("organization_heads", [])) or r"(?!)"
    return NameRules(frozenset(data["not_entities"]), _compile("names.json", not_pattern),
                     _compile("names.json", pattern), _compile("names.json", rf"\b(?:{heads})$"),
                     tuple((_compile("names.json", rf"(?<=\b[Tt]he ){re.escape(word)}\b(?![-‐]\w|\s+[A-Z])"), entity_id)
                           for word, entity_id in data.get("definite_aliases", {}).items()))

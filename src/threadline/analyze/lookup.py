"""Finding the entity a user means by a name, however it is spelled."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from threadline.domain import load_pack
from threadline.domain.korean import load_korean
from threadline.errors import NotFoundError
from threadline.hangul import has_hangul
from threadline.model import Entity, ENTITY_KINDS
from threadline.resolve.entities import extracted_id

# Korean administrative suffixes, longest first, so 구역 is cut before 구.
_HANGUL_SUFFIXES = ("특별시", "직할시", "특급시", "로동자구", "노동자구", "구역", "지구", "남도", "북도",
                    "시", "군", "구", "도", "읍", "리", "동")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: rapidfuzz scores (0-100) from which a name is offered as a suggestion.
SUGGEST_SCORE = 70.0
SUGGESTIONS = 5


def find_entity(store, name: str, domain_pack: str | None = None) -> Entity:
    """The stored entity a name or id refers to.

    Tries, in order: an entity id; the store's names and aliases (case,
    diacritics and spacing ignored); the domain pack's romanization-aware
    lookup ("Guseong" finds Kusong); Hangul with or without its
    administrative suffix ("혜산" and "혜산시" find Hyesan); and names equal
    once hyphens, apostrophes and spaces are dropped ("Kim Jong Un",
    "kim jong-un", "Kim Jongun").

    Raises:
        NotFoundError: nothing matches; the message names the closest
            stored names (rapidfuzz) when there are any.
    """
    try:
        return store.get_entity(name)
    except NotFoundError:
        pass
    found = store.find_entities(name, limit=1)
    if found:
        return found[0]
    pack = load_pack(domain_pack)
    candidates = [e.id for e in pack.lookup(name)] + hangul_matches(pack, name)
    # A Hangul name through the pack's Korean names ("평북", "영변", "제71호 군수공장").
    korean = load_korean(domain_pack)
    numbered = korean.numbered_facility.fullmatch(name.strip())
    candidates += [eid for _kind, eid in korean.names.get(name.strip(), ())]
    if numbered and numbered.group(1) in korean.facility_numbers:
        candidates.append(korean.facility_numbers[numbered.group(1)])
    if has_hangul(name):
        # An entity first met in another language: "김정은" has the id of "Kim Jong Un".
        candidates += [extracted_id(name.strip(), kind) for kind in ENTITY_KINDS]
    for entity_id in candidates:
        try:
            return store.get_entity(entity_id)
        except NotFoundError:
            continue
    names = _stored_names(store)
    key = loose_key(name)
    if key:
        for known, entity in names:
            if loose_key(known) == key:
                return entity
    near = suggestions(name, names)
    hint = (f"did you mean {', '.join(repr(n) for n in near)}?" if near
            else "try `threadline entities` to list what is known")
    raise NotFoundError(f"no entity named {name!r} in the knowledge base; {hint}")


def loose_key(name: str) -> str:
    """A name with case, diacritics, hyphens, apostrophes and spaces dropped ("kimjongun")."""
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in unicodedata.normalize("NFC", kept).casefold() if c.isalnum())


def hangul_stem(name: str) -> str:
    """A Hangul place name without its administrative suffix: 혜산시 → 혜산."""
    text = "".join(name.split())
    for suffix in _HANGUL_SUFFIXES:
        if text.endswith(suffix) and len(text) - len(suffix) >= 1:
            return text[: -len(suffix)]
    return text


def hangul_matches(pack, name: str) -> list[str]:
    """Ids of pack entities whose Hangul name matches, with or without the suffix.

    The full form is preferred: "혜산시" finds the city before a 혜산군.
    """
    if not _HANGUL.search(name):
        return []
    wanted = "".join(name.split())
    exact, stems = [], []
    for table in (pack.places, pack.organizations, pack.facilities):
        for entity_id in table:
            hangul = pack.info(entity_id).get("hangul")
            if not hangul:
                continue
            hangul = "".join(str(hangul).split())
            if hangul == wanted:
                exact.append(entity_id)
            elif hangul_stem(hangul) == hangul_stem(wanted):
                stems.append(entity_id)
    return exact + stems


def suggestions(name: str, names: list[tuple[str, Entity]], limit: int = SUGGESTIONS) -> list[str]:
    """The stored names closest to ``name``, best first (each entity once)."""
    from rapidfuzz import fuzz, process, utils
    choices = [known for known, _ in names]
    scored = process.extract(name, choices, scorer=fuzz.WRatio, processor=utils.default_process,
                             limit=limit * 4, score_cutoff=SUGGEST_SCORE)
    out, seen = [], set()
    for known, _score, index in scored:
        entity = names[index][1]
        if entity.id in seen:
            continue
        seen.add(entity.id)
        out.append(entity.name)
        if len(out) == limit:
            break
    return out


def _stored_names(store) -> list[tuple[str, Entity]]:
    """Every stored name and alias with its entity."""
    names = []
    for summary in store.entities():
        entity = summary.entity
        names.append((entity.name, entity))
        names.extend((alias, entity) for alias in entity.aliases)
    return names


def spellings(store, entity_id: str) -> list[tuple[str, str, float, int]]:
    """How an entity was written in the reports and how each spelling was resolved.

    Returns:
        ``(surface, method, lowest confidence, count)``, most frequent first;
        method is gazetteer, fuzzy, pattern, model, new or analyst.
    """
    counts: Counter = Counter()
    confidence: dict[tuple[str, str], float] = {}
    for m in store.mentions(entity_id=entity_id):
        key = (m.text, m.method)
        counts[key] += 1
        confidence[key] = min(confidence.get(key, 1.0), m.confidence)
    return [(text, method, confidence[(text, method)], n) for (text, method), n in counts.most_common()]

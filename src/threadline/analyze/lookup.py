"""Finding the entity a user means by a name, however it is spelled."""
from __future__ import annotations

from collections import Counter

from threadline.domain import load_pack
from threadline.domain.korean import load_korean
from threadline.errors import NotFoundError
from threadline.hangul import has_hangul
from threadline.model import Entity, ENTITY_KINDS
from threadline.resolve.entities import extracted_id


def find_entity(store, name: str, domain_pack: str | None = None) -> Entity:
    """The stored entity a name or id refers to.

    Tries an entity id, then the store's names and aliases, then the domain
    pack's romanization-aware lookup ("Guseong" finds Kusong).

    Raises:
        NotFoundError: nothing matches; the message suggests close names.
    """
    try:
        return store.get_entity(name)
    except NotFoundError:
        pass
    found = store.find_entities(name)
    if found:
        return found[0]
    # A Hangul name ("혜산", "혜산시", "영변") through the pack's Korean names.
    korean = load_korean(domain_pack)
    numbered = korean.numbered_facility.fullmatch(name.strip())
    ids = [ent.id for ent in load_pack(domain_pack).lookup(name)] + \
        [eid for _kind, eid in korean.names.get(name.strip(), ())] + \
        ([korean.facility_numbers[numbered.group(1)]] if numbered and numbered.group(1) in korean.facility_numbers else [])
    if has_hangul(name):
        # An entity first met in another language: "김정은" has the id of "Kim Jong Un".
        ids += [extracted_id(name.strip(), kind) for kind in ENTITY_KINDS]
    for eid in ids:
        try:
            return store.get_entity(eid)
        except NotFoundError:
            continue
    raise NotFoundError(f"no entity named {name!r} in the knowledge base; "
                        "try `threadline entities` to list what is known")


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

"""Mentions to entities: the domain pack first, romanization-aware and fuzzy matching next,
new entities (placed under the nearest known place) last; analyst decisions over all of it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.fuzz import ratio
from spacy.tokens import Doc

from threadline.domain.pack import DomainPack
from threadline.domain.world import world_gazetteer
from threadline.extract.events import mention_ref, resolve_arguments
from threadline.ingest.offsets import OffsetMap
from threadline.model import EXTRACTED, Decision, Document, Entity, Event, Mention, make_id, merge_machine_entities
from threadline.nlp.extensions import MENTIONS_KEY, MODEL_MENTIONS_KEY
from threadline.hangul import romanize
from threadline.romanize import name_key, strip_admin_suffix

_PREFIX = {"place": "place", "organization": "org", "facility": "fac", "person": "person"}
_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Resolution:
    """One document's resolved mentions, entities (with their ancestors) and events."""

    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]


def extracted_key(name: str, kind: str) -> str:
    """The key an entity the pack lacks is made from (its id is a hash of it).

    A Hangul name is keyed by its romanization: "김정은" is the "Kim Jong Un" of English reports.
    """
    return name_key(name) or name_key(romanize(name, person=kind == "person")) or name.lower()


def extracted_id(name: str, kind: str) -> str:
    """The id the resolver gives a named entity the pack lacks (as written, suffix included)."""
    base, _ = strip_admin_suffix(name) if kind == "place" else (name, None)
    return make_id(_PREFIX.get(kind, kind), kind, extracted_key(base.strip(), kind), "")


class Resolver:
    """Resolves mentions against a domain pack, applying analyst decisions.

    Args:
        pack: the domain pack.
        decisions: analyst decisions, oldest first; later ones win.
        fuzzy_threshold: rapidfuzz ratio (0-100) for a fuzzy match to count.
    """

    def __init__(self, pack: DomainPack, decisions: list[Decision] = (), fuzzy_threshold: float = 90.0):
        self.pack = pack
        self.fuzzy_threshold = fuzzy_threshold
        self._fuzzy: dict[str, tuple[list[str], list[str]]] = {}
        for surface, kind, entity_id in pack.names():
            keys, ids = self._fuzzy.setdefault(kind, ([], []))
            keys.append(name_key(surface))
            ids.append(entity_id)
        self.redirect: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.aliases: dict[str, str] = {}
        self.splits: dict[tuple[str, str], str] = {}
        self._created: dict[str, Entity] = {}
        self._countries_in_context: frozenset[str] = frozenset()
        self._cache: dict[tuple[str, str, bool], tuple[list[Entity], float, str]] = {}
        for d in decisions:
            self.apply(d)

    def apply(self, d: Decision) -> None:
        """Take one analyst decision into account for everything resolved from now on."""
        if d.action == "merge":
            self.redirect[d.value] = d.subject
        elif d.action == "rename":
            self.names[d.subject] = d.value
        elif d.action == "alias":
            self.aliases[name_key(d.value)] = d.subject
            self._cache.clear()
        elif d.action == "split":
            self.splits[(d.subject, d.value.lower())] = make_id("split", d.subject, d.value.lower())

    def _final(self, entity_id: str, surface: str, kind: str) -> str:
        """Where analyst merges and splits send an entity id."""
        seen = set()
        while entity_id in self.redirect and entity_id not in seen:
            seen.add(entity_id)
            entity_id = self.redirect[entity_id]
        split = self.splits.get((entity_id, surface.lower()))
        if split is None:
            return entity_id
        self._created.setdefault(split, Entity(split, kind, surface, source=f"analyst split of {entity_id}"))
        return split

    def _candidates(self, surface: str, kind: str, any_kind: bool) -> tuple[list[Entity], float, str]:
        """Known entities a surface may name, with a confidence and the method that found them.

        ``any_kind``: the mention's kind is the statistical model's guess, and an
        entity of another kind may be meant.
        """
        key = (surface, kind, any_kind)
        if key not in self._cache:
            self._cache[key] = self._lookup(surface, kind, any_kind)
        found = self._cache[key]
        if found[2] == "new" and kind == "place":
            # Beyond the pack: foreign provinces and towns (a province's name may need
            # the countries of this report to choose, so this part is not cached).
            world_place = world_gazetteer().lookup(surface, self._countries_in_context)
            if world_place:
                return self._from_world(world_place)
        return found

    def _lookup(self, surface: str, kind: str, any_kind: bool) -> tuple[list[Entity], float, str]:
        if name_key(surface) in self.aliases:
            eid = self.aliases[name_key(surface)]
            if eid in self.pack:
                return [self.pack.entity(eid)], 1.0, "analyst"
        found = self.pack.lookup(surface, kind)
        if found:
            return found, 1.0, "gazetteer"
        base, _level = strip_admin_suffix(surface)
        if base != surface:
            found = self.pack.lookup(base, kind)
            if found:
                return found, 0.95, "gazetteer"
        if any_kind and kind != "person":
            # The statistical model's labels are unreliable for Korean names
            # ("Panghyeon" as a facility); the pack's kind wins.
            found = self.pack.lookup(surface) or (self.pack.lookup(base) if base != surface else [])
            if found:
                return found, 0.9, "gazetteer"
        world = world_gazetteer()
        # A country's name is never a misspelt Korean one ("Jordan" is not Chongdan).
        country = world.country(surface) if kind == "place" or any_kind else None
        if country:
            return self._from_world(country)
        keys, ids = self._fuzzy.get(kind, ([], []))
        probe = name_key(surface)
        if keys and len(surface) >= 5 and kind in ("place", "facility"):
            # Romanizations of one name differ inside it, not in its first sound once
            # folded (K/G, P/B, R/N fold alike): "Fusong County" is not "Kusong County";
            # and never in a number (Factory No. 25 is not No. 26). Organizations are
            # not matched loosely: "Korean Friendship Association" of one country is
            # not that of another.
            for key, score, index in process.extract(probe, keys, scorer=ratio, score_cutoff=self.fuzzy_threshold,
                                                     limit=5):
                if key[:1] == probe[:1] and _DIGITS.findall(key) == _DIGITS.findall(probe):
                    return [self.pack.entity(ids[index])], score / 100.0, "fuzzy"
        return [], 0.0, "new"

    def _from_world(self, found: Entity) -> tuple[list[Entity], float, str]:
        self._created.setdefault(found.id, found)
        if found.located_in and found.located_in not in self.pack:
            self._created.setdefault(found.located_in, world_gazetteer().entity(found.located_in))
        return [found], 0.85, "geonames"

    @staticmethod
    def _disambiguate(cands: list[Entity], context: set[str], pack: DomainPack) -> Entity:
        """Of several places with one name, the one under a place the document also names."""
        if len(cands) == 1:
            return cands[0]
        # Countries do not tell two North Korean counties apart, but they do tell
        # North Korea's Kangwon from South Korea's Gangwon.
        def support(c: Entity) -> tuple[int, bool]:
            return (len({a for a in pack.ancestors(c.id) if not a.startswith("country:")} & context),
                    f"country:{c.country}" in context)
        return max(cands, key=support)  # ties keep the pack's own order (best fit first)

    def resolve(self, document: Document, doc: Doc, omap: OffsetMap, events: list[Event]) -> Resolution:
        """Resolve one annotated document.

        Args:
            document: the report.
            doc: its annotated content.
            omap: doc offsets to original offsets.
            events: the document's events with ``@start:end`` argument references.
        Returns:
            a ``Resolution`` in original-text offsets.
        """
        spans = list(doc.spans[MENTIONS_KEY]) if MENTIONS_KEY in doc.spans else []
        guessed = {(s.start, s.end) for s in doc.spans[MODEL_MENTIONS_KEY]} if MODEL_MENTIONS_KEY in doc.spans else set()
        sent_starts = [sent.start_char for sent in doc.sents]
        sentence_of = [bisect_right(sent_starts, span.start_char) for span in spans]
        # Places named unambiguously in the document, and what they lie in: they
        # decide between places that share a name ("Unsan" of North or South Pyongan).
        context = {s.kb_id_ for s in spans if s.kb_id_ and s.label_ == "place"
                   and len(self.pack.lookup(s.text, "place")) <= 1}
        context |= {a for c in list(context) if c in self.pack for a in self.pack.ancestors(c)}
        self._countries_in_context = frozenset(c.removeprefix("country:") for c in context if c.startswith("country:"))
        mentions, entity_of, used = [], {}, {}
        # Places first, so that new facilities can be placed under them.
        order = sorted(range(len(spans)), key=lambda i: spans[i].label_ != "place")
        resolved: dict[int, tuple[str, str, float, str]] = {}
        for i in order:
            span = spans[i]
            kind, surface = span.label_, span.text
            if span.kb_id_ and span.kb_id_ in self.pack:
                cands = self.pack.lookup(surface, kind) or [self.pack.entity(span.kb_id_)]
                conf, method = 1.0, "gazetteer"
            else:
                cands, conf, method = self._candidates(surface, kind, (span.start, span.end) in guessed)
            if cands:
                ent = self._disambiguate(cands, context, self.pack)
            else:
                ent = self._new_entity(i, spans, sentence_of, resolved)
            eid = self._final(ent.id, surface, ent.kind)
            resolved[i] = (eid, ent.kind, conf, method)
        self._surnames_to_full_names(spans, resolved)
        for i, span in enumerate(spans):
            eid, kind, conf, method = resolved[i]
            s0, s1 = omap.to_original(span.start_char, span.end_char)
            mentions.append(Mention(document.id, s0, s1, document.text[s0:s1], kind, eid, conf, method))
            entity_of[mention_ref(s0, s1)] = eid
            used[eid] = None
        entities = self._entities(list(used))
        return Resolution(tuple(mentions), tuple(entities),
                          tuple(resolve_arguments(e, entity_of) for e in events))

    def _surnames_to_full_names(self, spans: list, resolved: dict) -> None:
        """ "Lee Myung Bak ... Lee", "Franklin Graham ... Graham": a one-word name is the
        person the report named in full, when exactly one full name begins or ends with it."""
        full: dict[str, set[str]] = {}
        for i, span in enumerate(spans):
            words = span.text.split()
            if resolved[i][1] == "person" and len(words) > 1:
                for word in {words[0], words[-1]}:
                    full.setdefault(word, set()).add(resolved[i][0])
        for i, span in enumerate(spans):
            ids = full.get(span.text.strip()) if resolved[i][1] == "person" and len(span.text.split()) == 1 else None
            if ids and len(ids) == 1:
                # an analyst's split of this spelling still wins
                resolved[i] = (self._final(next(iter(ids)), span.text, "person"), "person", 0.8, "coreference")

    def _new_entity(self, i: int, spans: list, sentence_of: list[int], resolved: dict) -> Entity:
        """An entity the pack does not know; a facility is placed under the nearest place named after it."""
        span = spans[i]
        kind, surface = span.label_, span.text.strip()
        base, level = strip_admin_suffix(surface) if kind == "place" else (surface, None)
        located_in = None
        if kind in ("facility", "place"):
            for j, other in enumerate(spans):
                if other.label_ == "place" and other.start > span.start and sentence_of[j] == sentence_of[i] \
                        and j in resolved:
                    located_in = resolved[j][0]
                    break
        key = extracted_key(base, kind)
        # A described facility ("a tank factory in X") is one thing per place it is in;
        # a named one ("Taechon Shell Plant") is one thing wherever the sentence goes on to.
        described = kind == "facility" and surface[:1].islower()
        eid = make_id(_PREFIX.get(kind, kind), kind, key, located_in if described else "")
        name = base if kind == "place" else surface
        if kind == "facility" and located_in and name[:1].islower():
            where = self.pack.entity(located_in).name if located_in in self.pack else None
            name = f"{name} ({where})" if where else name
        parent = self.pack.entity(located_in) if located_in in self.pack else None
        ent = Entity(eid, kind, name, level=(level if kind == "place" else None),
                     country=parent.country if parent else None, admin1=parent.admin1 if parent else None,
                     lat=parent.lat if parent and kind == "facility" else None,
                     lon=parent.lon if parent and kind == "facility" else None,
                     located_in=located_in, source=EXTRACTED)
        if eid in self._created:
            # Seen before in this run, perhaps spelled or placed otherwise: the two
            # merge the same whichever report came first, so runs are reproducible.
            ent = merge_machine_entities(self._created[eid], ent)
        self._created[eid] = ent
        return ent

    def entity(self, entity_id: str) -> Entity | None:
        """A known or created entity, with analyst renames applied."""
        ent = self.pack.entity(entity_id) if entity_id in self.pack else self._created.get(entity_id)
        if ent is None:
            return None
        if entity_id in self.names:
            ent = replace(ent, name=self.names[entity_id], aliases=ent.aliases + (ent.name,))
        return ent

    def _entities(self, ids: list[str]) -> list[Entity]:
        out: dict[str, Entity] = {}
        for eid in ids:
            chain = [eid] + (self.pack.ancestors(eid) if eid in self.pack else [])
            ent = self.entity(eid)
            if ent and ent.located_in and eid not in self.pack:
                chain.append(ent.located_in)
                if ent.located_in in self.pack:
                    chain += self.pack.ancestors(ent.located_in)
            for cid in chain:
                e = self.entity(cid)
                if e is not None:
                    out.setdefault(cid, e)
        return list(out.values())

"""The entity component: the domain pack's names and patterns over the statistical model.

The stock model calls "Chagang" a person and splits "Munitions Factory 71"; the
domain knows better. Gazetteer and pattern matches win over any model entity
they overlap; the model's other finds (people, unknown organizations and
places) are kept.
"""
from __future__ import annotations

from bisect import bisect_right
import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from threadline.domain import load_pack
from threadline.domain.rules import name_rules
from threadline.nlp.extensions import MENTIONS_KEY, MODEL_MENTIONS_KEY, register

register()

#: Model labels kept, and the mention kind each becomes. NORP (demonyms) is dropped.
MODEL_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "facility"}

_CAP = r"[A-Z][a-z'’]+(?:-[a-z]+)?"
_FACILITY_HEADS = (r"Factory|Plant|Mill|Complex|Works|Mine|Shipyard|Station|Enterprise|Arsenal|"
                   r"Base|Depot|Port|Dockyard|Refinery|Center|Centre|Institute")
#: KCNA names plants after dates: "February 8 Vinalon Complex".
_MONTH_DAY = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
              r"\s+\d{1,2}\s+")
#: Named and numbered facilities: "Munitions Factory 71", "Factory No. 26",
#: "Kanggye General Tractor Plant", "Hyesan Steel Mill", "Kim Chaek Iron and Steel Complex".
FACILITY_PATTERNS = (
    re.compile(rf"\b(?:{_CAP}\s+){{0,4}}(?:Factory|Plant|Works|Shipyard)\s+(?:No\.\s*)?\d+\b"),
    re.compile(rf"\b(?:{_MONTH_DAY})?(?:{_CAP}\s+)(?:(?:{_CAP}|of|(?:Iron|Coal|Steel|Machine|Metal) and)\s+){{0,5}}"
               rf"(?:{_FACILITY_HEADS})(?:\s+No\.\s*\d+)?\b"),
)
#: A descriptive facility that identifies one plant: "a tank and armored vehicle factory in X".
DESCRIBED_FACILITY = re.compile(
    r"\b(?:an?|the)\s+((?:[a-z-]+\s+(?:and\s+)?){1,5}(?:factory|plant|mill|complex|works|shipyard|mine))\s+"
    r"(?:in|at|near|located in)\s+[A-Z]")
#: Coordinated names sharing one plural head: "the Unryul, Jaeryong and Jangsan mines" are three mines.
COORDINATED_FACILITIES = re.compile(
    rf"\b((?:{_CAP},\s+)*{_CAP}(?:,)?\s+and\s+{_CAP})\s+(mines|factories|plants|mills|complexes|works|shipyards)\b")
_NAME = re.compile(_CAP)
_SINGULAR = {"mines": "Mine", "factories": "Factory", "plants": "Plant", "mills": "Mill",
             "complexes": "Complex", "works": "Works", "shipyards": "Shipyard"}
#: Unknown places named with an administrative head noun: "Panghyon district", "Taechon County".
PLACE_PATTERN = re.compile(
    rf"\b({_CAP}(?:[ -]{_CAP})?)\s+(Province|County|City|[Dd]istrict|Workers['’] District|[Tt]ownship|[Vv]illage|-gun|-si|-dong|-ri)\b")
#: Paired provinces: "North and South Hamgyong" names North Hamgyong by its first word alone.
PAIRED_PROVINCES = re.compile(rf"\b(North|South)\s+and\s+(?:North|South)\s+({_CAP})")
_FACILITY_HEAD = re.compile(rf"\b(?:{_FACILITY_HEADS}|Factory|Mill|Plant|Complex|Works)(?:\s+No\.\s*\d+)?\s*$", re.I)
_GENERIC_WORDS = {"the", "a", "an", "this", "that", "these", "its", "their", "his", "her", "our", "each", "every"}


_COMMON_SUFFIX = re.compile(r"(?:ed|ing|ly|tion|ment|ness|ity|ers|ies)$")


def _looks_like_name(ent: Span, tagged: bool) -> bool:
    """A proper name: some word capitalised mid-sentence, or more than one capitalised word.

    A lone capitalised word opening a sentence that reads like an English word
    ("Displayed", "Meanwhile") is not one. Fine POS tags would say so too, but
    the default pipeline runs no tagger (see ``nlp.pipeline``). ``tagged`` is
    ``doc.has_annotation("TAG")``, asked once per doc: it walks every token.
    """
    if tagged:
        return any(t.tag_ in ("NNP", "NNPS") for t in ent)
    caps = [t for t in ent if t.text[:1].isupper()]
    if not caps:
        return False
    if len(ent) == 1 and ent[0].is_sent_start and _COMMON_SUFFIX.search(ent.text.lower()):
        return False
    return True


def _char_span(doc: Doc, start: int, end: int, label: str, kb_id: str = "") -> Span | None:
    return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")


@Language.factory("threadline_entities_v1", assigns=["doc.spans"],
                  requires=["doc.ents"], default_config={"domain_pack": None})
def make_entities(nlp: Language, name: str, domain_pack: str | None):
    return EntityComponent(nlp, domain_pack)


class EntityComponent:
    """Gazetteer ruler, facility and place patterns, merged with the model's entities."""

    def __init__(self, nlp: Language, domain_pack: str | None = None):
        self.pack = load_pack(domain_pack)
        self.names = name_rules(domain_pack)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kinds: dict[str, tuple[str, str]] = {}
        by_key: dict[str, list] = {}
        for surface, kind, entity_id in self.pack.names():
            if len(surface) < 3:
                continue
            key = f"{kind}|{entity_id}"
            self.kinds[key] = (kind, entity_id)
            by_key.setdefault(key, []).append(surface)
        self.tokenizer = nlp.tokenizer
        for key, surfaces in by_key.items():
            self.matcher.add(key, list(nlp.tokenizer.pipe(sorted(set(surfaces)))))

    def add_names(self, names) -> None:
        """Recognise more names, e.g. analysts' aliases: ``(surface, kind, entity_id)`` triples."""
        for surface, kind, entity_id in names:
            key = f"{kind}|{entity_id}"
            self.kinds[key] = (kind, entity_id)
            self.matcher.add(key, [self.tokenizer(surface)])

    def _places_inside_organizations(self, doc: Doc, domain: list[Span]) -> list[Span]:
        """Drop the places a model organization's name holds ("China Flower Association",
        "Kyonggi Provincial Police"): the name is the organization's, the place a modifier in it.

        Only names that end in an organization's head word (``organization_heads`` in the pack)
        count, and only when no pack name crosses the organization's edges.
        """
        drop: set[int] = set()
        for ent in doc.ents:
            if MODEL_KINDS.get(ent.label_) != "organization" or not self.names.organization_head.search(ent.text):
                continue
            touching = [i for i, s in enumerate(domain) if s.start_char < ent.end_char and ent.start_char < s.end_char]
            if touching and all(domain[i].label_ == "place" and _strictly_inside(domain[i], ent) for i in touching):
                drop.update(touching)
        return [s for i, s in enumerate(domain) if i not in drop] if drop else domain

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        domain: list[Span] = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            # Names are proper nouns: "ma" or "un" in running text are not places.
            if not span.text[:1].isupper() and not span.text[:1].isdigit():
                continue
            kind, entity_id = self.kinds[doc.vocab.strings[match_id]]
            domain.append(Span(doc, start, end, label=kind, kb_id=entity_id))
        for pattern in FACILITY_PATTERNS:
            for m in pattern.finditer(text):
                start = m.start()
                first = m.group().split(" ", 1)[0].lower()
                if first in _GENERIC_WORDS:
                    start += len(first) + 1
                span = _char_span(doc, start, m.end(), "facility")
                if span is not None:
                    domain.append(span)
        for m in DESCRIBED_FACILITY.finditer(text):
            span = _char_span(doc, m.start(1), m.end(1), "facility")
            if span is not None:
                domain.append(span)
        # A name in "X, Y and Z mines" names a mine even when a place is called X too.
        heads = []
        for m in COORDINATED_FACILITIES.finditer(text):
            head = _SINGULAR.get(m.group(2).lower(), m.group(2)[:-1])
            for name in _NAME.finditer(m.group(1)):
                known = self.pack.lookup(f"{name.group()} {head}", "facility")
                span = _char_span(doc, m.start(1) + name.start(), m.start(1) + name.end(), "facility",
                                  known[0].id if known else "")
                if span is not None:
                    heads.append(span)
        for m in self.names.korean_person.finditer(text):
            span = _char_span(doc, m.start(), m.end(), "person")
            if span is not None:
                domain.append(span)
        for m in PAIRED_PROVINCES.finditer(text):
            known = self.pack.lookup(f"{m.group(1)} {m.group(2)}", "place")
            span = _char_span(doc, m.start(1), m.end(1), "place", known[0].id if known else "")
            if known and span is not None:
                domain.append(span)
        for pattern, entity_id in self.names.definite_aliases:
            for m in pattern.finditer(text):
                span = _char_span(doc, m.start(), m.end(), "place", entity_id)
                if span is not None:
                    domain.append(span)
        for m in PLACE_PATTERN.finditer(text):
            span = _char_span(doc, m.start(), m.end(), "place")
            if span is not None:
                domain.append(span)
        # Longest match first; a known id beats a pattern of the same length.
        domain = filter_spans(heads + sorted(domain, key=lambda s: not s.kb_id_))
        domain = self._places_inside_organizations(doc, domain)
        taken = [(s.start_char, s.end_char) for s in domain]
        mentions = list(domain)
        from_model = []
        tagged = doc.has_annotation("TAG")
        for ent in doc.ents:
            kind = MODEL_KINDS.get(ent.label_)
            if kind == "facility" and not _FACILITY_HEAD.search(ent.text):
                kind = "place"  # the model's FAC covers squares, bridges and buildings too
            if kind is None or _overlaps_any(taken, ent.start_char, ent.end_char):
                continue
            if ent[0].lower_ == "the" and len(ent) > 1:
                ent = ent[1:]
            if ent.text.endswith(("’s", "'s")) and len(ent) > 1:
                ent = ent[:-1]
            # Not a name: a slogan or title the model takes for one, or no proper noun in it
            # (sentence-initial "Displayed", a bare "Chairperson").
            if ent.text in self.names.not_entities or self.names.not_entity_pattern.search(ent.text) \
                    or not _looks_like_name(ent, tagged) \
                    or any(ch.isdigit() for ch in ent.text) and kind != "facility":
                continue
            span = Span(doc, ent.start, ent.end, label=kind)
            mentions.append(span)
            from_model.append(span)
        doc.spans[MENTIONS_KEY] = sorted(mentions, key=lambda s: s.start)
        doc.spans[MODEL_MENTIONS_KEY] = from_model
        return doc


def _strictly_inside(span: Span, outer: Span) -> bool:
    return outer.start_char <= span.start_char and span.end_char <= outer.end_char and len(span) < len(outer)


def _overlaps_any(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps a span of ``taken`` (sorted, non-overlapping).

    A bisection, not a scan: a long report has thousands of names of each kind.
    """
    i = bisect_right(taken, (start, float("inf")))
    return (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end)

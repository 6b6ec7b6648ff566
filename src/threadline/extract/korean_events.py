"""Events from a Korean ``Doc``: the Korean counterpart of ``extract.events``.

The cue vocabulary (event triggers, attribution sources, reporting verbs, modality
endings) is the domain pack's ``korean.json``; this module only applies it. Korean
puts the source and the hedge at the end of the sentence ("…생산을 늘린 것으로
알려졌다", "…고 소식통은 전했다"), so both are read off the whole sentence. A sentence
that goes on quoting ("…고 덧붙였다") keeps the source of the one before it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from threadline.domain.korean import KoreanRules
from threadline.extract.events import ROLE_OF_KIND, mention_ref
from threadline.extract.korean_quantities import find_korean_quantities
from threadline.ingest.offsets import OffsetMap
from threadline.model import Document, Event, Quantity, Span, Timex
from threadline.nlp.extensions import MENTIONS_KEY

#: Bodies that report rather than act: never an event's actor.
_REPORTERS = frozenset({"org:kcna", "org:rodong", "org:kctv", "org:rok-nis", "org:yonhap", "org:daily-nk",
                        "org:rok-na-intel", "org:rok-na"})


@dataclass
class _Draft:
    type: str
    evidence: list[Span]
    when: Timex | None
    args: dict[str, list[str]] = field(default_factory=lambda: {"where": [], "actors": [], "facilities": []})
    keys: set[str] = field(default_factory=set)
    attribution: str = "outlet"
    attribution_text: str | None = None
    modality: str = "asserted"
    trigger: str = ""
    quantities: list[Quantity] = field(default_factory=list)


def fire(sentence: str, rules: KoreanRules) -> dict[str, str]:
    """Event types a Korean sentence states, each with its trigger text."""
    fired: dict[str, str] = {}
    for rule in rules.events:
        vetoed = [v.span() for v in rule.vetoes.finditer(sentence)] if rule.vetoes else []
        # A veto cancels only the trigger match it overlaps: "회의" in "최고인민회의" is no meeting.
        m = next((m for m in rule.triggers.finditer(sentence)
                  if not any(m.start() < b and a < m.end() for a, b in vetoed)), None)
        if not m:
            continue
        if rule.requires and not rule.requires.search(sentence):
            continue
        fired[rule.type] = m.group()
    for rule in rules.events:
        if rule.type in fired and rule.suppressed_by & fired.keys():
            del fired[rule.type]
    return fired


def attribution_of(sentence: str, previous: tuple[str, str | None], rules: KoreanRules) -> tuple[str, str | None]:
    """Who a Korean sentence says the claim comes from, with the cue's text."""
    if rules.reporting.search(sentence):
        for name, pattern in rules.attribution:
            m = pattern.search(sentence)
            if m:
                return name, m.group()
        if rules.continues_quote.search(sentence):
            return previous
        return "outlet", None
    if rules.continues_quote.search(sentence) or previous[0] == "state_media":
        # A story relayed from state media goes on in its voice until another source speaks.
        return previous
    return "outlet", None


def event_date(text: str, sent_start: int, sent_end: int, timexes: list[Timex], rules: KoreanRules) -> Timex | None:
    """The first date of the sentence that is not the day the news was told ("…고 22일 보도했다")."""
    for t in timexes:
        if not sent_start <= t.start < sent_end:
            continue
        if rules.reporting_date.search(text[t.end:min(sent_end, t.end + 12)]) or \
                rules.reporting_date.search(text[max(sent_start, t.start - 12):t.start]):
            continue
        return t
    return None


def modality_of(sentence: str, rules: KoreanRules) -> str:
    """How surely a Korean sentence states its claim."""
    for name, pattern in rules.modality:
        if pattern.search(sentence):
            return name
    return "asserted"


def extract_korean_events(document: Document, doc: Doc, omap: OffsetMap, rules: KoreanRules) -> list[Event]:
    """Events of a Korean document, arguments as ``@start:end`` mention references.

    Args:
        document: the report.
        doc: its content read by ``nlp.korean.KoreanReader``.
        omap: doc offsets to original offsets.
        rules: the pack's Korean rules.
    Returns:
        ``Event`` records in original offsets; a happening stated in several sentences
        (same type, no facility or place that tells them apart) is one event.
    """
    mentions = list(doc.spans[MENTIONS_KEY]) if MENTIONS_KEY in doc.spans else []
    timexes = [t for t in (doc._.timexes or ()) if t.type == "DATE"]
    drafts: list[_Draft] = []
    source: tuple[str, str | None] = ("outlet", None)
    for sent in doc.sents:
        text = sent.text
        if not text.strip():
            continue
        source = attribution_of(text, source, rules)
        fired = fire(text, rules)
        if not fired:
            continue
        s0, s1 = omap.to_original(sent.start_char, sent.start_char + len(text.rstrip()))
        when = event_date(doc.text, sent.start_char, sent.end_char, timexes, rules)
        args: dict[str, list[str]] = {"where": [], "actors": [], "facilities": []}
        keys: set[str] = set()
        for span in mentions:
            if not (sent.start_char <= span.start_char < sent.end_char) or span.kb_id_ in _REPORTERS:
                continue
            if source[1] and source[1] in span.text:
                continue  # the source named, not an actor
            m0, m1 = omap.to_original(span.start_char, span.end_char)
            args[ROLE_OF_KIND[span.label_]].append(mention_ref(m0, m1))
            if span.label_ in ("facility", "place") and not span.kb_id_.startswith("country:"):
                keys.add(span.kb_id_ or span.text)
        modality = modality_of(text, rules)
        # Figures, not the numbers in names ("제71호") or dates ("3월 20일").
        taken = [(x.start_char - sent.start_char, x.end_char - sent.start_char) for x in mentions
                 if sent.start_char <= x.start_char < sent.end_char]
        taken += [(x.start - sent.start_char, x.end - sent.start_char) for x in (doc._.timexes or ())
                  if sent.start_char <= x.start < sent.end_char]
        quantities = find_korean_quantities(text, taken)
        attribution = source
        if source[0] == "outlet" and document.source_type == "state_media":
            attribution = ("state_media", None)  # state media's own story speaks for the state
        for type_, trigger in fired.items():
            new = _Draft(type_, [Span(s0, s1)], when, {k: list(v) for k, v in args.items()}, set(keys),
                         attribution[0], attribution[1], modality, trigger, list(quantities))
            _merge_or_add(drafts, new)
    return [Event(doc_id=document.id, type=d.type, evidence=tuple(d.evidence),
                  when=d.when.value if d.when else None, when_text=d.when.text if d.when else None,
                  where=tuple(d.args["where"]), actors=tuple(d.args["actors"]),
                  facilities=tuple(d.args["facilities"]), attribution=d.attribution,
                  attribution_text=d.attribution_text, modality=d.modality, trigger=d.trigger,
                  quantities=tuple(d.quantities))
            for d in drafts]


def _merge_or_add(drafts: list[_Draft], new: _Draft) -> None:
    """One happening, several sentences: the same type, and no place or facility apart."""
    for old in drafts:
        if old.type != new.type:
            continue
        if old.keys and new.keys and not old.keys & new.keys:
            continue
        if old.when and new.when and old.when.value != new.when.value:
            continue
        old.evidence.append(new.evidence[0])
        for role, refs in new.args.items():
            old.args[role].extend(r for r in refs if r not in old.args[role])
        old.keys |= new.keys
        old.quantities.extend(q for q in new.quantities if q not in old.quantities)
        old.when = old.when or new.when
        if old.attribution == "outlet" and new.attribution != "outlet":
            old.attribution, old.attribution_text = new.attribution, new.attribution_text
        return
    drafts.append(new)

"""Events from a Korean ``Doc``: the Korean counterpart of ``extract.events``.

The cue vocabulary (event triggers, attribution sources, reporting verbs, modality
endings) is the domain pack's ``korean.json``; this module only applies it. Korean
puts the source and the hedge at the end of the sentence ("…생산을 늘린 것으로
알려졌다", "…고 소식통은 전했다"), so both are read off the whole sentence. A sentence
that goes on quoting ("…고 덧붙였다") keeps the source of the one before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from threadline.domain.korean import KoreanRules
from threadline.extract.events import ROLE_OF_KIND, mention_ref
from threadline.extract.korean_quantities import find_korean_quantities
from threadline.ingest.offsets import OffsetMap
from threadline.model import Document, Event, Quantity, Span, Timex
from threadline.nlp.extensions import MENTIONS_KEY
from threadline.nlp.korean import content_lemmas

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
    #: how the trigger points back: "anaphor" ("이 지시는": the one told before), "setting"
    #: ("전원회의에서는": where what the sentence tells happened), or None
    refers: str | None = None


@dataclass(frozen=True)
class Trigger:
    """Where an event type's cue matched in a sentence (offsets into the sentence)."""

    text: str
    start: int
    end: int


#: A demonstrative right before the trigger noun: "이 지시는", "이번 현지지도에는".
_ANAPHOR = re.compile(r"(?:^|\s)(?:이|그|해당|이번|같은)\s$")
#: The trigger noun as the place of what the sentence tells: "전원회의에서는", "회담에서".
_SETTING = re.compile(r"에서")
#: The rest of a verb's word when it is quoted as an order: "보내라는", "늘리라고", "넘기도록".
_IMPERATIVE = re.compile(r"(?:으)?라(?:는|고|며|면서)|도록")
#: An object particle right after a name, up to the next word: "평양을 ".
_OBJECT = re.compile(r"(?:을|를)\s")
_WORD_END = re.compile(r"(?=[\s,.\"'”’)]|$)")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}T")


def fire(sentence: str, rules: KoreanRules, lemmas: list[tuple[str, int, int]] = (),
         mentions: list[tuple[int, int, str]] = ()) -> dict[str, Trigger]:
    """Event types a Korean sentence states, each with its first trigger.

    Args:
        sentence: the sentence's text.
        rules: the pack's Korean rules.
        lemmas: ``nlp.korean.content_lemmas`` of the sentence, offsets into ``sentence``;
            the rules' ``verbs`` are matched on them.
        mentions: ``(start, end, kind)`` of the sentence's mentions, for ``not_object``.
    """
    forms = [lemma for lemma, _, _ in lemmas]
    fired: dict[str, Trigger] = {}
    for rule in rules.events:
        vetoed = [v.span() for v in rule.vetoes.finditer(sentence)] if rule.vetoes else []
        # The trigger's object is a name of a vetoed kind: "평양을 방문해" is a visit, no inspection.
        vetoed += [(m1, m1 + len(o.group()) + 1) for m0, m1, kind in mentions if kind in rule.not_object
                   for o in [_OBJECT.match(sentence, m1)] if o]
        found = [(m.start(), m.end(), m.end()) for m in rule.triggers.finditer(sentence)]
        for seq in rule.verbs:
            n = len(seq)
            for i in range(len(forms) - n + 1):
                if tuple(forms[i:i + n]) != seq:
                    continue
                stem_end = lemmas[i + n - 1][2]
                # A verb's stem is part of a word ("실" of "실어"): its text runs to the word's end.
                word_end = _WORD_END.search(sentence, stem_end).start()
                # What is ordered is not yet done: "보내라는 지시" is a directive's content.
                if not _IMPERATIVE.match(sentence, stem_end, word_end):
                    found.append((lemmas[i][1], stem_end, word_end))
        # A veto cancels only the trigger match it overlaps: "회의" in "최고인민회의" is no meeting.
        hit = next(((a, b, c) for a, b, c in sorted(found)
                    if not any(a < vb and va < b for va, vb in vetoed)), None)
        if hit is None:
            continue
        if rule.requires and not rule.requires.search(sentence):
            continue
        fired[rule.type] = Trigger(sentence[hit[0]:hit[2]], hit[0], hit[1])
    for rule in rules.events:
        if rule.type in fired and rule.suppressed_by & fired.keys():
            del fired[rule.type]
    return fired


def reports(sentence: str, lemmas: list[tuple[str, int, int]], rules: KoreanRules) -> bool:
    """Whether a sentence tells who says it: a cue ("따르면") or a verb of saying in any form."""
    return bool(rules.reporting.search(sentence)) or any(lemma in rules.reporting_verbs for lemma, _, _ in lemmas)


def attribution_of(sentence: str, previous: tuple[str, str | None], rules: KoreanRules,
                   lemmas: list[tuple[str, int, int]] = ()) -> tuple[str, str | None]:
    """Who a Korean sentence says the claim comes from, with the cue's text."""
    if reports(sentence, lemmas, rules):
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


def event_dates(text: str, sent_start: int, sent_end: int, timexes: list[Timex], rules: KoreanRules) -> list[Timex]:
    """The sentence's dates that may say when something happened: not the day the news was told
    ("…고 22일 보도했다", "14일 데일리NK 소식통에 따르면"). Only a day can be that: "국정원은
    지난달 …" dates the event."""
    dates = []
    for t in timexes:
        if not sent_start <= t.start < sent_end:
            continue
        is_day = len(t.value or "") == 10
        if is_day and (rules.reporting_date.search(text[t.end:sent_end]) or
                       rules.reporting_date.search(text[max(sent_start, t.start - 12):t.start])):
            continue
        dates.append(t)
    return dates


def date_of(trigger: int, dates: list[Timex]) -> Timex | None:
    """When the event whose trigger is at ``trigger`` (an offset, as the dates' are) happened:
    the sentence's date nearest to it ("주체114년 계획보다 … 지시가 지난달 초 내려왔다" is last
    month's order, "재무부는 14일 … 지난해 … 계약을 맺은" last year's contract)."""
    return min(dates, key=lambda t: max(t.start - trigger, trigger - t.end, 0), default=None)


def modality_of(sentence: str, rules: KoreanRules, at: int = 0) -> str:
    """How surely a Korean sentence states the claim whose trigger is at ``at``.

    A hedge closes the clause it hedges, so the first cue after the trigger wins ("…넘어가고
    있다는 소문이 돌자 경비를 강화한 것으로 알려졌다": the theft is rumoured, the measure
    reported); a cue only before it ("소문에 따르면 …") still counts.
    """
    after = [(m.start(), order, name) for order, (name, pattern) in enumerate(rules.modality)
             for m in pattern.finditer(sentence) if m.start() >= at]
    if after:
        return min(after)[2]
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
    # A time of day dates its event by its day: "20일 오전" (2025-02-20TMO) is the 20th.
    timexes = [t if t.type == "DATE" else replace(t, type="DATE", value=t.value[:10])
               for t in (doc._.timexes or ()) if t.type == "DATE" or (t.type == "TIME" and _DAY.match(t.value or ""))]
    drafts: list[_Draft] = []
    source: tuple[str, str | None] = ("outlet", None)
    for sent in doc.sents:
        text = sent.text
        if not text.strip():
            continue
        lemmas = [(lemma, a - sent.start_char, b - sent.start_char)
                  for lemma, a, b in content_lemmas(doc._.morphemes or (), sent.start_char, sent.end_char)]
        source = attribution_of(text, source, rules, lemmas)
        fired = fire(text, rules, lemmas, [(m.start_char - sent.start_char, m.end_char - sent.start_char, m.label_)
                                           for m in mentions if sent.start_char <= m.start_char < sent.end_char])
        if not fired:
            continue
        s0, s1 = omap.to_original(sent.start_char, sent.start_char + len(text.rstrip()))
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
        # Figures, not the numbers in names ("제71호") or dates ("3월 20일").
        taken = [(x.start_char - sent.start_char, x.end_char - sent.start_char) for x in mentions
                 if sent.start_char <= x.start_char < sent.end_char]
        taken += [(x.start - sent.start_char, x.end - sent.start_char) for x in (doc._.timexes or ())
                  if sent.start_char <= x.start < sent.end_char]
        quantities = find_korean_quantities(text, taken)
        attribution = source
        if source[0] == "outlet" and document.source_type == "state_media":
            attribution = ("state_media", None)  # state media's own story speaks for the state
        dates = event_dates(doc.text, sent.start_char, sent.end_char, timexes, rules)
        for type_, trigger in fired.items():
            refers = ("anaphor" if _ANAPHOR.search(text[:trigger.start]) else
                      "setting" if _SETTING.match(text, trigger.end) else None)
            when = date_of(sent.start_char + trigger.start, dates)
            new = _Draft(type_, [Span(s0, s1)], when, {k: list(v) for k, v in args.items()}, set(keys),
                         attribution[0], attribution[1], modality_of(text, rules, trigger.start), trigger.text,
                         list(quantities), refers)
            _merge_or_add(drafts, new)
    return [Event(doc_id=document.id, type=d.type, evidence=tuple(d.evidence),
                  when=d.when.value if d.when else None, when_text=d.when.text if d.when else None,
                  where=tuple(d.args["where"]), actors=tuple(d.args["actors"]),
                  facilities=tuple(d.args["facilities"]), attribution=d.attribution,
                  attribution_text=d.attribution_text, modality=d.modality, trigger=d.trigger,
                  quantities=tuple(d.quantities))
            for d in drafts]


def _merge_or_add(drafts: list[_Draft], new: _Draft) -> None:
    """One happening, several sentences: the same type, no place or facility apart, dates that
    agree (one may be coarser: "2024" and "2024-Q4"), and not a forecast beside a report of what
    was done ("추가로 미사일을 쏠 가능성" is another launch). A trigger that points back ("이
    계약에 따라", "전원회의에서는") is the latest of its type whatever else it says; pointing
    back to nothing of its type ("이 지시는" after a production order), it is no new event."""
    if new.refers:
        old = next((d for d in reversed(drafts) if d.type == new.type), None)
        if old is not None:
            _absorb(old, new)
        elif new.refers == "setting":
            drafts.append(new)
        return
    for old in drafts:
        if old.type != new.type:
            continue
        if old.keys and new.keys and not old.keys & new.keys:
            continue
        if old.when and new.when and not _compatible(old.when.value, new.when.value):
            continue
        if (old.modality == "predicted") != (new.modality == "predicted"):
            continue
        _absorb(old, new)
        return
    drafts.append(new)


def _compatible(a: str | None, b: str | None) -> bool:
    """Two dates that may name one day: equal, or one a coarser prefix of the other."""
    if a is None or b is None:
        return a == b
    return a.startswith(b) or b.startswith(a)


def _absorb(old: _Draft, new: _Draft) -> None:
    old.evidence.append(new.evidence[0])
    for role, refs in new.args.items():
        old.args[role].extend(r for r in refs if r not in old.args[role])
    old.keys |= new.keys
    old.quantities.extend(q for q in new.quantities if q not in old.quantities)
    old.when = old.when or new.when
    if old.attribution == "outlet" and new.attribution != "outlet":
        old.attribution, old.attribution_text = new.attribution, new.attribution_text

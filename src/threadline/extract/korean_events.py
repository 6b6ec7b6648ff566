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
    #: ("전원회의에서는": where what the sentence tells happened), "basis" ("협정에 따라": what
    #: the sentence's act follows from), or None
    refers: str | None = None
    #: the sentence denies it ("…수출한 적이 없다", "날조"): never one happening with an assertion
    denied: bool = False
    #: of a transfer, "in" when the trigger receives ("러시아로부터 … 넘겨받고"): what goes out and
    #: what comes back in return are two happenings
    direction: str | None = None


@dataclass(frozen=True)
class Trigger:
    """Where an event type's cue matched in a sentence (offsets into the sentence)."""

    text: str
    start: int
    end: int
    #: where the type's last cue in the sentence begins: Korean puts the main predicate last
    #: ("올해 초 착공한 창고가 지난달 말 완공됐다" is the completion, dated by the date beside it)
    last: int = -1


#: A demonstrative right before the trigger noun: "이 지시는", "이번 현지지도에는".
_ANAPHOR = re.compile(r"(?:^|\s)(?:이|그|해당|이번|같은)\s$")
#: The trigger noun as the place of what the sentence tells: "전원회의에서는", "회담에서".
_SETTING = re.compile(r"에서")
#: A meeting as the topic of what the sentence tells: "전원회의는 … 목표를 확정하고".
_TOPIC = re.compile(r"(?:은|는)\s")
#: The trigger noun as the ground of what the sentence tells: "협정에 따라", "합의에 따른".
_BASIS = re.compile(r"(?:\s?결과)?에\s?(?:따라|따른|의해|의한|근거해|근거한)")
#: A section tag opening a headline: "[북한 내부]", "【단독】", "<속보>".
_TAG = re.compile(r"\s*(?:\[[^\]\n]{1,20}\]|【[^】\n]{1,20}】|<[^>\n]{1,20}>)\s*")
#: A date as the baseline of a comparison: "석 달 전보다", "전년보다", "작년에 비해".
_COMPARED = re.compile(r"\s?(?:의\s?)?(?:보다|에 비해|에 비하여|대비)")
#: A date as a deadline: "설 명절 전까지", "4일까지", "상반기 안으로".
_DEADLINE = re.compile(r"\s?(?:전)?\s?(?:까지|안으로|안에|내로|이내)")
#: Where a headline's parts meet ("…", "·"), or a line ends.
_PART_BREAK = re.compile(r"…|\n")
#: A transfer's trigger that receives: "넘겨받", "러시아로부터 받은", "들여오", "도입".
_RECEIVING = re.compile(r"받|들여오|들여왔|도입|로부터|에게서|반입|수입")
#: The sentence is set at a meeting told before: "회담에서는", "회의에서", "회담이 끝난 다음".
_AT_MEETING = re.compile(r"(?:회담|회의)(?:에서|이 끝난 (?:다음|뒤|후))")
#: The next one or two words after a name.
_NEXT_WORDS = re.compile(r"\s?\S+(?:\s\S+)?")
_NEXT_WORD = re.compile(r"\S*")
#: A name as the one who speaks: '합참 "비행거리…"', "크렘린궁이 밝혔다", "대변인은 "…"".
_SPEAKER = re.compile(r"(?:\s\S+){0,2}?(?:이|가|은|는)?\s[\"“]|(?:이|가|은|는)\s(?:\S+\s)?(?:밝혔|말했|전했|보도했|발표했|주장했)(?:다|습니다)")
#: A bare facility noun, not one of many ("공장마다", "공장들"): "공장 지배인도", "그 광산의".
_BARE_HEAD = re.compile(r"(^|[\s\"“'‘]|(?:이|그|해당|이 같은)\s)(공장|기업소|련합기업소|연합기업소|광산|탄광|항구|부두|조선소|제철소|제강소|발사장)(?!마다|들)(?=[\s가-힣]|$)")
#: A word before a facility noun that makes it any or many: "각 공장", "모든 공장", "새 공장".
_MANY = re.compile(r"(?:^|\s)(?:각|모든|여러|한|일부|다른|새|전체|주요|인근|이웃)\s$")
#: Event types that a speaker's words are: an order told as a quote.
_ORDERS = frozenset({"PRODUCTION_ORDER", "OTHER_DIRECTIVE"})
#: A sentence that says no sign of something was seen.
_NO_SIGN = re.compile(r"(?:징후|조짐|움직임|동향)(?:은|는|이|가|도)?\s(?:\S+\s){0,2}?(?:(?:포착|관측|확인|발견|감지)되지\s?않|보이지\s?않|없)")
#: A quotation inside a sentence: "…" or “…”.
_QUOTED = re.compile(r'"[^"]+"|“[^”]+”')
#: Endings that ask (쏘나, 발사할까, 승인했는가), as the morpheme analyser writes them.
_QUESTION_ENDINGS = frozenset({"나", "까", "ᆯ까", "을까", "냐", "느냐", "니", "는가", "ᆫ가", "은가", "는지", "나요", "까요"})
#: The rest of a verb's word when it is quoted as an order: "보내라는", "늘리라고", "넘기도록".
_IMPERATIVE = re.compile(r"(?:으)?라(?:는|고|며|면서)|도록")
#: An object particle right after a name, up to the next word: "평양을 ".
_OBJECT = re.compile(r"(?:을|를)\s")
_WORD_END = re.compile(r"(?=[\s,.\"'”’)]|$)")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}T")


def fire(sentence: str, rules: KoreanRules, lemmas: list[tuple[str, int, int]] = (),
         mentions: list[tuple[int, int, str]] = (), morphemes: list[tuple[int, int]] = ()) -> dict[str, Trigger]:
    """Event types a Korean sentence states, each with its first trigger.

    Args:
        sentence: the sentence's text.
        rules: the pack's Korean rules.
        lemmas: ``nlp.korean.content_lemmas`` of the sentence, offsets into ``sentence``;
            the rules' ``verbs`` are matched on them.
        mentions: ``(start, end, kind)`` of the sentence's mentions, for ``not_object``.
        morphemes: ``(start, end)`` of the sentence's morphemes, offsets into ``sentence``: a
            trigger must not begin on another word's last syllable ("선적", shipment, is not in
            우선적, "지시" not in 현지시간).
    """
    forms = [lemma for lemma, _, _ in lemmas]
    inside = _Inside(morphemes)
    fired: dict[str, Trigger] = {}
    all_hits: dict[str, list[tuple[int, int, int]]] = {}
    for rule in rules.events:
        vetoed = [v.span() for v in rule.vetoes.finditer(sentence)] if rule.vetoes else []
        # The trigger's object is a name of a vetoed kind: "평양을 방문해" is a visit, no inspection.
        vetoed += [(m1, m1 + len(o.group()) + 1) for m0, m1, kind in mentions if kind in rule.not_object
                   for o in [_OBJECT.match(sentence, m1)] if o]
        found = [(m.start(), m.end(), m.end()) for m in rule.triggers.finditer(sentence) if not inside(m.start())]
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
        kept = [(a, b, c) for a, b, c in sorted(found) if not any(a < vb and va < b for va, vb in vetoed)]
        if not kept:
            continue
        hit = kept[0]
        # "이 같은 반출은 …": what it points back to said what was moved
        if rule.requires and not rule.requires.search(sentence) and not _ANAPHOR.search(sentence[:hit[0]]):
            continue
        fired[rule.type] = Trigger(sentence[hit[0]:hit[2]], hit[0], hit[1], kept[-1][0])
        all_hits[rule.type] = kept
    # A type gives way to another only within one quotation: "…뽑으라는 과제가 떨어졌다"며
    # "공장마다 3교대로 … 뽑아낸다" tells an order and, in its own quote, the work.
    quotes = _Quotes(sentence)
    for rule in rules.events:
        over = [t for t in rule.suppressed_by if t in fired]
        if rule.type not in fired or not over:
            continue
        # Outside any quote ("…늘려라"고 지시했다) the frame tells of the quote: it gives way.
        taken = {quotes(h[0]) for t in over for h in all_hits[t]}
        free = [h for h in all_hits[rule.type] if quotes(h[0]) and quotes(h[0]) not in taken]
        if not free:
            del fired[rule.type]
        else:
            fired[rule.type] = Trigger(sentence[free[0][0]:free[0][2]], free[0][0], free[0][1], free[-1][0])
    return fired


class _Quotes:
    """Which quotation of a sentence an offset lies in (0: outside any)."""

    def __init__(self, sentence: str):
        self.bounds = [m.span() for m in _QUOTED.finditer(sentence)]
        self.any = bool(self.bounds)

    def __call__(self, at: int) -> int:
        return next((k + 1 for k, (a, b) in enumerate(self.bounds) if a <= at < b), 0)



class _Inside:
    """Whether an offset cuts a morpheme: the cue's first syllable is the last of another word
    ("선" of 우선 in 우선적, "지" of 현지 in 현지시간). A cue that is the head of a compound the
    analyser keeps whole ("회의" of 긴급회의, "생산" of 무기생산) begins two or more syllables
    before the morpheme ends, and counts."""

    def __init__(self, morphemes: list[tuple[int, int]]):
        self.morphemes = morphemes
        self.starts = {m[0] for m in morphemes}

    def __call__(self, at: int) -> bool:
        return at not in self.starts and any(start < at < end and end - at < 2 for start, end in self.morphemes)


def reports(sentence: str, lemmas: list[tuple[str, int, int]], rules: KoreanRules) -> bool:
    """Whether a sentence tells who says it: a cue ("따르면") or a verb of saying in any form."""
    return bool(rules.reporting.search(sentence)) or any(lemma in rules.reporting_verbs for lemma, _, _ in lemmas)


def attribution_of(sentence: str, previous: tuple[str, str | None], rules: KoreanRules,
                   lemmas: list[tuple[str, int, int]] = ()) -> tuple[str, str | None]:
    """Who a Korean sentence says the claim comes from, with the cue's text."""
    if reports(sentence, lemmas, rules):
        for name, pattern in rules.attribution:
            # "지시문에 따라 … 과업을 받았다"고 소식통은 밝혔다: the order is what was told, not who told it
            m = next((m for m in pattern.finditer(sentence) if not _BASIS.match(sentence, m.end())), None)
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
        before = text[max(sent_start, t.start - 12):t.start]
        # Before the date, only a source right beside it ("소식통은 22일"): a window cut mid-phrase
        # ("…강도 소식통에 따르면 지난 3일") must not read as one.
        told = rules.reporting_date.search(before)
        if is_day and (rules.reporting_date.search(text[t.end:sent_end]) or
                       (told and told.end() >= len(before.rstrip()))):
            continue
        if _COMPARED.match(text, t.end):
            continue  # "석 달 전보다 두 배", "전년보다 15%": the baseline of a comparison
        dates.append(t)
    return dates


def date_of(trigger: int, dates: list[Timex], text: str = "") -> Timex | None:
    """When the event whose trigger is at ``trigger`` (an offset, as the dates' are) happened:
    the sentence's date nearest to it ("주체114년 계획보다 … 지시가 지난달 초 내려왔다" is last
    month's order, "재무부는 14일 … 지난해 … 계약을 맺은" last year's contract). A deadline
    ("설 명절 전까지", "4일까지") serves only when no other date is there, and a headline's parts
    ("전원회의 폐막…군수공업부장 교체, 새해 무기생산 목표 확정") each keep their own date.

    Args:
        text: the document text (offsets of ``trigger`` and the dates index into it), to see
            deadlines and headline parts; empty: neither is looked for.
    """
    if text and dates:
        lo = max((m.end() for m in _PART_BREAK.finditer(text, max(0, trigger - 200), trigger)), default=0)
        hi = next((m.start() for m in _PART_BREAK.finditer(text, trigger)), len(text))
        dates = [t for t in dates if lo <= t.start < hi]
        plain = [t for t in dates if not _DEADLINE.match(text, t.end)]
        dates = plain or dates
    return min(dates, key=lambda t: max(t.start - trigger, trigger - t.end, 0), default=None)


def modality_of(sentence: str, rules: KoreanRules, at: int = 0) -> str:
    """How surely a Korean sentence states the claim whose trigger is at ``at``.

    A hedge closes the clause it hedges, so the first cue after the trigger wins ("…넘어가고
    있다는 소문이 돌자 경비를 강화한 것으로 알려졌다": the theft is rumoured, the measure
    reported); a cue only before it ("소문에 따르면 …") still counts.
    """
    # A headline's parts ("…도착…정상회담 예정") are hedged each on its own.
    lo = max((m.end() for m in _PART_BREAK.finditer(sentence, 0, at)), default=0)
    hi = next((m.start() for m in _PART_BREAK.finditer(sentence, at)), len(sentence))
    sentence = sentence[:hi]
    after = [(m.start(), order, name) for order, (name, pattern) in enumerate(rules.modality)
             for m in pattern.finditer(sentence, lo) if m.start() >= at]
    if after:
        return min(after)[2]
    for name, pattern in rules.modality:
        if pattern.search(sentence, lo):
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
        morphemes = _sentence_morphemes(doc._.morphemes or (), sent.start_char, sent.end_char)
        if _is_question(morphemes, text):
            continue  # "北, 연내 정찰위성 또 쏘나": a question claims nothing
        if _NO_SIGN.search(text):
            continue  # "핵실험 징후는 아직 포착되지 않았다": that nothing was seen claims no event
        fired = fire(text, rules, lemmas, [(m.start_char - sent.start_char, m.end_char - sent.start_char, m.label_)
                                           for m in mentions if sent.start_char <= m.start_char < sent.end_char],
                     [(a, b) for a, b, _, _ in morphemes])
        if not fired:
            continue
        # A section tag before a headline ("[북한 내부] …") is no part of what it states.
        lead = _TAG.match(text)
        s0, s1 = omap.to_original(sent.start_char + (lead.end() if lead else 0), sent.start_char + len(text.rstrip()))
        denied = bool(rules.denial.search(text))
        # The sentence's names that may be arguments: not the reporting bodies, not the source
        # ("평안북도 소식통은", "윤재형 의원은", '합참 "…"'), not a name that only qualifies
        # another ("북한 노동당 조직지도부", "조선로동당 총비서").
        candidates, speakers = [], []
        for span in mentions:
            if not (sent.start_char <= span.start_char < sent.end_char) or span.kb_id_ in _REPORTERS:
                continue
            if source[1] and source[1] in span.text:
                continue  # the source named, not an actor
            rel = span.end_char - sent.start_char
            if _is_source_phrase(text, rel, source[1]) or \
                    _qualifies(text, rel, span.label_, mentions, sent.start_char, rules):
                continue
            (speakers if _SPEAKER.match(text, rel) else candidates).append(span)
        facility_here = any(c.label_ == "facility" for c in candidates)
        antecedent = None if facility_here else _antecedent_facility(text, mentions, sent.start_char, rules)
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
            lo = max((m.end() for m in _PART_BREAK.finditer(text, 0, trigger.start)), default=0)
            hi = next((m.start() for m in _PART_BREAK.finditer(text, trigger.start)), len(text))
            args: dict[str, list[str]] = {"where": [], "actors": [], "facilities": []}
            keys: set[str] = set()
            # Who speaks gives an order told as a quote ('김 위원장은 "생산을 늘려라"고'), but only
            # tells of anything else.
            for span in candidates + (speakers if type_ in _ORDERS else []):
                if not lo <= span.start_char - sent.start_char < hi:
                    continue  # another part of a headline ("전원회의 폐막…군수공업부장 교체")
                m0, m1 = omap.to_original(span.start_char, span.end_char)
                args[ROLE_OF_KIND[span.label_]].append(mention_ref(m0, m1))
                if span.label_ in ("facility", "place") and not span.kb_id_.startswith("country:"):
                    keys.add(span.kb_id_ or span.text)
            if antecedent is not None and not args["facilities"]:
                # "공장 지배인도", "광산의 동 생산량": the facility told before
                m0, m1 = omap.to_original(antecedent.start_char, antecedent.end_char)
                args["facilities"].append(mention_ref(m0, m1))
                keys.add(antecedent.kb_id_ or antecedent.text)
            refers = ("anaphor" if _ANAPHOR.search(text[:trigger.start]) else
                      "setting" if _SETTING.match(text, trigger.end) else
                      "basis" if _BASIS.match(text, trigger.end) else
                      # "전원회의는 … 결정했다": the meeting told before, as the one who decides
                      "setting" if type_ == "MEETING" and _TOPIC.match(text, trigger.end) else None)
            when = date_of(sent.start_char + (trigger.last if trigger.last >= 0 else trigger.start), dates, doc.text)
            if when is None and type_ != "MEETING" and _AT_MEETING.search(text):
                # "회담에서는 … 협정이 조인되였다", "회담이 끝난 다음 … 서명하였다": at the meeting told before
                when = next((d.when for d in reversed(drafts) if d.type == "MEETING" and d.when), None)
            direction = ("in" if _RECEIVING.search(trigger.text) else "out") if type_ == "TRANSFER" else None
            new = _Draft(type_, [Span(s0, s1)], when, {k: list(v) for k, v in args.items()}, set(keys),
                         attribution[0], attribution[1], modality_of(text, rules, trigger.start), trigger.text,
                         list(quantities), refers, denied, direction)
            _merge_or_add(drafts, new)
    return [Event(doc_id=document.id, type=d.type, evidence=tuple(d.evidence),
                  when=d.when.value if d.when else None, when_text=d.when.text if d.when else None,
                  where=tuple(d.args["where"]), actors=tuple(d.args["actors"]),
                  facilities=tuple(d.args["facilities"]), attribution=d.attribution,
                  attribution_text=d.attribution_text, modality=d.modality, trigger=d.trigger,
                  quantities=tuple(d.quantities))
            for d in drafts]


def _is_source_phrase(text: str, end: int, cue: str | None) -> bool:
    """Whether the name ending at ``end`` belongs to the source phrase: the sentence's source cue
    follows within two words ("평안북도 소식통은", "윤재형 의원은")."""
    if not cue:
        return False
    m = _NEXT_WORDS.match(text, end)
    return bool(m) and cue in m.group()


def _qualifies(text: str, end: int, kind: str, mentions, offset: int, rules: KoreanRules) -> bool:
    """Whether a country or body ending at ``end`` only qualifies what follows: a title ("북한
    국방상", "조선로동당 총비서") or another body ("북한 노동당 조직지도부")."""
    if kind not in ("place", "organization") or not text.startswith(" ", end):
        return False
    if kind == "place" and not any(m.kb_id_.startswith("country:") and m.end_char - offset == end for m in mentions):
        return False  # a province before its city names a place of its own
    nxt = _NEXT_WORD.match(text, end + 1).group()
    if any(nxt.startswith(t) for t in rules.person_titles):
        return True
    return any(m.start_char - offset == end + 1 and m.label_ == "organization" for m in mentions)


def _antecedent_facility(text: str, mentions, offset: int, rules: KoreanRules):
    """The named facility that a bare head noun of the sentence points back to: "공장 지배인도",
    "광산의 동 생산량", "련합기업소에서는" after "황해제철련합기업소"; None when there is none."""
    for m in _BARE_HEAD.finditer(text):
        head = rules.facility_anaphors.get(m.group(2))
        if head is None or _MANY.search(text, 0, m.start(2)):
            continue  # "각 공장의", "새 공장": not the one told before
        before = [x for x in mentions if x.label_ == "facility" and x.end_char <= offset + m.start(2)]
        match = next((x for x in reversed(before) if x.text.endswith(head) or head in x.text), None)
        if match is not None:
            return match
    return None


def _sentence_morphemes(morphemes, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The morphemes of ``[start, end)``, offsets into the sentence."""
    return [(a - start, b - start, tag, form) for a, b, tag, form in morphemes if start <= a < end]


def _is_question(morphemes: list[tuple[int, int, str, str]], text: str) -> bool:
    """Whether a sentence asks rather than states: it ends in "?" or in an asking ending after a
    verb ("쏘/VV 나/EF"); "만나" (meets) is a verb alone, no question."""
    if text.rstrip().rstrip("\"'”’)").endswith("?"):
        return True
    words = [m for m in morphemes if not m[2].startswith("S")]
    return (len(words) >= 2 and words[-1][2] in ("EF", "EC") and words[-1][3] in _QUESTION_ENDINGS
            and words[-2][2].startswith(("V", "XSV", "XSA", "EP")))


def _merge_or_add(drafts: list[_Draft], new: _Draft) -> None:
    """One happening, several sentences: the same type, no place or facility apart, dates that
    agree (one may be coarser: "2024" and "2024-Q4"), and not a forecast beside a report of what
    was done ("추가로 미사일을 쏠 가능성" is another launch). A trigger that points back ("이
    계약에 따라", "전원회의에서는") is the latest of its type whatever else it says; pointing
    back to nothing of its type ("이 지시는" after a production order), it is no new event."""
    if new.refers:
        # A forecast that points back ("이 같은 반출은 하반기에도 이어질 전망") is a further happening,
        # unless it names the ground of what it tells ("협정에 따라 … 지원할 가능성": that agreement).
        old = next((d for d in reversed(drafts) if d.type == new.type and d.denied == new.denied and (
            new.refers == "basis" or (d.modality == "predicted") == (new.modality == "predicted"))), None)
        if old is not None:
            _absorb(old, new)
        elif new.refers == "setting" or (new.refers == "anaphor" and any(d.type == new.type for d in drafts)):
            drafts.append(new)
        # A ground with nothing of its type before it ("안전성 지시에 따라 … 포치했다") is what the
        # sentence's act follows from, told by that act's own event.
        return
    for old in drafts:
        if old.type != new.type or old.denied != new.denied or old.direction != new.direction:
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

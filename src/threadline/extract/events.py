"""Events from an annotated document: what happened, when, where, who, and who says so.

Pure functions from a spaCy ``Doc`` (the document's cleaned content) to
``Event`` records in original-text offsets. Arguments are mention references
(``@start:end`` in the original text); the resolve stage turns them into
entity ids.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span as SpacySpan

from threadline.extract.clauses import ClauseParser, event_clause
from threadline.extract.detector import EventDetector, features
from threadline.extract.attribution import AttributionState, clause_around, modality_of, sentence_attribution
from threadline.extract.lexicon import Lexicon, load_lexicon
from threadline.ingest.offsets import OffsetMap
from threadline.extract.quantities import find_quantities
from threadline.model import Document, Event, Quantity, Span, Timex
from threadline.nlp.extensions import MENTIONS_KEY
from threadline.temporal import values_compatible

#: A relative clause set off by commas: ", which have been ... since last June,".
_RELATIVE = re.compile(r",\s*(?:which|who|that|where)\b[^,;]*(?:,|$)")
#: Attribution strength: a grouped event is credited to the most specific source among its statements.
_ATTRIBUTION_RANK = ("intelligence_agency", "official_document", "state_media", "government_official",
                     "anonymous_insider", "other", "outlet")
#: How far (characters) from its trigger an event's arguments may stand in the sentence.
ARGUMENT_WINDOW = 160
#: How many sentences a state-media story's date carries to undated events after it.
NARRATIVE_REACH = 3
#: Where a background phrase or relative clause begins: names on the other side of one
#: from the trigger belong to another happening ("... in connection with Kim's visit to China").
_ADJUNCT = re.compile(r"\b(?:in connection with|amid|ahead of|following|due to|because of|at the invitation of|"
                      r"in response to|as part of|during)\b|,\s*(?:which|who|where)\b")
#: ("that" is left out: "the source said that factory workers..." is no reference.)
_THE_ONE = re.compile(r"\b(?:the|this) (?:(?-i:[a-z-]+) ){0,2}(?:mill|plant|factory|complex|works|shipyard|mine|enterprise)\b"
                      r"|^\s*(?:It|Its)\b", re.I)
#: In a state-media story of one plant, "They" and "its workers" are the plant's people.
_ITS_PEOPLE = re.compile(r"^\s*(?:(?:After|During|In|When|Afterwards)[^,]{0,60},\s*)?(?:they|its workers|the workers)\b", re.I)
_BOTH = re.compile(r"\b(?:both|the two) (?:factories|plants|mills|complexes|enterprises)\b", re.I)
ROLE_OF_KIND = {"facility": "facilities", "place": "where", "organization": "actors", "person": "actors"}


def mention_ref(start: int, end: int) -> str:
    """The placeholder an event argument holds until resolution: original offsets."""
    return f"@{start}:{end}"


@dataclass
class _Draft:
    type: str
    evidence: list[Span]
    when: Timex | None
    args: dict[str, list[str]] = field(default_factory=lambda: {"where": [], "actors": [], "facilities": []})
    products: list[str] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    attribution: str = "outlet"
    attribution_text: str | None = None
    modality: str = "asserted"
    trigger: str = ""
    facility_keys: set[str] = field(default_factory=set)
    place_keys: set[str] = field(default_factory=set)
    own_time: bool = False   # dated by an event, not a date: "after the Korean war"
    ruled: bool = True       # a lexicon rule names the trigger (not the detector alone)


def _verb_of(token) -> object:
    """The verb a token hangs from (itself if a verb): what an event or a date attaches to."""
    for _ in range(6):
        if token.tag_.startswith("VB") or token.dep_ == "ROOT":
            return token
        token = token.head
    return token


def _value(t: Timex | None) -> str | None:
    if t is None or not t.value:
        return None
    return f"{t.value}/{t.interval_end}" if t.interval_end else t.value


def _precision(t: Timex) -> int:
    return len((t.value or "").replace("X", ""))


def _pick_when(sent: SpacySpan, text: str, parsed: bool, trigger_char: int, timexes: list[Timex],
               lex: Lexicon, other_triggers: list[int] = ()) -> Timex | None:
    """The date of the event whose trigger is at ``trigger_char``.

    A date attached (by the parse) to the trigger's verb wins; else the nearest
    date in the sentence outside relative clauses that do not hold the trigger
    ("the inspection of factories, which have worked since June, began on
    Mar. 2"), and not nearer to another event's trigger in the same stretch
    (``other_triggers``). Dates of the reporting itself ("said on Tuesday"),
    clock times and durations are never an event's time. ``text`` is ``doc.text``,
    read once by the caller: spaCy rebuilds that string on every access; ``parsed``
    is whether the doc has a dependency parse (also a walk over every token).
    """
    doc = sent.doc
    candidates = []
    for t in timexes:
        if not (sent.start_char <= t.start < sent.end_char) or t.type != "DATE" or not t.value:
            continue
        if t.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
            continue
        if lex.reporting_time.search(text[max(sent.start_char, t.start - 40):t.start]):
            continue
        candidates.append(t)
    if not candidates:
        return None
    trig = doc.char_span(trigger_char, trigger_char + 1, alignment_mode="expand")
    if trig is not None and parsed:
        verb = _verb_of(trig[0]).i
        for t in candidates:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and _verb_of(span.root).i == verb:
                return t
    rel = [(sent.start_char + m.start(), sent.start_char + m.end()) for m in _RELATIVE.finditer(sent.text)]

    def region(pos: int):
        return next((r for r in rel if r[0] <= pos < r[1]), None)

    mine = region(trigger_char)
    same = [t for t in candidates if region(t.start) == mine]
    rivals = [o for o in other_triggers if o != trigger_char and region(o) == mine]
    own = [t for t in same if all(abs(t.start - trigger_char) <= abs(t.start - o) for o in rivals)]
    return min(own, key=lambda t: abs(t.start - trigger_char)) if own else None


#: Words between the names of one list: "X, Y and Z", "X and the Y".
_LIST_GAP = re.compile(r"^\s*(?:,|and|, and|,\s*and)?\s*(?:the\s+)?$")
#: A person a sentence refers back to: "He ...", "the premier", "the general secretary".
#: ("He told Daily NK" is the source speaking, not an actor.)
_PERSON_ANAPHOR = re.compile(r"^\s*(?:He|She)\b(?!\s+(?:told|said|says|added|explained|noted|stated|reported))"
                             r"|\bthe (?:premier|leader|general secretary|chairman|president|marshal)\b", re.I)


def _with_coordination(text: str, mentions: list, starts: list[int], lo: int, hi: int,
                       sent_lo: int, sent_hi: int) -> tuple[int, int]:
    """Widen ``[lo, hi)`` over a list of names it cuts ("touring A, B, C and D" keeps all four)."""
    i = bisect_left(starts, lo)
    j = bisect_left(starts, hi)
    while 0 < i and j > i and mentions[i - 1].start_char >= sent_lo \
            and _LIST_GAP.match(text[mentions[i - 1].end_char:mentions[i].start_char]):
        i -= 1
    while j < len(mentions) and j > i and mentions[j].end_char <= sent_hi \
            and _LIST_GAP.match(text[mentions[j - 1].end_char:mentions[j].start_char]):
        j += 1
    new_lo = min(lo, mentions[i].start_char) if i < len(mentions) else lo
    new_hi = max(hi, mentions[j - 1].end_char) if 0 < j <= len(mentions) and j > i else hi
    return new_lo, new_hi


def _person_antecedent(text: str, offset: int, history: list):
    """The person "He" or "the premier" refers to: the last person named before."""
    if not _PERSON_ANAPHOR.search(text):
        return None
    earlier = [p for p in history if p.start_char < offset]
    return earlier[-1] if earlier else None


def _antecedents(text: str, offset: int, history: list, narrative: bool = False) -> list:
    """Facilities a definite description refers back to: "the mill" (the last one named), "both factories" (the last two)."""
    distinct = []
    for span in reversed(history):
        if span.start_char >= offset:
            continue
        key = span.kb_id_ or span.text.lower()
        if key not in [s.kb_id_ or s.text.lower() for s in distinct]:
            distinct.append(span)
    if not distinct:
        return []
    if _BOTH.search(text) and len(distinct) >= 2:
        return distinct[:2]
    if _THE_ONE.search(text) or (narrative and _ITS_PEOPLE.search(text)):
        return distinct[:1]
    return []


def _credit_after(text: str, end: int) -> str:
    """A photo credit closing the line after a sentence ("... in August. (Rodong Sinmun-News1)")."""
    line_end = text.find("\n", end)
    tail = text[end:line_end if line_end >= 0 else len(text)].strip()
    return " " + tail if tail.startswith("(") and tail.endswith(")") and len(tail) < 80 else ""


def _mentions_in(doc_text: str, mentions: list, starts: list[int], start: int, end: int, lex: Lexicon):
    """Mentions inside ``[start, end)`` that can be arguments (not "affiliated with X", "a source in X")."""
    for span in mentions[bisect_left(starts, start):bisect_left(starts, end)]:
        if span.end_char <= end:
            before = doc_text[max(start, span.start_char - 60):span.start_char]
            if lex.argument_exclusions.search(before):
                continue
            yield span


@dataclass(frozen=True)
class _Trigger:
    """Where in a sentence an event is stated: a lexicon rule's match, or the detector's guess."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, m: re.Match) -> "_Trigger":
        return cls(m.start(), m.end(), m.group())

    @classmethod
    def unnamed(cls, sentence: str) -> "_Trigger":
        """A sentence the detector found an event in that no rule names: the first
        lower-case past form ("over-fulfilled", "commissioned") is its likeliest verb,
        else the sentence's middle, so dates and names are taken by their distance from it."""
        m = _PAST_FORM.search(sentence)
        if m:
            return cls.of(m)
        mid = len(sentence) // 2
        return cls(mid, mid, "")


_PAST_FORM = re.compile(r"\b[a-z][a-z-]{2,}ed\b")
#: A sentence that asks, or is too short to state a happening.
_QUESTION = re.compile(r"\?[”’\"')\]]*\s*$")


def _states_something(sentence: str) -> bool:
    return len(sentence.strip()) >= 12 and not _QUESTION.search(sentence)


def fire_rules(text: str, lex: Lexicon) -> dict[str, re.Match]:
    """The lexicon rules that fire in a sentence: each type's first match that no veto covers
    and whose required context is present."""
    fired: dict[str, re.Match] = {}
    for rule in lex.rules:
        for m in rule.triggers.finditer(text):
            if rule.vetoes and any(v.start() < m.end() and m.start() < v.end() for v in rule.vetoes.finditer(text)):
                continue
            if rule.requires and not rule.requires.search(text):
                continue
            fired.setdefault(rule.type, m)
            break
    return fired


@dataclass(frozen=True)
class SentencePlan:
    """What each sentence of an annotated doc states, before arguments are sought: the rules that
    fire (``fired``), those not suppressed by another (``ruled``), and the detector's types with
    their scores (``detected``; None without a detector)."""

    sents: list
    fired: list[dict]
    ruled: list[list[str]]
    detected: list[dict] | None

    def stating(self) -> list[int]:
        """The sentences that state an event: what the clause parser must parse."""
        return [n for n, sent in enumerate(self.sents)
                if (self.ruled[n] or (self.detected is not None and self.detected[n])) and _states_something(sent.text)]


def plan_sentences(document: Document, doc: Doc, lexicon: Lexicon, detector: EventDetector | None) -> SentencePlan:
    """The rules and the detector over every sentence of ``doc`` (see ``SentencePlan``)."""
    sents = list(doc.sents)
    fired_by_sentence = [fire_rules(sent.text, lexicon) for sent in sents]
    rules_by_type = {r.type: r for r in lexicon.rules}
    detected = None
    if detector is not None:
        # Which types each sentence states, decided by the trained model over the words and
        # the rules that fired; a question ("Is the North producing shells for export?")
        # and a fragment state nothing.
        asked = [n for n, sent in enumerate(sents) if _states_something(sent.text)]
        found = detector.types([features(sents[n].text, fired_by_sentence[n], document.source_type) for n in asked],
                               [fired_by_sentence[n] for n in asked])
        detected = [{} for _ in sents]
        for n, types in zip(asked, found):
            detected[n] = types
    ruled = [[t for t in fired if not (rules_by_type[t].suppressed_by & fired.keys())] for fired in fired_by_sentence]
    return SentencePlan(sents, fired_by_sentence, ruled, detected)


def extract_events(document: Document, doc: Doc, omap: OffsetMap, lexicon: Lexicon | None = None,
                   detector: EventDetector | None = None, clauses: ClauseParser | None = None,
                   plan: SentencePlan | None = None, parses: dict | None = None) -> list[Event]:
    """Every event the document states, with its evidence, time, arguments and sourcing.

    Args:
        document: the ingested report (for its outlet's source type and id).
        doc: the annotated cleaned content (``annotate`` output).
        omap: maps ``doc`` offsets back to ``document.text``.
        lexicon: compiled event lexicon (default: the bundled pack's).
        detector: the trained event detector; without it, the lexicon's rules alone
            decide which types a sentence states.
        clauses: parses the sentences that state events, so that arguments come from the
            clause stating each event; without it, from a window of characters around its trigger.
        plan: ``plan_sentences`` of this doc, when the caller made it (to parse a whole batch's
            stating sentences at once: one parser call per report costs more than the parsing).
        parses: the parsed stating sentences by index in the plan (with ``plan``).
    Returns:
        events in order of first evidence; argument tuples hold ``@start:end``
        mention references into the original text.
    """
    lex = lexicon or load_lexicon()
    # spaCy rebuilds ``doc.text`` from the tokens on every access: read it once, or a
    # long report costs the square of its length.
    doc_text = doc.text
    parsed = doc.has_annotation("DEP")
    timexes: list[Timex] = doc._.timexes or []
    state = AttributionState(source_type=document.source_type)
    drafts: list[_Draft] = []
    mentions = sorted(doc.spans[MENTIONS_KEY], key=lambda s: s.start_char) if MENTIONS_KEY in doc.spans else []
    starts = [m.start_char for m in mentions]
    facility_history: list = []
    person_history: list = []
    mentions_by_ref: dict = {}
    narrative = document.source_type == "state_media"
    dct_year = int(document.published.value[:4]) if (document.published.value or "")[:4].isdigit() else None
    last_when: tuple[Timex, int] | None = None
    plan = plan or plan_sentences(document, doc, lex, detector)
    sents, fired_by_sentence, ruled_by_sentence, detected = plan.sents, plan.fired, plan.ruled, plan.detected
    if parses is None:
        stating = plan.stating() if clauses is not None else []
        parses = dict(zip(stating, clauses.parse([sents[n].text for n in stating]))) if stating else {}
    for n_sent, sent in enumerate(sents):
        text = sent.text
        in_sentence = mentions[bisect_left(starts, sent.start_char):bisect_left(starts, sent.end_char)]
        facility_history.extend(m for m in in_sentence if m.label_ == "facility")
        person_history.extend(m for m in in_sentence if m.label_ == "person")
        if not _states_something(text):
            continue
        new_paragraph = sent.start_char == 0 or "\n" in doc_text[max(0, sent.start_char - 2):sent.start_char]
        attribution, cue = sentence_attribution(text + _credit_after(doc_text, sent.end_char), state, lex,
                                                new_paragraph)
        fired = fired_by_sentence[n_sent]
        ruled = ruled_by_sentence[n_sent]
        kept = sorted(detected[n_sent], key=lambda t: -detected[n_sent][t]) if detected is not None else ruled
        # A rule-named statement the detector does not take for a new happening may still restate
        # one already told ("When asked which factories the inspectors had been sent to, ..."):
        # it joins that happening, or is dropped.
        restating = [t for t in ruled if t not in kept]
        kept = kept + restating
        if not kept:
            continue
        cue_spans = [(c.start(), c.end()) for _, p in lex.attribution for c in p.finditer(text)]
        products = sorted({p.group().lower() for p in lex.products.finditer(text)})
        taken = [(x.start_char - sent.start_char, x.end_char - sent.start_char) for x in in_sentence]
        taken += [(t.start - sent.start_char, t.end - sent.start_char) for t in timexes
                  if sent.start_char <= t.start < sent.end_char]
        # Figures, not the numbers in names ("Factory 71") or dates ("10-day", "2023").
        quantities = find_quantities(text, taken)
        boundaries = [b.start() for b in _ADJUNCT.finditer(text)]
        triggers = {t: _Trigger.of(fired[t]) if t in fired else _Trigger.unnamed(text) for t in kept}
        # The words the rules name as events' are rivals for the sentence's dates even where the
        # detector keeps no event for them: "the inspectors are examining how the factories have
        # been implementing the plans since last June" dates the plans, not the inspection.
        trigger_chars = sorted({sent.start_char + triggers[t].start for t in kept}
                               | {sent.start_char + fired[t].start() for t in ruled})
        for type_ in kept:
            m = triggers[type_]
            trigger_char = sent.start_char + m.start
            # Where no rule names the event's words, its position is a guess: the sentence's
            # dates are not weighed against the other events' words.
            rivals = trigger_chars if type_ in fired else ()
            when = _pick_when(sent, doc_text, parsed, trigger_char, timexes, lex, rivals)
            own_time = when is None and _HISTORICAL_TIME.search(text) is not None
            if when is None and narrative and last_when and n_sent - last_when[1] <= NARRATIVE_REACH \
                    and not own_time and not _historical(last_when[0], dct_year):
                # State media tell one visit or campaign in order: what follows
                # its date without a date of its own happened then too.
                when = last_when[0]
            elif when is not None:
                last_when = (when, n_sent)
            c0, c1 = clause_around(text, m.start)
            modality, _ = modality_of(text[c0:c1], lex)
            o_start, o_end = omap.to_original(sent.start_char, sent.end_char)
            draft = _Draft(type_, [Span(o_start, o_end)], when, attribution=attribution,
                           attribution_text=cue, modality=modality, trigger=m.text, own_time=own_time,
                           ruled=type_ in fired)
            # Arguments: names in the clause stating the event (else near its trigger), not the
            # sources of the claim.
            clause = event_clause(parses[n_sent], m.start, m.end, cue_spans) if n_sent in parses else None
            lo, hi = max(sent.start_char, trigger_char - ARGUMENT_WINDOW), min(sent.end_char, trigger_char + ARGUMENT_WINDOW)
            lo, hi = _with_coordination(doc_text, mentions, starts, lo, hi, sent.start_char, sent.end_char)
            for span in _mentions_in(doc_text, mentions, starts, lo, hi, lex):
                role = ROLE_OF_KIND.get(span.label_)
                if role is None or any(a <= span.start_char - sent.start_char < b for a, b in cue_spans) \
                        or span.text.lower() in lex.outlets:
                    continue
                rel = span.start_char - sent.start_char
                if clause is not None and not any(a <= rel < b for a, b in clause):
                    continue  # another clause's name ("..., and farmers in South Hamgyong harvested grain")
                if any(min(rel, m.start) < b < max(rel, m.end) for b in boundaries):
                    continue  # across "in connection with", ", which", "at the invitation of"...
                s0, s1 = omap.to_original(span.start_char, span.end_char)
                ref = mention_ref(s0, s1)
                mentions_by_ref[ref] = span
                if ref not in draft.args[role]:
                    draft.args[role].append(ref)
                    if role == "facilities":
                        draft.facility_keys.add(span.kb_id_ or span.text.lower())
                    elif role == "where":
                        draft.place_keys.add(span.kb_id_ or span.text.lower())
            if not any(mentions_by_ref[r].label_ == "person" for r in draft.args["actors"] if r in mentions_by_ref):
                person = _person_antecedent(text, sent.start_char, person_history)
                if person is not None:
                    s0, s1 = omap.to_original(person.start_char, person.end_char)
                    draft.args["actors"].append(mention_ref(s0, s1))
            if not draft.args["facilities"]:
                for span in _antecedents(text, sent.start_char, facility_history, narrative):
                    s0, s1 = omap.to_original(span.start_char, span.end_char)
                    draft.args["facilities"].append(mention_ref(s0, s1))
                    draft.facility_keys.add(span.kb_id_ or span.text.lower())
            draft.products, draft.quantities = list(products), list(quantities)
            _merge_or_add(drafts, draft, lex.place_chain, dct_year, restates_only=type_ in restating)
    return [_to_event(document.id, d) for d in drafts]


#: A time told by another event, which no timex resolves: a story's earlier step.
_HISTORICAL_TIME = re.compile(
    r"(?i)\b(?:after|before|during|since|in\s+the\s+(?:days|period|years|time)\s+of|when\s+the\s+country\s+was)\b"
    r"[^,.;]{0,50}?\b(?:war|liberation|march|upswing|period|era|years|days|founding|crisis|revolution|rule)\b"
    r"|^\s*(?:Afterwards?|Subsequently|Later\s+on),")


def _stem(trigger: str) -> str:
    return trigger.lower().split(" ", 1)[0][:5]


def _places_meet(a: set[str], b: set[str], place_chain: dict[str, frozenset[str]]) -> bool:
    """Whether two statements' places can be one happening's: the same place, or one
    inside the other (a district and its city; a province and the country)."""
    for x in a:
        for y in b:
            if x == y or x in place_chain.get(y, ()) or y in place_chain.get(x, ()):
                return True
    return False


def _historical(when: Timex | None, dct_year: int | None) -> bool:
    """A date two or more years before the report's: a story's past, not its present."""
    v = _value(when)
    return bool(v and dct_year and v[:4].isdigit() and int(v[:4]) < dct_year - 1)


def _merge_or_add(drafts: list[_Draft], new: _Draft, place_chain: dict[str, frozenset[str]],
                  dct_year: int | None = None, restates_only: bool = False) -> None:
    """Fold a sentence's event into the latest compatible event of its type in the document.

    Two statements are of one happening unless their dates disagree; they name
    different facilities, places that do not nest, or plants against other places;
    one tells a story's distant past or is timed by another event ("after the war");
    they give different figures; or one is a prediction. A statement that ``restates_only``
    joins an earlier happening or is dropped.
    """
    for old in reversed(drafts):
        if old.type != new.type:
            continue
        if not values_compatible(_value(old.when), _value(new.when)):
            continue
        if old.facility_keys and new.facility_keys and not (old.facility_keys & new.facility_keys):
            continue
        if bool(old.facility_keys) != bool(new.facility_keys) and new.ruled and _stem(old.trigger) != _stem(new.trigger):
            continue  # a statement about one plant joins a general one only when it restates it
            # (a statement no rule names, found by the detector, has no wording to compare)
        if old.place_keys and new.place_keys and not _places_meet(old.place_keys, new.place_keys, place_chain):
            continue  # the same kind of thing in other places is another happening
        if bool(old.facility_keys) != bool(new.facility_keys) and (new.place_keys if old.facility_keys else old.place_keys):
            continue  # named plants on one side, other places on the other ("... in Usi and Chosan counties")
        if (old.when is None) != (new.when is None) and _historical(old.when or new.when, dct_year):
            continue  # "In 1950 they produced ..." is not the present "has increased production"
        if old.own_time or new.own_time:
            continue  # "after the war", "during the Chollima upswing": a time of its own, another step
        if (old.modality == "predicted") != (new.modality == "predicted"):
            continue  # what will happen is not what did
        if old.quantities and new.quantities and not {q.value for q in old.quantities} & {q.value for q in new.quantities}:
            continue  # different figures are different statements
        old.evidence.extend(new.evidence)
        if new.ruled and not old.ruled:
            # The statement a rule names says what the happening is and how surely; the
            # detector's guesses before it only add evidence.
            old.trigger, old.modality, old.ruled = new.trigger, new.modality, True
        if _ATTRIBUTION_RANK.index(new.attribution) < _ATTRIBUTION_RANK.index(old.attribution):
            old.attribution, old.attribution_text = new.attribution, new.attribution_text
        if new.when and (old.when is None or _precision(new.when) > _precision(old.when)):
            old.when = new.when
        for role, refs in new.args.items():
            old.args[role].extend(r for r in refs if r not in old.args[role])
        old.facility_keys |= new.facility_keys
        old.place_keys |= new.place_keys
        old.products = sorted(set(old.products) | set(new.products))
        old.quantities.extend(q for q in new.quantities if q not in old.quantities)
        return
    if not restates_only:
        drafts.append(new)


def _to_event(doc_id: str, d: _Draft) -> Event:
    return Event(
        doc_id=doc_id, type=d.type, evidence=tuple(d.evidence), when=_value(d.when),
        when_text=d.when.text if d.when else None,
        where=tuple(d.args["where"]), actors=tuple(d.args["actors"]), facilities=tuple(d.args["facilities"]),
        products=tuple(d.products), quantities=tuple(d.quantities),
        attribution=d.attribution, attribution_text=d.attribution_text, modality=d.modality,
        trigger=d.trigger)


def resolve_arguments(event: Event, entity_of: dict[str, str]) -> Event:
    """Replace ``@start:end`` mention references by entity ids (unknown ones dropped)."""
    def ids(refs):
        out = []
        for r in refs:
            e = entity_of.get(r)
            if e and e not in out:
                out.append(e)
        return tuple(out)
    return replace(event, where=ids(event.where), actors=ids(event.actors), facilities=ids(event.facilities))

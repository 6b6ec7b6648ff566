"""Who a sentence's claim comes from, and how surely it is made.

Attribution is found from reporting verbs and named sources in the sentence,
then carried: through an open quotation, and — in reports from an insider
network — from the source once cited to the sentences that follow.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from threadline.extract.lexicon import Lexicon

_OPEN_QUOTES = "“"
_CLOSE_QUOTES = "”"
_CLAUSE_BREAK = re.compile(r",\s*but\b|;\s|\bbut\b|,\s*while\b|,\s*adding\b|\badding that\b|\s“(?=[a-z])")


@dataclass
class AttributionState:
    """What the reader knows at a point in the document."""

    source_type: str | None
    cited: str | None = None   # attribution of the last named source
    in_quote: str | None = None  # attribution of an open quotation
    carrying: bool = False       # the insider source cited goes on speaking
    #: capitalised names of speakers already placed ("Defense Minister Baek ..." → "Baek" is
    #: a government official), so that "Baek told the news agency" is placed too
    speakers: dict = field(default_factory=dict)


_REPORTING = (r"said|says|say|told|tells|reported|reports|announced|stated|added|noted|claimed|confirmed|"
              r"estimated|estimates|believes|believe|predicted|warned|explained|disclosed|revealed|briefed|"
              r"wrote|writes|assessed|assesses|testified|alleged|insisted|asserted|acknowledged|denied|"
              r"quoted")
#: Where a speaker's words begin, looking back from the reporting verb.
_SPEAKER_START = re.compile(r"(?:^|[,;:“”\"(]|\bthat\b|\band\b|\bwhile\b|\bbut\b)\s*", re.I)
_BEFORE_VERB = re.compile(rf"([^,;:“”\"()]{{2,90}}?)\s+(?:(?:has|have|had|was|were|is|are|been|also|earlier|previously) )*(?:{_REPORTING})\b")
#: Whether a sentence has a reporting verb at all: most do not, and the speaker patterns, which
#: try every position, are then not run.
_ANY_REPORTING = re.compile(rf"\b(?:{_REPORTING}|according to|citing|cited by)\b", re.I)
#: A speaker named after the verb: "according to X", "citing X", "quoted X", ", said X" (inverted).
_AFTER = re.compile(r"(?:\b(?:according to|citing|quoted|cited by)|,\s*(?:said|says))\s+([^,;.“”\"()]{2,90})", re.I)
#: A date or a vague time between the speaker and the verb is no part of the speaker.
_TIME_WORDS = re.compile(r"\b(?:on |last |this |earlier |on Monday|Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday|yesterday|today)\b.*$", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b")


def _category(phrase: str, lex: Lexicon) -> str | None:
    for name, pattern in lex.speakers:
        if pattern.search(phrase):
            return name
    return None


def find_speaker(text: str, lex: Lexicon, known: dict | None = None) -> tuple[str, str] | None:
    """Who a sentence's reporting verb names as its source, and the words that name them.

    "..., a resident of the city told RFA" → ``("anonymous_insider", "a resident of the city")``;
    "a lawmaker said, citing a military intelligence report" → the intelligence, the origin of
    the chain (``relay`` in the pack); "the analyst says" → ``other``. ``known`` maps speakers'
    names already placed to their attribution.

    Returns:
        ``(attribution, phrase)``, or None when no reporting verb names a source.
    """
    if not _ANY_REPORTING.search(text):
        return None
    found: list[tuple[int, int, str, str]] = []   # (relayed origins first, position, category, phrase)
    relay = lex.relay
    for m in _AFTER.finditer(text):
        phrase = m.group(1)
        cat = _category(phrase, lex) or _named(phrase, known)
        if cat:
            relayed = relay is not None and relay.search(text[max(0, m.start() - 2):m.end()])
            found.append((0 if relayed else 1, m.start(), cat, phrase.strip()))
    for m in _BEFORE_VERB.finditer(text):
        phrase = m.group(1)
        starts = list(_SPEAKER_START.finditer(phrase))
        if starts:
            phrase = phrase[starts[-1].end():]
        phrase = _TIME_WORDS.sub("", phrase)
        if not phrase.strip() or len(phrase.split()) > 10:
            continue
        cat = _category(phrase, lex) or _named(phrase, known)
        if cat:
            found.append((1, m.start(), cat, phrase.strip()))
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1]))   # a relayed origin, else the first speaker named
    return found[0][2], found[0][3]


def _named(phrase: str, known: dict | None) -> str | None:
    if not known:
        return None
    for name in _NAME.findall(phrase):
        if name in known:
            return known[name]
    return None


#: A sentence that goes on reporting what the source said: a pronoun or "the
#: source" opening it, a quotation, or hearsay ("reportedly").
_CONTINUES = re.compile(r"^\s*(?:He|She|They|The source|“|\")|\breportedly\b")


def sentence_attribution(text: str, state: AttributionState, lex: Lexicon,
                         new_paragraph: bool = False) -> tuple[str, str | None]:
    """The attribution of one sentence, updating ``state`` for the next.

    In insider-network reports the cited source is carried to the sentences
    after it, within its paragraph; a new paragraph without a cue is the
    outlet's own voice (background, analysis) unless it plainly goes on.

    Args:
        text: the sentence.
        state: carried from the previous sentence.
        lex: the compiled lexicon.
        new_paragraph: the sentence opens a paragraph.
    Returns:
        ``(attribution, cue text)``; the cue is None when the attribution was carried.
    """
    if new_paragraph and not text.lstrip().startswith(("“", '"')):
        state.in_quote = None  # a quotation that goes on opens its next paragraph with a quote mark
    found, cue = None, None
    speaker = find_speaker(text, lex, state.speakers)
    if speaker:
        found, cue = speaker
        for name in _NAME.findall(cue):
            state.speakers.setdefault(name, found)
    for name, pattern in lex.attribution if found is None else ():
        m = pattern.search(text)
        if m:
            found, cue = name, m.group()
            break
    if found == "anonymous_insider" and state.source_type not in lex.insider_source_types:
        # An unnamed "source" of a newsroom is whoever the report last named as one.
        found = state.cited if state.cited and state.cited != "anonymous_insider" else "other"
        if "government" in text.lower():
            found = "government_official"
    if found is None:
        if state.in_quote:
            found = state.in_quote
        elif state.source_type == "state_media":
            found = "state_media"
        elif state.carrying and (not new_paragraph or _CONTINUES.search(text)):
            found = "anonymous_insider"
        else:
            found = "outlet"
            state.carrying = False
    else:
        state.cited = found
        state.carrying = found == "anonymous_insider" and state.source_type in lex.insider_source_types
    opens, closes = sum(text.count(q) for q in _OPEN_QUOTES), sum(text.count(q) for q in _CLOSE_QUOTES)
    if opens > closes:
        state.in_quote = found
    elif closes > opens:
        state.in_quote = None
    return found, cue


def clause_around(text: str, pos: int) -> tuple[int, int]:
    """The clause of ``text`` containing offset ``pos`` (split at "but", ";", "adding")."""
    start, end = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def modality_of(clause: str, lex: Lexicon) -> tuple[str, str | None]:
    """``(modality, cue)`` of a clause: rumored, predicted, estimated, else asserted."""
    for name, pattern in lex.modality:
        m = pattern.search(clause)
        if m:
            return name, m.group()
    return "asserted", None

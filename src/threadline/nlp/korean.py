"""Korean reports: kiwipiepy's sentences and morphemes, wrapped as a spaCy ``Doc``.

The English pipeline's statistical model cannot read Korean, so Korean content goes
through this reader instead and comes out in the same shape: a ``Doc`` whose
sentences are kiwipiepy's, whose ``doc.spans["tl_mentions"]`` hold names found in
Hangul (the pack's gazetteer with particles and administrative suffixes handled,
numbered and named facilities, persons with titles) with ``kb_id_`` set to the pack's
id where it is known, and whose ``doc._.timexes`` are Korean TIMEX3. Extract, resolve
and store read it as they read an English ``Doc``.

Tokens follow kiwipiepy's morpheme boundaries, split further wherever a mention or
time expression begins or ends, so every span lands on token edges exactly:
"혜산시에서" is the tokens "혜산", "시", "에서", and the mention is "혜산시".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Iterator

from kiwipiepy import Kiwi
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from threadline.domain.korean import KoreanRules, load_korean, strip_suffix
from threadline.hangul import is_hangul
from threadline.ingest.offsets import OffsetMap
from threadline.model import Document
from threadline.nlp.extensions import MENTIONS_KEY, MODEL_MENTIONS_KEY, register
from threadline.temporal.korean import find_korean_timexes

#: Morpheme tags after which a name has ended: particles, copula, suffixes, bound nouns.
_AFTER_NAME = ("J", "VCP", "XSN", "XSV", "XSA", "NNB", "E")
_PARAGRAPH = re.compile(r"[^\n]+")
_WORD = re.compile(r"\S+")
_NONSPACE = re.compile(r"\S*")


class KoreanReader:
    """The Korean counterpart of ``build_nlp`` + ``annotate``, built once and reused.

    Args:
        domain_pack: the pack directory (None: the bundled one).
    """

    def __init__(self, domain_pack: str | None = None):
        register()
        # The model ships in the kiwipiepy_model package: nothing is downloaded.
        self.kiwi = Kiwi()
        self.rules: KoreanRules = load_korean(domain_pack)
        self.vocab = Vocab()
        self._by_prefix: dict[str, list[str]] = {}
        for surface in self.rules.names:
            if len(surface) >= 2:
                self._by_prefix.setdefault(surface[:2], []).append(surface)
        for surface in self.rules.known_persons:
            self._by_prefix.setdefault(surface[:2], []).append(surface)
        for found in self._by_prefix.values():
            found.sort(key=len, reverse=True)

    def annotate(self, documents: Iterable[Document]) -> Iterator[tuple[Document, Doc, OffsetMap]]:
        """Read each document's content (boilerplate cut out) into a ``Doc``.

        Yields:
            ``(document, doc, offset_map)`` in input order, as ``nlp.annotate`` does.
        """
        for document in documents:
            omap = OffsetMap.build(document.text, document.content)
            pub = document.published
            yield document, self.read(omap.clean, pub.value, pub.basis == "inferred"), omap

    def read(self, text: str, dct: str | None = None, dct_inferred: bool = False) -> Doc:
        """One Korean text as an annotated ``Doc`` (offsets into ``text``)."""
        sentences, tokens = self._morphemes(text)
        mentions = self._mentions(text, tokens)
        timexes = find_korean_timexes(text, dct, dct_inferred)
        cuts = {0, len(text)} | {s for s, _ in sentences}
        for start, end, _tag, _form in tokens:
            cuts.update((start, end))
        for start, end, _kind, _kb in mentions:
            cuts.update((start, end))
        for t in timexes:
            cuts.update((t.start, t.end))
        doc = _make_doc(self.vocab, text, sorted(cuts), {s for s, _ in sentences})
        spans = []
        for start, end, kind, kb in mentions:
            span = doc.char_span(start, end, label=kind, kb_id=kb or "")
            if span is not None:
                spans.append(span)
        doc.spans[MENTIONS_KEY] = sorted(filter_spans(spans), key=lambda s: s.start)
        doc.spans[MODEL_MENTIONS_KEY] = []
        doc._.dct = dct
        doc._.dct_inferred = dct_inferred
        doc._.timexes = timexes
        doc._.morphemes = tokens
        return doc

    # -- morphemes ------------------------------------------------------------
    def _morphemes(self, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str, str]]]:
        """Sentences (a line break always ends one) and morphemes ``(start, end, tag, form)``."""
        paragraphs = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
        sentences: list[tuple[int, int]] = []
        tokens: list[tuple[int, int, str, str]] = []
        if not paragraphs:
            return sentences, tokens
        for (offset, _), sents in zip(paragraphs, self.kiwi.split_into_sents([p for _, p in paragraphs],
                                                                               return_tokens=True)):
            for s in sents:
                sentences.append((offset + s.start, offset + s.end))
                for t in s.tokens or ():
                    # Contracted morphemes (했 = 하 + 었) share characters: keep offsets in order.
                    start = offset + t.start
                    tokens.append((start, start + t.len, t.tag, t.form))
        return sentences, tokens

    # -- mentions -------------------------------------------------------------
    def _mentions(self, text: str, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str | None]]:
        after = {start: tag for start, _end, tag, _form in tokens}
        found: list[tuple[int, int, str, str | None]] = []
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        for ws, we in words:
            self._names_in_word(text, ws, we, after, found)
            self._facility_in_word(text, ws, we, found)
        for m in self.rules.numbered_facility.finditer(text):
            found.append((m.start(), m.end(), "facility", self.rules.facility_numbers.get(m.group(1))))
        self._titled_persons(text, words, found)
        self._unknown_places(text, tokens, {ws for ws, _ in words}, found)
        return _longest(found)

    def _unknown_places(self, text: str, tokens, word_starts: set[int], found) -> None:
        """Places the pack lacks, named with an administrative suffix: "룡전리", "득장노동자구".

        Only a proper noun (the analyser's NNP) that opens a word counts: "인민군" and
        "해군" end in 군 too, but are common nouns.
        """
        for start, end, tag, _form in tokens:
            if tag != "NNP" or start not in word_starts:
                continue
            form = text[start:end]
            if form in self.rules.names or not all(is_hangul(c) for c in form):
                continue
            if strip_suffix(form, self.rules.admin_suffixes)[1] is not None:
                found.append((start, end, "place", None))

    def _ends_name(self, text: str, j: int, word_end: int, after: dict[int, str]) -> bool:
        """Whether a name may end at ``j``: the word ends, or a particle or suffix follows."""
        if j >= word_end or not is_hangul(text[j]):
            return not (j < len(text) and text[j].isalnum() and not is_hangul(text[j]))
        rest = text[j:word_end]
        if any(rest.startswith(p) for p in self.rules.particles):
            return True
        if rest.startswith(self.rules.demonym_suffixes):
            return False  # "중국산", "북한군": made in, army of; no mention of the place
        return after.get(j, "").startswith(_AFTER_NAME)

    def _names_in_word(self, text, ws, we, after, found) -> None:
        """Gazetteer names and known persons at the start of a word or of a morpheme in it."""
        while ws < we and not text[ws].isalnum():
            ws += 1  # an opening quote or bracket
        positions = [ws] + [s for s in range(ws + 1, we - 1) if s in after and after[s].startswith("NNP")]
        for i in positions:
            for surface in self._by_prefix.get(text[i:i + 2], ()):
                if surface in self.rules.bare and not after.get(i, "").startswith("NNP"):
                    continue
                j = i + len(surface)
                # A name of two words ("영변 핵시설") ends in a later word.
                end = we if j <= we else _NONSPACE.match(text, j).end()
                if (j <= we or " " in surface) and text.startswith(surface, i) and self._ends_name(text, j, end, after):
                    if surface in self.rules.known_persons:
                        found.append((i, j, "person", None))
                    else:
                        kind, eid = self.rules.names[surface][0]
                        found.append((i, j, kind, eid))
                    break

    def _facility_in_word(self, text, ws, we, found) -> None:
        """A named facility written as one word: "구성공작기계공장", "혜산청년광산을"."""
        word = text[ws:we]
        for head in self.rules.facility_heads:
            k = word.find(head)
            if k <= 0:
                continue
            end = k + len(head)
            name = word[:end]
            if name in self.rules.names:
                return  # the gazetteer has it, with its id
            # A name, not a description: it begins with a place the pack knows, or a number.
            prefix_known = any(name.startswith(p) and len(p) < k + 1 for p in self._place_prefixes(name))
            if prefix_known or name[0].isdigit():
                found.append((ws, ws + end, "facility", None))
            return

    def _place_prefixes(self, name: str) -> list[str]:
        return [s for s in self._by_prefix.get(name[:2], ())
                if name.startswith(s) and self.rules.names.get(s, (("",),))[0][0] == "place"]

    def _titled_persons(self, text: str, words: list[tuple[int, int]], found) -> None:
        """Korean names beside a title: "국방상 노광철", "김정은 총비서", "박선원 의원"."""
        titles = self.rules.person_titles
        for n, (ws, we) in enumerate(words):
            word = text[ws:we]
            title = next((t for t in titles if word.startswith(t) and (len(word) == len(t) or
                          any(word[len(t):].startswith(p) for p in self.rules.particles))), None)
            if title is None:
                continue
            if n > 0:  # name before the title
                ps, pe = words[n - 1]
                if self._is_name(text[ps:pe]):
                    found.append((ps, pe, "person", None))
                    continue
            if word == title and n + 1 < len(words):  # title before the name
                ns, ne = words[n + 1]
                name = _strip_particle(text[ns:ne], self.rules.particles)
                if self._is_name(name):
                    found.append((ns, ns + len(name), "person", None))

    def _is_name(self, word: str) -> bool:
        return (2 <= len(word) <= 4 and all(is_hangul(c) for c in word) and word[0] in self.rules.surnames
                and word not in self.rules.names and strip_suffix(word, self.rules.admin_suffixes)[1] is None)


#: Morphemes that carry content: nouns, verbs and adjectives (not auxiliaries), adverbs.
_CONTENT = ("NN", "NR", "NP", "VV", "VA", "MAG")
#: Verb-forming suffixes after a noun: "발사하다", its passive "발사되다" is the same act.
_NOUN_VERB = {"하": "하", "되": "하"}


def content_lemmas(morphemes: list[tuple[int, int, str, str]], start: int, end: int) -> list[tuple[str, int, int]]:
    """The content words of ``[start, end)`` as lemmas, in order: ``(lemma, start, end)``.

    A verb is its stem, whatever its ending ("보낸", "보냈습니다" are both "보내"); a noun
    with 하/되 is one verb ("추정하고" is "추정하", "소환됐다" is "소환하"); particles,
    endings and auxiliaries ("있다" of "짓고 있다") are left out, so that a cue written as
    lemmas ("들어가 수 없") matches every inflection of it.

    Args:
        morphemes: ``doc._.morphemes`` of a Korean ``Doc``.
        start, end: character range (a sentence).
    Returns:
        ``(lemma, start, end)`` with offsets into the document text.
    """
    out: list[tuple[str, int, int]] = []
    morphemes = morphemes if isinstance(morphemes, list) else list(morphemes)
    first = bisect_left(morphemes, start, key=lambda m: m[0])  # morphemes are in text order
    for m0, m1, tag, form in morphemes[first:]:
        if m0 >= end:
            break
        if tag.startswith("XSV") and form in _NOUN_VERB and out and out[-1][2] == m0:
            lemma, s0, _ = out[-1]
            out[-1] = (lemma + _NOUN_VERB[form], s0, m1)
        elif tag.startswith(_CONTENT):
            out.append((form, m0, m1))
    return out


def _strip_particle(word: str, particles: tuple[str, ...]) -> str:
    for p in particles:
        if word.endswith(p) and len(word) - len(p) >= 2:
            return word[: -len(p)]
    return word


def _longest(found: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str | None]]:
    """Non-overlapping mentions, longest first; of equal length, the one with a known id."""
    chosen: list[tuple[int, int, str, str | None]] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(found, key=lambda m: (-(m[1] - m[0]), m[3] is None, m[0])):
        if not any(m[0] < e and s < m[1] for s, e in taken):
            chosen.append(m)
            taken.append((m[0], m[1]))
    return sorted(chosen)


def _make_doc(vocab: Vocab, text: str, cuts: list[int], sentence_starts: set[int]) -> Doc:
    """A ``Doc`` over ``text`` with a token edge at every cut and at every whitespace run."""
    edges = set(cuts)
    for m in re.finditer(r"\s+", text):
        edges.update((m.start(), m.end()))
    edges = sorted(e for e in edges if 0 <= e <= len(text))
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    for a, b in zip(edges, edges[1:]):
        piece = text[a:b]
        if not piece:
            continue
        if piece == " " and words and not spaces[-1] and not words[-1].isspace():
            spaces[-1] = True
            continue
        words.append(piece)
        spaces.append(False)
        starts.append(a)
    if not words:
        return Doc(vocab, words=[])
    sent = [True] + [s in sentence_starts for s in starts[1:]]
    # Sentence starts must not fall on whitespace tokens: move them to the next word.
    for i in range(1, len(words)):
        if sent[i] and words[i].isspace():
            sent[i] = False
            if i + 1 < len(words):
                sent[i + 1] = True
    return Doc(vocab, words=words, spaces=spaces, sent_starts=sent)


__all__ = ["KoreanReader", "content_lemmas"]

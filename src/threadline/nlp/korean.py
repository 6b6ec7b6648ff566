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
from bisect import bisect_left, bisect_right
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
#: A run of Hanja (CJK ideographs), as headlines abbreviate countries: "北", "美".
_HANJA_RUN = re.compile(r"[\u4e00-\u9fff]+")
#: Two country Hanja that together name something else: 北美 is North America, 北韓 one country.
_HANJA_NOT_PAIRS = frozenset({"北美", "南美", "北韓", "南韓", "中美洲"})
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
        weak: list[tuple[int, int, str, str | None]] = []
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        for ws, we in words:
            self._names_in_word(text, ws, we, after, found, weak)
            self._facility_in_word(text, ws, we, found, after)
        for m in self.rules.numbered_facility.finditer(text):
            found.append((m.start(), m.end(), "facility", self.rules.facility_numbers.get(m.group(1))))
        self._hanja_countries(text, found)
        self._titled_persons(text, words, tokens, found)
        self._unknown_places(text, tokens, {ws for ws, _ in words}, found)
        found += self._in_place_context(text, words, weak, found)
        return self._not_branches(text, _longest(found))

    def _in_place_context(self, text, words, weak, found) -> list[tuple[int, int, str, str | None]]:
        """Names that are common words too ("구성", composition; 구성시, Kusong), kept where a
        place or a named facility stands beside them ("北 구성 방현", "구성의 제65호 공장") or a
        facility noun follows ("구성 군수공장에")."""
        if not weak:
            return []
        places = [(s, e) for s, e, kind, _ in found if kind in ("place", "facility")]
        starts = [w[0] for w in words]
        kept = []
        for m in weak:
            n = bisect_right(starts, m[0]) - 1  # the word it is in (an opening quote may come first)
            if n < 0:
                continue
            beside = [words[k] for k in (n - 1, n + 1) if 0 <= k < len(words)]
            if any(ws <= ps < we for ws, we in beside for ps, _ in places) or (
                    n + 1 < len(words) and text.startswith(self.rules.facility_heads, words[n + 1][0])):
                kept.append(m)
        return kept

    def _not_branches(self, text, mentions):
        """A security body named after a place is that place's branch ("혜산시 보위부", the city's
        state security department), not the ministry: no mention of the ministry."""
        out = []
        for k, m in enumerate(mentions):
            if m[2] == "organization" and m[3] in self.rules.branched and k > 0:
                ps, pe, kind, eid = mentions[k - 1]
                if kind == "place" and (eid is None or eid in self.rules.subnational) and text[pe:m[0]].strip() == "":
                    continue
            out.append(m)
        return out

    def _hanja_countries(self, text: str, found) -> None:
        """Countries written as one Hanja in headlines: "北, 동해상으로…", "美 CSIS". A run of
        Hanja names countries only when every character is one ("北中" is two; "北京" none)."""
        table = self.rules.hanja_countries
        if not table:
            return
        for m in _HANJA_RUN.finditer(text):
            run = m.group()
            if len(run) > 2 or run in _HANJA_NOT_PAIRS or not all(c in table for c in run):
                continue
            for k, c in enumerate(run):
                found.append((m.start() + k, m.start() + k + 1, "place", table[c]))

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

    def _ends_name(self, text: str, j: int, word_end: int, after: dict[int, str], body: bool = False) -> bool:
        """Whether a name may end at ``j``: the word ends, or a particle or suffix follows."""
        if j >= word_end or not is_hangul(text[j]):
            return not (j < len(text) and text[j].isalnum() and not is_hangul(text[j]))
        rest = text[j:word_end]
        if any(rest.startswith(p) for p in self.rules.particles):
            return True
        if rest.startswith(self.rules.demonym_suffixes):
            return False  # "중국산", "북한군": made in, army of; no mention of the place
        if body and rest.startswith(self.rules.name_followers):
            return True  # "군수공업부장": the head of the department, which is named (a body's name only:
            # "위원장" is a title, not Wiwon's head)
        return after.get(j, "").startswith(_AFTER_NAME)

    def _names_in_word(self, text, ws, we, after, found, weak) -> None:
        """Gazetteer names and known persons at the start of a word or of a morpheme in it."""
        while ws < we and not text[ws].isalnum():
            ws += 1  # an opening quote or bracket
        # A name begins the word, or a proper noun in it, or follows a bracket in it ("연구원(KIDA)의").
        positions = [ws] + [s for s in range(ws + 1, we - 1) if s in after and (
            after[s].startswith("NNP") or (not text[s - 1].isalnum() and text[s].isalnum()))]
        for i in positions:
            for surface in self._by_prefix.get(text[i:i + 2], ()):
                is_weak = surface in self.rules.bare and not after.get(i, "").startswith("NNP")
                j = i + len(surface)
                # A name of two words ("영변 핵시설") ends in a later word.
                end = we if j <= we else _NONSPACE.match(text, j).end()
                body = self.rules.names.get(surface, (("",),))[0][0] == "organization"
                if (j <= we or " " in surface) and text.startswith(surface, i) and self._ends_name(text, j, end, after, body):
                    if is_weak:
                        kind, eid = self.rules.names[surface][0]
                        weak.append((i, j, kind, eid))  # kept only beside a place (_in_place_context)
                        continue
                    if surface in self.rules.known_persons:
                        found.append((i, j, "person", None))
                    else:
                        kind, eid = self.rules.names[surface][0]
                        found.append((i, j, kind, eid))
                    break

    def _facility_in_word(self, text, ws, we, found, after=None) -> None:
        """A named facility written as one word: "구성공작기계공장", "혜산청년광산을", "하산역",
        "장자강공작기계공장" (a proper noun the pack lacks, then the head)."""
        word = text[ws:we]
        for head in self.rules.station_heads:
            # A one-syllable head ("역", station) names a facility only right after a known place.
            for place in self._place_prefixes(word):
                end = len(place) + len(head)
                if word.startswith(head, len(place)) and (end == len(word) or any(
                        word.startswith(p, end) for p in self.rules.particles)):
                    found.append((ws, ws + end, "facility", None))
                    return
        for head in self.rules.facility_heads:
            k = word.find(head)
            if k <= 0:
                continue
            end = k + len(head)
            name = word[:end]
            if name in self.rules.names:
                return  # the gazetteer has it, with its id
            # A name, not a description: it begins with a place the pack knows, a number, or a
            # word the analyser reads as a proper noun ("장자강", the river the plant is named for).
            prefix_known = any(name.startswith(p) and len(p) < k + 1 for p in self._place_prefixes(name))
            proper = k >= 2 and (after or {}).get(ws, "").startswith("NNP")
            if prefix_known or proper or name[0].isdigit():
                found.append((ws, ws + end, "facility", None))
            return

    def _place_prefixes(self, name: str) -> list[str]:
        return [s for s in self._by_prefix.get(name[:2], ())
                if name.startswith(s) and self.rules.names.get(s, (("",),))[0][0] == "place"]

    def _titled_persons(self, text: str, words: list[tuple[int, int]], tokens, found) -> None:
        """Names beside a title: "국방상 노광철", "김정은 총비서", "박선원 의원", and names written in
        Hangul from another language: "안드레이 벨로우소프 러시아 국방장관", "대통령 울라지미르
        울라지미로비치 뿌찐동지". A title may end a word ("국방장관"); a country or body the pack
        knows may stand between the name and its title ("노광철 북한 국방상"). The name must be a
        proper noun to the morpheme analyser: "공장 지배인", "하면 지배인과" name nobody."""
        proper = _ProperNouns(tokens)
        for n, (ws, we) in enumerate(words):
            if not self._is_title_word(text[ws:we]):
                continue
            k = n - 1
            between = k > 0 and self._known_word(text, *words[k])
            if between:
                k -= 1  # "러시아 국방장관", "크렘린궁 대변인": the name comes before the body
            if k >= 0:
                span = self._name_before(text, words, k, proper)
                if span is None and between and self._is_foreign_name(text, [words[k]], proper):
                    span = words[k]  # "시진핑 중국 국가주석": one word, told apart by the country between
                if span is not None:
                    found.append((*span, "person", None))
                    continue
            if n + 1 < len(words) and self._title_ends(text[ws:we]):
                span = self._name_after(text, words, n + 1, proper)
                if span is not None:
                    found.append((*span, "person", None))

    def _is_title_word(self, word: str) -> bool:
        """A word that is a title, alone, with a particle, or at the end of a compound ("국방장관은")."""
        core = _strip_particles(word, self.rules.particles)
        return any(core == t or (len(t) >= 2 and core.endswith(t) and len(core) - len(t) <= 3)
                   for t in self.rules.person_titles)

    def _title_ends(self, word: str) -> bool:
        """The title is the whole word: a name may follow it ("국방상 노광철동지")."""
        return any(word == t or (len(t) >= 2 and word.endswith(t) and len(word) - len(t) <= 3)
                   for t in self.rules.person_titles)

    def _known_word(self, text: str, ws: int, we: int) -> bool:
        word = _strip_particles(text[ws:we], self.rules.particles)
        return word in self.rules.names

    def _name_before(self, text, words, k, proper) -> tuple[int, int] | None:
        """The name that ends with word ``k``: a Korean name (one word) or a foreign one (two or
        three words, each a proper noun)."""
        ps, pe = words[k]
        for size in (3, 2):
            if k - size + 1 >= 0 and self._is_foreign_name(text, words[k - size + 1:k + 1], proper):
                return words[k - size + 1][0], pe
        if self._is_name(text[ps:pe]) and proper.may_name(ps, pe):
            return ps, pe
        return None

    def _name_after(self, text, words, i, proper) -> tuple[int, int] | None:
        """The name that begins with word ``i`` after a title: "노광철은", "안드레이 벨로우쏘브동지와".
        The name ends where the analyser's proper noun ends, before particles and "동지"."""
        ns, ne = words[i]
        for size in (3, 2):
            if i + size > len(words):
                continue
            last_s, last_e = words[i + size - 1]
            last_end = proper.end_of(last_s, last_e)
            if last_end is not None and self._is_foreign_name(text, [*words[i:i + size - 1], (last_s, last_end)], proper):
                return ns, last_end
        name = _strip_particles(text[ns:ne], self.rules.particles)
        if self._is_name(name) and proper.may_name(ns, ns + len(name)):
            return ns, ns + len(name)
        return None

    def _is_foreign_name(self, text: str, span: list[tuple[int, int]], proper) -> bool:
        """Two or three Hangul words, each a proper noun the pack does not know: a name
        transliterated from another language."""
        for ws, we in span:
            word = text[ws:we]
            if not (2 <= len(word) <= 8 and all(is_hangul(c) for c in word)):
                return False
            if word in self.rules.names or self._title_ends(word) or not proper.covers(ws, we):
                return False
            if any(word.startswith(s) for s in self._by_prefix.get(word[:2], ()) if s not in self.rules.known_persons):
                return False  # it begins with a known place or body
        return True

    def _is_name(self, word: str) -> bool:
        return (2 <= len(word) <= 4 and all(is_hangul(c) for c in word) and word[0] in self.rules.surnames
                and word not in self.rules.names and strip_suffix(word, self.rules.admin_suffixes)[1] is None)


class _ProperNouns:
    """Which character ranges the morpheme analyser reads as proper nouns (NNP)."""

    def __init__(self, tokens: list[tuple[int, int, str, str]]):
        self.tokens = tokens
        self.starts = [t[0] for t in tokens]

    def end_of(self, start: int, limit: int) -> int | None:
        """Where the run of proper nouns over ``start`` ends (not past ``limit``), or None."""
        end = None
        for t in self._overlapping(start, limit):
            if t[2] != "NNP" or t[0] > (end if end is not None else start) or t[1] > limit:
                break
            end = t[1]
        return end

    def _overlapping(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        i = max(bisect_left(self.starts, start) - 1, 0)
        out = []
        while i < len(self.tokens) and self.tokens[i][0] < end:
            if self.tokens[i][1] > start:
                out.append(self.tokens[i])
            i += 1
        return out

    def covers(self, start: int, end: int) -> bool:
        """Every morpheme over ``[start, end)`` is a proper noun (one may run on over a space:
        the analyser reads "드미트리 페스코프" as one)."""
        found = self._overlapping(start, end)
        return bool(found) and found[0][0] <= start and all(t[2] == "NNP" for t in found)

    def may_name(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` may be a Korean name: no verb, ending or particle in it, and
        not one common noun ("공장", "지배인"). The analyser does not know every name
        ("윤/NNP 재/NNG 형/XSN"), so a name need not be read as one proper noun."""
        found = self._overlapping(start, end)
        if not found or any(t[2].startswith(("V", "E", "J", "XSV", "XSA", "MM", "MA")) for t in found):
            return False
        return not (len(found) == 1 and found[0][2].startswith(("NNG", "NNB", "NP")))


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


def _strip_particles(word: str, particles: tuple[str, ...]) -> str:
    """The word without the particles and the "동지" (comrade) after a name: "노광철동지를" is "노광철"."""
    k = word.find("동지")
    if k >= 2:
        word = word[:k]
    changed = True
    while changed:
        changed = False
        for p in particles:
            if word.endswith(p) and len(word) - len(p) >= 2:
                word, changed = word[: -len(p)], True
                break
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

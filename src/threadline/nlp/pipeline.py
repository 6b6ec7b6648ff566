"""Building the one spaCy ``Language`` and running documents through it."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Iterable, Iterator, TypeVar

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from threadline.ingest.offsets import SEPARATOR, OffsetMap, sections
from threadline.model import Document, Span
from threadline.nlp import entities as _entities  # noqa: F401  (registers the factory)
from threadline.nlp import timex_component as _timex  # noqa: F401  (registers the component)
from threadline.nlp.extensions import register
from threadline.nlp.model import load_base_model
from threadline.settings import Settings

T = TypeVar("T")

#: Components of en_core_web_sm Threadline never reads: the lemmatizer (the
#: trigger lexicon lists word forms) and the attribute ruler (coarse POS).
EXCLUDED = ["lemmatizer", "attribute_ruler"]
#: Without the dependency parse, the shared tok2vec feeds nothing Threadline
#: reads: the model's NER carries its own embedding layer, so its entities are
#: the same with or without these. Sentences then come from punctuation and
#: line breaks. This is what lets the whole product outrun the bare model.
EXCLUDED_WITHOUT_PARSE = EXCLUDED + ["tok2vec", "tagger", "parser", "senter"]


_LINE_BREAK = re.compile(r"\n\s*(?=\S)")
#: A sentence ends at a full stop, "!" or "?" that the tokenizer split off as a
#: token of its own ("Mar." and "U.S." stay whole), after any closing quotes or
#: brackets, when the next word opens like a sentence (a capital: after "No. 26"
#: or "Vol. 3" a digit goes on).
_SENTENCE_END = re.compile(r"(?<=[.!?…])[”’\"')\]]*\s+(?=[“‘\"'(\[]?[A-Z])")


@Language.component("threadline_paragraphs_v1", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs are never run together."""
    starts = doc.to_array("IDX").tolist()
    for m in _LINE_BREAK.finditer(doc.text):
        i = bisect_left(starts, m.end())
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    return doc


@Language.component("threadline_sentences_v1", assigns=["token.is_sent_start"])
def sentences(doc: Doc) -> Doc:
    """Rule-based sentences for the pipeline without a parser: punctuation and line breaks.

    Unlike spaCy's sentencizer it never glues an opening bracket or quote to
    the sentence before it ("... of 2023. (Rodong Sinmun)"), and whitespace
    between paragraphs is never a sentence of its own.
    """
    if not len(doc):
        return doc
    starts = doc.to_array("IDX").tolist()
    flags = [False] * len(doc)
    flags[0] = True
    text = doc.text
    for pattern in (_LINE_BREAK, _SENTENCE_END):
        for m in pattern.finditer(text):
            i = bisect_left(starts, m.end())
            if 0 < i < len(doc) and starts[i] == m.end():
                # Only a stop the tokenizer split off ends a sentence: "Mar. 2" goes on.
                if pattern is _SENTENCE_END and not _ends_with_stop(doc, i):
                    continue
                flags[i] = True
    # One array write: setting ``token.is_sent_start`` checks the whole doc's parse
    # on every call, which made long reports cost the square of their length.
    doc.from_array([SENT_START], numpy.array([1 if f else -1 for f in flags], dtype="int64").astype("uint64")[:, None])
    return doc


def _ends_with_stop(doc: Doc, i: int) -> bool:
    j = i - 1
    while j > 0 and doc[j].text in ("”", "’", '"', "'", ")", "]") or doc[j].is_space:
        j -= 1
    return doc[j].text in (".", "!", "?", "…", "...")


def build_nlp(settings: Settings) -> Language:
    """The full pipeline: the model's NER (and parse, if asked), then entities and timexes.

    Args:
        settings: ``spacy_model``, ``domain_pack`` and ``dependency_parse``.
    Returns:
        a ``Language`` whose components are ``threadline_sentences_v1``
        (punctuation and line breaks), ``ner, threadline_entities_v1,
        threadline_timex_v1``; with ``settings.dependency_parse``, ``tok2vec,
        tagger, threadline_paragraphs_v1`` (line breaks start sentences) and
        ``parser`` replace the first.
    """
    register()
    if settings.dependency_parse:
        nlp = load_base_model(settings.spacy_model, exclude=EXCLUDED)
        nlp.add_pipe("threadline_paragraphs_v1", before="parser")
    else:
        nlp = load_base_model(settings.spacy_model, exclude=EXCLUDED_WITHOUT_PARSE)
        nlp.add_pipe("threadline_sentences_v1", first=True)
    nlp.add_pipe("threadline_entities_v1", config={"domain_pack": settings.domain_pack})
    nlp.add_pipe("threadline_timex_v1")
    # Long reports reach the pipeline in sections (see ``annotate``), so no text
    # is over ``max_length``; raise it only if the sections are set larger.
    nlp.max_length = max(nlp.max_length, settings.section_chars + 16)
    return nlp


def build_clause_nlp(settings: Settings) -> Language:
    """The model's tok2vec, tagger and parser alone: what parses the sentences that state events."""
    return load_base_model(settings.spacy_model, exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])


def _content_chars(document: Document) -> int:
    """The length of the cleaned text ``OffsetMap`` would build for the document."""
    spans = document.content or (Span(0, len(document.text)),)
    return sum(s.end - s.start for s in spans) + len(SEPARATOR) * (len(spans) - 1)


def annotate(nlp: Language, documents: Iterable[Document], batch_size: int,
             section_chars: int | None = None) -> Iterator[tuple[Document, Doc, OffsetMap]]:
    """Run documents through the pipeline in batches.

    The pipeline sees each document's content only (boilerplate cut out); the
    returned ``OffsetMap`` takes every offset of the ``Doc`` back to the original.

    Args:
        nlp: the pipeline (``build_nlp``).
        documents: the reports.
        batch_size: documents per ``nlp.pipe`` batch.
        section_chars: a report whose content is longer is annotated in sections
            of at most this many characters (see ``ingest.offsets.sections``),
            each yielded as a ``Doc`` of its own; and a batch holds at most this
            many characters (or one longer text). None never splits.
    Yields:
        ``(document, doc, offset_map)`` in input order; a split report's
        sections follow one another, in text order.
    """
    # The model's working memory grows with the tokens of a whole batch (about
    # 20 kB a token: a batch of eight 100,000-character sections of one report
    # peaked at 2.5 GB), so batches are bounded by characters as well as by
    # count, and each is annotated only when the one before has been taken.
    for batch in bounded(_sections(documents, section_chars), batch_size, section_chars):
        docs = (_make_doc(nlp, document, omap) for document, omap in batch)
        for (document, omap), doc in zip(batch, nlp.pipe(docs, batch_size=batch_size)):
            yield document, doc, omap


def _sections(documents: Iterable[Document], section_chars: int | None) -> Iterator[tuple[Document, OffsetMap]]:
    """Each document's content, or each section of a long one, with its offset map."""
    for document in documents:
        groups = [tuple(document.content)]
        if section_chars and _content_chars(document) > section_chars:
            groups = sections(document.text, document.content, section_chars)
        for group in groups:
            yield document, OffsetMap.build(document.text, group)


def bounded(items: Iterable[T], size: int, chars: int | None,
            length: Callable[[T], int] = lambda item: len(item[1].clean)) -> Iterator[list[T]]:
    """Batches of at most ``size`` items and ``chars`` characters (``length`` of each; by default
    the offset map's text of a ``(document, omap)``); a longer item goes alone."""
    batch: list[T] = []
    total = 0
    for item in items:
        n = length(item)
        if batch and (len(batch) >= size or (chars and total + n > chars)):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += n
    if batch:
        yield batch


def _make_doc(nlp: Language, document: Document, omap: OffsetMap) -> Doc:
    doc = nlp.make_doc(omap.clean)
    pub = document.published
    doc._.dct = pub.value
    doc._.dct_inferred = pub.basis == "inferred"
    return doc

"""Building the one spaCy ``Language`` and running documents through it."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from threadline.ingest.offsets import OffsetMap
from threadline.model import Document
from threadline.nlp import entities as _entities  # noqa: F401  (registers the factory)
from threadline.nlp import timex_component as _timex  # noqa: F401  (registers the component)
from threadline.nlp.extensions import register
from threadline.nlp.model import load_base_model
from threadline.settings import Settings

#: Components of en_core_web_sm Threadline never reads: the lemmatizer (the
#: trigger lexicon lists word forms) and the attribute ruler (we read fine
#: tags, not coarse POS). Leaving them out pays for our own components.
EXCLUDED = ["lemmatizer", "attribute_ruler"]


_LINE_BREAK = re.compile(r"\n\s*(?=\S)")


@Language.component("threadline_paragraphs_v1", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs are never run together."""
    starts = doc.to_array("IDX").tolist()
    for m in _LINE_BREAK.finditer(doc.text):
        i = bisect_left(starts, m.end())
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    return doc


def build_nlp(settings: Settings) -> Language:
    """The full pipeline: tagger, parser and NER from the model, then entities and timexes.

    Args:
        settings: ``spacy_model`` and ``domain_pack``.
    Returns:
        a ``Language`` whose components are ``tok2vec, tagger, senter`` (or
        ``parser`` with ``settings.dependency_parse``), ``threadline_paragraphs_v1``
        (line breaks start sentences), ``ner, threadline_entities_v1,
        threadline_timex_v1``.
    """
    register()
    if settings.dependency_parse:
        nlp = load_base_model(settings.spacy_model, exclude=EXCLUDED)
        nlp.add_pipe("threadline_paragraphs_v1", before="parser")
    else:
        # The sentence recogniser costs a fraction of the parser; see Settings.dependency_parse.
        nlp = load_base_model(settings.spacy_model, exclude=EXCLUDED + ["parser"])
        nlp.enable_pipe("senter")
        nlp.add_pipe("threadline_paragraphs_v1", after="senter")
    nlp.add_pipe("threadline_entities_v1", config={"domain_pack": settings.domain_pack})
    nlp.add_pipe("threadline_timex_v1")
    return nlp


def annotate(nlp: Language, documents: Iterable[Document], batch_size: int
             ) -> Iterator[tuple[Document, Doc, OffsetMap]]:
    """Run documents through the pipeline in batches.

    The pipeline sees each document's content only (boilerplate cut out); the
    returned ``OffsetMap`` takes every offset of the ``Doc`` back to the original.

    Yields:
        ``(document, doc, offset_map)`` in input order.
    """
    pending: list[tuple[Document, OffsetMap]] = []

    def docs() -> Iterator[Doc]:
        for document in documents:
            omap = OffsetMap.build(document.text, document.content)
            pending.append((document, omap))
            doc = nlp.make_doc(omap.clean)
            pub = document.published
            doc._.dct = pub.value
            doc._.dct_inferred = pub.basis == "inferred"
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        document, omap = pending.pop(0)
        yield document, doc, omap

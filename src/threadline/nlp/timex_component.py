"""The TIMEX3 spaCy component: wraps ``threadline.temporal.find_timexes``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from threadline.nlp.extensions import register
from threadline.temporal import find_timexes

register()


@Language.component("threadline_timex_v1", assigns=["doc._.timexes"], requires=["doc._.dct"])
def timex_component(doc: Doc) -> Doc:
    """Find and normalise time expressions against ``doc._.dct``."""
    doc._.timexes = find_timexes(doc.text, doc._.dct, dct_inferred=bool(doc._.dct_inferred))
    return doc

"""Custom attributes Threadline's spaCy components read and write on a ``Doc``.

- ``doc._.dct``: the document creation time (``YYYY-MM-DD`` or a coarser prefix) or None.
- ``doc._.dct_inferred``: True when the DCT was inferred rather than stated or given.
- ``doc._.timexes``: ``threadline.model.Timex`` records, offsets into ``doc.text``.
- ``doc._.morphemes``: Korean documents only: kiwipiepy's morphemes as ``(start, end, tag, form)``,
  offsets into ``doc.text``; a verb's form is its stem ("보낸" is "보내"/VV), so cues can name
  lemmas rather than every inflected surface.
- ``doc.spans["tl_mentions"]``: entity mentions, label = kind; ``span.kb_id_`` holds the
  domain-pack id when the gazetteer or a pattern knows the entity.
- ``doc.spans["tl_model_mentions"]``: those of the mentions that only the statistical
  model found (their kind is a guess the domain pack may correct).
"""
from __future__ import annotations

from spacy.tokens import Doc

MENTIONS_KEY = "tl_mentions"
MODEL_MENTIONS_KEY = "tl_model_mentions"


def register() -> None:
    """Register the attributes once per process (idempotent)."""
    for name, default in (("dct", None), ("dct_inferred", False), ("timexes", None), ("morphemes", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)

"""The spaCy pipeline: the statistical English model plus Threadline's own components."""
from threadline.nlp.pipeline import annotate, build_clause_nlp, build_nlp

__all__ = ["build_nlp", "build_clause_nlp", "annotate"]

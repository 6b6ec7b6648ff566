"""Small builders shared by the tests: a Document from text written in the test itself."""
from __future__ import annotations

from threadline.ingest.document import build_document


def doc_from(text: str, doc_id: str = "t1", published: str | None = "2024-03-07", outlet: str | None = None):
    """A Document for a text the test wrote, with a given publication date."""
    return build_document(text, source=f"{doc_id}.txt", doc_id=doc_id, published=published, outlet=outlet)


def extract_one(extractor, text: str, **kwargs):
    """Run the whole extraction path on one text; returns the Extraction."""
    return next(iter(extractor.extract([doc_from(text, **kwargs)])))


def tl(*args):
    """Run the ``threadline`` command in-process, as a user would type it (no environment)."""
    from typer.testing import CliRunner

    from threadline import cli
    return CliRunner().invoke(cli.app, [str(a) for a in args], env={}, catch_exceptions=False)

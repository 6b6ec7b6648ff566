"""Small builders shared by the tests: a Document from text written in the test itself, a fresh
knowledge base on either backend, the command line run in-process."""
from __future__ import annotations

import os
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from threadline.ingest.document import build_document

PG_URL = os.environ.get("THREADLINE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


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


@contextmanager
def fresh_db_url(backend: str, folder: Path, prefix: str = "threadline_test") -> Iterator[str]:
    """The URL of an empty knowledge base: a SQLite file in ``folder``, or a schema of its own on
    the PostgreSQL server (``THREADLINE_TEST_POSTGRES``), dropped afterwards; the test is skipped
    when the server does not answer."""
    if backend == "sqlite":
        yield str(folder / "kb.db")
        return
    import psycopg
    conninfo = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(conninfo, connect_timeout=3):
            pass
    except Exception as exc:  # any failure means: skip the PostgreSQL run
        pytest.skip(f"PostgreSQL at {PG_URL} is unreachable: {exc}".splitlines()[0])
    name = f"{prefix}_{secrets.token_hex(6)}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{name}" CASCADE')

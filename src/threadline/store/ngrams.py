"""The n-gram index behind substring search (Korean, Japanese, Chinese).

Words in these scripts carry their particles ("혜산시에서" is "혜산시" + "에서"),
so ``search`` matches a query word as a substring of the text (``LIKE``, see
``search.py``). A ``LIKE '%...%'`` alone reads every row; this index finds
the few rows that can match, and the ``LIKE`` then checks only those, so the
hits are exactly the ones the scan gives, in the same order.

SQLite: ``search_trigram``, an FTS5 table with the ``trigram`` tokenizer
(SQLite 3.34 and later), kept in step with ``search_index`` by triggers.
Needles of three characters or more are trigram phrase queries. Trigrams
cannot answer a needle of one or two characters, so such a needle is looked up
as a *prefix* of the stored trigrams, through the ``fts5vocab`` table
``search_trigram_terms`` (one row per trigram occurrence, searched by term
range). Each body is indexed with two trailing spaces so that a needle at the
very end of a row still begins a trigram. The table is contentless: the text
lives once, in ``search_index``.

PostgreSQL: ``threadline_cjk_grams(body)`` is every character and every pair of
adjacent characters inside a run of these scripts, under a GIN index; a row can hold
a needle only if it holds all the needle's grams (its pairs, or the character of a
one-character run). No extension is needed. (A ``pg_trgm`` index answers the same
``ILIKE`` as fast when forced, but the planner does not choose it over a scan on an
archive of thousands of reports, and the extension lives outside the knowledge base's
schema; see docs/scale.md.)

Where the index does not exist (SQLite before 3.34), substring search scans as it
did before version 6 of the schema.
"""
from __future__ import annotations

import re
import sqlite3

from sqlalchemy import Connection

#: Hangul (jamo and syllables), kana and CJK ideographs: the scripts searched by substring.
SUBSTRING_RANGES = ((0x1100, 0x11FF), (0x3040, 0x30FF), (0x3130, 0x318F), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3))
SUBSTRING_CHARS = "[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in SUBSTRING_RANGES) + "]"
_RUNS = re.compile(SUBSTRING_CHARS + "+")
#: The same class for PostgreSQL's regular expressions (``\\uXXXX`` escapes).
_PG_CHARS = "[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in SUBSTRING_RANGES) + "]"

#: The trigram tokenizer arrived in SQLite 3.34.0.
SQLITE_TRIGRAM = (3, 34, 0)
#: Appended to each indexed body (see the module docstring).
_PAD = "'  '"
#: Above every character, so ``[needle, needle + _TOP)`` is every term starting with ``needle``.
_TOP = "\U0010ffff"


def create(conn: Connection) -> bool:
    """Create the n-gram index over ``search_index`` and fill it from the rows there.

    Args:
        conn: a connection inside the migration transaction.
    Returns:
        False when this SQLite has no trigram tokenizer (substring search then scans).
    """
    if conn.dialect.name == "sqlite":
        return _create_sqlite(conn)
    _create_postgres(conn)
    return True


def _create_sqlite(conn: Connection) -> bool:
    if sqlite3.sqlite_version_info < SQLITE_TRIGRAM:
        return False
    conn.exec_driver_sql("CREATE VIRTUAL TABLE search_trigram USING fts5(body, content='', tokenize='trigram')")
    conn.exec_driver_sql("CREATE VIRTUAL TABLE search_trigram_terms USING fts5vocab(search_trigram, instance)")
    # A contentless table is told what to remove: the exact text it indexed.
    conn.exec_driver_sql(
        "CREATE TRIGGER search_trigram_ai AFTER INSERT ON search_index BEGIN "
        f"INSERT INTO search_trigram(rowid, body) VALUES (new.id, new.body || {_PAD}); END")
    conn.exec_driver_sql(
        "CREATE TRIGGER search_trigram_ad AFTER DELETE ON search_index BEGIN "
        f"INSERT INTO search_trigram(search_trigram, rowid, body) VALUES ('delete', old.id, old.body || {_PAD}); END")
    conn.exec_driver_sql(
        "CREATE TRIGGER search_trigram_au AFTER UPDATE ON search_index BEGIN "
        f"INSERT INTO search_trigram(search_trigram, rowid, body) VALUES ('delete', old.id, old.body || {_PAD}); "
        f"INSERT INTO search_trigram(rowid, body) VALUES (new.id, new.body || {_PAD}); END")
    conn.exec_driver_sql(f"INSERT INTO search_trigram(rowid, body) SELECT id, body || {_PAD} FROM search_index")
    return True


def _create_postgres(conn: Connection) -> None:
    # COST: computing the grams of every row is the dearest way to answer; the
    # planner must read the index instead, even under ORDER BY ... LIMIT.
    conn.exec_driver_sql(
        "CREATE FUNCTION threadline_cjk_grams(body text) RETURNS text[] "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$ "
        "SELECT coalesce(array_agg(DISTINCT g), '{}') "
        f"FROM regexp_matches(body, '{_PG_CHARS}+', 'g') AS m(run), "
        "LATERAL generate_series(1, length(m.run[1])) AS i, "
        "LATERAL (VALUES (substr(m.run[1], i, 1)), (substr(m.run[1], i, 2))) AS v(g) $$")
    conn.exec_driver_sql("CREATE INDEX ix_search_index_grams ON search_index USING gin (threadline_cjk_grams(body))")


def grams(needle: str) -> list[str]:
    """What ``threadline_cjk_grams`` must hold for a row to contain ``needle``.

    Args:
        needle: a query word or phrase.
    Returns:
        each pair of adjacent characters inside the needle's runs of the
        substring scripts, and a run of one character by itself; sorted.
    """
    out: set[str] = set()
    for run in _RUNS.findall(needle):
        out.update([run] if len(run) == 1 else (run[i:i + 2] for i in range(len(run) - 1)))
    return sorted(out)


def narrowing(conn: Connection, needles: list[str]) -> tuple[str, dict]:
    """A condition on ``search_index si`` that the index answers and every match meets.

    Args:
        conn: an open connection.
        needles: the query's words and phrases, each of which a matching row
            holds as a substring; at least one holds a character of the
            substring scripts.
    Returns:
        ``(sql, params)`` to AND with the ``LIKE`` conditions; ``("", {})``
        where no index exists (or no needle has a character of these scripts).
    """
    long_ = [n for n in needles if len(n) >= 3]
    if conn.dialect.name == "sqlite":
        if not _has_sqlite_index(conn):
            return "", {}
        if long_:
            # Each needle quoted as one FTS5 string: the tokenizer cuts it into
            # trigrams that must follow each other. Needles are word
            # characters and spaces, so hold no double quote.
            query = " AND ".join(f'"{n}"' for n in long_)
            return "si.id IN (SELECT rowid FROM search_trigram WHERE search_trigram MATCH :ngram_q)", {"ngram_q": query}
        # One or two characters: rows where a stored trigram begins with the
        # needle's longest run of these scripts (no case folding to match).
        run = max((r for n in needles for r in _RUNS.findall(n)), key=len, default="")
        if not run:
            return "", {}
        return ("si.id IN (SELECT doc FROM search_trigram_terms WHERE term >= :ngram_lo AND term < :ngram_hi)",
                {"ngram_lo": run, "ngram_hi": run + _TOP})
    wanted = sorted({g for n in needles for g in grams(n)})
    if not wanted or not _has_pg_index(conn):
        return "", {}
    return "threadline_cjk_grams(si.body) @> CAST(:ngram_g AS text[])", {"ngram_g": wanted}


def _has_sqlite_index(conn: Connection) -> bool:
    return conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_trigram_terms'").first() is not None


def _has_pg_index(conn: Connection) -> bool:
    return conn.exec_driver_sql("SELECT to_regclass('ix_search_index_grams') IS NOT NULL").scalar()

"""Full-text search: FTS5 on SQLite, ``tsvector`` on PostgreSQL.

Both backends index the rows of ``search_index`` (document text and event
evidence sentences). The database finds and ranks the rows and marks each
match with two control characters; the snippet and the match offsets are then
cut in Python, so both backends return exactly the same ``SearchHit`` shape.

Query language, the same on both: words are ANDed ("artillery shells" finds
text with both words, in any order); text in double quotes is a phrase;
punctuation is ignored, so no user input can break the query syntax.

Korean, Japanese and Chinese are not split into words by spaces the way the
indexes expect ("혜산시에서" is one token), so a query holding such a word is
matched as a substring of the text instead (``LIKE``, on both backends), on
the rows an n-gram index finds (``ngrams.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from threadline.store import ngrams

#: Stemming, case folding and (SQLite) diacritics folding; "Kusong" finds "Kusŏng".
SQLITE_TOKENIZER = "porter unicode61 remove_diacritics 2"
PG_CONFIG = "english"
#: PostgreSQL refuses a tsvector over 1 MB; the document row indexes only this
#: many leading characters (event rows are sentences and never reach it).
PG_MAX_INDEXED_CHARS = 500_000

# Marks put around each match by the database; stripped from indexed text.
_OPEN, _CLOSE = "\x01", "\x02"
_SNIPPET_RADIUS = 100
#: Search ranks the latest this many matching rows (documents and evidence sentences, most
#: recently stored first) and returns the best of them.
RANK_WINDOW = 2000
_WORD = re.compile(r"\w+")
# Hangul (syllables and jamo), kana and CJK ideographs: matched as substrings.
_SUBSTRING_SCRIPT = re.compile(ngrams.SUBSTRING_CHARS)


@dataclass(frozen=True)
class SearchHit:
    """One full-text match.

    ``snippet`` shows the match in context with each matched word in ``[ ]``.
    For ``kind == "document"``, ``start``/``end`` are the offsets of the first
    match in the document text; for ``kind == "event"`` they are the evidence
    sentence the match is in, and ``event_id`` and ``event_type`` name the event.
    """

    doc_id: str
    title: str | None
    snippet: str
    kind: str
    event_id: str | None
    start: int
    end: int
    event_type: str | None = None


def create_index(conn: Connection) -> None:
    """Create the dialect's full-text index over ``search_index``.

    Args:
        conn: a connection inside the migration transaction.
    """
    if conn.dialect.name == "sqlite":
        # External-content FTS5: the text lives once, in search_index; triggers
        # keep the index in step with it.
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_index', "
            f"content_rowid='id', tokenize='{SQLITE_TOKENIZER}')")
        conn.exec_driver_sql(
            "CREATE TRIGGER search_index_ai AFTER INSERT ON search_index BEGIN "
            "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END")
        conn.exec_driver_sql(
            "CREATE TRIGGER search_index_ad AFTER DELETE ON search_index BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); END")
        conn.exec_driver_sql(
            "CREATE TRIGGER search_index_au AFTER UPDATE ON search_index BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); "
            "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END")
    else:
        conn.exec_driver_sql(
            "ALTER TABLE search_index ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            f"(to_tsvector('{PG_CONFIG}', left(body, {PG_MAX_INDEXED_CHARS}))) STORED")
        conn.exec_driver_sql("CREATE INDEX ix_search_index_tsv ON search_index USING gin (tsv)")


def index_body(text_: str) -> str:
    """Text as indexed: the marker characters replaced by spaces (same length)."""
    return text_.replace(_OPEN, " ").replace(_CLOSE, " ")


def blank_spans(text_: str, spans) -> str:
    """``text_`` with each span overwritten by spaces, so offsets are unchanged.

    Args:
        text_: a document's text.
        spans: ``Span``-like objects with ``start``/``end`` (boilerplate).
    Returns:
        the text with those ranges blanked.
    """
    chars = list(text_)
    for span in spans:
        for i in range(max(0, span.start), min(len(chars), span.end)):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars)


def parse_query(query: str) -> tuple[list[str], list[list[str]]]:
    """Split a user query into loose words and quoted phrases.

    Args:
        query: what the user typed; anything is accepted.
    Returns:
        ``(words, phrases)``: word tokens outside double quotes, and a token
        list per quoted phrase. Punctuation is dropped.
    """
    words: list[str] = []
    phrases: list[list[str]] = []
    for i, part in enumerate(query.split('"')):
        tokens = _WORD.findall(part)
        if i % 2 and len(tokens) > 1:     # inside quotes
            phrases.append(tokens)
        else:
            words.extend(tokens)
    return words, phrases


def _fts5_query(words: list[str], phrases: list[list[str]]) -> str:
    # Every token is quoted: tokens are \w+ so contain no quote, and quoting
    # stops FTS5 reading words like AND/NOT/NEAR as operators.
    parts = [f'"{w}"' for w in words] + ['"' + " ".join(p) + '"' for p in phrases]
    return " ".join(parts)


def run(conn: Connection, query: str, limit: int) -> list[SearchHit]:
    """Search document text and event evidence.

    Args:
        conn: an open connection.
        query: the user's query (see the module docstring).
        limit: the most hits to return.
    Returns:
        hits, best first; empty when the query has no searchable word.
    """
    words, phrases = parse_query(query)
    if (not words and not phrases) or limit <= 0:
        return []
    if _needs_substring(words, phrases):
        return _substring_run(conn, words, phrases, limit)
    # Fetch extra rows: an event with several evidence sentences may match
    # more than once and is reported once.
    fetch = limit * 2 + 5
    # Ranked among the latest RANK_WINDOW matching rows (the most recently stored), not all of
    # them: a common word matches a third of an archive, and ranking every match costs seconds.
    window = max(RANK_WINDOW, fetch)
    if conn.dialect.name == "sqlite":
        # The window and its ranks first (FTS5 walks its doclist newest first and stops), then
        # the marked text of the best rows only.
        q = _fts5_query(words, phrases)
        best = conn.execute(text(
            "SELECT rid FROM (SELECT rowid AS rid, rank AS score FROM search_fts WHERE search_fts MATCH :q "
            "                 ORDER BY rowid DESC LIMIT :w) ORDER BY score, rid LIMIT :n"),
            {"q": q, "w": window, "n": fetch}).scalars().all()
        if not best:
            return []
        order = {rid: i for i, rid in enumerate(best)}
        marks = ", ".join(str(int(r)) for r in best)
        rows = sorted(conn.execute(text(
            "SELECT si.id, si.doc_id, si.event_id, si.kind, si.start, si.\"end\", d.title, e.type AS event_type, "
            "highlight(search_fts, 0, char(1), char(2)) AS marked "
            "FROM search_fts JOIN search_index si ON si.id = search_fts.rowid "
            "JOIN documents d ON d.id = si.doc_id LEFT JOIN events e ON e.id = si.event_id "
            f"WHERE search_fts MATCH :q AND search_fts.rowid IN ({marks})"), {"q": q}).all(),
            key=lambda row: order[row.id])
    else:
        tsq, params = _pg_tsquery(words, phrases)
        rows = conn.execute(text(
            f"WITH q AS (SELECT {tsq} AS q), "
            # The query written out (not read from q), so the planner knows how common its words
            # are: a common word is then found by walking the newest rows, a rare one by the index.
            f"recent AS (SELECT si.id FROM search_index si WHERE si.tsv @@ {tsq} ORDER BY si.id DESC LIMIT :win), "
            "top AS (SELECT si.id, ts_rank_cd(si.tsv, q.q) AS score FROM search_index si JOIN recent ON recent.id = si.id, q "
            "        ORDER BY score DESC, si.id LIMIT :n) "
            "SELECT si.doc_id, si.event_id, si.kind, si.start, si.\"end\", d.title, e.type AS event_type, "
            f"ts_headline('{PG_CONFIG}', si.body, q.q, :opts) AS marked "
            "FROM top JOIN search_index si ON si.id = top.id "
            "JOIN documents d ON d.id = si.doc_id LEFT JOIN events e ON e.id = si.event_id, q "
            "ORDER BY top.score DESC, si.id"),
            {**params, "n": fetch, "win": window,
             "opts": f"HighlightAll=true, StartSel={_OPEN}, StopSel={_CLOSE}"}).all()
    hits: list[SearchHit] = []
    seen_events: set[str] = set()
    for row in rows:
        if row.event_id is not None:
            if row.event_id in seen_events:
                continue
            seen_events.add(row.event_id)
        hits.append(_hit(row))
        if len(hits) >= limit:
            break
    return hits


def count(conn: Connection, query: str, cap: int | None = None) -> int:
    """How many hits ``run`` would return with no limit (each event once).

    Args:
        cap: count no further than this many hits (a listing then says "at least"):
            counting every match of a common word in an archive costs what listing them would.
    """
    words, phrases = parse_query(query)
    if not words and not phrases:
        return 0
    key = "coalesce(si.event_id, 'row:' || CAST(si.id AS TEXT)) AS k"
    # With a cap, the first rows found are counted (twice the cap: an event matched by several
    # of its sentences counts once), so the database stops reading there.
    limit = f" LIMIT {2 * int(cap)}" if cap is not None else ""
    if _needs_substring(words, phrases):
        where, params = _like_filter(conn, words, phrases)
        rows = f"SELECT {key} FROM search_index si WHERE {where}{limit}"
    elif conn.dialect.name == "sqlite":
        params = {"q": _fts5_query(words, phrases)}
        rows = (f"SELECT {key} FROM search_fts JOIN search_index si ON si.id = search_fts.rowid "
                f"WHERE search_fts MATCH :q{limit}")
    else:
        tsq, params = _pg_tsquery(words, phrases)
        rows = f"SELECT {key} FROM search_index si WHERE si.tsv @@ {tsq}{limit}"
    found = conn.execute(text(f"SELECT count(DISTINCT k) FROM ({rows}) AS hits"), params).scalar_one()
    return min(found, cap) if cap is not None else found


def _needs_substring(words: list[str], phrases: list[list[str]]) -> bool:
    return any(_SUBSTRING_SCRIPT.search(w) for w in words + [t for p in phrases for t in p])


def _like_filter(conn: Connection, words: list[str], phrases: list[list[str]]) -> tuple[str, dict]:
    """Every word and phrase as a substring of the row (case-insensitive for Latin letters),
    on the rows the n-gram index finds."""
    op = "ILIKE" if conn.dialect.name == "postgresql" else "LIKE"
    needles = words + [" ".join(p) for p in phrases]
    clauses, params = [], {}
    for i, needle in enumerate(needles):
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append(f"si.body {op} :s{i} ESCAPE '\\'")
        params[f"s{i}"] = f"%{escaped}%"
    narrow, narrow_params = ngrams.narrowing(conn, needles)
    if narrow:
        clauses.insert(0, narrow)
        params.update(narrow_params)
    return " AND ".join(clauses), params


def _substring_run(conn: Connection, words: list[str], phrases: list[list[str]], limit: int) -> list[SearchHit]:
    """Hits for a query matched by substring, in index order, matches marked as FTS would."""
    where, params = _like_filter(conn, words, phrases)
    rows = conn.execute(text(
        "SELECT si.doc_id, si.event_id, si.kind, si.start, si.\"end\", d.title, e.type AS event_type, si.body "
        "FROM search_index si JOIN documents d ON d.id = si.doc_id LEFT JOIN events e ON e.id = si.event_id "
        f"WHERE {where} ORDER BY si.id LIMIT :n"), {**params, "n": limit * 2 + 5}).all()
    needles = [n.casefold() for n in words + [" ".join(p) for p in phrases]]
    hits: list[SearchHit] = []
    seen_events: set[str] = set()
    for row in rows:
        if row.event_id is not None:
            if row.event_id in seen_events:
                continue
            seen_events.add(row.event_id)
        hits.append(_hit(_Marked(row, _mark(row.body, needles))))
        if len(hits) >= limit:
            break
    return hits


class _Marked:
    """A substring-search row seen as an FTS row: ``marked`` is the body with matches marked."""

    def __init__(self, row, marked: str):
        self._row, self.marked = row, marked

    def __getattr__(self, name):
        return getattr(self._row, name)


def _mark(body: str, needles: list[str]) -> str:
    folded = body.casefold()
    if len(folded) != len(body):     # casefolding changed lengths: mark nothing rather than misplace
        return body
    spans = sorted((m.start(), m.start() + len(n)) for n in needles if n
                   for m in re.finditer(re.escape(n), folded))
    pieces, cursor = [], 0
    for a, b in spans:
        if a < cursor:
            continue
        pieces += [body[cursor:a], _OPEN, body[a:b], _CLOSE]
        cursor = b
    pieces.append(body[cursor:])
    return "".join(pieces)


def _pg_tsquery(words: list[str], phrases: list[list[str]]) -> tuple[str, dict]:
    parts, params = [], {}
    if words:
        parts.append(f"plainto_tsquery('{PG_CONFIG}', :w)")
        params["w"] = " ".join(words)
    for i, phrase in enumerate(phrases):
        parts.append(f"phraseto_tsquery('{PG_CONFIG}', :p{i})")
        params[f"p{i}"] = " ".join(phrase)
    return " && ".join(parts), params


def _hit(row) -> SearchHit:
    plain, matches = _unmark(row.marked or "")
    if row.kind == "document" and matches:
        start, end = row.start + matches[0][0], row.start + matches[0][1]
    else:
        start, end = row.start, row.end
    return SearchHit(doc_id=row.doc_id, title=row.title, snippet=_snippet(plain, matches),
                     kind=row.kind, event_id=row.event_id, start=start, end=end, event_type=row.event_type)


def _unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Strip the match markers; return the plain text and the match ranges in it."""
    out: list[str] = []
    matches: list[tuple[int, int]] = []
    pos = 0
    open_at = None
    for ch in marked:
        if ch == _OPEN:
            open_at = pos
        elif ch == _CLOSE:
            if open_at is not None:
                matches.append((open_at, pos))
            open_at = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), matches


def _snippet(plain: str, matches: list[tuple[int, int]]) -> str:
    """A window of ``plain`` around the first match, matches in brackets."""
    if not matches:
        return " ".join(plain[: 2 * _SNIPPET_RADIUS].split())
    first_start, first_end = matches[0]
    lo = max(0, first_start - _SNIPPET_RADIUS)
    hi = min(len(plain), first_end + _SNIPPET_RADIUS)
    # Do not cut words in half at the edges.
    if lo > 0:
        space = plain.find(" ", lo, first_start)
        lo = space + 1 if space != -1 else lo
    if hi < len(plain):
        space = plain.rfind(" ", first_end, hi)
        hi = space if space != -1 else hi
    pieces, cursor = [], lo
    for a, b in matches:
        if b <= lo or a >= hi:
            continue
        a, b = max(a, lo), min(b, hi)
        pieces += [plain[cursor:a], "[", plain[a:b], "]"]
        cursor = b
    pieces.append(plain[cursor:hi])
    body = " ".join("".join(pieces).split())
    return ("… " if lo > 0 else "") + body + (" …" if hi < len(plain) else "")

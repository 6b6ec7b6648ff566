"""Korean substring search: the n-gram index (schema version 6) against the LIKE scan it replaces.

Usage: python benchmarks/korean_search.py [--stories 1500] [--replicas 2] [--korean-replicas 40]
           [--queries 80] [--postgres postgresql://postgres@127.0.0.1:5432/test] [--skip-sqlite]
           [--cache /tmp/threadline-kcna-base.pickle]

1. Extracts the first N English KCNA stories (the full pipeline; ``queries.py``'s cache
   is shared) and the Korean reports of ``eval/korean/reports`` (the project's own text).
2. Writes ``replicas`` copies of the KCNA extractions and ``korean-replicas`` copies of
   the Korean ones with ``Store.save_extractions`` (``queries.replicate``: each copy a
   new report), so the knowledge base holds many reports, most of them English.
3. Draws Korean needles with a fixed seed from the Korean text: words of one or two
   characters, longer words, word pieces, two-word queries and quoted phrases, and
   times ``store.search`` (20 hits) and ``store.search_count`` for each, once through
   the index and once with the index switched off (``ngrams.narrowing`` answering
   nothing: the LIKE scan of version 5). The two must give the same hits and counts.
Prints p50/p95 in milliseconds for each way and the scan/index ratio of each, on SQLite
(a file) and PostgreSQL (a fresh schema, dropped afterwards), and the EXPLAIN of a long
and a short needle, which names the index.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import queries as kb  # noqa: E402  (benchmarks/queries.py: the KCNA base and its copies)

from threadline.domain import load_pack  # noqa: E402
from threadline.pipeline import Extractor  # noqa: E402
from threadline.ingest.document import build_document  # noqa: E402
from threadline.settings import Settings  # noqa: E402
from threadline.store import ngrams, open_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")


def korean_extractions() -> list:
    docs = []
    for path in sorted((ROOT / "eval" / "korean" / "reports").glob("ko-*.json")):
        r = json.loads(path.read_text(encoding="utf-8"))
        docs.append(build_document(r["text"], source=str(path), doc_id=r["id"], published=r["published"]))
    return list(Extractor(Settings(offline=True)).extract(docs))


def needles(korean: list, n: int, seed: int = 11) -> list[str]:
    """Korean queries of every shape, drawn from the Korean reports' words."""
    rng = random.Random(seed)
    words = sorted({w for x in korean for w in _HANGUL_WORD.findall(x.document.text)})
    short = [w for w in words if len(w) <= 2]
    long_ = [w for w in words if len(w) >= 3]
    out = ["혜산", "군수공장", "포탄", "\"군수공장 노동자\""]
    while len(out) < n:
        shape = rng.randrange(5)
        if shape == 0:
            out.append(rng.choice(short))
        elif shape == 1:
            out.append(rng.choice(long_))
        elif shape == 2:                       # a piece of a word, particles cut off
            w = rng.choice(long_)
            out.append(w[: rng.randint(2, len(w) - 1)])
        elif shape == 3:
            out.append(f"{rng.choice(long_)} {rng.choice(words)}")
        else:
            text_ = rng.choice(korean).document.text
            pieces = _HANGUL_WORD.findall(text_)
            i = rng.randrange(max(1, len(pieces) - 1))
            out.append(f"\"{' '.join(pieces[i:i + 2])}\"")
    return out


def _time(call) -> tuple[float, object]:
    t = time.perf_counter()
    result = call()
    return time.perf_counter() - t, result


def measure(url: str, queries: list[str]) -> dict:
    out: dict[str, list[float]] = {k: [] for k in ("search index", "search scan", "count index", "count scan")}
    mismatches = []
    with open_store(url) as store:
        sizes = {k: store.count(k) for k in ("documents", "events")}
        for q in queries:                  # warm the caches once, both ways
            store.search(q, 20)
        for q in queries:
            dt, hits = _time(lambda: store.search(q, 20))
            out["search index"].append(dt)
            dt, total = _time(lambda: store.search_count(q))
            out["count index"].append(dt)
            real = ngrams.narrowing
            ngrams.narrowing = lambda conn, needles: ("", {})
            try:
                dt, scan_hits = _time(lambda: store.search(q, 20))
                out["search scan"].append(dt)
                dt, scan_total = _time(lambda: store.search_count(q))
                out["count scan"].append(dt)
            finally:
                ngrams.narrowing = real
            if (hits, total) != (scan_hits, scan_total):
                mismatches.append(q)
        plans = {q: explain(store, q) for q in ("혜산시에서", "혜산")}
    res = {"sizes": sizes, "mismatches": mismatches, "plans": plans}
    res.update({k: kb._pct(v) for k, v in out.items()})
    for what in ("search", "count"):
        res[f"{what} ratio p50"] = res[f"{what} scan"][0] / res[f"{what} index"][0]
        res[f"{what} ratio p95"] = res[f"{what} scan"][1] / res[f"{what} index"][1]
    return res


def explain(store, query: str) -> str:
    """The plan of the substring query ``search`` sends for ``query``."""
    from sqlalchemy import event
    sent = []

    def hook(conn, cursor, statement, parameters, context, executemany):
        if "LIKE" in statement:
            sent.append((statement, parameters))

    event.listen(store._engine, "before_cursor_execute", hook)
    try:
        store.search(query, 20)
    finally:
        event.remove(store._engine, "before_cursor_execute", hook)
    statement, parameters = sent[0]
    with store._engine.connect() as conn:
        prefix = "EXPLAIN QUERY PLAN " if store.dialect == "sqlite" else "EXPLAIN "
        return "\n".join(str(r[-1]) for r in conn.exec_driver_sql(prefix + statement, parameters).all())


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stories", type=int, default=1500)
    ap.add_argument("--replicas", type=int, default=2, help="copies of the KCNA stories")
    ap.add_argument("--korean-replicas", type=int, default=40, help="copies of the Korean reports")
    ap.add_argument("--queries", type=int, default=80)
    ap.add_argument("--corpus", type=Path, default=kb.DEFAULT_CORPUS)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the KCNA extractions (reused when present)")
    ap.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test",
                    help="a PostgreSQL database ('' to skip); a fresh schema is made and dropped")
    ap.add_argument("--skip-sqlite", action="store_true")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    base = kb.base_extractions(args.corpus, args.stories, args.cache)
    korean = korean_extractions()
    print(f"extracted {len(base)} KCNA stories and {len(korean)} Korean reports in {time.perf_counter() - t0:.0f}s",
          flush=True)
    known = load_pack(None)
    qs = needles(korean, args.queries)
    results = {}
    with kb.bench_targets(args.postgres, args.skip_sqlite) as targets:
        for name, url in targets:
            seconds = kb.build(url, base, args.replicas, known)
            seconds += kb.build(url, korean, args.korean_replicas, known)
            if name == "postgresql":
                import psycopg
                with psycopg.connect(url, autocommit=True) as c:
                    c.execute("ANALYZE")
            res = measure(url, qs)
            res["build_s"] = seconds
            results[name] = res
            print(f"\n{name}: {res['sizes']} built in {seconds:.0f}s; {len(qs)} queries; "
                  f"answers differing from the scan: {res['mismatches'] or 'none'}", flush=True)
            for k, v in res.items():
                if isinstance(v, tuple):
                    print(f"  {k:13s} p50 {v[0]:8.2f} ms   p95 {v[1]:8.2f} ms", flush=True)
            for what in ("search", "count"):
                print(f"  {what}: scan/index p50 {res[f'{what} ratio p50']:.1f}x, "
                      f"p95 {res[f'{what} ratio p95']:.1f}x", flush=True)
            for q, plan in res["plans"].items():
                print(f"  EXPLAIN {q}:\n    " + plan.replace("\n", "\n    "), flush=True)
    print(json.dumps(results, ensure_ascii=False))
    return results


if __name__ == "__main__":
    main(sys.argv[1:])

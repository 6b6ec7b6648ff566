"""Query latency on a large knowledge base, built through the store's own bulk path.

Usage: python benchmarks/queries.py [--stories 400] [--replicas 60 | --claims 1000000] [--queries 60]
           [--postgres postgresql://postgres@127.0.0.1:5432/test] [--skip-sqlite] [--with-events-only]
           [--cache /tmp/threadline-kcna-base.pickle] [--sqlite-file F] [--pg-schema S] [--build-only]

The figures in docs/scale.md come from
   python benchmarks/queries.py --stories 20000 --with-events-only --claims 1000000 \
       --cache /tmp/kcna-base.pickle --sqlite-file /tmp/kb-1m.db --pg-schema threadline_bench_1m

1. Extracts the first N English KCNA stories once (the full pipeline).
2. Writes ``replicas`` copies of those extractions with ``Store.save_extractions``
   (batches of 500 reports, one transaction each): copy r has its dates shifted by r
   years, and every entity the pack does not know renamed (new id, name and aliases
   suffixed with the copy's number), so lookups, timelines and claims have many
   distinct entities; places from the pack are shared by every copy, as real
   reporting over many years shares them, and so become the heaviest entities.
3. Times, for entities and words drawn with a fixed seed (the same on each backend):
   lookup        ``analyze.find_entity`` by a spelling (name or alias, case changed);
   timeline      what ``threadline show`` reads: ``analyze.timeline`` for the latest 50 events
                 (the entity and what lies in it, each event's report) and their count (capped);
   claims        what ``threadline claims`` reads: ``store.claims_for`` for the latest
                 ``claims_window`` claims + ``store.linked_documents`` + the count (the store's
                 part), and, separately, all of it grouped by ``analyze.claims_about``;
   events        ``analyze.find_events`` by type + place subtree (a province) + a year, a page
                 of 100, and ``analyze.count_events`` (capped);
   search        ``store.search`` for one or two words, 20 hits, and ``search_count`` (capped);
   busiest       the timeline and the grouped claims of the five entities every copy shares that
                 most events name (North Korea, Pyongyang...), twice each: the worst case.
Prints p50/p95 in milliseconds for each, on SQLite (a file) and PostgreSQL (a fresh schema,
dropped afterwards), and the size of each knowledge base (reports, events, mentions).
"""
from __future__ import annotations

import argparse
import json
import pickle
import random
import secrets
import statistics
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Iterator

from threadline import analyze
from threadline.domain import load_pack
from threadline.ingest.sources import iter_documents
from threadline.model import Document, Extraction, PublishedDate
from threadline.pipeline import Extractor
from threadline.settings import Settings
from threadline.store import open_store

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "kcna-2011.jsonl"
TIMELINE_PAGE = 50      # `threadline show`'s default --latest
BUSIEST = 5
EVENTS_PAGE = 100       # `threadline events`' default --limit
WORDS = ["artillery", "munitions factory", "missile", "steel", "inspection", "machine", "workers",
         "coal mine", "power station", "tractor", "army", "production", "Kim Jong Il", "Hamhung", "fertilizer"]


def base_extractions(corpus: Path, n: int, cache: Path | None) -> list[Extraction]:
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    settings = Settings(offline=True, max_bytes=1 << 30)     # the corpus is one 14 MB file
    docs = islice((d for d in iter_documents([str(corpus)], settings) if getattr(d, "language", None) == "en"), n)
    out = list(Extractor(settings).extract(docs))
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def _shift(value: str | None, years: int) -> str | None:
    """An ISO value (or interval ``a/b``) with every leading four-digit year moved on."""
    if not value:
        return value
    parts = []
    for part in value.split("/"):
        parts.append(f"{int(part[:4]) + years:04d}{part[4:]}" if part[:4].isdigit() else part)
    return "/".join(parts)


def replicate(x: Extraction, r: int, known) -> Extraction:
    """Copy r of an extraction: dates shifted by r years, extracted entities renamed."""
    if r == 0:
        return x
    rename = {e.id: f"{e.id}~{r}" for e in x.entities if e.id not in known}
    new_id = lambda i: rename.get(i, i)  # noqa: E731
    doc = x.document
    d = replace(doc, id=f"{doc.id}~{r}", content_hash=Document.hash_text(f"{doc.text}\n~{r}"),
                published=PublishedDate(_shift(doc.published.value, r), doc.published.basis, doc.published.evidence),
                near_duplicate_of=f"{doc.near_duplicate_of}~{r}" if doc.near_duplicate_of else None)
    entities = tuple(replace(e, id=new_id(e.id), located_in=new_id(e.located_in) if e.located_in else None,
                             name=f"{e.name} {r}" if e.id in rename else e.name,
                             aliases=tuple(f"{a} {r}" for a in e.aliases) if e.id in rename else e.aliases)
                     for e in x.entities)
    mentions = tuple(replace(m, doc_id=d.id, entity_id=new_id(m.entity_id) if m.entity_id else None)
                     for m in x.mentions)
    timexes = tuple(replace(t, value=_shift(t.value, r), interval_end=_shift(t.interval_end, r)) for t in x.timexes)
    events = tuple(replace(e, doc_id=d.id, when=_shift(e.when, r), where=tuple(map(new_id, e.where)),
                           actors=tuple(map(new_id, e.actors)), facilities=tuple(map(new_id, e.facilities)))
                   for e in x.events)
    return Extraction(document=d, entities=entities, mentions=mentions, timexes=timexes, events=events)


def build(url: str, base: list[Extraction], replicas: int, known) -> float:
    t0 = time.perf_counter()
    with open_store(url) as store:
        batch = []
        for r in range(replicas):
            for x in base:
                batch.append(replicate(x, r, known))
                if len(batch) == 500:
                    store.save_extractions(batch)
                    batch = []
            if r % 10 == 9:
                print(f"  {r + 1} of {replicas} copies written, {time.perf_counter() - t0:.0f}s", flush=True)
        if batch:
            store.save_extractions(batch)
    return time.perf_counter() - t0


def _pct(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return statistics.median(values) * 1000, p95 * 1000


def measure(url: str, base: list[Extraction], replicas: int, queries: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    with_events = sorted({i for x in base for e in x.events for i in (*e.where, *e.actors, *e.facilities)})
    by_id = {e.id: e for x in base for e in x.entities}
    provinces = sorted(e.id for e in by_id.values() if e.level == "province" and e.id in set(with_events)
                       or e.level == "province")
    types = sorted({e.type for x in base for e in x.events})
    picks = []
    for _ in range(queries):
        eid = rng.choice(with_events)
        r = rng.randrange(replicas)
        picks.append((eid, r))
    out: dict[str, list[float]] = {k: [] for k in ("lookup", "timeline", "claims (store)", "claims (grouped)",
                                                   "events", "search")}
    sizes = {}
    window = Settings().claims_window
    with open_store(url) as store:
        for k in ("documents", "events", "mentions", "entities"):
            sizes[k] = store.count(k)
        for eid, r in picks:
            ent = by_id[eid]
            stored_id = eid if store_has(store, eid) else f"{eid}~{r}"
            spelling = rng.choice([ent.name, *ent.aliases])
            if not store_has(store, eid):       # renamed in copy r
                spelling = f"{spelling} {r}" if r else spelling
            spelling = spelling.upper() if rng.random() < 0.5 else spelling.lower()
            t = time.perf_counter()
            analyze.find_entity(store, spelling)
            out["lookup"].append(time.perf_counter() - t)
            entity = store.get_entity(stored_id if r or store_has(store, stored_id) else eid)
            out["timeline"].append(_show_seconds(store, entity))
            # What `threadline claims` reads and groups: the latest claims_window claims.
            t = time.perf_counter()
            found = store.claims_for(entity.id, latest=window)
            docs = store.linked_documents(d.id for _, d in found)
            if len(found) == window:
                store.count_claims(entity.id, cap=analyze.COUNT_CAP)
            out["claims (store)"].append(time.perf_counter() - t)
            out["claims (grouped)"].append(_claims_seconds(store, entity, window))
            # What `threadline events --type T --place PROVINCE --since Y --until Y` reads: a page and a count.
            province = rng.choice(provinces)
            year = str(2011 + rng.randrange(replicas))
            filters = dict(type=rng.choice(types), since=year, until=year, within=(store.get_entity(province).name,))
            t = time.perf_counter()
            analyze.find_events(store, **filters, limit=EVENTS_PAGE)
            analyze.count_events(store, **filters)
            out["events"].append(time.perf_counter() - t)
            # What `threadline search WORDS` reads: 20 hits and how many there are.
            word = rng.choice(WORDS)
            t = time.perf_counter()
            store.search(word, 20)
            store.search_count(word, cap=analyze.COUNT_CAP)
            out["search"].append(time.perf_counter() - t)
        # The busiest entities (the entities every copy shares that most events name: a country,
        # the capital): the worst case of each entity query, which random picks rarely meet.
        counts = Counter(i for x in base for e in x.events for i in {*e.where, *e.actors, *e.facilities})
        busiest = [i for i, _ in counts.most_common(40) if store_has(store, i)][:BUSIEST]
        for key in ("timeline (busiest)", "claims grouped (busiest)"):
            out[key] = []
        for eid in busiest * 2:
            entity = store.get_entity(eid)
            out["timeline (busiest)"].append(_show_seconds(store, entity))
            out["claims grouped (busiest)"].append(_claims_seconds(store, entity, window))
        sizes["busiest"] = busiest
    return {"sizes": sizes, **{k: _pct(v) for k, v in out.items()}}


def _show_seconds(store, entity) -> float:
    """What `threadline show` reads: the latest page of the timeline and how many there are."""
    t = time.perf_counter()
    inside, entries = analyze.timeline(store, entity, latest=TIMELINE_PAGE, inside_limit=41)
    if len(entries) == TIMELINE_PAGE:
        store.count_events(entity_ids=[entity.id, *store.descendant_ids(entity.id)], cap=analyze.COUNT_CAP)
    return time.perf_counter() - t


def _claims_seconds(store, entity, window: int) -> float:
    """What `threadline claims` reads and groups: the latest ``window`` claims, and their count."""
    t = time.perf_counter()
    groups = analyze.claims_about(store, entity.id, latest=window)
    if sum(len(g.claims) for g in groups) == window:
        store.count_claims(entity.id, cap=analyze.COUNT_CAP)
    return time.perf_counter() - t


def store_has(store, eid: str) -> bool:
    from threadline.errors import NotFoundError
    try:
        store.get_entity(eid)
        return True
    except NotFoundError:
        return False



@contextmanager
def bench_targets(postgres: str | None, skip_sqlite: bool, sqlite_file: Path | None = None,
                  pg_schema: str | None = None) -> Iterator[list[tuple[str, str]]]:
    """``(backend, url)`` of the knowledge bases a benchmark builds: a SQLite file in a scratch
    folder, and a fresh schema on the PostgreSQL server, dropped afterwards. A ``sqlite_file``
    or ``pg_schema`` given by name is kept instead, so a large knowledge base is built once and
    measured again after a change."""
    with tempfile.TemporaryDirectory() as tmp:
        targets, schema = [], None
        if not skip_sqlite:
            targets.append(("sqlite", str(sqlite_file or Path(tmp) / "kb.db")))
        if postgres:
            import psycopg
            schema = pg_schema or f"threadline_bench_{secrets.token_hex(4)}"
            with psycopg.connect(postgres, autocommit=True) as conn:
                conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            targets.append(("postgresql", f"{postgres}?options=-csearch_path%3D{schema}"))
        try:
            yield targets
        finally:
            if schema and not pg_schema:
                import psycopg
                with psycopg.connect(postgres, autocommit=True) as conn:
                    conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stories", type=int, default=400)
    ap.add_argument("--replicas", type=int, default=60)
    ap.add_argument("--claims", type=int, default=None,
                    help="make as many copies as it takes to store at least this many claims "
                         "(an event and an entity it names, as the claims export counts them)")
    ap.add_argument("--queries", type=int, default=60)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the base extractions (reused when present)")
    ap.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test",
                    help="a PostgreSQL database ('' to skip); a fresh schema is made and dropped")
    ap.add_argument("--skip-sqlite", action="store_true")
    ap.add_argument("--sqlite-file", type=Path, default=None,
                    help="keep the SQLite knowledge base in this file (reused when it holds the copies)")
    ap.add_argument("--with-events-only", action="store_true",
                    help="copy only the stories the pipeline found events in (more claims per report written)")
    ap.add_argument("--build-only", action="store_true", help="build (or check) the knowledge bases, time nothing")
    ap.add_argument("--pg-schema", default=None,
                    help="keep the PostgreSQL knowledge base in this schema (reused when it holds the copies)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    base = base_extractions(args.corpus, args.stories, args.cache)
    print(f"base: {len(base)} stories extracted in {time.perf_counter() - t0:.1f}s; "
          f"{sum(len(x.events) for x in base)} events, {sum(len(x.mentions) for x in base)} mentions each copy",
          flush=True)
    if args.with_events_only:
        base = [x for x in base if x.events]
        print(f"the {len(base)} stories with events", flush=True)
    known = load_pack(None)
    if args.claims:
        # A claim is an event and an entity it names, as `threadline claims --entity` lists them and
        # the claims export writes them (one row per event and entity).
        per_copy = max(1, sum(len(set((*e.where, *e.actors, *e.facilities))) for x in base for e in x.events))
        args.replicas = -(-args.claims // per_copy)
        print(f"{args.replicas} copies for >= {args.claims} claims ({per_copy} a copy, from "
              f"{sum(len(x.events) for x in base)} events)", flush=True)
    results = {}
    with bench_targets(args.postgres, args.skip_sqlite, args.sqlite_file, args.pg_schema) as targets:
        for name, url in targets:
            with open_store(url) as store:
                stored = store.count("documents")
            if stored == len(base) * args.replicas:
                seconds = 0.0
                print(f"{name}: reusing the knowledge base of {stored} reports", flush=True)
            else:
                if stored > len(base) * args.replicas:
                    raise SystemExit(f"{name}: {url} holds {stored} reports, more than {len(base) * args.replicas}; "
                                     "remove it or name another")
                # A build cut short goes on where it stopped: stored reports are skipped.
                seconds = build(url, base, args.replicas, known)
                print(f"{name}: built in {seconds:.0f}s", flush=True)
            if args.build_only:
                continue
            if name == "postgresql":
                import psycopg
                with psycopg.connect(url, autocommit=True) as c:
                    c.execute("ANALYZE")
            res = measure(url, base, args.replicas, args.queries)
            res["build_s"] = seconds
            results[name] = res
            print(f"\n{name}: {res['sizes']} built in {seconds:.0f}s", flush=True)
            for k, v in res.items():
                if isinstance(v, tuple):
                    print(f"  {k:17s} p50 {v[0]:8.1f} ms   p95 {v[1]:8.1f} ms", flush=True)
    print(json.dumps(results))
    return results


if __name__ == "__main__":
    main(sys.argv[1:])

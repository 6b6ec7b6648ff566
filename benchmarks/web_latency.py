"""Latency of the workbench's pages and API routes under bounded concurrent load, on 127.0.0.1.

Usage: python benchmarks/web_latency.py [--db kcna.db] [--build] [--requests 40] [--concurrency 4]

The knowledge base is the full KCNA 2011 feed (``../shared/corpus/kcna-2011.jsonl``)
plus the bundled samples; ``--build`` ingests them into ``--db`` first (about
ten minutes on two cores; skipped when the file exists). The server runs in its
own process (uvicorn, one worker) so the load generator does not share its
interpreter; the time until it answers (its start-up, warm-up included) is
reported. Each route gets one first request (its time is reported as "first":
what start-up did not compute is computed then and kept until the knowledge
base changes), then ``--requests`` requests with at most
``--concurrency`` in flight. Prints p50/p95 per route and checks the goal
p95 < 200 ms for every page. ``--out`` writes the figures as JSON.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx

from threadline import pipeline
from threadline.settings import Settings
from threadline.store import open_store
from threadline.web import auth

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus" / "kcna-2011.jsonl"
SAMPLES = ROOT / "src" / "threadline" / "samples"
GOAL_MS = 200.0


def build(db: Path) -> None:
    settings = Settings.load(db=str(db), offline=True, max_bytes=100_000_000)
    with open_store(str(db)) as store:
        report = pipeline.run([str(CORPUS), str(SAMPLES)], settings, store)
    print(f"built {db}: {report.stored} reports stored, {len(report.failures)} failed", flush=True)


def targets(db: Path) -> tuple[str, list[tuple[str, str]]]:
    """A bench user's token, and the (label, path) of every route measured."""
    token = auth.new_token()
    with open_store(str(db)) as store:
        name = f"bench-{os.getpid()}"
        store.add_user(name, "analyst")
        store.add_token(name, auth.token_digest(token), "api", "benchmark")
        facility = next(s.entity for s in store.entities("facility") if s.reports)
        claims = store.claims_for(facility.id)
        event = claims[0][0] if claims else store.events()[0]
        doc_id = event.doc_id
    e, c, d = quote(facility.id, safe=""), quote(event.id, safe=""), quote(doc_id, safe="")
    routes = [
        ("page /", "/"), ("page /search?q", "/search?q=munitions+factory"),
        ("page /search?type", "/search?type=INSPECTION&since=2011"),
        ("page /entities/{facility}", f"/entities/{e}"), ("page /entities/Pyongyang", "/entities/Pyongyang"),
        ("page /claims/{id}", f"/claims/{c}"),
        ("page /reports/{id}", f"/reports/{d}"), ("page /map", "/map"), ("page /map?since", "/map?since=2011-06"),
        ("page /audit", "/audit"),
        ("api /api/search?q", "/api/search?q=missile"), ("api /api/search?place", "/api/search?place=Pyongyang"),
        ("api /api/events?type", "/api/events?type=MEETING"), ("api /api/entities", "/api/entities?kind=facility"),
        ("api /api/entities/{facility}", f"/api/entities/{e}"), ("api /api/claims/{id}", f"/api/claims/{c}"),
        ("api /api/reports/{id}", f"/api/reports/{d}"), ("api /api/dashboard", "/api/dashboard"),
        ("api /api/map", "/api/map"), ("api /api/audit", "/api/audit"),
    ]
    return token, routes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def measure(base: str, token: str, routes, n: int, concurrency: int) -> dict:
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}, limits=limits,
                                 timeout=60) as client:
        out = {}
        for label, path in routes:
            t0 = time.perf_counter()
            first = await client.get(path)
            first_ms = (time.perf_counter() - t0) * 1000
            if first.status_code != 200:
                raise SystemExit(f"{label}: {path} answered {first.status_code}: {first.text[:200]}")
            gate = asyncio.Semaphore(concurrency)
            times: list[float] = []

            async def one():
                async with gate:
                    t = time.perf_counter()
                    r = await client.get(path)
                    times.append((time.perf_counter() - t) * 1000)
                    if r.status_code != 200:
                        raise SystemExit(f"{label}: {r.status_code}")

            await asyncio.gather(*(one() for _ in range(n)))
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
            out[label] = {"path": path, "first_ms": round(first_ms, 1), "p50_ms": round(statistics.median(times), 1),
                          "p95_ms": round(p95, 1), "bytes": len(first.content)}
            print(f"{label:32} first {first_ms:8.1f} ms  p50 {out[label]['p50_ms']:7.1f} ms  "
                  f"p95 {out[label]['p95_ms']:7.1f} ms  {len(first.content):>8} B", flush=True)
        return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=ROOT / "build" / "kcna-2011.db")
    ap.add_argument("--build", action="store_true", help="ingest the KCNA feed and the samples when --db is missing")
    ap.add_argument("--requests", type=int, default=40, help="requests per route (default 40)")
    ap.add_argument("--concurrency", type=int, default=4, help="requests in flight at once (default 4)")
    ap.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1)")
    ap.add_argument("--out", type=Path, help="write the figures here as JSON")
    args = ap.parse_args(argv)
    if not args.db.exists():
        if not args.build:
            raise SystemExit(f"{args.db} does not exist; pass --build to ingest {CORPUS} and the samples into it")
        args.db.parent.mkdir(parents=True, exist_ok=True)
        build(args.db)
    token, routes = targets(args.db)
    port = free_port()
    env = dict(os.environ, THREADLINE_DB=str(args.db))
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory", "threadline.web.app:from_environment",
                               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
                               "--workers", str(args.workers)], env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        # The server listens once its start-up (imports, then the warm-up) is over.
        for _ in range(1200):
            try:
                httpx.get(base + "/login", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        ready_s = time.perf_counter() - started
        with open_store(str(args.db)) as store:
            counts = {k: store.count(k) for k in ("documents", "entities", "events")}
        print(f"knowledge base {args.db}: {counts}; {args.requests} requests per route, "
              f"{args.concurrency} in flight, {args.workers} worker(s); server answering {ready_s:.1f} s "
              f"after it was started", flush=True)
        figures = asyncio.run(measure(base, token, routes, args.requests, args.concurrency))
    finally:
        server.terminate()
        server.wait(timeout=10)
    slow = [k for k, v in figures.items() if k.startswith("page") and v["p95_ms"] >= GOAL_MS]
    print(f"pages with p95 >= {GOAL_MS:.0f} ms: {', '.join(slow) if slow else 'none'}")
    result = {"knowledge_base": counts, "requests": args.requests, "concurrency": args.concurrency,
              "workers": args.workers, "ready_s": round(ready_s, 1),
              "routes": figures, "pages_over_goal": slow}
    if args.out:
        args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


if __name__ == "__main__":
    main()

"""Crash-safety soak: kill an ingest with SIGKILL at random points, rerun, and compare.

Usage:
    python scripts/soak_kill.py [--n 11221] [--kills 20] [--corpus ../shared/corpus/kcna-2011.jsonl]
                                [--db postgresql://...] [--seed 7] [--keep DIR]

1. An uninterrupted ``threadline ingest`` of the first N KCNA stories into a
   reference knowledge base (always a fresh SQLite file).
2. The same ingest into the soak knowledge base (``--db``: a fresh SQLite file by
   default, or a PostgreSQL URL whose schema is empty), killed with SIGKILL at a
   random moment after it has committed its first batch (so every kill lands
   mid-ingest), ``--kills`` times over; then run once more to completion.
3. The two knowledge bases must be equal: the same counts of reports, entities,
   mentions, events and timexes, and the same ids (reports, entities, events; and
   each mention's and timex's document, offsets and value).

Prints one line per kill (seconds alive, reports stored so far) and the
comparison; exits 1 when they differ. The run after the kills must succeed (exit
0) and the database must open after every kill.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from threadline.store import open_store  # noqa: E402


def ingest_command(corpus: Path, db: str) -> list[str]:
    return [sys.executable, "-c", "from threadline.cli import app; app()", "ingest", str(corpus), "--db", db,
            "--offline", "--batch-size", "16"]


def env() -> dict:
    return dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))


def _stored(db: str) -> int:
    with open_store(db) as s:
        return s.count("documents")


def snapshot(db: str) -> dict:
    """What the comparison looks at: counts, and sets of ids and positions."""
    with open_store(db) as s:
        docs = s.documents()
        ids = {d.id for d in docs}
        mentions = {(m.doc_id, m.start, m.end, m.entity_id) for d in ids for m in s.mentions(doc_id=d)}
        timexes = {(d, t.start, t.end, t.value) for d in ids for t in s.timexes(d)}
        return {
            "documents": ids,
            "entities": {x.entity.id for x in s.entities()},
            "events": {e.id for e in s.events()},
            "mentions": mentions,
            "timexes": timexes,
            "counts": {t: s.count(t) for t in ("documents", "entities", "mentions", "events", "timexes")},
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "kcna-2011.jsonl"))
    parser.add_argument("--n", type=int, default=11_221, help="stories to ingest (the first N)")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--db", help="the soak knowledge base (default: a fresh SQLite file)")
    parser.add_argument("--max-alive", type=float, default=6.0,
                        help="a kill comes up to this many seconds after the run's first commit")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", help="work in this folder and keep it")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="threadline-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "stories.jsonl"
    with open(args.corpus, encoding="utf-8") as src, open(corpus, "w", encoding="utf-8") as out:
        for n, line in enumerate(src):
            if n >= args.n:
                break
            out.write(line)
    reference, soak = str(work / "reference.db"), args.db or str(work / "soak.db")

    started = time.monotonic()
    done = subprocess.run(ingest_command(corpus, reference), env=env(), capture_output=True, text=True)
    if done.returncode not in (0, 1):
        print(done.stderr[-2000:])
        return 2
    print(f"reference: {time.monotonic() - started:.0f} s, exit {done.returncode}: {done.stdout.strip().splitlines()[0]}")

    kills = 0
    while kills < args.kills:
        with open_store(soak) as s:
            before = s.count("documents")
        proc = subprocess.Popen(ingest_command(corpus, soak), env=env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        # Kill mid-ingest: once this run has committed a batch, at a random moment after.
        while proc.poll() is None and _stored(soak) <= before:
            time.sleep(0.2)
        if proc.poll() is not None:
            print(f"run finished before the kill: exit {proc.returncode}")
            break
        alive = rng.uniform(0.0, args.max_alive)
        try:
            proc.wait(timeout=alive)
            print(f"run finished before the kill: exit {proc.returncode}")
            break
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        kills += 1
        stored = _stored(soak)               # the database must open after every kill
        print(f"kill {kills}: {alive:.1f} s after its first commit, {stored} report(s) stored")
    final = subprocess.run(ingest_command(corpus, soak), env=env(), capture_output=True, text=True)
    print(f"final run: exit {final.returncode}: {(final.stdout.strip().splitlines() or [''])[0]}")
    if final.returncode not in (0, 1):
        print(final.stderr[-2000:])
        return 1

    a, b = snapshot(reference), snapshot(soak)
    print(f"reference counts: {a['counts']}")
    print(f"soak counts:      {b['counts']}")
    same = True
    for key in ("documents", "entities", "events", "mentions", "timexes", "counts"):
        if a[key] != b[key]:
            same = False
            diff = (a[key] ^ b[key]) if isinstance(a[key], set) else (a[key], b[key])
            print(f"DIFFERENT {key}: {list(diff)[:10]}")
    print(f"{kills} kill(s) survived; knowledge bases {'equal' if same else 'DIFFER'}; work folder {work}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

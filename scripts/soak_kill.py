"""Crash-safety soak: kill an ingest with SIGKILL at random points, rerun, and compare.

Usage:
    python scripts/soak_kill.py [--n 11221] [--kills 20] [--corpus ../shared/corpus/kcna-2011.jsonl]
                                [--db postgresql://...] [--seed 7] [--spread] [--keep DIR]

1. An uninterrupted ``threadline ingest`` of the first N KCNA stories into a
   reference knowledge base (always a fresh SQLite file).
2. The same ingest into the soak knowledge base (``--db``: a fresh SQLite file by
   default, or a PostgreSQL URL whose schema is empty), killed with SIGKILL at a
   random moment after it has committed its first batch (so every kill lands
   mid-ingest), ``--kills`` times over; then run once more to completion. With
   ``--spread`` the kills are spread over the whole corpus: kill k waits until the
   knowledge base holds a random number of reports (drawn once, in increasing
   order), then comes at a random moment up to ``--max-alive`` seconds later.
3. The two knowledge bases must be equal: the same counts of reports, entities,
   mentions, events and timexes, and the same ids (reports, entities, events; and
   each mention's and timex's document, offsets and value).

Prints one line per kill (seconds alive, reports stored so far) and the
comparison; exits 1 when they differ. The run after the kills must succeed (exit
0) and the database must open after every kill.

With ``--keep DIR`` the soak can be resumed: ``DIR/state.json`` records the
finished reference run and each kill, and the same command run again goes on
from there (a reference run that was itself cut short is started over, since it
must be uninterrupted).
"""
from __future__ import annotations

import argparse
import json
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


def say(line: str) -> None:
    # Flushed at once: the soak runs for a long time, usually with its output in a file.
    print(line, flush=True)


class State:
    """What a resumable soak has done so far, kept in ``state.json`` in the work folder."""

    def __init__(self, path: Path, settings: dict):
        self.path = path
        self.data = json.loads(path.read_text()) if path.exists() else {}
        if self.data.get("settings", settings) != settings:
            raise SystemExit(f"{path} was made by a soak with other settings ({self.data['settings']}); "
                             "use another --keep folder")
        self.data["settings"] = settings
        self.data.setdefault("kills", [])

    def __getitem__(self, key):
        return self.data.get(key)

    def __setitem__(self, key, value) -> None:
        self.data[key] = value
        self.save()

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, indent=1))
        tmp.replace(self.path)


def _remove_sqlite(path: str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(path + suffix).unlink(missing_ok=True)


def reference_run(corpus: Path, reference: str, state: State) -> bool:
    """The uninterrupted ingest, reporting progress every minute; False when it failed."""
    if state["reference"]:
        say(f"reference: done before, {state['reference']['seconds']:.0f} s, {state['reference']['summary']}")
        return True
    _remove_sqlite(reference)  # a reference cut short by an earlier soak is started over
    started = time.monotonic()
    proc = subprocess.Popen(ingest_command(corpus, reference), env=env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    while True:
        try:
            out, err = proc.communicate(timeout=60)
            break
        except subprocess.TimeoutExpired:
            if Path(reference).exists():
                say(f"reference: {time.monotonic() - started:.0f} s, {_stored(reference)} report(s) stored")
    if proc.returncode not in (0, 1):
        say(err[-2000:])
        return False
    summary = (out.strip().splitlines() or [""])[0]
    state["reference"] = {"seconds": time.monotonic() - started, "exit": proc.returncode, "summary": summary}
    say(f"reference: {state['reference']['seconds']:.0f} s, exit {proc.returncode}: {summary}")
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "kcna-2011.jsonl"))
    parser.add_argument("--n", type=int, default=11_221, help="stories to ingest (the first N)")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--db", help="the soak knowledge base (default: a fresh SQLite file)")
    parser.add_argument("--max-alive", type=float, default=6.0,
                        help="a kill comes up to this many seconds after the run's first commit")
    parser.add_argument("--spread", action="store_true",
                        help="spread the kills over the whole corpus, at random numbers of stored reports")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", help="work in this folder and keep it; a soak run again with it resumes")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="threadline-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    state = State(work / "state.json", {"n": args.n, "kills": args.kills, "seed": args.seed, "spread": args.spread,
                                        "max_alive": args.max_alive, "db": args.db, "corpus": str(args.corpus)})
    corpus = work / "stories.jsonl"
    if not corpus.exists():
        tmp = corpus.with_suffix(".tmp")
        with open(args.corpus, encoding="utf-8") as src, open(tmp, "w", encoding="utf-8") as out:
            for n, line in enumerate(src):
                if n >= args.n:
                    break
                out.write(line)
        tmp.replace(corpus)
    reference, soak = str(work / "reference.db"), args.db or str(work / "soak.db")
    if not reference_run(corpus, reference, state):
        return 2

    # Drawn in full before the first kill, so that a resumed soak draws the same ones.
    targets = sorted(rng.sample(range(1, args.n), args.kills)) if args.spread else [0] * args.kills
    alive_times = [rng.uniform(0.0, args.max_alive) for _ in range(args.kills)]
    for done in state["kills"]:
        say(f"kill {done['kill']}: done before, {done['alive']:.1f} s after {done['after']}, "
            f"{done['stored']} report(s) stored")
    kills = len(state["kills"])
    finished_early = False
    while kills < args.kills:
        with open_store(soak) as s:
            before = s.count("documents")
        target, alive = targets[kills], alive_times[kills]
        started = time.monotonic()
        proc = subprocess.Popen(ingest_command(corpus, soak), env=env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        # Kill mid-ingest: once this run has committed a batch (and, spread, once the
        # knowledge base holds the drawn number of reports), at a random moment after.
        while proc.poll() is None and (_stored(soak) <= before or _stored(soak) < target):
            time.sleep(0.2 if not args.spread else 1.0)
        try:
            proc.wait(timeout=alive)
            say(f"run finished before the kill: exit {proc.returncode}")
            finished_early = True
            break
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        kills += 1
        stored = _stored(soak)               # the database must open after every kill
        after = f"{target} stored" if args.spread else "its first commit"
        state["kills"] = [*state["kills"], {"kill": kills, "alive": alive, "after": after, "stored": stored,
                                            "run_seconds": time.monotonic() - started}]
        say(f"kill {kills}: {alive:.1f} s after {after}, {stored} report(s) stored "
            f"(run alive {time.monotonic() - started:.0f} s)")
    started = time.monotonic()
    final = subprocess.run(ingest_command(corpus, soak), env=env(), capture_output=True, text=True)
    say(f"final run: {time.monotonic() - started:.0f} s, exit {final.returncode}: "
        f"{(final.stdout.strip().splitlines() or [''])[0]}")
    if final.returncode not in (0, 1):
        say(final.stderr[-2000:])
        return 1

    a, b = snapshot(reference), snapshot(soak)
    say(f"reference counts: {a['counts']}")
    say(f"soak counts:      {b['counts']}")
    same = True
    for key in ("documents", "entities", "events", "mentions", "timexes", "counts"):
        if a[key] != b[key]:
            same = False
            diff = (a[key] ^ b[key]) if isinstance(a[key], set) else (a[key], b[key])
            say(f"DIFFERENT {key}: {list(diff)[:10]}")
    state["result"] = {"kills": kills, "finished_early": finished_early, "equal": same,
                       "reference": a["counts"], "soak": b["counts"]}
    say(f"{kills} kill(s) survived; knowledge bases {'equal' if same else 'DIFFER'}; work folder {work}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

"""PostgreSQL restarted mid-ingest: the ingest retries or stops with a clear message, and never
writes half a report.

Usage (as root, with the PostgreSQL server binaries installed; the throwaway
cluster runs as the ``postgres`` user):
    python scripts/soak_pg_restart.py [--n 1000] [--restarts 5] [--mode immediate] [--reference REF.db]

1. ``initdb`` a throwaway cluster in a temporary folder and start it on a free port.
2. Ingest the first N KCNA stories into it; after each commit, at a random moment,
   restart the server (``pg_ctl restart -m immediate`` is a crash: no clean
   shutdown, WAL recovery on start), ``--restarts`` times in all. An ingest that
   stops must stop with exit code 2 and a message naming the database (never a
   traceback, exit 3); it is then run again.
3. Compare with an uninterrupted SQLite run (``--reference``, or one made here):
   the same reports, entities, events, and for every report the same mentions and
   timexes, so no report was half-written.
The cluster is stopped and removed at the end.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

from soak_kill import env, ingest_command, snapshot  # noqa: E402


def _bin(name: str) -> str:
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the PostgreSQL server package")
    return found


def _as_postgres(*command: str) -> subprocess.CompletedProcess:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *command], capture_output=True, text=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stored(url: str) -> int:
    from threadline.errors import StoreError
    from threadline.store import open_store
    try:
        with open_store(url) as s:
            return s.count("documents")
    except StoreError:
        return -1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "kcna-2011.jsonl"))
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--restarts", type=int, default=5)
    parser.add_argument("--mode", default="immediate", choices=["immediate", "fast"])
    parser.add_argument("--reference", help="an uninterrupted SQLite knowledge base of the same N stories")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="threadline-pgsoak-"))
    data = work / "cluster"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(work, "postgres")
        shutil.chown(data, "postgres")
    corpus = work / "stories.jsonl"
    with open(args.corpus, encoding="utf-8") as src, open(corpus, "w", encoding="utf-8") as out:
        for n, line in enumerate(src):
            if n >= args.n:
                break
            out.write(line)
    os.chmod(work, 0o755)
    os.chmod(corpus, 0o644)
    port = _free_port()
    pg_ctl = _bin("pg_ctl")
    start_opts = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=on"
    init = _as_postgres(_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "postgres")
    if init.returncode:
        print(init.stderr)
        return 2
    started = _as_postgres(pg_ctl, "-D", str(data), "-o", start_opts, "-l", str(data / "log"), "-w", "start")
    if started.returncode:
        print(started.stderr)
        return 2
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    try:
        reference = args.reference
        if not reference:
            reference = str(work / "reference.db")
            subprocess.run(ingest_command(corpus, reference), env=env(), capture_output=True, text=True)
        restarts, runs, stops = 0, 0, []
        while True:
            runs += 1
            before = max(_stored(url), 0)
            proc = subprocess.Popen(ingest_command(corpus, url), env=env(), stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)
            while restarts < args.restarts and proc.poll() is None:
                while proc.poll() is None and _stored(url) <= before:
                    time.sleep(0.2)
                if proc.poll() is not None:
                    break
                time.sleep(rng.uniform(0, 3))
                t0 = time.monotonic()
                done = _as_postgres(pg_ctl, "-D", str(data), "-o", start_opts, "-l", str(data / "log"),
                                    "-m", args.mode, "-w", "restart")
                restarts += 1
                print(f"restart {restarts} ({args.mode}): {time.monotonic() - t0:.1f} s, exit {done.returncode}; "
                      f"{_stored(url)} report(s) stored")
                before = max(_stored(url), 0)
            out, err = proc.communicate()
            print(f"run {runs}: exit {proc.returncode}: {(out.strip().splitlines() or [''])[0]}")
            if proc.returncode == 3 or "Traceback" in err:
                print("CRASHED (exit 3 or a traceback):\n" + err[-3000:])
                return 1
            if proc.returncode == 2:
                stops.append(err.strip().splitlines()[-1] if err.strip() else "")
                print(f"  stopped with: {stops[-1][:300]}")
                continue
            break
        a, b = snapshot(reference), snapshot(url)
        print(f"reference counts: {a['counts']}")
        print(f"after restarts:   {b['counts']}")
        same = all(a[k] == b[k] for k in ("documents", "entities", "events", "mentions", "timexes", "counts"))
        for k in ("documents", "entities", "events", "mentions", "timexes"):
            if a[k] != b[k]:
                print(f"DIFFERENT {k}: {list(a[k] ^ b[k])[:10]}")
        print(f"{restarts} restart(s), {runs} run(s), {len(stops)} clear stop(s); "
              f"knowledge bases {'equal' if same else 'DIFFER'}")
        return 0 if same else 1
    finally:
        _as_postgres(pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

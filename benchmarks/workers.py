"""Ingest on several processes and on a local Dask cluster against one process, in one run.

Usage: python benchmarks/workers.py [--n 2000] [--modes 1,2,dask:2] [--batch-size 64]
                                    [--corpus ../shared/corpus/kcna-2011.jsonl]

Ingests the first N English KCNA stories into a fresh SQLite file once per mode:
  1        one process (today's path);
  N        N worker processes (``--workers N``);
  dask:N   a Dask LocalCluster of N one-thread worker processes on loopback (``--dask local:N``).
Each time includes starting the workers and loading the pipeline in each. Prints documents/s
for each mode, its ratio to the one-process run (targets: 2 processes >= 1.7, Dask 2 workers
>= 1.6 on a quiet 2-core machine), whether its knowledge base equals the one-process one
(``store.admin.knowledge_digest``), the peak memory of each worker process and of the writer,
the CPU time of the command's own process (reading, near-duplicates, edition links, writing:
what the workers cannot take over, so the ceiling of the speed-up), the CPU time of the workers
and, for a local Dask cluster, of its helper process (the scheduler and the nannies), and the
load average before and after: on a shared machine the ratios are depressed.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from threadline import pipeline
from threadline.executors import DaskCluster, InProcess, ProcessPool
from throughput import english_stories  # the script beside this one (its folder is on sys.path when run)
from threadline.settings import Settings
from threadline.store import open_store
from threadline.store.admin import knowledge_digest

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "kcna-2011.jsonl"


def _peak_mb() -> float:
    """Peak resident memory of the process that calls it, in MB.

    Read from ``VmHWM`` in /proc: a worker is forked from its parent and then runs a new
    program, and ``ru_maxrss`` carries the parent's peak across that, so it would report
    the writer's size for every worker.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # not Linux: an upper bound


def _peak_and_cpu() -> tuple[float, float]:
    return _peak_mb(), _cpu_s()


def _pid_peak_and_cpu(_: object) -> tuple[int, tuple[float, float]]:
    time.sleep(0.2)    # long enough that each worker of the pool takes one of the calls
    return os.getpid(), _peak_and_cpu()


def _pool_peaks_and_cpu(pool: ProcessPool) -> list[tuple[float, float]]:
    """The peak memory and the CPU seconds of each process of a pool, asked of each by a few small tasks."""
    found: dict[int, tuple[float, float]] = {}
    for _ in range(5):
        jobs = ((i, None) for i in range(pool.workers * 2))
        found.update(result for _, result in pool.map_in_order(_pid_peak_and_cpu, (), jobs))
        if len(found) >= pool.workers:
            break
    return sorted(found.values())


def _helper_cpu_s(runner) -> float | None:
    """CPU seconds of a local Dask cluster's helper process (its scheduler and nannies), None for others."""
    local = getattr(runner, "_local", None)
    if local is None:
        return None
    import psutil
    times = psutil.Process(local._process.pid).cpu_times()
    return times.user + times.system


def _cpu_s() -> float:
    """CPU seconds this process (the reader and writer; in mode 1 the analysis too) has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _runner(mode: str):
    if mode.startswith("dask:"):
        return DaskCluster("local:" + mode.removeprefix("dask:"))
    n = int(mode)
    return InProcess() if n == 1 else ProcessPool(n)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="number of English stories (default 2000)")
    ap.add_argument("--modes", default="1,2,dask:2", help="comma-separated: 1, N, dask:N (default 1,2,dask:2)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)
    modes = args.modes.split(",")

    records = english_stories(args.corpus, args.n)
    n = len(records)
    load_before = os.getloadavg()
    results: dict = {"documents": n, "cores": os.cpu_count(), "load_before": [round(x, 2) for x in load_before],
                     "modes": {}}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "stories.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        reference = None
        for mode in modes:
            db = str(Path(tmp) / f"kb-{mode.replace(':', '-')}.db")
            settings = Settings(db=db, batch_size=args.batch_size, offline=True)
            t0, cpu0 = time.perf_counter(), _cpu_s()
            runner = _runner(mode)
            try:
                with open_store(db) as store:
                    report = pipeline.run([str(src)], settings, store, runner=runner)
                elapsed, writer_cpu = time.perf_counter() - t0, _cpu_s() - cpu0
                helper_cpu = _helper_cpu_s(runner)
                workers = (sorted(runner.run_on_workers(_peak_and_cpu).values()) if isinstance(runner, DaskCluster)
                           else _pool_peaks_and_cpu(runner) if isinstance(runner, ProcessPool) else [])
            finally:
                runner.close()
            with open_store(db) as store:
                digest = knowledge_digest(store)
            reference = reference or digest
            results["modes"][mode] = {
                "seconds": round(elapsed, 1), "docs_per_s": round(n / elapsed, 2), "stored": report.stored,
                "failures": len(report.failures), "same_as_first": digest == reference,
                "worker_peak_mb": [round(mb) for mb, _ in workers], "writer_peak_mb": round(_peak_mb()),
                "writer_cpu_s": round(writer_cpu, 1), "workers_cpu_s": round(sum(cpu for _, cpu in workers), 1) if workers else None,
                "helper_cpu_s": None if helper_cpu is None else round(helper_cpu, 1),
            }
            row = results["modes"][mode]
            print(f"{mode:>8}: {row['docs_per_s']:7.2f} docs/s ({row['seconds']} s), stored {row['stored']}, "
                  f"failed {row['failures']}, same knowledge base as {modes[0]}: {row['same_as_first']}, "
                  f"worker peak MB {row['worker_peak_mb'] or '-'}, writer peak MB {row['writer_peak_mb']}, "
                  f"writer CPU {row['writer_cpu_s']} s, workers CPU {row['workers_cpu_s'] or '-'} s"
                  + ("" if helper_cpu is None else f", scheduler+nannies CPU {row['helper_cpu_s']} s"),
                  flush=True)
    base = results["modes"][modes[0]]["seconds"]
    for mode, row in results["modes"].items():
        row["ratio"] = round(base / row["seconds"], 3)
    results["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(f"documents {n}, cores {results['cores']}, load average before {results['load_before']}, "
          f"after {results['load_after']}")
    print("ratios to " + modes[0] + ": " + ", ".join(f"{m} {r['ratio']:.2f}" for m, r in results["modes"].items()))
    return results


if __name__ == "__main__":
    main(sys.argv[1:])

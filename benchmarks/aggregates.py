"""What the workbench's summaries and the entity and report listings cost on a large knowledge base.

Usage: python benchmarks/aggregates.py KB_URL [--repeat 5] [--before REV] [--year 2015] [--only NAME...]

KB_URL is a knowledge base built by ``benchmarks/queries.py`` (``--sqlite-file``, ``--pg-schema``).
Times, ``--repeat`` times each, and prints p50 (and max) of wall-clock and CPU seconds of this
process (on SQLite the database works in this process; on PostgreSQL its time is only in wall):
   dashboard     ``views.dashboard`` (latest claims, top facilities, activity, counts)
   activity      ``views.activity`` (events by period and type, by province)
   map           ``views.map_points`` for everything, and for one year
   entities      ``threadline entities --kind facility``: a page of 50 and the count
   reports       ``threadline reports``: a page of 50 and the count
   claims page   ``views.search`` without words or filters (``/api/events``): the first page of 20
With ``--before REV``, the same calls through ``src/threadline/web/views.py`` (and the listings'
code) as they were at git revision REV, in the same run, over the same store, for a ratio.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from threadline.settings import Settings
from threadline.store import open_store
from threadline.web import views

ROOT = Path(__file__).resolve().parents[1]


def views_at(rev: str):
    """``threadline.web.views`` as it was at a git revision, imported beside today's."""
    source = subprocess.run(["git", "show", f"{rev}:src/threadline/web/views.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "views_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("views_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def calls(store, v, before: bool, year: str) -> dict:
    settings = Settings()
    out = {"dashboard": lambda: v.dashboard(store, settings, None),
           "activity": (lambda: v.activity(store, store.events())) if before else (lambda: v.activity(store)),
           "map": lambda: v.map_points(store),
           "map (one year)": lambda: v.map_points(store, year, year),
           "claims page": lambda: v.search(store, settings, v.Filters(), 1, 20)}
    if before:
        def entities():
            found = [s for s in store.entities("facility") if s.reports]
            return found[:50], len(found)

        def reports():
            # ``analyze.find_reports`` then: every document read, filtered and sorted in Python.
            docs = list(store.documents())
            dated = sorted((d for d in docs if (d.published.value or "")[:4].isdigit()),
                           key=lambda d: (d.published.value, d.id), reverse=True)
            rest = sorted((d for d in docs if not (d.published.value or "")[:4].isdigit()),
                          key=lambda d: (d.published.value is None, d.id))
            found = dated + rest
            return found[:50], len(found)
    else:
        def entities():
            return store.entity_summaries("facility", limit=50, reported=True), store.count_entities("facility", True)

        def reports():
            return store.reports(limit=50), store.count_reports()
    out["entities"] = entities
    out["reports"] = reports
    return out


def timed(call, repeat: int) -> dict:
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        call()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return {"wall_p50": statistics.median(walls), "wall_max": max(walls),
            "cpu_p50": statistics.median(cpus), "cpu_max": max(cpus)}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("url")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--before", default=None, help="a git revision to time the former code of, in the same run")
    ap.add_argument("--year", default="2015", help="the year of the one-year map")
    ap.add_argument("--only", nargs="*", default=None, help="time only these (names as printed)")
    args = ap.parse_args(argv)
    results: dict[str, dict] = {}
    with open_store(args.url, create=False) as store:
        sizes = {k: store.count(k) for k in ("documents", "events", "entities", "mentions")}
        print(f"{store.url}: {sizes}", flush=True)
        versions = [("after", views, False)]
        if args.before:
            versions.insert(0, ("before", views_at(args.before), True))
        for label, v, before in versions:
            for name, call in calls(store, v, before, args.year).items():
                if args.only and name not in args.only:
                    continue
                r = timed(call, args.repeat)
                results.setdefault(name, {})[label] = r
                print(f"  {name:16s} {label:6s} wall p50 {r['wall_p50'] * 1000:9.1f} ms (max {r['wall_max'] * 1000:9.1f})"
                      f"   cpu p50 {r['cpu_p50'] * 1000:9.1f} ms", flush=True)
    print(json.dumps({"sizes": sizes, "results": results}))
    return results


if __name__ == "__main__":
    main(sys.argv[1:])

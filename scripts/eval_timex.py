#!/usr/bin/env python3
"""Run find_timexes over an eval inputs file and write contract-format JSON Lines.

Usage: python scripts/eval_timex.py INPUTS.jsonl OUTPUT.jsonl [--ids-prefix P,...] [--exclude-prefix P,...]

Each input line is {"id", "text", "published"}; a missing "published" makes the
script infer the publication date from the text (as the pipeline does) and use
it as the DCT. Then: python3 ../shared/eval/score.py GOLD.jsonl OUTPUT.jsonl
Prints the number of documents and the time spent in find_timexes.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from threadline.temporal import find_timexes, infer_publication_date


def run(inputs: str, output: str, include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> dict:
    docs = []
    with open(inputs, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                if include and not d["id"].startswith(include):
                    continue
                if exclude and d["id"].startswith(exclude):
                    continue
                docs.append(d)
    t_find = 0.0
    t_pub = 0.0
    with open(output, "w", encoding="utf-8") as out:
        for d in docs:
            dct = d.get("published")
            basis = "given" if dct else "unknown"
            inferred = False
            if not dct:
                t0 = time.perf_counter()
                pub = infer_publication_date(d["text"])
                t_pub += time.perf_counter() - t0
                dct, basis, inferred = pub.value, pub.basis, pub.basis == "inferred"
            t0 = time.perf_counter()
            tx = find_timexes(d["text"], dct, dct_inferred=inferred)
            t_find += time.perf_counter() - t0
            rec = {
                "id": d["id"],
                "document": {"published": dct, "published_basis": basis},
                "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                             "value": t.value if not t.interval_end else f"{t.value}/{t.interval_end}"}
                            for t in tx],
                "entities": {}, "mentions": [], "events": [],
            }
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return {"documents": len(docs), "seconds": t_find, "pubdate_seconds": t_pub}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs")
    ap.add_argument("output")
    ap.add_argument("--ids-prefix", default="", help="only ids starting with one of these (comma-separated)")
    ap.add_argument("--exclude-prefix", default="", help="skip ids starting with one of these")
    a = ap.parse_args(argv)
    inc = tuple(p for p in a.ids_prefix.split(",") if p)
    exc = tuple(p for p in a.exclude_prefix.split(",") if p)
    r = run(a.inputs, a.output, inc, exc)
    n, s = r["documents"], r["seconds"]
    print(f"{n} documents, find_timexes {s:.3f} s ({n / s if s else 0:.0f} docs/s)"
          + (f", publication-date inference {r['pubdate_seconds']:.3f} s" if r["pubdate_seconds"] else ""),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

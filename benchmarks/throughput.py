"""Throughput of the full Threadline pipeline against the bare spaCy model, in one run.

Usage: python benchmarks/throughput.py [--n 2000] [--corpus ../shared/corpus/kcna-2011.jsonl]

Times, on the first N KCNA stories in English (the feed also carries Spanish stories,
which Threadline stores without extraction; leaving them out keeps both sides on the
same work):
  baseline   stock ``en_core_web_sm`` ``nlp.pipe`` over the texts (all its components);
  threadline ``pipeline.run`` — ingest, boilerplate, dedup, the full spaCy pipeline with
             Threadline's components, events, resolution — into a fresh SQLite file;
  timex      ``find_timexes`` alone over the same texts (its share of the pipeline).
Prints documents/s for each, the ratio threadline/baseline (target >= 1.0), the
timex share of pipeline time (target <= 10%), and the process's peak memory.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from threadline import pipeline
from threadline.ingest.language import detect_language
from threadline.nlp.model import load_base_model
from threadline.settings import Settings
from threadline.store import open_store
from threadline.temporal import find_timexes

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "kcna-2011.jsonl"



def english_stories(corpus: Path, n: int) -> list[dict]:
    """The first ``n`` English stories of a JSON Lines corpus (the Spanish ones, which Threadline
    stores without extraction, would flatter it), with the fields a report takes."""
    records = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if len(records) >= n:
                break
            rec = json.loads(line)
            if detect_language(rec["text"]) == "en":
                records.append({"id": rec["id"], "text": rec["text"], "published": rec.get("published"),
                                "title": rec.get("title"), "outlet": rec.get("outlet")})
    return records

def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="number of stories (default 2000)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)

    records = english_stories(args.corpus, args.n)
    texts = [r["text"] for r in records]
    n = len(texts)

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "stories.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

        base_nlp = load_base_model("en_core_web_sm")
        t0 = time.perf_counter()
        for _ in base_nlp.pipe(texts, batch_size=args.batch_size):
            pass
        base_s = time.perf_counter() - t0
        del base_nlp

        settings = Settings(db=str(Path(tmp) / "kb.db"), batch_size=args.batch_size, offline=True)
        store = open_store(settings.db)
        t0 = time.perf_counter()
        report = pipeline.run([str(src)], settings, store)
        tl_s = time.perf_counter() - t0
        stored = store.count("documents")
        events = store.count("events")
        store.close()

        t0 = time.perf_counter()
        for r in records:
            find_timexes(r["text"], r["published"])
        timex_s = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "documents": n, "stored": stored, "events": events, "failures": len(report.failures),
        "baseline_docs_per_s": round(n / base_s, 2), "threadline_docs_per_s": round(n / tl_s, 2),
        "ratio": round(base_s / tl_s, 3), "timex_share_of_pipeline": round(timex_s / tl_s, 4),
        "peak_memory_mb": round(peak_mb, 1),
    }
    print(f"documents            {n} (stored {stored}, events {events}, failed {len(report.failures)})")
    print(f"baseline spaCy       {result['baseline_docs_per_s']:.2f} docs/s  ({base_s:.1f} s)")
    print(f"threadline pipeline  {result['threadline_docs_per_s']:.2f} docs/s  ({tl_s:.1f} s)")
    print(f"ratio                {result['ratio']:.3f}  (threadline / baseline; target >= 1.0)")
    print(f"timex share          {result['timex_share_of_pipeline']:.1%}  (target <= 10%)")
    print(f"peak memory          {peak_mb:.0f} MB  (target < 2048 MB)")
    return result


if __name__ == "__main__":
    main(sys.argv[1:])

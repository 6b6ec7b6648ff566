"""Does a long report cost in proportion to its length? One run, two sizes, a ratio.

Usage: python benchmarks/scaling.py [--small 25] [--factor 8] [--corpus ../shared/corpus/kcna-2011.jsonl]

Builds one report of ``small`` KB and one ``factor`` times as long from consecutive KCNA
stories (joined by line breaks: one long state-media digest), extracts each through
``pipeline.extract_documents`` after a warm-up, and prints seconds per KB for both and
their ratio. Each call's fixed cost (building the pipeline, timed on a 1 KB report in the
same run) is taken off first. Linear cost gives a ratio near 1.0; a cost that grows with
the square of the length gives a ratio near ``factor``.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from threadline.pipeline import extract_documents
from threadline.settings import Settings

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "kcna-2011.jsonl"


def _seconds(text: str, settings: Settings, workdir: Path) -> float:
    path = workdir / f"report-{len(text)}.jsonl"
    path.write_text(json.dumps({"id": "long", "text": text, "published": "2011-06-01"}) + "\n", encoding="utf-8")
    t0 = time.perf_counter()
    results = list(extract_documents([str(path)], settings))
    elapsed = time.perf_counter() - t0
    if not results:
        raise SystemExit(f"{path}: nothing was extracted")
    return elapsed


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=25, help="size of the small report in KB (default 25)")
    ap.add_argument("--factor", type=int, default=8, help="how many times longer the long report is (default 8)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    need = args.small * args.factor * 1000
    parts, size = [], 0
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            parts.append(json.loads(line)["text"])
            size += len(parts[-1]) + 1
            if size >= need:
                break
    body = "\n".join(parts)
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        _seconds(body[:1000], settings, Path(tmp))  # loads the model and the pack
        fixed = _seconds(body[:1000], settings, Path(tmp))
        small = _seconds(body[:args.small * 1000], settings, Path(tmp)) - fixed
        large = _seconds(body[:need], settings, Path(tmp)) - fixed
    per_small, per_large = small / args.small, large / (args.small * args.factor)
    result = {"fixed_s": round(fixed, 2), "small_kb": args.small, "large_kb": args.small * args.factor, "small_s": round(small, 2),
              "large_s": round(large, 2), "s_per_kb_small": round(per_small, 4),
              "s_per_kb_large": round(per_large, 4), "ratio": round(per_large / per_small, 2)}
    print(f"fixed cost of a call: {fixed:.2f} s (taken off below)")
    print(f"{args.small} KB: {small:.2f} s ({per_small * 1000:.1f} ms/KB)")
    print(f"{args.small * args.factor} KB: {large:.2f} s ({per_large * 1000:.1f} ms/KB)")
    print(f"cost per KB, long / short: {result['ratio']:.2f} (1.0 is linear; {args.factor} would be quadratic)")
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
    sys.exit(0)

"""Korean against English: reports per second through the same Extractor (no storage).

Usage: python benchmarks/korean_throughput.py [--repeat N]
The inputs are the Korean gold reports and their English counterparts (eval/korean/reports,
the project's own text), each set repeated N times; the models are loaded before timing.
Prints reports/s and characters/s per language and the Korean/English ratio.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from threadline.ingest.document import build_document  # noqa: E402
from threadline.pipeline import Extractor  # noqa: E402
from threadline.settings import Settings  # noqa: E402


def _documents(prefix: str, repeat: int):
    out = []
    for path in sorted((ROOT / "eval" / "korean" / "reports").glob(f"{prefix}-*.json")):
        r = json.loads(path.read_text(encoding="utf-8"))
        for i in range(repeat):
            out.append(build_document(r["text"], source=f"{path}#{i}", doc_id=f"{r['id']}-{i}", published=r["published"]))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args(argv)
    extractor = Extractor(Settings.load())
    rates = {}
    for lang in ("en", "ko"):
        docs = _documents(lang, args.repeat)
        list(extractor.extract(docs[:2]))  # warm up (the Korean model loads on first use)
        t0 = time.perf_counter()
        n = sum(1 for _ in extractor.extract(docs))
        dt = time.perf_counter() - t0
        chars = sum(len(d.text) for d in docs)
        rates[lang] = (n / dt, chars / dt)
        print(f"{lang}: {n} reports in {dt:.2f} s: {n / dt:.1f} reports/s, {chars / dt:,.0f} chars/s")
    print(f"ko/en reports/s ratio {rates['ko'][0] / rates['en'][0]:.2f}; chars/s ratio {rates['ko'][1] / rates['en'][1]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

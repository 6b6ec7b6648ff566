"""Run the extractor on gold sets and print score.py's figures.

Usage: python scripts/evaluate.py [--shared ../shared] [--frozen-test] [NAME ...]
NAME is a shared gold set under ../shared/eval/gold (seeds, kcna2011-dev, tempeval3-tbaq; the
default is all three) or one of the project's own sets, COLLECTION:SPLIT (kcna2011:dev,
own:train...; see eval/corpus.py). The test splits (``*:test``, and ``korean:test2``,
``korean-en:test2``) are frozen: they are scored only with ``--frozen-test``, once per session,
for the headline figures.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eval.corpus import FROZEN_SPLITS, set_files  # noqa: E402  (the eval folder is not part of the package)
from eval.independence import independence_accuracy  # noqa: E402
from threadline.export.eval import contract_records
from threadline.pipeline import extract_documents
from threadline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
KEEP = ("published", "mentions ", "geo_", "variant_res", "timexes ", "timex_value", "events ", "event_",
        "happening_pairs")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    ap.add_argument("--frozen-test", action="store_true", help="allow the frozen test splits (*:test, *:test2)")
    ap.add_argument("names", nargs="*", default=["seeds", "kcna2011-dev", "tempeval3-tbaq"])
    args = ap.parse_args(argv)
    settings = Settings.load()  # THREADLINE_* variables choose, e.g., another detector
    scratch = tempfile.TemporaryDirectory()
    for name in args.names:
        if name.partition(":")[2] in FROZEN_SPLITS and not args.frozen_test:
            print(f"{name} is a frozen test split: pass --frozen-test to score it (once per session)")
            return 2
        inputs, gold = set_files(name, Path(scratch.name), args.shared)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
            for record in contract_records(extract_documents([str(inputs)], settings), settings.domain_pack):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        result = subprocess.run([sys.executable, str(args.shared / "eval" / "score.py"), str(gold), out.name],
                                capture_output=True, text=True, check=True)
        print(f"== {name}")
        for line in result.stdout.splitlines():
            # A gold set without mentions or events (TempEval) says nothing about them.
            vacuous = line.rstrip().endswith("None") or ("(tp 0 " in line and " fn 0)" in line)
            if line.startswith(KEEP) and not vacuous:
                print(line)
        counted = independence_accuracy(gold, Path(out.name))
        if counted:
            print(f"{'independent_sources_exact':32s} {counted[0] / counted[1]:.3f}  ({counted[0]} of {counted[1]} happenings)")
        Path(out.name).unlink()
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

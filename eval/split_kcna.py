"""Draw the frozen KCNA 2011 splits for the project's own gold, before anything is built on them.

Stories are drawn at random with a fixed seed from the English stories of
``../shared/corpus/kcna-2011.jsonl`` (the shared dev gold's 12 stories excluded), not chosen
by keyword, so the splits look like the stream the product reads. The order inside each
split is the draw order: annotating a prefix of it is still a random sample.

Run once; the output (``eval/splits/kcna2011.json``) is committed and never redrawn.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from threadline.ingest.language import detect_language

SEED = 20261201
SIZES = {"test": 45, "dev": 35, "train": 130}
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main() -> int:
    corpus = SHARED / "corpus" / "kcna-2011.jsonl"
    dev_gold = SHARED / "eval" / "inputs" / "kcna2011-dev.jsonl"
    excluded = {json.loads(line)["id"] for line in dev_gold.open(encoding="utf-8")}
    ids = []
    for line in corpus.open(encoding="utf-8"):
        story = json.loads(line)
        if story["id"] in excluded or detect_language(story["text"]) != "en":
            continue
        ids.append(story["id"])
    ids.sort()
    drawn = random.Random(SEED).sample(ids, sum(SIZES.values()))
    splits, at = {}, 0
    for name, size in SIZES.items():
        splits[name] = drawn[at:at + size]
        at += size
    out = ROOT / "eval" / "splits" / "kcna2011.json"
    out.write_text(json.dumps({"seed": SEED, "source": "shared/corpus/kcna-2011.jsonl",
                               "pool": len(ids), **splits}, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {', '.join(f'{k} {len(v)}' for k, v in splits.items())} of {len(ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

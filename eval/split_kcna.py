"""Draw the frozen KCNA 2011 splits for the project's own gold, before anything is built on them.

Stories are drawn at random with a fixed seed from the English stories of
``../shared/corpus/kcna-2011.jsonl`` (the shared dev gold's 12 stories excluded), not chosen
by keyword, so the splits look like the stream the product reads. The order inside each
split is the draw order: annotating a prefix of it is still a random sample.

Run once; the output (``eval/splits/kcna2011.json``) is committed and never redrawn.
``--extend-train N`` later adds N more training stories (``train_2``, then ``train_3``…), each
drawn with its own seed (``SEED + K - 1`` for ``train_K``) from the stories no split holds, and
leaves every existing split as it is.
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


def _pool(excluded: set[str]) -> list[str]:
    ids = []
    with (SHARED / "corpus" / "kcna-2011.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            story = json.loads(line)
            if story["id"] not in excluded and detect_language(story["text"]) == "en":
                ids.append(story["id"])
    return sorted(ids)


def extend_train(n: int) -> int:
    out = ROOT / "eval" / "splits" / "kcna2011.json"
    splits = json.loads(out.read_text(encoding="utf-8"))
    k = 2
    while f"train_{k}" in splits:
        k += 1
    dev_gold = SHARED / "eval" / "inputs" / "kcna2011-dev.jsonl"
    taken = {json.loads(line)["id"] for line in dev_gold.open(encoding="utf-8")}
    taken |= {i for name, ids in splits.items() if name in SIZES or name.startswith("train_") for i in ids}
    splits[f"train_{k}"] = random.Random(SEED + k - 1).sample(_pool(taken), n)
    out.write_text(json.dumps(splits, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: train_{k} {n}")
    return 0


def main() -> int:
    if sys.argv[1:2] == ["--extend-train"]:
        return extend_train(int(sys.argv[2]))
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

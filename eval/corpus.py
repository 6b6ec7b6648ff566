"""Threadline's own gold corpus, assembled into the shared scorer's two files.

Two collections, each with frozen train/dev/test splits:
  ``kcna2011``  KCNA 2011 stories drawn at random (``eval/splits/kcna2011.json``); the story
                text is read from ``../shared/corpus/kcna-2011.jsonl`` (it is not ours to ship),
                the gold from ``eval/gold/kcna2011/<id>.json``;
  ``korean``    Korean reports the project wrote (and English counterparts of some), in
                ``eval/korean/reports/{ko,en}-<split>-NNN.json`` with gold in ``eval/korean/gold/``,
                both built by ``eval/korean/build_gold.py`` from the hand annotation; it has a
                second frozen test split, ``test2``, and a second development split, ``dev2``, both
                annotated blind (see eval/korean/README.md);
  ``own``       reports the project wrote in the manner of news agencies, broadcasters,
                relayed intelligence briefings, imagery analyses, insider outlets and state
                media (``eval/reports/own-<split>-NNN.json``, invented for evaluation), with
                gold in ``eval/gold/own/<id>.json``, including happening ids across reports.

A set is named ``COLLECTION:SPLIT`` (``kcna2011:dev``, ``own:test``). Only documents whose gold
file exists are included, in split order.
"""
from __future__ import annotations

import json
from pathlib import Path

EVAL = Path(__file__).resolve().parent
SHARED = EVAL.parent.parent / "shared"
COLLECTIONS = ("kcna2011", "own", "korean", "korean-en")
SPLITS = ("train", "dev", "test")
# test2, test3: further frozen test splits, annotated blind; dev2, dev3: development splits, annotated blind
KOREAN_SPLITS = SPLITS + ("test2", "dev2", "test3", "dev3")
# Frozen splits: scored only on purpose, once per session (scripts/evaluate.py --frozen-test).
FROZEN_SPLITS = ("test", "test2", "test3")


def _kcna_inputs(ids: list[str], shared: Path) -> dict[str, dict]:
    wanted, found = set(ids), {}
    with (shared / "corpus" / "kcna-2011.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            story = json.loads(line)
            if story["id"] in wanted:
                found[story["id"]] = {"id": story["id"], "text": story["text"], "published": story["published"],
                                      "title": story["title"], "outlet": story["outlet"], "url": story["url"]}
    return found


def documents(name: str, shared: Path = SHARED) -> list[tuple[dict, dict]]:
    """``(input record, gold record)`` pairs of the set ``name`` (``COLLECTION:SPLIT``)."""
    collection, _, split = name.partition(":")
    splits = KOREAN_SPLITS if collection in ("korean", "korean-en") else SPLITS
    if collection not in COLLECTIONS or split not in splits:
        raise ValueError(f"unknown gold set {name!r}: use COLLECTION:SPLIT with COLLECTION in "
                         f"{COLLECTIONS} and SPLIT in {SPLITS} ({KOREAN_SPLITS} for korean, korean-en)")
    gold_dir = EVAL / "gold" / collection
    if collection == "kcna2011":
        drawn = json.loads((EVAL / "splits" / "kcna2011.json").read_text(encoding="utf-8"))
        # The training split grows after the first draw (``train_2``, ``train_3``…, see split_kcna.py);
        # only the stories already annotated count.
        ids = drawn[split] + ([i for k, v in drawn.items() if k.startswith("train_") for i in v] if split == "train" else [])
        ids = [i for i in ids if (gold_dir / f"{i}.json").exists()]
        inputs = _kcna_inputs(ids, shared)
        records = [inputs[i] for i in ids]
    elif collection in ("korean", "korean-en"):
        # korean: the Korean reports; korean-en: their English counterparts
        gold_dir = EVAL / "korean" / "gold"
        records = []
        prefix = "ko" if collection == "korean" else "en"
        for path in sorted((EVAL / "korean" / "reports").glob(f"{prefix}-{split}-*.json")):
            if (gold_dir / path.name).exists():
                r = json.loads(path.read_text(encoding="utf-8"))
                records.append({k: r[k] for k in ("id", "text", "published", "title", "outlet", "url") if r.get(k)})
    else:
        records = []
        for path in sorted((EVAL / "reports").glob(f"own-{split}-*.json")):
            if (gold_dir / path.name).exists():
                r = json.loads(path.read_text(encoding="utf-8"))
                records.append({k: r[k] for k in ("id", "text", "published", "title", "outlet", "url") if k in r})
    return [(r, json.loads((gold_dir / f"{r['id']}.json").read_text(encoding="utf-8"))) for r in records]


def write_set(name: str, directory: Path, shared: Path = SHARED) -> tuple[Path, Path]:
    """Write ``inputs.jsonl`` and ``gold.jsonl`` of set ``name`` into ``directory``."""
    pairs = documents(name, shared)
    inputs, gold = directory / f"{name.replace(':', '-')}.inputs.jsonl", directory / f"{name.replace(':', '-')}.gold.jsonl"
    with inputs.open("w", encoding="utf-8") as fi, gold.open("w", encoding="utf-8") as fg:
        for record, g in pairs:
            fi.write(json.dumps(record, ensure_ascii=False) + "\n")
            g = dict(g, doc=record["id"])
            fg.write(json.dumps(g, ensure_ascii=False) + "\n")
    return inputs, gold


def set_files(name: str, directory: Path, shared: Path = SHARED) -> tuple[Path, Path]:
    """``(inputs, gold)`` files of any gold set: a shared one (``seeds``, ``kcna2011-dev``...) as it
    lies in ``shared/eval``, or one of ours (``COLLECTION:SPLIT``) written into ``directory``."""
    if ":" in name:
        return write_set(name, directory, shared)
    return shared / "eval" / "inputs" / f"{name}.jsonl", shared / "eval" / "gold" / f"{name}.jsonl"

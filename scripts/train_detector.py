"""Train the event detector (``threadline.extract.detector``) and choose its threshold.

Usage: python scripts/train_detector.py [--fraction 1.0] [--out src/threadline/extract/detector_model]
                                        [--seed 0] [--epochs 12] [--shared ../shared]

Training data: every sentence of the project's own train splits (``kcna2011:train``,
``own:train``; see eval/corpus.py) and of the two shared dev gold sets (``seeds``,
``kcna2011-dev``), labelled with the types of the gold events whose evidence it overlaps.
``--fraction`` keeps that share of the training documents (drawn with the seed: the learning
curve). The two thresholds (a type a rule fired for; a type no rule names) are the pair
that gives the best sentence-level F1 on the dev splits (``kcna2011:dev``, ``own:dev``). Test splits are never read. The same seed and data give the
same model.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from eval.corpus import set_files  # noqa: E402
from threadline.extract.detector import DEFAULT_MODEL, META_FILE, features  # noqa: E402
from threadline.extract.events import fire_rules  # noqa: E402
from threadline.extract.lexicon import load_lexicon  # noqa: E402
from threadline.ingest.sources import iter_documents  # noqa: E402
from threadline.model import EVENT_TYPES  # noqa: E402
from threadline.nlp import annotate, build_nlp  # noqa: E402
from threadline.settings import Settings  # noqa: E402

TRAIN_SETS = ("kcna2011:train", "own:train", "seeds", "kcna2011-dev")
DEV_SETS = ("kcna2011:dev", "own:dev")
BOW_CONFIG = {"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
                        "ngram_size": 2, "no_output_layer": False, "length": 65536}}


def sentences(names, shared: Path, fraction: float = 1.0, seed: int = 0) -> list[tuple[str, dict, set]]:
    """``(features text, {type: 0/1}, types the rules fire for)`` for every sentence of the gold sets ``names``."""
    settings = Settings()
    nlp, lex = build_nlp(settings), load_lexicon()
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            inputs, gold_file = set_files(name, Path(tmp), shared)
            gold = {}
            for line in gold_file.open(encoding="utf-8"):
                g = json.loads(line)
                gold[str(g.get("id") or g.get("doc"))] = g
            docs = [d for d in iter_documents([str(inputs)], settings) if not isinstance(d, Exception)]
            if fraction < 1.0:
                docs = random.Random(seed).sample(docs, max(1, round(len(docs) * fraction)))
            for document, doc, omap in annotate(nlp, [d for d in docs if d.language == "en"], 32):
                events = gold.get(document.id, {}).get("events", [])
                for sent in doc.sents:
                    a, b = omap.to_original(sent.start_char, sent.end_char)
                    stated = {e["type"] for e in events
                              if any(s < b and a < t for s, t in e.get("evidence", []))}
                    fired = set(fire_rules(sent.text, lex))
                    text = features(sent.text, fired, document.source_type)
                    out.append((text, {t: float(t in stated) for t in EVENT_TYPES}, fired))
    return out


def train(data: list[tuple[str, dict]], epochs: int, seed: int):
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config=BOW_CONFIG)
    for t in EVENT_TYPES:
        textcat.add_label(t)
    examples = [Example.from_dict(nlp.make_doc(text), {"cats": cats}) for text, cats, _ in data]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        losses = {}
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.1, losses=losses)
    return nlp


def best_thresholds(nlp, dev: list[tuple[str, dict, set]]) -> tuple[float, float, dict]:
    """The two thresholds (for a type a rule fired for, and for one no rule names) with the
    best micro F1 over (sentence, type) decisions on ``dev``."""
    probs = [doc.cats for doc in nlp.pipe([t for t, _, _ in dev])]
    best = (0.5, 0.5, {"f1": -1.0})
    for ruled in range(5, 96, 5):
        for unruled in range(ruled, 96, 5):
            tp = fp = fn = 0
            for p, (_, gold, fired) in zip(probs, dev):
                for t in EVENT_TYPES:
                    said = p[t] >= (ruled if t in fired else unruled) / 100
                    true = gold[t] > 0
                    tp += said and true
                    fp += said and not true
                    fn += true and not said
            pr = tp / (tp + fp) if tp + fp else 0.0
            rc = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
            if f1 > best[2]["f1"]:
                best = (ruled / 100, unruled / 100, {"p": round(pr, 4), "r": round(rc, 4), "f1": round(f1, 4)})
    return best


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--fraction", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=12)
    args = ap.parse_args(argv)
    data = sentences(TRAIN_SETS, args.shared, args.fraction, args.seed)
    dev = sentences(DEV_SETS, args.shared)
    nlp = train(data, args.epochs, args.seed)
    threshold, threshold_unruled, dev_scores = best_thresholds(nlp, dev)
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    meta = {"threshold": threshold, "threshold_unruled": threshold_unruled, "train_sets": list(TRAIN_SETS), "dev_sets": list(DEV_SETS),
            "fraction": args.fraction, "seed": args.seed, "epochs": args.epochs,
            "train_sentences": len(data), "train_positive": sum(any(c.values()) for _, c, _ in data),
            "dev_sentence_scores": dev_scores}
    (args.out / META_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(meta))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Scores on the shared gold sets, with the official scorer (skipped without ../shared)."""
from __future__ import annotations

import pytest

from threadline.temporal import find_timexes, infer_publication_date

from timex_shared import EVAL, load_jsonl

# TempEval-3 training data (TimeBank + AQUAINT). Floors a little under the measured
# figures (docs/time.md), so that a regression fails and noise does not.
# The value floor is the target (measured 0.851).
TEMPEVAL_FLOORS = {"timexes": 0.945, "timex_value_f1": 0.85}
# The split used to check for over-fitting: AQUAINT-style ids vs the rest (TimeBank).
AQUAINT = ("APW", "NYT", "XIE")
SPLIT_FLOORS = {"aquaint": (0.945, 0.815), "timebank": (0.945, 0.865)}


def _run(inputs: list[dict]) -> list[dict]:
    out = []
    for d in inputs:
        dct = d.get("published")
        inferred = False
        pub = None
        if not dct:
            pub = infer_publication_date(d["text"])
            dct, inferred = pub.value, pub.basis == "inferred"
        tx = find_timexes(d["text"], dct, dct_inferred=inferred)
        out.append({"id": d["id"], "document": {"published": dct},
                    "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                                 "value": t.value} for t in tx],
                    "entities": {}, "mentions": [], "events": []})
    return out


def _needs(path):
    if not path.exists():
        pytest.skip(f"{path} is not available")


def test_tempeval_floors(scorer):
    gold_path, in_path = EVAL / "gold" / "tempeval3-tbaq.jsonl", EVAL / "inputs" / "tempeval3-tbaq.jsonl"
    _needs(gold_path)
    gold, inputs = load_jsonl(gold_path), load_jsonl(in_path)
    r = scorer.score(gold, _run(inputs))
    assert r["timexes"]["f1"] >= TEMPEVAL_FLOORS["timexes"], r["timexes"]
    assert r["timex_value_f1"]["f1"] >= TEMPEVAL_FLOORS["timex_value_f1"], r["timex_value_f1"]


@pytest.mark.parametrize("half", ["aquaint", "timebank"])
def test_tempeval_split(scorer, half):
    gold_path, in_path = EVAL / "gold" / "tempeval3-tbaq.jsonl", EVAL / "inputs" / "tempeval3-tbaq.jsonl"
    _needs(gold_path)
    keep = (lambda i: i.startswith(AQUAINT)) if half == "aquaint" else (lambda i: not i.startswith(AQUAINT))
    gold = [g for g in load_jsonl(gold_path) if keep(g["doc"])]
    inputs = [d for d in load_jsonl(in_path) if keep(d["id"])]
    r = scorer.score(gold, _run(inputs))
    f_span, f_value = SPLIT_FLOORS[half]
    assert r["timexes"]["f1"] >= f_span, r["timexes"]
    assert r["timex_value_f1"]["f1"] >= f_value, r["timex_value_f1"]


def test_kcna_dev(scorer):
    gold_path = EVAL / "gold" / "kcna2011-dev.jsonl"
    _needs(gold_path)
    r = scorer.score(load_jsonl(gold_path), _run(load_jsonl(EVAL / "inputs" / "kcna2011-dev.jsonl")))
    assert r["timexes"]["r"] == 1.0
    assert r["timex_value_f1"]["f1"] >= 0.9, r["timex_value_f1"]


def test_seeds_every_gold_value(scorer):
    gold_path = EVAL / "gold" / "seeds.jsonl"
    _needs(gold_path)
    gold = load_jsonl(gold_path)
    system = {d["id"]: d for d in _run(load_jsonl(EVAL / "inputs" / "seeds.jsonl"))}
    wrong = []
    for g in gold:
        key = g.get("id") or g.get("doc")
        for gt in g["timexes"]:
            hits = [t for t in system[key]["timexes"] if t["start"] < gt["end"] and gt["start"] < t["end"]]
            if not hits or hits[0]["value"] != gt["value"]:
                wrong.append((key, gt["text"], gt["value"], [(h["text"], h["value"]) for h in hits]))
    assert wrong == []
    r = scorer.score(gold, list(system.values()))
    assert r["timex_value_accuracy"] == 1.0 and r["timexes"]["r"] == 1.0


def test_seeds_publication_month():
    seeds = EVAL.parent / "corpus" / "seeds"
    gold_path = EVAL / "gold" / "seeds.jsonl"
    _needs(gold_path)
    for g in load_jsonl(gold_path):
        key = g.get("id") or g.get("doc")
        text = (seeds / f"{key}.txt").read_text(encoding="utf-8")
        pub = infer_publication_date(text)
        gp = g["published"]
        if gp.get("value") is None:
            assert pub.value is None and pub.basis == "unknown", (key, pub)
            continue
        assert pub.basis == gp["basis"], (key, pub)
        assert pub.value is not None and pub.value[5:7] == gp["value"][5:7], (key, pub)   # the month
        if pub.value[:4] != "XXXX":
            assert pub.value.startswith(gp["value"][:4]), (key, pub)              # never a wrong year

"""Extraction quality floors on the shared gold sets, scored by ../shared/eval/score.py.

The floors sit just under the figures measured when each capability landed,
so a change that makes extraction worse fails here. Skipped when ../shared is absent.
"""
import importlib.util
import json
from pathlib import Path

import pytest

from threadline.export.eval import to_contract
from threadline.pipeline import extract_documents
from threadline.settings import Settings

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
pytestmark = pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="../shared/eval is not beside the repo")


def _score(name):
    spec = importlib.util.spec_from_file_location("tl_score", SHARED / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    out = [to_contract(x) for x in extract_documents([str(SHARED / "inputs" / f"{name}.jsonl")], Settings())]
    gold = scorer.load(SHARED / "gold" / f"{name}.jsonl")
    return scorer.score(gold, json.loads(json.dumps(out)))


@pytest.fixture(scope="module")
def seeds():
    return _score("seeds")


@pytest.fixture(scope="module")
def kcna():
    return _score("kcna2011-dev")


def test_seeds_entities(seeds):
    assert seeds["mentions"]["f1"] >= 0.95
    assert seeds["geo_accuracy_of_matched"] >= 0.95
    assert seeds["variant_resolution"] == 1.0


def test_seeds_time(seeds):
    assert seeds["timex_value_accuracy"] == 1.0
    assert seeds["timexes"]["r"] == 1.0
    assert seeds["published_accuracy"] == 1.0


def test_seeds_events(seeds):
    assert seeds["events"]["f1"] >= 0.85
    assert seeds["event_attribution_accuracy"] >= 0.85
    assert seeds["event_modality_accuracy"] >= 0.85
    assert seeds["event_when_accuracy"] >= 0.85
    assert seeds["event_arguments"]["f1"] >= 0.78


def test_state_media_dev_set(kcna):
    assert kcna["mentions"]["f1"] >= 0.95
    assert kcna["geo_accuracy_of_matched"] >= 0.95
    assert kcna["timex_value_f1"]["f1"] >= 0.90
    assert kcna["events"]["f1"] >= 0.85
    assert kcna["event_arguments"]["f1"] >= 0.77
    assert kcna["event_attribution_accuracy"] >= 0.95


def test_the_generic_anchor_does_worse_than_threadline_on_the_seeds():
    """benchmarks/anchors.py: stock spaCy NER plus a GeoNames lookup, scored beside Threadline."""
    spec = importlib.util.spec_from_file_location("anchors", Path(__file__).resolve().parents[1] / "benchmarks" / "anchors.py")
    anchors = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(anchors)
    result = anchors.main(["--shared", str(SHARED.parent), "seeds"])["seeds"]
    anchor, threadline = result["anchor"], result["threadline"]
    assert anchor["mentions"]["tp"] > 0   # the anchor really ran
    assert threadline["mentions"]["f1"] > anchor["mentions"]["f1"]
    assert threadline["geo_accuracy_of_matched"] > anchor["geo_accuracy_of_matched"]
    assert threadline["variant_resolution"] > anchor["variant_resolution"]

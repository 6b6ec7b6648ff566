"""Korean extraction floors on the project's Korean development splits (eval/korean), scored by
../shared/eval/score.py: dev, and the blind-written dev2 and dev3. The test splits are frozen and
not scored here."""
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

import pytest

from threadline.export.eval import to_contract
from threadline.pipeline import extract_documents
from threadline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "eval"
pytestmark = pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="../shared/eval is not beside the repo")


def _score(split):
    sys.path.insert(0, str(ROOT))
    from eval.corpus import write_set
    spec = importlib.util.spec_from_file_location("tl_score", SHARED / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    with tempfile.TemporaryDirectory() as tmp:
        inputs, gold = write_set(f"korean:{split}", Path(tmp))
        out = [to_contract(x) for x in extract_documents([str(inputs)], Settings())]
        return scorer.score(scorer.load(gold), json.loads(json.dumps(out)))


@pytest.fixture(scope="module")
def korean_dev():
    return _score("dev")


def test_korean_dev_floors(korean_dev):
    assert korean_dev["mentions"]["f1"] >= 0.95
    assert korean_dev["timex_value_f1"]["f1"] >= 0.95
    assert korean_dev["events"]["f1"] >= 0.90
    assert korean_dev["event_attribution_accuracy"] >= 0.9
    assert korean_dev["event_modality_accuracy"] >= 0.9


@pytest.mark.parametrize("split", ["dev2", "dev3"])
def test_korean_blind_dev_floors(split):
    # Written by annotators who never saw the rules; issue #12 raised them from events F1
    # 0.946 (dev2) and 0.649 (dev3). The frozen test splits are the honest figure.
    scores = _score(split)
    assert scores["mentions"]["f1"] >= 0.95
    assert scores["timex_value_f1"]["f1"] >= 0.95
    assert scores["events"]["f1"] >= 0.92
    assert scores["event_arguments"]["f1"] >= 0.75
    assert scores["event_attribution_accuracy"] >= 0.9
    assert scores["event_modality_accuracy"] >= 0.9

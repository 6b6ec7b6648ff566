"""Shared helpers for the temporal tests: the eval data live in ../shared, never in the repo."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EVAL = SHARED / "eval"


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def scorer():
    path = EVAL / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py is not available")
    spec = importlib.util.spec_from_file_location("threadline_eval_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

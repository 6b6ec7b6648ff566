"""Fixtures for the temporal tests: the official scorer, loaded from ../shared."""
from __future__ import annotations

import importlib.util

import pytest

from timex_shared import EVAL


@pytest.fixture(scope="session")
def scorer():
    path = EVAL / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py is not available")
    spec = importlib.util.spec_from_file_location("threadline_eval_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

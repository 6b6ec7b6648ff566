"""One spaCy pipeline for the nlp, extract and resolve tests (it takes about a second to build)."""
from __future__ import annotations

import pytest

from threadline.settings import Settings


@pytest.fixture(scope="session")
def extractor():
    from threadline.pipeline import Extractor
    return Extractor(Settings(offline=True))

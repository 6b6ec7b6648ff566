"""The learned event detector: which event types a sentence states.

A bag-of-words classifier (spaCy ``textcat_multilabel`` with the ``TextCatBOW`` model) over
a sentence's words and word pairs, plus marker words for what the rules know: each lexicon
rule that fires in the sentence (``zzlexmeeting``) and the report's source type
(``zzsrcstatemedia``). The lexicon is therefore a feature the model learns to trust or
distrust per type, not the last word: a rule that fires on "a photo session" can be
overruled, and "over-fulfilled its daily plan" can be an event with no rule at all.

It is trained by ``make train`` (``scripts/train_detector.py``) on the project's own gold
train split, never on a test split, and ships in the package (``detector_model/``, a few
MB). Its decision threshold, chosen on the dev split, is stored beside it.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import spacy

from threadline.errors import ConfigError
from threadline.model import EVENT_TYPES

#: The bundled model, as ``make train`` writes it.
DEFAULT_MODEL = Path(__file__).parent / "detector_model"
#: Written beside the spaCy pipeline: the threshold and how the model was trained.
META_FILE = "threadline_detector.json"


_WORDS = re.compile(r"\w+(?:[-'’.]\w+)*")


def _marker(prefix: str, value: str) -> str:
    # One lower-case alphabetic token, so the tokenizer never splits it.
    return "zz" + prefix + "".join(ch for ch in value.lower() if ch.isalpha())


def features(sentence: str, fired: list[str] | set[str], source_type: str | None) -> str:
    """The text the classifier reads: the sentence, then marker words.

    Args:
        sentence: the sentence as written.
        fired: event types whose lexicon rules fire in the sentence.
        source_type: the report's source type (``state_media``, ``insider``...), if known.
    Returns:
        the sentence followed by one marker per fired type and one for the source type.
    """
    markers = [_marker("lex", t) for t in sorted(fired)]
    markers.append(_marker("src", source_type or "unknown"))
    # Words only: a bag of words weighs every token, and symbols a report happens to carry
    # (markup, code, stray punctuation) said nothing about events but pulled the scores down.
    return f"{' '.join(_WORDS.findall(sentence))}\n{' '.join(markers)}"


class EventDetector:
    """A trained detector loaded from ``path`` (a spaCy pipeline directory)."""

    def __init__(self, path: Path):
        meta = path / META_FILE
        if not meta.exists():
            raise ConfigError(f"{path}: no trained event detector here ({META_FILE} missing); run `make train`")
        self.meta = json.loads(meta.read_text(encoding="utf-8"))
        self.threshold = float(self.meta["threshold"])
        # A type no rule names needs more evidence than one a rule fired for: the words alone
        # of a few hundred training sentences are a weaker sign than a rule and the words.
        self.threshold_unruled = float(self.meta.get("threshold_unruled", self.threshold))
        self.nlp = spacy.load(path)

    def scores(self, texts: list[str]) -> list[dict[str, float]]:
        """For each ``features`` text, the probability of each event type."""
        return [{t: p for t, p in doc.cats.items() if t in EVENT_TYPES} for doc in self.nlp.pipe(texts)]

    def types(self, texts: list[str], fired: list) -> list[dict[str, float]]:
        """For each ``features`` text, the event types it states, with their probabilities.

        Args:
            texts: ``features`` texts.
            fired: for each text, the types whose lexicon rules fired in it.
        """
        out = []
        for scores, ruled in zip(self.scores(texts), fired):
            out.append({t: p for t, p in scores.items()
                        if p >= (self.threshold if t in ruled else self.threshold_unruled)})
        return out


@lru_cache(maxsize=4)
def load_detector(path: str | None = None) -> EventDetector:
    """The detector at ``path`` (None: the bundled one), loaded once per process."""
    return EventDetector(Path(path) if path else DEFAULT_MODEL)

"""The learned event detector: the bundled model, its features and how extraction uses it."""
import json

import pytest

from threadline import pipeline
from threadline.errors import ConfigError
from threadline.extract.detector import DEFAULT_MODEL, META_FILE, EventDetector, features, load_detector
from threadline.model import EVENT_TYPES
from threadline.settings import Settings
from tests.helpers import extract_one


def test_bundled_detector_is_trained_for_every_type_with_thresholds_from_dev():
    meta = json.loads((DEFAULT_MODEL / META_FILE).read_text(encoding="utf-8"))
    assert 0 < meta["threshold"] <= meta["threshold_unruled"] < 1
    assert not any(name.endswith(":test") for name in meta["train_sets"] + meta["dev_sets"])
    scores = load_detector().scores([features("Workers of the plant over-fulfilled the plan.", set(), "state_media")])
    assert set(scores[0]) == set(EVENT_TYPES)
    assert all(0.0 <= p <= 1.0 for p in scores[0].values())


def test_features_name_the_rules_that_fired_and_the_source_type():
    text = features("Kim visited the mill.", {"INSPECTION", "LEADER_TRAVEL"}, "state_media")
    assert text.startswith("Kim visited the mill")
    assert text.split()[-3:] == ["zzlexinspection", "zzlexleadertravel", "zzsrcstatemedia"]


def test_features_are_the_words_so_markup_in_a_sentence_does_not_drown_them(extractor):
    assert features("He {{ 7*7 }} said <b>No. 26</b>'s plant.", set(), None).split("\n")[0] == \
        "He 7 7 said b No 26 b s plant"
    noisy = extract_one(extractor, "The Second Economic Committee ordered the plant {{ 7*7 }} {% raw %}${alert('x')} "
                                   "to raise output of artillery shells in February 2024.\n", published="2024-03-09")
    assert [e.type for e in noisy.events] == ["PRODUCTION_ORDER"]


def test_a_directory_without_a_trained_detector_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="make train"):
        EventDetector(tmp_path)


def test_a_question_states_no_event(extractor):
    asked = extract_one(extractor, "Is North Korea producing artillery shells for export to Russia?\n",
                        published="2024-05-02")
    stated = extract_one(extractor, "North Korea is producing artillery shells for export to Russia, "
                                    "a government official said.\n", published="2024-05-02")
    assert asked.events == ()
    assert stated.events


def test_the_rules_alone_still_extract_when_the_detector_is_off():
    rules_only = pipeline.Extractor(Settings(offline=True, learned_events=False))
    assert rules_only.detector is None
    x = extract_one(rules_only, "Party inspectors began an inspection of Munitions Factory 71 on Mar. 4.\n")
    assert [e.type for e in x.events] == ["INSPECTION"]

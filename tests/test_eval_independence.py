"""The accuracy of the independent-source count (eval/independence.py), on files written here."""
import json

from eval.independence import independence_accuracy


def test_a_happening_is_exact_only_when_its_found_claims_give_its_count(tmp_path):
    gold = [{"doc": "a", "events": [{"type": "TRANSFER", "evidence": [[0, 10]], "happening": "h1", "independent_sources": 2},
                                    {"type": "MEETING", "evidence": [[20, 30]], "happening": "h2", "independent_sources": 1}]},
            {"doc": "b", "events": [{"type": "TRANSFER", "evidence": [[5, 15]], "happening": "h1", "independent_sources": 2}]}]
    system = [{"id": "a", "events": [{"type": "TRANSFER", "evidence": [[2, 9]], "independent_sources": 2}]},
              {"id": "b", "events": [{"type": "TRANSFER", "evidence": [[5, 15]], "independent_sources": 2},
                                     {"type": "MEETING", "evidence": [[20, 30]], "independent_sources": 1}]}]
    g, s = tmp_path / "gold.jsonl", tmp_path / "sys.jsonl"
    g.write_text("\n".join(map(json.dumps, gold)))
    s.write_text("\n".join(map(json.dumps, system)))
    # h1 found with 2 in both reports; h2's claim (report a) was never found: not exact.
    assert independence_accuracy(g, s) == (1, 2)

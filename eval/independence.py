"""How often the count of independent sources is exact, per gold happening.

``score.py`` scores which events are grouped (``happening_pairs``) but not the count each group
gives. Here every gold event with an ``independent_sources`` count is aligned to the system's
event of the same report and type whose evidence overlaps it; a gold happening's count is exact
when the system gives its aligned events that count (the most common one among them). A happening
none of whose events was found is counted as not exact: a missed claim cannot be counted right.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path


def _overlaps(a: list, b: list) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b)


def independence_accuracy(gold_path: Path, system_path: Path) -> tuple[int, int] | None:
    """``(exact, happenings)`` over the gold happenings that carry a count, or None when none do."""
    system = {r["id"]: r for r in map(json.loads, Path(system_path).read_text(encoding="utf-8").splitlines())}
    wanted: dict[str, int] = {}
    given: dict[str, Counter] = defaultdict(Counter)
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        for ge in gold["events"]:
            if ge.get("happening") is None or ge.get("independent_sources") is None:
                continue
            wanted[ge["happening"]] = ge["independent_sources"]
            found = next((se for se in system.get(gold["doc"], {}).get("events", [])
                          if se["type"] == ge["type"] and _overlaps(se["evidence"], ge["evidence"])), None)
            if found is not None and found.get("independent_sources") is not None:
                given[ge["happening"]][found["independent_sources"]] += 1
    if not wanted:
        return None
    exact = sum(1 for h, n in wanted.items() if given[h] and given[h].most_common(1)[0][0] == n)
    return exact, len(wanted)

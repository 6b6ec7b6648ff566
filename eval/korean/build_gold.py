"""Build eval/korean/reports/*.json and eval/korean/gold/*.json from the hand annotation in
reports_*.py. Offsets are computed here, from the annotated surface strings, never typed.

Usage: python -m eval.korean.build_gold     (from the repository root)
A surface that is not in the text, or an evidence string found nowhere, stops the build
with the report id and the string.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

import importlib  # noqa: E402

from eval.korean.reports_a import R  # noqa: E402  (every reports_*.py adds its reports to this list)
from threadline.domain import load_pack  # noqa: E402

HERE = Path(__file__).resolve().parent
# Each reports_*.py registers its reports on import; the blind splits' files also carry ENTITIES,
# the entities their annotators found missing from the pack.
_MODULES = [importlib.import_module(f"eval.korean.{p.stem}") for p in sorted(HERE.glob("reports_*.py"))]
EXTRA_ENTITIES = [m.ENTITIES for m in _MODULES if hasattr(m, "ENTITIES")]
for _i, _extra in enumerate(EXTRA_ENTITIES):
    for _other in EXTRA_ENTITIES[:_i]:
        for _eid in set(_extra) & set(_other):
            if _extra[_eid] != _other[_eid]:
                # Which file is read first must not decide a gold entity.
                raise SystemExit(f"{_eid}: defined differently in two reports_*.py files' ENTITIES")
PERSONS = {"person:kim-jong-un": "Kim Jong Un", "person:no-kwang-chol": "No Kwang Chol", "person:kim-yo-jong": "Kim Yo Jong",
           "person:putin": "Vladimir Putin"}


class AnnotationError(ValueError):
    """An annotation that does not fit its report's text."""


def _occurrences(text: str, surface: str) -> list[int]:
    out, i = [], text.find(surface)
    while i >= 0:
        out.append(i)
        i = text.find(surface, i + 1)
    return out


def _entity(eid: str, pack) -> dict:
    if eid in PERSONS:
        return {"kind": "person", "name": PERSONS[eid]}
    for extra in EXTRA_ENTITIES:
        if eid in extra:
            return dict(extra[eid])
    e = pack.entity(eid)
    out = {"kind": e.kind, "name": e.name}
    for key in ("level", "country", "admin1", "lat", "lon", "located_in"):
        if getattr(e, key) is not None:
            out[key] = getattr(e, key)
    return out


def gold_of(r: dict, pack) -> dict:
    text = r["text"]
    ignore = []
    for s in r.get("ignore", ()):
        spots = _occurrences(text, s)
        if not spots:
            raise AnnotationError(f"{r['id']}: ignored {s!r} is not in the text")
        ignore += [[i, i + len(s)] for i in spots]
    # A mention surface inside an ignored span ("North Korea" in "North Korean") is not a mention.
    mentions, taken = [], [tuple(span) for span in ignore]
    for surface, kind, eid in sorted(r["mentions"], key=lambda m: -len(m[0])):
        spots = [i for i in _occurrences(text, surface)
                 if not any(i < e and s < i + len(surface) for s, e in taken)]
        if not spots:
            raise AnnotationError(f"{r['id']}: mention {surface!r} is not in the text")
        for i in spots:
            taken.append((i, i + len(surface)))
            mentions.append({"start": i, "end": i + len(surface), "text": surface, "kind": kind, "entity": eid})
    timexes = []
    for surface, type_, value in r["timexes"]:
        spots = _occurrences(text, surface)
        if not spots:
            raise AnnotationError(f"{r['id']}: timex {surface!r} is not in the text")
        i = spots[0]
        timexes.append({"start": i, "end": i + len(surface), "text": surface, "type": type_, "value": value})
    events = []
    for e in r["events"]:
        evidence = []
        for s in e["evidence"]:
            spots = _occurrences(text, s)
            if not spots:
                raise AnnotationError(f"{r['id']}: evidence {s!r} is not in the text")
            evidence.append([spots[0], spots[0] + len(s)])
        # A list of attributions (or modalities) means either is right.
        attribution = e["attribution"] if isinstance(e["attribution"], list) else [e["attribution"]]
        record = {"type": e["type"], "evidence": evidence, "when": e["when"], "where": e["where"],
                  "actors": e["actors"], "facilities": e["facilities"], "attribution": attribution,
                  "modality": e["modality"]}
        for key in ("happening", "independent_sources"):
            if e.get(key) is not None:
                record[key] = e[key]
        events.append(record)
    unscored = []
    for s in r.get("unscored", ()):
        spots = _occurrences(text, s)
        if not spots:
            raise AnnotationError(f"{r['id']}: unscored {s!r} is not in the text")
        unscored.append([spots[0], spots[0] + len(s)])
    ids = {m["entity"] for m in mentions} | {a for e in r["events"] for k in ("where", "actors", "facilities") for a in e[k]}
    return {"doc": r["id"], "published": {"value": r["published"], "basis": "given"}, "dct": r["published"],
            "language": r["lang"], "counterpart": r["counterpart"],
            "entities": {i: _entity(i, pack) for i in sorted(ids)},
            "mentions": sorted(mentions, key=lambda m: m["start"]), "ignore": ignore, "unscored": unscored,
            "timexes": sorted(timexes, key=lambda t: t["start"]), "events": events}


def main() -> int:
    pack = load_pack()
    (HERE / "reports").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for r in R:
        record = {"id": r["id"], "title": None, "outlet": r["outlet"], "published": r["published"], "text": r["text"]}
        (HERE / "reports" / f"{r['id']}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
        (HERE / "gold" / f"{r['id']}.json").write_text(json.dumps(gold_of(r, pack), ensure_ascii=False) + "\n",
                                                       encoding="utf-8")
    print(f"{len(R)} reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())

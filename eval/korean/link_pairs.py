"""Cross-language edition linking, scored against the gold pairs (``counterpart`` in the gold).

Usage: python -m eval.korean.link_pairs [--frozen-test] SPLIT...
Every Korean and English report of the splits goes through the extractor and one
``EditionIndex``; a link is right when the gold names the two reports as counterparts.
Prints pairs linked (recall over gold pairs) and false links.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from eval.corpus import FROZEN_SPLITS, documents  # noqa: E402
from threadline.ingest.document import build_document  # noqa: E402
from threadline.pipeline import Extractor  # noqa: E402
from threadline.resolve.editions import EditionIndex  # noqa: E402
from threadline.settings import Settings  # noqa: E402


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--frozen-test", action="store_true")
    ap.add_argument("splits", nargs="+")
    args = ap.parse_args(argv)
    frozen = [s for s in args.splits if s in FROZEN_SPLITS]
    if frozen and not args.frozen_test:
        print(f"{', '.join(frozen)}: frozen split(s): pass --frozen-test")
        return 2
    pairs, docs = set(), []
    for split in args.splits:
        for collection in ("korean", "korean-en"):
            for record, gold in documents(f"{collection}:{split}"):
                if gold.get("counterpart"):
                    pairs.add(frozenset((record["id"], gold["counterpart"])))
                docs.append(build_document(record["text"], source=record["id"], doc_id=record["id"],
                                           outlet=record.get("outlet"), published=record.get("published")))
    # Reports arrive in date order, the two languages interleaved, as a mixed folder would.
    docs.sort(key=lambda d: (d.published.value or "", d.id))
    index, links = EditionIndex(), set()
    for x in Extractor(Settings.load()).extract(docs):
        linked = index.link(x).document.near_duplicate_of
        if linked:
            links.add(frozenset((x.document.id, linked)))
    right = links & pairs
    print(json.dumps({"gold_pairs": len(pairs), "linked": len(links), "right": len(right),
                      "recall": round(len(right) / len(pairs), 3) if pairs else None,
                      "false_links": sorted(sorted(p) for p in links - pairs)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

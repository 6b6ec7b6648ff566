"""Near-duplicate detection at 100,000 reports: cost per report as the index grows, and what it finds.

Usage: python benchmarks/near_duplicates.py [--n 100000] [--seed 13] [--originals N]
           [--mix shuffle=2,edit=3,boilerplate=2,truncate=1.5,splice=1.5] [--edits 3] [--keep 0.7]
           [--spread 0.05] [--outlets NAME,...] [--wrap OUTLET] [--compare]
           [--show 5] [--out reports.jsonl] [--corpus ../shared/corpus/kcna-2011.jsonl]

Builds N reports with a fixed seed: KCNA stories (all 11,221 at N = 100,000; for a smaller N a
random sample of the same share, kept in file order) plus variants of stories drawn at random,
each recorded with the story it derives from:
  shuffle      the story's paragraphs in another order;
  edit         ``--edits`` word edits (a word replaced, deleted or inserted) and one sentence dropped;
  boilerplate  an invented outlet's head and tail lines around the story (three outlets: one whose
               lines the domain pack's rules cut, one whose lines they do not know, one of each);
  truncate     the first ``--keep`` (70%) of the story;
  splice       a control: the first half of one story's paragraphs, then the second half of
               another's. It should match neither unless it shares most shingles with one.
Each report gets a time: a story its place in the file, a variant its source's time plus up to
``--spread`` of the run, so copies follow their source and the mix stays about the same along
the stream. The reports are written to a JSON Lines file and streamed through the ingest's own
path: its reader (``iter_documents``), the content-hash skip of exact repeats, the signature of
the report's content (``pipeline._signature``), then ``NearDuplicateIndex.find`` and ``add`` at
the default threshold (``Settings().near_duplicate_threshold``).

Prints, for each slice of the stream between the checkpoints at 10%, 25%, 50% and 100% of N,
the CPU milliseconds per report of reading, of the signature and of the index (find + add), the
mean and largest candidate list, and the resident memory; then the index's cost per report in
the last slice over the 10%..25% slice beside the ratio of their mean index sizes (a cost that
grows in proportion to the index, the quadratic case, would give that ratio; a flat cost 1.0),
and peak memory. Then quality: for each variant kind the share whose match is its source or
another copy of it (recall), matched to something else, or missed; for the controls and for
the KCNA stories the share matched to anything, with the exact shingle Jaccard of each match.
``--show N`` prints N matched pairs of KCNA stories (ids and openings) to read whether they are
real repeats.

``--wrap OUTLET`` puts every report inside one invented outlet's lines, as an archive from an
outlet whose boilerplate the rules do not know ("Korea Relay Service"): its reports share those
shingles, so they are each other's LSH candidates and the candidate lists grow with the archive.
``--compare`` also runs the signature and the index as they were at commit 40df026 (each
MinHash drawing its own permutations; each candidate confirmed with ``MinHash.jaccard`` in
turn) in the same loop, timed apart, and prints both costs per slice, how many answers differ
(and how many of those are ties between equally similar reports), and the CPU time of
rebuilding the index from the stored signatures, as every ingest run starts, both ways. Its
memory figures hold both indexes.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

from threadline import pipeline
from threadline.ingest import dedup
from threadline.ingest.offsets import OffsetMap
from threadline.ingest.sources import iter_documents
from threadline.model import Document
from threadline.settings import Settings

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "kcna-2011.jsonl"
KINDS = ("shuffle", "edit", "boilerplate", "truncate", "splice")
DEFAULT_MIX = "shuffle=2,edit=3,boilerplate=2,truncate=1.5,splice=1.5"
CHECKPOINTS = (0.10, 0.25, 0.50, 1.0)
FULL_RUN = 100_000   # the run at which every KCNA story is one of the reports

# Invented outlets' head and tail lines. The first outlet's lines are all shapes the domain
# pack cuts as boilerplate (breadcrumb, byline, copyright); the second's are lines no rule
# knows, so they stay in the content the signature reads; the third has one of each.
OUTLETS = (
    ("Pyongyang Watch Daily",
     ("Pyongyang Watch Daily | North Korea | State Media", "By Staff Reporter"),
     ("Copyright © 2011 Pyongyang Watch Daily. All rights reserved.",)),
    ("Korea Relay Service",
     ("KOREA RELAY SERVICE - MORNING DIGEST OF OFFICIAL ANNOUNCEMENTS",
      "The following item is reproduced from the official news agency for reference only."),
     ("Korea Relay Service reproduces state media items as they are released, without checking "
      "or endorsing them.",
      "To receive the digest each morning, write to the desk and ask to be added to the list.")),
    ("East Sea Monitor",
     ("Home | Monitoring | DPRK",
      "Monitoring note: text as carried by the agency, lightly formatted for our readers."),
     ("East Sea Monitor is an independent service that follows official statements across the "
      "region for its subscribers.",
      "Read in Korean")),
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_VOCAB_WORD = re.compile(r"[a-z]{3,}")
_WORDY = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class Spec:
    """One report to generate: its place in the stream, id, kind, the stories it derives from,
    and for a boilerplate copy the outlet whose lines it carries."""

    at: float
    id: str
    kind: str
    sources: tuple[str, ...]
    seed: int
    outlet: str = ""


# --- variants ---------------------------------------------------------------------------------

def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def shuffled(text: str, rng: random.Random) -> str:
    """The paragraphs in another order (the story must have two or more)."""
    paras = _paragraphs(text)
    order = list(range(len(paras)))
    while order == sorted(order):
        rng.shuffle(order)
    return "\n".join(paras[i] for i in order)


def light_edit(text: str, rng: random.Random, vocab: list[str], edits: int) -> str:
    """One sentence dropped (when two or more have words), then ``edits`` words replaced,
    deleted or inserted at random places. Some words always remain."""
    paras = [_SENTENCE_END.split(p) for p in _paragraphs(text)]
    places = [(i, j) for i, sents in enumerate(paras) for j, sent in enumerate(sents) if _WORDY.search(sent)]
    if len(places) >= 2:
        i, j = rng.choice(places)
        del paras[i][j]
    tokens = "\n".join(" ".join(s) for s in paras if s).split(" ")
    for _ in range(edits):
        # a token holding a line break joins two paragraphs; leave those alone
        spots = [k for k, tok in enumerate(tokens) if "\n" not in tok]
        if not spots:
            break
        k = rng.choice(spots)
        op = rng.choice(("replace", "delete", "insert"))
        if op == "replace":
            tokens[k] = rng.choice(vocab)
        elif op == "delete" and sum(1 for tok in tokens if _WORDY.search(tok)) > 1:
            del tokens[k]
        else:
            tokens.insert(k, rng.choice(vocab))
    return " ".join(tokens)


def with_boilerplate(text: str, outlet: tuple) -> str:
    """The story between an outlet's head lines and tail lines."""
    _, head, tail = outlet
    return "\n".join((*head, "", text, "", *tail))


def truncated(text: str, keep: float) -> str:
    """The first ``keep`` of the story's characters, cut back to a word boundary."""
    cut = text[:int(len(text) * keep)]
    return cut.rsplit(None, 1)[0] if " " in cut.strip() else cut


def spliced(first: str, second: str) -> str:
    """The first half of one story's paragraphs, then the second half of another's."""
    a, b = _paragraphs(first), _paragraphs(second)
    return "\n".join(a[:(len(a) + 1) // 2] + b[len(b) // 2:])


# --- the reports ------------------------------------------------------------------------------

def load_stories(corpus: Path) -> list[dict]:
    with open(corpus, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def parse_mix(text: str) -> dict[str, float]:
    mix = {}
    for part in text.split(","):
        kind, _, weight = part.partition("=")
        if kind.strip() not in KINDS:
            raise SystemExit(f"--mix: unknown kind {kind.strip()!r}; the kinds are {', '.join(KINDS)}")
        mix[kind.strip()] = float(weight)
    if not mix or any(w < 0 for w in mix.values()) or sum(mix.values()) <= 0:
        raise SystemExit("--mix: give positive weights, e.g. " + DEFAULT_MIX)
    return mix


def plan(stories: list[dict], n: int, mix: dict[str, float], spread: float, seed: int,
         outlets: tuple[str, ...] = tuple(o[0] for o in OUTLETS)) -> list[Spec]:
    """Every report of the run, in stream order (a pure function of its arguments)."""
    rng = random.Random(seed)
    at = {s["id"]: i / len(stories) for i, s in enumerate(stories)}
    specs = [Spec(at[s["id"]], s["id"], "original", (), 0) for s in stories]
    multi = [s["id"] for s in stories if len(_paragraphs(s["text"])) >= 2]
    wordy = [s["id"] for s in stories if len(s["text"].split()) >= 10]
    everyone = [s["id"] for s in stories]
    # Each kind draws from the stories it can change: a one-paragraph story cannot be
    # shuffled or spliced, a story of a few words not truncated.
    pools = {"shuffle": multi, "splice": multi, "truncate": wordy, "edit": everyone, "boilerplate": everyone}
    kinds, weights = zip(*mix.items())
    for k in range(n - len(stories)):
        kind = rng.choices(kinds, weights)[0]
        pool = pools[kind]
        sources = tuple(rng.sample(pool, 2)) if kind == "splice" else (rng.choice(pool),)
        when = max(at[s] for s in sources) + rng.random() * spread
        outlet = rng.choice(outlets) if kind == "boilerplate" else ""
        specs.append(Spec(when, f"syn-{kind}-{k:06d}", kind, sources, rng.getrandbits(32), outlet))
    specs.sort(key=lambda s: s.at)
    return specs


def materialise(spec: Spec, texts: dict[str, str], vocab: list[str], edits: int, keep: float,
                wrap: tuple | None = None) -> dict:
    """The JSON Lines record of one report; with ``wrap``, inside that outlet's lines."""
    record = _record(spec, texts, vocab, edits, keep)
    if wrap:
        record["text"] = with_boilerplate(record["text"], wrap)
    return record


def _record(spec: Spec, texts: dict[str, str], vocab: list[str], edits: int, keep: float) -> dict:
    if spec.kind == "original":
        return {"id": spec.id, "text": texts[spec.id], "outlet": "KCNA"}
    rng = random.Random(spec.seed)
    src = texts[spec.sources[0]]
    outlet = None
    if spec.kind == "shuffle":
        text = shuffled(src, rng)
    elif spec.kind == "edit":
        text = light_edit(src, rng, vocab, edits)
    elif spec.kind == "boilerplate":
        outlet, text = spec.outlet, with_boilerplate(src, next(o for o in OUTLETS if o[0] == spec.outlet))
    elif spec.kind == "truncate":
        text = truncated(src, keep)
    else:
        text = spliced(src, texts[spec.sources[1]])
    return {"id": spec.id, "text": text, "outlet": outlet}


# --- the index before ------------------------------------------------------------------------

def before_signature(document: Document) -> MinHash:
    """The signature as ``dedup.signature`` made it before (commit 40df026): a MinHash that
    draws its own permutations. Same hash values; kept for the before/after figure."""
    m = MinHash(num_perm=dedup.NUM_PERM, scheme=dedup.SCHEME)
    m.update_batch([s.encode("utf-8") for s in dedup.shingles(OffsetMap.build(document.text, document.content).clean)])
    return m


def before_from_bytes(data: bytes) -> MinHash:
    """``dedup.from_bytes`` as it was before: the MinHash draws its own permutations."""
    return MinHash(num_perm=dedup.NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=dedup.SCHEME)


def rebuild_seconds(blobs: list[tuple[str, bytes]], threshold: float) -> dict:
    """CPU seconds to rebuild the index from stored signatures, as every ingest run starts
    (``pipeline.run``), before and after; the after side twice, around the before side."""
    def after() -> float:
        t = time.process_time()
        index = dedup.NearDuplicateIndex(threshold)
        for doc_id, blob in blobs:
            index.add(doc_id, dedup.from_bytes(blob))
        return time.process_time() - t

    def before() -> float:
        t = time.process_time()
        index = BeforeIndex(threshold)
        for doc_id, blob in blobs:
            index.add(doc_id, before_from_bytes(blob))
        return time.process_time() - t

    first, old, second = after(), before(), after()
    return {"signatures": len(blobs), "before_s": old, "after_s": (first + second) / 2}


class BeforeIndex:
    """``NearDuplicateIndex`` as it was before (commit 40df026): a MinHash kept per document,
    each LSH candidate confirmed with ``MinHash.jaccard`` in turn."""

    def __init__(self, threshold: float):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=max(0.3, threshold - 0.2), num_perm=dedup.NUM_PERM)
        self._sigs: dict[str, MinHash] = {}

    def add(self, doc_id: str, sig: MinHash) -> None:
        if doc_id not in self._sigs:
            self._lsh.insert(doc_id, sig)
            self._sigs[doc_id] = sig

    def find(self, sig: MinHash) -> str | None:
        best, best_j = None, self.threshold
        for cand in self._lsh.query(sig):
            j = self._sigs[cand].jaccard(sig)
            if j >= best_j:
                best, best_j = cand, j
        return best


# --- measuring --------------------------------------------------------------------------------

def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Slice:
    """Costs summed over one stretch of the stream."""

    def __init__(self, start: int, index_size: int):
        self.start, self.index_start = start, index_size
        self.reports = self.originals = 0
        self.read_cpu = self.sig_cpu = self.index_cpu = self.dedup_wall = 0.0
        self.before_sig_cpu = self.before_index_cpu = 0.0
        self.disagree = self.ties = 0
        self.candidates: list[int] = []

    def row(self, end: int, index_size: int) -> dict:
        n = max(1, self.reports)
        return {"reports": f"{self.start}..{end}", "count": self.reports, "index_size": [self.index_start, index_size],
                "mean_index_size": (self.index_start + index_size) / 2,
                "original_share": round(self.originals / n, 3),
                "read_ms": self.read_cpu / n * 1000, "signature_ms": self.sig_cpu / n * 1000,
                "index_ms": self.index_cpu / n * 1000,
                "dedup_ms": (self.sig_cpu + self.index_cpu) / n * 1000,
                "dedup_wall_ms": self.dedup_wall / n * 1000,
                "candidates_mean": statistics.fmean(self.candidates) if self.candidates else 0.0,
                "candidates_max": max(self.candidates, default=0), "rss_mb": _rss_mb(),
                "before_signature_ms": self.before_sig_cpu / n * 1000, "before_index_ms": self.before_index_cpu / n * 1000,
                "before_disagree": self.disagree, "before_ties": self.ties}


def stream(path: Path, n: int, settings: Settings, kinds: dict[str, str],
           compare: bool = False) -> tuple[dict, dict, list[dict], dict]:
    """Everything in ``path`` through the ingest's near-duplicate path, timed.

    With ``compare``, each report also goes through the signature and index as they were
    before (``before_signature``, ``BeforeIndex``) in the same loop, timed apart, so both
    meet the same load; and the two answers are compared.

    Returns:
        (what each report was matched to, the boilerplate spans of the reports that had any,
        one row per slice, totals).
    """
    marks = [max(1, round(n * f)) for f in CHECKPOINTS]
    index = dedup.NearDuplicateIndex(settings.near_duplicate_threshold)
    before = BeforeIndex(settings.near_duplicate_threshold) if compare else None
    blobs: list[tuple[str, bytes]] = []       # with compare: the signatures as the ingest stores them
    seen_hashes: set[str] = set()
    found: dict[str, str | None] = {}
    cut: dict[str, tuple[tuple[int, int], ...]] = {}
    rows, exact, unreadable = [], 0, []
    cur, read = Slice(0, 0), 0
    docs = iter_documents([str(path)], settings)
    cpu_all, wall_all = time.process_time(), time.perf_counter()
    while True:
        c0 = time.process_time()
        doc = next(docs, None)
        c1 = time.process_time()
        if doc is None:
            break
        read += 1
        cur.reports += 1
        cur.read_cpu += c1 - c0
        if not isinstance(doc, Document):
            unreadable.append(str(doc))      # the ingest records it as a failure and goes on
        elif doc.content_hash in seen_hashes:
            exact += 1          # the ingest stores nothing for an exact repeat: no signature either
        else:
            cur.originals += kinds[doc.id] == "original"
            seen_hashes.add(doc.content_hash)
            w0 = time.perf_counter()
            c1 = time.process_time()
            sig = pipeline._signature(doc)          # the ingest's own: the content, boilerplate cut
            c2 = time.process_time()
            original = index.find(sig)
            index.add(doc.id, sig)
            c3 = time.process_time()
            cur.dedup_wall += time.perf_counter() - w0
            cur.sig_cpu += c2 - c1
            cur.index_cpu += c3 - c2
            found[doc.id] = original
            if doc.boilerplate:
                cut[doc.id] = tuple(sorted((b.start, b.end) for b in doc.boilerplate))
            # counted outside the timed part: how many stored reports find() had to confirm
            cur.candidates.append(len(index.candidates(sig)) - 1)    # less the report itself
            if before is not None:
                c4 = time.process_time()
                old_sig = before_signature(doc)
                c5 = time.process_time()
                old = before.find(old_sig)
                before.add(doc.id, old_sig)
                c6 = time.process_time()
                blobs.append((doc.id, dedup.to_bytes(sig)))
                cur.before_sig_cpu += c5 - c4
                cur.before_index_cpu += c6 - c5
                if old != original:
                    # of equally similar stored reports the old index took any one, the new one
                    # the first added: a tie is no disagreement
                    tie = before._sigs[old].jaccard(old_sig) == before._sigs[original].jaccard(old_sig) \
                        if old and original else False
                    cur.ties += tie
                    cur.disagree += not tie
        if read in marks:
            rows.append(cur.row(read, len(found)))
            cur = Slice(read, len(found))
    totals = {"reports": read, "indexed": len(found), "exact_repeats": exact, "unreadable": unreadable,
              "cpu_s": time.process_time() - cpu_all, "wall_s": time.perf_counter() - wall_all,
              "peak_mb": _peak_mb()}
    if compare:
        del before
        totals["rebuild"] = rebuild_seconds(blobs, settings.near_duplicate_threshold)
    return found, cut, rows, totals


# --- quality ----------------------------------------------------------------------------------

def _content(text: str, cut: tuple[tuple[int, int], ...]) -> str:
    """The text less its boilerplate spans: the words of the content the signature read."""
    parts, pos = [], 0
    for start, end in cut:
        parts.append(text[pos:start])
        pos = end
    return "\n".join(parts + [text[pos:]])


def _jaccard(a: set[str], b: set[str] | None) -> float:
    return len(a & b) / len(a | b) if b else 0.0


def _spread(values: list[float]) -> list[float]:
    """Min, median, max."""
    return [round(min(values), 3), round(statistics.median(values), 3), round(max(values), 3)] if values else []


def quality(specs: list[Spec], found: dict, cut: dict, path: Path, threshold: float, show: int) -> dict:
    """What each report was matched to, against the exact shingle Jaccard of the pairs.

    Reads the generated reports again (JSON only: the content is the text less the boilerplate
    spans the stream recorded) and compares each report's exact shingle set with its source's
    (or for a splice, the closer of its two) and with its match's.
    """
    by_id = {s.id: s for s in specs}

    def origin(doc_id: str) -> str | None:
        """The story a report is a copy of (a splice is a copy of none)."""
        spec = by_id[doc_id]
        return doc_id if spec.kind == "original" else None if spec.kind == "splice" else spec.sources[0]

    def outcome(spec: Spec, match: str | None) -> str:
        if not match:
            return "missed"
        if origin(match) in spec.sources:
            return "source"          # its story (either one, for a splice) or a copy of it
        if by_id[match].kind == "splice" and set(spec.sources) & set(by_id[match].sources):
            return "splice"          # a splice that holds part of its story
        return "other"

    needed = {src for s in specs for src in s.sources} | {m for m in found.values() if m}
    sets: dict[str, set[str]] = {}
    rows: list[dict] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["id"] not in found:
                continue                      # an exact repeat: the ingest skipped it
            spec, match = by_id[rec["id"]], found[rec["id"]]
            mine = dedup.shingles(_content(rec["text"], cut.get(rec["id"], ())))
            rows.append({"id": spec.id, "spec": spec, "match": match, "outcome": outcome(spec, match),
                         "j_match": _jaccard(mine, sets.get(match)) if match else None,
                         "j_source": max((_jaccard(mine, sets.get(src)) for src in spec.sources), default=None)})
            if spec.id in needed:
                sets[spec.id] = mine

    def summary(group: list[dict]) -> dict:
        n = max(1, len(group))
        close = [r for r in group if r["j_source"] >= threshold]
        matched = [r for r in group if r["match"]]
        share = {o: sum(r["outcome"] == o for r in group) / n for o in ("source", "splice", "other", "missed")}
        return {"count": len(group), "j_source": _spread([r["j_source"] for r in group]),
                "at_threshold": len(close) / n, "recall": share["source"], "to_splice": share["splice"],
                "to_other": share["other"], "missed": share["missed"],
                "recall_at_threshold": sum(r["outcome"] == "source" for r in close) / max(1, len(close)),
                "j_match": _spread([r["j_match"] for r in matched]),
                "match_below": sum(r["j_match"] < threshold for r in matched),
                "match_far_below": sum(r["j_match"] < threshold - 0.1 for r in matched),
                "other_pairs": [(r["id"], r["match"]) for r in group if r["outcome"] == "other"][:20]}

    out: dict = {"kinds": {}}
    for kind in KINDS:
        group = [r for r in rows if r["spec"].kind == kind]
        if group:
            out["kinds"][kind] = summary(group)
            out["kinds"][kind]["exact_repeats"] = sum(1 for s in specs if s.kind == kind) - len(group)
    for name, *_ in OUTLETS:
        group = [r for r in rows if r["spec"].outlet == name]
        if group:
            out["kinds"][f"boilerplate: {name}"] = summary(group)
    originals = [r for r in rows if r["spec"].kind == "original"]
    matched = [r for r in originals if r["match"]]
    out["original"] = {"count": len(originals), "matched": len(matched),
                       "to_a_story": sum(1 for r in matched if by_id[r["match"]].kind == "original"),
                       "j_match": _spread([r["j_match"] for r in matched]),
                       "match_below": sum(r["j_match"] < threshold for r in matched),
                       "pairs": [(r["id"], r["match"], round(r["j_match"], 3)) for r in matched]}
    picked = random.Random(0).sample(matched, min(show, len(matched)))
    wanted = {x for r in picked for x in (r["id"], r["match"])}
    openings = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["id"] in wanted:
                openings[rec["id"]] = " ".join(rec["text"].split())[:160]
    out["samples"] = [{"report": r["id"], "matched": r["match"], "j_match": round(r["j_match"], 3),
                       "report_opening": openings[r["id"]], "matched_opening": openings[r["match"]]} for r in picked]
    return out


# --- the run ----------------------------------------------------------------------------------

def _print_slices(rows: list[dict]) -> None:
    print(f"{'reports':>15} {'index size':>15} {'KCNA':>5} {'read':>6} {'signature':>9} {'index':>6} "
          f"{'dedup':>6} {'wall':>6} {'cand. mean/max':>14} {'RSS MB':>7}")
    for r in rows:
        size = f"{r['index_size'][0]}..{r['index_size'][1]}"
        print(f"{r['reports']:>15} {size:>15} {r['original_share']:5.0%} {r['read_ms']:6.3f} "
              f"{r['signature_ms']:9.3f} {r['index_ms']:6.3f} {r['dedup_ms']:6.3f} {r['dedup_wall_ms']:6.3f} "
              f"{r['candidates_mean']:9.2f}/{r['candidates_max']:<4} {r['rss_mb']:7.0f}")
    print("(CPU ms per report: read = the ingest's JSONL reader; signature = content MinHash; index = find + add; "
          "dedup = signature + index; wall = dedup's wall ms; KCNA = share of the slice that are KCNA stories)")


def _print_before(rows: list[dict]) -> None:
    print(f"before/after, same loop: {'reports':>15} {'signature before':>16} {'after':>6} "
          f"{'index before':>12} {'after':>6} {'different answers (ties)':>24}")
    for r in rows:
        print(f"{'':>25}{r['reports']:>15} {r['before_signature_ms']:16.3f} {r['signature_ms']:6.3f} "
              f"{r['before_index_ms']:12.3f} {r['index_ms']:6.3f} {r['before_disagree']:17d} ({r['before_ties']})")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=FULL_RUN, help=f"number of reports (default {FULL_RUN})")
    ap.add_argument("--originals", type=int, default=None,
                    help="KCNA stories among them (default: all at 100,000, the same share for a smaller N)")
    ap.add_argument("--mix", default=DEFAULT_MIX, help=f"weights of the variant kinds (default {DEFAULT_MIX})")
    ap.add_argument("--edits", type=int, default=3, help="word edits in an 'edit' variant (default 3)")
    ap.add_argument("--keep", type=float, default=0.7, help="share of a story a 'truncate' variant keeps (default 0.7)")
    ap.add_argument("--spread", type=float, default=0.05,
                    help="how far after its source a variant may come, as a share of the run (default 0.05)")
    ap.add_argument("--outlets", default=",".join(o[0] for o in OUTLETS),
                    help="the invented outlets whose lines boilerplate copies carry (default: all three)")
    ap.add_argument("--wrap", default=None, metavar="OUTLET",
                    help="put every report inside this invented outlet's lines (an archive from one outlet)")
    ap.add_argument("--compare", action="store_true",
                    help="also run the signature and index as they were before, in the same loop")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=5, help="matched pairs of KCNA stories to print (default 5)")
    ap.add_argument("--out", type=Path, default=None, help="keep the generated reports in this JSON Lines file")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    mix = parse_mix(args.mix)
    outlets = tuple(o.strip() for o in args.outlets.split(","))
    if not outlets or not set(outlets) <= {o[0] for o in OUTLETS}:
        raise SystemExit("--outlets: name some of " + ", ".join(o[0] for o in OUTLETS))
    wrap = next((o for o in OUTLETS if o[0] == args.wrap), None)
    if args.wrap and not wrap:
        raise SystemExit("--wrap: name one of " + ", ".join(o[0] for o in OUTLETS))

    load_before = os.getloadavg()
    stories = load_stories(args.corpus)
    share = len(stories) / FULL_RUN
    count = args.originals or min(len(stories), max(1, round(args.n * share)))
    if not 0 < count <= min(len(stories), args.n):
        raise SystemExit(f"--originals must be between 1 and {min(len(stories), args.n)}")
    # a smaller run takes an even sample of the file, kept in file (date) order
    stories = [stories[i] for i in sorted(random.Random(args.seed).sample(range(len(stories)), count))]
    texts = {s["id"]: s["text"] for s in stories}
    vocab = sorted({w for s in stories for w in _VOCAB_WORD.findall(s["text"].lower())})
    specs = plan(stories, args.n, mix, args.spread, args.seed, outlets)
    settings = Settings(offline=True)

    with tempfile.TemporaryDirectory() as tmp:
        path = args.out or Path(tmp) / "reports.jsonl"
        t0 = time.perf_counter()
        with open(path, "w", encoding="utf-8") as f:
            for spec in specs:
                f.write(json.dumps(materialise(spec, texts, vocab, args.edits, args.keep, wrap)) + "\n")
        made_s = time.perf_counter() - t0
        del texts
        kinds = {s.id: s.kind for s in specs}
        counts = {k: sum(1 for s in specs if s.kind == k) for k in ("original", *KINDS)}
        print(f"{len(specs)} reports ({', '.join(f'{k} {v}' for k, v in counts.items())}), written in {made_s:.1f} s; "
              f"threshold {settings.near_duplicate_threshold}, seed {args.seed}", flush=True)
        rss_before = _rss_mb()
        found, cut, rows, totals = stream(path, len(specs), settings, kinds, args.compare)
        _print_slices(rows)
        if args.compare:
            _print_before(rows)
            rb = totals["rebuild"]
            print(f"rebuilding the index from {rb['signatures']} stored signatures (each ingest run starts so): "
                  f"before {rb['before_s']:.1f} CPU s, after {rb['after_s']:.1f} CPU s")
        first, last = rows[1] if len(rows) > 2 else rows[0], rows[-1]
        ratios = {"index_cost": last["index_ms"] / first["index_ms"],
                  "dedup_cost": last["dedup_ms"] / first["dedup_ms"],
                  "mean_index_size": last["mean_index_size"] / first["mean_index_size"]}
        print(f"per report, slice {last['reports']} over slice {first['reports']}: index (find + add) "
              f"{ratios['index_cost']:.2f}x, signature + index {ratios['dedup_cost']:.2f}x, while the mean index "
              f"size grew {ratios['mean_index_size']:.2f}x (a cost in proportion to the index, the quadratic case, "
              f"would give {ratios['mean_index_size']:.2f}x; a flat one 1.00x)")
        print(f"the stream: {totals['reports']} reports ({totals['exact_repeats']} exact repeats skipped by content "
              f"hash, as the ingest does; {len(totals['unreadable'])} unreadable) in {totals['cpu_s']:.1f} CPU s, {totals['wall_s']:.1f} s wall; "
              f"resident memory {rss_before:.0f} MB before the stream, {rows[-1]['rss_mb']:.0f} MB after; "
              f"peak {totals['peak_mb']:.0f} MB", flush=True)
        q = quality(specs, found, cut, path, settings.near_duplicate_threshold, args.show)

    t = settings.near_duplicate_threshold
    print(f"quality (exact J: the exact Jaccard of two reports' word 5-shingle sets, boilerplate cut; threshold {t}):")
    for kind, r in q["kinds"].items():
        control = kind == "splice"
        repeats = f" (+{r['exact_repeats']} exact repeats skipped)" if "exact_repeats" in r else ""
        print(f"{kind:>34}: {r['count']:6d}{repeats}; exact J with "
              f"{'the closer of its two stories' if control else 'its source'} min/median/max {r['j_source']}, "
              f"{r['at_threshold']:.1%} at or above {t}")
        print(f"{'':>34}  matched to {'one of its stories' if control else 'its source'} or a copy of it "
              f"{r['recall']:.1%} (of those at or above {t}: {r['recall_at_threshold']:.1%}), to a splice holding "
              f"part of it {r['to_splice']:.2%}, to another story {r['to_other']:.2%}, "
              f"{'unmatched' if control else 'missed'} {r['missed']:.1%}; exact J with the match "
              f"min/median/max {r['j_match'] or '-'}, below {t}: {r['match_below']}, below {t - 0.1:.1f}: "
              f"{r['match_far_below']}")
    orig = q["original"]
    print(f"{'KCNA stories':>34}: {orig['count']:6d}; matched to an earlier report {orig['matched']} "
          f"({orig['to_a_story']} to another KCNA story, the rest to a variant of one); exact J with the match "
          f"min/median/max {orig['j_match'] or '-'}, below {t}: {orig['match_below']}")
    for s in q["samples"]:
        print(f"  {s['report']} -> {s['matched']} (exact J {s['j_match']}):\n"
              f"    {s['report_opening']!r}\n    {s['matched_opening']!r}")
    load_after = os.getloadavg()
    print(f"cores {os.cpu_count()}, load average before {[round(x, 2) for x in load_before]}, "
          f"after {[round(x, 2) for x in load_after]}")
    return {"reports": totals["reports"], "counts": counts, "threshold": settings.near_duplicate_threshold,
            "slices": rows, "ratios": ratios, "totals": totals, "quality": q,
            "load_before": list(load_before), "load_after": list(load_after)}


if __name__ == "__main__":
    main(sys.argv[1:])
    sys.exit(0)

"""Near-duplicate detection (syndicated copies, light edits) with MinHash LSH."""
from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
#: Fixed so stored signatures stay comparable across datasketch upgrades.
SCHEME = "affine32"
SHINGLE = 5
_WORD = re.compile(r"\w+")


def signature(text: str) -> MinHash:
    """MinHash of a text's word 5-shingles (case-folded)."""
    words = _WORD.findall(text.lower())
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


def to_bytes(m: MinHash) -> bytes:
    return m.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME)


class NearDuplicateIndex:
    """Documents seen so far, to find the earlier copy a new report repeats."""

    def __init__(self, threshold: float):
        self.threshold = threshold
        # LSH banding misses pairs near its threshold; cast the net wider and
        # confirm each candidate with the signature's Jaccard estimate.
        self._lsh = MinHashLSH(threshold=max(0.3, threshold - 0.2), num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}

    def add(self, doc_id: str, sig: MinHash) -> None:
        if doc_id not in self._sigs:
            self._lsh.insert(doc_id, sig)
            self._sigs[doc_id] = sig

    def find(self, sig: MinHash) -> str | None:
        """The id of the most similar stored document at or above the threshold."""
        best, best_j = None, self.threshold
        for cand in self._lsh.query(sig):
            j = self._sigs[cand].jaccard(sig)
            if j >= best_j:
                best, best_j = cand, j
        return best

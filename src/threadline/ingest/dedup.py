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
# The permutations are a function of (seed, num_perm, scheme) only. A MinHash made without
# them draws its own, which took about 40% of a signature's time and half of its memory,
# and made rebuilding the index from stored signatures cost ~0.4 ms a report. One set is
# drawn here and shared: the hash values are the same as with a MinHash's own.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations
#: Up to this many candidates are compared one row at a time; a longer list in one array
#: operation, whose fixed cost (~10 us) only a longer list repays.
_SHORT_LIST = 6


def shingles(text: str) -> set[str]:
    """A text's word 5-shingles, case-folded: the set whose Jaccard similarity a signature estimates.

    A text of fewer than five words is one shingle of all its words.
    """
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def signature(text: str) -> MinHash:
    """MinHash of a text's word 5-shingles (case-folded)."""
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMUTATIONS)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


def to_bytes(m: MinHash) -> bytes:
    """A signature as stored (64-bit hash values, whatever the scheme's width)."""
    return m.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    """A stored signature back as a ``MinHash``."""
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME,
                   permutations=_PERMUTATIONS)


class NearDuplicateIndex:
    """Documents seen so far, to find the earlier copy a new report repeats."""

    def __init__(self, threshold: float):
        self.threshold = threshold
        # LSH banding misses pairs near its threshold; cast the net wider and
        # confirm each candidate with the signature's Jaccard estimate.
        self._lsh = MinHashLSH(threshold=max(0.3, threshold - 0.2), num_perm=NUM_PERM)
        # Hash values one row per document, in the order added, so that a long candidate list
        # is confirmed in one array comparison. Reports that share lines the boilerplate rules
        # do not cut (an outlet's footer) are each other's candidates, and such a list grows
        # with the archive; ``MinHash.jaccard`` in turn cost ~2-3 us a candidate.
        self._rows: dict[str, int] = {}
        self._ids: list[str] = []
        self._values = np.empty((1024, NUM_PERM), dtype=_PERMUTATIONS.dtype)

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, doc_id: str, sig: MinHash) -> None:
        """Store a document's signature (a second add of the same id is ignored)."""
        if doc_id in self._rows:
            return
        n = len(self._rows)
        if n == len(self._values):
            grown = np.empty((2 * n, NUM_PERM), dtype=self._values.dtype)
            grown[:n] = self._values
            self._values = grown
        self._values[n] = sig.hashvalues
        # The LSH's keys are row numbers, so that ``find`` gets rows without a lookup per candidate.
        self._lsh.insert(n, sig)
        self._rows[doc_id] = n
        self._ids.append(doc_id)

    def candidates(self, sig: MinHash) -> list[str]:
        """Stored ids that share an LSH band with ``sig``: what ``find`` confirms."""
        return [self._ids[row] for row in self._lsh.query(sig)]

    def find(self, sig: MinHash) -> str | None:
        """The id of the most similar stored document at or above the threshold.

        Of equally similar documents, the one added first: the answer does not depend on
        the order of the LSH's candidate set, which changes with Python's hash seed.
        """
        found = self._lsh.query(sig)
        if not found:
            return None
        # Rows in the order added; of the largest counts of equal hash values, the first.
        if len(found) <= _SHORT_LIST:
            rows = sorted(found)
            equal = [int(np.count_nonzero(self._values[r] == sig.hashvalues)) for r in rows]
            best = equal.index(max(equal))
        else:
            rows = np.sort(np.array(found, dtype=np.int64))
            equal = np.count_nonzero(self._values[rows] == sig.hashvalues, axis=1)
            best = int(np.argmax(equal))
        if equal[best] / NUM_PERM < self.threshold:
            return None
        return self._ids[int(rows[best])]

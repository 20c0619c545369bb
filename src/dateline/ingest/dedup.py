"""Content-hash ids and near-duplicate detection (MinHash + LSH, with datasketch)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """The text as compared for identity: NFC, case-folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def content_id(text: str, published: str) -> str:
    """A stable id from the normalised text and publication date (16 hex digits of SHA-256)."""
    digest = hashlib.sha256(f"{published[:10]}\n{normalise(text)}".encode("utf-8")).hexdigest()
    return digest[:16]


def shingles(text: str, size: int) -> set[bytes]:
    words = _WORD.findall(normalise(text))
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str, permutations: int = 128, shingle_size: int = 5) -> MinHash:
    minhash = MinHash(num_perm=permutations, seed=1)
    minhash.update_batch(list(shingles(text, shingle_size)))
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes, permutations: int) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint64)
    if len(values) != permutations:
        raise ValueError("stored signature has another number of permutations")
    return MinHash(num_perm=permutations, seed=1, hashvalues=values.copy())


class NearDuplicates:
    """An LSH index of article signatures: ``original_of(id, minhash)`` finds an earlier twin."""

    def __init__(self, threshold: float = 0.8, permutations: int = 128) -> None:
        self.threshold = threshold
        self.permutations = permutations
        self._lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
        self._signatures: dict[str, MinHash] = {}

    def load(self, stored: Iterable[tuple[str, bytes]]) -> None:
        for article_id, blob in stored:
            try:
                self.add(article_id, from_bytes(blob, self.permutations))
            except ValueError:
                continue

    def add(self, article_id: str, minhash: MinHash) -> None:
        if article_id not in self._signatures:
            self._lsh.insert(article_id, minhash)
            self._signatures[article_id] = minhash

    def original_of(self, minhash: MinHash, order: dict[str, str] | None = None) -> str | None:
        """The most similar indexed article above the threshold, or None."""
        best, best_score = None, self.threshold
        for candidate in self._lsh.query(minhash):
            score = self._signatures[candidate].jaccard(minhash)
            if score >= best_score:
                best, best_score = candidate, score
        return best

"""Content-hash ids and near-duplicate detection (MinHash + LSH, with datasketch)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """The text as compared for identity: NFC, case-folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def content_id(text: str, published: str) -> str:
    """A stable id from the normalised text and publication date (16 hex digits of SHA-256)."""
    digest = hashlib.sha256(f"{published[:10]}\n{normalise(text)}".encode()).hexdigest()
    return digest[:16]


def shingle_hashes(text: str, size: int) -> np.ndarray:
    """32-bit hashes of the word ``size``-grams of the normalised text (CRC-32 based, stable)."""
    words = _WORD.findall(normalise(text))
    if not words:
        return np.zeros(0, dtype=np.uint64)
    ids = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    if len(ids) <= size:
        return np.array([_combine(ids)], dtype=np.uint64)
    mixed = np.zeros(len(ids) - size + 1, dtype=np.uint64)
    for offset in range(size):
        mixed = (mixed * np.uint64(_MIX) + ids[offset:len(ids) - size + 1 + offset]) & np.uint64(_MASK32)
    return np.unique(mixed)


# datasketch's "legacy" scheme is the classic universal hashing ((a * h + b) mod p) of 32-bit
# hashes, which is what ``signature`` computes with numpy over all shingles at once.
_SCHEME = "legacy"
_MIX = 1_000_003
_MASK32 = (1 << 32) - 1
_MERSENNE = np.uint64((1 << 61) - 1)
_PERMUTATIONS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _combine(ids: np.ndarray) -> int:
    value = 0
    for item in ids.tolist():
        value = (value * _MIX + item) & _MASK32
    return value


def _permutations(count: int) -> tuple[np.ndarray, np.ndarray]:
    if count not in _PERMUTATIONS:
        a, b = MinHash(num_perm=count, seed=1, scheme=_SCHEME).permutations
        _PERMUTATIONS[count] = (np.asarray(a, dtype=np.uint64), np.asarray(b, dtype=np.uint64))
    return _PERMUTATIONS[count]


def signature(text: str, permutations: int = 128, shingle_size: int = 5) -> MinHash:
    """The MinHash signature of the text's word shingles (datasketch's universal hashing)."""
    a, b = _permutations(permutations)
    hashes = shingle_hashes(text, shingle_size)
    if len(hashes) == 0:
        values = np.full(permutations, np.uint64(_MASK32), dtype=np.uint64)
    else:
        permuted = np.bitwise_and((np.outer(hashes, a) + b) % _MERSENNE, np.uint64(_MASK32))
        values = permuted.min(axis=0)
    return MinHash(num_perm=permutations, seed=1, hashvalues=values, permutations=(a, b), scheme=_SCHEME)


def to_bytes(minhash: MinHash) -> bytes:
    return np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes, permutations: int) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint64)
    if len(values) != permutations:
        raise ValueError("stored signature has another number of permutations")
    return MinHash(num_perm=permutations, seed=1, hashvalues=values.copy(),
                   permutations=_permutations(permutations), scheme=_SCHEME)


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

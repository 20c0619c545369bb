"""Ingest: read documents, give each a content-hash id, link near-duplicates, store in batches.

Ingesting the same input twice adds nothing. A bad document is recorded in the store's
``ingest_errors`` and the batch goes on. Articles are committed in batches, so an interrupted
ingest leaves a consistent store and a second run completes it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..errors import InputError
from ..models import Article
from ..settings import Settings
from ..store.base import IngestProblem, Store
from .dedup import NearDuplicates, content_id, signature, to_bytes
from .readers import FORMATS, Document, read_inputs

__all__ = ["FORMATS", "Document", "IngestReport", "ingest", "to_article"]


@dataclass
class IngestReport:
    run_id: str
    read: int = 0
    added: int = 0
    existing: int = 0
    near_duplicates: int = 0
    errors: list[IngestProblem] = field(default_factory=list)
    added_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def to_article(doc: Document) -> Article:
    return Article(id=content_id(doc.text, doc.published), text=doc.text, published=doc.published,
                   date_precision=doc.date_precision, title=doc.title, url=doc.url,
                   source=doc.source, external_id=doc.external_id, origin=doc.origin,
                   meta=dict(doc.meta))


def ingest(paths: Iterable[str], store: Store, *, settings: Settings | None = None,
           fmt: str | None = None, mapping: dict[str, str] | None = None,
           analyse: Callable[[list[Article]], list[Article]] | None = None,
           progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read ``paths`` (files, folders, ``-``) into ``store``; returns what happened.

    ``analyse``, when given, runs on each batch of new articles before they are stored.
    ``progress`` is called after every document with the running report.
    """
    settings = settings or Settings()
    report = IngestReport(run_id=datetime.now(UTC).strftime("%Y%m%dT%H%M%S-")
                          + uuid.uuid4().hex[:6])
    index = NearDuplicates(settings["near_duplicate_threshold"], settings["minhash_permutations"])
    index.load(store.signatures())
    batch: list[Article] = []
    blobs: list[bytes | None] = []
    seen: set[str] = set()
    records = read_inputs(paths, fmt=fmt, mapping=mapping, max_mb=settings["max_document_mb"])
    for record in records:
        report.read += 1
        if isinstance(record, InputError):
            report.errors.append(IngestProblem(record.path, record.location, record.reason,
                                               report.run_id))
        else:
            _take(to_article(record), store, index, settings, seen, batch, blobs, report)
        if len(batch) >= settings["batch_size"]:
            _flush(store, batch, blobs, report, analyse)
        if progress:
            progress(report)
    _flush(store, batch, blobs, report, analyse)
    store.add_ingest_errors(report.errors)
    return report


def _take(article: Article, store: Store, index: NearDuplicates, settings: Settings,
          seen: set[str], batch: list[Article], blobs: list[bytes | None],
          report: IngestReport) -> None:
    if article.id in seen or store.has_article(article.id):
        report.existing += 1
        return
    seen.add(article.id)
    minhash = signature(article.text, settings["minhash_permutations"], settings["shingle_size"])
    article.duplicate_of = index.original_of(minhash)
    if article.duplicate_of:
        report.near_duplicates += 1
    index.add(article.id, minhash)
    batch.append(article)
    blobs.append(to_bytes(minhash))


def _flush(store: Store, batch: list[Article], blobs: list[bytes | None], report: IngestReport,
           analyse: Callable[[list[Article]], list[Article]] | None) -> None:
    if not batch:
        return
    added = store.add_articles(batch, blobs)
    report.added += sum(added)
    report.added_ids.extend(a.id for a, new in zip(batch, added) if new)
    if analyse:
        store.save_analysis(analyse([a for a, new in zip(batch, added) if new]))
    batch.clear()
    blobs.clear()

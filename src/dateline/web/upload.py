"""POST /api/ingest: uploaded files go through :func:`dateline.ingest.ingest`, as on the command line.

Uploads are off unless the server was started with a token, and each request must carry it as
``Authorization: Bearer TOKEN``.
"""

from __future__ import annotations

import hmac
import re
import shutil
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request, UploadFile

from ..errors import QueryError
from ..ingest import ingest
from ..models import Article
from ..settings import Settings
from ..store.base import Store

MAP_FIELDS = ("date", "text", "title", "url", "source", "id")
CHUNK = 1 << 20


def require_token(request: Request) -> None:
    """403 when uploads are off, 401 when the request lacks the right bearer token."""
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "uploads are disabled: start the server with `dateline serve --token "
                                 "SECRET` (or set DATELINE_TOKEN) and send `Authorization: Bearer SECRET`")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong token: send `Authorization: Bearer TOKEN` with the "
                                 "token the server was started with")


def parse_field_map(value: str | None) -> dict[str, str]:
    """``date=published,text=body`` -> ``{"date": "published", "text": "body"}``."""
    mapping: dict[str, str] = {}
    for pair in filter(None, (value or "").split(",")):
        key, sep, column = pair.partition("=")
        if not sep or key.strip() not in MAP_FIELDS or not column.strip():
            raise QueryError(f"map: {pair!r} should be FIELD=COLUMN with FIELD one of "
                             f"{', '.join(MAP_FIELDS)}")
        mapping[key.strip()] = column.strip()
    return mapping


def safe_name(name: str | None, index: int) -> str:
    """The file's own name (its extension tells the format), without folders or odd characters."""
    base = re.sub(r"[^\w.\-]+", "_", Path(name or "").name).lstrip(".")
    return base or f"upload-{index}"


def save_uploads(files: list[UploadFile], folder: Path, max_bytes: int) -> list[str]:
    paths, total = [], 0
    for index, upload in enumerate(files):
        target = folder / str(index) / safe_name(upload.filename, index)
        target.parent.mkdir()
        with target.open("wb") as out:
            while chunk := upload.file.read(CHUNK):
                total += len(chunk)
                if total > max_bytes:
                    raise HTTPException(413, f"upload larger than {max_bytes >> 20} MB (setting "
                                             "web_max_upload_mb); send fewer files per request")
                out.write(chunk)
        paths.append(str(target))
    return paths


def ingest_uploads(store: Store, files: list[UploadFile], settings: Settings, *, fmt: str | None,
                   field_map: str | None, analyse: bool) -> dict[str, Any]:
    mapping = parse_field_map(field_map)
    analyser = _analyser(settings) if analyse else None
    folder = Path(tempfile.mkdtemp(prefix="dateline-upload-"))
    try:
        paths = save_uploads(files, folder, int(settings["web_max_upload_mb"] * (1 << 20)))
        report = ingest(paths, store, settings=settings, fmt=fmt, mapping=mapping, analyse=analyser)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    data = asdict(report)
    for problem in data["errors"]:  # report the name the client sent, not our temporary path
        problem["path"] = re.sub(rf"^{re.escape(str(folder))}/\d+/", "", problem["path"])
    return {**data, "analysed": report.added if analyse else 0}


def _analyser(settings: Settings) -> Any:
    from ..pipeline import Pipeline, available_stages

    pipeline = Pipeline.from_names(available_stages(settings["pipeline"].split(",")))

    def run(batch: list[Article]) -> list[Article]:
        return [pipeline(article) for article in batch]
    return run

"""Readers for every format a news analyst has: plain dated text, JSON Lines, CSV, HTML, RSS/Atom.

Each reader yields :class:`Document` records or :class:`~dateline.errors.InputError`s: one bad
record never stops the rest of its file. Gzip-compressed files are read transparently.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import InputError, MissingDateError
from ..models import parse_publication_date

#: Field names tried, in order, when a record does not say which field holds what.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("date", "time", "published", "publication_date", "pubdate", "pub_date",
             "published_at", "datetime", "timestamp", "created_at"),
    "text": ("text", "body", "content", "article", "maintext", "story"),
    "title": ("title", "headline"),
    "url": ("url", "link", "href"),
    "source": ("source", "source_file", "outlet", "publisher", "site", "sitename"),
    "id": ("id", "doc_id", "document_id", "guid", "uid"),
}

EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
FORMATS = ("text", "jsonl", "csv", "tsv", "html", "feed")

_PLAIN_HEAD = re.compile(r"\A\s*date[ \t]+(\S+)\s+", re.IGNORECASE)


@dataclass
class Document:
    """One article as read, before it gets an id: text, date and what else the input gave."""

    text: str
    published: str
    date_precision: str
    origin: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    external_id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


Record = Document | InputError


def detect_format(name: str, head: bytes) -> str:
    """Pick a reader from the file name, or from the first bytes when the name says nothing."""
    lower = name.lower().removesuffix(".gz")
    ext = os.path.splitext(lower)[1]
    if ext in EXTENSIONS and ext not in (".xml", ".json"):
        return EXTENSIONS[ext]
    sniff = head.lstrip()[:512].lower()
    if sniff.startswith(b"{"):
        return "jsonl"
    if b"<rss" in sniff or b"<feed" in sniff or b"<rdf:rdf" in sniff:
        return "feed"
    if sniff.startswith((b"<!doctype html", b"<html")) or b"<html" in sniff:
        return "html"
    if ext == ".xml":
        return "feed"
    if sniff.startswith(b"date"):
        return "text"
    return EXTENSIONS.get(ext, "text")


def decode(data: bytes, path: str) -> str:
    """UTF-8 text, or an InputError that says where the first bad byte is."""
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not text", path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded; "
            "convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)", path, f"line {line}"
        ) from None


def check_size(size: int, path: str, max_mb: float, location: str = "") -> None:
    if size > max_mb * 1024 * 1024:
        raise InputError(
            f"document is {size / 1024 / 1024:.1f} MB, above the limit of {max_mb:g} MB per document "
            "(raise it with --setting max_document_mb N)", path, location)


def _date(value: Any, path: str, location: str) -> tuple[str, str]:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise MissingDateError("no publication date; every article needs one "
                               "(name the field with --map date=FIELD)", path, location)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        import datetime as dt
        return dt.datetime.fromtimestamp(value, dt.UTC).isoformat(), "time"
    try:
        return parse_publication_date(str(value))
    except ValueError as exc:
        raise InputError(f"invalid publication date: {exc}", path, location) from None


def read_plain(text: str, path: str, max_mb: float) -> Iterator[Record]:
    """The seed format: optional white space, ``date YYYY-MM-DD``, white space, the text."""
    match = _PLAIN_HEAD.match(text)
    if not text.strip():
        yield InputError("empty file", path)
        return
    if not match:
        first = text.strip().splitlines()[0][:60]
        yield MissingDateError(
            f"no date line: expected 'date YYYY-MM-DD' before the text, found {first!r}", path, "line 1")
        return
    line = text[: match.start(1)].count("\n") + 1
    try:
        published, precision = _date(match.group(1), path, f"line {line}")
        body = text[match.end():].rstrip()
        check_size(len(body.encode("utf-8")), path, max_mb)
        if not body.strip():
            raise InputError("no text after the date line", path, f"line {line}")
    except InputError as exc:
        yield exc
        return
    yield Document(body, published, precision, path)


def _pick(record: dict[str, Any], name: str, mapping: dict[str, str]) -> Any:
    if name in mapping:
        return record.get(mapping[name])
    lowered = {str(k).lower(): v for k, v in record.items()}
    for alias in FIELD_ALIASES[name]:
        if alias in lowered and lowered[alias] not in (None, ""):
            return lowered[alias]
    return None


def record_to_document(record: dict[str, Any], path: str, location: str,
                       mapping: dict[str, str], max_mb: float) -> Document:
    """A JSON or CSV record to a Document; raises InputError naming the missing field."""
    text = _pick(record, "text", mapping)
    if not isinstance(text, str) or not text.strip():
        field_name = mapping.get("text", "text")
        raise InputError(f"no text: field {field_name!r} is missing or empty "
                         "(name the field with --map text=FIELD)", path, location)
    check_size(len(text.encode("utf-8")), path, max_mb, location)
    published, precision = _date(_pick(record, "date", mapping), path, location)
    optional = {k: _pick(record, k, mapping) for k in ("title", "url", "source", "id")}
    text_of = {k: None if v is None else str(v) for k, v in optional.items()}
    return Document(text, published, precision, f"{path}:{location}", title=text_of["title"],
                    url=text_of["url"], source=text_of["source"], external_id=text_of["id"])


def read_jsonl(stream: IO[str], path: str, mapping: dict[str, str], max_mb: float) -> Iterator[Record]:
    """One JSON object a line; a file holding one JSON array is read too."""
    first, skipped = stream.read(1), 0
    while first and first.isspace():
        skipped += first == "\n"
        first = stream.read(1)
    if first == "[":
        try:
            items = json.loads(first + stream.read())
        except json.JSONDecodeError as exc:
            yield InputError(f"malformed JSON: {exc.msg}", path, f"line {exc.lineno}")
            return
        for index, item in enumerate(items, 1):
            yield _json_record(item, path, f"record {index}", mapping, max_mb)
        return
    lines = iter(stream)
    head = first + next(lines, "") if first else ""
    for number, line in enumerate(_chain([head], lines), 1 + skipped):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"malformed JSON: {exc.msg} at column {exc.colno}", path, f"line {number}")
            continue
        yield _json_record(item, path, f"line {number}", mapping, max_mb)


def _chain(*parts: Iterable[str]) -> Iterator[str]:
    for part in parts:
        yield from part


def _json_record(item: Any, path: str, location: str, mapping: dict[str, str],
                 max_mb: float) -> Record:
    if not isinstance(item, dict):
        return InputError(f"expected a JSON object, found {type(item).__name__}", path, location)
    try:
        return record_to_document(item, path, location, mapping, max_mb)
    except InputError as exc:
        return exc


def read_csv(stream: IO[str], path: str, mapping: dict[str, str], max_mb: float,
             delimiter: str = ",") -> Iterator[Record]:
    csv.field_size_limit(2**31 - 1)
    reader = csv.DictReader(stream, delimiter=delimiter)
    if not reader.fieldnames:
        yield InputError("empty file", path)
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"malformed CSV: {exc}", path, f"line {reader.line_num}")
            return
        location = f"line {reader.line_num}"
        try:
            yield record_to_document(row, path, location, mapping, max_mb)
        except InputError as exc:
            yield exc


def read_html(text: str, path: str, max_mb: float) -> Iterator[Record]:
    """Main text and metadata of a saved web page, with trafilatura."""
    import trafilatura

    check = len(text.encode("utf-8"))
    try:
        check_size(check, path, max_mb)
    except InputError as exc:
        yield exc
        return
    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                            favor_precision=True)
    if extracted is None:
        yield InputError("no article text found in the HTML page", path)
        return
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = (data.get("text") or "").strip()
    if not body:
        yield InputError("no article text found in the HTML page", path)
        return
    date = data.get("date")
    if not date:
        yield MissingDateError("no publication date in the page's metadata (meta tags, JSON-LD, URL)",
                               path)
        return
    try:
        published, precision = _date(date, path, "")
    except InputError as exc:
        yield exc
        return
    yield Document(body, published, precision, path, title=data.get("title"),
                   url=data.get("url"), source=data.get("sitename") or data.get("hostname"))


def read_feed(text: str, path: str, max_mb: float) -> Iterator[Record]:
    """Entries of an RSS or Atom feed saved to disk, with feedparser."""
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        yield InputError(f"not a readable RSS/Atom feed: {feed.bozo_exception}", path)
        return
    source = feed.feed.get("title")
    for index, entry in enumerate(feed.entries, 1):
        location = f"entry {index}"
        try:
            yield _feed_entry(entry, source, path, location, max_mb)
        except InputError as exc:
            yield exc


def _feed_entry(entry: Any, source: str | None, path: str, location: str, max_mb: float) -> Document:
    import datetime as dt

    parts = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
    body = _strip_markup("\n\n".join(p for p in parts if p))
    if not body.strip():
        raise InputError("entry has no text (no content or summary)", path, location)
    check_size(len(body.encode("utf-8")), path, max_mb, location)
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        year, month, day, hour, minute, second = tuple(parsed)[:6]
        published = dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC).isoformat()
        precision = "time"
    else:
        published, precision = _date(entry.get("published") or entry.get("updated"), path, location)
    return Document(body, published, precision, f"{path}:{location}", title=entry.get("title"),
                    url=entry.get("link"), source=source, external_id=entry.get("id"))


def _strip_markup(html: str) -> str:
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - unparsable markup falls back to a crude strip
        return re.sub(r"<[^>]+>", " ", html).strip()
    blocks = [b.text_content().strip() for b in root.iter("p")]
    text = "\n\n".join(b for b in blocks if b) if blocks else root.text_content()
    return text.strip()


def open_text(path: str, stream: IO[bytes] | None = None) -> tuple[bytes, str]:
    """The raw bytes of a file (or stdin) and its name without ``.gz``, decompressed."""
    raw = stream.read() if stream is not None else Path(path).read_bytes()
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise InputError(f"corrupt gzip file: {exc}", path) from None
    return raw, path.removesuffix(".gz")


def read_path(path: str, *, fmt: str | None = None, mapping: dict[str, str] | None = None,
              max_mb: float = 10.0, stream: IO[bytes] | None = None) -> Iterator[Record]:
    """Read one file (or ``-`` for stdin, via ``stream``) into Documents and InputErrors."""
    mapping = mapping or {}
    if stream is None and fmt in (None, "jsonl", "csv", "tsv"):
        streamed = _streamed(path, fmt, mapping, max_mb)
        if streamed is not None:
            yield from streamed
            return
    if stream is None and _too_big_to_read(path, fmt, max_mb):
        yield InputError(f"document is {os.path.getsize(path) / 1024 / 1024:.1f} MB, above the limit "
                         f"of {max_mb:g} MB per document (raise it with --setting max_document_mb N)",
                         path)
        return
    try:
        raw, name = open_text(path, stream)
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror}", path)
        return
    except InputError as exc:
        yield exc
        return
    if not raw.strip():
        yield InputError("empty file", path)
        return
    kind = fmt or detect_format(name, raw[:4096])
    try:
        text = decode(raw, path)
    except InputError as exc:
        yield exc
        return
    readers: dict[str, Callable[[], Iterator[Record]]] = {
        "text": lambda: read_plain(text, path, max_mb),
        "jsonl": lambda: read_jsonl(io.StringIO(text), path, mapping, max_mb),
        "csv": lambda: read_csv(io.StringIO(text, newline=""), path, mapping, max_mb),
        "tsv": lambda: read_csv(io.StringIO(text, newline=""), path, mapping, max_mb, "\t"),
        "html": lambda: read_html(text, path, max_mb),
        "feed": lambda: read_feed(text, path, max_mb),
    }
    yield from readers[kind]()


def _too_big_to_read(path: str, fmt: str | None, max_mb: float) -> bool:
    """A one-document file (plain text, HTML) over the limit is refused before it is read."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as probe:
            head = probe.read(4096)
    except OSError:
        return False
    if size <= max_mb * 1024 * 1024 or head[:2] == b"\x1f\x8b":
        return False
    return (fmt or detect_format(path, head)) in ("text", "html")


def _streamed(path: str, fmt: str | None, mapping: dict[str, str],
              max_mb: float) -> Iterator[Record] | None:
    """Record-per-line formats are streamed from disk, so a 1 GB file is never held in memory."""
    try:
        with open(path, "rb") as probe:
            head = probe.read(4096)
    except OSError:
        return None
    gz = head[:2] == b"\x1f\x8b"
    if gz:
        with gzip.open(path, "rb") as probe_gz:
            try:
                head = probe_gz.read(4096)
            except (OSError, EOFError):
                return None
    kind = fmt or detect_format(path.removesuffix(".gz"), head)
    if kind not in ("jsonl", "csv", "tsv") or b"\x00" in head or head.lstrip()[:1] == b"[":
        return None
    return _stream_records(path, kind, gz, mapping, max_mb)


def _stream_records(path: str, kind: str, gz: bool, mapping: dict[str, str],
                    max_mb: float) -> Iterator[Record]:
    opener = gzip.open if gz else open
    with opener(path, "rb") as binary:  # type: ignore[operator]
        stream = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="strict", newline="")
        try:
            if kind == "jsonl":
                yield from read_jsonl(stream, path, mapping, max_mb)
            else:
                yield from read_csv(stream, path, mapping, max_mb, "\t" if kind == "tsv" else ",")
        except UnicodeDecodeError as exc:
            yield InputError(f"not UTF-8 text: byte 0x{exc.object[exc.start]:02x} cannot be decoded; "
                             "the rest of the file was skipped", path)
        except (OSError, EOFError) as exc:
            yield InputError(f"cannot read file: {exc}", path)


def is_readable_name(name: str) -> bool:
    """Whether a file found in a folder has an extension dateline reads (optionally ``.gz``)."""
    return os.path.splitext(name.lower().removesuffix(".gz"))[1] in EXTENSIONS


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and readable files under folders (recursively, sorted, hidden ones skipped).

    A file named explicitly is always read; in a folder, files of other kinds (``README.md``,
    images) are passed over.
    """
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(p).parts)
                if child.is_file() and not hidden and is_readable_name(child.name):
                    yield str(child)
        else:
            yield raw


def read_inputs(paths: Iterable[str], *, fmt: str | None = None,
                mapping: dict[str, str] | None = None, max_mb: float = 10.0) -> Iterator[Record]:
    """Every Document and InputError from files, directories and stdin (``-``)."""
    for path in expand_paths(paths):
        if path == "-":
            yield from read_path("<stdin>", fmt=fmt, mapping=mapping, max_mb=max_mb,
                                 stream=sys.stdin.buffer)
        elif not os.path.exists(path):
            yield InputError("no such file or directory", path)
        else:
            yield from read_path(path, fmt=fmt, mapping=mapping, max_mb=max_mb)

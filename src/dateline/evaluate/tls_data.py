"""Timeline-summarization data in the news-tls layout (Timeline17, Crisis).

``DIR/<folder>/articles.jsonl`` holds ``{"id", "time", "text"}`` records (text tokenised, one
sentence per line), ``timelines.jsonl`` one gold timeline per line (a JSON list of
``[date, [sentences]]``), ``keywords.json`` the topic's query terms. Folders sharing the prefix
before ``_`` (``bpoil_bbc``, ``bpoil_guardian`` ...) form one topic: their articles are merged,
keyed on (time, id), as in the standard 9-topic Timeline17 setup.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Article, Sentence

GoldTimeline = dict[dt.date, list[str]]


@dataclass
class Topic:
    """One topic: merged articles, its gold timelines (in file order) and query terms."""

    name: str
    articles: list[Article] = field(default_factory=list)
    timelines: list[GoldTimeline] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)

    def articles_between(self, start: dt.date, end: dt.date) -> list[Article]:
        return [a for a in self.articles if start <= a.publication_date <= end]


def _read_jsonl(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"not JSON ({exc.msg})", str(path), f"line {number}") from None


def article_from_record(record: dict[str, Any], path: Path, line: int) -> Article:
    """An Article with one sentence per line of the tokenised text."""
    try:
        text, time = str(record["text"]), str(record["time"])[:10]
        dt.date.fromisoformat(time)
    except (KeyError, ValueError) as exc:
        raise InputError(f"bad article record ({exc}); expected id, time YYYY-MM-DD, text",
                         str(path), f"line {line}") from None
    article = Article(id=f"{time}:{record.get('id', line)}", text=text, published=time,
                      external_id=str(record.get("id", "")), source=path.parent.name,
                      origin=f"{path}:{line}")
    article.sentences = list(line_sentences(text))
    article.stages.append("sentences")
    return article


def line_sentences(text: str) -> Iterator[Sentence]:
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            offset = start + line.index(stripped)
            yield Sentence(offset, offset + len(stripped), stripped)
        start += len(line) + 1


def read_gold(path: Path) -> list[GoldTimeline]:
    timelines = []
    for line, items in _read_jsonl(path):
        try:
            timelines.append({dt.date.fromisoformat(str(d)[:10]): [str(s) for s in sents]
                              for d, sents in items})
        except (TypeError, ValueError) as exc:
            raise InputError(f"bad timeline ({exc}); expected [[date, [sentences]], ...]",
                             str(path), f"line {line}") from None
    return timelines


def topic_name(folder: str) -> str:
    return folder.split("_", 1)[0]


def load_topics(root: str | Path, only: list[str] | None = None) -> list[Topic]:
    """Topics under ``root`` (sorted by name), optionally only those named in ``only``."""
    root = Path(root)
    folders = sorted(p for p in root.iterdir() if (p / "articles.jsonl").exists()) \
        if root.is_dir() else []
    if not folders:
        raise InputError("no topic folders with articles.jsonl found; expected DIR/<topic>/"
                         "articles.jsonl, timelines.jsonl, keywords.json", str(root))
    topics: dict[str, Topic] = {}
    for folder in folders:
        name = topic_name(folder.name)
        if only is None or name in only:
            _add_folder(topics.setdefault(name, Topic(name)), folder)
    for topic in topics.values():
        topic.articles.sort(key=lambda a: (a.published, a.external_id or ""))
    return [topics[name] for name in sorted(topics)]


def _add_folder(topic: Topic, folder: Path) -> None:
    seen = {a.id for a in topic.articles}
    for line, record in _read_jsonl(folder / "articles.jsonl"):
        article = article_from_record(record, folder / "articles.jsonl", line)
        if article.id not in seen and article.text.strip():
            seen.add(article.id)
            topic.articles.append(article)
    if (folder / "timelines.jsonl").exists():
        topic.timelines.extend(read_gold(folder / "timelines.jsonl"))
    if (folder / "keywords.json").exists():
        words = json.loads((folder / "keywords.json").read_text(encoding="utf-8"))
        topic.keywords.extend(w for w in words if w not in topic.keywords)
    topic.folders.append(folder.name)

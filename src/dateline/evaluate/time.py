"""``dateline eval time``: run the temporal tagger over TimeML gold files and score it (TE3).

The input of each gold file is read from a sibling folder of ``*.TE3input`` files when there is
one (TempEval-3 platinum), otherwise from the gold file itself with its tags stripped. Files are
paired by name, or by their ``<DOCID>`` when the names differ.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Timex
from .tempeval import TimexCounts, count_document, te3_scores
from .timeml import TimemlDocument, read_timeml, timeml_view, to_timeml

_DOCID = re.compile(r"<DOCID>\s*([^<\s]+)\s*</DOCID>")


@dataclass
class DocumentResult:
    name: str
    gold: TimemlDocument
    system: list[Timex]
    counts: TimexCounts


@dataclass
class TimeEvaluation:
    """Scores of one run, and the documents behind them for error analysis."""

    counts: TimexCounts
    documents: list[DocumentResult] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        """The figures ``dateline eval time --json`` prints."""
        scores = te3_scores(self.counts)
        keys = ("strict_f1", "relaxed_f1", "type_f1", "value_f1", "precision", "recall",
                "n_gold", "n_system")
        return {**{k: scores[k] for k in keys}, "docs": len(self.documents),
                "seconds": round(self.seconds, 3)}


def _index(folder: Path, pattern: str) -> dict[str, Path]:
    """Files of ``folder`` by name stem (up to the first ``.tml``) and by DOCID."""
    found: dict[str, Path] = {}
    for path in sorted(folder.glob(pattern)):
        found.setdefault(path.name.split(".tml")[0], path)
        head = path.read_text(encoding="utf-8", errors="replace")[:2000]
        docid = _DOCID.search(head)
        if docid:
            found.setdefault(docid.group(1), path)
    return found


def _key(path: Path) -> list[str]:
    head = path.read_text(encoding="utf-8", errors="replace")[:2000]
    docid = _DOCID.search(head)
    return [path.name.split(".tml")[0]] + ([docid.group(1)] if docid else [])


def find_input_folder(gold_dir: Path) -> Path | None:
    """A sibling folder of ``*.TE3input`` files for ``gold_dir`` (``<name>-input`` first)."""
    preferred = gold_dir.parent / f"{gold_dir.name}-input"
    siblings = [preferred] + sorted(p for p in gold_dir.parent.iterdir() if p != preferred)
    for folder in siblings:
        if folder.is_dir() and folder != gold_dir and any(folder.glob("*.TE3input")):
            if folder == preferred or folder.name.startswith(gold_dir.name):
                return folder
    return None


def _lookup(index: dict[str, Path], gold_path: Path, what: str) -> Path:
    for key in _key(gold_path):
        if key in index:
            return index[key]
    raise InputError(f"no {what} file for this gold file (looked by name and DOCID)", str(gold_path))


def gold_files(gold_dir: Path) -> list[Path]:
    if not gold_dir.is_dir():
        raise InputError("not a folder of TimeML files", str(gold_dir))
    files = sorted(gold_dir.glob("*.tml"))
    if not files:
        raise InputError("no *.tml gold files here", str(gold_dir))
    return files


def _check_same_text(gold: TimemlDocument, other: TimemlDocument, path: Path) -> None:
    if gold.text != other.text:
        raise InputError(f"its text differs from the gold file {gold.name}", str(path))


def iter_documents(gold_dir: Path) -> Iterator[tuple[Path, TimemlDocument, TimemlDocument]]:
    """(gold path, gold document, input document) for each gold file."""
    input_dir = find_input_folder(gold_dir)
    inputs = _index(input_dir, "*.TE3input") if input_dir else {}
    for path in gold_files(gold_dir):
        gold = read_timeml(path)
        if input_dir is None:
            yield path, gold, gold
            continue
        source = _lookup(inputs, path, "input")
        document = read_timeml(source)
        _check_same_text(gold, document, source)
        yield path, gold, document


Tagger = Callable[[str, str], list[Timex]]


def evaluate_time(gold_dir: str | Path, *, system_dir: str | Path | None = None,
                  save_dir: str | Path | None = None, tagger: Tagger | None = None,
                  progress: Callable[[int], None] | None = None) -> TimeEvaluation:
    """Score dateline (or the TimeML files in ``system_dir``) against the gold files."""
    gold_dir = Path(gold_dir)
    systems = _index(Path(system_dir), "*.tml") if system_dir else None
    if tagger is None:
        from ..time import tag_text
        tagger = tag_text
    result = TimeEvaluation(TimexCounts())
    for number, (path, gold, document) in enumerate(iter_documents(gold_dir), start=1):
        started = time.perf_counter()
        if systems is not None:
            system_path = _lookup(systems, path, "system")
            system_doc = read_timeml(system_path)
            _check_same_text(gold, system_doc, system_path)
            predicted = system_doc.timexes
        else:
            predicted = timeml_view(tagger(document.text, document.dct))
        result.seconds += time.perf_counter() - started
        counts = count_document(gold.timexes, predicted)
        result.counts.add(counts)
        result.documents.append(DocumentResult(path.name, gold, predicted, counts))
        if save_dir is not None and systems is None:
            _save(Path(save_dir), path.name, document, predicted)
        if progress:
            progress(number)
    return result


def _save(folder: Path, name: str, document: TimemlDocument, timexes: list[Timex]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(to_timeml(document, timexes), encoding="utf-8")

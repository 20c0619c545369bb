"""Hand-made TimeML documents for the scorer and reader tests."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest

HEAD = ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{docid}</DOCID>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>\n'
        '<TEXT>\n{body}\n</TEXT>\n</TimeML>\n')

GOLD_BODY = ('The mill <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> '
             '<TIMEX3 tid="t1" type="DURATION" value="P1M">a month</TIMEX3> sooner, '
             'B&amp;Q said <TIMEX3 tid="t2" type="DATE" value="2013-03-22">Friday</TIMEX3>. '
             'In <TIMEX3 tid="t3" type="DATE" value="2004">2004</TIMEX3>-'
             '<TIMEX3 tid="t4" type="DATE" value="2006">2006</TIMEX3> it was busier.')
PLAIN_BODY = "The mill closed a month sooner, B&amp;Q said Friday. In 2004-2006 it was busier."
SYSTEM_BODY = ('The mill closed <TIMEX3 tid="t1" type="DATE" value="XXXX-XX">a month sooner'
               '</TIMEX3>, B&amp;Q said <TIMEX3 tid="t2" type="DATE" value="2013-03-22">Friday'
               '</TIMEX3>. In 2004-<TIMEX3 tid="t3" type="DATE" value="2007">2006</TIMEX3> it '
               'was <TIMEX3 tid="t9" type="DATE" value="PAST_REF">busier</TIMEX3>.')


def timeml(body: str, docid: str = "doc1") -> str:
    return HEAD.format(docid=docid, body=body)


@pytest.fixture
def te3_folders(tmp_path: Path) -> dict[str, Path]:
    """gold/, gold-input/ (TE3input files under another name, paired by DOCID) and system/."""
    folders = {name: tmp_path / name for name in ("gold", "gold-input", "system")}
    for folder in folders.values():
        folder.mkdir()
    (folders["gold"] / "doc1.tml").write_text(timeml(GOLD_BODY), encoding="utf-8")
    (folders["gold-input"] / "doc_one.tml.TE3input").write_text(timeml(PLAIN_BODY), encoding="utf-8")
    (folders["system"] / "doc1.tml").write_text(timeml(SYSTEM_BODY), encoding="utf-8")
    return folders


@pytest.fixture
def markup() -> dict[str, str]:
    """The gold, plain (TE3input) and system versions of one document, as full TimeML."""
    return {"gold": timeml(GOLD_BODY), "plain": timeml(PLAIN_BODY), "system": timeml(SYSTEM_BODY)}


def _root_conftest() -> object:
    """The suite's conftest.py (several files are called conftest, so import it by path)."""
    path = Path(__file__).parent.parent / "conftest.py"
    spec = importlib.util.spec_from_file_location("dateline_tests_root_conftest", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def shared() -> Callable[..., Path]:
    """``shared("data", "time", ...)``: a path under ../shared, or skip the test with a message."""
    return _root_conftest().shared_path  # type: ignore[attr-defined,no-any-return]

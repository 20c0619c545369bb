"""TimeML files: read the text, DCT and TIMEX3 tags; write a system's timexes back as TimeML.

Offsets are character offsets into the text of the ``<TEXT>`` element with every tag removed and
XML entities decoded, so gold and system annotations of the same document can be compared on
characters whatever their markup.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError
from ..models import Timex

_TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>|&(#?\w+);")
_ATTR = re.compile(r"([\w:-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)
_CREATION = re.compile(r"<TIMEX3([^>]*functionInDocument=\"CREATION_TIME\"[^>]*)>")
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)


@dataclass
class TimemlDocument:
    """One TimeML document: the plain text of ``<TEXT>``, its creation time and its timexes."""

    name: str
    text: str
    dct: str
    timexes: list[Timex] = field(default_factory=list)
    source: str = ""  # the file as read, kept so that output can be written in the same frame


def parse_attributes(tag_body: str) -> dict[str, str]:
    return {m[1]: html.unescape(m[2] if m[2] is not None else m[3]) for m in _ATTR.finditer(tag_body)}


def _timex_from(attrs: dict[str, str], start: int, end: int, text: str) -> Timex:
    return Timex(start=start, end=end, text=text[start:end], type=attrs.get("type", ""),
                 value=attrs.get("value", ""), tid=attrs.get("tid", ""), mod=attrs.get("mod"),
                 anchor=attrs.get("anchorTimeID"), begin=attrs.get("beginPoint"),
                 end_value=attrs.get("endPoint"), quant=attrs.get("quant"), freq=attrs.get("freq"))


def strip_markup(markup: str) -> tuple[str, list[Timex]]:
    """The text of a TimeML fragment without tags, and its TIMEX3 elements as offsets into it."""
    pieces: list[str] = []
    length = 0
    open_timexes: list[tuple[dict[str, str], int]] = []
    found: list[tuple[dict[str, str], int, int]] = []
    last = 0
    for match in _TAG.finditer(markup):
        chunk = markup[last:match.start()]
        pieces.append(chunk)
        length += len(chunk)
        last = match.end()
        if match.group(5) is not None:  # an entity reference
            decoded = html.unescape(match.group())
            pieces.append(decoded)
            length += len(decoded)
        elif match.group(2) == "TIMEX3" and not match.group(4):
            if match.group(1):
                if open_timexes:
                    attrs, start = open_timexes.pop()
                    found.append((attrs, start, length))
            else:
                open_timexes.append((parse_attributes(match.group(3)), length))
    pieces.append(markup[last:])
    text = "".join(pieces)
    timexes = [_timex_from(attrs, start, end, text) for attrs, start, end in found]
    return text, sorted(timexes, key=lambda t: t.start)


def parse_timeml(source: str, name: str = "") -> TimemlDocument:
    """Read a TimeML document from a string. Raises :class:`InputError` when it has no TEXT."""
    body = _TEXT.search(source)
    if not body:
        raise InputError("no <TEXT> element; is this a TimeML file?", name)
    dct_tag = _DCT.search(source) or _CREATION.search(source)
    if not dct_tag:
        raise InputError("no document creation time (<DCT><TIMEX3 value=...>)", name)
    dct = parse_attributes(dct_tag.group(1)).get("value", "")
    text, timexes = strip_markup(body.group(1))
    return TimemlDocument(name=name, text=text, dct=dct, timexes=timexes, source=source)


def read_timeml(path: str | Path) -> TimemlDocument:
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", str(path)) from None
    return parse_timeml(source, path.name)


_SIGNAL_TAIL = re.compile(r"^(?P<measure>.*?\S)\s+(?:later|earlier|before|after|on)$", re.I)
#: "a year earlier": the same period a year before, which TimeML corpora annotate as one DATE.
_YEAR_AGO = re.compile(r"^(?:a|one)\s+year\s+(?:earlier|before)$", re.I)


def timeml_view(timexes: list[Timex]) -> list[Timex]:
    """dateline's timexes as the TimeML guidelines annotate them.

    dateline resolves "nine months later" to the date it names (2021-05, anchored on "August 2020").
    TimeML annotates only the measure, "nine months", as a DURATION (P9M) and leaves "later" to a
    signal and a temporal link; "two years ago" stays one DATE in both, and so does "a year earlier",
    the comparison of a period with the same period a year before (TimeBank's financial news tags
    it as a DATE 26 times out of 26). Everything else is unchanged.
    """
    view: list[Timex] = []
    for timex in timexes:
        keep = timex.offset is None or _YEAR_AGO.match(timex.text)
        tail = None if keep else _SIGNAL_TAIL.match(timex.text)
        if tail is None:
            view.append(timex)
            continue
        measure = tail.group("measure")
        view.append(replace(timex, end=timex.start + len(measure), text=measure, type="DURATION",
                            value=timex.offset or "", anchor=None))
    return view


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def timex_tag(timex: Timex, tid: str) -> str:
    attrs = [("tid", tid), ("type", timex.type), ("value", timex.value), ("mod", timex.mod),
             ("quant", timex.quant), ("freq", timex.freq)]
    if timex.anchor and timex.anchor != "DCT":
        attrs.append(("anchorTimeID", timex.anchor))
    body = " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs if v)
    return f"<TIMEX3 {body}>"


def annotate_text(text: str, timexes: list[Timex]) -> str:
    """``text`` as TimeML markup with a TIMEX3 element around each (non-overlapping) timex."""
    out: list[str] = []
    last = 0
    for number, timex in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if timex.start < last:
            continue
        out.append(_escape(text[last:timex.start]))
        out.append(timex_tag(timex, timex.tid or f"t{number}"))
        out.append(_escape(text[timex.start:timex.end]) + "</TIMEX3>")
        last = timex.end
    out.append(_escape(text[last:]))
    return "".join(out)


def to_timeml(document: TimemlDocument, timexes: list[Timex]) -> str:
    """The document's source with its TEXT replaced by ``timexes`` marked up in the text."""
    body = _TEXT.search(document.source)
    if not body:
        raise InputError("no <TEXT> element to write into", document.name)
    marked = annotate_text(document.text, timexes)
    return document.source[:body.start(1)] + marked + document.source[body.end(1):]

"""Every input format, and every kind of bad input, read into Documents or clear errors."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dateline.errors import InputError, MissingDateError
from dateline.ingest.readers import Document, detect_format, read_inputs, read_path

PLAIN = "date 2021-06-06\n\nGunmen killed 132 people in Solhan.\n\nThe army said on Saturday it had sent troops.\n"

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Sahel Wire</title>
<item><title>Attack in Djibo</title><link>https://example.org/a</link><guid>a1</guid>
<pubDate>Mon, 06 Sep 2021 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Gunmen attacked a convoy near Djibo on Sunday.&lt;/p&gt;</description></item>
<item><title>No date</title><description>Text without a date.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Wire</title><entry><title>Coup in Conakry</title><id>urn:x:1</id>
<updated>2021-09-05T18:00:00Z</updated><link href="https://example.org/b"/>
<content type="html">&lt;p&gt;Soldiers detained the president in Conakry.&lt;/p&gt;&lt;p&gt;A curfew was declared.&lt;/p&gt;</content>
</entry></feed>"""

HTML = """<!DOCTYPE html><html><head><title>Troops leave Gao</title>
<meta property="article:published_time" content="2022-08-15T09:00:00+00:00">
<meta property="og:site_name" content="Example News"></head><body>
<nav>Home | World</nav><article><h1>Troops leave Gao</h1>
<p>The last French soldiers left Mali on Monday, ending a nine-year deployment that began with
Operation Serval in January 2013, the French military said in a statement.</p>
<p>The base in Gao was handed over to the Malian army, officials said, after months of tension
between Paris and the military government in Bamako over the arrival of Russian contractors.</p>
<p>Analysts said the withdrawal left a security vacuum in the north and east of the country,
where groups linked to al-Qaeda and the Islamic State have expanded their attacks.</p>
</article><footer>Copyright</footer></body></html>"""


def read_one(tmp_path: Path, name: str, content: str | bytes, **kwargs: object) -> list[object]:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return list(read_path(str(path), **kwargs))  # type: ignore[arg-type]


def test_plain_text_keeps_paragraphs_and_date(tmp_path: Path) -> None:
    [doc] = read_one(tmp_path, "a.txt", "  \n" + PLAIN)
    assert isinstance(doc, Document)
    assert doc.published == "2021-06-06" and doc.date_precision == "day"
    assert doc.text.startswith("Gunmen killed") and "\n\nThe army said" in doc.text


def test_seed_article_ingests_intact(seed_path: Path) -> None:
    [path] = sorted(seed_path.glob("*.txt"))
    [doc] = list(read_path(str(path)))
    assert isinstance(doc, Document)
    raw = path.read_text(encoding="utf-8")
    assert doc.published == "2022-02-17"
    assert doc.text == raw.split("2022-02-17", 1)[1].strip()
    assert "nine months later" in doc.text and doc.text == doc.text.strip()


def test_jsonl_with_default_and_mapped_fields(tmp_path: Path) -> None:
    lines = [
        {"id": "7", "time": "2011-01-25", "text": "Protesters gathered in Cairo .", "source_file": "x"},
        {"published": "2011-02", "body": "Mubarak stepped down .", "headline": "Resigns"},
    ]
    content = "\n".join(json.dumps(x) for x in lines)
    first, second = read_one(tmp_path, "a.jsonl", content)
    assert isinstance(first, Document) and first.external_id == "7" and first.source == "x"
    assert isinstance(second, Document) and second.published == "2011-02"
    assert second.date_precision == "month" and second.title == "Resigns"
    [mapped, _] = read_one(tmp_path, "b.jsonl", content, mapping={"date": "time", "text": "text"})
    assert isinstance(mapped, Document)


def test_json_array_file(tmp_path: Path) -> None:
    content = json.dumps([{"date": "2020-08-18", "text": "Soldiers detained the president."}])
    [doc] = read_one(tmp_path, "a.json", content)
    assert isinstance(doc, Document) and doc.published == "2020-08-18"


def test_csv_and_tsv(tmp_path: Path) -> None:
    csv_text = 'date,title,text\n2022-01-24,Coup,"Soldiers took power in Ouagadougou, officials said."\n'
    [doc] = read_one(tmp_path, "a.csv", csv_text)
    assert isinstance(doc, Document) and doc.title == "Coup" and "Ouagadougou," in doc.text
    [tsv] = read_one(tmp_path, "a.tsv", "when\tstory\n2022-01-24\tA coup.\n", mapping={"date": "when", "text": "story"})
    assert isinstance(tsv, Document) and tsv.text == "A coup."


def test_html_uses_page_metadata(tmp_path: Path) -> None:
    [doc] = read_one(tmp_path, "page.html", HTML)
    assert isinstance(doc, Document), doc
    assert doc.published.startswith("2022-08-15")
    assert "The last French soldiers left Mali" in doc.text
    assert "Copyright" not in doc.text


def test_rss_and_atom_feeds(tmp_path: Path) -> None:
    first, second = read_one(tmp_path, "feed.rss", RSS)
    assert isinstance(first, Document) and first.published.startswith("2021-09-06")
    assert first.text == "Gunmen attacked a convoy near Djibo on Sunday." and first.source == "Sahel Wire"
    assert isinstance(second, MissingDateError) and second.location == "entry 2"
    [atom] = read_one(tmp_path, "feed.xml", ATOM)
    assert isinstance(atom, Document) and "A curfew was declared." in atom.text


@pytest.mark.parametrize("name,content", [("a.txt.gz", PLAIN), ("a.jsonl.gz", '{"date": "2020-01-01", "text": "x y"}'),
                                          ("feed.rss.gz", RSS)])
def test_gzip_of_each_format(tmp_path: Path, name: str, content: str) -> None:
    records = read_one(tmp_path, name, gzip.compress(content.encode()))
    assert isinstance(records[0], Document)


@pytest.mark.parametrize("name,content,message,location", [
    ("empty.txt", "", "empty file", ""),
    ("blank.txt", "   \n\n", "empty file", ""),
    ("nodate.txt", "Gunmen attacked a village.", "no date line", "line 1"),
    ("impossible.txt", "date 2022-02-30 Text.", "day is out of range", "line 1"),
    ("garbled.txt", "date 2022-13-01 Text.", "month must be in 1..12", "line 1"),
    ("bad.jsonl", '{"date": "2020-01-01", "text": "ok"}\n{"date": "2020-01-02", "text": \n', "malformed JSON", "line 2"),
    ("notext.jsonl", '{"date": "2020-01-01"}\n', "no text", "line 1"),
    ("nodate.jsonl", '{"text": "Some text."}\n', "no publication date", "line 1"),
    ("nodate.csv", "date,text\n,Some text\n", "no publication date", "line 2"),
])
def test_bad_input_gets_a_clear_error(tmp_path: Path, name: str, content: str, message: str,
                                      location: str) -> None:
    records = read_one(tmp_path, name, content)
    errors = [r for r in records if isinstance(r, InputError)]
    assert errors, records
    assert message in errors[0].reason
    assert errors[0].path.endswith(name) and errors[0].location == location


def test_good_records_survive_a_bad_one(tmp_path: Path) -> None:
    content = '{"date": "2020-01-01", "text": "one"}\nnot json\n{"date": "2020-01-03", "text": "three"}\n'
    records = read_one(tmp_path, "mixed.jsonl", content)
    assert [type(r).__name__ for r in records] == ["Document", "InputError", "Document"]


def test_binary_and_non_utf8_files(tmp_path: Path) -> None:
    [binary] = read_one(tmp_path, "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert isinstance(binary, InputError) and "binary" in binary.reason
    [latin] = read_one(tmp_path, "latin.txt", "date 2020-01-01 Ségou".encode("latin-1"))
    assert isinstance(latin, InputError) and "not UTF-8" in latin.reason and "0xe9" in latin.reason


def test_oversized_document_is_rejected_alone(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("w") as f:
        f.write("date 2020-01-01\n")
        f.write(("word " * 200 + "\n") * 53000)  # about 53 MB
    assert big.stat().st_size > 50 * 1024 * 1024
    small = tmp_path / "small.txt"
    small.write_text(PLAIN)
    records = list(read_inputs([str(tmp_path)]))
    [error] = [r for r in records if isinstance(r, InputError)]
    assert "above the limit" in error.reason and error.path.endswith("big.txt")
    assert sum(isinstance(r, Document) for r in records) == 1


def test_folders_are_walked_for_readable_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(PLAIN)
    (tmp_path / "README.md").write_text("# notes")
    (tmp_path / ".hidden.txt").write_text(PLAIN)
    records = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    assert sum(isinstance(r, Document) for r in records) == 1
    [missing] = [r for r in records if isinstance(r, InputError)]
    assert "no such file" in missing.reason


@pytest.mark.parametrize("name,head,expected", [
    ("x.txt", b"date 2020", "text"), ("x.jsonl", b"{}", "jsonl"), ("x.csv", b"a,b", "csv"),
    ("x.html", b"<html>", "html"), ("x.xml", b"<rss version", "feed"), ("x", b"<?xml?><feed", "feed"),
    ("x.json", b"[{", "jsonl"), ("x.dat", b"  {\"a\": 1}", "jsonl"), ("x.gz", b"date 2020", "text"),
])
def test_detect_format(name: str, head: bytes, expected: str) -> None:
    assert detect_format(name, head) == expected

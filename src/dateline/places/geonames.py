"""Import GeoNames dump files (``allCountries.txt``, ``ML.txt``, or the ``.zip`` GeoNames serves).

The standard 19-column tab-separated format, read as a stream: a 1.5 GB ``allCountries.txt``
never sits in memory. Rows are keyed by GeoNames id, so importing a file again replaces its rows
(and the estimated coordinates of countries and regions built from packages) instead of adding.
"""

from __future__ import annotations

import io
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..errors import GazetteerError
from .gazetteer import Gazetteer, insert_entries, insert_names

Progress = Callable[[str, int, int | None], None]
GEONAMES_COLUMNS = 19
BATCH = 5000


@dataclass
class ImportReport:
    path: str
    rows: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)


def import_geonames(gazetteer: Gazetteer, path: str | Path, progress: Progress | None = None) -> ImportReport:
    """Add (or replace) the places of one GeoNames dump file, plain or zipped."""
    path = Path(path)
    if not path.is_file():
        raise GazetteerError(
            f"{path}: no such file; give a GeoNames dump such as ML.txt or "
            "allCountries.zip (from the GeoNames export/dump folder)"
        )
    report = ImportReport(str(path))
    conn = gazetteer.conn
    with _open_dump(path) as (handle, total):
        conn.execute("BEGIN")
        try:
            _import_lines(conn, handle, total, report, progress or (lambda *_: None))
            conn.execute(
                "INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)",
                (
                    f"geonames:{path.name}",
                    str(path.resolve()),
                    report.rows,
                    time.strftime("%Y-%m-%dT%H:%M:%S"),
                ),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    gazetteer.clear_cache()
    return report


class _open_dump:
    """Context manager giving a text stream of the dump and its size in bytes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.archive: zipfile.ZipFile | None = None
        self.raw: IO[bytes] | None = None

    def __enter__(self) -> tuple[Iterator[str], int]:
        try:
            if zipfile.is_zipfile(self.path):
                self.archive = zipfile.ZipFile(self.path)
                member = _dump_member(self.archive, self.path)
                self.raw = self.archive.open(member)
                total = self.archive.getinfo(member).file_size
            else:
                self.raw = open(self.path, "rb")
                total = self.path.stat().st_size
        except (OSError, zipfile.BadZipFile) as exc:
            raise GazetteerError(f"{self.path}: cannot read it ({exc})") from None
        return io.TextIOWrapper(self.raw, encoding="utf-8", errors="replace", newline="\n"), total

    def __exit__(self, *exc: object) -> None:
        if self.raw:
            self.raw.close()
        if self.archive:
            self.archive.close()


def _dump_member(archive: zipfile.ZipFile, path: Path) -> str:
    members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
    if not members:
        raise GazetteerError(f"{path}: the archive holds no GeoNames .txt dump")
    return members[0]


def _import_lines(
    conn: sqlite3.Connection, lines: Iterator[str], total: int, report: ImportReport, progress: Progress
) -> None:
    read = 0
    for number, line in enumerate(lines, 1):
        read += len(line.encode("utf-8"))
        if not line.strip():
            continue
        try:
            _import_row(conn, line.rstrip("\n").split("\t"))
            report.rows += 1
        except ValueError as exc:
            report.skipped += 1
            if len(report.problems) < 20:
                report.problems.append(f"{report.path}:{number}: {exc}")
        if number % BATCH == 0:
            progress("importing", read, total)
    progress("importing", total, total)


def _import_row(conn: sqlite3.Connection, cols: list[str]) -> None:
    if len(cols) != GEONAMES_COLUMNS:
        raise ValueError(f"expected {GEONAMES_COLUMNS} tab-separated columns, found {len(cols)}")
    gid, name, ascii_name, alternates = int(cols[0]), cols[1], cols[2], cols[3]
    fclass, fcode, country, admin1, admin2 = cols[6], cols[7], cols[8], cols[10], cols[11]
    insert_entries(
        conn,
        [
            (
                gid,
                name,
                float(cols[4]),
                float(cols[5]),
                fclass or None,
                fcode or None,
                country or None,
                admin1 or None,
                admin2 or None,
                int(cols[14] or 0),
                "geonames",
            )
        ],
    )
    names = [ascii_name] + [a for a in alternates.split(",") if a and not _is_code(a)]
    insert_names(conn, gid, name, names)
    if fcode == "PCLI" and country:
        conn.execute(
            "INSERT OR IGNORE INTO countries (code, name, geonameid, population) VALUES (?, ?, ?, ?)",
            (country, ascii_name or name, gid, int(cols[14] or 0)),
        )
    if fcode in ("ADM1", "ADM2") and country and admin1:
        code = admin1 if fcode == "ADM1" else f"{admin1}.{admin2}"
        conn.execute(
            "INSERT OR REPLACE INTO admin VALUES (?, ?, ?, ?, ?)", (country, int(fcode[-1]), code, name, gid)
        )


def _is_code(name: str) -> bool:
    """Alternate names that are codes (airport, postal, ISO), not names: "BKO", "ML-6", "98001"."""
    return (name.isupper() and len(name) <= 4) or any(ch.isdigit() for ch in name) or name.startswith("http")

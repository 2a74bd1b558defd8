"""What was ingested, from which file and bytes, with what result (SQLite).

The catalog is the archive's source of truth: it keeps every parsed record, so the
index can be rebuilt from it without reading a PDF again. Same bytes at two paths
are one `files` row with two `paths` rows.
"""
from __future__ import annotations

import json
import sqlite3
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ingest.records import ParseResult

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    sha256     TEXT PRIMARY KEY,
    size       INTEGER NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('ingested', 'failed')),
    error      TEXT,
    format     TEXT,
    pages      INTEGER,
    ocr_pages  INTEGER,
    documents  INTEGER,
    items      INTEGER,
    cpr_masked INTEGER DEFAULT 0,
    seconds    REAL,
    records    BLOB,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS paths (
    path       TEXT PRIMARY KEY,
    sha256     TEXT,
    status     TEXT NOT NULL,
    error      TEXT,
    size       INTEGER,
    mtime_ns   INTEGER,
    seen_at    REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS paths_sha ON paths(sha256);
CREATE TABLE IF NOT EXISTS meetings (
    sha256 TEXT NOT NULL,
    body   TEXT,
    date   TEXT,
    kind   TEXT
);
CREATE INDEX IF NOT EXISTS meetings_sha ON meetings(sha256);
"""


@dataclass(frozen=True, slots=True)
class PathRow:
    path: str
    sha256: str | None
    status: str
    error: str | None
    size: int | None
    mtime_ns: int | None


class Catalog:
    """The SQLite catalog beside the index."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), timeout=60, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    # -- transactions --------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together, or none does."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- reads ---------------------------------------------------------------------
    def path_row(self, path: str) -> PathRow | None:
        row = self.db.execute("SELECT path, sha256, status, error, size, mtime_ns FROM paths "
                              "WHERE path = ?", (path,)).fetchone()
        return PathRow(*row) if row else None

    def file_status(self, sha: str) -> str | None:
        row = self.db.execute("SELECT status FROM files WHERE sha256 = ?", (sha,)).fetchone()
        return row[0] if row else None

    def file_error(self, sha: str) -> str | None:
        row = self.db.execute("SELECT error FROM files WHERE sha256 = ?", (sha,)).fetchone()
        return row[0] if row else None

    def paths_of(self, sha: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT path FROM paths WHERE sha256 = ?", (sha,))]

    def all_paths(self) -> list[PathRow]:
        return [PathRow(*r) for r in self.db.execute(
            "SELECT path, sha256, status, error, size, mtime_ns FROM paths ORDER BY path")]

    def failed_paths(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT path FROM paths WHERE status = 'failed' ORDER BY path")]

    def ingested_shas(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT sha256 FROM files WHERE status='ingested'")}

    def results(self) -> Iterator[ParseResult]:
        """Every stored parse result (for reindex and for reports)."""
        for (blob,) in self.db.execute("SELECT records FROM files WHERE status = 'ingested' "
                                       "AND records IS NOT NULL ORDER BY sha256"):
            yield ParseResult.from_dict(json.loads(zlib.decompress(blob)))

    def result(self, sha: str) -> ParseResult | None:
        row = self.db.execute("SELECT records FROM files WHERE sha256 = ? AND records IS NOT NULL",
                              (sha,)).fetchone()
        return ParseResult.from_dict(json.loads(zlib.decompress(row[0]))) if row else None

    def status_counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT status, COUNT(*) FROM paths GROUP BY status"))

    def failures(self) -> list[tuple[str, str]]:
        return list(self.db.execute("SELECT path, error FROM paths WHERE status IN "
                                    "('failed', 'skipped') ORDER BY status, path"))

    def newest_by_body(self) -> list[tuple[str, str, int]]:
        return list(self.db.execute(
            "SELECT COALESCE(body, '(ukendt)'), MAX(date), COUNT(*) FROM meetings "
            "WHERE sha256 IN (SELECT sha256 FROM files WHERE status = 'ingested') "
            "GROUP BY COALESCE(body, '(ukendt)') ORDER BY 2 DESC"))

    # -- writes (inside a transaction) ----------------------------------------------
    def put_result(self, result: ParseResult, size: int, seconds: float, cpr: int) -> None:
        blob = zlib.compress(json.dumps(result.to_dict(), ensure_ascii=False).encode(), 6)
        s = result.source
        items = sum(len(d.items) for d in result.documents)
        self.db.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, 'ingested', NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (s.sha256, size, s.format, s.pages, s.ocr_pages, len(result.documents), items, cpr,
             seconds, blob, time.time()))
        self.db.execute("DELETE FROM meetings WHERE sha256 = ?", (s.sha256,))
        self.db.executemany("INSERT INTO meetings VALUES (?, ?, ?, ?)",
                            [(s.sha256, d.body, d.date, d.kind.value) for d in result.documents])

    def put_failure(self, sha: str, size: int, error: str) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO files (sha256, size, status, error, updated_at) "
            "VALUES (?, ?, 'failed', ?, ?)", (sha, size, error, time.time()))

    def put_path(self, path: str, sha: str | None, status: str, error: str | None,
                 size: int | None, mtime_ns: int | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO paths VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (path, sha, status, error, size, mtime_ns, time.time()))

    def remove_path(self, path: str) -> None:
        self.db.execute("DELETE FROM paths WHERE path = ?", (path,))

    def remove_file(self, sha: str) -> None:
        self.db.execute("DELETE FROM files WHERE sha256 = ?", (sha,))
        self.db.execute("DELETE FROM meetings WHERE sha256 = ?", (sha,))

    def orphan_shas(self) -> list[str]:
        """Files that no path refers to any more."""
        return [r[0] for r in self.db.execute(
            "SELECT sha256 FROM files WHERE sha256 NOT IN "
            "(SELECT sha256 FROM paths WHERE sha256 IS NOT NULL)")]

    # -- added for re-pointing records (robustness work) ------------------------------
    def file_cost(self, sha: str) -> tuple[int, float]:
        """A file's size and parse seconds, to write its records again unchanged."""
        row = self.db.execute("SELECT size, seconds FROM files WHERE sha256 = ?",
                              (sha,)).fetchone()
        return (row[0], row[1] or 0.0) if row else (0, 0.0)

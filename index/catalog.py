"""What was ingested, from which file and bytes, with what result (SQLite).

The catalog is the archive's source of truth. Each file's parse result is kept once,
losslessly, as compressed JSON in `files.records`: `results()` rebuilds the
ParseResults from it for `reindex` and `show`, so a field the parsers add to the
records survives a reindex without a catalog change. Everything else is real tables
derived from those records (meetings, documents, items, decisions, decision_parts,
votes, minority_statements, follow_ups, cases, case_refs, people, appearances), with
foreign keys and indexes, for the questions `decisions`, `case`, `people`, `status`
and `export` ask in SQL. Same bytes at two paths are one `files` row with two `paths`
rows.

The derived tables carry a layout version (`PRAGMA user_version`); an archive written
by an older referat (or with an older layout) has them rebuilt from the stored
records on first open, in one transaction, without reading any file again.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from index import attachments, meetings, projection, queries
from index.layout import Layout
from index.rows import (CaseRow, DecisionFacets, DecisionFilter, DecisionRow, ExportTable,
                        PersonRow, StatusReport)
from ingest.records import FileStatus, ParseResult

log = logging.getLogger(__name__)

# Bumped whenever the derived tables change shape or meaning; older archives are
# re-derived from their stored records on first open.
LAYOUT_VERSION = 5
# Pages of a large catalog read through a memory map rather than a system call each.
MMAP_BYTES = 256 * 2**20
# zlib level 6: the usual size/speed balance; records are written once per file.
ZLIB_LEVEL = 6

SOURCE_TABLES = """
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
CREATE VIEW IF NOT EXISTS failures AS
    SELECT path, status, error, sha256, seen_at FROM paths WHERE status IN ('failed', 'skipped');
"""

# Long text columns come last in each table: SQLite reads a row's columns in order,
# so a short column stored after a long text costs a walk through overflow pages.
DERIVED_TABLES = """
CREATE TABLE meetings (
    id       INTEGER PRIMARY KEY,
    body     TEXT NOT NULL,
    body_key TEXT NOT NULL,
    date     TEXT NOT NULL,
    start    TEXT
);
CREATE INDEX meetings_key ON meetings(body_key, date);
CREATE INDEX meetings_date ON meetings(date);
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    file_sha    TEXT NOT NULL REFERENCES files(sha256) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    uid         TEXT NOT NULL,
    meeting_id  INTEGER REFERENCES meetings(id),
    -- how the meeting is known: printed in the document, in its file, by its items, or
    -- as the bilag an export names on one of the meeting's items
    meeting_by  TEXT CHECK (meeting_by IN ('header', 'file', 'item', 'attachment')),
    kind        TEXT NOT NULL,
    body        TEXT,
    body_key    TEXT,
    date        TEXT,
    start       TEXT,
    "end"       TEXT,
    location    TEXT,
    attachment_item   TEXT,
    attachment_number INTEGER,
    page_first  INTEGER,
    page_last   INTEGER,
    source      TEXT NOT NULL,
    file_name   TEXT NOT NULL,  -- the source's name folded, without its extension
    file_id     TEXT,  -- the number a published file's name begins with ('1548285_...')
    title       TEXT,
    proposal    TEXT,
    text        TEXT,  -- a document without items (notat, bilag), else in its items
    -- the meeting whose body and date the index copy carries where the document prints
    -- none (index/meetings.py: fills), NULL when it carries only its own
    indexed_meeting INTEGER,
    UNIQUE (file_sha, position)
);
CREATE INDEX documents_meeting ON documents(meeting_id);
CREATE INDEX documents_date ON documents(date);
-- an export's attachments found by the name or number of the file (index/attachments.py)
CREATE INDEX documents_file_name ON documents(file_name);
CREATE INDEX documents_file_id ON documents(file_id);
CREATE TABLE items (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    uid         TEXT NOT NULL,
    number      TEXT NOT NULL,
    closed      INTEGER NOT NULL,
    page_first  INTEGER,
    page_last   INTEGER,
    title       TEXT NOT NULL,
    proposal    TEXT,
    text        TEXT NOT NULL,
    UNIQUE (document_id, position)
);
CREATE INDEX items_uid ON items(uid);
-- a bilag as a meeting system's export names it on an item, and the document it is
CREATE TABLE attachments (
    item_id     INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    file_key    TEXT,  -- the published file's name or number, folded
    folder      TEXT NOT NULL,  -- the export's folder: its files are published there
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    title       TEXT NOT NULL
);
CREATE INDEX attachments_item ON attachments(item_id);
CREATE INDEX attachments_key ON attachments(file_key, document_id);
CREATE INDEX attachments_document ON attachments(document_id);
CREATE TABLE decisions (
    id            INTEGER PRIMARY KEY,
    item_id       INTEGER NOT NULL UNIQUE REFERENCES items(id) ON DELETE CASCADE,
    meeting_id    INTEGER REFERENCES meetings(id),
    -- the decision this one copies (another file's record of the same meeting's item)
    same_as       INTEGER REFERENCES decisions(id) ON DELETE SET NULL,
    date          TEXT,
    body          TEXT,
    body_key      TEXT,
    outcome       TEXT NOT NULL,
    followed      TEXT,
    unanimous     INTEGER NOT NULL,
    for_count     INTEGER,
    against_count INTEGER,
    abstain_count INTEGER,
    text          TEXT NOT NULL
);
-- same_as closes each index: listings and counts skip copies without reading rows
CREATE INDEX decisions_date ON decisions(date, same_as);
CREATE INDEX decisions_outcome ON decisions(outcome, date, same_as);
CREATE INDEX decisions_body ON decisions(body_key, date, same_as);
CREATE INDEX decisions_meeting ON decisions(meeting_id);
CREATE INDEX decisions_same_as ON decisions(same_as);
-- facet counts by body (and outcome, year) in index order, without reading decision texts
CREATE INDEX decisions_facets ON decisions(body, outcome, date, same_as);
-- a split decision ('1. Godkendt 2.-4. Anbefales'): each part with its own outcome
CREATE TABLE decision_parts (
    decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    label       TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX decision_parts_decision ON decision_parts(decision_id, position);
CREATE TABLE minority_statements (
    decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    text        TEXT NOT NULL
);
CREATE INDEX minority_statements_decision ON minority_statements(decision_id);
CREATE TABLE votes (
    decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    position    TEXT NOT NULL CHECK (position IN ('for', 'against', 'abstain', 'reservation')),
    party       TEXT NOT NULL
);
CREATE INDEX votes_decision ON votes(decision_id);
CREATE TABLE follow_ups (
    decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    owner       TEXT,
    due         TEXT,
    text        TEXT NOT NULL
);
CREATE INDEX follow_ups_decision ON follow_ups(decision_id);
CREATE TABLE cases (
    key    TEXT PRIMARY KEY,
    number TEXT NOT NULL
);
CREATE TABLE case_refs (
    case_key    TEXT NOT NULL REFERENCES cases(key),
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id     INTEGER REFERENCES items(id) ON DELETE CASCADE,
    number      TEXT NOT NULL
);
CREATE INDEX case_refs_key ON case_refs(case_key);
CREATE INDEX case_refs_document ON case_refs(document_id);
CREATE INDEX case_refs_item ON case_refs(item_id, number);
CREATE TABLE people (
    id     INTEGER PRIMARY KEY,
    key    TEXT NOT NULL UNIQUE,
    name   TEXT NOT NULL,
    stem   TEXT NOT NULL,
    party  TEXT,
    tokens TEXT NOT NULL
);
CREATE INDEX people_stem ON people(stem);
CREATE TABLE appearances (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER REFERENCES people(id),
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id     INTEGER REFERENCES items(id) ON DELETE CASCADE,
    date        TEXT,
    name        TEXT NOT NULL,
    role        TEXT,
    party       TEXT NOT NULL,
    first       TEXT NOT NULL,
    middles     TEXT NOT NULL,
    last        TEXT NOT NULL,
    stem        TEXT NOT NULL
);
-- a person's page without reading appearance rows: dates, roles, parties, spellings
CREATE INDEX appearances_person ON appearances(person_id, date);
CREATE INDEX appearances_roles ON appearances(person_id, role, date);
CREATE INDEX appearances_names ON appearances(person_id, party, name);
-- clustering a last name's spellings, and naming each person, from the index alone
CREATE INDEX appearances_variant ON appearances(stem, first, middles, last, party, person_id,
                                                name);
CREATE INDEX appearances_document ON appearances(document_id);
CREATE INDEX appearances_item ON appearances(item_id);
"""

# Dropped and rebuilt from files.records when the layout changes; 'meetings' is
# also the name of the previous layout's per-file table.
DERIVED = ("appearances", "people", "case_refs", "cases", "follow_ups", "votes",
           "minority_statements", "decision_parts", "decisions", "attachments",
           "items", "documents", "meetings")


@dataclass(frozen=True, slots=True)
class PathRow:
    path: str
    sha256: str | None
    status: FileStatus
    error: str | None
    size: int | None
    mtime_ns: int | None


def _path_row(row: tuple) -> PathRow:
    path, sha, status, error, size, mtime_ns = row
    return PathRow(path, sha, FileStatus(status), error, size, mtime_ns)


def catalog_path(index_dir: Path) -> Path:
    """Where the catalog of an archive's index folder lives."""
    return Layout(index_dir).catalog


def _statements(script: str) -> list[str]:
    """The statements of a DDL script, to run one by one inside a transaction
    (executescript would commit first)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return out


def _encode(result: ParseResult) -> bytes:
    return zlib.compress(json.dumps(result.to_dict(), ensure_ascii=False).encode(), ZLIB_LEVEL)


def _decode(blob: bytes) -> ParseResult:
    return ParseResult.from_dict(json.loads(zlib.decompress(blob)))


class Catalog:
    """The SQLite catalog beside the index."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), timeout=60, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        self._in_transaction = False
        self._touched = projection.Touched()
        self._open_layout()

    def close(self) -> None:
        """Close the connection (uncommitted writes are dropped)."""
        self.db.close()

    # -- layout ---------------------------------------------------------------------
    def _open_layout(self) -> None:
        if self.db.execute("PRAGMA user_version").fetchone()[0] == LAYOUT_VERSION:
            return
        with self.transaction():
            # Checked again under the write lock: another process may have done it.
            if self.db.execute("PRAGMA user_version").fetchone()[0] != LAYOUT_VERSION:
                self._rebuild_derived()

    def _rebuild_derived(self) -> None:
        """Create the tables and derive them from every stored record."""
        for stmt in _statements(SOURCE_TABLES):
            self.db.execute(stmt)
        self.db.execute("DROP INDEX IF EXISTS meetings_sha")
        for table in DERIVED:
            self.db.execute(f"DROP TABLE IF EXISTS {table}")
        for stmt in _statements(DERIVED_TABLES):
            self.db.execute(stmt)
        count = 0
        for result in self.results():
            projection.project(self.db, result, self._touched)
            count += 1
        if count:
            log.warning("catalog: tables of %d stored files derived for layout %d "
                        "(one-time upgrade)", count, LAYOUT_VERSION)
        self.db.execute(f"PRAGMA user_version = {LAYOUT_VERSION}")

    # -- transactions --------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together, or none does."""
        self.db.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        try:
            yield
            self._settle()
        except BaseException:
            self._touched = projection.Touched()
            self.db.execute("ROLLBACK")
            raise
        finally:
            self._in_transaction = False
        self.db.execute("COMMIT")

    def _settle(self) -> None:
        """Cross-file tables (people, meetings, cases) brought up to date once per batch."""
        touched, self._touched = self._touched, projection.Touched()
        projection.settle(self.db, touched)

    def _written(self) -> None:
        if not self._in_transaction:
            self._settle()

    # -- reads ---------------------------------------------------------------------
    def path_row(self, path: str) -> PathRow | None:
        """The stored state of one path."""
        row = self.db.execute("SELECT path, sha256, status, error, size, mtime_ns FROM paths "
                              "WHERE path = ?", (path,)).fetchone()
        return _path_row(row) if row else None

    def file_status(self, sha: str) -> FileStatus | None:
        """INGESTED, FAILED or None for bytes never seen."""
        row = self.db.execute("SELECT status FROM files WHERE sha256 = ?", (sha,)).fetchone()
        return FileStatus(row[0]) if row else None

    def file_error(self, sha: str) -> str | None:
        """Why the bytes failed, if they did."""
        row = self.db.execute("SELECT error FROM files WHERE sha256 = ?", (sha,)).fetchone()
        return row[0] if row else None

    def paths_of(self, sha: str) -> list[str]:
        """Every path that holds these bytes."""
        return [r[0] for r in self.db.execute("SELECT path FROM paths WHERE sha256 = ?", (sha,))]

    def all_paths(self) -> list[PathRow]:
        """Every path the catalog knows, sorted."""
        return [_path_row(r) for r in self.db.execute(
            "SELECT path, sha256, status, error, size, mtime_ns FROM paths ORDER BY path")]

    def failed_paths(self) -> list[str]:
        """Paths whose last parse failed."""
        return [r[0] for r in self.db.execute(
            "SELECT path FROM paths WHERE status = 'failed' ORDER BY path")]

    def ingested_shas(self) -> set[str]:
        """The bytes with stored records."""
        return {r[0] for r in self.db.execute("SELECT sha256 FROM files WHERE status='ingested'")}

    def results(self) -> Iterator[ParseResult]:
        """Every stored parse result (for reindex and for reports)."""
        for (blob,) in self.db.execute("SELECT records FROM files WHERE status = 'ingested' "
                                       "AND records IS NOT NULL ORDER BY sha256"):
            yield _decode(blob)

    def result(self, sha: str) -> ParseResult | None:
        """The stored parse result of one file's bytes."""
        row = self.db.execute("SELECT records FROM files WHERE sha256 = ? AND records IS NOT NULL",
                              (sha,)).fetchone()
        return _decode(row[0]) if row else None

    def indexed_result(self, sha: str) -> ParseResult | None:
        """A file's stored parse result as the index holds it: each document that prints
        no body or date takes its meeting's (index/meetings.py)."""
        result = self.result(sha)
        return meetings.with_fills(result, meetings.fills(self.db, sha)) if result else None

    def indexed_results(self) -> Iterator[ParseResult]:
        """Every stored parse result as the index holds it (for reindex)."""
        for result in self.results():
            yield meetings.with_fills(result, meetings.fills(self.db, result.source.sha256))

    def stale_fills(self) -> set[str]:
        """Files whose index copy no longer carries their meetings' body and date."""
        return meetings.stale_fills(self.db)

    def mark_indexed(self, shas: set[str]) -> None:
        """The index copies of these files carry their meetings' body and date now."""
        with self.transaction():
            meetings.mark_indexed(self.db, shas)

    def failures(self) -> list[tuple[str, str]]:
        """(path, reason) of every failed or skipped path."""
        return list(self.db.execute("SELECT path, error FROM failures ORDER BY status, path"))

    # -- questions (SQL over the derived tables) ------------------------------------
    def attachment_of(self, document_uid: str) -> list[attachments.Link]:
        """The items an export names this document on as an attachment."""
        return attachments.of_document(self.db, document_uid)

    def attachments(self, item_uid: str) -> list[attachments.Link]:
        """The attachments an export names on this item, with the documents they are."""
        return attachments.of_item(self.db, item_uid)

    def decisions(self, where: DecisionFilter) -> list[DecisionRow]:
        """Decided items matching the filter, newest first."""
        return queries.decisions(self.db, where)

    def decision_facets(self, where: DecisionFilter) -> DecisionFacets:
        """Counts of the matching decisions by outcome, body and year."""
        return queries.decision_facets(self.db, where)

    def case(self, key: str) -> list[CaseRow]:
        """Every item and document naming a case (by case_key), oldest first."""
        return queries.case_rows(self.db, key)

    def people(self, name: str | None = None, details: bool = False,
               limit: int | None = None) -> list[PersonRow]:
        """People (matching a name query), most often seen first."""
        return queries.people(self.db, name, details, limit)

    def status(self) -> StatusReport:
        """Counts, failures, newest meeting per body and decisions lacking date or body."""
        return queries.status(self.db)

    def export_tables(self) -> Iterator[ExportTable]:
        """The archive's tables in the shape the export writes them."""
        return queries.export_tables(self.db)

    # -- writes (inside a transaction) ----------------------------------------------
    def put_result(self, result: ParseResult, size: int, seconds: float, cpr: int) -> None:
        """Store one file's records and derive its rows (replacing earlier ones)."""
        s = result.source
        items = sum(len(d.items) for d in result.documents)
        self.db.execute(
            "INSERT INTO files VALUES (?, ?, 'ingested', NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(sha256) DO UPDATE SET size=excluded.size, status=excluded.status, "
            "error=NULL, format=excluded.format, pages=excluded.pages, "
            "ocr_pages=excluded.ocr_pages, documents=excluded.documents, items=excluded.items, "
            "cpr_masked=excluded.cpr_masked, seconds=excluded.seconds, "
            "records=excluded.records, updated_at=excluded.updated_at",
            (s.sha256, size, s.format, s.pages, s.ocr_pages, len(result.documents), items, cpr,
             seconds, _encode(result), time.time()))
        projection.unproject(self.db, s.sha256, self._touched)
        projection.project(self.db, result, self._touched)
        self._written()

    def put_failure(self, sha: str, size: int, error: str) -> None:
        """Record bytes that could not be parsed (dropping any rows they had)."""
        projection.unproject(self.db, sha, self._touched)
        self.db.execute(
            "INSERT INTO files (sha256, size, status, error, updated_at) "
            "VALUES (?, ?, 'failed', ?, ?) ON CONFLICT(sha256) DO UPDATE SET "
            "size=excluded.size, status='failed', error=excluded.error, records=NULL, "
            "updated_at=excluded.updated_at", (sha, size, error, time.time()))
        self._written()

    def put_path(self, path: str, sha: str | None, status: FileStatus, error: str | None,
                 size: int | None, mtime_ns: int | None) -> None:
        """Record what a path holds now."""
        self.db.execute("INSERT OR REPLACE INTO paths VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (path, sha, FileStatus(status).value, error, size, mtime_ns,
                         time.time()))

    def remove_path(self, path: str) -> None:
        """Forget a path (its bytes stay until no path holds them)."""
        self.db.execute("DELETE FROM paths WHERE path = ?", (path,))

    def remove_file(self, sha: str) -> None:
        """Forget bytes and every row derived from them."""
        projection.unproject(self.db, sha, self._touched)
        self.db.execute("DELETE FROM files WHERE sha256 = ?", (sha,))
        self._written()

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

"""The archive as files others open: a SQLite database for Datasette, CSV for spreadsheets.

Written with sqlite-utils (the library Datasette's own tools use): tables with primary
and foreign keys, indexes on every foreign key (Datasette's joins and facets), and
FTS5 over item, decision and document text so Datasette shows a search box. The CSV files hold
the same tables, in the form Excel opens directly. Nothing is read but the catalog,
whose text is masked for CPR numbers before it is stored.
"""
from __future__ import annotations

import contextlib
import csv
import os
from pathlib import Path

import sqlite_utils

from ingest.errors import ReferatError
from search.decisions import open_catalog

# unicode61 without diacritic removal: 'å' and 'ø' are letters of their own in
# Danish ('kål' is not 'kal'); case is still folded.
FTS_TOKENIZER = "unicode61 remove_diacritics 0"
FTS_COLUMNS = {"items": ["title", "text", "proposal"], "decisions": ["text"],
               "documents": ["title", "text"]}
# Excel keeps at most this many characters in a cell; longer text spills over rows.
EXCEL_CELL_LIMIT = 32_767
# Danish Excel splits CSV fields on ';' (',' is the decimal mark); a BOM makes it read
# UTF-8 (æ, ø, å) instead of the system code page.
CSV_DELIMITER = ";"
CSV_BOM = "\ufeff"


class ExportError(ReferatError):
    """The export cannot be written where asked."""


def _fill(index_dir: Path, db: sqlite_utils.Database) -> dict[str, int]:
    """Every exported table, with its keys and rows, into db; returns row counts."""
    counts = {}
    cat = open_catalog(index_dir)
    try:
        for table in cat.export_tables():
            names = [c for c, _ in table.columns]
            t = db[table.name].create(dict(table.columns), pk=table.pk,
                                      foreign_keys=list(table.foreign_keys))
            t.insert_all((dict(zip(names, r)) for r in table.rows), batch_size=1000)
            counts[table.name] = t.count
    finally:
        cat.close()
    return counts


def to_sqlite(index_dir: Path, path: Path) -> dict[str, int]:
    """Write the archive's tables to a SQLite file (replaced whole, never half-written)."""
    tmp = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        db = sqlite_utils.Database(tmp)
        counts = _fill(index_dir, db)
        for table, columns in FTS_COLUMNS.items():
            db[table].enable_fts(columns, fts_version="FTS5", tokenize=FTS_TOKENIZER)
        db.index_foreign_keys()
        db.vacuum()
        db.close()
        os.replace(tmp, path)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return counts


def _cell(value) -> str | int | float:
    if isinstance(value, str) and len(value) > EXCEL_CELL_LIMIT:
        return value[:EXCEL_CELL_LIMIT - 1] + "…"
    return "" if value is None else value


def to_csv(index_dir: Path, folder: Path) -> dict[str, int]:
    """Write each exported table as <folder>/<table>.csv for Excel."""
    db = sqlite_utils.Database(memory=True)
    counts = _fill(index_dir, db)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name in counts:
            _write_csv(db[name], folder / f"{name}.csv")
    except OSError as exc:
        raise ExportError(f"cannot write CSV files into {folder}: {exc.strerror or exc}") \
            from exc
    return counts


def _write_csv(table: sqlite_utils.db.Table, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(CSV_BOM)
        w = csv.writer(fh, delimiter=CSV_DELIMITER, lineterminator="\r\n")
        w.writerow(table.columns_dict)
        for row in table.rows:
            w.writerow([_cell(v) for v in row.values()])


def describe(counts: dict[str, int]) -> str:
    """'12 meetings, 40 documents, ...' for the CLI's closing line."""
    return ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items())

"""Which imported file is the bilag that a meeting system's export names on an item.

An export (eDoc, SBSYS, Fujitsu, FirstAgenda) lists each item's attachments with the
file the system published them as: a document number ('1548285.PDF') or a file name
('Enclosures\\1.pdf'). The files are published beside the export, and archives that
rename them for readers keep the system's number first ('1548285_notat-takstreduktion
.pdf'). So a file in the export's folder, or below it, whose name is that file, or
starts with that number and a separator, is that attachment: it joins the item's
meeting ('attachment') unless it prints a meeting of its own, and `show` names the item
it belongs to. Links are settled once per batch in both directions (the export or the
bilag may be imported first), so the result does not depend on import order.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import PurePosixPath

# A number this short ('1.pdf', '2.pdf') is a position, not an id: it names a file
# only whole, never as the start of a longer name ('1_referat.pdf' is not bilag 1).
MIN_ID_LENGTH = 4
_SEPARATOR = re.compile(r"[_\-. ]")


@dataclass(frozen=True, slots=True)
class Link:
    """An attachment as the export names it, and where it belongs."""

    export: str  # the export's path
    item: str  # the item's id
    item_number: str
    item_title: str
    number: int
    title: str
    body: str | None
    date: str | None
    document: str | None = None  # the linked document's id, when imported


def file_key(name: str) -> str:
    """'Enclosures\\1.pdf' -> '1', '1548285.PDF' -> '1548285': the name an export gives
    a file, without folder and extension, folded."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return (base.rsplit(".", 1)[0] if "." in base[1:] else base).casefold().strip()


def file_names(path: str) -> tuple[str, str | None]:
    """The names an export may give a file: its whole name, and the id it begins with."""
    whole = file_key(path)
    lead = _SEPARATOR.split(whole, 1)[0]
    return whole, (lead if len(lead) >= MIN_ID_LENGTH and lead != whole else None)


def folder_of(path: str) -> str:
    return str(PurePosixPath(path.replace("\\", "/")).parent)


def insert(db: sqlite3.Connection, item_row: int, attachments, export_path: str) -> None:
    """The attachments an export names on one item (unlinked until settled)."""
    folder = folder_of(export_path)
    db.executemany(
        "INSERT INTO attachments (item_id, number, title, file_key, folder) "
        "VALUES (?, ?, ?, ?, ?)",
        [(item_row, a.number, a.title, file_key(a.file) if a.file else None, folder)
         for a in attachments])


def release(db: sqlite3.Connection, sha: str) -> set[str]:
    """Before an export's rows go: the files its attachments had joined to a meeting
    leave it; returns those files, to be linked again (another export may name them)."""
    linked = [r for r in db.execute(
        "SELECT a.document_id, d.file_sha FROM attachments a "
        "JOIN items i ON i.id = a.item_id JOIN documents e ON e.id = i.document_id "
        "JOIN documents d ON d.id = a.document_id WHERE e.file_sha = ?", (sha,))]
    db.executemany("UPDATE documents SET meeting_id = NULL, meeting_by = NULL "
                   "WHERE id = ? AND meeting_by = 'attachment'", [(d,) for d, _ in linked])
    return {s for _, s in linked if s != sha}


def settle(db: sqlite3.Connection, shas: set[str]) -> None:
    """Link the attachments named, and the files imported, by these files."""
    if not shas:
        return
    for sha in sorted(shas):
        for att, key, folder in db.execute(
                "SELECT a.rowid, a.file_key, a.folder FROM attachments a "
                "JOIN items i ON i.id = a.item_id JOIN documents e ON e.id = i.document_id "
                "WHERE e.file_sha = ? AND a.document_id IS NULL AND a.file_key IS NOT NULL",
                (sha,)).fetchall():
            _link_named(db, att, key, folder)
        for doc, source in db.execute(
                "SELECT id, source FROM documents WHERE file_sha = ? AND id NOT IN "
                "(SELECT document_id FROM attachments WHERE document_id IS NOT NULL) "
                "ORDER BY position", (sha,)).fetchall():
            _link_file(db, doc, source)


def _link_named(db: sqlite3.Connection, att: int, key: str, folder: str) -> None:
    """An unlinked attachment: the first imported file below its folder that it names."""
    for doc, source in db.execute(
            "SELECT id, source FROM documents WHERE (file_name = ?1 OR file_id = ?1) AND id NOT IN "
            "(SELECT document_id FROM attachments WHERE document_id IS NOT NULL) "
            "ORDER BY source, position", (key,)):
        if source.startswith(folder + "/"):
            _join(db, att, doc)
            return


def _link_file(db: sqlite3.Connection, doc: int, source: str) -> None:
    """A document not yet linked: the first unlinked attachment whose export, in a folder
    above it, names its file."""
    keys = [k for k in file_names(source) if k]
    for att, folder in db.execute(
            f"SELECT rowid, folder FROM attachments WHERE document_id IS NULL AND file_key "
            f"IN ({', '.join('?' * len(keys))}) ORDER BY rowid", keys).fetchall():
        if source.startswith(folder + "/"):
            _join(db, att, doc)
            return


def _join(db: sqlite3.Connection, att: int, doc: int) -> None:
    db.execute("UPDATE attachments SET document_id = ? WHERE rowid = ?", (doc, att))
    meeting = db.execute(
        "SELECT e.meeting_id FROM attachments a JOIN items i ON i.id = a.item_id "
        "JOIN documents e ON e.id = i.document_id WHERE a.rowid = ?", (att,)).fetchone()[0]
    if meeting is not None:
        db.execute("UPDATE documents SET meeting_id = ?, meeting_by = 'attachment' "
                   "WHERE id = ? AND meeting_id IS NULL", (meeting, doc))


_LINK = ("SELECT e.source, i.uid, i.number, i.title, a.number, a.title, m.body, m.date, d.uid "
         "FROM attachments a JOIN items i ON i.id = a.item_id "
         "JOIN documents e ON e.id = i.document_id LEFT JOIN meetings m ON m.id = e.meeting_id "
         "LEFT JOIN documents d ON d.id = a.document_id ")


def of_document(db: sqlite3.Connection, uid: str) -> list[Link]:
    """The items whose attachment this document is."""
    return [Link(*r) for r in db.execute(_LINK + "WHERE d.uid = ? ORDER BY a.rowid", (uid,))]


def of_item(db: sqlite3.Connection, uid: str) -> list[Link]:
    """The attachments an export names on this item, with the documents they are."""
    return [Link(*r) for r in db.execute(_LINK + "WHERE i.uid = ? ORDER BY a.number, a.rowid",
                                         (uid,))]

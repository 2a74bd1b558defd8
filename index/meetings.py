"""Which meeting a document records: by what it prints, or by the items it repeats.

A meeting is a body and a date (and a start time where one body meets twice a day),
shared by every file that records it: the packet, its single-item PDFs, a system's
export. A referat or dagsorden that prints its body and date founds or joins that
meeting ('header'). One that does not (a single-item PDF carries only its item) joins
the meeting whose record holds the same items, by item number, case number and title
('item'), when exactly one meeting does; it leaves again when that meeting's last
printed record goes. Notater and indstillinger found no meeting: their date is when
they were written.

The files of one meeting record its decisions more than once (packet, single-item PDF,
export): the copy in the fullest printed record stands for the decision, the others
point to it (`decisions.same_as`), so a decision is listed and counted once.

A document that prints no body or no date and has joined a meeting by its file, its
items or as an export's bilag is indexed with that meeting's body and date where its own
are missing (`fills`): a search shows, filters and sorts it by the meeting it belongs
to. Which meeting the index copy carries is kept (`documents.indexed_meeting`), so a
file is written to the index again only when its meeting changes.
"""
from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import replace

from ingest.records import Document, Kind, ParseResult

MEETING_KINDS = (Kind.REFERAT, Kind.DAGSORDEN)
_KINDS_SQL = ", ".join(f"'{k.value}'" for k in MEETING_KINDS)
# How a document's meeting is known, most certain first.
_BY_RANK = {"header": 0, "file": 1, "item": 2, "attachment": 3}


def fold_body(body: str | None) -> str:
    """A body's name as compared: case, 'aa'/'å' and spacing do not matter."""
    if not body:
        return ""
    text = unicodedata.normalize("NFC", body).casefold().replace("aa", "å")
    return re.sub(r"\s+", " ", text).strip(" .,:;")


def fold_title(title: str) -> str:
    """An item title as compared: letters and digits only, folded."""
    return re.sub(r"\W+", "", fold_body(title))


def meeting_of(db: sqlite3.Connection, doc: Document) -> tuple[int | None, bool]:
    """The meeting a document prints (created when new): (id, created), or (None, False)."""
    if doc.kind not in MEETING_KINDS or not (doc.body and doc.date):
        return None, False
    key = fold_body(doc.body)
    rows = db.execute("SELECT id, start FROM meetings WHERE body_key = ? AND date = ? "
                      "ORDER BY id", (key, doc.date)).fetchall()
    found = _pick(rows, doc.start)
    if found is not None:
        if doc.start:
            db.execute("UPDATE meetings SET start = ? WHERE id = ? AND start IS NULL",
                       (doc.start, found))
        return found, False
    return db.execute("INSERT INTO meetings (body, body_key, date, start) VALUES (?, ?, ?, ?)",
                      (doc.body, key, doc.date, doc.start)).lastrowid, True


def _pick(rows: list[tuple[int, str | None]], start: str | None) -> int | None:
    if not start:
        return rows[0][0] if rows else None
    for mid, s in rows:
        if s == start:
            return mid
    return next((mid for mid, s in rows if s is None), None)


def release(db: sqlite3.Connection, meetings: set[int]) -> set[str]:
    """Documents that joined a meeting by its items leave it when no printed record of it
    is left; returns their case keys, to be matched again."""
    keys: set[str] = set()
    for mid in meetings:
        if db.execute("SELECT 1 FROM documents WHERE meeting_id = ? AND meeting_by = 'header'",
                      (mid,)).fetchone():
            continue
        for (doc,) in db.execute("SELECT id FROM documents WHERE meeting_id = ?",
                                 (mid,)).fetchall():
            keys.update(r[0] for r in db.execute(
                "SELECT case_key FROM case_refs WHERE document_id = ?", (doc,)))
            _join(db, doc, None)
    return keys


def infer(db: sqlite3.Connection, case_keys: set[str]) -> set[int]:
    """Documents without a printed meeting that share a case with these keys join the one
    meeting whose record holds the same items; returns the meetings joined."""
    candidates = [r[0] for r in db.execute(
        "SELECT DISTINCT doc.id FROM case_refs r JOIN documents doc ON doc.id = r.document_id "
        "WHERE r.case_key IN (SELECT value FROM json_each(?)) AND r.item_id IS NOT NULL "
        f"AND doc.meeting_id IS NULL AND doc.kind IN ({_KINDS_SQL})",
        (json.dumps(sorted(case_keys)),))]
    joined = set()
    for doc in candidates:
        found = _matching_meetings(db, doc)
        if len(found) == 1:
            meeting = found.pop()
            _join(db, doc, meeting)
            joined.add(meeting)
    return joined


def _matching_meetings(db: sqlite3.Connection, doc: int) -> set[int]:
    """Meetings (by print) holding an item with this document's item number, case and title."""
    return {mid for mid, title, other in db.execute(
        "SELECT DISTINCT d2.meeting_id, i.title, i2.title FROM items i "
        "JOIN case_refs r ON r.item_id = i.id "
        "JOIN case_refs r2 ON r2.case_key = r.case_key AND r2.item_id != i.id "
        "JOIN items i2 ON i2.id = r2.item_id AND i2.number = i.number "
        "JOIN documents d2 ON d2.id = i2.document_id AND d2.meeting_by = 'header' "
        "WHERE i.document_id = ?", (doc,))
        if _same_title(title, other)}


def _same_title(a: str, b: str) -> bool:
    # One file may cut a long title the other prints whole.
    fa, fb = fold_title(a), fold_title(b)
    return bool(fa and fb) and (fa.startswith(fb) or fb.startswith(fa))


def _join(db: sqlite3.Connection, doc: int, meeting: int | None) -> None:
    """Put a document in a meeting found by its items (None: take it out again); its
    decisions and appearances take the meeting's date and body where it prints none."""
    if meeting is None:
        db.execute("UPDATE documents SET meeting_id = NULL, meeting_by = NULL WHERE id = ?",
                   (doc,))
        when = db.execute("SELECT date, body, body_key FROM documents WHERE id = ?",
                          (doc,)).fetchone()
        mid = None
    else:
        db.execute("UPDATE documents SET meeting_id = ?, meeting_by = 'item' WHERE id = ?",
                   (meeting, doc))
        m = db.execute("SELECT date, body, body_key FROM meetings WHERE id = ?",
                       (meeting,)).fetchone()
        own = db.execute("SELECT date, body, body_key FROM documents WHERE id = ?",
                         (doc,)).fetchone()
        when = (own[0] or m[0], own[1] or m[1], own[2] or m[2])
        mid = meeting
    db.execute("UPDATE decisions SET meeting_id = ?, same_as = NULL, date = ?, body = ?, "
               "body_key = ? WHERE item_id IN (SELECT id FROM items WHERE document_id = ?)",
               (mid, *when, doc))
    db.execute("UPDATE appearances SET date = ? WHERE document_id = ?", (when[0], doc))


def group_copies(db: sqlite3.Connection, meeting: int) -> None:
    """Point every copy of a decision of this meeting (same item number and title, in
    another document) at the copy that stands for it: the one from the most certain
    record of the meeting, that cites pages, and records the most items."""
    rows = db.execute(
        "SELECT d.id, doc.id, i.number, i.title, d.same_as, doc.meeting_by, "
        "i.page_first IS NULL, (SELECT COUNT(*) FROM items x WHERE x.document_id = doc.id) "
        "FROM decisions d JOIN items i ON i.id = d.item_id "
        "JOIN documents doc ON doc.id = i.document_id WHERE d.meeting_id = ?",
        (meeting,)).fetchall()
    rows.sort(key=lambda r: (_BY_RANK.get(r[5], len(_BY_RANK)), r[6], -r[7], r[0]))
    standing: list[tuple[int, int, str, str]] = []
    for dec, doc, number, title, old, *_ in rows:
        same = next((s for s, d, n, t in standing
                     if d != doc and n == number and _same_title(t, title)), None)
        if same is None:
            standing.append((dec, doc, number, title))
        if same != old:
            db.execute("UPDATE decisions SET same_as = ? WHERE id = ?", (same, dec))


def _filled(t: str = "") -> str:
    """SQL: the document (table alias `t`) takes its missing body or date from its meeting
    (a 'header' document printed its meeting; it has nothing missing to take)."""
    return (f"{t}meeting_id IS NOT NULL AND {t}meeting_by != 'header' "
            f"AND ({t}body IS NULL OR {t}date IS NULL)")


_FILL_MEETING = f"CASE WHEN {_filled()} THEN meeting_id END"


def fills(db: sqlite3.Connection, sha: str) -> dict[int, tuple[str | None, str | None]]:
    """position -> (body, date) a file's documents take from their meeting, each only
    where the document prints none."""
    return {pos: (None if body else m_body, None if date else m_date)
            for pos, body, date, m_body, m_date in db.execute(
                "SELECT d.position, d.body, d.date, m.body, m.date FROM documents d "
                f"JOIN meetings m ON m.id = d.meeting_id WHERE d.file_sha = ? AND {_filled('d.')}",
                (sha,))}


def stale_fills(db: sqlite3.Connection) -> set[str]:
    """Files whose index copy carries another meeting's body and date than their
    documents' meetings now give (joined, left or changed since it was written)."""
    return {r[0] for r in db.execute(
        f"SELECT DISTINCT file_sha FROM documents WHERE ({_FILL_MEETING}) IS NOT indexed_meeting")}


def mark_indexed(db: sqlite3.Connection, shas: set[str]) -> None:
    """The index copies of these files now carry their meetings' body and date."""
    db.executemany(f"UPDATE documents SET indexed_meeting = {_FILL_MEETING} WHERE file_sha = ?",
                   [(s,) for s in shas])


def with_fills(result: ParseResult, filled: dict[int, tuple[str | None, str | None]]
               ) -> ParseResult:
    """The result as indexed: each document's missing body and date from its meeting."""
    if not filled:
        return result
    docs = tuple(replace(d, body=d.body or filled[i][0], date=d.date or filled[i][1])
                 if i in filled else d for i, d in enumerate(result.documents))
    return replace(result, documents=docs)

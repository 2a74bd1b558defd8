"""One file's records -> rows of the catalog's derived tables, and back out again.

Rows of one file (documents, items, decisions, votes, follow-ups, case references,
appearances of people) are written and deleted with the file. Rows shared across
files (meetings, cases, people) are settled once per batch: documents that do not
print their meeting are matched to one by their items, the copies of one decision in
several files of a meeting are grouped (index/meetings.py), a meeting or case that no
document names any more goes, and the people of every touched last name are
clustered again (index/people.py), so the result does not depend on import order.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from index import attachments, meetings
from index.meetings import MEETING_KINDS, fold_body
from index.people import Variant, cluster, search_tokens, variant
from ingest.records import Decision, Document, Item, ParseResult, Person, Votes, case_key


@dataclass(slots=True)
class Touched:
    """Shared rows a batch may have left stale."""

    stems: set[str] = field(default_factory=set)
    meetings: set[int] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)
    files: set[str] = field(default_factory=set)  # whose attachments to link


def project(db: sqlite3.Connection, result: ParseResult, touched: Touched) -> None:
    """Write the rows derived from one file's records."""
    from index.schema import doc_id  # the ids that search results and `show` use

    sha = result.source.sha256
    touched.files.add(sha)
    printed = [meetings.meeting_of(db, doc) for doc in result.documents]
    touched.meetings.update(mid for mid, _ in printed if mid is not None)
    distinct = {mid for mid, _ in printed if mid is not None}
    sole = distinct.pop() if len(distinct) == 1 else None
    sole_when = _meeting_row(db, sole) if sole else (None, None)
    for pos, (doc, (meeting, _)) in enumerate(zip(result.documents, printed)):
        by = "header" if meeting else None
        if meeting is None and sole and doc.kind in MEETING_KINDS:
            meeting, by = sole, "file"  # a part of the file's one meeting (a closed part)
        doc_row = _insert_document(db, sha, pos, doc, (meeting, by), result.source.path,
                                   doc_id(sha, pos, None))
        when = (doc.date or sole_when[1], doc.body or sole_when[0])
        _people(db, doc.people, (doc_row, None, when[0]), touched)
        if not doc.items:
            _case_refs(db, doc.cases, doc_row, None, touched)
        for i, item in enumerate(doc.items):
            item_row = _insert_item(db, doc_row, i, item, doc_id(sha, pos, i))
            attachments.insert(db, item_row, item.attachments, result.source.path)
            _case_refs(db, item.case_numbers or doc.cases, doc_row, item_row, touched)
            _people(db, item.people, (doc_row, item_row, when[0]), touched)
            if item.decision:
                _insert_decision(db, item_row, meeting, when, item.decision)


def unproject(db: sqlite3.Connection, sha: str, touched: Touched) -> None:
    """Delete the rows derived from one file (foreign keys cascade to its items)."""
    docs = "SELECT id FROM documents WHERE file_sha = ?"
    touched.stems.update(r[0] for r in db.execute(
        f"SELECT DISTINCT stem FROM appearances WHERE document_id IN ({docs})", (sha,)))
    touched.cases.update(r[0] for r in db.execute(
        f"SELECT DISTINCT case_key FROM case_refs WHERE document_id IN ({docs})", (sha,)))
    touched.meetings.update(r[0] for r in db.execute(
        "SELECT DISTINCT meeting_id FROM documents WHERE file_sha = ? AND meeting_id IS NOT NULL",
        (sha,)))
    touched.files.update(attachments.release(db, sha))
    db.execute("DELETE FROM documents WHERE file_sha = ?", (sha,))


def settle(db: sqlite3.Connection, touched: Touched) -> None:
    """Bring the rows shared across files up to date after a batch of writes."""
    joined = meetings.infer(db, touched.cases | meetings.release(db, touched.meetings))
    for mid in touched.meetings | joined:
        meetings.group_copies(db, mid)
    attachments.settle(db, touched.files)
    for mid in touched.meetings:
        db.execute("DELETE FROM meetings WHERE id = ? AND NOT EXISTS "
                   "(SELECT 1 FROM documents WHERE meeting_id = ?)", (mid, mid))
    for key in touched.cases:
        db.execute("DELETE FROM cases WHERE key = ? AND NOT EXISTS "
                   "(SELECT 1 FROM case_refs WHERE case_key = ?)", (key, key))
    for stem in touched.stems:
        recluster(db, stem)


# -- one file's rows ---------------------------------------------------------------

def _meeting_row(db: sqlite3.Connection, mid: int) -> tuple[str | None, str | None]:
    row = db.execute("SELECT body, date FROM meetings WHERE id = ?", (mid,)).fetchone()
    return (row[0], row[1]) if row else (None, None)


def _pages(pages: tuple[int, int] | None) -> tuple[int | None, int | None]:
    return (pages[0], pages[1]) if pages else (None, None)


def _insert_document(db: sqlite3.Connection, sha: str, pos: int, doc: Document,
                     meeting: tuple[int | None, str | None], source: str, uid: str) -> int:
    att = doc.attachment_of
    return db.execute(
        "INSERT INTO documents (file_sha, position, uid, meeting_id, meeting_by, kind, title, "
        "body, body_key, date, start, \"end\", location, attachment_item, attachment_number, "
        "page_first, page_last, proposal, text, source, file_name, file_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sha, pos, uid, *meeting, doc.kind.value, doc.title, doc.body, fold_body(doc.body) or None,
         doc.date, doc.start, doc.end, doc.location, att.item if att else None,
         att.number if att else None, *_pages(doc.pages), doc.proposal,
         None if doc.items else doc.text, source, *attachments.file_names(source)),
    ).lastrowid


def _insert_item(db: sqlite3.Connection, doc_row: int, pos: int, item: Item, uid: str) -> int:
    return db.execute(
        "INSERT INTO items (document_id, position, uid, number, title, closed, proposal, text, "
        "page_first, page_last) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc_row, pos, uid, item.number, item.title, int(item.closed), item.proposal,
         item.text, *_pages(item.pages))).lastrowid


def _insert_decision(db: sqlite3.Connection, item_row: int, meeting: int | None,
                     when: tuple[str | None, str | None], d: Decision) -> None:
    v = d.votes
    date, body = when
    dec = db.execute(
        "INSERT INTO decisions (item_id, meeting_id, date, body, body_key, outcome, followed, "
        "text, unanimous, for_count, against_count, abstain_count) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (item_row, meeting, date, body, fold_body(body) or None, d.outcome.value, d.followed,
         d.text, int(bool(v and v.unanimous)), v.for_count if v else None,
         v.against_count if v else None, v.abstain_count if v else None)).lastrowid
    if v:
        _insert_votes(db, dec, v)
    db.executemany("INSERT INTO follow_ups VALUES (?, ?, ?, ?)",
                   [(dec, f.owner, f.due, f.text) for f in d.follow_ups])
    db.executemany("INSERT INTO decision_parts VALUES (?, ?, ?, ?, ?)",
                   [(dec, pos, p.label, p.outcome.value, p.text)
                    for pos, p in enumerate(d.parts)])


def _insert_votes(db: sqlite3.Connection, dec: int, v: Votes) -> None:
    db.executemany("INSERT INTO votes VALUES (?, ?, ?)",
                   [(dec, pos, party) for pos, parties in (
                       ("for", v.for_), ("against", v.against), ("abstain", v.abstain),
                       ("reservation", v.reservations)) for party in parties])
    db.executemany("INSERT INTO minority_statements VALUES (?, ?)",
                   [(dec, text) for text in v.minority])


def _case_refs(db: sqlite3.Connection, numbers, doc_row: int, item_row: int | None,
               touched: Touched) -> None:
    for number in dict.fromkeys(numbers):
        key = case_key(number).lower()
        if not key:
            continue
        db.execute("INSERT OR IGNORE INTO cases VALUES (?, ?)", (key, number))
        db.execute("INSERT INTO case_refs VALUES (?, ?, ?, ?)", (key, doc_row, item_row, number))
        touched.cases.add(key)


def _people(db: sqlite3.Connection, people: tuple[Person, ...],
            where: tuple[int, int | None, str | None], touched: Touched) -> None:
    """Appearances of people in a document or item (document, item, date)."""
    for p in people:
        v = variant(p.name, p.party)
        if v is None:
            continue
        db.execute("INSERT INTO appearances (document_id, item_id, date, name, role, party, "
                   "first, middles, last, stem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (*where, p.name, p.role, v.party, v.first, " ".join(v.middles), v.last,
                    v.stem))
        touched.stems.add(v.stem)


# -- people ------------------------------------------------------------------------

_VARIANT_COLUMNS = "first = ? AND middles = ? AND last = ? AND party = ?"


def _where(v: Variant) -> tuple[str, str, str, str]:
    return (v.first, " ".join(v.middles), v.last, v.party)


def recluster(db: sqlite3.Connection, stem: str) -> None:
    """Assign every appearance with this last-name stem to its person; only rows whose
    person changes are written."""
    current: dict[Variant, set[int | None]] = {}
    for first, middles, last, party, pid in db.execute(
            "SELECT first, middles, last, party, person_id FROM appearances WHERE stem = ? "
            "GROUP BY first, middles, last, party, person_id", (stem,)):
        v = Variant(last=last, first=first, middles=tuple(middles.split()), party=party)
        current.setdefault(v, set()).add(pid)
    groups: dict[Variant, list[Variant]] = {}
    for v, anchor in cluster(list(current)).items():
        groups.setdefault(anchor, []).append(v)
    kept = []
    for anchor, members in groups.items():
        pid = _upsert_person(db, stem, anchor, members)
        kept.append(pid)
        db.executemany(f"UPDATE appearances SET person_id = ? WHERE stem = ? AND "
                       f"{_VARIANT_COLUMNS} AND person_id IS ?",
                       [(pid, stem, *_where(v), old) for v in members
                        for old in current[v] if old != pid])
    marks = ",".join("?" * len(kept))
    db.execute(f"DELETE FROM people WHERE stem = ? AND id NOT IN ({marks})", (stem, *kept))


def _upsert_person(db: sqlite3.Connection, stem: str, anchor: Variant,
                   members: list[Variant]) -> int:
    name = db.execute(f"SELECT name FROM appearances WHERE stem = ? AND {_VARIANT_COLUMNS} "
                      "GROUP BY name ORDER BY COUNT(*) DESC, length(name) DESC, name LIMIT 1",
                      (stem, *_where(anchor))).fetchone()[0]
    return db.execute(
        "INSERT INTO people (key, name, stem, party, tokens) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET name = excluded.name, party = excluded.party, "
        "tokens = excluded.tokens RETURNING id",
        (anchor.key, name, stem, next((m.party for m in (anchor, *members) if m.party), None),
         search_tokens(members))).fetchone()[0]

"""The questions asked of the catalog's tables, in SQL, answered as frozen rows."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from index.people import query_patterns
from index.meetings import fold_body
from index.rows import (Appearance, BodyLine, CaseRow, DecisionFacets, DecisionFilter,
                        DecisionRow, ExportTable, PersonRow, RoleSpan, StatusReport,
                        followed_of)
from ingest.records import DecisionPart, FollowUp, Kind, Outcome, Votes

UNKNOWN = "(ukendt)"
# Enum lookups by value, once: Enum(value) costs more than the row it is used in.
OUTCOMES = {o.value: o for o in Outcome}
KINDS = {k.value: k for k in Kind}
# A person's page lists this many of the newest mentions; the roles over time and the
# count summarise all of them (a mayor is named in thousands of items).
APPEARANCES_SHOWN = 100
# How many files with incomplete decisions `status` names (the rest are counted).
INCOMPLETE_SHOWN = 20


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _ids(values) -> str:
    """A list for `IN (SELECT value FROM json_each(?))`: one parameter, any length."""
    return json.dumps(list(values))


# -- decisions ---------------------------------------------------------------------

_DECISION_FROM = ("FROM decisions d JOIN items i ON i.id = d.item_id "
                  "JOIN documents doc ON doc.id = i.document_id")


# A decision recorded by several files of its meeting is one decision: its copies match
# through it (a word or case number in any copy finds the decision).
_STANDS_FOR = "SELECT COALESCE(x.same_as, x.id) FROM decisions x "
# Not a copy. The unary + keeps SQLite from answering it with the same_as index (nearly
# every row), so the date, outcome or facet index that ends in same_as is used instead.
_STANDING = "+d.same_as IS NULL"


def _decision_where(f: DecisionFilter) -> tuple[str, list]:
    clauses, args = [_STANDING], []
    if f.body:
        clauses.append("d.body_key LIKE ? ESCAPE '\\'")
        args.append(_like(fold_body(f.body)))
    for column, value in (("d.outcome", f.outcome), ("d.followed", f.followed)):
        if value is not None:
            clauses.append(f"{column} = ?")
            args.append(value.value)
    if f.case_key:
        clauses.append(f"d.id IN ({_STANDS_FOR}JOIN case_refs r ON r.item_id = x.item_id "
                       "WHERE r.case_key = ?)")
        args.append(f.case_key)
    if f.date_from:
        clauses.append("d.date >= ?")
        args.append(f.date_from)
    if f.date_to:
        clauses.append("d.date <= ?")
        args.append(f.date_to)
    if f.uids is not None:
        clauses.append(f"d.id IN ({_STANDS_FOR}JOIN items y ON y.id = x.item_id "
                       "WHERE y.uid IN (SELECT value FROM json_each(?)))")
        args.append(_ids(f.uids))
    return " WHERE " + " AND ".join(clauses), args


def decisions(db: sqlite3.Connection, f: DecisionFilter) -> list[DecisionRow]:
    """Decided items matching the filter, newest first (undated last)."""
    where, args = _decision_where(f)
    sql = ("SELECT d.id, i.id, i.uid, d.date, d.body, i.number, i.title, d.outcome, "
           "d.followed, d.text, i.proposal, doc.source, COALESCE(i.page_first, doc.page_first), "
           "doc.kind, d.unanimous, d.for_count, d.against_count, d.abstain_count "
           f"{_DECISION_FROM}{where} ORDER BY d.date DESC, d.id DESC")  # NULL sorts last
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    rows = db.execute(sql, args).fetchall()
    dec_ids, item_ids = _ids(r[0] for r in rows), _ids(r[1] for r in rows)
    votes, ups, parts = _votes(db, dec_ids), _follow_ups(db, dec_ids), _parts(db, dec_ids)
    cases, copies = _item_cases(db, item_ids), _copies(db, dec_ids)
    return [DecisionRow(
        id=r[2], date=r[3], body=r[4], item_number=r[5], item_title=r[6], outcome=OUTCOMES[r[7]],
        followed=followed_of(r[8]), decision=r[9], proposal=r[10],
        case_numbers=cases.get(r[1], ()), votes=_vote_record(votes.get(r[0], {}), r[14:18]),
        follow_ups=ups.get(r[0], ()), source=r[11], page=r[12], kind=KINDS[r[13]],
        parts=parts.get(r[0], ()), also_in=copies.get(r[0], ())) for r in rows]


def _copies(db: sqlite3.Connection, ids: str) -> dict[int, tuple[str, ...]]:
    """The other files that record each decision."""
    out: dict[int, list[str]] = {}
    for dec, source in db.execute(
            "SELECT x.same_as, doc.source FROM decisions x JOIN items i ON i.id = x.item_id "
            "JOIN documents doc ON doc.id = i.document_id WHERE x.same_as IN "
            "(SELECT value FROM json_each(?)) ORDER BY x.same_as, doc.source", (ids,)):
        out.setdefault(dec, []).append(source)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _votes(db: sqlite3.Connection, ids: str) -> dict[int, dict[str, list[str]]]:
    """Per decision: parties by position, and its minority statements under 'minority'."""
    out: dict[int, dict[str, list[str]]] = {}
    for dec, position, value, _ in db.execute(
            "SELECT decision_id, position, party, rowid AS seq FROM votes WHERE decision_id IN "
            "(SELECT value FROM json_each(?)) UNION ALL "
            "SELECT decision_id, 'minority', text, rowid FROM minority_statements "
            "WHERE decision_id IN (SELECT value FROM json_each(?)) ORDER BY 1, 4", (ids, ids)):
        out.setdefault(dec, {}).setdefault(position, []).append(value)
    return out


def _vote_record(parties: dict[str, list[str]], counts: tuple) -> Votes | None:
    unanimous, for_count, against_count, abstain_count = counts
    if not (parties or unanimous) and for_count is None and against_count is None \
            and abstain_count is None:
        return None
    return Votes(tuple(parties.get("for", ())), tuple(parties.get("against", ())),
                 tuple(parties.get("abstain", ())), tuple(parties.get("reservation", ())),
                 for_count, against_count, abstain_count, bool(unanimous),
                 tuple(parties.get("minority", ())))


def _parts(db: sqlite3.Connection, ids: str) -> dict[int, tuple[DecisionPart, ...]]:
    out: dict[int, list[DecisionPart]] = {}
    for dec, label, text, outcome in db.execute(
            "SELECT decision_id, label, text, outcome FROM decision_parts WHERE decision_id IN "
            "(SELECT value FROM json_each(?)) ORDER BY decision_id, position", (ids,)):
        out.setdefault(dec, []).append(DecisionPart(label, text, OUTCOMES[outcome]))
    return {k: tuple(v) for k, v in out.items()}


def _follow_ups(db: sqlite3.Connection, ids: str) -> dict[int, tuple[FollowUp, ...]]:
    out: dict[int, list[FollowUp]] = {}
    for dec, owner, due, text in db.execute(
            "SELECT decision_id, owner, due, text FROM follow_ups WHERE decision_id IN "
            "(SELECT value FROM json_each(?)) ORDER BY rowid", (ids,)):
        out.setdefault(dec, []).append(FollowUp(owner, due, text))
    return {k: tuple(v) for k, v in out.items()}


def _item_cases(db: sqlite3.Connection, ids: str) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for item, number in db.execute(
            "SELECT item_id, number FROM case_refs WHERE item_id IN "
            "(SELECT value FROM json_each(?)) ORDER BY rowid", (ids,)):
        out.setdefault(item, []).append(number)
    return {k: tuple(v) for k, v in out.items()}


def decision_facets(db: sqlite3.Connection, f: DecisionFilter) -> DecisionFacets:
    """Counts of matching decisions by outcome, body and year."""
    where, args = _decision_where(f)

    def count(column: str) -> list[tuple[str | None, int]]:
        # Grouped on a plain column, so SQLite streams an index instead of sorting.
        return db.execute(f"SELECT {column}, COUNT(*) FROM decisions d{where} "
                          f"GROUP BY {column}", args).fetchall()
    years = ((date[:4] if date else None, n) for date, n in count("d.date"))
    return DecisionFacets(_ranked(count("d.outcome")), _ranked(count("d.body")), _ranked(years))


def _ranked(counts) -> tuple[tuple[str, int], ...]:
    """(value, count) pairs merged by value (None as UNKNOWN), largest first."""
    merged: dict[str, int] = {}
    for k, n in counts:
        merged[k or UNKNOWN] = merged.get(k or UNKNOWN, 0) + n
    return tuple(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0])))


# -- cases -------------------------------------------------------------------------

def case_rows(db: sqlite3.Connection, key: str) -> list[CaseRow]:
    """Every item (or document without items) naming the case, oldest first."""
    rows = db.execute(
        "SELECT COALESCE(d.date, doc.date), COALESCE(d.body, doc.body), doc.kind, doc.title, "
        "i.number, i.title, d.outcome, doc.source, COALESCE(i.page_first, doc.page_first), "
        "COALESCE(i.uid, doc.uid), r.document_id, r.item_id "
        "FROM case_refs r JOIN documents doc ON doc.id = r.document_id "
        "LEFT JOIN items i ON i.id = r.item_id LEFT JOIN decisions d ON d.item_id = r.item_id "
        "WHERE r.case_key = ? GROUP BY r.document_id, r.item_id", (key,)).fetchall()
    out = [CaseRow(date=r[0], body=r[1], kind=Kind(r[2]), title=r[3], item_number=r[4],
                   item_title=r[5], outcome=Outcome(r[6]) if r[6] else None,
                   case_numbers=_ref_numbers(db, r[10], r[11]), source=r[7], page=r[8], id=r[9])
           for r in rows]
    return sorted(out, key=lambda c: (c.date is None, c.date or "", c.id))


def _ref_numbers(db: sqlite3.Connection, document_id: int, item_id: int | None) -> tuple:
    if item_id is None:
        cur = db.execute("SELECT number FROM case_refs WHERE document_id = ? AND item_id IS NULL "
                         "ORDER BY rowid", (document_id,))
    else:
        cur = db.execute("SELECT number FROM case_refs WHERE item_id = ? ORDER BY rowid",
                         (item_id,))
    return tuple(dict.fromkeys(r[0] for r in cur))


# -- people ------------------------------------------------------------------------

def people(db: sqlite3.Connection, name: str | None, details: bool,
           limit: int | None) -> list[PersonRow]:
    """People whose names hold every word of `name` (any, without it), most seen first."""
    clauses, args = [], []
    for patterns in query_patterns(name or ""):
        clauses.append("(" + " OR ".join("p.tokens LIKE ? ESCAPE '\\'" for _ in patterns) + ")")
        args.extend(patterns)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    sql = ("SELECT p.id, p.name, (SELECT COUNT(*) FROM appearances a WHERE a.person_id = p.id) "
           f"AS n FROM people p{where} ORDER BY n DESC, p.name")
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    for pid, nm, n in db.execute(sql, args).fetchall():
        parties, variants = _names(db, pid, nm)
        out.append(PersonRow(pid, nm, parties, _roles(db, pid), variants, n, *_seen(db, pid),
                             appearances=_appearances(db, pid) if details else ()))
    return out


def _seen(db: sqlite3.Connection, pid: int) -> tuple[str | None, str | None]:
    # Two subqueries: SQLite answers a lone MIN or MAX from the index end, not both.
    return db.execute("SELECT (SELECT MIN(date) FROM appearances WHERE person_id = ?), "
                      "(SELECT MAX(date) FROM appearances WHERE person_id = ?)",
                      (pid, pid)).fetchone()


def _names(db: sqlite3.Connection, pid: int, name: str) -> tuple[tuple, tuple]:
    """A person's parties (most printed first) and other spellings, in one index scan."""
    parties: dict[str, int] = {}
    spellings: set[str] = set()
    for party, spelling, n in db.execute(
            "SELECT party, name, COUNT(*) FROM appearances WHERE person_id = ? "
            "GROUP BY party, name", (pid,)):
        if party:
            parties[party] = parties.get(party, 0) + n
        spellings.add(spelling)
    return (tuple(sorted(parties, key=lambda p: (-parties[p], p))),
            tuple(sorted(spellings - {name})))


def _roles(db: sqlite3.Connection, pid: int) -> tuple[RoleSpan, ...]:
    return tuple(RoleSpan(*r) for r in db.execute(
        "SELECT role, MIN(date) AS since, MAX(date), COUNT(*) FROM appearances "
        "WHERE person_id = ? AND role != '' GROUP BY role "
        "ORDER BY since IS NULL, since, COUNT(*) DESC", (pid,)))


def _appearances(db: sqlite3.Connection, pid: int) -> tuple[Appearance, ...]:
    """The newest APPEARANCES_SHOWN mentions of a person, oldest first (undated last)."""
    rows = db.execute(
        "SELECT a.date, doc.body, doc.kind, doc.title, i.number, i.title, a.role, a.name, "
        "doc.source, COALESCE(i.uid, doc.uid), a.id FROM appearances a "
        "JOIN documents doc ON doc.id = a.document_id LEFT JOIN items i ON i.id = a.item_id "
        f"WHERE a.person_id = ? ORDER BY a.date DESC, a.id DESC LIMIT {APPEARANCES_SHOWN}",
        (pid,)).fetchall()
    rows.sort(key=lambda r: (r[0] is None, r[0] or "", r[10]))
    return tuple(Appearance(date=r[0], body=r[1], kind=KINDS[r[2]], title=r[3],
                            item=f"{r[4]}. {r[5]}" if r[4] is not None else None, role=r[6],
                            name=r[7], source=r[8], id=r[9]) for r in rows)


# -- status ------------------------------------------------------------------------

def status(db: sqlite3.Connection) -> StatusReport:
    """Counts, failures, the newest meeting per body and decisions lacking date or body."""
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    bodies = tuple(BodyLine(*r) for r in db.execute(
        "SELECT MIN(m.body), MAX(m.date), COUNT(DISTINCT m.id), COUNT(doc.id) FROM meetings m "
        "JOIN documents doc ON doc.meeting_id = m.id GROUP BY m.body_key ORDER BY 2 DESC, 1"))
    incomplete = tuple(db.execute(
        "SELECT doc.source, COUNT(*) AS n FROM decisions d JOIN items i ON i.id = d.item_id "
        f"JOIN documents doc ON doc.id = i.document_id WHERE {_STANDING} "
        "AND (d.date IS NULL OR d.body_key IS NULL) "
        f"GROUP BY doc.source ORDER BY n DESC, doc.source LIMIT {INCOMPLETE_SHOWN}"))
    return StatusReport(
        counts=tuple(db.execute("SELECT status, COUNT(*) FROM paths GROUP BY status "
                                "ORDER BY status")),
        failures=tuple(db.execute("SELECT path, error FROM failures ORDER BY status, path")),
        bodies=bodies, documents=one("SELECT COUNT(*) FROM documents"),
        documents_without_meeting=one("SELECT COUNT(*) FROM documents WHERE meeting_id IS NULL"),
        decisions=one(f"SELECT COUNT(*) FROM decisions d WHERE {_STANDING}"),
        decisions_without_date=one("SELECT COUNT(*) FROM decisions d WHERE d.date IS NULL "
                                   f"AND {_STANDING}"),
        decisions_without_body=one("SELECT COUNT(*) FROM decisions d WHERE "
                                   f"d.body_key IS NULL AND {_STANDING}"),
        incomplete_sources=incomplete)


# -- export ------------------------------------------------------------------------

# name, columns with types, primary key, foreign keys, SELECT giving the columns in order.
_EXPORT = (
    ("meetings", (("id", int), ("title", str), ("body", str), ("date", str), ("year", str),
                  ("start", str)),
     "id", (),
     "SELECT id, body || ' ' || date, body, date, substr(date, 1, 4), start FROM meetings "
     "ORDER BY id"),
    ("documents", (("id", int), ("meeting_id", int), ("kind", str), ("title", str),
                   ("body", str), ("date", str), ("year", str), ("start", str), ("end", str),
                   ("location", str), ("attachment_of_item", str), ("attachment_number", int),
                   ("page_first", int), ("page_last", int), ("proposal", str), ("text", str),
                   ("source", str), ("file_sha256", str), ("uid", str)),
     "id", (("meeting_id", "meetings", "id"),),
     "SELECT id, meeting_id, kind, title, body, date, substr(date, 1, 4), start, \"end\", "
     "location, attachment_item, attachment_number, page_first, page_last, proposal, text, "
     "source, file_sha, uid FROM documents ORDER BY id"),
    ("items", (("id", int), ("document_id", int), ("meeting_id", int), ("number", str),
               ("title", str), ("kind", str), ("body", str), ("date", str), ("year", str),
               ("outcome", str), ("closed", int), ("proposal", str), ("text", str),
               ("page_first", int), ("page_last", int), ("source", str), ("uid", str)),
     "id", (("document_id", "documents", "id"), ("meeting_id", "meetings", "id")),
     "SELECT i.id, i.document_id, doc.meeting_id, i.number, i.title, doc.kind, doc.body, "
     "doc.date, substr(doc.date, 1, 4), d.outcome, i.closed, i.proposal, i.text, i.page_first, "
     "i.page_last, doc.source, i.uid FROM items i JOIN documents doc ON doc.id = i.document_id "
     "LEFT JOIN decisions d ON d.item_id = i.id ORDER BY i.id"),
    ("attachments", (("id", int), ("item_id", int), ("number", int), ("title", str),
                     ("document_id", int)),
     "id", (("item_id", "items", "id"), ("document_id", "documents", "id")),
     "SELECT rowid, item_id, number, title, document_id FROM attachments ORDER BY rowid"),
    ("decisions", (("id", int), ("item_id", int), ("meeting_id", int), ("same_as", int),
                   ("date", str), ("year", str), ("body", str), ("outcome", str),
                   ("followed", str), ("text", str), ("unanimous", int), ("for_count", int),
                   ("against_count", int), ("abstain_count", int)),
     "id", (("item_id", "items", "id"), ("meeting_id", "meetings", "id"),
            ("same_as", "decisions", "id")),
     "SELECT id, item_id, meeting_id, same_as, date, substr(date, 1, 4), body, outcome, "
     "followed, text, unanimous, for_count, against_count, abstain_count FROM decisions "
     "ORDER BY same_as IS NOT NULL, id"),
    ("decision_parts", (("id", int), ("decision_id", int), ("position", int), ("label", str),
                        ("outcome", str), ("text", str)),
     "id", (("decision_id", "decisions", "id"),),
     "SELECT rowid, decision_id, position, label, outcome, text FROM decision_parts "
     "ORDER BY rowid"),
    ("minority_statements", (("id", int), ("decision_id", int), ("text", str)),
     "id", (("decision_id", "decisions", "id"),),
     "SELECT rowid, decision_id, text FROM minority_statements ORDER BY rowid"),
    ("votes", (("id", int), ("decision_id", int), ("position", str), ("party", str)),
     "id", (("decision_id", "decisions", "id"),),
     "SELECT rowid, decision_id, position, party FROM votes ORDER BY rowid"),
    ("follow_ups", (("id", int), ("decision_id", int), ("owner", str), ("due", str),
                    ("text", str)),
     "id", (("decision_id", "decisions", "id"),),
     "SELECT rowid, decision_id, owner, due, text FROM follow_ups ORDER BY rowid"),
    ("cases", (("key", str), ("number", str)), "key", (),
     "SELECT key, number FROM cases ORDER BY key"),
    ("case_refs", (("id", int), ("case_key", str), ("document_id", int), ("item_id", int),
                   ("number", str)),
     "id", (("case_key", "cases", "key"), ("document_id", "documents", "id"),
            ("item_id", "items", "id")),
     "SELECT rowid, case_key, document_id, item_id, number FROM case_refs ORDER BY rowid"),
    ("people", (("id", int), ("name", str), ("party", str), ("appearances", int)),
     "id", (),
     "SELECT p.id, p.name, p.party, COUNT(a.id) FROM people p "
     "LEFT JOIN appearances a ON a.person_id = p.id GROUP BY p.id ORDER BY p.id"),
    ("appearances", (("id", int), ("person_id", int), ("document_id", int), ("item_id", int),
                     ("name", str), ("role", str), ("party", str)),
     "id", (("person_id", "people", "id"), ("document_id", "documents", "id"),
            ("item_id", "items", "id")),
     "SELECT id, person_id, document_id, item_id, name, role, NULLIF(party, '') "
     "FROM appearances ORDER BY id"),
)


def export_tables(db: sqlite3.Connection) -> Iterator[ExportTable]:
    """Every exported table, parents before the tables that point at them."""
    for name, columns, pk, fks, sql in _EXPORT:
        yield ExportTable(name, columns, pk, fks, db.execute(sql))

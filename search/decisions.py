"""Decisions, cases and people across the archive."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.query import And, Or, Term

from index.catalog import Catalog
from index.store import open_index
from ingest.records import Outcome, case_key
from search.query import Filters, QueryError, build

FOLLOWED = ("followed", "changed", "departed", "unknown", "no proposal")
DECISION_COLUMNS = ["date", "body", "item_number", "item_title", "outcome", "followed",
                    "decision", "proposal", "case_numbers", "votes", "source", "page", "id"]


def _decided(followed: str | None) -> Or | And:
    decided = Or([Term("outcome", o.value) for o in Outcome])
    if followed is None:
        return decided
    if followed not in FOLLOWED:
        raise QueryError(f"unknown value '{followed}' for --followed; use one of "
                         + ", ".join(FOLLOWED))
    return And([decided, Term("followed", followed)])


def decisions(index_dir: Path, text: str = "", filters: Filters = Filters(),
              followed: str | None = None, limit: int | None = None) -> list[dict]:
    """One row per decided item matching the query and filters, newest first."""
    ix = open_index(index_dir)
    q = _decided(followed)
    if text.strip() or any([filters.body, filters.kind, filters.outcome, filters.case,
                            filters.date_from, filters.date_to]):
        q = And([build(text, filters, ix.schema), q])
    with ix.searcher() as s:
        hits = s.search(q, limit=limit, sortedby="day", reverse=True)
        return [_row(h) for h in hits]


def _row(h) -> dict:
    return {
        "id": h["id"], "date": h.get("date") or None, "body": h.get("body") or None,
        "item_number": h.get("item_number"), "item_title": h.get("item_title"),
        "outcome": h.get("outcome"), "followed": h.get("followed") or None,
        "decision": h.get("decision"), "proposal": h.get("proposal") or None,
        "case_numbers": h.get("cases") or [], "votes": h.get("votes"),
        "follow_ups": h.get("follow_ups") or [], "source": h.get("source"),
        "page": h.get("page"), "kind": h.get("kind"),
    }


def facet_counts(rows: list[dict]) -> dict[str, dict[str, int]]:
    """Counts of decision rows by outcome, body and year."""
    def count(values):
        return dict(Counter(v or "(ukendt)" for v in values).most_common())
    return {"outcome": count(r["outcome"] for r in rows),
            "body": count(r["body"] for r in rows),
            "year": count((r["date"] or "")[:4] for r in rows)}


def follow_up_rows(rows: list[dict]) -> list[dict]:
    """Every follow-up in the rows, with its decision's date, body and item."""
    out = []
    for r in rows:
        for f in r["follow_ups"]:
            out.append({"due": f["due"], "owner": f["owner"], "text": f["text"],
                        "date": r["date"], "body": r["body"], "item_number": r["item_number"],
                        "item_title": r["item_title"], "source": r["source"],
                        "page": r["page"], "id": r["id"]})
    return sorted(out, key=lambda f: (f["due"] or "9999", f["date"] or ""))


def case_timeline(index_dir: Path, number: str) -> list[dict]:
    """Every item and document that names a case, oldest first (undated last)."""
    key = case_key(number).lower()
    if not key:
        raise QueryError(f"'{number}' is not a case number")
    ix = open_index(index_dir)
    with ix.searcher() as s:
        hits = s.search(Or([Term("sag", key), Term("sag", number.strip().lower())]), limit=None)
        rows = [{"date": h.get("date") or None, "body": h.get("body") or None,
                 "kind": h.get("kind"), "title": h.get("title"),
                 "item_number": h.get("item_number") or None,
                 "item_title": h.get("item_title") or None,
                 "outcome": h.get("outcome") or None, "case_numbers": h.get("cases") or [],
                 "source": h.get("source"), "page": h.get("page"), "id": h["id"]}
                for h in hits]
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", r["id"]))


@dataclass
class PersonEntry:
    name: str
    roles: Counter = field(default_factory=Counter)
    parties: Counter = field(default_factory=Counter)
    appearances: list[dict] = field(default_factory=list)
    variants: set[str] = field(default_factory=set)

    def to_dict(self) -> dict:
        return {"name": self.name, "roles": [r for r, _ in self.roles.most_common()],
                "parties": [p for p, _ in self.parties.most_common()],
                "variants": sorted(self.variants - {self.name}),
                "appearances": self.appearances}


def name_key(name: str) -> str:
    """Variants of a name meet: case, 'aa'/'å', middle initials and stray hyphens."""
    s = name.lower().replace("aa", "å").replace("-", " ")
    tokens = [t for t in re.split(r"\s+", s) if t and not re.fullmatch(r"\w\.?", t)]
    return " ".join(tokens[:1] + tokens[-1:]) if len(tokens) > 1 else " ".join(tokens)


def people(index_dir: Path, name: str | None = None) -> list[PersonEntry]:
    """People found in the archive with roles, parties and where they appear."""
    catalog = Catalog(index_dir / "catalog.sqlite")
    entries: dict[str, PersonEntry] = {}
    try:
        for result in catalog.results():
            for doc in result.documents:
                where = {"date": doc.date, "body": doc.body, "kind": doc.kind.value,
                         "title": doc.title, "source": result.source.path}
                for p in doc.people:
                    _add(entries, p, {**where, "item": None})
                for it in doc.items:
                    for p in it.people:
                        _add(entries, p, {**where, "item": f"{it.number}. {it.title}"})
    finally:
        catalog.close()
    found = list(entries.values())
    if name:
        want = name_key(name).split()
        found = [e for e in found if all(w in name_key(e.name).split() for w in want)]
    return sorted(found, key=lambda e: (-len(e.appearances), e.name))


def _add(entries: dict[str, PersonEntry], p, where: dict) -> None:
    key = name_key(p.name)
    e = entries.get(key)
    if e is None:
        e = entries[key] = PersonEntry(p.name)
    if len(p.name) > len(e.name):
        e.name = p.name  # the fullest spelling names the entry
    e.variants.add(p.name)
    if p.role:
        e.roles[p.role] += 1
    if p.party:
        e.parties[p.party] += 1
    e.appearances.append({**where, "role": p.role})

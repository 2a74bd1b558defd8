"""Decisions, cases and people across the archive: questions to the catalog's tables.

Only the words of a `decisions` query go to the search engine (so they are understood
as in `referat search`: inflections, compounds); every filter, the ordering and the
rows come from SQL over the catalog.
"""
from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from index.catalog import Catalog, catalog_path
from index.people import name_key  # noqa: F401  (the name folding, for callers)
from index.rows import (CaseRow, DecisionFacets, DecisionFilter, DecisionRow, FollowUpRow,
                        PersonRow)
from ingest.errors import ArchiveError, UsageError
from index.attachments import Link
from ingest.records import Followed, Outcome, ParseResult, case_key

DECISION_COLUMNS = ["date", "body", "item_number", "item_title", "outcome", "followed",
                    "decision", "proposal", "case_numbers", "votes", "source", "page", "id"]
FOLLOW_UP_COLUMNS = ["due", "owner", "text", "date", "body", "item_number", "item_title",
                     "source", "id"]
CASE_COLUMNS = ["date", "body", "kind", "title", "item_number", "item_title", "outcome",
                "source", "page", "id"]


class ArchiveMissing(ArchiveError, LookupError):
    """No catalog where the archive should be."""


class BadRequest(UsageError, ValueError):
    """A filter value the user must fix; the message says how."""


def open_catalog(index_dir: Path) -> Catalog:
    """The archive's catalog, or ArchiveMissing with what to do."""
    path = catalog_path(index_dir)
    if not path.exists():
        raise ArchiveMissing(f"no archive at {index_dir}; run 'referat ingest PATH' first "
                             "(or pass --index / set REFERAT_INDEX)")
    return Catalog(path)


@dataclass(frozen=True, slots=True)
class Found:
    """An item (or a document without items) with the file it was read from, and the
    export links of its bilag (index/attachments.py)."""

    result: ParseResult
    sha: str
    doc: int
    item: int | None
    attachment_of: list[Link] = field(default_factory=list)  # the document is their bilag
    attachments: list[Link] = field(default_factory=list)  # the item's bilag

    def to_dict(self) -> dict:
        """The JSON of `referat show ID --format json` and of the web page's item."""
        d = self.result.documents[self.doc].to_dict()
        return {"source": self.result.source.to_dict(), "document": d,
                "item": d["items"][self.item] if self.item is not None else None,
                "attachment_of": [asdict(k) for k in self.attachment_of],
                "attachments": [asdict(k) for k in self.attachments]}


def find_item(index_dir: Path, doc_id: str,
              lock: AbstractContextManager = nullcontext()) -> Found | None:
    """The stored record of an id from the search results, or None. `lock` guards the
    process's shared searcher (the web server's threads)."""
    from search.searcher import stored  # the search engine loads only when asked

    with lock:
        doc = stored(index_dir, doc_id)
    if doc is None:
        return None
    prefix, d_i, i_part = doc_id.rsplit("-", 2)
    item = None if i_part == "d" else int(i_part)
    cat = open_catalog(index_dir)
    try:
        result = cat.result(doc["file_sha"])
        links = (cat.attachment_of(f"{prefix}-{d_i}-d"),
                 cat.attachments(doc_id) if item is not None else [])
    finally:
        cat.close()
    if result is None or int(d_i) >= len(result.documents):
        return None
    if item is not None and item >= len(result.documents[int(d_i)].items):
        return None
    return Found(result, doc["file_sha"], int(d_i), item, *links)


def followed_value(value: str | None) -> Followed | None:
    """--followed as an Enum, or BadRequest naming the values."""
    if value is None:
        return None
    try:
        return Followed(value.strip().lower())
    except ValueError:
        raise BadRequest(f"unknown value '{value}' for --followed; use one of "
                         + ", ".join(f.value for f in Followed)) from None


def outcome_value(value: str | None) -> Outcome | None:
    """An outcome in English or Danish ('udsat') as an Enum, or BadRequest."""
    if not value:
        return None
    from search.query import OUTCOME_WORDS  # the Danish outcome words users type

    v = value.strip().lower()
    try:
        return Outcome(OUTCOME_WORDS.get(v, v))
    except ValueError:
        raise BadRequest(f"unknown outcome '{value}'; use one of "
                         + ", ".join(o.value for o in Outcome)) from None


def decision_filter(index_dir: Path, text: str = "", body: str | None = None,
                    outcome: str | None = None, case: str | None = None,
                    date_from=None, date_to=None, followed: str | None = None,
                    limit: int | None = None) -> DecisionFilter:
    """The filter for `decisions`: words resolved to items by the search engine."""
    key = case_key(case).lower() if case else None
    if case and not key:
        raise BadRequest(f"'{case}' is not a case number")
    return DecisionFilter(body=body, outcome=outcome_value(outcome),
                          followed=followed_value(followed), case_key=key,
                          date_from=date_from.isoformat() if date_from else None,
                          date_to=date_to.isoformat() if date_to else None,
                          uids=_matching_items(index_dir, text) if text.strip() else None,
                          limit=limit)


def _matching_items(index_dir: Path, text: str) -> tuple[str, ...]:
    """Ids of the decided items whose text matches the words (as `search` reads them)."""
    from whoosh.query import And, Or, Term

    from index.store import open_index
    from search.query import Filters, build

    ix = open_index(index_dir)
    decided = Or([Term("outcome", o.value) for o in Outcome])
    with ix.searcher() as s:
        hits = s.search(And([build(text, Filters(), ix.schema), decided]), limit=None)
        return tuple(h["id"] for h in hits)


def decisions(index_dir: Path, where: DecisionFilter) -> list[DecisionRow]:
    """One row per decided item matching the filter, newest first."""
    cat = open_catalog(index_dir)
    try:
        return cat.decisions(where)
    finally:
        cat.close()


def facets(index_dir: Path, where: DecisionFilter) -> DecisionFacets:
    """Counts of the matching decisions by outcome, body and year."""
    cat = open_catalog(index_dir)
    try:
        return cat.decision_facets(replace(where, limit=None))
    finally:
        cat.close()


def follow_up_rows(rows: list[DecisionRow]) -> list[FollowUpRow]:
    """Every follow-up in the rows, with its decision's date, body and item, by deadline."""
    out = [FollowUpRow(f.due, f.owner, f.text, r.date, r.body, r.item_number, r.item_title,
                       r.source, r.page, r.id) for r in rows for f in r.follow_ups]
    return sorted(out, key=lambda f: (f.due or "9999", f.date or ""))


def case_timeline(index_dir: Path, number: str) -> list[CaseRow]:
    """Every item and document that names a case, oldest first (undated last)."""
    key = case_key(number).lower()
    if not key:
        raise BadRequest(f"'{number}' is not a case number")
    cat = open_catalog(index_dir)
    try:
        return cat.case(key)
    finally:
        cat.close()


def people(index_dir: Path, name: str | None = None, limit: int | None = None) -> list[PersonRow]:
    """People (whose names hold every word of `name`) with roles over time; with a name,
    every appearance too."""
    cat = open_catalog(index_dir)
    try:
        return cat.people(name or None, details=bool(name and name.strip()), limit=limit)
    finally:
        cat.close()

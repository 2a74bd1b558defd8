"""The catalog's answers as frozen rows: decisions, cases, people, status, export tables.

These are what `decisions`, `case`, `people`, `status` and `export` hand to the
search layer and the CLI; `to_dict()` gives their JSON shape.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ingest.records import DecisionPart, FollowUp, Followed, Kind, Outcome, Votes


_FOLLOWED = {f.value: f for f in Followed}


def followed_of(value: str | None) -> Followed | None:
    """The Enum of a stored 'followed' value (a value this version does not know is UNKNOWN)."""
    if value is None:
        return None
    return _FOLLOWED.get(value, Followed.UNKNOWN)


@dataclass(frozen=True, slots=True)
class DecisionFilter:
    """Which decisions to list; every field narrows, None means any."""

    body: str | None = None
    outcome: Outcome | None = None
    followed: Followed | None = None
    case_key: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    uids: tuple[str, ...] | None = None  # items the search engine found for the words
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """One decided item with its meeting's date and body."""

    id: str
    date: str | None
    body: str | None
    item_number: str
    item_title: str
    outcome: Outcome
    followed: Followed | None
    decision: str
    proposal: str | None
    case_numbers: tuple[str, ...]
    votes: Votes | None
    follow_ups: tuple[FollowUp, ...]
    source: str
    page: int | None
    kind: Kind
    parts: tuple[DecisionPart, ...] = ()  # a split decision's parts, each with its outcome
    also_in: tuple[str, ...] = ()  # other files of the meeting that record this decision

    def to_dict(self) -> dict:
        return {"id": self.id, "date": self.date, "body": self.body,
                "item_number": self.item_number, "item_title": self.item_title,
                "outcome": self.outcome.value,
                "followed": self.followed.value if self.followed else None,
                "decision": self.decision, "proposal": self.proposal,
                "case_numbers": list(self.case_numbers),
                "votes": self.votes.to_dict() if self.votes else None,
                "follow_ups": [f.to_dict() for f in self.follow_ups], "source": self.source,
                "page": self.page, "kind": self.kind.value,
                "parts": [p.to_dict() for p in self.parts], "also_in": list(self.also_in)}


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """A follow-up of a decision, with the decision's date, body and item."""

    due: str | None
    owner: str | None
    text: str
    date: str | None
    body: str | None
    item_number: str
    item_title: str
    source: str
    page: int | None
    id: str

    def to_dict(self) -> dict:
        return {"due": self.due, "owner": self.owner, "text": self.text, "date": self.date,
                "body": self.body, "item_number": self.item_number,
                "item_title": self.item_title, "source": self.source, "page": self.page,
                "id": self.id}


@dataclass(frozen=True, slots=True)
class DecisionFacets:
    """Counts of decisions by outcome, body and year, largest first."""

    outcome: tuple[tuple[str, int], ...]
    body: tuple[tuple[str, int], ...]
    year: tuple[tuple[str, int], ...]

    def to_dict(self) -> dict:
        return {"outcome": dict(self.outcome), "body": dict(self.body), "year": dict(self.year)}


@dataclass(frozen=True, slots=True)
class CaseRow:
    """An item or a document that names a case."""

    date: str | None
    body: str | None
    kind: Kind
    title: str | None
    item_number: str | None
    item_title: str | None
    outcome: Outcome | None
    case_numbers: tuple[str, ...]
    source: str
    page: int | None
    id: str

    def to_dict(self) -> dict:
        return {"date": self.date, "body": self.body, "kind": self.kind.value,
                "title": self.title, "item_number": self.item_number,
                "item_title": self.item_title,
                "outcome": self.outcome.value if self.outcome else None,
                "case_numbers": list(self.case_numbers), "source": self.source,
                "page": self.page, "id": self.id}


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """A role a person held, from the first to the last dated mention."""

    role: str
    first: str | None
    last: str | None
    count: int

    def to_dict(self) -> dict:
        return {"role": self.role, "first": self.first, "last": self.last, "count": self.count}


@dataclass(frozen=True, slots=True)
class Appearance:
    """Where a person is named: a document, or one of its items."""

    date: str | None
    body: str | None
    kind: Kind
    title: str | None
    item: str | None
    role: str | None
    name: str
    source: str
    id: str

    def to_dict(self) -> dict:
        return {"date": self.date, "body": self.body, "kind": self.kind.value,
                "title": self.title, "item": self.item, "role": self.role, "name": self.name,
                "source": self.source, "id": self.id}


@dataclass(frozen=True, slots=True)
class PersonRow:
    """A person across the archive: spellings, parties, roles over time, appearances."""

    id: int
    name: str
    parties: tuple[str, ...]
    roles: tuple[RoleSpan, ...]
    variants: tuple[str, ...]
    count: int
    first: str | None
    last: str | None
    appearances: tuple[Appearance, ...] = ()

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "parties": list(self.parties),
                "roles": [r.role for r in self.roles],
                "role_history": [r.to_dict() for r in self.roles],
                "variants": list(self.variants), "count": self.count, "first": self.first,
                "last": self.last, "appearances": [a.to_dict() for a in self.appearances]}


@dataclass(frozen=True, slots=True)
class BodyLine:
    """A body's newest meeting."""

    body: str
    newest: str | None
    meetings: int
    documents: int

    def to_dict(self) -> dict:
        return {"body": self.body, "newest": self.newest, "meetings": self.meetings,
                "documents": self.documents}


@dataclass(frozen=True, slots=True)
class StatusReport:
    """What the archive holds and what it lacks."""

    counts: tuple[tuple[str, int], ...]
    failures: tuple[tuple[str, str | None], ...]
    bodies: tuple[BodyLine, ...]
    documents: int
    documents_without_meeting: int
    decisions: int
    decisions_without_date: int
    decisions_without_body: int
    # Files whose decisions lack a date or a body, with how many such decisions.
    incomplete_sources: tuple[tuple[str, int], ...]

    def to_dict(self) -> dict:
        return {"counts": dict(self.counts),
                "failures": [{"path": p, "error": e} for p, e in self.failures],
                "bodies": [b.to_dict() for b in self.bodies], "documents": self.documents,
                "documents_without_meeting": self.documents_without_meeting,
                "decisions": self.decisions,
                "decisions_without_date": self.decisions_without_date,
                "decisions_without_body": self.decisions_without_body,
                "incomplete_sources": [{"source": s, "decisions": n}
                                       for s, n in self.incomplete_sources]}


@dataclass(frozen=True, slots=True)
class ExportTable:
    """One table of the export: typed columns, key, foreign keys and its rows."""

    name: str
    columns: tuple[tuple[str, type], ...]
    pk: str
    foreign_keys: tuple[tuple[str, str, str], ...]
    rows: Iterator[tuple]

"""The records referat produces: frozen, slotted dataclasses with to_dict/from_dict.

The JSON shape of `ParseResult.to_dict()` is a public contract, documented in
docs/parse-output.schema.json and checked against every golden file.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# The records' vocabularies, kept apart for start-up time (see ingest/kinds.py).
from ingest.kinds import (FailureKind, FileStatus, Followed, Kind, OcrMode,  # noqa: F401
                          Outcome, Sort, case_key)


def _pages(value) -> tuple[int, int] | None:
    return (int(value[0]), int(value[1])) if value else None


def _page_starts(value) -> tuple[tuple[int, int], ...]:
    return tuple((int(o), int(p)) for o, p in value or ())


def page_at(page_starts: tuple[tuple[int, int], ...], offset: int) -> int | None:
    """The page on which character `offset` of a text stands (None if unknown)."""
    page = None
    for start, number in page_starts:
        if start > offset:
            break
        page = number
    return page


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str | None = None
    party: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "role": self.role, "party": self.party}

    @classmethod
    def from_dict(cls, d: dict) -> Person:
        return cls(d["name"], d.get("role"), d.get("party"))


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    text: str

    def to_dict(self) -> dict:
        return {"heading": self.heading, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict) -> Section:
        return cls(d["heading"], d["text"])


@dataclass(frozen=True, slots=True)
class Votes:
    """A recorded vote by party letter; counts where printed."""

    for_: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    abstain: tuple[str, ...] = ()
    reservations: tuple[str, ...] = ()
    for_count: int | None = None
    against_count: int | None = None
    abstain_count: int | None = None
    unanimous: bool = False
    minority: tuple[str, ...] = ()  # minority statements, as printed

    def to_dict(self) -> dict:
        return {"for": list(self.for_), "against": list(self.against),
                "abstain": list(self.abstain), "reservations": list(self.reservations),
                "for_count": self.for_count, "against_count": self.against_count,
                "abstain_count": self.abstain_count, "unanimous": self.unanimous,
                "minority": list(self.minority)}

    @classmethod
    def from_dict(cls, d: dict) -> Votes:
        return cls(tuple(d.get("for", ())), tuple(d.get("against", ())),
                   tuple(d.get("abstain", ())), tuple(d.get("reservations", ())),
                   d.get("for_count"), d.get("against_count"), d.get("abstain_count"),
                   bool(d.get("unanimous", False)), tuple(d.get("minority", ())))


@dataclass(frozen=True, slots=True)
class FollowUp:
    """An action in a decision: who follows up, by when ('YYYY-MM' or a full date)."""

    owner: str | None
    due: str | None
    text: str

    def to_dict(self) -> dict:
        return {"owner": self.owner, "due": self.due, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict) -> FollowUp:
        return cls(d.get("owner"), d.get("due"), d["text"])


@dataclass(frozen=True, slots=True)
class DecisionPart:
    """One part of a split decision ('2.-4. Anbefales'): its label as printed, text, outcome."""

    label: str
    text: str
    outcome: Outcome
    votes: Votes | None = None

    def to_dict(self) -> dict:
        return {"label": self.label, "text": self.text, "outcome": self.outcome.value,
                "votes": self.votes.to_dict() if self.votes else None}

    @classmethod
    def from_dict(cls, d: dict) -> DecisionPart:
        return cls(d["label"], d["text"], Outcome(d["outcome"]),
                   Votes.from_dict(d["votes"]) if d.get("votes") else None)


@dataclass(frozen=True, slots=True)
class Decision:
    """What a meeting decided on an item; a split decision keeps its parts, and the item's
    outcome is the first part's. `absent` holds the attendance notes glued onto it."""

    text: str
    outcome: Outcome
    followed: str | None = None
    votes: Votes | None = None
    follow_ups: tuple[FollowUp, ...] = ()
    parts: tuple[DecisionPart, ...] = ()
    absent: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"text": self.text, "outcome": self.outcome.value, "followed": self.followed,
                "votes": self.votes.to_dict() if self.votes else None,
                "follow_ups": [f.to_dict() for f in self.follow_ups],
                "parts": [p.to_dict() for p in self.parts], "absent": list(self.absent)}

    @classmethod
    def from_dict(cls, d: dict) -> Decision:
        return cls(d["text"], Outcome(d["outcome"]), d.get("followed"),
                   Votes.from_dict(d["votes"]) if d.get("votes") else None,
                   tuple(FollowUp.from_dict(f) for f in d.get("follow_ups", ())),
                   tuple(DecisionPart.from_dict(p) for p in d.get("parts", ())),
                   tuple(d.get("absent", ())))


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    """'Punkt 3, Bilag 2': attachment 2 of agenda item 3."""

    item: str
    number: int

    def to_dict(self) -> dict:
        return {"item": self.item, "number": self.number}

    @classmethod
    def from_dict(cls, d: dict) -> AttachmentRef:
        return cls(str(d["item"]), int(d["number"]))


@dataclass(frozen=True, slots=True)
class Attachment:
    """A bilag of an item as a meeting system's export names it: its number on the
    item, title, and the file the system published it as (a name or an id)."""

    number: int
    title: str
    file: str | None = None

    def to_dict(self) -> dict:
        return {"number": self.number, "title": self.title, "file": self.file}

    @classmethod
    def from_dict(cls, d: dict) -> Attachment:
        return cls(int(d["number"]), d["title"], d.get("file"))


@dataclass(frozen=True, slots=True)
class Item:
    number: str
    title: str
    case_numbers: tuple[str, ...] = ()
    closed: bool = False
    sections: tuple[Section, ...] = ()
    proposal: str | None = None
    decision: Decision | None = None
    text: str = ""
    pages: tuple[int, int] | None = None
    people: tuple[Person, ...] = ()
    page_starts: tuple[tuple[int, int], ...] = ()
    attachments: tuple[Attachment, ...] = ()

    def to_dict(self) -> dict:
        out = {
            "number": self.number,
            "title": self.title,
            "case_numbers": list(self.case_numbers),
            "closed": self.closed,
            "sections": [s.to_dict() for s in self.sections],
            "proposal": self.proposal,
            "decision": self.decision.to_dict() if self.decision else None,
            "text": self.text,
            "pages": list(self.pages) if self.pages else None,
            "people": [p.to_dict() for p in self.people],
            "page_starts": [list(x) for x in self.page_starts],
        }
        if self.attachments:  # optional: only sources that name attachments have them
            out["attachments"] = [a.to_dict() for a in self.attachments]
        return out

    @classmethod
    def from_dict(cls, d: dict) -> Item:
        return cls(
            number=str(d["number"]),
            title=d["title"],
            case_numbers=tuple(d.get("case_numbers", ())),
            closed=bool(d.get("closed", False)),
            sections=tuple(Section.from_dict(s) for s in d.get("sections", ())),
            proposal=d.get("proposal"),
            decision=Decision.from_dict(d["decision"]) if d.get("decision") else None,
            text=d.get("text", ""),
            pages=_pages(d.get("pages")),
            people=tuple(Person.from_dict(p) for p in d.get("people", ())),
            page_starts=_page_starts(d.get("page_starts")),
            attachments=tuple(Attachment.from_dict(a) for a in d.get("attachments", ())),
        )


@dataclass(frozen=True, slots=True)
class Document:
    kind: Kind
    title: str | None = None
    body: str | None = None
    date: str | None = None
    start: str | None = None
    end: str | None = None
    location: str | None = None
    case_numbers: tuple[str, ...] = ()
    people: tuple[Person, ...] = ()
    attachment_of: AttachmentRef | None = None
    pages: tuple[int, int] | None = None
    items: tuple[Item, ...] = ()
    sections: tuple[Section, ...] = ()
    proposal: str | None = None
    text: str = ""
    page_starts: tuple[tuple[int, int], ...] = ()
    # The case of the matter this document is attached to, printed in another of its
    # documents (an indstilling's notat prints the case): found by a case search and in
    # a case's timeline, never shown as the document's own number.
    matter_case_numbers: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        out = {
            "kind": self.kind.value,
            "title": self.title,
            "body": self.body,
            "date": self.date,
            "start": self.start,
            "end": self.end,
            "location": self.location,
            "case_numbers": list(self.case_numbers),
            "people": [p.to_dict() for p in self.people],
            "attachment_of": self.attachment_of.to_dict() if self.attachment_of else None,
            "pages": list(self.pages) if self.pages else None,
            "items": [i.to_dict() for i in self.items],
            "sections": [s.to_dict() for s in self.sections],
            "proposal": self.proposal,
            "text": self.text,
            "page_starts": [list(x) for x in self.page_starts],
        }
        if self.matter_case_numbers:  # optional: only documents attached to a matter
            out["matter_case_numbers"] = list(self.matter_case_numbers)
        return out

    @classmethod
    def from_dict(cls, d: dict) -> Document:
        att = d.get("attachment_of")
        return cls(
            kind=Kind(d["kind"]),
            title=d.get("title"),
            body=d.get("body"),
            date=d.get("date"),
            start=d.get("start"),
            end=d.get("end"),
            location=d.get("location"),
            case_numbers=tuple(d.get("case_numbers", ())),
            people=tuple(Person.from_dict(p) for p in d.get("people", ())),
            attachment_of=AttachmentRef.from_dict(att) if att else None,
            pages=_pages(d.get("pages")),
            items=tuple(Item.from_dict(i) for i in d.get("items", ())),
            sections=tuple(Section.from_dict(s) for s in d.get("sections", ())),
            proposal=d.get("proposal"),
            text=d.get("text", ""),
            page_starts=_page_starts(d.get("page_starts")),
            matter_case_numbers=tuple(d.get("matter_case_numbers", ())),
        )

    @property
    def cases(self) -> tuple[str, ...]:
        """The case numbers a search by case finds this document under."""
        return self.case_numbers or self.matter_case_numbers


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    sha256: str
    format: str
    pages: int
    ocr_pages: int = 0
    encoding: str | None = None
    cpr_masked: int = 0
    unreadable_pages: tuple[int, ...] = ()

    def to_dict(self) -> dict:
        d = {
            "path": self.path,
            "sha256": self.sha256,
            "format": self.format,
            "pages": self.pages,
            "ocr_pages": self.ocr_pages,
            "encoding": self.encoding,
            "cpr_masked": self.cpr_masked,
        }
        if self.unreadable_pages:  # present only when a page was lost
            d["unreadable_pages"] = list(self.unreadable_pages)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Source:
        return cls(d["path"], d["sha256"], d["format"], int(d["pages"]),
                   int(d.get("ocr_pages", 0)), d.get("encoding"), int(d.get("cpr_masked", 0)),
                   tuple(int(n) for n in d.get("unreadable_pages", ())))


@dataclass(frozen=True, slots=True)
class ParseResult:
    """Everything parsed from one file."""

    source: Source
    documents: tuple[Document, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        return {"source": self.source.to_dict(),
                "documents": [d.to_dict() for d in self.documents]}

    @classmethod
    def from_dict(cls, d: dict) -> ParseResult:
        return cls(Source.from_dict(d["source"]),
                   tuple(Document.from_dict(x) for x in d["documents"]))

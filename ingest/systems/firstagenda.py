"""FirstAgenda Publication's meeting JSON (Greve, Hvidovre, Aarhus and others) -> records.

One file is one meeting: `Udvalg` (the committee), `Moede` (date, place, participants
with absence) and `Dagsordenpunkter` (items: number, title, case number, `Felter` whose
`Html` holds the decision, the presentation, the proposal and the case history, and
`Bilag`, the attachments by name). Keys come in Danish and, in newer versions, also in
English (`Caption`, `Number`, `CaseNumber`); either is read.

`IsOpen` is not trusted: Greve's export says false for every item, open ones too. A
closed item is marked the way the system prints it, by a 'Lukket:' title.
"""
from __future__ import annotations

from dataclasses import replace

from ingest.records import Attachment, Document, Item, Kind, Person
from ingest.systems import fields as f

FORMAT = "firstagenda-json"
ITEMS_KEYS = ("Dagsordenpunkter", "AgendaItems")
MEETING_KEYS = ("Moede", "Meeting")


def is_meeting(data: object) -> bool:
    """Whether parsed JSON is a FirstAgenda meeting (it has items and a meeting)."""
    return isinstance(data, dict) and any(isinstance(data.get(k), list) for k in ITEMS_KEYS) \
        and any(isinstance(data.get(k), dict) for k in MEETING_KEYS)


def read_meeting(data: dict) -> Document:
    """The meeting as one document with its items (`data` passed is_meeting)."""
    meeting = _first(data, MEETING_KEYS) or {}
    when = f.local_time(_text(meeting, "Dato", "MeetingBeginUtc", "MeetingDate"))
    date = f.iso_date(when)
    concluded = meeting.get("Afsluttet", True) is not False
    parsed = [_item(raw, date, concluded) for raw in _first(data, ITEMS_KEYS) or []
              if isinstance(raw, dict)]
    members, rest = f.merge_people(_participants(meeting), [n for _, n in parsed])
    items = tuple(replace(it, people=tuple(extra)) for (it, _), extra in zip(parsed, rest))
    body = f.body_name(_text(_first(data, ("Udvalg", "Committee")) or {}, "Navn", "Name"))
    return Document(
        kind=Kind.REFERAT if any(it.decision for it in items) else Kind.DAGSORDEN,
        title=_title(body, _text(meeting, "Navn", "Name")), body=body,
        date=date, start=f.hhmm(when),
        end=f.hhmm(f.local_time(_text(meeting, "MeetingEndUtc", "Slut", "MeetingEnd"))),
        location=f.one_line(_text(meeting, "Sted", "Location")) or None,
        case_numbers=tuple(dict.fromkeys(c for it in items for c in it.case_numbers)),
        people=tuple(members), items=items)


def _item(raw: dict, date: str | None, concluded: bool) -> tuple[Item, list[Person] | None]:
    """One agenda item, and the attendance noted on its decision (None: no decision)."""
    title, closed = f.closed_title(_text(raw, "Caption", "Navn", "Titel"))
    lead, sections = f.html_sections(_markup(raw))
    field = next((s.text for s in sections if f.is_decision_field(s.heading)), None)
    if field is None and lead and concluded:
        field = lead  # older template and closed items: the decision comes first, bare
    decision, noted = f.decision_from(field, date) if field else (None, [])
    case = f.one_line(_text(raw, "CaseNumber", "SagsNummer", "Sagsnummer"))
    attachments = _attachments(raw)
    item = Item(
        number=f.item_number(_text(raw, "Number", "Punktnummer", "Nummer")),
        title=title, case_numbers=(case,) if case else (), closed=closed,
        sections=tuple(sections),
        proposal=next((s.text for s in sections if f.is_proposal_field(s.heading)), None),
        decision=decision, text=f.item_text(lead, sections, attachments),
        attachments=attachments)
    return item, (noted if field else None)


def _markup(raw: dict) -> str:
    """The item's fields as one HTML text; a named field gets its name as a heading."""
    parts = []
    for field in _first(raw, ("Felter", "Fields")) or []:
        if not isinstance(field, dict):
            continue
        name = f.one_line(_text(field, "Navn", "Name"))
        body = _text(field, "Html", "Tekst", "Text")
        parts.append((f"<h3>{name}</h3>" if name else "") + body)
    decision = raw.get("ItemDecision")
    if isinstance(decision, str) and decision.strip():
        parts.insert(0, f"<h3>Beslutning</h3>{decision}")
    return "\n".join(parts)


def _attachments(raw: dict) -> tuple[Attachment, ...]:
    found = [b for b in _first(raw, ("Bilag", "Attachments")) or [] if isinstance(b, dict)]
    found.sort(key=lambda b: b.get("Order") or 0)  # stable: equal orders keep theirs
    out = []
    for b in found:
        title = f.one_line(_text(b, "Navn", "Name", "Title"))
        if title:
            out.append(Attachment(len(out) + 1, title, _text(b, "Id", "DocumentId") or None))
    return tuple(out)


def _participants(meeting: dict) -> list[Person]:
    out = []
    for p in _first(meeting, ("Moededeltagere", "Participants")) or []:
        name = f.one_line(_text(p, "Name", "Navn")) if isinstance(p, dict) else ""
        if name:
            out.append(f.member(name, _attendance(p)))
    return out


def _attendance(p: dict) -> str:
    if p.get("ParticipationCancelled") or p.get("Afbud"):
        return "afbud"
    if p.get("Absent") or p.get("Fravaerende"):
        return "fraværende"
    return "deltager"


def _title(body: str | None, name: str) -> str | None:
    """The body, and the meeting's own name when it says more ('Ekstraordinær
    dagsorden') than the kind of document."""
    name = f.one_line(name)
    if not name or name.lower() in {k.value for k in Kind}:
        return body
    return f"{body} ({name})" if body else name


def _first(d: dict, keys: tuple[str, ...]):
    for k in keys:
        if d.get(k) is not None:
            return d[k]
    return None


def _text(d: dict, *keys: str) -> str:
    value = _first(d, keys)
    return value if isinstance(value, str) else ("" if value is None else str(value))

"""Fujitsu eDoc agenda XML (Middelfart and others) -> records.

`<Root>` (namespace http://www.fujitsu.dk/agenda/xml/...) holds `Committee` with its
`Meeting`: date, end, location, participants (role, party letter, whether they take
part) and `Agenda/AgendaElements`, each a `HandlingItem` with serial number, title,
case number, `CasePresentations` (titled HTML fields, the decision flagged
`IsDecision`) and `Attachments`. An element not public (`AccessIsPublic` false) is on
the closed agenda.
"""
from __future__ import annotations

from xml.etree.ElementTree import Element

from ingest.records import Attachment, Document, Item, Kind, Person, Section
from ingest.systems import fields as f

FORMAT = "fujitsu-xml"
DATE_FORMATS = ("%d-%m-%Y %H:%M", "%d-%m-%Y %H:%M:%S", "%d-%m-%Y")


def is_meeting(root: Element) -> bool:
    """Fujitsu eDoc's agenda XML: a committee with a meeting and an agenda."""
    return root.find("Committee/Meeting") is not None


def read_meeting(root: Element) -> Document:
    """The meeting as one document with its items."""
    meeting = root.find("Committee/Meeting")
    when = f.local_time(meeting.findtext("MeetingDateTime"), DATE_FORMATS)
    date = f.iso_date(when)
    items = tuple(_item(el, date) for el in meeting.iterfind("Agenda/AgendaElements/AgendaElement")
                  if el.find("HandlingItem") is not None)
    body = f.body_name(root.findtext("Committee/Name"))
    return Document(
        kind=Kind.REFERAT if any(it.decision for it in items) else Kind.DAGSORDEN,
        title=body, body=body, date=date, start=f.hhmm(when),
        end=f.hhmm(f.local_time(meeting.findtext("EndDateTime"), DATE_FORMATS)),
        location=f.one_line(meeting.findtext("MeetingLocation")) or None,
        case_numbers=tuple(dict.fromkeys(c for it in items for c in it.case_numbers)),
        people=tuple(_participants(meeting)), items=items)


def _item(element: Element, date: str | None) -> Item:
    handling = element.find("HandlingItem")
    sections, decision_text = [], ""
    for cp in handling.iterfind("CasePresentations/CasePresentation"):
        heading, text = f.one_line(cp.findtext("Title")), f.text_of(cp.findtext("Content"))
        if (cp.findtext("IsDecision") or "").strip().lower() == "true" or \
                f.is_decision_field(heading):
            decision_text = decision_text or text
        if f.has_content(text):
            sections.append(Section(heading, text))
    decision_text = decision_text or _handling_decision(handling)
    decision, noted = f.decision_from(decision_text, date) if decision_text else (None, [])
    case = f.one_line(handling.findtext("CaseNumber"))
    attachments = _attachments(handling)
    return Item(
        number=f.item_number(handling.findtext("SerialNo")),
        title=f.one_line(handling.findtext("Title")),
        case_numbers=(case,) if case else (),
        closed=(element.findtext("AccessIsPublic") or "").strip().lower() == "false",
        sections=tuple(sections),
        proposal=next((s.text for s in sections if f.is_proposal_field(s.heading)), None),
        decision=decision, text=f.item_text("", sections, attachments),
        people=tuple(noted), attachments=attachments)


def _handling_decision(handling: Element) -> str:
    """The decision recorded on this meeting's step of the case's handling plan."""
    for h in handling.iterfind("HandlingPlan/Handling"):
        if (h.findtext("Placement") or "").strip() == "This":
            return f.text_of(h.findtext("Decision"))
    return ""


def _attachments(handling: Element) -> tuple[Attachment, ...]:
    out = []
    for a in handling.iterfind("Attachments/Attachment"):
        title = f.one_line(a.findtext("Title"))
        if not title:
            continue
        number = f.one_line(a.findtext("AttachmentNumber"))
        link = f.one_line(a.findtext("Link")).replace("\\", "/").rsplit("/", 1)[-1]
        out.append(Attachment(int(number) if number.isdigit() else len(out) + 1, title,
                              link or None))
    return tuple(out)


def _participants(meeting: Element) -> list[Person]:
    out = []
    for p in meeting.iterfind("MeetingParticipants/MeetingParticipant"):
        name = f.one_line(p.findtext("Name"))
        if not name:
            continue
        takes_part = (p.findtext("Participate") or "true").strip().lower() != "false"
        role = f.one_line(p.findtext("RoleInMeeting")).lower() or "deltager"
        out.append(Person(name, role if takes_part else "afbud",
                          f.party_letter(p.findtext("PoliticalPartyList"))))
    return out

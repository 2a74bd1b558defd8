"""SBSYS publication XML (eDagsorden; Ballerup, Region Hovedstaden and others) -> records.

`<Publication>` holds `Agendas/Agenda`: its name, the `Committee`, the `Meeting` (when,
until, where, members with their participation) and `Items`, each with number,
caption, `IsPublic`, the case, `Fields` (captioned HTML or plain text; the decision
fields are flagged `IsFeedback`) and `Enclosures` (attachments with their file names).

A decision field may log several meetings ('18. september 2012: Sagen udsat ...',
'25. september 2012: ...'); only this meeting's entry is its decision. Where an item
has decision fields for several bodies ('Forretningsudvalgets beslutning',
'Regionsrådets beslutning'), the one naming the meeting's body is its decision.
"""
from __future__ import annotations

import html
from xml.etree.ElementTree import Element

from ingest.records import Attachment, Document, Item, Kind, Person, Section
from ingest.systems import fields as f

FORMAT = "sbsys-xml"
DATE_FORMATS = ("%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d-%m-%Y")
# Participation states that mean the member is not at the meeting.
ABSENT_STATES = {"notparticipating": "afbud", "absent": "fraværende", "cancelled": "afbud"}


def is_meeting(root: Element) -> bool:
    """SBSYS's publication XML: a <Publication> with an agenda."""
    return root.tag == "Publication" and root.find("Agendas/Agenda") is not None


def read_meeting(root: Element) -> Document:
    """The (first) agenda of the publication as one document with its items."""
    agenda = root.find("Agendas/Agenda")
    when = f.local_time(agenda.findtext("Meeting/When"), DATE_FORMATS)
    date = f.iso_date(when)
    body = f.body_name(agenda.findtext("Committee/Name") or agenda.findtext("Name"))
    items = tuple(_item(el, date, body) for el in agenda.iterfind("Items/Item"))
    name = f.one_line(agenda.findtext("Name"))
    return Document(
        kind=Kind.REFERAT if any(it.decision for it in items) else Kind.DAGSORDEN,
        title=name or body, body=body, date=date, start=f.hhmm(when),
        end=f.hhmm(f.local_time(agenda.findtext("Meeting/Until"), DATE_FORMATS)),
        location=f.one_line(agenda.findtext("Meeting/Where")) or None,
        case_numbers=tuple(dict.fromkeys(c for it in items for c in it.case_numbers)),
        people=tuple(_members(agenda)), items=items)


def _item(element: Element, date: str | None, body: str | None) -> Item:
    sections, decisions = [], []
    for field in element.iterfind("Fields/ItemField"):
        heading, text = f.one_line(field.findtext("Caption")), _field_text(field)
        if (field.findtext("IsFeedback") or "").strip().lower() == "true":
            decisions.append((heading, text))
        if f.has_content(text):
            sections.append(Section(heading, text))
    decision, noted = f.decision_from(_own_decision(decisions, body), date)
    case = f.one_line(element.findtext("Case/Number"))
    attachments = _enclosures(element)
    return Item(
        number=f.item_number(element.findtext("Number")),
        title=f.one_line(element.findtext("Caption")),
        case_numbers=(case,) if case else (),
        closed=(element.findtext("IsPublic") or "").strip().lower() == "false",
        sections=tuple(sections),
        proposal=next((s.text for s in sections if f.is_proposal_field(s.heading)), None),
        decision=decision, text=f.item_text("", sections, attachments), people=tuple(noted),
        attachments=attachments)


def _field_text(field: Element) -> str:
    content = field.findtext("Content") or ""
    if (field.findtext("FieldTypeAsEnum") or "").strip().lower() != "html":
        content = html.escape(content).replace("\n", "<br>")  # plain text keeps its lines
    return f.text_of(content)


def _own_decision(decisions: list[tuple[str, str]], body: str | None) -> str:
    """The decision field of the meeting's own body, else the first one with text."""
    key = _stem(body)
    own = [text for heading, text in decisions if key and key in _stem(heading)]
    filled = own or [text for _, text in decisions if text]
    return filled[0] if filled else ""


def _stem(name: str | None) -> str:
    """'Forretningsudvalget' and 'FORRETNINGSUDVALGETS BESLUTNING' share 'forretningsudvalg'."""
    word = (name or "").split()[0].lower() if (name or "").split() else ""
    for ending in ("ets", "et", "ens", "en", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word


def _enclosures(element: Element) -> tuple[Attachment, ...]:
    out = []
    for e in element.iterfind("Enclosures/Enclosure"):
        title = f.one_line(e.findtext("Name"))
        if not title:
            continue
        number = f.one_line(e.findtext("Number"))
        file = f.one_line(e.findtext("InstantiationFileName")) or \
            f.one_line(e.findtext("FileName")).replace("\\", "/").rsplit("/", 1)[-1]
        out.append(Attachment(int(number) if number.isdigit() else len(out) + 1, title,
                              file or None))
    return tuple(out)


def _members(agenda: Element) -> list[Person]:
    out = []
    for m in agenda.iterfind("Meeting/Members/MeetingMember"):
        raw = f.one_line(m.findtext("Name"))
        if raw:
            state = f.one_line(m.findtext("ParticipationStatusAsText")).lower()
            out.append(f.member(raw, ABSENT_STATES.get(state, "deltager")))
    return out

"""eDoc (KMD) AgendaPublishing XML (Ballerup and others) -> records.

`<Meeting>` holds the committee and date, and per agenda type ('Åben dagsorden',
'Lukket dagsorden') the whole referat as `FullText` and its items: number, the item's
document (title, attachments with their PDF names) and the item's own `FullText`.
The structure (numbers, titles, closed part, attachments) comes from the XML; the
sections, case number and decision come from each item's text, read by the same
parser as a PDF's text, so both sources describe the meeting alike.
"""
from __future__ import annotations

import re
from dataclasses import replace
from xml.etree.ElementTree import Element

from ingest.clean import clean_lines
from ingest.pages import RawDocument, RawPage
from ingest.records import Attachment, Document, Item, Kind, Source
from ingest.systems import fields as f

FORMAT = "edoc-xml"
DATE_FORMATS = ("%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d-%m-%Y")


def is_meeting(root: Element) -> bool:
    """eDoc's publishing XML: a <Meeting> root with a committee and agenda types."""
    return root.tag == "Meeting" and root.find("MeetingAgendaTypes") is not None


def read_meeting(root: Element) -> Document:
    """The meeting as one document with its items."""
    when = f.local_time(root.findtext("MeetingDate"), DATE_FORMATS)
    items, header = [], None
    for agenda in root.iter("MeetingAgendaType"):
        closed = f.is_closed_label(agenda.findtext("AgendaType") or "")
        items += [_item(x, closed) for x in agenda.iter("MeetingAgendaItem")]
        header = header or _parse_text(agenda.findtext("FullText") or "")
    items.sort(key=lambda it: _number_key(it.number))
    body = f.body_name(root.findtext("Committee"))
    return Document(
        kind=Kind.REFERAT if any(it.decision for it in items) else Kind.DAGSORDEN,
        title=body, body=body, date=f.iso_date(when),
        start=f.hhmm(when) or (header.start if header else None),
        end=header.end if header else None,
        location=header.location if header else None,
        case_numbers=tuple(dict.fromkeys(c for it in items for c in it.case_numbers)),
        people=header.people if header else (), items=tuple(items))


def _item(raw: Element, closed: bool) -> Item:
    doc = raw.find("Document")
    title = f.one_line(doc.findtext("Title") if doc is not None else "") or \
        f.one_line(raw.findtext("Document/AgendaItems/AgendaItem/Name"))
    number = f.item_number(raw.findtext("AgendaItemNumber"))
    parsed = _parse_text(raw.findtext("FullText") or "")
    found = parsed.items[0] if parsed and parsed.items else Item(number, title)
    return replace(found, number=number, title=title, closed=closed or found.closed,
                   attachments=_attachments(doc), pages=None)


def _attachments(doc: Element | None) -> tuple[Attachment, ...]:
    out: list[Attachment] = []
    for a in doc.iter("Attachment") if doc is not None else ():
        title = f.one_line(a.findtext("Title") or a.findtext("NeutralTitle"))
        if title:
            out.append(Attachment(len(out) + 1, title, f.one_line(a.findtext("PDFDocument"))
                                  or a.get("attachmentid")))
    return tuple(out)


def _parse_text(text: str) -> Document | None:
    """A full-text field read by the text parser (as a PDF's text would be)."""
    from ingest.pipeline import parse_raw  # the pipeline imports the readers

    lines = clean_lines(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    if not any(lines):
        return None
    raw = RawDocument("text", (RawPage(1, tuple(lines)),))
    docs = parse_raw(raw, Source("", "0" * 64, "text", 1)).documents
    return docs[0] if docs else None


def _number_key(number: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in re.split(r"\D+", number) if p) or (0,)

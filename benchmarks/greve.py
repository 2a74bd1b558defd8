"""The Greve meetings (FirstAgenda Publication API JSON) as records, for the benchmarks.

A stand-in until the meeting-system export reader lands in `ingest/`: it reads only what
search needs (body, date, item number, title, case number, the item's text and its
decision) so the query benchmark can run over real Danish meeting vocabulary now. When
`referat ingest` reads these files itself, the benchmark imports them that way instead.
"""
from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from ingest.decisions import make_decision
from ingest.records import Document, Item, Kind, ParseResult, Source

DECISION_HEADING = re.compile(r"^Beslutning\b", re.I)


class _Sections(HTMLParser):
    """Item HTML -> [(heading, text)], split at h2/h3 headings."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[list[str]] = [["", ""]]
        self.in_heading = False

    def handle_starttag(self, tag, attrs):
        if tag in ("h2", "h3", "h4"):
            self.in_heading = True
            self.sections.append(["", ""])
        elif tag in ("p", "div", "li", "br", "tr"):
            self.sections[-1][1] += "\n"

    def handle_endtag(self, tag):
        if tag in ("h2", "h3", "h4"):
            self.in_heading = False

    def handle_data(self, data):
        self.sections[-1][0 if self.in_heading else 1] += data


def _sections(html: str) -> list[tuple[str, str]]:
    p = _Sections()
    p.feed(html or "")
    out = []
    for heading, text in p.sections:
        text = "\n".join(" ".join(line.split()) for line in text.splitlines())
        text = re.sub(r"\n{2,}", "\n", text).strip()
        if heading.strip() or text:
            out.append((" ".join(heading.split()), text))
    return out


def _item(raw: dict) -> Item:
    sections = [s for f in raw.get("Felter") or [] for s in _sections(f.get("Html") or "")]
    decision = "\n".join(t for h, t in sections if DECISION_HEADING.match(h))
    text = "\n\n".join(f"{h}\n{t}" if h else t for h, t in sections)
    case = raw.get("SagsNummer") or raw.get("CaseNumber")
    return Item(number=str(raw.get("Punktnummer") or raw.get("Number") or ""),
                title=" ".join((raw.get("Navn") or raw.get("Caption") or "").split()),
                case_numbers=(case,) if case else (), text=text,
                decision=make_decision(decision) if decision else None)


def read_meeting(path: Path) -> ParseResult:
    """One meeting file as a ParseResult (one document, its items)."""
    raw = path.read_bytes()
    data = json.loads(raw)
    meeting = data.get("Moede") or {}
    date = (meeting.get("Dato") or "")[:10] or None
    items = tuple(_item(i) for i in data.get("Dagsordenpunkter") or [])
    kind = Kind.REFERAT if any(i.decision for i in items) else Kind.DAGSORDEN
    body = (data.get("Udvalg") or {}).get("Navn")
    doc = Document(kind=kind, title=f"{meeting.get('Navn') or kind.value} {body} {date}",
                   body=body, date=date, location=meeting.get("Sted"), items=items)
    source = Source(str(path), hashlib.sha256(raw).hexdigest(), "firstagenda-json", 1)
    return ParseResult(source, (doc,))


def read_all(folder: Path) -> list[ParseResult]:
    """Every meeting file in a folder."""
    return [read_meeting(p) for p in sorted(folder.glob("*.json"))]

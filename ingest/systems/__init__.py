"""Meeting systems' own exports, read by content: JSON keys or the XML root element.

Each system is one module with `is_meeting(parsed) -> bool` and
`read_meeting(parsed) -> Document`; a new system is one module and one table entry.
An export's records are handed on in `RawDocument.documents`, not as pages of text.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ingest.errors import UnsupportedFormat
from ingest.pages import RawDocument
from ingest.records import Document
from ingest.systems import edoc, firstagenda, fujitsu, sbsys
from ingest.systems.load import load_json, load_xml, mask_cpr, read_capped

System = tuple[str, Callable[[object], bool], Callable[[object], Document]]

JSON_SYSTEMS: tuple[System, ...] = (
    (firstagenda.FORMAT, firstagenda.is_meeting, firstagenda.read_meeting),
)
XML_SYSTEMS: tuple[System, ...] = (
    (edoc.FORMAT, edoc.is_meeting, edoc.read_meeting),
    (fujitsu.FORMAT, fujitsu.is_meeting, fujitsu.read_meeting),
    (sbsys.FORMAT, sbsys.is_meeting, sbsys.read_meeting),
)
FORMATS = tuple(name for name, _, _ in JSON_SYSTEMS + XML_SYSTEMS)


def read_json_export(path: Path, **_: object) -> RawDocument:
    """A JSON meeting export (FirstAgenda) as records."""
    raw, masked = mask_cpr(read_capped(path))
    data = load_json(raw)
    for name, is_meeting, read_meeting in JSON_SYSTEMS:
        if is_meeting(data):
            return RawDocument(name, (), "utf-8", (read_meeting(data),), masked)
    keys = ", ".join(sorted(map(str, data))[:6]) if isinstance(data, dict) else \
        f"a JSON {type(data).__name__}"
    raise UnsupportedFormat(f"JSON without FirstAgenda meeting keys (Dagsordenpunkter, "
                            f"Moede); it has {keys or 'no keys'}: not a meeting export")


def read_xml_export(path: Path, **_: object) -> RawDocument:
    """An XML meeting export (eDoc, Fujitsu eDoc, SBSYS) as records."""
    raw, masked = mask_cpr(read_capped(path))
    root = load_xml(raw)
    for name, is_meeting, read_meeting in XML_SYSTEMS:
        if is_meeting(root):
            return RawDocument(name, (), None, (read_meeting(root),), masked)
    raise UnsupportedFormat(
        f"XML with root element <{root.tag}> is not a meeting export referat reads "
        "(eDoc <Meeting>, Fujitsu eDoc <Root> with a Committee, SBSYS <Publication>)")


def looks_like(head: bytes) -> str | None:
    """'json' or 'xml' when a file's first bytes open such a document, else None."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:1] in (b"{", b"["):
        return "json"
    if text[:1] == b"<" and not text[:200].lower().lstrip(b"<!").startswith((b"doctype html",
                                                                              b"html")):
        return "xml"
    return None

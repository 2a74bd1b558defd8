"""Loading export files safely: size caps, one-line errors, and XML without DTDs.

defusedxml is used only here: it refuses DTDs and entity declarations, so an
entity-expansion bomb or an external entity never reaches the parser.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ingest.errors import CorruptDocument
from ingest.privacy import mask_text
from ingest.textfile import read_bytes

# The largest real export seen (a Greve Byråd meeting) is under 1 MiB; a meeting
# export of this size is something else, and parsing it would hold it all in memory.
MAX_EXPORT_BYTES = 64 * 1024 * 1024
# XML 1.0 forbids control characters even as references, but eDoc writes page breaks
# as '&#xC;' inside its full-text fields: read them as line breaks.
_CONTROL_REF = re.compile(rb"&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def read_capped(path: Path) -> bytes:
    """An export's bytes, refusing empty and oversized files."""
    return read_bytes(path, MAX_EXPORT_BYTES, "export", "an export holds one meeting")


def mask_cpr(data: bytes) -> tuple[bytes, int]:
    """The bytes with CPR numbers masked, and how many, before anything parses them.

    Latin-1 maps every byte to one character and back, and the digits are ASCII in
    UTF-8 and the Windows code pages alike, so no other byte changes."""
    text, count = mask_text(data.decode("latin-1"))
    return (text.encode("latin-1") if count else data), count


def load_json(data: bytes) -> object:
    """Parsed JSON, or CorruptDocument naming where it breaks."""
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise CorruptDocument(f"malformed JSON: not UTF-8 (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise CorruptDocument(f"malformed JSON: {exc.msg} at line {exc.lineno} "
                              f"column {exc.colno}") from exc
    except RecursionError as exc:
        raise CorruptDocument("malformed JSON: nested too deeply") from exc


def load_xml(data: bytes) -> Element:
    """Parsed XML with namespaces dropped from tag names, or CorruptDocument."""
    data = _CONTROL_BYTES.sub(b" ", _CONTROL_REF.sub(b"\n", data))
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise CorruptDocument("XML with a DTD or entity declarations is refused "
                              "(entity expansion risk); export it without one") from exc
    except ParseError as exc:
        line, col = exc.position
        raise CorruptDocument(f"malformed XML: {_reason(exc)} at line {line} "
                              f"column {col}") from exc
    for el in root.iter():
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = el.tag.rsplit("}", 1)[1]
    return root


def _reason(exc: ParseError) -> str:
    return re.sub(r":\s*line \d+, column \d+$", "", str(exc))

"""One file in, records out: read -> strip furniture -> segment -> parse."""
from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from ingest import furniture, protocol, readers, segment, settings
from ingest import ocr as ocr_mod
from ingest.errors import NoText, NotMeetingDocument
from ingest.pages import RawDocument
from ingest.parse import (annotate_decisions, link_packet, link_proposals, not_meeting_reason,
                          parse_segment)
from ingest.privacy import mask_pages, mask_records, mask_result
from ingest.records import OcrMode, ParseResult, Source


def sha256_file(path: Path) -> str:
    """The hex sha256 of a file's bytes."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def display_path(path: Path | str) -> str:
    """A file's path as the user named it, fit to store and show (see
    readers.display_name): never resolved against the working directory, so the same
    command names the same file the same way wherever it runs."""
    return readers.display_name(path)


def _require_text(raw: RawDocument, ocr: OcrMode) -> None:
    """A file with no readable text is an error, not an empty record."""
    chars = sum(len("".join(p.lines + p.sidebar).strip()) for p in raw.pages)
    if chars >= 10:
        return
    n = len(raw.pages)
    if raw.format != "pdf":
        raise NoText(f"no text in the file ({n} page(s))")
    if ocr == OcrMode.NEVER:
        hint = "OCR is off; run again with --ocr auto"
    elif not ocr_mod.available():
        hint = "OCR needs tesseract: apt-get install tesseract-ocr tesseract-ocr-dan"
    else:
        hint = "OCR found no text either; the pages are blank or only pictures"
    raise NoText(f"no readable text on {n} page(s): the PDF has no text layer; {hint}")


def parse_raw(raw: RawDocument, source: Source) -> ParseResult:
    """Records from pages already read; NotMeetingDocument when the file is none."""
    lines, stamps, furn = furniture.strip(raw.pages)
    docs = protocol.documents(lines) if not stamps else None
    if docs is None:
        docs = []
        for seg in segment.split(lines, stamps):
            pages = {x.page for x in seg.lines}
            own_furniture = [f for f in furn if f.page in pages]
            docs.append(parse_segment(seg, own_furniture))
        reason = not_meeting_reason(lines, docs, raw.format)
        if reason:
            raise NotMeetingDocument(f"not a meeting document: {reason}")
    docs = annotate_decisions(link_proposals(link_packet(docs)))
    return mask_result(ParseResult(source, tuple(docs)))


def export_result(raw: RawDocument, path: Path, sha256: str | None = None,
                  shown: str | None = None) -> ParseResult:
    """Records a meeting system's export already holds: their decisions are compared
    with the proposals, and CPR numbers masked, as for any other file."""
    docs = tuple(annotate_decisions(list(raw.documents)))
    source = Source(path=shown or display_path(path), sha256=sha256 or sha256_file(path),
                    format=raw.format, pages=0, encoding=raw.encoding)
    result, masked = mask_records(ParseResult(source, docs))
    return replace(result, source=replace(result.source, cpr_masked=raw.cpr_masked + masked))


def parse_file(path: Path, ocr: OcrMode = OcrMode.AUTO, timeout: float | None = settings.TIMEOUT,
               ocr_cache: Path | None = None, sha256: str | None = None,
               shown: str | None = None) -> ParseResult:
    """Read and parse one file (PDF, text or HTML); `shown` is the path to record
    (default: the path as given, see display_path)."""
    raw = readers.read(path, ocr=ocr, timeout=timeout, ocr_cache=ocr_cache)
    if raw.documents:
        return export_result(raw, path, sha256, shown)
    _require_text(raw, ocr)
    raw, masked = mask_pages(raw)
    source = Source(path=shown or display_path(path), sha256=sha256 or sha256_file(path),
                    format=raw.format, pages=len(raw.pages), ocr_pages=raw.ocr_pages,
                    encoding=raw.encoding, cpr_masked=masked,
                    unreadable_pages=raw.unreadable_pages)
    return parse_raw(raw, source)

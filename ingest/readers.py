"""The reader registry: a file's suffix and first bytes pick the function that reads it.

A new format is one function and one entry in READERS.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from ingest.errors import CorruptDocument, EmptyFile, MissingFile, UnsupportedFormat
from ingest.htmlpage import read_html
from ingest.pages import RawDocument
from ingest.systems import looks_like, read_json_export, read_xml_export
from ingest.systems.word import read_docx
from ingest.textfile import read_text


def read_pdf_file(path: Path, ocr: str = "auto", deadline: float | None = None,
                  ocr_cache: Path | None = None, **_: object) -> RawDocument:
    """A PDF, page by page; pages without usable text are OCR'd (see ingest.ocr)."""
    from ingest import ocr as ocr_mod
    from ingest.pdf import read_pdf

    ocr_fn = ocr_mod.page_ocr(path, ocr_cache) if ocr != "never" else None
    pages = read_pdf(str(path), ocr_mode=ocr, ocr=ocr_fn, deadline=deadline)
    return RawDocument("pdf", pages)


Reader = Callable[..., RawDocument]

# suffix -> (format, reader); magic bytes win over the suffix.
READERS: dict[str, tuple[str, Reader]] = {
    ".pdf": ("pdf", read_pdf_file),
    ".txt": ("text", read_text),
    ".text": ("text", read_text),
    ".md": ("text", read_text),
    ".html": ("html", read_html),
    ".htm": ("html", read_html),
    ".json": ("json", read_json_export),  # meeting systems' exports: see ingest.systems
    ".xml": ("xml", read_xml_export),
    ".docx": ("docx", read_docx),
}
SUPPORTED = ", ".join(sorted(READERS))


def sniff(path: Path) -> tuple[str, Reader]:
    """The format and reader for a file, from its first bytes and its suffix."""
    head = _head(path)
    suffix = path.suffix.lower()
    if head.lstrip().startswith(b"%PDF-") or (b"%PDF-" in head[:1024] and suffix == ".pdf"):
        return READERS[".pdf"]
    if suffix == ".pdf":
        lowered = head.lower()
        if b"<html" in lowered or b"<!doctype html" in lowered:
            raise CorruptDocument("not a PDF: the file is an HTML page saved with a .pdf "
                                  "name (often a login or error page); download it again")
        raise CorruptDocument("not a PDF: the file does not start with %PDF-; it is damaged "
                              "or of another type")
    if suffix in READERS:
        return READERS[suffix]
    if (kind := looks_like(head)) is not None:  # an export saved without its suffix
        return READERS[f".{kind}"]
    raise UnsupportedFormat(f"unsupported file type '{suffix or 'no suffix'}'; "
                            f"referat reads {SUPPORTED}")


def read(path: Path, ocr: str = "auto", timeout: float | None = None,
         ocr_cache: Path | None = None) -> RawDocument:
    """Read any supported file into pages of text."""
    _, reader = sniff(path)
    deadline = time.monotonic() + timeout if timeout else None
    return reader(path, ocr=ocr, deadline=deadline, ocr_cache=ocr_cache)


def _head(path: Path) -> bytes:
    if not path.exists():
        raise MissingFile(f"no such file: {path}")
    if not path.is_file():
        raise MissingFile(f"not a file: {path}")
    if path.stat().st_size == 0:
        raise EmptyFile(f"empty file (0 bytes): {path.name}; re-export or remove it")
    with path.open("rb") as fh:
        return fh.read(2048)

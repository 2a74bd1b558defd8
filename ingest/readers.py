"""The reader registry: a file's suffix and first bytes pick the function that reads it.

A new format is one function and one entry in READERS.
"""
from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ingest.errors import CorruptDocument, EmptyFile, MissingFile, UnsupportedFormat
from ingest.htmlpage import read_html
from ingest.pages import RawDocument
from ingest.systems import looks_like, read_json_export, read_xml_export
from ingest.systems.word import read_docx
from ingest.privacy import mask_path
from ingest.textfile import read_text


def read_pdf_file(path: Path, ocr: str = "auto", deadline: float | None = None,
                  ocr_cache: Path | None = None, pages: range | None = None,
                  **_: object) -> RawDocument:
    """A PDF, page by page (or the page indexes in `pages`); pages without usable text
    are OCR'd (see ingest.ocr)."""
    from ingest import ocr as ocr_mod
    from ingest.pdf import read_pdf

    ocr_fn = ocr_mod.page_ocr(path, ocr_cache) if ocr != "never" else None
    read = read_pdf(str(path), ocr_mode=ocr, ocr=ocr_fn, deadline=deadline, pages=pages)
    return RawDocument("pdf", read)


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
         ocr_cache: Path | None = None, pages: range | None = None) -> RawDocument:
    """Read any supported file into pages of text (of a PDF, only the page indexes in
    `pages` when given: a part read apart)."""
    _, reader = sniff(path)
    deadline = time.monotonic() + timeout if timeout else None
    return _untrapped(reader(path, ocr=ocr, deadline=deadline, ocr_cache=ocr_cache,
                             pages=pages))


# Letters that a case-insensitive pattern takes for another letter while str.lower()
# does not: 'ſeptember' (long s, older print) matches a month pattern and then is not
# found in the month table. Read as the letters they stand for.
_CASE_TRAPS = str.maketrans({"ſ": "s", "\u212a": "K", "\u212b": "Å", "\u0130": "I",
                             "\u0131": "i"})
_TRAP_CHARS = frozenset("ſ\u212a\u212b\u0130\u0131")


def _untrapped(raw: RawDocument) -> RawDocument:
    pages = tuple(
        replace(p, lines=tuple(x.translate(_CASE_TRAPS) for x in p.lines),
                sidebar=tuple(x.translate(_CASE_TRAPS) for x in p.sidebar))
        if any(_TRAP_CHARS.intersection(x) for x in p.lines + p.sidebar) else p
        for p in raw.pages)
    return replace(raw, pages=pages)


def not_a_file(path: Path) -> str | None:
    """Why a path cannot be read as a file (missing, a dangling or looping link, a
    folder, a pipe, a device, unreadable), or None when it is a regular file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return "dangling symbolic link: its target does not exist" if path.is_symlink() \
            else "no such file"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop: the link leads back to itself"
        return f"cannot read the file's attributes ({exc.strerror or exc})"
    kind = _KINDS.get(stat.S_IFMT(st.st_mode))
    if kind:
        return f"{kind}, not a regular file; not read"
    if not os.access(path, os.R_OK):
        return "permission denied: the file cannot be read (check its owner and mode)"
    return None


def display_name(path: Path | str) -> str:
    """A path as given, fit for a message (escaped, CPR numbers masked)."""
    return mask_path(os.fspath(path))


_KINDS = {stat.S_IFDIR: "a folder", stat.S_IFIFO: "a named pipe (FIFO)",
          stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
          stat.S_IFSOCK: "a socket"}


def _head(path: Path) -> bytes:
    reason = not_a_file(path)
    if reason == "no such file":
        raise MissingFile(f"no such file: {display_name(path)}")
    if reason:
        raise MissingFile(reason)
    if path.stat().st_size == 0:
        raise EmptyFile(f"empty file (0 bytes): {display_name(path.name)}; re-export or "
                        "remove it")
    try:
        with path.open("rb") as fh:
            return fh.read(2048)
    except OSError as exc:
        raise MissingFile(f"cannot read {display_name(path)}: {exc.strerror or exc}") from exc

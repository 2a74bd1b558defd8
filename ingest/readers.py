"""The reader registry: a file's suffix and first bytes pick the function that reads it.

A new format is one function and one entry in READERS.
"""
from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from ingest.clean import clean_lines
from ingest.errors import CorruptDocument, EmptyFile, MissingFile, TooLarge, UnsupportedFormat
from ingest.pages import RawDocument, RawPage

MAX_TEXT_BYTES = 50 * 1024 * 1024
TEXT_ENCODINGS = ("utf-8", "cp1252", "latin-1")
_TEXT_PAGE_BAND = 4  # lines at each end of a text page that may be furniture


def read_text(path: Path, **_: object) -> RawDocument:
    """Plain text: UTF-8, else cp1252, else latin-1; form feeds separate pages."""
    data = _bytes(path)
    text, encoding = decode(data)
    return RawDocument("text", _text_pages(text), encoding)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text with the first encoding that fits, and its name."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for enc in TEXT_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        # cp1252 leaves C1 controls undefined; latin-1 takes anything.
        return text, enc
    raise CorruptDocument("text could not be decoded")  # unreachable: latin-1 decodes all


def _text_pages(text: str) -> tuple[RawPage, ...]:
    pages = []
    for n, chunk in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\f"), 1):
        lines = clean_lines(chunk.split("\n"))
        band = min(_TEXT_PAGE_BAND, len(lines) // 3)
        pages.append(RawPage(number=n, lines=tuple(lines), top=band, bottom=band))
    return tuple(p for p in pages if p.lines) or (RawPage(number=1, lines=()),)


class _HtmlText(HTMLParser):
    """HTML to lines: block elements and table cells break lines, headings and
    paragraphs are set off by blank lines; scripts and styles are dropped."""

    BLOCK = {"p", "div", "li", "tr", "td", "th", "br", "section", "article", "table",
             "ul", "ol", "dt", "dd", "blockquote", "pre", "title"}
    PARA = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "table", "section", "article"}
    # Not 'form' (ASP.NET pages wrap everything in one) nor 'button' (FirstAgenda
    # prints item titles on accordion buttons).
    SKIP = {"script", "style", "noscript", "head", "template", "svg", "nav", "select",
            "option"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.PARA:
            self.parts.append("\n\n")
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.PARA:
            self.parts.append("\n\n")
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def read_html(path: Path, **_: object) -> RawDocument:
    """An HTML meeting page as one page of text lines."""
    text, encoding = decode(_bytes(path))
    m = re.search(r"<title[^>]*>(.*?)</title>", text, re.I | re.S)
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    body = "".join(parser.parts)
    if m:
        body = html.unescape(" ".join(m.group(1).split())) + "\n\n" + body
    lines = clean_lines(_join_number_cells(body.split("\n")))
    return RawDocument("html", (RawPage(number=1, lines=tuple(lines)),), encoding)


def _join_number_cells(lines: list[str]) -> list[str]:
    """'6.' in one table cell and its title in the next become one line; so does a
    bare '6' whose title is followed by a case number (FirstAgenda: 'Punkt', 'Titel')."""
    out: list[str] = []
    pending = None
    texts = [x.strip() for x in lines]
    for i, s in enumerate(texts):
        if pending is not None and s:
            out.append(f"{pending} {s}")
            pending = None
        elif re.fullmatch(r"\d{1,4}(\.\d{1,2})?\.", s):
            pending = s
        elif re.fullmatch(r"\d{1,3}", s) and _case_after_title(texts, i):
            pending = f"{s}."
        elif pending is None:
            out.append(lines[i])
    return out


def _case_after_title(texts: list[str], i: int) -> bool:
    after = [t for t in texts[i + 1: i + 8] if t][:2]
    return len(after) == 2 and bool(re.match(r"[A-ZÆØÅ]", after[0])) and \
        bool(re.fullmatch(r"[A-ZÆØÅ]{2,5}-\d{4}-\d{3,7}", after[1]))


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


def _bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(f"empty file (0 bytes): {path.name}; re-export or remove it")
    if size > MAX_TEXT_BYTES:
        raise TooLarge(f"text file of {size // 2**20} MiB is over the "
                       f"{MAX_TEXT_BYTES // 2**20} MiB limit; split it")
    return path.read_bytes()

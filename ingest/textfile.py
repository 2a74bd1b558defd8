"""Plain text files: decoding and form-feed pages."""
from __future__ import annotations

from pathlib import Path

from ingest.clean import clean_lines
from ingest.errors import CorruptDocument, EmptyFile, TooLarge
from ingest.pages import RawDocument, RawPage

MAX_TEXT_BYTES = 50 * 1024 * 1024
TEXT_ENCODINGS = ("utf-8", "cp1252", "latin-1")
_TEXT_PAGE_BAND = 4  # lines at each end of a text page that may be furniture


def read_text(path: Path, **_: object) -> RawDocument:
    """Plain text: UTF-8, else cp1252, else latin-1; form feeds separate pages."""
    data = read_bytes(path)
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


def read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(f"empty file (0 bytes): {path.name}; re-export or remove it")
    if size > MAX_TEXT_BYTES:
        raise TooLarge(f"text file of {size // 2**20} MiB is over the "
                       f"{MAX_TEXT_BYTES // 2**20} MiB limit; split it")
    return path.read_bytes()

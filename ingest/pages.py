"""What a reader hands on: pages of text lines, before any parsing."""
from __future__ import annotations

from dataclasses import dataclass

from ingest.records import Document


@dataclass(frozen=True, slots=True)
class RawPage:
    """One page's text. `lines` is the body in reading order ('' marks a paragraph
    break); `sidebar` is a right-hand sender column read apart; the first `top` and
    last `bottom` lines sit in the header and footer bands. `strong` runs parallel to
    `lines`: whether each line is printed as a heading (bold, or larger than the page's
    body text); empty when the reader cannot tell."""

    number: int
    lines: tuple[str, ...]
    sidebar: tuple[str, ...] = ()
    top: int = 0
    bottom: int = 0
    ocr: bool = False
    unreadable: bool = False  # its text layer could not be read at all (reported)
    strong: tuple[bool, ...] = ()

    def is_strong(self, i: int) -> bool | None:
        """Line i's typography: True (heading), False (body) or None (unknown)."""
        return self.strong[i] if len(self.strong) == len(self.lines) else None


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A file's pages and how they were read. A meeting system's export has no pages
    but `documents`: records its reader built from the export's own structure."""

    format: str
    pages: tuple[RawPage, ...]
    encoding: str | None = None
    documents: tuple[Document, ...] = ()
    cpr_masked: int = 0  # exports mask CPR numbers in their text before it is parsed

    @property
    def ocr_pages(self) -> int:
        return sum(1 for p in self.pages if p.ocr)

    @property
    def unreadable_pages(self) -> tuple[int, ...]:
        """Numbers of the pages whose text could not be read."""
        return tuple(p.number for p in self.pages if p.unreadable)

"""Page furniture: running headers and footers, page numbers, attachment stamps.

Furniture is kept out of the body text but kept as information: the 'Punkt 3,
Bilag 2: ...' stamp says which agenda item an attachment belongs to, and a running
'Dato: 04.12.2012' header dates the document.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest import vocab
from ingest.pages import RawPage
from ingest.records import AttachmentRef
from ingest.vocab import terms

_PAGE = terms(vocab.PAGE_WORDS, whole=False).pattern
_OF = terms(vocab.PAGE_OF, whole=False).pattern
PAGE_NUMBER = re.compile(
    rf"^(?:(?:{_PAGE})\s*\d+(?:\s*(?:{_OF}|/)\s*\d+)?|\d+\s*(?:{_OF}|/)\s*\d+|"
    r"[-–—]\s*\d+\s*[-–—]|\d{1,3})$", re.I)
_STAMPS = tuple(re.compile(p, re.I) for p in vocab.ATTACHMENT_STAMPS_RE)


def attachment_stamp(text: str) -> re.Match | None:
    """The stamp an attachment's page carries ('Punkt 3, Bilag 2: Notat om ...')."""
    return next((m for p in _STAMPS if (m := p.match(text))), None)


@dataclass(frozen=True, slots=True)
class Line:
    """A body line with the page it stands on, whether it came from a sidebar, and
    whether it is printed as a heading (None: the reader cannot tell)."""

    text: str
    page: int
    sidebar: bool = False
    strong: bool | None = None


@dataclass(frozen=True, slots=True)
class Stamp:
    """An attachment stamp found on a page, with its position in the line stream."""

    ref: AttachmentRef
    title: str
    position: int
    page: int


def _key(line: str) -> str:
    """A line with its digits folded, so 'Side 3' and 'Side 4' repeat."""
    return re.sub(r"\d+", "#", line.strip().lower())


def repeated_keys(pages: tuple[RawPage, ...]) -> set[str]:
    """Header/footer lines that recur on most pages of a multi-page run."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for p in pages:
        band = set(p.lines[: p.top]) | set(p.lines[len(p.lines) - p.bottom:] if p.bottom else ())
        counts.update({_key(x) for x in band if x.strip()})
    need = max(2, int(0.5 * len(pages) + 0.5))
    return {k for k, c in counts.items() if c >= need}


TWIN_MIN_WORDS = 20  # shorter pages (a cover, 'Bilag 1') may repeat without being copies


def _words(page: RawPage) -> list[str]:
    """A page's words in any order: two readings of one page may order columns apart."""
    return sorted(" ".join(page.lines + page.sidebar).split())


def distinct_pages(pages: tuple[RawPage, ...]) -> tuple[RawPage, ...]:
    """The pages without twins: a page that repeats the page before it word for word
    (archives publish a scan followed by its transcribed text) is read once, at the
    first, so its matters and decisions are not counted twice."""
    kept: list[RawPage] = []
    for page in pages:
        words = _words(page)
        if kept and len(words) >= TWIN_MIN_WORDS and words == _words(kept[-1]):
            continue
        kept.append(page)
    return tuple(kept)


def strip(pages: tuple[RawPage, ...]) -> tuple[list[Line], list[Stamp], list[Line]]:
    """Body lines in reading order, attachment stamps, and the furniture lines removed."""
    pages = distinct_pages(pages)
    repeated = repeated_keys(pages)
    body: list[Line] = []
    stamps: list[Stamp] = []
    furniture: list[Line] = []
    for page in pages:
        lines = list(page.lines)
        drop = _band_furniture(lines, page, repeated)
        i = 0
        while i < len(lines):
            text = lines[i]
            stamp = attachment_stamp(text)
            if stamp:
                title = (stamp.group("title") or "").strip()
                if title.endswith(("-", "–")) and i + 1 < len(lines) and lines[i + 1]:
                    i += 1
                    title = f"{title} {lines[i]}"
                ref = AttachmentRef(stamp.group("item"), int(stamp.group("number")))
                stamps.append(Stamp(ref, title, len(body), page.number))
                furniture.append(Line(text, page.number))
            elif i in drop or PAGE_NUMBER.match(text) and _standalone(lines, i):
                furniture.append(Line(text, page.number))
            else:
                body.append(Line(text, page.number, strong=page.is_strong(i)))
            i += 1
        if page.sidebar:
            body.append(Line("", page.number, True))
            body.extend(Line(t, page.number, True) for t in page.sidebar)
        body.append(Line("", page.number))
    return body, stamps, furniture


def _band_furniture(lines: list[str], page: RawPage, repeated: set[str]) -> set[int]:
    """Indexes of header/footer band lines that repeat across pages.

    Each repeated key is dropped at most once per band, so a title that repeats the
    running header ('Referat') right under it stays in the body.
    """
    drop: set[int] = set()
    for indexes in (range(page.top), range(len(lines) - 1, len(lines) - 1 - page.bottom, -1)):
        left = set(repeated)
        for i in indexes:
            k = _key(lines[i]) if 0 <= i < len(lines) else ""
            if k in left:
                drop.add(i)
                left.discard(k)
    return drop


def _standalone(lines: list[str], i: int) -> bool:
    """A bare number counts as a page number only at the very top or bottom."""
    text = lines[i].strip()
    if not text.isdigit():
        return True
    nonblank = [j for j, x in enumerate(lines) if x.strip()]
    return bool(nonblank) and i in (nonblank[0], nonblank[-1])

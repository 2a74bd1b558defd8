"""A file's body lines -> the documents it holds (a meeting packet is split)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.dates import find_dates
from ingest.furniture import Line, Stamp
from ingest.records import AttachmentRef, Kind

# A document's own title word, alone on its line (title case: the all-caps
# 'INDSTILLING' inside an indstilling is a section heading, not a new document).
KIND_TITLE = re.compile(r"^(Referat|Dagsorden|Indstilling|Notat|Mødereferat|Beslutningsprotokol|"
                        r"Emne:)$")
KIND_WORDS = {"referat": Kind.REFERAT, "mødereferat": Kind.REFERAT,
              "beslutningsprotokol": Kind.REFERAT, "dagsorden": Kind.DAGSORDEN,
              "emne:": Kind.DAGSORDEN, "indstilling": Kind.INDSTILLING, "notat": Kind.NOTAT}
ITEM_START = re.compile(r"^(?:Punkt\s+\d+|\d{1,4}\.\s+[A-ZÆØÅ])")
MIN_LINES_BEFORE_SPLIT = 12


@dataclass(frozen=True, slots=True)
class Segment:
    """One document's lines within a file, with its attachment stamp if any."""

    lines: tuple[Line, ...]
    attachment: AttachmentRef | None
    stamp_title: str | None
    title_kind: Kind | None


def split(lines: list[Line], stamps: list[Stamp]) -> list[Segment]:
    """Cut the line stream where a new document starts."""
    cuts = [0]
    for i in range(1, len(lines)):
        if _starts_document(lines, i, cuts[-1], stamps):
            cuts.append(i)
    cuts.append(len(lines))
    segments = []
    for start, end in zip(cuts, cuts[1:]):
        own = [s for s in stamps if start <= _owner(lines, s) < end]
        body = tuple(lines[start:end])
        if not any(x.text.strip() for x in body) and not own:
            continue
        segments.append(Segment(body, own[0].ref if own else None,
                                own[0].title if own else None, _title_kind(body)))
    return segments or [Segment(tuple(lines), None, None, None)]


def _owner(lines: list[Line], stamp: Stamp) -> int:
    """The line a stamp belongs with: a footer stamp closes the lines above it on its
    page; a header stamp opens the lines below it."""
    p = stamp.position
    if p > 0 and (p >= len(lines) or lines[p - 1].page == stamp.page):
        return p - 1
    return min(p, len(lines) - 1)


def _starts_document(lines: list[Line], i: int, start: int, stamps: list[Stamp]) -> bool:
    text = lines[i].text.strip()
    if _stamp_changes(lines, i, stamps):
        return True
    if not KIND_TITLE.match(text) or lines[i].sidebar:
        return False
    current = [x.text for x in lines[start:i] if x.text.strip() and not x.sidebar]
    has_items = any(ITEM_START.match(x) for x in current)
    if not has_items and len(current) < MIN_LINES_BEFORE_SPLIT:
        return False
    if text in ("Indstilling", "Notat"):  # also a section heading inside an item
        return _memo_header_follows(lines, i)
    if text in ("Referat", "Dagsorden", "Mødereferat"):
        return _page_start(lines, i) or _item_follows(lines, i)
    return True


def _memo_header_follows(lines: list[Line], i: int) -> bool:
    """An indstilling or notat opens with a date or an addressee ('Til Rådmand ...')."""
    after = [x.text.strip() for x in lines[i + 1: i + 6] if x.text.strip()][:2]
    return any(re.match(r"^(?:Til|Dato)\b", x) or _starts_with_date(x) for x in after)


def _starts_with_date(text: str) -> bool:
    dates = find_dates(text)
    return bool(dates) and dates[0][1] <= 3


def _page_start(lines: list[Line], i: int) -> bool:
    prev = [x for x in lines[:i] if x.text.strip() and not x.sidebar]
    return not prev or prev[-1].page != lines[i].page


def _item_follows(lines: list[Line], i: int) -> bool:
    after = [x.text for x in lines[i + 1: i + 6] if x.text.strip()][:3]
    return any(ITEM_START.match(x) for x in after)


def _stamp_changes(lines: list[Line], i: int, stamps: list[Stamp]) -> bool:
    """On paged input, a page whose attachment stamp differs from the last stamp seen
    (a page that lost its stamp in extraction does not end the attachment)."""
    if lines[i].page == lines[i - 1].page or not stamps:
        return False
    page = lines[i].page
    here = next((s.ref for s in stamps if s.page == page), None)
    before = [s.ref for s in stamps if s.page < page]
    return here is not None and (not before or here != before[-1])


def _title_kind(body: tuple[Line, ...]) -> Kind | None:
    first = [x.text.strip() for x in body if x.text.strip()][:5]
    for text in first:
        if KIND_TITLE.match(text):
            return KIND_WORDS[text.lower()]
    return None

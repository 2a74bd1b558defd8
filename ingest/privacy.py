"""Personal identity numbers (CPR) are masked before anything is stored or shown."""
from __future__ import annotations

import json
import re
from datetime import date

from dataclasses import replace

from ingest.pages import RawDocument
from ingest.records import Document, ParseResult

CPR = re.compile(r"(?<![\d\-/.])(\d{2})(\d{2})(\d{2})[ \-]?(\d{4})(?![\d\-/])")
MASK = "[CPR]"


def _valid_date(dd: str, mm: str, yy: str, serial: str) -> bool:
    """The date part of a CPR number is a real date (the 7th digit picks the century)."""
    d, m, y, s7 = int(dd), int(mm), int(yy), int(serial[0])
    century = 1900
    if s7 in (4, 9):
        century = 2000 if y <= 36 else 1900
    elif s7 in (5, 6, 7, 8):
        century = 2000 if y <= 57 else 1800
    try:
        date(century + y, m, d)
    except ValueError:
        return False
    return True


def mask_text(text: str) -> tuple[str, int]:
    """The text with every valid CPR number replaced by [CPR], and how many."""
    count = 0

    def sub(m: re.Match) -> str:
        nonlocal count
        if _valid_date(m.group(1), m.group(2), m.group(3), m.group(4)):
            count += 1
            return MASK
        return m.group(0)

    return CPR.sub(sub, text), count


def mask_pages(raw: RawDocument) -> tuple[RawDocument, int]:
    """Pages with CPR numbers masked line by line, and how many there were."""
    total = 0
    pages = []
    for p in raw.pages:
        lines, sidebar = [], []
        for src, dst in ((p.lines, lines), (p.sidebar, sidebar)):
            for line in src:
                masked, n = mask_text(line)
                total += n
                dst.append(masked)
        pages.append(replace(p, lines=tuple(lines), sidebar=tuple(sidebar)))
    return (replace(raw, pages=tuple(pages)) if total else raw), total


def mask_result(result: ParseResult) -> ParseResult:
    """A parse result with CPR numbers masked in every string field."""
    return mask_records(result)[0]


def mask_records(result: ParseResult) -> tuple[ParseResult, int]:
    """A parse result with CPR numbers masked in every string field of its documents
    and in its path, and how many. The sha256 is left alone: ten of its digits can
    look like a CPR number, and masking them would file the records under another hash."""
    data = [d.to_dict() for d in result.documents]
    masked, n = mask_text(json.dumps(data, ensure_ascii=False))
    path, in_path = mask_text(result.source.path)
    if n + in_path == 0:
        return result, 0
    docs = tuple(Document.from_dict(d) for d in json.loads(masked))
    return replace(result, source=replace(result.source, path=path), documents=docs), n + in_path



"""Body lines -> record text, with the page each stretch of the text stands on."""
from __future__ import annotations

from ingest.furniture import Line


def join(texts: list[str]) -> str:
    """Lines as one text: trimmed, runs of blank lines kept as one, no blank ends."""
    return text_and_pages([Line(t, 0) for t in texts])[0]


def text_and_pages(lines: list[Line]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The joined text of lines and (character offset, page) where each page starts."""
    out: list[str] = []
    pages: list[int] = []
    for line in lines:
        s = line.text.strip()
        if s or (out and out[-1]):
            out.append(s)
            pages.append(line.page)
    while out and not out[-1]:
        out.pop()
        pages.pop()
    starts: list[tuple[int, int]] = []
    offset = 0
    for s, page in zip(out, pages):
        if s and (not starts or starts[-1][1] != page):
            starts.append((offset, page))
        offset += len(s) + 1
    if starts:
        starts[0] = (0, starts[0][1])
    return "\n".join(out), tuple(starts)


def page_range(lines: list[Line]) -> tuple[int, int] | None:
    """First and last page with text on it."""
    pages = [x.page for x in lines if x.text.strip()]
    return (min(pages), max(pages)) if pages else None

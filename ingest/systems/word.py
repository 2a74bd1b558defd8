"""Word documents (.docx) through python-docx: the body's headings, paragraphs and
tables in document order, as lines for the normal text parser.

python-docx is used only here. A table row becomes lines: a short first cell (a
number, a label) is joined with the first line of the next cell, so '6.' | 'Title'
reads '6. Title' and 'Baggrund' | 'Text' reads 'Baggrund Text', as in the HTML reader.
Explicit page breaks start a new page.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ingest.clean import clean_lines
from ingest.errors import CorruptDocument
from ingest.pages import RawDocument, RawPage
from ingest.systems.load import read_capped

# A first cell up to this long is a label or a number that leads its row.
LABEL_CELL_CHARS = 40
# Word's built-in heading styles, by their English and Danish names.
HEADING_STYLES = ("heading", "overskrift", "title", "titel")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path, **_: object) -> RawDocument:
    """A .docx as pages of text lines."""
    import docx  # loaded when a .docx is read, not by every command
    from docx.opc.exceptions import PackageNotFoundError

    data = read_capped(path)  # empty and oversized files fail here, with their own message
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError,
            SyntaxError) as exc:  # lxml's XMLSyntaxError is a SyntaxError
        raise CorruptDocument("not a readable .docx: the Word package is damaged or of "
                              "another type (a .doc saved as .docx?)") from exc
    pages = _pages(_body_lines(document))
    return RawDocument("docx", pages, "utf-8")


def _body_lines(document) -> list[str]:
    """Paragraphs and tables in document order; '\\f' marks a page break."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines += _paragraph(block)
        elif isinstance(block, Table):
            lines += _table(block) + [""]
    return lines


def _paragraph(p) -> list[str]:
    style = (p.style.name if p.style is not None else "") or ""
    text = p.text
    page_break = any(b.get(f"{_W}type") == "page" for b in p._p.iter(f"{_W}br"))
    out = ["\f"] if page_break else []
    if style.lower().startswith(HEADING_STYLES):
        return out + ["", text, ""]
    return out + text.split("\n")


def _table(table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells = _unique_cells(row)
        texts = [c.text.split("\n") for c in cells]
        lines += _row_lines(texts)
    return lines


def _unique_cells(row) -> list:
    """A merged cell is listed once per grid column it spans: keep it once."""
    out, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            out.append(cell)
    return out


def _row_lines(cells: list[list[str]]) -> list[str]:
    cells = [[x for x in c if x.strip()] for c in cells]
    cells = [c for c in cells if c]
    if len(cells) >= 2 and len(cells[0]) == 1 and len(cells[0][0]) <= LABEL_CELL_CHARS:
        first = f"{cells[0][0].strip()} {cells[1][0].strip()}"
        return [first] + cells[1][1:] + [x for c in cells[2:] for x in c]
    return [x for c in cells for x in c]


def _pages(lines: list[str]) -> tuple[RawPage, ...]:
    pages, current = [], []
    for line in lines + ["\f"]:
        if line == "\f":
            if any(x.strip() for x in current):
                pages.append(RawPage(len(pages) + 1, tuple(clean_lines(current))))
            current = []
        else:
            current.append(line)
    return tuple(pages) or (RawPage(1, ()),)

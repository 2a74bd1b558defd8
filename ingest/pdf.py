"""The pdfplumber adapter: layout-aware page text.

Per page: words are grouped into lines; vertical gutters that no line crosses split
the page into columns (read one after another) and a right-hand sender column (kept
apart as the sidebar); a narrow left column is a label/text table and is read row by
row; ruled tables are read a row per line. Pages without a usable text layer are
handed to OCR.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import logging
import math
import operator
import os
import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTCurve
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from ingest import pdfium, settings, vocab
from ingest.clean import clean_lines, clean_pairs, is_language
from ingest.errors import (CorruptDocument, EncryptedDocument, IngestError, ParseTimeout,
                           TooLarge)
from ingest.pages import RawPage

log = logging.getLogger(__name__)

MAX_PAGES = settings.MAX_PAGES  # longer files: split them ($REFERAT_MAX_PAGES)
_BIN = 2.0  # points per coverage bin
_GUTTER_MIN = 9.0  # points of clear space that make a gutter
_LINE_TOL = 3.0
_PITCH_MIN_GAPS = 6  # lines needed before a page's own spacing is trusted
_PITCH_MIN_RUNS = 2  # sentences running across wide gaps that say spacing is not breaks
_PITCH_SHARE = 0.1  # ... and their least share of the wide gaps
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
_BAND = 0.25  # header and footer candidates live in the top and bottom quarter
_LARGER = 1.15  # a line this much larger than the page's body text is a heading
_WORD_GAP = 1.5  # points between glyphs that still join them (a space is ~2.5 and more)
_BAND_GAP = 2.2  # line heights of clear space that set a header or footer off the body
_BLOCK_GAP = 1.6  # line heights of clear space between blocks that find columns apart
_PARAGRAPH_GAP = 0.9  # line heights of extra space that start a new paragraph
_GUTTER_CROSSINGS = 0.04  # share of lines that may cross a gutter (a spanning heading)
_LABEL_COLUMN = 0.22  # a first column narrower than this share of the text is a label
_SIDEBAR_START = 0.55  # a sender column starts right of this share of the page width
_SIDEBAR_WIDTH = 0.4  # and is narrower than this share of it
_PAGE_NUMBERS = 0.6  # share of numbers that makes a right-hand column page references
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|,b\b|-b\b|\bbd\b", re.I)


@dataclass(slots=True)
class _Line:
    top: float
    bottom: float
    x0: float
    x1: float
    words: list[dict]

    @property
    def text(self) -> str:
        """The words; a short value's label set apart from its value ('Afbud        Jens Hald
        (V)', a form printed without rules) is read as a label line ('Afbud: Jens Hald
        (V)'). A section's label beside its text ('Baggrund    I forbindelse med ...')
        stays the section's heading."""
        lead = _before_gap(self.words, _LABEL_GAP_SIZES)
        if lead is not self.words and not lead[-1]["text"].endswith(":") and \
                _VALUE_LABEL.fullmatch(" ".join(w["text"] for w in lead)):
            return " ".join(w["text"] for w in lead) + ": " + \
                " ".join(w["text"] for w in self.words[len(lead):])
        return " ".join(w["text"] for w in self.words)

    def strong(self, body_size: float) -> bool:
        """Printed as a heading: every word bold, or clearly larger than the body text. A
        note set apart at the line's right ('2. Overførsel af midler      Sag: 20/113') is
        no part of the heading's type when the heading holds most of the line."""
        words = [w for w in self.words if "size" in w]
        if not words:
            return False
        if all(_bold(w["font"]) for w in words):
            return True
        lead = _before_gap(words)
        letters = sum(len(w["text"]) for w in words)
        if all(_bold(w["font"]) for w in lead) and not lead[-1]["text"].endswith(":") and \
                sum(len(w["text"]) for w in lead) >= _LEAD_SHARE * letters:
            return True  # 'AppServerName:    eDocProd' is a label, no heading
        return body_size > 0 and min(w["size"] for w in words) >= _LARGER * body_size


_GAP_SIZES = 4  # a gap this many font sizes wide sets the rest of a line apart
_LABEL_GAP_SIZES = 2  # ... or a form's value apart from its label
_LEAD_SHARE = 0.7  # of a line's letters: the heading before such a gap


def _before_gap(words: list[dict], sizes: float = _GAP_SIZES) -> list[dict]:
    """The words before the first gap `sizes` font sizes wide, or all of them."""
    for k in range(1, len(words)):
        size = words[k - 1].get("size")
        if size and words[k]["x0"] - words[k - 1]["x1"] > sizes * size:
            return words[:k]
    return words


OcrFn = Callable[[int], str]


def read_pdf(path: str, ocr_mode: str = "auto", ocr: OcrFn | None = None,
             deadline: float | None = None, pages: range | None = None
             ) -> tuple[RawPage, ...]:
    """Read every page of a PDF (or the page indexes in `pages`, a part of it read
    apart); pages without usable text go to `ocr(page_index)`.

    PDFium reads the pages; pdfplumber reads the pages PDFium's boxes cannot stand in
    for (tables, turned text) and whole files PDFium refuses, so that its errors name
    what is wrong. The page cap is checked before any page is listed (listing 200,000
    pages costs pdfplumber 43 s and 0.9 GB): PDFium counts them as it opens the file
    (and when it refuses the file, page_count could not count them either). Each page
    is read on its own, so pages read in parts are the pages read in one go.
    """
    held = _unhold(path) if pages is not None else None
    try:
        doc = held.doc if held is not None and held.doc is not None else \
            pdfium.open_document(path)
    except Exception:  # noqa: BLE001 - pdfplumber reads it or says what is wrong
        return _read_plumber(path, ocr_mode, ocr, deadline, pages)
    source = _Source(path, doc)
    if held is not None:
        source.resume(held)
    read = None
    try:
        n = len(doc)
        _check_page_count(n)
        read = tuple(_read_page(source, i, ocr_mode, ocr, deadline)
                     for i in _indexes(n, pages))
        return read
    finally:
        if read is not None and pages is not None:
            _hold(source)
        else:
            source.close()


def _read_plumber(path: str, ocr_mode: str, ocr: OcrFn | None,
                  deadline: float | None, pages: range | None = None
                  ) -> tuple[RawPage, ...]:
    """Every page (of `pages`) read by pdfplumber alone; any error of the PDF libraries
    becomes one of ours."""
    source = _Source(path, None)
    try:
        n = len(source.plumber_pages())
        _check_page_count(n)
        return tuple(_read_page(source, i, ocr_mode, ocr, deadline)
                     for i in _indexes(n, pages))
    finally:
        source.close()


def _indexes(n: int, pages: range | None) -> range:
    """The page indexes to read of a document of n pages: all, or those of `pages`
    that it has."""
    return range(n) if pages is None else range(min(pages.start, n), min(pages.stop, n))


class _Source:
    """An open PDF: PDFium's document (None when PDFium refused the file) and
    pdfplumber's, opened on first need."""

    def __init__(self, path: str, doc):
        self.path, self.doc, self._pdf = path, doc, None
        self._walk, self._walked, self._doctop = None, [], 0.0

    def plumber(self):
        """pdfplumber's document (opening errors translated to ours)."""
        if self._pdf is None:
            try:
                self._pdf = pdfplumber.open(self.path)
            except IngestError:
                raise
            except Exception as exc:  # noqa: BLE001 - pdfminer raises a zoo of types
                raise _translate(exc) from exc
        return self._pdf

    def plumber_pages(self) -> list:
        """pdfplumber's pages; a page tree it cannot list makes the file corrupt."""
        pdf = self.plumber()
        try:
            return pdf.pages
        except (IngestError, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. RecursionError on a deep page tree
            raise _translate(exc) from exc

    def plumber_page(self, index: int):
        """pdfplumber's page at an index, walking the page tree only as far as that page
        (listing every page of a 108-page report costs 0.18 s, paid again by each part
        of it read apart); a page tree it cannot walk makes the file corrupt."""
        pdf = self.plumber()
        if hasattr(pdf, "_pages"):  # listed whole already (a file PDFium refused)
            return pdf.pages[index]
        try:
            while len(self._walked) <= index:
                self._walked.append(self._next_page(pdf))
        except (IngestError, MemoryError, _PastLastPage):
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. RecursionError on a deep page tree
            raise _translate(exc) from exc
        return self._walked[index]

    def _next_page(self, pdf):
        """The next page of the tree as pdfplumber's `pages` builds it (IndexError past
        the last page)."""
        from pdfminer.pdfpage import PDFPage
        from pdfplumber.page import Page

        if self._walk is None:
            self._walk = PDFPage.create_pages(pdf.doc)
        found = next(self._walk, None)
        if found is None:
            raise _PastLastPage(f"pdfplumber finds no page {len(self._walked) + 1}")
        page = Page(pdf, found, page_number=len(self._walked) + 1,
                    initial_doctop=self._doctop)
        self._doctop += page.height
        return page

    def resume(self, held: _Source | None) -> None:
        """Go on with the pdfplumber document (and its walk of the page tree) of an
        earlier part of the same file."""
        if held is not None:
            self._pdf, self._walk = held._pdf, held._walk
            self._walked, self._doctop = held._walked, held._doctop

    def close(self) -> None:
        if self._pdf is not None:
            if hasattr(self._pdf, "_pages"):  # listed whole already
                _close(self._pdf)
            else:  # pdfplumber's close() would list every page first (even as a part)
                _close_walked(self._pdf, self._walked)
        if self.doc is not None:
            _close(self.doc)


# The documents of the last part of a file this process read, kept open for the next
# part of the same file. Walking pdfplumber's page tree to a page reads every
# page object before it: the parts of the 108-page dev report, each walking from the
# first page, spent 1.0 CPU s more than one whole read; held, each worker walks once.
_held: dict[tuple, _Source] = {}


def _identity(path: str) -> tuple | None:
    """The file a path names now (its bytes unchanged): None when it cannot be looked at."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (path, st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _hold(source: _Source) -> None:
    """Keep a part's documents (PDFium's and pdfplumber's) for the next part of its
    file; the one held before is closed."""
    release()
    key = _identity(source.path)
    if key is None:
        source.close()
        return
    _held[key] = source


def _unhold(path: str) -> _Source | None:
    """The document held for this file, if its bytes are as they were; any other is
    closed."""
    key = _identity(path)
    held = _held.pop(key, None) if key is not None else None
    release()
    return held


def release() -> None:
    """Close the document kept for the next part of a file (a worker calls this when it
    moves on to other work)."""
    while _held:
        _, source = _held.popitem()
        source.close()


class _PastLastPage(IndexError):
    """pdfplumber's page tree ends before a page PDFium found (that page is then read
    as plain text, as any page pdfplumber cannot lay out)."""


def _check_page_count(n: int | None) -> None:
    limit = settings.env_int(settings.MAX_PAGES_ENV, MAX_PAGES)
    if n is not None and n > limit:
        raise TooLarge(f"PDF has {n} pages, more than the limit of {limit}; "
                       f"split it or raise ${settings.MAX_PAGES_ENV}")


def page_count(path: str) -> int | None:
    """The number of pages PDFium finds without reading them, None if it cannot open
    the file (pdfplumber then decides whether it is readable)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except Exception:  # noqa: BLE001 - pdfplumber will judge the file
        return None
    try:
        return len(pdf)
    finally:
        pdf.close()


def _close(pdf) -> None:
    """Close without letting close() replace the error being raised (it raises anew
    on the same broken page tree)."""
    try:
        pdf.close()
    except Exception as exc:  # noqa: BLE001 - nothing left to save
        log.debug("closing the PDF failed: %s", _short(exc))


def _close_walked(pdf, walked: list) -> None:
    """Close a pdfplumber document of which only the pages `walked` were made: what
    its close() does, without first listing the pages (close() drops its list of pages
    and lists them all again: a part of a 108-page report read apart paid for the whole
    page tree)."""
    try:
        pdf.flush_cache()
        for page in walked:
            page.close()
        if not pdf.stream_is_external:
            pdf.stream.close()
    except Exception as exc:  # noqa: BLE001 - nothing left to save
        log.debug("closing the PDF failed: %s", _short(exc))


def _translate(exc: Exception) -> Exception:
    text = f"{type(exc).__name__}: {exc}".lower()
    inner = getattr(exc, "args", [None])[0] if exc.args else None
    if isinstance(exc, (PDFPasswordIncorrect, PDFEncryptionError)) or isinstance(
            inner, (PDFPasswordIncorrect, PDFEncryptionError)) or "password" in text:
        return EncryptedDocument("encrypted PDF: it needs a password; save an unlocked copy "
                                 "and import that")
    if isinstance(exc, RecursionError) or isinstance(inner, RecursionError):
        return CorruptDocument("corrupt PDF: its page tree nests too deeply to read; "
                               "re-export the file")
    return CorruptDocument(f"corrupt or truncated PDF ({_short(exc)}); "
                           "re-download or re-export the file")


def _short(exc: BaseException) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return msg[:120]


def _read_page(source: _Source, index: int, ocr_mode: str, ocr: OcrFn | None,
               deadline: float | None) -> RawPage:
    if deadline is not None and time.monotonic() > deadline:
        raise ParseTimeout(f"reading stopped at page {index + 1}: the file took longer "
                           "than its time budget; raise --timeout or split the file")
    raw = _text_layer(source, index)
    if raw.unreadable:
        return raw  # never OCR'd because of a reading error: reported instead
    text = "\n".join(raw.lines + raw.sidebar)
    wants_ocr = ocr_mode == "always" or (ocr_mode == "auto" and not is_language(text))
    if wants_ocr and ocr is not None:
        ocr_text = _ocr_text(ocr, index)
        if ocr_text is None:
            return replace(raw, unreadable=not raw.lines)
        if not ocr_text.strip():
            return raw  # a picture, or nothing OCR could read
        if ocr_mode == "always" or is_language(ocr_text) or not raw.lines:
            return _ocr_page(index + 1, ocr_text)
    return raw


def _ocr_text(ocr: OcrFn, index: int) -> str | None:
    """OCR of one page, or None when rendering or OCR failed on it (PDFium errors on
    some pages its text layer reader took)."""
    try:
        return ocr(index)
    except (IngestError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - one page's error must not cost the file
        log.warning("page %d: OCR failed (%s)", index + 1, _short(exc))
        return None


def _text_layer(source: _Source, index: int) -> RawPage:
    """A page's text with its layout; when the layout cannot be read, PDFium's plain
    text of the page; when neither can, an empty page marked unreadable."""
    try:
        raw = _pdfium_page(source.doc, index) if source.doc is not None else None
        if raw is not None:
            return raw
    except (IngestError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - pdfplumber gets its turn
        log.debug("page %d: PDFium's layout failed (%s)", index + 1, _short(exc))
    page = None
    try:
        page = source.plumber_page(index)
        return _layout_page(page, index + 1)
    except (IngestError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - a page's error must not cost the file
        log.warning("page %d: layout unreadable (%s); reading its plain text", index + 1,
                    _short(exc))
    finally:
        if page is not None:
            _close(page)
    lines = plain_text(source.path, index)
    if lines is None:
        return RawPage(number=index + 1, lines=(), unreadable=True)
    return RawPage(number=index + 1, lines=tuple(lines))


_MIN_RULINGS = 6  # ruling objects a ruled table needs at the least (a 2x2 grid's lines)


def _pdfium_page(doc, index: int) -> RawPage | None:
    """A page laid out from PDFium's glyphs and ruling edges, or None when pdfplumber
    must read it (turned text in a page with a ruled table)."""
    page = doc[index]
    try:
        width, height = pdfium.page_size(page)
        count, edges = pdfium.ruling_edges(page)
        found = _found_tables(_Edges(edges, (0.0, 0.0, width, height))) \
            if count >= _MIN_RULINGS else []
        try:
            chars = pdfium.page_chars(page, _standard_descent, spaces=bool(found),
                                      turned=not found)
        except pdfium.NotUpright:
            return None
    finally:
        page.close()
    words = _chars_to_words([c for c in chars if not c[4].isspace()])
    if not words:
        return RawPage(number=index + 1, lines=())
    body_size = _body_size(words)  # of the whole page, tables too, as pdfplumber's side
    table_lines: list[_Line] = []
    if found:
        from pdfplumber.table import Table

        table_lines, words = _table_rows([Table(_GlyphDicts(chars, t.bbox), t.cells)
                                          for t in found], words)
    return _layout(words, body_size, width, height, table_lines, index + 1)


class _GlyphDicts:
    """PDFium's glyphs (word gaps too) as the character dictionaries Table.extract
    reads, only those whose middle may lie in the table's box: extract tests every
    character of its page against every row (615,560 tests for the dev PDFs' 41
    tables when each was given the whole page) and keeps those inside a cell."""

    def __init__(self, chars: list, box: tuple):
        left, upper, right, lower = box
        self.chars = [{"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                       "doctop": top, "width": x1 - x0, "height": bottom - top,
                       "upright": True, "size": size, "fontname": font}
                      for top, x0, x1, bottom, text, size, font in chars
                      if left - _TABLE_MARGIN <= (x0 + x1) / 2 <= right + _TABLE_MARGIN and
                      upper - _TABLE_MARGIN <= (top + bottom) / 2 <= lower + _TABLE_MARGIN]


def _found_tables(ruled) -> list:
    """_finds_table, none when the table finder fails on odd edges (as on pdfplumber's
    side)."""
    try:
        return _finds_table(ruled)
    except (ValueError, KeyError, TypeError, ZeroDivisionError):
        return []


def plain_text(path: str, index: int) -> list[str] | None:
    """One page's text in content order from PDFium, or None if it cannot be read."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except Exception:  # noqa: BLE001
        return None
    try:
        text = pdf[index].get_textpage().get_text_range()
    except Exception:  # noqa: BLE001
        return None
    finally:
        pdf.close()
    # PDFium marks a hyphen it joined at a line end with U+FFFE.
    return clean_lines(text.replace("\ufffe", "-").replace("\r\n", "\n").split("\n"))


def _ocr_page(number: int, text: str) -> RawPage:
    """An OCR'd page. Without geometry, the first 8 and last 3 text lines are the
    furniture candidates; specks read as letters ('Ay', '55') in the header are dropped."""
    lines = clean_lines(text.splitlines())
    nonblank = [i for i, x in enumerate(lines) if x]
    head = set(nonblank[:8])
    lines = [x for i, x in enumerate(lines) if i not in head or
             len(re.findall(r"[A-Za-zÆØÅæøå]", x)) >= 3]
    nonblank = [i for i, x in enumerate(lines) if x]
    top = nonblank[min(7, len(nonblank) - 1)] + 1 if nonblank else 0
    bottom = len(lines) - nonblank[-3] if len(nonblank) >= 12 else 0
    return RawPage(number=number, lines=tuple(lines), ocr=True, top=top, bottom=bottom)


@dataclass(slots=True)
class _Ink:
    """A page's layout objects that tables are made of, in pdfplumber's object order:
    ruling objects (rects, lines, curves) and glyphs (pdfminer's LTChar)."""

    rulings: list
    glyphs: list


def _page_words(page) -> tuple[list[dict], _Ink, float]:
    """Words from pdfplumber's pdfminer layout, the page's rulings and glyphs, and its
    body text size (the size most characters have).

    Walking `page.layout` directly skips pdfplumber's per-character attribute
    dictionaries (60 % of reading time in the profile); the words are grouped the way
    `extract_words(use_text_flow=False)` groups them.
    """
    layout = page.layout
    top_y, left_x = layout.y1, layout.x0
    chars, ink = [], _Ink([], [])
    stack = list(reversed(layout._objs))  # popped in document order, as pdfplumber walks
    while stack:
        obj = stack.pop()
        if isinstance(obj, LTChar):
            ink.glyphs.append(obj)
            text = obj.get_text()
            if text.strip():
                chars.append((top_y - obj.y1, obj.x0 - left_x, obj.x1 - left_x,
                              top_y - obj.y0, text, obj.size, obj.fontname))
        elif isinstance(obj, LTCurve):  # LTRect and LTLine are curves too
            ink.rulings.append(obj)
        elif isinstance(obj, LTContainer):
            stack.extend(reversed(obj._objs))
    words = _chars_to_words(chars)
    return words, ink, _body_size(words)


@functools.lru_cache(maxsize=64)
def _standard_descent(name: str) -> float | None:
    """A standard font's descent per point of size, from the metrics pdfminer uses for
    it (the 14 base fonts and their Arial/Times aliases); None for other fonts."""
    from pdfminer.fontmetrics import FONT_METRICS

    metrics = FONT_METRICS.get(name)
    return metrics[0]["Descent"] / 1000.0 if metrics else None


@functools.lru_cache(maxsize=256)
def _bold(fontname: str | None) -> bool:
    """Whether a font is a bold cut ('Arial-BoldMT', 'Calibri,Bold')."""
    return bool(_BOLD_FONT.search(fontname or ""))


def _body_size(words: list[dict]) -> float:
    """The size most of the page's characters have (0 when there are none)."""
    counts: dict[float, int] = {}
    for w in words:
        size = round(w["size"], 1)
        counts[size] = counts.get(size, 0) + len(w["text"])
    return max(counts, key=counts.get) if counts else 0.0


def _chars_to_words(chars: list[tuple]) -> list[dict]:
    """Characters (top, x0, x1, bottom, text, size, font) as words, the way pdfplumber's
    extract_words(use_text_flow=False) groups them: lines of chained tops, then glyphs
    closer than _WORD_GAP left to right."""
    words: list[dict] = []
    chars.sort()
    line: list[tuple] = []
    last_top = 0.0
    for c in chars:
        if line and c[0] - last_top <= _LINE_TOL:  # chained, as cluster_objects
            line.append(c)
        else:
            if line:
                _line_words(line, words)
            line = [c]
        last_top = c[0]
    if line:
        _line_words(line, words)
    return words


def _line_words(line: list[tuple], words: list[dict]) -> None:
    """One line's characters as words, appended to `words`. A word's size and font are
    its first character's (one lookup per word, not per char)."""
    line.sort(key=_X0)
    top, x0, x1, bottom, text, size, font = line[0]
    parts = [text]
    for c in line[1:]:
        if c[1] - x1 <= _WORD_GAP and c[1] >= x0:
            parts.append(c[4])
            x1 = c[2] if c[2] > x1 else x1
            bottom = c[3] if c[3] > bottom else bottom
            continue
        words.append({"text": "".join(parts), "x0": x0, "x1": x1, "top": top,
                      "bottom": bottom, "size": size, "font": font})
        top, x0, x1, bottom, text, size, font = c
        parts = [text]
    words.append({"text": "".join(parts), "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                  "size": size, "font": font})


_X0 = operator.itemgetter(1)  # a character's left edge


def _layout_page(page, number: int) -> RawPage:
    words, ink, body_size = _page_words(page)
    if not words:
        return RawPage(number=number, lines=())
    table_lines, words = _tables(page, words, ink) if len(ink.rulings) >= _MIN_RULINGS \
        else ([], words)
    return _layout(words, body_size, float(page.width), float(page.height), table_lines,
                   number)


def _layout(words: list[dict], body_size: float, width: float, height: float,
            table_lines: list[_Line], number: int) -> RawPage:
    """A page's lines from its words: bands, columns, sidebar, tables, headings."""
    head, body, foot = _bands(words, height)
    head_lines = _group_lines(head)
    foot_lines = _group_lines(foot)
    body_lines, sidebar = _read_blocks(body, width)
    body_lines = _merge_tables(body_lines, table_lines)
    texts, flags = _with_breaks(body_lines, body_size)
    lines, strong = clean_pairs(
        [ln.text for ln in head_lines] + [""] + texts + [""] + [ln.text for ln in foot_lines],
        [ln.strong(body_size) for ln in head_lines] + [False] + flags + [False] +
        [ln.strong(body_size) for ln in foot_lines])
    top = _count_prefix(lines, [ln.text for ln in head_lines])
    bottom = _count_suffix(lines, [ln.text for ln in foot_lines])
    return RawPage(number=number, lines=tuple(lines), sidebar=tuple(clean_lines(sidebar)),
                   top=top, bottom=bottom, strong=tuple(strong))


def _bands(words: list[dict], height: float) -> tuple[list[dict], list[dict], list[dict]]:
    """Split words into header band, body and footer band.

    A band is the run of lines at the top (bottom) of the page that a clear vertical
    gap separates from the body.
    """
    lines = _group_lines(words)
    if len(lines) < 3:
        return [], words, []
    lh = statistics.median([ln.bottom - ln.top for ln in lines]) or 10.0
    gap = _BAND_GAP * lh
    n_head = 0
    for i in range(1, len(lines)):
        if lines[i - 1].bottom > _BAND * height:
            break
        if lines[i].top - lines[i - 1].bottom > gap:
            n_head = i
            break
    n_foot = 0
    for i in range(len(lines) - 1, n_head, -1):
        if lines[i].top < (1 - _BAND) * height:
            break
        if lines[i].top - lines[i - 1].bottom > gap:
            n_foot = len(lines) - i
            break
    ids = lambda group: [w for ln in group for w in ln.words]  # noqa: E731
    return ids(lines[:n_head]), ids(lines[n_head:len(lines) - n_foot]), \
        ids(lines[len(lines) - n_foot:]) if n_foot else []


def _count_prefix(lines: list[str], head: list[str]) -> int:
    return min(len([h for h in head if h.strip()]), len(lines))


def _count_suffix(lines: list[str], foot: list[str]) -> int:
    return min(len([f for f in foot if f.strip()]), len(lines))


def _group_lines(words: list[dict]) -> list[_Line]:
    """Words as lines: by top, a word within _LINE_TOL of a line's first word joins it."""
    lines: list[_Line] = []
    cur = None
    for w in sorted(words, key=_TOP_X0):
        if cur is not None and abs(w["top"] - cur.top) <= _LINE_TOL:
            cur.words.append(w)
            if w["bottom"] > cur.bottom:
                cur.bottom = w["bottom"]
            if w["x0"] < cur.x0:
                cur.x0 = w["x0"]
            if w["x1"] > cur.x1:
                cur.x1 = w["x1"]
        else:
            cur = _Line(w["top"], w["bottom"], w["x0"], w["x1"], [w])
            lines.append(cur)
    for line in lines:
        line.words.sort(key=_WORD_X0)
    return lines


_TOP_X0 = operator.itemgetter("top", "x0")
_WORD_X0 = operator.itemgetter("x0")


def _gutters(lines: list[_Line], width: float) -> list[tuple[float, float]]:
    """x-ranges of clear space that (almost) no line crosses, with text on both sides."""
    if len(lines) < 6:
        return []
    cover, left = _coverage(lines, width)
    allowed = max(1, int(_GUTTER_CROSSINGS * len(lines)))
    lo = min(int((line.x0 - left) / _BIN) for line in lines)
    hi = max(int((line.x1 - left) / _BIN) for line in lines)
    gutters, start = [], None
    for b in range(lo, hi + 1):
        if cover[b] <= allowed:
            start = b if start is None else start
            continue
        if start is not None and (b - start) * _BIN >= _GUTTER_MIN:
            gutters.append((start * _BIN + left, b * _BIN + left))
        start = None
    return [g for g in gutters if _both_sides(lines, g)]


def _coverage(lines: list[_Line], width: float) -> tuple[list[int], float]:
    """How many lines cover each bin of _BIN points, and the x where bin 0 starts.

    Bins span the page and any text beyond its box (a line running past the right
    edge, or starting left of it): sized from the page alone, such a word raised
    IndexError and the whole page was lost."""
    left = min(0.0, min(line.x0 for line in lines))
    nbins = int((max(width, max(line.x1 for line in lines)) - left) / _BIN) + 2
    steps = [0] * (nbins + 1)  # +1 where a line's covered run starts, -1 past its end
    for line in lines:
        for first, last in _runs(sorted((int((w["x0"] - left) / _BIN),
                                         int((w["x1"] - left) / _BIN)) for w in line.words)):
            steps[first] += 1
            steps[last + 1] -= 1
    return list(itertools.accumulate(steps[:nbins])), left


def _runs(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted bin ranges (first, last) of one line's words as the disjoint runs they
    cover (a bin two words share counts once for the line)."""
    out: list[list[int]] = []
    for first, last in spans:
        if last < first:
            continue
        if out and first <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], last)
        else:
            out.append([first, last])
    return [(a, b) for a, b in out]


def _both_sides(lines: list[_Line], gutter: tuple[float, float]) -> bool:
    left = sum(1 for ln in lines if any(w["x1"] <= gutter[0] + _BIN for w in ln.words))
    right = sum(1 for ln in lines if any(w["x0"] >= gutter[1] - _BIN for w in ln.words))
    return left >= 3 and right >= 3


def _read_blocks(words: list[dict], width: float, depth: int = 0
                 ) -> tuple[list[_Line], list[str]]:
    """Body lines block by block, recursively (an XY cut): a band of clear space across
    the region separates blocks, each block finds its own columns, and each column is
    read the same way, so a two-column passage inside one column of a page stays apart."""
    blocks = _blocks(words, min_lines=12 if depth == 0 else 6)
    lines: list[_Line] = []
    sidebar: list[str] = []
    for block in blocks:
        got, side = _body_lines(block, width, depth)
        lines.extend(got)
        sidebar.extend(side)
    return lines, sidebar


def _blocks(words: list[dict], min_lines: int = 12) -> list[list[dict]]:
    lines = _group_lines(words)
    if len(lines) < min_lines:
        return [words]
    lh = statistics.median([ln.bottom - ln.top for ln in lines]) or 10.0
    blocks: list[list[dict]] = [[]]
    reach = lines[0].bottom
    for ln in lines:
        if blocks[-1] and ln.top - reach > _BLOCK_GAP * lh:
            blocks.append([])
        blocks[-1].extend(ln.words)
        reach = max(reach, ln.bottom)
    return blocks


def _body_lines(words: list[dict], width: float, depth: int = 0
                ) -> tuple[list[_Line], list[str]]:
    lines = _group_lines(words)
    gutters = _gutters(lines, width)
    if not gutters:
        return lines, []
    x_min, x_max = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    edges = [x_min] + [x for g in gutters for x in g] + [x_max]
    segments = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
    span = (x_max - x_min) or 1.0
    # A narrow first column is the label side of a label/text table: keep rows whole.
    while len(segments) > 1 and (segments[0][1] - segments[0][0]) < _LABEL_COLUMN * span:
        segments = [(segments[0][0], segments[1][1])] + segments[2:]
    sidebar: list[str] = []
    if len(segments) > 1 and _numbers_only(words, segments[-1][0]):
        segments = segments[:-2] + [(segments[-2][0], segments[-1][1])]
    if depth == 0 and len(segments) > 1 and segments[-1][0] > _SIDEBAR_START * width and \
            (segments[-1][1] - segments[-1][0]) < _SIDEBAR_WIDTH * width:
        cut = segments[-1][0]
        side_words = [w for w in words if w["x0"] >= cut - _BIN]
        words = [w for w in words if w["x0"] < cut - _BIN]
        sidebar = [ln.text for ln in _group_lines(side_words)]
        segments = segments[:-1]
    if len(segments) == 1:
        return _group_lines(words), sidebar
    return _columns(words, segments, width, depth), sidebar


def _numbers_only(words: list[dict], cut: float) -> bool:
    """A right-hand column of page numbers (a table of contents) is no sidebar."""
    right = [w["text"] for w in words if w["x0"] >= cut - _BIN]
    return sum(1 for t in right if re.fullmatch(r"[\d.,\-–]+", t)) >= _PAGE_NUMBERS * max(1, len(right))


def _columns(words: list[dict], segments: list[tuple[float, float]], width: float,
             depth: int) -> list[_Line]:
    """Lines column by column; lines crossing a gutter are kept whole, in place. A line
    crosses a gutter when it runs over the gutter's middle: a column's longest lines may
    reach into the gutter's edge (the few crossings a gutter allows)."""
    cuts = [(a[1] + b[0]) / 2 for a, b in zip(segments, segments[1:])]
    all_lines = _group_lines(words)
    spanning = [ln for ln in all_lines
                if any(w["x0"] < c < w["x1"] for w in ln.words for c in cuts)]
    span_ids = {id(w) for ln in spanning for w in ln.words}
    rest = [w for w in words if id(w) not in span_ids]
    cols: list[list[_Line]] = []
    bounds = [-math.inf, *cuts, math.inf]  # a word in a gutter goes to the nearer column
    for lo, hi in zip(bounds, bounds[1:]):
        col = [w for w in rest if lo <= (w["x0"] + w["x1"]) / 2 < hi]
        cols.append(_read_blocks(col, width, depth + 1)[0] if depth < 2 and col
                    else _group_lines(col))
    first_top = min((c[0].top for c in cols if c), default=0.0)
    above = [ln for ln in spanning if ln.top < first_top]
    below = [ln for ln in spanning if ln.top >= first_top]
    out = above + [ln for col in cols for ln in col] + below
    return out


def _with_breaks(lines: list[_Line], body_size: float) -> tuple[list[str], list[bool]]:
    """Line texts with '' where the vertical gap says a new paragraph starts, and
    whether each is printed as a heading."""
    if not lines:
        return [], []
    heights = [ln.bottom - ln.top for ln in lines if ln.bottom > ln.top]
    lh = statistics.median(heights) if heights else 10.0
    wide = _paragraph_gap(lines, lh)
    out, flags = [lines[0].text], [lines[0].strong(body_size)]
    for prev, cur in zip(lines, lines[1:]):
        gap = cur.top - prev.bottom
        if gap > wide or cur.top < prev.top - _LINE_TOL:
            out.append("")
            flags.append(False)
        out.append(cur.text)
        flags.append(cur.strong(body_size))
    return out, flags


def _paragraph_gap(lines: list[_Line], lh: float) -> float:
    """The vertical gap that starts a paragraph: a little less than a line's height, or,
    where the page's ordinary line spacing is already that wide and its wide gaps run
    through sentences (a text layer laid over handwriting, a double-spaced rendering),
    that much more than the page's ordinary spacing."""
    base = _PARAGRAPH_GAP * lh
    gaps = [(prev, cur, cur.top - prev.bottom) for prev, cur in zip(lines, lines[1:])
            if cur.top >= prev.top - _LINE_TOL]
    if len(gaps) < _PITCH_MIN_GAPS:
        return base
    ordinary = statistics.median(g for _, _, g in gaps)
    wide = [(prev, cur) for prev, cur, g in gaps if g > base]
    inside = sum(1 for prev, cur in wide if _runs_on(prev.text, cur.text))
    if ordinary > base and inside >= max(_PITCH_MIN_RUNS, _PITCH_SHARE * len(wide)):
        return ordinary + base
    return base


def _runs_on(text: str, nxt: str) -> bool:
    """A sentence that runs from one line to the next: no closing mark, lower-case start."""
    return not _SENTENCE_END.search(text) and nxt[:1].islower()


def _tables(page, words: list[dict], ink: _Ink) -> tuple[list[_Line], list[dict]]:
    """Ruled tables as one line per row (cells joined by ' | ')."""
    try:
        tables = _ruled_tables(page, ink)
    except (ValueError, KeyError, TypeError, ZeroDivisionError):
        return [], words
    return _table_rows(tables, words)


_TABLE_LABEL = vocab.terms(vocab.table_labels(), whole=False)
_VALUE_LABEL = vocab.terms(vocab.value_labels(), whole=False)


def _table_rows(tables: list, words: list[dict]) -> tuple[list[_Line], list[dict]]:
    """Each table's rows as lines (cells joined by ' | '), and the words outside them."""
    rows: list[_Line] = []
    for table in tables:
        data = _extract(table)
        x0, top, x1, bottom = table.bbox
        words = [w for w in words if not (x0 - 1 <= w["x0"] and w["x1"] <= x1 + 1
                                          and top - 1 <= w["top"] and w["bottom"] <= bottom + 1)]
        for i, row in enumerate(data):
            cells = [" ".join((c or "").split()) for c in row]
            cells = [c for c in cells if c]
            # A list marker in its own cell ('A)', 'b.') belongs to the text beside it.
            if len(cells) > 1 and len(cells[0]) <= 3:
                cells = [f"{cells[0]} {cells[1]}"] + cells[2:]
            text = " | ".join(cells)
            if len(cells) == 2 and _TABLE_LABEL.fullmatch(cells[0].rstrip(" :")):
                text = f"{cells[0].rstrip(' :')}: {cells[1]}"  # 'Mødested | X' is a label line
            if text:
                rows.append(_Line(top + i * 0.001, top + i * 0.001, x0, x1,
                                  [{"text": text, "x0": x0, "x1": x1}]))
    return rows, words


def _extract(table) -> list[list[str | None]]:
    """What `table.extract()` gives, without testing every character of the table
    against every row (332,757 tests for the dev PDFs' tables): a row's characters are
    those whose middle lies in its box, found by their vertical middles in order, then
    kept in the table's character order, as extract keeps them."""
    from pdfplumber import utils

    chars = table.page.chars
    middles = sorted((v, k) for k, v in enumerate((c["top"] + c["bottom"]) / 2 for c in chars)
                     if v == v)  # NaN is in no row, and would unsort the list
    heights = [v for v, _ in middles]
    out = []
    for row in table.rows:
        x0, top, x1, bottom = row.bbox
        found = middles[bisect.bisect_left(heights, top):bisect.bisect_left(heights, bottom)]
        row_chars = [chars[k] for k in sorted(k for _, k in found)
                     if x0 <= (chars[k]["x0"] + chars[k]["x1"]) / 2 < x1]
        out.append([None if cell is None else _cell_text(row_chars, cell, utils)
                    for cell in row.cells])
    return out


def _cell_text(row_chars: list[dict], cell: tuple, utils) -> str:
    """A cell's text as Table.extract reads it: the characters whose middle is inside."""
    x0, top, x1, bottom = cell
    inside = [c for c in row_chars if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and
              top <= (c["top"] + c["bottom"]) / 2 < bottom]
    return utils.extract_text(inside) if inside else ""


class _Rulings:
    """What pdfplumber's TableFinder reads of a page for its default 'lines' strategy:
    the edges of its rects, lines and curves, and its box."""

    def __init__(self, page, rulings: list):
        from pdfplumber import utils

        objs = [page.process_object(obj) for obj in rulings]
        kinds = {kind: [o for o in objs if o["object_type"] == kind]
                 for kind in ("line", "rect", "curve")}
        self.bbox = page.bbox
        # The order of pdfplumber's Page.edges: lines, then rects, then curves.
        self.edges = [utils.line_to_edge(o) for o in kinds["line"]] + \
            [e for o in kinds["rect"] for e in utils.rect_to_edges(o)] + \
            [e for o in kinds["curve"] for e in utils.curve_to_edges(o)]


class _Edges:
    """Ruling edges and a page box, as pdfplumber's TableFinder reads a page."""

    def __init__(self, edges: list[dict], bbox: tuple):
        self.edges, self.bbox = edges, bbox


def _finds_table(ruled) -> list:
    """The tables with at least two rows and two columns pdfplumber's TableFinder finds
    in a page's ruling edges (`ruled` has .edges and .bbox)."""
    from pdfplumber.table import TableFinder

    return [t for t in TableFinder(ruled).tables
            if len(t.rows) >= 2 and max(len(r.cells) for r in t.rows) >= 2]


def _ruled_tables(page, ink: _Ink) -> list:
    """The tables `page.find_tables()` finds that have at least two rows and two
    columns, found from the page's ruling objects alone, with the characters they hold.

    TableFinder's cells come from ruling edges only, but `find_tables` first turns every
    character of the page into a dictionary (29 % of reading time when it ran on every
    page with rulings, most of which hold no table); here only the characters inside a
    table become dictionaries, and only on pages that have one."""
    from pdfplumber.table import Table

    found = _finds_table(_Rulings(page, ink.rulings))
    if not found:
        return []
    chars = _TableChars(page, ink.glyphs, [t.bbox for t in found])
    return [Table(chars, t.cells) for t in found]


class _TableChars:
    """What Table.extract reads of a page: its characters as pdfplumber's dictionaries
    (Page.process_object, in page order), here only those whose middle may lie in one of
    the tables; extract keeps exactly the ones inside each cell, as on the whole page."""

    def __init__(self, page, glyphs: list, boxes: list[tuple]):
        height, (mb_x0, mb_top) = float(page.height), page.mediabox[:2]

        def near(g) -> bool:  # pdfplumber's coordinates of the glyph's middle
            h_mid = (g.x0 + g.x1) / 2 + mb_x0
            v_mid = height + mb_top - (g.y0 + g.y1) / 2
            return any(x0 - _TABLE_MARGIN <= h_mid <= x1 + _TABLE_MARGIN and
                       top - _TABLE_MARGIN <= v_mid <= bottom + _TABLE_MARGIN
                       for x0, top, x1, bottom in boxes)

        self.chars = [page.process_object(g) for g in glyphs if near(g)]


_TABLE_MARGIN = 1.0  # points: a glyph this close to a table is handed to extract to judge


def _merge_tables(lines: list[_Line], table_lines: list[_Line]) -> list[_Line]:
    """Table rows take their place among the body lines by their height on the page."""
    if not table_lines:
        return lines
    return sorted(lines + table_lines, key=lambda ln: ln.top)

"""The PDFium adapter (pypdfium2): a page's glyphs as pdfminer-style character boxes.

PDFium reads a page's text about ten times faster than pdfminer interprets it. The
layout code was written against pdfminer's boxes, so the boxes are built the way
pdfminer builds them: from the glyph's origin and advance, its font's descent, and the
effective font size (the text matrix's vertical scale times the size set in the text
state), in the page's rotated, top-left coordinates.
"""
from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

_INK_EPS = 1e-3  # points: PDFium's float boxes agree with themselves to this
_FLAT = 1e-6  # a matrix term below this is rounding, not a turn
# How PDFium hands on a hyphen it takes for a line-end break (per glyph; in its text).
_PDFIUM_HYPHENS = ("\x02", "\ufffe")
# A character: (top, x0, x1, bottom, text, size, fontname), top-left page coordinates.
Char = tuple


@dataclass(frozen=True, slots=True)
class _Font:
    name: str
    descent: float  # below the baseline, per point of size (negative)


@dataclass(slots=True)
class _Run:
    """What the glyphs of one text object share."""

    size: float  # the effective size: the text state's size times the vertical scale
    upright: bool  # neither turned nor skewed: pdfminer's box is then origin + advance
    font: _Font


class NotUpright(Exception):
    """The page has turned or skewed glyphs, whose boxes are built only by pdfminer."""


def open_document(path: str) -> pdfium.PdfDocument:
    """The PDF opened by PDFium (raises PdfiumError on files it refuses)."""
    return pdfium.PdfDocument(path)


def page_box(page: pdfium.PdfPage) -> tuple[float, float, float, float, int]:
    """The media box (x0, y0, x1, y1) and the page's rotation in degrees."""
    x0, y0, x1, y1 = page.get_mediabox()
    return x0, y0, x1, y1, page.get_rotation()


def page_size(page: pdfium.PdfPage) -> tuple[float, float]:
    """Width and height of the media box as the page is shown (rotated), as pdfplumber
    measures the page."""
    return page_size_from(page_box(page))


def _to_page(box: tuple) -> "callable":
    """Maps PDF user space to the rotated page's top-left coordinates, as pdfminer's
    initial matrix for the page's /Rotate followed by pdfplumber's flip does."""
    x0, y0, x1, y1, rot = box
    w, h = page_size_from(box)
    if rot == 90:
        return lambda x, y: (y - y0, x - x0)  # pdfminer: (x', y') = (y - y0, x1 - x)
    if rot == 180:
        return lambda x, y: (x1 - x, y - y0)
    if rot == 270:
        return lambda x, y: (y1 - y, x1 - x)
    return lambda x, y: (x - x0, h - (y - y0))


def page_size_from(box: tuple) -> tuple[float, float]:
    x0, y0, x1, y1, rot = box
    w, h = abs(x1 - x0), abs(y1 - y0)
    return (h, w) if rot in (90, 270) else (w, h)


Descents = Callable[[str], "float | None"]


def page_chars(page: pdfium.PdfPage, standard: Descents, spaces: bool = False) -> list[Char]:
    """Every visible glyph of the page, with the spaces between its words if `spaces`
    (PDFium hands on a space of the text as one it added where a text object ends).
    `standard` gives the descent pdfminer takes for a font it knows by name (the 14
    standard fonts' metrics), None for others."""
    textpage = page.get_textpage()
    try:
        return _chars(textpage.raw, page_box(page), standard, spaces)
    finally:
        textpage.close()


def _pointer_fn(fn, restype, *argtypes):
    """A PDFium function called through a prototype of our own: a page object comes
    back as a plain address (comparing ctypes pointers per glyph is slow)."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)


_P = ctypes.c_void_p
_text_object = _pointer_fn(raw.FPDFText_GetTextObject, _P, _P, ctypes.c_int)
_origin = _pointer_fn(raw.FPDFText_GetCharOrigin, ctypes.c_int, _P, ctypes.c_int,
                      ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double))
_loose = _pointer_fn(raw.FPDFText_GetLooseCharBox, ctypes.c_int, _P, ctypes.c_int,
                     ctypes.POINTER(raw.FS_RECTF))


# A glyph as scanned: [text, PDFium's index, text object (0: a space PDFium added),
# origin x, origin y, right edge (the advance's end, or the ink's where it reaches
# further)]; a list, so a ligature's further letters can join its text.
_TEXT, _INDEX, _OBJ, _X, _Y, _RIGHT = range(6)


def _page_text(tp, n: int) -> str:
    """The page's characters, one per PDFium index, in one call (one call per glyph
    when the page has characters beyond 16 bits, where indexes and UTF-16 part)."""
    buf = (ctypes.c_ushort * (n + 1))()
    raw.FPDFText_GetText(tp, 0, n, buf)
    text = bytes(buf)[:2 * n].decode("utf-16-le", "replace")
    if len(text) == n and not any(0xD800 <= c <= 0xDFFF for c in buf[:n]):
        return text
    return "".join(chr(raw.FPDFText_GetUnicode(tp, i)) for i in range(n))


def _scan(tp) -> list[list]:
    """Every glyph PDFium found (spaces too), in content order."""
    x, y, rect = ctypes.c_double(), ctypes.c_double(), raw.FS_RECTF()
    rx, ry, rrect = ctypes.byref(x), ctypes.byref(y), ctypes.byref(rect)
    handle = ctypes.cast(tp, _P).value
    out: list[list] = []
    last = None
    for i, text in enumerate(_page_text(tp, raw.FPDFText_CountChars(tp))):
        if text.isspace() and raw.FPDFText_IsGenerated(tp, i) == 1:
            _origin(handle, i, rx, ry)
            out.append([text, i, 0, x.value, y.value, x.value])
            last = None
            continue
        obj = _text_object(handle, i) or 0
        _origin(handle, i, rx, ry)
        _loose(handle, i, rrect)
        if last is not None and last[_OBJ] == obj and last[_X] == x.value and \
                last[_Y] == y.value and not text.isspace():
            last[_TEXT] += text  # a ligature's further letters ('fi'): one glyph
            continue
        last = [text, i, obj, x.value, y.value, rect.right]
        out.append(last)
    return out


def _advance_end(tp, glyphs: list[list], i: int) -> float:
    """Where glyph i's advance ends. PDFium's box reaches to the ink where a glyph
    overhangs its advance ('f', italics); then the next glyph of the same text run on
    the same baseline starts where the advance ends (pdfminer's box ends there). A
    next glyph set back by kerning is told from an overhang by the glyph's ink box."""
    g = glyphs[i]
    if i + 1 < len(glyphs):
        nxt = glyphs[i + 1]
        if nxt[_OBJ] == g[_OBJ] and abs(nxt[_Y] - g[_Y]) < _INK_EPS and \
                g[_X] < nxt[_X] < g[_RIGHT] - _INK_EPS and _inked(tp, g):
            return nxt[_X]
    return g[_RIGHT]


def _inked(tp, g: list) -> bool:
    """Whether the glyph's box ends where its ink does (its advance ends before)."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    raw.FPDFText_GetCharBox(tp, g[_INDEX], *(ctypes.byref(v) for v in (left, right, bottom,
                                                                      top)))
    return right.value >= g[_RIGHT] - _INK_EPS


def _chars(tp, box: tuple, standard: Descents, spaces: bool) -> list[Char]:
    matrix = raw.FS_MATRIX()
    place = _to_page(box)
    runs: dict[int, _Run] = {}
    out: list[Char] = []
    glyphs = _scan(tp)
    for i, g in enumerate(glyphs):
        text, obj = g[_TEXT], g[_OBJ]
        if spaces and text == " " and out and i > 0 and glyphs[i - 1][_OBJ] and \
                abs(glyphs[i - 1][_Y] - g[_Y]) < _INK_EPS:
            top, x0, x1, bottom, _, size, font = out[-1]
            out.append((top, x1, x1, bottom, " ", size, font))  # a word gap, for tables
            continue
        if not obj or text.isspace():
            continue
        run = runs.get(obj)
        if run is None:
            run = runs[obj] = _run(tp, g[_INDEX], raw.FPDFText_GetTextObject(tp, g[_INDEX]),
                                   matrix, standard)
            if not run.upright:
                raise NotUpright(f"glyph {g[_INDEX]} is turned")
        base = g[_Y] + run.font.descent * run.size
        (ax, ay) = place(g[_X], base)
        (bx, by) = place(_advance_end(tp, glyphs, i), base + run.size)
        out.append((min(ay, by), min(ax, bx), max(ax, bx), max(ay, by),
                    "-" if text in _PDFIUM_HYPHENS else text, run.size, run.font.name))
    return out


def _run(tp, i: int, obj, matrix, standard: Descents) -> _Run:
    raw.FPDFText_GetMatrix(tp, i, ctypes.byref(matrix))
    size = raw.FPDFText_GetFontSize(tp, i)
    font = _font(raw.FPDFTextObj_GetFont(obj), standard)
    upright = matrix.a > 0 and matrix.d > 0 and abs(matrix.b) < _FLAT and abs(matrix.c) < _FLAT
    return _Run(size * matrix.d, upright, font)


def _font(handle, standard: Descents) -> _Font:
    n = raw.FPDFFont_GetBaseFontName(handle, None, 0)
    buf = ctypes.create_string_buffer(max(1, n))
    raw.FPDFFont_GetBaseFontName(handle, buf, n)
    name = buf.value.decode("utf-8", "replace")
    known = standard(name) if not raw.FPDFFont_GetIsEmbedded(handle) else None
    if known is not None:
        return _Font(name, known)
    d = ctypes.c_float()
    raw.FPDFFont_GetDescent(handle, ctypes.c_float(1000.0), ctypes.byref(d))
    return _Font(name, d.value / 1000.0)


def ruling_edges(page: pdfium.PdfPage) -> tuple[int, list[dict]]:
    """The page's painted subpaths (inside forms too): how many there are, and the
    edges pdfplumber's table finder would take from pdfminer's ruling objects made of
    them, in its dictionaries and top-left coordinates. The edges are a superset (every
    straight step of every subpath, its closing step too), so a table pdfplumber finds
    is found here as well."""
    place = _to_page(page_box(page))
    count, edges = 0, []
    todo = [(raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page.raw, _IDENTITY)]
    while todo:
        count_of, get, holder, outer = todo.pop()
        for k in range(count_of(holder)):
            obj = get(holder, k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                for points in _subpaths(obj, _compose(_matrix(obj), outer)):
                    count += 1
                    edges.extend(_edges([place(x, y) for x, y in points]))
            elif kind == raw.FPDF_PAGEOBJ_FORM:
                todo.append((raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, obj,
                             _compose(_matrix(obj), outer)))
    return count, edges


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _matrix(obj) -> tuple:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: tuple, outer: tuple) -> tuple:
    """The matrix that applies `inner`, then `outer`."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _subpaths(obj, m: tuple) -> list[list[tuple[float, float]]]:
    """A path's subpaths as points in page space, each closed one ending where it began."""
    x, y = ctypes.c_float(), ctypes.c_float()
    out: list[list[tuple[float, float]]] = []
    for k in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, k)
        raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        pt = (m[0] * x.value + m[2] * y.value + m[4], m[1] * x.value + m[3] * y.value + m[5])
        if raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_MOVETO or not out:
            out.append([pt])
        else:
            out[-1].append(pt)
        if raw.FPDFPathSegment_GetClose(seg):
            out[-1].append(out[-1][0])
    return out


_STRAIGHT = 0.01  # points: a step this far off the axis still counts as straight


def _edges(points: list[tuple[float, float]]) -> list[dict]:
    """pdfplumber's edges for the straight steps of one subpath; a lone step that is
    not level is a vertical edge, as pdfplumber makes of a line object."""
    out = []
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if abs(x0 - x1) <= _STRAIGHT or (len(points) == 2 and abs(y0 - y1) > _STRAIGHT):
            orientation = "v"
        elif abs(y0 - y1) <= _STRAIGHT:
            orientation = "h"
        else:
            continue
        left, right, top, bottom = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        out.append({"object_type": "curve_edge", "x0": left, "x1": right, "top": top,
                    "doctop": top, "bottom": bottom, "width": right - left,
                    "height": bottom - top, "orientation": orientation})
    return out

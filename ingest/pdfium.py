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

import cffi
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
    descent: float  # below the baseline, per point of size (negative), as pdfminer takes it
    height: float  # PDFium's ascent minus descent per point: the height of its loose box


@dataclass(slots=True)
class _Run:
    """What the glyphs of one text object share."""

    size: float  # the effective size: the text state's size times the vertical scale
    upright: bool  # neither turned nor skewed: pdfminer's box is then origin + advance
    font: _Font
    matrix: tuple[float, float, float, float] = (1.0, 0.0, 0.0, 1.0)  # a b c d
    font_size: float = 0.0  # the text state's size


class NotUpright(Exception):
    """The page has turned or skewed glyphs and they may not be boxed here (a table's
    cells read them with pdfplumber's notion of upright, which these boxes lack)."""


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


def page_chars(page: pdfium.PdfPage, standard: Descents, spaces: bool = False,
               turned: bool = True) -> list[Char]:
    """Every visible glyph of the page, with the spaces between its words if `spaces`
    (PDFium hands on a space of the text as one it added where a text object ends);
    a turned or skewed glyph raises NotUpright unless `turned`. `standard` gives the
    descent pdfminer takes for a font it knows by name (the 14 standard fonts'
    metrics), None for others."""
    textpage = page.get_textpage()
    try:
        return _chars(textpage.raw, page_box(page), standard, spaces, turned)
    finally:
        textpage.close()


def _address(pointer) -> int:
    """A ctypes pointer's address as an int (0 for NULL)."""
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


# The per-glyph PDFium functions, called through cffi rather than ctypes: a call costs
# about half (0.6 of 1.6 CPU s of the dev PDFs' glyph scan), and a text object comes
# back as a plain address (comparing ctypes pointers per glyph is slow).
_ffi = cffi.FFI()
_text_object = _ffi.cast("intptr_t(*)(void*, int)", _address(raw.FPDFText_GetTextObject))
_origin = _ffi.cast("int(*)(void*, int, double*, double*)",
                    _address(raw.FPDFText_GetCharOrigin))
_loose = _ffi.cast("int(*)(void*, int, float*)", _address(raw.FPDFText_GetLooseCharBox))
_generated = _ffi.cast("int(*)(void*, int)", _address(raw.FPDFText_IsGenerated))
_char_box = _ffi.cast("int(*)(void*, int, double*, double*, double*, double*)",
                      _address(raw.FPDFText_GetCharBox))
_matrix_of = _ffi.cast("int(*)(void*, int, float*)", _address(raw.FPDFText_GetMatrix))
_size_of = _ffi.cast("double(*)(void*, int)", _address(raw.FPDFText_GetFontSize))
_font_of = _ffi.cast("intptr_t(*)(intptr_t)", _address(raw.FPDFTextObj_GetFont))
_RIGHT_EDGE = 2  # of FS_RECTF's fields: left, top, right, bottom


def _handle(tp):
    """A text page for the cffi functions."""
    return _ffi.cast("void*", _address(tp))


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
    """Every glyph PDFium found (spaces too), in content order. The hot loop of the
    reading (some 2,000 glyphs a page): three PDFium calls a glyph at most, the
    functions and buffers bound to locals."""
    xy, rect = _ffi.new("double[2]"), _ffi.new("float[4]")
    rx, ry = xy, xy + 1
    handle = _handle(tp)
    text_object, origin, loose, generated = _text_object, _origin, _loose, _generated
    out: list[list] = []
    append = out.append
    last = None
    for i, text in enumerate(_page_text(tp, raw.FPDFText_CountChars(tp))):
        space = text.isspace()
        if space and generated(handle, i) == 1:
            origin(handle, i, rx, ry)
            append([text, i, 0, xy[0], xy[1], xy[0]])
            last = None
            continue
        obj = text_object(handle, i)
        origin(handle, i, rx, ry)
        gx, gy = xy[0], xy[1]
        if last is not None and last[_OBJ] == obj and last[_X] == gx and \
                last[_Y] == gy and not space:
            last[_TEXT] += text  # a ligature's further letters ('fi'): one glyph
            continue
        loose(handle, i, rect)
        last = [text, i, obj, gx, gy, rect[_RIGHT_EDGE]]
        append(last)
    return out


class _Ink:
    """Whether a glyph's box ends where its ink does (its advance ends before): PDFium's
    tight box, read into buffers made once a page."""

    def __init__(self, tp):
        self.handle = _handle(tp)
        self.box = _ffi.new("double[4]")  # left, right, bottom, top
        self.right = self.box + 1

    def reaches(self, g: list) -> bool:
        box = self.box
        _char_box(self.handle, g[_INDEX], box, self.right, box + 2, box + 3)
        return box[1] >= g[_RIGHT] - _INK_EPS


def _chars(tp, box: tuple, standard: Descents, spaces: bool, turned: bool) -> list[Char]:
    matrix, handle = _ffi.new("float[6]"), _handle(tp)  # a b c d e f
    place = _to_page(box)
    left, low, _, _, rot = box
    height = page_size_from(box)[1]
    flat = rot not in (90, 180, 270)  # most pages: placed inline, as _to_page places them
    styles: dict[int, tuple] = {}
    fonts: dict[int, _Font] = {}  # by PDFium's font handle: text objects share few fonts
    out: list[Char] = []
    append = out.append
    glyphs = _scan(tp)
    ink = _Ink(tp)
    last = len(glyphs) - 1
    for i, g in enumerate(glyphs):
        text, _, obj, gx, gy, end = g
        if not obj or text.isspace():
            if spaces and text == " " and out and i > 0 and glyphs[i - 1][_OBJ] and \
                    abs(glyphs[i - 1][_Y] - gy) < _INK_EPS:
                top, x0, x1, bottom, _, size, font = out[-1]
                append((top, x1, x1, bottom, " ", size, font))  # a word gap, for tables
            continue
        style = styles.get(obj)
        if style is None:
            style = styles[obj] = _style(handle, g[_INDEX], obj, matrix, standard, fonts)
            if not style[0] and not turned:
                raise NotUpright(f"glyph {g[_INDEX]} is turned")
        upright, drop, size, font, run = style
        if not upright:
            append(_turned_char(tp, g, run, place))
            continue
        # Where the advance ends: PDFium's box reaches to the ink where a glyph
        # overhangs its advance ('f', italics); then the next glyph of the same text run
        # on the same baseline starts where the advance ends (pdfminer's box ends there).
        # A next glyph set back by kerning is told from an overhang by the ink box.
        if i < last:
            nxt = glyphs[i + 1]
            if nxt[_OBJ] == obj and gx < nxt[_X] < end - _INK_EPS and \
                    abs(nxt[_Y] - gy) < _INK_EPS and ink.reaches(g):
                end = nxt[_X]
        base = gy + drop
        if flat:
            ax, ay, bx, by = gx - left, height - (base - low), end - left, \
                height - (base + size - low)
        else:
            (ax, ay), (bx, by) = place(gx, base), place(end, base + size)
        append((by if by < ay else ay, bx if bx < ax else ax, bx if bx > ax else ax,
                by if by > ay else ay, "-" if text in _PDFIUM_HYPHENS else text, size, font))
    return out


def _style(handle, i: int, obj: int, matrix, standard: Descents,
           fonts: dict[int, _Font]) -> tuple:
    """What the glyph boxes of a text object need, looked up once per object: upright,
    the drop from the baseline to the box's bottom (the font's descent times the
    effective size), the effective size, the font's name, and the run."""
    run = _run(handle, i, obj, matrix, standard, fonts)
    return run.upright, run.font.descent * run.size, run.size, run.font.name, run


def _turned_char(tp, g: list, run: _Run, place) -> Char:
    """A turned or skewed glyph's box as pdfminer builds it: the rectangle from the
    origin along its advance and from its descent up one font size, turned by its
    matrix, and the box around that; its size is that box's height, as pdfminer's.

    PDFium's loose box is the same rectangle turned, but spanning the font's own
    ascent and descent; the advance is read back from it along the baseline."""
    a, b, c, d = run.matrix
    rect = _ffi.new("float[4]")
    _loose(_handle(tp), g[_INDEX], rect)
    left, top, right, bottom = rect
    height = run.font.height * run.font_size
    if abs(a) >= abs(b):
        advance = (right - left - abs(c) * height) / abs(a)
    else:
        advance = (top - bottom - abs(d) * height) / abs(b)
    low, high = run.font.descent * run.font_size, (run.font.descent + 1) * run.font_size
    corners = [place(g[_X] + a * x + c * y, g[_Y] + b * x + d * y)
               for x in (0.0, advance) for y in (low, high)]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    top, bottom = min(ys), max(ys)
    text = "-" if g[_TEXT] in _PDFIUM_HYPHENS else g[_TEXT]
    return (top, min(xs), max(xs), bottom, text, bottom - top, run.font.name)


def _run(handle, i: int, obj: int, matrix, standard: Descents,
         fonts: dict[int, _Font]) -> _Run:
    """The run of text object `obj` (its glyph i's matrix, size and font), through cffi
    with `matrix` a float[6] buffer of the page (19,612 text objects in the dev PDFs)."""
    _matrix_of(handle, i, matrix)
    a, b, c, d = matrix[0], matrix[1], matrix[2], matrix[3]
    size = _size_of(handle, i)
    key = _font_of(obj)
    font = fonts.get(key)
    if font is None:
        font = fonts[key] = _font(ctypes.cast(key, raw.FPDF_FONT), standard)
    upright = a > 0 and d > 0 and abs(b) < _FLAT and abs(c) < _FLAT
    return _Run(size * d, upright, font, (a, b, c, d), size)


def _font(handle, standard: Descents) -> _Font:
    n = raw.FPDFFont_GetBaseFontName(handle, None, 0)
    buf = ctypes.create_string_buffer(max(1, n))
    raw.FPDFFont_GetBaseFontName(handle, buf, n)
    name = buf.value.decode("utf-8", "replace")
    known = standard(name) if not raw.FPDFFont_GetIsEmbedded(handle) else None
    up, down = ctypes.c_float(), ctypes.c_float()
    raw.FPDFFont_GetAscent(handle, ctypes.c_float(1000.0), ctypes.byref(up))
    raw.FPDFFont_GetDescent(handle, ctypes.c_float(1000.0), ctypes.byref(down))
    height = (up.value - down.value) / 1000.0
    return _Font(name, down.value / 1000.0 if known is None else known, height)


def ruling_edges(page: pdfium.PdfPage) -> tuple[int, list[dict]]:
    """The page's painted subpaths (inside forms too): how many there are, and the
    edges pdfplumber's table finder would take from pdfminer's ruling objects made of
    them, in its dictionaries and top-left coordinates. The edges are a superset (every
    straight step of every subpath, its closing step too), so a table pdfplumber finds
    is found here as well. Every page object is looked at (text objects too: 19,612 in
    the dev PDFs), so the calls go through cffi with objects as plain addresses."""
    place = _to_page(page_box(page))
    count, edges = 0, []
    todo = [(_page_objects, _page_object, _address(page.raw), _IDENTITY)]
    while todo:
        count_of, get, holder, outer = todo.pop()
        for k in range(count_of(holder)):
            obj = get(holder, k)
            kind = _object_type(obj)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                for points in _subpaths(obj, _compose(_matrix(obj), outer)):
                    count += 1
                    edges.extend(_edges([place(x, y) for x, y in points]))
            elif kind == raw.FPDF_PAGEOBJ_FORM:
                todo.append((_form_objects, _form_object, obj, _compose(_matrix(obj), outer)))
    return count, edges


def _fn(signature: str, fn):
    """A PDFium function called through cffi, handles passed as plain addresses."""
    return _ffi.cast(signature, _address(fn))


_page_objects = _fn("int(*)(intptr_t)", raw.FPDFPage_CountObjects)
_page_object = _fn("intptr_t(*)(intptr_t, int)", raw.FPDFPage_GetObject)
_form_objects = _fn("int(*)(intptr_t)", raw.FPDFFormObj_CountObjects)
_form_object = _fn("intptr_t(*)(intptr_t, unsigned long)", raw.FPDFFormObj_GetObject)
_object_type = _fn("int(*)(intptr_t)", raw.FPDFPageObj_GetType)
_object_matrix = _fn("int(*)(intptr_t, float*)", raw.FPDFPageObj_GetMatrix)
_segments = _fn("int(*)(intptr_t)", raw.FPDFPath_CountSegments)
_segment = _fn("intptr_t(*)(intptr_t, int)", raw.FPDFPath_GetPathSegment)
_segment_point = _fn("int(*)(intptr_t, float*, float*)", raw.FPDFPathSegment_GetPoint)
_segment_type = _fn("int(*)(intptr_t)", raw.FPDFPathSegment_GetType)
_segment_closes = _fn("int(*)(intptr_t)", raw.FPDFPathSegment_GetClose)
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _matrix(obj: int) -> tuple:
    m = _ffi.new("float[6]")  # a b c d e f
    if not _object_matrix(obj, m):
        return _IDENTITY
    return tuple(m)


def _compose(inner: tuple, outer: tuple) -> tuple:
    """The matrix that applies `inner`, then `outer`."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _subpaths(obj: int, m: tuple) -> list[list[tuple[float, float]]]:
    """A path's subpaths as points in page space, each closed one ending where it began."""
    xy = _ffi.new("float[2]")
    px, py = xy, xy + 1
    out: list[list[tuple[float, float]]] = []
    for k in range(_segments(obj)):
        seg = _segment(obj, k)
        _segment_point(seg, px, py)
        x, y = xy[0], xy[1]
        pt = (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
        if _segment_type(seg) == raw.FPDF_SEGMENT_MOVETO or not out:
            out.append([pt])
        else:
            out[-1].append(pt)
        if _segment_closes(seg):
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

"""OCR of pages without a usable text layer: pypdfium2 renders, Tesseract reads.

pytesseract drives the `tesseract` binary (Debian: tesseract-ocr tesseract-ocr-dan):
it is a thin, well-kept wrapper with timeouts, and per-page OCR lets us OCR only the
pages that need it and cache each page by the hash of its rendered image.
A page is read as it lies; only when that reading is not Danish prose is its
orientation detected (Tesseract OSD) and the page turned.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest import settings
from ingest.privacy import mask

log = logging.getLogger(__name__)

DPI = 300
LANG = "dan"
PAGE_TIMEOUT = 120
# One column of text of varying sizes: keeps item numbers at the margin with their
# titles and reads a table row by row (psm 3 dropped "1." before "Meddelelser").
PSM = 4

def available() -> bool:
    """Whether tesseract with Danish language data can run here."""
    if not shutil.which("tesseract"):
        return False
    try:
        import pytesseract
        return LANG in pytesseract.get_languages(config="")
    except Exception:  # noqa: BLE001 - any failure means: not usable
        return False


def default_cache() -> Path:
    """Where OCR text is cached when the caller names no folder ($REFERAT_CACHE)."""
    return settings.cache_dir() / "ocr"


def page_ocr(path: Path, cache: Path | None = None) -> Callable[[int], str]:
    """A function page_index -> OCR text for one PDF, cached by image hash."""
    cache = cache or default_cache()

    def run(index: int) -> str:
        if not available():
            log.warning("page %d needs OCR but tesseract with Danish data is not installed "
                        "(apt-get install tesseract-ocr tesseract-ocr-dan)", index + 1)
            return ""
        if not paperlike(path, index):
            log.info("page %d is a picture, not a scanned text page; not OCR'd", index + 1)
            return ""
        image = render(path, index)
        key = hashlib.sha256(image.tobytes() + f"{image.size}{LANG}".encode()).hexdigest()
        hit = cache / key[:2] / f"{key}.txt"
        if hit.exists():
            cached = hit.read_text(encoding="utf-8")
            text = mask(cached)
            if text != cached:  # written before masking reached the cache
                _write_cache(hit, text)
            return text
        text = mask(ocr_image(image))  # the cache holds no CPR number either
        _write_cache(hit, text)
        return text

    return run


def _write_cache(hit: Path, text: str) -> None:
    hit.parent.mkdir(parents=True, exist_ok=True)
    tmp = hit.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(hit)


PAPER_WHITE = 0.5  # scanned text pages are mostly paper; photos and dark pages are not


def paperlike(path: Path, index: int) -> bool:
    """Whether a page looks like a scanned text page (mostly white paper) rather than a
    photo or an illustration, judged from a 30 dpi rendering.

    Measured: scanned minutes and tables 0.76-0.97 of pixels near white; full-page
    photos in a digital report 0.07-0.28."""
    import numpy as np

    small = np.asarray(render(path, index, dpi=30))
    return float((small > 200).mean()) >= PAPER_WHITE


# A scan made at a resolution between these two is read at its own: rendering it at DPI
# only interpolates pixels the scanner never saw, and Tesseract's time grows with the
# pixels. Measured 2026-11-29 on six pages of the Ballerup referat scanned at 200 dpi
# (tests/test_ocr.py's round trip): read at 300 dpi, character error 1.52 % and 10.9
# CPU-s; at the scan's 200 dpi, 1.39 % and 7.9 CPU-s. Coarser scans are still read at
# DPI (not measured), and a finer one at DPI as before.
SCAN_DPI_FLOOR = 200


def render(path: Path, index: int, dpi: int | None = None):
    """One PDF page as a greyscale PIL image, at `dpi`; without one, at DPI or at a
    scanned page's own resolution where that is coarser (SCAN_DPI_FLOOR)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        w, h = page.get_size()
        if dpi is None:
            scanned = scan_dpi(page)
            dpi = scanned if scanned and SCAN_DPI_FLOOR <= scanned < DPI else DPI
        scale = dpi / 72 if max(w, h) * dpi / 72 < 6000 else 6000 / max(w, h)
        return page.render(scale=scale, grayscale=True).to_pil()
    finally:
        pdf.close()


def scan_dpi(page) -> int | None:
    """The resolution of a scanned page: the dots per inch of the one image that covers
    it (turned or not), rounded; None for a page that is not one whole-page image."""
    from pypdfium2 import raw

    images = list(page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=1))
    if len(images) != 1:
        return None
    w, h = page.get_size()
    left, bottom, right, top = images[0].get_bounds()
    across, down = right - left, top - bottom
    if across * down < 0.9 * w * h:
        return None
    px = sorted(images[0].get_px_size())  # a turned image: its long side along the page's
    inches = sorted((across / 72, down / 72))
    return round(max(px[0] / inches[0], px[1] / inches[1]))


_where = threading.local()  # .folder: this thread's folder for OCR's temporary files


@contextmanager
def temporary_folder(folder: str | None) -> Iterator[None]:
    """OCR run by this thread keeps its temporary files (pytesseract's page image,
    tesseract's output) in `folder` (None: the process's temporary folder). A Dask
    worker runs several files at once in threads of one process, where the process's
    `tempfile.tempdir` cannot differ per file; each file gets a folder of its own."""
    before = getattr(_where, "folder", None)
    _where.folder = folder
    try:
        yield
    finally:
        _where.folder = before


def _named_temporary_file(*args, **kwargs):
    """tempfile.NamedTemporaryFile in this thread's OCR folder, when it has one."""
    if kwargs.get("dir") is None:
        kwargs["dir"] = getattr(_where, "folder", None)
    return tempfile.NamedTemporaryFile(*args, **kwargs)


def _tesseract_dies_with_its_parent() -> None:
    """Start tesseract so that the kernel kills it when the process that started it
    (a parser worker) dies: a killed import leaves no OCR running. pytesseract takes
    its Popen arguments from one function; this adds a preexec_fn to them. Its
    temporary files go to the calling thread's folder (temporary_folder)."""
    import pytesseract.pytesseract as pt

    from ingest.batch import die_with_parent

    original = pt.subprocess_args
    if getattr(original, "dies_with_parent", False):
        return

    def args(include_stdout=True):
        env = settings.tesseract_env(os.environ)
        folder = getattr(_where, "folder", None)
        if folder:
            env["TMPDIR"] = folder
        return {**original(include_stdout), "preexec_fn": die_with_parent, "env": env}

    args.dies_with_parent = True
    pt.subprocess_args = args
    pt.NamedTemporaryFile = _named_temporary_file


def ocr_image(image) -> str:
    """Danish OCR of one image, turned upright first.

    Most scanned pages lie upright, so a page whose text lines run across it is read
    as it is first; orientation detection (Tesseract OSD, a quarter of a page's OCR
    time) runs only when the lines run down the page or that reading is not Danish
    prose. Detection can be fooled by a sparse page; when the text read at the detected
    angle is not language either, the other angles are tried and the best reading kept.
    """
    _tesseract_dies_with_its_parent()
    readings: dict[int, str] = {}
    if _lines_across(image):
        readings[0] = _read(image, 0)
        if _upright(readings[0]):
            return readings[0]
    angle = orientation(image)
    for other in dict.fromkeys((angle, 0, 90, 180, 270)):
        if other not in readings:
            readings[other] = _read(image, other)
        if _good(readings[other]):
            return readings[other]
    return max(readings.values(), key=_score)


# A row (column) with less ink than this share of the inkiest one is a gap between
# lines of text (between columns of glyphs).
GAP_INK = 0.02


def _lines_across(image) -> bool:
    """Whether a page's text lines run across it (upright or upside down), not down it:
    the gaps between lines leave more empty rows than columns. Measured on quarter-size
    300 dpi renderings: upright and upside-down referat pages 0.48-0.68 of rows empty
    against 0.07-0.13 of columns (turned sideways, the reverse); a scanned table lying
    sideways 0.23-0.35 against 0.43-0.55. A page that cannot tell goes through OSD."""
    import numpy as np

    grey = image.convert("L")
    ink = np.asarray(grey.resize((max(1, grey.width // 4), max(1, grey.height // 4)))) < 128
    return _gap_share(ink.sum(axis=1)) > _gap_share(ink.sum(axis=0))


def _gap_share(profile) -> float:
    """The share of an ink profile, between its first and last ink, that is gap."""
    import numpy as np

    inked = np.nonzero(profile)[0]
    if not len(inked):
        return 0.0
    span = profile[inked[0]:inked[-1] + 1]
    return float((span <= GAP_INK * span.max()).mean())


def _read(image, angle: int) -> str:
    import pytesseract

    turned = deskew(image.rotate(-angle, expand=True, fillcolor=255) if angle else image)
    try:
        return pytesseract.image_to_string(turned, lang=LANG, config=f"--psm {PSM}",
                                           timeout=PAGE_TIMEOUT)
    except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
        log.warning("OCR timed out: %s", exc)
        return ""


def deskew(image, limit: float = 4.0, step: float = 0.25):
    """The page turned by the small angle that makes its text lines horizontal.

    The angle maximises the variance of the row sums of ink (a projection profile),
    measured on a quarter-size copy; pages straighter than a quarter degree are left.
    """
    import numpy as np

    grey = image.convert("L")
    small = grey.resize((max(1, grey.width // 4), max(1, grey.height // 4)))
    best, best_var = 0.0, -1.0
    for k in range(int(-limit / step), int(limit / step) + 1):
        angle = k * step
        ink = np.asarray(small.rotate(angle, fillcolor=255), dtype=np.uint8) < 128
        var = float(ink.sum(axis=1).var())
        if var > best_var:
            best, best_var = angle, var
    if abs(best) < step:
        return image
    return grey.rotate(best, expand=True, fillcolor=255, resample=3)


def _score(text: str) -> int:
    """How many word-like tokens a reading has."""
    return len(re.findall(r"\b[A-Za-zÆØÅæøå]{3,}\b", text))


# Share of a reading's tokens that are Danish function words for it to count as upright
# prose without asking OSD. Measured: upright referat pages 0.17-0.38 (a cover page
# with a member list 0.07, which then goes through OSD as before); the same pages read
# upside down, which is_language() still passes, 0.01-0.05.
UPRIGHT_SHARE = 0.10


def _upright(text: str) -> bool:
    """Whether a reading is Danish prose, so the page needs no orientation detection."""
    from ingest import vocab

    tokens = [t.strip(".,:;()\"'«»").lower() for t in text.split()]
    tokens = [t for t in tokens if t]
    danish = frozenset(vocab.DANISH_FUNCTION_WORDS)
    hits = sum(1 for t in tokens if t in danish)
    return _good(text) and hits >= UPRIGHT_SHARE * len(tokens)


def _good(text: str) -> bool:
    from ingest.clean import is_language
    return is_language(text) and _score(text) >= 5


def orientation(image) -> int:
    """The clockwise angle that turns the page upright (Tesseract OSD), 0 if unsure."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0 -c min_characters_to_try=10",
                                       output_type=pytesseract.Output.DICT, timeout=60)
    except (pytesseract.TesseractError, RuntimeError):
        return 0  # too little text to tell; read as is
    angle = int(osd.get("rotate", 0))
    return angle if angle and float(osd.get("orientation_conf", 0)) > 1.0 else 0


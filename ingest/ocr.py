"""OCR of pages without a usable text layer: pypdfium2 renders, Tesseract reads.

pytesseract drives the `tesseract` binary (Debian: tesseract-ocr tesseract-ocr-dan):
it is a thin, well-kept wrapper with timeouts, and per-page OCR lets us OCR only the
pages that need it and cache each page by the hash of its rendered image.
Orientation is detected first (Tesseract OSD) so pages scanned sideways are turned.
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

DPI = 300
LANG = "dan"
PAGE_TIMEOUT = 120
os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # OpenMP thrashes on few cores


class OcrUnavailable(RuntimeError):
    """Tesseract or its Danish data is not installed."""


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
    base = os.environ.get("REFERAT_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "referat")
    return Path(base) / "ocr"


def page_ocr(path: Path, cache: Path | None = None) -> Callable[[int], str]:
    """A function page_index -> OCR text for one PDF, cached by image hash."""
    cache = cache or default_cache()

    def run(index: int) -> str:
        if not available():
            log.warning("page %d needs OCR but tesseract with Danish data is not installed "
                        "(apt-get install tesseract-ocr tesseract-ocr-dan)", index + 1)
            return ""
        image = render(path, index)
        key = hashlib.sha256(image.tobytes() + f"{image.size}{LANG}".encode()).hexdigest()
        hit = cache / key[:2] / f"{key}.txt"
        if hit.exists():
            return hit.read_text(encoding="utf-8")
        text = ocr_image(image)
        hit.parent.mkdir(parents=True, exist_ok=True)
        tmp = hit.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(hit)
        return text

    return run


def render(path: Path, index: int, dpi: int = DPI):
    """One PDF page as a greyscale PIL image."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        w, h = page.get_size()
        scale = dpi / 72 if max(w, h) * dpi / 72 < 6000 else 6000 / max(w, h)
        return page.render(scale=scale, grayscale=True).to_pil()
    finally:
        pdf.close()


def ocr_image(image) -> str:
    """Danish OCR of one image, turned upright first."""
    import pytesseract

    image = upright(image)
    try:
        return pytesseract.image_to_string(image, lang=LANG, config="--psm 3",
                                           timeout=PAGE_TIMEOUT)
    except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
        log.warning("OCR timed out: %s", exc)
        return ""


def upright(image):
    """The image rotated so that its text reads left to right."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0 -c min_characters_to_try=10",
                                       output_type=pytesseract.Output.DICT, timeout=60)
    except (pytesseract.TesseractError, RuntimeError):
        return image  # too little text to tell; read as is
    angle = int(osd.get("rotate", 0))
    if angle and float(osd.get("orientation_conf", 0)) > 1.0:
        return image.rotate(-angle, expand=True, fillcolor=255)
    return image

"""One long PDF read by several workers: page ranges read apart, then parsed once.

A worker that takes a long PDF answers `Split` (its page count) instead of reading it;
the pool then hands out `Range` jobs, a few pages each, to whichever workers are free,
and each answers with its pages read and CPR numbers already masked (nothing leaves a
worker unmasked). When every range is back, one `Join` job carries all the pages, in
order, to a worker, which parses the file from them exactly as from an unsplit read:
every page is read on its own, so the pages are the same either way.

The jobs and answers are plain records that travel through the pool's pipes; the
bookkeeping of a file being read in parts is `Parts`.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from ingest import settings
from ingest.errors import IngestError
from ingest.pages import RawPage
from ingest.records import OcrMode, ParseResult

# A PDF with at least this many pages is read in ranges when more than one worker can
# share it: shorter files keep a worker busy for about a second and are better spread
# whole (the dev corpus: 23 pages read in 1.0 CPU s, 108 pages in 4.6 s and parsed in 3.1).
SPLIT_PAGES = 24
# Pages per range: small enough that two workers finish a long report together, large
# enough that opening the document again (milliseconds) stays noise beside reading it.
RANGE_PAGES = 8
# A scan's pages are OCR'd one per job: a page costs seconds (3.7 s per page measured),
# so two workers share even a short scan.
OCR_RANGE_PAGES = 1


@dataclass(frozen=True, slots=True)
class Whole:
    """Parse a file; `split`: a long PDF may come back as a Split instead."""

    task: object  # ingest.batch.Task
    split: bool = False


@dataclass(frozen=True, slots=True)
class Split:
    """The answer to a Whole job for a long PDF or a scan: read it in ranges of `size`
    pages."""

    task: object
    pages: int
    size: int = RANGE_PAGES


@dataclass(frozen=True, slots=True)
class Range:
    """Read pages [first, stop) of a file."""

    task: object
    first: int
    stop: int


@dataclass(frozen=True, slots=True)
class Pages:
    """A range read: its pages (CPR numbers masked: `masked` of them) and its seconds."""

    task: object
    first: int
    pages: tuple[RawPage, ...]
    masked: int
    seconds: float


@dataclass(frozen=True, slots=True)
class Join:
    """Parse a file from all its pages, read in ranges."""

    task: object
    pages: tuple[RawPage, ...]
    masked: int


Job = Whole | Range | Join


def plan(task, ocr: OcrMode) -> Split | None:
    """How to read a file in ranges: a scan (its pages go to OCR) a page per job, a
    long PDF in ranges of RANGE_PAGES; None for any other file (not a PDF, short,
    unreadable to PDFium or over the page limit), and for a file the planner cannot
    look at: read whole, which reports whatever is wrong with it."""
    try:
        return _plan(task, ocr)
    except Exception:  # noqa: BLE001 - the whole read says what is wrong
        return None


def _plan(task, ocr: OcrMode) -> Split | None:
    from ingest.pdf import page_count

    if not _is_pdf(task.path):
        return None
    n = page_count(task.path)
    limit = settings.env_int(settings.MAX_PAGES_ENV, settings.MAX_PAGES)
    if n is None or n < 2 or n > limit:
        return None
    if _scanned(task.path, ocr, n):
        return Split(task, n, OCR_RANGE_PAGES)
    return Split(task, n, RANGE_PAGES) if n >= SPLIT_PAGES else None


def _is_pdf(path: str) -> bool:
    from ingest.readers import sniff

    try:
        return sniff(Path(path))[0] == "pdf"
    except IngestError:
        return False


SCAN_PROBE_PAGES = 2  # a cover page without text does not make a digital file a scan


def _scanned(path: str, ocr: OcrMode, pages: int) -> bool:
    """Whether the file's pages go to OCR: always, or (auto) when none of its first
    pages has a text layer that is language. Only a guess at the file's cost: a file
    read in ranges parses the same."""
    from ingest.clean import is_language
    from ingest.pdf import plain_text

    if ocr == OcrMode.ALWAYS:
        return True
    if ocr != OcrMode.AUTO:
        return False
    return not any(is_language("\n".join(plain_text(path, i) or []))
                   for i in range(min(SCAN_PROBE_PAGES, pages)))


def ranges(task, pages: int, size: int = RANGE_PAGES) -> list[Range]:
    """A file's range jobs of `size` pages, in page order."""
    return [Range(task, first, min(first + size, pages)) for first in range(0, pages, size)]


def read_range(job: Range, ocr: OcrMode, ocr_cache: str | None) -> tuple[tuple, int]:
    """The pages of one range as an unsplit read reads them, CPR numbers masked, and
    how many were masked."""
    from ingest import readers
    from ingest.privacy import mask_pages

    raw = readers.read(Path(job.task.path), ocr=ocr, pages=range(job.first, job.stop),
                       ocr_cache=Path(ocr_cache) if ocr_cache else None)
    raw, masked = mask_pages(raw)
    return raw.pages, masked


def release() -> None:
    """Close the PDF a range read keeps open for the next range of its file (see
    ingest.pdf.read_pdf), if this process has read one."""
    pdf = sys.modules.get("ingest.pdf")
    if pdf is not None:
        pdf.release()


def join(job: Join, ocr: OcrMode) -> ParseResult:
    """The file parsed from its pages, as from an unsplit read."""
    from ingest.pages import RawDocument
    from ingest.pipeline import parse_pages

    task = job.task
    return parse_pages(RawDocument("pdf", job.pages), Path(task.path), ocr,
                       task.sha256 or None, task.shown, job.masked)


@dataclass(slots=True)
class Parts:
    """A file being read in ranges: the ranges back so far and the worker seconds they
    took (the file's time budget counts those)."""

    task: object
    count: int
    done: dict[int, Pages] = field(default_factory=dict)
    spent: float = 0.0
    failed: bool = False

    def add(self, part: Pages) -> Join | None:
        """Take a range back; the Join job once every range is in."""
        self.done[part.first] = part
        self.spent += part.seconds
        if len(self.done) < self.count:
            return None
        parts = [self.done[k] for k in sorted(self.done)]
        return Join(self.task, tuple(p for part in parts for p in part.pages),
                    sum(part.masked for part in parts))

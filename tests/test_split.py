"""A long PDF read by two workers in page ranges parses to exactly what one read gives,
fails as one file, and leaves no CPR number in what a worker sends back."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ingest import ranges
from ingest.batch import Task, parse_many, serve
from ingest.pipeline import parse_file, sha256_file
from search.importer import archive_paths, run_import
from tests.conftest import SEED_PDF, needs_tesseract

PAGES = 30  # over ranges.SPLIT_PAGES: read in ranges whenever two workers share it
CPR_PAGE = 19  # a page with a CPR number, in a range other than the first
TURNED_PAGE = 26  # a page with a turned label: read by pdfplumber, not PDFium
TABLE_PAGE = 12  # a page with a ruled table


def long_referat(path: Path, dense_page: int | None = None) -> Path:
    """A 30-page referat: a running header, numbered items with Indstilling and
    Beslutning, a ruled table, a turned margin label and a CPR number; with
    `dense_page`, that page holds 640,000 characters (too much for a small worker)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for n in range(1, PAGES + 1):
        c.setFont("Helvetica", 9)
        c.drawString(72, 800, f"Teknisk Udvalg   Referat   14. marts 2024   Side {n}")
        if n == 1:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(72, 740, "Referat af mødet i Teknisk Udvalg den 14. marts 2024")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, 700, f"{n}. Vejbelysning på strækning {n}")
        c.setFont("Helvetica", 10)
        c.drawString(72, 680, f"Sagsnr.: 05.01.00-P20-{n}-24")
        body = [f"Forvaltningen foreslår at forny belysningen på strækning {n} i år."] * 8
        if n == CPR_PAGE:
            body[3] = "Borgeren med CPR-nr. 010203-1234 har klaget over lyset."
        _lines(c, 650, ["Indstilling"] + body + ["", "Beslutning", "Godkendt."])
        if n == TABLE_PAGE:
            _table(c)
        if n == TURNED_PAGE:
            c.saveState()
            c.translate(40, 300)
            c.rotate(90)
            c.drawString(0, 0, "Kladde til intern brug")
            c.restoreState()
        if n == dense_page:
            c.setFont("Helvetica", 1)
            for k in range(800):
                c.drawString(5, 830 - k, "vejbelysning " * 60)
        c.showPage()
    c.save()
    return path


def _lines(c, top: float, lines: list[str]) -> None:
    for k, text in enumerate(lines):
        c.drawString(72, top - 14 * k, text)


def _table(c) -> None:
    for r in range(4):
        c.line(72, 300 - r * 20, 472, 300 - r * 20)
    for x in (72, 272, 472):
        c.line(x, 300, x, 240)
    for r, (a, b) in enumerate([("Strækning", "Pris"), ("Nord", "120.000 kr."),
                                ("Syd", "95.000 kr.")]):
        c.drawString(76, 286 - r * 20, a)
        c.drawString(276, 286 - r * 20, b)


def as_json(result) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)


@pytest.fixture(scope="module")
def referat_pdf(tmp_path_factory) -> Path:
    return long_referat(tmp_path_factory.mktemp("lang") / "referat.pdf")


def test_a_long_pdf_read_in_ranges_parses_to_the_unsplit_json(referat_pdf):
    task = Task(str(referat_pdf), sha256_file(referat_pdf), referat_pdf.stat().st_size)
    [done] = list(parse_many([task], workers=2, ocr="never"))
    assert done.error is None and done.parts == -(-PAGES // ranges.RANGE_PAGES)
    unsplit = parse_file(referat_pdf, ocr="never", sha256=task.sha256)
    assert as_json(done.result) == as_json(unsplit)
    assert done.result.source.pages == PAGES and done.result.source.cpr_masked == 1
    assert "010203-1234" not in as_json(done.result)


def test_the_dev_corpus_long_report_parses_the_same_split(dev, archived, archived_parts):
    """The 108-page three-column report, with turned pages and tables, as the shared
    archive's import read it (in page ranges over its two workers, as any two-worker
    import does), against one whole read of it: the split read is the archive's, not
    a third read of the report."""
    [path] = [p for p in dev.rglob("*.pdf")
              if (split := ranges.plan(Task(str(p), "", 0), "never")) and split.pages > 100]
    assert archived_parts[os.path.realpath(path)] > 1
    done, error = archived(path)
    assert error is None, error
    whole = parse_file(Path(done.source.path), ocr="never", sha256=done.source.sha256)
    assert as_json(done) == as_json(whole)


def test_one_worker_reads_a_long_pdf_whole(referat_pdf):
    """Ranges pay off only when another worker reads beside."""
    [done] = list(parse_many([Task(str(referat_pdf), "", 0)], workers=1, ocr="never"))
    assert done.error is None and done.parts == 1


def test_a_range_sends_its_pages_back_with_cpr_numbers_masked(referat_pdf):
    first = (CPR_PAGE - 1) // ranges.RANGE_PAGES * ranges.RANGE_PAGES
    job = ranges.Range(Task(str(referat_pdf), "", 0), first, first + ranges.RANGE_PAGES)
    answer = serve(job, "never", 0, None)
    text = "\n".join(line for p in answer.pages for line in p.lines + p.sidebar)
    assert answer.masked == 1 and "[CPR]" in text and "010203" not in text
    assert [p.number for p in answer.pages] == list(range(first + 1, job.stop + 1))


@needs_tesseract
def test_a_scan_is_ocrd_a_page_per_worker_and_parses_as_one_read(tmp_path):
    scanned = _scan(SEED_PDF, tmp_path / "scan.pdf", pages=3)
    task = Task(str(scanned), sha256_file(scanned), scanned.stat().st_size)
    [done] = list(parse_many([task], workers=2, ocr="auto"))
    assert done.error is None and done.parts == 3 and done.result.source.ocr_pages == 3
    # The same pages again come from the OCR cache: the parse, not Tesseract, is compared.
    assert as_json(done.result) == as_json(parse_file(scanned, ocr="auto",
                                                      sha256=task.sha256))


def _scan(pdf: Path, out: Path, pages: int) -> Path:
    """An image-only copy of a PDF's first pages, as a scanner makes."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    images = [doc[i].render(scale=200 / 72, grayscale=True).to_pil() for i in range(pages)]
    doc.close()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=200)
    return out


def test_a_failing_range_fails_its_file_in_one_line_and_the_batch_goes_on(tmp_path):
    dense = long_referat(tmp_path / "tæt.pdf", dense_page=PAGES - 2)
    small = tmp_path / "kort.txt"
    small.write_text("Referat af mødet i Teknisk Udvalg den 3. marts 2024.\n\n"
                     "1. Vejbelysning\nBeslutning\nGodkendt.\n", encoding="utf-8")
    tasks = [Task(str(p), sha256_file(p), p.stat().st_size) for p in (dense, small)]
    done = {Path(d.task.path).name: d for d in parse_many(tasks, workers=2, ocr="never",
                                                          memory_mb=40, timeout=120)}
    assert len(done) == 2 and done["kort.txt"].error is None
    error = done["tæt.pdf"].error
    assert "memory" in error and "40 MiB" in error and "\n" not in error


def test_a_split_import_equals_a_one_worker_import_and_reruns_parse_nothing(
        tmp_path, referat_pdf):
    folder = tmp_path / "arkiv"
    folder.mkdir()
    (folder / "referat.pdf").write_bytes(referat_pdf.read_bytes())
    (folder / "kort.txt").write_text("Referat af mødet i Kulturudvalget den 2. maj 2024.\n",
                                     encoding="utf-8")
    two, one = tmp_path / "to", tmp_path / "en"
    assert run_import([str(folder)], two, workers=2, ocr="never").ingested == 2
    assert run_import([str(folder)], one, workers=1, ocr="never").ingested == 2
    assert _records(two) == _records(one)
    again = run_import([str(folder)], two, workers=2, ocr="never")
    assert (again.ingested, again.unchanged) == (0, 2)


def _records(index: Path) -> list[str]:
    """Every parse result the archive's catalog keeps, as JSON."""
    from index.catalog import Catalog

    catalog = Catalog(archive_paths(index)[0])
    try:
        return sorted(as_json(r) for r in catalog.results())
    finally:
        catalog.close()


def test_closing_a_part_read_by_pdfplumber_lists_no_other_page(tmp_path):
    """A range whose page pdfplumber lays out walks the page tree to that page only:
    closing the document must not list the rest (pdfplumber's own close() did, for
    every range of a long report)."""
    from ingest.pdf import _Source

    source = _Source(str(long_referat(tmp_path / "lang.pdf")), None)
    source.plumber_page(1)
    pdf = source.plumber()
    source.close()
    assert not hasattr(pdf, "_pages") and len(source._walked) == 2
    assert pdf.stream.closed


def ruled_turned_pdf(path: Path, pages: int = 8, plumber_pages: tuple = (2, 6)) -> Path:
    """A PDF whose pages in `plumber_pages` (1-based) hold a ruled table and a turned
    label: pdfplumber lays those out, PDFium the others."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 10)
        _lines(c, 760, [f"Punkt {n}: Udvalget godkendte indstillingen om vejene."] * 6)
        if n in plumber_pages:
            _table(c)
            c.saveState()
            c.translate(40, 300)
            c.rotate(90)
            c.drawString(0, 0, "Kladde til intern brug")
            c.restoreState()
        c.showPage()
    c.save()
    return path


def test_the_next_part_of_a_file_goes_on_walking_its_page_tree(tmp_path):
    """A worker reading several parts of one long PDF walks pdfplumber's page tree once
    (each part walking it from the first page cost a 108-page report 0.2-1.0 CPU s) and
    opens the file in PDFium once; the pages are the pages of a whole read."""
    from ingest import pdf

    path = str(ruled_turned_pdf(tmp_path / "tabeller.pdf"))
    whole = pdf.read_pdf(path, ocr_mode="never")
    first = pdf.read_pdf(path, ocr_mode="never", pages=range(0, 4))
    [held] = pdf._held.values()
    plumber, doc = held.plumber(), held.doc
    second = pdf.read_pdf(path, ocr_mode="never", pages=range(4, 8))
    [again] = pdf._held.values()
    assert first + second == whole
    assert again.plumber() is plumber and len(again._walked) == 6  # pages 1-6, once
    assert again.doc is doc
    pdf.release()
    assert not pdf._held and plumber.stream.closed


def test_a_part_of_a_changed_file_is_read_from_its_new_bytes(tmp_path):
    from ingest import pdf

    path = tmp_path / "tabeller.pdf"
    ruled_turned_pdf(path)
    pdf.read_pdf(str(path), ocr_mode="never", pages=range(0, 4))
    [held] = pdf._held.values()
    ruled_turned_pdf(tmp_path / "other.pdf", pages=9, plumber_pages=(2, 7))
    os.replace(tmp_path / "other.pdf", path)
    second = pdf.read_pdf(str(path), ocr_mode="never", pages=range(4, 9))
    assert second == pdf.read_pdf(str(path), ocr_mode="never")[4:9]
    assert held.plumber().stream.closed
    pdf.release()


def test_a_worker_lets_go_of_a_files_pdf_when_it_moves_on(tmp_path):
    from ingest import pdf

    path = ruled_turned_pdf(tmp_path / "tabeller.pdf")
    task = Task(str(path), "", 0)
    serve(ranges.Range(task, 0, 4), "never", 0, None)
    [held] = pdf._held.values()
    serve(ranges.Whole(task), "never", 0, None)
    assert not pdf._held and held.plumber().stream.closed

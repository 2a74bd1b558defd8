"""Scanned and hostile PDFs: real Tesseract OCR, real PDFs built in the test.

Measured on this machine (2 cores, tesseract 5.3 with -l dan, OMP_THREAD_LIMIT=1,
300 dpi rendering), 2026-11-26:
- OCR round trip of the 15-page Ballerup referat (pages rendered at 200 dpi, two
  turned 90/270 degrees, two skewed 1.5 degrees, JPEG quality 70): all 8 items with
  the digital titles, character error rate on item text 1.2 % (most of it in one
  table whose cells the digital reader joins with " | "); about 2.8 s per page.
- Scanned, rotated building table (8 pages): 2.5-3.7 s per page including
  orientation detection.
"""
from __future__ import annotations

import io
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from rapidfuzz.distance import Levenshtein
from reportlab.lib import pdfencrypt
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ingest.errors import EncryptedDocument, ParseTimeout, TooLarge
from ingest.pipeline import parse_file
from tests.conftest import needs_tesseract, pages_of

BALLERUP = Path("ballerup-edoc-2012") / "ballerup-sfu_referat_2012-12-04.pdf"
SCANNED = Path("ballerup-edoc-2012") / "bilag" / "1537646_bygningsliste-og-prioriteringssystem_SCANNET.pdf"


def scan(pdf: Path, out: Path, dpi: int = 200, turned=(2, 5), skewed=(3, 8)) -> Path:
    """An image-only 'scan' of a digital PDF: rendered, some pages turned or skewed,
    JPEG-compressed, with no text layer at all."""
    doc = pdfium.PdfDocument(str(pdf))
    images = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if i in turned:
            img = img.rotate(90 if i % 2 else 270, expand=True)
        if i in skewed:
            img = img.rotate(1.5, expand=True, fillcolor=255, resample=Image.BICUBIC)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=70)
        images.append(Image.open(io.BytesIO(buf.getvalue())))
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out


def item_text(result) -> str:
    return " ".join(" ".join(i.text.split()) for d in result.documents for i in d.items)


# The round trip reads the referat's first six pages, a short referat of its own: the
# front page (committee, date, members), the table of contents and three whole items,
# one over three pages; two pages turned and one skewed (scan's defaults). Not all 15:
# each page costs seconds of Tesseract, and these are the kinds of page the claim is
# about. Measured 2026-11-28: items 1-3 with the digital titles, character error 1.5 %;
# 2026-11-29, read at the scan's own 200 dpi (ocr.SCAN_DPI_FLOOR), 1.4 %.
# (Pages 11-12's tables, whose cells the digital reader joins with " | ", read at 5.8 %
# on their own; over all 15 pages they made most of the 1.2 % measured above.)
ROUND_TRIP_PAGES = range(6)


@needs_tesseract
@pytest.mark.slow
def test_ocr_round_trip_of_the_ballerup_referat(dev, tmp_path):
    pages = pages_of(dev / BALLERUP, ROUND_TRIP_PAGES, tmp_path / "digital.pdf")
    digital = parse_file(pages, ocr="never")
    # No time budget: this is about what OCR reads; the budget has tests of its own, and
    # with the other test worker busy on the same two cores 15 pages of OCR under load
    # ran past parse_file's default 300 s (load 7, one xdist run).
    scanned = parse_file(scan(pages, tmp_path / "scan.pdf"), ocr="auto", timeout=None)
    assert scanned.source.ocr_pages == scanned.source.pages == len(ROUND_TRIP_PAGES)
    items = [(i.number, i.title) for d in scanned.documents for i in d.items]
    assert [n for n, _ in items] == ["1", "2", "3"]
    assert items == [(i.number, i.title) for i in digital.documents[0].items]
    ref, got = item_text(digital), item_text(scanned)
    cer = Levenshtein.distance(ref, got) / len(ref)
    assert cer <= 0.02, f"character error rate {cer:.2%}"


def _image_pdf(out: Path, dpi: int, turned: bool = False) -> Path:
    """An A4 page that is one scanned image made at `dpi` (lying sideways if turned)."""
    size = (round(8.27 * dpi), round(11.69 * dpi))
    Image.new("L", size[::-1] if turned else size, 255).save(out, "PDF", resolution=dpi)
    return out


@pytest.mark.parametrize("dpi, read_at", [(200, 200), (240, 240), (300, 300), (400, 300),
                                          (150, 300)])
def test_a_scan_is_rendered_for_ocr_at_its_own_resolution_up_to_dpi(tmp_path, dpi, read_at):
    """A 200-300 dpi scan is read at the resolution it was made at (no pixels invented);
    finer ones at ocr.DPI, and coarser ones too. Turned or not, the same."""
    from ingest import ocr

    for turned in (False, True):
        pdf = _image_pdf(tmp_path / f"scan-{dpi}-{turned}.pdf", dpi, turned)
        image = ocr.render(pdf, 0)
        assert abs(max(image.size) - 11.69 * read_at) <= 2, (turned, image.size)


def test_a_digital_page_is_rendered_for_ocr_at_dpi(tmp_path):
    from ingest import ocr

    pdf = tmp_path / "digital.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(595, 842))
    c.drawString(60, 760, "Referat af mødet i Teknisk Udvalg")
    c.drawInlineImage(Image.new("L", (50, 50), 0), 60, 600, 50, 50)  # a logo, not a scan
    c.showPage()
    c.save()
    width, height = ocr.render(pdf, 0).size
    assert abs(width - 595 / 72 * ocr.DPI) <= 1 and abs(height - 842 / 72 * ocr.DPI) <= 1


@needs_tesseract
def test_scanned_rotated_table_yields_its_entries(dev, archived):
    """As the shared archive's import read it (parse_file with OCR in its workers): its
    eight pages cost about 40 CPU-s of Tesseract, paid once per run, not again here or
    by a second worker that reached this test before the archive had cached them."""
    result, error = archived(dev / SCANNED)
    assert error is None, error
    assert result.source.ocr_pages == 8
    text = " ".join(d.text for d in result.documents)
    for entry in ("Ballerup Idrætspark", "Pederstrupvej", "Skovlunde", "Måløv", "Solvej 6"):
        assert entry in text


@needs_tesseract
def test_ocr_results_are_cached_by_page_image(dev, tmp_path):
    one = tmp_path / "one.pdf"
    pdfium.PdfDocument(str(dev / BALLERUP))[0].render(scale=200 / 72).to_pil().save(
        one, "PDF", resolution=200)  # the first page as an image only
    cache = tmp_path / "cache"
    first = parse_file(one, ocr_cache=cache)
    cached = list(cache.rglob("*.txt"))
    assert first.source.ocr_pages == 1 and len(cached) == 1
    cached[0].write_text("Referat\n\nFra cachen: Sundheds- og Forebyggelsesudvalget\n",
                         encoding="utf-8")
    again = parse_file(one, ocr_cache=cache)  # read from the cache, not OCR'd again
    assert "Fra cachen" in again.documents[0].text + again.documents[0].title


@needs_tesseract
def test_old_spelling_survives_ocr(tmp_path):
    page = tmp_path / "protokol.pdf"
    c = canvas.Canvas(str(page))
    c.setFont("Times-Roman", 14)
    for k, line in enumerate(["Aar 1942 d. 6 Januar afholdtes Sogneraadsmøde i Skolen.",
                              "Alle Medlemmer var mødt. Følgende forhandledes:",
                              "1. Kassebeholdningen blev gennemgaaet og godkendt."]):
        c.drawString(60, 760 - 22 * k, line)
    c.showPage()
    c.save()
    image_only = tmp_path / "scan.pdf"
    img = pdfium.PdfDocument(str(page))[0].render(scale=300 / 72).to_pil()
    img.save(image_only, "PDF", resolution=300)
    result = parse_file(image_only)
    text = " ".join(d.text for d in result.documents)
    assert "Sogneraadsmøde" in text and "Aar 1942 d. 6 Januar" in text
    assert result.documents[0].date == "1942-01-06"


def test_digital_pdf_of_108_pages_is_never_sent_to_ocr(dev, archived):
    """As the shared archive's import read it (OCR on where a page needs it, the pages in
    ranges over both workers): not one page of the report went to Tesseract."""
    result, error = archived(dev / "ballerup-edoc-2012" / "bilag" /
                             "1543229_KL-det-naere-sundhedsvaesen.pdf")
    assert error is None, error
    assert (result.source.pages, result.source.ocr_pages) == (108, 0)


def one_page(pdf: Path, index: int, out: Path) -> Path:
    """Page `index` of pdf as a PDF of its own, its content and fonts copied as they are:
    a page is read on its own, so its lines are the lines it has in the whole document
    (reading all 108 pages of the report for one of them took seconds)."""
    return pages_of(pdf, (index,), out)


def test_three_columns_are_read_column_by_column(dev, tmp_path):
    from ingest.pdf import read_pdf
    report = dev / "ballerup-edoc-2012" / "bilag" / "1543229_KL-det-naere-sundhedsvaesen.pdf"
    [page] = read_pdf(str(one_page(report, 20, tmp_path / "page-21.pdf")), ocr_mode="never")
    text = "\n".join(page.lines)
    assert "Kommunernes opgaver i relation\ntil den ældre medicinske patient" in text
    # A two-column passage inside the right-hand column is read column by column too.
    assert "Den høje grad af henvisning fra\nsygehusene kombineret med sti" in text
    assert "udviklingen må forventes at blive\nforstærket i de kommende år" in text


def test_email_header_reads_label_then_value(dev):
    from ingest.pdf import read_pdf
    page = read_pdf(str(dev / "middelfart-edoc-fujitsu-2017" / "bilag" /
                        "6110589-6660338-2_email-trekantbrand-nyhedsbrev-2-2017.pdf"),
                    ocr_mode="never")[0]
    assert "From: Maja Maria Føns" in page.lines
    assert "Subject: TrekantBrand nyhedsbrev nr. 2-2017" in page.lines


def test_table_rows_keep_their_cells_together(dev):
    from ingest.pdf import read_pdf
    page = read_pdf(str(dev / "aarhus-firstagenda" /
                        "aarhus-sundhed-omsorg_sager-paa-vej_2025-08-29.pdf"), ocr_mode="never")[0]
    assert "Serviceniveau for 2026 | Borgervelfærd | November" in page.lines
    assert ("Implementering af ældrelov | Taskforce | Vedtaget. Byrådet 10. juni"
            in page.lines)


def _pdf(path: Path, pages: int = 1, text: str = "Referat", encrypt=None, images: int = 0):
    c = canvas.Canvas(str(path), encrypt=encrypt)
    dot = ImageReader(Image.new("L", (2, 2), 0))
    for n in range(pages):
        c.setFont("Helvetica", 11)
        c.drawString(60, 780, f"{text} side {n + 1}")
        c.drawString(60, 760, "Udvalget godkendte indstillingen om vejbelysning.")
        for k in range(images):
            c.drawImage(dot, 20 + (k % 100) * 5, 40 + (k // 100) * 5, 2, 2)
        c.showPage()
    c.save()
    return path


def test_owner_password_only_is_read(tmp_path):
    enc = pdfencrypt.StandardEncryption("", ownerPassword="ejer", canPrint=0)
    result = parse_file(_pdf(tmp_path / "owner.pdf", encrypt=enc), ocr="never")
    assert "vejbelysning" in result.documents[0].text


def test_user_password_is_refused_with_a_named_error(tmp_path):
    enc = pdfencrypt.StandardEncryption("hemmelig", ownerPassword="ejer")
    with pytest.raises(EncryptedDocument, match="needs a password"):
        parse_file(_pdf(tmp_path / "user.pdf", encrypt=enc))


def test_five_thousand_tiny_images_on_a_page(tmp_path):
    pdf = _pdf(tmp_path / "images.pdf", images=5000)
    start = time.monotonic()
    result = parse_file(pdf, ocr="never", timeout=120)
    assert "vejbelysning" in result.documents[0].text
    assert time.monotonic() - start < 120


def test_hundreds_of_pages_are_read_with_their_page_numbers(tmp_path):
    result = parse_file(_pdf(tmp_path / "long.pdf", pages=300), ocr="never", timeout=300)
    assert result.source.pages == 300
    assert result.documents[0].pages == (1, 300)


def test_time_budget_stops_a_slow_file(tmp_path):
    with pytest.raises(ParseTimeout, match="time budget"):
        parse_file(_pdf(tmp_path / "slow.pdf", pages=1500), ocr="never", timeout=0.2)


def test_page_limit_refuses_absurd_page_counts(tmp_path, monkeypatch):
    import ingest.pdf
    monkeypatch.setattr(ingest.pdf, "MAX_PAGES", 50)
    with pytest.raises(TooLarge, match="more than the limit of 50"):
        parse_file(_pdf(tmp_path / "many.pdf", pages=60), ocr="never")

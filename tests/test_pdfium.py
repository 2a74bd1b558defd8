"""PDFium page reading gives the pages pdfplumber's reading gives, only faster."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest import pdf
from ingest.pdf import read_pdf
from tests.conftest import REPO, dev_files, pages_of


def _plumber(path: Path):
    """The pages as pdfplumber alone reads them (the reference)."""
    return pdf._read_plumber(str(path), "never", None, None)


def _page_pdf(tmp_path: Path, draw) -> Path:
    from reportlab.pdfgen import canvas

    path = tmp_path / "page.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    draw(c)
    c.showPage()
    c.save()
    return path


SAMPLES = sorted(p for p in (REPO / "samples").glob("*.pdf"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_a_sample_reads_the_same_with_pdfium(path):
    assert read_pdf(str(path), ocr_mode="never") == _plumber(path)


# The 108-page three-column report is compared on pages of every kind it has (reading
# it whole with pdfplumber took 19 s, most of this module's time); 1-based: the cover
# (ruled), the contents, turned glyphs beside a sender column (5, 42, 97), a page ruled
# all over (18), turned glyphs alone (19), three columns (21), ruled figures (60, 84)
# and the last page.
REPORT = str(Path("ballerup-edoc-2012") / "bilag" / "1543229_KL-det-naere-sundhedsvaesen.pdf")
REPORT_PAGES = (1, 2, 5, 18, 19, 21, 42, 60, 84, 97, 108)


def test_the_long_report_reads_the_same_with_pdfium_on_pages_of_every_kind(dev, tmp_path):
    sample = pages_of(dev / REPORT, [n - 1 for n in REPORT_PAGES], tmp_path / "sample.pdf")
    ours, theirs = read_pdf(str(sample), ocr_mode="never"), _plumber(sample)
    assert len(ours) == len(REPORT_PAGES) and any(p.sidebar for p in ours)
    assert ours == theirs or _casefolded(ours) == _casefolded(theirs)


@pytest.mark.parametrize("rel", [r for r in dev_files(pattern="*.pdf") if r != REPORT])
def test_every_dev_pdf_reads_the_same_with_pdfium(dev, rel):
    """Every page as pdfplumber reads it, but for letters whose case the two libraries
    read differently: a caps font's label printed INDLÆGGELSE, turned on its side, is
    'Indlæggelse' to PDFium and 'InDlæggelSe' to pdfminer (their font maps differ).
    Per file, so that xdist workers share the corpus and a failure names its file (the
    long report: on its sample, above)."""
    ours, theirs = read_pdf(str(dev / rel), ocr_mode="never"), _plumber(dev / rel)
    assert ours == theirs or _casefolded(ours) == _casefolded(theirs), rel


def _casefolded(pages) -> list:
    return [(p.lines and tuple(x.casefold() for x in p.lines),
             tuple(x.casefold() for x in p.sidebar), p.top, p.bottom, p.strong)
            for p in pages]


def _overhanging(c) -> None:
    """Italic words whose last letter's ink reaches past its advance ('af', 'f')."""
    c.setFont("Helvetica-Oblique", 10)
    for i in range(12):
        c.drawString(72, 760 - 14 * i, f"Udarbejdet af Statens Institut for Folkesundhed {i}")


def test_a_glyph_whose_ink_overhangs_does_not_join_the_next_word(tmp_path):
    path = _page_pdf(tmp_path, _overhanging)
    pages = read_pdf(str(path), ocr_mode="never")
    assert "Udarbejdet af Statens Institut for Folkesundhed 0" in pages[0].lines
    assert pages == _plumber(path)


def _ligatures(c) -> None:
    """Text set with the 'fi' and 'fl' ligature glyphs, as typesetting programs do."""
    c.setFont("Helvetica", 11)
    for i in range(8):
        c.drawString(72, 760 - 15 * i, f"stratiﬁcering og ﬂere borgere {i}")


def test_a_ligature_is_one_glyph_of_its_letters(tmp_path):
    path = _page_pdf(tmp_path, _ligatures)
    assert read_pdf(str(path), ocr_mode="never") == _plumber(path)


def _turned(c) -> None:
    c.setFont("Helvetica", 11)
    for i in range(8):
        c.drawString(72, 760 - 15 * i, f"Punkt {i}: Byrådet godkendte indstillingen")
    c.saveState()
    c.translate(560, 300)
    c.rotate(90)
    c.drawString(0, 0, "Sagsnr. 27.00.00-A00-1-24")
    c.restoreState()


def test_a_page_with_turned_text_reads_as_pdfplumber_reads_it(tmp_path):
    path = _page_pdf(tmp_path, _turned)
    pages = read_pdf(str(path), ocr_mode="never")
    assert "Punkt 0: Byrådet godkendte indstillingen" in pages[0].lines
    assert pages == _plumber(path)


def _slanted(c) -> None:
    """Words slanted by a skewed text matrix (an oblique made from an upright font),
    text turned a quarter the other way and upside down, beside upright lines."""
    c.setFont("Helvetica", 11)
    for i in range(8):
        c.drawString(72, 760 - 15 * i, f"Punkt {i}: Udvalget anbefaler forslaget")
    c.saveState()
    c.transform(1, 0, 0.33, 1, 72, 600)
    c.drawString(0, 0, "Bemærk: sagen genoptages i næste møde")
    c.restoreState()
    for angle, (x, y) in ((270, (40, 500)), (180, (400, 300))):
        c.saveState()
        c.translate(x, y)
        c.rotate(angle)
        c.drawString(0, 0, "Kladde til intern brug")
        c.restoreState()


def test_slanted_and_turned_glyphs_are_boxed_as_pdfminer_boxes_them(tmp_path):
    path = _page_pdf(tmp_path, _slanted)
    pages = read_pdf(str(path), ocr_mode="never")
    assert any(line.startswith("Bemærk:") for line in pages[0].lines)
    assert "gurb nretni lit eddalK" in pages[0].lines  # upside down, as pdfminer reads it
    assert pages == _plumber(path)


def _ruled(c) -> None:
    """A 3x3 ruled table under a few lines of text."""
    c.setFont("Helvetica", 11)
    for i in range(6):
        c.drawString(72, 780 - 15 * i, f"Punkt {i}: Udvalget drøftede sagen")
    xs, ys = (72, 222, 372, 522), (650, 620, 590, 560)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for r, y in enumerate(ys[:-1]):
        for k, x in enumerate(xs[:-1]):
            c.drawString(x + 5, y - 20, f"Celle {r}{k}")


def _underlined(c) -> None:
    """Lines of text with a rule under each: rulings, but no table."""
    c.setFont("Helvetica", 11)
    for i in range(10):
        c.drawString(72, 780 - 30 * i, f"Beslutning {i}: Godkendt")
        c.line(72, 776 - 30 * i, 300, 776 - 30 * i)


@pytest.mark.parametrize("draw", [_ruled, _underlined], ids=["table", "rules"])
def test_a_page_with_rulings_reads_the_same_with_pdfium(tmp_path, draw):
    path = _page_pdf(tmp_path, draw)
    pages = read_pdf(str(path), ocr_mode="never")
    assert pages == _plumber(path)
    if draw is _ruled:
        assert "Celle 00 | Celle 01 | Celle 02" in pages[0].lines


def _spanning(c) -> None:
    """A ruled table with a row whose cell spans two columns, an empty cell, and cell
    texts of several words and lines."""
    c.setFont("Helvetica", 10)
    xs, ys = (72, 520), (700, 670, 640, 600, 570)
    for x in (72, 330, 520):
        c.line(x, ys[0], x, ys[-1])
    c.line(200, ys[0], 200, ys[1])  # no rule between the first two cells of row 2
    c.line(200, ys[2], 200, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    c.drawString(77, 685, "Sag")
    c.drawString(205, 685, "Indstilling")
    c.drawString(335, 685, "Beslutning")
    c.drawString(77, 655, "Hele rækken spænder over to kolonner")
    c.drawString(335, 655, "Godkendt")
    c.drawString(77, 625, "Vejbelysning")
    c.drawString(77, 612, "i Nordby")
    c.drawString(335, 625, "Udsat")
    c.drawString(77, 585, "Budget 2025")
    c.drawString(205, 585, "Tiltrædes")


@pytest.mark.parametrize("draw", [_ruled, _spanning], ids=["grid", "spanning"])
def test_table_cells_are_read_as_pdfplumbers_extract_reads_them(tmp_path, draw):
    """pdf._extract finds a row's characters by their middles instead of testing every
    character against every row; its cells must be extract()'s, None and '' included."""
    import pdfplumber

    with pdfplumber.open(_page_pdf(tmp_path, draw)) as doc:
        tables = doc.pages[0].find_tables()
        assert tables
        for table in tables:
            assert pdf._extract(table) == table.extract()
    if draw is _spanning:
        assert [None] in [row[1:2] for row in pdf._extract(tables[0])]


def test_a_batch_starts_its_largest_file_first(tmp_path):
    """A long report handed out last would keep one worker busy alone at the end."""
    from ingest.batch import Task, parse_many

    tasks = []
    for name, repeat in (("kort.txt", 2), ("lang.txt", 40), ("mellem.txt", 10)):
        path = tmp_path / name
        path.write_text("Referat af mødet i Teknisk Udvalg den 3. marts 2024.\n" * repeat,
                        encoding="utf-8")
        tasks.append(Task(str(path), "", path.stat().st_size))
    order = [Path(d.task.path).name for d in parse_many(tasks, workers=1, ocr="never")]
    assert order == ["lang.txt", "mellem.txt", "kort.txt"]


def _covered(lines, left: float) -> list[int]:
    """How many lines cover each 2-point bin, counted the plain way (a bin once per line)."""
    from ingest.pdf import _BIN

    cover: dict[int, int] = {}
    for words in lines:
        seen = {b for x0, x1 in words
                for b in range(int((x0 - left) / _BIN), int((x1 - left) / _BIN) + 1)}
        for b in seen:
            cover[b] = cover.get(b, 0) + 1
    return cover


@pytest.mark.parametrize("lines", [
    [[(72.0, 90.0), (95.0, 140.0)], [(72.0, 300.0)], [(310.5, 330.0)]],  # columns
    [[(10.0, 20.0), (19.0, 25.0), (24.5, 24.9)]],  # words sharing bins count once
    [[(-4.0, 3.0), (590.0, 610.0)]],  # text left of and beyond the page
    [[(50.0, 40.0), (60.0, 61.0)]],  # a word whose right edge is left of its left
])
def test_gutter_coverage_counts_each_line_once_per_bin(lines):
    """Column gutters are bins (almost) no line covers: the count per bin is the number
    of lines with a word in it, however many of their words share it."""
    from ingest.pdf import _Line, _coverage

    made = [_Line(0.0, 1.0, min(a for a, _ in ws), max(b for _, b in ws),
                  [{"x0": a, "x1": b, "text": "x"} for a, b in sorted(ws)]) for ws in lines]
    cover, left = _coverage(made, 595.0)
    expected = _covered(lines, left)
    assert {b: n for b, n in enumerate(cover) if n} == expected

"""Paragraph breaks come from the page's own spacing, not from a fixed share of the
glyph height: a text layer laid over handwriting, or a double-spaced rendering, has
wide gaps between every line of one sentence."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

from ingest.pdf import read_pdf

FIRST = ["Sogneraadet afholdt i Dag Møde hvor følgende",
         "behandledes. Fra Amtsraadet forelaa Meddelelse om",
         "Vejbidrag for det kommende Aar, og der vedtoges",
         "at yde et Tilskud paa 200 Kr. til Vejenes",
         "Vedligeholdelse i Kommunen."]
SECOND = ["Derefter behandledes Ansøgning fra Brandvæsenet",
          "om ny Sprøjte, og Ansøgningen blev imødekommet",
          "af det samlede Sogneraad."]


def _pdf(path: Path, size: float, pitch: float, paragraph_gap: float) -> Path:
    from reportlab.pdfgen import canvas

    buf = BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    y = 600.0  # below the header band
    for block in (FIRST, SECOND):
        for line in block:
            c.setFont("Helvetica", size)
            c.drawString(60, y, line)
            y -= pitch
        y -= paragraph_gap
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


def _paragraphs(path: Path) -> list[str]:
    first = next(iter(read_pdf(path)))
    return " ".join(x or "\n" for x in first.lines).split("\n")


def test_wide_line_spacing_keeps_a_sentence_in_one_paragraph(tmp_path):
    # 8-point glyphs 21 points apart, as a transcription layer over a handwritten page
    paras = _paragraphs(_pdf(tmp_path / "wide.pdf", 8, 21, 24))
    assert len(paras) == 2
    assert paras[0].strip().startswith("Sogneraadet") and "Vedligeholdelse" in paras[0]
    assert paras[1].strip().startswith("Derefter")


def test_typeset_text_keeps_its_paragraph_gap(tmp_path):
    paras = _paragraphs(_pdf(tmp_path / "typeset.pdf", 11, 13, 12))
    assert len(paras) == 2
    assert paras[1].strip().startswith("Derefter")

"""Render small meeting documents in layouts the corpus lacks, as PDFs with bold headings.

    python samples/make_layouts.py        (needs reportlab, a test dependency)

Each document below is written for this project (invented committees and people): an
SBSYS-style referat whose items are numbered without a full stop and have sub-items
('1', '1.1'), and an Acadre-style referat numbered by a running counter ('715.') with
its decision history ('Beslutning i Udvalget ... den ...'). Lines starting with '#' are
set in bold, '##' in bold and larger type. The output is deterministic.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).parent
W, H = A4
X, TOP, BOTTOM, LEAD = 60, 780, 70, 13
BODY = ("Helvetica", 10)
BOLD = ("Helvetica-Bold", 10)
LARGE = ("Helvetica-Bold", 14)

SBSYS = """\
## Referat
# Miljø- og Teknikudvalget

Dato: 14. marts 2016
Tid: 16:00 - 18:00
Sted: Mødelokale 2, Rådhuset
Deltagere:
Hanne Madsen (A) - formand
Peter Holm (V)
Lise Berg (F)
Afbud:
Jens Kragh (O)

# 1 Meddelelser
# 1.1 Orientering om vejarbejder på Storegade
Sagsnr.: MDR-2016-02836
Forvaltningen orienterede om vejarbejdet, som afsluttes i maj.
# Beslutning
Taget til efterretning.

# 1.2 Status på vintertjenesten
Sagsnr.: MDR-2016-01917
Der er brugt 2 mio. kr. af budgettet på 3 mio. kr.
# Beslutning
Taget til efterretning.

# 2 Godkendelse af trafikplan 2016-2020
Sagsnr.: MDR-2015-11420
# Sagsfremstilling
Planen har været i høring. Der kom 14 høringssvar, som er vedlagt.
1. Cykelstier prioriteres før parkering.
2. Skolevejene gennemgås hvert år.
3. Planen evalueres i 2018.
# Indstilling
Forvaltningen indstiller, at trafikplanen godkendes.
# Beslutning
Godkendt.

# 3 Eventuelt
# Beslutning
Intet til referat.
"""

ACADRE = """\
## Referat
# Byrådet
Mødedato: 27. juni 2013 kl. 19:00
Mødested: Byrådssalen

# 715. Kulturkommune 2017
Sagsnr.: 12/27845
Sagen afgøres i: Byrådet
# Resume
Kommunen søger om at blive Kulturkommune 2017, jf. sag 702.
# Indstilling
Direktionen indstiller, at ansøgningen sendes.
# Beslutning i Udvalget for Kultur og Fritid den 20-06-2013
Anbefales.
# Beslutning i Byrådet den 27-06-2013
Godkendt.

# 716. Lokalplan 112 for et boligområde ved Skovvej
Sagsnr.: 13/10233
Sagen afgøres i: Byrådet
# Resume
Lokalplanen har været fremlagt i 8 uger, jf. Byrådets beslutning § 81 den 3. maj 2013.
# Indstilling
Direktionen indstiller, at lokalplanen vedtages endeligt.
# Beslutning i Byrådet den 27-06-2013
Udsat.
"""

DOCUMENTS = {"sbsys-udvalg-referat.pdf": SBSYS, "acadre-byraad-referat.pdf": ACADRE}


def render(text: str, path: Path) -> None:
    """One document as a PDF: body lines in Helvetica, '#' lines bold, '##' larger."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setTitle(path.stem)
    y = TOP
    for line in text.split("\n"):
        font, line = (LARGE, line[3:]) if line.startswith("## ") else \
            (BOLD, line[2:]) if line.startswith("# ") else (BODY, line)
        if y < BOTTOM:
            pdf.showPage()
            y = TOP
        pdf.setFont(*font)
        pdf.drawString(X, y, line)
        y -= LEAD * (1.4 if font is LARGE else 1.0)
    pdf.save()


def main() -> None:
    for name, text in DOCUMENTS.items():
        render(text, HERE / name)


if __name__ == "__main__":
    main()

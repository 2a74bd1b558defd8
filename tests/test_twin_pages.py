"""Archives publish a scanned page followed by its transcription: one page, read once."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

from ingest.pipeline import parse_file

ENTRY = """Sogneraadet afholdt i Dag Møde hvor følgende behandledes.
Fra Amtsraadet forelaa Meddelelse om Vejbidrag for det kommende Aar.
Der vedtoges at yde et Tilskud paa 200 Kr. til Vejenes Vedligeholdelse.
Derefter behandledes Ansøgning fra Brandvæsenet om ny Sprøjte til Byen.
Ansøgningen blev imødekommet og Beløbet bevilget af Kassebeholdningen.
Elev Sogneraad den 2/12 1940
Niels Sørensen
Sogneraadet afholdt i Dag Møde hvor følgende behandledes.
Budgettet for Aaret 1941/42 var til sidste Behandling og blev vedtaget uden Ændringer.
Elev Sogneraad den 10/2 1941
Niels Sørensen"""


def _pdf(pages: list[list[str]]) -> bytes:
    from reportlab.pdfgen import canvas

    buf = BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for lines in pages:
        for k, line in enumerate(lines):
            c.drawString(60, 780 - 16 * k, line)
        c.showPage()
    c.save()
    return buf.getvalue()


def _decisions(path: Path) -> list[str]:
    result = parse_file(path, ocr="never")
    return [it.decision.text for d in result.documents for it in d.items if it.decision]


def test_a_page_followed_by_its_twin_yields_its_decisions_once(tmp_path):
    once = tmp_path / "once.pdf"
    twice = tmp_path / "twice.pdf"
    lines = ENTRY.splitlines()
    once.write_bytes(_pdf([lines]))
    # the twin orders the signature differently, as a second reading of a page may
    twice.write_bytes(_pdf([lines, lines[:-2] + lines[-1:] + lines[-2:-1]]))
    assert _decisions(once)
    assert _decisions(twice) == _decisions(once)


def test_pages_that_differ_are_all_read(tmp_path):
    lines = ENTRY.splitlines()
    other = [ln.replace("Brandvæsenet", "Skolekommissionen") for ln in lines]
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    one.write_bytes(_pdf([lines]))
    two.write_bytes(_pdf([lines, other]))
    assert len(_decisions(two)) == 2 * len(_decisions(one))

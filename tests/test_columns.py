"""Two columns are read column by column, and a column's longest lines stay in their
place: a line that reaches into the gutter's edge does not cross the gutter."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

from ingest.pdf import read_pdf

LEFT = [f"Venstre spalte linje {n} om budgettet" for n in range(1, 21)]
RIGHT = [f"Højre spalte linje {n} om skolerne" for n in range(1, 21)]
LONG = "Pkt. 2. Regnskab 2014 for Region Sjælland og"  # reaches into the gutter's edge


def _two_columns(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    buf = BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("Helvetica", 10)
    for n, (left, right) in enumerate(zip(LEFT, RIGHT)):
        y = 700 - 14 * n
        c.drawString(57, y, LONG if n == 9 else left)
        c.drawString(315, y, right)
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


def test_a_columns_longest_line_is_read_in_its_place(tmp_path):
    lines = [x for x in next(iter(read_pdf(_two_columns(tmp_path / "to-spalter.pdf")))).lines
             if x]
    left = [x for x in lines if x.startswith(("Venstre", "Pkt."))]
    assert lines[: len(left)] == left  # the left column first, then the right
    assert left.index(LONG) == 9  # between lines 9 and 11, not after both columns
    assert lines[len(left):] == RIGHT

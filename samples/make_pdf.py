"""Render samples/seed-packet.txt as samples/seed-packet.pdf, with the layout of the
original packet: a right-hand sender column beside the body, running attachment
stamps ('Punkt 3, Bilag 2: ...') as headers or footers, 'Side N af M' page numbers,
hyphenated line ends as printed, and the notat's label/text table.

    python samples/make_pdf.py        (needs reportlab, a test dependency)

The output is deterministic (fixed creation date and document id), so the golden file
of the PDF only changes when this script or the text changes.
"""
from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).parent
W, H = A4
BODY_X, SIDE_X, LABEL_W = 50, 440, 95
TOP, BOTTOM, LEAD = 770, 80, 11.5
FONT, SIZE, SIDE_SIZE = "Helvetica", 8.6, 7.4
STAMP = re.compile(r"^Punkt \d+, Bilag \d+:")
PAGE_NO = re.compile(r"^side \d+ af \d+$", re.I)
TABLE_LABELS = ("Baggrund", "Faglige input", "Kommunikation", "Opfølgning", "Proces & ",
                "Proces ")
# The sender blocks of the packet: (first line, last line) as printed in the text.
SIDEBARS = [("Unge Job og Uddannelse", "E-post: amaba@aarhus.dk"),
            ("Sociale Forhold og Beskæf-", "Maja Bæk Andersen"),
            ("SOCIALE FORHOLD OG", "Jan Gehlert")]


def seed_pages(text: str) -> list[list[str]]:
    """The packet's pages: in the extracted text a page starts with one space."""
    # Word's Symbol-font bullets have no glyph in the standard Helvetica encoding.
    text = text.replace("\uf0b7", "-").replace("\uf0d8", "-").replace("\uf0fc", "-")
    pages: list[list[str]] = [[]]
    for line in text.split("\n"):
        if re.match(r"^ \S", line) and pages[-1]:
            pages.append([])
        pages[-1].append(line.rstrip())
    return [p for p in pages if any(x.strip() for x in p)]


def split_page(lines: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    """Body, sidebar, header stamps and footer stamps of one seed page."""
    body, side, head, foot = [], [], [], []
    in_side, i = None, 0
    while i < len(lines):
        s = lines[i].strip()
        if in_side is None and any(s == first for first, _ in SIDEBARS):
            in_side = next(last for first, last in SIDEBARS if s == first)
        if in_side is not None:
            if s:
                side.append(s)
            if s == in_side:
                in_side = None
        elif STAMP.match(s):
            stamp = s
            if s.endswith("-") and i + 1 < len(lines):
                i += 1
                stamp += " " + lines[i].strip()
            (head if not any(x.strip() for x in body) else foot).append(stamp)
        elif PAGE_NO.match(s):
            foot.append(s)
        else:
            body.append(lines[i].strip())
        i += 1
    return body, side, head, foot


def _fit(text: str, width: float, size: float) -> float:
    while size > 5 and stringWidth(text, FONT, size) > width:
        size -= 0.2
    return size


def render(text: str, out: Path) -> None:
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Rådmandsmøde - mødepakke (gengivelse)")
    pdf_pages = []
    for lines in seed_pages(text):
        body, side, head, foot = split_page(lines)
        chunks = _paginate(body)
        for n, chunk in enumerate(chunks):
            pdf_pages.append((chunk, side if n == 0 else [], head, foot))
    total = len(pdf_pages)
    for number, (body, side, head, foot) in enumerate(pdf_pages, 1):
        _page(c, body, side, head, foot, number, total)
        c.showPage()
    c.save()


def _paginate(body: list[str]) -> list[list[str]]:
    chunks, cur, y = [], [], TOP
    for line in body:
        step = LEAD if line else LEAD * 0.5
        if y - step < BOTTOM and cur:
            chunks.append(cur)
            cur, y = [], TOP
        cur.append(line)
        y -= step
    return chunks + [cur] if cur else chunks


def _page(c, body, side, head, foot, number, total) -> None:
    c.setFont(FONT, 7.5)
    for k, stamp in enumerate(head):
        c.drawString(BODY_X, H - 40 - k * 9, stamp)
    c.drawRightString(W - 40, H - 40, "Aarhus Kommune")
    footer = [f for f in foot if not PAGE_NO.match(f)]
    for k, stamp in enumerate(footer):
        c.drawString(BODY_X, 50 - k * 9, stamp)
    c.drawRightString(W - 40, 35, f"Side {number} af {total}")
    y = TOP
    in_table = False
    for line in body:
        if not line:
            y -= LEAD * 0.5
            continue
        if line.startswith("Spor "):
            in_table = True
        label = next((lb for lb in TABLE_LABELS if in_table and line.startswith(lb)), None)
        if label:
            c.setFont(FONT, SIZE)
            c.drawString(BODY_X, y, label.strip())
            rest = line[len(label):].strip()
            c.setFont(FONT, _fit(rest, SIDE_X - 20 - BODY_X - LABEL_W, SIZE))
            c.drawString(BODY_X + LABEL_W, y, rest)
        else:
            x = BODY_X + LABEL_W if in_table and not line.startswith("Spor ") else BODY_X
            c.setFont(FONT, _fit(line, SIDE_X - 20 - x, SIZE))
            c.drawString(x, y, line)
        y -= LEAD
    y = TOP
    for line in side:
        c.setFont(FONT, _fit(line, W - 30 - SIDE_X, SIDE_SIZE))
        c.drawString(SIDE_X, y, line)
        y -= LEAD * 0.9


def main() -> None:
    render((HERE / "seed-packet.txt").read_text(encoding="utf-8"), HERE / "seed-packet.pdf")


if __name__ == "__main__":
    main()


def make_bad(folder: Path = HERE / "bad") -> None:
    """Deliberately broken files: each must give one clear error line."""
    from reportlab.lib import pdfencrypt

    folder.mkdir(exist_ok=True)
    (folder / "empty.pdf").write_bytes(b"")
    good = (HERE / "seed-packet.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(good[: len(good) // 3])
    (folder / "html-saved-as.pdf").write_text(
        "<!DOCTYPE html><html><head><title>Log ind</title></head>"
        "<body><p>Din session er udløbet.</p></body></html>\n", encoding="utf-8")
    (folder / "binary.pdf").write_bytes(bytes(range(256)) * 8)
    (folder / "spreadsheet.xlsx").write_bytes(b"PK\x03\x04" + bytes(200))
    enc = pdfencrypt.StandardEncryption("hemmelig", ownerPassword="ejer", strength=128)
    c = canvas.Canvas(str(folder / "encrypted.pdf"), pagesize=A4, invariant=1, encrypt=enc)
    c.setFont(FONT, 11)
    c.drawString(BODY_X, TOP, "Lukket referat: kun med adgangskode.")
    c.showPage()
    c.save()


if __name__ == "__main__":
    make_bad()

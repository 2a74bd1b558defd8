"""Small helpers to print test documents with reportlab (fonts with æøå)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F = "/usr/share/fonts/truetype/"
for name, path in [
    ("Mono", F + "liberation/LiberationMono-Regular.ttf"),
    ("MonoB", F + "liberation/LiberationMono-Bold.ttf"),
    ("DMono", F + "dejavu/DejaVuSansMono.ttf"),
    ("Sans", F + "liberation/LiberationSans-Regular.ttf"),
    ("SansB", F + "liberation/LiberationSans-Bold.ttf"),
    ("SansI", F + "liberation/LiberationSans-Italic.ttf"),
    ("Serif", F + "liberation/LiberationSerif-Regular.ttf"),
    ("SerifB", F + "liberation/LiberationSerif-Bold.ttf"),
    ("SerifI", F + "liberation/LiberationSerif-Italic.ttf"),
    ("DSans", F + "dejavu/DejaVuSans.ttf"),
    ("DSansB", F + "dejavu/DejaVuSans-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, path))

W, H = A4


def typewriter(path, pages, font="Mono", size=10.5, lead=14.5, left=48 * mm, margin_x=16 * mm,
               top=28 * mm, page_no=None, header=None, title=None, author=None):
    """pages: list of lists of lines; a line is str (body) or (margin, body).
    page_no(i) -> str printed top right; header(i) -> str printed top left (running header)."""
    c = canvas.Canvas(path, pagesize=A4)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    for i, lines in enumerate(pages, 1):
        c.setFont(font, size)
        if page_no:
            s = page_no(i)
            if s:
                c.drawRightString(W - 18 * mm, H - 14 * mm, s)
        if header:
            s = header(i)
            if s:
                c.drawString(margin_x, H - 14 * mm, s)
        y = H - top
        for ln in lines:
            if isinstance(ln, tuple):
                m, b = ln
            else:
                m, b = "", ln
            if m:
                c.drawString(margin_x, y, m)
            if b:
                c.drawString(left, y, b)
            y -= lead
        c.showPage()
    c.save()


from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, FrameBreak, PageBreak, CondPageBreak)
from reportlab.lib import colors

BODY = ParagraphStyle("body", fontName="Sans", fontSize=10.5, leading=14, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=11.5, spaceAfter=2)
H1 = ParagraphStyle("h1", parent=BODY, fontName="SansB", fontSize=15, leading=19, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BODY, fontName="SansB", fontSize=11.5, leading=15, spaceBefore=9, spaceAfter=4)
LBL = ParagraphStyle("lbl", parent=BODY, fontName="SansB", spaceAfter=1)


def word_doc(path, story, footer=None, header=None, title=None, author=None, font="Sans",
             columns=1, first_header=True):
    """A Word-like document. footer(i)/header(i) -> str or None (drawn each page)."""
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm,
                          topMargin=24 * mm, bottomMargin=22 * mm, title=title or "", author=author or "")
    if columns == 1:
        frames = [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")]
    else:
        gap = 8 * mm
        cw = (doc.width - gap) / 2
        frames = [Frame(doc.leftMargin, doc.bottomMargin, cw, doc.height, id="c1"),
                  Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, doc.height, id="c2")]

    def deco(c, d):
        c.saveState()
        c.setFont(font, 8.5)
        i = d.page
        if footer:
            s = footer(i)
            if s:
                c.drawCentredString(W / 2, 12 * mm, s)
        if header and (first_header or i > 1):
            s = header(i)
            if s:
                if isinstance(s, tuple):
                    c.drawString(doc.leftMargin, H - 14 * mm, s[0])
                    c.drawRightString(W - doc.rightMargin, H - 14 * mm, s[1])
                else:
                    c.drawString(doc.leftMargin, H - 14 * mm, s)
        c.restoreState()
    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    doc.build(story)


def P(text, style=BODY):
    return Paragraph(text, style)

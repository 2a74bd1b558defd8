"""Helpers to render probe documents with reportlab and to write gold JSON."""
import json, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, Preformatted, KeepTogether, FrameBreak, NextPageTemplate)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")
GOLD = os.path.join(HERE, "..", "gold")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def styles(font="Helvetica", size=10):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    lead = size * 1.3
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.5),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 6, leading=(size + 6) * 1.25, spaceAfter=8, spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3, spaceAfter=4, spaceBefore=10),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=size, leading=lead, spaceAfter=2, spaceBefore=6),
        "c": ParagraphStyle("c", fontName=font, fontSize=size, leading=lead, alignment=TA_CENTER, spaceAfter=size * 0.5),
        "cb": ParagraphStyle("cb", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3, alignment=TA_CENTER, spaceAfter=6),
        "r": ParagraphStyle("r", fontName=font, fontSize=size, leading=lead, alignment=TA_RIGHT),
        "ind": ParagraphStyle("ind", fontName=font, fontSize=size, leading=lead, leftIndent=18, spaceAfter=size * 0.4),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3),
        "mono": ParagraphStyle("mono", fontName="Courier", fontSize=size, leading=lead),
        "bold": ParagraphStyle("bold", fontName=bold, fontSize=size, leading=lead, spaceAfter=2),
        "_font": font, "_bold": bold, "_size": size,
    }


def flow(blocks, st):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in st and kind not in ("mono",):
            out.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), st[kind]))
        elif kind == "raw":  # paragraph with inline markup, style b[2] or p
            out.append(Paragraph(b[1], st[b[2] if len(b) > 2 else "p"]))
        elif kind == "mono":
            out.append(Preformatted(b[1], st["mono"]))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "fb":
            out.append(FrameBreak())
        elif kind == "tpl":
            out.append(NextPageTemplate(b[1]))
        elif kind == "table":
            rows, widths = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            cell = ParagraphStyle("cell", fontName=st["_font"], fontSize=st["_size"] - 1, leading=(st["_size"] - 1) * 1.25)
            cellb = ParagraphStyle("cellb", parent=cell, fontName=st["_bold"])
            data = []
            for ri, r in enumerate(rows):
                data.append([Paragraph(esc(c).replace("\n", "<br/>"), cellb if (ri == 0 and opts.get("head")) else cell) for c in r])
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if opts.get("head") else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("grid", True):
                ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opts.get("head"):
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
            t.setStyle(TableStyle(ts))
            out.append(t)
            out.append(Spacer(1, 6))
        else:
            raise ValueError(kind)
    return out


def make_canvas(furniture):
    """furniture: list of (x_mm, y_mm, text with {page}/{pages}, align, font, size)."""
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                for (x, y, text, align, font, size) in furniture:
                    if callable(text):
                        text = text(self._pageNumber, n)
                        if text is None:
                            continue
                    else:
                        text = text.format(page=self._pageNumber, pages=n)
                    self.setFont(font, size)
                    if align == "r":
                        self.drawRightString(x * mm, y * mm, text)
                    elif align == "c":
                        self.drawCentredString(x * mm, y * mm, text)
                    else:
                        self.drawString(x * mm, y * mm, text)
                super().showPage()
            super().save()
    return NumberedCanvas


def pdf(name, blocks, furniture=(), font="Helvetica", size=10, columns=1, margins=(22, 22, 25, 22),
        first_columns=None, title=None, sidebar=None, pagesize=A4):
    """Render blocks to corpus/name. margins = left, right, top, bottom in mm.
    columns: 1 or 2 (two-column body). first_columns: columns on page 1 if different.
    sidebar: (width_mm, blocks) printed in a right-hand column on page 1 (memo sender block)."""
    path = os.path.join(CORPUS, name)
    st = styles(font, size)
    W, H = pagesize
    l, r, t, b = [m * mm for m in margins]

    def frames(cols, side=None):
        fr = []
        width = W - l - r
        if side:
            sw = side * mm
            fr.append(Frame(l, b, width - sw - 8 * mm, H - t - b, id="main"))
            fr.append(Frame(W - r - sw, b, sw, H - t - b, id="side"))
            return fr
        gap = 8 * mm
        cw = (width - gap * (cols - 1)) / cols
        for i in range(cols):
            fr.append(Frame(l + i * (cw + gap), b, cw, H - t - b, id=f"c{i}"))
        return fr

    doc = BaseDocTemplate(path, pagesize=pagesize, title=title or "", author="")
    tpls = []
    if sidebar:
        tpls.append(PageTemplate(id="first", frames=frames(1, sidebar[0]), autoNextPageTemplate="rest"))
    elif first_columns and first_columns != columns:
        tpls.append(PageTemplate(id="first", frames=frames(first_columns), autoNextPageTemplate="rest"))
    tpls.append(PageTemplate(id="rest", frames=frames(columns)))
    doc.addPageTemplates(tpls)
    story = []
    if sidebar:
        # main text first, then sidebar content goes to the side frame: we place sidebar first
        story += flow(sidebar[1], st) + [FrameBreak()]
        # swap: side frame is second; so put main first. handled by caller order below
    story += flow(blocks, st)
    if sidebar:
        # reorder so that main flows first then side: rebuild
        main = flow(blocks, st)
        side = flow(sidebar[1], st)
        # Split main: first-page part must fit; we simply let main flow (it will overflow to next page
        # only after filling the main frame, then the side frame would receive overflow). To avoid that,
        # caller gives 'fb' in blocks where page-1 main text ends.
        idx = next((i for i, b in enumerate(blocks) if b[0] == "fb"), None)
        assert idx is not None, "sidebar documents need an ('fb',) after page-1 main text"
        first = flow(blocks[:idx], st)
        rest = flow(blocks[idx + 1:], st)
        story = first + [FrameBreak()] + side + [FrameBreak()] + rest
    doc.build(story, canvasmaker=make_canvas(list(furniture)))
    return path


def text(name, content, encoding="utf-8", newline="\n"):
    path = os.path.join(CORPUS, name)
    with open(path, "wb") as f:
        f.write(content.replace("\n", newline).encode(encoding))
    return path


def P(name, role=None, party=None):
    return {"name": name, "role": role, "party": party}


def I(number, title, cases=(), closed=False, prop=False, dec=None, outcome=None):
    return {"number": str(number), "title": title, "case_numbers": list(cases), "closed": closed,
            "proposal_present": prop,
            "decision": None if dec is None else {"text": dec, "outcome": outcome}}


def D(kind, title, body=None, date=None, start=None, end=None, location=None, cases=(), people=(),
      attachment_of=None, items=()):
    cs = []
    for c in cases:
        if c not in cs:
            cs.append(c)
    return {"kind": kind, "title": title, "body": body, "date": date, "start": start, "end": end,
            "location": location, "case_numbers": cs, "people": list(people),
            "attachment_of": attachment_of, "items": list(items)}


def gold(name, notes, docs):
    # document case_numbers default: union of item case numbers when not given explicitly
    for d in docs:
        if not d["case_numbers"]:
            seen = []
            for it in d["items"]:
                for c in it["case_numbers"]:
                    if c not in seen:
                        seen.append(c)
            d["case_numbers"] = seen
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as f:
        json.dump({"file": name, "notes": notes, "documents": docs}, f, ensure_ascii=False, indent=1)

"""Helpers to write the modern set's blind documents and their gold."""
import json
import random
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether, CondPageBreak)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"

F = "/usr/share/fonts/truetype/"
for name, path in [("Sans", "dejavu/DejaVuSans.ttf"), ("Sans-B", "dejavu/DejaVuSans-Bold.ttf"),
                   ("Sans-I", "dejavu/DejaVuSans-Oblique.ttf"),
                   ("Serif", "dejavu/DejaVuSerif.ttf"), ("Serif-B", "dejavu/DejaVuSerif-Bold.ttf"),
                   ("Lib", "liberation/LiberationSans-Regular.ttf"), ("Lib-B", "liberation/LiberationSans-Bold.ttf"),
                   ("LibSerif", "liberation/LiberationSerif-Regular.ttf"), ("LibSerif-B", "liberation/LiberationSerif-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, F + path))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-B")
pdfmetrics.registerFontFamily("Lib", normal="Lib", bold="Lib-B", italic="Lib", boldItalic="Lib-B")
pdfmetrics.registerFontFamily("LibSerif", normal="LibSerif", bold="LibSerif-B", italic="LibSerif", boldItalic="LibSerif-B")
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif", boldItalic="Serif-B")


def styles(font="Lib", size=10):
    b = font + "-B"
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.5),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3),
        "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 8, leading=(size + 8) * 1.25, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 3, leading=(size + 3) * 1.3, spaceBefore=10, spaceAfter=5),
        "h3": ParagraphStyle("h3", fontName=b, fontSize=size, leading=size * 1.35, spaceBefore=6, spaceAfter=2),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellb": ParagraphStyle("cb", fontName=b, fontSize=size - 1, leading=(size - 1) * 1.3),
    }


def P(text, st):
    """Paragraph from plain text (escaped); newlines become line breaks."""
    return Paragraph(escape(text).replace("\n", "<br/>"), st)


def build_pdf(path, story, header=None, footer=None, two_col=False, margins=(22, 22, 25, 22), pagesize=A4):
    """header/footer: callables (canvas, page_no, total) drawing furniture."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    W, H = pagesize
    l, r, t, b = [m * mm for m in margins]

    def make(total):
        doc = BaseDocTemplate(str(path), pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t,
                              bottomMargin=b, title="", author="")
        if two_col:
            gap = 8 * mm
            cw = (W - l - r - gap) / 2
            frames = [Frame(l, b, cw, H - t - b, id="c1"), Frame(l + cw + gap, b, cw, H - t - b, id="c2")]
        else:
            frames = [Frame(l, b, W - l - r, H - t - b, id="f")]

        def onpage(c, d):
            c.saveState()
            if header:
                header(c, d.page, total)
            if footer:
                footer(c, d.page, total)
            c.restoreState()
        doc.addPageTemplates([PageTemplate(id="pt", frames=frames, onPage=onpage)])
        return doc

    import copy
    doc = make(0)
    doc.build(copy.deepcopy(story))
    total = doc.page
    doc = make(total)
    doc.build(story)
    return total


# ------------------------------------------------------------ filler prose (no names!)
SENT = {
    "gen": [
        "Sagen forelægges til orientering og beslutning.",
        "Administrationen har i samarbejde med de relevante fagområder udarbejdet et oplæg, som er vedlagt som bilag.",
        "Der har været afholdt dialogmøder med de berørte parter i løbet af foråret.",
        "Oplægget bygger på erfaringerne fra de seneste tre år og på den politiske aftale om budgettet.",
        "Det forventes, at tiltagene kan gennemføres inden for den eksisterende ramme.",
        "Udvalget blev senest orienteret om sagen på et tidligere møde, hvor der blev bedt om en uddybning af de økonomiske konsekvenser.",
        "Forvaltningen vurderer, at løsningen vil styrke sammenhængen for borgerne og give en mere effektiv opgavevaretagelse.",
        "Høringssvarene er samlet i et høringsnotat, hvor administrationens bemærkninger til de enkelte svar fremgår.",
        "Der er tale om en videreførelse af den hidtidige praksis med enkelte justeringer.",
        "Sagen har været drøftet i den tværgående styregruppe, som anbefaler modellen.",
        "Tidsplanen indebærer, at arbejdet igangsættes efter sommerferien og afsluttes ved udgangen af året.",
        "Der vil blive fulgt op på indsatsen med en status til udvalget i første kvartal.",
        "Det bemærkes, at lovgivningen på området er ændret med virkning fra 1. januar.",
        "Modellen indebærer en tættere koordinering mellem de kommunale og regionale aktører.",
        "Der henvises i øvrigt til den vedlagte redegørelse, som beskriver baggrunden nærmere.",
        "Erfaringerne fra lignende projekter i andre kommuner er positive.",
        "Forslaget er udarbejdet på baggrund af de ønsker, der kom frem på temamødet.",
        "Den samlede vurdering er, at der er behov for en mere målrettet indsats.",
        "Ændringen vil ikke have konsekvenser for serviceniveauet i øvrigt.",
        "Sagen er drøftet med de faglige organisationer, som ikke har bemærkninger.",
    ],
    "oek": [
        "Sagen har ingen økonomiske konsekvenser.",
        "Udgiften på 1,2 mio. kr. finansieres inden for udvalgets ramme.",
        "Der søges om en tillægsbevilling på 450.000 kr. i indeværende budgetår, som finansieres af kassebeholdningen.",
        "Merudgiften forventes at udgøre ca. 300.000 kr. årligt, som afholdes af driftsbudgettet.",
        "Projektet finansieres af puljemidler og medfører ingen kommunal medfinansiering.",
        "Anlægsudgiften er budgetlagt med 3,5 mio. kr. i første år og 2,1 mio. kr. i andet år.",
    ],
}


def prose(rng, n, kind="gen"):
    pool = SENT[kind]
    return " ".join(rng.sample(pool, min(n, len(pool))))


# ------------------------------------------------------------ gold
def person(name, role=None, party=None):
    return {"name": name, "role": role, "party": party}


def gold_item(number, title, case_numbers=(), closed=False, proposal_present=False, decision=None):
    return {"number": str(number), "title": title, "case_numbers": list(case_numbers), "closed": closed,
            "proposal_present": proposal_present, "decision": decision}


def dec(text, outcome):
    return {"text": text, "outcome": outcome}


def gold_doc(kind, title, body, date, start=None, end=None, location=None, case_numbers=(), people=(),
             attachment_of=None, items=()):
    cases = []
    for c in list(case_numbers) + [c for it in items for c in it["case_numbers"]]:
        if c not in cases:
            cases.append(c)
    return {"kind": kind, "title": title, "body": body, "date": date, "start": start, "end": end,
            "location": location, "case_numbers": cases, "people": list(people),
            "attachment_of": attachment_of, "items": list(items)}


def dedupe_people(people):
    seen, out = set(), []
    for p in people:
        if p["name"] not in seen:
            seen.add(p["name"])
            out.append(p)
    return out


def write_gold(rel, notes, documents):
    out = GOLD / (rel + ".json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"file": rel, "notes": notes, "documents": documents}, ensure_ascii=False,
                              indent=1), encoding="utf-8")
    print("gold", out, sum(len(d["items"]) for d in documents), "items")

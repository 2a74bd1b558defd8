import random, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "hedensted-pakke-2020/oekonomiudvalget_dagsorden-med-bilag_2020-02-04.pdf"
rng = random.Random(9)
S = styles("Lib", 10)

members = [("Anders Glerup", "V", "formand"), ("Hans Bøgelund", "A", "næstformand"), ("Ole Vinding", "V", None),
           ("Kirsten Tarp", "V", None), ("Tove Hansen", "A", None), ("Bjarne Nielsen", "O", None), ("Jette Bach", "F", None)]
# number, title, sag, proposal?, history
items = [
 (1, "Godkendelse af dagsorden", None, False, None),
 (2, "Overførsel af uforbrugte midler fra 2019 til 2020", "20/113", True, None),
 (3, "Anlægsbevilling til renovering af Løsning Skole", "19/8830", True, None),
 (4, "Budgetopfølgning pr. 31. december 2019", "20/98", True, None),
 (5, "Lokalplan 1104 for erhvervsområde ved Hedensted Syd - vedtagelse", "19/5512", True,
  ("Beslutning i Teknisk Udvalg den 21. januar 2020", "Anbefales.")),
 (6, "Kvalitetsstandarder på ældreområdet 2020", "19/9120", True,
  ("Beslutning i Social- og Seniorudvalget den 22. januar 2020", "Anbefales med de ændringer, der fremgår af høringsnotatet.")),
 (7, "Takster for leje af idrætsfaciliteter 2020", "19/9734", True, None),
 (8, "Salg af areal ved Bakkegårdsvej, Tørring", "19/7007", True, None),
 (9, "Ansøgning om kommunegaranti - Juelsminde Havn", "20/201", True, None),
 (10, "Udpegning af medlem til Lokal Aktionsgruppe Hedensted", "20/188", True, None),
 (11, "Orientering fra formanden", None, False, None),
 (12, "Lukket punkt: Køb af ejendom", "20/240", False, None),
]

state = {"marker": None}
def ftr(c, page, total):
    c.setFont("Lib", 8)
    if state_at(page):
        c.drawString(22*mm, 10*mm, state_at(page))
    c.drawRightString(A4[0]-22*mm, 10*mm, f"Side {page} af {total}")

MARK = {}
def state_at(page):
    m = None
    for p in sorted(MARK):
        if p <= page:
            m = MARK[p]
    return m

from reportlab.platypus import Flowable
class Marker(Flowable):
    def __init__(self, text): super().__init__(); self.text = text
    def wrap(self, *a): return (0, 0)
    def draw(self): MARK[self.canv.getPageNumber()] = self.text

story = [Marker(None), P("Hedensted Kommune", S["h3"]), P("Økonomiudvalget", S["h1"]), P("DAGSORDEN", S["h2"]),
         P("Ordinært møde tirsdag d. 4. februar 2020, kl. 08.30", S["p"]),
         P("Mødested: Udvalgsværelse 1, Rådhuset, Juelsminde", S["p"]),
         P("Medlemmer: " + ", ".join(f"{n} ({p})" + (f" {r}" if r else "") for n, p, r in members), S["p"]), Spacer(1, 6*mm)]
gitems = []
for num, title, sag, prop, hist in items:
    closed = title.startswith("Lukket punkt: ")
    row = [P(f"{num}. {title}", S["h3"]), P(f"Sag: {sag}" if sag else "", S["small"])]
    tb = Table([row], colWidths=[130*mm, 36*mm])
    tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story += [CondPageBreak(30*mm), Spacer(1, 4*mm), tb, Spacer(1, 2*mm)]
    if closed:
        story.append(P("Sagen behandles for lukkede døre.", S["p"]))
    elif num == 1:
        pass
    elif num == 11:
        story.append(P("Formanden orienterer om aktuelle sager.", S["p"]))
    else:
        story.append(P("Resumé", S["h3"])); story.append(P(prose(rng, 2), S["p"]))
        story.append(P("Sagsfremstilling", S["h3"]))
        for _ in range(3):
            story.append(P(prose(rng, 5), S["p"]))
        story.append(P("Økonomi og finansiering", S["h3"])); story.append(P(prose(rng, 1, "oek"), S["p"]))
        if num in (2, 6):
            story.append(P("Bilag", S["h3"]))
            story.append(P({2: "1. Notat om overførsler fra 2019 til 2020",
                            6: "1. Kvalitetsstandarder 2020 (udkast)\n2. Høringssvar fra Ældrerådet"}[num], S["p"]))
        if hist:
            story.append(P(hist[0], S["h3"])); story.append(P(hist[1], S["p"]))
        if prop:
            story.append(P("Indstilling", S["h3"]))
            story.append(P("Kommunaldirektøren indstiller, at sagen godkendes som beskrevet, og at udgiften finansieres som anført.", S["p"]))
    gitems.append(gold_item(num, title[len("Lukket punkt: "):] if closed else title, [sag] if sag else [], closed, prop, None))

# ---- bilag 1: notat (Pkt. 2 - Bilag 1)
story += [PageBreak(), Marker("Pkt. 2 - Bilag 1: Notat om overførsler fra 2019 til 2020"),
          P("NOTAT", S["h1"]),
          P("Til: Økonomiudvalget\nFra: Økonomi og Analyse\nDato: 20. januar 2020\nSagsnr.: 20/113", S["p"]),
          P("Overførsel af uforbrugte midler fra 2019 til 2020", S["h2"])]
for _ in range(3):
    story.append(P(prose(rng, 5), S["p"]))
rows = [["", "Udvalg", "Drift (1.000 kr.)", "Anlæg (1.000 kr.)"], ["1", "Økonomiudvalget", "4.210", "12.880"],
        ["2", "Teknisk Udvalg", "1.905", "21.340"], ["3", "Børne- og Familieudvalget", "3.330", "2.115"],
        ["4", "Social- og Seniorudvalget", "-1.240", "560"], ["5", "Kultur- og Fritidsudvalget", "610", "4.020"],
        ["", "I alt", "8.815", "40.915"]]
t = Table([[P(c, S["cell"]) for c in r] for r in rows], colWidths=[10*mm, 60*mm, 40*mm, 40*mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
story += [t, Spacer(1, 4*mm)]
for _ in range(6):
    story.append(P(prose(rng, 6), S["p"]))
story.append(P("Notatet er udarbejdet af økonomikonsulent Line Mørup.", S["p"]))

# ---- bilag 2: høringssvar (Pkt. 6 - Bilag 2)
story += [PageBreak(), Marker("Pkt. 6 - Bilag 2: Høringssvar fra Ældrerådet"),
          P("Hedensted Ældreråd", S["h2"]),
          P("Social- og Seniorudvalget\nHedensted Kommune", S["p"]),
          P("Juelsminde, den 15.01.2020", S["p"]),
          P("Høringssvar vedr. kvalitetsstandarder på ældreområdet 2020", S["h2"]),
          P("Ældrerådet har på sit møde den 13. januar 2020 behandlet udkastet til kvalitetsstandarder og har følgende bemærkninger:", S["p"]),
          P("1. Ældrerådet finder det positivt, at standarden for rehabilitering er tydeliggjort.\n"
            "2. Ældrerådet beklager, at rengøring fortsat kun tilbydes hver 3. uge.\n"
            "3. Ældrerådet ønsker en evaluering af madordningen inden udgangen af 2020.", S["p"])]
for _ in range(2):
    story.append(P(prose(rng, 4), S["p"]))
story += [Spacer(1, 6*mm), P("Med venlig hilsen", S["p"]), P("Poul Erik Vestergaard\nformand for Ældrerådet", S["p"])]

pages = build_pdf(CORPUS / REL, story, None, ftr)
# which pages are which
import pdfplumber
with pdfplumber.open(CORPUS / REL) as pdf:
    texts = [pg.extract_text() or "" for pg in pdf.pages]
b1 = next(i for i, t in enumerate(texts, 1) if "Pkt. 2 - Bilag 1" in t)
b2 = next(i for i, t in enumerate(texts, 1) if "Pkt. 6 - Bilag 2" in t)
print("pages", pages, "bilag1 starts", b1, "bilag2 starts", b2)

people = [person(n, r or "medlem", p) for n, p, r in members]
d1 = gold_doc("dagsorden", "Økonomiudvalget", "Økonomiudvalget", "2020-02-04", "08:30", None,
              "Udvalgsværelse 1, Rådhuset, Juelsminde", people=people, items=gitems)
d2 = gold_doc("notat", "Overførsel af uforbrugte midler fra 2019 til 2020", "Økonomiudvalget", "2020-01-20",
              case_numbers=["20/113"], people=[person("Line Mørup", "økonomikonsulent")], attachment_of={"item": "2", "number": 1})
d3 = gold_doc("bilag", "Høringssvar vedr. kvalitetsstandarder på ældreområdet 2020", None, "2020-01-15",
              people=[person("Poul Erik Vestergaard", "formand for Ældrerådet")], attachment_of={"item": "6", "number": 2})
notes = f"""Invented Hedensted Kommune MEETING PACKET, {pages} pages, 3 documents: an Økonomiudvalget DAGSORDEN (pages 1-{b1-1}) with 12 items, then two of its attachments glued on: a notat (pages {b1}-{b2-1}) and the Ældreråd's høringssvar letter (pages {b2}-{pages}). Footer 'Side N af M' on every page (numbered through the whole packet); on attachment pages the footer also prints a bilag marker 'Pkt. 2 - Bilag 1: Notat om overførsler fra 2019 til 2020' / 'Pkt. 6 - Bilag 2: Høringssvar fra Ældrerådet' (a 'Pkt. N - Bilag M' variant of the 'Punkt N, Bilag M' marker; it is printed, names item and bilag number, so attachment_of is set from it).
DOC 1 dagsorden: cover 'Hedensted Kommune / Økonomiudvalget / DAGSORDEN / Ordinært møde tirsdag d. 4. februar 2020, kl. 08.30 / Mødested: Udvalgsværelse 1, Rådhuset, Juelsminde' -> 2020-02-04, 08:30, no end. Title 'Økonomiudvalget' ('DAGSORDEN' or 'Dagsorden Økonomiudvalget' equally fair). Members line 'Name (P) [formand|næstformand]' -> party letters, role as printed else 'medlem'. Items '{{N}}. Title' with the case number at the right of the same row, label 'Sag: 20/113'. Item 12 'Lukket punkt: Køb af ejendom' -> closed, title without tag. proposal_present true for 2-10 ('Indstilling / Kommunaldirektøren indstiller, at ...'), false for 1, 11, 12. AGENDA: all decisions null; items 5 and 6 print EARLIER decisions of other committees ('Beslutning i Teknisk Udvalg den 21. januar 2020 / Anbefales.', 'Beslutning i Social- og Seniorudvalget den 22. januar 2020 / Anbefales med ...') - history, not decisions of this (future) meeting. The items' 'Bilag' lists name the attachments.
DOC 2 notat: 'NOTAT / Til: Økonomiudvalget / Fra: Økonomi og Analyse / Dato: 20. januar 2020 / Sagsnr.: 20/113' + subject 'Overførsel af uforbrugte midler fra 2019 til 2020' (title). Body Økonomiudvalget (from 'Til:'). Date 2020-01-20. Case 20/113 (printed in the notat itself; it equals item 2's). A table with rows numbered 1-5 by committee (Økonomiudvalget, Teknisk Udvalg, ...) - table rows, NOT items. attachment_of {{item 2, number 1}}. Person: 'økonomikonsulent Line Mørup'.
DOC 3 bilag (a letter): 'Hedensted Ældreråd' letterhead, addressee 'Social- og Seniorudvalget / Hedensted Kommune', 'Juelsminde, den 15.01.2020' -> 2020-01-15, subject 'Høringssvar vedr. kvalitetsstandarder på ældreområdet 2020' (title). Body: left NULL (unscored) on purpose - three readings are defensible: the addressee 'Social- og Seniorudvalget', the author 'Ældrerådet', or the packet's meeting 'Økonomiudvalget' (the seed gold gives an attached notat the packet meeting's body). Numbered remarks 1.-3. are not items. No case number. attachment_of {{item 6, number 2}}. Signed 'Poul Erik Vestergaard / formand for Ældrerådet'. kind 'bilag' (a høringssvar letter; 'andet' defensible). 'mødet den 13. januar 2020' is the Ældreråd's meeting, not a date of this letter."""
write_gold(REL, notes, [d1, d2, d3])

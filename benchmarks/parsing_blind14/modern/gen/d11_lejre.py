import random, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *
from reportlab.platypus import Flowable

REL = "lejre-kb-2008/kommunalbestyrelsen_beslutningsprotokol-med-indstilling_2008-08-28.pdf"
rng = random.Random(11)
S = styles("LibSerif", 11)

MARK = {}
class Marker(Flowable):
    def __init__(self, text): super().__init__(); self.text = text
    def wrap(self, *a): return (0, 0)
    def draw(self): MARK[self.canv.getPageNumber()] = self.text
def mark_at(page):
    m = None
    for p in sorted(MARK):
        if p <= page: m = MARK[p]
    return m

def hdr(c, page, total):
    m = mark_at(page)
    c.setFont("LibSerif", 8.5)
    if m:
        c.drawString(25*mm, A4[1]-13*mm, m)
    else:
        c.drawString(25*mm, A4[1]-13*mm, "Lejre Kommune – Kommunalbestyrelsen – Beslutningsprotokol 28.08.2008")
    c.drawRightString(A4[0]-25*mm, 11*mm, f"Side {page}")

members_absent = [("Mette Fabricius", "V")]
story = [Marker(None), P("Lejre Kommune", S["h2"]), P("Kommunalbestyrelsen", S["h1"]), P("Beslutningsprotokol", S["h2"]),
         P("Ordinært møde torsdag den 28. august 2008 kl. 19.00\nByrådssalen, Allerslev Rådhus", S["p"]),
         P("Fraværende: Mette Fabricius (V). Stedfortræder: Knud Erik Strand (V).", S["p"]),
         P("Borgmester Mogens Haugaard (A) ledede mødet.", S["p"]), Spacer(1, 6*mm)]

items = [
 (1, "Godkendelse af dagsorden", None, False, "Godkendt.", "approved", False),
 (2, "Meddelelser fra borgmesteren", None, False, "Til efterretning.", "noted", False),
 (3, "Ny struktur for dagtilbud i Lejre Kommune", "08/11203", True,
  "For stemte 11 (A, F, B og Ø).\nImod stemte 8 (V, C og O).\nIndstillingen fra Børne- og Familieudvalget blev vedtaget.", "approved", False),
 (4, "Forslag fra Enhedslisten om gratis kollektiv trafik for unge under 18 år", "08/12770", False,
  "Forslaget blev nedstemt med 2 stemmer for (Ø) og 17 imod (A, V, C, F, B og O).", "rejected", False),
 (5, "Salg af Osted gamle skole", "07/20518", True, "Tiltrådt.", "approved", False),
 (6, "Budgetopfølgning pr. 30. juni 2008", "08/9931", True,
  "Godkendt.\nLars Rønne (C) deltog ikke i behandlingen af punktet.", "approved", False),
 (7, "Personalesag", "08/13001", False, "Godkendt.", "approved", True),
]
gitems = []
for num, title, sag, prop, d, outcome, closed in items:
    story.append(P(f"Punkt nr. {num}" + (" – Lukket punkt" if closed else ""), S["small"]))
    story.append(P(title, S["h2"]))
    if sag:
        story.append(P(f"Sags ID: {sag}", S["small"]))
    if not closed and num > 2:
        story.append(P("Sagsfremstilling:", S["h3"]))
        for _ in range(2):
            story.append(P(prose(rng, 4), S["p"]))
        if num == 3:
            story.append(P("Børne- og Familieudvalgets indstilling er vedlagt som bilag 1.", S["p"]))
        if prop:
            story.append(P("Indstilling:", S["h3"]))
            story.append(P({3: "Børne- og Familieudvalget indstiller, at den nye struktur godkendes, jf. bilag 1.",
                             5: "Økonomiudvalget indstiller, at ejendommen sælges til højestbydende.",
                             6: "Økonomiudvalget indstiller, at budgetopfølgningen godkendes."}[num], S["p"]))
    if num == 4:
        story.append(P("Enhedslisten foreslår, at kommunen indfører gratis bus for unge under 18 år fra 1. januar 2009.", S["p"]))
    story.append(P("Kommunalbestyrelsens beslutning:", S["h3"]))
    story.append(P(d, S["p"]))
    story.append(Spacer(1, 4*mm))
    gd = d.replace("\n", " ")
    if num == 6:
        gd = "Godkendt."
    gitems.append(gold_item(num, title, [sag] if sag else [], closed, prop, dec(gd, outcome)))
story += [P("Mødet hævet kl. 21.35.", S["p"])]

# attached indstilling
story += [PageBreak(), Marker("Bilag 1 til punkt 3: Indstilling fra Børne- og Familieudvalget"),
          P("INDSTILLING", S["h1"]),
          P("Fra: Børne- og Familieudvalget\nTil: Kommunalbestyrelsen\nDato: 12. august 2008\nSags ID: 08/11203\nSagsbehandler: Dorthe Willumsen, Børn og Familie", S["p"]),
          P("Ny struktur for dagtilbud i Lejre Kommune", S["h2"]), P("Baggrund", S["h3"])]
for _ in range(3):
    story.append(P(prose(rng, 5), S["p"]))
story += [P("Forslaget", S["h3"]),
          P("Dagtilbuddene samles i fire områder: Hvalsø, Kirke Hyllinge, Lejre og Osted. Hvert område ledes af en områdeleder med reference til dagtilbudschefen.", S["p"])]
for _ in range(3):
    story.append(P(prose(rng, 5), S["p"]))
story += [P("Økonomi", S["h3"]), P("Omlægningen forventes at frigøre 1,8 mio. kr. årligt fra 2010.", S["p"]),
          P("Indstilling", S["h3"]),
          P("Børne- og Familieudvalget indstiller til Kommunalbestyrelsen,\n- at den nye områdestruktur godkendes med virkning fra 1. januar 2009,\n- at besparelsen indarbejdes i budget 2010.", S["p"])]

pages = build_pdf(CORPUS / REL, story, hdr, None, margins=(25, 25, 22, 20))
import pdfplumber
with pdfplumber.open(CORPUS / REL) as pdf:
    b1 = next(i for i, pg in enumerate(pdf.pages, 1) if "Bilag 1 til punkt 3" in (pg.extract_text() or ""))
people = [person("Mette Fabricius", "fraværende", "V"), person("Knud Erik Strand", "stedfortræder", "V"),
          person("Mogens Haugaard", "borgmester", "A"), person("Lars Rønne", None, "C")]
d1 = gold_doc("referat", "Beslutningsprotokol", "Kommunalbestyrelsen", "2008-08-28", "19:00", "21:35",
              "Byrådssalen, Allerslev Rådhus", people=people, items=gitems)
d2 = gold_doc("indstilling", "Ny struktur for dagtilbud i Lejre Kommune", "Kommunalbestyrelsen", "2008-08-12",
              case_numbers=["08/11203"], people=[person("Dorthe Willumsen", "sagsbehandler")],
              attachment_of={"item": "3", "number": 1})
notes = f"""Invented Lejre Kommune Kommunalbestyrelsen BESLUTNINGSPROTOKOL with an INDSTILLING attached, {pages} pages, 2 documents: the referat (pages 1-{b1-1}) and the Børne- og Familieudvalg indstilling it refers to as 'bilag 1' (pages {b1}-{pages}). Running header 'Lejre Kommune – Kommunalbestyrelsen – Beslutningsprotokol 28.08.2008' on the referat pages; on the attached pages the header is replaced by the marker 'Bilag 1 til punkt 3: Indstilling fra Børne- og Familieudvalget' (a 'Bilag M til punkt N' variant of 'Punkt N, Bilag M' -> attachment_of {{item 3, number 1}}). Footer 'Side N' (through the whole file).
DOC 1 referat: 'Ordinært møde torsdag den 28. august 2008 kl. 19.00 / Byrådssalen, Allerslev Rådhus' -> 2008-08-28, 19:00; 'Mødet hævet kl. 21.35.' -> end 21:35. Location 'Byrådssalen, Allerslev Rådhus'. Body 'Kommunalbestyrelsen'. Title 'Beslutningsprotokol'.
ITEMS: each opens with a small line 'Punkt nr. N' (item 7: 'Punkt nr. 7 – Lukket punkt') and the title as a heading on the NEXT line - number and title are on separate lines. Item 7 title 'Personalesag', closed=true. Case label 'Sags ID: 08/11203' (YY/NNNNN).
DECISIONS under 'Kommunalbestyrelsens beslutning:': 1 'Godkendt.' approved; 2 'Til efterretning.' noted; 3 votes 'For stemte 11 (A, F, B og Ø). Imod stemte 8 (V, C og O). Indstillingen fra Børne- og Familieudvalget blev vedtaget.' approved (for_count 11, against_count 8); 4 party motion 'Forslaget blev nedstemt med 2 stemmer for (Ø) og 17 imod (...)' -> rejected; 5 'Tiltrådt.' approved; 6 'Godkendt.' approved followed by an attendance note 'Lars Rønne (C) deltog ikke i behandlingen af punktet.' (not decision text; gold text 'Godkendt.'); 7 closed 'Godkendt.' approved.
proposal_present: 3, 5, 6 ('Indstilling: ... indstiller, at ...'); 4's 'Enhedslisten foreslår' is a motion, not a recommendation block -> false; 1, 2, 7 false.
PEOPLE (doc 1): 'Fraværende: Mette Fabricius (V). Stedfortræder: Knud Erik Strand (V).', 'Borgmester Mogens Haugaard (A) ledede mødet.', Lars Rønne (C) from item 6's note (no role).
DOC 2 indstilling: 'INDSTILLING / Fra: Børne- og Familieudvalget / Til: Kommunalbestyrelsen / Dato: 12. august 2008 / Sags ID: 08/11203 / Sagsbehandler: Dorthe Willumsen, Børn og Familie', subject 'Ny struktur for dagtilbud i Lejre Kommune' (title; same as item 3's title). Body 'Kommunalbestyrelsen' (the addressee, as for the other memos in this set; 'Børne- og Familieudvalget' as sender defensible). Date 2008-08-12. Case 08/11203 (printed in it). Proposal present ('Børne- og Familieudvalget indstiller til Kommunalbestyrelsen, - at ...'); no items, no decision."""
write_gold(REL, notes, [d1, d2])

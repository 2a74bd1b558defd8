import random, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "naestved-cicero-2025/byraadet_punkt-47_2025-03-26.pdf"
rng = random.Random(13)
S = styles("Sans", 9)

def hdr(c, page, total):
    c.setFont("Sans", 7.5)
    c.drawString(20*mm, A4[1]-12*mm, "Næstved Kommune")
    c.drawRightString(A4[0]-20*mm, A4[1]-12*mm, "Byrådet – Referat – 26-03-2025")
    c.drawRightString(A4[0]-20*mm, 10*mm, f"Side {page} af {total}")

box = Table([[P("47.", S["h2"]), P("Lokalplan 1108 og kommuneplantillæg nr. 22 for boliger ved Fensmarkvej - endelig vedtagelse", S["h2"])],
             ["", P("Sagsnr.: 24/18802     Sagsansvarlig: Birthe Lolk", S["cell"])]],
            colWidths=[14*mm, 156*mm])
box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecd9")),
                         ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story = [box, Spacer(1, 4*mm), P("Sagsfremstilling", S["h3"])]
for _ in range(5):
    story.append(P(prose(rng, 6), S["p"]))
story += [P("Planforslagene har været i offentlig høring fra den 6. november 2024 til den 8. januar 2025. Der er modtaget 14 høringssvar, som er behandlet i det vedlagte høringsnotat.", S["p"]),
          P("Økonomi", S["h3"]), P("Sagen har ingen økonomiske konsekvenser for kommunen.", S["p"]),
          P("Bilag", S["h3"]), P("Lokalplan 1108 (Dok.nr. 2025-041177)\nKommuneplantillæg nr. 22 (Dok.nr. 2025-041179)\nHøringsnotat (Dok.nr. 2025-040215)", S["p"]),
          P("Indstilling", S["h3"]),
          P("Direktionen indstiller til Teknik- og Miljøudvalget, Økonomiudvalget og Byrådet,\n"
            "1. at lokalplan 1108 vedtages endeligt med de ændringer, der fremgår af høringsnotatet,\n"
            "2. at kommuneplantillæg nr. 22 vedtages endeligt.", S["p"]),
          P("Beslutning i Teknik- og Miljøudvalget den 05-03-2025", S["h3"]),
          P("Anbefales.\nV og C kan ikke anbefale punkt 1, da bebyggelsesprocenten bør nedsættes.", S["p"]),
          P("Beslutning i Økonomiudvalget den 18-03-2025", S["h3"]),
          P("Anbefales med samme bemærkning som i Teknik- og Miljøudvalget.\nFraværende: Hanne Bruun (V)", S["p"]),
          P("Beslutning i Byrådet den 26-03-2025", S["h3"]),
          P("For indstillingen stemte: A, F, Ø, B og Å (17)\nImod stemte: V, C, O og D (12)\nUndlod at stemme: I (2)\nIndstillingen blev godkendt.", S["p"])]
pages = build_pdf(CORPUS / REL, story, hdr, None, margins=(20, 20, 20, 18))
people = [person("Birthe Lolk", "sagsansvarlig"), person("Hanne Bruun", None, "V")]
title = "Lokalplan 1108 og kommuneplantillæg nr. 22 for boliger ved Fensmarkvej - endelig vedtagelse"
item = gold_item("47", title, ["24/18802"], False, True,
                 dec("For indstillingen stemte: A, F, Ø, B og Å (17) Imod stemte: V, C, O og D (12) Undlod at stemme: I (2) Indstillingen blev godkendt.", "approved"))
notes = f"""Invented Næstved Kommune SINGLE-ITEM print of a Byrådet referat (Cicero/e-Dagsorden-like: a boxed, shaded title row '47. | title' and 'Sagsnr.: 24/18802     Sagsansvarlig: Birthe Lolk'), {pages} pages, 1 document, 1 item. Running header 'Næstved Kommune ... Byrådet – Referat – 26-03-2025', footer 'Side N af M'.
HEADER: the meeting date is printed ONLY in the running header ('Byrådet – Referat – 26-03-2025') and in the decision label 'Beslutning i Byrådet den 26-03-2025' -> date 2025-03-26, body 'Byrådet'. No time, no place (null). Title: no cover; 'Referat' from the header ('Byrådet – Referat' or the item title fair). Kind referat.
ITEM 47 (number as printed, a running counter). Case 'Sagsnr.: 24/18802'. 'Dok.nr. 2025-041177' etc. under Bilag are document numbers, not cases.
DECISION: HARD - three decision blocks in a chain: 'Beslutning i Teknik- og Miljøudvalget den 05-03-2025' (Anbefales + a V/C reservation) and 'Beslutning i Økonomiudvalget den 18-03-2025' (Anbefales ... + 'Fraværende: Hanne Bruun (V)') are HISTORY; this document is the Byråd's referat, so the decision is the last block 'Beslutning i Byrådet den 26-03-2025': votes For A, F, Ø, B, Å (17) / Imod V, C, O, D (12) / Undlod I (2), 'Indstillingen blev godkendt.' -> approved. A parser that takes the first block gets 'recommended' - wrong for this meeting.
proposal_present: true ('Indstilling / Direktionen indstiller ..., 1. at ... 2. at ...').
PEOPLE: Sagsansvarlig Birthe Lolk; Hanne Bruun (V) from the ØU history block (a natural person named in the document; no role printed beside her name other than the attendance label)."""
write_gold(REL, notes, [gold_doc("referat", "Referat", "Byrådet", "2025-03-26", None, None, None, people=people, items=[item])])

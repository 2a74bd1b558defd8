import random, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "region-syddanmark-2013/forretningsudvalget_referat_2013-03-11.pdf"
rng = random.Random(10)
S = styles("Sans", 9)

present = [("Carl Holm Madsen", "V", "formand"), ("Bente Skovsgaard", "A", "næstformand"), ("Poul Wendel", "V", None),
           ("Karsten Ove Pedersen", "A", None), ("Lis Damgaard", "F", None), ("Jørn Lykke", "O", None),
           ("Ulla Kjærsgaard", "C", None), ("Mette Bjerre", "B", None), ("Niels Ole Dam", "V", None),
           ("Henrik Thorup", "V", None), ("Sanne Rasmussen", "Ø", None)]
absent = [("Gitte Lund", "A")]

VOTES = {"Carl Holm Madsen": "For", "Bente Skovsgaard": "Imod", "Poul Wendel": "For", "Karsten Ove Pedersen": "Imod",
         "Lis Damgaard": "Imod", "Jørn Lykke": "For", "Ulla Kjærsgaard": "For", "Mette Bjerre": "Undlod",
         "Niels Ole Dam": "For", "Henrik Thorup": "For", "Sanne Rasmussen": "Imod"}

# number, title, journalnr, proposal?, decision label, decision, outcome, closed
items = [
 (1, "Godkendelse af dagsorden", None, False, "Godkendt.", "approved", False),
 (2, "Regnskab 2012 - foreløbigt resultat", "13/1022", True, "Taget til orientering.", "noted", False),
 (3, "Psykiatriplan 2013-2016 - udsendelse i høring", "12/30147", True,
  "Ad 1: Godkendt.\nAd 2: Indstilles til regionsrådets godkendelse.", "approved", False),
 (4, "Lukning af fødeafdelingen i Sønderborg - endelig beslutning", "12/28811", True,
  "VOTE", "recommended", False),
 (5, "Forslag om regional trafikplan for Sydfyn", "13/2140", True,
  "Forretningsudvalget kunne ikke tiltræde indstillingen. Sagen genoptages, når kommunernes udtalelser foreligger.", "rejected", False),
 (6, "Ansøgning om medfinansiering af Lillebælt-samarbejdet", "13/0877", True,
  "Sendt til udtalelse i Udvalget for regional udvikling.", "referred", False),
 (7, "Kvalitetsfondsbyggeri Odense Universitetshospital - statusrapport 4. kvartal 2012", "10/14433", True,
  "Sagen blev udsat på grund af manglende materiale.", "postponed", False),
 (8, "Lukket punkt: Forlængelse af direktørkontrakt", "13/2307", False, "Godkendt.", "approved", True),
]

def hdr(c, page, total):
    c.setFont("Sans", 7)
    c.drawString(20*mm, A4[1]-12*mm, "Region Syddanmark · Forretningsudvalget · 11. marts 2013")
    c.drawRightString(A4[0]-20*mm, 10*mm, f"{page}/{total}")
    c.line(20*mm, A4[1]-13.5*mm, A4[0]-20*mm, A4[1]-13.5*mm)

story = [P("Referat", S["h1"]), P("Forretningsudvalget", S["h2"]), Spacer(1, 3*mm),
         P("Mødedato: 11. marts 2013\nMødetidspunkt: 09:00 - 12:30\nMødested: Regionshuset, Damhaven 12, Vejle, mødelokale A", S["p"]),
         P("Til stede", S["h3"]),
         P("\n".join(f"{n} ({p})" + (f", {r}" if r else "") for n, p, r in present), S["p"]),
         P("Afbud", S["h3"]), P("\n".join(f"{n} ({p})" for n, p in absent), S["p"]),
         P("Referent: Jesper Krog Mathiasen, Regionssekretariatet", S["p"]), Spacer(1, 6*mm)]

gitems = []
for num, title, jnr, prop, dtext, outcome, closed in items:
    t = Table([[P(f"{num}.", S["h2"]), P(title, S["h2"])]], colWidths=[12*mm, 158*mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    story += [CondPageBreak(35*mm), t]
    if jnr:
        story.append(P(f"Journalnr.: {jnr}", S["small"]))
    if not closed and num > 1:
        story.append(P("Sagsfremstilling", S["h3"]))
        for _ in range(3):
            story.append(P(prose(rng, 5), S["p"]))
        if num == 4:
            story.append(P("Sagen har været behandlet i Udvalget for sundhed den 26. februar 2013, hvor et flertal anbefalede lukningen.", S["p"]))
        story.append(P("Økonomiske konsekvenser", S["h3"])); story.append(P(prose(rng, 1, "oek"), S["p"]))
    if prop:
        story.append(P("Indstilling", S["h3"]))
        if num == 3:
            story.append(P("Administrationen indstiller,\n1. at udkast til psykiatriplan sendes i høring,\n2. at forretningsudvalget over for regionsrådet anbefaler planens principper.", S["p"]))
        else:
            story.append(P("Administrationen indstiller, at forretningsudvalget over for regionsrådet anbefaler, at sagen godkendes som beskrevet.", S["p"]))
    story.append(P("Beslutning", S["h3"]))
    if dtext == "VOTE":
        story.append(P("Der blev begæret afstemning, som faldt således:", S["p"]))
        rows = [["Navn", "Parti", "For", "Imod", "Undlod"]]
        for n, p, r in present:
            v = VOTES[n]
            rows.append([n, p, "X" if v == "For" else "", "X" if v == "Imod" else "", "X" if v == "Undlod" else ""])
        rows.append(["I alt", "", "6", "4", "1"])
        vt = Table([[P(c, S["cell"]) for c in r] for r in rows], colWidths=[55*mm, 15*mm, 15*mm, 15*mm, 15*mm])
        vt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
        story += [vt, Spacer(1, 2*mm),
                  P("Indstillingen blev herefter anbefalet over for regionsrådet. A, F og Ø ønskede deres mindretalsudtalelse ført til referat: \"Vi kan ikke støtte en lukning, før der er en plan for svangreomsorgen i Sønderborg.\"", S["p"])]
        gtext = ("Der blev begæret afstemning, som faldt således: " + " ".join(" ".join(c for c in r if c) for r in rows) +
                 " Indstillingen blev herefter anbefalet over for regionsrådet. A, F og Ø ønskede deres mindretalsudtalelse ført til referat: "
                 "\"Vi kan ikke støtte en lukning, før der er en plan for svangreomsorgen i Sønderborg.\"")
    else:
        story.append(P(dtext, S["p"]))
        gtext = dtext.replace("\n", " ")
    story.append(Spacer(1, 5*mm))
    gitems.append(gold_item(num, title[len("Lukket punkt: "):] if closed else title, [jnr] if jnr else [], closed, prop, dec(gtext, outcome)))

pages = build_pdf(CORPUS / REL, story, hdr, None, margins=(20, 20, 20, 18))
people = [person(n, r or "deltager", p) for n, p, r in present] + [person(n, "afbud", p) for n, p in absent] + \
         [person("Jesper Krog Mathiasen", "referent")]
notes = f"""Invented Region Syddanmark Forretningsudvalget REFERAT, {pages} pages, 1 document, 8 items. Running header 'Region Syddanmark · Forretningsudvalget · 11. marts 2013' with a rule, footer 'N/M' at the right (furniture). Items as a two-cell row: the number in a left gutter ('4.') and the title beside it.
HEADER: 'Mødedato: 11. marts 2013 / Mødetidspunkt: 09:00 - 12:30 / Mødested: Regionshuset, Damhaven 12, Vejle, mødelokale A' -> 2013-03-11, 09:00, 12:30. Body 'Forretningsudvalget' (of Region Syddanmark). Title 'Referat' ('Referat Forretningsudvalget' fair).
PEOPLE: 'Til stede' list, one per line 'Name (P)[, formand|næstformand]' -> role as printed else 'deltager'; 'Afbud' Gitte Lund (A); 'Referent: Jesper Krog Mathiasen'. The same 11 names reappear in item 4's vote table.
CASE NUMBERS: label 'Journalnr.:' (YY/NNNNN) under each heading except item 1; a 'Sagsnr.'-like label.
DECISIONS (under 'Beslutning'): 1 'Godkendt.' approved; 2 'Taget til orientering.' noted (variant of 'til efterretning'); 3 split 'Ad 1: Godkendt. / Ad 2: Indstilles til regionsrådets godkendelse.' -> approved (first part; parts approved + recommended); 4 a NAME-LEVEL VOTE TABLE (Navn | Parti | For | Imod | Undlod with X marks, 'I alt 6 4 1') followed by 'Indstillingen blev herefter anbefalet over for regionsrådet.' and a quoted minority statement of A, F and Ø -> recommended (for 6: the V, O, C members; against 4: A, F, Ø members; abstain 1: Mette Bjerre (B)); the gold text reads the table row by row as printed (header, 11 name rows with their X, 'I alt 6 4 1') between the intro line and the closing sentences; 5 'Forretningsudvalget kunne ikke tiltræde indstillingen.' -> rejected; 6 'Sendt til udtalelse i Udvalget for regional udvikling.' -> referred; 7 'Sagen blev udsat ...' -> postponed; 8 closed 'Lukket punkt: Forlængelse af direktørkontrakt' (title without tag, closed) 'Godkendt.' approved.
proposal_present: true for 2-7 ('Indstilling / Administrationen indstiller, ...'); false for 1 and 8. Item 4's 'Udvalget for sundhed den 26. februar 2013, hvor et flertal anbefalede lukningen' is history in the text, not a decision."""
write_gold(REL, notes, [gold_doc("referat", "Referat", "Forretningsudvalget", "2013-03-11", "09:00", "12:30",
                                 "Regionshuset, Damhaven 12, Vejle, mødelokale A", people=people, items=gitems)])
